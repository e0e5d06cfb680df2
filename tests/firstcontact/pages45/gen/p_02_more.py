"""Set 45 pages 10-18: WHERE THE TEXT BEGINS AND ENDS, continued — WordPress + MoreNews, Joomla 3.10 + Purity III,
Drupal 8.9 + the contributed Bootstrap 3 theme, a vendor's ASP.NET MVC 5 CMS, a provincial press CMS's long-read view,
Joomla 5.2 + Purity IV, and three stacks no set had used (SPIP 4, Dotclear 2, CMS Made Simple 2).
Two pages of this module carry a twist (page 10: a byline's asterisk keyed to a CONTEST note, not to a unit; page 14:
an editors' preface 'LTS:' typed as the first paragraph of the text block, before the sapo)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, heads14, past
from .kit import og, jsonld
from .base import page, vb_box, mostread, WRITERS34
from .p_01_pages import (jp, bold, banner, side_of, fig, tcap, pem, expected_, lst, crumbs_of, audio, tools, sharebar, tags,
                         comments_box, copyright_line, pg, MENU_PARTY, MENU_MASS)


# ===================================================================== 10 Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên: WordPress + MoreNews; TWIST a byline's asterisk keyed to a contest note
A10 = Art("Người “giữ lửa” phong trào dân vận khéo ở thôn Đông Xá",
          "Hơn 15 năm làm Bí thư Chi bộ thôn Đông Xá, ông Vũ Văn Khiêm đã cùng cấp ủy vận động Nhân dân hiến gần 6.000 m² đất làm đường, xây dựng thôn trở thành khu dân cư kiểu mẫu đầu tiên của xã.",
          [("p", "Năm 2012, khi ông Khiêm nhận nhiệm vụ Bí thư Chi bộ, đường làng Đông Xá mới chỉ rộng chưa đầy 3 m, mùa mưa lầy lội. Ông bàn với chi ủy: muốn dân theo thì đảng viên phải làm trước."),
           ("p", "Gia đình ông là hộ đầu tiên hiến 120 m² đất vườn, tháo dỡ tường rào. Sau đó, 47 đảng viên của chi bộ đều đăng ký hiến đất; chỉ trong 6 tháng, 212 hộ dân đã tự nguyện hiến đất, góp công làm 2,4 km đường bê tông."),
           ("img", "https://tgdv.hungyen.example/wp-content/uploads/2027/12/ong-vu-van-khiem.jpg", "Ông Vũ Văn Khiêm (bên phải) trao đổi với người dân về việc chỉnh trang tuyến đường thôn"),
           ("p", "Không chỉ vận động làm đường, ông còn đề xuất chi bộ ban hành quy ước “ba không” trong việc cưới, việc tang: không kéo dài, không mời quá đông, không đốt vàng mã ngoài đường. Đến nay, 100% đám cưới, đám tang trong thôn thực hiện đúng quy ước."),
           ("p", "Đồng chí Nguyễn Thị Hòa, Bí thư Đảng ủy xã, nhận xét: “Cách làm của ông Khiêm rất gần dân, nói ít làm nhiều, việc gì khó ông đều đến từng nhà giải thích, nên dân tin, dân theo”."),
           ("p", "Năm 2027, Chi bộ thôn Đông Xá được Ban Thường vụ Tỉnh ủy tặng Bằng khen vì có thành tích tiêu biểu trong thực hiện phong trào thi đua “Dân vận khéo”.")])


def page10():
    pub = T("2027-12-09 08:50")
    site = "https://tuyengiaodanvan.hungyen.vn"
    url = f"{site}/nguoi-giu-lua-phong-trao-dan-van-kheo-o-thon-dong-xa/"
    note = "(*) Bài viết tham dự Cuộc thi viết “Gương sáng dân vận khéo” năm 2027 do Ban Tuyên giáo và Dân vận Tỉnh ủy phát động."

    def main(rng, rl, rd):
        body = A10.render(p=jp, img=lambda s, c, n: f'<figure class="wp-block-image size-large"><img src="{s}" alt="" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>', sep="\n")
        return (f'<article class="af-single-article post type-post"><div class="entry-content-wrap"><header class="entry-header"><div class="figure-categories"><ul class="cat-links"><li class="meta-category"><a class="morenews-categories category-color-1" href="{site}/chuyen-muc/dan-van-kheo/">Dân vận khéo</a></li></ul></div>'
                f'<h1 class="entry-title">{esc(A10.title)}</h1><div class="aft-post-excerpt-and-meta"><div class="entry-meta"><span class="author-links"><span class="item-metadata posts-author byline"><a href="{site}/author/bbt/">Ban Biên tập</a></span>'
                f'<span class="item-metadata posts-date"><i class="far fa-clock"></i> {dmy(pub)}</span></span> <span class="min-read">4 phút đọc</span></div></div></header>'
                f'<div class="entry-content"><p><em>{esc(A10.lead)}</em></p>{body}'
                f'<p style="text-align:right"><strong>Trần Văn Hải</strong> (*)</p><p><em>{esc(note)}</em></p></div>'
                f'<div class="post-item-metadata entry-meta"><span class="tags-links">Từ khóa: <a href="{site}/tag/dan-van-kheo/">dân vận khéo</a> <a href="{site}/tag/cuoc-thi/">cuộc thi</a></span></div>'
                + sharebar("aft-social-share") +
                f'<div class="morenews-author-box"><div class="author-avatar"><img src="{site}/wp-content/uploads/avatar-bbt.png" alt="" /></div><div class="author-info"><h4 class="author-name"><a href="{site}/author/bbt/">Ban Biên tập</a></h4>'
                f'<p class="author-bio">Tài khoản đăng tin của Ban Biên tập Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên.</p></div></div>'
                f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="{site}/p1/"><span class="em-post-navigation">Bài trước</span> {esc(rl[0])}</a></div><div class="nav-next"><a href="{site}/p2/"><span class="em-post-navigation">Bài sau</span> {esc(rl[1])}</a></div></div></nav>'
                + lst(site, "/", list(zip(rl[2:6], rd)), dmy, cls="promotionspace morenews-related", head="Bài viết liên quan", ext="/", start=10) + "</article>")

    head = og(A10.title, url, {"og:description": A10.lead, "article:published_time": pub.isoformat()}) + '<meta name="generator" content="WordPress 6.8.3" />'
    side = lambda rng, p: mostread(rng, p, lambda d: dmy(d), "Bài viết mới", "widget morenews_posts_lists", 6, writers=WRITERS34)
    return pg("s45-10", family="propaganda_mass_mobilisation_board_wp_morenews_byline_asterisk_keyed_to_contest_note",
              name="hungyen-bantgdv-tinhuy-wordpress-morenews-category-pill-over-h1-account-ban-bien-tap-dd-mm-yyyy-min-read-italic-first-paragraph-block-figcaption-bold-signature-asterisk-contest-note-after-signature-tags-author-box-bio-post-nav-related",
              url=url, art=A10, main_fn=main, pub=pub, prefix="tgdvhy", kb=162,
              org="Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên", addr="Phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.215",
              crumbs=crumbs_of(site, ["Dân vận khéo"], "af-breadcrumbs trail-items"), top=banner(f"{site}/wp-content/uploads/logo-tgdv.png", "Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên"),
              side=side, shell_kw={"layout": "morenews", "head_extra": head, "items": MENU_PARTY, "left": "Thứ Sáu, 10/12/2027"},
              exp=expected_(A10, isod(pub), author="Trần Văn Hải", category="Dân vận khéo"),
              traps={"contest_note": [note, "(*)"], "account": ["Ban Biên tập"], "author_box": ["Tài khoản đăng tin của Ban Biên tập"],
                     "after_text": ["Từ khóa:", "Bài viết liên quan", "4 phút đọc"], "prev_next": lambda rl: rl[:2], "related": lambda rl: rl[2:6]},
              notes="TWIST (a byline's asterisk keyed to a CONTEST note). WordPress + MoreNews (AF themes), Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên, a portrait of a cell secretary. WHERE THE TEXT ENDS: after the last paragraph, the bold right signature 'Trần Văn Hải' followed by an asterisk '(*)', and under it an italic note of the same mark: '(*) Bài viết tham dự Cuộc thi viết “Gương sáng dân vận khéo” năm 2027 do Ban Tuyên giáo và Dân vận Tỉnh ủy phát động.' → author 'Trần Văn Hải', author_unit NULL; the note is an editors' note (sets 24 and 29: a contest's note printed on every entry), not body. Set 41's rule reads a note keyed to the byline as the writer's unit ('ThS. Name (*)' … '(*) Phòng …, Ban …'); here the note keyed to the byline is NOT a unit: it names a CONTEST and its organiser. A reader applying set 41 mechanically stores author_unit 'Bài viết tham dự Cuộc thi viết …' or, taking the organiser, 'Ban Tuyên giáo và Dân vận Tỉnh ủy' — a unit the writer (a reader taking part in the contest) does not belong to. The stamp: MoreNews's posts-date prints only '09/12/2027' (no <time datetime>; the time exists only in article:published_time) → published '2027-12-09' (set 25 MAJORITY). The theme's author 'Ban Biên tập' and its author box ('Tài khoản đăng tin …') are the site's account (sets 27 and 34). The italic first paragraph of the content is the lead (no sapo field). One block figcaption. Category 'Dân vận khéo' (the category pill over the h1 and the crumb). NEW (set 45).",
              readme="TWIST — WordPress + MoreNews, a portrait: the signature 'Trần Văn Hải (*)' and an italic '(*) Bài viết tham dự Cuộc thi viết … do Ban Tuyên giáo và Dân vận Tỉnh ủy phát động.' under it — an asterisk keyed to the byline that names a CONTEST, not the writer's unit (unit null, note not body); date-only 'dd/mm/yyyy' (time only in og); the account 'Ban Biên tập' and its author box")


# ===================================================================== 11 Ủy ban MTTQ tỉnh Tây Ninh: Joomla 3.10 + Purity III; an info block and a tool row over the text, 'Nguồn:' and pagenav after it
A11 = Art("Xã Mỹ Quý Tây trao 25 căn nhà Đại đoàn kết trước Tết",
          "Ngày 11/12, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Mỹ Quý Tây tổ chức bàn giao 25 căn nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở.",
          [("p", "Mỗi căn nhà có diện tích từ 40 đến 50 m², tổng kinh phí gần 2 tỷ đồng, trong đó Quỹ “Vì người nghèo” tỉnh hỗ trợ 60 triệu đồng mỗi căn, phần còn lại do gia đình, dòng họ và các nhà hảo tâm đóng góp."),
           ("p", "Bà Lê Thị Út, ấp Mỹ Thạnh, xúc động: “Cả đời tôi sống trong căn chòi lá dột nát, giờ có căn nhà kiên cố đón Tết, tôi không biết nói gì hơn ngoài lời cảm ơn”."),
           ("img", "/images/2027/12/trao-nha-dai-doan-ket-my-quy-tay.jpg", "Lãnh đạo xã Mỹ Quý Tây trao quyết định bàn giao nhà cho bà Lê Thị Út"),
           ("p", "Năm 2027, Mặt trận các cấp trong tỉnh đã vận động xây mới, sửa chữa 1.146 căn nhà Đại đoàn kết, vượt 15% kế hoạch; phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trên địa bàn tỉnh trước ngày 30/6/2028."),
           ("p", "Dịp này, Ủy ban Mặt trận Tổ quốc xã cũng trao 150 phần quà Tết cho hộ nghèo, mỗi phần trị giá 500.000 đồng.")])


def page11():
    pub = T("2027-12-12 15:22")
    upd = T("2027-12-13 07:58")
    site = "https://mattran.tayninh.gov.vn"
    url = f"{site}/index.php/tin-tuc/an-sinh-xa-hoi/2214-xa-my-quy-tay-trao-25-can-nha-dai-doan-ket-truoc-tet"

    def main(rng, rl, rd):
        body = A11.render(p=jp, img=pem, sep="\n")
        return (f'<div class="item-page clearfix"><article class="article" itemscope itemtype="https://schema.org/Article"><header class="article-header clearfix"><h1 class="article-title" itemprop="headline">{esc(A11.title)}</h1></header>'
                f'<aside class="article-aside clearfix"><dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby hasTooltip" title="Viết bởi "><i class="fa fa-user"></i> <span itemprop="author">mttq_tayninh</span></dd>'
                f'<dd class="category-name"><i class="fa fa-folder-open"></i> <a href="{site}/index.php/tin-tuc/an-sinh-xa-hoi">An sinh xã hội</a></dd>'
                f'<dd class="published"><i class="fa fa-calendar"></i> <time datetime="2027-12-12T15:22:00+07:00">Ngày đăng: {dmy(pub)} {hm(pub)}</time></dd>'
                f'<dd class="modified"><i class="fa fa-calendar"></i> <time datetime="2027-12-13T07:58:00+07:00">Cập nhật: {dmy(upd)} {hm(upd)}</time></dd>'
                f'<dd class="hits"><i class="fa fa-eye"></i> Lượt xem: 642</dd></dl>'
                f'<div class="btn-group pull-right"><ul class="dropdown-menu"><li class="print-icon"><a href="#">In</a></li><li class="email-icon"><a href="#">E-mail</a></li></ul></div></aside>'
                + tools("article-fontsize") +
                f'<section class="article-content clearfix" itemprop="articleBody"><p><strong>{esc(A11.lead)}</strong></p>{body}'
                f'<p style="text-align:right"><strong>Phạm Thanh Tùng</strong></p><p style="text-align:right">Nguồn: Ban Thường trực Ủy ban MTTQ Việt Nam xã Mỹ Quý Tây</p></section>'
                f'<div class="tags"><span class="label label-info"><a href="{site}/index.php/tags/nha-dai-doan-ket">nhà Đại đoàn kết</a></span></div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li><li class="next"><a href="#" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li></ul>'
                f'</article></div>' + lst(site, "/index.php/tin-tuc/an-sinh-xa-hoi/", list(zip(rl[:5], rd)), dmy, cls="relateditems", head="Tin liên quan", ext="", start=2190))

    head = og(A11.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" />'
    return pg("s45-11", family="fatherland_front_joomla310_purity3_info_block_and_font_tools_over_text_nguon_and_pagenav_after",
              name="tayninh-ubmttq-joomla310-purity3-h1-article-info-chi-tiet-viet-boi-account-category-ngay-dang-cap-nhat-time-datetime-hits-print-email-font-size-row-bold-first-paragraph-p-em-caption-signature-nguon-ban-thuong-truc-xa-tags-pagenav-tin-lien-quan",
              url=url, art=A11, main_fn=main, pub=pub, prefix="mttn", kb=184,
              org="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh", addr="Phường Long An, tỉnh Tây Ninh", phone="0272.3822.406",
              crumbs=crumbs_of(site + "/index.php", ["Tin tức", "An sinh xã hội"], "breadcrumb"), top=banner("/templates/purity_iii/images/logo.png", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh"),
              side=side_of(lambda d: dmy(d), "Tin mới", "t3-new", docs=False),
              shell_kw={"layout": "purity3", "head_extra": head, "items": MENU_MASS, "left": "Thứ Hai, 13/12/2027"},
              exp=expected_(A11, iso(pub), iso(upd), author="Phạm Thanh Tùng", category="An sinh xã hội"),
              traps={"account": ["mttq_tayninh"], "info_block": ["Chi tiết", "Lượt xem: 642"], "tools": ["Cỡ chữ:"], "source": ["Nguồn: Ban Thường trực Ủy ban MTTQ Việt Nam xã Mỹ Quý Tây"],
                     "after_text": ["Tin liên quan"], "related": lambda rl: rl[:5]},
              notes="Joomla 3.10 + JoomlArt's Purity III (T3), Ủy ban MTTQ tỉnh Tây Ninh. WHERE THE TEXT BEGINS: the h1, Purity III's article-aside info block 'Chi tiết' ('Viết bởi' mttq_tayninh — an account, set 27 —, the category, 'Ngày đăng: 12/12/2027 15:22', 'Cập nhật: 13/12/2027 07:58', hits) → published 2027-12-12T15:22, updated 2027-12-13T07:58; the print / e-mail dropdown and a vendor's font-size row ('Cỡ chữ: A- A A+', 'In bài', 'Gửi email'); then articleBody opens with the bold first paragraph (the lead). WHERE IT ENDS: inside articleBody, after the last paragraph, the bold right signature 'Phạm Thanh Tùng' and a right 'Nguồn: Ban Thường trực Ủy ban MTTQ Việt Nam xã Mỹ Quý Tây' (a source line, set 13: no unit, not body) — then tags, the pager 'Trước / Tiếp' and 'Tin liên quan'. One centred <em> caption. Category 'An sinh xã hội'.",
              readme="Joomla 3.10 + Purity III, a Front's housing hand-over: the 'Chi tiết' info block (account, category, 'Ngày đăng' and 'Cập nhật' in <time datetime>, hits) and a font-size row BETWEEN the h1 and the bold first paragraph; after the text a signature and a 'Nguồn: Ban Thường trực … xã …' line inside articleBody (source, no unit), tags, pager, related")


# ===================================================================== 12 Trường Chính trị tỉnh Bắc Ninh: Drupal 8.9 + Bootstrap 3; a research article with numbered notes and 'Tài liệu tham khảo'
A12 = Art("Nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ xã sau sắp xếp đơn vị hành chính",
          "Sau hơn hai năm thực hiện mô hình chính quyền địa phương hai cấp, số chi bộ trực thuộc các đảng bộ xã tăng mạnh, đặt ra yêu cầu mới về nâng cao chất lượng sinh hoạt chi bộ. Bài viết phân tích thực trạng và đề xuất một số giải pháp.",
          [("h", "1. Thực trạng sinh hoạt chi bộ sau sắp xếp"),
           ("p", "Sau sắp xếp, bình quân mỗi đảng bộ xã của tỉnh có 42 chi bộ trực thuộc, tăng gần gấp đôi so với trước năm 2025(1). Khảo sát của Trường Chính trị tỉnh tại 12 đảng bộ xã cho thấy 78% chi bộ duy trì sinh hoạt định kỳ đúng quy định, song chỉ 31% chi bộ tổ chức sinh hoạt chuyên đề có chất lượng(2)."),
           ("p", "Nguyên nhân chủ yếu là năng lực của một bộ phận bí thư chi bộ còn hạn chế; nội dung sinh hoạt còn nặng về thông báo tình hình, chưa tập trung vào những vấn đề bức xúc ở cơ sở."),
           ("h", "2. Một số giải pháp"),
           ("p", "Thứ nhất, đổi mới nội dung sinh hoạt theo hướng mỗi kỳ sinh hoạt giải quyết dứt điểm ít nhất một vấn đề cụ thể, như tinh thần Chỉ thị số 10-CT/TW của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ(3)."),
           ("p", "Thứ hai, bồi dưỡng kỹ năng cho bí thư chi bộ, nhất là kỹ năng điều hành sinh hoạt, nắm bắt dư luận và sử dụng các nền tảng số trong sinh hoạt đảng."),
           ("p", "Thứ ba, tăng cường kiểm tra, giám sát của đảng ủy xã đối với sinh hoạt chi bộ; định kỳ dự sinh hoạt, đánh giá, xếp loại chất lượng sinh hoạt của từng chi bộ."),
           ("h", "Chú thích"),
           ("p", "(1) Ban Tổ chức Tỉnh ủy Bắc Ninh: Báo cáo số 214-BC/BTCTU về tình hình tổ chức cơ sở đảng sau sắp xếp, tháng 9/2027."),
           ("p", "(2) Kết quả khảo sát của đề tài khoa học cấp cơ sở năm 2027, Trường Chính trị tỉnh Bắc Ninh."),
           ("p", "(3) Ban Bí thư: Chỉ thị số 10-CT/TW ngày 30/3/2007 về nâng cao chất lượng sinh hoạt chi bộ."),
           ("h", "Tài liệu tham khảo"),
           ("p", "1. Ban Tổ chức Trung ương: Hướng dẫn về nội dung, hình thức sinh hoạt chi bộ, Hà Nội, 2018."),
           ("p", "2. Nguyễn Văn Quang: Sinh hoạt chi bộ ở nông thôn - lý luận và thực tiễn, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2024.")])


def page12():
    pub = T("2027-12-16 14:00")
    site = "https://truongchinhtri.bacninh.gov.vn"
    url = f"{site}/nghien-cuu-trao-doi/nang-cao-chat-luong-sinh-hoat-chi-bo-o-cac-dang-bo-xa-sau-sap-xep"

    def h(t):
        return f"<h3>{esc(t)}</h3>" if t in ("Chú thích", "Tài liệu tham khảo") else f"<p><strong>{esc(t)}</strong></p>"

    def main(rng, rl, rd):
        body = A12.render(p=jp, h=h, sep="\n")
        return (f'<div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">'
                f'<h1 class="page-header"><span class="field field--name-title">{esc(A12.title)}</span></h1>'
                f'<div class="field field--name-field-author field--label-inline"><div class="field--label">Tác giả</div><div class="field--item">ThS. Đinh Thị Thu Hà</div></div>'
                f'<div class="field field--name-field-don-vi field--label-inline"><div class="field--label">Đơn vị</div><div class="field--item">Khoa Xây dựng Đảng, Trường Chính trị tỉnh Bắc Ninh</div></div>'
                f'<div class="field field--name-created"><span class="glyphicon glyphicon-calendar"></span> {dmy(pub)} - {hm(pub)}</div>'
                f'<div class="btn-toolbar article-toolbar"><a class="btn btn-default btn-sm" href="#">Cỡ chữ +</a> <a class="btn btn-default btn-sm" href="#">Cỡ chữ -</a> <a class="btn btn-default btn-sm" href="/print/node/3315">Bản in</a> <a class="btn btn-default btn-sm" href="/printpdf/node/3315">Tải PDF</a></div>'
                f'<div class="field field--name-field-tom-tat"><p><strong>{esc(A12.lead)}</strong></p></div>'
                f'<div class="field field--name-body field--type-text-with-summary">{body}</div>'
                f'<div class="field field--name-field-tags field--label-above"><div class="field--label">Chủ đề</div><div class="field--items"><div class="field--item"><a href="/taxonomy/term/41">Xây dựng Đảng</a></div><div class="field--item"><a href="/taxonomy/term/77">Sinh hoạt chi bộ</a></div></div></div>'
                f'<div class="fivestar-widget">Bình chọn: <span class="stars">★★★★★</span> Trung bình: 4.8 (12 phiếu)</div>'
                f'<section class="comment-wrapper"><h2 class="title">Thêm bình luận mới</h2><form class="comment-form"><label>Tên của bạn</label><input /><label>Bình luận</label><textarea></textarea><button>Lưu</button></form></section>'
                f'</article></div>')

    head = og(A12.title, url, {"og:description": A12.lead}) + '<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />'
    return pg("s45-12", family="political_school_drupal89_bootstrap3_research_article_notes_and_references",
              name="bacninh-truongchinhtri-drupal89-bootstrap3-subtheme-h1-page-header-field-tac-gia-ths-field-don-vi-created-dd-mm-yyyy-dash-hh-mm-font-print-pdf-toolbar-bold-tom-tat-numbered-bold-sections-note-markers-chu-thich-tai-lieu-tham-khao-fivestar-comment-form",
              url=url, art=A12, main_fn=main, pub=pub, prefix="tctbn", kb=170,
              org="Trường Chính trị tỉnh Bắc Ninh", addr="Phường Kinh Bắc, tỉnh Bắc Ninh", phone="0222.3822.581",
              crumbs=crumbs_of(site, ["Nghiên cứu - Trao đổi"], "breadcrumb"), top=banner("/themes/custom/tct/logo.png", "Trường Chính trị tỉnh Bắc Ninh"),
              side=side_of(lambda d: dmy(d), "Bài viết mới", "block-views-new", docs=False),
              shell_kw={"layout": "d8bs3", "head_extra": head, "items": MENU_PARTY, "left": ""},
              exp=expected_(A12, iso(pub), author="ThS. Đinh Thị Thu Hà", unit="Khoa Xây dựng Đảng, Trường Chính trị tỉnh Bắc Ninh", category="Nghiên cứu - Trao đổi"),
              traps={"fields": ["Tác giả", "Đơn vị"], "toolbar": ["Cỡ chữ +", "Bản in", "Tải PDF"], "after_text": ["Chủ đề", "Bình chọn:", "Trung bình: 4.8 (12 phiếu)", "Thêm bình luận mới"]},
              notes="Drupal 8.9 + the contributed Bootstrap (3.x) base theme with a vendor's sub-theme (Trường Chính trị tỉnh Bắc Ninh), a RESEARCH ARTICLE. WHERE THE TEXT BEGINS: the h1, labelled fields 'Tác giả: ThS. Đinh Thị Thu Hà' and 'Đơn vị: Khoa Xây dựng Đảng, Trường Chính trị tỉnh Bắc Ninh' (author with her degree kept, set 26; a labelled unit, set 13), the created stamp 'dd/mm/yyyy - HH:MM' → 2027-12-16T14:00, a toolbar ('Cỡ chữ +/-', 'Bản in', 'Tải PDF'), then the bold 'Tóm tắt' field (the lead). The body: numbered bold section headings, the text with its note markers '(1)'–'(3)' as printed, the 'Chú thích' heading and the notes '(1) …' – '(3) …' (set 28: the writer's notes in the text column are body), and the 'Tài liệu tham khảo' heading with its two numbered entries — body too (NEW set 45: a reference list printed in the text field, after the notes, is the writer's like the notes; QUESTIONABLE, a reader could stop before it; it is kept because it sits in the same field, in the writer's numbering). WHERE IT ENDS: the 'Chủ đề' taxonomy field, a Fivestar vote ('Bình chọn: … Trung bình: 4.8 (12 phiếu)') and the comment form — none is body. Category 'Nghiên cứu - Trao đổi' (crumb). No captions.",
              readme="Drupal 8.9 + Bootstrap 3, a research article: labelled 'Tác giả' (ThS.) and 'Đơn vị' fields, a font / print / PDF toolbar over the bold 'Tóm tắt'; note markers, 'Chú thích' notes AND a 'Tài liệu tham khảo' list in the body field (all body, NEW); taxonomy 'Chủ đề', Fivestar and a comment form after it")


# ===================================================================== 13 Liên đoàn Lao động tỉnh Thái Nguyên: a vendor's ASP.NET MVC 5 CMS; comments, next/previous and a copyright line after the text
A13 = Art("Công đoàn cơ sở Công ty May Phú Bình ký thỏa ước lao động tập thể mới",
          "Chiều 18/12, Công đoàn cơ sở Công ty cổ phần May Phú Bình và Ban Giám đốc công ty đã ký kết thỏa ước lao động tập thể giai đoạn 2028 - 2030, với nhiều điều khoản có lợi hơn cho người lao động.",
          [("p", "Thỏa ước gồm 8 chương, 42 điều, được xây dựng trên cơ sở lấy ý kiến của 1.860 đoàn viên, người lao động thông qua 24 tổ công đoàn. Trong đó, mức lương tối thiểu của công ty cao hơn mức lương tối thiểu vùng 9%."),
           ("p", "Người lao động được hỗ trợ tiền nhà trọ 300.000 đồng/tháng, tiền đi lại 200.000 đồng/tháng; lao động nữ nuôi con nhỏ dưới 6 tuổi được hỗ trợ 150.000 đồng/cháu/tháng; giá trị bữa ăn ca tăng từ 25.000 lên 30.000 đồng."),
           ("img", "/Content/Uploads/2027/12/ky-thoa-uoc-may-phu-binh.jpg", "Đại diện Công đoàn cơ sở và Ban Giám đốc Công ty ký thỏa ước lao động tập thể"),
           ("p", "Chị Hoàng Thị Mến, công nhân tổ may số 7, cho biết: “Nhiều ý kiến của chúng tôi về tiền nhà trọ, thời gian nghỉ giữa ca đã được đưa vào thỏa ước, anh chị em rất phấn khởi”."),
           ("p", "Liên đoàn Lao động tỉnh đề nghị Công đoàn cơ sở thường xuyên giám sát việc thực hiện thỏa ước, định kỳ 6 tháng báo cáo kết quả với công đoàn cấp trên.")])


def page13():
    pub = T("2027-12-20 16:45")
    site = "https://congdoan.thainguyen.gov.vn"
    url = f"{site}/tin-tuc/hoat-dong-cong-doan-co-so/cong-doan-co-so-cong-ty-may-phu-binh-ky-thoa-uoc-lao-dong-tap-the-moi-4471"

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=fig, sep="\n")
        cm = [("Nguyễn Văn Toàn", "20/12/2027 20:14", "Mong các doanh nghiệp khác cũng học tập cách làm này."), ("Lê Thu Hà", "21/12/2027 07:32", "Thỏa ước rất thiết thực với công nhân ở trọ.")]
        prev_d, next_d = pub - timedelta(hours=26), pub + timedelta(hours=19)
        return (f'<div class="detail-news"><h1 class="detail-title">{esc(A13.title)}</h1><div class="detail-time">{wd(pub)}, {dmy(pub)} | {hm(pub)} GMT+7</div>'
                f'<div class="detail-sapo"><p>{esc(A13.lead)}</p></div><div class="detail-content">{body}</div>'
                f'<div class="detail-author"><p style="text-align:right"><strong>Thu Trang</strong></p></div>'
                + sharebar("detail-share") +
                f'<div class="detail-prevnext"><div class="prev">« Tin trước: <a href="#">{esc(rl[0])}</a> <span>({dmy(prev_d)} {hm(prev_d)})</span></div><div class="next">Tin sau: <a href="#">{esc(rl[1])}</a> <span>({dmy(next_d)} {hm(next_d)})</span> »</div></div>'
                + comments_box(cm, "Bình luận", "detail-comments")
                + f'<div class="detail-copyright">{copyright_line("Liên đoàn Lao động tỉnh Thái Nguyên")}</div>'
                + lst(site, "/tin-tuc/hoat-dong-cong-doan-co-so/", list(zip(rl[2:6], rd)), lambda d: dmy(d), cls="detail-other", head="Tin khác", ext="", start=4400) + "</div>")

    head = og(A13.title, url, {"og:description": A13.lead}) + '<meta name="generator" content="VNS.Portal MVC 5.2" />'
    return pg("s45-13", family="labour_federation_aspnet_mvc5_vendor_cms_prev_next_comments_copyright_after_text",
              name="thainguyen-liendoanlaodong-aspnet-mvc5-vendor-cms-layout-detail-partial-h1-weekday-dd-mm-yyyy-pipe-hh-mm-gmt7-plain-sapo-figure-bold-signature-share-prev-next-with-stamps-comments-form-copyright-line-tin-khac",
              url=url, art=A13, main_fn=main, pub=pub, prefix="ldltn", kb=147,
              org="Liên đoàn Lao động tỉnh Thái Nguyên", addr="Phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.406",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động công đoàn cơ sở"]), top=banner("/Content/images/banner-ldld.png", "Liên đoàn Lao động tỉnh Thái Nguyên"),
              side=side_of(lambda d: dmy(d), "Tin đọc nhiều", "mvc-most", docs=False),
              shell_kw={"layout": "mvc5", "head_extra": head, "items": MENU_MASS, "left": "Thứ Ba, 21/12/2027"},
              exp=expected_(A13, iso(pub), author="Thu Trang", category="Hoạt động công đoàn cơ sở"),
              traps={"prev_next": lambda rl: rl[:2], "comments": ["Nguyễn Văn Toàn", "20/12/2027 20:14", "Mong các doanh nghiệp khác cũng học tập cách làm này.", "Gửi ý kiến"],
                     "copyright": ["© Bản quyền thuộc Liên đoàn Lao động tỉnh Thái Nguyên"], "after_text": ["Tin khác", "« Tin trước:"], "related": lambda rl: rl[2:6]},
              notes="A vendor's ASP.NET MVC 5 CMS (Liên đoàn Lao động tỉnh Thái Nguyên), a report. WHERE THE TEXT BEGINS: h1, 'Thứ Hai, 20/12/2027 | 16:45 GMT+7' → 2027-12-20T16:45 (set 28: GMT+7), the plain sapo (the lead). WHERE IT ENDS: the bold right signature 'Thu Trang' (→ author), share, previous / next items with their own stamps in brackets (set 33), two comments with commenters and stamps, the comment form, a copyright line ('© Bản quyền thuộc … Ghi rõ nguồn …', set 24) and 'Tin khác' — none is body. One figure caption. Category 'Hoạt động công đoàn cơ sở' (crumb).",
              readme="A vendor's ASP.NET MVC 5 CMS, a collective agreement: 'Weekday, dd/mm/yyyy | HH:MM GMT+7', plain sapo, a figure; after the signature: share, previous / next items with stamps, comments and form, a copyright line, 'Tin khác'")


# ===================================================================== 14 Báo và Phát thanh, Truyền hình An Giang: press CMS long-read; TWIST an editors' preface 'LTS:' as the first paragraph of the text block
A14 = Art("Giữ rừng tràm Trà Sư trong mùa khô",
          "Bước vào mùa khô 2027 - 2028, hơn 1.000 ha rừng tràm Trà Sư đứng trước nguy cơ cháy cao. Lực lượng bảo vệ rừng cùng người dân các xã vùng đệm đang ngày đêm canh giữ từng cánh rừng.",
          [("h", "Căng mình trên chòi canh lửa"),
           ("p", "Mỗi ngày, 12 chòi canh lửa trong khu rừng đều có người trực 24/24 giờ. Anh Chau Sóc Kha, tổ bảo vệ rừng số 3, cho biết những tháng cao điểm, anh em thay phiên nhau, mỗi ca 6 tiếng, không rời ống nhòm."),
           ("img", "/uploads/2028/01/choi-canh-lua-tra-su.jpg", "Chòi canh lửa ở tiểu khu 3, rừng tràm Trà Sư"),
           ("p", "Năm nay, Ban Quản lý rừng lắp thêm 8 camera cảm biến nhiệt, kết nối về trung tâm chỉ huy, giúp phát hiện điểm cháy trong vòng 5 phút."),
           ("h", "Người dân vùng đệm cùng giữ rừng"),
           ("p", "Các xã vùng đệm thành lập 21 tổ nhân dân tự quản bảo vệ rừng với 186 thành viên. Bà con được hướng dẫn không đốt đồng, không mang lửa vào rừng, phát hiện khói lửa phải báo ngay cho tổ trực."),
           ("p", "Ông Néang Sóc Thy, ấp Văn Trà, nói: “Rừng tràm giữ nước, giữ cá cho bà con mình. Mất rừng là mất cái ăn”."),
           ("h", "Sẵn sàng phương án chữa cháy"),
           ("p", "Ban Chỉ huy phòng thủ dân sự tỉnh đã phê duyệt phương án phòng cháy, chữa cháy rừng mùa khô với 4 tình huống giả định, huy động hơn 300 người, 12 máy bơm công suất lớn và hệ thống kênh dẫn nước bao quanh các tiểu khu.")])


def page14():
    pub = T("2028-01-05 05:30")
    site = "https://baoangiang.com.vn"
    url = f"{site}/long-form/giu-rung-tram-tra-su-trong-mua-kho-a41872.html"
    lts = "LTS: Rừng tràm Trà Sư là một trong những khu rừng tràm ngập nước đặc trưng còn lại của vùng Đồng bằng sông Cửu Long. Báo và Phát thanh, Truyền hình An Giang giới thiệu bài ghi chép của nhóm phóng viên từ những ngày cao điểm mùa khô."

    def h(t):
        return f'<h2 id="{slug(t)}" class="lr-h2">{esc(t)}</h2>'

    def main(rng, rl, rd):
        body = A14.render(p=lambda t: f"<p>{esc(t)}</p>", h=h, img=fig, sep="\n")
        toc = "".join(f'<li><a href="#{slug(b[1])}">{esc(b[1])}</a></li>' for b in A14.blocks if b[0] == "h")
        return (f'<aside class="lr-toc"><div class="lr-toc-title">Mục lục</div><ol>{toc}</ol></aside>'
                f'<article class="lr-article"><div class="lr-cover"><img src="/uploads/2028/01/cover-tra-su.jpg" alt="" /></div><div class="lr-kicker">Ghi chép</div><h1 class="lr-title">{esc(A14.title)}</h1>'
                f'<div class="lr-meta"><span class="lr-authors">Bài: Thanh Tâm - Ảnh: Hữu Huệ</span> <span class="lr-date">{hm(pub)}, {dmy(pub)}</span></div>'
                + audio("Nghe bài viết", "07:16", "Nữ miền Nam", "lr-audio") +
                f'<div class="lr-body"><p class="lts"><strong><em>{esc(lts)}</em></strong></p><p class="sapo"><strong>{esc(A14.lead)}</strong></p>{body}</div>'
                + tags(site, ["Trà Sư", "rừng tràm", "phòng cháy chữa cháy rừng"], "Tags:", "lr-tags") + sharebar("lr-share")
                + f'<div class="lr-copy">{copyright_line("Báo và Phát thanh, Truyền hình An Giang")}</div></article>'
                + lst(site, "/long-form/", list(zip(rl[:4], rd)), lambda d: dmy(d), cls="lr-more", head="Long-form khác", ext=".html", start=41800))

    head = og(A14.title, url, {"og:description": A14.lead}) + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A14.title, "datePublished": "2028-01-05T05:30:00+07:00", "author": [{"@type": "Person", "name": "Thanh Tâm"}]})
    return pg("s45-14", family="merged_press_agency_longread_view_lts_preface_as_first_paragraph_of_text",
              name="angiang-baovaptth-longread-view-sticky-toc-muc-luc-cover-kicker-ghi-chep-h1-bai-name-anh-name-hh-mm-comma-dd-mm-yyyy-audio-player-voice-lts-bold-italic-first-paragraph-bold-sapo-h2-sections-figures-tags-share-copyright",
              url=url, art=A14, main_fn=main, pub=pub, prefix="bag", kb=236,
              org="Báo và Phát thanh, Truyền hình An Giang", addr="Phường Long Xuyên, tỉnh An Giang", phone="0296.3841.224",
              crumbs=crumbs_of(site, ["Xã hội", "Môi trường"], "breadcrumb"), top=banner("/images/logo-baoangiang.svg", "Báo và Phát thanh, Truyền hình An Giang"),
              side=lambda rng, p: mostread(rng, p, lambda d: dmy(d), "Đọc nhiều", "lr-most", 6, writers=WRITERS34),
              shell_kw={"layout": "press_longread", "head_extra": head, "items": MENU_MASS, "left": "Thứ Tư, 05/01/2028"},
              exp=expected_(A14, iso(pub), author="Thanh Tâm", photographer="Hữu Huệ", category="Môi trường"),
              traps={"lts": [lts], "toc": ["Mục lục"], "audio": ["Nghe bài viết", "07:16", "Nữ miền Nam"], "kicker": ["Ghi chép"], "credit": ["Bài: Thanh Tâm - Ảnh: Hữu Huệ"],
                     "after_text": ["Tags:", "Long-form khác"], "copyright": ["© Bản quyền thuộc Báo và Phát thanh, Truyền hình An Giang"], "related": lambda rl: rl[:4]},
              notes="TWIST (an editors' preface 'LTS:' as the first paragraph of the text block). A merged provincial press agency's long-read view (Báo và Phát thanh, Truyền hình An Giang). WHERE THE TEXT BEGINS: a sticky 'Mục lục' (a table of contents listing the three h2 headings, set 28: a box) BEFORE the article in the page order, a cover picture without caption, the form kicker 'Ghi chép' (no category, set 27), the h1, 'Bài: Thanh Tâm - Ảnh: Hữu Huệ' (author and photographer) and 'HH:MM, dd/mm/yyyy' → 2028-01-05T05:30, the 'Nghe bài viết' player with its duration and voice ('Giọng đọc: Nữ miền Nam' — no author, set 27's announcer), then the text block div.lr-body, whose FIRST paragraph is the bold italic 'LTS: Rừng tràm Trà Sư là … giới thiệu bài ghi chép của nhóm phóng viên …' — Lời tòa soạn, the EDITORS' preface (set 24's note from the editors, set 29's column note), not the writer's text → neither lead nor body. The lead is the bold sapo that follows it (p.sapo); body = the sapo + the three h2 sections. A reader that takes the first bold paragraph of the text block as the lead stores the editors' preface as the lead (and the body's first paragraph), with no sign of failure. QUESTIONABLE only in the 'LTS:' label, which could be read as part of a longer sapo; the preface speaks of the paper in the third person ('… giới thiệu bài ghi chép …') and precedes the p.sapo. WHERE IT ENDS: tags, share, a copyright line, 'Long-form khác'. Two figure captions. Category 'Môi trường' (crumb). NEW (set 45).",
              readme="TWIST — a press CMS's long-read view: a sticky 'Mục lục', a 'Ghi chép' kicker, 'Bài: A - Ảnh: B', the audio player with a voice, then a bold italic 'LTS: …' (the editors' preface) as the FIRST paragraph of the text block, before the bold sapo (neither lead nor body); h2 sections; tags, share, copyright")


# ===================================================================== 15 Tỉnh đoàn Vĩnh Long: Joomla 5.2 + Purity IV (T4); an author card, Joomla's vote and pagenav after the text
A15 = Art("Hơn 800 đoàn viên tham gia hiến máu “Chủ nhật Đỏ” lần thứ XI",
          "Sáng 8/1, Tỉnh đoàn Vĩnh Long phối hợp với Bệnh viện Đa khoa tỉnh tổ chức Ngày hội hiến máu “Chủ nhật Đỏ” lần thứ XI năm 2028, thu hút hơn 800 đoàn viên, thanh niên đăng ký tham gia.",
          [("p", "Kết quả, ngày hội đã tiếp nhận 672 đơn vị máu, vượt 12% chỉ tiêu. Nhiều đoàn viên đã hiến máu từ 5 lần trở lên, trong đó anh Lê Minh Tú, Bí thư Đoàn xã Long Hồ, hiến máu lần thứ 14."),
           ("img", "/images/2028/01/chu-nhat-do-vinh-long.jpg", "Đoàn viên thanh niên hiến máu tại ngày hội"),
           ("p", "Bên lề ngày hội, Tỉnh đoàn tổ chức khám sức khỏe, tư vấn dinh dưỡng miễn phí cho người hiến máu và trao 50 phần quà cho bệnh nhân nghèo đang điều trị tại bệnh viện."),
           ("p", "Lượng máu tiếp nhận sẽ được chuyển đến ngân hàng máu của Bệnh viện Đa khoa tỉnh, phục vụ cấp cứu, điều trị trong dịp Tết Nguyên đán Mậu Thân 2028.")])


def page15():
    pub = T("2028-01-08 11:12")
    site = "https://tinhdoan.vinhlong.gov.vn"
    url = f"{site}/tin-tuc/hoat-dong-doan/hon-800-doan-vien-tham-gia-hien-mau-chu-nhat-do-lan-thu-xi"

    def main(rng, rl, rd):
        body = A15.render(p=jp, img=lambda s, c, n: f'<figure class="pull-center item-image"><img src="{s}" alt="" /><figcaption>{esc(c)}</figcaption></figure>', sep="\n")
        return (f'<div class="com-content-article item-page"><div class="article-header"><h1>{esc(A15.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dd class="category-name">Danh mục: <a href="{site}/tin-tuc/hoat-dong-doan">Hoạt động Đoàn</a></dd>'
                f'<dd class="published"><time datetime="2028-01-08T11:12:00+07:00">{dmy(pub)}</time></dd></dl>'
                f'<div class="com-content-article__body" itemprop="articleBody"><p><em>{esc(A15.lead)}</em></p>{body}</div>'
                f'<div class="author-block"><div class="author-avatar"><img src="/images/authors/kimngan.jpg" alt="" /></div><div class="author-info"><div class="author-label">Tác giả</div>'
                f'<h4 class="author-name">Kim Ngân</h4><p class="author-desc">Cộng tác viên Ban Tuyên giáo Tỉnh đoàn, phụ trách chuyên mục Thanh niên tình nguyện.</p></div></div>'
                f'<div class="content_rating"><p class="unseen element-invisible">Đánh giá của người dùng: 5 / 5</p><span class="stars">★★★★★</span></div>'
                f'<form class="content_vote"><label for="content_vote_41">Hãy đánh giá</label><select id="content_vote_41"><option>1 sao</option><option>5 sao</option></select><input type="submit" value="Bình chọn" /></form>'
                f'<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev">Trước</a><a class="btn btn-sm btn-secondary next" href="#" rel="next">Tiếp theo</a></span></nav></div>')

    head = og(A15.title, url, {"og:description": A15.lead}) + '<meta name="generator" content="Joomla! - Open Source Content Management" />'
    return pg("s45-15", family="provincial_youth_union_joomla52_purity4_author_card_vote_after_text",
              name="vinhlong-tinhdoan-joomla52-purity4-t4-h1-article-info-danh-muc-time-dd-mm-yyyy-datetime-offset-italic-first-paragraph-figure-author-block-name-bio-content-rating-vote-form-pagenav",
              url=url, art=A15, main_fn=main, pub=pub, prefix="tdvl", kb=128,
              org="Tỉnh đoàn Vĩnh Long", addr="Phường Thanh Đức, tỉnh Vĩnh Long", phone="0270.3822.319",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động Đoàn"], "mod-breadcrumbs breadcrumb"), top=banner("/images/logo-tinhdoan.png", "Tỉnh đoàn Vĩnh Long"),
              side=side_of(lambda d: dmy(d), "Tin mới", "t4-new", docs=False),
              shell_kw={"layout": "purity4", "head_extra": head, "items": MENU_MASS, "left": "Thứ Bảy, 08/01/2028"},
              exp=expected_(A15, "2028-01-08T11:12:00+07:00", author="Kim Ngân", category="Hoạt động Đoàn"),
              traps={"author_box": ["Cộng tác viên Ban Tuyên giáo Tỉnh đoàn, phụ trách chuyên mục Thanh niên tình nguyện."], "after_text": ["Hãy đánh giá", "Bình chọn", "Tiếp theo"]},
              notes="Joomla 5.2 + JoomlArt's Purity IV (T4 Framework 2), Tỉnh đoàn Vĩnh Long. WHERE THE TEXT BEGINS: h1, the info list ('Danh mục: Hoạt động Đoàn', a date-only '08/01/2028' in <time datetime='2028-01-08T11:12:00+07:00'> → 2028-01-08T11:12, set 25 MAJORITY), then articleBody opening with an italic paragraph (the lead). WHERE IT ENDS: the text has no signature; after it an AUTHOR CARD ('Tác giả' / 'Kim Ngân' / a one-line bio) → author 'Kim Ngân' (a person's name in the author card is the writer, set 27's platform author; the bio's post 'Cộng tác viên Ban Tuyên giáo Tỉnh đoàn …' is a profile line, no unit, set 34), the content rating ('Đánh giá của người dùng' hidden, stars), the vote form and the pager — none is body. One figcaption. Category 'Hoạt động Đoàn'.",
              readme="Joomla 5.2 + Purity IV (T4), a blood-donation day: 'Danh mục:' and a date-only <time> with datetime over the italic first paragraph; the text unsigned, the writer only in an AUTHOR CARD with a bio after it (author, no unit); content rating, vote form, pager")


# ===================================================================== 16 Hội Cựu chiến binh tỉnh Lâm Đồng: SPIP 4 (a stack no set had used); 'par' author line, #NOTES after the text, forum
A16 = Art("Ký ức Trường Sơn của người lính lái xe",
          "Gần 55 năm đã trôi qua, cựu chiến binh Nguyễn Hữu Phước, hội viên Hội Cựu chiến binh phường Xuân Hương - Đà Lạt, vẫn nhớ như in những chuyến xe đêm trên đường Trường Sơn.",
          [("p", "Năm 1971, chàng trai 19 tuổi quê Nam Định nhập ngũ, được biên chế vào một tiểu đoàn vận tải thuộc Bộ Tư lệnh Trường Sơn [1]. Những chuyến xe chở hàng vào chiến trường thường đi vào ban đêm, không đèn, chỉ dựa vào vệt sơn trắng trên cọc tiêu ven đường."),
           ("p", "“Có đêm cả đoàn 12 xe chỉ về được 7 chiếc. Anh em hy sinh ngay trên tay lái, nhưng hàng vẫn phải tới nơi”, ông Phước kể, giọng chậm lại."),
           ("img", "/IMG/jpg/cuu-chien-binh-nguyen-huu-phuoc.jpg", "Cựu chiến binh Nguyễn Hữu Phước bên những kỷ vật thời chiến"),
           ("p", "Sau ngày đất nước thống nhất, ông ở lại công tác tại Lâm Đồng rồi nghỉ hưu năm 2012. Hơn 10 năm làm Chi hội trưởng Chi hội Cựu chiến binh khu phố, ông cùng hội viên vận động xây 4 căn nhà tình nghĩa cho đồng đội khó khăn [2]."),
           ("p", "Ông vẫn giữ cuốn nhật ký hành quân, chiếc bi đông và tấm bản đồ vẽ tay tuyến đường, dự định trao tặng Bảo tàng tỉnh nhân dịp kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam."),
           ("h", "Ghi chú"),
           ("p", "[1] Nay là Binh đoàn 12, Bộ Quốc phòng."),
           ("p", "[2] Số liệu do Hội Cựu chiến binh phường Xuân Hương - Đà Lạt cung cấp.")])


def page16():
    pub = T("2027-10-27 20:05")
    site = "https://cuuchienbinh.lamdong.org.vn"
    url = f"{site}/spip.php?article1284"

    def main(rng, rl, rd):
        body_main = Art(A16.title, None, A16.blocks[:5]).render(p=lambda t: f"<p>{esc(t)}</p>".replace(" [1]", '<span class="spip_note_ref">&nbsp;[<a href="#nb1" class="spip_note" rel="appendix" title="Nay là Binh đoàn 12, Bộ Quốc phòng." id="nh1">1</a>]</span>').replace(" [2]", '<span class="spip_note_ref">&nbsp;[<a href="#nb2" class="spip_note" rel="appendix" id="nh2">2</a>]</span>'),
                                                                img=lambda s, c, n: f'<dl class="spip_document_41 spip_documents spip_documents_center"><dt><img src="{s}" alt="" /></dt><dd class="spip_doc_descriptif">{esc(c)}</dd></dl>', sep="\n")
        notes = ('<div class="notes surlignable"><h2 class="h2 notes">Ghi chú</h2>'
                 '<div id="nb1"><p><span class="spip_note_ref">[<a href="#nh1" class="spip_note" title="Notes 1">1</a>] </span>Nay là Binh đoàn 12, Bộ Quốc phòng.</p></div>'
                 '<div id="nb2"><p><span class="spip_note_ref">[<a href="#nh2" class="spip_note" title="Notes 2">2</a>] </span>Số liệu do Hội Cựu chiến binh phường Xuân Hương - Đà Lạt cung cấp.</p></div></div>')
        return (f'<div class="main"><div class="cartouche"><h1 class="surlignable">{esc(A16.title)}</h1>'
                f'<p class="info-publi"><abbr class="published" title="2027-10-27T13:05:00Z">Thứ Tư 27 Tháng Mười 2027</abbr><span class="sep">, </span><span class="auteurs">bởi <span class="vcard author"><a class="url fn spip_in" href="{site}/spip.php?auteur17">Đặng Quốc Bảo</a></span></span></p></div>'
                f'<div class="surlignable"><div class="chapo"><p>{esc(A16.lead)}</p></div><div class="texte">{body_main}</div></div>'
                f'{notes}<p class="hyperlien">Xem trực tuyến: <a href="https://bao-tang-lamdong.example/" class="spip_out">Bảo tàng tỉnh Lâm Đồng</a></p>'
                f'<div class="forum"><h2>Diễn đàn</h2><p class="explication">Diễn đàn được kiểm duyệt trước khi hiển thị.</p><a href="{site}/spip.php?page=forum&amp;id_article=1284">Gửi ý kiến</a></div></div>')

    head = og(A16.title, url) + '<meta name="generator" content="SPIP 4.3.2" />'
    exp_body = A16.body
    return pg("s45-16", family="veterans_association_spip4_chapo_notes_block_after_text_forum",
              name="lamdong-hoicuuchienbinh-spip4-squelette-cartouche-h1-info-publi-weekday-dd-thang-month-in-words-yyyy-abbr-utc-boi-author-chapo-texte-spip-note-refs-documents-dd-descriptif-notes-block-ghi-chu-hyperlien-forum",
              url=url, art=A16, main_fn=main, pub=pub, prefix="ccbld", kb=112,
              org="Hội Cựu chiến binh tỉnh Lâm Đồng", addr="Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", phone="0263.3822.734",
              crumbs=f'<a href="{site}/">Trang chủ</a> &gt; <a href="{site}/spip.php?rubrique12">Gương cựu chiến binh</a> &gt;',
              top=banner("/squelettes/images/logo-ccb.png", "Hội Cựu chiến binh tỉnh Lâm Đồng"),
              side=side_of(lambda d: dmy(d), "Bài mới", "aside-new", docs=False),
              shell_kw={"layout": "spip", "head_extra": head, "items": MENU_MASS, "left": '<div class="formulaire_recherche"><input placeholder="Tìm kiếm" /></div>'},
              exp=expected_(A16, "2027-10-27", author="Đặng Quốc Bảo", category="Gương cựu chiến binh", body=exp_body),
              traps={"after_text": ["Xem trực tuyến:", "Diễn đàn", "Diễn đàn được kiểm duyệt trước khi hiển thị.", "Gửi ý kiến"]},
              notes="SPIP 4.3 (a stack no set had used; a squelette derived from the distribution's), Hội Cựu chiến binh tỉnh Lâm Đồng, a veteran's memories. WHERE THE TEXT BEGINS: the cartouche: h1, then 'Thứ Tư 27 Tháng Mười 2027' in <abbr class='published' title='2027-10-27T13:05:00Z'> (a UTC title, no +07:00 offset: the time is NOT taken, set 25 MAJORITY asks an explicit offset agreeing with the day → published '2027-10-27'), ', bởi Đặng Quốc Bảo' (SPIP's author link, a person's name → author, set 27). The chapo (SPIP's sapo) is the lead. The text's note calls are SPIP's '[1]', '[2]' links (printed after a non-breaking space: read as printed, the call keeps its bracket and the space before it — expected text '…Trường Sơn [1]. …', the markers kept as set 28 keeps '(1)'). WHERE IT ENDS: SPIP's #NOTES block after div.texte — a 'Ghi chú' heading and the notes '[1] …', '[2] …' — the writer's notes, printed right under the text in the same column → body (set 28, the heading included), then the 'Xem trực tuyến:' hyperlink (the article's external link field) and the 'Diễn đàn' forum block — not body. One caption (SPIP's document descriptif). Category 'Gương cựu chiến binh' (the 'arbo' crumb's last level).",
              readme="SPIP 4 (new stack), a veteran's memories: 'Thứ Tư 27 Tháng Mười 2027' in an abbr with a UTC title (date only), ', bởi Name', the chapo as lead, note calls '[1]' '[2]', SPIP's #NOTES block 'Ghi chú' after the text (body), 'Xem trực tuyến:' and the forum after it")


# ===================================================================== 17 Hội LHPN phường Rạch Giá (An Giang): Dotclear 2 (a stack no set had used); post-info line, tags, comments and trackbacks
A17 = Art("Chi hội Phụ nữ khu phố 3 ra mắt mô hình “Tủ sách gia đình”",
          "Sáng 9/1, Hội Liên hiệp Phụ nữ phường Rạch Giá ra mắt mô hình “Tủ sách gia đình” tại Chi hội Phụ nữ khu phố 3 với 320 đầu sách do hội viên và các nhà hảo tâm đóng góp.",
          [("p", "Tủ sách được đặt tại nhà văn hóa khu phố, mở cửa vào chiều thứ Bảy và sáng Chủ nhật hằng tuần. Sách gồm nhiều chủ đề: nuôi dạy con, kiến thức pháp luật, chăm sóc sức khỏe, truyện thiếu nhi."),
           ("p", "Chị Trần Thị Ngọc Hân, Chi hội trưởng, cho biết mỗi hội viên đăng ký mượn sách cho gia đình, sau khi đọc chia sẻ một câu chuyện hay trong buổi sinh hoạt chi hội hằng tháng."),
           ("img", "/public/2028/01/tu-sach-gia-dinh-kp3.jpg", "Hội viên phụ nữ khu phố 3 chọn sách tại tủ sách"),
           ("p", "Hội Liên hiệp Phụ nữ phường đặt mục tiêu đến cuối năm 2028, mỗi chi hội có ít nhất một tủ sách gia đình, góp phần xây dựng văn hóa đọc trong các gia đình hội viên.")])


def page17():
    pub = T("2028-01-12 21:40")
    site = "https://phunurachgia.vn"
    url = f"{site}/index.php?post/2028/01/12/Chi-hoi-Phu-nu-khu-pho-3-ra-mat-mo-hinh-Tu-sach-gia-dinh"

    def main(rng, rl, rd):
        body = A17.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<p><img src="{s}" alt="" /><br /><em>{esc(c)}</em></p>', sep="\n")
        cm = [("Ngọc Lan", "13/01/2028, 06:12", "Mô hình hay quá, khu phố 5 cũng muốn làm."), ("Thanh Thảo", "13/01/2028, 19:25", "Tôi xin góp 20 cuốn truyện thiếu nhi.")]
        cms = "".join(f'<dt id="c{i}"><a href="#c{i}" class="comment-number">{i}.</a> Ngày {s} bởi {esc(n)}</dt><dd class="comment"><p>{esc(t)}</p></dd>' for i, (n, s, t) in enumerate(cm, 1))
        return (f'<p class="day-date">{wd(pub)}, {dmy(pub)}</p><div id="p412" class="post" role="article"><h2 class="post-title">{esc(A17.title)}</h2>'
                f'<p class="post-info">Viết bởi Lê Thị Bích Tuyền vào ngày {dmy(pub)}, {hm(pub)} - <a href="{site}/index.php?category/Hoat-dong-Hoi">Hoạt động Hội</a></p>'
                f'<div class="post-content"><p><strong>{esc(A17.lead)}</strong></p>{body}</div>'
                f'<ul class="post-tags"><li><a href="{site}/index.php?tag/van-hoa-doc">văn hóa đọc</a></li><li><a href="{site}/index.php?tag/chi-hoi">chi hội</a></li></ul></div>'
                f'<p class="navlinks"><a href="#" class="prev">« {esc(rl[0])}</a> - <a href="#" class="next">{esc(rl[1])} »</a></p>'
                f'<div id="comments"><h3>Bình luận</h3><dl>{cms}</dl></div>'
                f'<div id="ping-url"><h3>Liên kết ngược</h3><p>Địa chỉ URL liên kết ngược cho bài viết: <code>{site}/index.php?trackback/412</code></p></div>'
                f'<form action="#pr" method="post" id="comment-form"><h3>Thêm bình luận</h3><p class="field"><label for="c_name">Tên hoặc bí danh</label><input id="c_name" /></p><p class="field"><label>Bình luận</label><textarea></textarea></p><p><input type="submit" value="gửi" /></p></form>')

    head = og(A17.title, url) + '<meta name="generator" content="Dotclear 2.33" />'
    return pg("s45-17", family="ward_womens_union_dotclear2_berlin_post_info_under_title_comments_trackback",
              name="angiang-hoilhpn-rachgia-dotclear2-berlin-theme-day-date-above-post-h2-post-title-viet-boi-name-vao-ngay-dd-mm-yyyy-comma-hh-mm-category-bold-first-paragraph-p-img-br-em-caption-tags-navlinks-comments-trackback-form",
              url=url, art=A17, main_fn=main, pub=pub, prefix="pnrg", kb=104,
              org="Hội Liên hiệp Phụ nữ phường Rạch Giá", addr="Phường Rạch Giá, tỉnh An Giang", phone="0297.3862.118",
              crumbs="", top=lambda rng, p: f'<a href="{site}/index.php?">Phụ nữ Rạch Giá</a>',
              side=side_of(lambda d: dmy(d), "Bài mới", "blogextra-new", docs=False),
              shell_kw={"layout": "dotclear", "head_extra": head, "items": MENU_MASS, "left": '<a href="#main">Tới nội dung</a> | <a href="#blognav">Tới menu</a> | <a href="#search">Tới ô tìm kiếm</a>'},
              exp=expected_(A17, iso(pub), author="Lê Thị Bích Tuyền", category="Hoạt động Hội"),
              traps={"comments": ["Ngọc Lan", "13/01/2028, 06:12", "Tôi xin góp 20 cuốn truyện thiếu nhi."], "after_text": ["Liên kết ngược", "Thêm bình luận", "Tên hoặc bí danh"],
                     "prev_next": lambda rl: rl[:2]},
              notes="Dotclear 2.33 (a stack no set had used), the Berlin theme, a ward women's union's blog. WHERE THE TEXT BEGINS: Dotclear's day header 'Thứ Tư, 12/01/2028' ABOVE the post (the post's own day, agreeing), the h2.post-title (the headline: the blog's h1 is the site title), the post-info line 'Viết bởi Lê Thị Bích Tuyền vào ngày 12/01/2028, 21:40 - Hoạt động Hội' → author 'Lê Thị Bích Tuyền' (the blog's author field, a person's name, set 27), published 2028-01-12T21:40, category 'Hoạt động Hội' (the post's category link). The post content opens with a bold paragraph (the lead). WHERE IT ENDS: the tag list, the navigation links to the previous / next posts, the comments (commenters, 'Ngày 13/01/2028, 06:12 bởi …'), 'Liên kết ngược' (trackback URL) and the comment form — none is body. One caption (an <em> after <br> under the picture in the same paragraph).",
              readme="Dotclear 2 (new stack), Berlin theme: a day header above the post, h2.post-title, 'Viết bởi Name vào ngày dd/mm/yyyy, HH:MM - Category'; a bold first paragraph; a caption in <em> after <br>; tags, nav links, comments with stamps, trackback, form")


# ===================================================================== 18 Hội Khuyến học tỉnh Quảng Ngãi: CMS Made Simple 2 (a stack no set had used); a series part 1 with '(Còn tiếp)' and 'Bài 2:' teaser, 'Tin liên quan' typed in the text block
A18 = Art("Bài 1: Những “dòng họ học tập” ở vùng biển",
          "Phong trào xây dựng “Dòng họ học tập” ở các xã ven biển của tỉnh đã tạo sức lan tỏa mạnh mẽ, khơi dậy truyền thống hiếu học trong nhiều gia đình ngư dân.",
          [("p", "Dòng họ Trương ở thôn An Vĩnh, xã Lý Sơn có 86 hộ, trong đó 3 thế hệ liên tiếp có người đỗ đại học. Quỹ khuyến học của dòng họ được lập từ năm 2009, đến nay có hơn 500 triệu đồng, mỗi năm trao thưởng cho hàng chục con cháu học giỏi."),
           ("p", "Ông Trương Văn Lợi, Trưởng ban Khuyến học dòng họ, cho biết: “Ngày giỗ tổ, dòng họ dành thời gian biểu dương các cháu học giỏi. Các cháu coi đó là vinh dự, lớp sau noi gương lớp trước”."),
           ("img", "/uploads/images/2028/01/dong-ho-truong-ly-son.jpg", "Dòng họ Trương ở xã Lý Sơn trao thưởng cho con cháu học giỏi"),
           ("p", "Toàn tỉnh hiện có 1.126 dòng họ được công nhận danh hiệu “Dòng họ học tập”, tăng 214 dòng họ so với năm 2025; riêng 9 xã ven biển có 318 dòng họ."),
           ("p", "Điều đáng quý là phong trào không chỉ dừng ở khuyến khích con cháu đi học mà còn khuyến khích người lớn học nghề, học cách ghi chép sổ sách, sử dụng điện thoại thông minh để theo dõi thời tiết, giá cả thủy sản.")])


def page18():
    pub = T("2028-01-18 07:00")
    site = "https://khuyenhoc.quangngai.org.vn"
    url = f"{site}/index.php?mact=News,cntnt01,detail,0&cntnt01articleid=318&cntnt01returnid=57"

    def main(rng, rl, rd):
        body = A18.render(p=jp, img=pem, sep="\n")
        inl = "".join(f'<p><a href="{site}/tin-tuc/{slug(t)[:40]}.html">» {esc(t)}</a></p>' for t in rl[:2])
        return (f'<div id="NewsPostDetail"><div id="NewsPostDetailDate">Ngày đăng: {dmy(pub)} {hm(pub)}</div><h1 id="NewsPostDetailTitle">{esc(A18.title)}</h1><hr id="NewsPostDetailHorizRule" />'
                f'<div id="NewsPostDetailSummary"><p><strong>{esc(A18.lead)}</strong></p></div>'
                f'<div id="NewsPostDetailCategory">Chuyên mục: Khuyến học - Khuyến tài</div>'
                f'<div id="NewsPostDetailContent">{body}'
                f'<p style="text-align:right"><strong>Phạm Anh Khoa</strong></p><p style="text-align:right"><em>(Còn tiếp)</em></p>'
                f'<p><em>Bài 2: Khi ngư dân “đi học” trên điện thoại</em></p>'
                f'<p><strong>Tin liên quan:</strong></p>{inl}</div>'
                f'<div id="NewsPostDetailAuthor">Đăng bởi: admin_khuyenhoc</div>'
                f'<div id="NewsPostDetailReturnLink"><a href="{site}/index.php?page=tin-tuc">Quay lại</a></div></div>')

    head = og(A18.title, url) + '<meta name="generator" content="CMS Made Simple - Copyright (C) 2004-2027. All rights reserved." />'
    return pg("s45-18", family="study_promotion_association_cmsms2_news_detail_series_part_con_tiep_inline_related",
              name="quangngai-hoikhuyenhoc-cms-made-simple2-news-module-detail-template-ngay-dang-above-h1-bai-1-hr-bold-summary-chuyen-muc-label-p-em-caption-bold-signature-con-tiep-bai-2-teaser-tin-lien-quan-typed-in-content-dang-boi-account",
              url=url, art=A18, main_fn=main, pub=pub, prefix="khqn", kb=109,
              org="Hội Khuyến học tỉnh Quảng Ngãi", addr="Phường Cẩm Thành, tỉnh Quảng Ngãi", phone="0255.3822.740",
              crumbs=f'<div class="breadcrumbs"><a href="{site}/">Trang chủ</a> » <a href="{site}/index.php?page=tin-tuc">Tin tức</a> » <span class="lastitem">Bài 1: Những “dòng họ học tập” ở vùng biển</span></div>',
              top=banner("/uploads/images/logo-khuyenhoc.png", "Hội Khuyến học tỉnh Quảng Ngãi"),
              side=side_of(lambda d: dmy(d), "Tin mới", "cms-new", docs=False),
              shell_kw={"layout": "cmsms", "head_extra": head, "items": MENU_MASS, "left": "Thứ Ba, 18/01/2028"},
              exp=expected_(A18, iso(pub), author="Phạm Anh Khoa", category="Khuyến học - Khuyến tài"),
              traps={"series_end": ["(Còn tiếp)", "Bài 2: Khi ngư dân “đi học” trên điện thoại"], "inline_related": lambda rl: ["Tin liên quan:"] + rl[:2],
                     "account": ["admin_khuyenhoc"], "after_text": ["Quay lại"]},
              notes="CMS Made Simple 2 (a stack no set had used), its News module's detail template (NewsPostDetail*), Hội Khuyến học tỉnh Quảng Ngãi, part 1 of a series. WHERE THE TEXT BEGINS: 'Ngày đăng: 18/01/2028 07:00' ABOVE the h1 (the template's order) → 2028-01-18T07:00, the h1 'Bài 1: …' (title as printed), a rule, the bold summary (the lead), a 'Chuyên mục: Khuyến học - Khuyến tài' label BETWEEN the summary and the content (the category, label dropped; the crumb's last level is the item itself, set 27, and 'Tin tức' is generic). WHERE IT ENDS: inside NewsPostDetailContent, after the last paragraph: the bold right signature 'Phạm Anh Khoa' (→ author), an italic '(Còn tiếp)', an italic teaser 'Bài 2: Khi ngư dân “đi học” trên điện thoại' (series markers, not body, NEW set 45), then a bold 'Tin liên quan:' and two link paragraphs '» …' typed INTO the content field (an inline related list, set 24: not body, wherever it sits); after the content the poster 'Đăng bởi: admin_khuyenhoc' (an account) and 'Quay lại'. One centred <em> caption.",
              readme="CMS Made Simple 2 (new stack), the News module's detail: 'Ngày đăng' ABOVE the h1 'Bài 1: …', bold summary, a 'Chuyên mục:' label between summary and content; after the text, inside the content field: signature, '(Còn tiếp)', a 'Bài 2: …' teaser and a 'Tin liên quan:' list typed in (none body); 'Đăng bởi: <account>'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
