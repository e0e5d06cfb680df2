"""Site builders / hosted platforms: LadiPage, Haravan blog, Webflow CMS, Notion via react-notion-x."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, esc, slug, dump, hexid, alnum, expected, css, js, menu, nlist,
                     footer, counter, ga, cookie_banner, heads3, pad, utcz, past, MENU, b64blob)

# =====================================================================
A11 = Art(
    "Ngày hội Phụ nữ khởi nghiệp tỉnh Bắc Kạn năm 2024: 36 dự án tranh tài",
    None,
    [
        ("p", "Ngày 14/6, tại Nhà Văn hóa tỉnh, Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn tổ chức vòng sơ khảo Ngày hội Phụ nữ khởi nghiệp năm 2024 với sự tham gia của 36 dự án, ý tưởng đến từ 8 huyện, thành phố."),
        ("img", "", "Các thí sinh giới thiệu sản phẩm tại khu trưng bày của Ngày hội"),
        ("p", "Các dự án tập trung vào lĩnh vực chế biến nông sản đặc hữu như miến dong, tinh bột nghệ, trà hoa vàng, mật ong bạc hà; du lịch cộng đồng gắn với văn hóa dân tộc Tày, Dao; sản phẩm thủ công từ mây tre đan và thổ cẩm."),
        ("p", "Ban Giám khảo đánh giá các dự án theo 5 tiêu chí: tính mới, tính khả thi, hiệu quả kinh tế, tác động xã hội và khả năng nhân rộng. Nhiều dự án đã có sản phẩm bán ra thị trường, được chứng nhận OCOP 3 sao."),
        ("img", "", "Ban Giám khảo chấm điểm dự án miến dong của chị Triệu Thị Mai, huyện Na Rì"),
        ("p", "Chị Triệu Thị Mai, thí sinh đến từ xã Côn Minh, huyện Na Rì chia sẻ, tham gia ngày hội giúp chị học hỏi cách xây dựng kế hoạch kinh doanh, kết nối với các nhà phân phối để đưa sản phẩm miến dong của hợp tác xã vào siêu thị."),
        ("p", "Kết thúc vòng sơ khảo, Ban Tổ chức chọn 10 dự án xuất sắc vào vòng chung kết. Các dự án được tập huấn kỹ năng thuyết trình, hoàn thiện hồ sơ trước khi tranh tài."),
    ])


def page11():
    rng = random.Random("ladi-backan-11")
    pub = T("2024-06-15")
    url = "https://hoiphunu-backan.ladi.me/ngay-hoi-phu-nu-khoi-nghiep-2024"
    elems, cssr, top = [], [], 0

    def el(kind, text, tag="p", style=""):
        nonlocal top
        eid = f"{kind.upper()}{rng.randint(10, 999)}"
        h = 40 if kind == "headline" else 24 * (1 + len(text) // 60)
        cssr.append(f"#{eid}{{width:{rng.choice([400, 420, 940])}px;top:{top}px;left:{rng.choice([10, 20, 30])}px;height:{h}px}}")
        top += h + 18
        cls = "ladi-headline" if kind == "headline" else "ladi-paragraph"
        elems.append(f'<div id="{eid}" class="ladi-element"><{tag} class="{cls}"{style}>{text}</{tag}></div>')

    def image():
        nonlocal top
        eid = f"IMAGE{rng.randint(10, 999)}"
        cssr.append(f"#{eid}{{width:940px;height:560px;top:{top}px;left:10px}}#{eid} > .ladi-image > .ladi-image-background{{width:940px;height:560px;top:0px;left:0px;background-image:url(\"https://w.ladicdn.com/s1250x800/{hexid(rng, 24)}/{alnum(rng, 20).lower()}.jpg\")}}")
        top += 580
        elems.append(f'<div id="{eid}" class="ladi-element"><div class="ladi-image"><div class="ladi-image-background"></div></div></div>')
    sec = []
    # header section
    el("headline", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN", tag="h1")
    el("paragraph", "Tin hoạt động", style=' style="text-transform:uppercase"')
    el("headline", esc(A11.title), tag="h3")
    el("paragraph", f"Đăng ngày {pub.day}.{pub.month}.{pub.year} &nbsp;|&nbsp; Tin, ảnh: Lò Thị Dung")
    for b in A11.blocks:
        if b[0] == "p":
            el("paragraph", esc(b[1]))
        else:
            image()
            el("paragraph", f"<i>{esc(b[2])}</i>", style=' style="text-align:center"')
    sec.append(f'<div id="SECTION{rng.randint(10, 99)}" class="ladi-section"><div class="ladi-section-background"></div><div class="ladi-container">{"".join(elems)}</div></div>')
    countdown = ('<div id="SECTION77" class="ladi-section"><div class="ladi-container"><div id="HEADLINE901" class="ladi-element"><h3 class="ladi-headline">VÒNG CHUNG KẾT DIỄN RA SAU</h3></div>'
                 '<div id="COUNTDOWN12" class="ladi-element"><div class="ladi-countdown" data-type="endtime" data-endtime="1718848800000">'
                 + "".join(f'<div id="COUNTDOWN_ITEM{k}" class="ladi-element"><div class="ladi-countdown-background"></div><div class="ladi-countdown-text"><span>{v}</span></div></div>' for k, v in enumerate(["04", "21", "36", "10"]))
                 + '</div></div><div id="PARAGRAPH902" class="ladi-element"><p class="ladi-paragraph">Chung kết: 8h00 ngày 20/06/2024 tại Hội trường Tỉnh ủy</p></div>'
                 '<div id="FORM33" class="ladi-element"><form autocomplete="off" method="post" class="ladi-form"><div class="ladi-element"><div class="ladi-form-item"><input name="name" type="text" placeholder="Họ và tên" required></div></div><div class="ladi-element"><div class="ladi-form-item"><input name="phone" type="tel" placeholder="Số điện thoại" required></div></div><div class="ladi-element"><div class="ladi-form-item"><select name="form_item7"><option value="">Chọn huyện/thành phố</option><option>TP Bắc Kạn</option><option>Na Rì</option><option>Ba Bể</option><option>Chợ Đồn</option></select></div></div><div class="ladi-element"><div class="ladi-button"><div class="ladi-button-background"></div><div class="ladi-element"><p class="ladi-headline">ĐĂNG KÝ CỔ VŨ</p></div></div></div></form></div>'
                 '<div id="PARAGRAPH903" class="ladi-element"><p class="ladi-paragraph">Hội LHPN tỉnh Bắc Kạn – Số 9 đường Trường Chinh, TP Bắc Kạn – Hotline: 0209.3870.455</p></div></div></div>')
    popup = '<div id="POPUP_THANKS" class="ladi-element"><div class="ladi-popup"><div class="ladi-popup-background"></div><div class="ladi-element"><p class="ladi-paragraph">Cảm ơn chị em đã đăng ký! Ban Tổ chức sẽ liên hệ trong thời gian sớm nhất.</p></div></div></div>'
    app = dump({"ladipage_id": hexid(rng, 24), "publish_platform": "LADIPAGEDNS", "store_id": hexid(rng, 24), "time_zone": 7, "currency": "VND", "convert_replace_str": True,
                "thankyou_type": "popup", "popup_thankyou": "POPUP_THANKS", "form_config_ids": [hexid(rng, 24)], "tracking_button_click": [], "is_mobile_only": False,
                "runtime": {f"COUNTDOWN_ITEM{k}": {"type": ["day", "hour", "minute", "seconds"][k]} for k in range(4)}, "cdn": "w.ladicdn.com"})
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Hội LHPN tỉnh Bắc Kạn - Tin hoạt động</title><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0"><meta property="og:title" content="Hội LHPN tỉnh Bắc Kạn - Tin hoạt động"><meta property="og:description" content="Ngày hội Phụ nữ khởi nghiệp tỉnh Bắc Kạn năm 2024"><meta name="format-detection" content="telephone=no"><link rel="dns-prefetch"><link rel="preconnect" href="https://w.ladicdn.com/" crossorigin><link rel="preload" href="https://w.ladicdn.com/v2/source/ladipagev3.min.js?v=1718{rng.randint(100000000, 999999999)}" as="script">
<style id="style_ladi" type="text/css">a,abbr,acronym,address,applet,article,aside,audio,b,big,blockquote,body,button,canvas,caption,center,cite,code,dd,del,details,dfn,div,dl,dt,em,embed,fieldset,figcaption,figure,footer,form,h1,h2,h3,h4,h5,h6,header,hgroup,html,i,iframe,img,input,ins,kbd,label,legend,li,mark,menu,nav,object,ol,output,p,pre,q,ruby,s,samp,section,select,small,span,strike,strong,sub,summary,sup,table,tbody,td,textarea,tfoot,th,thead,time,tr,tt,u,ul,var,video{{margin:0;padding:0;border:0;outline:0;font-size:100%;font:inherit;vertical-align:baseline;box-sizing:border-box;-webkit-font-smoothing:antialiased}}.ladi-wraper{{width:100%;min-height:100%;overflow:hidden}}.ladi-section{{margin:0 auto;position:relative}}.ladi-container{{position:relative;margin:0 auto;height:100%}}.ladi-element{{position:absolute}}.ladi-headline{{width:100%;display:inline-block;word-break:break-word;background-size:cover;background-position:center center}}.ladi-paragraph{{width:100%;display:inline-block;word-break:break-word}}.ladi-image{{position:absolute;width:100%;height:100%;overflow:hidden}}.ladi-image .ladi-image-background{{background-repeat:no-repeat;background-position:left top;background-size:cover;position:absolute;pointer-events:none}}</style>
<style id="style_page" type="text/css">@media (min-width: 768px){{.ladi-section .ladi-container{{width:960px}}}}@media (max-width: 767px){{.ladi-section .ladi-container{{width:420px}}}}</style>
<style id="style_element" type="text/css">@media (min-width: 768px){{{"".join(cssr)}}}@media (max-width: 767px){{{"".join(c.replace("940px", "400px") for c in cssr)}}}</style><!--PAD-->
</head><body><svg xmlns="http://www.w3.org/2000/svg" style="width: 0px; height: 0px; position: absolute; overflow: hidden; display: none;"></svg><div class="ladi-wraper">{"".join(sec)}{countdown}{popup}</div><div id="backdrop-popup" class="backdrop-popup"></div><div id="backdrop-dropbox" class="backdrop-dropbox"></div><div id="lightbox-screen" class="lightbox-screen"></div>
<script id="script_lazyload" type="text/javascript">window.lazyload_run=function(dom,is_first,check_dom_rect){{var list_element_lazyload=dom.querySelectorAll('body.lazyload .ladi-overlay, body.lazyload .ladi-box, body.lazyload .ladi-image-background');for(var i=0;i<list_element_lazyload.length;i++){{list_element_lazyload[i].classList.add('ladi-lazyload')}}}};</script>
<script src="https://w.ladicdn.com/v2/source/ladipagev3.min.js?v=1718{rng.randint(100000000, 999999999)}" type="text/javascript"></script>
<script id="script_event_data" type="application/json">{app}</script><script id="script_ladipage_run" type="text/javascript">(function(){{var run=function(){{if(typeof window.LadiPageScript=="undefined"||typeof window.ladi=="undefined"||window.ladi==undefined){{setTimeout(run,100);return;}}window.LadiPageApp=window.LadiPageApp||new window.LadiPageAppV2();window.LadiPageScript.runtime.ladipage_id='{hexid(rng, 24)}';window.LadiPageScript.run(true);}};run();}})();</script></body></html>"""
    html = pad(html, rng, 105, "ladi")
    return dict(family="ladipage_builder", name="backan-hlhpn-absolute-elements-h3-title-countdown-tin-anh", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A11, isod(pub), author="Lò Thị Dung", photographer="Lò Thị Dung", category="Tin hoạt động"),
                traps={"countdown": ["VÒNG CHUNG KẾT DIỄN RA SAU", "Chung kết: 8h00 ngày 20/06/2024 tại Hội trường Tỉnh ủy", "ĐĂNG KÝ CỔ VŨ"],
                       "chrome": ["Cảm ơn chị em đã đăng ký!", "Hotline: 0209.3870.455"],
                       "bylines": ["Tin, ảnh: Lò Thị Dung"], "dates": ["Đăng ngày 15.6.2024", "1718848800000"]},
                notes="LadiPage (Vietnamese landing-page builder) page used as a news post: every text is an absolutely positioned "
                      "div.ladi-element with an id-keyed CSS rule (desktop + mobile copies), no article/main markup, images are CSS "
                      "background-images only (no <img>). h1 = the organisation banner; the headline is the h3.ladi-headline; "
                      "<title>/og are generic. Section label 'Tin hoạt động' typed in mixed case, uppercased by inline CSS → "
                      "category as typed. 'Đăng ngày 15.6.2024 | Tin, ảnh: Lò Thị Dung' → date only 2024-06-15 (unpadded dotted), "
                      "author = photographer. Captions = the centred italic paragraphs under the background-image blocks. After "
                      "the story: countdown to the final ('Chung kết: 8h00 ngày 20/06/2024', data-endtime epoch), registration "
                      "form, thank-you popup — none of it body. No lead.",
                readme="LadiPage builder; absolutely positioned ladi-element divs, h1 = org banner and title in an h3, background-image photos with italic caption paragraphs, 'Đăng ngày 15.6.2024 | Tin, ảnh: X', countdown to a future final + form + popup after the text")


# =====================================================================
A12 = Art(
    "HTX dừa hữu cơ Mỏ Cày Nam xuất khẩu lô hàng đầu tiên sang châu Âu",
    None,
    [
        ("p", "Ngày 14/6, Hợp tác xã Nông nghiệp Dừa hữu cơ Phước Hiệp, huyện Mỏ Cày Nam phối hợp với doanh nghiệp đối tác tổ chức lễ xuất khẩu lô hàng đầu tiên gồm 2 container dừa tươi hữu cơ sang thị trường Hà Lan."),
        ("p", "Hợp tác xã hiện có 146 thành viên với tổng diện tích 210 ha dừa được cấp chứng nhận hữu cơ theo tiêu chuẩn châu Âu và Mỹ. Để đạt chứng nhận, các thành viên phải tuân thủ nghiêm ngặt quy trình canh tác, không sử dụng phân bón, thuốc bảo vệ thực vật hóa học trong suốt 3 năm chuyển đổi."),
        ("img", "//product.hstatic.net/200000412345/article/htx-dua-huu-co-1_9a8b7c6d5e4f_grande.jpg", "Thành viên hợp tác xã thu hoạch dừa hữu cơ tại xã Phước Hiệp"),
        ("p", "Ông Nguyễn Văn Tư, Giám đốc hợp tác xã cho biết, giá dừa hữu cơ được doanh nghiệp thu mua cao hơn dừa thường từ 15 - 20%, giúp thu nhập của thành viên tăng bình quân 25 triệu đồng/ha/năm. Năm 2024, hợp tác xã dự kiến cung ứng khoảng 1,5 triệu trái dừa cho thị trường xuất khẩu."),
        ("img", "//product.hstatic.net/200000412345/article/htx-dua-huu-co-2_1a2b3c4d5e6f_grande.jpg", "Đóng gói dừa tươi hữu cơ trước khi xuất khẩu"),
        ("p", "Bên cạnh dừa trái, hợp tác xã đang đầu tư dây chuyền sản xuất nước dừa đóng chai, kẹo dừa và thạch dừa mang thương hiệu riêng, hướng tới đạt chứng nhận sản phẩm OCOP 4 sao vào cuối năm."),
    ])


def page12():
    rng = random.Random("haravan-bentre-12")
    pub = T("2024-06-16")
    base = "https://duahuucophuochiep.vn"
    url = base + "/blogs/tin-tuc/htx-dua-huu-co-mo-cay-nam-xuat-khau-lo-hang-dau-tien-sang-chau-au"
    latest = heads3(rng, 5, avoid=[A12.title])
    ld = past(pub, rng, 5)
    prods = [("Dừa xiêm xanh hữu cơ (thùng 12 trái)", "185.000₫", "210.000₫"), ("Kẹo dừa sáp lá dứa 400g", "65.000₫", ""), ("Thạch dừa nha đam 1kg", "48.000₫", "55.000₫"),
             ("Nước dừa đóng chai 330ml (lốc 6)", "96.000₫", ""), ("Dầu dừa tinh khiết 500ml", "120.000₫", "135.000₫")]
    body = []
    for b in A12.blocks:
        if b[0] == "p":
            body.append(f'<p style="text-align:justify;">{esc(b[1])}</p>')
        else:
            body.append(f'<p style="text-align:center;"><img src="{b[1]}" alt="{esc(b[2], True)}" /></p><p style="text-align:center;"><em>{esc(b[2])}</em></p>')
    body.append('<p style="text-align:right;"><strong>Nguồn: Báo Bến Tre</strong></p>')
    meta = dump({"page": {"pageType": "article", "resourceType": "article", "resourceId": 1002481634}, "shop": {"id": 1000412345, "name": "HTX Dừa hữu cơ Phước Hiệp"}})
    html = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="x-ua-compatible" content="ie=edge" />
<title>{esc(A12.title)} &ndash; HTX Dừa hữu cơ Phước Hiệp</title>
<meta name="description" content="Ngày 14/6, Hợp tác xã Nông nghiệp Dừa hữu cơ Phước Hiệp, huyện Mỏ Cày Nam phối hợp với doanh nghiệp đối tác tổ chức lễ xuất khẩu lô hàng đầu tiên..." />
<link rel="canonical" href="{url}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:type" content="article" /><meta property="og:title" content="{esc(A12.title, True)}" /><meta property="og:site_name" content="HTX Dừa hữu cơ Phước Hiệp" />
<link href="//theme.hstatic.net/200000412345/1001067890/14/plugin-style.css?v=188" rel="stylesheet" type="text/css" media="all" />
<link href="//theme.hstatic.net/200000412345/1001067890/14/styles.css?v=188" rel="stylesheet" type="text/css" media="all" />
<style>{css(rng, "hrv", 40)}</style><!--PAD-->
<script type='text/javascript'>window.HaravanAnalytics = window.HaravanAnalytics || {{}};window.HaravanAnalytics.meta = window.HaravanAnalytics.meta || {{}};window.HaravanAnalytics.meta.currency = 'VND';var meta = {meta};for (var attr in meta) {{window.HaravanAnalytics.meta[attr] = meta[attr];}}</script>
<script>//<![CDATA[
window.HaravanAnalytics.AutoTrack = true;window.Haravan = window.Haravan || {{}};Haravan.shop = "duahuucophuochiep.myharavan.com";Haravan.theme = {{"name":"Ecom Organic","id":1001067890,"role":"main"}};
//]]></script>
</head>
<body id="htx-dua-huu-co-mo-cay-nam-xuat-khau-lo-hang-dau-tien-sang-chau-au" class="template-article">
<div class="topbar"><p>Miễn phí giao hàng cho đơn từ 500.000₫ | Hotline: 0275.3860.789</p></div>
<header class="main-header"><div class="container"><a href="/" class="logo"><img src="//theme.hstatic.net/200000412345/1001067890/14/logo.png?v=188" alt="HTX Dừa hữu cơ Phước Hiệp" /></a>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/pages/gioi-thieu">Giới thiệu</a></li><li><a href="/collections/all">Sản phẩm</a><ul>{"".join(f'<li><a href="/collections/{slug(n)}">{n}</a></li>' for n in ["Dừa tươi", "Kẹo dừa", "Thạch dừa", "Dầu dừa", "Quà tặng"])}</ul></li><li class="active"><a href="/blogs/tin-tuc">Tin tức</a></li><li><a href="/pages/lien-he">Liên hệ</a></li></ul></nav>
<div class="header-cart"><a href="/cart">Giỏ hàng (<span id="cart-count">0</span>)</a> <a href="/account/login">Đăng nhập</a></div></div></header>
<div class="breadcrumb-shop"><div class="container"><ol class="breadcrumb breadcrumb-arrows" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/blogs/tin-tuc" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></li><li class="active" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="item"><strong itemprop="name">{esc(A12.title)}</strong></span><meta itemprop="position" content="3" /></li></ol></div></div>
<div class="layout-article"><div class="container"><div class="row"><div class="col-md-9">
<div class="article-content"><div class="box-article-heading"><h1>{esc(A12.title)}</h1><ul class="header-post-sub"><li><span>bởi:</span> <strong>Quản trị viên</strong></li><li><span>{pub.day:02d} Tháng {pub.month:02d}, {pub.year}</span></li><li><span>Tin tức</span></li></ul></div>
<div class="box-article-detail article-rte">{"".join(body)}</div></div>
<div class="post-navigation"><span class="tag-list">Tags: <a href="/blogs/tin-tuc/tagged/xuat-khau">xuất khẩu</a>, <a href="/blogs/tin-tuc/tagged/dua-huu-co">dừa hữu cơ</a></span></div>
<div class="article-social"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Messenger</a> <a href="#">Zalo</a></div>
<div class="article-comment"><h3>Viết bình luận của bạn:</h3><form accept-charset="UTF-8" action="/blogs/tin-tuc/{1002481634}/comments" id="article_comments" method="post"><input name="form_type" type="hidden" value="new_comment" /><input name="utf8" type="hidden" value="true" /><input type="text" name="author" placeholder="Tên" /><input type="email" name="email" placeholder="Email" /><textarea name="body" placeholder="Nội dung"></textarea><button type="submit">Gửi bình luận</button><p class="note">Bình luận của bạn sẽ được duyệt trước khi đăng lên</p></form></div></div>
</div><div class="col-md-3 sidebar-blog">
<div class="group-sidebox"><h2>Bài viết mới nhất</h2><ul>{"".join(f'<li><a href="/blogs/tin-tuc/{slug(t)}">{esc(t)}</a><p class="date">{d.day:02d} Tháng {d.month:02d}, {d.year}' for t, d in zip(latest, ld))}</ul></div>
<div class="group-sidebox"><h2>Sản phẩm nổi bật</h2><ul class="prod-list">{"".join(f'<li><a href="/products/{slug(n)}"><img src="//product.hstatic.net/200000412345/product/{slug(n)}_small.jpg" alt="{n}" /><span class="name">{n}</span></a><span class="price">{p}</span>' + (f' <del>{o}</del>' if o else "") + "</li>" for n, p, o in prods)}</ul></div>
</div></div></div></div>
<footer class="main-footer"><div class="container"><p><strong>HỢP TÁC XÃ NÔNG NGHIỆP DỪA HỮU CƠ PHƯỚC HIỆP</strong></p><p>Ấp Phước Khánh, xã Phước Hiệp, huyện Mỏ Cày Nam, tỉnh Bến Tre</p><p>Mã số HTX: 1300{rng.randint(100000, 999999)} - Đăng ký lần đầu ngày 05/03/2019</p><p>Copyright © 2024 HTX Dừa hữu cơ Phước Hiệp. Powered by Haravan</p></div></footer>
<div class="zalo-chat-widget" data-oaid="{rng.randint(10 ** 17, 10 ** 18)}" data-welcome-message="Rất vui khi được hỗ trợ bạn!" data-autopopup="0"></div>
<script src='//hstatic.net/0/0/global/api.jquery.js' type='text/javascript'></script><script>{js(rng, 25, "hrv")}</script>
</body>
</html>"""
    html = pad(html, rng, 120, "hrv")
    return dict(family="haravan_blog", name="bentre-htx-dd-thang-mm-yyyy-nguon-bao-no-author-crumb-title", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A12, isod(pub), category="Tin tức", lead=None),
                traps={"source": ["Nguồn: Báo Bến Tre"], "bylines": ["Quản trị viên"],
                       "shop": ["Dừa xiêm xanh hữu cơ (thùng 12 trái)", "185.000₫", "Miễn phí giao hàng cho đơn từ 500.000₫", "Giỏ hàng", "Powered by Haravan"],
                       "chrome": ["Viết bình luận của bạn:", "Bình luận của bạn sẽ được duyệt trước khi đăng lên", "Bài viết mới nhất", "Tags:"],
                       "dates": ["Đăng ký lần đầu ngày 05/03/2019"], "related": latest[:3]},
                notes="Haravan (Vietnamese e-commerce SaaS) shop blog article for a cooperative: theme 'header-post-sub' with 'bởi: "
                      "Quản trị viên' (shop account, not author), Liquid date '16 Tháng 06, 2024' (numeric month after 'Tháng', "
                      "no time) → 2024-06-16. Republished story ending with a bold right-aligned 'Nguồn: Báo Bến Tre' → a source: "
                      "author and unit null. Captions = centred <em> paragraphs after image paragraphs. Crumb 'Trang chủ / Tin tức / "
                      "<title>' ends in the title → category 'Tin tức'. Product sidebar with prices, topbar promo, comment form, Zalo "
                      "chat widget, HaravanAnalytics meta. No lead.",
                readme="Haravan shop blog; 'bởi: Quản trị viên' account, 'dd Tháng mm, yyyy' Liquid date, closing 'Nguồn: Báo …' source (no author), em caption paragraphs, crumb ending in the title, product sidebar with prices")


# =====================================================================
A13 = Art(
    "Doanh nhân trẻ Đắk Nông ký kết hợp tác tiêu thụ 5.000 tấn cà phê đặc sản",
    "Ngày 15/6, Hội Doanh nhân trẻ tỉnh Đắk Nông tổ chức Diễn đàn kết nối giao thương năm 2024, chứng kiến 7 thỏa thuận hợp tác giữa doanh nghiệp hội viên với các nhà phân phối trong và ngoài nước.",
    [
        ("p", "Đáng chú ý, Công ty TNHH Cà phê Đắk Song ký hợp đồng cung ứng 5.000 tấn cà phê nhân đặc sản trong 3 năm cho một nhà rang xay tại TP Hồ Chí Minh và đối tác Hàn Quốc, với giá cao hơn giá thị trường 12%."),
        ("img", "https://uploads-ssl.webflow.com/6412a8c0f1d2e3a4b5c6d7e8/666f1b2c3d4e5f6a7b8c9d0e_ky-ket-hop-tac.jpg", "Đại diện các doanh nghiệp ký kết thỏa thuận hợp tác tại diễn đàn"),
        ("p", "Tại diễn đàn, các doanh nhân trẻ đã thảo luận về xu hướng tiêu dùng xanh, yêu cầu truy xuất nguồn gốc và chống phá rừng của thị trường châu Âu (EUDR) đối với mặt hàng cà phê, hồ tiêu, mắc ca."),
        ("p", "Anh Lê Quang Vinh, Chủ tịch Hội Doanh nhân trẻ tỉnh cho biết, Hội sẽ thành lập tổ tư vấn hỗ trợ hội viên số hóa vùng nguyên liệu, cấp mã số vùng trồng và xây dựng hồ sơ đáp ứng các tiêu chuẩn xuất khẩu."),
        ("img", "https://uploads-ssl.webflow.com/6412a8c0f1d2e3a4b5c6d7e8/666f1b2c3d4e5f6a7b8c9d1f_gian-hang.jpg", "Gian trưng bày sản phẩm cà phê, mắc ca của doanh nghiệp hội viên"),
        ("p", "Dịp này, Hội Doanh nhân trẻ tỉnh kết nạp 18 hội viên mới, nâng tổng số hội viên lên 246 doanh nhân, hoạt động trong các lĩnh vực nông nghiệp công nghệ cao, chế biến nông sản, thương mại và dịch vụ."),
    ])


def page13():
    rng = random.Random("webflow-daknong-13")
    pub, upd = T("2024-06-17"), T("2024-06-18")
    base = "https://www.doanhnhantredaknong.vn"
    url = base + "/tin-tuc/doanh-nhan-tre-dak-nong-ky-ket-hop-tac-tieu-thu-5000-tan-ca-phe-dac-san"
    wfp, wfs = hexid(rng, 24), hexid(rng, 24)
    rel = heads3(rng, 3, avoid=[A13.title])
    rd = past(pub, rng, 3)

    def img(s, cap, n):
        return (f'<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="{s}" loading="lazy" alt=""></div>'
                f'<figcaption>{esc(cap)}</figcaption></figure>')
    blocks = list(A13.blocks)
    blocks.insert(4, ("raw", f'<div class="w-embed w-iframe"><iframe src="https://zalo.me/s/{rng.randint(10 ** 17, 10 ** 18)}/video?embed=1" width="100%" height="420" frameborder="0"></iframe><p class="embed-fallback">Xem video trên Zalo OA Hội Doanh nhân trẻ tỉnh Đắk Nông: Toàn cảnh Diễn đàn kết nối giao thương 2024</p></div>'))
    art = Art(A13.title, None, blocks)
    body_html = art.render(img=img)
    html = f"""<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jun 18 2024 03:12:44 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.doanhnhantredaknong.vn" data-wf-page="{wfp}" data-wf-site="{wfs}" lang="vi" data-wf-collection="{hexid(rng, 24)}" data-wf-item-slug="doanh-nhan-tre-dak-nong-ky-ket-hop-tac-tieu-thu-5000-tan-ca-phe-dac-san"><head><meta charset="utf-8"/><title>{esc(A13.title)} | Hội Doanh nhân trẻ tỉnh Đắk Nông</title><meta content="{esc(A13.lead, True)}" name="description"/><meta content="{esc(A13.title, True)}" property="og:title"/><meta property="og:type" content="website"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="https://assets-global.website-files.com/{wfs}/css/dntdaknong.webflow.{hexid(rng, 9)}.css" rel="stylesheet" type="text/css"/><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><style>{css(rng, "wf", 40)}</style><!--PAD--></head>
<body class="body-post"><div data-collapse="medium" data-animation="default" data-duration="400" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/{wfs}/logo-dnt.svg" loading="lazy" alt=""/></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/" class="nav-link w-nav-link">Trang chủ</a><a href="/gioi-thieu" class="nav-link w-nav-link">Giới thiệu</a><a href="/tin-tuc" class="nav-link w-nav-link w--current">Tin tức</a><a href="/hoi-vien" class="nav-link w-nav-link">Hội viên</a><a href="/ket-noi-giao-thuong" class="nav-link w-nav-link">Kết nối giao thương</a><a href="/lien-he" class="nav-link w-nav-link">Liên hệ</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-post"><div class="container-post w-container"><div class="crumbs"><a href="/tin-tuc" class="crumb-link">Tin tức</a><div class="crumb-sep">/</div><a href="/danh-muc/tin-hoi-vien" class="crumb-link">Tin hội viên</a></div>
<h1 class="heading-post">{esc(A13.title)}</h1>
<div class="post-info"><div class="date-text">{pub.strftime("%B")} {pub.day}, {pub.year}</div><div class="info-sep">•</div><div class="updated-wrap"><div class="text-block-upd">Cập nhật:</div><div class="date-text">{upd.strftime("%B")} {upd.day}, {upd.year}</div></div></div>
<div class="post-summary">{esc(A13.lead)}</div>
<div class="rich-text-post w-richtext">{body_html}</div>
<div class="author-card"><img src="https://uploads-ssl.webflow.com/{wfs}/avatar-phuc.jpg" loading="lazy" alt="" class="author-avatar"/><div><div class="author-label">Người viết</div><div class="author-name">Nguyễn Hoàng Phúc</div><div class="author-role">Văn phòng Hội Doanh nhân trẻ tỉnh Đắk Nông</div></div></div>
<div class="share-wrap"><div class="share-label">Chia sẻ bài viết</div><a href="#" class="share-btn w-inline-block">Facebook</a><a href="#" class="share-btn w-inline-block">LinkedIn</a></div></div></div>
<div class="section-related"><div class="w-container"><h2 class="heading-related">Tin tức khác</h2><div class="w-dyn-list"><div role="list" class="w-dyn-items">{"".join(f'<div role="listitem" class="w-dyn-item"><a href="/tin-tuc/{slug(t)}" class="related-card w-inline-block"><div class="related-title">{esc(t)}</div><div class="date-text">{d.strftime("%B")} {d.day}, {d.year}</div></a></div>' for t, d in zip(rel, rd))}</div></div></div></div>
<div class="section-newsletter"><div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get"><label for="email">Đăng ký nhận bản tin</label><input type="email" class="w-input" maxlength="256" name="email" placeholder="Email của bạn" required=""/><input type="submit" value="Đăng ký" data-wait="Vui lòng chờ..." class="w-button"/></form><div class="w-form-done"><div>Cảm ơn bạn đã đăng ký!</div></div><div class="w-form-fail"><div>Đã có lỗi xảy ra, vui lòng thử lại.</div></div></div></div>
<div class="footer">{footer("Hội Doanh nhân trẻ tỉnh Đắk Nông", "Số 22 đường 23/3, TP Gia Nghĩa", "0261.3544.678")}</div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={wfs}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="https://assets-global.website-files.com/{wfs}/js/webflow.{hexid(rng, 9)}.js" type="text/javascript"></script></body></html>"""
    html = pad(html, rng, 100, "wf")
    return dict(family="webflow_cms", name="daknong-dnt-english-month-date-updated-author-card-zalo-embed", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(art, isod(pub), isod(upd), author="Nguyễn Hoàng Phúc", unit="Văn phòng Hội Doanh nhân trẻ tỉnh Đắk Nông",
                                  category="Tin hội viên", body=A13.lead + "\n\n" + "\n\n".join(A13.pars), lead=A13.lead),
                traps={"embed": ["Xem video trên Zalo OA Hội Doanh nhân trẻ tỉnh Đắk Nông"], "bylines": ["Người viết"],
                       "chrome": ["Chia sẻ bài viết", "Tin tức khác", "Đăng ký nhận bản tin", "Cảm ơn bạn đã đăng ký!"],
                       "dates": ["Last Published: Tue Jun 18 2024 03:12:44 GMT+0000"], "related": rel[:2]},
                notes="Webflow CMS collection page (data-wf-page/site, w-richtext, w-dyn-list). Dates bound from CMS fields in Webflow's "
                      "default English format: 'June 17, 2024' (published) and 'Cập nhật: June 18, 2024' → 2024-06-17 / updated "
                      "2024-06-18, date only; the 'Last Published' HTML comment is the site publish time (trap). post-summary div = "
                      "lead. Rich-text figures with figcaptions; a w-embed Zalo video iframe with a fallback line between paragraphs "
                      "(not body). Author card 'Người viết / Nguyễn Hoàng Phúc / Văn phòng Hội Doanh nhân trẻ tỉnh Đắk Nông' → "
                      "author + unit. Crumb 'Tin tức / Tin hội viên' → 'Tin hội viên'.",
                readme="Webflow CMS item; English 'June 17, 2024' + 'Cập nhật: June 18, 2024' field dates, 'Last Published' comment, summary div lead, Zalo video embed with fallback text between paragraphs, author card with unit line")


# =====================================================================
A14 = Art(
    "Sắc màu chợ phiên Đà Bắc",
    None,
    [
        ("p", "Chợ phiên Đà Bắc họp vào sáng Chủ nhật hằng tuần ở trung tâm thị trấn, là nơi đồng bào Tày, Dao, Mường từ các xã vùng cao mang nông sản, thổ cẩm xuống trao đổi, mua bán."),
        ("img", "https://www.notion.so/image/https%3A%2F%2Fs3-us-west-2.amazonaws.com%2Fsecure.notion-static.com%2F" + "a1b2c3d4%2Fcho-phien-1.jpg?table=block&id=" + "5e6f7a8b", "Từ tờ mờ sáng, những người phụ nữ Dao đã gùi hàng xuống chợ"),
        ("p", "Chợ không chỉ để mua bán. Với nhiều người, đây là dịp gặp gỡ họ hàng, bạn bè sau một tuần làm nương rẫy; là nơi các chàng trai, cô gái hẹn hò và những cụ già ngồi bên chén rượu ngô kể chuyện bản làng."),
        ("img", "https://www.notion.so/image/https%3A%2F%2Fs3-us-west-2.amazonaws.com%2Fsecure.notion-static.com%2F" + "b2c3d4e5%2Fcho-phien-2.jpg?table=block&id=" + "6f7a8b9c", "Gian hàng măng rừng, mộc nhĩ, mật ong của đồng bào xã Tiền Phong"),
        ("img", "https://www.notion.so/image/https%3A%2F%2Fs3-us-west-2.amazonaws.com%2Fsecure.notion-static.com%2F" + "c3d4e5f6%2Fcho-phien-3.jpg?table=block&id=" + "7a8b9c0d", "Thổ cẩm của người Dao Tiền được bày bán cho du khách"),
        ("p", "Những năm gần đây, chợ phiên Đà Bắc thu hút ngày càng đông du khách nhờ tour du lịch hồ Hòa Bình kết hợp trải nghiệm văn hóa. Nhiều sản phẩm như cam Đà Bắc, mật ong, thổ cẩm đã được bán qua mạng, đến với khách hàng cả nước."),
        ("img", "https://www.notion.so/image/https%3A%2F%2Fs3-us-west-2.amazonaws.com%2Fsecure.notion-static.com%2F" + "d4e5f6a7%2Fcho-phien-4.jpg?table=block&id=" + "8b9c0d1e", "Nụ cười của em bé người Mường theo mẹ đi chợ"),
        ("p", "Tan chợ khi nắng đã lên cao, những bước chân lại ngược núi trở về bản, mang theo hàng hóa, niềm vui và cả hẹn ước cho phiên chợ tuần sau."),
    ])


def page14():
    rng = random.Random("notion-hoabinh-14")
    pub = T("2024-06-18")
    created = T("2024-06-17 21:14")
    base = "https://clbnhiepanhtre-hoabinh.vercel.app"
    pid = hexid(rng, 32)
    url = base + "/sac-mau-cho-phien-da-bac-" + pid
    bid = lambda: f"{hexid(rng, 8)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 12)}"

    def p(t):
        return f'<div class="notion-text notion-block-{bid().replace("-", "")}">{esc(t)}</div>'
    def img(s, cap, n):
        return (f'<figure class="notion-asset-wrapper notion-asset-wrapper-image notion-block-{bid().replace("-", "")}" style="width:100%"><div style="position:relative;display:flex;justify-content:center;align-self:center;width:100%;max-width:100%;flex-direction:column;height:100%"><img style="object-fit:cover" src="{s}" alt="{esc(cap, True)}" loading="lazy" decoding="async"/></div>'
                f'<figcaption class="notion-asset-caption">{esc(cap)}</figcaption></figure>')
    blocks = list(A14.blocks)
    blocks.append(("raw", f'<div class="notion-callout notion-gray_background_co notion-block-{bid().replace("-", "")}"><div class="notion-page-icon-inline notion-page-icon-span"><span role="img" aria-label="📢">📢</span></div><div class="notion-callout-text">CLB đang nhận ảnh dự thi cuộc thi “Hòa Bình – quê hương tôi” đến hết ngày 30/6/2024. Xem thể lệ tại trang Cuộc thi.</div></div>'))
    art = Art(A14.title, None, blocks)
    body_html = art.render(p=p, img=img)
    props = [("Ngày đăng", "notion-property-date", dmy(pub)), ("Tác giả", "notion-property-person", '<div class="notion-user"><img class="notion-user-avatar" src="https://lh3.googleusercontent.com/a/' + alnum(rng, 40) + '" alt="">Bùi Thu Trang</div>'),
             ("Ảnh", "notion-property-text", "Đinh Công Khải"), ("Chuyên mục", "notion-property-select", '<div class="notion-property-select-item notion-item-orange">Phóng sự ảnh</div>'),
             ("Thẻ", "notion-property-multi_select", '<div class="notion-property-multi_select-item notion-item-blue">Đà Bắc</div><div class="notion-property-multi_select-item notion-item-green">văn hóa</div>'),
             ("Created", "notion-property-created_time", f"{dmy(created)} {hm(created)}"), ("Chỉnh sửa lần cuối", "notion-property-last_edited_time", "2 ngày trước")]
    prop_html = "".join(f'<div class="notion-collection-row-property"><div class="notion-collection-column-title"><svg viewBox="0 0 14 14" class="notion-collection-column-title-icon"><path d="M7 0a7 7 0 1 0 0 14A7 7 0 0 0 7 0z"></path></svg><div class="notion-collection-column-title-body">{k}</div></div><div class="notion-collection-row-value"><span class="notion-property {c}">{v}</span></div></div>' for k, c, v in props)
    rmap = {bid(): {"role": "reader", "value": {"id": bid(), "version": rng.randint(10, 400), "type": rng.choice(["text", "image", "page"]), "created_time": 1718633640000 + rng.randint(0, 90000000), "last_edited_time": 1718800000000 + rng.randint(0, 9000000), "alive": True}} for _ in range(260)}
    next_data = {"props": {"pageProps": {"site": {"domain": "clbnhiepanhtre-hoabinh.vercel.app", "name": "CLB Nhiếp ảnh trẻ Hòa Bình", "rootNotionPageId": hexid(rng, 32)}, "recordMap": {"block": rmap}, "pageId": pid}}, "page": "/[pageId]", "query": {"pageId": "sac-mau-cho-phien-da-bac-" + pid}, "buildId": alnum(rng, 21), "isFallback": False, "gsp": True, "scriptLoader": []}
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="robots" content="index,follow"/><meta property="og:site_name" content="CLB Nhiếp ảnh trẻ Hòa Bình"/><meta property="og:title" content="{esc(A14.title, True)}"/><meta name="description" content="CLB Nhiếp ảnh trẻ tỉnh Hòa Bình - nơi chia sẻ những khoảnh khắc quê hương"/><title>{esc(A14.title)}</title><link rel="preload" href="/_next/static/css/{hexid(rng, 16)}.css" as="style"/><style>.notion{{font-size:16px;line-height:1.5;color:rgb(55,53,47)}}.notion-title{{font-size:2.5em;font-weight:700}}.notion-asset-caption{{padding:6px 0;color:rgba(55,53,47,.6);font-size:14px}}{css(rng, "notion", 50)}</style><!--PAD--></head><body><div id="__next"><div class="notion notion-app light-mode notion-block-{pid}"><div class="notion-viewport"></div><div class="notion-frame"><header class="notion-header"><div class="notion-nav-header"><div class="breadcrumbs"><a class="breadcrumb" href="/"><div class="notion-page-icon-inline notion-page-icon-span"><span role="img" aria-label="📷">📷</span></div><span class="title">CLB Nhiếp ảnh trẻ Hòa Bình</span></a><span class="spacer">/</span><a class="breadcrumb" href="/tin-hoat-dong-{hexid(rng, 32)}"><span class="title">Tác phẩm thành viên</span></a><span class="spacer">/</span><div class="breadcrumb active"><span class="title">{esc(A14.title)}</span></div></div><div class="rhs"><a href="/search" class="breadcrumb button">Tìm kiếm</a></div></div></header>
<div class="notion-page-scroller"><div class="notion-page-cover-wrapper"><img class="notion-page-cover" src="https://www.notion.so/image/cover-{hexid(rng, 12)}.jpg" alt="{esc(A14.title, True)}" style="object-position:center 40%"/></div>
<main class="notion-page notion-page-has-cover notion-full-page"><h1 class="notion-title">{esc(A14.title)}</h1>
<div class="notion-collection-page-properties"><div class="notion-collection-row"><div class="notion-collection-row-body">{prop_html}</div></div></div>
<div class="notion-page-content"><article class="notion-page-content-inner">{body_html}<div class="notion-blank notion-block-{bid().replace("-", "")}"> </div></article></div>
<footer class="footer"><div class="copyright">Bản quyền 2024 CLB Nhiếp ảnh trẻ Hòa Bình</div><div class="social"><a href="https://facebook.com/clbnhiepanhtrehoabinh">Facebook</a> <a href="https://zalo.me/">Zalo</a></div><div class="settings">Xây dựng bằng Notion + react-notion-x</div></footer></main></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{dump(next_data)}</script></body></html>"""
    html = pad(html, rng, 140, "nx")
    return dict(family="notion_react_x", name="hoabinh-clb-anh-properties-ngay-dang-vs-created-relative-edited", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(art, isod(pub), author="Bùi Thu Trang", photographer="Đinh Công Khải", category="Phóng sự ảnh", lead=None),
                traps={"callout": ["CLB đang nhận ảnh dự thi cuộc thi", "Xem thể lệ tại trang Cuộc thi."],
                       "properties": ["Ngày đăng", "Chuyên mục", "Chỉnh sửa lần cuối", "2 ngày trước", "Tác phẩm thành viên"],
                       "dates": [f"{dmy(created)} {hm(created)}"], "chrome": ["Xây dựng bằng Notion + react-notion-x", "Bản quyền 2024 CLB Nhiếp ảnh trẻ Hòa Bình"]},
                notes="Notion database page rendered by react-notion-x (Next.js; notion-* classes, notion-block-<id> per block, a large "
                      "recordMap in __NEXT_DATA__). Metadata lives in the collection-page PROPERTIES table under the h1.notion-title: "
                      "'Ngày đăng 18/06/2024' (date property) → published 2024-06-18; 'Created 17/06/2024 21:14' (created_time) is "
                      "the draft; 'Chỉnh sửa lần cuối 2 ngày trước' is relative with no absolute value → updated_at null. Person "
                      "property 'Tác giả: Bùi Thu Trang' → author; text property 'Ảnh: Đinh Công Khải' → photographer; select "
                      "'Chuyên mục: Phóng sự ảnh' → category (the Notion breadcrumb ends in the title; its parent 'Tác phẩm thành "
                      "viên' is the database name). Photo story: 4 figcaptions; the closing callout (📢 contest notice) is not "
                      "body. No lead.",
                readme="Notion page via react-notion-x; properties table (Ngày đăng vs Created time, relative 'Chỉnh sửa lần cuối', person/text/select properties = author/photographer/category), photo story with 4 captions, promo callout after the text")


PAGES = [page11, page12, page13, page14]
