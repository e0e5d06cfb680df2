"""Set 17 pages 1-9: the provincial Party system's less-sampled sites (Ban Nội chính, Văn phòng Tỉnh ủy, Đảng ủy Khối
Doanh nghiệp, Thành ủy, Thị ủy, a Báo tỉnh, Hội LHPN, Hội CCB, Bộ CHQS) with bylines, author units, categories and update
stamps varied widely; pages 6, 8 and 9 carry one TWIST each ('Theo dõi' follow texts that are not 'Theo …' source lines,
a category printed only as a title-bar image, an ASP.NET DateTime.MinValue placeholder in the 'Cập nhật' slot)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb


def head_top(cls, logo, alt, days=1, hours=0, style="weekday", tick="Tin mới", fmt=dmy, extra=""):
    def top(rng, pub):
        today = pub + timedelta(days=days, hours=hours)
        return (f'<div class="{cls}-banner"><img src="{logo}" alt="{esc(alt, True)}" />{clock(today, style, cls + "-today")}</div>{extra}'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], fmt, tick, cls + "-ticker"))
    return top


# ===================================================================== 1 Ban Nội chính Tỉnh ủy Phú Khánh: Drupal 10 Olivero, labelled 'Tác giả' / 'Đơn vị' fields, unit with commas
A1 = Art("Nâng cao hiệu quả phối hợp phát hiện, xử lý tham nhũng, tiêu cực ở cấp huyện",
         "Thời gian qua, Ban Chỉ đạo cấp huyện về phòng, chống tham nhũng, tiêu cực ở tỉnh Phú Khánh đã từng bước đi vào hoạt động nền nếp. Tuy vậy, việc phối hợp giữa các cơ quan trong phát hiện, xử lý vụ việc ở cơ sở vẫn còn những điểm nghẽn cần tháo gỡ.",
         [("p", "Sau hơn một năm thành lập, 9 Ban Chỉ đạo cấp huyện đã ban hành quy chế làm việc, chương trình công tác và tổ chức 46 cuộc kiểm tra, giám sát; chuyển cơ quan điều tra 7 vụ việc có dấu hiệu tội phạm, tập trung ở lĩnh vực đất đai, đầu tư xây dựng cơ bản và quản lý tài chính ngân sách xã."),
          ("h", "Phối hợp còn chậm, thông tin chưa thông suốt"),
          ("p", "Qua theo dõi, việc trao đổi thông tin giữa ủy ban kiểm tra, thanh tra huyện và công an huyện còn thực hiện chủ yếu bằng văn bản, thời gian xử lý kéo dài. Có vụ việc từ khi phát hiện đến khi chuyển cơ quan điều tra mất gần 6 tháng."),
          ("p", "Một số nơi còn tâm lý nể nang, ngại va chạm, nhất là khi vụ việc liên quan đến cán bộ đương chức ở xã, thị trấn. Việc tiếp nhận, xử lý phản ánh của người dân qua đường dây nóng chưa được cập nhật kịp thời lên hệ thống theo dõi chung."),
          ("img", "/sites/default/files/2024-09/hoi-nghi-bcd-pctn-cap-huyen.jpg", "Hội nghị sơ kết hoạt động của Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực huyện Ninh Hòa"),
          ("h", "Một số kiến nghị"),
          ("p", "Thứ nhất, các Ban Chỉ đạo cấp huyện cần xây dựng quy chế phối hợp cụ thể, quy định rõ thời hạn trao đổi, cung cấp hồ sơ giữa các cơ quan thành viên; định kỳ hằng tháng rà soát tiến độ xử lý từng vụ việc."),
          ("p", "Thứ hai, ứng dụng phần mềm quản lý vụ việc dùng chung, kết nối với Ban Nội chính Tỉnh ủy để theo dõi, đôn đốc; công khai kết quả xử lý những vụ việc dư luận quan tâm."),
          ("p", "Thứ ba, chú trọng bồi dưỡng nghiệp vụ cho đội ngũ cán bộ làm công tác nội chính, kiểm tra, thanh tra cấp huyện, đồng thời bảo vệ người phát hiện, tố giác hành vi tham nhũng, tiêu cực.")])


def page01():
    pub, upd = T("2024-09-12 08:45"), T("2024-09-12 16:20")

    def main(rng, rl, rd):
        body = A1.render(h=lambda t: f"<h2>{esc(t)}</h2>",
                         img=lambda s, c, n: f'<figure role="group" class="caption caption-img align-center"><img loading="lazy" src="{s}" width="800" height="533" alt="" /><figcaption>{esc(c)}</figcaption></figure>')
        tags = "".join(f'<li class="field__item"><a href="/taxonomy/term/{50 + i}" hreflang="vi">{esc(t)}</a></li>' for i, t in enumerate(["kiểm soát quyền lực", "Ban Chỉ đạo cấp huyện", "đường dây nóng"]))
        return (f'<div data-drupal-messages-fallback class="hidden messages-list"></div>'
                f'<article data-history-node-id="4521" class="node node--type-article node--promoted node--view-mode-full">'
                f'<header class="node__header"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(A1.title)}</span></h1>'
                f'<div class="node__meta"><span class="node__author">Đăng bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="Xem hồ sơ người dùng." href="/user/7" class="username">bnc_bientap</a></span></span>'
                f' <span class="node__date">— Thứ Năm, 12/09/2024 - 08:45</span></div></header>'
                f'<div class="node__content">'
                f'<div class="text-content field field--name-field-sapo field--type-text-long field--label-hidden field__item"><p><strong>{esc(A1.lead)}</strong></p></div>'
                f'<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>'
                f'<div class="field field--name-field-tac-gia field--type-string field--label-inline clearfix"><div class="field__label">Tác giả</div><div class="field__item">ThS. Trần Quốc Việt</div></div>'
                f'<div class="field field--name-field-don-vi field--type-string field--label-inline clearfix"><div class="field__label">Đơn vị</div><div class="field__item">Phòng Phòng, chống tham nhũng, tiêu cực</div></div>'
                f'<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">Thẻ</h3><ul class="links field__items field--tags__items">{tags}</ul></div>'
                f'<div class="node__changed"><em>Sửa đổi lần cuối: 12/09/2024 - 16:20</em></div></div></article>'
                f'<div class="block block-views"><h2 class="block__title">Bài viết cùng chuyên mục</h2>{rel(rng, rl, rd, lambda d: dmy(d), href="/node/{n}", cls="views-row")}</div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới cập nhật", fmt=lambda d: dmy(d) + " - " + hm(d), cls="bnc-new")
                + '<div class="bnc-hotline"><h3>Đường dây nóng</h3><p>Tiếp nhận phản ánh về tham nhũng, tiêu cực: 0258.3822.117</p><p>Hộp thư: duongdaynong@bannoichinh.phukhanh.dcs.vn</p></div>'
                + vb_box(["Kế hoạch số 204-KH/BNCTU ngày 26/8/2024 về kiểm tra hoạt động của Ban Chỉ đạo cấp huyện",
                          "Báo cáo số 118-BC/BNCTU ngày 05/9/2024 về tình hình an ninh, trật tự tháng 8/2024"]))
    crumbs = ('<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>'
              '<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Trang chủ</a></li>'
              '<li class="breadcrumb__item"><a href="/nghien-cuu-trao-doi" class="breadcrumb__link">Nghiên cứu - Trao đổi</a></li>'
              '<li class="breadcrumb__item"><a href="/nghien-cuu-trao-doi/phong-chong-tham-nhung" class="breadcrumb__link">Phòng, chống tham nhũng</a></li></ol></nav>')
    url = "https://bannoichinh.phukhanh.dcs.vn/nghien-cuu-trao-doi/phong-chong-tham-nhung/nang-cao-hieu-qua-phoi-hop-phat-hien-xu-ly-tham-nhung-tieu-cuc-o-cap-huyen"
    head = (og(A1.title, url, {"article:section": "Nội chính", "article:published_time": "2024-09-12T08:45:00+07:00", "article:modified_time": "2024-09-12T16:20:41+07:00"})
            + '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />'
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A1.title, "datePublished": "2024-09-12T08:45:00+07:00",
                                                                    "dateModified": "2024-09-12T16:20:41+07:00", "author": {"@type": "Person", "name": "bnc_bientap"}}]}))
    return page("s17-01", family="party_internal_affairs_drupal10_labelled_fields_unit_commas", name="phukhanh-bannoichinh-drupal10-olivero-three-level-crumb-node-meta-dang-boi-account-weekday-dd-mm-yyyy-dash-hh-mm-field-tac-gia-ths-field-don-vi-with-commas-sua-doi-lan-cuoi-after-end",
                url=url, art=A1, main_fn=main, pub=pub, prefix="bnc", kb=175,
                org="Ban Nội chính Tỉnh ủy Phú Khánh", addr="Số 4 đường Trần Phú, TP Nha Trang, tỉnh Phú Khánh", phone="0258.3822.110",
                crumbs=crumbs, top=head_top("bnc", "/themes/custom/bnc/logo.svg", "Ban Nội chính Tỉnh ủy Phú Khánh", days=1, hours=4), side=side,
                shell_kw={"layout": "drupal", "head_extra": head, "title": A1.title + " | Ban Nội chính Tỉnh ủy Phú Khánh"},
                exp=expected(A1, iso(pub), updated=iso(upd), author="ThS. Trần Quốc Việt", unit="Phòng Phòng, chống tham nhũng, tiêu cực", category="Phòng, chống tham nhũng"),
                traps={"accounts": ["bnc_bientap"], "chrome": ["Bài viết cùng chuyên mục", "Tiếp nhận phản ánh về tham nhũng, tiêu cực", "Breadcrumb", "Sửa đổi lần cuối: 12/09/2024 - 16:20"],
                       "tags": ["kiểm soát quyền lực"], "related": lambda rl: rl[:4]},
                notes="Drupal 10 Olivero node. 'Đăng bởi bnc_bientap — Thứ Năm, 12/09/2024 - 08:45' (the uid field is the site account, not the author). Labelled entity fields after the text: 'Tác giả' 'ThS. Trần Quốc Việt' (degree kept) and 'Đơn vị' 'Phòng Phòng, chống tham nhũng, tiêu cực' (ONE unit whose official name contains commas and repeats 'Phòng'). Italic 'Sửa đổi lần cuối: 12/09/2024 - 16:20' printed after the tags, at the end of the node → updated_at (og/JSON-LD modified carry :41 seconds that are not printed → :00). Three-level crumb 'Trang chủ › Nghiên cứu - Trao đổi › Phòng, chống tham nhũng' → 'Phòng, chống tham nhũng' (og article:section 'Nội chính'); the 'Thẻ' tags are not the category. Bold sapo field = lead; h2 sub-heads are body. Hotline box, 'Văn bản mới' with issue dates.",
                readme="Drupal 10 Olivero Ban Nội chính: 'Đăng bởi' account + 'Thứ Năm, dd/mm/yyyy - HH:MM', labelled fields 'Tác giả' (ThS.) / 'Đơn vị' (unit name with commas), 'Sửa đổi lần cuối' after the end, three-level crumb vs og section, tags")


# ===================================================================== 2 Văn phòng Tỉnh ủy Bắc Thái: Liferay 7.4 display page (fragments), icon-only home crumb, 'Tin, ảnh: Name (VP Tỉnh ủy)'
A2 = Art("Thường trực Tỉnh ủy nghe báo cáo tiến độ chuẩn bị Đại hội Đảng bộ tỉnh lần thứ XX",
         "Chiều 9/9, Thường trực Tỉnh ủy Bắc Thái họp nghe Văn phòng Tỉnh ủy và các tiểu ban phục vụ Đại hội báo cáo tiến độ chuẩn bị văn kiện, nhân sự, công tác tuyên truyền và bảo đảm hậu cần cho Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030.",
         [("p", "Theo báo cáo, đến nay Tiểu ban Văn kiện đã hoàn thành dự thảo lần thứ ba Báo cáo chính trị, tổng hợp 1.126 ý kiến góp ý của các đảng bộ trực thuộc, các đồng chí nguyên lãnh đạo tỉnh và các nhà khoa học. Dự thảo dự kiến được trình Hội nghị Ban Chấp hành Đảng bộ tỉnh vào cuối tháng 10."),
          ("p", "Tiểu ban Nhân sự đã hoàn thành quy trình rà soát, bổ sung quy hoạch Ban Chấp hành, Ban Thường vụ Tỉnh ủy nhiệm kỳ 2025 - 2030. Tiểu ban Tuyên truyền đã mở chuyên mục về Đại hội trên Báo Bắc Thái, Đài Phát thanh - Truyền hình tỉnh và Cổng thông tin điện tử Đảng bộ tỉnh."),
          ("img", "/documents/d/vptu/thuong-truc-tinh-uy-hop-tien-do-dai-hoi", "Đồng chí Bí thư Tỉnh ủy phát biểu kết luận cuộc họp"),
          ("p", "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy đề nghị các tiểu ban bám sát kế hoạch, bảo đảm chất lượng và tiến độ; Văn phòng Tỉnh ủy chủ trì chuẩn bị phương án tổ chức đại hội điểm cấp cơ sở, tổng hợp kinh nghiệm để chỉ đạo chung."),
          ("p", "Đồng chí cũng lưu ý làm tốt công tác bảo vệ chính trị nội bộ, nắm chắc tình hình tư tưởng của cán bộ, đảng viên và nhân dân; kịp thời đấu tranh với các thông tin sai trái, xuyên tạc liên quan đến công tác chuẩn bị đại hội đảng bộ các cấp.")])


def page02():
    pub = T("2024-09-09 15:10")

    def main(rng, rl, rd):
        body = A2.render(img=lambda s, c, n: f'<div class="lfr-layout-structure-item-basic-component-image"><figure><img class="img-fluid" src="{s}" alt="" /><figcaption class="text-center small"><em>{esc(c)}</em></figcaption></figure></div>')
        fid = hexid(rng, 8)
        return (f'<div class="lfr-layout-structure-item-{fid} lfr-layout-structure-item-container"><div class="component-heading" data-lfr-editable-id="element-text" data-lfr-editable-type="text">'
                f'<h1 class="component-heading mb-2 text-break">{esc(A2.title)}</h1></div>'
                f'<div class="component-text mb-3 text-secondary small" data-lfr-editable-id="element-date"><span class="mr-2"><svg class="lexicon-icon lexicon-icon-date" role="presentation"><use href="/o/classic-theme/images/clay/icons.svg#date"></use></svg></span>Ngày đăng: 09/09/2024 15:10</div>'
                f'<div class="component-paragraph font-weight-bold mb-3" data-lfr-editable-id="element-sapo">{esc(A2.lead)}</div>'
                f'<div class="component-html" data-lfr-editable-id="element-html">{body}'
                f'<p style="text-align:right"><strong>Tin, ảnh: Lê Thanh Hương (VP Tỉnh ủy)</strong></p></div>'
                f'<div class="component-button"><a class="btn btn-sm btn-secondary" href="javascript:window.print()">In bài viết</a></div></div>'
                f'<div class="lfr-layout-structure-item-collection-display"><h3 class="component-heading">Tin khác</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " " + hm(d), href="/web/vptu/w/{s}", cls="collection-list")}</div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=1), "Lịch làm việc của Thường trực Tỉnh ủy", "vptu-lich")
                + side_std(rng, pub, "Tin đọc nhiều", cls="vptu-most")
                + links_box(["Báo điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản", "Báo Bắc Thái", "Cổng thông tin điện tử tỉnh Bắc Thái"]))
    crumbs = ('<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb">'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/vptu" title="Trang chủ"><span class="breadcrumb-text-truncate"><svg class="lexicon-icon lexicon-icon-home" role="presentation"><use href="/o/classic-theme/images/clay/icons.svg#home"></use></svg></span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/vptu/tin-tuc-su-kien"><span class="breadcrumb-text-truncate">Tin tức - Sự kiện</span></a></li>'
              '<li class="breadcrumb-item"><span class="active breadcrumb-text-truncate">Hoạt động Thường trực Tỉnh ủy</span></li></ol></nav>')
    url = "https://vanphong.bacthai.dcs.vn/web/vptu/w/thuong-truc-tinh-uy-nghe-bao-cao-tien-do-chuan-bi-dai-hoi-dang-bo-tinh-lan-thu-xx"
    head = og(A2.title, url, {"article:section": "Tin tức", "article:modified_time": "2024-09-10T08:02:10+07:00"})
    return page("s17-02", family="provincial_office_liferay74_fragments_tin_anh_vp_abbrev", name="bacthai-vanphongtinhuy-liferay74-display-page-fragments-icon-only-home-crumb-three-levels-ngay-dang-dd-mm-yyyy-hh-mm-bold-sapo-fragment-tin-anh-name-paren-vp-tinh-uy",
                url=url, art=A2, main_fn=main, pub=pub, prefix="vptu", kb=215,
                org="Văn phòng Tỉnh ủy Bắc Thái", addr="Số 10 đường Nha Trang, TP Thái Nguyên, tỉnh Bắc Thái", phone="0208.3855.211",
                crumbs=crumbs, top=head_top("vptu", "/o/vptu-theme/images/banner.png", "Văn phòng Tỉnh ủy Bắc Thái", days=2, style="hom_nay"), side=side,
                shell_kw={"layout": "liferay74", "head_extra": head, "title": A2.title + " - Văn phòng Tỉnh ủy Bắc Thái"},
                exp=expected(A2, iso(pub), author="Lê Thanh Hương", unit="VP Tỉnh ủy", photographer="Lê Thanh Hương", category="Hoạt động Thường trực Tỉnh ủy"),
                traps={"bylines": ["Tin, ảnh: Lê Thanh Hương (VP Tỉnh ủy)"], "chrome": ["Tin khác", "In bài viết", "Lịch làm việc của Thường trực Tỉnh ủy", "Tin đọc nhiều"],
                       "related": lambda rl: rl[:4]},
                notes="Liferay 7.4 display page built from fragments (component-heading / component-text / component-paragraph / component-html, data-lfr-editable-id). Breadcrumb of three levels whose home level is an SVG icon only (title attribute 'Trang chủ', no text) → 'Hoạt động Thường trực Tỉnh ủy' (the active span; og article:section 'Tin tức'). 'Ngày đăng: 09/09/2024 15:10' with an icon; og modified_time of the next day is not shown → updated_at null. Bold paragraph fragment = lead. Bold right 'Tin, ảnh: Lê Thanh Hương (VP Tỉnh ủy)' → author = photographer, unit the abbreviation 'VP Tỉnh ủy' as printed. Work schedule of the Standing Committee with future dates, header clock 2 days later.",
                readme="Liferay 7.4 fragments Văn phòng Tỉnh ủy: three-level crumb with an icon-only home, 'Ngày đăng: dd/mm/yyyy HH:MM', bold sapo fragment, 'Tin, ảnh: Name (VP Tỉnh ủy)' → author = photographer + abbreviated unit")


# ===================================================================== 3 Đảng ủy Khối Doanh nghiệp tỉnh Vĩnh Phú: Joomla 3 + K2, 'Viết bởi' account, 'Bài và ảnh: Name - unit', K2 modified line
A3 = Art("Đảng bộ Tổng công ty May Việt Trì gắn công tác xây dựng Đảng với chăm lo việc làm cho người lao động",
         "Trong bối cảnh đơn hàng dệt may sụt giảm, Đảng ủy Tổng công ty May Việt Trì đã lãnh đạo đổi mới thị trường, bảo đảm việc làm ổn định cho hơn 3.200 lao động, thu nhập bình quân 8 tháng năm 2024 đạt 8,6 triệu đồng/người/tháng.",
         [("p", "Đảng bộ Tổng công ty hiện có 11 chi bộ trực thuộc với 246 đảng viên, trong đó 68% là công nhân trực tiếp sản xuất. Ngay từ đầu năm, Đảng ủy ban hành nghị quyết chuyên đề về tìm kiếm đơn hàng mới, giao từng đồng chí cấp ủy viên phụ trách các khách hàng, thị trường cụ thể."),
          ("p", "Nhờ mở rộng sang thị trường Hàn Quốc và Australia, Tổng công ty đã ký thêm 14 hợp đồng với giá trị trên 9 triệu USD, bù đắp phần đơn hàng sụt giảm từ thị trường Hoa Kỳ. Các chuyền may được sắp xếp lại, áp dụng phần mềm quản lý sản xuất, giúp năng suất tăng 11%."),
          ("img", "/media/k2/items/cache/chuyen-may-viet-tri_XL.jpg", "Công nhân Tổng công ty May Việt Trì trên chuyền sản xuất hàng xuất khẩu"),
          ("p", "Công tác phát triển đảng viên trong công nhân được chú trọng. Từ đầu nhiệm kỳ, Đảng bộ đã kết nạp 39 đảng viên, phần lớn là tổ trưởng, chuyền trưởng, công nhân có tay nghề cao. Các chi bộ duy trì sinh hoạt vào ngày cố định, nội dung gắn với kế hoạch sản xuất của từng xí nghiệp."),
          ("p", "Đảng ủy chỉ đạo công đoàn phối hợp với ban giám đốc tổ chức bữa ăn ca bảo đảm dinh dưỡng, hỗ trợ nhà trọ cho công nhân ở xa, trao 120 suất học bổng cho con công nhân có hoàn cảnh khó khăn. Năm 2024, Tổng công ty không để xảy ra tranh chấp lao động tập thể."),
          ("p", "Đảng ủy Khối Doanh nghiệp tỉnh đánh giá đây là một trong những đảng bộ doanh nghiệp ngoài nhà nước tiêu biểu, có cách làm sáng tạo trong lãnh đạo nhiệm vụ sản xuất kinh doanh gắn với xây dựng Đảng.")])


def page03():
    pub, upd = T("2024-09-09 09:15"), T("2024-09-10 08:02")

    def main(rng, rl, rd):
        body = A3.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="{esc(c, True)}" width="640" /></p><p style="text-align:center"><span style="font-size:10pt"><em>{esc(c)}</em></span></p>')
        tags = "".join(f'<li><a href="/tin-tuc/itemlist/tag/{slug(t)}">{esc(t)}</a></li>' for t in ["dệt may", "phát triển đảng viên", "việc làm"])
        return (f'<span id="startOfPageId2871"></span><div id="k2Container" class="itemView">'
                f'<div class="itemHeader"><span class="itemDateCreated">Thứ hai, 09 Tháng 9 2024 09:15</span>'
                f'<h2 class="itemTitle">{esc(A3.title)}</h2>'
                f'<span class="itemAuthor">Viết bởi&nbsp;<a rel="author" href="/tin-tuc/itemlist/user/62-dukbientap">duk_bientap</a></span></div>'
                f'<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">Cỡ chữ</span> <a href="#" id="fontDecrease">giảm</a> <a href="#" id="fontIncrease">tăng</a></li>'
                f'<li><a class="itemPrintLink" rel="nofollow" href="#">In</a></li><li><a class="itemEmailLink" rel="nofollow" href="#">E-mail</a></li></ul><div class="clr"></div></div>'
                f'<div class="itemBody"><div class="itemIntroText"><p><strong>{esc(A3.lead)}</strong></p></div>'
                f'<div class="itemFullText">{body}<p style="text-align:right"><em><strong>Bài và ảnh: Nguyễn Thị Hải Yến - Đảng ủy Tổng công ty May Việt Trì</strong></em></p></div><div class="clr"></div>'
                f'<div class="itemDateModified">Sửa lần cuối vào Thứ ba, 10 Tháng 9 2024 08:02</div></div>'
                f'<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="/tin-tuc/itemlist/category/12-doanh-nghiep-doanh-nhan">Doanh nghiệp - Doanh nhân</a></div>'
                f'<div class="itemTagsBlock"><span>Thẻ</span><ul class="itemTags">{tags}</ul><div class="clr"></div></div></div>'
                f'<div class="itemHitsBlock"><span class="itemHits">Lượt xem <b>412</b> lần</span></div>'
                f'<div class="itemRelated"><h3>Bài viết liên quan</h3>{rel(rng, rl[:3], rd[:3], None, href="/tin-tuc/item/{n}-{s}.html", cls="itemRelated-list")}</div>'
                f'<div class="itemCategoryLatest"><h3>Mới nhất từ Doanh nghiệp - Doanh nhân</h3>{rel(rng, rl[3:], rd[3:], lambda d: dmy(d), href="/tin-tuc/item/{n}-{s}.html", cls="latest")}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: hm(d) + " " + dmy(d), cls="duk-new")
                + poll("Theo đồng chí, giải pháp nào quan trọng nhất để phát triển đảng viên trong doanh nghiệp ngoài nhà nước?",
                       ["Nâng cao nhận thức của chủ doanh nghiệp", "Phát huy vai trò công đoàn, đoàn thanh niên", "Tạo nguồn từ công nhân có tay nghề cao"]))
    crumbs = ('<ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a><span class="divider">»</span></li>'
              '<li><a href="/tin-tuc" class="pathway">Tin tức</a><span class="divider">»</span></li><li class="active"><span>Doanh nghiệp - Doanh nhân</span></li></ul>')
    url = "https://dangbokhoidn.vinhphu.dcs.vn/tin-tuc/item/2871-dang-bo-tong-cong-ty-may-viet-tri-gan-cong-tac-xay-dung-dang-voi-cham-lo-viec-lam-cho-nguoi-lao-dong.html"
    head = (og(A3.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" />'
            + '<meta name="author" content="duk_bientap" />')
    return page("s17-03", family="duk_joomla3_k2_bai_va_anh_k2_modified_line", name="vinhphu-dukdn-joomla3-k2-itemview-h2-itemtitle-k2-date-thu-hai-dd-thang-m-yyyy-viet-boi-account-bai-va-anh-name-dash-dang-uy-cong-ty-sua-lan-cuoi-vao-dang-trong-category-tags",
                url=url, art=A3, main_fn=main, pub=pub, prefix="duk", kb=140,
                org="Đảng ủy Khối Doanh nghiệp tỉnh Vĩnh Phú", addr="Số 26 đường Trần Phú, TP Việt Trì, tỉnh Vĩnh Phú", phone="0210.3846.205",
                crumbs=crumbs, top=head_top("duk", "/images/banner-dukdn.jpg", "Đảng ủy Khối Doanh nghiệp tỉnh Vĩnh Phú", days=3), side=side,
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A3.title},
                exp=expected(A3, iso(pub), updated=iso(upd), author="Nguyễn Thị Hải Yến", unit="Đảng ủy Tổng công ty May Việt Trì", photographer="Nguyễn Thị Hải Yến", category="Doanh nghiệp - Doanh nhân"),
                traps={"accounts": ["duk_bientap"], "bylines": ["Bài và ảnh: Nguyễn Thị Hải Yến - Đảng ủy Tổng công ty May Việt Trì"],
                       "chrome": ["Bài viết liên quan", "Mới nhất từ Doanh nghiệp - Doanh nhân", "Lượt xem", "Cỡ chữ", "Đăng trong"],
                       "related": lambda rl: rl[:4]},
                notes="Joomla 3 + K2 item view: the headline is h2.itemTitle (the page has no h1). K2 dates 'Thứ hai, 09 Tháng 9 2024 09:15' (itemDateCreated, above the title) and 'Sửa lần cuối vào Thứ ba, 10 Tháng 9 2024 08:02' (itemDateModified, after the text) → published + updated. 'Viết bởi duk_bientap' is the Joomla account (not an author). Italic bold 'Bài và ảnh: Nguyễn Thị Hải Yến - Đảng ủy Tổng công ty May Việt Trì' → author = photographer + unit. K2 'Đăng trong Doanh nghiệp - Doanh nhân' (label dropped) = the crumb's last level; 'Thẻ' tags are not the category. Bold intro text = lead; em span captions.",
                readme="Joomla 3 + K2: h2.itemTitle, 'Thứ hai, 09 Tháng 9 2024 09:15' + 'Sửa lần cuối vào …' → pub + update, 'Viết bởi' account, 'Bài và ảnh: Name - Đảng ủy Công ty …', 'Đăng trong' category, tags")


# ===================================================================== 4 Thành ủy Quy Nhơn: WordPress block theme, ALL-CAPS name <br> unit line, post-terms category vs tags, modified date block
A4 = Art("Quy Nhơn kiện toàn đội ngũ bí thư chi bộ khu phố trước đại hội nhiệm kỳ 2025 - 2027",
         "Để chuẩn bị cho đại hội chi bộ nhiệm kỳ 2025 - 2027, Ban Thường vụ Thành ủy Quy Nhơn đã chỉ đạo rà soát, kiện toàn 186 bí thư chi bộ khu phố, thôn, bảo đảm đủ tiêu chuẩn, có uy tín và khả năng vận động nhân dân.",
         [("p", "Qua rà soát, có 23 bí thư chi bộ lớn tuổi, sức khỏe hạn chế xin thôi tham gia cấp ủy; 17 đồng chí được điều động, phân công nhiệm vụ khác. Các đảng ủy phường, xã đã giới thiệu bầu bổ sung, trong đó 41% bí thư chi bộ mới dưới 45 tuổi, 62% có trình độ đại học trở lên."),
          ("p", "Thành ủy tổ chức 3 lớp bồi dưỡng nghiệp vụ cho bí thư chi bộ, tập trung vào kỹ năng chuẩn bị nội dung sinh hoạt, ghi biên bản nghị quyết, quản lý đảng viên trên phần mềm và giải quyết những vấn đề phát sinh ở khu dân cư."),
          ("img", "/wp-content/uploads/2024/09/boi-duong-bi-thu-chi-bo-quy-nhon.jpg", "Lớp bồi dưỡng nghiệp vụ cho bí thư chi bộ khu phố, thôn năm 2024"),
          ("p", "Ông Trần Văn Lực, Bí thư Chi bộ khu phố 5, phường Ghềnh Ráng chia sẻ, sau lớp bồi dưỡng, chi bộ đã đổi mới cách chuẩn bị sinh hoạt, gửi trước dự thảo nghị quyết qua nhóm Zalo để đảng viên nghiên cứu, nên buổi sinh hoạt ngắn gọn mà nhiều ý kiến hơn."),
          ("p", "Ban Thường vụ Thành ủy yêu cầu các cấp ủy tiếp tục theo dõi, đánh giá hoạt động của bí thư chi bộ mới kiện toàn, kịp thời thay thế những trường hợp không đáp ứng yêu cầu, không để khuyết bí thư chi bộ trước đại hội.")])


def page04():
    pub, upd = T("2024-09-06 07:30"), T("2024-09-07 10:12")

    def main(rng, rl, rd):
        body = A4.render(p=lambda t: f"<p>{esc(t)}</p>",
                         img=lambda s, c, n: f'<figure class="wp-block-image size-large"><img decoding="async" src="{s}" alt="" class="wp-image-{18000 + n}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')
        return (f'<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">'
                f'<div class="taxonomy-category wp-block-post-terms"><a href="https://thanhuyquynhon.vn/chuyen-muc/xay-dung-dang/" rel="tag">Xây dựng Đảng</a></div>'
                f'<h1 class="wp-block-post-title">{esc(A4.title)}</h1>'
                f'<div class="wp-block-group is-nowrap is-layout-flex"><div class="wp-block-post-author-name">Ban biên tập Website</div>'
                f'<div class="wp-block-post-date"><time datetime="2024-09-06T07:30:00+07:00">06/09/2024</time></div>'
                f'<div class="wp-block-post-date__modified-date wp-block-post-date"><span>Cập nhật lần cuối: </span><time datetime="2024-09-07T10:12:00+07:00">07/09/2024</time></div></div>'
                f'<div class="entry-content alignfull wp-block-post-content is-layout-constrained">'
                f'<p class="has-medium-font-size"><strong>{esc(A4.lead)}</strong></p>{body}'
                f'<p class="has-text-align-right"><strong>NGUYỄN HOÀNG LONG</strong><br><em>Ban Tuyên giáo Thành ủy</em></p></div>'
                f'<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Thẻ: </span><a href="/the/chinh-don-dang/" rel="tag">chỉnh đốn Đảng</a><span class="wp-block-post-terms__separator">, </span><a href="/the/dai-hoi-chi-bo/" rel="tag">đại hội chi bộ</a></div>'
                f'<nav class="wp-block-post-navigation-link post-navigation-link-previous"><a href="/{slug(rl[0])}/" rel="prev">Bài trước: {esc(rl[0])}</a></nav>'
                f'<div class="wp-block-query"><h2 class="wp-block-heading">Bài viết khác</h2>{rel(rng, rl[1:], rd[1:], lambda d: dmy(d), href="/{s}/", cls="wp-block-post-template")}</div></div>')
    url = "https://thanhuyquynhon.vn/quy-nhon-kien-toan-doi-ngu-bi-thu-chi-bo-khu-pho-truoc-dai-hoi-nhiem-ky-2025-2027/"
    head = (og(A4.title, url, {"article:section": "Tin tức", "article:published_time": "2024-09-06T00:30:00+00:00", "article:modified_time": "2024-09-07T03:12:00+00:00"})
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A4.title, "articleSection": ["Tin tức"], "author": {"@type": "Person", "name": "Ban biên tập Website"},
                                                                    "datePublished": "2024-09-06T07:30:00+07:00", "dateModified": "2024-09-07T10:12:00+07:00"}]})
            + '<meta name="generator" content="WordPress 6.6.1" />')
    return page("s17-04", family="city_party_wp_block_theme_caps_name_br_unit_line", name="nghiabinh-thanhuy-quynhon-wordpress-block-theme-post-terms-category-above-h1-time-dd-mm-yyyy-agrees-modified-date-block-cap-nhat-lan-cuoi-bold-caps-name-br-italic-ban-tuyen-giao-thanh-uy",
                url=url, art=A4, main_fn=main, pub=pub, prefix="tu", kb=120,
                org="Thành ủy Quy Nhơn", addr="Số 3 đường Lê Lợi, TP Quy Nhơn, tỉnh Nghĩa Bình", phone="0256.3822.418",
                top=head_top("tu", "/wp-content/uploads/2023/05/banner-thanh-uy.png", "Đảng bộ thành phố Quy Nhơn", days=1, hours=6),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", cls="tu-most") + schedule(rng, pub + timedelta(days=2), "Lịch công tác Thường trực Thành ủy", "tu-lich"),
                shell_kw={"layout": "wp", "head_extra": head, "title": A4.title + " – Thành ủy Quy Nhơn"},
                exp=expected(A4, iso(pub), updated=iso(upd), author="NGUYỄN HOÀNG LONG", unit="Ban Tuyên giáo Thành ủy", category="Xây dựng Đảng"),
                traps={"accounts": ["Ban biên tập Website"], "bylines": ["NGUYỄN HOÀNG LONG"], "tags": ["chỉnh đốn Đảng"],
                       "chrome": ["Bài viết khác", "Cập nhật lần cuối:"], "related": lambda rl: rl[:4]},
                notes="WordPress block theme (FSE): post-terms category block 'Xây dựng Đảng' above the h1 (og/JSON-LD section 'Tin tức'); the post_tag terms block 'Thẻ: …' is not the category. Post-author-name block 'Ban biên tập Website' is the site account. Post-date block '06/09/2024' in <time datetime='2024-09-06T07:30:00+07:00'> (agrees, explicit offset → T07:30) and modified-date block 'Cập nhật lần cuối: 07/09/2024' in <time datetime='2024-09-07T10:12:00+07:00'> (agrees → T10:12). Right-aligned bold ALL-CAPS 'NGUYỄN HOÀNG LONG' <br> italic 'Ban Tuyên giáo Thành ủy' → author in capitals as printed + unit on its own line. Bold medium-size first paragraph = lead.",
                readme="WordPress block theme Thành ủy: post-terms category above the h1 vs tags, agreeing <time> for the date and the 'Cập nhật lần cuối' modified block, bold ALL-CAPS name <br> italic unit line, account in the author-name block")


# ===================================================================== 5 Thị ủy Sóc Trăng: NukeViet 4, icon-only home crumb, 'Ghi chép của …' first line of the text, 'Nguồn tin:' office
A5 = Art("Phường 7 đổi thay từ phong trào hiến đất làm hẻm",
         "Chỉ trong hai năm, người dân Phường 7, thị xã Sóc Trăng đã hiến hơn 4.600 m² đất, góp trên 3 tỷ đồng cùng Nhà nước bê tông hóa 27 con hẻm, chấm dứt cảnh lầy lội mỗi mùa mưa.",
         [("p", "Chiều cuối tuần, con hẻm 142 khóm 3 rộn ràng tiếng trẻ con đạp xe. Ông Thạch Sên, người đầu tiên trong khóm hiến 60 m² đất mặt tiền để mở rộng hẻm, kể: trước đây hẻm chỉ rộng hơn một mét, xe cứu thương không vào được, mưa xuống thì bùn ngập mắt cá chân."),
          ("p", "Khi chi bộ khóm họp bàn chủ trương mở rộng hẻm, nhiều hộ còn băn khoăn vì phải tháo dỡ hàng rào, cổng ngõ. Các đảng viên, cán bộ khóm đã đến từng nhà vận động, công khai dự toán, phân công người dân giám sát thi công."),
          ("p", "Theo Đảng ủy Phường 7, toàn phường có 214 hộ tham gia hiến đất, trong đó nhiều hộ đồng bào Khmer, người Hoa. Sau khi các con hẻm được mở rộng, giá trị đất tăng, nhiều hộ mở thêm cửa hàng tạp hóa, quán ăn, thu nhập ổn định hơn."),
          ("img", "/uploads/news/2024_09/hem-142-khom-3-phuong-7.jpg", "Hẻm 142 khóm 3, Phường 7 sau khi được mở rộng, bê tông hóa"),
          ("p", "Bí thư Đảng ủy Phường 7 Lâm Văn Thuận cho biết, phường sẽ tiếp tục vận động làm 9 con hẻm còn lại trong năm 2025, gắn với lắp đèn chiếu sáng và camera an ninh, hướng tới xây dựng phường văn minh đô thị.")])


CAP5 = "Người dân khóm 3 cùng cán bộ phường đo đạc, cắm mốc mở rộng hẻm"


def page05():
    pub = T("2024-09-06 10:25")
    cap0 = CAP5

    def main(rng, rl, rd):
        body = A5.render(img=lambda s, c, n: f'<p style="text-align:center"><img alt="" height="427" src="{s}" width="640" /></p><p style="text-align:center"><em>{esc(c)}</em></p>')
        lead_img = "/uploads/news/2024_09/phuong-7-hien-dat.jpg"
        newer = rel(rng, rl[:3], rd[:3], lambda d: "(" + dmy(d) + ")", href="/news/tin-co-so/{s}-{n}.html", cls="related", tag="ul")
        older = rel(rng, rl[3:], rd[3:], lambda d: "(" + dmy(d) + ")", href="/news/tin-co-so/{s}-{n}.html", cls="related", tag="ul")
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A5.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ sáu - 06/09/2024 10:25</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="In ra" href="#"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="#"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article left pointer"><div id="imgpreview" style="width:220px"><p class="text-center"><img alt="{esc(A5.title, True)}" src="{lead_img}" width="220" class="img-thumbnail" /></p>'
                f'<figcaption>{esc(cap0)}</figcaption></div></figure><div class="hometext m-bottom">{esc(A5.lead)}</div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg"><p style="text-align:right"><em>Ghi chép của Kim Sóc Kha</em></p>{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Nguồn tin: </strong>Đài Truyền thanh thị xã Sóc Trăng</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a title="hiến đất" href="/news/tag/hien-dat"><em>hiến đất</em></a>, <a title="Phường 7" href="/news/tag/phuong-7"><em>Phường 7</em></a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p>{newer}'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p>{older}</div></div>')
    crumbs = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none">'
              '<li id="brcr_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name"><em class="fa fa-lg fa-home"></em><span class="hidden-xs"></span></span></a><i class="hidden" itemprop="position" content="1"></i></li>'
              '<li id="brcr_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/news/tin-tuc/" itemprop="item" title="Tin tức"><span itemprop="name">Tin tức</span></a></li>'
              '<li id="brcr_2" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/news/tin-co-so/" itemprop="item" title="Tin cơ sở"><span itemprop="name">Tin cơ sở</span></a></li></ul></div></div>')
    url = "https://thiuysoctrang.haugiang.dcs.vn/news/tin-co-so/phuong-7-doi-thay-tu-phong-trao-hien-dat-lam-hem-1184.html"
    head = og(A5.title, url, {"article:section": "Tin cơ sở", "article:published_time": "2024-09-06T10:25:00+07:00"})
    return page("s17-05", family="town_party_nukeviet4_ghi_chep_cua_nguon_tin_office", name="haugiang-thiuy-soctrang-nukeviet4-icon-only-home-crumb-tin-co-so-weekday-dash-dd-mm-yyyy-hh-mm-hometext-left-figure-italic-right-ghi-chep-cua-name-first-line-nguon-tin-dai-truyen-thanh",
                url=url, art=A5, main_fn=main, pub=pub, prefix="nv", kb=125,
                org="Thị ủy Sóc Trăng", addr="Số 2 đường Hùng Vương, Phường 6, thị xã Sóc Trăng, tỉnh Hậu Giang", phone="0299.3821.640",
                crumbs=crumbs, top=head_top("nv", "/themes/thiuy/images/banner.jpg", "Thị ủy Sóc Trăng", days=1, hours=1), side=lambda rng, pub: side_std(rng, pub, "Tin xem nhiều", cls="nv-most"),
                shell_kw={"head_extra": head, "title": A5.title + " - Tin cơ sở - Thị ủy Sóc Trăng"},
                exp=expected(A5, iso(pub), author="Kim Sóc Kha", category="Tin cơ sở", captions=[cap0] + A5.captions),
                traps={"bylines": ["Ghi chép của Kim Sóc Kha"], "sources": ["Đài Truyền thanh thị xã Sóc Trăng"],
                       "chrome": ["Những tin mới hơn", "Những tin cũ hơn", "Từ khóa:", "Tin xem nhiều"], "related": lambda rl: rl[:4]},
                notes="NukeViet 4 Thị ủy site. Breadcrumb whose home item is a Font Awesome icon only (title 'Trang nhất', empty text) then 'Tin tức › Tin cơ sở' → 'Tin cơ sở'. 'Thứ sáu - 06/09/2024 10:25'. Left lead figure with figcaption (a caption, listed first) next to div.hometext = lead. The FIRST line of the bodytext is the right-aligned italic 'Ghi chép của Kim Sóc Kha' (a reportage byline 'Notes by …') → author 'Kim Sóc Kha', not body. NukeViet 'Nguồn tin: Đài Truyền thanh thị xã Sóc Trăng' is the source field → author_unit null. Tags, 'Những tin mới hơn / cũ hơn' lists with dates.",
                readme="NukeViet 4 Thị ủy: icon-only home crumb, 'Thứ sáu - dd/mm/yyyy HH:MM', left lead figure + hometext, 'Ghi chép của Name' as the first line of the text → author, 'Nguồn tin:' office → unit null")


# ===================================================================== 6 Báo Nam Hà: Next.js over Strapi, author row with a 'Theo dõi' follow button and a 'Theo dõi … trên Google News' line (TWIST)
A6 = Art("Hơn 1.300 quần chúng ưu tú được kết nạp Đảng trong 8 tháng đầu năm",
         "Tám tháng đầu năm 2024, các tổ chức cơ sở đảng trong tỉnh Nam Hà đã kết nạp 1.326 đảng viên, đạt 74% kế hoạch năm; trong đó đảng viên là đoàn viên thanh niên chiếm gần 60%, nhiều nơi kết nạp được đảng viên là người theo đạo Công giáo.",
         [("p", "Theo Ban Tổ chức Tỉnh ủy, các đảng bộ Giao Thủy, Hải Hậu, Nghĩa Hưng có số đảng viên mới kết nạp cao nhất. Nhiều chi bộ thôn, xóm trước đây “trắng” đảng viên mới trong nhiều năm nay đã kết nạp được từ 1 đến 2 quần chúng ưu tú."),
          ("p", "Ở huyện Hải Hậu, Huyện ủy giao chỉ tiêu phát triển đảng viên gắn với đánh giá, xếp loại tổ chức đảng cuối năm; các chi bộ lập danh sách nguồn, phân công đảng viên giúp đỡ từng quần chúng, giới thiệu đi học lớp nhận thức về Đảng."),
          ("img", "/uploads/2024/09/le-ket-nap-dang-hai-hau.jpg", "Lễ kết nạp đảng viên mới tại Chi bộ xóm 4, xã Hải Nam, huyện Hải Hậu"),
          ("p", "Tuy nhiên, việc phát triển đảng viên trong doanh nghiệp ngoài nhà nước và trong các trường học còn chậm. Nhiều công nhân, giáo viên trẻ chưa mặn mà với việc phấn đấu vào Đảng, một số doanh nghiệp chưa thành lập được tổ chức đảng."),
          ("p", "Ban Tổ chức Tỉnh ủy đề nghị các cấp ủy tập trung tạo nguồn từ đoàn viên, hội viên ưu tú, chú trọng khu vực doanh nghiệp, phấn đấu hoàn thành chỉ tiêu kết nạp 1.800 đảng viên trong năm 2024.")])


def page06():
    pub, upd = T("2024-09-10 07:30"), T("2024-09-10 14:05")

    def main(rng, rl, rd):
        body = A6.render(img=lambda s, c, n: f'<figure class="article-image"><picture><source srcset="{s}.webp" type="image/webp" /><img src="{s}" alt="{esc(c, True)}" loading="lazy" /></picture><figcaption>{esc(c)}</figcaption></figure>')
        return (f'<article class="nh-article"><nav class="nh-crumb" aria-label="breadcrumb"><a href="/thoi-su">Thời sự</a> <span>›</span> <a href="/thoi-su/xay-dung-dang">Xây dựng Đảng</a></nav>'
                f'<h1 class="nh-article__title">{esc(A6.title)}</h1>'
                f'<div class="nh-article__meta"><div class="nh-author-row"><a rel="author" class="nh-author" href="/tac-gia/tran-minh-khang"><img class="nh-avatar" src="/uploads/authors/tran-minh-khang.jpg" alt="" width="32" height="32" />'
                f'<span class="nh-author__name">Trần Minh Khang</span></a><button type="button" class="nh-btn-follow" aria-label="Theo dõi tác giả">+ Theo dõi</button></div>'
                f'<div class="nh-time"><time datetime="2024-09-10T07:30:00+07:00">Thứ Ba, 10/09/2024 - 07:30</time> <span class="nh-updated">(Cập nhật: 14:05 10/09/2024)</span></div></div>'
                f'<h2 class="nh-article__sapo">{esc(A6.lead)}</h2><div class="nh-article__body">{body}</div>'
                f'<p class="nh-gnews"><img src="/images/google-news.svg" alt="" width="18" /> Theo dõi Báo Nam Hà trên <a href="https://news.google.com/publications/CAAqBwgKMNe8rgswxNfFAw" target="_blank" rel="noopener">Google News</a></p>'
                f'<div class="nh-tags"><a href="/chu-de/phat-trien-dang-vien">#phát triển đảng viên</a> <a href="/chu-de/hai-hau">#Hải Hậu</a></div>{share("nh-share")}'
                f'<section class="nh-same"><h3>Cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/thoi-su/xay-dung-dang/{s}-{n}.html", cls="nh-rel")}</section></article>')

    url = "https://baonamha.vn/thoi-su/xay-dung-dang/hon-1300-quan-chung-uu-tu-duoc-ket-nap-dang-trong-8-thang-dau-nam-224518.html"
    nd = {"props": {"pageProps": {"article": {"id": 224518, "title": A6.title, "slug": "hon-1300-quan-chung-uu-tu-duoc-ket-nap-dang-trong-8-thang-dau-nam",
                                              "publishedAt": "2024-09-10T00:30:00.000Z", "updatedAt": "2024-09-10T07:05:00.000Z", "createdAt": "2024-09-09T14:12:40.118Z",
                                              "category": {"id": 3, "name": "Chính trị", "slug": "chinh-tri"}, "authors": [{"id": 41, "name": "Trần Minh Khang", "slug": "tran-minh-khang"}],
                                              "seo": {"metaTitle": A6.title, "metaDescription": A6.lead[:150]}}}, "__N_SSG": True},
          "page": "/[section]/[sub]/[slug]", "query": {"section": "thoi-su", "sub": "xay-dung-dang", "slug": "hon-1300-quan-chung-uu-tu-duoc-ket-nap-dang-trong-8-thang-dau-nam-224518.html"},
          "buildId": "kQ7wq1nHcP0rZ3xYtL2aB", "isFallback": False, "gsp": True, "scriptLoader": []}
    state = f'<script id="__NEXT_DATA__" type="application/json">{dump(nd)}</script>'
    head = (og(A6.title, url, {"article:section": "Chính trị", "article:author": "Trần Minh Khang", "article:published_time": "2024-09-10T07:30:00+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A6.title, "articleSection": "Chính trị", "datePublished": "2024-09-10T07:30:00+07:00",
                      "dateModified": "2024-09-10T14:05:00+07:00", "author": [{"@type": "Person", "name": "Trần Minh Khang"}]})
            + '<link rel="preload" href="/_next/static/css/5c1e8a0b2f7d4e61.css" as="style" />')
    return page("s17-06", family="baotinh_next_follow_button_in_author_row", name="namha-bao-nextjs-strapi-crumb-xay-dung-dang-vs-og-next-data-chinh-tri-rel-author-link-plus-theo-doi-follow-button-weekday-dd-mm-yyyy-dash-hh-mm-paren-cap-nhat-h2-sapo-theo-doi-google-news-line",
                url=url, art=A6, main_fn=main, pub=pub, prefix="nh", kb=270,
                org="Báo Nam Hà", addr="Số 102 đường Hùng Vương, TP Nam Định, tỉnh Nam Hà", phone="0228.3849.125",
                top=head_top("nh", "/images/logo-bao-nam-ha.svg", "Báo Nam Hà", days=0, hours=9, fmt=hm), side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="nh-most", n=8),
                shell_kw={"layout": "next", "items": MENU_NEWS, "head_extra": head, "title": A6.title + " | Báo Nam Hà", "scripts": state},
                exp=expected(A6, iso(pub), updated=iso(upd), author="Trần Minh Khang", category="Xây dựng Đảng"),
                traps={"chrome": ["+ Theo dõi", "Theo dõi Báo Nam Hà trên Google News", "Cùng chuyên mục", "Đọc nhiều"], "tags": ["#phát triển đảng viên"],
                       "dates": ["(Cập nhật: 14:05 10/09/2024)"], "related": lambda rl: rl[:4]},
                notes="TWIST: two 'Theo dõi' (Follow) texts that are NOT 'Theo …' source lines: the author row is <a rel='author'>avatar + 'Trần Minh Khang'</a> followed by a '+ Theo dõi' follow button, and after the text a line 'Theo dõi Báo Nam Hà trên Google News'. → author 'Trần Minh Khang' (not 'Trần Minh Khang + Theo dõi'), author_unit null (the Google News line is not a source/reprint line and not a unit). 'Thứ Ba, 10/09/2024 - 07:30' (time element agrees) + '(Cập nhật: 14:05 10/09/2024)' → published + updated. Crumb 'Thời sự › Xây dựng Đảng' → 'Xây dựng Đảng'; og article:section, JSON-LD and the Strapi category in __NEXT_DATA__ say 'Chính trị'. h2 sapo = lead; picture/figcaption.",
                readme="TWIST 'Theo dõi' (Follow) texts — a '+ Theo dõi' button in the rel=author row and a 'Theo dõi Báo Nam Hà trên Google News' line after the text — are not 'Theo …' source lines → author alone, unit null; Next.js/Strapi, '(Cập nhật: HH:MM dd/mm/yyyy)', crumb vs og/__NEXT_DATA__ section")


# ===================================================================== 7 Hội LHPN tỉnh Hà Bắc: Sitefinity, name and unit in two sibling spans, icon home crumb
A7 = Art("Hội viên phụ nữ Việt Yên khởi nghiệp từ sản phẩm OCOP",
         "Từ nguồn vốn vay ưu đãi và sự hỗ trợ của các cấp Hội, nhiều hội viên phụ nữ huyện Việt Yên đã mạnh dạn khởi nghiệp, xây dựng thương hiệu cho nông sản địa phương; 6 sản phẩm do phụ nữ làm chủ đã đạt chứng nhận OCOP 3 sao.",
         [("p", "Chị Nguyễn Thị Hòa, xã Quang Châu là một trong những hội viên tiêu biểu. Năm 2021, chị vay 100 triệu đồng từ Ngân hàng Chính sách xã hội qua tổ tiết kiệm và vay vốn của Hội để đầu tư máy sấy, đóng gói vải thiều sấy khô."),
          ("p", "Được Hội Liên hiệp Phụ nữ huyện hướng dẫn hoàn thiện hồ sơ, thiết kế bao bì, đăng ký mã số mã vạch, sản phẩm vải sấy của chị đã đạt OCOP 3 sao, có mặt tại nhiều cửa hàng đặc sản và sàn thương mại điện tử, tạo việc làm cho 12 lao động nữ."),
          ("img", "/images/default-source/tin-tuc/2024/09/vai-say-quang-chau.jpg", "Chị Nguyễn Thị Hòa giới thiệu sản phẩm vải thiều sấy khô đạt OCOP 3 sao"),
          ("p", "Năm 2024, Hội LHPN huyện Việt Yên đã tổ chức 4 lớp tập huấn kỹ năng kinh doanh, bán hàng trực tuyến cho 260 hội viên; hỗ trợ thành lập 3 tổ hợp tác do phụ nữ làm chủ; giới thiệu 42 hồ sơ vay vốn khởi nghiệp với tổng dư nợ trên 3 tỷ đồng."),
          ("p", "Thời gian tới, Hội tiếp tục phối hợp với ngành nông nghiệp, công thương đồng hành cùng hội viên trong xây dựng thương hiệu, kết nối tiêu thụ sản phẩm, nhân rộng các mô hình khởi nghiệp hiệu quả.")])


def page07():
    pub = T("2024-09-05 15:00")

    def main(rng, rl, rd):
        body = A7.render(img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}?sfvrsn={hexid(rng, 8)}" alt="{esc(c, True)}" sf-size="100" /></p><p style="text-align:center"><em>{esc(c)}</em></p>')
        return (f'<div class="sf_colsIn sf_1col_1in_100" data-sf-element="Column 1" data-placeholder-label="Column 1">'
                f'<div class="sfnewsDetails sfdetails"><div class="sfnewsItem sfitem">'
                f'<h1 class="sfnewsTitle sfitemTitle">{esc(A7.title)}</h1>'
                f'<div class="sfnewsAuthorAndDate sfmetainfo">Ngày đăng: 05/09/2024 15:00</div>'
                f'<div class="sfnewsSummary sfsummary">{esc(A7.lead)}</div>'
                f'<div class="sfnewsContent sfcontent sfitemRichText">{body}</div>'
                f'<div class="sfnewsByline" style="text-align:right"><span class="sfnewsAuthor" style="display:block;font-weight:bold">Đặng Thu Hà</span><span class="sfnewsAuthorUnit" style="display:block;font-style:italic">HLHPN huyện Việt Yên</span></div>'
                f'<div class="sfTagsWrp"><h2 class="sfTagsTitle">Từ khóa</h2><ul class="sfTagsList sfTagsListHorizontal"><li class="sfTagsListItem"><a href="/tin-tuc/-in-tags/tags/khoi-nghiep">khởi nghiệp</a></li><li class="sfTagsListItem"><a href="/tin-tuc/-in-tags/tags/ocop">OCOP</a></li></ul></div>'
                f'<a class="sfnewsBack" href="/hoat-dong-hoi/phu-nu-khoi-nghiep">Quay lại danh sách</a></div></div></div>'
                f'<div class="sf_colsIn"><div class="sfContentBlock"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/hoat-dong-hoi/phu-nu-khoi-nghiep/{s}", cls="sfnewsList")}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", cls="hpn-hot")
                + '<div class="hpn-hotline"><h3>Đường dây nóng hỗ trợ phụ nữ, trẻ em bị bạo lực</h3><p>0204.3854.111 (24/7)</p></div>'
                + vb_box(["Kế hoạch số 45/KH-HPN ngày 20/8/2024 tổ chức Ngày hội phụ nữ khởi nghiệp năm 2024",
                          "Hướng dẫn số 12/HD-HPN ngày 02/8/2024 về đánh giá, xếp loại cơ sở Hội"]))
    crumbs = ('<div class="sfBreadcrumbWrp"><a class="sfBreadcrumbHome" href="/" title="Trang chủ"><span class="icon-home" aria-hidden="true"></span></a><span class="sfBreadcrumbNodeSeparator">›</span>'
              '<span class="sfBreadcrumbNavigation"><a href="/hoat-dong-hoi">Hoạt động Hội</a><span class="sfBreadcrumbNodeSeparator">›</span><span class="sfBreadcrumbLabel">Phụ nữ khởi nghiệp</span></span></div>')
    url = "https://phunuhabac.org.vn/hoat-dong-hoi/phu-nu-khoi-nghiep/hoi-vien-phu-nu-viet-yen-khoi-nghiep-tu-san-pham-ocop"
    head = og(A7.title, url, {"article:section": "Tin tức", "og:site_name": "Hội Liên hiệp Phụ nữ tỉnh Hà Bắc"}) + '<meta name="Generator" content="Sitefinity 14.4.8100.0 DX" />'
    return page("s17-07", family="womens_union_sitefinity_name_and_unit_sibling_spans", name="habac-hlhpn-sitefinity-webforms-icon-home-crumb-hoat-dong-hoi-phu-nu-khoi-nghiep-ngay-dang-dd-mm-yyyy-hh-mm-summary-div-byline-name-span-unit-sibling-span-hlhpn-huyen-tags",
                url=url, art=A7, main_fn=main, pub=pub, prefix="hpn", kb=160,
                org="Hội Liên hiệp Phụ nữ tỉnh Hà Bắc", addr="Số 8 đường Nguyễn Văn Cừ, TP Bắc Giang, tỉnh Hà Bắc", phone="0204.3854.102",
                crumbs=crumbs, top=head_top("hpn", "/images/default-source/banner/banner-hoi-phu-nu.png", "Hội Liên hiệp Phụ nữ tỉnh Hà Bắc", days=1, style="hom_nay", tick="Thông báo"),
                side=side, shell_kw={"layout": "bootstrap", "form": True, "items": MENU_MASS, "head_extra": head, "title": A7.title},
                exp=expected(A7, iso(pub), author="Đặng Thu Hà", unit="HLHPN huyện Việt Yên", category="Phụ nữ khởi nghiệp"),
                traps={"bylines": ["HLHPN huyện Việt Yên"], "chrome": ["Tin cùng chuyên mục", "Quay lại danh sách", "Từ khóa", "Tin nổi bật"],
                       "related": lambda rl: rl[:4]},
                notes="Sitefinity (WebForms, ViewState) news detail of the provincial Women's Union. The byline after the text is split across two sibling spans rendered as two lines by inline CSS: span.sfnewsAuthor 'Đặng Thu Hà' and span.sfnewsAuthorUnit 'HLHPN huyện Việt Yên' (no separator character between them in the DOM) → author + the abbreviated unit as printed. 'Ngày đăng: 05/09/2024 15:00'. Crumb: home icon (no text) › 'Hoạt động Hội' › 'Phụ nữ khởi nghiệp' → 'Phụ nữ khởi nghiệp' (og section 'Tin tức'); Sitefinity tags are not the category. Summary div = lead; em caption paragraphs.",
                readme="Sitefinity Hội LHPN: name and unit in two sibling spans (no separator) → author + 'HLHPN huyện …', 'Ngày đăng: dd/mm/yyyy HH:MM', icon home crumb, tags, ViewState")


# ===================================================================== 8 Hội CCB tỉnh Cao Lạng: in-house PHP with tables, category only as a title-bar image's alt (TWIST)
A8 = Art("Cựu chiến binh Hoàng Văn Pằn làm giàu từ cây hồi, cây quế",
         "Trở về địa phương sau những năm tháng quân ngũ, cựu chiến binh Hoàng Văn Pằn ở xã Đình Phong, huyện Trùng Khánh đã phủ xanh hơn 20 ha đồi trọc bằng cây hồi, cây quế, mỗi năm thu nhập trên 600 triệu đồng.",
         [("p", "Năm 1992, ông Pằn nhận khoán 5 ha đất đồi của hợp tác xã để trồng rừng. Những năm đầu, thiếu vốn, thiếu kinh nghiệm, cây giống chết nhiều, có lúc ông định bỏ cuộc. Được Hội Cựu chiến binh xã giới thiệu vay vốn và tham quan mô hình ở các huyện bạn, ông kiên trì làm lại."),
          ("p", "Đến nay, gia đình ông có 12 ha hồi đang cho thu hoạch, 8 ha quế từ 5 đến 10 năm tuổi và một lò chưng cất tinh dầu hồi. Vào vụ, ông thuê thêm 15 lao động là người Tày, người Nùng trong xã, trả công từ 250.000 đến 300.000 đồng/ngày."),
          ("img", "/upload/tintuc/2024/09/ccb-hoang-van-pan.jpg", "Cựu chiến binh Hoàng Văn Pằn kiểm tra chất lượng hoa hồi trước khi sấy"),
          ("p", "Không chỉ làm giàu cho gia đình, ông Pằn còn hướng dẫn kỹ thuật, cho nhiều hộ nghèo trong xóm vay cây giống không lấy lãi. Năm 2023, ông được Trung ương Hội Cựu chiến binh Việt Nam tặng Bằng khen “Cựu chiến binh sản xuất, kinh doanh giỏi”."),
          ("p", "Hội Cựu chiến binh huyện Trùng Khánh hiện có 46 mô hình kinh tế trang trại, gia trại của hội viên có thu nhập từ 200 triệu đồng/năm trở lên, giải quyết việc làm thường xuyên cho gần 400 lao động địa phương.")])


def page08():
    pub = T("2024-09-03 09:40")

    def main(rng, rl, rd):
        body = A8.render(p=lambda t: f'<p align="justify"><font face="Arial" size="2">{esc(t)}</font></p>', img=tcap)
        others = "".join(f'<tr><td class="ccb-other" width="12"><img src="/images/arrow.gif" alt="" /></td><td class="ccb-other"><a href="/index.php?mod=tintuc&amp;act=chitiet&amp;id={rng.randint(900, 1499)}">{esc(t)}</a> <font color="#888888">[{dmy(d)}]</font></td></tr>'
                         for t, d in zip(rl, rd))
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="ccb-box">'
                f'<tr><td class="ccb-boxtitle" height="32" background="/images/bg_title.gif"><img src="/images/title/tieude_ccb_giup_nhau_lam_kinh_te.gif" alt="Cựu chiến binh giúp nhau làm kinh tế" width="262" height="28" border="0" /></td></tr>'
                f'<tr><td class="ccb-boxcontent" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="6">'
                f'<tr><td class="ccb-tieude"><h1 style="font-size:18px;color:#8b0000;margin:0">{esc(A8.title)}</h1></td></tr>'
                f'<tr><td class="ccb-ngay"><font color="#666666" size="1">[03/09/2024 - 09:40] &nbsp;|&nbsp; Lượt xem: 214</font></td></tr>'
                f'<tr><td class="ccb-tomtat"><b>{esc(A8.lead)}</b></td></tr>'
                f'<tr><td class="ccb-noidung">{body}<p align="right"><b>CCB Hoàng Văn Pao - Hội CCB huyện Trùng Khánh</b></p></td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()"><img src="/images/print.gif" alt="" border="0" /> In trang</a> &nbsp; <a href="javascript:history.back()">Trở về</a></td></tr></table></td></tr>'
                f'<tr><td class="ccb-boxtitle2"><b>Các tin khác</b></td></tr><tr><td><table width="100%" cellpadding="3">{others}</table></td></tr></table>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới nhất", cls="ccb-new")
                + '<table class="ccb-tk" width="100%"><tr><td class="ccb-boxtitle2"><b>Thống kê hội viên</b></td></tr><tr><td>Tổng số hội viên: 28.412<br />Số cơ sở Hội: 214<br />Cập nhật đến 30/6/2024</td></tr></table>'
                + '<div class="ccb-qc"><a href="https://cuuchienbinh.vn"><img src="/upload/qc/bao-cuu-chien-binh.png" alt="Báo Cựu chiến binh Việt Nam" /></a></div>')
    top = (lambda rng, pub: f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner_ccb.jpg" alt="Hội Cựu chiến binh tỉnh Cao Lạng" width="1000" height="150" /></td></tr>'
           f'<tr><td class="ccb-date">{esc(wd(pub + timedelta(days=2)))}, ngày {dmy(pub + timedelta(days=2))}</td></tr></table>')
    url = "http://cuuchienbinh.caolang.org.vn/index.php?mod=tintuc&act=chitiet&id=1502"
    return page("s17-08", family="veterans_union_php_tables_category_title_bar_image", name="caolang-hoiccb-inhouse-php-tables-section-title-bar-gif-alt-only-category-no-crumb-bracket-dd-mm-yyyy-dash-hh-mm-luot-xem-bold-sapo-table-caption-bold-ccb-name-dash-hoi-ccb-huyen",
                url=url, art=A8, main_fn=main, pub=pub, prefix="ccb", kb=100,
                org="Hội Cựu chiến binh tỉnh Cao Lạng", addr="Số 15 đường Hoàng Văn Thụ, TP Lạng Sơn, tỉnh Cao Lạng", phone="0205.3812.406",
                top=top, side=side, shell_kw={"layout": "table", "items": MENU_MASS, "title": "Hội Cựu chiến binh tỉnh Cao Lạng - Tin chi tiết"},
                exp=expected(A8, iso(pub), author="Hoàng Văn Pao", unit="Hội CCB huyện Trùng Khánh", category="Cựu chiến binh giúp nhau làm kinh tế"),
                traps={"bylines": ["CCB Hoàng Văn Pao - Hội CCB huyện Trùng Khánh"], "chrome": ["Các tin khác", "In trang", "Thống kê hội viên", "Lượt xem: 214"],
                       "related": lambda rl: rl[:4]},
                attr_only=("category",),
                notes="TWIST: the table-era PHP site prints the section name only as a title-bar IMAGE over the article box: <img src='/images/title/tieude_ccb_giup_nhau_lam_kinh_te.gif' alt='Cựu chiến binh giúp nhau làm kinh tế'> (the GIF shows the section name in capitals). There is no breadcrumb, no label, no og/JSON-LD, and <title> is 'Hội Cựu chiến binh tỉnh Cao Lạng - Tin chi tiết' → category 'Cựu chiến binh giúp nhau làm kinh tế' from the image's alt text (attr_only). A reader who only reads text nodes would set null. '[03/09/2024 - 09:40] | Lượt xem: 214'. Bold sapo cell = lead; font-tag paragraphs; table captions. Bold right 'CCB Hoàng Văn Pao - Hội CCB huyện Trùng Khánh' → status prefix 'CCB' dropped, unit the abbreviation as printed (the man in the story is Hoàng Văn Pằn, a different person). Member statistics box 'Cập nhật đến 30/6/2024' is not an update stamp of the article.",
                readme="TWIST category printed only as the section title-bar GIF over the article box (alt 'Cựu chiến binh giúp nhau làm kinh tế'; no crumb, label or metadata) → category from the alt; PHP tables, '[dd/mm/yyyy - HH:MM]', 'CCB Name - Hội CCB huyện …'")


# ===================================================================== 9 Bộ CHQS tỉnh Hoàng Liên Sơn: Umbraco, two ranked writers + shared unit with a comma, 'Cập nhật: 01/01/0001 00:00' placeholder (TWIST)
A9 = Art("Lực lượng vũ trang tỉnh hoàn thành diễn tập khu vực phòng thủ huyện Bảo Yên",
         "Sau 3 ngày thực binh, từ ngày 5 đến 7/9, cuộc diễn tập khu vực phòng thủ huyện Bảo Yên năm 2024 đã kết thúc an toàn, đạt mục đích, yêu cầu đề ra; các lực lượng tham gia xử lý tốt các tình huống sát với thực tế địa bàn.",
         [("p", "Cuộc diễn tập được tổ chức theo Kế hoạch của Bộ Chỉ huy Quân sự tỉnh với sự tham gia của hơn 1.200 cán bộ, chiến sĩ, dân quân tự vệ, công an và lực lượng của các sở, ngành, địa phương. Nội dung tập trung vào chuyển địa phương từ thời bình sang thời chiến và tổ chức tác chiến phòng thủ."),
          ("p", "Trong giai đoạn thực binh, Ban Chỉ huy Quân sự huyện Bảo Yên đã chỉ huy lực lượng dân quân các xã Tân Dương, Xuân Thượng phối hợp với bộ đội địa phương đánh địch đổ bộ đường không, bảo vệ mục tiêu trọng yếu và sơ tán nhân dân an toàn."),
          ("img", "/media/3kzxq2vb/dien-tap-bao-yen-2024.jpg", "Lực lượng dân quân xã Tân Dương thực hành đánh địch đổ bộ đường không"),
          ("p", "Phát biểu bế mạc, Đại tá Trần Văn Kiên, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đánh giá cao sự chuẩn bị chu đáo của huyện Bảo Yên; cơ quan quân sự huyện vận dụng linh hoạt lý luận vào thực tiễn, công tác bảo đảm hậu cần, kỹ thuật kịp thời."),
          ("p", "Qua diễn tập, năng lực lãnh đạo của cấp ủy, điều hành của chính quyền và tham mưu của cơ quan quân sự, công an huyện được nâng lên, góp phần xây dựng khu vực phòng thủ huyện ngày càng vững chắc.")])


def page09():
    pub = T("2024-09-09 07:20")

    def main(rng, rl, rd):
        body = A9.render(p=jp, img=lambda s, c, n: f'<figure class="umb-image text-center"><img src="{s}?width=800&amp;height=533&amp;rnd={rng.randint(133000000000000000, 133999999999999999)}" alt="" class="img-fluid" /><figcaption><em>{esc(c)}</em></figcaption></figure>')
        return (f'<div class="umb-block-list"><div class="article-detail"><h1 class="article-title">{esc(A9.title)}</h1>'
                f'<ul class="article-info list-inline"><li class="list-inline-item"><i class="fa fa-calendar"></i> Thứ Hai, 09/09/2024 | 07:20</li>'
                f'<li class="list-inline-item"><i class="fa fa-refresh"></i> Cập nhật: 01/01/0001 00:00</li><li class="list-inline-item"><i class="fa fa-eye"></i> 1.026 lượt xem</li></ul>'
                f'<div class="article-summary"><p><em><strong>{esc(A9.lead)}</strong></em></p></div>'
                f'<div class="article-body umb-grid"><div class="grid-section"><div class="row clearfix"><div class="col-md-12 column">{body}'
                f'<p style="text-align:right"><strong>Thiếu tá Lương Văn Hải - Đại úy Lò Minh Tuấn</strong><br />(Phòng Chính trị, Bộ CHQS tỉnh)</p></div></div></div></div>'
                f'{share("article-share")}<div class="article-related"><h3 class="related-title">Tin bài khác</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/{s}/", cls="related-list")}</div></div></div>')

    def topf(rng, pub):
        nav2 = "".join(f'<li class="nav-item{" active" if t == "Tin tức" else ""}"><a class="nav-link" href="/{slug(t)}/">{esc(t)}</a></li>'
                       for t in ["Trang chủ", "Giới thiệu", "Tin tức", "Quốc phòng toàn dân", "Văn bản", "Tuyển quân", "Liên hệ"])
        return (f'<div class="qs-banner"><img src="/media/banner/bchqs-hls.png" alt="Bộ Chỉ huy Quân sự tỉnh Hoàng Liên Sơn" />{clock(pub + timedelta(days=1, hours=3), "weekday", "qs-today")}</div>'
                f'<ul class="nav qs-mainnav">{nav2}</ul>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", cls="qs-new")
                + '<div class="qs-tuyenquan"><h3>Tuyển sinh quân sự 2025</h3><p>Hạn nộp hồ sơ sơ tuyển: 15/03/2025</p><p>Khám sức khỏe nghĩa vụ quân sự: từ 01/11/2024</p></div>'
                + '<div class="qs-video"><h3>Video</h3><a href="/video/dien-tap-bao-yen">Phóng sự: Diễn tập khu vực phòng thủ huyện Bảo Yên (08/09/2024)</a></div>')
    crumbs = ('<ol class="breadcrumb qs-crumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc/">Tin tức</a></li>'
              '<li class="breadcrumb-item"><a href="/tin-tuc/quoc-phong-dia-phuong/">Quốc phòng địa phương</a></li>'
              '<li class="breadcrumb-item active" aria-current="page"><a href="/tin-tuc/quoc-phong-dia-phuong/huan-luyen-san-sang-chien-dau/">Huấn luyện - Sẵn sàng chiến đấu</a></li></ol>')
    url = "https://bchqs.hoanglienson.gov.vn/tin-tuc/quoc-phong-dia-phuong/huan-luyen-san-sang-chien-dau/luc-luong-vu-trang-tinh-hoan-thanh-dien-tap-khu-vuc-phong-thu-huyen-bao-yen/"
    head = (og(A9.title, url, {"article:section": "Tin tức"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A9.title, "datePublished": "2024-09-09T07:20:00+07:00", "dateModified": "0001-01-01T00:00:00",
                      "publisher": {"@type": "Organization", "name": "Bộ Chỉ huy Quân sự tỉnh Hoàng Liên Sơn"}}))
    return page("s17-09", family="military_command_umbraco_ranks_min_date_update_placeholder", name="hoanglienson-bchqs-umbraco-four-level-crumb-active-parent-top-nav-weekday-dd-mm-yyyy-pipe-hh-mm-cap-nhat-01-01-0001-placeholder-bold-two-ranked-names-br-paren-phong-chinh-tri-comma-bo-chqs",
                url=url, art=A9, main_fn=main, pub=pub, prefix="qs", kb=150,
                org="Bộ Chỉ huy Quân sự tỉnh Hoàng Liên Sơn", addr="Số 2 đường Đinh Tiên Hoàng, TP Yên Bái, tỉnh Hoàng Liên Sơn", phone="0216.3852.118",
                crumbs=crumbs, top=topf, side=side, shell_kw={"layout": "bootstrap", "head_extra": head, "title": A9.title + " - Bộ CHQS tỉnh Hoàng Liên Sơn"},
                exp=expected(A9, iso(pub), author="Lương Văn Hải, Lò Minh Tuấn", unit="Phòng Chính trị, Bộ CHQS tỉnh", category="Huấn luyện - Sẵn sàng chiến đấu"),
                traps={"dates": ["Cập nhật: 01/01/0001 00:00"], "bylines": ["Thiếu tá Lương Văn Hải - Đại úy Lò Minh Tuấn"], "chrome": ["Tin bài khác", "Tuyển sinh quân sự 2025", "1.026 lượt xem"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: the Umbraco template always prints the 'Cập nhật' slot; this article was never edited, so the empty .NET DateTime renders as its minimum value 'Cập nhật: 01/01/0001 00:00' (JSON-LD dateModified '0001-01-01T00:00:00' too) → updated_at null (a placeholder, not an update stamp); published 'Thứ Hai, 09/09/2024 | 07:20'. Bold right 'Thiếu tá Lương Văn Hải - Đại úy Lò Minh Tuấn' <br> '(Phòng Chính trị, Bộ CHQS tỉnh)' → ranks dropped, two authors, ONE shared unit (the comma joins a department and its command). The officer quoted in the text (Đại tá Trần Văn Kiên) is not an author. Four-level crumb → 'Huấn luyện - Sẵn sàng chiến đấu'; the top nav's active item is the parent 'Tin tức' (og section 'Tin tức'). Bold-italic summary = lead. Enlistment dates in the sidebar are future decoys.",
                readme="TWIST 'Cập nhật: 01/01/0001 00:00' (.NET DateTime.MinValue placeholder of an unedited article) → updated_at null; Umbraco, two ranked names + '(Phòng Chính trị, Bộ CHQS tỉnh)' shared unit, four-level crumb vs active parent nav item")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
