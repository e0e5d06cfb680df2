"""Builders and app shells: jQuery Mobile web app (multi-page document), Elementor layout, new Google Sites,
Facebook Instant Article copy, Moodle site-news forum post."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, past, esc, slug, dump, hexid, alnum, expected, css, js,
                     heads, menu, nlist, footer, counter, ga, cookie_banner, pad)

# =====================================================================
A14 = Art(
    "Tuổi trẻ Gia Lai ra quân “Ngày Chủ nhật xanh” tại vùng biên giới",
    "Ngày 14/4, Tỉnh đoàn Gia Lai phối hợp với Huyện đoàn Đức Cơ và Đồn Biên phòng Ia Dom tổ chức ra quân “Ngày Chủ nhật xanh” tại xã biên giới Ia Dom, thu hút hơn 300 đoàn viên, thanh niên tham gia.",
    [
        ("p", "Tại buổi ra quân, các đoàn viên, thanh niên đã dọn vệ sinh đường làng, khơi thông cống rãnh, thu gom gần 5 tấn rác thải; trồng mới 1.200 cây xanh dọc tuyến đường vào trung tâm xã và khuôn viên Trường Tiểu học Ia Dom."),
        ("img", "/mobile/images/2024/04/chu-nhat-xanh-iadom.jpg", "Đoàn viên, thanh niên trồng cây xanh tại khuôn viên Trường Tiểu học Ia Dom"),
        ("p", "Dịp này, Tỉnh đoàn trao tặng 50 suất quà cho học sinh có hoàn cảnh khó khăn và bàn giao công trình “Thắp sáng đường biên” gồm 40 bóng đèn năng lượng mặt trời trị giá 60 triệu đồng."),
        ("p", "Anh Rơ Châm H’Lung, Bí thư Chi đoàn làng Mook Trang cho biết: “Được cùng các anh chị Tỉnh đoàn và bộ đội biên phòng làm việc, thanh niên trong làng thấy rất vui. Chúng em sẽ giữ gìn con đường sạch đẹp”."),
    ])


def page14():
    rng = random.Random("jqm-gialai-14")
    pub = T("2024-04-17 07:10")
    host = "https://tinhdoan.gialai.gov.vn"
    url = f"{host}/mobile/tin/hoat-dong-doan/tuoi-tre-gia-lai-ra-quan-ngay-chu-nhat-xanh-tai-vung-bien-gioi-5531"
    hs = heads(rng, 24, "Đức Cơ")
    ds = past(pub, rng, 24, 1, 30)
    body = A14.render(img=lambda s, c, n: f'<div class="ui-body ui-body-a ui-corner-all photo"><img src="{s}" style="width:100%" alt=""><p class="photo-cap">{esc(c)}</p></div>')
    lst = "".join(f'<li><a href="/mobile/tin/{slug(t)}-{rng.randint(1000, 9999)}" data-transition="slide"><img src="/mobile/thumb/{hexid(rng, 10)}.jpg"><h2>{esc(t)}</h2><p>{dmy(d)}</p></a></li>'
                  for t, d in zip(hs[:14], ds[:14]))
    cats = "".join(f'<li><a href="/mobile/chuyen-muc/{slug(c)}">{esc(c)}</a></li>' for c in
                   ["Tin tức", "Hoạt động Đoàn", "Hội LHTN", "Đội TNTP", "Thanh niên tình nguyện", "Gương mặt trẻ", "Văn bản", "Liên hệ"])
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">
<meta name="apple-mobile-web-app-capable" content="yes"><meta name="mobile-web-app-capable" content="yes">
<title>Tỉnh đoàn Gia Lai</title>
<link rel="stylesheet" href="/mobile/css/jquery.mobile-1.4.5.min.css"><link rel="stylesheet" href="/mobile/css/app.css?v=12">
<link rel="manifest" href="/mobile/manifest.json">
<script src="/mobile/js/jquery-1.11.1.min.js"></script><script src="/mobile/js/jquery.mobile-1.4.5.min.js"></script>
<style>{css(rng, "ui-m", 160)}</style><!--PAD-->
</head><body>
<div data-role="page" id="article" data-url="/mobile/tin/hoat-dong-doan/5531" data-dom-cache="false">
<div data-role="header" data-position="fixed" data-theme="b"><a href="#" data-rel="back" data-icon="back" class="ui-btn-left">Trở về</a><h1>Hoạt động Đoàn</h1><a href="#menu" data-icon="bars" class="ui-btn-right">Menu</a></div>
<div role="main" class="ui-content">
<h2 class="art-title">{esc(A14.title)}</h2>
<p class="art-date">{dmy(pub)} - {hm(pub)}</p>
<p class="art-sapo"><strong>{esc(A14.lead)}</strong></p>
<div class="art-body">
{body}
<p style="text-align:right"><strong>Tin: Y Thanh - Ảnh: Đức Thụy</strong></p>
</div>
<div data-role="controlgroup" data-type="horizontal" class="share"><a href="#" class="ui-btn ui-icon-action ui-btn-icon-left">Chia sẻ</a><a href="#" class="ui-btn">Zalo</a><a href="#" class="ui-btn ui-icon-heart ui-btn-icon-left">Thích</a></div>
<h3 class="ui-bar ui-bar-a">Tin cùng chuyên mục</h3>
<ul data-role="listview" data-inset="true">{lst[:len(lst) // 2]}</ul>
</div>
<div data-role="footer" data-position="fixed" data-theme="b"><div data-role="navbar"><ul><li><a href="/mobile/" data-icon="home">Trang chủ</a></li><li><a href="/mobile/video" data-icon="video">Video</a></li><li><a href="/mobile/tim-kiem" data-icon="search">Tìm kiếm</a></li><li><a href="/?desktop=1" data-icon="eye">Bản đầy đủ</a></li></ul></div></div>
</div>
<div data-role="page" id="menu" data-theme="b"><div data-role="header"><h1>Chuyên mục</h1></div><div role="main" class="ui-content"><ul data-role="listview">{cats}</ul>{menu(rng, "/mobile", "m-menu", "")}</div></div>
<div data-role="page" id="latest"><div data-role="header"><h1>Tin mới nhất</h1></div><div role="main" class="ui-content"><ul data-role="listview" data-filter="true" data-filter-placeholder="Lọc tin...">{lst}</ul>
<p class="ft">{footer("Tỉnh đoàn Gia Lai", "Số 17 Trần Hưng Đạo, TP Pleiku, tỉnh Gia Lai", "0269.3824.271")}</p></div></div>
<script>$(document).on("pagecreate","#article",function(){{ {js(rng, 30, "m")} }});</script>
</body></html>"""
    html = pad(html, rng, 72, "ui-m-x")
    return dict(family="jquery_mobile_app", name="gialai-tinhdoan-multipage-doc-header-section", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A14, iso(pub), author="Y Thanh", photographer="Đức Thụy", category="Hoạt động Đoàn"),
                traps={"bylines": ["Tin: Y Thanh - Ảnh: Đức Thụy"], "related": hs[:14],
                       "chrome": ["Trở về", "Bản đầy đủ", "Tin cùng chuyên mục", "Lọc tin..."]},
                notes="AMP-less jQuery Mobile 1.4 web app: one HTML document holding three data-role=page views (#article, "
                      "#menu, #latest); only #article is the story. <title> is the site name only; the title is the h2.art-title "
                      "(the header h1 is the section name 'Hoạt động Đoàn' → category). Date 'dd/mm/yyyy - HH:MM'. 'Tin: A - Ảnh: B' "
                      "→ author A, photographer B. Listview related items and the #latest page are not body.",
                readme="jQuery Mobile web app; multi-page document (#article/#menu/#latest), <title> = site name, title in h2 while the header h1 is the section (= category), 'Tin: A - Ảnh: B' credit, listview related")


# =====================================================================
A15 = Art(
    "Hội Nông dân huyện Krông Pắc giải ngân 2 tỷ đồng vốn Quỹ Hỗ trợ nông dân",
    "Ngày 18/4, Hội Nông dân huyện Krông Pắc tổ chức giải ngân 2 tỷ đồng từ nguồn Quỹ Hỗ trợ nông dân cho 4 tổ hợp tác với 40 hội viên tại các xã Ea Kênh, Ea Yông và Hòa An.",
    [
        ("p", "Nguồn vốn được cho vay với thời hạn 3 năm, lãi suất ưu đãi, giúp các hộ hội viên đầu tư chăn nuôi bò sinh sản, trồng sầu riêng xen cà phê và mua sắm máy móc phục vụ sơ chế nông sản."),
        ("img", "/wp-content/uploads/2024/04/giai-ngan-quy-hnd-krong-pac.jpg", "Lãnh đạo Hội Nông dân huyện trao vốn cho đại diện các tổ hợp tác"),
        ("p", "Bà H’Luyến Byă, tổ trưởng Tổ hợp tác chăn nuôi bò xã Ea Yông, phấn khởi cho biết: “Có nguồn vốn này, các thành viên trong tổ sẽ mua thêm bò giống, làm chuồng trại đúng kỹ thuật, mở rộng quy mô đàn”."),
        ("p", "Theo Hội Nông dân huyện, đến nay tổng nguồn Quỹ Hỗ trợ nông dân do huyện quản lý đạt hơn 7,3 tỷ đồng, đang cho 42 tổ hợp tác, tổ liên kết vay vốn. Các dự án vay vốn đều sử dụng đúng mục đích, trả nợ gốc và lãi đúng hạn."),
        ("p", "Hội Nông dân huyện đề nghị các cơ sở Hội tiếp tục theo dõi, hướng dẫn hội viên sử dụng vốn hiệu quả, đồng thời vận động xây dựng nguồn Quỹ ở cơ sở."),
    ])


def page15():
    rng = random.Random("elementor-krongpac-15")
    pub = T("2024-04-19 09:30")
    host = "https://hoinongdankrongpac.vn"
    url = f"{host}/hoi-nong-dan-huyen-krong-pac-giai-ngan-2-ty-dong-von-quy-ho-tro-nong-dan/"
    hs = heads(rng, 20, "Krông Pắc")
    ds = past(pub, rng, 20, 1, 30)
    eid = lambda: hexid(rng, 7)

    def text(t):
        return (f'<div class="elementor-element elementor-element-{eid()} elementor-widget elementor-widget-text-editor" data-element_type="widget" data-widget_type="text-editor.default">'
                f'<div class="elementor-widget-container"><p>{esc(t)}</p></div></div>')

    def img(s, c, n):
        return (f'<div class="elementor-element elementor-element-{eid()} elementor-widget elementor-widget-image" data-widget_type="image.default"><div class="elementor-widget-container">'
                f'<figure class="wp-caption"><img decoding="async" width="1024" height="683" src="{host}{s}" class="attachment-large size-large wp-image-{rng.randint(1000, 9999)}" alt="">'
                f'<figcaption class="widget-image-caption wp-caption-text">{esc(c)}</figcaption></figure></div></div>')
    widgets = A15.render(p=text, img=img)
    cta = ('<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-cta"><div class="elementor-cta__content">'
           '<h2 class="elementor-cta__title">Tham gia Hội Nông dân</h2><div class="elementor-cta__description">Cùng nhau xây dựng nông thôn mới, làm giàu chính đáng</div>'
           '<a class="elementor-cta__button elementor-button" href="/dang-ky-hoi-vien/">Đăng ký ngay</a></div></div></div>')
    counters = "".join(f'<div class="elementor-widget elementor-widget-counter"><div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-to-value="{v}">0</span></div><div class="elementor-counter-title">{l}</div></div></div>'
                       for v, l in [(12450, "Hội viên"), (42, "Tổ hợp tác"), (16, "Cơ sở Hội")])
    cfg = {"environmentMode": {"edit": False, "wpPreview": False, "isScriptDebug": False}, "i18n": {"shareOnFacebook": "Chia sẻ trên Facebook"},
           "is_rtl": False, "breakpoints": {"xs": 0, "sm": 480, "md": 768, "lg": 1025}, "version": "3.20.3", "urls": {"assets": host + "/wp-content/plugins/elementor/assets/"},
           "post": {"id": 2871, "title": A15.title + " – Hội Nông dân huyện Krông Pắc", "excerpt": "", "featuredImage": host + A15.blocks[1][1]}}
    html = f"""<!doctype html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(A15.title)} – Hội Nông dân huyện Krông Pắc</title>
<meta property="og:type" content="article"><meta property="og:title" content="{esc(A15.title, True)}">
<meta property="article:published_time" content="{utcz(pub).replace('Z', '+00:00')}"><meta property="article:modified_time" content="2024-04-22T03:12:45+00:00">
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="{host}/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.20.3" media="all">
<link rel="stylesheet" id="elementor-post-2871-css" href="{host}/wp-content/uploads/elementor/css/post-2871.css?ver=1713500000" media="all">
<style id="hello-elementor-inline">{css(rng, "elementor", 240)}</style><!--PAD-->
</head><body class="post-template post-template-elementor_header_footer single single-post postid-2871 elementor-default elementor-template-full-width elementor-kit-6 elementor-page elementor-page-2871">
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-theme-site-logo"><a href="{host}"><img src="{host}/wp-content/uploads/2023/05/logo-hnd.png" alt=""></a></div>
<div class="elementor-widget elementor-widget-theme-site-title"><h1 class="elementor-heading-title elementor-size-default"><a href="{host}">HỘI NÔNG DÂN HUYỆN KRÔNG PẮC</a></h1></div>
<div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main">{menu(rng, host, "elementor-nav-menu", "/")}</nav></div></div></div></header>
<div data-elementor-type="wp-post" data-elementor-id="2871" class="elementor elementor-2871">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element e-con-full e-flex e-con e-child" style="--width:66%">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-large">{esc(A15.title)}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info" data-widget_type="post-info.default"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><a href="{host}/author/admin_hnd/"><span class="elementor-icon-list-icon"><i class="fa fa-user-circle-o"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">admin_hnd</span></a></li>
<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>Tháng Tư 19, 2024</time></span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><time>9:30 sáng</time></span></li>
<li class="elementor-icon-list-item elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="{host}/category/hoat-dong-hoi/" class="elementor-post-info__terms-list-item">Hoạt động Hội</a></span></span></li>
</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor elementor-sapo" data-widget_type="text-editor.default"><div class="elementor-widget-container"><p><strong>{esc(A15.lead)}</strong></p></div></div>
{widgets}
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p style="text-align: right;"><strong>Tin, ảnh: H’Xuân Êban</strong></p></div></div>
<div class="elementor-element elementor-widget elementor-widget-share-buttons"><div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_facebook"><span class="elementor-share-btn__text">Facebook</span></div><div class="elementor-share-btn elementor-share-btn_print"><span class="elementor-share-btn__text">In</span></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-post-navigation"><div class="elementor-post-navigation__prev"><a href="/prev/"><span class="post-navigation__prev--label">Bài trước</span><span class="post-navigation__prev--title">{esc(hs[0])}</span></a></div><div class="elementor-post-navigation__next"><a href="/next/"><span class="post-navigation__next--label">Bài tiếp</span><span class="post-navigation__next--title">{esc(hs[1])}</span></a></div></div></div>
</div>
<div class="elementor-element e-con-full e-flex e-con e-child" style="--width:34%">
{cta}{counters}
<div class="elementor-widget elementor-widget-posts"><h3 class="elementor-heading-title">Tin mới</h3><div class="elementor-posts-container">{"".join(f'<article class="elementor-post"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{slug(t)}/">{esc(t)}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">Tháng Tư {d.day}, 2024</span></div></div></article>' for t, d in zip(hs[2:12], ds[2:12]))}</div></div>
</div></div></div></div>
<footer data-elementor-type="footer" class="elementor elementor-location-footer">{footer("Hội Nông dân huyện Krông Pắc", "Thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk", "0262.3521.067")}<p>Copyright © 2024 | Thiết kế bởi Elementor</p></footer>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {dump(cfg)};</script>
<script src="{host}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3" id="elementor-frontend-js"></script><script>{js(rng, 25, "ehx")}</script>
</body></html>"""
    html = pad(html, rng, 108, "elementor-x")
    return dict(family="elementor_builder", name="krongpac-hnd-h2-title-post-info-account", url=url,
                content_type="text/html; charset=UTF-8", html=html,
                expected=expected(A15, iso(pub), author="H’Xuân Êban", photographer="H’Xuân Êban", category="Hoạt động Hội"),
                traps={"accounts": ["admin_hnd"], "bylines": ["Tin, ảnh: H’Xuân Êban"],
                       "chrome": ["Tham gia Hội Nông dân", "Đăng ký ngay", "Cùng nhau xây dựng nông thôn mới, làm giàu chính đáng", "Bài trước"],
                       "related": hs[:12], "dates": ["2024-04-22T03:12:45+00:00"]},
                notes="WordPress + Elementor Pro full-width template: everything is widgets in e-con containers. The only h1 is the "
                      "site-title widget in the header; the article title is an h2 heading widget. Post-info widget: author "
                      "'admin_hnd' (account → not author), date 'Tháng Tư 19, 2024' and time '9:30 sáng' (WordPress vi locale) → "
                      "09:30 +07 (article:published_time 02:30 UTC agrees), terms 'Hoạt động Hội' → category. Body = text-editor "
                      "widgets; image widgets' figcaptions are captions; the CTA, counters, post navigation and posts widget "
                      "are not body. 'Tin, ảnh: H’Xuân Êban' → author and photographer. modified_time only in meta → updated null.",
                readme="Elementor page-builder layout; only h1 = site title, title in an h2 heading widget, post-info widget (account 'admin_hnd', vi 'Tháng Tư 19, 2024' + '9:30 sáng', terms), CTA/counter widgets beside the text, 'Tin, ảnh:' foot credit")


# =====================================================================
A16 = Art(
    "Đoàn xã Tân Lập ra mắt công trình “Tuyến đường thanh niên tự quản”",
    None,
    [
        ("p", "Sáng 20/4, Ban Chấp hành Đoàn xã Tân Lập phối hợp với Ban Nhân dân thôn Đồng Quan tổ chức ra mắt công trình “Tuyến đường thanh niên tự quản” dài 1,2 km chào mừng kỷ niệm 49 năm Ngày Giải phóng miền Nam, thống nhất đất nước."),
        ("p", "Trước đó, trong hai tuần, hơn 60 đoàn viên, thanh niên của 5 chi đoàn đã tham gia phát quang bụi rậm, trồng 300 cây hoa mười giờ và lắp đặt 25 bóng đèn chiếu sáng dọc tuyến đường. Kinh phí thực hiện hơn 18 triệu đồng do đoàn viên đóng góp và vận động các nhà hảo tâm."),
        ("img", "https://lh3.googleusercontent.com/sitesv/APaQ0ST" + "x" * 40 + "=w1280", "Đoàn viên thanh niên thôn Đồng Quan trồng hoa dọc tuyến đường"),
        ("p", "Chi đoàn thôn Đồng Quan được giao quản lý, duy trì vệ sinh tuyến đường mỗi tháng hai lần. Ban Chấp hành Đoàn xã đặt mục tiêu trong năm 2024 mỗi chi đoàn thôn có ít nhất một công trình, phần việc thanh niên gắn với xây dựng nông thôn mới nâng cao."),
    ])


def page16():
    rng = random.Random("gsites-tanlap-16")
    pub = T("2024-04-20")
    url = "https://sites.google.com/view/doanxatanlap/tin-ho%E1%BA%A1t-%C4%91%E1%BB%99ng/ra-mat-tuyen-duong-thanh-nien-tu-quan"
    hs = ["Đại hội Chi đoàn thôn Đồng Quan nhiệm kỳ 2024 - 2026", "Tuổi trẻ Tân Lập hưởng ứng Tháng Thanh niên 2024",
          "Đoàn xã tổ chức giải bóng đá thanh niên mừng Xuân", "Hội nghị Ban Chấp hành Đoàn xã lần thứ 5"]
    ob = lambda: alnum(rng, 6)

    def tb(inner, extra=""):
        return (f'<div class="oKdM2c ZZyype Kzv0Me"><div id="h.{alnum(rng, 20)}" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">'
                f'<div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe{extra}">{inner}</div></div></div></div>')
    parts = []
    for b in A16.blocks:
        if b[0] == "p":
            parts.append(tb(f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: justify;"><span class="C9DxTc ">{esc(b[1])}</span></p>'))
        elif b[0] == "img":
            parts.append(f'<div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-II5mzb"><div class="t3iYD"><img src="{b[1]}" class="CENy8b" role="img" style="width:100%"></div></div></div>')
            parts.append(tb(f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc " style="font-style: italic; font-size: 10pt;">{esc(b[2])}</span></p>'))
    cur = ' aria-current="true"'
    nav = "".join(f'<li jsname="ibnC6b" class="VsJjtf{" oNsfjf" if t == "Tin hoạt động" else ""}"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/view/doanxatanlap/{slug(t)}"'
                  f'{cur if t == "Tin hoạt động" else ""} data-url="/view/doanxatanlap/{slug(t)}">{esc(t)}</a></div></div></li>'
                  for t in ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Văn bản", "Gương mặt tiêu biểu", "Liên hệ"])
    initial = dump({"docs-ccdm": [rng.randint(1, 9) for _ in range(200)], "sites-flags": {alnum(rng, 8): rng.random() > .5 for _ in range(150)},
                    "theme": {"name": "Vision", "fonts": ["Lato", "Montserrat"]}})
    html = f"""<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8"><meta property="og:title" content="Đoàn xã Tân Lập - Ra mắt tuyến đường thanh niên tự quản"><meta property="og:type" content="website"><meta name="viewport" content="width=device-width, initial-scale=1"><meta itemprop="name" content="Đoàn xã Tân Lập">
<title>Đoàn xã Tân Lập - Ra mắt tuyến đường thanh niên tự quản</title>
<link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C300italic%2C400%2C400italic%2C700%2C700italic&display=swap" rel="stylesheet" nonce="{alnum(rng, 22)}">
<style nonce="{alnum(rng, 22)}">{css(rng, "gs", 300)}</style><!--PAD-->
<script nonce="{alnum(rng, 22)}">_at_config = [null,"AIzaSyChg3MFqzdi1P5J-YvEyakkSA1yU7HRcDI","897606708560-a63d8ia0t9dhtpdt4i3djab2m42see7o.apps.googleusercontent.com",null,null,"v2internal",null,null,null,null,null,null,null,"https://content.googleapis.com","SITES_%s",null,null,null,null,null,null,null,null,null,["AHKXmL0" ,1,"",1713600000000,[1713600000000,0]]];window._docs_flag_initialData={initial};</script>
</head><body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;"><div id="docs-banner-container"><div id="docs-banners"><div id="HB1eCd-mzNpsf-r8s4j-ORHb"></div><div id="HB1eCd-TZk80d-r8s4j-ORHb" aria-live="assertive" aria-atomic="true"></div></div><div class="HB1eCd-Vkfede-NBtyUd-PvRhvb-LwH6nd"></div></div>
<div jsname="tRqPdc" class="LqzjUe"><header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc"><div class="BbxBP JzO0Vc" jsname="tKB0W"><div class="Brnbv"><span class="QTKDff">Đoàn xã Tân Lập</span></div>
<nav class="JzO0Vc" jsname="ihoMLd" role="navigation"><ul jsname="waIgnc" class="jYxBte Fpy8Db" role="navigation">{nav}</ul></nav></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">
<section id="h.{alnum(rng, 20)}_l" class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf"><div class="Nu95r"><div class="IFuOkc" style="background-image:url(https://lh6.googleusercontent.com/{alnum(rng, 60)}=w16383)"></div></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="oKdM2c ZZyype Kzv0Me"><div class="tyJCtd mGzaTb Depvyb baZpAe lkHyyc"><h1 id="h.{alnum(rng, 12)}" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style="text-align: center;"><span class="C9DxTc aw5Odc ">{esc(A16.title)}</span></h1></div></div></div></div></div></div></section>
<section id="h.{alnum(rng, 20)}_17" class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc">
{tb(f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: right;"><span class="C9DxTc " style="font-style: italic;">Đăng ngày {pub.day}/{pub.month}/{pub.year}</span></p>')}
{"".join(parts)}
{tb('<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: right;"><span class="C9DxTc " style="font-weight: 700;">Thu Hà</span></p>')}
{tb('<h3 dir="ltr" class="zfr3Q OmQG5e CDt4Ke "><span class="C9DxTc ">Tin liên quan</span></h3>' + "".join(f'<p dir="ltr" class="zfr3Q CDt4Ke "><a class="XqQF9c" href="/view/doanxatanlap/tin-hoat-dong/{slug(t)}"><span class="C9DxTc aw5Odc ">{esc(t)}</span></a></p>' for t in hs))}
</div></div></section></div>
<div class="Xpil1b xgQ6eb"></div><footer jsname="yePe5c"><section class="yaqOZd"><div class="tyJCtd mGzaTb Depvyb baZpAe"><p class="zfr3Q CDt4Ke">Đoàn TNCS Hồ Chí Minh xã Tân Lập - Điện thoại: 0211.3863.215</p></div></section></footer>
<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="1713620400000" data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" jsaction="click:cOuCgd;" aria-label="Thông tin trang web" aria-haspopup="true" tabindex="0"><div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot class="MhXXcc oJeWuf"><span class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class="hUvE4c"><path d="M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z"></path></svg></span></span></div>
<div class="wT3XDb">Đã cập nhật Google Sites: Báo cáo vi phạm</div></div></div></div>
<script nonce="{alnum(rng, 22)}">{js(rng, 60, "gsx")}</script>
</body></html>"""
    html = pad(html, rng, 124, "gs-x")
    return dict(family="google_sites", name="tanlap-doan-xa-new-sites-date-only-no-crumb", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A16, isod(pub), author="Thu Hà", category=None, lead=None),
                traps={"related": hs, "chrome": ["Đã cập nhật Google Sites", "Báo cáo vi phạm", "Tin liên quan"],
                       "dates": ["Đăng ngày 20/4/2024", "1713620400000"]},
                notes="New Google Sites page (obfuscated class names, jsname/jscontroller, _docs_flag_initialData island, "
                      "last-updated epoch in a data attribute). Every paragraph is its own text box. Title = h1 in the header "
                      "section (og:title/<title> prefix the site name). 'Đăng ngày 20/4/2024' (unpadded, date only, typed by the "
                      "author in a text box) → published_at 2024-04-20. No sapo (lead null); the italic centred text box under the "
                      "image is its caption. Bold right-aligned 'Thu Hà' = author. No breadcrumb/kicker; the top-nav item "
                      "'Tin hoạt động' is marked aria-current but it is a site page, not an article category → category null. "
                      "The 'Tin liên quan' text box at the end is not body.",
                readme="New Google Sites page; one text box per paragraph, obfuscated classes, 'Đăng ngày 20/4/2024' typed date only, caption as an italic text box, no lead, no category (nav aria-current only), last-updated epoch attribute")


# =====================================================================
A17 = Art(
    "Phụ nữ Long An chung tay xây dựng “Mái ấm tình thương” cho hội viên khó khăn",
    "Từ đầu năm đến nay, các cấp Hội Liên hiệp Phụ nữ tỉnh Long An đã vận động xây dựng, sửa chữa 46 “Mái ấm tình thương” với tổng kinh phí hơn 2,3 tỷ đồng, giúp hội viên có hoàn cảnh khó khăn an cư, ổn định cuộc sống.",
    [
        ("p", "Ngày 20/4, Hội LHPN huyện Cần Giuộc bàn giao “Mái ấm tình thương” cho chị Nguyễn Thị Bé Hai ở xã Phước Lại. Chị Hai một mình nuôi hai con nhỏ, căn nhà cũ dột nát, xuống cấp nghiêm trọng. Ngôi nhà mới rộng 48 m², trị giá 60 triệu đồng, do Hội vận động các nhà hảo tâm hỗ trợ."),
        ("img", "/uploads/ia/2024/04/mai-am-can-giuoc.jpg", "Đại diện Hội LHPN huyện trao quyết định bàn giao nhà cho chị Bé Hai (thứ hai từ trái)"),
        ("p", "Theo Hội LHPN tỉnh, công trình “Mái ấm tình thương” được triển khai gắn với phong trào thi đua “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”. Bên cạnh hỗ trợ nhà ở, các cấp Hội còn giới thiệu vốn vay, hướng dẫn cách làm ăn để hội viên thoát nghèo bền vững."),
        ("p", "Năm 2024, Hội LHPN tỉnh phấn đấu vận động xây dựng ít nhất 100 “Mái ấm tình thương”, ưu tiên hội viên là phụ nữ đơn thân, phụ nữ dân tộc thiểu số và gia đình chính sách."),
    ])


def page17():
    rng = random.Random("fbia-longan-17")
    pub, upd = T("2024-04-22 08:00"), T("2024-04-22 10:30")
    host = "https://phunu.longan.gov.vn"
    url = f"{host}/instant-articles/phu-nu-long-an-chung-tay-xay-dung-mai-am-tinh-thuong-1762.html"
    b = A17.blocks[1]
    body = A17.render(img=lambda s, c, n: f'<figure data-feedback="fb:likes, fb:comments"><img src="{host}{s}"><figcaption>{esc(c)}<cite>Ảnh: Hồng Nhung</cite></figcaption></figure>')
    rel = ["Hội LHPN tỉnh tổ chức Ngày hội “Phụ nữ khởi nghiệp”", "Trao 50 suất học bổng “Vì em hiếu học” cho con hội viên nghèo",
           "Ra mắt mô hình “Câu lạc bộ gia đình hạnh phúc” ở Tân Thạnh"]
    html = f"""<!doctype html>
<html lang="vi" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">
<link rel="canonical" href="{host}/tin-tuc/phu-nu-long-an-chung-tay-xay-dung-mai-am-tinh-thuong-1762.html">
<meta property="op:markup_version" content="v1.0"><meta property="fb:article_style" content="hoiphunu_default"><meta property="fb:use_automatic_ad_placement" content="enable=true ad_density=default">
<title>{esc(A17.title)}</title>
</head><body>
<article>
<header>
<figure><img src="{host}/uploads/ia/2024/04/cover-mai-am.jpg"><figcaption class="op-vertical-below">Ảnh minh họa</figcaption></figure>
<h3 class="op-kicker">Hoạt động Hội</h3>
<h1>{esc(A17.title)}</h1>
<h2>{esc(A17.lead)}</h2>
<address><a href="{host}/tac-gia/mai-lan">Mai Lan</a></address>
<time class="op-published" datetime="2024-04-22T08:00:00+07:00">Đăng: {dmy(pub)} {hm(pub)}</time>
<time class="op-modified" datetime="2024-04-22T10:30:00+07:00">Cập nhật: {dmy(upd)} {hm(upd)}</time>
<figure class="op-ad"><iframe width="300" height="250" style="border:0; margin:0;" src="https://www.facebook.com/adnw_request?placement=1234567890_{rng.randint(10 ** 9, 10 ** 10)}&amp;adtype=banner300x250"></iframe></figure>
</header>
{body}
<figure class="op-interactive"><iframe class="no-margin" width="320" height="180" src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fhoilhpnlongan%2Fvideos%2F{rng.randint(10 ** 14, 10 ** 15)}"></iframe></figure>
<figure class="op-tracker"><iframe><script>!function(f,b,e,v,n,t,s){{if(f.fbq)return;n=f.fbq=function(){{n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}};}}(window,document,'script');fbq('init','{rng.randint(10 ** 14, 10 ** 15)}');fbq('track','PageView');ga('send','pageview','/ia/1762');</script></iframe></figure>
<footer>
<ul class="op-related" title="Tin liên quan">{"".join(f'<li><a href="{host}/tin-tuc/{slug(t)}.html">{esc(t)}</a></li>' for t in rel)}</ul>
<aside>Theo dõi Fanpage Hội LHPN tỉnh Long An để cập nhật tin tức mới nhất.</aside>
<small>© 2024 Hội Liên hiệp Phụ nữ tỉnh Long An</small>
</footer>
</article>
</body></html>"""
    return dict(family="fb_instant_article", name="longan-hlhpn-ia-markup-cite-credit", url=url,
                content_type="text/html; charset=utf-8", html=html, min_kb=4,
                expected=expected(A17, iso(pub), iso(upd), author="Mai Lan", photographer="Hồng Nhung", category="Hoạt động Hội"),
                traps={"chrome": ["Theo dõi Fanpage Hội LHPN tỉnh Long An", "© 2024 Hội Liên hiệp Phụ nữ tỉnh Long An", "Ảnh minh họa", "Ảnh: Hồng Nhung"],
                       "related": rel, "bylines": ["Mai Lan"]},
                notes="Facebook Instant Article document (op: markup v1.0) served as a standalone page: header with op-kicker "
                      "(category), h1 title, h2 subtitle (= lead), <address> author, op-published / op-modified <time> elements "
                      "with visible text and offset datetimes (→ published 08:00, updated 10:30). Body figure's figcaption has a "
                      "<cite> credit: caption = figcaption text without the cite, photographer = the cite name. The cover figure "
                      "'Ảnh minh họa' caption is a generic label (not listed as a caption). op-ad, op-tracker, op-interactive video, "
                      "op-related list and footer aside are not body. Deliberately light (an IA document carries no site chrome, CSS or scripts).",
                readme="Facebook Instant Article copy (deliberately light: no chrome/CSS); op-kicker category, h2 subtitle = lead, <address> author, op-published/op-modified visible stamps, figcaption <cite> photo credit, op-ad/op-tracker/op-related")


# =====================================================================
A18 = Art(
    "Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2024",
    None,
    [
        ("p", "Sáng 23/4, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2024. Tham gia lớp học có 120 học viên là bí thư chi bộ, trưởng thôn, xóm, khối và cán bộ đoàn thể cơ sở của các huyện Nghi Lộc, Hưng Nguyên và Nam Đàn."),
        ("p", "Trong thời gian 5 ngày, học viên được nghiên cứu các chuyên đề về quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; công tác phòng, chống “diễn biến hòa bình”, bạo loạn lật đổ; xây dựng lực lượng dân quân tự vệ và công tác bảo vệ an ninh chính trị, trật tự an toàn xã hội ở cơ sở."),
        ("img", "/pluginfile.php/1/mod_forum/attachment/2214/khai-giang-qpan-doi-tuong-4.jpg", "Quang cảnh lễ khai giảng lớp bồi dưỡng"),
        ("p", "Phát biểu khai giảng, đại diện Ban Giám hiệu đề nghị học viên chấp hành nghiêm nội quy, quy chế học tập; tích cực trao đổi, liên hệ thực tiễn địa phương để vận dụng kiến thức vào công tác lãnh đạo, chỉ đạo nhiệm vụ quốc phòng, an ninh ở cơ sở."),
    ])


def page18():
    rng = random.Random("moodle-nghean-18")
    pub = T("2024-04-23 15:45")
    host = "https://truongchinhtri.nghean.gov.vn"
    url = f"{host}/mod/forum/discuss.php?d=2214"
    hs = heads(rng, 12, "Nghi Lộc")
    ds = past(pub, rng, 12, 1, 30)
    sess = alnum(rng, 10)
    body = A18.render(p=lambda t: f'<p dir="ltr" style="text-align: justify;">{esc(t)}</p>',
                      img=lambda s, c, n: f'<p dir="ltr" style="text-align: center;"><img src="{host}{s}" alt="" width="640" height="427" class="img-fluid atto_image_button_middle"></p><p dir="ltr" style="text-align: center;"><em>{esc(c)}</em></p>')
    mcfg = {"wwwroot": host, "homeurl": {}, "sesskey": sess, "sessiontimeout": "7200", "sessiontimeoutwarning": 1200,
            "themerev": "1713500000", "slasharguments": 1, "theme": "boost", "iconsystemmodule": "core/icon_system_fontawesome",
            "jsrev": "1713500000", "admin": "admin", "svgicons": True, "usertimezone": "Asia/Ho_Chi_Minh", "language": "vi",
            "courseId": 1, "courseContextId": 2, "contextid": 31, "contextInstanceId": 7, "langrev": 1713500000, "templaterev": "1713500000"}
    older = "".join(f'<li><a href="{host}/mod/forum/discuss.php?d={2200 - i}">{esc(t)}</a> <span class="text-muted">bởi Quản trị hệ thống - {dmy(d)}</span></li>'
                    for i, (t, d) in enumerate(zip(hs, ds)))
    html = f"""<!DOCTYPE html>
<html dir="ltr" lang="vi" xml:lang="vi"><head>
<title>TCT Nghệ An: Tin tức nhà trường: {esc(A18.title)} | Trường Chính trị tỉnh Nghệ An</title>
<link rel="shortcut icon" href="{host}/theme/image.php/boost/theme/1713500000/favicon">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="keywords" content="moodle, TCT Nghệ An: Tin tức nhà trường: {esc(A18.title, True)}">
<link rel="stylesheet" type="text/css" href="{host}/theme/styles.php/boost/1713500000_1/all">
<script>var M = {{}}; M.yui = {{}}; M.pageloadstarttime = new Date(); M.cfg = {dump(mcfg)};var yui1ConfigFn = function(me) {{if(/-skin|reset|fonts|grids|base/.test(me.name)){{me.type='css';me.path=me.path.replace(/\\.js/,'.css');me.path=me.path.replace(/\\/yui2-skin/,'/assets/skins/sam/yui2-skin')}}}};</script>
<style>{css(rng, "mdl", 230)}</style><!--PAD-->
<meta name="viewport" content="width=device-width, initial-scale=1.0">
</head><body id="page-mod-forum-discuss" class="format-site course path-mod path-mod-forum chrome dir-ltr lang-vi yui-skin-sam yui3-skin-sam pagelayout-incourse course-1 context-31 cmid-7 theme uses-drawers">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block"><div><a class="sr-only sr-only-focusable" href="#maincontent">Chuyển tới nội dung chính</a></div>
<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Điều hướng trang web"><a href="{host}/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn">TCT Nghệ An</a>
<div class="primary-navigation"><nav class="moremenu navigation"><ul role="menubar" class="nav more-nav navbar-nav"><li data-key="home" class="nav-item" role="none"><a role="menuitem" class="nav-link active" href="{host}/" aria-current="true">Trang chủ</a></li><li class="nav-item"><a class="nav-link" href="{host}/my/">Bảng điều khiển</a></li><li class="nav-item"><a class="nav-link" href="{host}/my/courses.php">Các khoá học của tôi</a></li></ul></nav></div>
<div class="usermenu"><span class="login pl-2">Bạn chưa đăng nhập. (<a href="{host}/login/index.php">Đăng nhập</a>)</span></div></nav>
<div class="drawer drawer-left" id="theme_boost-drawers-courseindex"><div class="drawerheader"><button class="btn drawertoggle">Đóng mục lục khóa học</button></div><div class="drawercontent">{menu(rng, host + "/course/view.php?id=", "courseindex", "")}</div></div>
<div id="page" data-region="mainpage" class="drawers drag-container"><div class="main-inner">
<div id="page-header" class="header-maxwidth d-print-none"><div class="w-100"><div class="d-flex flex-wrap"><div id="page-navbar"><nav aria-label="Thanh điều hướng"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="{host}/">Trang chủ</a></li><li class="breadcrumb-item"><a href="{host}/mod/forum/view.php?id=7">Tin tức nhà trường</a></li><li class="breadcrumb-item"><span>{esc(A18.title)}</span></li></ol></nav></div></div>
<div class="d-flex align-items-center"><div class="mr-auto"><div class="page-context-header"><div class="page-header-headings"><h1 class="h2">Trường Chính trị tỉnh Nghệ An</h1></div></div></div></div></div></div>
<div id="topofscroll" class="main-inner"><div id="page-content" class="pb-3 d-print-block"><div id="region-main-box"><section id="region-main" aria-label="Nội dung">
<span class="notifications" id="user-notifications"></span><div role="main"><span id="maincontent"></span>
<h2>Tin tức nhà trường</h2>
<div class="discussion-nav clearfix"><ul><li class="prev-discussion"><a aria-label="Thảo luận trước: {esc(hs[0], True)}" class="btn btn-link" href="{host}/mod/forum/discuss.php?d=2213">◄ {esc(hs[0])}</a></li></ul></div>
<div class="d-flex flex-column" data-region="discussion-list-item"><h3 class="discussionname">{esc(A18.title)}</h3>
<article id="p2230" class="forum-post-container mb-2" data-post-id="2230" data-region="post" data-target="2230-target" tabindex="0" aria-labelledby="post-header-2230-{hexid(rng, 6)}">
<div class="d-flex border p-2 mb-2 forumpost focus-target firstpost starter" data-content="forum-post">
<div class="d-flex flex-column w-100" data-region-content="forum-post-core"><header id="post-header-2230" class="mb-2 header row no-gutters">
<div class="mr-2" style="width: 45px;"><img class="rounded-circle w-100" src="{host}/theme/image.php/boost/core/1713500000/u/f1" alt="Hình của Quản trị hệ thống" aria-hidden="true" title="Hình của Quản trị hệ thống"></div>
<div class="d-flex flex-column"><h4 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject" data-reply-subject="Re: {esc(A18.title, True)}">{esc(A18.title)}</h4>
<div class="mb-3" tabindex="-1"><div class="text-muted">bởi <a href="{host}/user/view.php?id=2&amp;course=1">Quản trị hệ thống</a> - <time datetime="2024-04-23T15:45:00+07:00">{wd(pub)}, {pub.day} tháng {pub.month} {pub.year}, 3:45 PM</time></div></div></div></header>
<div class="body-content-container"><div id="post-content-2230" class="post-content-container">
{body}
<p dir="ltr" style="text-align: right;"><strong>ThS. Trần Thị Mai - Khoa Xây dựng Đảng</strong></p>
</div>
<div class="attachments"><a href="{host}{A18.blocks[2][1]}">khai-giang-qpan-doi-tuong-4.jpg</a></div>
<div class="d-flex flex-wrap"><div class="post-actions d-flex align-self-end justify-content-end flex-wrap ml-auto p-1" data-region="post-actions-container"><a data-region="post-action" href="{host}/mod/forum/discuss.php?d=2214#p2230" class="btn btn-link" title="Liên kết cố định">Liên kết cố định</a></div></div></div></div></div></article></div>
<div class="discussion-nav clearfix"><ul><li class="next-discussion"><a class="btn btn-link" href="{host}/mod/forum/discuss.php?d=2215">{esc(hs[1])} ►</a></li></ul></div>
<aside class="older-discussions"><h3>Các thông báo cũ hơn</h3><ul>{older}</ul></aside>
</div></section></div></div></div>
<footer id="page-footer" class="footer-popover bg-white"><div class="footer-content-popover container"><div class="footer-section p-3 border-bottom"><div class="logininfo">Bạn chưa đăng nhập. (<a href="{host}/login/index.php">Đăng nhập</a>)</div><div class="tool_usertours-resettourcontainer"></div><div class="homelink"><a href="{host}/">Trang chủ</a></div></div>
<div class="footer-section p-3">Trường Chính trị tỉnh Nghệ An - Số 2 đường Nguyễn Sỹ Sách, TP Vinh - Điện thoại: 0238.3844.301</div><div class="purgecaches"><a href="{host}/admin/purgecaches.php?confirm=1&amp;sesskey={sess}">Xóa bộ nhớ đệm</a></div><a href="https://download.moodle.org/mobile?version=2022112812&amp;lang=vi&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">Tải ứng dụng di động</a></div></footer>
</div></div></div>
<script>//<![CDATA[
var require = {{baseUrl : '{host}/lib/requirejs.php/1713500000/', waitSeconds : 0}};
{js(rng, 40, "mdl")}
//]]></script>
</body></html>"""
    html = pad(html, rng, 112, "mdl-x")
    return dict(family="moodle_news_forum", name="nghean-truongchinhtri-site-news-account-vs-foot", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A18, iso(pub), author="ThS. Trần Thị Mai", unit="Khoa Xây dựng Đảng", category="Tin tức nhà trường", lead=None),
                traps={"accounts": ["Quản trị hệ thống"], "bylines": ["ThS. Trần Thị Mai - Khoa Xây dựng Đảng"],
                       "chrome": ["Liên kết cố định", "Bạn chưa đăng nhập.", "Tải ứng dụng di động", "Chuyển tới nội dung chính",
                                  "khai-giang-qpan-doi-tuong-4.jpg"],
                       "related": hs, "titles": ["Trường Chính trị tỉnh Nghệ An"]},
                notes="Moodle 4.1 (Boost) site-news forum discussion used as the school's news page. The page h1 is the site name "
                      "'Trường Chính trị tỉnh Nghệ An'; the forum name is an h2; the title is the discussion subject (h3 "
                      "discussionname / h4 post subject). 'bởi Quản trị hệ thống - Thứ Ba, 23 tháng 4 2024, 3:45 PM' → 15:45 "
                      "(the <time> offset value agrees); the poster is an account, not the author. Bold foot 'ThS. Trần Thị Mai - "
                      "Khoa Xây dựng Đảng' → author 'ThS. Trần Thị Mai' (academic degree kept as printed), unit 'Khoa Xây dựng "
                      "Đảng'. Category = forum crumb 'Tin tức nhà trường' (last crumb repeats the title). No lead. Attachment "
                      "filename link, prev/next discussion links and older-discussions list are not body.",
                readme="Moodle site-news forum post; h1 = site name, title = discussion subject, 'bởi <account> - Thứ Ba, 23 tháng 4 2024, 3:45 PM', academic 'ThS.' foot byline with unit, forum crumb as category, attachment link")


PAGES = [page14, page15, page16, page17, page18]
