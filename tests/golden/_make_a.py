# ruff: noqa: E501  -- long Vietnamese prose and markup lines are the point of this file
"""Writes the golden corpus, part a (hand-authored pages + expected records).

Not run by the test suite: the committed artefacts are the ``.html`` / ``.json`` files.
Every article below is written by hand; the expected record is written from the same
hand-written values (after NFC + whitespace collapse), never by running an extractor.
The renderers only dress those values in each CMS family's markup and encoding traps.

    python tests/golden/_make_a.py
"""

from __future__ import annotations

import base64
import html
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from html.entities import codepoint2name
from pathlib import Path
from urllib.parse import urljoin

HERE = Path(__file__).resolve().parent
TODAY_CLOCK = "Thứ Bảy, ngày 28/11/2026"  # header clock trap: today, not the article date
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
WD_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WD_TITLE = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bẩy", "Chủ Nhật"]


@dataclass
class Img:
    src: str                       # as written in the page (relative or absolute)
    caption: list[str] | None      # caption lines; rendered joined by <br>, expected by " "
    alt: str = ""


@dataclass
class Art:
    family: str
    slug: str
    url: str
    title: str
    published: str
    category: str | None
    notes: str
    blocks: list[tuple[str, object]]          # ("p", text) | ("h", text) | ("img", Img) | ("raw", html)
    lead: str | None = None
    lead_image: Img | None = None
    updated: str | None = None
    author: str | None = None
    author_unit: str | None = None
    source: str | None = None
    photographer: str | None = None
    tags: list[str] = field(default_factory=list)
    related: list[tuple[str, str, str, str]] = field(default_factory=list)  # (group, href, title, date)
    content_type: str = "text/html; charset=utf-8"
    opt: dict[str, object] = field(default_factory=dict)


# ---------------------------------------------------------------- text helpers

def clean(text: str) -> str:
    """What a careful reader copies: NFC, Ð -> Đ, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def ent(text: str) -> str:
    """Editor with entities=true: Latin-1 letters and curly quotes as named entities."""
    out = []
    for ch in esc(text):
        cp = ord(ch)
        if (0xC0 <= cp <= 0xFF or ch in "“”‘’…–") and cp in codepoint2name:
            out.append(f"&{codepoint2name[cp]};")
        else:
            out.append(ch)
    return "".join(out)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def cp1258_bytes(page: str) -> bytes:
    """Encode like a Vietnamese Word export: base letter (with ^ / horn / breve) + tone mark."""
    out = []
    for ch in page:
        parts = unicodedata.normalize("NFD", ch)
        tone = [c for c in parts if c in TONES]
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + "".join(tone))
    return "".join(out).encode("cp1258")


def viewstate(seed: str, size: int) -> str:
    rnd = random.Random(seed)
    return base64.b64encode(bytes(rnd.randrange(256) for _ in range(size))).decode()


def wd_lower(iso: str) -> str:
    return WD_LOWER[date.fromisoformat(iso[:10]).weekday()]


def wd_title(iso: str) -> str:
    return WD_TITLE[date.fromisoformat(iso[:10]).weekday()]


# ---------------------------------------------------------------- shared chrome data

SIDEBAR_NEWS = [
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18 khóa XVII", "25/11/2026"),
    ("Tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới", "24/11/2026"),
    ("Ban Thường vụ Tỉnh ủy cho ý kiến về công tác chuẩn bị Đại hội Đảng bộ các cấp", "23/11/2026"),
    ("Trao Huy hiệu 50 năm tuổi Đảng cho các đảng viên lão thành", "21/11/2026"),
    ("Sơ kết 3 năm thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương", "20/11/2026"),
    ("Đoàn công tác của Ủy ban Kiểm tra Trung ương làm việc tại tỉnh", "18/11/2026"),
    ("Phát động Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2026", "17/11/2026"),
    ("Nâng cao chất lượng sinh hoạt chi bộ ở các chi bộ trực thuộc Đảng ủy cơ sở", "15/11/2026"),
    ("Công tác dân vận góp phần xây dựng nông thôn mới nâng cao", "14/11/2026"),
    ("Tổng kết công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước", "12/11/2026"),
]
SIDEBAR_MOST = [
    ("Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên", "09/05/2024"),
    ("Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên", "02/10/2025"),
    ("Bộ Chính trị ban hành Chỉ thị về đại hội đảng bộ các cấp", "14/06/2024"),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026", "06/01/2026"),
    ("Những điểm mới trong Điều lệ Đảng về công tác kiểm tra, giám sát", "27/08/2025"),
    ("Kết nạp đảng viên là học sinh trung học phổ thông", "19/03/2025"),
]
SIDEBAR_DOCS = [
    ("Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo", "22/12/2024"),
    ("Kế hoạch số 215-KH/TU thực hiện Chỉ thị số 35-CT/TW", "10/10/2024"),
    ("Quyết định số 1123-QĐ/TU ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh", "05/09/2025"),
    ("Hướng dẫn số 12-HD/BTGTU về tuyên truyền kỷ niệm các ngày lễ lớn năm 2027", "20/11/2026"),
    ("Thông báo kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ", "18/11/2026"),
]
FOOTER_NOTE = "Ghi rõ nguồn khi phát hành lại thông tin từ website này."


def side_list(items: list[tuple[str, str]], link: str, date_fmt: str = "({d})") -> str:
    rows = []
    for i, (title, d) in enumerate(items):
        rows.append(
            f'<li><a href="{link}{3100 + i * 7}" title="{attr(title)}">{esc(title)}</a> '
            f'<span class="date">{date_fmt.format(d=d)}</span></li>'
        )
    return "\n".join(rows)


BOILER_CSS = """
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222;background:#f3f3f3}
a{color:#0b4d8c;text-decoration:none}a:hover{color:#c00}
.clearfix:after{content:"";display:table;clear:both}
.menu ul{list-style:none;margin:0;padding:0}.menu li{float:left;position:relative}
.menu li a{display:block;padding:9px 14px;color:#fff;font-weight:bold;text-transform:uppercase}
.menu li ul{display:none;position:absolute;top:34px;left:0;background:#a50000;width:230px;z-index:99}
.menu li:hover ul{display:block}.menu li ul li{float:none}
.sidebar h3,.box-title{background:#c4161c;color:#fff;font-size:13px;margin:0;padding:7px 10px;text-transform:uppercase}
.sidebar ul{margin:0;padding:6px 10px;list-style:square inside}.sidebar li{padding:5px 0;border-bottom:1px dotted #ccc}
.sidebar .date{color:#888;font-size:11px}
.footer{background:#8b0000;color:#fff;padding:15px 20px;line-height:20px}
""".strip()


def menu_items(base: str) -> str:
    menus = [
        ("Trang chủ", []),
        ("Giới thiệu", ["Lịch sử Đảng bộ", "Cơ cấu tổ chức", "Chức năng, nhiệm vụ"]),
        ("Tin tức - Sự kiện", ["Tin trong tỉnh", "Tin trong nước", "Hoạt động của lãnh đạo"]),
        ("Xây dựng Đảng", ["Công tác tổ chức", "Kiểm tra - Giám sát", "Dân vận", "Tuyên giáo"]),
        ("Văn bản", ["Văn bản Trung ương", "Văn bản của Tỉnh ủy", "Văn bản hướng dẫn"]),
        ("Học tập và làm theo Bác", []),
        ("Thư viện ảnh", []),
        ("Liên hệ", []),
    ]
    out = []
    for i, (name, subs) in enumerate(menus):
        sub = ""
        if subs:
            sub = "<ul>" + "".join(
                f'<li><a href="{base}{i}{j}">{esc(s)}</a></li>' for j, s in enumerate(subs)
            ) + "</ul>"
        out.append(f'<li><a href="{base}{i}">{esc(name)}</a>{sub}</li>')
    return "\n".join(out)


def analytics(ua: str) -> str:
    return (
        "<script type=\"text/javascript\">\n"
        "  var _gaq = _gaq || [];\n"
        f"  _gaq.push(['_setAccount', '{ua}']);\n"
        "  _gaq.push(['_trackPageview']);\n"
        "  (function() { var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;\n"
        "    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';\n"
        "    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s); })();\n"
        "</script>"
    )


# ---------------------------------------------------------------- expected record

def expected(a: Art) -> dict[str, object]:
    images: list[dict[str, object]] = []
    captions: list[str] = []
    body = [clean(a.lead)] if a.lead else []
    all_imgs = ([a.lead_image] if a.lead_image else [])
    for kind, val in a.blocks:
        if kind in ("p", "h"):
            assert isinstance(val, str)
            body.append(clean(val))
        elif kind == "img":
            assert isinstance(val, Img)
            all_imgs.append(val)
    for im in all_imgs:
        cap = clean(" ".join(im.caption)) if im.caption else None
        if cap:
            captions.append(cap)
        images.append({"src": urljoin(a.url, im.src), "caption": cap})
    return {
        "url": a.url,
        "title": clean(a.title),
        "published_at": a.published,
        "updated_at": a.updated,
        "author": a.author,
        "author_unit": a.author_unit,
        "source": a.source,
        "category": a.category,
        "lead": clean(a.lead) if a.lead else None,
        "body": "\n\n".join(body),
        "captions": captions,
        "images": images,
        "tags": [clean(t) for t in a.tags],
        "related": [{"url": urljoin(a.url, href), "title": clean(t)} for _g, href, t, _d in a.related],
        "photographer": a.photographer,
        "profile": a.family,
    }


def txf(a: Art):  # type: ignore[no-untyped-def]
    """The text transform a page applies to article prose (entities, NFD, legacy Ð)."""
    mode = a.opt.get("text", "plain")

    def f(text: str) -> str:
        if mode == "ent":
            return ent(text)
        if mode == "nfd":
            return esc(nfd(text))
        if mode == "legacy_d":
            return esc(text.replace("Đ", "Ð"))
        return esc(text)
    return f


def body_html(a: Art, p_tpl: str, h_tpl: str, img_fn) -> str:  # type: ignore[no-untyped-def]
    f = txf(a)
    out = []
    for kind, val in a.blocks:
        if kind == "p":
            out.append(p_tpl.format(t=f(str(val))))
        elif kind == "h":
            out.append(h_tpl.format(t=f(str(val))))
        elif kind == "img":
            out.append(img_fn(val, f))
        elif kind == "raw":
            out.append(str(val))
    return "\n".join(out)


def cap_html(im: Img, f, sep: str = "<br />") -> str:  # type: ignore[no-untyped-def]
    return sep.join(f(line) for line in (im.caption or []))


# ---------------------------------------------------------------- duk_langson (custom ASP.NET)

def render_duk(a: Art) -> str:
    base = "http://duk.langson.gov.vn/"
    action = a.url.replace(base, "")

    def img(im: Img, f) -> str:  # type: ignore[no-untyped-def]
        width = a.opt.get("img_width", "500")
        cap = ""
        if im.caption:
            cap = f'<tr>\n<td class="image_desc" style="text-align: center;"><em>{cap_html(im, f)}</em></td>\n</tr>\n'
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width: 1px;">\n<tbody>\n'
            f'<tr>\n<td><img alt="{attr(clean(" ".join(im.caption or [])))}" src="{im.src}" style="width: {width}px; height: 333px;" /></td>\n</tr>\n'
            f"{cap}</tbody>\n</table>"
        )

    nb = "&nbsp;" * int(str(a.opt.get("indent", 4)))
    body = body_html(a, '<p style="text-align: justify;">' + nb + " {t}</p>",
                     '<p style="text-align: justify;"><strong>{t}</strong></p>', img)
    lead = ""
    if a.lead:
        lead = f'<p style="text-align: justify;"><b>{txf(a)(a.lead)}</b></p>\n'
    rel = ""
    if a.related:
        items = "\n".join(
            f'<tr><td class="rel-item"><img src="/Images/icon/bullet_red.gif" alt="" />&nbsp;<a href="{attr(h)}" class="linkTinLienQuan">{esc(t)}</a> <span class="rel-date">({d})</span></td></tr>'
            for _g, h, t, d in a.related
        )
        rel = (
            '<table id="ctl00_ContentPlaceHolder1_ctl00_ucTinLienQuan_tblTinLienQuan" width="100%" cellpadding="0" cellspacing="0" class="tin-lien-quan">\n'
            '<tr><td class="title-tlq"><span>Tin liên quan</span></td></tr>\n' + items + "\n</table>"
        )
    else:
        rel = '<table width="100%" class="tin-lien-quan"><tr><td class="title-tlq"><span>Tin liên quan</span></td></tr></table>'
    cat_id = re.search(r"catid=(\d+)", a.url).group(1)  # type: ignore[union-attr]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="Head1"><title>
	{esc(a.title)} - Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Lạng Sơn
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="Đảng ủy Khối, Lạng Sơn, xây dựng Đảng, tổ chức cơ sở đảng" /><meta name="description" content="Trang thông tin điện tử Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Lạng Sơn" /><link href="App_Themes/Default/Style.css" type="text/css" rel="stylesheet" /><link href="App_Themes/Default/menu.css" type="text/css" rel="stylesheet" />
<script src="/Scripts/jquery-1.4.1.min.js" type="text/javascript"></script>
<script src="/Scripts/ddsmoothmenu.js" type="text/javascript"></script>
<style type="text/css">
{BOILER_CSS}
.cat-title a{{color:#b40000;font-weight:bold;font-size:14px;text-transform:uppercase}}
.news-title{{font-size:18px;color:#0b4d8c;margin:8px 0}}
.news-date{{color:#777;font-size:11px}}
.tin-lien-quan .title-tlq span{{font-weight:bold;color:#b40000}}
</style>
</head>
<body>
    <form name="form1" method="post" action="{attr(action)}" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9k{viewstate(a.slug, 2400)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>

<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBAL{viewstate(a.slug + 'ev', 90)}" />
</div>
    <table id="wrapper" width="1000" border="0" cellpadding="0" cellspacing="0" align="center" style="background:#fff">
        <tr>
            <td id="header" colspan="3">
                <div class="banner"><a href="Default.aspx?siteid=1"><img src="/Images/banner_duk.jpg" alt="Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Lạng Sơn" width="1000" height="150" border="0" /></a></div>
                <div class="topbar">
                    <span id="ctl00_lblNgayThang" class="datetime">{TODAY_CLOCK}</span>
                    <div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txtsearch" value="Tìm kiếm..." /><input type="submit" name="ctl00$btnSearch" value="" id="ctl00_btnSearch" class="btnsearch" /></div>
                </div>
                <div id="smoothmenu1" class="menu ddsmoothmenu"><ul>
{menu_items("Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=")}
                </ul></div>
            </td>
        </tr>
        <tr>
            <td id="left" width="200" valign="top" class="sidebar">
                <div class="box"><h3>Chuyên mục</h3><ul>
<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=1">Tin tức - Sự kiện</a></li>
<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=2">Hoạt động của Đảng ủy Khối</a></li>
<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=3">Hoạt động của các tổ chức Đảng cơ sở</a></li>
<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=4">Kiểm tra, giám sát</a></li>
<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=5">Công tác dân vận</a></li>
<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=6">Đoàn thể</a></li>
<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=7">Gương người tốt, việc tốt</a></li>
                </ul></div>
                <div class="box"><h3>Văn bản mới</h3><ul>
{side_list(SIDEBAR_DOCS, "Default.aspx?siteid=1&amp;c=vanban&amp;a=detail&amp;id=")}
                </ul></div>
                <div class="box"><h3>Liên kết website</h3>
                <select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" onchange="window.open(this.value)">
                    <option value="">-- Liên kết website --</option>
                    <option value="http://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
                    <option value="http://langson.gov.vn">Cổng thông tin điện tử tỉnh Lạng Sơn</option>
                    <option value="http://baolangson.vn">Báo Lạng Sơn</option>
                </select></div>
            </td>
            <td id="main" width="580" valign="top">
                <div class="box-content">
                    <div class="cat-title"><img src="/Images/icon/icon_cat.gif" alt="" /> <a id="ctl00_ContentPlaceHolder1_ctl00_hplCategory" href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid={cat_id}">{esc(a.category or "")}</a></div>
                    <div class="news-detail">
                        <h1 class="news-title"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle">{esc(a.title)}</span></h1>
                        <div class="news-date"><span id="ctl00_ContentPlaceHolder1_ctl00_lblNgayDang">{a.opt["date_text"]}</span></div>
                        <div class="toolbar">
                            <a href="javascript:window.print();" class="print"><img src="/Images/icon/print.gif" alt="In bài" /> In bài</a>
                            <a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$ctl00$lbtGuiEmail','')" class="email"><img src="/Images/icon/email.gif" alt="Gửi email" /> Gửi email</a>
                            <a href="javascript:void(0)" onclick="changeSize(1)">A+</a> <a href="javascript:void(0)" onclick="changeSize(-1)">A-</a>
                        </div>
                        <div id="ctl00_ContentPlaceHolder1_ctl00_divNoiDung" class="news-content">
{lead}{body}
{a.opt["byline"]}
                        </div>
                        <div class="view-count">Lượt xem: {a.opt.get("views", 312)}</div>
                        <div class="share"><a href="http://www.facebook.com/sharer.php?u={attr(a.url)}" target="_blank"><img src="/Images/icon/facebook.png" alt="Chia sẻ Facebook" /></a></div>
{rel}
                    </div>
                </div>
            </td>
            <td id="right" width="220" valign="top" class="sidebar">
                <div class="box"><h3>Tin mới</h3><ul>
{side_list(SIDEBAR_NEWS, "Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=1&amp;id=")}
                </ul></div>
                <div class="box"><h3>Tin xem nhiều</h3><ul>
{side_list(SIDEBAR_MOST, "Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=2&amp;id=")}
                </ul></div>
                <div class="box"><h3>Thống kê truy cập</h3>
                    <p>Đang truy cập: <span id="ctl00_lblOnline">27</span><br />Tổng lượt truy cập: <span id="ctl00_lblTotal">1.284.551</span></p></div>
            </td>
        </tr>
        <tr>
            <td colspan="3" class="footer">
                <p><b>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH LẠNG SƠN</b><br />
                Địa chỉ: Số 2, đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn<br />
                Điện thoại: 0205.3812.345 - Email: dukcqdn@langson.gov.vn<br />
                Chịu trách nhiệm chính: Phó Bí thư Thường trực Đảng ủy Khối. {FOOTER_NOTE}</p>
            </td>
        </tr>
    </table>
<script type="text/javascript">
function changeSize(d) {{ var el = document.getElementById('ctl00_ContentPlaceHolder1_ctl00_divNoiDung'); var s = parseInt(el.style.fontSize || 13); el.style.fontSize = (s + d) + 'px'; }}
ddsmoothmenu.init({{ mainmenuid: "smoothmenu1", orientation: 'h', classname: 'ddsmoothmenu', contentsource: "markup" }})
</script>
{analytics("UA-21934512-1")}
</form>
</body>
</html>
"""


# ---------------------------------------------------------------- nukeviet4 (default theme)

def render_nv4(a: Art) -> str:
    o = a.opt
    site = str(o["site"])
    host = str(o["host"])
    f = txf(a)

    def img(im: Img, f) -> str:  # type: ignore[no-untyped-def]
        if o.get("body_figure"):
            cap = f"<figcaption>{cap_html(im, f)}</figcaption>" if im.caption else ""
            return f'<figure class="image"><img alt="{attr(clean(" ".join(im.caption or [])))}" height="400" src="{im.src}" width="600" />{cap}</figure>'
        cap = f'\n<p style="text-align: center;"><em>{cap_html(im, f)}</em></p>' if im.caption else ""
        return f'<p style="text-align: center;"><img alt="{attr(a.title)}" height="450" src="{im.src}" width="680" /></p>{cap}'

    body = body_html(a, str(o.get("p_tpl", '<p style="text-align: justify;">{t}</p>')),
                     '<p style="text-align: justify;"><strong>{t}</strong></p>', img)
    lead_img = ""
    if a.lead_image:
        li = a.lead_image
        lead_img = (
            f'<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">\n'
            f'    <div id="imgpreview" style="width:200px">\n        <p class="text-center"><img alt="{attr(a.title)}" src="{li.src}" width="200" class="img-thumbnail"/></p>\n'
            f'        <figcaption>{cap_html(li, f)}</figcaption>\n    </div>\n</figure>'
        )
    hometext = f'<div class="hometext m-bottom">{f(a.lead)}</div>' if a.lead else ""
    foot = []
    if o.get("author_html"):
        foot.append(f'<p class="h5 text-right">\n    <strong>Tác giả: </strong>{o["author_html"]}\n</p>')
    if o.get("source_html"):
        foot.append(f'<p class="h5 text-right">\n    <strong>Nguồn tin: </strong>{o["source_html"]}\n</p>')
    attach = ""
    if o.get("attach"):
        attach = (
            '<div class="panel panel-default">\n<div class="panel-heading"><em class="fa fa-download">&nbsp;</em><strong>File đính kèm</strong></div>\n'
            f'<div class="panel-body"><ul class="list-none"><li><em class="fa fa-file-pdf-o">&nbsp;</em><a href="/news/tin-tuc/download/1/{a.slug}.pdf" title="{attr(str(o["attach"]))}">{esc(str(o["attach"]))}</a></li></ul></div>\n</div>'
        )
    tags = ""
    if a.tags:
        tags = (
            '<div class="news_column panel panel-default">\n<div class="panel-body">\n<div class="h5">\n<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>\n'
            + ", ".join(f'<a title="{attr(t)}" href="/news/tag/{t.replace(" ", "-")}"><em>{esc(t)}</em></a>' for t in a.tags)
            + "\n</div>\n</div>\n</div>"
        )
    groups: dict[str, list[str]] = {}
    for g, h, t, d in a.related:
        groups.setdefault(g, []).append(
            f'<li>\n    <em class="fa fa-angle-right">&nbsp;</em>\n    <a href="{h}" title="{attr(t)}">{esc(t)}</a>\n    <em>({d})</em>\n</li>'
        )
    other = "\n".join(
        f'<p class="h3"><strong>{esc(g)}</strong></p>\n<div class="clearfix">\n<ul class="related list-inline">\n' + "\n".join(items) + "\n</ul>\n</div>"
        for g, items in groups.items()
    )
    d_iso = a.published
    og_time = f'<meta property="article:published_time" content="{d_iso}" />' if len(d_iso) > 10 else ""
    cat_alias = str(o["cat_alias"])
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(a.title)} - {esc(site)}</title>
<meta name="description" content="{attr(clean(a.lead or a.title)[:200])}" />
<meta name="keywords" content="{attr(", ".join(a.tags))}" />
<meta name="news_keywords" content="{attr(", ".join(a.tags))}" />
<meta name="author" content="{attr(site)}" />
<meta name="copyright" content="{attr(site)} [webmaster@{host}]" />
<meta name="generator" content="NukeViet v4.5" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:title" content="{attr(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:description" content="{attr(clean(a.lead or a.title)[:200])}" />
<meta property="og:site_name" content="{attr(site)}" />
<meta property="og:image" content="https://{host}{a.lead_image.src if a.lead_image else "/themes/default/images/logo.png"}" />
<meta property="og:url" content="{a.url}" />
{og_time}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="{a.url}">
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="alternate" href="/news/rss/{cat_alias}/" title="Tin Tức - {attr(a.category or "")}" type="application/rss+xml">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
<link rel="StyleSheet" href="/themes/default/css/news.css">
<style type="text/css">
{BOILER_CSS}
</style>
<script data-show="inline" type="text/javascript">
var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_a1b2c",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0;
</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/default/js/news.js"></script>
<script src="/themes/default/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
    <header>
        <div class="container">
            <div id="header" class="row">
                <div class="logo col-xs-24 col-sm-24 col-md-8">
                    <a title="{attr(site)}" href="/"><img src="/uploads/logo-{host.split(".")[0]}.png" width="400" height="90" alt="{attr(site)}" /></a>
                    <span class="site_name">{esc(site)}</span>
                    <span class="site_description">Cơ quan của Ban Chấp hành Đảng bộ tỉnh</span>
                </div>
                <div class="col-xs-24 col-sm-24 col-md-16">
                    <div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>
                </div>
            </div>
        </div>
    </header>
    <nav class="second-nav" id="menusite">
        <div class="container"><div class="row"><div class="bg box-shadow">
            <div class="navbar navbar-default navbar-static-top" role="navigation"><div class="collapse navbar-collapse menu" id="menu-site-default"><ul class="nav navbar-nav">
{menu_items("/news/chuyen-muc-")}
            </ul></div></div>
        </div></div></div>
    </nav>
    <section>
        <div class="container" id="body">
            <nav class="third-nav">
                <div class="row"><div class="bg"><div class="clearfix">
                    <div class="col-xs-24 col-sm-18 col-md-18">
                        <div class="breadcrumbs-wrap">
                            <div class="display">
                                <a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
                                <ul class="breadcrumbs list-none"></ul>
                            </div>
                            <ul class="subs-breadcrumbs"></ul>
                            <ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">
                                <li id="brcr_0" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li>
                                <li id="brcr_1" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/" itemprop="item" title="Tin Tức"><span itemprop="name">Tin Tức</span></a><i class="hidden" itemprop="position" content="2"></i></li>
                                <li id="brcr_2" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/{cat_alias}/" itemprop="item" title="{attr(a.category or "")}"><span itemprop="name">{esc(a.category or "")}</span></a><i class="hidden" itemprop="position" content="3"></i></li>
                            </ul>
                        </div>
                    </div>
                    <div class="headerclock col-xs-24 col-sm-6 col-md-6"><div class="text-right"><span class="current-time">{TODAY_CLOCK}</span></div></div>
                </div></div></div>
            </nav>
            <div class="row">
                <div class="col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
    <div class="panel-body">
        <h1 class="title margin-bottom-lg" itemprop="headline">{esc(a.title)}</h1>
        <div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">{esc(site)}</span></div>
        <span class="hidden hide d-none" itemprop="datePublished">{d_iso}</span>
        <div class="row margin-bottom-lg">
            <div class="col-md-12">
                <span class="h5">{o["date_text"]}</span>
            </div>
            <div class="col-md-12">
                <ul class="list-inline text-right">
                    <li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);" onclick="nv_open_browse('/news/sendmail/{cat_alias}/{a.slug}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/news/print/{cat_alias}/{a.slug}.html','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/news/savefile/{cat_alias}/{a.slug}.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
                </ul>
            </div>
        </div>
        <div class="clearfix">
            {lead_img}
            {hometext}
        </div>
        <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
        </div>
        {attach}
        <div class="margin-bottom-lg">
            {"".join(foot)}
        </div>
    </div>
</div>
{tags}
<div class="news_column panel panel-default">
    <div class="panel-body">
        <form id="form3B" action="" method="post" class="form-inline">
            <div class="h5 clearfix">
                <p id="stringrating">Tổng số điểm của bài viết là: {o.get("rating", "38")} trong {o.get("rating_n", "9")} đánh giá</p>
                <div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="2" title="Bài viết kém" /><input class="hover-star" type="radio" value="3" title="Bài viết đạt" /><input class="hover-star" type="radio" value="4" title="Bài viết tốt" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>
            </div>
        </form>
    </div>
</div>
<div class="news_column panel panel-default">
    <div class="panel-body">
        <div class="socialicon clearfix margin-bottom-lg">
            <div class="fb-like" data-href="{a.url}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
            <a href="http://twitter.com/share" class="twitter-share-button">Tweet</a>
        </div>
    </div>
</div>
<div class="news_column panel panel-default">
    <div class="panel-body other-news">
{other}
    </div>
</div>
                </div>
                <div class="col-md-6 sidebar">
                    <div class="panel panel-default"><div class="panel-heading"><h3>Tin mới</h3></div><div class="panel-body"><ul>
{side_list(SIDEBAR_NEWS, "/news/tin-tuc-su-kien/tin-moi-")}
                    </ul></div></div>
                    <div class="panel panel-default"><div class="panel-heading"><h3>Tin xem nhiều</h3></div><div class="panel-body"><ul>
{side_list(SIDEBAR_MOST, "/news/xay-dung-dang/tin-")}
                    </ul></div></div>
                    <div class="panel panel-default"><div class="panel-heading"><h3>Thống kê truy cập</h3></div><div class="panel-body">
                        <ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>41</span></li><li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>3,512</span></li><li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tháng hiện tại</span><span>98,226</span></li><li><span><em class="fa fa-line-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>6,204,117</span></li></ul>
                    </div></div>
                </div>
            </div>
        </div>
    </section>
    <footer id="footer">
        <div class="wraper"><div class="container"><div class="row">
            <div class="col-xs-24 col-sm-24 col-md-12 footer">
                <h3 class="footer-title">{esc(site.upper())}</h3>
                <p>{o["footer"]}</p>
                <p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp. {FOOTER_NOTE}</p>
                <p>&copy; Copyright 2017 {esc(site)}. All right reserved. Powered by <a href="https://nukeviet.vn">NukeViet CMS</a>.</p>
            </div>
        </div></div></div>
    </footer>
</div>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/themes/default/js/bootstrap.min.js"></script>
<script type="text/javascript" src="/assets/js/star-rating/jquery.rating.pack.js"></script>
<script type="text/javascript">
$(function() {{ var sr = 0; $(".hover-star").rating({{ focus: function(b, c) {{ var a = $("#hover-test"); 2 != sr && (a[0].data = a[0].data || a.html(), a.html(c.title || "value: " + b), sr = 1) }}, blur: function() {{ var b = $("#hover-test"); 2 != sr && ($("#hover-test").html(b[0].data || ""), sr = 1) }}, callback: function(b) {{ 1 == sr && (sr = 2, $(".hover-star").rating("disable"), sendrating("{o.get("newsid", "1204")}", b, "a7c3e1")) }} }}); }});
</script>
{analytics("UA-88412033-1")}
</body>
</html>
"""


# ---------------------------------------------------------------- nukeviet3 (restyled party theme)

def render_nv3(a: Art) -> str:
    o = a.opt
    site = str(o["site"])
    f = txf(a)

    def img(im: Img, f) -> str:  # type: ignore[no-untyped-def]
        cap = f'\n<p style="text-align: center;"><em>{cap_html(im, f, "<br>")}</em></p>' if im.caption else ""
        return f'<p style="text-align: center;"><img alt="" src="{im.src}" style="width: 500px; height: 335px;" /></p>{cap}'

    body = body_html(a, str(o.get("p_tpl", '<p style="text-align: justify;">{t}</p>')),
                     '<p style="text-align: justify;"><strong>{t}</strong></p>', img)
    imghome = ""
    if a.lead_image:
        li = a.lead_image
        imghome = (
            f'<div id="imghome" class="fl" style="width:202px;margin-right:8px">\n'
            f'<a href="{li.src}" title="{attr(a.title)}" rel="shadowbox"><img id="imghome" alt="{attr(a.title)}" src="{li.src}" width="200" /></a>\n'
            f'<p><em>{cap_html(li, f, "<br>")}</em></p>\n</div>'
        )
    hometext = f'<p><strong>{f(a.lead)}</strong></p>' if a.lead else ""
    rel_groups: dict[str, list[str]] = {}
    for g, h, t, d in a.related:
        rel_groups.setdefault(g, []).append(
            f'<li><a title="{attr(t)}" href="{h}">{esc(t)}</a> <span class="date">({d})</span></li>'
        )
    rel = "\n".join(
        f'<div class="other_news"><h3 class="title-news">{esc(g)}</h3>\n<ul class="related">\n' + "\n".join(items) + "\n</ul></div>"
        for g, items in rel_groups.items()
    )
    kw = ""
    if a.tags:
        kw = '<div class="keywords"><strong>Từ khóa:</strong> ' + ", ".join(
            f'<a href="/vi/news/tag/{t.replace(" ", "-")}/">{esc(t)}</a>' for t in a.tags) + "</div>"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta http-equiv="content-language" content="vi" />
<meta name="description" content="{attr(clean(a.lead or a.title)[:160])}" />
<meta name="keywords" content="{attr(", ".join(a.tags))}" />
<meta name="language" content="vietnamese" />
<meta name="author" content="{attr(site)}" />
<meta name="copyright" content="{attr(site)} [webmaster@{o["host"]}]" />
<meta name="robots" content="index, archive, follow, noodp" />
<meta name="googlebot" content="index,archive,follow,noodp" />
<meta name="generator" content="NukeViet v3.4" />
<title>{esc(a.title)} - {esc(a.category or "")} - {esc(site)}</title>
<link rel="alternate" href="/vi/news/rss/" title="Tin Tức" type="application/rss+xml" />
<link rel="stylesheet" type="text/css" href="/themes/tinhuy/css/reset.css" />
<link rel="stylesheet" type="text/css" href="/themes/tinhuy/css/template.css" />
<link rel="stylesheet" type="text/css" href="/themes/tinhuy/css/icons.css" />
<link rel="stylesheet" type="text/css" href="/themes/tinhuy/css/news.css" />
<link rel="stylesheet" type="text/css" href="/js/shadowbox/shadowbox.css" />
<style type="text/css">
{BOILER_CSS}
#news_detail h1{{font-size:20px;color:#a50000;line-height:26px}}
#news_detail span.time{{color:#999;font-size:11px}}
#news_detail #hometext{{font-weight:bold;margin:8px 0}}
.fl{{float:left}}.fr{{float:right}}
</style>
<script type="text/javascript">
//<![CDATA[
var nv_siteroot = "/", nv_sitelang = "vi", nv_name_variable = "nv", nv_fc_variable = "op", nv_lang_variable = "language", nv_module_url = "/vi/news/", nv_my_ofs = 7, nv_my_abbr = "ICT", nv_cookie_prefix = "nv3c_Ytz3f", nv_area_admin = 0;
//]]>
</script>
<script type="text/javascript" src="/js/language/vi.js"></script>
<script type="text/javascript" src="/js/jquery/jquery.min.js"></script>
<script type="text/javascript" src="/js/global.js"></script>
<script type="text/javascript" src="/js/shadowbox/shadowbox.js"></script>
<script type="text/javascript">Shadowbox.init();</script>
</head>
<body>
<div id="container">
    <div id="header">
        <div class="logo"><a href="/" title="{attr(site)}"><img src="/images/logo_tinhuy.png" alt="{attr(site)}" width="980" height="130" /></a></div>
        <div class="topbar clearfix">
            <div class="fl date-time">{TODAY_CLOCK}</div>
            <div class="fr"><form action="/" method="get"><input type="hidden" name="language" value="vi" /><input type="hidden" name="nv" value="search" /><input type="text" name="q" class="txt" value="Nhập từ khóa..." /><input type="submit" class="btn" value="Tìm" /></form></div>
        </div>
        <div class="menu"><ul>
{menu_items("/vi/news/Chuyen-muc-")}
        </ul></div>
    </div>
    <div id="breadcrumbs" class="clearfix">
        <a href="/" title="Trang chủ"><span>Trang chủ</span></a> &raquo; <a href="/vi/news/" title="Tin tức"><span>Tin tức</span></a> &raquo; <a href="/vi/news/{o["cat_alias"]}/" title="{attr(a.category or "")}"><span>{esc(a.category or "")}</span></a>
    </div>
    <div id="main" class="clearfix">
        <div class="col-left fl" style="width:680px">
<div id="news_detail">
    <h1>{esc(a.title)}</h1>
    <span class="time">{o["date_text"]}</span>
    <div class="control">
        <ul>
            <li><a rel="nofollow" class="sendmail" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="NewWindow('/vi/news/sendmail/{o["cat_alias"]}/{a.slug}/','','500','400','no');return false">&nbsp;</a></li>
            <li><a class="print" title="In ra" href="javascript:void(0);" onclick="NewWindow('/vi/news/print/{o["cat_alias"]}/{a.slug}/','','840','768','yes');return false">&nbsp;</a></li>
            <li><a class="savefile" title="Lưu bài viết này" href="/vi/news/savefile/{o["cat_alias"]}/{a.slug}/">&nbsp;</a></li>
        </ul>
    </div>
    <div style="clear:both"></div>
    <div id="hometext">
        {imghome}
        {hometext}
    </div>
    <div style="clear:both"></div>
    <div class="bodytext">
{body}
    </div>
    {o["byline"]}
    <div class="view-count">Lượt xem: {o.get("views", 1874)}</div>
    {kw}
    <div class="share clearfix"><span>Chia sẻ:</span> <a href="http://www.facebook.com/share.php?u={attr(a.url)}" target="_blank" class="facebook" title="Chia sẻ qua Facebook">Facebook</a> <a href="http://twitter.com/home?status={attr(a.url)}" target="_blank" class="twitter">Twitter</a></div>
    <div class="rating">Đánh giá bài viết: <span class="star">&nbsp;</span><span class="star">&nbsp;</span><span class="star">&nbsp;</span><span class="star">&nbsp;</span><span class="star">&nbsp;</span></div>
</div>
{rel}
        </div>
        <div class="col-right fr sidebar" style="width:290px">
            <div class="box"><h3>Tin mới nhất</h3><ul>
{side_list(SIDEBAR_NEWS, "/vi/news/Tin-trong-tinh/Tin-moi-")}
            </ul></div>
            <div class="box"><h3>Văn bản mới</h3><ul>
{side_list(SIDEBAR_DOCS, "/vi/laws/detail/Van-ban-")}
            </ul></div>
            <div class="box"><h3>Thăm dò ý kiến</h3>
                <p>Bạn quan tâm nội dung nào nhất trên website?</p>
                <p><input type="radio" name="voting" value="1" /> Tin hoạt động của Tỉnh ủy<br /><input type="radio" name="voting" value="2" /> Văn bản của Đảng<br /><input type="radio" name="voting" value="3" /> Học tập và làm theo Bác</p>
            </div>
        </div>
    </div>
    <div id="footer" class="footer">
        <p><strong>{esc(site.upper())}</strong></p>
        <p>{o["footer"]}</p>
        <p>{FOOTER_NOTE} Thiết kế bởi VINADES.,JSC</p>
    </div>
</div>
{analytics("UA-19826154-1")}
</body>
</html>
"""


# ---------------------------------------------------------------- liferay (stock 6.x) and liferay_vn

def liferay_shell(a: Art, portlet: str, site: str, host: str, extra_head: str = "") -> str:
    o = a.opt
    return f"""<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="vi-VN">

<head>
	<title>{esc(a.title)} - {esc(str(o.get("page_name", "Tin tức")))} - {esc(site)}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{attr(clean(a.lead or a.title)[:180])}" lang="vi-VN" name="description" />
{extra_head}
<link href="/{o.get("theme", "portal-theme")}/images/favicon.ico" rel="Shortcut Icon" />
<link href="{a.url}" rel="canonical" />
<link class="lfr-css-file" href="/{o.get("theme", "portal-theme")}/css/aui.css?browserId=other&amp;themeId=portal_WAR_portaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1620012345000" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId=portal_WAR_portaltheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210&amp;t=1620012345000" rel="stylesheet" type="text/css" />
<script type="text/javascript">
	// <![CDATA[
		var Liferay = {{
			Browser: {{ acceptsGzip: function() {{ return true; }}, getMajorVersion: function() {{ return 0; }}, isIe: function() {{ return false; }} }},
			Data: {{ NAV_SELECTOR: '#navigation', isCustomizationView: function() {{ return false; }}, notices: [null] }},
			ThemeDisplay: {{
				getLayoutId: function() {{ return "{o.get("layout", "18")}"; }},
				getLayoutURL: function() {{ return "https://{host}/web/{o.get("site_path", "guest")}/{o.get("page_path", "tin-tuc")}"; }},
				getCompanyId: function() {{ return "10154"; }},
				getLanguageId: function() {{ return "vi_VN"; }},
				getPathMain: function() {{ return "/c"; }},
				getPortalURL: function() {{ return "https://{host}"; }},
				getScopeGroupId: function() {{ return "{o.get("group", "10181")}"; }},
				isSignedIn: function() {{ return false; }}
			}},
			PropsValues: {{ NTLM_AUTH_ENABLED: false }}
		}};
		var themeDisplay = Liferay.ThemeDisplay;
		Liferay.AUI = {{ getBaseURL: function() {{ return 'https://{host}/html/js/aui/'; }}, getCombine: function() {{ return true; }} }};
		Liferay.authToken = 'Xk3vZq1P';
		Liferay.currentURL = '{attr(a.url.split(host, 1)[1])}';
	// ]]>
</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=portal_WAR_portaltheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=1620012345000" type="text/javascript"></script>
<style type="text/css">
{BOILER_CSS}
</style>
</head>

<body class=" yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>
<div class="container-fluid" id="wrapper">
	<header id="banner" role="banner">
		<div id="heading">
			<h1 class="site-title">
				<a class="logo custom-logo" href="https://{host}/web/{o.get("site_path", "guest")}" title="Đi đến {attr(site)}">
					<img alt="{attr(site)}" height="120" src="/image/layout_set_logo?img_id={o.get("logo", "28817")}&amp;t=1620012345000" width="1000" />
				</a>
			</h1>
			<div class="header-date"><span id="clock">{TODAY_CLOCK}</span></div>
		</div>
		<nav class="sort-pages modify-pages menu" id="navigation" role="navigation">
			<h1><span>Điều hướng</span></h1>
			<ul aria-label="Trang Web" role="menubar">
{menu_items("https://" + host + "/web/" + str(o.get("site_path", "guest")) + "/trang-")}
			</ul>
		</nav>
	</header>
	<div id="content">
		<nav id="breadcrumbs"><ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">
			<li class="first" ><a href="https://{host}/web/{o.get("site_path", "guest")}" >Trang chủ</a><span class="divider">/</span></li>
			<li class="current-parent breadcrumb-truncate" ><a href="https://{host}/web/{o.get("site_path", "guest")}/{o.get("page_path", "tin-tuc")}" >{esc(a.category or str(o.get("page_name", "Tin tức")))}</a><span class="divider">/</span></li>
			<li class="active last breadcrumb-truncate" ><a href="{a.url}" >{esc(a.title)}</a></li>
		</ul></nav>
		<div class="columns-2" id="main-content" role="main">
			<div class="portlet-layout row-fluid">
				<div class="portlet-column portlet-column-first span8" id="column-1">
					<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{portlet}
					</div>
				</div>
				<div class="portlet-column portlet-column-last span4 sidebar" id="column-2">
					<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
						<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_TinMoi8xZ_">
							<span id="p_101_INSTANCE_TinMoi8xZ"></span>
							<section class="portlet" id="portlet_101_INSTANCE_TinMoi8xZ"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin mới</span></h1></header>
							<div class="portlet-content"><div class="portlet-body"><ul>
{side_list(SIDEBAR_NEWS, "https://" + host + "/web/" + str(o.get("site_path", "guest")) + "/tin-tuc/-/asset_publisher/TinMoi8xZ/content/id/")}
							</ul></div></div></section>
						</div>
						<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_VanBan2Qw_">
							<section class="portlet" id="portlet_101_INSTANCE_VanBan2Qw"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Văn bản mới</span></h1></header>
							<div class="portlet-content"><div class="portlet-body"><ul>
{side_list(SIDEBAR_DOCS, "https://" + host + "/web/" + str(o.get("site_path", "guest")) + "/van-ban/-/asset_publisher/VanBan2Qw/content/id/")}
							</ul></div></div></section>
						</div>
					</div>
				</div>
			</div>
		</div>
		<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
	</div>
	<footer id="footer" role="contentinfo" class="footer">
		<p class="powered-by">{o["footer"]}</p>
		<p>{FOOTER_NOTE}</p>
	</footer>
</div>
<script type="text/javascript">
	// <![CDATA[
	Liferay.Util.addInputFocus();
	Liferay.Portlet.runtimePortletIds = ["101_INSTANCE_TinMoi8xZ", "101_INSTANCE_VanBan2Qw"];
	AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{
		(function() {{ Liferay.Portlet.onLoad({{ canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_101_INSTANCE_{o["inst"]}_', portletId: '101_INSTANCE_{o["inst"]}', refreshURL: '/c/portal/render_portlet?p_l_id=28901&p_p_id=101_INSTANCE_{o["inst"]}&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_pos=0&p_p_col_count=1&p_p_isolated=1' }}); }})();
		new Liferay.Menu();
	}});
	// ]]>
</script>
{analytics("UA-55120941-2")}
</body>
</html>
"""


def render_liferay(a: Art) -> str:
    o = a.opt
    inst = str(o["inst"])

    def img(im: Img, f) -> str:  # type: ignore[no-untyped-def]
        cap = f'<tr><td class="image_desc">{cap_html(im, f)}</td></tr>' if im.caption else ""
        return (f'<table align="center" border="0" cellpadding="1" cellspacing="1" class="image" style="width: 550px;"><tbody>'
                f'<tr><td><img alt="" src="{im.src}" style="width: 550px; height: 366px;" /></td></tr>{cap}</tbody></table>')

    body = body_html(a, str(o.get("p_tpl", '<p style="text-align: justify;">{t}</p>')),
                     '<p style="text-align: justify;"><strong>{t}</strong></p>', img)
    lead = f'<p style="text-align: justify;"><strong>{txf(a)(a.lead)}</strong></p>\n' if a.lead else ""
    links = ""
    if a.related:
        links = ('<div class="taglib-asset-links">\n<h2 class="asset-links-title"><i class="icon-link"></i> Tin liên quan</h2>\n<ul class="asset-links-list">\n'
                 + "\n".join(f'<li class="asset-links-list-item"><a class="asset-title" href="{h}"><img alt="" src="/{o.get("theme", "portal-theme")}/images/file_system/small/default.png" /> {esc(t)}</a> <span class="date">({d})</span></li>' for _g, h, t, d in a.related)
                 + "\n</ul>\n</div>")
    tags = ""
    if a.tags:
        tags = ('<div class="taglib-asset-tags-summary">Từ khóa: ' + " ".join(
            f'<a class="tag" href="https://{o["host"]}/web/{o.get("site_path", "guest")}/tin-tuc/-/asset_publisher/{inst}/tag/{t.replace(" ", "+")}">{esc(t)}</a>' for t in a.tags) + "</div>")
    meta = f'<span class="metadata-entry metadata-publish-date">{o["date_text"]}</span>'
    if o.get("modified_text"):
        meta += f'\n<span class="metadata-entry metadata-modified-date">{o["modified_text"]}</span>'
    meta += f'\n<span class="metadata-entry metadata-view-count">{o.get("views", 417)} Lượt xem</span>'
    portlet = f"""<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_{inst}_">
	<span id="p_101_INSTANCE_{inst}"></span>
	<section class="portlet" id="portlet_101_INSTANCE_{inst}">
		<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">{esc(str(o.get("portlet_title", "Tin tức")))}</span></h1></header>
		<div class="portlet-content">
			<div class=" portlet-content-container" style="">
				<div class="portlet-body">
<div class="taglib-header ">
	<span class="header-back-to">
		<a class="icon-circle-arrow-left previous-level" href="https://{o["host"]}/web/{o.get("site_path", "guest")}/{o.get("page_path", "tin-tuc")}" id="_101_INSTANCE_{inst}_TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a>
	</span>
	<h3 class="header-title"><span>{esc(a.title)}</span></h3>
</div>
<div class="asset-full-content default-asset-publisher show-asset-title">
	<div class="asset-user-actions">
		<div class="print-action"><span class="taglib-icon-list"><a class="taglib-icon" href="javascript:_101_INSTANCE_{inst}_printPage_0();" id="_101_INSTANCE_{inst}_print"><i class="icon-print"></i> <span class="taglib-text">In</span></a></span></div>
		<div class="export-actions"><span class="taglib-icon-list"><a href="https://{o["host"]}/c/document_library/export?targetExtension=pdf">PDF</a></span></div>
	</div>
	<div class="asset-content" id="_101_INSTANCE_{inst}_{o.get("article_id", "12345")}">
		<div class="journal-content-article">
{lead}{body}
{o.get("byline", "")}
		</div>
		<div class="entry-links">
{links}
		</div>
	</div>
	<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote" id="_101_INSTANCE_{inst}_ratingStarContent"><div class="rating-label">Đánh giá của bạn</div></div></div></div>
	{tags}
	<div class="asset-metadata">
{meta}
	</div>
</div>
				</div>
			</div>
		</div>
	</section>
</div>"""
    return liferay_shell(a, portlet, str(o["site"]), str(o["host"]), str(o.get("head", "")))


def render_liferay_vn(a: Art) -> str:
    o = a.opt
    inst = str(o["inst"])
    ns = f"_101_INSTANCE_{inst}_"

    def img(im: Img, f) -> str:  # type: ignore[no-untyped-def]
        cap = f'\n<p style="text-align: center;"><em>{cap_html(im, f)}</em></p>' if im.caption else ""
        return f'<p style="text-align: center;"><img alt="" src="{im.src}" style="width: 600px; height: 400px;" /></p>{cap}'

    body = body_html(a, str(o.get("p_tpl", '<p style="text-align: justify;">{t}</p>')),
                     '<p style="text-align: justify;"><b>{t}</b></p>', img)
    desc = ""
    if a.lead:
        desc = f'<div class="asset-abstract">\n<div class="assetdesc"><span class="assetdesc-text">{txf(a)(a.lead)}</span></div>\n</div>'
    links = ""
    if a.related:
        links = ('<div class="related-news">\n<div class="title-related"><span>Tin liên quan</span></div>\n<ul>\n'
                 + "\n".join(f'<li><a href="{h}">{esc(t)}</a>&nbsp;<span class="date-related">({d})</span></li>' for _g, h, t, d in a.related)
                 + "\n</ul>\n</div>")
    portlet = f"""<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_{inst}_">
	<span id="p_101_INSTANCE_{inst}"></span>
	<section class="portlet" id="portlet_101_INSTANCE_{inst}">
		<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Xuất bản thông tin</span></h1></header>
		<div class="portlet-content"><div class="portlet-body">
<div class="taglib-header header-null"><h3 class="header-title"><span>null</span></h3></div>
<div class="asset_publisher_view_full_content">
	<div class="asset_title"><span>{esc(a.title)}</span></div>
	<div class="social-panel">
		<div class="asset-publish-date"><span>{o["date_text"]}</span></div>
		<div class="social-icon">
			<span class="mail_icon"><a href="javascript:{ns}sendMail();"><img src="/{o["theme"]}/images/common/email.png" alt="" /> Email</a></span>
			<span class="print_icon"><a href="javascript:{ns}printPage();"><img src="/{o["theme"]}/images/common/print.png" alt="" /> In</a></span>
			<a href="javascript:void(0);" id="decreaseText" title="Giảm cỡ chữ">A-</a>
			<a href="javascript:void(0);" id="increaseText" title="Tăng cỡ chữ">A+</a>
			<button class="article-audio" id="btnSpeak" type="button"><i class="icon-volume-up"></i> Đọc bài</button>
			<div class="zalo-share-button" data-href="{a.url}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
			<div class="fb-share-button" data-href="{a.url}" data-layout="button_count"></div>
		</div>
	</div>
	{desc}
	<div class="asset-full-content">
		<div class="asset-content" id="{ns}{o.get("article_id", "5512388")}">
			<div class="journal-content-article">
{body}
{o.get("byline", "")}
			</div>
		</div>
		<div class="asset-metadata"><span class="metadata-entry metadata-view-count">Lượt xem: {o.get("views", 286)}</span></div>
	</div>
{links}
</div>
		</div></div>
	</section>
</div>"""
    return liferay_shell(a, portlet, str(o["site"]), str(o["host"]), str(o.get("head", "")))


# ---------------------------------------------------------------- SharePoint (CQ web parts, divArticleDescription)

def sp_shell(a: Art, main: str, charset: str = "utf-8") -> str:
    o = a.opt
    host = str(o["host"])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" __expr-val-dir="ltr">
<head><meta http-equiv="X-UA-Compatible" content="IE=8" /><meta http-equiv="Content-Type" content="text/html; charset={charset}" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" />
<title>
	{esc(a.title)} - {esc(str(o["site"]))}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=ie9Ukb7U2Jgm8zOYQpzBng%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/CQ/css/style.css"/>
<script type="text/javascript">
// <![CDATA[
document.write('<script type="text/javascript" src="/_layouts/1066/init.js?rev=lEi61hsCxcBAfvfQNZA%2FsQ%3D%3D"></' + 'script>');
document.write('<script type="text/javascript" src="/ScriptResource.axd?d=bPqvS8sT1Q2w5FfBvd8tVb6Ld4J&amp;t=ffffffffec2d9970"></' + 'script>');
// ]]>
</script>
<style type="text/css">
{BOILER_CSS}
.detail_artical h2{{font-size:18px;color:#004e9a}}.time_update{{color:#888;font-size:11px}}
</style>
</head>
<body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="{attr(a.url.split(host, 1)[1])}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{viewstate(a.slug + 'rd', 60).encode().hex()[:128].upper()},{o.get("digest_date", "28 Nov 2026 03:12:45 -0000")}" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QW{viewstate(a.slug, 3000)}" />
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
	<div class="header">
		<div class="logo"><a href="/"><img src="/Style%20Library/CQ/images/banner.jpg" alt="{attr(str(o["site"]))}" width="1000" height="140" /></a></div>
		<div class="date_top"><span id="ctl00_lblDateTime">{TODAY_CLOCK}</span></div>
		<div class="menu"><ul>
{menu_items("/Pages/danhmuc.aspx?CatId=")}
		</ul></div>
	</div>
	<div class="content clearfix">
		<div class="left_content" style="float:left;width:700px">
{main}
		</div>
		<div class="right_content sidebar" style="float:right;width:280px">
			<div class="box"><div class="box-title">Tin mới cập nhật</div><ul>
{side_list(SIDEBAR_NEWS, "/Pages/newsdetail.aspx?CatId=12&NewsId=")}
			</ul></div>
			<div class="box"><div class="box-title">Tin đọc nhiều</div><ul>
{side_list(SIDEBAR_MOST, "/Pages/newsdetail.aspx?CatId=15&NewsId=")}
			</ul></div>
			<div class="box"><div class="box-title">Văn bản mới</div><ul>
{side_list(SIDEBAR_DOCS, "/Pages/vanban.aspx?ItemID=")}
			</ul></div>
		</div>
	</div>
	<div class="footer">
		<p><b>{esc(str(o["site"]).upper())}</b></p>
		<p>{o["footer"]}</p>
		<p>&copy; Bản quyền thuộc về {esc(str(o["site"]))}. {FOOTER_NOTE}</p>
	</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function WebForm_OnSubmit() {{ UpdateFormDigest('\\u002f', 1440000); return true; }}
var g_presenceEnabled = true; var _spWebPartComponents = new Object();
//]]>
</script>
{analytics("UA-30147752-1")}
</form>
</body>
</html>
"""


def render_sp_cq(a: Art) -> str:
    o = a.opt
    g = f"ctl00_m_g_{o['guid']}_ctl00"

    def img(im: Img, f) -> str:  # type: ignore[no-untyped-def]
        cap = f'<tr><td class="image_desc" style="text-align:center"><i>{cap_html(im, f)}</i></td></tr>' if im.caption else ""
        return f'<table align="center" class="image" width="500"><tr><td><img src="{im.src}" width="500" border="0" alt="" /></td></tr>{cap}</table>'

    word = bool(o.get("word"))
    if word:
        p_tpl = ('<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%">'
                 '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;;mso-fareast-font-family:&quot;Times New Roman&quot;">{t}<o:p></o:p></span></p>')
        h_tpl = ('<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt"><b style="mso-bidi-font-weight:normal">'
                 '<span style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">{t}<o:p></o:p></span></b></p>')
    else:
        p_tpl, h_tpl = '<p style="text-align:justify">{t}</p>', '<p style="text-align:justify"><strong>{t}</strong></p>'
    body = body_html(a, p_tpl, h_tpl, img)
    if word:
        body = ('<div class="WordSection1">\n<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->\n'
                + body + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n</div>')
    sapo = f'<p><b>{txf(a)(a.lead)}</b></p>' if a.lead else ""
    others = "\n".join(
        f'<li><a href="{h}">{esc(t)}</a> <span class="time_update">(Ngày {d})</span></li>' for _g, h, t, d in a.related
    )
    main = f"""<div class="detail_artical">
	<div class="path"><div class="arr_B"><span id="{g}_lblBreadCrum">Trang chủ &gt;&gt; {esc(str(o.get("crumb_parent", "Tin tức")))} &gt;&gt; {esc(a.category or "")}</span></div></div>
	<div>
		<table cellpadding="0" cellspacing="0"><tr><td><table><tr>
			<td><a href="javascript:void(0)"><img src="/Style%20Library/CQ/images/icon_date.jpg" alt="" border="0" /></a></td>
			<td><span id="{g}_lblCreatedDate" class="date">{o["date_text"]}</span></td>
		</tr></table></td>
		<td align="right" class="tools"><a href="javascript:window.print()"><img src="/Style%20Library/CQ/images/icon_print.gif" alt="In bài viết này" /></a> <a href="mailto:?subject={attr(a.title)}&amp;body={attr(a.url)}"><img src="/Style%20Library/CQ/images/icon_email.gif" alt="Gửi email" /></a></td></tr></table>
	</div>
	<h2><span id="{g}_lblTitle">{esc(a.title)}</span></h2>
	{sapo}
	<p><table width="100%" cellpadding="0" cellspacing="0">
		<tr><td>
{body}
		</td></tr>
		<tr><td align="right" style="font-weight:bold"><span id="{g}_lblAuthor">{o.get("author_html", "")}</span><br /><span id="{g}_lblSource">{o.get("source_html", "")}</span></td></tr>
	</table></p>
	<span id="{g}_lblViewCount" class="view">Số lượt xem: {o.get("views", 651)}</span>
</div>
<div class="other_News">
	<div class="top_F">Các tin khác</div>
	<div class="inner_F_otherNew"><ul>
{others}
	</ul></div>
</div>"""
    page = sp_shell(a, main, "windows-1258" if word else "utf-8")
    return page


def render_sp_desc(a: Art) -> str:
    o = a.opt
    g = f"ctl00_SPWebPartManager1_g_{o['guid']}_ctl00"

    def img(im: Img, f) -> str:  # type: ignore[no-untyped-def]
        if o.get("fig"):
            cap = f"<figcaption>{cap_html(im, f)}</figcaption>" if im.caption else ""
            return f'<figure style="text-align:center"><img src="{im.src}" alt="" style="width:600px" />{cap}</figure>'
        cap = f'<tr><td class="image_desc">{cap_html(im, f)}</td></tr>' if im.caption else ""
        return f'<table class="image" align="center"><tbody><tr><td><img src="{im.src}" alt="" width="600" /></td></tr>{cap}</tbody></table>'

    body = body_html(a, str(o.get("p_tpl", '<p style="text-align:justify">{t}</p>')),
                     '<p style="text-align:justify"><strong>{t}</strong></p>', img)
    sapo = f'<p>{txf(a)(a.lead)}</p>' if a.lead else ""
    nguon = ""
    if o.get("source_html"):
        nguon = f'<div id="{g}_pnNguontin" class="nguontin">\n<p align="right"><font color="#333333"><b>{o["source_html"]}</b></font></p>\n</div>'
    others = "\n".join(
        f'<li><a href="{h}">{esc(t)}</a><span class="date"> ({d})</span></li>' for _g, h, t, d in a.related
    )
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/tintuc/Pages/default.aspx">Tin tức</a> &gt; <a href="/tintuc/Pages/{o["cat_page"]}.aspx">{esc(a.category or "")}</a></div>
<div class="ms-rtestate-field">
<div id="divArticle" class="article">
	<div id="divArticleDescription3" class="title"><h1>{esc(a.title)}</h1></div>
	<div id="{g}_pnHide" class="date-panel"><span class="date">{o["date_text"]}</span> <span class="views">| Lượt xem: {o.get("views", 902)}</span></div>
	<div class="tools"><a href="javascript:window.print();">In bài</a> | <a href="javascript:void(0)" onclick="sendMail()">Gửi email</a> | <a href="javascript:void(0)" onclick="zoom(1)">A+</a> <a href="javascript:void(0)" onclick="zoom(-1)">A-</a></div>
	<div id="divArticleDescription1" class="sapo">{sapo}</div>
	<div id="divArticleDescription2" class="content">
{body}
{o.get("byline", "")}
	</div>
	{nguon}
</div>
</div>
<div class="tinkhac"><h3 class="title-tinkhac">{esc(str(o.get("rel_head", "Tin khác")))}</h3><ul>
{others}
</ul></div>"""
    return sp_shell(a, main)


# ---------------------------------------------------------------- DNN

def render_dnn(a: Art) -> str:
    o = a.opt
    n = str(o["ctr"])
    p = f"dnn_ctr{n}_ViewNewsDetail"
    skin = str(o["skin"])

    def img(im: Img, f) -> str:  # type: ignore[no-untyped-def]
        cap = f'<p style="text-align: center;"><span style="font-size: 11px;"><em>{cap_html(im, f)}</em></span></p>' if im.caption else ""
        return f'<p style="text-align: center;"><img alt="" src="{im.src}" style="width: 600px; height: 400px;" /></p>\n{cap}'

    body = body_html(a, str(o.get("p_tpl", '<p style="text-align: justify;">{t}</p>')),
                     '<h3 style="text-align: justify;">{t}</h3>', img)
    lead = f'<div id="{p}_pnlSummary" class="news-summary"><span id="{p}_lblSummary">{txf(a)(a.lead)}</span></div>' if a.lead else ""
    upd = ""
    if o.get("updated_text"):
        upd = f' <span id="{p}_lblModified" class="news-modified">{o["updated_text"]}</span>'
    rel = "\n".join(
        f'<li><a id="dnn_ctr{n}_ViewNewsDetail_rptOther_ctl0{i}_hlTitle" href="{h}">{esc(t)}</a> <span class="news-date">({d})</span></li>'
        for i, (_g, h, t, d) in enumerate(a.related)
    )
    tags = ""
    if a.tags:
        tags = f'<div id="{p}_pnlTags" class="news-tags"><span>Tags:</span> ' + " ".join(
            f'<a href="/Default.aspx?tabid={o["tabid"]}&amp;tag={t.replace(" ", "%20")}">{esc(t)}</a>' for t in a.tags) + "</div>"
    return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2018, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>
	{esc(str(o["site"]))} &gt; {esc(a.category or "")} &gt; {esc(a.title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{attr(clean(a.lead or a.title)[:180])}" /><meta id="MetaKeywords" name="KEYWORDS" content="{attr(", ".join(a.tags))},DotNetNuke,DNN" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<meta property="og:title" content="{attr(a.title)}" /><meta property="og:type" content="article" /><meta property="og:url" content="{attr(a.url)}" />
{o.get("head", "")}
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=39" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/NewsArticles/module.css?cdv=39" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Skins/{skin}/skin.css?cdv=39" type="text/css" rel="stylesheet"/>
<link href="/Portals/0/portal.css?cdv=39" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=39" type="text/javascript"></script>
<script src="/Resources/libraries/jQuery-Migrate/01_02_01/jquery-migrate.js?cdv=39" type="text/javascript"></script>
<style type="text/css">
{BOILER_CSS}
</style>
</head>
<body id="Body">
<form method="post" action="{attr(a.url.split(str(o["host"]), 1)[1])}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(a.slug, 2600)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZOD4hQ4E2dq0yKr3nO0MZ5mNMpHW&amp;t=636567208440000000" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(a.slug + 'ev', 120)}" />
</div>
<script src="/js/dnn.js?cdv=39" type="text/javascript"></script><script src="/js/dnn.modalpopup.js?cdv=39" type="text/javascript"></script><script src="/js/dnncore.js?cdv=39" type="text/javascript"></script>
<div id="siteWrapper">
	<div id="header">
		<div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="{attr(str(o["site"]))}" href="https://{o["host"]}/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo.png?ver=2019-03-11-101530-000" alt="{attr(str(o["site"]))}" /></a></div>
		<div class="header-date"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{TODAY_CLOCK}</span></div>
		<div class="search"><span id="dnn_dnnSearch_ClassicSearch"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" /><a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack('dnn$dnnSearch$cmdSearch','')">Tìm kiếm</a></span></div>
		<div id="dnn_pnav" class="menu"><ul>
{menu_items("/Default.aspx?tabid=")}
		</ul></div>
	</div>
	<div class="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="https://{o["host"]}/" class="breadcrumbLink" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></span> › <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="https://{o["host"]}/Default.aspx?tabid={o["tabid"]}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(a.category or "")}</span></a><meta itemprop="position" content="2" /></span></span></span></div>
	<div id="content" class="clearfix">
		<div id="dnn_ContentPane" class="contentPane" style="float:left;width:700px">
<div class="DnnModule DnnModule-NewsArticles DnnModule-{n}"><a name="{n}"></a>
<div class="c_container"><div id="dnn_ctr{n}_ContentPane" class="contentpane"><!-- Start_Module_{n} --><div id="dnn_ctr{n}_ModuleContent" class="DNNModuleContent ModNewsArticlesC">
<div id="{p}_pnlDetail" class="news-detail">
	<div class="news-category"><a id="{p}_hlCategory" href="/Default.aspx?tabid={o["tabid"]}">{esc(a.category or "")}</a></div>
	<h1 class="news-title"><span id="{p}_lblTitle">{esc(a.title)}</span></h1>
	<div class="news-info"><span id="{p}_lblDate" class="news-date">{o["date_text"]}</span>{upd} <span id="{p}_lblViews" class="news-views">Lượt xem: {o.get("views", 733)}</span>
		<span class="news-tools"><a id="{p}_lbtPrint" href="javascript:__doPostBack('dnn$ctr{n}$ViewNewsDetail$lbtPrint','')">In trang</a> | <a id="{p}_lbtSendMail" href="javascript:__doPostBack('dnn$ctr{n}$ViewNewsDetail$lbtSendMail','')">Gửi email</a></span>
	</div>
	{lead}
	<div id="{p}_pnlContent" class="news-content">
{body}
	</div>
	<div id="{p}_pnlAuthor" class="news-author" style="text-align:right;font-weight:bold">{o.get("author_html", "")}</div>
	{tags}
	<div class="news-share"><div class="fb-like" data-href="{attr(a.url)}" data-layout="button_count"></div><div class="zalo-share-button" data-href="{attr(a.url)}" data-oaid="2519364812934811125" data-layout="2"></div></div>
	<div id="{p}_pnlOther" class="news-other">
		<h3 class="news-other-title">{esc(str(o.get("rel_head", "Tin tức khác")))}</h3>
		<ul>
{rel}
		</ul>
	</div>
</div>
</div><!-- End_Module_{n} --></div></div></div>
		</div>
		<div id="dnn_RightPane" class="rightPane sidebar" style="float:right;width:280px">
<div class="DnnModule DnnModule-NewsArticles DnnModule-{int(n) + 7}"><div id="dnn_ctr{int(n) + 7}_ContentPane"><div class="box"><h3>Tin mới</h3><ul>
{side_list(SIDEBAR_NEWS, "/Default.aspx?tabid=" + str(o["tabid"]) + "&amp;ndid=")}
</ul></div></div></div>
<div class="DnnModule DnnModule-HTML DnnModule-{int(n) + 9}"><div id="dnn_ctr{int(n) + 9}_ContentPane"><div class="box"><h3>Văn bản mới</h3><ul>
{side_list(SIDEBAR_DOCS, "/Default.aspx?tabid=77&amp;vbid=")}
</ul></div></div></div>
		</div>
	</div>
	<div id="footer" class="footer">
		<div id="dnn_FooterPane"><p>{o["footer"]}</p><p>{FOOTER_NOTE}</p></div>
		<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2019 by {esc(str(o["site"]))}</span>
	</div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{o["tabid"]}`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{viewstate(a.slug + 'tok', 60)}" />
<script src="/Portals/_default/Skins/{skin}/js/scripts.js?cdv=39" type="text/javascript"></script>
</form>
{analytics("UA-66230172-1")}
</body>
</html>
"""


RENDER = {
    "duk_langson": render_duk, "nukeviet4": render_nv4, "nukeviet3": render_nv3,
    "liferay": render_liferay, "liferay_vn": render_liferay_vn, "sharepoint_cq": render_sp_cq,
    "sharepoint_desc": render_sp_desc, "dnn": render_dnn,
}
ARTICLES: list[Art] = []


# ================================================================ duk_langson

DUK = "http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail"
ARTICLES.append(Art(
    family="duk_langson", slug="chi-bo-stttt-so-ket-6-thang-2743",
    url=f"{DUK}&catid=3&id=2743",
    title="Chi bộ Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023",
    published="2023-06-14T14:15:00+07:00", category="Hoạt động của các tổ chức Đảng cơ sở",
    author="Phạm Thảo", author_unit="Chi bộ Sở Thông tin và Truyền thông",
    notes="Seed article. Header clock shows today (28/11/2026); date '14-06-2023 14:15' with dashes; &nbsp; indents; "
          "caption table with <br> in td.image_desc (two lines -> one space); double space inside a paragraph; "
          "empty <p>&nbsp;</p>; trailing right-aligned 'Name, Unit' paragraph; 'Tin liên quan' links with '(dd/mm/yyyy)'; "
          "sidebars 'Tin mới'/'Tin xem nhiều'/'Văn bản mới' with their own dates; no lead.",
    blocks=[
        ("p", "Ngày 7/6/2023, Chi bộ Sở Thông tin và Truyền thông đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023. Tham dự Hội nghị sơ kết có toàn thể đảng viên trong Chi bộ."),
        ("p", "Trong 6 tháng đầu năm 2023, công tác lãnh đạo chỉ đạo luôn được cấp ủy Chi bộ tăng cường thực hiện, ban hành nghị quyết, chương trình kế hoạch công tác năm theo đúng các nhiệm vụ, mục tiêu Nghị quyết đại hội Chi bộ đã đề ra; công tác xây dựng Đảng, hệ thống chính trị được thực hiện đảm bảo đúng quy định, công tác giáo dục chính trị tư tưởng cho đảng viên và quần chúng được thực hiện nghiêm túc, không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống; triển khai có hiệu quả kế hoạch thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Công tác quản lý nhà nước về thông tin và truyền thông được tăng cường ở tất cả các lĩnh vực; các hoạt động báo chí tiếp tục đi vào nề nếp và có hiệu quả, góp phần quan trọng trong việc thông tin tuyên truyền, định hướng dư luận góp phần tạo sự đồng thuận trong xã hội. Các dịch vụ bưu chính hoạt động ổn định, mạng lưới viễn thông đảm bảo thông suốt phục vụ sự lãnh đạo, chỉ đạo của các cấp ủy đảng và chính quyền góp phần phát triển kinh tế - xã hội, đảm bảo an ninh - quốc phòng. Công tác quản lý nhà nước về chuyển đổi số luôn nhận được sự quan tâm lãnh đạo, chỉ đạo của Lãnh đạo tỉnh và các Sở, ngành, địa phương, Tỉnh ủy, HĐND, UBND tỉnh đã có nhiều chỉ đạo trong việc ứng dụng công nghệ thông tin, xây dựng thành phố thông minh, chuyển đổi số. Công tác thanh tra, kiểm tra đã thực hiện có hiệu quả, kịp thời phát hiện, xử lý hành vi vi phạm của các tổ chức, cá nhân hoạt động trong lĩnh vực thông tin và truyền thông; chấn chỉnh, hướng dẫn các tổ chức, cá nhân thực hiện đúng quy định của pháp luật góp phần nâng cao hiệu lực, hiệu quả quản lý nhà nước về thông tin và truyền thông trên địa bàn tỉnh."),
        ("raw", "<p>&nbsp;</p>"),
        ("img", Img("/Upload/duk/2023/06/14/IMG_2743_hoi-nghi.jpg", ["Đồng chí Nguyễn Trọng Hùng, Quyền Bí thư Chi bộ, Phó Giám đốc phụ trách Sở", "chủ trì Hội nghị"])),
        ("raw", "<p>&nbsp;</p>"),
        ("p", "Tại Hội nghị, các đảng viên trong Chi bộ đã thảo luận, tham gia ý kiến vào dự thảo báo cáo về các công tác chuyên môn, công tác đảng, công tác phát triển đảng viên… để hoàn thiện báo cáo sơ kết công tác Đảng 6 tháng đầu năm và đề ra phương hướng, nhiệm vụ 6 tháng cuối năm 2023."),
        ("p", "Phát biểu kết luận Hội nghị, đồng chí Nguyễn Trọng Hùng, Quyền Bí thư Chi bộ, Phó Giám đốc phụ trách Sở đánh giá cao các kết quả Chi bộ Sở đã đạt được trong 6 tháng đầu năm,  đồng thời lưu ý một số nội dung cần tập trung lãnh đạo, chỉ đạo 6 tháng cuối năm như: Tiếp tục thực hiện tốt nhiệm vụ chính trị và nhiệm vụ chuyên môn của đơn vị, thực hiện nghiêm túc quy chế làm việc của Chi bộ, chế độ sinh hoạt Chi bộ; các đồng chí đảng viên trong Chi bộ tiếp tục đóng góp nhiều hơn nữa sức lực và trí tuệ để hoàn thành tốt các nhiệm vụ được giao, góp phần thực hiện thắng lợi mọi mặt công tác 6 tháng cuối năm 2023."),
        ("raw", "<p>&nbsp;</p>"),
    ],
    related=[
        ("Tin liên quan", "Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2738", "Đảng bộ Cục Thuế tỉnh sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023", "12/06/2023"),
        ("Tin liên quan", "Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2731", "Chi bộ Văn phòng Đoàn ĐBQH và HĐND tỉnh sinh hoạt chuyên đề tháng 6", "08/06/2023"),
        ("Tin liên quan", "Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2719", "Đảng ủy Bưu điện tỉnh kết nạp đảng viên mới", "31/05/2023"),
        ("Tin liên quan", "Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2702", "Chi bộ Sở Tư pháp học tập chuyên đề năm 2023 về tư tưởng, đạo đức, phong cách Hồ Chí Minh", "22/05/2023"),
    ],
    opt={"date_text": "14-06-2023 14:15", "indent": 5, "views": 284,
         "byline": '<p style="text-align: right;"><strong>Phạm Thảo, Chi bộ Sở Thông tin và Truyền thông</strong></p>'},
))

ARTICLES.append(Art(
    family="duk_langson", slug="hoc-tap-nghi-quyet-tw8-3015",
    url=f"{DUK}&catid=2&id=3015",
    title="Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII",
    published="2023-12-06T09:30:00+07:00", category="Hoạt động của Đảng ủy Khối",
    author="Hoàng Linh", photographer="Hoàng Linh",
    notes="'Tin, ảnh: Hoàng Linh' byline in a right-aligned <em> paragraph (author and photographer); two caption "
          "tables, the second caption on one line; a <strong>-only subhead paragraph; relative image src without "
          "leading slash; header clock 'Thứ Bảy, ngày 28/11/2026'.",
    blocks=[
        ("p", "Sáng 5/12/2023, Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh tổ chức Hội nghị trực tuyến học tập, quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII đến các tổ chức cơ sở đảng trực thuộc. Dự Hội nghị có gần 1.200 cán bộ, đảng viên tại điểm cầu chính và 46 điểm cầu cơ sở."),
        ("img", Img("Upload/duk/2023/12/06/hoi-nghi-tw8-1.jpg", ["Đồng chí Lương Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy Khối", "quán triệt Nghị quyết tại Hội nghị"])),
        ("p", "Tại Hội nghị, các đại biểu đã được nghe báo cáo viên truyền đạt những nội dung cơ bản, cốt lõi của Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới; Nghị quyết số 45-NQ/TW về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển nhanh và bền vững đất nước trong giai đoạn mới."),
        ("h", "Đưa Nghị quyết vào cuộc sống"),
        ("p", "Kết luận Hội nghị, đồng chí Phó Bí thư Thường trực Đảng ủy Khối đề nghị cấp ủy các cấp khẩn trương xây dựng kế hoạch thực hiện, gắn việc học tập Nghị quyết với nhiệm vụ chính trị của từng cơ quan, doanh nghiệp; mỗi cán bộ, đảng viên phải viết bài thu hoạch và đăng ký nội dung làm theo cụ thể, sát thực tế."),
        ("img", Img("Upload/duk/2023/12/06/hoi-nghi-tw8-2.jpg", ["Quang cảnh Hội nghị tại điểm cầu Đảng ủy Khối"])),
        ("p", "Các tổ chức cơ sở đảng hoàn thành việc học tập, quán triệt trước ngày 31/12/2023 và báo cáo kết quả về Ban Tuyên giáo Đảng ủy Khối để tổng hợp."),
    ],
    related=[
        ("Tin liên quan", "Default.aspx?siteid=1&c=content&a=detail&catid=2&id=3009", "Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 14", "01/12/2023"),
        ("Tin liên quan", "Default.aspx?siteid=1&c=content&a=detail&catid=2&id=2996", "Tập huấn nghiệp vụ công tác tuyên giáo năm 2023", "24/11/2023"),
        ("Tin liên quan", "Default.aspx?siteid=1&c=content&a=detail&catid=2&id=2981", "Đảng ủy Khối trao Huy hiệu Đảng đợt 7/11", "08/11/2023"),
    ],
    opt={"date_text": "06-12-2023 09:30", "indent": 3, "views": 519, "img_width": "450",
         "byline": '<p style="text-align: right;"><em><strong>Tin, ảnh:</strong> Hoàng Linh</em></p>'},
))

ARTICLES.append(Art(
    family="duk_langson", slug="ubkt-kiem-tra-dang-bo-cuc-thue-3127",
    url=f"{DUK}&catid=4&id=3127",
    title="Ủy ban Kiểm tra Đảng ủy Khối kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát tại Đảng bộ Cục Thuế tỉnh",
    published="2024-08-22T08:05:00+07:00", category="Kiểm tra, giám sát",
    author="Thu Hà, Minh Tuấn",
    lead="Thực hiện Chương trình kiểm tra, giám sát năm 2024, từ ngày 19 đến 21/8/2024, Ủy ban Kiểm tra Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh đã tiến hành kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng đối với Đảng ủy và Ủy ban Kiểm tra Đảng ủy Cục Thuế tỉnh.",
    notes="Bold <p><b> lead at the top of the content (lead first in body); no image; two authors joined by ' - ' "
          "in the trailing right-aligned line (-> 'Thu Hà, Minh Tuấn', no unit); no time trap in body "
          "('Sáng 21/8' free text); related links with dates.",
    blocks=[
        ("p", "Qua kiểm tra cho thấy, Đảng ủy Cục Thuế tỉnh đã ban hành đầy đủ chương trình, kế hoạch kiểm tra, giám sát năm 2024; tổ chức kiểm tra 04 tổ chức đảng và 09 đảng viên, giám sát chuyên đề 03 chi bộ trực thuộc. Ủy ban Kiểm tra Đảng ủy đã tham mưu kịp thời cho cấp ủy trong lãnh đạo công tác kiểm tra, giám sát, đúng quy trình, quy định của Điều lệ Đảng."),
        ("p", "Bên cạnh kết quả đạt được, Đoàn kiểm tra cũng chỉ ra một số hạn chế như: việc lập hồ sơ một số cuộc giám sát chưa đầy đủ tài liệu; nội dung giám sát thường xuyên đối với đảng viên là cấp ủy viên còn chung chung; việc sử dụng công nghệ thông tin trong quản lý hồ sơ kiểm tra chưa đồng bộ."),
        ("p", "Sáng 21/8, Đoàn kiểm tra đã thông qua dự thảo báo cáo kết quả kiểm tra. Đồng chí Hoàng Văn Nghiệm, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối đề nghị Đảng ủy Cục Thuế tỉnh tiếp thu nghiêm túc các ý kiến, xây dựng kế hoạch khắc phục hạn chế, khuyết điểm và báo cáo kết quả trước ngày 30/9/2024."),
    ],
    related=[
        ("Tin liên quan", "Default.aspx?siteid=1&c=content&a=detail&catid=4&id=3110", "Ủy ban Kiểm tra Đảng ủy Khối giám sát chuyên đề tại Đảng bộ Công ty Điện lực Lạng Sơn", "09/08/2024"),
        ("Tin liên quan", "Default.aspx?siteid=1&c=content&a=detail&catid=4&id=3088", "Hội nghị sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm 2024", "15/07/2024"),
    ],
    opt={"date_text": "22-08-2024 08:05", "indent": 4, "views": 176,
         "byline": '<p style="text-align: right;"><span style="font-size:14px;"><strong>Thu Hà - Minh Tuấn</strong></span></p>'},
))


# ================================================================ nukeviet4

NV4_TN = {"site": "Ban Tuyên giáo Tỉnh ủy Thái Nguyên", "host": "tuyengiaothainguyen.org",
          "footer": "Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Thái Nguyên. Địa chỉ: Số 18, đường Nha Trang, phường Trưng Vương, thành phố Thái Nguyên. Điện thoại: 0208.3855.492"}
NV4_BP = {"site": "Tỉnh ủy Bình Phước", "host": "tinhuybinhphuoc.vn",
          "footer": "Cơ quan chủ quản: Văn phòng Tỉnh ủy Bình Phước. Địa chỉ: Đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước. Điện thoại: 0271.3879.172"}

ARTICLES.append(Art(
    family="nukeviet4", slug="hoi-nghi-bao-cao-vien-quy-iii-2022-1204",
    url="https://tuyengiaothainguyen.org/news/tin-tuc-su-kien/hoi-nghi-bao-cao-vien-quy-iii-2022-1204.html",
    title="Hội nghị báo cáo viên Tỉnh ủy quý III năm 2022",
    published="2022-09-28T21:45:00+07:00", category="Tin tức - Sự kiện",
    author="Minh Hằng", source="Ban Tuyên giáo Tỉnh ủy",
    lead="Chiều 28/9, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên Tỉnh ủy quý III năm 2022 nhằm thông tin tình hình thời sự nổi bật trong nước, quốc tế và định hướng công tác tuyên truyền trong thời gian tới.",
    lead_image=Img("/uploads/news/2022_09/hoi-nghi-bcv-quy-3.jpg", ["Quang cảnh Hội nghị báo cáo viên Tỉnh ủy quý III năm 2022"]),
    notes="NukeViet 4 default theme. Date 'Thứ tư - 28/09/2022 21:45' in span.h5 (plus og article:published_time); "
          "breadcrumbs only in hidden temp-breadcrumbs ('Trang nhất' > 'Tin Tức' > category); lead image in "
          "figure.article.left with figcaption, hometext lead; body image with p > em caption; p.h5.text-right "
          "'Tác giả:'/'Nguồn tin:'; 'Từ khóa' tags; rating text; 'Những tin mới hơn' / 'Những tin cũ hơn' with '(dd/mm/yyyy)'.",
    blocks=[
        ("p", "Tại Hội nghị, các đại biểu được nghe đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy thông tin về tình hình kinh tế - xã hội 9 tháng đầu năm 2022 của tỉnh; kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và những nhiệm vụ trọng tâm cần tập trung chỉ đạo trong quý IV."),
        ("p", "Báo cáo viên của Bộ Chỉ huy Quân sự tỉnh thông tin chuyên đề về tình hình Biển Đông, một số vấn đề quốc tế nổi bật và công tác đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng."),
        ("img", Img("/uploads/news/2022_09/bao-cao-vien-phat-bieu.jpg", ["Đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu chỉ đạo Hội nghị"])),
        ("p", "Phát biểu kết luận Hội nghị, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị đội ngũ báo cáo viên các cấp bám sát định hướng tuyên truyền, kịp thời nắm bắt tâm tư, nguyện vọng của cán bộ, đảng viên và Nhân dân; tăng cường tuyên truyền kỷ niệm 105 năm Cách mạng Tháng Mười Nga và 92 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam."),
        ("p", "Dịp này, Ban Tuyên giáo Tỉnh ủy cũng quán triệt một số văn bản mới của Trung ương và của Tỉnh ủy liên quan đến công tác tuyên giáo, công tác bảo vệ nền tảng tư tưởng của Đảng."),
    ],
    tags=["báo cáo viên", "tuyên giáo", "thông tin thời sự"],
    related=[
        ("Những tin mới hơn", "/news/tin-tuc-su-kien/so-ket-cong-tac-tuyen-giao-9-thang-1210.html", "Sơ kết công tác tuyên giáo 9 tháng năm 2022", "30/09/2022"),
        ("Những tin mới hơn", "/news/tin-tuc-su-kien/tap-huan-cong-tac-du-luan-xa-hoi-1215.html", "Tập huấn nghiệp vụ công tác dư luận xã hội năm 2022", "04/10/2022"),
        ("Những tin cũ hơn", "/news/tin-tuc-su-kien/hoi-thi-bao-cao-vien-gioi-1188.html", "Hội thi Báo cáo viên giỏi cấp cơ sở năm 2022", "20/09/2022"),
        ("Những tin cũ hơn", "/news/tin-tuc-su-kien/quan-triet-ket-luan-21-1179.html", "Quán triệt Kết luận số 21-KL/TW cho cán bộ chủ chốt", "14/09/2022"),
    ],
    opt={**NV4_TN, "cat_alias": "tin-tuc-su-kien", "date_text": "Thứ tư - 28/09/2022 21:45",
         "author_html": "Minh Hằng", "source_html": "Ban Tuyên giáo Tỉnh ủy", "newsid": "1204"},
))

ARTICLES.append(Art(
    family="nukeviet4", slug="dan-van-kheo-xay-dung-nong-thon-moi-297",
    url="https://tinhuybinhphuoc.vn/vi/chuyen-de/Dan-van-kheo/dan-van-kheo-xay-dung-nong-thon-moi-297.html",
    title="Phong trào “Dân vận khéo” góp phần xây dựng nông thôn mới ở Bù Đăng",
    published="2023-05-15T07:30:00+07:00", category="Dân vận khéo",
    author="Huỳnh Phong, Hùng Anh",
    lead="Những năm qua, phong trào thi đua “Dân vận khéo” được các cấp ủy, chính quyền, Mặt trận và các đoàn thể huyện Bù Đăng triển khai sâu rộng, trở thành động lực quan trọng trong xây dựng nông thôn mới.",
    notes="NukeViet 4 with /vi/ prefix; span.h5 meta line 'Thứ hai - 15/05/2023 07:30  Đã xem: 1254  Phản hồi: 0' (date plus counters, &nbsp; separated); no lead image; hometext lead with curly quotes; <p><strong> subheads; "
          "body image as <figure class=image> + figcaption; 'Tác giả: Huỳnh Phong - Hùng Anh' (two names); no "
          "'Nguồn tin'; no tags; three related groups incl. 'Theo dòng sự kiện'.",
    blocks=[
        ("h", "Lấy dân làm gốc"),
        ("p", "Xác định công tác dân vận là nhiệm vụ của cả hệ thống chính trị, Ban Thường vụ Huyện ủy Bù Đăng đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, gắn phong trào “Dân vận khéo” với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và các chương trình phát triển kinh tế - xã hội của địa phương."),
        ("p", "Ở xã Đăk Nhau, nhờ làm tốt công tác vận động, người dân đã tự nguyện hiến hơn 12.000 m² đất, đóng góp trên 1,8 tỷ đồng và hàng nghìn ngày công để mở rộng, bê tông hóa 14 km đường giao thông nông thôn."),
        ("img", Img("/uploads/chuyen-de/2023_05/duong-giao-thong-dak-nhau.jpg", ["Tuyến đường bê tông do Nhân dân xã Đăk Nhau hiến đất, góp công xây dựng"])),
        ("h", "Nhân rộng mô hình hay"),
        ("p", "Toàn huyện hiện có 126 mô hình “Dân vận khéo” được công nhận ở các cấp, trong đó nhiều mô hình được nhân rộng như “Tuyến đường hoa nông thôn mới”, “Camera an ninh”, “Nhà nhân ái đồng bào dân tộc thiểu số”."),
        ("p", "Thời gian tới, Ban Dân vận Huyện ủy tiếp tục tham mưu đổi mới nội dung, phương thức thi đua, kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu, góp phần đưa Bù Đăng đạt chuẩn huyện nông thôn mới vào năm 2025."),
    ],
    related=[
        ("Theo dòng sự kiện", "/vi/chuyen-de/Dan-van-kheo/ton-vinh-dien-hinh-dan-van-kheo-2023-301.html", "Tôn vinh điển hình “Dân vận khéo” năm 2023", "19/05/2023"),
        ("Những tin mới hơn", "/vi/chuyen-de/Dan-van-kheo/mo-hinh-dan-van-kheo-o-loc-ninh-299.html", "Mô hình dân vận khéo ở Lộc Ninh", "17/05/2023"),
        ("Những tin cũ hơn", "/vi/chuyen-de/Dan-van-kheo/dan-van-chinh-quyen-nam-2023-288.html", "Đẩy mạnh công tác dân vận chính quyền năm 2023", "08/05/2023"),
        ("Những tin cũ hơn", "/vi/chuyen-de/Dan-van-kheo/khoi-dan-van-so-ket-quy-i-281.html", "Khối Dân vận tỉnh sơ kết quý I năm 2023", "27/04/2023"),
    ],
    opt={**NV4_BP, "cat_alias": "chuyen-de/Dan-van-kheo", "date_text": "Thứ hai - 15/05/2023 07:30&nbsp;&nbsp;Đã xem: 1254&nbsp;&nbsp;Phản hồi: 0",
         "author_html": "Huỳnh Phong - Hùng Anh", "body_figure": True, "newsid": "297", "rating": "45", "rating_n": "10"},
))

ARTICLES.append(Art(
    family="nukeviet4", slug="ket-nap-dang-vien-la-hoc-sinh-1422",
    url="https://tinhuybinhphuoc.vn/news/xay-dung-dang/ket-nap-dang-vien-la-hoc-sinh-1422.html",
    title="Kết nạp 5 đảng viên là học sinh Trường THPT chuyên Quang Trung",
    published="2023-11-03T16:05:00+07:00", category="Xây dựng Đảng",
    author="KHÁNH TRUNG", source="Báo Bình Phước",
    notes="NukeViet 4, no hometext (lead null); body written with named entities (&ecirc; &oacute; &agrave; "
          "&ldquo;...); upper-case author 'KHÁNH TRUNG' kept as printed; Nguồn tin; attachments panel "
          "'File đính kèm' (not body); image with p > em caption; tags; 'Những tin cũ hơn' only.",
    blocks=[
        ("p", "Chiều 3/11, Chi bộ Trường THPT chuyên Quang Trung (Đảng bộ thành phố Đồng Xoài) tổ chức lễ kết nạp đảng viên cho 5 học sinh ưu tú khối lớp 12. Đây là những học sinh có thành tích học tập xuất sắc, tích cực tham gia các phong trào của Đoàn và hoạt động tình nguyện."),
        ("img", Img("/uploads/news/2023_11/ket-nap-dang-vien-hoc-sinh.jpg", ["Các đảng viên mới tuyên thệ dưới cờ Đảng"])),
        ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Thành ủy Đồng Xoài chúc mừng các đảng viên mới và nhấn mạnh: “Việc kết nạp đảng viên là học sinh là kết quả của quá trình bồi dưỡng, rèn luyện lâu dài; các em phải tiếp tục phấn đấu, giữ gìn tư cách đảng viên, là tấm gương cho đoàn viên, thanh niên noi theo”."),
        ("p", "Năm học 2023 - 2024, Chi bộ nhà trường đã giới thiệu 12 học sinh tham gia lớp bồi dưỡng nhận thức về Đảng; đến nay đã kết nạp được 5 đảng viên, tiếp tục theo dõi, giúp đỡ 7 quần chúng ưu tú."),
        ("p", "Từ năm 2018 đến nay, Đảng bộ thành phố Đồng Xoài đã kết nạp 41 đảng viên là học sinh trung học phổ thông, góp phần trẻ hóa đội ngũ đảng viên và tạo nguồn cán bộ cho địa phương."),
    ],
    tags=["kết nạp đảng viên", "học sinh", "Đồng Xoài"],
    related=[
        ("Những tin cũ hơn", "/news/xay-dung-dang/huy-hieu-dang-dot-7-11-1415.html", "Trao Huy hiệu Đảng đợt 7/11 cho 86 đảng viên", "01/11/2023"),
        ("Những tin cũ hơn", "/news/xay-dung-dang/hoi-nghi-can-bo-chu-chot-1408.html", "Hội nghị cán bộ chủ chốt tỉnh tháng 10/2023", "27/10/2023"),
        ("Những tin cũ hơn", "/news/xay-dung-dang/so-ket-chi-thi-28-1399.html", "Sơ kết 5 năm thực hiện Chỉ thị số 28-CT/TW", "20/10/2023"),
    ],
    opt={**NV4_BP, "cat_alias": "xay-dung-dang", "date_text": "Thứ sáu - 03/11/2023 16:05", "text": "ent",
         "author_html": "KH&Aacute;NH TRUNG", "source_html": "B&aacute;o B&igrave;nh Phước", "newsid": "1422",
         "attach": "Danh sách đảng viên được kết nạp đợt 3/11/2023",
         "p_tpl": '<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {t}</p>'},
))


# ================================================================ nukeviet3

NV3_DN = {"site": "Đảng bộ tỉnh Đắk Nông", "host": "tinhuydaknong.vn",
          "footer": "Cơ quan chủ quản: Văn phòng Tỉnh ủy Đắk Nông. Địa chỉ: Đường 23/3, phường Nghĩa Đức, thành phố Gia Nghĩa, tỉnh Đắk Nông. Điện thoại: 0261.3544.109"}
NV3_TV = {"site": "Ban Tuyên giáo Tỉnh ủy Trà Vinh", "host": "tuyengiaotravinh.vn",
          "footer": "Địa chỉ: Số 4, đường Lê Thánh Tôn, Phường 2, thành phố Trà Vinh. Điện thoại: 0294.3862.357 - Email: btgtu@travinh.gov.vn"}

ARTICLES.append(Art(
    family="nukeviet3", slug="dang-bo-khoi-doanh-nghiep-dai-hoi-1837",
    url="http://tinhuydaknong.vn/vi/news/Xay-dung-Dang/Dang-bo-Khoi-Doanh-nghiep-to-chuc-Dai-hoi-diem-1837/",
    title="Đảng bộ Khối Doanh nghiệp tổ chức Đại hội điểm cấp cơ sở nhiệm kỳ 2015 - 2020",
    published="2016-03-15T04:35:00+07:00", category="Xây dựng Đảng",
    author="Quốc Nhật",
    lead="Sáng 14-3, Đảng bộ Công ty TNHH MTV Cà phê Đức Lập tổ chức Đại hội điểm Đảng bộ cơ sở nhiệm kỳ 2015 - 2020, rút kinh nghiệm chỉ đạo đại hội các tổ chức cơ sở đảng trực thuộc Đảng bộ Khối Doanh nghiệp tỉnh.",
    lead_image=Img("/uploads/news/2016_03/dai-hoi-diem-duc-lap.jpg", ["Ban Chấp hành Đảng bộ Công ty", "nhiệm kỳ 2015 - 2020 ra mắt Đại hội"]),
    notes="NukeViet 3 restyled party theme; time-first 'span.time' '04:35 15/03/2016'; div#hometext with "
          "div#imghome image + p > em caption containing <br>; lead in <p><strong>; body uses the legacy "
          "U+00D0 'Ð' instead of 'Đ' in the lead, caption and body prose (never in the title; expected maps to 'Đ'); 'Tác giả:' right-aligned paragraph; ul.related "
          "under 'Các tin khác'; dates in body ('14-3') unpadded.",
    blocks=[
        ("p", "Đại hội đã đánh giá kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2010 - 2015: Đảng bộ lãnh đạo Công ty hoàn thành vượt mức kế hoạch sản xuất kinh doanh, năng suất cà phê bình quân đạt 3,2 tấn/ha, thu nhập của người lao động tăng bình quân 9%/năm; công tác xây dựng Đảng, đoàn thể được chú trọng, 5 năm liền Đảng bộ đạt trong sạch, vững mạnh."),
        ("p", "Đại hội cũng thẳng thắn chỉ ra những hạn chế như: việc đổi mới nội dung sinh hoạt chi bộ ở một số đội sản xuất còn chậm; công tác phát triển đảng viên trong công nhân trực tiếp sản xuất chưa đạt chỉ tiêu đề ra."),
        ("p", "Nhiệm kỳ 2015 - 2020, Đảng bộ phấn đấu kết nạp từ 15 đảng viên trở lên, hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ; Đảng bộ đạt trong sạch, vững mạnh. Đại hội đã bầu Ban Chấp hành Đảng bộ Công ty gồm 9 đồng chí và bầu đoàn đại biểu dự Đại hội Đảng bộ Khối Doanh nghiệp tỉnh."),
    ],
    related=[
        ("Các tin khác", "/vi/news/Xay-dung-Dang/Dai-hoi-Chi-bo-Ngan-hang-Nong-nghiep-1829/", "Đại hội Chi bộ Ngân hàng Nông nghiệp chi nhánh Đắk Nông", "10/03/2016"),
        ("Các tin khác", "/vi/news/Xay-dung-Dang/Huong-dan-to-chuc-dai-hoi-co-so-1811/", "Hướng dẫn tổ chức đại hội đảng bộ cơ sở nhiệm kỳ 2015 - 2020", "02/03/2016"),
        ("Các tin khác", "/vi/news/Xay-dung-Dang/Hoi-nghi-Ban-Chap-hanh-Dang-bo-Khoi-1803/", "Hội nghị Ban Chấp hành Đảng bộ Khối Doanh nghiệp lần thứ 6", "25/02/2016"),
    ],
    opt={**NV3_DN, "cat_alias": "Xay-dung-Dang", "date_text": "04:35 15/03/2016", "text": "legacy_d", "views": 941,
         "byline": '<p style="text-align:right"><strong>Tác giả: </strong>Quốc Nhật</p>'},
))

ARTICLES.append(Art(
    family="nukeviet3", slug="sinh-hoat-chinh-tri-nghi-quyet-tw4-3372",
    url="http://tuyengiaotravinh.vn/vi/news/Tin-hoat-dong/Sinh-hoat-chinh-tri-ve-Nghi-quyet-Trung-uong-4-3372/",
    title="Cầu Kè: sinh hoạt chính trị về Kết luận số 21-KL/TW tại các chi bộ ấp",
    published="2020-10-17T11:49:00+07:00", category="Tin hoạt động",
    author="Tố Tuấn", photographer="Tố Tuấn",
    lead="Thời gian qua, Ban Thường vụ Huyện ủy Cầu Kè chỉ đạo 100% chi bộ ấp, khóm tổ chức sinh hoạt chính trị chuyên đề về Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII gắn với kiểm điểm tự phê bình và phê bình.",
    notes="NukeViet 3; time-first '11:49 17/10/2020'; part of the prose typed in decomposed Unicode (NFD, "
          "'Unicode tổ hợp') including the caption: expected is NFC; 'Tin, ảnh: Tố Tuấn' -> author and "
          "photographer; hometext lead without image; body image p > em caption; tags; two related groups.",
    blocks=[
        ("p", "Tại các buổi sinh hoạt, đảng viên được nghe quán triệt những nội dung cơ bản của Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa”."),
        ("img", Img("/uploads/news/2020_10/sinh-hoat-chi-bo-ap-chau-diem.jpg", ["Chi bộ ấp Châu Điền sinh hoạt chuyên đề tháng 10"])),
        ("p", "Nhiều đảng viên mạnh dạn nêu ý kiến, liên hệ trách nhiệm bản thân trong việc tuyên truyền, vận động Nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhất là trong xây dựng nông thôn mới và chuyển đổi cơ cấu cây trồng."),
        ("p", "Qua sinh hoạt, 17 chi bộ đã xây dựng kế hoạch khắc phục hạn chế, khuyết điểm; đăng ký các việc làm cụ thể như vận động hộ nghèo vay vốn phát triển sản xuất, giữ gìn vệ sinh môi trường, đảm bảo an ninh trật tự ở khu dân cư."),
    ],
    tags=["Kết luận 21", "sinh hoạt chi bộ", "Cầu Kè"],
    related=[
        ("Tin mới hơn", "/vi/news/Tin-hoat-dong/Tieu-Can-ra-mat-mo-hinh-dan-van-kheo-3380/", "Tiểu Cần ra mắt mô hình dân vận khéo", "20/10/2020"),
        ("Tin cũ hơn", "/vi/news/Tin-hoat-dong/Tap-huan-bao-cao-vien-co-so-3361/", "Tập huấn báo cáo viên cơ sở năm 2020", "12/10/2020"),
        ("Tin cũ hơn", "/vi/news/Tin-hoat-dong/Hoi-thao-ve-cong-tac-tu-tuong-3355/", "Hội thảo về công tác tư tưởng trong tình hình mới", "09/10/2020"),
    ],
    opt={**NV3_TV, "cat_alias": "Tin-hoat-dong", "date_text": "11:49 17/10/2020", "text": "nfd", "views": 312,
         "byline": '<p style="text-align:right"><strong>Tin, ảnh: Tố Tuấn</strong></p>'},
))

ARTICLES.append(Art(
    family="nukeviet3", slug="chinh-phu-hop-phien-thuong-ky-3390",
    url="http://tuyengiaotravinh.vn/vi/news/Thoi-su/Chinh-phu-hop-phien-thuong-ky-thang-10-3390/",
    title="Chính phủ họp phiên thường kỳ tháng 10 năm 2020",
    published="2020-11-02T09:41:00+07:00", category="Thời sự",
    source="baochinhphu.vn",
    lead="(Chinhphu.vn) - Sáng 2/11, Thủ tướng Chính phủ chủ trì phiên họp Chính phủ thường kỳ tháng 10 năm 2020, thảo luận về tình hình kinh tế - xã hội tháng 10 và 10 tháng, công tác khắc phục hậu quả mưa lũ tại các tỉnh miền Trung.",
    notes="NukeViet 3 reposting a national story: lead keeps the '(Chinhphu.vn) -' prefix (not an author); no "
          "author, only a right-aligned 'Nguồn: baochinhphu.vn' (source); no images; &nbsp;-indented paragraphs; "
          "<p><strong> subhead; no tags; related under 'Các tin khác'.",
    blocks=[
        ("p", "Theo báo cáo của Bộ Kế hoạch và Đầu tư, kinh tế tháng 10 tiếp tục xu hướng phục hồi; chỉ số sản xuất công nghiệp tăng 2,6% so với tháng trước; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 7,4% so với cùng kỳ năm trước."),
        ("h", "Tập trung khắc phục hậu quả thiên tai"),
        ("p", "Chính phủ yêu cầu các bộ, ngành, địa phương tập trung cao độ cho công tác ứng phó, khắc phục hậu quả mưa lũ, sớm ổn định đời sống Nhân dân, không để người dân nào bị đói, rét, thiếu nơi ở; khẩn trương khôi phục sản xuất, sửa chữa trường học, cơ sở y tế bị hư hỏng."),
        ("p", "Thủ tướng nhấn mạnh nhiệm vụ đẩy mạnh giải ngân vốn đầu tư công, coi đây là nhiệm vụ chính trị trọng tâm những tháng cuối năm; đồng thời chuẩn bị tốt các điều kiện phục vụ Đại hội đại biểu toàn quốc lần thứ XIII của Đảng."),
    ],
    related=[
        ("Các tin khác", "/vi/news/Thoi-su/Quoc-hoi-thao-luan-ve-kinh-te-xa-hoi-3385/", "Quốc hội thảo luận về tình hình kinh tế - xã hội năm 2020", "28/10/2020"),
        ("Các tin khác", "/vi/news/Thoi-su/Hoi-nghi-Trung-uong-13-3366/", "Bế mạc Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XII", "14/10/2020"),
    ],
    opt={**NV3_TV, "cat_alias": "Thoi-su", "date_text": "09:41 02/11/2020", "views": 128,
         "p_tpl": '<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp; {t}</p>',
         "byline": '<p style="text-align:right"><em>Nguồn: baochinhphu.vn</em></p>'},
))


# ================================================================ liferay (stock 6.x)

LR_HB = {"site": "Cổng thông tin điện tử tỉnh Hòa Bình", "host": "hoabinh.gov.vn", "site_path": "hoabinh",
         "theme": "hoabinh-theme", "page_path": "tin-tuc-su-kien", "page_name": "Tin tức - Sự kiện",
         "footer": "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hòa Bình. Địa chỉ: Số 1, đường Điện Biên Phủ, phường Phương Lâm, thành phố Hòa Bình."}
LR_DL = {"site": "Ban Tuyên giáo Tỉnh ủy Đắk Lắk", "host": "btgtu.daklak.gov.vn", "site_path": "btg",
         "theme": "btg-theme", "page_path": "tin-tuc", "page_name": "Tin tức",
         "footer": "Ban Tuyên giáo Tỉnh ủy Đắk Lắk. Địa chỉ: 09 Lê Duẩn, thành phố Buôn Ma Thuột. Điện thoại: 0262.3852.561"}

ARTICLES.append(Art(
    family="liferay", slug="tinh-uy-hoa-binh-hoi-nghi-lan-thu-12-7337177",
    url="https://hoabinh.gov.vn/web/hoabinh/tin-tuc-su-kien/-/asset_publisher/Kq7dTNxz8aJd/content/id/7337177",
    title="Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, khóa XVII",
    published="2023-05-15", category="Tin tức - Sự kiện",
    author="Minh Thu",
    notes="Stock Liferay 6.x asset publisher: title in div.taglib-header h3.header-title (also in breadcrumb "
          "and <title>); body in journal-content-article written with named entities (&agrave; &ecirc; "
          "&ocirc; &ldquo; ...); only a date in asset-metadata 'metadata-publish-date' (-> 'YYYY-MM-DD'); "
          "view count; print/PDF actions; right-aligned <strong> author; no related, no tags.",
    blocks=[
        ("p", "Ngày 15/5, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 12 để xem xét, cho ý kiến vào một số nội dung quan trọng. Đồng chí Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh chủ trì Hội nghị."),
        ("p", "Hội nghị đã thảo luận, cho ý kiến vào dự thảo Báo cáo kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị quý I và phương hướng, nhiệm vụ quý II năm 2023; dự thảo Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch hồ Hòa Bình trở thành khu du lịch quốc gia."),
        ("p", "Các ý kiến tại Hội nghị đều thống nhất đánh giá: trong quý I, tăng trưởng kinh tế của tỉnh ước đạt 7,12%; thu ngân sách nhà nước trên địa bàn đạt 31% dự toán; công tác xây dựng Đảng, xây dựng hệ thống chính trị được quan tâm; quốc phòng, an ninh được giữ vững."),
        ("p", "Kết luận Hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tập trung chỉ đạo quyết liệt nhiệm vụ giải ngân vốn đầu tư công, cải thiện môi trường đầu tư, kinh doanh; nâng cao chất lượng sinh hoạt chi bộ và thực hiện nghiêm các quy định về nêu gương."),
    ],
    opt={**LR_HB, "inst": "Kq7dTNxz8aJd", "date_text": "15/05/2023", "text": "ent", "views": 1023,
         "article_id": "7337175",
         "byline": '<p style="text-align: right;"><strong>Minh Thu</strong></p>'},
))

ARTICLES.append(Art(
    family="liferay", slug="dak-lak-tong-ket-cuoc-thi-chinh-luan-5521094",
    url="https://btgtu.daklak.gov.vn/web/btg/tin-tuc/-/asset_publisher/Wv3pQ2fYzB8n/content/id/5521094",
    title="Tổng kết Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023",
    published="2023-10-02", updated="2023-10-04", category="Tin tức",
    author="Hoàng Oanh", source="Ban Tuyên giáo Tỉnh ủy",
    lead="Sáng 2/10, Ban Chỉ đạo 35 Tỉnh ủy tổ chức tổng kết và trao giải Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023 trên địa bàn tỉnh.",
    notes="Stock Liferay with a separate 'Cập nhật' modified date in asset-metadata distinct from the publish "
          "date (-> updated_at); bold first paragraph as lead; caption table td.image_desc with <br>; "
          "author and 'Nguồn:' line at the foot; taglib-asset-links 'Tin liên quan' with dates; tags summary "
          "'Từ khóa:'.",
    blocks=[
        ("p", "Cuộc thi được phát động từ tháng 4/2023, thu hút 512 tác phẩm của cán bộ, đảng viên, đoàn viên, hội viên và Nhân dân trong tỉnh. Các tác phẩm đã khẳng định giá trị bền vững của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, phản bác các quan điểm sai trái, thù địch."),
        ("img", Img("/documents/10181/5521094/trao-giai-cuoc-thi.jpg", ["Ban Tổ chức trao giải A cho các tác giả đạt giải", "(Ảnh minh họa)"])),
        ("p", "Ban Tổ chức đã trao 1 giải đặc biệt, 3 giải A, 5 giải B, 8 giải C và 15 giải khuyến khích cho các tác giả có tác phẩm xuất sắc; lựa chọn 10 tác phẩm tiêu biểu gửi tham dự Cuộc thi cấp Trung ương."),
        ("p", "Phát biểu tại buổi lễ, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị các cấp ủy tiếp tục quan tâm xây dựng lực lượng nòng cốt, phát huy vai trò của báo chí, mạng xã hội trong đấu tranh bảo vệ nền tảng tư tưởng của Đảng."),
    ],
    tags=["bảo vệ nền tảng tư tưởng", "chính luận"],
    related=[
        ("Tin liên quan", "https://btgtu.daklak.gov.vn/web/btg/tin-tuc/-/asset_publisher/Wv3pQ2fYzB8n/content/id/5498122", "Phát động Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023", "12/04/2023"),
        ("Tin liên quan", "https://btgtu.daklak.gov.vn/web/btg/tin-tuc/-/asset_publisher/Wv3pQ2fYzB8n/content/id/5510037", "Sơ kết công tác Ban Chỉ đạo 35 Tỉnh ủy 6 tháng đầu năm", "18/07/2023"),
    ],
    opt={**LR_DL, "inst": "Wv3pQ2fYzB8n", "date_text": "02/10/2023", "modified_text": "Cập nhật: 04/10/2023",
         "views": 377, "article_id": "5521092",
         "byline": '<p style="text-align: right;"><strong>Hoàng Oanh</strong><br /><em>Nguồn: Ban Tuyên giáo Tỉnh ủy</em></p>'},
))

ARTICLES.append(Art(
    family="liferay", slug="mua-xuan-nho-bac-phong-trao-trong-cay-8012233",
    url="https://hoabinh.gov.vn/web/hoabinh/tin-tuc-su-kien/-/asset_publisher/Kq7dTNxz8aJd/content/id/8012233",
    title="Hòa Bình phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn 2024",
    published="2024-02-17T09:15:00+07:00", category="Tin tức - Sự kiện",
    photographer="Trung Kiên", source="Báo Hòa Bình",
    notes="Stock Liferay page whose theme adds OpenGraph article:published_time with a time (the visible "
          "metadata-publish-date shows the date only, same day); caption tables; an 'Ảnh: Trung Kiên' credit "
          "line (photographer, not author; no author); source 'Theo Báo Hòa Bình'; curly quotes in the title.",
    blocks=[
        ("p", "Sáng 17/2 (tức mùng 8 Tết Giáp Thìn), tại xã Hợp Thịnh, huyện Kỳ Sơn, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn 2024."),
        ("img", Img("/documents/10181/8012233/le-phat-dong-trong-cay.jpg", ["Các đồng chí lãnh đạo tỉnh trồng cây tại Lễ phát động"])),
        ("p", "Năm 2024, toàn tỉnh phấn đấu trồng mới 9.500 ha rừng tập trung và 1,2 triệu cây phân tán; nâng tỷ lệ che phủ rừng đạt trên 51%. Các cấp ủy, chính quyền gắn phong trào trồng cây với phát triển kinh tế lâm nghiệp bền vững, bảo vệ môi trường, ứng phó với biến đổi khí hậu."),
        ("img", Img("/documents/10181/8012233/doan-vien-trong-cay.jpg", ["Đoàn viên thanh niên tham gia trồng cây"])),
        ("p", "Ngay sau Lễ phát động, các đại biểu và đông đảo Nhân dân đã trồng 2.000 cây keo lai và cây bản địa tại khu vực đồi Hợp Thịnh."),
        ("raw", '<p style="text-align: right;"><em>Ảnh: Trung Kiên</em></p>'),
    ],
    opt={**LR_HB, "inst": "Kq7dTNxz8aJd", "date_text": "17/02/2024", "views": 688, "article_id": "8012231",
         "head": '<meta property="og:type" content="article" />\n<meta property="og:title" content="Hòa Bình phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn 2024" />\n<meta property="article:published_time" content="2024-02-17T09:15:00+07:00" />',
         "byline": '<p style="text-align: right;"><strong>Theo Báo Hòa Bình</strong></p>'},
))


# ================================================================ liferay_vn

LRV_DT = {"site": "Ban Tuyên giáo Tỉnh ủy Đồng Tháp", "host": "btg.dongthap.gov.vn", "site_path": "btg",
          "theme": "dongthap-theme", "page_path": "tin-tuc-su-kien", "page_name": "Tin tức sự kiện",
          "footer": "Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Đồng Tháp. Địa chỉ: Số 12, đường 30/4, Phường 1, thành phố Cao Lãnh. Điện thoại: 0277.3851.427"}

ARTICLES.append(Art(
    family="liferay_vn", slug="ban-tuyen-giao-so-ket-6-thang-2023-5512390",
    url="https://btg.dongthap.gov.vn/web/btg/tin-tuc-su-kien/-/asset_publisher/hN3jTx0bQv4R/content/id/5512390",
    title="Ban Tuyên giáo Tỉnh ủy sơ kết công tác tuyên giáo 6 tháng đầu năm 2023",
    published="2023-06-14T14:15:00+07:00", category="Tin tức sự kiện",
    author="Ngọc Hân",
    lead="Chiều 14/6, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.",
    notes="Vietnamese-customised asset_publisher_view_full_content: portlet title 'Xuất bản thông tin' and a "
          "literal 'null' header before the title (neither is the title); title in div.asset_title; date "
          "'Thứ Tư, ngày 14/06/2023 14:15' (as printed, HH:ss bug not corrected); assetdesc sapo; Email/In/A-/A+/"
          "'Đọc bài' controls; image with p > em caption; right-aligned author; related 'Tin liên quan'.",
    blocks=[
        ("p", "Trong 6 tháng đầu năm, ngành Tuyên giáo tỉnh đã tham mưu tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Trung ương và của Tỉnh ủy cho hơn 52.000 lượt cán bộ, đảng viên; tổ chức các hoạt động kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam và 133 năm Ngày sinh Chủ tịch Hồ Chí Minh."),
        ("img", Img("/documents/20181/5512390/so-ket-tuyen-giao.jpg", ["Đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu kết luận hội nghị"])),
        ("p", "Công tác nắm bắt tình hình tư tưởng, dư luận xã hội được thực hiện thường xuyên; lực lượng cộng tác viên dư luận xã hội đã phản ánh 214 ý kiến, kiến nghị của Nhân dân về các vấn đề được quan tâm như giá cả vật tư nông nghiệp, đất đai, môi trường."),
        ("p", "6 tháng cuối năm, ngành Tuyên giáo tập trung tham mưu sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI; đẩy mạnh tuyên truyền bảo vệ nền tảng tư tưởng của Đảng và thực hiện Chỉ thị số 05-CT/TW."),
    ],
    related=[
        ("Tin liên quan", "/web/btg/tin-tuc-su-kien/-/asset_publisher/hN3jTx0bQv4R/content/id/5509871", "Hội nghị báo cáo viên Tỉnh ủy tháng 6 năm 2023", "07/06/2023"),
        ("Tin liên quan", "/web/btg/tin-tuc-su-kien/-/asset_publisher/hN3jTx0bQv4R/content/id/5501452", "Giao ban công tác tuyên giáo quý I năm 2023", "29/03/2023"),
    ],
    opt={**LRV_DT, "inst": "hN3jTx0bQv4R", "date_text": "Thứ Tư, ngày 14/06/2023 14:15", "article_id": "5512388",
         "byline": '<p style="text-align: right;"><strong>Ngọc Hân</strong></p>'},
))

ARTICLES.append(Art(
    family="liferay_vn", slug="to-chuc-co-so-dang-trong-sach-vung-manh-5530177",
    url="https://btg.dongthap.gov.vn/web/btg/tin-tuc-su-kien/-/asset_publisher/hN3jTx0bQv4R/content/id/5530177",
    title="Nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng ở Tháp Mười",
    published="2023-12-09T10:42:00+07:00", category="Tin tức sự kiện",
    author="Thanh Phương",
    lead="Xác định tổ chức cơ sở đảng là nền tảng của Đảng, Đảng bộ huyện Tháp Mười tập trung nâng cao chất lượng sinh hoạt chi bộ, đổi mới phương thức lãnh đạo và làm tốt công tác phát triển đảng viên.",
    notes="liferay_vn with the 'Thứ Bẩy' spelling in 'Thứ Bẩy, ngày 09/12/2023 10:42' (the header clock says "
          "'Thứ Bảy, ngày 28/11/2026' - trap); 'null' + 'Xuất bản thông tin' portlet titles; <b> subheads; "
          "no images; body paragraphs &nbsp;-indented; related list.",
    blocks=[
        ("h", "Đổi mới sinh hoạt chi bộ"),
        ("p", "Đảng bộ huyện hiện có 47 tổ chức cơ sở đảng với hơn 3.600 đảng viên. Thời gian qua, Ban Thường vụ Huyện ủy chỉ đạo các chi bộ xây dựng nội dung sinh hoạt chuyên đề gắn với những vấn đề nổi lên ở địa phương như chuyển đổi số trong nông nghiệp, xây dựng xã nông thôn mới kiểu mẫu."),
        ("p", "Việc phân công cấp ủy viên cấp trên dự sinh hoạt với chi bộ được duy trì thường xuyên, giúp kịp thời tháo gỡ vướng mắc ở cơ sở; tỷ lệ đảng viên tham gia sinh hoạt bình quân đạt trên 95%."),
        ("h", "Chú trọng phát triển đảng viên"),
        ("p", "Từ đầu năm đến nay, Đảng bộ huyện đã kết nạp 168 đảng viên, đạt 112% chỉ tiêu; trong đó có 46 đảng viên là đoàn viên thanh niên ở ấp và 21 đảng viên trong doanh nghiệp ngoài khu vực nhà nước."),
    ],
    related=[
        ("Tin liên quan", "/web/btg/tin-tuc-su-kien/-/asset_publisher/hN3jTx0bQv4R/content/id/5528840", "Lai Vung tổ chức hội thi Bí thư chi bộ giỏi năm 2023", "01/12/2023"),
        ("Tin liên quan", "/web/btg/tin-tuc-su-kien/-/asset_publisher/hN3jTx0bQv4R/content/id/5526615", "Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng năm 2023", "24/11/2023"),
        ("Tin liên quan", "/web/btg/tin-tuc-su-kien/-/asset_publisher/hN3jTx0bQv4R/content/id/5519004", "Trao Huy hiệu Đảng đợt 7/11 tại Đảng bộ huyện Tháp Mười", "07/11/2023"),
    ],
    opt={**LRV_DT, "inst": "hN3jTx0bQv4R", "date_text": "Thứ Bẩy, ngày 09/12/2023 10:42", "article_id": "5530175",
         "p_tpl": '<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;{t}</p>',
         "byline": '<p style="text-align: right;"><b>Thanh Phương</b></p>'},
))

ARTICLES.append(Art(
    family="liferay_vn", slug="chuyen-doi-so-trong-cong-tac-dang-5541208",
    url="https://btg.dongthap.gov.vn/web/btg/tin-tuc-su-kien/-/asset_publisher/hN3jTx0bQv4R/content/id/5541208",
    title="Đẩy mạnh chuyển đổi số trong công tác tham mưu, giúp việc của cấp ủy",
    published="2024-03-04T07:05:00+07:00", category="Tin tức sự kiện",
    source="Báo Đồng Tháp", photographer="Hữu Nghĩa",
    notes="liferay_vn without assetdesc (lead null) and without author: 'Theo Báo Đồng Tháp' (source) and an "
          "'Ảnh: Hữu Nghĩa' credit line (photographer only); two images with p > em captions; 'null' header trap.",
    blocks=[
        ("p", "Ngày 4/3, Văn phòng Tỉnh ủy tổ chức hội nghị triển khai kế hoạch chuyển đổi số trong các cơ quan đảng năm 2024. Dự hội nghị có lãnh đạo các ban xây dựng Đảng, văn phòng cấp ủy các huyện, thành ủy và đảng ủy trực thuộc."),
        ("img", Img("/documents/20181/5541208/hoi-nghi-chuyen-doi-so.jpg", ["Quang cảnh hội nghị triển khai chuyển đổi số"])),
        ("p", "Năm 2024, 100% văn bản đi, đến của các cơ quan đảng (trừ văn bản mật) được xử lý trên môi trường mạng; phần mềm quản lý hồ sơ đảng viên được cập nhật đầy đủ, kết nối với cơ sở dữ liệu của Ban Tổ chức Trung ương."),
        ("img", Img("/documents/20181/5541208/tap-huan-phan-mem.jpg", ["Cán bộ văn phòng cấp ủy tập huấn sử dụng phần mềm"])),
        ("p", "Các đơn vị được yêu cầu bố trí cán bộ phụ trách công nghệ thông tin, bảo đảm an toàn, an ninh mạng và bảo vệ bí mật nhà nước trong quá trình chuyển đổi số."),
        ("raw", '<p style="text-align: right;"><em>Ảnh: Hữu Nghĩa</em></p>'),
    ],
    related=[],
    opt={**LRV_DT, "inst": "hN3jTx0bQv4R", "date_text": "Thứ Hai, ngày 04/03/2024 07:05", "article_id": "5541206",
         "byline": '<p style="text-align: right;"><strong>Theo Báo Đồng Tháp</strong></p>'},
))


# ================================================================ sharepoint_cq

SP_QN = {"site": "Ban Tuyên giáo Tỉnh ủy Quảng Ninh", "host": "bantuyengiao.quangninh.gov.vn",
         "footer": "Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy Quảng Ninh. Địa chỉ: Tầng 8, Trụ sở Liên cơ quan số 3, phường Hồng Hà, thành phố Hạ Long. Điện thoại: 0203.3835.547"}

ARTICLES.append(Art(
    family="sharepoint_cq", slug="hoi-nghi-quan-triet-chi-thi-35-11535",
    url="http://bantuyengiao.quangninh.gov.vn/Pages/newsdetail.aspx?NewsId=11535&CatId=43",
    title="Quán triệt Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng",
    published="2024-06-15T15:20:00+07:00", category="Hoạt động Tỉnh ủy",
    author="Thu Hằng", source="Trung tâm Truyền thông tỉnh",
    lead="Chiều 15/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
    notes="SharePoint CQ web parts: ids ctl00_m_g_<guid>_ctl00_lblTitle / lblCreatedDate ('15/06/2024 15:20', next "
          "to icon_date.jpg which is not an article image); breadcrumb text in lblBreadCrum; p > b sapo; body in a "
          "table cell; right bold cell lblAuthor <br> lblSource (plain source, no label); 'Các tin khác' with "
          "'(Ngày dd/MM/yyyy)'; caption table.",
    blocks=[
        ("p", "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 13 điểm cầu các huyện, thị xã, thành phố với trên 4.000 đại biểu tham dự."),
        ("img", Img("/SiteAssets/2024/06/15/hoi-nghi-chi-thi-35.jpg", ["Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo tại Hội nghị"])),
        ("p", "Chỉ thị số 35-CT/TW nêu rõ mục đích, yêu cầu của đại hội đảng bộ các cấp là kiểm điểm, đánh giá khách quan kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2020 - 2025, đề ra mục tiêu, phương hướng, nhiệm vụ nhiệm kỳ 2025 - 2030; bầu cấp ủy đủ phẩm chất, năng lực, uy tín."),
        ("p", "Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy yêu cầu cấp ủy các cấp chủ động xây dựng kế hoạch, chuẩn bị chu đáo văn kiện và nhân sự; gắn chuẩn bị đại hội với thực hiện thắng lợi nhiệm vụ chính trị năm 2024 của địa phương, đơn vị."),
        ("p", "Tỉnh ủy sẽ chọn 2 đảng bộ cơ sở tổ chức đại hội điểm trong quý I/2025 để rút kinh nghiệm chỉ đạo chung."),
    ],
    related=[
        ("Các tin khác", "/Pages/newsdetail.aspx?NewsId=11528&CatId=43", "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 26", "12/06/2024"),
        ("Các tin khác", "/Pages/newsdetail.aspx?NewsId=11519&CatId=43", "Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh", "07/06/2024"),
        ("Các tin khác", "/Pages/newsdetail.aspx?NewsId=11502&CatId=43", "Tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW về văn hóa", "30/05/2024"),
    ],
    opt={**SP_QN, "guid": "a3c0e6b2_41d7_4f0e_9d1c_5b7f8e2c9a10", "date_text": "15/06/2024 15:20",
         "crumb_parent": "Tin tức", "author_html": "Thu Hằng", "source_html": "Trung tâm Truyền thông tỉnh"},
))

ARTICLES.append(Art(
    family="sharepoint_cq", slug="dan-van-chinh-quyen-dong-trieu-10874",
    url="http://bantuyengiao.quangninh.gov.vn/Pages/newsdetail.aspx?NewsId=10874&CatId=47",
    title="Đông Triều nâng cao hiệu quả công tác dân vận chính quyền",
    published="2022-11-08", category="Dân vận",
    author="PV", source="Báo Quảng Ninh",
    notes="SharePoint CQ with a date-only lblCreatedDate '08/11/2022'; no sapo (lead null); author 'PV' kept as "
          "printed; lblSource with 'Nguồn: ' label (removed); two images, second caption with <br>; "
          "<strong> subhead; related '(Ngày ...)'.",
    blocks=[
        ("p", "Những năm qua, thị xã Đông Triều luôn xác định công tác dân vận chính quyền là nhiệm vụ trọng tâm, thường xuyên; gắn với cải cách hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp."),
        ("img", Img("/SiteAssets/2022/11/08/mot-cua-dong-trieu.jpg", ["Người dân làm thủ tục tại Trung tâm Hành chính công thị xã Đông Triều"])),
        ("h", "Lắng nghe dân, gần dân"),
        ("p", "Lãnh đạo UBND thị xã định kỳ tiếp công dân, đối thoại trực tiếp với Nhân dân để giải quyết các kiến nghị về đất đai, giải phóng mặt bằng. Từ đầu năm đến nay, 100% đơn thư thuộc thẩm quyền được giải quyết đúng hạn."),
        ("img", Img("/SiteAssets/2022/11/08/doi-thoai-nhan-dan.jpg", ["Lãnh đạo thị xã đối thoại với Nhân dân", "phường Mạo Khê"])),
        ("p", "Phong trào thi đua “Dân vận khéo” được triển khai rộng khắp với 87 mô hình được công nhận, góp phần giúp Đông Triều hoàn thành các tiêu chí thành phố trực thuộc tỉnh."),
    ],
    related=[
        ("Các tin khác", "/Pages/newsdetail.aspx?NewsId=10861&CatId=47", "Hội nghị giao ban Khối Dân vận tỉnh quý III", "01/11/2022"),
        ("Các tin khác", "/Pages/newsdetail.aspx?NewsId=10850&CatId=47", "Uông Bí tuyên dương điển hình dân vận khéo", "26/10/2022"),
    ],
    opt={**SP_QN, "guid": "7e21f9d4_0b3a_4c55_8e6f_1d2a9c4b7e33", "date_text": "08/11/2022",
         "crumb_parent": "Xây dựng Đảng", "author_html": "PV", "source_html": "Nguồn: Báo Quảng Ninh",
         "digest_date": "28 Nov 2026 02:58:10 -0000"},
))

ARTICLES.append(Art(
    family="sharepoint_cq", slug="bao-cao-chinh-tri-dai-hoi-chi-bo-9120",
    url="http://bantuyengiao.quangninh.gov.vn/Pages/newsdetail.aspx?NewsId=9120&CatId=45",
    title="Chi bộ Phòng Tuyên truyền tổ chức sinh hoạt chuyên đề quý I năm 2021",
    published="2021-03-22T09:05:00+07:00", category="Xây dựng Đảng",
    author="Nguyễn Thị Thu Trang",
    lead="Ngày 19/3/2021, Chi bộ Phòng Tuyên truyền tổ chức sinh hoạt chuyên đề quý I với chủ đề “Nâng cao tinh thần trách nhiệm, đạo đức công vụ của cán bộ, đảng viên”.",
    content_type="text/html",
    notes="Whole page served as windows-1258 (HTTP header 'text/html' without charset; only the meta declares "
          "windows-1258); body is a Word export (WordSection1, MsoNormal, mso- styles, <o:p>); tones are "
          "combining marks after decoding, expected is NFC; author only in lblAuthor, lblSource empty; no images.",
    blocks=[
        ("p", "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã quán triệt những nội dung cơ bản của Quy định số 08-QĐi/TW về trách nhiệm nêu gương của cán bộ, đảng viên; liên hệ với thực tiễn công tác tuyên truyền của đơn vị."),
        ("h", "Nêu gương từ những việc làm cụ thể"),
        ("p", "Các đảng viên đã thảo luận sôi nổi, chỉ ra những việc cần làm ngay như: chấp hành nghiêm giờ giấc làm việc, nâng cao chất lượng tham mưu văn bản, chủ động đề xuất sáng kiến trong tuyên truyền Nghị quyết Đại hội XIII của Đảng."),
        ("p", "Kết thúc buổi sinh hoạt, 100% đảng viên trong Chi bộ đăng ký nội dung làm theo gương Bác năm 2021, gắn với nhiệm vụ chuyên môn được giao."),
    ],
    related=[
        ("Các tin khác", "/Pages/newsdetail.aspx?NewsId=9102&CatId=45", "Đảng bộ Cơ quan Tỉnh ủy tổ chức học tập Nghị quyết Đại hội XIII", "15/03/2021"),
        ("Các tin khác", "/Pages/newsdetail.aspx?NewsId=9087&CatId=45", "Trao Huy hiệu Đảng đợt 3/2 năm 2021", "03/02/2021"),
    ],
    opt={**SP_QN, "guid": "c9d4e1a7_2f6b_4a08_b3e5_6f0c1d8a2b94", "date_text": "22/03/2021 09:05",
         "crumb_parent": "Tin tức", "author_html": "Nguyễn Thị Thu Trang", "source_html": "",
         "word": True, "encoding": "cp1258"},
))


# ================================================================ sharepoint_desc

SPD_DN = {"site": "Sở Thông tin và Truyền thông tỉnh Đồng Nai", "host": "stttt.dongnai.gov.vn",
          "footer": "Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Đồng Nai. Địa chỉ: Số 2, đường Nguyễn Văn Trị, phường Thanh Bình, thành phố Biên Hòa. Điện thoại: 0251.3822.781"}
SPD_AG = {"site": "Đảng bộ tỉnh An Giang", "host": "angiang.dcs.vn",
          "footer": "Cơ quan chủ quản: Văn phòng Tỉnh ủy An Giang. Địa chỉ: Số 11, Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên. Điện thoại: 0296.3852.431"}

ARTICLES.append(Art(
    family="sharepoint_desc", slug="chi-bo-so-tttt-dai-hoi-2023",
    url="https://stttt.dongnai.gov.vn/tintuc/Pages/chi-bo-so-thong-tin-va-truyen-thong-sinh-hoat-chuyen-de.aspx",
    title="Chi bộ Sở Thông tin và Truyền thông sinh hoạt chuyên đề quý III năm 2023",
    published="2023-08-16T10:20:00+07:00", category="Hoạt động Đảng - Đoàn thể",
    author="Lê Minh", source="Sở Thông tin và Truyền thông",
    lead="Ngày 16/8, Chi bộ Sở Thông tin và Truyền thông tổ chức sinh hoạt chuyên đề quý III năm 2023 với chủ đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng văn hóa công vụ.",
    notes="SharePoint news template: title in #divArticleDescription3 > h1, sapo in #divArticleDescription1 > p, "
          "body #divArticleDescription2; date in …_pnHide span ('16/08/2023 10:20' then '| Lượt xem'); source in "
          "…_pnNguontin > p > font 'Nguồn: …'; author as last bold right paragraph; caption table; 'Tin khác'.",
    blocks=[
        ("p", "Tại buổi sinh hoạt, các đảng viên đã được nghe đồng chí Phó Bí thư Chi bộ trình bày chuyên đề, nhấn mạnh quan điểm của Chủ tịch Hồ Chí Minh về người cán bộ “vừa là người lãnh đạo, vừa là người đày tớ thật trung thành của Nhân dân”."),
        ("img", Img("/SiteAssets/2023/08/16/sinh-hoat-chuyen-de.jpg", ["Đảng viên Chi bộ phát biểu tại buổi sinh hoạt chuyên đề"])),
        ("p", "Các đảng viên liên hệ thực tiễn công tác, đề xuất các giải pháp nâng cao chất lượng giải quyết thủ tục hành chính trên Cổng dịch vụ công của tỉnh, đẩy mạnh chuyển đổi số trong cơ quan."),
        ("p", "Chi bộ thống nhất đưa các nội dung làm theo vào tiêu chí đánh giá, xếp loại đảng viên cuối năm 2023."),
    ],
    related=[
        ("Tin khác", "/tintuc/Pages/hoi-nghi-so-ket-chuyen-doi-so-6-thang.aspx", "Hội nghị sơ kết chuyển đổi số 6 tháng đầu năm 2023", "02/08/2023"),
        ("Tin khác", "/tintuc/Pages/tap-huan-an-toan-thong-tin-2023.aspx", "Tập huấn an toàn thông tin cho cán bộ, công chức", "25/07/2023"),
    ],
    opt={**SPD_DN, "guid": "b1f7c2e0_93a4_4d61_a2c8_0e5f7d3b6c21", "date_text": "16/08/2023 10:20", "cat_page": "hoat-dong-dang-doan-the",
         "source_html": "Nguồn: Sở Thông tin và Truyền thông",
         "byline": '<p style="text-align:right"><strong>Lê Minh</strong></p>'},
))

ARTICLES.append(Art(
    family="sharepoint_desc", slug="ag-hoc-tap-chuyen-de-2016",
    url="https://angiang.dcs.vn/tintuc/Pages/hoc-tap-chuyen-de-nam-2016.aspx",
    title="An Giang học tập chuyên đề năm 2016 về tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    published="2016-03-15", category="Tin trong tỉnh",
    source="Ban Tuyên giáo Tỉnh ủy",
    lead="Sáng 15-3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến học tập chuyên đề năm 2016 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phong cách quần chúng, dân chủ, nêu gương”.",
    notes="divArticleDescription template, date-only pnHide span '15/03/2016'; no author line, source only in "
          "pnNguontin font ('Nguồn tin: Ban Tuyên giáo Tỉnh ủy'); body with figure/figcaption; 'Tin tức khác'.",
    blocks=[
        ("p", "Hội nghị được kết nối đến 11 điểm cầu huyện, thị, thành ủy với hơn 2.500 cán bộ chủ chốt tham dự."),
        ("img", Img("https://angiang.dcs.vn/SiteAssets/2016/03/hoc-tap-chuyen-de-2016.jpg", ["Quang cảnh hội nghị tại điểm cầu Tỉnh ủy"])),
        ("p", "Báo cáo viên đã làm rõ nội dung cơ bản của chuyên đề, trong đó nhấn mạnh phong cách quần chúng là gần dân, trọng dân, hiểu dân, học dân và có trách nhiệm với dân; phong cách dân chủ là phát huy trí tuệ của tập thể; phong cách nêu gương là nói đi đôi với làm."),
        ("p", "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tổ chức học tập chuyên đề đến 100% cán bộ, đảng viên trước ngày 30/4/2016, gắn với đăng ký làm theo của mỗi cá nhân."),
    ],
    related=[
        ("Tin tức khác", "/tintuc/Pages/hoi-nghi-bch-dang-bo-tinh-lan-thu-2.aspx", "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 2", "10/03/2016"),
        ("Tin tức khác", "/tintuc/Pages/trao-huy-hieu-dang-dot-3-2.aspx", "Trao Huy hiệu Đảng đợt 3/2/2016", "03/02/2016"),
        ("Tin tức khác", "/tintuc/Pages/tong-ket-cong-tac-tuyen-giao-2015.aspx", "Tổng kết công tác tuyên giáo năm 2015", "12/01/2016"),
    ],
    opt={**SPD_AG, "guid": "4e8a2d61_c7b0_4f93_8a15_d2e6b9f0c347", "date_text": "15/03/2016", "cat_page": "tin-trong-tinh",
         "source_html": "Nguồn tin: Ban Tuyên giáo Tỉnh ủy", "fig": True, "rel_head": "Tin tức khác"},
))

ARTICLES.append(Art(
    family="sharepoint_desc", slug="ag-uy-ban-kiem-tra-tinh-uy-2021",
    url="https://angiang.dcs.vn/tintuc/Pages/ky-hop-thu-5-uy-ban-kiem-tra-tinh-uy.aspx",
    title="Kỳ họp thứ 5 của Ủy ban Kiểm tra Tỉnh ủy An Giang",
    published="2021-05-27T16:45:00+07:00", category="Kiểm tra - Giám sát",
    author="Nguyễn Hùng, Bảo Trân",
    notes="divArticleDescription template with an empty sapo div (lead null); time in pnHide '27/05/2021 16:45'; "
          "byline 'Nguyễn Hùng - Bảo Trân' as last right paragraph (two authors), no source panel; entities in "
          "body (&agrave; &ecirc; ...); &nbsp; indents; no images.",
    blocks=[
        ("p", "Ngày 27/5, Ủy ban Kiểm tra Tỉnh ủy An Giang tổ chức Kỳ họp thứ 5 để xem xét, xử lý kỷ luật đảng viên vi phạm và cho ý kiến một số nội dung quan trọng khác."),
        ("p", "Tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy đã xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy một xã thuộc huyện Châu Phú trong việc lãnh đạo, chỉ đạo quản lý đất đai và thực hiện nguyên tắc tập trung dân chủ."),
        ("p", "Căn cứ nội dung, tính chất, mức độ vi phạm, Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức khiển trách 2 đảng viên; yêu cầu tổ chức đảng có liên quan kiểm điểm, rút kinh nghiệm sâu sắc."),
        ("p", "Kỳ họp cũng cho ý kiến vào dự thảo báo cáo sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm 2021 và chương trình công tác 6 tháng cuối năm."),
    ],
    related=[
        ("Tin khác", "/tintuc/Pages/ky-hop-thu-4-uy-ban-kiem-tra-tinh-uy.aspx", "Kỳ họp thứ 4 của Ủy ban Kiểm tra Tỉnh ủy", "28/04/2021"),
        ("Tin khác", "/tintuc/Pages/tap-huan-nghiep-vu-kiem-tra-2021.aspx", "Tập huấn nghiệp vụ công tác kiểm tra, giám sát năm 2021", "16/04/2021"),
    ],
    opt={**SPD_AG, "guid": "4e8a2d61_c7b0_4f93_8a15_d2e6b9f0c347", "date_text": "27/05/2021 16:45", "cat_page": "kiem-tra-giam-sat",
         "text": "ent", "p_tpl": '<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {t}</p>',
         "byline": '<p style="text-align:right"><strong>Nguyễn Hùng - Bảo Trân</strong></p>'},
))


# ================================================================ dnn

DNN_QN = {"site": "Đảng ủy Khối các cơ quan tỉnh Quảng Ninh", "host": "dangbokhoicqqn.gov.vn", "skin": "DangBoKhoi",
          "footer": "Đảng ủy Khối các cơ quan tỉnh Quảng Ninh. Địa chỉ: Trụ sở Liên cơ quan số 2, phường Hồng Hà, thành phố Hạ Long. Điện thoại: 0203.3628.115"}
DNN_YT = {"site": "Đảng bộ Sở Y tế Thành phố Hồ Chí Minh", "host": "dangbo.medinet.gov.vn", "skin": "SoYTePortal",
          "footer": "Đảng bộ Sở Y tế TP. Hồ Chí Minh. Địa chỉ: 59 Nguyễn Thị Minh Khai, phường Bến Thành, Quận 1, TP. Hồ Chí Minh. Điện thoại: 028.3930.9912"}

ARTICLES.append(Art(
    family="dnn", slug="dang-uy-khoi-so-ket-nghi-quyet-4521",
    url="https://dangbokhoicqqn.gov.vn/Default.aspx?tabid=1126&ndid=4521",
    title="Đảng ủy Khối sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Khối lần thứ VI",
    published="2023-06-14T14:15:00+07:00", category="Tin hoạt động",
    author="Hải Yến",
    lead="Ngày 14/6, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Khối lần thứ VI, nhiệm kỳ 2020 - 2025.",
    notes="DotNetNuke: form#Form with __VIEWSTATE/__dnnVariable/ScrollTop, module ids dnn_ctr1520_ViewNewsDetail_*; "
          "skin assets under /Portals/_default/Skins/; date 'Ngày đăng: 14/06/2023 14:15'; header DateToken clock; "
          "summary in lblSummary (lead); <h3> subheads in body; DNN-style p > span > em captions; author panel "
          "'Tin, ảnh: Hải Yến' -> author + photographer; 'Tags:'; 'Tin tức khác' with dates.",
    photographer="Hải Yến",
    blocks=[
        ("p", "Sau hơn hai năm rưỡi thực hiện Nghị quyết, Đảng bộ Khối đã hoàn thành và hoàn thành vượt 12/14 chỉ tiêu chủ yếu. Công tác chính trị, tư tưởng được quan tâm; việc học tập, quán triệt các nghị quyết của Đảng được tổ chức kịp thời, nghiêm túc."),
        ("img", Img("/Portals/0/News/2023/06/so-ket-giua-nhiem-ky.jpg", ["Đồng chí Bí thư Đảng ủy Khối phát biểu tại hội nghị"])),
        ("h", "Những kết quả nổi bật"),
        ("p", "Toàn Đảng bộ Khối đã kết nạp 1.126 đảng viên mới, đạt 105% chỉ tiêu nhiệm kỳ; 100% tổ chức cơ sở đảng hoàn thành nhiệm vụ, trong đó trên 85% hoàn thành tốt nhiệm vụ trở lên."),
        ("p", "Công tác kiểm tra, giám sát được tiến hành toàn diện, có trọng tâm, trọng điểm; Ủy ban Kiểm tra các cấp đã kiểm tra 214 tổ chức đảng và 398 đảng viên."),
        ("h", "Nhiệm vụ nửa cuối nhiệm kỳ"),
        ("p", "Hội nghị thống nhất tập trung đổi mới phương thức lãnh đạo của tổ chức cơ sở đảng, nâng cao chất lượng sinh hoạt chi bộ và đẩy mạnh chuyển đổi số trong công tác đảng."),
    ],
    tags=["sơ kết giữa nhiệm kỳ", "Đảng ủy Khối"],
    related=[
        ("Tin tức khác", "/Default.aspx?tabid=1126&ndid=4513", "Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 15", "08/06/2023"),
        ("Tin tức khác", "/Default.aspx?tabid=1126&ndid=4507", "Khai giảng lớp bồi dưỡng kết nạp đảng viên mới khóa 3", "02/06/2023"),
        ("Tin tức khác", "/Default.aspx?tabid=1126&ndid=4499", "Ra mắt mô hình chi bộ kiểu mẫu tại Sở Tài chính", "26/05/2023"),
    ],
    opt={**DNN_QN, "ctr": "1520", "tabid": "1126", "date_text": "Ngày đăng: 14/06/2023 14:15",
         "author_html": "Tin, ảnh: Hải Yến"},
))

ARTICLES.append(Art(
    family="dnn", slug="so-y-te-hoc-tap-quy-dinh-144-9087",
    url="https://dangbo.medinet.gov.vn/Default.aspx?tabid=1736&ndid=9087",
    title="Đảng bộ Sở Y tế học tập, quán triệt Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng",
    published="2024-05-20T08:30:00+07:00", updated="2024-05-21T16:10:00+07:00", category="Xây dựng Đảng",
    author="BBT",
    notes="DNN 'SoYTePortal' skin; JSON-LD NewsArticle with datePublished and a distinct dateModified, and a "
          "visible 'Cập nhật lần cuối: 21/05/2024 16:10' next to 'Ngày đăng: 20/05/2024 08:30' (-> updated_at); "
          "no summary (lead null); author 'BBT' kept as printed; body paragraphs with &nbsp; indents and entities; "
          "no tags; caption with <br>.",
    blocks=[
        ("p", "Sáng 20/5, Đảng ủy Sở Y tế tổ chức hội nghị học tập, quán triệt Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới cho hơn 600 cán bộ, đảng viên."),
        ("img", Img("/Portals/0/News/2024/05/hoc-tap-quy-dinh-144.jpg", ["Đồng chí Bí thư Đảng ủy Sở Y tế", "quán triệt Quy định số 144-QĐ/TW"])),
        ("p", "Quy định gồm 5 chuẩn mực: trung thành, kiên định; yêu nước, vì dân; đoàn kết, trách nhiệm; cần, kiệm, liêm, chính, chí công vô tư; gương mẫu, khiêm tốn, cầu thị. Đây là căn cứ để cán bộ, đảng viên ngành y tế tự soi, tự sửa, rèn luyện y đức."),
        ("p", "Đảng ủy Sở Y tế yêu cầu các chi bộ, đảng bộ cơ sở đưa nội dung Quy định vào sinh hoạt chi bộ định kỳ; gắn với thực hiện Quy tắc ứng xử của công chức, viên chức, người lao động tại các cơ sở y tế."),
    ],
    related=[
        ("Tin tức khác", "/Default.aspx?tabid=1736&ndid=9071", "Bệnh viện Chợ Rẫy kết nạp đảng viên mới", "14/05/2024"),
        ("Tin tức khác", "/Default.aspx?tabid=1736&ndid=9058", "Tổ chức Hội thi Bí thư chi bộ giỏi ngành y tế năm 2024", "06/05/2024"),
    ],
    opt={**DNN_YT, "ctr": "2388", "tabid": "1736", "date_text": "Ngày đăng: 20/05/2024 08:30",
         "updated_text": "| Cập nhật lần cuối: 21/05/2024 16:10", "author_html": "BBT", "text": "ent",
         "p_tpl": '<p style="text-align: justify;">&nbsp; &nbsp; {t}</p>',
         "head": '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Đảng bộ Sở Y tế học tập, quán triệt Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng","datePublished":"2024-05-20T08:30:00+07:00","dateModified":"2024-05-21T16:10:00+07:00","publisher":{"@type":"Organization","name":"Đảng bộ Sở Y tế Thành phố Hồ Chí Minh"}}</script>'},
))

ARTICLES.append(Art(
    family="dnn", slug="dang-uy-khoi-trao-huy-hieu-dang-4602",
    url="https://dangbokhoicqqn.gov.vn/Default.aspx?tabid=1126&ndid=4602",
    title="Trao Huy hiệu 30, 40, 45 năm tuổi Đảng cho đảng viên Đảng bộ Khối",
    published="2023-09-01", category="Tin hoạt động",
    author="Phạm Thảo", author_unit="Đảng bộ Sở Nội vụ",
    notes="DNN page with a date-only stamp 'Ngày đăng: 01/09/2023' (body mentions '2/9' and 'năm 1993' - not dates "
          "of the article); byline panel 'Phạm Thảo, Đảng bộ Sở Nội vụ' (name + unit); no lead, no image; "
          "'Bài viết khác' related heading.",
    blocks=[
        ("p", "Nhân dịp kỷ niệm 78 năm Cách mạng Tháng Tám và Quốc khánh 2/9, Đảng ủy Khối các cơ quan tỉnh tổ chức trao Huy hiệu Đảng cho 42 đảng viên, trong đó có 3 đồng chí nhận Huy hiệu 45 năm tuổi Đảng, 11 đồng chí nhận Huy hiệu 40 năm và 28 đồng chí nhận Huy hiệu 30 năm tuổi Đảng."),
        ("p", "Phát biểu tại buổi lễ, đồng chí Phó Bí thư Đảng ủy Khối chúc mừng các đảng viên được nhận Huy hiệu Đảng, ghi nhận những đóng góp của các đồng chí trong quá trình công tác, từ khi được kết nạp vào Đảng năm 1993 đến nay."),
        ("p", "Thay mặt các đảng viên, đồng chí Vũ Văn Hòa, Đảng bộ Sở Nội vụ bày tỏ niềm vinh dự, tự hào và hứa tiếp tục giữ gìn phẩm chất, tư cách người đảng viên, xứng đáng với niềm tin của tổ chức đảng."),
    ],
    related=[
        ("Bài viết khác", "/Default.aspx?tabid=1126&ndid=4588", "Đảng ủy Khối sơ kết công tác tháng 8 năm 2023", "28/08/2023"),
        ("Bài viết khác", "/Default.aspx?tabid=1126&ndid=4571", "Tuyên dương đảng viên trẻ tiêu biểu năm 2023", "18/08/2023"),
    ],
    opt={**DNN_QN, "ctr": "1520", "tabid": "1126", "date_text": "Ngày đăng: 01/09/2023", "rel_head": "Bài viết khác",
         "author_html": "Phạm Thảo, Đảng bộ Sở Nội vụ"},
))


# ---------------------------------------------------------------- write

def write(a: Art) -> None:
    out = HERE / a.family
    out.mkdir(exist_ok=True)
    page = RENDER[a.family](a)
    charset = str(a.opt.get("encoding", "utf-8"))
    data = cp1258_bytes(page) if charset == "cp1258" else page.encode("utf-8")
    (out / f"{a.slug}.html").write_bytes(data)
    record = {"url": a.url, "content_type": a.content_type, "notes": a.notes, "expected": expected(a)}
    (out / f"{a.slug}.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for art in ARTICLES:
        write(art)
