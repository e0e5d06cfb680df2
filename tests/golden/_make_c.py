"""Generator for golden corpus part c (adversarial replicas: other themes, same CMS cores).

Every page is rendered from a hand-written ``Art`` record; the expected JSON is that record
(never extractor output). The markup of each family differs from parts a/b the way another
author's replica would: other wrappers around the same core ids, other date / byline /
caption conventions, other related headings and chrome. Pages for sites no profile knows live
in ``auto/``. Run: ``.venv/bin/python tests/golden/_make_c.py`` (the tests never run it).
"""

# ruff: noqa: E501  -- literal HTML template lines.
from __future__ import annotations

import html
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def T(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def e(text: str) -> str:
    return html.escape(text, quote=False)


def a(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass
class Img:
    src: str
    caption: str | None = None
    cap_html: str | None = None
    credit: str = ""   # "Ảnh: X" line printed under the image (photographer, not caption)


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
    paras: list[str]
    shown_date: str = ""
    updated: str | None = None
    images: list[Img] = field(default_factory=list)   # first one after paragraph 1
    author: str | None = None
    author_unit: str | None = None
    source: str | None = None
    photographer: str | None = None
    byline_html: str = ""
    tags: list[str] = field(default_factory=list)
    related: list[tuple[str, str, str]] = field(default_factory=list)
    related_head: str = "Tin liên quan"
    content_type: str = "text/html; charset=utf-8"
    charset: str = "utf-8"
    nfd: bool = False
    x_iso: str = ""
    x_mod: str = ""
    x_upd: str = ""
    x_epoch: str = ""
    x_credit: str = ""

    def expected(self) -> dict[str, Any]:
        body = "\n\n".join(([self.lead] if self.lead else []) + self.paras)
        return {
            "url": self.url, "title": self.title, "published_at": self.published,
            "updated_at": self.updated, "author": self.author, "author_unit": self.author_unit,
            "source": self.source, "category": self.category, "lead": self.lead, "body": body,
            "captions": [i.caption for i in self.images if i.caption],
            "images": [{"src": i.src, "caption": i.caption} for i in self.images],
            "tags": list(self.tags),
            "related": [{"url": u, "title": t} for u, t, _ in self.related],
            "photographer": self.photographer, "profile": self.family,
        }


# ------------------------------------------------------------------ shared chrome

def header(site: str, clock: str = "Thứ Bảy, ngày 28 tháng 11 năm 2026") -> str:
    return f"""<div id="header" class="site-header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{a(site)}"></a></div>
<div class="header-date">{e(clock)}</div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<form class="search-form" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></div>
"""


def sidebar(base: str) -> str:
    return f"""<div class="sidebar col-right"><div class="box-title">Tin mới</div>
<ul class="list-news"><li><a href="{base}/tin-moi/hoi-nghi-ban-thuong-vu-thang-11-901.html">Hội nghị Ban Thường vụ Tỉnh ủy tháng 11</a> <span class="date">(27/11/2026)</span></li>
<li><a href="{base}/tin-moi/tong-ket-cong-tac-dan-van-902.html">Tổng kết công tác dân vận năm 2026</a> <span class="date">26/11/2026 15:20</span></li></ul>
<div class="box-title">Xem nhiều</div><ul class="list-news"><li><a href="{base}/xem-nhieu/quy-dinh-moi-ve-ky-luat-dang-vien-77.html">Quy định mới về kỷ luật đảng viên vi phạm</a> <span>12/10/2026</span></li></ul>
<div class="box-title">Văn bản mới</div><ul class="list-docs"><li><a href="{base}/van-ban/ke-hoach-so-125.html">Kế hoạch số 125-KH/TU</a> Ngày ban hành: 20/11/2026</li></ul></div>
"""


MENU = ["Giới thiệu", "Lịch sử Đảng bộ", "Cơ cấu tổ chức", "Tin tức - Sự kiện", "Tin trong tỉnh",
        "Tin trong nước", "Xây dựng Đảng", "Công tác tổ chức", "Công tác kiểm tra", "Công tác dân vận",
        "Công tác tuyên giáo", "Nghiên cứu - Trao đổi", "Học tập và làm theo Bác", "Văn bản",
        "Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Tài liệu sinh hoạt chi bộ", "Thư viện ảnh",
        "Video", "Hỏi - Đáp", "Liên hệ", "Sơ đồ cổng"]
NEWS = ["Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối", "Tập huấn công tác văn phòng cấp ủy năm 2026",
        "Hội nghị giao ban công tác tuyên giáo quý IV", "Tổng kết công tác kiểm tra, giám sát năm 2026",
        "Phát động cuộc thi chính luận bảo vệ nền tảng tư tưởng của Đảng", "Triển khai học tập chuyên đề năm 2027",
        "Gặp mặt kỷ niệm ngày truyền thống ngành Tổ chức xây dựng Đảng", "Hướng dẫn đánh giá, xếp loại chất lượng tổ chức đảng",
        "Đoàn công tác Ban Dân vận Trung ương làm việc tại tỉnh", "Khai giảng lớp bồi dưỡng kết nạp đảng"]


def chrome_bulk(base: str) -> str:
    """The weight of a real page: mega menu, dated sidebars, links, inline CSS and scripts."""
    menu = "".join(f'<li class="menu-item"><a href="{base}/chuyen-muc/{i}">{e(m)}</a><ul class="sub-menu"><li><a href="{base}/chuyen-muc/{i}/1">Tin hoạt động</a></li><li><a href="{base}/chuyen-muc/{i}/2">Văn bản chỉ đạo</a></li></ul></li>' for i, m in enumerate(MENU))
    news = "".join(f'<li><a href="{base}/tin-moi/{i}.html" title="{a(t)}">{e(t)}</a> <span class="news-date">{(i % 9) + 18:02d}/11/2026 {8 + i % 9:02d}:{(i * 7) % 60:02d}</span></li>' for i, t in enumerate(NEWS))
    most = "".join(f'<li><a href="{base}/xem-nhieu/{i}.html">{e(t)}</a> <span class="view">{1200 - i * 97} lượt xem</span></li>' for i, t in enumerate(reversed(NEWS)))
    links = "".join(f'<option value="https://{x}.gov.vn">Cổng thông tin {x}</option>' for x in ("chinhphu", "dangcongsan", "tuyengiao", "dukcq", "mattran", "qdnd", "nhandan", "baochinhphu"))
    css = "".join(f".m{i}{{margin:{i}px;padding:{i % 5}px;color:#{(i * 2654435) % 0xFFFFFF:06x}}}" for i in range(120))
    return f"""<style type="text/css">{css}</style>
<div class="top-bar">Hôm nay: 28/11/2026 | <a href="{base}/dang-nhap">Đăng nhập</a> | <a href="{base}/rss">RSS</a></div>
<div class="mega-menu"><ul class="menu">{menu}</ul></div>
<div class="box-side box-tinmoi"><h3 class="box-side-title">Tin mới nhất</h3><ul>{news}</ul></div>
<div class="box-side box-xemnhieu"><h3 class="box-side-title">Tin đọc nhiều</h3><ul>{most}</ul></div>
<div class="box-side box-lienket"><h3>Liên kết website</h3><select onchange="window.open(this.value)">{links}</select></div>
<div class="box-side box-thongke">Đang truy cập: 125 | Tổng lượt truy cập: 4.512.390</div>
<script>(function(){{var s=document.createElement('script');s.src='/js/analytics.js?v=20261128';document.body.appendChild(s);}})();</script>
"""


def footer(site: str) -> str:
    return f"""<div id="footer" class="site-footer"><p>© Bản quyền thuộc về {e(site)}</p><p>Địa chỉ: Số 1, đường Trần Hưng Đạo. Điện thoại: 0205 3812 345</p><p>Ghi rõ nguồn "{e(site)}" khi phát hành lại thông tin từ website này.</p></div>
<script>var _gaq=_gaq||[];_gaq.push(['_trackPageview']);</script>"""


def page(art: Art, head_extra: str, core: str, site: str, base: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset={art.charset}">
<title>{e(art.title)} - {e(site)}</title>{head_extra}
</head><body>
{header(site)}<div class="container"><div class="main-content">
{core}
</div>
{sidebar(base)}{chrome_bulk(base)}</div>
{footer(site)}
</body></html>
"""


def ps(paras: list[str], style: str = ' style="text-align: justify;"', indent: bool = False) -> list[str]:
    pre = "&nbsp;&nbsp;&nbsp; " if indent else ""
    return [f"<p{style}>{pre}{e(p)}</p>" for p in paras]


def body_with_images(art: Art, cap: Callable[[Img], str], style: str = ' style="text-align: justify;"',
                     indent: bool = False, at: int = 1) -> str:
    lines = ps(art.paras, style, indent)
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i == at - 1:
            out.extend(cap(img) for img in art.images)
    return "\n".join(out)


def capt(img: Img) -> str:
    return img.cap_html if img.cap_html is not None else e(img.caption or "")


def rel_li(art: Art, dated: bool = True, fmt: str = " ({})") -> str:
    return "\n".join(f'<li><a href="{a(u)}" title="{a(t)}">{e(t)}</a>{e(fmt.format(d)) if dated and d else ""}</li>'
                     for u, t, d in art.related)


# Captions styles
def cap_table(img: Img, cls: str = "image_desc") -> str:
    return (f'<table class="image" align="center" border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody>'
            f'<tr><td><img src="{a(img.src)}" alt="" width="600"></td></tr>'
            f'<tr><td class="{cls}">{capt(img)}</td></tr></tbody></table>')


def cap_tpl(img: Img) -> str:
    return (f'<table class="tplCaption" align="center"><tr><td><img src="{a(img.src)}" width="640" alt="{a(img.caption or "")}"></td></tr>'
            f'<tr><td><p class="Image">{capt(img)}</p></td></tr></table>')


def cap_em(img: Img) -> str:
    out = f'<p style="text-align: center;"><img src="{a(img.src)}" alt="" style="width: 600px; height: 400px;"></p>'
    if img.caption:
        out += f'\n<p style="text-align: center;"><em>{capt(img)}</em></p>'
    if img.credit:
        out += f'\n<p style="text-align: center;"><span style="font-size:12px"><em>{e(img.credit)}</em></span></p>'
    return out


def cap_fig(img: Img) -> str:
    cap = f"<figcaption>{capt(img)}</figcaption>" if img.caption else ""
    return f'<figure class="image"><img src="{a(img.src)}" alt="" width="700" height="466">{cap}</figure>'


def cap_pem(img: Img) -> str:
    """Image and its italic caption in the same paragraph, separated by <br>."""
    return f'<p style="text-align:center"><img src="{a(img.src)}" alt="ảnh"><br><em>{capt(img)}</em></p>'


# ------------------------------------------------------------------ family templates

def t_nukeviet4(art: Art, v: str) -> str:
    site = "Ban Tuyên giáo Tỉnh ủy Thái Nguyên"
    base = art.url.split("/vi/")[0] + "/vi"
    lead_img = ""
    if v == "A" and art.images:
        img = art.images[0]
        lead_img = f'<figure class="article center"><img alt="{a(art.title)}" src="{a(img.src)}" width="700" class="img-fluid"><figcaption>{capt(img)}</figcaption></figure>'
        body = "\n".join(ps(art.paras, ""))
    else:
        body = body_with_images(art, cap_em)
    tags = " ".join(f'<a href="{base}/news/tag/{i}"><em>{e(t)}</em></a>,' for i, t in enumerate(art.tags))
    core = f"""<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="{base}/"><span>Trang nhất</span></a></li><li id="brcr_1"><a href="{base}/news/"><span>Tin tức</span></a></li><li id="brcr_2"><a href="{base}/news/cat/"><span>{e(art.category or '')}</span></a></li></ul></div></div>
<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{e(art.title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{e(art.shown_date)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Giới thiệu bài viết cho bạn bè" href="#"><em class="fa fa-envelope"></em></a></li><li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print"></em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="#"><em class="fa fa-save"></em></a></li></ul></div></div>
<div class="clearfix">{lead_img}<div class="hometext m-bottom">{e(art.lead or '')}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
{art.byline_html if v == 'B' else ''}
</div>
{art.byline_html if v == 'A' else ''}
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{tags}</div></div></div>
<div class="news_column panel panel-default"><div class="panel-body">Tổng số điểm của bài viết là: 21 trong 5 đánh giá</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>{e(art.related_head)}</strong></p><div class="clearfix"><ul class="related list-items">{rel_li(art)}</ul></div></div></div>"""
    return page(art, '<meta name="generator" content="NukeViet v4.5">', core, site, base)


def t_nukeviet3(art: Art, v: str) -> str:
    site = "Đảng bộ tỉnh Bình Phước"
    base = "https://binhphuoc.dcs.vn"
    if v == "A" and art.images:
        img = art.images[0]
        home = f'<div id="hometext"><div id="imghome" class="fl"><a href="{a(img.src)}" rel="shadowbox"><img src="{a(img.src)}" width="200"></a><p><em>{capt(img)}</em></p></div>{e(art.lead or "")}</div>'
        body = "\n".join(ps(art.paras, ""))
    else:
        home = f'<div id="hometext">{e(art.lead)}</div>' if art.lead else ""
        body = body_with_images(art, cap_em, "", indent=True)
    core = f"""<div class="breadcrumbs"><a href="{base}/">Trang chủ</a> » <a href="{base}/news/">{e(art.category or '')}</a></div>
<div id="news_detail"><h1>{e(art.title)}</h1><span class="time">{e(art.shown_date)}</span>
<div class="control"><ul><li><a class="sendmail" href="#">Gửi bài viết</a></li><li><a class="print" href="#">In bài viết</a></li><li><a class="savefile" href="#">Lưu bài viết</a></li></ul></div>
{home}
<div class="bodytext">
{body}
</div>
{art.byline_html}
<div class="clear"></div></div>
<div class="other_news"><h4>{e(art.related_head)}</h4><ul class="related">{rel_li(art)}</ul></div>"""
    return page(art, '<meta name="generator" content="NukeViet v3.4">', core, site, base)


def t_liferay(art: Art, v: str) -> str:
    site = "Cổng thông tin Đảng bộ tỉnh Hòa Bình"
    base = "https://hoabinh.dcs.vn"
    cap = cap_tpl if v == "A" else cap_table
    upd = f'<span class="metadata-entry metadata-modified-date">Cập nhật: {e(art.x_upd)}</span>' if art.x_upd else ""
    core = f"""<ul class="breadcrumbs breadcrumbs-horizontal lfr-component"><li class="first"><span><a href="{base}/">Trang chủ</a></span></li><li class="last"><span><a href="{base}/tin-tuc">{e(art.category or '')}</a></span></li></ul>
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_Xk9a_"><div class="portlet-body">
<div class="taglib-header"><span class="header-back-to"><a href="{base}/tin-tuc" title="Quay lại">«</a></span><h3 class="header-title"><span>{e(art.title)}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="asset-user-actions"><div class="print-action"><a href="#">In</a></div></div>
<div class="asset-content"><div class="journal-content-article">
{body_with_images(art, cap)}
{art.byline_html}
</div></div>
<div class="asset-ratings">Bình chọn</div>
<div class="taglib-asset-links"><h2 class="asset-links-title">{e(art.related_head)}</h2><ul class="asset-links-list">{rel_li(art)}</ul></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{e(art.shown_date)}</span>{upd}<span class="metadata-entry metadata-view-count">Lượt xem: 1.204</span></div>
</div></div></div>"""
    return page(art, '<meta name="generator" content="Liferay Portal">', core, site, base)


def t_liferay_vn(art: Art, v: str) -> str:
    site = "Ban Tuyên giáo Tỉnh ủy Đồng Tháp"
    base = "https://btg.dongthap.gov.vn"
    cap = cap_em if v == "A" else cap_pem
    core = f"""<section class="portlet" id="portlet_101_INSTANCE_abc"><header class="portlet-topper"><h2 class="portlet-title-text">Xuất bản thông tin</h2></header>
<div class="portlet-content"><span>null</span>
<div class="breadcrumb-news"><ul class="breadcrumb"><li><a href="{base}/">Trang chủ</a></li><li class="active"><a href="{base}/tin-tuc">{e(art.category or '')}</a></li></ul></div>
<div class="asset_publisher_view_full_content">
<div class="asset_title"><span>{e(art.title)}</span></div>
<div class="social-panel"><div class="asset-publish-date"><span>{e(art.shown_date)}</span></div>
<div class="social-icon"><span class="mail_icon"><a href="#">Email</a></span><span class="print_icon"><a href="#">In</a></span><a id="decreaseText" href="#">A-</a><a id="increaseText" href="#">A+</a><button class="article-audio" id="btnSpeak">Đọc bài</button></div></div>
{f'<div class="asset-abstract"><div class="assetdesc"><span class="assetdesc-text"><strong>{e(art.lead)}</strong></span></div></div>' if art.lead else ''}
<div class="asset-full-content"><div class="asset-content"><div class="journal-content-article">
{body_with_images(art, cap)}
{art.byline_html}
</div></div></div>
<div class="asset-links"><div class="title-links">{e(art.related_head)}</div><ul>{rel_li(art)}</ul></div>
</div></div></section>"""
    return page(art, "", core, site, base)


def t_sharepoint_cq(art: Art, v: str) -> str:
    site = "Cổng thông tin Đảng bộ Khối các cơ quan tỉnh Quảng Ninh"
    base = "https://dangbokhoicq.quangninh.gov.vn"
    g = "ctl00_m_g_7a1d2f4e_93b1_4c1e_8f0a_2b3c4d5e6f70_ctl00"
    cap = cap_table
    core = f"""<div class="detail_artical"><div class="path"><div class="arr_B"><span id="{g}_lblBreadCrum">Trang chủ &gt; {e(art.category or '')}</span></div></div>
<div><table><tr><td><table><tr><td><a href="#"><img src="/PublishingImages/icon_date.jpg"></a></td><td><span id="{g}_lblCreatedDate" class="date_detail">{e(art.shown_date)}</span></td></tr></table></td></tr></table></div>
<h2 class="title_detail"><span id="{g}_lblTitle">{e(art.title)}</span></h2>
{f'<p><b>{e(art.lead)}</b></p>' if art.lead else ''}
<p><table width="100%"><tr><td id="{g}_tdContent">
{body_with_images(art, cap)}
</td></tr>
<tr><td align="right" style="font-weight:bold">{art.byline_html}</td></tr></table></p>
</div>
<div class="other_News"><div class="top_F">{e(art.related_head)}</div><div class="inner_F_otherNew"><ul>{rel_li(art, fmt=' (Ngày {})')}</ul></div></div>"""
    return page(art, "", core, site, base)


def t_sharepoint_desc(art: Art, v: str) -> str:
    site = "Cổng thông tin điện tử tỉnh An Giang"
    base = "https://angiang.gov.vn"
    g = "ctl00_PlaceHolderMain_ctl00"
    if v == "A":
        core = f"""<div class="breadcrumb"><ul><li><a href="{base}/">Trang chủ</a></li><li><a href="{base}/tintuc">{e(art.category or '')}</a></li></ul></div>
<div class="article-wrap"><div id="divArticleDescription3"><h1>{e(art.title)}</h1></div>
<div id="{g}_pnHide" class="date-view"><span>{e(art.shown_date)}</span> | Lượt xem: 842</div>
<div id="divArticleDescription1"><p>{e(art.lead or '')}</p></div>
<div id="divArticleDescription2">
{body_with_images(art, cap_fig)}
{art.byline_html}
</div></div>
<div class="other-news"><h3>{e(art.related_head)}</h3><ul>{rel_li(art)}</ul></div>"""
    else:
        core = f"""<div class="breadcrumb"><a href="{base}/">Trang chủ</a> / <a href="{base}/tintuc">{e(art.category or '')}</a></div>
<div class="news-view"><div id="news-title">{e(art.title)}</div>
<div id="txtDateString">{e(art.shown_date)}</div>
<div id="news-detail">
{body_with_images(art, cap_table)}
{art.byline_html}
</div></div>
<div class="tinkhac"><b>{e(art.related_head)}</b><ul>{rel_li(art)}</ul></div>"""
    return page(art, '<meta name="GENERATOR" content="Microsoft SharePoint">', core, site, base)


def t_dnn(art: Art, v: str) -> str:
    site = "Đảng bộ Khối các cơ quan tỉnh"
    base = "https://dangbokhoi.quangtri.gov.vn"
    n = "dnn_ctr2214_NewsDetail"
    core = f"""<form method="post" action="/Default.aspx?tabid=88" id="Form"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk"><input type="hidden" name="__dnnVariable" id="__dnnVariable" value="">
<div id="dnn_dnnBreadcrumb_wrap"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="{base}/" class="Breadcrumb">Trang chủ</a> › <a href="{base}/tin-tuc" class="Breadcrumb">{e(art.category or '')}</a></span></div>
<div id="dnn_ctr2214_ContentPane"><div id="dnn_ctr2214_ModuleContent" class="news-detail-module">
<div class="news-title"><span id="{n}_lblTitle" class="title">{e(art.title)}</span></div>
<div class="news-info"><span id="{n}_lblDate" class="date">{e(art.shown_date)}</span> <span class="view">Lượt xem: 530</span></div>
{f'<div class="news-summary"><span id="{n}_lblSummary"><b>{e(art.lead)}</b></span></div>' if art.lead else ''}
<div id="{n}_divContent" class="news-content">
{body_with_images(art, cap_em if v == 'A' else cap_table)}
</div>
<div class="news-author">{art.byline_html}</div>
<div id="{n}_pnlOther" class="other-news"><h3>{e(art.related_head)}</h3><ul>{rel_li(art)}</ul></div>
</div></div>
<input name="ScrollTop" type="hidden" id="ScrollTop"></form>"""
    return page(art, '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke ">', core, site, base)


def t_aspnet_articledetail(art: Art, v: str) -> str:
    site = "Ban Tuyên giáo Tỉnh ủy Hưng Yên"
    base = "https://tuyengiao.hungyen.gov.vn"
    core = f"""<form id="aspnetForm" method="post"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPD">
<div class="box-border"><div class="nav"><h1><a class="home" href="{base}/">Trang chủ</a> <a class="arr" href="{base}/tin-tuc">{e(art.category or '')}</a></h1></div></div>
<div class="article-detail"><div class="title"><span id="ctl00_cphMain_ArticleDetail1_ltlTitle" class="bullet-li">{e(art.title)}</span></div>
<div class="TopToolbar"><a class="back" href="#">Quay lại</a><a class="plusSize" href="#">A+</a><a class="minusSize" href="#">A-</a></div>
<div class="article-info"><span id="ctl00_cphMain_ArticleDetail1_lblDate">{e(art.shown_date)}</span></div>
<div id="divDetailContent">
{f'<p><strong>{e(art.lead)}</strong></p>' if art.lead else ''}
{body_with_images(art, cap_table)}
{art.byline_html}
</div>
<div class="BottomToolbar"><a href="#">In bài viết</a> | <a href="#">Gửi email</a></div></div>
<div class="article-reference"><div class="title"><a id="ctl00_cphMain_articleReference_mrcArticle" href="#">{e(art.related_head)}</a></div><ul>{rel_li(art)}</ul></div>
</form>"""
    return page(art, "", core, site, base)


def t_aspnet_table(art: Art, v: str) -> str:
    site = "Báo điện tử Đảng bộ tỉnh Quảng Ngãi"
    base = "http://baoquangngai.vn"
    img = ""
    if art.images:
        i0 = art.images[0]
        img = f'<table align="left" width="250" cellpadding="3"><tr><td><img src="{a(i0.src)}" width="240"></td></tr><tr><td><span class="image_desc">{capt(i0)}</span></td></tr></table>'
    body = "\n".join(ps(art.paras, ""))
    core = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="duong_dan"><a href="{base}/">Trang chủ</a> » <a href="{base}/channel/2027">{e(art.category or '')}</a></td></tr>
<tr><td><a class="tieu_de_tin" href="{a(art.url)}">{e(art.title)}</a></td></tr>
<tr><td><span class="ngay_dang">{e(art.shown_date)}</span> &nbsp; <a href="#"><img src="/images/print.gif" width="16">In trang</a> <a href="#"><img src="/images/email.gif" width="16">Gửi email</a></td></tr>
<tr><td>{img}{f'<span class="story_teaser">{e(art.lead)}</span>' if art.lead else ''}</td></tr>
<tr><td><div style="text-align: justify">
{body}
{art.byline_html}
</div></td></tr></table>
<div class="tinkhac"><b>{e(art.related_head)}</b><div class="khung_tinkhac"><ul>{rel_li(art)}</ul></div></div>"""
    return page(art, "", core, site, base)


def t_dcs(art: Art, v: str) -> str:
    site = "Đảng bộ tỉnh Tuyên Quang"
    base = "https://tuyenquang.dcs.vn"
    cap = cap_table if v == "A" else cap_em
    core = f"""<ol class="breadcrumb"><li><a href="{base}/">Trang chủ</a></li><li><a href="{base}/chuyen-muc">{e(art.category or '')}</a></li></ol>
<div class="news-detail"><h1 class="title-news">{e(art.title)}</h1>
<div class="meta-news"><span class="date">{e(art.shown_date)}</span><span class="views">Lượt xem: 412</span><a class="print" href="#">In bài</a></div>
{f'<div class="sapo"><strong>{e(art.lead)}</strong></div>' if art.lead else ''}
<div class="content">
{body_with_images(art, cap)}
{art.byline_html}
</div></div>
<div class="related-news"><div class="title">{e(art.related_head)}</div><ul>{rel_li(art)}</ul></div>"""
    return page(art, "", core, site, base)


def t_sphere(art: Art, v: str) -> str:
    site = "Đảng bộ tỉnh Bà Rịa - Vũng Tàu"
    base = "https://baria-vungtau.dcs.vn"
    cap = cap_fig if v == "A" else cap_em
    core = f"""<div class="row body"><div class="col-sm-9"><div class="card card-box"><div class="card-header"><span><img src="/images/icon-title.png"></span><span class="title">{e(art.category or '')}</span></div>
<div class="card-body"><div class="item content" id="detail-item"><h4 class="title">{e(art.title)}</h4>
<div class="item-info"><span class="time" data-time="{art.x_epoch}">{e(art.shown_date)}</span><div class="float-right"><a href="#">Đọc bài viết</a> <a href="#">In bài</a> <button>A-</button><button>A+</button></div></div>
{f'<div class="brief">{e(art.lead)}</div>' if art.lead else ''}
<div class="content">
{body_with_images(art, cap)}
{art.byline_html}
</div></div></div></div>
<div class="card card-box list-news-box"><div class="card-header"><span class="title">{e(art.related_head)}</span></div><div class="related-content"><div class="row cat-content">
{''.join(f'<div class="cw-item"><div class="cwi-caption"><h2 class="cwi-title"><a href="{a(u)}">{e(t)}</a></h2><p class="cwi-download">120 lượt Xem</p></div></div>' for u, t, _ in art.related)}
</div></div></div></div></div>"""
    return page(art, "", core, site, base)


def t_vhv(art: Art, v: str) -> str:
    site = "Cổng thông tin điện tử huyện Thường Tín"
    base = "https://thuongtin.hanoi.gov.vn"
    cap = cap_em if v == "A" else cap_table
    upd = f'<meta itemprop="dateModified" content="{art.x_mod}">' if art.x_mod else ""
    core = f"""<div class="pathway-category"><ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="first-item" itemprop="itemListElement"><a href="{base}/">Trang chủ</a></li><li class="last-item" itemprop="itemListElement"><a href="{base}/tin-tuc">{e(art.category or '')}</a></li></ol></div>
<div id="module21" class="ModuleWrapper" moduleRootId="21"><article id="article21" class="news-detail-layout-type-2" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{art.x_iso}">{upd}
<header><span class="post-date">{e(art.shown_date)}</span><div class="block_share"><a href="#">A-</a><a href="#">A</a><a href="#">A+</a><a href="#">In</a></div></header>
<div class="article-content"><div class="block-core-a3"><h1 class="title-detail" itemprop="headline">{e(art.title)}</h1>
<div class="social-connect"><div class="zalo-share-button"></div><a href="#">Đọc bài</a><a href="#">Lưu</a></div>
{f'<div class="brief">{e(art.lead)}</div>' if art.lead else ''}</div>
<div class="block-core-a5"><div class="content-detail" itemprop="articleBody">
{body_with_images(art, cap)}
{art.byline_html}
</div></div></div>
<div class="rating">Tổng số điểm của bài viết là: 10 trong 2 đánh giá</div></article></div>
<div class="panel frame-involve"><div class="panel-heading"><div class="panel-title">{e(art.related_head)}</div></div><section class="section-list Article-News-Detail-default">
{''.join(f'<article class="list-news-one"><h2 class="h4 title"><a href="{a(u)}">{e(t)}</a></h2></article>' for u, t, _ in art.related)}</section></div>"""
    return page(art, "", core, site, base)


def t_drupal(art: Art, v: str) -> str:
    site = "Cổng thông tin Tỉnh ủy Lai Châu"
    base = "https://tinhuylaichau.vn"
    tags = "".join(f'<div class="field-item"><a href="/tags/{i}">{e(t)}</a></div>' for i, t in enumerate(art.tags))
    if v == "A":
        core = f"""<div class="breadcrumb"><a href="{base}/">Trang chủ</a> » <a href="{base}/tin-tuc">{e(art.category or '')}</a></div>
<h1 class="title" id="page-title">{e(art.title)}</h1>
<div id="node-2417" class="node node-article node-full clearfix"><div class="submitted"><span property="dc:date dc:created" content="{art.x_iso}" datatype="xsd:dateTime">{e(art.shown_date)}</span></div>
<div class="content">{f'<div class="field field-name-field-tom-tat"><div class="field-items"><div class="field-item even"><p>{e(art.lead)}</p></div></div></div>' if art.lead else ''}
<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded">
{body_with_images(art, cap_pem)}
{art.byline_html}
</div></div></div>
<div class="field field-name-field-tags"><div class="field-label">Từ khóa:&nbsp;</div><div class="field-items">{tags}</div></div></div>
<ul class="links inline"><li class="print_html"><a href="#">In bài viết</a></li></ul></div>
<div class="block block-views view-related"><h2>{e(art.related_head)}</h2><ul>{rel_li(art)}</ul></div>"""
    else:
        core = f"""<nav class="breadcrumb" role="navigation"><ol><li><a href="{base}/">Trang chủ</a></li><li><a href="{base}/tin-tuc">{e(art.category or '')}</a></li></ol></nav>
<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field--name-title">{e(art.title)}</span></h1>
<div class="node__meta"><span class="field--name-created">{e(art.shown_date)}</span></div>
<div class="node__content">{f'<div class="field--name-field-sapo"><strong>{e(art.lead)}</strong></div>' if art.lead else ''}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_with_images(art, cap_fig)}
{art.byline_html}
</div></div></article>
<div class="block-views-related"><h2 class="block-title">{e(art.related_head)}</h2><ul>{rel_li(art)}</ul></div>"""
    return page(art, '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">', core, site, base)


def t_joomla_k2(art: Art, v: str) -> str:
    site = "Tạp chí Lý luận chính trị"
    base = "http://lyluanchinhtri.vn"
    img = ""
    if art.images:
        i0 = art.images[0]
        cred = f'<span class="itemImageCredits">{e(art.x_credit)}</span>' if art.x_credit else ""
        img = f'<div class="itemImageBlock"><span class="itemImage"><a href="{a(i0.src)}"><img src="{a(i0.src)}" alt="{a(art.title)}" style="width:600px"></a></span><span class="itemImageCaption">{capt(i0)}</span>{cred}</div>'
    core = f"""<ul class="breadcrumb"><li><a href="{base}/">Trang chủ</a></li><li><a href="{base}/home/index.php/dien-dan.html">{e(art.category or '')}</a></li></ul>
<div id="k2Container" class="itemView"><div class="itemHeader"><span class="itemDateCreated">{e(art.shown_date)}</span><h2 class="itemTitle">{e(art.title)}</h2></div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink" href="#">In</a></li><li><a class="itemEmailLink" href="#">Email</a></li><li><span class="itemTextResizerTitle">Cỡ chữ</span></li></ul></div>
<div class="itemRatingBlock"><span>Đánh giá bài viết</span></div>
<div class="itemBody">{img}
{f'<div class="itemIntroText"><p>{e(art.lead)}</p></div>' if art.lead else ''}
<div class="itemFullText">
{chr(10).join(ps(art.paras))}
{art.byline_html}
</div></div>
<div class="itemHitsBlock"><span class="itemHits">Lượt xem: <b>3120</b></span></div>
<div class="itemRelated"><h3>{e(art.related_head)}</h3><ul>{rel_li(art)}</ul></div></div>"""
    return page(art, '<meta name="generator" content="Joomla! - Open Source Content Management">', core, site, base)


def t_wordpress(art: Art, v: str) -> str:
    site = "Báo Tây Ninh"
    base = "https://baotayninh.vn"
    tags = "".join(f'<a href="{base}/tag/{i}/" rel="tag">{e(t)}</a>' for i, t in enumerate(art.tags))
    core = f"""<div class="breadcrumb"><span><a href="{base}/">Trang chủ</a></span> » <span><a href="{base}/chinh-tri/">{e(art.category or '')}</a></span> » <span class="breadcrumb_last">{e(art.title)}</span></div>
<article id="post-51273" class="post-51273 post type-post status-publish format-standard hentry"><header class="entry-header"><h1 class="entry-title">{e(art.title)}</h1>
<div class="entry-meta"><span class="posted-on"><a href="#" rel="bookmark"><time class="entry-date published" datetime="{art.x_iso}">{e(art.shown_date)}</time></a></span></div></header>
<div class="entry-content">
{f'<p><strong>{e(art.lead)}</strong></p>' if art.lead else ''}
{body_with_images(art, cap_fig if v == 'A' else cap_em)}
{art.byline_html}
<div class="sharedaddy"><h3>Chia sẻ:</h3><a href="#">Facebook</a><a href="#">Zalo</a></div>
</div>
<footer class="entry-footer"><span class="tags-links">Thẻ: {tags}</span></footer></article>
<div class="related-posts"><h3>{e(art.related_head)}</h3><ul>{rel_li(art)}</ul></div>
<div id="comments" class="comments-area"><h3>Ý kiến bạn đọc</h3><form><textarea></textarea><p>Bình luận của bạn sẽ được kiểm duyệt trước khi đăng.</p></form></div>"""
    return page(art, '<meta name="generator" content="WordPress 6.4.2"><link rel="stylesheet" href="/wp-content/themes/x/style.css">', core, site, base)


def t_duk(art: Art, v: str) -> str:
    site = "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Lạng Sơn"
    base = "https://duk.langson.gov.vn"
    p = "ctl00_ContentPlaceHolder1_ctl00"
    core = f"""<form id="form1" method="post"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK">
<div class="cat-path"><a id="{p}_hplCategory" href="{base}/tin-tuc">{e(art.category or '')}</a></div>
<div class="detail-article"><h2 class="art-title"><span id="{p}_lblTitle">{e(art.title)}</span></h2>
<div class="art-date"><span id="{p}_lblDate">{e(art.shown_date)}</span> <a class="print" href="#">In bài viết</a></div>
<div id="{p}_divContent" class="art-content">
{body_with_images(art, cap_table if v == 'A' else cap_pem, indent=True)}
{art.byline_html}
</div></div>
<div id="{p}_pnlRelated" class="box-related"><h3>{e(art.related_head)}</h3><ul>{rel_li(art)}</ul></div></form>"""
    return page(art, "", core, site, base)


# ------------------------------------------------------------------ unprofiled sites

def t_auto(art: Art, v: str) -> str:
    site = "Cổng thông tin điện tử huyện Yên Lập"
    base = art.url.split("/", 3)[0] + "//" + art.url.split("/", 3)[2]
    if v == "bootstrap":
        core = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}/">Trang chủ</a></li><li class="breadcrumb-item"><a href="{base}/tin-tuc">{e(art.category or '')}</a></li></ol></nav>
<div class="row"><div class="col-md-8"><div class="post-detail"><h1 class="post-detail-title">{e(art.title)}</h1>
<div class="post-meta text-muted"><i class="fa fa-clock-o"></i> {e(art.shown_date)} <span class="ml-3"><i class="fa fa-eye"></i> Lượt xem: 287</span></div>
{f'<p class="post-sapo"><strong>{e(art.lead)}</strong></p>' if art.lead else ''}
<div class="post-content">
{body_with_images(art, cap_fig)}
{art.byline_html}
</div>
<div class="post-share"><span>Chia sẻ:</span><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<div class="post-related"><h4>{e(art.related_head)}</h4><ul>{rel_li(art)}</ul></div></div></div></div>"""
    elif v == "table":
        core = f"""<table width="980" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td width="200" valign="top" class="menu-trai"><a href="/">Trang chủ</a><br><a href="/gioi-thieu">Giới thiệu</a></td>
<td valign="top"><table width="100%"><tr><td class="duongdan"><a href="{base}/">Trang chủ</a> &gt; <a href="{base}/tintuc.php">{e(art.category or '')}</a></td></tr>
<tr><td><font class="tieude" size="4" color="#990000"><b>{e(art.title)}</b></font></td></tr>
<tr><td><font size="1" color="#666666">{e(art.shown_date)}</font></td></tr>
<tr><td class="noidung">
{body_with_images(art, cap_table)}
{art.byline_html}
</td></tr>
<tr><td><b>{e(art.related_head)}:</b><br>{'<br>'.join(f'<a href="{a(u)}">{e(t)}</a> ({d})' for u, t, d in art.related)}</td></tr></table></td></tr></table>"""
    elif v == "joomla3":
        core = f"""<ul class="breadcrumb"><li><a href="{base}/" class="pathway">Trang chủ</a><span class="divider">/</span></li><li><a href="{base}/index.php/tin-tuc" class="pathway">{e(art.category or '')}</a></li></ul>
<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">{e(art.title)}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="category-name">Danh mục: <a href="{base}/index.php/tin-tuc" itemprop="genre">{e(art.category or '')}</a></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="{art.x_iso}" itemprop="datePublished">{e(art.shown_date)}</time></dd><dd class="hits"><span class="icon-eye-open"></span>Lượt xem: 352</dd></dl>
<div itemprop="articleBody">
{body_with_images(art, cap_em)}
{art.byline_html}
</div>
<ul class="pager pagenav"><li class="previous"><a href="{base}/index.php/tin-tuc/140" rel="prev">Trước</a></li><li class="next"><a href="{base}/index.php/tin-tuc/138" rel="next">Tiếp</a></li></ul></div>
<div class="moduletable relateditems"><h3>{e(art.related_head)}</h3><ul class="relateditems">{rel_li(art, dated=False)}</ul></div>"""
    elif v == "php":
        core = f"""<div id="wrapper"><div class="khung-giua"><div class="tieude-chuyenmuc">{e(art.category or '')}</div>
<div class="chitiet-tin"><div class="tieude-tin">{e(art.title)}</div>
<div class="ngay-tin">{e(art.shown_date)}</div>
<div class="noidung-tin">
{f'<p><b>{e(art.lead)}</b></p>' if art.lead else ''}
{body_with_images(art, cap_em)}
{art.byline_html}
</div>
<div class="congcu"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div></div>
<div class="tin-khac"><div class="tieude-khung">{e(art.related_head)}</div><ul>{rel_li(art)}</ul></div>
<div class="ykien"><div class="tieude-khung">Ý kiến bạn đọc</div><form><p>Họ và tên:<input name="ten"></p><p>Nội dung:<textarea></textarea></p></form></div></div></div>"""
    elif v == "jsonld":
        core = f"""<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title, "datePublished": art.x_iso, "dateModified": art.x_mod or art.x_iso}, ensure_ascii=False)}</script>
<div class="main-detail"><div class="cate-top"><a href="{base}/tin-tuc">{e(art.category or '')}</a></div>
<h1 class="detail-title">{e(art.title)}</h1>
<div class="detail-time">{e(art.shown_date)}</div>
{f'<h2 class="detail-sapo">{e(art.lead)}</h2>' if art.lead else ''}
<div class="detail-content">
{body_with_images(art, cap_table)}
{art.byline_html}
</div>
<div class="box-tags"><span>Tags:</span>{''.join(f'<a href="{base}/tag/{i}">{e(t)}</a>' for i, t in enumerate(art.tags))}</div>
<div class="box-cung-chuyen-muc"><h3>{e(art.related_head)}</h3><ul>{rel_li(art)}</ul></div></div>"""
    else:  # "legacy": divs with bare ids, windows-1258
        core = f"""<div id="content"><div id="path"><a href="{base}/">Trang chủ</a> &raquo; <a href="{base}/tin-tuc/">{e(art.category or '')}</a></div>
<div id="article"><h3 class="article-title">{e(art.title)}</h3>
<div class="article-date">{e(art.shown_date)}</div>
<div id="article-body">
{body_with_images(art, cap_em, indent=True)}
{art.byline_html}
</div>
<div class="article-tools"><a href="#">In bài viết này</a> <a href="#">Gửi cho bạn bè</a></div>
<div class="article-other"><h4>{e(art.related_head)}</h4><ul>{rel_li(art)}</ul></div></div></div>"""
    return page(art, "", core, site, base)


TEMPLATES: dict[str, Callable[[Art, str], str]] = {
    "nukeviet4": t_nukeviet4, "nukeviet3": t_nukeviet3, "liferay": t_liferay,
    "liferay_vn": t_liferay_vn, "sharepoint_cq": t_sharepoint_cq,
    "sharepoint_desc": t_sharepoint_desc, "dnn": t_dnn,
    "aspnet_articledetail": t_aspnet_articledetail, "aspnet_table": t_aspnet_table,
    "dcs_detailview": t_dcs, "sphere": t_sphere, "vhv": t_vhv, "drupal": t_drupal,
    "joomla_k2": t_joomla_k2, "wordpress": t_wordpress, "duk_langson": t_duk, "auto": t_auto,
}


def write(art: Art, variant: str) -> None:
    text = (TEMPLATES2[variant] if variant in TEMPLATES2 else TEMPLATES[art.family])(art, variant)
    if art.nfd:
        text = unicodedata.normalize("NFD", text)
    raw = text.encode(art.charset) if art.charset != "windows-1258" else _to_1258(text)
    out = HERE / art.family
    out.mkdir(exist_ok=True)
    (out / f"{art.slug}.html").write_bytes(raw)
    record = {"url": art.url, "content_type": art.content_type, "notes": art.notes,
              "expected": art.expected()}
    (out / f"{art.slug}.json").write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n",
                                          encoding="utf-8")


def _to_1258(text: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("windows-1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base, marks = parts[0], parts[1:]
            options = [(base + m, marks[:k] + marks[k + 1:]) for k, m in enumerate(marks)]
            for head, rest in [*options, (base, marks)]:   # vowel precomposed, tone apart
                try:
                    out += (unicodedata.normalize("NFC", head).encode("windows-1258")
                            + rest.encode("windows-1258"))
                    break
                except UnicodeEncodeError:
                    continue
            else:
                raise ValueError(ch)
    return bytes(out)




# ------------------------------------------------------------------ batch 2: harder themes

def left_sidebar(base: str) -> str:
    """A left column placed BEFORE the article in the DOM, full of dated items."""
    items = "".join(f'<li><a href="{base}/tin-noi-bat/{i}.html">{e(t)}</a><span class="time">{(i % 9) + 10:02d}/11/2026 {9 + i % 8:02d}:15</span></li>' for i, t in enumerate(NEWS[:5]))
    return f'<div class="col-left"><div class="panel panel-default"><div class="panel-heading">Tin nổi bật</div><div class="panel-body"><ul>{items}</ul></div></div></div>'


def t2_nukeviet3(art: Art, v: str) -> str:
    site = "Đảng bộ tỉnh Bình Phước"
    base = "https://binhphuoc.dcs.vn"
    core = f"""<div class="breadcrumbs"><a href="{base}/">Trang chủ</a> » <a href="{base}/news/">{e(art.category or '')}</a></div>
<div id="news_detail" class="detail-box"><h2 class="title-news">{e(art.title)}</h2><div class="date-line"><span class="time">{e(art.shown_date)}</span></div>
<div class="control"><ul><li><a class="sendmail" href="#">Gửi bài viết</a></li><li><a class="print" href="#">In bài viết</a></li></ul></div>
<div id="hometext"><strong>{e(art.lead or '')}</strong></div>
<div class="bodytext">
{body_with_images(art, cap_table)}
{art.byline_html}
</div></div>
<div class="tinlienquan"><div class="head">{e(art.related_head)}</div><ul class="related">{rel_li(art)}</ul></div>"""
    out = page(art, '<meta name="generator" content="NukeViet v3.4">', core, site, base)
    return out.replace('<div class="logo">', f'<h1 class="site-name">{e(site)}</h1><div class="logo">', 1)


def t2_nukeviet4(art: Art, v: str) -> str:
    site = "Ban Tuyên giáo Tỉnh ủy Thái Nguyên"
    base = "https://tuyengiaothainguyen.org.vn/vi"
    core = f"""{left_sidebar(base)}<div class="col-main">
<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{e(art.title)}</h1>
<div class="row"><div class="col-md-12"><span class="h5">{e(art.shown_date)}</span></div></div>
<div class="clearfix"><div class="hometext m-bottom">{e(art.lead or '')}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body_with_images(art, cap_fig)}
</div>
{art.byline_html}
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>{e(art.related_head)}</strong></p><ul class="related">{rel_li(art)}</ul></div></div></div>"""
    return page(art, '<meta name="generator" content="NukeViet v4.5">', core, site, base)


def t2_wordpress(art: Art, v: str) -> str:
    site = "Báo Tây Ninh"
    base = "https://baotayninh.vn"
    core = f"""<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="{base}/" class="entry-crumb">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a href="{base}/chinh-tri/" class="entry-crumb">{e(art.category or '')}</a></span></div></div>
<article id="post-61020" class="post-61020 post type-post status-publish"><div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="{base}/chinh-tri/">{e(art.category or '')}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{e(art.title)}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{base}/author/bbt/">Ban biên tập</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{art.x_iso}">{e(art.shown_date)}</time></span><div class="td-post-views"><span class="td-nr-views-61020">1.204</span></div></div></header></div>
<div class="td-post-sharing-top"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Zalo</a></div>
<div class="td-post-content tagdiv-type">
{body_with_images(art, cap_fig)}
{art.byline_html}
</div></article>
<div class="td_block_related_posts"><h4 class="td-related-title"><a href="#" class="td-related-left td-cur-simple-item">{e(art.related_head)}</a><a href="#" class="td-related-right">CÙNG TÁC GIẢ</a></h4><div class="td-related-row">{''.join(f'<div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="{a(u)}" rel="bookmark" title="{a(t)}">{e(t)}</a></h3></div>' for u, t, _ in art.related)}</div></div>"""
    return page(art, '<meta name="generator" content="WordPress 6.2"><link rel="stylesheet" href="/wp-content/themes/Newspaper/style.css">', core, site, base)


def t2_auto_fusion(art: Art, v: str) -> str:
    site = "Báo điện tử Hải Dương"
    base = "https://baohaiduong.vn"
    core = f"""{left_sidebar(base)}<div class="col-main"><div class="cat-name"><a href="{base}/chinh-tri">{e(art.category or '')}</a></div>
<div class="article"><h1 class="article-title">{e(art.title)}</h1>
<div class="article-meta">{e(art.shown_date)}</div>
{f'<div class="article-sapo"><b>{e(art.lead)}</b></div>' if art.lead else ''}
<div class="article-body">
{body_with_images(art, cap_table)}
</div>
<div class="article-tags">Từ khóa: {''.join(f'<a href="{base}/tag/{i}">{e(t)}</a>' for i, t in enumerate(art.tags))}</div>
<div class="article-related"><div class="box-head">{e(art.related_head)}</div><ul>{rel_li(art)}</ul></div></div></div>"""
    return page(art, "", core, site, base)


def t2_liferay5(art: Art, v: str) -> str:
    site = "Cổng thông tin Sở Nội vụ"
    base = "https://sonoivu.namdinh.gov.vn"
    core = f"""<div id="centermain"><div class="asset-full-content"><div class="titlecategories"><h6>{e(art.category or '')}</h6></div>
<div class="txtdetail"><h5>{e(art.title)}</h5><h1>Cập nhật: {e(art.shown_date)}</h1>
<div class="asset-content"><div class="journal-content-article">
{f'<p><strong>{e(art.lead)}</strong></p>' if art.lead else ''}
{body_with_images(art, cap_em)}
{art.byline_html}
</div></div></div></div>
<div class="other-news"><div class="other-title">{e(art.related_head)}</div><ul>{rel_li(art)}</ul></div></div>"""
    return page(art, '<meta name="generator" content="Liferay Portal">', core, site, base)


def t2_ecoit(art: Art, v: str) -> str:
    site = "Cổng thông tin điện tử tỉnh Phú Thọ"
    base = "https://phutho.gov.vn"
    core = f"""<div class="portlet-boundary" id="p_p_id_CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet_"><div class="portlet-body">
<ul class="breadcrumb"><li><a href="{base}/">Trang chủ</a></li><li><a href="{base}/tin-tuc">{e(art.category or '')}</a></li></ul>
<section><article><h1>{e(art.title)}</h1><p class="date">{e(art.shown_date)}</p><div class="author">{e(art.author or '')}</div>
<p id="change_font_size"><strong>{e(art.lead or '')}</strong></p>
<div id="contentnews">
{body_with_images(art, cap_table)}
</div></article></section>
<div class="related-assets"><h3>{e(art.related_head)}</h3><ul>{rel_li(art)}</ul></div></div></div>"""
    return page(art, '<meta name="generator" content="Liferay Portal">', core, site, base)


def t2_sp_content(art: Art, v: str) -> str:
    site = "Cổng thông tin điện tử tỉnh An Giang"
    base = "https://angiang.gov.vn"
    core = f"""<div class="path"><a href="{base}/">Trang chủ</a> &gt; <a href="{base}/tintuc">{e(art.category or '')}</a></div>
<div class="ms-rtestate-field"><div id="txtTitle" class="title-news">{e(art.title)}</div><div class="date-news"><span id="txtDateString">{e(art.shown_date)}</span></div>
<div id="divArticleContent">
{f'<p><b>{e(art.lead)}</b></p>' if art.lead else ''}
{body_with_images(art, cap_em)}
{art.byline_html}
</div></div>
<div id="ctl00_OtherNews" class="box-other"><h3>{e(art.related_head)}</h3><ul>{rel_li(art)}</ul></div>"""
    return page(art, '<meta name="GENERATOR" content="Microsoft SharePoint">', core, site, base)


def t2_drupal7(art: Art, v: str) -> str:
    site = "Tỉnh ủy Lạng Sơn"
    base = "https://langson.dcs.vn"
    core = f"""<div id="breadcrumb"><div class="breadcrumb"><a href="{base}/">Trang chủ</a> › <a href="{base}/tin-tuc">{e(art.category or '')}</a></div></div>
<div id="node-3120" class="node node-article clearfix"><h2><a href="{a(art.url)}">{e(art.title)}</a></h2>
<div class="meta submitted"><span property="dc:date dc:created" content="{art.x_iso}" datatype="xsd:dateTime">{e(art.shown_date)}</span></div>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{f'<p><strong>{e(art.lead)}</strong></p>' if art.lead else ''}
{body_with_images(art, cap_pem)}
{art.byline_html}
</div></div></div></div>
<ul class="links inline"><li class="statistics_counter"><span>Đã xem: 412</span></li></ul></div>
<div class="block-views-related"><h2>{e(art.related_head)}</h2><ul>{rel_li(art)}</ul></div>"""
    out = page(art, '<meta name="Generator" content="Drupal 7 (http://drupal.org)">', core, site, base)
    return out.replace('<div class="logo">', f'<h1 id="site-name">{e(site)}</h1><div class="logo">', 1)


def t2_k2mod(art: Art, v: str) -> str:
    site = "Báo Ninh Bình"
    base = "https://baoninhbinh.org.vn"
    core = f"""<div id="k2Container" class="itemView"><div class="itemHeader"><span class="itemDateCreated">{e(art.shown_date)}</span><h2 class="itemTitle">{e(art.title)}</h2></div>
<div class="itemBody"><div class="itemFullText">
{f'<p><strong>{e(art.lead)}</strong></p>' if art.lead else ''}
{body_with_images(art, cap_table)}
{art.byline_html}
</div>
<div class="itemDateModified">Cập nhật lần cuối: {e(art.x_upd)}</div></div>
<div class="itemCategory"><span>Chuyên mục</span> <a href="{base}/chinh-tri">{e(art.category or '')}</a></div>
<div class="itemRelated"><h3>{e(art.related_head)}</h3><ul>{rel_li(art)}</ul></div></div>"""
    return page(art, '<meta name="generator" content="Joomla! - Open Source Content Management">', core, site, base)


def t2_vhv(art: Art, v: str) -> str:
    site = "Cổng thông tin điện tử huyện Quảng Lưu"
    base = "https://quangluu.gov.vn"
    core = f"""<div class="pathway-category"><ol class="breadcrumb"><li class="first-item"><a href="{base}/">Trang chủ</a></li><li class="last-item"><a href="{base}/tin-tuc">{e(art.category or '')}</a></li></ol></div>
<div id="module9" class="ModuleWrapper"><article id="article9" class="news-detail-layout-type-2">
<header><span class="post-date">&nbsp;({e(art.shown_date)})</span></header>
<div class="article-content"><h1 class="title-detail">{e(art.title)}</h1>
<div class="content-detail">
{body_with_images(art, cap_em)}
{art.byline_html}
</div></div></article></div>
<div class="panel frame-involve"><div class="panel-title">{e(art.related_head)}</div><section class="section-list">{''.join(f'<article class="list-news-one"><h2 class="h4 title"><a href="{a(u)}">{e(t)}</a></h2></article>' for u, t, _ in art.related)}</section></div>"""
    return page(art, "", core, site, base)


def t2_inline_comments(art: Art, v: str) -> str:
    site = "Cổng thông tin Huyện ủy Tiên Du"
    base = "https://huyenuytiendu.vn"
    core = f"""<div class="bc"><a href="{base}/">Trang chủ</a> / <a href="{base}/thoi-su">{e(art.category or '')}</a></div>
<div class="detail"><div class="cate-top"><a href="{base}/thoi-su">{e(art.category or '')}</a></div><h1>{e(art.title)}</h1>
<div class="info">{e(art.shown_date)}</div>
<div class="tools">In bài viết | Gửi email | Lên đầu trang</div>
<div class="text">
{art.byline_html}
{f'<p><b>{e(art.lead)}</b></p>' if art.lead else ''}
{body_with_images(art, cap_em)}
<p>Số lượt xem: 1.234</p>
</div>
<div class="comment-box"><h3>Ý kiến bạn đọc</h3><p>Chưa có ý kiến nào. Hãy là người đầu tiên bình luận về bài viết này, ý kiến của bạn sẽ được biên tập trước khi đăng.</p><p>Họ tên: <input name="ten"> Email: <input name="email"></p></div>
<div class="cactin"><h3>{e(art.related_head)}</h3><p>Các tin đã đưa ngày: <input name="ngay"> <a href="#">Xem</a></p><ul>{rel_li(art)}</ul></div>
</div>"""
    return page(art, "", core, site, base)


TEMPLATES2: dict[str, Callable[[Art, str], str]] = {
    "nv3": t2_nukeviet3, "nv4": t2_nukeviet4, "wp": t2_wordpress, "fusion": t2_auto_fusion,
    "lr5": t2_liferay5, "ecoit": t2_ecoit, "spc": t2_sp_content, "d7": t2_drupal7,
    "k2mod": t2_k2mod, "vhv2": t2_vhv, "inline": t2_inline_comments,
}


if __name__ == "__main__":
    from _pages_c import ARTICLES  # type: ignore[import-not-found]

    for article, variant in ARTICLES:
        write(article, variant)
