"""Set 15 pages 1-9: a plain random sample across the provincial Party system; pages 1-6 carry one TWIST each
(date only in the breadcrumb, English-labelled meta table, two-column text, update stamp only in an editor's note,
paragraphs lazy-loaded with a <noscript> fallback, byline only in an avatar's alt/title)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, hexid, slug
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box


# ===================================================================== 1 Tỉnh ủy Hà Tuyên: the only stamp is a day-archive level in the breadcrumb (TWIST)
A1 = Art("Hà Tuyên hoàn thành rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030",
         "Đến ngày 15/7/2024, 100% tổ chức cơ sở đảng và 16/16 đảng bộ trực thuộc Tỉnh ủy đã hoàn thành việc rà soát, bổ sung quy hoạch cấp ủy, ban thường vụ và các chức danh chủ chốt nhiệm kỳ 2025 - 2030, bảo đảm đúng tiến độ Ban Thường vụ Tỉnh ủy đề ra.",
         [("p", "Theo Ban Tổ chức Tỉnh ủy, quy trình rà soát được thực hiện chặt chẽ theo Hướng dẫn số 16-HD/BTCTW của Ban Tổ chức Trung ương, công khai, dân chủ, khách quan; đưa ra khỏi quy hoạch những trường hợp không còn đủ tiêu chuẩn, điều kiện, đồng thời bổ sung cán bộ trẻ, cán bộ nữ có triển vọng."),
          ("p", "Qua rà soát, toàn tỉnh đã đưa ra khỏi quy hoạch 214 lượt cán bộ, bổ sung 386 lượt cán bộ vào quy hoạch cấp ủy các cấp. Tỷ lệ cán bộ trẻ dưới 40 tuổi trong quy hoạch đạt 21,4%, cán bộ nữ đạt 27,8%, cán bộ người dân tộc thiểu số đạt 31,2%."),
          ("img", "/Uploads/2024/7/17/hoi-nghi-quy-hoach-can-bo-ha-tuyen.jpg", "Hội nghị trực tuyến hướng dẫn rà soát, bổ sung quy hoạch cấp ủy đến các đảng bộ trực thuộc"),
          ("h", "Gắn quy hoạch với đào tạo, luân chuyển"),
          ("p", "Cùng với rà soát quy hoạch, các cấp ủy đã xây dựng kế hoạch đào tạo, bồi dưỡng, luân chuyển cán bộ trong quy hoạch. Từ đầu năm đến nay, tỉnh đã cử 142 cán bộ đi học cao cấp lý luận chính trị, luân chuyển 37 cán bộ từ tỉnh về huyện và từ huyện về xã."),
          ("p", "Đồng chí Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy Ma Văn Khoa cho biết, thời gian tới Ban sẽ tham mưu Ban Thường vụ Tỉnh ủy thẩm định danh sách quy hoạch của các đảng bộ trực thuộc, hoàn thành phê duyệt trước ngày 30/8/2024 để làm cơ sở chuẩn bị nhân sự đại hội đảng bộ các cấp.")])


def page01():
    pub = T("2024-07-17 10:25")

    def main(rng, rl, rd):
        body = A1.render(p=jp, img=fig, h=lambda t: f"<h3>{esc(t)}</h3>")
        return (f'<div class="ht-detail"><h1 class="ht-title">{esc(A1.title)}</h1>'
                f'<div class="ht-tools"><span class="views">Lượt xem: 418</span> | <a href="#" onclick="window.print()">In bài</a> | '
                f'<a href="#">Gửi email</a> | <a href="#" class="zoom">A+</a> <a href="#" class="zoom">A-</a></div>'
                f'<div class="ht-sapo"><strong>{esc(A1.lead)}</strong></div><div class="ht-content">{body}'
                f'<p style="text-align:right"><strong>Hoàng Minh Tuấn - Ban Tổ chức Tỉnh ủy</strong></p></div>'
                f'{share("ht-share")}<div class="ht-other"><h3>Các tin khác</h3>{rel(rng, rl, rd, dmy, href="/xay-dung-dang/cong-tac-to-chuc/{s}-{n}.html", cls="ht-list")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=3)
        return (f'<div class="ht-banner"><img src="/images/banner-tinhuy.png" alt="Báo điện tử Đảng bộ tỉnh Hà Tuyên" />'
                f'{clock(today, "hom_nay", "ht-today")}</div>'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=6 * i) for i in range(5)], dmy, "Tin mới", "ht-ticker"))

    def side(rng, pub):
        return (vb_box(["Hướng dẫn số 27-HD/TU ngày 05/7/2024 về rà soát, bổ sung quy hoạch cấp ủy",
                        "Kế hoạch số 318-KH/TU ngày 26/6/2024 tổ chức đại hội điểm chi bộ trực thuộc"])
                + side_std(rng, pub, "Tin đọc nhiều", cls="docnhieu")
                + '<div class="ht-chuyende"><h3>Chuyên đề</h3><a href="/chuyen-de/dai-hoi-dang-bo-cac-cap">Tiến tới đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030</a></div>')
    crumbs = ('<ul class="ht-crumb"><li><a href="/">Trang chủ</a></li> <li>›</li> <li><a href="/xay-dung-dang">Xây dựng Đảng</a></li> <li>›</li> '
              '<li><a href="/xay-dung-dang/cong-tac-to-chuc">Công tác tổ chức</a></li> <li>›</li> '
              '<li class="crumb-day"><a href="/tin-theo-ngay/2024-07-17" title="Tin trong ngày">Ngày 17/07/2024</a></li></ul>')
    url = "https://hatuyen.dcs.vn/xay-dung-dang/cong-tac-to-chuc/ha-tuyen-hoan-thanh-ra-soat-bo-sung-quy-hoach-cap-uy-nhiem-ky-2025-2030-20871.html"
    head = (og(A1.title, url, {"og:site_name": "Báo điện tử Đảng bộ tỉnh Hà Tuyên"})
            + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A1.title, "dateCreated": "2024-07-16 22:40:00",
                      "publisher": {"@type": "Organization", "name": "Tỉnh ủy Hà Tuyên"}}))
    return page("s15-01", family="province_party_crumb_day_archive_only_stamp", name="hatuyen-tinhuy-php-crumb-last-level-ngay-dd-mm-yyyy-day-archive-only-stamp-bold-sapo-h3-bold-name-dash-ban-to-chuc",
                url=url, art=A1, main_fn=main, pub=pub, prefix="ht", kb=185,
                org="Báo điện tử Đảng bộ tỉnh Hà Tuyên", addr="Số 8 đường 17/8, TP Tuyên Quang, tỉnh Hà Tuyên", phone="0207.3822.418",
                crumbs=crumbs, top=top, side=side, shell_kw={"head_extra": head, "title": A1.title + " - Tỉnh ủy Hà Tuyên"},
                exp=expected(A1, isod(pub), author="Hoàng Minh Tuấn", unit="Ban Tổ chức Tỉnh ủy", category="Công tác tổ chức"),
                traps={"bylines": ["Hoàng Minh Tuấn - Ban Tổ chức Tỉnh ủy"], "chrome": ["Lượt xem: 418", "Các tin khác", "Ngày 17/07/2024", "Tin đọc nhiều"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: the article shows no stamp of its own; the breadcrumb ends with a day-archive level 'Ngày 17/07/2024' (link to /tin-theo-ngay/2024-07-17) after 'Xây dựng Đảng › Công tác tổ chức' → published_at = '2024-07-17' (date only), category = the deepest NAMED level 'Công tác tổ chức' (the date level is not a category). JSON-LD dateCreated '2024-07-16 22:40:00' is naive (no offset) and a different day (the draft) → ignored. Bold div sapo = lead, h3 sub-head is body, bold right 'Hoàng Minh Tuấn - Ban Tổ chức Tỉnh ủy' → author + unit. Header clock 2 days later, ticker, 'Văn bản mới' issue dates, related list with dates.",
                readme="TWIST the only stamp is the breadcrumb's day-archive level 'Ngày 17/07/2024' → date only, category = the named level before it; bold sapo, h3, 'Name - Ban Tổ chức Tỉnh ủy'")


# ===================================================================== 2 Huyện ủy Lục Ngạn: meta in a table with untranslated English labels (TWIST)
A2 = Art("Lục Ngạn tuyên truyền Nghị quyết Trung ương 8 khóa XIII đến hơn 11.000 đảng viên",
         None,
         [("p", "Sáng 16/7, Ban Thường vụ Huyện ủy Lục Ngạn tổ chức hội nghị trực tuyến học tập, quán triệt và triển khai thực hiện Nghị quyết Hội nghị Trung ương 8 khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới đến 58 điểm cầu ở các xã, thị trấn và đảng bộ cơ sở."),
          ("p", "Tham dự tại điểm cầu huyện có các đồng chí trong Ban Chấp hành Đảng bộ huyện, lãnh đạo các ban, ngành, đoàn thể; tại các điểm cầu cơ sở có cấp ủy viên, bí thư chi bộ và đảng viên. Tổng số người dự trên 11.200 người, đạt 96,3% tổng số đảng viên toàn Đảng bộ."),
          ("img", "/uploads/huyenuy/2024/07/hoi-nghi-quan-triet-nq-tw8-luc-ngan.jpg", "Quang cảnh hội nghị tại điểm cầu Trung tâm Chính trị huyện Lục Ngạn"),
          ("p", "Tại hội nghị, báo cáo viên Ban Tuyên giáo Tỉnh ủy đã truyền đạt những nội dung cơ bản, cốt lõi của Nghị quyết, nhấn mạnh yêu cầu bảo vệ Tổ quốc từ sớm, từ xa, giữ nước từ khi nước chưa nguy; xây dựng thế trận lòng dân vững chắc ở cơ sở."),
          ("p", "Phát biểu kết luận, đồng chí Bí thư Huyện ủy Giáp Văn Tuấn yêu cầu các chi, đảng bộ tổ chức cho đảng viên viết thu hoạch, xây dựng chương trình hành động sát với thực tiễn địa phương, hoàn thành trước ngày 15/8/2024."),
          ("p", "Đối với đảng viên cao tuổi, sức khỏe yếu không thể dự hội nghị, các chi bộ phân công cấp ủy viên đến tận nhà phổ biến những nội dung chính của Nghị quyết.")])


def page02():
    pub = T("2024-07-16 09:45")

    def main(rng, rl, rd):
        meta = ('<table class="news-info" cellpadding="3" cellspacing="0"><tbody>'
                '<tr><th align="left">Posted date</th><td>16/07/2024 09:45</td></tr>'
                '<tr><th align="left">Author</th><td>Lê Văn Bình - Ban Tuyên giáo Huyện ủy</td></tr>'
                '<tr><th align="left">Category</th><td><a href="/tuyen-truyen-giao-duc">Tuyên truyền - Giáo dục</a></td></tr>'
                '<tr><th align="left">Views</th><td>214</td></tr></tbody></table>')
        body = A2.render(p=lambda t: f'<p class="MsoNormal" style="text-align:justify;text-indent:36pt">{esc(t)}</p>', img=pcap)
        others = "".join(f'<tr><td><img src="/images/bullet.gif" /> <a href="/tin-tuc/{slug(t)}.html">{esc(t)}</a> <font color="#888">[{dmy(d)}]</font></td></tr>' for t, d in zip(rl, rd))
        return (f'<table width="100%" class="news-detail"><tr><td class="news-title"><h1>{esc(A2.title)}</h1></td></tr>'
                f'<tr><td>{meta}</td></tr><tr><td class="news-content">{body}</td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">Print</a> | <a href="#top">Top</a></td></tr></table>'
                f'<table width="100%" class="other-news"><tr><td class="other-title">Other news</td></tr>{others}</table>')

    def top(rng, pub):
        return ('<div class="ln-banner"><img src="/images/banner-huyen-uy-luc-ngan.jpg" alt="Huyện ủy Lục Ngạn" width="1000" height="160" /></div>'
                f'<div class="ln-date">{esc(wd(pub + timedelta(days=3)))}, {dmy(pub + timedelta(days=3))}</div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=3), "Lịch làm việc Thường trực Huyện ủy", "lich")
                + side_std(rng, pub, "Tin mới cập nhật", cls="newest")
                + links_box(["Báo điện tử Đảng Cộng sản Việt Nam", "Tỉnh ủy Hà Bắc", "Báo Hà Bắc", "Cổng TTĐT huyện Lục Ngạn"]))
    crumbs = '<div class="ln-crumb"><a href="/">Trang chủ</a> &gt;&gt; <a href="/tin-tuc">Tin tức</a></div>'
    url = "http://lucngan.habac.dcs.vn/tin-tuc/luc-ngan-tuyen-truyen-nghi-quyet-trung-uong-8-khoa-xiii-den-hon-11-000-dang-vien.html"
    return page("s15-02", family="district_party_meta_table_english_labels", name="habac-lucngan-huyenuy-table-layout-meta-table-posted-date-author-category-views-english-th-labels-no-lead-msonormal-em-captions",
                url=url, art=A2, main_fn=main, pub=pub, prefix="ln", kb=125, min_kb=90,
                org="Huyện ủy Lục Ngạn", addr="Thị trấn Chũ, huyện Lục Ngạn, tỉnh Hà Bắc", phone="0204.3882.016",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "table", "title": A2.title},
                exp=expected(A2, iso(pub), author="Lê Văn Bình", unit="Ban Tuyên giáo Huyện ủy", category="Tuyên truyền - Giáo dục"),
                traps={"chrome": ["Posted date", "Other news", "Views", "Lịch làm việc Thường trực Huyện ủy"], "bylines": ["Lê Văn Bình - Ban Tuyên giáo Huyện ủy"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: the vendor's news template was never translated — the meta sits in a table under the h1 with English <th> labels: 'Posted date | 16/07/2024 09:45', 'Author | Lê Văn Bình - Ban Tuyên giáo Huyện ủy', 'Category | Tuyên truyền - Giáo dục', 'Views | 214' → published 2024-07-16T09:45, author + unit from the Author row, category from the Category row (the crumb only has the generic 'Tin tức'). The meta table is not body. No lead (the text starts with a plain MsoNormal paragraph); em captions in centred paragraphs. Table-era layout, English 'Print | Top' and 'Other news' with bracketed dates.",
                readme="TWIST meta table with English labels 'Posted date / Author / Category / Views' under the h1 → date, author + unit, category from its rows; table layout, no lead, em captions")


# ===================================================================== 3 Báo Cao Lạng: text split into two sibling columns (TWIST)
A3 = Art("Giữ nghề dệt thổ cẩm Tày ở Quảng Hòa",
         "Từ những khung cửi gỗ cũ kỹ, phụ nữ Tày ở các xã Phi Hải, Quốc Dân, huyện Quảng Hòa vẫn cần mẫn dệt nên những tấm thổ cẩm mang hoa văn truyền thống. Nghề cũ đang được tiếp sức bằng hợp tác xã, khách du lịch và các đơn hàng đặt qua mạng.",
         [("p", "Bà Nông Thị Sâm, 68 tuổi, ở xóm Bản Khuông, xã Phi Hải đã có hơn 50 năm ngồi bên khung cửi. Theo bà, để dệt xong một tấm chăn thổ cẩm khổ lớn phải mất từ 15 đến 20 ngày, chưa kể thời gian kéo sợi, nhuộm chàm."),
          ("p", "Những năm trước, thổ cẩm chủ yếu dệt để dùng trong gia đình hoặc làm của hồi môn cho con gái. Khi hàng công nghiệp tràn về, nhiều khung cửi bị xếp lên gác bếp, lớp trẻ ít người còn biết dệt."),
          ("img", "/uploads/images/2024/07/18/det-tho-cam-phi-hai.jpg", "Bà Nông Thị Sâm hướng dẫn con cháu dệt thổ cẩm tại nhà"),
          ("p", "Năm 2021, Hợp tác xã Thổ cẩm Phi Hải được thành lập với 24 thành viên. Hợp tác xã đứng ra nhận đơn hàng, cung cấp sợi và mẫu mã, thành viên dệt tại nhà vào lúc nông nhàn, mỗi tháng có thêm từ 2 đến 3 triệu đồng."),
          ("h", "Tìm đầu ra cho sản phẩm"),
          ("p", "Ngoài chăn, túi, khăn truyền thống, hợp tác xã đã phát triển thêm ví, bao gối, sổ tay bọc thổ cẩm phục vụ khách du lịch. Sản phẩm được giới thiệu tại điểm dừng chân trên tuyến đến thác Bản Giốc và bán trên các sàn thương mại điện tử."),
          ("p", "Chị Hoàng Thị Diệu, Giám đốc hợp tác xã cho biết, 6 tháng đầu năm 2024 hợp tác xã tiêu thụ hơn 1.300 sản phẩm, doanh thu khoảng 480 triệu đồng. Hợp tác xã đang hoàn thiện hồ sơ để thổ cẩm Phi Hải được công nhận sản phẩm OCOP."),
          ("p", "Huyện Quảng Hòa cũng đã mở 3 lớp truyền dạy nghề dệt cho gần 70 học viên là phụ nữ và học sinh người Tày, góp phần gìn giữ nghề truyền thống gắn với phát triển du lịch cộng đồng.")])


def page03():
    pub = T("2024-07-18 07:30")

    def main(rng, rl, rd):
        blocks = A3.blocks
        a = Art("", None, blocks[:4])  # column A: paragraph, paragraph, figure, paragraph
        b = Art("", None, blocks[4:])  # column B: the sub-head and three paragraphs
        img = lambda s, c, n: f'<figure class="cl-fig"><img src="{s}" alt="" /><figcaption>{esc(c)}</figcaption></figure>'
        h = lambda t: f'<h3 class="cl-sub">{esc(t)}</h3>'
        cols = (f'<div class="cl-body cl-twocol" style="display:flex;gap:24px"><div class="cl-col cl-col-a" style="flex:1">{a.render(img=img, h=h)}</div>'
                f'<div class="cl-col cl-col-b" style="flex:1">{b.render(img=img, h=h)}</div></div>')
        cm = comments([("Nông Văn Hiếu", "18/07/2024 20:14", "Mong hợp tác xã có thêm nhiều mẫu mới để bán cho khách du lịch."),
                       ("Lương Thị Mai", "19/07/2024 06:02", "Thổ cẩm Phi Hải đẹp lắm, tôi đã đặt mua qua mạng.")], head="Ý kiến bạn đọc", cls="cl-cmt")
        return (f'<article class="cl-article cl-longread"><div class="cl-cate"><a href="/van-hoa">Văn hóa</a> / <a href="/van-hoa/di-san">Di sản</a></div>'
                f'<h1 class="cl-title">{esc(A3.title)}</h1>'
                f'<div class="cl-meta"><a class="cl-author" href="/tac-gia/van-thang">Văn Thắng</a> - <a class="cl-author" href="/tac-gia/bich-ngoc">Bích Ngọc</a>'
                f' <span class="cl-time">{wd(pub)}, 18/07/2024, 07:30</span></div>'
                f'<h2 class="cl-sapo">{esc(A3.lead)}</h2>{cols}'
                f'<div class="cl-tags">Từ khóa: <a href="/tag/tho-cam">thổ cẩm</a> <a href="/tag/quang-hoa">Quảng Hòa</a> <a href="/tag/ocop">OCOP</a></div>'
                f'{share("cl-share")}{cm}<div class="cl-same"><h3>Cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " " + hm(d), href="/van-hoa/{s}-{n}.html", cls="cl-rel")}</div></article>')

    def top(rng, pub):
        today = pub + timedelta(hours=14)
        return (f'<div class="cl-mast"><a href="/"><img src="/images/logo-bao-cao-lang.svg" alt="Báo Cao Lạng" /></a>{clock(today, "weekday", "cl-today")}'
                f'<a class="cl-epaper" href="/bao-in">Báo in</a> <a class="cl-dantoc" href="/tay-nung">Tiếng Tày - Nùng</a></div>'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=4 * i) for i in range(5)], hm, "Tin mới", "cl-ticker"))
    url = "https://baocaolang.vn/van-hoa/di-san/giu-nghe-det-tho-cam-tay-o-quang-hoa-3172048.html"
    head = og(A3.title, url, {"og:description": A3.lead, "article:published_time": "2024-07-18T07:30:00+07:00", "article:section": "Di sản"})
    return page("s15-03", family="baotinh_two_column_text_sibling_divs", name="caolang-bao-longread-text-in-two-sibling-flex-columns-two-author-links-weekday-date-comma-time-h2-sapo-h3-in-second-column",
                url=url, art=A3, main_fn=main, pub=pub, prefix="cl", kb=235,
                org="Báo Cao Lạng", addr="Số 2 đường Hoàng Đình Giong, TP Cao Bằng, tỉnh Cao Lạng", phone="0206.3852.316",
                top=top, side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="cl-most"),
                shell_kw={"layout": "bootstrap", "items": MENU_NEWS, "head_extra": head, "title": A3.title + " - Báo Cao Lạng"},
                exp=expected(A3, iso(pub), author="Văn Thắng, Bích Ngọc", category="Di sản"),
                traps={"comments": ["Thổ cẩm Phi Hải đẹp lắm, tôi đã đặt mua qua mạng."], "chrome": ["Cùng chuyên mục", "Tiếng Tày - Nùng", "Ý kiến bạn đọc (2)"],
                       "tags": ["Từ khóa:"], "related": lambda rl: rl[:4]},
                notes="TWIST: a long-read laid out in two columns — the text sits in two SIBLING divs (.cl-col-a: two paragraphs, the figure and one more paragraph; .cl-col-b: the h3 sub-head and three paragraphs) inside a flex container → body = sapo + column A + column B in reading order; an extractor taking the single densest block would keep only half. Two author links 'Văn Thắng - Bích Ngọc' → 'Văn Thắng, Bích Ngọc'. 'Thứ Năm, 18/07/2024, 07:30' (og agrees). h2 sapo = lead. Crumb-like category row 'Văn hóa / Di sản' → 'Di sản'. Tags, comments with later times, same-section list.",
                readme="TWIST text in two sibling column divs (flex) → body = both columns in order; two author links, 'Thứ Năm, dd/mm/yyyy, HH:MM', h2 sapo, h3 in the second column")


# ===================================================================== 4 Đài PT-TH Minh Hải: update stamp only in an editor's note at the end of the text (TWIST)
A4 = Art("Mưa lớn kéo dài, hơn 1.200 ha lúa hè thu ở Minh Hải bị ngập úng",
         "Do ảnh hưởng của mưa lớn kéo dài từ ngày 14 đến 16/7, nhiều diện tích lúa hè thu đang giai đoạn đẻ nhánh, làm đòng ở các huyện Thới Bình, Trần Văn Thời và U Minh bị ngập úng, có nguy cơ mất trắng.",
         [("p", "Theo thống kê của Chi cục Trồng trọt và Bảo vệ thực vật, đến sáng 17/7 toàn tỉnh có 1.246 ha lúa hè thu bị ngập, trong đó 318 ha ngập sâu trên 50 cm. Huyện Thới Bình có diện tích bị ảnh hưởng lớn nhất với 612 ha."),
          ("p", "Tại xã Biển Bạch Đông, huyện Thới Bình, nhiều hộ dân đã huy động máy bơm, gia cố bờ bao để tiêu nước cứu lúa. Ông Lê Văn Dũng, ấp 9 cho biết, 2 ha lúa của gia đình mới gieo được 45 ngày, nếu nước không rút trong 3 ngày tới thì khó giữ được."),
          ("img", "/Uploads/TinTuc/2024/7/17/lua-ngap-thoi-binh.jpg", "Người dân xã Biển Bạch Đông bơm nước cứu lúa hè thu bị ngập"),
          ("p", "Ngành nông nghiệp đã cử cán bộ xuống cơ sở hướng dẫn nông dân khơi thông dòng chảy, bón phân kali giúp cây lúa phục hồi sau ngập; khuyến cáo không phun thuốc trừ sâu khi ruộng còn ngập nước."),
          ("p", "Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh yêu cầu các địa phương thống kê thiệt hại, kịp thời hỗ trợ giống cho những hộ bị mất trắng để gieo sạ lại, bảo đảm kịp thời vụ."),
          ("p", "Đến chiều 17/7, tổng diện tích lúa bị thiệt hại trên 70% được xác định là 284 ha. Ngoài ra, 36 căn nhà ở huyện U Minh bị tốc mái do giông lốc kèm mưa lớn, không có thiệt hại về người.")])


def page04():
    pub = T("2024-07-17 09:20")

    def main(rng, rl, rd):
        body = A4.render(img=lambda s, c, n: f'<div class="mh-img"><img src="{s}" alt="{esc(c, True)}" /><p class="mh-cap">{esc(c)}</p></div>')
        note = ('<p class="mh-note" style="text-align:justify"><em>* Bài viết được cập nhật lúc 16:40 ngày 17/7/2024, bổ sung số liệu thiệt hại '
                'của Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh.</em></p>')
        return (f'<div class="mh-news"><div class="mh-video"><iframe src="https://www.youtube.com/embed/mH7qP3xTz2k" width="640" height="360" title="Bản tin thời sự"></iframe></div>'
                f'<h1 class="mh-title">{esc(A4.title)}</h1>'
                f'<div class="mh-meta"><span class="mh-date">17/07/2024 09:20</span> <span class="mh-view">| 2.086 lượt xem</span></div>'
                f'<div class="mh-sapo">{esc(A4.lead)}</div><div class="mh-body">{body}{note}'
                f'<p class="mh-author" style="text-align:right"><strong>Quốc Thái - Minh Luân</strong></p></div>'
                f'{share("mh-share")}<div class="mh-rel"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " " + hm(d), cls="mh-list")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=1)
        live = ('<div class="mh-live"><a href="/truc-tuyen/mhtv">MHTV trực tuyến</a> <a href="/truc-tuyen/radio">Phát thanh FM 93,5 MHz</a>'
                '<ul class="mh-lpt"><li>19:00 Thời sự Minh Hải</li><li>19:45 Dân hỏi - Lãnh đạo trả lời</li><li>20:30 Phim truyện</li></ul></div>')
        return (f'<div class="mh-head"><img src="/images/logo-dai-ptth-minh-hai.png" alt="Đài Phát thanh - Truyền hình Minh Hải" />{clock(today, "weekday", "mh-today")}</div>' + live)

    def side(rng, pub):
        return (side_std(rng, pub, "Xem nhiều", fmt=lambda d: dmy(d) + " " + hm(d), cls="mh-most")
                + '<div class="mh-weather"><h3>Thời tiết</h3><ul><li>Cà Mau: 25 - 31°C, mưa rào</li><li>Bạc Liêu: 26 - 32°C, có mưa</li></ul></div>'
                + '<div class="mh-pod"><h3>Podcast</h3><a href="/podcast/nong-nghiep-xanh">Nông nghiệp xanh số 28</a></div>')
    crumbs = ('<nav class="mh-crumb"><a href="/">Trang chủ</a> / <a href="/thoi-su">Thời sự</a> / <a href="/thoi-su/trong-tinh">Trong tỉnh</a></nav>')
    url = "https://mhtv.vn/thoi-su/trong-tinh/mua-lon-keo-dai-hon-1-200-ha-lua-he-thu-o-minh-hai-bi-ngap-ung-a84512.html"
    head = (og(A4.title, url, {"article:published_time": "2024-07-17T09:20:00+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A4.title, "datePublished": "2024-07-17T09:20:00+07:00",
                      "dateModified": "2024-07-17T16:42:10+07:00", "publisher": {"@type": "Organization", "name": "Đài PT-TH Minh Hải"}}))
    return page("s15-04", family="broadcaster_editor_note_update_in_text", name="minhhai-daiptth-video-above-h1-date-time-views-div-sapo-italic-note-bai-viet-duoc-cap-nhat-luc-hh-mm-ngay-end-of-text-two-names-dash",
                url=url, art=A4, main_fn=main, pub=pub, prefix="mh", kb=205,
                org="Đài Phát thanh - Truyền hình Minh Hải", addr="Số 1 đường Trần Hưng Đạo, TP Cà Mau, tỉnh Minh Hải", phone="0290.3831.225",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "bootstrap", "items": MENU_NEWS, "head_extra": head, "title": A4.title + " | MHTV"},
                exp=expected(A4, iso(pub), updated="2024-07-17T16:40:00+07:00", author="Quốc Thái, Minh Luân", category="Trong tỉnh"),
                traps={"notes": ["Bài viết được cập nhật lúc 16:40 ngày 17/7/2024"], "bylines": ["Quốc Thái - Minh Luân"],
                       "chrome": ["MHTV trực tuyến", "Tin cùng chuyên mục", "2.086 lượt xem", "19:45 Dân hỏi - Lãnh đạo trả lời"], "related": lambda rl: rl[:4]},
                notes="TWIST: the only update information is an italic editor's note at the end of the text, before the byline: '* Bài viết được cập nhật lúc 16:40 ngày 17/7/2024, bổ sung số liệu thiệt hại …' → updated_at = 2024-07-17T16:40:00+07:00 (the page shows an update stamp, in words); the note is not body (like a print-edition note). JSON-LD dateModified 16:42:10 (the CMS save) is not what the page shows → the note's 16:40 wins. Published '17/07/2024 09:20' (og agrees). Station page: video above the h1, div sapo = lead, p.mh-cap captions, bold right 'Quốc Thái - Minh Luân' → two authors. Crumb 'Thời sự / Trong tỉnh'. TV schedule times, weather, header clock next day.",
                readme="TWIST update time only in an italic editor's note at the end of the text ('Bài viết được cập nhật lúc 16:40 ngày 17/7/2024 …') → updated_at, note not body; station page, video above the h1, two names")


# ===================================================================== 5 UBND huyện Long Mỹ: second half of the text only in a <noscript> fallback (TWIST)
A5 = Art("Long Mỹ đưa Trung tâm Phục vụ hành chính công cấp huyện vào hoạt động",
         "Sáng 15/7, UBND huyện Long Mỹ tổ chức lễ ra mắt Trung tâm Phục vụ hành chính công huyện, thay thế Bộ phận tiếp nhận và trả kết quả trước đây, với 12 quầy giao dịch và khu vực hướng dẫn người dân nộp hồ sơ trực tuyến.",
         [("p", "Trung tâm được bố trí tại trụ sở cũ của Phòng Tài chính - Kế hoạch huyện sau khi cải tạo, tổng kinh phí hơn 2,6 tỷ đồng. Các quầy được trang bị máy tính, máy quét, camera giám sát và hệ thống xếp hàng tự động."),
          ("p", "Tại đây tiếp nhận 286 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện và các thủ tục của các cơ quan ngành dọc như thuế, bảo hiểm xã hội, đăng ký đất đai đặt tại huyện."),
          ("p", "Người dân có thể đánh giá mức độ hài lòng bằng máy tính bảng đặt tại từng quầy; kết quả đánh giá được công khai hằng tháng trên Cổng thông tin điện tử huyện."),
          ("img", "/Portals/0/Images/2024/07/ra-mat-trung-tam-hcc-long-my.jpg", "Lãnh đạo huyện Long Mỹ cắt băng ra mắt Trung tâm Phục vụ hành chính công"),
          ("p", "Phát biểu tại buổi lễ, Chủ tịch UBND huyện Trần Thanh Phong yêu cầu cán bộ, công chức làm việc tại Trung tâm phải tận tụy, thân thiện, không để hồ sơ trễ hạn; kiên quyết xử lý các trường hợp gây phiền hà, sách nhiễu người dân."),
          ("p", "Trong 6 tháng đầu năm 2024, huyện Long Mỹ tiếp nhận hơn 14.300 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt 98,7%, tỷ lệ hồ sơ nộp trực tuyến đạt 52,4%.")])


def page05():
    pub = T("2024-07-15 14:10")

    def main(rng, rl, rd):
        first = Art("", None, A5.blocks[:3]).render(p=jp)
        rest = Art("", None, A5.blocks[3:]).render(p=jp, img=fig)
        lazy = (f'<div class="lm-lazy" data-src="/api/news/8812/content?part=2" data-loaded="false">'
                f'<div class="lm-spinner" aria-hidden="true">Đang tải nội dung...</div>'
                f'<noscript>{rest}</noscript></div>')
        return (f'<div class="lm-detail"><h1 class="lm-title">{esc(A5.title)}</h1>'
                f'<div class="lm-info">Ngày đăng: 15/07/2024 | 14:10 <span class="lm-sep">|</span> Lượt xem: 167</div>'
                f'<div class="lm-sapo"><b>{esc(A5.lead)}</b></div><div class="lm-content" id="newsContent">{first}{lazy}</div>'
                f'<div class="lm-author" style="text-align:right"><b>Thanh Tùng (Văn phòng HĐND và UBND huyện)</b></div>'
                f'{share("lm-share")}<div class="lm-other"><h3>Tin liên quan</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", cls="lm-rel")}</div></div>'
                '<script>document.querySelectorAll(".lm-lazy").forEach(function(el){fetch(el.dataset.src).then(function(r){return r.text()}).then(function(h){el.innerHTML=h;el.dataset.loaded="true"})});</script>')

    def side(rng, pub):
        return (vb_box(["Quyết định số 1452/QĐ-UBND ngày 28/6/2024 thành lập Trung tâm Phục vụ hành chính công huyện",
                        "Kế hoạch số 96/KH-UBND ngày 02/7/2024 về cải cách hành chính năm 2024"], "Văn bản chỉ đạo điều hành", "lm-vb")
                + side_std(rng, pub, "Tin mới", cls="lm-new")
                + '<div class="lm-dvc"><a href="https://dichvucong.haugiang.gov.vn">Dịch vụ công trực tuyến</a><a href="/tra-cuu-ho-so">Tra cứu hồ sơ</a></div>')
    crumbs = ('<ul class="lm-crumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>'
              '<li><a href="/tin-tuc-su-kien/cai-cach-hanh-chinh">Cải cách hành chính</a></li></ul>')
    url = "https://longmy.haugiang.gov.vn/tin-tuc-su-kien/cai-cach-hanh-chinh/long-my-dua-trung-tam-phuc-vu-hanh-chinh-cong-cap-huyen-vao-hoat-dong-8812"
    return page("s15-05", family="ubnd_huyen_lazy_paragraphs_in_noscript", name="haugiang-longmy-ubnd-second-half-of-text-only-in-noscript-lazy-fetch-fallback-ngay-dang-date-pipe-time-bold-sapo-name-paren-van-phong",
                url=url, art=A5, main_fn=main, pub=pub, prefix="lm", kb=165, noscript_visible=True,
                org="Cổng thông tin điện tử huyện Long Mỹ", addr="Số 9 đường 30/4, thị trấn Long Mỹ, tỉnh Hậu Giang", phone="0293.3871.052",
                crumbs=crumbs, side=side, shell_kw={"items": MENU_GOV, "title": A5.title},
                exp=expected(A5, iso(pub), author="Thanh Tùng", unit="Văn phòng HĐND và UBND huyện", category="Cải cách hành chính"),
                traps={"chrome": ["Đang tải nội dung...", "Lượt xem: 167", "Tin liên quan", "Văn bản chỉ đạo điều hành"],
                       "bylines": ["Thanh Tùng (Văn phòng HĐND và UBND huyện)"], "related": lambda rl: rl[:4]},
                notes="TWIST: the text is lazy-loaded — the first three paragraphs are in the DOM, the rest (a figure with caption and three paragraphs) only inside a <noscript> fallback in div.lm-lazy[data-src] (a script fetches part 2; a crawl without JS sees the fallback) → body = all paragraphs, including those inside <noscript>; the figure's caption is a caption. The spinner text 'Đang tải nội dung...' is chrome. 'Ngày đăng: 15/07/2024 | 14:10', bold div sapo = lead, bold 'Thanh Tùng (Văn phòng HĐND và UBND huyện)' after the content → author + unit. Crumb 'Cải cách hành chính'. (The validator counts <noscript> text as visible for this page only.)",
                readme="TWIST second half of the text only in a <noscript> fallback of a lazy-loaded block → body includes it; 'Ngày đăng: dd/mm/yyyy | HH:MM', bold sapo, 'Name (Văn phòng HĐND và UBND huyện)'")


# ===================================================================== 6 Báo Bắc Thái: the writer's name only in an avatar's alt / title (TWIST)
A6 = Art("Đại Từ: Hơn 300 hộ làm chè hữu cơ được cấp chứng nhận",
         "Sau 3 năm chuyển đổi, 312 hộ trồng chè ở các xã Hùng Sơn, La Bằng, Hoàng Nông, huyện Đại Từ đã được cấp giấy chứng nhận sản xuất chè hữu cơ với tổng diện tích 146 ha, giá bán cao gấp 1,5 - 2 lần chè thông thường.",
         [("p", "Chị Nguyễn Thị Vân, xóm Đồng Tâm, xã La Bằng cho biết, những năm đầu chuyển sang làm chè hữu cơ, năng suất giảm gần 30% vì không dùng phân bón hóa học và thuốc diệt cỏ. Từ năm thứ ba, đất tơi xốp trở lại, búp chè mập, năng suất dần phục hồi."),
          ("p", "Hiện mỗi kg chè khô hữu cơ của gia đình chị bán được 600.000 - 800.000 đồng, có loại đặc biệt trên 1 triệu đồng. Sản phẩm chủ yếu bán cho khách quen và các cửa hàng đặc sản ở Hà Nội."),
          ("img", "/media/2024/07/19/che-huu-co-la-bang.jpg", "Thu hái chè hữu cơ tại xã La Bằng, huyện Đại Từ"),
          ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Đại Từ, để được cấp chứng nhận, các hộ phải sản xuất theo tiêu chuẩn TCVN 11041-6:2018, ghi chép nhật ký đầy đủ, vùng chè cách ly với khu vực canh tác thông thường."),
          ("p", "Huyện đặt mục tiêu đến năm 2025 mở rộng diện tích chè hữu cơ lên 250 ha, đồng thời hỗ trợ các hợp tác xã xây dựng thương hiệu, truy xuất nguồn gốc và tham gia chương trình OCOP.")])


def page06():
    pub = T("2024-07-19 07:05")

    def main(rng, rl, rd):
        body = A6.render(img=lambda s, c, n: f'<figure class="bt-fig"><img data-src="{s}" src="{s}" alt="{esc(c, True)}" /><figcaption><p>{esc(c)}</p></figcaption></figure>')
        return (f'<article class="bt-article"><div class="bt-cat"><a href="/kinh-te">Kinh tế</a><a href="/kinh-te/nong-nghiep" class="active">Nông nghiệp</a></div>'
                f'<h1 class="bt-title">{esc(A6.title)}</h1>'
                f'<div class="bt-byline"><a class="bt-avatar" href="/tac-gia/ngoc-ha-112.html" title="Ngọc Hà"><img src="/media/avatars/2023/ngoc-ha-112.jpg" alt="Ngọc Hà" width="36" height="36" /></a>'
                f'<span class="bt-author-name"></span><span class="bt-time">07:05 | 19/07/2024</span>'
                f'<a class="bt-follow" href="https://news.google.com/publications/btnews">Theo dõi trên Google News</a></div>'
                f'<h2 class="bt-sapo">{esc(A6.lead)}</h2><div class="bt-body">{body}</div>'
                f'<div class="bt-tags"><a href="/tag/che-huu-co">chè hữu cơ</a> <a href="/tag/dai-tu">Đại Từ</a></div>{share("bt-share")}'
                f'<div class="bt-more"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: hm(d) + " | " + dmy(d), href="/kinh-te/nong-nghiep/{s}-{n}.html", cls="bt-rel")}</div></article>')

    def top(rng, pub):
        today = pub + timedelta(hours=6)
        return (f'<div class="bt-mast"><a href="/"><img src="/images/logo-bao-bac-thai.svg" alt="Báo Bắc Thái" /></a>{clock(today, "weekday", "bt-today")}</div>'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=2 * i) for i in range(5)], lambda d: hm(d) + " | " + dmy(d), "Mới nhất", "bt-ticker"))
    url = "https://baobacthai.vn/kinh-te/nong-nghiep/dai-tu-hon-300-ho-lam-che-huu-co-duoc-cap-chung-nhan-341207.html"
    head = (og(A6.title, url, {"og:description": A6.lead, "article:published_time": "2024-07-19T07:05:00+07:00", "article:section": "Nông nghiệp"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A6.title, "datePublished": "2024-07-19T07:05:00+07:00",
                      "author": {"@type": "Organization", "name": "Báo Bắc Thái"}, "publisher": {"@type": "Organization", "name": "Báo Bắc Thái"}}))
    return page("s15-06", family="baotinh_author_only_in_avatar_alt_title", name="bacthai-bao-byline-avatar-link-title-and-img-alt-only-empty-author-name-span-time-first-hh-mm-pipe-date-h2-sapo-jsonld-org-author",
                url=url, art=A6, main_fn=main, pub=pub, prefix="bt", kb=250, attr_only=("author",),
                org="Báo Bắc Thái", addr="Số 4 đường Đội Cấn, TP Thái Nguyên, tỉnh Bắc Thái", phone="0208.3855.244",
                top=top, side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " | " + dmy(d), cls="bt-most"),
                shell_kw={"layout": "nuxt", "items": MENU_NEWS, "head_extra": head, "title": A6.title + " | Báo Bắc Thái"},
                exp=expected(A6, iso(pub), author="Ngọc Hà", category="Nông nghiệp"),
                traps={"chrome": ["Theo dõi trên Google News", "Tin cùng chuyên mục", "Mới nhất"], "tags": ["chè hữu cơ Đại Từ"], "related": lambda rl: rl[:4]},
                notes="TWIST: the writer's name is printed nowhere as text — the byline row holds an avatar link (a[title='Ngọc Hà'] > img[alt='Ngọc Hà'], href /tac-gia/ngoc-ha-112.html) and an EMPTY span.bt-author-name (the template's display-name field is blank for this account), then '07:05 | 19/07/2024' → author = 'Ngọc Hà' from the avatar's alt/title (a reader could set null: nothing readable on screen but the photo). JSON-LD author is the Organization (not a person). h2 sapo = lead; category row 'Kinh tế' / active 'Nông nghiệp' → 'Nông nghiệp'. og time agrees. (The validator checks this author against the raw HTML, not the visible text.)",
                readme="TWIST byline only as an avatar's title/alt ('Ngọc Hà') next to an empty name span → author from the attribute; time-first 'HH:MM | dd/mm/yyyy', h2 sapo, JSON-LD Organization author")


# ===================================================================== 7 Ban Dân vận Tỉnh ủy Hà Nam Ninh: Liferay, only 'Cập nhật ngày:' stamp, span sapo, italic 'Tin, ảnh:'
A7 = Art("Khảo sát việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Vụ Bản",
         "Ngày 15/7, Đoàn khảo sát của Ban Dân vận Tỉnh ủy do đồng chí Trần Thị Thu Hiền, Phó Trưởng ban làm trưởng đoàn đã khảo sát việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Vụ Bản.",
         [("p", "Báo cáo với đoàn, Ban Dân vận Huyện ủy Vụ Bản cho biết, 6 tháng đầu năm 2024, các xã, thị trấn đã tổ chức 96 hội nghị lấy ý kiến nhân dân về các nội dung liên quan trực tiếp đến quyền lợi của người dân như quy hoạch khu dân cư, mức đóng góp xây dựng đường giao thông nông thôn, bình xét hộ nghèo."),
          ("p", "Việc công khai thu, chi ngân sách xã, các khoản đóng góp của nhân dân được niêm yết tại trụ sở UBND xã, nhà văn hóa thôn và thông báo trên hệ thống loa truyền thanh. Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng hoạt động thường xuyên hơn."),
          ("img", "/documents/20182/0/ks-qcdc-vu-ban.jpg", "Đoàn khảo sát làm việc với Đảng ủy, UBND xã Liên Minh, huyện Vụ Bản"),
          ("p", "Bên cạnh kết quả đạt được, việc tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân ở một số xã còn hình thức; có nơi chậm trả lời kiến nghị của cử tri."),
          ("p", "Kết luận buổi khảo sát, đồng chí Trần Thị Thu Hiền đề nghị huyện tiếp tục quán triệt Luật Thực hiện dân chủ ở cơ sở năm 2022, nâng cao chất lượng đối thoại, gắn thực hiện dân chủ với phong trào thi đua “Dân vận khéo” và xây dựng nông thôn mới nâng cao.")])


def page07():
    pub = T("2024-07-15 10:30")

    def main(rng, rl, rd):
        body = A7.render(p=jp, img=tcap)
        return (f'<div class="journal-content-article"><div class="bdv-detail"><div class="bdv-head"><h2 class="bdv-title">{esc(A7.title)}</h2>'
                f'<div class="bdv-date">Cập nhật ngày: 15/07/2024 10:30</div></div>'
                f'<div class="bdv-sapo"><span style="font-weight:bold">{esc(A7.lead)}</span></div>'
                f'<div class="bdv-noidung">{body}<p style="text-align:right"><em>Tin, ảnh: Đỗ Thu Phương</em></p></div>'
                f'<div class="bdv-tool"><a href="#" class="print">In trang</a> <a href="#" class="back">Quay lại</a></div></div></div>'
                f'<div class="bdv-others"><div class="bdv-others-title">Các tin khác</div>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", cls="bdv-rel")}</div>')

    def top(rng, pub):
        today = pub + timedelta(days=5)
        return (f'<div class="bdv-banner"><img src="/o/bdv-theme/images/banner.png" alt="Ban Dân vận Tỉnh ủy Hà Nam Ninh" />'
                f'<div class="bdv-today">{esc(wd(today))}, ngày {dmy(today)}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", cls="bdv-hot")
                + poll("Theo bạn, mô hình “Dân vận khéo” nào hiệu quả nhất?", ["Xây dựng nông thôn mới", "Cải cách hành chính", "Bảo vệ môi trường"])
                + links_box(["Ban Dân vận Trung ương", "Tỉnh ủy Hà Nam Ninh", "Ủy ban MTTQ tỉnh"]))
    crumbs = ('<div class="bdv-crumb"><a href="/web/bdv">Trang chủ</a> » <a href="/web/bdv/tin-tuc">Tin tức</a> » '
              '<a href="/web/bdv/tin-tuc/hoat-dong-dan-van">Hoạt động dân vận</a></div>')
    url = "https://danvan.hanamninh.dcs.vn/web/bdv/tin-tuc/hoat-dong-dan-van/-/asset_publisher/Qm8xLpT2vW4R/content/khao-sat-viec-thuc-hien-quy-che-dan-chu-o-co-so-tai-huyen-vu-ban"
    return page("s15-07", family="party_agency_liferay_cap_nhat_ngay_only_stamp", name="hanamninh-bdv-liferay-journal-content-h2-title-cap-nhat-ngay-only-stamp-span-bold-sapo-td-caption-italic-tin-anh-name",
                url=url, art=A7, main_fn=main, pub=pub, prefix="bdv", kb=195,
                org="Ban Dân vận Tỉnh ủy Hà Nam Ninh", addr="Số 68 đường Trần Phú, TP Nam Định, tỉnh Hà Nam Ninh", phone="0228.3849.551",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "liferay", "title": "Hoạt động dân vận - Ban Dân vận Tỉnh ủy Hà Nam Ninh"},
                exp=expected(A7, iso(pub), author="Đỗ Thu Phương", photographer="Đỗ Thu Phương", category="Hoạt động dân vận"),
                traps={"bylines": ["Tin, ảnh: Đỗ Thu Phương"], "chrome": ["Các tin khác", "In trang", "Quay lại", "Thăm dò ý kiến"], "related": lambda rl: rl[:4]},
                notes="Liferay journal article on a Ban Dân vận site: h2 title (no h1; <title> is the section), the only stamp is 'Cập nhật ngày: 15/07/2024 10:30' → published_at with it, updated_at null (convention: a page whose only stamp is labelled 'Cập nhật' publishes with it). Bold span sapo = lead; td.image_desc captions; italic right 'Tin, ảnh: Đỗ Thu Phương' → author = photographer. Crumb 'Trang chủ » Tin tức » Hoạt động dân vận'. Header clock 5 days later, poll.",
                readme="Liferay Ban Dân vận: h2 title, only 'Cập nhật ngày: dd/mm/yyyy HH:MM' (publishes with it), bold span sapo, td captions, italic 'Tin, ảnh: Name'")


# ===================================================================== 8 UBKT Tỉnh ủy Cửu Long: NukeViet 3-style, 'Thứ ba, dd/mm/yyyy HH:MM', bold hometext, italic 'Name - Văn phòng UBKT'
A8 = Art("Ủy ban Kiểm tra Tỉnh ủy kiểm tra dấu hiệu vi phạm đối với Ban Thường vụ Huyện ủy Trà Ôn",
         "Thực hiện Chương trình kiểm tra, giám sát năm 2024, từ ngày 08/7 đến 16/7, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy đã tiến hành kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Huyện ủy Trà Ôn nhiệm kỳ 2020 - 2025.",
         [("p", "Nội dung kiểm tra tập trung vào việc lãnh đạo, chỉ đạo công tác quản lý đất đai, cấp giấy chứng nhận quyền sử dụng đất và thực hiện các dự án đầu tư công trên địa bàn huyện giai đoạn 2021 - 2023."),
          ("p", "Qua kiểm tra, Đoàn xác định Ban Thường vụ Huyện ủy đã ban hành các văn bản lãnh đạo, chỉ đạo tương đối đầy đủ; tuy nhiên việc kiểm tra, giám sát đối với UBND huyện trong quản lý đất đai chưa thường xuyên, để xảy ra một số sai phạm trong cấp giấy chứng nhận tại 2 xã."),
          ("p", "Ủy ban Kiểm tra Tỉnh ủy đề nghị Ban Thường vụ Huyện ủy tổ chức kiểm điểm, làm rõ trách nhiệm của tập thể, cá nhân có liên quan; chỉ đạo khắc phục hạn chế, báo cáo kết quả về Ủy ban Kiểm tra Tỉnh ủy trước ngày 30/9/2024."),
          ("p", "Ủy ban Kiểm tra Tỉnh ủy sẽ xem xét, kết luận nội dung kiểm tra tại kỳ họp tháng 8/2024.")])


def page08():
    pub = T("2024-07-16 15:02")

    def main(rng, rl, rd):
        body = A8.render(p=jp)
        return (f'<div class="box-border-shadow m-bottom"><div class="content-box"><h1>{esc(A8.title)}</h1>'
                f'<div class="clearfix"><span class="small">{esc(wd(pub, lower=True))}, 16/07/2024 15:02</span></div>'
                f'<div class="hometext"><b>{esc(A8.lead)}</b></div><div class="bodytext">{body}</div>'
                f'<p class="text-right"><em>Trần Văn Tư - Văn phòng UBKT Tỉnh ủy</em></p>'
                f'<div class="control_news"><a href="#">In ra</a> <a href="#">Gửi bài viết qua email</a> <a href="#">Lưu bài viết này</a></div></div></div>'
                f'<div class="box-border content-box"><h4>Các tin khác</h4>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", cls="related")}</div>')

    def left(rng, pub):
        return ('<div class="ubkt-left"><h3>Chức năng, nhiệm vụ</h3><ul><li><a href="/gioi-thieu/chuc-nang">Chức năng</a></li>'
                '<li><a href="/gioi-thieu/nhiem-vu">Nhiệm vụ, quyền hạn</a></li><li><a href="/gioi-thieu/lanh-dao">Lãnh đạo Ủy ban</a></li></ul>'
                + vb_box(["Quy định số 22-QĐ/TW ngày 28/7/2021 về công tác kiểm tra, giám sát và kỷ luật của Đảng",
                          "Hướng dẫn số 02-HD/TW ngày 09/12/2021 thực hiện Quy định số 22"], "Văn bản", "ubkt-vb") + "</div>")
    crumbs = ('<div class="breadcrumbs"><a href="/">Trang nhất</a> » <a href="/news/">Tin tức</a> » '
              '<a href="/news/hoat-dong-kiem-tra-giam-sat/">Hoạt động kiểm tra, giám sát</a></div>')
    url = "https://ubkt.cuulong.dcs.vn/news/hoat-dong-kiem-tra-giam-sat/uy-ban-kiem-tra-tinh-uy-kiem-tra-dau-hieu-vi-pham-doi-voi-ban-thuong-vu-huyen-uy-tra-on-584.html"
    return page("s15-08", family="ubkt_nukeviet3_threecol_italic_name_dash_van_phong", name="cuulong-ubkt-nukeviet3-threecol-weekday-lower-date-time-small-bold-hometext-no-images-italic-name-dash-van-phong-ubkt",
                url=url, art=A8, main_fn=main, pub=pub, prefix="ubkt", kb=140, min_kb=90,
                org="Ủy ban Kiểm tra Tỉnh ủy Cửu Long", addr="Số 1 đường Hoàng Thái Hiếu, TP Vĩnh Long, tỉnh Cửu Long", phone="0270.3822.641",
                crumbs=crumbs, side=lambda rng, pub: side_std(rng, pub, "Tin mới nhất", cls="ubkt-new"),
                shell_kw={"layout": "threecol", "left": left, "title": A8.title},
                exp=expected(A8, iso(pub), author="Trần Văn Tư", unit="Văn phòng UBKT Tỉnh ủy", category="Hoạt động kiểm tra, giám sát"),
                traps={"bylines": ["Trần Văn Tư - Văn phòng UBKT Tỉnh ủy"], "chrome": ["Các tin khác", "Lưu bài viết này", "Chức năng, nhiệm vụ"], "related": lambda rl: rl[:4]},
                notes="NukeViet 3-style UBKT site in a three-column layout: h1, lowercase weekday 'Thứ ba, 16/07/2024 15:02' in span.small, bold hometext = lead, no images (captions empty), italic right 'Trần Văn Tư - Văn phòng UBKT Tỉnh ủy' → author + unit. Crumb 'Trang nhất » Tin tức » Hoạt động kiểm tra, giám sát'. Left column with function links and regulation dates.",
                readme="UBKT NukeViet 3 style, three columns: 'Thứ ba, dd/mm/yyyy HH:MM', bold hometext, no images, italic 'Name - Văn phòng UBKT Tỉnh ủy'")


# ===================================================================== 9 Đảng ủy xã (Vĩnh Phú): WordPress, vi month-name date 'Tháng Bảy 12, 2024' + agreeing datetime, account, bold 'Name - Văn phòng Đảng ủy xã'
A9 = Art("Chi bộ khu 4 xã Tứ Xã sinh hoạt chuyên đề về phát triển kinh tế hộ gia đình",
         None,
         [("p", "Tối 11/7, Chi bộ khu 4, Đảng bộ xã Tứ Xã tổ chức sinh hoạt chuyên đề quý III với chủ đề “Đảng viên gương mẫu đi đầu trong phát triển kinh tế hộ gia đình, xây dựng khu dân cư kiểu mẫu”."),
          ("p", "Dự buổi sinh hoạt có đồng chí Bí thư Đảng ủy xã Nguyễn Văn Kiên cùng 32 đảng viên trong chi bộ. Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã thông qua tài liệu chuyên đề, phân tích những mô hình kinh tế đang phát huy hiệu quả trong khu."),
          ("img", "/wp-content/uploads/2024/07/sinh-hoat-chuyen-de-chi-bo-khu-4.jpg", "Đảng viên Chi bộ khu 4 phát biểu tại buổi sinh hoạt chuyên đề"),
          ("p", "Nhiều đảng viên đã chia sẻ kinh nghiệm chăn nuôi gà đồi, trồng bưởi, làm dịch vụ cơ khí; đề xuất chi bộ phối hợp với Hội Nông dân xã mở lớp tập huấn kỹ thuật và kết nối vay vốn ưu đãi cho các hộ có nhu cầu."),
          ("p", "Kết thúc buổi sinh hoạt, chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một việc làm cụ thể giúp đỡ hộ cận nghèo trong khu, phấn đấu đến cuối năm 2024 khu 4 không còn hộ nghèo.")])


def page09():
    pub = T("2024-07-12 15:30")

    def main(rng, rl, rd):
        body = A9.render(img=lambda s, c, n: f'<div id="attachment_{3100 + n}" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{3100 + n}" class="size-large wp-image-{3100 + n}" src="{s}" width="800" height="533" /><p id="caption-attachment-{3100 + n}" class="wp-caption-text">{esc(c)}</p></div>')
        return (f'<article id="post-3104" class="post-3104 post type-post status-publish format-standard has-post-thumbnail category-tin-hoat-dong">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(A9.title)}</h1>'
                f'<div class="entry-meta"><span class="posted-on"><a href="{"/2024/07/12/chi-bo-khu-4-sinh-hoat-chuyen-de/"}" rel="bookmark">'
                f'<time class="entry-date published updated" datetime="2024-07-12T15:30:00+07:00">Tháng Bảy 12, 2024</time></a></span>'
                f' <span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/dangbotuxa/">dangbotuxa</a></span></span></div></header>'
                f'<div class="entry-content">{body}<p style="text-align: right;"><strong>Nguyễn Thị Hằng - Văn phòng Đảng ủy xã</strong></p></div>'
                f'<footer class="entry-footer"><span class="cat-links">Đăng trong <a href="/category/tin-hoat-dong/" rel="category tag">Tin hoạt động</a></span></footer></article>'
                f'<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="/2024/07/09/" rel="prev">{esc(rl[0])}</a></div>'
                f'<div class="nav-next"><a href="/2024/07/15/" rel="next">{esc(rl[1])}</a></div></div></nav>'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>'
                f'<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p></div></div>')

    def side(rng, pub):
        recent = "".join(f'<li><a href="/{slug(t)}/">{esc(t)}</a></li>' for t in heads6(rng, 5))
        return (f'<section class="widget widget_search"><form role="search"><input type="search" placeholder="Tìm kiếm …" /></form></section>'
                f'<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>'
                '<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="/2024/07/">Tháng Bảy 2024</a></li>'
                '<li><a href="/2024/06/">Tháng Sáu 2024</a></li><li><a href="/2024/05/">Tháng Năm 2024</a></li></ul></section>')
    url = "https://dangbotuxa.vinhphu.dcs.vn/2024/07/12/chi-bo-khu-4-sinh-hoat-chuyen-de/"
    head = og(A9.title, url, {"article:published_time": "2024-07-12T08:30:00+00:00", "article:modified_time": "2024-07-12T08:30:00+00:00"})
    return page("s15-09", family="commune_party_wp_month_name_time_agrees", name="vinhphu-lamthao-tuxa-dang-uy-xa-wp-twentyseventeen-thang-bay-12-2024-datetime-offset-agrees-account-no-lead-wp-caption-bold-name-dash-van-phong-dang-uy",
                url=url, art=A9, main_fn=main, pub=pub, prefix="tx", kb=98, min_kb=90,
                org="Đảng bộ xã Tứ Xã", addr="Xã Tứ Xã, huyện Lâm Thao, tỉnh Vĩnh Phú", phone="0210.3825.406",
                side=side, shell_kw={"layout": "wp", "items": MENU_MASS, "head_extra": head, "title": A9.title + " – Đảng bộ xã Tứ Xã"},
                exp=expected(A9, iso(pub), author="Nguyễn Thị Hằng", unit="Văn phòng Đảng ủy xã", category="Tin hoạt động"),
                traps={"bylines": ["Nguyễn Thị Hằng - Văn phòng Đảng ủy xã", "dangbotuxa"], "chrome": ["Để lại một bình luận", "Bài viết mới", "Lưu trữ"],
                       "related": lambda rl: rl[:2]},
                notes="Commune Party committee on a plain WordPress theme (light page): posted-on <time datetime='2024-07-12T15:30:00+07:00'> showing the vi-locale month-name date 'Tháng Bảy 12, 2024' (WordPress 'F j, Y') → the machine time agrees with the visible day and carries an offset → 2024-07-12T15:30:00+07:00 (og published_time 08:30Z is the same instant). 'bởi dangbotuxa' is the account. No lead; wp-caption; bold right 'Nguyễn Thị Hằng - Văn phòng Đảng ủy xã' → author + unit. Category from 'Đăng trong Tin hoạt động'. Prev/next post titles, empty comment form, archive months.",
                readme="Đảng ủy xã on WordPress: 'Tháng Bảy 12, 2024' + agreeing datetime with offset, account 'bởi …', no lead, wp-caption, bold 'Name - Văn phòng Đảng ủy xã', 'Đăng trong' category")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
