"""Set 22 pages 10-18: a Báo tỉnh, the Hội LHPN, the Tỉnh đoàn, a Huyện ủy, the MTTQ, the Hội Cựu chiến binh, a Tỉnh
ủy, a Thành ủy and a second Huyện ủy. Pages 10 and 13 carry one TWIST each (a byline that is a pen name identical to
a province named in the text, a caption that reads like a paragraph of the text)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb
from .p_01_pages import head_top, right_bold

THANG = "Tháng"


def dmy_unpadded(d):
    return f"{d.day}/{d.month}/{d.year}"


def k2date(d):
    """Joomla/K2 DATE_FORMAT_LC2 in Vietnamese: 'Thứ bảy, 21 Tháng 12 2024 10:30'."""
    return f"{wd(d, lower=True)}, {d.day:02d} {THANG} {d.month} {d.year} {hm(d)}"


# ===================================================================== 10 Báo Bắc Giang: press CMS, the byline 'Hà Giang' is a reporter's pen name identical to a province named in the text (TWIST)
A10 = Art("Bắc Giang - Hà Giang ký kết chương trình hợp tác phát triển du lịch, nông sản",
          "Sáng 14/11, tại TP Hà Giang, Ban Thường vụ Tỉnh ủy Bắc Giang và Ban Thường vụ Tỉnh ủy Hà Giang tổ chức ký kết chương trình hợp tác giai đoạn 2025 - 2030, tập trung vào các lĩnh vực du lịch, tiêu thụ nông sản và đào tạo nguồn nhân lực.",
          [("p", "Theo chương trình, hai tỉnh sẽ phối hợp xây dựng tour du lịch kết nối “Cao nguyên đá Đồng Văn - Tây Yên Tử”, quảng bá các sản phẩm OCOP tại hội chợ, phiên chợ của mỗi tỉnh; Bắc Giang hỗ trợ Hà Giang xây dựng chuỗi liên kết tiêu thụ chè Shan tuyết, cam sành, mật ong bạc hà."),
           ("img", "/dataimages/202411/original/images2847113_ky_ket.jpg", "Lãnh đạo hai tỉnh Bắc Giang và Hà Giang ký kết chương trình hợp tác"),
           ("p", "Phát biểu tại lễ ký kết, đồng chí Bí thư Tỉnh ủy Hà Giang cảm ơn sự giúp đỡ của tỉnh Bắc Giang trong những năm qua, nhất là hỗ trợ xây dựng 300 căn nhà cho hộ nghèo ở các huyện Mèo Vạc, Yên Minh; đề nghị hai bên cụ thể hóa chương trình bằng kế hoạch hằng năm."),
           ("img", "/dataimages/202411/original/images2847114_che_shan.jpg", "Đoàn công tác tỉnh Bắc Giang thăm mô hình trồng chè Shan tuyết tại huyện Vị Xuyên"),
           ("p", "Dịp này, đoàn công tác tỉnh Bắc Giang đã thăm mô hình trồng chè Shan tuyết tại huyện Vị Xuyên và trao 2 tỷ đồng hỗ trợ xây dựng điểm trường cho học sinh vùng cao.")])


def page10():
    pub, upd = T("2024-11-15 09:12"), T("2024-11-15 10:05")

    def main(rng, rl, rd):
        body = A10.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" /><figcaption class="image-caption">{esc(c)}</figcaption></figure>')
        cm = ('<div class="bg-cmt"><h3>Bình luận</h3><p class="bg-cmt-empty">Chưa có bình luận nào. Hãy là người đầu tiên bình luận bài viết này.</p>'
              '<textarea placeholder="Nội dung bình luận"></textarea><input placeholder="Họ tên" /><button type="button">Gửi bình luận</button></div>')
        return (f'<div class="bg-detail"><p class="bg-sup-title">Tăng cường liên kết vùng</p><h1 class="bg-title">{esc(A10.title)}</h1>'
                f'<div class="bg-meta"><span class="bg-time">{hm(pub)} ngày {dmy(pub)}</span> <span class="bg-upd">Cập nhật: {hm(upd)} ngày {dmy(upd)}</span></div>'
                f'<div class="bg-sapo"><strong>{esc(A10.lead)}</strong></div><div class="bg-content" id="bg-content">{body}{right_bold("Hà Giang")}</div>'
                f'<div class="bg-tags"><span>Từ khóa:</span> <a href="/tag/hop-tac">hợp tác</a> <a href="/tag/du-lich">du lịch</a> <a href="/tag/che-shan-tuyet">chè Shan tuyết</a></div>'
                f'{share("bg-share")}<div class="bg-rel"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl[:5], rd, lambda d: hm(d) + " " + dmy(d), href="/thoi-su/trong-tinh/{s}-{n}.bgo", cls="bg-rel-list")}</div>{cm}</div>')

    crumbs = crumb([("Trang chủ", "/"), ("Thời sự", "/thoi-su"), ("Trong tỉnh", "/thoi-su/trong-tinh")], cls="bg-crumb", sep=" › ")
    url = "https://baobacgiang.vn/thoi-su/trong-tinh/bac-giang-ha-giang-ky-ket-chuong-trinh-hop-tac-phat-trien-du-lich-nong-san-447215.bgo"
    head = (og(A10.title, url, {"og:site_name": "Báo Bắc Giang điện tử", "og:description": A10.lead, "article:section": "Thời sự"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A10.title, "datePublished": "2024-11-15T09:12:00+07:00",
                      "dateModified": "2024-11-15T10:05:00+07:00", "author": {"@type": "Person", "name": "Hà Giang"},
                      "publisher": {"@type": "Organization", "name": "Báo Bắc Giang"}}))
    return page("s22-10", family="baotinh_press_cms_pen_name_is_province_name",
                name="bacgiang-bao-press-cms-crumb-thoi-su-trong-tinh-sup-title-above-h1-hh-mm-ngay-dd-mm-yyyy-cap-nhat-hh-mm-ngay-same-day-bold-sapo-two-figcaptions-bold-right-pen-name-ha-giang-equals-province-in-text-jsonld-author-tags-comments",
                url=url, art=A10, main_fn=main, pub=pub, prefix="bg", kb=210,
                org="Báo Bắc Giang", addr="Số 50 đường Nguyễn Văn Cừ, TP Bắc Giang, tỉnh Bắc Giang", phone="0204.3854.542",
                crumbs=crumbs, top=head_top("bg", "/images/logo-bgo.svg", "Báo Bắc Giang", days=0, hours=8, fmt=hm),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="bg-most", n=8)
                + '<div class="bg-gia"><h3>Giá vải thiều - nông sản</h3><p>Cam sành Lục Ngạn: 18.000 đ/kg · Gạo nếp cái hoa vàng: 32.000 đ/kg · Cập nhật 16/11/2024</p></div>',
                shell_kw={"layout": "div", "items": MENU_NEWS, "head_extra": head, "title": A10.title + " | Báo Bắc Giang điện tử"},
                exp=expected(A10, iso(pub), updated=iso(upd), author="Hà Giang", category="Trong tỉnh"),
                traps={"sup_title": ["Tăng cường liên kết vùng"], "chrome": ["Từ khóa:", "Tin cùng chuyên mục", "Chưa có bình luận nào", "Giá vải thiều - nông sản"], "related": lambda rl: rl[:4]},
                notes="TWIST: the byline is the bold right line 'Hà Giang' at the end of the text — the reporter's pen name (a common Vietnamese given name; the JSON-LD author says 'Hà Giang' too). It is IDENTICAL to the province the article is about ('tỉnh Hà Giang', 'TP Hà Giang' in the text). It is not a dateline, not a source ('Theo Báo Hà Giang') and not a place → author 'Hà Giang', unit null. Dropping it as a place name, or turning it into a unit, would corrupt the record. Báo tỉnh press CMS: a supertitle ('tít phụ') 'Tăng cường liên kết vùng' above the h1 is not part of the title; '09:12 ngày 15/11/2024' and 'Cập nhật: 10:05 ngày 15/11/2024' → published T09:12, updated T10:05 (JSON-LD agrees). Bold sapo. Two figcaptions. Crumb 'Trang chủ › Thời sự › Trong tỉnh' → 'Trong tỉnh'. Tags, related, empty comments.",
                readme="TWIST byline 'Hà Giang' — a reporter's pen name identical to the province named in the text → author 'Hà Giang' (not a place, dateline or source); Báo tỉnh press CMS, supertitle above the h1 (not title), 'HH:MM ngày dd/mm/yyyy' + 'Cập nhật: HH:MM ngày …', bold sapo, two figcaptions, crumb 'Thời sự › Trong tỉnh'")


# ===================================================================== 11 Hội LHPN tỉnh Hà Nam: WordPress Newspack, subtitle lead, 'Bởi <display name>', word dates in agreeing <time>s
A11 = Art("Hội LHPN tỉnh Hà Nam ra mắt 15 mô hình “Phụ nữ khởi nghiệp xanh”",
          "Nhân kỷ niệm 115 năm Ngày Quốc tế Phụ nữ 8/3, các cấp Hội trong tỉnh đồng loạt ra mắt 15 mô hình khởi nghiệp gắn với bảo vệ môi trường, thu hút hơn 200 hội viên tham gia.",
          [("p", "Các mô hình tập trung vào những lĩnh vực như sản xuất rau hữu cơ, làm phân bón vi sinh từ phụ phẩm nông nghiệp, tái chế nhựa thành đồ gia dụng, kinh doanh sản phẩm thủ công từ lục bình, cói. Mỗi mô hình được Hội hỗ trợ từ 20 đến 50 triệu đồng vốn vay ưu đãi và kết nối với các chương trình xúc tiến thương mại."),
           ("img", "/wp-content/uploads/2025/03/tui-coi-nhan-nghia.jpg", "Sản phẩm túi cói của tổ hợp tác phụ nữ xã Nhân Nghĩa, huyện Lý Nhân"),
           ("p", "Chị Trần Thị Hoa, chủ mô hình tái chế nhựa ở phường Lam Hạ, TP Phủ Lý chia sẻ, từ 2 máy ép cũ được hỗ trợ, tổ của chị đã làm ra các sản phẩm chậu cây, thùng rác từ nhựa phế thải, tạo việc làm cho 8 phụ nữ với thu nhập 5 - 6 triệu đồng/tháng."),
           ("p", "Bà Lê Thị Thu Hằng, Chủ tịch Hội LHPN tỉnh cho biết, năm 2025 Hội phấn đấu hỗ trợ thành lập mới ít nhất 30 mô hình phụ nữ khởi nghiệp, trong đó ưu tiên các mô hình kinh tế tuần hoàn, thân thiện với môi trường.")])


def wdate(d):
    return f"{d.day} {THANG} {d.month}, {d.year}"


def page11():
    pub, upd = T("2025-03-08 09:20"), T("2025-03-09 15:41")

    def main(rng, rl, rd):
        body = A11.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: f'<figure class="wp-block-image size-large"><img decoding="async" src="{s}" alt="" class="wp-image-{rng.randint(2000, 9000)}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')
        return (f'<article id="post-3318" class="post-3318 post type-post status-publish format-standard category-hoat-dong-hoi entry"><header class="entry-header">'
                f'<span class="cat-links"><span class="screen-reader-text">Chuyên mục</span><a href="/category/hoat-dong-hoi/" rel="category tag">Hoạt động Hội</a></span>'
                f'<h1 class="entry-title">{esc(A11.title)}</h1><div class="newspack-post-subtitle">{esc(A11.lead)}</div>'
                f'<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/wp-content/uploads/avatar-thu-trang-80x80.jpg" class="avatar avatar-80 photo" height="80" width="80" /></span>'
                f'<span class="byline"><span>Bởi</span> <span class="author vcard"><a class="url fn n" href="/author/thutrang/">Thu Trang</a></span></span>'
                f'<span class="posted-on"><time class="entry-date published" datetime="2025-03-08T09:20:00+07:00">{wdate(pub)}</time>'
                f'<span class="updated-label">Cập nhật</span> <time class="updated" datetime="2025-03-09T15:41:00+07:00">{wdate(upd)}</time></span></div></div></header>'
                f'<div class="entry-content">{body}</div><footer class="entry-footer"><span class="tags-links"><span>Thẻ:</span> <a href="/tag/khoi-nghiep/" rel="tag">khởi nghiệp</a>, '
                f'<a href="/tag/kinh-te-tuan-hoan/" rel="tag">kinh tế tuần hoàn</a></span></footer>'
                f'<div class="author-bio"><div class="author-bio-header"><h2 class="accent-header">Thu Trang</h2></div><a class="author-link" href="/author/thutrang/">Xem tất cả bài viết của Thu Trang</a></div></article>'
                f'<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Có thể bạn quan tâm</h3>{rel(rng, rl[:3], rd, lambda d: wdate(d), href="/{s}/", cls="jp-relatedposts-items")}</div>')

    url = "https://phunuhanam.vn/hoi-lhpn-tinh-ha-nam-ra-mat-15-mo-hinh-phu-nu-khoi-nghiep-xanh/"
    head = (og(A11.title, url, {"og:site_name": "Hội Liên hiệp Phụ nữ tỉnh Hà Nam", "og:description": A11.lead, "article:published_time": "2025-03-08T02:20:00+00:00", "article:modified_time": "2025-03-09T08:41:00+00:00"})
            + '<meta name="generator" content="WordPress 6.7.1" /><meta name="generator" content="Newspack 2.4.0" />')
    return page("s22-11", family="womens_union_wp_newspack_subtitle_lead_boi_author_link_word_dates",
                name="hanam-hlhpn-wordpress-newspack-cat-links-kicker-hoat-dong-hoi-no-crumb-h1-curly-quotes-post-subtitle-lead-boi-display-name-author-link-word-dates-8-thang-3-2025-time-agrees-cap-nhat-9-thang-3-wp-block-figcaption-author-bio",
                url=url, art=A11, main_fn=main, pub=pub, prefix="npk", kb=160,
                org="Hội Liên hiệp Phụ nữ tỉnh Hà Nam", addr="Số 38 đường Trần Phú, phường Quang Trung, TP Phủ Lý, tỉnh Hà Nam", phone="0226.3852.711",
                top=head_top("npk", "/wp-content/uploads/logo-phunuhanam.png", "Hội Liên hiệp Phụ nữ tỉnh Hà Nam", days=2, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới nhất", fmt=wdate, cls="npk-latest")
                + '<div class="npk-hotline"><h3>Đường dây nóng hỗ trợ phụ nữ</h3><p>0226.3852.711 · Tiếp nhận tin báo bạo lực gia đình 24/7</p></div>',
                shell_kw={"layout": "wp", "items": MENU_MASS, "head_extra": head, "title": A11.title + " – Hội LHPN tỉnh Hà Nam"},
                exp=expected(A11, iso(pub), updated=iso(upd), author="Thu Trang", category="Hoạt động Hội"),
                traps={"chrome": ["Thẻ:", "Xem tất cả bài viết của Thu Trang", "Có thể bạn quan tâm", "Đường dây nóng hỗ trợ phụ nữ"], "related": lambda rl: rl[:3]},
                notes="WordPress with the Newspack theme of a provincial Hội LHPN. The category is the cat-links kicker above the h1, 'Hoạt động Hội' (no crumb). The Newspack post SUBTITLE under the h1 is the deck → lead (first in body). 'Bởi Thu Trang' links to /author/thutrang/: here the WordPress display name is a person's name, the same as in the author-bio box → author 'Thu Trang' (not an account handle). The dates are printed in words, '8 Tháng 3, 2025' and 'Cập nhật 9 Tháng 3, 2025', inside <time>s whose datetimes agree and carry +07:00 → published 2025-03-08T09:20, updated 2025-03-09T15:41 (the rule of set 21 for a date-only stamp with an agreeing machine time). wp-block-image figcaption. Tags, author bio, related posts. 8/3 and '115 năm' in the subtitle are decoys.",
                readme="WordPress Newspack Hội LHPN: cat-links kicker as the only section, post SUBTITLE = lead, 'Bởi <display name>' author link (a person, = author bio), word dates '8 Tháng 3, 2025' / 'Cập nhật 9 Tháng 3, 2025' in agreeing <time>s (times taken), wp-block figcaption")


# ===================================================================== 12 Tỉnh đoàn Ninh Thuận: Yii2, printed seconds, 'Tin: X - Ảnh: Y' under the title, plain last crumb
A12 = Art("Tuổi trẻ Ninh Thuận ra mắt 12 công trình “Thanh niên với chuyển đổi số” tại các xã bãi ngang",
          "Hưởng ứng Tháng Thanh niên năm 2025, ngày 08/3, Ban Thường vụ Tỉnh đoàn Ninh Thuận tổ chức ra mắt 12 công trình “Thanh niên với chuyển đổi số” tại các xã bãi ngang ven biển thuộc huyện Ninh Hải, Thuận Nam.",
          [("p", "Các công trình gồm điểm phát wifi miễn phí tại nhà văn hóa thôn, bảng mã QR tra cứu thủ tục hành chính, tủ sách điện tử và tổ “Công nghệ số cộng đồng” do đoàn viên làm nòng cốt, hướng dẫn người dân cài đặt, sử dụng VNeID, thanh toán không dùng tiền mặt."),
           ("img", "/uploads/news/2025/03/huong-dan-vneid-nhon-hai.jpg", "Đoàn viên thanh niên hướng dẫn người dân xã Nhơn Hải cài đặt ứng dụng VNeID"),
           ("p", "Tổng kinh phí thực hiện các công trình hơn 260 triệu đồng, huy động từ các doanh nghiệp viễn thông và đóng góp của đoàn viên. Dịp này, Tỉnh đoàn trao 30 máy tính bảng cho học sinh có hoàn cảnh khó khăn ở các xã bãi ngang.")])


def page12():
    pub = T("2025-03-09 07:05:31")

    def main(rng, rl, rd):
        body = A12.render(p=jp, img=fig)
        return (f'<div class="news-view"><h1>{esc(A12.title)}</h1><p class="news-credit">Tin: Minh Khoa - Ảnh: Hoàng Yến</p>'
                f'<div class="news-time"><span class="glyphicon glyphicon-time"></span> Đăng lúc {pub.strftime("%H:%M:%S")} ngày {dmy(pub)}</div>'
                f'<div class="news-lead"><strong><em>{esc(A12.lead)}</em></strong></div><div class="news-content">{body}</div>'
                f'<div class="news-fb"><h4>Bình luận</h4><div class="fb-comments" data-href="https://tinhdoanninhthuan.vn/tin-tuc/tuoi-tre-sang-tao/ra-mat-12-cong-trinh-thanh-nien-voi-chuyen-doi-so" data-width="100%" data-numposts="5"></div></div>'
                f'<div class="news-same"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl[:5], rd, lambda d: d.strftime("%H:%M:%S") + " " + dmy(d), href="/tin-tuc/tuoi-tre-sang-tao/{s}", cls="news-same-list")}</div></div>')

    crumbs = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>'
              '<li class="active">Tuổi trẻ sáng tạo</li></ul>')
    url = "https://tinhdoanninhthuan.vn/tin-tuc/tuoi-tre-sang-tao/ra-mat-12-cong-trinh-thanh-nien-voi-chuyen-doi-so"
    head = (og(A12.title, url, {"og:site_name": "Tỉnh đoàn Ninh Thuận", "og:description": A12.lead})
            + f'<meta name="csrf-param" content="_csrf-frontend" /><meta name="csrf-token" content="{"q" * 8}' + 'Zk9YUHVwT2dzN0xrVkh3bmJ6UTZoRnBJcFlhTA==" />')
    return page("s22-12", family="youth_union_yii2_printed_seconds_dang_luc_tin_anh_credit",
                name="ninhthuan-tinhdoan-yii2-bootstrap3-crumb-last-plain-li-tuoi-tre-sang-tao-h1-curly-quotes-credit-tin-name-dash-anh-name-under-title-dang-luc-hh-mm-ss-ngay-dd-mm-yyyy-printed-seconds-bold-italic-lead-figcaption-fb-comments",
                url=url, art=A12, main_fn=main, pub=pub, prefix="tdnt", kb=105,
                org="Tỉnh đoàn Ninh Thuận", addr="Số 17 đường 16 tháng 4, TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận", phone="0259.3822.306",
                crumbs=crumbs, top=head_top("tdnt", "/images/logo-tinhdoan.png", "Tỉnh đoàn Ninh Thuận", days=1, hours=3),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="tdnt-new")
                + '<div class="tdnt-count"><h3>Tháng Thanh niên 2025</h3><p>Kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2025)</p></div>',
                shell_kw={"layout": "bootstrap", "items": MENU_MASS, "head_extra": head, "title": A12.title + " | Tỉnh đoàn Ninh Thuận"},
                exp=expected(A12, iso(pub), author="Minh Khoa", photographer="Hoàng Yến", category="Tuổi trẻ sáng tạo"),
                traps={"bylines": ["Tin: Minh Khoa - Ảnh: Hoàng Yến"], "chrome": ["Bình luận", "Tin cùng chuyên mục", "Tháng Thanh niên 2025"], "related": lambda rl: rl[:4]},
                notes="Yii2 (Bootstrap 3) site of a Tỉnh đoàn. Credit under the h1 'Tin: Minh Khoa - Ảnh: Hoàng Yến' → author 'Minh Khoa', photographer 'Hoàng Yến'. 'Đăng lúc 07:05:31 ngày 09/03/2025' prints seconds → published 2025-03-09T07:05:31 (printed seconds kept). Bold italic lead. figcaption. Crumb whose last level is a plain active li 'Tuổi trẻ sáng tạo' → category. A Facebook comments plugin (empty in the saved page) and 'Tin cùng chuyên mục' with printed seconds close the page; the anniversary box is a decoy.",
                readme="Yii2 Tỉnh đoàn: 'Tin: X - Ảnh: Y' under the h1 (author + photographer), 'Đăng lúc HH:MM:SS ngày dd/mm/yyyy' (printed seconds kept), bold italic lead, figcaption, crumb with a plain last level 'Tuổi trẻ sáng tạo', Facebook comments box")


# ===================================================================== 13 Huyện ủy Tiền Hải (Thái Bình): in-house PHP table layout, a long caption that reads like a paragraph (TWIST)
CAP13 = ("Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy Tiền Hải phát biểu chỉ đạo tại hội nghị. Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho "
         "12 tập thể và 25 cá nhân có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021 - 2025.")
A13 = Art("Tiền Hải tổng kết việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021 - 2025",
          "Ngày 17/2, Ban Thường vụ Huyện ủy Tiền Hải tổ chức hội nghị tổng kết việc thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021 - 2025.",
          [("p", "Giai đoạn 2021 - 2025, các cấp ủy, tổ chức đảng trong huyện đã cụ thể hóa nội dung học tập chuyên đề hằng năm bằng những việc làm thiết thực, gắn với giải quyết các vấn đề bức xúc ở cơ sở. 100% chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt thường kỳ; mỗi cán bộ, đảng viên đăng ký ít nhất một việc làm cụ thể để thực hiện."),
           ("img", "/upload/tintuc/2025/02/tong-ket-chi-thi-05-tien-hai.jpg", CAP13),
           ("p", "Nhiều mô hình hay được nhân rộng như “Dòng họ học tập và làm theo Bác” ở xã Đông Trung, “Chi bộ 4 tốt” ở xã Nam Thịnh, “Mỗi tuần một việc tốt” trong đoàn viên thanh niên. Qua đó, nhân dân đã hiến hơn 21.000 m² đất, đóng góp 36 tỷ đồng xây dựng nông thôn mới kiểu mẫu."),
           ("p", "Phát biểu kết luận, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy tiếp tục gắn việc học tập và làm theo Bác với việc thực hiện nghị quyết đại hội đảng bộ các cấp, chuẩn bị tốt đại hội đảng bộ huyện nhiệm kỳ 2025 - 2030.")])


def page13():
    pub = T("2025-02-18 00:00")

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=lambda s, c, n: (f'<p style="text-align:center"><img src="{s}" alt="" width="600" height="400" /></p>'
                                                     f'<p style="text-align:center">{esc(c)}</p>'))
        others = "".join(f'<tr><td class="tdk"><a href="/index.php?mod=tintuc&amp;id={rng.randint(3000, 6999)}">{esc(t)}</a> <span class="ngay">({dmy_unpadded(d)})</span></td></tr>'
                         for t, d in zip(rl[:6], rd))
        return (f'<table width="100%" cellpadding="0" cellspacing="0" class="tbl-chitiet"><tr><td class="tieude" style="font-size:20px;font-weight:bold;color:#b30000;padding:6px 0">{esc(A13.title)}</td></tr>'
                f'<tr><td class="ngaydang" style="color:#777;font-size:12px">Ngày đăng: {dmy_unpadded(pub)} | Lượt xem: 312</td></tr>'
                f'<tr><td class="noidung"><p style="text-align:justify"><b>{esc(A13.lead)}</b></p>{body}'
                f'{right_bold("Tin, ảnh: Phạm Văn Hưng - Ban Tuyên giáo Huyện ủy")}</td></tr>'
                f'<tr><td class="congcu"><a href="javascript:window.print()">In bài viết</a> | <a href="javascript:history.back()">Quay lại</a></td></tr>'
                f'<tr><td><div class="tdk-head">Các tin đã đưa</div><table width="100%">{others}</table></td></tr></table>')

    crumbs = ('<div class="duongdan" style="padding:4px 0"><a href="/">Trang chủ</a> &gt;&gt; <a href="/index.php?mod=tintuc">Tin tức - Sự kiện</a> &gt;&gt; '
              '<a href="/index.php?mod=tintuc&amp;cat=3">Hoạt động của Huyện ủy</a></div>')
    url = "http://huyenuytienhai.thaibinh.dcs.vn/index.php?mod=tintuc&id=5821"
    head = '<meta name="author" content="Huyện ủy Tiền Hải" /><meta name="keywords" content="Tiền Hải, Chỉ thị 05, học tập và làm theo Bác" />'
    return page("s22-13", family="district_party_php_table_long_caption_reads_like_paragraph",
                name="thaibinh-tienhai-huyenuy-inhouse-php-table-layout-gtgt-crumb-hoat-dong-cua-huyen-uy-td-tieude-title-ngay-dang-d-m-yyyy-unpadded-date-only-views-bold-lead-long-plain-centred-caption-two-sentences-tin-anh-name-dash-btg",
                url=url, art=A13, main_fn=main, pub=pub, prefix="th", kb=100,
                org="Huyện ủy Tiền Hải", addr="Thị trấn Tiền Hải, huyện Tiền Hải, tỉnh Thái Bình", phone="0227.3823.210",
                crumbs=crumbs, top=head_top("th", "/images/banner_huyenuy.jpg", "Huyện ủy Tiền Hải", days=1, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới cập nhật", fmt=dmy_unpadded, cls="th-new") + schedule(rng, pub + timedelta(days=1), "Lịch công tác tuần", "th-lich")
                + links_box(["Tỉnh ủy Thái Bình", "Báo Thái Bình", "UBND huyện Tiền Hải"]),
                shell_kw={"layout": "table", "head_extra": head, "title": "Huyện ủy Tiền Hải - " + A13.title},
                exp=expected(A13, isod(pub), author="Phạm Văn Hưng", unit="Ban Tuyên giáo Huyện ủy", photographer="Phạm Văn Hưng", category="Hoạt động của Huyện ủy"),
                traps={"bylines": ["Tin, ảnh: Phạm Văn Hưng - Ban Tuyên giáo Huyện ủy"], "chrome": ["Lượt xem: 312", "In bài viết", "Các tin đã đưa", "Lịch công tác tuần"], "related": lambda rl: rl[:4]},
                notes="TWIST: under the photo sits a LONG CAPTION that reads like a paragraph of the text — two full sentences, in a plain centred <p> with no italic, no caption class and the same font as the text ('Đồng chí Nguyễn Văn Hải, Bí thư Huyện ủy Tiền Hải phát biểu chỉ đạo tại hội nghị. Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 12 tập thể và 25 cá nhân …'); its second sentence even carries a fact that the text does not repeat. It is centred directly under the image (the text paragraphs are justified) and its first sentence describes who is in the picture → a caption, not body. An extractor that keeps it in the body would add an invented paragraph to the text (and lose the caption). In-house PHP (table layout, index.php?mod=tintuc) of a Huyện ủy: title in td.tieude (no heading element), 'Ngày đăng: 18/2/2025 | Lượt xem: 312' (unpadded day/month, date only) → '2025-02-18'. Bold first paragraph = lead. Bold right 'Tin, ảnh: Phạm Văn Hưng - Ban Tuyên giáo Huyện ủy' → author + photographer + unit. Crumb with '>>' → 'Hoạt động của Huyện ủy'. 17/2, 15/5/2016 and the periods are decoys.",
                readme="TWIST long two-sentence caption in a plain centred <p> under the photo (no italic, no class; a fact not repeated in the text) → caption, not body; in-house PHP table layout Huyện ủy, td.tieude title, 'Ngày đăng: d/m/yyyy' (unpadded, date only), bold first-paragraph lead, 'Tin, ảnh: Name - Ban Tuyên giáo Huyện ủy', '>>' crumb")


# ===================================================================== 14 Ủy ban MTTQ tỉnh Yên Bái: Drupal 9 Barrio, lowercase weekday stamp, bare 'PV' credit
A14 = Art("Ủy ban MTTQ tỉnh Yên Bái sơ kết 15 năm Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
          "Sáng 28/02, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Yên Bái tổ chức hội nghị sơ kết 15 năm thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” (2009 - 2024) trên địa bàn tỉnh.",
          [("p", "Sau 15 năm, Cuộc vận động đã tạo chuyển biến tích cực trong nhận thức và hành động của người tiêu dùng. Theo khảo sát, hơn 90% người dân được hỏi ưu tiên lựa chọn hàng Việt Nam khi mua sắm; tỷ lệ hàng Việt tại các siêu thị, cửa hàng tiện lợi trên địa bàn tỉnh đạt trên 92%."),
           ("img", "/sites/default/files/styles/large/public/2025-03/so-ket-cuoc-van-dong.jpg", "Quang cảnh hội nghị sơ kết"),
           ("p", "Các doanh nghiệp, hợp tác xã của tỉnh đã chú trọng nâng cao chất lượng, đổi mới mẫu mã sản phẩm. Đến nay, Yên Bái có 312 sản phẩm OCOP, trong đó nhiều sản phẩm như quế Văn Yên, chè Shan tuyết Suối Giàng, gạo nếp Tú Lệ đã có mặt ở thị trường nước ngoài."),
           ("p", "Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 15 tập thể, 20 cá nhân có thành tích xuất sắc trong thực hiện Cuộc vận động.")])


def page14():
    pub = T("2025-03-03 09:45")

    def main(rng, rl, rd):
        body = A14.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: f'<figure role="group" class="caption caption-img align-center"><img alt="" data-entity-type="file" src="{s}" width="800" height="533" loading="lazy" /><figcaption>{esc(c)}</figcaption></figure>')
        return (f'<article role="article" about="/node/2604" class="node node--type-article node--promoted node--view-mode-full">'
                f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(A14.title)}</span></h1>'
                f'<div class="node__meta"><span class="field field--name-created field--type-created field--label-hidden">{wd(pub, lower=True)}, {dmy(pub)} - {hm(pub)}</span></div>'
                f'<div class="node__content clearfix"><div class="clearfix text-formatted field field--name-field-sapo field--type-text-long field--label-hidden field__item"><p><strong>{esc(A14.lead)}</strong></p></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}{right_bold("PV")}</div></div></article>'
                f'<div class="views-element-container block block-views"><h2>Tin liên quan</h2>{rel(rng, rl[:5], rd, lambda d: dmy(d), href="/node/{n}", cls="view-tin-lien-quan")}</div>')

    crumbs = ('<nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb">'
              '<li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a></li>'
              '<li class="breadcrumb-item"><a href="/hoat-dong-mat-tran/cuoc-van-dong">Cuộc vận động</a></li></ol></nav>')
    url = "https://mattran.yenbai.gov.vn/hoat-dong-mat-tran/cuoc-van-dong/uy-ban-mttq-tinh-yen-bai-so-ket-15-nam-cuoc-van-dong"
    head = og(A14.title, url, {"og:site_name": "Ủy ban MTTQ Việt Nam tỉnh Yên Bái", "og:description": A14.lead}) + '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />'
    return page("s22-14", family="mttq_drupal9_barrio_bare_pv_credit",
                name="yenbai-mttq-drupal9-bootstrap-barrio-system-breadcrumb-cuoc-van-dong-h1-page-title-field-title-curly-quotes-created-field-lowercase-weekday-dd-mm-yyyy-dash-hh-mm-field-sapo-bold-caption-filter-figure-bare-pv-credit",
                url=url, art=A14, main_fn=main, pub=pub, prefix="mt", kb=140,
                org="Ủy ban MTTQ Việt Nam tỉnh Yên Bái", addr="Số 1 đường Điện Biên, phường Đồng Tâm, TP Yên Bái, tỉnh Yên Bái", phone="0216.3852.380",
                crumbs=crumbs, top=head_top("mt", "/themes/custom/mattran/logo.png", "Ủy ban MTTQ Việt Nam tỉnh Yên Bái", days=1, hours=5),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="mt-new")
                + '<div class="mt-quy"><h3>Quỹ “Vì người nghèo” tỉnh</h3><p>Tổng thu năm 2024: 21,7 tỷ đồng · Cập nhật 31/12/2024</p></div>',
                shell_kw={"layout": "drupal", "items": MENU_MASS, "head_extra": head, "title": A14.title + " | Ủy ban MTTQ tỉnh Yên Bái"},
                exp=expected(A14, iso(pub), author="PV", category="Cuộc vận động"),
                traps={"chrome": ["Tin liên quan", "Quỹ “Vì người nghèo” tỉnh", "Breadcrumb"], "related": lambda rl: rl[:4]},
                notes="Drupal 9 (Bootstrap Barrio subtheme) of a provincial MTTQ. The created field prints the weekday with a lower-case day word, 'Thứ hai, 03/03/2025 - 09:45' → T09:45. field--name-field-sapo (bold) = lead. Caption-filter figure. The only credit is a bare bold right 'PV' (phóng viên): recorded as printed → author 'PV', unit null (as set 18 recorded the group credit 'Nhóm PV …' as printed; a reader could set author null). System breadcrumb 'Trang chủ › Hoạt động Mặt trận › Cuộc vận động' → 'Cuộc vận động'. The meeting day (28/02), the period 2009 - 2024 and the fund box are decoys.",
                readme="Drupal 9 Barrio MTTQ: created field 'Thứ hai, dd/mm/yyyy - HH:MM' (lower-case day word), field-sapo bold lead, caption-filter figure, bare 'PV' credit (author as printed), system breadcrumb 'Cuộc vận động'")


# ===================================================================== 15 Hội CCB tỉnh Kon Tum: Joomla 3 + K2 item, 'Viết bởi <account>', 'Lần sửa cuối', lead image caption before the intro
A15 = Art("Cựu chiến binh xã Văn Lem giúp nhau phát triển kinh tế",
          "Phát huy phẩm chất “Bộ đội Cụ Hồ”, những năm qua, Chi hội Cựu chiến binh xã Văn Lem, huyện Đăk Tô đã tích cực giúp nhau vay vốn, chuyển đổi cây trồng, góp phần giảm tỷ lệ hộ nghèo trong hội viên từ 18% xuống còn 3%.",
          [("p", "Chi hội hiện có 46 hội viên, phần lớn là người dân tộc Xơ Đăng. Chi hội thành lập 3 tổ vay vốn với tổng dư nợ hơn 2,4 tỷ đồng từ Ngân hàng Chính sách xã hội, đồng thời duy trì quỹ “Cựu chiến binh giúp nhau” để hội viên khó khăn vay không lãi."),
           ("p", "Gia đình CCB A Hùng ở thôn Đăk Manh 1 từng là hộ nghèo, được chi hội hỗ trợ 15 triệu đồng và cây giống cà phê xanh lùn. Đến nay, gia đình có 1,2 ha cà phê, 300 gốc sầu riêng, thu nhập trên 200 triệu đồng/năm."),
           ("p", "Nhân kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024), Hội CCB huyện Đăk Tô biểu dương Chi hội CCB xã Văn Lem là điển hình tiêu biểu trong phong trào “Cựu chiến binh gương mẫu”.")])
CAP15 = "Hội viên Chi hội CCB xã Văn Lem chăm sóc vườn cà phê xanh lùn"


def page15():
    pub, upd = T("2024-12-21 10:30"), T("2024-12-23 08:15")

    def main(rng, rl, rd):
        body = A15.render(p=jp)
        more = "".join(f'<li><a href="/index.php/guong-cuu-chien-binh/item/{rng.randint(400, 999)}-{slug(t)[:40]}">{esc(t)}</a></li>' for t in rl[:5])
        return (f'<span id="startOfPageId1187"></span><div id="k2Container" class="itemView itemIsFeatured">'
                f'<div class="itemHeader"><span class="itemDateCreated">{k2date(pub)}</span><h2 class="itemTitle">{esc(A15.title)}</h2>'
                f'<span class="itemAuthor">Viết bởi&nbsp;<a rel="author" href="/index.php/guong-cuu-chien-binh/itemlist/user/62-hoiccbkontum">hoiccb_kontum</a></span></div>'
                f'<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">cỡ chữ</span> <a href="#" id="fontDecrease">giảm cỡ chữ</a> <a href="#" id="fontIncrease">tăng cỡ chữ</a></li>'
                f'<li><a class="itemPrintLink" rel="nofollow" href="#">In</a></li><li><a class="itemEmailLink" rel="nofollow" href="#">Email</a></li></ul></div>'
                f'<div class="itemBody"><div class="itemImageBlock"><span class="itemImage"><a class="modal" href="/media/k2/items/cache/{hexid(rng, 32)}_XL.jpg"><img src="/media/k2/items/cache/{hexid(rng, 32)}_L.jpg" alt="{esc(A15.title, True)}" /></a></span>'
                f'<span class="itemImageCaption">{esc(CAP15)}</span><div class="clr"></div></div>'
                f'<div class="itemIntroText"><p><strong>{esc(A15.lead)}</strong></p></div>'
                f'<div class="itemFullText">{body}<p style="text-align:right"><strong><em>CCB Y Blôi - Hội CCB huyện Đăk Tô</em></strong></p></div>'
                f'<div class="itemDateModified">Lần sửa cuối vào {k2date(upd)}</div></div>'
                f'<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="/index.php/guong-cuu-chien-binh">Gương cựu chiến binh</a></div>'
                f'<div class="itemTagsBlock"><span>Thẻ</span> <ul class="itemTags"><li><a href="#">Đăk Tô</a></li><li><a href="#">giảm nghèo</a></li></ul></div></div>'
                f'<div class="itemRelated"><h3>Thêm trong mục này</h3><ul>{more}</ul></div>'
                f'<div class="itemNavigation"><span class="itemNavigationTitle">Thêm trong mục này:</span> <a class="itemPrevious" href="#">« Bài trước</a> <a class="itemNext" href="#">Bài sau »</a></div></div>')

    url = "https://cuuchienbinh.kontum.gov.vn/index.php/guong-cuu-chien-binh/item/1187-cuu-chien-binh-xa-van-lem-giup-nhau-phat-trien-kinh-te"
    head = (og(A15.title, url, {"og:site_name": "Hội Cựu chiến binh tỉnh Kon Tum", "og:description": A15.lead})
            + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/components/com_k2/css/k2.css?v=2.11.20240212" rel="stylesheet" />')
    return page("s22-15", family="veterans_union_joomla3_k2_viet_boi_account_sua_lan_cuoi_ccb_name",
                name="kontum-hoiccb-joomla3-k2-item-view-no-crumb-dang-trong-category-h2-item-title-date-created-lowercase-weekday-dd-thang-m-yyyy-hh-mm-lan-sua-cuoi-vao-viet-boi-account-image-caption-before-intro-bold-intro-lead-ccb-name-dash-hoi-ccb-huyen",
                url=url, art=A15, main_fn=main, pub=pub, prefix="ccb", kb=125,
                org="Hội Cựu chiến binh tỉnh Kon Tum", addr="Số 56 đường Trần Hưng Đạo, TP Kon Tum, tỉnh Kon Tum", phone="0260.3862.214",
                top=head_top("ccb", "/images/banner-ccb.jpg", "Hội Cựu chiến binh tỉnh Kon Tum", days=3, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="ccb-new")
                + '<div class="ccb-kn"><h3>Kỷ niệm 80 năm Ngày thành lập QĐND Việt Nam</h3><p>22/12/1944 - 22/12/2024</p></div>',
                shell_kw={"layout": "bootstrap", "items": MENU_MASS, "head_extra": head, "title": A15.title},
                exp=expected(A15, iso(pub), updated=iso(upd), author="Y Blôi", unit="Hội CCB huyện Đăk Tô", category="Gương cựu chiến binh", captions=[CAP15]),
                traps={"accounts": ["hoiccb_kontum"], "bylines": ["CCB Y Blôi - Hội CCB huyện Đăk Tô"], "chrome": ["Viết bởi", "Lần sửa cuối vào", "Đăng trong", "Thêm trong mục này", "« Bài trước"],
                       "related": lambda rl: rl[:4]},
                notes="Joomla 3 + K2 item view of a provincial Hội Cựu chiến binh. itemDateCreated 'Thứ bảy, 21 Tháng 12 2024 10:30' (K2 LC2 format: lower-case day word 'bảy', month word 'Tháng 12') → published T10:30; itemDateModified 'Lần sửa cuối vào Thứ hai, 23 Tháng 12 2024 08:15' → updated T08:15 on 23/12. 'Viết bởi hoiccb_kontum' is the K2 item author = the site ACCOUNT → not an author. The K2 lead image and its itemImageCaption come BEFORE the intro text; the bold intro text = lead. Foot 'CCB Y Blôi - Hội CCB huyện Đăk Tô' → author 'Y Blôi' (status prefix 'CCB' dropped, as in set 15) + unit. h2.itemTitle. No crumb: 'Đăng trong Gương cựu chiến binh' (itemCategory) → 'Gương cựu chiến binh'. The anniversary 22/12/1944 - 22/12/2024 is a decoy.",
                readme="Joomla 3 K2 Hội CCB: 'Thứ bảy, dd Tháng m yyyy HH:MM' created + 'Lần sửa cuối vào …' modified, 'Viết bởi <account>', image caption before the bold intro lead, h2.itemTitle, 'Đăng trong <category>' as the only section, 'CCB Name - Hội CCB huyện …' (CCB dropped)")


# ===================================================================== 16 Tỉnh ủy Phú Yên: CMC C-Portal (ASP.NET MVC), date in words, CSS-uppercase headline, 'Bài: A và B', no pictures
A16 = Art("Thường trực Tỉnh ủy làm việc với Ban Thường vụ Thị ủy Đông Hòa về công tác chuẩn bị đại hội",
          "Chiều 19/02, đồng chí Bí thư Tỉnh ủy Phú Yên chủ trì buổi làm việc với Ban Thường vụ Thị ủy Đông Hòa về tình hình thực hiện nhiệm vụ chính trị và công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.",
          [("p", "Theo báo cáo, đến nay 100% chi bộ trực thuộc đảng ủy cơ sở của Thị ủy Đông Hòa đã hoàn thành đại hội; 17 đảng bộ cơ sở đang hoàn thiện văn kiện, dự kiến tổ chức đại hội xong trước ngày 30/4/2025. Thị ủy đã chọn Đảng bộ phường Hòa Hiệp Trung tổ chức đại hội điểm."),
           ("p", "Năm 2024, tốc độ tăng trưởng kinh tế của thị xã đạt 9,2%; thu ngân sách trên địa bàn hơn 520 tỷ đồng. Khu kinh tế Nam Phú Yên tiếp tục thu hút 3 dự án mới với tổng vốn đăng ký khoảng 4.300 tỷ đồng."),
           ("p", "Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy đề nghị Thị ủy Đông Hòa chuẩn bị kỹ nhân sự, bảo đảm đúng quy trình, đúng nguyên tắc; tập trung tháo gỡ vướng mắc về giải phóng mặt bằng các dự án trọng điểm trên địa bàn.")])


def words(d):
    return f"Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def page16():
    pub = T("2025-02-20 00:00")

    def main(rng, rl, rd):
        body = A16.render(p=jp)
        return (f'<div class="cp-news-detail"><h1 class="cp-title" style="text-transform:uppercase">{esc(A16.title)}</h1>'
                f'<div class="cp-date"><i class="fa fa-calendar-o"></i> {words(pub)}</div>'
                f'<div class="cp-sapo"><b>{esc(A16.lead)}</b></div><div class="cp-content">{body}{right_bold("Bài: Minh Đức và Thu Hà")}</div>'
                f'<div class="cp-tools"><a href="#" onclick="window.print()">In bài</a> | <a href="javascript:history.back()">Quay lại</a></div>'
                f'<div class="cp-old"><h3>Tin đã đăng</h3>{rel(rng, rl[:6], rd, lambda d: "(" + dmy(d) + ")", href="/tin-tuc-su-kien/hoat-dong-cua-lanh-dao-tinh/{s}-{n}.html", cls="cp-old-list")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=1)
        return (f'<div class="cp-banner"><img src="/Content/tinhuy/banner.png" alt="Tỉnh ủy Phú Yên" /><div class="cp-today">{wd(today)}, {words(today).lower()}</div></div>'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=6 * i) for i in range(5)], dmy, "Tin mới", "cp-ticker"))

    crumbs = ('<ol class="breadcrumb cp-crumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>'
              '<li><a href="/tin-tuc-su-kien/hoat-dong-cua-lanh-dao-tinh">Hoạt động của lãnh đạo tỉnh</a></li></ol>')
    url = "https://phuyen.dcs.vn/tin-tuc-su-kien/hoat-dong-cua-lanh-dao-tinh/thuong-truc-tinh-uy-lam-viec-voi-ban-thuong-vu-thi-uy-dong-hoa-8731.html"
    head = og(A16.title, url, {"og:site_name": "Tỉnh ủy Phú Yên", "og:description": A16.lead, "article:published_time": "2025-02-20T07:48:00+07:00"}) + '<meta name="generator" content="CMC C-Portal" />'
    return page("s22-16", family="province_party_cmc_mvc_date_in_words_two_writers_va_no_pictures",
                name="phuyen-tinhuy-cmc-cportal-aspnet-mvc-crumb-hoat-dong-cua-lanh-dao-tinh-h1-css-uppercase-typed-mixed-case-date-in-words-ngay-dd-thang-mm-nam-yyyy-only-header-clock-in-words-bold-sapo-no-pictures-bai-a-va-b-two-authors",
                url=url, art=A16, main_fn=main, pub=pub, prefix="cp", kb=170,
                org="Tỉnh ủy Phú Yên", addr="Số 1 đường Hùng Vương, phường 5, TP Tuy Hòa, tỉnh Phú Yên", phone="0257.3842.131",
                crumbs=crumbs, top=top,
                side=lambda rng, pub: side_std(rng, pub, "Tin nổi bật", fmt=lambda d: dmy(d), cls="cp-hot") + schedule(rng, pub + timedelta(days=1), "Lịch công tác của Thường trực Tỉnh ủy", "cp-lich")
                + vb_box(["Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp", "Kế hoạch số 210-KH/TU về đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030"], cls="cp-vb"),
                shell_kw={"layout": "div", "head_extra": head, "title": A16.title + " - Tỉnh ủy Phú Yên"},
                exp=expected(A16, isod(pub), author="Minh Đức, Thu Hà", category="Hoạt động của lãnh đạo tỉnh"),
                traps={"bylines": ["Bài: Minh Đức và Thu Hà"], "chrome": ["In bài", "Quay lại", "Tin đã đăng", "Lịch công tác của Thường trực Tỉnh ủy"], "related": lambda rl: rl[:4]},
                notes="CMC C-Portal (ASP.NET MVC) of a Tỉnh ủy. The only stamp is a date in WORDS, 'Ngày 20 tháng 02 năm 2025' → '2025-02-20' (date only; the og published_time 07:48 is metadata the page does not print; the header clock is also in words, for the next day). The headline is typed in mixed case and shown in capitals by CSS (text-transform) → title as typed. Bold sapo. No pictures → captions []. 'Bài: Minh Đức và Thu Hà' → two authors 'Minh Đức, Thu Hà'. Crumb 'Trang chủ › Tin tức - Sự kiện › Hoạt động của lãnh đạo tỉnh' → the last level. 19/02 and 30/4/2025 in the text are decoys.",
                readme="CMC C-Portal Tỉnh ủy: date in words 'Ngày dd tháng mm năm yyyy' as the only stamp (date only), headline uppercased by CSS only, bold sapo, no pictures, 'Bài: A và B' → two authors, crumb 'Hoạt động của lãnh đạo tỉnh'")


# ===================================================================== 17 Thành ủy Bà Rịa (BR-VT): VNPT Liferay 7.4 display page, 'Ngày xuất bản … - Ngày hiệu chỉnh …', italic 'Name, unit' under the sapo
A17 = Art("Thành ủy Bà Rịa tổng kết công tác xây dựng Đảng, hệ thống chính trị năm 2024",
          "Chiều 15/01, Ban Thường vụ Thành ủy Bà Rịa tổ chức hội nghị tổng kết công tác xây dựng Đảng, hệ thống chính trị năm 2024, triển khai nhiệm vụ năm 2025.",
          [("p", "Năm 2024, Đảng bộ thành phố kết nạp 186 đảng viên, đạt 124% chỉ tiêu; 100% tổ chức cơ sở đảng được đánh giá, xếp loại chất lượng đúng quy định, trong đó 89,7% hoàn thành tốt nhiệm vụ trở lên. Công tác kiểm tra, giám sát được thực hiện chặt chẽ, đúng kế hoạch."),
           ("img", "/documents/20181/0/tong-ket-xay-dung-dang-ba-ria.jpg", "Đồng chí Bí thư Thành ủy Bà Rịa trao giấy khen cho các tổ chức cơ sở đảng tiêu biểu"),
           ("p", "Hội nghị đã thảo luận, thống nhất các giải pháp nâng cao chất lượng sinh hoạt chi bộ, chuẩn bị tốt đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu Đảng bộ thành phố lần thứ VIII, nhiệm kỳ 2025 - 2030."),
           ("p", "Dịp này, Ban Thường vụ Thành ủy khen thưởng 14 tổ chức cơ sở đảng đạt danh hiệu “trong sạch, vững mạnh” tiêu biểu 5 năm liền (2020 - 2024).")])


def page17():
    pub, upd = T("2025-01-16 16:05"), T("2025-01-17 08:30")

    def main(rng, rl, rd):
        body = A17.render(p=jp, img=lambda s, c, n: f'<figure class="lfr-img"><img class="img-fluid" src="{s}" alt="" /><figcaption class="text-center font-italic">{esc(c)}</figcaption></figure>')
        fid = alnum(rng, 6).lower()
        return (f'<div class="lfr-layout-structure-item-{fid} fragment-heading"><div class="component-heading" data-lfr-editable-id="element-text" data-lfr-editable-type="text">'
                f'<h2 class="component-heading-title">{esc(A17.title)}</h2></div></div>'
                f'<div class="fragment-meta"><p class="text-secondary small">Ngày xuất bản: {dmy(pub)} {hm(pub)} - Ngày hiệu chỉnh: {dmy(upd)} {hm(upd)}</p></div>'
                f'<div class="fragment-sapo"><p class="sapo font-weight-bold">{esc(A17.lead)}</p><p class="byline font-italic">Lê Hoàng Vũ, Ban Tuyên giáo Thành ủy</p></div>'
                f'<div class="fragment-content journal-content-article" data-analytics-asset-type="web-content">{body}</div>'
                f'<div class="fragment-rating"><span>Đánh giá bài viết</span> <span class="stars">★★★★☆</span> (7 lượt)</div>'
                f'<div class="fragment-related"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl[:5], rd, lambda d: dmy(d), href="/web/thanhuybaria/-/{s}", cls="asset-related")}</div>')

    crumbs = ('<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/thanhuybaria"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/thanhuybaria/tin-tuc"><span class="breadcrumb-text-truncate">Tin tức</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/thanhuybaria/xay-dung-dang"><span class="breadcrumb-text-truncate">Xây dựng Đảng</span></a></li></ol></nav>')
    url = "https://thanhuybaria.baria-vungtau.dcs.vn/web/thanhuybaria/-/thanh-uy-ba-ria-tong-ket-cong-tac-xay-dung-dang-he-thong-chinh-tri-nam-2024"
    head = og(A17.title, url, {"og:site_name": "Thành ủy Bà Rịa", "og:description": A17.lead}) + '<meta content="Liferay DXP 7.4" name="generator" />'
    return page("s22-17", family="city_party_vnpt_liferay74_xuat_ban_hieu_chinh_italic_name_comma_unit",
                name="bariavungtau-baria-thanhuy-vnpt-liferay74-display-page-fragments-crumb-xay-dung-dang-h2-component-heading-ngay-xuat-ban-dash-ngay-hieu-chinh-next-day-bold-sapo-italic-byline-name-comma-unit-under-sapo-figcaption-rating",
                url=url, art=A17, main_fn=main, pub=pub, prefix="br", kb=190,
                org="Thành ủy Bà Rịa", addr="Số 12 đường Bạch Đằng, phường Phước Trung, TP Bà Rịa, tỉnh Bà Rịa - Vũng Tàu", phone="0254.3826.217",
                crumbs=crumbs, top=head_top("br", "/o/baria-theme/images/banner.png", "Thành ủy Bà Rịa", days=2, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="br-new")
                + '<div class="br-tet"><h3>Chào mừng Xuân Ất Tỵ 2025</h3><p>Còn 13 ngày đến Tết Nguyên đán (29/01/2025)</p></div>',
                shell_kw={"layout": "liferay74", "head_extra": head, "title": A17.title + " - Thành ủy Bà Rịa"},
                exp=expected(A17, iso(pub), updated=iso(upd), author="Lê Hoàng Vũ", unit="Ban Tuyên giáo Thành ủy", category="Xây dựng Đảng"),
                traps={"bylines": ["Lê Hoàng Vũ, Ban Tuyên giáo Thành ủy"], "chrome": ["Đánh giá bài viết", "Tin cùng chuyên mục", "Chào mừng Xuân Ất Tỵ 2025"], "related": lambda rl: rl[:4]},
                notes="VNPT ePortal on Liferay DXP 7.4 (display page built from fragments) of a Thành ủy. h2 component-heading title. One meta line 'Ngày xuất bản: 16/01/2025 16:05 - Ngày hiệu chỉnh: 17/01/2025 08:30' → published T16:05, updated the next morning T08:30. Bold sapo = lead; right under it an italic byline 'Lê Hoàng Vũ, Ban Tuyên giáo Thành ủy' (name, comma, unit) → author + unit. Italic centred figcaption. Crumb 'Trang chủ / Tin tức / Xây dựng Đảng' → 'Xây dựng Đảng'. Rating and 'Tin cùng chuyên mục' close the page; the Tết countdown is a decoy.",
                readme="VNPT Liferay 7.4 fragments Thành ủy: 'Ngày xuất bản: dd/mm/yyyy HH:MM - Ngày hiệu chỉnh: …' on one line (update next day), h2 component heading, bold sapo, italic 'Name, unit' byline under the sapo, figcaption, crumb 'Xây dựng Đảng'")


# ===================================================================== 18 Huyện ủy Chợ Gạo (Tiền Giang): Viettel portal, 'HH:MM | Thứ …, dd/mm/yyyy' time first, user-icon byline in the meta row
A18 = Art("Chợ Gạo: Nâng cao chất lượng hoạt động của chi bộ ấp, khu phố",
          None,
          [("p", "Đảng bộ huyện Chợ Gạo hiện có 167 chi bộ ấp, khu phố với hơn 2.900 đảng viên. Thời gian qua, Ban Thường vụ Huyện ủy tập trung chỉ đạo đổi mới nội dung sinh hoạt, gắn trách nhiệm của cấp ủy viên với từng địa bàn dân cư."),
           ("img", "/documents/3044507/0/chi-bo-ap-binh-thanh.jpg", "Chi bộ ấp Bình Thạnh, xã Bình Phục Nhứt sinh hoạt định kỳ tháng 7/2024"),
           ("p", "Mỗi chi bộ đều xây dựng chương trình công tác toàn khóa, cụ thể hóa thành kế hoạch hằng tháng với các chỉ tiêu rõ ràng như thu ngân sách, giảm nghèo, xây dựng ấp văn hóa. Nhiều chi bộ đã lãnh đạo người dân chuyển đổi đất lúa kém hiệu quả sang trồng thanh long, dừa xiêm, nâng thu nhập bình quân lên 68 triệu đồng/người/năm."),
           ("p", "Sáu tháng đầu năm 2024, toàn huyện kết nạp 58 đảng viên mới, trong đó 41 đảng viên ở các chi bộ ấp, khu phố. Huyện ủy cũng kiện toàn 12 chi bộ ấp có chi ủy viên nghỉ hưu, chuyển công tác.")])


def page18():
    pub = T("2024-08-07 15:15")

    def main(rng, rl, rd):
        body = A18.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" style="width:100%;max-width:680px" /></p><p style="text-align:center"><em>{esc(c)}</em></p>')
        form = ('<div class="vp-ykien"><h3>Ý kiến bạn đọc</h3><p>Chưa có ý kiến nào.</p><input placeholder="Họ và tên" /> <input placeholder="Email" />'
                '<textarea placeholder="Nội dung"></textarea><button type="button">Gửi ý kiến</button></div>')
        return (f'<div class="vp-news-detail"><h1 class="vp-title">{esc(A18.title)}</h1>'
                f'<div class="vp-meta"><span class="vp-time"><i class="fa fa-clock-o"></i> {hm(pub)} | {wd(pub)}, {dmy(pub)}</span> '
                f'<span class="vp-author"><i class="fa fa-user"></i> Kim Ngân</span> <span class="vp-view"><i class="fa fa-eye"></i> 263</span></div>'
                f'<div class="vp-content">{body}</div>{share("vp-share")}{form}'
                f'<div class="vp-samecat"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl[:5], rd, lambda d: hm(d) + " | " + dmy(d), href="/xay-dung-dang/to-chuc-co-so-dang/-/{s}", cls="vp-samecat-list")}</div></div>')

    def left(rng, pub):
        return ('<div class="vp-leftmenu"><h3>Xây dựng Đảng</h3><ul><li><a href="/xay-dung-dang/chinh-tri-tu-tuong">Chính trị - Tư tưởng</a></li>'
                '<li class="active"><a href="/xay-dung-dang/to-chuc-co-so-dang">Tổ chức cơ sở đảng</a></li><li><a href="/xay-dung-dang/kiem-tra-giam-sat">Kiểm tra - Giám sát</a></li>'
                '<li><a href="/xay-dung-dang/dan-van">Dân vận</a></li></ul></div>')

    crumbs = ('<div class="vp-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/xay-dung-dang">Xây dựng Đảng</a> &gt; '
              '<a href="/xay-dung-dang/to-chuc-co-so-dang">Tổ chức cơ sở đảng</a></div>')
    url = "https://huyenuychogao.tiengiang.dcs.vn/xay-dung-dang/to-chuc-co-so-dang/-/cho-gao-nang-cao-chat-luong-hoat-dong-cua-chi-bo-ap-khu-pho"
    head = og(A18.title, url, {"og:site_name": "Huyện ủy Chợ Gạo"})
    return page("s22-18", family="district_party_viettel_portal_time_first_pipe_weekday_user_icon_byline",
                name="tiengiang-chogao-huyenuy-viettel-portal-threecol-left-section-menu-crumb-to-chuc-co-so-dang-h1-colon-clock-icon-hh-mm-pipe-weekday-dd-mm-yyyy-time-first-user-icon-name-in-meta-row-no-lead-centred-em-caption-y-kien-ban-doc",
                url=url, art=A18, main_fn=main, pub=pub, prefix="vp", kb=120,
                org="Huyện ủy Chợ Gạo", addr="Khu phố 2, thị trấn Chợ Gạo, huyện Chợ Gạo, tỉnh Tiền Giang", phone="0273.3855.214",
                crumbs=crumbs, top=head_top("vp", "/o/chogao-theme/images/banner.png", "Huyện ủy Chợ Gạo", days=1, hours=6),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="vp-new") + links_box(["Tỉnh ủy Tiền Giang", "Báo Ấp Bắc", "UBND huyện Chợ Gạo"]),
                shell_kw={"layout": "threecol", "left": left, "head_extra": head, "title": A18.title + " - Huyện ủy Chợ Gạo"},
                exp=expected(A18, iso(pub), author="Kim Ngân", category="Tổ chức cơ sở đảng"),
                traps={"chrome": ["Ý kiến bạn đọc", "Chưa có ý kiến nào.", "Tin cùng chuyên mục", "Gửi ý kiến"], "related": lambda rl: rl[:4]},
                notes="Viettel portal of a Huyện ủy, three columns with the section menu on the left (current item 'Tổ chức cơ sở đảng'). Headline with a colon. The meta row prints the time FIRST: clock icon '15:15 | Thứ Tư, 07/08/2024' → 2024-08-07T15:15; then a user icon with 'Kim Ngân' (the writer; no account handle, no other byline) → author, unit null; then a views count. No sapo → lead null. Centred em caption paragraph. Crumb 'Trang chủ > Xây dựng Đảng > Tổ chức cơ sở đảng' → 'Tổ chức cơ sở đảng'. 'Ý kiến bạn đọc' (no comments) and 'Tin cùng chuyên mục' close the article; 'tháng 7/2024' in the caption is a decoy.",
                readme="Viettel portal Huyện ủy: time-first meta row 'HH:MM | Thứ Tư, dd/mm/yyyy' with a user-icon name (author), headline with a colon, left section menu, no lead, centred em caption, empty 'Ý kiến bạn đọc', crumb 'Tổ chức cơ sở đảng'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
