# ==== BEGIN KERNEL (set 8 helper block: tools/kernel.py, copied verbatim by tools/sync_kernel.py; edit there) ====
# Plumbing (request parsing, WSGI wrapper, sitemaps) and a seeded Vietnamese Party-news generator.  No markup:
# every site writes its own templates.  No clock: "now" is fixed; nothing depends on the time of day.
import datetime as _dt
import hashlib as _hashlib
import html as _html
import random as _random
import re as _re
import sys as _sys
import time as _time
import unicodedata as _ud
from urllib.parse import parse_qsl as _parse_qsl, quote as _quote, unquote_to_bytes as _unquote_to_bytes

NOW = _dt.datetime(2024, 12, 10, 8, 30)        # fixed "now" of set 8: Tuesday 10/12/2024 08:30 (UTC+7)
THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
REASON = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 400: "Bad Request",
          403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 410: "Gone", 429: "Too Many Requests",
          500: "Internal Server Error", 503: "Service Unavailable"}


def esc(s):
    return _html.escape(str(s), quote=True)


def hexd(*parts, n=32):
    return _hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def fold(s):
    """Strip Vietnamese diacritics (đ -> d)."""
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in _ud.normalize("NFD", s) if _ud.category(c) != "Mn")


def slugify(s, maxlen=None):
    out = _re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")
    if maxlen and len(out) > maxlen:
        out = out[:maxlen].rsplit("-", 1)[0]
    return out


def title_slug(s):
    return "-".join(w[:1].upper() + w[1:] for w in slugify(s).split("-"))


class Req:
    def __init__(self, env):
        self.env = env
        self.method = (env.get("REQUEST_METHOD") or "GET").upper()
        self.raw_path = (env.get("PATH_INFO") or "/").encode("latin-1", "replace")   # bytes as sent (PEP 3333)
        self.path = self.raw_path.decode("utf-8", "replace") or "/"
        self.qs = env.get("QUERY_STRING") or ""
        self.host = env.get("HTTP_HOST") or "%s:%s" % (env.get("SERVER_NAME", "localhost"), env.get("SERVER_PORT", "80"))
        self.scheme = env.get("wsgi.url_scheme") or "http"
        self.base = "%s://%s" % (self.scheme, self.host)
        self.nosleep = bool(env.get("replica.nosleep"))
        self.cookies = {}
        for part in (env.get("HTTP_COOKIE") or "").split(";"):
            if "=" in part:
                k, v = part.split("=", 1)
                self.cookies[k.strip()] = v.strip()
        self._args = None

    @property
    def args(self):
        if self._args is None:
            d = {}
            for k, v in _parse_qsl(self.qs, keep_blank_values=True):
                d.setdefault(k, v)
            self._args = d
        return self._args

    def arg(self, k, default=None):
        return self.args.get(k, default)

    def qs_bytes(self):
        """[(key bytes, value bytes)] with '+' = space: for sites that decode the query in a legacy code page."""
        out = []
        raw = self.qs.encode("latin-1", "replace")
        for part in raw.split(b"&"):
            if not part:
                continue
            k, _, v = part.partition(b"=")
            out.append((_unquote_to_bytes(k.replace(b"+", b" ")), _unquote_to_bytes(v.replace(b"+", b" "))))
        return out

    def read_body(self):
        try:
            n = int(self.env.get("CONTENT_LENGTH") or 0)
        except ValueError:
            n = 0
        return self.env["wsgi.input"].read(n) if n > 0 else b""

    def sleep(self, seconds):
        if not self.nosleep:
            _time.sleep(seconds)


class Out:
    """A response: status, headers, body (str -> encoded with `charset`)."""

    def __init__(self, body="", status=200, ctype="text/html; charset=utf-8", headers=(), charset="utf-8"):
        self.status, self.ctype, self.headers = status, ctype, list(headers)
        self.body = body if isinstance(body, bytes) else body.encode(charset, "xmlcharrefreplace")


def redirect(location, status=301, headers=()):
    return Out("", status, "text/html; charset=utf-8", [("Location", location)] + list(headers))


def make_app(handler, server_headers=(), post_ok=False):
    def app(environ, start_response):
        req = Req(environ)
        if req.method not in ("GET", "HEAD") and not post_ok:
            out = Out("Method Not Allowed", 405, "text/plain; charset=utf-8", [("Allow", "GET, HEAD")])
        else:
            try:
                out = handler(req)
            except Exception:           # debugging aid, never expected
                import traceback
                traceback.print_exc(file=_sys.stderr)
                out = Out("Internal Server Error", 500, "text/plain; charset=utf-8")
        headers = [(k, v) for k, v in server_headers] + [("Content-Type", out.ctype)] + out.headers
        headers.append(("Content-Length", str(len(out.body))))
        start_response("%d %s" % (out.status, REASON.get(out.status, "OK")), headers)
        return [b"" if req.method == "HEAD" else out.body]
    return app


def xml_urlset(base, rows):
    """rows: (path, lastmod datetime or None)"""
    body = ['<?xml version="1.0" encoding="UTF-8"?>',
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for p, lm in rows:
        body.append("  <url><loc>%s</loc>%s</url>" % (esc(base + p), "<lastmod>%s</lastmod>" % lm.strftime("%Y-%m-%dT%H:%M:%S+07:00") if lm else ""))
    body.append("</urlset>")
    return "\n".join(body) + "\n"


def xml_sitemapindex(base, paths):
    body = ['<?xml version="1.0" encoding="UTF-8"?>',
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    body += ["  <sitemap><loc>%s</loc></sitemap>" % esc(base + p) for p in paths]
    body.append("</sitemapindex>")
    return "\n".join(body) + "\n"


def chunks(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)] or [[]]


# ---------------------------------------------------------------- seeded news generator
_HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
       "Dương", "Lý", "Đinh", "Trương", "Lương", "Tạ", "Mai", "Châu", "Kiều", "Quách"]
_DEM = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu", "Kim", "Công", "Bá", "Đình",
        "Trọng", "Thành", "Hồng", "Phương", "Tuấn", "Mạnh"]
_TEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hiền", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Long",
        "Mai", "Nam", "Nga", "Nghĩa", "Phong", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Thảo", "Thủy", "Trung",
        "Tú", "Tuấn", "Vân", "Việt", "Yến", "Lực", "Toàn", "Đạt", "Chiến", "Huệ", "Oanh", "Lộc", "Tín"]
_CHUCVU = ["Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy",
           "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
           "Tỉnh ủy viên, Bí thư Huyện ủy {d}", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy",
           "Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy", "Bí thư Đảng ủy xã {c}",
           "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Ủy viên Ban Thường vụ, Trưởng Ban Nội chính Tỉnh ủy",
           "Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh", "Bí thư Đảng ủy Khối các cơ quan tỉnh"]
_ORG = ["Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy",
        "Ban Tổ chức Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh",
        "Đảng ủy Khối Doanh nghiệp tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh",
        "Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh", "Hội Cựu chiến binh tỉnh", "Trường Chính trị tỉnh"]
_TOPIC = ["phát triển kinh tế biển", "xây dựng nông thôn mới nâng cao", "chuyển đổi số trong các cơ quan đảng",
          "công tác cán bộ", "phòng, chống tham nhũng, tiêu cực", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
          "bảo vệ nền tảng tư tưởng của Đảng", "công tác dân vận của hệ thống chính trị", "cải cách hành chính",
          "phát triển du lịch cộng đồng", "giảm nghèo bền vững", "xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh",
          "công tác kiểm tra, giám sát và kỷ luật đảng", "phát triển kinh tế tập thể, hợp tác xã", "bảo vệ môi trường",
          "phát triển văn hóa, con người", "xây dựng nền quốc phòng toàn dân", "bảo đảm an ninh trật tự ở cơ sở",
          "thu hút đầu tư vào khu công nghiệp", "phát triển hạ tầng giao thông nông thôn", "công tác phát triển đảng viên",
          "nâng cao chất lượng sinh hoạt chi bộ", "công tác thông tin đối ngoại", "dân chủ ở cơ sở",
          "phát triển sản phẩm OCOP", "chăm lo đời sống người có công", "thực hiện Quy chế dân chủ ở cơ sở"]
_DOC = ["Nghị quyết số {n}-NQ/TU về {t}", "Chỉ thị số {n}-CT/TU về {t}", "Kết luận số {n}-KL/TW của Bộ Chính trị về {t}",
        "Quy định số {n}-QĐ/TW về {t}", "Đề án số {n}-ĐA/TU về {t}", "Chương trình hành động số {n}-CTr/TU về {t}"]
_ROMAN = ["XV", "XVI", "XVII", "XVIII", "XIX", "XX"]
_ACH = ["hoàn thành {p}% chỉ tiêu phát triển đảng viên năm 2024", "có {n} xã đạt chuẩn nông thôn mới nâng cao",
        "thu ngân sách ước đạt {p}% dự toán", "giải ngân vốn đầu tư công đạt {p}% kế hoạch",
        "có thêm {n} sản phẩm đạt chuẩn OCOP", "giải quyết việc làm mới cho {k} lao động",
        "giảm {n} hộ nghèo so với đầu năm", "xây mới {n} căn nhà đại đoàn kết"]
_EVENT = ["hội nghị quán triệt", "hội nghị sơ kết", "hội nghị tổng kết", "buổi làm việc", "tọa đàm khoa học",
          "lớp bồi dưỡng", "hội nghị chuyên đề", "buổi giám sát", "hội nghị trực tuyến", "lễ trao Huy hiệu Đảng"]


class Newsroom:
    """Seeded generator: n articles (newest first) spread between `start` and NOW, titles unique.
    cats: [(key, weight, kind)] with kind in party/news/econ/soc/def/notice (picks the title forms)."""

    def __init__(self, seed, n, cats, province, districts, communes, start=_dt.datetime(2024, 8, 19, 7, 0),
                 id_start=1000, id_step=7, tag="BBT"):
        self.rng = _random.Random(seed)
        self.province, self.districts, self.communes, self.tag = province, districts, communes, tag
        self.people = {}
        weights = []
        self.kind_of = {}
        for key, w, kind in cats:
            weights += [key] * w
            self.kind_of[key] = kind
        span = (NOW - _dt.timedelta(minutes=35) - start).total_seconds()
        titles = set()
        arts = []
        for i in range(n):
            r = self.rng
            age = span * (i + r.random() * 0.6) / n
            d = NOW - _dt.timedelta(minutes=35) - _dt.timedelta(seconds=age)
            d = d.replace(hour=max(6, min(21, d.hour)), second=0, microsecond=0)
            cat = r.choice(weights)
            for _ in range(50):
                title = self._title(cat)
                if title not in titles and len(title) < 150:
                    break
            titles.add(title)
            arts.append({"i": i, "id": id_start + (n - i) * id_step + r.randint(0, id_step - 1), "cat": cat,
                         "title": title, "date": d, "views": int(200 + r.paretovariate(1.3) * 300) % 9000 + 120,
                         "comments": r.choice([0, 0, 0, 1, 2, 3, 5, 8])})
        arts.sort(key=lambda a: a["date"], reverse=True)
        for a in arts:
            self._body(a)
        self.arts = arts

    # --- names
    def person(self):
        r = self.rng
        return "%s %s %s" % (r.choice(_HO), r.choice(_DEM), r.choice(_TEN))

    def post(self):
        r = self.rng
        return r.choice(_CHUCVU).format(d=r.choice(self.districts), c=r.choice(self.communes))

    def _title(self, cat):
        r = self.rng
        D, C = r.choice(self.districts), r.choice(self.communes)
        t = r.choice(_TOPIC)
        doc = r.choice(_DOC).format(n=r.randint(2, 68), t=t)
        forms = {
            "party": ["{org} quán triệt {doc}", "{org} sơ kết {k} năm thực hiện {doc}",
                      "Đảng bộ xã {C} kết nạp {n} đảng viên mới", "Trao Huy hiệu {y} năm tuổi Đảng cho {n} đảng viên huyện {D}",
                      "Hội nghị Ban Chấp hành Đảng bộ huyện {D} lần thứ {n}, khóa {R}",
                      "Nâng cao chất lượng sinh hoạt chi bộ ở Đảng bộ huyện {D}",
                      "Ủy ban Kiểm tra Huyện ủy {D} giám sát {n} tổ chức đảng về {t}",
                      "Khai mạc lớp bồi dưỡng nhận thức về Đảng khóa {n} tại huyện {D}"],
            "news": ["Đoàn công tác Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy {D} về {t}",
                     "{org} tổ chức {ev} về {t}", "Huyện {D} {ach}", "Tọa đàm khoa học về {t} lần thứ {n}",
                     "Thường trực Tỉnh ủy tiếp xúc, đối thoại với {n} đoàn viên, hội viên ở {D}",
                     "{org} tổng kết {k} năm thực hiện {doc}"],
            "econ": ["Huyện {D} {ach}", "Xã {C} ({D}) về đích nông thôn mới nâng cao", "{D} đẩy mạnh {t}",
                     "Tháo gỡ khó khăn cho {n} dự án về {t} tại huyện {D}", "Hợp tác xã ở {C} nâng giá trị nông sản nhờ {t}",
                     "Giám sát việc thực hiện {t} tại huyện {D}"],
            "soc": ["Xã {C} ra mắt mô hình dân vận khéo về {t}", "{org} trao {n} suất học bổng cho học sinh {D}",
                    "Bàn giao {n} căn nhà đại đoàn kết cho hộ nghèo huyện {D}", "Phát huy vai trò người có uy tín ở {C} trong {t}",
                    "Lan tỏa phong trào {t} ở huyện {D}", "Hội thi tuyên truyền về {t} năm 2024 tại {D}"],
            "def": ["Diễn tập khu vực phòng thủ huyện {D} năm 2024", "Công an huyện {D} ra mắt mô hình bảo đảm an ninh trật tự ở {C}",
                    "Giao ban công tác {t} quý IV tại {D}", "Huyện {D} tổ chức giao nhận quân năm 2025 cho {n} thanh niên",
                    "Ra mắt tổ bảo vệ an ninh, trật tự ở xã {C} ({D})"],
            "notice": ["Thông báo kết luận của Ban Thường vụ Tỉnh ủy về {t}", "Kế hoạch tổ chức {ev} về {t} năm 2025",
                       "Hướng dẫn thực hiện {doc}", "Lịch tiếp công dân của Bí thư Tỉnh ủy tháng {m}/2024"],
        }
        form = r.choice(forms[self.kind_of.get(cat, "news")])
        return form.format(org=r.choice(_ORG), doc=doc, k=r.choice([3, 5, 10, 15, 20]), C=C, D=D, n=r.randint(2, 48),
                           y=r.choice([30, 40, 45, 50, 55, 60, 65, 70]), R=r.choice(_ROMAN), t=t, ev=r.choice(_EVENT),
                           ach=r.choice(_ACH).format(p=r.randint(82, 126), n=r.randint(3, 40), k=r.randint(900, 5200)),
                           m=r.randint(9, 12))

    def _body(self, a):
        r = self.rng
        d = a["date"]
        D, C = r.choice(self.districts), r.choice(self.communes)
        p1, p2, p3 = self.person(), self.person(), self.person()
        t = r.choice(_TOPIC)
        org = r.choice(_ORG)
        n1, n2, n3 = r.randint(12, 480), r.randint(3, 95), r.randint(2, 60)
        pc1, pc2 = r.randint(71, 128), ("%.1f" % r.uniform(1.5, 24.9)).replace(".", ",")
        a["sapo"] = ("(%s) - Ngày %d/%d, %s tổ chức %s nhằm đánh giá kết quả thực hiện %s trên địa bàn huyện %s "
                     "và đề ra nhiệm vụ trọng tâm thời gian tới.") % (self.tag, d.day, d.month, org, r.choice(_EVENT), t, D)
        a["paras"] = [
            ("Tham dự có đồng chí %s, %s; đồng chí %s, %s; cùng lãnh đạo các ban, sở, ngành, đoàn thể tỉnh và "
             "%d đại biểu là bí thư chi bộ, trưởng ấp, khóm tiêu biểu của xã %s.") % (p1, self.post(), p2, self.post(), n1, C),
            ("Theo báo cáo, từ đầu năm đến nay, các cấp ủy, tổ chức đảng ở huyện %s đã cụ thể hóa %d văn bản, tổ chức "
             "%d cuộc kiểm tra, giám sát về %s; kết quả thực hiện đạt %d%% kế hoạch năm, tăng %s%% so với cùng kỳ năm 2023. "
             "Toàn huyện đã kết nạp %d đảng viên mới, trong đó có %d đảng viên là đoàn viên thanh niên, %d người là "
             "đồng bào dân tộc thiểu số; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt %d%%.")
            % (D, n2, n3, t, pc1, pc2, r.randint(18, 140), r.randint(5, 60), r.randint(1, 20), r.randint(80, 97)),
            ("Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: việc triển khai ở một số chi bộ còn "
             "chậm; công tác tuyên truyền về %s chưa thường xuyên; chất lượng sinh hoạt chuyên đề ở %d chi bộ ấp, khóm "
             "chưa cao; nguồn lực đầu tư cho xã %s còn hạn chế so với yêu cầu.") % (r.choice(_TOPIC), r.randint(3, 19), r.choice(self.communes)),
            ("Phát biểu chỉ đạo, đồng chí %s, %s ghi nhận, biểu dương những kết quả mà các cấp ủy, chính quyền và "
             "Nhân dân huyện %s đạt được. Đồng chí đề nghị thời gian tới tiếp tục quán triệt sâu sắc %s, gắn với "
             "thực hiện %s; phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu; tập trung "
             "tháo gỡ %d vướng mắc mà cơ sở đã kiến nghị, bảo đảm hoàn thành chỉ tiêu trước ngày %d/%d/2025.")
            % (p3, self.post(), D, r.choice(_DOC).format(n=r.randint(2, 68), t=t), r.choice(_TOPIC), r.randint(3, 17),
               r.randint(1, 28), r.randint(1, 12)),
        ]
        if r.random() < 0.7:
            a["paras"].append(("Dịp này, %s đã trao Giấy khen cho %d tập thể và %d cá nhân có thành tích xuất sắc "
                               "trong thực hiện %s giai đoạn 2020 - 2024.") % (org, r.randint(3, 25), r.randint(5, 40), t))
        a["caption"] = "Đồng chí %s phát biểu tại %s." % (p3, r.choice(_EVENT))
        a["author"] = r.choice(["%s", "Tin, ảnh: %s", "%s - Trung tâm Văn hóa huyện " + D, "%s (Ban Tuyên giáo Huyện ủy " + D + ")"]) % (
            r.choice(_HO) + " " + r.choice(_TEN))
        a["tags"] = sorted(set(r.sample(_TOPIC[:14], 2) + [D]))
        a["pdf"] = r.random() < 0.16
# ==== END KERNEL ====
