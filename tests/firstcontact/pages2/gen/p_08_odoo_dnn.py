"""Odoo 16 website blog with Facebook embeds (Sóc Trăng) and DNN Evoq 9 + EasyDNNnews in module containers (Gia Lai)."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, dump, esc, expected, fake_min_js, headlines, hexid,
                     hm, iso_min, iso_date, menu_tree, MINISTRIES, NOTICE_TITLES, days_before, slugify, ul_tree, wd,
                     alnum, guid, b64blob, doc_titles, viewstate, en_long, utc_iso)


# =====================================================================
# Page 15: Hội LHPN tỉnh Sóc Trăng — Odoo 16 website_blog, Facebook embeds
# =====================================================================
ART15 = Art(
    "Phụ nữ Sóc Trăng sôi nổi các hoạt động chào mừng Ngày Quốc tế Phụ nữ 8/3",
    "Nhân kỷ niệm 114 năm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2024) và 1.984 năm Khởi nghĩa Hai Bà Trưng, các cấp "
    "Hội Phụ nữ trong tỉnh đã tổ chức nhiều hoạt động thiết thực, ý nghĩa, thu hút hơn 25.000 lượt hội viên tham gia.",
    [
        ("p", "Ngày 6/3, Hội Liên hiệp Phụ nữ tỉnh tổ chức họp mặt kỷ niệm, tuyên dương 54 “Phụ nữ Sóc Trăng tiêu biểu "
              "năm 2023” trên các lĩnh vực sản xuất, kinh doanh, chăm sóc sức khỏe cộng đồng, giữ gìn an ninh trật tự. "
              "Trong số này có nhiều hội viên là người dân tộc Khmer, Hoa có mô hình kinh tế hiệu quả, giải quyết việc "
              "làm cho lao động nữ ở địa phương."),
        ("raw", "FBPOST"),
        ("p", "Tại các huyện, thị xã, thành phố, Hội Phụ nữ cơ sở tổ chức hội thi “Phụ nữ duyên dáng”, giải bóng chuyền "
              "nữ, ngày hội “Phụ nữ với văn hóa ẩm thực”; ra mắt 12 tổ hợp tác, tổ liên kết của phụ nữ; trao 35 mái ấm "
              "tình thương và 120 suất học bổng “Mẹ đỡ đầu” cho trẻ em mồ côi, có hoàn cảnh khó khăn."),
        ("img", "/web/image/4312-9a1c7e20/tuyen-duong-phu-nu-tieu-bieu.jpg",
         "Hội LHPN tỉnh tuyên dương “Phụ nữ Sóc Trăng tiêu biểu năm 2023”"),
        ("raw", "FBVIDEO"),
        ("p", "Bà Lâm Thị Sa Ri, Chủ tịch Hội LHPN tỉnh cho biết, năm 2024, Hội tập trung thực hiện hiệu quả Dự án 8 "
              "“Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em” thuộc Chương "
              "trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; phấn "
              "đấu hỗ trợ 1.500 phụ nữ khởi nghiệp, phát triển kinh tế và giảm 2% hộ nghèo do phụ nữ làm chủ hộ."),
    ])

FB_POST_TEXT = ("Sáng nay, Hội LHPN tỉnh long trọng tổ chức họp mặt kỷ niệm 114 năm Ngày Quốc tế Phụ nữ và tuyên dương "
                "54 phụ nữ tiêu biểu. Chúc mừng các chị em! 🌸🌸🌸 #PhunuSocTrang #8thang3")
FB_VIDEO_TITLE = "Clip: Hội thi “Phụ nữ duyên dáng” huyện Trần Đề năm 2024"


def page15():
    rng = random.Random("odoo-soctrang-15")
    prov = "Sóc Trăng"
    pub = T("2024-03-08 10:40")
    host = "https://hoiphunu.soctrang.gov.vn"
    path = "/blog/tin-hoat-dong-2/phu-nu-soc-trang-soi-noi-cac-hoat-dong-chao-mung-ngay-quoc-te-phu-nu-8-3-42"
    url = host + path
    heads = headlines(rng, 20, prov, exclude=[ART15.title], avoid=ART15.body)
    fbpage = "https://www.facebook.com/hoiphunusoctrang"
    post_id = rng.randint(10 ** 15, 10 ** 16)
    fbpost = (f'<div class="s_embed_code o_not_editable" data-snippet="s_embed_code"><div class="s_embed_code_embedded">'
              f'<div class="fb-post" data-href="{fbpage}/posts/pfbid0{alnum(rng, 50)}" data-width="500" data-show-text="true">'
              f'<blockquote cite="{fbpage}/posts/{post_id}" class="fb-xfbml-parse-ignore"><p>{esc(FB_POST_TEXT)}</p>'
              f'Đăng bởi <a href="{fbpage}">Hội LHPN tỉnh Sóc Trăng</a> vào&nbsp;<a href="{fbpage}/posts/{post_id}">Thứ Tư, 6 tháng 3, 2024</a></blockquote></div></div></div>')
    fbvideo = (f'<div class="s_embed_code o_not_editable" data-snippet="s_embed_code"><div class="s_embed_code_embedded">'
               f'<iframe src="https://www.facebook.com/plugins/video.php?height=314&amp;href=https%3A%2F%2Fwww.facebook.com%2Fhoiphunusoctrang%2Fvideos%2F{rng.randint(10 ** 15, 10 ** 16)}%2F&amp;show_text=false&amp;width=560&amp;t=0" '
               f'width="560" height="314" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true" '
               f'allow="autoplay; clipboard-write; encrypted-media; picture-in-picture; web-share" title="{esc(FB_VIDEO_TITLE, attr=True)}"></iframe>'
               f'<p class="o_fb_video_title">{esc(FB_VIDEO_TITLE)}</p></div></div>')

    def img(src, cap, alt, n):
        return (f'<div class="s_image_gallery o_spc-small"><figure class="figure"><img src="{src}" class="img img-fluid o_we_custom_image figure-img" alt="{alt}" loading="lazy" data-original-id="4312" data-mimetype="image/jpeg" data-resize-width="1200"/>'
                f'<figcaption class="figure-caption text-muted py-2 text-center">{cap}</figcaption></figure></div>')

    body = ART15.render(img=img, p=lambda t: f'<p style="text-align: justify;">{t}</p>').replace("FBPOST", fbpost).replace("FBVIDEO", fbvideo)
    body += '\n<p style="text-align: right;"><b>Bài, ảnh: Thanh Huyền</b></p>'
    posts = "".join(f'<div class="o_wblog_post"><a href="/blog/tin-hoat-dong-2/{slugify(t)}-{41 - i}"><h5 class="card-title">{esc(t)}</h5></a>'
                    f'<div class="text-muted small"><span>{d.day} thg {d.month}, {d.year}</span></div></div>'
                    for i, (t, d) in enumerate(zip(heads[:6], days_before(pub, rng, 6, 1, 20))))
    menu = ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Phụ nữ khởi nghiệp", "Gương điển hình", "Bình đẳng giới",
            "Văn bản", "Thư viện ảnh", "Liên hệ"]
    session = {"is_admin": False, "is_system": False, "is_website_user": True, "user_id": False, "is_frontend": True,
               "profile_session": None, "profile_collectors": None, "profile_params": None, "show_effect": True,
               "bundle_params": {"lang": "vi_VN", "website_id": 1},
               "translationURL": "/website/translations", "cache_hashes": {"translations": hexid(rng, 40)},
               "geoip_country_code": "VN", "geoip_phone_code": 84, "lang_url_code": "vi"}
    html = f"""<!DOCTYPE html>
<html lang="vi-VN" data-website-id="1" data-main-object="blog.post(42,)" data-add2cart-redirect="1">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
        <meta name="description" content="{esc(ART15.lead, attr=True)}"/>
        <meta property="og:type" content="article"/>
        <meta property="og:title" content="{esc(ART15.title, attr=True)}"/>
        <meta property="og:site_name" content="Hội LHPN tỉnh Sóc Trăng"/>
        <meta property="og:url" content="{url}"/>
        <meta property="og:image" content="{host}/web/image/4312-9a1c7e20/tuyen-duong-phu-nu-tieu-bieu.jpg"/>
        <meta property="article:published_time" content="{(pub.replace(tzinfo=None) - (pub.utcoffset())).strftime("%Y-%m-%d %H:%M:%S")}"/>
        <meta property="article:modified_time" content="2024-03-09 01:12:48"/>
        <meta property="article:tag" content="8/3"/>
        <meta name="twitter:card" content="summary_large_image"/>
        <link rel="canonical" href="{url}"/>
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin=""/>
        <title>{esc(ART15.title)} | Hội LHPN tỉnh Sóc Trăng</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique={hexid(rng, 7)}"/>
        <link type="text/css" rel="stylesheet" href="/web/assets/{rng.randint(1000, 9999)}-{hexid(rng, 7)}/1/web.assets_frontend.min.css" data-asset-bundle="web.assets_frontend" data-asset-version="{hexid(rng, 7)}"/>
        <style>{css_blob(rng, "o", 380)}</style>
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {{ csrf_token: "{hexid(rng, 40)}o{rng.randint(10 ** 9, 10 ** 10)}", debug: "", }};
        </script>
        <script type="text/javascript">odoo.__session_info__ = {dump(session)};</script>
        <script defer="defer" type="text/javascript" src="/web/assets/{rng.randint(1000, 9999)}-{hexid(rng, 7)}/1/web.assets_frontend_lazy.min.js" data-asset-bundle="web.assets_frontend_lazy"></script>
    </head>
    <body>
<div id="fb-root"></div>
<script async="async" defer="defer" crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v19.0" nonce="{alnum(rng, 8)}"></script>
        <div id="wrapwrap" class="   ">
            <header id="top" data-anchor="true" data-name="Header" class="  o_header_standard">
                <nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc shadow-sm">
                    <div id="o_main_nav" class="container">
                        <a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4"><span role="img" aria-label="Logo of Hội LHPN tỉnh Sóc Trăng" title="Hội LHPN tỉnh Sóc Trăng"><img src="/web/image/website/1/logo/H%E1%BB%99i%20LHPN%20t%E1%BB%89nh%20S%C3%B3c%20Tr%C4%83ng?unique={hexid(rng, 7)}" class="img img-fluid" width="95" height="40" alt="Hội LHPN tỉnh Sóc Trăng" loading="lazy"/></span></a>
                        <ul id="top_menu" role="menu" class="nav navbar-nav o_menu_loading flex-grow-1">{"".join(f'<li role="presentation" class="nav-item"><a role="menuitem" href="/{slugify(m)}" class="nav-link {"active" if m == "Tin hoạt động" else ""}"><span>{esc(m)}</span></a></li>' for m in menu)}</ul>
                        <ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3"><li class=""><a href="/web/login" class="btn btn-outline-secondary">Đăng nhập</a></li></ul>
                    </div>
                </nav>
            </header>
            <main>
<div id="o_wblog_post_top">
    <div id="title" class="blog_header">
        <div data-name="Blog Post Cover" style="" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_half_screen_height o_record_has_cover  o_wblog_post_page_cover">
            <div style="background-image: url('/web/image/4312-9a1c7e20/tuyen-duong-phu-nu-tieu-bieu.jpg');" class="o_record_cover_component o_record_cover_image "></div>
            <div class="o_record_cover_component o_record_cover_filter oe_black" style="opacity: 0.2;"></div>
            <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
                <div class="o_wblog_post_title">
                    <div id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="Tiêu đề bài viết" data-blog-id="42">{esc(ART15.title)}</div>
                    <div id="o_wblog_post_subtitle" class="o_editable_no_shadow" data-oe-expression="blog_post.subtitle" placeholder="Phụ đề">{esc(ART15.lead)}</div>
                </div>
                <div class="o_wblog_post_page_cover_footer text-center mt-2">
                    <div class="text-white-75">
                        <span class="o_wblog_post_author">Administrator</span>
                        <span class="mx-1">—</span>
                        <span class="text-nowrap">{pub.day} thg {pub.month}, {pub.year}</span>
                        <span class="mx-1">trong</span> <a href="/blog/tin-hoat-dong-2" class="text-white">Tin hoạt động</a>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
<div id="o_wblog_post_main" class="container pt-4 pb-5 ">
    <div class="d-flex flex-column flex-lg-row">
        <div id="o_wblog_post_content" class=" o_container_small w-100 flex-shrink-0">
            <nav aria-label="breadcrumb" class="breadcrumb flex-nowrap py-0 px-0 css_editable_mode_hidden mb-3 bg-transparent"><li class="breadcrumb-item"><a href="/blog">Tất cả bài viết</a></li><li class="breadcrumb-item"><a href="/blog/tin-hoat-dong-2">Tin hoạt động</a></li><li class="breadcrumb-item text-truncate active"><span>{esc(ART15.title)}</span></li></nav>
            <div data-editor-message="WRITE HERE OR DRAG BUILDING BLOCKS" class="o_wblog_post_content_field   o_wblog_read_text">
<section class="s_text_block o_colored_level" data-snippet="s_text_block" data-name="Text">
<div class="container s_allow_columns">
{body}
</div>
</section>
            </div>
            <div class="css_editable_mode_hidden text-muted">
                <div class="o_wblog_social_links d-flex flex-wrap mx-n1"><a href="#" aria-label="Facebook" title="Chia sẻ lên Facebook" class="o_facebook mx-1"><i class="fa fa-facebook-square"></i> Chia sẻ</a><a href="#" aria-label="LinkedIn" title="Chia sẻ lên LinkedIn" class="o_linkedin mx-1"><i class="fa fa-linkedin"></i></a></div>
                <div>Thẻ: <a class="badge border post_link" href="/blog/tag/8-3-7">8/3</a> <a class="badge border post_link" href="/blog/tag/tuyen-duong-8">Tuyên dương</a></div>
            </div>
            <div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5" data-order-by="reverse_time"></div>
        </div>
    </div>
</div>
<section id="o_wblog_post_footer">
    <div class="container py-4"><h4>Đọc tiếp</h4><div class="o_wblog_next_posts">{posts}</div></div>
    <div class="container"><h4>Theo dõi Hội LHPN tỉnh trên Facebook</h4>
    <div class="fb-page" data-href="{fbpage}" data-tabs="timeline" data-width="500" data-height="600" data-small-header="false" data-adapt-container-width="true" data-hide-cover="false" data-show-facepile="true"><blockquote cite="{fbpage}" class="fb-xfbml-parse-ignore"><a href="{fbpage}">Hội LHPN tỉnh Sóc Trăng</a></blockquote></div></div>
</section>
            </main>
            <footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
                <div id="footer" class="oe_structure oe_structure_solo">
                    <section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text"><div class="container"><div class="row">
                        <div class="col-lg-5 pt24 pb24"><h5 class="mb-3">Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng</h5><p>Địa chỉ: Số 4 đường Hùng Vương, Phường 6, TP Sóc Trăng.<br/>Điện thoại: 0299.38xx.xxx</p></div>
                        <div class="col-lg-3 pt24 pb24"><h5 class="mb-3">Liên kết</h5><ul class="list-unstyled">{"".join(f'<li><a href="https://{slugify(m)[:16]}.vn">{esc(m)}</a></li>' for m in MINISTRIES[:6])}</ul></div>
                    </div></div></section>
                </div>
                <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright"><div class="container py-3"><div class="row"><div class="col-sm text-center text-sm-start text-muted"><span class="o_footer_copyright_name me-2">Bản quyền &copy; Hội LHPN tỉnh Sóc Trăng</span></div>
                <div class="col-sm text-center text-sm-end o_not_editable"><div class="o_brand_promotion">Được hỗ trợ bởi <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website"><img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;" loading="lazy"/></a> - Trình tạo website</div></div></div></div></div>
            </footer>
        </div>
<div id="website_cookies_bar" class="s_popup o_snippet_invisible d-none" data-name="Cookies Bar" data-vcss="001" data-invisible="1"><div class="modal s_popup_bottom o_cookies_discrete" data-show-after="500" data-display="afterDelay" data-consents-duration="999" data-bs-focus="false" data-bs-backdrop="false" data-bs-keyboard="false" tabindex="-1" role="dialog"><div class="modal-dialog"><div class="modal-content oe_structure"><section class="o_colored_level o_cc o_cc1"><div class="container"><p>Chúng tôi sử dụng cookie để mang lại trải nghiệm tốt hơn cho bạn trên trang web này.</p><a href="#" id="cookies-consent-essential" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm px-2">Chỉ những cookie cần thiết</a> <a href="#" id="cookies-consent-all" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm">Tôi đồng ý</a></div></section></div></div></div></div>
<script>{fake_min_js(rng, 150, "owl")}</script>
    </body>
</html>
"""
    return dict(
        family="odoo_website", name="soctrang-phu-nu-fb-embeds-naive-utc-meta", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART15, published=iso_date(pub), author="Thanh Huyền", photographer="Thanh Huyền",
                          category="Tin hoạt động"),
        traps={"bylines": ["Administrator", "Bài, ảnh: Thanh Huyền"], "related": heads[:6],
               "chrome": [FB_POST_TEXT, FB_VIDEO_TITLE, "Đăng bởi Hội LHPN tỉnh Sóc Trăng vào", "Đọc tiếp",
                          "Theo dõi Hội LHPN tỉnh trên Facebook", "Chúng tôi sử dụng cookie để mang lại trải nghiệm tốt hơn cho bạn trên trang web này."],
               "dates": ["Thứ Tư, 6 tháng 3, 2024", "2024-03-08 03:40:00", "2024-03-09 01:12:48"]},
        notes="Odoo 16 website_blog post: title and subtitle are divs (#o_wblog_post_name / #o_wblog_post_subtitle) "
              "over a cover image — no h1 in the page; subtitle = sapo. 'Administrator' is the Odoo user (not an "
              "author); byline 'Bài, ảnh: Thanh Huyền' → author + photographer. Visible date '8 thg 3, 2024' only; "
              "article:published_time is Odoo's naive UTC '2024-03-08 03:40:00' (no offset; = 10:40 local) — "
              "without an offset it is not trusted, so published is date-only. Facebook-embed heavy: an fb-post "
              "whose fallback blockquote text (with emoji and hashtags) sits between body paragraphs, an fb video "
              "iframe with a title line, fb-comments and an fb-page plugin — none of it is body. Breadcrumb "
              "'Tất cả bài viết › Tin hoạt động › title'; cookie bar; odoo session JSON.",
        readme="Odoo 16 blog; no h1 (title/subtitle divs over cover), 'Administrator' user, naive-UTC "
               "published_time meta, fb-post fallback text + fb video between paragraphs, 'Bài, ảnh: X', cookie bar",
    )


# =====================================================================
# Page 16: Ban Dân vận Tỉnh ủy Gia Lai — DNN Evoq 9 + EasyDNNnews, module containers
# =====================================================================
ART16 = Art(
    "Gia Lai phát huy vai trò người có uy tín trong vùng đồng bào dân tộc thiểu số",
    "Những năm qua, đội ngũ người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn tỉnh Gia Lai đã phát huy tốt "
    "vai trò là cầu nối giữa cấp ủy, chính quyền với Nhân dân, góp phần giữ vững an ninh chính trị, trật tự an toàn "
    "xã hội ở cơ sở.",
    [
        ("p", "Toàn tỉnh hiện có 1.402 người có uy tín, chủ yếu là già làng, trưởng thôn, người làm công tác tôn giáo, "
              "trưởng dòng họ ở các làng đồng bào Jrai, Bahnar. Hằng năm, các cấp ủy, chính quyền tổ chức gặp mặt, "
              "thông tin thời sự, chính sách mới; tổ chức cho người có uy tín đi tham quan, học tập kinh nghiệm ở các "
              "địa phương trong và ngoài tỉnh."),
        ("p", "Già làng Rơ Mah Bloh, làng Bông Pim, xã Ia Mơ Nông, huyện Chư Păh là một trong những người có uy tín "
              "tiêu biểu. Nhiều năm qua, ông cùng chi bộ, ban tự quản làng vận động bà con bỏ tập tục lạc hậu, không "
              "nghe theo kẻ xấu tuyên truyền, tích cực chuyển đổi cây trồng; làng Bông Pim từ một làng khó khăn nay đã "
              "có gần 70% hộ trồng cà phê, hồ tiêu, cây ăn quả cho thu nhập ổn định."),
        ("img", "/Portals/0/EasyDNNnews/3187/img-gia-lang-bong-pim.jpg",
         "Già làng Rơ Mah Bloh (bìa phải) trao đổi với cán bộ xã về phát triển sản xuất"),
        ("p", "Trong năm 2023, người có uy tín đã tham gia hòa giải thành 312 vụ việc mâu thuẫn, tranh chấp nhỏ ở cơ "
              "sở; vận động hơn 1.200 hộ hiến đất làm đường giao thông nông thôn, xây dựng nhà văn hóa làng; cung cấp "
              "cho lực lượng chức năng nhiều thông tin có giá trị về an ninh trật tự."),
        ("p", "Thời gian tới, Ban Dân vận Tỉnh ủy tiếp tục tham mưu cấp ủy thực hiện tốt chính sách đối với người có "
              "uy tín; thường xuyên nắm bắt tâm tư, nguyện vọng, kịp thời biểu dương, khen thưởng những người có thành "
              "tích xuất sắc, phát huy hơn nữa vai trò của họ trong xây dựng hệ thống chính trị cơ sở vững mạnh."),
    ])


def page16():
    rng = random.Random("dnn-gialai-16")
    prov = "Gia Lai"
    pub = T("2024-03-11 14:35")
    today = T("2025-01-10 08:15")
    host = "https://bandanvan.gialai.dcs.vn"
    path = "/tin-tuc/dan-van/ArtMID/3187/ArticleID/2941/gia-lai-phat-huy-vai-tro-nguoi-co-uy-tin-trong-vung-dong-bao-dan-toc-thieu-so"
    url = host + path
    tree = menu_tree(rng, prov, "party", base="", n_communes=6, ext="")
    heads = headlines(rng, 40, prov, exclude=[ART16.title], avoid=ART16.body)
    dts = days_before(pub, rng, 40, 0, 30)

    def img(src, cap, alt, n):
        return (f'<table class="tbl-image" style="width:100%;" cellpadding="3" align="center"><tbody><tr><td style="text-align:center;">'
                f'<img alt="{alt}" src="{src}" style="width: 640px; height: 427px;" /></td></tr>'
                f'<tr><td style="text-align:center;"><span style="font-size:12px;"><em>{cap}</em></span></td></tr></tbody></table>')

    body = ART16.render(img=img, p=lambda t: f'<p style="text-align: justify;">{t}</p>')

    def container(mid, title, inner, cls="c_DNN_Evoq_Box"):
        return (f'<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{mid}"><a name="{mid}"></a>'
                f'<div class="{cls}"><div class="c_head"><h2 class="c_title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleHead">{esc(title)}</span></h2></div>'
                f'<div id="dnn_ctr{mid}_ContentPane" class="c_content">{inner}</div></div></div>')

    detail = f"""<div id="dnn_ctr3187_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
<div class="eds_news_module_3187 news eds_subCollection_news eds_news_NewsOne eds_template_Details_Article_Default eds_templateGroup_Default eds_styleSwitchCriteria_module-3187">
<div id="dnn_ctr3187_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_3187_article_edit_container"></div>
<div class="edn_article edn_clearFix">
<h1 class="edn_articleTitle">{esc(ART16.title)}</h1>
<div class="edn_metaDetails">
<span class="edn_author">Tác giả: <a href="/tin-tuc/author/1/host">host</a></span>
<time class="edn_articleDate" datetime="{pub.strftime('%Y-%m-%d')}">{en_long(pub)}</time>
<span class="edn_articleCategories">Danh mục: <a href="/tin-tuc/dan-van/category/dan-van">Dân vận</a>, <a href="/tin-tuc/dan-van/category/dan-toc-ton-giao">Dân tộc - Tôn giáo</a></span>
<span class="edn_numberOfViews">Lượt xem: 612</span>
</div>
<div class="edn_articleSummary"><p><strong>{esc(ART16.lead)}</strong></p></div>
<div class="edn_articleContent">
{body}
<p style="text-align: right;"><strong>Rơ Châm H'Vin</strong></p>
</div>
<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="/tin-tuc/dan-van/ArtMID/3187/ArticleID/2941/print" target="_blank">In</a> <a class="edn_emailButton" href="/tin-tuc/dan-van/ArtMID/3187/ArticleID/2941/email">Gửi email</a>
<div class="fb-like" data-href="{url}" data-layout="button_count"></div></div>
<div class="edn_articleTags"><span>Tags:</span> <a href="/tin-tuc/tag/nguoi-co-uy-tin">người có uy tín</a> <a href="/tin-tuc/tag/gia-lang">già làng</a></div>
<div class="edn_articlePrevNext"><a class="edn_prevArticle" href="/tin-tuc/dan-van/ArtMID/3187/ArticleID/2940/{slugify(heads[0])}">« {esc(heads[0])}</a> <a class="edn_nextArticle" href="/tin-tuc/dan-van/ArtMID/3187/ArticleID/2942/{slugify(heads[1])}">{esc(heads[1])} »</a></div>
</div>
</div></div></div>"""
    same = "".join(f'<li><a href="/tin-tuc/dan-van/ArtMID/3187/ArticleID/{2930 - i}/{slugify(t)}">{esc(t)}</a> <span class="edn_date">{d.month}/{d.day}/{d.year}</span></li>'
                   for i, (t, d) in enumerate(zip(heads[2:12], dts)))
    most = "".join(f'<li><a href="/tin-tuc/ArticleID/{2800 + i}/{slugify(t)}">{esc(t)}</a></li>' for i, t in enumerate(heads[12:20]))
    vs = viewstate(rng, 22000)
    html = f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	Ban Dân vận Tỉnh ủy Gia Lai
</title><meta id="MetaDescription" name="DESCRIPTION" content="{esc(ART16.lead, attr=True)}" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=412" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/EasyDNNnews/Templates/_default/Default/Default.css?cdv=412" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/skins/evoq-gialai/skin.css?cdv=412" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/containers/evoq-gialai/container.css?cdv=412" type="text/css" rel="stylesheet"/>
<style>{css_blob(rng, "evq", 380)}</style>
<meta property="og:title" content="{esc(ART16.title, attr=True)}" /><meta property="og:type" content="article" /><meta property="og:url" content="{url}" />
<link rel="canonical" href="{url}" />
</head>
<body id="Body">
<form method="post" action="{path}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=412" type="text/javascript"></script>
<div id="personaBar-placeholder"></div>
<div class="evq-topbar"><div class="container"><span class="today">{en_long(today, time=False)}</span><a id="dnn_dnnLOGIN_loginLink" href="/Login?returnurl=%2ftin-tuc" rel="nofollow">Đăng nhập</a></div></div>
<header class="evq-header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" title="Ban Dân vận Tỉnh ủy Gia Lai" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-ban-dan-van.png?ver={rng.randint(1000, 9999)}" alt="Ban Dân vận Tỉnh ủy Gia Lai" /></a>
<div class="evq-brand"><p class="l1">ĐẢNG BỘ TỈNH GIA LAI</p><p class="l2">BAN DÂN VẬN TỈNH ỦY</p></div></div></header>
<nav class="evq-nav" id="dnn_dnnNAV"><div class="container">{ul_tree(tree, "topLevel", "item", "subLevel")}</div></nav>
<div class="container">
<div class="evq-breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" class="breadcrumbLink" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></span> › <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></span> › <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc/dan-van" class="breadcrumbLink" itemprop="item"><span itemprop="name">Dân vận</span></a><meta itemprop="position" content="3" /></span></span></div>
<div class="row">
<div id="dnn_ContentPane" class="col-md-8 DNNEmptyPane-no">
{container(3187, "Chi tiết tin", detail)}
{container(3190, "Tin cùng chuyên mục", '<ul class="edn_list">' + same + '</ul>')}
</div>
<div id="dnn_RightPane" class="col-md-4">
{container(3201, "Tin đọc nhiều", '<ol class="edn_list">' + most + '</ol>', "c_DNN_Evoq_Side")}
{container(3202, "Thông báo", '<ul>' + "".join(f'<li><a href="/thong-bao/{slugify(t)}">{esc(t)}</a></li>' for t in NOTICE_TITLES[:5]) + '</ul>', "c_DNN_Evoq_Side")}
{container(3203, "Văn bản", '<ul>' + "".join(f'<li><a href="/van-ban/{slugify(t)[:60]}">{esc(t)}</a></li>' for t in doc_titles(rng, 6)) + '</ul>', "c_DNN_Evoq_Side")}
{container(3204, "Thống kê truy cập", '<ul>' + "".join(f'<li>{esc(l)}: {v}</li>' for l, v in counter_block(rng)) + '</ul>', "c_DNN_Evoq_Side")}
</div>
</div></div>
<footer class="evq-footer"><div class="container"><div id="dnn_FooterPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-3150"><a name="3150"></a><div id="dnn_ctr3150_ContentPane"><div id="dnn_ctr3150_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr3150_HtmlModule_lblContent" class="Normal">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY GIA LAI</strong></p><p>Địa chỉ: Số 17 Trần Hưng Đạo, TP Pleiku, tỉnh Gia Lai. Điện thoại: 0269.38xx.xxx.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></div></div></div></div><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright 2025 by Ban Dân vận Tỉnh ủy Gia Lai</span></div></footer>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`61`,`evoq_TabId`:`61`,`evoq_PageLanguage`:`en-US`,`evoq_ContentItemId`:`-1`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{alnum(rng, 92)}" />
<script>{fake_min_js(rng, 110, "evoq")}</script>
</form>
</body>
</html>
"""
    return dict(
        family="dnn_evoq", name="gialai-easydnnnews-en-us-long-date-host", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART16, published=iso_min(pub), author="Rơ Châm H'Vin", category="Dân vận"),
        traps={"bylines": ["Tác giả: host"], "related": heads[:12],
               "chrome": ["Chi tiết tin", "Tin cùng chuyên mục", "Tin đọc nhiều", "Danh mục:", "Lượt xem: 612"],
               "dates": [en_long(today, time=False)]},
        notes="DNN Evoq 9 with EasyDNNnews: every module sits in a container whose h2 title comes first "
              "('Chi tiết tin' above the article's h1, then 'Tin cùng chuyên mục', 'Tin đọc nhiều', …). <title> is "
              "only the site name. The portal culture is en-US, so the stamp reads 'Monday, March 11, 2024 2:35 PM' "
              "(English weekday/month, 12-hour) and list dates are M/d/yyyy; top bar shows the crawl day the same "
              "way. 'Tác giả: host' is the DNN superuser account → not an author; the byline is the bold last "
              "paragraph with a Jrai name containing an apostrophe (Rơ Châm H'Vin). Article in two categories "
              "('Dân vận', 'Dân tộc - Tôn giáo'); the breadcrumb's last crumb 'Dân vận' is the category. Table "
              "caption, prev/next titles, ~30 KB __VIEWSTATE, __dnnVariable.",
        readme="DNN Evoq 9 + EasyDNNnews; container title 'Chi tiết tin' above h1, <title>=site name, en-US "
               "'Monday, March 11, 2024 2:35 PM', 'Tác giả: host' account, apostrophe in byline name, 2 categories",
    )


PAGES = [page15, page16]
