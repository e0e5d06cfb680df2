"""Set 8, site D: WordPress 6.4 news portal of the made-up Đảng bộ tỉnh Hà Tây behind a cloud WAF / CDN edge
('VNIS'-style, nginx).

Main difficulty: THE FRONT DOOR.  Every request without the clearance cookie (robots.txt excepted) answers
403 with a JavaScript challenge page: an inline script sets document.cookie = "vnis_clearance=<token>; path=/; …"
and reloads.  The 403 response also sets a WAF session cookie (__vnis_sid) that is NOT enough.  With the clearance
cookie every page is served normally (a browser sees the challenge once).  Behind it, the edge's burst limiter
answers 429 Too Many Requests with 'Retry-After: 2' to every 25th request that passed the WAF (counted per server
process); a retry is served normally."""
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

import math as _math

SITE_NAME = "Đảng bộ tỉnh Hà Tây - Cổng thông tin điện tử"
TOKEN = hexd("vnis-hatay-clearance", n=40)
COOKIE = "vnis_clearance"
BURST = 25
PAGE = 10
CATS = [("thoi-su", "Thời sự", 4, "news"), ("xay-dung-dang", "Xây dựng Đảng", 4, "party"), ("dan-van", "Dân vận", 2, "soc"),
        ("kinh-te", "Kinh tế", 3, "econ"), ("xa-hoi", "Xã hội", 2, "soc"), ("quoc-phong-an-ninh", "Quốc phòng - An ninh", 1, "def"),
        ("thong-bao", "Thông báo", 1, "notice")]
CAT_NAME = {k: n for k, n, _, _ in CATS}
DISTRICTS = ["Đan Phượng", "Hoài Đức", "Thường Tín", "Phú Xuyên", "Sơn Tây", "Hà Đông", "Ứng Hòa", "Thanh Oai", "Chương Mỹ", "Quốc Oai"]
COMMUNES = ["Liên Hà", "Vân Côn", "Dương Liễu", "Tô Hiệu", "Phú Túc", "Hồng Quang", "Thanh Cao", "Đông Sơn", "Sài Sơn", "Tích Giang"]
NR = Newsroom(4404, 92, [(k, w, kind) for k, _, w, kind in CATS], "Hà Tây", DISTRICTS, COMMUNES, id_start=18230, id_step=7, tag="HT")
ARTS = NR.arts
AUTHORS = ["bbt", "tuyengiao", "phongvien1", "phongvien2"]
for _n, _a in enumerate(ARTS):
    _a["slug"] = slugify(_a["title"], 200)
    _a["path"] = "/%s/%s.html" % (_a["cat"], _a["slug"])
    _a["login"] = AUTHORS[_a["id"] % len(AUTHORS)]
BY_ID = {a["id"]: a for a in ARTS}
BY_PATH = {a["path"]: a for a in ARTS}
BY_CAT = {k: [a for a in ARTS if a["cat"] == k] for k in CAT_NAME}
TAGS = {}
for _a in ARTS:
    for _t in _a["tags"]:
        TAGS.setdefault(slugify(_t), (_t, []))[1].append(_a)
MONTHS = sorted({(a["date"].year, a["date"].month) for a in ARTS}, reverse=True)
STATE = {"passed": 0}


def date_vn(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


# ---------------------------------------------------------------- the edge
CHALLENGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Đang kiểm tra trình duyệt...</title>
<style>body{{font-family:system-ui,Arial,sans-serif;background:#f4f5f7;color:#333}}.box{{max-width:560px;margin:12% auto;text-align:center}}
.spinner{{width:42px;height:42px;margin:0 auto 18px;border:4px solid #ddd;border-top-color:#c0392b;border-radius:50%;animation:s 1s linear infinite}}
@keyframes s{{to{{transform:rotate(360deg)}}}}.ray{{font-size:12px;color:#999;margin-top:30px}}</style></head>
<body><div class="box"><div class="spinner"></div>
<h1>Đang kiểm tra trình duyệt của bạn trước khi truy cập {host}</h1>
<p>Quá trình này diễn ra tự động. Trình duyệt sẽ chuyển đến nội dung bạn yêu cầu trong giây lát.</p>
<noscript><p><b>Vui lòng bật JavaScript và cookie để tiếp tục truy cập.</b></p></noscript>
<p class="ray">Mã yêu cầu: {ray} &bull; VNIS Web Application Firewall</p></div>
<script>
document.cookie = "{cookie}={token}; path=/; max-age=86400; SameSite=Lax";
setTimeout(function () {{ location.reload(); }}, 1500);
</script>
</body></html>
"""
TOO_MANY = """<html><head><title>429 Too Many Requests</title></head><body><center><h1>429 Too Many Requests</h1></center>
<hr><center>VNIS edge - quý khách truy cập quá nhanh, vui lòng thử lại sau ít giây.</center></body></html>
"""


def edge(req):
    if req.path == "/robots.txt":
        return Out(ROBOTS.format(base=req.base), ctype="text/plain; charset=utf-8")
    if req.cookies.get(COOKIE) != TOKEN:
        ray = hexd("ray", req.path, req.qs, n=16)
        return Out(CHALLENGE.format(host=esc(req.host), ray=ray, cookie=COOKIE, token=TOKEN), 403,
                   headers=[("Cache-Control", "no-store, no-cache"), ("X-VNIS-Status", "challenge"),
                            ("Set-Cookie", "__vnis_sid=%s; path=/; HttpOnly" % hexd("sid", ray, n=24))])
    STATE["passed"] += 1
    if STATE["passed"] % BURST == 0:
        return Out(TOO_MANY, 429, headers=[("Retry-After", "2"), ("X-VNIS-Status", "rate-limited")])
    out = handle(req)
    out.headers += [("X-Cache", "MISS from vnis-edge-hn02"), ("X-VNIS-Status", "pass")]
    return out


# ---------------------------------------------------------------- WordPress theme
def global_styles():
    rules = []
    for i, blk in enumerate(["paragraph", "heading", "image", "gallery", "list", "quote", "table", "columns", "group",
                             "cover", "buttons", "button", "separator", "spacer", "embed", "file", "latest-posts",
                             "categories", "archives", "tag-cloud", "calendar", "search", "navigation", "site-logo",
                             "post-title", "post-date", "post-excerpt", "post-featured-image", "query", "pagination"]):
        rules.append(".wp-block-%s{margin-block-start:%.2frem;margin-block-end:%.2frem;--wp--style--block-gap:%.1frem}" % (blk, 0.5 + i % 4 * .25, 0.5 + i % 3 * .25, 1 + i % 3 * .5))
        rules.append(".wp-block-%s.has-%s-color{color:var(--wp--preset--color--%s)!important}" % (blk, ["black", "white", "red", "vivid-red", "luminous-vivid-orange"][i % 5], ["black", "white", "red", "vivid-red", "luminous-vivid-orange"][i % 5]))
        rules.append(".wp-block-%s.has-%s-font-size{font-size:var(--wp--preset--font-size--%s)!important}" % (blk, ["small", "medium", "large", "x-large"][i % 4], ["small", "medium", "large", "x-large"][i % 4]))
    presets = ";".join("--wp--preset--color--c%d:#%s" % (i, hexd("wpc", i, n=6)) for i in range(40))
    grads = ";".join("--wp--preset--gradient--g%d:linear-gradient(135deg,#%s 0%%,#%s 100%%)" % (i, hexd("g1", i, n=6), hexd("g2", i, n=6)) for i in range(24))
    td = "\n".join(".td-%s .td-module-thumb{width:%dpx}.td-%s .entry-title{font-size:%dpx;line-height:%dpx}" % (
        hexd("td", i, n=5), 218 + i, hexd("td", i, n=5), 14 + i % 8, 20 + i % 8) for i in range(90))
    return "body{%s;%s}\n%s\n%s" % (presets, grads, "\n".join(rules), td)


GLOBAL_CSS = global_styles()
MENU = [("Trang chủ", "/", []),
        ("Giới thiệu", "/gioi-thieu/", ["Lịch sử Đảng bộ", "Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy", "Các cơ quan tham mưu",
                                        "Đảng bộ trực thuộc", "Truyền thống xứ Đoài"]),
        ("Tin tức", "/thoi-su/", [(n, "/%s/" % k) for k, n, _, _ in CATS]),
        ("Văn bản", "/van-ban/", ["Văn bản Trung ương", "Văn bản Tỉnh ủy", "Văn bản Ban Thường vụ", "Hướng dẫn nghiệp vụ"]),
        ("Chuyên đề", "/chuyen-de/", ["Học tập và làm theo Bác", "Đại hội Đảng các cấp", "Bảo vệ nền tảng tư tưởng",
                                      "Chuyển đổi số", "Làng nghề xứ Đoài", "Nông thôn mới"]),
        ("Media", "/media/", ["Video", "Ảnh", "Infographic"]),
        ("Liên hệ", "/lien-he/", [])]


def menu_html():
    out = ['<nav id="site-navigation" class="main-navigation"><ul id="menu-main" class="menu">']
    for i, (label, href, subs) in enumerate(MENU):
        cls = "menu-item menu-item-type-custom menu-item-%d%s" % (3100 + i, " menu-item-has-children" if subs else "")
        out.append('<li id="menu-item-%d" class="%s"><a href="%s">%s</a>' % (3100 + i, cls, href, esc(label)))
        if subs:
            out.append('<ul class="sub-menu">')
            for j, s in enumerate(subs):
                t, h = s if isinstance(s, tuple) else (s, href + "#" + slugify(s))
                out.append('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy"><a href="%s">%s</a></li>' % (3200 + i * 20 + j, h, esc(t)))
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></nav>")
    return "".join(out)


MENU_HTML = menu_html()


def head(req, title, canonical, extra=""):
    return """<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title}</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
{canon}
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="{site}">
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Dòng thông tin" href="{base}/feed/">
<link rel="https://api.w.org/" href="{base}/wp-json/">
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd">
<meta name="generator" content="WordPress 6.4.3">
{extra}
<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{base}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.3"}}}};</script>
<style id="global-styles-inline-css">
{css}
</style>
<link rel="stylesheet" id="tdnews-style-css" href="{base}/wp-content/themes/tdnews/style.css?ver=2.1.4" media="all">
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
""".format(title=esc(title), canon='<link rel="canonical" href="%s%s">' % (req.base, canonical) if canonical else "",
           site=esc(SITE_NAME), base=req.base, extra=extra, css=GLOBAL_CSS)


def sidebar(req):
    out = ['<aside id="secondary" class="widget-area">',
           '<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="%s/">'
           '<input type="search" class="search-field" name="s" placeholder="Tìm kiếm &hellip;"><input type="submit" class="search-submit" value="Tìm"></form></section>' % req.base,
           '<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>']
    out += ['<li><a href="%s">%s</a><span class="post-date">%s</span></li>' % (a["path"], esc(a["title"]), date_vn(a["date"])) for a in ARTS[:6]]
    out.append('</ul></section><section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>')
    out += ['<li class="cat-item"><a href="/%s/">%s</a> (%d)</li>' % (k, esc(n), len(BY_CAT[k])) for k, n, _, _ in CATS]
    out.append('</ul></section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>')
    out += ['<li><a href="/%d/%02d/">Tháng %d/%d</a></li>' % (y, m, m, y) for y, m in MONTHS]
    out.append('</ul></section><section id="tribe-2" class="widget tribe-events-widget"><h2 class="widget-title">Lịch công tác</h2>'
               '<p><a href="/lich-cong-tac/%d-%02d/">Xem lịch công tác tháng %d/%d</a></p></section>' % (NOW.year, NOW.month, NOW.month, NOW.year))
    out.append('<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">Thẻ</h2><div class="tagcloud">')
    out += ['<a href="/tag/%s/" class="tag-cloud-link" style="font-size: %.1fpt;">%s</a>' % (s, 8 + min(14, len(v[1])) * .9, esc(v[0])) for s, v in sorted(TAGS.items())]
    out.append("</div></section></aside>")
    return "\n".join(out)


def footer(req):
    return """<footer id="colophon" class="site-footer"><div class="footer-widgets"><div class="col">
<h3>Đảng bộ tỉnh Hà Tây</h3><p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Hà Tây.<br>Địa chỉ: số 1 Quang Trung, thị xã Hà Đông, tỉnh Hà Tây.<br>
Điện thoại: 034.3824.xxx &ndash; Email: bbt@hatay.example</p></div><div class="col"><h3>Liên kết</h3><ul>%s</ul></div></div>
<div class="site-info">&copy; 2024 %s. Ghi rõ nguồn khi phát hành lại thông tin từ website này. <span class="sep"> | </span>
Vận hành trên nền WordPress.</div></footer>
<script src="%s/wp-content/themes/tdnews/js/navigation.js?ver=2.1.4" id="tdnews-navigation-js"></script>
<script src="%s/wp-includes/js/wp-embed.min.js?ver=6.4.3" id="wp-embed-js"></script>
</div></body></html>""" % ("".join('<li><a href="https://%s.example/" rel="noopener" target="_blank">%s</a></li>' % (slugify(d), "Huyện ủy " + esc(d))
                                   for d in DISTRICTS), esc(SITE_NAME), req.base, req.base)


def layout(req, title, main, canonical, body_class, extra=""):
    return (head(req, title, canonical, extra) + '<body class="%s"><div id="page" class="site">' % body_class +
            '<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>'
            '<header id="masthead" class="site-header"><div class="top-bar"><span class="td-date">%s, %s</span></div>'
            '<div class="site-branding"><a href="/" rel="home" class="custom-logo-link"><img src="/wp-content/uploads/2023/05/logo-dang-bo-ha-tay.png" '
            'class="custom-logo" alt="%s"></a></div>%s</header><div id="content" class="site-content"><main id="primary" class="site-main">'
            % (THU[NOW.weekday()], date_vn(NOW), esc(SITE_NAME), MENU_HTML) + main + "</main>" + sidebar(req) + "</div>" + footer(req))


def card(a, big=False):
    return ('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-%s td-module%s">'
            '<div class="td-module-thumb"><a href="%s" rel="bookmark"><img width="%d" src="/wp-content/uploads/%s/%d-%s.jpg" class="attachment-medium" alt=""></a></div>'
            '<header class="entry-header"><h3 class="entry-title"><a href="%s" rel="bookmark">%s</a></h3>'
            '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span></div></header>'
            '<div class="entry-summary">%s</div></article>'
            % (a["id"], a["id"], a["cat"], " td-big" if big else "", a["path"], 696 if big else 218, a["date"].strftime("%Y/%m"), a["id"],
               a["slug"][:30], a["path"], esc(a["title"]), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), date_vn(a["date"]),
               esc(a["sapo"][:220] + ("&hellip;" if len(a["sapo"]) > 220 else ""))))


def paginate(base, page, pages):
    """paginate_links(): end_size 1, mid_size 2, « Trước / Sau »."""
    if pages <= 1:
        return ""
    u = lambda n: base if n == 1 else "%spage/%d/" % (base, n)
    out = ['<nav class="navigation pagination" aria-label="Phân trang bài viết"><div class="nav-links">']
    if page > 1:
        out.append('<a class="prev page-numbers" href="%s">« Trước</a>' % u(page - 1))
    dots = False
    for n in range(1, pages + 1):
        if n == page:
            out.append('<span aria-current="page" class="page-numbers current">%d</span>' % n)
            dots = True
        elif n == 1 or n == pages or abs(n - page) <= 2:
            out.append('<a class="page-numbers" href="%s">%d</a>' % (u(n), n))
            dots = True
        elif dots:
            out.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    if page < pages:
        out.append('<a class="next page-numbers" href="%s">Sau »</a>' % u(page + 1))
    out.append("</div></nav>")
    return "".join(out)


def listing(req, title, items, base, page, body_class):
    pages = max(1, _math.ceil(len(items) / PAGE))
    if page > pages:
        return not_found(req)
    main = ['<header class="page-header"><h1 class="page-title">%s</h1></header>' % esc(title)]
    main += [card(a) for a in items[(page - 1) * PAGE:page * PAGE]]
    main.append(paginate(base, page, pages))
    canon = base if page == 1 else "%spage/%d/" % (base, page)
    return Out(layout(req, "%s%s - %s" % (title, " - Trang %d" % page if page > 1 else "", SITE_NAME), "\n".join(main), canon, body_class))


def home(req):
    main = ['<div class="td-featured"><h2 class="block-title"><span>Tin nổi bật</span></h2>']
    main += [card(a, n == 0) for n, a in enumerate(ARTS[:5])]
    main.append("</div>")
    for k, n, _, _ in CATS:
        main.append('<div class="td_block_wrap td-cat-%s"><h4 class="block-title"><a href="/%s/">%s</a></h4>' % (k, k, esc(n)))
        main += [card(a) for a in BY_CAT[k][:5]]
        main.append('<div class="td-more"><a href="/%s/">Xem tất cả</a></div></div>' % k)
    return Out(layout(req, SITE_NAME, "\n".join(main), "/", "home blog"))


def single(req, a, amp=False):
    same = [x for x in BY_CAT[a["cat"]] if x is not a][:4]
    i = ARTS.index(a)
    prev_a = ARTS[i + 1] if i + 1 < len(ARTS) else None
    next_a = ARTS[i - 1] if i > 0 else None
    content = ["<p>%s</p>" % esc(x) for x in a["paras"][:2]]
    content.append('<figure class="wp-block-image size-large"><img src="/wp-content/uploads/%s/%d-1.jpg" alt="%s" width="1024" height="683">'
                   '<figcaption class="wp-element-caption">%s</figcaption></figure>' % (a["date"].strftime("%Y/%m"), a["id"], esc(a["caption"]), esc(a["caption"])))
    content += ["<p>%s</p>" % esc(x) for x in a["paras"][2:]]
    content.append('<p class="has-text-align-right"><strong>%s</strong></p>' % esc(a["author"]))
    if a["pdf"]:
        content.append('<div class="wp-block-file"><a href="/wp-content/uploads/%s/van-ban-%d.pdf">Tải văn bản</a></div>' % (a["date"].strftime("%Y/%m"), a["id"]))
    if amp:
        html = """<!doctype html><html amp lang="vi"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s%s">
<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.example/v0.js"></script>
<style amp-custom>body{font-family:sans-serif}</style></head><body><header class="amp-wp-header"><a href="%s/">%s</a></header>
<article class="amp-wp-article"><h1 class="amp-wp-title">%s</h1><div class="amp-wp-meta">%s</div><p class="sapo"><strong>%s</strong></p>%s</article>
<footer class="amp-wp-footer"><a href="%s%s">Xem phiên bản đầy đủ</a></footer></body></html>""" % (
            esc(a["title"]), req.base, a["path"], req.base, esc(SITE_NAME), esc(a["title"]), date_vn(a["date"]), esc(a["sapo"]),
            "\n".join(content).replace("<img ", "<amp-img layout=\"responsive\" "), req.base, a["path"])
        return Out(html)
    main = ['<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-%s">' % (a["id"], a["id"], a["cat"]),
            '<header class="entry-header"><div class="td-category"><a href="/%s/" rel="category tag">%s</a></div><h1 class="entry-title">%s</h1>'
            '<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">%s lúc %s</time></span> '
            '<span class="byline">bởi <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span></div></header>'
            % (a["cat"], esc(CAT_NAME[a["cat"]]), esc(a["title"]), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), date_vn(a["date"]),
               a["date"].strftime("%H:%M"), a["login"], a["login"]),
            '<div class="entry-content"><p class="td-post-sub-title"><strong>%s</strong></p>' % esc(a["sapo"]),
            "\n".join(content), "</div>",
            '<footer class="entry-footer"><span class="tags-links">Thẻ: %s</span> <a class="copy-link" href="/?p=%d" title="Link rút gọn">Link rút gọn</a> '
            '<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=%s%s" target="_blank" rel="noopener">Chia sẻ</a></footer></article>'
            % (", ".join('<a href="/tag/%s/" rel="tag">%s</a>' % (slugify(t), esc(t)) for t in a["tags"]), a["id"], req.base, a["path"]),
            '<nav class="navigation post-navigation"><div class="nav-links">%s%s</div></nav>' % (
                '<div class="nav-previous"><a href="%s" rel="prev">‹ %s</a></div>' % (prev_a["path"], esc(prev_a["title"])) if prev_a else "",
                '<div class="nav-next"><a href="%s" rel="next">%s ›</a></div>' % (next_a["path"], esc(next_a["title"])) if next_a else ""),
            '<div class="td-related"><h4 class="block-title">Bài viết liên quan</h4><ul>%s</ul></div>' % "".join(
                '<li><a href="%s">%s</a></li>' % (x["path"], esc(x["title"])) for x in same),
            '<div id="comments" class="comments-area"><p class="no-comments">Bình luận đã bị đóng.</p></div>']
    extra = ('<link rel="shortlink" href="%s/?p=%d">\n<link rel="amphtml" href="%s%s?amp=1">\n'
             '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,"datePublished":"%s","mainEntityOfPage":"%s%s"}</script>'
             % (req.base, a["id"], req.base, a["path"], _json_str(a["title"]), a["date"].strftime("%Y-%m-%dT%H:%M:%S+07:00"), req.base, a["path"]))
    return Out(layout(req, "%s - %s" % (a["title"], SITE_NAME), "\n".join(main), a["path"],
                      "post-template-default single single-post postid-%d single-format-standard" % a["id"], extra))


def _json_str(s):
    import json as _json
    return _json.dumps(s, ensure_ascii=False).replace("</", "<\\/")


def events(req, y, m):
    """The Events Calendar month view: « Tháng trước / Tháng sau » forever."""
    first = _dt.date(y, m, 1)
    pm = (first - _dt.timedelta(days=1)).replace(day=1)
    nm = (first + _dt.timedelta(days=32)).replace(day=1)
    cells = ["<td></td>"] * first.weekday()
    day = first
    while day.month == m:
        cells.append('<td class="tribe-events-calendar-month__day"><time datetime="%s">%d</time></td>' % (day.isoformat(), day.day))
        day += _dt.timedelta(days=1)
    rows = "".join("<tr>%s</tr>" % "".join(cells[i:i + 7]) for i in range(0, len(cells), 7))
    main = ('<div class="tribe-events"><h1 class="tribe-events-header__title">Lịch công tác tháng %d/%d</h1>'
            '<nav class="tribe-events-c-top-bar__nav"><a href="/lich-cong-tac/%d-%02d/" class="tribe-events-c-top-bar__nav-link--prev">« Tháng trước</a> '
            '<a href="/lich-cong-tac/%d-%02d/" class="tribe-events-c-top-bar__nav-link--next">Tháng sau »</a></nav>'
            '<table class="tribe-events-calendar-month">%s</table><p class="tribe-events-c-messages__message">Không có sự kiện nào trong tháng này.</p></div>'
            % (m, y, pm.year, pm.month, nm.year, nm.month, rows))
    return Out(layout(req, "Lịch công tác - " + SITE_NAME, main, "/lich-cong-tac/%d-%02d/" % (y, m), "post-type-archive-tribe_events"))


def feed(req, items, title):
    rows = ["<item><title>%s</title><link>%s%s</link><pubDate>%s</pubDate><guid isPermaLink=\"false\">%s/?p=%d</guid>"
            "<description><![CDATA[%s]]></description></item>" % (esc(a["title"]), req.base, a["path"],
                                                                   a["date"].strftime("%a, %d %b %Y %H:%M:%S +0700"), req.base, a["id"], a["sapo"])
            for a in items[:10]]
    x = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>%s</title>'
         '<link>%s/</link><description>Cổng thông tin điện tử Đảng bộ tỉnh Hà Tây</description><language>vi</language>%s</channel></rss>'
         % (esc(title), req.base, "".join(rows)))
    return Out(x, ctype="application/rss+xml; charset=UTF-8")


def not_found(req):
    main = ('<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Không tìm thấy trang</h1></header>'
            '<div class="page-content"><p>Có vẻ như không có gì ở đây. Hãy thử tìm kiếm?</p></div></section>')
    return Out(layout(req, "Không tìm thấy trang - " + SITE_NAME, main, None, "error404"), 404)


ROBOTS = """User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php
Disallow: /wp-login.php
Disallow: /?s=
Disallow: /xmlrpc.php

Sitemap: {base}/wp-sitemap.xml
"""
PIXEL = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


def handle(req):
    path = req.path
    if path == "/":
        if req.arg("p", "").isdigit():
            a = BY_ID.get(int(req.arg("p")))
            return redirect(a["path"]) if a else not_found(req)
        if "s" in req.args:
            return Out(layout(req, "Tìm kiếm", "<h1>Kết quả tìm kiếm</h1><p>Không tìm thấy.</p>", None, "search"))
        return home(req)
    if path in BY_PATH:
        a = BY_PATH[path]
        if req.arg("amp") == "1" or path.endswith("/amp/"):
            return single(req, a, amp=True)
        return single(req, a)
    if path.endswith(".html/") and path[:-1] in BY_PATH:
        return redirect(path[:-1])
    m = _re.match(r"^/([a-z-]+)/(?:page/(\d+)/)?$", path)
    if m and m.group(1) in CAT_NAME:
        page = int(m.group(2) or 1)
        if m.group(2) == "1":
            return redirect("/%s/" % m.group(1))
        return listing(req, CAT_NAME[m.group(1)], BY_CAT[m.group(1)], "/%s/" % m.group(1), page, "archive category category-%s" % m.group(1))
    if m and m.group(1) in CAT_NAME:
        return redirect("/%s/" % m.group(1))
    m = _re.match(r"^/([a-z-]+)$", path)
    if m and m.group(1) in CAT_NAME:
        return redirect(path + "/")
    m = _re.match(r"^/(\d{4})/(\d{2})/(?:page/(\d+)/)?$", path)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        items = [a for a in ARTS if a["date"].year == y and a["date"].month == mo]
        if not items:
            return not_found(req)
        return listing(req, "Tháng %d/%d" % (mo, y), items, "/%04d/%02d/" % (y, mo), int(m.group(3) or 1), "archive date")
    m = _re.match(r"^/tag/([a-z0-9-]+)/(?:page/(\d+)/)?$", path)
    if m and m.group(1) in TAGS:
        name, items = TAGS[m.group(1)]
        return listing(req, "Thẻ: " + name, items, "/tag/%s/" % m.group(1), int(m.group(2) or 1), "archive tag")
    m = _re.match(r"^/author/([a-z0-9]+)/(?:page/(\d+)/)?$", path)
    if m and m.group(1) in AUTHORS:
        items = [a for a in ARTS if a["login"] == m.group(1)]
        return listing(req, "Tác giả: " + m.group(1), items, "/author/%s/" % m.group(1), int(m.group(2) or 1), "archive author")
    m = _re.match(r"^/lich-cong-tac/(\d{4})-(\d{2})/$", path)
    if m and 1 <= int(m.group(2)) <= 12:
        return events(req, int(m.group(1)), int(m.group(2)))
    if path == "/feed/":
        return feed(req, ARTS, SITE_NAME)
    m = _re.match(r"^/([a-z-]+)/feed/$", path)
    if m and m.group(1) in CAT_NAME:
        return feed(req, BY_CAT[m.group(1)], CAT_NAME[m.group(1)])
    if path == "/wp-sitemap.xml":
        return Out(xml_sitemapindex(req.base, ["/wp-sitemap-posts-post-1.xml", "/wp-sitemap-taxonomies-category-1.xml"]),
                   ctype="application/xml; charset=UTF-8")
    if path == "/wp-sitemap-posts-post-1.xml":
        return Out(xml_urlset(req.base, [(a["path"], a["date"]) for a in ARTS]), ctype="application/xml; charset=UTF-8")
    if path == "/wp-sitemap-taxonomies-category-1.xml":
        return Out(xml_urlset(req.base, [("/%s/" % k, None) for k in CAT_NAME]), ctype="application/xml; charset=UTF-8")
    if path.startswith("/wp-json"):
        return Out('{"code":"rest_cannot_access","message":"Chỉ người dùng đã đăng nhập mới có thể truy cập REST API.","data":{"status":401}}',
                   401, "application/json; charset=UTF-8")
    if path in ("/gioi-thieu/", "/van-ban/", "/chuyen-de/", "/media/", "/lien-he/"):
        return Out(layout(req, SITE_NAME, '<article class="page"><h1 class="entry-title">%s</h1><div class="entry-content"><p>Nội dung đang được cập nhật.</p></div></article>'
                          % esc(path.strip("/").replace("-", " ").capitalize()), path, "page"))
    if path.startswith(("/wp-content/", "/wp-includes/")):
        if path.endswith(".pdf"):
            return Out(b"%PDF-1.4\n%%EOF\n", ctype="application/pdf")
        return Out(PIXEL, ctype="image/gif")
    return not_found(req)


app = make_app(edge, [("Server", "nginx")])

MANIFEST = {
    "family": "WordPress 6.4 news portal (Đảng bộ tỉnh Hà Tây) behind a cloud WAF/CDN edge: 403 JavaScript cookie "
              "challenge on the first visit, 429 + Retry-After burst limiter",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": ["/?p=%d" % a["id"], a["path"] + "?amp=1"]} for a in ARTS},
    "robots_disallowed": ["/wp-admin/", "/wp-login.php", "/?s=", "/xmlrpc.php"],
    "trap_prefixes": ["/lich-cong-tac/"],
    "only_via": {},
    "sitemaps": ["/wp-sitemap.xml"],
    "notes": (
        "MAIN DIFFICULTY: the edge in front of WordPress. Every request without the cookie %s=<token> (only /robots.txt "
        "is exempt) answers 403 'Đang kiểm tra trình duyệt của bạn…' whose inline script does document.cookie = "
        "\"%s=<token>; path=/; max-age=86400; SameSite=Lax\" and location.reload() after 1.5 s; the 403 also sets "
        "__vnis_sid (HttpOnly), which does not clear the challenge. The token is a constant (%s). With the cookie "
        "everything is served normally (a browser sees the challenge once). A crawler that treats the 403 as final "
        "gets nothing, not even the home page or the sitemap. The edge's burst limiter then answers 429 Too Many "
        "Requests with 'Retry-After: 2' to every %dth request that passed the WAF (a per-process counter: start a "
        "fresh serve.py per crawl); the retry is served. Behind it: posts /<category>/<slug>.html (permalink "
        "%%category%%/%%postname%%.html), categories /<c>/ and /<c>/page/N/ (10 per page, paginate_links « Trước 1 … Sau »), "
        "month archives /YYYY/MM/ (sidebar 'Lưu trữ'), tags /tag/<t>/, authors /author/<login>/, post navigation "
        "‹ › and 'Bài viết liên quan'. Aliases: /?p=<id> ('Link rút gọn' and <link rel=shortlink>; 301) and "
        "?amp=1 (<link rel=amphtml>; 200, canonical). robots Sitemap: /wp-sitemap.xml -> posts + categories "
        "(behind the WAF too). RSS /feed/, /<c>/feed/. REST API closed to anonymous users (401). Trap: The Events "
        "Calendar month view /lich-cong-tac/YYYY-MM/ « » forever. Unknown URLs: theme 404." % (COOKIE, COOKIE, TOKEN, BURST)),
}
_a = ARTS[5]
SELFTEST = [
    {"path": "/?p=%d" % _a["id"], "status": 301, "location": _a["path"]},
    {"path": "/thoi-su/page/1/", "status": 301, "location": "/thoi-su/"},
    {"path": "/thoi-su", "status": 301, "location": "/thoi-su/"},
    {"path": "/thoi-su/page/99/", "status": 404},
    {"path": "/wp-json/wp/v2/posts", "status": 401},
    {"path": "/lich-cong-tac/1999-01/", "status": 200, "contains": "Tháng sau"},
    {"path": "/khong-co/", "status": 404},
]
SUMMARY = {
    "chains": ["/ (403 JS cookie challenge -> cookie -> 200) -> menu /<c>/ -> /<c>/page/N/",
               "sidebar 'Lưu trữ' /YYYY/MM/ -> page/N/; tags /tag/<t>/; post navigation ‹ ›",
               "robots Sitemap: -> /wp-sitemap.xml -> /wp-sitemap-posts-post-1.xml (behind the WAF)"],
    "alias_kinds": ["/?p=<id> shortlink (301)", "?amp=1 (200, canonical)"],
    "quirks": ["WAF 403 + JS document.cookie challenge on every cookieless request", "HttpOnly __vnis_sid that does not help",
               "robots.txt exempt from the WAF", "429 + Retry-After: 2 on every %dth passed request" % BURST,
               "REST API 401", "events month-calendar trap"],
}
