"""Set 16 pages 1-9: a random sample across the provincial Party system with bylines, author units and categories
varied widely; pages 1-4 carry one TWIST each (zero-width characters inside the byline, a category printed only in the
related box heading, a 'Mới' badge inside the h1, a single-valued author field that names only the first of the two
writers the foot signature names)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb


def head_top(cls, logo, alt, days=1, hours=0, style="weekday", tick="Tin mới", fmt=dmy):
    def top(rng, pub):
        today = pub + timedelta(days=days, hours=hours)
        return (f'<div class="{cls}-banner"><img src="{logo}" alt="{esc(alt, True)}" />{clock(today, style, cls + "-today")}</div>'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], fmt, tick, cls + "-ticker"))
    return top


# ===================================================================== 1 Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh: zero-width characters inside the byline (TWIST)
A1 = Art("Thanh Chương nâng cao chất lượng đội ngũ báo cáo viên cơ sở",
         "Sáu tháng đầu năm 2024, đội ngũ 312 báo cáo viên cơ sở ở huyện Thanh Chương đã tổ chức hơn 1.400 buổi nói chuyện thời sự, phổ biến nghị quyết tại các chi bộ, khu dân cư, thu hút trên 86.000 lượt người nghe.",
         [("p", "Theo đánh giá của cấp ủy, phần lớn báo cáo viên cơ sở là bí thư chi bộ, trưởng xóm, cán bộ đoàn thể có kinh nghiệm thực tiễn, nắm chắc tình hình địa bàn, nên nội dung truyền đạt gần gũi, dễ hiểu với nhân dân."),
          ("p", "Để khắc phục tình trạng đọc lại tài liệu một cách đơn điệu, từ đầu năm, huyện đã mở 2 lớp tập huấn kỹ năng nói trước đông người, sử dụng trình chiếu và mạng xã hội trong tuyên truyền cho 140 báo cáo viên."),
          ("img", "/uploads/news/2024/08/tap-huan-bao-cao-vien-thanh-chuong.jpg", "Lớp tập huấn kỹ năng tuyên truyền miệng cho báo cáo viên cơ sở huyện Thanh Chương"),
          ("p", "Hằng tháng, các xã, thị trấn duy trì hội nghị báo cáo viên, cung cấp thông tin về tình hình thời sự, những vấn đề dư luận xã hội quan tâm; đồng thời tiếp nhận, tổng hợp ý kiến, kiến nghị của nhân dân để phản ánh với cấp ủy, chính quyền."),
          ("p", "Ở xã Thanh Đức, mô hình “Báo cáo viên đến từng xóm” được triển khai từ năm 2023. Mỗi báo cáo viên phụ trách 1 đến 2 xóm, nói chuyện theo chuyên đề gắn với nhiệm vụ của địa phương như dồn điền đổi thửa, giải phóng mặt bằng đường cao tốc."),
          ("p", "Thời gian tới, huyện tiếp tục rà soát, kiện toàn đội ngũ báo cáo viên, bổ sung những đồng chí trẻ, có năng lực, đồng thời đưa kết quả hoạt động tuyên truyền miệng vào tiêu chí đánh giá, xếp loại tổ chức cơ sở đảng hằng năm.")])


def page01():
    pub = T("2024-08-12 08:15")
    sig = ('<p class="signature" style="text-align:right"><strong>\u200bPhan Thị Ho\u200bài -\u00a0Ban Tuyên\u00ad giáo '
           'Huyện\u200b ủy Thanh Chương\ufeff</strong></p>')

    def main(rng, rl, rd):
        body = A1.render(p=jp, img=fig)
        return (f'<div class="btg-detail"><h1 class="btg-title">{esc(A1.title)}</h1>'
                f'<div class="btg-meta"><span class="btg-date">Đăng ngày: 12/08/2024 - 08:15</span> <span class="btg-view">Lượt xem: 1.206</span></div>'
                f'<p class="btg-sapo"><strong>{esc(A1.lead)}</strong></p><div class="btg-content">{body}{sig}</div>'
                f'{share("btg-share")}<div class="btg-tags">Tags: <a href="/tag/bao-cao-vien">báo cáo viên</a>, <a href="/tag/tuyen-truyen-mieng">tuyên truyền miệng</a></div>'
                f'<div class="btg-related"><h3>Tin liên quan</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/tuyen-truyen/{s}-{n}.html", cls="btg-rel")}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Đọc nhiều nhất", cls="btg-most")
                + '<div class="btg-bctv"><h3>Tài liệu báo cáo viên</h3><ul><li><a href="/tai-lieu/thang-8-2024.pdf">Tài liệu sinh hoạt chi bộ tháng 8/2024</a> (05/08/2024)</li>'
                '<li><a href="/tai-lieu/thang-9-2024.pdf">Tài liệu tuyên truyền kỷ niệm 79 năm Cách mạng tháng Tám và Quốc khánh 2/9</a> (09/08/2024)</li></ul></div>'
                + poll("Bạn thường tiếp nhận thông tin thời sự qua kênh nào?", ["Hội nghị báo cáo viên", "Loa truyền thanh", "Mạng xã hội", "Báo chí"]))
    crumbs = crumb([("Trang chủ", "/"), ("Tuyên truyền", "/tuyen-truyen"), ("Tuyên truyền cơ sở", "/tuyen-truyen/tuyen-truyen-co-so")], cls="btg-crumb")
    url = "https://tuyengiao.nghetinh.dcs.vn/tuyen-truyen/tuyen-truyen-co-so/thanh-chuong-nang-cao-chat-luong-doi-ngu-bao-cao-vien-co-so-4187.html"
    head = (og(A1.title, url, {"article:section": "Tin tức", "article:published_time": "2024-08-12T08:15:00+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A1.title, "datePublished": "2024-08-12T08:15:00+07:00",
                      "author": {"@type": "Organization", "name": "Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh"}}))
    return page("s16-01", family="party_agency_zero_width_chars_in_byline", name="nghetinh-btg-php-dang-ngay-dd-mm-yyyy-dash-hh-mm-bold-sapo-p-bold-right-name-dash-unit-with-zwsp-soft-hyphen-bom-inside-og-section-generic",
                url=url, art=A1, main_fn=main, pub=pub, prefix="btg", kb=170,
                org="Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh", addr="Số 3 đường Trường Thi, TP Vinh, tỉnh Nghệ Tĩnh", phone="0238.3844.215",
                crumbs=crumbs, top=head_top("btg", "/images/banner-btg.png", "Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh", days=2), side=side,
                shell_kw={"head_extra": head, "title": A1.title + " | Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh"},
                exp=expected(A1, iso(pub), author="Phan Thị Hoài", unit="Ban Tuyên giáo Huyện ủy Thanh Chương", category="Tuyên truyền cơ sở"),
                traps={"bylines": ["Phan Thị Hoài", "Ban Tuyên giáo Huyện ủy Thanh Chương"], "chrome": ["Lượt xem: 1.206", "Tin liên quan", "Tài liệu báo cáo viên"],
                       "tags": ["Tags:"], "related": lambda rl: rl[:4]},
                notes="TWIST: the bold right-aligned byline was pasted from a chat app and carries invisible characters: a ZERO WIDTH SPACE before the name and one INSIDE 'Hoài' (Ho\\u200bài), a no-break space after the dash, a SOFT HYPHEN after 'Tuyên', a ZWSP after 'Huyện' and a BOM (U+FEFF) at the end → author 'Phan Thị Hoài', unit 'Ban Tuyên giáo Huyện ủy Thanh Chương' with none of those characters (an extractor that keeps them produces names that never match, and one that turns them into spaces splits 'Ho ài'). 'Đăng ngày: 12/08/2024 - 08:15'. Bold p sapo = lead. Crumb 'Tuyên truyền › Tuyên truyền cơ sở' (og article:section says the generic 'Tin tức'); JSON-LD author is the Organization. Related list with bracketed dates, 'Tài liệu báo cáo viên' box with dates, poll, ticker, header clock 2 days later.",
                readme="TWIST the bold right byline carries ZWSP (one inside the name), a soft hyphen, NBSP and a BOM → clean 'Phan Thị Hoài' + 'Ban Tuyên giáo Huyện ủy Thanh Chương'; 'Đăng ngày: dd/mm/yyyy - HH:MM', bold sapo, crumb vs generic og section",
                zw_strip=True)


# ===================================================================== 2 Huyện ủy Văn Bàn: category printed only in the heading of the related box (TWIST)
A2 = Art("Văn Bàn: Hơn 2.000 ngày công làm đường liên thôn nhờ “Dân vận khéo”",
         None,
         [("p", "Những ngày đầu tháng 9, trên tuyến đường từ thôn Nà Hu đến thôn Nậm Chano, xã Nậm Chày, hàng trăm người dân cùng đoàn viên thanh niên, hội viên phụ nữ đang khẩn trương đổ bê tông mặt đường, hoàn thiện rãnh thoát nước trước mùa mưa lũ."),
          ("p", "Tuyến đường dài 3,2 km được xây dựng theo phương châm “Nhà nước và nhân dân cùng làm”. Nhà nước hỗ trợ xi măng, nhân dân đóng góp cát, sỏi, ngày công và tự nguyện hiến hơn 4.600 m² đất, hoa màu để mở rộng nền đường."),
          ("img", "/Uploads/HuyenUy/2024/9/5/lam-duong-nam-chay.jpg", "Người dân xã Nậm Chày đổ bê tông đường liên thôn"),
          ("p", "Ông Lý Văn Dín, Trưởng thôn Nà Hu cho biết, trước đây đường chỉ là lối mòn, mùa mưa trơn trượt, nông sản làm ra khó vận chuyển. Khi cấp ủy, Mặt trận và các đoàn thể đến từng nhà vận động, bà con đều đồng thuận, không có hộ nào phải cưỡng chế."),
          ("p", "Từ đầu năm đến nay, các xã trên địa bàn huyện đã vận động nhân dân hiến trên 21.000 m² đất, đóng góp hơn 2.000 ngày công làm mới, nâng cấp 18 km đường giao thông nông thôn. Công tác dân vận được gắn với thực hiện quy chế dân chủ ở cơ sở, các khoản đóng góp đều được công khai tại nhà văn hóa thôn."),
          ("p", "Ban Dân vận Huyện ủy đề nghị các cấp ủy tiếp tục nhân rộng những cách làm hay, biểu dương kịp thời các tập thể, cá nhân tiêu biểu trong phong trào thi đua “Dân vận khéo” năm 2024.")])


def page02():
    pub = T("2024-09-05 15:40")

    def main(rng, rl, rd):
        body = A2.render(p=lambda t: f'<p style="text-align:justify;">{esc(t)}</p>',
                         img=lambda s, c, n: f'<div style="text-align:center"><img src="{s}" alt="" style="max-width:100%" /><div class="img-desc"><em>{esc(c)}</em></div></div>')
        other = rel(rng, rl, rd, lambda d: "- " + dmy(d), href="/tin-tuc/{n}/{s}", cls="box-other-list")
        return (f'<div class="news-detail"><h1 class="news-detail-title">{esc(A2.title)}</h1>'
                f'<div class="news-detail-date"><i class="fa fa-clock-o"></i> 15:40 - 05/09/2024</div>'
                f'<div class="news-detail-content">{body}<p style="text-align:right"><em>Đức Mạnh (TTVH-TT huyện)</em></p></div>'
                f'<div class="news-detail-tool"><a href="#" onclick="window.print();return false;">In trang</a> | <a href="#">Lưu tin</a> | <a href="#top">Lên đầu trang</a></div>'
                f'<div class="box-other"><div class="box-other-title">Tin khác cùng chuyên mục <a href="/chuyen-muc/cong-tac-dan-van">Công tác dân vận</a></div>{other}</div></div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=1), "Lịch công tác Thường trực Huyện ủy", "vb-lich")
                + side_std(rng, pub, "Tin mới", fmt=lambda d: hm(d) + " - " + dmy(d), cls="vb-new")
                + links_box(["Tỉnh ủy Hoàng Liên Sơn", "Báo Hoàng Liên Sơn", "UBND huyện Văn Bàn", "Cổng thông tin điện tử Đảng Cộng sản Việt Nam"]))
    url = "https://vanban.hoanglienson.dcs.vn/tin-tuc/10482/van-ban-hon-2000-ngay-cong-lam-duong-lien-thon-nho-dan-van-kheo"
    head = (f'<meta name="description" content="Văn Bàn vận động nhân dân hiến đất, góp ngày công làm đường liên thôn." />'
            + og(A2.title, url) + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A2.title, "articleSection": "Tin tức",
                                          "datePublished": "2024-09-05T15:40:00+07:00", "publisher": {"@type": "Organization", "name": "Huyện ủy Văn Bàn"}}))
    return page("s16-02", family="district_party_category_only_in_related_heading", name="hoanglienson-vanban-huyenuy-aspnet-mvc-no-crumb-category-only-in-tin-khac-cung-chuyen-muc-heading-time-first-hh-mm-dash-date-no-lead-italic-name-paren-ttvh-tt-huyen",
                url=url, art=A2, main_fn=main, pub=pub, prefix="vb", kb=150,
                org="Huyện ủy Văn Bàn", addr="Thị trấn Khánh Yên, huyện Văn Bàn, tỉnh Hoàng Liên Sơn", phone="0214.3864.112",
                top=head_top("vb", "/Content/images/banner-huyen-uy-van-ban.jpg", "Huyện ủy Văn Bàn", days=1, hours=2, style="hom_nay"), side=side,
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": "Huyện ủy Văn Bàn - Chi tiết tin"},
                exp=expected(A2, iso(pub), author="Đức Mạnh", unit="TTVH-TT huyện", category="Công tác dân vận"),
                traps={"bylines": ["Đức Mạnh (TTVH-TT huyện)"], "chrome": ["Tin khác cùng chuyên mục", "In trang", "Lịch công tác Thường trực Huyện ủy", "Lên đầu trang"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: no breadcrumb, no section label, no og/article:section; the JSON-LD articleSection is the generic 'Tin tức'. The only place the page names its section is the heading of the related box after the text: 'Tin khác cùng chuyên mục <a>Công tác dân vận</a>' → category 'Công tác dân vận'. Time-first '15:40 - 05/09/2024' with a clock icon. No lead (the meta description is not printed; the text starts with a plain paragraph). Italic right 'Đức Mạnh (TTVH-TT huyện)' → author + the abbreviated unit as printed. Schedule of the Standing Committee with future dates, 'Tin mới' list with times, ticker.",
                readme="TWIST category printed only in the related box heading 'Tin khác cùng chuyên mục Công tác dân vận' (no crumb, JSON-LD 'Tin tức'); 'HH:MM - dd/mm/yyyy', no lead, italic 'Name (TTVH-TT huyện)'")


# ===================================================================== 3 MTTQ tỉnh Long Châu Hà: a 'Mới' badge inside the h1 (TWIST)
A3 = Art("Long Châu Hà trao 215 căn nhà Đại đoàn kết cho hộ nghèo vùng biên giới",
         "Ngày 10/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long Châu Hà phối hợp với các doanh nghiệp tổ chức lễ bàn giao 215 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo ở các huyện biên giới Tịnh Biên, Tri Tôn và An Phú.",
         [("p", "Mỗi căn nhà có diện tích từ 32 đến 40 m², được hỗ trợ 60 triệu đồng từ Quỹ “Vì người nghèo” các cấp và nguồn đóng góp của doanh nghiệp; phần còn lại do gia đình, dòng họ và các đoàn thể hỗ trợ thêm vật liệu, ngày công."),
          ("img", "/upload/mttq/2024/09/ban-giao-nha-dai-doan-ket-tinh-bien.jpg", "Đại diện Ban Thường trực Ủy ban MTTQ tỉnh trao quyết định hỗ trợ nhà cho hộ nghèo xã An Nông"),
          ("p", "Bà Néang Sa Phon, phum Srây Skốt, xã An Nông, huyện Tịnh Biên xúc động cho biết, gia đình có 5 người sống trong căn chòi lá hơn 10 năm. “Có nhà mới, các cháu có chỗ học hành, tôi yên tâm đi làm thuê”, bà nói."),
          ("p", "Theo Ban Thường trực Ủy ban MTTQ tỉnh, từ năm 2022 đến nay, toàn tỉnh đã xây mới, sửa chữa 1.486 căn nhà Đại đoàn kết với tổng kinh phí trên 78 tỷ đồng. Năm 2024, tỉnh phấn đấu hoàn thành xóa nhà tạm, nhà dột nát cho hộ nghèo ở các xã biên giới."),
          ("p", "Dịp này, các doanh nghiệp đã trao thêm 300 phần quà, mỗi phần trị giá 500.000 đồng cho hộ nghèo người dân tộc Khmer và 40 suất học bổng cho học sinh nghèo vượt khó.")])


def page03():
    pub = T("2024-09-11 09:05")

    def main(rng, rl, rd):
        body = A3.render(img=fig)
        return (f'<div class="DnnModule DnnModule-NewsDetail"><div class="c-container"><div class="c-title">Tin tức</div><div class="c-content">'
                f'<div class="nd-cat"><a class="nd-chip" href="/tin-tuc/hoat-dong-mat-tran">Hoạt động Mặt trận</a></div>'
                f'<h1 class="nd-title">{esc(A3.title)} <span class="nd-new blink" style="color:#e00;font-size:12px">Mới</span></h1>'
                f'<div class="nd-date">11/09/2024 09:05</div><div class="nd-sapo">{esc(A3.lead)}</div>'
                f'<p class="nd-credit" style="text-align:right"><em>Tin: Ngọc Ánh - Ảnh: Đức Toàn</em></p>'
                f'<div class="nd-body">{body}</div>{share("nd-share")}'
                f'<div class="nd-other"><h3>Tin đã đưa</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + " " + hm(d) + ")", cls="nd-list")}</div></div></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", cls="mt-hot")
                + vb_box(["Thông báo số 112/TB-MTTQ-BTT ngày 03/9/2024 về vận động ủng hộ đồng bào bị thiệt hại do bão số 3",
                          "Kế hoạch số 87/KH-MTTQ-BTT ngày 26/8/2024 tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024"], head="Văn bản chỉ đạo"))
    crumbs = '<div class="mt-crumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></div>'
    url = "https://mattran.longchauha.gov.vn/tin-tuc/hoat-dong-mat-tran/long-chau-ha-trao-215-can-nha-dai-doan-ket-cho-ho-ngheo-vung-bien-gioi"
    head = og(A3.title, url, {"article:section": "Tin tức", "og:site_name": "Ủy ban MTTQ Việt Nam tỉnh Long Châu Hà"})
    return page("s16-03", family="mttq_new_badge_inside_h1", name="longchauha-mttq-dnn-chip-above-h1-span-moi-badge-inside-h1-dd-mm-yyyy-hh-mm-div-sapo-italic-right-tin-name-dash-anh-name-under-sapo",
                url=url, art=A3, main_fn=main, pub=pub, prefix="mt", kb=145,
                org="Ủy ban MTTQ Việt Nam tỉnh Long Châu Hà", addr="Số 12 đường Tôn Đức Thắng, TP Long Xuyên, tỉnh Long Châu Hà", phone="0296.3852.447",
                crumbs=crumbs, top=head_top("mt", "/Portals/0/banner-mttq.png", "Ủy ban MTTQ Việt Nam tỉnh Long Châu Hà", days=0, hours=6, style="clock", tick="Thông báo"),
                side=side, shell_kw={"layout": "dnn", "form": True, "dnn": True, "items": MENU_MASS, "head_extra": head, "title": A3.title},
                exp=expected(A3, iso(pub), author="Ngọc Ánh", photographer="Đức Toàn", category="Hoạt động Mặt trận"),
                traps={"chrome": ["Tin đã đưa", "Văn bản chỉ đạo", "Tin nổi bật"], "bylines": ["Tin: Ngọc Ánh - Ảnh: Đức Toàn"], "related": lambda rl: rl[:4]},
                notes="TWIST: the CMS flags articles younger than 48 hours with a blinking 'Mới' (new) badge printed INSIDE the h1 after the headline (<span class='nd-new blink'>Mới</span>); the page was saved the day after publication → title = the headline without 'Mới' (<title> and og:title have no badge). DNN container titled with the generic 'Tin tức'; category chip above the h1 'Hoạt động Mặt trận' (the crumb only has 'Tin tức', og article:section 'Tin tức'). '11/09/2024 09:05'. Plain div sapo = lead. Credit under the sapo, italic right 'Tin: Ngọc Ánh - Ảnh: Đức Toàn' → author Ngọc Ánh, photographer Đức Toàn. 'Văn bản chỉ đạo' box with issue dates, 'Tin đã đưa' list with dates and times.",
                readme="TWIST a blinking 'Mới' badge inside the h1 after the headline → title without it; DNN 'Tin tức' container, chip category, 'dd/mm/yyyy HH:MM', italic 'Tin: A - Ảnh: B' under the sapo")


# ===================================================================== 4 Báo Hải Hưng: author field names only the first of the two writers of the foot signature (TWIST)
A4 = Art("Nông dân Hải Hưng thu hơn 300 tỷ đồng từ vụ nhãn muộn",
         "Vụ nhãn năm 2024, các huyện Khoái Châu, Kim Động, Tiên Lữ và TP Hưng Yên thu hoạch khoảng 38.000 tấn nhãn muộn, giá bán tại vườn từ 25.000 đến 45.000 đồng/kg, cao hơn năm trước; nhiều hộ thu lãi trên 200 triệu đồng/ha.",
         [("p", "Tại xã Hàm Tử, huyện Khoái Châu, những ngày cuối tháng 8, thương lái từ các tỉnh phía Bắc và doanh nghiệp xuất khẩu về tận vườn thu mua. Gia đình ông Đỗ Văn Sáu có 1,2 ha nhãn muộn, năm nay thu khoảng 18 tấn, trừ chi phí lãi gần 400 triệu đồng."),
          ("p", "Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có 21 mã số vùng trồng nhãn được cấp để xuất khẩu sang Mỹ, Úc, Nhật Bản và EU với diện tích hơn 1.000 ha. Sản lượng nhãn xuất khẩu chính ngạch năm nay ước đạt 2.500 tấn."),
          ("img", "/media/2024/08/23/thu-hoach-nhan-muon-ham-tu.jpg", "Người dân xã Hàm Tử thu hoạch nhãn muộn"),
          ("p", "Để bảo đảm chất lượng, các hợp tác xã yêu cầu thành viên ghi chép nhật ký đồng ruộng, sử dụng thuốc bảo vệ thực vật trong danh mục cho phép, bao quả và thu hoạch đúng độ chín. Nhãn đạt chuẩn được dán tem truy xuất nguồn gốc."),
          ("p", "Tuy nhiên, nhiều vườn nhãn đã già cỗi, năng suất giảm. Ngành nông nghiệp khuyến cáo nông dân cải tạo vườn bằng các giống nhãn mới chín muộn, chất lượng cao, đồng thời liên kết với doanh nghiệp để ổn định đầu ra.")])


def page04():
    pub = T("2024-08-23 14:20")

    def main(rng, rl, rd):
        body = A4.render(img=lambda s, c, n: f'<figure class="hh-pic"><img src="{s}" alt="{esc(c, True)}" /><figcaption><p>{esc(c)}</p></figcaption></figure>')
        cm = comments([("Nguyễn Văn Hòa", "23/08/2024 20:41", "Nhãn muộn Khoái Châu năm nay được giá, bà con phấn khởi lắm."),
                       ("Trần Thị Lụa", "24/08/2024 07:12", "Mong tỉnh hỗ trợ thêm kho lạnh để bảo quản nhãn.")], cls="hh-cmt")
        return (f'<article class="hh-article"><h1 class="hh-title">{esc(A4.title)}</h1>'
                f'<div class="hh-meta"><span class="hh-author"><i class="icon-user"></i> <a href="/tac-gia/minh-nguyet">Minh Nguyệt</a></span> '
                f'<span class="hh-time"><i class="icon-clock"></i> 23/08/2024 - 14:20</span> <span class="hh-view"><i class="icon-eye"></i> 3.418</span></div>'
                f'<h2 class="hh-sapo">{esc(A4.lead)}</h2><div class="hh-body">{body}'
                f'<p class="hh-sign" style="text-align:right"><strong>Minh Nguyệt - Hoàng Long</strong></p></div>'
                f'<div class="hh-tags"><span>Từ khóa:</span> <a href="/tag/nhan-muon">nhãn muộn</a> <a href="/tag/khoai-chau">Khoái Châu</a></div>'
                f'{share("hh-share")}{cm}<div class="hh-same"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/kinh-te/nong-nghiep/{s}-{n}.html", cls="hh-rel")}</div></article>')

    def side(rng, pub):
        return (side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="hh-most")
                + '<div class="hh-price"><h3>Giá nông sản</h3><table><tr><td>Nhãn lồng</td><td>35.000 đ/kg</td><td>22/08</td></tr><tr><td>Vải thiều</td><td>—</td><td>—</td></tr><tr><td>Lúa tẻ</td><td>8.200 đ/kg</td><td>22/08</td></tr></table></div>')
    crumbs = crumb([("Kinh tế", "/kinh-te"), ("Nông nghiệp", "/kinh-te/nong-nghiep")], cls="hh-crumb")
    url = "https://baohaihung.vn/kinh-te/nong-nghiep/nong-dan-hai-hung-thu-hon-300-ty-dong-tu-vu-nhan-muon-218406.html"
    head = (og(A4.title, url, {"article:section": "Kinh tế", "article:published_time": "2024-08-23T14:20:00+07:00", "article:author": "Minh Nguyệt"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A4.title, "datePublished": "2024-08-23T14:20:00+07:00",
                      "articleSection": "Kinh tế", "author": {"@type": "Person", "name": "Minh Nguyệt"}}))
    return page("s16-04", family="baotinh_author_field_first_of_two_writers", name="haihung-bao-press-cms-meta-icon-row-author-link-one-name-foot-bold-two-names-dash-dd-mm-yyyy-dash-hh-mm-h2-sapo-crumb-nong-nghiep-vs-section-kinh-te",
                url=url, art=A4, main_fn=main, pub=pub, prefix="hh", kb=260,
                org="Báo Hải Hưng", addr="Số 286 đường Nguyễn Văn Linh, TP Hưng Yên, tỉnh Hải Hưng", phone="0221.3862.418",
                crumbs=crumbs, top=head_top("hh", "/images/logo-bao-hai-hung.svg", "Báo Hải Hưng", days=1, hours=3, fmt=hm), side=side,
                shell_kw={"items": MENU_NEWS, "head_extra": head, "title": A4.title + " - Báo Hải Hưng"},
                exp=expected(A4, iso(pub), author="Minh Nguyệt, Hoàng Long", category="Nông nghiệp"),
                traps={"bylines": ["Minh Nguyệt - Hoàng Long"], "comments": ["Mong tỉnh hỗ trợ thêm kho lạnh để bảo quản nhãn."],
                       "chrome": ["Tin cùng chuyên mục", "Giá nông sản", "Từ khóa:"], "related": lambda rl: rl[:4]},
                notes="TWIST: the CMS author field is single-valued — the icon meta row under the h1 links only 'Minh Nguyệt' (also og article:author and the JSON-LD Person), while the bold signature at the end of the text names both writers 'Minh Nguyệt - Hoàng Long' → author 'Minh Nguyệt, Hoàng Long' (the fuller printed byline wins; a reader taking the first byline found would drop the second writer). '23/08/2024 - 14:20' with icons, h2 sapo = lead, figure/figcaption>p captions. Crumb 'Kinh tế › Nông nghiệp' → 'Nông nghiệp' while og article:section / JSON-LD articleSection say 'Kinh tế'. Comments, tags, farm-price box with dates, ticker with times.",
                readme="TWIST the single-valued author field (icon row, og, JSON-LD) names only 'Minh Nguyệt'; the foot signature 'Minh Nguyệt - Hoàng Long' names both → both; h2 sapo, crumb 'Nông nghiệp' vs section 'Kinh tế'")


# ===================================================================== 5 Tỉnh ủy Gia Lai - Kon Tum: Liferay 6.2, icon meta row with 'Name (unit)' at the top, four-level crumb
A5 = Art("Phát huy vai trò già làng trong xây dựng khối đại đoàn kết ở vùng đồng bào dân tộc thiểu số",
         "Toàn tỉnh hiện có 1.246 già làng, người có uy tín trong đồng bào dân tộc thiểu số. Những năm qua, đội ngũ này đã trở thành cầu nối quan trọng giữa cấp ủy, chính quyền với nhân dân các buôn, làng.",
         [("p", "Ở làng Đê Kjiêng, xã Ia Pếch, huyện Ia Grai, già làng Rơ Mah Blơ đã nhiều lần đứng ra hòa giải các vụ tranh chấp đất rẫy giữa các hộ trong làng. Ông cũng là người đi đầu hiến đất mở rộng đường liên thôn, vận động con cháu không nghe theo kẻ xấu."),
          ("p", "Hằng năm, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương, tập huấn kiến thức pháp luật và kỹ năng tuyên truyền cho già làng, người có uy tín. Năm 2024 đã có 620 lượt người được bồi dưỡng."),
          ("img", "/documents/10181/0/gia-lang-ia-grai.jpg", "Già làng Rơ Mah Blơ (bên phải) trao đổi với cán bộ xã Ia Pếch về tình hình làng"),
          ("h", "Lắng nghe để vận động"),
          ("p", "Theo nhiều già làng, muốn người dân làm theo thì cán bộ phải xuống làng, ăn cùng, ở cùng và nói tiếng của đồng bào. Các chủ trương như chuyển đổi cây trồng, cho con đến trường, khám bệnh tại trạm y tế được già làng phổ biến tại nhà rông nên bà con dễ hiểu, dễ làm theo."),
          ("p", "Thời gian tới, các cấp ủy tiếp tục thực hiện tốt chính sách đối với người có uy tín, kịp thời thăm hỏi, động viên khi ốm đau, đồng thời phát huy vai trò của họ trong giữ gìn an ninh trật tự ở địa bàn biên giới.")])


def page05():
    pub = T("2024-08-06 10:12")

    def main(rng, rl, rd):
        body = A5.render(p=jp, img=tcap, h=lambda t: f"<h4><strong>{esc(t)}</strong></h4>")
        return (f'<div class="journal-content-article"><div class="gl-detail"><h1 class="gl-title">{esc(A5.title)}</h1>'
                f'<div class="gl-meta"><i class="fa fa-calendar"></i> 06/08/2024 &nbsp; <i class="fa fa-clock-o"></i> 10:12 &nbsp; '
                f'<i class="fa fa-user"></i> <span class="gl-author">Rơ Châm H\'Lan (Ban Dân vận Tỉnh ủy)</span></div>'
                f'<div class="gl-sapo"><em>{esc(A5.lead)}</em></div><div class="gl-content">{body}</div>'
                f'{share("gl-share")}<div class="gl-other"><h3>Tin bài khác</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/web/tinhuy/-/{s}", cls="gl-list")}</div></div></div>')

    def side(rng, pub):
        return (vb_box(["Chỉ thị số 31-CT/TU ngày 29/7/2024 về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số",
                        "Quy định số 118-QĐ/TU ngày 18/7/2024 về chế độ đối với người có uy tín"])
                + side_std(rng, pub, "Tin đọc nhiều", cls="gl-most")
                + '<div class="gl-video"><h3>Video</h3><a href="/video/le-hoi-mung-lua-moi">Lễ hội mừng lúa mới của người Jrai (02/08/2024)</a></div>')
    crumbs = ('<ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/tinhuy">Trang chủ</a><span class="divider">/</span></li>'
              '<li><a href="/web/tinhuy/tin-tuc-su-kien">Tin tức - Sự kiện</a><span class="divider">/</span></li>'
              '<li><a href="/web/tinhuy/xay-dung-dang">Xây dựng Đảng</a><span class="divider">/</span></li>'
              '<li class="active last"><a href="/web/tinhuy/dan-van">Dân vận</a></li></ul>')
    url = "https://gialaikontum.dcs.vn/web/tinhuy/-/phat-huy-vai-tro-gia-lang-trong-xay-dung-khoi-dai-doan-ket"
    head = og(A5.title, url, {"article:section": "Xây dựng Đảng"})
    return page("s16-05", family="province_party_liferay62_icon_meta_row_name_paren_unit", name="gialaikontum-tinhuy-liferay62-journal-content-four-level-crumb-icon-meta-calendar-clock-user-name-paren-ban-dan-van-italic-sapo-h4-subhead-table-caption",
                url=url, art=A5, main_fn=main, pub=pub, prefix="gl", kb=205,
                org="Tỉnh ủy Gia Lai - Kon Tum", addr="Số 1 đường Hùng Vương, TP Pleiku, tỉnh Gia Lai - Kon Tum", phone="0269.3824.118",
                crumbs=crumbs, top=head_top("gl", "/o/tinhuy-theme/images/banner.png", "Cổng thông tin điện tử Đảng bộ tỉnh Gia Lai - Kon Tum", days=3), side=side,
                shell_kw={"layout": "liferay", "head_extra": head, "title": "Chi tiết tin - Tỉnh ủy Gia Lai - Kon Tum"},
                exp=expected(A5, iso(pub), author="Rơ Châm H'Lan", unit="Ban Dân vận Tỉnh ủy", category="Dân vận"),
                traps={"chrome": ["Tin bài khác", "Tin đọc nhiều", "Văn bản mới"], "related": lambda rl: rl[:4]},
                notes="Liferay 6.2 Tỉnh ủy portal: <title> is 'Chi tiết tin - …' (the h1 is the title). Icon meta row under the h1: calendar '06/08/2024', clock '10:12', user 'Rơ Châm H'Lan (Ban Dân vận Tỉnh ủy)' → author (apostrophe inside the Jrai name kept) + unit; byline at the TOP only. Italic div sapo = lead; h4 sub-head is body; table captions. Four-level crumb 'Tin tức - Sự kiện / Xây dựng Đảng / Dân vận' → 'Dân vận' (og article:section says 'Xây dựng Đảng'). 'Văn bản mới' with issue dates, video link with a date, header clock 3 days later.",
                readme="Liferay 6.2 Tỉnh ủy: icon meta row 'dd/mm/yyyy' + 'HH:MM' + user 'Rơ Châm H'Lan (Ban Dân vận Tỉnh ủy)' at the top, italic sapo, h4 sub-head, four-level crumb vs og section")


# ===================================================================== 6 Đảng ủy xã Sơn Hà (Kỳ Sơn): commune sub-site, left section menu, date only, 'Name - VP Đảng ủy xã'
A6 = Art("Đảng ủy xã Sơn Hà kết nạp 4 đảng viên mới",
         None,
         [("p", "Sáng 16/8, Đảng ủy xã Sơn Hà tổ chức lễ kết nạp đảng viên mới cho 4 quần chúng ưu tú thuộc Chi bộ xóm Mỏ, Chi bộ xóm Chiềng và Chi bộ Trường Tiểu học Sơn Hà."),
          ("p", "Các quần chúng được kết nạp đều đã qua thử thách trong thực tiễn, có phẩm chất chính trị, đạo đức tốt, hoàn thành tốt nhiệm vụ được giao, được tổ chức đoàn thể và chi bộ giới thiệu, tín nhiệm."),
          ("img", "/Portals/xa-son-ha/2024/08/ket-nap-dang-vien.jpg", "Bí thư Đảng ủy xã trao quyết định kết nạp cho các đảng viên mới"),
          ("p", "Phát biểu tại buổi lễ, đồng chí Bùi Văn Hiện, Bí thư Đảng ủy xã đề nghị các đảng viên mới tiếp tục rèn luyện, học tập, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; các chi bộ phân công đảng viên chính thức giúp đỡ đảng viên mới trong thời gian dự bị."),
          ("p", "Từ đầu nhiệm kỳ đến nay, Đảng bộ xã Sơn Hà đã kết nạp 23 đảng viên, đạt 115% chỉ tiêu nghị quyết đại hội đề ra, trong đó có 9 đảng viên là đoàn viên thanh niên.")])


def page06():
    pub = T("2024-08-16 10:00")

    def main(rng, rl, rd):
        body = A6.render(p=lambda t: f'<p style="text-align:justify;text-indent:30px">{esc(t)}</p>',
                         img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" width="480" /><br /><i>{esc(c)}</i></p>')
        return (f'<div class="xa-news"><h1 class="xa-title">{esc(A6.title)}</h1>'
                f'<div class="xa-info">Ngày đăng: 16/8/2024 &nbsp;|&nbsp; Lượt đọc: 87</div><div class="xa-body">{body}'
                f'<p style="text-align:right">Hà Quang Trung - VP Đảng ủy xã</p></div>'
                f'<div class="xa-back"><a href="javascript:history.back()">« Quay lại</a></div>'
                f'<div class="xa-others"><b>Các tin đã đăng:</b>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/xa-son-ha/tin/{n}", cls="xa-old")}</div></div>')

    def left(rng, pub):
        items = ["Giới thiệu chung", "Tin hoạt động Đảng ủy", "Tin hoạt động HĐND - UBND", "Mặt trận - Đoàn thể", "Văn bản xã", "Thủ tục hành chính"]
        act = ' class="active"'
        li = "".join(f'<li{act if t == "Tin hoạt động Đảng ủy" else ""}><a href="/xa-son-ha/{slug(t)}">{esc(t)}</a></li>' for t in items)
        return (f'<div class="xa-menu"><h3>Xã Sơn Hà</h3><ul>{li}</ul></div>'
                '<div class="xa-contact"><h3>Liên hệ</h3><p>Trụ sở Đảng ủy - HĐND - UBND xã Sơn Hà</p><p>ĐT: 0218.3861.204</p></div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=5), "Lịch tiếp công dân", "xa-lich")
                + side_std(rng, pub, "Tin toàn huyện", cls="xa-huyen"))
    crumbs = '<div class="xa-crumb"><a href="/">Trang chủ</a> » <a href="/xa-son-ha">Xã Sơn Hà</a> » <a href="/xa-son-ha/tin-hoat-dong-dang-uy">Tin hoạt động Đảng ủy</a></div>'
    url = "https://kyson.hasonbinh.gov.vn/xa-son-ha/tin/3307"
    return page("s16-06", family="commune_party_subsite_left_menu_vp_abbrev", name="hasonbinh-kyson-xa-sonha-dang-uy-subsite-of-district-portal-left-section-menu-ngay-dang-d-m-yyyy-date-only-luot-doc-no-lead-br-italic-caption-plain-name-dash-vp-dang-uy-xa",
                url=url, art=A6, main_fn=main, pub=pub, prefix="xa", kb=105,
                org="Cổng thông tin điện tử huyện Kỳ Sơn", addr="Thị trấn Kỳ Sơn, huyện Kỳ Sơn, tỉnh Hà Sơn Bình", phone="0218.3861.008",
                crumbs=crumbs, side=side,
                top=lambda rng, pub: f'<div class="xa-top"><img src="/images/banner-ky-son.jpg" alt="Huyện Kỳ Sơn" />{clock(pub + timedelta(days=4), "hom_nay", "xa-today")}</div>',
                shell_kw={"layout": "leftcol", "left": left, "items": MENU_GOV, "title": "Xã Sơn Hà - " + A6.title},
                exp=expected(A6, isod(pub), author="Hà Quang Trung", unit="VP Đảng ủy xã", category="Tin hoạt động Đảng ủy"),
                traps={"bylines": ["Hà Quang Trung - VP Đảng ủy xã"], "chrome": ["Lượt đọc: 87", "Các tin đã đăng:", "Quay lại", "Lịch tiếp công dân", "Tin toàn huyện"],
                       "related": lambda rl: rl[:4]},
                notes="Commune Đảng ủy news on a sub-site of the district portal (left column section menu with the active item, content in the centre column). 'Ngày đăng: 16/8/2024' unpadded month, date only (no time anywhere) → '2024-08-16'. No lead. Caption: img <br> <i>caption</i> inside one centred <p>. Plain right-aligned 'Hà Quang Trung - VP Đảng ủy xã' (not bold or italic) → author + abbreviated unit as printed. Crumb 'Trang chủ » Xã Sơn Hà » Tin hoạt động Đảng ủy' → the deepest level (the commune level is the sub-site, not the category). Reception schedule with future dates, header clock 4 days later.",
                readme="Đảng ủy xã sub-site of a district portal (new 'leftcol' layout): 'Ngày đăng: d/m/yyyy' date only, no lead, br + italic caption, plain right 'Name - VP Đảng ủy xã', crumb through the commune level")


# ===================================================================== 7 Ban Tổ chức Tỉnh ủy Bình Trị Thiên: two writers stacked under the title, each with a unit line
A7 = Art("Một số giải pháp nâng cao chất lượng sinh hoạt chi bộ ở các chi bộ cơ quan",
         "Sinh hoạt chi bộ là một trong những yếu tố quyết định năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng. Thực tiễn ở các chi bộ cơ quan trên địa bàn tỉnh cho thấy vẫn còn những hạn chế cần sớm khắc phục.",
         [("h", "1. Thực trạng"),
          ("p", "Qua khảo sát 86 chi bộ cơ quan thuộc Đảng bộ Khối các cơ quan tỉnh trong năm 2023, có 79% chi bộ duy trì sinh hoạt định kỳ đúng quy định, 64% chi bộ tổ chức sinh hoạt chuyên đề mỗi quý ít nhất một lần."),
          ("p", "Tuy nhiên, ở một số chi bộ, nội dung sinh hoạt còn chung chung, nặng về thông báo tình hình chuyên môn; việc tự phê bình và phê bình chưa thường xuyên, còn nể nang; một số đảng viên ít phát biểu, tham gia ý kiến."),
          ("h", "2. Một số giải pháp"),
          ("p", "Thứ nhất, cấp ủy chi bộ cần chuẩn bị kỹ nội dung trước mỗi kỳ sinh hoạt, lựa chọn vấn đề trọng tâm, gắn với nhiệm vụ chính trị của cơ quan và những vấn đề đảng viên quan tâm."),
          ("p", "Thứ hai, đổi mới cách điều hành sinh hoạt, tạo không khí dân chủ, cởi mở; bí thư chi bộ gợi mở vấn đề để đảng viên thảo luận, tránh tình trạng đọc báo cáo dài."),
          ("p", "Thứ ba, tăng cường công tác kiểm tra, giám sát của cấp ủy cấp trên đối với việc sinh hoạt chi bộ; định kỳ dự sinh hoạt tại chi bộ, kịp thời chấn chỉnh những chi bộ sinh hoạt hình thức."),
          ("p", "Thứ tư, phát huy vai trò nêu gương của người đứng đầu cơ quan, đơn vị, đồng thời ứng dụng công nghệ thông tin trong quản lý, theo dõi việc tham gia sinh hoạt của đảng viên.")])


def page07():
    pub = T("2024-08-19 08:30")

    def main(rng, rl, rd):
        body = A7.render(p=jp, h=lambda t: f"<p><strong><em>{esc(t)}</em></strong></p>")
        authors = ('<div class="btc-tacgia" style="text-align:right"><p><b>Nguyễn Hữu Phước</b><br /><i>Ban Tổ chức Tỉnh ủy</i></p>'
                   '<p><b>Lê Thị Hạnh</b><br /><i>Đảng ủy Khối các cơ quan tỉnh</i></p></div>')
        return (f'<div class="btc-portlet"><h2 class="btc-portlet-title" style="text-transform:uppercase">Nghiên cứu - Trao đổi</h2>'
                f'<div class="btc-item"><h1 class="btc-title">{esc(A7.title)}</h1>{authors}'
                f'<div class="btc-date">Ngày xuất bản: 19/08/2024 08:30</div>'
                f'<p class="btc-sapo"><b>{esc(A7.lead)}</b></p><div class="btc-body">{body}</div>'
                f'<div class="btc-print"><a href="#">Bản in</a> · <a href="#">Gửi bài viết</a></div>'
                f'<div class="btc-more"><h3>Các bài viết khác</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/Pages/nghien-cuu-trao-doi.aspx?ItemID={n}", cls="btc-list")}</div></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới nhất", cls="btc-new")
                + vb_box(["Hướng dẫn số 12-HD/BTCTU ngày 08/8/2024 về đánh giá chất lượng sinh hoạt chi bộ",
                          "Công văn số 845-CV/BTCTU ngày 14/8/2024 về rà soát đảng viên miễn sinh hoạt"]))
    url = "https://bantochuc.binhtrithien.dcs.vn/Pages/nghien-cuu-trao-doi.aspx?ItemID=2214"
    return page("s16-07", family="party_agency_sharepoint_two_writers_unit_lines", name="binhtrithien-btc-sharepoint-portlet-title-css-caps-category-no-crumb-two-writers-stacked-under-h1-bold-name-br-italic-unit-ngay-xuat-ban-bold-sapo-numbered-subheads",
                url=url, art=A7, main_fn=main, pub=pub, prefix="btc", kb=230,
                org="Ban Tổ chức Tỉnh ủy Bình Trị Thiên", addr="Số 18 đường Lê Lợi, TP Huế, tỉnh Bình Trị Thiên", phone="0234.3822.306",
                top=head_top("btc", "/PublishingImages/banner-btc.png", "Ban Tổ chức Tỉnh ủy Bình Trị Thiên", days=2, style="hom_nay"), side=side,
                shell_kw={"layout": "sharepoint", "form": True, "title": "Nghiên cứu - Trao đổi"},
                exp=expected(A7, iso(pub), author="Nguyễn Hữu Phước, Lê Thị Hạnh", unit="Ban Tổ chức Tỉnh ủy, Đảng ủy Khối các cơ quan tỉnh", category="Nghiên cứu - Trao đổi"),
                traps={"chrome": ["Các bài viết khác", "Bản in", "Tin mới nhất"], "related": lambda rl: rl[:4]},
                notes="SharePoint web part of the provincial Ban Tổ chức: no crumb, the web part title 'Nghiên cứu - Trao đổi' (uppercased only by CSS) is the category; <title> is the section. Two writers stacked right under the h1, each a bold name <br> italic unit line ('Nguyễn Hữu Phước' / 'Ban Tổ chức Tỉnh ủy'; 'Lê Thị Hạnh' / 'Đảng ủy Khối các cơ quan tỉnh') → author 'Nguyễn Hữu Phước, Lê Thị Hạnh', author_unit both units joined with ', ' in author order. 'Ngày xuất bản: 19/08/2024 08:30' below the writers. Bold sapo = lead; numbered bold-italic sub-heads are body. 'Văn bản mới' box with issue dates.",
                readme="SharePoint Ban Tổ chức: web part title (CSS caps) = category, two writers stacked under the h1, each 'bold name <br> italic unit' → two authors + two units, 'Ngày xuất bản:', bold sapo, numbered sub-heads")


# ===================================================================== 8 UBKT Tỉnh ủy Hà Tây: DNN, dashed date, bold name + italic unit line with a comma at the end
A8 = Art("Ủy ban Kiểm tra Tỉnh ủy giám sát chuyên đề đối với Đảng ủy Khối Doanh nghiệp",
         "Ngày 26/8, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh về việc lãnh đạo, chỉ đạo thực hiện công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2023 và 6 tháng đầu năm 2024.",
         [("p", "Báo cáo tại buổi làm việc cho thấy, Đảng ủy Khối đã ban hành và thực hiện 100% chương trình kiểm tra, giám sát theo kế hoạch; kiểm tra khi có dấu hiệu vi phạm đối với 3 tổ chức đảng và 5 đảng viên, thi hành kỷ luật 4 đảng viên."),
          ("p", "Ủy ban Kiểm tra Đảng ủy Khối đã chú trọng giám sát thường xuyên việc thực hiện quy chế làm việc, quản lý tài chính, tài sản ở các doanh nghiệp nhà nước và doanh nghiệp có vốn nhà nước chi phối."),
          ("p", "Kết luận buổi làm việc, đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Đỗ Thị Huyền đề nghị Đảng ủy Khối tập trung kiểm tra, giám sát các lĩnh vực dễ phát sinh sai phạm như đầu tư, mua sắm, quản lý vốn; nâng cao chất lượng hoạt động của ủy ban kiểm tra đảng ủy cơ sở."),
          ("img", "/Portals/0/Images/2024/08/giam-sat-dang-uy-khoi-dn.jpg", "Quang cảnh buổi làm việc của Đoàn giám sát"),
          ("p", "Đoàn giám sát cũng lưu ý việc kiện toàn đội ngũ cán bộ kiểm tra ở các đảng bộ doanh nghiệp có biến động về tổ chức, bảo đảm công tác kiểm tra, giám sát không bị gián đoạn.")])


def page08():
    pub = T("2024-08-26 16:05")

    def main(rng, rl, rd):
        body = A8.render(img=lambda s, c, n: f'<div class="image-center"><img src="{s}" alt="" /><p class="image-caption">{esc(c)}</p></div>')
        return (f'<div class="DnnModule DnnModule-EasyDNNnews"><div class="eds_news_module"><div class="edn_article edn_articleDetails">'
                f'<h1 class="edn_articleTitle">{esc(A8.title)}</h1><div class="edn_metaDetails"><time>26-08-2024 16:05</time></div>'
                f'<h2 class="edn_articleSummary">{esc(A8.lead)}</h2><div class="edn_articleContent">{body}'
                f'<p style="text-align:right"><strong>Nguyễn Thị Thanh Tâm</strong><br /><em>Phòng Nghiệp vụ II, Cơ quan UBKT Tỉnh ủy</em></p></div>'
                f'<div class="edn_socialPrintWrapper"><a href="#">Bản in</a> <a href="#">Email</a></div>'
                f'<div class="edn_relatedArticles"><h3>Bài viết cùng chủ đề</h3>{rel(rng, rl, rd, lambda d: dmy(d, "-"), cls="edn_rel")}</div></div></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Thông báo kết luận", fmt=lambda d: dmy(d, "-"), cls="ubkt-tb")
                + '<div class="ubkt-hotline"><h3>Tiếp nhận đơn thư</h3><p>Phòng tiếp đảng viên và công dân: Thứ Tư hằng tuần</p><p>Đường dây nóng: 0243.3824.712</p></div>')
    crumbs = '<div id="dnn_dnnBreadcrumb"><a href="/" class="breadcrumbLink">Trang chủ</a> › <a href="/tin-tuc" class="breadcrumbLink">Tin tức</a> › <a href="/tin-tuc/hoat-dong-kiem-tra" class="breadcrumbLink">Hoạt động kiểm tra</a></div>'
    url = "https://ubkt.hatay.dcs.vn/tin-tuc/hoat-dong-kiem-tra/ArticleID/1876/uy-ban-kiem-tra-tinh-uy-giam-sat-chuyen-de-doi-voi-dang-uy-khoi-doanh-nghiep"
    head = og(A8.title, url, {"article:section": "Kiểm tra - Giám sát"})
    return page("s16-08", family="ubkt_dnn_easydnn_name_br_italic_unit_with_comma", name="hatay-ubkt-dnn-easydnnnews-dd-mm-yyyy-dashes-hh-mm-h2-summary-bold-name-br-italic-phong-nghiep-vu-ii-comma-co-quan-ubkt-crumb-vs-og-section",
                url=url, art=A8, main_fn=main, pub=pub, prefix="ubkt", kb=185,
                org="Ủy ban Kiểm tra Tỉnh ủy Hà Tây", addr="Số 2 đường Quang Trung, TP Hà Đông, tỉnh Hà Tây", phone="0243.3824.700",
                crumbs=crumbs, top=head_top("ubkt", "/Portals/0/banner-ubkt.jpg", "Ủy ban Kiểm tra Tỉnh ủy Hà Tây", days=1, hours=5), side=side,
                shell_kw={"layout": "dnn", "form": True, "dnn": True, "head_extra": head, "title": A8.title},
                exp=expected(A8, iso(pub), author="Nguyễn Thị Thanh Tâm", unit="Phòng Nghiệp vụ II, Cơ quan UBKT Tỉnh ủy", category="Hoạt động kiểm tra"),
                traps={"chrome": ["Bài viết cùng chủ đề", "Thông báo kết luận", "Tiếp nhận đơn thư"], "bylines": ["Phòng Nghiệp vụ II, Cơ quan UBKT Tỉnh ủy"],
                       "related": lambda rl: rl[:4]},
                notes="UBKT on DNN EasyDNNnews: '26-08-2024 16:05' (dashes) in the meta, h2 summary = lead. Byline at the end: bold name <br> italic unit line 'Phòng Nghiệp vụ II, Cơ quan UBKT Tỉnh ủy' → author 'Nguyễn Thị Thanh Tâm', unit = the whole line (the comma joins a department and its agency, it is not a second writer). The PERSON named in the text (Đỗ Thị Huyền) is not the author. Caption paragraph under an image. Crumb 'Tin tức › Hoạt động kiểm tra' (og article:section 'Kiểm tra - Giám sát'). Conclusion notices with dashed dates, hotline box.",
                readme="UBKT DNN EasyDNNnews: 'dd-mm-yyyy HH:MM', h2 summary, bold name <br> italic 'Phòng Nghiệp vụ II, Cơ quan UBKT Tỉnh ủy' (comma inside the unit), crumb vs og section")


# ===================================================================== 9 Ban Dân vận Tỉnh ủy Thuận Hải: Nuxt rebuild, pub + update, 'Tác giả:' top, 'Nguồn:' office at the end
A9 = Art("Hàm Thuận Bắc: Chính quyền đối thoại với nhân dân về bồi thường dự án hồ chứa nước",
         "Chiều 20/8, UBND huyện Hàm Thuận Bắc tổ chức đối thoại với hơn 120 hộ dân có đất bị ảnh hưởng bởi dự án hồ chứa nước Ka Pét, lắng nghe và giải đáp các kiến nghị về giá bồi thường, tái định cư.",
         [("p", "Tại buổi đối thoại, người dân các xã Mỹ Thạnh, Hàm Cần bày tỏ băn khoăn về đơn giá bồi thường cây trồng lâu năm, vị trí khu tái định cư và việc hỗ trợ chuyển đổi nghề nghiệp cho các hộ mất đất sản xuất."),
          ("p", "Lãnh đạo huyện và các phòng chuyên môn đã trả lời trực tiếp 17 ý kiến; với những nội dung vượt thẩm quyền, huyện ghi nhận, tổng hợp báo cáo UBND tỉnh xem xét, trả lời bằng văn bản trước ngày 15/9/2024."),
          ("img", "/_nuxt/img/doi-thoai-ham-thuan-bac.jpg", "Người dân xã Mỹ Thạnh nêu kiến nghị tại buổi đối thoại"),
          ("p", "Ông Nguyễn Văn Tư, thôn 1, xã Mỹ Thạnh cho biết, sau buổi đối thoại, bà con đã hiểu rõ hơn cách tính giá bồi thường và đồng thuận bàn giao mặt bằng để dự án sớm thi công."),
          ("p", "Ban Dân vận Huyện ủy đánh giá, việc người đứng đầu chính quyền trực tiếp đối thoại là cách làm hiệu quả trong thực hiện dân chủ ở cơ sở, góp phần giải quyết dứt điểm các vướng mắc, hạn chế khiếu kiện đông người.")])


def page09():
    pub, upd = T("2024-08-20 09:30"), T("2024-08-20 14:47")

    def main(rng, rl, rd):
        dv = "4b1c9e2a"
        body = A9.render(p=lambda t: f'<p data-v-{dv}>{esc(t)}</p>',
                         img=lambda s, c, n: f'<figure data-v-{dv} class="bdv-fig"><img data-v-{dv} src="{s}" alt="" /><figcaption data-v-{dv}>{esc(c)}</figcaption></figure>')
        return (f'<article data-v-{dv} class="bdv-article"><div data-v-{dv} class="bdv-label"><a href="/dan-van-chinh-quyen">Dân vận chính quyền</a></div>'
                f'<h1 data-v-{dv} class="bdv-title">{esc(A9.title)}</h1>'
                f'<div data-v-{dv} class="bdv-meta"><span>Tác giả: Hoàng Thu Trang</span> <span class="dot">·</span> <span>Ngày đăng: 20/08/2024 09:30</span> '
                f'<span class="dot">·</span> <span>Cập nhật: 20/08/2024 14:47</span></div>'
                f'<p data-v-{dv} class="bdv-sapo"><i>{esc(A9.lead)}</i></p><div data-v-{dv} class="bdv-body">{body}</div>'
                f'<p data-v-{dv} class="bdv-source" style="text-align:right">Nguồn: Ban Dân vận Huyện ủy Hàm Thuận Bắc</p>'
                f'<div data-v-{dv} class="bdv-related"><h3>Bài viết liên quan</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " " + hm(d), cls="bdv-rel")}</div></article>')
    crumbs = '<nav class="bdv-crumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></nav>'
    url = "https://danvan.thuanhai.dcs.vn/tin-tuc/ham-thuan-bac-chinh-quyen-doi-thoai-voi-nhan-dan-ve-boi-thuong-du-an-ho-chua-nuoc-8812"
    state = ('<script>window.__NUXT__=(function(a,b){return {data:[{article:{id:8812,title:"' + A9.title + '",createdAt:"2024-08-19T16:02:11.000Z",'
             'publishedAt:"2024-08-20T02:30:00.000Z",updatedAt:"2024-08-20T07:47:00.000Z",category:a,author:b}}],state:{}}}("Tin tức","Hoàng Thu Trang"));</script>')
    return page("s16-09", family="party_agency_nuxt_tac_gia_top_nguon_office_end", name="thuanhai-bdv-nuxt-ssr-section-label-above-h1-tac-gia-ngay-dang-cap-nhat-one-meta-row-italic-sapo-nguon-ban-dan-van-huyen-uy-at-end-generic-crumb",
                url=url, art=A9, main_fn=main, pub=pub, prefix="bdv", kb=165,
                org="Ban Dân vận Tỉnh ủy Thuận Hải", addr="Số 5 đường Nguyễn Tất Thành, TP Phan Thiết, tỉnh Thuận Hải", phone="0252.3821.447",
                crumbs=crumbs, top=head_top("bdv", "/_nuxt/img/logo-bdv.svg", "Ban Dân vận Tỉnh ủy Thuận Hải", days=2, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Mô hình “Dân vận khéo”", cls="bdv-dvk") + side_std(rng, pub, "Tin xem nhiều", cls="bdv-most", n=5),
                shell_kw={"layout": "nuxt", "title": A9.title + " - Ban Dân vận Tỉnh ủy Thuận Hải", "scripts": state},
                exp=expected(A9, iso(pub), updated=iso(upd), author="Hoàng Thu Trang", category="Dân vận chính quyền"),
                traps={"sources": ["Nguồn: Ban Dân vận Huyện ủy Hàm Thuận Bắc"], "chrome": ["Bài viết liên quan", "Tác giả: Hoàng Thu Trang"], "related": lambda rl: rl[:4]},
                notes="Ban Dân vận portal rebuilt on Nuxt (SSR): one meta row 'Tác giả: Hoàng Thu Trang · Ngày đăng: 20/08/2024 09:30 · Cập nhật: 20/08/2024 14:47' → author, published and updated. The right-aligned line at the end 'Nguồn: Ban Dân vận Huyện ủy Hàm Thuận Bắc' is a SOURCE line (labelled 'Nguồn:') → author_unit null even though it names an office. Section label above the h1 'Dân vận chính quyền' = category (the crumb only has 'Tin tức'; the __NUXT__ state says 'Tin tức' and has a UTC createdAt of the previous day). Italic sapo = lead.",
                readme="Nuxt Ban Dân vận: section label above the h1, one meta row 'Tác giả: … · Ngày đăng: … · Cập nhật: …' → pub + update, italic sapo, end line 'Nguồn: Ban Dân vận Huyện ủy …' is a source (unit null)")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
