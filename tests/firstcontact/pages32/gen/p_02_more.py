"""Set 32 pages 10-18: more ORDINARY items — WordPress + Sahifa 5; Joomla 2.5 under a beez_20-derived template; the
'.dcs.vn' platform's 2025 portal skin; the VHV CMS's default article template; a provincial press agency's AMP page —
and four stacks no set had used (Umbraco 13, Sitecore XM 10.3 with SXA, Kentico Xperience 13, Statamic 4).
Three pages carry ONE twist each (TWIST in the notes): the AMP page's metadata all carry the CREATION time (page 14),
the Umbraco page's <article> element closes after the sapo with the text outside it (page 15), and the Kentico page
prints the CMS's sub-headline as a <small> INSIDE the headline's h1 (page 17)."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads13, past, expected, slug, hexid, alnum, css, pad, menu, footer, dump
from .kit import mk, schedule, links_box, poll, og, jsonld, comments
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, side_std, vb_box


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


VI_MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


# ===================================================================== 10 Đảng ủy xã Dương Minh Châu (Tây Ninh): WordPress + Sahifa 5; an AWARD ceremony; 'dd-mm-yyyy' date only; an account named after the office; 'K.Linh - T.Nam'
A10 = Art("Đảng ủy xã Dương Minh Châu khen thưởng 40 tập thể, cá nhân điển hình học tập và làm theo Bác",
          "Ngày 11/12, Đảng ủy xã Dương Minh Châu tổ chức hội nghị sơ kết việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị năm 2025 và khen thưởng 14 tập thể, 26 cá nhân điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
          [("p", "Năm 2025, Đảng ủy xã đã chỉ đạo 36 chi bộ trực thuộc đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ thường kỳ; mỗi chi bộ đăng ký ít nhất một việc làm cụ thể, thiết thực như sửa đường giao thông nội đồng, trồng cây xanh, giúp hộ nghèo có sinh kế."),
           ("p", "Từ các phần việc đăng ký, Nhân dân trong xã đã đóng góp hơn 2,4 tỷ đồng, hiến 8.600 m2 đất để nâng cấp 14 tuyến đường; 46 hộ nghèo được hỗ trợ con giống, vốn sản xuất. Nhiều mô hình hay được nhân rộng như “Tuyến đường cờ hoa”, “Chi bộ không có đảng viên vi phạm”, “Tổ dân vận khéo”."),
           ("img", "/wp-content/uploads/2025/12/khen-thuong-dien-hinh-hoc-tap-bac.jpg", "Đồng chí Bí thư Đảng ủy xã trao giấy khen cho các tập thể điển hình"),
           ("p", "Trong số các điển hình được khen thưởng có ông Nguyễn Văn Sáu, 72 tuổi, ở ấp Phước Hội đã hiến hơn 500 m2 đất làm đường và vận động 12 hộ dân cùng hiến đất; chị Lê Thị Thùy, Chi hội trưởng Chi hội phụ nữ ấp Tân Định, người khởi xướng mô hình “Nuôi heo đất giúp hội viên nghèo”."),
           ("p", "Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã đề nghị các chi bộ tiếp tục gắn việc học tập và làm theo Bác với thực hiện nhiệm vụ chính trị ở địa phương, nhất là trong năm đầu thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030.")])
BY10 = "K.Linh - T.Nam"


def sah(d):
    return d.strftime("%d-%m-%Y")


def page10():
    pub = T("2025-12-12 16:20")
    site = "https://dangbo.duongminhchau.tayninh.gov.vn"
    url = f"{site}/2025/12/12/dang-uy-xa-duong-minh-chau-khen-thuong-40-tap-the-ca-nhan-dien-hinh-hoc-tap-va-lam-theo-bac/"

    def img(s, c, n):
        return f'<figure class="wp-block-image aligncenter size-large"><img decoding="async" width="900" height="600" src="{site}{s}" alt="" class="wp-image-{2310 + n}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rel = "".join(f'<div class="related-item"><div class="post-thumbnail"><a href="{site}/{slug(t)}/"><img src="{site}/wp-content/uploads/2025/11/{hexid(rng, 8)}-310x165.jpg" alt="" /></a></div><h3><a href="{site}/{slug(t)}/">{esc(t)}</a></h3><p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{sah(d)}</span></p></div>' for t, d in zip(rl[:3], rd))
        return (f'<article class="post-listing post-2310 post type-post status-publish format-standard has-post-thumbnail hentry category-thi-dua-khen-thuong" id="the-post">'
                f'<div class="single-post-thumb"><img width="660" height="330" src="{site}/wp-content/uploads/2025/12/hoi-nghi-so-ket-chi-thi-05-660x330.jpg" alt="" /></div>'
                f'<div class="post-inner"><h1 class="name post-title entry-title"><span itemprop="name">{esc(A10.title)}</span></h1>'
                f'<p class="post-meta"><span class="post-meta-author"><i class="fa fa-user"></i><a href="{site}/author/vanphongdanguy/" title="">Văn phòng Đảng ủy </a></span>'
                f'<span class="tie-date"><i class="fa fa-clock-o"></i>{sah(pub)}</span><span class="post-cats"><i class="fa fa-folder"></i><a href="{site}/category/thi-dua-khen-thuong/" rel="category tag">Thi đua - Khen thưởng</a></span>'
                f'<span class="post-comments"><i class="fa fa-comments"></i><a href="#respond">Để lại bình luận</a></span><span class="post-views"><i class="fa fa-eye"></i>287 Lượt xem</span></p><div class="clear"></div>'
                f'<div class="entry"><p><strong>{esc(A10.lead)}</strong></p>{A10.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}'
                f'<p style="text-align: right;"><strong>{esc(BY10)}</strong></p></div>'
                f'<div class="share-post"><span class="share-text">Chia sẻ</span><a href="#">Facebook</a> <a href="#">Zalo</a></div><div class="clear"></div></div></article>'
                f'<section id="related_posts"><div class="block-head"><h3>Bài viết liên quan</h3><div class="stripe-line"></div></div><div class="post-listing">{rel}</div></section>'
                f'<div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3></div></div>')

    crumbs = (f'<div xmlns:v="http://rdf.data-vocabulary.org/#" id="crumbs"><span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" class="crumbs-home" href="{site}"><i class="fa fa-home"></i>Trang chủ</a></span> '
              f'<span class="delimiter">/</span> <span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" href="{site}/category/thi-dua-khen-thuong/">Thi đua - Khen thưởng</a></span> '
              f'<span class="delimiter">/</span> <span class="current">{esc(A10.title)}</span></div>')

    def side(rng, pub_):
        ts = heads13(rng, 5, avoid=[A10.title])
        li = "".join(f'<li><div class="post-thumbnail"><a href="#"><img src="{site}/wp-content/uploads/2025/11/{hexid(rng, 8)}-110x75.jpg" alt="" /></a></div><h3><a href="#">{esc(t)}</a></h3><span class="tie-date"><i class="fa fa-clock-o"></i>{sah(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 20)))
        return (f'<div id="posts-list-widget-2" class="widget posts-list"><div class="widget-top"><h4>Tin mới</h4><div class="stripe-line"></div></div><div class="widget-container"><ul>{li}</ul></div></div>'
                '<div id="text-2" class="widget widget_text"><div class="widget-top"><h4>Lịch tiếp công dân</h4><div class="stripe-line"></div></div><div class="widget-container"><div class="textwidget"><p>Bí thư Đảng ủy xã tiếp công dân định kỳ vào sáng thứ Năm tuần thứ hai và thứ tư hằng tháng (ngày 18-12-2025, 25-12-2025).</p></div></div></div>'
                + poll("Bạn đánh giá thế nào về việc giải quyết thủ tục hành chính tại xã?", ["Hài lòng", "Bình thường", "Chưa hài lòng"], "widget poll"))

    def left(rng, pub_):
        now = pub_ + timedelta(days=6, hours=-6)
        return f'<span class="today-date">{wd(now)} , {now.day} {VI_MONTHS[now.month - 1]} {now.year}</span><div class="top-menu"><ul><li><a href="#">Giới thiệu</a></li><li><a href="#">Liên hệ</a></li></ul></div>'

    def top(rng, pub_):
        return '<h2 class="logo-title"><a title="Đảng bộ xã Dương Minh Châu" href="/"><img src="/wp-content/uploads/2025/07/logo-dang-bo-xa.png" alt="Đảng bộ xã Dương Minh Châu" /></a></h2>'

    head = (og(A10.title, url, {"article:published_time": "2025-12-12T16:20:41+07:00", "article:section": "Thi đua - Khen thưởng"})
            + "<link rel='stylesheet' id='tie-style-css' href='/wp-content/themes/sahifa/style.css' type='text/css' media='all' /><meta name=\"generator\" content=\"WordPress 6.8.3\" />"
            + "<script type='text/javascript'>var tie={\"mobile_menu_active\":\"true\",\"mobile_menu_top\":\"\",\"lightbox_all\":\"true\",\"lightbox_gallery\":\"true\",\"woocommerce_lightbox\":\"\",\"lightbox_skin\":\"dark\",\"lightbox_thumb\":\"vertical\",\"lightbox_arrows\":\"\",\"sticky_sidebar\":\"1\",\"is_singular\":\"1\",\"reading_indicator\":\"\",\"lang_no_results\":\"Kh\\u00f4ng c\\u00f3 k\\u1ebft qu\\u1ea3\",\"lang_results_found\":\"K\\u1ebft qu\\u1ea3 t\\u00ecm \\u0111\\u01b0\\u1ee3c\"};</script>")
    return page("s32-10", family="commune_party_wp_sahifa5_award_dd_mm_yyyy_date_only_initials_two_writers",
                name="tayninh-duongminhchau-dangbo-xa-wordpress-sahifa5-crumbs-ending-in-headline-h1-post-title-post-meta-office-account-tie-date-dd-mm-yyyy-bold-first-p-lead-wp-element-captions-bold-right-initial-names-dash",
                url=url, art=A10, main_fn=main, pub=pub, prefix="tie", kb=196,
                org="Đảng bộ xã Dương Minh Châu", addr="Ấp Phước Hội, xã Dương Minh Châu, tỉnh Tây Ninh", phone="0276.3875.114",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "sahifa", "head_extra": head, "title": A10.title + " | Đảng bộ xã Dương Minh Châu", "items": MENU_GOV, "left": left, "charset_meta": False,
                          "body_cls": "post-template-default single single-post postid-2310 single-format-standard lazy-enabled"},
                exp=expected(A10, isod(pub), author="K.Linh, T.Nam", category="Thi đua - Khen thưởng"),
                traps={"bylines": [BY10], "account": ["Văn phòng Đảng ủy"], "chrome": ["287 Lượt xem", "Để lại bình luận", "Bài viết liên quan", "Lịch tiếp công dân", "Bạn đánh giá thế nào về việc giải quyết thủ tục hành chính tại xã?"], "related": lambda rl: rl[:3]},
                notes="An ordinary AWARD ceremony on a commune Party committee's WordPress site with Sahifa 5 (TieLabs' older theme, still common: div#crumbs with RDFa, article.post-listing, h1.post-title, p.post-meta with span.post-meta-author / span.tie-date / span.post-cats / views, div.entry, 'Bài viết liên quan' cards). Stamp: span.tie-date '12-12-2025' → '2025-12-12', DATE ONLY (no <time>; og's 16:20:41 is metadata, not added: set 25); 'Tin mới' and the related cards print the same 'dd-mm-yyyy'; the top bar prints the crawl day in words ('Thứ Năm , 18 Tháng Mười Hai 2025'); the text names the meeting day (11/12); the reception days 18-12-2025 and 25-12-2025 are in a sidebar box. The post-meta author 'Văn phòng Đảng ủy' is the WordPress account (named after an office: an account, set 30). The writers sign bold right at the end with INITIALS fused to the names 'K.Linh - T.Nam' → author 'K.Linh, T.Nam' (kept as printed, no unit). Lead: the bold first paragraph. Captions: two block-editor figcaptions (the post thumbnail has none). Category: the crumb ends in the headline → 'Thi đua - Khen thưởng' (also post-cats).",
                readme="WordPress + Sahifa 5 (#crumbs ending in the headline, span.tie-date), Đảng ủy xã, an AWARD ceremony: 'dd-mm-yyyy' date only (lists alike, the top bar in words), an account named after an office, bold first paragraph (lead), block-editor figcaptions, two writers with initials 'K.Linh - T.Nam'")


# ===================================================================== 11 Hội NCT tỉnh Cao Bằng: Joomla 2.5 (beez_20-derived); a MEETING; 'Ngày tạo' / 'Ngày xuất bản' / 'Lần cập nhật cuối' (Joomla's article info); 'Viết bởi Administrator'; 'Name, unit' at the end
A11 = Art("Hội nghị Ban Chấp hành Hội Người cao tuổi tỉnh lần thứ năm, khóa VII",
          "Ngày 17/12, Ban Chấp hành Hội Người cao tuổi tỉnh khóa VII tổ chức hội nghị lần thứ năm để đánh giá kết quả công tác Hội và phong trào người cao tuổi năm 2025, bàn nhiệm vụ, giải pháp năm 2026.",
          [("p", "Năm 2025, các cấp Hội đã hoàn thành việc kiện toàn tổ chức Hội ở 56 xã, phường sau sắp xếp; phát triển thêm 1.240 hội viên, nâng tổng số hội viên toàn tỉnh lên hơn 61.000 người. Công tác chăm sóc, phát huy vai trò người cao tuổi có nhiều chuyển biến; 100% người cao tuổi từ đủ 75 tuổi trở lên được hưởng trợ cấp xã hội hằng tháng."),
           ("p", "Các cấp Hội đã tổ chức mừng thọ cho hơn 9.500 người cao tuổi ở tuổi 70, 75, 80, 85, 90 và trên 100 tuổi; vận động xây dựng Quỹ chăm sóc và phát huy vai trò người cao tuổi đạt 3,2 tỷ đồng. Toàn tỉnh duy trì 112 câu lạc bộ liên thế hệ tự giúp nhau với gần 5.000 thành viên."),
           ("img", "/images/stories/2025/12/hoi-nghi-bch-lan-5.jpg", "Quang cảnh Hội nghị Ban Chấp hành Hội Người cao tuổi tỉnh lần thứ năm"),
           ("p", "Hội nghị thống nhất các chỉ tiêu năm 2026: phát triển thêm 1.000 hội viên; mỗi xã, phường có ít nhất một câu lạc bộ liên thế hệ tự giúp nhau; vận động người cao tuổi tham gia tích cực cuộc bầu cử đại biểu Quốc hội và HĐND các cấp, gương mẫu trong xây dựng khu dân cư văn minh."),
           ("p", "Dịp này, Hội Người cao tuổi tỉnh trao Kỷ niệm chương “Vì sự nghiệp người cao tuổi Việt Nam” cho 8 cá nhân có nhiều đóng góp cho công tác Hội.")])
BY11 = "Đặng Hữu Phúc, Chi hội NCT tổ 5 phường Thục Phán"


def j25(d):
    return f"{wd(d, lower=True)}, {d.strftime('%d')} Tháng {d.month} {d.year} {hm(d)}"


def page11():
    created = T("2025-12-17 21:05")
    pub = T("2025-12-18 09:12")
    upd = T("2025-12-19 07:30")
    site = "https://hoinguoicaotuoi.caobang.gov.vn"
    url = f"{site}/index.php/tin-tuc/hoat-dong-cac-cap-hoi/412-hoi-nghi-ban-chap-hanh-hoi-nguoi-cao-tuoi-tinh-lan-thu-nam-khoa-vii"

    def img(s, c, n):
        return f'<p style="text-align: center;"><img src="{s}" width="550" height="366" alt="hoi-nghi" /></p><p style="text-align: center;"><span style="font-size: 8pt;"><em>{esc(c)}</em></span></p>'

    def main(rng, rl, rd):
        more = "".join(f'<li><a href="{site}/index.php/tin-tuc/hoat-dong-cac-cap-hoi/{rng.randint(300, 411)}-{slug(t)}">{esc(t)}</a></li>' for t in rl[:5])
        return (f'<div class="item-page"><h2><a href="{url}">{esc(A11.title)}</a></h2>'
                f'<ul class="actions"><li class="print-icon"><a href="#" title="In" rel="nofollow"><img src="/media/system/images/printButton.png" alt="In" /></a></li><li class="email-icon"><a href="#" title="E-mail"><img src="/media/system/images/emailButton.png" alt="E-mail" /></a></li></ul>'
                f'<dl class="article-info"><dt class="article-info-term">Chi tiết</dt><dd class="category-name">Danh mục: <a href="{site}/index.php/tin-tuc/hoat-dong-cac-cap-hoi">Hoạt động các cấp Hội</a></dd>'
                f'<dd class="create">Ngày tạo: {j25(created)}</dd><dd class="modified">Lần cập nhật cuối: {j25(upd)}</dd><dd class="published">Ngày xuất bản: {j25(pub)}</dd>'
                f'<dd class="createdby">Viết bởi Administrator</dd><dd class="hits">Lượt truy cập: 315</dd></dl>'
                f'<p><strong><em>{esc(A11.lead)}</em></strong></p>{A11.render(p=jp, img=img, sep="")}<p style="text-align: right;"><strong>{esc(BY11)}</strong></p>'
                f'<ul class="pagenav"><li class="pagenav-prev"><a href="#" rel="prev">&lt; Trước</a></li><li class="pagenav-next"><a href="#" rel="next">Tiếp theo &gt;</a></li></ul></div>'
                f'<div class="moduletable"><h3>Các tin khác</h3><ul class="relateditems">{more}</ul></div>')

    crumbs = ('<div class="breadcrumbs"><a href="/" class="pathway">Trang chủ</a> <img src="/media/system/images/arrow.png" alt="" /> <a href="/index.php/tin-tuc" class="pathway">Tin tức</a> '
              '<img src="/media/system/images/arrow.png" alt="" /> <span>Hoạt động các cấp Hội</span></div>')

    def side(rng, pub_):
        ts = heads13(rng, 5, avoid=[A11.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a><br /><span class="mod-articles-category-date">{j25(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 15)))
        return (f'<div class="moduletable"><h3>Tin mới nhất</h3><ul class="latestnews">{li}</ul></div>'
                '<div class="moduletable"><h3>Lời hay ý đẹp</h3><p><em>“Tuổi già càng phải cố gắng học tập, làm việc để làm gương cho con cháu.”</em></p></div>'
                + links_box(["Trung ương Hội NCT Việt Nam", "Báo Người cao tuổi", "Cổng TTĐT tỉnh Cao Bằng"], "Liên kết", "moduletable lk"))

    def left(rng, pub_):
        now = pub_ + timedelta(days=3, hours=-1)
        return f'<span class="today">{j25(now)}</span>'

    def top(rng, pub_):
        return '<a href="/"><img src="/templates/hoinct/images/logo.png" alt="Hội Người cao tuổi tỉnh Cao Bằng" /></a><h1 id="site-name">Hội Người cao tuổi tỉnh Cao Bằng</h1>'

    head = ('<meta name="generator" content="Joomla! - Open Source Content Management" /><meta name="author" content="Administrator" />'
            '<link rel="stylesheet" href="/templates/hoinct/css/template.css" type="text/css" /><script src="/media/system/js/mootools-core.js" type="text/javascript"></script>'
            '<script src="/media/system/js/core.js" type="text/javascript"></script><script src="/media/system/js/caption.js" type="text/javascript"></script>'
            '<script type="text/javascript">window.addEvent(\'load\', function() { new JCaption(\'img.caption\'); });</script>')
    return page("s32-11", family="elderly_association_joomla25_beez_derived_meeting_created_published_modified_name_comma_unit",
                name="caobang-hoinct-joomla25-beez20-derived-item-page-h2-title-site-name-h1-article-info-ngay-tao-lan-cap-nhat-cuoi-ngay-xuat-ban-viet-boi-administrator-bold-italic-first-p-lead-center-em-captions-name-comma-unit",
                url=url, art=A11, main_fn=main, pub=pub, prefix="beez", kb=124,
                org="Hội Người cao tuổi tỉnh Cao Bằng", addr="Số 8 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng", phone="0206.3852.317",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "j25", "head_extra": head, "title": A11.title, "items": MENU_MASS, "left": left},
                exp=expected(A11, iso(pub), updated=iso(upd), author="Đặng Hữu Phúc", unit="Chi hội NCT tổ 5 phường Thục Phán", category="Hoạt động các cấp Hội"),
                traps={"bylines": [BY11], "account": ["Viết bởi Administrator"], "creation": [f"Ngày tạo: {j25(created)}"], "chrome": ["Lượt truy cập: 315", "Tiếp theo >", "Các tin khác", "Tin mới nhất", "Lời hay ý đẹp"], "related": lambda rl: rl[:5]},
                notes="An ordinary association MEETING on a provincial elderly association's site still on Joomla 2.5 with a beez_20-derived template (div.item-page > h2 > a (the headline; the page's h1 is the SITE NAME in the header), ul.actions with print / e-mail icons, dl.article-info with every field the article manager can show: 'Danh mục:', 'Ngày tạo:', 'Lần cập nhật cuối:', 'Ngày xuất bản:', 'Viết bởi', 'Lượt truy cập:'; ul.pagenav; a 'Các tin khác' module). Joomla 2.5 prints 'l, d F Y H:i' with this language pack's month names 'Tháng 12': 'Ngày tạo: Thứ tư, 17 Tháng 12 2025 21:05' (the evening before — a creation stamp, not recorded: set 26), 'Ngày xuất bản: Thứ năm, 18 Tháng 12 2025 09:12' → published 2025-12-18T09:12:00+07:00, 'Lần cập nhật cuối: Thứ sáu, 19 Tháng 12 2025 07:30' → updated 2025-12-19T07:30:00+07:00. The header and 'Tin mới nhất' print the same shape; the text names the meeting day (17/12). 'Viết bởi Administrator' is an account. The writer signs bold right at the end 'Đặng Hữu Phúc, Chi hội NCT tổ 5 phường Thục Phán' → author + unit (' , ' separates writer and unit). Lead: the bold italic first paragraph. Captions: one centred small <em> line. Category: 'Danh mục: Hoạt động các cấp Hội' (label dropped; the crumb's last level agrees).",
                readme="Joomla 2.5 under a beez_20-derived template (h2 headline, the page h1 is the site name), Hội NCT tỉnh, a MEETING: dl.article-info with 'Ngày tạo' (creation, the evening before), 'Ngày xuất bản' and 'Lần cập nhật cuối' in Joomla's 'Thứ năm, 18 Tháng 12 2025 09:12' shape, 'Viết bởi Administrator', bold italic first paragraph (lead), 'Name, unit' at the end")


# ===================================================================== 12 Tỉnh ủy Thái Nguyên: the '.dcs.vn' platform's 2025 portal skin; a CONFERENCE; date and time in separate icon spans; a name in the meta row
A12 = Art("Hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội XIV của Đảng",
          "Sáng 4/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tiếp kết hợp trực tuyến đến 92 điểm cầu cấp xã để học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho cán bộ chủ chốt của tỉnh.",
          [("p", "Hơn 9.800 cán bộ, đảng viên tham dự hội nghị tại điểm cầu Tỉnh ủy và các điểm cầu xã, phường. Các đại biểu được nghe báo cáo viên Trung ương truyền đạt những nội dung cơ bản, cốt lõi của Báo cáo chính trị, Báo cáo tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng; Báo cáo tổng kết 40 năm đổi mới."),
           ("p", "Báo cáo viên phân tích những điểm mới trong mục tiêu phát triển đất nước đến năm 2030 và tầm nhìn đến năm 2045; yêu cầu nâng cao năng lực lãnh đạo, năng lực cầm quyền và sức chiến đấu của Đảng trong giai đoạn phát triển mới, gắn với vận hành hiệu quả chính quyền địa phương hai cấp."),
           ("img", "/Uploads/images/2026/3/hoi-nghi-quan-triet-nq-xiv.jpg", "Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy"),
           ("p", "Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng hoàn thành việc học tập, quán triệt Nghị quyết đến 100% chi bộ trước ngày 30/4/2026; xây dựng chương trình hành động cụ thể, có lộ trình, phân công rõ người, rõ việc, rõ thời hạn."),
           ("p", "Ngay sau hội nghị, các đảng bộ trực thuộc Tỉnh ủy tổ chức thảo luận tại điểm cầu, gắn nội dung Nghị quyết với nhiệm vụ chính trị của địa phương, đơn vị; người đứng đầu cấp ủy các cấp viết bài thu hoạch cá nhân.")])


def page12():
    pub = T("2026-03-05 07:50")
    site = "https://thainguyen.dcs.vn"
    url = f"{site}/chi-tiet/21874/hoi-nghi-hoc-tap-quan-triet-trien-khai-thuc-hien-nghi-quyet-dai-hoi-xiv-cua-dang.html"

    def img(s, c, n):
        return f'<figure class="image"><img src="{site}{s}" alt="{esc(c, True)}" class="img-fluid" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rel = "".join(f'<div class="col-md-6"><div class="card-news"><a href="{site}/chi-tiet/{rng.randint(20000, 21873)}/{slug(t)}.html"><img src="{site}/Uploads/thumb/{hexid(rng, 10)}.jpg" alt="" class="img-fluid" /></a><h3 class="card-title"><a href="#">{esc(t)}</a></h3><div class="card-date"><i class="bi bi-calendar3"></i> {dmy(d)}</div></div></div>' for t, d in zip(rl[:4], rd))
        return (f'<article class="detail-2025"><h1 class="detail-title">{esc(A12.title)}</h1>'
                f'<div class="detail-meta d-flex flex-wrap gap-3"><span class="meta-date"><i class="bi bi-calendar3"></i> {dmy(pub)}</span><span class="meta-time"><i class="bi bi-clock"></i> {hm(pub)}</span>'
                f'<span class="meta-author"><i class="bi bi-person"></i> Phạm Hằng</span><span class="meta-view"><i class="bi bi-eye"></i> 1.562</span></div>'
                f'<div class="detail-audio"><span class="label">Nghe bài viết</span><audio controls preload="none" src="/tts/2026/03/21874.mp3"></audio><span class="duration">06:42</span></div>'
                f'<div class="detail-sapo fw-bold">{esc(A12.lead)}</div><div class="detail-content">{A12.render(p=jp, img=img, sep="")}</div>'
                f'<div class="detail-tags"><span>Từ khóa:</span> <a href="#">Nghị quyết Đại hội XIV</a> <a href="#">học tập, quán triệt</a></div>'
                f'<div class="detail-share"><a href="#" class="btn-print">In</a> <a href="#" class="btn-fb">Chia sẻ</a></div></article>'
                f'<section class="related-2025"><h2 class="section-title">Tin cùng chuyên mục</h2><div class="row">{rel}</div></section>')

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc-c1.html">Tin tức</a></li>'
              '<li class="breadcrumb-item active" aria-current="page"><a href="/hoat-dong-cua-tinh-uy-c12.html">Hoạt động của Tỉnh ủy</a></li></ol></nav>')

    def side(rng, pub_):
        ts = heads13(rng, 6, avoid=[A12.title])
        li = "".join(f'<li class="list-group-item"><a href="#">{esc(t)}</a><div class="small text-muted"><i class="bi bi-calendar3"></i> {dmy(d)} <i class="bi bi-clock"></i> {hm(d)}</div></li>' for t, d in zip(ts, past(pub_, rng, 6, 0, 10)))
        return (f'<div class="side-box"><h3 class="side-title">Tin mới nhất</h3><ul class="list-group list-group-flush">{li}</ul></div>'
                '<div class="side-box chuyen-de"><h3 class="side-title">Chuyên đề</h3><a href="#"><img src="/Uploads/banner/nghi-quyet-dai-hoi-xiv.png" alt="Học tập Nghị quyết Đại hội XIV" class="img-fluid" /></a></div>'
                + vb_box(["Kế hoạch 08-KH/TU học tập, quán triệt Nghị quyết Đại hội XIV", "Hướng dẫn 15-HD/BTGDVTU viết bài thu hoạch"], "Văn bản mới", "side-box vb"))

    def left(rng, pub_):
        now = pub_ + timedelta(days=2, hours=1, minutes=22)
        return f'<span class="topbar-date"><i class="bi bi-calendar3"></i> {wd(now)}, {dmy(now)}</span><span class="topbar-hotline ms-auto">Đường dây nóng: 0208.3855.112</span>'

    def top(rng, pub_):
        return '<a href="/" class="brand"><img src="/Content/2025/images/logo-dang-bo-thai-nguyen.png" alt="Đảng bộ tỉnh Thái Nguyên" /></a><div class="brand-text">ĐẢNG BỘ TỈNH THÁI NGUYÊN</div>'

    head = (og(A12.title, url, {"og:description": A12.lead}) + '<link href="/Content/2025/css/bootstrap.min.css" rel="stylesheet" /><link href="/Content/2025/css/bootstrap-icons.css" rel="stylesheet" /><link href="/Content/2025/css/portal.css?v=20250915" rel="stylesheet" />'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A12.title, "datePublished": "2026-03-05T07:50:00+07:00", "author": {"@type": "Person", "name": "Phạm Hằng"}}))
    return page("s32-12", family="province_party_dcs_2025_portal_skin_conference_icon_split_date_time_meta_name",
                name="thainguyen-tinhuy-dcs-vn-2025-portal-skin-chi-tiet-id-slug-h1-detail-title-meta-calendar-icon-dd-mm-yyyy-clock-icon-hh-mm-person-icon-name-tts-audio-bold-sapo-figcaptions-crumb",
                url=url, art=A12, main_fn=main, pub=pub, prefix="dcs25", kb=165,
                org="Đảng bộ tỉnh Thái Nguyên", addr="Số 1 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.112",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dcs2025", "head_extra": head, "title": A12.title, "items": MENU_GOV, "left": left},
                exp=expected(A12, iso(pub), author="Phạm Hằng", category="Hoạt động của Tỉnh ủy"),
                traps={"player": ["Nghe bài viết", "06:42"], "chrome": ["1.562", "Từ khóa:", "Tin cùng chuyên mục", "Tin mới nhất", "Chuyên đề", "Đường dây nóng: 0208.3855.112"], "related": lambda rl: rl[:4]},
                notes="An ordinary CONFERENCE on a Tỉnh ủy portal after the '.dcs.vn' platform's 2025 re-skin for the merged provinces (Bootstrap 5 and Bootstrap Icons, /chi-tiet/<id>/<slug>.html instead of DetailView, article.detail-2025, a text-to-speech AUDIO player 'Nghe bài viết' with its duration — a real <audio>, not a hidden text copy —, 'Tin cùng chuyên mục' cards; sets 28–31 had DetailView ×2, the '-c<id>.html' portal, the sub-site skin and the topic site). The meta row prints the date and the time in SEPARATE icon spans — '(calendar) 05/03/2026', '(clock) 07:50' — then '(person) Phạm Hằng' and '(eye) 1.562' → published 2026-03-05T07:50:00+07:00 (one stamp split over two spans, as set 27's split stamp); the topbar prints the crawl day, 'Tin mới nhất' the same two icon spans, the cards a date only; the player's '06:42' is a duration; the text names the conference day (4/3) and the deadline 30/4/2026. Author: the unlabelled name in the meta row (set 27) → 'Phạm Hằng'. Lead: the bold detail-sapo. Captions: one figcaption. Category: crumb 'Trang chủ › Tin tức › Hoạt động của Tỉnh ủy' → 'Hoạt động của Tỉnh ủy'.",
                readme="the '.dcs.vn' platform's 2025 portal skin (Bootstrap 5, /chi-tiet/<id>/<slug>.html, a TTS audio player), Tỉnh ủy, a CONFERENCE: date and time in separate icon spans '05/03/2026' '07:50' (lists alike), an unlabelled name with a person icon in the meta row, bold sapo, a figcaption, a player duration '06:42'")


# ===================================================================== 13 UBND xã Bắc Sơn (Lạng Sơn): the VHV CMS, the Article-News-Detail-default template; an INSPECTION; 'Ngày đăng: 21/01/2026 10:25:33 AM'; 'Name - unit' italic right
A13 = Art("Kiểm tra công tác phòng cháy, chữa cháy rừng mùa khô 2025 - 2026 tại các thôn vùng cao",
          "Ngày 20/1, Đoàn kiểm tra của UBND xã Bắc Sơn do đồng chí Hoàng Văn Thắng, Phó Chủ tịch UBND xã làm trưởng đoàn đã kiểm tra công tác phòng cháy, chữa cháy rừng mùa khô 2025 - 2026 tại các thôn Nà Lay, Khuổi Cuồng và Rọ Phải.",
          [("p", "Xã Bắc Sơn hiện có hơn 6.200 ha rừng, trong đó trên 2.000 ha là rừng thông và rừng keo thuộc diện có nguy cơ cháy cao vào mùa khô. Ngay từ tháng 11/2025, UBND xã đã kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng, xây dựng phương án theo phương châm “bốn tại chỗ”, thành lập 14 tổ đội quần chúng bảo vệ rừng ở các thôn."),
           ("p", "Qua kiểm tra, các thôn đã bố trí chòi canh lửa, biển báo cấm lửa tại các vị trí xung yếu; tổ chức ký cam kết bảo vệ rừng với 100% hộ gia đình nhận khoán; dụng cụ chữa cháy như bàn dập lửa, máy thổi gió, can đựng nước được chuẩn bị đầy đủ."),
           ("img", "/Upload/BacSon/2026/01/kiem-tra-pccc-rung.jpg", "Đoàn kiểm tra khảo sát đường băng cản lửa tại thôn Khuổi Cuồng"),
           ("p", "Đoàn đề nghị các thôn tiếp tục tuyên truyền để người dân không đốt nương, đốt thực bì khi chưa được phép, nhất là trong những ngày nắng nóng kéo dài; duy trì trực 24/24 giờ tại chòi canh trong cao điểm từ tháng 2 đến tháng 4/2026; phối hợp chặt chẽ với lực lượng kiểm lâm và công an xã."),
           ("p", "Đoàn cũng đã kiểm tra thực tế việc phát dọn đường băng cản lửa tại thôn Khuổi Cuồng và đề nghị hoàn thành trước ngày 10/2/2026.")])
BY13 = "Hoàng Duy - Trung tâm Phục vụ hành chính công xã Bắc Sơn"


def ampm(d):
    h = d.hour % 12 or 12
    return f"{dmy(d)} {h:02d}:{d.strftime('%M:%S')} {'AM' if d.hour < 12 else 'PM'}"


def page13():
    pub = T("2026-01-21 10:25:33")
    site = "https://bacson.langson.gov.vn"
    url = f"{site}/tin-tuc/kiem-tra-cong-tac-phong-chay-chua-chay-rung-mua-kho-2025-2026-tai-cac-thon-vung-cao.html"

    def img(s, c, n):
        return f'<div class="image-center" style="text-align:center"><img src="{s}" alt="" /><div class="caption-image"><em>{esc(c)}</em></div></div>'

    def main(rng, rl, rd):
        oid = hexid(rng, 24)
        others = "".join(f'<div class="item-other"><a href="{site}/tin-tuc/{slug(t)}.html" title="{esc(t, True)}">{esc(t)}</a> <span class="date-other">({dmy(d)})</span></div>' for t, d in zip(rl[:6], rd))
        return (f'<div class="Article-News-Detail-default"><h1 class="title-news">{esc(A13.title)}</h1>'
                f'<div class="info-news"><span class="date-news">Ngày đăng: {ampm(pub)}</span><span class="view-news"> | Lượt xem: 211</span>'
                f'<span class="tools-news"><a href="javascript:void(0)" onclick="printArticle(\'{oid}\')">In bài</a> <a href="javascript:void(0)" onclick="zoomText(1)">A+</a> <a href="javascript:void(0)" onclick="zoomText(-1)">A-</a></span></div>'
                f'<div class="desc-news"><strong>{esc(A13.lead)}</strong></div><div class="content-news">{A13.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><em>{esc(BY13)}</em></p></div>'
                f'<div class="other-news"><div class="title-other">Tin khác</div>{others}</div></div>')

    crumbs = ('<ul class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc-su-kien"><span itemprop="name">Tin tức - Sự kiện</span></a><meta itemprop="position" content="2" /></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc-su-kien/tin-trong-xa"><span itemprop="name">Tin trong xã</span></a><meta itemprop="position" content="3" /></li></ul>')

    def left(rng, pub_):
        tt = ["Đăng ký khai sinh", "Chứng thực bản sao", "Đăng ký kết hôn", "Cấp giấy phép xây dựng nhà ở riêng lẻ"]
        return ('<div class="box-left"><div class="title-box">Thủ tục hành chính</div><ul>' + "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in tt) + '</ul></div>'
                '<div class="box-left"><div class="title-box">Cảnh báo cháy rừng</div><p>Cấp dự báo cháy rừng hôm nay: <b>Cấp III</b> (nguy hiểm)</p></div>')

    def side(rng, pub_):
        docs = [("45/QĐ-UBND", "08/01/2026", "Quyết định kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng xã"), ("12/KH-UBND", "15/01/2026", "Kế hoạch tuyên truyền bảo vệ rừng năm 2026")]
        dl = "".join(f'<li><span class="so-vb">{n}</span> ngày {d}<br /><a href="#">{esc(t)}</a></li>' for n, d, t in docs)
        return (side_std(rng, pub_, "Tin mới", fmt=ampm, cls="box-right tin-moi")
                + f'<div class="box-right van-ban"><div class="title-box">Văn bản mới</div><ul>{dl}</ul></div>'
                + poll("Ông/bà đánh giá thế nào về chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã?", ["Rất hài lòng", "Hài lòng", "Chưa hài lòng"], "box-right poll"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=1, hours=4, minutes=2)
        return (f'<div class="banner-xa"><img src="/Upload/BacSon/banner.png" alt="Cổng thông tin điện tử xã Bắc Sơn" /></div>'
                f'<div class="clock-xa">{wd(now)}, {ampm(now)}</div>')

    head = ('<link rel="stylesheet" href="/3rdparty/bootstrap/css/bootstrap.min.css" /><link rel="stylesheet" href="/Style/templatesotc/xa/style.css" />'
            '<script>var VHV={"siteId":"5f2b7c81e2a4d914a8b0c611","lang":"vi","moduleDetail":"Article.News.Detail.default","cdn":"/"};</script>')
    return page("s32-13", family="commune_portal_vhv_article_news_detail_default_inspection_am_seconds_dash_unit",
                name="langson-bacson-xa-vhv-cms-article-news-detail-default-h1-title-news-ngay-dang-dd-mm-yyyy-hh-mm-ss-am-bold-desc-news-lead-caption-image-em-italic-right-name-dash-unit-breadcrumblist",
                url=url, art=A13, main_fn=main, pub=pub, prefix="vhvx", kb=138,
                org="Cổng thông tin điện tử xã Bắc Sơn", addr="Thôn Đồng Tiến, xã Bắc Sơn, tỉnh Lạng Sơn", phone="0205.3837.222",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "vhv_default", "head_extra": head, "title": A13.title, "items": MENU_GOV, "left": left},
                exp=expected(A13, iso(pub), author="Hoàng Duy", unit="Trung tâm Phục vụ hành chính công xã Bắc Sơn", category="Tin trong xã"),
                traps={"bylines": [BY13], "chrome": ["Lượt xem: 211", "In bài", "Tin khác", "Thủ tục hành chính", "Cảnh báo cháy rừng", "Cấp dự báo cháy rừng hôm nay"], "related": lambda rl: rl[:5]},
                notes="An ordinary INSPECTION on a commune portal run by the VHV CMS, the item shown by its DEFAULT article template 'Article.News.Detail.default' (div.Article-News-Detail-default > h1.title-news, div.info-news, div.desc-news, div.content-news, 'Tin khác'; ModuleWrapper / moduleRootId wrappers; sets 28, 30 and 31 had layout types 2 and 1 and the video detail). Stamp: 'Ngày đăng: 21/01/2026 10:25:33 AM' → 2026-01-21T10:25:33+07:00 (English AM read as set 29 reads it, printed seconds kept: set 13); the header clock (the crawl moment) and 'Tin mới' print the same shape; 'Tin khác' prints '(dd/mm/yyyy)'; the text names the inspection day (20/1), the peak season (tháng 2 đến tháng 4/2026) and a deadline (10/2/2026); 'Văn bản mới' prints document days. Lead: the bold desc-news. Captions: one div.caption-image <em>. Byline: italic right at the end 'Hoàng Duy - Trung tâm Phục vụ hành chính công xã Bắc Sơn' → author + unit. Category: BreadcrumbList 'Trang chủ › Tin tức - Sự kiện › Tin trong xã' → 'Tin trong xã'.",
                readme="the VHV CMS's DEFAULT article template (Article-News-Detail-default), a commune portal, an INSPECTION: 'Ngày đăng: 21/01/2026 10:25:33 AM' (English AM with seconds; header clock and 'Tin mới' alike), bold desc-news (lead), a caption-image <em>, an italic right 'Name - unit', BreadcrumbList crumb 'Tin trong xã'")


# ===================================================================== 14 Báo và PT-TH Quảng Ngãi: the press CMS's AMP page; a WORKING VISIT; TWIST: every machine date (og, JSON-LD, the AMP analytics config) is the item's CREATION time, three days before the printed stamp
A14 = Art("Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Trà Bồng",
          "(QNg) - Sáng 11/1, đồng chí Bí thư Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Đảng ủy xã Trà Bồng về tình hình thực hiện nhiệm vụ chính trị năm 2025, phương hướng năm 2026 và việc vận hành chính quyền địa phương hai cấp.",
          [("p", "Báo cáo tại buổi làm việc, Bí thư Đảng ủy xã Trà Bồng cho biết, năm 2025 tốc độ tăng giá trị sản xuất của xã đạt 9,2%; thu ngân sách trên địa bàn vượt 18% dự toán; tỷ lệ hộ nghèo giảm còn 11,4%. Sau sáu tháng vận hành mô hình chính quyền hai cấp, Trung tâm Phục vụ hành chính công xã đã tiếp nhận hơn 7.300 hồ sơ, giải quyết đúng hạn 98,7%."),
           ("p", "Tuy vậy, xã còn gặp khó khăn về hạ tầng giao thông đến các thôn vùng cao, thiếu cán bộ có chuyên môn về đất đai, xây dựng và công nghệ thông tin; một số trụ sở làm việc xuống cấp."),
           ("img", "/uploads/2026/01/bi-thu-lam-viec-tra-bong.jpg", "Bí thư Tỉnh ủy phát biểu kết luận buổi làm việc"),
           ("p", "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy ghi nhận những kết quả xã đạt được trong bối cảnh vừa hợp nhất đơn vị hành chính; đề nghị Đảng ủy xã tập trung phát triển kinh tế rừng, cây quế gắn với chế biến sâu và du lịch cộng đồng; rà soát, sắp xếp, sử dụng hiệu quả trụ sở dôi dư; chăm lo đời sống đồng bào Cor."),
           ("p", "Về các kiến nghị của xã, đồng chí Bí thư Tỉnh ủy giao các sở, ngành liên quan nghiên cứu, tham mưu UBND tỉnh xem xét hỗ trợ kinh phí nâng cấp tuyến đường đến thôn Trà Lãnh và bổ sung biên chế công chức chuyên môn trong quý I/2026."),
           ("img", "/uploads/2026/01/tham-vuon-que-tra-bong.jpg", "Đoàn công tác thăm mô hình trồng quế gắn với du lịch cộng đồng")])
BY14 = "Bài, ảnh: THANH NHỊ"


def pressd(d):
    return f"{wd(d)}, {dmy(d)} - {hm(d)}"


def page14():
    pub = T("2026-01-12 08:30")
    created = T("2026-01-09 16:45")
    site = "https://baoquangngai.vn"
    canon = f"{site}/chinh-tri/202601/bi-thu-tinh-uy-lam-viec-voi-ban-thuong-vu-dang-uy-xa-tra-bong-4e1a9c7/"
    url = f"{site}/amp/chinh-tri/202601/bi-thu-tinh-uy-lam-viec-voi-ban-thuong-vu-dang-uy-xa-tra-bong-4e1a9c7/"
    rng = random.Random("s32-14")
    rl = heads13(rng, 6, avoid=[A14.title])
    rd = past(pub, rng, 6, 0, 10)

    def img(s, c, n):
        return (f'<figure class="amp-fig"><amp-img src="{site}{s}" width="800" height="533" layout="responsive" alt="{esc(c, True)}"></amp-img>'
                f'<figcaption class="fig-cap">{esc(c)}</figcaption></figure>')

    nav = menu(rng, cls="amp-menu", items=MENU_NEWS)
    rel = "".join(f'<li class="rel-item"><a href="{site}/amp/chinh-tri/202601/{slug(t)}-{hexid(rng, 7)}/"><amp-img src="{site}/uploads/thumb/{hexid(rng, 10)}.jpg" width="120" height="80" layout="fixed" alt=""></amp-img><span class="rel-title">{esc(t)}</span></a><span class="rel-time">{pressd(d)}</span></li>' for t, d in zip(rl[:5], rd))
    most = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in heads13(rng, 5, avoid=[A14.title] + rl))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canon, "headline": A14.title, "description": A14.lead,
          "image": [site + "/uploads/2026/01/bi-thu-lam-viec-tra-bong.jpg"], "datePublished": iso(created), "dateModified": iso(created),
          "author": {"@type": "Person", "name": "Thanh Nhị"}, "publisher": {"@type": "Organization", "name": "Báo và Phát thanh, Truyền hình Quảng Ngãi", "logo": {"@type": "ImageObject", "url": site + "/assets/logo-amp.png"}}}
    analytics = {"vars": {"gaid": "G-" + alnum(rng, 10).upper(), "articleId": "4e1a9c7", "category": "chinh-tri", "publishDate": iso(created), "author": "thanhnhi"},
                 "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}}}
    now = pub + timedelta(days=1, hours=5, minutes=40)
    html = f"""<!doctype html>
<html ⚡ lang="vi">
<head><meta charset="utf-8" /><title>{esc(A14.title)} - Báo Quảng Ngãi</title>
<link rel="canonical" href="{canon}" /><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1" />
<meta property="og:type" content="article" /><meta property="og:title" content="{esc(A14.title, True)}" /><meta property="og:url" content="{canon}" />
<meta property="article:published_time" content="{iso(created)}" /><meta property="article:modified_time" content="{iso(created)}" /><meta name="pubdate" content="{iso(created)}" />
{jsonld(ld)}
<script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script><script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{css(rng, "amp", 60)}</style><!--PAD-->
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{dump(analytics)}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav class="amp-sidebar-nav">{nav}</nav></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle" class="amp-burger" aria-label="Menu">☰</button><a href="{site}/" class="amp-logo"><amp-img src="{site}/assets/logo-amp.png" width="190" height="36" alt="Báo Quảng Ngãi"></amp-img></a><span class="amp-today">{wd(now)}, {dmy(now)}</span></header>
<main class="amp-main"><article class="amp-article">
<div class="amp-cate"><a href="{site}/amp/chinh-tri/">Chính trị</a></div>
<h1 class="amp-title">{esc(A14.title)}</h1>
<div class="amp-meta"><span class="amp-author">{esc(BY14)}</span> <span class="amp-time">{pressd(pub)}</span></div>
<h2 class="amp-sapo">{esc(A14.lead)}</h2>
<div class="amp-body">{A14.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}</div>
<div class="amp-share"><amp-social-share type="facebook" data-param-app_id="1429"></amp-social-share><amp-social-share type="zalo" data-param-url="{canon}"></amp-social-share></div>
<a class="amp-full" href="{canon}">Xem phiên bản đầy đủ</a>
</article>
<section class="amp-related"><h3>Tin liên quan</h3><ul>{rel}</ul></section>
<section class="amp-most"><h3>Đọc nhiều</h3><ol>{most}</ol></section></main>
<footer class="amp-footer">{footer("Báo và Phát thanh, Truyền hình Quảng Ngãi", "Số 99 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi", "0255.3822.334")}<p>Giấy phép số 412/GP-BVHTTDL ngày 26/6/2025.</p></footer>
</body>
</html>
"""
    html = pad(html, rng, 104, "amp")
    return mk("press_agency_amp_article_creation_time_in_every_machine_date",
              "quangngai-bao-pttt-press-cms-amp-page-amp-cate-chinh-tri-h1-amp-title-bai-anh-capitals-thu-dd-mm-yyyy-hh-mm-h2-sapo-agency-prefix-figcaptions-og-jsonld-analytics-all-creation-time",
              url, html,
              expected(A14, iso(pub), author="THANH NHỊ", photographer="THANH NHỊ", category="Chính trị"),
              {"bylines": [BY14], "chrome": ["Xem phiên bản đầy đủ", "Tin liên quan", "Đọc nhiều", "Giấy phép số 412/GP-BVHTTDL ngày 26/6/2025."], "related": rl[:5]},
              "TWIST (every machine date is the CREATION time). An ordinary WORKING VISIT on the AMP version of a merged provincial press agency's article (/amp/<cat>/<yyyymm>/<slug>-<7hex>/, html ⚡, amp-img, amp-sidebar, amp-analytics; the canonical is the desktop page). The page PRINTS 'Thứ Hai, 12/01/2026 - 08:30' under the headline → published 2026-01-12T08:30:00+07:00. Every machine-readable date on the page — og article:published_time and modified_time, meta pubdate, JSON-LD datePublished and dateModified, and the amp-analytics config's publishDate — is '2026-01-09T16:45:00+07:00': the CMS fills them from the record's CREATION time (the draft was opened on Friday evening, published on Monday morning), not from its publication. An extractor that prefers JSON-LD or og (a common and usually safe choice) stores Friday 16:45, three days early, with no sign of trouble; the URL's '202601' agrees with both. Rules: a machine time is used only when it agrees with the printed day (conventions), and a printed stamp is the item's publication; the machine date here agrees with nothing printed → not used. The header prints the crawl day ('Thứ Ba, 13/01/2026'); 'Tin liên quan' prints the stamp's own shape; the text names the visit day (11/1, the day BEFORE publication) and 'quý I/2026'. Lead: the h2 sapo with its agency prefix '(QNg) - ' kept (set 27). Captions: two figcaptions. Byline: 'Bài, ảnh: THANH NHỊ' in the meta row → author and photographer 'THANH NHỊ' (capitals kept). Category: the category link 'Chính trị' above the headline.",
              "TWIST — a press agency's AMP page (html ⚡, amp-img), a WORKING VISIT: the printed 'Thứ Hai, 12/01/2026 - 08:30' is the publication, while og, meta pubdate, JSON-LD datePublished/dateModified and the amp-analytics publishDate ALL carry the CREATION time '2026-01-09T16:45:00+07:00' (three days early); h2 sapo with '(QNg) - ', figcaptions, 'Bài, ảnh: NAME IN CAPITALS' in the meta row, the category link 'Chính trị'")


# ===================================================================== 15 Ủy ban MTTQ Việt Nam TP Đà Nẵng: Umbraco 13; a CONFERENCE; TWIST: the <article> element closes after the headline, meta and sapo — the text follows OUTSIDE it
A15 = Art("Hội nghị hiệp thương lần thứ nhất về bầu cử đại biểu HĐND thành phố nhiệm kỳ 2026 - 2031",
          "Sáng 9/12, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố tổ chức Hội nghị hiệp thương lần thứ nhất để thỏa thuận về cơ cấu, thành phần, số lượng người của các cơ quan, tổ chức, đơn vị được giới thiệu ứng cử đại biểu HĐND thành phố khóa X, nhiệm kỳ 2026 - 2031.",
          [("p", "Dự hội nghị có đại diện Thường trực Thành ủy, Thường trực HĐND, UBND thành phố, Ủy ban bầu cử thành phố cùng đại diện 42 tổ chức thành viên của Mặt trận và các cơ quan, tổ chức, đơn vị ở thành phố."),
           ("p", "Theo dự kiến của Thường trực HĐND thành phố, tổng số đại biểu HĐND thành phố khóa X được bầu là 85 người. Trong đó, số đại biểu hoạt động chuyên trách chiếm khoảng 35%; phấn đấu đại biểu là phụ nữ đạt từ 35% trở lên, đại biểu trẻ dưới 40 tuổi từ 15% trở lên, đại biểu ngoài Đảng từ 10% trở lên."),
           ("h", "Bảo đảm dân chủ, đúng luật"),
           ("p", "Các đại biểu tập trung thảo luận, cho ý kiến về cơ cấu, thành phần, số lượng người được giới thiệu ứng cử; bảo đảm tỷ lệ hợp lý giữa các khu vực sau khi hợp nhất đơn vị hành chính, có đại diện của công nhân, nông dân, trí thức, doanh nhân, đồng bào dân tộc thiểu số ở các xã miền núi."),
           ("img", "/media/4kxd2mfq/hiep-thuong-lan-1.jpg", "Quang cảnh Hội nghị hiệp thương lần thứ nhất"),
           ("p", "Kết quả, hội nghị thống nhất 96 người được giới thiệu ứng cử đại biểu HĐND thành phố; trong đó, cơ quan, tổ chức, đơn vị ở thành phố giới thiệu 58 người, cấp xã giới thiệu 38 người."),
           ("p", "Phát biểu kết luận, đồng chí Chủ tịch Ủy ban MTTQ Việt Nam thành phố đề nghị các cơ quan, tổ chức, đơn vị căn cứ kết quả hiệp thương lựa chọn, giới thiệu người ứng cử bảo đảm tiêu chuẩn, đúng cơ cấu, gửi hồ sơ về Ủy ban bầu cử thành phố đúng thời gian quy định.")])
BY15 = "Bài: Minh Quân | Ảnh: Xuân Lộc"


def page15():
    pub = T("2025-12-09 11:05")
    site = "https://mattran.danang.gov.vn"
    url = f"{site}/tin-tuc/hoat-dong-mat-tran/hoi-nghi-hiep-thuong-lan-thu-nhat-bau-cu-dai-bieu-hdnd-thanh-pho/"

    def img(s, c, n):
        return f'<figure class="umb-block-image"><img src="{s}?width=820&amp;format=webp" alt="{esc(c, True)}" loading="lazy" /><figcaption class="umb-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rel = "".join(f'<li class="related-card"><a href="{site}/tin-tuc/hoat-dong-mat-tran/{slug(t)}/">{esc(t)}</a><time datetime="{d.strftime("%Y-%m-%dT%H:%M:%S")}">{dmy(d)} {hm(d)}</time></li>' for t, d in zip(rl[:5], rd))
        body = A15.render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f"<h2>{esc(t)}</h2>", img=img, sep="")
        return (f'<article class="news-article" itemscope itemtype="https://schema.org/NewsArticle">'
                f'<header class="news-article__header"><p class="news-article__tag"><a href="{site}/tin-tuc/hoat-dong-mat-tran/">Hoạt động Mặt trận</a></p>'
                f'<h1 class="news-article__title" itemprop="headline">{esc(A15.title)}</h1>'
                f'<div class="news-article__meta"><time datetime="{pub.strftime("%Y-%m-%dT%H:%M:%S")}" itemprop="datePublished">{dmy(pub)} {hm(pub)}</time>'
                f'<span class="news-article__byline">{esc(BY15)}</span></div></header>'
                f'<p class="news-article__lead" itemprop="description"><strong>{esc(A15.lead)}</strong></p></article>'
                f'<div class="news-body rte">{body}</div>'
                f'<div class="news-share"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#" onclick="window.print()">In bài</a></div>'
                f'<section class="related"><h2 class="related__title">Tin cùng chuyên mục</h2><ul>{rel}</ul></section>')

    crumbs = ('<nav class="breadcrumbs" aria-label="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li>'
              '<li><a href="/tin-tuc/hoat-dong-mat-tran/">Hoạt động Mặt trận</a></li></ol></nav>')

    def side(rng, pub_):
        elec = T("2026-03-15 07:00")
        return (f'<div class="aside-box countdown"><h3>Bầu cử 2026</h3><p>Ngày bầu cử: Chủ nhật, 15/3/2026 — còn {(elec - pub_).days} ngày</p>'
                '<ul><li>Hiệp thương lần thứ hai: trước ngày 04/02/2026</li><li>Hiệp thương lần thứ ba: trước ngày 13/02/2026</li></ul></div>'
                + side_std(rng, pub_, "Tin mới", fmt=lambda d: f"{dmy(d)} {hm(d)}", cls="aside-box tin-moi")
                + '<div class="aside-box hotline"><h3>Tiếp nhận phản ánh</h3><p>Đường dây nóng Mặt trận: 0236.3822.505</p></div>')

    def top(rng, pub_):
        now = pub_ + timedelta(days=1, hours=-2, minutes=7)
        return (f'<div class="container header-inner"><a href="/" class="logo"><img src="/media/logo/logo-mttq-danang.svg" alt="Ủy ban MTTQ Việt Nam thành phố Đà Nẵng" /></a>'
                f'<div class="header-date">{wd(now)}, {dmy(now)}</div></div>')

    head = (og(A15.title, url, {"og:description": A15.lead}) + '<link rel="stylesheet" href="/css/site.min.css?v=13.5.2" /><meta name="generator" content="Umbraco CMS 13" />'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A15.title, "datePublished": "2025-12-09T11:05:00+07:00", "articleBody": A15.lead}))
    return page("s32-15", family="front_committee_umbraco13_conference_article_element_closes_before_text",
                name="danang-mttq-umbraco13-razor-block-list-article-closes-after-header-and-lead-text-outside-article-h1-time-no-offset-dd-mm-yyyy-hh-mm-bai-pipe-anh-byline-h2-subheading-figcaption-crumb",
                url=url, art=A15, main_fn=main, pub=pub, prefix="umb", kb=142,
                org="Ủy ban MTTQ Việt Nam thành phố Đà Nẵng", addr="Số 42 đường Bạch Đằng, phường Hải Châu, thành phố Đà Nẵng", phone="0236.3822.505",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "umbraco13", "head_extra": head, "title": A15.title + " | Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng", "items": MENU_MASS, "charset_meta": False},
                exp=expected(A15, iso(pub), author="Minh Quân", photographer="Xuân Lộc", category="Hoạt động Mặt trận"),
                traps={"bylines": [BY15], "countdown": ["Ngày bầu cử: Chủ nhật, 15/3/2026", "Hiệp thương lần thứ hai: trước ngày 04/02/2026"], "chrome": ["Chia sẻ:", "Tin cùng chuyên mục", "Tiếp nhận phản ánh"], "related": lambda rl: rl[:5]},
                notes="TWIST (the <article> element closes before the text). An ordinary CONFERENCE on a city Fatherland Front committee's site built on Umbraco 13 (ASP.NET Core, a vendor's Razor views and Block List partials, media under /media/<id>/ with ImageSharp query strings). The vendor's 'ArticleHeader' partial opens <article class='news-article' itemscope itemtype=NewsArticle> and CLOSES it after the tag, the h1, the meta and the lead; the text partial ('news-body rte': six paragraphs, an <h2> sub-heading, a figure) is rendered AFTER </article>, as a sibling, then the share bar and the related list. An extractor that trusts the HTML5 <article> (or the NewsArticle itemscope) as the article's boundary stores the sapo as the whole text — seven paragraphs lost, no error; JSON-LD's articleBody (the sapo again) agrees with that wrong reading. Expected: lead = the bold sapo; body = the sapo + every paragraph of div.news-body in page order, the <h2> sub-heading 'Bảo đảm dân chủ, đúng luật' included (NEW (set 32): the text is what the page prints as the item's text, wherever the markup's containers end). Stamp: <time datetime='2025-12-09T11:05:00'> (no offset) '09/12/2025 11:05' → 2025-12-09T11:05:00+07:00 from the printed stamp. Byline: 'Bài: Minh Quân | Ảnh: Xuân Lộc' → author 'Minh Quân', photographer 'Xuân Lộc'. Captions: one figcaption. Category: crumb 'Trang chủ › Tin tức › Hoạt động Mặt trận' → 'Hoạt động Mặt trận' (also the tag link above the h1). Decoys: the header day, the election box (15/3/2026 and the consultation deadlines), 'Tin mới' and the related list in the stamp's shape, the conference day (9/12) in the sapo.",
                readme="TWIST — Umbraco 13 (vendor Razor views), Ủy ban MTTQ thành phố, a CONFERENCE: the <article> (itemscope NewsArticle) CLOSES after the tag, h1, meta and sapo; the text (with an <h2> sub-heading and a figure) follows OUTSIDE it; '09/12/2025 11:05' in a <time> without offset, 'Bài: A | Ảnh: B', an election countdown box")


# ===================================================================== 16 Đảng bộ Công ty CP Dệt may Huế: Sitecore XM 10.3 + SXA; a quarterly CONFERENCE of an enterprise Party committee; '02.03.2026 15:15'; an office signature (unit only)
A16 = Art("Đảng bộ Công ty sơ kết công tác Đảng quý I và phát động thi đua “Năng suất - Chất lượng - Tiết kiệm”",
          "Chiều 2/3, Đảng ủy Công ty Cổ phần Dệt may Huế tổ chức hội nghị sơ kết công tác xây dựng Đảng và lãnh đạo thực hiện nhiệm vụ sản xuất, kinh doanh hai tháng đầu năm, triển khai nhiệm vụ tháng 3 và quý II năm 2026.",
          [("p", "Hai tháng đầu năm, dù thời gian sản xuất bị rút ngắn do nghỉ Tết Nguyên đán, doanh thu của Công ty vẫn đạt 386 tỷ đồng, tăng 11% so với cùng kỳ; kim ngạch xuất khẩu đạt 14,6 triệu USD; thu nhập bình quân của người lao động đạt 10,2 triệu đồng/người/tháng. Các đơn hàng sợi và hàng may mặc đã được ký kết đủ đến hết quý III/2026."),
           ("p", "Đảng ủy đã chỉ đạo 12 chi bộ trực thuộc tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ Công ty nhiệm kỳ 2025 - 2030; kết nạp 5 đảng viên mới là công nhân trực tiếp sản xuất, tổ trưởng, chuyền trưởng."),
           ("img", "/-/media/project/huegatex/tin-tuc/2026/03/so-ket-quy-1.jpg", "Đồng chí Bí thư Đảng ủy, Tổng Giám đốc Công ty phát biểu tại hội nghị"),
           ("p", "Tại hội nghị, Đảng ủy, Ban Tổng Giám đốc và Công đoàn Công ty phát động đợt thi đua “Năng suất - Chất lượng - Tiết kiệm” từ tháng 3 đến hết tháng 6/2026; các nhà máy, chuyền may đăng ký chỉ tiêu tăng năng suất từ 5% trở lên, giảm tỷ lệ hàng lỗi xuống dưới 1,5%."),
           ("p", "Phát biểu kết luận, đồng chí Bí thư Đảng ủy yêu cầu các chi bộ gắn sinh hoạt chi bộ với nhiệm vụ sản xuất của từng đơn vị; phát huy vai trò tiên phong của đảng viên trên dây chuyền; chăm lo đời sống, bữa ăn ca, nhà trọ cho công nhân.")])
BY16 = "Phòng Tổ chức - Hành chính"


def page16():
    pub = T("2026-03-02 15:15")
    site = "https://huegatex.com.vn"
    url = f"{site}/vi/tin-tuc/hoat-dong-dang-doan-the/dang-bo-cong-ty-so-ket-cong-tac-dang-quy-i-2026"

    def img(s, c, n):
        return (f'<div class="component image file-type-icon-media-link"><div class="component-content"><img src="{s}?h=560&amp;w=840&amp;hash={hexid(random.Random(s), 32).upper()}" alt="{esc(c, True)}" />'
                f'<span class="image-caption field-imagedescription">{esc(c)}</span></div></div>')

    def main(rng, rl, rd):
        rt = lambda t: f'<p>{esc(t)}</p>'
        rel = "".join(f'<li class="item"><div class="field-title"><a href="{site}/vi/tin-tuc/hoat-dong-dang-doan-the/{slug(t)}">{esc(t)}</a></div><div class="field-date">{d.strftime("%d.%m.%Y")}</div></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="component page-content"><div class="component-content">'
                f'<div class="component title"><div class="component-content"><h1 class="field-title">{esc(A16.title)}</h1></div></div>'
                f'<div class="component date"><div class="component-content"><span class="field-date">{pub.strftime("%d.%m.%Y")} {hm(pub)}</span></div></div>'
                f'<div class="component rich-text intro"><div class="component-content"><p class="lead">{esc(A16.lead)}</p></div></div>'
                f'<div class="component rich-text"><div class="component-content">{A16.render(p=rt, img=img, sep="")}<p style="text-align:right"><strong>{esc(BY16)}</strong></p></div></div>'
                f'</div></div><div class="component link-list related-news"><div class="component-content"><h3>Tin liên quan</h3><ul>{rel}</ul></div></div>')

    crumbs = ('<ol><li class="breadcrumb-item home"><div class="navigation-title field-navigationtitle"><a href="/vi">Trang chủ</a></div><span class="separator">/</span></li>'
              '<li class="breadcrumb-item"><div class="navigation-title field-navigationtitle"><a href="/vi/tin-tuc">Tin tức</a></div><span class="separator">/</span></li>'
              '<li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle"><a href="/vi/tin-tuc/hoat-dong-dang-doan-the">Hoạt động Đảng - Đoàn thể</a></div></li></ol>')

    def side(rng, pub_):
        ts = heads13(rng, 4, avoid=[A16.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a> <span class="field-date">{d.strftime("%d.%m.%Y")} {hm(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 4, 1, 12)))
        return (f'<div class="component promo stock"><div class="component-content"><h3>Cổ phiếu HDM</h3><p>31.800 đồng <span class="up">+0,6%</span></p><p class="small">Cập nhật lúc 15:00 02.03.2026</p></div></div>'
                f'<div class="component link-list"><div class="component-content"><h3>Tin mới</h3><ul>{li}</ul></div></div>'
                '<div class="component promo events"><div class="component-content"><h3>Sự kiện</h3><p>Hội chợ Vietnam Textile &amp; Garment Expo: 08 - 10/4/2026</p><p>Đại hội đồng cổ đông thường niên 2026: 24/4/2026</p></div></div>')

    def top(rng, pub_):
        return ('<div class="component image logo"><div class="component-content"><a href="/vi"><img src="/-/media/project/huegatex/logo.png" alt="Công ty Cổ phần Dệt may Huế" /></a></div></div>'
                '<div class="component language-selector"><div class="component-content"><a href="/vi" class="active">VI</a> | <a href="/en">EN</a></div></div>')

    head = ('<meta name="generator" content="Sitecore Experience Manager 10.3" /><link href="/-/media/base-themes/core-libraries/styles/optimized-min.css?t=20250911" rel="stylesheet" />'
            '<link href="/-/media/themes/huegatex/huegatex/styles/pre-optimized-min.css?t=20251106" rel="stylesheet" />'
            + og(A16.title, url, {"og:description": A16.lead, "og:site_name": "Huegatex"})
            + '<script type="text/javascript">var XA = XA || {}; XA.component = XA.component || {}; window.sxaSiteName = "huegatex"; window.sxaLanguage = "vi";</script>')
    return page("s32-16", family="enterprise_party_sitecore_xm103_sxa_quarterly_conference_dotted_stamp_office_signature",
                name="hue-huegatex-dang-bo-cong-ty-sitecore-xm-10-3-sxa-page-content-title-h1-field-title-field-date-dd-mm-yyyy-dotted-hh-mm-rich-text-intro-lead-image-caption-field-imagedescription-office-signature-unit-only",
                url=url, art=A16, main_fn=main, pub=pub, prefix="sxa", kb=176,
                org="Công ty Cổ phần Dệt may Huế", addr="Số 122 đường Dương Thiệu Tước, phường Thủy Dương, thành phố Huế", phone="0234.3864.337",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "sitecore", "head_extra": head, "title": A16.title + " - Huegatex", "items": MENU_MASS, "charset_meta": True},
                exp=expected(A16, iso(pub), unit=BY16, category="Hoạt động Đảng - Đoàn thể"),
                traps={"bylines": [BY16], "chrome": ["Cổ phiếu HDM", "Cập nhật lúc 15:00 02.03.2026", "Tin liên quan", "Hội chợ Vietnam Textile & Garment Expo: 08 - 10/4/2026"], "related": lambda rl: rl[:5]},
                notes="An ordinary quarterly CONFERENCE of an enterprise Party committee, published on the company's corporate site built on Sitecore XM 10.3 with SXA (renderings as div.component > div.component-content: title with h1.field-title, date with span.field-date, two rich-text components (an 'intro' one holding the lead), image components with span.image-caption.field-imagedescription, link-lists; /-/media/ URLs; a VI | EN selector). Stamp: span.field-date '02.03.2026 15:15' (dotted day.month.year and a time) → 2026-03-02T15:15:00+07:00; the sidebar's 'Tin mới' prints the same shape, 'Tin liên quan' the date only; a stock box prints 'Cập nhật lúc 15:00 02.03.2026' (the share price's time, not the item's: a widget); the events box prints April 2026 days; the text names the conference day (2/3). Lead: the intro component's p.lead (not bold, printed larger by the theme). Captions: one field-imagedescription. Byline: the last line of the text, bold right, 'Phòng Tổ chức - Hành chính' (the company's department) → an office signature: unit only, author null (set 26). Category: the SXA breadcrumb 'Trang chủ / Tin tức / Hoạt động Đảng - Đoàn thể' → 'Hoạt động Đảng - Đoàn thể'.",
                readme="Sitecore XM 10.3 + SXA (component / component-content renderings), an enterprise's Đảng bộ Công ty on the company site, a quarterly CONFERENCE: dotted '02.03.2026 15:15', an intro rich-text (lead, not bold), field-imagedescription caption, an office signature 'Phòng Tổ chức - Hành chính' (unit only), a share-price box 'Cập nhật lúc 15:00 02.03.2026'")


# ===================================================================== 17 Đảng ủy Trường Đại học (Hà Nội): Kentico Xperience 13; an ADMISSION of new Party members; TWIST: the CMS's sub-headline printed as a <small> INSIDE the headline's h1
A17 = Art("Kết nạp 24 đảng viên là sinh viên ưu tú",
          "Ngày 9/4, Đảng ủy Trường Đại học Khoa học Xã hội và Nhân văn tổ chức Lễ kết nạp đảng viên cho 24 sinh viên ưu tú thuộc 9 chi bộ sinh viên, nâng tổng số đảng viên được kết nạp từ đầu năm học 2025 - 2026 lên 61 đồng chí.",
          [("p", "24 quần chúng được kết nạp đều là sinh viên năm thứ ba, năm thứ tư, có kết quả học tập từ loại giỏi trở lên, tích cực tham gia hoạt động Đoàn, Hội và các chương trình tình nguyện. Nhiều em đạt giải cao trong các cuộc thi nghiên cứu khoa học sinh viên cấp Bộ, cấp Đại học Quốc gia."),
           ("p", "Thay mặt các đảng viên mới, sinh viên Nguyễn Thị Thu Trang, Khoa Lịch sử, bày tỏ niềm vinh dự và hứa sẽ không ngừng rèn luyện, học tập, giữ gìn phẩm chất đạo đức của người đảng viên, xứng đáng với sự tin tưởng của chi bộ và nhà trường."),
           ("img", "/getmedia/7b1f0c2e-3c5a-4d9e-9f1a-0d2c8e4b6a11/ket-nap-dang-vien-sinh-vien.jpg", "Các đảng viên mới tuyên thệ dưới cờ Đảng"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy nhà trường chúc mừng các đảng viên mới và đề nghị các chi bộ phân công đảng viên chính thức giúp đỡ, theo dõi quá trình phấn đấu trong thời gian dự bị; gắn việc rèn luyện của đảng viên sinh viên với nhiệm vụ học tập, nghiên cứu khoa học."),
           ("p", "Năm học 2025 - 2026, Đảng ủy nhà trường đặt mục tiêu kết nạp từ 90 đảng viên trở lên, trong đó sinh viên chiếm trên 70%; duy trì lớp bồi dưỡng nhận thức về Đảng cho sinh viên ưu tú mỗi học kỳ.")])
SUB17 = "Lễ kết nạp được tổ chức tại Nhà tưởng niệm Chủ tịch Hồ Chí Minh ở Khu di tích K9"
BY17A, BY17U = "ThS. Lê Thu Hằng", "Văn phòng Đảng ủy"


def kx(d):
    return f"{d.day}/{d.month}/{d.year} - {d.hour}h{d.strftime('%M')}"


def page17():
    pub = T("2026-04-10 09:20")
    upd = T("2026-04-11 14:05")
    site = "https://dangbo.ussh.edu.vn"
    url = f"{site}/tin-tuc/cong-tac-dang/ket-nap-24-dang-vien-la-sinh-vien-uu-tu"

    def img(s, c, n):
        return f'<figure class="kx-figure"><img src="{s}?width=800" alt="" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rel = "".join(f'<div class="card-related"><a href="{site}/tin-tuc/cong-tac-dang/{slug(t)}">{esc(t)}</a><div class="card-date">{kx(d)}</div></div>' for t, d in zip(rl[:4], rd))
        return (f'<div class="article-detail"><h1 class="article-title">{esc(A17.title)}<small class="article-subtitle">{esc(SUB17)}</small></h1>'
                f'<div class="article-info"><span class="published">Xuất bản: {kx(pub)}</span> <span class="sep">·</span> <span class="updated">Cập nhật lần cuối: {kx(upd)}</span></div>'
                f'<p class="perex"><strong>{esc(A17.lead)}</strong></p><div class="article-text">{A17.render(p=jp, img=img, sep="")}</div>'
                f'<div class="author-card"><span class="label">Tác giả:</span> <span class="name">{BY17A}</span> - <span class="unit">{BY17U}</span></div></div>'
                f'<div class="related-articles"><h2>Bài viết khác</h2>{rel}</div>')

    crumbs = ('<nav class="kx-breadcrumbs"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <a href="/tin-tuc/cong-tac-dang">Công tác Đảng</a></nav>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=kx, cls="kx-widget tin-moi")
                + '<div class="kx-widget lich"><h3>Lịch sinh hoạt</h3><ul><li>Lớp bồi dưỡng nhận thức về Đảng khóa 62: 20/4/2026</li><li>Hội nghị sơ kết công tác Đảng học kỳ II: 28/5/2026</li></ul></div>'
                + links_box(["Đảng ủy Đại học Quốc gia Hà Nội", "Báo điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản"], "Liên kết", "kx-widget lk"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=3, hours=-1)
        return (f'<div class="container d-flex"><a href="/" class="kx-logo"><img src="/Content/images/logo-dang-bo-truong.svg" alt="Đảng bộ Trường Đại học Khoa học Xã hội và Nhân văn" /></a>'
                f'<span class="kx-today">Hà Nội, {wd(now)} {dmy(now)}</span></div>')

    head = (og(A17.title, url, {"og:description": A17.lead}) + '<link href="/Content/css/site.min.css?v=13.0.148" rel="stylesheet" /><meta name="generator" content="Kentico Xperience 13" />'
            + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A17.title, "alternativeHeadline": SUB17, "datePublished": "2026-04-10T09:20:00+07:00", "dateModified": "2026-04-11T14:05:00+07:00"})
            + '<style>.article-subtitle{display:block;font-size:1.125rem;font-weight:400;margin-top:.5rem;color:#555}</style>')
    return page("s32-17", family="university_party_kentico13_admission_subtitle_small_inside_h1",
                name="hanoi-dangbo-truong-dh-kentico-xperience13-breadcrumbs-cong-tac-dang-h1-article-title-with-small-subtitle-inside-xuat-ban-d-m-yyyy-h-hmm-cap-nhat-lan-cuoi-bold-perex-lead-figcaption-tac-gia-degree-name-dash-unit",
                url=url, art=A17, main_fn=main, pub=pub, prefix="kx", kb=128,
                org="Đảng bộ Trường Đại học Khoa học Xã hội và Nhân văn", addr="Số 336 đường Nguyễn Trãi, phường Thanh Xuân, thành phố Hà Nội", phone="024.3858.3799",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "kentico", "head_extra": head, "title": A17.title + " - Đảng bộ Trường Đại học Khoa học Xã hội và Nhân văn", "items": MENU_MASS},
                exp=expected(A17, iso(pub), updated=iso(upd), author=BY17A, unit=BY17U, category="Công tác Đảng"),
                traps={"subtitle": [SUB17], "bylines": ["Tác giả:"], "chrome": ["Bài viết khác", "Lịch sinh hoạt", "Lớp bồi dưỡng nhận thức về Đảng khóa 62: 20/4/2026"], "related": lambda rl: rl[:4]},
                notes="TWIST (a sub-headline INSIDE the headline element). An ordinary ADMISSION of new Party members on a university Party committee's site built on Kentico Xperience 13 (ASP.NET Core MVC, page builder sections, /getmedia/<guid>/ media; the article page type has a 'Tiêu đề phụ' (sub-headline) field next to the headline and a 'perex'). The template prints the sub-headline as a <small class='article-subtitle'> INSIDE the h1: <h1 class='article-title'>Kết nạp 24 đảng viên là sinh viên ưu tú<small …>Lễ kết nạp được tổ chức tại …</small></h1>; the page's own CSS turns the <small> into a block line under the headline in a smaller, lighter font. The h1's text content is the headline and the sub-headline run together (no space between them in the DOM) — an extractor taking the h1's text stores a title of 130 characters ending in the place of the ceremony. The <title>, og:title and JSON-LD 'headline' are the headline alone (JSON-LD names the sub-headline 'alternativeHeadline'). Expected: title = 'Kết nạp 24 đảng viên là sinh viên ưu tú'; the sub-headline is neither title, lead nor body (NEW (set 32): like a kicker or genre label, set 27; set 28's stamp in the h1 is the precedent for parts of the h1 that are not the headline). Stamps: 'Xuất bản: 10/4/2026 - 9h20' (unpadded day, month and hour; 'h' between hour and minute) → 2026-04-10T09:20:00+07:00; 'Cập nhật lần cuối: 11/4/2026 - 14h05' → updated 2026-04-11T14:05:00+07:00; 'Tin mới' and the related cards print the same shape; the header prints the crawl day; the sidebar prints April–May 2026 events. Lead: the bold perex. Captions: one figcaption. Author card after the text: 'Tác giả: ThS. Lê Thu Hằng - Văn phòng Đảng ủy' → author 'ThS. Lê Thu Hằng' (degree kept), unit 'Văn phòng Đảng ủy'. Category: crumb 'Trang chủ / Tin tức / Công tác Đảng' → 'Công tác Đảng'.",
                readme="TWIST — Kentico Xperience 13, Đảng ủy of a university (Hà Nội), an ADMISSION of new Party members: the CMS's sub-headline printed as a <small> INSIDE the h1 (a block line by CSS; the h1's text = headline + sub-headline run together); 'Xuất bản: 10/4/2026 - 9h20' + 'Cập nhật lần cuối: 11/4/2026 - 14h05', bold perex (lead), a figcaption, 'Tác giả: ThS. Name - unit' in an author card")


# ===================================================================== 18 Tỉnh đoàn Hưng Yên: Statamic 4 (Antlers, Tailwind); the launch of the YOUTH MONTH; 'yyyy-mm-dd HH:MM' + 'Sửa lần cuối'; 'Name — unit' with an EM DASH
A18 = Art("Ra quân Tháng Thanh niên năm 2026 với chủ đề “Thanh niên tiên phong chuyển đổi số”",
          "Sáng 1/3, tại Quảng trường Nguyễn Văn Linh, Ban Thường vụ Tỉnh đoàn tổ chức Lễ ra quân Tháng Thanh niên năm 2026 với chủ đề “Thanh niên tiên phong chuyển đổi số, tình nguyện vì cộng đồng”, thu hút hơn 2.000 đoàn viên, thanh niên tham gia.",
          [("p", "Trong Tháng Thanh niên, các cơ sở Đoàn trong tỉnh tập trung thực hiện các công trình, phần việc như: ra quân làm sạch môi trường, trồng 20.000 cây xanh; hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng định danh điện tử; tổ chức Ngày hội việc làm cho thanh niên nông thôn; hiến máu tình nguyện."),
           ("p", "Điểm nhấn của Tháng Thanh niên năm nay là chương trình “Mỗi đoàn viên là một hướng dẫn viên số”, với mục tiêu 100% đoàn viên thành thạo ít nhất 5 dịch vụ công trực tuyến thiết yếu và hướng dẫn cho ít nhất 3 người dân."),
           ("img", "/assets/tin-tuc/2026/03/ra-quan-thang-thanh-nien.jpg", "Đoàn viên thanh niên hướng dẫn người dân cài đặt ứng dụng định danh điện tử"),
           ("p", "Ngay sau lễ ra quân, hơn 500 đoàn viên, thanh niên đã tỏa về 12 xã, phường để hướng dẫn người dân thực hiện thủ tục trên Cổng dịch vụ công quốc gia, làm sạch các tuyến đường và trao 100 suất quà cho thiếu nhi có hoàn cảnh khó khăn."),
           ("p", "Tháng Thanh niên năm 2026 cũng là dịp các cơ sở Đoàn thi đua lập thành tích chào mừng 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026).")])
BY18A, BY18U = "Đỗ Minh Khoa", "Ban Phong trào Tỉnh đoàn"


def iso_sp(d):
    return d.strftime("%Y-%m-%d %H:%M")


def page18():
    pub = T("2026-03-01 20:10")
    upd = T("2026-03-02 08:30")
    site = "https://tinhdoanhungyen.vn"
    url = f"{site}/tin-tuc/ra-quan-thang-thanh-nien-nam-2026"

    def img(s, c, n):
        return f'<figure class="my-6"><img src="{s}" alt="" class="w-full rounded" /><figcaption class="text-sm text-gray-600 mt-2 text-center">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rel = "".join(f'<li class="py-2 border-b"><a class="hover:underline" href="{site}/tin-tuc/{slug(t)}">{esc(t)}</a><div class="text-xs text-gray-500">{iso_sp(d)}</div></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="prose max-w-none"><div class="not-prose mb-3"><a href="{site}/tin-tuc/chu-de/phong-trao-thanh-nien" class="inline-block bg-red-100 text-red-800 text-xs px-2 py-1 rounded">Phong trào thanh niên</a></div>'
                f'<h1 class="text-3xl font-bold leading-tight">{esc(A18.title)}</h1>'
                f'<div class="not-prose flex flex-wrap gap-4 text-sm text-gray-500 my-3"><span>Đăng: {iso_sp(pub)}</span><span>Sửa lần cuối: {iso_sp(upd)}</span><span>4 phút đọc</span></div>'
                f'<p class="text-xl text-gray-700 font-medium">{esc(A18.lead)}</p>{A18.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}'
                f'<div class="not-prose mt-6 border-t pt-4 text-right"><span class="font-semibold">{BY18A}</span> — <span class="italic">{BY18U}</span></div></article>'
                f'<section class="mt-10"><h2 class="text-xl font-bold mb-3">Tin liên quan</h2><ul>{rel}</ul></section>')

    crumbs = ('<nav class="text-sm text-gray-500 mb-4" aria-label="Breadcrumb"><a href="/" class="hover:underline">Trang chủ</a> › <a href="/tin-tuc" class="hover:underline">Tin tức</a> › '
              '<a href="/tin-tuc/chu-de/phong-trao-thanh-nien" class="hover:underline">Phong trào thanh niên</a></nav>')

    def side(rng, pub_):
        ts = heads13(rng, 5, avoid=[A18.title])
        li = "".join(f'<li class="py-2"><a href="#">{esc(t)}</a><div class="text-xs text-gray-500">{iso_sp(d)}</div></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 14)))
        anniv = T("2026-03-26 00:00")
        return (f'<div class="bg-white shadow rounded p-4"><h3 class="font-bold mb-2">Tin mới</h3><ul>{li}</ul></div>'
                f'<div class="bg-red-50 rounded p-4"><h3 class="font-bold mb-2">95 năm Ngày thành lập Đoàn</h3><p>Còn {(anniv - pub_).days + 1} ngày đến 26/3/2026</p></div>'
                '<div class="bg-white shadow rounded p-4"><h3 class="font-bold mb-2">Lịch hoạt động</h3><ul><li>07/3/2026: Ngày hội việc làm thanh niên</li><li>22/3/2026: Ngày Chủ nhật xanh</li></ul></div>')

    def top(rng, pub_):
        now = pub_ + timedelta(days=2, hours=-11)
        return (f'<div class="max-w-6xl mx-auto px-4 py-3 flex items-center justify-between"><a href="/" class="flex items-center gap-3"><img src="/assets/logo-doan.svg" alt="" class="h-12" /><span class="font-bold text-lg">Tỉnh đoàn Hưng Yên</span></a>'
                f'<span class="text-sm">{iso_sp(now)}</span></div>')

    head = (og(A18.title, url, {"og:description": A18.lead, "article:published_time": "2026-03-01T13:10:00+00:00", "article:modified_time": "2026-03-02T01:30:00+00:00"})
            + '<link rel="stylesheet" href="/build/assets/site-4c7e1a2b.css" /><meta name="generator" content="Statamic" />'
            + '<script type="module" src="/build/assets/site-9d3f0b7e.js"></script>')
    return page("s32-18", family="youth_union_statamic4_youth_month_iso_like_stamps_em_dash_byline",
                name="hungyen-tinhdoan-statamic4-antlers-tailwind-chip-h1-dang-yyyy-mm-dd-hh-mm-sua-lan-cuoi-reading-time-text-xl-lead-figcaptions-name-em-dash-italic-unit-crumb",
                url=url, art=A18, main_fn=main, pub=pub, prefix="stm", kb=116,
                org="Tỉnh đoàn Hưng Yên", addr="Số 2 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.133",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "statamic", "head_extra": head, "title": A18.title + " | Tỉnh đoàn Hưng Yên", "items": MENU_MASS, "charset_meta": False},
                exp=expected(A18, iso(pub), updated=iso(upd), author=BY18A, unit=BY18U, category="Phong trào thanh niên"),
                traps={"reading_time": ["4 phút đọc"], "countdown": ["ngày đến 26/3/2026"], "chrome": ["Tin liên quan", "Lịch hoạt động", "07/3/2026: Ngày hội việc làm thanh niên"], "related": lambda rl: rl[:5]},
                notes="The ordinary launch of the YOUTH MONTH on a provincial youth union's site built on Statamic 4 (Laravel; Antlers templates, Tailwind; a 'tin-tuc' collection with a 'chu-de' taxonomy, Bard text with figures). Stamps in the meta row, ISO-like 'Y-m-d H:i': 'Đăng: 2026-03-01 20:10' → published 2026-03-01T20:10:00+07:00 and 'Sửa lần cuối: 2026-03-02 08:30' → updated 2026-03-02T08:30:00+07:00 (og's UTC times agree after conversion; metadata only). '4 phút đọc' is a reading time (set 31). The header prints the crawl moment in the same shape, 'Tin mới' and 'Tin liên quan' too; the sidebar counts down to 26/3/2026 and lists March events; the text names the launch day (1/3). Lead: the first paragraph in a larger font (p.text-xl, the entry's excerpt field). Captions: two figcaptions. Byline after the text, right: 'Đỗ Minh Khoa — Ban Phong trào Tỉnh đoàn' with an EM DASH (U+2014) → author + unit (NEW (set 32): an em dash separates like set 31's en dash). Category: the taxonomy chip 'Phong trào thanh niên' (the crumb's last level agrees).",
                readme="Statamic 4 (Antlers, Tailwind), Tỉnh đoàn, the launch of the YOUTH MONTH: ISO-like 'Đăng: 2026-03-01 20:10' + 'Sửa lần cuối: 2026-03-02 08:30' (header and lists alike), '4 phút đọc', a text-xl excerpt (lead), figcaptions, 'Name — unit' with an EM DASH, a taxonomy chip")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
