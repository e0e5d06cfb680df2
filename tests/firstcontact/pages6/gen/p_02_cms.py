"""CMS families: Wagtail, Drupal 7, WordPress block theme (FSE), Sitecore SXA, JSF/PrimeFaces portal, PHP-Nuke."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, esc, slug, dump, hexid, alnum, expected, css, js, menu, nlist,
                     footer, counter, ga, cookie_banner, heads3, pad, utcz, past, MENU, b64blob)

# =====================================================================
A5 = Art(
    "Mùa cói trên đất bãi ngang",
    "Tháng Sáu, nắng đổ lửa trên những cánh đồng cói ven biển Kim Sơn. Giữa cái nắng ấy, người làng vẫn tất bật cắt cói, chẻ cói, phơi cói, như cha ông họ đã làm suốt hai trăm năm qua.",
    [
        ("p", "Con đường dẫn vào xã Kim Trung những ngày này vàng rực một màu cói phơi. Từng bó cói chẻ đôi được trải dài hai bên lề, thơm ngai ngái mùi nắng và mùi phù sa mặn."),
        ("p", "Bà Phạm Thị Nhài, năm nay đã ngoài bảy mươi, vẫn ngồi chẻ cói bên hiên nhà. Bà bảo, hồi con gái, cả làng chỉ biết dệt chiếu, chiếu Kim Sơn theo thuyền ra tận Hải Phòng, vào tận Thanh Hóa. Bây giờ con cháu làm thêm thảm, làn, túi xách, hộp đựng đồ bằng cói để bán cho khách nước ngoài."),
        ("img", "/media/images/coi-phoi-kim-trung.2e16d0ba.fill-1200x800.jpg", "Cói phơi trên đường làng ở xã Kim Trung. Ảnh: Lam Khê"),
        ("p", "Nghề cói đã đi qua không ít thăng trầm. Có những năm cói rớt giá, người làng bỏ ruộng cói đi làm thuê ở thành phố. Rồi các hợp tác xã thủ công mỹ nghệ ra đời, mang mẫu mã mới về làng, cói lại có đầu ra, người đi xa lại trở về."),
        ("p", "Anh Trần Văn Duẩn, chủ một cơ sở sản xuất hàng cói ở xóm 5, mỗi năm xuất đi gần 40 nghìn sản phẩm. Anh cho biết, cái khó nhất bây giờ không phải là đơn hàng mà là giữ chân lớp thợ trẻ, bởi nghề cói cần sự kiên nhẫn mà không phải ai cũng theo được."),
        ("p", "Chiều xuống, gió biển thổi vào mát rượi. Những bó cói khô được gom lên xe, chở về các xưởng dệt. Tiếng khung dệt lách cách vang lên khắp xóm, như một nhịp điệu quen thuộc của đất bãi ngang."),
        ("p", "Rời Kim Sơn, tôi mang theo một chiếc làn cói nhỏ, mộc mạc mà bền chắc, như chính những con người đã làm nên nó giữa nắng gió miền biển."),
    ])


def page05():
    rng = random.Random("wagtail-hnn-05")
    pub, upd = T("2024-06-07 07:05"), T("2024-06-07 16:40")
    base = "https://vanhocnghethuat.hanamninh.vn"
    url = base + "/sang-tac/but-ky/mua-coi-tren-dat-bai-ngang/"
    rel = heads3(rng, 6, avoid=[A5.title])
    rel = ["Tiếng trống chèo làng Khuốc", "Người giữ lửa nghề chạm bạc", "Chợ quê ngày giáp Tết", "Dòng sông tuổi thơ", "Mùa gặt trên cánh đồng Phủ Lý", "Đêm hát văn ở phủ Dầy"]
    rd = past(pub, rng, 6, 3, 60)
    csrf = alnum(rng, 64)

    def img(s, cap, n):
        return (f'<div class="block-image"><figure class="sf-image"><img alt="{esc(cap.split(". Ảnh:")[0], True)}" height="800" src="{s}" width="1200">'
                f'<figcaption>{esc(cap)}</figcaption></figure></div>')
    blocks = list(A5.blocks)
    blocks.insert(6, ("raw", '<div class="block-embed"><div class="responsive-object" style="padding-bottom:56.25%"><iframe width="560" height="315" src="https://www.youtube.com/embed/k3Jd9QwX2aY?feature=oembed" frameborder="0" allowfullscreen title="Nghề dệt chiếu cói Kim Sơn"></iframe></div><p class="embed-title">Video: Nghề dệt chiếu cói Kim Sơn</p></div>'))
    art = Art(A5.title, A5.lead, blocks)
    body_html = art.render(p=lambda t: f'<div class="block-paragraph"><div class="rich-text"><p data-block-key="{alnum(rng, 5).lower()}">{esc(t)}</p></div></div>', img=img)
    html = f"""<!DOCTYPE html>
<html class="no-js" lang="vi">
    <head>
        <meta charset="utf-8" />
        <title>
            Mùa cói trên đất bãi ngang
             - Hội Văn học Nghệ thuật tỉnh Hà Nam Ninh
        </title>
        <meta name="description" content="{esc(A5.lead, True)}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="stylesheet" type="text/css" href="/static/css/vhnt.4b1e2c9d.css">
        <style>{css(rng, "wt", 40)}</style><!--PAD-->
    </head>
    <body class="template-article-page">
<header class="masthead"><div class="wrap"><a class="logo" href="/"><img src="/static/img/logo-vhnt.png" alt=""><span>HỘI VĂN HỌC NGHỆ THUẬT TỈNH HÀ NAM NINH</span></a><form action="/search/" method="get" class="search"><input type="text" name="query" placeholder="Tìm kiếm"><button>Tìm</button></form></div>
<nav class="primary">{menu(rng, cls="primary-nav", ext="/", items=[("Tin tức", ["Hoạt động Hội", "Trại sáng tác", "Giải thưởng"]), ("Sáng tác", ["Thơ", "Truyện ngắn", "Bút ký", "Tản văn", "Lý luận phê bình"]), ("Mỹ thuật - Nhiếp ảnh", ["Tác phẩm", "Triển lãm"]), ("Âm nhạc", ["Ca khúc mới", "Nhạc sĩ"]), ("Tạp chí", ["Số mới", "Lưu trữ"])])}</nav></header>
<main class="wrap"><nav class="breadcrumb" aria-label="breadcrumb"><a href="/">Trang chủ</a> / <a href="/sang-tac/">Sáng tác</a> / <a href="/sang-tac/but-ky/">Bút ký</a></nav>
<article class="article-page">
  <p class="kicker">Bút ký của <a href="/tac-gia/lam-khe/">Lam Khê</a></p>
  <h1 class="article-title">{esc(A5.title)}</h1>
  <div class="article-meta"><span>Đăng {dmy(pub, ".")} lúc {hm(pub)}</span> · <span>Sửa lần cuối {dmy(upd, ".")} lúc {hm(upd)}</span></div>
  <div class="intro"><p><em>{esc(A5.lead)}</em></p></div>
  <div class="streamfield">{body_html}</div>
  <aside class="author-bio"><img src="/media/images/lam-khe.width-120.jpg" alt=""><div><h4>Về tác giả</h4><p>Lam Khê là bút danh của nhà văn Trần Thị Lam, sinh năm 1978, hội viên Hội Văn học Nghệ thuật tỉnh Hà Nam Ninh. Chị đã xuất bản ba tập bút ký và một tập truyện ngắn.<p><a href="/tac-gia/lam-khe/">Xem các tác phẩm khác</a></div></aside>
  <div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
</article>
<section class="same-author"><h3>Cùng chuyên mục</h3>{nlist(rng, rel, "/sang-tac/but-ky", rd, fmt=dmy, cls="listing", ext="/")}</section>
<section class="comments"><h3>Bình luận</h3><form method="post" action="/comments/post/"><input type="hidden" name="csrfmiddlewaretoken" value="{csrf}"><textarea name="comment"></textarea><input name="name" placeholder="Họ tên"><button type="submit">Gửi</button></form></section></main>
<footer class="site-footer">{footer("Hội Văn học Nghệ thuật tỉnh Hà Nam Ninh", "Số 3 đường Trần Hưng Đạo, TP Nam Định", "0228.3849.120")}</footer>
<script src="/static/js/main.{hexid(rng, 8)}.js"></script><script>{js(rng, 20, "vh")}</script>
    </body>
</html>
"""
    html = pad(html, rng, 95, "wt")
    return dict(family="wagtail", name="hanamninh-vhnt-but-ky-pen-name-bio-box-dotted-stamps", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A5, iso(pub), iso(upd), author="Lam Khê", category="Bút ký"),
                traps={"bio": ["Lam Khê là bút danh của nhà văn Trần Thị Lam", "Về tác giả", "Xem các tác phẩm khác"],
                       "embed": ["Video: Nghề dệt chiếu cói Kim Sơn"], "bylines": ["Bút ký của Lam Khê"],
                       "chrome": ["Cùng chuyên mục", "Chia sẻ:", "Bình luận"], "related": rel[:3]},
                notes="Wagtail (Django) article page with StreamField blocks (block-paragraph/rich-text with data-block-key, "
                      "block-image, block-embed). Literary 'bút ký' (essay) by a pen name: kicker 'Bút ký của Lam Khê' above the h1 "
                      "→ author 'Lam Khê' (as printed; the bio box 'Lam Khê là bút danh của nhà văn Trần Thị Lam, … hội viên Hội "
                      "VHNT tỉnh' is an author-bio aside: not body, not a byline unit → unit null). Stamps 'Đăng 07.06.2024 lúc "
                      "07:05 · Sửa lần cuối 07.06.2024 lúc 16:40' → published + updated. Caption with '. Ảnh: Lam Khê' kept whole, "
                      "photographer null (credit inside a caption). YouTube embed block + its title line between paragraphs (not "
                      "body). Italic intro = lead. Category = last crumb 'Bút ký'.",
                readme="Wagtail StreamField essay; pen-name kicker byline 'Bút ký của X' + author-bio box naming the real person (not unit), dotted 'Đăng dd.mm.yyyy lúc HH:MM · Sửa lần cuối …', embed block + title line inside the text")


# =====================================================================
A6 = Art(
    "Huyện ủy Thanh Sơn sơ kết 3 năm thực hiện Kết luận 21 của Trung ương",
    "Ngày 10/6, Huyện ủy Thanh Sơn tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị.",
    [
        ("p", "Báo cáo tại hội nghị cho biết, 3 năm qua, Ban Thường vụ Huyện ủy đã ban hành 14 văn bản lãnh đạo, chỉ đạo; các tổ chức cơ sở đảng tổ chức quán triệt Kết luận 21 đến 100% cán bộ, đảng viên; 23/25 đảng bộ, chi bộ cơ sở xây dựng kế hoạch khắc phục hạn chế, khuyết điểm sau kiểm điểm."),
        ("img", "/sites/default/files/styles/large/public/2024/06/so-ket-kl21.jpg?itok=Xq3mTz9a", "Đồng chí Hà Văn Lực, Bí thư Huyện ủy phát biểu kết luận hội nghị"),
        ("p", "Công tác kiểm tra, giám sát được tăng cường; Ủy ban Kiểm tra các cấp đã kiểm tra 46 tổ chức đảng và 112 đảng viên, thi hành kỷ luật 9 đảng viên vi phạm. Việc tiếp công dân, giải quyết khiếu nại, tố cáo có nhiều chuyển biến, không để phát sinh điểm nóng."),
        ("p", "Tuy nhiên, một số cấp ủy chưa thực sự quyết liệt trong khắc phục hạn chế; việc nêu gương của một bộ phận cán bộ, đảng viên chưa thường xuyên; công tác nắm bắt tư tưởng ở một số chi bộ còn hình thức."),
        ("p", "Kết luận hội nghị, đồng chí Hà Văn Lực, Bí thư Huyện ủy yêu cầu các cấp ủy tiếp tục đổi mới nội dung sinh hoạt chi bộ, gắn thực hiện Kết luận 21 với Quy định về trách nhiệm nêu gương, kiên quyết đấu tranh với biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa” trong nội bộ."),
        ("p", "Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc trong thực hiện Kết luận 21."),
    ])


def page06():
    rng = random.Random("d7-vinhphu-06")
    pub = T("2024-06-11 09:45")
    base = "https://huyenuythanhson.vinhphu.org.vn"
    url = base + "/tin-tuc/xay-dung-dang/huyen-uy-thanh-son-so-ket-3-nam-thuc-hien-ket-luan-21-cua-trung-uong"
    rel = heads3(rng, 8, avoid=[A6.title])
    rd = past(pub, rng, 8)
    nid = 2817
    # first image is the node's image field with image_field_caption; the rest live in the body
    body_blocks = [b for b in A6.blocks if b[0] != "img"]
    cap = A6.blocks[1][2]
    art = Art(A6.title, A6.lead, body_blocks)
    body_html = art.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>')
    settings = dump({"basePath": "/", "pathPrefix": "", "ajaxPageState": {"theme": "huyenuy", "theme_token": alnum(rng, 43), "js": {f"sites/all/modules/{m}/{m}.js": 1 for m in ["jquery_update", "views", "ctools", "panels", "colorbox", "extlink", "google_analytics", "nice_menus", "superfish", "views_slideshow"]},
                     "css": {f"modules/{m}/{m}.css": 1 for m in ["system", "field", "node", "search", "user", "comment", "views", "ctools", "panels", "date"]}}, "colorbox": {"opacity": "0.85", "current": "{current} / {total}"}})
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:og="http://ogp.me/ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:sioct="http://rdfs.org/sioc/types#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">

<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortlink" href="/node/{nid}" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="/tin-tuc/xay-dung-dang/huyen-uy-thanh-son-so-ket-3-nam-thuc-hien-ket-luan-21-cua-trung-uong" />
  <title>{esc(A6.title)} | Huyện ủy Thanh Sơn</title>
  <style type="text/css" media="all">
@import url("{base}/modules/system/system.base.css?sf8k2l");
@import url("{base}/modules/system/system.menus.css?sf8k2l");
@import url("{base}/sites/all/themes/huyenuy/css/style.css?sf8k2l");
</style><style>{css(rng, "d7", 40)}</style><!--PAD-->
  <script type="text/javascript" src="{base}/sites/all/modules/jquery_update/replace/jquery/1.10/jquery.min.js?v=1.10.2"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {settings});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{nid} node-type-tin-tuc" >
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
    <div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix"><a href="/" title="Trang chủ" rel="home" id="logo"><img src="{base}/sites/default/files/logo_huyenuy.png" alt="Trang chủ" /></a><div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>ĐẢNG BỘ HUYỆN THANH SƠN</span></a></strong></div><div id="site-slogan">Trang thông tin điện tử Huyện ủy Thanh Sơn - tỉnh Vĩnh Phú</div></div>
  <div class="region region-header"><div id="block-block-7" class="block block-block"><div class="content"><span class="clock">Thứ 5, 13/06/2024</span></div></div></div></div></div>
  <div id="navigation"><div class="section"><div class="region region-navigation">{menu(rng, cls="nice-menu", ext="", districts=["Thị trấn Thanh Sơn", "Xã Địch Quả", "Xã Võ Miếu"])}</div></div></div>
  <div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <a href="/tin-tuc/xay-dung-dang">Xây dựng Đảng</a></div></div>
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      <h1 class="title" id="page-title">{esc(A6.title)}</h1>
      <div class="tabs"></div>
      <div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{nid}" class="node node-tin-tuc node-promoted node-full clearfix" about="/tin-tuc/xay-dung-dang/huyen-uy-thanh-son-so-ket-3-nam-thuc-hien-ket-luan-21-cua-trung-uong" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(A6.title, True)}" class="rdf-meta element-hidden"></span>
  <div class="submitted"><span property="dc:date dc:created" content="{iso(pub).replace(':00+07:00', ':12+07:00')}" datatype="xsd:dateTime" rel="sioc:has_creator">Gửi bởi <span class="username" xml:lang="" about="/user/3" typeof="sioc:UserAccount" property="foaf:name" datatype="">bbt_huyenuy</span> vào Thứ 3, {pub.strftime("%m/%d/%Y")} - {hm(pub)}</span></div>
  <div class="content">
    <div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><strong>{esc(A6.lead)}</strong></div></div></div>
    <div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="{base}{A6.blocks[1][1]}"><a href="{base}/sites/default/files/2024/06/so-ket-kl21.jpg" class="colorbox"><img typeof="foaf:Image" src="{base}{A6.blocks[1][1]}" width="680" height="453" alt="" title="{esc(cap, True)}" /></a><blockquote class="image-field-caption">
  <p>{esc(cap)}</p>
</blockquote>
</div></div></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body_html}</div></div></div>
    <div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix"><div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item even">Đinh Công Thành</div></div></div>
    <div class="field field-name-field-don-vi field-type-text field-label-inline clearfix"><div class="field-label">Đơn vị:&nbsp;</div><div class="field-items"><div class="field-item even">Ban Tuyên giáo Huyện ủy Thanh Sơn</div></div></div>
    <div class="field field-name-field-file field-type-file field-label-above"><div class="field-label">Tệp đính kèm:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="{base}/sites/default/files/bao-cao-so-ket-kl21.pdf" type="application/pdf; length=412336">bao-cao-so-ket-kl21.pdf</a></span></div></div></div>
    <div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tin-tuc/xay-dung-dang" typeof="skos:Concept" property="rdfs:label skos:prefLabel">Xây dựng Đảng</a></div></div></div>
  </div>
  <ul class="links inline"><li class="print_html first"><a href="/print/{nid}" title="Hiển thị phiên bản in của trang này." class="print-page" rel="nofollow">Phiên bản in</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{nid}%23comment-form">Đăng nhập</a> để gửi bình luận</span></li></ul>
</div>
</div></div>
<div id="block-views-tin-cung-chuyen-muc-block" class="block block-views"><h2>Tin cùng chuyên mục</h2><div class="content"><div class="view view-tin-cung-chuyen-muc">{nlist(rng, rel, "/tin-tuc", rd, fmt=lambda d: "(" + dmy(d) + ")", cls="item-list", img=False, ext="")}</div></div></div></div>
    </div></div>
    <div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second"><div class="block"><h2>Văn bản mới</h2><div class="content"><ul><li><a href="#">Nghị quyết số 15-NQ/HU</a></li><li><a href="#">Kế hoạch số 112-KH/HU</a></li><li><a href="#">Hướng dẫn số 08-HD/BTGHU</a></li></ul></div></div><div class="block"><h2>Thống kê</h2><div class="content"><ul>{counter(rng)}</ul></div></div></div></div></div>
  </div></div>
  <div id="footer-wrapper"><div class="section">{footer("Huyện ủy Thanh Sơn", "Khu 3, thị trấn Thanh Sơn, tỉnh Vĩnh Phú", "0210.3873.220")}</div></div>
</div></div>
{ga(rng)}</body>
</html>
"""
    html = pad(html, rng, 115, "d7")
    return dict(family="drupal7", name="vinhphu-thanhson-submitted-m-d-y-weekday-tac-gia-don-vi-fields", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A6, iso(pub), author="Đinh Công Thành", unit="Ban Tuyên giáo Huyện ủy Thanh Sơn", category="Xây dựng Đảng",
                                  captions=[cap]),
                traps={"chrome": ["Phiên bản in", "để gửi bình luận", "Tệp đính kèm:", "bao-cao-so-ket-kl21.pdf", "Chuyên mục:", "Tin cùng chuyên mục"],
                       "bylines": ["Gửi bởi bbt_huyenuy", "Tác giả:", "Đơn vị:"], "dates": ["Thứ 5, 13/06/2024", "06/11/2024"], "related": rel[:3]},
                notes="Drupal 7 (XHTML+RDFa) node. 'Gửi bởi bbt_huyenuy vào Thứ 3, 06/11/2024 - 09:45' is Drupal's default 'medium' "
                      "format m/d/Y with a translated weekday: read as 11 June 2024 (Tuesday = 'Thứ 3'; 6 Nov 2024 would be a "
                      "Wednesday), and the RDFa dc:date content '2024-06-11T09:45:12+07:00' agrees → 2024-06-11T09:45+07:00. "
                      "'bbt_huyenuy' is the account; the inline fields 'Tác giả: Đinh Công Thành' and 'Đơn vị: Ban Tuyên giáo "
                      "Huyện ủy Thanh Sơn' give author and unit. Sapo field (bold) = lead. Image field with image_field_caption "
                      "blockquote = the caption. Taxonomy field and crumb both 'Xây dựng Đảng'. Header block shows the save day.",
                readme="Drupal 7 node; 'Gửi bởi <account> vào Thứ 3, 06/11/2024 - 09:45' m/d/Y medium format (weekday disambiguates), RDFa dc:date agrees, 'Tác giả:'/'Đơn vị:' inline fields, image_field_caption blockquote, sapo field")


# =====================================================================
A7 = Art(
    "Cao Lộc nhân rộng mô hình “Dân vận khéo” trong giữ gìn an ninh biên giới",
    None,
    [
        ("p", "Những năm qua, Ban Dân vận Huyện ủy Cao Lộc đã tham mưu Ban Thường vụ Huyện ủy chỉ đạo các xã biên giới xây dựng mô hình “Dân vận khéo” gắn với nhiệm vụ bảo vệ chủ quyền lãnh thổ, an ninh biên giới.¹"),
        ("p", "Tại xã Thụy Hùng, mô hình “Tổ tự quản đường biên, cột mốc” được duy trì với 14 tổ, 126 thành viên là người dân các thôn giáp biên. Mỗi tháng, các tổ phối hợp với Đồn Biên phòng tuần tra ít nhất hai lần, kịp thời phát hiện, báo cáo các trường hợp xuất, nhập cảnh trái phép.²"),
        ("img", "/wp-content/uploads/2024/06/to-tu-quan-thuy-hung-1024x683.jpg", "Tổ tự quản đường biên, cột mốc xã Thụy Hùng tuần tra cùng bộ đội biên phòng"),
        ("p", "Kết quả xây dựng mô hình “Dân vận khéo” trên các lĩnh vực giai đoạn 2021 - 2024 như sau:"),
        ("table", [["Lĩnh vực", "Số mô hình", "Cấp huyện công nhận"], ["Kinh tế", "38", "12"], ["Văn hóa - xã hội", "27", "9"],
                   ["Quốc phòng - an ninh", "21", "8"], ["Xây dựng hệ thống chính trị", "16", "5"]]),
        ("p", "Bà Vi Thị Hoa, Trưởng thôn Bản Xâm, xã Thạch Đạn chia sẻ, từ khi có mô hình, bà con trong thôn hiểu rõ hơn quy chế biên giới, chủ động tố giác tội phạm buôn lậu, không còn tình trạng người dân đi tắt qua đường mòn sang bên kia biên giới."),
        ("p", "Thời gian tới, Ban Dân vận Huyện ủy tiếp tục phối hợp với lực lượng biên phòng nhân rộng mô hình ra 7 xã biên giới, gắn với phong trào “Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới”."),
    ])


def page07():
    rng = random.Random("wpfse-caolang-07")
    pub = T("2024-06-12 10:20")
    base = "https://dvcaoloc.caolang.vn"
    url = base + "/2024/06/12/cao-loc-nhan-rong-mo-hinh-dan-van-kheo-trong-giu-gin-an-ninh-bien-gioi/"
    rel = heads3(rng, 3, avoid=[A7.title])
    rd = past(pub, rng, 3)
    fn = [("Kế hoạch số 45-KH/HU ngày 12/3/2021 của Ban Thường vụ Huyện ủy Cao Lộc về thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025.", "a1"),
          ("Số liệu của Đồn Biên phòng Thanh Lòa, tính đến ngày 31/5/2024.", "b2")]
    fid = [hexid(rng, 8) + "-" + hexid(rng, 4) + "-" + hexid(rng, 4) + "-" + hexid(rng, 4) + "-" + hexid(rng, 12) for _ in fn]
    cap_table = "Bảng: Kết quả xây dựng mô hình “Dân vận khéo” giai đoạn 2021 - 2024"

    def p(t):
        for k, mark in enumerate("¹²"):
            if t.endswith(mark):
                t = t[:-1]
                return f'<p>{esc(t)}<sup data-fn="{fid[k]}" class="fn"><a href="#{fid[k]}" id="{fid[k]}-link">{k + 1}</a></sup></p>'
        return f"<p>{esc(t)}</p>"
    art = Art(A7.title, None, [(b[0], b[1].rstrip("¹²")) + b[2:] if b[0] == "p" else b for b in A7.blocks])
    raw_blocks = A7.blocks
    out = []
    for b in raw_blocks:
        if b[0] == "p":
            out.append("<!-- wp:paragraph -->\n" + p(b[1]) + "\n<!-- /wp:paragraph -->")
        elif b[0] == "img":
            out.append(f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{b[1]}" alt="" class="wp-image-{rng.randint(1000, 9999)}" srcset="{b[1]} 1024w, {b[1].replace("1024x683", "300x200")} 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">{esc(b[2])}</figcaption></figure>')
        elif b[0] == "table":
            out.append('<figure class="wp-block-table is-style-stripes"><table><thead><tr>' + "".join(f"<th>{esc(x)}</th>" for x in b[1][0]) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in b[1][1:]) + f'</tbody></table><figcaption class="wp-element-caption">{esc(cap_table)}</figcaption></figure>')
    out.append('<p class="has-text-align-right"><strong>Vi Thị Lan</strong> – Ban Dân vận Huyện ủy Cao Lộc</p>')
    out.append('<ol class="wp-block-footnotes">' + "".join(f'<li id="{fid[k]}">{esc(t)} <a href="#{fid[k]}-link" aria-label="Chuyển đến chú thích tham khảo {k + 1}">↩︎</a></li>' for k, (t, _) in enumerate(fn)) + "</ol>")
    content = "\n\n".join(out)
    comments = "".join(f'<li class="wp-block-comment-template"><div class="wp-block-comment-author-name">{n}</div><div class="wp-block-comment-date"><time datetime="2024-06-{d}T{t}:00+07:00">{d}/06/2024 lúc {t}</time></div><div class="wp-block-comment-content"><p>{c}</p></div></li>'
                       for n, d, t, c in [("Hoàng Văn Sình", "12", "15:02", "Mô hình rất thiết thực, cần nhân rộng."), ("Lương Thị Mỵ", "13", "08:41", "Bà con Bản Xâm rất tự hào.")])
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(A7.title)} &#8211; Ban Dân vận Huyện ủy Cao Lộc</title>
<link rel="alternate" type="application/rss+xml" title="Ban Dân vận Huyện ủy Cao Lộc &raquo; Dòng thông tin" href="{base}/feed/" />
<style id='wp-block-library-inline-css'>{css(rng, "wp-block", 50)}</style>
<style id='global-styles-inline-css'>body{{--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;--wp--preset--font-family--body: "Inter", sans-serif;}}{css(rng, "has", 30)}</style><!--PAD-->
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/1843" />
<meta name="generator" content="WordPress 6.5.4" />
<link rel="canonical" href="{url}" />
</head>

<body class="post-template-default single single-post postid-1843 single-format-standard wp-embed-responsive">

<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flex"><p class="wp-block-site-title"><a href="{base}" target="_self" rel="home">Ban Dân vận Huyện ủy Cao Lộc</a></p><p class="wp-block-site-tagline">Đảng bộ huyện Cao Lộc - tỉnh Cao Lạng</p>
<nav class="is-responsive items-justified-right wp-block-navigation" aria-label="Điều hướng">{menu(rng, cls="wp-block-navigation__container", ext="/", items=[("Tin tức", ["Hoạt động dân vận", "Tin cơ sở"]), ("Dân vận khéo", ["Mô hình điển hình", "Gương sáng"]), ("Văn bản", ["Văn bản Trung ương", "Văn bản huyện"]), ("Liên hệ", [])])}</nav></div>
</header>

<main class="wp-block-group is-layout-constrained">
<div class="wp-block-group is-layout-flow"><div class="taxonomy-category wp-block-post-terms"><a href="{base}/chuyen-muc/dan-van-kheo/" rel="tag">Dân vận khéo</a></div>
<h1 style="font-size:clamp(1.8rem, 3vw, 2.6rem);" class="wp-block-post-title">{esc(A7.title)}</h1>
<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="{iso(pub).replace(':00+07:00', ':41+07:00')}">{dmy(pub)}</time></div><div class="wp-block-post-author-name"><a href="{base}/author/bandanvan/" target="_self" class="wp-block-post-author-name__link">Ban Dân vận</a></div></div></div>

<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
{content}
</div>

<div class="wp-block-group"><div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Thẻ: </span><a href="{base}/the/bien-gioi/" rel="tag">biên giới</a><span class="wp-block-post-terms__separator">, </span><a href="{base}/the/dan-van-kheo/" rel="tag">dân vận khéo</a></div></div>
<nav class="wp-block-group is-layout-flex" aria-label="Bài viết"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous">←</span><a href="#" rel="prev">Hội nghị giao ban công tác dân vận quý II</a></div><div class="post-navigation-link-next wp-block-post-navigation-link"><a href="#" rel="next">Ra mắt mô hình “Chi hội phụ nữ 5 không, 3 sạch”</a><span class="wp-block-post-navigation-link__arrow-next">→</span></div></nav>
<div class="wp-block-comments"><h2 class="wp-block-heading">Bình luận</h2><ol class="wp-block-comment-template">{comments}</ol><div class="wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="wp-block-button__link" value="Phản hồi" /></form></div></div>
<div class="wp-block-query"><h2 class="wp-block-heading">Bài viết liên quan</h2>{nlist(rng, rel, base, rd, fmt=dmy, cls="wp-block-post-template", ext="/")}</div>
</main>

<footer class="wp-block-template-part">{footer("Ban Dân vận Huyện ủy Cao Lộc", "Thị trấn Cao Lộc, tỉnh Cao Lạng", "0205.3861.204")}<p class="has-small-font-size">Được thiết kế với WordPress</p></footer></div>
<script src="{base}/wp-includes/js/dist/interactivity.min.js?ver=6.5.4" id="wp-interactivity-js"></script>
</body>
</html>
"""
    html = pad(html, rng, 100, "wpf")
    return dict(family="wp_block_theme", name="caolang-bdv-core-footnotes-table-figcaption-account-author-block", url=url,
                content_type="text/html; charset=UTF-8", html=html,
                expected=expected(art, iso(pub), author="Vi Thị Lan", unit="Ban Dân vận Huyện ủy Cao Lộc", category="Dân vận khéo",
                                  captions=[A7.blocks[2][2], cap_table], lead=None),
                traps={"footnotes": [fn[0][0], fn[1][0]], "bylines": ["Vi Thị Lan – Ban Dân vận Huyện ủy Cao Lộc"],
                       "chrome": ["Thẻ:", "Để lại một bình luận", "Bài viết liên quan", "Được thiết kế với WordPress", "Mô hình rất thiết thực, cần nhân rộng."],
                       "prevnext": ["Hội nghị giao ban công tác dân vận quý II"], "related": rel[:2]},
                notes="WordPress 6.5 block theme (Twenty Twenty-Four style FSE markup: wp-block-post-title/-date/-author-name/-terms). "
                      "<time datetime='2024-06-12T10:20:41+07:00'>12/06/2024</time> → 10:20 (agrees, explicit offset). The author "
                      "block 'Ban Dân vận' is the WP account; right-aligned last paragraph 'Vi Thị Lan – Ban Dân vận Huyện ủy Cao "
                      "Lộc' → author + unit. Core footnotes: <sup class=fn> markers at the END of two paragraphs (dropped: the "
                      "expected paragraphs end before the marker digit) and ol.wp-block-footnotes after the text (not body). "
                      "wp-block-table inside a figure with a figcaption: rows are body (' | '), the table figcaption is a caption "
                      "(after the image caption, page order). Category = post-terms 'Dân vận khéo' above the h1 (no crumb). No lead.",
                readme="WordPress block theme (FSE); core footnotes (sup markers at paragraph ends + footnote list), table figure with figcaption caption, author block = account vs right-aligned 'Name – Unit' paragraph, <time> with +07:00, comments with times")


PAGES = [page05, page06, page07]
