"""Replica: Trang thông tin điện tử Đảng bộ tỉnh Nam Hà, custom ASP.NET WebForms CMS (table layout, IIS 8.5).
Listings page by ?PageIndex= GET links that drag the page's __VIEWSTATE along, 'Tin cơ sở' pages only through the
'Đi đến trang' GET form (<input type=number>), a 'Chuyên đề Đại hội' reachable only through an <area> image map,
UTF-8 bodies with a byte order mark under a stale windows-1258 <meta>, and a login redirect that grows forever.

Blind test material (set 4).  Self-contained, stdlib only.  See README.md.
"""
# ==== BEGIN KERNEL (shared helper block for set 4; copied into each module by tools/sync_kernel.py) ====
import base64
import gzip
import hashlib
import html as _html
import json
import random
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, quote, unquote, urlencode

E = _html.escape
STATUS_TEXT = {200: "OK", 301: "Moved Permanently", 302: "Found", 303: "See Other", 307: "Temporary Redirect",
               308: "Permanent Redirect", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
               405: "Method Not Allowed", 500: "Internal Server Error"}
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
TODAY = datetime(2024, 7, 6, 10, 0)           # fixed "now" for every site of set 4 (a Saturday)
THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
THU_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def ascii_slug(text, sep="-", keep_case=False):
    text = text.replace("đ", "d").replace("Đ", "D").replace("Ð", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    out = re.sub(r"[^A-Za-z0-9]+", sep, text).strip(sep)
    return out if keep_case else out.lower()


def hexid(s, n=8):
    return hashlib.md5(s.encode("utf-8")).hexdigest()[:n]


class Request:
    def __init__(self, env):
        self.env = env
        self.method = (env.get("REQUEST_METHOD") or "GET").upper()
        raw = env.get("PATH_INFO") or "/"
        try:
            self.path = raw.encode("latin-1").decode("utf-8")
        except (UnicodeError, UnicodeDecodeError):
            self.path = raw
        self.qs = env.get("QUERY_STRING") or ""
        self.pairs = parse_qsl(self.qs, keep_blank_values=True)
        self.q = {}
        for k, v in self.pairs:
            self.q.setdefault(k, v)
        self.qi = {}
        for k, v in self.pairs:
            self.qi.setdefault(k.lower(), v)
        host = env.get("HTTP_HOST")
        if not host:
            host = env.get("SERVER_NAME", "localhost")
            if env.get("SERVER_PORT", "80") not in ("80", "443"):
                host += ":" + env["SERVER_PORT"]
        self.host = host
        self.scheme = env.get("wsgi.url_scheme", "http")
        self.form, self.form_pairs, self.raw_body = {}, [], b""
        if self.method == "POST":
            try:
                n = int(env.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            self.raw_body = env["wsgi.input"].read(n) if n > 0 else b""
            if "json" in (env.get("CONTENT_TYPE") or ""):
                try:
                    self.form = json.loads(self.raw_body.decode("utf-8") or "{}")
                except ValueError:
                    self.form = {}
            else:
                self.form_pairs = parse_qsl(self.raw_body.decode("utf-8", "replace"), keep_blank_values=True)
                for k, v in self.form_pairs:
                    self.form.setdefault(k, v)

    @property
    def base(self):
        return "%s://%s" % (self.scheme, self.host)

    @property
    def uri(self):
        return quote(self.path, safe="/-._~!$&'()*+,;=:@%") + ("?" + self.qs if self.qs else "")

    def int_arg(self, name, default, ci=False, src=None):
        d = src if src is not None else (self.qi if ci else self.q)
        v = d.get(name.lower() if ci else name)
        try:
            return int(v)
        except (TypeError, ValueError):
            return default


def html_resp(body, status=200, headers=(), ctype="text/html; charset=utf-8"):
    return status, [("Content-Type", ctype)] + list(headers), body


def json_resp(obj, status=200, headers=()):
    return status, [("Content-Type", "application/json; charset=utf-8")] + list(headers), \
        json.dumps(obj, ensure_ascii=False)


def text_resp(body, ctype="text/plain; charset=utf-8", status=200):
    return status, [("Content-Type", ctype)], body


def moved(status, location, extra=()):
    return status, [("Location", location), ("Content-Type", "text/html; charset=utf-8")] + list(extra), \
        '<!DOCTYPE html><html><head><title>Object moved</title></head><body><h2>Object moved to <a href="%s">here</a>.</h2></body></html>' % E(location)


def wsgi(handler, server_headers=()):
    def app(environ, start_response):
        req = Request(environ)
        try:
            status, headers, body = handler(req)
        except Exception:  # debugging aid
            import traceback
            status, headers, body = 500, [("Content-Type", "text/plain; charset=utf-8")], traceback.format_exc()
        if isinstance(body, str):
            body = body.encode("utf-8")
        headers = list(server_headers) + list(headers) + [("Content-Length", str(len(body)))]
        start_response("%d %s" % (status, STATUS_TEXT.get(status, "OK")), headers)
        return [b""] if req.method == "HEAD" else [body]
    return app


def urlset(base, entries):
    """entries: (path, lastmod datetime or None)"""
    rows = []
    for p, lm in entries:
        rows.append("<url><loc>%s</loc>%s</url>" % (E(base + p), "<lastmod>%s</lastmod>" % lm.strftime("%Y-%m-%dT%H:%M:%S+07:00") if lm else ""))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows) + "\n</urlset>\n")


def sitemap_index(base, paths):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join("<sitemap><loc>%s</loc></sitemap>" % E(base + p) for p in paths) + "\n</sitemapindex>\n")


def npages(n, size):
    return max(1, -(-n // size))


def pager_window(cur, last, radius=2):
    keep = {1, last} | set(range(max(1, cur - radius), min(last, cur + radius) + 1))
    out, prev = [], 0
    for p in sorted(keep):
        if p - prev > 1:
            out.append(None)
        out.append(p)
        prev = p
    return out


# ---------------------------------------------------------------- deterministic Vietnamese news content
_SUBJ = ["Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh", "Ủy ban Kiểm tra Tỉnh ủy",
         "Ban Tuyên giáo Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
         "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Hội Cựu chiến binh tỉnh",
         "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh", "Huyện ủy {h}", "Thị ủy {h}",
         "Đảng ủy xã {x}", "Đảng ủy Quân sự tỉnh", "Đảng ủy Công an tỉnh", "Trường Chính trị tỉnh"]
_VERB = ["sơ kết", "tổng kết", "triển khai", "quán triệt", "kiểm tra", "giám sát chuyên đề về", "đối thoại về",
         "tập huấn", "góp ý dự thảo", "hội thảo khoa học về", "ký kết quy chế phối hợp về", "rà soát",
         "đôn đốc tiến độ", "biểu dương điển hình về"]
_OBJ = ["Nghị quyết số {n}-NQ/TU về phát triển kinh tế biển", "công tác xây dựng Đảng 6 tháng đầu năm {y}",
        "Kết luận số {k}-KL/TW của Bộ Chính trị", "việc chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027",
        "Chương trình giảm nghèo đa chiều", "công tác chuyển đổi số trong các cơ quan đảng",
        "công tác phòng, chống lãng phí", "công tác dân vận khéo", "việc thực hiện quy chế dân chủ ở cơ sở",
        "công tác phát triển đảng viên trong doanh nghiệp ngoài nhà nước", "công tác bảo vệ nền tảng tư tưởng",
        "công tác phòng, chống hạn hán, xâm nhập mặn", "kế hoạch phát triển hợp tác xã kiểu mới",
        "đề án bảo tồn di sản văn hóa phi vật thể", "chương trình mỗi xã một sản phẩm (OCOP)",
        "Quy định số {q}-QĐ/TW về kiểm soát quyền lực", "phong trào thi đua đặc biệt chào mừng đại hội",
        "công tác tuyên truyền chủ quyền biên giới", "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "công tác cán bộ và quy hoạch cán bộ nhiệm kỳ tới", "công tác bồi dưỡng lý luận chính trị cho đảng viên mới"]
_LEAD = ["Phó Bí thư Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy",
         "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh",
         "Tỉnh ủy viên, Bí thư Huyện ủy {h}", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"]
_PEOPLE = ["Lê Văn Hòa", "Nguyễn Thị Thu Trang", "Trần Đức Long", "Phan Văn Quý", "Đinh Thị Hạnh", "Hà Văn Sơn",
           "Cao Minh Đức", "Lò Thị Xuân", "Vi Văn Thuận", "Mai Thanh Hải", "Kiều Thị Phương", "Tạ Quang Huy"]
_BYLINE = ["Hoài Thu", "Minh Đức", "Thanh Hương", "Quốc Bảo", "Lệ Quyên", "Văn Tiến", "Thúy Hằng", "Trọng Nghĩa",
           "Bảo Ngọc", "Hữu Phước", "Diệu Linh", "Anh Tuấn"]
_SENT = [
    "Tham dự có đồng chí {p}, {l}, cùng đại diện {a} cơ quan, đơn vị liên quan.",
    "Báo cáo cho thấy, {s} đã bám sát chỉ đạo của Trung ương, cụ thể hóa bằng {b} kế hoạch, hướng dẫn.",
    "Kết quả khảo sát cho thấy {c}% cán bộ, đảng viên nắm vững nội dung cơ bản, tăng {d} điểm so với năm trước.",
    "Trong kỳ, toàn đảng bộ kết nạp {e} đảng viên mới, trong đó {f} đồng chí là đoàn viên ưu tú.",
    "Đồng chí {p} yêu cầu các cấp ủy tập trung khắc phục tồn tại, hạn chế, nhất là ở những nơi còn lúng túng.",
    "Một số địa phương chưa chủ động, việc phối hợp giữa các ngành ở {h} có lúc còn thiếu đồng bộ.",
    "Các ý kiến thảo luận tập trung làm rõ nguyên nhân, đồng thời đề xuất nhiều giải pháp sát với thực tiễn ở {h}.",
    "Năm {y}, {h} đặt mục tiêu hoàn thành {g} công trình hạ tầng thiết yếu với tổng mức đầu tư hơn {m} tỷ đồng.",
    "Nhân dịp này, {i} tập thể, cá nhân được khen thưởng vì có thành tích xuất sắc.",
    "Hội nghị được kết nối trực tuyến đến {j} điểm cầu trên địa bàn toàn tỉnh.",
    "Đến hết tháng {mo}, {c}% chi bộ đã tổ chức sinh hoạt chuyên đề theo đúng hướng dẫn.",
    "Ban Biên tập trang thông tin điện tử đã đăng tải {k2} tin, bài, phóng sự phản ánh kết quả thực hiện.",
    "Tổng thu ngân sách trên địa bàn ước đạt {m} tỷ đồng, tỷ lệ hộ nghèo còn {r}%.",
    "Người đứng đầu cấp ủy phải gương mẫu, nói đi đôi với làm, chịu trách nhiệm đến cùng về kết quả thực hiện.",
    "Qua giám sát đã kiến nghị chấn chỉnh {t} nội dung, trong đó có việc quản lý hồ sơ đảng viên tại {h}.",
    "Mô hình dân vận khéo ở xã {x} được nhân rộng, giúp bà con tiết kiệm hàng trăm ngày công lao động.",
    "Lãnh đạo {s} tiếp thu ý kiến và cam kết hoàn thành các chỉ tiêu trước ngày {dd}/{mo}.",
    "Toàn tỉnh hiện có {b} tổ chức cơ sở đảng được xếp loại hoàn thành xuất sắc nhiệm vụ, chiếm {c}%.",
    "Ý kiến của nhân dân {x} được tổng hợp đầy đủ, gửi đến cấp ủy trong vòng {d} ngày làm việc.",
    "Cuối buổi, đoàn đã dâng hương tưởng niệm các anh hùng liệt sĩ tại nghĩa trang liệt sĩ {h}.",
    "Về lâu dài, {h} sẽ xây dựng cơ sở dữ liệu đảng viên số hóa, kết nối với {j} chi bộ trực thuộc.",
]
_CAPS = ["Toàn cảnh hội nghị tại {h}.", "Đồng chí {p}, {l} phát biểu tại hội nghị.",
         "Đại biểu thảo luận tại tổ.", "Đoàn công tác kiểm tra thực tế tại xã {x}.",
         "Trao Bằng khen cho các tập thể, cá nhân tiêu biểu."]


def _sent(tpl, rng, ctx):
    v = dict(ctx)
    v.update(a=rng.randint(15, 90), b=rng.randint(3, 40), c=rng.randint(71, 99), d=rng.randint(2, 14),
             e=rng.randint(90, 1800), f=rng.randint(20, 600), g=rng.randint(4, 60),
             m="{:,}".format(rng.randint(120, 12000)).replace(",", "."), i=rng.randint(8, 120),
             j=rng.randint(12, 240), k2=rng.randint(150, 5200), r="%d,%02d" % (rng.randint(0, 7), rng.randint(0, 99)),
             t=rng.randint(3, 35), mo=rng.randint(1, 12), dd=rng.randint(1, 28), y=rng.choice([2024, 2025]),
             p=rng.choice(_PEOPLE), l=rng.choice(_LEAD).format(h=ctx["h"]), x=rng.choice(ctx["xs"]))
    return tpl.format(**v)


def make_articles(seed, n, cats, districts, communes, newest=datetime(2024, 7, 6, 8, 30), gap=(240, 1500)):
    """n articles, newest first; cats is cycled (repeat a key to weight it)."""
    rng = random.Random(seed)
    out, titles, slugs = [], set(), set()
    t = newest
    for i in range(n):
        while True:
            h = rng.choice(districts)
            s = rng.choice(_SUBJ).format(h=h, x=rng.choice(communes))
            o = rng.choice(_OBJ).format(n=rng.randint(3, 25), y=rng.choice([2024, 2025]), k=rng.choice(["21", "57", "14"]),
                                        q=rng.choice(["114", "131", "132"]))
            form = rng.random()
            if form < 0.55:
                title = "%s %s %s" % (s, rng.choice(_VERB), o)
            elif form < 0.75:
                title = "%s: Chuyển biến rõ nét trong %s" % (h, o)
            else:
                title = "%s %s %s tại %s" % (s, rng.choice(_VERB), o, h)
            sl = ascii_slug(title)
            if title not in titles and sl not in slugs:
                titles.add(title)
                slugs.add(sl)
                break
        t = t - timedelta(minutes=rng.randint(*gap))
        ctx = {"h": h, "s": s, "xs": communes}
        pool = list(_SENT)
        rng.shuffle(pool)
        paras = []
        for k in range(rng.randint(4, 6)):
            paras.append(" ".join(_sent(pool[(3 * k + j) % len(pool)], rng, ctx) for j in range(3)))
        sapo = "Ngày %d/%d, %s đã %s %s." % (t.day, t.month, s, rng.choice(_VERB), o)
        out.append({"i": i, "title": title, "slug": sl, "date": t, "cat": cats[i % len(cats)], "sapo": sapo,
                    "paras": paras, "by": rng.choice(_BYLINE), "h": h, "views": rng.randint(40, 7000),
                    "cap": _sent(rng.choice(_CAPS), rng, ctx), "k": rng.randrange(8)})
    return out

def rss(base, title, link, items, desc=""):
    """items: (path, title, datetime, summary)"""
    rows = []
    for path, t, d, summ in items:
        rows.append("<item><title>%s</title><link>%s</link><guid isPermaLink=\"true\">%s</guid><pubDate>%s</pubDate><description>%s</description></item>" % (
            E(t), E(base + path), E(base + path), d.strftime("%a, %d %b %Y %H:%M:%S +0700"), E(summ)))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>%s</title><link>%s</link><description>%s</description><language>vi-vn</language>\n'
            % (E(title), E(base + link), E(desc or title)) + "\n".join(rows) + "\n</channel></rss>\n")
# ==== END KERNEL ====

SITE = "Trang thông tin điện tử Đảng bộ tỉnh Nam Hà"
CATS = {3: "Tin hoạt động", 5: "Xây dựng Đảng", 8: "Tin cơ sở",
        11: "Văn kiện Đại hội", 12: "Gương điển hình trước Đại hội", 13: "Hỏi - đáp về Đại hội"}
MENU = [3, 5, 8]
TOPICS = [11, 12, 13]                # 'Chuyên đề Đại hội': only the home-page banner image map links them
FORM_ONLY = 8                        # 'Tin cơ sở': no pager links, only 'Đi đến trang'
PER = 10
_CYCLE = [3, 5, 3, 8, 3, 5, 8, 3, 5, 11, 3, 8, 3, 5, 12, 3, 8, 5, 3, 13]
ARTS = make_articles(5202, 112, _CYCLE,
                     ["Ý Yên", "Vụ Bản", "Nam Ninh", "Xuân Thủy", "Hải Hậu", "Nghĩa Hưng", "Bình Lục", "Kim Bảng",
                      "Duy Tiên", "Thanh Liêm"],
                     ["Yên Tiến", "Liên Minh", "Giao Tiến", "Hải Đường", "Nghĩa Lạc", "Tiêu Động"], gap=(700, 2500))
_UNITS = ["Ban Tuyên giáo Tỉnh ủy", "Đảng ủy Khối Doanh nghiệp", "Trung tâm Chính trị huyện", "Huyện ủy", "Văn phòng Tỉnh ủy"]
for _a in ARTS:
    _a["id"] = 2600 + 4 * (len(ARTS) - _a["i"]) + _a["i"] % 3
    _a["unit"] = _UNITS[_a["i"] % len(_UNITS)] + ("" if _a["i"] % len(_UNITS) != 3 else " " + _a["h"])
BY_ID = {a["id"]: a for a in ARTS}


def in_cat(c):
    return [a for a in ARTS if a["cat"] == c]


def detail_path(a, catid=True, lower=False):
    return "/%s?siteid=1&c=content&a=detail%s&id=%d" % ("default.aspx" if lower else "Default.aspx",
                                                         "&catid=%d" % a["cat"] if catid else "", a["id"])


def list_path(c):
    return "/Default.aspx?siteid=1&c=content&a=list&catid=%d" % c


def viewstate(c, n):
    """An opaque, MAC-looking __VIEWSTATE blob (it really only encodes the category and the page)."""
    raw = b"\xff\x01\x0f\x0f\x05\n-1402938462\x0f\x16\x02\x1f\x00" + ("catid=%d|PageIndex=%d|" % (c, n)).encode() + \
        b"".join(hashlib.sha256(("nh-%d-%d-%d" % (c, n, k)).encode()).digest() for k in range(6))
    return base64.b64encode(raw).decode()


def d_dash(d):
    return d.strftime("%d-%m-%Y %H:%M")


# ---------------------------------------------------------------- layout (table era)
def shell(req, title, center, home=False):
    menu = "".join('<td class="menu-item"><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=%d">%s</a></td>' % (c, E(CATS[c])) for c in MENU)
    newest = [a for a in ARTS if a["cat"] in MENU][:8]
    tinmoi = "".join('<tr><td class="bullet"><img src="/Images/bullet.gif" alt=""></td><td><a class="tin-moi" href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;id=%d">%s</a></td></tr>' % (a["id"], E(a["title"])) for a in newest)
    popular = [a for a in in_cat(3)][2:30:5]
    docnhieu = "".join('<li><a href="/default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=3&amp;id=%d">%s</a></li>' % (a["id"], E(a["title"])) for a in popular)
    return "\ufeff" + """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" /><title>
	%s
</title><link href="/App_Themes/NamHa/style.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="./Default.aspx?%s" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s" /></div>
<table class="top-bar" width="100%%" cellpadding="0" cellspacing="0"><tr><td class="clock">Thứ Bảy, ngày 06 tháng 7 năm 2024 - 10:00:00 AM</td>
<td align="right"><input name="ctl00$Header1$txtSearch" type="text" id="ctl00_Header1_txtSearch" class="search-box" /><input type="submit" name="ctl00$Header1$btnSearch" value="Tìm kiếm" id="ctl00_Header1_btnSearch" />
 | <a href="/Login.aspx?ReturnUrl=%%2fDefault.aspx">Đăng nhập</a></td></tr></table>
</form>
<table class="wrapper" width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3" class="banner"><a href="Default.aspx"><img src="/Images/Banner/banner-top.jpg" width="1000" height="150" alt="%s" /></a></td></tr>
<tr><td colspan="3" class="main-menu"><table cellpadding="0" cellspacing="0"><tr><td class="menu-item"><a href="Default.aspx">Trang chủ</a></td>%s</tr></table></td></tr>
<tr valign="top">
<td class="col-left" width="230"><div class="box"><div class="box-title">TIN MỚI</div><table class="tin-moi">%s</table></div>
<div class="box"><div class="box-title">ĐỌC NHIỀU</div><ul class="doc-nhieu">%s</ul></div>
<div class="box"><div class="box-title">LIÊN KẾT WEBSITE</div><select class="lienket" onchange="if(this.value!='')window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="http://dangcongsan.vn.example/">Báo Điện tử Đảng Cộng sản Việt Nam</option><option value="http://namha.gov.vn.example/">Cổng TTĐT tỉnh Nam Hà</option></select></div></td>
<td class="col-center" width="540">%s</td>
<td class="col-right" width="230"><div class="box"><div class="box-title">THƯ VIỆN ẢNH</div><img src="/Images/Album/album1.jpg" width="220" alt="Thư viện ảnh" /></div>
<div class="box"><div class="box-title">THỐNG KÊ TRUY CẬP</div><p class="counter">Đang truy cập: 37<br />Tổng lượt truy cập: 4.218.903</p></div></td></tr>
<tr><td colspan="3" class="footer"><p>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH NAM HÀ<br />Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Nam Hà. Giấy phép số 112/GP-TTĐT.<br />Địa chỉ: Số 3 đường Trần Hưng Đạo, thành phố Nam Định. Điện thoại: 0350.3849.xxx</p></td></tr>
</table>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-2209xxxx-1']);</script>
</body>
</html>""" % (E(title), E(req.qs), viewstate(0, 0) if home else viewstate(int(hexid(req.qs, 4), 16) % 97, 0), E(SITE), menu, tinmoi, docnhieu, center)


def resp(body, status=200):
    return html_resp(body, status, ctype="text/html")          # no charset in the HTTP header (IIS default)


def soft404(req, msg="Bài viết không tồn tại hoặc đã bị gỡ bỏ."):
    return resp(shell(req, "Thông báo", '<div class="box-border"><div class="nav"><h1><a class="home" href="Default.aspx">Trang chủ</a></h1></div><p class="thong-bao">%s</p><p><a href="Default.aspx">« Quay về trang chủ</a></p></div>' % msg))


def item(a):
    return """<div class="item"><div class="image-border"><a class="image" href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=%d&amp;id=%d"><img class="image" src="/Upload/Images/%s/%d.jpg" width="140" alt="" /></a></div>
<h2><a class="title" href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=%d&amp;id=%d">%s</a></h2><span class="createdDate">[%s - %d lượt xem]</span>
<span class="summary">%s</span> <a class="detail" href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=%d&amp;id=%d">Xem chi tiết</a></div>""" % (
        a["cat"], a["id"], a["date"].strftime("%Y%m"), a["id"], a["cat"], a["id"], E(a["title"]), a["date"].strftime("%d/%m/%Y"), a["views"],
        E(a["sapo"]), a["cat"], a["id"])


def home(req):
    blocks = []
    for c in MENU:
        items = in_cat(c)[:4]
        top, rest = items[0], items[1:]
        blocks.append("""<div class="home-box"><div class="home-box-title"><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=%d">%s</a></div>
<table width="100%%"><tr valign="top"><td width="55%%">%s</td><td><ul class="other">%s</ul></td></tr></table></div>""" % (
            c, E(CATS[c].upper()), item(top), "".join('<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=%d&amp;id=%d">%s</a></li>' % (c, b["id"], E(b["title"])) for b in rest)))
    banner = """<div class="banner-daihoi"><img src="/Images/Banner/chuyende-daihoi-2025.jpg" width="540" height="110" border="0" usemap="#Map_DaiHoi" alt="Chuyên đề Đại hội Đảng bộ các cấp, nhiệm kỳ 2025 - 2030" />
<map name="Map_DaiHoi" id="Map_DaiHoi">
<area shape="rect" coords="0,0,180,110" href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=11" alt="Văn kiện Đại hội" title="Văn kiện Đại hội" />
<area shape="rect" coords="180,0,360,110" href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=12" alt="Gương điển hình" title="Gương điển hình" />
<area shape="rect" coords="360,0,540,110" href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=13" alt="Hỏi - đáp" title="Hỏi - đáp" />
</map></div>"""
    return resp(shell(req, SITE, banner + "".join(blocks), home=True))


def pager(req, c, n, last):
    vs = viewstate(c, n)
    # the pager control rebuilds the current query string and appends this page's __VIEWSTATE (GET "postback")
    keep = [(k, v) for k, v in req.pairs if k.lower() not in ("pageindex", "__viewstate", "__viewstategenerator")]

    def href(p):
        return "Default.aspx?" + urlencode(keep + [("PageIndex", str(p)), ("__VIEWSTATE", vs), ("__VIEWSTATEGENERATOR", "CA0B0334")])
    out = []
    if c != FORM_ONLY and last > 1:
        if n > 1:
            out.append('<a class="first" href="%s">Trang đầu</a> <a class="prev" href="%s">«</a>' % (E(href(1)), E(href(n - 1))))
        for p in pager_window(n, last, 2):
            if p is None:
                out.append("<span>...</span>")
            elif p == n:
                out.append('<span class="current">[%d]</span>' % p)
            else:
                out.append('<a href="%s">%d</a>' % (E(href(p)), p))
        if n < last:
            out.append('<a class="next" href="%s">»</a> <a class="last" href="%s">Trang cuối</a>' % (E(href(n + 1)), E(href(last))))
    goto = """<form method="get" action="Default.aspx" class="goto-page"><input type="hidden" name="siteid" value="1" /><input type="hidden" name="c" value="content" /><input type="hidden" name="a" value="list" /><input type="hidden" name="catid" value="%d" /><input type="hidden" name="__VIEWSTATE" value="%s" />
Trang %d/%d &nbsp; Đi đến trang <input type="number" name="PageIndex" min="1" max="%d" value="%d" style="width:50px" /> <input type="submit" value="Đi" class="btn-go" /></form>""" % (c, vs, n, last, last, n)
    return '<div class="pager">%s</div>%s' % (" ".join(out), goto)


def listing(req, c):
    items = in_cat(c)
    n = req.int_arg("PageIndex", 1, ci=True)
    last = npages(len(items), PER)
    crumbs = '<div class="nav"><h1><a class="home" href="Default.aspx">Trang chủ</a> <span class="arr">»</span> <a class="arr" href="%s">%s</a></h1></div>' % (
        E(list_path(c).lstrip("/")), E(CATS[c]))
    if c in TOPICS:
        crumbs = crumbs.replace('<span class="arr">»</span>', '<span class="arr">»</span> Chuyên đề Đại hội <span class="arr">»</span>')
    if n < 1 or n > last:
        body = '<span id="ctl00_cphMain_ArticleListing1_lblResult" class="lblresult">Không có dữ liệu.</span>'
    else:
        chunk = items[(n - 1) * PER:n * PER]
        body = '<span id="ctl00_cphMain_ArticleListing1_lblResult" class="lblresult">Có %d bài viết</span>%s%s' % (
            len(items), "".join(item(a) for a in chunk), pager(req, c, n, last) if c not in TOPICS else "")
    return resp(shell(req, "%s - %s" % (CATS[c], SITE), '<div class="box-border">%s<div class="article-listing"><div class="list">%s</div></div></div>' % (crumbs, body)))


def detail(req, a):
    same = [b for b in in_cat(a["cat"]) if b is not a]
    related = same[:5] if a["cat"] in (FORM_ONLY,) else (same[:6] if a["cat"] in TOPICS else
                                                          [b for b in same if b["date"] < a["date"]][:5] or same[:5])
    rel = "".join('<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=%d&amp;id=%d">%s</a> <span class="date">(%s)</span></li>' % (
        b["cat"], b["id"], E(b["title"]), b["date"].strftime("%d/%m/%Y")) for b in related)
    paras = a["paras"]
    body = "".join('<p style="text-align: justify;">%s</p>' % E(p) for p in paras[:2])
    body += """<table class="image" align="center" width="500" cellpadding="3" cellspacing="0"><tr><td><img src="/Upload/Images/%s/%d.jpg" width="500" alt="" /></td></tr>
<tr><td class="image_desc">%s<br />(Ảnh: %s)</td></tr></table>""" % (a["date"].strftime("%Y%m"), a["id"], E(a["cap"]), E(a["by"]))
    body += "".join('<p style="text-align: justify;">%s</p>' % E(p) for p in paras[2:])
    center = """<div class="article-detail"><div class="nav"><h1><a class="home" href="Default.aspx">Trang chủ</a> <span class="arr">»</span> <a class="arr" href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=%d">%s</a></h1></div>
<div class="title"><span id="ctl00_cphMain_ArticleDetail1_ltlTitle" class="bullet-li">%s</span></div>
<div class="TopToolbar"><span id="ctl00_cphMain_ArticleDetail1_lblDate" class="date">Cập nhật: %s</span> | <span class="views">Lượt xem: %d</span>
<a class="back" href="javascript:history.back()">Quay lại</a> <a class="plusSize" href="javascript:void(0)">A+</a> <a class="minusSize" href="javascript:void(0)">A-</a></div>
<div id="divDetailContent"><p><strong><span class="story_teaser">%s</span></strong></p>%s
<p style="text-align: right;"><strong>%s, %s</strong></p></div>
<div class="BottomToolbar"><a href="/Print.aspx?id=%d" target="_blank">In bài viết</a> | <a href="mailto:?subject=%s">Gửi email</a></div></div>
<div class="article-reference"><div class="title"><span>Tin liên quan</span></div><ul>%s</ul></div>""" % (
        a["cat"], E(CATS[a["cat"]]), E(a["title"]), d_dash(a["date"]), a["views"], E(a["sapo"]), body, E(a["by"]), E(a["unit"]),
        a["id"], quote(a["title"]), rel)
    return resp(shell(req, a["title"], center))


def url_encode(s):
    """HttpUtility.UrlEncode: lower-case hex escapes."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(s, safe=""))


def login(req):
    # the whole site is <deny users="?"/> and nobody exempted Login.aspx: FormsAuthentication sends the login page to itself
    if len(req.qs) > 2048:
        return html_resp("<html><head><title>404.15 - Query String Too Long</title></head><body><h1>HTTP Error 404.15 - Not Found</h1><p>The request filtering module is configured to deny a request where the query string is too long.</p></body></html>", 404)
    target = "/Login.aspx" + ("?" + req.qs if req.qs else "")
    return moved(302, req.base + "/Login.aspx?ReturnUrl=" + url_encode(target))


ROBOTS = """User-agent: *
Disallow: /Admin/
Disallow: /Print.aspx
Disallow: /WebResource.axd
Disallow: /ScriptResource.axd
"""


def handle(req):
    p = req.path.lower()                     # IIS: paths are case-insensitive, query keys too (req.qi)
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if p.endswith((".css", ".js", ".jpg", ".gif", ".png")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p == "/login.aspx":
        return login(req)
    if p.startswith("/admin/"):
        return moved(302, req.base + "/Login.aspx?ReturnUrl=" + url_encode(req.path))
    if p == "/print.aspx":
        a = BY_ID.get(req.int_arg("id", 0, ci=True))
        if not a:
            return soft404(req)
        return resp("\ufeff<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\" /><title>%s</title></head><body onload=\"window.print()\"><h3>%s</h3><p><i>%s</i></p>%s<p align=\"right\"><b>%s</b></p></body></html>" % (
            E(a["title"]), E(a["title"]), E(a["sapo"]), "".join("<p>%s</p>" % E(x) for x in a["paras"]), E(a["by"])))
    if p in ("/", "/default.aspx"):
        q = req.qi
        if not q or not q.get("c"):
            return home(req)
        if q.get("c") == "content" and q.get("a") == "detail":
            a = BY_ID.get(req.int_arg("id", 0, ci=True))
            if not a or (q.get("catid") and q.get("catid") != str(a["cat"])):
                return soft404(req)
            return detail(req, a)
        if q.get("c") == "content" and q.get("a") == "list":
            c = req.int_arg("catid", 0, ci=True)
            if c not in CATS:
                return soft404(req, "Chuyên mục không tồn tại.")
            return listing(req, c)
        return soft404(req, "Trang bạn yêu cầu không tồn tại.")
    return html_resp("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>404 - File or directory not found.</title></head><body><div id="header"><h1>Server Error</h1></div>
<div id="content"><h2>404 - File or directory not found.</h2><h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3></div></body></html>""", 404)


app = wsgi(handle, [("Server", "Microsoft-IIS/8.5"), ("X-AspNet-Version", "4.0.30319"), ("X-Powered-By", "ASP.NET")])


def _manifest():
    arts = {}
    for a in ARTS:
        arts[detail_path(a)] = {"title": a["title"], "aliases": [detail_path(a, catid=False), detail_path(a, lower=True), "/Print.aspx?id=%d" % a["id"]]}
    form_only = in_cat(FORM_ONLY)[PER:]
    return {
        "family": "Custom ASP.NET WebForms CMS (table layout, IIS 8.5): ?PageIndex= GET links carrying __VIEWSTATE, 'Đi đến trang' GET form, image-map topics",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/Admin/", "/Print.aspx", "/WebResource.axd", "/ScriptResource.axd"],
        "trap_prefixes": ["/Login.aspx"],
        "only_via": {
            "get-form": [detail_path(a) for a in form_only],                       # 'Tin cơ sở' pages 2+
            "image-map": [detail_path(a) for a in ARTS if a["cat"] in TOPICS],     # 'Chuyên đề Đại hội'
        },
        "encoding": "UTF-8 with BOM; HTTP Content-Type 'text/html' (no charset); <meta> says windows-1258 (stale). BOM wins.",
        "notes": ("Everything is /Default.aspx?siteid=1&c=content&a=…: articles a=detail&catid=C&id=N (canonical), listings a=list&catid=C. "
                  "ENCODING: every HTML page is UTF-8 starting with a byte order mark; the HTTP header says only 'text/html' and the "
                  "<meta http-equiv=Content-Type> still says charset=windows-1258 (left over from the old site). Per WHATWG the BOM wins; "
                  "decoding as windows-1258 gives mojibake. Listings 'Tin hoạt động' (catid=3) and 'Xây dựng Đảng' (5) have a pager "
                  "('Trang đầu « 1 2 [3] 4 5 » Trang cuối') whose relative hrefs rebuild the current query string and append "
                  "PageIndex=N plus this page's __VIEWSTATE (≈450 chars) and __VIEWSTATEGENERATOR: the same listing page gets "
                  "several URLs (the server ignores __VIEWSTATE on GET). Every listing also has an 'Đi đến trang' <form method=get "
                  "action=Default.aspx> with hidden siteid/c/a/catid/__VIEWSTATE and <input type=number name=PageIndex min=1 "
                  "max=LAST>. 'Tin cơ sở' (catid=8) has ONLY that form (text 'Trang 1/3', no pager links), so its items 11+ (%d) are "
                  "reachable only by submitting it. 'Chuyên đề Đại hội' (catid 11, 12, 13; %d articles) is in no menu: only the home "
                  "page banner <img usemap> / <map><area href> links its three listing pages. PageIndex past the end: 200 'Không có "
                  "dữ liệu.'; unknown id / catid mismatch: 200 soft 404 'Bài viết không tồn tại hoặc đã bị gỡ bỏ.'; unknown path: "
                  "IIS 404. Aliases: no catid ('TIN MỚI' box, 200), lower-case /default.aspx ('ĐỌC NHIỀU', IIS is case-insensitive, "
                  "200), /Print.aspx?id= (robots-disallowed). Trap: 'Đăng nhập' -> /Login.aspx?ReturnUrl=… 302s to itself with the "
                  "whole previous URL encoded into ReturnUrl (growing; IIS answers 404.15 once the query passes 2048 characters, "
                  "after ~20 hops). The header search is an ASP.NET postback form (not needed). No sitemap.") % (len(form_only), len([a for a in ARTS if a["cat"] in TOPICS])),
    }


MANIFEST = _manifest()
_c8_last = npages(len(in_cat(8)), PER)
SELFTEST = [
    {"path": list_path(8), "status": 200, "contains": "Trang 1/%d" % _c8_last, "not_contains": "PageIndex=2&amp;"},
    {"path": list_path(8) + "&PageIndex=%d" % _c8_last, "status": 200, "contains": in_cat(8)[-1]["title"]},
    {"path": list_path(3) + "&PageIndex=99", "status": 200, "contains": "Không có dữ liệu."},
    {"path": "/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=99999", "status": 200, "contains": "Bài viết không tồn tại"},
    {"path": "/Login.aspx?ReturnUrl=%2fDefault.aspx", "status": 302, "location": "/Login.aspx?ReturnUrl=%2fLogin.aspx%3fReturnUrl%3d%252fDefault.aspx"},
    {"path": "/Khong-Co.aspx", "status": 404},
]
SUMMARY = {
    "chains": ["catid=3,5: pager links Default.aspx?…&PageIndex=N&__VIEWSTATE=…&__VIEWSTATEGENERATOR=… (relative)",
               "catid=8: only 'Đi đến trang' GET form (hidden fields + <input type=number name=PageIndex min max>)",
               "home banner <map><area> -> catid=11,12,13 listings"],
    "alias_kinds": ["no catid (200)", "lower-case default.aspx (200)", "/Print.aspx?id= (robots-disallowed)"],
    "quirks": ["UTF-8 BOM vs stale windows-1258 <meta>, no charset header", "soft 404 (200)", "growing ReturnUrl login redirect trap",
               "__VIEWSTATE in GET listing URLs"],
}
