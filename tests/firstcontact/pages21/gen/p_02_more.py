"""Set 21 pages 10-18: a Thị ủy, a Báo tỉnh, a Ban Tuyên giáo, the MTTQ, an Đảng ủy phường, a Thành ủy, an Đảng ủy
xã, a Cổng TTĐT tỉnh and the Tỉnh đoàn; pages 11 and 13 carry one TWIST each (a quick-poll widget between the
paragraphs of the text, a headline cut off with '…' by the template)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum, utcz, b64blob
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb
from .p_01_pages import head_top


# ===================================================================== 10 Thị ủy Sông Cầu (Phú Yên): Drupal 7, 'Gửi bởi <account> vào T5, dd/mm/yyyy - HH:MM', taxonomy field under the text
A10 = Art("Sông Cầu ra mắt mô hình “Dân vận khéo” trong giải phóng mặt bằng dự án ven đầm Cù Mông",
          None,
          [("p", "Chiều 19/02, Ban Dân vận Thị ủy Sông Cầu phối hợp Đảng ủy xã Xuân Thịnh tổ chức ra mắt mô hình “Dân vận khéo trong giải phóng mặt bằng dự án đường ven đầm Cù Mông”. Dự án đi qua 3 thôn, ảnh hưởng đến 146 hộ dân với tổng diện tích thu hồi hơn 18 ha."),
           ("img", "/sites/default/files/2025-02/ra-mat-mo-hinh-dan-van-kheo.jpg", "Ra mắt mô hình “Dân vận khéo” tại xã Xuân Thịnh"),
           ("p", "Theo quy chế hoạt động, mỗi tổ dân vận gồm cán bộ thôn, đảng viên, người có uy tín trong cộng đồng, được phân công phụ trách từ 5 đến 7 hộ; trực tiếp đến nhà giải thích chính sách bồi thường, hỗ trợ tái định cư và tiếp nhận kiến nghị của người dân để báo cáo Ban chỉ đạo."),
           ("p", "Phát biểu tại buổi ra mắt, đồng chí Lê Thị Kim Huệ, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Thị ủy đề nghị các tổ dân vận “nói để dân hiểu, làm để dân tin”, kiên trì đối thoại, tuyệt đối không để phát sinh điểm nóng; phấn đấu bàn giao mặt bằng cho nhà đầu tư trước ngày 30/6/2025."),
           ("p", "Đây là mô hình “Dân vận khéo” thứ 12 được thị xã ra mắt kể từ đầu nhiệm kỳ, tập trung vào các lĩnh vực khó như giải phóng mặt bằng, chuyển đổi nghề cho ngư dân nuôi tôm hùm trên đầm.")])


def page10():
    pub = T("2025-02-20 16:20")

    def main(rng, rl, rd):
        body = A10.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<p style="text-align:center"><img alt="" src="{s}" style="width:600px;height:400px" /><br /><em>{esc(c)}</em></p>')
        return (f'<div id="node-7841" class="node node-article node-promoted clearfix" about="/tin-tuc/dan-van/song-cau-ra-mat-mo-hinh-dan-van-kheo" typeof="sioc:Item foaf:Document">'
                f'<h1 class="title" id="page-title">{esc(A10.title)}</h1>'
                f'<div class="submitted"><span property="dc:date dc:created" content="2025-02-20T16:20:00+07:00" datatype="xsd:dateTime">Gửi bởi <span class="username" typeof="sioc:UserAccount" property="foaf:name">thiuysongcau</span> vào T5, {dmy(pub)} - {hm(pub)}</span></div>'
                f'<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}'
                f'<p style="text-align:right"><em>Hồ Minh (Ban Dân vận Thị ủy)</em></p></div></div></div>'
                f'<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div>'
                f'<div class="field-items"><div class="field-item even"><a href="/chuyen-muc/dan-van" typeof="skos:Concept" property="rdfs:label skos:prefLabel">Dân vận</a></div></div></div></div>'
                f'<ul class="links inline"><li class="statistics_counter first last"><span>218 lượt xem</span></li></ul></div>'
                f'<div class="block block-views"><h2>Tin cùng chuyên mục</h2>{rel(rng, rl[:5], rd, lambda d: dmy(d), href="/tin-tuc/dan-van/{s}", cls="view-cung-chuyen-muc")}</div>')

    def left(rng, pub):
        return ('<div class="block block-menu"><h2>Danh mục</h2><ul class="menu"><li><a href="/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a></li><li><a href="/chuyen-muc/dan-van">Dân vận</a></li>'
                '<li><a href="/chuyen-muc/kinh-te-xa-hoi">Kinh tế - Xã hội</a></li><li><a href="/chuyen-muc/quoc-phong-an-ninh">Quốc phòng - An ninh</a></li></ul></div>')

    crumbs = '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a></div>'
    url = "https://thiuysongcau.phuyen.dcs.vn/tin-tuc/dan-van/song-cau-ra-mat-mo-hinh-dan-van-kheo"
    head = og(A10.title, url, {"og:site_name": "Thị ủy Sông Cầu"}) + '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />'
    return page("s21-10", family="town_party_drupal7_submitted_gui_boi_account_vao_t5",
                name="phuyen-songcau-thiuy-drupal7-threecol-generic-crumb-tin-tuc-submitted-gui-boi-account-vao-t5-abbrev-weekday-dd-mm-yyyy-dash-hh-mm-no-lead-br-em-caption-italic-right-name-paren-ban-dan-van-inline-field-chuyen-muc-dan-van",
                url=url, art=A10, main_fn=main, pub=pub, prefix="scu", kb=105,
                org="Thị ủy Sông Cầu", addr="Số 02 đường Lê Lợi, phường Xuân Phú, thị xã Sông Cầu, tỉnh Phú Yên", phone="0257.3875.236",
                crumbs=crumbs, top=head_top("scu", "/sites/all/themes/thiuy/logo.png", "Thị ủy Sông Cầu", days=2, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="scu-new") + schedule(rng, pub + timedelta(days=2), "Lịch làm việc Thường trực Thị ủy", "scu-lich"),
                shell_kw={"layout": "threecol", "left": left, "head_extra": head, "title": A10.title + " | Thị ủy Sông Cầu"},
                exp=expected(A10, iso(pub), author="Hồ Minh", unit="Ban Dân vận Thị ủy", category="Dân vận"),
                traps={"accounts": ["thiuysongcau"], "bylines": ["Hồ Minh (Ban Dân vận Thị ủy)"], "chrome": ["218 lượt xem", "Tin cùng chuyên mục", "Lịch làm việc Thường trực Thị ủy"], "related": lambda rl: rl[:4]},
                notes="Drupal 7 of a Thị ủy. The submitted line 'Gửi bởi thiuysongcau vào T5, 20/02/2025 - 16:20' names the site ACCOUNT (not an author) and abbreviates the weekday as 'T5' (Thursday) → published T16:20. The crumb is generic ('Trang chủ » Tin tức'); the taxonomy field printed UNDER the text 'Chuyên mục: Dân vận' gives the section → 'Dân vận' (the left 'Danh mục' block lists all sections, none marked). No summary → lead null. Caption after a <br> under the image, in <em>. Italic right 'Hồ Minh (Ban Dân vận Thị ủy)' → author + unit. Deadline 30/6/2025 in the text and the work schedule are decoys.",
                readme="Drupal 7 Thị ủy: 'Gửi bởi <account> vào T5, dd/mm/yyyy - HH:MM' (account, abbreviated weekday), generic crumb + inline taxonomy field 'Chuyên mục: Dân vận' under the text, no lead, <br> + em caption, italic 'Name (Ban Dân vận Thị ủy)'")


# ===================================================================== 11 Báo Thái Bình: press CMS, quick-poll widget between two paragraphs of the text (TWIST)
A11 = Art("Khu công nghiệp Liên Hà Thái thu hút thêm 4 dự án dệt may, điện tử",
          "Từ đầu năm 2025 đến nay, Khu công nghiệp Liên Hà Thái (Khu kinh tế Thái Bình) đã cấp mới giấy chứng nhận đăng ký đầu tư cho 4 dự án với tổng vốn đăng ký hơn 310 triệu USD, dự kiến tạo việc làm cho khoảng 6.500 lao động.",
          [("p", "Trong số các dự án mới có 2 dự án sản xuất sợi và vải kỹ thuật của nhà đầu tư Trung Quốc, 1 dự án linh kiện điện tử của nhà đầu tư Hàn Quốc và 1 dự án sản xuất bao bì của doanh nghiệp trong nước. Các nhà đầu tư cam kết sử dụng công nghệ hiện đại, tiết kiệm năng lượng."),
           ("img", "/uploads/2025/03/04/kcn-lien-ha-thai.jpg", "Một góc Khu công nghiệp Liên Hà Thái, huyện Thái Thụy"),
           ("p", "Ông Phạm Văn Tuấn, Phó Trưởng ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh cho biết, hạ tầng khu công nghiệp đã cơ bản hoàn thiện, hệ thống cấp nước, xử lý nước thải tập trung công suất 10.000 m³/ngày đêm đã đi vào vận hành. Tỷ lệ lấp đầy hiện đạt 71%."),
           ("p", "Để đáp ứng nhu cầu lao động, tỉnh đang đẩy nhanh xây dựng khu nhà ở công nhân 1.200 căn tại xã Thụy Trình, phối hợp các trường cao đẳng mở lớp đào tạo nghề theo đơn đặt hàng của doanh nghiệp."),
           ("img", "/uploads/2025/03/04/cong-nhan-det-may.jpg", "Công nhân làm việc tại một nhà máy dệt trong khu công nghiệp"),
           ("p", "Mục tiêu năm 2025, Khu kinh tế Thái Bình thu hút thêm 1 tỷ USD vốn FDI, giá trị sản xuất công nghiệp tăng 15% so với năm 2024.")])
POLL11 = "Theo bạn, yếu tố nào quan trọng nhất để thu hút nhà đầu tư vào khu công nghiệp?"


def page11():
    pub, upd = T("2025-03-04 07:10"), T("2025-03-04 09:42")

    def main(rng, rl, rd):
        pars = A11.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<figure class="detail-img"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>', sep="\x00").split("\x00")
        opts = "".join(f'<label class="qp-opt"><input type="radio" name="qp-418" value="{i}" /> {esc(o)}</label>' for i, o in enumerate(["Hạ tầng đồng bộ", "Nguồn lao động dồi dào", "Thủ tục hành chính thuận lợi", "Ưu đãi về thuế"]))
        qp = (f'<div class="quick-poll" data-poll-id="418"><div class="qp-head">Bình chọn nhanh</div><p class="qp-q">{esc(POLL11)}</p>{opts}'
              f'<button type="button" class="qp-btn">Bình chọn</button> <span class="qp-count">1.248 lượt bình chọn</span></div>')
        body = "".join(pars[:4]) + qp + "".join(pars[4:])
        return (f'<div class="detail"><h1 class="detail-title">{esc(A11.title)}</h1>'
                f'<div class="detail-meta"><span>Đăng: {dmy(pub)} | {hm(pub)}</span> · <span>Sửa: {dmy(upd)} | {hm(upd)}</span></div>'
                f'<div class="detail-sapo"><p>{esc(A11.lead)}</p></div><div class="detail-content">{body}'
                f'<p style="text-align:right"><strong>Ngọc Mai</strong></p></div>{share("detail-share")}'
                f'<div class="detail-rel"><h3>Tin liên quan</h3>{rel(rng, rl[:4], rd, lambda d: dmy(d), href="/kinh-te/cong-nghiep/{s}-{n}.html", cls="tb-rel")}</div></div>')

    crumbs = crumb([("Trang chủ", "/"), ("Kinh tế", "/kinh-te"), ("Công nghiệp", "/kinh-te/cong-nghiep")], cls="tb-crumb", sep=" › ")
    url = "https://baothaibinh.com.vn/tin-tuc/kinh-te/cong-nghiep/khu-cong-nghiep-lien-ha-thai-thu-hut-them-4-du-an-det-may-dien-tu-218440"
    head = (og(A11.title, url, {"og:site_name": "Báo Thái Bình điện tử", "article:section": "Kinh tế", "og:description": A11.lead,
                                "article:published_time": "2025-03-04T07:10:00+07:00", "article:modified_time": "2025-03-04T09:42:00+07:00"}))
    return page("s21-11", family="baotinh_press_cms_quick_poll_widget_inside_text",
                name="thaibinh-bao-press-cms-crumb-kinh-te-cong-nghiep-dang-dd-mm-yyyy-pipe-hh-mm-middot-sua-dd-mm-yyyy-pipe-hh-mm-div-sapo-quick-poll-widget-between-paragraphs-figcaptions-bold-right-name",
                url=url, art=A11, main_fn=main, pub=pub, prefix="tb", kb=230,
                org="Báo Thái Bình", addr="Số 1 đường Trần Thủ Độ, TP Thái Bình, tỉnh Thái Bình", phone="0227.3831.485",
                crumbs=crumbs, top=head_top("tb", "/images/logo-baothaibinh.png", "Báo Thái Bình", days=0, hours=8, fmt=hm),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều nhất", fmt=lambda d: hm(d) + " " + dmy(d), cls="tb-most", n=8)
                + '<div class="tb-thoitiet"><h3>Thời tiết Thái Bình</h3><p>22°C - 27°C, có mưa phùn · Cập nhật 05/03/2025 06:00</p></div>',
                shell_kw={"layout": "div", "items": MENU_NEWS, "head_extra": head, "title": A11.title + " - Báo Thái Bình điện tử"},
                exp=expected(A11, iso(pub), updated=iso(upd), author="Ngọc Mai", category="Công nghiệp"),
                traps={"poll": ["Bình chọn nhanh", POLL11, "Thủ tục hành chính thuận lợi", "1.248 lượt bình chọn"], "chrome": ["Tin liên quan", "Đọc nhiều nhất", "Thời tiết Thái Bình"],
                       "related": lambda rl: rl[:3]},
                notes="TWIST: between the third and fourth paragraphs, INSIDE the content block, the editor placed a quick-poll widget ('Bình chọn nhanh', a question, four radio options, a 'Bình chọn' button, '1.248 lượt bình chọn'). It is an interactive widget, not text of the article → not body; the text continues after it. Báo tỉnh press CMS: 'Đăng: 04/03/2025 | 07:10 · Sửa: 04/03/2025 | 09:42' → published T07:10, updated T09:42 (the same day). div sapo = lead. Two figcaptions. Bold right 'Ngọc Mai' → author. Crumb 'Trang chủ › Kinh tế › Công nghiệp' → 'Công nghiệp' (og section is the parent). Weather box 'Cập nhật 05/03/2025 06:00' is a decoy.",
                readme="TWIST quick-poll widget ('Bình chọn nhanh', question, options, count) between two paragraphs inside the content block → not body; Báo tỉnh press CMS, 'Đăng: dd/mm/yyyy | HH:MM · Sửa: dd/mm/yyyy | HH:MM', div sapo, figcaptions, crumb 'Kinh tế › Công nghiệp', bold right name")


# ===================================================================== 12 Ban Tuyên giáo Tỉnh ủy Kon Tum: Nuxt 3 over Strapi, labelled 'Tác giả' / 'Đơn vị' fields, 'Xuất bản dd/mm/yyyy lúc HH:MM', no pictures
A12 = Art("Phát huy vai trò người có uy tín trong đấu tranh phản bác thông tin sai trái ở vùng đồng bào dân tộc thiểu số",
          "Kon Tum hiện có 1.024 người có uy tín trong đồng bào dân tộc thiểu số. Đây là lực lượng gần dân, hiểu dân, có tiếng nói trọng lượng ở thôn, làng; nếu được bồi dưỡng, phát huy tốt sẽ trở thành “cánh tay nối dài” trong công tác bảo vệ nền tảng tư tưởng của Đảng ở cơ sở.",
          [("h", "Lực lượng nòng cốt ở thôn, làng"),
           ("p", "Những năm qua, các thế lực thù địch lợi dụng mạng xã hội để xuyên tạc chính sách dân tộc, tôn giáo, kích động đồng bào ở một số địa bàn vùng sâu. Trong bối cảnh đó, người có uy tín đã kịp thời giải thích để bà con hiểu đúng, không nghe theo kẻ xấu."),
           ("p", "Tại làng Kon Klor, xã Đăk Rơ Wa, già làng A Hmin đã đến từng nhà giải thích khi có đối tượng tung tin thất thiệt về việc thu hồi đất làm dự án. Nhờ đó, 100% hộ dân trong làng đồng thuận bàn giao mặt bằng."),
           ("h", "Những giải pháp trọng tâm"),
           ("p", "Để phát huy hơn nữa vai trò của lực lượng này, cần tập trung thực hiện đồng bộ một số giải pháp:"),
           ("ul", ["Định kỳ cung cấp thông tin, tài liệu tuyên truyền bằng tiếng dân tộc cho người có uy tín.",
                   "Hướng dẫn người có uy tín sử dụng điện thoại thông minh, nhận diện tin giả trên mạng xã hội.",
                   "Kịp thời biểu dương, khen thưởng những người có thành tích trong đấu tranh phản bác thông tin sai trái."]),
           ("p", "Thực tiễn cho thấy, nơi nào người có uy tín được quan tâm, phát huy đúng vai trò, nơi đó tình hình an ninh chính trị ổn định, khối đại đoàn kết toàn dân tộc được củng cố vững chắc.")])


def page12():
    pub = T("2025-03-12 08:00")

    def main(rng, rl, rd):
        dv = hexid(rng, 8)
        body = A12.render(p=lambda t: f"<p data-v-{dv}>{esc(t)}</p>", h=lambda t: f"<h3 data-v-{dv}>{esc(t)}</h3>",
                          ul=lambda items: f"<ul data-v-{dv}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        return (f'<article data-v-{dv} class="post"><a data-v-{dv} class="post-chip" href="/chuyen-muc/ly-luan-thuc-tien">Lý luận - Thực tiễn</a>'
                f'<h1 data-v-{dv} class="post-title">{esc(A12.title)}</h1>'
                f'<div data-v-{dv} class="post-info"><dl><dt>Tác giả:</dt><dd>Y Thị Hoa</dd><dt>Đơn vị:</dt><dd>Ban Tuyên giáo Huyện ủy Đăk Hà</dd></dl>'
                f'<span data-v-{dv} class="post-time">Xuất bản {dmy(pub)} lúc {hm(pub)}</span> <span class="post-read">6 phút đọc</span></div>'
                f'<p data-v-{dv} class="post-lead">{esc(A12.lead)}</p><div data-v-{dv} class="post-body">{body}</div>'
                f'<div data-v-{dv} class="post-tags"><a href="/tag/nguoi-co-uy-tin">#người có uy tín</a> <a href="/tag/bao-ve-nen-tang">#bảo vệ nền tảng</a></div></article>'
                f'<section data-v-{dv} class="post-more"><h2>Bài viết liên quan</h2>{rel(rng, rl[:4], rd, lambda d: dmy(d), href="/bai-viet/{s}", cls="post-more-list")}</section>')

    url = "https://btgtu.kontum.dcs.vn/bai-viet/phat-huy-vai-tro-nguoi-co-uy-tin-trong-dau-tranh-phan-bac-thong-tin-sai-trai"
    payload = dump({"data": {"article": {"id": 2871, "title": A12.title, "slug": "phat-huy-vai-tro-nguoi-co-uy-tin", "publishedAt": "2025-03-12T01:00:00.000Z",
                                         "updatedAt": "2025-03-13T03:41:27.118Z", "category": {"name": "Lý luận - Thực tiễn"}, "author": "Y Thị Hoa"}}, "state": {}})
    head = (og(A12.title, url, {"og:site_name": "Ban Tuyên giáo Tỉnh ủy Kon Tum", "og:description": A12.lead})
            + f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{payload}</script>')
    return page("s21-12", family="btg_nuxt3_strapi_labelled_tac_gia_don_vi_definition_list",
                name="kontum-btgtu-nuxt3-strapi-chip-ly-luan-thuc-tien-no-crumb-dl-tac-gia-don-vi-labelled-fields-xuat-ban-dd-mm-yyyy-luc-hh-mm-reading-time-p-lead-h3-subheads-bulleted-list-no-pictures-nuxt-data-updated-not-shown-hash-tags",
                url=url, art=A12, main_fn=main, pub=pub, prefix="ktb", kb=125,
                org="Ban Tuyên giáo Tỉnh ủy Kon Tum", addr="Số 198 đường Bà Triệu, TP Kon Tum, tỉnh Kon Tum", phone="0260.3862.427",
                top=head_top("ktb", "/_nuxt/img/logo-btg.svg", "Ban Tuyên giáo Tỉnh ủy Kon Tum", days=1, hours=6),
                side=lambda rng, pub: side_std(rng, pub, "Bài đọc nhiều", fmt=lambda d: dmy(d), cls="ktb-most")
                + '<div class="ktb-contest"><h3>Cuộc thi chính luận năm 2025</h3><p>Hạn nhận bài: 30/08/2025</p></div>',
                shell_kw={"layout": "nuxt", "head_extra": head, "title": A12.title + " | Ban Tuyên giáo Tỉnh ủy Kon Tum"},
                exp=expected(A12, iso(pub), author="Y Thị Hoa", unit="Ban Tuyên giáo Huyện ủy Đăk Hà", category="Lý luận - Thực tiễn"),
                traps={"labels": ["Tác giả:", "Đơn vị:", "6 phút đọc"], "tags": ["#người có uy tín"], "chrome": ["Bài viết liên quan", "Cuộc thi chính luận năm 2025"], "related": lambda rl: rl[:3]},
                notes="Nuxt 3 front over Strapi for a Ban Tuyên giáo Tỉnh ủy. Under the h1 a definition list with labelled fields 'Tác giả: Y Thị Hoa' and 'Đơn vị: Ban Tuyên giáo Huyện ủy Đăk Hà' → author + unit (a labelled 'Đơn vị:' field is a unit). 'Xuất bản 12/03/2025 lúc 08:00' → T08:00 (reading time '6 phút đọc' beside it). The __NUXT_DATA__ payload carries updatedAt 13/03 but the page shows no update stamp → updated null. No crumb; the chip above the h1 'Lý luận - Thực tiễn' is the only section. p.post-lead = lead. h3 sub-headings and the three <li> items are body paragraphs (the sentence introducing the list ends with ':'). No pictures → captions []. Hash-tag links after the article are tags.",
                readme="Nuxt 3 / Strapi Ban Tuyên giáo: chip as the only section, labelled <dl> fields 'Tác giả:' + 'Đơn vị:' → author + unit, 'Xuất bản dd/mm/yyyy lúc HH:MM' + reading time, updatedAt only in __NUXT_DATA__ (updated null), p lead, h3 sub-heads, bulleted list, no pictures")


# ===================================================================== 13 MTTQ tỉnh Sóc Trăng: Vietsoftware ASP.NET, headline cut off with '…' by the template (TWIST)
A13 = Art("Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng bàn giao 120 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer huyện Trần Đề và thị xã Vĩnh Châu",
          "Sáng 18/3, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng phối hợp với UBND huyện Trần Đề, thị xã Vĩnh Châu tổ chức lễ bàn giao 120 căn nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc Khmer.",
          [("p", "Mỗi căn nhà có diện tích từ 40 đến 50 m², kết cấu khung bê tông, mái tôn, tổng kinh phí hơn 7,2 tỷ đồng. Trong đó, Quỹ “Vì người nghèo” tỉnh hỗ trợ 50 triệu đồng/căn, phần còn lại do gia đình đối ứng và bà con, dòng họ, các chùa Khmer giúp ngày công."),
           ("img", "/Portals/0/Images/2025/03/ban-giao-nha-dai-doan-ket-tran-de.jpg", "Đại diện Ủy ban MTTQ tỉnh trao quyết định bàn giao nhà cho hộ bà Thạch Thị Sa Ry, ấp Lẫm Thiết, xã Lịch Hội Thượng"),
           ("p", "Bà Thạch Thị Sa Ry, ấp Lẫm Thiết, xã Lịch Hội Thượng xúc động chia sẻ: “Cả đời gia đình tôi chỉ mong có căn nhà chắc chắn để tránh mưa bão. Nay ước mơ đã thành hiện thực, tôi sẽ cố gắng làm ăn để không phụ tấm lòng của Mặt trận và bà con”."),
           ("p", "Phát biểu tại buổi lễ, đồng chí Lâm Văn Mẫn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị chính quyền địa phương tiếp tục hỗ trợ các hộ vay vốn, học nghề để sớm thoát nghèo bền vững."),
           ("p", "Năm 2025, Ủy ban MTTQ Việt Nam tỉnh phấn đấu vận động xây dựng, sửa chữa 1.500 căn nhà Đại đoàn kết, góp phần xóa nhà tạm, nhà dột nát trên địa bàn tỉnh trước ngày 31/10/2025.")])
CUT13 = "Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng bàn giao 120 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer huyện Trần Đề và…"


def page13():
    pub = T("2025-03-19 09:05")

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=lambda s, c, n: f'<div style="text-align:center"><img src="{s}" border="0" width="560" /><br /><span class="ImageCaption">{esc(c)}</span></div>')
        return (f'<table class="vs-detail" width="100%" cellpadding="0" cellspacing="0"><tr><td class="vs-detail-head">'
                f'<h1 class="vs-title"><span id="ctl00_ContentPlaceHolder1_lblTitle">{esc(CUT13)}</span></h1>'
                f'<div class="vs-date"><span id="ctl00_ContentPlaceHolder1_lblNgayDang">Ngày {dmy(pub)} {hm(pub)}</span> <a href="#" class="vs-print">In bài</a></div></td></tr>'
                f'<tr><td><span class="vs-sapo" style="font-weight:bold">{esc(A13.lead)}</span><div class="vs-noidung">{body}'
                f'<p style="text-align:right"><strong>Kim Thị Phương - Ủy ban MTTQ Việt Nam huyện Trần Đề</strong></p></div></td></tr></table>'
                f'<div class="vs-tinkhac"><h3>Các tin khác</h3>{rel(rng, rl[:6], rd, lambda d: "(" + dmy(d) + ")", href="/tin-tuc/hoat-dong-mat-tran/{s}-{n}.aspx", cls="vs-tinkhac-list")}</div>')

    crumbs = '<div class="vs-crumb"><a href="/">Trang chủ</a> &gt;&gt; <a href="/tin-tuc">Tin tức</a> &gt;&gt; <a href="/tin-tuc/hoat-dong-mat-tran">Hoạt động Mặt trận</a></div>'
    url = "https://mattran.soctrang.gov.vn/tin-tuc/hoat-dong-mat-tran/uy-ban-mttq-viet-nam-tinh-soc-trang-ban-giao-120-can-nha-dai-doan-ket-cho-ho-ngheo-dong-bao-khmer-8742.aspx"
    head = og(A13.title, url, {"og:site_name": "Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "og:description": A13.lead})
    return page("s21-13", family="mttq_vietsoftware_headline_cut_off_with_ellipsis",
                name="soctrang-mttq-vietsoftware-aspnet-table-detail-crumb-hoat-dong-mat-tran-h1-span-headline-truncated-ellipsis-full-title-in-title-og-ngay-dd-mm-yyyy-hh-mm-bold-span-sapo-imagecaption-bold-right-name-dash-mttq-huyen",
                url=url, art=A13, main_fn=main, pub=pub, prefix="vs", kb=160, title_visible=CUT13.rstrip("…"),
                org="Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", addr="Số 18 đường Hai Bà Trưng, phường 1, TP Sóc Trăng, tỉnh Sóc Trăng", phone="0299.3822.614",
                crumbs=crumbs, top=head_top("vs", "/Portals/0/banner-mttq.jpg", "Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", days=1, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="vs-new")
                + '<div class="vs-quy"><h3>Quỹ “Vì người nghèo” tỉnh</h3><p>Tổng số tiền vận động: 38,6 tỷ đồng · Số liệu đến ngày 15/03/2025</p></div>',
                shell_kw={"layout": "table", "form": True, "items": MENU_MASS, "head_extra": head, "title": A13.title},
                exp=expected(A13, iso(pub), author="Kim Thị Phương", unit="Ủy ban MTTQ Việt Nam huyện Trần Đề", category="Hoạt động Mặt trận"),
                traps={"bylines": ["Kim Thị Phương - Ủy ban MTTQ Việt Nam huyện Trần Đề"], "chrome": ["In bài", "Các tin khác", "Số liệu đến ngày 15/03/2025"], "related": lambda rl: rl[:4]},
                notes="TWIST: the template cuts the printed headline at a fixed length and adds an ellipsis: the h1 reads 'Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng bàn giao 120 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer huyện Trần Đề và…'. The full headline ('… huyện Trần Đề và thị xã Vĩnh Châu') is in <title> and og:title, and the printed part is exactly its beginning. The printed headline is the title, but here it is visibly incomplete; the fall-backs complete it without contradicting it → title = the full headline. A reader taking the h1 verbatim would record the cut text with '…'. Vietsoftware ASP.NET WebForms of a provincial MTTQ (table layout, ViewState): crumb 'Trang chủ >> Tin tức >> Hoạt động Mặt trận' → 'Hoạt động Mặt trận'. 'Ngày 19/03/2025 09:05'. Bold span sapo. Caption span after a <br>. Bold right 'Kim Thị Phương - Ủy ban MTTQ Việt Nam huyện Trần Đề' → author + unit. Fund box 'Số liệu đến ngày 15/03/2025' and deadline 31/10/2025 are decoys.",
                readme="TWIST headline cut off by the template with '…' in the h1; <title>/og:title carry the full headline → title = the full headline; Vietsoftware ASP.NET MTTQ, '>>' crumb, 'Ngày dd/mm/yyyy HH:MM', bold span sapo, span caption after <br>, 'Name - Ủy ban MTTQ … huyện'")


# ===================================================================== 14 Đảng ủy phường Đức Xuân (TP Bắc Kạn): Joomla 5 sub-site, date-only text + UTC <time> that agrees
A14 = Art("Đảng ủy phường Đức Xuân sơ kết 3 năm thực hiện Kết luận số 01-KL/TW",
          None,
          [("p", "Ngày 14/10, Đảng ủy phường Đức Xuân tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
           ("p", "Qua 3 năm, 11 chi bộ trực thuộc đã đăng ký 34 mô hình, việc làm cụ thể, tiêu biểu như “Tổ dân phố sáng, xanh, sạch, đẹp”, “Chi bộ giúp đảng viên nghèo”, “Camera an ninh khu dân cư”. Phong trào đã huy động người dân đóng góp hơn 420 triệu đồng và trên 1.500 ngày công lắp đặt 86 camera giám sát."),
           ("img", "/images/2024/10/so-ket-ket-luan-01-duc-xuan.jpg", "Đảng ủy phường Đức Xuân khen thưởng các tập thể, cá nhân tiêu biểu"),
           ("p", "Dịp này, Đảng ủy phường khen thưởng 4 tập thể, 9 cá nhân có thành tích tiêu biểu trong học tập và làm theo Bác giai đoạn 2021 - 2024.")])


def page14():
    pub = T("2024-10-15 09:15")

    def main(rng, rl, rd):
        body = A14.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<figure class="figure"><img src="{s}" alt="{esc(c, True)}" width="720" loading="lazy" /><figcaption class="figure-caption">{esc(c)}</figcaption></figure>')
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A14.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/tin-hoat-dong" itemprop="genre">Tin hoạt động</a></dd>'
                f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{utcz(pub).replace("Z", "+00:00")}" itemprop="datePublished">Đăng ngày {dmy(pub)}</time></dd></dl>'
                f'<div itemprop="articleBody" class="com-content-article__body">{body}<p style="text-align:right"><em><strong>Nông Văn Hùng - Đảng ủy phường Đức Xuân</strong></em></p></div>'
                f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev">Trước</a>'
                f'<a class="btn btn-sm btn-secondary next" href="#" rel="next">Tiếp theo</a></span></nav></div>'
                f'<div class="moduletable dx-samecat"><h3>Bài viết cùng danh mục</h3>{rel(rng, rl[:4], rd, lambda d: dmy(d), href="/tin-hoat-dong/{s}", cls="mod-articles-category")}</div>')

    crumbs = ('<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở đây: &#160;</li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-hoat-dong" class="pathway"><span>Tin hoạt động</span></a></li>'
              f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(A14.title)}</span></li></ol>')
    url = "https://ducxuan.backan.dcs.vn/tin-hoat-dong/dang-uy-phuong-duc-xuan-so-ket-3-nam-thuc-hien-ket-luan-so-01-kl-tw"
    head = og(A14.title, url, {"og:site_name": "Đảng ủy phường Đức Xuân"}) + '<meta name="generator" content="Joomla! - Open Source Content Management" />'
    return page("s21-14", family="ward_party_joomla5_cassiopeia_date_only_utc_time_agrees",
                name="backan-ducxuan-dang-uy-phuong-joomla5-cassiopeia-ban-dang-o-day-crumb-ends-title-danh-muc-tin-hoat-dong-dang-ngay-dd-mm-yyyy-time-datetime-utc-plus-00-agrees-no-lead-figure-caption-italic-bold-name-dash-dang-uy-phuong",
                url=url, art=A14, main_fn=main, pub=pub, prefix="dx", kb=98,
                org="Đảng ủy phường Đức Xuân", addr="Tổ 7, phường Đức Xuân, TP Bắc Kạn, tỉnh Bắc Kạn", phone="0209.3870.215",
                crumbs=crumbs, top=head_top("dx", "/images/banner-ducxuan.png", "Đảng ủy phường Đức Xuân", days=4, hours=1, style="hom_nay"),
                side=lambda rng, pub: side_std(rng, pub, "Bài viết mới", fmt=lambda d: dmy(d), cls="dx-new", n=5) + links_box(["Tỉnh ủy Bắc Kạn", "Thành ủy Bắc Kạn", "Báo Bắc Kạn"]),
                shell_kw={"layout": "joomla", "head_extra": head, "title": A14.title + " - Đảng ủy phường Đức Xuân"},
                exp=expected(A14, iso(pub), author="Nông Văn Hùng", unit="Đảng ủy phường Đức Xuân", category="Tin hoạt động"),
                traps={"bylines": ["Nông Văn Hùng - Đảng ủy phường Đức Xuân"], "chrome": ["Bạn đang ở đây:", "Tiếp theo", "Bài viết mới", "Bài viết cùng danh mục"], "related": lambda rl: rl[:3]},
                notes="Joomla 5 (Cassiopeia) sub-site of an Đảng ủy phường. 'Đăng ngày 15/10/2024' is printed as a date only, inside <time datetime='2024-10-15T02:15:00+00:00'>: the machine time agrees with the visible day and carries an explicit offset → published_at 2024-10-15T09:15:00+07:00. No update stamp. 'Bạn đang ở đây:' crumb ending in the title → the level before it, 'Tin hoạt động' (= 'Danh mục:'). No sapo → lead null. figure/figcaption. Italic bold right 'Nông Văn Hùng - Đảng ủy phường Đức Xuân' → author + unit. The meeting day (14/10) and the period 2021 - 2024 are decoys.",
                readme="Joomla 5 Cassiopeia Đảng ủy phường: 'Đăng ngày dd/mm/yyyy' date only in a <time> whose UTC datetime (+00:00) agrees → time taken, 'Bạn đang ở đây:' crumb ending in the title, no lead, figcaption, italic bold 'Name - Đảng ủy phường …'")


# ===================================================================== 15 Thành ủy Vĩnh Yên (Vĩnh Phúc): DNN + Ventrian News Articles, author row above the text
A15 = Art("Thành ủy Vĩnh Yên trao quyết định kết nạp 52 đảng viên là học sinh, sinh viên",
          "Chiều 24/11, Thành ủy Vĩnh Yên tổ chức lễ trao quyết định kết nạp đảng viên cho 52 học sinh các trường THPT và sinh viên các trường cao đẳng trên địa bàn. Đây là năm thứ ba liên tiếp thành phố kết nạp trên 50 đảng viên trong học sinh, sinh viên.",
          [("p", "Các đảng viên mới đều là học sinh, sinh viên có thành tích học tập xuất sắc, tích cực tham gia phong trào Đoàn, trong đó có 11 em đạt giải học sinh giỏi cấp tỉnh, 2 em đạt giải quốc gia. Trước khi kết nạp, các em đã tham gia lớp bồi dưỡng nhận thức về Đảng do Trung tâm Chính trị thành phố tổ chức."),
           ("img", "/Portals/12/News/2024/11/ket-nap-dang-vien-hoc-sinh.jpg", "Đồng chí Bí thư Thành ủy trao quyết định kết nạp đảng viên cho học sinh Trường THPT Chuyên Vĩnh Phúc"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Khước, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Vĩnh Yên chúc mừng các đảng viên trẻ, đề nghị các em không ngừng rèn luyện, học tập, giữ gìn tư cách người đảng viên, phát huy vai trò tiên phong trong nhà trường."),
           ("p", "Từ đầu nhiệm kỳ đến nay, Đảng bộ thành phố Vĩnh Yên đã kết nạp 1.126 đảng viên, đạt 112% chỉ tiêu nghị quyết; trong đó đảng viên là học sinh, sinh viên chiếm 14%.")])


def page15():
    pub = T("2024-11-25 08:40")

    def main(rng, rl, rd):
        body = A15.render(p=jp, img=lambda s, c, n: f'<div class="na-image"><img src="{s}" alt="" /></div><div class="na-image-caption" style="background:#eef3f8;padding:4px 8px;font-size:12px">{esc(c)}</div>')
        cats = '<a href="/tin-tuc/xay-dung-dang">Xây dựng Đảng</a>, <a href="/tin-tuc/to-chuc-can-bo">Tổ chức - Cán bộ</a>'
        return (f'<div class="DNNModuleContent ModDnnForgeNewsArticlesC"><div class="na-article"><h1 class="na-title">{esc(A15.title)}</h1>'
                f'<div class="na-author-row"><span class="na-label">Tác giả:</span> <span class="na-author">Hoàng Văn Tú (Ban Tổ chức Thành ủy)</span> '
                f'<span class="na-sep">|</span> <span class="na-date">{dmy(pub)} {hm(pub)}</span> <span class="na-sep">|</span> <span class="na-cats">Danh mục: {cats}</span></div>'
                f'<div class="na-summary"><p><strong>{esc(A15.lead)}</strong></p></div><div class="na-body">{body}</div>'
                f'<div class="na-rating">Đánh giá: <span class="stars">★★★★★</span> (4 phiếu)</div>'
                f'<div class="na-comments"><h3>Bình luận (0)</h3><p>Chưa có bình luận nào cho bài viết này.</p></div>'
                f'<div class="na-related"><h3>Bài viết liên quan</h3>{rel(rng, rl[:4], rd, lambda d: dmy(d), href="/tin-tuc/to-chuc-can-bo/ArticleId/{n}/{s}", cls="na-related-list")}</div></div></div>')

    crumbs = ('<div class="vy-crumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb"><a href="/" class="breadcrumbLink">Trang chủ</a> › '
              '<a href="/tin-tuc" class="breadcrumbLink">Tin tức</a> › <a href="/tin-tuc/to-chuc-can-bo" class="breadcrumbLink">Tổ chức - Cán bộ</a></span></div>')
    url = "https://thanhuyvinhyen.vinhphuc.dcs.vn/tin-tuc/to-chuc-can-bo/ArticleId/3619/thanh-uy-vinh-yen-trao-quyet-dinh-ket-nap-52-dang-vien-la-hoc-sinh-sinh-vien"
    head = og(A15.title, url, {"og:site_name": "Thành ủy Vĩnh Yên"})
    return page("s21-15", family="city_party_dnn_ventrian_news_articles_author_row_two_categories",
                name="vinhphuc-vinhyen-thanhuy-dnn-ventrian-news-articles-crumb-tin-tuc-to-chuc-can-bo-author-row-tac-gia-name-paren-ban-to-chuc-pipe-dd-mm-yyyy-hh-mm-pipe-danh-muc-two-categories-bold-summary-caption-box-rating-empty-comments",
                url=url, art=A15, main_fn=main, pub=pub, prefix="vy", kb=175,
                org="Thành ủy Vĩnh Yên", addr="Số 2 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên, tỉnh Vĩnh Phúc", phone="0211.3862.416",
                crumbs=crumbs, top=head_top("vy", "/Portals/12/banner-thanhuy.jpg", "Thành ủy Vĩnh Yên", days=1, hours=5),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới nhất", fmt=lambda d: dmy(d), cls="vy-new") + schedule(rng, pub + timedelta(days=1), "Lịch công tác tuần", "vy-lich"),
                shell_kw={"layout": "dnn", "form": True, "dnn": True, "head_extra": head, "title": A15.title + " > Thành ủy Vĩnh Yên"},
                exp=expected(A15, iso(pub), author="Hoàng Văn Tú", unit="Ban Tổ chức Thành ủy", category="Tổ chức - Cán bộ"),
                traps={"bylines": ["Hoàng Văn Tú (Ban Tổ chức Thành ủy)"], "chrome": ["Đánh giá:", "Bình luận (0)", "Chưa có bình luận nào cho bài viết này.", "Bài viết liên quan", "Lịch công tác tuần"],
                       "related": lambda rl: rl[:3]},
                notes="DNN + Ventrian News Articles of a Thành ủy. The author row ABOVE the text: 'Tác giả: Hoàng Văn Tú (Ban Tổ chức Thành ủy) | 25/11/2024 08:40 | Danh mục: Xây dựng Đảng, Tổ chức - Cán bộ' → author + unit, published T08:40. The article is filed in TWO categories (a comma list, no order of depth); the DNN crumb 'Trang chủ › Tin tức › Tổ chức - Cán bộ' says which one the page is under → 'Tổ chức - Cán bộ'. Bold summary = lead. Caption in a tinted box under the photo. Star rating, an empty comments section and 'Bài viết liên quan' close the article.",
                readme="DNN Ventrian News Articles Thành ủy: author row above the text 'Tác giả: Name (unit) | dd/mm/yyyy HH:MM | Danh mục: A, B' (two categories; the crumb picks 'Tổ chức - Cán bộ'), bold summary, tinted caption box, rating + empty comments")


# ===================================================================== 16 Đảng ủy xã Thanh Hà (Thanh Liêm, Hà Nam): Laravel sub-portal, caps page banner + crumb in it
A16 = Art("Đảng ủy xã Thanh Hà lãnh đạo hoàn thành chương trình xóa nhà tạm, nhà dột nát",
          "Đến ngày 20/01/2025, 17 hộ nghèo, cận nghèo trên địa bàn xã Thanh Hà đã được hỗ trợ xây mới, sửa chữa nhà ở, hoàn thành sớm chỉ tiêu xóa nhà tạm, nhà dột nát mà Đảng ủy xã đề ra.",
          [("p", "Thực hiện Kế hoạch của Huyện ủy Thanh Liêm, Đảng ủy xã đã ban hành nghị quyết chuyên đề, thành lập Ban Chỉ đạo do đồng chí Bí thư Đảng ủy làm trưởng ban; phân công từng đồng chí trong Ban Thường vụ phụ trách mỗi hộ, theo dõi tiến độ hằng tuần."),
           ("img", "/storage/anh-tin/2025/01/ban-giao-nha-thanh-ha.jpg", "Bàn giao nhà mới cho hộ ông Trần Văn Khởi, thôn Phú Gia"),
           ("p", "Tổng kinh phí thực hiện hơn 1,1 tỷ đồng, trong đó ngân sách hỗ trợ 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa; phần còn lại do Ủy ban MTTQ xã vận động và các hộ đối ứng. Các chi bộ thôn huy động đoàn viên, hội viên giúp hơn 400 ngày công."),
           ("p", "Hộ ông Trần Văn Khởi, thôn Phú Gia, một trong những hộ đầu tiên nhận nhà, bày tỏ: “Nếu không có Đảng ủy, chính quyền và bà con giúp đỡ, gia đình tôi không biết bao giờ mới có nhà kiên cố để ở”.")])


def page16():
    pub = T("2025-01-22 15:30")

    def main(rng, rl, rd):
        body = A16.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" class="img-fluid" /></p><p style="text-align:center"><i>{esc(c)}</i></p>')
        return (f'<div class="th-post"><h1 class="th-post-title">{esc(A16.title)}</h1><div class="th-post-date"><i class="far fa-clock"></i> {dmy(pub)} - {hm(pub)}</div>'
                f'<p class="th-post-desc" style="color:#666;font-style:italic">{esc(A16.lead)}</p><div class="th-post-content">{body}'
                f'<p style="text-align:right"><strong>Trần Thị Lan - Văn phòng Đảng ủy xã</strong></p></div>{share("th-share")}'
                f'<div class="th-post-other"><h3>Tin khác</h3>{rel(rng, rl[:5], rd, lambda d: dmy(d), href="/tin-tuc/hoat-dong-cua-dang-uy/{s}", cls="th-other-list")}</div></div>')

    crumbs = ('<div class="th-page-banner" style="background:url(/images/banner-trong-dong.jpg)"><h2 class="th-page-banner-title">HOẠT ĐỘNG CỦA ĐẢNG ỦY</h2>'
              '<ul class="th-banner-crumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/hoat-dong-cua-dang-uy">Hoạt động của Đảng ủy</a></li></ul></div>')
    url = "https://thanhha.thanhliem.hanam.dcs.vn/tin-tuc/hoat-dong-cua-dang-uy/dang-uy-xa-thanh-ha-lanh-dao-hoan-thanh-chuong-trinh-xoa-nha-tam-nha-dot-nat"
    head = og(A16.title, url, {"og:site_name": "Đảng ủy xã Thanh Hà", "og:description": A16.lead})
    return page("s21-16", family="commune_party_laravel_caps_page_banner_crumb_inside",
                name="hanam-thanhliem-thanhha-dang-uy-xa-laravel-subportal-page-banner-caps-section-title-crumb-inside-banner-hoat-dong-cua-dang-uy-clock-icon-dd-mm-yyyy-dash-hh-mm-grey-italic-desc-lead-italic-caption-bold-name-dash-van-phong-dang-uy-xa",
                url=url, art=A16, main_fn=main, pub=pub, prefix="th", kb=96,
                org="Đảng ủy xã Thanh Hà", addr="Xã Thanh Hà, huyện Thanh Liêm, tỉnh Hà Nam", phone="0226.3884.105",
                crumbs=crumbs, top=head_top("th", "/images/logo-dang-uy.png", "Đảng ủy xã Thanh Hà", days=1, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="th-new", n=5),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A16.title + " - Đảng ủy xã Thanh Hà"},
                exp=expected(A16, iso(pub), author="Trần Thị Lan", unit="Văn phòng Đảng ủy xã", category="Hoạt động của Đảng ủy"),
                traps={"bylines": ["Trần Thị Lan - Văn phòng Đảng ủy xã"], "banner": ["HOẠT ĐỘNG CỦA ĐẢNG ỦY"], "chrome": ["Tin khác"], "related": lambda rl: rl[:3]},
                notes="Laravel sub-portal of an Đảng ủy xã (one of the commune sites under a district portal). A page banner prints the section name in capitals, 'HOẠT ĐỘNG CỦA ĐẢNG ỦY' (typed caps in an h2), with the crumb 'Trang chủ / Tin tức / Hoạt động của Đảng ủy' inside the banner → category 'Hoạt động của Đảng ủy' as the crumb prints it (the banner is the same level in display capitals). Clock icon '22/01/2025 - 15:30'. Grey italic description = lead. Italic caption paragraph under the photo. Bold right 'Trần Thị Lan - Văn phòng Đảng ủy xã' → author + unit (kept as printed, without the commune name). 20/01/2025 in the lead is a decoy.",
                readme="Laravel commune sub-portal Đảng ủy xã: page banner with the section in typed caps and the crumb inside it (category as the crumb prints it), 'dd/mm/yyyy - HH:MM' with a clock icon, grey italic desc lead, italic caption paragraph, 'Name - Văn phòng Đảng ủy xã'")


# ===================================================================== 17 Cổng TTĐT tỉnh Kiên Giang: in-house .NET, printed seconds in both stamps, 'Tác giả' + 'Nguồn'
A17 = Art("Kiên Giang đón gần 1,3 triệu lượt khách dịp Tết và lễ hội đầu xuân",
          "Theo Sở Văn hóa và Thể thao, từ Tết Nguyên đán đến hết tháng 02/2025, toàn tỉnh đón gần 1,3 triệu lượt khách, tăng 14% so với cùng kỳ, trong đó khách quốc tế khoảng 215.000 lượt; tổng thu từ du lịch ước đạt 4.860 tỷ đồng.",
          [("p", "Phú Quốc tiếp tục là điểm đến thu hút đông khách nhất với hơn 820.000 lượt, nhiều đường bay quốc tế từ Hàn Quốc, Đài Loan (Trung Quốc), Ấn Độ được khai thác trở lại. Các khu du lịch Hà Tiên, Kiên Lương, quần đảo Nam Du cũng đón lượng khách tăng mạnh trong dịp nghỉ Tết."),
           ("img", "/Uploads/2025/02/du-khach-phu-quoc.jpg", "Du khách tham quan Grand World Phú Quốc dịp đầu xuân"),
           ("img", "/Uploads/2025/02/le-hoi-nghinh-ong.jpg", "Lễ hội Nghinh Ông Nam Hải ở Hà Tiên thu hút hàng nghìn người dân và du khách"),
           ("p", "Các lễ hội truyền thống như Nghinh Ông Nam Hải, Lễ hội Kỳ Yên đình Vĩnh Hòa Hưng, Lễ cúng Vía Bà Chúa Xứ được tổ chức trang trọng, an toàn, vừa giữ gìn bản sắc văn hóa vừa tạo sản phẩm du lịch hấp dẫn."),
           ("p", "Ngành văn hóa, thể thao đề nghị các địa phương tăng cường kiểm tra giá dịch vụ lưu trú, ăn uống, vận chuyển; xử lý nghiêm tình trạng chèo kéo, ép giá du khách.")])


def page17():
    pub, upd = T("2025-02-26 17:00:12"), T("2025-02-27 08:14:03")

    def main(rng, rl, rd):
        body = A17.render(p=jp, img=fig)
        return (f'<div class="kg-news-detail"><h1 class="kg-title">{esc(A17.title)}</h1>'
                f'<div class="kg-stamps">Ngày đăng: {dmy(pub)} {pub.strftime("%H:%M:%S")} &nbsp;|&nbsp; Cập nhật: {dmy(upd)} {upd.strftime("%H:%M:%S")}</div>'
                f'<div class="kg-chapeau"><strong>{esc(A17.lead)}</strong></div><div class="kg-body">{body}</div>'
                f'<div class="kg-credit"><div>Tác giả: <b>Thanh Tâm</b></div><div class="nguon">Nguồn: Sở Văn hóa và Thể thao</div></div>'
                f'<div class="kg-gopy"><h3>Gửi góp ý</h3><input placeholder="Họ và tên" /><input placeholder="Email" /><textarea placeholder="Nội dung góp ý"></textarea><button type="button">Gửi</button></div>'
                f'<div class="kg-others"><h3>Các tin khác</h3>{rel(rng, rl[:6], rd, lambda d: dmy(d), href="/tin-tuc/van-hoa-xa-hoi/{s}-{n}.html", cls="kg-others-list")}</div></div>')

    crumbs = '<div class="kg-crumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> &gt; <a href="/tin-tuc-su-kien/van-hoa-xa-hoi">Văn hóa - Xã hội</a></div>'
    url = "https://kiengiang.gov.vn/tin-tuc-su-kien/van-hoa-xa-hoi/kien-giang-don-gan-1-3-trieu-luot-khach-dip-tet-va-le-hoi-dau-xuan-51287.html"
    head = og(A17.title, url, {"og:site_name": "Cổng thông tin điện tử tỉnh Kiên Giang", "og:description": A17.lead})
    return page("s21-17", family="province_portal_inhouse_net_printed_seconds_tac_gia_and_nguon",
                name="kiengiang-congttdt-inhouse-dotnet-crumb-tin-tuc-su-kien-van-hoa-xa-hoi-ngay-dang-dd-mm-yyyy-hh-mm-ss-pipe-cap-nhat-hh-mm-ss-strong-chapeau-two-consecutive-figcaptions-tac-gia-name-nguon-so-source-gui-gop-y-form",
                url=url, art=A17, main_fn=main, pub=pub, prefix="kg", kb=200,
                org="Cổng thông tin điện tử tỉnh Kiên Giang", addr="Số 06 đường Nguyễn Công Trứ, phường Vĩnh Thanh, TP Rạch Giá, tỉnh Kiên Giang", phone="0297.3862.129",
                crumbs=crumbs, top=head_top("kg", "/Content/images/banner-cong.png", "Cổng thông tin điện tử tỉnh Kiên Giang", days=1, hours=3),
                side=lambda rng, pub: side_std(rng, pub, "Tin nổi bật", fmt=lambda d: dmy(d), cls="kg-hot")
                + '<div class="kg-dvc"><h3>Dịch vụ công trực tuyến</h3><p>Hồ sơ tiếp nhận: 12.418 · Đã giải quyết: 11.972 · Cập nhật 27/02/2025</p></div>'
                + vb_box(["Quyết định số 512/QĐ-UBND về kế hoạch phát triển du lịch năm 2025", "Chỉ thị số 02/CT-UBND về quản lý lễ hội"]),
                shell_kw={"layout": "div", "items": MENU_GOV, "head_extra": head, "title": A17.title},
                exp=expected(A17, iso(pub), updated=iso(upd), author="Thanh Tâm", category="Văn hóa - Xã hội"),
                traps={"sources": ["Nguồn: Sở Văn hóa và Thể thao"], "bylines": ["Tác giả:"], "chrome": ["Gửi góp ý", "Các tin khác", "Dịch vụ công trực tuyến"], "related": lambda rl: rl[:4]},
                notes="In-house .NET Cổng TTĐT tỉnh. Both stamps are printed WITH seconds: 'Ngày đăng: 26/02/2025 17:00:12 | Cập nhật: 27/02/2025 08:14:03' → published T17:00:12, updated T08:14:03 (printed seconds are kept). Strong chapeau = lead. Two consecutive figures, each with its figcaption → two captions. Credit block after the text: 'Tác giả: Thanh Tâm' → author; the element div.nguon 'Nguồn: Sở Văn hóa và Thể thao' is the source, not the writer's unit → author_unit null. Crumb 'Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội' → 'Văn hóa - Xã hội'. A feedback form and 'Các tin khác' close the article; the public-service statistics box 'Cập nhật 27/02/2025' is a decoy.",
                readme="In-house .NET Cổng TTĐT: 'Ngày đăng: dd/mm/yyyy HH:MM:SS | Cập nhật: dd/mm/yyyy HH:MM:SS' (seconds kept), strong chapeau, two consecutive figcaptions, 'Tác giả: Name' + div.nguon 'Nguồn: Sở …' (unit null), feedback form")


# ===================================================================== 18 Tỉnh đoàn Tiền Giang: WordPress Flatsome, entry meta 'Đăng vào <date> bởi <account>', Yoast four-level crumb
A18 = Art("Tuổi trẻ Cái Bè ra quân Tháng Thanh niên năm 2025 với 35 công trình",
          None,
          [("p", "Sáng 25/3, Ban Thường vụ Huyện đoàn Cái Bè tổ chức lễ ra quân Tháng Thanh niên năm 2025 và khánh thành công trình “Tuyến đường thanh niên thắp sáng” tại ấp Hậu Phú 2, xã Hậu Mỹ Bắc A. Tham dự có hơn 300 đoàn viên, thanh niên và lực lượng vũ trang huyện."),
           ("img", "/wp-content/uploads/2025/03/ra-quan-thang-thanh-nien-cai-be.jpg", "Đoàn viên thanh niên huyện Cái Bè ra quân vệ sinh môi trường tại xã Hậu Mỹ Bắc A"),
           ("p", "Trong Tháng Thanh niên, Huyện đoàn phấn đấu thực hiện 35 công trình, phần việc thanh niên với tổng trị giá hơn 800 triệu đồng; trồng 5.000 cây xanh, xây dựng 2 căn nhà nhân ái, tổ chức ngày hội hiến máu tình nguyện và tư vấn hướng nghiệp cho 1.500 học sinh lớp 12."),
           ("p", "Dịp này, Huyện đoàn trao 20 suất học bổng cho học sinh có hoàn cảnh khó khăn, tặng 10 xe đạp cho học sinh vượt khó học giỏi ở các xã vùng lũ phía bắc huyện.")])


def page18():
    pub = T("2025-03-26 08:45")

    def main(rng, rl, rd):
        body = A18.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<div id="attachment_{rng.randint(1000, 9999)}" class="wp-caption aligncenter" style="width:810px"><img decoding="async" src="{s}" alt="" width="800" height="533" /><p class="wp-caption-text">{esc(c)}</p></div>')
        return (f'<article id="post-12873" class="post-12873 post type-post status-publish format-standard has-post-thumbnail category-tinh-nguyen"><div class="article-inner">'
                f'<header class="entry-header"><div class="entry-header-text entry-header-text-top text-left">'
                f'<h6 class="entry-category is-xsmall"><a href="/tin-tuc/phong-trao-doan/tinh-nguyen/" rel="category tag">Tình nguyện</a></h6>'
                f'<h1 class="entry-title">{esc(A18.title)}</h1><div class="entry-divider is-divider small"></div>'
                f'<div class="entry-meta uppercase is-xsmall"><span class="posted-on">Đăng vào <a href="#" rel="bookmark"><time class="entry-date published updated" datetime="2025-03-26T08:45:00+07:00">{dmy(pub)}</time></a></span> '
                f'<span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="/author/tinhdoantg/">tinhdoantg</a></span></span></div></div></header>'
                f'<div class="entry-content single-page">{body}<p style="text-align:right"><strong><em>Ngọc Trâm - Huyện đoàn Cái Bè</em></strong></p></div>'
                f'<div class="entry-meta uppercase is-xsmall"><span class="cat-links">Chuyên mục <a href="/tin-tuc/phong-trao-doan/tinh-nguyen/" rel="category tag">Tình nguyện</a></span></div>'
                f'<div class="blog-share text-center">{share("share-icons")}</div>'
                f'<nav role="navigation" id="nav-below" class="navigation-post"><a href="#" rel="prev">← Bài trước</a> <a href="#" rel="next">Bài tiếp →</a></nav></div></article>'
                f'<div class="related-posts"><h3>Bài viết liên quan</h3>{rel(rng, rl[:4], rd, lambda d: dmy(d), href="/{s}/", cls="related-posts-list")}</div>')

    crumbs = ('<nav class="yoast-breadcrumb breadcrumbs uppercase"><span><span><a href="/">Trang chủ</a></span> » <span><a href="/tin-tuc/">Tin tức</a></span> » '
              '<span><a href="/tin-tuc/phong-trao-doan/">Phong trào Đoàn</a></span> » <span><a href="/tin-tuc/phong-trao-doan/tinh-nguyen/">Tình nguyện</a></span></span></nav>')
    url = "https://tinhdoantiengiang.vn/tuoi-tre-cai-be-ra-quan-thang-thanh-nien-nam-2025-voi-35-cong-trinh/"
    head = (og(A18.title, url, {"og:site_name": "Tỉnh đoàn Tiền Giang", "article:published_time": "2025-03-26T01:45:00+00:00", "article:modified_time": "2025-03-27T02:10:44+00:00"})
            + '<meta name="generator" content="WordPress 6.7.2" />')
    return page("s21-18", family="youth_union_wp_flatsome_dang_vao_boi_account_date_only_time_agrees",
                name="tiengiang-tinhdoan-wordpress-flatsome-yoast-four-level-crumb-tinh-nguyen-h6-entry-category-dang-vao-dd-mm-yyyy-boi-account-time-datetime-agrees-og-modified-not-shown-no-lead-wp-caption-p-bold-italic-name-dash-huyen-doan",
                url=url, art=A18, main_fn=main, pub=pub, prefix="tdtg", kb=135,
                org="Tỉnh đoàn Tiền Giang", addr="Số 18 đường Đinh Bộ Lĩnh, phường 2, TP Mỹ Tho, tỉnh Tiền Giang", phone="0273.3872.419",
                crumbs=crumbs, top=head_top("tdtg", "/wp-content/uploads/logo-tinh-doan.png", "Tỉnh đoàn Tiền Giang", days=2, hours=4),
                side=lambda rng, pub: side_std(rng, pub, "Bài viết mới", fmt=lambda d: dmy(d), cls="tdtg-new")
                + '<div class="tdtg-countdown"><h3>Kỷ niệm 94 năm Ngày thành lập Đoàn</h3><p>26/3/1931 - 26/3/2025</p></div>',
                shell_kw={"layout": "wp", "items": MENU_MASS, "head_extra": head, "title": A18.title + " – Tỉnh đoàn Tiền Giang"},
                exp=expected(A18, iso(pub), author="Ngọc Trâm", unit="Huyện đoàn Cái Bè", category="Tình nguyện"),
                traps={"accounts": ["tinhdoantg"], "bylines": ["Ngọc Trâm - Huyện đoàn Cái Bè"], "chrome": ["Bài viết liên quan", "← Bài trước", "Kỷ niệm 94 năm Ngày thành lập Đoàn"], "related": lambda rl: rl[:3]},
                notes="WordPress Flatsome of a Tỉnh đoàn. Entry meta 'Đăng vào 26/03/2025 bởi tinhdoantg' (the theme's uppercase is CSS): the date is printed without a time inside <time datetime='2025-03-26T08:45:00+07:00'>, which agrees and carries an offset → T08:45; 'tinhdoantg' is the WP account → not an author. og article:modified_time (27/03) is not shown → updated null. Yoast crumb of four levels 'Trang chủ » Tin tức » Phong trào Đoàn » Tình nguyện' → 'Tình nguyện' (= the h6 entry-category and the 'Chuyên mục' link). No sapo → lead null. wp-caption paragraph. Bold italic right 'Ngọc Trâm - Huyện đoàn Cái Bè' → author + unit. The anniversary box (26/3/1931 - 26/3/2025) and the day of the event (25/3) are decoys.",
                readme="WordPress Flatsome Tỉnh đoàn: 'Đăng vào dd/mm/yyyy bởi <account>' with an agreeing <time> (time taken, account not author), og modified not shown (updated null), four-level Yoast crumb = h6 entry-category, no lead, wp-caption-text, bold italic 'Name - Huyện đoàn …'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
