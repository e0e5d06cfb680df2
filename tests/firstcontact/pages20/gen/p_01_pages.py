"""Set 20 pages 1-9: a random, realistic sample weighted toward the provincial Party system's everyday sites (Huyện ủy,
Thành ủy, Thị ủy, Đảng ủy xã, Đảng ủy Khối, Ban Nội chính, two Báo tỉnh, an Đài PT-TH) on the vendors' products, with
the variety spread over categories, captions, leads, update stamps and the end of the text; pages 3, 7 and 8 carry one
TWIST each (a gallery whose thumbnail strip prints every caption again, a pull quote repeating a sentence of the text,
related links with no heading printed inside the content block)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb


def head_top(cls, logo, alt, days=1, hours=0, style="weekday", tick="Tin mới", fmt=dmy, extra=""):
    def top(rng, pub):
        today = pub + timedelta(days=days, hours=hours)
        return (f'<div class="{cls}-banner"><img src="{logo}" alt="{esc(alt, True)}" />{clock(today, style, cls + "-today")}</div>{extra}'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], fmt, tick, cls + "-ticker"))
    return top


# ===================================================================== 1 Huyện ủy Yên Dũng (Bắc Giang): VNPT ePortal, category = the tab marked current, captions BESIDE the photos
A1 = Art("Ủy ban Kiểm tra Huyện ủy Yên Dũng giám sát chuyên đề công tác phát triển đảng viên",
         "Từ ngày 28/10 đến 01/11, Ủy ban Kiểm tra Huyện ủy Yên Dũng đã tiến hành giám sát chuyên đề việc lãnh đạo, chỉ đạo công tác phát triển đảng viên đối với Đảng ủy xã Tư Mại và 5 chi bộ trực thuộc.",
         [("p", "Theo báo cáo của Đảng ủy xã Tư Mại, từ đầu nhiệm kỳ 2020 - 2025 đến nay, Đảng bộ xã đã kết nạp 38 đảng viên, đạt 108% chỉ tiêu nghị quyết đề ra; trong đó có 21 đảng viên là đoàn viên thanh niên, 4 đảng viên là người có đạo."),
          ("img", "/documents/20182/1124/giam-sat-tu-mai-1.jpg", "Đoàn giám sát làm việc với Ban Thường vụ Đảng ủy xã Tư Mại"),
          ("p", "Qua giám sát, Đoàn đánh giá cấp ủy đã quan tâm tạo nguồn từ các tổ chức đoàn thể, quy trình xem xét, kết nạp cơ bản bảo đảm đúng quy định. Tuy nhiên, việc theo dõi, giúp đỡ quần chúng ưu tú sau khi học lớp bồi dưỡng nhận thức về Đảng ở một số chi bộ chưa thường xuyên; hồ sơ của 3 trường hợp còn thiếu nhận xét của chi đoàn."),
          ("img", "/documents/20182/1124/giam-sat-tu-mai-2.jpg", "Kiểm tra hồ sơ kết nạp đảng viên tại Chi bộ thôn Đông Tiến"),
          ("p", "Phát biểu kết luận, đồng chí Ngô Văn Thắng, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy đề nghị Đảng ủy xã chỉ đạo các chi bộ khắc phục ngay những hạn chế đã chỉ ra, báo cáo kết quả về Ủy ban Kiểm tra Huyện ủy trước ngày 15/12/2024."),
          ("p", "Ủy ban Kiểm tra Huyện ủy sẽ tổng hợp kết quả giám sát tại 4 đảng bộ xã, thị trấn để báo cáo Ban Thường vụ Huyện ủy trong tháng 12.")])


def page01():
    pub = T("2024-11-05 15:10")

    def main(rng, rl, rd):
        body = A1.render(p=jp, img=lambda s, c, n: (f'<table class="img-beside" width="100%" cellpadding="4"><tbody><tr><td width="62%"><img src="{s}" alt="" style="width:100%" /></td>'
                                                    f'<td class="img-beside-cap" valign="middle" style="font-style:italic;color:#555">{esc(c)}</td></tr></tbody></table>'))
        cur = ' class="selected" aria-current="page"'
        tabs = "".join(f'<li{cur if t == "Kiểm tra - Giám sát" else ""}><a href="/web/huyenuy-yendung/xay-dung-dang/{slug(t)}">{esc(t)}</a></li>'
                       for t in ["Tổ chức - Cán bộ", "Kiểm tra - Giám sát", "Tuyên giáo", "Dân vận", "Nội chính"])
        return (f'<div class="portlet-title"><span class="portlet-title-text">XÂY DỰNG ĐẢNG</span></div>'
                f'<ul class="nav nav-tabs yd-tabs">{tabs}</ul>'
                f'<div class="dsnews-detail"><h1 class="title-detail">{esc(A1.title)}</h1>'
                f'<div class="date-detail">Ngày đăng: 05/11/2024 15:10</div>'
                f'<div class="summary-detail">{esc(A1.lead)}</div>'
                f'<div class="content-detail">{body}'
                f'<p style="text-align:right"><strong>Hoàng Thu (Ủy ban Kiểm tra Huyện ủy)</strong></p></div>'
                f'<div class="rating-detail"><span>Đánh giá bài viết:</span> <span class="stars">★★★★☆</span> <span class="count">(17 lượt đánh giá)</span></div>'
                + poll("Bài viết có hữu ích với công tác kiểm tra, giám sát ở cơ sở không?", ["Rất hữu ích", "Hữu ích", "Bình thường"], cls="yd-poll")
                + f'<div class="news-related"><h3>Tin liên quan</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/web/huyenuy-yendung/-/{s}-{n}", cls="yd-lq")}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới cập nhật", fmt=lambda d: dmy(d) + " " + hm(d), cls="yd-new")
                + schedule(rng, pub + timedelta(days=3), "Lịch làm việc của Thường trực Huyện ủy", "yd-lich")
                + links_box(["Tỉnh ủy Bắc Giang", "Báo Bắc Giang", "UBND huyện Yên Dũng"]))
    url = "https://huyenuyyendung.bacgiang.dcs.vn/web/huyenuy-yendung/xay-dung-dang/kiem-tra-giam-sat/-/asset_publisher/Xb2kQ9/content/uy-ban-kiem-tra-huyen-uy-yen-dung-giam-sat-chuyen-de"
    head = (og(A1.title, url, {"og:site_name": "Huyện ủy Yên Dũng", "og:description": A1.lead})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A1.title, "datePublished": "2024-11-05T15:10:00+07:00",
                      "dateModified": "2024-11-06T09:24:00+07:00", "publisher": {"@type": "Organization", "name": "Huyện ủy Yên Dũng"}}))
    return page("s20-01", family="district_party_vnpt_eportal_current_tab_caption_beside_photo",
                name="bacgiang-yendung-huyenuy-vnpt-eportal-liferay-portlet-title-xay-dung-dang-tab-selected-kiem-tra-giam-sat-ngay-dang-dd-mm-yyyy-hh-mm-plain-summary-captions-beside-photos-jsonld-modified-not-shown-rating-poll-after-byline",
                url=url, art=A1, main_fn=main, pub=pub, prefix="yd", kb=165,
                org="Huyện ủy Yên Dũng", addr="Thị trấn Neo, huyện Yên Dũng, tỉnh Bắc Giang", phone="0204.3866.218",
                top=head_top("yd", "/o/yendung-theme/images/banner.png", "Huyện ủy Yên Dũng", days=2, hours=2), side=side,
                shell_kw={"layout": "liferay", "head_extra": head, "title": A1.title + " - Huyện ủy Yên Dũng"},
                exp=expected(A1, iso(pub), author="Hoàng Thu", unit="Ủy ban Kiểm tra Huyện ủy", category="Kiểm tra - Giám sát"),
                traps={"bylines": ["Hoàng Thu (Ủy ban Kiểm tra Huyện ủy)"], "chrome": ["Đánh giá bài viết:", "Bài viết có hữu ích với công tác kiểm tra, giám sát ở cơ sở không?", "Tin liên quan", "Lịch làm việc của Thường trực Huyện ủy"],
                       "related": lambda rl: rl[:4]},
                notes="VNPT ePortal (Liferay 6.2 dsnews portlet) of a Huyện ủy. No breadcrumb: the portlet title is the parent section 'XÂY DỰNG ĐẢNG' and under it a row of section tabs, the one marked current (li.selected, aria-current) being 'Kiểm tra - Giám sát' → category 'Kiểm tra - Giám sát' (the deeper level). Captions printed BESIDE the photos (right cell of a two-cell table) → captions. Plain summary div = lead. 'Ngày đăng: 05/11/2024 15:10'; JSON-LD dateModified 06/11 09:24 is not shown on the page → updated null. Bold right 'Hoàng Thu (Ủy ban Kiểm tra Huyện ủy)' → author + unit. After the byline: star rating, a poll and 'Tin liên quan' — not body. Deadline 15/12/2024 in the text is a decoy.",
                readme="VNPT ePortal Huyện ủy: category = the section tab marked current under a parent portlet title, captions BESIDE the photos (two-cell table), plain summary, 'Ngày đăng: dd/mm/yyyy HH:MM' with a JSON-LD dateModified not shown (updated null), star rating + poll after the byline")


# ===================================================================== 2 Thành ủy Thủ Dầu Một (Bình Dương): NukeViet 4.5, category only in the 'Cùng chuyên mục' box head, uncaptioned first photo
A2 = Art("Thủ Dầu Một biểu dương 120 điển hình tiên tiến trong phong trào thi đua yêu nước",
         None,
         [("img", "/uploads/news/2024_11/bieu-duong-dien-hinh-1.jpg", ""),
          ("p", "Sáng 11/11, Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thành phố Thủ Dầu Một tổ chức hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2020 - 2025. Đồng chí Nguyễn Thanh Toàn, Phó Bí thư Thường trực Thành ủy dự và phát biểu chỉ đạo."),
          ("p", "Trong 5 năm qua, phong trào thi đua yêu nước trên địa bàn thành phố được triển khai sâu rộng với nhiều nội dung thiết thực như “Thủ Dầu Một chung tay vì người nghèo”, “Phường, xã văn minh đô thị”, “Doanh nghiệp vì người lao động”. Toàn thành phố có hơn 2.400 lượt tập thể, 6.100 lượt cá nhân được khen thưởng các cấp."),
          ("p", "Tiêu biểu như phường Phú Hòa vận động xây dựng 36 căn nhà đại đoàn kết; Công ty cổ phần Nước - Môi trường Bình Dương với sáng kiến tiết kiệm điện năng làm lợi hơn 4 tỷ đồng mỗi năm; ông Lê Văn Thọ ở phường Định Hòa hiến hơn 500 m² đất mở rộng hẻm."),
          ("img", "/uploads/news/2024_11/bieu-duong-dien-hinh-2.jpg", "Lãnh đạo thành phố trao bằng khen cho các tập thể tiêu biểu (Ảnh: Ngọc Hân)"),
          ("p", "Dịp này, Chủ tịch UBND thành phố tặng giấy khen cho 50 tập thể và 70 cá nhân có thành tích xuất sắc. Hội nghị cũng chọn 12 điển hình tiêu biểu đề nghị tỉnh biểu dương tại Đại hội Thi đua yêu nước tỉnh Bình Dương lần thứ VI.")])


def page02():
    pub = T("2024-11-12 09:20")

    def main(rng, rl, rd):
        def img(s, c, n):
            if not c:
                return f'<p style="text-align:center"><img alt="bieu-duong-dien-hinh-1" src="{s}" width="800" height="533" /></p>'
            return f'<figure class="image center"><img alt="{esc(c, True)}" src="{s}" width="800" height="533" /><figcaption>{esc(c)}</figcaption></figure>'
        body = A2.render(p=jp, img=img)
        others = "".join(f'<li><a href="/news/thi-dua-khen-thuong/{slug(t)}-{rng.randint(1000, 9999)}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A2.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ ba - 12/11/2024 09:20</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg"></em></a></li>'
                f'<li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print fa-lg"></em></a></li></ul></div></div>'
                f'<div class="clearfix"></div><div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="panel panel-default"><div class="panel-heading"><em class="fa fa-download"></em> File đính kèm</div><div class="panel-body"><ul class="list-none">'
                f'<li><a href="/news/thi-dua-khen-thuong/download/1/danh-sach-120-dien-hinh.pdf"><em class="fa fa-file-pdf-o"></em> Danh sách 120 điển hình tiên tiến được biểu dương.pdf</a> <span class="text-muted">(412 KB)</span></li>'
                f'<li><a href="/news/thi-dua-khen-thuong/download/2/quyet-dinh-khen-thuong.pdf"><em class="fa fa-file-pdf-o"></em> Quyết định số 4127/QĐ-UBND ngày 08/11/2024 về khen thưởng.pdf</a> <span class="text-muted">(286 KB)</span></li></ul></div></div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Ngọc Hân</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a href="/news/tag/thi-dua-yeu-nuoc">thi đua yêu nước</a>, <a href="/news/tag/dien-hinh-tien-tien">điển hình tiên tiến</a>, <a href="/news/tag/thu-dau-mot">Thủ Dầu Một</a></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-heading tdm-samecat"><span class="tdm-samecat-label">Cùng chuyên mục</span> '
                f'<a class="tdm-samecat-name" href="/news/thi-dua-khen-thuong/">Thi đua - Khen thưởng</a> <a class="pull-right" href="/news/thi-dua-khen-thuong/">Xem thêm »</a></div>'
                f'<div class="panel-body other-news"><ul class="related">{others}</ul></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin xem nhiều", fmt=lambda d: dmy(d), cls="tdm-most")
                + '<div class="tdm-clock-box"><h3>Đếm ngược Đại hội Đảng bộ thành phố</h3><p>Còn <b>152</b> ngày đến ngày khai mạc (14/4/2025)</p></div>'
                + vb_box(["Kế hoạch số 212-KH/TU ngày 04/11/2024 về tổng kết phong trào thi đua", "Hướng dẫn số 18-HD/TU về công tác khen thưởng"], head="Văn bản mới"))
    url = "https://thanhuythudaumot.binhduong.dcs.vn/news/thi-dua-khen-thuong/thu-dau-mot-bieu-duong-120-dien-hinh-tien-tien-trong-phong-trao-thi-dua-yeu-nuoc-2184.html"
    head = og(A2.title, url, {"og:site_name": "Thành ủy Thủ Dầu Một", "og:description": A2.blocks[1][1][:150]}) + '<meta name="generator" content="NukeViet v4.5" />'
    return page("s20-02", family="city_party_nukeviet45_category_only_in_same_section_box_head",
                name="binhduong-thudaumot-thanhuy-nukeviet45-no-crumb-cung-chuyen-muc-box-head-link-thi-dua-khen-thuong-thu-ba-dash-dd-mm-yyyy-hh-mm-no-hometext-first-photo-no-caption-figcaption-anh-credit-file-dinh-kem-tac-gia",
                url=url, art=A2, main_fn=main, pub=pub, prefix="tdm", kb=130,
                org="Thành ủy Thủ Dầu Một", addr="Số 10 đường Quang Trung, phường Phú Cường, TP Thủ Dầu Một, tỉnh Bình Dương", phone="0274.3822.364",
                top=head_top("tdm", "/themes/thanhuy/images/banner.jpg", "Thành ủy Thủ Dầu Một", days=1, hours=4), side=side,
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A2.title + " - Thành ủy Thủ Dầu Một"},
                exp=expected(A2, iso(pub), author="Ngọc Hân", category="Thi đua - Khen thưởng"),
                traps={"attachments": ["Danh sách 120 điển hình tiên tiến được biểu dương.pdf", "File đính kèm"], "bylines": ["Tác giả:"], "chrome": ["Từ khóa:", "Cùng chuyên mục", "Xem thêm »", "Đếm ngược Đại hội Đảng bộ thành phố"],
                       "related": lambda rl: rl[:4]},
                notes="NukeViet 4.5 of a Thành ủy; the theme prints no breadcrumb and no og section. The category is printed only in the head of the box under the article: 'Cùng chuyên mục' + the link 'Thi đua - Khen thưởng' (+ 'Xem thêm »') → category 'Thi đua - Khen thưởng'. No hometext → lead null. The first photo has NO caption (alt is a file name) → not in captions; the second figcaption holds a credit '(Ảnh: Ngọc Hân)' → kept in the caption as printed; the credit inside a caption does not set the photographer (null), although the same name signs 'Tác giả: Ngọc Hân' → author. 'Thứ ba - 12/11/2024 09:20'. The 'File đính kèm' list (with a decision dated 08/11/2024) and the 'Từ khóa' line close the text → not body. Countdown with a future date in the sidebar.",
                readme="NukeViet 4.5 Thành ủy: category only in the 'Cùng chuyên mục' box head link (no crumb), no hometext, first photo with no caption, figcaption holding '(Ảnh: …)' (caption kept, photographer null), 'File đính kèm' list + 'Tác giả:' closing the text")


# ===================================================================== 3 Thị ủy Kiến Tường (Long An): WordPress GeneratePress, gallery + thumbnail strip repeating the captions (TWIST)
A3 = Art("Kiến Tường ra quân “Ngày Chủ nhật xanh” dọc tuyến kênh 79",
         "Sáng 10/11, Thị ủy, UBND thị xã Kiến Tường phối hợp Ủy ban MTTQ Việt Nam thị xã tổ chức ra quân “Ngày Chủ nhật xanh” dọc tuyến kênh 79, thu hút hơn 600 cán bộ, đảng viên, đoàn viên, hội viên và nhân dân tham gia.",
         [("p", "Tại buổi ra quân, các lực lượng đã phát quang bụi rậm, vớt lục bình, thu gom rác thải trên chiều dài gần 4 km bờ kênh qua phường 2, phường 3 và xã Bình Hiệp; trồng mới 450 cây sao, dầu và hoa giấy dọc tuyến đường đê bao."),
          ("p", "Đồng chí Huỳnh Văn Quang, Phó Bí thư Thường trực Thị ủy cho biết, “Ngày Chủ nhật xanh” sẽ được duy trì vào ngày Chủ nhật thứ hai hằng tháng, gắn với tiêu chí môi trường trong xây dựng đô thị văn minh và xã nông thôn mới nâng cao."),
          ("img", "/wp-content/uploads/2024/11/chu-nhat-xanh-1.jpg", "Cán bộ, đảng viên thị xã ra quân tại điểm đầu tuyến kênh 79"),
          ("img", "/wp-content/uploads/2024/11/chu-nhat-xanh-2.jpg", "Đoàn viên thanh niên vớt lục bình, khơi thông dòng chảy"),
          ("img", "/wp-content/uploads/2024/11/chu-nhat-xanh-3.jpg", "Hội viên phụ nữ phường 3 thu gom rác thải dọc bờ kênh"),
          ("img", "/wp-content/uploads/2024/11/chu-nhat-xanh-4.jpg", "Trồng cây xanh trên tuyến đê bao xã Bình Hiệp"),
          ("p", "Dịp này, Thị đoàn Kiến Tường ra mắt 3 đội hình thanh niên tình nguyện bảo vệ môi trường, nhận chăm sóc cây xanh trên các tuyến đường được phân công.")])


def page03():
    pub, upd = T("2024-11-10 16:40"), T("2024-11-11 08:15")
    caps = A3.captions

    def main(rng, rl, rd):
        pars = [b[1] for b in A3.blocks if b[0] == "p"]
        slides = "".join(f'<li class="glide__slide"><figure class="wp-block-image size-large"><img src="{b[1]}" alt="" />'
                         f'<span class="slide-count">{i + 1} / 4</span><figcaption class="wp-element-caption">{esc(b[2])}</figcaption></figure></li>'
                         for i, b in enumerate(b for b in A3.blocks if b[0] == "img"))
        thumbs = "".join(f'<li><button type="button" class="thumb"><img src="{b[1].replace(".jpg", "-150x100.jpg")}" alt="" width="150" height="100" /><span class="thumb-cap">{esc(b[2])}</span></button></li>'
                         for b in A3.blocks if b[0] == "img")
        gallery = (f'<div class="kt-gallery wp-block-group"><div class="glide"><div class="glide__track" data-glide-el="track"><ul class="glide__slides">{slides}</ul></div>'
                   f'<div class="glide__arrows"><button class="glide__arrow--left">‹</button><button class="glide__arrow--right">›</button></div></div>'
                   f'<ul class="kt-gallery-thumbs">{thumbs}</ul></div>')
        content = "".join(f"<p>{esc(t)}</p>" for t in pars[:2]) + gallery + f"<p>{esc(pars[2])}</p>"
        form = ('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>'
                '<p class="comment-form-comment"><label for="comment">Bình luận *</label><textarea id="comment" name="comment"></textarea></p>'
                '<label for="author">Tên *</label><input id="author" name="author" type="text" /><label for="email">Email *</label><input id="email" name="email" type="email" />'
                '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form></div>')
        return (f'<article id="post-6128" class="post-6128 post type-post status-publish format-standard category-hoat-dong-co-so"><div class="inside-article">'
                f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(A3.title)}</h1>'
                f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-11-10T16:40:00+07:00" itemprop="datePublished">10/11/2024</time></span> '
                f'<span class="updated-on">Cập nhật lần cuối: <time class="updated" datetime="2024-11-11T08:15:00+07:00" itemprop="dateModified">11/11/2024</time></span> '
                f'<span class="byline">bởi <span class="author vcard"><a class="url fn n" href="/author/bbt-kientuong/">bbt_kientuong</a></span></span></div></header>'
                f'<div class="entry-summary kt-excerpt"><p>{esc(A3.lead)}</p></div>'
                f'<div class="entry-content" itemprop="text">{content}<p style="text-align:right"><strong>Tin, ảnh: Thanh Phong</strong></p></div>'
                f'<footer class="entry-meta"><span class="cat-links"><span class="screen-reader-text">Danh mục </span><a href="/chuyen-muc/hoat-dong-co-so/" rel="category tag">Hoạt động cơ sở</a></span></footer>'
                f'</div></article><div class="comments-area">{form}</div>'
                f'<div class="kt-related"><h2>Bài viết cùng chuyên mục</h2>{rel(rng, rl, rd, lambda d: dmy(d), href="/{s}/", cls="kt-rel")}</div>')

    crumbs = (f'<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="/">Trang chủ</a><span class="separator"> » </span>'
              f'<a href="/chuyen-muc/hoat-dong-co-so/">Hoạt động cơ sở</a><span class="separator"> » </span><span class="last">{esc(A3.title)}</span></p></nav>')

    def side(rng, pub):
        return (side_std(rng, pub, "Bài viết mới", fmt=lambda d: dmy(d), cls="widget_recent_entries")
                + '<aside class="widget widget_text"><h2 class="widget-title">Lịch tiếp công dân</h2><p>Bí thư Thị ủy tiếp công dân định kỳ vào ngày 15 hằng tháng; tháng 11/2024: Thứ Sáu, 15/11/2024, từ 07:30.</p></aside>')
    url = "https://thiuykientuong.longan.dcs.vn/kien-tuong-ra-quan-ngay-chu-nhat-xanh-doc-tuyen-kenh-79/"
    head = (og(A3.title, url, {"article:section": "Hoạt động cơ sở", "article:published_time": "2024-11-10T16:40:00+07:00", "article:modified_time": "2024-11-11T08:15:00+07:00", "og:site_name": "Thị ủy Kiến Tường"})
            + '<meta name="generator" content="WordPress 6.6.2" />')
    return page("s20-03", family="town_party_wp_generatepress_gallery_thumbnail_strip_repeats_captions",
                name="longan-kientuong-thiuy-wordpress-generatepress-rank-math-crumb-title-last-time-date-only-agrees-cap-nhat-lan-cuoi-date-only-time-agrees-entry-summary-lead-glide-gallery-four-captions-thumbnail-strip-repeats-captions-tin-anh-comment-form",
                url=url, art=A3, main_fn=main, pub=pub, prefix="kt", kb=120,
                org="Thị ủy Kiến Tường", addr="Số 1 đường Thiên Hộ Dương, phường 1, thị xã Kiến Tường, tỉnh Long An", phone="0272.3841.129",
                crumbs=crumbs, top=head_top("kt", "/wp-content/uploads/2023/05/logo-thiuy.png", "Thị ủy Kiến Tường", days=1, hours=1), side=side,
                shell_kw={"layout": "wp", "head_extra": head, "title": A3.title + " – Thị ủy Kiến Tường"},
                exp=expected(A3, iso(pub), updated=iso(upd), author="Thanh Phong", photographer="Thanh Phong", category="Hoạt động cơ sở", captions=caps),
                traps={"accounts": ["bbt_kientuong"], "bylines": ["Tin, ảnh: Thanh Phong"], "counters": ["1 / 4", "4 / 4"], "chrome": ["Để lại một bình luận", "Bài viết cùng chuyên mục", "Lịch tiếp công dân"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: the gallery (four slides, each with its figcaption and a '1 / 4' counter) is followed by a thumbnail strip whose buttons print every caption AGAIN under each thumbnail. The captions are the four slide captions, recorded ONCE each in slide order; the thumbnail labels are navigation repeats, and the counters are not captions. WordPress GeneratePress Thị ủy: entry-summary excerpt printed above the text = lead; visible '10/11/2024' with <time datetime> 16:40 +07:00 (agrees, explicit offset) → T16:40; 'Cập nhật lần cuối: 11/11/2024' with its <time> 08:15 +07:00 → updated T08:15. 'bởi bbt_kientuong' is the account; 'Tin, ảnh: Thanh Phong' → author = photographer. Rank Math crumb ends in the title → the level before it 'Hoạt động cơ sở' (= cat-links). The comment form closes the article (not body).",
                readme="TWIST gallery whose thumbnail strip prints every slide caption again → captions once each; WordPress GeneratePress Thị ủy, entry-summary lead, date-only <time>s with agreeing times (published + 'Cập nhật lần cuối'), 'Tin, ảnh:', Rank Math crumb ending in the title, comment form")


# ===================================================================== 4 Đảng ủy xã Long Bình Điền (Chợ Gạo, Tiền Giang): Tandan commune portal, category = current item of a multi-level left menu
A4 = Art("Long Bình Điền: Kết nạp đảng viên mới trong đoàn viên, thanh niên ưu tú",
         None,
         [("p", "Chiều 11/11, Đảng ủy xã Long Bình Điền tổ chức lễ kết nạp đảng viên cho 4 quần chúng ưu tú là đoàn viên thanh niên đang sinh hoạt tại các chi bộ ấp Long Hòa A, Long Thạnh và Chi bộ Trường THCS Long Bình Điền."),
          ("p", "Các quần chúng được kết nạp đều trưởng thành từ phong trào Đoàn ở cơ sở, có phẩm chất đạo đức tốt, nhiệt tình trong các hoạt động tình nguyện như làm đường giao thông nông thôn, thắp sáng đường quê, hỗ trợ người dân cài đặt ứng dụng VNeID."),
          ("img", "/Uploads/images/longbinhdien/2024/11/ket-nap-dang-vien.jpg", "Đồng chí Bí thư Đảng ủy xã trao quyết định kết nạp cho các đảng viên mới"),
          ("p", "Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Lực, Bí thư Đảng ủy xã nhắc nhở các đảng viên mới tiếp tục rèn luyện, học tập, gương mẫu thực hiện nhiệm vụ được chi bộ phân công, phấn đấu trở thành đảng viên chính thức đúng thời hạn."),
          ("p", "Từ đầu năm đến nay, Đảng bộ xã đã kết nạp 9 đảng viên, vượt 12,5% chỉ tiêu năm; nâng tổng số đảng viên toàn Đảng bộ lên 246 đồng chí, sinh hoạt tại 14 chi bộ trực thuộc.")])


def page04():
    pub, upd = T("2024-11-12 00:00"), T("2024-11-13 00:00")

    def left(rng, pub):
        def li(t, sub="", cls=""):
            return f'<li class="{cls}"><a href="/longbinhdien/{slug(t)}">{esc(t)}</a>{sub}</li>'
        xdd = "<ul>" + li("Công tác tổ chức", cls="active current") + li("Công tác kiểm tra") + li("Công tác dân vận") + li("Học tập và làm theo Bác") + "</ul>"
        tt = "<ul>" + li("Tin hoạt động") + li("Xây dựng Đảng", xdd, "open") + li("Chính quyền") + li("Mặt trận - Đoàn thể") + "</ul>"
        return ('<div class="td-leftmenu"><h3 class="td-leftmenu-title">Danh mục</h3><ul class="td-tree">'
                + li("Giới thiệu") + li("Tin tức - Sự kiện", tt, "open") + li("Văn bản - Chỉ đạo") + li("Thủ tục hành chính") + li("Thư viện ảnh")
                + '</ul></div><div class="td-login"><a href="/dang-nhap">Đăng nhập hệ thống</a></div>')

    def main(rng, rl, rd):
        body = A4.render(p=jp, img=lambda s, c, n: f'<div class="td-image" style="text-align:center"><img src="{s}" alt="" width="500" /><div class="td-image-desc">{esc(c)}</div></div>')
        same = "".join(f'<li><a href="/longbinhdien/tin/{slug(t)}">{esc(t)}</a> <span>({dmy(d)})</span></li>' for t, d in zip(rl[:4], rd))
        other = "".join(f'<li><a href="/longbinhdien/tin/{slug(t)}">{esc(t)}</a></li>' for t in rl[4:6])
        return (f'<div class="td-news-detail"><h2 class="td-title">{esc(A4.title)}</h2>'
                f'<div class="td-dates"><span>Ngày đăng: 12/11/2024</span> | <span>Ngày cập nhật: 13/11/2024</span> | <span>Lượt xem: 187</span></div>'
                f'<div class="td-content">{body}</div>'
                f'<div class="td-author">Tác giả: <b>Ngọc Bích - Văn phòng Đảng ủy xã</b></div>'
                f'<div class="td-same-author"><h4>Bài viết cùng tác giả</h4><ul>{same}</ul></div>'
                f'<div class="td-other"><h4>Tin khác</h4><ul>{other}</ul></div></div>')

    url = "https://chogao.tiengiang.gov.vn/longbinhdien/tin-tuc-su-kien/xay-dung-dang/cong-tac-to-chuc/-/long-binh-dien-ket-nap-dang-vien-moi-trong-doan-vien-thanh-nien-uu-tu"
    head = og(A4.title, url, {"og:description": A4.blocks[0][1][:160], "og:site_name": "Xã Long Bình Điền - huyện Chợ Gạo"})
    return page("s20-04", family="commune_party_tandan_multilevel_left_menu_current_item",
                name="tiengiang-chogao-longbinhdien-dang-uy-xa-tandan-commune-portal-left-menu-tree-three-levels-current-cong-tac-to-chuc-h2-title-ngay-dang-ngay-cap-nhat-date-only-no-lead-og-description-div-caption-tac-gia-name-dash-unit-bai-viet-cung-tac-gia",
                url=url, art=A4, main_fn=main, pub=pub, prefix="td", kb=100,
                org="Đảng ủy - UBND xã Long Bình Điền", addr="Ấp Long Hòa A, xã Long Bình Điền, huyện Chợ Gạo, tỉnh Tiền Giang", phone="0273.3856.102",
                top=head_top("td", "/Uploads/longbinhdien/banner.jpg", "Xã Long Bình Điền", days=3, hours=2, style="hom_nay"),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="td-new", n=5) + schedule(rng, pub + timedelta(days=4), "Lịch công tác tuần", "td-lich"),
                shell_kw={"layout": "leftcol", "left": left, "items": MENU_GOV, "head_extra": head, "title": "Xã Long Bình Điền - Tin tức"},
                exp=expected(A4, isod(pub), updated=isod(upd), author="Ngọc Bích", unit="Văn phòng Đảng ủy xã", category="Công tác tổ chức"),
                traps={"bylines": ["Ngọc Bích - Văn phòng Đảng ủy xã"], "chrome": ["Bài viết cùng tác giả", "Tin khác", "Lượt xem: 187", "Lịch công tác tuần", "Đăng nhập hệ thống"],
                       "related": lambda rl: rl[:4]},
                notes="Tandan commune sub-portal of an Đảng ủy xã (left column menu, no breadcrumb, <title> generic). The left menu is a three-level tree 'Tin tức - Sự kiện › Xây dựng Đảng › Công tác tổ chức' with the open branches marked and the deepest item marked current (li.active.current) → category 'Công tác tổ chức'. h2 title. 'Ngày đăng: 12/11/2024 | Ngày cập nhật: 13/11/2024' — both date only → published '2024-11-12', updated '2024-11-13'. No sapo printed (og:description is only metadata) → lead null. Caption in div.td-image-desc. 'Tác giả: Ngọc Bích - Văn phòng Đảng ủy xã' → author + unit. The 'Bài viết cùng tác giả' box (titles with dates) and 'Tin khác' close the article → not body.",
                readme="Tandan commune portal Đảng ủy xã: category = the current item of a three-level left menu tree (no crumb), 'Ngày đăng' + 'Ngày cập nhật' both date only, no lead (og:description only), div caption, 'Tác giả: Name - unit', 'Bài viết cùng tác giả' box closing the text")


# ===================================================================== 5 Đảng ủy Khối các cơ quan tỉnh Quảng Nam: in-house ASP.NET MVC, portlet title only, infographic caption, 'Đăng lúc … · Cập nhật lúc …'
A5 = Art("Đảng bộ Khối các cơ quan tỉnh hoàn thành vượt chỉ tiêu phát triển đảng viên năm 2024",
         "Tính đến ngày 12/11, Đảng bộ Khối các cơ quan tỉnh đã kết nạp 214 đảng viên mới, đạt 118,9% chỉ tiêu năm; 100% tổ chức cơ sở đảng hoàn thành kiểm điểm, đánh giá giữa nhiệm kỳ.",
         [("p", "Năm 2024, Ban Thường vụ Đảng ủy Khối đã ban hành 9 văn bản lãnh đạo, chỉ đạo công tác tạo nguồn, phát triển đảng viên; giao chỉ tiêu cụ thể cho từng đảng bộ, chi bộ cơ sở, gắn với đánh giá, xếp loại chất lượng tổ chức đảng cuối năm."),
          ("img", "/Upload/dukcq/2024/11/infographic-phat-trien-dang-vien.png", "Infographic: Kết quả công tác phát triển đảng viên năm 2024 của Đảng bộ Khối các cơ quan tỉnh. Đồ họa: Minh Trí"),
          ("p", "Trong số đảng viên mới kết nạp, 142 đồng chí có trình độ đại học trở lên, 57 đồng chí là đoàn viên thanh niên dưới 30 tuổi. Nhiều đảng bộ có cách làm hay như Đảng bộ Sở Y tế giao đảng viên trực tiếp kèm cặp quần chúng; Đảng bộ Bộ đội Biên phòng tỉnh tạo nguồn từ chiến sĩ nghĩa vụ."),
          ("img", "/Upload/dukcq/2024/11/ket-nap-dang-vien-so-y-te.jpg", "Lễ kết nạp đảng viên tại Đảng bộ Sở Y tế"),
          ("p", "Đảng ủy Khối đề nghị các cấp ủy trực thuộc tiếp tục quan tâm bồi dưỡng, giáo dục đảng viên dự bị, xem xét công nhận đảng viên chính thức đúng quy định; rà soát, chuẩn bị nguồn cho năm 2025.")])


def page05():
    pub, upd = T("2024-11-14 08:05"), T("2024-11-14 16:40")

    def main(rng, rl, rd):
        body = A5.render(p=jp, img=lambda s, c, n: f'<div class="img-box{" infographic" if n == 1 else ""}"><img src="{s}" alt="" /><p class="img-cap"><i>{esc(c)}</i></p></div>')
        return (f'<div class="portlet"><div class="portlet-head"><h2 class="portlet-name">Xây dựng Đảng</h2></div><div class="portlet-body">'
                f'<article class="duk-detail"><h1 class="duk-title">{esc(A5.title)}</h1>'
                f'<p class="duk-meta"><span>Đăng lúc 08:05 ngày 14/11/2024</span> · <span>Cập nhật lúc 16:40 ngày 14/11/2024</span> · <span>Lượt xem: 342</span></p>'
                f'<blockquote class="duk-sapo" style="border-left:4px solid #b40000;padding-left:12px">{esc(A5.lead)}</blockquote>'
                f'<div class="duk-body">{body}<p style="text-align:right"><b>Minh Hiếu - Ban Tuyên giáo Đảng ủy Khối</b></p></div>'
                f'<div class="duk-files"><h4>Tài liệu đính kèm</h4><table class="tbl-files"><tr><th>Tên tài liệu</th><th>Ngày ban hành</th><th>Tải về</th></tr>'
                f'<tr><td>Báo cáo số 215-BC/ĐUK kết quả công tác phát triển đảng viên năm 2024</td><td>12/11/2024</td><td><a href="/Upload/files/bc-215.pdf">PDF (1,2 MB)</a></td></tr>'
                f'<tr><td>Hướng dẫn số 11-HD/ĐUK về tạo nguồn phát triển đảng viên năm 2025</td><td>13/11/2024</td><td><a href="/Upload/files/hd-11.pdf">PDF (640 KB)</a></td></tr></table></div>'
                f'{share("duk-share")}</article>'
                f'<div class="duk-other"><h3>Tin bài khác</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/{s}-{n}.html", cls="duk-other-list")}</div></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", fmt=lambda d: dmy(d), cls="duk-hot")
                + '<div class="duk-count"><h3>Thống kê đảng viên</h3><p>Tổng số đảng viên: 8.516</p><p>Cập nhật đến 31/10/2024</p></div>'
                + links_box(["Tỉnh ủy Quảng Nam", "Báo Quảng Nam", "Đảng ủy Khối các cơ quan Trung ương"]))
    url = "https://dukcq.quangnam.dcs.vn/tin-tuc/dang-bo-khoi-cac-co-quan-tinh-hoan-thanh-vuot-chi-tieu-phat-trien-dang-vien-nam-2024-4417.html"
    head = og(A5.title, url, {"og:site_name": "Đảng ủy Khối các cơ quan tỉnh Quảng Nam", "og:description": A5.lead})
    return page("s20-05", family="duk_cac_co_quan_mvc_portlet_title_only_infographic_attachment_table",
                name="quangnam-dukcq-aspnet-mvc-portlet-name-xay-dung-dang-only-section-dang-luc-hh-mm-ngay-dd-mm-yyyy-middot-cap-nhat-luc-hh-mm-ngay-blockquote-sapo-infographic-caption-do-hoa-credit-bold-name-dash-ban-tuyen-giao-tai-lieu-dinh-kem-table",
                url=url, art=A5, main_fn=main, pub=pub, prefix="duk", kb=140,
                org="Đảng ủy Khối các cơ quan tỉnh Quảng Nam", addr="Số 02 đường Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam", phone="0235.3851.443",
                top=head_top("duk", "/Content/images/banner-dukcq.png", "Đảng ủy Khối các cơ quan tỉnh Quảng Nam", days=1, hours=0), side=side,
                shell_kw={"layout": "bootstrap", "form": True, "head_extra": head, "title": "Chi tiết tin - Đảng ủy Khối các cơ quan tỉnh Quảng Nam"},
                exp=expected(A5, iso(pub), updated=iso(upd), author="Minh Hiếu", unit="Ban Tuyên giáo Đảng ủy Khối", category="Xây dựng Đảng"),
                traps={"bylines": ["Minh Hiếu - Ban Tuyên giáo Đảng ủy Khối"], "attachments": ["Tài liệu đính kèm", "Báo cáo số 215-BC/ĐUK kết quả công tác phát triển đảng viên năm 2024"],
                       "chrome": ["Tin bài khác", "Thống kê đảng viên", "Lượt xem: 342"], "related": lambda rl: rl[:4]},
                notes="In-house ASP.NET MVC portal of an Đảng ủy Khối. No breadcrumb; the only section printed is the portlet head 'Xây dựng Đảng' over the article (<title> says 'Chi tiết tin') → category 'Xây dựng Đảng'. Meta line 'Đăng lúc 08:05 ngày 14/11/2024 · Cập nhật lúc 16:40 ngày 14/11/2024' → published T08:05, updated T16:40. Sapo in a bordered blockquote = lead. The first picture is an infographic; its caption 'Infographic: … Đồ họa: Minh Trí' is a caption (the designer credit stays in it; not a photographer). Bold 'Minh Hiếu - Ban Tuyên giáo Đảng ủy Khối' → author + unit. The 'Tài liệu đính kèm' table (issue dates 12/11 and 13/11) closes the text → not body. Member-statistics box 'Cập nhật đến 31/10/2024' is a decoy.",
                readme="ASP.NET MVC Đảng ủy Khối: portlet head 'Xây dựng Đảng' the only section, 'Đăng lúc HH:MM ngày dd/mm/yyyy · Cập nhật lúc HH:MM ngày …', blockquote sapo, infographic caption with 'Đồ họa:' credit, 'Name - unit', attachment table with issue dates closing the text")


# ===================================================================== 6 Ban Nội chính Tỉnh ủy Kiên Giang: Drupal 10, '/'-crumb, bottom 'Cập nhật:', credit after a dash inside the caption, source only
A6 = Art("Kiên Giang: Thu hồi hơn 38 tỷ đồng trong các vụ án tham nhũng, kinh tế năm 2024",
         None,
         [("p", "Chiều 14/11, Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực tổ chức phiên họp thường kỳ quý IV, đánh giá kết quả công tác năm 2024 và triển khai nhiệm vụ năm 2025. Đồng chí Đỗ Thanh Bình, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì phiên họp."),
          ("p", "Theo báo cáo, năm 2024 các cơ quan tiến hành tố tụng trong tỉnh đã khởi tố mới 27 vụ án, 64 bị can về tội tham nhũng, chức vụ và kinh tế; xét xử sơ thẩm 19 vụ, 41 bị cáo. Tổng số tiền, tài sản thu hồi đạt hơn 38 tỷ đồng, tăng 21% so với năm 2023."),
          ("img", "/sites/default/files/2024-11/phien-hop-bcd-pctn.jpg", "Quang cảnh phiên họp Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực – Ảnh: BNC"),
          ("p", "Công tác thanh tra, kiểm tra được tập trung vào các lĩnh vực dễ phát sinh tiêu cực như quản lý đất đai, đầu tư công, đấu thầu mua sắm thuốc, vật tư y tế. Qua đó kiến nghị xử lý kỷ luật 36 tập thể, 112 cá nhân."),
          ("p", "Kết luận phiên họp, đồng chí Bí thư Tỉnh ủy yêu cầu các thành viên Ban Chỉ đạo tập trung chỉ đạo xử lý dứt điểm các vụ việc, vụ án theo dõi, đôn đốc; không để tình trạng “trên nóng, dưới lạnh” trong phòng, chống tham nhũng, tiêu cực ở cơ sở.")])


def page06():
    pub, upd = T("2024-11-14 17:30"), T("2024-11-15 09:12")

    def main(rng, rl, rd):
        body = A6.render(img=lambda s, c, n: (f'<figure role="group" class="caption caption-img align-center"><img loading="lazy" src="{s}" width="900" height="600" alt="" />'
                                              f'<figcaption>{esc(c)}</figcaption></figure>'))
        return (f'<article data-history-node-id="9184" class="node node--type-article node--view-mode-full"><h1 class="title page-title"><span class="field field--name-title">{esc(A6.title)}</span></h1>'
                f'<div class="node__meta"><span class="node__submitted">Đăng ngày 14/11/2024 - 17:30</span></div>'
                f'<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>'
                f'<div class="field field--name-field-nguon field--label-inline"><div class="field__label">Nguồn</div><div class="field__item">Ban Nội chính Tỉnh ủy</div></div>'
                f'<div class="node__meta node__meta--changed">Cập nhật: 15/11/2024 - 09:12</div>'
                f'<div class="field field--name-field-tags field--label-inline"><div class="field__label">Từ khóa</div><div class="field__items">'
                f'<div class="field__item"><a href="/taxonomy/term/61">phòng chống tham nhũng</a></div><div class="field__item"><a href="/taxonomy/term/88">thu hồi tài sản</a></div></div></div></div></article>'
                f'<div class="views-element-container block block-views"><h2 class="block__title">Tin liên quan</h2>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/{s}", cls="view-tin-lien-quan")}</div>')

    crumbs = ('<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>'
              '<li class="breadcrumb__item"><a href="/">Trang chủ</a></li> / <li class="breadcrumb__item"><a href="/hoat-dong-noi-chinh">Hoạt động nội chính</a></li> / '
              '<li class="breadcrumb__item"><a href="/hoat-dong-noi-chinh/phong-chong-tham-nhung-tieu-cuc">Phòng, chống tham nhũng, tiêu cực</a></li></ol></nav>')
    url = "https://bnctu.kiengiang.dcs.vn/hoat-dong-noi-chinh/phong-chong-tham-nhung-tieu-cuc/kien-giang-thu-hoi-hon-38-ty-dong-trong-cac-vu-an-tham-nhung-kinh-te-nam-2024"
    head = (og(A6.title, url, {"og:site_name": "Ban Nội chính Tỉnh ủy Kiên Giang", "article:published_time": "2024-11-14T17:30:00+07:00", "article:modified_time": "2024-11-15T09:12:00+07:00"})
            + '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />')
    return page("s20-06", family="internal_affairs_drupal10_slash_crumb_bottom_changed_stamp_nguon_field",
                name="kiengiang-bnctu-drupal10-slash-crumb-phong-chong-tham-nhung-tieu-cuc-submitted-dang-ngay-dd-mm-yyyy-dash-hh-mm-no-lead-figcaption-en-dash-anh-credit-field-nguon-inline-label-bottom-cap-nhat-dd-mm-yyyy-dash-hh-mm-tags-views-tin-lien-quan",
                url=url, art=A6, main_fn=main, pub=pub, prefix="bnc", kb=105,
                org="Ban Nội chính Tỉnh ủy Kiên Giang", addr="Số 06 đường Nguyễn Công Trứ, phường Vĩnh Thanh, TP Rạch Giá, tỉnh Kiên Giang", phone="0297.3862.415",
                crumbs=crumbs, top=head_top("bnc", "/themes/custom/bnc/logo.svg", "Ban Nội chính Tỉnh ủy Kiên Giang", days=1, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới đăng", fmt=lambda d: dmy(d), cls="bnc-new") + vb_box(["Quy định số 131-QĐ/TW về kiểm soát quyền lực", "Kế hoạch số 98-KH/TU về phòng, chống tham nhũng năm 2025"]),
                shell_kw={"layout": "drupal", "head_extra": head, "title": A6.title + " | Ban Nội chính Tỉnh ủy Kiên Giang"},
                exp=expected(A6, iso(pub), updated=iso(upd), category="Phòng, chống tham nhũng, tiêu cực"),
                traps={"sources": ["Ban Nội chính Tỉnh ủy"], "chrome": ["Từ khóa", "Tin liên quan", "phòng chống tham nhũng"], "related": lambda rl: rl[:4]},
                notes="Drupal 10 site of a Ban Nội chính Tỉnh ủy. Crumb with '/' separators 'Trang chủ / Hoạt động nội chính / Phòng, chống tham nhũng, tiêu cực' → the last level. 'Đăng ngày 14/11/2024 - 17:30' under the title; the update stamp is printed at the BOTTOM of the node, after the source field: 'Cập nhật: 15/11/2024 - 09:12' → updated T09:12. No summary → lead null. The figcaption holds its credit after an en dash ('… tiêu cực – Ảnh: BNC') → kept in the caption, photographer null. The only credit is the inline field 'Nguồn: Ban Nội chính Tỉnh ủy' — a source field, not a writer or unit → author and unit null. Tags field and the 'Tin liên quan' view close the article.",
                readme="Drupal 10 Ban Nội chính: '/'-separated crumb, 'Đăng ngày dd/mm/yyyy - HH:MM' + 'Cập nhật:' printed at the bottom of the node, no lead, figcaption with '– Ảnh: BNC' credit, source field only (author and unit null), tags + 'Tin liên quan' view")


# ===================================================================== 7 Báo Quảng Nam: press CMS long read, pull quote repeating a sentence of the text (TWIST)
A7 = Art("Những chuyến đò con chữ ở Nam Trà My",
         "Mỗi chiều Chủ nhật, hàng trăm học sinh bán trú ở các thôn vùng cao Nam Trà My lại theo thầy cô vượt dốc, lội suối về trường. Hành trình gieo chữ nơi đầu nguồn sông Tranh vẫn bền bỉ như thế suốt nhiều năm qua.",
         [("p", "Bốn giờ chiều, thầy Hồ Văn Minh, giáo viên Trường Phổ thông dân tộc bán trú Tiểu học và THCS Trà Cang, đã đứng đợi ở đầu cầu treo thôn 3. Lần lượt từng tốp học sinh người Xê Đăng đeo gùi xuống núi, trong gùi là gạo, muối và vài bộ quần áo cho một tuần ở trường."),
          ("p", "“Có em phải đi bộ hơn 10 km đường rừng. Mùa mưa, nước suối dâng cao, thầy cô phải vào tận làng đón. Chỉ cần các em còn đến lớp là chúng tôi còn giữ được chữ cho bản”, thầy Minh nói."),
          ("img", "/uploads/2024/11/16/hoc-sinh-ban-tru-tra-cang.jpg", "Học sinh bán trú Trà Cang vượt suối trở lại trường sau ngày nghỉ cuối tuần"),
          ("p", "Toàn huyện Nam Trà My hiện có 8 trường phổ thông dân tộc bán trú với hơn 4.600 học sinh. Nhờ chính sách hỗ trợ gạo, tiền ăn theo Nghị định 116 của Chính phủ, tỷ lệ học sinh bỏ học giữa chừng đã giảm mạnh, năm học 2023 - 2024 chỉ còn 0,4%."),
          ("p", "Bữa cơm bán trú giờ đã có thịt, cá, rau xanh do chính thầy trò tăng gia. Khu vườn sau trường Trà Cang được chia ô cho từng lớp, học sinh tự trồng cải, bí, nuôi gà; cuối tuần bán trú, sản phẩm được đưa vào bếp ăn chung."),
          ("img", "/uploads/2024/11/16/bua-com-ban-tru.jpg", "Bữa cơm bán trú có thêm rau xanh từ vườn trường"),
          ("p", "Đêm xuống, ký túc xá sáng đèn. Những trang vở của trẻ vùng cao tiếp tục được viết tiếp, như những chuyến đò con chữ chưa bao giờ dừng lại ở đầu nguồn sông Tranh.")])
PULL7 = "Chỉ cần các em còn đến lớp là chúng tôi còn giữ được chữ cho bản"


def page07():
    pub = T("2024-11-16 06:30")

    def main(rng, rl, rd):
        pars = A7.render(p=lambda t: f'<p>{esc(t)}</p>', img=lambda s, c, n: f'<figure class="article__image"><img src="{s}" alt="{esc(c, True)}" /><figcaption class="article__caption">{esc(c)}</figcaption></figure>', sep="\x00").split("\x00")
        pq = f'<aside class="article__pullquote"><blockquote><p>“{esc(PULL7)}”</p><cite>Thầy giáo Hồ Văn Minh, Trường PTDTBT Trà Cang</cite></blockquote></aside>'
        body = "".join(pars[:4]) + pq + "".join(pars[4:])
        cm = comments([("Nguyễn Thị Hoa", "16/11/2024 08:12", "Cảm ơn các thầy cô vùng cao. Đọc bài mà thấy thương các em quá."),
                       ("Trần Quang", "16/11/2024 09:40", "Mong huyện sớm làm thêm cầu treo cho các thôn xa.")], head="Bình luận", cls="qn-cmt")
        return (f'<article class="article"><div class="article__chip"><a href="/xa-hoi">Xã hội</a></div>'
                f'<h1 class="article__title">{esc(A7.title)}</h1>'
                f'<div class="article__meta"><span class="article__author">Bài và ảnh: <a href="/tac-gia/alang-nguoc">ALĂNG NGƯỚC</a></span> <span class="article__date">Thứ Bảy, 16/11/2024 06:30</span></div>'
                f'<p class="article__sapo">{esc(A7.lead)}</p><div class="article__body">{body}</div>{share("article__share")}</article>'
                f'<div class="article__related"><h3>Tin liên quan</h3>{rel(rng, rl[:3], rd, lambda d: dmy(d), href="/xa-hoi/giao-duc/{s}-{n}.html", cls="qn-rel")}</div>{cm}')

    crumbs = crumb([("Trang chủ", "/"), ("Xã hội", "/xa-hoi"), ("Giáo dục", "/xa-hoi/giao-duc")], cls="qn-breadcrumb", sep=" › ")
    url = "https://baoquangnam.vn/xa-hoi/giao-duc/nhung-chuyen-do-con-chu-o-nam-tra-my-3142857.html"
    head = (og(A7.title, url, {"article:section": "Xã hội", "og:description": A7.lead, "article:published_time": "2024-11-16T06:30:00+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A7.title, "datePublished": "2024-11-16T06:30:00+07:00",
                      "author": {"@type": "Person", "name": "Alăng Ngước"}, "articleSection": "Giáo dục"}))
    return page("s20-07", family="baotinh_press_cms_pull_quote_repeats_sentence",
                name="quangnam-bao-press-cms-chip-xa-hoi-crumb-giao-duc-caps-bai-va-anh-link-before-date-thu-bay-dd-mm-yyyy-hh-mm-p-sapo-aside-pullquote-repeats-quote-figcaptions-comments",
                url=url, art=A7, main_fn=main, pub=pub, prefix="qn", kb=210,
                org="Báo Quảng Nam", addr="Số 7 đường Trần Hưng Đạo, TP Tam Kỳ, tỉnh Quảng Nam", phone="0235.3812.416",
                crumbs=crumbs, top=head_top("qn", "/images/logo-baoquangnam.svg", "Báo Quảng Nam", days=0, hours=6, fmt=hm),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="qn-most", n=8),
                shell_kw={"layout": "div", "items": MENU_NEWS, "head_extra": head, "title": A7.title + " | Báo Quảng Nam Online"},
                exp=expected(A7, iso(pub), author="ALĂNG NGƯỚC", photographer="ALĂNG NGƯỚC", category="Giáo dục"),
                traps={"bylines": ["Bài và ảnh:"], "pullquote_cite": ["Thầy giáo Hồ Văn Minh, Trường PTDTBT Trà Cang"], "comments": ["Cảm ơn các thầy cô vùng cao. Đọc bài mà thấy thương các em quá."],
                       "chrome": ["Tin liên quan", "Đọc nhiều"], "related": lambda rl: rl[:3]},
                notes="TWIST: between two paragraphs an <aside> pull quote prints again, in large type, a sentence the text already contains ('“Chỉ cần các em còn đến lớp là chúng tôi còn giữ được chữ cho bản”' with the cite 'Thầy giáo Hồ Văn Minh, Trường PTDTBT Trà Cang'). A pull quote is a layout device repeating the text; a careful reader records the text once → the pull quote and its cite are not body (the sentence stays inside its own paragraph). Báo tỉnh press CMS: chip 'Xã hội' above the h1, crumb 'Trang chủ › Xã hội › Giáo dục' → the deeper 'Giáo dục' (JSON-LD agrees, og is the parent). 'Bài và ảnh: ALĂNG NGƯỚC' (caps as printed) before the date → author = photographer. 'Thứ Bảy, 16/11/2024 06:30'. p.sapo = lead. Comments with later times are not body.",
                readme="TWIST pull quote (<aside>) repeating a sentence of the text → not body; press CMS Báo tỉnh, chip 'Xã hội' vs crumb 'Giáo dục', caps 'Bài và ảnh:' link before the date, 'Thứ Bảy, dd/mm/yyyy HH:MM', p.sapo, comments")


# ===================================================================== 8 Báo Bình Thuận: Laravel, unheaded '>>' related links inside the content block (TWIST)
A8 = Art("Thanh long vào vụ nghịch, giá tăng gần gấp đôi",
         "Những ngày giữa tháng 11, các vườn thanh long ở Hàm Thuận Nam, Hàm Thuận Bắc bước vào thu hoạch rộ vụ chong đèn. Giá thanh long ruột trắng loại 1 tại vườn dao động 22.000 - 25.000 đồng/kg, cao gần gấp đôi cùng kỳ năm trước.",
         [("p", "Tại xã Hàm Mỹ, huyện Hàm Thuận Nam, gia đình ông Nguyễn Văn Đức đang thu hoạch 1,5 ha thanh long chong đèn. Ông cho biết, năm nay thời tiết thuận lợi, trái to, đẹp; thương lái vào tận vườn đặt cọc trước nên nông dân yên tâm."),
          ("img", "/storage/photos/2024/11/thanh-long-ham-my.jpg", ""),
          ("p", "Theo Sở Nông nghiệp và PTNT, toàn tỉnh hiện có khoảng 24.500 ha thanh long, trong đó hơn 6.200 ha đạt tiêu chuẩn VietGAP, GlobalGAP. Sản lượng vụ nghịch năm nay ước đạt 180.000 tấn, chủ yếu xuất khẩu sang Trung Quốc, Ấn Độ và các nước châu Âu."),
          ("img", "/storage/photos/2024/11/dong-goi-thanh-long.jpg", "Công nhân phân loại, đóng gói thanh long xuất khẩu tại một doanh nghiệp ở Hàm Thuận Bắc"),
          ("p", "Ông Trần Minh Hải, Giám đốc một doanh nghiệp thu mua tại xã Hàm Đức cho biết, đơn hàng cuối năm tăng mạnh, nhất là thị trường Ấn Độ. Doanh nghiệp đang liên kết với 3 hợp tác xã để bảo đảm nguồn hàng đạt mã số vùng trồng."),
          ("p", "Ngành nông nghiệp khuyến cáo nông dân không ồ ạt chong đèn trái vụ, tuân thủ quy trình sử dụng thuốc bảo vệ thực vật để giữ uy tín cho trái thanh long Bình Thuận.")])
LINKS8 = ["Hàm Thuận Nam cấp thêm 42 mã số vùng trồng thanh long", "Đưa thanh long Bình Thuận lên sàn thương mại điện tử"]


def page08():
    pub = T("2024-11-15 14:25")

    def main(rng, rl, rd):
        body = A8.render(p=jp, img=lambda s, c, n: (f'<div class="bt-photo"><img src="{s}" alt="thanh long" /></div>' if not c else
                                                     f'<div class="bt-photo"><img src="{s}" alt="thanh long" /><p class="bt-photo-cap">{esc(c)}</p></div>'))
        links = "".join(f'<p><a href="/kinh-te/nong-nghiep/{slug(t)}-{rng.randint(100000, 999999)}.html"><strong>&gt;&gt; {esc(t)}</strong></a></p>' for t in LINKS8)
        return (f'<div class="bt-detail"><h1 class="bt-title">{esc(A8.title)}</h1>'
                f'<div class="bt-time">14:25 Thứ Sáu, 15/11/2024</div>'
                f'<p class="bt-sapo"><strong>{esc(A8.lead)}</strong></p>'
                f'<div class="bt-content">{body}{links}<p style="text-align:right"><strong>Ngọc Lân</strong></p></div>'
                f'<div class="bt-tags">Tags: <a href="/tag/thanh-long">thanh long</a> <a href="/tag/vu-nghich">vụ nghịch</a></div>'
                f'<div class="bt-samecat"><h3>Cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: hm(d) + " " + dmy(d), href="/kinh-te/nong-nghiep/{s}-{n}.html", cls="bt-rel")}</div></div>')

    crumbs = ('<ul class="bt-crumb"><li><a href="/"><i class="icon-home"></i> Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li>'
              '<li class="active"><a href="/kinh-te/nong-nghiep">Nông nghiệp</a></li></ul>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới nhất", fmt=lambda d: hm(d) + " " + dmy(d), cls="bt-latest", n=8)
                + '<div class="bt-price"><h3>Giá nông sản</h3><table><tr><td>Thanh long ruột trắng</td><td>22.000 - 25.000 đ/kg</td></tr><tr><td>Thanh long ruột đỏ</td><td>30.000 đ/kg</td></tr></table><p>Cập nhật: 15/11/2024 07:00</p></div>')
    url = "https://baobinhthuan.com.vn/kinh-te/nong-nghiep/thanh-long-vao-vu-nghich-gia-tang-gan-gap-doi-128734.html"
    head = (og(A8.title, url, {"article:section": "Kinh tế", "article:published_time": "2024-11-15T14:25:00+07:00", "article:modified_time": "2024-11-16T08:02:00+07:00", "og:description": A8.lead})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A8.title, "datePublished": "2024-11-15T14:25:00+07:00", "dateModified": "2024-11-16T08:02:00+07:00"}))
    return page("s20-08", family="baotinh_laravel_unheaded_related_links_inside_content",
                name="binhthuan-bao-laravel-crumb-active-nong-nghiep-hh-mm-thu-sau-dd-mm-yyyy-bold-p-sapo-photo-without-caption-p-caption-two-unheaded-gtgt-links-in-content-bold-right-name-og-modified-not-shown",
                url=url, art=A8, main_fn=main, pub=pub, prefix="bt", kb=175,
                org="Báo Bình Thuận", addr="Số 70 đường Nguyễn Hội, TP Phan Thiết, tỉnh Bình Thuận", phone="0252.3822.567",
                crumbs=crumbs, top=head_top("bt", "/images/logo-bbt.png", "Báo Bình Thuận", days=0, hours=4, fmt=lambda d: hm(d) + " " + dmy(d)), side=side,
                shell_kw={"layout": "bootstrap", "items": MENU_NEWS, "head_extra": head, "title": A8.title + " - Báo Bình Thuận"},
                exp=expected(A8, iso(pub), author="Ngọc Lân", category="Nông nghiệp"),
                traps={"inline_links": LINKS8, "chrome": ["Cùng chuyên mục", "Giá nông sản", "Tags:"], "related": lambda rl: rl[:4]},
                notes="TWIST: after the last paragraph, INSIDE the content block and before the signature, two paragraphs print only a bold link each, '>> Hàm Thuận Nam cấp thêm 42 mã số vùng trồng thanh long' and '>> Đưa thanh long Bình Thuận lên sàn thương mại điện tử', with no 'Tin liên quan' heading. They are links to other articles (an unheaded related box) → not body. Laravel Báo tỉnh: '14:25 Thứ Sáu, 15/11/2024' (time, weekday, date); og article:modified_time / JSON-LD dateModified 16/11 08:02 are not printed → updated null. Bold p.sapo = lead. The first photo has no caption (captions: one). Bold right 'Ngọc Lân' → author. Crumb 'Trang chủ › Kinh tế › Nông nghiệp' → 'Nông nghiệp' (og parent 'Kinh tế'). Price box with its own 'Cập nhật' is a decoy.",
                readme="TWIST two unheaded '>> title' link paragraphs inside the content block before the signature → not body; Laravel Báo tỉnh, 'HH:MM Thứ Sáu, dd/mm/yyyy', og/JSON-LD modified not shown (updated null), bold sapo, photo without caption, crumb 'Nông nghiệp' vs og parent")


# ===================================================================== 9 Đài PT-TH Hậu Giang: VHV CMS, category in the icon meta row, 'Sửa lần cuối:', video without caption, comment form
A9 = Art("Nông dân Long Mỹ trúng mùa khóm cuối năm",
         "Những ngày này, nông dân thị xã Long Mỹ đang tất bật thu hoạch khóm vụ cuối năm. Năng suất bình quân đạt 25 tấn/ha, giá bán tại ruộng 7.000 - 8.000 đồng/kg nên người trồng lãi khá.",
         [("p", "Gia đình anh Lê Văn Tỷ ở xã Long Trị A có 2 ha khóm Queen. Anh cho biết, sau khi trừ chi phí, mỗi hecta lãi khoảng 90 triệu đồng, cao hơn nhiều so với trồng lúa trên đất phèn trước đây."),
          ("img", "/data/news/2024/11/13/thu-hoach-khom-long-my.jpg", "Nông dân xã Long Trị A thu hoạch khóm"),
          ("p", "Toàn thị xã hiện có khoảng 1.600 ha khóm, tập trung ở các xã Long Trị, Long Trị A, Tân Phú. Sản phẩm khóm Cầu Đúc đã được cấp chỉ dẫn địa lý, nhiều hộ liên kết với doanh nghiệp chế biến nước ép, khóm sấy để ổn định đầu ra."),
          ("p", "Phòng Kinh tế thị xã khuyến cáo nông dân chủ động xử lý ra hoa rải vụ, tránh thu hoạch tập trung dễ bị ép giá, đồng thời đăng ký mã số vùng trồng để hướng tới xuất khẩu.")])


def page09():
    pub, upd = T("2024-11-13 10:45"), T("2024-11-13 17:20")

    def main(rng, rl, rd):
        body = A9.render(img=lambda s, c, n: f'<div class="image-content" style="text-align:center"><img src="{s}" alt="" /><div class="image-note">{esc(c)}</div></div>')
        form = ('<div class="Comment-Form"><h4>Gửi bình luận</h4><input type="text" placeholder="Họ và tên" /><input type="text" placeholder="Email" />'
                '<textarea placeholder="Nội dung bình luận (tối thiểu 10 ký tự)"></textarea><img src="/captcha.php" alt="captcha" /><input type="text" placeholder="Mã xác nhận" />'
                '<button type="button">Gửi bình luận</button><p class="note">Bình luận của bạn sẽ được kiểm duyệt trước khi hiển thị.</p></div>')
        return (f'<div class="ModuleWrapper" moduleRootId="{hexid(rng, 24)}"><div class="Article-News-Detail-default news-detail-layout-type-2">'
                f'<div class="video-box"><video controls preload="none" poster="/data/news/2024/11/13/poster-khom.jpg"><source src="/data/video/2024/11/13/khom-long-my.mp4" type="video/mp4" /></video><span class="duration">03:12</span></div>'
                f'<h1 class="title-news">{esc(A9.title)}</h1>'
                f'<div class="meta-news"><span class="cat"><i class="fa fa-folder-open"></i> <a href="/nong-nghiep-nong-thon">Nông nghiệp - Nông thôn</a></span> '
                f'<span class="date"><i class="fa fa-clock-o"></i> Thứ Tư, 13/11/2024 - 10:45</span> <span class="edit"><i class="fa fa-pencil"></i> Sửa lần cuối: 13/11/2024 - 17:20</span> '
                f'<span class="view"><i class="fa fa-eye"></i> 1.204</span></div>'
                f'<div class="Article-Summary">{esc(A9.lead)}</div><div class="Article-Content">{body}</div>'
                f'<div class="Article-Author" style="text-align:right"><b>Ngọc Trâm - Quốc Cường</b></div>{form}'
                f'<div class="Article-Other"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/{s}.html", cls="listNewsType1 Article-News")}</div></div></div>')

    def side(rng, pub):
        today = pub + timedelta(days=1)
        rows = "".join(f"<li><b>{h}</b> {esc(t)}</li>" for h, t in [("05:30", "Thời sự buổi sáng"), ("11:30", "Thời sự trưa"), ("17:45", "Nông nghiệp - Nông thôn"), ("19:00", "Thời sự tối")])
        return (side_std(rng, pub, "Xem nhiều", fmt=lambda d: dmy(d), cls="htv-most")
                + f'<div class="htv-lps"><h3>Lịch phát sóng HGTV ngày {dmy(today)}</h3><ul>{rows}</ul></div>')
    url = "https://hgtv.vn/tin-tuc/nong-dan-long-my-trung-mua-khom-cuoi-nam-5f3a.html"
    head = og(A9.title, url, {"og:video": "https://hgtv.vn/data/video/2024/11/13/khom-long-my.mp4", "og:site_name": "Đài Phát thanh và Truyền hình Hậu Giang"})
    return page("s20-09", family="broadcaster_vhv_cms_category_in_icon_meta_row_sua_lan_cuoi",
                name="haugiang-daiptth-vhv-cms-video-above-h1-no-caption-icon-meta-row-folder-category-thu-tu-dd-mm-yyyy-dash-hh-mm-pencil-sua-lan-cuoi-article-summary-div-note-caption-two-names-dash-comment-form-captcha",
                url=url, art=A9, main_fn=main, pub=pub, prefix="htv", kb=150,
                org="Đài Phát thanh và Truyền hình Hậu Giang", addr="Số 2 đường Trần Hưng Đạo, phường 5, TP Vị Thanh, tỉnh Hậu Giang", phone="0293.3876.599",
                top=head_top("htv", "/images/logo-hgtv.png", "Đài PT-TH Hậu Giang", days=0, hours=8, fmt=hm, tick="Tin nóng"), side=side,
                shell_kw={"layout": "div", "items": [("Tin tức", ["Thời sự", "Kinh tế", "Nông nghiệp - Nông thôn", "Văn hóa - Xã hội"]), ("Truyền hình", ["Thời sự", "Chuyên mục", "Phim truyện"]), ("Phát thanh", ["FM 97.6", "Podcast"])],
                          "head_extra": head, "title": A9.title},
                exp=expected(A9, iso(pub), updated=iso(upd), author="Ngọc Trâm, Quốc Cường", category="Nông nghiệp - Nông thôn"),
                traps={"bylines": ["Ngọc Trâm - Quốc Cường"], "chrome": ["Gửi bình luận", "Tin cùng chuyên mục", "03:12"], "related": lambda rl: rl[:4]},
                notes="VHV CMS page of an Đài PT-TH. No crumb: the category is the folder-icon link 'Nông nghiệp - Nông thôn' in the meta row under the h1 → category. Meta row: 'Thứ Tư, 13/11/2024 - 10:45' and, after a pencil icon, 'Sửa lần cuối: 13/11/2024 - 17:20' → updated T17:20. The video above the h1 has no caption (its duration '03:12' is not a caption); the photo's div.image-note is the caption. Article-Summary = lead. 'Ngọc Trâm - Quốc Cường' → two authors (both names, no unit). The comment form with captcha closes the article. Broadcast schedule for the next day is a decoy.",
                readme="VHV CMS Đài PT-TH: category = folder-icon link in the meta row (no crumb), 'Thứ Tư, dd/mm/yyyy - HH:MM' + pencil 'Sửa lần cuối:', video above the h1 without caption, Article-Summary, 'A - B', comment form with captcha")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
