"""Set 26 pages 1-9: agencies and stacks sets 1-25 did not use (a Ban Tuyên giáo và Dân vận on WordPress + Jannah, a Hội
LHPN on Drupal 7 + Bootstrap 3, a Báo tỉnh on a Spring Boot + Thymeleaf newsroom, a Ban Nội chính on DNN 9 + EasyDNNnews,
a Hội Cựu chiến binh on CodeIgniter 3, a Bộ CHQS tỉnh on a Viettel-like Liferay 7.0 portal, a Liên đoàn Lao động on
django CMS 3, a Công an tỉnh on classic ASP, an Đảng ủy xã on Google Sites), with the emphasis on BYLINES, UNITS,
PHOTOGRAPHERS and CAPTIONS in new shapes. Pages 1, 2, 3 and 5 carry one TWIST each: a book's 'Tác giả:' line in a book
review's info box, a gallery printed twice (desktop slideshow + mobile copy), a caption-shaped body paragraph after a
caption-less infographic, and a 'Ngày tạo' (creation) stamp printed before the 'Ngày đăng' stamp."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads7, past, expected, slug, dump, hexid, alnum, b64blob, pad
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og, mk
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, side_std, vb_box, crumb

WP_MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín",
             "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
NET_MONTHS = ["Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín",
              "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]  # .NET vi-VN DateTimeFormatInfo.MonthNames


def wp_vi(d):
    """WordPress vi 'j F, Y'."""
    return f"{d.day} {WP_MONTHS[d.month - 1]}, {d.year}"


def head_top(cls, logo, alt, days=1, hours=0, style="weekday", tick="Tin mới", fmt=dmy, extra=""):
    def top(rng, pub):
        today = pub + timedelta(days=days, hours=hours)
        return (f'<div class="{cls}-banner"><img src="{logo}" alt="{esc(alt, True)}" />{clock(today, style, cls + "-today")}</div>{extra}'
                + ticker(rng, heads7(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], fmt, tick, cls + "-ticker"))
    return top


def right_bold(t):
    return f'<p style="text-align:right"><strong>{esc(t)}</strong></p>'


def right_em(t):
    return f'<p style="text-align:right"><em>{esc(t)}</em></p>'


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


# ===================================================================== 1 Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Giang: WordPress + Jannah; a BOOK REVIEW whose info box prints the BOOK's 'Tác giả:' line (TWIST)
BOOK1 = "Xây dựng Đảng về đạo đức trong giai đoạn mới - Lý luận và thực tiễn"
A1 = Art("Cuốn sách bổ ích về xây dựng Đảng về đạo đức trong giai đoạn mới",
         f"Cuốn sách “{BOOK1}” do Nhà xuất bản Chính trị quốc gia Sự thật ấn hành cuối năm 2024 là tài liệu tham khảo bổ ích cho cán bộ, đảng viên, nhất là đội ngũ làm công tác xây dựng Đảng ở cơ sở.",
         [("p", "Sách dày 412 trang, gồm lời giới thiệu, ba chương và phần phụ lục, do tập thể các nhà khoa học biên soạn trên cơ sở kết quả một đề tài khoa học cấp bộ được nghiệm thu năm 2023. Cách trình bày ngắn gọn, có nhiều ví dụ thực tiễn nên dễ đọc, dễ vận dụng."),
          ("p", "Chương thứ nhất làm rõ những vấn đề lý luận về đạo đức cách mạng và xây dựng Đảng về đạo đức theo tư tưởng Hồ Chí Minh; phân tích quan điểm của Đảng từ Hội nghị Trung ương 4 khóa XI, khóa XII đến Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII."),
          ("p", "Chương thứ hai đánh giá thực trạng xây dựng Đảng về đạo đức từ năm 2016 đến nay. Các tác giả ghi nhận nhiều chuyển biến tích cực trong tu dưỡng, rèn luyện của cán bộ, đảng viên, đồng thời chỉ ra những biểu hiện suy thoái còn diễn biến phức tạp, nhất là bệnh thành tích, tâm lý ngại va chạm và lợi ích nhóm."),
          ("img", "/wp-content/uploads/2025/04/bia-sach-xay-dung-dang-ve-dao-duc.jpg", f"Bìa cuốn sách “{BOOK1}”"),
          ("p", "Chương thứ ba đề xuất năm nhóm giải pháp, trong đó nhấn mạnh việc cụ thể hóa chuẩn mực đạo đức thành quy định có thể đo lường được cho từng chức danh; phát huy vai trò giám sát của Nhân dân và của Mặt trận Tổ quốc; gắn nêu gương của người đứng đầu với trách nhiệm giải trình."),
          ("p", "Điểm đáng chú ý của cuốn sách là phần phụ lục giới thiệu 24 mô hình, cách làm hay của các địa phương về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Nhiều mô hình có thể áp dụng ngay trong sinh hoạt chi bộ như “Mỗi tháng một việc làm nêu gương”, “Chi bộ tự soi, tự sửa”."),
          ("p", "Trong bối cảnh toàn Đảng đang tiến hành đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV, cuốn sách giúp cấp ủy cơ sở có thêm tư liệu để chuẩn bị nội dung sinh hoạt chuyên đề và công tác nhân sự."),
          ("p", "Cuốn sách hiện có tại Phòng Đọc tổng hợp và hệ thống thư viện lưu động của Thư viện tỉnh Bắc Giang; bạn đọc có thể mượn đọc tại chỗ hoặc đăng ký mượn về nhà theo quy định.")])
BOX1 = ["THÔNG TIN SÁCH", f"Tên sách: {BOOK1}", "Tác giả: PGS.TS. Hoàng Minh Đức (chủ biên) - Học viện Chính trị khu vực I",
        "Nhà xuất bản: Chính trị quốc gia Sự thật", "Năm xuất bản: 2024", "Số trang: 412 trang, khổ 16 x 24 cm"]
BYLINE1 = "ThS. Lương Thị Hạnh - Thư viện tỉnh Bắc Giang"


def page01():
    pub = T("2025-04-12 14:05")
    upd = T("2025-04-15 09:40")

    def main(rng, rl, rd):
        body = A1.render(p=lambda t: f"<p>{esc(t)}</p>",
                         img=lambda s, c, n: (f'<figure class="wp-block-image aligncenter size-large"><img decoding="async" width="560" height="800" src="{s}" alt="" class="wp-image-{18200 + n}" />'
                                              f'<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'))
        box = ('<div class="book-info-box" style="border:1px solid #b71c1c;padding:12px 16px;margin:16px 0;background:#fff8f6">'
               f'<h4 style="color:#b71c1c">{esc(BOX1[0])}</h4>'
               + "".join(f'<p><strong>{esc(x.split(": ", 1)[0])}:</strong> {esc(x.split(": ", 1)[1])}</p>' for x in BOX1[1:]) + '</div>')
        relh = "".join(f'<div class="related-item"><a href="/{slug(t)}/" class="post-thumb"><img src="/wp-content/uploads/2025/03/{hexid(rng, 10)}-220x150.jpg" alt="" /></a>'
                       f'<h3 class="post-title"><a href="/{slug(t)}/">{esc(t)}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{wp_vi(d)}</span></div></div>' for t, d in zip(rl[:4], rd))
        return (f'<article id="the-post" class="container-wrapper post-content tie-standard">'
                f'<header class="entry-header-outer"><div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-14" href="/chuyen-muc/tu-lieu/gioi-thieu-sach/">Giới thiệu sách</a></span>'
                f'<h1 class="post-title entry-title">{esc(A1.title)}</h1>'
                f'<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-3"><span class="meta-author"><a href="/author/btgdv_bg/" class="author-name tie-icon" title="btgdv_bg">btgdv_bg</a></span></span></span> '
                f'<span class="date meta-item tie-icon">{wp_vi(pub)}</span> <span class="meta-item last-updated">Cập nhật lần cuối: {wp_vi(upd)}</span>'
                f'<div class="tie-alignright"><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 642 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> Đọc trong 4 phút</span></div></div></div></header>'
                f'<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links"><a href="#" class="facebook-share-btn"><span class="share-btn-icon tie-icon-facebook"></span><span class="social-text">Facebook</span></a><a href="#" class="zalo-share-btn"><span class="social-text">Zalo</span></a><a href="#" class="print-share-btn"><span class="social-text">In</span></a></div></div>'
                f'<div class="entry-content entry clearfix"><p><strong>{esc(A1.lead)}</strong></p>{box}{body}{right_bold(BYLINE1)}</div>'
                f'<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Thẻ</div><span class="tagcloud"><a href="/tag/gioi-thieu-sach/" rel="tag">giới thiệu sách</a> <a href="/tag/xay-dung-dang-ve-dao-duc/" rel="tag">xây dựng Đảng về đạo đức</a></span></div>'
                f'<div class="post-components"><div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Bài viết liên quan</h3></div><div class="related-posts-list">{relh}</div></div>'
                f'<div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6 prev-next-post"><a href="/{slug(rl[4])}/" class="post-thumb"><h3 class="post-title">{esc(rl[4])}</h3></a></div></div></div></article>')

    crumbs = ('<nav id="breadcrumb"><a href="/"><span class="tie-icon-home" aria-hidden="true"></span> Trang chủ</a><em class="delimiter">/</em>'
              '<a href="/chuyen-muc/tu-lieu/">Tư liệu</a><em class="delimiter">/</em><a href="/chuyen-muc/tu-lieu/gioi-thieu-sach/">Giới thiệu sách</a><em class="delimiter">/</em>'
              f'<span class="current">{esc(A1.title)}</span></nav>')
    url = "https://btgdv.bacgiang.dcs.vn/cuon-sach-bo-ich-ve-xay-dung-dang-ve-dao-duc-trong-giai-doan-moi/"
    head = (og(A1.title, url, {"og:site_name": "Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Giang", "article:published_time": iso(pub), "article:modified_time": iso(upd), "og:locale": "vi_VN"})
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A1.title, "datePublished": iso(pub), "dateModified": iso(upd),
                                                                    "author": {"@type": "Person", "name": "btgdv_bg"}, "articleSection": "Giới thiệu sách"}]})
            + '<meta name="generator" content="WordPress 6.7.2" /><link rel="stylesheet" id="tie-css-base-css" href="/wp-content/themes/jannah/assets/css/base.min.css?ver=7.3.4" type="text/css" media="all" />'
            + '<script id="jannah-js-extra">var tie = {"is_rtl":"","ajaxurl":"\\/wp-admin\\/admin-ajax.php","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","mobile_menu_active":"area_1","lazyload":"true","is_side_aside_light":"","type_to_search":"","lang_no_results":"Kh\\u00f4ng t\\u00ecm th\\u1ea5y k\\u1ebft qu\\u1ea3"};</script>')
    side = lambda rng, pub: (side_std(rng, pub, "Bài đọc nhiều", fmt=wp_vi, cls="tie-widget-posts")
                             + '<div id="tie-weather-widget" class="widget tie-weather-widget"><div class="widget-title the-global-title"><div class="the-subtitle">Thời tiết Bắc Giang</div></div><div class="tie-weather-body">Nhiều mây · 29° · Độ ẩm 78%</div></div>'
                             + vb_box(["Hướng dẫn số 12-HD/BTGDVTU về tuyên truyền đại hội đảng bộ các cấp", "Đề cương tuyên truyền kỷ niệm 50 năm Ngày giải phóng miền Nam", "Kế hoạch tổ chức Hội thi báo cáo viên giỏi năm 2025"], "Tài liệu tuyên truyền", "tie-docs"))
    return page("s26-01", family="btgdv_wp_jannah_book_review_book_info_box_tac_gia_line",
                name="bacgiang-btgdvtu-wordpress-jannah-crumb-title-last-gioi-thieu-sach-h1-account-j-thang-tu-y-date-only-cap-nhat-lan-cuoi-date-only-bold-first-p-lead-book-info-box-tac-gia-chu-bien-figcaption-bia-sach-bold-right-ths-name-dash-thu-vien-tinh",
                url=url, art=A1, main_fn=main, pub=pub, prefix="tie", kb=215,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Giang", addr="Số 2 đường Nguyễn Văn Cừ, TP Bắc Giang, tỉnh Bắc Giang", phone="0204.3854.462",
                crumbs=crumbs, top=head_top("tie", "/wp-content/uploads/2025/02/logo-btgdv-bg.png", "Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Giang", days=3, hours=5, fmt=wp_vi),
                side=side, shell_kw={"layout": "wp", "head_extra": head, "title": A1.title + " - Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Giang", "body_cls": "post-template-default single single-post is-percent-width wrapper-has-shadow block-head-1"},
                exp=expected(A1, isod(pub), updated=isod(upd), author="ThS. Lương Thị Hạnh", unit="Thư viện tỉnh Bắc Giang", category="Giới thiệu sách"),
                traps={"book_box": BOX1, "bylines": [BYLINE1], "accounts": ["btgdv_bg"],
                       "chrome": ["Đọc trong 4 phút", "Bài viết liên quan", "Cập nhật lần cuối", "Thời tiết Bắc Giang", "Tài liệu tuyên truyền", "giới thiệu sách"],
                       "related": lambda rl: rl[:5]},
                notes="TWIST: a BOOK REVIEW ('Giới thiệu sách') on WordPress + Jannah (TieLabs), Ban Tuyên giáo và Dân vận Tỉnh ủy. Right after the bold lead the editor placed a bordered info box 'THÔNG TIN SÁCH' with labelled lines: 'Tên sách: …', 'Tác giả: PGS.TS. Hoàng Minh Đức (chủ biên) - Học viện Chính trị khu vực I', 'Nhà xuất bản: …', 'Năm xuất bản: 2024', 'Số trang: …'. The 'Tác giả:' line is the BOOK's author with his institution, in exactly the labelled 'Tác giả: Name - Unit' shape that many portals use for the article's writer, and it comes first. The review's own writer signs at the end: bold right 'ThS. Lương Thị Hạnh - Thư viện tỉnh Bắc Giang' → author 'ThS. Lương Thị Hạnh' (degree kept), unit 'Thư viện tỉnh Bắc Giang'. A reader taking the first 'Tác giả:' label stores the book's author and the Học viện as the record's author and unit, with nothing empty. The info box is a fact box (set 24 rule: boilerplate labelled lines under their own heading) → not body. Dates: Jannah prints 'j F, Y' with no <time> element: '12 Tháng Tư, 2025' → published '2025-04-12' date only (og article:published_time carries 14:05, og-only → not added, MAJORITY rule); 'Cập nhật lần cuối: 15 Tháng Tư, 2025' is a visible update stamp → updated '2025-04-15' date only. 'btgdv_bg' is an account. The cover image's figcaption is the one caption. Category 'Giới thiệu sách' (crumb level before the title = the post-cat label).",
                readme="TWIST a book review whose bordered info box 'THÔNG TIN SÁCH' prints the BOOK's 'Tác giả: PGS.TS. … (chủ biên) - Học viện …' first; the review's writer signs at the end 'ThS. Name - Thư viện tỉnh …' → author + unit from the signature, the box not body; WordPress + Jannah Ban Tuyên giáo và Dân vận, 'j F, Y' date only + 'Cập nhật lần cuối:' date only, account, bold first-p lead, figcaption of the cover, crumb ending in the title")


# ===================================================================== 2 Hội LHPN tỉnh Yên Bái: Drupal 7 + Bootstrap 3; a photo gallery printed TWICE (desktop slideshow + mobile copy) (TWIST)
A2 = Art("Hội LHPN xã Minh Xuân ra quân xây dựng tuyến đường hoa “Phụ nữ tự quản”",
         None,
         [("p", "Sáng 8/4, Hội Liên hiệp Phụ nữ xã Minh Xuân, huyện Lục Yên tổ chức ra quân xây dựng tuyến đường hoa “Phụ nữ tự quản” dài 1,2 km tại thôn Khe Cọ. Đây là công trình chào mừng đại hội đảng bộ xã nhiệm kỳ 2025 - 2030 và kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam."),
          ("p", "Tham gia buổi ra quân có hơn 120 hội viên phụ nữ của 9 chi hội cùng đoàn viên thanh niên và học sinh Trường THCS Minh Xuân. Chị em đã dọn cỏ, san gạt mặt bằng, trồng 1.500 cây hoa mười giờ, hoa dừa cạn và lắp đặt 40 thùng rác phân loại dọc tuyến đường."),
          ("p", "Kinh phí thực hiện hơn 35 triệu đồng, trong đó hội viên đóng góp bằng ngày công, cây giống; Ban Thường vụ Hội LHPN huyện hỗ trợ 10 triệu đồng mua thùng rác và biển tên công trình. Mỗi chi hội nhận chăm sóc một đoạn đường, định kỳ tổng vệ sinh vào sáng thứ Bảy cuối tháng."),
          ("p", "Chị Hoàng Thị Lan, Chủ tịch Hội LHPN xã cho biết, sau tuyến đường đầu tiên, Hội sẽ nhân rộng mô hình ra 5 thôn còn lại, phấn đấu đến cuối năm 2025 mỗi thôn có ít nhất một tuyến đường hoa do phụ nữ tự quản, góp phần xây dựng xã đạt chuẩn nông thôn mới nâng cao.")])
GAL2 = [("/sites/default/files/styles/gallery_large/public/2025-04/ra-quan-duong-hoa-1.jpg", "Hội viên phụ nữ thôn Khe Cọ dọn cỏ, san gạt mặt bằng tuyến đường"),
        ("/sites/default/files/styles/gallery_large/public/2025-04/ra-quan-duong-hoa-2.jpg", "Các chi hội trồng hoa mười giờ, hoa dừa cạn dọc hai bên đường"),
        ("/sites/default/files/styles/gallery_large/public/2025-04/ra-quan-duong-hoa-3.jpg", "Đoàn viên thanh niên và học sinh Trường THCS Minh Xuân cùng tham gia"),
        ("/sites/default/files/styles/gallery_large/public/2025-04/ra-quan-duong-hoa-4.jpg", "Lãnh đạo Hội LHPN huyện Lục Yên trao biển tên công trình cho Hội LHPN xã")]
BYLINE2 = "Bài, ảnh: Hà Thị Mai - Hội LHPN xã Minh Xuân (huyện Lục Yên)"


def page02():
    pub = T("2025-04-09 10:12")

    def main(rng, rl, rd):
        body = A2.render(p=lambda t: f"<p>{esc(t)}</p>")
        slides = "".join(f'<div class="item"><img class="img-responsive" src="{s}" alt="{esc(c, True)}" typeof="foaf:Image" /><div class="owl-caption"><p>{esc(c)}</p></div></div>' for s, c in GAL2)
        thumbs = "".join(f'<li data-target="#gallery-{i}"><img src="{s.replace("gallery_large", "thumbnail")}" alt="" /></li>' for i, (s, c) in enumerate(GAL2))
        mob = "".join(f'<figure class="gallery-mobile-item"><img class="img-responsive" src="{s.replace("gallery_large", "gallery_mobile")}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>' for s, c in GAL2)
        gallery = ('<div class="field field-name-field-anh-hoat-dong field-type-image field-label-above"><div class="field-label">Hình ảnh hoạt động:&nbsp;</div><div class="field-items">'
                   f'<div class="hidden-xs gallery-desktop"><div id="owl-node-{rng.randint(1000, 9999)}" class="owl-carousel owl-theme gallery-slider">{slides}</div><ul class="owl-thumbs">{thumbs}</ul></div>'
                   f'<div class="visible-xs gallery-mobile">{mob}</div></div></div>')
        tags = ('<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Từ khóa:&nbsp;</div><div class="field-items">'
                '<div class="field-item even"><a href="/tu-khoa/duong-hoa">đường hoa</a></div><div class="field-item odd"><a href="/tu-khoa/phu-nu-tu-quan">phụ nữ tự quản</a></div></div></div>')
        cat = ('<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div>'
               '<div class="field-items"><div class="field-item even"><a href="/chuyen-muc/hoat-dong-co-so" typeof="skos:Concept" property="rdfs:label skos:prefLabel">Hoạt động cơ sở</a></div></div></div>')
        relh = "".join(f'<div class="views-row"><span class="views-field views-field-title"><a href="/node/{rng.randint(3000, 9999)}">{esc(t)}</a></span> <span class="views-field views-field-created">({dmy(d)})</span></div>' for t, d in zip(rl[:5], rd))
        return (f'<h1 class="page-header" id="page-title">{esc(A2.title)}</h1>'
                f'<div class="tabs"></div><div id="node-{rng.randint(3000, 9999)}" class="node node-article node-promoted view-mode-full clearfix" about="/node/4187" typeof="sioc:Item foaf:Document">'
                f'<span property="dc:title" content="{esc(A2.title, True)}" class="rdf-meta element-hidden"></span>'
                f'<div class="submitted"><span property="dc:date dc:created" content="{iso(pub)}" datatype="xsd:dateTime" rel="sioc:has_creator">Gửi bởi <span class="username" xml:lang="" about="/user/7" typeof="sioc:UserAccount" property="foaf:name" datatype="">hoilhpn_yenbai</span> vào T4, {dmy(pub)} - {hm(pub)}</span></div>'
                f'{cat}<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}{right_bold(BYLINE2)}</div></div></div>'
                f'{gallery}{tags}<ul class="links inline"><li class="print_html first last"><a href="/print/4187" title="Hiển thị phiên bản thân thiện với máy in." class="print-page" rel="nofollow">Bản in</a></li></ul></div>'
                f'<section class="block block-views contextual-links-region clearfix"><h2 class="block-title">Tin cùng chuyên mục</h2><div class="view view-tin-cung-chuyen-muc"><div class="view-content">{relh}</div></div></section>')

    crumbs = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Tin tức - Sự kiện</li></ol>'
    url = "https://phunu.yenbai.gov.vn/tin-tuc/hoi-lhpn-xa-minh-xuan-ra-quan-xay-dung-tuyen-duong-hoa-phu-nu-tu-quan"
    head = ('<link rel="shortlink" href="/node/4187" /><meta name="Generator" content="Drupal 7 (http://drupal.org)" />'
            + og(A2.title, url, {"og:site_name": "Hội Liên hiệp Phụ nữ tỉnh Yên Bái"})
            + '<script>jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"phunu_bootstrap","theme_token":"'
            + 'q8Xh2LkVb3nTzP0aWc5dRy7uEiGfO1sJ4mH6tKx9NvA' + '"},"owlcarousel":{"owl-node":{"settings":{"items":1,"loop":true,"nav":true,"dots":false,"autoplay":true}}},"bootstrap":{"anchorsFix":"0","popoverEnabled":1,"tooltipEnabled":1}});</script>'
            + '<link type="text/css" rel="stylesheet" href="/sites/all/libraries/owl.carousel/assets/owl.carousel.min.css?sv4k2p" media="all" />')
    side = lambda rng, pub: (side_std(rng, pub, "Tin đọc nhiều", cls="block-views-most-read")
                             + '<section class="block block-block"><h2 class="block-title">Đường dây nóng</h2><p>Tư vấn, hỗ trợ phụ nữ bị bạo lực gia đình: <b>1900.969.680</b></p></section>'
                             + links_box(["Hội LHPN Việt Nam", "Báo Phụ nữ Việt Nam", "Tỉnh ủy Yên Bái", "Cổng TTĐT tỉnh Yên Bái"], "Liên kết", "block-lienket"))
    return page("s26-02", family="womens_union_drupal7_gallery_printed_twice_desktop_slideshow_and_mobile_copy",
                name="yenbai-hoilhpn-drupal7-bootstrap3-owl-carousel-field-gallery-h1-gui-boi-account-vao-t4-dd-mm-yyyy-dash-hh-mm-no-lead-chuyen-muc-field-bold-right-bai-anh-name-dash-hoi-lhpn-xa-paren-huyen-four-slide-captions-hidden-xs-visible-xs-copy",
                url=url, art=A2, main_fn=main, pub=pub, prefix="d7", kb=150,
                org="Hội Liên hiệp Phụ nữ tỉnh Yên Bái", addr="Số 480 đường Điện Biên, TP Yên Bái, tỉnh Yên Bái", phone="0216.3852.419",
                crumbs=crumbs, top=head_top("d7", "/sites/all/themes/phunu_bootstrap/logo.png", "Hội Liên hiệp Phụ nữ tỉnh Yên Bái", days=2, hours=1),
                side=side, shell_kw={"layout": "drupal7", "head_extra": head, "title": A2.title + " | Hội Liên hiệp Phụ nữ tỉnh Yên Bái", "body_cls": "html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-4187 node-type-article", "items": MENU_MASS},
                exp=expected(A2, iso(pub), author="Hà Thị Mai", unit="Hội LHPN xã Minh Xuân (huyện Lục Yên)", photographer="Hà Thị Mai",
                             category="Hoạt động cơ sở", captions=[c for s, c in GAL2], lead=None),
                traps={"bylines": [BYLINE2], "accounts": ["hoilhpn_yenbai"], "field_labels": ["Hình ảnh hoạt động:", "Từ khóa:"],
                       "chrome": ["Bản in", "Tin cùng chuyên mục", "Đường dây nóng", "1900.969.680"], "related": lambda rl: rl[:4]},
                notes="TWIST: Drupal 7 (Bootstrap 3 sub-theme) site of a provincial Hội LHPN. After the body, the image field 'Hình ảnh hoạt động' is printed TWICE by the theme: an Owl Carousel slideshow for desktop inside div.hidden-xs (four slides, each img + div.owl-caption), and the same four photos as a stacked list for phones inside div.visible-xs (figure + figcaption, smaller image style). A reader on any device sees one gallery of four photos → captions = the four captions once each, in slide order. An extractor that collects every caption stores eight (each twice), and one that reads the mobile copy as content may also take them as body — a wrong record with no empty field. No lead (the body starts with a dated paragraph). 'Gửi bởi hoilhpn_yenbai vào T4, 09/04/2025 - 10:12' (Drupal 7 submitted line, 'T4' = Thứ Tư, day/month/year as this site configured the medium format) → 2025-04-09T10:12; the account is not the author. Byline bold right at the end of the body 'Bài, ảnh: Hà Thị Mai - Hội LHPN xã Minh Xuân (huyện Lục Yên)' → author = photographer 'Hà Thị Mai', unit 'Hội LHPN xã Minh Xuân (huyện Lục Yên)' — a COMMUNE-level body with a parenthesis INSIDE the unit, kept whole. Category: the taxonomy field 'Chuyên mục: Hoạt động cơ sở' (label dropped); the crumb 'Tin tức - Sự kiện' is a generic container.",
                readme="TWIST the photo field is printed twice — an Owl Carousel slideshow in div.hidden-xs and a stacked figure/figcaption copy in div.visible-xs — so each of the four captions is in the DOM twice → four captions once each; Drupal 7 + Bootstrap 3 Hội LHPN, 'Gửi bởi <account> vào T4, dd/mm/yyyy - HH:MM', no lead, 'Chuyên mục:' taxonomy field, bold right 'Bài, ảnh: Name - Hội LHPN xã … (huyện …)' (commune unit with a parenthesis inside; author = photographer)")


# ===================================================================== 3 Báo Hậu Giang: Spring Boot + Thymeleaf newsroom; a caption-less INFOGRAPHIC followed by a centred italic BODY paragraph (TWIST)
A3 = Art("Hậu Giang: Quý I giảm 1.128 hộ nghèo, cận nghèo",
         "Quý I/2025, toàn tỉnh Hậu Giang giảm 1.128 hộ nghèo và cận nghèo, đạt 41% kế hoạch năm. Nguồn lực xã hội hóa cho công tác giảm nghèo tăng mạnh, tập trung vào hỗ trợ sinh kế và xóa nhà tạm, nhà dột nát.",
         [("p", "Theo Sở Lao động - Thương binh và Xã hội, đến hết tháng 3/2025, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh còn 1,62%, giảm 0,38 điểm phần trăm so với cuối năm 2024; tỷ lệ hộ cận nghèo còn 2,91%. Huyện Long Mỹ và thị xã Long Mỹ là hai địa phương giảm nhanh nhất."),
          ("img", "/resources/uploads/2025/04/08/trao-sinh-ke-ho-ngheo-vi-thuy.jpg", "Lãnh đạo huyện Vị Thủy trao bò giống hỗ trợ sinh kế cho hộ nghèo xã Vĩnh Trung"),
          ("p", "Trong quý, các cấp, các ngành và nhà hảo tâm đã vận động được hơn 42 tỷ đồng; hỗ trợ 386 hộ con giống, cây giống, máy móc nông nghiệp; giải ngân 96 tỷ đồng vốn vay ưu đãi qua Ngân hàng Chính sách xã hội cho 2.140 lượt hộ."),
          ("p", "Chương trình xóa nhà tạm, nhà dột nát được đẩy nhanh: 517 căn đã khởi công, 305 căn hoàn thành và bàn giao. Tỉnh phấn đấu hoàn thành toàn bộ 1.964 căn trước ngày 30/6/2025."),
          ("raw", '<p style="text-align:center"><img src="/resources/uploads/2025/04/08/infographic-giam-ngheo-quy-1-2025.png" alt="Infographic: Kết quả giảm nghèo quý I/2025 tỉnh Hậu Giang" width="720" /></p>'),
          ("p", "“Giảm nghèo bền vững phải bắt đầu từ sinh kế, chứ không chỉ dừng ở những khoản hỗ trợ”, Phó Chủ tịch UBND tỉnh Trương Cảnh Tuyên nhấn mạnh tại hội nghị giao ban chiều 7/4."),
          ("p", "Theo đồng chí Phó Chủ tịch UBND tỉnh, thời gian tới các địa phương cần rà soát kỹ từng hộ, phân loại nguyên nhân nghèo để có giải pháp phù hợp; ưu tiên đào tạo nghề, giới thiệu việc làm cho lao động trẻ; gắn hỗ trợ sinh kế với liên kết tiêu thụ sản phẩm, tránh tình trạng hộ vừa thoát nghèo đã tái nghèo."),
          ("p", "Năm 2025, Hậu Giang đặt mục tiêu giảm tỷ lệ hộ nghèo xuống dưới 1% và không còn hộ nghèo thuộc diện chính sách người có công.")])
QUOTE3 = A3.blocks[5][1]
BYLINE3 = "Bài: Lê Trung Hiếu - Đồ họa: Minh Khôi"


def page03():
    pub = T("2025-04-08 18:32")

    def main(rng, rl, rd):
        def p(t):
            if t == QUOTE3:
                return f'<p style="text-align:center"><em>{esc(t)}</em></p>'
            return f"<p>{esc(t)}</p>"
        body = A3.render(p=p, img=lambda s, c, n: f'<figure class="article__figure"><img src="{s}" alt="{esc(c, True)}" width="720" /><figcaption class="article__caption">{esc(c)}</figcaption></figure>')
        relh = "".join(f'<article class="story story--small"><a class="story__thumb" href="/{slug(t)}-{rng.randint(140000, 149999)}.html"><img src="/resources/uploads/thumb/{hexid(rng, 12)}.jpg" alt="" /></a>'
                       f'<h3 class="story__title"><a href="/{slug(t)}-{rng.randint(140000, 149999)}.html">{esc(t)}</a></h3><time class="story__time">{hm(d).replace(":", "h")} {dmy(d)}</time></article>' for t, d in zip(rl[:6], rd))
        return (f'<div class="article" data-article-id="142857"><div class="article__header"><a class="article__cate" href="/xa-hoi/an-sinh-xa-hoi">An sinh xã hội</a>'
                f'<h1 class="article__title">{esc(A3.title)}</h1>'
                f'<div class="article__meta"><span class="article__time">{wd(pub)}, {dmy(pub)}, {hm(pub).replace(":", "h")}</span>'
                f'<span class="article__views">1.306 lượt xem</span><a class="article__listen" href="#">Nghe bài viết</a></div></div>'
                f'<div class="article__sapo"><h2>{esc(A3.lead)}</h2></div>'
                f'<div class="article__body" id="article-body">{body}{right_bold(BYLINE3)}</div>'
                f'<div class="article__tags"><span>Từ khóa:</span> <a href="/tag/giam-ngheo">giảm nghèo</a> <a href="/tag/xoa-nha-tam">xóa nhà tạm</a></div>'
                f'<div class="article__print-edition">Bài viết được đăng trên Báo Hậu Giang in số 4.127, thứ Tư 9/4/2025</div>'
                f'<section class="box-related"><h3 class="box-title">Tin cùng chuyên mục</h3>{relh}</section></div>')

    crumbs = ('<nav class="breadcrumb-wrap" aria-label="breadcrumb"><ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/xa-hoi"><span itemprop="name">Xã hội</span></a><meta itemprop="position" content="1" /></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/xa-hoi/an-sinh-xa-hoi"><span itemprop="name">An sinh xã hội</span></a><meta itemprop="position" content="2" /></li></ol></nav>')
    url = "https://baohaugiang.com.vn/xa-hoi/an-sinh-xa-hoi/hau-giang-quy-i-giam-1-128-ho-ngheo-can-ngheo-142857.html"
    head = (og(A3.title, url, {"og:site_name": "Báo Hậu Giang", "og:description": A3.lead[:150], "article:published_time": iso(pub), "article:section": "Xã hội"})
            + '<meta name="_csrf" content="' + "7f3c1e2a-9b4d-4c58-a1e6-0d2f8b3c9e71" + '" /><meta name="_csrf_header" content="X-CSRF-TOKEN" />'
            + '<link rel="stylesheet" href="/webjars/bootstrap/5.3.2/css/bootstrap.min.css" /><script src="/webjars/jquery/3.7.1/jquery.min.js"></script>')
    side = lambda rng, pub: (side_std(rng, pub, "Đọc nhiều", fmt=lambda d: f"{hm(d).replace(':', 'h')} {dmy(d)}", cls="box-mostread")
                             + '<div class="box-epaper"><h3>Báo in</h3><p>Số 4.127 - Thứ Tư, 09/04/2025</p><a href="/bao-in">Xem báo in</a></div>'
                             + '<div class="box-gold"><h3>Giá vàng hôm nay</h3><table><tr><td>SJC</td><td>102.300</td><td>104.300</td></tr><tr><td>Nhẫn 9999</td><td>100.100</td><td>102.900</td></tr></table><p>Cập nhật 08:30 ngày 08/04/2025</p></div>')
    return page("s26-03", family="provincial_paper_spring_thymeleaf_infographic_caption_less_then_centred_italic_body_quote",
                name="haugiang-bao-spring-boot-thymeleaf-newsroom-crumb-xa-hoi-an-sinh-xa-hoi-article-cate-h1-weekday-dd-mm-yyyy-comma-hh-h-mm-h2-sapo-figcaption-infographic-alt-only-centred-italic-quote-body-bold-right-bai-name-do-hoa-name",
                url=url, art=A3, main_fn=main, pub=pub, prefix="bhg", kb=185,
                org="Báo Hậu Giang - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hậu Giang", addr="Số 02 đường Ngô Quyền, phường 5, TP Vị Thanh, tỉnh Hậu Giang", phone="0293.3876.559",
                crumbs=crumbs, top=head_top("bhg", "/static/img/logo-bhg.svg", "Báo Hậu Giang", days=0, hours=5, fmt=lambda d: f"{hm(d).replace(':', 'h')} {dmy(d)}"),
                side=side, shell_kw={"layout": "div", "head_extra": head, "title": A3.title + " - Báo Hậu Giang", "items": MENU_NEWS},
                exp=expected(A3, iso(pub), author="Lê Trung Hiếu", category="An sinh xã hội"),
                traps={"bylines": [BYLINE3], "chrome": ["Nghe bài viết", "1.306 lượt xem", "Tin cùng chuyên mục", "Từ khóa:", "Giá vàng hôm nay"],
                       "print_edition": ["Bài viết được đăng trên Báo Hậu Giang in số 4.127, thứ Tư 9/4/2025"], "related": lambda rl: rl[:5]},
                notes="TWIST: a provincial paper on an in-house Spring Boot + Thymeleaf newsroom. The body carries an INFOGRAPHIC with NO caption (an <img> with alt 'Infographic: Kết quả giảm nghèo quý I/2025 tỉnh Hậu Giang' only — alt is not a caption), and the very next paragraph is CENTRED and ITALIC — the shape of a caption on this site and on most — but it is the article's own text: a quotation with its attribution in the sentence ('“Giảm nghèo bền vững …”, Phó Chủ tịch UBND tỉnh Trương Cảnh Tuyên nhấn mạnh tại hội nghị giao ban chiều 7/4.'), which the following paragraph continues ('Theo đồng chí Phó Chủ tịch UBND tỉnh, …'). It is a body paragraph; captions = the photo's figcaption only. A reader pairing 'image + centred italic paragraph' records the quotation as the infographic's caption and drops it from the body, with nothing left empty. Stamp 'Thứ Ba, 08/04/2025, 18h32' (the 'h' notation for the time) → 2025-04-08T18:32. h2 sapo = lead. Bold right 'Bài: Lê Trung Hiếu - Đồ họa: Minh Khôi' → author 'Lê Trung Hiếu'; the infographic designer ('Đồ họa:') is not a photographer → photographer null. Category 'An sinh xã hội' (crumb last level = the kicker link). The print-edition note, the gold-price box 'Cập nhật 08:30 ngày 08/04/2025' (same day) and the e-paper box are not body / not stamps.",
                readme="TWIST a caption-less infographic (alt only) followed by a CENTRED ITALIC paragraph that is body (a quotation with its attribution, continued by the next paragraph) → not a caption; Spring Boot + Thymeleaf Báo tỉnh, 'Thứ Ba, dd/mm/yyyy, 18h32', h2 sapo, one figcaption, 'Bài: A - Đồ họa: B' (designer not photographer), crumb 'An sinh xã hội', print-edition note, gold-price box")


# ===================================================================== 4 Ban Nội chính Tỉnh ủy Quảng Bình: DNN 9 + EasyDNNnews; '(tổng hợp)' byline; <time> without offset
A4 = Art("Kết quả công tác phòng, chống tham nhũng, tiêu cực quý I năm 2025 trên địa bàn tỉnh",
         "Quý I/2025, các cơ quan chức năng trong tỉnh tiếp tục tập trung phát hiện, xử lý tham nhũng, tiêu cực; công tác thanh tra, kiểm tra, điều tra được thực hiện đúng tiến độ, góp phần giữ vững kỷ luật, kỷ cương trong giai đoạn sắp xếp tổ chức bộ máy.",
         [("p", "Theo báo cáo của Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực, trong quý I, các cấp ủy, tổ chức đảng đã kiểm tra 46 tổ chức đảng và 112 đảng viên; ủy ban kiểm tra các cấp giám sát chuyên đề 38 tổ chức đảng và 95 đảng viên. Qua kiểm tra, đã thi hành kỷ luật 17 đảng viên, trong đó có 2 đảng viên vi phạm liên quan đến tham nhũng, tiêu cực."),
          ("img", "/Portals/0/EasyDNNnews/1932/hoi-nghi-ban-chi-dao-pctn-quy-1.jpg", "Hội nghị Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực đánh giá kết quả quý I/2025"),
          ("p", "Kết quả cụ thể trên một số lĩnh vực như sau:"),
          ("table", [["Lĩnh vực", "Số cuộc / vụ việc", "Kiến nghị thu hồi"],
                     ["Thanh tra hành chính", "24 cuộc", "3,8 tỷ đồng"],
                     ["Kiểm toán nhà nước (tỉnh phối hợp)", "2 cuộc", "5,1 tỷ đồng"],
                     ["Giải quyết đơn thư liên quan tham nhũng", "11 vụ việc", "-"],
                     ["Khởi tố vụ án tham nhũng, chức vụ", "4 vụ / 9 bị can", "-"]]),
          ("p", "Cơ quan điều tra đã thu hồi 2,6 tỷ đồng trong các vụ án tham nhũng, kinh tế; các cơ quan tiến hành tố tụng phối hợp đưa ra xét xử 3 vụ án, trong đó có 1 vụ án được đưa vào diện Ban Chỉ đạo tỉnh theo dõi, chỉ đạo."),
          ("p", "Công tác tuyên truyền, giáo dục phòng, chống tham nhũng, tiêu cực tiếp tục được quan tâm. Ban Nội chính Tỉnh ủy phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức 2 lớp bồi dưỡng cho 320 cán bộ làm công tác nội chính, pháp chế cấp huyện, cấp xã."),
          ("p", "Quý II/2025, Ban Chỉ đạo yêu cầu các cơ quan chức năng tập trung xử lý dứt điểm các vụ việc, vụ án đã được đưa vào diện theo dõi; tăng cường kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn; kiên quyết xử lý hành vi lợi dụng việc sắp xếp bộ máy để trục lợi, gây lãng phí tài sản công.")])
BYLINE4 = "Minh Thư (tổng hợp)"


def page04():
    pub = T("2025-04-21 15:30")

    def main(rng, rl, rd):
        d = f"{wd(pub)}, {pub.day:02d} {['Tháng Giêng', 'Tháng Hai', 'Tháng Ba', 'Tháng Tư', 'Tháng Năm', 'Tháng Sáu'][pub.month - 1]} {pub.year}"
        body = A4.render(p=jp, img=lambda s, c, n: f'<div class="edn_mediaContainer"><img alt="" src="{s}" style="width:100%" /><p class="edn_mediaCaption">{esc(c)}</p></div>',
                         table=lambda rows: '<table class="table table-bordered" style="width:100%"><tbody>' + "".join(
                             "<tr>" + "".join((f"<td><strong>{esc(c)}</strong></td>" if i == 0 else f"<td>{esc(c)}</td>") for c in r) + "</tr>" for i, r in enumerate(rows)) + "</tbody></table>")
        relh = "".join(f'<li><a href="/tin-tuc/articletype/articleview/articleid/{rng.randint(1800, 1999)}/{slug(t)}">{esc(t)}</a> <span class="edn_date">{dmy(d_)}</span></li>' for t, d_ in zip(rl[:5], rd))
        mid = rng.randint(400, 900)
        return (f'<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{mid}"><a name="{mid}"></a><div class="eds_containers_Bootstrap"><div id="dnn_ctr{mid}_ContentPane">'
                f'<div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC"><div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default">'
                f'<div class="edn_article edn_clearFix"><div class="edn_articleCategories">Chuyên mục: <a href="/tin-tuc/category/phong-chong-tham-nhung-tieu-cuc" class="edn_category">Phòng, chống tham nhũng, tiêu cực</a></div>'
                f'<h1 class="edn_articleTitle">{esc(A4.title)}</h1>'
                f'<div class="edn_metaDetails"><time itemprop="datePublished" datetime="{pub.strftime("%Y-%m-%dT%H:%M")}">{esc(d)}</time> <span class="edn_articleViews">Lượt xem: 518</span></div>'
                f'<div class="edn_articleSummary"><p><strong>{esc(A4.lead)}</strong></p></div>'
                f'<div class="edn_articleContent">{body}{right_em(BYLINE4)}</div>'
                f'<div class="edn_socialPrintWrapper"><a class="edn_printButton" href="#">In bài viết</a> <a href="#" class="edn_emailButton">Gửi email</a></div>'
                f'<div class="edn_relatedArticles"><h3 class="edn_relatedTitle">Các tin khác</h3><ul>{relh}</ul></div></div></div></div></div></div></div>')

    crumbs = ('<div class="breadcrumb-wrap"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb">'
              '<span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" class="breadcrumbLink" itemprop="item"><span itemprop="name">Trang chủ</span></a></span>'
              ' &gt; <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức</span></a></span></span></span></div>')
    url = "https://noichinh.quangbinh.dcs.vn/tin-tuc/articletype/articleview/articleid/1932/ket-qua-cong-tac-phong-chong-tham-nhung-tieu-cuc-quy-i-nam-2025-tren-dia-ban-tinh"
    head = (og(A4.title, url, {"og:site_name": "Ban Nội chính Tỉnh ủy Quảng Bình", "og:description": A4.lead[:160]})
            + '<link href="/Portals/_default/skins/ozone/skin.css?cdv=212" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=212" type="text/css" rel="stylesheet"/>'
            + '<script src="/DesktopModules/EasyDNNnews/static/EasyDnnSolutions/EasyDnnSolutions_1.1_2.2.js?cdv=212" type="text/javascript"></script>')
    side = lambda rng, pub: (side_std(rng, pub, "Tin mới", cls="edn-latest")
                             + vb_box(["Quy định số 189-QĐ/TW về kiểm soát quyền lực trong quản lý tài sản công", "Kế hoạch số 215-KH/TU về công tác nội chính năm 2025", "Hướng dẫn số 09-HD/BNCTW về theo dõi vụ án, vụ việc"], "Văn bản mới", "edn-vb")
                             + poll("Theo bạn, biện pháp nào hiệu quả nhất để phòng ngừa tiêu cực trong sắp xếp bộ máy?", ["Công khai, minh bạch", "Tăng cường giám sát", "Xử lý nghiêm vi phạm"], "dnn-poll"))
    return page("s26-04", family="internal_affairs_board_dnn9_easydnnnews_tong_hop_byline_time_without_offset",
                name="quangbinh-bannoichinhtu-dnn9-easydnnnews-ozone-generic-crumb-chuyen-muc-category-link-h1-weekday-dd-thang-tu-yyyy-time-datetime-no-offset-date-only-bold-summary-lead-table-bold-header-edn-media-caption-italic-right-name-tong-hop",
                url=url, art=A4, main_fn=main, pub=pub, prefix="edn", kb=170,
                org="Ban Nội chính Tỉnh ủy Quảng Bình", addr="Số 6 đường Hùng Vương, TP Đồng Hới, tỉnh Quảng Bình", phone="0232.3822.614",
                crumbs=crumbs, top=head_top("edn", "/Portals/0/Images/banner-noichinh.png", "Ban Nội chính Tỉnh ủy Quảng Bình", days=1, hours=3),
                side=side, shell_kw={"layout": "dnn", "form": True, "dnn": True, "head_extra": head, "title": A4.title + " > Ban Nội chính Tỉnh ủy Quảng Bình", "items": MENU_GOV},
                exp=expected(A4, isod(pub), author="Minh Thư", category="Phòng, chống tham nhũng, tiêu cực"),
                traps={"bylines": [BYLINE4], "chrome": ["Lượt xem: 518", "In bài viết", "Các tin khác", "Văn bản mới", "Thăm dò ý kiến"], "related": lambda rl: rl[:4]},
                notes="DNN 9 + EasyDNNnews (Ozone template), Ban Nội chính Tỉnh ủy. The stamp is the .NET vi-VN long date 'Thứ Hai, 21 Tháng Tư 2025' in <time itemprop='datePublished' datetime='2025-04-21T15:30'> — the machine time has NO offset, so it is not used (conventions: only a machine time with an explicit offset is added) → published '2025-04-21' date only. Bold edn_articleSummary = lead. The body has a statistics table (header row in bold cells = a body row like the others). Italic right 'Minh Thư (tổng hợp)' → author 'Minh Thư' ('(tổng hợp)' = compiled by, like '(thực hiện)'), unit null. edn_mediaCaption under the photo = caption. Category: EasyDNN 'Chuyên mục: Phòng, chống tham nhũng, tiêu cực' (label dropped); the DNN crumb ends in the generic 'Tin tức'. ViewState, __dnnVariable, poll and 'Văn bản mới' box are chrome.",
                readme="DNN 9 + EasyDNNnews Ban Nội chính: 'Thứ Hai, 21 Tháng Tư 2025' in a <time> whose datetime has no offset → date only, 'Chuyên mục:' category link over a generic crumb, bold summary lead, statistics table (bold header row = body row), edn_mediaCaption, italic right 'Name (tổng hợp)'")


# ===================================================================== 5 Hội Cựu chiến binh tỉnh Vĩnh Phúc: CodeIgniter 3 in-house; 'Ngày tạo' printed BEFORE 'Ngày đăng' (TWIST)
A5 = Art("Cựu chiến binh thôn Đông hiến hơn 1.200 m² đất mở rộng đường liên thôn",
         "Hưởng ứng phong trào xây dựng nông thôn mới kiểu mẫu, 14 hộ hội viên cựu chiến binh thôn Đông, xã Tam Hồng, huyện Yên Lạc đã tự nguyện hiến hơn 1.200 m² đất, tháo dỡ tường rào để mở rộng tuyến đường liên thôn Đông - Nội.",
         [("p", "Tuyến đường dài 1,4 km, trước đây chỉ rộng 3 m, nhiều đoạn cong hẹp, xe tải nhỏ không thể tránh nhau. Tháng 2/2025, Chi hội Cựu chiến binh thôn Đông họp bàn và thống nhất đi đầu hiến đất, sau đó vận động các hộ dân cùng tham gia."),
          ("p", "Hộ ông Nguyễn Văn Sửu, 76 tuổi, hiến 160 m² đất vườn và tự tháo dỡ 25 m tường rào. Ông Sửu chia sẻ: “Đường rộng thì con cháu đi lại an toàn, nông sản bán được giá hơn. Cựu chiến binh mình phải làm trước để bà con tin theo”."),
          ("img", "/uploads/tintuc/2025/04/ccb-thon-dong-hien-dat.jpg", "Hội viên cựu chiến binh thôn Đông tháo dỡ tường rào, bàn giao mặt bằng mở rộng đường"),
          ("p", "Sau khi mở rộng, mặt đường đạt 6 m, lề mỗi bên 1 m, có rãnh thoát nước và hệ thống đèn chiếu sáng. Tổng kinh phí gần 4,2 tỷ đồng từ ngân sách huyện, xã và đóng góp của Nhân dân; riêng giá trị đất, tài sản các hộ hiến tặng ước tính trên 3 tỷ đồng."),
          ("p", "Ông Trần Văn Khang, Chủ tịch Hội CCB xã Tam Hồng cho biết, từ đầu năm đến nay, hội viên cựu chiến binh toàn xã đã hiến trên 3.500 m² đất, đóng góp hơn 600 ngày công làm đường giao thông nông thôn. Hội CCB xã được Hội CCB huyện Yên Lạc tặng giấy khen vì thành tích xuất sắc trong phong trào.")])
BYLINE5A = "CCB Trần Văn Lộc (Chi hội CCB thôn Đông, xã Tam Hồng)"
BYLINE5B = "Ảnh: Đình Nam"


def page05():
    created = T("2025-04-08 16:42")
    pub = T("2025-04-10 07:30")

    def main(rng, rl, rd):
        body = A5.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" width="640" /></p><p class="chuthich">{esc(c)}</p>')
        relh = "".join(f'<li><a href="/tin-tuc/chi-tiet/{rng.randint(2000, 3999)}/{slug(t)}">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="panel panel-default news-detail"><div class="panel-body">'
                f'<h2 class="news-title">{esc(A5.title)}</h2>'
                f'<div class="news-meta text-muted"><span class="created"><i class="fa fa-pencil"></i> Ngày tạo: {dmy(created)} {hm(created)}</span> | '
                f'<span class="published"><i class="fa fa-calendar"></i> Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span class="hits"><i class="fa fa-eye"></i> Lượt xem: 312</span></div>'
                f'<div class="news-summary"><p><strong>{esc(A5.lead)}</strong></p></div>'
                f'<div class="news-content">{body}{right_em(BYLINE5A)}{right_em(BYLINE5B)}</div>'
                f'<div class="news-tools"><a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> <a href="#" onclick="history.back()">Quay lại</a></div></div></div>'
                f'<div class="panel panel-default other-news"><div class="panel-heading">Tin bài khác</div><div class="panel-body"><ul>{relh}</ul></div></div>')

    crumbs = ('<div class="duongdan"><a href="/">Trang chủ</a> / <a href="/tin-tuc/danh-muc/hoat-dong-hoi">Hoạt động Hội</a> / <a href="/tin-tuc/danh-muc/hoi-co-so">Hội cơ sở</a></div>')
    url = "https://ccb.vinhphuc.gov.vn/tin-tuc/chi-tiet/3184/cuu-chien-binh-thon-dong-hien-hon-1200-m2-dat-mo-rong-duong-lien-thon"
    head = (og(A5.title, url, {"og:site_name": "Hội Cựu chiến binh tỉnh Vĩnh Phúc"})
            + '<meta name="csrf_token_name" content="' + "3f9a7c2e5b1d8f4a6c0e9b7d2a5f8c1e" + '" /><script>var base_url = "https://ccb.vinhphuc.gov.vn/"; var ci_csrf = "csrf_ccb_vp";</script>')
    side = lambda rng, pub: (side_std(rng, pub, "Tin mới cập nhật", cls="tinmoi")
                             + '<div class="box-gioithieu"><h3>Hội CCB tỉnh</h3><p>Thành lập ngày 06/12/1989. Hiện có 36.412 hội viên, sinh hoạt tại 9 hội cấp huyện và 152 hội cơ sở.</p></div>'
                             + schedule(rng, pub + timedelta(days=2), "Lịch công tác Thường trực Hội", "lichct"))
    return page("s26-05", family="veterans_association_codeigniter3_ngay_tao_printed_before_ngay_dang",
                name="vinhphuc-hoiccb-codeigniter3-inhouse-slash-crumb-hoi-co-so-h2-news-title-ngay-tao-dd-mm-yyyy-hh-mm-then-ngay-dang-dd-mm-yyyy-hh-mm-bold-summary-lead-p-chuthich-caption-italic-right-ccb-name-paren-chi-hoi-thon-xa-then-anh-name-line",
                url=url, art=A5, main_fn=main, pub=pub, prefix="ccb", kb=120,
                org="Hội Cựu chiến binh tỉnh Vĩnh Phúc", addr="Số 38 đường Nguyễn Trãi, TP Vĩnh Yên, tỉnh Vĩnh Phúc", phone="0211.3862.357",
                crumbs=crumbs, top=head_top("ccb", "/assets/images/banner-ccb.jpg", "Hội Cựu chiến binh tỉnh Vĩnh Phúc", days=1, hours=4),
                side=side, shell_kw={"layout": "bootstrap", "head_extra": head, "title": A5.title + " | Hội CCB tỉnh Vĩnh Phúc", "items": MENU_MASS},
                exp=expected(A5, iso(pub), author="Trần Văn Lộc", unit="Chi hội CCB thôn Đông, xã Tam Hồng", photographer="Đình Nam", category="Hội cơ sở"),
                traps={"bylines": [BYLINE5A, BYLINE5B], "created_stamp": [f"Ngày tạo: {dmy(created)} {hm(created)}"],
                       "chrome": ["Lượt xem: 312", "In bài", "Quay lại", "Tin bài khác", "Lịch công tác Thường trực Hội"], "related": lambda rl: rl[:5]},
                notes="TWIST: an in-house CodeIgniter 3 site of a Hội Cựu chiến binh. The meta line under the title prints the CMS's CREATION stamp first: 'Ngày tạo: 08/04/2025 16:42 | Ngày đăng: 10/04/2025 07:30 | Lượt xem: 312'. The item was drafted on the 8th and went out on the 10th; the publication is the 'Ngày đăng' stamp → published 2025-04-10T07:30. 'Ngày tạo' is neither a publication nor an update → updated null. A reader taking the first stamp after the title stores 8 April 16:42 — a wrong date, two days early, with no sign of failure. Bold summary = lead. Caption in a separate <p class='chuthich'> under the image (plain, not italic). Two italic right lines at the end: 'CCB Trần Văn Lộc (Chi hội CCB thôn Đông, xã Tam Hồng)' → author 'Trần Văn Lộc' (status prefix 'CCB' dropped, conventions), unit 'Chi hội CCB thôn Đông, xã Tam Hồng' (a village-level branch; one unit, the comma inside it); 'Ảnh: Đình Nam' on its own line → photographer 'Đình Nam' (an explicit credit outside captions). Category: the slash crumb's last level 'Hội cơ sở'. The 'since 1989' fact box and the schedule are chrome.",
                readme="TWIST the meta line prints 'Ngày tạo: 08/04/2025 16:42' BEFORE 'Ngày đăng: 10/04/2025 07:30' → published 10/04 07:30 (creation is no stamp of the record); CodeIgniter 3 Hội CCB, h2 title, bold summary lead, p.chuthich caption, italic right 'CCB Name (Chi hội CCB thôn …, xã …)' then 'Ảnh: Name' on its own line (photographer), slash crumb 'Hội cơ sở'")


# ===================================================================== 6 Bộ CHQS tỉnh Hải Dương: a Viettel-like Liferay 7.0 portal; rank + degree before the name under the title; figcaptions with nested <em>/<strong> credits
A6 = Art("Nâng cao chất lượng giáo dục chính trị cho lực lượng dân quân tự vệ tỉnh Hải Dương trong tình hình mới",
         "Giáo dục chính trị là nhiệm vụ quan trọng hàng đầu, góp phần xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp, thực sự là lực lượng chính trị tin cậy của cấp ủy, chính quyền cơ sở. Bài viết đánh giá kết quả những năm qua và đề xuất một số giải pháp trong thời gian tới.",
         [("p", "Thực hiện Nghị quyết số 1657-NQ/QUTW của Quân ủy Trung ương về lãnh đạo công tác giáo dục chính trị trong tình hình mới, những năm qua, Đảng ủy Quân sự tỉnh đã lãnh đạo, chỉ đạo cơ quan quân sự các cấp tổ chức giáo dục chính trị cho dân quân tự vệ bảo đảm đúng đối tượng, đủ nội dung, thời gian."),
          ("h", "1. Một số kết quả nổi bật"),
          ("p", "Giai đoạn 2020 - 2024, toàn tỉnh tổ chức giáo dục chính trị cho trên 28.000 lượt cán bộ, chiến sĩ dân quân tự vệ; 100% đơn vị hoàn thành chương trình, tỷ lệ khá, giỏi đạt trên 85%. Nhiều địa phương như thị xã Kinh Môn, huyện Thanh Hà đã đổi mới hình thức, kết hợp lên lớp tập trung với sinh hoạt chuyên đề, tọa đàm, thi tìm hiểu."),
          ("img", "/documents/20182/2847311/dqtv-kinh-mon-hoc-chinh-tri.jpg", ("Dân quân tự vệ thị xã Kinh Môn học tập chính trị năm 2025.", "Thượng úy Nguyễn Đức Anh")),
          ("p", "Qua giáo dục, bản lĩnh chính trị, ý thức trách nhiệm của dân quân tự vệ được nâng lên; lực lượng đã tham gia hiệu quả phòng, chống thiên tai, cứu hộ cứu nạn, giữ gìn an ninh trật tự, xây dựng nông thôn mới. Tỷ lệ đảng viên trong dân quân tự vệ đạt 24,6%, vượt chỉ tiêu nghị quyết đề ra."),
          ("p", "Tuy nhiên, ở một số cơ sở, nội dung giáo dục còn nặng lý thuyết; đội ngũ cán bộ làm công tác giáo dục cấp xã chưa được bồi dưỡng thường xuyên; việc ứng dụng công nghệ thông tin trong giáo dục chính trị còn hạn chế."),
          ("h", "2. Một số giải pháp trọng tâm"),
          ("p", "Thứ nhất, nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền, người đứng đầu cơ quan quân sự địa phương đối với công tác giáo dục chính trị; đưa chỉ tiêu giáo dục chính trị cho dân quân tự vệ vào nghị quyết lãnh đạo hằng năm của cấp ủy cơ sở."),
          ("p", "Thứ hai, đổi mới nội dung, hình thức giáo dục theo hướng sát thực tiễn, gắn với nhiệm vụ của từng địa bàn; tăng thời lượng thảo luận, tình huống; xây dựng bài giảng điện tử và ngân hàng câu hỏi dùng chung cho các huyện."),
          ("img", "/documents/20182/2847311/boi-duong-bao-cao-vien-cap-xa.jpg", ("Bộ CHQS tỉnh bồi dưỡng báo cáo viên cấp xã tháng 3/2025.", "Trung úy Vũ Minh Hiếu")),
          ("p", "Thứ ba, chăm lo xây dựng đội ngũ cán bộ làm công tác giáo dục; định kỳ tập huấn, thi báo cáo viên giỏi; phát huy vai trò của cựu chiến binh, già làng, người có uy tín tham gia giáo dục truyền thống."),
          ("p", "Làm tốt các giải pháp trên sẽ góp phần xây dựng lực lượng dân quân tự vệ tỉnh Hải Dương vững mạnh về chính trị, hoàn thành tốt nhiệm vụ trong giai đoạn mới, nhất là khi tổ chức quân sự địa phương được điều chỉnh theo mô hình chính quyền hai cấp.")])
AUTH6 = ("Đại tá, TS. Phạm Quang Vinh", "Chính ủy Bộ CHQS tỉnh Hải Dương")


def page06():
    pub = T("2025-05-15 08:00")
    upd = T("2025-05-16 14:20")
    yy = lambda d: d.strftime("%d/%m/%y %H:%M")
    caps6 = [f"{c[0]} (Ảnh: {c[1]})" for c in [b[2] for b in A6.blocks if b[0] == "img"]]

    def main(rng, rl, rd):
        out, n = [], 0
        for b in A6.blocks:
            if b[0] == "p":
                out.append(jp(b[1]))
            elif b[0] == "h":
                out.append(f"<h3><strong>{esc(b[1])}</strong></h3>")
            elif b[0] == "img":
                n += 1
                out.append(f'<figure class="image"><img alt="" src="{b[1]}?t={rng.randint(1700000000000, 1750000000000)}" style="width:100%" />'
                           f'<figcaption>{esc(b[2][0])} <em>(Ảnh: <strong>{esc(b[2][1])}</strong>)</em></figcaption></figure>')
        pid = alnum(rng, 12)
        relh = "".join(f'<li class="news-item"><a href="/web/bchqs/tin-tuc/-/asset_publisher/{pid}/content/{slug(t)}">{esc(t)}</a> <span class="date">{yy(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="portlet-title-wrap"><h2 class="portlet-title-text">Tin tức - Sự kiện</h2></div>'
                f'<div class="vtp-news-detail" id="_vtnewsdetail_WAR_vtportalnewsportlet_INSTANCE_{pid}_detail">'
                f'<h2 class="title-detail">{esc(A6.title)}</h2>'
                f'<div class="author-box"><p class="author-name"><strong>{esc(AUTH6[0])}</strong></p><p class="author-position"><em>{esc(AUTH6[1])}</em></p></div>'
                f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày đăng: {yy(pub)}</span> '
                f'<span class="metadata-entry metadata-modified-date">Ngày chỉnh sửa: {yy(upd)}</span> <span class="metadata-entry metadata-view-count">Lượt xem: 2.041</span></div>'
                f'<div class="journal-abstract"><p><strong>{esc(A6.lead)}</strong></p></div>'
                f'<div class="journal-content-article" data-analytics-asset-id="{rng.randint(2800000, 2900000)}">{"".join(out)}</div>'
                f'<div class="asset-links"><a href="javascript:window.print()" class="print">In bài</a> <a href="#" class="mail">Gửi bài</a> <a href="#" class="font-size">A- A+</a></div></div>'
                f'<div class="vtp-related"><h3 class="title">Tin cùng chuyên mục</h3><ul>{relh}</ul></div>')

    crumbs = ('<nav class="breadcrumb-nav"><ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
              '<li class="first breadcrumb-truncate"><a href="/web/bchqs/trang-chu">Trang chủ</a></li><li class="breadcrumb-truncate"><a href="/web/bchqs/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></li></ul></nav>')
    url = "https://bchqs.haiduong.gov.vn/web/bchqs/nghien-cuu-trao-doi/-/asset_publisher/Xk7Qm2PwLs0R/content/nang-cao-chat-luong-giao-duc-chinh-tri-cho-luc-luong-dan-quan-tu-ve-tinh-hai-duong-trong-tinh-hinh-moi"
    head = (og(A6.title, url, {"og:site_name": "Bộ Chỉ huy Quân sự tỉnh Hải Dương"})
            + '<link class="lfr-css-file" data-senna-track="temporary" href="/o/vtportal-theme/css/main.css?browserId=other&amp;themeId=vtportaltheme_WAR_vtportaltheme&amp;languageId=vi_VN&amp;b=7010&amp;t=1746960000000" id="liferayAUICSS" rel="stylesheet" type="text/css" />'
            + '<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7010&amp;t=1746960000000&amp;/o/frontend-js-web/liferay/aui_deprecated.js" type="text/javascript"></script>'
            + '<script>var themeDisplay = Liferay.ThemeDisplay = {getLanguageId:function(){return "vi_VN";},getPathMain:function(){return "/c";},getUserName:function(){return "";},getScopeGroupId:function(){return "20182";}};</script>')
    side = lambda rng, pub: (side_std(rng, pub, "Tin xem nhiều", fmt=lambda d: d.strftime("%d/%m/%y"), cls="vtp-mostview")
                             + '<div class="vtp-hotline"><h3>Đường dây nóng</h3><p>Trực ban tác chiến: 069.xxx.xxx · Tuyển sinh quân sự: 0220.3xxx.xxx</p></div>'
                             + links_box(["Bộ Quốc phòng", "Báo Quân đội nhân dân", "Quân khu 3", "Tỉnh ủy Hải Dương"], "Liên kết", "vtp-links"))
    return page("s26-06", family="military_command_liferay70_viettel_like_rank_and_degree_before_name_nested_caption_credits",
                name="haiduong-bchqs-liferay70-viettel-like-news-portlet-generic-portlet-title-crumb-nghien-cuu-trao-doi-h2-author-box-dai-ta-ts-name-chinh-uy-unit-dd-mm-yy-hh-mm-two-digit-year-ngay-chinh-sua-bold-abstract-h3-heads-figcaption-em-strong-credit",
                url=url, art=A6, main_fn=main, pub=pub, prefix="vtp", kb=195,
                org="Bộ Chỉ huy Quân sự tỉnh Hải Dương", addr="Số 29 đường Thanh Niên, TP Hải Dương, tỉnh Hải Dương", phone="0220.3852.180",
                crumbs=crumbs, top=head_top("vtp", "/o/vtportal-theme/images/banner-bchqs.png", "Bộ Chỉ huy Quân sự tỉnh Hải Dương", days=2, hours=2, fmt=lambda d: d.strftime("%d/%m/%y")),
                side=side, shell_kw={"layout": "liferay", "head_extra": head, "title": A6.title + " - Bộ Chỉ huy Quân sự tỉnh Hải Dương", "items": MENU_GOV},
                exp=expected(A6, iso(pub), updated=iso(upd), author="TS. Phạm Quang Vinh", unit="Bộ CHQS tỉnh Hải Dương", category="Nghiên cứu - Trao đổi", captions=caps6),
                traps={"author_box": list(AUTH6), "chrome": ["Lượt xem: 2.041", "In bài", "Gửi bài", "Tin cùng chuyên mục", "Đường dây nóng", "Tin tức - Sự kiện"],
                       "related": lambda rl: rl[:4]},
                notes="A Viettel-like Liferay 7.0 portal (custom news-detail portlet 'vtportalnewsportlet') of a provincial military command. Study article. Under the h2 title an author box prints 'Đại tá, TS. Phạm Quang Vinh' / 'Chính ủy Bộ CHQS tỉnh Hải Dương' → author 'TS. Phạm Quang Vinh' (military rank dropped, academic degree kept: conventions), unit 'Bộ CHQS tỉnh Hải Dương' (post 'Chính ủy' dropped; abbreviation kept as printed). Stamps in Liferay's short vi_VN pattern with a TWO-DIGIT year: 'Ngày đăng: 15/05/25 08:00', 'Ngày chỉnh sửa: 16/05/25 14:20' → published 2025-05-15T08:00, updated 2025-05-16T14:20. Bold journal-abstract = lead; numbered h3 heads are body. Captions are figcaptions whose photo credit is nested '<em>(Ảnh: <strong>Thượng úy …</strong>)</em>' → each caption recorded whole with its credit ('… năm 2025. (Ảnh: Thượng úy Nguyễn Đức Anh)'); credits inside captions set no photographer → photographer null (and the rank stays in the caption as printed). Category: crumb last level 'Nghiên cứu - Trao đổi'; the portlet title 'Tin tức - Sự kiện' is a generic container.",
                readme="Viettel-like Liferay 7.0 Bộ CHQS tỉnh: author box under the title 'Đại tá, TS. Name' / 'Chính ủy Bộ CHQS tỉnh …' (rank dropped, degree kept, post dropped), 'dd/mm/yy HH:MM' two-digit-year stamps + 'Ngày chỉnh sửa:', bold abstract lead, h3 numbered heads, figcaptions with nested '<em>(Ảnh: <strong>rank Name</strong>)</em>' credits (kept in the caption, no photographer), crumb 'Nghiên cứu - Trao đổi' under a generic portlet title")


# ===================================================================== 7 Liên đoàn Lao động tỉnh Bình Định: django CMS 3; TWO authors with TWO units; Django's vi DATETIME_FORMAT
A7 = Art("Công đoàn Công ty CP May Bình An tổ chức “Bữa cơm công đoàn” cho 1.500 đoàn viên",
         "Trưa 3/6, Công đoàn cơ sở Công ty CP May Bình An (xã Phước Lộc, huyện Tuy Phước) phối hợp với Ban Giám đốc công ty tổ chức chương trình “Bữa cơm công đoàn” cho 1.500 đoàn viên, người lao động nhân Tháng Công nhân năm 2025.",
         [("p", "Bữa cơm có suất ăn trị giá 60.000 đồng, cao gấp đôi mức bình thường, do Công đoàn cơ sở và doanh nghiệp cùng đóng góp. Cùng ngồi ăn với công nhân có lãnh đạo LĐLĐ huyện Tuy Phước, Ban Giám đốc công ty và đại diện Đảng ủy xã Phước Lộc."),
          ("img", "/media/filer_public/3e/71/3e71c2a4-bua-com-cong-doan-may-binh-an.jpg", "Lãnh đạo LĐLĐ huyện Tuy Phước và Ban Giám đốc công ty cùng dùng bữa với công nhân"),
          ("p", "Trong không khí thân mật, đoàn viên, người lao động đã chia sẻ những khó khăn trong cuộc sống, đề xuất tăng thêm chuyến xe đưa đón công nhân ở các xã xa và mở rộng nhà giữ trẻ của công ty. Ban Giám đốc ghi nhận và hứa sẽ giải quyết trong quý III."),
          ("p", "Dịp này, Công đoàn cơ sở trao 20 suất quà, mỗi suất 1 triệu đồng cho đoàn viên có hoàn cảnh khó khăn; LĐLĐ huyện trao quyết định hỗ trợ xây “Mái ấm công đoàn” trị giá 50 triệu đồng cho chị Nguyễn Thị Hoa, công nhân tổ may số 7."),
          ("img", "/media/filer_public/8a/0d/8a0d55e1-trao-qua-doan-vien-kho-khan.jpg", "Trao quà cho đoàn viên có hoàn cảnh khó khăn"),
          ("p", "Chương trình “Bữa cơm công đoàn” được LĐLĐ tỉnh phát động từ năm 2023, đến nay đã được tổ chức tại 186 doanh nghiệp với hơn 72.000 lượt đoàn viên tham gia, góp phần thắt chặt quan hệ lao động hài hòa, ổn định trong doanh nghiệp.")])
BYLINE7 = "Trần Thị Bích (LĐLĐ huyện Tuy Phước) - Nguyễn Hoài Nam (Công đoàn cơ sở Công ty CP May Bình An)"


def page07():
    pub = T("2025-06-03 15:20")
    dj = lambda d: f"{hm(d)} Ngày {d.day:02d} tháng {d.month} năm {d.year}"

    def main(rng, rl, rd):
        body = A7.render(p=lambda t: f"<p>{esc(t)}</p>",
                         img=lambda s, c, n: f'<figure class="figure picture djangocms-picture"><img class="figure-img img-fluid" src="{s}" alt="" width="800" /><figcaption class="figure-caption text-center">{esc(c)}</figcaption></figure>')
        relh = "".join(f'<li class="list-group-item"><a href="/vi/tin-tuc/cham-lo-doi-song-doan-vien/{slug(t)}/">{esc(t)}</a> <small class="text-muted">{dj(d)}</small></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="article-detail"><h1 class="article-title">{esc(A7.title)}</h1>'
                f'<p class="article-meta text-muted"><i class="bi bi-clock"></i> {dj(pub)}</p>'
                f'<p class="lead">{esc(A7.lead)}</p><div class="article-body">{body}'
                f'<p class="text-end"><strong>{esc(BYLINE7)}</strong></p></div>'
                f'<div class="article-share"><a href="#" class="btn btn-sm btn-outline-primary">Chia sẻ Facebook</a> <a href="#" class="btn btn-sm btn-outline-secondary">In trang</a></div></article>'
                f'<section class="related-news"><h2 class="h5">Tin liên quan</h2><ul class="list-group list-group-flush">{relh}</ul></section>'
                f'<form class="newsletter" method="post" action="/vi/dang-ky-ban-tin/"><input type="hidden" name="csrfmiddlewaretoken" value="{alnum(rng, 64)}" /><label>Đăng ký nhận bản tin</label><input type="email" name="email" placeholder="Email của bạn" /><button type="submit">Đăng ký</button></form>')

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/vi/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/vi/tin-tuc/">Tin tức</a></li>'
              '<li class="breadcrumb-item active" aria-current="page"><a href="/vi/tin-tuc/cham-lo-doi-song-doan-vien/">Chăm lo đời sống đoàn viên</a></li></ol></nav>')
    url = "https://congdoan.binhdinh.gov.vn/vi/tin-tuc/cham-lo-doi-song-doan-vien/cong-doan-cong-ty-cp-may-binh-an-to-chuc-bua-com-cong-doan-cho-1500-doan-vien/"
    head = (og(A7.title, url, {"og:site_name": "Liên đoàn Lao động tỉnh Bình Định", "og:locale": "vi"})
            + '<link rel="stylesheet" href="/static/CACHE/css/output.4f2a9c1b7e3d.css" type="text/css" /><script src="/static/djangocms_text_ckeditor/js/cms.ckeditor.min.js?v=5.1.5"></script>'
            + '<link rel="alternate" hreflang="vi" href="' + url + '" />')
    side = lambda rng, pub: (side_std(rng, pub, "Tin mới nhất", fmt=dj, cls="dj-latest")
                             + '<div class="dj-law"><h3>Hỏi đáp pháp luật lao động</h3><p>Người lao động nghỉ việc riêng có hưởng lương không? <a href="/vi/hoi-dap/">Xem trả lời</a></p></div>'
                             + links_box(["Tổng LĐLĐ Việt Nam", "Báo Lao Động", "Tỉnh ủy Bình Định", "UBND tỉnh Bình Định"], "Liên kết", "dj-links"))
    return page("s26-07", family="labour_federation_django_cms3_two_authors_two_units_django_vi_datetime",
                name="binhdinh-ldld-django-cms3-bootstrap5-crumb-cham-lo-doi-song-doan-vien-h1-article-title-hh-mm-ngay-dd-thang-m-nam-yyyy-p-lead-two-figure-captions-bold-right-two-names-each-with-paren-unit-ldld-huyen-cong-doan-co-so",
                url=url, art=A7, main_fn=main, pub=pub, prefix="dj", kb=130,
                org="Liên đoàn Lao động tỉnh Bình Định", addr="Số 104 đường Lê Hồng Phong, TP Quy Nhơn, tỉnh Bình Định", phone="0256.3822.671",
                crumbs=crumbs, top=head_top("dj", "/static/img/logo-ldld.png", "Liên đoàn Lao động tỉnh Bình Định", days=1, hours=2, fmt=dj),
                side=side, shell_kw={"layout": "bootstrap", "head_extra": head, "title": A7.title + " | LĐLĐ tỉnh Bình Định", "items": MENU_MASS},
                exp=expected(A7, iso(pub), author="Trần Thị Bích, Nguyễn Hoài Nam", unit="LĐLĐ huyện Tuy Phước, Công đoàn cơ sở Công ty CP May Bình An", category="Chăm lo đời sống đoàn viên"),
                traps={"bylines": [BYLINE7], "chrome": ["Chia sẻ Facebook", "In trang", "Tin liên quan", "Đăng ký nhận bản tin", "Hỏi đáp pháp luật lao động"], "related": lambda rl: rl[:4]},
                notes="django CMS 3 (Bootstrap 5) site of a provincial Liên đoàn Lao động. Stamp in Django's vi DATETIME_FORMAT 'H:i Ngày d tháng n năm Y': '15:20 Ngày 03 tháng 6 năm 2025' → 2025-06-03T15:20 (time first). p.lead = lead. Two djangocms-picture figcaptions. The byline names TWO writers, EACH with their own unit in parentheses: 'Trần Thị Bích (LĐLĐ huyện Tuy Phước) - Nguyễn Hoài Nam (Công đoàn cơ sở Công ty CP May Bình An)' → author 'Trần Thị Bích, Nguyễn Hoài Nam', author_unit 'LĐLĐ huyện Tuy Phước, Công đoàn cơ sở Công ty CP May Bình An' (units in author order, joined with ', ' as set 23 did). Photographer null (no photo credit). Category: crumb last level 'Chăm lo đời sống đoàn viên'. The newsletter form (csrfmiddlewaretoken) and the Q&A box are chrome.",
                readme="django CMS 3 LĐLĐ tỉnh: '15:20 Ngày 03 tháng 6 năm 2025' (Django vi DATETIME_FORMAT, time first), p.lead, two Bootstrap figure-captions, bold right 'A (unit 1) - B (unit 2)' → two authors, two units in author order, crumb 'Chăm lo đời sống đoàn viên'")


# ===================================================================== 8 Công an tỉnh Ninh Thuận: classic ASP (Hanoi Telecom-like), table layout; SA/CH times with seconds; a pen image then a right-aligned byline div with a rank
A8 = Art("Ra mắt mô hình “Camera giám sát an ninh trật tự” tại thị trấn Phước Dân",
         "Sáng 22/4, Công an huyện Ninh Phước phối hợp với Ủy ban MTTQ Việt Nam thị trấn Phước Dân tổ chức ra mắt mô hình “Camera giám sát an ninh trật tự” tại khu phố Phước Đồng.",
         [("p", "Mô hình gồm 32 camera được lắp đặt tại các tuyến đường chính, ngã ba, ngã tư và khu vực chợ Phước Dân, kết nối về điểm giám sát tại trụ sở Công an thị trấn và điện thoại của trưởng khu phố. Kinh phí hơn 180 triệu đồng do Nhân dân và các doanh nghiệp trên địa bàn đóng góp."),
          ("img2", ["/Upload/TinTuc/2025/4/22/camera-phuoc-dan-1.jpg", "/Upload/TinTuc/2025/4/22/camera-phuoc-dan-2.jpg"], "Lãnh đạo Công an huyện Ninh Phước và thị trấn Phước Dân bấm nút ra mắt mô hình; cán bộ kỹ thuật hướng dẫn sử dụng phần mềm giám sát"),
          ("p", "Phát biểu tại buổi lễ, Thượng tá Nguyễn Văn Toàn, Trưởng Công an huyện Ninh Phước đánh giá đây là cách làm thiết thực, phát huy sức mạnh của Nhân dân trong phong trào toàn dân bảo vệ an ninh Tổ quốc; đề nghị các khu phố bảo quản tốt hệ thống, kịp thời cung cấp hình ảnh giúp lực lượng công an điều tra, xử lý vi phạm."),
          ("p", "Từ khi thí điểm tháng 12/2024 đến nay, hình ảnh từ hệ thống camera đã giúp Công an thị trấn làm rõ 4 vụ trộm cắp tài sản, 2 vụ tai nạn giao thông và phát hiện 6 trường hợp đổ rác thải không đúng nơi quy định."),
          ("img", "/Upload/TinTuc/2025/4/22/camera-phuoc-dan-3.jpg", "Màn hình giám sát đặt tại trụ sở Công an thị trấn Phước Dân"),
          ("p", "Dịp này, Công an huyện tặng giấy khen cho 3 tập thể và 5 cá nhân có thành tích trong vận động Nhân dân đóng góp xây dựng mô hình.")])
BYLINE8 = "Tin, ảnh: Đại úy Lê Thanh Tùng (Công an huyện Ninh Phước)"


def page08():
    pub = T("2025-04-22 15:40:12")
    sa_ch = lambda d: f"{dmy(d)} {d.hour % 12 or 12}:{d.minute:02d}:{d.second:02d} {'SA' if d.hour < 12 else 'CH'}"

    def main(rng, rl, rd):
        out = []
        for b in A8.blocks:
            if b[0] == "p":
                out.append(f'<p align="justify"><font face="Arial" size="2">{esc(b[1])}</font></p>')
            elif b[0] == "img2":
                out.append('<table border="0" cellpadding="3" cellspacing="0" width="100%" align="center"><tr>'
                           + "".join(f'<td width="50%" align="center"><img src="{s}" width="280" border="0"></td>' for s in b[1])
                           + f'</tr><tr><td colspan="2" align="center" class="chuthich_anh"><i>{esc(b[2])}</i></td></tr></table>')
            elif b[0] == "img":
                out.append(f'<div align="center"><img src="{b[1]}" width="480" border="0"><br><i>{esc(b[2])}</i></div>')
        relh = "".join(f'<tr><td width="12"><img src="/images/bullet_red.gif"></td><td><a href="chitiet.asp?id={rng.randint(4000, 4520)}&idcat=12" class="lienket_tinkhac">{esc(t)}</a> <font color="#999999">({dmy(d)})</font></td></tr>' for t, d in zip(rl[:6], rd))
        return ('<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="thanh_chuyenmuc" background="/images/bg_chuyenmuc.gif" height="28">&nbsp;&nbsp;<b>AN NINH TRẬT TỰ</b></td></tr>'
                f'<tr><td class="tieude_tin" style="padding:8px 4px"><font size="4" color="#8B0000"><b>{esc(A8.title)}</b></font></td></tr>'
                f'<tr><td class="ngaydang"><font size="1" color="#666666">Ngày đăng: {sa_ch(pub)}</font></td></tr>'
                f'<tr><td style="padding:6px 4px"><span class="tomtat"><b>{esc(A8.lead)}</b></span></td></tr>'
                f'<tr><td class="noidung_tin">{"".join(out)}'
                '<p align="right"><img src="/images/icon_butky.gif" alt="" width="60" height="22"></p>'
                f'<div align="right"><b>{esc(BYLINE8)}</b></div></td></tr>'
                '<tr><td align="right"><a href="javascript:window.print()"><img src="/images/print.gif" border="0"> In trang</a> &nbsp; <a href="javascript:history.back()"><img src="/images/back.gif" border="0"> Trở về</a></td></tr></table>'
                f'<table width="100%" class="tinkhac"><tr><td colspan="2" class="thanh_tinkhac"><b>CÁC TIN KHÁC</b></td></tr>{relh}</table>')

    url = "https://congan.ninhthuan.gov.vn/chitiet.asp?id=4521&idcat=12"
    head = ('<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">'
            + '<link rel="stylesheet" href="/style.css" type="text/css"><script language="JavaScript" src="/js/menu.js"></script>'
            + '<script language="JavaScript">function MM_swapImage(){var i,j=0,x,a=MM_swapImage.arguments;document.MM_sr=new Array;}</script>')
    side = lambda rng, pub: (side_std(rng, pub, "TIN ĐỌC NHIỀU", cls="docnhieu")
                             + '<table class="duongdaynong" width="100%"><tr><td><b>ĐƯỜNG DÂY NÓNG</b></td></tr><tr><td>Trực ban Công an tỉnh: 069.2xxx.xxx</td></tr><tr><td>Tiếp nhận tin báo tội phạm: 0259.3xxx.xxx</td></tr></table>'
                             + '<div class="tuyentruyen"><img src="/images/qc/dich-vu-cong-bo-cong-an.jpg" alt="Dịch vụ công trực tuyến Bộ Công an"></div>')
    return page("s26-08", family="provincial_police_classic_asp_table_layout_sa_ch_seconds_pen_image_then_rank_byline",
                name="ninhthuan-congan-classic-asp-table-layout-caps-bar-an-ninh-trat-tu-font-bold-title-ngay-dang-dd-mm-yyyy-h-mm-ss-ch-bold-span-lead-two-images-one-colspan-caption-row-br-i-caption-pen-gif-right-div-tin-anh-rank-name-paren-unit",
                url=url, art=A8, main_fn=main, pub=pub, prefix="ca", kb=110, ct="text/html; charset=utf-8",
                org="Công an tỉnh Ninh Thuận", addr="Số 02 đường 16 tháng 4, TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận", phone="069.2xxx.xxx",
                crumbs="", top=head_top("ca", "/images/banner_congan.jpg", "Công an tỉnh Ninh Thuận", days=0, hours=6),
                side=side, shell_kw={"layout": "table", "head_extra": head, "title": "Công an tỉnh Ninh Thuận - " + A8.title, "items": MENU_GOV},
                exp=expected(A8, iso(pub), author="Lê Thanh Tùng", unit="Công an huyện Ninh Phước", photographer="Lê Thanh Tùng", category="AN NINH TRẬT TỰ",
                             captions=[A8.blocks[1][2], A8.blocks[4][2]]),
                traps={"bylines": [BYLINE8], "chrome": ["In trang", "Trở về", "CÁC TIN KHÁC", "TIN ĐỌC NHIỀU", "ĐƯỜNG DÂY NÓNG"], "related": lambda rl: rl[:5]},
                notes="Classic ASP (a Hanoi Telecom-like table-layout CMS, FrontPage-era markup) of a provincial Công an. Category: the caps section bar 'AN NINH TRẬT TỰ' above the title (kept as printed). Title: bold <font> text in a table cell (no h-tag). Stamp 'Ngày đăng: 22/04/2025 3:40:12 CH' — the Vietnamese Windows locale's 12-hour clock with SA/CH (sáng/chiều = AM/PM) and PRINTED seconds → 2025-04-22T15:40:12 (seconds kept). Bold span.tomtat = lead. Photos: a two-row table with TWO images side by side in the first row and ONE caption cell (colspan=2) in the second → one caption for the pair; a third photo with an italic caption after a <br> → second caption. Byline: a pen icon image (icon_butky.gif) on its own right-aligned line, then a right-aligned div 'Tin, ảnh: Đại úy Lê Thanh Tùng (Công an huyện Ninh Phước)' → author = photographer 'Lê Thanh Tùng' (rank dropped), unit 'Công an huyện Ninh Phước'. The officer quoted in the text (Thượng tá …) is not an author. Served as UTF-8.",
                readme="classic ASP Công an tỉnh (table layout): caps bar 'AN NINH TRẬT TỰ' category, font-bold title, 'dd/mm/yyyy h:mm:ss CH' (SA/CH 12-hour clock, printed seconds), bold span lead, a two-image table with one colspan caption row + a <br><i> caption, a pen image then a right div 'Tin, ảnh: Đại úy Name (Công an huyện …)' (rank dropped; author = photographer + unit)")


# ===================================================================== 9 Đảng ủy xã Hàm Thắng (Bình Thuận): a Google Sites (new Sites) page; the stamp typed in the text; images with alt text only; a working group's signature
A9 = Art("Kiểm tra công tác chuẩn bị đại hội các chi bộ trực thuộc",
         None,
         [("p", "Thực hiện Kế hoạch số 45-KH/ĐU ngày 10/02/2025 của Ban Thường vụ Đảng ủy xã về tổ chức đại hội chi bộ trực thuộc tiến tới Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030, từ ngày 10 đến 15/3/2025, Tổ công tác của Đảng ủy đã kiểm tra công tác chuẩn bị đại hội tại 8 trong số 14 chi bộ trực thuộc."),
          ("p", "Qua kiểm tra, các chi bộ đã xây dựng kế hoạch, phân công nhiệm vụ cụ thể cho từng đảng viên; dự thảo báo cáo chính trị bám sát hướng dẫn, đánh giá đúng kết quả thực hiện nghị quyết nhiệm kỳ 2022 - 2025. Chi bộ thôn Phú Điền, Chi bộ thôn Ku Kê và Chi bộ Trường THCS Hàm Thắng chuẩn bị tốt, đúng tiến độ."),
          ("raw", '<div class="t3iYD"><img src="https://lh3.googleusercontent.example/sitesv/APaQ0SRk8v2nG7fQ1xZbT5mW3hJ9cL0dE4pY6uA2sK8rN1oV7iB3eX5wF9gH2jM4nQ6tR8yU0zC=w1280" class="CENy8b" role="img" alt="Tổ công tác làm việc với Chi bộ thôn Phú Điền" style="width: 100%; margin: 0%;"></div>'),
          ("p", "Bên cạnh đó, một số chi bộ chưa hoàn thiện hồ sơ nhân sự cấp ủy, chưa lấy ý kiến đóng góp của Nhân dân vào dự thảo báo cáo chính trị; việc phân công đảng viên chuẩn bị tham luận còn chậm."),
          ("p", "Kết luận buổi kiểm tra, Tổ công tác đề nghị các chi bộ khẩn trương khắc phục những hạn chế, hoàn chỉnh văn kiện và phương án nhân sự, gửi về Văn phòng Đảng ủy xã trước ngày 20/3/2025 để thẩm định."),
          ("raw", '<div class="t3iYD"><img src="https://lh3.googleusercontent.example/sitesv/APaQ0SQw3E7rT9yU1iO5pA8sD2fG6hJ0kL4zX7cV9bN3mQ1wE5rT8yU2iO6pA0sD4fG7hJ9kL3zX=w1280" class="CENy8b" role="img" alt="Đồng chí Bí thư Đảng ủy xã phát biểu kết luận buổi kiểm tra" style="width: 100%; margin: 0%;"></div>'),
          ("p", "Theo kế hoạch, Chi bộ thôn Phú Điền sẽ tổ chức đại hội điểm vào ngày 25/3/2025; các chi bộ còn lại hoàn thành đại hội trước ngày 10/4/2025.")])
SIGN9 = "Tổ công tác Đảng ủy xã Hàm Thắng"


def page09():
    pub = T("2025-03-18")
    rng = __import__("random").Random("s26-09")
    site = "/view/dangbohamthang"
    nav_sub = ["Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 12", A9.title, "Trao Huy hiệu Đảng đợt 3/2/2025", "Ra quân xây dựng nông thôn mới năm 2025"]

    def a(t, href, cls="aJHbb dk90Ob hDrhEe HlqNPb"):
        return f'<a class="{cls}" data-url="{href}" href="{href}" data-navtype="1">{esc(t)}</a>'

    sub = "".join(f'<li jsname="ibnC6b" data-nav-level="2" class="VsJjtf{" ZmrVpf" if t == A9.title else ""}"><div class="PsKE7e qV4dIc Qrrb5 YSH9J">'
                  + a(t, f"{site}/tin-hoạt-động/{slug(t)}", "aJHbb dk90Ob jgXgSe HlqNPb") + ('<span aria-current="page"></span>' if t == A9.title else "") + '</div></li>' for t in nav_sub)
    nav = ('<nav jsname="ihoMLd" role="navigation" tabindex="-1" id="WDxLfe" class="plFg0c"><ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte">'
           f'<li jsname="ibnC6b" data-nav-level="1" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc">{a("Trang chủ", site + "/trang-chủ")}</div></li>'
           f'<li jsname="ibnC6b" data-nav-level="1" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc">{a("Giới thiệu", site + "/giới-thiệu")}</div></li>'
           f'<li jsname="ibnC6b" data-nav-level="1" class="VsJjtf ZmrVpf oXBWEc"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc lhZOrc" aria-current="true">{a("Tin hoạt động", site + "/tin-hoạt-động")}'
           f'<div class="mBHtvb u5fiyc" role="presentation" title="Mở rộng/Thu gọn" aria-expanded="true"></div></div><div class="oGuwee eWDljc RPRy1e Mkt3Tc" style="display:none"><ul class="VcS63b">{sub}</ul></div></li>'
           f'<li jsname="ibnC6b" data-nav-level="1" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc">{a("Văn bản", site + "/văn-bản")}</div></li>'
           f'<li jsname="ibnC6b" data-nav-level="1" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc">{a("Liên hệ", site + "/liên-hệ")}</div></li></ul></nav>')

    def tp(t, style=""):
        return f'<p dir="ltr" class="zfr3Q CDt4Ke " style="{style}"><span class="C9DxTc " style="{"" if not style else ""}">{esc(t)}</span></p>'

    out = []
    for b in A9.blocks:
        if b[0] == "p":
            out.append(tp(b[1], "text-align: justify;"))
        else:
            out.append(f'</div></div></div></div><div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd baZpAe">{b[1]}</div></div></div></div>'
                       f'<div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">')
    text_box = ('<div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">'
                + f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: left;"><span class="C9DxTc " style="font-style: italic; font-size: 10pt;">Đăng ngày {pub.day}/{pub.month}/{pub.year}</span></p>'
                + "".join(out)
                + f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: right;"><span class="C9DxTc " style="font-weight: 700;">{esc(SIGN9)}</span></p></div></div></div></div>')
    header = ('<section id="h.4a1b6c0f3d2e_0" class="yaqOZd LB7kq cJgDec nyKByd O13XJf KEFykf" style=""><div class="Nu95r"><div class="IFuOkc" style="background-size: cover; background-position: center center; background-image: url(https://lh3.googleusercontent.example/sitesv/APaQ0SS-header-banner=w16383);" jsname="LQX2Vd"></div></div>'
              '<div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc yYI8W HQwdzb"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d"><div class="oKdM2c ZZyype Kzv0Me"><div class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc wHaque g5GTcb"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">'
              '<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc " style="font-size: 10pt; letter-spacing: 2px;">TIN HOẠT ĐỘNG</span></p>'
              f'<h1 id="h.p_kT9xQ2m4" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style="text-align: center;"><span class="C9DxTc ">{esc(A9.title)}</span></h1></div></div></div></div></div></div></div></div></div></section>')
    main = (f'<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">{header}'
            '<section id="h.4a1b6c0f3d2e_12" class="yaqOZd"><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-wNfPc Ktthjf-AhqUyc-wNfPc JNdkSc SQVYQc yYI8W HQwdzb"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d">'
            f'{text_box}</div></div></div></div></div></section></div>')
    footer = ('<div class="Xpil1b xgQ6eb"></div><footer jsname="yePe5c"><section id="h.footer_0" class="yaqOZd qeLZfd"><div class="mYVXT"><div class="tyJCtd mGzaTb Depvyb baZpAe">'
              '<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc ">ĐẢNG BỘ XÃ HÀM THẮNG - HUYỆN HÀM THUẬN BẮC - TỈNH BÌNH THUẬN</span></p>'
              '<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc ">Địa chỉ: Thôn Ku Kê, xã Hàm Thắng · Điện thoại: 0252.3865.xxx</span></p></div></div></section></footer>'
              '<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="1742371200000" data-is-preview="false">'
              '<div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" aria-label="Thông tin về trang web" tabindex="0"><div class="Fvio9d MbhUzd"></div></div>'
              '<div class="JAPqpe K0NPx"><span jsslot class="z80M1 FeRvI" role="menuitem"><div class="aBBjbd MbhUzd"></div><div class="uyYuVb oJeWuf"><div class="jO7h3c">Google Sites</div></div></span>'
              '<span jsslot class="z80M1 FeRvI" role="menuitem"><div class="uyYuVb oJeWuf"><div class="jO7h3c">Báo cáo hành vi sai trái</div></div></span></div></div>')
    blob = "".join(f"AF_initDataCallback({{key: 'ds:{i}', hash: '{rng.randint(1, 9)}', data:[\"{b64blob(rng, 2400)}\",[{rng.randint(10**9, 10**10)},\"{alnum(rng, 24)}\"]], sideChannel: {{}}}});" for i in range(24))
    url = "https://sites.google.com/view/dangbohamthang/tin-hoạt-động/kiểm-tra-công-tác-chuẩn-bị-đại-hội-các-chi-bộ-trực-thuộc"
    html = (f'<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
            f'<meta property="og:title" content="Đảng bộ xã Hàm Thắng - {esc(A9.title, True)}"><meta property="og:type" content="website"><meta property="og:url" content="{esc(url, True)}">'
            f'<link rel="canonical" href="{esc(url, True)}"><title>Đảng bộ xã Hàm Thắng - {esc(A9.title)}</title>'
            f'<script nonce="{alnum(rng, 22)}">var DOCS_timing={{}}; DOCS_timing[\'sl\']=new Date().getTime();</script><script nonce="{alnum(rng, 22)}">{blob}</script>'
            f'<link href="https://fonts.googleapis.example/css?family=Roboto:300,400,500,700|Merriweather:400,700&display=swap" rel="stylesheet" nonce="{alnum(rng, 22)}"><!--PAD-->'
            f'</head><body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;" class="LqzjUe">'
            f'<div jsname="Ld6hbb" class="zDUgLc"></div><div class="T4LgNb eejsDc" jsname="a9kxte"><div jsname="ZbHD2d" class="M63kCb N63NQ"></div>'
            f'<header id="atIduf" class="BbxBP HP6J1d K5Zlne" jsname="rotXFc" jscontroller="zRtGxc"><div class="BsSMeb"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J">'
            f'<a class="GAuSPc" jsname="jIujaf" href="{site}/trang-chủ"><img src="https://lh3.googleusercontent.example/sitesv/APaQ0ST-logo-dangbo=w16383" class="lzy1Td" role="img" aria-label="Trang chủ của trang web" jsname="SwcDWb"><span class="QTKDff">Đảng bộ xã Hàm Thắng</span></a></div>'
            f'{nav}</div></div></div></header>{main}{footer}</div></div>'
            f'<script nonce="{alnum(rng, 22)}">window.viewerData = {{config: {{"siteId":"{alnum(rng, 33)}","lastUpdated":"2025-03-19T01:12:40.000Z","locale":"vi"}}, page: {{"title":{dump(A9.title)}}}}};</script></body></html>')
    html = pad(html, rng, 175, prefix="gs")
    exp = expected(A9, isod(pub), unit=SIGN9, category="TIN HOẠT ĐỘNG", captions=[], lead=None)
    return mk("commune_party_google_sites_typed_stamp_alt_only_images_working_group_signature",
              "binhthuan-hamthang-danguyxa-google-sites-new-sites-unicode-path-caps-label-tin-hoat-dong-above-h1-header-section-dang-ngay-d-m-yyyy-typed-italic-date-only-no-lead-images-alt-text-only-no-captions-bold-right-to-cong-tac-dang-uy-xa-signature-unit",
              url, html, exp,
              {"stamp_line": [f"Đăng ngày {pub.day}/{pub.month}/{pub.year}"], "signature": [SIGN9], "footer": ["ĐẢNG BỘ XÃ HÀM THẮNG - HUYỆN HÀM THUẬN BẮC - TỈNH BÌNH THUẬN"],
               "chrome": ["Báo cáo hành vi sai trái", "Google Sites"], "nav": [nav_sub[0], nav_sub[2]]},
              "A new Google Sites page of a commune-level Đảng ủy xã (the site is a set of pages; each news item is a sub-page of 'Tin hoạt động'; Unicode paths as Google Sites writes them). No CMS stamp: the editor typed 'Đăng ngày 18/3/2025' in italic as the first line of the text box → published '2025-03-18' date only (the viewerData 'lastUpdated' and data-last-updated-at-time are machine-only and are not shown → updated null). Title: the h1 in the header section; the small caps line above it 'TIN HOẠT ĐỘNG' is the printed section label → category 'TIN HOẠT ĐỘNG' as printed (the nav's parent page agrees). No lead. The two photos are Google Sites image blocks with ALT TEXT ONLY and no caption → captions [] (alt is not a caption). The text ends with the bold right signature 'Tổ công tác Đảng ủy xã Hàm Thắng' — a working group of the commune Party committee, a body rather than a person → author null, unit 'Tổ công tác Đảng ủy xã Hàm Thắng' (as set 25 treated an office signature). The nav lists sibling items (one of them is this page's own title), which are chrome.",
              "Google Sites Đảng ủy xã: caps label 'TIN HOẠT ĐỘNG' above the header h1 (category), typed italic 'Đăng ngày d/m/yyyy' as the first text line (date only), no lead, two images with alt text only (no captions), bold right 'Tổ công tác Đảng ủy xã …' signature → unit only")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
