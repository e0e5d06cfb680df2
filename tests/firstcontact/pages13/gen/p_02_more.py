"""Set 13 pages 10-18."""
import json
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads4, past, expected, hexid, alnum, slug
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import side_box, MENU_NEWS, MENU_MASS, MENU_GOV
from .p_01_pages import _page, fig, tcap, pcap, side_std, dmy_dash


# ===================================================================== 10 WordPress Huyện ủy: inline related box between the text and the byline (TWIST)
A10 = Art("Xã Đồng Tâm ra mắt 9 tổ “Dân vận khéo” ở các thôn",
          "Ngày 3/12, Đảng ủy xã Đồng Tâm, huyện Yên Thế tổ chức ra mắt 9 tổ “Dân vận khéo” tại 9 thôn trên địa bàn, mỗi tổ có từ 5 đến 7 thành viên là đảng viên, trưởng thôn, chi hội trưởng các đoàn thể.",
          [("p", "Các tổ có nhiệm vụ nắm bắt tâm tư, nguyện vọng của nhân dân, vận động người dân hiến đất mở rộng đường, chỉnh trang nhà cửa, giữ gìn vệ sinh môi trường và hòa giải mâu thuẫn ngay từ cơ sở."),
           ("img", "/wp-content/uploads/2024/12/ra-mat-to-dan-van-kheo-dong-tam.jpg", "Lãnh đạo Đảng ủy xã Đồng Tâm trao quyết định thành lập cho các tổ “Dân vận khéo”"),
           ("p", "Ngay sau lễ ra mắt, tổ “Dân vận khéo” thôn Đồng Gia đã vận động 14 hộ hiến hơn 600 m2 đất để mở rộng tuyến đường trục thôn dài 1,2 km."),
           ("p", "Đồng chí Bí thư Đảng ủy xã yêu cầu các tổ xây dựng kế hoạch hoạt động cụ thể, định kỳ báo cáo kết quả tại hội nghị giao ban của Đảng ủy hằng quý.")])
IRP10 = ["Yên Thế: Tổng kết 5 năm thực hiện phong trào thi đua “Dân vận khéo”", "Đồng Tâm đón nhận Bằng công nhận xã đạt chuẩn nông thôn mới nâng cao",
         "Ban Dân vận Huyện ủy Yên Thế tập huấn nghiệp vụ cho cán bộ cơ sở"]


def page10():
    pub = T("2024-12-04 09:30")

    def img(s, c, n):
        return (f'<figure class="wp-block-image size-large"><img decoding="async" src="{s}" alt="" class="wp-image-{4410 + n}" />'
                f'<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        body = A10.render(img=img)
        irp = ('<div class="irp-inline"><span class="irp-label">Tin liên quan:</span><ul>'
               + "".join(f'<li><a href="/2024/{11 - i:02d}/{slug(t)}/">{esc(t)}</a></li>' for i, t in enumerate(IRP10)) + '</ul></div>')
        return (f'<article id="post-4418" class="post-4418 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-co-so">'
                f'<div class="article-content clearfix"><div class="above-entry-meta"><span class="cat-links"><a href="/category/tin-co-so/" rel="category tag">Tin cơ sở</a></span></div>'
                f'<header class="entry-header"><h1 class="entry-title">{esc(A10.title)}</h1></header>'
                f'<div class="below-entry-meta"><span class="posted-on"><a href="/2024/12/04/xa-dong-tam-ra-mat-9-to-dan-van-kheo/" rel="bookmark">'
                f'<time class="entry-date published" datetime="2024-12-04T09:30:00+07:00">04/12/2024 09:30</time></a></span> '
                f'<span class="byline"><span class="author vcard"><i class="fa fa-user"></i><a class="url fn n" href="/author/admin_yenthe/" title="admin_yenthe">admin_yenthe</a></span></span> '
                f'<span class="comments"><a href="#respond">Không có bình luận</a></span></div>'
                f'<div class="entry-content clearfix"><p><strong>{esc(A10.lead)}</strong></p>{body}{irp}'
                f'<p style="text-align: right;"><strong>Hoàng Thị Lan - Đảng ủy xã Đồng Tâm</strong></p></div></div></article>'
                f'<ul class="default-wp-page clearfix"><li class="previous"><a href="#" rel="prev"><span class="meta-nav">←</span> {esc(rl[0])}</a></li>'
                f'<li class="next"><a href="#" rel="next">{esc(rl[1])} <span class="meta-nav">→</span></a></li></ul>'
                f'<div class="related-posts-wrapper"><h4 class="related-posts-main-title"><span>Có thể bạn quan tâm</span></h4>{rel(rng, rl[2:], rd[2:], dmy, href="/{s}/", cls="related-posts")}</div>')
    head = ('<meta name="generator" content="WordPress 6.6.2" />'
            + og(A10.title, "https://huyenuyyenthe.habac.dcs.vn/2024/12/04/xa-dong-tam-ra-mat-9-to-dan-van-kheo/",
                 {"article:published_time": "2024-12-04T02:30:00+00:00", "article:modified_time": "2024-12-05T01:00:00+00:00"})
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A10.title, "datePublished": "2024-12-04T09:30:00+07:00",
                                                                    "dateModified": "2024-12-05T08:00:00+07:00", "author": {"@type": "Person", "name": "admin_yenthe"},
                                                                    "articleSection": ["Tin cơ sở"]}]}))

    def top(rng, pub):
        return (f'<div class="site-branding"><a href="/"><img src="/wp-content/uploads/2023/05/logo-huyen-uy-yen-the.png" alt="Đảng bộ huyện Yên Thế" /></a>'
                f'<p class="site-description">Trang thông tin điện tử Đảng bộ huyện Yên Thế</p><div class="date-in-header">{esc(wd(pub + timedelta(days=2), lower=True))}, {dmy(pub + timedelta(days=2))}</div></div>')

    def side(rng, pub):
        return (f'<aside class="widget widget_recent_entries"><h3 class="widget-title"><span>Bài viết mới</span></h3>{rel(rng, heads4(rng, 5), past(pub, rng, 5, 0, 5), None, cls="recent")}</aside>'
                + '<aside class="widget widget_categories"><h3 class="widget-title"><span>Chuyên mục</span></h3><ul><li><a href="/category/tin-co-so/">Tin cơ sở</a> (412)</li><li><a href="/category/xay-dung-dang/">Xây dựng Đảng</a> (268)</li><li><a href="/category/dan-van/">Dân vận</a> (97)</li></ul></aside>'
                + '<aside class="widget widget_media_video"><h3 class="widget-title"><span>Video</span></h3><iframe src="https://www.youtube.com/embed/r7kVn2Qp0sA" width="300" height="170" title="Yên Thế"></iframe></aside>')
    return _page("s13-10", family="district_party_wp_inline_related_box_before_byline", name="habac-yenthe-huyenuy-wp-colormag-inline-tin-lien-quan-box-after-last-paragraph-then-bold-name-dash-dang-uy-xa",
                 url="https://huyenuyyenthe.habac.dcs.vn/2024/12/04/xa-dong-tam-ra-mat-9-to-dan-van-kheo/", art=A10, main_fn=main, pub=pub, prefix="cm", kb=110,
                 org="Đảng bộ huyện Yên Thế", addr="Tổ dân phố Hoàng Hoa, thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Hà Bắc", phone="0204.3876.218",
                 top=top, side=side, shell_kw={"head_extra": head, "title": A10.title + " – Đảng bộ huyện Yên Thế", "body_cls": "post-template-default single single-post wide"},
                 exp=expected(A10, iso(pub), author="Hoàng Thị Lan", unit="Đảng ủy xã Đồng Tâm", category="Tin cơ sở"),
                 traps={"related": list(IRP10), "bylines": ["admin_yenthe", "Hoàng Thị Lan - Đảng ủy xã Đồng Tâm"], "chrome": ["Tin liên quan:", "Có thể bạn quan tâm", "Không có bình luận"]},
                 notes="TWIST: an inline-related-posts plugin box ('Tin liên quan:' + 3 links) is injected inside .entry-content after the last text paragraph, and the writer's bold right-aligned line 'Hoàng Thị Lan - Đảng ủy xã Đồng Tâm' comes AFTER the box → the box is not body and does not end the article for the byline: author 'Hoàng Thị Lan', unit = the commune Party committee. WordPress ColorMag: custom date format '04/12/2024 09:30' in <time> (attr agrees); account 'admin_yenthe' (JSON-LD author too) is not the author; og times are UTC (+00:00) and agree; JSON-LD dateModified 05/12 is not shown → updated_at null. Category from the cat-links chip above the h1; prev/next post titles.",
                 readme="TWIST inline 'Tin liên quan:' plugin box between the last paragraph and the byline 'Name - Đảng ủy xã …'; WordPress ColorMag account, UTC og, hidden dateModified")


# ===================================================================== 11 Hội LHPN Laravel: visible HH:MM, JSON-LD with seconds (TWIST), byline under the title
A11 = Art("Hội LHPN huyện Trà Ôn trao 120 phần quà Tết cho phụ nữ nghèo",
          "Ngày 15/1, Hội Liên hiệp Phụ nữ huyện Trà Ôn phối hợp với các nhà hảo tâm trao 120 phần quà Tết Ất Tỵ 2025 cho hội viên phụ nữ có hoàn cảnh khó khăn tại 13 xã, thị trấn.",
          [("p", "Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá hơn 110 triệu đồng."),
           ("img", "/storage/posts/2025/01/trao-qua-tet-tra-on.jpg", "Đại diện Hội LHPN huyện trao quà Tết cho hội viên phụ nữ xã Thiện Mỹ"),
           ("p", "Bà Thạch Thị Sa Quên, ở ấp Mỹ Yên, xã Thiện Mỹ, xúc động: “Năm nay mùa màng thất bát, có phần quà này, mấy mẹ con cũng có cái Tết đầy đủ hơn”."),
           ("p", "Dịp Tết Nguyên đán năm nay, các cấp Hội trong huyện phấn đấu vận động trao ít nhất 500 phần quà, hỗ trợ 5 mái ấm “Tình thương” cho hội viên nghèo.")])


def page11():
    pub = T("2025-01-16 09:15")

    def main(rng, rl, rd):
        return (f'<div class="post-detail"><h1 class="post-title">{esc(A11.title)}</h1>'
                f'<div class="post-date"><i class="bi bi-calendar3"></i> {wd(pub)}, {dmy(pub)}, 09:15</div>'
                f'<p class="post-author"><em>Bài và ảnh: Kim Ngân (Hội LHPN huyện Trà Ôn)</em></p>'
                f'<div class="post-sapo">{esc(A11.lead)}</div><div class="post-content">{A11.render(img=fig)}</div>'
                f'<div class="post-tags"><i class="bi bi-tags"></i> <a href="/tag/qua-tet">quà Tết</a>, <a href="/tag/tra-on">Trà Ôn</a>, <a href="/tag/an-sinh-xa-hoi">an sinh xã hội</a></div>'
                f'{share("post-share")}'
                f'<div class="post-related"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d) + ", " + hm(d), href="/tin-tuc/{s}-{n}.html", cls="pr")}</div></div>')
    ld = "2025-01-16T09:15:42+07:00"
    head = (og(A11.title, "https://phunu.cuulong.gov.vn/tin-tuc/hoi-lhpn-huyen-tra-on-trao-120-phan-qua-tet-1524.html", {"article:published_time": ld})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A11.title, "datePublished": ld, "dateModified": ld,
                      "author": {"@type": "Organization", "name": "Hội LHPN tỉnh Cửu Long"}, "image": ["https://phunu.cuulong.gov.vn/storage/posts/2025/01/trao-qua-tet-tra-on.jpg"]})
            + '<meta name="csrf-token" content="' + "x" * 40 + '" />')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=3)
        return (f'<div class="hpn-top"><img src="/images/logo-hoi-phu-nu.png" alt="Hội LHPN tỉnh Cửu Long" /><span class="hpn-slogan">Phụ nữ Cửu Long: Tự tin - Tự trọng - Trung hậu - Đảm đang</span>'
                f'{clock(today, "weekday", "hpn-today")}</div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d) + ", " + hm(d), cls="hpn-new", n=5)
                + '<div class="hpn-box"><h3>Mỗi hội viên một mô hình</h3><ul><li><a href="#">Tổ hợp tác may gia công ấp Mỹ Yên</a></li><li><a href="#">Mô hình nuôi lươn không bùn</a></li></ul></div>'
                + '<div class="hpn-video"><h3>Video</h3><iframe src="https://www.youtube.com/embed/pQ3sZx1Lr0o" title="Phụ nữ Cửu Long" width="300" height="170"></iframe></div>')
    return _page("s13-11", family="womens_union_jsonld_seconds_visible_minutes", name="cuulong-hlhpn-laravel-weekday-date-comma-hh-mm-jsonld-og-with-seconds-italic-bai-va-anh-name-paren-unit-under-title",
                 url="https://phunu.cuulong.gov.vn/tin-tuc/hoi-lhpn-huyen-tra-on-trao-120-phan-qua-tet-1524.html", art=A11, main_fn=main, pub=pub, prefix="hpn", kb=140,
                 org="Hội Liên hiệp Phụ nữ tỉnh Cửu Long", addr="Số 68 đường 2 Tháng 9, phường 1, TP Vĩnh Long, tỉnh Cửu Long", phone="0270.3823.417",
                 crumbs='<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Hoạt động Hội</li></ol></nav>',
                 top=top, side=side, shell_kw={"layout": "bootstrap", "items": MENU_MASS, "head_extra": head, "title": A11.title},
                 exp=expected(A11, iso(pub), author="Kim Ngân", unit="Hội LHPN huyện Trà Ôn", photographer="Kim Ngân", category="Hoạt động Hội"),
                 traps={"bylines": ["Bài và ảnh: Kim Ngân (Hội LHPN huyện Trà Ôn)"], "chrome": ["Mỗi hội viên một mô hình", "Tin cùng chuyên mục"], "tags": ["an sinh xã hội"],
                        "related": lambda rl: rl[:3]},
                 notes="TWIST: the visible stamp 'Thứ Năm, 16/01/2025, 09:15' has no seconds while og article:published_time and JSON-LD datePublished carry '2025-01-16T09:15:42+07:00' → published_at 2025-01-16T09:15:00+07:00: seconds are kept only when the page prints them; an invisible machine value does not add them. Italic 'Bài và ảnh: Kim Ngân (Hội LHPN huyện Trà Ôn)' between the stamp and the sapo → author = photographer, unit in parentheses. JSON-LD author is the provincial organisation (not the writer). Breadcrumb last item = category.",
                 readme="TWIST visible 'Thứ Năm, dd/mm/yyyy, HH:MM' vs og/JSON-LD with seconds ':42' → :00 (only printed seconds count); italic 'Bài và ảnh: Name (unit)' under the title")


# ===================================================================== 12 Sở Tư pháp MVC: visible '00:00' kept, byline in a single-cell table
A12 = Art("Sông Bé: Tập huấn kỹ năng hòa giải ở cơ sở cho 250 hòa giải viên",
          "Trong hai ngày 1 và 2/8, Sở Tư pháp phối hợp với Ủy ban MTTQ Việt Nam tỉnh Sông Bé tổ chức tập huấn kỹ năng, nghiệp vụ hòa giải ở cơ sở cho 250 hòa giải viên của các huyện Phú Giáo, Bến Cát và Dầu Tiếng.",
          [("p", "Tại lớp tập huấn, các học viên được giới thiệu những điểm mới của pháp luật về đất đai, hôn nhân và gia đình; kỹ năng tiếp cận, thuyết phục các bên trong tranh chấp."),
           ("p", "Báo cáo viên đã dành nhiều thời gian giải đáp các tình huống thực tế do học viên nêu như tranh chấp lối đi chung, chia thừa kế quyền sử dụng đất, mâu thuẫn gia đình."),
           ("img", "/Data/images/tintuc/2024/08/tap-huan-hoa-giai-co-so.jpg", "Học viên trao đổi tình huống tại lớp tập huấn ngày 2/8"),
           ("p", "Năm 2023, các tổ hòa giải trên địa bàn tỉnh đã tiếp nhận 1.246 vụ việc, hòa giải thành 1.012 vụ, đạt tỷ lệ 81,2%.")])


def page12():
    pub = T("2024-08-05 00:00")

    def main(rng, rl, rd):
        return (f'<div class="news-detail"><h1 class="news-title">{esc(A12.title)}</h1>'
                f'<div class="news-meta"><span class="post-date"><i class="fa fa-calendar"></i> 05/08/2024 00:00</span>'
                f' <span class="post-view"><i class="fa fa-eye"></i> 143</span> <span class="post-print"><a href="#" onclick="window.print()"><i class="fa fa-print"></i> In</a></span></div>'
                f'<div class="news-summary"><strong>{esc(A12.lead)}</strong></div><div class="news-content">{A12.render(img=tcap)}</div>'
                f'<table class="tbl-tacgia" align="right" border="0" cellpadding="2" cellspacing="0"><tbody><tr><td style="text-align:right">'
                f'<b>Phạm Thị Kiều Trang</b><br /><i>Phòng Phổ biến, giáo dục pháp luật</i></td></tr></tbody></table><div style="clear:both"></div>'
                f'<div class="news-other"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/tin-tuc/pho-bien-giao-duc-phap-luat/{s}-{n}.html", cls="other-list")}</div></div>')

    def top(rng, pub):
        today = T("2024-08-08 10:25")
        return (f'<div class="stp-top"><img src="/Content/stp/banner.png" alt="Sở Tư pháp tỉnh Sông Bé" />{clock(today, "weekday", "stp-today")}</div>')

    def side(rng, pub):
        return (schedule(rng, T("2024-08-08 07:00"), "Lịch công tác tuần", "lct")
                + side_box(rng, "Văn bản mới", ["Quyết định số 1521/QĐ-UBND ngày 29/07/2024 công bố thủ tục hành chính lĩnh vực hộ tịch",
                                                "Kế hoạch số 88/KH-STP ngày 22/07/2024 về tổ chức Ngày Pháp luật"], [T("2024-07-30 08:00"), T("2024-07-23 08:00")], dmy, "vbm")
                + '<div class="stp-hotline"><h3>Đường dây nóng</h3><p>Tiếp nhận phản ánh về thủ tục hành chính: 0274.3822.513</p></div>')
    head = og(A12.title, "https://sotuphap.songbe.gov.vn/tin-tuc/pho-bien-giao-duc-phap-luat/tap-huan-ky-nang-hoa-giai-o-co-so-5512.html",
              {"article:published_time": "2024-08-05T00:00:00+07:00"})
    return _page("s13-12", family="department_mvc_visible_midnight_kept_byline_single_cell_table", name="songbe-stp-mvc-fa-calendar-dd-mm-yyyy-00-00-kept-right-single-cell-table-bold-name-br-italic-department",
                 url="https://sotuphap.songbe.gov.vn/tin-tuc/pho-bien-giao-duc-phap-luat/tap-huan-ky-nang-hoa-giai-o-co-so-5512.html", art=A12, main_fn=main, pub=pub, prefix="stp", kb=200,
                 org="Sở Tư pháp tỉnh Sông Bé", addr="Số 325 đại lộ Bình Dương, TP Thủ Dầu Một, tỉnh Sông Bé", phone="0274.3822.513",
                 crumbs='<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/pho-bien-giao-duc-phap-luat">Phổ biến, giáo dục pháp luật</a></li></ul>',
                 top=top, side=side, shell_kw={"items": MENU_GOV, "head_extra": head, "title": A12.title + " - Sở Tư pháp tỉnh Sông Bé"},
                 exp=expected(A12, iso(pub), author="Phạm Thị Kiều Trang", unit="Phòng Phổ biến, giáo dục pháp luật", category="Phổ biến, giáo dục pháp luật"),
                 traps={"chrome": ["Tin cùng chuyên mục", "Lịch công tác tuần", "Đường dây nóng"], "dates": ["29/07/2024"], "related": lambda rl: rl[:3]},
                 notes="In-house MVC portal of a Sở: the stamp prints a visible midnight '05/08/2024 00:00' (og article:published_time agrees) → kept as printed: 2024-08-05T00:00:00+07:00 (set 13 convention; set 12 read a migrated 00:00 as date only). Byline in a right-floated single-cell table: bold 'Phạm Thị Kiều Trang' <br> italic 'Phòng Phổ biến, giáo dục pháp luật' → author + unit (no element names it a source, unlike the SharePoint pnNguontin page). The department's name repeats the category. Image tables with td.image_desc; work-schedule box with later dates.",
                 readme="Visible '05/08/2024 00:00' kept as T00:00:00; byline in a right single-cell table (bold name <br> italic department) → unit")


# ===================================================================== 13 Ban Dân vận PHP: icon meta row with 'CTV Name (unit)' and 'HH:MM, dd/mm/yyyy'
A13 = Art("Bắc Quang: Đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân xã Việt Vinh",
          "Chiều 28/2, Đảng ủy, UBND xã Việt Vinh, huyện Bắc Quang tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hơn 150 người dân đại diện cho 12 thôn trên địa bàn.",
          [("p", "Tại hội nghị, người dân đã nêu 17 ý kiến, kiến nghị tập trung vào các vấn đề: tiến độ cấp giấy chứng nhận quyền sử dụng đất, hỗ trợ giống cam sành cho hộ nghèo, sửa chữa tuyến kênh mương nội đồng thôn Khuổi Le bị hư hỏng sau mưa lũ."),
           ("p", "Đồng chí Bí thư Đảng ủy, Chủ tịch UBND xã đã trực tiếp trả lời, làm rõ 14 ý kiến thuộc thẩm quyền; 3 ý kiến còn lại được ghi nhận để báo cáo huyện giải quyết."),
           ("img", "/upload/images/2024/02/doi-thoai-viet-vinh.jpg", "Người dân thôn Khuổi Le nêu kiến nghị tại hội nghị đối thoại"),
           ("p", "Ông Hoàng Văn Thượng, thôn Khuổi Le, cho biết: “Được nghe lãnh đạo xã trả lời trực tiếp, bà con rất phấn khởi, yên tâm sản xuất”."),
           ("p", "Năm 2024, Ban Thường vụ Huyện ủy yêu cầu 100% xã, thị trấn tổ chức ít nhất một hội nghị đối thoại định kỳ với nhân dân.")])


def page13():
    pub = T("2024-02-29 15:20")

    def main(rng, rl, rd):
        return (f'<div class="bdv-article"><h1 class="bdv-title">{esc(A13.title)}</h1>'
                f'<ul class="bdv-meta list-inline"><li><i class="fa fa-folder-open"></i> <a href="/tin-tuc/dan-van-chinh-quyen">Dân vận chính quyền</a></li>'
                f'<li><i class="fa fa-clock-o"></i> 15:20, 29/02/2024</li><li><i class="fa fa-user"></i> CTV Lê Thị Hoa (Ủy ban MTTQ xã Việt Vinh)</li>'
                f'<li><i class="fa fa-eye"></i> 267</li></ul>'
                f'<div class="bdv-sapo"><b>{esc(A13.lead)}</b></div><div class="bdv-content">{A13.render(img=pcap)}</div>'
                f'<div class="bdv-share">{share("sh")}</div>'
                f'<div class="bdv-rel"><h4>Các tin đã đưa</h4>{rel(rng, rl, rd, lambda d: hm(d) + ", " + dmy(d), href="/tin-tuc/{s}-{n}.html", cls="dadua")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=5, hours=-6)
        return (f'<div class="bdv-head"><img src="/images/banner-bdv-bacquang.jpg" alt="Ban Dân vận Huyện ủy Bắc Quang" />'
                f'<span class="bdv-clock">{esc(wd(today, lower=True))}, {dmy(today)}</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Dân vận khéo", fmt=lambda d: hm(d) + ", " + dmy(d), cls="dvk", n=5)
                + '<div class="qc-1"><h3>Quy chế dân chủ ở cơ sở</h3><ul><li><a href="#">Luật Thực hiện dân chủ ở cơ sở năm 2022</a></li><li><a href="#">Hỏi - đáp về dân chủ ở cơ sở</a></li></ul></div>'
                + poll("Bạn đánh giá thế nào về hiệu quả các hội nghị đối thoại ở cơ sở?", ["Rất hiệu quả", "Hiệu quả", "Chưa hiệu quả"]))
    head = jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A13.title, "datePublished": "2024-02-29", "inLanguage": "vi"})
    return _page("s13-13", family="party_agency_php_icon_meta_ctv_prefix_name_paren_commune_unit", name="hatuyen-bacquang-bdv-icon-meta-row-category-time-comma-date-ctv-name-paren-mttq-xa-views-em-caption",
                 url="https://danvanbacquang.hatuyen.dcs.vn/tin-tuc/bac-quang-doi-thoai-voi-nhan-dan-xa-viet-vinh-842.html", art=A13, main_fn=main, pub=pub, prefix="bdvbq", kb=115,
                 org="Ban Dân vận Huyện ủy Bắc Quang", addr="Tổ 5, thị trấn Việt Quang, huyện Bắc Quang, tỉnh Hà Tuyên", phone="0219.3820.412",
                 crumbs='<div class="crumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <a href="/tin-tuc/dan-van-chinh-quyen">Dân vận chính quyền</a></div>',
                 top=top, side=side, shell_kw={"items": MENU_MASS, "head_extra": head, "title": A13.title},
                 exp=expected(A13, iso(pub), author="Lê Thị Hoa", unit="Ủy ban MTTQ xã Việt Vinh", category="Dân vận chính quyền"),
                 traps={"bylines": ["CTV Lê Thị Hoa (Ủy ban MTTQ xã Việt Vinh)"], "chrome": ["Các tin đã đưa", "Quy chế dân chủ ở cơ sở", "Dân vận khéo"], "related": lambda rl: rl[:3]},
                 notes="Ban Dân vận PHP/Bootstrap portal: one icon meta row under the h1 with the category link, time-first '15:20, 29/02/2024' (a leap day), the writer 'CTV Lê Thị Hoa (Ủy ban MTTQ xã Việt Vinh)' and a view count. 'CTV' (collaborator status) before the name is dropped like '(CTV)' after it → author 'Lê Thị Hoa', unit the commune Front committee. JSON-LD datePublished is date only (agrees). Image + em caption paragraphs; related list in the same time-first format.",
                 readme="Icon meta row: category, 'HH:MM, dd/mm/yyyy' (29/02), 'CTV Name (commune MTTQ)' with the status prefix dropped, views; em caption paragraphs")


# ===================================================================== 14 MTTQ DNN-table skin: pipes 'Thứ Hai | d | h:mm', caps two names + separate caps 'Ảnh:' line
A14 = Art("MTTQ tỉnh Minh Hải giám sát việc thực hiện chính sách bảo hiểm y tế cho người cận nghèo",
          "Từ ngày 15 đến 18/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Minh Hải đã giám sát việc thực hiện chính sách hỗ trợ bảo hiểm y tế cho người thuộc hộ cận nghèo tại các huyện Đầm Dơi, Năm Căn và Ngọc Hiển.",
          [("p", "Theo báo cáo, năm 2024 ba huyện có 8.460 người thuộc hộ cận nghèo được cấp thẻ bảo hiểm y tế, đạt 97,6% số đối tượng; kinh phí ngân sách hỗ trợ hơn 5,2 tỷ đồng."),
           ("img", "/Portals/0/Images/2024/10/giam-sat-bhyt-dam-doi.jpg", "Đoàn giám sát làm việc tại Bảo hiểm xã hội huyện Đầm Dơi"),
           ("p", "Tuy nhiên, việc rà soát, điều chỉnh danh sách ở một số xã còn chậm, có trường hợp thoát cận nghèo nhưng chưa được cập nhật, dẫn đến cấp trùng thẻ."),
           ("p", "Đoàn giám sát đề nghị UBND các huyện chỉ đạo rà soát dứt điểm danh sách trước ngày 30/11/2024, đồng thời tăng cường tuyên truyền để người dân chủ động tham gia bảo hiểm y tế hộ gia đình.")])


def page14():
    pub = T("2024-10-21 07:45")

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="3" cellspacing="0" width="520"><tr><td align="center"><img src="{s}" width="510" border="0" /></td></tr>'
                f'<tr><td align="center" class="chuthich"><font color="#003399"><i>{esc(c)}</i></font></td></tr></table>')

    def main(rng, rl, rd):
        return (f'<div class="DnnModule DnnModule-612"><table class="ContainerMT" width="100%" cellpadding="0" cellspacing="0"><tr><td class="ContainerMT-head">'
                f'<span id="dnn_ctr612_dnnTITLE_titleLabel" class="Head">HOẠT ĐỘNG MẶT TRẬN</span></td></tr><tr><td id="dnn_ctr612_ContentPane">'
                f'<div id="dnn_ctr612_ModuleContent"><h1 class="mt-title">{esc(A14.title)}</h1>'
                f'<div class="mt-date"><span id="dnn_ctr612_ViewNews_lblDate">Thứ Hai | 21/10/2024 | 7:45</span></div>'
                f'<div class="mt-sapo"><p><strong>{esc(A14.lead)}</strong></p></div><div class="mt-body">{A14.render(img=img)}'
                f'<p align="right"><strong>TRẦN QUANG - MINH ĐỨC</strong></p><p align="right"><em>Ảnh: MINH ĐỨC</em></p></div>'
                f'<div class="mt-tool"><a href="#">Bản in</a> | <a href="#">Gửi bạn bè</a> | <a href="#">Về trang trước</a></div>'
                f'<div class="mt-other"><b>Các tin khác</b>{rel(rng, rl, rd, lambda d: "- " + dmy(d), href="/tin-tuc/ArticleID/{n}/{s}", cls="mtk")}</div></div></td></tr></table></div>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=2)
        return (f'<table width="100%" class="mt-banner"><tr><td><img src="/Portals/0/Skins/MTTQ/images/logo.png" alt="Ủy ban MTTQ Việt Nam tỉnh Minh Hải" /></td>'
                f'<td class="mt-clock">{esc(wd(today))}, ngày {dmy(today)}</td></tr></table>'
                + ticker(rng, heads4(rng, 4), [today - timedelta(days=i) for i in range(4)], dmy, "Tin mới", "mt-ticker"))

    def side(rng, pub):
        return (side_std(rng, pub, "Tin Mặt trận cơ sở", cls="mtcs", n=5)
                + '<div class="mt-quy"><h3>Quỹ “Vì người nghèo” tỉnh</h3><p>Số tài khoản: 7600 2010 0873 - Agribank chi nhánh Minh Hải</p></div>'
                + links_box(["Ủy ban Trung ương MTTQ Việt Nam", "Tỉnh ủy Minh Hải", "Báo Minh Hải", "Đài PT-TH Minh Hải"]))
    return _page("s13-14", family="mttq_dnn_table_skin_caps_two_names_caps_anh_line", name="minhhai-mttq-dnn-table-container-caps-head-thu-hai-pipe-date-pipe-unpadded-time-caps-two-names-dash-caps-anh-line",
                 url="https://mattran.minhhai.gov.vn/tin-tuc/ArticleID/3312/mttq-tinh-giam-sat-chinh-sach-bhyt-cho-nguoi-can-ngheo", art=A14, main_fn=main, pub=pub, prefix="mt", kb=170,
                 org="Ủy ban MTTQ Việt Nam tỉnh Minh Hải", addr="Số 45 Lý Thường Kiệt, phường 7, TP Cà Mau, tỉnh Minh Hải", phone="0290.3831.227",
                 top=top, side=side, shell_kw={"layout": "table", "form": True, "dnn": True, "items": MENU_MASS, "title": "Ủy ban MTTQ Việt Nam tỉnh Minh Hải > Tin tức"},
                 exp=expected(A14, iso(pub), author="TRẦN QUANG, MINH ĐỨC", photographer="MINH ĐỨC", category="HOẠT ĐỘNG MẶT TRẬN"),
                 traps={"bylines": ["TRẦN QUANG - MINH ĐỨC", "Ảnh: MINH ĐỨC"], "chrome": ["Bản in", "Về trang trước", "Quỹ “Vì người nghèo” tỉnh", "Tin Mặt trận cơ sở"], "related": lambda rl: rl[:3]},
                 notes="Old DNN skin built from tables: container head in capitals 'HOẠT ĐỘNG MẶT TRẬN' = category as printed (there is no breadcrumb); stamp with pipes and an unpadded hour 'Thứ Hai | 21/10/2024 | 7:45' → 07:45. Right-aligned bold capitals 'TRẦN QUANG - MINH ĐỨC' → two authors as printed (not title-cased) and a separate italic capitals line 'Ảnh: MINH ĐỨC' → photographer (one of the two writers). Blue italic td.chuthich captions. The deadline '30/11/2024' in the text is text.",
                 readme="DNN table skin: caps container head as category, 'Thứ Hai | dd/mm/yyyy | h:mm', caps 'A - B' byline + separate caps 'Ảnh: B' line")


# ===================================================================== 15 Nuxt Tỉnh đoàn: initials then unit in the next paragraph, __NUXT__ draft createdAt
A15 = Art("Huyện đoàn Đại Lộc kỷ niệm 93 năm Ngày thành lập Đoàn, trao 40 suất học bổng",
          "Sáng 26/3, Huyện đoàn Đại Lộc tổ chức lễ kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024), tuyên dương 25 đoàn viên tiêu biểu và trao 40 suất học bổng cho học sinh có hoàn cảnh khó khăn.",
          [("p", "Năm 2023, Đoàn Thanh niên huyện đã thực hiện 32 công trình, phần việc thanh niên với tổng giá trị hơn 1,4 tỷ đồng; giới thiệu 96 đoàn viên ưu tú cho Đảng xem xét kết nạp."),
           ("img", "/_nuxt/media/2024/03/trao-hoc-bong-dai-loc.jpg", "Lãnh đạo Huyện ủy Đại Lộc trao học bổng cho học sinh"),
           ("p", "Mỗi suất học bổng trị giá 1 triệu đồng, do Hội Doanh nhân trẻ huyện và các nhà hảo tâm tài trợ."),
           ("p", "Dịp này, Huyện đoàn phát động cuộc thi “Thanh niên Đại Lộc với chuyển đổi số” dành cho đoàn viên, thanh niên trong huyện, hạn cuối nhận bài dự thi ngày 30/4/2024.")])


def page15():
    pub = T("2024-03-26 16:05")

    def main(rng, rl, rd):
        dv = hexid(rng, 8)
        return (f'<div data-v-{dv} class="article-page"><div data-v-{dv} class="article-cat"><a data-v-{dv} href="/tin-tuc/hoat-dong-doan" class="nuxt-link-active">Hoạt động Đoàn</a></div>'
                f'<h1 data-v-{dv} class="article-title">{esc(A15.title)}</h1>'
                f'<div data-v-{dv} class="article-meta"><span data-v-{dv}>{wd(pub)}, 26/03/2024 | 16:05</span> <span data-v-{dv} class="views">1.024 lượt xem</span></div>'
                f'<div data-v-{dv} class="article-sapo">{esc(A15.lead)}</div>'
                f'<div data-v-{dv} class="article-content">{A15.render(img=fig)}'
                f'<p style="text-align: right;"><em>N.V.T</em></p><p style="text-align: right;">Huyện đoàn Đại Lộc</p></div>'
                f'<div data-v-{dv} class="article-share">{share("s")}</div>'
                f'<div data-v-{dv} class="article-more"><h3 data-v-{dv}>Tin liên quan</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/hoat-dong-doan/{s}-{n}", cls="more")}</div></div>')
    state = {"layout": "default", "data": [{"article": {"id": 8812, "title": A15.title, "slug": "huyen-doan-dai-loc-ky-niem-93-nam",
                                                        "createdAt": "2024-03-25T09:12:00.000Z", "publishedAt": "2024-03-26T09:05:00.000Z",
                                                        "category": {"name": "Hoạt động Đoàn"}, "author": {"username": "bientap02"}}}],
             "state": {"menu": [m[0] for m in MENU_MASS]}, "serverRendered": True}
    scripts = "<script>window.__NUXT__=" + json.dumps(state, ensure_ascii=False) + ";</script>"

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=2)
        return (f'<div class="td-top"><img src="/logo-tinh-doan.png" alt="Tỉnh đoàn Quảng Nam - Đà Nẵng" /><span class="td-title">TỈNH ĐOÀN QUẢNG NAM - ĐÀ NẴNG</span>'
                f'<span class="td-date">{esc(wd(today))}, {dmy(today)}</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", cls="tdmoi", n=5)
                + '<div class="td-contest"><h3>Cuộc thi</h3><p>“Thanh niên Đại Lộc với chuyển đổi số” - hạn cuối 30/4/2024</p></div>'
                + '<div class="td-fanpage"><h3>Fanpage</h3><div class="fb-page" data-href="https://www.facebook.com/tinhdoanqndn"></div></div>')
    return _page("s13-15", family="youth_union_nuxt_initials_then_unit_next_paragraph", name="quangnamdanang-tinhdoan-nuxt-data-v-weekday-date-pipe-time-nuxt-state-draft-created-italic-initials-then-plain-unit-paragraph",
                 url="https://tinhdoan.quangnamdanang.gov.vn/tin-tuc/hoat-dong-doan/huyen-doan-dai-loc-ky-niem-93-nam-8812", art=A15, main_fn=main, pub=pub, prefix="nx", kb=145,
                 org="Tỉnh đoàn Quảng Nam - Đà Nẵng", addr="Số 12 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam - Đà Nẵng", phone="0235.3852.309",
                 top=top, side=side, shell_kw={"layout": "nuxt", "items": MENU_MASS, "scripts": scripts, "title": A15.title + " | Tỉnh đoàn Quảng Nam - Đà Nẵng"},
                 exp=expected(A15, iso(pub), author="N.V.T", unit="Huyện đoàn Đại Lộc", category="Hoạt động Đoàn"),
                 traps={"bylines": ["N.V.T", "bientap02"], "chrome": ["1.024 lượt xem", "Tin liên quan", "Fanpage"], "related": lambda rl: rl[:3]},
                 notes="Nuxt 2 SSR page (data-v attributes, window.__NUXT__ state with a draft createdAt 25/03 and publishedAt 2024-03-26T09:05Z = 16:05 local, agreeing with the visible 'Thứ Ba, 26/03/2024 | 16:05'). The byline is split over two right-aligned paragraphs: italic initials 'N.V.T', then a plain 'Huyện đoàn Đại Lộc' → author 'N.V.T' (initials as printed), unit 'Huyện đoàn Đại Lộc'; neither paragraph is body. State account 'bientap02' is not an author. Anniversary dates in the lead and a contest deadline are text.",
                 readme="Nuxt SSR: 'Thứ Ba, dd/mm/yyyy | HH:MM', __NUXT__ draft createdAt, italic initials 'N.V.T' then the unit as a separate plain paragraph")


# ===================================================================== 16 commune portal (VNPT Liferay egov): no sapo, 'Ngày đăng: d - t', 'Tin, ảnh: Name (Đài Truyền thanh xã)'
A16 = Art("Xã Hải Lựu tổ chức Ngày hội hiến máu tình nguyện năm 2024",
          None,
          [("p", "Sáng 22/6, UBND xã Hải Lựu phối hợp với Bệnh viện Đa khoa tỉnh tổ chức Ngày hội hiến máu tình nguyện năm 2024."),
           ("p", "Ngày hội thu hút hơn 140 cán bộ, đoàn viên thanh niên, dân quân và người dân trong xã đăng ký tham gia. Sau khi khám sàng lọc, có 112 người đủ điều kiện hiến máu, tiếp nhận 112 đơn vị máu."),
           ("img", "/documents/20181/2024/06/hien-mau-hai-luu.jpg", "Đoàn viên thanh niên xã Hải Lựu hiến máu tại ngày hội"),
           ("p", "Ban Chỉ đạo vận động hiến máu tình nguyện xã đã tặng quà, giấy chứng nhận cho người hiến máu; trong đó có 6 người hiến máu từ 5 lần trở lên.")])


def page16():
    pub = T("2024-06-23 10:10")
    pid = "dsnews_WAR_vnpteportalnewsportlet_INSTANCE_hL4uQ9xB"

    def main(rng, rl, rd):
        return (f'<section class="portlet" id="portlet_{pid}"><div class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin hoạt động</span></h2></div>'
                f'<div class="portlet-content"><div class="news-detail"><h1 class="title-news">{esc(A16.title)}</h1>'
                f'<div class="news-date">Ngày đăng: 23/06/2024 - 10:10</div>'
                f'<div class="news-body journal-content-article">{A16.render(img=tcap)}'
                f'<p><strong>Tin, ảnh: Nguyễn Thị Xuân (Đài Truyền thanh xã)</strong></p></div>'
                f'<div class="news-tool"><a href="#" onclick="window.print()">In</a> | <a href="#">Về đầu trang</a></div>'
                f'{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/web/hailuu/tin-hoat-dong/-/view_content/{n}-{s}.html", cls="news-other", head="Tin khác")}</div></div></section>')

    def top(rng, pub):
        today = pub + timedelta(days=1)
        return (f'<div class="xa-banner"><img src="/o/egov-xa-theme/images/quoc-huy.png" alt="" /><div class="xa-name"><span>CỔNG THÔNG TIN ĐIỆN TỬ</span><b>XÃ HẢI LỰU - HUYỆN SÔNG LÔ</b></div>'
                f'{clock(today, "weekday", "xa-today")}</div>')

    def side(rng, pub):
        return ('<div class="xa-tthc"><h3>Thủ tục hành chính</h3><ul><li><a href="#">Đăng ký khai sinh</a></li><li><a href="#">Chứng thực bản sao</a></li><li><a href="#">Đăng ký kết hôn</a></li></ul></div>'
                + '<div class="xa-tiepdan"><h3>Lịch tiếp công dân</h3><p>Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm hằng tuần (ngày 27/06/2024)</p></div>'
                + side_std(rng, pub, "Văn bản mới", cls="vbm", n=3))
    return _page("s13-16", family="commune_portal_no_sapo_tin_anh_name_paren_commune_radio", name="vinhphu-songlo-hailuu-xa-vnpt-portlet-title-cat-ngay-dang-date-dash-time-no-lead-bold-tin-anh-name-paren-dai-truyen-thanh-xa",
                 url="https://hailuu.songlo.vinhphu.gov.vn/web/hailuu/tin-hoat-dong/-/view_content/1126-xa-hai-luu-to-chuc-ngay-hoi-hien-mau.html", art=A16, main_fn=main, pub=pub, prefix="xa", kb=95,
                 org="UBND xã Hải Lựu", addr="Thôn Phố Lãng Công, xã Hải Lựu, huyện Sông Lô, tỉnh Vĩnh Phú", phone="0211.3892.016",
                 top=top, side=side, shell_kw={"layout": "liferay", "items": MENU_GOV, "title": "Tin hoạt động - Cổng thông tin điện tử xã Hải Lựu"},
                 exp=expected(A16, iso(pub), author="Nguyễn Thị Xuân", unit="Đài Truyền thanh xã", photographer="Nguyễn Thị Xuân", category="Tin hoạt động"),
                 traps={"bylines": ["Tin, ảnh: Nguyễn Thị Xuân (Đài Truyền thanh xã)"], "chrome": ["Thủ tục hành chính", "Lịch tiếp công dân", "Về đầu trang"], "dates": ["27/06/2024"],
                        "related": lambda rl: rl[:3]},
                 notes="Commune e-government portal (VNPT Liferay news portlet, light page): portlet title 'Tin hoạt động' = category, h1 title, 'Ngày đăng: 23/06/2024 - 10:10', NO sapo (the first paragraph is an ordinary <p> → lead null). Bold left last line 'Tin, ảnh: Nguyễn Thị Xuân (Đài Truyền thanh xã)' → author = photographer, unit = the commune radio station. Image table caption; citizen-reception note with a later date in the sidebar.",
                 readme="Commune portal, no sapo, 'Ngày đăng: dd/mm/yyyy - HH:MM', bold 'Tin, ảnh: Name (Đài Truyền thanh xã)' → author = photographer, station as unit")


# ===================================================================== 17 provincial newspaper: caps pen name link after the sapo, print-edition note, JSON-LD org author
A17 = Art("Chuyện những thầy cô “cắm bản” ở Bảo Lạc",
          "Hơn 20 năm gắn bó với các điểm trường vùng cao huyện Bảo Lạc, nhiều thầy cô giáo đã coi bản làng là nhà, học trò là con, lặng lẽ gieo chữ nơi biên cương.",
          [("p", "Điểm trường Khuổi Khon, xã Đình Phùng nằm cách trung tâm xã gần 15 km đường đồi dốc. Mùa mưa, con đường đất trơn trượt, thầy cô phải đi bộ, có đoạn phải bám vào rễ cây mà leo."),
           ("img", "/Uploads/2024/11/20/co-giao-khuoi-khon.jpg", "Cô Nông Thị Hạnh trong giờ lên lớp tại điểm trường Khuổi Khon"),
           ("p", "Cô Nông Thị Hạnh đã có 17 năm dạy học ở điểm trường này. Cô kể, những ngày đầu lên bản, học sinh chưa biết tiếng phổ thông, cô phải học tiếng Dao để giao tiếp với các em và phụ huynh."),
           ("h", "Giữ chân học trò"),
           ("p", "Để học sinh không bỏ học, các thầy cô thường xuyên đến từng nhà vận động, có khi tự bỏ tiền mua sách vở, quần áo ấm cho các em."),
           ("img", "/Uploads/2024/11/20/bua-trua-ban-tru.jpg", "Bữa trưa của học sinh bán trú"),
           ("p", "Hiệu trưởng Trường Phổ thông dân tộc bán trú Tiểu học Đình Phùng Lục Văn Tâm cho biết, năm học này nhà trường duy trì sĩ số 100%, không có học sinh bỏ học giữa chừng.")])


def page17():
    pub = T("2024-11-20 06:00")

    def main(rng, rl, rd):
        cm = comments([("Hoàng Thu", "20/11/2024 07:32", "Kính chúc các thầy cô vùng cao luôn mạnh khỏe."),
                       ("Cựu học sinh Đình Phùng", "20/11/2024 09:10", "Cô Hạnh dạy em năm lớp 1, bây giờ em đã học đại học.")], head="Ý kiến bạn đọc", cls="yk")
        return (f'<article class="cl-article"><div class="cl-crumb"><a href="/xa-hoi">Xã hội</a> › <a href="/xa-hoi/giao-duc">Giáo dục</a></div>'
                f'<h1 class="cl-title">{esc(A17.title)}</h1><div class="cl-time">20/11/2024, 06:00</div>'
                f'<h2 class="cl-sapo">{esc(A17.lead)}</h2>'
                f'<div class="cl-author"><a href="/tac-gia/lam-giang-117">LAM GIANG</a></div>'
                f'<div class="cl-body">{A17.render(img=fig, h=lambda t: f"<h3>{esc(t)}</h3>")}</div>'
                f'<p class="cl-printnote"><em>Bài đăng trên Báo Cao Lạng in số 4.518 ngày 20/11/2024</em></p>'
                f'<div class="cl-follow">Theo dõi Báo Cao Lạng trên <a href="#">Google News</a></div>{share("cl-share")}'
                f'<div class="cl-tags"><a href="/tag/ngay-nha-giao">#Ngày Nhà giáo Việt Nam</a> <a href="/tag/bao-lac">#Bảo Lạc</a></div>{cm}'
                f'<div class="cl-samecat"><h3>Cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d) + ", " + hm(d), href="/xa-hoi/giao-duc/{s}-{n}.html", cls="cl-list")}</div></article>')
    head = (jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A17.title, "datePublished": "2024-11-19T23:00:00Z",
                    "dateModified": "2024-11-19T23:00:00Z", "author": {"@type": "Organization", "name": "Báo Cao Lạng"}, "articleSection": "Giáo dục"})
            + og(A17.title, "https://baocaolang.vn/xa-hoi/giao-duc/chuyen-nhung-thay-co-cam-ban-o-bao-lac-c12a5521.html"))

    def top(rng, pub):
        today = pub + timedelta(hours=9)
        return (f'<div class="cl-masthead"><a href="/"><img src="/img/logo-bao-cao-lang.svg" alt="Báo Cao Lạng" /></a>{clock(today, "weekday", "cl-today")}'
                f'<a class="cl-epaper" href="/bao-in">Đọc báo in</a></div>'
                + ticker(rng, heads4(rng, 5), [today - timedelta(hours=3 * i) for i in range(5)], lambda d: hm(d) + " " + dmy(d), "Mới nhất", "cl-ticker"))

    def side(rng, pub):
        return (side_std(rng, pub, "Đọc nhiều", fmt=lambda d: dmy(d), cls="cl-most", n=6)
                + '<div class="cl-emag"><h3>E-magazine</h3><ul><li><a href="#">Non nước Cao Bằng vào mùa lúa chín</a></li><li><a href="#">Những người giữ rừng đầu nguồn</a></li></ul></div>'
                + '<div class="cl-ad"><img src="/qc/ocop-cao-lang.jpg" alt="Sản phẩm OCOP Cao Lạng" /></div>')
    return _page("s13-17", family="baotinh_caps_pen_name_link_after_sapo_print_note", name="caolang-bao-crumb-two-levels-date-comma-time-h2-sapo-caps-pen-name-link-after-sapo-print-edition-note-jsonld-org-author",
                 url="https://baocaolang.vn/xa-hoi/giao-duc/chuyen-nhung-thay-co-cam-ban-o-bao-lac-c12a5521.html", art=A17, main_fn=main, pub=pub, prefix="cl", kb=290,
                 org="Báo Cao Lạng", addr="Số 10 Hoàng Văn Thụ, TP Cao Bằng, tỉnh Cao Lạng", phone="0206.3852.414",
                 top=top, side=side, shell_kw={"items": MENU_NEWS, "head_extra": head, "title": A17.title + " - Báo Cao Lạng"},
                 exp=expected(A17, iso(pub), author="LAM GIANG", category="Giáo dục"),
                 traps={"bylines": ["LAM GIANG"], "chrome": ["Bài đăng trên Báo Cao Lạng in số 4.518", "Theo dõi Báo Cao Lạng trên", "Cùng chuyên mục", "Ý kiến bạn đọc"],
                        "tags": ["#Bảo Lạc"], "comments": ["Kính chúc các thầy cô vùng cao luôn mạnh khỏe."], "related": lambda rl: rl[:3]},
                 notes="Provincial newspaper: crumb 'Xã hội › Giáo dục' (deepest = category), '20/11/2024, 06:00', h2 sapo = lead, then the writer's pen name in capitals as a link 'LAM GIANG' BETWEEN the sapo and the text → author as printed; JSON-LD author is the paper itself (Organization) and its Z time agrees (= 06:00 local). A print-edition note after the text ('Bài đăng trên Báo Cao Lạng in số 4.518 ngày 20/11/2024') is not body. h3 sub-head in the text is body; two figcaptions; dated reader comments; hashtag tags.",
                 readme="Newspaper: caps pen-name link between the h2 sapo and the text, print-edition note after the text, JSON-LD Organization author, 'dd/mm/yyyy, HH:MM'")


# ===================================================================== 18 UBKT Huyện ủy ASP.NET: 'Ngày dd/mm/yyyy, HHhMM', italic 'Người viết:' + unit in a separate div
A18 = Art("Ủy ban Kiểm tra Huyện ủy Mộ Đức triển khai nhiệm vụ năm 2025",
          "Chiều 18/2, Ủy ban Kiểm tra Huyện ủy Mộ Đức tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2024, triển khai nhiệm vụ năm 2025.",
          [("p", "Năm 2024, cấp ủy và ủy ban kiểm tra các cấp trong Đảng bộ huyện đã kiểm tra 126 tổ chức đảng và 218 đảng viên, giám sát chuyên đề 94 tổ chức đảng và 175 đảng viên."),
           ("p", "Ủy ban Kiểm tra Huyện ủy đã kiểm tra khi có dấu hiệu vi phạm đối với 4 đảng viên; thi hành kỷ luật 11 đảng viên bằng các hình thức khiển trách, cảnh cáo."),
           ("h", "Nhiệm vụ năm 2025"),
           ("p", "Năm 2025, Ủy ban Kiểm tra Huyện ủy tập trung kiểm tra, giám sát việc chuẩn bị và tổ chức đại hội đảng bộ các cấp; việc thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị theo chủ trương của Trung ương."),
           ("p", "Hội nghị đã khen thưởng 3 tập thể, 5 cá nhân có thành tích xuất sắc trong công tác kiểm tra, giám sát năm 2024.")])


def page18():
    pub = T("2025-02-19 14:20")
    c = "ctl00_ContentPlaceHolder1_ucChiTiet"

    def main(rng, rl, rd):
        return (f'<table width="100%" cellpadding="0" cellspacing="0" class="khung-chitiet"><tr><td class="khung-head">Tin kiểm tra</td></tr><tr><td class="khung-body">'
                f'<span id="{c}_lblTieuDe" class="tieude">{esc(A18.title)}</span><br />'
                f'<span id="{c}_lblNgay" class="ngay">Ngày 19/02/2025, 14h20</span>'
                f'<div id="{c}_pnTrichYeu" class="trichyeu"><b><i>{esc(A18.lead)}</i></b></div>'
                f'<div id="{c}_pnNoiDung" class="noidung">{A18.render(h=lambda t: f"<p><b>{esc(t)}</b></p>")}</div>'
                f'<div class="tacgia" style="text-align:right"><i>Người viết: Phạm Văn Hải</i></div>'
                f'<div class="donvi" style="text-align:right">Cơ quan UBKT Huyện ủy</div>'
                f'<div class="congcu"><a href="#">In trang</a> - <a href="#">Gửi email</a> - <a href="javascript:history.back()">Trở về</a></div>'
                f'<div class="tinkhac"><div class="tinkhac-tieude">Các tin khác</div>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/ChiTiet.aspx?id={n}", cls="khung-tinkhac")}</div>'
                f'</td></tr></table>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=-4)
        return (f'<div class="ubkt-banner"><img src="/Images/banner-ubkt-moduc.jpg" alt="Ủy ban Kiểm tra Huyện ủy Mộ Đức" />'
                f'<span class="ubkt-ngay">Ngày {dmy(today)}</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới đăng", cls="tinmoi", n=5)
                + '<div class="ubkt-vb"><h3>Văn bản hướng dẫn</h3><ul><li><a href="#">Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát</a></li><li><a href="#">Hướng dẫn thi hành kỷ luật đảng</a></li></ul></div>'
                + '<div class="ubkt-hopthu"><h3>Hộp thư tố cáo</h3><p>Gửi đơn thư về Cơ quan UBKT Huyện ủy Mộ Đức, thị trấn Mộ Đức</p></div>')
    return _page("s13-18", family="ubkt_aspnet_nguoi_viet_italic_unit_separate_div", name="nghiabinh-moduc-ubkt-aspnet-table-span-tieude-ngay-dd-mm-yyyy-comma-hh-h-mm-italic-nguoi-viet-then-donvi-div",
                 url="https://ubktmoduc.nghiabinh.dcs.vn/ChiTiet.aspx?id=1187", art=A18, main_fn=main, pub=pub, prefix="ubkt", kb=125,
                 org="Ủy ban Kiểm tra Huyện ủy Mộ Đức", addr="Thị trấn Mộ Đức, huyện Mộ Đức, tỉnh Nghĩa Bình", phone="0255.3845.113",
                 crumbs='<div class="duongdan"><a href="/">Trang chủ</a> &gt;&gt; <a href="/DanhMuc.aspx?id=3">Tin kiểm tra</a></div>',
                 top=top, side=side, shell_kw={"layout": "table", "form": True, "title": "Ủy ban Kiểm tra Huyện ủy Mộ Đức"},
                 exp=expected(A18, iso(pub), author="Phạm Văn Hải", unit="Cơ quan UBKT Huyện ủy", category="Tin kiểm tra"),
                 traps={"bylines": ["Người viết: Phạm Văn Hải"], "chrome": ["Các tin khác", "Hộp thư tố cáo", "Trở về", "Văn bản hướng dẫn"], "related": lambda rl: rl[:3]},
                 notes="Table-era ASP.NET of a district inspection committee: title in span.tieude (no h1, <title> = site name), 'Ngày 19/02/2025, 14h20' ('h' as the hour separator) → 2025-02-19T14:20, bold-italic trích yếu = lead, bold sub-head = body. Italic 'Người viết: Phạm Văn Hải' then, in a separate plain div.donvi, 'Cơ quan UBKT Huyện ủy' → author + unit. Crumb and box head 'Tin kiểm tra' = category.",
                 readme="Table-era ASP.NET UBKT: span title, 'Ngày dd/mm/yyyy, HHhMM', italic 'Người viết: Name' + unit in a separate div.donvi")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
