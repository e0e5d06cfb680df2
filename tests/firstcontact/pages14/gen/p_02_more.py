"""Set 14 pages 10-18."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads5, past, expected, hexid, alnum, slug
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import side_box, MENU_NEWS, MENU_MASS, MENU_GOV
from .p_01_pages import _page, fig, tcap, pcap, side_std, vb_box, weather


# ===================================================================== 10 Liferay 6.2 custom theme Ban Dân vận: asset_title span, 'Chủ Nhật, ngày …', assetdesc sapo
A10 = Art("Kim Bôi: Người có uy tín góp sức vận động hiến đất làm đường",
          "Năm 2024, nhờ sự vận động của đội ngũ người có uy tín trong đồng bào Mường, người dân huyện Kim Bôi đã hiến hơn 32.000 m2 đất, góp gần 9.000 ngày công để làm mới, mở rộng 41 km đường giao thông nông thôn.",
          [("p", "Ông Bùi Văn Hạnh, người có uy tín ở xóm Đồi Bưng, xã Kim Lập là người đầu tiên trong xóm hiến 420 m2 đất vườn để mở rộng đường liên xóm. Sau đó, ông cùng trưởng xóm đến từng nhà vận động, chỉ trong một tháng đã có 27 hộ tự nguyện hiến đất, tháo dỡ tường rào."),
           ("img", "/documents/20126/0/lam-duong-doi-bung-kim-lap.jpg", "Người dân xóm Đồi Bưng, xã Kim Lập tham gia làm đường bê tông liên xóm"),
           ("p", "Ban Dân vận Huyện ủy Kim Bôi cho biết, toàn huyện có 112 người có uy tín. Hằng quý, Ban phối hợp với Ủy ban MTTQ huyện tổ chức gặp mặt, cung cấp thông tin về chủ trương, chính sách để người có uy tín tuyên truyền lại cho bà con."),
           ("p", "Nhiều mô hình “Dân vận khéo” gắn với vai trò người có uy tín đã được Ban Thường vụ Huyện ủy biểu dương, nhân rộng như “Dòng họ tự quản về an ninh trật tự”, “Xóm đoàn kết, không có người vi phạm pháp luật”.")])


def page10():
    pub = T("2024-07-21 08:10")
    inst = "101_INSTANCE_kB7wQz3Lm9Ta"

    def main(rng, rl, rd):
        links = "".join(f'<li><a href="/tin-tuc/-/asset_publisher/kB7wQz3Lm9Ta/content/{slug(t)}">{esc(t)}</a> <span class="asset-date">{dmy(d)}</span></li>' for t, d in zip(rl[:4], rd[:4]))
        body = A10.render(img=lambda s, c, n: f'<div style="text-align:center"><img src="{s}" alt="" style="width:600px" /><p class="image-caption" style="text-align:center"><em>{esc(c)}</em></p></div>')
        return (f'<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher" id="p_p_id_{inst}_">'
                f'<div class="portlet-borderless-container"><div class="portlet-title-default">Chi tiết bài viết Tin tức</div><div class="portlet-body">'
                f'<div class="asset_publisher_view_full_content"><div class="asset_title"><span>{esc(A10.title)}</span></div>'
                f'<div class="social-panel"><div class="asset-publish-date"><span>{wd(pub)}, ngày 21/07/2024 08:10</span></div>'
                f'<div class="social-icon"><span class="mail_icon"><a href="#">Email</a></span> <a id="decreaseText" href="#">A-</a> <a id="increaseText" href="#">A+</a>'
                f' <button class="article-audio" id="btnSpeak" type="button">Nghe đọc</button></div></div>'
                f'<div class="asset-abstract"><div class="assetdesc"><span class="assetdesc-text"><strong>{esc(A10.lead)}</strong></span></div></div>'
                f'<div class="asset-full-content"><div class="asset-content"><div class="journal-content-article">{body}'
                f'<p style="text-align: right;"><em>Tin, ảnh: Bùi Thị Yến (Ban Dân vận Huyện ủy Kim Bôi)</em></p></div></div>'
                f'<div class="taglib-asset-links"><h2 class="asset-links-title">Tin liên quan</h2><ul class="asset-links-list">{links}</ul></div>'
                f'<div class="asset-ratings"><span>Đánh giá bài viết</span> ☆☆☆☆☆</div></div></div></div></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=1)
        return (f'<div class="bdv-banner"><img src="/o/hsb-theme/images/banner-bdv.png" alt="Ban Dân vận Tỉnh ủy Hà Sơn Bình" />'
                f'<div class="bdv-clock">{esc(wd(today))}, ngày {dmy(today)}</div></div>'
                + ticker(rng, heads5(rng, 4), [today - timedelta(hours=8 * i) for i in range(4)], dmy, "Tin mới", "bdv-ticker"))

    def side(rng, pub):
        return (side_std(rng, pub, "Gương “Dân vận khéo”", cls="dvk", n=5)
                + '<div class="bdv-box"><h3>Tài liệu</h3><ul><li><a href="#">Tài liệu sinh hoạt chi bộ tháng 7/2024</a></li><li><a href="#">Hướng dẫn công tác dân vận năm 2024</a></li></ul></div>'
                + poll("Theo bạn, người có uy tín có vai trò thế nào trong xây dựng nông thôn mới?", ["Rất quan trọng", "Quan trọng", "Bình thường"]))
    crumbs = ('<ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/">Trang chủ</a><span class="divider">/</span></li>'
              '<li><a href="/tin-tuc">Tin tức</a><span class="divider">/</span></li><li class="active last"><a href="/tin-tuc/dan-van-kheo">Dân vận khéo</a></li></ul>')
    head = og(A10.title, "https://dvhsb.dcs.vn/tin-tuc/-/asset_publisher/kB7wQz3Lm9Ta/content/kim-boi-nguoi-co-uy-tin-gop-suc-van-dong-hien-at-lam-uong")
    return _page("s14-10", family="party_agency_liferay62_asset_title_span_chu_nhat_ngay", name="hasonbinh-bdv-liferay62-custom-asset-title-span-chu-nhat-ngay-date-time-assetdesc-bold-sapo-italic-tin-anh-name-paren-bdv-huyen",
                 url="https://dvhsb.dcs.vn/tin-tuc/-/asset_publisher/kB7wQz3Lm9Ta/content/kim-boi-nguoi-co-uy-tin-gop-suc-van-dong-hien-at-lam-uong", art=A10, main_fn=main, pub=pub, prefix="lr62", kb=200,
                 org="Ban Dân vận Tỉnh ủy Hà Sơn Bình", addr="Số 12 Trần Hưng Đạo, TP Hòa Bình, tỉnh Hà Sơn Bình", phone="0218.3852.406",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "liferay", "head_extra": head, "title": "Tin tức - Ban Dân vận Tỉnh ủy Hà Sơn Bình"},
                 exp=expected(A10, iso(pub), author="Bùi Thị Yến", unit="Ban Dân vận Huyện ủy Kim Bôi", photographer="Bùi Thị Yến", category="Dân vận khéo"),
                 traps={"bylines": ["Tin, ảnh: Bùi Thị Yến (Ban Dân vận Huyện ủy Kim Bôi)"], "chrome": ["Chi tiết bài viết Tin tức", "Nghe đọc", "Đánh giá bài viết", "Tin liên quan"],
                        "related": lambda rl: rl[:3]},
                 notes="Liferay 6.2 custom asset-publisher full view (Vietnamese vendor theme): portlet title 'Chi tiết bài viết Tin tức' (not a category); title in div.asset_title > span (no heading; <title> is generic); 'Chủ Nhật, ngày 21/07/2024 08:10' in div.asset-publish-date → 2024-07-21T08:10; bold span.assetdesc-text = lead; journal article body with centred em captions; italic right 'Tin, ảnh: Bùi Thị Yến (Ban Dân vận Huyện ủy Kim Bôi)' → author = photographer, unit in parentheses. Crumb last 'Dân vận khéo' = category. Asset links 'Tin liên quan' with dates; ratings; og without times.",
                 readme="Liferay 6.2 custom Ban Dân vận: span title in div.asset_title, 'Chủ Nhật, ngày dd/mm/yyyy HH:MM', assetdesc bold sapo, italic 'Tin, ảnh: Name (unit)'")


# ===================================================================== 11 Báo Nghệ Tĩnh: the rest of the text collapsed behind 'Đọc tiếp bài viết' (TWIST)
A11 = Art("Nghi Lộc: Đường ven biển rút ngắn khoảng cách vùng bãi ngang",
          "Tuyến đường ven biển dài gần 17 km qua các xã bãi ngang của huyện Nghi Lộc đưa vào sử dụng sau hơn 3 năm thi công đã mở ra cơ hội phát triển du lịch, dịch vụ và nuôi trồng thủy sản cho người dân.",
          [("p", "Chiều cuối tuần, đoạn đường ven biển qua xã Nghi Thiết tấp nập xe cộ. Những quán ăn, điểm cắm trại mới mọc lên dọc tuyến, thu hút du khách từ thành phố Vinh và các huyện lân cận."),
           ("p", "Chị Nguyễn Thị Hằng, chủ một quán hải sản ở xóm 4, xã Nghi Thiết, cho biết trước đây đường vào xóm nhỏ hẹp, xe ô tô không vào được nên khách rất ít. “Từ khi có đường mới, ngày cuối tuần quán bán được hơn 100 suất, thu nhập gấp ba lần trước”, chị Hằng nói."),
           ("img", "/uploads/2024/09/14/duong-ven-bien-nghi-thiet.jpg", "Tuyến đường ven biển đoạn qua xã Nghi Thiết, huyện Nghi Lộc"),
           ("raw", "__OPEN__"),
           ("p", "Theo UBND huyện Nghi Lộc, dự án có tổng vốn đầu tư hơn 1.100 tỷ đồng; để có mặt bằng thi công, huyện đã vận động 684 hộ dân bàn giao đất, di dời 1.260 ngôi mộ."),
           ("h", "Kỳ vọng thành động lực mới"),
           ("p", "Dọc tuyến, huyện đã quy hoạch 3 khu du lịch sinh thái biển và 2 vùng nuôi tôm công nghệ cao với tổng diện tích khoảng 260 ha. Đến nay đã có 4 nhà đầu tư đăng ký khảo sát, lập dự án."),
           ("img", "/uploads/2024/09/14/nuoi-tom-nghi-quang.jpg", "Khu nuôi tôm công nghệ cao của người dân xã Nghi Quang nằm sát tuyến đường"),
           ("p", "Chủ tịch UBND huyện Nghi Lộc Hoàng Văn Thành cho biết, huyện sẽ tập trung hoàn thiện hạ tầng kết nối từ tuyến đường ven biển vào các khu dân cư, đồng thời quản lý chặt chẽ quỹ đất hai bên đường, không để tình trạng xây dựng tự phát.")])


def page11():
    pub = T("2024-09-14 12:05")

    def main(rng, rl, rd):
        opener = '<div class="detail-more" id="detailMore" style="max-height:0;overflow:hidden" aria-hidden="true">'
        body = A11.render(img=fig, h=lambda t: f"<h3>{esc(t)}</h3>", raw=lambda x: opener)
        newest = "".join(f'<li><a href="/{slug(t)}-{rng.randint(300000, 309999)}.html">{esc(t)}</a> <span class="time">{hm(d)}</span></li>' for t, d in zip(heads5(rng, 5), past(pub, rng, 5, 0, 1)))
        return (f'<div class="detail-page"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li><li class="active"><a href="/kinh-te/ha-tang">Hạ tầng</a></li></ol>'
                f'<h1 class="detail__title">{esc(A11.title)}</h1>'
                f'<div class="detail__meta"><span class="detail__authors"><a href="/tac-gia/hai-vuong">Hải Vương</a> - <a href="/tac-gia/thanh-le">Thanh Lê</a></span>'
                f' <span class="detail__time">{wd(pub)}, 14/09/2024 12:05</span></div>'
                f'<h2 class="detail__sapo">{esc(A11.lead)}</h2>'
                f'<div class="detail__content" id="detailContent">{body}</div>'
                f'<div class="detail-more-fade"></div><div class="detail-more-btn"><button type="button" onclick="document.getElementById(\'detailMore\').style.maxHeight=\'none\';this.parentNode.style.display=\'none\'">Đọc tiếp bài viết <i class="icon-arrow-down"></i></button></div></div>'
                f'<div class="detail__tags"><span>Chủ đề:</span> <a href="/chu-de/ha-tang-giao-thong">hạ tầng giao thông</a> <a href="/chu-de/kinh-te-bien">kinh tế biển</a></div>'
                f'{share("detail__share")}'
                f'<div class="detail__samecat"><h3 class="box-title">Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " " + hm(d), href="/kinh-te/{s}-{n}.html", cls="samecat")}</div>'
                f'<div class="detail__newest"><h3 class="box-title">Tin mới nhất</h3><ul>{newest}</ul></div></div>')

    def top(rng, pub):
        today = pub + timedelta(hours=6)
        return (f'<div class="bnt-header"><a class="bnt-logo" href="/"><img src="/images/logo-bao-nghe-tinh.svg" alt="Báo Nghệ Tĩnh" /></a>{clock(today, "weekday", "bnt-today")}'
                f'<div class="bnt-links"><a href="/bao-in">Báo in</a> <a href="/podcast">Podcast</a> <a href="/emagazine">Emagazine</a></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Đọc nhiều", fmt=lambda d: dmy(d) + " " + hm(d), cls="docnhieu", n=6)
                + weather([("Vinh", 26, 33), ("Hà Tĩnh", 26, 34), ("Cửa Lò", 27, 32)], "bnt-weather")
                + '<div class="bnt-ad"><a href="#"><img src="/qc/banner-du-lich-cua-lo.jpg" alt="Quảng cáo" /></a></div>')
    url = "https://baonghetinh.vn/nghi-loc-duong-ven-bien-rut-ngan-khoang-cach-vung-bai-ngang-308412.html"
    head = (og(A11.title, url, {"article:published_time": "2024-09-14T12:05:00+07:00", "article:section": "Hạ tầng"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A11.title, "datePublished": "2024-09-14T12:05:00+07:00",
                      "author": [{"@type": "Person", "name": "Hải Vương"}, {"@type": "Person", "name": "Thanh Lê"}], "publisher": {"@type": "Organization", "name": "Báo Nghệ Tĩnh"}})
            + '<style>.detail-more-fade{height:80px;margin-top:-80px;background:linear-gradient(rgba(255,255,255,0),#fff)}.detail-more-btn button{border:1px solid #c00;color:#c00;padding:6px 24px}</style>')
    return _page("s14-11", family="baotinh_text_collapsed_doc_tiep", name="nghetinh-bao-rest-of-text-in-max-height-0-div-doc-tiep-bai-viet-button-two-author-links-weekday-date-time-h2-sapo-h3",
                 url=url, art=A11, main_fn=main, pub=pub, prefix="bnt", kb=250,
                 org="Báo Nghệ Tĩnh", addr="Số 34 Nguyễn Thị Minh Khai, TP Vinh, tỉnh Nghệ Tĩnh", phone="0238.3844.530",
                 top=top, side=side, shell_kw={"items": MENU_NEWS, "head_extra": head, "title": A11.title + " | Báo Nghệ Tĩnh"},
                 exp=expected(A11, iso(pub), author="Hải Vương, Thanh Lê", category="Hạ tầng"),
                 traps={"chrome": ["Đọc tiếp bài viết", "Tin cùng chuyên mục", "Tin mới nhất", "Chủ đề:"], "tags": ["kinh tế biển"], "related": lambda rl: rl[:4]},
                 notes="TWIST: the newspaper template shows the sapo, two paragraphs and the first figure, then puts the REST of the article text inside div.detail-more (inline style max-height:0; overflow:hidden; aria-hidden) with a fade and a 'Đọc tiếp bài viết' button that expands it. The collapsed part is in the HTML and is the article → body = all paragraphs (including the h3 sub-head) and both captions; the button label is chrome. Two author links 'Hải Vương - Thanh Lê' in the meta row → 'Hải Vương, Thanh Lê' (JSON-LD agrees); 'Thứ Bảy, 14/09/2024 12:05'; h2 sapo = lead; crumb 'Kinh tế › Hạ tầng'.",
                 readme="TWIST the second half of the text sits in a max-height:0 'Đọc tiếp bài viết' expander (in the DOM) → body = the whole text; two author links, 'Thứ Bảy, dd/mm/yyyy HH:MM', h2 sapo")


# ===================================================================== 12 WordPress Jannah LĐLĐ: date + 'Cập nhật lần cuối' date only, og times agree, 'Tin: A – Ảnh: B'
A12 = Art("Công đoàn Khu kinh tế Vân Phong tổ chức “Phiên chợ Công đoàn” cho 1.500 đoàn viên",
          None,
          [("p", "Ngày 21/8, Công đoàn Khu kinh tế Vân Phong phối hợp với Liên đoàn Lao động thị xã Ninh Hòa tổ chức “Phiên chợ Công đoàn” năm 2024 tại Khu công nghiệp Ninh Thủy."),
           ("p", "Tại phiên chợ, 1.500 đoàn viên, người lao động có hoàn cảnh khó khăn được tặng phiếu mua hàng trị giá 300.000 đồng/phiếu để mua các mặt hàng thiết yếu như gạo, dầu ăn, sữa, đồ dùng học tập với giá ưu đãi, giảm từ 10 - 30% so với giá thị trường."),
           ("img", "/wp-content/uploads/2024/08/phien-cho-cong-doan-ninh-thuy.jpg", "Đoàn viên, người lao động mua hàng tại “Phiên chợ Công đoàn”"),
           ("p", "Bên cạnh đó, Ban Tổ chức còn tổ chức tư vấn pháp luật lao động, khám sức khỏe miễn phí và trao 20 suất học bổng cho con đoàn viên học giỏi."),
           ("p", "Chị Lê Thị Mai, công nhân một doanh nghiệp may trong khu công nghiệp, chia sẻ: “Gần đến năm học mới, có phiếu mua hàng này tôi mua được đủ sách vở, áo quần cho hai con, đỡ được một khoản chi tiêu”.")])


def page12():
    pub = T("2024-08-22 07:50")
    upd = T("2024-08-23 10:12")

    def img(s, c, n):
        return (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{s}" alt="" class="wp-image-{8840 + n}" />'
                f'<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        items = "".join(f'<div class="related-item"><a href="/{slug(t)}/" class="post-thumb"><img src="/wp-content/uploads/2024/08/{hexid(rng, 8)}-220x150.jpg" alt="" /></a>'
                        f'<h3 class="post-title"><a href="/{slug(t)}/">{esc(t)}</a></h3><div class="post-meta"><span class="date meta-item">{dmy(d)}</span></div></div>' for t, d in zip(rl[:4], rd[:4]))
        return (f'<article id="the-post" class="container-wrapper post-content tie-standard">'
                f'<header class="entry-header-outer"><nav id="breadcrumb"><a href="/"><span class="tie-icon-home" aria-hidden="true"></span> Trang chủ</a><em class="delimiter">/</em>'
                f'<a href="/category/hoat-dong-cong-doan/">Hoạt động công đoàn</a><em class="delimiter">/</em><span class="current">{esc(A12.title)}</span></nav>'
                f'<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="/category/hoat-dong-cong-doan/">Hoạt động công đoàn</a></span>'
                f'<h1 class="post-title entry-title">{esc(A12.title)}</h1>'
                f'<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-3">'
                f'<span class="meta-author"><a href="/author/bientap_ldld/" class="author-name tie-icon" title="bientap_ldld">bientap_ldld</a></span></span></span>'
                f'<span class="date meta-item tie-icon">22/08/2024</span><span class="meta-item last-updated">Cập nhật lần cuối: 23/08/2024</span>'
                f'<div class="tie-alignright"><span class="meta-views meta-item"><span class="tie-icon-fire" aria-hidden="true"></span> 286 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 1 phút đọc</span></div></div></div></header>'
                f'<div class="entry-content entry clearfix">{A12.render(img=img)}'
                f'<p style="text-align: right;"><em>Tin: Lê Hoàng Yến – Ảnh: Trần Công Minh</em></p></div>'
                f'<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Thẻ</div>'
                f'<span class="tagcloud"><a href="/tag/phien-cho-cong-doan/" rel="tag">Phiên chợ Công đoàn</a> <a href="/tag/ninh-hoa/" rel="tag">Ninh Hòa</a> <a href="/tag/cham-lo-doan-vien/" rel="tag">Chăm lo đoàn viên</a></span></div>'
                f'<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom">{share("share-links")}</div></article>'
                f'<div id="related-posts" class="container-wrapper"><div class="mag-box-title the-global-title"><h3>Bài viết liên quan</h3></div><div class="related-posts-list">{items}</div></div>'
                f'<div id="comments" class="comments-area"><p class="no-comments">Bình luận đã đóng.</p></div>')

    def top(rng, pub):
        today = pub + timedelta(days=5, hours=2)
        return (f'<div id="top-nav" class="top-nav header-nav"><div class="topbar-today-date">{esc(wd(today))}, {dmy(today)}</div>'
                + ticker(rng, heads5(rng, 4), past(today, rng, 4, 0, 3), dmy, "Tin nóng", "breaking") + '</div>'
                f'<div class="container header-container"><div class="logo-row"><div id="logo" class="image-logo"><a href="/"><img src="/wp-content/uploads/2023/01/logo-ldld-phukhanh.png" alt="Liên đoàn Lao động tỉnh Phú Khánh" /></a></div></div></div>')

    def side(rng, pub):
        return (f'<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Tin mới</div></div>'
                f'{rel(rng, heads5(rng, 5), past(pub, rng, 5, 0, 6), dmy, href="/{s}/", cls="posts-list-items")}</div>'
                + '<div id="text-4" class="container-wrapper widget widget_text"><div class="widget-title the-global-title"><div class="the-subtitle">Tư vấn pháp luật</div></div><div class="textwidget"><p>Tổng đài tư vấn pháp luật lao động miễn phí: 1900 1068</p></div></div>'
                + '<div id="tie-widget-categories-2" class="container-wrapper widget widget_categories"><div class="widget-title the-global-title"><div class="the-subtitle">Chuyên mục</div></div><ul><li><a href="/category/hoat-dong-cong-doan/">Hoạt động công đoàn</a></li><li><a href="/category/chinh-sach-phap-luat/">Chính sách - Pháp luật</a></li><li><a href="/category/guong-dien-hinh/">Gương điển hình</a></li></ul></div>')
    url = "https://ldldphukhanh.org.vn/cong-doan-khu-kinh-te-van-phong-to-chuc-phien-cho-cong-doan-cho-1-500-doan-vien/"
    head = ('<meta name="generator" content="WordPress 6.6.1" />'
            + og(A12.title, url, {"article:published_time": "2024-08-22T07:50:00+07:00", "article:modified_time": "2024-08-23T10:12:00+07:00", "article:section": "Hoạt động công đoàn"}))
    return _page("s14-12", family="trade_union_wp_jannah_last_updated_date_only_og_times", name="phukhanh-ldld-wp-jannah-post-cat-date-meta-item-plus-cap-nhat-lan-cuoi-date-only-og-times-agree-account-italic-tin-endash-anh",
                 url=url, art=A12, main_fn=main, pub=pub, prefix="jan", kb=195,
                 org="Liên đoàn Lao động tỉnh Phú Khánh", addr="Số 7 Lê Thánh Tôn, TP Nha Trang, tỉnh Phú Khánh", phone="0258.3822.319",
                 top=top, side=side, shell_kw={"layout": "wp", "items": MENU_MASS, "head_extra": head, "title": A12.title + " - Liên đoàn Lao động tỉnh Phú Khánh",
                                               "body_cls": "post-template-default single single-post is-percent-width wrapper-has-shadow block-head-1"},
                 exp=expected(A12, iso(pub), iso(upd), author="Lê Hoàng Yến", photographer="Trần Công Minh", category="Hoạt động công đoàn"),
                 traps={"bylines": ["Tin: Lê Hoàng Yến – Ảnh: Trần Công Minh", "bientap_ldld"], "chrome": ["Cập nhật lần cuối:", "1 phút đọc", "Bài viết liên quan", "Bình luận đã đóng.", "Tổng đài tư vấn pháp luật lao động miễn phí"],
                        "tags": ["Chăm lo đoàn viên"], "related": lambda rl: rl[:3]},
                 notes="WordPress Jannah (TieLabs): category chip above the h1 (= crumb level), account 'bientap_ldld' in the meta, visible '22/08/2024' and 'Cập nhật lần cuối: 23/08/2024' (both date only); og article:published_time 2024-08-22T07:50:00+07:00 and article:modified_time 2024-08-23T10:12:00+07:00 agree with the visible days and carry an offset → published_at T07:50, updated_at T10:12. Breadcrumb ends with the title. No sapo → lead null. wp-block-image figcaption; italic right 'Tin: Lê Hoàng Yến – Ảnh: Trần Công Minh' (en dash) → author + photographer. Reading time, views, tags, related posts with dates, comments closed.",
                 readme="WordPress Jannah LĐLĐ: category chip, date + 'Cập nhật lần cuối' date only with agreeing og times (published + updated), account, no lead, 'Tin: A – Ảnh: B'")


# ===================================================================== 13 NukeViet 4 MTTQ tỉnh: default 'Thứ hai - …', hometext + centre figure, 'Tác giả: Name (unit)'
A13 = Art("Văn Yên: Bàn giao 25 nhà Đại đoàn kết cho hộ nghèo trước mùa mưa bão",
          "Ngày 12/7, Ủy ban MTTQ huyện Văn Yên phối hợp với UBND các xã tổ chức bàn giao 25 ngôi nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo tại 9 xã vùng cao.",
          [("p", "Mỗi ngôi nhà có diện tích từ 40 - 60 m2, tổng kinh phí xây dựng hơn 1,6 tỷ đồng, trong đó Quỹ “Vì người nghèo” các cấp hỗ trợ 50 triệu đồng/nhà, phần còn lại do gia đình đối ứng và dòng họ, người dân trong thôn giúp đỡ ngày công."),
           ("p", "Gia đình chị Hoàng Thị Mỷ, dân tộc Dao ở thôn Khe Lóng 3, xã Mỏ Vàng, trước đây sống trong căn nhà gỗ tạm bợ đã xuống cấp. Nay có nhà mới kiên cố, chị xúc động cho biết sẽ yên tâm lao động, chăm sóc đồi quế để sớm thoát nghèo."),
           ("p", "Từ đầu năm đến nay, Ủy ban MTTQ các cấp trong huyện đã vận động xây mới, sửa chữa 68 nhà Đại đoàn kết, vượt 13% kế hoạch năm.")])
CAP13 = "Lãnh đạo Ủy ban MTTQ huyện Văn Yên trao biển nhà Đại đoàn kết cho gia đình chị Hoàng Thị Mỷ, xã Mỏ Vàng"
TOPIC13 = ["Hoàng Liên Sơn phấn đấu xóa nhà tạm, nhà dột nát trong năm 2024", "Lục Yên khởi công 18 nhà Đại đoàn kết"]


def page13():
    pub = T("2024-07-15 10:20")

    def main(rng, rl, rd):
        li = lambda ts, ds: "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/news/an-sinh-xa-hoi/{slug(t)}-{rng.randint(2100, 2399)}.html" title="{esc(t, True)}">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(ts, ds))
        cm = ('<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" class="nv-fullbg"><h3 class="comment-title"><em class="fa fa-comments">&nbsp;</em>Ý kiến bạn đọc</h3>'
              '<ul class="comment-list"><li class="media"><div class="media-body"><h4 class="media-heading">Lò Văn Chiến</h4><em class="fa fa-clock-o">&nbsp;</em>15/07/2024 20:14'
              '<p>Mô hình nhà Đại đoàn kết rất ý nghĩa, mong huyện tiếp tục nhân rộng.</p></div></li></ul>'
              '<form method="post" role="form"><textarea class="form-control" name="content" placeholder="Nội dung"></textarea><input type="button" value="Gửi bình luận" class="btn btn-primary" /></form></div></div></div>')
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A13.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{wd(pub, lower=True)} - 15/07/2024 10:20</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="#"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><div class="hometext m-bottom">{esc(A13.lead)}</div>'
                f'<figure class="article center"><p class="text-center"><img alt="{esc(A13.title, True)}" src="/uploads/news/2024_07/ban-giao-nha-dai-doan-ket-mo-vang.jpg" width="700" class="img-thumbnail" /></p>'
                f'<figcaption>{esc(CAP13)}</figcaption></figure></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{A13.render()}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Hoàng Thị Ngân (Ủy ban MTTQ huyện Văn Yên)</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a href="/news/tag/nha-dai-doan-ket">nhà Đại đoàn kết</a>, <a href="/news/tag/van-yen">Văn Yên</a>, <a href="/news/tag/quy-vi-nguoi-ngheo">Quỹ Vì người nghèo</a></div></div></div>'
                f'{cm}<div class="news_column panel panel-default"><div class="panel-body other-news">'
                f'<p class="h3"><strong>Theo dòng sự kiện</strong></p><ul class="related">{li(TOPIC13, past(pub, rng, 2, 20, 60))}</ul>'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related list-inline">{li(rl[:4], rd[:4])}</ul></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=4)
        return (f'<div class="mttq-header"><img src="/themes/mttq/images/banner.png" alt="Ủy ban MTTQ Việt Nam tỉnh Hoàng Liên Sơn" />'
                f'<div class="mttq-clock">{esc(wd(today))}, {dmy(today)}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới nhất", cls="block-news")
                + '<div class="mttq-box"><h3>Quỹ “Vì người nghèo”</h3><p>Tổng số tiền vận động năm 2024: 18,6 tỷ đồng (cập nhật 30/06/2024)</p></div>'
                + links_box(["Ủy ban Trung ương MTTQ Việt Nam", "Tỉnh ủy Hoàng Liên Sơn", "Báo Hoàng Liên Sơn"]))
    crumbs = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>'
              '<li id="brcr_1"><a href="/news/"><span>Tin tức</span></a></li><li id="brcr_2"><a href="/news/an-sinh-xa-hoi/"><span>An sinh xã hội</span></a></li></ul></div></div>')
    return _page("s14-13", family="mttq_nukeviet4_hometext_centre_figure_tac_gia_paren_unit", name="hoanglienson-mttq-nukeviet4-default-thu-hai-dash-date-time-plain-hometext-centre-figure-after-it-tac-gia-name-paren-unit-theo-dong-su-kien",
                 url="https://mattran.hoanglienson.gov.vn/news/an-sinh-xa-hoi/van-yen-ban-giao-25-nha-dai-doan-ket-cho-ho-ngheo-2417.html", art=A13, main_fn=main, pub=pub, prefix="mt4", kb=170,
                 org="Ủy ban MTTQ Việt Nam tỉnh Hoàng Liên Sơn", addr="Số 2 đường Yên Ninh, TP Yên Bái, tỉnh Hoàng Liên Sơn", phone="0216.3852.318",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "bootstrap", "items": MENU_MASS, "title": A13.title + " - Ủy ban MTTQ Việt Nam tỉnh Hoàng Liên Sơn",
                                                              "head_extra": '<meta property="og:type" content="article" /><meta property="article:published_time" content="2024-07-15ICT10:20:00+07:00" />'
                                                                            '<meta property="article:section" content="An sinh xã hội" />'},
                 exp=expected(A13, iso(pub), author="Hoàng Thị Ngân", unit="Ủy ban MTTQ huyện Văn Yên", category="An sinh xã hội", captions=[CAP13]),
                 traps={"bylines": ["Tác giả:", "Hoàng Thị Ngân (Ủy ban MTTQ huyện Văn Yên)"], "chrome": ["Theo dòng sự kiện", "Những tin cũ hơn", "Ý kiến bạn đọc", "Gửi bình luận"],
                        "related": list(TOPIC13), "comments": ["Mô hình nhà Đại đoàn kết rất ý nghĩa, mong huyện tiếp tục nhân rộng."], "tags": ["Quỹ Vì người nghèo"]},
                 notes="NukeViet 4 default detail of a provincial Front committee: 'Thứ hai - 15/07/2024 10:20' in span.h5 → 2024-07-15T10:20. Plain (not bold) div.hometext = lead, followed by the centred lead figure and its figcaption (the only caption), then the bodytext. 'Tác giả: Hoàng Thị Ngân (Ủy ban MTTQ huyện Văn Yên)' → author + unit from the parentheses inside the field. The theme's og article:published_time is the PHP date('Y-m-dTH:i:sP') slip '2024-07-15ICT10:20:00+07:00' (T printed as the zone name) — malformed, agrees anyway. Keywords, one dated reader comment, 'Theo dòng sự kiện' topic list and older news; crumb 'Trang nhất › Tin tức › An sinh xã hội'.",
                 readme="NukeViet 4 MTTQ: default 'Thứ hai - dd/mm/yyyy HH:MM', plain hometext lead then centre figure, 'Tác giả: Name (unit)', 'Theo dòng sự kiện', dated comment")


# ===================================================================== 14 Joomla 3 T3 Huyện ủy: date-only <time> with an agreeing +07:00 datetime, bold-italic lead
A14 = Art("Tiên Lữ: 100% chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt thường kỳ",
          "Sau 3 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, 100% chi bộ trong Đảng bộ huyện Tiên Lữ đã đưa nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào sinh hoạt thường kỳ hằng tháng.",
          [("p", "Ngày 11/7, Ban Thường vụ Huyện ủy Tiên Lữ tổ chức hội nghị sơ kết, biểu dương 12 tập thể và 27 cá nhân tiêu biểu."),
           ("p", "Báo cáo tại hội nghị cho biết, mỗi năm các cơ quan, đơn vị, địa phương trong huyện đều đăng ký ít nhất một mô hình làm theo Bác. Nhiều mô hình mang lại hiệu quả thiết thực như “Thứ Bảy tình nguyện” của Huyện đoàn, “Bữa cơm có thịt” của Hội Liên hiệp Phụ nữ, “Nắm tay nhau vượt khó” của Hội Cựu chiến binh."),
           ("img", "/images/2024/07/tien-lu-so-ket-ket-luan-01.jpg", "Đồng chí Bí thư Huyện ủy Tiên Lữ trao giấy khen cho các tập thể tiêu biểu"),
           ("p", "Hội nghị cũng chỉ ra hạn chế: ở một số chi bộ, việc liên hệ bản thân còn chung chung; việc sơ kết, nhân rộng điển hình chưa thường xuyên."),
           ("p", "Thời gian tới, Huyện ủy yêu cầu các cấp ủy gắn việc học tập và làm theo Bác với thực hiện nhiệm vụ chính trị của từng địa phương, đơn vị, chuẩn bị tốt cho đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.")])
REL14 = ["Tiên Lữ tổ chức hội thi kể chuyện về Bác", "Gương đảng viên trẻ làm theo Bác ở xã Thiện Phiến"]


def page14():
    pub = T("2024-07-11 14:05")

    def jp(t):
        return f'<p style="text-align: justify;">{esc(t)}</p>'

    def img(s, c, n):
        return (f'<table style="margin-left:auto;margin-right:auto" border="0"><tbody><tr><td><img src="{s}" alt="" width="640" height="427" /></td></tr>'
                f'<tr><td style="text-align:center"><span style="font-size:10pt"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        return (f'<div class="item-page clearfix"><article class="article" itemscope itemtype="http://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<header class="article-header clearfix"><h1 class="article-title" itemprop="headline"><a href="/index.php/hoc-tap-va-lam-theo-bac/1532-tien-lu-100-chi-bo" itemprop="url" title="{esc(A14.title, True)}">{esc(A14.title)}</a></h1></header>'
                f'<aside class="article-aside clearfix"><dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="category-name hasTooltip" title="Chuyên mục: "><i class="fa fa-folder-open"></i> <a href="/index.php/hoc-tap-va-lam-theo-bac" itemprop="genre">Học tập và làm theo Bác</a></dd>'
                f'<dd class="published hasTooltip" title="Ngày đăng: "><i class="fa fa-calendar"></i> <time datetime="2024-07-11T14:05:00+07:00" itemprop="datePublished">11 Tháng 7 2024</time></dd>'
                f'<dd class="hits"><i class="fa fa-eye"></i><meta itemprop="interactionCount" content="UserPageVisits:210" /> Lượt xem: 210</dd></dl></aside>'
                f'<section class="article-content clearfix" itemprop="articleBody"><p style="text-align: justify;"><strong><em>{esc(A14.lead)}</em></strong></p>{A14.render(img=img, p=jp)}'
                f'<p style="text-align: right;"><strong>Nguyễn Đức Toàn - Ban Tuyên giáo Huyện ủy</strong></p></section>'
                f'<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{esc(rl[0], True)}" href="#" rel="prev"><span class="icon-chevron-left"></span> Bài trước</a></li>'
                f'<li class="next"><a class="hasTooltip" title="{esc(rl[1], True)}" href="#" rel="next">Bài sau <span class="icon-chevron-right"></span></a></li></ul></article></div>'
                f'<div class="moduletable related-items"><h3 class="module-title"><span>Bài viết liên quan</span></h3><ul class="relateditems mod-list">'
                + "".join(f'<li><a href="/index.php/hoc-tap-va-lam-theo-bac/{slug(t)}">{esc(t)}</a></li>' for t in REL14) + '</ul></div>')

    def top(rng, pub):
        today = pub + timedelta(days=3, hours=1)
        return (f'<div class="t3-header"><div class="logo"><a href="/"><img src="/images/logo-huyenuy-tienlu.png" alt="Đảng bộ huyện Tiên Lữ" /></a></div>'
                f'<div class="head-date">{esc(wd(today, lower=True))}, {today.day:02d} Tháng {today.month} {today.year}</div></div>')

    def side(rng, pub):
        return (f'<div class="t3-module module"><h3 class="module-title"><span>Tin mới</span></h3>{rel(rng, heads5(rng, 5), past(pub, rng, 5, 0, 6), None, href="/index.php/tin-tuc/{s}", cls="latestnews")}</div>'
                + schedule(rng, pub + timedelta(days=3), "Lịch công tác tuần", "t3-module lichct")
                + '<div class="t3-module module"><h3 class="module-title"><span>Thư viện ảnh</span></h3><div class="gallery"><img src="/images/gallery/1.jpg" alt="" /><img src="/images/gallery/2.jpg" alt="" /></div></div>')
    crumbs = ('<ul class="breadcrumb"><li class="active"><span class="hasTooltip"><i class="fa fa-map-marker"></i></span></li><li><a href="/" class="pathway">Trang chủ</a><span class="divider"> › </span></li>'
              '<li><span>Học tập và làm theo Bác</span></li></ul>')
    head = '<meta name="generator" content="Joomla! - Open Source Content Management" />' + og(A14.title, "https://tienlu.haihung.dcs.vn/index.php/hoc-tap-va-lam-theo-bac/1532-tien-lu-100-chi-bo")
    return _page("s14-14", family="district_party_joomla3_t3_time_date_only_datetime_agrees", name="haihung-tienlu-huyenuy-joomla3-t3-h1-link-title-dd-category-time-11-thang-7-2024-datetime-offset-agrees-bold-italic-lead-bold-name-dash-btg",
                 url="https://tienlu.haihung.dcs.vn/index.php/hoc-tap-va-lam-theo-bac/1532-tien-lu-100-chi-bo", art=A14, main_fn=main, pub=pub, prefix="t3", kb=150,
                 org="Đảng bộ huyện Tiên Lữ", addr="Thị trấn Vương, huyện Tiên Lữ, tỉnh Hải Hưng", phone="0221.3874.105",
                 crumbs=crumbs, top=top, side=side, shell_kw={"head_extra": head, "title": A14.title},
                 exp=expected(A14, iso(pub), author="Nguyễn Đức Toàn", unit="Ban Tuyên giáo Huyện ủy", category="Học tập và làm theo Bác"),
                 traps={"bylines": ["Nguyễn Đức Toàn - Ban Tuyên giáo Huyện ủy"], "chrome": ["Lượt xem: 210", "Bài viết liên quan", "Bài trước", "Thư viện ảnh"], "related": list(REL14)},
                 notes="Joomla 3 T3 (JoomlArt) district Party site: h1.article-title wrapping a link; dl.article-info with the category link (tooltip 'Chuyên mục:') and <time datetime='2024-07-11T14:05:00+07:00'> whose text is only '11 Tháng 7 2024' → the datetime agrees with the visible day and carries an offset → published_at 2024-07-11T14:05:00+07:00. Bold-italic first paragraph = lead; JCE image table with em caption; bold right 'Nguyễn Đức Toàn - Ban Tuyên giáo Huyện ủy' → author + unit. Related-items module without dates, pager with title tooltips, header date in the Joomla month format.",
                 readme="Joomla 3 T3 Huyện ủy: visible '11 Tháng 7 2024' with an agreeing +07:00 datetime, bold-italic lead, table caption, 'Name - Ban Tuyên giáo Huyện ủy'")


# ===================================================================== 15 DNN Đảng ủy Khối các cơ quan: seconds printed, bulleted list in the text, italic 'Name, unit'
A15 = Art("Đảng bộ Cơ quan Sở Tài chính học tập, quán triệt chuyên đề năm 2024",
          "Sáng 12/7, Đảng ủy Cơ quan Sở Tài chính tổ chức hội nghị học tập, quán triệt chuyên đề năm 2024 về “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng thật sự trong sạch, vững mạnh” cho 94 đảng viên của 6 chi bộ trực thuộc.",
          [("p", "Tại hội nghị, báo cáo viên của Đảng ủy Khối đã truyền đạt những nội dung cơ bản của chuyên đề, liên hệ với thực tiễn của cơ quan tài chính tỉnh."),
           ("p", "Trên cơ sở nội dung chuyên đề, Đảng ủy cơ quan yêu cầu mỗi đảng viên xây dựng kế hoạch làm theo, tập trung vào các nội dung:"),
           ("ul", ["Nâng cao chất lượng tham mưu dự toán, quyết toán ngân sách, bảo đảm đúng thời hạn;",
                   "Rút ngắn thời gian giải quyết thủ tục hành chính trên Cổng dịch vụ công so với quy định;",
                   "Thực hành tiết kiệm, chống lãng phí trong sử dụng tài sản công tại cơ quan."]),
           ("img", "/Portals/2/Images/2024/07/hoi-nghi-chuyen-de-so-tai-chinh.jpg", "Báo cáo viên Đảng ủy Khối truyền đạt chuyên đề tại hội nghị"),
           ("p", "Kết thúc hội nghị, 100% đảng viên đã viết bài thu hoạch, đăng ký nội dung làm theo để chi bộ theo dõi, đánh giá khi kiểm điểm cuối năm.")])


def page15():
    pub = T("2024-07-15 14:20:07")

    def ulist(items):
        return '<ul class="list-dash" style="margin-left:30px">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
    m = "dnn_ctr1047_TinTuc_ChiTiet"

    def img(s, c, n):
        return f'<div class="img-center" style="text-align:center"><img src="{s}" alt="{esc(c, True)}" style="max-width:100%" /><div class="imgcaption">{esc(c)}</div></div>'

    def main(rng, rl, rd):
        return (f'<div class="DnnModule DnnModule-TinTuc DnnModule-1047"><a name="1047"></a><div class="ct-box"><div class="ct-box-head"><h2><span id="dnn_ctr1047_dnnTITLE_titleLabel" class="TitleHead">TIN TỨC</span></h2></div>'
                f'<div id="dnn_ctr1047_ContentPane" class="ct-box-body"><div id="dnn_ctr1047_ModuleContent" class="DNNModuleContent ModTinTucC">'
                f'<div class="chitiet"><h1 class="chitiet-tieude"><span id="{m}_lblTieuDe">{esc(A15.title)}</span></h1>'
                f'<div class="chitiet-info"><span class="icon-date"></span><span id="{m}_lblNgayDang">15/07/2024 14:20:07</span>'
                f'<span class="sep">|</span><span id="{m}_lblLuotXem">Lượt xem: 198</span></div>'
                f'<div class="chitiet-tomtat"><span id="{m}_lblTomTat"><strong>{esc(A15.lead)}</strong></span></div>'
                f'<div class="chitiet-noidung">{A15.render(img=img, ul=ulist)}'
                f'<p style="text-align: right;"><em>Nguyễn Thị Hà, Đảng ủy Cơ quan Sở Tài chính</em></p></div>'
                f'<div class="chitiet-tool"><a href="#" onclick="window.print()">In trang</a> <a href="#">Gửi email</a></div>'
                f'<div class="chitiet-cungchuyenmuc"><div class="ccm-title">Bài viết cùng chuyên mục</div>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/tin-tuc/tin-co-so-dang/ArticleID/{n}", cls="ccm")}</div>'
                f'</div></div></div></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=-5)
        return (f'<div class="duk-header"><img src="/Portals/_default/Skins/DUKCQ/images/banner.png" alt="Đảng ủy Khối các cơ quan tỉnh Bình Trị Thiên" />'
                f'<div class="duk-today">Hôm nay: {esc(wd(today, lower=True))}, {dmy(today)}</div></div>'
                + ticker(rng, heads5(rng, 4), [today - timedelta(hours=9 * i) for i in range(4)], dmy, "Tin nổi bật", "duk-ticker"))

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", cls="tinmoi", n=5)
                + vb_box(["Kế hoạch số 86-KH/ĐUK ngày 24/06/2024 về học tập chuyên đề năm 2024", "Công văn số 412-CV/ĐUK ngày 09/07/2024"], "Văn bản chỉ đạo", "vbcd")
                + '<div class="duk-box"><h3>Liên kết</h3><ul><li><a href="#">Tỉnh ủy Bình Trị Thiên</a></li><li><a href="#">Tạp chí Xây dựng Đảng</a></li></ul></div>')
    crumbs = '<div class="duk-crumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/" class="breadcrumbLink">Trang chủ</a> » <a href="/tin-tuc" class="breadcrumbLink">Tin tức</a> » <a href="/tin-tuc/tin-co-so-dang" class="breadcrumbLink">Tin cơ sở đảng</a></span></div>'
    return _page("s14-15", family="duk_dnn_seconds_bulleted_list_italic_name_comma_unit", name="binhtrithien-dukcq-dnn-caps-tin-tuc-container-h1-span-title-dd-mm-yyyy-hh-mm-ss-views-bold-tomtat-ul-in-text-imgcaption-italic-name-comma-dang-uy-co-quan",
                 url="https://dukcq.binhtrithien.dcs.vn/tin-tuc/tin-co-so-dang/ArticleID/4410/dang-bo-co-quan-so-tai-chinh-hoc-tap-quan-triet-chuyen-de-nam-2024", art=A15, main_fn=main, pub=pub, prefix="dukcq", kb=185,
                 org="Đảng ủy Khối các cơ quan tỉnh Bình Trị Thiên", addr="Số 16 Lê Lợi, TP Huế, tỉnh Bình Trị Thiên", phone="0234.3823.615",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "dnn", "form": True, "dnn": True, "title": "Tin cơ sở đảng"},
                 exp=expected(A15, iso(pub), author="Nguyễn Thị Hà", unit="Đảng ủy Cơ quan Sở Tài chính", category="Tin cơ sở đảng"),
                 traps={"bylines": ["Nguyễn Thị Hà, Đảng ủy Cơ quan Sở Tài chính"], "chrome": ["TIN TỨC", "Lượt xem: 198", "Bài viết cùng chuyên mục", "Văn bản chỉ đạo", "In trang"],
                        "dates": ["24/06/2024"], "related": lambda rl: rl[:4]},
                 notes="DNN skin of a Đảng ủy Khối: caps container title 'TIN TỨC' (generic, not the category; crumb last 'Tin cơ sở đảng' is), h1 > span title, stamp '15/07/2024 14:20:07' with seconds printed → 2024-07-15T14:20:07+07:00 (set 13 convention). Bold tóm tắt span = lead. A bulleted <ul> of three tasks inside the text → one body paragraph per item (as printed, with their ';' / '.'), the paragraph ending with ':' before it stays. div.imgcaption under the image. Italic right 'Nguyễn Thị Hà, Đảng ủy Cơ quan Sở Tài chính' → author + unit after the comma.",
                 readme="DNN Đảng ủy Khối: caps generic container, 'dd/mm/yyyy HH:MM:SS' (seconds kept), bold tóm tắt lead, bulleted list in the text (one paragraph per item), italic 'Name, Đảng ủy Cơ quan …'")


# ===================================================================== 16 SharePoint 2010 'CQ' web parts Sở TN&MT: lblCreatedDate table, h2 span title, table in text, lblAuthor 'Name - unit' + empty lblSource
A16 = Art("Tuy Phong: Kiểm tra 14 cơ sở chế biến hải sản xả thải ra môi trường",
          "Từ ngày 8 đến 12/7, Đoàn kiểm tra liên ngành của Sở Tài nguyên và Môi trường đã kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại 14 cơ sở chế biến hải sản trên địa bàn huyện Tuy Phong.",
          [("p", "Qua kiểm tra, đoàn phát hiện nhiều cơ sở vi phạm, trong đó có cơ sở vi phạm cùng lúc nhiều nội dung. Kết quả cụ thể như sau:"),
           ("table", [["Nội dung vi phạm", "Số cơ sở"], ["Xả nước thải vượt quy chuẩn", "6"], ["Chưa có giấy phép môi trường", "3"], ["Không thực hiện quan trắc định kỳ", "4"]]),
           ("img", "/SiteAssets/tin-tuc/2024/07/lay-mau-nuoc-thai-phuoc-the.jpg", "Đoàn kiểm tra lấy mẫu nước thải tại một cơ sở chế biến hải sản ở xã Phước Thể"),
           ("p", "Đoàn đã lập biên bản, đề nghị Chủ tịch UBND tỉnh xử phạt vi phạm hành chính với tổng số tiền hơn 840 triệu đồng, đồng thời buộc các cơ sở khắc phục hậu quả trong thời hạn 60 ngày."),
           ("p", "Sở Tài nguyên và Môi trường cũng đề nghị UBND huyện Tuy Phong tăng cường giám sát, yêu cầu các cơ sở lắp đặt đồng hồ đo lưu lượng nước thải trước ngày 31/12/2024.")])


def page16():
    pub = T("2024-07-15 15:05")

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="3" cellspacing="0" width="90%"><tbody><tr><td align="center"><img alt="" src="{s}" width="560" /></td></tr>'
                f'<tr><td align="center"><font color="#003399"><i>{esc(c)}</i></font></td></tr></tbody></table>')

    def main(rng, rl, rd):
        g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
        c = f"ctl00_m_g_{g}_ctl00"
        others = "".join(f'<li><a href="/Pages/newsdetail.aspx?NewsId={rng.randint(2100, 2460)}&amp;CatId=24">{esc(t)}</a> <span class="time_update">(Ngày {dmy(d)})</span></li>' for t, d in zip(rl, rd))
        table = lambda rows: ('<table class="ms-rteTable-1" border="1" cellspacing="0" width="80%" align="center"><tbody>'
                              + "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows) + "</tbody></table>")
        return (f'<div class="detail_artical"><div class="path"><div class="arr_B"><span id="{c}_lblBreadCrum">Trang chủ » Tin tức » Môi trường</span></div></div>'
                f'<div><table cellpadding="0" cellspacing="0"><tr><td><table><tr><td><a href="#"><img src="/_layouts/images/CQ/icon_date.jpg" alt="" /></a></td>'
                f'<td><span id="{c}_lblCreatedDate" class="date">15/07/2024 15:05</span></td></tr></table></td></tr></table></div>'
                f'<h2><span id="{c}_lblTitle">{esc(A16.title)}</span></h2>'
                f'<p><b>{esc(A16.lead)}</b></p>'
                f'<p><table width="100%"><tr><td>{A16.render(img=img, table=table)}</td></tr>'
                f'<tr><td align="right" style="font-weight:bold"><span id="{c}_lblAuthor">Nguyễn Thị Bích Trâm - Chi cục Bảo vệ môi trường</span><br /><span id="{c}_lblSource"></span></td></tr></table></p>'
                f'<span class="attach-label">Tài liệu kèm theo:</span><table class="attach"><tr><td><a href="/Documents/qd-xu-phat-0712.pdf">Dự thảo quyết định xử phạt (ngày 12/07/2024)</a></td></tr></table>'
                f'<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>{others}</ul></div></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=-7)
        return (f'<div class="stnmt-banner"><img src="/_layouts/images/CQ/banner-stnmt.jpg" alt="Sở Tài nguyên và Môi trường tỉnh Thuận Hải" />'
                f'<span class="stnmt-date">{esc(wd(today))}, {dmy(today)}</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", cls="noibat", n=5)
                + '<div class="stnmt-box"><h3>Thủ tục hành chính</h3><ul><li><a href="#">Lĩnh vực đất đai</a></li><li><a href="#">Lĩnh vực môi trường</a></li><li><a href="#">Lĩnh vực tài nguyên nước</a></li></ul></div>'
                + '<div class="stnmt-box"><h3>Quan trắc môi trường</h3><p>Chỉ số AQI Phan Thiết: 42 (Tốt) - cập nhật 15/07/2024 14:00</p></div>')
    return _page("s14-16", family="department_sharepoint2010_cq_webparts_empty_lblsource", name="thuanhai-stnmt-sharepoint2010-cq-detail-artical-lblcreateddate-icon-table-h2-span-title-p-b-sapo-table-in-text-lblauthor-name-dash-unit-empty-lblsource",
                 url="https://stnmt.thuanhai.gov.vn/Pages/newsdetail.aspx?NewsId=2471&CatId=24", art=A16, main_fn=main, pub=pub, prefix="cq", kb=220,
                 org="Sở Tài nguyên và Môi trường tỉnh Thuận Hải", addr="Số 2 Nguyễn Tất Thành, TP Phan Thiết, tỉnh Thuận Hải", phone="0252.3822.347",
                 top=top, side=side, shell_kw={"layout": "sharepoint", "form": True, "items": MENU_GOV, "title": "Sở Tài nguyên và Môi trường tỉnh Thuận Hải"},
                 exp=expected(A16, iso(pub), author="Nguyễn Thị Bích Trâm", unit="Chi cục Bảo vệ môi trường", category="Môi trường"),
                 traps={"bylines": ["Nguyễn Thị Bích Trâm - Chi cục Bảo vệ môi trường"], "chrome": ["Tài liệu kèm theo:", "Các tin khác", "Quan trắc môi trường"],
                        "dates": ["12/07/2024)", "15/07/2024 14:00"], "related": lambda rl: rl[:3]},
                 notes="SharePoint 2010 provincial 'CQ' news web part (NewsDetailUS): span lblBreadCrum 'Trang chủ » Tin tức » Môi trường' (last = category), date-icon table with lblCreatedDate '15/07/2024 15:05', h2 > span lblTitle (<title> = site name), p > b sapo = lead, body in a table cell with a results table (rows → ' | ' paragraphs) and blue italic font captions. The bold right cell holds lblAuthor 'Nguyễn Thị Bích Trâm - Chi cục Bảo vệ môi trường' and an EMPTY lblSource → author + unit after the dash (the unit sits in the author field, nothing in the source field). Attachment with a date, AQI box with a later time, 'Các tin khác' with '(Ngày …)'.",
                 readme="SharePoint 2010 CQ web part Sở TN&MT: lblCreatedDate icon table, h2 span title, p>b sapo, table in the text, lblAuthor 'Name - unit' with an empty lblSource")


# ===================================================================== 17 Báo Long Châu Hà: 'Bài: A - Ảnh: B' caps in the meta, time-first dash stamp + 'Cập nhật', table in text
A17 = Art("Tịnh Biên: Mùa thốt nốt cho thu nhập cao",
          "Những ngày này, nông dân leo thốt nốt ở huyện Tịnh Biên bước vào cao điểm thu hoạch nước thốt nốt. Giá đường thốt nốt tăng khiến người làm nghề phấn khởi.",
          [("p", "Mỗi ngày, từ 4 giờ sáng, anh Chau Sóc Khum ở phường Nhơn Hưng đã leo lên 30 cây thốt nốt để hứng nước. Mỗi cây cho khoảng 5 - 7 lít nước mỗi ngày."),
           ("img", "/uploads/2024/07/15/leo-thot-not-nhon-hung.jpg", "Anh Chau Sóc Khum leo thốt nốt lấy nước vào sáng sớm"),
           ("p", "Theo anh Khum, nước thốt nốt bán cho các lò nấu đường giá 8.000 - 10.000 đồng/lít, cao hơn năm trước khoảng 2.000 đồng. Trừ chi phí, mỗi ngày gia đình anh thu về hơn 500.000 đồng."),
           ("table", [["Sản phẩm", "Giá năm 2023", "Giá năm 2024"], ["Nước thốt nốt (đồng/lít)", "6.000 - 8.000", "8.000 - 10.000"], ["Đường thốt nốt (đồng/kg)", "55.000", "70.000"]]),
           ("p", "Huyện Tịnh Biên hiện có khoảng 20.000 cây thốt nốt đang cho trái, hơn 600 hộ theo nghề. Huyện đang hỗ trợ các cơ sở chế biến đăng ký sản phẩm OCOP, xây dựng nhãn hiệu tập thể đường thốt nốt Tịnh Biên."),
           ("img", "/uploads/2024/07/15/nau-duong-thot-not-van-giao.jpg", "Nấu đường thốt nốt tại một cơ sở ở xã Văn Giáo")])


def page17():
    pub = T("2024-07-15 06:40")

    def fimg(s, c, n):
        return f'<figure class="image align-center"><img src="{s}" alt="" /><figcaption>{esc(c)}</figcaption></figure>'
    upd = T("2024-07-15 09:12")

    def main(rng, rl, rd):
        cm = comments([("Chau Thị Sa Rết", "15/07/2024 11:20", "Đường thốt nốt Tịnh Biên thơm ngon, mong có nhãn hiệu để bán xa hơn."),
                       ("Minh Khôi", "15/07/2024 18:47", "Nghề leo thốt nốt vất vả và nguy hiểm, cần trang bị bảo hộ cho bà con.")], head="Ý kiến bạn đọc", cls="cmt")
        return (f'<div class="article"><div class="article__header"><ul class="article__breadcrumb"><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/kinh-te/lang-nghe">Làng nghề</a></li></ul>'
                f'<h1 class="article__title">{esc(A17.title)}</h1>'
                f'<div class="article__meta"><span class="article__author">Bài: NGỌC TRÂM - Ảnh: HỮU ĐỨC</span>'
                f' <time class="article__date" datetime="2024-07-15T06:40:00+07:00">06:40 - 15/07/2024</time>'
                f' <span class="article__update">Cập nhật: 09:12 - 15/07/2024</span></div></div>'
                f'<div class="article__sapo">{esc(A17.lead)}</div>'
                f'<div class="article__body">{A17.render(img=fimg)}</div>'
                f'<div class="article__tags"><a href="/tag/thot-not">thốt nốt</a> <a href="/tag/tinh-bien">Tịnh Biên</a> <a href="/tag/ocop">OCOP</a> <a href="/tag/dac-san-bay-nui">đặc sản Bảy Núi</a></div>'
                f'{share("article__share")}{cm}'
                f'<div class="article__samecat"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: hm(d) + " - " + dmy(d), href="/kinh-te/{s}-a{n}.html", cls="samecat")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(hours=13)
        return (f'<div class="lch-head"><a href="/"><img src="/images/logo-baolongchauha.png" alt="Báo Long Châu Hà" /></a>{clock(today, "weekday", "lch-today")}'
                f'<div class="lch-menu-top"><a href="/video">Video</a> <a href="/bao-in">Báo in</a> <a href="/tieng-khmer">ភាសាខ្មែរ</a></div></div>'
                + ticker(rng, heads5(rng, 5), [today - timedelta(hours=2 * i) for i in range(5)], lambda d: hm(d) + " - " + dmy(d), "Tin mới", "lch-ticker"))

    def side(rng, pub):
        return (side_std(rng, pub, "Xem nhiều", fmt=lambda d: hm(d) + " - " + dmy(d), cls="xemnhieu", n=6)
                + '<div class="lch-epaper"><h3>Báo in</h3><a href="/bao-in/so-5218"><img src="/bao-in/5218.jpg" alt="Báo in số 5218 ngày 15/07/2024" /></a></div>'
                + '<div class="lch-gold"><h3>Giá vàng</h3><table><tr><td>SJC</td><td>76,5 triệu/lượng</td></tr><tr><td>Nhẫn 9999</td><td>75,2 triệu/lượng</td></tr></table></div>')
    url = "https://baolongchauha.vn/kinh-te/tinh-bien-mua-thot-not-cho-thu-nhap-cao-a402816.html"
    head = (og(A17.title, url, {"article:published_time": "2024-07-15T06:40:00+07:00", "article:modified_time": "2024-07-15T09:12:00+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A17.title, "datePublished": "2024-07-15T06:40:00+07:00", "dateModified": "2024-07-15T09:12:00+07:00",
                      "author": {"@type": "Person", "name": "Ngọc Trâm"}, "publisher": {"@type": "Organization", "name": "Báo Long Châu Hà"}}))
    return _page("s14-17", family="baotinh_caps_bai_anh_meta_time_first_dash_cap_nhat", name="longchauha-bao-caps-bai-dash-anh-in-meta-time-first-hh-mm-dash-date-cap-nhat-same-format-div-sapo-table-in-text-khmer-chrome",
                 url=url, art=A17, main_fn=main, pub=pub, prefix="lch", kb=240,
                 org="Báo Long Châu Hà", addr="Số 2 Lê Triệu Kiết, TP Long Xuyên, tỉnh Long Châu Hà", phone="0296.3841.276",
                 top=top, side=side, shell_kw={"items": MENU_NEWS, "head_extra": head, "title": A17.title + " - Báo Long Châu Hà"},
                 exp=expected(A17, iso(pub), iso(upd), author="NGỌC TRÂM", photographer="HỮU ĐỨC", category="Làng nghề"),
                 traps={"bylines": ["Bài: NGỌC TRÂM - Ảnh: HỮU ĐỨC"], "chrome": ["Tin cùng chuyên mục", "Ý kiến bạn đọc (2)", "Giá vàng", "Xem nhiều"], "tags": ["đặc sản Bảy Núi"],
                        "comments": ["Nghề leo thốt nốt vất vả và nguy hiểm, cần trang bị bảo hộ cho bà con."], "related": lambda rl: rl[:3]},
                 notes="Provincial newspaper press CMS (BEM classes): two-level crumb 'Kinh tế / Làng nghề' above the h1; meta row 'Bài: NGỌC TRÂM - Ảnh: HỮU ĐỨC' (caps kept; author + photographer), time-first '06:40 - 15/07/2024' and 'Cập nhật: 09:12 - 15/07/2024' → published + updated (og/JSON-LD agree). Plain div sapo = lead; price table in the text (rows → ' | ' paragraphs); two figcaptions; tags, two dated comments, e-paper box, Khmer-language link.",
                 readme="Newspaper press CMS: caps 'Bài: A - Ảnh: B' in the meta, 'HH:MM - dd/mm/yyyy' + 'Cập nhật: HH:MM - dd/mm/yyyy', div sapo, price table in the text, comments")


# ===================================================================== 18 commune portal on the provincial VNPT platform: date only, no lead, 'Nguồn:' only
A18 = Art("Xã Phổ Thạnh ra quân vệ sinh môi trường biển",
          None,
          [("p", "Sáng 14/7, UBND xã Phổ Thạnh phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã tổ chức ra quân vệ sinh môi trường biển tại bãi biển thôn Thạch By 1 và Thạch By 2."),
           ("p", "Hơn 300 đoàn viên, hội viên và người dân đã thu gom gần 4 tấn rác thải, chủ yếu là túi ni lông, chai nhựa và ngư lưới cụ hư hỏng."),
           ("img", "/documents/1049/0/ve-sinh-bai-bien-thach-by.jpg", "Đoàn viên thanh niên thu gom rác thải tại bãi biển thôn Thạch By 1"),
           ("p", "Dịp này, UBND xã phát động phong trào “Chủ nhật xanh” vào sáng Chủ nhật cuối mỗi tháng, đồng thời giao các thôn ven biển bố trí thêm điểm tập kết rác thải.")])


def page18():
    pub = T("2024-07-16 00:00")
    inst = "dsnews_WAR_vnpteportalnewsportlet_INSTANCE_pT4hR8sWq2Yc"

    def main(rng, rl, rd):
        others = "".join(f'<li><a href="/xa-pho-thanh/tin-tuc/-/view-content/{rng.randint(51000, 51999)}">{esc(t)}</a> <span>({dmy(d)})</span></li>' for t, d in zip(rl[:5], rd[:5]))
        return (f'<div class="portlet-boundary portlet-boundary_dsnews_WAR_vnpteportalnewsportlet_" id="p_p_id_{inst}_"><div class="portlet-title"><span>Tin tức - Sự kiện</span></div>'
                f'<div class="portlet-content"><div class="news-detail-xa"><h3 class="title-detail">{esc(A18.title)}</h3>'
                f'<div class="date-detail">Ngày đăng: 16/07/2024 <span class="luotxem">- Lượt xem: 64</span></div>'
                f'<div class="content-detail">{A18.render(img=pcap)}'
                f'<p style="text-align: right;"><em>Nguồn: Đài Truyền thanh xã Phổ Thạnh</em></p></div>'
                f'<div class="print-mail"><a href="#">In bài viết</a> <a href="#">Gửi bài viết</a></div>'
                f'<div class="other-news-xa"><h4>Các tin khác</h4><ul>{others}</ul></div></div></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=6, hours=9)
        return (f'<div class="xa-banner"><img src="/o/nghiabinh-xa-theme/images/banner-xa.png" alt="Trang thông tin điện tử xã Phổ Thạnh" />'
                f'<div class="xa-name">Trang thông tin điện tử xã Phổ Thạnh - huyện Đức Phổ - tỉnh Nghĩa Bình</div>{clock(today, "weekday", "xa-today")}</div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=6), "Lịch làm việc UBND xã", "lich-xa")
                + '<div class="xa-box"><h3>Thông tin liên hệ</h3><p>Chủ tịch UBND xã: 0905 214 633</p><p>Phó Chủ tịch UBND xã: 0914 552 087</p></div>'
                + '<div class="xa-box"><h3>Thủ tục hành chính</h3><ul><li><a href="#">Chứng thực</a></li><li><a href="#">Hộ tịch</a></li><li><a href="#">Đất đai</a></li></ul></div>'
                + links_box(["Cổng TTĐT tỉnh Nghĩa Bình", "UBND huyện Đức Phổ", "Cổng Dịch vụ công quốc gia"]))
    crumbs = ('<div class="breadcrumb-xa"><a href="/xa-pho-thanh">Trang chủ</a> <span>›</span> <a href="/xa-pho-thanh/tin-tuc">Tin tức - Sự kiện</a> <span>›</span> '
              '<a href="/xa-pho-thanh/tin-tuc/tin-hoat-dong-cua-xa">Tin hoạt động của xã</a></div>')
    return _page("s14-18", family="commune_vnpt_platform_date_only_nguon_only", name="nghiabinh-ducpho-phothanh-xa-vnpt-eportal-h3-title-ngay-dang-date-only-views-no-lead-em-captions-nguon-dai-truyen-thanh-no-author",
                 url="https://nghiabinh.gov.vn/xa-pho-thanh/tin-tuc/-/view-content/51874-xa-pho-thanh-ra-quan-ve-sinh-moi-truong-bien", art=A18, main_fn=main, pub=pub, prefix="xa", kb=150,
                 org="UBND xã Phổ Thạnh", addr="Thôn Thạch By 1, xã Phổ Thạnh, huyện Đức Phổ, tỉnh Nghĩa Bình", phone="0255.3979.214",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "liferay", "items": MENU_GOV, "title": "Tin tức - Sự kiện - Xã Phổ Thạnh"},
                 exp=expected(A18, isod(pub), category="Tin hoạt động của xã"),
                 traps={"bylines": ["Nguồn: Đài Truyền thanh xã Phổ Thạnh"], "chrome": ["Các tin khác", "Lượt xem: 64", "Lịch làm việc UBND xã", "Thông tin liên hệ"], "related": lambda rl: rl[:3]},
                 notes="Commune page on the provincial VNPT eportal platform (one of hundreds of identical commune sub-sites): portlet title 'Tin tức - Sự kiện', h3 title, 'Ngày đăng: 16/07/2024' date only → published_at '2024-07-16'. No sapo → lead null; image + em caption paragraphs. The only credit is italic 'Nguồn: Đài Truyền thanh xã Phổ Thạnh' → a source line: author null, author_unit null. Crumb last 'Tin hoạt động của xã' = category. Work schedule with later dates, header clock 6 days later, phone numbers in the sidebar.",
                 readme="Commune sub-site on the VNPT platform: h3 title, 'Ngày đăng: dd/mm/yyyy' date only, no lead, em captions, only 'Nguồn: Đài Truyền thanh xã …' (author and unit null)")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
