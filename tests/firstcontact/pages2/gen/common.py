"""Shared helpers for the blind page generator (stdlib only).

Everything here is deterministic: every random choice goes through a
random.Random seeded with a string, so `python build.py` always writes the
same bytes.
"""
import base64
import html
import html.entities
import json
import random
import re
import unicodedata
from datetime import datetime, timedelta, timezone

TZ = timezone(timedelta(hours=7))

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTH_WORDS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín",
               "Mười", "Mười Một", "Mười Hai"]


# ---------------------------------------------------------------- dates
def T(s):
    """'2024-10-09 16:25' or '2024-10-09' -> aware datetime (+07:00)."""
    fmt = "%Y-%m-%d" if len(s) == 10 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=TZ)


def iso_min(d):
    return d.strftime("%Y-%m-%dT%H:%M:00+07:00")


def iso_date(d):
    return d.strftime("%Y-%m-%d")


def wd(d):
    return WD[d.weekday()]


def dmy(d, sep="/"):
    return d.strftime(f"%d{sep}%m{sep}%Y")


def hm(d):
    return d.strftime("%H:%M")


def h12(d, am="AM", pm="PM", pad=True, sec=False):
    h = d.hour % 12 or 12
    hs = f"{h:02d}" if pad else str(h)
    s = f"{hs}:{d.minute:02d}"
    if sec:
        s += f":{d.second:02d}"
    return f"{s} {am if d.hour < 12 else pm}"


def utc_iso(d, ms=False):
    u = d.astimezone(timezone.utc)
    if ms:
        return u.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch_ms(d):
    return int(d.timestamp() * 1000)


def days_before(d, rng, n, lo=0, hi=30, with_time=True):
    out = []
    for _ in range(n):
        x = d - timedelta(days=rng.randint(lo, hi), hours=rng.randint(0, 9),
                          minutes=rng.randint(0, 59))
        out.append(x)
    out.sort(reverse=True)
    return out


# ------------------------------------------------------------- escaping
_ENT = {cp: name for cp, name in html.entities.codepoint2name.items()
        if cp > 127 and name not in ("amp", "lt", "gt", "quot")}


def esc(s, ent=False, attr=False):
    """HTML-escape; with ent=True also write Latin-1/typographic chars as
    named entities (&ecirc; &oacute; &ldquo; ...) the way old editors did,
    leaving Vietnamese-only letters (ư ơ đ ạ ...) raw."""
    s = html.escape(s, quote=attr)
    if ent:
        s = "".join(f"&{_ENT[ord(c)]};" if ord(c) in _ENT else c for c in s)
    return s


_MD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__|\[([^\]]+)\]\(([^)]+)\)")


def md_html(s, ent=False, bold="strong", ital="em"):
    """Tiny inline markup: **bold**, __italic__, [text](url)."""
    out, pos = [], 0
    for m in _MD.finditer(s):
        out.append(esc(s[pos:m.start()], ent))
        if m.group(1) is not None:
            out.append(f"<{bold}>{esc(m.group(1), ent)}</{bold}>")
        elif m.group(2) is not None:
            out.append(f"<{ital}>{esc(m.group(2), ent)}</{ital}>")
        else:
            out.append(f'<a href="{esc(m.group(4), attr=True)}">{esc(m.group(3), ent)}</a>')
        pos = m.end()
    out.append(esc(s[pos:], ent))
    return "".join(out)


def md_plain(s):
    return _MD.sub(lambda m: m.group(1) or m.group(2) or m.group(3), s)


def nfd(s):
    return unicodedata.normalize("NFD", s)


# --------------------------------------------------------- windows-1258
_MODS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn


def enc1258(s):
    """Encode to windows-1258 the way Vietnamese converters did: letters with
    a tone mark that have no precomposed cp1258 code become base letter
    (â ê ô ă ơ ư ...) + a combining tone byte."""
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
            out += unicodedata.normalize("NFC", base + mods).encode("cp1258")
            out += tones.encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(ch)};".encode("ascii")
    return bytes(out)


# --------------------------------------------------------- article model
class Art:
    """blocks: ('p', text) body paragraph; ('q', text) interview question
    (bold, body); ('h', text) sub-heading (body); ('img', src, caption, alt);
    ('box', heading, [(title, url), ...]) related box inside the content;
    ('raw', html) anything else printed inside the content area."""

    def __init__(self, title, lead, blocks):
        self.title = title
        self.lead = lead
        self.blocks = blocks

    def body_pars(self):
        out = [self.lead] if self.lead else []
        for b in self.blocks:
            if b[0] in ("p", "q", "h"):
                out.append(md_plain(b[1]))
        return out

    @property
    def body(self):
        return "\n\n".join(self.body_pars())

    @property
    def captions(self):
        return [b[2].replace("\n", " ") for b in self.blocks if b[0] == "img" and b[2]]

    def box_titles(self):
        out = []
        for b in self.blocks:
            if b[0] == "box":
                out += [t for t, _ in b[2]]
        return out

    def box_headings(self):
        return [b[1] for b in self.blocks if b[0] == "box"]

    def render(self, p=None, q=None, h=None, img=None, box=None, raw=None, ent=False,
               sep="\n"):
        p = p or (lambda t: f"<p>{t}</p>")
        q = q or (lambda t: f"<p><strong>{t}</strong></p>")
        h = h or (lambda t: f"<p><strong>{t}</strong></p>")
        out = []
        n = 0
        for b in self.blocks:
            k = b[0]
            if k == "p":
                out.append(p(md_html(b[1], ent)))
            elif k == "q":
                out.append(q(md_html(b[1], ent)))
            elif k == "h":
                out.append(h(md_html(b[1], ent)))
            elif k == "img":
                n += 1
                cap = esc(b[2], ent).replace("\n", "<br />") if b[2] else ""
                alt = (b[3] if len(b) > 3 else b[2]).replace("\n", " ")
                out.append(img(b[1], cap, esc(alt, ent, attr=True), n))
            elif k == "box":
                out.append(box(b[1], b[2]))
            elif k == "raw":
                out.append(b[1])
        return sep.join(out)


def expected(art, *, published, updated=None, author=None, author_unit=None,
             photographer=None, category=None, title=None):
    return {
        "title": title or art.title,
        "published_at": published,
        "updated_at": updated,
        "author": author,
        "author_unit": author_unit,
        "photographer": photographer,
        "category": category,
        "captions": art.captions,
        "body": art.body,
        "lead": art.lead,
    }


# ---------------------------------------------------------- weight blobs
def viewstate(rng, nbytes):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return "/wEPDwUKMTM4NzY1NDMyMQ9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPZBYCZg8WAh4EVGV4dAX" + \
        base64.b64encode(raw).decode("ascii")


def b64blob(rng, nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode("ascii")


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def guid(rng, sep="-"):
    h = hexid(rng, 32)
    return sep.join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


_PROPS = ["display:block", "display:flex", "display:inline-block", "display:none",
          "position:relative", "position:absolute", "float:left", "float:right",
          "clear:both", "overflow:hidden", "text-align:center", "text-align:justify",
          "font-weight:700", "font-weight:400", "font-style:italic", "cursor:pointer",
          "text-transform:uppercase", "white-space:nowrap", "list-style:none",
          "box-sizing:border-box", "vertical-align:middle", "text-decoration:none"]


def css_blob(rng, prefix, n):
    words = ["header", "menu", "nav", "item", "sub", "box", "title", "list", "news",
             "hot", "focus", "right", "left", "col", "banner", "footer", "link", "icon",
             "date", "time", "more", "btn", "search", "mega", "dropdown", "slider",
             "thumb", "img", "caption", "summary", "detail", "tab", "panel", "wrap",
             "block", "card", "tag", "share", "social", "weather", "counter", "poll",
             "video", "gallery", "event", "marquee", "notice", "doc", "logo", "top"]
    rules = []
    for i in range(n):
        sel = "." + prefix + "-" + "-".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.4:
            sel += " " + rng.choice(["a", "li", "span", "img", "h3", "p", "ul", "a:hover", "li:last-child"])
        props = rng.sample(_PROPS, rng.randint(1, 3))
        props.append(f"margin:{rng.randint(0, 20)}px {rng.randint(0, 20)}px")
        if rng.random() < 0.6:
            props.append(f"color:#{hexid(rng, 6)}")
        if rng.random() < 0.4:
            props.append(f"font-size:{rng.choice([11, 12, 13, 14, 15, 16, 18, 20, 24])}px")
        if rng.random() < 0.3:
            props.append(f"background:#{hexid(rng, 6)}")
        if rng.random() < 0.3:
            props.append(f"padding:{rng.randint(0, 15)}px {rng.randint(0, 15)}px")
        rules.append(sel + "{" + ";".join(props) + "}")
    media = f"@media (max-width:{rng.choice([767, 991, 1199])}px){{" + "".join(rules[: n // 6]) + "}"
    return "".join(rules) + media


def svg_sprite(rng, n, prefix="ic"):
    names = ["home", "search", "menu", "close", "phone", "mail", "print", "share",
             "facebook", "zalo", "youtube", "twitter", "clock", "calendar", "eye",
             "user", "arrow-right", "arrow-left", "arrow-up", "download", "file-pdf",
             "file-doc", "play", "pause", "volume", "font-plus", "font-minus", "rss",
             "map", "sun", "cloud", "rain", "star", "bookmark", "comment", "link"]
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">']
    for i in range(n):
        nm = names[i % len(names)] + ("" if i < len(names) else f"-{i // len(names)}")
        pts = " ".join(f"{rng.choice('MLCQ')}{rng.randint(0, 240) / 10} {rng.randint(0, 240) / 10}"
                       for _ in range(rng.randint(12, 40)))
        parts.append(f'<symbol id="{prefix}-{nm}" viewBox="0 0 24 24"><path d="{pts}Z"/></symbol>')
    parts.append("</svg>")
    return "".join(parts)


def fake_min_js(rng, n_funcs, ns="app"):
    """A plausible-looking minified vendor bundle (menus, sliders, counters)."""
    out = [f"!function(e,t){{\"use strict\";var {ns}=e.{ns}||{{}};"]
    acts = ["addClass", "removeClass", "toggleClass", "slideToggle", "fadeIn", "fadeOut",
            "css", "attr", "data", "on", "off", "trigger", "find", "closest", "each"]
    for i in range(n_funcs):
        a, b = rng.sample(acts, 2)
        out.append(
            f"{ns}.f{i}=function(n,r){{var o=t(n||\".m{hexid(rng, 4)}\"),i=r||{{}};"
            f"return o.length?(o.{a}(\"{alnum(rng, 6)}\"),o.{b}(\"{alnum(rng, 5)}\",function(){{"
            f"var s=t(this),c=s.data(\"{alnum(rng, 4)}\")||{rng.randint(10, 999)};"
            f"s.toggleClass(\"is-{alnum(rng, 5).lower()}\",c>{rng.randint(1, 99)})}}),o):null}};")
    out.append(f"e.{ns}={ns}}}(window,window.jQuery);")
    return "".join(out)


# ---------------------------------------------------------- text pools
SO_NGANH = ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư",
            "Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Giao thông vận tải", "Sở Xây dựng", "Sở Tài nguyên và Môi trường",
            "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ",
            "Sở Giáo dục và Đào tạo", "Sở Y tế", "Thanh tra tỉnh", "Ban Dân tộc",
            "Ban Quản lý các khu công nghiệp", "Đài Phát thanh và Truyền hình tỉnh",
            "Trường Chính trị tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh",
            "Liên minh Hợp tác xã tỉnh", "Quỹ Đầu tư phát triển tỉnh"]

PARTY_BANS = ["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
              "Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
              "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh", "Đảng ủy Khối các cơ quan tỉnh",
              "Đảng ủy Khối Doanh nghiệp tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
              "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh",
              "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh"]

MINISTRIES = ["Cổng TTĐT Chính phủ", "Báo Điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản",
              "Quốc hội Việt Nam", "Bộ Nội vụ", "Bộ Thông tin và Truyền thông",
              "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Ban Tuyên giáo Trung ương",
              "Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương", "Ban Dân vận Trung ương",
              "Cổng Dịch vụ công quốc gia", "Cơ sở dữ liệu quốc gia về văn bản pháp luật",
              "Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam", "Báo Nhân Dân",
              "Học viện Chính trị quốc gia Hồ Chí Minh"]

PROVINCES = ["Hà Nội", "TP Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Giang",
             "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu",
             "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh",
             "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên",
             "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An",
             "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam",
             "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận",
             "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước",
             "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An",
             "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang",
             "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau"]

DISTRICTS = {
    "Ninh Thuận": ["TP Phan Rang - Tháp Chàm", "Bác Ái", "Ninh Sơn", "Ninh Hải", "Ninh Phước", "Thuận Bắc", "Thuận Nam"],
    "Kon Tum": ["TP Kon Tum", "Đắk Glei", "Ngọc Hồi", "Đắk Tô", "Kon Plông", "Kon Rẫy", "Đắk Hà", "Sa Thầy", "Tu Mơ Rông", "Ia H'Drai"],
    "Hà Giang": ["TP Hà Giang", "Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ", "Vị Xuyên", "Bắc Mê", "Hoàng Su Phì", "Xín Mần", "Bắc Quang", "Quang Bình"],
    "Nam Định": ["TP Nam Định", "Mỹ Lộc", "Vụ Bản", "Ý Yên", "Nghĩa Hưng", "Nam Trực", "Trực Ninh", "Xuân Trường", "Giao Thủy", "Hải Hậu"],
    "Lâm Đồng": ["TP Đà Lạt", "TP Bảo Lộc", "Đam Rông", "Lạc Dương", "Lâm Hà", "Đơn Dương", "Đức Trọng", "Di Linh", "Bảo Lâm", "Đạ Huoai", "Cát Tiên"],
    "Sơn La": ["TP Sơn La", "Quỳnh Nhai", "Thuận Châu", "Mường La", "Bắc Yên", "Phù Yên", "Mộc Châu", "Yên Châu", "Mai Sơn", "Sông Mã", "Sốp Cộp", "Vân Hồ"],
    "Thừa Thiên Huế": ["TP Huế", "Phong Điền", "Quảng Điền", "Phú Vang", "Hương Thủy", "Hương Trà", "A Lưới", "Phú Lộc", "Nam Đông"],
    "Bình Phước": ["TP Đồng Xoài", "Bình Long", "Phước Long", "Chơn Thành", "Đồng Phú", "Bù Đăng", "Bù Đốp", "Bù Gia Mập", "Lộc Ninh", "Hớn Quản", "Phú Riềng"],
    "Quảng Nam": ["TP Tam Kỳ", "TP Hội An", "Điện Bàn", "Duy Xuyên", "Đại Lộc", "Quế Sơn", "Thăng Bình", "Núi Thành", "Tiên Phước", "Bắc Trà My", "Nam Trà My", "Phước Sơn", "Hiệp Đức", "Nông Sơn", "Đông Giang", "Tây Giang", "Nam Giang", "Phú Ninh"],
    "Cà Mau": ["TP Cà Mau", "U Minh", "Thới Bình", "Trần Văn Thời", "Cái Nước", "Đầm Dơi", "Năm Căn", "Phú Tân", "Ngọc Hiển"],
    "Tuyên Quang": ["TP Tuyên Quang", "Lâm Bình", "Na Hang", "Chiêm Hóa", "Hàm Yên", "Yên Sơn", "Sơn Dương"],
    "Đồng Tháp": ["TP Cao Lãnh", "TP Sa Đéc", "TP Hồng Ngự", "Tân Hồng", "Tam Nông", "Thanh Bình", "Tháp Mười", "Cao Lãnh", "Lấp Vò", "Lai Vung", "Châu Thành"],
    "Thái Bình": ["TP Thái Bình", "Quỳnh Phụ", "Hưng Hà", "Đông Hưng", "Thái Thụy", "Tiền Hải", "Kiến Xương", "Vũ Thư"],
    "Hà Tĩnh": ["TP Hà Tĩnh", "TX Hồng Lĩnh", "TX Kỳ Anh", "Nghi Xuân", "Đức Thọ", "Hương Sơn", "Vũ Quang", "Can Lộc", "Lộc Hà", "Thạch Hà", "Cẩm Xuyên", "Hương Khê", "Kỳ Anh"],
    "An Giang": ["TP Long Xuyên", "TP Châu Đốc", "TX Tân Châu", "TX Tịnh Biên", "An Phú", "Phú Tân", "Châu Phú", "Tri Tôn", "Châu Thành", "Chợ Mới", "Thoại Sơn"],
    "Bình Thuận": ["TP Phan Thiết", "TX La Gi", "Tuy Phong", "Bắc Bình", "Hàm Thuận Bắc", "Hàm Thuận Nam", "Tánh Linh", "Đức Linh", "Hàm Tân", "Phú Quý"],
    "Long An": ["TP Tân An", "TX Kiến Tường", "Đức Hòa", "Đức Huệ", "Bến Lức", "Thủ Thừa", "Cần Giuộc", "Cần Đước", "Tân Trụ", "Châu Thành", "Thạnh Hóa", "Tân Thạnh", "Mộc Hóa", "Vĩnh Hưng", "Tân Hưng"],
    "Bình Định": ["TP Quy Nhơn", "TX An Nhơn", "TX Hoài Nhơn", "Tuy Phước", "Phù Cát", "Phù Mỹ", "Hoài Ân", "An Lão", "Tây Sơn", "Vân Canh", "Vĩnh Thạnh"],
    "Đắk Lắk": ["TP Buôn Ma Thuột", "TX Buôn Hồ", "Ea H'leo", "Ea Súp", "Krông Năng", "Krông Búk", "Buôn Đôn", "Cư M'gar", "Ea Kar", "M'Đrắk", "Krông Pắc", "Krông Bông", "Krông Ana", "Lắk", "Cư Kuin"],
    "Yên Bái": ["TP Yên Bái", "TX Nghĩa Lộ", "Lục Yên", "Văn Yên", "Mù Cang Chải", "Trấn Yên", "Trạm Tấu", "Văn Chấn", "Yên Bình"],
    "Nghệ An": ["TP Vinh", "TX Cửa Lò", "TX Thái Hòa", "TX Hoàng Mai", "Quỳnh Lưu", "Diễn Châu", "Yên Thành", "Nghi Lộc", "Hưng Nguyên", "Nam Đàn", "Thanh Chương", "Đô Lương", "Anh Sơn", "Con Cuông", "Tương Dương", "Kỳ Sơn", "Quế Phong", "Quỳ Châu", "Quỳ Hợp", "Nghĩa Đàn", "Tân Kỳ"],
    "Hậu Giang": ["TP Vị Thanh", "TP Ngã Bảy", "TX Long Mỹ", "Vị Thủy", "Long Mỹ", "Phụng Hiệp", "Châu Thành", "Châu Thành A"],
}

COMMUNE_STEMS = ["Tân Lập", "Hòa Bình", "Phú Thịnh", "Thanh Sơn", "Quyết Thắng", "Đồng Tâm",
                 "Tân Thành", "Hưng Đạo", "Minh Khai", "Quang Trung", "Lê Lợi", "Trung Sơn",
                 "Bình Minh", "Phước Hòa", "An Phú", "Tân Hiệp", "Vĩnh Thạnh", "Xuân Phong",
                 "Hợp Thành", "Tiến Thắng", "Thắng Lợi", "Đông Hải", "Nam Hải", "Tây Sơn",
                 "Phúc Lộc", "Hòa Thuận", "Long Phú", "Mỹ Lợi", "Tân Phong", "Thanh Xuân",
                 "Kim Tân", "Hồng Phong", "Yên Bình", "Đại Đồng", "Sơn Thủy", "Thuận Hòa"]

HEADLINES = [
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18 khóa XV",
    "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy {h}",
    "Khai mạc Kỳ họp thứ 22 HĐND tỉnh khóa XIV",
    "Tổng kết 10 năm thực hiện Chỉ thị số 36-CT/TW về công tác tuyên truyền",
    "Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật 2 đảng viên",
    "Trao Huy hiệu 50 năm tuổi Đảng cho đảng viên cao tuổi huyện {h}",
    "Ra mắt mô hình “Dân vận khéo” trong xây dựng nông thôn mới",
    "Đẩy mạnh giải ngân vốn đầu tư công những tháng cuối năm",
    "Tăng cường phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
    "Hội thi Báo cáo viên giỏi cấp tỉnh năm 2024",
    "Triển khai thu thập, làm sạch dữ liệu dân cư phục vụ chuyển đổi số",
    "Trao 150 suất quà cho hộ nghèo, gia đình chính sách tại {h}",
    "Công bố quyết định về công tác cán bộ tại Sở Tài chính",
    "Hội nghị sơ kết công tác dân vận 6 tháng đầu năm",
    "Phát động Tháng hành động vì an toàn thực phẩm",
    "Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND tỉnh bầu",
    "Kiểm tra công tác chuẩn bị Tết Nguyên đán tại các xã biên giới",
    "Bồi dưỡng lý luận chính trị cho 215 đảng viên mới",
    "Tọa đàm phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số",
    "Diễn tập khu vực phòng thủ huyện {h} năm 2024",
    "Khánh thành cầu dân sinh tại xã vùng sâu huyện {h}",
    "Tuyên dương 120 học sinh, sinh viên tiêu biểu",
    "Đoàn công tác Trung ương khảo sát việc thực hiện Nghị quyết số 21-NQ/TW",
    "Sơ kết 3 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị",
    "Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư thôn Trung Hòa",
    "Hội nghị báo cáo viên tháng 11/2024",
    "Triển khai các giải pháp bảo đảm an toàn hồ đập mùa mưa lũ",
    "Cấp phát 2.000 thẻ bảo hiểm y tế cho người cận nghèo",
    "Khởi công xây dựng nhà Đại đoàn kết cho hộ nghèo xã {x}",
    "Hội thảo khoa học về lịch sử Đảng bộ tỉnh giai đoạn 1930 - 1945",
    "Bế mạc lớp Trung cấp lý luận chính trị hệ không tập trung khóa 95",
    "Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII",
    "Tiếp xúc cử tri trước Kỳ họp thứ 8, Quốc hội khóa XV",
    "Tập huấn nghiệp vụ công tác kiểm tra, giám sát năm 2024",
    "Phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trước ngày 31/12/2025",
    "Phát huy vai trò của Mặt trận trong giám sát và phản biện xã hội",
    "Đối thoại giữa người đứng đầu cấp ủy với Nhân dân thị trấn {x}",
    "Khen thưởng 48 tập thể, cá nhân có thành tích trong phong trào thi đua",
    "Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết Hội nghị Trung ương 10",
    "Đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu",
    "Lễ ra quân huấn luyện năm 2025 của lực lượng vũ trang tỉnh",
    "Ký kết chương trình phối hợp giữa Ban Dân vận và Hội Nông dân tỉnh",
    "Lãnh đạo tỉnh thăm, tặng quà Mẹ Việt Nam Anh hùng",
    "Kiểm tra tiến độ xây dựng trụ sở làm việc xã {x}",
    "Ra quân cao điểm tấn công, trấn áp tội phạm dịp cuối năm",
    "Bàn giao 25 căn nhà nhân ái cho hộ khó khăn về nhà ở",
    "Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10",
    "Vận động ủng hộ đồng bào các tỉnh phía Bắc bị thiệt hại do bão số 3",
    "Phát triển hợp tác xã gắn với chuỗi giá trị nông sản chủ lực",
    "Giao ban công tác khối Nội chính quý III/2024",
    "Hướng dẫn tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027",
    "Lễ kết nạp đảng viên mới tại Chi bộ thôn {x}",
    "Tuyên truyền pháp luật cho đồng bào vùng biên giới",
    "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại huyện {h}",
    "Trao tặng 300 áo ấm cho học sinh vùng cao",
    "Tổng kết Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ tư",
    "Hơn 1.200 thanh niên hăng hái lên đường nhập ngũ",
    "Hội thảo giải pháp phát triển du lịch cộng đồng gắn với bảo tồn văn hóa",
    "Triển khai Luật Đất đai năm 2024 đến cán bộ chủ chốt cơ sở",
    "Huyện {h} đón Bằng công nhận đạt chuẩn nông thôn mới",
    "Giám sát việc thực hiện chính sách bảo hiểm xã hội tự nguyện",
    "Học tập chuyên đề năm 2024 về làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Ban Thường vụ Tỉnh ủy cho ý kiến về đề án sắp xếp đơn vị hành chính cấp xã",
    "Trao quyết định nghỉ hưu cho cán bộ lãnh đạo, quản lý",
    "Nâng cao hiệu quả hoạt động của Tổ công nghệ số cộng đồng",
    "Hội Liên hiệp Phụ nữ tỉnh ra mắt mô hình “Chi hội 5 không, 3 sạch”",
    "Tăng cường quản lý, bảo vệ rừng trong mùa khô",
    "Kiểm tra công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "Đảng ủy Khối các cơ quan tỉnh tổng kết thi đua năm 2024",
    "Phòng, chống rửa tiền và tài trợ khủng bố: Tập huấn cho cán bộ ngân hàng",
    "Hội nghị giao ban báo chí tháng 10/2024",
    "Chủ động các phương án phòng, chống rét đậm, rét hại cho cây trồng, vật nuôi",
    "Giới thiệu sách “Xây dựng và chỉnh đốn Đảng” đến cán bộ, đảng viên",
    "Liên hoan văn nghệ quần chúng chào mừng kỷ niệm ngày thành lập tỉnh",
    "Cấp ủy cơ sở tổ chức sinh hoạt chuyên đề “Tự soi, tự sửa”",
    "Ủy ban Kiểm tra Huyện ủy {h} kiểm tra dấu hiệu vi phạm",
    "Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4",
    "Trao học bổng “Tiếp sức đến trường” cho sinh viên nghèo",
    "Đồng chí Phó Bí thư Tỉnh ủy dự ngày hội đại đoàn kết tại xã {x}",
]

TICKER_FUTURE = [
    "Kỳ họp thứ 23 HĐND tỉnh khóa XIV dự kiến khai mạc ngày 12/12/2024",
    "Kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024)",
    "Lịch tiếp công dân định kỳ của Bí thư Tỉnh ủy ngày 15/01/2025",
    "Hội nghị tổng kết công tác Đảng năm 2024 tổ chức ngày 27/12/2024",
    "Tổ chức Lễ giao nhận quân năm 2025 vào ngày 15/02/2025",
    "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)",
    "Hạn chót nộp tác phẩm Giải Búa liềm vàng lần thứ IX: 30/06/2024",
    "Ngày hội Chuyển đổi số tỉnh năm 2024 diễn ra từ 08/10 đến 10/10/2024",
]

DOC_TOPICS = ["ban hành Kế hoạch thực hiện chương trình chuyển đổi số năm 2025",
              "phê duyệt danh mục dự án đầu tư công trung hạn giai đoạn 2021 - 2025",
              "kiện toàn Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn",
              "công bố danh mục thủ tục hành chính được chuẩn hóa",
              "giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2025",
              "tổ chức các hoạt động kỷ niệm ngày thành lập Đảng",
              "tăng cường công tác bảo đảm trật tự an toàn giao thông dịp cuối năm",
              "phân bổ kinh phí hỗ trợ người có uy tín trong đồng bào dân tộc thiểu số",
              "thành lập Tổ công tác rà soát, sắp xếp đơn vị hành chính cấp xã",
              "triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư",
              "quy định chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ",
              "đẩy mạnh thực hiện phong trào thi đua “Cả nước chung tay vì người nghèo”",
              "kế hoạch kiểm tra, giám sát năm 2025 của Ban Thường vụ Tỉnh ủy",
              "tổ chức Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh",
              "chấn chỉnh kỷ luật, kỷ cương hành chính trong thực thi công vụ"]

NOTICE_TITLES = ["Thông báo tuyển dụng viên chức năm 2024",
                 "Thông báo lịch tiếp công dân định kỳ tháng 12",
                 "Thông báo kết quả lựa chọn đơn vị tổ chức đấu giá tài sản",
                 "Thông báo về việc tạm dừng hệ thống thư điện tử công vụ để bảo trì",
                 "Thông báo danh sách thí sinh đủ điều kiện dự tuyển vòng 2",
                 "Thông báo mời tham gia Cuộc thi ảnh “Quê hương tươi đẹp”",
                 "Thông báo kết luận thanh tra việc quản lý đất đai tại xã Tân Lập",
                 "Thông báo nghỉ Tết Dương lịch năm 2025"]


def fill(t, rng, province):
    ds = DISTRICTS.get(province) or ["Yên Sơn"]
    h = rng.choice([d for d in ds if not d.startswith(("TP ", "TX "))] or ds)
    return t.replace("{h}", h).replace("{x}", rng.choice(COMMUNE_STEMS))


def headlines(rng, n, province, exclude=(), avoid=""):
    """n distinct headlines; none equal to `exclude` items nor contained
    (case-insensitively) in `avoid` (the article body)."""
    pool = list(HEADLINES)
    rng.shuffle(pool)
    out = []
    av = avoid.casefold()
    for t in pool:
        t = fill(t, rng, province)
        if t in exclude or t in out or t.casefold() in av:
            continue
        out.append(t)
        if len(out) == n:
            break
    return out


def doc_titles(rng, n, year=2024):
    out = []
    kinds = [("Quyết định", "QĐ-UBND"), ("Kế hoạch", "KH-UBND"), ("Công văn", "UBND-VX"),
             ("Chỉ thị", "CT-UBND"), ("Kế hoạch", "KH/TU"), ("Hướng dẫn", "HD/BTGTU"),
             ("Thông báo", "TB/TU")]
    for i in range(n):
        k, code = rng.choice(kinds)
        num = rng.randint(12, 3999)
        sep = "-" if "/" in code else "/"
        out.append(f"{k} số {num}{sep}{code} năm {year} về việc {rng.choice(DOC_TOPICS)}")
    return out


def communes(rng, n):
    out = []
    for i in range(n):
        kind = rng.choice(["Xã", "Xã", "Xã", "Phường", "Thị trấn"])
        out.append(f"{kind} {rng.choice(COMMUNE_STEMS)}")
    return out


def slugify(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()
    return s


def counter_block(rng, fmt="{label}: {n}", labels=("Đang truy cập", "Hôm nay", "Tháng hiện tại", "Tổng lượt truy cập")):
    vals = [rng.randint(80, 2500), rng.randint(2000, 20000), rng.randint(60000, 400000),
            rng.randint(2_000_000, 40_000_000)]
    return [(l, f"{v:,}".replace(",", ".")) for l, v in zip(labels, vals)]


def ga_snippet(rng):
    gid = f"G-{alnum(rng, 10).upper()}"
    return (f'<script async src="https://www.googletagmanager.com/gtag/js?id={gid}"></script>\n'
            f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}"
            f"gtag('js',new Date());gtag('config','{gid}');</script>")


def fb_sdk():
    return ('<div id="fb-root"></div>\n<script async defer crossorigin="anonymous" '
            'src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v18.0" nonce="k2Zp8c"></script>')


def dump(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------- menus
PARTY_MENU = [
    ("Giới thiệu", ["Lịch sử Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy",
                    "Thường trực Tỉnh ủy", "Các cơ quan tham mưu, giúp việc", "Đảng bộ trực thuộc",
                    "Tổng quan về tỉnh", "Sơ đồ tổ chức"]),
    ("Tin tức - Sự kiện", ["Hoạt động của Tỉnh ủy", "Tin trong tỉnh", "Tin trong nước", "Tin quốc tế",
                           "Tin huyện, thị, thành ủy", "Tin cơ sở", "Hoạt động của lãnh đạo tỉnh"]),
    ("Xây dựng Đảng", ["Chính trị - Tư tưởng", "Tổ chức - Cán bộ", "Kiểm tra - Giám sát", "Dân vận",
                       "Nội chính - Phòng, chống tham nhũng", "Bảo vệ nền tảng tư tưởng của Đảng",
                       "Đảng viên trẻ"]),
    ("Học tập và làm theo Bác", ["Chuyên đề hằng năm", "Gương sáng", "Tư liệu về Bác",
                                  "Mô hình hay, cách làm hiệu quả"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Ban Thường vụ",
                 "Hướng dẫn nghiệp vụ", "Tài liệu sinh hoạt chi bộ", "Tài liệu tuyên truyền"]),
    ("Chuyên đề", ["Đại hội Đảng các cấp", "Chuyển đổi số", "Xây dựng nông thôn mới",
                   "Phòng, chống thiên tai", "Dân tộc - Tôn giáo", "Kinh tế - Xã hội"]),
    ("Multimedia", ["Video", "Ảnh", "Infographic", "Podcast", "Longform"]),
    ("Lịch công tác", ["Lịch công tác Thường trực Tỉnh ủy", "Lịch tiếp công dân"]),
]

GOV_MENU = [
    ("Giới thiệu", ["Tổng quan", "Lịch sử hình thành", "Điều kiện tự nhiên", "Tiềm năng phát triển",
                    "Bản đồ hành chính", "Tổ chức bộ máy"]),
    ("Chính quyền", ["Hội đồng nhân dân", "Ủy ban nhân dân", "Sở, ban, ngành",
                     "Huyện, thị xã, thành phố", "Danh bạ điện thoại", "Thư điện tử công vụ"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Chỉ đạo điều hành", "Kinh tế", "Văn hóa - Xã hội",
                           "Quốc phòng - An ninh", "Tin địa phương", "Thông cáo báo chí"]),
    ("Chỉ đạo điều hành", ["Lịch công tác", "Văn bản chỉ đạo", "Ý kiến chỉ đạo",
                           "Kết luận giao ban", "Phát ngôn báo chí"]),
    ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo văn bản",
                 "Văn bản hợp nhất"]),
    ("Thủ tục hành chính", ["Dịch vụ công trực tuyến", "Tra cứu hồ sơ", "Phản ánh kiến nghị",
                            "Đánh giá mức độ hài lòng"]),
    ("Công khai", ["Ngân sách nhà nước", "Đầu tư công", "Đấu thầu, mua sắm công",
                   "Quy hoạch - Kế hoạch", "Tuyển dụng", "Thông tin báo cáo"]),
    ("Thông tin tuyên truyền", ["Phổ biến giáo dục pháp luật", "Cải cách hành chính",
                                "Chuyển đổi số", "Phòng, chống thiên tai"]),
]


def menu_tree(rng, province, kind="party", base="", n_communes=8, ext=".html"):
    """[(label, url, [(label, url, [(label,url)]), ...]), ...] — a few hundred links."""
    src = PARTY_MENU if kind == "party" else GOV_MENU
    out = []
    for top, subs in src:
        ts = slugify(top)
        kids = [(s, f"{base}/{ts}/{slugify(s)}{ext}", []) for s in subs]
        out.append((top, f"{base}/{ts}{ext}", kids))
    units = []
    for d in DISTRICTS.get(province, []):
        cs = sorted(set(communes(rng, n_communes)))
        units.append((d, f"{base}/don-vi/{slugify(d)}{ext}",
                      [(c, f"{base}/don-vi/{slugify(d)}/{slugify(c)}{ext}") for c in cs]))
    for s in (SO_NGANH if kind == "gov" else PARTY_BANS):
        units.append((s, f"{base}/don-vi/{slugify(s)}{ext}", []))
    out.append(("Đơn vị - Địa phương", f"{base}/don-vi{ext}", units))
    return out


def count_links(tree):
    n = 0
    for _, _, kids in tree:
        n += 1
        for k in kids:
            n += 1 + len(k[2])
    return n


# ------------------------------------------------------------------ set 2 additions
DISTRICTS.update({
    "Thanh Hóa": ["TP Thanh Hóa", "TP Sầm Sơn", "TX Bỉm Sơn", "TX Nghi Sơn", "Hoằng Hóa", "Hậu Lộc", "Nga Sơn",
                  "Hà Trung", "Vĩnh Lộc", "Thạch Thành", "Cẩm Thủy", "Ngọc Lặc", "Lang Chánh", "Bá Thước",
                  "Quan Hóa", "Quan Sơn", "Mường Lát", "Thường Xuân", "Như Xuân", "Như Thanh", "Nông Cống",
                  "Đông Sơn", "Triệu Sơn", "Thọ Xuân", "Yên Định", "Thiệu Hóa", "Quảng Xương"],
    "Bắc Giang": ["TP Bắc Giang", "TX Việt Yên", "Lục Ngạn", "Lục Nam", "Sơn Động", "Lạng Giang", "Yên Thế",
                  "Tân Yên", "Hiệp Hòa", "Yên Dũng"],
    "Điện Biên": ["TP Điện Biên Phủ", "TX Mường Lay", "Điện Biên", "Điện Biên Đông", "Mường Ảng", "Tuần Giáo",
                  "Tủa Chùa", "Mường Chà", "Mường Nhé", "Nậm Pồ"],
    "Quảng Ninh": ["TP Hạ Long", "TP Cẩm Phả", "TP Uông Bí", "TP Móng Cái", "TX Đông Triều", "TX Quảng Yên",
                   "Vân Đồn", "Cô Tô", "Tiên Yên", "Đầm Hà", "Hải Hà", "Bình Liêu", "Ba Chẽ"],
    "Vĩnh Long": ["TP Vĩnh Long", "TX Bình Minh", "Long Hồ", "Mang Thít", "Vũng Liêm", "Tam Bình", "Trà Ôn", "Bình Tân"],
    "Phú Thọ": ["TP Việt Trì", "TX Phú Thọ", "Đoan Hùng", "Hạ Hòa", "Thanh Ba", "Phù Ninh", "Yên Lập", "Cẩm Khê",
                "Tam Nông", "Lâm Thao", "Thanh Sơn", "Thanh Thủy", "Tân Sơn"],
    "Bến Tre": ["TP Bến Tre", "Châu Thành", "Chợ Lách", "Mỏ Cày Nam", "Mỏ Cày Bắc", "Giồng Trôm", "Bình Đại",
                "Ba Tri", "Thạnh Phú"],
    "Lào Cai": ["TP Lào Cai", "TX Sa Pa", "Bát Xát", "Mường Khương", "Si Ma Cai", "Bắc Hà", "Bảo Thắng", "Bảo Yên", "Văn Bàn"],
    "Hải Dương": ["TP Hải Dương", "TP Chí Linh", "TX Kinh Môn", "Kim Thành", "Nam Sách", "Thanh Hà", "Cẩm Giàng",
                  "Bình Giang", "Gia Lộc", "Tứ Kỳ", "Ninh Giang", "Thanh Miện"],
    "Bắc Ninh": ["TP Bắc Ninh", "TP Từ Sơn", "TX Quế Võ", "TX Thuận Thành", "Yên Phong", "Tiên Du", "Gia Bình", "Lương Tài"],
    "Quảng Bình": ["TP Đồng Hới", "TX Ba Đồn", "Minh Hóa", "Tuyên Hóa", "Quảng Trạch", "Bố Trạch", "Quảng Ninh", "Lệ Thủy"],
    "Trà Vinh": ["TP Trà Vinh", "TX Duyên Hải", "Càng Long", "Châu Thành", "Cầu Kè", "Tiểu Cần", "Cầu Ngang", "Trà Cú", "Duyên Hải"],
    "Sóc Trăng": ["TP Sóc Trăng", "TX Vĩnh Châu", "TX Ngã Năm", "Châu Thành", "Kế Sách", "Mỹ Tú", "Cù Lao Dung",
                  "Long Phú", "Mỹ Xuyên", "Thạnh Trị", "Trần Đề"],
    "Gia Lai": ["TP Pleiku", "TX An Khê", "TX Ayun Pa", "Chư Păh", "Ia Grai", "Mang Yang", "Kbang", "Đak Đoa",
                "Chư Prông", "Chư Sê", "Đức Cơ", "Chư Pưh", "Phú Thiện", "Krông Pa", "Ia Pa", "Kông Chro", "Đak Pơ"],
})


def ul_tree(tree, ul_cls="menu", li_cls="menu-item", sub_cls="sub-menu", a_cls=None, depth_cls=True):
    """Nested <ul> from menu_tree() output."""
    ac = f' class="{a_cls}"' if a_cls else ""
    out = [f'<ul class="{ul_cls}">']
    for label, url, kids in tree:
        out.append(f'<li class="{li_cls}{" has-sub" if kids else ""}"><a{ac} href="{esc(url, attr=True)}">{esc(label)}</a>')
        if kids:
            out.append(f'<ul class="{sub_cls}">')
            for kl, ku, gk in kids:
                out.append(f'<li><a href="{esc(ku, attr=True)}">{esc(kl)}</a>')
                if gk:
                    out.append(f'<ul class="{sub_cls} lv3">' + "".join(
                        f'<li><a href="{esc(gu, attr=True)}">{esc(gl)}</a></li>' for gl, gu in gk) + "</ul>")
                out.append("</li>")
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def ddmmyy(d):
    return d.strftime("%d/%m/%y")


def en_long(d, time=True):
    """'Monday, March 11, 2024 2:35 PM' (en-US long date)."""
    s = d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
    if time:
        s += " " + h12(d, pad=False)
    return s


def en_us_short(d, sec=False):
    """'3/12/2024 9:05 AM' (en-US M/d/yyyy h:mm tt)."""
    return f"{d.month}/{d.day}/{d.year} {h12(d, pad=False, sec=sec)}"


EN_HEADLINES = [
    "Quang Ninh welcomes over 1.5 million visitors in the first two months",
    "Provincial leaders visit and present gifts to policy beneficiary families",
    "Van Don Economic Zone attracts new investment in high-tech aquaculture",
    "Ha Long city launches campaign to clean up beaches ahead of tourist season",
    "Mong Cai border gate sees surge in import-export activities",
    "Quang Ninh ranks first in Provincial Competitiveness Index for seventh year",
    "Conference promotes trade and investment links with Guangxi (China)",
    "Province boosts digital transformation in public administrative services",
    "Co To island district marks 63rd anniversary of President Ho Chi Minh's visit",
    "New rural development programme: 100 per cent of communes meet standards",
    "Uong Bi city breaks ground on Yen Tu cultural heritage project",
    "Quang Ninh Provincial Party Committee holds regular March meeting",
    "Coal industry workers receive Labour Order for outstanding performance",
    "Binh Lieu district develops community-based tourism in ethnic villages",
    "Ha Long Bay - Cat Ba archipelago: one year as a world natural heritage",
    "Province prepares for the 2024 Ha Long Carnival",
    "Dam Ha district hands over houses to poor households",
    "Green growth strategy: Quang Ninh plants 10,000 hectares of new forest",
]
