# ==== BEGIN KERNEL (shared helper code, kept in sync by tools/sync_kernel.py) ====
import hashlib
import html as _html
import json
import random
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode

E = _html.escape

_REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified",
            307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
            403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
            500: "Internal Server Error"}

# 1x1 transparent GIF served for every image URL
GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c"
                    "00000000010001000002024401003b")


def slugify(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()


def h7(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:7]


class Req:
    """Tiny request wrapper around a WSGI environ."""

    def __init__(self, environ):
        self.environ = environ
        self.method = (environ.get("REQUEST_METHOD") or "GET").upper()
        raw = environ.get("PATH_INFO") or "/"
        try:
            self.path = raw.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            self.path = raw
        self.qs = environ.get("QUERY_STRING") or ""
        self.pairs = parse_qsl(self.qs, keep_blank_values=True)
        self.args = {}
        for k, v in self.pairs:
            self.args.setdefault(k, v)
        self.iargs = {k.lower(): v for k, v in reversed(self.pairs)}
        host = environ.get("HTTP_HOST")
        if not host:
            host = environ.get("SERVER_NAME", "localhost")
            port = environ.get("SERVER_PORT", "80")
            if port not in ("80", "443"):
                host += ":" + port
        self.host = host
        self.scheme = environ.get("wsgi.url_scheme", "http")
        self.form = {}
        self.form_pairs = []
        if self.method == "POST":
            try:
                n = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            body = environ["wsgi.input"].read(n) if n > 0 else b""
            ctype = environ.get("CONTENT_TYPE", "")
            if "json" in ctype:
                try:
                    self.form = json.loads(body.decode("utf-8") or "{}")
                except ValueError:
                    self.form = {}
            else:
                self.form_pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
                for k, v in self.form_pairs:
                    self.form.setdefault(k, v)

    @property
    def base(self):
        return "%s://%s" % (self.scheme, self.host)

    @property
    def uri(self):
        return quote(self.path, safe="/-._~!$&'()*+,;=:@") + ("?" + self.qs if self.qs else "")

    @property
    def full(self):
        return self.base + self.uri

    def arg_int(self, name, default=1, ci=False):
        v = (self.iargs.get(name.lower()) if ci else self.args.get(name))
        try:
            return int(v)
        except (TypeError, ValueError):
            return default


def resp(status, body, ctype="text/html; charset=utf-8", headers=()):
    return status, [("Content-Type", ctype)] + list(headers), body


def redirect(status, location):
    return status, [("Location", location), ("Content-Type", "text/html; charset=utf-8")], \
        '<html><body>Moved <a href="%s">here</a></body></html>' % E(location)


def make_app(handler, encoder=None):
    def app(environ, start_response):
        req = Req(environ)
        try:
            status, headers, body = handler(req)
        except Exception:  # pragma: no cover - debugging aid
            import traceback
            status, headers, body = 500, [("Content-Type", "text/plain; charset=utf-8")], traceback.format_exc()
        if isinstance(body, str):
            body = encoder(body) if encoder else body.encode("utf-8")
        headers = list(headers) + [("Content-Length", str(len(body)))]
        start_response("%d %s" % (status, _REASONS.get(status, "OK")), headers)
        return [b""] if req.method == "HEAD" else [body]
    return app


# ---------------------------------------------------------------- content
_ORGS = [
    "Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh",
    "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy",
    "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh",
    "Đảng ủy Khối Doanh nghiệp tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Hội đồng nhân dân tỉnh",
    "Ủy ban nhân dân tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
    "Liên đoàn Lao động tỉnh", "Hội Cựu chiến binh tỉnh", "Huyện ủy {place}", "Thành ủy {city}",
    "Đảng bộ xã {commune}", "Trường Chính trị tỉnh",
]
_ACTIONS = [
    "tổ chức hội nghị sơ kết", "triển khai", "kiểm tra việc thực hiện", "quán triệt, triển khai",
    "tổng kết", "hướng dẫn thực hiện", "giám sát", "tọa đàm về", "cho ý kiến về", "đẩy mạnh",
    "bàn giải pháp thực hiện", "ra mắt mô hình điểm về", "sơ kết 6 tháng thực hiện",
    "tập huấn nghiệp vụ về",
]
_TOPICS = [
    "Nghị quyết số {nq}-NQ/TU về phát triển nông nghiệp công nghệ cao",
    "công tác xây dựng Đảng năm {y}", "Chỉ thị số 05-CT/TW của Bộ Chính trị",
    "công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030",
    "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "công tác cải cách hành chính",
    "chuyển đổi số trong cơ quan Đảng", "công tác phòng, chống tham nhũng, tiêu cực",
    "công tác dân vận chính quyền", "công tác kiểm tra, giám sát", "công tác phát triển đảng viên",
    "công tác bảo vệ nền tảng tư tưởng của Đảng", "công tác phòng, chống thiên tai",
    "kế hoạch thu hút đầu tư", "đề án phát triển du lịch cộng đồng",
    "chương trình giảm nghèo bền vững", "Quy định số {qd}-QĐ/TW về trách nhiệm nêu gương",
    "phong trào thi đua yêu nước", "công tác tuyên truyền biển, đảo",
    "việc học tập chuyên đề năm {y}",
]
_NAMES = ["Nguyễn Văn Thắng", "Trần Thị Hồng Nhung", "Lê Minh Tuấn", "Phạm Quốc Hưng",
          "Hoàng Thị Lan", "Vũ Đức Thành", "Đặng Văn Lợi", "Bùi Thị Thu Hằng",
          "Đỗ Mạnh Cường", "Ngô Thanh Bình", "Lương Văn Khải", "Triệu Thị Mai"]
_ROLES = ["Phó Bí thư Thường trực Tỉnh ủy", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy",
          "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
          "Tỉnh ủy viên, Bí thư Huyện ủy {place}", "Phó Chủ tịch UBND tỉnh",
          "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy"]
_AUTHORS = ["Minh Châu", "Thu Hà", "Quang Vinh", "Hải Yến", "Đức Anh", "Thanh Tâm", "Ngọc Lan",
            "Văn Khanh", "Hồng Nhung", "Tuấn Minh", "Phạm Thảo", "Khánh Trung"]
_SENTENCES = [
    "Dự hội nghị có đại diện lãnh đạo các ban xây dựng Đảng của Tỉnh ủy, các sở, ngành và {n1} đơn vị liên quan.",
    "Theo báo cáo, từ đầu năm đến nay, {org} đã tập trung lãnh đạo, chỉ đạo thực hiện đồng bộ các nhiệm vụ, giải pháp đề ra.",
    "Tỷ lệ hoàn thành chỉ tiêu đạt {p1}%, tăng {p2} điểm phần trăm so với cùng kỳ năm trước.",
    "Toàn tỉnh đã kết nạp {n2} đảng viên mới, đạt {p3}% kế hoạch năm.",
    "Phát biểu chỉ đạo, đồng chí {name}, {role} đề nghị các cấp ủy, chính quyền tiếp tục nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên.",
    "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như công tác phối hợp có lúc chưa chặt chẽ, việc sơ kết ở một số nơi còn hình thức.",
    "Các đại biểu đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, sát với thực tiễn tại {place}.",
    "Thời gian tới, {place} phấn đấu hoàn thành {n3} công trình, dự án trọng điểm với tổng vốn đầu tư khoảng {m1} tỷ đồng.",
    "Dịp này, {n4} tập thể và cá nhân có thành tích xuất sắc được tặng Bằng khen, Giấy khen.",
    "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới {n5} điểm cầu cấp huyện và cấp xã.",
    "Đến nay, {p4}% tổ chức cơ sở đảng đã xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành.",
    "Công tác tuyên truyền được đẩy mạnh với {n6} tin, bài đăng tải trên các phương tiện thông tin đại chúng và mạng xã hội.",
    "Thu nhập bình quân đầu người ước đạt {m2} triệu đồng/năm, tỷ lệ hộ nghèo giảm còn {p5}%.",
    "Đồng chí nhấn mạnh, phải lấy sự hài lòng của người dân làm thước đo hiệu quả hoạt động của cả hệ thống chính trị.",
    "Các cấp ủy cần tiếp tục rà soát, bổ sung quy chế làm việc, tăng cường kỷ luật, kỷ cương hành chính tại {place}.",
    "Qua kiểm tra, đoàn đã phát hiện và kiến nghị khắc phục {n7} nội dung còn tồn tại trong công tác quản lý đảng viên.",
]
_CAPTIONS = ["Quang cảnh hội nghị tại {place}.", "Đồng chí {name}, {role} phát biểu chỉ đạo hội nghị.",
             "Các đại biểu dự hội nghị.", "Đoàn công tác làm việc tại {place}.",
             "Lãnh đạo tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc."]


def _fill(tpl, rng, ctx):
    vals = dict(ctx)
    vals.update(
        n1=rng.randint(12, 95), n2=rng.randint(120, 1900), n3=rng.randint(5, 48),
        n4=rng.randint(10, 90), n5=rng.randint(11, 180), n6=rng.randint(200, 4800),
        n7=rng.randint(3, 40), p1="%d,%d" % (rng.randint(70, 99), rng.randint(1, 9)),
        p2="%d,%d" % (rng.randint(1, 15), rng.randint(1, 9)), p3=rng.randint(55, 130),
        p4=rng.randint(60, 100), p5="%d,%02d" % (rng.randint(1, 6), rng.randint(1, 99)),
        m1="{:,}".format(rng.randint(150, 9800)).replace(",", "."),
        m2="%d,%d" % (rng.randint(45, 98), rng.randint(1, 9)),
        name=rng.choice(_NAMES),
        role=rng.choice(_ROLES).format(place=ctx["place"]),
    )
    return tpl.format(**vals)


def gen_articles(seed, n, cats, places, city, communes, base=datetime(2024, 5, 20, 16, 45)):
    """Deterministic Vietnamese Party-news articles, newest first.

    cats: list of category keys; assignment cycles through it (so the caller controls
    the distribution by repeating keys)."""
    rng = random.Random(seed)
    seen, slugs, out = set(), set(), []
    t = base
    for i in range(n):
        while True:
            place = rng.choice(places)
            org = rng.choice(_ORGS).format(place=place, city=city, commune=rng.choice(communes))
            topic = rng.choice(_TOPICS).format(nq=rng.randint(2, 30), y=rng.choice([2023, 2024]),
                                                qd=rng.choice(["101", "144", "08"]))
            form = rng.random()
            if form < 0.6:
                title = "%s %s %s" % (org, rng.choice(_ACTIONS), topic)
            elif form < 0.8:
                title = "%s: %s đạt nhiều kết quả tích cực" % (place[0].upper() + place[1:],
                                                               topic[0].upper() + topic[1:])
            else:
                title = "%s %s %s tại %s" % (org, rng.choice(_ACTIONS), topic, place)
            slug = slugify(title)
            if title not in seen and slug not in slugs:
                seen.add(title)
                slugs.add(slug)
                break
        t = t - timedelta(minutes=rng.randint(170, 1300))
        ctx = {"org": org, "place": place}
        paras = []
        pool = list(_SENTENCES)
        rng.shuffle(pool)
        for k in range(rng.randint(4, 6)):
            sents = [_fill(pool[(k * 3 + j) % len(pool)], rng, ctx) for j in range(3)]
            paras.append(" ".join(sents))
        sapo = "Ngày %d/%d, %s đã %s %s." % (t.day, t.month, org, rng.choice(_ACTIONS),
                                              topic.split(" về ")[0])
        out.append({
            "i": i, "title": title, "slug": slug, "date": t, "cat": cats[i % len(cats)],
            "sapo": sapo, "paras": paras, "author": rng.choice(_AUTHORS), "place": place,
            "caption": _fill(rng.choice(_CAPTIONS), rng, ctx), "views": rng.randint(80, 9000),
            "tagi": rng.randrange(6),
        })
    return out


WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def window(cur, last, radius=1):
    """Windowed pager: [1, None, 4, 5, 6, None, 20] (None = ellipsis)."""
    show = {1, last} | set(range(max(1, cur - radius), min(last, cur + radius) + 1))
    out, prev = [], 0
    for p in sorted(show):
        if p - prev > 1:
            out.append(None)
        out.append(p)
        prev = p
    return out


def pages_of(items, size):
    return max(1, (len(items) + size - 1) // size)


def robots_allows(rules, path):
    """rules: list of (allow: bool, prefix).  Longest match wins."""
    best = (-1, True)
    for allow, pre in rules:
        if pre and path.startswith(pre) and len(pre) > best[0]:
            best = (len(pre), allow)
    return best[1]
# ==== END KERNEL ====
