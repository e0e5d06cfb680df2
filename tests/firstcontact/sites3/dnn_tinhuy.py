"""Replica: Tỉnh ủy Hà Sơn Bình on DNN (DotNetNuke 9, EasyDNNnews-style article module, DataPager postbacks).

Blind test material (set 3).  Self-contained, stdlib only.  See README.md.
"""
# ==== BEGIN KERNEL (shared helper block for set 3; copied into each module by tools/sync_kernel.py) ====
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
TODAY = datetime(2024, 6, 14, 17, 30)          # fixed "now" for every site of set 3 (a Friday)
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


def make_articles(seed, n, cats, districts, communes, newest=datetime(2024, 6, 14, 9, 15), gap=(240, 1500)):
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

SITE = "Đảng bộ tỉnh Hà Sơn Bình"
TABS = {57: ("Thời sự", "Thoi-su", 1021), 58: ("Xây dựng Đảng", "Xay-dung-Dang", 1034), 61: ("Tin cơ sở", "Tin-co-so", 1107)}
ARTS = make_articles(3101, 110, [57, 58, 57, 61, 58, 57, 61],
                     ["Hà Đông", "Sơn Tây", "Hòa Bình", "Ba Vì", "Chương Mỹ", "Mai Châu", "Lạc Sơn", "Kim Bôi"],
                     ["Ba Trại", "Tản Lĩnh", "Phú Cường", "Vạn Mai", "Ân Nghĩa", "Thượng Cốc"])
for _a in ARTS:
    _a["id"] = 2980 + len(ARTS) - _a["i"]
    _a["tab"] = _a["cat"]
    _a["path"] = "/tabid/%d/ArticleID/%d/%s.aspx" % (_a["tab"], _a["id"], ascii_slug(_a["title"], keep_case=True)[:70].strip("-"))
    _a["qs_alias"] = "/Default.aspx?tabid=%d&ArticleID=%d" % (_a["tab"], _a["id"])
    _a["dflt"] = "/tabid/%d/ArticleID/%d/Default.aspx" % (_a["tab"], _a["id"])
    _a["print"] = "/tabid/%d/ctl/Print/mid/%d/ArticleID/%d/Default.aspx" % (_a["tab"], TABS[_a["tab"]][2], _a["id"])
BY_ID = {a["id"]: a for a in ARTS}
PER = 10


def in_tab(t):
    return [a for a in ARTS if a["tab"] == t]


def last_page(t):
    return npages(len(in_tab(t)), PER)


def vs_encode(tab, page):
    raw = ("/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAmYPZBYC|tab=%d|page=%d|" % (tab, page)).encode()
    return base64.b64encode(raw + hashlib.md5(raw).digest()[:6]).decode()


def vs_decode(v):
    try:
        raw = base64.b64decode(v.encode())[:-6].decode()
        d = dict(x.split("=") for x in raw.split("|")[1:3])
        return int(d["tab"]), int(d["page"])
    except Exception:
        return None, 1


def shell(req, title, main, canonical=None, vs=None, action="/"):
    menu = "".join('<li class="%s"><a href="/tabid/%d/Default.aspx">%s</a></li>' % ("", t, E(n)) for t, (n, _, _) in TABS.items())
    return """<!DOCTYPE html>
<html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><title>%s</title>
%s<link href="/Portals/_default/Skins/HaSonBinh/skin.css?cdv=39" type="text/css" rel="stylesheet">
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=39" type="text/javascript"></script></head>
<body id="Body">
<form method="post" action="%s" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="%s">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) { theForm = document.Form; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="%s"></div>
<div id="dnn_wrapper"><header class="hsb-header"><a id="dnn_dnnLOGO_hypLogo" title="%s" href="/"><img src="/Portals/0/logo-tinhuy.png" alt="%s"></a>
<div class="hsb-date">Thứ Sáu, 14/06/2024</div>
<div id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox"><a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm kiếm</a></div>
<nav id="dnn_pnav"><ul><li><a href="/">Trang chủ</a></li>%s<li><a href="/tabid/72/Default.aspx">Lịch công tác</a></li></ul></nav></header>
<div id="dnn_ContentPane" class="ContentPane">%s</div>
<footer><div id="dnn_FooterPane"><p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Hà Sơn Bình. Địa chỉ: số 12 đường Quang Trung, thành phố Hà Đông.</p>
<p><a href="/tabid/40/Default.aspx?Search=%%C4%%91%%E1%%BA%%A3ng+vi%%C3%%AAn">Tìm kiếm nâng cao</a> · <a href="/Login.aspx?returnurl=%%2f">Đăng nhập</a> · <span id="dnn_dnnCOPYRIGHT_lblCopyright">Bản quyền © 2024 Tỉnh ủy Hà Sơn Bình</span></p></div></footer></div>
<input name="ScrollTop" type="hidden" id="ScrollTop"><input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`}">
</form></body></html>""" % (
        E(title), '<link rel="canonical" href="%s">\n' % E(canonical) if canonical else "", E(action), vs or vs_encode(0, 1),
        hexid(vs or "x", 24), E(SITE), E(SITE), menu, main)


def item(a):
    return """<div class="edn_article edn_clearFix"><a class="edn_articleImage" href="%s"><img src="/Portals/0/EasyDNNnews/%d/thumb_%d.jpg" alt=""></a>
<h2 class="edn_articleTitle"><a href="%s">%s</a></h2><div class="edn_metaDetails"><time>%s</time> | Lượt xem: %d</div><div class="edn_articleSummary">%s</div></div>""" % (
        a["path"], a["id"], a["id"], a["path"], E(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M"), a["views"], E(a["sapo"]))


def listing(req, tab, page):
    name, alias, mid = TABS[tab]
    last = last_page(tab)
    page = max(1, min(page, last))                     # DataPager clamps
    chunk = in_tab(tab)[(page - 1) * PER:page * PER]
    pfx = "dnn$ctr%d$ArticleList$dpPager" % mid
    pager = ""
    if tab != 61:
        parts = []
        if page > 1:
            parts.append('<a class="aspNetDisabled" href="javascript:__doPostBack(\'%s$ctl00$ctl00\',\'\')">Đầu</a>' % pfx)
            parts.append('<a href="javascript:__doPostBack(\'%s$ctl00$ctl01\',\'\')">Trước</a>' % pfx)
        for n in range(max(1, page - 2), min(last, page + 2) + 1):
            if n == page:
                parts.append('<span class="current">%d</span>' % n)
            else:
                parts.append('<a class="numeric" href="javascript:__doPostBack(\'%s$ctl01$ctl%02d\',\'\')">%d</a>' % (pfx, n - 1, n))
        if page < last:
            parts.append('<a href="javascript:__doPostBack(\'%s$ctl02$ctl00\',\'\')">Sau</a>' % pfx)
            parts.append('<a href="javascript:__doPostBack(\'%s$ctl02$ctl01\',\'\')">Cuối</a>' % pfx)
        pager = '<div class="edn_pagination" id="dnn_ctr%d_ArticleList_dpPager">%s</div>' % (mid, " ".join(parts))
    sel = """<div class="edn_pageSelect"><label for="dnn_ctr%d_ArticleList_ddlTrang">Trang</label>
<select name="dnn$ctr%d$ArticleList$ddlTrang" onchange="javascript:setTimeout(&#39;__doPostBack(\\&#39;dnn$ctr%d$ArticleList$ddlTrang\\&#39;,\\&#39;\\&#39;)&#39;, 0)" id="dnn_ctr%d_ArticleList_ddlTrang" class="NormalTextBox">%s</select> / %d</div>""" % (
        mid, mid, mid, mid, "".join('<option%s value="%d">%d</option>' % (' selected="selected"' if n == page else "", n, n) for n in range(1, last + 1)), last)
    main = """<div class="DnnModule DnnModule-EasyDNNnews DnnModule-%d"><a name="%d"></a><div class="Container-Title"><h1 id="dnn_ctr%d_dnnTITLE_titleLabel" class="Head">%s</h1></div>
<div id="dnn_ctr%d_ContentPane"><div id="dnn_ctr%d_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_HaSonBinh edn_listing">%s</div>%s%s</div></div></div>""" % (
        mid, mid, mid, E(name), mid, mid, "".join(item(a) for a in chunk), pager, sel)
    canon = req.base + "/tabid/%d/Default.aspx" % tab
    return shell(req, "%s - %s" % (name, SITE), main, canon, vs_encode(tab, page), "/tabid/%d/Default.aspx" % tab)


def postback_page(req, tab):
    vtab, cur = vs_decode(req.form.get("__VIEWSTATE", ""))
    if vtab != tab:
        cur = 1
    mid = TABS[tab][2]
    tgt = req.form.get("__EVENTTARGET", "")
    pfx = "dnn$ctr%d$ArticleList$" % mid
    last = last_page(tab)
    if tgt == pfx + "ddlTrang":
        try:
            return int(req.form.get(pfx + "ddlTrang") or cur)
        except ValueError:
            return cur
    m = re.match(re.escape(pfx) + r"dpPager\$ctl0(\d)\$ctl(\d\d)$", tgt)
    if not m:
        return cur
    grp, k = int(m.group(1)), int(m.group(2))
    if grp == 1:
        return k + 1
    if grp == 0:
        return 1 if k == 0 else cur - 1
    return cur + 1 if k == 0 else last


def article(req, a, printable=False):
    name, alias, mid = TABS[a["tab"]]
    body = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    if printable:
        return html_resp('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s"></head><body onload="window.print()"><h1>%s</h1><p class="date">%s</p><p><b>%s</b></p>%s<p style="text-align:right"><b>%s</b></p></body></html>' % (
            E(a["title"]), req.base + a["path"], E(a["title"]), a["date"].strftime("%d/%m/%Y %H:%M"), E(a["sapo"]), body, E(a["by"])))
    others = [x for x in in_tab(a["tab"]) if x is not a and x["date"] < a["date"]][:4] if a["tab"] != 61 else []
    oth = "".join('<li><a href="%s">%s</a> <span>(%s)</span></li>' % (x["dflt"] if k % 2 else x["path"], E(x["title"]), x["date"].strftime("%d/%m/%Y")) for k, x in enumerate(others))
    main = """<div class="DnnModule DnnModule-EasyDNNnews"><div id="dnn_ctr%d_ContentPane"><div class="edn_article edn_articleDetails">
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tabid/%d/Default.aspx">%s</a></div>
<h1 class="edn_articleTitle">%s</h1><div class="edn_metaDetails"><span class="edn_date">%s, %s</span> <span>Lượt xem: %d</span>
<a class="edn_print" href="%s" target="_blank">In bài</a> <a href="javascript:__doPostBack('dnn$ctr%d$ViewEasyDNNNewsMain$ctl00$lbSendMail','')">Gửi email</a></div>
<div class="edn_articleSummary"><b>%s</b></div><div class="edn_mediaContainer"><img src="/Portals/0/EasyDNNnews/%d/img-%s.jpg" alt=""><p class="caption"><em>%s</em></p></div>
<div class="edn_articleContent">%s<p style="text-align:right"><strong>%s</strong></p></div>
%s</div></div></div>""" % (
        mid, a["tab"], E(name), E(a["title"]), THU[a["date"].weekday()], a["date"].strftime("%d/%m/%Y %H:%M"), a["views"], a["print"], mid, E(a["sapo"]),
        a["id"], a["slug"][:24], E(a["cap"]), body, E(a["by"]),
        '<div class="edn_relatedArticles"><h3>Các tin khác</h3><ul>%s</ul></div>' % oth if oth else "")
    return html_resp(shell(req, a["title"], main, req.base + a["path"], vs_encode(a["tab"], 0), a["path"]))


def home(req):
    top = [a for a in ARTS if a["tab"] != 61][:9]
    feat = top[0]
    main = """<div class="hsb-featured"><h2><a href="%s">%s</a></h2><div>%s</div></div>
<div class="hsb-latest"><h3>Tin mới</h3><ul>%s</ul></div>
<div class="hsb-boxes">%s</div>""" % (
        feat["qs_alias"], E(feat["title"]), E(feat["sapo"]),
        "".join('<li><a href="%s">%s</a></li>' % (a["qs_alias"] if k % 3 == 0 else a["path"], E(a["title"])) for k, a in enumerate(top[1:])),
        "".join('<div class="box"><h3><a href="/tabid/%d/Default.aspx">%s</a></h3></div>' % (t, E(n)) for t, (n, _, _) in TABS.items()))
    return html_resp(shell(req, SITE, main, req.base + "/", vs_encode(36, 1), "/"))


def calendar(req):
    m, y = req.int_arg("thang", 6), req.int_arg("nam", 2024)
    pm, py = (m - 1, y) if m > 1 else (12, y - 1)
    nm, ny = (m + 1, y) if m < 12 else (1, y + 1)
    main = '<h1>Lịch công tác tháng %d/%d</h1><p>Chưa có lịch công tác được đăng tải.</p><p><a href="/tabid/72/Default.aspx?thang=%d&amp;nam=%d">« Tháng trước</a> | <a href="/tabid/72/Default.aspx?thang=%d&amp;nam=%d">Tháng sau »</a></p>' % (m, y, pm, py, nm, ny)
    return html_resp(shell(req, "Lịch công tác", main, None, vs_encode(72, 1), "/tabid/72/Default.aspx"))


def search(req):
    q = req.q.get("Search", "")
    pg = req.int_arg("page", 1)
    main = '<h1>Kết quả tìm kiếm</h1><p>Từ khóa: %s — trang %d</p><p>Không tìm thấy kết quả phù hợp.</p><p><a href="/tabid/40/Default.aspx?Search=%s&amp;page=%d">Trang sau</a></p>' % (
        E(q), pg, quote(q), pg + 1)
    return html_resp(shell(req, "Tìm kiếm", main, None, vs_encode(40, 1), "/tabid/40/Default.aspx"))


ROBOTS = """User-agent: *
Crawl-delay: 5
Disallow: /admin/
Disallow: /App_Browsers/
Disallow: /App_Code/
Disallow: /Portals/_default/
Disallow: /*/ctl/Print/
Disallow: /*/ctl/SendPassword/
Disallow: /Login.aspx
Disallow: /Install/
"""


def handle(req):
    p = req.path
    pl = p.lower()
    if p == "/robots.txt":
        return text_resp(ROBOTS)
    if pl.endswith((".css", ".js", ".jpg", ".png", ".gif", ".ico")):
        return 200, [("Content-Type", "image/gif")], PIXEL
    if p in ("/", "/Default.aspx") and "tabid" not in req.qi:
        return home(req)
    m = re.match(r"^/tabid/(\d+)/ctl/print/mid/(\d+)/articleid/(\d+)/default\.aspx$", pl)
    if m and int(m.group(3)) in BY_ID and BY_ID[int(m.group(3))]["tab"] == int(m.group(1)):
        return article(req, BY_ID[int(m.group(3))], printable=True)
    m = re.match(r"^/tabid/(\d+)/articleid/(\d+)/(.+)\.aspx$", pl)
    if m and int(m.group(2)) in BY_ID:
        a = BY_ID[int(m.group(2))]
        if a["tab"] != int(m.group(1)):
            return html_resp(shell(req, "Lỗi", "<h1>Không tìm thấy trang</h1>"), 404)
        if p == a["path"]:
            return article(req, a)
        return moved(301, req.base + a["path"])           # Default.aspx / other slug -> friendly URL
    if pl == "/default.aspx" and "tabid" in req.qi:
        tab = req.int_arg("tabid", 0, ci=True)
        aid = req.int_arg("articleid", 0, ci=True)
        if aid in BY_ID and BY_ID[aid]["tab"] == tab and set(req.q) == {"tabid", "ArticleID"}:
            return article(req, BY_ID[aid])
        if tab in TABS and "articleid" not in req.qi:
            return moved(301, req.base + "/tabid/%d/Default.aspx" % tab)
    m = re.match(r"^/tabid/(\d+)/default\.aspx$", pl)
    if m:
        tab = int(m.group(1))
        if tab in TABS:
            if req.method == "POST":
                return html_resp(listing(req, tab, postback_page(req, tab)))
            return html_resp(listing(req, tab, 1))       # GET ignores ?page=
        if tab == 36:
            return moved(301, req.base + "/")
        if tab == 72:
            return calendar(req)
        if tab == 40:
            return search(req)
    if pl == "/login.aspx":
        return html_resp(shell(req, "Đăng nhập", "<h1>Đăng nhập</h1>"))
    return html_resp(shell(req, "Lỗi", "<h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại.</p>"), 404)


app = wsgi(handle, [("Server", "Microsoft-IIS/10.0"), ("X-Powered-By", "ASP.NET")])


def _manifest():
    arts = {}
    for a in ARTS:
        arts[a["path"]] = {"title": a["title"], "aliases": [a["qs_alias"], a["dflt"], a["print"]]}
    return {
        "family": "DNN (DotNetNuke 9) with an EasyDNNnews-style article module; DataPager + 'Trang' drop-down postbacks",
        "start_urls": ["/"],
        "articles": arts,
        "robots_disallowed": ["/admin/", "/tabid/57/ctl/Print/", "/Login.aspx", "/Portals/_default/"],
        "trap_prefixes": ["/tabid/72/", "/tabid/40/"],
        "notes": ("Article URLs /tabid/<tab>/ArticleID/<id>/<Title-Case-Slug>.aspx (canonical). Listings /tabid/57|58|61/Default.aspx "
                  "show page 1 only on GET (?page= ignored); further pages need a postback of form#Form (round-trip __VIEWSTATE, "
                  "which carries the current page). Thời sự and Xây dựng Đảng have a DataPager of javascript:__doPostBack links "
                  "(Đầu/Trước/numbers ±2/Sau/Cuối; targets dnn$ctr<mid>$ArticleList$dpPager$ctl01$ctlNN = page NN+1, ctl02$ctl00 = "
                  "next relative to the viewstate page) AND a 'Trang' <select name=dnn$ctr<mid>$ArticleList$ddlTrang> whose onchange "
                  "is setTimeout('__doPostBack(...ddlTrang...)'); Tin cơ sở (tab 61) has ONLY the select (no links, no 'Các tin khác'), "
                  "so its pages 2+ need the select value posted. Out-of-range page numbers are clamped to the last page. Aliases: "
                  "/Default.aspx?tabid=&ArticleID= (200, same page; home links it), /tabid/<t>/ArticleID/<id>/Default.aspx (301; "
                  "'Các tin khác' links it), print /tabid/<t>/ctl/Print/mid/<m>/ArticleID/<id>/Default.aspx (robots Disallow: "
                  "/*/ctl/Print/). robots.txt has Crawl-delay: 5. Traps: month calendar /tabid/72/Default.aspx?thang=&nam= and "
                  "search /tabid/40/Default.aspx?Search=&page= (endless 'Trang sau'). No sitemap."),
    }


MANIFEST = _manifest()
_T = ARTS[0]
SELFTEST = [
    {"path": "/tabid/57/Default.aspx?page=3", "status": 200, "same_as": "/tabid/57/Default.aspx"},
    {"path": "/tabid/61/Default.aspx", "method": "POST", "status": 200, "contains": 'selected="selected" value="%d"' % last_page(61),
     "body": urlencode({"__EVENTTARGET": "dnn$ctr1107$ArticleList$ddlTrang", "__EVENTARGUMENT": "", "__VIEWSTATE": vs_encode(61, 1),
                        "dnn$ctr1107$ArticleList$ddlTrang": "99"}).encode()},
    {"path": "/tabid/57/Default.aspx", "method": "POST", "status": 200, "contains": '<span class="current">3</span>',
     "body": urlencode({"__EVENTTARGET": "dnn$ctr1021$ArticleList$dpPager$ctl02$ctl00", "__EVENTARGUMENT": "", "__VIEWSTATE": vs_encode(57, 2)}).encode()},
    {"path": _T["dflt"], "status": 301, "location": _T["path"]},
    {"path": "/tabid/36/Default.aspx", "status": 301, "location": "/"},
    {"path": "/khong-co-trang.aspx", "status": 404},
]
SUMMARY = {
    "chains": ["/tabid/57|58/Default.aspx: DataPager __doPostBack links (numbers ±2, Đầu/Trước/Sau/Cuối) + 'Trang' select postback; clamped",
               "/tabid/61/Default.aspx: only the 'Trang' <select> postback (setTimeout('__doPostBack(...)'))"],
    "alias_kinds": ["/Default.aspx?tabid=&ArticleID= (200)", "/tabid/<t>/ArticleID/<id>/Default.aspx (301)", "print /*/ctl/Print/ (robots-disallowed)"],
    "quirks": ["Crawl-delay: 5", "GET ignores ?page=", "viewstate carries the page; relative Sau/Trước", "robots wildcard Disallow"],
}
