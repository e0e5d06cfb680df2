"""Shared helpers for the blind sets (inherited from sets 5-14; set 13: iso() keeps seconds; set 14: HEADS5 and an 'ul' Art block; set 15: HEADS6; stdlib only, deterministic: every random choice uses
random.Random(<page seed>), so `python build.py` always writes the same bytes)."""
import html as _html
import json
import random
import re
import unicodedata
from datetime import datetime, timedelta, timezone

TZ = timezone(timedelta(hours=7))
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def T(s):
    fmt = {10: "%Y-%m-%d", 16: "%Y-%m-%d %H:%M", 19: "%Y-%m-%d %H:%M:%S"}[len(s)]
    return datetime.strptime(s, fmt).replace(tzinfo=TZ)


def iso(d):
    """ISO stamp with +07:00; the seconds are whatever the datetime carries (set 13: printed seconds are kept,
    a stamp printed without seconds gives :00)."""
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def isod(d):
    return d.strftime("%Y-%m-%d")


def dmy(d, sep="/"):
    return d.strftime(f"%d{sep}%m{sep}%Y")


def hm(d):
    return d.strftime("%H:%M")


def wd(d, lower=False):
    w = WD[d.weekday()]
    return w[0] + w[1:].lower() if lower else w


def utcz(d):
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def past(d, rng, n, lo=1, hi=30):
    return sorted((d - timedelta(days=rng.randint(lo, hi), hours=rng.randint(0, 9), minutes=rng.randint(0, 59))
                   for _ in range(n)), reverse=True)


def esc(s, attr=False):
    return _html.escape(s, quote=attr)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-").lower()


def dump(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(n))


class Art:
    """blocks: ('p', text) body paragraph | ('h', text) sub-heading (body) | ('img', src, caption)
    | ('table', [[cell,...],...]) body table: one paragraph per row, cells joined by ' | '
    | ('ul', [item,...]) bulleted list in the text: one body paragraph per item (set 14)
    | ('raw', html) printed in the content area, not body."""

    def __init__(self, title, lead, blocks):
        self.title, self.lead, self.blocks = title, lead, blocks

    @property
    def pars(self):
        out = []
        for b in self.blocks:
            if b[0] in ("p", "h"):
                out.append(b[1])
            elif b[0] == "table":
                out += [" | ".join(r) for r in b[1]]
            elif b[0] == "ul":
                out += list(b[1])
        return out

    @property
    def body(self):
        return "\n\n".join(([self.lead] if self.lead else []) + self.pars)

    @property
    def captions(self):
        return [b[2] for b in self.blocks if b[0] == "img" and b[2]]

    def render(self, p=None, h=None, img=None, table=None, raw=None, ul=None, sep="\n"):
        p = p or (lambda t: f"<p>{esc(t)}</p>")
        h = h or (lambda t: f"<p><strong>{esc(t)}</strong></p>")
        img = img or (lambda s, c, n: f'<figure class="image"><img src="{s}" alt="{esc(c, True)}"><figcaption>{esc(c)}</figcaption></figure>')
        table = table or (lambda rows: "<table border=\"1\" cellpadding=\"4\"><tbody>" + "".join(
            "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
        out, n = [], 0
        for b in self.blocks:
            if b[0] == "p":
                out.append(p(b[1]))
            elif b[0] == "h":
                out.append(h(b[1]))
            elif b[0] == "img":
                n += 1
                out.append(img(b[1], b[2], n))
            elif b[0] == "table":
                out.append(table(b[1]))
            elif b[0] == "ul":
                out.append(ul(b[1]) if ul else "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
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


# ------------------------------------------------------------------ page weight / chrome
_W = ["hdr", "menu", "nav", "item", "sub", "box", "ttl", "list", "news", "hot", "focus", "right", "left", "col",
      "banner", "ftr", "link", "ico", "date", "more", "btn", "search", "mega", "slide", "thumb", "cap", "sum",
      "tab", "panel", "wrap", "blk", "card", "tag", "share", "poll", "video", "gal", "event", "ticker", "notice"]
_P = ["display:block", "display:flex", "display:none", "display:inline-block", "position:relative",
      "position:absolute", "float:left", "float:right", "overflow:hidden", "text-align:center",
      "font-weight:700", "text-transform:uppercase", "white-space:nowrap", "list-style:none",
      "box-sizing:border-box", "line-height:1.5", "cursor:pointer", "border-radius:4px"]


def css(rng, prefix, n):
    rules = []
    for _ in range(n):
        sel = "." + prefix + "-" + "-".join(rng.choice(_W) for _ in range(rng.randint(1, 3)))
        if rng.random() < .4:
            sel += " " + rng.choice(["a", "li", "span", "img", "h3", "p", "a:hover", "> div"])
        pr = rng.sample(_P, rng.randint(1, 3)) + [f"padding:{rng.randint(0, 16)}px {rng.randint(0, 16)}px"]
        if rng.random() < .6:
            pr.append(f"color:#{hexid(rng, 6)}")
        if rng.random() < .3:
            pr.append(f"background:#{hexid(rng, 6)}")
        rules.append(sel + "{" + ";".join(pr) + "}")
    return "".join(rules)


def js(rng, n, ns="site"):
    out = [f"(function(w,$){{var {ns}=w.{ns}||{{}};"]
    acts = ["addClass", "removeClass", "toggleClass", "slideToggle", "fadeIn", "fadeOut", "attr", "data"]
    for i in range(n):
        a, b = rng.sample(acts, 2)
        out.append(f"{ns}.h{i}=function(s){{var e=$(s||'.x{hexid(rng, 5)}');if(!e.length)return;e.{a}('{alnum(rng, 6)}');"
                   f"e.on('click',function(){{$(this).{b}('{alnum(rng, 5)}')}});return e}};")
    out.append(f"w.{ns}={ns}}})(window,window.jQuery);")
    return "".join(out)


HEADS = [
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 17", "Thường trực Tỉnh ủy làm việc với Huyện ủy {h}",
    "Khai mạc kỳ họp chuyên đề HĐND tỉnh", "Ủy ban Kiểm tra Tỉnh ủy kiểm tra tổ chức đảng cấp dưới",
    "Trao Huy hiệu 60 năm tuổi Đảng cho đảng viên lão thành", "Nhân rộng mô hình “Dân vận khéo” ở {h}",
    "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024", "Hội thi Bí thư chi bộ giỏi cấp huyện",
    "Triển khai Đề án 06 tại các xã vùng sâu", "Trao quà cho hộ nghèo, gia đình chính sách huyện {h}",
    "Công bố quyết định về công tác cán bộ", "Sơ kết công tác dân vận quý I/2024",
    "Phát động Tháng hành động vì an toàn thực phẩm", "Bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Diễn tập khu vực phòng thủ huyện {h}", "Khánh thành cầu giao thông nông thôn xã {x}",
    "Tuyên dương học sinh giỏi cấp quốc gia", "Đoàn công tác Ban Tổ chức Trung ương làm việc tại tỉnh",
    "Hội nghị báo cáo viên tháng 4/2024", "Kiểm tra công tác phòng cháy, chữa cháy rừng",
    "Cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số", "Khởi công nhà Đại đoàn kết tại xã {x}",
    "Hội thảo khoa học về truyền thống Đảng bộ tỉnh", "Giao quân năm 2024 đạt 100% chỉ tiêu",
    "Gặp mặt cán bộ lão thành cách mạng tiêu biểu", "Bế mạc lớp đối tượng kết nạp Đảng khóa I",
    "Ký kết quy chế phối hợp giữa Ban Dân vận và MTTQ tỉnh", "Tuyên truyền phòng, chống ma túy học đường",
    "Hội Nông dân xã {x} ra mắt tổ hội nghề nghiệp", "Đối thoại giữa Bí thư Tỉnh ủy với đoàn viên thanh niên",
    "Nâng cao chất lượng sinh hoạt chi bộ ấp, khu phố", "Phát triển kinh tế tập thể gắn với nông thôn mới",
    "Họp báo công bố kết quả kỳ họp Tỉnh ủy", "Phát huy vai trò người có uy tín trong đồng bào",
    "Tăng cường kỷ luật, kỷ cương hành chính", "Tập huấn nghiệp vụ công tác kiểm tra, giám sát",
    "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư {x}", "Thăm, tặng quà Mẹ Việt Nam anh hùng",
    "Chuyển đổi số trong công tác xây dựng Đảng", "Chủ động phòng, chống hạn hán mùa khô",
    "Vận động ủng hộ Quỹ “Vì người nghèo” năm 2024", "Ra quân chiến dịch Thanh niên tình nguyện hè",
    "Hội Liên hiệp Phụ nữ tỉnh trao vốn sinh kế cho hội viên", "Công đoàn ngành Giáo dục tổ chức Tết sum vầy",
    "Hội Cựu chiến binh huyện {h} sơ kết phong trào thi đua", "Tổng kết 10 năm thực hiện Chỉ thị 05",
]
COMMUNES = ["Tân Lập", "Hòa Bình", "Phú Thịnh", "Thanh Sơn", "Quyết Thắng", "Đồng Tâm", "Tân Thành", "Hưng Đạo",
            "Minh Khai", "Quang Trung", "Trung Sơn", "Bình Minh", "Phước Hòa", "An Phú", "Tân Hiệp", "Vĩnh Thạnh",
            "Xuân Phong", "Hợp Thành", "Tiến Thắng", "Long Phú", "Mỹ Lợi", "Ea Tu", "Cư Êbur", "Đắk Mar"]

MENU = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Thường trực", "Cơ quan tham mưu", "Sơ đồ tổ chức"]),
    ("Tin tức - Sự kiện", ["Hoạt động lãnh đạo", "Tin trong tỉnh", "Tin trong nước", "Tin cơ sở", "Thông cáo báo chí"]),
    ("Xây dựng Đảng", ["Chính trị - Tư tưởng", "Tổ chức - Cán bộ", "Kiểm tra - Giám sát", "Dân vận", "Nội chính",
                       "Bảo vệ nền tảng tư tưởng của Đảng", "Sổ tay đảng viên"]),
    ("Học tập và làm theo Bác", ["Chuyên đề hằng năm", "Gương người tốt việc tốt", "Tư liệu về Bác", "Mô hình hay"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản Tỉnh ủy", "Hướng dẫn nghiệp vụ", "Tài liệu sinh hoạt chi bộ"]),
    ("Mặt trận - Đoàn thể", ["Mặt trận Tổ quốc", "Hội Nông dân", "Hội Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh", "Công đoàn"]),
    ("Multimedia", ["Video", "Tin ảnh", "Infographic", "Podcast", "Trực tiếp"]),
    ("Hỏi đáp", ["Hỏi đáp chính sách", "Ý kiến bạn đọc", "Đường dây nóng"]),
]


def heads(rng, n, h="Châu Thành", avoid=()):
    pool = []
    for t in HEADS:
        t = t.replace("{h}", h).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


def menu(rng, base="", cls="menu", ext=".html", districts=(), li="li", ul="ul", a_cls="", items=None):
    ac = f' class="{a_cls}"' if a_cls else ""
    out = [f'<{ul} class="{cls}">']
    for top, subs in (items or MENU):
        out.append(f'<{li} class="{cls}-item has-sub"><a{ac} href="{base}/{slug(top)}{ext}">{esc(top)}</a><{ul} class="{cls}-sub">')
        out += [f'<{li}><a href="{base}/{slug(top)}/{slug(s)}{ext}">{esc(s)}</a></{li}>' for s in subs]
        out.append(f"</{ul}></{li}>")
    if districts:
        out.append(f'<{li} class="{cls}-item has-sub"><a href="{base}/co-so{ext}">Cơ sở</a><{ul} class="{cls}-sub">')
        for d in districts:
            cs = rng.sample(COMMUNES, 6)
            out.append(f'<{li}><a href="{base}/co-so/{slug(d)}{ext}">{esc(d)}</a><{ul}>' + "".join(
                f'<{li}><a href="{base}/co-so/{slug(d)}/{slug(c)}{ext}">{esc(c)}</a></{li}>' for c in cs) + f"</{ul}></{li}>")
        out.append(f"</{ul}></{li}>")
    out.append(f"</{ul}>")
    return "".join(out)


def nlist(rng, titles, base, dates, fmt=dmy, cls="list-news", img=True, ext=".html"):
    out = [f'<ul class="{cls}">']
    for t, d in zip(titles, dates):
        im = (f'<img src="{base}/upload/{d.year}/{d.month:02d}/{hexid(rng, 12)}.jpg" alt="{esc(t, True)}" loading="lazy">'
              if img else "")
        out.append(f'<li><a href="{base}/{slug(t)}-{rng.randint(1000, 99999)}{ext}">{im}<span class="t">{esc(t)}</span></a>'
                   + (f' <span class="date">{fmt(d)}</span>' if fmt else "") + "</li>")
    out.append("</ul>")
    return "".join(out)


def footer(org, addr, phone, extra=""):
    return (f'<div class="footer-info"><p><strong>{esc(org)}</strong></p><p>Địa chỉ: {esc(addr)}</p>'
            f'<p>Điện thoại: {esc(phone)} - Email: bbt@{slug(org)[:14]}.vn</p>'
            f'<p>Ghi rõ nguồn “{esc(org)}” khi phát hành lại thông tin từ website này.</p>{extra}</div>')


def counter(rng):
    vals = [("Đang truy cập", rng.randint(40, 900)), ("Hôm nay", rng.randint(900, 9000)),
            ("Tổng lượt truy cập", rng.randint(1_000_000, 9_900_000))]
    return "".join(f"<li><span>{l}:</span> <b>{v:,}</b></li>".replace(",", ".") for l, v in vals)


def ga(rng):
    gid = "G-" + alnum(rng, 10).upper()
    return (f'<script async src="https://www.googletagmanager.com/gtag/js?id={gid}"></script><script>window.dataLayer='
            f"window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','{gid}');</script>")


def cookie_banner(cls="cookie-consent"):
    return (f'<div class="{cls}" role="dialog" aria-live="polite"><p>Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. '
            f'Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách của chúng tôi.</p><button type="button">Đồng ý</button> '
            f'<a href="/chinh-sach-bao-mat">Tìm hiểu thêm</a></div>')


def _island(rng, n_items):
    """A JSON island of the kind portals embed in <head> (menu tree, ticker/most-read feed, ad slots)."""
    items = []
    for i in range(n_items):
        t = rng.choice(HEADS).replace("{h}", rng.choice(COMMUNES)).replace("{x}", rng.choice(COMMUNES))
        items.append({"id": rng.randint(10000, 99999), "title": t, "url": "/" + slug(t) + f"-{rng.randint(1000, 99999)}.html",
                      "thumb": f"/upload/thumb/{hexid(rng, 16)}.jpg", "views": rng.randint(50, 9000),
                      "cat": rng.choice([m[0] for m in MENU]), "ts": 1700000000 + rng.randint(0, 9000000)})
    return {"menu": [{"name": top, "children": subs} for top, subs in MENU], "feed": items,
            "ads": [{"slot": f"banner-{k}", "img": f"/upload/qc/{hexid(rng, 10)}.png", "href": "#"} for k in range(6)]}


def pad(html_s, rng, kb, prefix="pd", marker="<!--PAD-->"):
    """Bring the page to ~kb: about a third as a JSON island, the rest as inline CSS (both in <head>)."""
    need = kb * 1024 - len(html_s.encode("utf-8"))
    if need <= 0:
        return html_s.replace(marker, "")
    isl, n = "", 8
    while len(isl.encode("utf-8")) < need // 3:
        isl = json.dumps(_island(rng, n), ensure_ascii=False, separators=(",", ":"))
        n += 8
    block = f'<script type="application/json" id="{prefix}-data">{isl}</script>'
    need -= len(block.encode("utf-8")) + len("<style></style>") + 1
    blob = ""
    while len(blob) < need:
        blob += css(rng, prefix, 40)
    return html_s.replace(marker, block + "<style>" + blob[:max(need, 0)] + "}</style>")


# ------------------------------------------------------------------ set 5 additions
HEADS2 = [
    "Ra quân Tháng thanh niên năm 2024 tại xã {x}", "Sở Y tế kiểm tra công tác tiêm chủng mở rộng",
    "Khánh thành trạm bơm điện phục vụ sản xuất vụ hè thu", "Tập huấn kỹ năng số cho cán bộ cấp xã",
    "Hội thi Dân vận khéo cấp huyện lần thứ III", "Trao 50 suất học bổng cho học sinh nghèo vượt khó",
    "Ngày hội hiến máu tình nguyện “Giọt hồng tri ân”", "Nghiệm thu mô hình trồng dưa lưới trong nhà màng",
    "Ký kết chương trình phối hợp tuyên truyền pháp luật", "Đại hội Chi đoàn điểm nhiệm kỳ 2024 - 2027",
    "Lấy ý kiến nhân dân về dự thảo quy hoạch khu dân cư", "Hội Nông dân xã {x} sơ kết 6 tháng đầu năm",
    "Kiểm tra tiến độ xây dựng trường học đạt chuẩn quốc gia", "Phát động cuộc thi ảnh “Quê hương đổi mới”",
    "Cấp giấy chứng nhận OCOP cho 12 sản phẩm", "Diễn tập phương án phòng, chống thiên tai năm 2024",
    "Hội nghị đối thoại với doanh nghiệp về thủ tục hành chính", "Bàn giao nhà tình nghĩa cho thân nhân liệt sĩ",
    "Tổng kết Hội khỏe Phù Đổng cấp huyện", "Thăm hỏi gia đình bị thiệt hại do giông lốc",
    "Giải bóng chuyền nam nữ mừng Đảng, mừng Xuân", "Nâng cao hiệu quả hoạt động của tổ hòa giải cơ sở",
    "Tuyên truyền Luật Đất đai năm 2024 đến hội viên", "Khai giảng lớp bồi dưỡng kết nạp Đảng cho học sinh",
    "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu", "Hội thảo giải pháp tiêu thụ nông sản mùa vụ",
]


def heads2(rng, n, avoid=()):
    pool = []
    for t in HEADS + HEADS2:
        t = t.replace("{h}", rng.choice(["Yên Lập", "Thanh Ba", "Đoan Hùng", "Phù Ninh"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


def epoch_ms(d):
    return int(d.timestamp() * 1000)


def wrap(text, width):
    """Break text into lines at spaces (as a PDF layout would)."""
    lines, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def b64blob(rng, n):
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(abc) for _ in range(n))


_MODS = {"\u0302", "\u0306", "\u031b"}


def enc1258(s):
    """windows-1258 as Word/old converters wrote it: base letter (incl. â ê ô ă ơ ư) + combining tone byte."""
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


# ------------------------------------------------------------------ set 6 additions
HEADS3 = [
    "Tuổi trẻ xã {x} ra quân làm đường giao thông nông thôn", "Hội nghị giao ban công tác tuyên giáo quý II/2024",
    "Kiểm tra công tác chuẩn bị kỳ thi tốt nghiệp THPT năm 2024", "Trao tặng 30 bồn chứa nước cho hộ nghèo",
    "Ra mắt mô hình “Chi hội phụ nữ 5 không, 3 sạch”", "Tập huấn nghiệp vụ công tác văn thư, lưu trữ",
    "Hội nghị tổng kết công tác thi đua, khen thưởng", "Khảo sát mô hình kinh tế trang trại tổng hợp",
    "Bàn giao công trình thanh niên “Thắp sáng đường quê”", "Triển khai thu thập dữ liệu dân cư trên địa bàn xã {x}",
    "Tọa đàm kỷ niệm Ngày Báo chí cách mạng Việt Nam", "Hội thi tìm hiểu lịch sử Đảng bộ huyện",
    "Phát động phong trào “Bình dân học vụ số”", "Sơ kết 6 tháng thực hiện Nghị quyết Đại hội Đảng bộ xã {x}",
    "Khai mạc trại hè thiếu nhi năm 2024", "Hỗ trợ nông dân tiêu thụ vải thiều chính vụ",
]


def heads3(rng, n, avoid=()):
    pool = []
    for t in HEADS + HEADS2 + HEADS3:
        t = t.replace("{h}", rng.choice(["Võ Nhai", "Đại Từ", "Phú Lương", "Định Hóa"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


def ncr(s):
    return s.encode("ascii", "xmlcharrefreplace").decode("ascii")
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


# ------------------------------------------------------------------ set 13 additions
HEADS4 = [
    "Đảng ủy xã {x} kết nạp 5 đảng viên là đoàn viên ưu tú", "Hội nghị giao ban công tác dân vận khối cơ quan quý III",
    "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại xã {x}", "Bàn giao 3 căn nhà nhân ái cho hội viên nghèo",
    "Lớp bồi dưỡng nghiệp vụ công tác tổ chức cho cấp ủy viên cơ sở", "Nghiệm thu đường bê tông liên thôn ở xã {x}",
    "Triển khai thu thuế đất phi nông nghiệp năm 2024", "Gặp mặt đoàn viên thanh niên lên đường nhập ngũ",
    "Hội thảo nâng cao chất lượng sinh hoạt chuyên đề chi bộ", "Trao giấy chứng nhận quyền sử dụng đất cho 64 hộ dân",
    "Tuyên truyền phòng, chống lừa đảo qua mạng cho hội viên phụ nữ", "Ra mắt câu lạc bộ “Cựu chiến binh làm kinh tế giỏi”",
    "Tổng kết mô hình “Camera an ninh” ở khu dân cư {x}", "Sơ kết công tác phát triển đảng viên trong doanh nghiệp",
    "Chi bộ thôn {x} sinh hoạt theo chuyên đề về bảo vệ rừng", "Kiểm tra tiến độ xây dựng nhà văn hóa thôn",
    "Trao học bổng “Thắp sáng ước mơ” cho học sinh dân tộc thiểu số", "Giao ban báo chí tháng 10/2024",
    "Tập huấn ứng dụng sổ tay đảng viên điện tử", "Phát động thi đua cao điểm chào mừng đại hội đảng bộ các cấp",
]


def heads4(rng, n, avoid=()):
    pool = []
    for t in HEADS + HEADS2 + HEADS3 + HEADS4:
        t = t.replace("{h}", rng.choice(["Lục Yên", "Văn Yên", "Trấn Yên", "Yên Bình"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------ set 14 additions
HEADS5 = [
    "Hội nghị giao ban công tác xây dựng Đảng 6 tháng đầu năm 2024", "Trao tặng 40 xe đạp cho học sinh nghèo vượt khó xã {x}",
    "Kiểm tra công tác chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027", "Hội thi “Tuyên truyền viên pháp luật giỏi” cấp huyện",
    "Khởi công xây dựng Trường Mầm non xã {x}", "Tập huấn phần mềm quản lý đảng viên phiên bản mới",
    "Ra mắt mô hình “Khu dân cư không có tội phạm ma túy” ở thôn {x}", "Nghiệm thu kênh mương nội đồng phục vụ vụ mùa",
    "Bàn giao 12 nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn", "Lễ kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ",
    "Đối thoại với thanh niên về khởi nghiệp, lập nghiệp năm 2024", "Sơ kết 3 năm thực hiện Nghị quyết về phát triển kinh tế tập thể",
    "Thẩm định hồ sơ công nhận xã {x} đạt chuẩn nông thôn mới nâng cao", "Tuyên truyền bầu cử trưởng thôn nhiệm kỳ mới",
    "Cấp phát 2.000 cây giống keo lai cho hộ nghèo", "Hội nghị cung cấp thông tin cho báo cáo viên quý III/2024",
    "Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10", "Trao quyết định nghỉ hưu cho cán bộ cơ quan",
    "Kiểm tra giám sát chuyên đề đối với Đảng ủy xã {x}", "Xét xử lưu động vụ án trộm cắp tài sản tại xã {x}",
]


def heads5(rng, n, avoid=()):
    pool = []
    for t in HEADS + HEADS2 + HEADS3 + HEADS4 + HEADS5:
        t = t.replace("{h}", rng.choice(["Ba Vì", "Phúc Thọ", "Tiên Lữ", "Kim Động", "Tuy Phong", "Tịnh Biên"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------ set 15 additions
HEADS6 = [
    "Hội nghị quán triệt Nghị quyết Hội nghị Trung ương 10 khóa XIII", "Trao 60 suất quà cho người có công với cách mạng xã {x}",
    "Kiểm tra công tác chuẩn bị đại hội điểm chi bộ trực thuộc", "Hội thi “Bí thư chi đoàn giỏi” cấp huyện năm 2024",
    "Khánh thành nhà văn hóa thôn {x} từ nguồn xã hội hóa", "Tập huấn công tác thi đua, khen thưởng cho cán bộ cơ sở",
    "Ra mắt tổ liên kết sản xuất rau an toàn xã {x}", "Bồi dưỡng nghiệp vụ cho cán bộ làm công tác văn phòng cấp ủy",
    "Lễ giao nhận quân năm 2025: bảo đảm trang trọng, an toàn", "Sơ kết 6 tháng phong trào thi đua “Dân vận khéo”",
    "Gặp mặt kỷ niệm 94 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng", "Giám sát việc thực hiện chính sách bảo hiểm xã hội tự nguyện",
    "Hội nghị biểu dương điển hình tiên tiến giai đoạn 2020 - 2025", "Tuyên truyền phòng, chống đuối nước cho trẻ em dịp hè",
    "Đưa 200 lao động đi làm việc có thời hạn ở nước ngoài", "Tổng kết năm học 2023 - 2024 khối trường chính trị",
]


def heads6(rng, n, avoid=()):
    pool = []
    for t in HEADS + HEADS2 + HEADS3 + HEADS4 + HEADS5 + HEADS6:
        t = t.replace("{h}", rng.choice(["Lục Ngạn", "Quảng Hòa", "Long Mỹ", "Nghĩa Hưng", "Vụ Bản", "Ninh Hòa"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------ set 26 additions
HEADS7 = [
    "Hội nghị sơ kết quý I/2025 công tác xây dựng Đảng", "Trao Huy hiệu 40, 45, 50 năm tuổi Đảng đợt 3/2", "Kiểm tra công tác chuẩn bị đại hội đảng bộ xã {x} nhiệm kỳ 2025 - 2030",
    "Ra mắt mô hình “Chi bộ 4 tốt” ở thôn {x}", "Bàn giao nhà “Đại đoàn kết” cho hộ nghèo xã {x}", "Quán triệt Nghị quyết số 18-NQ/TW về sắp xếp tổ chức bộ máy",
    "Tập huấn kỹ năng số cho cán bộ, đảng viên cấp cơ sở năm 2025", "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư {x}", "Phát động đợt thi đua chào mừng 50 năm Ngày thống nhất đất nước",
    "Giao nhận quân năm 2025 bảo đảm an toàn, tiết kiệm", "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam", "Hội nghị tổng kết công tác dân vận năm 2024",
    "Triển khai xóa nhà tạm, nhà dột nát trên địa bàn xã {x}", "Giám sát việc thực hiện chính sách đối với người có công", "Hội thi “Tuyên truyền viên giỏi” cấp huyện năm 2025",
    "Khánh thành cầu dân sinh ở ấp {x}", "Tổng kết 10 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị", "Đối thoại giữa người đứng đầu cấp ủy với đoàn viên, hội viên",
    "Lấy ý kiến Nhân dân về dự thảo sửa đổi Hiến pháp năm 2013", "Sắp xếp đơn vị hành chính cấp xã: bảo đảm quyền lợi người dân",
]


def heads7(rng, n, avoid=()):
    pool = []
    for t in HEADS7 + HEADS6 + HEADS5:
        t = t.replace("{h}", rng.choice(["Yên Lạc", "Tuy Phước", "Lệ Thủy", "Lục Nam", "Ngã Năm", "Hàm Thuận Bắc"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------ set 27 additions
HEADS8 = [
    "Hội nghị giao ban công tác xây dựng Đảng quý II/2025", "Ra mắt Trung tâm Phục vụ hành chính công xã {x} (mới)", "Trao Huy hiệu 55 năm tuổi Đảng cho đảng viên lão thành xã {x}",
    "Tập huấn vận hành chính quyền địa phương hai cấp cho cán bộ cơ sở", "Kiểm tra việc bàn giao hồ sơ, tài sản khi sắp xếp đơn vị hành chính", "Phát động phong trào “Bình dân học vụ số” tại khu dân cư {x}",
    "Gặp mặt cán bộ nghỉ việc theo Nghị định 178/2024/NĐ-CP", "Hội nghị tổng kết 5 năm thực hiện Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp", "Bàn giao 12 căn nhà “Mái ấm nghĩa tình” trước ngày 30/4",
    "Lễ dâng hương kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam", "Học tập chuyên đề năm 2025 về tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Ra quân cao điểm phòng, chống buôn lậu, hàng giả dịp cuối năm",
    "Tọa đàm 100 năm Ngày Báo chí cách mạng Việt Nam", "Khởi công tuyến đường liên xã {x}", "Đối thoại với đoàn viên công đoàn về chính sách khi sắp xếp bộ máy",
    "Sơ kết 6 tháng đầu năm 2025 công tác kiểm tra, giám sát", "Tiếp nhận 500 suất quà hỗ trợ học sinh vùng khó khăn", "Hội thi “Cán bộ Mặt trận giỏi” cấp tỉnh năm 2025",
]


def heads8(rng, n, avoid=()):
    pool = []
    for t in HEADS8 + HEADS7:
        t = t.replace("{h}", rng.choice(["Ba Bể", "Hải Hậu", "Kon Rẫy", "Duy Xuyên", "Bù Đăng", "Gò Công Đông"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------ set 28 additions (after the July 2025 merger: two-level local government, new communes and wards)
HEADS9 = [  # timeless for the months after July 2025 (no season, no dated event)
    "Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến về công tác cán bộ", "Vận hành chính quyền địa phương hai cấp thông suốt, hiệu quả",
    "Kiểm tra hoạt động của Trung tâm Phục vụ hành chính công xã {x}", "Trao Huy hiệu Đảng cho đảng viên lão thành xã {x}",
    "Ra quân hỗ trợ Nhân dân khắc phục hậu quả mưa lũ", "Sơ kết hoạt động Trung tâm Phục vụ hành chính công xã {x}",
    "“Bình dân học vụ số”: đưa kỹ năng số đến từng thôn, bản", "Khánh thành nhà văn hóa thôn {x} sau sắp xếp",
    "Trao quyết định chuẩn y Ban Chấp hành Đảng bộ xã {x}", "Đối thoại giữa Bí thư Đảng ủy xã {x} với Nhân dân",
    "Ký kết quy chế phối hợp giữa Đảng ủy xã và Công an xã {x}", "Tập huấn nghiệp vụ công tác đảng cho cấp ủy viên cơ sở",
    "Giám sát việc giải quyết thủ tục hành chính tại xã {x}", "Bàn giao nhà “Đại đoàn kết” cho hộ nghèo xã {x}",
    "Kết nạp đảng viên mới là đoàn viên ưu tú ở xã {x}", "Hội thảo khoa học về phát triển kinh tế tập thể sau sắp xếp",
    "Đẩy nhanh giải ngân vốn đầu tư công các dự án trọng điểm", "Sắp xếp, xử lý trụ sở dôi dư sau hợp nhất",
    "Ra mắt mô hình “Chi bộ 4 tốt” ở thôn {x}", "Thường trực Tỉnh ủy làm việc với Đảng ủy xã {x}",
    "Khởi công tuyến đường liên xã {x}", "Tuyên truyền phòng, chống lừa đảo trên không gian mạng",
    "Nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư", "Trao học bổng cho học sinh vượt khó xã {x}",
    "Hội thi “Dân vận khéo” năm 2025", "Lấy ý kiến Nhân dân về dự thảo quy hoạch chung xã {x}",
]


def heads9(rng, n, avoid=()):
    pool = []
    for t in HEADS9:
        t = t.replace("{h}", rng.choice(["Tam Nông", "Thượng Lâm", "Phú Lạc", "Hòa An", "Tân Dương", "An Cư"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------ set 29 additions (August 2025 - March 2026, after the merger; timeless headlines for related lists)
HEADS10 = [
    "Đảng ủy xã {x} kết nạp đảng viên mới là đoàn viên ưu tú", "Hội nghị giao ban công tác tuyên giáo và dân vận quý IV",
    "Kiểm tra công tác chuẩn bị bầu cử tại xã {x}", "Trao Huy hiệu 50 năm tuổi Đảng cho đảng viên lão thành phường {x}",
    "Ra mắt tổ công nghệ số cộng đồng ở thôn {x}", "Tập huấn nghiệp vụ công tác kiểm tra, giám sát cho cấp ủy viên cơ sở",
    "Bàn giao nhà “Đại đoàn kết” cho hộ khó khăn xã {x}", "Đối thoại giữa người đứng đầu cấp ủy với Nhân dân xã {x}",
    "Sơ kết công tác dân vận 9 tháng", "Khánh thành cầu dân sinh ở xã {x}",
    "Chi bộ thôn {x} sinh hoạt chuyên đề về bảo vệ môi trường", "Hội nghị cán bộ chủ chốt quán triệt nghị quyết của Tỉnh ủy",
    "Triển khai nhiệm vụ chuyển đổi số năm 2026", "Phát động phong trào thi đua chào mừng thành công Đại hội Đảng",
    "Trao học bổng cho học sinh nghèo vượt khó xã {x}", "Giám sát việc thực hiện chính sách an sinh xã hội tại xã {x}",
    "Công bố quyết định chuẩn y Ủy ban Kiểm tra Đảng ủy xã {x}", "Hội thi tuyên truyền viên giỏi cấp cơ sở",
    "Tuyên truyền phòng, chống tác hại của thuốc lá điện tử", "Hỗ trợ người dân khắc phục thiệt hại sau mưa lũ",
    "Nâng cao chất lượng hoạt động Trung tâm Phục vụ hành chính công xã {x}", "Ra quân tổng vệ sinh môi trường khu dân cư {x}",
    "Tọa đàm phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số", "Tặng quà người có công với cách mạng xã {x}",
    "Lấy ý kiến Nhân dân về phương án sử dụng trụ sở dôi dư", "Trao giấy chứng nhận quyền sử dụng đất cho hộ dân xã {x}",
]


def heads10(rng, n, avoid=()):
    pool = []
    for t in HEADS10:
        t = t.replace("{h}", rng.choice(["Mường Phăng", "Tam Đường", "Gia Viễn", "Mỹ Thọ", "Tiên Du", "Đất Mũi"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------ set 30 additions (August 2025 - March 2026, after the merger; timeless headlines for related lists and sidebars)
HEADS11 = [
    "Đảng ủy phường {x} sơ kết công tác xây dựng Đảng quý IV", "Hội nghị báo cáo viên cung cấp thông tin thời sự tháng 12",
    "Kiểm tra việc niêm yết danh sách cử tri tại xã {x}", "Trao Huy hiệu 45 năm tuổi Đảng cho đảng viên xã {x}",
    "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt ứng dụng định danh", "Bồi dưỡng nghiệp vụ cho bí thư chi bộ thôn, tổ dân phố",
    "Bàn giao nhà Đại đoàn kết cho hộ nghèo thôn {x}", "Đối thoại với Nhân dân về thủ tục hành chính sau sắp xếp",
    "Sơ kết 6 tháng hoạt động Trung tâm Phục vụ hành chính công xã {x}", "Khánh thành nhà văn hóa tổ dân phố {x}",
    "Chi bộ thôn {x} sinh hoạt chuyên đề về xây dựng nông thôn mới", "Quán triệt các văn bản mới của Trung ương cho cán bộ chủ chốt",
    "Phát động đợt thi đua cao điểm chào mừng ngày bầu cử", "Thăm, tặng quà các gia đình chính sách dịp Tết Bính Ngọ",
    "Trao học bổng “Tiếp sức đến trường” cho học sinh xã {x}", "Giám sát việc thực hiện chính sách đối với người có công tại xã {x}",
    "Công bố quyết định chuẩn y Ban Chấp hành Đảng bộ xã {x}", "Tập huấn sử dụng phần mềm quản lý văn bản cho cán bộ cấp xã",
    "Tuyên truyền phòng, chống cháy nổ trong mùa khô", "Hỗ trợ người dân khôi phục sản xuất sau mưa lũ",
    "Ra mắt mô hình “Khu dân cư an toàn, văn minh” ở tổ dân phố {x}", "Tổng vệ sinh môi trường đón Tết ở xã {x}",
    "Hội nghị đánh giá, xếp loại chất lượng tổ chức cơ sở đảng năm 2025", "Trao tặng cờ Tổ quốc cho ngư dân xã {x}",
    "Lấy ý kiến Nhân dân về phương án đặt tên đường, phố", "Trao giấy chứng nhận quyền sử dụng đất lần đầu cho hộ dân xã {x}",
]


def heads11(rng, n, avoid=()):
    pool = []
    for t in HEADS11:
        t = t.replace("{h}", rng.choice(["Thành Sen", "Na Sầm", "Hoàn Long", "Thuận Hóa", "Đức Hòa", "Lâm Viên"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------ set 31 additions (September 2025 - March 2026, after the merger; timeless headlines for related lists and sidebars)
HEADS12 = [
    "Đảng ủy xã {x} triển khai nghị quyết đại hội đến chi bộ thôn", "Hội nghị giao ban công tác kiểm tra, giám sát quý I/2026",
    "Cử tri xã {x} kiểm tra danh sách niêm yết tại nhà văn hóa", "Trao Huy hiệu 30 năm tuổi Đảng cho đảng viên phường {x}",
    "Hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến", "Bồi dưỡng kỹ năng nói trước đám đông cho tuyên truyền viên cơ sở",
    "Trao sinh kế cho phụ nữ khó khăn xã {x}", "Tọa đàm về vai trò của chi bộ trong xây dựng khu dân cư văn minh",
    "Sơ kết một năm thực hiện đề án chuyển đổi số cấp xã", "Khánh thành điểm trường mầm non thôn {x}",
    "Chi bộ tổ dân phố {x} sinh hoạt chuyên đề về phòng, chống lãng phí", "Tuyên truyền Luật Đất đai sửa đổi tại xã {x}",
    "Ra quân thực hiện chiến dịch “Làm sạch môi trường” ở phường {x}", "Tặng quà đồng bào dân tộc thiểu số khó khăn xã {x}",
    "Trao tặng áo ấm cho học sinh vùng cao", "Kiểm tra công tác phòng, chống dịch bệnh trên đàn gia súc tại xã {x}",
    "Hội thi báo cáo viên giỏi cấp tỉnh năm 2026", "Hướng dẫn nghiệp vụ lưu trữ hồ sơ đảng viên sau sắp xếp",
    "Tổng kết phong trào thi đua “Dân vận khéo” năm 2025", "Hỗ trợ ngư dân xã {x} vươn khơi bám biển",
    "Gặp mặt cán bộ hưu trí nhân dịp đầu xuân", "Trao quyết định chuẩn y Ủy ban Kiểm tra Đảng ủy phường {x}",
    "Lễ phát động Tết trồng cây đời đời nhớ ơn Bác Hồ ở xã {x}", "Hội nghị người có uy tín trong đồng bào dân tộc thiểu số",
    "Giao lưu văn nghệ mừng Đảng, mừng Xuân ở phường {x}", "Tập huấn kỹ năng phòng, chống lừa đảo qua mạng cho hội viên",
]


def heads12(rng, n, avoid=()):
    pool = []
    for t in HEADS12:
        t = t.replace("{h}", rng.choice(["Mường Thanh", "Ia Grai", "Hoằng Hóa", "Hải Châu", "Long Châu", "Tân Thành"])).replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------ set 32 additions (October 2025 - April 2026; timeless headlines for related lists and sidebars)
HEADS13 = [
    "Đảng ủy xã {x} học tập, quán triệt Nghị quyết Đại hội XIV của Đảng", "Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở tại xã {x}",
    "Trao tặng bò giống cho hộ nghèo xã {x}", "Chi bộ thôn {x} sinh hoạt chuyên đề về chuyển đổi số",
    "Hội nghị báo cáo viên tháng 3/2026", "Tuyên dương 45 gương điển hình “Dân vận khéo” năm 2025",
    "Hội Cựu chiến binh phường {x} ra mắt mô hình “Tổ tự quản an ninh trật tự”", "Tặng quà gia đình chính sách nhân dịp Tết Nguyên đán Bính Ngọ",
    "Bồi dưỡng lý luận chính trị cho đảng viên mới xã {x}", "Phát động phong trào thi đua xây dựng nông thôn mới nâng cao",
    "Tập huấn nghiệp vụ công tác kiểm tra, giám sát cho cấp ủy cơ sở", "Hội thảo khoa học về văn hóa các dân tộc trên địa bàn tỉnh",
    "Ra mắt Câu lạc bộ “Phụ nữ với pháp luật” ở xã {x}", "Giải chạy “Vì hòa bình” thu hút hơn 2.000 vận động viên",
    "Khởi công nhà đại đoàn kết cho hộ khó khăn xã {x}", "Đối thoại giữa người đứng đầu cấp ủy với Nhân dân phường {x}",
    "Ngày hội hiến máu tình nguyện “Giọt hồng xứ {x}”", "Trao quyết định nghỉ hưu cho cán bộ thuộc diện Ban Thường vụ quản lý",
    "Tổng kết công tác tuyên giáo, dân vận năm 2025", "Sơ kết ba tháng vận hành chính quyền địa phương hai cấp ở xã {x}",
    "Lễ giao nhận quân năm 2026 tại xã {x}", "Thăm mô hình kinh tế tập thể ở xã {x}",
    "Đoàn công tác Tỉnh ủy kiểm tra công tác chuẩn bị bầu cử tại xã {x}", "Hỗ trợ học sinh nghèo vượt khó học giỏi",
    "Triển lãm ảnh “Đảng bộ tỉnh - 80 năm một chặng đường”", "Ký kết chương trình phối hợp giữa Hội Nông dân và Ngân hàng Chính sách xã hội",
]


def heads13(rng, n, avoid=()):
    pool = []
    for t in HEADS13:
        t = t.replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


# ------------------------------------------------------------------ set 34 additions (December 2025 - May 2026; timeless headlines for related lists, sidebars and most-read boxes)
HEADS14 = [
    "Đảng ủy xã {x} sơ kết thực hiện mô hình chính quyền địa phương hai cấp", "Kiểm tra công tác kết nạp đảng viên tại Chi bộ thôn {x}",
    "Trao 20 suất học bổng “Nâng bước em đến trường” ở xã {x}", "Hội nghị báo cáo viên định kỳ của Ban Tuyên giáo và Dân vận",
    "Ra mắt mô hình “Dân vận khéo” trong xây dựng đường giao thông nông thôn", "Tập huấn nghiệp vụ công tác văn phòng cấp ủy cơ sở",
    "Chi bộ khu dân cư {x} sinh hoạt chuyên đề “Học tập và làm theo Bác”", "Giải việt dã “Chạy vì sức khỏe cộng đồng”",
    "Bàn giao nhà “Đại đoàn kết” cho hộ nghèo xã {x}", "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
    "Đại biểu HĐND tiếp xúc cử tri xã {x}", "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể",
    "Ký kết chương trình phối hợp tuyên truyền pháp luật cho đoàn viên, hội viên", "Trao Huy hiệu Đảng cho đảng viên lão thành phường {x}",
    "Hội thi tuyên truyền viên giỏi cấp tỉnh", "Khánh thành cầu dân sinh ở thôn {x}",
    "Đối thoại với thanh niên về khởi nghiệp và việc làm", "Hoàn thành bàn giao hồ sơ đảng viên sau sắp xếp tổ chức cơ sở đảng",
    "Nâng cao hiệu quả công tác dân vận của hệ thống chính trị ở cơ sở", "Hội nghị Ban Chấp hành Đảng bộ xã {x} lần thứ ba",
    "Tuyên dương 60 gương “Người tốt, việc tốt” tiêu biểu", "Phát động ủng hộ Quỹ “Vì người nghèo”",
    "Kiểm tra công tác phòng cháy, chữa cháy rừng", "Lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú xã {x}",
    "Chuyển đổi số trong sinh hoạt chi bộ: những cách làm hay", "Tọa đàm “Vai trò của người có uy tín trong đồng bào dân tộc thiểu số”",
]


def heads14(rng, n, avoid=()):
    pool = []
    for t in HEADS14:
        t = t.replace("{x}", rng.choice(COMMUNES))
        if t not in avoid and t not in pool:
            pool.append(t)
    rng.shuffle(pool)
    return pool[:n]


def twelve(d, am="SA", pm="CH", pad=False, sec=False):
    """A 12-hour clock with the meridiem printed after it ('2:35 CH', '8:05 SA', '3:05 chiều'); 12 a.m. is 12 (set 27)."""
    h = d.hour % 12 or 12
    s = f":{d.second:02d}" if sec else ""
    return f"{h:02d}:{d.minute:02d}{s} {am if d.hour < 12 else pm}" if pad else f"{h}:{d.minute:02d}{s} {am if d.hour < 12 else pm}"
