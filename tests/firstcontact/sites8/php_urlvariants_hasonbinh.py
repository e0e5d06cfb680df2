"""Set 8, site A: custom PHP 5 CMS (Apache + mod_rewrite) of the made-up Đảng bộ tỉnh Hà Sơn Bình.

Main difficulty: URL VARIANTS.  Every article is linked under many spellings from different blocks (tracking
tails, Title-Case path, trailing slash, non-rewritten index.php, a double-escaped '&amp;amp;' widget, PHP trans-sid,
print / mobile / AMP views, a 301 short link, 301 stale slugs, '#binh-luan' fragments, absolute and protocol-relative
links).  All 200 variants carry <link rel=canonical> to the one canonical path; every spelling maps to ONE manifest
article and none of them is an extra article."""
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

SID = "k3v9q1m0a7c2e5g8i4o6u1s3d0"          # the replica's PHP always hands out this session id
UTM = "utm_source=facebook&utm_medium=social&utm_campaign=chia-se"
SITE_NAME = "Cổng Thông tin điện tử Đảng bộ tỉnh Hà Sơn Bình"
PAGE = 8
M_PAGE = 10
CATS = [("thoi-su", "Thời sự", 4, "news"), ("xay-dung-dang", "Xây dựng Đảng", 4, "party"),
        ("chinh-quyen-doan-the", "Chính quyền - Đoàn thể", 2, "news"), ("kinh-te", "Kinh tế", 3, "econ"),
        ("van-hoa-xa-hoi", "Văn hóa - Xã hội", 2, "soc"), ("quoc-phong-an-ninh", "Quốc phòng - An ninh", 1, "def"),
        ("tin-co-so", "Tin cơ sở", 2, "party")]
CAT_NAME = {k: n for k, n, _, _ in CATS}
DISTRICTS = ["Ba Vì", "Phúc Thọ", "Thạch Thất", "Quốc Oai", "Chương Mỹ", "Thanh Oai", "Ứng Hòa", "Mỹ Đức",
             "Phú Xuyên", "Thường Tín", "Kỳ Sơn", "Lương Sơn", "Kim Bôi", "Lạc Thủy", "Mai Châu", "Tân Lạc"]
COMMUNES = ["Tản Lĩnh", "Vân Hòa", "Hương Sơn", "Phù Lưu Tế", "Cao Dương", "Đông Xuân", "Tiến Xuân", "Hợp Thanh",
            "Bình Đà", "Tân Hòa", "Cư Yên", "Phú Nghĩa"]
NR = Newsroom(8101, 96, [(k, w, kind) for k, _, w, kind in CATS], "Hà Sơn Bình", DISTRICTS, COMMUNES,
              id_start=20300, id_step=13, tag="HSB")
ARTS = NR.arts
BY_ID = {a["id"]: a for a in ARTS}
for _a in ARTS:
    _a["slug"] = slugify(_a["title"], 90)
    _a["tslug"] = title_slug(_a["title"])[:len(_a["slug"])]
    _a["path"] = "/tin-tuc/%s-%d.html" % (_a["slug"], _a["id"])
    _a["fb"] = "IwAR" + hexd("fbclid", _a["id"], n=40).replace("a", "Z").replace("e", "_")[:32] + "Qx7"
BY_CAT = {k: [a for a in ARTS if a["cat"] == k] for k, _, _, _ in CATS}
BY_VIEWS = sorted(ARTS, key=lambda a: (-a["views"], a["id"]))
TIEU_DIEM = ARTS[:5]
SU_KIEN = [a for a in BY_VIEWS if a not in TIEU_DIEM][8:14]
DOC_NHIEU = BY_VIEWS[:8]
TIN_MOI = ARTS[:8]
TAGS = {}
for _a in ARTS:
    for _t in _a["tags"]:
        TAGS.setdefault(slugify(_t), (_t, []))[1].append(_a)


def related(a):
    same = BY_CAT[a["cat"]]
    i = same.index(a)
    near = sorted((x for x in same if x is not a), key=lambda x: abs(same.index(x) - i))
    return near[:4]


def others(a):
    same = BY_CAT[a["cat"]]
    i = same.index(a)
    out = same[i + 1:i + 7]
    if len(out) < 6:
        out += [x for x in same[:i][::-1] if x not in out][:6 - len(out)]
    return out


def thread(a):
    t = a["tags"][0]
    return [x for x in TAGS[slugify(t)][1] if x is not a][:3]


# stale slugs: 14 articles whose title was edited after publication; 'Dòng sự kiện' still links the old slug
_linked_in_thread = []
for _a in ARTS:
    for _x in thread(_a):
        if _x not in _linked_in_thread:
            _linked_in_thread.append(_x)
for _n, _a in enumerate(_linked_in_thread[3:80:5][:14]):
    _a["old_slug"] = slugify(["Ảnh", "Clip", "Bản tin", "Trực tiếp"][_n % 4] + " " + _a["title"], 90)


def variants(a):
    p = a["path"]
    out = ["/Tin-Tuc/%s-%d.html" % (a["tslug"], a["id"]), p + "/",
           "/index.php?mod=news&op=detail&id=%d" % a["id"], "/index.php?mod=news&amp;op=detail&amp;id=%d" % a["id"],
           p + "?" + UTM, p + "?fbclid=" + a["fb"], p + "?PHPSESSID=" + SID,
           "/index.php?mod=news&op=print&id=%d" % a["id"], "/m" + p, "/amp" + p, "/t/%d" % a["id"]]
    if a.get("old_slug"):
        out.append("/tin-tuc/%s-%d.html" % (a["old_slug"], a["id"]))
    return out


# ---------------------------------------------------------------- page furniture
def date_long(d):
    return "%s, %02d/%02d/%d - %02d:%02d" % (THU[d.weekday()], d.day, d.month, d.year, d.hour, d.minute)


def date_short(d):
    return "%02d/%02d/%d %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute)


_CSS = []
for _i, _sel in enumerate(["#wrapper", "#header", ".topbar", ".topbar a", "#logo", ".banner", "#nav", "#nav > li",
                           "#nav > li > a", "#nav .mega", "#nav .mega .col", "#nav .mega h4", "#nav .mega a",
                           ".breadcrumb", ".box-news", ".box-news .title", ".box-news .item", ".news-item",
                           ".news-item .thumb", ".news-item h3", ".news-item .sapo", ".news-item .meta", ".pager",
                           ".pager a", ".pager .active", ".sidebar", ".sidebar .box", ".sidebar h3", ".sidebar li",
                           ".detail h1", ".detail .meta", ".detail .toolbar", ".detail .sapo", ".detail .content p",
                           ".detail figure", ".detail figcaption", ".detail .author", ".tags a", ".related li",
                           ".comment-form", ".comment-form textarea", "#footer", "#footer .col", "#footer a",
                           ".poll", ".poll label", ".weblinks select", ".hotline", ".slider", ".slider .slide"]):
    _CSS.append("%s{margin:%dpx %dpx;padding:%dpx %dpx;font-size:%dpx;line-height:1.%d;color:#%s;background:#%s;"
                "border-bottom:1px solid #%s;}" % (_sel, _i % 7, _i % 5, 3 + _i % 9, 4 + _i % 6, 12 + _i % 6, 3 + _i % 6,
                                                   hexd("c", _i, n=6), hexd("b", _i, n=6), hexd("d", _i, n=6)))
    _CSS.append("@media (max-width:%dpx){%s{padding:%dpx;font-size:%dpx}}" % (768 + 8 * (_i % 3), _sel, _i % 4, 12 + _i % 3))
CSS = "\n".join(_CSS)

MEGA = [
    ("Giới thiệu", "/gioi-thieu.html", [
        ("Khái quát", ["Lịch sử Đảng bộ tỉnh", "Điều kiện tự nhiên", "Đơn vị hành chính", "Dân số, dân tộc", "Truyền thống cách mạng"]),
        ("Tổ chức bộ máy", ["Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
                            "Các ban xây dựng Đảng", "Văn phòng Tỉnh ủy", "Trường Chính trị tỉnh", "Báo Hà Sơn Bình"]),
        ("Đảng bộ trực thuộc", ["Đảng bộ huyện " + d for d in DISTRICTS] + ["Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ Khối Doanh nghiệp tỉnh",
                                                                           "Đảng bộ Quân sự tỉnh", "Đảng bộ Công an tỉnh"]),
    ]),
    ("Tin tức", "/chuyen-muc/thoi-su.html", [
        ("Chuyên mục", [n for k, n, _, _ in CATS]),
        ("Chuyên đề", ["Học tập và làm theo Bác", "Đại hội Đảng bộ các cấp", "Bảo vệ nền tảng tư tưởng", "Chuyển đổi số",
                       "Nông thôn mới", "Phòng, chống tham nhũng", "Dân vận khéo", "Gương sáng đảng viên"]),
    ]),
    ("Xây dựng Đảng", "/chuyen-muc/xay-dung-dang.html", [
        ("Lĩnh vực", ["Chính trị", "Tư tưởng", "Tổ chức", "Đạo đức", "Kiểm tra, giám sát", "Dân vận", "Nội chính", "Cải cách tư pháp"]),
        ("Tư liệu", ["Văn kiện Đại hội", "Hỏi đáp nghiệp vụ", "Tài liệu sinh hoạt chi bộ", "Biểu mẫu công tác đảng viên"]),
    ]),
    ("Văn bản", "/van-ban.html", [
        ("Văn bản của Đảng", ["Nghị quyết", "Chỉ thị", "Kết luận", "Quy định", "Quyết định", "Hướng dẫn", "Thông báo", "Kế hoạch"]),
        ("Văn bản Trung ương", ["Điều lệ Đảng", "Văn kiện Đại hội XIII", "Nghị quyết Hội nghị Trung ương", "Quy định của Bộ Chính trị"]),
    ]),
    ("Chính quyền - Đoàn thể", "/chuyen-muc/chinh-quyen-doan-the.html", [
        ("Cơ quan", ["HĐND tỉnh", "UBND tỉnh", "Ủy ban MTTQ tỉnh", "Tỉnh đoàn", "Hội Nông dân", "Hội Phụ nữ", "Hội Cựu chiến binh", "Liên đoàn Lao động"]),
    ]),
    ("Kinh tế - Xã hội", "/chuyen-muc/kinh-te.html", [
        ("Kinh tế", ["Nông nghiệp", "Công nghiệp", "Du lịch", "Đầu tư", "Hạ tầng"]),
        ("Xã hội", ["Giáo dục", "Y tế", "Văn hóa", "An sinh", "Môi trường"]),
    ]),
    ("Multimedia", "/multimedia.html", [
        ("Đa phương tiện", ["Video", "Ảnh", "Infographic", "Podcast", "E-magazine"]),
    ]),
    ("Liên hệ", "/lien-he.html", []),
]
WEBLINKS = ["Cổng TTĐT Chính phủ", "Báo Nhân Dân", "Tạp chí Cộng sản", "Báo Điện tử Đảng Cộng sản Việt Nam",
            "Ban Tuyên giáo Trung ương", "Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương", "Học viện Chính trị quốc gia",
            "Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam", "Truyền hình Việt Nam", "Báo Quân đội nhân dân",
            "Báo Công an nhân dân", "Cổng TTĐT tỉnh", "HĐND tỉnh", "Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
            "Sở Tư pháp", "Sở Công Thương", "Sở Nông nghiệp và PTNT", "Sở Giao thông vận tải", "Sở Xây dựng",
            "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Lao động - TB&XH", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Thanh tra tỉnh", "Ban Dân tộc"]


def mega_menu():
    out = ['<ul id="nav" class="megamenu clearfix">', '<li class="home"><a href="/" title="Trang chủ"><i class="fa fa-home"></i></a></li>']
    for label, href, cols in MEGA:
        out.append('<li class="has-sub"><a href="%s">%s</a>' % (href, esc(label)))
        if cols:
            out.append('<div class="mega"><div class="row">')
            for h, items in cols:
                out.append('<div class="col col-md-%d"><h4>%s</h4><ul>' % (12 // len(cols), esc(h)))
                for it in items:
                    target = None
                    for k, n, _, _ in CATS:
                        if n == it:
                            target = "/chuyen-muc/%s.html" % k
                    out.append('<li><a href="%s" title="%s">%s</a></li>' % (target or href + "#" + slugify(it), esc(it), esc(it)))
                out.append("</ul></div>")
            out.append("</div></div>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


MEGA_HTML = mega_menu()


def head(req, title, canonical=None, extra=""):
    c = '<link rel="canonical" href="%s%s">' % (req.base, canonical) if canonical else ""
    return """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<meta name="description" content="%s">
<meta name="generator" content="HSB-CMS 2.3 (PHP)">
<meta property="og:site_name" content="%s">
<meta property="og:url" content="%s%s">
%s
%s
<link rel="alternate" type="application/rss+xml" title="Tin mới - %s" href="/rss/thoi-su.rss">
<link rel="stylesheet" href="/templates/hsb/css/bootstrap.min.css?v=3.3.7">
<link rel="stylesheet" href="/templates/hsb/css/font-awesome.min.css">
<style type="text/css">
%s
</style>
<script type="text/javascript">
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-1834477-9']); _gaq.push(['_trackPageview']);
(function() { var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
 ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
 var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); })();
</script>
</head>
""" % (esc(title), esc(title), esc(SITE_NAME), req.base, esc(req.path + ("?" + req.qs if req.qs else "")), c, extra,
       esc(SITE_NAME), CSS)


def header_html(req):
    d = NOW
    return """<div id="wrapper" class="container">
<div class="topbar clearfix">
  <span class="today">%s, ngày %02d/%02d/%d</span>
  <ul class="toplinks">
    <li><a href="http://%s/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>
    <li><a href="/m/">Phiên bản di động</a></li><li><a href="/rss.html">RSS</a></li><li><a href="/lien-he.html">Liên hệ</a></li>
  </ul>
  <form class="search" action="/tim-kiem.php" method="get"><input type="text" name="q" placeholder="Nhập từ khóa..."><button type="submit">Tìm</button></form>
</div>
<div id="header"><a id="logo" href="/"><img src="/templates/hsb/images/logo.png" alt="%s"></a>
<div class="banner"><img src="/templates/hsb/images/banner-2024.jpg" alt="Chào mừng Đại hội Đảng bộ các cấp"></div></div>
%s
<div class="ticker"><b>Tin nóng:</b> <marquee scrollamount="3">%s</marquee></div>
""" % (THU[d.weekday()], d.day, d.month, d.year, req.host, esc(SITE_NAME), MEGA_HTML,
       " &nbsp;•&nbsp; ".join(esc(a["title"]) for a in ARTS[:4]))


def sidebar(req):
    out = ['<div class="sidebar col-md-4">']
    out.append('<div class="box hotline"><h3>Đường dây nóng</h3><p>Văn phòng Tỉnh ủy: 0221.3851.xxx</p></div>')
    out.append('<div class="box tin-moi"><h3><span>Tin mới</span></h3><ul>')
    for a in TIN_MOI:     # widget output escaped twice: href="…&amp;amp;id=…"
        out.append('<li><a href="/index.php?mod=news&amp;amp;op=detail&amp;amp;id=%d">%s</a> <em>(%s)</em></li>'
                   % (a["id"], esc(a["title"]), a["date"].strftime("%d/%m")))
    out.append("</ul></div>")
    out.append('<div class="box doc-nhieu"><h3><span>Đọc nhiều</span></h3><ol>')
    for a in DOC_NHIEU:
        out.append('<li><a href="/Tin-Tuc/%s-%d.html">%s</a> <span class="views">%d lượt xem</span></li>'
                   % (a["tslug"], a["id"], esc(a["title"]), a["views"]))
    out.append("</ol></div>")
    out.append('<div class="box poll"><h3>Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>'
               '<label><input type="radio" name="vote" value="1"> Rất hài lòng</label><label><input type="radio" name="vote" value="2"> Hài lòng</label>'
               '<label><input type="radio" name="vote" value="3"> Chưa hài lòng</label><button type="button" onclick="alert(\'Cảm ơn bạn!\')">Biểu quyết</button></div>')
    out.append('<div class="box weblinks"><h3>Liên kết website</h3><select onchange="if(this.value) window.open(this.value);">'
               '<option value="">-- Chọn liên kết --</option>')
    for i, w in enumerate(WEBLINKS):
        out.append('<option value="https://%s.example/">%s</option>' % (slugify(w), esc(w)))
    out.append("</select>")
    out.append('<div class="banners">' + "".join('<a href="https://%s.example/" target="_blank"><img src="/uploads/banner/%d.jpg" alt="%s"></a>'
                                                 % (slugify(w), i, esc(w)) for i, w in enumerate(WEBLINKS[:10])) + "</div></div>")
    out.append("</div>")
    return "\n".join(out)


def footer(req):
    xdd = BY_CAT["xay-dung-dang"][:4]
    out = ['<div id="footer"><div class="row">', '<div class="col col-md-4"><h4>Tin nổi bật</h4><ul>']
    for a in xdd:       # protocol-relative links (same URL as the canonical)
        out.append('<li><a href="//%s%s">%s</a></li>' % (req.host, a["path"], esc(a["title"])))
    out.append('</ul></div><div class="col col-md-4"><h4>Sơ đồ cổng</h4><ul>')
    for k, n, _, _ in CATS:
        out.append('<li><a href="/Chuyen-Muc/%s.html">%s</a></li>' % (title_slug(n), esc(n)))
    out.append('<li><a href="/van-ban.html">Văn bản</a></li><li><a href="/rss.html">RSS</a></li></ul></div>')
    out.append('<div class="col col-md-4"><h4>Đảng bộ trực thuộc</h4><ul class="cols2">')
    for d in DISTRICTS:
        out.append('<li><a href="https://%s.hasonbinh.example/">Huyện ủy %s</a></li>' % (slugify(d), esc(d)))
    out.append("</ul></div></div>")
    out.append('<div class="copyright"><p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Hà Sơn Bình. Chịu trách nhiệm chính: '
               'Trưởng Ban Tuyên giáo Tỉnh ủy.<br>Địa chỉ: số 2 đường Tô Hiệu, thành phố Hà Đông, tỉnh Hà Sơn Bình. '
               'Điện thoại: 0221.3851.xxx - Email: bbt@hasonbinh.example<br>Giấy phép số 48/GP-TTĐT do Sở Thông tin và '
               'Truyền thông cấp. Ghi rõ nguồn "Cổng TTĐT Đảng bộ tỉnh Hà Sơn Bình" khi phát hành lại thông tin từ website này.</p>'
               '<p class="counter">Đang truy cập: 127 | Tổng lượt truy cập: 18.406.233</p></div></div>')
    out.append("""<script type="text/javascript" src="/templates/hsb/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/templates/hsb/js/bootstrap.min.js"></script>
<script type="text/javascript">
$(function(){ $('#nav > li.has-sub').hover(function(){ $(this).find('.mega').stop(true,true).fadeIn(150); },
  function(){ $(this).find('.mega').stop(true,true).fadeOut(100); });
  $('.fontsize a').click(function(){ var s = parseInt($('.detail .content').css('font-size')) + ($(this).data('d')|0);
  $('.detail .content').css('font-size', s + 'px'); return false; }); });
</script>
</div></body></html>""")
    return "\n".join(out)


def layout(req, title, main, canonical=None, extra_head="", crumbs=()):
    bc = ""
    if crumbs:
        bc = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>' + "".join(
            '<li><a href="%s">%s</a></li>' % (h, esc(t)) for h, t in crumbs) + "</ol>"
    return (head(req, title, canonical, extra_head) + "<body>\n" + header_html(req) + bc +
            '<div class="row main"><div class="col-md-8 content-main">\n' + main + "\n</div>\n" + sidebar(req) +
            "</div>\n" + footer(req))


def thumb(a, w=240):
    return '<img src="/uploads/news/%s/%d_thumb.jpg" width="%d" alt="%s">' % (a["date"].strftime("%Y_%m"), a["id"], w, esc(a["title"]))


def item_html(req, a):
    p = a["path"]
    return ('<div class="news-item clearfix"><a class="thumb" href="%s">%s</a><h3><a href="%s" title="%s">%s</a></h3>'
            '<div class="meta"><span class="date">%s</span> | <a class="cmt" href="%s#binh-luan">Bình luận (%d)</a></div>'
            '<div class="sapo">%s</div><a class="more" href="http://%s%s">Chi tiết &raquo;</a></div>'
            % (p, thumb(a), p, esc(a["title"]), esc(a["title"]), date_short(a["date"]), p, a["comments"],
               esc(a["sapo"]), req.host, p))


# ---------------------------------------------------------------- pages
def home(req):
    main = ['<div class="box-news tieu-diem"><div class="title"><h2>Tiêu điểm</h2></div><div class="row">']
    for n, a in enumerate(TIEU_DIEM):       # links copied from the Facebook fanpage posts: utm tails
        main.append('<div class="%s"><a href="%s?%s">%s</a><h3><a href="%s?%s">%s</a></h3>%s</div>'
                    % ("big col-md-12" if n == 0 else "small col-md-3", a["path"], esc(UTM), thumb(a, 640 if n == 0 else 200),
                       a["path"], esc(UTM), esc(a["title"]), '<div class="sapo">%s</div>' % esc(a["sapo"]) if n == 0 else ""))
    main.append("</div></div>")
    main.append('<div class="box-news su-kien slider"><div class="title"><h2>Sự kiện nổi bật</h2></div>')
    for a in SU_KIEN:
        main.append('<div class="slide"><a href="%s?fbclid=%s">%s<span>%s</span></a></div>' % (a["path"], a["fb"], thumb(a, 300), esc(a["title"])))
    main.append("</div>")
    for k, n, _, _ in CATS:
        items = BY_CAT[k][:5]
        main.append('<div class="box-news cat-%s"><div class="title"><h2><a href="/chuyen-muc/%s.html">%s</a></h2>'
                    '<a class="viewall" href="/chuyen-muc/%s.html">Xem thêm</a></div>' % (k, k, esc(n), k))
        if items:
            a = items[0]
            main.append('<div class="first">%s<h3><a href="%s">%s</a></h3><div class="sapo">%s</div></div><ul>'
                        % (thumb(a), a["path"], esc(a["title"]), esc(a["sapo"])))
            main += ['<li><a href="%s">%s</a></li>' % (x["path"], esc(x["title"])) for x in items[1:]]
            main.append("</ul>")
        main.append("</div>")
    return Out(layout(req, SITE_NAME, "\n".join(main), "/"))


def pager(base, page, pages):
    if pages <= 1:
        return ""
    out = ['<div class="pager">']
    if page > 1:
        out.append('<a href="%s">« Đầu</a><a href="%s?trang=%d">‹</a>' % (base, base, page - 1))
    for n in range(1, pages + 1):
        out.append('<span class="active">%d</span>' % n if n == page else '<a href="%s?trang=%d">%d</a>' % (base, n, n))
    if page < pages:
        out.append('<a href="%s?trang=%d">›</a><a href="%s?trang=%d">Cuối »</a>' % (base, page + 1, base, pages))
    out.append("</div>")
    return "".join(out)


def category(req, k, page):
    items = BY_CAT[k]
    pages = max(1, _math.ceil(len(items) / PAGE))
    if page < 1 or page > pages:
        return not_found(req)
    base = "/chuyen-muc/%s.html" % k
    main = ['<div class="box-news listing"><div class="title"><h1>%s</h1></div>' % esc(CAT_NAME[k])]
    main.append('<div class="filters">Lọc tin: ' + " ".join('<a href="/loc-tin.php?cm=%s&amp;loai=%s">%s</a>' % (k, f, t) for f, t in FILTERS) + "</div>")
    main += [item_html(req, a) for a in items[(page - 1) * PAGE:page * PAGE]]
    main.append(pager(base, page, pages) + "</div>")
    return Out(layout(req, "%s - Trang %d - %s" % (CAT_NAME[k], page, SITE_NAME), "\n".join(main),
                      base + ("?trang=%d" % page if page > 1 else ""),
                      crumbs=[(base + "?trang=1", CAT_NAME[k])]))


FILTERS = [("anh", "Có ảnh"), ("video", "Có video"), ("van-ban", "Có văn bản"), ("tuan-nay", "Tuần này"),
           ("thang-nay", "Tháng này"), ("xem-nhieu", "Xem nhiều")]


def loc_tin(req):
    """Filter combinations: every page offers links adding one more &loai= (endless)."""
    k = req.arg("cm", "thoi-su")
    if k not in CAT_NAME:
        k = "thoi-su"
    cur = "/loc-tin.php?" + req.qs
    main = ['<div class="box-news listing"><div class="title"><h1>Lọc tin: %s</h1></div>' % esc(CAT_NAME[k])]
    main.append('<div class="filters">Lọc thêm: ' + " ".join('<a href="%s&amp;loai=%s">%s</a>' % (esc(cur), f, t) for f, t in FILTERS) + "</div>")
    main += [item_html(req, a) for a in BY_CAT[k][:PAGE]]
    main.append("</div>")
    return Out(layout(req, "Lọc tin - " + SITE_NAME, "\n".join(main)))


def article(req, a, view="full"):
    p = a["path"]
    rel = related(a)
    oth = others(a)
    thr = thread(a)
    sid_links = "PHPSESSID" not in req.cookies
    body = ["<p>%s</p>" % esc(x) for x in a["paras"][:2]]
    body.append('<figure class="image"><img src="/uploads/news/%s/%d_1.jpg" alt="%s"><figcaption>%s</figcaption></figure>'
                % (a["date"].strftime("%Y_%m"), a["id"], esc(a["caption"]), esc(a["caption"])))
    body += ["<p>%s</p>" % esc(x) for x in a["paras"][2:]]
    if a["pdf"]:
        body.append('<p class="attach">Tài liệu đính kèm: <a href="/uploads/van-ban/%d.pdf">Tải về (PDF)</a></p>' % a["id"])
    body.append('<p class="author" style="text-align:right"><strong>%s</strong></p>' % esc(a["author"]))
    if view == "print":
        html = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title>
<link rel="canonical" href="%s%s"><meta name="robots" content="noindex"><style>body{font:15px Arial;margin:20px}</style></head>
<body onload="window.print()"><div class="print"><img src="/templates/hsb/images/logo-print.png" alt=""><h1>%s</h1><p class="date">%s</p>
<p class="sapo"><b>%s</b></p>%s<p class="source">Nguồn: %s%s</p></div></body></html>""" % (
            esc(a["title"]), req.base, p, esc(a["title"]), date_long(a["date"]), esc(a["sapo"]), "\n".join(body), req.base, p)
        return Out(html)
    if view == "amp":
        html = """<!doctype html><html amp lang="vi"><head><meta charset="utf-8"><title>%s</title>
<link rel="canonical" href="%s%s"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.example/v0.js"></script><style amp-custom>body{font-family:Arial}h1{font-size:22px}</style></head>
<body><header><a href="%s/">%s</a></header><article><h1>%s</h1><p class="date">%s</p><p class="sapo"><b>%s</b></p>%s</article>
<footer><a href="%s%s">Xem phiên bản đầy đủ</a></footer></body></html>""" % (
            esc(a["title"]), req.base, p, req.base, esc(SITE_NAME), esc(a["title"]), date_long(a["date"]), esc(a["sapo"]),
            "\n".join(body).replace("<img ", "<amp-img layout=responsive width=640 height=400 "), req.base, p)
        return Out(html)
    if view == "mobile":
        same = [x for x in BY_CAT[a["cat"]] if x is not a][:5]
        html = mobile_shell(req, a["title"], p, """<div class="m-detail"><div class="m-cat"><a href="/m/chuyen-muc/%s.html">%s</a></div>
<h1>%s</h1><div class="m-date">%s</div><p class="sapo"><b>%s</b></p>%s
<div class="m-full"><a href="%s">Xem bản đầy đủ</a></div><h3>Tin khác</h3><ul>%s</ul></div>""" % (
            a["cat"], esc(CAT_NAME[a["cat"]]), esc(a["title"]), date_short(a["date"]), esc(a["sapo"]), "\n".join(body), p,
            "".join('<li><a href="/m%s">%s</a></li>' % (x["path"], esc(x["title"])) for x in same)))
        return Out(html)
    main = ['<div class="detail">', '<h1 class="title">%s</h1>' % esc(a["title"]),
            '<div class="meta"><span class="date">%s</span> | <span class="views">Lượt xem: %d</span></div>' % (date_long(a["date"]), a["views"]),
            '<div class="toolbar"><a href="/index.php?mod=news&amp;op=print&amp;id=%d" target="_blank" rel="nofollow">In bài</a> '
            '<a href="/index.php?mod=news&amp;op=sendmail&amp;id=%d" rel="nofollow">Gửi email</a> '
            '<a href="/t/%d" title="Link rút gọn">Link rút gọn</a> <a href="/m%s">Bản di động</a> '
            '<span class="fontsize"><a href="#" data-d="-1">A-</a> <a href="#" data-d="1">A+</a></span> '
            '<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s%s" target="_blank">Chia sẻ</a></div>'
            % (a["id"], a["id"], a["id"], p, req.base, p),
            '<p class="sapo"><strong>%s</strong></p>' % esc(a["sapo"]),
            '<div class="content">' + "\n".join(body) + "</div>"]
    main.append('<div class="tags">Từ khóa: ' + ", ".join('<a href="/tag/%s.html">%s</a>' % (slugify(t), esc(t)) for t in a["tags"]) + "</div>")
    if thr:
        main.append('<div class="thread"><h3>Dòng sự kiện</h3><ul>')
        for x in thr:
            main.append('<li><a href="/tin-tuc/%s-%d.html">%s</a> <em>(%s)</em></li>'
                        % (x.get("old_slug") or x["slug"], x["id"], esc(x["title"]), x["date"].strftime("%d/%m/%Y")))
        main.append("</ul></div>")
    main.append('<div class="related"><h3>Tin liên quan</h3><ul>')
    for x in rel:   # the related-news helper appends a slash
        main.append('<li><a href="%s/">%s</a></li>' % (x["path"], esc(x["title"])))
    main.append('</ul></div><div class="related others"><h3>Các tin khác</h3><ul>')
    for x in oth:   # trans-sid: PHP rewrites relative links when the session cookie was not sent
        main.append('<li><a href="%s%s">%s</a> <em>(%s)</em></li>' % (x["path"], "?PHPSESSID=" + SID if sid_links else "",
                                                                   esc(x["title"]), x["date"].strftime("%d/%m/%Y")))
    main.append("</ul></div>")
    main.append('<div id="binh-luan" class="comments"><h3>Bình luận (%d)</h3>' % a["comments"])
    main.append('<form class="comment-form" method="post" action="/index.php?mod=comment&amp;op=send">'
                '<input type="hidden" name="id" value="%d"><input type="text" name="hoten" placeholder="Họ và tên">'
                '<input type="text" name="email" placeholder="Email"><textarea name="noidung"></textarea>'
                '<button type="submit">Gửi bình luận</button></form></div></div>' % a["id"])
    extra = ('<link rel="amphtml" href="%s/amp%s">\n<link rel="alternate" media="only screen and (max-width: 640px)" href="%s/m%s">\n'
             '<link rel="shortlink" href="%s/t/%d">' % (req.base, p, req.base, p, req.base, a["id"]))
    cat = a["cat"]
    return Out(layout(req, "%s - %s" % (a["title"], SITE_NAME), "\n".join(main), p, extra,
                      crumbs=[("/chuyen-muc/%s.html" % cat, CAT_NAME[cat])]))


def mobile_shell(req, title, canonical, main):
    return """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title><link rel="canonical" href="%s%s"><link rel="stylesheet" href="/templates/hsb-mobile/m.css"></head>
<body class="mobile"><div class="m-header"><a href="/m/"><img src="/templates/hsb/images/logo-m.png" alt="%s"></a>
<a class="m-full" href="/">Bản đầy đủ</a></div><div class="m-menu">%s</div>%s
<div class="m-footer">&copy; Cổng TTĐT Đảng bộ tỉnh Hà Sơn Bình</div></body></html>""" % (
        esc(title), req.base, canonical, esc(SITE_NAME),
        " | ".join('<a href="/m/chuyen-muc/%s.html">%s</a>' % (k, esc(n)) for k, n, _, _ in CATS), main)


def m_home(req):
    items = "".join('<li><a href="/m%s">%s</a> <em>%s</em></li>' % (a["path"], esc(a["title"]), date_short(a["date"])) for a in ARTS[:15])
    return Out(mobile_shell(req, SITE_NAME, "/", "<h2>Tin mới</h2><ul class=\"m-list\">%s</ul>" % items))


def m_category(req, k, page):
    items = BY_CAT[k]
    pages = max(1, _math.ceil(len(items) / M_PAGE))
    if page < 1 or page > pages:
        return not_found(req)
    lis = "".join('<li><a href="/m%s">%s</a> <em>%s</em></li>' % (a["path"], esc(a["title"]), date_short(a["date"]))
                  for a in items[(page - 1) * M_PAGE:page * M_PAGE])
    nav = '<a class="next" href="/m/chuyen-muc/%s.html?trang=%d">Trang sau ›</a>' % (k, page + 1) if page < pages else ""
    return Out(mobile_shell(req, CAT_NAME[k], "/chuyen-muc/%s.html" % k + ("?trang=%d" % page if page > 1 else ""),
                            "<h1>%s</h1><ul class=\"m-list\">%s</ul>%s" % (esc(CAT_NAME[k]), lis, nav)))


def tag_page(req, slug):
    if slug not in TAGS:
        return not_found(req)
    name, items = TAGS[slug]
    main = '<div class="box-news listing"><div class="title"><h1>Từ khóa: %s</h1></div>%s</div>' % (
        esc(name), "\n".join(item_html(req, a) for a in items))
    return Out(layout(req, "Từ khóa: %s - %s" % (name, SITE_NAME), main, "/tag/%s.html" % slug))


def rss_index(req):
    main = '<div class="box-news"><div class="title"><h1>RSS</h1></div><ul>%s</ul></div>' % "".join(
        '<li><a href="/rss/%s.rss">%s</a></li>' % (k, esc(n)) for k, n, _, _ in CATS)
    return Out(layout(req, "RSS - " + SITE_NAME, main, "/rss.html"))


def rss_feed(req, k):
    items = []
    for a in BY_CAT[k][:10]:
        u = "%s/index.php?mod=news&op=detail&id=%d" % (req.base, a["id"])
        items.append("<item><title>%s</title><link>%s</link><guid isPermaLink=\"true\">%s</guid><description>%s</description>"
                     "<pubDate>%s</pubDate></item>" % (esc(a["title"]), esc(u), esc(u), esc(a["sapo"]),
                                                       a["date"].strftime("%a, %d %b %Y %H:%M:00 +0700")))
    x = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>%s - %s</title><link>%s/</link>'
         '<description>Tin %s</description><language>vi</language>%s</channel></rss>\n') % (
        esc(CAT_NAME[k]), esc(SITE_NAME), req.base, esc(CAT_NAME[k]), "\n".join(items))
    return Out(x, ctype="application/rss+xml; charset=utf-8")


def static_page(req, title, text):
    return Out(layout(req, "%s - %s" % (title, SITE_NAME), '<div class="static"><h1>%s</h1><div>%s</div></div>' % (esc(title), text),
                      req.path))


def not_found(req):
    return Out(layout(req, "404 - Không tìm thấy trang", '<div class="error"><h1>404</h1><p>Trang bạn yêu cầu không tồn tại '
                      'hoặc đã bị xóa.</p><p><a href="/">Về trang chủ</a></p></div>'), 404)


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /includes/
Disallow: /templates/hsb/cache/
Disallow: /tim-kiem.php
Disallow: /index.php?mod=search
Disallow: /index.php?mod=news&op=sendmail
"""
PIXEL = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

ART_RE = _re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)\.html(/?)$", _re.I)


def handle(req):
    path = req.path
    hdr = [] if "PHPSESSID" in req.cookies else [("Set-Cookie", "PHPSESSID=%s; path=/" % SID)]
    out = route(req, path)
    out.headers += hdr + [("Expires", "Thu, 19 Nov 1981 08:52:00 GMT"), ("Cache-Control", "no-store, no-cache, must-revalidate")]
    return out


def route(req, path):
    if req.method == "POST":
        if path == "/index.php" and req.arg("mod") == "comment":
            req.read_body()
            return Out(layout(req, "Gửi bình luận", '<div class="notice"><p>Cảm ơn bạn đã gửi bình luận. Bình luận sẽ được '
                                                   'hiển thị sau khi Ban biên tập duyệt.</p><p><a href="/">Trang chủ</a></p></div>'))
        return Out("Method Not Allowed", 405, "text/plain; charset=utf-8")
    if path == "/":
        return home(req)
    if path == "/robots.txt":
        return Out(ROBOTS, ctype="text/plain; charset=utf-8")
    if path in ("/trang-chu.html",):
        return redirect("/")
    if path == "/index.php":
        args = {k[4:] if k.startswith("amp;") else k: v for k, v in _parse_qsl(req.qs, keep_blank_values=True)}
        mod, op = args.get("mod"), args.get("op", "detail")
        if not req.qs:
            return redirect("/")
        if mod == "news" and args.get("id", "").isdigit():
            a = BY_ID.get(int(args["id"]))
            if not a:
                return not_found(req)
            if op == "detail":
                return article(req, a)
            if op == "print":
                return article(req, a, "print")
            if op == "sendmail":
                return Out(layout(req, "Gửi bài viết qua email", '<form method="get" action="/index.php"><input type="hidden" name="mod" value="news">'
                                  '<input type="text" name="to"></form>'))
        if mod == "news" and op == "cat" and args.get("c") in CAT_NAME:
            return redirect("/chuyen-muc/%s.html" % args["c"])
        return not_found(req)
    m = ART_RE.match(path)
    if m:
        a = BY_ID.get(int(m.group(2)))
        if not a:
            return not_found(req)
        slug = m.group(1)
        if slug.lower() != a["slug"]:
            return redirect(a["path"])
        return article(req, a)
    m = _re.match(r"^/(m|amp)(/tin-tuc/[a-z0-9-]+-(\d+)\.html)$", path)
    if m:
        a = BY_ID.get(int(m.group(3)))
        if not a:
            return not_found(req)
        if m.group(2) != a["path"]:
            return redirect("/%s%s" % (m.group(1), a["path"]))
        return article(req, a, "mobile" if m.group(1) == "m" else "amp")
    m = _re.match(r"^/t/(\d+)$", path)
    if m:
        a = BY_ID.get(int(m.group(1)))
        return redirect(a["path"]) if a else not_found(req)
    m = _re.match(r"^/chuyen-muc/([a-z-]+)\.html$", path, _re.I)
    if m and m.group(1).lower() in CAT_NAME:
        t = req.arg("trang", "1")
        return category(req, m.group(1).lower(), int(t) if t.isdigit() else 0)
    if path == "/m/" or path == "/m":
        return m_home(req)
    m = _re.match(r"^/m/chuyen-muc/([a-z-]+)\.html$", path)
    if m and m.group(1) in CAT_NAME:
        t = req.arg("trang", "1")
        return m_category(req, m.group(1), int(t) if t.isdigit() else 0)
    m = _re.match(r"^/tag/([a-z0-9-]+)\.html$", path)
    if m:
        return tag_page(req, m.group(1))
    if path == "/loc-tin.php":
        return loc_tin(req)
    if path == "/tim-kiem.php":
        q = req.arg("q", "")
        return Out(layout(req, "Tìm kiếm", '<div class="search-result"><h1>Kết quả tìm kiếm: %s</h1><p>Không tìm thấy kết quả phù hợp.</p></div>' % esc(q)))
    if path == "/rss.html":
        return rss_index(req)
    m = _re.match(r"^/rss/([a-z-]+)\.rss$", path)
    if m and m.group(1) in CAT_NAME:
        return rss_feed(req, m.group(1))
    if path == "/gioi-thieu.html":
        return static_page(req, "Giới thiệu", "<p>Đảng bộ tỉnh Hà Sơn Bình được thành lập năm 1976 trên cơ sở hợp nhất Đảng bộ hai tỉnh Hà Tây và Hòa Bình.</p>"
                           + "".join('<h3 id="%s">%s</h3>' % (slugify(x), esc(x)) for _, _, cols in MEGA[:1] for _, items in cols for x in items))
    if path == "/lien-he.html":
        return static_page(req, "Liên hệ", "<p>Ban Biên tập Cổng TTĐT Đảng bộ tỉnh Hà Sơn Bình - số 2 Tô Hiệu, Hà Đông.</p>")
    if path in ("/van-ban.html", "/multimedia.html"):
        return static_page(req, "Văn bản" if "van" in path else "Multimedia", "<p>Chuyên mục đang được cập nhật.</p>")
    if path.startswith(("/uploads/", "/templates/")):
        if path.endswith(".pdf"):
            return Out(PDF, ctype="application/pdf")
        if path.endswith((".jpg", ".png", ".gif")):
            return Out(PIXEL, ctype="image/gif")
        return Out("", ctype="text/css" if path.endswith(".css") else "application/javascript")
    return not_found(req)


app = make_app(handle, [("Server", "Apache/2.2.15 (CentOS)"), ("X-Powered-By", "PHP/5.4.16")], post_ok=True)

MANIFEST = {
    "family": "Custom PHP 5 CMS on Apache + mod_rewrite (Hà Sơn Bình Party Committee portal): every article linked "
              "under up to 12 URL spellings from different page blocks; one canonical each",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": variants(a)} for a in ARTS},
    "robots_disallowed": ["/admin/", "/includes/", "/tim-kiem.php", "/index.php?mod=search", "/index.php?mod=news&op=sendmail"],
    "trap_prefixes": ["/loc-tin.php"],
    "only_via": {},
    "notes": (
        "Canonical article URL /tin-tuc/<slug>-<id>.html (mod_rewrite, case-insensitive [NC], optional trailing slash). "
        "MAIN DIFFICULTY: the same article is linked under many spellings, each from a different block, and all of them "
        "answer 200 with the article and <link rel=canonical> to the canonical path (og:url echoes the request): "
        "home 'Tiêu điểm' -> ?utm_source=facebook&utm_medium=social&utm_campaign=chia-se; home 'Sự kiện nổi bật' -> "
        "?fbclid=IwAR…; sidebar 'Đọc nhiều' (every page) -> Title-Case /Tin-Tuc/<Title-Slug>-<id>.html; sidebar 'Tin mới' "
        "(every page) -> /index.php?mod=news&amp;amp;op=detail&amp;amp;id=<id> in the HTML (escaped twice), i.e. the URL "
        "/index.php?mod=news&amp;op=detail&amp;id=<id> (PHP sees keys 'amp;op', 'amp;id'; the CMS strips 'amp;'); RSS "
        "feeds (/rss/<c>.rss, via <link rel=alternate> and /rss.html) -> /index.php?mod=news&op=detail&id=<id>; 'Tin liên "
        "quan' -> trailing slash …html/; 'Các tin khác' -> ?PHPSESSID=<sid> (PHP trans-sid: only when the request carried "
        "no PHPSESSID cookie; every response sets that cookie); 'In bài' -> /index.php?mod=news&op=print&id= (print view, "
        "canonical); 'Bản di động' and the top bar's /m/ -> /m/tin-tuc/<slug>-<id>.html (mobile pages and mobile "
        "category lists /m/chuyen-muc/<c>.html?trang=N, canonical to the desktop URL); <link rel=amphtml> -> "
        "/amp/tin-tuc/…; 'Link rút gọn' /t/<id> (301); 'Dòng sự kiện' links %d articles under their pre-edit slug "
        "(301); listing items also link <path>#binh-luan and absolute http://<host><path>; the footer links "
        "protocol-relative //<host><path> (both the same URL as the canonical). Every alias listed is accepted for every "
        "article (not every article is linked under every spelling). Any other wrong slug 301s. Listings "
        "/chuyen-muc/<c>.html?trang=N (8 per page, all numbers + ‹ › Đầu Cuối); the breadcrumb links ?trang=1 and the "
        "footer Title-Case /Chuyen-Muc/<C>.html (same listing). Tags /tag/<t>.html. Trap: 'Lọc tin' chips "
        "/loc-tin.php?cm=<c>&loai=<f>: every result page offers links appending one more &loai= (endless). Comment form "
        "POST /index.php?mod=comment&op=send (200 thank-you page). Search /tim-kiem.php and sendmail are "
        "robots-disallowed. Unknown URLs 404. No sitemap.") % len([a for a in ARTS if a.get("old_slug")]),
}
_a = ARTS[7]
SELFTEST = [
    {"path": "/", "status": 200, "contains": "Tiêu điểm"},
    {"path": _a["path"] + "?utm_source=x", "status": 200, "contains": _a["title"]},
    {"path": "/tin-tuc/sai-slug-%d.html" % _a["id"], "status": 301, "location": _a["path"]},
    {"path": "/t/%d" % _a["id"], "status": 301, "location": _a["path"]},
    {"path": "/index.php?mod=news&amp;op=detail&amp;id=%d" % _a["id"], "status": 200, "contains": _a["title"]},
    {"path": "/TIN-TUC/%s-%d.HTML" % (_a["slug"].upper(), _a["id"]), "status": 200, "contains": _a["title"]},
    {"path": "/tin-tuc/khong-co-99999.html", "status": 404},
    {"path": "/chuyen-muc/thoi-su.html?trang=99", "status": 404},
    {"path": "/index.php", "status": 301, "location": "/"},
    {"path": "/loc-tin.php?cm=kinh-te&loai=anh&loai=anh", "status": 200, "contains": "Lọc thêm"},
]
SUMMARY = {
    "chains": ["/ -> menu /chuyen-muc/<c>.html -> ?trang=N (all numbers)",
               "/ -> top bar /m/ -> /m/chuyen-muc/<c>.html?trang=N ('Trang sau ›') -> /m/tin-tuc/… (mobile copies)",
               "<link rel=alternate type=application/rss+xml> and /rss.html -> /rss/<c>.rss -> index.php?mod=news&op=detail&id="],
    "alias_kinds": ["?utm_* (200)", "?fbclid= (200)", "Title-Case /Tin-Tuc/… (200)", "trailing slash …html/ (200)",
                    "/index.php?mod=news&op=detail&id= (200)", "double-escaped &amp; keys (200)", "?PHPSESSID= trans-sid (200)",
                    "print view index.php?op=print (200)", "/m/ mobile copy (200)", "/amp/ AMP copy (200)",
                    "/t/<id> short link (301)", "pre-edit slug (301, %d articles)" % len([a for a in ARTS if a.get("old_slug")])],
    "quirks": ["one article, up to 12 spellings", "og:url echoes the request", "#binh-luan fragments",
               "absolute and protocol-relative self links", "trans-sid only without cookie", "filter-combination trap",
               "comment POST form"],
}
