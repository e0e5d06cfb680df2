"""Set 8, site B: Classic ASP 3.0 site on IIS 6 (2006-era 'Ban Tuyên giáo Tỉnh ủy' of the made-up Phú Khánh).

Main difficulty: LEGACY ENCODING IN URLS.  Every page is windows-1258 (declared only in the HTTP header
'Content-Type: text/html; Charset=windows-1258', no <meta charset>; tone marks are separate combining bytes).
Category pages are keyed by their Vietnamese NAME in the query string: chuyenmuc.asp?ten=<name in windows-1258>.
The top menu, 'Xem tiếp' and the pager use Server.URLEncode (cp1258 bytes as %XX, '+' for spaces, '-' as %2D);
the left menu and the breadcrumbs write the name RAW (cp1258 bytes inside the href), which a browser sends
percent-encoded in the document's encoding (WHATWG: the query of a non-UTF-8 document).  The server decodes the
query as windows-1258: the same name sent as UTF-8 (or re-quoted %EF%BF%BD) is 'Chuyên mục không tồn tại' (200)."""
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

SITE_NAME = "Ban Tuyên giáo Tỉnh ủy Phú Khánh"
PAGE = 6
SLOW_CAT = "Thời sự"
TOP = [("Thời sự", 6, "news"), ("Xây dựng Đảng", 5, "party"), ("Học tập và làm theo Bác", 3, "party"),
       ("Kinh tế - Xã hội", 4, "econ"), ("Văn hóa - Văn nghệ", 3, "soc"), ("Quốc phòng - An ninh", 2, "def")]
PARENT = "Tin cơ sở"
DISTRICTS = ["Tuy Hòa", "Sông Cầu", "Đồng Xuân", "Tuy An", "Ninh Hòa", "Vạn Ninh", "Diên Khánh", "Cam Ranh"]
SUBS = ["Cơ sở " + d for d in DISTRICTS]
COMMUNES = ["Xuân Lộc", "An Ninh Tây", "Hòa Xuân", "Ninh Ích", "Vạn Thắng", "Diên Phú", "Cam Thịnh", "Sơn Thành",
            "Hòa Hiệp", "Ninh Phụng"]
ALLCATS = [n for n, _, _ in TOP] + SUBS
NR = Newsroom(5801, 88, [(n, w, k) for n, w, k in TOP] + [(s, 1, "party" if i % 2 else "news") for i, s in enumerate(SUBS)],
              "Phú Khánh", DISTRICTS, COMMUNES, id_start=2150, id_step=9, tag="TG")
ARTS = NR.arts
BY_ID = {a["id"]: a for a in ARTS}
BY_CAT = {c: [a for a in ARTS if a["cat"] == c] for c in ALLCATS}
SUB_ARTS = [a for a in ARTS if a["cat"] in SUBS]
BY_VIEWS = sorted(ARTS, key=lambda a: (-a["views"], a["id"]))
for _a in ARTS:
    _a["path"] = "/xemtin.asp?id=%d" % _a["id"]
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text):
    """Encode NFC text the way a Vietnamese Windows box stores it in code page 1258: precomposed where the code page
    has the letter, else base letter + combining tone byte; anything else as a numeric character reference."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = _ud.normalize("NFD", ch)
        base = _ud.normalize("NFC", "".join(c for c in d if c not in _TONES))
        tone = "".join(c for c in d if c in _TONES)
        try:
            out += (base + tone).encode("cp1258")
        except UnicodeEncodeError:
            out += ("&#%d;" % ord(ch)).encode("ascii")
    return bytes(out)


def urlencode_asp(text):
    """Server.URLEncode with Session.CodePage = 1258: cp1258 bytes, '+' for space, %XX for everything but A-Z a-z 0-9."""
    out = []
    for b in cp1258(text):
        c = chr(b)
        if c.isascii() and c.isalnum():
            out.append(c)
        elif c == " ":
            out.append("+")
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def cat_raw(name, trang=None):
    return "chuyenmuc.asp?ten=%s%s" % (name, "&amp;trang=%d" % trang if trang else "")


def cat_enc(name, trang=None):
    return "chuyenmuc.asp?ten=%s%s" % (urlencode_asp(name), "&amp;trang=%d" % trang if trang else "")


def vn_time(d, sec):
    h = d.hour % 12 or 12
    return "%02d/%02d/%d %d:%02d:%02d %s" % (d.day, d.month, d.year, h, d.minute, sec, "SA" if d.hour < 12 else "CH")


# ---------------------------------------------------------------- furniture (tables, FrontPage era)
STYLE = "\n".join(".%s{font-family:Arial,Tahoma;font-size:%dpt;color:#%s;text-decoration:none}.%s:hover{color:#%s}" % (
    c, 8 + i % 4, hexd("f", c, n=6), c, hexd("h", c, n=6)) for i, c in enumerate(
    ["menu", "menu2", "tieude", "tieude2", "ngay", "tomtat", "noidung", "chuthich", "tacgia", "khungtrai", "khungphai",
     "boxtitle", "boxtitle2", "tinkhac", "phantrang", "footer", "link", "link2", "marquee", "thoitiet", "giavang",
     "tygia", "lichngay", "lichthang", "bando", "quangcao", "thongbao", "hotline", "dangnhap", "timkiem"]))
LINKS = ["Báo Nhân Dân", "Tạp chí Cộng sản", "Ban Tuyên giáo Trung ương", "Báo Điện tử Đảng Cộng sản Việt Nam",
         "Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam", "Báo Quân đội nhân dân", "Báo Lao động", "Báo Tuổi trẻ",
         "Báo Thanh niên", "Cổng TTĐT tỉnh Phú Khánh", "Báo Phú Khánh", "Đài PT-TH Phú Khánh", "Tỉnh đoàn Phú Khánh",
         "Hội Nông dân tỉnh", "Sở Văn hóa - Thông tin", "Sở Giáo dục - Đào tạo", "Sở Y tế", "Sở Tài chính",
         "Sở Kế hoạch - Đầu tư", "Sở Nông nghiệp - PTNT", "Sở Thủy sản", "Sở Công nghiệp", "Sở Thương mại - Du lịch"]
TAILIEU = ["Đề cương tuyên truyền kỷ niệm %d năm Ngày thành lập %s" % (y, o) for y, o in [
    (94, "Đảng Cộng sản Việt Nam"), (79, "Quân đội nhân dân Việt Nam"), (70, "Ngành Tuyên giáo"), (49, "Ngày giải phóng tỉnh"),
    (134, "Chủ tịch Hồ Chí Minh (ngày sinh)"), (94, "Mặt trận Dân tộc thống nhất Việt Nam"), (93, "Đoàn TNCS Hồ Chí Minh"),
    (94, "Hội Liên hiệp Phụ nữ Việt Nam"), (94, "Hội Nông dân Việt Nam"), (95, "Công đoàn Việt Nam")]] + [
    "Tài liệu sinh hoạt chi bộ tháng %d/2024" % m for m in range(1, 13)] + [
    "Tài liệu hỏi - đáp về %s" % t for t in ["Quy định số 144-QĐ/TW", "Quy định số 142-QĐ/TW", "Nghị quyết 35-NQ/TW",
                                            "Chỉ thị 24-CT/TW", "Kết luận 21-KL/TW", "Luật Đất đai năm 2024", "Luật Nhà ở năm 2023",
                                            "chuyển đổi số quốc gia"]]
VANBAN = [("%d-%s/TU" % (30 + i, ["NQ", "CT", "KH", "TB", "HD"][i % 5]), "Về %s" % t) for i, t in enumerate(
    ["công tác tuyên truyền năm 2025", "tổ chức Đại hội chi bộ nhiệm kỳ 2025 - 2027", "học tập chuyên đề năm 2025",
     "kiểm điểm, đánh giá, xếp loại tập thể, cá nhân năm 2024", "công tác thông tin đối ngoại", "phát triển đảng viên năm 2025",
     "tăng cường công tác dân vận", "tổ chức Tết Nguyên đán Ất Tỵ 2025", "phòng, chống thiên tai mùa mưa bão",
     "đấu tranh phản bác quan điểm sai trái trên không gian mạng", "bồi dưỡng lý luận chính trị cho đảng viên mới",
     "sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW", "xây dựng xã nông thôn mới kiểu mẫu", "quản lý nhà nước về báo chí",
     "công tác bảo vệ bí mật nhà nước"])]
DHTML = """// Dynamic Drive DHTML menu (c) dynamicdrive.com - modified for Ban Tuyen giao
var menuwidth='165px'; var menubgcolor='#FFF4D6'; var disappeardelay=250; var hidemenu_onclick='yes';
var ie4=document.all; var ns6=document.getElementById&&!document.all;
""" + "\n".join("function dd_%d(e,w){ if(window.event) event.cancelBubble=true; else if(e.stopPropagation) e.stopPropagation(); "
                 "var m=document.getElementById('dd_%d'); if(!m) return; m.style.width=w||menuwidth; m.style.visibility='visible'; "
                 "clearhidemenu(); return clickreturnvalue(); }" % (i, i) for i in range(28)) + """
function clearhidemenu(){ if(typeof delayhide!='undefined') clearTimeout(delayhide); }
function clickreturnvalue(){ if(ie4||ns6) return false; else return true; }
"""
WEATHER = [(d, 24 + i % 5, 29 + i % 4, ["Nắng", "Có mây", "Mưa rào", "Nắng nhẹ"][i % 4]) for i, d in enumerate(DISTRICTS + ["Nha Trang", "Sơn Hòa", "Khánh Vĩnh", "Khánh Sơn"])]


def page_html(req, title, center, crumbs=None):
    left = ['<table width="180" cellpadding="0" cellspacing="0" border="0" class="khungtrai">',
            '<tr><td class="boxtitle" background="images/bg_title.gif" height="26">&nbsp;CHUYÊN MỤC</td></tr>']
    for n, _, _ in TOP:         # hand-written: the name goes into the href as it is stored (raw bytes)
        left.append('<tr><td class="menu2" height="22">&nbsp;<img src="images/arrow.gif" width="7" height="7">&nbsp;'
                    '<a class="menu2" href="%s">%s</a></td></tr>' % (cat_raw(n), esc(n)))
    left.append('<tr><td class="menu2" height="22">&nbsp;<img src="images/arrow.gif" width="7" height="7">&nbsp;'
                '<a class="menu2" href="%s"><b>%s</b></a></td></tr>' % (cat_raw(PARENT), esc(PARENT)))
    for s in SUBS:
        left.append('<tr><td class="menu2" height="20">&nbsp;&nbsp;&nbsp;&nbsp;- <a class="menu2" href="%s">%s</a></td></tr>'
                    % (cat_raw(s), esc(s.replace("Cơ sở ", ""))))
    left.append('<tr><td height="8"></td></tr><tr><td class="boxtitle">&nbsp;XEM TIN THEO NGÀY</td></tr><tr><td>')
    left.append(mini_calendar())
    left.append('</td></tr><tr><td class="boxtitle">&nbsp;LIÊN KẾT WEBSITE</td></tr>')
    for w in LINKS:
        left.append('<tr><td class="link" height="20">&nbsp;&raquo; <a class="link" href="http://www.%s.example/" target="_blank">%s</a></td></tr>'
                    % (slugify(w).replace("-", ""), esc(w)))
    left.append('<tr><td class="boxtitle">&nbsp;TÀI LIỆU TUYÊN TRUYỀN</td></tr>')
    for i, t in enumerate(TAILIEU):
        left.append('<tr><td class="link2" style="padding:2px 4px">&bull; <a class="link2" href="upload/tailieu/tl_%03d.pdf" target="_blank">%s</a></td></tr>' % (i + 1, esc(t)))
    left.append('<tr><td class="boxtitle">&nbsp;THỐNG KÊ TRUY CẬP</td></tr><tr><td class="ngay">Đang xem: 23<br>Tổng lượt: 2.904.115</td></tr></table>')
    right = ['<table width="200" cellpadding="0" cellspacing="0" border="0" class="khungphai">',
             '<tr><td class="boxtitle2">&nbsp;TIN XEM NHIỀU</td></tr>']
    for a in BY_VIEWS[:8]:
        right.append('<tr><td class="tinkhac" style="padding:3px">&raquo; <a class="tinkhac" href="xemtin.asp?id=%d">%s</a></td></tr>' % (a["id"], esc(a["title"])))
    right.append('<tr><td class="boxtitle2">&nbsp;VĂN BẢN MỚI</td></tr>')
    for so, ve in VANBAN:
        right.append('<tr><td class="tinkhac" style="padding:3px"><a class="tinkhac" href="upload/vanban/%s.doc">Số %s</a><br>%s</td></tr>' % (
            so.replace("/", "-"), so, esc(ve)))
    right.append('<tr><td class="boxtitle2">&nbsp;THỜI TIẾT</td></tr><tr><td><table width="100%" class="thoitiet" border="1" cellspacing="0" bordercolor="#CCCCCC">')
    right.append("<tr><th>Địa phương</th><th>Nhiệt độ</th><th>Trời</th></tr>")
    for d, lo, hi, sky in WEATHER:
        right.append("<tr><td>%s</td><td>%d - %d°C</td><td>%s</td></tr>" % (esc(d), lo, hi, sky))
    right.append('</table></td></tr><tr><td class="boxtitle2">&nbsp;GIÁ VÀNG - TỶ GIÁ</td></tr><tr><td><table width="100%" class="giavang" border="1" cellspacing="0">')
    for i, (k, v) in enumerate([("Vàng SJC", "84.500"), ("Vàng 9999", "83.200"), ("USD", "25.345"), ("EUR", "26.880"), ("JPY", "167,5"), ("CNY", "3.480")]):
        right.append("<tr><td>%s</td><td align=right>%s</td></tr>" % (k, v))
    right.append("</table></td></tr>")
    right.append('<tr><td class="boxtitle2">&nbsp;QUẢNG CÁO</td></tr>' + "".join(
        '<tr><td><a href="http://qc%d.phukhanh.example/" target="_blank"><img src="images/qc/qc%d.jpg" width="195" border="0"></a></td></tr>' % (i, i)
        for i in range(6)) + "</table>")
    d = NOW
    top = ['<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#B30000"><tr>']
    top.append('<td class="menu" height="28">&nbsp;<a class="menu" href="default.asp">TRANG CHỦ</a>')
    for n, _, _ in TOP:         # Server.URLEncode
        top.append(' | <a class="menu" href="%s">%s</a>' % (cat_enc(n), esc(n.upper())))
    top.append(' | <a class="menu" href="%s">%s</a></td>' % (cat_enc(PARENT), esc(PARENT.upper())))
    top.append('<td align="right" class="menu"><form name="frmTim" method="get" action="timkiem.asp" style="margin:0">'
               '<input type="text" name="tukhoa" size="18" class="timkiem"> <input type="submit" value="Tìm"></form></td></tr></table>')
    bc = ""
    if crumbs:
        bc = '<table width="100%"><tr><td class="ngay">&nbsp;<a href="default.asp">Trang chủ</a>' + "".join(
            " &raquo; " + (('<a href="%s">%s</a>' % (h, esc(t))) if h else esc(t)) for h, t in crumbs) + "</td></tr></table>"
    html = """<html>
<head>
<title>%s</title>
<meta http-equiv="Content-Language" content="vi">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="Ban Tuyên giáo, Tỉnh ủy Phú Khánh, tuyên truyền, học tập và làm theo Bác">
<link rel="stylesheet" type="text/css" href="css/style.css">
<style type="text/css">
%s
</style>
<script language="JavaScript" type="text/javascript">
<!--
function MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }
function inbai(id) { MM_openBrWindow('inbai.asp?id=' + id, 'inbai', 'width=720,height=600,scrollbars=yes'); }
%s
function dongho() { var d = new Date(); document.getElementById('dongho').innerHTML = d.toLocaleTimeString(); setTimeout('dongho()', 1000); }
//-->
</script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#F2F2F2" onload="dongho()">
<a name="top"></a>
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner_tuyengiao.jpg" width="980" height="140" alt="%s" border="0"></td></tr>
<tr><td colspan="3">%s</td></tr>
<tr><td colspan="3" class="ngay" height="22" bgcolor="#FFF4D6">&nbsp;%s, ngày %d tháng %d năm %d &nbsp; <span id="dongho"></span>
&nbsp;|&nbsp; <marquee width="620" scrollamount="2" class="marquee">%s</marquee></td></tr>
<tr>
<td width="180" valign="top">%s</td>
<td width="600" valign="top" style="padding:6px">%s%s</td>
<td width="200" valign="top">%s</td>
</tr>
<tr><td colspan="3" class="footer" align="center" bgcolor="#B30000" style="color:#fff;padding:8px">
BAN TUYÊN GIÁO TỈNH ỦY PHÚ KHÁNH<br>Địa chỉ: 12 đường Lê Thánh Tôn, thị xã Nha Trang - Điện thoại: (058) 822.xxx - Fax: (058) 822.xxx<br>
Giấy phép số 112/GP-BVHTT cấp ngày 15/6/2006. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br>
<a href="dangnhap.asp" style="color:#fff">Quản trị</a> | <a href="lienhe.asp" style="color:#fff">Liên hệ</a> |
Thiết kế bởi Trung tâm Tin học - Sở Bưu chính Viễn thông</td></tr>
</table>
</body>
</html>""" % (esc(title), STYLE, DHTML, esc(SITE_NAME), "".join(top), THU[d.weekday()], d.day, d.month, d.year,
              " &nbsp;&nbsp;•&nbsp;&nbsp; ".join('<a href="XemTin.asp?ID=%d">%s</a>' % (a["id"], esc(a["title"])) for a in ARTS[:5]),
              "\n".join(left), bc, center, "\n".join(right))
    return html


def mini_calendar():
    d = NOW
    first = d.replace(day=1)
    out = ['<table class="lichthang" width="176" border="0" cellspacing="1"><tr><td colspan="7" align="center">'
           '<a href="tintheongay.asp?ngay=01/%02d/%d">&laquo;</a> Tháng %d/%d</td></tr>' % ((d.month - 2) % 12 + 1, d.year, d.month, d.year),
           "<tr><td>T2</td><td>T3</td><td>T4</td><td>T5</td><td>T6</td><td>T7</td><td>CN</td></tr><tr>"]
    out.append("<td></td>" * first.weekday())
    day = first
    while day.month == d.month:
        out.append('<td class="lichngay"><a href="tintheongay.asp?ngay=%02d/%02d/%d">%d</a></td>' % (day.day, day.month, day.year, day.day))
        if day.weekday() == 6:
            out.append("</tr><tr>")
        day += _dt.timedelta(days=1)
    out.append("</tr></table>")
    return "".join(out)


def item_row(a):
    return ('<table width="100%%" cellpadding="3" cellspacing="0" border="0" style="border-bottom:1px dotted #ccc"><tr>'
            '<td width="110" valign="top"><a href="xemtin.asp?id=%d"><img src="upload/anh/%d_nho.jpg" width="100" height="75" border="0"></a></td>'
            '<td valign="top"><a class="tieude" href="xemtin.asp?id=%d"><b>%s</b></a> <span class="ngay">(%s)</span><br>'
            '<span class="tomtat">%s</span></td></tr></table>' % (a["id"], a["id"], a["id"], esc(a["title"]),
                                                                 a["date"].strftime("%d/%m/%Y"), esc(a["sapo"])))


def out(html, status=200):
    return Out(cp1258(html), status, "text/html; Charset=windows-1258",
               [("Set-Cookie", "ASPSESSIONIDQQRTCBSA=FJNBKPLDMHGKCNAEOIPBGLAK; path=/"), ("Cache-control", "private")])


def home(req):
    c = ['<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="boxtitle">&nbsp;TIN MỚI NHẤT</td></tr></table>']
    a = ARTS[0]
    c.append('<table width="100%%" cellpadding="4"><tr><td width="260" valign="top"><a href="xemtin.asp?id=%d"><img src="upload/anh/%d.jpg" width="250" border="0"></a></td>'
             '<td valign="top"><a class="tieude" href="xemtin.asp?id=%d"><b>%s</b></a><br><span class="tomtat">%s</span></td></tr></table>'
             % (a["id"], a["id"], a["id"], esc(a["title"]), esc(a["sapo"])))
    c.append("<ul>" + "".join('<li><a class="tieude2" href="xemtin.asp?id=%d">%s</a> <span class="ngay">(%s)</span></li>'
                              % (x["id"], esc(x["title"]), x["date"].strftime("%d/%m")) for x in ARTS[1:8]) + "</ul>")
    for n, _, _ in TOP:
        items = BY_CAT[n][:3]
        c.append('<table width="100%%" cellpadding="0" cellspacing="0"><tr><td class="boxtitle">&nbsp;%s</td>'
                 '<td align="right" class="boxtitle"><a href="%s">Xem tiếp &raquo;</a>&nbsp;</td></tr></table>' % (esc(n.upper()), cat_enc(n)))
        c += [item_row(x) for x in items]
    c.append('<table width="100%%" cellpadding="0" cellspacing="0"><tr><td class="boxtitle">&nbsp;<a href="%s">TIN CƠ SỞ</a></td></tr></table>' % cat_raw(PARENT))
    c += [item_row(x) for x in SUB_ARTS[:4]]
    return out(page_html(req, SITE_NAME, "\n".join(c)))


def pager(name, page, pages):
    if pages <= 1:
        return ""
    parts = ['<table width="100%"><tr><td class="phantrang" align="center">Trang: ']
    for n in range(1, pages + 1):
        parts.append("<b>[%d]</b> " % n if n == page else '<a href="%s">%d</a> ' % (cat_enc(name, n), n))
    if page < pages:
        parts.append('<a href="%s">Sau &raquo;</a>' % cat_enc(name, page + 1))
    parts.append("</td></tr></table>")
    return "".join(parts)


def category(req, name, page):
    if name == PARENT:
        c = ['<table width="100%%"><tr><td class="boxtitle">&nbsp;%s</td></tr></table>' % esc(PARENT.upper())]
        c.append('<p class="noidung">Các huyện, thị: ' + " | ".join('<a href="%s">%s</a>' % (cat_raw(s), esc(s.replace("Cơ sở ", "")))
                                                                    for s in SUBS) + "</p>")
        c += [item_row(x) for x in SUB_ARTS[:6]]
        return out(page_html(req, PARENT + " - " + SITE_NAME, "\n".join(c), [(None, PARENT)]))
    items = BY_CAT[name]
    pages = max(1, _math.ceil(len(items) / PAGE))
    c = ['<table width="100%%"><tr><td class="boxtitle">&nbsp;%s</td></tr></table>' % esc(name.upper())]
    chunk = items[(page - 1) * PAGE:page * PAGE]
    if not chunk:
        c.append('<p class="thongbao">Chưa có tin trong chuyên mục này.</p>')
    c += [item_row(x) for x in chunk]
    c.append(pager(name, page, pages))
    crumbs = [(cat_raw(PARENT), PARENT), (None, name.replace("Cơ sở ", ""))] if name in SUBS else [(None, name)]
    return out(page_html(req, name + " - " + SITE_NAME, "\n".join(c), crumbs))


def no_category(req, shown):
    c = ('<table width="100%%"><tr><td class="boxtitle">&nbsp;THÔNG BÁO</td></tr></table>'
         '<p class="thongbao">Chuyên mục &quot;%s&quot; không tồn tại hoặc đã bị xóa.</p><p><a href="default.asp">Về trang chủ</a></p>' % esc(shown))
    return out(page_html(req, "Thông báo - " + SITE_NAME, c))


def article(req, a, printable=False):
    sec = int(a["id"]) % 60
    body = ["<p class=\"noidung\" align=\"justify\">%s</p>" % esc(x) for x in a["paras"][:2]]
    body.append('<table align="center" width="420" cellpadding="2" cellspacing="0" border="0"><tr><td><img src="upload/anh/%d.jpg" width="420" border="0"></td></tr>'
                '<tr><td class="chuthich" align="center"><i>%s</i></td></tr></table>' % (a["id"], esc(a["caption"])))
    body += ["<p class=\"noidung\" align=\"justify\">%s</p>" % esc(x) for x in a["paras"][2:]]
    body.append('<p class="tacgia" align="right"><b>%s</b></p>' % esc(a["author"]))
    if printable:
        html = """<html><head><title>%s</title><link rel="stylesheet" href="css/print.css"></head>
<body onload="window.print()"><table width="680" align="center"><tr><td><img src="images/logo_in.gif"><hr>
<h2 class="tieude">%s</h2><p class="ngay">Cập nhật: %s</p><p class="tomtat"><b>%s</b></p>%s<hr>
<p class="ngay">Nguồn: Ban Tuyên giáo Tỉnh ủy Phú Khánh</p></td></tr></table></body></html>""" % (
            esc(a["title"]), esc(a["title"]), vn_time(a["date"], sec), esc(a["sapo"]), "\n".join(body))
        return out(html)
    cat = a["cat"]
    section = SUB_ARTS if cat in SUBS else BY_CAT[cat]      # SELECT TOP 5 … WHERE MaMuc = <top-level section>
    older = [x for x in section if x is not a][:5]
    c = ['<table width="100%" cellpadding="4" cellspacing="0"><tr><td>',
         '<span class="tieude" style="font-size:14pt"><b>%s</b></span><br>' % esc(a["title"]),
         '<span class="ngay">Cập nhật: %s &nbsp;|&nbsp; Lượt xem: %d</span>' % (vn_time(a["date"], sec), a["views"]),
         '<p class="tomtat" align="justify"><b>%s</b></p>' % esc(a["sapo"])] + body
    c.append('<p class="ngay">Từ khóa: ' + ", ".join(esc(t) for t in a["tags"]) + "</p>")
    c.append('<p align="right" class="ngay"><a href="javascript:inbai(%d)"><img src="images/print.gif" border="0"> In bài</a> &nbsp; '
             '<a href="javascript:void(0)" onclick="MM_openBrWindow(\'guibai.asp?id=%d\',\'gui\',\'width=420,height=300\')">Gửi bài</a> &nbsp; '
             '<a href="#top">Về đầu trang</a></p>' % (a["id"], a["id"]))
    c.append('</td></tr></table><table width="100%"><tr><td class="boxtitle">&nbsp;CÁC TIN MỚI KHÁC</td></tr></table><ul>')
    c += ['<li><a class="tinkhac" href="xemtin.asp?id=%d">%s</a> <span class="ngay">(%s)</span></li>' % (
        x["id"], esc(x["title"]), x["date"].strftime("%d/%m/%Y")) for x in older]
    c.append("</ul>")
    crumbs = [(cat_raw(PARENT), PARENT), (cat_raw(cat), cat.replace("Cơ sở ", ""))] if cat in SUBS else [(cat_raw(cat), cat)]
    return out(page_html(req, a["title"], "\n".join(c), crumbs))


def day_page(req, raw):
    try:
        d = _dt.datetime.strptime(raw, "%d/%m/%Y")
    except ValueError:
        d = NOW.replace(hour=0, minute=0)
    items = [a for a in ARTS if a["date"].date() == d.date()]
    prev, nxt = d - _dt.timedelta(days=1), d + _dt.timedelta(days=1)
    c = ['<table width="100%%"><tr><td class="boxtitle">&nbsp;TIN NGÀY %s</td></tr></table>' % d.strftime("%d/%m/%Y")]
    c += [item_row(x) for x in items] or ['<p class="thongbao">Không có tin trong ngày này.</p>']
    c.append('<p align="center"><a href="tintheongay.asp?ngay=%s">&laquo; Ngày trước</a> | <a href="tintheongay.asp?ngay=%s">Ngày sau &raquo;</a></p>'
             % (prev.strftime("%d/%m/%Y"), nxt.strftime("%d/%m/%Y")))
    return out(page_html(req, "Tin theo ngày - " + SITE_NAME, "\n".join(c)))


def param(req, name):
    """Request.QueryString(name) with Session.CodePage = 1258 (key case-insensitive)."""
    for k, v in req.qs_bytes():
        if k.decode("latin-1").lower() == name:
            return _ud.normalize("NFC", v.decode("cp1258", "replace"))
    return None


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /_vti_bin/
Disallow: /timkiem.asp
Disallow: /dangnhap.asp
"""
PIXEL = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
IIS404 = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<HTML><HEAD><TITLE>The page cannot be found</TITLE></HEAD><BODY><h1>The page cannot be found</h1>
The page you are looking for might have been removed, had its name changed, or is temporarily unavailable.
<hr><p>HTTP Error 404 - File or directory not found.<br>Internet Information Services (IIS)</p></BODY></HTML>"""


def handle(req):
    p = req.path.lower()
    if p in ("/", "/default.asp"):
        return home(req)
    if p == "/robots.txt":
        return Out(ROBOTS, ctype="text/plain")
    if p == "/chuyenmuc.asp":
        name = param(req, "ten") or ""
        t = param(req, "trang") or "1"
        page = int(t) if t.isdigit() and int(t) > 0 else 1
        if name in BY_CAT or name == PARENT:
            if name == SLOW_CAT and page == 3:
                req.sleep(1.3)          # the old Access/MSSQL query behind page 3 is slow
            return category(req, name, page)
        return no_category(req, name)
    if p in ("/xemtin.asp", "/inbai.asp"):
        i = param(req, "id") or ""
        a = BY_ID.get(int(i)) if i.isdigit() else None
        if not a:
            return out(page_html(req, SITE_NAME, '<p class="thongbao">Tin này không tồn tại hoặc đã bị gỡ bỏ.</p>'))
        return article(req, a, printable=p == "/inbai.asp")
    if p == "/tintheongay.asp":
        return day_page(req, param(req, "ngay") or "")
    if p == "/timkiem.asp":
        return out(page_html(req, "Tìm kiếm", '<p class="thongbao">Không tìm thấy tin nào phù hợp với từ khóa.</p>'))
    if p in ("/lienhe.asp", "/guibai.asp", "/dangnhap.asp"):
        return out(page_html(req, SITE_NAME, '<p class="noidung">Mọi ý kiến đóng góp xin gửi về: tuyengiao@phukhanh.example</p>'))
    if p.startswith(("/images/", "/upload/")):
        return Out(PIXEL, ctype="image/gif")
    if p.startswith("/css/"):
        return Out("", ctype="text/css")
    return Out(IIS404, 404, "text/html")


app = make_app(handle, [("Server", "Microsoft-IIS/6.0"), ("X-Powered-By", "ASP.NET")])


def _listing_url(name, trang=None):
    return "/chuyenmuc.asp?ten=%s%s" % (urlencode_asp(name), "&trang=%d" % trang if trang else "")


MANIFEST = {
    "family": "Classic ASP 3.0 on IIS 6 (Ban Tuyên giáo Tỉnh ủy Phú Khánh, 2006 FrontPage-era tables): windows-1258 "
              "declared only in the HTTP header; category pages keyed by their Vietnamese name in the query string, "
              "written raw (cp1258 bytes) or Server.URLEncode'd",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": ["/XemTin.asp?ID=%d" % a["id"], "/inbai.asp?id=%d" % a["id"]]}
                 for a in ARTS},
    "robots_disallowed": ["/admin/", "/_vti_bin/", "/timkiem.asp", "/dangnhap.asp"],
    "trap_prefixes": ["/tintheongay.asp"],
    "only_via": {},
    "slow": [_listing_url(SLOW_CAT, 3)],
    "notes": (
        "Every HTML page is windows-1258 with the charset ONLY in the HTTP header ('Content-Type: text/html; "
        "Charset=windows-1258'; no <meta charset>); Vietnamese letters are stored as in code page 1258 (precomposed "
        "where the code page has them, else base letter + combining tone byte: decoded text needs NFC). Articles "
        "/xemtin.asp?id=<id> (ASCII; no canonical tags anywhere). Categories are keyed by NAME: "
        "/chuyenmuc.asp?ten=<name>[&trang=N] (6 per page, 'Trang: 1 [2] 3 Sau »'). The top menu, the home page's 'Xem "
        "tiếp »' and every pager link use Server.URLEncode with code page 1258 (e.g. 'Xây dựng Đảng' -> "
        "ten=X%E2y+d%FD%F2ng+%D0a%D2ng, '-' as %2D); the left menu, the 'Tin cơ sở' page and the breadcrumbs write the "
        "name RAW inside the href (cp1258 bytes, spaces included), which a browser sends percent-encoded in the "
        "document's encoding (WHATWG: query of a non-UTF-8 document) -> the same bytes. The eight district "
        "sub-categories 'Cơ sở <huyện>' (NSUB articles) are linked ONLY raw (left menu, 'Tin cơ sở' page, breadcrumbs; "
        "their own pager is URLEncode'd). The server decodes the query as windows-1258 (+NFC): a name sent in UTF-8, "
        "or %XX re-quoted through a UTF-8 decoder (%EF%BF%BD), matches nothing and answers 200 'Chuyên mục … không tồn "
        "tại hoặc đã bị xóa' (soft error page). Without the listings a crawler reaches only the home boxes, 'Tin xem "
        "nhiều' and the newest five of each section (see 'Các tin mới khác'). Aliases: /XemTin.asp?ID=<id> (marquee "
        "'Tin nổi bật'; ASP is case-insensitive; 200) and /inbai.asp?id=<id> (print popup via javascript:inbai(id) -> "
        "window.open; 200). Keywords are plain text. 'Các tin mới khác' under an article = the newest 5 of its top-level section (for the district pages: of 'Tin cơ sở' as a whole), so older articles are reachable only through the listings. Trap: 'Xem tin theo ngày' "
        "/tintheongay.asp?ngay=dd/mm/yyyy with '« Ngày trước | Ngày sau »' forever. Unknown id: 200 'Tin này không "
        "tồn tại'; unknown path: IIS 404. Search timkiem.asp and dangnhap.asp robots-disallowed. Page 3 of 'Thời sự' answers after 1.3 s. No sitemap.").replace("NSUB", str(len(SUB_ARTS))),
}
SELFTEST = [
    {"path": _listing_url("Xây dựng Đảng"), "status": 200, "contains": BY_CAT["Xây dựng Đảng"][0]["title"]},
    {"path": "/chuyenmuc.asp?ten=X%E2y%20d%FD%F2ng%20%D0a%D2ng&trang=2", "status": 200, "contains": BY_CAT["Xây dựng Đảng"][PAGE]["title"]},
    {"path": "/chuyenmuc.asp?ten=" + _quote("Xây dựng Đảng".encode("utf-8")), "status": 200, "contains": "không tồn tại"},
    {"path": "/chuyenmuc.asp?ten=X%EF%BF%BDy+d%EF%BF%BDng", "status": 200, "contains": "không tồn tại"},
    {"path": _listing_url(SUBS[4]), "status": 200, "contains": BY_CAT[SUBS[4]][0]["title"]},
    {"path": "/xemtin.asp?id=1", "status": 200, "contains": "không tồn tại"},
    {"path": "/khongco.asp", "status": 404},
    {"path": "/tintheongay.asp?ngay=01/01/1999", "status": 200, "contains": "Ngày sau"},
]
SUMMARY = {
    "chains": ["/ -> top menu / 'Xem tiếp »' chuyenmuc.asp?ten=<URLEncode cp1258> -> pager &trang=N (URLEncode)",
               "left menu / breadcrumbs: chuyenmuc.asp?ten=<raw cp1258 bytes> (the only links to the 8 district sub-categories)"],
    "alias_kinds": ["Title-Case /XemTin.asp?ID= (200)", "print /inbai.asp?id= via javascript:window.open (200)"],
    "quirks": ["windows-1258 only in the HTTP header", "combining tone bytes", "category names in the query (cp1258)",
               "raw non-ASCII hrefs", "Server.URLEncode '+' and %2D", "soft 'không tồn tại' pages",
               "no canonical", "day-archive trap", "slow listing page", "AM/PM 'SA'/'CH' times"],
}
