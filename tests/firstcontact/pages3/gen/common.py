"""Shared helpers for blind set 3 (stdlib only, deterministic).

Every random choice goes through random.Random(seed-string), so `python build.py`
always writes the same bytes.
"""
import base64
import html
import json
import random
import re
import unicodedata
from datetime import datetime, timedelta, timezone

TZ = timezone(timedelta(hours=7))
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


# ------------------------------------------------------------------ dates
def T(s):
    fmt = "%Y-%m-%d" if len(s) == 10 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=TZ)


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:00+07:00")


def isod(d):
    return d.strftime("%Y-%m-%d")


def dmy(d, sep="/"):
    return d.strftime(f"%d{sep}%m{sep}%Y")


def hm(d):
    return d.strftime("%H:%M")


def wd(d, lower=False):
    w = WD[d.weekday()]
    return w[0] + w[1:].lower() if lower else w


def utcz(d, ms=False):
    u = d.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.000Z" if ms else "%Y-%m-%dT%H:%M:%SZ")


def before(d, rng, n, lo=1, hi=30):
    out = [d - timedelta(days=rng.randint(lo, hi), hours=rng.randint(0, 10), minutes=rng.randint(0, 59))
           for _ in range(n)]
    return sorted(out, reverse=True)


# ------------------------------------------------------------------ text
def esc(s, attr=False):
    return html.escape(s, quote=attr)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()


def dump(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def guid(rng):
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Art:
    """blocks: ('p', text) | ('h', text) sub-heading kept in body | ('img', src, caption)
    | ('raw', html) printed in the content area but not body."""

    def __init__(self, title, lead, blocks):
        self.title, self.lead, self.blocks = title, lead, blocks

    @property
    def pars(self):
        return [b[1] for b in self.blocks if b[0] in ("p", "h")]

    @property
    def body(self):
        return "\n\n".join(([self.lead] if self.lead else []) + self.pars)

    @property
    def captions(self):
        return [b[2] for b in self.blocks if b[0] == "img" and b[2]]

    def render(self, p=None, h=None, img=None, raw=None, sep="\n"):
        p = p or (lambda t: f"<p>{esc(t)}</p>")
        h = h or (lambda t: f"<p><strong>{esc(t)}</strong></p>")
        img = img or (lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="{esc(c, True)}"></p>'
                                      f'<p style="text-align:center"><em>{esc(c)}</em></p>')
        out, n = [], 0
        for b in self.blocks:
            if b[0] == "p":
                out.append(p(b[1]))
            elif b[0] == "h":
                out.append(h(b[1]))
            elif b[0] == "img":
                n += 1
                out.append(img(b[1], b[2], n))
            elif b[0] == "raw":
                out.append(raw(b[1]) if raw else b[1])
        return sep.join(out)


def expected(art, published, updated=None, author=None, unit=None, photographer=None, category=None,
             captions=None, body=None, lead="__art__", title=None):
    return {"title": title or art.title, "published_at": published, "updated_at": updated,
            "author": author, "author_unit": unit, "photographer": photographer, "category": category,
            "captions": art.captions if captions is None else captions,
            "body": art.body if body is None else body,
            "lead": art.lead if lead == "__art__" else lead}


# ------------------------------------------------------------------ weight
_WORDS = ["header", "menu", "nav", "item", "sub", "box", "title", "list", "news", "hot", "focus", "right",
          "left", "col", "banner", "footer", "link", "icon", "date", "more", "btn", "search", "mega", "slider",
          "thumb", "caption", "summary", "tab", "panel", "wrap", "block", "card", "tag", "share", "poll",
          "video", "gallery", "event", "marquee", "notice", "doc", "logo", "top", "ticker", "weather"]
_PROPS = ["display:block", "display:flex", "display:none", "position:relative", "position:absolute",
          "float:left", "float:right", "overflow:hidden", "text-align:center", "font-weight:700",
          "text-transform:uppercase", "white-space:nowrap", "list-style:none", "box-sizing:border-box"]


def css(rng, prefix, n):
    rules = []
    for _ in range(n):
        sel = "." + prefix + "-" + "-".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3)))
        if rng.random() < .4:
            sel += " " + rng.choice(["a", "li", "span", "img", "h3", "p", "a:hover"])
        pr = rng.sample(_PROPS, rng.randint(1, 3)) + [f"margin:{rng.randint(0, 20)}px {rng.randint(0, 20)}px"]
        if rng.random() < .6:
            pr.append(f"color:#{hexid(rng, 6)}")
        if rng.random() < .4:
            pr.append(f"font-size:{rng.choice([12, 13, 14, 15, 16, 18, 20, 24])}px")
        rules.append(sel + "{" + ";".join(pr) + "}")
    return "".join(rules) + "@media (max-width:991px){" + "".join(rules[: n // 5]) + "}"


def js(rng, n, ns="app"):
    out = [f"!function(e,t){{\"use strict\";var {ns}=e.{ns}||{{}};"]
    acts = ["addClass", "removeClass", "toggleClass", "slideToggle", "fadeIn", "css", "attr", "on", "find"]
    for i in range(n):
        a, b = rng.sample(acts, 2)
        out.append(f"{ns}.f{i}=function(n,r){{var o=t(n||\".m{hexid(rng, 4)}\");return o.length?(o.{a}(\"{alnum(rng, 6)}\"),"
                   f"o.{b}(\"{alnum(rng, 5)}\",function(){{t(this).toggleClass(\"is-{alnum(rng, 5).lower()}\",{rng.randint(1, 99)}>{rng.randint(1, 99)})}}),o):null}};")
    out.append(f"e.{ns}={ns}}}(window,window.jQuery);")
    return "".join(out)


HEADLINES = [
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 16", "Thường trực Tỉnh ủy làm việc với Huyện ủy {h}",
    "Khai mạc kỳ họp chuyên đề HĐND tỉnh", "Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật đảng viên vi phạm",
    "Trao Huy hiệu 55 năm tuổi Đảng cho đảng viên huyện {h}", "Ra mắt mô hình “Dân vận khéo” ở khu dân cư",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công", "Hội thi Bí thư chi bộ giỏi năm 2024",
    "Triển khai Đề án 06 về phát triển dữ liệu dân cư", "Trao 200 suất quà cho hộ nghèo huyện {h}",
    "Công bố quyết định về công tác cán bộ", "Sơ kết công tác dân vận quý I/2024",
    "Phát động Tháng hành động vì an toàn thực phẩm", "Bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Diễn tập khu vực phòng thủ huyện {h}", "Khánh thành cầu dân sinh tại vùng sâu huyện {h}",
    "Tuyên dương học sinh, sinh viên tiêu biểu", "Đoàn công tác Trung ương khảo sát tại tỉnh",
    "Hội nghị báo cáo viên tháng 3/2024", "Kiểm tra công tác phòng cháy rừng mùa khô",
    "Cấp thẻ bảo hiểm y tế cho người cận nghèo", "Khởi công nhà Đại đoàn kết cho hộ nghèo",
    "Hội thảo khoa học về lịch sử Đảng bộ tỉnh", "Tổng kết công tác tuyển quân năm 2024",
    "Giao ban công tác tuyên giáo khu vực phía Bắc", "Gặp mặt cán bộ lão thành cách mạng",
    "Bế mạc lớp bồi dưỡng kết nạp đảng", "Ký kết chương trình phối hợp giữa Ban Dân vận và MTTQ",
    "Tuyên truyền phòng, chống ma túy trong trường học", "Xây dựng chi bộ “4 tốt” gắn với khu dân cư",
    "Hội Nông dân huyện {h} ra mắt tổ hợp tác", "Đối thoại giữa Bí thư Tỉnh ủy với thanh niên",
    "Nâng cao chất lượng sinh hoạt chi bộ nông thôn", "Giải pháp phát triển kinh tế tập thể",
    "Họp báo thông tin kết quả kỳ họp Tỉnh ủy", "Phát huy vai trò người có uy tín trong đồng bào",
    "Đưa nghị quyết của Đảng vào cuộc sống", "Tăng cường kỷ luật, kỷ cương hành chính",
    "Lễ kỷ niệm 94 năm Ngày thành lập Đảng", "Tập huấn nghiệp vụ công tác kiểm tra, giám sát",
    "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "Thăm, tặng quà Mẹ Việt Nam anh hùng",
    "Chuyển đổi số trong công tác xây dựng Đảng", "Phòng, chống hạn mặn mùa khô năm 2024",
    "Vận động ủng hộ Quỹ “Vì người nghèo”", "Triển khai chiến dịch Thanh niên tình nguyện hè",
]


def headlines(rng, n, dist="Châu Thành", avoid=()):
    pool = [t.replace("{h}", dist) for t in HEADLINES if t.replace("{h}", dist) not in avoid]
    rng.shuffle(pool)
    return pool[:n]


MENU = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Thường trực", "Cơ quan tham mưu",
                    "Đảng bộ trực thuộc", "Tổng quan", "Sơ đồ tổ chức"]),
    ("Tin tức - Sự kiện", ["Hoạt động lãnh đạo", "Tin trong tỉnh", "Tin trong nước", "Tin quốc tế",
                           "Tin cơ sở", "Thông cáo báo chí"]),
    ("Xây dựng Đảng", ["Chính trị - Tư tưởng", "Tổ chức - Cán bộ", "Kiểm tra - Giám sát", "Dân vận",
                       "Nội chính", "Bảo vệ nền tảng tư tưởng của Đảng"]),
    ("Học tập và làm theo Bác", ["Chuyên đề hằng năm", "Gương sáng", "Tư liệu về Bác", "Mô hình hay"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản Tỉnh ủy", "Hướng dẫn nghiệp vụ", "Tài liệu sinh hoạt chi bộ"]),
    ("Chuyên đề", ["Đại hội Đảng các cấp", "Chuyển đổi số", "Nông thôn mới", "Dân tộc - Tôn giáo",
                   "Quốc phòng - An ninh", "Kinh tế - Xã hội"]),
    ("Multimedia", ["Video", "Ảnh", "Infographic", "Podcast", "Longform"]),
    ("Hỏi đáp", ["Hỏi đáp chính sách", "Ý kiến bạn đọc", "Đường dây nóng"]),
]

COMMUNES = ["Tân Lập", "Hòa Bình", "Phú Thịnh", "Thanh Sơn", "Quyết Thắng", "Đồng Tâm", "Tân Thành",
            "Hưng Đạo", "Minh Khai", "Quang Trung", "Lê Lợi", "Trung Sơn", "Bình Minh", "Phước Hòa", "An Phú",
            "Tân Hiệp", "Vĩnh Thạnh", "Xuân Phong", "Hợp Thành", "Tiến Thắng", "Long Phú", "Mỹ Lợi"]


def mega_menu(rng, base, cls="nav", districts=(), ext=".html", li="li", ul="ul"):
    out = [f'<{ul} class="{cls}">']
    for top, subs in MENU:
        out.append(f'<{li} class="{cls}-item"><a href="{base}/{slug(top)}{ext}">{esc(top)}</a><{ul} class="{cls}-sub">')
        out += [f'<{li}><a href="{base}/{slug(top)}/{slug(s)}{ext}">{esc(s)}</a></{li}>' for s in subs]
        out.append(f"</{ul}></{li}>")
    if districts:
        out.append(f'<{li} class="{cls}-item"><a href="{base}/don-vi{ext}">Đơn vị</a><{ul} class="{cls}-sub">')
        for d in districts:
            cs = rng.sample(COMMUNES, 8)
            out.append(f'<{li}><a href="{base}/don-vi/{slug(d)}{ext}">{esc(d)}</a><{ul}>' +
                       "".join(f'<{li}><a href="{base}/don-vi/{slug(d)}/{slug(c)}{ext}">{esc(c)}</a></{li}>' for c in cs) +
                       f"</{ul}></{li}>")
        out.append(f"</{ul}></{li}>")
    out.append(f"</{ul}>")
    return "".join(out)


def news_list(rng, titles, base, dates, fmt=lambda d: dmy(d), cls="news-list", img=True, ext=".html"):
    out = [f'<ul class="{cls}">']
    for t, d in zip(titles, dates):
        im = f'<img src="{base}/uploads/{d.year}/{d.month:02d}/{hexid(rng, 10)}.jpg" alt="{esc(t, True)}" loading="lazy">' if img else ""
        out.append(f'<li><a href="{base}/{slug(t)}-{rng.randint(1000, 99999)}{ext}">{im}<span class="t">{esc(t)}</span></a>'
                   f' <span class="date">{fmt(d)}</span></li>')
    out.append("</ul>")
    return "".join(out)


def footer(org, addr, phone, extra=""):
    return (f'<div class="ft-info"><p><strong>{esc(org)}</strong></p><p>Địa chỉ: {esc(addr)}</p>'
            f'<p>Điện thoại: {esc(phone)} - Email: banbientap@{slug(org)[:12]}.vn</p>'
            f'<p>Ghi rõ nguồn “{esc(org)}” khi phát hành lại thông tin từ website này.</p>{extra}</div>')


def counter(rng):
    return "".join(f'<li><span>{l}:</span> <b>{v:,}</b></li>'.replace(",", ".") for l, v in
                   [("Đang truy cập", rng.randint(50, 900)), ("Hôm nay", rng.randint(1000, 9000)),
                    ("Tổng lượt truy cập", rng.randint(1_000_000, 9_000_000))])


def ga(rng):
    gid = "G-" + alnum(rng, 10).upper()
    return (f'<script async src="https://www.googletagmanager.com/gtag/js?id={gid}"></script><script>window.dataLayer='
            f"window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{gid}');</script>")


def pad_to(html_s, rng, target_kb, marker="<!--PAD-->", prefix="x"):
    """Fill an inline <style> placeholder until the page reaches ~target_kb."""
    cur = len(html_s.encode("utf-8"))
    need = target_kb * 1024 - cur
    if need <= 0:
        return html_s.replace(marker, "")
    blob = ""
    while len(blob) < need:
        blob += css(rng, prefix, 40)
    return html_s.replace(marker, "<style>" + blob[:need] + "}</style>")


# ------------------------------------------------------------------ legacy encodings
_MODS = {"\u0302", "\u0306", "\u031b"}


def enc1258(s):
    """windows-1258 as old converters wrote it: base letter (incl. â ê ô ă ơ ư) + combining tone byte."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        mods = "".join(m for m in marks if m in _MODS)
        tones = "".join(m for m in marks if m not in _MODS)
        try:
            out += unicodedata.normalize("NFC", base + mods).encode("cp1258") + tones.encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(ch)};".encode()
    return bytes(out)


# TCVN3 (ABC, TCVN 5712:1993 VN3) single-byte table for the .VnTime font family.
_TCVN3 = {
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9, "ă": 0xA8, "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD,
    "ắ": 0xBE, "ặ": 0xC6, "â": 0xA9, "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB, "è": 0xCC,
    "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1, "ê": 0xAA, "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5,
    "ệ": 0xD6, "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE, "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2,
    "ó": 0xE3, "ọ": 0xE4, "ô": 0xAB, "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9, "ơ": 0xAC,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE, "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3,
    "ụ": 0xF4, "ư": 0xAD, "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9, "ỳ": 0xFA, "ỷ": 0xFB,
    "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE, "đ": 0xAE, "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5,
    "Ư": 0xA6, "Đ": 0xA7,
}
_TCVN3_REV = {v: k for k, v in _TCVN3.items()}


def enc_tcvn3(s):
    """Vietnamese text -> TCVN3 bytes (ASCII passes through). Raises on letters TCVN3 lacks
    (capital letters carrying a tone mark)."""
    out = bytearray()
    for ch in nfc(s):
        if ord(ch) < 128:
            out.append(ord(ch))
        elif ch in _TCVN3:
            out.append(_TCVN3[ch])
        elif ch == "\u201c" or ch == "\u201d":
            out.append(0x22)
        else:
            raise ValueError(f"TCVN3 cannot encode {ch!r} in {s[:40]!r}")
    return bytes(out)


def dec_tcvn3(b):
    return "".join(_TCVN3_REV.get(x, chr(x)) for x in b)
