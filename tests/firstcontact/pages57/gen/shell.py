"""set 12/13/14 page shell (set 56 adds the fourteen layouts of L56 at the very end of this file; set 55 adds the ten layouts of L55 at the very end of this file; set 54 adds the fourteen layouts of L54 at the very end of this file; set 52 adds the fourteen layouts of L52 at the very end of this file; set 51 adds the fourteen layouts of L51 at the very end of this file; set 50 adds the twelve layouts of L50 at the very end of this file; set 49 adds the eighteen layouts of L49 at the very end of this file; set 48 adds the eighteen layouts of L48 at the very end of this file; set 47 adds the eighteen layouts of L47 at the very end of this file; set 46 adds the eighteen layouts of L46 at the very end of this file; set 45 adds the eighteen layouts of L45 at the very end of this file; set 44 adds the eighteen layouts of L44 at the very end of this file; set 43 adds the eighteen layouts of L43 at the very end of this file; set 42 adds the eighteen layouts of L42 at the very end of this file; set 41 adds the eighteen layouts of L41 at the very end of this file; set 40 adds the eighteen layouts of L40 at the very end of this file; set 39 adds the eighteen layouts of L39 at the very end of this file; set 38 adds the eighteen layouts of L38 at the very end of this file; set 34 adds the eighteen layouts of L34 at the very end of this file; set 33 adds the eighteen layouts of L33 at the very end of this file; set 32 adds the seventeen layouts of L32 at the very end of this file; set 31 adds the eighteen layouts of L31 at the end of this file; set 30 adds "nv_party", "cema", "astra", "svelte", "gantry5", "liferay72", "dcs_sub", "press_video", "kadence", "sapo", "razor", "cakephp", "livewire" and "concrete"; set 29 adds "nv_egov", "k2j3", "colormag", "liferay73", "press2", "newsroom" and "generatepress"; set 28 adds "nukeviet4", "nukeviet3", "liferay_portlet" (with a portlet argument naming the vendor portlet), "liferay74_ap", "vhv", "press", "tdnews", "mojo", "sitefinity" and "wagtail"; set 27 adds "inertia", "flatsome", "zf1", "primefaces", "orchard", "kendo", "bulma", "symfony", "jnews" and "abp"; set 26 adds "drupal7", "plone", "helix", "elementor" and "umbraco"; set 13 adds the "nuxt" and "threecol" layouts, set 14 "wp" and "joomla", set 16 "leftcol", set 17 "drupal", "liferay74", "next", "astro" and "hugo"): the chrome common to provincial Party / agency / newspaper / mass-organisation portals.

Several layouts (plain divs, table era, Bootstrap grid, Liferay portlet columns, SharePoint workspace, DNN panes)
so that the pages do not all share one skeleton; everything else (menus, sidebars, footers, padding) is varied per
page through the arguments."""
from .common import esc, slug, hexid, alnum, css, js, menu, footer, counter, ga, pad, b64blob

MENU_NEWS = [
    ("Thời sự", ["Trong tỉnh", "Trong nước", "Quốc tế", "Chuyển động 24h"]),
    ("Chính trị", ["Xây dựng Đảng", "Chính quyền", "Mặt trận - Đoàn thể", "Quốc phòng - An ninh"]),
    ("Kinh tế", ["Nông nghiệp", "Công nghiệp", "Doanh nghiệp", "Đầu tư", "Giá cả thị trường"]),
    ("Xã hội", ["Giáo dục", "Y tế", "Lao động - Việc làm", "Dân tộc - Tôn giáo", "Môi trường"]),
    ("Văn hóa", ["Di sản", "Văn nghệ", "Du lịch", "Đời sống"]),
    ("Pháp luật", ["Bạn đọc", "An ninh trật tự", "Tư vấn pháp luật"]),
    ("Thể thao", ["Bóng đá", "Thể thao phong trào"]),
    ("Multimedia", ["Video", "Ảnh", "Infographic", "Podcast", "E-magazine"]),
]
MENU_MASS = [
    ("Giới thiệu", ["Lịch sử truyền thống", "Chức năng nhiệm vụ", "Ban Thường vụ", "Cơ quan chuyên trách"]),
    ("Tin tức", ["Hoạt động Hội", "Tin cơ sở", "Tin trong nước", "Thông báo"]),
    ("Phong trào", ["Thi đua yêu nước", "Gương điển hình", "Mô hình hay", "Chương trình an sinh"]),
    ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản tỉnh", "Hướng dẫn nghiệp vụ"]),
    ("Thư viện", ["Thư viện ảnh", "Video clip", "Tài liệu sinh hoạt"]),
    ("Liên hệ", ["Địa chỉ", "Hỏi đáp", "Góp ý"]),
]
MENU_GOV = [
    ("Giới thiệu", ["Tổng quan", "Cơ cấu tổ chức", "Lãnh đạo", "Chức năng nhiệm vụ", "Đơn vị trực thuộc"]),
    ("Tin tức - Sự kiện", ["Tin hoạt động", "Tin chuyên ngành", "Thông báo", "Lịch công tác"]),
    ("Văn bản", ["Văn bản quy phạm pháp luật", "Văn bản chỉ đạo điều hành", "Dự thảo lấy ý kiến"]),
    ("Thủ tục hành chính", ["Danh mục thủ tục", "Dịch vụ công trực tuyến", "Tra cứu hồ sơ"]),
    ("Quy hoạch - Kế hoạch", ["Quy hoạch", "Kế hoạch", "Đầu tư công"]),
    ("Công khai", ["Ngân sách", "Mua sắm công", "Kết quả giải quyết"]),
    ("Hỏi đáp", ["Gửi câu hỏi", "Câu hỏi thường gặp"]),
]


def viewstate(rng, n=6000, dnn=False):
    extra = (f'<input name="ScrollTop" type="hidden" id="ScrollTop" /><input name="__dnnVariable" type="hidden" id="__dnnVariable" '
             f'value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{rng.randint(40, 400)}`}}" autocomplete="off" />') if dnn else ""
    return ('<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{b64blob(rng, n)}" /></div>'
            f'<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{hexid(rng, 8).upper()}" />'
            f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{b64blob(rng, 400)}" /></div>{extra}')


def shell(rng, *, title, org, prefix, kb, top, crumbs, main, side, foot_org, addr, phone, items=None,
          form=False, dnn=False, lang="vi", charset_meta=True, head_extra="", body_cls="", layout="div", scripts="",
          foot_extra="", below="", action=None, left="", app_attr="", portlet=""):
    nav = menu(rng, cls=f"{prefix}-menu", items=items)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' if charset_meta else ""
    vs = viewstate(rng, dnn=dnn) if form else ""
    act = action or f"./{alnum(rng, 8)}.aspx"
    open_form = f'<form method="post" action="{esc(act, True)}" id="{"Form" if dnn else "form1"}">{vs}' if form else ""
    close_form = "</form>" if form else ""
    foot = f'{footer(foot_org, addr, phone, foot_extra)}<ul class="counter">{counter(rng)}</ul>'
    if layout in L31:  # set 31
        body = L31[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L32:  # set 32
        body = L32[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L33:  # set 33
        body = L33[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L34:  # set 34
        body = L34[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L35:  # set 35
        body = L35[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L36:  # set 36
        body = L36[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L37:  # set 37
        body = L37[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L38:  # set 38
        body = L38[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L39:  # set 39
        body = L39[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L40:  # set 40
        body = L40[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L41:  # set 41
        body = L41[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L42:  # set 42
        body = L42[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L43:  # set 43
        body = L43[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L44:  # set 44
        body = L44[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L45:  # set 45
        body = L45[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L46:  # set 46
        body = L46[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L47:  # set 47
        body = L47[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L48:  # set 48
        body = L48[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L49:  # set 49
        body = L49[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L50:  # set 50
        body = L50[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L51:  # set 51
        body = L51[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L52:  # set 52
        body = L52[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L54:  # set 54
        body = L54[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L55:  # set 55
        body = L55[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L56:  # set 56
        body = L56[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout in L57:  # set 57
        body = L57[layout](rng=rng, prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left)
    elif layout == "table":
        body = (f'<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" class="{prefix}-main">'
                f'<tr><td colspan="2">{top}</td></tr><tr><td colspan="2" class="{prefix}-nav">{nav}</td></tr>'
                f'<tr><td valign="top" width="700">{crumbs}{main}</td><td valign="top" width="300" class="{prefix}-right">{side}</td></tr>'
                f'<tr><td colspan="2">{below}</td></tr><tr><td colspan="2" class="{prefix}-footer">{foot}</td></tr></table>')
    elif layout == "bootstrap":
        body = (f'<header class="{prefix}-header">{top}</header><nav class="navbar navbar-default {prefix}-nav"><div class="container">{nav}</div></nav>'
                f'<div class="container {prefix}-body"><div class="row"><div class="col-md-8 col-sm-12">{crumbs}{main}</div>'
                f'<div class="col-md-4 col-sm-12 {prefix}-right">{side}</div></div>{below}</div>'
                f'<footer class="{prefix}-footer"><div class="container">{foot}</div></footer>')
    elif layout == "liferay":
        pid = alnum(rng, 12)
        body = (f'<div id="wrapper" class="{prefix}-wrapper"><header id="banner" role="banner">{top}</header>'
                f'<nav id="navigation" class="sort-pages modify-pages">{nav}</nav><div id="content"><div class="columns-2" id="main-content" role="main">'
                f'<div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1">'
                f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">'
                f'<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless" id="p_p_id_101_INSTANCE_{pid}_">'
                f'<span id="p_101_INSTANCE_{pid}"></span><div class="portlet-borderless-container"><div class="portlet-body">{crumbs}{main}</div></div></div></div></div>'
                f'<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content">{side}</div></div></div></div>'
                f'{below}</div><footer id="footer" role="contentinfo">{foot}</footer></div>')
    elif layout == "sharepoint":
        g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
        body = (f'<div id="s4-workspace"><div id="s4-bodyContainer"><div class="{prefix}-top">{top}</div><div class="{prefix}-menu-wrap">{nav}</div>'
                f'<div id="ctl00_PlaceHolderMain_ctl00" class="{prefix}-page"><table width="100%" cellpadding="0" cellspacing="0"><tr>'
                f'<td valign="top" class="{prefix}-left"><div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain">'
                f'<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div WebPartID="{g.replace("_", "-")}" id="WebPartWPQ2" class="ms-WPBody">'
                f'<div id="ctl00_ctl39_g_{g}">{crumbs}{main}</div></div></div></div></div></td>'
                f'<td valign="top" class="{prefix}-right" width="300">{side}</td></tr></table>{below}</div>'
                f'<div class="{prefix}-footer">{foot}</div></div></div>')
    elif layout == "dnn":
        body = (f'<div id="dnn_wrapper" class="{prefix}-skin"><div id="dnn_HeaderPane" class="HeaderPane">{top}</div><div id="dnn_MenuPane">{nav}</div>'
                f'<div class="{prefix}-row"><div id="dnn_ContentPane" class="ContentPane col-md-9">{crumbs}{main}</div>'
                f'<div id="dnn_RightPane" class="RightPane col-md-3">{side}</div></div><div id="dnn_BottomPane">{below}</div>'
                f'<div id="dnn_FooterPane" class="FooterPane">{foot}</div></div>')
    elif layout == "nuxt":
        dv = hexid(rng, 8)
        body = (f'<div id="__nuxt"><div id="__layout"><div data-v-{dv} class="{prefix}-app"><header data-v-{dv} class="{prefix}-header">{top}</header>'
                f'<nav data-v-{dv} class="{prefix}-nav">{nav}</nav><main data-v-{dv} class="{prefix}-main container"><div data-v-{dv} class="{prefix}-grid">'
                f'<section data-v-{dv} class="{prefix}-col-main">{crumbs}{main}</section><aside data-v-{dv} class="{prefix}-col-side">{side}</aside></div>{below}</main>'
                f'<footer data-v-{dv} class="{prefix}-footer">{foot}</footer></div></div></div>')
    elif layout == "threecol":
        body = (f'<div class="{prefix}-page"><div class="{prefix}-head">{top}</div><div class="{prefix}-topnav">{nav}</div>'
                f'<div class="{prefix}-cols"><div class="{prefix}-colleft">{left}</div><div class="{prefix}-colmid">{crumbs}{main}</div>'
                f'<div class="{prefix}-colright">{side}</div></div>{below}<div class="{prefix}-foot">{foot}</div></div>')
    elif layout == "wp":
        body = (f'<div id="page" class="site {prefix}-site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>'
                f'<header id="masthead" class="site-header {prefix}-header">{top}<nav id="site-navigation" class="main-navigation" aria-label="Menu chính">{nav}</nav></header>'
                f'<div id="content" class="site-content"><div class="container"><div id="primary" class="content-area"><main id="main" class="site-main">'
                f'{crumbs}{main}</main></div><aside id="secondary" class="widget-area sidebar {prefix}-sidebar">{side}</aside></div>{below}</div>'
                f'<footer id="colophon" class="site-footer {prefix}-footer"><div class="site-info">{foot}</div></footer></div>')
    elif layout == "joomla":
        body = (f'<div class="body-wrapper {prefix}-body"><header class="header container-header full-width {prefix}-header"><div class="grid-child">{top}</div>'
                f'<div class="grid-child container-nav"><nav class="moduletable mod-menu" aria-label="Menu">{nav}</nav></div></header>'
                f'<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">{crumbs}</nav>'
                f'<div id="system-message-container" aria-live="polite"></div><main>{main}</main></div>'
                f'<div class="grid-child container-sidebar-right"><div class="sidebar-right card">{side}</div></div></div>{below}'
                f'<footer class="container-footer footer full-width {prefix}-footer"><div class="grid-child">{foot}</div></footer></div>')
    elif layout == "leftcol":  # set 16: sub-site / commune portal with the section menu in a LEFT column before the content
        body = (f'<div class="{prefix}-page"><div class="{prefix}-banner">{top}</div><div class="{prefix}-mainmenu">{nav}</div>'
                f'<div class="{prefix}-body"><div class="{prefix}-leftcol" style="float:left;width:240px">{left}</div>'
                f'<div class="{prefix}-centercol" style="float:left;width:520px">{crumbs}{main}</div>'
                f'<div class="{prefix}-rightcol" style="float:right;width:230px">{side}</div><div style="clear:both"></div></div>{below}'
                f'<div class="{prefix}-footer">{foot}</div></div>')
    elif layout == "drupal":  # set 17: Drupal 10 Olivero
        body = (f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">'
                f'<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable">{top}</div>'
                f'<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">{nav}</nav></header>'
                f'<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>'
                f'<div class="region region--breadcrumb grid-full layout--pass--content-medium">{crumbs}</div>'
                f'<div class="main-content__container container"><div class="region region--content grid-full layout--pass--content-medium" id="content">{main}</div>'
                f'<div class="region region--sidebar">{side}</div></div></div><div class="social-bar"></div></div></div>{below}'
                f'<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full layout--pass--content-medium">{foot}</div></div></footer></div></div></div>')
    elif layout == "liferay74":  # set 17: Liferay 7.4 display page built from fragments
        body = (f'<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill position-relative" id="wrapper">'
                f'<header id="banner"><div class="navbar navbar-classic navbar-top py-3">{top}</div><nav class="navbar navbar-expand-md navbar-dark bg-primary">{nav}</nav></header>'
                f'<section class="flex-fill" id="content"><div class="layout-content portlet-layout" id="main-content" role="main">'
                f'<div class="lfr-layout-structure-item-container lfr-layout-structure-item-{alnum(rng, 8).lower()} container-fluid container-fluid-max-xl">'
                f'<div class="row"><div class="col col-lg-8 lfr-layout-structure-item-col">{crumbs}{main}</div>'
                f'<div class="col col-lg-4 lfr-layout-structure-item-col">{side}</div></div></div>{below}</div></section>'
                f'<footer id="footer" role="contentinfo"><div class="container">{foot}</div></footer></div></div>')
    elif layout == "next":  # set 17: Next.js front end (pages router) over a headless CMS
        body = (f'<div id="__next"><div class="{prefix}-layout"><header class="{prefix}-header">{top}<nav class="{prefix}-nav">{nav}</nav></header>'
                f'<main class="{prefix}-main"><div class="{prefix}-container"><div class="{prefix}-grid"><div class="{prefix}-col-main">{crumbs}{main}</div>'
                f'<aside class="{prefix}-col-side">{side}</aside></div>{below}</div></main><footer class="{prefix}-footer">{foot}</footer></div></div>')
    elif layout == "astro":  # set 17: Astro static build with islands
        cid = alnum(rng, 8).lower()
        body = (f'<header class="site-header" data-astro-cid-{cid}>{top}<nav class="site-nav" data-astro-cid-{cid}>{nav}</nav></header>'
                f'<main class="page" data-astro-cid-{cid}><div class="page-grid" data-astro-cid-{cid}><div class="page-main">{crumbs}{main}</div>'
                f'<aside class="page-aside" data-astro-cid-{cid}>{side}</aside></div>{below}</main>'
                f'<footer class="site-footer" data-astro-cid-{cid}>{foot}</footer>')
    elif layout == "hugo":  # set 17: Hugo static site
        body = (f'<header class="header">{top}<nav class="nav">{nav}</nav></header><main class="main"><div class="container"><div class="row">'
                f'<div class="col-main">{crumbs}{main}</div><aside class="col-aside">{side}</aside></div>{below}</div></main>'
                f'<footer class="footer">{foot}</footer>')
    elif layout == "drupal7":  # set 26: Drupal 7 + Bootstrap 3 sub-theme
        body = (f'<div class="main-container container"><header role="banner" id="page-header">{top}</header>'
                f'<div class="navbar navbar-default" id="navbar" role="banner"><div class="navbar-collapse collapse"><nav role="navigation"><div class="region region-navigation">{nav}</div></nav></div></div>'
                f'<div class="row"><section class="col-sm-9"><a id="main-content"></a>{crumbs}<div class="region region-content">{main}</div></section>'
                f'<aside class="col-sm-3" role="complementary"><div class="region region-sidebar-second well">{side}</div></aside></div>{below}</div>'
                f'<footer class="footer container"><div class="region region-footer">{foot}</div></footer>')
    elif layout == "plone":  # set 26: Plone 5 (Barceloneta)
        body = (f'<div class="outer-wrapper"><header id="content-header"><div class="container">{top}</div></header>'
                f'<div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="plone-navbar" id="portal-globalnav-wrapper">{nav}</nav></div></div>'
                f'<div id="above-content-wrapper"><div id="viewlet-above-content">{crumbs}</div></div>'
                f'<div class="container"><div class="row"><aside id="global_statusmessage"></aside></div><main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main">'
                f'<div id="column1-container"></div><div class="col-xs-12 col-sm-9"><div class="row"><div class="col-xs-12 col-sm-12"><article id="content">{main}</article></div></div></div>'
                f'<div id="column2-container"><aside id="portal-column-two" class="col-xs-12 col-sm-3 sidebar-offcanvas">{side}</aside></div></main>{below}</div></div>'
                f'<footer id="portal-footer-wrapper"><div class="container" id="portal-footer"><div class="row"><div class="col-xs-12">{foot}</div></div>'
                f'<div class="row"><div class="col-xs-12"><section class="portletWrapper" id="portal-colophon">Được xây dựng trên nền Plone® — Hệ quản trị nội dung mã nguồn mở</section></div></div></div></footer>')
    elif layout == "helix":  # set 26: Joomla 5 + Helix Ultimate (JoomShaper)
        body = (f'<div class="body-wrapper"><div class="body-innerwrapper"><div id="sp-top-bar"><div class="container"><div class="container-inner">{top}</div></div></div>'
                f'<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation">{nav}</nav></div></div></div></div></div></header>'
                f'<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column"><div class="sp-page-title"><div class="container">{crumbs}</div></div></div></div></div></section>'
                f'<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row"><main id="sp-component" class="col-lg-9"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>{main}</div></main>'
                f'<aside id="sp-right" class="col-lg-3"><div class="sp-column"><div class="sp-module">{side}</div></div></aside></div></div></div></section>{below}'
                f'<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12"><div class="sp-column"><div class="sp-module">{foot}</div></div></div></div></div></div></footer></div></div>')
    elif layout == "elementor":  # set 26: WordPress + Hello Elementor + Elementor Pro theme-builder single template
        eid = hexid(rng, 4)
        body = (f'<div data-elementor-type="header" data-elementor-id="{rng.randint(100, 999)}" class="elementor elementor-location-header"><div class="elementor-element e-con-full e-flex e-con e-parent">{top}'
                f'<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container">{nav}</nav></div></div></div></div>'
                f'<div data-elementor-type="single-post" data-elementor-id="{rng.randint(1000, 9999)}" class="elementor elementor-location-single post type-post status-publish format-standard">'
                f'<div class="elementor-element elementor-element-{eid} e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">'
                f'<div class="elementor-element e-con-full e-flex e-con e-child" style="--width:68%">{crumbs}{main}</div>'
                f'<div class="elementor-element e-con-full e-flex e-con e-child elementor-sidebar" style="--width:32%">{side}</div></div></div>{below}</div>'
                f'<div data-elementor-type="footer" class="elementor elementor-location-footer"><div class="elementor-element e-con-boxed e-con e-parent"><div class="e-con-inner">{foot}</div></div></div>')
    elif layout == "umbraco":  # set 26: Umbraco 8 (MVC views, Bootstrap 4)
        body = (f'<div class="page-wrapper"><header class="site-header">{top}<nav class="navbar navbar-expand-lg main-nav">{nav}</nav></header>'
                f'<main class="site-main"><div class="container"><div class="row"><div class="col-lg-8 content-col">{crumbs}{main}</div>'
                f'<div class="col-lg-4 side-col">{side}</div></div>{below}</div></main><footer class="site-footer"><div class="container">{foot}</div></footer></div>')
    elif layout == "inertia":  # set 27: Laravel 10 + Inertia.js + Vue 3 (SSR); the page props travel in #app[data-page]
        body = (f'<div id="app" data-page="{esc(app_attr, True)}"><div data-server-rendered="true" class="min-h-screen bg-gray-50 flex flex-col">'
                f'<header class="bg-red-800 text-white">{top}<nav class="container mx-auto px-4 hidden lg:block">{nav}</nav></header>'
                f'<main class="container mx-auto px-4 py-6 flex-1"><div class="grid grid-cols-1 lg:grid-cols-12 gap-8"><div class="lg:col-span-8">{crumbs}{main}</div>'
                f'<aside class="lg:col-span-4 space-y-6">{side}</aside></div>{below}</main><footer class="bg-gray-900 text-gray-300 mt-10"><div class="container mx-auto px-4 py-8">{foot}</div></footer></div></div>')
    elif layout == "flatsome":  # set 27: WordPress + Flatsome (UX Builder)
        body = (f'<a class="skip-link screen-reader-text" href="#main">Skip to content</a><div id="wrapper"><header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper">'
                f'<div id="top-bar" class="header-top hide-for-sticky nav-dark">{top}</div><div id="wide-nav" class="header-bottom wide-nav nav-dark hide-for-medium"><div class="flex-row container">{nav}</div></div></div></header>'
                f'<main id="main" class=""><div id="content" class="blog-wrapper blog-single page-wrapper"><div class="row row-large row-divided "><div class="large-9 col">{crumbs}{main}</div>'
                f'<div class="post-sidebar large-3 col"><div id="secondary" class="widget-area " role="complementary">{side}</div></div></div>{below}</div></main>'
                f'<footer id="footer" class="footer-wrapper"><div class="footer-widgets footer footer-2 dark"><div class="row dark large-columns-1 mb-0">{foot}</div></div>'
                f'<div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-primary pull-left"><div class="copyright-footer">Copyright 2025 &copy; <strong>{esc(foot_org)}</strong></div></div></div></div>'
                f'<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="Lên đầu trang"><i class="icon-angle-up"></i></a></footer></div>')
    elif layout == "zf1":  # set 27: Zend Framework 1 in-house portal (XHTML 1.0, floats)
        body = (f'<div id="wrapper"><div id="header">{top}</div><div id="topmenu">{nav}</div><div id="container"><div id="left">{left}</div>'
                f'<div id="center">{crumbs}{main}</div><div id="right">{side}</div><div class="clear"></div></div>{below}<div id="footer">{foot}</div></div>')
    elif layout == "primefaces":  # set 27: JSF 2.3 + PrimeFaces 12 (Saga theme), one h:form around the page
        fid = f"j_idt{rng.randint(10, 60)}"
        body = (f'<div class="layout-wrapper"><div class="layout-topbar">{top}</div><form id="{fid}" name="{fid}" method="post" action="{esc(action or "/portal/tin-tuc/chi-tiet.xhtml", True)}" enctype="application/x-www-form-urlencoded">'
                f'<input type="hidden" name="{fid}" value="{fid}" /><div id="{fid}:menubar" class="ui-menubar ui-widget ui-widget-content ui-corner-all ui-helper-clearfix" role="menubar">{nav}</div>'
                f'<div class="layout-main"><div class="p-grid"><div class="p-col-12 p-md-8">{crumbs}{main}</div><div class="p-col-12 p-md-4">{side}</div></div>{below}</div>'
                f'<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="{b64blob(rng, 14000)}" autocomplete="off" /></form>'
                f'<div class="layout-footer">{foot}</div></div>')
    elif layout == "orchard":  # set 27: Orchard Core (Liquid theme derived from TheBlogTheme): the masthead holds the headline
        body = (f'<nav class="navbar navbar-expand-lg navbar-light fixed-top" id="mainNav"><div class="container">{top}<div class="collapse navbar-collapse" id="navbarResponsive">{nav}</div></div></nav>'
                f'{left}<div class="container"><div class="row"><div class="col-lg-8 col-md-10 mx-auto">{crumbs}{main}</div><div class="col-lg-4">{side}</div></div>{below}</div>'
                f'<hr><footer><div class="container"><div class="row"><div class="col-lg-8 col-md-10 mx-auto">{foot}<p class="copyright text-muted">Vận hành trên nền Orchard Core</p></div></div></div></footer>')
    elif layout == "kendo":  # set 27: ASP.NET MVC 5 + Kendo UI (Telerik) portal
        body = (f'<div class="k-content wrapper"><header class="site-header">{top}<div id="menu" class="k-widget k-reset k-header k-menu k-menu-horizontal" data-role="menu">{nav}</div></header>'
                f'<div class="container-fluid main-body"><div class="row"><div class="col-md-3 left-col">{left}</div><div class="col-md-6 center-col">{crumbs}{main}</div>'
                f'<div class="col-md-3 right-col">{side}</div></div>{below}</div><footer class="site-footer">{foot}</footer></div>')
    elif layout == "bulma":  # set 27: Flask + Jinja2 in-house site on Bulma
        body = (f'<nav class="navbar is-danger" role="navigation" aria-label="main navigation"><div class="navbar-brand">{top}</div><div class="navbar-menu">{nav}</div></nav>'
                f'<section class="section"><div class="container"><div class="columns"><div class="column is-8">{crumbs}{main}</div><div class="column is-4">{side}</div></div>{below}</div></section>'
                f'<footer class="footer"><div class="content has-text-centered">{foot}</div></footer>')
    elif layout == "symfony":  # set 27: Symfony 6 + Twig + Webpack Encore, Turbo frames
        body = (f'<div class="page" data-controller="page"><header class="page-header">{top}<nav class="main-nav" data-controller="dropdown">{nav}</nav></header>'
                f'<div class="page-body container"><div class="row"><main class="col-lg-8" id="main-content">{crumbs}{main}</main><aside class="col-lg-4 sidebar">{side}</aside></div>{below}</div>'
                f'<footer class="page-footer">{foot}</footer></div>')
    elif layout == "jnews":  # set 27: WordPress + JNews (Jegtheme)
        body = (f'<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class="ads-wrapper"></div></div><div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header normal">'
                f'<div class="jeg_topbar jeg_container dark">{top}</div><div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_dark"><div class="jeg_nav_row"><div class="jeg_main_menu_wrapper">{nav}</div></div></div></div></div>'
                f'<div class="jeg_main "><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">{crumbs}<div class="row"><div class="jeg_main_content col-md-8">{main}</div>'
                f'<div class="jeg_sidebar left jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">{side}</div></div></div></div>{below}</div></div></div></div>'
                f'<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container">{foot}</div></div></div></div></div></div>')
    elif layout == "abp":  # set 27: ABP Framework (ASP.NET Core MVC) + LeptonX Lite: the page header h1 is the section name
        body = (f'<div id="lpx-wrapper"><div class="lpx-topbar-container"><div class="lpx-topbar">{top}<nav class="lpx-nav">{nav}</nav></div></div>'
                f'<div class="lpx-content-container"><div class="lpx-content-wrapper"><div class="lpx-content"><div class="container"><div class="row"><div class="col-lg-8">{crumbs}{main}</div>'
                f'<div class="col-lg-4">{side}</div></div>{below}</div></div></div><footer class="lpx-footbar-container"><div class="lpx-footbar">{foot}</div></footer></div></div>')
    elif layout == "nukeviet4":  # set 28: NukeViet 4.x, a provincial vendor's restyled theme (24-column grid kept from the default theme)
        body = (f'<div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row">{top}</div></div></header>'
                f'<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">{nav}</div></div></div></nav>'
                f'<section><div class="container" id="body"><nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18">{crumbs}</div></div></div></div></nav>'
                f'<div class="row"><div class="col-sm-16 col-md-17">{main}</div><div class="col-sm-8 col-md-7">{side}</div></div>{below}</div></section>'
                f'<footer id="footer"><div class="wraper"><div class="container"><div class="row">{foot}</div></div></div></footer></div></div>')
    elif layout == "nukeviet3":  # set 28: NukeViet 3.x theme (three floated columns)
        body = (f'<div id="container"><div id="header">{top}</div><div id="topnav">{nav}</div><div id="body"><div class="col-a1">{left}</div>'
                f'<div class="col-a2">{crumbs}{main}</div><div class="col-a3">{side}</div><div class="clear"></div></div>{below}<div id="footer">{foot}</div></div>')
    elif layout == "liferay_portlet":  # set 28: Liferay 6.x portal with a vendor news portlet (VNPT vnpteportal, EcoIT)
        pid = alnum(rng, 12)
        pn = portlet or "101"
        body = (f'<div id="wrapper" class="{prefix}-wrapper"><header id="banner" role="banner">{top}</header>'
                f'<nav id="navigation" class="sort-pages modify-pages" role="navigation">{nav}</nav><div id="content"><div class="columns-2-70-30" id="main-content" role="main">'
                f'<div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1">'
                f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">'
                f'<div class="portlet-boundary portlet-boundary_{pn}_ portlet-static portlet-static-end portlet-borderless" id="p_p_id_{pn}_INSTANCE_{pid}_">'
                f'<span id="p_{pn}_INSTANCE_{pid}"></span><div class="portlet-borderless-container"><div class="portlet-body">{crumbs}{main}</div></div></div></div></div>'
                f'<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{side}</div></div></div></div>'
                f'{below}</div><footer id="footer" role="contentinfo">{foot}</footer></div>')
    elif layout == "liferay74_ap":  # set 28: Liferay DXP 7.4 (a widget page, Clay/Bootstrap 4, asset publisher on a display page)
        pid = alnum(rng, 12)
        apn = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
        body = (f'<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill position-relative" id="wrapper"><header id="banner" role="banner">{top}'
                f'<nav class="navbar navbar-expand-md navbar-light" id="navigation" role="navigation">{nav}</nav></header>'
                f'<section class="flex-fill" id="content"><div class="layout-content portlet-layout" id="main-content" role="main"><div class="lfr-layout-structure-item-container">'
                f'<div class="container-fluid container-fluid-max-xl"><div class="row"><div class="col-lg-8">{crumbs}'
                f'<div class="portlet-boundary portlet-boundary_{apn}_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_{apn}_INSTANCE_{pid}_">'
                f'<span id="p_{apn}_INSTANCE_{pid}"></span><section class="portlet" id="portlet_{apn}_INSTANCE_{pid}"><div class="portlet-content">'
                f'<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Chi tiết tin</h2></div></div>'
                f'<div class="portlet-content-container"><div class="portlet-body">{main}</div></div></div></section></div></div>'
                f'<div class="col-lg-4">{side}</div></div>{below}</div></div></div></section><footer id="footer" role="contentinfo">{foot}</footer></div></div>')
    elif layout == "vhv":  # set 28: VHV CMS (moduleRootId wrappers, news-detail-layout-type-2)
        body = (f'<div id="page" class="page-wrapper"><div class="ModuleWrapper" moduleRootId="2" id="module2"><header class="header">{top}</header></div>'
                f'<div class="ModuleWrapper" moduleRootId="5" id="module5"><nav class="main-menu">{nav}</nav></div>'
                f'<div class="container"><div class="row"><div class="col-md-9 frameBoundMain">{crumbs}{main}</div><div class="col-md-3 frameBoundRight">{side}</div></div>{below}</div>'
                f'<div class="ModuleWrapper" moduleRootId="9" id="module9"><footer class="footer">{foot}</footer></div></div>')
    elif layout == "press":  # set 28: a provincial paper on a press CMS (/<cat>/<yyyymm>/<slug>-<7hex>/)
        body = (f'<div class="site-wrap"><header class="site-header"><div class="container">{top}</div><nav class="navmain"><div class="container">{nav}</div></nav></header>'
                f'<main class="site-main"><div class="container"><div class="row"><div class="col-main">{crumbs}{main}</div><aside class="col-side">{side}</aside></div>{below}</div></main>'
                f'<footer class="site-footer"><div class="container">{foot}</div></footer></div>')
    elif layout == "tdnews":  # set 28: WordPress + tagDiv Newspaper 12 (tdb cloud templates)
        body = (f'<div class="td-menu-background" style="visibility:hidden"></div><div id="td-outer-wrap" class="td-theme-wrap"><div class="tdc-header-wrap "><div class="td-header-template-wrap" style="position: relative">'
                f'<div class="td-header-desktop-wrap "><div class="tdc-zone">{top}<div class="tdb_header_menu">{nav}</div></div></div></div></div>'
                f'<div id="tdb-autoload-article" data-autoload="off"><div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><div class="tdc_zone tdi_{rng.randint(10, 99)}  wpb_row td-pb-row"><div class="vc_row tdi_{rng.randint(100, 199)} wpb_row td-pb-row">'
                f'<div class="vc_column tdi_{rng.randint(200, 299)}  wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">{crumbs}{main}</div></div>'
                f'<div class="vc_column tdi_{rng.randint(300, 399)}  wpb_column vc_column_container tdc-column td-pb-span4 td-is-sticky"><div class="wpb_wrapper">{side}</div></div></div></div>{below}</div></div></div>'
                f'<div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap ">{foot}</div></div></div>')
    elif layout == "mojo":  # set 28: mojoPortal 2.9 (ASP.NET WebForms, artisteer-derived skin, blog module)
        body = (f'<div id="wrapwebsite" class="art-main"><div class="art-sheet"><div class="art-header" id="ctl00_pnlHeader">{top}</div>'
                f'<div class="art-nav" id="ctl00_pnlMenu"><div class="SiteMap">{nav}</div></div><div class="art-content-layout"><div class="art-content-layout-row">'
                f'<div class="art-layout-cell art-content" id="ctl00_divCenter"><div class="breadcrumbs">{crumbs}</div>{main}</div>'
                f'<div class="art-layout-cell art-sidebar2" id="ctl00_divRight">{side}</div></div></div>{below}'
                f'<div class="art-footer" id="ctl00_pnlFooter">{foot}<div class="art-footer-text">Vận hành trên nền mojoPortal</div></div></div></div>')
    elif layout == "sitefinity":  # set 28: Progress Sitefinity 14 (MVC widgets, Bootstrap 4 package)
        body = (f'<div class="sf_cols"><div class="sf_colsOut" id="Header_C001_Col00"><div class="sf_colsIn" data-sf-element="Column 1" data-placeholder-label="Header">{top}<nav class="navbar navbar-expand-lg" data-sf-role="navigation">{nav}</nav></div></div></div>'
                f'<div class="container"><div class="row" data-sf-element="Row"><div class="col-lg-8" data-sf-element="Column 1" data-placeholder-label="Content">{crumbs}{main}</div>'
                f'<div class="col-lg-4" data-sf-element="Column 2" data-placeholder-label="Sidebar">{side}</div></div>{below}</div>'
                f'<footer class="sf-footer" data-sf-element="Footer">{foot}</footer>')
    elif layout == "wagtail":  # set 28: Wagtail 6 (Django templates, StreamField blocks)
        body = (f'<a class="skip-link" href="#main">Bỏ qua, đến nội dung chính</a><header class="site-header">{top}<nav class="site-nav" aria-label="Điều hướng chính">{nav}</nav></header>'
                f'<main id="main" class="container"><div class="grid"><div class="grid__main">{crumbs}{main}</div><aside class="grid__side">{side}</aside></div>{below}</main>'
                f'<footer class="site-footer">{foot}</footer>')
    elif layout == "nv_egov":  # set 29: NukeViet 4.5 under VINADES' eGov theme (commune / agency portals)
        body = (f'<div id="wraper" class="egov"><div id="header" class="egov-header"><div class="container">{top}</div></div>'
                f'<div id="menu-site" class="egov-menu"><div class="container">{nav}</div></div>'
                f'<div class="egov-body"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-17 col-content">{crumbs}{main}</div>'
                f'<div class="col-xs-24 col-sm-24 col-md-7 col-right">{side}</div></div>{below}</div></div>'
                f'<div id="footer" class="egov-footer"><div class="container">{foot}<p class="copyright">Thiết kế bởi VINADES.,JSC - Vận hành trên nền NukeViet eGov</p></div></div></div>')
    elif layout == "k2j3":  # set 29: Joomla 3.10 (Protostar-derived template) + K2 2.x
        body = (f'<div class="body"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix">{top}</div></header>'
                f'<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Toggle Navigation</span></a></div><div class="nav-collapse">{nav}</div></nav>'
                f'<div class="moduletable breadcrumbs-wrap">{crumbs}</div><div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>{main}</main>'
                f'<div id="aside" class="span3">{side}</div></div>{below}</div></div>'
                f'<footer class="footer" role="contentinfo"><div class="container"><hr />{foot}<p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p></div></footer>')
    elif layout == "colormag":  # set 29: WordPress + ColorMag (ThemeGrill), 3.x markup (cm- classes)
        body = (f'<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#main">Bỏ qua nội dung</a>'
                f'<header id="cm-masthead" class="cm-header cm-layout-1 cm-layout-1-style-1 cm-full-width">{top}'
                f'<div class="cm-header-bottom-row"><div class="cm-container"><nav id="cm-primary-nav" class="cm-primary-nav">{nav}</nav></div></div></header>'
                f'<div id="cm-content" class="cm-content"><div class="cm-container"><div class="cm-row"><div id="cm-primary" class="cm-primary"><div class="cm-posts clearfix">{crumbs}{main}</div></div>'
                f'<div id="cm-secondary" class="cm-secondary">{side}</div></div>{below}</div></div>'
                f'<footer id="cm-footer" class="cm-footer"><div class="cm-footer-cols"><div class="cm-container">{foot}</div></div>'
                f'<div class="cm-footer-bar cm-footer-bar-style-1"><div class="cm-container"><div class="cm-footer-bar-area"><div class="cm-footer-bar__1"><div class="copyright">Bản quyền © 2025. Giao diện: ColorMag của ThemeGrill. Cung cấp bởi WordPress.</div></div></div></div></div></footer></div>')
    elif layout == "liferay73":  # set 29: Liferay DXP 7.3 under a VNPT e-portal theme (ward / commune portals set up after July 2025)
        body = (f'<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper"><header class="vnpt-header" id="banner" role="banner">{top}'
                f'<nav class="navbar navbar-expand-lg vnpt-navbar" id="navigation" role="navigation">{nav}</nav></header>'
                f'<section class="flex-fill" id="content"><div class="layout-content portlet-layout" id="main-content" role="main"><div class="container"><div class="row">'
                f'<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{crumbs}{main}</div></div>'
                f'<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{side}</div></div>'
                f'</div>{below}</div></div></section><footer class="vnpt-footer" id="footer" role="contentinfo"><div class="container">{foot}<p class="vnpt-dev">Phát triển bởi VNPT</p></div></footer></div></div>')
    elif layout == "press2":  # set 29: a provincial press agency's CMS (/<cat>/<subcat>/<id>-<slug>.html)
        body = (f'<div id="wrapper"><div class="topbar"><div class="container">{left}</div></div><header class="header"><div class="container">{top}</div></header>'
                f'<nav class="main-nav"><div class="container">{nav}</div></nav><div class="main"><div class="container"><div class="row"><div class="col-md-8 main-left">{crumbs}{main}</div>'
                f'<div class="col-md-4 main-right">{side}</div></div>{below}</div></div><footer class="footer"><div class="container">{foot}</div></footer></div>')
    elif layout == "newsroom":  # set 29: a merged press agency on a convergence-newsroom CMS (/<slug>-<id>.html, BEM classes)
        body = (f'<div class="page"><header class="site-header"><div class="site-header__top"><div class="container">{left}</div></div><div class="site-header__main"><div class="container">{top}</div></div>'
                f'<nav class="site-header__nav"><div class="container">{nav}</div></nav></header><main class="site-main"><div class="container"><div class="layout">'
                f'<div class="layout__main">{crumbs}{main}</div><aside class="layout__aside">{side}</aside></div>{below}</div></main>'
                f'<footer class="site-footer"><div class="container">{foot}</div></footer></div>')
    elif layout == "generatepress":  # set 29: WordPress + GeneratePress (a commune Party committee's site)
        body = (f'<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>'
                f'<header class="site-header" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">{top}</div></header>'
                f'<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container">{nav}</div></nav>'
                f'<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">{crumbs}{main}</main></div>'
                f'<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">{side}</div></div></div>{below}</div>'
                f'<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container">{foot}<div class="copyright-bar">&copy; 2025 · Xây dựng với GeneratePress</div></div></footer></div>')
    elif layout == "nv_party":  # set 30: NukeViet 4.5 under a provincial vendor's red Party theme (24-column grid kept)
        body = (f'<div id="wraper" class="theme-dang"><div id="header" class="dang-header"><div class="wraper">{top}</div></div>'
                f'<div id="menu-site-default" class="dang-menu"><div class="wraper">{nav}</div></div>'
                f'<div id="body" class="dang-body"><div class="wraper"><div class="row"><div class="col-xs-24 col-sm-24 col-md-17">{crumbs}{main}</div>'
                f'<div class="col-xs-24 col-sm-24 col-md-7 dang-right">{side}</div></div>{below}</div></div>'
                f'<div id="footer" class="dang-footer"><div class="wraper">{foot}<p class="copyright">Vận hành trên nền NukeViet</p></div></div></div>')
    elif layout == "cema":  # set 30: a local vendor's ASP.NET WebForms CMS (BodyContent_ctl00_ctlNN_ ids, MasterPage with a Bootstrap 3 grid)
        body = (f'<div id="page" class="cms-page"><div id="header" class="cms-header">{top}</div><div id="menu" class="cms-menu">{nav}</div>'
                f'<div id="BodyContent_pnlMain" class="container cms-main"><div class="row"><div class="col-md-8 col-left">{crumbs}{main}</div>'
                f'<div class="col-md-4 col-right">{side}</div></div>{below}</div><div id="footer" class="cms-footer">{foot}</div></div>')
    elif layout == "astra":  # set 30: WordPress + Astra 4 (Brainstorm Force)
        body = (f'<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a><div class="hfeed site" id="page">'
                f'<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">'
                f'<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">{top}'
                f'<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">{nav}</nav></div></div></div></div></header>'
                f'<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">{crumbs}{main}</main></div>'
                f'<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">{side}</div></div></div>{below}</div>'
                f'<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder"><div class="ast-builder-grid-row-container-inner">{foot}</div></div>'
                f'<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-footer-copyright"><p>Bản quyền &copy; 2025 | Cung cấp bởi Astra WordPress Theme</p></div></div></footer></div>')
    elif layout == "svelte":  # set 30: a merged press agency's newsroom on SvelteKit 2 (server-rendered, svelte-<hash> scoped classes)
        sv = hexid(rng, 6)
        body = (f'<div style="display: contents"><div class="app svelte-{sv}"><header class="site-header svelte-{sv}"><div class="site-header__top svelte-{sv}"><div class="container">{left}</div></div>'
                f'<div class="site-header__brand svelte-{sv}"><div class="container">{top}</div></div><nav class="site-nav svelte-{sv}" aria-label="Chuyên mục"><div class="container">{nav}</div></nav></header>'
                f'<main class="site-main svelte-{sv}"><div class="container"><div class="grid svelte-{sv}"><div class="grid__main svelte-{sv}">{crumbs}{main}</div>'
                f'<aside class="grid__side svelte-{sv}">{side}</aside></div>{below}</div></main><footer class="site-footer svelte-{sv}"><div class="container">{foot}</div></footer></div></div>')
    elif layout == "gantry5":  # set 30: Joomla 3.9 + Gantry 5 (Helium-derived outline)
        body = (f'<div id="g-page-surround"><section id="g-top"><div class="g-container"><div class="g-grid"><div class="g-block size-100">{left}</div></div></div></section>'
                f'<header id="g-header"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle">{top}</div></div></div></div></header>'
                f'<section id="g-navigation"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle"><nav class="g-main-nav" data-g-hover-expand="true">{nav}</nav></div></div></div></div></section>'
                f'<section id="g-container-main" class="g-wrapper"><div class="g-container"><div class="g-grid"><div class="g-block size-70"><main id="g-mainbar"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content row-fluid"><div class="span12">{crumbs}{main}</div></div></div></div></div></main></div>'
                f'<div class="g-block size-30"><aside id="g-sidebar"><div class="g-grid"><div class="g-block size-100"><div class="g-content">{side}</div></div></div></aside></div></div>{below}</div></section>'
                f'<footer id="g-footer"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle">{foot}<div class="g-branding branding">Powered by <a href="http://www.gantry.org/" title="Gantry Framework" class="g-powered-by">Gantry Framework</a></div></div></div></div></div></footer></div>')
    elif layout == "liferay72":  # set 30: Liferay DXP 7.2 (a classic-derived theme, Web Content Display on a friendly URL)
        body = (f'<div class="container-fluid" id="wrapper"><header id="banner" role="banner"><div id="heading">{top}</div><nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">{nav}</nav></header>'
                f'<section id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{crumbs}{main}</div></div>'
                f'<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{side}</div></div></div></div>{below}</section>'
                f'<footer id="footer" role="contentinfo">{foot}</footer></div>')
    elif layout == "dcs_sub":  # set 30: the '.dcs.vn' platform's sub-site skin for a commune Party committee (-c<id>.html URLs)
        body = (f'<div class="wrapper sub-site"><div class="header-sub">{top}</div><div class="menu-sub"><div class="container">{nav}</div></div>'
                f'<div class="container main-sub"><div class="row"><div class="col-lg-9 col-md-8 content-sub">{crumbs}{main}</div><div class="col-lg-3 col-md-4 sidebar-sub">{side}</div></div>{below}</div>'
                f'<div class="footer-sub"><div class="container">{foot}<p class="platform">Hệ thống thông tin điện tử Đảng bộ tỉnh</p></div></div></div>')
    elif layout == "press_video":  # set 30: a merged press agency's CMS, the video detail page (dark hero with the player)
        body = (f'<div class="site site--video"><div class="topbar"><div class="container">{left}</div></div><header class="header"><div class="container">{top}</div></header>'
                f'<nav class="main-nav"><div class="container">{nav}</div></nav><section class="video-hero"><div class="container">{crumbs}{main}</div></section>'
                f'<div class="container"><div class="row"><div class="col-md-8 video-more">{below}</div><div class="col-md-4 main-right">{side}</div></div></div>'
                f'<footer class="footer"><div class="container">{foot}</div></footer></div>')
    elif layout == "kadence":  # set 30: WordPress + Kadence theme (a commune Party committee's site)
        body = (f'<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Chuyển đến nội dung</a>'
                f'<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap">'
                f'<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container">{top}'
                f'<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Primary Navigation">{nav}</nav></div></div></div></div></div></div></div></header>'
                f'<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main">{crumbs}{main}</main>'
                f'<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div class="sidebar-inner-wrap">{side}</div></aside></div></div>{below}</div>'
                f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard"><div class="site-container">{foot}</div></div>'
                f'<div class="site-bottom-footer-wrap"><div class="site-container"><div class="footer-html inner-link-style-normal"><p>&copy; 2025 Đảng ủy xã - Giao diện Kadence WP</p></div></div></div></div></footer></div>')
    elif layout == "sapo":  # set 30: Sapo Web (formerly Bizweb), a Vietnamese hosted site builder; an association's blog article
        body = (f'<div class="page-body"><header class="header"><div class="topbar"><div class="container">{left}</div></div><div class="header-main"><div class="container">{top}</div></div>'
                f'<div class="header-nav"><div class="container"><nav class="main-nav">{nav}</nav></div></div></header>'
                f'<section class="bread-crumb"><div class="container">{crumbs}</div></section><section class="blogpage"><div class="container article-wraper"><div class="row">'
                f'<section class="right-content col-lg-9 col-12">{main}</section><aside class="left left-content col-lg-3 col-12">{side}</aside></div></div>{below}</section>'
                f'<footer class="footer"><div class="container">{foot}<div class="copyright">Cung cấp bởi <a href="https://www.sapo.vn/?utm_campaign=cpn:site_copyright" rel="nofollow" target="_blank">Sapo</a></div></div></footer></div>')
    elif layout == "razor":  # set 30: ASP.NET Core 8 Razor Pages, a local vendor's portal for a ward set up after July 2025
        body = (f'<header class="site-header">{top}<nav class="navbar navbar-expand-lg navbar-dark bg-portal border-bottom box-shadow"><div class="container">{nav}</div></nav></header>'
                f'<div class="container"><main role="main" class="pb-3"><div class="row"><div class="col-lg-8">{crumbs}{main}</div><div class="col-lg-4 sidebar">{side}</div></div>{below}</main></div>'
                f'<footer class="border-top footer text-muted"><div class="container">{foot}</div></footer>')
    elif layout == "cakephp":  # set 30: a local vendor's in-house CMS on CakePHP 4 (FormHelper's hidden _csrfToken, Bootstrap 4)
        body = (f'<div id="container" class="app"><header class="main-header">{top}</header><nav class="navbar navbar-expand-lg navbar-light main-menu"><div class="container">{nav}</div></nav>'
                f'<div class="container content-wrap"><div class="message-container"></div><div class="row"><div class="col-lg-8 content">{crumbs}{main}</div><div class="col-lg-4 sidebar">{side}</div></div>{below}</div>'
                f'<footer class="main-footer"><div class="container">{foot}</div></footer></div>')
    elif layout == "livewire":  # set 30: Laravel 11 + Livewire 3 + Tailwind (a provincial youth union's site)
        body = (f'<div class="min-h-screen flex flex-col"><header class="bg-white shadow">{top}<nav class="bg-blue-800 text-white"><div class="max-w-7xl mx-auto px-4">{nav}</div></nav></header>'
                f'<main class="flex-1 max-w-7xl mx-auto px-4 py-6 grid grid-cols-12 gap-6"><div class="col-span-12 lg:col-span-8">{crumbs}{main}</div>'
                f'<aside class="col-span-12 lg:col-span-4 space-y-6">{side}</aside></main>{below}<footer class="bg-gray-800 text-gray-200"><div class="max-w-7xl mx-auto px-4 py-8">{foot}</div></footer></div>')
    elif layout == "concrete":  # set 30: Concrete CMS 9 (a blog entry page type, Bootstrap 5 theme)
        body = (f'<div class="ccm-page ccm-page-id-{rng.randint(180, 400)} page-type-blog-entry page-template-blog-entry"><header class="site-header">{top}<nav class="navbar navbar-expand-lg"><div class="container">{nav}</div></nav></header>'
                f'<main><div class="container"><div class="row"><div class="col-md-8">{crumbs}{main}</div><div class="col-md-4"><div class="area-sidebar">{side}</div></div></div>{below}</div></main>'
                f'<footer class="site-footer"><div class="container">{foot}<p class="ccm-powered">Xây dựng trên nền Concrete CMS</p></div></footer></div>')
    else:
        body = (f'<div class="{prefix}-wrapper"><header class="{prefix}-header">{top}</header>'
                f'<nav class="{prefix}-navbar">{nav}</nav><div class="{prefix}-container"><div class="{prefix}-content">{crumbs}{main}</div>'
                f'<aside class="{prefix}-sidebar">{side}</aside></div>{below}'
                f'<footer class="{prefix}-footer">{foot}</footer></div>')
    html = f"""<!DOCTYPE html>
<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml">
<head>{meta}<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/Content/{prefix}/style.css?v={rng.randint(100, 999)}" rel="stylesheet" type="text/css" />
{head_extra}<style>{css(rng, prefix, 50)}</style><!--PAD-->
<script src="/Scripts/jquery-1.{rng.randint(7, 12)}.{rng.randint(0, 3)}.min.js"></script>{ga(rng)}
</head>
<body class="{body_cls}">{open_form}
{body}
{close_form}<script>{js(rng, 25, prefix)}</script>{scripts}
</body>
</html>
"""
    return pad(html, rng, kb, prefix)


def side_box(rng, head, titles, dates, fmt, cls="box-news", base=""):
    from .common import nlist
    return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3>{nlist(rng, titles, base, dates, fmt=fmt, cls=cls + "-list", img=False)}</div>'


# ------------------------------------------------------------------ set 31 layouts (each: keyword arguments rng, prefix, top, nav, crumbs, main, side, below, foot, left)
def _nv_page(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.5, the 'page' module, a provincial vendor's theme
    return (f'<div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row">{top}</div></div></header>'
            f'<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">{nav}</div></div></div></nav>'
            f'<section><div class="container" id="body">{crumbs}<div class="row"><div class="col-sm-16 col-md-18">{main}</div><div class="col-sm-8 col-md-6">{side}</div></div>{below}</div></section>'
            f'<footer id="footer"><div class="wraper"><div class="container"><div class="row">{foot}</div></div></div></footer></div></div>')


def _cph(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a vendor's WebForms portal: MasterPage ContentPlaceHolder1, Telerik RadMenu, table-era columns
    return (f'<div id="ctl00_pnlPage" class="page"><div id="ctl00_ucHeader_pnlHeader" class="header">{top}</div>'
            f'<div id="ctl00_RadMenu1" class="RadMenu RadMenu_Default" style="z-index:7000;"><div class="rmRootGroup rmHorizontal">{nav}</div>'
            f'<input id="ctl00_RadMenu1_ClientState" name="ctl00_RadMenu1_ClientState" type="hidden" /></div>'
            f'<table class="main-table" width="1002" cellpadding="0" cellspacing="0" align="center"><tr><td class="col-left" valign="top" width="220">{left}</td>'
            f'<td class="col-center" valign="top"><div id="ctl00_ContentPlaceHolder1_pnlContent">{crumbs}{main}</div></td>'
            f'<td class="col-right" valign="top" width="250">{side}</td></tr></table>{below}<div id="ctl00_ucFooter_pnlFooter" class="footer">{foot}</div></div>')


def _divi(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + Divi 4 (Elegant Themes), theme builder off
    return (f'<div id="page-container"><div id="top-header"><div class="container clearfix">{left}</div></div>'
            f'<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">{top}'
            f'<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav">{nav}</nav></div></div></header>'
            f'<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">{crumbs}{main}</div>'
            f'<div id="sidebar">{side}</div></div></div>{below}</div><footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix">{foot}</div></div>'
            f'<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Thiết kế bởi Elegant Themes | Vận hành bởi WordPress</div></div></div></footer></div></div>')


def _yoo(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Joomla 4 + YOOtheme Pro 4 (UIkit 3)
    return (f'<div class="tm-page"><div class="tm-header-mobile uk-hidden@m"><div class="uk-navbar-container"><nav class="uk-navbar" uk-navbar>{top}</nav></div></div>'
            f'<div class="tm-header uk-visible@m" uk-header><div class="tm-toolbar tm-toolbar-default uk-visible@m"><div class="uk-container uk-flex uk-flex-middle">{left}</div></div>'
            f'<div class="uk-navbar-container"><div class="uk-container"><nav class="uk-navbar" uk-navbar><div class="uk-navbar-left">{top}</div><div class="uk-navbar-right">{nav}</div></nav></div></div></div>'
            f'<div id="tm-main" class="tm-main uk-section uk-section-default" uk-height-viewport="expand: true"><div class="uk-container"><div class="uk-grid" uk-grid>'
            f'<div class="uk-width-expand@m">{crumbs}{main}</div><aside id="tm-sidebar" class="tm-sidebar uk-width-1-3@m">{side}</aside></div>{below}</div></div>'
            f'<div id="tm-bottom" class="tm-bottom uk-section-secondary uk-section"><div class="uk-container">{foot}</div></div></div>')


def _dnn2sxc(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # DNN 9.x, a vendor's Bootstrap 4 skin, 2sxc content app in the ContentPane
    return (f'<div id="siteWrapper" class="{prefix}-skin"><div id="dnn_HeaderPane" class="HeaderPane">{top}</div><nav id="dnn_MenuPane" class="navbar navbar-expand-lg">{nav}</nav>'
            f'<div class="container"><div class="row"><div id="dnn_ContentPane" class="col-lg-8 ContentPane">{crumbs}{main}</div><div id="dnn_SidePane" class="col-lg-4 SidePane">{side}</div></div>'
            f'<div id="dnn_BottomPane" class="BottomPane">{below}</div></div><footer id="dnn_FooterPane" class="FooterPane"><div class="container">{foot}</div></footer></div>')


def _lr71blogs(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Liferay DXP 7.1, a Clay-based vendor theme, the Blogs widget in full-entry view
    return (f'<div class="container-fluid" id="wrapper"><header id="banner" role="banner"><div class="navbar navbar-top">{top}</div>'
            f'<nav class="navbar navbar-expand-md navbar-light site-navigation" id="navigation" role="navigation">{nav}</nav></header>'
            f'<section id="content"><div class="columns-2-70-30" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
            f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{crumbs}{main}</div></div>'
            f'<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{side}</div></div></div></div>{below}</section>'
            f'<footer id="footer" role="contentinfo">{foot}</footer></div>')


def _spse(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # SharePoint Server Subscription Edition, a list item's display form (DispForm.aspx) in a custom master
    return (f'<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"></div></div><div id="s4-workspace"><div id="s4-bodyContainer">'
            f'<div class="{prefix}-header">{top}</div><div class="{prefix}-topnav" id="DeltaTopNavigation">{nav}</div>'
            f'<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">{left}</div>'
            f'<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="DeltaPlaceHolderMain">{crumbs}{main}</div></div>'
            f'<div class="{prefix}-right">{side}</div></div>{below}<div class="{prefix}-footer">{foot}</div></div></div>')


def _dcs_topic(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # the '.dcs.vn' platform: a topic site ('chuyên trang') for the congresses
    return (f'<div class="wrapper chuyen-trang ct-dai-hoi"><div class="ct-banner">{top}</div><div class="ct-menu"><div class="container">{nav}</div></div>'
            f'<div class="ct-countdown-bar"><div class="container">{left}</div></div><div class="container ct-main"><div class="row"><div class="col-md-8 ct-content">{crumbs}{main}</div>'
            f'<div class="col-md-4 ct-sidebar">{side}</div></div>{below}</div><div class="ct-footer"><div class="container">{foot}<p class="platform">Chuyên trang trên Hệ thống thông tin điện tử Đảng bộ tỉnh</p></div></div></div>')


def _vhv_video(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # VHV CMS, a ward portal's video detail (Video-Detail module in a frameBound)
    mid = hexid(rng, 24)
    return (f'<div id="wrapper" class="vhv-site"><div class="ModuleWrapper header-wrap" moduleRootId="{hexid(rng, 24)}">{top}</div><div class="ModuleWrapper menu-wrap">{nav}</div>'
            f'<div class="container main-wrap"><div class="row"><div class="col-md-8"><div class="ModuleWrapper" moduleRootId="{mid}"><div class="frameBound{mid[:8]}">{crumbs}{main}</div></div></div>'
            f'<div class="col-md-4"><div class="ModuleWrapper sidebar-wrap">{side}</div></div></div>{below}</div><div class="ModuleWrapper footer-wrap">{foot}</div></div>')


def _press_long(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a merged press agency's CMS, the standard detail with a right rail
    return (f'<div class="site"><div class="header-top"><div class="container">{left}</div></div><header class="header"><div class="container">{top}</div></header>'
            f'<nav class="menu-main"><div class="container">{nav}</div></nav><div class="container detail-page"><div class="row"><div class="col-lg-8 detail-main">{crumbs}{main}</div>'
            f'<div class="col-lg-4 detail-rail">{side}</div></div></div><div class="container">{below}</div><footer class="footer"><div class="container">{foot}</div></footer></div>')


def _vnpt(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # VNPT's portal product (ASP.NET MVC), a Tỉnh ủy theme
    return (f'<div class="vnpt-portal"><div class="portal-header">{top}</div><div class="portal-menu"><div class="container">{nav}</div></div>'
            f'<div class="container portal-body"><div class="row"><div class="col-md-9 portal-content">{crumbs}{main}</div><div class="col-md-3 portal-right">{side}</div></div>{below}</div>'
            f'<div class="portal-footer"><div class="container">{foot}<p class="provider">Phát triển bởi VNPT</p></div></div></div>')


def _oceanwp(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + OceanWP 3
    return (f'<div id="outer-wrap" class="site clr"><a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a><div id="wrap" class="clr">'
            f'<div id="top-bar-wrap" class="clr"><div id="top-bar" class="clr container"><div id="top-bar-inner" class="clr">{left}</div></div></div>'
            f'<header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner"><div id="site-header-inner" class="clr container">{top}'
            f'<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" role="navigation">{nav}</nav></div></div></header>'
            f'<main id="main" class="site-main clr" role="main"><header class="page-header"><div class="container clr page-header-inner"><h2 class="page-header-title clr">Tin tức</h2>{crumbs}</div></header>'
            f'<div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">{main}</div></div>'
            f'<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar" role="complementary"><div id="right-sidebar-inner" class="clr">{side}</div></aside></div>{below}</main>'
            f'<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo"><div id="footer-inner" class="clr"><div id="footer-widgets" class="oceanwp-row clr"><div class="footer-widgets-inner container">{foot}</div></div>'
            f'<div id="footer-bottom" class="clr"><div id="footer-bottom-inner" class="container clr"><div id="copyright" class="clr" role="contentinfo">Bản quyền thuộc Đảng ủy phường - OceanWP</div></div></div></div></footer></div></div>')


def _drupal10v(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Drupal 10, a vendor's Bootstrap 5 sub-theme (regions as in bootstrap5)
    return (f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="{prefix}-header"><div class="region region-header">{top}</div>'
            f'<nav class="navbar navbar-expand-lg navbar-dark {prefix}-navbar"><div class="container"><div class="region region-nav-main">{nav}</div></div></nav></header>'
            f'<main role="main"><a id="main-content" tabindex="-1"></a><div class="container"><div class="region region-breadcrumb">{crumbs}</div><div class="row g-4">'
            f'<div class="col-lg-8 order-1"><div class="region region-content">{main}</div></div><div class="col-lg-4 order-2"><div class="region region-sidebar-second">{side}</div></div></div>{below}</div></main>'
            f'<footer class="mt-auto {prefix}-footer"><div class="container"><div class="region region-footer">{foot}</div></div></footer></div>')


def _nuxt3(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Nuxt 3 front end over Strapi 4 (server-rendered, data-v scoped attributes)
    dv = hexid(rng, 8)
    return (f'<div id="__nuxt"><div class="layout-default" data-v-{dv}><header class="site-header" data-v-{dv}>{top}<nav class="site-nav" data-v-{dv}>{nav}</nav></header>'
            f'<main class="site-main container" data-v-{dv}><div class="grid-2col" data-v-{dv}><div class="col-main" data-v-{dv}>{crumbs}{main}</div><aside class="col-side" data-v-{dv}>{side}</aside></div>{below}</main>'
            f'<footer class="site-footer" data-v-{dv}>{foot}</footer></div></div><div id="teleports"></div>')


def _ghost(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Ghost 5, a Casper-derived theme
    return (f'<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">{top}<nav class="gh-head-menu">{nav}</nav></div></header>'
            f'<div class="site-content"><main id="site-main" class="site-main">{crumbs}{main}</main>{below}<aside class="read-more-wrap outer">{side}</aside></div>'
            f'<footer class="site-footer outer"><div class="inner">{foot}<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>')


def _jekyll(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Jekyll 4, a minima-derived theme
    return (f'<header class="site-header" role="banner"><div class="wrapper">{top}<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" />'
            f'<label for="nav-trigger"><span class="menu-icon"></span></label><div class="trigger">{nav}</div></nav></div></header>'
            f'<main class="page-content" aria-label="Content"><div class="wrapper"><div class="layout-with-aside"><div class="main-col">{crumbs}{main}</div><aside class="aside-col">{side}</aside></div>{below}</div></main>'
            f'<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper">{foot}</div></footer>')


def _magnolia(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Magnolia CMS 6 (a vendor's Freemarker templates, public instance)
    return (f'<div class="page-wrap"><header class="mgnl-header">{top}<nav class="main-navigation"><div class="container">{nav}</div></nav></header>'
            f'<div class="container main-area"><div class="row"><div class="col-md-8 main-column">{crumbs}{main}</div><div class="col-md-4 extras-column">{side}</div></div>{below}</div>'
            f'<footer class="mgnl-footer"><div class="container">{foot}</div></footer></div>')


def _yii1(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a local vendor's CMS on Yii 1.1 (main layout 'column2', CMenu, CBreadcrumbs, portlets)
    return (f'<div class="container" id="page"><div id="header">{top}</div><div id="mainmenu">{nav}</div>{crumbs}'
            f'<div class="span-19"><div id="content">{main}</div></div><div class="span-5 last"><div id="sidebar">{side}</div></div><div class="clear"></div>{below}'
            f'<div id="footer">{foot}</div></div>')


L31 = {"nv_page": _nv_page, "cph": _cph, "divi": _divi, "yootheme": _yoo, "dnn2sxc": _dnn2sxc, "lr71blogs": _lr71blogs, "spse": _spse,
       "dcs_topic": _dcs_topic, "vhv_video": _vhv_video, "press_long": _press_long, "vnpt": _vnpt, "oceanwp": _oceanwp, "drupal10v": _drupal10v,
       "nuxt3": _nuxt3, "ghost": _ghost, "jekyll": _jekyll, "magnolia": _magnolia, "yii1": _yii1}


# ------------------------------------------------------------------ set 32 layouts (same keyword arguments as set 31's)
def _nv40(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.0, the legacy 'modern' theme kept by an association's site
    return (f'<div id="container"><div id="header"><div class="logo">{top}</div></div><div id="topnav" class="clearfix">{nav}</div>'
            f'<div id="message"><div class="clock"></div></div><div class="main clearfix"><div class="col-a1 fl">{left}</div>'
            f'<div class="col-a2 fl">{crumbs}{main}</div><div class="col-a3 fr">{side}</div></div>{below}<div id="footer" class="clearfix">{foot}</div></div>')


def _nv_mobile(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.5, VINADES' 'mobile_default' theme (served to a phone user agent)
    return (f'<div id="mobilePage"><header class="header-mobile"><div class="hd-bar">{top}<button type="button" class="btn-menu" data-toggle="mmenu"><em class="fa fa-bars"></em></button></div></header>'
            f'<nav id="menu-site-default" class="mm-menu">{nav}</nav><section class="section-main">{crumbs}<div class="wraper">{main}</div></section>'
            f'<section class="section-blocks">{side}</section>{below}<footer id="footer-mobile">{foot}<div class="text-center"><a href="?nvvithemever=d">Giao diện máy tính</a></div></footer></div>')


def _lr60ext(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Liferay 6.0 with a local vendor's EXT plugin (div#centermain, titlecategories / txtdetail)
    return (f'<div id="wrapper"><div id="banner">{top}</div><div id="navigation">{nav}</div><table id="layout-grid" width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td id="leftmain" valign="top" width="220">{left}</td><td id="centermain" valign="top">{crumbs}{main}</td><td id="rightmain" valign="top" width="240">{side}</td></tr></table>'
            f'{below}<div id="footer">{foot}</div></div>')


def _lr62vn(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Liferay 6.2 CE, a vendor's theme, the Vietnamese-customised asset publisher full view
    pid = alnum(rng, 12)
    return (f'<div class="container-fluid" id="wrapper"><header id="banner" role="banner">{top}</header><nav class="navbar" id="navigation">{nav}</nav>'
            f'<div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span9" id="column-1">'
            f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{crumbs}'
            f'<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_101_INSTANCE_{pid}_"><span id="p_101_INSTANCE_{pid}"></span>'
            f'<section class="portlet" id="portlet_101_INSTANCE_{pid}"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin hoạt động</span></h2></header>'
            f'<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">{main}</div></div></div></section></div></div></div>'
            f'<div class="portlet-column portlet-column-last span3" id="column-2"><div class="portlet-dropzone portlet-column-content">{side}</div></div></div></div>{below}</div>'
            f'<footer id="footer" role="contentinfo">{foot}</footer></div>')


def _moss(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # MOSS 2007 publishing portal (table master page, a vendor's news web part)
    g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
    return (f'<table class="master" width="1004" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="3" class="ms-globalTitleArea">{top}</td></tr>'
            f'<tr><td colspan="3" class="ms-topNavContainer"><div id="zz1_TopNavigationMenu">{nav}</div></td></tr>'
            f'<tr><td valign="top" class="ms-nav" width="200">{left}</td><td valign="top" class="ms-bodyareacell"><div id="MSO_ContentDiv">'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td id="MSOZoneCell_WebPartWPQ3" valign="top"><div WebPartID="{g.replace("_", "-")}" id="WebPartWPQ3" class="ms-WPBody" style="width:100%">'
            f'<div id="ctl00_m_g_{g}">{crumbs}{main}</div></div></td></tr></table></div></td><td valign="top" class="right-zone" width="260">{side}</td></tr>'
            f'<tr><td colspan="3">{below}</td></tr><tr><td colspan="3" class="footer">{foot}</td></tr></table>')


def _dnnblog(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # DNN 9, a vendor's skin, the DNN Blog module (Blog 6) in the ContentPane
    return (f'<div id="siteWrapper" class="{prefix}"><div id="dnn_TopPane" class="TopPane">{top}</div><nav id="dnn_NavPane" class="NavPane">{nav}</nav>'
            f'<div class="container"><div id="dnn_BreadcrumbPane">{crumbs}</div><div class="row"><div id="dnn_ContentPane" class="col-md-8 ContentPane">{main}</div>'
            f'<div id="dnn_RightPane" class="col-md-4 RightPane">{side}</div></div><div id="dnn_BottomPane">{below}</div></div><div id="dnn_FooterPane" class="FooterPane">{foot}</div></div>')


def _cmsttv(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a table-era ASP.NET WebForms CMS (Modules1/Base/Article.ascx family), 1000 px tables
    return (f'<table width="1000" cellpadding="0" cellspacing="0" border="0" align="center" class="khung"><tr><td colspan="3">{top}</td></tr><tr><td colspan="3" class="menu_ngang">{nav}</td></tr>'
            f'<tr><td width="200" valign="top" class="cot_trai">{left}</td><td valign="top" class="cot_giua">{crumbs}{main}</td><td width="230" valign="top" class="cot_phai">{side}</td></tr>'
            f'<tr><td colspan="3">{below}</td></tr><tr><td colspan="3" class="chan_trang">{foot}</td></tr></table>')


def _upanel(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # ASP.NET WebForms 4.x with a ScriptManager, an UpdatePanel around the detail, AjaxControlToolkit
    return (f'<div class="page"><div class="header">{top}</div><div class="clear hideSkiplink"><div id="NavigationMenu" class="menu">{nav}</div></div>'
            f'<div class="main"><div class="col-main"><div id="MainContent_upDetail">{crumbs}{main}</div></div><div class="col-right">{side}</div><div class="clear"></div>{below}</div>'
            f'<div class="footer">{foot}</div></div>')


def _avada(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + Avada 7 (ThemeFusion), the classic single-post layout
    return (f'<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper"><div id="home" style="position:relative;top:-1px;"></div>'
            f'<header class="fusion-header-wrapper"><div class="fusion-header-v3 fusion-logo-alignment fusion-logo-left fusion-sticky-menu-"><div class="fusion-secondary-header"><div class="fusion-row">{left}</div></div>'
            f'<div class="fusion-header"><div class="fusion-row"><div class="fusion-logo">{top}</div><nav class="fusion-main-menu" aria-label="Main Menu">{nav}</nav></div></div></div></header>'
            f'<section class="avada-page-titlebar-wrapper" aria-label="Thanh tiêu đề trang"><div class="fusion-page-title-bar fusion-page-title-bar-breadcrumbs fusion-page-title-bar-left"><div class="fusion-page-title-row"><div class="fusion-page-title-wrapper">'
            f'<div class="fusion-page-title-captions"><div class="fusion-page-title-secondary">{crumbs}</div></div></div></div></div></section>'
            f'<main id="main" class="clearfix"><div class="fusion-row" style=""><section id="content" style="float: left;">{main}</section>'
            f'<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right fusion-blogsidebar" style="float: right;">{side}</aside></div></main>{below}'
            f'<div class="fusion-footer"><footer class="fusion-footer-widget-area fusion-widget-area"><div class="fusion-row">{foot}</div></footer>'
            f'<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-copyright-notice"><div>© Bản quyền thuộc về Hội Chữ thập đỏ tỉnh | Avada</div></div></div></footer></div></div></div>')


def _sahifa(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + Sahifa 5 (TieLabs, the older theme), right sidebar
    return (f'<div class="wrapper-outer"><div class="background-cover"></div><aside id="slide-out"><div id="mobile-menu"></div></aside><div id="wrapper" class="wide-layout">'
            f'<div class="inner-wrapper"><header id="theme-header" class="theme-header"><div id="top-nav" class="top-nav"><div class="container">{left}</div></div>'
            f'<div class="header-content"><div class="logo">{top}</div></div><nav id="main-nav" class="fixed-enabled"><div class="container"><div class="main-menu">{nav}</div></div></nav></header>'
            f'<div id="main-content" class="container"><div class="content">{crumbs}{main}</div><aside id="sidebar">{side}</aside><div class="clear"></div></div>{below}'
            f'<footer id="theme-footer"><div id="footer-widget-area" class="footer-3c">{foot}</div></footer><div class="footer-bottom"><div class="container"><div class="alignleft">Sahifa Theme by TieLabs</div></div></div></div></div></div>')


def _j25(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Joomla 2.5, a vendor's template derived from beez_20 (com_content article view)
    return (f'<div id="all"><div id="back"><div id="header">{top}<div id="line">{left}</div></div><div id="menu-top">{nav}</div>'
            f'<div id="contentarea"><div id="breadcrumbs">{crumbs}</div><div id="main">{main}</div><div id="right"><div class="moduletable-right">{side}</div></div><div class="wrap"></div></div>'
            f'{below}</div></div><div id="footer-outer"><div id="footer-sub"><div id="footer">{foot}<p>Powered by Joomla!</p></div></div></div>')


def _dcs2025(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # the '.dcs.vn' platform's 2025 portal skin for the merged provinces (Bootstrap 5, /chi-tiet/<id>/<slug>.html)
    return (f'<div class="site-dcs site-2025"><div class="topbar"><div class="container d-flex">{left}</div></div><header class="header-2025"><div class="container">{top}</div></header>'
            f'<nav class="nav-2025 sticky-top"><div class="container">{nav}</div></nav><main class="container py-3"><div class="row g-4"><div class="col-lg-8 detail-col">{crumbs}{main}</div>'
            f'<div class="col-lg-4 side-col">{side}</div></div>{below}</main><footer class="footer-2025"><div class="container">{foot}<p class="platform">Hệ thống thông tin điện tử Đảng bộ tỉnh — phiên bản 2025</p></div></footer></div>')


def _vhv_def(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # VHV CMS, a commune portal, the Article-News-Detail-default template
    mid = hexid(rng, 24)
    return (f'<div id="wrapper" class="vhv-site theme-xa"><div class="ModuleWrapper" moduleRootId="{hexid(rng, 24)}">{top}</div><div class="ModuleWrapper" moduleRootId="{hexid(rng, 24)}">{nav}</div>'
            f'<div class="container"><div class="ModuleWrapper" moduleRootId="{hexid(rng, 24)}">{crumbs}</div><div class="row"><div class="col-md-3 col-left">{left}</div>'
            f'<div class="col-md-6 col-center"><div class="ModuleWrapper" moduleRootId="{mid}"><div class="frameBound{mid[:8]}">{main}</div></div></div>'
            f'<div class="col-md-3 col-right"><div class="ModuleWrapper">{side}</div></div></div>{below}</div><div class="ModuleWrapper footer-wrap">{foot}</div></div>')


def _umb13(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Umbraco 13 (ASP.NET Core, a vendor's Razor views and Block List partials)
    return (f'<div class="site"><header class="site-header">{top}<nav class="site-nav" aria-label="Điều hướng chính"><div class="container">{nav}</div></nav></header>'
            f'<main id="main-content" class="main"><div class="container">{crumbs}<div class="row"><div class="col-lg-8 col-article">{main}</div><div class="col-lg-4 col-aside">{side}</div></div>{below}</div></main>'
            f'<footer class="site-footer"><div class="container">{foot}</div></footer></div>')


def _sitecore(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Sitecore XM 10.3 with SXA (renderings in placeholders: component / component-content)
    return (f'<div id="wrapper"><header><div id="header" class="container">{top}<div class="component navigation navigation-main"><div class="component-content"><nav>{nav}</nav></div></div></div></header>'
            f'<main><div id="content" class="container"><div class="component breadcrumb navigation-title"><div class="component-content">{crumbs}</div></div>'
            f'<div class="row component column-splitter"><div class="col-12 col-lg-8">{main}</div><div class="col-12 col-lg-4">{side}</div></div>{below}</div></main>'
            f'<footer><div id="footer" class="container">{foot}</div></footer></div>')


def _kentico(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Kentico Xperience 13 (ASP.NET Core MVC site, page builder sections)
    return (f'<div class="page-wrap"><header class="kx-header">{top}<nav class="kx-nav"><div class="container">{nav}</div></nav></header>'
            f'<div class="container kx-body">{crumbs}<div class="row"><div class="col-md-8"><div class="ktc-section">{main}</div></div><div class="col-md-4"><div class="ktc-section">{side}</div></div></div>{below}</div>'
            f'<footer class="kx-footer"><div class="container">{foot}</div></footer></div>')


def _statamic(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Statamic 4 (Antlers templates, Tailwind, the 'tin-tuc' collection's show template)
    return (f'<div class="flex flex-col min-h-screen"><header class="bg-red-800 text-white">{top}<nav class="border-t border-red-700"><div class="max-w-6xl mx-auto px-4">{nav}</div></nav></header>'
            f'<main class="flex-1 max-w-6xl mx-auto px-4 py-8 grid lg:grid-cols-3 gap-8"><div class="lg:col-span-2">{crumbs}{main}</div><aside class="space-y-6">{side}</aside></main>{below}'
            f'<footer class="bg-gray-900 text-gray-300"><div class="max-w-6xl mx-auto px-4 py-8">{foot}</div></footer></div>')


L32 = {"nv40_modern": _nv40, "nv45_mobile": _nv_mobile, "lr60ext": _lr60ext, "lr62vn": _lr62vn, "moss2007": _moss, "dnnblog": _dnnblog, "cmsttv": _cmsttv,
       "upanel": _upanel, "avada": _avada, "sahifa": _sahifa, "j25": _j25, "dcs2025": _dcs2025, "vhv_default": _vhv_def, "umbraco13": _umb13,
       "sitecore": _sitecore, "kentico": _kentico, "statamic": _statamic}


# ------------------------------------------------------------------ set 33 layouts (same keyword arguments as set 31's)
def _nv45_lhpn(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.5, a provincial vendor's theme for the Women's Union (meta table under the headline)
    return (f'<div class="body-bg"><div class="wraper"><header class="hd-lhpn"><div class="container">{top}</div></header>'
            f'<nav class="mega-nav" id="menusite"><div class="container">{nav}</div></nav><section><div class="container" id="body">{crumbs}'
            f'<div class="row"><div class="col-md-17 col-main">{main}</div><div class="col-md-7 col-side">{side}</div></div>{below}</div></section>'
            f'<footer id="footer"><div class="container">{foot}</div></footer></div></div>')


def _nv44_hot(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.4, a vendor's Tỉnh ủy theme with a 'Tiêu điểm' hero region over every page
    return (f'<div id="wrapper" class="tu-theme"><div id="header">{top}</div><div id="menu-main">{nav}</div><div class="ticker-wrap">{left}</div>'
            f'<div class="container"><div id="hot-region" class="region-hot">{below}</div>{crumbs}<div class="row"><div class="col-md-16">{main}</div>'
            f'<div class="col-md-8">{side}</div></div></div><div id="footer">{foot}</div></div>')


def _nv45_hnd(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.5, a local vendor's theme for a Farmers' Union (green, two sidebars)
    return (f'<div class="site-hnd"><div class="topbar">{left}</div><header class="header-hnd">{top}</header><nav class="nav-hnd">{nav}</nav>'
            f'<div class="container">{crumbs}<div class="row"><div class="col-sm-18 main-col">{main}</div><div class="col-sm-6 side-col">{side}</div></div>{below}</div>'
            f'<footer class="footer-hnd">{foot}</footer></div>')


def _lr62wcd(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Liferay 6.2 CE, a vendor theme, a Web Content Display portlet (56) with a Velocity template
    pid = alnum(rng, 12)
    return (f'<div id="wrapper" class="container-fluid"><header id="banner" role="banner">{top}</header><nav class="navbar site-navigation" id="navigation" role="navigation">{nav}</nav>'
            f'<div id="content"><div class="columns-2-r" id="main-content" role="main"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1">'
            f'<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{crumbs}'
            f'<div class="portlet-boundary portlet-boundary_56_ portlet-static portlet-static-end portlet-borderless portlet-journal-content" id="p_p_id_56_INSTANCE_{pid}_"><span id="p_56_INSTANCE_{pid}"></span>'
            f'<div class="portlet-borderless-container"><div class="portlet-body"><div class="journal-content-article">{main}</div></div></div></div></div></div>'
            f'<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content">{side}</div></div></div></div>{below}</div>'
            f'<footer id="footer" role="contentinfo">{foot}</footer></div>')


def _lr74vt(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Liferay DXP 7.4 with a Viettel-built news OSGi portlet (vtnews-detail) on a provincial portal
    ns = "_vn_viettel_portal_news_web_portlet_NewsDetailPortlet_INSTANCE_" + alnum(rng, 12) + "_"
    return (f'<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill position-relative" id="wrapper"><header id="banner">{top}<nav class="navbar navbar-expand-lg">{nav}</nav></header>'
            f'<section class="flex-fill" id="content"><div id="main-content" class="container"><div class="row"><div class="col-md-12">{crumbs}</div>'
            f'<div class="col-lg-9 portlet-column" id="column-1"><div class="portlet-boundary portlet-boundary_vtnews-detail" id="p_p_id{ns}"><div class="portlet-content"><div class="portlet-body" id="{ns}detail">{main}</div></div></div></div>'
            f'<div class="col-lg-3 portlet-column" id="column-2">{side}</div></div>{below}</div></section><footer id="footer" role="contentinfo">{foot}</footer></div></div>')


def _sp2010wiki(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # SharePoint Server 2010, an Enterprise Wiki page layout used for news items (v4.master-derived)
    g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
    return (f'<div id="s4-workspace"><div id="s4-bodyContainer"><div id="s4-titlerow" class="s4-pr s4-notdlg s4-titlerowhidetitle">{top}</div>'
            f'<div class="s4-notdlg s4-toplinks"><div id="zz1_TopNavigationMenuV4" class="s4-tn">{nav}</div></div>'
            f'<div id="s4-mainarea" class="s4-pr s4-widecontentarea"><div id="s4-leftpanel" class="s4-notdlg"><div id="s4-leftpanel-content">{left}</div></div>'
            f'<div class="s4-ca s4-ca-dlgNoRibbon" id="MSO_ContentTable"><div class="s4-die"><div class="ms-pagebreadcrumb">{crumbs}</div></div>'
            f'<div id="ctl00_PlaceHolderMain_ctl00" class="ewiki-page"><table class="ms-wikicontent-table" width="100%"><tr><td valign="top" class="ewiki-middlealign">{main}</td>'
            f'<td valign="top" class="ewiki-right" width="260"><div id="ctl00_m_g_{g}">{side}</div></td></tr></table></div>{below}</div></div>'
            f'<div class="s4-notdlg footer">{foot}</div></div></div>')


def _dnnhtml(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # DNN 9, a vendor skin; one tab per item, the text in a core HTML module (dnnTITLE container)
    return (f'<div id="siteWrapper"><div id="dnn_HeaderPane" class="HeaderPane">{top}</div><nav id="dnn_MegaMenu" class="MegaMenu">{nav}</nav>'
            f'<div class="container"><div class="breadcrumbs">{crumbs}</div><div class="row"><div id="dnn_LeftPane" class="col-md-3 LeftPane">{left}</div>'
            f'<div id="dnn_ContentPane" class="col-md-6 ContentPane">{main}</div><div id="dnn_RightPane" class="col-md-3 RightPane">{side}</div></div>{below}</div>'
            f'<div id="dnn_FooterPane" class="FooterPane">{foot}</div></div>')


def _wfmttq(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a local vendor's ASP.NET WebForms CMS (master page 'Site.Master', ucChiTietTin user control, float columns)
    return (f'<div id="khungtrang"><div id="ctl00_ucHeader_divHeader" class="header">{top}</div><div id="ctl00_ucMenu_divMenu" class="menungang">{nav}</div>'
            f'<div class="thanhchay">{left}</div><div class="noidung"><div class="cottrai">{crumbs}{main}</div><div class="cotphai">{side}</div><div class="clear"></div></div>'
            f'{below}<div id="ctl00_ucFooter_divFooter" class="footer">{foot}</div></div>')


def _soledad(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + Soledad 8 (PenciDesign), the standard single layout with the right sidebar
    return (f'<div class="wrapper-boxed header-style-header-6"><div class="penci-header-wrap"><div class="penci-top-bar">{left}</div><header id="header" class="header-header-6 has-bottom-line">'
            f'<div class="inner-header penci-header-second"><div class="container">{top}</div></div><nav id="navigation" class="header-layout-bottom header-6 menu-style-2"><div class="container">{nav}</div></nav></header></div>'
            f'<div class="container container-single penci_sidebar right-sidebar">{crumbs}<div id="main" class="penci-main-sticky-sidebar"><div class="theiaStickySidebar">{main}</div></div>'
            f'<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-left"><div class="theiaStickySidebar">{side}</div></div></div>{below}'
            f'<footer id="footer-section" class="penci-footer-social-media"><div class="container">{foot}<div class="footer-copyright">Theme Soledad by PenciDesign</div></div></footer></div>')


def _publisher(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + Publisher 7 (BetterStudio), single post template 'style-1', Breadcrumb Trail crumbs
    return (f'<div class="main-wrap content-main-wrap"><header id="header" class="site-header header-style-2 boxed" itemscope="itemscope" itemtype="https://schema.org/WPHeader">'
            f'<section class="topbar topbar-style-1 hidden-xs hidden-xs"><div class="content-wrap"><div class="container">{left}</div></div></section>'
            f'<div class="header-inner"><div class="content-wrap"><div class="container">{top}</div></div></div><div class="menu-wrap"><nav id="menu-main" class="main-menu-wrapper">{nav}</nav></div></header>'
            f'<div class="rh-cover noscroll"></div><nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix bc-top-style"><div class="container bf-breadcrumb-container">{crumbs}</div></nav>'
            f'<div class="content-wrap"><main id="content" class="content-container"><div class="container layout-2-col layout-2-col-1 layout-right-sidebar layout-bc-before post-template-1">'
            f'<div class="row main-section"><div class="col-sm-8 content-column">{main}</div><div class="col-sm-4 sidebar-column sidebar-column-primary">{side}</div></div></div></main></div>{below}'
            f'<footer class="footer"><div class="copy-footer"><div class="content-wrap"><div class="container">{foot}</div></div></div></footer></div>')


def _t3j3(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Joomla 3.10 + T3 Framework (JoomlArt), a vendor's template; com_content article, info block 'below'
    return (f'<div class="t3-wrapper"><header id="t3-header" class="container t3-header">{top}</header><nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav">'
            f'<div class="container"><div class="t3-navbar navbar-collapse collapse"><div class="t3-megamenu animate slide">{nav}</div></div></div></nav>'
            f'<div id="t3-mainbody" class="container t3-mainbody"><div class="row"><div id="t3-content" class="t3-content col-xs-12 col-sm-8">{crumbs}{main}</div>'
            f'<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4">{side}</div></div></div>{below}<footer id="t3-footer" class="wrap t3-footer"><div class="container">{foot}</div></footer></div>')


def _dcs_photo(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # the '.dcs.vn' platform, the photo-story detail ('Tin ảnh', /tin-anh/<id>/<slug>.html)
    return (f'<div class="site-dcs portal-tu"><div class="top-header">{left}</div><div class="header-banner">{top}</div><div class="main-menu">{nav}</div>'
            f'<div class="container page-photo">{crumbs}<div class="row"><div class="col-md-9 photo-detail-col">{main}</div><div class="col-md-3 right-col">{side}</div></div>{below}</div>'
            f'<div class="footer">{foot}</div></div>')


def _vhv3(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # VHV CMS, a ward portal, news-detail-layout-type-3 (an info card beside the text)
    mid = hexid(rng, 24)
    return (f'<div id="wrapper" class="vhv-site theme-phuong"><div class="ModuleWrapper" moduleRootId="{hexid(rng, 24)}">{top}</div><div class="ModuleWrapper" moduleRootId="{hexid(rng, 24)}">{nav}</div>'
            f'<div class="container"><div class="ModuleWrapper" moduleRootId="{hexid(rng, 24)}">{crumbs}</div><div class="row"><div class="col-md-9 col-center">'
            f'<div class="ModuleWrapper" moduleRootId="{mid}"><div class="frameBound{mid[:8]}">{main}</div></div></div><div class="col-md-3 col-right"><div class="ModuleWrapper">{side}</div></div></div>'
            f'{below}</div><div class="ModuleWrapper footer-wrap">{foot}</div></div>')


def _press_multi(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a merged press agency's CMS, the detail with a 'Đọc nhiều' rail and a mega-menu
    return (f'<div class="page-wrap"><div class="header-top">{left}</div><header class="site-header">{top}</header><nav class="mega-menu">{nav}</nav>'
            f'<div class="container detail-page">{crumbs}<div class="row"><div class="col-lg-8 detail-main">{main}</div><div class="col-lg-4 detail-rail">{side}</div></div>{below}</div>'
            f'<footer class="site-footer">{foot}</footer></div>')


def _press_crumb(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a provincial paper's CMS whose crumb row carries the stamp
    return (f'<div id="page"><div class="top-line">{left}</div><header class="header">{top}<nav class="menu">{nav}</nav></header>'
            f'<main class="container"><div class="row"><article class="col-md-8 story">{crumbs}{main}</article><aside class="col-md-4 story-side">{side}</aside></div>{below}</main>'
            f'<footer class="footer">{foot}</footer></div>')


def _vportal(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a telecom group's e-portal product for communes (ASP.NET Core MVC, a 'VPortal' theme)
    return (f'<div class="vp-layout"><div class="vp-topbar">{left}</div><header class="vp-header">{top}</header><nav class="vp-menu navbar">{nav}</nav>'
            f'<div class="vp-main container">{crumbs}<div class="row"><div class="col-lg-8 vp-content">{main}</div><div class="col-lg-4 vp-sidebar">{side}</div></div>{below}</div>'
            f'<footer class="vp-footer">{foot}<p class="vp-vendor">Phát triển trên nền tảng Cổng thông tin điện tử cấp xã</p></footer></div>')


def _typo3(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # TYPO3 13 LTS, a sitepackage on Bootstrap 5, the 'news' extension (EXT:news) detail view
    return (f'<div class="body-bg"><a class="visually-hidden-focusable" href="#page-content">Chuyển đến nội dung</a><header class="header"><div class="container">{top}</div>'
            f'<nav class="navbar navbar-expand-lg navbar-mainnavigation"><div class="container">{nav}</div></nav></header>'
            f'<div class="section section-breadcrumb"><div class="container">{crumbs}</div></div><main id="page-content" class="section section-default"><div class="container"><div class="row">'
            f'<div class="col-md-8 maincontent-wrap"><!--TYPO3SEARCH_begin--><div id="c{rng.randint(100, 999)}" class="frame frame-default frame-type-news_newsdetail frame-layout-0">{main}</div><!--TYPO3SEARCH_end--></div>'
            f'<div class="col-md-4 subcontent-wrap">{side}</div></div>{below}</div></main><footer class="section footer-section">{foot}</footer></div>')


def _bitrix(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # 1C-Bitrix: Site Management, a vendor's template, bitrix:news.detail in the work area
    return (f'<div id="panel"></div><div class="wrapper"><div class="bx-header">{top}</div><div class="bx-top-nav"><div class="container">{nav}</div></div>'
            f'<div class="workarea container"><div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">{crumbs}</div>'
            f'<div class="row"><div class="col-md-9 bx-content">{main}</div><div class="col-md-3 bx-sidebar">{side}</div></div>{below}</div>'
            f'<div class="bx-footer"><div class="container">{foot}</div></div></div>')


L33 = {"nv45_lhpn": _nv45_lhpn, "nv44_hot": _nv44_hot, "nv45_hnd": _nv45_hnd, "lr62wcd": _lr62wcd, "lr74vt": _lr74vt, "sp2010wiki": _sp2010wiki,
       "dnnhtml": _dnnhtml, "wfmttq": _wfmttq, "soledad": _soledad, "publisher": _publisher, "t3j3": _t3j3, "dcs_photo": _dcs_photo, "vhv3": _vhv3,
       "press_multi": _press_multi, "press_crumb": _press_crumb, "vportal": _vportal, "typo3": _typo3, "bitrix": _bitrix}


# ------------------------------------------------------------------ set 34 layouts (same keyword arguments as set 31's)
def _nv45_author(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.5, a Ban Tuyên giáo vendor theme; the news module with its internal-author pages (/news/author/<alias>/)
    return (f'<div class="body-bg"><div class="wraper"><header id="header-tg"><div class="container">{top}</div></header>'
            f'<nav class="second-nav" id="menusite"><div class="container"><div class="bg box-shadow">{nav}</div></div></nav>'
            f'<section><div class="container" id="body"><div class="breadcrumbs-wrap">{crumbs}</div><div class="row"><div class="col-sm-16 col-md-17">{main}</div>'
            f'<div class="col-sm-8 col-md-7 right-col">{side}</div></div>{below}</div></section><footer id="footer"><div class="container">{foot}</div></footer></div></div>')


def _nv44_doan(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.4, a provincial vendor's Youth Union theme (blue, a date badge beside the headline, tabbed blocks)
    return (f'<div id="doan-site"><div class="top-strip">{left}</div><header class="doan-header">{top}</header><nav class="doan-nav navbar">{nav}</nav>'
            f'<main class="container doan-body">{crumbs}<div class="row"><div class="col-md-16 col-content">{main}</div><aside class="col-md-8 col-aside">{side}</aside></div>{below}</main>'
            f'<footer class="doan-footer">{foot}</footer></div>')


def _lr70ecoit(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Liferay CE 7.0 with a local vendor's 7.x CMS portlet (CmsViewChiTietTin_WAR_CmsViewEcoITportlet)
    pid = alnum(rng, 12)
    return (f'<div class="container-fluid" id="wrapper"><header id="banner" role="banner"><div id="heading">{top}</div>'
            f'<nav class="navbar site-navigation" id="navigation" role="navigation">{nav}</nav></header><section id="content"><div class="columns-2" id="main-content" role="main">'
            f'<div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{crumbs}'
            f'<div class="portlet-boundary portlet-boundary_CmsViewChiTietTin_WAR_CmsViewEcoITportlet_ portlet-static portlet-static-end portlet-barebone" id="p_p_id_CmsViewChiTietTin_WAR_CmsViewEcoITportlet_INSTANCE_{pid}_">'
            f'<span id="p_CmsViewChiTietTin_WAR_CmsViewEcoITportlet_INSTANCE_{pid}"></span><section class="portlet" id="portlet_CmsViewChiTietTin_WAR_CmsViewEcoITportlet_INSTANCE_{pid}"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"></div>'
            f'<div class=" portlet-content-container"><div class="portlet-body">{main}</div></div></div></section></div></div></div>'
            f'<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{side}</div></div></div></div>{below}</section>'
            f'<footer id="footer" role="contentinfo">{foot}</footer></div>')


def _wps85(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # IBM WebSphere Portal 8.5 + Web Content Manager (a vendor's theme; portlet skin with the portlet title as an h2)
    z = "Z7_" + alnum(rng, 20).upper()
    return (f'<div class="wpthemeFrame"><header role="banner" class="wpthemeHeader"><div class="wpthemeInner">{top}</div>'
            f'<nav class="wpthemeHeaderNav" role="navigation" aria-label="Điều hướng chính"><div class="wpthemeInner">{nav}</div></nav></header>'
            f'<div class="wpthemeMainContent"><div class="wpthemeInner"><div class="wpthemeCrumbTrail">{crumbs}</div>'
            f'<div class="wpthemeLayoutContainers wpthemeLayoutContainersHidden"><table class="layoutRow componentContainer" cellpadding="0" cellspacing="0"><tr>'
            f'<td style="width:70%;" valign="top"><div class="component-container wpthemeCol wpthemeLeft ibmDndColumn id-{z}"><div class="component-control id-{z}">'
            f'<section class="ibmPortalControl wpthemeControl wpthemeStandard a11yRegionTarget" role="region"><div class="asa.portlet" id="asa.portlet.{z}" style="display:none;"><span class="asa.portlet.id">{z}</span></div>'
            f'{main}</section></div></div></td><td style="width:30%;" valign="top"><div class="component-container wpthemeCol wpthemeRight ibmDndColumn">{side}</div></td></tr></table></div>{below}</div></div>'
            f'<footer class="wpthemeFooter" role="contentinfo"><div class="wpthemeInner">{foot}</div></footer></div>')


def _sp2013dfwp(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # SharePoint Server 2013, a custom page ChiTietTin.aspx with an XSLT DataFormWebPart over the news list (seattle.master-derived)
    g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
    return (f'<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer"><div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">{top}</div>'
            f'<div class="ms-dialogHidden topnav-wrap"><div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation">{nav}</div></div>'
            f'<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">{left}</div><div id="contentBox" aria-live="polite" aria-relevant="all">'
            f'<div id="DeltaPlaceHolderMain"><div class="breadcrumb-row">{crumbs}</div><table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" class="cot-giua">'
            f'<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">'
            f'<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div WebPartID="{g.replace("_", "-")}" HasPers="false" id="WebPartWPQ3" width="100%" class="ms-WPBody noindex" allowDelete="false" style="">'
            f'<div id="ctl00_ctl40_g_{g}">{main}</div></div></div></div></div></td><td valign="top" class="cot-phai" width="290">{side}</td></tr></table>{below}</div></div></div>'
            f'<div class="ms-dialogHidden footer-row">{foot}</div></div></div>')


def _dnnxblog(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # DNN 9, a DNNGo skin (gomenu mega-menu), the DNNGo xBlog module in the ContentPane
    return (f'<div class="dng-main"><div id="dnn_HeaderPane" class="dng-header">{top}</div><div class="dng-menu"><div id="gomenu{rng.randint(400, 999)}" class="gomenu">{nav}</div></div>'
            f'<div class="dng-breadcrumb"><div class="container">{crumbs}</div></div><div class="container dng-content"><div class="row">'
            f'<div id="dnn_ContentPane" class="col-md-8 ContentPane">{main}</div><div id="dnn_RightPane" class="col-md-4 RightPane">{side}</div></div>{below}</div>'
            f'<div id="dnn_FooterPane" class="dng-footer">{foot}</div></div>')


def _wfdatalist(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a local vendor's ASP.NET WebForms CMS (cphMain + a DataList bound to one row: the item sits in a one-cell table)
    return (f'<table id="tblMain" width="1002" cellpadding="0" cellspacing="0" align="center" class="khung"><tr><td colspan="3" class="header">{top}</td></tr>'
            f'<tr><td colspan="3" class="menu-ngang">{nav}</td></tr><tr><td colspan="3" class="dong-chay">{left}</td></tr>'
            f'<tr><td valign="top" width="700" class="cot-noi-dung">{crumbs}{main}</td><td width="10"></td><td valign="top" width="292" class="cot-phai">{side}</td></tr>'
            f'<tr><td colspan="3">{below}</td></tr><tr><td colspan="3" class="footer">{foot}</td></tr></table>')


def _the7(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + The7 (Dream-Theme) with a vendor's child theme: page title area (h1 + breadcrumbs) over the post
    return (f'<div id="page" class="closed-mobile-header"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>'
            f'<div class="masthead inline-header center widgets full-height shadow-decoration shadow-mobile-header-decoration small-mobile-menu-icon dt-parent-menu-clickable show-sub-menu-on-hover" role="banner">'
            f'<div class="top-bar top-bar-line-hide">{left}</div><header class="header-bar">{top}<nav class="navigation" id="primary-menu-wrap">{nav}</nav></header></div>'
            f'{crumbs}<div id="main" class="sidebar-right sidebar-divider-off"><div class="main-gradient"></div><div class="wf-wrap"><div class="wf-container-main">'
            f'<div id="content" class="content" role="main">{main}</div><aside id="sidebar" class="sidebar"><div class="sidebar-content widget-divider-off">{side}</div></aside></div></div></div>{below}'
            f'<footer id="footer" class="footer solid-bg"><div class="wf-wrap"><div class="wf-container-footer">{foot}</div></div><div id="bottom-bar" class="solid-bg logo-left" role="contentinfo"><div class="wf-wrap"><div class="wf-float-left">&copy; 2026 Đảng ủy xã. Giao diện The7.</div></div></div></footer></div>')


def _tt17(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + Twenty Seventeen (the default theme of 2017), a labour federation's site
    return (f'<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>'
            f'<header id="masthead" class="site-header" role="banner"><div class="custom-header"><div class="custom-header-media"><div id="wp-custom-header" class="wp-custom-header"><img src="/wp-content/uploads/2024/03/header-ldld.jpg" width="2000" height="1200" alt="" /></div></div>'
            f'<div class="site-branding"><div class="wrap">{top}</div></div></div><div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Menu Chính">{nav}</nav></div></div></header>'
            f'<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">{crumbs}<div id="primary" class="content-area"><main id="main" class="site-main" role="main">{main}</main></div>'
            f'<aside id="secondary" class="widget-area" role="complementary" aria-label="Thanh bên blog">{side}</aside></div>{below}</div>'
            f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap">{foot}<div class="site-info"><a href="https://vi.wordpress.org/" class="imprint">Vận hành bởi WordPress</a></div></div></footer></div></div>')


def _easyblog(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Joomla 3.10, a vendor's Bootstrap 3 template, EasyBlog 5 (StackIdeas) entry view in the component area
    return (f'<div class="site-wrap"><header class="site-header"><div class="container">{top}</div></header><nav class="navbar navbar-default site-nav"><div class="container">{nav}</div></nav>'
            f'<div class="container site-body">{crumbs}<div class="row"><main id="content" class="col-md-8" role="main"><div id="system-message-container"></div>{main}</main>'
            f'<div id="aside" class="col-md-4">{side}</div></div>{below}</div><footer class="site-footer"><div class="container">{foot}</div></footer></div>')


def _dcs_video(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # the '.dcs.vn' platform, the video detail ('/video/<id>/<slug>.html', dark player band)
    return (f'<div class="site-dcs portal-tu"><div class="top-header">{left}</div><div class="header-banner">{top}</div><div class="main-menu">{nav}</div>'
            f'<div class="video-band"><div class="container">{crumbs}{main}</div></div><div class="container"><div class="row"><div class="col-md-8 video-more">{below}</div>'
            f'<div class="col-md-4 right-col">{side}</div></div></div><div class="footer">{foot}</div></div>')


def _press_mobile(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a merged press agency's MOBILE site (m.<domain>: one column, the page a phone user agent gets)
    return (f'<div class="m-wrapper"><header class="m-header">{top}<button class="m-burger" aria-label="Mở chuyên mục">&#9776;</button></header>'
            f'<nav class="m-cate-bar" id="m-menu" hidden>{nav}</nav><div class="m-hot">{left}</div><main class="m-main">{crumbs}{main}</main>'
            f'<section class="m-more">{side}</section>{below}<footer class="m-footer">{foot}<a class="m-desktop" href="?view=desktop">Xem phiên bản máy tính</a></footer></div>')


def _nv45_xa(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.5, a provincial vendor's theme for commune Party committees (update time above, publication time in the info below)
    return (f'<div class="xa-site"><header class="xa-header">{top}</header><nav class="xa-nav">{nav}</nav><div class="xa-ticker">{left}</div>'
            f'<div class="container xa-body">{crumbs}<div class="row"><div class="col-md-17">{main}</div><div class="col-md-7 xa-side">{side}</div></div>{below}</div>'
            f'<footer class="xa-footer">{foot}</footer></div>')


def _payload(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Payload CMS 3 inside a Next.js 15 app (App Router, server components; the RSC payload follows the markup)
    return (f'<div class="layout"><header class="site-header"><div class="container site-header__inner">{top}<nav class="site-nav">{nav}</nav></div></header>'
            f'<main class="site-main"><div class="container">{crumbs}<div class="post-grid"><div class="post-grid__main">{main}</div><aside class="post-grid__aside">{side}</aside></div>{below}</div></main>'
            f'<footer class="site-footer"><div class="container">{foot}</div></footer></div>')


def _volto(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Plone 6 with the Volto front end (server-side rendered React, Semantic UI classes)
    return (f'<div role="navigation" aria-label="Toolbar" id="toolbar"></div><div id="main" class="siteroot section-tin-tuc is-anonymous contenttype-news-item">'
            f'<div class="skiplinks-wrapper" role="complementary" aria-label="Liên kết nhảy"><a class="skiplink" href="#view">Đến nội dung</a></div>'
            f'<div class="ui basic segment header-wrapper" role="banner"><div class="ui container"><div class="header">{top}<div class="navigation">{nav}</div></div></div></div>'
            f'<div class="breadcrumbs"><div class="ui secondary vertical segment"><div class="ui container">{crumbs}</div></div></div>'
            f'<div class="ui basic segment content-area"><main><div id="view"><div class="ui container"><div class="ui grid"><div class="twelve wide column">{main}</div>'
            f'<div class="four wide column"><aside class="sidebar-right">{side}</aside></div></div></div></div></main></div>{below}'
            f'<footer id="footer"><div class="ui vertical padded inverted center aligned segment footer">{foot}<p>Phát triển trên nền tảng Plone&reg; — Hệ quản trị nội dung mã nguồn mở</p></div></footer></div>')


def _opencart(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # OpenCart 3.0 (default theme derived), a blog extension's article page on an OCOP shop
    return (f'<nav id="top"><div class="container">{left}</div></nav><header><div class="container"><div class="row">{top}</div></div></header>'
            f'<div class="container"><nav id="menu" class="navbar"><div class="navbar-header"><span id="category" class="visible-xs">Danh mục</span></div><div class="collapse navbar-collapse navbar-ex1-collapse">{nav}</div></nav></div>'
            f'<div id="blog-article" class="container">{crumbs}<div class="row"><aside id="column-left" class="col-sm-3 hidden-xs">{side}</aside><div id="content" class="col-sm-9">{main}</div></div>{below}</div>'
            f'<footer><div class="container">{foot}<hr><p>Powered By <a href="http://www.opencart.com">OpenCart</a> Liên minh HTX &copy; 2025</p></div></footer>')


def _craft(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Craft CMS 5 (Twig templates, a vendor's Tailwind front end; entries of the 'tinTuc' section with Matrix blocks)
    return (f'<div class="site"><header class="site-header"><div class="container mx-auto flex items-center justify-between">{top}</div><nav class="site-nav" aria-label="Chính"><div class="container mx-auto">{nav}</div></nav></header>'
            f'<main id="main" class="container mx-auto grid grid-cols-12 gap-8"><div class="col-span-12 lg:col-span-8">{crumbs}{main}</div><aside class="col-span-12 lg:col-span-4">{side}</aside></main>{below}'
            f'<footer class="site-footer"><div class="container mx-auto">{foot}</div></footer></div>')


def _oqtane(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Oqtane 6 (.NET 9 Blazor, static server rendering), a former DNN vendor's theme; module containers with titles
    return (f'<!--Blazor:{{"type":"server","prerenderId":"{hexid(rng, 32)}","key":{{"locationHash":"{hexid(rng, 40)}","formattedComponentKey":""}},"sequence":0,"descriptor":"{b64blob(rng, 300)}"}}-->'
            f'<div class="{prefix}-theme"><nav class="navbar navbar-expand-md navbar-light bg-light fixed-top"><div class="container">{top}<div class="collapse navbar-collapse" id="navbarNav">{nav}</div></div></nav>'
            f'<div class="content container"><div class="row"><div class="col-md-12">{crumbs}</div></div><div class="row"><div class="col-md-8"><div class="pane pane-content">{main}</div></div>'
            f'<div class="col-md-4"><div class="pane pane-right">{side}</div></div></div>{below}</div><footer class="footer bg-light">{foot}</footer></div><!--Blazor:{{"prerenderId":"{hexid(rng, 32)}"}}-->')


L34 = {"nv45_author": _nv45_author, "nv44_doan": _nv44_doan, "lr70ecoit": _lr70ecoit, "wps85": _wps85, "sp2013dfwp": _sp2013dfwp, "dnnxblog": _dnnxblog,
       "wfdatalist": _wfdatalist, "the7": _the7, "tt17": _tt17, "easyblog": _easyblog, "dcs_video": _dcs_video, "press_mobile": _press_mobile,
       "nv45_xa": _nv45_xa, "payload": _payload, "volto": _volto, "opencart": _opencart, "craft": _craft, "oqtane": _oqtane}


# ------------------------------------------------------------------ set 35 layouts (same keyword arguments as set 31's)
def _nv45_noichinh(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.5, a provincial vendor's theme for a Ban Nội chính (a 'Mới' badge on items younger than three days)
    return (f'<div class="nc-site"><header class="nc-header"><div class="container">{top}</div></header><nav class="nc-nav" id="menusite"><div class="container">{nav}</div></nav>'
            f'<div class="nc-ticker">{left}</div><section class="container nc-body"><div class="breadcrumbs-wrap">{crumbs}</div><div class="row"><div class="col-md-17 nc-main">{main}</div>'
            f'<div class="col-md-7 nc-right">{side}</div></div>{below}</section><footer class="nc-footer"><div class="container">{foot}</div></footer></div>')


def _nv42_cd(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.2, a vendor's trade-union theme (three columns: left menu block, content, right)
    return (f'<div id="wrapper" class="cd-wrap"><div id="header">{top}</div><div id="nav" class="cd-nav">{nav}</div><div id="body" class="clearfix">'
            f'<div class="col-left" style="float:left;width:22%">{left}</div><div class="col-center" style="float:left;width:53%">{crumbs}{main}</div>'
            f'<div class="col-right" style="float:right;width:24%">{side}</div></div>{below}<div id="footer">{foot}</div></div>')


def _lr2024(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Liferay DXP 2024.Q1 (quarterly release), a content page built from fragments, a Collection Display below
    c = alnum(rng, 8).lower()
    return (f'<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill position-relative" id="wrapper">'
            f'<header id="banner" class="control-menu-level-1-heading">{top}<nav class="navbar navbar-expand-md navbar-dark bg-primary" id="navigation">{nav}</nav></header>'
            f'<section class="flex-fill" id="content"><div class="layout-content portlet-layout" id="main-content" role="main">'
            f'<div class="lfr-layout-structure-item-container lfr-layout-structure-item-{c} container-fluid container-fluid-max-xl"><div class="row">'
            f'<div class="col col-lg-8 lfr-layout-structure-item-col">{crumbs}{main}</div><div class="col col-lg-4 lfr-layout-structure-item-col">{side}</div></div></div>{below}</div></section>'
            f'<footer id="footer" role="contentinfo"><div class="container">{foot}</div></footer></div></div>')


def _sp2010blog(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # SharePoint Foundation 2010, a Blog site (Lists/Posts/Post.aspx?ID=) in a vendor master derived from v4.master
    return (f'<div id="s4-workspace"><div id="s4-bodyContainer"><div id="s4-titlerow" class="s4-pr s4-notdlg s4-titlerowhidetitle">{top}</div>'
            f'<div class="s4-notdlg s4-tn-wrap">{nav}</div><div id="s4-leftpanel" class="s4-notdlg"><div id="s4-leftpanel-content">{left}</div></div>'
            f'<div class="s4-ca s4-ca-dlgNoRibbon" id="MSO_ContentTable"><div class="s4-die">{crumbs}</div><div class="ms-bodyareaframe">'
            f'<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td valign="top" id="MSOZoneCell_WebPartWPQ2" class="ms-blogLeftZone">{main}</td>'
            f'<td valign="top" class="ms-blogRightZone" width="260">{side}</td></tr></table>{below}</div></div><div class="s4-notdlg footer-blog">{foot}</div></div></div>')


def _dnn7publish(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # DNN 7.4, a vendor skin, Engage: Publish (article display in the ContentPane)
    return (f'<div id="siteWrapper" class="{prefix}-skin"><div id="dnn_HeaderPane" class="HeaderPane">{top}</div><div id="dnnMenu" class="dnnMenu">{nav}</div>'
            f'<div class="breadcrumb-row"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb">{crumbs}</span></div><div class="contentmain"><div id="dnn_ContentPane" class="ContentPane">{main}</div>'
            f'<div id="dnn_RightPane" class="RightPane">{side}</div></div><div id="dnn_BottomPane" class="BottomPane">{below}</div><div id="dnn_FooterPane">{foot}</div></div>')


def _blocksy(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + Blocksy 2 (Creative Themes), the hero section 'type-1' above the content
    return (f'<a class="skip-link show-on-focus" href="#main">Chuyển đến nội dung</a><div class="ct-drawer-canvas" data-location="start"></div>'
            f'<div id="main-container"><header id="header" class="ct-header" data-id="type-1"><div data-device="desktop"><div data-row="top">{left}</div>'
            f'<div data-row="middle" data-column-set="2"><div class="ct-container">{top}<nav id="header-menu-1" class="header-menu-1" data-id="menu" aria-label="Menu chính">{nav}</nav></div></div></div></header>'
            f'<main id="main" class="site-main hfeed"><div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">{crumbs}{main}'
            f'<aside class="ct-hidden-sm" data-type="type-1" id="sidebar"><div class="ct-sidebar">{side}</div></aside></div>{below}</main>'
            f'<footer id="footer" class="ct-footer" data-id="type-1"><div data-row="middle"><div class="ct-container">{foot}</div></div></footer></div>')


def _enfold(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + Enfold 5 (Kriesi), single post with the right sidebar, title container with breadcrumbs
    return (f'<div id="wrap_all"><header id="header" class="all_colors header_color light_bg_color av_header_top av_logo_left av_main_nav_header av_menu_right av_slim_header">'
            f'<div id="header_meta" class="container_wrap container_wrap_meta">{left}</div><div id="header_main" class="container_wrap container_wrap_logo"><div class="container av-logo-container">{top}'
            f'<nav class="main_menu" data-selectname="Chọn trang" role="navigation">{nav}</nav></div></div></header><div id="main" class="all_colors" data-scroll-offset="88">{crumbs}'
            f'<div class="container_wrap container_wrap_first main_color sidebar_right"><div class="container template-blog template-single-blog"><main class="content units av-content-small alpha" role="main">{main}</main>'
            f'<aside class="sidebar sidebar_right smartphones_sidebar_active alpha units" role="complementary"><div class="inner_sidebar extralight-border">{side}</div></aside></div></div>{below}'
            f'<footer class="container_wrap socket_color" id="socket" role="contentinfo"><div class="container">{foot}<span class="copyright">&copy; Bản quyền - Đảng ủy xã - Giao diện Enfold WordPress</span></div></footer></div></div>')


def _astroid(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Joomla 4, the Astroid Framework 3 (JoomDev) template, com_content article view
    s = hexid(rng, 10)
    return (f'<div class="astroid-container"><div class="astroid-content"><div class="astroid-layout astroid-layout-wide"><div class="astroid-wrapper">'
            f'<section class="astroid-section astroid-header-section" id="hs-{s}"><div class="container">{top}<div class="astroid-nav">{nav}</div></div></section>'
            f'<section class="astroid-section" id="bc-{s}"><div class="container">{crumbs}</div></section>'
            f'<section class="astroid-section astroid-component-section" id="content-{s}"><div class="container"><div class="astroid-row row"><div class="astroid-column col-lg-8"><div class="astroid-component-area"><main class="astroid-component">{main}</main></div></div>'
            f'<div class="astroid-column col-lg-4"><div class="astroid-module-position">{side}</div></div></div></div></section>{below}'
            f'<section class="astroid-section astroid-footer-section"><div class="container">{foot}</div></section></div></div></div></div>')


def _bartik(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Drupal 9, the Bartik theme (core's default until Drupal 10)
    return (f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"><div id="page"><header id="header" class="header" role="banner" aria-label="Đầu trang">'
            f'<div class="section layout-container clearfix">{top}<div class="region region-primary-menu"><nav role="navigation" id="block-bartik-main-menu" class="block block-menu navigation menu--main">{nav}</nav></div></div></header>'
            f'<div class="highlighted"><aside class="layout-container section clearfix" role="complementary"></aside></div><div id="main-wrapper" class="layout-main-wrapper layout-container clearfix">'
            f'<div id="main" class="layout-main clearfix"><div class="region region-breadcrumb">{crumbs}</div><main id="content" class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>{main}</section></main>'
            f'<div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary">{side}</aside></div></div></div>{below}'
            f'<footer class="site-footer"><div class="layout-container"><div class="site-footer__bottom clearfix"><div class="region region-footer-fifth">{foot}</div></div></div></footer></div></div></div>')


def _lr61wcd(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Liferay 6.1 CE GA2, stock Web Content Display (56) with a vendor template, the Related Assets portlet below
    pid = alnum(rng, 4)
    return (f'<div id="wrapper" class="container-fluid"><header id="banner" role="banner"><div id="heading">{top}</div><nav class="sort-pages modify-pages" id="navigation">{nav}</nav></header>'
            f'<div id="content"><nav class="site-breadcrumbs" id="breadcrumbs">{crumbs}</nav><div class="columns-2-r" id="main-content" role="main"><table class="portlet-layout"><tr>'
            f'<td class="aui-w70 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">'
            f'<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_{pid}_"><div class="portlet-body"><div class="journal-content-article">{main}</div></div></div></div></td>'
            f'<td class="aui-w30 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last">{side}</div></td></tr></table></div>{below}</div>'
            f'<footer id="footer" role="contentinfo">{foot}</footer></div>')


def _webcenter(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Oracle WebCenter Portal 12c (ADF Faces page template; region ids 'T:oc_…region1')
    n = rng.randint(1000000000, 9999999999)
    return (f'<div id="pt1:pt_psl1" class="af_panelStretchLayout"><div id="T:pt_ps1" class="af_panelGroupLayout wc-header">{top}<div id="T:pt_nav" class="wc-nav">{nav}</div></div>'
            f'<div id="T:oc_{n}region1" class="af_region"><div id="T:oc_{n}region1:pgl1" class="af_panelGroupLayout wc-crumb">{crumbs}</div>'
            f'<table class="wc-layout" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top" id="T:oc_{n}region1:pgl2" class="wc-main">{main}</td>'
            f'<td valign="top" width="300" id="T:oc_{n}region1:pgl3" class="wc-side">{side}</td></tr></table>{below}</div><div id="T:pt_footer" class="wc-footer">{foot}</div></div>')


def _sphere(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # the 'sphere' / smartcloud Java portal (xem-tin.cpx?uuid=…; Bootstrap 4 cards)
    return (f'<div class="sphere-page"><header class="sphere-header">{top}</header><nav class="navbar navbar-expand-lg sphere-menu">{nav}</nav>'
            f'<div class="container sphere-body">{crumbs}<div class="row"><div class="col-lg-8"><div class="card card-box news-detail-card"><div class="card-body">{main}</div></div></div>'
            f'<div class="col-lg-4">{side}</div></div>{below}</div><footer class="sphere-footer">{foot}</footer></div>')


def _press_event(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a merged press agency's CMS, the detail with an event bar ('Sự kiện') above the headline and a sticky share column
    return (f'<div class="wrapper"><header class="header">{top}<nav class="menu-main">{nav}</nav></header><div class="hot-line">{left}</div>'
            f'<div class="container detail-page">{crumbs}<div class="row"><div class="col-share"><div class="sticky-share">Chia sẻ</div></div><div class="col-detail">{main}</div>'
            f'<aside class="col-rail">{side}</aside></div>{below}</div><footer class="footer">{foot}</footer></div>')


def _wfformview(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a local vendor's ASP.NET WebForms CMS (URL rewriting, a FormView in cphNoiDung; picture boxes with the caption row on top)
    return (f'<div id="khung-trang"><div id="dau-trang">{top}</div><div id="menu-ngang">{nav}</div><div class="dong-chu-chay">{left}</div>'
            f'<table width="1000" cellpadding="0" cellspacing="0" align="center"><tr><td valign="top" width="710" class="cot-trai">{crumbs}{main}</td>'
            f'<td width="10"></td><td valign="top" class="cot-phai">{side}</td></tr></table>{below}<div id="chan-trang">{foot}</div></div>')


def _smarty(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a local vendor's hand-made PHP CMS with Smarty 3 templates (index.php?mod=news&act=detail&id=)
    return (f'<div id="container"><div id="top">{top}</div><div id="mainmenu">{nav}</div><div id="marquee">{left}</div><div id="content">'
            f'<div id="content-left">{crumbs}{main}</div><div id="content-right">{side}</div><div class="clear"></div></div>{below}<div id="bottom">{foot}</div></div>')


def _october(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # October CMS 3 (Laravel 10), RainLab.Blog's blogPost component in a vendor theme
    return (f'<header id="layout-header">{top}<nav class="navbar navbar-expand-lg" id="layout-nav"><div class="container">{nav}</div></nav></header>'
            f'<section id="layout-content"><div class="container">{crumbs}<div class="row"><div class="col-lg-8 blog-post-col">{main}</div><div class="col-lg-4">{side}</div></div>{below}</div></section>'
            f'<footer id="layout-footer"><div class="container">{foot}</div></footer>')


def _modx3(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # MODX Revolution 3, a vendor's template (pdoMenu, pdoCrumbs, Articles-like resource with TVs)
    return (f'<div class="page"><header class="page-header">{top}<nav class="page-nav">{nav}</nav></header><div class="page-body container">{crumbs}'
            f'<div class="page-grid"><main class="page-main">{main}</main><aside class="page-aside">{side}</aside></div>{below}</div><footer class="page-footer">{foot}</footer></div>')


def _protostar(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Joomla 3.10, the Protostar template (core default of Joomla 3), com_content article view
    return (f'<div class="body" id="top"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix">{top}</div></header>'
            f'<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Bật/Tắt điều hướng</span></a></div>'
            f'<div class="nav-collapse">{nav}</div></nav><div class="moduletable">{crumbs}</div><div class="row-fluid"><main id="content" role="main" class="span9">'
            f'<div id="system-message-container"></div>{main}</main><div id="aside" class="span3">{side}</div></div>{below}</div></div>'
            f'<footer class="footer" role="contentinfo"><div class="container"><hr />{foot}<p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p></div></footer>')


L35 = {"nv45_noichinh": _nv45_noichinh, "nv42_cd": _nv42_cd, "lr2024": _lr2024, "sp2010blog": _sp2010blog, "dnn7publish": _dnn7publish, "blocksy": _blocksy,
       "enfold": _enfold, "astroid": _astroid, "bartik": _bartik, "lr61wcd": _lr61wcd, "webcenter": _webcenter, "sphere": _sphere, "press_event": _press_event,
       "wfformview": _wfformview, "smarty": _smarty, "october": _october, "modx3": _modx3, "protostar": _protostar}


# ------------------------------------------------------------------ set 36 layouts (each: keyword arguments rng, prefix, top, nav, crumbs, main, side, below, foot, left)
def _nv41_dcs(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.1 on a '.dcs.vn' internal site (noibo.<province>.dcs.vn, /vi/ prefix), a vendor theme with a signed-in bar
    return (f'<div id="wraper"><div class="nb-userbar">{left}</div><header class="nb-header"><div class="wraper">{top}</div></header><nav class="nb-nav" id="menusite"><div class="wraper">{nav}</div></nav>'
            f'<section class="wraper nb-body"><div class="breadcrumbs-wrap">{crumbs}</div><div class="row"><div class="col-md-16">{main}</div><div class="col-md-8">{side}</div></div>{below}</section>'
            f'<footer id="footer" class="nb-footer"><div class="wraper">{foot}<p class="platform">Trang thông tin nội bộ - Hệ thống thông tin điện tử Đảng bộ tỉnh</p></div></footer></div>')


def _nv45_ccb(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # NukeViet 4.5, a provincial vendor's theme for a Veterans' Association ('H:i d/m/y' date format set in the site config)
    return (f'<div class="ccb-site"><div class="ccb-topbar">{left}</div><header class="ccb-header">{top}</header><nav class="ccb-nav">{nav}</nav>'
            f'<div class="ccb-body container">{crumbs}<div class="row"><div class="col-sm-16 col-md-17">{main}</div><div class="col-sm-8 col-md-7">{side}</div></div>{below}</div>'
            f'<footer class="ccb-footer">{foot}</footer></div>')


def _lr52(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Liferay Portal 5.2.3 CE, a vendor's table-era theme, the Journal Content portlet (56) and an Asset Publisher below
    pid = alnum(rng, 4)
    return (f'<div id="wrapper"><div id="banner">{top}</div><div id="navigation" class="sort-pages modify-pages">{nav}</div><div id="content-wrapper">{crumbs}'
            f'<table id="layout-grid" class="columns-2-r" width="100%"><tr><td class="lfr-column seventy" id="column-1" valign="top"><div class="lfr-portlet-column" id="layout-column_column-1">'
            f'<div id="p_p_id_56_INSTANCE_{pid}_" class="portlet-boundary portlet-boundary_56_ portlet-journal-content"><div class="portlet-borderless-container"><div class="portlet-body">{main}</div></div></div>'
            f'{below}</div></td><td class="lfr-column thirty" id="column-2" valign="top"><div class="lfr-portlet-column" id="layout-column_column-2">{side}</div></td></tr></table></div>'
            f'<div id="footer">{foot}</div></div>')


def _sp2013article(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # SharePoint Server 2013 publishing, the stock ArticleLeft page layout in a vendor master (site regional settings left at English (United States))
    return (f'<div id="s4-workspace"><div id="s4-bodyContainer"><div id="ms-designer-ribbon"></div><div class="sp-header">{top}</div><div class="sp-topnav ms-core-listMenu-horizontalBox">{nav}</div>'
            f'<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">{left}</div><div id="contentBox" aria-live="polite" aria-relevant="all">'
            f'<div class="sp-crumb">{crumbs}</div><div id="DeltaPlaceHolderMain"><div class="row"><div class="col-md-8">{main}</div><div class="col-md-4 sp-right">{side}</div></div>{below}</div></div></div>'
            f'<div class="sp-footer">{foot}</div></div></div>')


def _dnn10oc(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # DNN Platform 10, a vendor's Bootstrap 5 skin, the OpenContent module (Satrabel) with a Handlebars detail template
    return (f'<div id="siteWrapper" class="{prefix}-skin"><header class="skin-header"><div class="container"><div class="skin-date">{left}</div>{top}</div>'
            f'<nav class="navbar navbar-expand-lg" id="dnnMenu"><div class="container">{nav}</div></nav></header><div class="container skin-crumb">{crumbs}</div>'
            f'<main class="container"><div class="row"><div id="dnn_ContentPane" class="ContentPane col-lg-8">{main}</div><div id="dnn_RightPane" class="RightPane col-lg-4">{side}</div></div>'
            f'<div id="dnn_BottomPane" class="BottomPane">{below}</div></main><footer id="dnn_FooterPane" class="skin-footer"><div class="container">{foot}</div></footer></div>')


def _tt21(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + Twenty Twenty-One (the default theme of 2021): one column, the widgets in the footer
    return (f'<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>'
            f'<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner">{top}<nav id="site-navigation" class="primary-navigation" role="navigation" aria-label="Menu chính"><div class="primary-menu-container">{nav}</div></nav></header>'
            f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">{crumbs}{main}</main></div></div>'
            f'<aside class="widget-area">{side}</aside>{below}<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">{foot}'
            f'<div class="powered-by">Được tạo bởi <a href="https://wordpress.example/">WordPress</a>.</div></div></footer></div>')


def _foxiz(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # WordPress + Foxiz (Theme-Ruby), the single 'standard 1' layout with a sticky right sidebar
    return (f'<div class="site-outer"><div id="site-header" class="header-wrap rb-section header-set-1 header-1 header-wrapper style-shadow"><div class="reading-indicator"><span id="reading-progress"></span></div>'
            f'<div class="navbar-wrap"><div class="rb-container edge-padding">{top}<nav id="site-navigation" class="main-menu-wrap" aria-label="main menu">{nav}</nav></div></div>{left}</div>'
            f'<div class="site-wrap"><div class="single-standard-1 is-sidebar-right sticky-sidebar"><div class="rb-container edge-padding"><div class="grid-container">'
            f'<div class="s-ct">{crumbs}{main}</div><div class="sidebar-wrap single-sidebar"><div class="sidebar-inner clearfix">{side}</div></div></div></div></div>{below}</div>'
            f'<footer class="footer-wrap rb-section left-dot"><div class="rb-container">{foot}<div class="copyright-inner">&copy; 2026 - Thiết kế trên nền Foxiz</div></div></footer></div>')


def _j15(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Joomla 1.5, a vendor's table template derived from rhuk_milkyway (com_content article view, mod_breadcrumbs 'pathway')
    return (f'<div id="page_bg"><div class="pill_m"><div id="header">{top}</div><div id="pillmenu">{nav}</div></div><div id="pathway">{crumbs}</div>'
            f'<table class="nopad" width="100%"><tr valign="top"><td width="200" id="leftcolumn">{left}</td><td id="maincolumn">{main}</td><td class="greyline">&nbsp;</td>'
            f'<td width="230" id="rightcolumn">{side}</td></tr></table>{below}<div id="footer">{foot}<p class="copyright">Powered by Joomla!. Valid XHTML and CSS.</p></div></div>')


def _j4t4(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Joomla 4, JoomlArt's T4 Framework template (t4-section rows), com_content article view with the pagebreak plugin
    return (f'<div class="t4-wrapper"><div class="t4-content"><div class="t4-content-inner"><div id="t4-header" class="t4-section t4-header"><div class="t4-section-inner container">{top}</div></div>'
            f'<div id="t4-mainnav" class="t4-section t4-mainnav"><div class="t4-section-inner container"><nav class="navbar navbar-expand-lg">{nav}</nav></div></div>'
            f'<div id="t4-breadcrumbs" class="t4-section t4-breadcrumbs"><div class="t4-section-inner container">{crumbs}</div></div>'
            f'<div id="t4-main-body" class="t4-section t4-main-body"><div class="t4-section-inner container"><div class="t4-row row"><div class="t4-col component col-md">{main}</div>'
            f'<div class="t4-col sidebar-r col-12 col-md-4">{side}</div></div></div></div>{below}<div id="t4-footer" class="t4-section t4-footer"><div class="t4-section-inner container">{foot}</div></div></div></div></div>')


def _zoo(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Joomla 3.9, a vendor's Bootstrap 3 template, the ZOO component (YOOtheme) 'blog' app, item view
    return (f'<div class="tm-page"><header class="tm-header">{top}<nav class="tm-navbar">{nav}</nav></header><div class="tm-breadcrumbs container">{crumbs}</div>'
            f'<div class="container tm-middle"><div class="row"><main class="col-md-8 tm-main"><div id="system-message-container"></div>{main}</main><aside class="col-md-4 tm-sidebar-b">{side}</aside></div>{below}</div>'
            f'<footer class="tm-footer">{foot}</footer></div>')


def _drupal11sk(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Drupal 11, a theme generated from core's Starterkit (classy-like markup), Paragraphs for pictures
    return (f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner"><div class="region region-header">{top}</div>'
            f'<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-pw-main-menu-menu" id="block-pw-main-menu">{nav}</nav></div></header>'
            f'<div class="region region-breadcrumb">{crumbs}</div><main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">{main}</div>'
            f'<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">{side}</div></aside></main>{below}'
            f'<footer role="contentinfo"><div class="region region-footer">{foot}</div></footer></div></div>')


def _wfdevex(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a local vendor's ASP.NET WebForms CMS on DevExpress ASPxperience (an ASPxCallbackPanel around the detail, ASPxPageControl tabs)
    return (f'<div id="wrapper" class="dx-portal"><div id="header">{top}</div><div id="ctl00_ASPxMenu1" class="dxmLite dxm-ltr"><div class="dxm-main dxm-horizontal">{nav}</div></div>'
            f'<div class="marquee-row">{left}</div><table class="dx-layout" width="1020" cellpadding="0" cellspacing="0" align="center"><tr>'
            f'<td valign="top" class="dx-main"><div id="ctl00_cphMain_cbpChiTiet" class="dxcpLoadingPanel_Office2010Blue dxcp">{crumbs}{main}</div></td>'
            f'<td valign="top" width="300" class="dx-right">{side}</td></tr></table>{below}<div id="footer">{foot}</div></div>')


def _press_interview(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a merged press agency's CMS, the interview detail ('Phỏng vấn' type: a portrait band, questions styled by the template)
    return (f'<div class="wrapper"><div class="top-bar"><div class="container">{left}</div></div><header class="header"><div class="container">{top}</div></header><nav class="menu-main"><div class="container">{nav}</div></nav>'
            f'<div class="container detail-page detail-interview">{crumbs}<div class="row"><div class="col-md-8 col-detail">{main}</div><aside class="col-md-4 col-rail">{side}</aside></div>{below}</div>'
            f'<footer class="footer"><div class="container">{foot}</div></footer></div>')


def _press_timeline(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # a merged press agency's CMS, the detail with a 'Dòng sự kiện' timeline box under the sapo
    return (f'<div class="wrapper"><header class="header"><div class="container">{top}</div><nav class="menu-main"><div class="container">{nav}</div></nav></header><div class="breaking">{left}</div>'
            f'<div class="container detail-page">{crumbs}<div class="row"><div class="col-lg-8">{main}</div><aside class="col-lg-4 rail">{side}</aside></div>{below}</div>'
            f'<footer class="footer"><div class="container">{foot}</div></footer></div>')


def _silverstripe(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Silverstripe CMS 5 with silverstripe/blog (a vendor theme on the 'simple' theme's markup)
    return (f'<header class="header" role="banner"><div class="inner"><div class="unit size4of4 lastUnit">{top}<nav class="primary"><span class="nav-open-button">²</span>{nav}</nav></div></div></header>'
            f'<div class="main" role="main"><div class="inner typography line"><div class="content-container unit size3of4 lastUnit">{crumbs}{main}</div>'
            f'<aside class="sidebar unit size1of4"><div class="blog-sidebar">{side}</div></aside></div>{below}</div>'
            f'<footer class="footer" role="contentinfo"><div class="inner"><div class="unit size4of4 lastUnit">{foot}<p class="powered">Trang web chạy trên nền Silverstripe CMS</p></div></div></footer>')


def _contao(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Contao 5 (a vendor's layout: header, main with mod_newsreader, right column with mod_newslist)
    return (f'<div id="wrapper"><header id="header"><div class="inside">{top}<nav class="mod_navigation block">{nav}</nav></div></header>'
            f'<div id="container"><main id="main"><div class="inside">{crumbs}{main}</div></main><aside id="right"><div class="inside">{side}</div></aside></div>{below}'
            f'<footer id="footer"><div class="inside">{foot}</div></footer></div>')


def _processwire(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # ProcessWire 3, a vendor's site profile (markup regions, UIkit 3); the stamps formatted by PHP's IntlDateFormatter
    return (f'<div id="masthead" class="pw-masthead uk-background-muted">{left}<div class="uk-container">{top}<nav class="uk-navbar-container" uk-navbar>{nav}</nav></div></div>'
            f'<div id="main" class="uk-container uk-margin-medium-top"><div class="uk-grid-large" uk-grid><div id="content" class="uk-width-expand">{crumbs}{main}</div>'
            f'<aside id="sidebar" class="uk-width-1-3@m">{side}</aside></div>{below}</div><footer class="uk-section uk-section-secondary">{foot}'
            f'<p class="uk-text-small">Xây dựng trên nền ProcessWire CMS</p></footer>')


def _haravan(rng, prefix, top, nav, crumbs, main, side, below, foot, left):  # Haravan (a Vietnamese hosted store builder, Liquid templates): the shop's blog article page
    return (f'<div class="mainWrapper--content"><header class="mainHeader"><div class="topbar">{left}</div><div class="container">{top}</div><nav class="main-nav"><div class="container">{nav}</div></nav></header>'
            f'<main class="main-index"><div class="breadcrumb-shop"><div class="container">{crumbs}</div></div><section class="wrapper-contentArticle"><div class="container"><div class="row">'
            f'<div class="col-lg-9 col-md-12 col-12 boxArticle-detail">{main}</div><div class="col-lg-3 col-md-12 col-12 sidebar-blog">{side}</div></div></div></section>{below}</main>'
            f'<footer class="mainFooter"><div class="container">{foot}<div class="copyright">Cung cấp bởi <a href="https://haravan.example/" rel="nofollow" target="_blank">Haravan</a></div></div></footer></div>')


L36 = {"nv41_dcs": _nv41_dcs, "nv45_ccb": _nv45_ccb, "lr52": _lr52, "sp2013article": _sp2013article, "dnn10oc": _dnn10oc, "tt21": _tt21,
       "foxiz": _foxiz, "j15": _j15, "j4t4": _j4t4, "zoo": _zoo, "drupal11sk": _drupal11sk, "wfdevex": _wfdevex, "press_interview": _press_interview,
       "press_timeline": _press_timeline, "silverstripe": _silverstripe, "contao": _contao, "processwire": _processwire, "haravan": _haravan}


# ------------------------------------------------------------------ set 37 layouts (each a template over the same keyword arguments; {n} is a per-page number)
def _l37(tpl):
    def f(rng, prefix, top, nav, crumbs, main, side, below, foot, left):
        return tpl.format(prefix=prefix, top=top, nav=nav, crumbs=crumbs, main=main, side=side, below=below, foot=foot, left=left,
                          n=rng.randint(100, 999))
    return f


L37 = {
    # NukeViet 4.4, VINADES' stock 'default' theme (no vendor theme: #header, #menu-site-default, the body's row with col-md-16 / col-md-8)
    "nv44_default": _l37('<div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row">{top}</div></div></header>'
                         '<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">{nav}</div></div></div></nav>'
                         '<section><div class="container" id="body"><nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18">'
                         '<div class="breadcrumbs-wrap"><div class="display">{crumbs}</div></div></div><div class="col-xs-24 col-sm-6 col-md-6 text-right">{left}</div></div></div></div></nav>'
                         '<div class="row"><div class="col-md-16">{main}</div><div class="col-md-8">{side}</div></div>{below}</div></section>'
                         '<footer id="footer"><div class="wraper"><div class="container">{foot}<p class="copyright">Powered by <a href="https://nukeviet.example/">NukeViet CMS</a></p></div></div></footer></div></div>'),
    # the '.dcs.vn' platform run on SharePoint (angiang.dcs.vn-style /Pages/newsdetail.aspx?NewsId=&CatId=), a vendor master with a left quick-launch
    "dcs_sp": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="dcs-header">{top}</div><div class="dcs-menu">{nav}</div><div class="dcs-clock">{left}</div>'
                   '<div id="ctl00_MSO_ContentDiv" class="dcs-content"><table class="dcs-layout" width="100%" cellpadding="0" cellspacing="0"><tr>'
                   '<td class="dcs-col-main" valign="top"><div class="ms-webpart-zone"><div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain"><div class="ms-WPBody" id="WebPartWPQ3">'
                   '<div class="dcs-path">{crumbs}</div>{main}</div></div></div></td><td class="dcs-col-right" valign="top" width="290">{side}</td></tr></table>{below}</div>'
                   '<div class="dcs-footer">{foot}<p>Hệ thống thông tin điện tử Đảng bộ tỉnh - dcs.vn</p></div></div></div>'),
    # Liferay Portal 6.2 EE, VNPT's portal theme, the VNPT news portlet (tintuc_WAR_vnptportalportlet) in column-1
    "lr62vnpt": _l37('<div id="wrapper" class="vnpt-portal"><header id="banner" role="banner">{top}</header><nav id="navigation" class="sort-pages modify-pages">{nav}</nav>'
                     '<div id="content"><div class="vnpt-layout-2-columns" id="main-content" role="main"><div class="portlet-layout row-fluid">'
                     '<div class="portlet-column portlet-column-first span9" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">'
                     '<div class="portlet-boundary portlet-boundary_tintuc_WAR_vnptportalportlet_ portlet-static portlet-static-end" id="p_p_id_tintuc_WAR_vnptportalportlet_INSTANCE_q{n}_">'
                     '<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">{left}</span></h2></header>'
                     '<div class="portlet-content"><div class="portlet-body">{crumbs}{main}</div></div></section></div></div></div>'
                     '<div class="portlet-column portlet-column-last span3" id="column-2"><div class="portlet-dropzone portlet-column-content">{side}</div></div></div></div>{below}</div>'
                     '<footer id="footer" role="contentinfo">{foot}<p class="powered-by">Cổng thông tin điện tử - Giải pháp VNPT</p></footer></div>'),
    # SharePoint Server 2016 publishing, the stock ArticleLinks page layout (Summary Links field beside the content) in a school's master
    "sp2016links": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="tct-top">{top}</div><div class="tct-nav">{nav}</div>'
                        '<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">{left}</div><div id="contentBox" aria-live="polite" aria-relevant="all">'
                        '<div id="DeltaPlaceHolderMain">{crumbs}{main}</div></div><div class="tct-right">{side}</div></div>{below}<div class="tct-footer">{foot}</div></div></div>'),
    # DNN Platform 8, a vendor skin, the core Announcements module (item view) in the ContentPane
    "dnn8ann": _l37('<div id="siteWrapper" class="{prefix}-skin"><div id="dnn_HeaderPane" class="HeaderPane">{top}</div><div class="dnn-clock">{left}</div><div id="dnn_NavPane">{nav}</div>'
                    '<div class="dnn-breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">{crumbs}</span></div>'
                    '<div class="row"><div id="dnn_ContentPane" class="ContentPane col-md-8"><div class="DnnModule DnnModule-DNN_Announcements DnnModule-{n}"><a name="{n}"></a>'
                    '<div class="DNNContainer_Title_h2 SpacingBottom"><h2><span id="dnn_ctr{n}_dnnTITLE_titleLabel" class="TitleH2">Thông báo</span></h2>'
                    '<div id="dnn_ctr{n}_ContentPane">{main}</div></div></div></div><div id="dnn_RightPane" class="RightPane col-md-4">{side}</div></div>'
                    '<div id="dnn_BottomPane">{below}</div><div id="dnn_FooterPane" class="FooterPane">{foot}</div></div>'),
    # WordPress + Twenty Twenty-Five (block theme: template parts, a Query Loop under the post)
    "tt25": _l37('<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignfull has-global-padding is-layout-constrained">'
                 '<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">{top}<nav class="wp-block-navigation is-responsive" aria-label="Điều hướng">{nav}</nav></div></div></header>'
                 '<main class="wp-block-group has-global-padding is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">{crumbs}{main}</main>{below}'
                 '<footer class="wp-block-template-part"><div class="wp-block-group alignfull has-global-padding is-layout-constrained"><div class="wp-block-columns alignwide">'
                 '<div class="wp-block-column">{foot}</div><div class="wp-block-column">{side}</div></div><p class="has-small-font-size">Thiết kế với <a href="https://wordpress.example/" rel="nofollow">WordPress</a></p></div></footer></div>'),
    # WordPress + SmartMag 10 (ThemeSphere), the 'modern' single layout with the right sidebar
    "smartmag": _l37('<div class="main-wrap"><div class="smart-head smart-head-a smart-head-main"><div class="smart-head-row smart-head-top">{left}</div><div class="smart-head-row smart-head-mid">{top}</div>'
                     '<div class="smart-head-row smart-head-bot"><div class="nav-wrap">{nav}</div></div></div>'
                     '<div class="main ts-contain cf right-sidebar"><div class="ts-row"><div class="col-8 main-content s-post-contain">{crumbs}{main}</div>'
                     '<aside class="col-4 main-sidebar has-sep" data-sticky="1"><div class="inner theiaStickySidebar">{side}</div></aside></div>{below}</div>'
                     '<footer class="main-footer cols-gap-lg footer-bold s-dark"><div class="wrap">{foot}</div></footer></div>'),
    # Joomla 3.10 + Helix3 (JoomShaper): sp-page-title with the menu item's heading and the crumb, the component in sp-component
    "helix3": _l37('<div class="body-innerwrapper"><section id="sp-top-bar"><div class="container"><div class="row"><div id="sp-top1" class="col-sm-6 col-md-6">{left}</div></div></div></section>'
                   '<header id="sp-header"><div class="container"><div class="row"><div id="sp-logo" class="col-xs-8 col-sm-3 col-md-3">{top}</div>'
                   '<div id="sp-menu" class="col-xs-4 col-sm-9 col-md-9"><div class="sp-column"><div class="sp-megamenu-wrapper">{nav}</div></div></div></div></div></header>'
                   '<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-sm-12 col-md-12"><div class="sp-column"><div class="sp-page-title"><div class="container">'
                   '<h2>Tin tức - Sự kiện</h2>{crumbs}</div></div></div></div></div></section>'
                   '<section id="sp-main-body"><div class="container"><div class="row"><div id="sp-component" class="col-sm-8 col-md-8"><div class="sp-column"><div id="system-message-container"></div>{main}</div></div>'
                   '<div id="sp-right" class="col-sm-4 col-md-4"><div class="sp-column class2">{side}</div></div></div></div></section>{below}'
                   '<footer id="sp-footer"><div class="container"><div class="row"><div id="sp-footer1" class="col-sm-12 col-md-12"><div class="sp-column">{foot}</div></div></div></div></footer></div>'),
    # Drupal 8, a Bootstrap Barrio 4 sub-theme (regions: header, primary_menu, breadcrumb, content, sidebar_second)
    "barrio": _l37('<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"><div id="page"><header id="header" class="header" role="banner" aria-label="Site header">'
                   '<nav class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main">{top}<div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar">{nav}</div></nav></header>'
                   '<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="container"><div class="row row-offcanvas row-offcanvas-left clearfix">'
                   '<div id="block-{prefix}-breadcrumbs" class="block block-system block-system-breadcrumb-block">{crumbs}</div>'
                   '<main class="main-content col" id="content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>{main}</section></main>'
                   '<div class="sidebar_second sidebar col-md-3 order-last" id="sidebar_second"><aside class="section" role="complementary">{side}</aside></div></div></div></div>{below}'
                   '<footer class="site-footer"><div class="container"><div class="site-footer__top clearfix">{foot}</div></div></footer></div></div></div>'),
    # a local vendor's ASP.NET WebForms CMS: a MultiView (mvTinTuc) whose View_ChiTiet holds the item, repeaters in the right column
    "wfmultiview": _l37('<div id="wrapper"><div id="header">{top}</div><div id="menu">{nav}</div><div class="clock-bar">{left}</div>'
                        '<div id="main"><div class="col-left"><div id="ctl00_cphContent_pnlPath" class="path">{crumbs}</div><div id="ctl00_cphContent_mvTinTuc">{main}</div></div>'
                        '<div class="col-right">{side}</div><div class="clear"></div></div>{below}<div id="footer">{foot}</div></div>'),
    # a merged press agency's CMS, the PHOTO REPORT template ('Ảnh' type: full-width pictures, a dark band)
    "press_photo": _l37('<div class="site-wrap photo-type"><header class="site-header"><div class="topbar"><div class="container">{left}</div></div><div class="container header-mid">{top}</div>'
                        '<nav class="main-menu"><div class="container">{nav}</div></nav></header><main class="photo-detail-wrap"><div class="container">{crumbs}</div>{main}'
                        '<div class="container"><div class="row"><div class="col-lg-8">{below}</div><div class="col-lg-4">{side}</div></div></div></main>'
                        '<footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.5, the news module's PRINT view (/news/print/<alias>-<id>.html: the print template, no menu, no columns)
    "nv_print": _l37('<div id="print"><div id="hd_print"><h2>{left}</h2><h2 class="url">https://tuyengiao.ninhbinh.gov.vn</h2></div><div id="content">{main}</div>'
                     '<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="#" title="url">{crumbs}</a></div>'
                     '<div class="clear"></div><div class="copyright">&copy; Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình</div>'
                     '<div id="contact"><a href="mailto:btgdv@ninhbinh.example">btgdv@ninhbinh.example</a></div></div></div>'),
    # XOOPS 2.5, a vendor theme on xBootstrap, the News module's article view (article.php?storyid=)
    "xoops": _l37('<div id="xo-wrapper" class="container"><header class="xo-header">{top}</header><div class="navbar navbar-default xo-navbar">{nav}</div>'
                  '<div class="row"><div id="xo-content" class="col-md-9"><div class="xo-blocks">{crumbs}</div><div id="xo-module-news">{main}</div></div>'
                  '<div class="col-md-3 xo-blockright">{side}</div></div>{below}<footer class="xo-footer">{foot}<p>Powered by XOOPS &copy; 2001-2026 <a href="https://xoops.example/">The XOOPS Project</a></p></footer></div>'),
    # OpenCms 17, the Mercury template (a vendor's colour theme; area-wide / area-content / area-side)
    "opencms": _l37('<div class="mercury-page"><div id="mercury-page"><header class="area-header fh header-notfixed lp-l ls-0">{top}<div class="nav-main-container">{nav}</div></header>'
                    '<main class="area-content area-side-right"><div class="container"><div class="row"><div class="col-lg-8 area-main">{crumbs}{main}</div>'
                    '<aside class="col-lg-4 area-side">{side}</aside></div>{below}</div></main><footer class="area-foot"><div class="container">{foot}</div></footer></div></div>'),
    # dotCMS 23 (Velocity themes: a vendor theme 'dcs-theme', containers rendered into the template's rows)
    "dotcms": _l37('<div class="dot-page"><header class="site-header">{left}{top}<nav class="site-nav">{nav}</nav></header><div class="container main-container">'
                   '<div class="row"><div class="col-md-8" data-dot-object="container" data-dot-identifier="{prefix}-{n}">{crumbs}{main}</div>'
                   '<div class="col-md-4 sidebar" data-dot-object="container">{side}</div></div>{below}</div><footer class="site-footer">{foot}</footer></div>'),
    # Bolt CMS 5 (Symfony 6, a vendor theme derived from 'base-2021'), the 'entries' content type's record template
    "bolt": _l37('<div class="site"><header class="site-header"><div class="wrap">{top}</div><nav class="menu-main"><div class="wrap">{nav}</div></nav></header>'
                 '<main class="wrap layout-record"><div class="grid"><div class="grid-main">{crumbs}{main}</div><aside class="grid-aside">{side}</aside></div>{below}</main>'
                 '<footer class="site-footer"><div class="wrap">{foot}<p class="built-with">Xây dựng bằng Bolt CMS</p></div></footer></div>'),
    # Sulu 2.5 (Symfony; a vendor's Twig templates, the article bundle's default view)
    "sulu": _l37('<div class="page"><header class="header">{left}<div class="header__inner">{top}</div><nav class="navigation">{nav}</nav></header>'
                 '<main class="main"><div class="container"><div class="main__grid"><section class="main__content">{crumbs}{main}</section>'
                 '<aside class="main__aside">{side}</aside></div>{below}</div></main><footer class="footer"><div class="container">{foot}</div></footer></div>'),
    # Web4s (a Vietnamese hosted website builder), its blog article page with the theme's 'Xem thêm' expander over the text
    "web4s": _l37('<div id="wrapper-page"><header id="header"><div class="header-top"><div class="container">{left}</div></div><div class="header-middle"><div class="container">{top}</div></div>'
                  '<div class="header-bottom"><div class="container">{nav}</div></div></header><div class="breadcrumbs-section"><div class="container">{crumbs}</div></div>'
                  '<div class="container"><div class="row"><div class="col-lg-9 col-12" nh-row="article-detail">{main}</div><div class="col-lg-3 col-12" nh-row="sidebar">{side}</div></div>{below}</div>'
                  '<footer id="footer"><div class="container">{foot}<div class="copyright">Thiết kế website bởi <a href="https://web4s.example/" rel="nofollow">Web4s</a></div></div></footer></div>'),
}


# ------------------------------------------------------------------ set 38 layouts (templates over the same keyword arguments, built with set 37's _l37; {n} is a per-page number)
L38 = {
    # NukeViet 5.0 (2025 major version), VINADES' new 'default' theme (Bootstrap 5: .nv-wrapper, .nv-body, col-lg-8 / col-lg-4)
    "nv50_default": _l37('<div class="nv-wrapper"><header class="nv-header"><div class="container">{top}</div></header><nav class="nv-mainnav navbar navbar-expand-lg"><div class="container">{nav}</div></nav>'
                         '<div class="nv-breadcrumb"><div class="container d-flex justify-content-between">{crumbs}<span class="nv-clock">{left}</span></div></div>'
                         '<main class="nv-body"><div class="container"><div class="row"><div class="col-lg-8" id="nv-module-news">{main}</div><div class="col-lg-4 nv-right">{side}</div></div>{below}</div></main>'
                         '<footer class="nv-footer"><div class="container">{foot}<p class="powered">Vận hành bởi NukeViet 5</p></div></footer></div>'),
    # Liferay Portal CE 7.0, VNPT's portal theme and its news portlet ported to OSGi (vnpt-news-detail-web) in column-1
    "lr70vnpt": _l37('<div class="container-fluid" id="wrapper"><header id="banner">{top}</header><nav id="navigation" class="navbar site-navigation">{nav}</nav>'
                     '<section id="content"><div class="vnpt-2-col" id="main-content"><div class="portlet-layout row"><div class="col-md-9 portlet-column portlet-column-first" id="column-1">'
                     '<div class="portlet-dropzone portlet-column-content" id="layout-column_column-1"><div class="portlet-boundary portlet-boundary_vnptnewsdetail_" id="p_p_id_vnptnewsdetail_INSTANCE_x{n}_">'
                     '<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">{left}</h2><div class="portlet-body">{crumbs}{main}</div></div></section></div></div></div>'
                     '<div class="col-md-3 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer">{foot}<p>Phát triển bởi VNPT</p></footer></div>'),
    # Liferay Portal 6.1 EE, a Viettel-built theme and news portlet (vtnewsportlet_WAR_vtportalportlet), table-free columns-2
    "lr61viettel": _l37('<div id="wrapper" class="vt-portal"><div id="vt-header">{top}</div><div id="navigation" class="vt-nav">{nav}</div><div class="vt-date">{left}</div>'
                        '<div id="content"><div class="columns-2" id="main-content"><table class="portlet-layout"><tr><td class="aui-w70 portlet-column portlet-column-first" id="column-1">'
                        '<div class="portlet-boundary portlet-boundary_vtnewsportlet_WAR_vtportalportlet_" id="p_p_id_vtnewsportlet_WAR_vtportalportlet_INSTANCE_{n}_"><div class="portlet-body">{crumbs}{main}</div></div></td>'
                        '<td class="aui-w30 portlet-column portlet-column-last" id="column-2">{side}</td></tr></table></div>{below}</div><div id="footer">{foot}<p>Giải pháp cổng thông tin Viettel</p></div></div>'),
    # SharePoint Server 2019 publishing, the stock ArticleRight page layout ('Image on right'), a vendor master
    "sp2019right": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="dk-top">{top}</div><div class="dk-nav">{nav}</div><div id="contentRow">'
                        '<div id="sideNavBox" class="ms-dialogHidden">{left}</div><div id="contentBox"><div id="DeltaPlaceHolderMain">{crumbs}{main}</div></div><div class="dk-right">{side}</div></div>'
                        '{below}<div class="dk-footer">{foot}</div></div></div>'),
    # DNN Platform 9.11, a vendor skin, EasyDNNnews 11 with an EVENT-type article (event date / place fields above the text)
    "dnn9event": _l37('<div id="siteWrapper" class="{prefix}-skin"><div id="dnn_HeaderPane">{top}</div><div id="dnn_MenuPane">{nav}</div><div class="{prefix}-crumb">{crumbs}</div>'
                      '<div class="container"><div class="row"><div id="dnn_ContentPane" class="col-md-8 ContentPane"><div class="DnnModule DnnModule-EasyDNNnews DnnModule-{n}"><div class="eds_news_module_{n} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Event">'
                      '{main}</div></div></div><div id="dnn_RightPane" class="col-md-4 RightPane">{side}</div></div></div><div id="dnn_BottomPane">{below}</div><div id="dnn_FooterPane">{left}{foot}</div></div>'),
    # WordPress + Twenty Twenty (the default theme of 2020): centred single column, the categories above the h1, widgets in the footer
    "tt20": _l37('<header id="site-header" class="header-footer-group"><div class="header-inner section-inner"><div class="header-titles-wrapper">{top}</div>'
                 '<div class="header-navigation-wrapper"><nav class="primary-menu-wrapper" aria-label="Horizontal">{nav}</nav></div></div></header>'
                 '<main id="site-content">{crumbs}{main}</main>{below}<div class="footer-nav-widgets-wrapper header-footer-group"><div class="footer-inner section-inner"><aside class="footer-widgets-outer-wrapper">{side}</aside></div></div>'
                 '<footer id="site-footer" class="header-footer-group"><div class="section-inner">{foot}{left}<p class="powered-by-wordpress"><a href="https://wordpress.example/">Vận hành bởi WordPress</a></p></div></footer>'),
    # WordPress + Newsup (Themeansar), the single post with the right sidebar and the 'mg-' blocks
    "newsup": _l37('<div id="page" class="site"><div class="wrapper"><header class="mg-headwidget"><div class="mg-head-detail hidden-xs"><div class="container-fluid">{left}</div></div>'
                   '<div class="clearfix"></div><div class="mg-nav-widget-area-back"><div class="container">{top}</div></div><div class="mg-menu-full"><nav class="navbar navbar-expand-lg navbar-wp"><div class="container-fluid">{nav}</div></nav></div></header>'
                   '<main id="content"><div class="container-fluid"><div class="row"><div class="col-md-9">{crumbs}{main}</div><aside class="col-md-3"><div id="sidebar-right" class="mg-sidebar">{side}</div></aside></div>{below}</div></main>'
                   '<footer class="footer back-img"><div class="overlay"><div class="mg-footer-widget-area"><div class="container-fluid">{foot}</div></div></div></footer></div></div>'),
    # Joomla 3.9, JoomlaShine's JSN Epic template (jsn-master, jsn-pos-* positions), com_content article view
    "jsn": _l37('<div id="jsn-master"><div id="jsn-page"><div id="jsn-header"><div id="jsn-logo">{top}</div><div id="jsn-headerright">{left}</div></div>'
                '<div id="jsn-menu"><div id="jsn-pos-mainmenu">{nav}</div></div><div id="jsn-body"><div id="jsn-content"><div id="jsn-maincontent"><div id="jsn-pos-breadcrumbs">{crumbs}</div>'
                '<div id="jsn-mainbody-content"><div id="jsn-mainbody">{main}</div></div></div><div id="jsn-rightsidecontent"><div id="jsn-pos-right">{side}</div></div></div></div>'
                '{below}<div id="jsn-footer"><div id="jsn-pos-footer">{foot}</div></div></div></div>'),
    # Drupal 9, the Varbase 9 distribution (Vartheme BS4), an article node full view
    "varbase": _l37('<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><header role="banner" class="header"><div class="container">{top}</div>'
                    '<nav class="navbar navbar-expand-lg vartheme-nav">{nav}</nav></header><div class="container"><div class="region region-breadcrumb">{crumbs}</div>'
                    '<div class="row"><main role="main" class="col-md-8 main-content"><a id="main-content" tabindex="-1"></a><div class="region region-content">{main}</div></main>'
                    '<aside class="col-md-4 sidebar" role="complementary"><div class="region region-sidebar-second">{side}</div></aside></div>{below}</div>'
                    '<footer role="contentinfo" class="footer"><div class="container">{foot}{left}</div></footer></div></div>'),
    # a local vendor's ASP.NET WebForms CMS: the detail is a Repeater (rptChiTiet) bound to one row inside a user control loaded into cphMain
    "wfrepeater": _l37('<div id="container"><div id="header">{top}</div><div id="topmenu">{nav}</div><div id="datetime">{left}</div><div id="body">'
                       '<div id="ctl00_cphMain_pnlContent" class="content-left"><div class="sitemap">{crumbs}</div><div id="ctl00_cphMain_ctl00_pnlChiTiet">{main}</div></div>'
                       '<div class="content-right">{side}</div><div class="clear"></div></div>{below}<div id="footer">{foot}</div></div>'),
    # the '.dcs.vn' platform's news detail with the 'Thuộc tính văn bản' panel (an item publishing a decision: /tin-tuc/<id>/<slug>.html)
    "dcs_doc": _l37('<div class="wrapper"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                    '<div class="row"><div class="col-md-8 content-main">{crumbs}{main}</div><div class="col-md-4 sidebar">{side}</div></div>{below}</div>'
                    '<div class="footer"><div class="container">{foot}<p class="platform">Hệ thống thông tin điện tử Đảng bộ tỉnh</p></div></div></div>'),
    # a merged provincial press agency's CMS, the standard detail with a correction note ('Đính chính') kept above the sapo
    "press_fix": _l37('<div class="site-wrap"><div class="topbar"><div class="container">{left}</div></div><header class="site-header"><div class="container">{top}</div></header>'
                      '<nav class="main-menu"><div class="container">{nav}</div></nav><div class="container"><div class="row"><div class="col-lg-8 detail-col">{crumbs}{main}</div>'
                      '<div class="col-lg-4 aside-col">{side}</div></div>{below}</div><footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
    # Mambo 4.6 (Joomla's ancestor), never migrated: table layout, the 'contentheading' / 'createdate' / 'modifydate' cells, mosPathway
    "mambo": _l37('<table width="960" border="0" cellpadding="0" cellspacing="0" align="center" class="main"><tr><td colspan="3" class="header">{top}</td></tr>'
                  '<tr><td colspan="3" class="topmenu">{nav}</td></tr><tr><td colspan="3" class="pathway-row">{crumbs}</td></tr><tr><td width="190" valign="top" class="left">{left}</td>'
                  '<td valign="top" class="mainbody">{main}</td><td width="200" valign="top" class="right">{side}</td></tr><tr><td colspan="3">{below}</td></tr>'
                  '<tr><td colspan="3" class="footer">{foot}<div align="center">Mambo là phần mềm miễn phí phát hành theo giấy phép GNU/GPL.</div></td></tr></table>'),
    # Botble CMS 7 (Laravel), a vendor's theme on the Blog plugin: the post page with the theme's 'page-intro' band
    "botble": _l37('<div id="app"><header class="header header--sticky"><div class="header__top"><div class="container">{left}</div></div><div class="header__main"><div class="container">{top}</div></div>'
                   '<nav class="navigation--main"><div class="container">{nav}</div></nav></header><section class="page-intro"><div class="container">{crumbs}</div></section>'
                   '<section class="section pt-50 pb-100"><div class="container"><div class="row"><div class="col-lg-9">{main}</div><div class="col-lg-3"><aside class="page-sidebar">{side}</aside></div></div>{below}</div></section>'
                   '<footer class="page-footer"><div class="container">{foot}</div></footer></div>'),
    # eXo Platform 6 (Java, Vue front end server-rendered by the portal), the News application's article view in a portal site
    "exo": _l37('<div id="UIPortalApplication" class="UIPortalApplication"><div class="UITopBarContainer">{left}</div><div class="site-header">{top}</div><div class="site-menu">{nav}</div>'
                '<div class="UIPageBody" id="UIPageBody"><div class="UIRowContainer"><div class="UIColumnContainer"><div class="col-main" id="UIPortlet-news-{n}"><div class="newsDetails v-application">{crumbs}{main}</div></div>'
                '<div class="col-side">{side}</div></div></div>{below}</div><div class="site-footer">{foot}</div></div>'),
    # Backdrop CMS 1.28 (the Drupal 7 fork), the Basis theme with a vendor sub-theme, the 'Moscone' layout
    "backdrop": _l37('<div class="layout--moscone layout"><div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>'
                     '<header class="l-header" role="banner"><div class="l-header-inner container">{top}<nav class="block block-system-main-menu">{nav}</nav></div></header>'
                     '<div class="l-wrapper"><div class="l-wrapper-inner container"><div class="l-top">{crumbs}</div><div class="l-middle row"><main class="l-content col-md-9" role="main" aria-label="Nội dung chính"><a id="main-content"></a>{main}</main>'
                     '<div class="l-sidebar col-md-3">{side}</div></div><div class="l-bottom">{below}</div></div></div><footer class="l-footer"><div class="l-footer-inner container">{foot}{left}</div></footer></div>'),
    # Piranha CMS 11 (ASP.NET Core), a vendor's Razor theme on the blog archive's post page
    "piranha": _l37('<header class="site-header"><div class="container">{top}</div><nav class="navbar navbar-expand-md"><div class="container">{nav}</div></nav></header>'
                    '<main><div class="container">{crumbs}<div class="row"><div class="col-lg-8">{main}</div><div class="col-lg-4">{side}</div></div>{below}</div></main>'
                    '<footer class="site-footer"><div class="container">{foot}{left}<p class="small">Xây dựng trên Piranha CMS</p></div></footer>'),
    # Ibexa DXP 4.6 (the eZ Platform line, Symfony + Twig), a vendor's site access, the 'article' content type's full view
    "ibexa": _l37('<div class="ibexa-site"><header class="site-header">{left}<div class="container">{top}</div><nav class="main-nav"><div class="container">{nav}</div></nav></header>'
                  '<div class="container"><div class="breadcrumbs-wrap">{crumbs}</div><div class="row"><div class="col-md-8 ez-content-view-full ez-content-view-article">{main}</div>'
                  '<div class="col-md-4">{side}</div></div>{below}</div><footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
}


# ------------------------------------------------------------------ set 39 layouts (templates over the same keyword arguments, built with set 37's _l37; {n} is a per-page number)
L39 = {
    # NukeViet 4.5, a provincial vendor's Ban Tuyên giáo theme with a text-to-speech ('Nghe đọc bài viết') player block over the text
    "nv45_tts": _l37('<div id="wrapper" class="btg-theme"><header id="header"><div class="container">{top}</div></header><nav id="menusite" class="btg-menu"><div class="container">{nav}</div></nav>'
                     '<div class="container"><div class="btg-bar"><div class="btg-crumb">{crumbs}</div><div class="btg-date">{left}</div></div><div class="row">'
                     '<div class="col-sm-16 col-md-17"><div id="module-news" class="module-news">{main}</div></div><div class="col-sm-8 col-md-7 btg-right">{side}</div></div>{below}</div>'
                     '<footer id="footer" class="btg-footer"><div class="container">{foot}</div></footer></div>'),
    # Liferay DXP 7.2, a vendor theme (Clay 2), EcoIT's CMS portlet ported to 7.2 (CmsViewChiTietTin_WAR_CmsViewEcoITportlet) in column-1
    "lr72ecoit": _l37('<div class="d-flex flex-column min-vh-100" id="wrapper"><header id="banner">{top}<nav class="navbar navbar-expand-md site-navigation">{nav}</nav></header>'
                      '<section id="content"><div class="ecoit-2cols" id="main-content"><div class="row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                      '<div class="portlet-dropzone portlet-column-content" id="layout-column_column-1"><div class="portlet-boundary portlet-boundary_CmsViewChiTietTin_WAR_CmsViewEcoITportlet_" id="p_p_id_CmsViewChiTietTin_WAR_CmsViewEcoITportlet_INSTANCE_e{n}_">'
                      '<div class="portlet-body">{crumbs}{main}</div></div></div></div><div class="col-md-4 portlet-column portlet-column-last" id="column-2">{left}{side}</div></div></div>{below}</section>'
                      '<footer id="footer" role="contentinfo">{foot}</footer></div>'),
    # SharePoint Server 2013 publishing, the stock 'Body only' page layout (BodyOnly.aspx: PageContent only, the title and date in the vendor's master)
    "sp2013bodyonly": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="vp-top">{top}</div><div class="vp-nav">{nav}</div><div class="vp-date">{left}</div>'
                           '<div id="contentRow"><div id="contentBox" aria-live="polite"><div id="DeltaPlaceHolderMain"><div class="vp-path">{crumbs}</div>{main}</div></div>'
                           '<div class="vp-right">{side}</div></div>{below}<div class="vp-footer">{foot}</div></div></div>'),
    # DNN Evoq Content 9 (the commercial DNN), Structured Content: a 'Tin bài' content type rendered by a visualizer in the ContentPane
    "evoq": _l37('<div id="siteWrapper" class="{prefix}-skin evoq"><div id="dnn_HeaderPane">{top}</div><nav id="dnn_MainNav">{nav}</nav><div class="{prefix}-crumb">{crumbs}</div>'
                 '<div class="container"><div class="row"><div id="dnn_ContentPane" class="col-md-8 ContentPane"><div class="DnnModule DnnModule-StructuredContentVisualizer DnnModule-{n}">'
                 '<div class="DNNContainer_noTitle"><div id="dnn_ctr{n}_ContentPane"><div class="sc-visualizer" data-content-type="tin-bai">{main}</div></div></div></div></div>'
                 '<div id="dnn_RightPane" class="col-md-4 RightPane">{left}{side}</div></div></div><div id="dnn_BottomPane">{below}</div><div id="dnn_FooterPane">{foot}</div></div>'),
    # WordPress + Zakra (ThemeGrill), the single post with the page header band (title + breadcrumb trail) and the right sidebar
    "zakra": _l37('<div id="page" class="site tg-site"><header id="masthead" class="site-header tg-site-header"><div class="tg-site-header-top">{left}</div><div class="tg-site-header-bottom"><div class="tg-container">{top}<nav id="zak-primary-nav" class="zak-primary-nav">{nav}</nav></div></div></header>'
                  '<div class="zak-page-header zak-style-1"><div class="zak-container">{crumbs}</div></div><main id="main" class="site-main"><div class="zak-container"><div class="zak-row">'
                  '<div id="primary" class="content-area">{main}</div><aside id="secondary" class="widget-area zak-sidebar">{side}</aside></div>{below}</div></main>'
                  '<footer id="colophon" class="site-footer"><div class="zak-container">{foot}</div></footer></div>'),
    # WordPress + Neve (Themeisle), the single post 'nv-single-post-wrap' with the meta list under the title
    "neve": _l37('<div class="wrapper"><header class="header" role="banner"><div class="hfg_header site-header"><div class="header-top">{left}</div><div class="header-main"><div class="container">{top}<div class="nv-nav-wrap">{nav}</div></div></div></div></header>'
                 '<main id="content" class="neve-main" role="main"><div class="container single-post-container"><div class="row"><article class="nv-single-post-wrap col">{crumbs}{main}</article>'
                 '<div class="nv-sidebar-wrap col-sm-12 nv-right blog-sidebar">{side}</div></div>{below}</div></main>'
                 '<footer class="site-footer" id="site-footer"><div class="hfg_footer"><div class="container">{foot}</div></div></footer></div>'),
    # Joomla 3.8, a GavickPro template ('News Pro' family: gkPage, gkMainbody, gkSidebar), com_content article view
    "gavick": _l37('<div id="gkBg"><header id="gkHeader"><div class="gkPage"><div id="gkHeaderNav">{top}{nav}</div><div id="gkTopBar">{left}</div></div></header>'
                   '<div id="gkBreadcrumb"><div class="gkPage">{crumbs}</div></div><div class="gkPage"><div id="gkPageContent"><section id="gkContent"><div id="gkContentWrap">'
                   '<section id="gkMainbody">{main}</section></div></section><aside id="gkSidebar">{side}</aside></div>{below}</div>'
                   '<footer id="gkFooter"><div class="gkPage">{foot}</div></footer></div>'),
    # Drupal 7, an Omega 4 sub-theme (l-page, l-header, l-region--*), an article node full view
    "omega4": _l37('<div class="l-page"><header class="l-header" role="banner"><div class="l-branding">{top}</div><div class="l-region l-region--navigation">{nav}</div></header>'
                   '<div class="l-main"><div class="l-content" role="main"><div class="l-region l-region--highlighted">{left}</div>{crumbs}<a id="main-content"></a>{main}</div>'
                   '<aside class="l-region l-region--sidebar-second">{side}</aside></div>{below}<footer class="l-footer" role="contentinfo"><div class="l-region l-region--footer">{foot}</div></footer></div>'),
    # a local vendor's ASP.NET WebForms CMS whose detail is a DetailsView (dvChiTiet): one table, one row per field (headline, date, summary, text, writer)
    "wfdetailsview": _l37('<div id="wrap"><div id="header">{top}</div><div id="nav">{nav}</div><div id="today">{left}</div><div id="content">'
                          '<div id="ctl00_ContentPlaceHolder1_pnlLeft" class="left-col"><div class="duongdan">{crumbs}</div>{main}</div>'
                          '<div class="right-col">{side}</div><div class="clear"></div></div>{below}<div id="footer">{foot}</div></div>'),
    # the '.dcs.vn' platform's Q&A section ('Hỏi - Đáp nghiệp vụ công tác đảng', /hoi-dap/<id>/<slug>.html)
    "dcs_qa": _l37('<div class="wrapper"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                   '<div class="row"><div class="col-md-8 content-main hoidap-detail">{crumbs}{main}</div><div class="col-md-4 sidebar">{side}</div></div>{below}</div>'
                   '<div class="footer"><div class="container">{foot}<p class="platform">Hệ thống thông tin điện tử Đảng bộ tỉnh</p></div></div></div>'),
    # a merged press agency's CMS, the PRINT PREVIEW window (/print/<id>.html: masthead, the item, the address line; no menu)
    "press_print": _l37('<div class="print-page"><div class="print-head">{top}<a href="javascript:window.print()" class="btn-print">In trang</a></div>'
                        '<div class="print-body">{crumbs}{main}</div><div class="print-foot">{left}{foot}</div><div class="print-hidden" style="display:none">{nav}{side}{below}</div></div>'),
    # a province's shared ASP.NET Core portal platform, a commune sub-site (/xa-<name>/tin-tuc/<slug>-<id>.html), a Bootstrap 5 vendor theme with a phone-first header
    "commune_core": _l37('<div class="portal-sub"><header class="sub-header"><div class="container">{top}</div></header><nav class="sub-nav navbar navbar-expand-lg"><div class="container">{nav}</div></nav>'
                         '<main class="container sub-main"><div class="sub-crumb">{crumbs}</div><div class="row"><div class="col-lg-8 sub-content">{main}</div><div class="col-lg-4 sub-side">{side}</div></div>{below}</main>'
                         '<footer class="sub-footer"><div class="container">{foot}{left}</div></footer></div>'),
    # Jahia 8 (Java DX platform), a vendor's template set: a 'news' content type's full view in the page's main area
    "jahia": _l37('<div class="jahia-page"><header class="site-header"><div class="container">{top}</div><nav class="navbar jnt-navBar">{nav}</nav></header>'
                  '<div class="container"><div class="jnt-breadcrumb">{crumbs}</div><div class="row"><div class="col-md-8 jnt-main" id="jahia-area-main">{main}</div>'
                  '<div class="col-md-4 jnt-side" id="jahia-area-side">{left}{side}</div></div>{below}</div><footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
    # ExpressionEngine 7, a vendor's templates (channel 'tin_tuc', the entry template), Bootstrap 4
    "ee7": _l37('<div class="ee-site"><header class="site-head"><div class="container">{top}</div><nav class="site-nav"><div class="container">{nav}</div></nav></header>'
                '<div class="container"><div class="crumbs">{crumbs}</div><div class="row"><main class="col-md-8 entry-main">{main}</main><aside class="col-md-4 entry-side">{side}</aside></div>{below}</div>'
                '<footer class="site-foot"><div class="container">{foot}{left}</div></footer></div>'),
    # Kirby 4 (flat-file PHP CMS), a vendor's snippets: header, the 'article' template, a sidebar snippet
    "kirby": _l37('<header class="header"><div class="container">{top}<nav class="menu">{nav}</nav></div></header><main class="main"><div class="container">{crumbs}'
                  '<div class="grid"><div class="column" style="--columns: 8">{main}</div><aside class="column" style="--columns: 4">{side}</aside></div>{below}</div></main>'
                  '<footer class="footer"><div class="container">{foot}{left}</div></footer>'),
    # a saved Zalo Official Account article page (the OA's 'Bài viết' reader view: one column, the OA card above, the follow bar below)
    "zalo_oa": _l37('<div id="app" class="article-page"><div class="oa-bar">{top}</div><div class="article-wrap">{crumbs}{main}</div><div class="oa-follow">{left}</div>'
                    '<div class="article-more">{side}{below}</div><div class="zalo-foot">{foot}</div><div class="hidden-nav" hidden>{nav}</div></div>'),
    # Nhanh.vn (a Vietnamese hosted store builder), a cooperative's shop theme: the 'Tin tức' article page
    "nhanh": _l37('<div class="nh-wrapper"><header class="nh-header"><div class="nh-topbar">{left}</div><div class="container">{top}</div><nav class="nh-menu"><div class="container">{nav}</div></nav></header>'
                  '<div class="nh-breadcrumb"><div class="container">{crumbs}</div></div><section class="nh-news-detail"><div class="container"><div class="row"><div class="col-md-9">{main}</div>'
                  '<div class="col-md-3 nh-sidebar">{side}</div></div>{below}</div></section><footer class="nh-footer"><div class="container">{foot}<p>Website bán hàng tạo bởi Nhanh.vn</p></div></footer></div>'),
    # Textpattern 4.8 (PHP), a vendor's page template 'default' with the 'article' form, one sidebar
    "textpattern": _l37('<div class="wrapper"><header class="site-header">{top}</header><nav class="site-navigation">{nav}</nav><div class="container"><div class="crumbs">{crumbs}</div>'
                        '<main class="main-content" itemscope itemtype="https://schema.org/Blog">{main}</main><aside class="complementary-content">{side}</aside>{below}</div>'
                        '<footer class="site-footer">{foot}{left}<p>Vận hành bởi Textpattern CMS</p></footer></div>'),
}


# ------------------------------------------------------------------ set 40 layouts (templates over the same keyword arguments, built with set 37's _l37; {n} is a per-page number)
L40 = {
    # NukeViet 5.0, a provincial vendor's Ban Tuyên giáo theme ported from 4.5 to 5.0's Bootstrap 5 base (.nv-wrapper kept, a 'Lịch công tác' column)
    "nv50_vendor": _l37('<div class="nv-wrapper btg5"><div class="btg5-topbar"><div class="container">{left}</div></div><header class="nv-header btg5-header"><div class="container">{top}</div></header>'
                        '<nav class="nv-mainnav navbar navbar-expand-lg btg5-menu"><div class="container">{nav}</div></nav><div class="nv-body"><div class="container"><div class="btg5-crumb">{crumbs}</div>'
                        '<div class="row"><div class="col-lg-8"><div class="module-news nv-module-{n}">{main}</div></div><div class="col-lg-4 btg5-right">{side}</div></div>{below}</div></div>'
                        '<footer class="nv-footer btg5-footer"><div class="container">{foot}<p class="nv-powered">Hệ thống NukeViet 5</p></div></footer></div>'),
    # Liferay CE 7.1 GA4, a vendor theme, the Web Content Display portlet (com_liferay_journal_content_web_portlet_JournalContentPortlet) with a vendor FreeMarker template, an Asset Publisher below
    "lr71wcd": _l37('<div class="container-fluid" id="wrapper"><header id="banner" role="banner"><div class="vt-top">{left}</div><div id="heading">{top}</div><nav class="navbar site-navigation" id="navigation" role="navigation">{nav}</nav></header>'
                    '<section id="content"><div class="columns-2-70-30" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                    '<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{crumbs}'
                    '<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-static-end portlet-decorate portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_wc{n}_">'
                    '<span id="p_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_wc{n}"></span><section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_wc{n}">{main}</section></div>{below}</div></div>'
                    '<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{side}</div></div></div></div></section>'
                    '<footer id="footer" role="contentinfo">{foot}<p class="powered-by">Powered By Liferay</p></footer></div>'),
    # SharePoint Server 2013, cross-site publishing: a catalog item page (CatalogItem-<list>.aspx) built from Catalog-Item Reuse web parts, term-driven navigation
    "sp2013xsp": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="ubnd-top">{top}</div><div class="ubnd-nav" id="DeltaTopNavigation">{nav}</div><div class="ubnd-today">{left}</div>'
                      '<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">{side}</div><div id="contentBox" aria-live="polite" aria-relevant="all">'
                      '<div id="DeltaPlaceHolderMain"><div class="ubnd-path">{crumbs}</div><div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ{n}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">'
                      '<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-WPBody noindex" id="WebPartWPQ{n}">{main}</div></div></div></div></div></div></div>'
                      '{below}<div class="ubnd-footer">{foot}</div></div></div>'),
    # DNN Platform 7.4, a vendor skin, the core Form and List module (formerly User Defined Table) in its XSL 'single record' detail view
    "dnn7udt": _l37('<div id="dnn_wrapper" class="{prefix}-skin"><div class="{prefix}-head"><div id="dnn_HeaderPane">{top}</div><div class="{prefix}-login">{left}</div></div><div id="dnn_MenuPane" class="{prefix}-menu">{nav}</div>'
                    '<div class="{prefix}-breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb">{crumbs}</span></div><table class="{prefix}-layout" width="100%" cellpadding="0" cellspacing="0"><tr>'
                    '<td id="dnn_ContentPane" class="ContentPane" valign="top"><div class="DnnModule DnnModule-DNN_UserDefinedTable DnnModule-{n}"><a name="{n}"></a><div class="c_container c_head_grey">'
                    '<h2 class="c_title"><span id="dnn_ctr{n}_dnnTITLE_titleLabel" class="TitleHead">Tin hoạt động</span></h2><div id="dnn_ctr{n}_ContentPane" class="c_contentpane">'
                    '<div id="dnn_ctr{n}_ModuleContent" class="DNNModuleContent ModDNNUserDefinedTableC">{main}</div></div></div></div></td>'
                    '<td id="dnn_RightPane" class="RightPane" valign="top" width="280">{side}</td></tr></table><div id="dnn_BottomPane">{below}</div><div id="dnn_FooterPane" class="{prefix}-footer">{foot}</div></div>'),
    # WordPress + Twenty Nineteen (the default theme of 2019): one column, the entry footer with 'Được đăng trong', the widgets in the footer
    "tt19": _l37('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a><header id="masthead" class="site-header"><div class="site-branding-container"><div class="site-branding">{top}'
                 '<nav id="site-navigation" class="main-navigation" aria-label="Menu trên cùng">{nav}</nav></div></div></header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
                 '{crumbs}{main}</main></div></div><footer id="colophon" class="site-footer"><aside class="widget-area" role="complementary" aria-label="Chân trang"><div class="widget-column footer-widget-1">{side}</div></aside>'
                 '{below}<div class="site-info">{foot}{left}<a class="imprint" href="https://vi.wordpress.org/">Tự hào sử dụng WordPress</a></div></footer></div>'),
    # WordPress + MH Magazine (MH Themes), the single post with the mh-breadcrumb, the right sidebar; the site proxied by Cloudflare (e-mail obfuscation on)
    "mhmag": _l37('<div class="mh-container mh-container-outer"><div class="mh-header-nav-mobile clearfix"></div><div class="mh-preheader"><div class="mh-container mh-container-inner">{left}</div></div>'
                  '<header class="mh-header"><div class="mh-container mh-container-inner mh-row clearfix">{top}</div><div class="mh-main-nav-wrap"><nav class="mh-navigation mh-main-nav mh-container mh-container-inner clearfix">{nav}</nav></div></header>'
                  '<div class="mh-wrapper clearfix"><div class="mh-main clearfix"><div id="main-content" class="mh-content" role="main" itemprop="mainContentOfPage">{crumbs}{main}</div>'
                  '<aside class="mh-widget-col-1 mh-sidebar" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">{side}</aside></div>{below}</div>'
                  '<div class="mh-copyright-wrap"><div class="mh-container mh-container-inner clearfix">{foot}<p class="mh-copyright">Bản quyền thuộc Hội LHPN tỉnh | Giao diện MH Magazine lite</p></div></div></div>'),
    # Joomla 3.10, a RocketTheme template on the Gantry 4 framework (rt-container / rt-grid-N rows), com_content article view
    "gantry4": _l37('<div id="rt-page-surround"><header id="rt-top-surround"><div id="rt-top"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block">{left}</div></div><div class="clear"></div></div></div>'
                    '<div id="rt-header"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block logo-block">{top}</div></div><div class="clear"></div></div></div>'
                    '<div id="rt-navigation"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block menu-block"><div class="gf-menu-device-container"></div>{nav}</div></div><div class="clear"></div></div></div></header>'
                    '<div id="rt-breadcrumbs"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block">{crumbs}</div></div><div class="clear"></div></div></div>'
                    '<div id="rt-main" class="mb9-sa3"><div class="rt-container"><div class="rt-grid-9"><div class="rt-block"><div id="rt-mainbody"><div class="component-content">{main}</div></div></div></div>'
                    '<div class="rt-grid-3 sidebar-right"><div id="rt-sidebar-a">{side}</div></div><div class="clear"></div></div></div>'
                    '<div id="rt-bottom"><div class="rt-container">{below}</div></div><footer id="rt-footer-surround"><div id="rt-footer"><div class="rt-container">{foot}</div></div>'
                    '<div id="rt-copyright"><div class="rt-container"><div class="rt-block"><a href="http://www.rockettheme.com/" title="RocketTheme" class="powered-by"></a></div></div></div></footer></div>'),
    # Drupal 10.3, a vendor sub-theme of Radix 5 (Bootstrap 5 components; the page title block above the node, the node's own meta and fields)
    "radix": _l37('<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="page"><header class="page__header"><div class="container">{top}</div>'
                  '<nav class="navbar navbar-expand-lg justify-content-between navbar-dark bg-primary"><div class="container">{nav}</div></nav></header>'
                  '<main class="page__content" role="main"><div class="container"><div class="region region--breadcrumb">{crumbs}</div><div class="row"><div class="col-lg-8"><div class="region region--content">{main}</div></div>'
                  '<div class="col-lg-4"><div class="region region--sidebar">{side}</div></div></div>{below}</div></main>'
                  '<footer class="page__footer"><div class="container">{foot}{left}</div></footer></div></div>'),
    # a local vendor's ASP.NET WebForms CMS whose detail is a ListView (lvChiTiet) with its LayoutTemplate / ItemTemplate, the h1 bound to Page.Title
    "wflistview": _l37('<div id="page-wrap"><div id="header">{top}</div><div id="menu-ngang">{nav}</div><div id="thanh-ngay">{left}</div><div id="noi-dung">'
                       '<div id="cot-trai"><div class="duong-dan">{crumbs}</div><div id="ctl00_cphContent_pnlChiTiet">{main}</div></div>'
                       '<div id="cot-phai">{side}</div><div class="clear"></div></div>{below}<div id="footer">{foot}</div></div>'),
    # the '.dcs.vn' platform's MOBILE site (m.<province>.dcs.vn: one column, a category chip over the headline, 'Xem bản đầy đủ')
    "dcs_mobile": _l37('<div class="m-wrapper"><header class="m-header"><a class="m-menu-btn" href="#m-nav">☰</a>{top}</header><div class="m-date">{left}</div>'
                       '<main class="m-main">{crumbs}{main}{below}</main><section class="m-more">{side}</section><nav id="m-nav" class="m-nav">{nav}</nav>'
                       '<footer class="m-footer">{foot}<p><a href="https://tayninh.dcs.vn/">Xem bản đầy đủ</a></p></footer></div>'),
    # a merged provincial press agency's CMS, the EDITORIAL template ('Xã luận': a wide column, the paper's signature under the text, no author box)
    "press_editorial": _l37('<div class="site-wrap"><div class="topbar"><div class="container">{left}</div></div><header class="site-header"><div class="container">{top}</div></header>'
                            '<nav class="main-nav mega-nav"><div class="container">{nav}</div></nav><div class="container detail-page type-editorial"><div class="row">'
                            '<div class="col-lg-8 detail-main">{crumbs}{main}</div><div class="col-lg-4 detail-right">{side}</div></div>{below}</div>'
                            '<footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
    # a local vendor's ASP.NET MVC 5 portal on MaterializeCSS 1.0 (Google Material Icons by ligature, material tabs in the detail)
    "mvc_materialize": _l37('<header><div class="top-strip grey lighten-4"><div class="container">{left}</div></div><div class="container brand-row">{top}</div>'
                            '<nav class="red darken-4"><div class="nav-wrapper container"><a href="#" data-target="mobile-nav" class="sidenav-trigger"><i class="material-icons">menu</i></a>{nav}</div></nav></header>'
                            '<main><div class="container"><div class="crumb-row">{crumbs}</div><div class="row"><div class="col s12 l8">{main}</div><div class="col s12 l4">{side}</div></div>{below}</div></main>'
                            '<footer class="page-footer red darken-4"><div class="container">{foot}</div><div class="footer-copyright"><div class="container">Thiết kế trên nền Materialize</div></div></footer>'),
    # Grav 1.7 (flat-file PHP CMS), a vendor's child of the Quark theme (blog item template, sidebar, shortcode-core figures)
    "grav": _l37('<div id="page-wrapper"><section id="header" class="section"><section class="container grid-lg"><nav class="navbar"><section class="navbar-section logo">{top}</section>'
                 '<section class="navbar-section desktop-menu">{nav}</section></nav></section></section><div class="grav-topline">{left}</div><section id="start">'
                 '<section id="body-wrapper" class="section blog-listing"><section class="container grid-lg"><div class="columns"><div id="item" class="column col-9 col-md-12 extra-spacing">{crumbs}{main}</div>'
                 '<div id="sidebar" class="column col-3 col-md-12">{side}</div></div>{below}</section></section></section>'
                 '<section id="footer" class="section bg-gray"><section class="container grid-lg">{foot}<p><a href="http://getgrav.org">Grav</a> was made with love</p></section></section></div>'),
    # Optimizely CMS 12 (formerly Episerver; ASP.NET Core, a vendor's Razor views and blocks) for a corporation's Party committee section
    "optimizely": _l37('<div class="site"><header class="site-header"><div class="site-header__utility"><div class="container">{left}</div></div><div class="site-header__main"><div class="container">{top}</div></div>'
                       '<nav class="site-nav" aria-label="Điều hướng chính"><div class="container">{nav}</div></nav></header><main class="site-main" id="main-content"><div class="container">'
                       '<div class="breadcrumbs-wrapper">{crumbs}</div><div class="grid"><div class="grid__col grid__col--8">{main}</div><aside class="grid__col grid__col--4 sidebar">{side}</aside></div>{below}</div></main>'
                       '<footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
    # Violet.vn (a Vietnamese hosted platform for schools' sites), the 'Tin tức' detail in its table-era template, the left menu column first
    "violet": _l37('<table width="990" align="center" cellpadding="0" cellspacing="0" class="vl-main"><tr><td colspan="3" class="vl-banner">{top}</td></tr><tr><td colspan="3" class="vl-menu">{nav}</td></tr>'
                   '<tr><td colspan="3" class="vl-marquee">{left}</td></tr><tr><td width="200" valign="top" class="vl-left">{side}</td><td width="10"></td><td valign="top" class="vl-center">{crumbs}{main}{below}</td></tr>'
                   '<tr><td colspan="3" class="vl-footer">{foot}<p>Website được thiết kế và phát triển bởi Violet.vn</p></td></tr></table>'),
    # Wix (a hosted site builder), the Wix Blog post page (server-rendered: data-hook attributes, the warmup data in a JSON script)
    "wix": _l37('<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SITE_ROOT"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="SITE_HEADER wixui-header">{top}'
                '<nav id="comp-menu{n}" class="wixui-horizontal-menu" aria-label="Trang web">{nav}</nav></header><main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="post-page-container">'
                '<div data-hook="post-page">{crumbs}{main}</div><div data-hook="recent-posts">{side}</div>{below}</div></div></main>'
                '<footer id="SITE_FOOTER" class="wixui-footer">{foot}{left}</footer></div></div></div></div>'),
    # Eleventy 2 (a static site generator; eleventy-base-blog derived templates, published on a static host)
    "eleventy": _l37('<a href="#skip" class="visually-hidden">Chuyển đến nội dung</a><header><a href="/" class="home-link">{top}</a><nav><h2 class="visually-hidden">Menu</h2>{nav}</nav></header>'
                     '<main id="skip">{crumbs}{main}{below}</main><aside class="site-aside">{side}</aside><footer>{foot}{left}</footer>'),
    # Pimcore 11 (Symfony + Twig), a vendor's site on the demo's news object: the news detail with its 'related' area brick
    "pimcore": _l37('<div class="page-wrapper"><header class="header"><div class="header__top"><div class="container">{left}</div></div><div class="container header__brand">{top}</div>'
                    '<nav class="navbar navbar-expand-lg main-navigation"><div class="container">{nav}</div></nav></header><div class="main-content"><div class="container">{crumbs}'
                    '<div class="row"><div class="col-md-8"><div class="pimcore_area_content">{main}</div></div><div class="col-md-4 sidebar">{side}</div></div>{below}</div></div>'
                    '<footer class="footer"><div class="container">{foot}</div></footer></div>'),
}


# ------------------------------------------------------------------ set 41 layouts (templates over the same keyword arguments, built with set 37's _l37; {n} is a per-page number)
L41 = {
    # NukeViet 4.3, a provincial vendor's theme for the Fatherland Front (the 24-column grid of the 4.x default kept; a red-gold header band, a 'Lịch công tác' column)
    "nv43_mttq": _l37('<div class="body-bg"><div class="wraper mttq-wrap"><header><div class="container"><div id="header" class="row mttq-band">{top}</div></div></header>'
                      '<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">{nav}</div></div></div></nav>'
                      '<section><div class="container" id="body"><nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18">'
                      '<div class="breadcrumbs-wrap"><div class="display">{crumbs}</div></div></div><div class="col-xs-24 col-sm-6 col-md-6 text-right mttq-today">{left}</div></div></div></div></nav>'
                      '<div class="row"><div class="col-sm-16 col-md-17">{main}</div><div class="col-sm-8 col-md-7 mttq-right">{side}</div></div>{below}</div></section>'
                      '<footer id="footer" class="wraper"><div class="container">{foot}<p class="copyright">Giao diện thiết kế cho Ủy ban MTTQ Việt Nam tỉnh - vận hành trên NukeViet 4.3</p></div></footer></div></div>'),
    # NukeViet 4.5, a provincial vendor's theme for the Red Cross (a red cross band, a 'Địa chỉ nhân đạo' column, the info row with the time first)
    "nv45_ctd": _l37('<div class="ctd-page"><div class="ctd-topbar"><div class="container">{left}</div></div><header class="ctd-header"><div class="container">{top}</div></header>'
                     '<nav class="ctd-nav"><div class="container">{nav}</div></nav><div class="container ctd-crumb">{crumbs}</div>'
                     '<div class="container"><div class="row"><div class="col-md-16 ctd-main">{main}</div><div class="col-md-8 ctd-aside">{side}</div></div>{below}</div>'
                     '<footer class="ctd-footer"><div class="container">{foot}<p>Hội Chữ thập đỏ - Nhân đạo, Hòa bình, Hữu nghị</p></div></footer></div>'),
    # Drupal 7, an AdaptiveTheme 7.x-3 sub-theme (#page, #header, #columns, .region-sidebar-second; the node's footer.submitted above the content)
    "d7_at": _l37('<div id="page-wrapper"><div id="page" class="container page snc-n snc-uc snc-lc"><header id="header" class="clearfix" role="banner"><div class="header-inner clearfix">{top}</div></header>'
                  '<div id="menu-bar" class="nav clearfix"><nav id="block-system-main-menu" class="block block-system block-menu menu-wrapper menu-bar-wrapper clearfix">{nav}</nav></div>'
                  '<div id="messages-help-wrapper" class="clearfix">{left}</div><div id="breadcrumb" class="clearfix"><nav class="breadcrumb-wrapper clearfix" role="navigation">{crumbs}</nav></div>'
                  '<div id="columns" class="columns clearfix"><main id="content-column" class="content-column" role="main"><div class="content-inner"><section id="main-content">{main}</section></div></main>'
                  '<div class="region region-sidebar-second sidebar"><div class="region-inner clearfix">{side}</div></div></div>{below}'
                  '<footer id="footer" class="clearfix" role="contentinfo"><div class="region region-footer"><div class="region-inner clearfix">{foot}</div></div></footer></div></div>'),
    # SharePoint Server 2010 publishing, a v4.master-derived table master and a local vendor's news web parts (NewsDetail: lblCreatedDate, lblTitle, lblAuthor<br>lblSource)
    "sp2010cq": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><table width="1004" align="center" cellpadding="0" cellspacing="0" class="tu-master"><tr><td colspan="2" class="tu-banner">{top}</td></tr>'
                     '<tr><td colspan="2" class="tu-menu">{nav}</td></tr><tr><td colspan="2" class="tu-date">{left}</td></tr><tr><td valign="top" width="720" class="tu-center">'
                     '<div id="ctl00_MSO_ContentDiv"><table class="s4-wpTopTable" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top"><div class="ms-WPBody" id="WebPartWPQ{n}">{crumbs}{main}</div></td></tr></table></div></td>'
                     '<td valign="top" width="284" class="tu-right">{side}</td></tr><tr><td colspan="2">{below}</td></tr><tr><td colspan="2" class="tu-footer">{foot}</td></tr></table></div></div>'),
    # SharePoint Server 2016, a custom master (Bootstrap 3 inside s4-workspace) and a local vendor's visual web part 'ChiTietTinBai' on /Pages/ChiTiet.aspx?ItemID=
    "sp2016vwp": _l37('<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer"><div class="ubkt-header"><div class="container">{top}</div></div><div class="ubkt-nav"><div class="container">{nav}</div></div>'
                      '<div class="container"><div class="ubkt-crumb">{crumbs}<span class="ubkt-clock">{left}</span></div><div class="row"><div class="col-md-8"><div id="DeltaPlaceHolderMain">'
                      '<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ{n}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">'
                      '<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-WPBody noindex" id="WebPartWPQ{n}">{main}</div></div></div></div></div></div>'
                      '<div class="col-md-4 ubkt-right">{side}</div></div>{below}</div><div class="ubkt-footer"><div class="container">{foot}</div></div></div></div>'),
    # Liferay Portal 6.2 CE, FPT's e-portal theme and its news portlet (fptnewsdetail_WAR_fptnewsportlet) in column-1 of a 2-column layout; the portlet title prints 'null'
    "lr62fpt": _l37('<div class="container-fluid fpt-portal" id="wrapper"><header id="banner" role="banner"><div class="fpt-banner">{top}</div></header><nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">{nav}</nav>'
                    '<div class="fpt-today">{left}</div><div id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">'
                    '<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">'
                    '<div class="portlet-boundary portlet-boundary_fptnewsdetail_WAR_fptnewsportlet_ portlet-static portlet-static-end portlet-borderless" id="p_p_id_fptnewsdetail_WAR_fptnewsportlet_INSTANCE_k{n}_">'
                    '<span id="p_fptnewsdetail_WAR_fptnewsportlet_INSTANCE_k{n}"></span><section class="portlet" id="portlet_fptnewsdetail_WAR_fptnewsportlet_INSTANCE_k{n}"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">null</span></h1></header>'
                    '<div class="portlet-content"><div class="portlet-body">{crumbs}{main}</div></div></section></div></div></div>'
                    '<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">{side}</div></div></div></div>{below}</div>'
                    '<footer id="footer" role="contentinfo">{foot}<p class="powered-by">Cổng thông tin điện tử - Giải pháp FPT</p></footer></div>'),
    # Liferay DXP 7.4, a vendor theme (Clay 3), EcoIT's CMS portlet ported to 7.4 (CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet) on a content page
    "lr74ecoit": _l37('<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper"><header id="banner" class="tct-header"><div class="container-fluid container-fluid-max-xl">{top}</div>'
                      '<nav class="navbar navbar-expand-md tct-nav"><div class="container-fluid container-fluid-max-xl">{nav}</div></nav></header><section class="flex-fill" id="content">'
                      '<div class="container-fluid container-fluid-max-xl"><div class="tct-crumb">{crumbs}<span class="tct-date">{left}</span></div><div class="row"><div class="col-md-8">'
                      '<div class="portlet-boundary portlet-boundary_CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet_ portlet-static portlet-decorate" id="p_p_id_CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet_INSTANCE_e{n}_">'
                      '<div class="portlet"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"></div><div class="portlet-content-container"><div class="portlet-body">{main}</div></div></div></div></div></div>'
                      '<div class="col-md-4">{side}</div></div>{below}</div></section><footer id="footer" role="contentinfo"><div class="container-fluid container-fluid-max-xl">{foot}</div></footer></div></div>'),
    # DNN Platform 8, a vendor skin, XMod Pro 4 (KnowBetter) showing one record of the 'TinBai' form through its detail template in the ContentPane
    "dnn8xmod": _l37('<div id="siteWrapper" class="{prefix}-skin"><div class="{prefix}-top"><div class="container"><div id="dnn_HeaderPane">{top}</div><div class="{prefix}-user">{left}</div></div></div>'
                     '<div id="dnn_MenuPane" class="{prefix}-mainmenu"><div class="container">{nav}</div></div><div class="container"><div class="{prefix}-crumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb">{crumbs}</span></div>'
                     '<div class="row"><div id="dnn_ContentPane" class="col-md-8 ContentPane"><div class="DnnModule DnnModule-KB_XMod DnnModule-{n}"><a name="{n}"></a><div class="{prefix}-container">'
                     '<div class="{prefix}-container-title"><span id="dnn_ctr{n}_dnnTITLE_titleLabel" class="Head">Chi tiết tin</span></div><div id="dnn_ctr{n}_ContentPane" class="{prefix}-container-body">'
                     '<div id="dnn_ctr{n}_ModuleContent" class="DNNModuleContent ModKBXModC"><div id="dnn_ctr{n}_XModPro_ctl00_pnlDetail" class="xmp-detail">{main}</div></div></div></div></div></div>'
                     '<div id="dnn_RightPane" class="col-md-4 RightPane">{side}</div></div><div id="dnn_BottomPane">{below}</div></div><div id="dnn_FooterPane" class="{prefix}-footer"><div class="container">{foot}</div></div></div>'),
    # the '.dcs.vn' platform's E-MAGAZINE template (/emagazine/<id>/<slug>.html: a slim top bar, a full-width cover, the text in a narrow centred column, full-width pictures, pull quotes)
    "dcs_emag": _l37('<div class="emag-page"><div class="emag-topbar"><div class="emag-topbar-inner">{top}<nav class="emag-mininav">{nav}</nav><span class="emag-date-today">{left}</span></div></div>'
                     '<div class="emag-crumb">{crumbs}</div><article class="emag-article">{main}</article><section class="emag-more"><div class="emag-more-inner">{side}{below}</div></section>'
                     '<footer class="emag-footer">{foot}</footer></div>'),
    # WordPress + Twenty Twenty-Two (block theme: header template part, the single template with the post-meta part AFTER the content, comments block)
    "tt22": _l37('<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide"><div class="wp-block-group">{top}</div><nav class="wp-block-navigation is-responsive" aria-label="Menu chính">{nav}</nav></div></header>'
                 '<main class="wp-block-group"><div class="wp-block-group">{crumbs}{main}</div></main>'
                 '<footer class="wp-block-template-part site-footer"><div class="wp-block-group alignwide">{side}{below}{foot}<p class="has-text-align-right">{left}Được thiết kế với <a href="https://vi.wordpress.example">WordPress</a></p></div></footer></div>'),
    # WordPress + Newsmag 5 (tagDiv), the single post 'template 1' (td-post-header, td-post-sub-title, td-crumb-container) with the right sidebar
    "newsmag": _l37('<div id="td-outer-wrap"><div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full"><div class="td-container td-header-row td-header-top-menu">{left}</div></div>'
                    '<div class="td-banner-wrap-full"><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo">{top}</div></div></div>'
                    '<div class="td-header-menu-wrap-full"><div class="td-header-menu-wrap"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation">{nav}</div></div></div></div></div>'
                    '<div class="td-main-content-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container">{crumbs}</div><div class="td-pb-row">'
                    '<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">{main}</div></div><div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">{side}</div></div></div>{below}</div></div>'
                    '<div class="td-footer-wrapper"><div class="td-container">{foot}</div></div><div class="td-sub-footer-container"><div class="td-container">Bản quyền © 2027 Tỉnh đoàn - Giao diện Newsmag by tagDiv</div></div></div>'),
    # Joomla 3.10, the core Beez3 template (never changed: #all, #header, #breadcrumbs, #main, #right, article.item-page with dl.article-info)
    "beez3": _l37('<div id="all"><div id="back"><header id="header"><div class="logoheader"><h1 id="logo">{top}</h1></div><div id="line"><div id="fontsize"></div><h2 class="unseen">Tìm kiếm</h2></div></header>'
                  '<div id="contentarea"><div id="nav"><div class="moduletable_menu">{nav}</div></div><div id="breadcrumbs"><div class="breadcrumbs">{crumbs}</div></div>'
                  '<div id="wrapper2"><div id="main"><div id="system-message-container"></div><div class="item-page">{main}</div></div></div>'
                  '<div id="right"><a id="additional"></a>{side}</div><div class="wrap"></div></div></div>{below}'
                  '<div id="footer-outer"><div id="footer-sub"><footer id="footer">{foot}{left}<p>Powered by <a href="https://www.joomla.example/">Joomla!®</a></p></footer></div></div></div>'),
    # a local vendor's ASP.NET WebForms CMS (.NET 3.5) whose detail is a GridView (gvChiTiet) bound to one row, the text edited in FCKeditor 2 (Word markup pasted as is)
    "wfgridview": _l37('<table width="980" align="center" cellpadding="0" cellspacing="0" class="xa-main"><tr><td class="xa-banner">{top}</td></tr><tr><td class="xa-menu">{nav}</td></tr>'
                       '<tr><td class="xa-ngay">{left}</td></tr><tr><td><table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" width="700" class="xa-center">'
                       '<div class="xa-duongdan">{crumbs}</div>{main}</td><td width="10"></td><td valign="top" width="270" class="xa-right">{side}</td></tr></table></td></tr>'
                       '<tr><td>{below}</td></tr><tr><td class="xa-footer">{foot}</td></tr></table>'),
    # a merged provincial press agency's CMS, the PODCAST detail (a waveform player band under the sapo, the transcript below, a credits box)
    "press_podcast": _l37('<div class="site-wrap"><div class="topbar"><div class="container">{left}</div></div><header class="site-header"><div class="container">{top}</div></header>'
                          '<nav class="main-nav mega-nav"><div class="container">{nav}</div></nav><div class="container detail-page type-podcast"><div class="breadcrumb-row">{crumbs}</div><div class="row">'
                          '<div class="col-lg-8 detail-main">{main}</div><div class="col-lg-4 detail-right">{side}</div></div>{below}</div>'
                          '<footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
    # Neos CMS 8 (Flow framework, Fusion rendering; a vendor's site package: Vendor.Site:Document.NewsPage with content collections)
    "neos": _l37('<div class="page"><header class="page-header"><div class="page-header__meta"><div class="container">{left}</div></div><div class="container page-header__brand">{top}</div>'
                 '<nav class="main-menu" aria-label="Hauptnavigation"><div class="container">{nav}</div></nav></header><main class="page-main"><div class="container"><div class="breadcrumb-menu">{crumbs}</div>'
                 '<div class="row"><div class="col-lg-8"><div class="neos-contentcollection">{main}</div></div><aside class="col-lg-4"><div class="neos-contentcollection sidebar">{side}</div></aside></div>{below}</div></main>'
                 '<footer class="page-footer"><div class="container">{foot}</div></footer></div>'),
    # Bludit 3 (flat-file PHP CMS), the 'BlogX' theme (Bootstrap 4: navbar, col-md-9 page, col-md-3 plugins sidebar)
    "bludit": _l37('<nav class="navbar navbar-expand-md navbar-light bg-white sticky-top border-bottom"><div class="container"><a class="navbar-brand" href="/">{top}</a><div class="collapse navbar-collapse" id="navbarResponsive">{nav}</div></div></nav>'
                   '<div class="container"><div class="row"><div class="col-md-9">{crumbs}{main}</div><div class="col-md-3"><div class="plugins-sidebar">{side}</div></div></div>{below}</div>'
                   '<footer class="footer bg-dark"><div class="container"><div class="m-0 text-center text-white text-uppercase">{foot}{left}<span class="ml-5 text-warning">Powered by <a target="_blank" class="text-white" href="https://www.bludit.example">BLUDIT</a></span></div></div></footer>'),
    # Publii (a desktop static-site app), its 'Simple' theme (hero header with the meta above the h1, post__entry, post__tags, post__bio, related posts)
    "publii": _l37('<header class="top js-header"><a class="logo" href="/">{top}</a><nav class="navbar js-navbar"><button class="navbar__toggle js-toggle" aria-label="Menu">Menu</button>{nav}</nav></header>'
                   '<main class="post">{crumbs}{main}{below}</main><aside class="post__aside">{side}</aside><footer class="footer"><div class="footer__copyright">{foot}{left}</div>'
                   '<div class="footer__bttop"><a href="#document-top" class="footer__bttop__link js-footer__bttop" aria-label="Lên đầu trang"></a></div></footer>'),
    # Webflow (a hosted visual site builder), a CMS collection template page 'Tin tức' (w-dyn-list, w-richtext, data-w-id attributes)
    "webflow": _l37('<div data-collapse="medium" data-animation="default" data-duration="400" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand">{top}</a>'
                    '<nav role="navigation" class="nav-menu w-nav-menu">{nav}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
                    '<div class="section-post"><div class="container w-container"><div class="crumb-wrap">{crumbs}</div><div class="w-row"><div class="column-main w-col w-col-8">{main}</div>'
                    '<div class="column-side w-col w-col-4">{side}</div></div>{below}</div></div><div class="footer"><div class="container w-container">{foot}{left}</div></div>'),
}


# ------------------------------------------------------------------ set 42 layouts (templates over the same keyword arguments, built with set 37's _l37; {n} is a per-page number)
L42 = {
    # NukeViet 4.4, a provincial vendor's theme for a Military Command's Party committee (olive band, a clock bar, the 4.x default's news_column panels kept; the right column of video and poll blocks)
    "nv44_qs": _l37('<div class="qs-wrap"><div class="qs-topbar"><div class="container">{left}</div></div><header class="qs-header"><div class="container"><div id="header" class="row">{top}</div></div></header>'
                    '<nav class="second-nav qs-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">{nav}</div></div></div></nav>'
                    '<section><div class="container" id="body"><nav class="third-nav"><div class="row"><div class="bg"><div class="breadcrumbs-wrap"><div class="display">{crumbs}</div></div></div></div></nav>'
                    '<div class="row"><div class="col-sm-16 col-md-16 qs-main">{main}</div><div class="col-sm-8 col-md-8 qs-right">{side}</div></div>{below}</div></section>'
                    '<footer id="footer" class="qs-footer"><div class="container">{foot}<p class="copyright">Thiết kế: Phòng Chính trị - vận hành trên NukeViet 4.4</p></div></footer></div>'),
    # NukeViet 4.5, a provincial vendor's theme for a Cooperative Alliance (green-brown, an OCOP product column, the news module's detail in a white card)
    "nv45_lmhtx": _l37('<div class="htx-page"><div class="htx-top"><div class="container">{left}</div></div><header class="htx-header"><div class="container">{top}</div></header>'
                       '<nav class="htx-menu" id="menusite"><div class="container">{nav}</div></nav><div class="container htx-body"><div class="breadcrumbs-wrap htx-crumb">{crumbs}</div>'
                       '<div class="row"><div class="col-md-17 htx-content"><div class="htx-card">{main}</div></div><div class="col-md-7 htx-aside">{side}</div></div>{below}</div>'
                       '<footer id="footer" class="htx-footer"><div class="container">{foot}<p class="powered">Vận hành trên NukeViet 4.5 - Giao diện Liên minh HTX</p></div></footer></div>'),
    # Liferay DXP 7.3, a vendor theme (Clay 2) and CMC's news module (com_cmc_news_web_portlet_NewsDetailPortlet) under a portlet decorator titled 'Chi tiết tin'
    "lr73cmc": _l37('<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper"><header id="banner" class="cmc-header"><div class="cmc-topbar">{left}</div><div class="container-fluid container-fluid-max-xl">{top}</div>'
                    '<nav class="navbar navbar-expand-md cmc-nav"><div class="container-fluid container-fluid-max-xl">{nav}</div></nav></header><section class="flex-fill" id="content"><div class="container-fluid container-fluid-max-xl">'
                    '<div class="cmc-breadcrumb">{crumbs}</div><div class="row"><div class="col-md-8"><div class="portlet-boundary portlet-boundary_com_cmc_news_web_portlet_NewsDetailPortlet_ portlet-static portlet-decorate" id="p_p_id_com_cmc_news_web_portlet_NewsDetailPortlet_INSTANCE_c{n}_">'
                    '<section class="portlet" id="portlet_com_cmc_news_web_portlet_NewsDetailPortlet_INSTANCE_c{n}"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Chi tiết tin</h2></div></div>'
                    '<div class="portlet-content-container"><div class="portlet-body">{main}</div></div></div></section></div></div><div class="col-md-4 cmc-right">{side}</div></div>{below}</div></section>'
                    '<footer id="footer" role="contentinfo"><div class="container-fluid container-fluid-max-xl">{foot}<p class="cmc-credit">Giải pháp cổng thông tin: CMC</p></div></footer></div></div>'),
    # Liferay Portal 6.2 EE, a vendor theme and Vietsoftware's news portlet (vswnewsdetail_WAR_vswportalportlet) in column-1; a stamp table under the text
    "lr62vsw": _l37('<div class="container-fluid vsw-portal" id="wrapper"><header id="banner" role="banner"><div class="vsw-banner">{top}</div><div class="vsw-clock">{left}</div></header>'
                    '<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">{nav}</nav><div id="content"><div class="vsw-breadcrumb">{crumbs}</div>'
                    '<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span9" id="column-1">'
                    '<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1"><div class="portlet-boundary portlet-boundary_vswnewsdetail_WAR_vswportalportlet_ portlet-static portlet-static-end portlet-borderless" id="p_p_id_vswnewsdetail_WAR_vswportalportlet_INSTANCE_v{n}_">'
                    '<span id="p_vswnewsdetail_WAR_vswportalportlet_INSTANCE_v{n}"></span><div class="portlet-borderless-container"><div class="portlet-body">{main}</div></div></div></div></div>'
                    '<div class="portlet-column portlet-column-last span3" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">{side}</div></div></div></div>{below}</div>'
                    '<footer id="footer" role="contentinfo">{foot}<p class="vsw-powered">Phát triển bởi Vietsoftware</p></footer></div>'),
    # SharePoint Server 2010 publishing, the STOCK 'Article page with image on right' layout (ArticleRight.aspx) in a lightly re-skinned v4.master (site title h1, page title h2)
    "sp2010ar": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div id="s4-titlerow" class="s4-pr s4-notdlg s4-titlerowhidetitle"><div class="s4-title s4-lp"><div class="s4-title-inner"><table class="s4-titletable" cellspacing="0"><tr>'
                     '<td class="s4-titlelogo">{top}</td><td class="s4-titletext"><h1 name="onetidProjectPropertyTitle"><a href="/">Đảng bộ các cơ quan Đảng tỉnh Nghệ An</a></h1><div class="ms-pagebreadcrumb">{crumbs}</div></td>'
                     '<td class="s4-today">{left}</td></tr></table></div></div></div><div id="s4-topheader2" class="s4-pr s4-notdlg"><div class="s4-lp s4-toplinks">{nav}</div></div>'
                     '<div id="s4-mainarea" class="s4-pr s4-widecontentarea"><div id="s4-leftpanel" class="s4-notdlg">{side}</div><div class="s4-ca s4-ca-dlgNoRibbon" id="MSO_ContentTable">'
                     '<div class="s4-die"></div><div id="ctl00_MSO_ContentDiv">{main}</div></div></div>{below}<div class="s4-notdlg ca-footer">{foot}</div></div></div>'),
    # DNN Platform 9.4, a vendor skin, the Razor Host module (a 'ChiTietTin.cshtml' script over the vendor's news table) in the ContentPane under a container titled 'Tin tức - Sự kiện'
    "dnn9razor": _l37('<div id="siteWrapper" class="{prefix}-skin"><div class="{prefix}-header"><div class="container"><div id="dnn_HeaderPane">{top}</div><div class="{prefix}-login">{left}</div></div></div>'
                      '<div id="dnn_MenuPane" class="{prefix}-menu"><div class="container">{nav}</div></div><div class="container"><div class="{prefix}-crumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb">{crumbs}</span></div>'
                      '<div class="row"><div id="dnn_ContentPane" class="col-md-9 ContentPane"><div class="DnnModule DnnModule-DNN_RazorHost DnnModule-{n}"><a name="{n}"></a><div class="{prefix}-container">'
                      '<h2 class="{prefix}-container-title"><span id="dnn_ctr{n}_dnnTITLE_titleLabel" class="TitleHead">Tin tức - Sự kiện</span></h2><div id="dnn_ctr{n}_ContentPane">'
                      '<div id="dnn_ctr{n}_ModuleContent" class="DNNModuleContent ModDNNRazorHostC"><div id="dnn_ctr{n}_RazorModule_ctl00" class="razor-chitiet">{main}</div></div></div></div></div></div>'
                      '<div id="dnn_RightPane" class="col-md-3 RightPane">{side}</div></div><div id="dnn_BottomPane">{below}</div></div><div id="dnn_FooterPane" class="{prefix}-footer"><div class="container">{foot}</div></div></div>'),
    # WordPress + Twenty Sixteen (the default theme of 2016): site header, the single post with entry-summary, post-thumbnail, entry-content and the entry-footer meta, the sidebar on the right
    "tt16": _l37('<div id="page" class="site"><div class="site-inner"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a><header id="masthead" class="site-header" role="banner"><div class="site-header-main">'
                 '<div class="site-branding">{top}</div><div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Menu chính">{nav}</nav></div></div></header>'
                 '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">{crumbs}{main}</main></div>'
                 '<aside id="secondary" class="sidebar widget-area" role="complementary">{side}</aside></div>{below}'
                 '<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">{foot}{left}<a href="https://vi.wordpress.example/">Tự hào sử dụng WordPress</a></div></footer></div></div>'),
    # WordPress + Hueman (Press Customizr), the single post: page-title band with the category list, the post-inner, the related posts, the right sidebar (s1)
    "hueman": _l37('<div id="wrapper"><a class="screen-reader-text skip-link" href="#content">Chuyển đến nội dung</a><header id="header" class="main-menu-mobile-on"><nav class="nav-container group desktop-menu" id="nav-topbar"><div class="nav-wrap container">{left}</div></nav>'
                   '<div class="container group"><div class="container-inner"><div class="group hu-pad central-header-zone"><div class="logo-tagline-group">{top}</div></div>'
                   '<nav class="nav-container group desktop-menu" id="nav-header"><div class="nav-wrap container">{nav}</div></nav></div></div></header>'
                   '<div class="container" id="page"><div class="container-inner"><div class="main"><div class="main-inner group"><main class="content" id="content">{crumbs}{main}</main>'
                   '<div class="sidebar s1 collapsed" data-position="right" data-layout="col-2cl" data-sb-id="s1"><div class="sidebar-content">{side}</div></div></div></div></div></div>{below}'
                   '<footer id="footer"><section class="container" id="footer-bottom"><div class="container-inner"><div class="pad group">{foot}<div id="credit"><p>Sử dụng giao diện <a href="https://presscustomizr.example/hueman">Hueman</a></p></div></div></div></section></footer></div>'),
    # Joomla 2.5, JoomlArt's JA Purity II template (ja-wrapper, ja-header, ja-mainnav, ja-pathway, ja-content, ja-col2; com_content with the createdate line above and the modifydate line below)
    "j25purity": _l37('<div id="ja-wrapper"><a name="Top" id="Top"></a><div id="ja-header" class="wrap"><div class="main clearfix"><h1 class="logo">{top}</h1><div id="ja-search">{left}</div></div></div>'
                      '<div id="ja-mainnav" class="wrap"><div class="main clearfix">{nav}</div></div><div id="ja-container" class="wrap ja-r1"><div class="main clearfix"><div id="ja-mainbody" style="width:72%">'
                      '<div id="ja-main" style="width:100%"><div class="inner clearfix"><div id="system-message-container"></div><div id="ja-contentwrap" class="clearfix"><div id="ja-content" class="column" style="width:100%">'
                      '<div id="ja-current-content" class="column" style="width:100%"><div id="ja-content-main" class="ja-content-main clearfix">{main}</div></div></div></div></div></div></div>'
                      '<div id="ja-right" class="column sidebar" style="width:28%"><div class="ja-colswrap clearfix ja-r1"><div id="ja-right1" class="ja-col column" style="width:100%">{side}</div></div></div></div></div>'
                      '<div id="ja-navhelper" class="wrap"><div class="main clearfix"><div class="ja-breadcrums"><span class="breadcrumbs pathway">{crumbs}</span></div></div></div>{below}'
                      '<div id="ja-footer" class="wrap"><div class="main clearfix">{foot}<small>Joomla! là phần mềm tự do được phát hành theo giấy phép GNU/GPL.</small></div></div></div>'),
    # Drupal 6, a vendor sub-theme of Garland (#wrapper, #container, #header with the site name in h1, #sidebar-right, #squeeze with the page title h2; div.breadcrumb above it)
    "d6garland": _l37('<div id="header-region" class="clear-block">{left}</div><div id="wrapper"><div id="container" class="clear-block"><div id="header"><div id="logo-floater">{top}</div>'
                      '<div class="links primary-links">{nav}</div></div><div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">{crumbs}<div class="clear-block">{main}</div>'
                      '<div id="footer">{foot}<p>Chạy trên nền <a href="https://drupal.example">Drupal</a></p></div></div></div></div></div>'
                      '<div id="sidebar-right" class="sidebar">{side}</div></div></div>{below}'),
    # the '.dcs.vn' platform's AMP view (/amp/<id>/<slug>.html: amp-sidebar menu, a header with the section label, amp-img figures, amp-social-share, 'Xem bản đầy đủ')
    "dcs_amp": _l37('<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav class="amp-menu">{nav}</nav></amp-sidebar><header class="amp-header"><button class="amp-hamburger" on="tap:sidebar.toggle" aria-label="Menu"></button>'
                    '<a class="amp-logo" href="/">{top}</a><span class="amp-today">{left}</span></header><main class="amp-main">{crumbs}<article class="amp-article">{main}</article>'
                    '<section class="amp-more">{side}</section>{below}</main><footer class="amp-footer">{foot}</footer>'),
    # a local vendor's ASP.NET WebForms CMS (.NET 4.0, web.config culture left at en-US) whose detail is an asp:Xml control transforming the item's XML with 'ChiTietTin.xslt'
    "wfxml": _l37('<div class="xa-page"><div class="xa-banner">{top}</div><div class="xa-menu">{nav}</div><div class="xa-body"><table width="1000" cellpadding="0" cellspacing="0" align="center"><tr>'
                  '<td valign="top" width="220" class="xa-left">{left}</td><td valign="top" class="xa-center"><div id="ctl00_cphMain_pnlChiTiet" class="xa-chitiet">{crumbs}{main}</div></td>'
                  '<td valign="top" width="250" class="xa-right">{side}</td></tr></table>{below}</div><div class="xa-footer">{foot}</div></div>'),
    # a merged provincial press agency's CMS, the OPINION template ('Chính luận': the writer's box under the headline, a pull quote, 'Bài cùng tác giả' below)
    "press_opinion": _l37('<div class="site-wrap"><div class="topbar"><div class="container">{left}</div></div><header class="site-header"><div class="container">{top}</div></header>'
                          '<nav class="main-nav mega-nav"><div class="container">{nav}</div></nav><div class="container detail-page type-opinion"><div class="breadcrumb-row">{crumbs}</div><div class="row">'
                          '<div class="col-lg-8 detail-main">{main}</div><div class="col-lg-4 detail-right">{side}</div></div>{below}</div>'
                          '<footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
    # Joomla 3.10, a YOOtheme WARP 7 template (UIkit 2: tm-page, tm-toolbar, tm-navbar, tm-main, uk-article with uk-article-meta) — com_content article view
    "warp7": _l37('<div class="tm-page uk-container uk-container-center"><div class="tm-toolbar uk-clearfix uk-hidden-small"><div class="uk-float-left">{left}</div></div>'
                  '<div class="tm-headerbar uk-clearfix uk-hidden-small"><a class="tm-logo" href="/">{top}</a></div><nav class="tm-navbar uk-navbar">{nav}</nav>'
                  '<div class="tm-middle uk-grid" data-uk-grid-match data-uk-grid-margin><div class="tm-main uk-width-medium-7-10"><main id="tm-content" class="tm-content">{crumbs}{main}</main></div>'
                  '<aside class="tm-sidebar-b uk-width-medium-3-10">{side}</aside></div>{below}<footer class="tm-footer">{foot}<a class="tm-totop-scroller" data-uk-smooth-scroll href="#"></a></footer></div>'),
    # Squiz Matrix (a university's site: the section banner's h1, a crumb 'lineage', the standard page's content container, a right 'Liên kết' column)
    "squiz": _l37('<div class="page-wrapper"><header class="site-header"><div class="utility-bar">{left}</div><div class="site-header__inner">{top}</div><nav class="main-nav" aria-label="Điều hướng chính">{nav}</nav></header>'
                  '<div class="banner banner--section"><div class="banner__inner"><h1 class="banner__title">Tin tức</h1></div></div><div class="lineage">{crumbs}</div>'
                  '<div class="main-wrapper"><main id="main-content" class="main-content" tabindex="-1">{main}</main><aside class="sidebar">{side}</aside></div>{below}'
                  '<footer class="site-footer">{foot}</footer></div>'),
    # Gatsby 5 (a static build from a Directus 10 instance: ___gatsby root, gatsby-focus-wrapper, gatsby-image-wrapper pictures)
    "gatsby": _l37('<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="layout-module--wrap--{n}"><header class="header-module--header--{n}">{left}{top}'
                   '<nav class="header-module--nav--{n}">{nav}</nav></header><main class="layout-module--main--{n}"><div class="post-module--grid--{n}"><div class="post-module--col--{n}">{crumbs}{main}</div>'
                   '<aside class="post-module--aside--{n}">{side}</aside></div>{below}</main><footer class="footer-module--footer--{n}">{foot}</footer></div></div><div id="gatsby-announcer" aria-live="assertive" aria-atomic="true" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0"></div></div>'),
    # Frappe Framework 15 / ERPNext's website (web_template navbar, the Blog Post page: blog-container, blog-header, longform blog-text, blog-footer with the Blogger's card, comments)
    "frappe": _l37('<div class="navbar navbar-expand-lg navbar-light"><div class="container"><a class="navbar-brand" href="/">{top}</a><div class="collapse navbar-collapse" id="navbarSupportedContent">{nav}</div>{left}</div></div>'
                   '<main class="container my-4"><div class="page-breadcrumbs">{crumbs}</div><div class="page-content-wrapper"><div class="row"><div class="col-lg-9 page-content">{main}</div>'
                   '<div class="col-lg-3 web-sidebar">{side}</div></div></div>{below}</main><footer class="web-footer"><div class="container">{foot}<div class="footer-powered">Powered by ERPNext</div></div></footer>'),
    # Tilda (a hosted block builder): the Feeds post page (/tpost/<id>-<slug>: t-feed__post-popup container rendered static) between the site's T228 menu and T420 footer blocks
    "tilda": _l37('<div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="{n}" data-tilda-page-id="{n}" data-tilda-formskey="" data-tilda-lazy="yes">'
                  '<div id="rec{n}1" class="r t-rec" data-record-type="228"><div class="t228"><div class="t228__leftwrapper">{top}</div><div class="t228__centerwrapper">{nav}</div><div class="t228__rightwrapper">{left}</div></div></div>'
                  '<div id="rec{n}2" class="r t-rec"><div class="t-feed__post-popup t-popup t-popup_show t-feed__post-popup_static"><div class="t-feed__post-popup__container t-container t-popup__container t-popup__container-static">{crumbs}{main}</div></div></div>'
                  '<div id="rec{n}3" class="r t-rec" data-record-type="1002"><div class="t-feed__related">{side}</div>{below}</div>'
                  '<div id="rec{n}4" class="r t-rec" data-record-type="420"><div class="t420"><div class="t-container">{foot}</div></div></div></div>'),
}


# ------------------------------------------------------------------ set 43 layouts (templates over the same keyword arguments, built with set 37's _l37; {n} is a per-page number)
L43 = {
    # NukeViet 3.3, a commune's legacy theme kept from the former district's site (#container, #header, #topmenu, a floated contentcolumn and a right column; XHTML 1.0)
    "nv33_xa": _l37('<div id="container"><div id="header">{top}<div class="header-date">{left}</div></div><div id="topmenu" class="clearfix">{nav}</div>'
                    '<div id="body" class="clearfix"><div class="contentwrapper"><div class="contentcolumn"><div class="breakcolumn">{crumbs}</div>{main}</div></div>'
                    '<div class="rightcolumn">{side}</div></div>{below}<div id="footer">{foot}<p class="copyright">Powered by NukeViet 3.3 - Thiết kế: Trung tâm Văn hóa, Thể thao và Truyền thông</p></div></div>'),
    # NukeViet 4.5, a provincial vendor's theme for a Tỉnh ủy's Inspection Commission (navy band, a hotline strip in the header, the 4.x default's panels kept, a poll and a documents column on the right)
    "nv45_ubkt": _l37('<div class="ubkt-wrap"><div class="ubkt-topbar"><div class="container">{left}</div></div><header class="ubkt-header"><div class="container"><div id="header" class="row">{top}</div></div></header>'
                      '<nav class="second-nav ubkt-nav" id="menusite"><div class="container"><div class="bg box-shadow">{nav}</div></div></nav><section><div class="container" id="body">'
                      '<nav class="third-nav"><div class="bg"><div class="breadcrumbs-wrap"><div class="display">{crumbs}</div></div></div></nav>'
                      '<div class="row"><div class="col-sm-16 col-md-17 ubkt-main">{main}</div><div class="col-sm-8 col-md-7 ubkt-right">{side}</div></div>{below}</div></section>'
                      '<footer id="footer" class="ubkt-footer"><div class="container">{foot}<p class="powered">Vận hành trên NukeViet 4.5</p></div></footer></div>'),
    # NukeViet 5.0, a provincial vendor's theme for ward Party committees (Bootstrap 5 base of 5.0: .nv-wrapper, .nv-body; a red-gold header, the news module's detail with the internal author)
    "nv50_phuong": _l37('<div class="nv-wrapper phuong-theme"><div class="nv-topbar"><div class="container-xl">{left}</div></div><header class="nv-header"><div class="container-xl">{top}</div></header>'
                        '<nav class="nv-mainmenu navbar navbar-expand-lg" id="menusite"><div class="container-xl">{nav}</div></nav><main class="nv-body"><div class="container-xl">'
                        '<div class="nv-breadcrumb">{crumbs}</div><div class="row g-4"><div class="col-lg-8 nv-content">{main}</div><aside class="col-lg-4 nv-aside">{side}</aside></div>{below}</div></main>'
                        '<footer class="nv-footer"><div class="container-xl">{foot}<p class="nv-powered">Hệ thống NukeViet 5.0</p></div></footer></div>'),
    # DNN Platform 8, a vendor skin and a local vendor's news module (DesktopModules/VNS.TinTuc: ChiTietTin.ascx) in the ContentPane; the module prints its own row of crumb and date over the item
    "dnn8_vnews": _l37('<div id="siteWrapper" class="{prefix}-skin"><div class="{prefix}-top"><div class="container"><span id="dnn_dnnCURRENTDATE_lblDate" class="SkinObject">{left}</span></div></div>'
                       '<div class="{prefix}-header"><div class="container" id="dnn_HeaderPane">{top}</div></div><div id="dnn_MenuPane" class="{prefix}-menu"><div class="container">{nav}</div></div>'
                       '<div class="container"><div class="row"><div id="dnn_ContentPane" class="col-md-8 ContentPane"><div class="DnnModule DnnModule-VNSTinTuc DnnModule-{n}"><a name="{n}"></a>'
                       '<div class="{prefix}-container"><h2 class="{prefix}-container-title"><span id="dnn_ctr{n}_dnnTITLE_titleLabel" class="TitleHead">Tin tức</span></h2><div id="dnn_ctr{n}_ContentPane">'
                       '<div id="dnn_ctr{n}_ModuleContent" class="DNNModuleContent ModVNSTinTucC"><div class="vns-crumbrow">{crumbs}</div>{main}</div></div></div></div></div>'
                       '<div id="dnn_RightPane" class="col-md-4 RightPane">{side}</div></div><div id="dnn_BottomPane">{below}</div></div><div id="dnn_FooterPane" class="{prefix}-footer"><div class="container">{foot}</div></div></div>'),
    # SharePoint Server 2019 publishing, a seattle.master-derived vendor master and FPT IS's e-portal news web part (FIS.Portal.NewsDetail) on /Pages/ChiTietTin.aspx?ItemID=
    "sp2019_fis": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div class="fis-banner">{top}</div><div class="fis-today">{left}</div></div>'
                       '<div class="fis-topnav ms-dialogHidden">{nav}</div><div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList fis-left">{side}</div>'
                       '<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="DeltaPlaceHolderMain"><div class="fis-breadcrumb"><span id="ctl00_PlaceHolderMain_siteMapPath">{crumbs}</span></div>'
                       '<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">'
                       '<div webpartid="{n}" class="ms-WPBody noindex" id="WebPartWPQ2"><div id="ctl00_ctl40_g_{n}a_ctl00_pnDetail" class="fis-news-detail">{main}</div></div></div></div></div></div></div></div>{below}'
                       '<div class="fis-footer ms-dialogHidden">{foot}</div></div></div>'),
    # Liferay Portal CE 7.4 GA, VNPT's e-portal theme and its news detail portlet ported to 7.x OSGi (vnpt_news_detail_web_portlet_NewsDetailPortlet) in column-1 of a 2-column page
    "lr74vnpt": _l37('<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper"><header id="banner" class="vnpt-header"><div class="vnpt-topbar">{left}</div><div class="container">{top}</div>'
                     '<nav class="navbar navbar-expand-md vnpt-nav" id="navigation"><div class="container">{nav}</div></nav></header><section class="flex-fill" id="content"><div class="container">'
                     '<div class="vnpt-breadcrumb">{crumbs}</div><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                     '<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1"><div class="portlet-boundary portlet-boundary_vnpt_news_detail_web_portlet_NewsDetailPortlet_ portlet-static portlet-decorate" id="p_p_id_vnpt_news_detail_web_portlet_NewsDetailPortlet_INSTANCE_v{n}_">'
                     '<section class="portlet" id="portlet_vnpt_news_detail_web_portlet_NewsDetailPortlet_INSTANCE_v{n}"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Chi tiết tin tức</h2></div></div>'
                     '<div class="portlet-content-container"><div class="portlet-body">{main}</div></div></div></section></div></div></div>'
                     '<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">{side}</div></div></div></div>{below}</div></section>'
                     '<footer id="footer" role="contentinfo"><div class="container">{foot}<p class="vnpt-credit">Cổng thông tin điện tử - phát triển bởi VNPT</p></div></footer></div></div>'),
    # Liferay Portal 6.2 CE GA6, a vendor theme and CMC's news portlet (cmcnewsdetail_WAR_cmcportalportlet) in column-1; a poll portlet under it in the same column
    "lr62cmc": _l37('<div class="container-fluid cmc62-portal" id="wrapper"><header id="banner" role="banner"><div class="cmc62-banner">{top}</div><div class="cmc62-clock">{left}</div></header>'
                    '<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">{nav}</nav><div id="content"><div class="cmc62-breadcrumb">{crumbs}</div>'
                    '<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid"><div class="portlet-column portlet-column-first span8" id="column-1">'
                    '<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">{main}</div></div>'
                    '<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">{side}</div></div></div></div>{below}</div>'
                    '<footer id="footer" role="contentinfo">{foot}<p class="cmc62-powered">Giải pháp cổng thông tin điện tử CMC</p></footer></div>'),
    # the '.dcs.vn' platform's INFOGRAPHIC detail (/infographic/<id>/<slug>.html: a wide column, the graphic full width, the text version under it, a multimedia strip below)
    "dcs_info": _l37('<div class="dcs-wrap"><div class="dcs-topbar"><div class="container">{left}</div></div><header class="dcs-header"><div class="container">{top}</div></header>'
                     '<nav class="dcs-menu"><div class="container">{nav}</div></nav><div class="container dcs-body"><div class="dcs-crumb">{crumbs}</div><div class="row">'
                     '<div class="col-lg-9 dcs-detail dcs-detail--infographic">{main}</div><div class="col-lg-3 dcs-right">{side}</div></div>{below}</div>'
                     '<footer class="dcs-footer"><div class="container">{foot}</div></footer></div>'),
    # WordPress + CoverNews (AF Themes) with a vendor's child theme: the af-main-banner header, Breadcrumb NavXT, the single post's header with the category chips, the right sidebar
    "covernews": _l37('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a><div class="header-layout-1"><div class="top-masthead"><div class="container">{left}</div></div>'
                      '<header id="masthead" class="site-header"><div class="masthead-banner"><div class="container">{top}</div></div><nav id="site-navigation" class="main-navigation"><div class="container">{nav}</div></nav></header></div>'
                      '<div id="content" class="container"><div class="em-breadcrumbs font-family-1 covernews-breadcrumbs"><div class="row">{crumbs}</div></div><div class="section-block-upper row">'
                      '<div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div><aside id="secondary" class="widget-area sidebar-sticky-top">{side}</aside></div>{below}</div>'
                      '<footer class="site-footer"><div class="site-info"><div class="container">{foot}<span class="sep"> | </span><a href="https://afthemes.example/products/covernews/">CoverNews</a> by AF themes.</div></div></footer></div>'),
    # WordPress + Twenty Twelve (the default theme of 2012): one header, the content column and the right sidebar; the entry meta AFTER the content, the time in the date link's title attribute
    "tt12": _l37('<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><hgroup>{top}</hgroup><nav id="site-navigation" class="main-navigation" role="navigation">'
                 '<button class="menu-toggle">Menu</button><a class="assistive-text" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>{nav}</nav></header>'
                 '<div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main">{crumbs}{main}</div></div><div id="secondary" class="widget-area" role="complementary">{side}</div></div>{below}'
                 '<footer id="colophon" role="contentinfo"><div class="site-info">{foot}{left}<a href="https://vi.wordpress.example/" title="Nền tảng xuất bản cá nhân có ngữ nghĩa">Tự hào sử dụng WordPress</a></div></footer></div>'),
    # Joomla 3.9, a SmartAddons (YouTech) template ('sj-' positions: #yt_header, #yt_menuwrap, #yt_breadcrumb, #content_main, #content_right) and K2 2.10's item view
    "k2sj": _l37('<div id="yt_wrapper" class="layout-wide"><header id="yt_header" class="block"><div class="container"><div class="row"><div id="yt_logoposition" class="col-md-8">{top}</div><div class="col-md-4 yt-date">{left}</div></div></div></header>'
                 '<section id="yt_menuwrap" class="block"><div class="container">{nav}</div></section><section id="yt_breadcrumb" class="block"><div class="container">{crumbs}</div></section>'
                 '<section id="content" class="content layout-mr nopad block"><div class="container"><div class="row"><div id="content_main" class="col-md-8"><div id="yt_component">{main}</div></div>'
                 '<aside id="content_right" class="col-md-4">{side}</aside></div></div></section>{below}<footer id="yt_footer" class="block"><div class="container">{foot}<small>Designed by SmartAddons.</small></div></footer></div>'),
    # Joomla 4.4, a local vendor's template on the Web Asset Manager (Bootstrap 5: header.header, .site-grid kept from Cassiopeia's grid, a right 'sidebar-right'); com_content with the Fields plugin
    "j4vendor": _l37('<header class="header container-header full-width"><div class="grid-child container-topbar">{left}</div><div class="grid-child"><div class="navbar-brand">{top}</div></div>'
                     '<div class="grid-child container-nav">{nav}</div></header><div class="site-grid"><div class="grid-child container-component">{crumbs}<main>{main}</main></div>'
                     '<div class="grid-child container-sidebar-right"><div class="sidebar-right card">{side}</div></div></div>{below}'
                     '<footer class="container-footer footer full-width"><div class="grid-child">{foot}</div></footer><a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>'),
    # Drupal 7, a Zen 7.x-5 sub-theme (#page, #header, #navigation, #main with #content and .region-sidebar-second, #footer; the breadcrumb nav above the page title h1)
    "d7zen": _l37('<p class="element-invisible" id="skip-link"><a href="#main-menu">Chuyển đến menu</a></p><div id="page"><header class="header" id="header" role="banner">{top}<div class="header__region region region-header">{left}</div></header>'
                  '<div id="main"><div id="content" class="column" role="main">{crumbs}<a id="main-content"></a>{main}</div><div id="navigation"><nav id="main-menu" role="navigation">{nav}</nav></div>'
                  '<aside class="sidebars"><section class="region region-sidebar-second column sidebar">{side}</section></aside></div>{below}<footer id="footer" class="region region-footer">{foot}</footer></div>'),
    # a local vendor's CMS on ASP.NET Web Pages 2 (Razor .cshtml pages of the WebMatrix era: _SiteLayout.cshtml, /TinTuc/ChiTiet?id=), Bootstrap 3
    "webpages": _l37('<div class="wp2-page"><div class="wp2-top"><div class="container">{left}</div></div><div class="wp2-banner"><div class="container">{top}</div></div><div class="navbar navbar-default wp2-nav"><div class="container">{nav}</div></div>'
                     '<div class="container wp2-body"><ol class="breadcrumb wp2-crumb">{crumbs}</ol><div class="row"><div class="col-md-8 wp2-main">{main}</div><div class="col-md-4 wp2-side">{side}</div></div>{below}</div>'
                     '<footer class="wp2-footer"><div class="container">{foot}</div></footer></div>'),
    # a merged provincial press agency's CMS, the regional ('Tin vùng') detail: a strip of region chips over the headline, the author chip, a 'Tin liên quan' list injected inside the text
    "press_region": _l37('<div class="site-wrap"><div class="topbar"><div class="container">{left}</div></div><header class="site-header"><div class="container">{top}</div></header>'
                         '<nav class="main-nav mega-nav"><div class="container">{nav}</div></nav><div class="container detail-page type-region"><div class="breadcrumb-row">{crumbs}</div><div class="row">'
                         '<div class="col-lg-8 detail-main">{main}</div><div class="col-lg-4 detail-right">{side}</div></div>{below}</div>'
                         '<footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
    # Adobe Experience Manager 6.5 (a corporation's site: the editable template 'article-page', Core Components — cmp-breadcrumb, cmp-title, cmp-text, cmp-image — in a responsive grid)
    "aem": _l37('<div class="root container responsivegrid"><div id="container-{n}" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">'
                '<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--header"><div class="header-util">{left}</div>{top}<nav class="cmp-navigation" role="navigation">{nav}</nav></div></div>'
                '<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12">{crumbs}</div>'
                '<div class="container responsivegrid aem-GridColumn--default--none aem-GridColumn aem-GridColumn--default--8"><div class="cmp-container article-main">{main}</div></div>'
                '<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--4"><div class="cmp-container article-aside">{side}</div></div>'
                '<div class="aem-GridColumn aem-GridColumn--default--12">{below}</div>'
                '<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer">{foot}</div></div></div></div></div>'),
    # Bkav's eGov portal product for communes (ASP.NET; the 'bkav-' skin: a header with the national emblem, a two-column body, the news detail module 'ucChiTietTin')
    "bkav": _l37('<div class="bkav-portal"><div class="bkav-topbar"><div class="container">{left}</div></div><div class="bkav-header"><div class="container">{top}</div></div><div class="bkav-menu"><div class="container">{nav}</div></div>'
                 '<div class="container bkav-body"><div class="bkav-breadcrumb">{crumbs}</div><div class="row"><div class="col-md-9 bkav-content"><div id="ctl00_ContentPlaceHolder1_ucChiTietTin_pnDetail" class="bkav-news-detail">{main}</div></div>'
                 '<div class="col-md-3 bkav-sidebar">{side}</div></div>{below}</div><div class="bkav-footer"><div class="container">{foot}<p class="bkav-credit">Hệ thống Cổng thông tin điện tử Bkav eGov</p></div></div></div>'),
    # LadiPage (a Vietnamese landing-page builder): a blog post page built from absolutely positioned sections and elements (ladi-section, ladi-container, ladi-element ids)
    "ladipage": _l37('<div class="ladi-wraper"><div id="SECTION_HEADER" class="ladi-section"><div class="ladi-section-background"></div><div class="ladi-container">{top}<div id="MENU1" class="ladi-element">{nav}</div><div id="TOPBAR" class="ladi-element">{left}</div></div></div>'
                     '<div id="SECTION_CRUMB" class="ladi-section"><div class="ladi-container">{crumbs}</div></div><div id="SECTION_POST" class="ladi-section"><div class="ladi-container">{main}</div></div>'
                     '<div id="SECTION_MORE" class="ladi-section"><div class="ladi-container">{side}{below}</div></div><div id="SECTION_FOOTER" class="ladi-section"><div class="ladi-container">{foot}</div></div></div>'),
}


# ------------------------------------------------------------------ set 44 layouts (templates over the same keyword arguments, built with set 37's _l37; {n} is a per-page number)
L44 = {
    # NukeViet 4.4, a provincial vendor's theme for a Ban Tuyên giáo và Dân vận (a 'Tin mới' ticker row between the crumbs and the module, three blocks in the right column)
    "nv44_tgdv": _l37('<div class="tgdv-wrap"><div class="tgdv-topbar"><div class="container">{left}</div></div><header class="tgdv-header"><div class="container">{top}</div></header>'
                      '<nav class="tgdv-menu" id="menusite"><div class="container">{nav}</div></nav><section class="container" id="body"><div class="tgdv-crumb">{crumbs}</div><div class="row">'
                      '<div class="col-md-17 col-sm-16 tgdv-main">{main}</div><div class="col-md-7 col-sm-8 tgdv-right">{side}</div></div>{below}</section>'
                      '<footer id="footer" class="tgdv-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.5, a provincial vendor's theme for a Hội Người cao tuổi (large type, a high-contrast switch, the news module with previous / next items)
    "nv45_nct": _l37('<div class="nct-body"><div class="nct-access">{left}</div><header class="nct-header"><div class="wraper">{top}</div></header><nav class="nct-nav"><div class="wraper">{nav}</div></nav>'
                     '<div class="wraper nct-content"><nav class="third-nav"><div class="breadcrumbs-wrap">{crumbs}</div></nav><div class="row"><div class="col-md-16">{main}</div>'
                     '<div class="col-md-8 nct-side">{side}</div></div>{below}</div><footer id="footer" class="nct-footer"><div class="wraper">{foot}</div></footer></div>'),
    # the '.dcs.vn' platform's PRINT view (/print/<id>/<slug>.html: no menu, no sidebar, no columns; a print bar with the day of printing and the item's address)
    "dcs_print": _l37('<div class="dcs-print-page"><div class="dcs-print-tools no-print">{left}</div><div class="dcs-print-head">{top}</div>{crumbs}<div class="dcs-print-body">{main}</div>'
                      '{below}<div class="dcs-print-foot">{foot}</div></div>'),
    # Liferay DXP 7.3, VNPT's e-portal theme and its news detail portlet (vnpt_news_detail_web_portlet) with a 'Tin cùng chuyên mục' portlet under it in column-1
    "lr73vnpt": _l37('<div id="wrapper" class="vnpt73"><header id="banner"><div class="vnpt73-topbar">{left}</div><div class="container">{top}</div><nav id="navigation" class="navbar navbar-expand-lg vnpt73-nav"><div class="container">{nav}</div></nav></header>'
                     '<section id="content"><div class="container"><div class="vnpt73-crumb">{crumbs}</div><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">'
                     '<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">{main}</div></div>'
                     '<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">{side}</div></div></div></div>{below}</div></section>'
                     '<footer id="footer" role="contentinfo"><div class="container">{foot}</div></footer></div>'),
    # Liferay DXP 7.2, a vendor theme and Viettel's news portlet (viettel_news_detail_portlet) in a 3-9 layout: the section menu portlet on the left
    "lr72vtt": _l37('<div id="wrapper" class="vtt72"><header id="banner" class="vtt72-header"><div class="vtt72-strip">{left}</div><div class="container">{top}</div></header><nav id="navigation" class="vtt72-nav">{nav}</nav>'
                    '<section id="content"><div class="container"><div class="vtt72-crumb">{crumbs}</div><div class="columns-1-3" id="main-content"><div class="portlet-layout row">'
                    '<div class="col-md-3 portlet-column" id="column-1"><div class="portlet-dropzone">{side}</div></div><div class="col-md-9 portlet-column portlet-column-last" id="column-2">'
                    '<div class="portlet-dropzone"><div class="portlet-boundary portlet-boundary_viettel_news_detail_portlet_ portlet-static" id="p_p_id_viettel_news_detail_portlet_INSTANCE_t{n}_">{main}</div></div></div></div></div>{below}</div></section>'
                    '<footer id="footer">{foot}</footer></div>'),
    # SharePoint Server 2016, a vendor master and CMC's news detail web part (CMC.Portal.WebParts.NewsDetail) in the left zone of a two-zone page layout
    "sp2016cmc": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="cmc16-top">{left}</div><div class="cmc16-banner">{top}</div><div class="cmc16-nav">{nav}</div>'
                      '<div id="contentRow" class="cmc16-row"><div id="contentBox"><div id="DeltaPlaceHolderMain"><div class="cmc16-crumb">{crumbs}</div><table class="cmc16-zones" width="100%"><tr>'
                      '<td valign="top" class="cmc16-left"><div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain"><div class="ms-webpart-chrome">'
                      '<div class="ms-WPBody" id="WebPartWPQ3"><div id="ctl00_ctl42_g_{n}_pnNewsDetail" class="cmc-news-detail">{main}</div></div></div></div></div></td>'
                      '<td valign="top" class="cmc16-right" width="320">{side}</td></tr></table>{below}</div></div></div><div class="cmc16-footer">{foot}</div></div></div>'),
    # SharePoint Server 2013, a ward Party committee's sub-site and VNPT's news web part (VNPT.Portal.NewsDetailWebPart), seattle.master-derived
    "sp2013vnpt": _l37('<div id="s4-workspace" class="vnpt13"><div id="s4-bodyContainer"><div class="vnpt13-top">{left}</div><div class="vnpt13-header">{top}</div><div class="vnpt13-menu">{nav}</div>'
                       '<div id="contentRow"><div id="contentBox"><div class="vnpt13-crumb">{crumbs}</div><div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth">'
                       '<div class="ms-WPBody" id="WebPartWPQ2"><div class="vnpt-newsdetail">{main}</div></div></div></div></div><div id="sideNavBox" class="vnpt13-side">{side}</div></div>{below}'
                       '<div class="vnpt13-footer">{foot}</div></div></div>'),
    # DNN 9.10, a provincial vendor's skin and a local vendor's news module (the 'Tin cùng chuyên mục' module in the LeftPane, the detail in the ContentPane)
    "dnn9vn": _l37('<div id="dnn_wrapper" class="dnn9vn"><div class="dnn9vn-top">{left}</div><div id="dnn_HeaderPane" class="HeaderPane">{top}</div><div id="dnn_MenuPane" class="dnn9vn-menu">{nav}</div>'
                   '<div class="container"><div class="dnn9vn-crumb">{crumbs}</div><div class="row"><div id="dnn_LeftPane" class="LeftPane col-md-3">{side}</div>'
                   '<div id="dnn_ContentPane" class="ContentPane col-md-9"><div class="DnnModule DnnModule-VNS_TinTuc DnnModule-{n}"><a name="{n}"></a><div class="c_container"><div id="dnn_ctr{n}_ContentPane">{main}</div></div></div></div></div>{below}</div>'
                   '<div id="dnn_FooterPane" class="FooterPane">{foot}</div></div>'),
    # WordPress + Twenty Fifteen (the default theme of 2015): the sidebar column on the LEFT with the site title, the content on the right, the entry footer after the text
    "tt15": _l37('<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a><div id="sidebar" class="sidebar"><header id="masthead" class="site-header" role="banner">'
                 '<div class="site-branding">{top}<button class="secondary-toggle">Menu và widget</button></div></header><div id="secondary" class="secondary"><nav id="site-navigation" class="main-navigation">{nav}</nav>'
                 '<div id="widget-area" class="widget-area" role="complementary">{side}</div></div></div><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">'
                 '{crumbs}{main}</main></div></div>{below}<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">{foot}{left}<a href="https://vi.wordpress.example/">Tự hào sử dụng WordPress</a></div></footer></div>'),
    # WordPress + Zox News (MVP Themes): the fly-out menu, the 'Latest' ticker, the post header with the category label over the h1, the right sidebar
    "zox": _l37('<div id="mvp-site" class="left relative"><div id="mvp-site-wall"><div id="mvp-leader-wrap">{left}</div><div id="mvp-site-main"><header id="mvp-main-head-wrap"><nav id="mvp-main-nav-wrap"><div class="mvp-main-box">{top}<div class="mvp-nav-menu">{nav}</div></div></nav></header>'
                '<div id="mvp-main-body-wrap" class="left relative"><div class="mvp-main-box">{crumbs}<div id="mvp-post-main" class="left relative"><div id="mvp-post-content" class="left relative">{main}</div>'
                '<div id="mvp-side-wrap" class="left relative theiaStickySidebar">{side}</div></div>{below}</div></div><footer id="mvp-foot-wrap" class="left relative"><div class="mvp-main-box">{foot}</div></footer></div></div></div>'),
    # Joomla 3.10, JoomlArt's JA Magz II template (T3 Framework: the 'breaking news' bar in the header, t3-mainbody with the sidebar on the right)
    "jamagz": _l37('<div class="t3-wrapper"><header id="t3-header" class="t3-header"><div class="container"><div class="row"><div class="col-xs-12 col-sm-4 logo">{top}</div><div class="col-sm-8 t3-breaking">{left}</div></div></div></header>'
                   '<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container">{nav}</div></nav><div class="container t3-sl-1">{crumbs}</div>'
                   '<div id="t3-mainbody" class="container t3-mainbody"><div class="row"><div id="t3-content" class="t3-content col-xs-12 col-sm-8">{main}</div><div class="t3-sidebar col-xs-12 col-sm-4">{side}</div></div></div>{below}'
                   '<footer id="t3-footer" class="wrap t3-footer"><div class="container">{foot}</div></footer></div>'),
    # Drupal 9, the contributed 'bootstrap4' theme with a vendor's sub-theme (region-breadcrumb, node--article--full, field--name-field-* blocks)
    "d9bs4": _l37('<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper"><div id="page"><header id="header" class="header" role="banner"><div class="container">{top}</div><div class="navbar navbar-expand-lg">{nav}</div><div class="region region-header-top">{left}</div></header>'
                  '<div id="main-wrapper" class="layout-main-wrapper clearfix"><div class="container"><div class="region region-breadcrumb">{crumbs}</div><div class="row"><main class="main-content col-md-8" id="content" role="main">{main}</main>'
                  '<div class="sidebar_second sidebar col-md-4"><aside class="section" role="complementary">{side}</aside></div></div>{below}</div></div><footer class="site-footer"><div class="container">{foot}</div></footer></div></div></div>'),
    # a local vendor's ASP.NET WebForms CMS (a PlaceHolder loading ucChiTietTin.ascx; a weather and clock widget in the header; 'Tin khác' as an asp:BulletedList)
    "wfuc": _l37('<div class="uc-page"><div class="uc-header"><div class="uc-banner">{top}</div><div class="uc-widget">{left}</div></div><div class="uc-menu">{nav}</div><div class="uc-body"><div class="uc-crumb">{crumbs}</div>'
                 '<table class="uc-cols" cellpadding="0" cellspacing="0" width="100%"><tr><td class="uc-main" valign="top"><div id="ctl00_cphContent_phDetail">{main}</div></td><td class="uc-right" valign="top" width="290">{side}</td></tr></table>{below}</div>'
                 '<div class="uc-footer">{foot}</div></div>'),
    # a merged provincial press agency's CMS, the PRINT-EDITION article view (/bao-in/so-<n>/<slug>.html: an issue bar over the headline, 'Cùng số báo' list)
    "press_epaper": _l37('<div class="site-wrap"><div class="topbar"><div class="container">{left}</div></div><header class="site-header"><div class="container">{top}</div></header><nav class="main-nav"><div class="container">{nav}</div></nav>'
                         '<div class="container detail-page type-print-edition"><div class="breadcrumb-row">{crumbs}</div><div class="row"><div class="col-lg-8 detail-main">{main}</div><div class="col-lg-4 detail-right">{side}</div></div>{below}</div>'
                         '<footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
    # Joomla 4.4, JoomShaper's Helix Ultimate 2 template (sp-header, sp-page-title, sp-main-body with the right sidebar), com_content
    "j4helix": _l37('<div class="body-wrapper"><div class="body-innerwrapper"><div id="sp-top-bar"><div class="container">{left}</div></div><header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto">{top}</div>'
                    '<div id="sp-menu" class="col-auto flex-auto">{nav}</div></div></div></div></header><section id="sp-page-title"><div class="container">{crumbs}</div></section>'
                    '<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row"><main id="sp-component" class="col-lg-8"><div class="sp-column">{main}</div></main>'
                    '<aside id="sp-right" class="col-lg-4"><div class="sp-column">{side}</div></aside></div></div></div></section>{below}<footer id="sp-footer"><div class="container">{foot}</div></footer></div></div>'),
    # Mezzanine 6 (Django), a vendor's Bootstrap 3 theme over Mezzanine's blog_post_detail.html (the 'Đăng bởi' line with timesince, keywords, threaded comments)
    "mezzanine": _l37('<div class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="container">{top}{nav}</div></div><div class="container"><div class="mz-topline">{left}</div>{crumbs}</div>'
                      '<div class="container"><div class="row"><div class="col-md-2 left">{below}</div><div class="col-md-7 middle">{main}</div><div class="col-md-3 right">{side}</div></div></div>'
                      '<footer><div class="container">{foot}<p class="site-info text-center">Xây dựng trên <a href="https://mezzanine.example/">Mezzanine</a> và <a href="https://django.example/">Django</a></p></div></footer>'),
    # HubSpot CMS Hub, a theme's blog post template (hs_cos_wrapper modules: the post header with the author's avatar, the post body, the author box, related posts)
    "hubspot": _l37('<div class="body-wrapper hs-content-id-{n} hs-blog-post"><div data-global-resource-path="theme/templates/partials/header.html"><header class="header"><div class="header__top">{left}</div><div class="header__container content-wrapper">{top}<div class="header__menu">{nav}</div></div></header></div>'
                    '<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">{crumbs}<article class="blog-post">{main}</article></div>'
                    '<div class="content-wrapper blog-related">{side}</div>{below}</div></main><div data-global-resource-path="theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">{foot}</div></footer></div></div>'),
    # Squarespace 7.1, a blog item page (header with the site title and navigation, the blog-item-wrapper with its top meta, the item pagination at the end, footer sections)
    "squarespace": _l37('<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"><div class="header-announcement-bar-wrapper">{left}</div><div class="header-inner"><div class="header-title">{top}</div><div class="header-nav">{nav}</div></div></header>'
                        '<main id="page" class="container" role="main"><article class="sections" id="sections"><section class="page-section"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">{crumbs}{main}</div></div></div></section></article>'
                        '<section class="page-section blog-more">{side}{below}</section></main><footer class="sections" id="footer-sections"><section class="page-section">{foot}</section></footer></div>'),
}


# ------------------------------------------------------------------ set 45 layouts (built with set 37's _l37; each: keyword arguments rng, prefix, top, nav, crumbs, main, side, below, foot, left)
L45 = {
    # NukeViet 4.3, a commune Party committee's vendor theme (a narrow two-column body, the 'Nghe bài viết' player and a tool row in the news module)
    "nv43_xa": _l37('<div class="xa43-wrap"><div class="xa43-top"><div class="container">{left}</div></div><header class="xa43-header"><div class="container">{top}</div></header>'
                    '<nav class="xa43-menu" id="menusite"><div class="container">{nav}</div></nav><section class="container" id="body"><div class="xa43-crumb">{crumbs}</div><div class="row">'
                    '<div class="col-md-16 xa43-main">{main}</div><div class="col-md-8 xa43-right">{side}</div></div>{below}</section><footer id="footer" class="xa43-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.5, the 'faq' module (Hỏi - Đáp) under a Ban Tổ chức Tỉnh ủy vendor theme
    "nv45_faq": _l37('<div class="btc-wrap"><div class="btc-topbar"><div class="container">{left}</div></div><header class="btc-header"><div class="container">{top}</div></header><nav class="btc-nav"><div class="container">{nav}</div></nav>'
                     '<div class="container btc-body"><nav class="third-nav">{crumbs}</nav><div class="row"><div class="col-md-17 module-faq">{main}</div><div class="col-md-7 btc-side">{side}</div></div>{below}</div>'
                     '<footer id="footer" class="btc-footer"><div class="container">{foot}</div></footer></div>'),
    # the '.dcs.vn' platform, the SERIES ('Loạt bài') article template: a series kicker, a series navigation box over the text, 'Kỳ sau' under it
    "dcs_series": _l37('<div class="dcs-wrap"><div class="dcs-topbar"><div class="container">{left}</div></div><header class="dcs-header"><div class="container">{top}</div></header><nav class="dcs-nav"><div class="container">{nav}</div></nav>'
                       '<div class="container dcs-body"><div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-series-article">{main}</div><div class="col-md-4 dcs-right">{side}</div></div>{below}</div>'
                       '<footer class="dcs-footer"><div class="container">{foot}</div></footer></div>'),
    # Liferay DXP 7.1, a vendor theme and FPT's news detail portlet (fpt_news_detail_portlet) with its attachment list
    "lr71fpt": _l37('<div id="wrapper" class="fpt71"><header id="banner"><div class="fpt71-top">{left}</div><div class="container">{top}</div><nav id="navigation" class="fpt71-nav">{nav}</nav></header>'
                    '<section id="content"><div class="container"><div class="fpt71-crumb">{crumbs}</div><div class="columns-2" id="main-content"><div class="portlet-layout row">'
                    '<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone"><div class="portlet-boundary portlet-boundary_fpt_news_detail_portlet_" id="p_p_id_fpt_news_detail_portlet_INSTANCE_f{n}_">{main}</div></div></div>'
                    '<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone">{side}</div></div></div></div>{below}</div></section><footer id="footer">{foot}</footer></div>'),
    # Liferay 7.4 CE GA, a vendor theme and CMC's news detail portlet (cmc_news_detail) in a 8-4 layout, an interview
    "lr74cmc": _l37('<div class="d-flex flex-column min-vh-100"><div id="wrapper" class="cmc74"><header id="banner" class="cmc74-header"><div class="cmc74-topbar">{left}</div><div class="container-fluid container-fluid-max-xl">{top}</div>'
                    '<nav class="cmc74-nav">{nav}</nav></header><section id="content"><div class="container-fluid container-fluid-max-xl"><div class="cmc74-crumb">{crumbs}</div><div class="row">'
                    '<div class="col-lg-8" id="column-1"><div class="portlet-boundary portlet-boundary_cmc_news_detail_"><div class="portlet-content">{main}</div></div></div><div class="col-lg-4" id="column-2">{side}</div></div>{below}</div></section>'
                    '<footer id="footer" class="cmc74-footer">{foot}</footer></div></div>'),
    # SharePoint Server 2019, a vendor master and Viettel's news web part (Viettel.Portal.NewsDetail) in a one-zone page layout with a right rail
    "sp2019vtt": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="vtt19-top">{left}</div><div class="vtt19-banner">{top}</div><div class="vtt19-nav">{nav}</div>'
                      '<div id="contentRow"><div id="contentBox" class="vtt19-box"><div class="vtt19-crumb">{crumbs}</div><div class="vtt19-grid"><div class="vtt19-main"><div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome">'
                      '<div class="ms-WPBody" id="WebPartWPQ2"><div class="vtt-news-detail">{main}</div></div></div></div></div><div class="vtt19-rail">{side}</div></div>{below}</div></div><div class="vtt19-footer">{foot}</div></div></div>'),
    # SharePoint Server Subscription Edition, a ward Party committee's document page: a vendor's document-detail web part with the full text and the files
    "spse_doc": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="se-top">{left}</div><div class="se-header">{top}</div><div class="se-menu">{nav}</div>'
                     '<div id="contentRow"><div id="sideNavBox" class="se-left">{side}</div><div id="contentBox"><div class="se-crumb">{crumbs}</div><div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome">'
                     '<div class="ms-WPBody" id="WebPartWPQ3"><div class="doc-detail">{main}</div></div></div></div></div></div>{below}<div class="se-footer">{foot}</div></div></div>'),
    # DNN 10, a provincial vendor's skin and a local vendor's photo-story module (full-width pane, no sidebar in the content row; most-read under it)
    "dnn10photo": _l37('<div id="dnn_wrapper" class="dnn10ps"><div class="dnn10ps-top">{left}</div><div id="dnn_HeaderPane" class="HeaderPane">{top}</div><div id="dnn_MenuPane">{nav}</div>'
                       '<div class="container"><div class="dnn10ps-crumb">{crumbs}</div><div id="dnn_ContentPane" class="ContentPane"><div class="DnnModule DnnModule-VNS_PhotoStory DnnModule-{n}"><div id="dnn_ctr{n}_ContentPane">{main}</div></div></div>'
                       '<div id="dnn_BottomPane" class="BottomPane">{side}</div>{below}</div><div id="dnn_FooterPane" class="FooterPane">{foot}</div></div>'),
    # WordPress + Twenty Fourteen (the default theme of 2014): the left sidebar with the site navigation, the featured content, the content sidebar on the right
    "tt14": _l37('<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><div class="header-main">{top}<nav id="primary-navigation" class="site-navigation primary-navigation">{nav}</nav></div></header>'
                 '<div id="main" class="site-main"><div id="main-content" class="main-content"><div id="primary" class="content-area"><div id="content" class="site-content" role="main">{crumbs}{main}</div></div>'
                 '<div id="content-sidebar" class="content-sidebar widget-area" role="complementary">{side}</div></div><div id="secondary"><div class="site-description">{left}</div></div></div>{below}'
                 '<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">{foot}<a href="https://vi.wordpress.example/">Tự hào sử dụng WordPress</a></div></footer></div>'),
    # WordPress + MoreNews (AF themes): the top header with the date, the main navigation, the single post with the author box, the right sidebar
    "morenews": _l37('<div id="page" class="site af-whole-wrapper"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a><header id="masthead" class="header-layout-default"><div class="top-header"><div class="container-wrapper">{left}</div></div>'
                     '<div class="main-header"><div class="container-wrapper">{top}</div></div><div class="main-navigation-wrapper"><nav class="main-navigation">{nav}</nav></div></header>'
                     '<div id="content" class="container-wrapper"><div class="af-breadcrumbs">{crumbs}</div><div class="section-block-upper"><div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div>'
                     '<aside id="secondary" class="widget-area">{side}</aside></div>{below}</div><footer class="site-footer"><div class="container-wrapper">{foot}</div></footer></div>'),
    # Joomla 3.10, JoomlArt's Purity III (T3 Framework: t3-mainbody, the article tools row with font size and print above the text)
    "purity3": _l37('<div class="t3-wrapper"><header id="t3-header" class="container t3-header"><div class="row"><div class="col-xs-12 col-sm-8 logo">{top}</div><div class="col-xs-12 col-sm-4">{left}</div></div></header>'
                    '<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container">{nav}</div></nav><div class="container">{crumbs}</div>'
                    '<div id="t3-mainbody" class="container t3-mainbody"><div class="row"><div id="t3-content" class="t3-content col-xs-12 col-sm-8">{main}</div><div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4">{side}</div></div></div>{below}'
                    '<footer id="t3-footer" class="wrap t3-footer"><div class="container">{foot}</div></footer></div>'),
    # Drupal 8.9, the contributed 'bootstrap' (3.x) base theme with a vendor's sub-theme: a research article node with field blocks
    "d8bs3": _l37('<div class="dialog-off-canvas-main-canvas"><header class="navbar navbar-default container" id="navbar" role="banner"><div class="navbar-header">{top}</div><div class="navbar-collapse">{nav}</div></header>'
                  '<div role="main" class="main-container container js-quickedit-main-content"><div class="row"><div class="col-sm-12" role="heading">{left}{crumbs}</div>'
                  '<section class="col-sm-9">{main}</section><aside class="col-sm-3" role="complementary">{side}</aside></div>{below}</div><footer class="footer container" role="contentinfo">{foot}</footer></div>'),
    # a vendor's ASP.NET MVC 5 CMS (Areas/Portal, _LayoutDetail.cshtml: the detail partial, comments partial, next / previous partial)
    "mvc5": _l37('<div class="mvc-page"><div class="mvc-top"><div class="container">{left}</div></div><header class="mvc-header"><div class="container">{top}</div></header><nav class="mvc-nav"><div class="container">{nav}</div></nav>'
                 '<div class="container mvc-body"><div class="mvc-crumb">{crumbs}</div><div class="row"><div class="col-md-8" id="detail-partial">{main}</div><div class="col-md-4 mvc-side">{side}</div></div>{below}</div>'
                 '<footer class="mvc-footer"><div class="container">{foot}</div></footer></div>'),
    # a merged provincial press agency's CMS, the LONG-READ article view (a sticky table of contents on the left, the audio player, the text column)
    "press_longread": _l37('<div class="site-wrap"><div class="topbar"><div class="container">{left}</div></div><header class="site-header"><div class="container">{top}</div></header><nav class="main-nav"><div class="container">{nav}</div></nav>'
                           '<div class="container detail-page type-longread"><div class="breadcrumb-row">{crumbs}</div><div class="longread-grid">{main}</div><div class="detail-bottom">{side}</div>{below}</div>'
                           '<footer class="site-footer"><div class="container">{foot}</div></footer></div>'),
    # Joomla 5.2, JoomlArt's Purity IV (T4 Framework 2): t4-header, t4-mainnav, t4-main-body with a right sidebar
    "purity4": _l37('<div class="t4-wrapper"><div class="t4-content"><div class="t4-content-inner"><div id="t4-topbar" class="t4-section">{left}</div><div id="t4-header" class="t4-section t4-header"><div class="t4-section-inner container">{top}</div></div>'
                    '<div id="t4-mainnav" class="t4-section">{nav}</div><div id="t4-breadcrumbs" class="t4-section"><div class="container">{crumbs}</div></div><div id="t4-main-body" class="t4-section"><div class="t4-section-inner container"><div class="t4-row row">'
                    '<div class="t4-col component col-md">{main}</div><div class="t4-col sidebar-r col-12 col-md-4">{side}</div></div></div></div>{below}<div id="t4-footer" class="t4-section">{foot}</div></div></div></div>'),
    # SPIP 4, the 'Sarka-SPIP'-like squelette of an association (#ENTETE, #NAVIGATION, the article with its #NOTES block, forum)
    "spip": _l37('<div class="page"><div class="header" id="entete">{top}</div><div class="nav clearfix" id="nav">{nav}</div><div class="wrapper"><div class="content" id="content"><p class="arbo">{crumbs}</p>{main}</div>'
                 '<div class="aside" id="aside">{side}{left}</div></div>{below}<div class="footer" id="pied">{foot}<p class="generator">Site réalisé avec <a href="https://spip.example/">SPIP</a></p></div></div>'),
    # Dotclear 2, the Berlin theme (#top, #prelude, #main > #wrapper > #content, #sidebar with #blognav and #blogextra)
    "dotclear": _l37('<div id="page"><div id="top" role="banner"><h1><span>{top}</span></h1></div><p id="prelude" role="navigation">{left}</p><div id="wrapper"><div id="main" role="main"><div id="content">{crumbs}{main}</div></div>'
                     '<div id="sidebar" role="complementary"><div id="blognav">{nav}</div><div id="blogextra">{side}</div></div></div>{below}<div id="footer" role="contentinfo">{foot}<p>Được vận hành bởi <a href="https://dotclear.example/">Dotclear</a></p></div></div>'),
    # CMS Made Simple 2, a vendor template over the News module's detail template (NewsArticle, the 'Quay lại' link, a sidebar of {global_content})
    "cmsms": _l37('<div id="pagewrapper" class="core"><header id="header"><div class="cmsms-top">{left}</div><div class="logo">{top}</div></header><nav id="menu_vert" class="cmsms-menu">{nav}</nav>'
                  '<div id="content"><div class="crbk">{crumbs}</div><div class="cms-row"><div class="cms-main">{main}</div><div class="cms-sidebar">{side}</div></div>{below}</div>'
                  '<footer id="footer">{foot}<p class="cms-power">CMS Made Simple</p></footer></div>'),
}


L46 = {
    # NukeViet 4.2, a commune Fatherland Front committee's vendor theme (green header, a left 'Chuyên mục' block, the news module in the right 2/3)
    "nv42_mttq": _l37('<div class="mt42-wrap"><div class="mt42-top"><div class="container">{left}</div></div><header class="mt42-header"><div class="container">{top}</div></header>'
                      '<nav class="mt42-menu" id="menusite"><div class="container">{nav}</div></nav><section class="container" id="body"><div class="mt42-crumb">{crumbs}</div><div class="row">'
                      '<div class="col-md-8 mt42-left">{side}</div><div class="col-md-16 mt42-main">{main}</div></div>{below}</section><footer id="footer" class="mt42-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.4, an inspection commission's THREE-COLUMN vendor theme (left menu column, the news module in the MIDDLE column, a right column of documents)
    "nv44_ubkt3": _l37('<div class="ubkt-wrap"><header class="ubkt-header"><div class="ubkt-clock">{left}</div><div class="container">{top}</div></header><nav class="ubkt-nav">{nav}</nav>'
                       '<div class="container ubkt-body"><div class="ubkt-crumb">{crumbs}</div><div class="row"><div class="col-md-5 ubkt-col-left"><div class="panel panel-default"><div class="panel-heading">Chuyên mục</div>'
                       '<ul class="ubkt-catmenu"><li>Tin hoạt động</li><li>Kiểm tra</li><li>Giám sát</li><li>Thi hành kỷ luật</li><li>Văn bản</li></ul></div></div>'
                       '<div class="col-md-13 ubkt-col-middle">{main}</div><div class="col-md-6 ubkt-col-right">{side}</div></div>{below}</div><footer class="ubkt-footer">{foot}</footer></div>'),
    # NukeViet 4.5, the vendor theme of a Đảng ủy các cơ quan Đảng tỉnh (a LEFT sidebar, the news module right, 'Bài viết cùng chuyên mục' as a card grid)
    "nv45_dccq": _l37('<div class="dccq-wrap"><div class="dccq-topbar">{left}</div><header class="dccq-header"><div class="container">{top}</div></header><nav class="dccq-nav"><div class="container">{nav}</div></nav>'
                      '<main class="container dccq-body"><nav class="third-nav">{crumbs}</nav><div class="row"><aside class="col-md-7 dccq-aside">{side}</aside><div class="col-md-17 dccq-main">{main}</div></div>{below}</main>'
                      '<footer id="footer" class="dccq-footer"><div class="container">{foot}</div></footer></div>'),
    # the '.dcs.vn' platform, the 'Gương sáng' PORTRAIT template (a wide portrait banner over a one-column text, the sidebar below)
    "dcs_portrait": _l37('<div class="dcs-wrap dcs-portrait-page"><div class="dcs-topbar">{left}</div><header class="dcs-header">{top}</header><nav class="dcs-nav">{nav}</nav>'
                         '<div class="container"><div class="dcs-crumb">{crumbs}</div><article class="dcs-portrait">{main}</article><div class="dcs-portrait-more">{side}</div>{below}</div>'
                         '<footer class="dcs-footer">{foot}</footer></div>'),
    # the '.dcs.vn' platform, the 'Ngày này năm xưa' (this day in history) template of the Party history section
    "dcs_history": _l37('<div class="dcs-wrap"><div class="dcs-topbar">{left}</div><header class="dcs-header">{top}</header><nav class="dcs-nav">{nav}</nav>'
                        '<div class="container dcs-body dcs-lsd"><div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-lsd-main">{main}</div><div class="col-md-4 dcs-lsd-right">{side}</div></div>{below}</div>'
                        '<footer class="dcs-footer">{foot}</footer></div>'),
    # the '.dcs.vn' platform, the 'Tin cơ sở' (grassroots contributions) template: a contributor field box and the contributors' ranking in the right column
    "dcs_coso": _l37('<div class="dcs-wrap"><div class="dcs-topbar">{left}</div><header class="dcs-header">{top}</header><nav class="dcs-nav">{nav}</nav>'
                     '<div class="container dcs-body"><div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-coso-main">{main}</div><div class="col-md-4 dcs-coso-right">{side}</div></div>{below}</div>'
                     '<footer class="dcs-footer">{foot}</footer></div>'),
    # Liferay DXP 2023.Q4, a vendor theme and Viettel's news detail portlet (viettel_news_detail) in a 9-3 layout
    "lr23q4vtt": _l37('<div class="d-flex flex-column min-vh-100"><div id="wrapper" class="vtt23"><header id="banner" class="vtt23-header"><div class="vtt23-top">{left}</div><div class="container-fluid container-fluid-max-xl">{top}</div>'
                      '<nav class="vtt23-nav">{nav}</nav></header><section id="content"><div class="container-fluid container-fluid-max-xl"><div class="vtt23-crumb">{crumbs}</div><div class="row">'
                      '<div class="col-lg-9" id="column-1"><div class="portlet-boundary portlet-boundary_viettel_news_detail_portlet_" id="p_p_id_viettel_news_detail_portlet_INSTANCE_v{n}_"><div class="portlet-content">{main}</div></div></div>'
                      '<div class="col-lg-3" id="column-2">{side}</div></div>{below}</div></section><footer id="footer" class="vtt23-footer">{foot}</footer></div></div>'),
    # Liferay DXP 2025.Q1, a vendor theme and VNPT's news portlet (vnpt_news_detail) under a full-width title band
    "lr25q1vnpt": _l37('<div id="wrapper" class="vnpt25"><header id="banner" class="vnpt25-header"><div class="vnpt25-top">{left}</div>{top}<nav class="vnpt25-nav">{nav}</nav></header>'
                       '<section id="content"><div class="vnpt25-band"><div class="container">{crumbs}</div></div><div class="container"><div class="row"><div class="col-md-8 portlet-column" id="column-1">'
                       '<div class="portlet-boundary portlet-boundary_vnpt_news_detail_" id="p_p_id_vnpt_news_detail_INSTANCE_n{n}_">{main}</div></div><div class="col-md-4 portlet-column" id="column-2">{side}</div></div>{below}</div></section>'
                       '<footer id="footer" class="vnpt25-footer">{foot}</footer></div>'),
    # SharePoint Server 2013, a vendor master and VNPT-Media's news detail web part in a table page layout
    "sp2013vm": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="vm13-top">{left}</div><div class="vm13-banner">{top}</div><div class="vm13-nav">{nav}</div>'
                     '<div id="contentRow"><table class="vm13-layout" width="100%" cellpadding="0" cellspacing="0"><tr><td class="vm13-main" valign="top"><div class="vm13-crumb">{crumbs}</div>'
                     '<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome"><div class="ms-WPBody" id="WebPartWPQ4">{main}</div></div></div></td><td class="vm13-right" valign="top" width="300">{side}</td></tr></table>{below}</div>'
                     '<div class="vm13-footer">{foot}</div></div></div>'),
    # SharePoint Server 2016, a vendor master and Mobifone's news web part (an interview), a left quick-launch
    "sp2016mbf": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="mbf16-top">{left}</div><div class="mbf16-banner">{top}</div><div class="mbf16-nav">{nav}</div>'
                      '<div id="contentRow"><div id="sideNavBox" class="mbf16-left">{side}</div><div id="contentBox"><div class="mbf16-crumb">{crumbs}</div><div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome">'
                      '<div class="ms-WPBody" id="WebPartWPQ2"><div class="mbf-news-detail">{main}</div></div></div></div>{below}</div></div><div class="mbf16-footer">{foot}</div></div></div>'),
    # WordPress, the Twenty Thirteen theme (#masthead with the site title, #navbar, #primary > #content, #tertiary sidebar)
    "tt13": _l37('<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><a class="home-link" href="/">{top}</a><div id="navbar" class="navbar"><nav id="site-navigation" class="navigation main-navigation">{nav}</nav></div></header>'
                 '<div id="main" class="site-main"><div id="primary" class="content-area"><div id="content" class="site-content" role="main">{crumbs}{main}</div></div>'
                 '<div id="tertiary" class="sidebar-container" role="complementary"><div class="sidebar-inner"><div class="widget-area">{side}{left}</div></div></div></div>{below}'
                 '<footer id="colophon" class="site-footer" role="contentinfo">{foot}<div class="site-info"><a href="https://wordpress.example/">Được hỗ trợ bởi WordPress</a></div></footer></div>'),
    # a vendor's ASP.NET WebForms CMS: a FormView detail (ucChiTiet), a ListView photo strip and a ListView 'Tin cùng chuyên mục' in a Bootstrap 3 master
    "aspx_lv": _l37('<form method="post" action="./chi-tiet.aspx" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTM{n}" /></div>'
                    '<div class="lv-wrap"><div class="lv-top">{left}</div><div class="lv-header">{top}</div><div class="lv-menu">{nav}</div><div class="container"><div class="lv-crumb">{crumbs}</div><div class="row">'
                    '<div class="col-md-8" id="ctl00_ContentPlaceHolder1_pnMain">{main}</div><div class="col-md-4">{side}</div></div>{below}</div><div class="lv-footer">{foot}</div></div></form>'),
    # DotNetNuke 5.6, a vendor skin (ContentPane / RightPane), a local vendor's news module
    "dnn56": _l37('<form method="post" action="/Default.aspx?tabid=212" id="Form"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJNj{n}" /><div id="dnn_wrapper" class="skin56">'
                  '<div id="dnn_HeaderPane" class="hdr56">{top}</div><div class="clock56">{left}</div><div id="dnn_MenuPane" class="menu56">{nav}</div><div id="dnn_BreadcrumbPane" class="crumb56">{crumbs}</div>'
                  '<table class="skin56-layout" width="100%" cellpadding="0" cellspacing="0"><tr><td id="dnn_ContentPane" class="contentpane" valign="top"><div class="DnnModule DnnModule-VendorNews DnnModule-884"><a name="884"></a>'
                  '<div class="c_container c_head_grey"><div id="dnn_ctr884_ContentPane" class="c_contentpane"><div id="dnn_ctr884_ModuleContent" class="VendorNewsContent">{main}</div></div></div></div></td>'
                  '<td id="dnn_RightPane" class="rightpane" valign="top" width="280">{side}</td></tr></table>{below}<div id="dnn_FooterPane" class="ftr56">{foot}</div></div>'
                  '<input name="ScrollTop" type="hidden" id="ScrollTop" /><input name="__dnnVariable" type="hidden" id="__dnnVariable" value="" /></form>'),
    # Joomla 3.9 + K2 2.10 under JA Teline V (T3 framework: t3-mainnav, t3-mainbody, the K2 item in t3-content, t3-sidebar)
    "teline5": _l37('<div class="t3-wrapper"><header id="t3-header" class="container t3-header">{top}</header><nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container">{nav}</div></nav>'
                    '<div class="t3-topbar">{left}</div><div id="t3-mainbody" class="container t3-mainbody"><div class="t3-breadcrumb">{crumbs}</div><div class="row"><div id="t3-content" class="t3-content col-xs-12 col-md-8">{main}</div>'
                    '<div class="t3-sidebar t3-sidebar-right col-xs-12 col-md-4">{side}</div></div></div>{below}<footer id="t3-footer" class="wrap t3-footer">{foot}</footer></div>'),
    # Drupal 7 + the Zircon theme (#page, #header, #main-menu, #main-content with the node, #sidebar-second)
    "zircon": _l37('<div id="page" class="page-default"><div id="header-wrapper"><div id="header" class="section">{top}</div><div class="topbar">{left}</div></div><div id="main-menu-wrapper">{nav}</div>'
                   '<div id="breadcrumb-wrapper">{crumbs}</div><div id="main-wrapper"><div id="main" class="container"><div id="main-content" class="grid-9"><div class="region region-content">{main}</div></div>'
                   '<div id="sidebar-second-wrapper" class="sidebar grid-3"><div class="region region-sidebar-second">{side}</div></div></div></div>{below}<div id="footer-wrapper"><div id="footer">{foot}</div></div></div>'),
    # a provincial press CMS's 'Bạn đọc viết' (readers write) view: the reader's letter with its sender box, the mailbox form after it
    "press_bandoc": _l37('<div class="bd-wrap"><div class="bd-top">{left}</div><header class="bd-header">{top}</header><nav class="bd-nav">{nav}</nav><main class="container bd-body"><div class="bd-crumb">{crumbs}</div>'
                         '<div class="row"><div class="col-md-8 bd-main">{main}</div><div class="col-md-4 bd-right">{side}</div></div>{below}</main><footer class="bd-footer">{foot}</footer></div>'),
    # PHP-Fusion 9, a vendor theme over the News infusion (news.php?readmore=): #mainframe, the side panels
    "phpfusion": _l37('<div id="main-container" class="pf9"><header id="header" class="pf9-header">{top}</header><div class="pf9-nav">{nav}</div><div class="pf9-clock">{left}</div>'
                      '<div class="container"><div class="pf9-crumb">{crumbs}</div><div class="row"><div id="mainframe" class="col-md-9"><div class="pf9-upper"></div>{main}</div>'
                      '<aside id="right" class="col-md-3 pf9-right-panels">{side}</aside></div>{below}</div><footer id="footer" class="pf9-footer">{foot}<div class="pf9-power">Powered by PHP-Fusion</div></footer></div>'),
    # Kooboo CMS 4 (ASP.NET MVC), a site template with its views: Article detail, a right column of content lists
    "kooboo": _l37('<div class="kb-page"><div class="kb-topbar">{left}</div><header class="kb-header">{top}</header><nav class="kb-menu">{nav}</nav><div class="kb-container"><div class="kb-crumb">{crumbs}</div>'
                   '<div class="kb-row"><div class="kb-col-main" data-kooboo-position="main">{main}</div><div class="kb-col-side" data-kooboo-position="right">{side}</div></div>{below}</div><footer class="kb-footer">{foot}</footer></div>'),
}


L47 = {
    # NukeViet 4.3, a commune Party committee's vendor theme (a MEGA-MENU with four-column panels, a tabbed right sidebar: 'Mới nhất' / 'Đọc nhiều')
    "nv43_duxa": _l37('<div class="dx43-wrap"><div class="dx43-top"><div class="container">{left}</div></div><header class="dx43-header"><div class="container">{top}</div></header>'
                      '<nav class="dx43-mega" id="menusite"><div class="container">{nav}</div></nav><section class="container" id="body"><div class="dx43-crumb">{crumbs}</div><div class="row">'
                      '<div class="col-md-16 dx43-main">{main}</div><div class="col-md-8 dx43-right"><ul class="nav nav-tabs"><li class="active"><a href="#tab-new" data-toggle="tab">Mới nhất</a></li><li><a href="#tab-hot" data-toggle="tab">Đọc nhiều</a></li></ul><div class="tab-content">{side}</div></div></div>{below}</section>'
                      '<footer id="footer" class="dx43-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.4, a ward Fatherland Front committee's vendor theme with NukeViet's comment module under the item
    "nv44_mttqp": _l37('<div class="mp44-wrap"><header class="mp44-header"><div class="mp44-clock">{left}</div><div class="container">{top}</div></header><nav class="mp44-nav">{nav}</nav>'
                       '<div class="container mp44-body"><div class="mp44-crumb">{crumbs}</div><div class="row"><div class="col-md-17 mp44-main">{main}</div><div class="col-md-7 mp44-side">{side}</div></div>{below}</div>'
                       '<footer class="mp44-footer">{foot}</footer></div>'),
    # NukeViet 4.5, the vendor theme of a Ban Tổ chức Tỉnh ủy (a full-width mega-menu, a 'Tin liên quan' block inside the item, the right column of documents)
    "nv45_btc": _l37('<div class="btc-wrap"><div class="btc-topbar">{left}</div><header class="btc-header"><div class="container">{top}</div></header><nav class="btc-mega"><div class="container">{nav}</div></nav>'
                     '<main class="container btc-body"><nav class="third-nav">{crumbs}</nav><div class="row"><div class="col-md-17 btc-main">{main}</div><aside class="col-md-7 btc-aside">{side}</aside></div>{below}</main>'
                     '<footer id="footer" class="btc-footer"><div class="container">{foot}</div></footer></div>'),
    # the '.dcs.vn' platform, the 'Học tập và làm theo Bác' template (a portrait strip of the Uncle Ho photographs over the item, a quotation band of the day on the right)
    "dcs_hoctap": _l37('<div class="dcs-wrap dcs-hcm"><div class="dcs-topbar">{left}</div><header class="dcs-header">{top}</header><nav class="dcs-nav">{nav}</nav>'
                       '<div class="container dcs-body"><div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-hcm-main">{main}</div><div class="col-md-4 dcs-hcm-right">{side}</div></div>{below}</div>'
                       '<footer class="dcs-footer">{foot}</footer></div>'),
    # the '.dcs.vn' platform, the 'Bình luận - Phê phán' (commentary) template: an author box with the pen name and a short bio after the text
    "dcs_binhluan": _l37('<div class="dcs-wrap dcs-bl"><div class="dcs-topbar">{left}</div><header class="dcs-header">{top}</header><nav class="dcs-nav">{nav}</nav>'
                         '<div class="container dcs-body"><div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-bl-main">{main}</div><div class="col-md-4 dcs-bl-right">{side}</div></div>{below}</div>'
                         '<footer class="dcs-footer">{foot}</footer></div>'),
    # the '.dcs.vn' platform, the 'Tin địa phương' MAP template: a commune / ward selector over the item, the contributors' list on the right
    "dcs_bando": _l37('<div class="dcs-wrap dcs-map"><div class="dcs-topbar">{left}</div><header class="dcs-header">{top}</header><nav class="dcs-nav">{nav}</nav>'
                      '<div class="container dcs-body"><div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-map-main">{main}</div><div class="col-md-4 dcs-map-right">{side}</div></div>{below}</div>'
                      '<footer class="dcs-footer">{foot}</footer></div>'),
    # Liferay Portal 7.1 CE GA4, a vendor theme and BKAV's news detail portlet (bkav_news_detail) in a 70-30 layout
    "lr71bkav": _l37('<div class="container-fluid" id="wrapper"><header id="banner" class="bk71-header"><div class="bk71-top">{left}</div>{top}<nav class="bk71-nav">{nav}</nav></header>'
                     '<section id="content"><div class="bk71-crumb">{crumbs}</div><div class="columns-70-30" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                     '<div class="portlet-boundary portlet-boundary_bkav_news_detail_" id="p_p_id_bkav_news_detail_INSTANCE_b{n}_"><div class="portlet-content">{main}</div></div></div>'
                     '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer" class="bk71-footer">{foot}</footer></div>'),
    # Liferay DXP 2025.Q3, a vendor theme and CMC's news portlet (cmc_news_detail), Liferay's comments (Discussion) under it
    "lr25q3cmc": _l37('<div class="d-flex flex-column min-vh-100"><div id="wrapper" class="cmc25"><header id="banner" class="cmc25-header"><div class="cmc25-top">{left}</div><div class="container-fluid container-fluid-max-xl">{top}</div>'
                      '<nav class="cmc25-nav">{nav}</nav></header><section id="content"><div class="container-fluid container-fluid-max-xl"><div class="cmc25-crumb">{crumbs}</div><div class="row">'
                      '<div class="col-lg-8" id="column-1"><div class="portlet-boundary portlet-boundary_cmc_news_detail_" id="p_p_id_cmc_news_detail_INSTANCE_c{n}_"><div class="portlet-content">{main}</div></div></div>'
                      '<div class="col-lg-4" id="column-2">{side}</div></div>{below}</div></section><footer id="footer" class="cmc25-footer">{foot}</footer></div></div>'),
    # SharePoint Server 2019, a vendor master and VNPT's eGov news web part, a comments list web part under the item
    "sp2019vnpt": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="eg19-top">{left}</div><div class="eg19-banner">{top}</div><div class="eg19-nav">{nav}</div>'
                       '<div id="contentRow"><table class="eg19-layout" width="100%" cellpadding="0" cellspacing="0"><tr><td class="eg19-main" valign="top"><div class="eg19-crumb">{crumbs}</div>'
                       '<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome"><div class="ms-WPBody" id="WebPartWPQ3">{main}</div></div></div></td><td class="eg19-right" valign="top" width="310">{side}</td></tr></table>{below}</div>'
                       '<div class="eg19-footer">{foot}</div></div></div>'),
    # SharePoint Server 2010, a vendor master (v4.master derived) and Viettel's news web part, a Content Query Web Part of the same section below
    "sp2010vtt": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="vt10-top">{left}</div><div class="vt10-banner">{top}</div><div class="vt10-nav s4-notdlg">{nav}</div>'
                      '<div id="s4-mainarea" class="s4-pr s4-widecontentarea"><div id="MSO_ContentTable" class="s4-ca"><div class="vt10-crumb">{crumbs}</div><table class="vt10-layout" width="100%"><tr>'
                      '<td class="vt10-main" valign="top"><div class="ms-WPBody" id="WebPartWPQ2">{main}</div></td><td class="vt10-right" valign="top" width="290">{side}</td></tr></table>{below}</div></div>'
                      '<div class="vt10-footer">{foot}</div></div></div>'),
    # WordPress, the Twenty Eleven theme (#branding with the header image, #access menu, #primary > #content, #secondary widgets, comments)
    "tt11": _l37('<div id="page" class="hfeed"><header id="branding" role="banner"><hgroup>{top}</hgroup><div class="tt11-clock">{left}</div><nav id="access" role="navigation"><h3 class="assistive-text">Trình đơn chính</h3>{nav}</nav></header>'
                 '<div id="main"><div id="primary"><div id="content" role="main">{crumbs}{main}</div></div><div id="secondary" class="widget-area" role="complementary">{side}</div></div>{below}'
                 '<footer id="colophon" role="contentinfo">{foot}<div id="site-generator"><a href="https://wordpress.example/">Sử dụng WordPress</a></div></footer></div>'),
    # a vendor's ASP.NET WebForms CMS, an AjaxControlToolkit Accordion as the left menu, the item in a DetailsView-like table (big __VIEWSTATE)
    "aspx_acc": _l37('<div class="acc-wrap"><div class="acc-top">{left}</div><div class="acc-header">{top}</div><div class="acc-menu">{nav}</div><div class="container"><div class="acc-crumb">{crumbs}</div><div class="row">'
                     '<div class="col-md-3" id="ctl00_pnLeft"><div id="ctl00_Accordion1" class="accordion"><div class="accordionHeader">Chuyên mục</div><div class="accordionContent">Tin hoạt động · Công đoàn cơ sở · Chính sách - Pháp luật</div></div></div>'
                     '<div class="col-md-6" id="ctl00_cphMain_pnDetail">{main}</div><div class="col-md-3">{side}</div></div>{below}</div><div class="acc-footer">{foot}</div></div>'),
    # DotNetNuke 6.2, a vendor skin (Bootstrap 2 grid: ContentPane / RightPane), a local vendor's news module
    "dnn62": _l37('<div id="dnn_wrapper" class="skin62"><div id="dnn_HeaderPane" class="hdr62">{top}</div><div class="clock62">{left}</div><div id="dnn_MenuPane" class="menu62">{nav}</div><div id="dnn_BreadcrumbPane" class="crumb62">{crumbs}</div>'
                  '<div class="row-fluid"><div id="dnn_ContentPane" class="span8 contentpane"><div class="DnnModule DnnModule-VNNews DnnModule-1207"><a name="1207"></a><div class="c_container"><div id="dnn_ctr1207_ContentPane" class="c_contentpane">'
                  '<div id="dnn_ctr1207_ModuleContent" class="VNNewsContent">{main}</div></div></div></div></div><div id="dnn_RightPane" class="span4 rightpane">{side}</div></div>{below}<div id="dnn_FooterPane" class="ftr62">{foot}</div></div>'),
    # Joomla 3.7 + GavickPro's News Pro GK5 template (gkPage, gkMainbody, the com_content item, gkSidebar)
    "gk_newspro": _l37('<div id="gkBg"><header id="gkHeader"><div class="gkPage">{top}<div id="gkMainMenu" class="gkMenuClassic">{nav}</div></div></header><div id="gkTopBar" class="gkPage">{left}</div>'
                       '<div id="gkPageContent" class="gkPage"><div id="gkBreadcrumb">{crumbs}</div><section id="gkContent"><div id="gkMainbody">{main}</div></section><aside id="gkSidebar">{side}</aside></div>{below}'
                       '<footer id="gkFooter"><div class="gkPage">{foot}</div></footer></div>'),
    # Drupal 9 + a Gavias theme (gavias_tico-like: the node in .node-detail, a right sidebar region, Views blocks with dates)
    "gavias_d9": _l37('<div class="body-page gva-body-page"><header id="header" class="header-v1"><div class="topbar">{left}</div><div class="header-main">{top}</div><div class="main-menu">{nav}</div></header>'
                      '<div class="breadcrumbs">{crumbs}</div><div role="main" class="main main-page"><div class="container"><div class="row"><div class="main-content col-xs-12 col-md-8">{main}</div>'
                      '<div class="col-xs-12 col-md-4 sidebar sidebar-right">{side}</div></div></div></div>{below}<footer id="footer" class="footer">{foot}</footer></div>'),
    # a provincial press CMS's 'Tọa đàm' (round-table) view: a guests band under the h1, speakers' turns styled by the template
    "press_toadam": _l37('<div class="td-wrap"><div class="td-top">{left}</div><header class="td-header">{top}</header><nav class="td-nav">{nav}</nav><main class="container td-body"><div class="td-crumb">{crumbs}</div>'
                         '<div class="row"><div class="col-md-8 td-main">{main}</div><div class="col-md-4 td-right">{side}</div></div>{below}</main><footer class="td-footer">{foot}</footer></div>'),
    # HCL Domino 12 (a Notes database published to the web: /portal.nsf/vw-tin/<UNID>?OpenDocument; the table-era form generated by the Domino HTTP task)
    "domino": _l37('<form method="post" action="/portal.nsf/vw-tin?OpenView" name="_DominoForm"><table class="dm-page" width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="dm-top">{left}</td></tr>'
                   '<tr><td colspan="2" class="dm-header">{top}</td></tr><tr><td colspan="2" class="dm-nav">{nav}</td></tr><tr><td colspan="2" class="dm-crumb">{crumbs}</td></tr>'
                   '<tr><td valign="top" class="dm-main" width="700">{main}</td><td valign="top" class="dm-right" width="300">{side}</td></tr><tr><td colspan="2">{below}</td></tr>'
                   '<tr><td colspan="2" class="dm-footer">{foot}</td></tr></table></form>'),
    # PyroCMS 3 (Laravel, the Posts module's post view in a vendor theme built on Twig)
    "pyro3": _l37('<div id="app" class="pyro-theme"><header class="pyro-header"><div class="pyro-top">{left}</div><div class="container">{top}</div><nav class="navbar pyro-nav"><div class="container">{nav}</div></nav></header>'
                  '<main class="container pyro-body"><div class="pyro-crumb">{crumbs}</div><div class="row"><div class="col-md-8 posts-module">{main}</div><aside class="col-md-4 pyro-sidebar">{side}</aside></div>{below}</main>'
                  '<footer class="pyro-footer"><div class="container">{foot}</div></footer></div>'),
}


# ------------------------------------------------------------------ set 48 layouts (templates over the same keyword arguments, built with set 37's _l37)
L48 = {
    # NukeViet 3.5, a blind association's theme: the old three-column table-and-float theme (#header, #nav, td.left / td.center / td.right)
    "nv35_hnm": _l37('<div id="container"><div id="header">{top}</div><div id="nav" class="topnav">{nav}</div><div id="clock35">{left}</div>'
                     '<table id="body35" width="100%" cellpadding="0" cellspacing="0"><tr><td class="center" valign="top">{crumbs}{main}</td><td class="right" valign="top" width="270">{side}</td></tr></table>'
                     '{below}<div id="footer">{foot}</div></div>'),
    # NukeViet 4.5, a provincial police Party committee's vendor theme (a red-and-gold header, a full-width menu, 17/7 columns)
    "nv45_cat": _l37('<div class="ca45-wrap"><div class="ca45-topbar">{left}</div><header class="ca45-header"><div class="container">{top}</div></header><nav class="ca45-nav"><div class="container">{nav}</div></nav>'
                     '<div class="container ca45-body"><div class="ca45-crumb">{crumbs}</div><div class="row"><div class="col-md-17">{main}</div><div class="col-md-7 ca45-right">{side}</div></div>{below}</div>'
                     '<footer class="ca45-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.4, a traditional medicine association's vendor theme (a green header, the left column of services, lazy images)
    "nv44_dongy": _l37('<div class="dy44-wrap"><header class="dy44-header">{top}<div class="dy44-clock">{left}</div></header><nav class="dy44-nav">{nav}</nav>'
                       '<div class="container"><div class="dy44-crumb">{crumbs}</div><div class="row"><div class="col-md-16 dy44-main">{main}</div><div class="col-md-8 dy44-side">{side}</div></div>{below}</div>'
                       '<footer class="dy44-footer">{foot}</footer></div>'),
    # the '.dcs.vn' platform, the 'Thi đua - Khen thưởng' template (a 'Bảng vàng' strip of honoured people over the item)
    "dcs_thidua": _l37('<div class="dcs-wrap dcs-td"><div class="dcs-topbar">{left}</div><header class="dcs-header">{top}</header><nav class="dcs-nav">{nav}</nav>'
                       '<div class="container dcs-body"><div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-td-main">{main}</div><div class="col-md-4 dcs-td-right">{side}</div></div>{below}</div>'
                       '<footer class="dcs-footer">{foot}</footer></div>'),
    # the '.dcs.vn' platform, the 'Kiểm tra - Giám sát' template (a figures box of the inspection commission on the right)
    "dcs_kiemtra": _l37('<div class="dcs-wrap dcs-kt"><div class="dcs-topbar">{left}</div><header class="dcs-header">{top}</header><nav class="dcs-nav">{nav}</nav>'
                        '<div class="container dcs-body"><div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-kt-main">{main}</div><div class="col-md-4 dcs-kt-right">{side}</div></div>{below}</div>'
                        '<footer class="dcs-footer">{foot}</footer></div>'),
    # the '.dcs.vn' platform, the responsive 2027 template (phone and desktop copies of the head blocks, d-lg-none / d-none d-lg-block)
    "dcs_r27": _l37('<div class="dcs27-wrap"><div class="dcs27-topbar d-none d-lg-block">{left}</div><header class="dcs27-header">{top}</header><nav class="dcs27-nav">{nav}</nav>'
                    '<main class="container dcs27-body"><div class="dcs27-crumb">{crumbs}</div><div class="row"><div class="col-lg-8">{main}</div><aside class="col-lg-4 dcs27-aside">{side}</aside></div>{below}</main>'
                    '<footer class="dcs27-footer">{foot}</footer></div>'),
    # Liferay DXP 2026.Q1 LTS, a vendor theme and ELCOM's news detail portlet (elcom_news_detail)
    "lr26q1elcom": _l37('<div class="d-flex flex-column min-vh-100"><div id="wrapper" class="el26"><header id="banner" class="el26-header"><div class="el26-top">{left}</div>{top}<nav class="el26-nav">{nav}</nav></header>'
                        '<section id="content"><div class="container-fluid container-fluid-max-xl"><div class="el26-crumb">{crumbs}</div><div class="row"><div class="col-lg-8" id="column-1">'
                        '<div class="portlet-boundary portlet-boundary_elcom_news_detail_" id="p_p_id_elcom_news_detail_INSTANCE_e{n}_"><div class="portlet-content">{main}</div></div></div>'
                        '<div class="col-lg-4" id="column-2">{side}</div></div>{below}</div></section><footer id="footer" class="el26-footer">{foot}</footer></div></div>'),
    # Liferay DXP 2025.Q4, a vendor theme and Tinh Vân's news portlet (tv_news_detail) in a 66-33 layout
    "lr25q4tv": _l37('<div id="wrapper" class="tv25"><header id="banner" class="tv25-header"><div class="tv25-top">{left}</div>{top}<nav class="tv25-nav">{nav}</nav></header>'
                     '<section id="content"><div class="tv25-crumb">{crumbs}</div><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                     '<div class="portlet-boundary portlet-boundary_tv_news_detail_" id="p_p_id_tv_news_detail_INSTANCE_t{n}_"><section class="portlet"><div class="portlet-content">{main}</div></section></div></div>'
                     '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer" class="tv25-footer">{foot}</footer></div>'),
    # SharePoint Foundation 2013, a vendor master and Hanel's news web part (the free edition: no publishing, a web part page)
    "spf13hanel": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="hn13-top">{left}</div><div class="hn13-banner">{top}</div><div class="hn13-nav">{nav}</div>'
                       '<div id="contentRow"><div id="contentBox" class="hn13-box"><div class="hn13-crumb">{crumbs}</div><table class="ms-webpartPage-root" width="100%" cellspacing="0" cellpadding="0"><tr>'
                       '<td id="_invisibleIfEmpty" name="_invisibleIfEmpty" valign="top" width="70%"><div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome"><div class="ms-WPBody" id="WebPartWPQ2">{main}</div></div></div></td>'
                       '<td valign="top" width="30%" class="hn13-right">{side}</td></tr></table>{below}</div></div><div class="hn13-footer">{foot}</div></div></div>'),
    # SharePoint Server 2010, a vendor master and FPT IS's Q&A web part (Hỏi - Đáp) in nested zone tables
    "sp2010fptqa": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="fq10-top">{left}</div><div class="fq10-banner">{top}</div><div class="fq10-nav s4-notdlg">{nav}</div>'
                        '<div id="s4-mainarea"><div id="MSO_ContentTable" class="s4-ca"><div class="fq10-crumb">{crumbs}</div><table width="100%" cellpadding="0" cellspacing="0" class="fq10-zones"><tr><td valign="top">'
                        '<table width="100%" cellpadding="0" cellspacing="0" class="s4-wpTopTable"><tr><td valign="top"><table width="100%" cellpadding="0" cellspacing="0" class="ms-WPBody-table"><tr><td class="ms-WPBody" id="WebPartWPQ4">{main}</td></tr></table></td></tr></table>'
                        '</td><td valign="top" width="290" class="fq10-right">{side}</td></tr></table>{below}</div></div><div class="fq10-footer">{foot}</div></div></div>'),
    # WordPress, the Twenty Ten theme (#wrapper, #header with #site-title and the header image, #access menu, #container > #content, #primary widgets)
    "tt10": _l37('<div id="wrapper" class="hfeed"><div id="header"><div id="masthead"><div id="branding" role="banner">{top}</div><div class="tt10-clock">{left}</div>'
                 '<div id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a></div>{nav}</div></div></div>'
                 '<div id="main"><div id="container"><div id="content" role="main">{crumbs}{main}</div></div><div id="primary" class="widget-area" role="complementary"><ul class="xoxo">{side}</ul></div></div>{below}'
                 '<div id="footer" role="contentinfo"><div id="colophon">{foot}<div id="site-generator"><a href="https://wordpress.example/">Sử dụng WordPress</a></div></div></div></div>'),
    # a vendor's ASP.NET 1.1 CMS (Visual Studio 2003 era): a 760-px table page, tables nested three deep, <font> tags, no meta charset (globalization responseEncoding=windows-1258)
    "aspx11": _l37('<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" id="tblMain"><tr><td>{top}</td></tr><tr><td class="menu11" bgcolor="#006633">{nav}</td></tr>'
                   '<tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td width="180" valign="top" bgcolor="#eef5e6" class="left11">{left}</td>'
                   '<td width="400" valign="top"><table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td>{crumbs}</td></tr><tr><td valign="top">{main}</td></tr></table></td>'
                   '<td width="180" valign="top" class="right11">{side}</td></tr></table></td></tr><tr><td>{below}</td></tr><tr><td class="footer11" bgcolor="#006633">{foot}</td></tr></table>'),
    # DNN 9.4, a vendor skin (Bootstrap 3: ContentPane / SidePane) and Trí Nam's news module (TNNews)
    "dnn94tn": _l37('<div id="siteWrapper" class="tn94"><div id="dnn_HeaderPane" class="tn94-header">{top}</div><div class="tn94-clock">{left}</div><div id="dnn_MenuPane" class="tn94-menu">{nav}</div>'
                    '<div class="container"><div id="dnn_BreadcrumbPane">{crumbs}</div><div class="row"><div id="dnn_ContentPane" class="col-md-8 contentPane"><div class="DnnModule DnnModule-TNNews DnnModule-2214"><a name="2214"></a>'
                    '<div class="tn94-container"><div id="dnn_ctr2214_ContentPane"><div id="dnn_ctr2214_ModuleContent" class="DNNModuleContent ModTNNewsC">{main}</div></div></div></div></div>'
                    '<div id="dnn_SidePane" class="col-md-4 sidePane">{side}</div></div>{below}</div><div id="dnn_FooterPane" class="tn94-footer">{foot}</div></div>'),
    # Joomla 3.6, a hosting vendor's template (Bootstrap 2 grid of Joomla 3: row-fluid, span9 / span3), com_content's article view
    "j36mb": _l37('<div class="body"><div class="container-fluid mb36"><header class="header mb36-header" role="banner">{top}<div class="mb36-clock">{left}</div></header><nav class="navigation" role="navigation">{nav}</nav>'
                  '<div class="row-fluid"><main id="content" role="main" class="span9"><div class="moduletable mb36-crumb">{crumbs}</div><div id="system-message-container"></div>{main}</main>'
                  '<div id="aside" class="span3">{side}</div></div>{below}</div></div><footer class="footer" role="contentinfo"><div class="container-fluid">{foot}</div></footer>'),
    # Drupal 7, the Danland theme (#header-wrapper, #nav, #preface, #main > #content, #sidebar-right)
    "d7danland": _l37('<div id="header-top-wrapper"><div id="header-top">{left}</div></div><div id="header-wrapper"><div id="header">{top}</div></div><div id="nav">{nav}</div>'
                      '<div id="main"><div id="content-wrapper"><div id="content">{crumbs}{main}</div></div><div id="sidebar-right" class="sidebar">{side}</div></div>{below}'
                      '<div id="footer-wrapper"><div id="footer">{foot}</div></div>'),
    # a provincial press agency's CMS, the 'Ký sự' (travelogue) view: a wide hero, a narrow reading column, section breaks
    "press_kysu": _l37('<div class="ks-wrap"><div class="ks-topbar">{left}</div><header class="ks-header">{top}<nav class="ks-nav">{nav}</nav></header>'
                       '<main class="ks-main"><div class="ks-crumb container">{crumbs}</div>{main}<aside class="container ks-more">{side}</aside>{below}</main><footer class="ks-footer">{foot}</footer></div>'),
    # Oracle APEX 23.2, Universal Theme (t-Body, t-Region, a page built from regions), a tax Party committee's intranet-facing portal
    "apex23": _l37('<div class="t-PageBody t-PageBody--hideLeft t-PageBody--topNav js-right-expanded" id="t_PageBody"><header class="t-Header" id="t_Header"><div class="t-Header-branding">{top}</div>'
                   '<div class="t-Header-navBar">{left}</div><div class="t-Header-nav">{nav}</div></header><div class="t-Body"><div class="t-Body-main"><div class="t-Body-title" id="t_Body_title">{crumbs}</div>'
                   '<div class="t-Body-content" id="t_Body_content"><div class="t-Body-contentInner"><div class="container"><div class="row"><div class="col col-8">{main}</div><div class="col col-4 apex-col-auto">{side}</div></div></div></div>'
                   '<footer class="t-Footer" id="t_Footer">{below}{foot}</footer></div></div></div></div>'),
    # Grails 6 (GSP views, the asset pipeline, Bootstrap 5), a university youth union's in-house portal
    "grails6": _l37('<div class="gr6-wrap"><nav class="navbar navbar-expand-lg gr6-top">{left}</nav><header class="gr6-header">{top}</header><nav class="gr6-nav">{nav}</nav>'
                    '<div class="container" id="main-container"><div class="gr6-crumb">{crumbs}</div><div class="row"><div class="col-lg-8" role="main">{main}</div><div class="col-lg-4">{side}</div></div>{below}</div>'
                    '<footer class="gr6-footer">{foot}</footer></div>'),
}


# ------------------------------------------------------------------ set 49 layouts (templates over the same keyword arguments, built with set 37's _l37)
L49 = {
    # NukeViet 4.5, a farmers' association vendor theme (green header band, a crumb row that also carries the tag list, 24-column grid kept)
    "nv45_hnd": _l37('<div class="hnd-page"><div class="hnd-topbar">{left}</div><header class="hnd-header"><div class="container">{top}</div></header><nav class="hnd-menu"><div class="container">{nav}</div></nav>'
                     '<section class="container" id="body"><div class="row hnd-crumbrow">{crumbs}</div><div class="row"><div class="col-sm-16 col-md-17">{main}</div><div class="col-sm-8 col-md-7 hnd-right">{side}</div></div>{below}</section>'
                     '<footer id="footer" class="hnd-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.3, a provincial board's theme for the 'Dân vận' site (blue band, left column of section links)
    "nv43_dv": _l37('<div id="wrapper" class="dv43"><div class="dv43-clock">{left}</div><div id="header" class="dv43-header">{top}</div><div id="menu-site-default" class="dv43-nav">{nav}</div>'
                    '<div class="container dv43-body"><div class="breadcrumbs-wrap">{crumbs}</div><div class="row"><div class="col-md-18">{main}</div><div class="col-md-6 dv43-right">{side}</div></div>{below}</div>'
                    '<div id="footer" class="dv43-footer">{foot}</div></div>'),
    # NukeViet 3.2, a Red Cross society's old theme (fixed 980-px width, floated columns, #news_detail)
    "nv32_ctd": _l37('<div id="container" class="ctd32"><div id="header">{top}<div class="ctd32-date">{left}</div></div><div id="topnav">{nav}</div>'
                     '<div id="body"><div class="col-a1 fl">{crumbs}{main}</div><div class="col-a2 fr">{side}</div><div class="clear"></div></div>{below}<div id="footer">{foot}</div></div>'),
    # the '.dcs.vn' platform's 'Nghị quyết vào cuộc sống' template (a resolution box beside the headline, a right rail)
    "dcs_nqcs": _l37('<div class="wrapper dcs-nq"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                     '<div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-nq-main">{main}</div><div class="col-md-4 dcs-nq-right">{side}</div></div>{below}</div><div class="footer">{foot}</div></div>'),
    # the '.dcs.vn' platform's 'Xây dựng nông thôn mới' template (a crumb of the home icon alone, the section as a kicker, a criteria strip)
    "dcs_ntm": _l37('<div class="wrapper dcs-ntm"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                    '<div class="dcs-crumb dcs-crumb-icon">{crumbs}</div><div class="row"><div class="col-md-8">{main}</div><div class="col-md-4">{side}</div></div>{below}</div><div class="footer">{foot}</div></div>'),
    # the '.dcs.vn' platform's 'Quốc phòng - An ninh' template (olive band, a print-edition note under the sapo)
    "dcs_qpan": _l37('<div class="wrapper dcs-qp"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                     '<div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-qp-main">{main}</div><div class="col-md-4">{side}</div></div>{below}</div><div class="footer dcs-qp-footer">{foot}</div></div>'),
    # Liferay DXP 2027.Q1, a vendor theme and Lạc Việt's news portlet (lv_news_detail) in a 70-30 layout; the asset's metadata printed after the text
    "lr27q1lv": _l37('<div id="wrapper" class="lv27"><header id="banner" class="lv27-header"><div class="lv27-top">{left}</div>{top}<nav class="lv27-nav">{nav}</nav></header>'
                     '<section id="content"><div class="lv27-crumb">{crumbs}</div><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                     '<div class="portlet-boundary portlet-boundary_lv_news_detail_" id="p_p_id_lv_news_detail_INSTANCE_lv{n}_"><section class="portlet"><div class="portlet-content">{main}</div></section></div></div>'
                     '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer" class="lv27-footer">{foot}</footer></div>'),
    # Liferay DXP 2025.Q2, a border guard command's theme and Thiên Quang's news portlet (tq_article_view)
    "lr25q2tq": _l37('<div id="wrapper" class="tq25"><header id="banner" class="tq25-header">{top}<div class="tq25-date">{left}</div><nav class="tq25-nav">{nav}</nav></header>'
                     '<section id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-9 portlet-column portlet-column-first" id="column-1">'
                     '<div class="tq25-crumb">{crumbs}</div><div class="portlet-boundary portlet-boundary_tq_article_view_" id="p_p_id_tq_article_view_INSTANCE_q{n}_"><section class="portlet"><div class="portlet-content">{main}</div></section></div></div>'
                     '<div class="col-md-3 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer" class="tq25-footer">{foot}</footer></div>'),
    # SharePoint Server 2019, a vendor master and QNSC's news web part (publishing page, right zone)
    "sp2019qnsc": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="qn19-top">{left}</div><div class="qn19-banner">{top}</div><div class="qn19-nav">{nav}</div>'
                       '<div id="contentRow"><div id="contentBox" class="qn19-box"><div class="qn19-crumb">{crumbs}</div><div class="row"><div class="col-md-8"><div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome"><div class="ms-WPBody" id="WebPartWPQ3">{main}</div></div></div></div>'
                       '<div class="col-md-4 qn19-right">{side}</div></div>{below}</div></div><div class="qn19-footer">{foot}</div></div></div>'),
    # SharePoint Server 2016, a ward's master page and SaigonTech's news web part (table zones)
    "sp2016sgt": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="sg16-top">{left}</div><div class="sg16-banner">{top}</div><div class="sg16-nav">{nav}</div>'
                      '<div id="contentRow"><div id="contentBox"><div class="sg16-crumb">{crumbs}</div><table class="ms-webpartPage-root" width="100%" cellspacing="0" cellpadding="0"><tr>'
                      '<td valign="top" width="68%"><div class="ms-webpart-zone"><div class="ms-WPBody" id="WebPartWPQ2">{main}</div></div></td><td valign="top" class="sg16-right">{side}</td></tr></table>{below}</div></div>'
                      '<div class="sg16-footer">{foot}</div></div></div>'),
    # DNN 9.13, a vendor skin (Bootstrap 4) and Tâm Phát's news module (TPNews) in the ContentPane
    "dnn913tp": _l37('<div id="siteWrapper" class="tp913"><div id="dnn_HeaderPane" class="tp913-header">{top}</div><div class="tp913-clock">{left}</div><div id="dnn_MenuPane">{nav}</div>'
                     '<div class="container"><div id="dnn_BreadcrumbPane">{crumbs}</div><div class="row"><div id="dnn_ContentPane" class="col-lg-8 contentPane"><div class="DnnModule DnnModule-TPNews DnnModule-1877"><a name="1877"></a>'
                     '<div id="dnn_ctr1877_ContentPane"><div id="dnn_ctr1877_ModuleContent" class="DNNModuleContent ModTPNewsC">{main}</div></div></div></div>'
                     '<div id="dnn_SidePane" class="col-lg-4 sidePane">{side}</div></div>{below}</div><div id="dnn_FooterPane" class="tp913-footer">{foot}</div></div>'),
    # ASP.NET 4.8 WebForms, Vĩnh Cửu's CMS (MasterPage, Telerik RadMenu, a three-column div grid)
    "wf48vc": _l37('<div id="vc-page"><div class="vc-header">{top}</div><div class="vc-date">{left}</div><div class="RadMenu RadMenu_Default vc-menu" id="ctl00_RadMenu1">{nav}</div>'
                   '<div class="vc-body"><div class="vc-crumb">{crumbs}</div><div class="vc-col-main" id="ctl00_ContentPlaceHolder1_pnlMain">{main}</div><div class="vc-col-right">{side}</div><div class="clear"></div></div>{below}'
                   '<div class="vc-footer">{foot}</div></div>'),
    # WordPress + Newsmatic (a news magazine theme: top bar with the date, main header, single post with the entry meta under the title)
    "newsmatic": _l37('<div id="page" class="site newsmatic-site"><div class="top-header"><div class="newsmatic-container">{left}</div></div><header id="masthead" class="site-header"><div class="newsmatic-container">{top}</div>'
                      '<nav id="site-navigation" class="main-navigation"><div class="newsmatic-container">{nav}</div></nav></header><div id="theme-content"><div class="newsmatic-container"><div class="row">'
                      '<div class="secondary-left-sidebar"></div><div id="primary" class="content-area"><main id="main" class="site-main">{crumbs}{main}</main></div><div id="secondary" class="widget-area">{side}</div></div></div>{below}</div>'
                      '<footer id="colophon" class="site-footer">{foot}</footer></div>'),
    # Joomla 3.5, a hosting vendor's template for a friendship association (Bootstrap 2 row-fluid, com_content article view)
    "j35nh": _l37('<div class="nh35-body"><div class="nh35-top">{left}</div><header class="nh35-header">{top}</header><nav class="nh35-nav">{nav}</nav><div class="container-fluid"><div class="nh35-crumb">{crumbs}</div>'
                  '<div class="row-fluid"><main id="content" class="span8">{main}</main><aside class="span4">{side}</aside></div>{below}</div><footer class="nh35-footer">{foot}</footer></div>'),
    # Drupal 7, the Corporate Clean theme (#header-top, #header, #banner, #content > .region-content, #sidebar-second)
    "d7corpclean": _l37('<div id="header-top"><div class="container">{left}</div></div><header id="header" role="banner"><div class="container">{top}</div></header><div id="main-navigation"><div class="container">{nav}</div></div>'
                        '<div id="page"><div class="container"><div id="breadcrumb">{crumbs}</div><div class="row"><section class="col-md-8" id="main-content"><div class="region region-content">{main}</div></section>'
                        '<aside class="col-md-4" id="sidebar-second"><div class="region region-sidebar-second">{side}</div></aside></div>{below}</div></div><footer id="footer"><div class="container">{foot}</div></footer>'),
    # a merged press agency's CMS, the 'Ghi nhanh' view (a quick-notes page: narrow column, the group byline under the sapo)
    "press_ghinhanh": _l37('<div class="gn-wrap"><div class="gn-top">{left}</div><header class="gn-header">{top}<nav class="gn-nav">{nav}</nav></header><main class="container gn-body"><div class="gn-crumb">{crumbs}</div>'
                           '<div class="row"><div class="col-md-8">{main}</div><aside class="col-md-4">{side}</aside></div>{below}</main><footer class="gn-footer">{foot}</footer></div>'),
    # Quarkus 3 with Qute templates (a provincial political school's portal; a citation box under each article)
    "quarkus": _l37('<div class="qk-app"><div class="qk-topbar">{left}</div><header class="qk-header"><div class="container">{top}</div></header><nav class="qk-nav"><div class="container">{nav}</div></nav>'
                    '<main class="container qk-main"><div class="qk-crumb">{crumbs}</div><div class="row"><article class="col-lg-8">{main}</article><aside class="col-lg-4">{side}</aside></div>{below}</main>'
                    '<footer class="qk-footer"><div class="container">{foot}</div></footer></div>'),
    # Go (Fiber v2, html/template), a merged press agency's newsroom front end (labels of the meta row drawn by CSS)
    "gofiber": _l37('<div class="gf-shell"><div class="gf-bar">{left}</div><header class="gf-head"><div class="gf-wrap">{top}</div><nav class="gf-menu"><div class="gf-wrap">{nav}</div></nav></header>'
                    '<main class="gf-wrap gf-main"><div class="gf-crumb">{crumbs}</div><div class="gf-grid"><div class="gf-col-main">{main}</div><aside class="gf-col-side">{side}</aside></div>{below}</main>'
                    '<footer class="gf-foot"><div class="gf-wrap">{foot}</div></footer></div>'),
}


# ------------------------------------------------------------------ set 50: twelve generic two-column layouts, one per template variant
def _l50(cls, main_open, main_close, side_cls="col-md-4"):
    return _l37('<div class="' + cls + '-page"><div class="' + cls + '-top">{left}</div><header class="' + cls + '-header">{top}</header><nav class="' + cls + '-nav">{nav}</nav>'
                '<div class="container ' + cls + '-body"><div class="' + cls + '-crumb">{crumbs}</div><div class="row"><div class="col-md-8 ' + cls + '-col">' + main_open + '{main}' + main_close + '</div>'
                '<div class="' + side_cls + ' ' + cls + '-right">{side}</div></div>{below}</div><footer class="' + cls + '-footer">{foot}</footer></div>')


L50 = {
    # NukeViet 4.5, a provincial youth federation's theme (Hội LHTN)
    "nv45_lhtn": _l50("lhtn45", '<div id="body" class="nv-body">', '</div>'),
    # NukeViet 4.2, a provincial inspection commission's theme
    "nv42_ubkt": _l50("ubkt42", '<div class="news-detail-wrap">', '</div>'),
    # NukeViet 4.4, a provincial students' association theme
    "nv44_hsv": _l50("hsv44", '<section class="hsv-content">', '</section>'),
    # the '.dcs.vn' platform's 'Công tác kiểm tra' template
    "dcs_ctkt": _l50("dcs-kt", '<div class="dcs-kt-main">', '</div>'),
    # the '.dcs.vn' platform's 'Chuyển đổi số' template
    "dcs_cds": _l50("dcs-cds", '<div class="dcs-cds-main">', '</div>'),
    # Liferay DXP 2026.Q3, Hài Hòa's news portlet (hh_news_display)
    "lr26q3hh": _l50("hh26", '<div class="portlet-boundary portlet-boundary_hh_news_display_" id="p_p_id_hh_news_display_INSTANCE_h{n}_"><section class="portlet"><div class="portlet-content">', '</div></section></div>'),
    # SharePoint Server Subscription Edition, a vendor master and Viettel's news web part
    "spsevt": _l50("vtse", '<div class="ms-webpart-zone"><div class="ms-webpart-chrome"><div class="ms-WPBody" id="WebPartWPQ4">', '</div></div></div>'),
    # WordPress + Digital Newspaper theme
    "wp_digitalnews": _l50("dn", '<main id="main" class="site-main">', '</main>'),
    # ASP.NET WebForms 4.7.2, Hồng Lĩnh's CMS (ContentPlaceHolder, UpdatePanel)
    "wf472hl": _l50("hl472", '<div id="ctl00_cphMain_upDetail">', '</div>'),
    # DNN 9.11, a vendor skin and the DigArticle-like 'HNews' module
    "dnn911hn": _l50("hn911", '<div class="DnnModule DnnModule-HNews DnnModule-2051"><div id="dnn_ctr2051_ModuleContent" class="DNNModuleContent ModHNewsC">', '</div></div>'),
    # Joomla 4.4, JoomlArt's JA Good template, com_content article view
    "j44jagood": _l50("jagood", '<div id="t4-main-body" class="t4-section"><div class="com-content-article item-page">', '</div></div>'),
    # Drupal 10, the Vani theme (a vendor's subtheme), node--article--full
    "d10vani": _l50("vani", '<div class="region region-content"><article class="node node--type-article node--view-mode-full">', '</article></div>'),
}


# ------------------------------------------------------------------ set 51: fourteen layouts, one per template variant (templates over the same keyword arguments, built with set 37's _l37)
L51 = {
    # NukeViet 4.5, a provincial vendor's theme for a Ban Tuyên giáo và Dân vận (red band, clock bar, 24-column grid kept from the default theme)
    "nv45_btgdv": _l37('<div class="body-bg btgdv45"><div class="btgdv45-clock">{left}</div><header><div class="container"><div id="header" class="row">{top}</div></div></header>'
                       '<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">{nav}</div></div></div></nav>'
                       '<section><div class="container" id="body"><nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18">'
                       '<div class="breadcrumbs-wrap"><div class="display">{crumbs}</div></div></div></div></div></div></nav>'
                       '<div class="row"><div class="col-md-16">{main}</div><div class="col-md-8 btgdv45-right">{side}</div></div>{below}</div></section>'
                       '<footer id="footer" class="btgdv45-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.3, a provincial vendor's theme for a Women's Union (pink band, the 'Tin ảnh' category laid out full width, the right column under it)
    "nv43_lhpn": _l37('<div id="wrapper" class="lhpn43"><div class="lhpn43-top">{left}</div><div id="header" class="lhpn43-header">{top}</div><div id="menu-site-default" class="lhpn43-nav">{nav}</div>'
                      '<div class="container lhpn43-body"><div class="breadcrumbs-wrap">{crumbs}</div><div class="row"><div class="col-md-24 lhpn43-full">{main}</div></div>'
                      '<div class="row"><div class="col-md-24 lhpn43-bottom">{side}</div></div>{below}</div><div id="footer" class="lhpn43-footer">{foot}</div></div>'),
    # NukeViet 4.4, a provincial vendor's theme for a Veterans' Association (olive band, left block of section links, content, right column)
    "nv44_ccb": _l37('<div class="ccb44-page"><div class="ccb44-topbar">{left}</div><header class="ccb44-header"><div class="container">{top}</div></header><nav class="ccb44-menu"><div class="container">{nav}</div></nav>'
                     '<section class="container" id="body"><div class="row ccb44-crumbrow">{crumbs}</div><div class="row"><div class="col-sm-17 col-md-17">{main}</div><div class="col-sm-7 col-md-7 ccb44-right">{side}</div></div>{below}</section>'
                     '<footer id="footer" class="ccb44-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.2, a hosting vendor's theme for a Young Entrepreneurs' Association (dark blue header with the member login, two columns)
    "nv42_dnt": _l37('<div id="wraper" class="dnt42"><div class="dnt42-top"><div class="container">{left}<a class="dnt42-login" href="/users/login/">Đăng nhập hội viên</a></div></div><div id="header" class="dnt42-header"><div class="container">{top}</div></div>'
                     '<div class="dnt42-nav"><div class="container">{nav}</div></div><div class="container dnt42-body"><div class="breadcrumbs-wrap">{crumbs}</div>'
                     '<div class="row"><div class="col-md-17">{main}</div><div class="col-md-7 dnt42-right">{side}</div></div>{below}</div><div id="footer" class="dnt42-footer">{foot}</div></div>'),
    # Liferay DXP 2024.Q2, a vendor theme and Sông Hàn's news portlet (sh_news_detail) in a 66-33 layout
    "lr24q2sh": _l37('<div id="wrapper" class="sh24"><header id="banner" class="sh24-header"><div class="sh24-top">{left}</div>{top}<nav class="sh24-nav" id="navigation">{nav}</nav></header>'
                     '<section id="content"><div class="sh24-crumb">{crumbs}</div><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                     '<div class="portlet-boundary portlet-boundary_sh_news_detail_ portlet-static portlet-decorate" id="p_p_id_sh_news_detail_INSTANCE_sh{n}_"><section class="portlet"><div class="portlet-content"><div class="portlet-content-container">{main}</div></div></section></div></div>'
                     '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer" class="sh24-footer">{foot}</footer></div>'),
    # SharePoint Server 2019, a ward's master page and Tinh Vân's news web part (publishing page, two web part zones)
    "sp2019tv": _l37('<div id="s4-workspace" class="tv19"><div id="s4-bodyContainer"><div class="tv19-top">{left}</div><div class="tv19-banner">{top}</div><div class="tv19-nav" id="zz1_TopNavigationMenu">{nav}</div>'
                     '<div id="contentRow"><div id="contentBox" class="tv19-box"><div class="tv19-crumb">{crumbs}</div><div class="row"><div class="col-md-8"><div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-WPBody noindex" id="WebPartWPQ2">{main}</div></div></div></div>'
                     '<div class="col-md-4 tv19-right"><div class="ms-webpart-zone">{side}</div></div></div>{below}</div></div><div class="tv19-footer">{foot}</div></div></div>'),
    # the '.dcs.vn' platform's 'Bảo vệ nền tảng tư tưởng của Đảng' template (dark red band, the contest badge under the headline, a right rail)
    "dcs_bvnt": _l37('<div class="wrapper dcs-bv"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                     '<div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-bv-main">{main}</div><div class="col-md-4 dcs-bv-right">{side}</div></div>{below}</div><div class="footer dcs-bv-footer">{foot}</div></div>'),
    # the '.dcs.vn' platform's 'Văn kiện - Tư liệu' template (a document-type panel under the headline)
    "dcs_vktl": _l37('<div class="wrapper dcs-vk"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                     '<div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-9 dcs-vk-main">{main}</div><div class="col-md-3 dcs-vk-right">{side}</div></div>{below}</div><div class="footer">{foot}</div></div>'),
    # ASP.NET WebForms 4.6.1, Trường Sơn's CMS (MasterPage 'Main.Master', cphMain, a three-column float grid)
    "wf461ts": _l37('<div id="ts-page"><div class="ts-header">{top}</div><div class="ts-date">{left}</div><div class="ts-menu" id="ctl00_ucMenu_pnlMenu">{nav}</div>'
                    '<div class="ts-body"><div class="ts-crumb" id="ctl00_ucBreadcrumb_pnlCrumb">{crumbs}</div><div class="ts-col-main" id="ctl00_cphMain_pnlDetail">{main}</div><div class="ts-col-right">{side}</div><div class="clear"></div></div>{below}'
                    '<div class="ts-footer">{foot}</div></div>'),
    # DNN 9.8, a vendor skin (Bootstrap 4) and a vendor's 'Hỏi đáp' (Q&A) module in the ContentPane
    "dnn98hd": _l37('<div id="siteWrapper" class="hd98"><div id="dnn_HeaderPane" class="hd98-header">{top}</div><div class="hd98-clock">{left}</div><div id="dnn_MenuPane">{nav}</div>'
                    '<div class="container"><div id="dnn_BreadcrumbPane">{crumbs}</div><div class="row"><div id="dnn_ContentPane" class="col-lg-8 contentPane"><div class="DnnModule DnnModule-HoiDap DnnModule-1624"><a name="1624"></a>'
                    '<div id="dnn_ctr1624_ContentPane"><div id="dnn_ctr1624_ModuleContent" class="DNNModuleContent ModHoiDapC">{main}</div></div></div></div>'
                    '<div id="dnn_SidePane" class="col-lg-4 sidePane">{side}</div></div>{below}</div><div id="dnn_FooterPane" class="hd98-footer">{foot}</div></div>'),
    # WordPress + Newspack theme (single post, featured image 'large', the right sidebar)
    "newspack": _l37('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a><div class="top-header-contain desktop-only"><div class="wrapper">{left}</div></div>'
                     '<header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain"><div class="wrapper">{top}</div></div><div class="bottom-header-contain desktop-only"><div class="wrapper"><nav class="main-navigation">{nav}</nav></div></div></header>'
                     '<div id="content" class="site-content"><div class="wrapper">{crumbs}</div><div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div><aside id="secondary" class="widget-area">{side}</aside>{below}</div>'
                     '<footer id="colophon" class="site-footer"><div class="wrapper">{foot}</div></footer></div>'),
    # Joomla 5.1 + Gantry 5 (the Hydrogen theme, a vendor outline): g-container sections
    "j51hydrogen": _l37('<div id="g-page-surround"><section id="g-top"><div class="g-container">{left}</div></section><header id="g-header"><div class="g-container"><div class="g-grid"><div class="g-block size-100">{top}</div></div></div></header>'
                        '<section id="g-navigation"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><nav class="g-main-nav">{nav}</nav></div></div></div></section>'
                        '<section id="g-container-main" class="g-wrapper"><div class="g-container"><div class="g-grid"><div class="g-block size-70"><main id="g-mainbar"><div class="g-content">{crumbs}<div class="platform-content container"><div class="content-inner">{main}</div></div></div></main></div>'
                        '<div class="g-block size-30"><aside id="g-aside"><div class="g-content">{side}</div></aside></div></div></div></section>{below}<footer id="g-footer"><div class="g-container">{foot}</div></footer></div>'),
    # Drupal 11 + the Solo theme (a vendor subtheme): page regions as Solo prints them
    "d11solo": _l37('<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper"><div id="page"><div class="solo-inner"><section id="top-container" class="solo-clear">{left}</section>'
                    '<header id="header" class="solo-header">{top}</header><section id="primary-menu" class="solo-clear">{nav}</section><section id="highlighted" class="solo-clear">{crumbs}</section>'
                    '<main id="main" class="solo-main"><div class="solo-row"><div class="solo-col solo-col-8 main-box"><div class="region region-content">{main}</div></div><aside class="solo-col solo-col-4 sidebar-box sidebar-second"><div class="region region-sidebar-second">{side}</div></aside></div>{below}</main>'
                    '<footer id="footer" class="solo-footer">{foot}</footer></div></div></div></div>'),
    # a merged press agency's CMS, the series view ('Loạt bài'): a series masthead over the part, the nav of parts, a right rail
    "press_loatbai": _l37('<div class="lb-wrap"><div class="lb-top">{left}</div><header class="lb-header">{top}<nav class="lb-nav">{nav}</nav></header><main class="container lb-body"><div class="lb-crumb">{crumbs}</div>'
                          '<div class="row"><div class="col-md-8">{main}</div><aside class="col-md-4 lb-rail">{side}</aside></div>{below}</main><footer class="lb-footer">{foot}</footer></div>'),
}


# ------------------------------------------------------------------ set 52: fourteen layouts, one per template variant (templates over the same keyword arguments, built with set 37's _l37)
L52 = {
    # NukeViet 4.5, a provincial vendor's theme for a Hội Cựu Thanh niên xung phong (green band with a badge, the section links in a left block, content, right column)
    "nv45_ctnxp": _l37('<div class="body-bg ctnxp45"><div class="ctnxp45-topbar"><div class="container">{left}</div></div><header class="ctnxp45-header"><div class="container"><div id="header" class="row">{top}</div></div></header>'
                       '<nav class="second-nav ctnxp45-nav" id="menusite"><div class="container">{nav}</div></nav><section><div class="container" id="body">'
                       '<div class="breadcrumbs-wrap ctnxp45-crumb"><div class="display">{crumbs}</div></div>'
                       '<div class="row"><div class="col-sm-5 col-md-5 ctnxp45-left"><div class="panel panel-primary"><div class="panel-heading">Chuyên mục</div><ul class="ctnxp45-cats"><li><a href="/news/hoat-dong-hoi/">Hoạt động Hội</a></li><li><a href="/news/guong-tnxp/">Gương Cựu TNXP</a></li><li><a href="/news/nghia-tinh-dong-doi/">Nghĩa tình đồng đội</a></li><li><a href="/news/van-ban/">Văn bản</a></li></ul></div></div>'
                       '<div class="col-sm-12 col-md-12">{main}</div><div class="col-sm-7 col-md-7 ctnxp45-right">{side}</div></div>{below}</div></section>'
                       '<footer id="footer" class="ctnxp45-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 3.1, the legacy theme a commune Party committee kept (fixed 980-px width, floated columns, #news_detail, no Bootstrap)
    "nv31_dx": _l37('<div id="container" class="dx31"><div id="header" class="dx31-header">{top}<div class="dx31-date">{left}</div></div><div id="topnav" class="dx31-topnav">{nav}</div>'
                    '<div id="body" class="dx31-body"><div class="col-a1 fl dx31-main"><div class="dx31-path">{crumbs}</div>{main}</div><div class="col-a2 fr dx31-side">{side}</div><div class="clear"></div></div>{below}'
                    '<div id="footer" class="dx31-footer">{foot}</div></div>'),
    # NukeViet 4.3, a provincial vendor's theme for a Hội Nhà báo (dark blue band, two columns)
    "nv43_hnb": _l37('<div id="wrapper" class="hnb43"><div class="hnb43-top"><div class="container">{left}</div></div><div id="header" class="hnb43-header"><div class="container">{top}</div></div>'
                     '<div id="menu-site-default" class="hnb43-nav"><div class="container">{nav}</div></div><div class="container hnb43-body"><div class="breadcrumbs-wrap">{crumbs}</div>'
                     '<div class="row"><div class="col-md-16">{main}</div><div class="col-md-8 hnb43-right">{side}</div></div>{below}</div><div id="footer" class="hnb43-footer"><div class="container">{foot}</div></div></div>'),
    # the '.dcs.vn' platform's 'Hoạt động lãnh đạo tỉnh' template (a strip of the Standing Committee's portraits under the crumb, the leaders' schedule in the right rail)
    "dcs_hdld": _l37('<div class="wrapper dcs-ld"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                     '<div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-ld-main">{main}</div><div class="col-md-4 dcs-ld-right">{side}</div></div>{below}</div><div class="footer dcs-ld-footer">{foot}</div></div>'),
    # the '.dcs.vn' platform's 'Xây dựng Đảng' section template (a Party-membership figures strip under the crumb, a right rail)
    "dcs_xdd": _l37('<div class="wrapper dcs-xd"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                    '<div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-xd-main">{main}</div><div class="col-md-4 dcs-xd-right">{side}</div></div>{below}</div><div class="footer">{foot}</div></div>'),
    # Liferay DXP 2023.Q3, a vendor theme and Đông Dương's news portlet (dd_news_view) in a 70-30 layout
    "lr23q3dd": _l37('<div id="wrapper" class="dd23"><header id="banner" class="dd23-header"><div class="dd23-top">{left}</div>{top}<nav class="dd23-nav" id="navigation">{nav}</nav></header>'
                     '<section id="content"><div class="dd23-crumb">{crumbs}</div><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                     '<div class="portlet-boundary portlet-boundary_dd_news_view_ portlet-static portlet-decorate" id="p_p_id_dd_news_view_INSTANCE_dd{n}_"><section class="portlet"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">{main}</div></div></div></section></div></div>'
                     '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer" class="dd23-footer">{foot}</footer></div>'),
    # SharePoint Server 2013, a provincial front's master page (seattle.master-derived) and Sao Mai's news web part (publishing page, table zones)
    "sp2013sm": _l37('<div id="s4-workspace" class="sm13"><div id="s4-bodyContainer"><div class="sm13-top">{left}</div><div class="sm13-banner">{top}</div><div class="sm13-nav" id="zz1_TopNavigationMenu">{nav}</div>'
                     '<div id="contentRow"><div id="contentBox"><div class="sm13-crumb">{crumbs}</div><table class="ms-webpartPage-root" width="100%" cellspacing="0" cellpadding="0"><tr>'
                     '<td valign="top" width="70%"><div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-WPBody" id="WebPartWPQ2">{main}</div></div></div></td>'
                     '<td valign="top" class="sm13-right"><div class="ms-webpart-zone">{side}</div></td></tr></table>{below}</div></div><div class="sm13-footer">{foot}</div></div></div>'),
    # DNN 9.2 upgraded in place, the table-era vendor skin kept from its DotNetNuke 5 days (three nested tables), Mandeeps' Live Articles in the ContentPane
    "dnn92la": _l37('<table id="dnn_skin" class="la92-skin" width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td id="dnn_HeaderPane" class="la92-header" colspan="2">{top}<div class="la92-clock">{left}</div></td></tr>'
                    '<tr><td id="dnn_MenuPane" class="la92-menu" colspan="2">{nav}</td></tr><tr><td valign="top" width="720"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="la92-crumb" id="dnn_BreadcrumbPane">{crumbs}</td></tr>'
                    '<tr><td id="dnn_ContentPane" class="ContentPane" valign="top"><div class="DnnModule DnnModule-LiveArticles DnnModule-1433"><a name="1433"></a><table class="la92-container" width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="la92-c-top"></td></tr>'
                    '<tr><td><div id="dnn_ctr1433_ContentPane"><div id="dnn_ctr1433_ModuleContent" class="DNNModuleContent ModLiveArticlesC">{main}</div></div></td></tr></table></div></td></tr></table></td>'
                    '<td id="dnn_RightPane" class="RightPane" valign="top" width="280">{side}</td></tr><tr><td id="dnn_BottomPane" colspan="2">{below}</td></tr><tr><td id="dnn_FooterPane" class="la92-footer" colspan="2">{foot}</td></tr></table>'),
    # ASP.NET 3.5 WebForms, Hoàng Hà's CMS (MasterPage 'Site.master', ContentPlaceHolder 'cphContent', a 990-px table layout)
    "wf35hh": _l37('<table class="hh35-page" width="990" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td class="hh35-header" colspan="3">{top}</td></tr><tr><td class="hh35-date" colspan="3">{left}</td></tr>'
                   '<tr><td class="hh35-menu" colspan="3" id="ctl00_ucMenu_tdMenu">{nav}</td></tr><tr><td class="hh35-crumb" colspan="3" id="ctl00_ucPath_tdPath">{crumbs}</td></tr>'
                   '<tr><td valign="top" width="700" id="ctl00_cphContent_tdMain">{main}</td><td width="10"></td><td valign="top" width="280" class="hh35-right">{side}</td></tr>'
                   '<tr><td colspan="3">{below}</td></tr><tr><td class="hh35-footer" colspan="3">{foot}</td></tr></table>'),
    # Joomla 3.4, a hosting vendor's template for schools (Bootstrap 2 row-fluid), com_content article view, the JCE editor's output in the text
    "j34school": _l37('<div class="body"><div class="container"><div class="sch34-top">{left}</div><header class="header sch34-header" role="banner">{top}</header><nav class="navigation sch34-nav" role="navigation">{nav}</nav>'
                      '<div class="moduletable sch34-crumb">{crumbs}</div><div class="row-fluid"><main id="content" role="main" class="span9">{main}</main><div id="aside" class="span3">{side}</div></div>{below}</div></div>'
                      '<footer class="footer" role="contentinfo"><div class="container">{foot}</div></footer>'),
    # WordPress + Hestia (ThemeIsle): the page-header band with the title over the post, the right sidebar
    "hestia": _l37('<div class="wrapper post-single"><div class="hestia-top-bar"><div class="container">{left}</div></div><nav class="navbar navbar-default navbar-fixed-top hestia_left navbar-not-transparent"><div class="container">{top}<div class="navbar-collapse collapse">{nav}</div></div></nav>'
                   '<div id="primary" class="boxed-layout-header page-header header-small" data-parallax="active"><div class="container"><div class="row"><div class="col-md-10 col-md-offset-1 text-center">{crumbs}</div></div></div></div>'
                   '<div class="main main-raised"><div class="blog-post blog-post-wrapper"><div class="container"><div class="row"><div class="col-md-8 single-post-container">{main}</div>'
                   '<div class="col-md-3 blog-sidebar-wrapper col-md-offset-1"><aside id="secondary" class="blog-sidebar" role="complementary">{side}</aside></div></div></div></div>{below}</div>'
                   '<footer class="footer footer-black footer-big"><div class="container">{foot}</div></footer></div>'),
    # Drupal 7 + Acquia Marina (a Fusion sub-theme: header-group, main-wrapper, sidebar-last)
    "d7marina": _l37('<div id="page" class="page"><div id="page-inner" class="page-inner"><div id="header-top" class="header-top row"><div class="header-top-inner inner">{left}</div></div>'
                     '<div id="header-group-wrapper" class="header-group-wrapper full-width"><div id="header-group" class="header-group row grid16-16"><div class="header-group-inner inner">{top}</div></div></div>'
                     '<div id="main-menu" class="main-menu row">{nav}</div><div id="main-wrapper" class="main-wrapper full-width"><div id="main" class="main row grid16-16"><div id="main-inner" class="main-inner inner">'
                     '<div id="breadcrumb" class="breadcrumb block">{crumbs}</div><div id="main-group" class="main-group row nested grid16-12"><div id="content-group" class="content-group row nested grid16-12"><div id="content-region" class="content-region row nested"><div class="content-inner inner">{main}</div></div></div></div>'
                     '<div id="sidebar-last" class="sidebar-last row nested grid16-4"><div class="sidebar-last-inner inner">{side}</div></div>{below}</div></div></div>'
                     '<div id="footer" class="footer row"><div class="footer-inner inner">{foot}</div></div></div></div>'),
    # classic ASP (an Access-backed in-house CMS of the early 2000s: chitiet.asp?ID=, three nested layout tables, <font> everywhere)
    "asp_classic": _l37('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td>{top}</td></tr><tr><td bgcolor="#B40000" height="28">{nav}</td></tr>'
                        '<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="200" valign="top" bgcolor="#F3F3F3">{left}</td><td width="6"></td>'
                        '<td valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td>{crumbs}</td></tr><tr><td valign="top">{main}</td></tr></table></td><td width="6"></td>'
                        '<td width="220" valign="top">{side}</td></tr></table></td></tr><tr><td>{below}</td></tr><tr><td bgcolor="#B40000">{foot}</td></tr></table>'),
    # a merged press agency's CMS, the contributors' view ('Tin CTV': an item sent by a contributor and posted with its pasted text, a right rail)
    "press_ctv": _l37('<div class="ctv-wrap"><div class="ctv-top">{left}</div><header class="ctv-header">{top}<nav class="ctv-nav">{nav}</nav></header><main class="container ctv-body"><div class="ctv-crumb">{crumbs}</div>'
                      '<div class="row"><div class="col-md-8">{main}</div><aside class="col-md-4 ctv-rail">{side}</aside></div>{below}</main><footer class="ctv-footer">{foot}</footer></div>'),
}


# ------------------------------------------------------------------ set 54: the everyday item, weighted as the real sites are
L54 = {
    # NukeViet 5.0, a provincial vendor's theme for the Đảng ủy các cơ quan Đảng tỉnh (a weather strip and the clock in the top bar, a ticker under the menu, two columns)
    "nv50_cqd": _l37('<div class="cqd50"><div class="cqd50-topbar"><div class="container">{left}</div></div><header class="cqd50-header"><div class="container"><div id="header" class="row">{top}</div></div></header>'
                     '<nav class="cqd50-nav" id="menusite"><div class="container">{nav}</div></nav><main class="container cqd50-body" id="body"><div class="breadcrumbs-wrap cqd50-crumb"><div class="display">{crumbs}</div></div>'
                     '<div class="row"><div class="col-md-8 cqd50-main">{main}</div><aside class="col-md-4 cqd50-right">{side}</aside></div>{below}</main><footer id="footer" class="cqd50-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.1, a provincial vendor's theme for a city Women's Union (pink band, a photo-story layout: full-width content, the blocks below)
    "nv41_lhpn": _l37('<div id="wraper" class="lhpn41"><div class="lhpn41-top"><div class="container">{left}</div></div><div id="header" class="lhpn41-header"><div class="container">{top}</div></div>'
                      '<div id="menu-site-default" class="lhpn41-nav"><div class="container">{nav}</div></div><div class="container lhpn41-body"><div class="breadcrumbs-wrap">{crumbs}</div>'
                      '<div class="row"><div class="col-md-24 lhpn41-main">{main}</div></div><div class="row lhpn41-blocks"><div class="col-md-24">{side}</div></div>{below}</div><div id="footer" class="lhpn41-footer"><div class="container">{foot}</div></div></div>'),
    # NukeViet 3.0, a commune Party committee's theme (fixed 960-px width, floated columns, #news_detail, XHTML 1.0)
    "nv30_xa": _l37('<div id="container" class="xa30"><div id="header" class="xa30-header">{top}<div class="xa30-date">{left}</div></div><div id="topnav" class="xa30-topnav">{nav}</div>'
                    '<div id="body" class="xa30-body"><div class="col-a1 fl xa30-main"><div class="xa30-path">{crumbs}</div>{main}</div><div class="col-a2 fr xa30-side">{side}</div><div class="clear"></div></div>{below}'
                    '<div id="footer" class="xa30-footer">{foot}</div></div>'),
    # the '.dcs.vn' platform's 'Thời sự - Chính trị' section template (a ticker of newest items under the menu, the crumb, a right rail)
    "dcs_tscc": _l37('<div class="wrapper dcs-tscc"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                     '<div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-tscc-main">{main}</div><div class="col-md-4 dcs-tscc-right">{side}</div></div>{below}</div><div class="footer dcs-tscc-footer">{foot}</div></div>'),
    # Liferay DXP 2028.Q1, a vendor theme and Bắc Hà's news detail portlet (bh_news_detail) in a 66-33 layout
    "lr28q1bh": _l37('<div id="wrapper" class="bh28"><header id="banner" class="bh28-header"><div class="bh28-top">{left}</div>{top}<nav class="bh28-nav" id="navigation">{nav}</nav></header>'
                     '<section id="content"><div class="bh28-crumb">{crumbs}</div><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                     '<div class="portlet-boundary portlet-boundary_bh_news_detail_ portlet-static portlet-decorate" id="p_p_id_bh_news_detail_INSTANCE_bh{n}_"><section class="portlet"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">{main}</div></div></div></section></div></div>'
                     '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer" class="bh28-footer">{foot}</footer></div>'),
    # SharePoint Server 2019, a custom master (seattle-derived) and Phương Bắc's notice web part (publishing page, two zones)
    "sp2019pb": _l37('<div id="s4-workspace" class="pb19"><div id="s4-bodyContainer"><div class="pb19-top">{left}</div><div class="pb19-banner">{top}</div><div class="pb19-nav" id="zz1_TopNavigationMenu">{nav}</div>'
                     '<div id="contentRow"><div id="contentBox"><div class="pb19-crumb">{crumbs}</div><div class="ms-webpart-zone ms-fullWidth pb19-zones"><div class="pb19-zone-left"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-WPBody" id="WebPartWPQ3">{main}</div></div></div>'
                     '<div class="pb19-zone-right">{side}</div></div>{below}</div></div><div class="pb19-footer">{foot}</div></div></div>'),
    # DNN 9.7, a vendor's Bootstrap 3 skin, Trường An's news module (TA.News) in the ContentPane — the portal's culture left at en-US
    "dnn97ta": _l37('<div id="siteWrapper" class="ta97-skin"><div id="dnn_HeaderPane" class="HeaderPane">{top}<div class="ta97-clock">{left}</div></div><div id="dnn_NavPane" class="ta97-nav">{nav}</div>'
                    '<div class="container"><div id="dnn_BreadcrumbPane" class="ta97-crumb">{crumbs}</div><div class="row"><div id="dnn_ContentPane" class="ContentPane col-md-8">'
                    '<div class="DnnModule DnnModule-TANews DnnModule-1420"><a name="1420"></a><div class="ta97-container"><div id="dnn_ctr1420_ContentPane"><div id="dnn_ctr1420_ModuleContent" class="DNNModuleContent ModTANewsC">{main}</div></div></div></div></div>'
                    '<div id="dnn_RightPane" class="RightPane col-md-4">{side}</div></div><div id="dnn_BottomPane">{below}</div></div><div id="dnn_FooterPane" class="FooterPane">{foot}</div></div>'),
    # ASP.NET 4.8 WebForms, Bạch Đằng's CMS for ward Party committees (Site.Master, cphNoiDung, a float layout with a weather strip)
    "wf48bd": _l37('<div class="bd48-page"><div class="bd48-top">{left}</div><div class="bd48-header">{top}</div><div class="bd48-menu" id="ctl00_ucMenu_pnMenu">{nav}</div>'
                   '<div class="bd48-body"><div class="bd48-crumb">{crumbs}</div><div class="bd48-main" id="ctl00_cphNoiDung_pnMain">{main}</div><div class="bd48-right">{side}</div><div class="clear"></div></div>{below}<div class="bd48-footer">{foot}</div></div>'),
    # WordPress + Twenty Twenty-Three (a block theme: template parts, the single template with post blocks, the widgets in the footer)
    "tt23": _l37('<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group is-layout-constrained tt23-topbar">{left}</div><div class="wp-block-group alignwide is-layout-flex">{top}<nav class="wp-block-navigation">{nav}</nav></div></header>'
                 '<main class="wp-block-group is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">{crumbs}{main}</main>{below}'
                 '<footer class="wp-block-template-part"><div class="wp-block-group is-layout-constrained tt23-widgets">{side}</div><div class="wp-block-group alignwide">{foot}</div></footer></div>'),
    # Joomla 3.3, a vendor's Bootstrap 2 template for the provincial labour federation (com_content article view, the info block above and below)
    "j33ld": _l37('<div class="body ld33"><div class="container"><div class="ld33-top">{left}</div><header class="header ld33-header" role="banner">{top}</header><nav class="navigation ld33-nav" role="navigation">{nav}</nav>'
                  '<div class="moduletable ld33-crumb">{crumbs}</div><div class="row-fluid"><main id="content" role="main" class="span8">{main}</main><div id="aside" class="span4">{side}</div></div>{below}</div></div>'
                  '<footer class="footer" role="contentinfo"><div class="container">{foot}</div></footer>'),
    # Drupal 7 + Marinelli (the two-column 'giordani' layout: header, primary links, content, sidebar-right)
    "d7marinelli": _l37('<div id="utilities" class="mar7-util">{left}</div><div id="page"><div id="header">{top}</div><div id="navigation" class="mar7-nav">{nav}</div>'
                        '<div id="main-wrapper"><div id="main" class="mar7-main"><div id="breadcrumb">{crumbs}</div><div id="content"><div class="region region-content">{main}</div></div></div>'
                        '<div id="sidebar-right" class="sidebar mar7-side">{side}</div></div><div class="mar7-below">{below}</div><div id="footer" class="mar7-footer">{foot}</div></div>'),
    # a merged press agency's CMS, the video detail (a dark player band, the crumb row carrying the stamp, a right rail)
    "press_vcr": _l37('<div class="pv-wrap"><div class="pv-top">{left}</div><header class="pv-header">{top}<nav class="pv-nav">{nav}</nav></header><main class="container pv-body">'
                      '<div class="row"><div class="col-md-8 pv-main">{crumbs}{main}</div><aside class="col-md-4 pv-rail">{side}</aside></div>{below}</main><footer class="pv-footer">{foot}</footer></div>'),
    # static pages exported from Mobirise (an offline Bootstrap site builder): stacked blocks (menu1, header, content, image, features, footer), 'cid-…' classes, no sidebar
    "mobirise": _l37('<section class="menu menu1 cid-tN6xq0aV2r" once="menu" id="menu1-0"><nav class="navbar navbar-dropdown navbar-expand-lg"><div class="container"><div class="navbar-brand">{top}</div>'
                     '<div class="collapse navbar-collapse" id="navbarSupportedContent">{nav}</div></div></nav></section><section class="mbr-section cid-tN6xq1clock" id="header-date"><div class="container mbr-fonts-style display-7">{left}</div></section>'
                     '<section class="mbr-section cid-tN6xq2crumb" id="content-crumb"><div class="container">{crumbs}</div></section>{main}'
                     '<section class="features3 cid-tN6xq9more" id="features3-9"><div class="container">{side}</div></section>{below}'
                     '<section class="footer3 cid-tN6xqAfoot" once="footers" id="footer3-a"><div class="container">{foot}</div></section>'),
    # AdonisJS 6 with Edge templates (a local start-up's ward portal product: layouts/main.edge with @!section slots, Vite-built /assets/, Bootstrap 5)
    "adonis_edge": _l37('<div class="ad-app"><div class="ad-topbar">{left}</div><header class="ad-header">{top}<nav class="ad-nav navbar navbar-expand-lg">{nav}</nav></header><main class="ad-main"><div class="container ad-container">{crumbs}'
                   '<div class="row ad-grid"><div class="col-lg-8 ad-col-main">{main}</div><aside class="col-lg-4 ad-col-side">{side}</aside></div>{below}</div></main><footer class="ad-footer">{foot}</footer></div>'),
}


# ------------------------------------------------------------------ set 55: ten layouts
L55 = {
    # NukeViet 5.1, a provincial vendor's theme for the Tỉnh ủy (Bootstrap 5 grid, the header date bar, #news-bodyhtml in the detail panel)
    "nv51_tu": _l37('<div class="tu51-page"><div class="tu51-datebar"><div class="container">{left}</div></div><header class="tu51-header"><div class="container">{top}</div></header>'
                    '<nav class="tu51-menu" id="menusite"><div class="container">{nav}</div></nav><section class="container tu51-body"><div class="tu51-crumbs">{crumbs}</div>'
                    '<div class="row"><div class="col-lg-8 tu51-col-main">{main}</div><div class="col-lg-4 tu51-col-side">{side}</div></div>{below}</section><footer class="tu51-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.5, Hồng Lam's theme for a provincial Fatherland Front (red header, the detail in the centre, a right column)
    "nv45_hl": _l37('<div id="wrapper" class="hl45"><div class="hl45-top">{left}</div><div class="hl45-header">{top}</div><div class="hl45-menu">{nav}</div>'
                    '<div class="hl45-body row"><div class="col-md-16 hl45-center"><div class="hl45-crumb">{crumbs}</div>{main}</div><div class="col-md-8 hl45-right">{side}</div></div>{below}<div class="hl45-footer">{foot}</div></div>'),
    # the '.dcs.vn' platform's 'Trao đổi - Kinh nghiệm' section template (a Tỉnh ủy's portal; the crumb row, a right rail)
    "dcs_tdkn": _l37('<div class="wrapper dcs-tdkn"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                     '<div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-tdkn-main">{main}</div><div class="col-md-4 dcs-tdkn-right">{side}</div></div>{below}</div><div class="footer dcs-tdkn-footer">{foot}</div></div>'),
    # Liferay DXP 2028.Q3, a provincial portal's vendor theme, Sao Khuê's news detail portlet (sk_news_detail) in a 70-30 layout
    "lr28q3sk": _l37('<div id="wrapper" class="sk28"><header id="banner" class="sk28-header"><div class="sk28-top">{left}</div>{top}<nav class="sk28-nav" id="navigation">{nav}</nav></header>'
                     '<section id="content"><div class="sk28-crumb">{crumbs}</div><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                     '<div class="portlet-boundary portlet-boundary_sk_news_detail_ portlet-static" id="p_p_id_sk_news_detail_INSTANCE_sk{n}_"><section class="portlet"><div class="portlet-content"><div class="portlet-body">{main}</div></div></section></div></div>'
                     '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer" class="sk28-footer">{foot}</footer></div>'),
    # SharePoint Server 2016, a custom master and Sông Lam's news web part (publishing page; the item's fields in a definition list)
    "sp2016sl": _l37('<div id="s4-workspace" class="sl16"><div id="s4-bodyContainer"><div class="sl16-top">{left}</div><div class="sl16-banner">{top}</div><div class="sl16-nav" id="zz1_TopNavigationMenu">{nav}</div>'
                     '<div id="contentRow"><div id="contentBox"><div class="sl16-crumb">{crumbs}</div><table class="sl16-zones" width="100%"><tr><td valign="top" class="sl16-zone-left"><div class="ms-webpart-chrome"><div class="ms-WPBody" id="WebPartWPQ2">{main}</div></div></td>'
                     '<td valign="top" class="sl16-zone-right" width="300">{side}</td></tr></table>{below}</div></div><div class="sl16-footer">{foot}</div></div></div>'),
    # DNN 9.12, a vendor's Bootstrap 4 skin, the EasyDNNnews module in the ContentPane (a department of foreign affairs)
    "dnn912": _l37('<div id="siteWrapper" class="dn12-skin"><div id="dnn_HeaderPane" class="HeaderPane">{top}<div class="dn12-clock">{left}</div></div><div id="dnn_NavPane" class="dn12-nav">{nav}</div>'
                   '<div class="container"><div id="dnn_BreadcrumbPane" class="dn12-crumb">{crumbs}</div><div class="row"><div id="dnn_ContentPane" class="ContentPane col-lg-8">'
                   '<div class="DnnModule DnnModule-EasyDNNnews DnnModule-2210"><a name="2210"></a><div id="dnn_ctr2210_ContentPane"><div id="dnn_ctr2210_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">{main}</div></div></div></div>'
                   '<div id="dnn_RightPane" class="RightPane col-lg-4">{side}</div></div><div id="dnn_BottomPane">{below}</div></div><div id="dnn_FooterPane" class="FooterPane">{foot}</div></div>'),
    # WordPress + Hello Elementor (the bare theme) with an Elementor Pro single-post template: containers and widgets
    "hello_el": _l37('<div data-elementor-type="header" class="elementor elementor-{n} elementor-location-header"><div class="elementor-element e-con e-parent hel-topbar">{left}</div>'
                     '<div class="elementor-element e-con e-parent">{top}<nav class="elementor-nav-menu--main">{nav}</nav></div></div>'
                     '<div data-elementor-type="single-post" class="elementor elementor-location-single post type-post status-publish"><div class="elementor-element e-con e-parent"><div class="e-con-inner">'
                     '<div class="elementor-element e-con e-child hel-main">{crumbs}{main}</div><div class="elementor-element e-con e-child hel-side">{side}</div></div></div></div>{below}'
                     '<div data-elementor-type="footer" class="elementor elementor-location-footer"><div class="elementor-element e-con e-parent">{foot}</div></div>'),
    # Drupal 10.4 + Olivero (the default front-end theme: the header region, the main content region, the sidebar region)
    "d104olivero": _l37('<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper" class="page-wrapper"><div id="page"><header id="header" class="site-header"><div class="site-header__fixable"><div class="ol-datebar">{left}</div>{top}</div>'
                        '<div class="header-nav"><nav class="primary-nav">{nav}</nav></div></header><div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" role="main" class="layout-main">'
                        '<div class="main-content"><div class="region region--breadcrumb">{crumbs}</div><div class="main-content__container container"><div class="region region--content">{main}</div></div></div>'
                        '<div class="region region--sidebar">{side}</div></div></div>{below}<footer class="site-footer"><div class="site-footer__inner container">{foot}</div></footer></div></div></div>'),
    # ASP.NET Core 9 MVC, Phố Hiến's portal product for communes (_Layout.cshtml, view components in the right column, Bootstrap 5)
    "aspcore9ph": _l37('<header class="ph9-header"><div class="ph9-topbar"><div class="container">{left}</div></div><div class="container">{top}</div><nav class="navbar navbar-expand-lg ph9-nav"><div class="container">{nav}</div></nav></header>'
                       '<div class="container ph9-body"><main role="main" class="pb-3"><div class="row"><div class="col-lg-8">{crumbs}{main}</div><div class="col-lg-4 ph9-side">{side}</div></div>{below}</main></div>'
                       '<footer class="border-top footer ph9-footer"><div class="container">{foot}</div></footer>'),
    # a converged provincial newsroom's CMS, the 'Media Story' long-form template (a full-width cover, a narrow text column, the credits box at the end, no rail)
    "press_ms": _l37('<div class="ms-wrap"><div class="ms-top">{left}</div><header class="ms-header">{top}<nav class="ms-nav">{nav}</nav></header><main class="ms-main">{crumbs}{main}</main>'
                     '<section class="ms-more container">{side}</section>{below}<footer class="ms-footer">{foot}</footer></div>'),
}


# ------------------------------------------------------------------ set 56: fourteen layouts
L56 = {
    # NukeViet 4.3, Lam Sơn's theme for a Tỉnh ủy (a red header band with the date bar, the menu, a 16/8 body row)
    "nv43_ls": _l37('<div class="ls43-wrap"><div class="ls43-datebar"><div class="container">{left}</div></div><div id="header" class="ls43-header"><div class="container">{top}</div></div>'
                    '<div id="menusite" class="ls43-menu"><div class="container">{nav}</div></div><div class="container ls43-body"><div class="breadcrumbs-wrap"><div class="display">{crumbs}</div></div>'
                    '<div class="row"><div class="col-md-16 ls43-center">{main}</div><div class="col-md-8 ls43-right">{side}</div></div>{below}</div><div id="footer" class="ls43-footer"><div class="container">{foot}</div></div></div>'),
    # NukeViet 4.4, Hải Vân's theme for ward Party committees (a left block column with the clock, the content, a right column)
    "nv44_hv": _l37('<div class="hv44-page"><div class="hv44-header">{top}</div><div class="hv44-nav">{nav}</div><div class="hv44-body row">'
                    '<div class="col-md-5 hv44-left">{left}</div><div class="col-md-13 hv44-main"><div class="breadcrumbs-wrap">{crumbs}</div>{main}</div><div class="col-md-6 hv44-right">{side}</div></div>{below}<div class="hv44-footer">{foot}</div></div>'),
    # NukeViet 4.5, Hồng Hà's theme for a provincial Red Cross (boxed 1170 px, red cross banner, body row 17/7)
    "nv45_hh": _l37('<div class="hh45 boxed"><div class="hh45-top">{left}</div><div class="hh45-banner">{top}</div><nav class="hh45-menu">{nav}</nav>'
                    '<div class="hh45-crumb">{crumbs}</div><div class="row hh45-row"><div class="col-md-17">{main}</div><div class="col-md-7 hh45-side">{side}</div></div>{below}<footer class="hh45-footer">{foot}</footer></div>'),
    # the '.dcs.vn' platform's 'Dân vận' section template (a ticker under the menu, the crumb, a right rail of the section)
    "dcs_dv": _l37('<div class="wrapper dcs-dv"><div class="header">{top}</div><div class="menu-main"><div class="container">{nav}</div></div><div class="container"><div class="today">{left}</div>'
                   '<div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-dv-main">{main}</div><div class="col-md-4 dcs-dv-right">{side}</div></div>{below}</div><div class="footer dcs-dv-footer">{foot}</div></div>'),
    # Liferay DXP 2029.Q1 LTS, a Tỉnh ủy's vendor theme, Thăng Long's news detail portlet (tl_news_detail) in a 70-30 layout
    "lr29q1tl": _l37('<div id="wrapper" class="tl29"><header id="banner" class="tl29-header"><div class="tl29-top">{left}</div>{top}<nav class="tl29-nav" id="navigation">{nav}</nav></header>'
                     '<section id="content"><div class="tl29-crumb">{crumbs}</div><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                     '<div class="portlet-boundary portlet-boundary_tl_news_detail_ portlet-static" id="p_p_id_tl_news_detail_INSTANCE_tl{n}_"><section class="portlet"><div class="portlet-content"><div class="portlet-body">{main}</div></div></section></div></div>'
                     '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer" class="tl29-footer">{foot}</footer></div>'),
    # Windows SharePoint Services 3.0, default.master's table frame (global breadcrumb, banner, top link bar, the title-area trail) and Trúc Lâm's news web part on a Party board's legacy site
    "wss30tl": _l37('<table class="ms-main" cellpadding="0" cellspacing="0" border="0" width="100%" height="100%"><tr><td colspan="2" class="ms-globalbreadcrumb">{left}</td></tr>'
                    '<tr><td colspan="2" class="ms-bannerframe"><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td class="ms-banner" id="GlobalTitleAreaImage">{top}</td></tr></table></td></tr>'
                    '<tr><td colspan="2" class="ms-topNavContainer" id="onetIdTopNavBarContainer">{nav}</td></tr><tr><td id="onetIdTitleAreaFrame" class="ms-titleareaframe" colspan="2">{crumbs}</td></tr>'
                    '<tr><td valign="top" class="ms-bodyareaframe" id="onetIdMainBodyFrame">{main}</td><td valign="top" width="280" class="ms-rightareacell">{side}</td></tr>'
                    '<tr><td colspan="2">{below}</td></tr><tr><td colspan="2" class="ms-footer">{foot}</td></tr></table>'),
    # DNN 9.10, a vendor's Bootstrap 4 skin, Tân Việt's news module (TV.News) in the ContentPane of a department's site
    "dnn910tv": _l37('<div id="siteWrapper" class="tv910-skin"><div id="dnn_HeaderPane" class="HeaderPane">{top}<div class="tv910-clock">{left}</div></div><div id="dnn_NavPane" class="tv910-nav">{nav}</div>'
                     '<div class="container"><div id="dnn_BreadcrumbPane" class="tv910-crumb">{crumbs}</div><div class="row"><div id="dnn_ContentPane" class="ContentPane col-lg-8">'
                     '<div class="DnnModule DnnModule-TVNews DnnModule-1875"><a name="1875"></a><div id="dnn_ctr1875_ContentPane"><div id="dnn_ctr1875_ModuleContent" class="DNNModuleContent ModTVNewsC">{main}</div></div></div></div>'
                     '<div id="dnn_RightPane" class="RightPane col-lg-4">{side}</div></div><div id="dnn_BottomPane">{below}</div></div><div id="dnn_FooterPane" class="FooterPane">{foot}</div></div>'),
    # Bình Minh's ASP.NET WebForms CMS for wards (BM.Portal: Site.Master with ContentPlaceHolder1, 1000-px table columns, the left column for the blocks)
    "wfbm": _l37('<table class="bm-page" width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="3" class="bm-top">{left}</td></tr><tr><td colspan="3" class="bm-banner">{top}</td></tr>'
                 '<tr><td colspan="3" class="bm-menu">{nav}</td></tr><tr><td valign="top" width="220" class="bm-left">{side}</td><td valign="top" width="10"></td>'
                 '<td valign="top" width="770" class="bm-center"><div id="ctl00_ContentPlaceHolder1_pnContent">{crumbs}{main}</div></td></tr><tr><td colspan="3">{below}</td></tr><tr><td colspan="3" class="bm-footer">{foot}</td></tr></table>'),
    # ASP.NET Core 6 Razor Pages, a local vendor's ward portal (_Layout.cshtml, partials, Bootstrap 5)
    "aspcore6rp": _l37('<header class="rp6-header"><div class="rp6-topbar"><div class="container">{left}</div></div><div class="container">{top}</div><nav class="navbar navbar-expand-lg rp6-nav"><div class="container">{nav}</div></nav></header>'
                       '<div class="container rp6-body"><main role="main" class="pb-3"><div class="row"><div class="col-lg-8">{crumbs}{main}</div><aside class="col-lg-4 rp6-side">{side}</aside></div>{below}</main></div>'
                       '<footer class="border-top footer rp6-footer"><div class="container">{foot}</div></footer>'),
    # a local vendor's CMS on CodeIgniter 4 (app/Views/layouts/main.php sections, Bootstrap 4)
    "ci4": _l37('<div class="ci4-site"><div class="ci4-topbar"><div class="container">{left}</div></div><header class="ci4-header"><div class="container">{top}</div></header><nav class="navbar navbar-expand-lg ci4-nav"><div class="container">{nav}</div></nav>'
                '<div class="container ci4-body"><div class="ci4-crumb">{crumbs}</div><div class="row"><div class="col-md-8 ci4-main">{main}</div><div class="col-md-4 ci4-side">{side}</div></div>{below}</div><footer class="ci4-footer"><div class="container">{foot}</div></footer></div>'),
    # WordPress + Newscrunch (Spice Themes): top header with the date, the site branding, the menu; single post with the right sidebar
    "newscrunch": _l37('<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a><header class="site-header header-sidebar"><div class="spnc-topbar"><div class="spnc-container">{left}</div></div>'
                       '<div class="spnc-custom-logo-title"><div class="spnc-container">{top}</div></div><nav class="spnc spnc-custom spnc-navbar"><div class="spnc-container">{nav}</div></nav></header>'
                       '<div id="content" class="site-content"><div class="spnc-container"><div class="spnc-row"><div class="spnc-col-7 spnc-sticky-content">{crumbs}{main}</div><div class="spnc-col-3 spnc-sticky-sidebar"><div class="right-sidebar">{side}</div></div></div></div>{below}</div>'
                       '<footer class="site-footer"><div class="spnc-container">{foot}</div></footer></div>'),
    # Joomla 3.2, a vendor template on the YJSG framework (Youjoomla): #yjsgheadergrid, #yjsgmaingrid with the component and a right column
    "j32yjsg": _l37('<div id="centertop" class="yjsg-body"><div id="yjsg1" class="yjsg_grid"><div class="yjsg-newsbar">{left}</div></div><div id="header" class="yjsg-header">{top}</div><div id="yjsg2" class="yjsg_grid yjsg-menu">{nav}</div>'
                    '<div id="yjsgmaingrid" class="yjsg_grid"><div id="midblock" class="sidebars sidebar-right"><div class="insidem"><div class="yjsg-newsitems">{crumbs}{main}</div></div></div>'
                    '<div id="rightblock"><div class="inside">{side}</div></div></div>{below}<div id="footer" class="yjsg-footer">{foot}</div></div>'),
    # Drupal 9.5 + Newsplus Lite (More than (just) Themes): header, the system breadcrumb block in the header region, main content, sidebar second
    "d95npl": _l37('<div id="page-container"><div id="pre-header" class="clearfix"><div class="container">{left}</div></div><header id="header" role="banner" class="clearfix"><div class="container">{top}</div></header>'
                   '<div id="main-navigation" class="clearfix"><div class="container"><nav class="navigation" role="navigation">{nav}</nav></div></div><div id="page-intro" class="clearfix"><div class="container"><div class="region region-page-intro">{crumbs}</div></div></div>'
                   '<div id="page" class="clearfix"><div class="container"><div class="row"><section class="col-md-8"><div id="main" class="clearfix"><div class="region region-content">{main}</div></div></section>'
                   '<aside class="col-md-4"><section id="sidebar-second" class="sidebar clearfix"><div class="region region-sidebar-second">{side}</div></section></aside></div>{below}</div></div><footer id="footer" class="clearfix"><div class="container">{foot}</div></footer></div>'),
    # a merged press agency's CMS, the standard detail whose body editor is Froala (a top ticker bar, the crumb row, a right rail)
    "press_fr": _l37('<div class="pf-wrap"><div class="pf-top"><div class="container">{left}</div></div><header class="pf-header"><div class="container">{top}</div></header><nav class="pf-nav"><div class="container">{nav}</div></nav>'
                     '<main class="container pf-body"><div class="pf-crumb">{crumbs}</div><div class="row"><div class="col-md-8 pf-main">{main}</div><aside class="col-md-4 pf-rail">{side}</aside></div>{below}</main><footer class="pf-footer"><div class="container">{foot}</div></footer></div>'),
}

# ------------------------------------------------------------------ set 57: twelve layouts
L57 = {
    # NukeViet 4.2, Phong Nha's theme for a Tỉnh ủy (a date bar over a red banner, the menu, the crumb, an 18/6 body row)
    "nv42_pn": _l37('<div class="pn42"><div class="pn42-datebar"><div class="container">{left}</div></div><div id="header" class="pn42-header"><div class="container">{top}</div></div>'
                    '<div id="menusite" class="pn42-menu"><div class="container">{nav}</div></div><div class="container pn42-body"><div class="breadcrumbs-wrap"><div class="display">{crumbs}</div></div>'
                    '<div class="row"><div class="col-md-18 pn42-center">{main}</div><div class="col-md-6 pn42-right">{side}</div></div>{below}</div><div id="footer" class="pn42-footer"><div class="container">{foot}</div></div></div>'),
    # NukeViet 4.5, Yên Tử's theme for commune Party committees (a green header with the clock at its right, the menu, a 17/7 body row)
    "nv45_yt": _l37('<div class="yt45-page"><div class="yt45-header"><div class="container"><div class="row"><div class="col-md-18">{top}</div><div class="col-md-6 yt45-clock">{left}</div></div></div></div>'
                    '<nav class="yt45-nav"><div class="container">{nav}</div></nav><div class="container yt45-body"><div class="breadcrumbs-wrap">{crumbs}</div><div class="row"><div class="col-md-17">{main}</div>'
                    '<div class="col-md-7 yt45-side">{side}</div></div>{below}</div><footer class="yt45-footer"><div class="container">{foot}</div></footer></div>'),
    # NukeViet 4.4, Tràng An's theme for a provincial Fatherland Front committee (boxed 1200 px, a flag banner, body row 16/8)
    "nv44_ta": _l37('<div class="ta44 boxed"><div class="ta44-top">{left}</div><div class="ta44-banner">{top}</div><nav class="ta44-menu">{nav}</nav>'
                    '<div class="ta44-crumb">{crumbs}</div><div class="row ta44-row"><div class="col-md-16">{main}</div><div class="col-md-8 ta44-side">{side}</div></div>{below}<footer class="ta44-footer">{foot}</footer></div>'),
    # the '.dcs.vn' platform's 'Mặt trận - Đoàn thể' section template (the date under the logo, the menu, a ticker row, a right rail)
    "dcs_mt": _l37('<div class="wrapper dcs-mt"><div class="header">{top}<div class="today">{left}</div></div><div class="menu-main"><div class="container">{nav}</div></div><div class="container">'
                   '<div class="dcs-crumb">{crumbs}</div><div class="row"><div class="col-md-8 dcs-mt-main">{main}</div><div class="col-md-4 dcs-mt-right">{side}</div></div>{below}</div><div class="footer dcs-mt-footer">{foot}</div></div>'),
    # Liferay DXP 2028.Q2, a board's vendor theme, Ngọc Linh's news detail portlet (nl_news_detail) in a 2-column 66/33 layout
    "lr282nl": _l37('<div id="wrapper" class="nl28"><header id="banner" class="nl28-header"><div class="nl28-top">{left}</div>{top}<nav class="nl28-nav" id="navigation" role="navigation">{nav}</nav></header>'
                   '<section id="content"><div class="nl28-crumb">{crumbs}</div><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                   '<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1"><div class="portlet-boundary portlet-boundary_nl_news_detail_ portlet-static" id="p_p_id_nl_news_detail_INSTANCE_nl{n}_">'
                   '<section class="portlet" id="portlet_nl_news_detail_INSTANCE_nl{n}"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><h2 class="portlet-title-text">Tin tức</h2></div>'
                   '<div class="portlet-content-container"><div class="portlet-body">{main}</div></div></div></section></div></div></div>'
                   '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">{side}</div></div></div>{below}</section><footer id="footer" class="nl28-footer">{foot}</footer></div>'),
    # SharePoint Server 2016 publishing, Bạch Mã's master page (seattle-derived) and its article page layout (ArticleBM.aspx)
    "sp16bm": _l37('<div id="s4-workspace"><div id="s4-bodyContainer"><div class="bm16-top">{left}</div><div id="s4-titlerow" class="bm16-banner">{top}</div><div class="bm16-nav" id="DeltaTopNavigation">{nav}</div>'
                   '<div id="contentRow"><div id="contentBox" aria-live="polite" aria-relevant="all"><div id="DeltaPlaceHolderMain"><div class="bm16-crumb">{crumbs}</div><div class="row bm16-row"><div class="col-md-8 bm16-main">'
                   '<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ{n}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">{main}</div></div></div>'
                   '<div class="col-md-4 bm16-side">{side}</div></div>{below}</div></div></div><div class="bm16-footer">{foot}</div></div></div>'),
    # DNN 9.5, a vendor's Bootstrap 4 skin for a department, Cát Tiên's news module (CT.News) in the ContentPane
    "dnn95ct": _l37('<div id="siteWrapper" class="ct95-skin"><div id="dnn_HeaderPane" class="HeaderPane">{top}<div class="ct95-clock">{left}</div></div><div id="dnn_NavPane" class="ct95-nav">{nav}</div>'
                    '<div class="container"><div id="dnn_BreadcrumbPane" class="ct95-crumb">{crumbs}</div><div class="row"><div id="dnn_ContentPane" class="ContentPane col-lg-8">'
                    '<div class="DnnModule DnnModule-CTNews DnnModule-2290"><a name="2290"></a><div id="dnn_ctr2290_ContentPane"><div id="dnn_ctr2290_ModuleContent" class="DNNModuleContent ModCTNewsC">{main}</div></div></div></div>'
                    '<div id="dnn_RightPane" class="RightPane col-lg-4">{side}</div></div><div id="dnn_BottomPane">{below}</div></div><div id="dnn_FooterPane" class="FooterPane">{foot}</div></div>'),
    # Cổ Loa's ASP.NET WebForms CMS for wards (CL.Web: Main.Master with cphNoiDung, a 980-px table, the right column for the blocks)
    "wfcl": _l37('<table class="cl-page" width="980" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" class="cl-top">{left}</td></tr><tr><td colspan="2" class="cl-banner">{top}</td></tr>'
                 '<tr><td colspan="2" class="cl-menu">{nav}</td></tr><tr><td valign="top" width="700" class="cl-center"><div id="ctl00_cphNoiDung_pnNoiDung">{crumbs}{main}</div></td>'
                 '<td valign="top" width="280" class="cl-right">{side}</td></tr><tr><td colspan="2">{below}</td></tr><tr><td colspan="2" class="cl-footer">{foot}</td></tr></table>'),
    # WordPress + HitMag (ThemezHut): the top bar with the date, the site branding, the main menu; single post with the right sidebar
    "hitmag": _l37('<div id="page" class="site hitmag-wrapper"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a><header id="masthead" class="site-header" role="banner">'
                   '<div class="hm-top-bar"><div class="hm-container">{left}</div></div><div class="header-main-area"><div class="hm-container"><div class="site-branding">{top}</div></div></div>'
                   '<div class="hm-nav-container"><nav id="site-navigation" class="main-navigation" role="navigation"><div class="hm-container">{nav}</div></nav></div></header>'
                   '<div id="content" class="site-content"><div class="hm-container"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">{crumbs}{main}</main></div>'
                   '<aside id="secondary" class="widget-area" role="complementary">{side}</aside></div>{below}</div><footer id="colophon" class="site-footer" role="contentinfo"><div class="hm-container">{foot}</div></footer></div>'),
    # Joomla 4.2, a vendor template on JoomlaBamboo's Zen Grid Framework (zen-header, zen-nav, the main row with the component and a right sidebar)
    "j42zen": _l37('<div id="zen-wrap" class="zen-j42"><section id="zen-top" class="zen-top"><div class="zen-container">{left}</div></section><header id="zen-header" class="zen-header"><div class="zen-container">{top}</div></header>'
                   '<section id="zen-nav" class="zen-navwrap"><div class="zen-container">{nav}</div></section><section id="zen-main" class="zen-main"><div class="zen-container"><div class="zen-row">'
                   '<main id="zen-maincontent" class="zen-col-lg-9">{crumbs}<div id="system-message-container" aria-live="polite"></div>{main}</main><aside id="zen-sidebar-right" class="zen-col-lg-3">{side}</aside></div>{below}</div></section>'
                   '<footer id="zen-footer" class="zen-footer"><div class="zen-container">{foot}</div></footer></div>'),
    # Drupal 10.2 + the ZURB Foundation contributed theme (top bar, the highlighted region with the breadcrumb, main and sidebar second)
    "d102zf": _l37('<div class="off-canvas-wrapper"><div class="off-canvas-content" data-off-canvas-content><header role="banner" class="l-header"><div class="top-bar zf-clock">{left}</div><div class="grid-container">{top}</div>'
                   '<nav class="top-bar main-menu" role="navigation">{nav}</nav></header><div class="grid-container"><div class="l-help">{crumbs}</div><div class="grid-x grid-padding-x">'
                   '<main id="main" class="cell large-8" role="main"><div class="region region-content">{main}</div></main><aside class="cell large-4 l-sidebar-second" role="complementary">{side}</aside></div>{below}</div>'
                   '<footer class="l-footer"><div class="grid-container">{foot}</div></footer></div></div>'),
    # a merged press agency's CMS, the standard detail with a 'Nghe bài viết' bar (a top ticker bar, the crumb row, a right rail)
    "press_au": _l37('<div class="pa-wrap"><div class="pa-top"><div class="container">{left}</div></div><header class="pa-header"><div class="container">{top}</div></header><nav class="pa-nav"><div class="container">{nav}</div></nav>'
                     '<main class="container pa-body"><div class="pa-crumb">{crumbs}</div><div class="row"><div class="col-md-8 pa-main">{main}</div><aside class="col-md-4 pa-rail">{side}</aside></div>{below}</main><footer class="pa-footer"><div class="container">{foot}</div></footer></div>'),
}
