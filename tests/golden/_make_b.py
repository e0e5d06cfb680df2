"""Generator for golden corpus part b (hand-written pages + expected records).

The committed artefacts are the ``.html``/``.json`` files next to this script; the test suite
never runs it. Every article below is written by hand: the expected record is the data a
careful reader takes from the page, and the page is rendered from that same data with the
markup quirks of its CMS family. Run: ``.venv/bin/python tests/golden/_make_b.py``.
"""

# ruff: noqa: E501  -- the page templates are literal HTML lines copied from the families'
#                      markup; wrapping them would change the fixtures' bytes.
from __future__ import annotations

import html
import html.entities
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CLOCK_DATE = "28/11/2026"
CLOCK_LONG = "Thứ Bảy, ngày 28/11/2026"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def T(text: str) -> str:
    """Collapse the whitespace of a wrapped literal into one NFC paragraph."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


@dataclass
class Img:
    src: str                      # absolute URL
    caption: str | None = None    # expected caption text
    cap_html: str | None = None   # caption markup as printed (e.g. with <br>)
    after: int = -1               # -1: lead image above the text; n: after body paragraph n
    alt: str = ""
    width: int = 600


@dataclass
class Art:
    family: str
    slug: str
    url: str
    notes: str
    title: str
    published: str
    category: str | None
    lead: str | None
    paras: list[Any]
    content_type: str = "text/html; charset=utf-8"
    updated: str | None = None
    images: list[Img] = field(default_factory=list)
    author: str | None = None
    author_unit: str | None = None
    source: str | None = None
    photographer: str | None = None
    tags: list[str] = field(default_factory=list)
    related: list[tuple[str, str, str]] = field(default_factory=list)
    x: dict[str, Any] = field(default_factory=dict)   # family-specific display details

    def para_text(self, p: Any) -> str:
        if isinstance(p, str):
            return p
        return str(p[-1])

    def expected(self) -> dict[str, Any]:
        paras = [self.para_text(p) for p in self.paras]
        body = "\n\n".join(([self.lead] if self.lead else []) + paras)
        ordered = sorted(self.images, key=lambda i: i.after)
        return {
            "url": self.url,
            "title": self.title,
            "published_at": self.published,
            "updated_at": self.updated,
            "author": self.author,
            "author_unit": self.author_unit,
            "source": self.source,
            "category": self.category,
            "lead": self.lead,
            "body": body,
            "captions": [i.caption for i in ordered if i.caption],
            "images": [{"src": i.src, "caption": i.caption} for i in ordered],
            "tags": list(self.tags),
            "related": [{"url": u, "title": t} for u, t, _ in self.related],
            "photographer": self.photographer,
            "profile": self.family,
        }


ENT = {c: f"&{html.entities.codepoint2name[ord(c)]};" for c in
       "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ“”–"}


def esc(text: str, entities: bool = False) -> str:
    out = html.escape(text, quote=False)
    if entities:
        out = "".join(ENT.get(c, c) for c in out)
    return out


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def cap_markup(img: Img, entities: bool = False) -> str:
    if img.cap_html is not None:
        return img.cap_html
    return esc(img.caption or "", entities)


def para_html(p: Any, style: str = "plain", entities: bool = False) -> str:
    """Render one body paragraph in a given editor style."""
    if isinstance(p, tuple) and p[0] == "raw":
        inner = str(p[1])
        head = False
    elif isinstance(p, tuple) and p[0] == "h":
        inner = esc(str(p[1]), entities)
        head = True
    else:
        inner = esc(str(p), entities)
        head = False
    if head:
        if style == "h3":
            return f"<h3>{inner}</h3>"
        if style == "mso":
            return ('<p class="MsoNormal" style="text-align:justify"><b><span '
                    f'style="font-size:14.0pt;font-family:\'Times New Roman\'">{inner}'
                    "</span></b></p>")
        return f'<p style="text-align: justify;"><strong>{inner}</strong></p>'
    if style == "justify":
        return f'<p style="text-align: justify;">{inner}</p>'
    if style == "nbsp":
        return f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp; {inner}</p>'
    if style == "mce":
        return ('<p style="text-align: justify;" data-mce-style="text-align: justify;">'
                f"{inner}</p>")
    if style == "mso":
        return ('<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
                'text-indent:36.0pt;line-height:normal"><span style="font-size:14.0pt;'
                f"font-family:'Times New Roman',serif;mso-fareast-font-family:'Times New Roman'\">"
                f"{inner}</span></p>")
    if style == "div":
        return f'<div style="text-align: justify;">{inner}</div>'
    return f"<p>{inner}</p>"


def body_html(a: Art, style: str, img_fn: Callable[[Img], str], entities: bool = False,
              blank_every: int = 0) -> str:
    """Body paragraphs with the family's images slotted in after their paragraph."""
    parts: list[str] = []
    for i, p in enumerate(a.paras):
        parts.append(para_html(p, style, entities))
        if blank_every and i % blank_every == blank_every - 1:
            parts.append("<p>&nbsp;</p>")
        parts.extend(img_fn(img) for img in a.images if img.after == i)
    return "\n".join(parts)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Word/editors write it: base letter + combining tone."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        if tones:
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
            out.append(base + tones)
        else:
            out.append(ch)
    return "".join(out).encode("cp1258")


def write(a: Art, page: str, encoding: str = "utf-8", nfd: bool = False) -> None:
    folder = HERE / a.family
    folder.mkdir(parents=True, exist_ok=True)
    if nfd:
        page = unicodedata.normalize("NFD", page)
    data = to_cp1258(page) if encoding == "cp1258" else page.encode("utf-8")
    (folder / f"{a.slug}.html").write_bytes(data)
    meta = {"url": a.url, "content_type": a.content_type, "notes": a.notes,
            "expected": a.expected()}
    (folder / f"{a.slug}.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- shared filler (sidebars)
HEADLINES = [
    "Ban Thường vụ Tỉnh ủy cho ý kiến về dự thảo Báo cáo chính trị trình Đại hội",
    "Hội nghị trực tuyến toàn quốc quán triệt Nghị quyết Hội nghị Trung ương",
    "Tăng cường công tác kiểm tra, giám sát tổ chức đảng và đảng viên",
    "Trao Huy hiệu 50 năm tuổi Đảng cho các đảng viên lão thành",
    "Nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư",
    "Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội",
    "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Kết nạp đảng viên là đoàn viên thanh niên ưu tú",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh đánh giá kết quả 9 tháng",
    "Đối thoại giữa người đứng đầu cấp ủy với Nhân dân",
    "Triển khai công tác bảo vệ nền tảng tư tưởng của Đảng",
    "Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thường kỳ",
    "Tổng kết công tác dân vận khéo năm 2025",
    "Hội nghị báo cáo viên tháng 11",
    "Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị",
    "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Đoàn công tác Tỉnh ủy kiểm tra việc thực hiện quy chế dân chủ ở cơ sở",
    "Phát động cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh",
    "Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy về công tác cán bộ",
    "Bồi dưỡng nghiệp vụ công tác văn phòng cấp ủy",
    "Gặp mặt kỷ niệm Ngày truyền thống ngành Tuyên giáo",
    "Đảng ủy khối các cơ quan tỉnh tổng kết phong trào thi đua",
    "Xây dựng tổ chức cơ sở đảng trong doanh nghiệp ngoài khu vực nhà nước",
    "Hội Nông dân tỉnh ra mắt mô hình hợp tác xã kiểu mới",
    "Tuyên dương gương người tốt, việc tốt trong học tập và làm theo lời Bác",
    "Hội nghị tập huấn công tác tuyên truyền trên không gian mạng",
    "Chi bộ thôn tổ chức sinh hoạt chuyên đề về chuyển đổi số",
    "Công bố quyết định chuẩn y Ban Chấp hành Đảng bộ xã nhiệm kỳ mới",
    "Ban Dân vận Tỉnh ủy làm việc với Đảng ủy các xã vùng đồng bào dân tộc",
    "Khen thưởng tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ",
]
DOCS = [
    ("Kế hoạch số 215-KH/TU", "triển khai thực hiện Kết luận số 14-KL/TW của Bộ Chính trị"),
    ("Hướng dẫn số 12-HD/BTGTU", "tuyên truyền kỷ niệm các ngày lễ lớn trong năm"),
    ("Quyết định số 1430-QĐ/TU", "ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh"),
    ("Công văn số 2875-CV/TU", "về việc chuẩn bị nội dung hội nghị sơ kết"),
    ("Chỉ thị số 28-CT/TU", "lãnh đạo đại hội chi bộ trực thuộc đảng bộ cơ sở"),
    ("Thông báo số 961-TB/TU", "kết luận của Thường trực Tỉnh ủy tại buổi làm việc"),
    ("Nghị quyết số 07-NQ/TU", "phát triển kinh tế tập thể, hợp tác xã giai đoạn mới"),
]
LINK_SITES = [
    ("https://dangcongsan.vn", "Báo điện tử Đảng Cộng sản Việt Nam"),
    ("https://tuyengiao.vn", "Tạp chí Tuyên giáo"),
    ("https://www.tapchicongsan.org.vn", "Tạp chí Cộng sản"),
    ("https://xaydungdang.org.vn", "Tạp chí Xây dựng Đảng"),
    ("https://baochinhphu.vn", "Báo điện tử Chính phủ"),
    ("https://nhandan.vn", "Báo Nhân Dân"),
    ("https://qdnd.vn", "Báo Quân đội nhân dân"),
    ("https://dav.gov.vn", "Ban Dân vận Trung ương"),
    ("http://ubkttw.vn", "Ủy ban Kiểm tra Trung ương"),
    ("https://www.quochoi.vn", "Cổng thông tin điện tử Quốc hội"),
]


def pick(seed: int, n: int) -> list[str]:
    return [HEADLINES[(seed * 7 + i * 3) % len(HEADLINES)] for i in range(n)]


def side_dates(seed: int, n: int) -> list[tuple[int, int, int, int, int]]:
    """(day, month, year, hour, minute) for sidebar items, newest first, all in 2026."""
    out = []
    for i in range(n):
        day = 27 - ((seed + i * 2) % 26)
        month = 11 - (i // 4)
        out.append((day, month, 2026, 7 + (seed + i) % 11, (seed * 13 + i * 17) % 60))
    return out


def slugify(text: str) -> str:
    base = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    base = "".join(c for c in base if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", base).strip("-")


def select_links() -> str:
    opts = "\n".join(f'<option value="{u}">{esc(t)}</option>' for u, t in LINK_SITES)
    return ('<select class="form-control" onchange="window.open(this.value)">\n'
            f'<option value="">-- Liên kết website --</option>\n{opts}\n</select>')


def menu_items(cats: list[str], base: str, ext: str = "/") -> str:
    return "\n".join(
        f'<li class="menu-item"><a href="{base}/{slugify(c)}{ext}">{esc(c)}</a></li>'
        for c in cats)


STD_MENU = ["Giới thiệu", "Tin tức - Sự kiện", "Xây dựng Đảng", "Kiểm tra - Giám sát",
            "Dân vận", "Tuyên giáo", "Học tập và làm theo Bác", "Văn bản", "Tư liệu",
            "Bảo vệ nền tảng tư tưởng của Đảng", "Liên hệ"]

ANALYTICS = """<script async src="https://www.googletagmanager.com/gtag/js?id=G-8QX2L1K7ZP"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-8QX2L1K7ZP');
</script>"""

CLOCK_JS = """<script type="text/javascript">
  var thu = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
  function showClock(id) {
    var d = new Date(), el = document.getElementById(id);
    if (!el) { return; }
    var dd = ("0" + d.getDate()).slice(-2), mm = ("0" + (d.getMonth() + 1)).slice(-2);
    el.innerHTML = thu[d.getDay()] + ", ngày " + dd + "/" + mm + "/" + d.getFullYear();
  }
  function changeFont(delta) {
    var box = document.querySelector(".js-font-box");
    if (!box) { return; }
    var size = parseInt(window.getComputedStyle(box).fontSize, 10) + delta;
    box.style.fontSize = Math.max(12, Math.min(24, size)) + "px";
  }
  function printArticle() { window.print(); return false; }
</script>"""

SHARE_JS = """<div id="fb-root"></div>
<script async defer crossorigin="anonymous"
  src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v17.0"></script>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>"""


def shell(*, title: str, site: str, head_extra: str = "", header: str, menu: str,
          crumbs: str, main: str, side: str, footer: str, scripts: str = "",
          charset_meta: str = '<meta charset="utf-8">', body_attrs: str = "",
          doctype: str = "<!DOCTYPE html>", html_attrs: str = 'lang="vi"',
          wrap_class: str = "container") -> str:
    return f"""{doctype}
<html {html_attrs}>
<head>
{charset_meta}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(site)}</title>
{head_extra}
</head>
<body {body_attrs}>
{header}
<nav class="main-menu">
<ul class="nav navbar-nav">
{menu}
</ul>
</nav>
<div class="{wrap_class}">
{crumbs}
<div class="row">
<div class="col-md-8 col-main">
{main}
</div>
<div class="col-md-4 col-side">
{side}
</div>
</div>
</div>
{footer}
{scripts}
</body>
</html>
"""


def std_footer(org: str, addr: str, phone: str, editor: str, site_url: str,
               licence: str) -> str:
    return f"""<footer class="footer">
<div class="container">
<div class="footer-links">
<a href="{site_url}/">Trang chủ</a> | <a href="{site_url}/gioi-thieu">Giới thiệu</a> |
<a href="{site_url}/so-do-cong">Sơ đồ cổng</a> | <a href="{site_url}/lien-he">Liên hệ</a> |
<a href="{site_url}/rss">RSS</a>
</div>
<div class="footer-info">
<p><strong>{esc(org)}</strong></p>
<p>{esc(licence)}</p>
<p>Chịu trách nhiệm chính: {esc(editor)}</p>
<p>Địa chỉ: {esc(addr)} - Điện thoại: {esc(phone)}</p>
<p>Ghi rõ nguồn &ldquo;{esc(org)}&rdquo; khi phát hành lại thông tin từ website này.</p>
<p class="copyright">&copy; Bản quyền thuộc về {esc(org)}. Thiết kế và phát triển bởi
Công ty Cổ phần Công nghệ và Truyền thông.</p>
</div>
<div class="counter">Đang truy cập: 127 | Tổng lượt truy cập: 4.872.316</div>
</div>
</footer>"""


def side_box(heading: str, items: list[str], cls: str = "box-side") -> str:
    lis = "\n".join(items)
    return f"""<div class="{cls}">
<div class="box-title"><h3>{esc(heading)}</h3></div>
<div class="box-content"><ul class="list-news">
{lis}
</ul></div>
</div>"""


def news_items(base: str, seed: int, n: int, fmt: str, ext: str = ".html",
               id0: int = 3000) -> list[str]:
    """Sidebar <li>s with their own dates in the family's listing format."""
    out = []
    for i, (t, (d, m, y, hh, mi)) in enumerate(zip(pick(seed, n), side_dates(seed, n),
                                                   strict=True)):
        date = fmt.format(d=d, m=m, y=y, hh=hh, mi=mi, ss=(i * 7) % 60,
                          h12=(hh - 1) % 12 + 1, ap="AM" if hh < 12 else "PM",
                          views=97 + (seed * 31 + i * 53) % 900)
        href = f"{base}/{slugify(t)}-{id0 + seed * 40 + i}{ext}"
        out.append(f'<li><a href="{href}" title="{attr(t)}">{esc(t)}</a> '
                   f'<span class="date">{date}</span></li>')
    return out


def docs_box(base: str, heading: str = "Văn bản mới") -> str:
    items = [f'<li><a href="{base}/van-ban/{slugify(n)}">{esc(n)}</a> <span>{esc(s)}</span>'
             f' <em>(ngày {10 + i:02d}/11/2026)</em></li>' for i, (n, s) in enumerate(DOCS)]
    return side_box(heading, items, "box-side box-docs")


# ---------------------------------------------------------------- aspnet_articledetail
def render_aspnet_articledetail(a: Art) -> str:
    x = a.x
    base = x["base"]

    def img_html(img: Img) -> str:
        if x.get("caption_style") == "table":
            cap = (f'<tr><td class="image_desc" style="text-align:center">{cap_markup(img)}'
                   "</td></tr>") if img.caption else ""
            return (f'<table class="image" align="center" border="0" cellpadding="3" '
                    f'cellspacing="0" width="{img.width}"><tbody><tr><td><img alt="{attr(img.alt)}"'
                    f' src="{img.src.replace(base, "")}" style="width:{img.width}px" /></td></tr>'
                    f"{cap}</tbody></table>")
        out = (f'<p style="text-align: center;"><img alt="{attr(img.alt)}" '
               f'src="{img.src.replace(base, "")}" style="width: {img.width}px;" /></p>')
        if img.caption:
            out += f'\n<p style="text-align: center;"><em>{cap_markup(img)}</em></p>'
        return out

    lead = (f'<p style="text-align: justify;"><b>{esc(a.lead)}</b></p>\n' if a.lead else "")
    body = lead + body_html(a, x.get("style", "justify"), img_html,
                            blank_every=x.get("blank_every", 0))
    foot = x.get("foot", "")
    rel = "\n".join(
        f'<li><a href="{u.replace(base, "")}">{esc(t)}</a> <span class="date">({d})</span></li>'
        for u, t, d in a.related)
    crumbs = x["crumbs_html"]
    main = f"""<div class="box-border">
<div class="article-detail">
<div class="title"><span id="ctl00_cphMain_ArticleDetail1_ltlTitle" class="bullet-li">{esc(a.title)}</span></div>
<div class="TopToolbar">
<a class="back" href="javascript:history.back()">Quay lại</a>
<a class="plusSize" href="javascript:void(0)" onclick="changeFont(1)" title="Tăng cỡ chữ">A+</a>
<a class="minusSize" href="javascript:void(0)" onclick="changeFont(-1)" title="Giảm cỡ chữ">A-</a>
<a class="print" href="javascript:void(0)" onclick="printArticle()">In bài viết</a>
<a class="email" href="{base}/gui-email.aspx?id={x['id']}">Gửi email</a>
</div>
<div class="article-info">{x['meta_line']}</div>
<div id="divDetailContent" class="js-font-box">
{body}
{foot}
</div>
<div class="BottomToolbar">
<a class="back" href="javascript:history.back()">Quay lại</a> |
<a href="javascript:scroll(0,0)">Đầu trang</a> |
<a class="print" href="javascript:void(0)" onclick="printArticle()">In</a>
<div class="share"><div class="fb-like" data-href="{a.url}" data-layout="button_count"></div>
<div class="zalo-share-button" data-href="{a.url}" data-oaid="579745863508352884"></div></div>
</div>
</div>
<div class="article-reference">
<div class="title"><a id="ctl00_cphMain_ArticleDetail1_articleReference_mrcArticle" href="{base}/{x['cat_slug']}.aspx">Tin tức khác</a></div>
<ul>
{rel}
</ul>
</div>
</div>"""
    side = "\n".join([
        side_box("Tin mới", news_items(base + "/bai-viet", x["seed"], 10,
                                       "[{d:02d}/{m:02d}/{y} - {views} lượt xem]", ".aspx")),
        side_box("Tin xem nhiều", news_items(base + "/bai-viet", x["seed"] + 5, 8,
                                             "({d:02d}/{m:02d}/{y})", ".aspx")),
        docs_box(base),
        f'<div class="box-side"><div class="box-title"><h3>Liên kết website</h3></div>{select_links()}</div>',
        '<div class="box-side poll"><div class="box-title"><h3>Thăm dò ý kiến</h3></div>'
        '<p>Bạn đánh giá thế nào về nội dung Trang thông tin?</p>'
        '<input type="radio" name="poll" value="1"> Rất hữu ích<br>'
        '<input type="radio" name="poll" value="2"> Hữu ích<br>'
        '<input type="radio" name="poll" value="3"> Bình thường<br>'
        '<input type="submit" name="ctl00$ucPoll$btnVote" value="Biểu quyết"></div>',
    ])
    header = f"""<form method="post" action="./{x['form_action']}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{x['viewstate']}" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAOwX0ho6BhmT0kSmcRzJc8P2hs5JcYt" />
</div>
<div id="header">
<div class="banner"><a href="{base}/"><img src="{base}/Images/logo-banner.png" alt="{attr(x['site'])}" /></a></div>
<div class="top-bar"><span id="ctl00_lblDate" class="clock">{x['clock']}</span>
<div class="search"><input name="ctl00$txtKeyword" type="text" placeholder="Tìm kiếm..." />
<input type="submit" name="ctl00$btnSearch" value="Tìm" /></div></div>
</div>"""
    footer = std_footer(x["org"], x["addr"], x["phone"], x["editor"], base, x["licence"])
    footer += "\n</form>"
    return shell(title=a.title, site=x["site"], header=header,
                 menu=menu_items(STD_MENU, base, ".aspx"), crumbs=crumbs, main=main, side=side,
                 footer=footer, scripts=CLOCK_JS + "\n" + SHARE_JS + "\n" + ANALYTICS,
                 head_extra=x.get("head", "") + '\n<link href="/Styles/style.css" rel="stylesheet" />',
                 doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
                 html_attrs='xmlns="http://www.w3.org/1999/xhtml"',
                 charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')


VS = "/wEPDwUKMTM2NzI3NjE5Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFKlRo4bupIELhuqN5"


def aspnet_ad_pages() -> list[Art]:
    hy = "https://tuyengiaohungyen.vn"
    p1 = Art(
        family="aspnet_articledetail", slug="tuyengiaohungyen-trien-khai-nhiem-vu-2020",
        url=f"{hy}/bai-viet/nganh-tuyen-giao-tinh-trien-khai-nhiem-vu-cong-tac-nam-2020.aspx",
        notes=("tuyengiaohungyen.vn style: header clock 'Thứ Bảy, ngày 28 tháng 11 năm 2026 - "
               "8:28:19 PM' is today, not the article date; 'Đăng ngày: 20/01/2020 - 8:28:04 AM "
               "| Lượt xem: 1231 | Trần Thị Thanh Thủy' meta line carries date (12h, unpadded hour)"
               " and the author; crumbs with '»'; lead is p > b at the top; caption is p > em "
               "under the image; 'Tin tức khác' entries carry '(dd/mm/yyyy)'; sidebars dated."),
        title="Ngành Tuyên giáo tỉnh triển khai nhiệm vụ công tác năm 2020",
        published="2020-01-20T08:28:04+07:00", category="Tin tức trong tỉnh",
        author="Trần Thị Thanh Thủy",
        lead=T("""Sáng 20/1, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo
            năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Đỗ Tiến Sỹ, Phó Bí thư Thường trực
            Tỉnh ủy, Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị."""),
        paras=[
            T("""Năm 2019, ngành Tuyên giáo tỉnh đã chủ động tham mưu cho Ban Thường vụ Tỉnh ủy
                lãnh đạo, chỉ đạo tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Trung
                ương và của Tỉnh ủy bảo đảm nghiêm túc, chất lượng. Toàn tỉnh có trên 98% cán bộ,
                đảng viên tham gia học tập Nghị quyết Hội nghị Trung ương 8, 9, 10 khóa XII."""),
            T("""Công tác nắm bắt tình hình tư tưởng của cán bộ, đảng viên và Nhân dân được thực
                hiện thường xuyên, kịp thời phản ánh những vấn đề dư luận xã hội quan tâm. Đội ngũ
                báo cáo viên, tuyên truyền viên các cấp được kiện toàn; 12 kỳ hội nghị báo cáo viên
                được tổ chức đúng định kỳ với hình thức trực tuyến đến cơ sở."""),
            ("h", "Chủ động bảo vệ nền tảng tư tưởng của Đảng"),
            T("""Ban Chỉ đạo 35 của Tỉnh ủy đã duy trì hoạt động của nhóm cộng tác viên trên
                không gian mạng, đăng tải hàng nghìn tin, bài đấu tranh, phản bác các quan điểm sai
                trái, thù địch; lan tỏa thông tin tích cực về những thành tựu phát triển kinh
                tế - xã hội của tỉnh."""),
            T("""Phát biểu chỉ đạo hội nghị, đồng chí Đỗ Tiến Sỹ đề nghị năm 2020 ngành Tuyên giáo
                tập trung tuyên truyền đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc
                lần thứ XIII của Đảng; đổi mới phương thức học tập, quán triệt nghị quyết; nâng cao
                chất lượng công tác nghiên cứu, dự báo và định hướng dư luận xã hội."""),
            T("""Dịp này, 3 tập thể và 7 cá nhân có thành tích xuất sắc trong công tác tuyên giáo
                năm 2019 được Ban Tuyên giáo Tỉnh ủy tặng Giấy khen."""),
        ],
        images=[Img(f"{hy}/Uploads/Images/2020/01/20/hoi-nghi-tuyen-giao-2020.jpg",
                    caption=("Đồng chí Đỗ Tiến Sỹ, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND"
                             " tỉnh phát biểu chỉ đạo hội nghị"), after=3,
                    alt="Hội nghị tổng kết công tác tuyên giáo năm 2019")],
        related=[
            (f"{hy}/bai-viet/hoi-nghi-bao-cao-vien-thang-12-2019.aspx",
             "Hội nghị báo cáo viên tháng 12 năm 2019", "15/01/2020"),
            (f"{hy}/bai-viet/tong-ket-cuoc-thi-tim-hieu-lich-su-dang-bo-tinh.aspx",
             "Tổng kết Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh Hưng Yên", "10/01/2020"),
            (f"{hy}/bai-viet/huyen-uy-kim-dong-trien-khai-nhiem-vu-cong-tac-tuyen-giao.aspx",
             "Huyện ủy Kim Động triển khai nhiệm vụ công tác tuyên giáo năm 2020", "08/01/2020"),
            (f"{hy}/bai-viet/gap-mat-bao-chi-nhan-dip-tet-canh-ty.aspx",
             "Gặp mặt các cơ quan báo chí nhân dịp Tết Canh Tý 2020", "06/01/2020"),
        ],
        x={"base": hy, "site": "Ban Tuyên giáo Tỉnh ủy Hưng Yên", "seed": 1, "id": 2743,
           "cat_slug": "tin-tuc-trong-tinh", "form_action": "bai-viet.aspx",
           "viewstate": VS + "MjAyMC0wMS0yMGQCAw9kFgJmD2QWAmYPZBYCAgEPZBYC",
           "clock": "Thứ Bảy, ngày 28 tháng 11 năm 2026 - 8:28:19 PM",
           "meta_line": ("Đăng ngày: 20/01/2020 - 8:28:04 AM | Lượt xem: 1231 | "
                         "Trần Thị Thanh Thủy"),
           "crumbs_html": ('<div class="nav"><h1><a class="home" href="/">Trang chủ</a> » '
                           '<a class="arr" href="/chinh-tri-xa-hoi.aspx">Chính trị - Xã hội</a> » '
                           '<a class="arr" href="/tin-tuc-trong-tinh.aspx">Tin tức trong tỉnh</a>'
                           "</h1></div>"),
           "org": "Ban Tuyên giáo Tỉnh ủy Hưng Yên", "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "addr": "Số 6 đường Chùa Chuông, thành phố Hưng Yên", "phone": "0221.3862.448",
           "licence": "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp",
           "style": "justify"},
    )

    du = "https://dukhoicoquan.hungyen.gov.vn"
    p2 = Art(
        family="aspnet_articledetail", slug="chi-bo-so-tttt-sinh-hoat-chuyen-de",
        url=f"{du}/bai-viet/chi-bo-so-thong-tin-va-truyen-thong-sinh-hoat-chuyen-de-quy-iii.aspx",
        notes=("ArticleDetail page without lead; date 'Ngày đăng: 14/09/2023 2:45:10 PM' (12h PM);"
               " header clock dated today; image in two-row table with td.image_desc whose <br> "
               "must become a space; author is the trailing right-aligned 'Name, Unit' paragraph "
               "(author_unit = the unit); empty <p>&nbsp;</p> spacers; crumbs with '»'."),
        title="Chi bộ Sở Thông tin và Truyền thông sinh hoạt chuyên đề quý III",
        published="2023-09-14T14:45:10+07:00", category="Hoạt động cơ sở Đảng",
        author="Lê Minh Thu", author_unit="Chi bộ Sở Thông tin và Truyền thông",
        lead=None,
        paras=[
            T("""Ngày 13/9, Chi bộ Sở Thông tin và Truyền thông tổ chức sinh hoạt chuyên đề quý
                III với chủ đề “Nâng cao trách nhiệm nêu gương của cán bộ, đảng viên trong thực
                hiện chuyển đổi số”. Đồng chí Nguyễn Văn Hải, Bí thư Chi bộ, Giám đốc Sở chủ trì
                buổi sinh hoạt."""),
            T("""Tại buổi sinh hoạt, các đảng viên đã nghe báo cáo chuyên đề do Chi ủy chuẩn bị,
                trong đó phân tích kết quả triển khai Đề án chuyển đổi số của tỉnh, những việc đã
                làm được và những hạn chế trong việc sử dụng hệ thống quản lý văn bản, chữ ký số
                và dịch vụ công trực tuyến tại cơ quan."""),
            T("""Nhiều ý kiến thảo luận thẳng thắn, chỉ rõ nguyên nhân một số hồ sơ trực tuyến còn
                giải quyết chậm, đề xuất giao chỉ tiêu cụ thể cho từng đảng viên, gắn kết quả
                chuyển đổi số với đánh giá, xếp loại chất lượng đảng viên cuối năm."""),
            T("""Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ yêu cầu mỗi đảng viên phải là
                người đi đầu trong ứng dụng công nghệ số, đăng ký ít nhất một việc làm cụ thể để
                thực hiện trong quý IV; giao Chi ủy theo dõi, đánh giá tại kỳ sinh hoạt thường kỳ
                tháng 12."""),
        ],
        images=[Img(f"{du}/Uploads/2023/9/14/chi-bo-so-tttt-sinh-hoat.jpg",
                    caption=("Đồng chí Nguyễn Văn Hải, Bí thư Chi bộ, Giám đốc Sở Thông tin và "
                             "Truyền thông phát biểu tại buổi sinh hoạt"),
                    cap_html=("Đồng chí Nguyễn Văn Hải, Bí thư Chi bộ, Giám đốc Sở Thông tin và "
                              "Truyền thông<br />\nphát biểu tại buổi sinh hoạt"),
                    after=0, alt="sinh hoạt chuyên đề", width=550)],
        related=[
            (f"{du}/bai-viet/dang-uy-khoi-so-ket-cong-tac-dang-9-thang.aspx",
             "Đảng ủy Khối sơ kết công tác xây dựng Đảng 9 tháng năm 2023", "08/09/2023"),
            (f"{du}/bai-viet/chi-bo-so-tai-chinh-ket-nap-dang-vien-moi.aspx",
             "Chi bộ Sở Tài chính kết nạp đảng viên mới", "30/08/2023"),
            (f"{du}/bai-viet/kiem-tra-viec-thuc-hien-quy-dinh-ve-nhung-dieu-dang-vien-khong-duoc-lam.aspx",
             "Kiểm tra việc thực hiện Quy định về những điều đảng viên không được làm",
             "22/08/2023"),
        ],
        x={"base": du, "site": "Đảng bộ Khối các cơ quan tỉnh Hưng Yên", "seed": 2, "id": 5168,
           "cat_slug": "hoat-dong-co-so-dang", "form_action": "bai-viet.aspx",
           "viewstate": VS + "MjAyMy0wOS0xNGQCAw9kFgJmD2QWAmYPZBYCAgEPZBYD",
           "clock": "Thứ Bảy, 28/11/2026",
           "meta_line": ('<span id="ctl00_cphMain_ArticleDetail1_lblDate" class="createdDate">'
                         "Ngày đăng: 14/09/2023 2:45:10 PM</span> - "
                         '<span class="view">Lượt xem: 418</span>'),
           "crumbs_html": ('<div class="nav"><h1><a class="home" href="/">Trang chủ</a> » '
                           '<a class="arr" href="/hoat-dong-co-so-dang.aspx">Hoạt động cơ sở Đảng'
                           "</a></h1></div>"),
           "caption_style": "table", "blank_every": 2,
           "foot": ('<p style="text-align: right;"><strong>Lê Minh Thu, Chi bộ Sở Thông tin '
                    "và Truyền thông</strong></p>"),
           "org": "Đảng bộ Khối các cơ quan tỉnh Hưng Yên", "editor": "Phó Bí thư Đảng ủy Khối",
           "addr": "Đường Chùa Chuông, phường Hiến Nam, thành phố Hưng Yên",
           "phone": "0221.3863.105",
           "licence": "Giấy phép số 03/GP-STTTT ngày 11/3/2019", "style": "plain"},
    )

    p3 = Art(
        family="aspnet_articledetail", slug="repost-dan-van-chinh-quyen-cac-cap",
        url=f"{hy}/bai-viet/day-manh-cong-tac-dan-van-cua-chinh-quyen-cac-cap.aspx",
        notes=("Reposted national news: date only 'Ngày 12/04/2022' (no time -> YYYY-MM-DD); lead "
               "keeps its '(Chinhphu.vn) -' prefix; byline 'PV' kept as printed, then "
               "'Nguồn: baochinhphu.vn' -> source; one body image without caption; "
               "&nbsp; indents on paragraphs; clock shows today."),
        title="Đẩy mạnh công tác dân vận của chính quyền các cấp trong tình hình mới",
        published="2022-04-12", category="Tin tức trong nước", author="PV",
        source="baochinhphu.vn",
        lead=T("""(Chinhphu.vn) - Chiều 11/4, Ban Cán sự đảng Chính phủ tổ chức hội nghị trực tuyến
            toàn quốc sơ kết công tác dân vận của chính quyền các cấp, triển khai nhiệm vụ thời gian
            tới."""),
        paras=[
            T("""Báo cáo tại hội nghị cho biết, thời gian qua các bộ, ngành, địa phương đã quan tâm
                lãnh đạo, chỉ đạo thực hiện công tác dân vận gắn với cải cách hành chính, thực hiện
                dân chủ ở cơ sở; phong trào thi đua “Dân vận khéo” được triển khai rộng khắp với
                hàng nghìn mô hình tiêu biểu."""),
            T("""Tinh thần trách nhiệm, thái độ phục vụ Nhân dân của đội ngũ cán bộ, công chức có
                chuyển biến tích cực. Việc tiếp công dân, đối thoại với Nhân dân và giải quyết khiếu
                nại, tố cáo được thực hiện nghiêm túc, góp phần giữ vững ổn định chính trị ở cơ
                sở."""),
            T("""Tuy nhiên, ở một số nơi, việc thực hiện quy chế dân chủ còn hình thức; một bộ phận
                cán bộ còn biểu hiện quan liêu, xa dân, gây phiền hà cho người dân và doanh
                nghiệp."""),
            T("""Hội nghị thống nhất thời gian tới tiếp tục quán triệt sâu sắc quan điểm “dân là
                gốc”, lấy sự hài lòng của người dân làm thước đo hiệu quả hoạt động của bộ máy
                chính quyền; đẩy mạnh chuyển đổi số trong cung cấp dịch vụ công, nâng cao chất
                lượng công tác tiếp dân và đối thoại."""),
        ],
        images=[Img(f"{hy}/Uploads/Images/2022/04/12/hoi-nghi-dan-van-chinh-quyen.jpg",
                    caption=None, after=1, alt="")],
        related=[
            (f"{hy}/bai-viet/quan-triet-nghi-quyet-hoi-nghi-trung-uong-4-khoa-xiii.aspx",
             "Quán triệt Nghị quyết Hội nghị Trung ương 4 khóa XIII", "05/04/2022"),
            (f"{hy}/bai-viet/so-ket-phong-trao-thi-dua-dan-van-kheo.aspx",
             "Sơ kết phong trào thi đua “Dân vận khéo” giai đoạn 2019 - 2021", "29/03/2022"),
        ],
        x={"base": hy, "site": "Ban Tuyên giáo Tỉnh ủy Hưng Yên", "seed": 3, "id": 3981,
           "cat_slug": "tin-tuc-trong-nuoc", "form_action": "bai-viet.aspx",
           "viewstate": VS + "MjAyMi0wNC0xMmQCAw9kFgJmD2QWAmYPZBYCAgEPZBYE",
           "clock": "Thứ Bảy, ngày 28 tháng 11 năm 2026 - 9:02:47 AM",
           "meta_line": "Ngày 12/04/2022 | Lượt xem: 602",
           "crumbs_html": ('<div class="nav"><h1><a class="home" href="/">Trang chủ</a> » '
                           '<a class="arr" href="/chinh-tri-xa-hoi.aspx">Chính trị - Xã hội</a> » '
                           '<a class="arr" href="/tin-tuc-trong-nuoc.aspx">Tin tức trong nước</a>'
                           "</h1></div>"),
           "foot": ('<p style="text-align: right;"><strong>PV</strong></p>\n'
                    '<p style="text-align: right;"><em>Nguồn: baochinhphu.vn</em></p>'),
           "org": "Ban Tuyên giáo Tỉnh ủy Hưng Yên", "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "addr": "Số 6 đường Chùa Chuông, thành phố Hưng Yên", "phone": "0221.3862.448",
           "licence": "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp",
           "style": "nbsp"},
    )
    return [p1, p2, p3]


# ---------------------------------------------------------------- aspnet_table (CMS.TTV)
def render_aspnet_table(a: Art) -> str:
    x = a.x
    base = x["base"]
    ent = x.get("entities", False)
    cema = x.get("cema", False)

    def img_html(img: Img) -> str:
        src = img.src.replace(base, "")
        if cema:
            out = (f'<p style="text-align: center;"><img alt="{attr(img.alt)}" src="{src}" '
                   f'width="{img.width}" /></p>')
            if img.caption:
                out += f'\n<p style="text-align: center;"><em>{cap_markup(img, ent)}</em></p>'
            return out
        cap = (f'<tr><td><span class="image_desc">{cap_markup(img, ent)}</span></td></tr>'
               if img.caption else "")
        return (f'<table align="left" border="0" cellpadding="2" cellspacing="0" '
                f'style="margin-right:10px" width="{img.width}"><tr><td><img src="{src}" '
                f'width="{img.width}" border="0" alt="{attr(img.alt)}"></td></tr>{cap}</table>')

    body = body_html(a, x.get("style", "plain"), img_html, entities=ent,
                     blank_every=x.get("blank_every", 0))
    lead_imgs = "\n".join(img_html(i) for i in a.images if i.after == -1)
    rel = "\n".join(
        f'<tr><td class="tinkhac_item"><img src="/images/bullet.gif" alt="" /> '
        f'<a href="{u.replace(base, "")}" class="link_tinkhac">{esc(t, ent)}</a> '
        f'<span class="ngay_tinkhac">({d})</span></td></tr>' for u, t, d in a.related)
    if cema:
        lead = (f'<div class="news-sapo"><span id="BodyContent_ctl00_ctl01_newsContent">'
                f"{esc(a.lead)}</span></div>" if a.lead else "")
        article = f"""<div class="news-detail">
<h1 class="news-title"><span id="BodyContent_ctl00_ctl01_newsTitle">{esc(a.title)}</span></h1>
<div class="news-date"><span id="BodyContent_ctl00_ctl01_lblDate">{x['date_line']}</span>
<span class="news-tools"><a href="javascript:printArticle()">In trang</a> |
<a href="mailto:?subject={attr(a.title)}">Gửi email</a> |
<a href="javascript:changeFont(1)">A+</a> <a href="javascript:changeFont(-1)">A-</a></span></div>
{lead}
<div id="divNewsDetails" class="js-font-box">
{lead_imgs}
{body}
{x.get('foot', '')}
</div>
<div class="news-source"><span id="BodyContent_ctl00_ctl02_lblNguonThongTin">{x['source_line']}</span></div>
</div>"""
    else:
        lead = (f'<tr><td><span class="story_teaser">{esc(a.lead, ent)}</span></td></tr>'
                if a.lead else "")
        article = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khung_chitiet">
<tr><td><a href="{a.url.replace(base, '')}" class="tieu_de_tin">{esc(a.title, ent)}</a></td></tr>
<tr><td class="ngay_dang"><span class="ngay">{x['date_line']}</span>
&nbsp;&nbsp;<a href="javascript:printArticle()" class="in_bai"><img src="/images/print.gif" border="0" alt="In"> In bài</a>
&nbsp;<a href="javascript:void(0)" onclick="window.open('/guibai.aspx?id={x['id']}')" class="gui_bai"><img src="/images/email.gif" border="0" alt="Email"> Gửi bài</a></td></tr>
{lead}
<tr><td>{lead_imgs}
<div style="text-align:justify" class="js-font-box">
{body}
{x.get('foot', '')}
</div></td></tr>
</table>"""
    main = f"""{article}
<div class="tinkhac">
<div class="tieude_tinkhac">Tin khác</div>
<div class="khung_tinkhac"><table width="100%" cellpadding="2" cellspacing="0" border="0">
{rel}
</table></div>
</div>"""
    side = "\n".join([
        side_box("Tin mới nhất", news_items(base + "/tin-tuc", x["seed"], 10,
                                            "({d:02d}/{m:02d}/{y})", ".htm")),
        side_box("Tin đọc nhiều", news_items(base + "/tin-tuc", x["seed"] + 9, 8,
                                             "{hh:02d}:{mi:02d} {d:02d}/{m:02d}/{y}", ".htm")),
        docs_box(base, "Văn bản chỉ đạo"),
        f'<div class="box-side"><div class="box-title"><h3>Liên kết</h3></div>{select_links()}</div>',
    ])
    header = f"""<form name="Form1" method="post" action="{x['form_action']}" id="Form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{x['viewstate']}" />
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="header">
<tr><td><a href="/"><img src="/images/banner.jpg" width="1000" height="150" border="0" alt="{attr(x['site'])}"></a></td></tr>
<tr><td class="thanh_ngay"><span id="lblNgay">{x['clock']}</span>
<span class="timkiem"><input name="txtSearch" type="text" class="o_tim" />
<input type="submit" name="btnSearch" value="Tìm kiếm" /></span></td></tr>
</table>"""
    crumbs = f'<div class="duong_dan">{x["crumbs_html"]}</div>'
    footer = std_footer(x["org"], x["addr"], x["phone"], x["editor"], base, x["licence"])
    footer += "\n</form>"
    ctype = x.get("meta_charset", "utf-8")
    return shell(title=a.title, site=x["site"], header=header,
                 menu=menu_items(STD_MENU, base, ".htm"), crumbs=crumbs, main=main, side=side,
                 footer=footer, scripts=CLOCK_JS + "\n" + ANALYTICS,
                 head_extra='<link href="/css/style.css" rel="stylesheet" type="text/css" />',
                 doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
                 html_attrs="", wrap_class="main-table",
                 charset_meta=('<meta http-equiv="Content-Type" content="text/html; '
                               f'charset={ctype}">'))


def aspnet_table_pages() -> list[Art]:
    qn = "http://bantuyengiao.quangngai.gov.vn"
    p1 = Art(
        family="aspnet_table", slug="quangngai-hoi-nghi-bao-cao-vien-thang-3",
        url=f"{qn}/tin-tuc/hoi-nghi-bao-cao-vien-tinh-uy-thang-3-2023-1523.htm",
        notes=("Table-era CMS.TTV: a.tieu_de_tin title, date 'Thứ năm, 09/03/2023 08:15' next to "
               "print/email links; span.story_teaser lead; lead image in table[align=left] with "
               "span.image_desc; body editor used named entities (&acirc; &ecirc; &ocirc; "
               "&ldquo;…) mixed with raw UTF-8; 'Tin, ảnh: KHÁNH TRUNG' makes KHÁNH TRUNG both "
               "author and photographer (upper case kept); div.tinkhac/khung_tinkhac 'Tin khác'"
               " with dates; header clock today."),
        title="Hội nghị báo cáo viên Tỉnh ủy tháng 3/2023",
        published="2023-03-09T08:15:00+07:00", category="Hoạt động tuyên giáo",
        author="KHÁNH TRUNG", photographer="KHÁNH TRUNG",
        lead=T("""Sáng 9/3, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên Tỉnh ủy định kỳ
            tháng 3/2023 theo hình thức trực tiếp kết hợp trực tuyến đến các điểm cầu huyện, thị
            xã, thành phố."""),
        paras=[
            T("""Tại hội nghị, các đại biểu được thông tin về tình hình kinh tế - xã hội của tỉnh
                hai tháng đầu năm; kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX;
                một số điểm mới trong Quy định số 96-QĐ/TW của Ban Chấp hành Trung ương về lấy
                phiếu tín nhiệm đối với chức danh lãnh đạo, quản lý trong hệ thống chính trị."""),
            T("""Báo cáo viên cũng thông tin những vấn đề dư luận xã hội quan tâm như công tác
                phòng, chống tham nhũng, tiêu cực; việc triển khai các công trình trọng điểm; tình
                hình giải ngân vốn đầu tư công và công tác bảo đảm an sinh xã hội sau Tết Nguyên
                đán Quý Mão."""),
            T("""Đồng chí Đặng Ngọc Huy, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy đề
                nghị đội ngũ báo cáo viên các cấp chủ động nắm bắt tình hình tư tưởng, kịp thời
                định hướng thông tin, nhất là những vấn đề nhạy cảm, phức tạp; tích cực tham gia
                đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng."""),
            T("""Dịp này, Ban Tuyên giáo Tỉnh ủy triển khai kế hoạch tuyên truyền kỷ niệm 93 năm
                Ngày thành lập Đảng bộ tỉnh và hướng dẫn đề cương tuyên truyền các ngày lễ lớn
                trong quý II/2023."""),
        ],
        images=[Img(f"{qn}/Uploads/tintuc/2023/3/hoi-nghi-bao-cao-vien-t3.jpg",
                    caption="Quang cảnh hội nghị tại điểm cầu Tỉnh ủy", after=-1, width=300,
                    alt="Hội nghị báo cáo viên")],
        related=[
            (f"{qn}/tin-tuc/hoi-nghi-bao-cao-vien-tinh-uy-thang-2-2023-1498.htm",
             "Hội nghị báo cáo viên Tỉnh ủy tháng 2/2023", "08/02/2023"),
            (f"{qn}/tin-tuc/tong-ket-cong-tac-tuyen-giao-nam-2022-1467.htm",
             "Tổng kết công tác tuyên giáo năm 2022", "06/01/2023"),
            (f"{qn}/tin-tuc/huong-dan-tuyen-truyen-ky-niem-93-nam-ngay-thanh-lap-dang-1455.htm",
             "Hướng dẫn tuyên truyền kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam",
             "28/12/2022"),
        ],
        x={"base": qn, "site": "Ban Tuyên giáo Tỉnh ủy Quảng Ngãi", "seed": 4, "id": 1523,
           "entities": True, "form_action": "chitiet.aspx?id=1523",
           "viewstate": VS + "QmFvQ2FvVmllbjIwMjNkAgEPZBYCZg9kFgICAQ9kFgQ=",
           "clock": "Thứ bảy, 28/11/2026",
           "date_line": "Thứ năm, 09/03/2023 08:15",
           "crumbs_html": ('<a href="/">Trang chủ</a> &gt; <a href="/tin-tuc.htm">Tin tức</a> &gt; '
                           '<a href="/hoat-dong-tuyen-giao.htm">Hoạt động tuyên giáo</a>'),
           "foot": ('<p style="text-align: right;"><strong>Tin, ảnh:</strong>&nbsp;KHÁNH TRUNG'
                    "</p>"),
           "org": "Ban Tuyên giáo Tỉnh ủy Quảng Ngãi", "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "addr": "Số 52 Hùng Vương, thành phố Quảng Ngãi", "phone": "0255.3822.614",
           "licence": "Giấy phép số 98/GP-TTĐT ngày 20/6/2016"},
    )

    ce = "http://www.cema.gov.vn"
    p2 = Art(
        family="aspnet_table", slug="cema-dang-bo-uy-ban-dan-toc-so-ket",
        url=f"{ce}/tin-tuc/tin-tuc-su-kien/hoat-dong-cua-lanh-dao/dang-bo-uy-ban-dan-toc-so-ket-cong-tac-6-thang.htm",
        content_type="text/html",
        notes=("cema.gov.vn ids: BodyContent_ctl00_ctl01_newsTitle / _newsContent (sapo) / "
               "_lblDate 'Ngày đăng: 18/07/2023 | 10:20' / ctl02_lblNguonThongTin 'Nguồn tin: "
               "Báo Dân tộc và Phát triển' -> source; body div#divNewsDetails with two p > em "
               "captions; author line 'Thu Hà - Minh Đức' -> 'Thu Hà, Minh Đức'; HTTP header has "
               "no charset (only the meta); clock today."),
        title="Đảng bộ Ủy ban Dân tộc sơ kết công tác 6 tháng đầu năm 2023",
        published="2023-07-18T10:20:00+07:00", category="Hoạt động của lãnh đạo",
        author="Thu Hà, Minh Đức", source="Báo Dân tộc và Phát triển",
        lead=T("""Ngày 17/7, tại Hà Nội, Đảng bộ Ủy ban Dân tộc tổ chức Hội nghị sơ kết công tác
            Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023."""),
        paras=[
            T("""Báo cáo tại hội nghị nêu rõ, 6 tháng đầu năm, Đảng ủy Ủy ban Dân tộc đã lãnh đạo
                các chi bộ trực thuộc thực hiện nghiêm túc việc học tập, quán triệt các nghị quyết,
                chỉ thị của Đảng; 100% chi bộ tổ chức sinh hoạt định kỳ đúng quy định, nhiều chi bộ
                có nội dung sinh hoạt chuyên đề thiết thực gắn với nhiệm vụ chuyên môn."""),
            T("""Công tác kiểm tra, giám sát được triển khai theo đúng chương trình; Ủy ban Kiểm
                tra Đảng ủy đã kiểm tra 3 tổ chức đảng và 5 đảng viên khi có dấu hiệu vi phạm, giám
                sát chuyên đề 4 chi bộ. Công tác phát triển đảng viên được quan tâm, kết nạp 6 đảng
                viên mới."""),
            T("""Phát biểu tại hội nghị, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc đề nghị các chi bộ
                tiếp tục nâng cao chất lượng sinh hoạt, gắn việc thực hiện nhiệm vụ chính trị với
                Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc
                thiểu số và miền núi."""),
            T("""Hội nghị đã biểu dương, khen thưởng 2 tập thể và 8 đảng viên có thành tích tiêu
                biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."""),
        ],
        images=[
            Img(f"{ce}/upload/news/2023/7/dang-bo-ubdt-so-ket-1.jpg",
                caption="Quang cảnh Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023",
                after=0, alt="Quang cảnh Hội nghị"),
            Img(f"{ce}/upload/news/2023/7/dang-bo-ubdt-so-ket-2.jpg",
                caption="Trao Giấy khen cho các tập thể, đảng viên tiêu biểu", after=3,
                alt="Trao Giấy khen"),
        ],
        related=[
            (f"{ce}/tin-tuc/tin-tuc-su-kien/hoat-dong-cua-lanh-dao/doan-cong-tac-ubdt-lam-viec-tai-dak-nong.htm",
             "Đoàn công tác Ủy ban Dân tộc làm việc tại Đắk Nông", "14/07/2023"),
            (f"{ce}/tin-tuc/tin-tuc-su-kien/hoat-dong-cua-lanh-dao/chi-bo-vu-to-chuc-can-bo-sinh-hoat-chuyen-de.htm",
             "Chi bộ Vụ Tổ chức cán bộ sinh hoạt chuyên đề quý II", "03/07/2023"),
        ],
        x={"base": ce, "site": "Ủy ban Dân tộc", "seed": 5, "id": 48213, "cema": True,
           "form_action": "./dang-bo-uy-ban-dan-toc-so-ket-cong-tac-6-thang.htm",
           "viewstate": VS + "Q2VtYU5ld3NEZXRhaWwyMDIzZAIBD2QWAmYPZBYCAgEPZBYF",
           "clock": "Thứ Bảy, ngày 28/11/2026",
           "date_line": "Ngày đăng: 18/07/2023 | 10:20",
           "source_line": "Nguồn tin: Báo Dân tộc và Phát triển",
           "crumbs_html": ('<a href="/">Trang chủ</a> / <a href="/tin-tuc.htm">Tin tức - Sự kiện'
                           '</a> / <a href="/tin-tuc/tin-tuc-su-kien/hoat-dong-cua-lanh-dao.htm">'
                           "Hoạt động của lãnh đạo</a>"),
           "foot": '<p style="text-align: right;"><strong>Thu Hà - Minh Đức</strong></p>',
           "org": "Ủy ban Dân tộc", "editor": "Vụ trưởng, Chánh Văn phòng Ủy ban Dân tộc",
           "addr": "Số 349 Đội Cấn, Ba Đình, Hà Nội", "phone": "080.43.886",
           "licence": "Giấy phép số 54/GP-TTĐT ngày 25/5/2015 của Cục Phát thanh, truyền hình",
           "style": "justify"},
    )

    bd = "http://www.tuyengiaobinhdinh.vn"
    p3 = Art(
        family="aspnet_table", slug="binhdinh-windows-1258-dan-van-kheo",
        url=f"{bd}/tin-tuc/tuyen-duong-dien-hinh-dan-van-kheo-nam-2019-875.htm",
        content_type="text/html; charset=windows-1258",
        notes=("Served as windows-1258 (header + meta): every toned letter is base letter + "
               "combining tone byte, must be NFC-normalised; Word-exported MsoNormal/mso- body; "
               "date only 'Ngày 15/08/2019' (-> YYYY-MM-DD); story_teaser lead; caption in "
               "span.image_desc with a <br>; author 'Huỳnh Phong - Hùng Anh' -> 'Huỳnh Phong, "
               "Hùng Anh'; 'Tin khác' dated; clock today."),
        title="Tuyên dương 45 điển hình “Dân vận khéo” năm 2019",
        published="2019-08-15", category="Dân vận",
        author="Huỳnh Phong, Hùng Anh",
        lead=T("""Ngày 14/8, Ban Dân vận Tỉnh ủy tổ chức hội nghị tuyên dương các điển hình “Dân
            vận khéo” tiêu biểu năm 2019, nhân kỷ niệm 89 năm Ngày truyền thống công tác dân vận
            của Đảng."""),
        paras=[
            T("""Năm qua, phong trào thi đua “Dân vận khéo” tiếp tục được các cấp ủy, chính quyền,
                Mặt trận Tổ quốc và các đoàn thể triển khai sâu rộng. Toàn tỉnh đã xây dựng được
                hơn 1.200 mô hình, điển hình trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc
                phòng - an ninh và xây dựng hệ thống chính trị."""),
            T("""Nhiều mô hình mang lại hiệu quả thiết thực như vận động Nhân dân hiến đất làm
                đường giao thông nông thôn, xây dựng khu dân cư “sáng - xanh - sạch - đẹp”, hỗ
                trợ hộ nghèo phát triển sinh kế, tổ tự quản an ninh trật tự ở khu dân cư."""),
            ("h", "Lan tỏa cách làm hay, sáng tạo"),
            T("""Tại hội nghị, đại diện các điển hình đã chia sẻ kinh nghiệm vận động quần chúng,
                khẳng định vai trò nêu gương của cán bộ, đảng viên là yếu tố then chốt để tạo sự
                đồng thuận trong Nhân dân."""),
            T("""Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 15 tập thể và 30 cá nhân có
                thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2019."""),
        ],
        images=[Img(f"{bd}/Uploads/News/2019/8/tuyen-duong-dan-van-kheo.jpg",
                    caption=("Lãnh đạo Tỉnh ủy trao Giấy khen cho các tập thể có thành tích xuất"
                             " sắc"),
                    cap_html=("Lãnh đạo Tỉnh ủy trao Giấy khen cho các tập thể<br>có thành tích"
                              " xuất sắc"),
                    after=1, width=320, alt="Tuyên dương Dân vận khéo")],
        related=[
            (f"{bd}/tin-tuc/hoi-nghi-cong-tac-dan-van-6-thang-dau-nam-2019-861.htm",
             "Hội nghị công tác dân vận 6 tháng đầu năm 2019", "25/07/2019"),
            (f"{bd}/tin-tuc/ra-mat-mo-hinh-dan-van-kheo-o-xa-nhon-hau-852.htm",
             "Ra mắt mô hình “Dân vận khéo” ở xã Nhơn Hậu", "12/07/2019"),
            (f"{bd}/tin-tuc/tap-huan-nghiep-vu-cong-tac-dan-van-843.htm",
             "Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở", "02/07/2019"),
        ],
        x={"base": bd, "site": "Ban Tuyên giáo Tỉnh ủy Bình Định", "seed": 6, "id": 875,
           "meta_charset": "windows-1258", "form_action": "chitiet.aspx?id=875",
           "viewstate": VS + "RGFuVmFuS2hlbzIwMTlkAgEPZBYCZg9kFgICAQ9kFgY=",
           "clock": "Thứ Bảy, ngày 28/11/2026",
           "date_line": "Ngày 15/08/2019",
           "crumbs_html": ('<a href="/">Trang chủ</a> &gt; <a href="/dan-van.htm">Dân vận</a>'),
           "foot": ('<p class="MsoNormal" align="right" style="text-align:right"><b><span '
                    "style=\"font-size:14.0pt\">Huỳnh Phong - Hùng Anh</span></b></p>"),
           "org": "Ban Tuyên giáo Tỉnh ủy Bình Định", "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "addr": "Số 2 Phan Bội Châu, thành phố Quy Nhơn", "phone": "0256.3822.305",
           "licence": "Giấy phép số 07/GP-TTĐT ngày 15/4/2012", "style": "mso"},
    )
    return [p1, p2, p3]


# ---------------------------------------------------------------- dcs_detailview
def render_dcs_detailview(a: Art) -> str:
    x = a.x
    base = x["base"]

    def img_html(img: Img) -> str:
        src = img.src.replace(base, "")
        cap = (f'<tr><td class="image_desc">{cap_markup(img)}</td></tr>' if img.caption else "")
        return (f'<table class="image" align="center" style="width:100%"><tbody><tr><td>'
                f'<img alt="{attr(img.alt)}" src="{src}" style="width:100%" /></td></tr>{cap}'
                "</tbody></table>")

    body = body_html(a, x.get("style", "justify"), img_html, blank_every=x.get("blank_every", 0))
    if x.get("ueth_para") is not None:   # legacy-font leftover: U+00D0 instead of U+0110
        p = a.para_text(a.paras[x["ueth_para"]])
        body = body.replace(esc(p), esc(p.replace("Đảng", "\u00d0ảng", 1)), 1)
    lead = f'<div class="sapo-detail"><strong>{esc(a.lead)}</strong></div>' if a.lead else ""
    tags = ""
    if a.tags:
        tags = ('<div class="tags-detail"><span class="tag-label">Từ khóa:</span> ' + ", ".join(
            f'<a href="/Search/Tag?key={attr(t)}" class="tag-item">{esc(t)}</a>' for t in a.tags)
            + "</div>")
    rel = "\n".join(
        f'<li><a href="{u.replace(base, "")}" title="{attr(t)}">{esc(t)}</a> '
        f'<span class="time">({d})</span></li>' for u, t, d in a.related)
    lead_imgs = "\n".join(img_html(i) for i in a.images if i.after == -1)
    main = f"""<div class="detail-news" id="detail-news-{x['id']}">
<h1 class="title-detail">{esc(a.title)}</h1>
<div class="meta-detail clearfix">
<span class="date-detail"><i class="fa fa-calendar"></i> {x['date_line']}</span>
<span class="view-detail"><i class="fa fa-eye"></i> Lượt xem: {x['views']}</span>
<div class="tools-detail pull-right">
<a href="javascript:void(0)" onclick="changeFont(-1)" title="Giảm cỡ chữ">A-</a>
<a href="javascript:void(0)" onclick="changeFont(1)" title="Tăng cỡ chữ">A+</a>
<a href="/PrintView/{x['id']}/{x['cat']}.html" target="_blank" title="In bài viết"><i class="fa fa-print"></i> In</a>
<a href="/SendMail/{x['id']}" title="Gửi email"><i class="fa fa-envelope"></i></a>
</div>
</div>
{lead}
<div class="content-detail js-font-box">
{lead_imgs}
{body}
{x.get('foot', '')}
</div>
{tags}
<div class="share-detail"><div class="fb-share-button" data-href="{a.url}" data-layout="button_count"></div>
<div class="zalo-share-button" data-href="{a.url}" data-oaid="2873457285384231" data-layout="1"></div></div>
</div>
<div class="related-detail">
<div class="title-box"><h3>{x.get('rel_heading', 'Tin liên quan')}</h3></div>
<ul class="list-related">
{rel}
</ul>
</div>
<div class="cate-news-bottom">
<div class="title-box"><h3><a href="/ListView/{x['cat']}/{slugify(a.category or '')}.html">{esc(a.category or '')}</a></h3></div>
<ul>
{chr(10).join(news_items(base + '/DetailView', x['seed'] + 2, 6, '{d:02d}/{m:02d}/{y} | {views}'))}
</ul>
</div>"""
    side = "\n".join([
        side_box("Tin mới", news_items(base + "/DetailView", x["seed"], 10,
                                       "{d:02d}/{m:02d}/{y} | {views}")),
        side_box("Đọc nhiều", news_items(base + "/DetailView", x["seed"] + 11, 8,
                                         "{d:02d}/{m:02d}/{y} | {views}")),
        docs_box(base),
        f'<div class="box-side"><div class="box-title"><h3>Liên kết website</h3></div>{select_links()}</div>',
    ])
    header = f"""<header class="header">
<div class="top-header"><div class="container">
<span class="today" id="today">{CLOCK_LONG}</span>
<form action="/Search" class="search-top"><input type="text" name="keyword" placeholder="Nhập từ khóa tìm kiếm" />
<button type="submit"><i class="fa fa-search"></i></button></form>
</div></div>
<div class="banner"><a href="/"><img src="/Content/images/banner-{x['code']}.png" alt="{attr(x['site'])}" /></a></div>
</header>"""
    crumbs = ('<ol class="breadcrumb"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
              + "".join(f'<li><a href="/ListView/{x["cat"]}/{slugify(c)}.html">{esc(c)}</a></li>'
                        for c in x["crumbs"]) + "</ol>")
    footer = std_footer(x["org"], x["addr"], x["phone"], x["editor"], base, x["licence"])
    og = (f'<meta property="og:title" content="{attr(a.title)}" />\n'
          f'<meta property="og:url" content="{a.url}" />\n<meta property="og:type" content="article" />\n'
          + (f'<meta property="og:image" content="{a.images[0].src}" />\n' if a.images else "")
          + (f'<meta name="description" content="{attr(a.lead)}" />' if a.lead else "")
          + '\n<link href="/Content/bootstrap.min.css" rel="stylesheet" />'
          '\n<link href="/Content/site.css?v=2.1" rel="stylesheet" />')
    return shell(title=a.title, site=x["site"], header=header,
                 menu=menu_items(STD_MENU, base + "/ListView/0", ".html"), crumbs=crumbs,
                 main=main, side=side, footer=footer, head_extra=og,
                 scripts=('<script src="/Scripts/jquery-3.4.1.min.js"></script>\n'
                          '<script src="/Scripts/bootstrap.min.js"></script>\n'
                          + CLOCK_JS + "\n" + SHARE_JS + "\n" + ANALYTICS))


def dcs_pages() -> list[Art]:
    tq = "https://tuyenquang.dcs.vn"
    p1 = Art(
        family="dcs_detailview", slug="tuyenquang-hoi-nghi-tinh-uy-lan-thu-15",
        url=f"{tq}/DetailView/61374/22/Hoi-nghi-lan-thu-15-Ban-Chap-hanh-Dang-bo-tinh-khoa-XVII.html",
        notes=("dcs MVC portal: h1.title-detail; 'Ngày đăng: 13/08/2025 08:30' plus 'Lượt xem: "
               "329'; sidebars and the bottom category list use the listing meta "
               "'dd/mm/yyyy | views' (traps); sapo in div.sapo-detail > strong; two /Image/Large"
               " images in table.image with td.image_desc (second caption has a <br>); author "
               "'Quốc Nhật' right-aligned at the end; 'Tin liên quan' with '(dd/mm/yyyy)'; the bottom list headed by the "
               "category name is a listing, not a related block."),
        title="Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh khóa XVII",
        published="2025-08-13T08:30:00+07:00", category="Xây dựng Đảng",
        author="Quốc Nhật",
        lead=T("""Ngày 12/8, Ban Chấp hành Đảng bộ tỉnh khóa XVII tổ chức Hội nghị lần thứ 15 để
            cho ý kiến vào dự thảo các văn kiện trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII,
            nhiệm kỳ 2025 - 2030."""),
        paras=[
            T("""Hội nghị đã thảo luận, cho ý kiến vào dự thảo Báo cáo chính trị; dự thảo Báo
                cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 -
                2025 và dự thảo Chương trình hành động thực hiện Nghị quyết Đại hội."""),
            T("""Các ý kiến tại hội nghị cơ bản thống nhất với đánh giá kết quả đạt được trong
                nhiệm kỳ qua: kinh tế tăng trưởng khá, quy mô nền kinh tế năm 2025 ước gấp 1,6 lần
                so với năm 2020; kết cấu hạ tầng giao thông được đầu tư đồng bộ; đời sống vật chất
                và tinh thần của Nhân dân các dân tộc được nâng lên."""),
            T("""Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị được chú trọng. Việc sắp
                xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp bảo đảm thông suốt;
                công tác kiểm tra, giám sát và phòng, chống tham nhũng, tiêu cực có chuyển biến rõ
                nét."""),
            T("""Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cơ quan tham mưu tiếp thu
                tối đa ý kiến góp ý, hoàn thiện dự thảo văn kiện, bảo đảm ngắn gọn, dễ hiểu, dễ
                thực hiện; xác định rõ các khâu đột phá, nhiệm vụ trọng tâm cho nhiệm kỳ mới."""),
        ],
        images=[
            Img(f"{tq}/Image/Large/2025812162715_144605.jpg",
                caption="Quang cảnh Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh", after=0,
                alt="Hội nghị Ban Chấp hành Đảng bộ tỉnh"),
            Img(f"{tq}/Image/Large/2025812163002_144606.jpg",
                caption="Đại biểu phát biểu ý kiến tại hội nghị",
                cap_html="Đại biểu phát biểu<br />\n ý kiến tại hội nghị", after=2,
                alt="Đại biểu phát biểu"),
        ],
        related=[
            (f"{tq}/DetailView/61205/22/Hoi-nghi-lan-thu-14-Ban-Chap-hanh-Dang-bo-tinh.html",
             "Hội nghị lần thứ 14 Ban Chấp hành Đảng bộ tỉnh", "15/07/2025"),
            (f"{tq}/DetailView/61098/22/Ban-Thuong-vu-Tinh-uy-cho-y-kien-vao-du-thao-van-kien.html",
             "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo văn kiện", "30/06/2025"),
            (f"{tq}/DetailView/60987/22/Dai-hoi-diem-Dang-bo-xa-Thai-Binh---nhiem-ky-2025-2030.html",
             "Đại hội điểm Đảng bộ xã Thái Bình - nhiệm kỳ 2025 - 2030", "18/06/2025"),
        ],
        x={"base": tq, "site": "Đảng Cộng sản Việt Nam - Tỉnh Tuyên Quang", "seed": 7,
           "id": 61374, "cat": 22, "code": "tuyenquang", "views": 329,
           "date_line": "Ngày đăng: 13/08/2025 08:30", "crumbs": ["Xây dựng Đảng"],
           "foot": '<p style="text-align: right;"><strong>Quốc Nhật</strong></p>',
           "org": "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang",
           "editor": "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy",
           "addr": "Số 10 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang",
           "phone": "0207.3822.512", "licence": "Giấy phép số 23/GP-TTĐT ngày 09/3/2021"},
    )

    hy = "https://tuyengiao.hungyen.dcs.vn"
    p2 = Art(
        family="dcs_detailview", slug="hungyen-chi-bo-sinh-hoat-chuyen-de-nghi-quyet",
        url=(f"{hy}/DetailView/8842/57/Chi-bo-thon-Dai-Dong---noi-sinh-hoat-chuyen-de-tro-thanh-"
             "nep.html"),
        notes=("Slug with '---' for ' - '; date only 'Ngày đăng: 05/03/2024' (-> YYYY-MM-DD); no "
               "sapo; one paragraph has U+00D0 'Ðảng' (legacy font) that must become 'Đảng'; "
               "'Theo Báo Hưng Yên' after the author 'Tố Tuấn' -> source; 'Từ khóa:' tags; "
               "related heading 'Các tin đã đưa'; sidebar meta 'dd/mm/yyyy | views'."),
        title="Chi bộ thôn Đại Đồng - nơi sinh hoạt chuyên đề trở thành nếp",
        published="2024-03-05", category="Tổ chức cơ sở đảng",
        author="Tố Tuấn", source="Báo Hưng Yên",
        lead=None,
        paras=[
            T("""Những năm gần đây, Chi bộ thôn Đại Đồng, xã Đại Đồng, huyện Văn Lâm duy trì
                nghiêm túc chế độ sinh hoạt định kỳ vào ngày mùng 3 hằng tháng; mỗi quý tổ chức
                một kỳ sinh hoạt chuyên đề với nội dung gần gũi, thiết thực với đời sống người
                dân."""),
            T("""Đồng chí Nguyễn Văn Thành, Bí thư Chi bộ cho biết, trước mỗi kỳ sinh hoạt, Chi ủy
                họp thống nhất nội dung, phân công đảng viên chuẩn bị tham luận. Các chuyên đề như
                dồn điền đổi thửa, giữ gìn vệ sinh môi trường, phòng chống tệ nạn xã hội ở khu dân
                cư đều được đảng viên thảo luận sôi nổi."""),
            T("""Sinh hoạt chuyên đề đã giúp mỗi đảng viên nắm chắc tình hình, thống nhất cách làm,
                từ đó chủ động tuyên truyền, vận động gia đình và bà con lối xóm cùng thực hiện chủ
                trương của Đảng. Năm 2023, thôn có 96% hộ gia đình đạt danh hiệu gia đình văn hóa."""),
            T("""Với những kết quả đạt được, Chi bộ thôn Đại Đồng nhiều năm liền được Đảng ủy xã
                đánh giá hoàn thành xuất sắc nhiệm vụ, là điểm sáng trong công tác nâng cao chất
                lượng sinh hoạt chi bộ của huyện Văn Lâm."""),
        ],
        images=[Img(f"{hy}/Image/Large/202435091122_88421.jpg",
                    caption="Một buổi sinh hoạt chuyên đề của Chi bộ thôn Đại Đồng", after=1,
                    alt="Chi bộ thôn Đại Đồng")],
        tags=["sinh hoạt chi bộ", "Văn Lâm", "tổ chức cơ sở đảng"],
        related=[
            (f"{hy}/DetailView/8817/57/Nang-cao-chat-luong-sinh-hoat-chi-bo-o-khu-dan-cu.html",
             "Nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư", "26/02/2024"),
            (f"{hy}/DetailView/8790/57/Dang-bo-xa-Lac-Hong---diem-sang-phat-trien-dang-vien.html",
             "Đảng bộ xã Lạc Hồng - điểm sáng phát triển đảng viên", "19/02/2024"),
        ],
        x={"base": hy, "site": "Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Hưng Yên",
           "seed": 8, "id": 8842, "cat": 57, "code": "hungyen", "views": 512,
           "date_line": "Ngày đăng: 05/03/2024", "rel_heading": "Các tin đã đưa",
           "crumbs": ["Xây dựng Đảng", "Tổ chức cơ sở đảng"], "ueth_para": 2,
           "foot": ('<p style="text-align: right;"><strong>Tố Tuấn</strong></p>\n'
                    '<p style="text-align: right;"><em>Theo Báo Hưng Yên</em></p>'),
           "org": "Ban Tuyên giáo Tỉnh ủy Hưng Yên", "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "addr": "Số 6 đường Chùa Chuông, thành phố Hưng Yên", "phone": "0221.3862.448",
           "licence": "Giấy phép số 41/GP-TTĐT ngày 02/8/2022", "style": "plain"},
    )

    vk = "https://vienkiemsathungyen.gov.vn"
    p3 = Art(
        family="dcs_detailview", slug="vks-chi-bo-ket-nap-dang-vien",
        url=f"{vk}/DetailView/1932/12/Chi-bo-Phong-7-ket-nap-dang-vien-moi.html",
        notes=("dcs-style portal on a non-dcs domain; 'Ngày đăng: 22/05/2024 15:05'; sapo; body "
               "uses &nbsp; indents and <p><strong> subhead; closing line 'BBT' kept as author; "
               "'Ảnh: Thu Trang' credit line -> photographer only (not author, not body); image "
               "without caption under /ckfinder/userfiles/images; no related dates in sidebar."),
        title="Chi bộ Phòng 7 kết nạp đảng viên mới",
        published="2024-05-22T15:05:00+07:00", category="Hoạt động Đảng, đoàn thể",
        author="BBT", photographer="Thu Trang",
        lead=T("""Chiều 21/5, Chi bộ Phòng 7, Viện kiểm sát nhân dân tỉnh tổ chức Lễ kết nạp đảng
            viên mới cho quần chúng Đỗ Thị Thanh Hương, Kiểm tra viên."""),
        paras=[
            T("""Dự buổi lễ có đồng chí Phó Bí thư Đảng ủy, Phó Viện trưởng Viện kiểm sát nhân dân
                tỉnh cùng toàn thể đảng viên trong Chi bộ. Tại buổi lễ, đồng chí Bí thư Chi bộ đã
                công bố Quyết định của Đảng ủy Khối các cơ quan tỉnh về việc kết nạp đảng viên."""),
            ("h", "Vinh dự và trách nhiệm"),
            T("""Trước cờ Đảng và chân dung Chủ tịch Hồ Chí Minh, đảng viên mới đã đọc lời tuyên
                thệ, hứa suốt đời phấn đấu cho mục đích, lý tưởng của Đảng, nghiêm chỉnh chấp hành
                Cương lĩnh, Điều lệ Đảng, nghị quyết và chỉ thị của Đảng."""),
            T("""Phát biểu tại buổi lễ, đồng chí Phó Bí thư Đảng ủy đề nghị đảng viên mới không
                ngừng học tập, rèn luyện, nâng cao trình độ chuyên môn, nghiệp vụ; giữ gìn phẩm
                chất đạo đức của người cán bộ kiểm sát “Công minh, chính trực, khách quan, thận
                trọng, khiêm tốn”."""),
        ],
        images=[Img(f"{vk}/ckfinder/userfiles/images/2024/05/ket-nap-dang-vien-phong-7.jpg",
                    caption=None, after=0, alt="")],
        related=[
            (f"{vk}/DetailView/1915/12/Dang-uy-Vien-kiem-sat-so-ket-quy-I.html",
             "Đảng ủy Viện kiểm sát nhân dân tỉnh sơ kết công tác quý I/2024", "12/04/2024"),
            (f"{vk}/DetailView/1899/12/Chi-doan-to-chuc-hoat-dong-thang-Thanh-nien.html",
             "Chi đoàn tổ chức chuỗi hoạt động Tháng Thanh niên", "28/03/2024"),
        ],
        x={"base": vk, "site": "Viện kiểm sát nhân dân tỉnh Hưng Yên", "seed": 9, "id": 1932,
           "cat": 12, "code": "vks", "views": 187, "rel_heading": "Tin khác",
           "date_line": "Ngày đăng: 22/05/2024 15:05",
           "crumbs": ["Hoạt động Đảng, đoàn thể"],
           "foot": ('<p style="text-align: right;"><em>Ảnh: Thu Trang</em></p>\n'
                    '<p style="text-align: right;"><strong>BBT</strong></p>'),
           "org": "Viện kiểm sát nhân dân tỉnh Hưng Yên", "editor": "Viện trưởng",
           "addr": "Đường Nguyễn Văn Linh, thành phố Hưng Yên", "phone": "0221.3550.210",
           "licence": "Giấy phép số 16/GP-STTTT ngày 11/10/2021", "style": "nbsp"},
    )
    return [p1, p2, p3]


# ---------------------------------------------------------------- sphere (BRVT)
def epoch_ms(iso: str) -> int:
    from datetime import datetime
    return int(datetime.fromisoformat(iso).timestamp() * 1000)


def render_sphere(a: Art) -> str:
    x = a.x
    base = x["base"]

    def img_html(img: Img) -> str:
        src = img.src.replace(base, "")
        if x.get("figure"):
            cap = f"<figcaption>{cap_markup(img)}</figcaption>" if img.caption else ""
            return (f'<figure class="image" style="text-align: center;"><img src="{src}" '
                    f'alt="{attr(img.alt)}" width="{img.width}" />{cap}</figure>')
        out = ('<p style="text-align: center;" data-mce-style="text-align: center;">'
               f'<img src="{src}" alt="{attr(img.alt)}" width="{img.width}" '
               f'data-mce-src="{src}" /></p>')
        if img.caption:
            out += ('\n<p style="text-align: center;" data-mce-style="text-align: center;">'
                    f"<em>{cap_markup(img)}</em></p>")
        return out

    body = "\n".join([img_html(i) for i in a.images if i.after == -1]
                     + [body_html(a, "mce", img_html)])
    if a.lead and not x.get("brief_commented"):
        brief = f'<div class="brief">{esc(a.lead)}</div>'
    else:
        brief = f'<!-- <div class="brief">{esc(x.get("hidden_brief", ""))}</div> -->'
    rel = "\n".join(f"""<div class="col-md-4 col-sm-6 cw-item">
<a href="{u.replace(base, '')}"><div class="img-news"><img src="/sphere/baria/vungtau/media/thumb/{slugify(t)[:30]}.jpg" alt="{attr(t)}"></div></a>
<div class="cwi-caption"><h2 class="cwi-title"><a href="{u.replace(base, '')}">{esc(t)}</a></h2>
<p class="cwi-download">{120 + i * 37} lượt Xem</p></div>
</div>""" for i, (u, t, _) in enumerate(a.related))
    pub = x["data_time"]
    main = f"""<div class="card card-box">
<div class="card-header"><span><img src="/sphere/baria/vungtau/img/icon-news.png" alt=""></span>
<span class="title">Chi tiết tin</span></div>
<div class="card-body">
<div class="item content" id="detail-item">
<h4 class="title">{esc(a.title)}</h4>
<div class="item-info clearfix">
<span class="time" data-time="{epoch_ms(pub)}">{x['shown_date']}</span>
<div class="float-right">
<audio id="audio-player" src="" preload="none"></audio>
<a href="javascript:void(0)" class="read-news" onclick="readArticle()"><i class="fa fa-volume-up"></i> Đọc bài viết</a>
<a href="/sphere/baria/vungtau/page/print.cpx?uuid={x['uuid']}" target="_blank"><i class="fa fa-print"></i> In bài</a>
<a href="javascript:void(0)" class="contrast"><i class="fa fa-adjust"></i></a>
<button type="button" class="btn btn-sm" onclick="changeFont(-1)">A-</button>
<button type="button" class="btn btn-sm" onclick="changeFont(1)">A+</button>
</div>
</div>
{brief}
<div class="content js-font-box">
{body}
{x.get('foot', '')}
</div>
</div>
<div class="row footer-detail">
<div class="col-sm-6"><div class="fb-share-button" data-href="{a.url}" data-layout="button_count"></div>
<div class="g-plus" data-action="share"></div></div>
<div class="col-sm-6 text-right">Đánh giá: <span class="rating"><i class="fa fa-star"></i><i class="fa fa-star"></i><i class="fa fa-star"></i><i class="fa fa-star-o"></i><i class="fa fa-star-o"></i></span></div>
</div>
<form class="send-mail" method="post" action="/sphere/smartcloud/mail/marketing.cpx">
<input type="hidden" name="uuid" value="{x['uuid']}"><input type="email" name="email" placeholder="Email người nhận">
<button type="submit">Gửi</button></form>
</div>
</div>
<div class="card card-box list-news-box">
<div class="card-header"><span class="title">Các tin khác</span></div>
<div class="card-body related-content"><div class="row cat-content">
{rel}
</div></div>
</div>"""
    side = "\n".join([
        side_box("Tin mới", news_items(base + "/sphere/baria/vungtau/page", x["seed"], 10,
                                       "{d:02d}.{m:02d}.{y}", ".cpx"), "card card-box"),
        side_box("Thông báo", news_items(base + "/sphere/baria/vungtau/page", x["seed"] + 3, 6,
                                         "{d:02d}.{m:02d}.{y}", ".cpx"), "card card-box"),
        docs_box(base),
    ])
    header = f"""<div class="top-bar"><div class="container"><span class="today">{CLOCK_LONG}</span>
<a href="/sphere/baria/vungtau/page/lien-he.cpx">Liên hệ</a> | <a href="/sphere/baria/vungtau/page/so-do.cpx">Sơ đồ cổng</a></div></div>
<header class="header-portal"><div class="container"><a href="/sphere/baria/vungtau/page/home.cpx">
<img src="/sphere/baria/vungtau/img/logo.png" alt="Cổng thông tin điện tử tỉnh Bà Rịa - Vũng Tàu"></a></div></header>"""
    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item">'
              '<a href="/sphere/baria/vungtau/page/home.cpx">Trang chủ</a></li>'
              f'<li class="breadcrumb-item active">{esc(a.category or "")}</li></ol></nav>')
    footer = std_footer("Cổng thông tin điện tử tỉnh Bà Rịa - Vũng Tàu",
                        "198 Bạch Đằng, phường Phước Trung, thành phố Bà Rịa",
                        "0254.3852.549", "Chánh Văn phòng UBND tỉnh", base,
                        "Giấy phép số 15/GP-TTĐT ngày 12/10/2020")
    return shell(title=a.title, site="Cổng thông tin điện tử tỉnh Bà Rịa - Vũng Tàu",
                 header=header, menu=menu_items(STD_MENU, base + "/sphere/baria/vungtau/page",
                                                ".cpx"),
                 crumbs=crumbs, main=f'<div class="row body"><div class="col-sm-12">{main}</div></div>',
                 side=side, footer=footer,
                 head_extra=('<link rel="stylesheet" href="/sphere/baria/vungtau/css/bootstrap.min.css">'
                             f'\n<meta property="og:title" content="{attr(a.title)}">'),
                 scripts=('<script src="/sphere/baria/vungtau/js/jquery.min.js"></script>\n'
                          "<script>$(function(){$('span.time').each(function(){var t=new Date("
                          "parseInt($(this).data('time'),10));});});</script>\n"
                          + CLOCK_JS + "\n" + SHARE_JS))


def sphere_pages() -> list[Art]:
    br = "https://baria-vungtau.gov.vn"
    xt = f"{br}/sphere/baria/vungtau/page/xem-tin.cpx?uuid="
    common = ("sphere portal: h4.title; span.time[data-time=epoch ms] shows only "
              "'dd.mm.yyyy' but the epoch carries the time -> full +07:00 timestamp from "
              "data-time; 'Đọc bài viết / In bài / A- A+' controls; TinyMCE data-mce-style "
              "body; cw-item 'Các tin khác' (no dates, 'N lượt Xem'); sidebar 'dd.mm.yyyy'")
    u1 = "65f3b1c2a4e9d70012ab34cd"
    p1 = Art(
        family="sphere", slug="brvt-hoi-nghi-ban-chap-hanh-dang-bo-tinh",
        url=xt + u1, notes=common + "; div.brief lead; p > em captions; author 'Minh Đức'.",
        title="Ban Chấp hành Đảng bộ tỉnh sơ kết công tác quý I năm 2024",
        published="2024-03-15T09:30:00+07:00", category="Tin hoạt động",
        author="Minh Đức",
        lead=T("""Sáng 15/3, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị sơ kết công tác quý I,
            triển khai nhiệm vụ quý II năm 2024."""),
        paras=[
            T("""Theo báo cáo, quý I, tổng sản phẩm trên địa bàn tỉnh (không kể dầu thô và khí
                đốt) tăng 7,2% so với cùng kỳ; thu ngân sách đạt 28% dự toán. Các hoạt động chăm lo
                Tết Giáp Thìn cho người nghèo, gia đình chính sách được thực hiện chu đáo."""),
            T("""Công tác xây dựng Đảng được quan tâm; các cấp ủy đã kiểm tra 46 tổ chức đảng và
                112 đảng viên, giám sát chuyên đề 58 tổ chức đảng. Toàn Đảng bộ kết nạp 389 đảng
                viên mới."""),
            T("""Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy tập trung chuẩn bị
                tốt đại hội chi bộ nhiệm kỳ 2025 - 2027, đẩy nhanh giải ngân vốn đầu tư công và
                triển khai các công trình trọng điểm."""),
        ],
        images=[Img(f"{br}/sphere/baria/vungtau/media/2024/03/15/hoi-nghi-tinh-uy-quy-1.jpg",
                    caption="Quang cảnh hội nghị", after=0, alt="hoi nghi")],
        related=[
            (xt + "65e8a0f1b2c3d40012ab1122",
             "Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp", ""),
            (xt + "65e1c9d0a1b2c30012ab0f77",
             "Tổng kết công tác kiểm tra, giám sát năm 2023", ""),
            (xt + "65d7f2e3c4b5a60012aa9e01",
             "Hội nghị trực tuyến quán triệt Quy định số 144-QĐ/TW", ""),
        ],
        x={"base": br, "uuid": u1, "seed": 10, "data_time": "2024-03-15T09:30:00+07:00",
           "shown_date": "15.03.2024",
           "foot": ('<p style="text-align: right;" data-mce-style="text-align: right;">'
                    "<strong>Minh Đức</strong></p>")},
    )
    u2 = "6512f0a9b8c7d60012cd5678"
    p2 = Art(
        family="sphere", slug="brvt-dan-van-chinh-quyen-xa-chau-pha",
        url=xt + u2,
        notes=common + ("; div.brief is commented out (<!-- -->) so lead is null; 'Tin, ảnh: "
                        "Quang Vũ' -> author and photographer; two captioned images."),
        title="Xã Châu Pha làm tốt công tác dân vận chính quyền",
        published="2023-09-26T16:45:00+07:00", category="Dân vận",
        author="Quang Vũ", photographer="Quang Vũ", lead=None,
        paras=[
            T("""Những năm qua, Đảng ủy, UBND xã Châu Pha, thị xã Phú Mỹ luôn xác định công tác
                dân vận chính quyền là nhiệm vụ thường xuyên, gắn với cải cách thủ tục hành
                chính và nâng cao tinh thần phục vụ Nhân dân của đội ngũ cán bộ, công chức."""),
            T("""Bộ phận tiếp nhận và trả kết quả của xã niêm yết công khai các thủ tục, hướng dẫn
                người dân nộp hồ sơ trực tuyến. Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt
                99,6%, không có khiếu nại kéo dài."""),
            T("""Xã duy trì định kỳ đối thoại giữa Chủ tịch UBND xã với Nhân dân, kịp thời giải
                đáp các kiến nghị về đất đai, giao thông nông thôn, vệ sinh môi trường; nhờ đó tạo
                được sự đồng thuận cao trong thực hiện các chương trình phát triển kinh tế - xã
                hội."""),
            T("""Đồng chí Bí thư Đảng ủy xã cho biết, thời gian tới, xã tiếp tục nhân rộng mô hình
                “Dân vận khéo” trong cải cách hành chính, phấn đấu 100% thủ tục đủ điều kiện được
                cung cấp dịch vụ công trực tuyến toàn trình."""),
        ],
        images=[
            Img(f"{br}/sphere/baria/vungtau/media/2023/09/26/chau-pha-1.jpg",
                caption="Bộ phận một cửa xã Châu Pha hướng dẫn người dân làm thủ tục",
                after=1, alt="mot cua"),
            Img(f"{br}/sphere/baria/vungtau/media/2023/09/26/chau-pha-2.jpg",
                caption="Chủ tịch UBND xã đối thoại với Nhân dân", after=2, alt="doi thoai"),
        ],
        related=[
            (xt + "6509b7c6d5e4f30012cd4411", "Phú Mỹ tổng kết phong trào “Dân vận khéo”", ""),
            (xt + "64fe1a2b3c4d5e0012cd3300",
             "Tập huấn nghiệp vụ công tác dân vận năm 2023", ""),
        ],
        x={"base": br, "uuid": u2, "seed": 11, "data_time": "2023-09-26T16:45:00+07:00",
           "shown_date": "26.09.2023", "brief_commented": True,
           "hidden_brief": "Xã Châu Pha chú trọng công tác dân vận chính quyền.",
           "foot": ('<p style="text-align: right;" data-mce-style="text-align: right;">'
                    "<strong>Tin, ảnh: Quang Vũ</strong></p>")},
    )
    u3 = "66a1b2c3d4e5f60012ef9012"
    p3 = Art(
        family="sphere", slug="brvt-ky-niem-ngay-thanh-lap-dang-bo-tinh",
        url=xt + u3,
        notes=common + ("; TinyMCE 5 figure.image > figcaption caption; no author, source line "
                        "'Theo Ban Tuyên giáo Tỉnh ủy' -> source; brief lead present."),
        title="Gặp mặt kỷ niệm 30 năm Ngày thành lập Đảng bộ tỉnh",
        published="2021-10-12T10:05:00+07:00", category="Tin hoạt động",
        source="Ban Tuyên giáo Tỉnh ủy",
        lead=T("""Sáng 12/10, Tỉnh ủy tổ chức gặp mặt các đồng chí nguyên lãnh đạo tỉnh qua các
            thời kỳ nhân kỷ niệm 30 năm Ngày thành lập Đảng bộ tỉnh (12/10/1991 - 12/10/2021)."""),
        paras=[
            T("""Ôn lại truyền thống, các đại biểu khẳng định sau 30 năm tái lập, Đảng bộ tỉnh đã
                lãnh đạo Nhân dân vượt qua khó khăn, đưa Bà Rịa - Vũng Tàu trở thành một trong
                những địa phương có quy mô kinh tế lớn của cả nước."""),
            T("""Các đồng chí nguyên lãnh đạo tỉnh bày tỏ vui mừng trước những thành tựu đạt được,
                đồng thời góp ý để Đảng bộ tiếp tục đổi mới phương thức lãnh đạo, chăm lo xây dựng
                đội ngũ cán bộ, nhất là cán bộ trẻ."""),
            T("""Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Bí thư Tỉnh ủy trân trọng cảm ơn những
                đóng góp to lớn của các thế hệ lãnh đạo và khẳng định sẽ tiếp nối truyền thống,
                xây dựng tỉnh phát triển nhanh, bền vững."""),
        ],
        images=[Img(f"{br}/sphere/baria/vungtau/media/2021/10/12/gap-mat-30-nam.jpg",
                    caption="Các đồng chí lãnh đạo tỉnh tặng hoa các đồng chí nguyên lãnh đạo",
                    after=-1, alt="gap mat")],
        related=[(xt + "6163a0b1c2d3e40012ef1100",
                  "Triển lãm ảnh “Bà Rịa - Vũng Tàu 30 năm xây dựng và phát triển”", "")],
        x={"base": br, "uuid": u3, "seed": 12, "data_time": "2021-10-12T10:05:00+07:00",
           "shown_date": "12.10.2021", "figure": True,
           "foot": ('<p style="text-align: right;" data-mce-style="text-align: right;">'
                    "<em>Theo Ban Tuyên giáo Tỉnh ủy</em></p>")},
    )
    return [p1, p2, p3]


# ---------------------------------------------------------------- vhv
def render_vhv(a: Art) -> str:
    x = a.x
    base = x["base"]

    def img_html(img: Img) -> str:
        src = img.src.replace(base, "")
        if x.get("table_caption"):
            cap = f'<tr><td class="image_desc">{cap_markup(img)}</td></tr>' if img.caption else ""
            return (f'<table class="image center"><tbody><tr><td><img src="{src}" '
                    f'alt="{attr(img.alt)}" /></td></tr>{cap}</tbody></table>')
        out = f'<p style="text-align:center"><img alt="{attr(img.alt)}" src="{src}" /></p>'
        if img.caption:
            out += f'\n<p style="text-align:center"><em>{cap_markup(img)}</em></p>'
        return out

    body = body_html(a, x.get("style", "justify"), img_html)
    lead = f'<div class="brief">{esc(a.lead)}</div>' if a.lead else ""
    rel = "\n".join(f"""<article class="list-news-one">
<h2 class="h4 title"><a href="{u.replace(base, '')}" title="{attr(t)}">{esc(t)}</a>&nbsp;<span class="date">({d})</span></h2>
</article>""" for u, t, d in a.related)
    crumbs = ['<li class="first-item" itemprop="itemListElement" itemscope '
              'itemtype="http://schema.org/ListItem"><a itemprop="item" href="/"><span '
              'itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li>']
    for i, c in enumerate(x["crumbs"]):
        cls = "last-item" if i == len(x["crumbs"]) - 1 else "item"
        crumbs.append(f'<li class="{cls}" itemprop="itemListElement" itemscope '
                      f'itemtype="http://schema.org/ListItem"><a itemprop="item" '
                      f'href="/{slugify(c)}.html"><span itemprop="name">{esc(c)}</span></a>'
                      f'<meta itemprop="position" content="{i + 2}" /></li>')
    mod = x["mod"]
    modified = (f'<meta itemprop="dateModified" content="{a.updated}" />' if a.updated
                else f'<meta itemprop="dateModified" content="{x["iso"]}" />')
    upd = (f'<span class="post-update">Cập nhật: {x["upd_line"]}</span>' if a.updated else "")
    main = f"""<div id="module{mod}" class="ModuleWrapper" moduleRootId="{x['oid']}">
<article id="article{mod}" class="news-detail-layout-type-2" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{x['iso']}" />
{modified}
<meta itemprop="mainEntityOfPage" content="{a.url}" />
<header class="clearfix">
<span class="post-date">{x['post_date']}</span>{upd}
<div class="block_share pull-right">
<a href="javascript:void(0)" class="font-small" onclick="changeFont(-1)">A-</a>
<a href="javascript:void(0)" class="font-normal">A</a>
<a href="javascript:void(0)" class="font-big" onclick="changeFont(1)">A+</a>
<a href="javascript:void(0)" onclick="printArticle('{x['oid']}')" class="print"><i class="fa fa-print"></i> In</a>
<a href="mailto:?subject={attr(a.title)}&amp;body={a.url}" class="email"><i class="fa fa-envelope"></i></a>
</div>
</header>
<div class="article-content">
<div class="block-core-a3">
<h1 class="title-detail" itemprop="headline">{esc(a.title)}</h1>
<div class="social-connect">
<div class="zalo-share-button" data-href="{a.url}" data-oaid="579745863508352884" data-layout="2"></div>
<div class="fb-like" data-href="{a.url}" data-layout="button_count" data-share="true"></div>
<a href="javascript:void(0)" class="btn-speech"><i class="fa fa-headphones"></i> Đọc bài</a>
<a href="javascript:void(0)" class="btn-save"><i class="fa fa-bookmark"></i> Lưu</a>
</div>
{lead}
</div>
<div class="block-core-a5">
<div class="content-detail js-font-box" itemprop="articleBody">
{body}
{x.get('foot', '')}
</div>
{x.get('after_body', '')}
</div>
</div>
<div class="rating">Tổng số điểm của bài viết là: {x.get('score', 23)} trong {x.get('votes', 5)} đánh giá
<span class="stars"><i class="fa fa-star"></i><i class="fa fa-star"></i><i class="fa fa-star"></i><i class="fa fa-star"></i><i class="fa fa-star-o"></i></span></div>
</article>
</div>
<div class="panel frame-involve">
<div class="panel-heading"><div class="panel-title">{x.get('rel_heading', 'Tin liên quan')}</div></div>
<div class="panel-body"><section class="section-list Article-News-Detail-default">
{rel}
</section></div>
</div>"""
    side_items = []
    for i, (t, (d, m, y, _hh, _mi)) in enumerate(zip(pick(x["seed"], 10),
                                                     side_dates(x["seed"], 10), strict=True)):
        side_items.append(
            f'<article class="item-block listNewSmall"><div class="post-item row">'
            f'<figure class="post-image col-xs-4"><a href="/tin-tuc/{slugify(t)}.html"><img class="lazy" '
            f'data-original="/data/news/thumb/{i + 1}.jpg" alt="{attr(t)}"></a></figure>'
            f'<div class="post-title col-xs-8"><h4 class="entry-title"><a href="/tin-tuc/{slugify(t)}.html">'
            f'{esc(t)}</a></h4><span class="date"><time class="post-date" datetime="{y}-{m:02d}-'
            f'{d:02d}">({d:02d}/{m:02d}/{y})</time></span></div></div></article>')
    side = "\n".join([
        '<div class="panel frame-news"><div class="panel-heading"><div class="panel-title">Tin mới'
        '</div></div><div class="listNewsType1 Article-News">' + "\n".join(side_items) + "</div></div>",
        docs_box(base),
        f'<div class="panel"><div class="panel-title">Liên kết website</div>{select_links()}</div>',
    ])
    header = f"""<div class="header-top"><div class="container"><span class="date-now">{CLOCK_LONG}</span>
<span class="hotline">Đường dây nóng: {x['phone']}</span></div></div>
<div class="header-banner"><a href="/"><img src="/upload/{x['code']}/banner.png" alt="{attr(x['site'])}"></a></div>"""
    crumbs_html = ('<div class="pathway-category"><ol class="breadcrumb" itemscope '
                   'itemtype="http://schema.org/BreadcrumbList">' + "".join(crumbs) + "</ol></div>")
    footer = std_footer(x["site"], x["addr"], x["phone"], x["editor"], base, x["licence"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": a.title, "datePublished": x["iso"],
                     "dateModified": a.updated or x["iso"],
                     "publisher": {"@type": "Organization", "name": x["site"]}},
                    ensure_ascii=False)
    return shell(title=a.title, site=x["site"], header=header,
                 menu=menu_items(STD_MENU, base, ".html"), crumbs=crumbs_html, main=main,
                 side=side, footer=footer,
                 head_extra=(f'<meta property="og:title" content="{attr(a.title)}" />\n'
                             f'<meta property="og:url" content="{a.url}" />\n'
                             f'<script type="application/ld+json">{ld}</script>\n'
                             '<link rel="stylesheet" href="/3rdparty/bootstrap/css/bootstrap.min.css">'),
                 scripts=('<script src="/3rdparty/jquery/jquery.min.js"></script>\n'
                          "<script>var vhv = {siteId: '" + x["oid"][:12] + "', lang: 'vi'};"
                          "</script>\n" + CLOCK_JS + "\n" + SHARE_JS + "\n" + ANALYTICS))


def vhv_pages() -> list[Art]:
    ts = "https://thuongtin.hanoi.gov.vn"
    common = ("VHV CMS: article[itemtype=NewsArticle] with meta itemprop=datePublished ISO and "
              "span.post-date 'H:i:s | d/m/Y'; h1.title-detail; zalo/fb/'Đọc bài'/'Lưu' "
              "controls; rating text; sidebar listNewsType1 with '(dd/mm/yyyy)'; clock today")
    p1 = Art(
        family="vhv", slug="thuongtin-dai-hoi-chi-bo-thi-diem",
        url=f"{ts}/tin-tuc/dai-hoi-diem-chi-bo-thon-dong-cuc-nhiem-ky-2025-2027.html",
        notes=common + ("; div.brief lead; p > em caption; author line 'Huyền Trang - Văn "
                        "Sơn' -> 'Huyền Trang, Văn Sơn'; 'Tin liên quan' with dates."),
        title="Đại hội điểm Chi bộ thôn Đông Cứu nhiệm kỳ 2025 - 2027",
        published="2025-03-20T17:23:45+07:00", category="Xây dựng Đảng",
        author="Huyền Trang, Văn Sơn",
        lead=T("""Chi bộ thôn Đông Cứu, xã Dũng Tiến vừa tổ chức thành công Đại hội điểm nhiệm kỳ
            2025 - 2027 để rút kinh nghiệm chỉ đạo đại hội chi bộ trực thuộc trong toàn huyện."""),
        paras=[
            T("""Nhiệm kỳ 2022 - 2025, Chi bộ lãnh đạo Nhân dân hoàn thành và vượt 12/14 chỉ tiêu
                nghị quyết đề ra; thu nhập bình quân đầu người đạt 68 triệu đồng/năm, không còn hộ
                nghèo; 100% tuyến đường ngõ xóm được bê tông hóa."""),
            T("""Đại hội đã thảo luận, đóng góp ý kiến vào dự thảo văn kiện Đại hội Đảng bộ huyện
                và bầu Chi ủy khóa mới gồm 3 đồng chí; bầu Bí thư, Phó Bí thư Chi bộ với tỷ lệ phiếu
                tín nhiệm cao."""),
            T("""Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Huyện ủy đề nghị Chi bộ tiếp
                tục đổi mới nội dung sinh hoạt, phát huy vai trò tiên phong, gương mẫu của đảng
                viên, xây dựng thôn Đông Cứu trở thành thôn nông thôn mới kiểu mẫu."""),
        ],
        images=[Img(f"{ts}/upload/2025/03/20/dai-hoi-chi-bo-dong-cuu.jpg",
                    caption="Chi ủy Chi bộ thôn Đông Cứu nhiệm kỳ 2025 - 2027 ra mắt Đại hội",
                    after=1, alt="Chi ủy ra mắt")],
        related=[
            (f"{ts}/tin-tuc/huyen-uy-thuong-tin-chi-dao-dai-hoi-chi-bo.html",
             "Huyện ủy Thường Tín chỉ đạo đại hội chi bộ trực thuộc", "10/03/2025"),
            (f"{ts}/tin-tuc/tap-huan-nghiep-vu-dai-hoi-chi-bo.html",
             "Tập huấn nghiệp vụ tổ chức đại hội chi bộ", "04/03/2025"),
        ],
        x={"base": ts, "site": "Cổng thông tin điện tử huyện Thường Tín", "seed": 13,
           "mod": 17, "oid": "67dbf1a2c3e4d5b6a7980123", "code": "thuongtin",
           "iso": "2025-03-20T17:23:45+07:00", "post_date": "17:23:45 | 20/03/2025",
           "crumbs": ["Tin tức", "Xây dựng Đảng"], "phone": "024.33853.178",
           "addr": "Thị trấn Thường Tín, huyện Thường Tín, Hà Nội", "editor": "Chánh Văn phòng",
           "licence": "Giấy phép số 4035/GP-TTĐT ngày 22/10/2015",
           "foot": '<p style="text-align:right"><strong>Huyền Trang - Văn Sơn</strong></p>'},
    )
    p2 = Art(
        family="vhv", slug="thuongtin-kiem-tra-giam-sat-cap-co-so",
        url=f"{ts}/tin-tuc/nang-cao-hieu-qua-kiem-tra-giam-sat-o-dang-bo-co-so.html",
        notes=common + ("; meta dateModified and a visible 'Cập nhật: 09:10:02 | 14/11/2024' "
                        "distinct from published -> updated_at; no lead; table.image with "
                        "td.image_desc; source line 'Nguồn: Báo Hà Nội Mới'; "
                        "no author; heading 'Bài viết khác'."),
        title="Nâng cao hiệu quả kiểm tra, giám sát ở đảng bộ cơ sở",
        published="2024-11-12T08:05:10+07:00", updated="2024-11-14T09:10:02+07:00",
        category="Kiểm tra - Giám sát", source="Báo Hà Nội Mới", lead=None,
        paras=[
            T("""Năm 2024, Ủy ban Kiểm tra Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành
                chương trình kiểm tra, giám sát với trọng tâm là việc thực hiện nguyên tắc tập
                trung dân chủ, công tác quản lý đất đai, tài chính ở cơ sở."""),
            ("h", "Phát hiện sớm, xử lý kịp thời"),
            T("""Qua kiểm tra, giám sát, cấp ủy và ủy ban kiểm tra các cấp đã kịp thời nhắc nhở,
                chấn chỉnh những hạn chế, khuyết điểm, không để vi phạm nhỏ tích tụ thành sai phạm
                lớn. Nhiều tổ chức đảng đã khắc phục xong thiếu sót ngay trong quá trình kiểm
                tra."""),
            T("""Thời gian tới, Ủy ban Kiểm tra Huyện ủy tiếp tục nâng cao chất lượng đội ngũ cán
                bộ kiểm tra, tăng cường giám sát thường xuyên, gắn kiểm tra với công tác cán bộ và
                chuẩn bị đại hội đảng bộ các cấp."""),
        ],
        images=[Img(f"{ts}/upload/2024/11/12/ubkt-huyen-uy-kiem-tra.jpg",
                    caption="Đoàn kiểm tra làm việc với Đảng ủy xã Hà Hồi", after=0,
                    alt="doan kiem tra")],
        related=[
            (f"{ts}/tin-tuc/ky-hop-thu-25-uy-ban-kiem-tra-huyen-uy.html",
             "Kỳ họp thứ 25 Ủy ban Kiểm tra Huyện ủy", "28/10/2024"),
            (f"{ts}/tin-tuc/giam-sat-chuyen-de-doi-voi-dang-uy-xa-van-binh.html",
             "Giám sát chuyên đề đối với Đảng ủy xã Văn Bình", "15/10/2024"),
        ],
        x={"base": ts, "site": "Cổng thông tin điện tử huyện Thường Tín", "seed": 14,
           "mod": 21, "oid": "6732a9b8c7d6e5f4a3b2c1d0", "code": "thuongtin",
           "iso": "2024-11-12T08:05:10+07:00", "post_date": "08:05:10 | 12/11/2024",
           "upd_line": "09:10:02 | 14/11/2024", "table_caption": True,
           "rel_heading": "Bài viết khác",
           "crumbs": ["Tin tức", "Kiểm tra - Giám sát"], "phone": "024.33853.178",
           "addr": "Thị trấn Thường Tín, huyện Thường Tín, Hà Nội", "editor": "Chánh Văn phòng",
           "licence": "Giấy phép số 4035/GP-TTĐT ngày 22/10/2015", "style": "plain",
           "foot": '<p style="text-align:right"><em>Nguồn: Báo Hà Nội Mới</em></p>'},
    )
    ql = "https://quangluu.thanhhoa.gov.vn"
    p3 = Art(
        family="vhv", slug="quangluu-trao-huy-hieu-dang",
        url=f"{ql}/tin-tuc/trao-huy-hieu-dang-dot-7-11-cho-dang-vien-lao-thanh.html",
        notes=common + ("; post-date with '&nbsp;' around the separator; no images; lead; "
                        "author 'Lê Hà' followed by unit on the same right line 'Lê Hà, Trung tâm"
                        " Văn hóa - Thông tin và Thể thao' -> author_unit."),
        title="Trao Huy hiệu Đảng đợt 7/11 cho đảng viên lão thành",
        published="2023-11-06T10:40:00+07:00", category="Tin hoạt động",
        author="Lê Hà", author_unit="Trung tâm Văn hóa - Thông tin và Thể thao",
        lead=T("""Ngày 6/11, Ban Thường vụ Huyện ủy Quảng Lưu tổ chức Lễ trao Huy hiệu Đảng đợt
            7/11 cho 35 đảng viên lão thành."""),
        paras=[
            T("""Trong đợt này, có 2 đồng chí được trao Huy hiệu 70 năm tuổi Đảng, 5 đồng chí
                nhận Huy hiệu 60 năm, 12 đồng chí nhận Huy hiệu 50 năm và 16 đồng chí nhận Huy hiệu
                40 năm, 30 năm tuổi Đảng."""),
            T("""Thay mặt Ban Thường vụ Huyện ủy, đồng chí Bí thư Huyện ủy chúc mừng các đảng viên
                và mong các đồng chí tiếp tục giữ gìn phẩm chất người đảng viên, là tấm gương sáng
                cho thế hệ trẻ noi theo."""),
            T("""Xúc động phát biểu, đại diện các đảng viên được nhận Huy hiệu Đảng bày tỏ niềm
                vinh dự, tự hào, hứa sẽ tiếp tục tham gia sinh hoạt chi bộ đầy đủ, tích cực tuyên
                truyền, vận động con cháu và Nhân dân chấp hành chủ trương của Đảng."""),
        ],
        related=[(f"{ql}/tin-tuc/trao-huy-hieu-dang-dot-3-2.html",
                  "Trao Huy hiệu Đảng đợt 3/2 năm 2023", "03/02/2023")],
        x={"base": ql, "site": "Cổng thông tin điện tử huyện Quảng Lưu", "seed": 15, "mod": 9,
           "oid": "6548f0e1d2c3b4a596870123", "code": "quangluu",
           "iso": "2023-11-06T10:40:00+07:00", "post_date": "10:40:00&nbsp;|&nbsp;06/11/2023",
           "crumbs": ["Tin hoạt động"], "phone": "0237.3868.123",
           "addr": "Thị trấn Quảng Lưu, tỉnh Thanh Hóa", "editor": "Chánh Văn phòng",
           "licence": "Giấy phép số 12/GP-STTTT ngày 01/6/2020", "style": "nbsp",
           "foot": ('<p style="text-align:right"><strong>Lê Hà, Trung tâm Văn hóa - Thông tin '
                    "và Thể thao</strong></p>")},
    )
    return [p1, p2, p3]


# ---------------------------------------------------------------- drupal (7 and 8+)
def render_drupal(a: Art) -> str:
    x = a.x
    base = x["base"]
    d8 = x.get("d8", False)

    def img_html(img: Img) -> str:
        src = img.src.replace(base, "")
        if d8:
            cap = f"<figcaption>{cap_markup(img)}</figcaption>" if img.caption else ""
            return (f'<figure role="group" class="caption caption-img align-center">'
                    f'<img alt="{attr(img.alt)}" data-entity-type="file" src="{src}" />{cap}'
                    "</figure>")
        out = (f'<p style="text-align: center;"><img alt="{attr(img.alt)}" src="{src}" '
               'style="width: 600px; height: 400px;" /></p>')
        if img.caption:
            out += f'\n<p style="text-align: center;"><em>{cap_markup(img)}</em></p>'
        return out

    lead_imgs = [i for i in a.images if i.after == -1]
    body = body_html(a, x.get("style", "plain"), img_html, blank_every=x.get("blank_every", 0))
    if d8:
        tags = ""
        if a.tags:
            tags = ('<div class="field field--name-field-tags field--type-entity-reference '
                    'field--label-inline clearfix"><div class="field__label">Từ khóa</div>'
                    '<div class="field__items">' + "".join(
                        f'<div class="field__item"><a href="/taxonomy/term/{40 + i}" '
                        f'hreflang="vi">{esc(t)}</a></div>' for i, t in enumerate(a.tags))
                    + "</div></div>")
        lead = (f'<div class="field field--name-field-sapo field--type-string-long">'
                f"<strong>{esc(a.lead)}</strong></div>" if a.lead else "")
        article = f"""<h1 class="page-title"><span class="field field--name-title field--type-string">{esc(a.title)}</span></h1>
<article role="article" about="/node/{x['nid']}" class="node node--type-article node--promoted node--view-mode-full">
<footer class="node__meta">
<div class="node__submitted">Gửi bởi <span class="field field--name-uid"><span>{x['user']}</span></span> vào <span class="field field--name-created"><time datetime="{x['utc']}">{x['shown']}</time></span></div>
</footer>
<div class="node__content clearfix">
{lead}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{chr(10).join(img_html(i) for i in lead_imgs)}
{body}
{x.get('foot', '')}
</div>
{tags}
<div class="print-links"><a href="/print/node/{x['nid']}">In bài</a> | <a href="/forward?path=node/{x['nid']}">Gửi email</a></div>
<div class="statistics">Lượt xem: {x['views']}</div>
</div>
</article>"""
    else:
        tags = ""
        if a.tags:
            tags = ('<div class="field field-name-field-tags field-type-taxonomy-term-reference '
                    'field-label-inline clearfix"><div class="field-label">Tags:&nbsp;</div>'
                    '<div class="field-items">' + "".join(
                        f'<div class="field-item {"even" if i % 2 == 0 else "odd"}" '
                        f'rel="dc:subject"><a href="/taxonomy/term/{12 + i}" typeof="skos:Concept" '
                        f'property="rdfs:label skos:prefLabel">{esc(t)}</a></div>'
                        for i, t in enumerate(a.tags)) + "</div></div>")
        lead = (f'<div class="field field-name-field-tom-tat field-type-text-long '
                f'field-label-hidden"><div class="field-items"><div class="field-item even">'
                f"<p><strong>{esc(a.lead)}</strong></p></div></div></div>" if a.lead else "")
        img_field = "".join(
            f'<div class="field field-name-field-image field-type-image field-label-hidden">'
            f'<div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" '
            f'resource="{i.src}"><img typeof="foaf:Image" src="{i.src.replace(base, "")}" '
            f'width="640" height="427" alt="{attr(i.alt)}" /></div></div></div>'
            for i in lead_imgs)
        article = f"""<h1 class="title" id="page-title">{esc(a.title)}</h1>
<div id="node-{x['nid']}" class="node node-article node-promoted clearfix" about="/node/{x['nid']}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{attr(a.title)}" class="rdf-meta element-hidden"></span>
<div class="submitted">
<span property="dc:date dc:created" content="{x['iso']}" datatype="xsd:dateTime" rel="sioc:has_creator">Đăng bởi <span class="username" xml:lang="" about="/user/3" typeof="sioc:UserAccount" property="foaf:name" datatype="">{x['user']}</span> vào {x['shown']}</span>
</div>
<div class="content">
{img_field}
{lead}
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
{x.get('foot', '')}
</div></div></div>
{tags}
</div>
<ul class="links inline"><li class="print_html first"><a href="/print/{x['nid']}" title="Hiển thị phiên bản thân thiện máy in">In bài</a></li>
<li class="statistics_counter last"><span>{x['views']} lượt xem</span></li></ul>
</div>"""
    rel = "\n".join(f'<li class="views-row"><span class="views-field-title"><a href="{u.replace(base, "")}">'
                    f'{esc(t)}</a></span> <span class="views-field-created">({d})</span></li>'
                    for u, t, d in a.related)
    main = f"""{article}
<div id="block-views-tin-lien-quan-block" class="block block-views">
<h2 class="block-title">{x.get('rel_heading', 'Tin liên quan')}</h2>
<div class="content"><div class="view view-tin-lien-quan"><div class="view-content"><div class="item-list"><ul>
{rel}
</ul></div></div></div></div>
</div>"""
    side = "\n".join([
        side_box("Tin mới", news_items(base + "/node", x["seed"], 10,
                                       "{d:02d}/{m:02d}/{y} - {hh:02d}:{mi:02d}", "", 1700),
                 "block block-views"),
        side_box("Xem nhiều", news_items(base + "/node", x["seed"] + 4, 8,
                                         "({d:02d}/{m:02d}/{y})", "", 1500), "block block-views"),
        docs_box(base),
        f'<div class="block"><h2>Liên kết</h2>{select_links()}</div>',
    ])
    header = f"""<div id="header"><div class="section clearfix">
<a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Trang chủ" /></a>
<div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>{esc(x['site'])}</span></a></strong></div>
<div class="region region-header"><div class="clock">{CLOCK_LONG}</div>
<form action="/search/node" method="post" id="search-block-form"><input type="text" name="search_block_form" title="Nhập từ khóa" />
<input type="submit" value="Tìm kiếm" /><input type="hidden" name="form_id" value="search_block_form" /></form></div>
</div></div>"""
    crumbs = x["crumbs_html"]
    footer = std_footer(x["site"], x["addr"], x["phone"], x["editor"], base, x["licence"])
    return shell(title=a.title, site=x["site"], header=header,
                 menu=menu_items(STD_MENU, base, ""), crumbs=crumbs, main=main, side=side,
                 footer=footer, body_attrs='class="html not-front not-logged-in one-sidebar '
                 f'page-node page-node- page-node-{x["nid"]} node-type-article"',
                 head_extra=(f'<link rel="canonical" href="{a.url}" />\n'
                             f'<link rel="shortlink" href="/node/{x["nid"]}" />\n'
                             '<meta name="Generator" content="Drupal '
                             + ("10 (https://www.drupal.org)" if d8 else "7 (http://drupal.org)")
                             + '" />\n<style type="text/css" media="all">@import url("/modules/'
                             'system/system.base.css?r8x1k2");</style>'),
                 scripts=('<script src="/misc/jquery.js?v=1.4.4"></script>\n<script>jQuery.extend('
                          'Drupal.settings, {"basePath":"\\/","pathPrefix":"",'
                          '"ajaxPageState":{"theme":"bartik"}});</script>\n' + CLOCK_JS))


def drupal_pages() -> list[Art]:
    ls = "https://tuyentruyen.langson.gov.vn"
    c7 = ("Drupal 7 node-article: h1#page-title; span[property='dc:date dc:created'] content ISO "
          "and visible 'Đăng bởi <user> vào …' (the CMS user is NOT the author)")
    p1 = Art(
        family="drupal", slug="langson-hoc-tap-lam-theo-bac",
        url=f"{ls}/node/1973",
        notes=c7 + ("; lead image in field-name-field-image (no caption); body p > em caption; "
                    "'Tags:' taxonomy field; author 'Hoàng Minh' right-aligned; 'Tin liên quan'"
                    " block with dates; D7 breadcrumb with '»'; clock today."),
        title="Lan tỏa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        published="2023-05-12T09:30:00+07:00", category="Tuyên truyền",
        author="Hoàng Minh", lead=None,
        paras=[
            T("""Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, những năm qua các cấp ủy đảng
                trong tỉnh đã cụ thể hóa việc học tập và làm theo Bác thành những việc làm thiết
                thực, gắn với nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị."""),
            T("""Nhiều tập thể, cá nhân trở thành tấm gương sáng như mô hình “Bữa cơm có thịt” ở
                các trường vùng cao, mô hình “Thắp sáng đường quê” của Hội Liên hiệp Phụ nữ, hay
                những đảng viên tự nguyện hiến đất mở đường giao thông nông thôn."""),
            T("""Giai đoạn 2021 - 2023, toàn tỉnh có 1.560 tập thể và hơn 3.000 cá nhân được khen
                thưởng các cấp vì có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong
                cách Hồ Chí Minh."""),
            T("""Thời gian tới, Ban Tuyên giáo Tỉnh ủy tiếp tục tham mưu đổi mới hình thức tuyên
                truyền, phát hiện, bồi dưỡng và nhân rộng các điển hình, tạo sức lan tỏa mạnh mẽ
                trong Đảng bộ và Nhân dân các dân tộc tỉnh."""),
        ],
        images=[
            Img(f"{ls}/sites/default/files/2023-05/hoc-tap-lam-theo-bac.jpg", caption=None,
                after=-1, alt="Học tập và làm theo Bác"),
            Img(f"{ls}/sites/default/files/inline-images/bua-com-co-thit.jpg",
                caption="Mô hình “Bữa cơm có thịt” tại Trường Tiểu học xã Mẫu Sơn", after=1,
                alt="Bữa cơm có thịt"),
        ],
        tags=["Chỉ thị 05", "học tập và làm theo Bác", "điển hình tiên tiến"],
        related=[
            (f"{ls}/node/1950", "Tọa đàm kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh",
             "10/05/2023"),
            (f"{ls}/node/1932", "Tuyên dương điển hình học tập và làm theo Bác năm 2022",
             "21/04/2023"),
        ],
        x={"base": ls, "site": "Trang thông tin tuyên truyền tỉnh Lạng Sơn", "nid": 1973,
           "seed": 16, "iso": "2023-05-12T09:30:00+07:00", "user": "bientap",
           "shown": "T6, 12/05/2023 - 09:30", "views": 876,
           "crumbs_html": ('<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb">'
                           '<a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » '
                           '<a href="/tin-tuc/tuyen-truyen">Tuyên truyền</a></div>'),
           "foot": '<p style="text-align: right;"><strong>Hoàng Minh</strong></p>',
           "addr": "Số 2 đường Hoàng Văn Thụ, thành phố Lạng Sơn", "phone": "0205.3812.512",
           "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "licence": "Giấy phép số 08/GP-TTĐT ngày 03/4/2018"},
    )
    p2 = Art(
        family="drupal", slug="langson-tap-huan-bao-cao-vien-co-so",
        url=f"{ls}/node/2046",
        notes=c7 + ("; field-name-field-tom-tat lead (bold); <p><strong> subhead inside body; "
                    "empty <p>&nbsp;</p>; no tags; 'Tin, ảnh: Nông Hà' -> author + "
                    "photographer; related block heading 'Tin khác'; no images with caption."),
        title="Tập huấn nghiệp vụ cho báo cáo viên cơ sở năm 2023",
        published="2023-08-24T14:00:00+07:00", category="Hoạt động tuyên giáo",
        author="Nông Hà", photographer="Nông Hà",
        lead=T("""Trong 2 ngày 23 và 24/8, Ban Tuyên giáo Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ
            cho gần 200 báo cáo viên, tuyên truyền viên cơ sở."""),
        paras=[
            T("""Các học viên được truyền đạt các chuyên đề về kỹ năng nói trước công chúng, kỹ
                năng nắm bắt dư luận xã hội ở cơ sở và phương pháp xử lý thông tin trên mạng xã
                hội."""),
            ("h", "Đổi mới cách truyền đạt"),
            T("""Giảng viên đề nghị báo cáo viên cơ sở sử dụng ngôn ngữ giản dị, gần gũi, lồng
                ghép tiếng dân tộc khi tuyên truyền ở thôn, bản vùng cao; tận dụng nhóm Zalo của
                thôn để chia sẻ thông tin chính thống."""),
            T("""Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài thu hoạch; nhiều học viên
                đăng ký xây dựng mô hình “Tổ tuyên truyền thôn bản” tại địa phương."""),
        ],
        images=[Img(f"{ls}/sites/default/files/2023-08/tap-huan-bcv.jpg", caption=None,
                    after=-1, alt="Tập huấn báo cáo viên")],
        related=[(f"{ls}/node/2031", "Hội nghị báo cáo viên Tỉnh ủy tháng 8/2023",
                  "15/08/2023")],
        x={"base": ls, "site": "Trang thông tin tuyên truyền tỉnh Lạng Sơn", "nid": 2046,
           "seed": 17, "iso": "2023-08-24T14:00:00+07:00", "user": "admin",
           "shown": "T5, 24/08/2023 - 14:00", "views": 402, "rel_heading": "Tin khác",
           "blank_every": 2,
           "crumbs_html": ('<div class="breadcrumb"><a href="/">Trang chủ</a> » '
                           '<a href="/hoat-dong-tuyen-giao">Hoạt động tuyên giáo</a></div>'),
           "foot": ('<p style="text-align: right;"><strong>Tin, ảnh:</strong> Nông Hà</p>'),
           "addr": "Số 2 đường Hoàng Văn Thụ, thành phố Lạng Sơn", "phone": "0205.3812.512",
           "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "licence": "Giấy phép số 08/GP-TTĐT ngày 03/4/2018"},
    )
    lc = "https://tuyengiao.laichau.gov.vn"
    p3 = Art(
        family="drupal", slug="laichau-d10-giam-sat-dang-vien",
        url=f"{lc}/tin-tuc/uy-ban-kiem-tra-tinh-uy-giam-sat-dang-vien-chap-hanh-dieu-le",
        notes=("Drupal 10 article.node--type-article: created shown in <time datetime> in UTC "
               "('2024-06-18T03:15:00Z' = 10:15 +07:00, visible 'T3, 18/06/2024 - 10:15'); "
               "'Gửi bởi bientap' is the CMS user, not author; field--name-field-sapo lead; "
               "figure/figcaption caption; 'Từ khóa' field tags; author 'Đức Anh - Thu Hằng' "
               "-> 'Đức Anh, Thu Hằng'; no breadcrumb category -> from crumbs list."),
        title="Ủy ban Kiểm tra Tỉnh ủy giám sát việc chấp hành Điều lệ Đảng",
        published="2024-06-18T10:15:00+07:00", category="Kiểm tra - Giám sát",
        author="Đức Anh, Thu Hằng",
        lead=T("""Từ ngày 10 đến 17/6, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy đã làm việc với
            Ban Thường vụ Huyện ủy Tam Đường về việc chấp hành Điều lệ Đảng."""),
        paras=[
            T("""Nội dung giám sát tập trung vào việc thực hiện nguyên tắc tập trung dân chủ,
                quy chế làm việc, công tác quản lý đảng viên và thu, nộp, quản lý đảng phí của
                Đảng bộ huyện từ năm 2023 đến nay."""),
            T("""Qua giám sát cho thấy, Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo thực hiện
                nghiêm túc các quy định của Điều lệ Đảng; tuy nhiên, việc sinh hoạt chuyên đề ở
                một số chi bộ chưa đều, hồ sơ đảng viên chưa được cập nhật kịp thời."""),
            T("""Đoàn giám sát đề nghị Ban Thường vụ Huyện ủy chỉ đạo khắc phục ngay những hạn
                chế, báo cáo kết quả về Ủy ban Kiểm tra Tỉnh ủy trước ngày 30/7/2024."""),
        ],
        images=[Img(f"{lc}/sites/default/files/inline-images/giam-sat-tam-duong.jpg",
                    caption="Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Tam Đường",
                    after=0, alt="giám sát")],
        tags=["kiểm tra giám sát", "Điều lệ Đảng"],
        related=[(f"{lc}/tin-tuc/ky-hop-thu-18-uy-ban-kiem-tra-tinh-uy",
                  "Kỳ họp thứ 18 Ủy ban Kiểm tra Tỉnh ủy", "05/06/2024")],
        x={"base": lc, "site": "Ban Tuyên giáo Tỉnh ủy Lai Châu", "nid": 3318, "d8": True,
           "seed": 18, "utc": "2024-06-18T03:15:00Z", "user": "bientap",
           "shown": "T3, 18/06/2024 - 10:15", "views": 233,
           "crumbs_html": ('<nav class="breadcrumb" role="navigation"><ol><li><a href="/">Trang '
                           'chủ</a></li><li><a href="/kiem-tra-giam-sat">Kiểm tra - Giám sát</a>'
                           "</li></ol></nav>"),
           "foot": '<p class="text-align-right"><strong>Đức Anh - Thu Hằng</strong></p>',
           "addr": "Phường Đông Phong, thành phố Lai Châu", "phone": "0213.3876.221",
           "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "licence": "Giấy phép số 02/GP-TTĐT ngày 10/01/2022", "style": "justify"},
    )
    return [p1, p2, p3]


# ---------------------------------------------------------------- joomla_k2
def render_joomla_k2(a: Art) -> str:
    x = a.x
    base = x["base"]

    def img_html(img: Img) -> str:
        src = img.src.replace(base, "")
        out = (f'<p style="text-align: center;"><img src="{src}" alt="{attr(img.alt)}" '
               'width="640" height="427" /></p>')
        if img.caption:
            out += f'\n<p style="text-align: center;"><em>{cap_markup(img)}</em></p>'
        return out

    lead_img = next((i for i in a.images if i.after == -1), None)
    image_block = ""
    if lead_img:
        src = lead_img.src.replace(base, "")
        credits = (f'<span class="itemImageCredits">{esc(x["credits"])}</span>'
                   if x.get("credits") else "")
        image_block = f"""<div class="itemImageBlock">
<span class="itemImage"><a class="modal" rel="{{handler: 'image'}}" href="{src.replace('_L.jpg', '_XL.jpg')}" title="Bấm để xem ảnh lớn">
<img src="{src}" alt="{attr(lead_img.alt)}" style="width:600px; height:auto;" /></a></span>
<div class="clr"></div>
<span class="itemImageCaption">{cap_markup(lead_img)}</span>
{credits}
<div class="clr"></div>
</div>"""
    intro = (f'<div class="itemIntroText"><p>{esc(a.lead)}</p></div>' if a.lead else "")
    body = body_html(a, x.get("style", "justify"), img_html)
    tags = ""
    if a.tags:
        tags = ('<div class="itemTagsBlock"><span>Từ khóa</span><ul class="itemTags">'
                + "".join(f'<li><a href="/home/index.php/tag/{attr(slugify(t))}">{esc(t)}</a></li>'
                          for t in a.tags) + '</ul><div class="clr"></div></div>')
    rel = "\n".join(
        f'<li class="{"even" if i % 2 == 0 else "odd"}"><a class="itemRelTitle" '
        f'href="{u.replace(base, "")}">{esc(t)}</a> <span class="itemRelDate">({d})</span></li>'
        for i, (u, t, d) in enumerate(a.related))
    main = f"""<span id="startOfPageId{x['id']}"></span>
<div id="k2Container" class="itemView itemIsFeatured">
<div class="itemHeader">
<span class="itemDateCreated">{x['shown']}</span>
<h2 class="itemTitle">{esc(a.title)}</h2>
</div>
<div class="itemToolbar"><ul>
<li><span class="itemTextResizerTitle">Cỡ chữ</span>
<a href="#" id="fontDecrease">giảm cỡ chữ</a> <a href="#" id="fontIncrease">tăng cỡ chữ</a></li>
<li><a class="itemPrintLink" rel="nofollow" href="/home/index.php/item/{x['id']}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600');return false;"><span>In</span></a></li>
<li><a class="itemEmailLink" rel="nofollow" href="/home/index.php/component/mailto/?tmpl=component&amp;link={x['mailhash']}"><span>E-mail</span></a></li>
</ul><div class="clr"></div></div>
<div class="itemRatingBlock"><span>Đánh giá bài viết</span><div class="itemRatingForm">
<ul class="itemRatingList"><li class="itemCurrentRating" style="width:80%;"></li>
<li><a href="#" title="1 sao trên 5" class="one-star">1</a></li><li><a href="#" title="2 sao trên 5" class="two-stars">2</a></li>
<li><a href="#" title="3 sao trên 5" class="three-stars">3</a></li><li><a href="#" title="4 sao trên 5" class="four-stars">4</a></li>
<li><a href="#" title="5 sao trên 5" class="five-stars">5</a></li></ul>
<div id="itemRatingLog{x['id']}" class="itemRatingLog">({x['votes']} bình chọn)</div></div></div>
<div class="itemBody js-font-box">
{image_block}
{intro}
<div class="itemFullText">
{body}
{x.get('foot', '')}
</div>
<div class="clr"></div>
</div>
<div class="itemLinks">
<div class="itemHitsTwitter"><span class="itemHits">{x['hits']} Lượt xem</span></div>
{tags}
</div>
<div class="itemSocialSharing"><div class="itemFacebookButton"><div class="fb-like" data-href="{a.url}" data-layout="button_count"></div></div></div>
<div class="itemRelated">
<h3>{x.get('rel_heading', 'Bài viết khác')}</h3>
<ul>
{rel}
</ul>
<div class="clr"></div>
</div>
<div class="itemBackToTop"><a class="k2Anchor" href="#startOfPageId{x['id']}">Về đầu trang</a></div>
</div>"""
    side = "\n".join([
        side_box("Tin mới", news_items(base + "/home/index.php/item", x["seed"], 10,
                                       "{hh:02d}:{mi:02d} {d:02d}/{m:02d}/{y}", ".html", 4100),
                 "moduletable"),
        side_box("Đọc nhiều nhất", news_items(base + "/home/index.php/item", x["seed"] + 8, 8,
                                              "{views} Lượt xem", ".html", 3900), "moduletable"),
        docs_box(base),
        f'<div class="moduletable"><h3>Liên kết</h3>{select_links()}</div>',
    ])
    header = f"""<div id="header"><div class="logo"><a href="/home/"><img src="/home/images/logo.png" alt="{attr(x['site'])}"></a></div>
<div class="header-date">{CLOCK_LONG}</div>
<form action="/home/index.php" method="post" class="search"><input name="searchword" type="text" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div>"""
    crumbs = ('<div class="breadcrumbs"><span class="showHere">Bạn đang ở: </span>'
              '<a href="/home/" class="pathway">Trang chủ</a> <span class="divider">/</span> '
              + " <span class=\"divider\">/</span> ".join(
                  f'<a href="/home/index.php/{slugify(c)}" class="pathway">{esc(c)}</a>'
                  for c in x["crumbs"]) + "</div>")
    footer = std_footer(x["site"], x["addr"], x["phone"], x["editor"], base, x["licence"])
    return shell(title=a.title, site=x["site"], header=header,
                 menu=menu_items(STD_MENU, base + "/home/index.php", ""), crumbs=crumbs,
                 main=main, side=side, footer=footer,
                 head_extra=('<meta name="generator" content="Joomla! - Open Source Content '
                             'Management" />\n<link href="/home/components/com_k2/css/k2.css?v=2.10.3"'
                             ' rel="stylesheet" />\n'
                             f'<meta property="og:title" content="{attr(a.title)}" />\n'
                             + (f'<meta name="description" content="{attr(a.lead)}" />'
                                if a.lead else "")),
                 scripts=('<script src="/home/media/jui/js/jquery.min.js?v=3.9"></script>\n'
                          '<script src="/home/components/com_k2/js/k2.frontend.js?v=2.10.3&amp;'
                          'sitepath=/home/"></script>\n' + CLOCK_JS + "\n" + SHARE_JS))


def k2_pages() -> list[Art]:
    ll = "http://lyluanchinhtri.vn"
    p1 = Art(
        family="joomla_k2", slug="llct-xay-dung-dang-ve-dao-duc",
        url=f"{ll}/home/index.php/thuc-tien/item/3672-xay-dung-dang-ve-dao-duc-trong-giai-doan-hien-nay.html",
        notes=("K2 itemView: itemDateCreated 'Thứ tư, 08 Tháng 9 2021 15:09' (month word); "
               "h2.itemTitle; itemImageBlock with itemImageCaption (no credits); itemIntroText "
               "lead keeps its '(LLCT) -' prefix; itemFullText body with <p><strong> subheads; "
               "closing right-aligned author in upper case + <br> + unit in <em> -> author "
               "'NGUYỄN THỊ HẢI YẾN', author_unit 'Học viện Chính trị khu vực I'; '24114 Lượt "
               "xem'; rating '(17 bình chọn)'; itemRelated 'Bài viết khác' with dates; sidebar "
               "'HH:MM dd/mm/yyyy'; clock today."),
        title="Xây dựng Đảng về đạo đức trong giai đoạn hiện nay",
        published="2021-09-08T15:09:00+07:00", category="Thực tiễn",
        author="NGUYỄN THỊ HẢI YẾN", author_unit="Học viện Chính trị khu vực I",
        lead=T("""(LLCT) - Xây dựng Đảng về đạo đức là một trong những nội dung quan trọng được
            Đại hội XIII của Đảng xác định. Bài viết làm rõ yêu cầu và đề xuất một số giải pháp
            xây dựng Đảng về đạo đức trong giai đoạn hiện nay."""),
        paras=[
            ("h", "1. Yêu cầu xây dựng Đảng về đạo đức"),
            T("""Chủ tịch Hồ Chí Minh khẳng định: “Đảng ta là đạo đức, là văn minh”. Đạo đức cách
                mạng là nền tảng, là gốc của người cán bộ, đảng viên; là cơ sở để Đảng giữ vững
                niềm tin của Nhân dân và hoàn thành vai trò lãnh đạo."""),
            T("""Văn kiện Đại hội XIII của Đảng lần đầu tiên đặt xây dựng Đảng về đạo đức ngang
                hàng với xây dựng Đảng về chính trị, tư tưởng, tổ chức và cán bộ, thể hiện nhận
                thức mới về vị trí, vai trò của đạo đức trong công tác xây dựng Đảng."""),
            ("h", "2. Một số giải pháp chủ yếu"),
            T("""Một là, nâng cao nhận thức của cán bộ, đảng viên về vai trò của đạo đức cách
                mạng. Hai là, thực hiện nghiêm trách nhiệm nêu gương của người đứng đầu. Ba là,
                tăng cường kiểm tra, giám sát, kiên quyết xử lý những biểu hiện suy thoái về đạo
                đức, lối sống."""),
            T("""Bốn là, phát huy vai trò của Nhân dân, Mặt trận Tổ quốc và các đoàn thể chính
                trị - xã hội trong giám sát đạo đức, lối sống của cán bộ, đảng viên ở nơi công tác
                và nơi cư trú."""),
        ],
        images=[Img(f"{ll}/home/media/k2/items/cache/8a4f2c1e9b7d3a5f6e0c2b1a4d3e5f6a_L.jpg",
                    caption="Ảnh minh họa: Hội nghị toàn quốc về công tác xây dựng Đảng",
                    after=-1, alt="Xây dựng Đảng về đạo đức")],
        related=[
            (f"{ll}/home/index.php/thuc-tien/item/3650-nang-cao-nang-luc-lanh-dao-cua-to-chuc-co-so-dang.html",
             "Nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng", "25/08/2021"),
            (f"{ll}/home/index.php/thuc-tien/item/3611-cong-tac-can-bo-theo-tinh-than-dai-hoi-xiii.html",
             "Công tác cán bộ theo tinh thần Đại hội XIII của Đảng", "10/08/2021"),
        ],
        x={"base": ll, "site": "Tạp chí Lý luận chính trị", "id": 3672, "seed": 19,
           "shown": "Thứ tư, 08 Tháng 9 2021 15:09", "hits": 24114, "votes": 17,
           "mailhash": "a2f3c4d5e6", "crumbs": ["Thực tiễn"],
           "foot": ('<p style="text-align: right;"><strong>NGUYỄN THỊ HẢI YẾN</strong><br />'
                    "<em>Học viện Chính trị khu vực I</em></p>"),
           "addr": "135 Nguyễn Phong Sắc, Cầu Giấy, Hà Nội", "phone": "024.38348.033",
           "editor": "Tổng Biên tập", "licence": "Giấy phép số 380/GP-BTTTT ngày 17/7/2020"},
    )
    nb = "https://tuyengiaoninhbinh.vn"
    p2 = Art(
        family="joomla_k2", slug="ninhbinh-sinh-hoat-chi-bo-chuyen-de",
        url=f"{nb}/home/index.php/xay-dung-dang/item/1184-chi-bo-khu-pho-5-sinh-hoat-chuyen-de.html",
        notes=("K2 with date only 'Thứ hai, 14 Tháng 3 2022' (DATE_FORMAT_LC1, no time -> "
               "YYYY-MM-DD); no image block, no intro text (lead null); body with &nbsp; "
               "indents; author 'PV' kept; 'Lượt xem' count; tags block 'Từ khóa'; related."),
        title="Chi bộ khu phố 5 sinh hoạt chuyên đề về xây dựng nếp sống văn minh",
        published="2022-03-14", category="Xây dựng Đảng", author="PV", lead=None,
        paras=[
            T("""Chi bộ khu phố 5, phường Đông Thành, thành phố Ninh Bình vừa tổ chức buổi sinh
                hoạt chuyên đề “Đảng viên gương mẫu xây dựng nếp sống văn minh đô thị”."""),
            T("""Tại buổi sinh hoạt, các đảng viên thảo luận về thực trạng lấn chiếm vỉa hè, để
                rác không đúng nơi quy định và đề ra giải pháp: mỗi đảng viên phụ trách một nhóm
                hộ, vận động Nhân dân ký cam kết thực hiện quy ước khu phố."""),
            T("""Chi bộ thống nhất đưa kết quả thực hiện vào tiêu chí đánh giá, xếp loại đảng viên
                cuối năm và biểu dương kịp thời những hộ gia đình làm tốt."""),
        ],
        tags=["sinh hoạt chuyên đề", "nếp sống văn minh"],
        related=[(f"{nb}/home/index.php/xay-dung-dang/item/1170-dang-bo-phuong-dong-thanh-ket-nap-dang-vien.html",
                  "Đảng bộ phường Đông Thành kết nạp đảng viên mới", "02/03/2022")],
        x={"base": nb, "site": "Ban Tuyên giáo Tỉnh ủy Ninh Bình", "id": 1184, "seed": 20,
           "shown": "Thứ hai, 14 Tháng 3 2022", "hits": 652, "votes": 4,
           "mailhash": "b7c8d9e0f1", "crumbs": ["Xây dựng Đảng"], "style": "nbsp",
           "foot": '<p style="text-align: right;"><strong>PV</strong></p>',
           "addr": "Đường Lê Hồng Phong, thành phố Ninh Bình", "phone": "0229.3871.145",
           "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "licence": "Giấy phép số 05/GP-TTĐT ngày 19/02/2019"},
    )
    p3 = Art(
        family="joomla_k2", slug="ninhbinh-hoi-nghi-dan-van-khoi",
        url=f"{nb}/home/index.php/dan-van/item/1322-hoi-nghi-cong-tac-dan-van-nam-2022.html",
        notes=("K2: 'Thứ năm, 22 Tháng 12 2022 16:30'; itemImageCaption plus itemImageCredits "
               "'Ảnh: Thống Nhất' -> photographer 'Thống Nhất' (not author); intro lead; a body "
               "image with p > em caption; closing 'Mai Anh' author; no tags."),
        title="Hội nghị tổng kết công tác dân vận năm 2022",
        published="2022-12-22T16:30:00+07:00", category="Dân vận",
        author="Mai Anh", photographer="Thống Nhất",
        lead=T("""Chiều 22/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm
            2022, triển khai nhiệm vụ năm 2023."""),
        paras=[
            T("""Năm 2022, công tác dân vận của hệ thống chính trị tỉnh có nhiều đổi mới; các cấp
                ủy đã tổ chức 312 cuộc đối thoại với Nhân dân, giải quyết dứt điểm nhiều kiến nghị
                tồn đọng về đất đai, môi trường."""),
            T("""Phong trào thi đua “Dân vận khéo” tiếp tục lan tỏa với 1.046 mô hình được công
                nhận, trong đó nhiều mô hình gắn với xây dựng nông thôn mới nâng cao và kiểu
                mẫu."""),
            T("""Hội nghị đã khen thưởng 20 tập thể, 25 cá nhân có thành tích xuất sắc trong công
                tác dân vận năm 2022."""),
        ],
        images=[
            Img(f"{nb}/home/media/k2/items/cache/3c9e1d2f4a5b6c7d8e9f0a1b2c3d4e5f_L.jpg",
                caption="Quang cảnh hội nghị tổng kết công tác dân vận năm 2022", after=-1,
                alt="Hội nghị dân vận"),
            Img(f"{nb}/home/images/2022/12/khen-thuong-dan-van.jpg",
                caption="Trao Bằng khen cho các tập thể xuất sắc", after=1, alt="khen thưởng"),
        ],
        related=[(f"{nb}/home/index.php/dan-van/item/1298-tap-huan-cong-tac-dan-van.html",
                  "Tập huấn nghiệp vụ công tác dân vận năm 2022", "30/11/2022")],
        x={"base": nb, "site": "Ban Tuyên giáo Tỉnh ủy Ninh Bình", "id": 1322, "seed": 21,
           "shown": "Thứ năm, 22 Tháng 12 2022 16:30", "hits": 1187, "votes": 6,
           "credits": "Ảnh: Thống Nhất",
           "mailhash": "c1d2e3f4a5", "crumbs": ["Dân vận"],
           "foot": '<p style="text-align: right;"><strong>Mai Anh</strong></p>',
           "addr": "Đường Lê Hồng Phong, thành phố Ninh Bình", "phone": "0229.3871.145",
           "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "licence": "Giấy phép số 05/GP-TTĐT ngày 19/02/2019"},
    )
    return [p1, p2, p3]


# ---------------------------------------------------------------- wordpress
def render_wordpress(a: Art) -> str:
    x = a.x
    base = x["base"]

    def img_html(img: Img) -> str:
        if x.get("classic"):
            cap = f'<p class="wp-caption-text">{cap_markup(img)}</p>' if img.caption else ""
            return (f'<div id="attachment_{x["pid"] + img.width}" style="width: 710px" '
                    'class="wp-caption aligncenter"><img aria-describedby="caption-attachment" '
                    f'decoding="async" class="size-large wp-image-{x["pid"] + img.width}" '
                    f'src="{img.src}" alt="{attr(img.alt)}" width="700" height="466" '
                    f'srcset="{img.src} 700w, {img.src.replace(".jpg", "-300x200.jpg")} 300w" '
                    f'sizes="(max-width: 700px) 100vw, 700px" />{cap}</div>')
        cap = (f'<figcaption class="wp-element-caption">{cap_markup(img)}</figcaption>'
               if img.caption else "")
        return (f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy"'
                f' width="1024" height="683" src="{img.src}" alt="{attr(img.alt)}" '
                f'class="wp-image-{x["pid"] + img.width}"/>{cap}</figure>')

    body = "\n".join([img_html(i) for i in a.images if i.after == -1]
                     + [body_html(a, x.get("style", "plain"), img_html)])
    if a.lead:
        body = f"<p><strong>{esc(a.lead)}</strong></p>\n" + body
    tags = ""
    if a.tags:
        tags = ('<span class="tags-links"><span class="screen-reader-text">Thẻ </span>Từ khóa: '
                + ", ".join(f'<a href="{base}/tag/{t.lower().replace(" ", "-")}/" rel="tag">'
                            f"{esc(t)}</a>" for t in a.tags) + "</span>")
    rel = "\n".join(
        f'<li class="related-post"><a href="{u}" rel="bookmark">{esc(t)}</a> '
        f'<span class="related-date">({d})</span></li>' for u, t, d in a.related)
    byline = (f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" '
              f'href="{base}/author/{slugify(a.author or "")}/">{esc(a.author or "")}</a></span>'
              "</span>" if x.get("vcard") else "")
    upd_iso = a.updated or x["iso"]
    upd_vis = (f'<span class="updated-on"> - Cập nhật: {x["upd_shown"]}</span>'
               if a.updated else "")
    main = f"""<main id="main" class="site-main">
<article id="post-{x['pid']}" class="post-{x['pid']} post type-post status-publish format-standard has-post-thumbnail hentry category-{slugify(a.category or '')}">
<header class="entry-header">
<span class="cat-links"><a href="{base}/category/{slugify(a.category or '')}/" rel="category tag">{esc(a.category or '')}</a></span>
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta">
<span class="posted-on"><a href="{a.url}" rel="bookmark"><time class="entry-date published" datetime="{x['iso']}">{x['shown']}</time><time class="updated" datetime="{upd_iso}">{x.get('upd_shown', x['shown'])}</time></a></span>{upd_vis}{byline}
<span class="post-views">{x['views']} lượt xem</span>
</div>
</header>
<div class="entry-content js-font-box">
{body}
{x.get('foot', '')}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3>
<ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="{a.url}?share=facebook" target="_blank"><span>Facebook</span></a></li>
<li class="share-print"><a rel="nofollow" class="share-print sd-button" href="{a.url}#print"><span>In</span></a></li>
<li class="share-email"><a rel="nofollow" class="share-email sd-button" href="mailto:?subject={attr(a.title)}"><span>Email</span></a></li></ul></div>
</div>
<footer class="entry-footer">{tags}</footer>
</article>
<div class="related-posts"><h3 class="related-title">Bài viết liên quan</h3>
<ul>
{rel}
</ul></div>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Điều hướng bài viết</h2>
<div class="nav-links"><div class="nav-previous"><a href="{base}/?p={x['pid'] - 3}" rel="prev">Bài trước</a></div>
<div class="nav-next"><a href="{base}/?p={x['pid'] + 5}" rel="next">Bài tiếp theo</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<textarea id="comment" name="comment" cols="45" rows="8"></textarea><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></form></div></div>
</main>"""
    side = "\n".join([
        side_box("Bài viết mới", news_items(base, x["seed"], 10, "{d:02d}/{m:02d}/{y}", "/", 900),
                 "widget widget_recent_entries"),
        side_box("Xem nhiều", news_items(base, x["seed"] + 6, 8, "{views} lượt xem", "/", 700),
                 "widget widget_top-posts"),
        docs_box(base),
        '<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>'
        + "".join(f'<li><a href="{base}/2026/{m:02d}/">Tháng {m} 2026</a></li>'
                  for m in range(11, 0, -1)) + "</ul></section>",
    ])
    header = f"""<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><div class="top-bar"><span class="current-date">{CLOCK_LONG}</span></div>
<div class="site-branding"><a href="{base}/" class="custom-logo-link" rel="home"><img src="{base}/wp-content/uploads/2021/03/logo.png" class="custom-logo" alt="{attr(x['site'])}" /></a>
<p class="site-title"><a href="{base}/" rel="home">{esc(x['site'])}</a></p></div></header>"""
    crumbs = (f'<div class="breadcrumbs"><span><a href="{base}/">Trang chủ</a></span> » '
              f'<span><a href="{base}/category/{slugify(a.category or "")}/">'
              f'{esc(a.category or "")}</a></span> » <span class="breadcrumb_last">'
              f"{esc(a.title)}</span></div>")
    footer = std_footer(x["site"], x["addr"], x["phone"], x["editor"], base, x["licence"])
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": a.title, "datePublished": x["iso"],
         "dateModified": upd_iso, "articleSection": [a.category],
         "mainEntityOfPage": {"@id": a.url}, "inLanguage": "vi"},
        {"@type": "WebSite", "url": base + "/", "name": x["site"]}]}, ensure_ascii=False)
    return shell(title=a.title, site=x["site"], header=header,
                 menu=menu_items(STD_MENU, base + "/category", "/"), crumbs=crumbs, main=main,
                 side=side, footer=footer,
                 body_attrs=f'class="post-template-default single single-post postid-{x["pid"]}"',
                 head_extra=(f'<link rel="canonical" href="{a.url}" />\n'
                             f'<meta property="og:type" content="article" />\n'
                             f'<meta property="og:title" content="{attr(a.title)}" />\n'
                             f'<meta property="article:published_time" content="{x["iso"]}" />\n'
                             f'<meta property="article:modified_time" content="{upd_iso}" />\n'
                             f'<script type="application/ld+json" class="yoast-schema-graph">{ld}'
                             "</script>\n<meta name=\"generator\" content=\"WordPress 6.4.3\" />\n"
                             f"<link rel='stylesheet' href='{base}/wp-includes/css/dist/"
                             "block-library/style.min.css?ver=6.4.3' media='all' />"),
                 scripts=(f"<script src='{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1'>"
                          "</script>\n" + SHARE_JS + "\n" + ANALYTICS))


def wp_pages() -> list[Art]:
    tg = "https://tuyengiaotiengiang.vn"
    p1 = Art(
        family="wordpress", slug="tiengiang-hoi-thi-bao-cao-vien-gioi",
        url=f"{tg}/hoi-thi-bao-cao-vien-gioi-cap-tinh-nam-2024/",
        notes=("WordPress: h1.entry-title; time.entry-date.published[datetime] ISO while the "
               "visible text is date only (time taken from datetime); time.updated equals "
               "published -> updated_at null; figure/figcaption block images; tags link to raw "
               "Unicode /tag/ slugs; 'Bài viết liên quan' with dates; prev/next nav and comment "
               "form are not related; 'Nguồn: Ban Tuyên giáo Tỉnh ủy' -> source; author 'Thúy "
               "Hằng' in a closing strong paragraph; breadcrumb_last is the title (category = "
               "previous crumb)."),
        title="Hội thi Báo cáo viên giỏi cấp tỉnh năm 2024",
        published="2024-07-15T08:20:11+07:00", category="Tin hoạt động",
        author="Thúy Hằng", source="Ban Tuyên giáo Tỉnh ủy", lead=None,
        paras=[
            T("""Ngày 15/7, Ban Tuyên giáo Tỉnh ủy Tiền Giang khai mạc Hội thi Báo cáo viên giỏi
                cấp tỉnh năm 2024 với sự tham gia của 22 thí sinh đến từ các huyện, thị, thành ủy
                và đảng ủy trực thuộc Tỉnh ủy."""),
            T("""Hội thi nhằm nâng cao kỹ năng tuyên truyền miệng, khả năng nắm bắt và định hướng
                dư luận xã hội của đội ngũ báo cáo viên; qua đó phát hiện, bồi dưỡng nhân tố mới
                cho đội ngũ báo cáo viên Tỉnh ủy."""),
            T("""Mỗi thí sinh trải qua hai phần thi: trình bày bài thuyết trình tự chọn về các
                chuyên đề học tập nghị quyết và trả lời câu hỏi tình huống do Ban Giám khảo đưa
                ra."""),
            T("""Kết quả, Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến
                khích; thí sinh đạt giải Nhất sẽ đại diện tỉnh tham gia hội thi khu vực."""),
        ],
        images=[
            Img(f"{tg}/wp-content/uploads/2024/07/hoi-thi-bcv-1-1024x683.jpg",
                caption="Thí sinh trình bày phần thi thuyết trình", after=1,
                alt="Hội thi báo cáo viên", width=11),
            Img(f"{tg}/wp-content/uploads/2024/07/hoi-thi-bcv-2-1024x683.jpg",
                caption="Ban Tổ chức trao giải cho các thí sinh", after=3, alt="Trao giải",
                width=12),
        ],
        tags=["báo cáo viên", "hội thi", "tuyên giáo"],
        related=[
            (f"{tg}/hoi-nghi-bao-cao-vien-thang-6-nam-2024/",
             "Hội nghị báo cáo viên tháng 6 năm 2024", "20/06/2024"),
            (f"{tg}/tap-huan-ky-nang-tuyen-truyen-mieng/",
             "Tập huấn kỹ năng tuyên truyền miệng cho báo cáo viên cơ sở", "05/06/2024"),
        ],
        x={"base": tg, "site": "Ban Tuyên giáo Tỉnh ủy Tiền Giang", "pid": 21488, "seed": 22,
           "iso": "2024-07-15T08:20:11+07:00", "shown": "15/07/2024", "views": 318,
           "foot": ('<p style="text-align: right;"><strong>Thúy Hằng</strong></p>\n'
                    '<p style="text-align: right;"><em>Nguồn: Ban Tuyên giáo Tỉnh ủy</em></p>'),
           "addr": "Số 23 Hùng Vương, Phường 1, thành phố Mỹ Tho", "phone": "0273.3872.540",
           "editor": "Trưởng Ban Tuyên giáo Tỉnh ủy",
           "licence": "Giấy phép số 17/GP-TTĐT ngày 26/3/2021"},
    )
    tb = "https://kinhtethaibinh.family.blog"
    p2 = Art(
        family="wordpress", slug="thaibinh-dang-bo-xa-kien-toan-chi-bo",
        url=f"{tb}/2024/03/18/dang-bo-xa-vu-hoi-kien-toan-chi-bo-thon/",
        notes=("Classic-editor WordPress: wp-caption div with p.wp-caption-text; the post "
               "author in span.author.vcard is the journalist 'Thanh Tâm' (no closing byline); "
               "visible 'Cập nhật: 20/03/2024 16:05' plus time.updated distinct from published "
               "-> updated_at; bold first paragraph is the lead; no tags; 'Bài viết liên quan'."),
        title="Đảng bộ xã Vũ Hội kiện toàn chi bộ thôn sau sáp nhập",
        published="2024-03-18T09:12:00+07:00", updated="2024-03-20T16:05:00+07:00",
        category="Xây dựng Đảng", author="Thanh Tâm",
        lead=T("""Sau khi sáp nhập thôn, Đảng bộ xã Vũ Hội, huyện Vũ Thư đã kịp thời kiện toàn tổ
            chức, bộ máy các chi bộ, bảo đảm hoạt động ổn định, không gián đoạn."""),
        paras=[
            T("""Đảng ủy xã đã ban hành quyết định hợp nhất 8 chi bộ thôn thành 4 chi bộ, chỉ định
                chi ủy lâm thời và phân công đảng ủy viên trực tiếp dự sinh hoạt để hướng dẫn
                nghiệp vụ."""),
            T("""Các chi bộ mới đã xây dựng quy chế làm việc, chương trình công tác toàn khóa, rà
                soát danh sách đảng viên miễn sinh hoạt, bảo đảm việc quản lý đảng viên chặt chẽ
                sau sáp nhập."""),
            T("""Đồng chí Bí thư Đảng ủy xã cho biết, trước mắt các chi bộ tập trung vận động Nhân
                dân thực hiện các công trình phúc lợi chung, giữ gìn đoàn kết trong khu dân cư
                mới."""),
        ],
        images=[Img(f"{tb}/wp-content/uploads/2024/03/vu-hoi-chi-bo.jpg",
                    caption="Chi bộ thôn Đông sinh hoạt lần đầu sau khi hợp nhất", after=0,
                    alt="chi bộ thôn", width=5)],
        related=[(f"{tb}/2024/03/02/vu-thu-sap-xep-thon-to-dan-pho/",
                  "Vũ Thư hoàn thành sắp xếp thôn, tổ dân phố", "02/03/2024")],
        x={"base": tb, "site": "Kinh tế Thái Bình", "pid": 5921, "seed": 23, "classic": True,
           "vcard": True, "iso": "2024-03-18T09:12:00+07:00", "shown": "18/03/2024 09:12",
           "upd_shown": "20/03/2024 16:05", "views": 144,
           "addr": "Thành phố Thái Bình, tỉnh Thái Bình", "phone": "0227.3831.222",
           "editor": "Ban biên tập", "licence": "Trang thông tin cá nhân", "style": "justify"},
    )
    tn = "https://tuyengiaotayninh.vn"
    p3 = Art(
        family="wordpress", slug="tayninh-nfd-ban-thuong-vu-tinh-uy",
        url=f"{tn}/ban-thuong-vu-tinh-uy-lam-viec-voi-dang-uy-khoi-co-quan/",
        notes=("Whole page typed as NFD (decomposed 'Unicode tổ hợp'): expected values are NFC; "
               "old tone placement 'uỷ', 'hoà', 'thuỷ' kept as printed (NFC does not change it);"
               " figure/figcaption; tags; 'Theo Báo Tây Ninh' -> source; author 'Thanh Hoà'; "
               "visible date '25/10/2023 - 14:30'."),
        title="Ban Thường vụ Tỉnh uỷ làm việc với Đảng uỷ Khối các cơ quan và doanh nghiệp tỉnh",
        published="2023-10-25T14:30:00+07:00", category="Thời sự",
        author="Thanh Hoà", source="Báo Tây Ninh", lead=None,
        paras=[
            T("""Chiều 24/10, đồng chí Bí thư Tỉnh uỷ chủ trì buổi làm việc của Ban Thường vụ Tỉnh
                uỷ với Ban Thường vụ Đảng uỷ Khối các cơ quan và doanh nghiệp tỉnh về kết quả thực
                hiện nhiệm vụ 9 tháng năm 2023."""),
            T("""Báo cáo cho thấy, Đảng uỷ Khối đã lãnh đạo các tổ chức cơ sở đảng hoàn thành tốt
                nhiệm vụ chính trị; công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực
                nhà nước có chuyển biến, kết nạp 127 đảng viên mới."""),
            T("""Đồng chí Bí thư Tỉnh uỷ đề nghị Đảng uỷ Khối tiếp tục nâng cao chất lượng sinh
                hoạt chi bộ, xây dựng khối đoàn kết, hoà hợp trong từng cơ quan; quan tâm công tác
                thuỷ lợi, bảo vệ môi trường tại các doanh nghiệp sản xuất."""),
        ],
        images=[Img(f"{tn}/wp-content/uploads/2023/10/btv-tinh-uy-lam-viec-dang-uy-khoi.jpg",
                    caption="Bí thư Tỉnh uỷ phát biểu kết luận buổi làm việc", after=0,
                    alt="Bí thư Tỉnh uỷ", width=7)],
        tags=["Tỉnh uỷ", "Đảng uỷ Khối"],
        related=[(f"{tn}/hoi-nghi-tinh-uy-lan-thu-15-khoa-xi/",
                  "Hội nghị Tỉnh uỷ lần thứ 15 khoá XI", "12/10/2023")],
        x={"base": tn, "site": "Ban Tuyên giáo Tỉnh uỷ Tây Ninh", "pid": 33107, "seed": 24,
           "nfd": True, "iso": "2023-10-25T14:30:00+07:00", "shown": "25/10/2023 - 14:30",
           "views": 207,
           "foot": ('<p style="text-align: right;"><strong>Thanh Hoà</strong></p>\n'
                    '<p style="text-align: right;"><em>Theo Báo Tây Ninh</em></p>'),
           "addr": "Số 2 Nguyễn Chí Thanh, Phường 3, thành phố Tây Ninh", "phone": "0276.3822.191",
           "editor": "Trưởng Ban Tuyên giáo Tỉnh uỷ",
           "licence": "Giấy phép số 09/GP-TTĐT ngày 14/5/2019"},
    )
    return [p1, p2, p3]


# ---------------------------------------------------------------- main
FAMILIES: list[tuple[Callable[[], list[Art]], Callable[[Art], str]]] = [
    (aspnet_ad_pages, render_aspnet_articledetail),
    (aspnet_table_pages, render_aspnet_table),
    (dcs_pages, render_dcs_detailview),
    (sphere_pages, render_sphere),
    (vhv_pages, render_vhv),
    (drupal_pages, render_drupal),
    (k2_pages, render_joomla_k2),
    (wp_pages, render_wordpress),
]


def main() -> None:
    for pages, render in FAMILIES:
        for a in pages():
            enc = "cp1258" if "1258" in a.content_type else "utf-8"
            write(a, render(a), encoding=enc, nfd=bool(a.x.get("nfd")))


if __name__ == "__main__":
    main()
