"""Set 15 pages 10-18: ordinary pages of the random sample (Trường Chính trị, Hội LHPN, Tỉnh đoàn, Sở, UBND huyện,
Báo tỉnh, Ban Tuyên giáo, Đảng ủy Khối, Hội Cựu chiến binh) with ordinary but varied stamps, bylines and markup."""
from datetime import timedelta

from .common import Art, T, iso, dmy, hm, wd, esc, heads6, past, expected, hexid, slug
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box


# ===================================================================== 10 Trường Chính trị tỉnh Bình Trị Thiên: Joomla 3, 'Ngày đăng: dd-mm-yyyy HH:MM', table in text, bold-italic 'ThS. Name - Khoa …'
A10 = Art("Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 48",
          None,
          [("p", "Sáng 15/7, Trường Chính trị tỉnh Bình Trị Thiên tổ chức lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 48 cho 112 học viên là cán bộ, công chức các huyện Phong Điền, Quảng Điền và thị xã Hương Trà."),
           ("p", "Lớp học được tổ chức tại Trung tâm Chính trị huyện Phong Điền trong thời gian 8 tháng, học theo hình thức tập trung mỗi tháng 10 ngày. Cơ cấu học viên như sau:"),
           ("table", [["Đơn vị", "Số học viên", "Nữ", "Dân tộc thiểu số"],
                      ["Huyện Phong Điền", "46", "19", "3"],
                      ["Huyện Quảng Điền", "38", "15", "0"],
                      ["Thị xã Hương Trà", "28", "12", "2"],
                      ["Tổng cộng", "112", "46", "5"]]),
           ("img", "/images/tin-tuc/2024/07/khai-giang-tc48.jpg", "Đồng chí Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học"),
           ("p", "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Trần Đình Quý đề nghị học viên chấp hành nghiêm quy chế học tập, chủ động nghiên cứu tài liệu, liên hệ thực tiễn công tác ở cơ sở; giảng viên đổi mới phương pháp giảng dạy, tăng cường trao đổi, thảo luận tình huống."),
           ("p", "Khóa học gồm 5 phần học với 22 học phần, trong đó có phần thực tế tại địa phương và viết tiểu luận cuối khóa.")])


def page10():
    pub = T("2024-07-15 14:30")

    def main(rng, rl, rd):
        body = A10.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" width="640" /><br /><span style="color:#0000ff"><em>{esc(c)}</em></span></p>',
                          table=lambda rows: '<table class="table table-bordered" style="width:100%"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                          + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">{esc(A10.title)}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="category-name">Danh mục: <a href="/index.php/dao-tao-boi-duong" itemprop="genre">Đào tạo - Bồi dưỡng</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> Ngày đăng: 15-07-2024 14:30</dd>'
                f'<dd class="hits"><span class="icon-eye-open"></span> Lượt xem: 97</dd></dl>'
                f'<div itemprop="articleBody">{body}<p style="text-align:right"><strong><em>ThS. Nguyễn Thị Hương - Khoa Xây dựng Đảng</em></strong></p></div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Trước</a></li><li class="next"><a href="#" rel="next">Tiếp theo &gt;</a></li></ul></div>'
                f'<div class="moduletable related-items"><h3>Bài viết liên quan</h3>{rel(rng, rl, rd, None, href="/index.php/dao-tao-boi-duong/{n}-{s}", cls="relateditems")}</div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=2), "Lịch giảng dạy", "lichgiang")
                + side_std(rng, pub, "Tin mới", cls="tinmoi")
                + links_box(["Học viện Chính trị quốc gia Hồ Chí Minh", "Tỉnh ủy Bình Trị Thiên", "Tạp chí Lý luận chính trị"]))
    crumbs = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a><span class="divider">/</span></li><li><a href="/index.php/tin-tuc">Tin tức</a><span class="divider">/</span></li>'
              '<li><a href="/index.php/dao-tao-boi-duong">Đào tạo - Bồi dưỡng</a><span class="divider">/</span></li><li class="active"><span>Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ…</span></li></ul>')
    url = "https://truongchinhtri.binhtrithien.gov.vn/index.php/dao-tao-boi-duong/512-khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-48"
    return page("s15-10", family="political_school_joomla3_dd_mm_yyyy_dash_table", name="binhtrithien-truongchinhtri-joomla3-h2-headline-article-info-danh-muc-ngay-dang-dd-mm-yyyy-dashes-table-thead-blue-em-caption-bold-italic-ths-name-dash-khoa",
                url=url, art=A10, main_fn=main, pub=pub, prefix="tct", kb=130,
                org="Trường Chính trị tỉnh Bình Trị Thiên", addr="Số 4 đường Lê Lợi, TP Huế, tỉnh Bình Trị Thiên", phone="0234.3822.574",
                crumbs=crumbs, side=side, shell_kw={"layout": "joomla", "title": A10.title},
                exp=expected(A10, iso(pub), author="ThS. Nguyễn Thị Hương", unit="Khoa Xây dựng Đảng", category="Đào tạo - Bồi dưỡng"),
                traps={"bylines": ["ThS. Nguyễn Thị Hương - Khoa Xây dựng Đảng"], "chrome": ["Lượt xem: 97", "Tiếp theo >", "Lịch giảng dạy", "Chi tiết"], "related": lambda rl: rl[:4]},
                notes="Joomla 3 (Protostar-like) Trường Chính trị tỉnh: h2 headline (no h1), article-info 'Danh mục: Đào tạo - Bồi dưỡng' (label dropped; also the crumb level before the truncated title) and 'Ngày đăng: 15-07-2024 14:30' with dashes → 2024-07-15T14:30. No lead (plain first paragraph). Table with a thead header row in the text → one ' | ' paragraph per row, header included. Blue em caption after a <br> in the image paragraph. Bold-italic 'ThS. Nguyễn Thị Hương - Khoa Xây dựng Đảng' → author with degree kept + unit. Teaching schedule with future dates.",
                readme="Joomla 3 Trường Chính trị: h2 headline, 'Danh mục:' + 'Ngày đăng: dd-mm-yyyy HH:MM', table with thead in the text, blue em caption, bold-italic 'ThS. Name - Khoa …'")


# ===================================================================== 11 Hội LHPN tỉnh Cửu Long: WordPress Newspaper (tagDiv), 'dd/mm/yyyy HH:MM' in time.entry-date, account author, italic 'Name (Hội LHPN huyện …)'
A11 = Art("Tam Bình: Trao 25 căn nhà “Mái ấm tình thương” cho hội viên phụ nữ nghèo",
          None,
          [("p", "Ngày 16/7, Hội Liên hiệp Phụ nữ huyện Tam Bình phối hợp với các nhà hảo tâm tổ chức bàn giao 25 căn nhà “Mái ấm tình thương” cho hội viên phụ nữ nghèo, phụ nữ đơn thân có hoàn cảnh khó khăn về nhà ở tại 9 xã trên địa bàn huyện."),
           ("p", "Mỗi căn nhà có diện tích từ 40 đến 50 m², kết cấu khung bê tông, tường xây, mái tôn, tổng kinh phí gần 1,4 tỷ đồng. Trong đó, Hội vận động các mạnh thường quân hỗ trợ 50 triệu đồng mỗi căn, phần còn lại do gia đình và bà con lối xóm góp công, góp sức."),
           ("img", "/wp-content/uploads/2024/07/trao-nha-mai-am-tam-binh.jpg", "Lãnh đạo Hội LHPN huyện Tam Bình trao quyết định hỗ trợ nhà cho hội viên"),
           ("p", "Bà Võ Thị Bé Tư, ấp Phú Hữu, xã Long Phú xúc động cho biết, chồng mất sớm, một mình nuôi hai con ăn học nên nhiều năm nay mẹ con bà phải sống trong căn nhà lá dột nát. “Có nhà mới, tôi yên tâm làm ăn, lo cho các con”, bà Tư nói."),
           ("p", "Từ đầu năm đến nay, các cấp Hội Phụ nữ huyện Tam Bình đã vận động xây mới, sửa chữa 41 căn nhà cho hội viên khó khăn, trao 120 suất vốn sinh kế và giới thiệu việc làm cho 86 lao động nữ.")])


def page11():
    pub = T("2024-07-16 08:15")

    def main(rng, rl, rd):
        body = A11.render(img=lambda s, c, n: f'<figure id="attachment_{8800 + n}" aria-describedby="caption-attachment-{8800 + n}" style="width: 696px" class="wp-caption aligncenter"><img class="size-full" src="{s}" width="696" height="464" /><figcaption id="caption-attachment-{8800 + n}" class="wp-caption-text">{esc(c)}</figcaption></figure>')
        return (f'<article class="td-post-content-wrap post type-post"><div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/chuyen-muc/hoat-dong-hoi/">Hoạt động Hội</a></li></ul>'
                f'<header class="td-post-title"><h1 class="entry-title">{esc(A11.title)}</h1><div class="td-module-meta-info">'
                f'<div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="/author/adminhoi/">Admin Hội</a><div class="td-author-line"> - </div></div>'
                f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-07-16T08:15:00+07:00">16/07/2024 08:15</time></span>'
                f'<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-8812">342</span></div></div></header></div>'
                f'<div class="td-post-content tagdiv-type">{body}<p style="text-align: right;"><em>Ngọc Trâm (Hội LHPN huyện Tam Bình)</em></p></div>'
                f'<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>'
                f'<li><a href="/tag/mai-am-tinh-thuong/">Mái ấm tình thương</a></li><li><a href="/tag/tam-binh/">Tam Bình</a></li></ul></div>'
                f'<div class="td-post-sharing-bottom">{share("td-social")}</div>'
                f'<div class="td-related-row"><h4 class="td-related-title">Bài viết liên quan</h4>{rel(rng, rl, rd, dmy, cls="td-related")}</div></footer></article>')

    def top(rng, pub):
        today = pub + timedelta(days=1)
        return (f'<div class="td-header-top-menu"><div class="td_data_time">{esc(wd(today))}, {dmy(today)}</div></div>'
                '<div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img src="/wp-content/uploads/2023/03/logo-hoi-phu-nu-cuu-long.png" alt="Hội LHPN tỉnh Cửu Long" /></a></div>')
    url = "https://phunucuulong.org.vn/tam-binh-trao-25-can-nha-mai-am-tinh-thuong-cho-hoi-vien-phu-nu-ngheo/"
    head = (og(A11.title, url, {"article:published_time": "2024-07-16T01:15:00+00:00", "article:section": "Hoạt động Hội"})
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A11.title, "datePublished": "2024-07-16T08:15:00+07:00",
                                                                     "author": {"@type": "Person", "name": "Admin Hội"}}]}))
    return page("s15-11", family="womens_union_wp_newspaper_theme_account_italic_name_paren_unit", name="cuulong-hlhpn-wp-tagdiv-newspaper-td-category-bo-admin-account-time-entry-date-dd-mm-yyyy-hh-mm-no-lead-figure-wp-caption-italic-name-paren-hoi-lhpn-huyen",
                url=url, art=A11, main_fn=main, pub=pub, prefix="td", kb=160,
                org="Hội Liên hiệp Phụ nữ tỉnh Cửu Long", addr="Số 75 đường Phạm Thái Bường, TP Vĩnh Long, tỉnh Cửu Long", phone="0270.3823.176",
                top=top, side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều nhất", cls="td-most"),
                shell_kw={"layout": "wp", "items": MENU_MASS, "head_extra": head, "title": A11.title + " - Hội LHPN tỉnh Cửu Long"},
                exp=expected(A11, iso(pub), author="Ngọc Trâm", unit="Hội LHPN huyện Tam Bình", category="Hoạt động Hội"),
                traps={"bylines": ["Admin Hội", "Ngọc Trâm (Hội LHPN huyện Tam Bình)"], "chrome": ["Bài viết liên quan", "TAGS"], "tags": ["Mái ấm tình thương Tam Bình"],
                       "related": lambda rl: rl[:4]},
                notes="WordPress 'Newspaper' (tagDiv) theme of the provincial Women's Union: td-category chip 'Hoạt động Hội' = category, 'Bởi Admin Hội' = account (also JSON-LD Person author) → not the author; <time class='entry-date updated'> shows '16/07/2024 08:15' (datetime and og UTC agree). No lead; figure.wp-caption; italic right 'Ngọc Trâm (Hội LHPN huyện Tam Bình)' → author + unit. Tags, related row.",
                readme="WordPress Newspaper theme Hội LHPN: td-category chip, 'Bởi Admin Hội' account, time.entry-date 'dd/mm/yyyy HH:MM', no lead, wp-caption figure, italic 'Name (Hội LHPN huyện …)'")


# ===================================================================== 12 Tỉnh đoàn Phú Khánh: 'Đăng lúc: HH:MM | dd/mm/yyyy', 'Chuyên mục:' label, italic summary, labelled 'Tác giả: Name (Huyện đoàn …)'
A12 = Art("Ninh Hòa ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024",
          "Sáng 17/7, Huyện đoàn Ninh Hòa tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 với sự tham gia của gần 600 đoàn viên, thanh niên và đội viên.",
          [("p", "Năm nay, chiến dịch được triển khai với các nội dung trọng tâm: tuổi trẻ chung tay xây dựng nông thôn mới, đô thị văn minh; bảo vệ môi trường, ứng phó biến đổi khí hậu; chăm sóc thiếu nhi dịp hè và hỗ trợ chuyển đổi số ở cơ sở."),
           ("p", "Ngay sau lễ ra quân, các đội hình thanh niên tình nguyện đã ra quân phát quang, dọn vệ sinh 4 km tuyến đường liên xã, trồng 1.200 cây xanh tại xã Ninh Xuân và thăm, tặng quà 20 gia đình chính sách."),
           ("img", "/upload/tinhdoan/2024/07/ra-quan-tnth-ninh-hoa.jpg", "Đoàn viên thanh niên ra quân trồng cây xanh tại xã Ninh Xuân"),
           ("p", "Dịp này, Huyện đoàn Ninh Hòa khánh thành công trình thanh niên “Tuyến đường hoa” dài 1,5 km tại xã Ninh Thọ, trị giá 65 triệu đồng do đoàn viên đóng góp ngày công và vận động xã hội hóa."),
           ("p", "Chiến dịch kéo dài đến hết ngày 31/8/2024. Huyện đoàn đặt chỉ tiêu xây mới 5 công trình thanh niên, sửa chữa 10 nhà nhân ái và tổ chức 3 ngày hội hiến máu tình nguyện.")])


def page12():
    pub = T("2024-07-17 08:05")

    def main(rng, rl, rd):
        body = A12.render(p=jp, img=pcap)
        return (f'<div class="td-news-detail card"><div class="card-body"><h1 class="td-news-title">{esc(A12.title)}</h1>'
                f'<div class="td-news-meta"><span class="td-cat">Chuyên mục: <a href="/tin-co-so-doan">Tin cơ sở Đoàn</a></span>'
                f' <span class="td-time"><i class="bi bi-clock"></i> Đăng lúc: 08:05 | 17/07/2024</span></div>'
                f'<div class="td-summary"><i>{esc(A12.lead)}</i></div><div class="td-news-body">{body}</div>'
                f'<div class="td-news-author"><b>Tác giả:</b> Nguyễn Thành Đạt (Huyện đoàn Ninh Hòa)</div></div></div>'
                f'<div class="td-news-other card"><div class="card-header">Tin cùng chuyên mục</div>{rel(rng, rl, rd, lambda d: hm(d) + " | " + dmy(d), cls="td-other")}</div>')

    def top(rng, pub):
        return ('<div class="tdpk-top"><img src="/assets/img/logo-tinh-doan-phu-khanh.png" alt="Tỉnh đoàn Phú Khánh" />'
                '<span class="slogan">Đâu cần thanh niên có - Việc gì khó có thanh niên</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: hm(d) + " | " + dmy(d), cls="tdpk-new")
                + '<div class="tdpk-count"><h3>Đếm ngược</h3><p>Còn 45 ngày đến Đại hội Đoàn toàn tỉnh lần thứ XIV</p></div>')
    url = "https://tinhdoanphukhanh.vn/tin-co-so-doan/ninh-hoa-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2024-2231.html"
    return page("s15-12", family="youth_union_php_time_first_chuyen_muc_tac_gia_paren", name="phukhanh-tinhdoan-php-bootstrap-card-chuyen-muc-label-dang-luc-hh-mm-pipe-date-italic-summary-em-captions-tac-gia-name-paren-huyen-doan",
                url=url, art=A12, main_fn=main, pub=pub, prefix="tdpk", kb=110,
                org="Tỉnh đoàn Phú Khánh", addr="Số 2 đường Yersin, TP Nha Trang, tỉnh Phú Khánh", phone="0258.3822.190",
                top=top, side=side, shell_kw={"layout": "bootstrap", "items": MENU_MASS, "title": A12.title + " | Tỉnh đoàn Phú Khánh"},
                exp=expected(A12, iso(pub), author="Nguyễn Thành Đạt", unit="Huyện đoàn Ninh Hòa", category="Tin cơ sở Đoàn"),
                traps={"bylines": ["Tác giả:", "Nguyễn Thành Đạt (Huyện đoàn Ninh Hòa)"], "chrome": ["Tin cùng chuyên mục", "Đếm ngược", "Chuyên mục:"], "related": lambda rl: rl[:4]},
                notes="In-house PHP Tỉnh đoàn site, Bootstrap cards, no breadcrumb: 'Chuyên mục: Tin cơ sở Đoàn' under the h1 (label dropped → category) and time-first 'Đăng lúc: 08:05 | 17/07/2024'. Italic summary div = lead; em captions in centred paragraphs; labelled 'Tác giả: Nguyễn Thành Đạt (Huyện đoàn Ninh Hòa)' → author + unit. Same-category list with 'HH:MM | dd/mm/yyyy' stamps.",
                readme="Tỉnh đoàn PHP: 'Chuyên mục:' label under the h1, 'Đăng lúc: HH:MM | dd/mm/yyyy', italic summary, em captions, 'Tác giả: Name (Huyện đoàn …)'")


# ===================================================================== 13 Sở NN&PTNT Quảng Nam - Đà Nẵng: VNPT eportal (Liferay 7), 'Ngày đăng dd/mm/yyyy HH:MM', sapo div, attachment, bold 'Name - Chi cục …'
A13 = Art("Chủ động phòng trừ rầy nâu, bệnh đạo ôn trên lúa hè thu",
          "Thời tiết nắng nóng xen kẽ mưa rào những ngày gần đây tạo điều kiện thuận lợi cho rầy nâu, bệnh đạo ôn lá phát sinh, gây hại trên lúa hè thu giai đoạn đẻ nhánh - làm đòng tại nhiều địa phương.",
          [("p", "Theo kết quả điều tra của Chi cục Trồng trọt và Bảo vệ thực vật, đến ngày 15/7, toàn tỉnh có 1.850 ha lúa nhiễm rầy nâu, mật độ phổ biến 750 - 1.500 con/m², nơi cao trên 3.000 con/m²; 920 ha nhiễm bệnh đạo ôn lá, tập trung ở các huyện Điện Bàn, Duy Xuyên, Thăng Bình và Hòa Vang."),
           ("img", "/documents/10181/1284617/ray-nau-dien-ban.jpg", "Cán bộ bảo vệ thực vật kiểm tra mật độ rầy nâu trên đồng ruộng huyện Điện Bàn"),
           ("p", "Để hạn chế thiệt hại, Sở Nông nghiệp và Phát triển nông thôn đề nghị UBND các huyện, thị xã, thành phố chỉ đạo cơ quan chuyên môn tăng cường kiểm tra đồng ruộng, phát hiện sớm các ổ rầy, ổ bệnh và hướng dẫn nông dân phòng trừ kịp thời."),
           ("p", "Đối với rầy nâu, khi mật độ trên 3.000 con/m² cần phun thuốc đặc hiệu, rẽ băng phun sát gốc lúa. Đối với bệnh đạo ôn, ngưng bón phân đạm, giữ nước trong ruộng và phun thuốc khi bệnh chớm xuất hiện; tuyệt đối không phun thuốc trừ cỏ, thuốc kích thích sinh trưởng khi lúa đang nhiễm bệnh."),
           ("p", "Các địa phương báo cáo tình hình sâu bệnh định kỳ vào thứ Năm hằng tuần về Chi cục Trồng trọt và Bảo vệ thực vật để tổng hợp, tham mưu chỉ đạo.")])


def page13():
    pub = T("2024-07-16 15:20")

    def main(rng, rl, rd):
        inst = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vK3pQ8zLm2Nd"
        body = A13.render(p=jp, img=fig)
        att = ('<div class="snn-attach"><b>Tệp đính kèm:</b> <a href="/documents/10181/1284617/cv-1468-snn-ttbvtv.pdf">Công văn số 1468/SNN-TTBVTV ngày 12/07/2024 '
               'về việc phòng trừ sinh vật gây hại lúa hè thu</a> <span class="size">(312 KB)</span></div>')
        return (f'<section class="portlet" id="portlet_{inst}"><div class="portlet-content"><h2 class="portlet-title-text">Tin chuyên ngành</h2>'
                f'<div class="asset-full-content clearfix show-asset-title"><h3 class="asset-title">{esc(A13.title)}</h3>'
                f'<div class="snn-meta"><span class="snn-date">Ngày đăng 16/07/2024 15:20</span> <span class="snn-view">Lượt xem: 73</span></div>'
                f'<div class="snn-sapo"><p>{esc(A13.lead)}</p></div><div class="journal-content-article">{body}'
                f'<p style="text-align:right"><strong>Thanh Bình - Chi cục Trồng trọt và Bảo vệ thực vật</strong></p></div>{att}'
                f'<div class="asset-links"><h4>Tin đã đăng</h4>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/web/snn/-/{s}", cls="snn-old")}</div></div></div></section>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=2)
        return (f'<div class="snn-banner"><img src="/o/qnd-theme/images/banner-snn.png" alt="Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam - Đà Nẵng" />'
                f'{clock(today, "weekday", "snn-today")}</div>')

    def side(rng, pub):
        return (vb_box(["Công văn số 1468/SNN-TTBVTV ngày 12/07/2024 về phòng trừ sinh vật gây hại lúa hè thu",
                        "Quyết định số 902/QĐ-SNN ngày 05/07/2024 ban hành kế hoạch kiểm tra vật tư nông nghiệp"])
                + '<div class="snn-thuyvan"><h3>Mực nước các hồ chứa</h3><table><tr><td>Hồ Phú Ninh</td><td>29,8 m</td><td>07:00 16/07</td></tr>'
                  '<tr><td>Hồ Việt An</td><td>31,2 m</td><td>07:00 16/07</td></tr></table></div>'
                + side_std(rng, pub, "Tin nổi bật", cls="snn-hot")
                + links_box(["Bộ Nông nghiệp và Phát triển nông thôn", "Cổng Dịch vụ công quốc gia", "UBND tỉnh Quảng Nam - Đà Nẵng"]))
    crumbs = ('<nav class="snn-crumb" aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/web/snn">Trang chủ</a></li>'
              '<li class="breadcrumb-item"><a href="/web/snn/tin-tuc">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active"><a href="/web/snn/tin-chuyen-nganh">Tin chuyên ngành</a></li></ol></nav>')
    url = "https://snnptnt.quangnamdanang.gov.vn/web/snn/tin-chuyen-nganh/-/asset_publisher/vK3pQ8zLm2Nd/content/chu-dong-phong-tru-ray-nau-benh-dao-on-tren-lua-he-thu"
    head = og(A13.title, url, {"og:description": A13.lead})
    return page("s15-13", family="department_vnpt_liferay7_asset_title_h3_attachment", name="quangnamdanang-snnptnt-vnpt-liferay7-asset-publisher-portlet-title-h2-asset-title-h3-ngay-dang-no-colon-date-time-sapo-div-p-attachment-date-bold-name-dash-chi-cuc",
                url=url, art=A13, main_fn=main, pub=pub, prefix="snn", kb=280,
                org="Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam - Đà Nẵng", addr="Số 100 đường Hùng Vương, TP Tam Kỳ, tỉnh Quảng Nam - Đà Nẵng", phone="0235.3852.610",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "liferay", "items": MENU_GOV, "head_extra": head, "title": "Tin chuyên ngành - Sở Nông nghiệp và PTNT"},
                exp=expected(A13, iso(pub), author="Thanh Bình", unit="Chi cục Trồng trọt và Bảo vệ thực vật", category="Tin chuyên ngành"),
                traps={"bylines": ["Thanh Bình - Chi cục Trồng trọt và Bảo vệ thực vật"], "chrome": ["Tệp đính kèm:", "Tin đã đăng", "Lượt xem: 73", "Mực nước các hồ chứa"],
                       "dates": ["ngày 12/07/2024 về việc phòng trừ"], "related": lambda rl: rl[:4]},
                notes="VNPT eportal on Liferay 7 (asset publisher) of a provincial department: portlet title h2 'Tin chuyên ngành' (= last crumb level = category) above the h3 asset title (the article title; <title> is the section). 'Ngày đăng 16/07/2024 15:20' (no colon) + views. Sapo div > p = lead; figure captions; bold right 'Thanh Bình - Chi cục Trồng trọt và Bảo vệ thực vật' → author + unit. Attachment line with an issue date after the text is not body. Reservoir box with times, 'Văn bản mới' dates, header clock.",
                readme="VNPT Liferay 7 Sở NN&PTNT: portlet h2 = category over the h3 asset title, 'Ngày đăng dd/mm/yyyy HH:MM', sapo div, attachment with issue date, bold 'Name - Chi cục …'")


# ===================================================================== 14 UBND huyện Trùng Khánh: ASP.NET MVC 'dcs'-style, 'Thứ sáu, dd/mm/yyyy - HH:MM', bold sapo, 'Name - Trung tâm Văn hóa, Thể thao và Truyền thông huyện'
A14 = Art("Trùng Khánh bàn giao 45 căn nhà cho hộ nghèo theo chương trình xóa nhà tạm, nhà dột nát",
          "Ngày 18/7, UBND huyện Trùng Khánh tổ chức bàn giao 45 căn nhà cho hộ nghèo, hộ cận nghèo ở 11 xã, thị trấn được hỗ trợ theo chương trình xóa nhà tạm, nhà dột nát năm 2024.",
          [("p", "Các căn nhà được hỗ trợ từ nguồn Quỹ “Vì người nghèo” của tỉnh, của huyện và nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, mức hỗ trợ từ 40 đến 60 triệu đồng mỗi căn."),
           ("img", "/Image/Large/2024718101530_trao-nha-dam-thuy.jpg", "Lãnh đạo huyện Trùng Khánh trao biển hỗ trợ nhà ở cho hộ nghèo xã Đàm Thủy"),
           ("p", "Nhiều gia đình được anh em, dòng họ giúp thêm vật liệu, ngày công nên căn nhà rộng rãi, kiên cố hơn dự kiến. Các đoàn thể, lực lượng vũ trang huyện đã hỗ trợ hơn 1.100 ngày công vận chuyển vật liệu, san lấp mặt bằng."),
           ("p", "Ông Lý Văn Sình, xóm Pác Rằng, xã Đàm Thủy chia sẻ: “Nhà cũ bằng tranh tre, mùa mưa dột khắp nơi. Nay có nhà mới, gia đình tôi yên tâm sản xuất, không còn lo mưa bão”."),
           ("p", "Năm 2024, huyện Trùng Khánh phấn đấu xóa 120 nhà tạm, nhà dột nát; đến nay đã khởi công 96 căn, hoàn thành 45 căn. Số còn lại dự kiến hoàn thành trước ngày 30/9/2024.")])


def page14():
    pub = T("2024-07-19 10:04")

    def main(rng, rl, rd):
        body = A14.render(p=jp, img=pcap)
        return (f'<div class="detail-news"><div class="detail-title"><h1>{esc(A14.title)}</h1></div>'
                f'<div class="detail-date"><i class="fa fa-clock-o"></i> {esc(wd(pub, lower=True))}, 19/07/2024 - 10:04</div>'
                f'<div class="detail-sapo"><strong>{esc(A14.lead)}</strong></div><div class="detail-content">{body}</div>'
                f'<div class="detail-author" style="text-align:right"><strong>Nông Văn Thịnh - Trung tâm Văn hóa, Thể thao và Truyền thông huyện</strong></div>'
                f'<div class="detail-tools"><a href="#">In bài viết</a> <a href="#">Gửi cho bạn bè</a> <a href="#">Về đầu trang</a></div>'
                f'<div class="detail-other"><div class="title-other">Tin khác</div>{rel(rng, rl, rd, lambda d: dmy(d), href="/DetailView/{n}/47/{s}.html", cls="list-other")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=4)
        return (f'<div class="tk-banner"><img src="/Content/images/banner-trung-khanh.jpg" alt="Cổng thông tin điện tử huyện Trùng Khánh" />'
                f'{clock(today, "hom_nay", "tk-today")}</div>'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=9 * i) for i in range(5)], dmy, "Thông báo", "tk-notice"))

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=4), "Lịch công tác tuần", "tk-lich")
                + side_std(rng, pub, "Tin đọc nhiều", cls="tk-most")
                + '<div class="tk-dulich"><h3>Du lịch Trùng Khánh</h3><a href="/du-lich/thac-ban-gioc">Thác Bản Giốc</a> <a href="/du-lich/dong-nguom-ngao">Động Ngườm Ngao</a></div>')
    crumbs = ('<div class="tk-crumb"><a href="/">Trang chủ</a> <i class="fa fa-angle-right"></i> <a href="/Category/12/tin-tuc.html">Tin tức</a> '
              '<i class="fa fa-angle-right"></i> <a href="/Category/47/tin-dia-phuong.html">Tin địa phương</a></div>')
    url = "https://trungkhanh.caolang.gov.vn/DetailView/20417/47/Trung-Khanh-ban-giao-45-can-nha-cho-ho-ngheo-theo-chuong-trinh-xoa-nha-tam--nha-dot-nat.html"
    return page("s15-14", family="ubnd_huyen_aspnet_mvc_detailview_name_dash_unit_with_comma", name="caolang-trungkhanh-ubnd-aspnet-mvc-detailview-clock-icon-thu-sau-lower-date-dash-time-bold-sapo-em-captions-bold-name-dash-trung-tam-vh-tt-tt-huyen",
                url=url, art=A14, main_fn=main, pub=pub, prefix="tk", kb=175,
                org="Cổng thông tin điện tử huyện Trùng Khánh", addr="Thị trấn Trùng Khánh, huyện Trùng Khánh, tỉnh Cao Lạng", phone="0206.3826.115",
                crumbs=crumbs, top=top, side=side, shell_kw={"items": MENU_GOV, "title": A14.title},
                exp=expected(A14, iso(pub), author="Nông Văn Thịnh", unit="Trung tâm Văn hóa, Thể thao và Truyền thông huyện", category="Tin địa phương"),
                traps={"bylines": ["Nông Văn Thịnh - Trung tâm Văn hóa, Thể thao và Truyền thông huyện"], "chrome": ["Tin khác", "In bài viết", "Lịch công tác tuần", "Du lịch Trùng Khánh"],
                       "related": lambda rl: rl[:4]},
                notes="District People's Committee portal on the ASP.NET MVC 'DetailView' platform: clock icon + lowercase weekday 'Thứ sáu, 19/07/2024 - 10:04'. Bold sapo div = lead; em captions in centred paragraphs; bold right 'Nông Văn Thịnh - Trung tâm Văn hóa, Thể thao và Truyền thông huyện' → author + unit (the unit itself contains a comma; the ' - ' separates writer and unit). Crumb 'Tin tức › Tin địa phương'. Notice ticker, weekly schedule with future dates, header clock 4 days later.",
                readme="UBND huyện ASP.NET MVC DetailView: 'Thứ sáu, dd/mm/yyyy - HH:MM', bold sapo, em captions, bold 'Name - Trung tâm Văn hóa, Thể thao và Truyền thông huyện' (comma inside the unit)")


# ===================================================================== 15 Báo Hà Bắc: press CMS, 'dd/mm/yyyy HH:MM (GMT+7)', h2 sapo, caps name at the end, 'Xem thêm' list, comments
A15 = Art("Hà Bắc có 12 bài thi đạt điểm 10 môn Lịch sử kỳ thi tốt nghiệp THPT năm 2024",
          "Kỳ thi tốt nghiệp THPT năm 2024, tỉnh Hà Bắc có 12 bài thi đạt điểm 10 môn Lịch sử, tăng 7 bài so với năm trước; điểm trung bình môn Lịch sử của thí sinh trong tỉnh đạt 7,12, cao hơn mức bình quân chung cả nước.",
          [("p", "Theo Sở Giáo dục và Đào tạo, năm nay toàn tỉnh có 23.846 thí sinh dự thi, tỷ lệ tốt nghiệp dự kiến đạt 99,6%. Ngoài 12 điểm 10 môn Lịch sử, tỉnh còn có 21 điểm 10 môn Giáo dục công dân, 5 điểm 10 môn Địa lý và 2 điểm 10 môn Hóa học."),
           ("p", "Em Nguyễn Thu Trang, học sinh lớp 12A7 Trường THPT Ngô Sĩ Liên đạt điểm 10 môn Lịch sử cho biết, em học sử bằng cách lập sơ đồ tư duy theo từng giai đoạn, kết hợp xem phim tư liệu và đọc hồi ký của các nhân vật lịch sử."),
           ("img", "/media/2024/07/20/hoc-sinh-ngo-si-lien.jpg", "Em Nguyễn Thu Trang (giữa) cùng các bạn lớp 12A7 Trường THPT Ngô Sĩ Liên"),
           ("p", "Ông Dương Văn Khải, Phó Giám đốc Sở Giáo dục và Đào tạo nhận định, kết quả môn Lịch sử năm nay phản ánh hiệu quả của việc đổi mới phương pháp dạy học, tăng cường hoạt động trải nghiệm tại các di tích lịch sử trên địa bàn tỉnh."),
           ("p", "Thí sinh có thể tra cứu điểm thi trên Cổng thông tin của Sở và đăng ký xét tuyển đại học trên hệ thống của Bộ Giáo dục và Đào tạo từ ngày 18/7 đến 17 giờ ngày 30/7/2024.")])


def page15():
    pub = T("2024-07-20 07:15")

    def main(rng, rl, rd):
        body = A15.render(img=lambda s, c, n: f'<table class="picture" align="center"><tr><td class="pic"><img src="{s}" alt="{esc(c, True)}" /></td></tr><tr><td class="caption"><p>{esc(c)}</p></td></tr></table>')
        more = "".join(f'<li><a href="/xa-hoi/giao-duc/{slug(t)}-{rng.randint(600000, 699999)}.html">{esc(t)}</a></li>' for t in rl[:3])
        cm = comments([("Phạm Minh Đức", "20/07/2024 09:31", "Chúc mừng các em học sinh, các thầy cô giáo dạy môn Lịch sử."),
                       ("Hoàng Lan", "20/07/2024 11:48", "Năm nay đề Lịch sử có khó không các bạn?"),
                       ("Vũ Thị Thanh", "21/07/2024 07:02", "Tự hào về Trường Ngô Sĩ Liên!")], head="Bình luận", cls="hb-cmt")
        return (f'<div class="hb-article"><div class="hb-crumb"><a href="/xa-hoi">Xã hội</a> <span>›</span> <a href="/xa-hoi/giao-duc">Giáo dục</a></div>'
                f'<h1 class="hb-title">{esc(A15.title)}</h1><div class="hb-date">20/07/2024 07:15 (GMT+7)</div>'
                f'<h2 class="hb-sapo">{esc(A15.lead)}</h2><div class="hb-body" id="hb-body">{body}'
                f'<p style="text-align:right"><strong>THU HẰNG</strong></p></div>'
                f'<div class="hb-more"><b>Xem thêm:</b><ul>{more}</ul></div>{share("hb-share")}{cm}'
                f'<div class="hb-samecat"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl[3:], rd[3:], lambda d: hm(d) + " " + dmy(d), cls="hb-same")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(hours=10)
        return (f'<div class="hb-mast"><a href="/"><img src="/images/logo-baohabac.png" alt="Báo Hà Bắc điện tử" /></a>{clock(today, "weekday", "hb-today")}'
                f'<a href="/bao-in">Báo in</a> <a href="/rss">RSS</a></div>'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=3 * i) for i in range(5)], lambda d: hm(d) + " " + dmy(d), "Tin nóng", "hb-ticker"))

    def side(rng, pub):
        return (side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="hb-most")
                + '<div class="hb-diemthi"><h3>Tra cứu điểm thi</h3><form><input placeholder="Số báo danh" /><button type="button">Tra cứu</button></form></div>'
                + '<div class="hb-video"><h3>Video</h3><a href="/video/le-hoi-thang-8">Khai mạc Tuần lễ văn hóa Quan họ 2024</a></div>')
    url = "https://baohabac.vn/xa-hoi/giao-duc/ha-bac-co-12-bai-thi-dat-diem-10-mon-lich-su-ky-thi-tot-nghiep-thpt-nam-2024-641208.html"
    head = (og(A15.title, url, {"og:description": A15.lead, "article:published_time": "2024-07-20T07:15:00+07:00", "article:modified_time": "2024-07-20T08:02:00+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A15.title, "datePublished": "2024-07-20T07:15:00+07:00",
                      "dateModified": "2024-07-20T08:02:00+07:00", "author": {"@type": "Person", "name": "Thu Hằng"}}))
    return page("s15-15", family="baotinh_gmt7_stamp_caps_name_end_xem_them", name="habac-bao-press-cms-crumb-above-h1-dd-mm-yyyy-hh-mm-gmt7-h2-sapo-table-picture-caption-caps-name-end-xem-them-list-three-comments",
                url=url, art=A15, main_fn=main, pub=pub, prefix="hb", kb=290,
                org="Báo Hà Bắc", addr="Số 45 đường Nguyễn Văn Cừ, TP Bắc Giang, tỉnh Hà Bắc", phone="0204.3855.471",
                top=top, side=side, shell_kw={"items": MENU_NEWS, "head_extra": head, "title": A15.title + " - Báo Hà Bắc điện tử"},
                exp=expected(A15, iso(pub), author="THU HẰNG", category="Giáo dục"),
                traps={"bylines": ["THU HẰNG"], "chrome": ["Xem thêm:", "Tin cùng chuyên mục", "Đọc nhiều", "Bình luận (3)"],
                       "comments": ["Năm nay đề Lịch sử có khó không các bạn?"], "related": lambda rl: rl[:4]},
                notes="Provincial newspaper press CMS: crumb 'Xã hội › Giáo dục' above the h1, '20/07/2024 07:15 (GMT+7)' → T07:15. og/JSON-LD modified 08:02 is not shown → updated_at null. h2 sapo = lead; table.picture with td.caption; bold caps 'THU HẰNG' at the end → author kept in capitals (JSON-LD 'Thu Hằng' is the fall-back spelling). 'Xem thêm:' list after the text and same-category list are not body; three reader comments with later times; exam lookup box.",
                readme="Báo tỉnh press CMS: crumb above the h1, 'dd/mm/yyyy HH:MM (GMT+7)', h2 sapo, table.picture caption, caps name at the end, 'Xem thêm:' list, comments; hidden modified time")


# ===================================================================== 16 Ban Tuyên giáo Tỉnh ủy Nghĩa Bình: DNN, 'Thứ Năm, dd/mm/yyyy - HH:MM | Lượt xem', bold-italic lead, 'Bài, ảnh: Name'
A16 = Art("Hội nghị báo cáo viên Tỉnh ủy tháng 7/2024: Thông tin về tình hình kinh tế - xã hội 6 tháng đầu năm",
          "Sáng 18/7, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên Tỉnh ủy định kỳ tháng 7/2024, kết nối trực tuyến đến 11 điểm cầu huyện, thị xã, thành phố và đảng ủy trực thuộc với gần 1.000 đại biểu tham dự.",
          [("p", "Tại hội nghị, đại diện lãnh đạo Sở Kế hoạch và Đầu tư đã thông tin tình hình kinh tế - xã hội 6 tháng đầu năm 2024. Tổng sản phẩm trên địa bàn tỉnh ước tăng 7,36% so với cùng kỳ; thu ngân sách nhà nước đạt 58,2% dự toán; giải ngân vốn đầu tư công đạt 43,1% kế hoạch."),
           ("h", "Thông tin thời sự trong nước và quốc tế"),
           ("p", "Báo cáo viên Trung ương đã thông tin chuyên đề về tình hình thế giới, khu vực và những vấn đề đặt ra đối với Việt Nam; kết quả thực hiện nhiệm vụ đối ngoại 6 tháng đầu năm và định hướng thời gian tới."),
           ("img", "/Portals/0/Images/TinTuc/2024/07/hoi-nghi-bcv-thang-7.jpg", "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy"),
           ("h", "Định hướng công tác tuyên truyền"),
           ("p", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy Đinh Thị Thu Hà đề nghị đội ngũ báo cáo viên tập trung tuyên truyền kỷ niệm 79 năm Cách mạng Tháng Tám và Quốc khánh 2/9, công tác chuẩn bị đại hội đảng bộ các cấp; kịp thời nắm bắt, phản ánh tâm trạng, dư luận xã hội ở cơ sở.")])


def page16():
    pub = T("2024-07-18 14:22")

    def main(rng, rl, rd):
        body = A16.render(p=jp, img=tcap, h=lambda t: f"<h3>{esc(t)}</h3>")
        mid = "dnn_ctr1452_ArticleDetail"
        return (f'<div class="DnnModule DnnModule-NewsDetail"><div class="c_container"><div class="c_head"><h2 class="c_title"><span id="dnn_ctr1452_dnnTITLE_titleLabel" class="Head">TIN TỨC</span></h2></div>'
                f'<div id="dnn_ctr1452_ContentPane" class="c_content"><div id="{mid}_pnDetail" class="news-detail">'
                f'<h1 class="news-title"><span id="{mid}_lblTitle">{esc(A16.title)}</span></h1>'
                f'<div class="news-date"><span id="{mid}_lblDate">{wd(pub)}, 18/07/2024 - 14:22</span> | Lượt xem: <span id="{mid}_lblView">512</span></div>'
                f'<div class="news-sapo"><p><strong><em>{esc(A16.lead)}</em></strong></p></div>'
                f'<div id="{mid}_divContent" class="news-content">{body}<p style="text-align:right"><strong>Bài, ảnh: Lê Quang Vinh</strong></p></div>'
                f'<div class="news-other"><h4>Các tin đã đưa</h4>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + " " + hm(d) + ")", cls="other")}</div></div></div></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=3)
        return (f'<div class="btg-banner"><img src="/Portals/0/Skins/BTG/images/banner.jpg" alt="Ban Tuyên giáo Tỉnh ủy Nghĩa Bình" />{clock(today, "weekday", "btg-today")}</div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", cls="btg-hot")
                + vb_box(["Hướng dẫn số 112-HD/BTGTU ngày 10/7/2024 tuyên truyền kỷ niệm 79 năm Cách mạng Tháng Tám",
                          "Đề cương tuyên truyền kỷ niệm 79 năm Quốc khánh 2/9"], "Tài liệu tuyên truyền", "btg-tl")
                + '<div class="btg-dlxh"><h3>Dư luận xã hội</h3><a href="/du-luan-xa-hoi/phieu-khao-sat">Phiếu thăm dò dư luận xã hội quý III</a></div>')
    crumbs = ('<div class="btg-crumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » '
              '<a href="/tin-tuc/bao-cao-vien-du-luan-xa-hoi">Báo cáo viên - Dư luận xã hội</a></div>')
    url = "https://tuyengiao.nghiabinh.dcs.vn/tin-tuc/bao-cao-vien-du-luan-xa-hoi/hoi-nghi-bao-cao-vien-tinh-uy-thang-7-2024-3318.aspx"
    return page("s15-16", family="party_agency_dnn_bai_anh_bold_italic_lead_h3", name="nghiabinh-btg-dnn-caps-tin-tuc-container-span-title-in-h1-thu-nam-date-dash-time-pipe-views-bold-italic-sapo-h3-subheads-td-caption-bold-bai-anh-name",
                url=url, art=A16, main_fn=main, pub=pub, prefix="btg", kb=215,
                org="Ban Tuyên giáo Tỉnh ủy Nghĩa Bình", addr="Số 21 đường Lê Lợi, TP Quy Nhơn, tỉnh Nghĩa Bình", phone="0256.3822.370",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "dnn", "form": True, "dnn": True, "title": A16.title + " > Ban Tuyên giáo Tỉnh ủy Nghĩa Bình"},
                exp=expected(A16, iso(pub), author="Lê Quang Vinh", photographer="Lê Quang Vinh", category="Báo cáo viên - Dư luận xã hội"),
                traps={"bylines": ["Bài, ảnh: Lê Quang Vinh"], "chrome": ["TIN TỨC", "Các tin đã đưa", "Tài liệu tuyên truyền", "Lượt xem: 512"], "related": lambda rl: rl[:4]},
                notes="DNN Ban Tuyên giáo site: caps container title 'TIN TỨC' (generic, not the category), h1 > span title, 'Thứ Năm, 18/07/2024 - 14:22 | Lượt xem: 512'. Bold-italic sapo paragraph = lead; two h3 sub-heads are body; td.image_desc caption; bold right 'Bài, ảnh: Lê Quang Vinh' → author = photographer. Crumb 'Trang chủ » Tin tức » Báo cáo viên - Dư luận xã hội'. ViewState, 'Các tin đã đưa' with date + time, header clock 3 days later.",
                readme="DNN Ban Tuyên giáo: caps 'TIN TỨC' container, 'Thứ Năm, dd/mm/yyyy - HH:MM | Lượt xem', bold-italic sapo, two h3 sub-heads, td caption, 'Bài, ảnh: Name'")


# ===================================================================== 17 Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Sông Bé: ASP.NET WebForms, lblDate with printed seconds ':00', lblSummary, italic 'Name (Đảng ủy Công ty …)'
A17 = Art("Đảng ủy Công ty Cao su Phước Hòa kết nạp 14 đảng viên là công nhân trực tiếp sản xuất",
          "6 tháng đầu năm 2024, Đảng ủy Công ty TNHH MTV Cao su Phước Hòa đã kết nạp 14 đảng viên mới, trong đó 12 đồng chí là công nhân khai thác mủ, vượt chỉ tiêu nghị quyết đề ra.",
          [("p", "Để làm tốt công tác phát triển đảng viên, Đảng ủy Công ty chỉ đạo các chi bộ phối hợp với công đoàn, đoàn thanh niên phát hiện những công nhân tiêu biểu trong lao động sản xuất, có uy tín trong tập thể để bồi dưỡng, giới thiệu cho Đảng xem xét."),
           ("p", "Các lớp bồi dưỡng nhận thức về Đảng được tổ chức ngay tại nông trường vào buổi chiều, sau ca cạo mủ, giúp công nhân thuận tiện tham gia. Mỗi quần chúng ưu tú được phân công một đảng viên chính thức theo dõi, giúp đỡ."),
           ("img", "/Uploads/images/2024/07/ket-nap-dang-vien-phuoc-hoa.jpg", "Lễ kết nạp đảng viên tại Chi bộ Nông trường Lai Uyên"),
           ("p", "Đồng chí Trần Văn Lực, công nhân Nông trường Lai Uyên vừa được kết nạp Đảng chia sẻ, được đứng trong hàng ngũ của Đảng là niềm vinh dự, anh sẽ tiếp tục phấn đấu hoàn thành tốt nhiệm vụ, xứng đáng với sự tin tưởng của chi bộ."),
           ("p", "Hiện Đảng bộ Công ty có 31 chi bộ trực thuộc với 486 đảng viên, tỷ lệ đảng viên là công nhân trực tiếp sản xuất chiếm 38,5%.")])


def page17():
    pub = T("2024-07-17 15:36:00")

    def main(rng, rl, rd):
        cid = "ctl00_cphMain_ArticleDetail1"
        body = A17.render(p=jp, img=lambda s, c, n: f'<div style="text-align:center"><img src="{s}" alt="" style="max-width:100%" /><div class="img-caption"><i>{esc(c)}</i></div></div>')
        return (f'<div class="article-detail"><h1 id="{cid}_ltlTitle" class="article-title">{esc(A17.title)}</h1>'
                f'<div class="article-date"><img src="/images/icon-date.gif" alt="" /> <span id="{cid}_lblDate">17/07/2024 15:36:00</span></div>'
                f'<div class="article-summary"><span id="{cid}_lblSummary" style="font-weight:bold">{esc(A17.lead)}</span></div>'
                f'<div id="{cid}_divContent" class="article-content">{body}<p style="text-align:right"><i>Phạm Thị Lan (Đảng ủy Công ty TNHH MTV Cao su Phước Hòa)</i></p></div>'
                f'<div class="article-tool"><a id="{cid}_lnkPrint" href="javascript:__doPostBack(\'ctl00$cphMain$ArticleDetail1$lnkPrint\',\'\')">In bài</a> '
                f'<a href="javascript:history.back()">Trở về</a></div>'
                f'<div class="article-other"><span class="other-title">Các bài viết khác</span>{rel(rng, rl, rd, lambda d: dmy(d) + " " + d.strftime("%H:%M:%S"), href="/Default.aspx?c=content&a=detail&id={n}", cls="other-list")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=-5)
        return (f'<div class="duk-banner"><img src="/images/banner-dang-uy-khoi.jpg" alt="Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Sông Bé" />'
                f'<div class="duk-clock">{dmy(today)} {today.strftime("%H:%M:%S")}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d) + " " + d.strftime("%H:%M:%S"), cls="duk-new")
                + vb_box(["Nghị quyết số 12-NQ/ĐUK ngày 03/7/2024 về phát triển đảng viên trong doanh nghiệp",
                          "Kế hoạch số 86-KH/ĐUK ngày 26/6/2024 tổ chức đại hội chi bộ trực thuộc"], "Văn bản của Đảng ủy Khối", "duk-vb"))
    crumbs = ('<div class="duk-crumb"><a href="/">Trang chủ</a> / <a href="/Default.aspx?c=cat&id=4">Tin tức</a> / '
              '<a href="/Default.aspx?c=cat&id=17">Hoạt động các đảng bộ cơ sở</a></div>')
    url = "https://dangbokhoi.songbe.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=17&id=3861"
    return page("s15-17", family="duk_aspnet_webforms_lbldate_seconds_italic_name_paren_unit", name="songbe-dukcqdn-aspnet-webforms-ltltitle-h1-lbldate-dd-mm-yyyy-hh-mm-ss-zero-seconds-lblsummary-bold-italic-caption-div-italic-name-paren-dang-uy-cong-ty",
                url=url, art=A17, main_fn=main, pub=pub, prefix="duk", kb=230,
                org="Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Sông Bé", addr="Số 2 đường Văn Công Khai, TP Thủ Dầu Một, tỉnh Sông Bé", phone="0274.3822.415",
                crumbs=crumbs, top=top, side=side, shell_kw={"form": True, "title": A17.title},
                exp=expected(A17, iso(pub), author="Phạm Thị Lan", unit="Đảng ủy Công ty TNHH MTV Cao su Phước Hòa", category="Hoạt động các đảng bộ cơ sở"),
                traps={"bylines": ["Phạm Thị Lan (Đảng ủy Công ty TNHH MTV Cao su Phước Hòa)"], "chrome": ["Các bài viết khác", "Trở về", "Văn bản của Đảng ủy Khối"],
                       "related": lambda rl: rl[:4]},
                notes="Custom ASP.NET WebForms Đảng ủy Khối site (ViewState): h1#…_ltlTitle, span#…_lblDate '17/07/2024 15:36:00' — the stamp PRINTS seconds (they happen to be :00) → 2024-07-17T15:36:00+07:00. Bold span#…_lblSummary = lead; italic caption div under each image; italic right 'Phạm Thị Lan (Đảng ủy Công ty TNHH MTV Cao su Phước Hòa)' → author + unit. Crumb 'Trang chủ / Tin tức / Hoạt động các đảng bộ cơ sở'. Header clock and lists all carry seconds (decoys).",
                readme="ASP.NET WebForms Đảng ủy Khối: lblDate 'dd/mm/yyyy HH:MM:SS' (:00 printed), lblSummary bold lead, italic caption div, italic 'Name (Đảng ủy Công ty …)'")


# ===================================================================== 18 Hội Cựu chiến binh tỉnh Nam Hà: Drupal 10 Olivero, 'Gửi bởi <account> vào Th 3, dd/mm/yyyy - HH:MM', field image caption, 'CCB Name - Hội CCB xã …'
A18 = Art("Cựu chiến binh Nghĩa Hưng giúp nhau phát triển kinh tế, giảm nghèo bền vững",
          None,
          [("p", "Những năm qua, Hội Cựu chiến binh huyện Nghĩa Hưng đã triển khai nhiều cách làm hay giúp hội viên phát triển kinh tế. Đến nay, toàn huyện có 326 hội viên làm kinh tế giỏi với thu nhập từ 300 triệu đồng/năm trở lên, tạo việc làm cho hơn 1.400 lao động."),
           ("p", "Tiêu biểu là mô hình nuôi tôm thẻ chân trắng trong nhà màng của cựu chiến binh Đỗ Văn Bình ở xã Nghĩa Lâm. Với 1,5 ha ao nuôi, mỗi năm gia đình ông thu lãi gần 900 triệu đồng, tạo việc làm thường xuyên cho 8 lao động địa phương."),
           ("p", "Các cấp hội còn duy trì 42 tổ tiết kiệm, vay vốn với tổng dư nợ trên 96 tỷ đồng, phối hợp với Ngân hàng Chính sách xã hội huyện giúp hội viên tiếp cận vốn ưu đãi; tổ chức 18 lớp tập huấn chuyển giao khoa học kỹ thuật cho hơn 900 lượt hội viên."),
           ("p", "Nhờ đó, tỷ lệ hộ nghèo trong hội viên cựu chiến binh huyện giảm còn 0,4%. Hội phấn đấu đến hết năm 2024 không còn hộ hội viên nghèo.")])
CAP18 = "Cựu chiến binh Đỗ Văn Bình (bên phải) giới thiệu mô hình nuôi tôm trong nhà màng với đoàn công tác"


def page18():
    pub = T("2024-07-16 10:12")

    def main(rng, rl, rd):
        body = A18.render(p=lambda t: f"<p>{esc(t)}</p>")
        return (f'<article data-history-node-id="2417" class="node node--type-article node--promoted node--view-mode-full">'
                f'<h1 class="title page-title"><span class="field field--name-title">{esc(A18.title)}</span></h1>'
                f'<div class="node__meta"><article class="profile"></article><span>Gửi bởi <span class="field field--name-uid"><span>bbt_hoiccb</span></span> vào '
                f'<span class="field field--name-created">Th 3, 16/07/2024 - 10:12</span></span></div>'
                f'<div class="node__content"><div class="field field--name-field-image"><img loading="lazy" src="/sites/default/files/2024-07/cuu-chien-binh-do-van-binh.jpg" width="800" height="533" alt="" />'
                f'<div class="field field--name-field-image-caption">{esc(CAP18)}</div></div>'
                f'<div class="clearfix text-formatted field field--name-body field__item">{body}<p><strong>CCB Trần Văn Hải - Hội CCB xã Nghĩa Lâm</strong></p></div>'
                f'<div class="field field--name-field-chuyen-muc field--label-inline"><div class="field__label">Chuyên mục</div>'
                f'<div class="field__item"><a href="/chuyen-muc/guong-cuu-chien-binh" hreflang="vi">Gương cựu chiến binh</a></div></div>'
                f'<div class="field field--name-field-tags"><div class="field__label">Từ khóa</div><div class="field__items"><a href="/taxonomy/term/58">cựu chiến binh kiểu mẫu</a> <a href="/taxonomy/term/61">Nghĩa Hưng</a></div></div>'
                f'<section class="comments"><h2 class="comments__title">Bình luận</h2><p>Đăng nhập để gửi bình luận</p></section></div></article>')

    def side(rng, pub):
        return (f'<div class="block block-views"><h2>Tin mới</h2>{rel(rng, heads6(rng, 5), past(pub, rng, 5, 0, 9), lambda d: dmy(d) + " - " + hm(d), cls="view-content")}</div>'
                + '<div class="block block-ccb"><h2>Liên kết</h2><ul><li><a href="https://cuuchienbinh.vn">Hội Cựu chiến binh Việt Nam</a></li><li><a href="/">Tỉnh ủy Nam Hà</a></li></ul></div>')
    crumbs = ('<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>'
              '<ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol></nav>')
    url = "https://cuuchienbinh.namha.org.vn/tin-tuc/cuu-chien-binh-nghia-hung-giup-nhau-phat-trien-kinh-te-giam-ngheo-ben-vung"
    return page("s15-18", family="veterans_union_drupal10_gui_boi_account_ccb_name_dash_unit", name="namha-hoiccb-drupal10-olivero-gui-boi-account-vao-th-3-dd-mm-yyyy-dash-hh-mm-field-image-caption-before-body-no-lead-ccb-name-dash-hoi-ccb-xa-chuyen-muc-field",
                url=url, art=A18, main_fn=main, pub=pub, prefix="ccb", kb=120,
                org="Hội Cựu chiến binh tỉnh Nam Hà", addr="Số 12 đường Hùng Vương, TP Nam Định, tỉnh Nam Hà", phone="0228.3845.209",
                crumbs=crumbs, side=side, shell_kw={"items": MENU_MASS, "title": A18.title + " | Hội Cựu chiến binh tỉnh Nam Hà"},
                exp=expected(A18, iso(pub), author="Trần Văn Hải", unit="Hội CCB xã Nghĩa Lâm", category="Gương cựu chiến binh", captions=[CAP18]),
                traps={"bylines": ["CCB Trần Văn Hải - Hội CCB xã Nghĩa Lâm", "bbt_hoiccb"], "chrome": ["Đăng nhập để gửi bình luận", "Chuyên mục", "Từ khóa"],
                       "tags": ["cựu chiến binh kiểu mẫu"]},
                notes="Drupal 10 (Olivero-like) Veterans' Association site: 'Gửi bởi bbt_hoiccb vào Th 3, 16/07/2024 - 10:12' → bbt_hoiccb is the account, stamp 2024-07-16T10:12. field_image + field_image_caption printed BEFORE the body → caption (not body). No lead. Last body line bold 'CCB Trần Văn Hải - Hội CCB xã Nghĩa Lâm' → author 'Trần Văn Hải' (status prefix 'CCB' dropped) + unit. Category from the inline field 'Chuyên mục: Gương cựu chiến binh' (crumb only 'Trang chủ › Tin tức'). Tags field, login-to-comment note.",
                readme="Drupal 10 Hội CCB: 'Gửi bởi <account> vào Th 3, dd/mm/yyyy - HH:MM', field image caption before the body, no lead, 'CCB Name - Hội CCB xã …', 'Chuyên mục' field")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
