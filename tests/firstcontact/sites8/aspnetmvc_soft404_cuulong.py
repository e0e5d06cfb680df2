"""Set 8, site C: ASP.NET MVC 5 portal on IIS 8.5 of the made-up Tỉnh ủy Cửu Long.

Main difficulty: PAGES THAT LOOK LIKE ARTICLES BUT ARE NOT.  The listings, the home boxes, 'Đọc nhiều', the month
archives and the sitemap are served from a cache that still holds deleted, withdrawn and trashed items, and old
article bodies carry 'Xem thêm' links to ids that never existed.  Their URLs have exactly the article URL shape and
answer 200 (or 302 to the home page / to the customErrors page, which answers 200): 'Không tìm thấy bài viết',
an article shell with the title but no text ('đang được biên tập lại', noindex), or 'Trang không tồn tại'.
None of them is an article (SUMMARY['not_articles'] lists them); the 104 real articles are in MANIFEST."""
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

SITE_NAME = "Cổng Thông tin điện tử Tỉnh ủy Cửu Long"
PAGE = 8
ARCH_PAGE = 20
CATS = [("tin-hoat-dong", "Tin hoạt động", 12, 4, "news"), ("xay-dung-dang", "Xây dựng Đảng", 14, 4, "party"),
        ("dan-van", "Công tác dân vận", 17, 2, "soc"), ("kinh-te-xa-hoi", "Kinh tế - Xã hội", 21, 3, "econ"),
        ("quoc-phong-an-ninh", "Quốc phòng - An ninh", 23, 1, "def"), ("thong-bao", "Thông báo", 25, 1, "notice")]
CAT_NAME = {k: n for k, n, _, _, _ in CATS}
DISTRICTS = ["Long Hồ", "Mang Thít", "Tam Bình", "Trà Ôn", "Bình Minh", "Vũng Liêm", "Càng Long", "Cầu Kè", "Tiểu Cần",
             "Châu Thành", "Trà Cú", "Cầu Ngang", "Duyên Hải"]
COMMUNES = ["Long Phước", "Tân Hạnh", "Phú Quới", "Hòa Lộc", "Trung Thành", "Tân Quới", "Mỹ Chánh", "Ninh Thới",
            "Đại An", "Hiệp Mỹ Tây", "Long Hiệp", "Hòa Ân"]
NR = Newsroom(6603, 120, [(k, w, kind) for k, _, _, w, kind in CATS], "Cửu Long", DISTRICTS, COMMUNES,
              id_start=104200, id_step=31, tag="TUCL")
ITEMS = NR.arts                                  # everything the cache still lists, newest first
for _n, _a in enumerate(ITEMS):
    _a["slug"] = slugify(_a["title"], 100)
    _a["path"] = "/%s-c%d.html" % (_a["slug"], _a["id"])
    _a["state"] = "live"
for _n in (5, 19, 33, 47, 61, 75, 89, 103):      # deleted: the row is gone, the cached listings still show it
    ITEMS[_n]["state"] = "deleted"
for _n in (1, 3, 26, 58, 94):                    # withdrawn (unpublished for editing): shell with title, no text
    ITEMS[_n]["state"] = "withdrawn"
for _n in (12, 40, 70):                          # moved to the recycle bin: 302 to the home page
    ITEMS[_n]["state"] = "trashed"
    ITEMS[_n]["views"] = 9000 + _n
ARTS = [a for a in ITEMS if a["state"] == "live"]
BY_ID = {a["id"]: a for a in ITEMS}
LIST_BY_CAT = {k: [a for a in ITEMS if a["cat"] == k] for k in CAT_NAME}
LIVE_BY_CAT = {k: [a for a in ARTS if a["cat"] == k] for k in CAT_NAME}
DOC_NHIEU = sorted(ITEMS, key=lambda a: (-a["views"], a["id"]))[:8]
# 'Xem thêm' links in old bodies that point to ids that never existed (typos made when the site was migrated)
BROKEN = {}
for _n, _a in enumerate([a for a in ARTS if a["date"].month == 9][:4]):
    _b = dict(ITEMS[-1 - _n * 3])
    _b["id"] = 99000 + _n * 17
    _b["path"] = "/%s-c%d.html" % (_b["slug"], _b["id"])
    _a["broken"] = _b
    BROKEN[_b["id"]] = _b
MONTHS = [(2024, m) for m in (12, 11, 10, 9, 8)]


def date_long(d):
    return "%s, %02d/%02d/%d, %02d:%02d" % (THU[d.weekday()], d.day, d.month, d.year, d.hour, d.minute)


def views(n):
    return "{:,}".format(n).replace(",", ".")


# ---------------------------------------------------------------- furniture (Bootstrap 3 + jQuery bundles)
NAV = [("Giới thiệu", "/gioi-thieu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Thường trực Tỉnh ủy",
                                      "Các cơ quan tham mưu", "Đảng bộ trực thuộc", "Danh sách đại biểu Quốc hội"]),
       ("Tin tức", "/chuyen-muc/tin-hoat-dong", [n for _, n, _, _, _ in CATS]),
       ("Văn bản", "/van-ban", ["Văn bản Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Ban Thường vụ", "Văn bản hướng dẫn",
                                "Văn bản UBKT", "Văn bản Ban Tuyên giáo", "Văn bản Ban Tổ chức", "Văn bản Ban Dân vận"]),
       ("Chuyên đề", "/chuyen-de", ["Học tập và làm theo Bác", "Đại hội Đảng các cấp", "Bảo vệ nền tảng tư tưởng",
                                    "Chuyển đổi số", "Nông thôn mới", "Dân vận khéo", "Gương người tốt việc tốt"]),
       ("Thư viện", "/thu-vien", ["Thư viện ảnh", "Thư viện video", "Infographic", "Sách điện tử"]),
       ("Hỏi đáp", "/hoi-dap", ["Hỏi đáp nghiệp vụ công tác đảng", "Hỏi đáp chính sách", "Gửi câu hỏi"])]
UNITS = ["Huyện ủy " + d for d in DISTRICTS] + ["Thành ủy Vĩnh Long", "Thị ủy Trà Vinh", "Đảng ủy Khối các cơ quan tỉnh",
                                               "Đảng ủy Khối Doanh nghiệp tỉnh", "Đảng ủy Quân sự tỉnh", "Đảng ủy Công an tỉnh"]
DOCS = [("%d-%s/TU" % (120 + i, ["KH", "NQ", "CT", "TB", "HD", "QĐ"][i % 6]), t) for i, t in enumerate(
    ["Kế hoạch tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 19", "Nghị quyết về nhiệm vụ năm 2025",
     "Chỉ thị về lãnh đạo tổ chức Tết Nguyên đán Ất Tỵ", "Thông báo kết luận của Thường trực Tỉnh ủy",
     "Hướng dẫn kiểm điểm, đánh giá, xếp loại năm 2024", "Quy định về chế độ làm việc của Ban Thường vụ",
     "Kế hoạch tổng kết công tác xây dựng Đảng năm 2024", "Nghị quyết chuyên đề về chuyển đổi số",
     "Thông báo phân công nhiệm vụ Ủy viên Ban Thường vụ", "Hướng dẫn tổ chức đại hội chi bộ trực thuộc"])]


def nav_html():
    out = ['<nav class="navbar navbar-default navbar-main"><div class="container"><div class="navbar-header">'
           '<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mainmenu"><span class="icon-bar"></span>'
           '<span class="icon-bar"></span><span class="icon-bar"></span></button></div><div class="collapse navbar-collapse" id="mainmenu">'
           '<ul class="nav navbar-nav"><li><a href="/"><span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>']
    for label, href, subs in NAV:
        out.append('<li class="dropdown"><a href="%s" class="dropdown-toggle" data-toggle="dropdown" data-hover="dropdown">%s <b class="caret"></b></a>'
                   '<ul class="dropdown-menu">' % (href, esc(label)))
        for s in subs:
            k = [c for c, n, _, _, _ in CATS if n == s]
            out.append('<li><a href="%s">%s</a></li>' % ("/chuyen-muc/" + k[0] if k else href + "#" + slugify(s), esc(s)))
        out.append("</ul></li>")
    out.append("</ul></div></div></nav>")
    return "".join(out)


NAV_HTML = nav_html()
CSS_INLINE = "\n".join(".tucl-%s{%s}" % (hexd("css", i, n=6), ";".join("%s:%s" % kv for kv in [
    ("margin", "%dpx 0" % (i % 12)), ("padding", "%dpx" % (i % 9)), ("font-size", "%dpx" % (12 + i % 7)),
    ("color", "#" + hexd("col", i, n=6)), ("border-color", "#" + hexd("bor", i, n=6)), ("line-height", "1.%d" % (2 + i % 6))]))
    for i in range(150))


def page(req, title, main, canonical=None, robots=None, status=200, crumbs=()):
    d = NOW
    side = ['<aside class="col-md-4 sidebar">', '<div class="panel panel-primary tin-moi"><div class="panel-heading"><h3 class="panel-title">Tin mới</h3></div><ul class="list-group">']
    for a in ITEMS[:8]:
        side.append('<li class="list-group-item"><a href="%s">%s</a><span class="small text-muted"> %s</span></li>'
                    % (a["path"], esc(a["title"]), a["date"].strftime("%d/%m/%Y")))
    side.append('</ul></div><div class="panel panel-primary doc-nhieu"><div class="panel-heading"><h3 class="panel-title">Đọc nhiều</h3></div><ol class="list-group">')
    for a in DOC_NHIEU:
        side.append('<li class="list-group-item"><a href="%s">%s</a></li>' % (a["path"], esc(a["title"])))
    side.append('</ol></div><div class="panel panel-default van-ban"><div class="panel-heading"><h3 class="panel-title">Văn bản mới</h3></div><table class="table table-condensed">')
    for so, t in DOCS:
        side.append('<tr><td><a href="/Uploads/VanBan/%s.pdf">%s</a></td><td>%s</td></tr>' % (so.replace("/", "-"), so, esc(t)))
    side.append('</table></div><div class="panel panel-default su-kien"><div class="panel-heading"><h3 class="panel-title">Lịch sự kiện</h3></div>'
                '<div class="panel-body"><a href="/lich-su-kien?thang=%d&amp;nam=%d">Tháng %d/%d</a></div></div>' % (d.month, d.year, d.month, d.year))
    side.append('<div class="panel panel-default lien-ket"><div class="panel-heading"><h3 class="panel-title">Liên kết</h3></div>'
                '<select class="form-control" onchange="window.open(this.value,\'_blank\')"><option value="">-- Đảng bộ trực thuộc --</option>'
                + "".join('<option value="https://%s.cuulong.example/">%s</option>' % (slugify(u), esc(u)) for u in UNITS) + "</select></div>")
    side.append("</aside>")
    bc = ""
    if crumbs:
        bc = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>' + "".join(
            '<li><a href="%s">%s</a></li>' % (h, esc(t)) if h else '<li class="active">%s</li>' % esc(t) for h, t in crumbs) + "</ol>"
    foot = ['<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-3"><h4>Lưu trữ</h4><ul>']
    for y, m in MONTHS:
        foot.append('<li><a href="/luu-tru/%d/%d">Tháng %d/%d</a></li>' % (y, m, m, y))
    foot.append('</ul></div><div class="col-md-5"><h4>Đảng bộ trực thuộc</h4><ul class="list-inline">')
    foot += ['<li><a href="https://%s.cuulong.example/" rel="nofollow">%s</a></li>' % (slugify(u), esc(u)) for u in UNITS]
    foot.append('</ul></div><div class="col-md-4"><h4>Cơ quan chủ quản</h4><p class="small">Tỉnh ủy Cửu Long. Trưởng Ban biên tập: '
                'Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy. Địa chỉ: 31 đường 1 tháng 5, thị xã Vĩnh Long. '
                'Điện thoại: 070.3822.xxx. Giấy phép số 05/GP-STTTT.</p></div></div></div></footer>')
    html = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%s</title>
%s%s<link href="/Content/css?v=Xq1nN3dQ8bYgW2m0sC8J1xVhKpJ6mO2FZtq9rHhN0kQ1" rel="stylesheet"/>
<script src="/bundles/modernizr?v=inCVuEFe6J4Q07A0AcRsbJic_UE5MwpRMNGcOtk94TE1"></script>
<style>
%s
</style>
</head>
<body>
<div class="topbar"><div class="container"><span class="today">%s, ngày %02d/%02d/%d</span>
<form class="navbar-form pull-right" action="/Search" method="get"><input name="__RequestVerificationToken" type="hidden" value="%s" />
<input type="text" name="q" class="form-control input-sm" placeholder="Tìm kiếm..."><button type="submit" class="btn btn-sm">Tìm</button></form></div></div>
<header class="banner"><div class="container"><a href="/"><img src="/Content/images/banner-tinhuy.png" alt="%s" class="img-responsive"></a></div></header>
%s
<div class="container body-content">%s<div class="row"><div class="col-md-8 main">
%s
</div>
%s
</div></div>
%s
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
<script src="/bundles/bootstrap?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script>
<script>$(function () { $('.carousel').carousel({ interval: 5000 }); $('[data-hover="dropdown"]').dropdownHover(); });</script>
</body>
</html>""" % (esc(title), '<link rel="canonical" href="%s%s" />\n' % (req.base, canonical) if canonical else "",
              '<meta name="robots" content="%s" />\n' % robots if robots else "", CSS_INLINE, THU[d.weekday()], d.day, d.month,
              d.year, hexd("csrf", req.path, n=40), esc(SITE_NAME), NAV_HTML, bc, main, "\n".join(side), "".join(foot))
    return Out(html, status, headers=[("Cache-Control", "private")])


def item(a):
    return ('<div class="media news-item"><a class="media-left" href="%s"><img class="media-object" src="/Uploads/Images/%s/%d_s.jpg" '
            'width="180" alt="%s"></a><div class="media-body"><h4 class="media-heading"><a href="%s">%s</a></h4>'
            '<div class="meta small text-muted">%s | %s</div><div class="summary">%s</div></div></div>'
            % (a["path"], a["date"].strftime("%Y/%m"), a["id"], esc(a["title"]), a["path"], esc(a["title"]),
               a["date"].strftime("%d/%m/%Y"), views(a["views"]), esc(a["sapo"])))


def paged(base, page, pages, sep="?"):
    """PagedList.Mvc pager: «« « 1 2 3 » »» (window of 5)."""
    if pages <= 1:
        return ""
    u = lambda n: base + ("%spage=%d" % (sep, n) if n > 1 else "")
    out = ['<div class="pagination-container"><ul class="pagination">']
    if page > 1:
        out.append('<li class="PagedList-skipToFirst"><a href="%s">««</a></li><li class="PagedList-skipToPrevious"><a href="%s" rel="prev">«</a></li>' % (u(1), u(page - 1)))
    lo = max(1, min(page - 2, pages - 4))
    for n in range(lo, min(pages, lo + 4) + 1):
        out.append('<li class="active"><a>%d</a></li>' % n if n == page else '<li><a href="%s">%d</a></li>' % (u(n), n))
    if page < pages:
        out.append('<li class="PagedList-skipToNext"><a href="%s" rel="next">»</a></li><li class="PagedList-skipToLast"><a href="%s">»»</a></li>' % (u(page + 1), u(pages)))
    out.append("</ul></div>")
    return "".join(out)


def home(req):
    main = ['<div id="featured" class="carousel slide" data-ride="carousel"><div class="carousel-inner">']
    featured = ITEMS[:6]
    for n, a in enumerate(featured):
        main.append('<div class="item%s"><a href="%s"><img src="/Uploads/Images/%s/%d.jpg" alt="%s"></a>'
                    '<div class="carousel-caption"><h3><a href="%s">%s</a></h3></div></div>'
                    % (" active" if n == 0 else "", a["path"], a["date"].strftime("%Y/%m"), a["id"], esc(a["title"]), a["path"], esc(a["title"])))
    main.append('</div><a class="left carousel-control" href="#featured" data-slide="prev">‹</a><a class="right carousel-control" href="#featured" data-slide="next">›</a></div>')
    for k, n, _, _, _ in CATS:
        items = LIST_BY_CAT[k][:4]
        main.append('<section class="home-cat"><h2 class="cat-title"><a href="/chuyen-muc/%s">%s</a></h2>' % (k, esc(n)))
        main += [item(a) for a in items]
        main.append('<p class="text-right"><a href="/chuyen-muc/%s" class="more">Xem thêm »</a></p></section>' % k)
    return page(req, SITE_NAME, "\n".join(main), "/")


def category(req, k, pg):
    items = LIST_BY_CAT[k]
    pages = max(1, _math.ceil(len(items) / PAGE))
    chunk = items[(pg - 1) * PAGE:pg * PAGE]
    main = ['<h1 class="cat-title">%s</h1>' % esc(CAT_NAME[k])]
    if not chunk:
        main.append('<div class="alert alert-info">Không có bài viết nào trong chuyên mục này.</div>')
    main += [item(a) for a in chunk]
    main.append(paged("/chuyen-muc/" + k, pg, pages))
    return page(req, "%s - %s" % (CAT_NAME[k], SITE_NAME), "\n".join(main),
                "/chuyen-muc/%s%s" % (k, "?page=%d" % pg if pg > 1 else ""), crumbs=[(None, CAT_NAME[k])])


def archive(req, y, m, pg):
    items = [a for a in ITEMS if a["date"].year == y and a["date"].month == m]
    if not items:
        return not_found(req)
    pages = max(1, _math.ceil(len(items) / ARCH_PAGE))
    main = ['<h1 class="cat-title">Lưu trữ tháng %d/%d</h1><ul class="archive-list">' % (m, y)]
    for a in items[(pg - 1) * ARCH_PAGE:pg * ARCH_PAGE]:
        main.append('<li><span class="date">%s</span> <a href="%s">%s</a> <span class="cat">[%s]</span></li>'
                    % (a["date"].strftime("%d/%m/%Y %H:%M"), a["path"], esc(a["title"]), esc(CAT_NAME[a["cat"]])))
    main.append("</ul>" + paged("/luu-tru/%d/%d" % (y, m), pg, pages))
    return page(req, "Lưu trữ tháng %d/%d" % (m, y), "\n".join(main), "/luu-tru/%d/%d" % (y, m), crumbs=[(None, "Lưu trữ")])


def article(req, a):
    cat = a["cat"]
    crumbs = [("/chuyen-muc/" + cat, CAT_NAME[cat]), (None, a["title"])]
    if a["state"] == "withdrawn":
        main = ('<article class="detail"><h1 class="title">%s</h1><div class="meta">%s</div><div class="content">'
                '<div class="alert alert-warning">Nội dung bài viết đang được biên tập lại. Mời quý độc giả quay lại sau.</div>'
                '</div></article>' % (esc(a["title"]), date_long(a["date"])))
        return page(req, "%s - %s" % (a["title"], SITE_NAME), main, a["path"], robots="noindex, nofollow", crumbs=crumbs)
    live = LIVE_BY_CAT[cat]
    i = live.index(a)
    same = live[i + 1:i + 6] or live[:5]
    body = ["<p>%s</p>" % esc(x) for x in a["paras"][:2]]
    body.append('<table class="image" align="center"><tbody><tr><td><img src="/Uploads/Images/%s/%d_1.jpg" alt="%s" width="600"></td></tr>'
                '<tr><td class="image_desc">%s</td></tr></tbody></table>' % (a["date"].strftime("%Y/%m"), a["id"], esc(a["caption"]), esc(a["caption"])))
    body += ["<p>%s</p>" % esc(x) for x in a["paras"][2:]]
    if a.get("broken"):
        b = a["broken"]
        body.append('<p><strong>Xem thêm:</strong> <a href="%s">%s</a></p>' % (b["path"], esc(b["title"])))
    body.append('<p style="text-align:right"><strong>%s</strong></p>' % esc(a["author"]))
    if a["pdf"]:
        body.append('<div class="attach"><a href="/Uploads/Files/%d.pdf"><span class="glyphicon glyphicon-paperclip"></span> Tệp đính kèm</a></div>' % a["id"])
    main = ['<article class="detail">', '<h1 class="title">%s</h1>' % esc(a["title"]),
            '<div class="meta"><span class="date">%s</span> <span class="views">Lượt xem: %s</span>'
            '<span class="tools pull-right"><a href="/Home/Print/%d" target="_blank" rel="nofollow"><span class="glyphicon glyphicon-print"></span> In bài</a> '
            '<a href="#" onclick="return zoom(1)">A+</a> <a href="#" onclick="return zoom(-1)">A-</a></span></div>' % (date_long(a["date"]), views(a["views"]), a["id"]),
            '<div class="sapo"><strong>%s</strong></div>' % esc(a["sapo"]), '<div class="content">' + "\n".join(body) + "</div>",
            '<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s%s" target="_blank">Facebook</a> '
            '<a href="https://zalo.me/share?u=%s%s" target="_blank">Zalo</a></div></article>' % (req.base, a["path"], req.base, a["path"]),
            '<section class="related"><h3>Tin cùng chuyên mục</h3><ul>']
    main += ['<li><a href="%s">%s</a> <span class="small">(%s)</span></li>' % (x["path"], esc(x["title"]), x["date"].strftime("%d/%m/%Y")) for x in same]
    main.append("</ul></section>")
    return page(req, "%s - %s" % (a["title"], SITE_NAME), "\n".join(main), a["path"], crumbs=crumbs)


def print_view(req, a):
    body = "".join("<p>%s</p>" % esc(x) for x in a["paras"])
    html = """<!DOCTYPE html><html><head><meta charset="utf-8" /><title>%s</title><link rel="canonical" href="%s%s" />
<style>body{font-family:'Times New Roman';font-size:14pt;margin:30px}</style></head><body onload="window.print();">
<div class="print-header">TỈNH ỦY CỬU LONG - CỔNG THÔNG TIN ĐIỆN TỬ</div><h1>%s</h1><div class="date">%s</div>
<div class="sapo"><strong>%s</strong></div>%s<p style="text-align:right"><strong>%s</strong></p></body></html>""" % (
        esc(a["title"]), req.base, a["path"], esc(a["title"]), date_long(a["date"]), esc(a["sapo"]), body, esc(a["author"]))
    return Out(html)


def deleted_page(req):
    main = ('<div class="notfound-article"><h2>Thông báo</h2><p class="lead">Không tìm thấy bài viết</p>'
            '<p>Bài viết bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ khỏi hệ thống.</p><a class="btn btn-primary" href="/">Quay lại trang chủ</a></div>')
    return page(req, "Không tìm thấy bài viết - " + SITE_NAME, main)


def not_found(req):
    """customErrors mode="On" redirectMode="ResponseRedirect" defaultRedirect="~/Error/NotFound"."""
    return redirect("/Error/NotFound?aspxerrorpath=" + _quote(req.path, safe="/-._~"), 302)


def error_page(req):
    main = ('<div class="error-page"><h1>Trang không tồn tại</h1><p>Xin lỗi, trang bạn tìm kiếm không tồn tại hoặc đã được '
            'chuyển sang địa chỉ khác.</p><p><a href="/">Về trang chủ</a></p></div>')
    return page(req, "Trang không tồn tại - " + SITE_NAME, main)


def calendar(req):
    try:
        m, y = int(req.arg("thang", NOW.month)), int(req.arg("nam", NOW.year))
    except ValueError:
        m, y = NOW.month, NOW.year
    m = min(max(m, 1), 12)
    pm, py = (m - 1, y) if m > 1 else (12, y - 1)
    nm, ny = (m + 1, y) if m < 12 else (1, y + 1)
    first = _dt.date(y, m, 1)
    cells = ["<td></td>"] * first.weekday()
    day = first
    while day.month == m:
        cells.append('<td><a href="/lich-su-kien?ngay=%s">%d</a></td>' % (day.strftime("%d/%m/%Y"), day.day))
        day += _dt.timedelta(days=1)
    rows = "".join("<tr>%s</tr>" % "".join(cells[i:i + 7]) for i in range(0, len(cells), 7))
    main = ('<h1>Lịch sự kiện tháng %d/%d</h1><div class="cal-nav"><a href="/lich-su-kien?thang=%d&amp;nam=%d">« Tháng trước</a> '
            '<a href="/lich-su-kien?thang=%d&amp;nam=%d">Tháng sau »</a></div><table class="table table-bordered calendar">'
            '<tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr>%s</table>'
            '<p class="text-muted">Chưa có sự kiện.</p>' % (m, y, pm, py, nm, ny, rows))
    return page(req, "Lịch sự kiện", main)


def sitemap(req):
    """Generated nightly from the same cache: deleted and withdrawn items are still in it."""
    rows = [("/", NOW)] + [("/chuyen-muc/" + k, NOW) for k in CAT_NAME] + [(a["path"], a["date"]) for a in ITEMS if a["state"] != "trashed"]
    return Out(xml_urlset(req.base, rows), ctype="application/xml; charset=utf-8")


ROBOTS = """User-agent: *
Disallow: /Admin/
Disallow: /Account/
Disallow: /Search
Disallow: /api/
Sitemap: {base}/sitemap.xml
"""
PIXEL = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
ART_RE = _re.compile(r"^/([a-z0-9-]+)-c(\d+)\.html$")
FLAKY = {"/chuyen-muc/xay-dung-dang?page=3": 500}
_hits = {}
YSOD = """<!DOCTYPE html>
<html><head><title>Timeout expired.</title><style>body{font-family:Verdana;font-weight:normal;font-size:.7em;color:black}</style></head>
<body bgcolor="white"><span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2><i>Timeout expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.</i></h2></span>
<b>Exception Details: </b>System.Data.SqlClient.SqlException: Timeout expired.<br><br>
<b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4465.0</body></html>
"""


def handle(req):
    path = req.path
    key = path + ("?" + req.qs if req.qs else "")
    if key in FLAKY:
        _hits[key] = _hits.get(key, 0) + 1
        if _hits[key] % 2 == 1:             # 1st, 3rd, … request of this server process
            return Out(YSOD, FLAKY[key])
    if path == "/":
        return home(req)
    if path == "/robots.txt":
        return Out(ROBOTS.format(base=req.base), ctype="text/plain; charset=utf-8")
    if path == "/sitemap.xml":
        return sitemap(req)
    m = ART_RE.match(path)
    if m:
        a = BY_ID.get(int(m.group(2)))
        if a is None:
            return not_found(req)
        if a["state"] == "deleted":
            return deleted_page(req)
        if a["state"] == "trashed":
            return redirect("/", 302)
        if m.group(1) != a["slug"]:
            return redirect(a["path"])
        return article(req, a)
    m = _re.match(r"^/Home/Print/(\d+)$", path)
    if m:
        a = BY_ID.get(int(m.group(1)))
        if a is None or a["state"] != "live":
            return not_found(req)
        return print_view(req, a)
    m = _re.match(r"^/chuyen-muc/([a-z-]+)$", path)
    if m and m.group(1) in CAT_NAME:
        p = req.arg("page", "1")
        return category(req, m.group(1), int(p) if p.isdigit() and int(p) > 0 else 1)
    m = _re.match(r"^/luu-tru/(\d{4})/(\d{1,2})$", path)
    if m:
        p = req.arg("page", "1")
        return archive(req, int(m.group(1)), int(m.group(2)), int(p) if p.isdigit() and int(p) > 0 else 1)
    if path == "/lich-su-kien":
        return calendar(req)
    if path == "/Error/NotFound":
        return error_page(req)
    if path in ("/gioi-thieu", "/van-ban", "/chuyen-de", "/thu-vien", "/hoi-dap"):
        return page(req, SITE_NAME, '<h1>%s</h1><p>Nội dung đang được cập nhật.</p>' % esc(path[1:].replace("-", " ").title()), path)
    if path.startswith(("/Uploads/", "/Content/images/")):
        return Out(PIXEL, ctype="image/gif") if not path.endswith(".pdf") else Out(b"%PDF-1.4\n%%EOF\n", ctype="application/pdf")
    return not_found(req)


app = make_app(handle, [("Server", "Microsoft-IIS/8.5"), ("X-AspNetMvc-Version", "5.2"), ("X-AspNet-Version", "4.0.30319"),
                        ("X-Powered-By", "ASP.NET")])

NOT_ARTICLES = [a["path"] for a in ITEMS if a["state"] != "live"] + [b["path"] for b in BROKEN.values()]
MANIFEST = {
    "family": "ASP.NET MVC 5 on IIS 8.5 (Tỉnh ủy Cửu Long portal): cached listings, boxes, archives and sitemap still "
              "link deleted / withdrawn / trashed items; customErrors soft 404; article-shaped URLs that are not articles",
    "start_urls": ["/"],
    "articles": {a["path"]: {"title": a["title"], "aliases": ["/Home/Print/%d" % a["id"]]} for a in ARTS},
    "robots_disallowed": ["/Admin/", "/Account/", "/Search", "/api/"],
    "trap_prefixes": ["/lich-su-kien"],
    "only_via": {},
    "sitemaps": ["/sitemap.xml"],
    "flaky": dict(FLAKY),
    "notes": (
        "Articles /<slug>-c<id>.html (wrong slug 301). MAIN DIFFICULTY: %d URLs with exactly the article shape are NOT "
        "articles (SUMMARY['not_articles']). The listings (/chuyen-muc/<c>?page=N, PagedList pager, 8 per page), the home "
        "carousel and boxes, 'Tin mới', 'Đọc nhiều', the month archives /luu-tru/YYYY/M[?page=N] and the sitemap are "
        "served from a cache that still holds: 8 DELETED items (200 'Không tìm thấy bài viết' page with the full layout, "
        "no canonical), 5 WITHDRAWN items (200 article shell: h1 title + date, body only 'Nội dung bài viết đang được "
        "biên tập lại', <meta name=robots content='noindex, nofollow'>, canonical to itself; two of them are in the home "
        "carousel) and 3 TRASHED items (302 to the home page; they top 'Đọc nhiều'); 4 'Xem thêm' links in September "
        "bodies point to ids that never existed (customErrors: 302 to /Error/NotFound?aspxerrorpath=/<path>, which "
        "answers 200 'Trang không tồn tại'). Every unknown URL does the same (no 404 anywhere). The sitemap "
        "(robots Sitemap: /sitemap.xml) lists the live, deleted and withdrawn items. Listings past the end: 200 'Không có "
        "bài viết nào trong chuyên mục này.' Alias: 'In bài' /Home/Print/<id> (200, canonical). 'Tin cùng chuyên mục' = "
        "the next 5 older live articles of the category. Trap: 'Lịch sự kiện' /lich-su-kien?thang=&nam= « » months "
        "forever (+ ?ngay= day links). Search /Search is robots-disallowed. HAZARD: /chuyen-muc/xay-dung-dang?page=3 answers 500 (ASP.NET "
        "'Server Error in / Application', SQL timeout) to the 1st, 3rd … request of the server process. Off-site unit links in a <select> "
        "(window.open) and the footer." % len(NOT_ARTICLES)),
}
_d = [a for a in ITEMS if a["state"] == "deleted"][0]
_w = [a for a in ITEMS if a["state"] == "withdrawn"][0]
_t = [a for a in ITEMS if a["state"] == "trashed"][0]
SELFTEST = [
    {"path": _d["path"], "status": 200, "contains": "Không tìm thấy bài viết", "not_contains": _d["paras"][1]},
    {"path": _w["path"], "status": 200, "contains": "đang được biên tập lại"},
    {"path": _t["path"], "status": 302, "location": "/"},
    {"path": list(BROKEN.values())[0]["path"], "status": 302,
     "location": "/Error/NotFound?aspxerrorpath=" + list(BROKEN.values())[0]["path"]},
    {"path": "/Error/NotFound?aspxerrorpath=/x", "status": 200, "contains": "Trang không tồn tại"},
    {"path": "/khong-co-trang-nay", "status": 302, "location": "/Error/NotFound?aspxerrorpath=/khong-co-trang-nay"},
    {"path": "/chuyen-muc/tin-hoat-dong?page=99", "status": 200, "contains": "Không có bài viết nào"},
    {"path": "/sai-slug-c%d.html" % ARTS[4]["id"], "status": 301, "location": ARTS[4]["path"]},
    {"path": "/Home/Print/%d" % _d["id"], "status": 302},
]
SUMMARY = {
    "chains": ["/ -> menu /chuyen-muc/<c> -> ?page=N (PagedList window of 5 + « »)",
               "footer 'Lưu trữ' /luu-tru/2024/M -> ?page=N (20 per page)",
               "robots Sitemap: -> /sitemap.xml (live + deleted + withdrawn)"],
    "alias_kinds": ["print /Home/Print/<id> (200)", "wrong slug (301, unlisted)"],
    "quirks": ["deleted items still listed (200 'Không tìm thấy bài viết')", "withdrawn items: title shell + noindex",
               "trashed items 302 home", "customErrors 302 -> /Error/NotFound (200) for every unknown URL",
               "stale sitemap", "month-calendar trap", "500 once (YSOD) on a listing page"],
    "not_articles": NOT_ARTICLES,
}
