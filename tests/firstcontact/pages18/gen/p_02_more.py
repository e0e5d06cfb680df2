"""Set 18 pages 10-18: Tỉnh đoàn, Hội Nông dân, a Huyện ủy interview, a Cổng TTĐT tỉnh, a Ban Dân vận, a Thị ủy, a Sở
VHTTDL, an Đảng ủy xã sub-portal and the Hội Khuyến học — ordinary but varied markup, no twist."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb
from .p_01_pages import head_top


# ===================================================================== 10 Tỉnh đoàn Minh Hải: ASP.NET Core Razor Pages, labelled meta line 'Người đăng | Tác giả: Name (unit)', blockquote in the text
A10 = Art("Tuổi trẻ Đầm Dơi chung tay trồng 5 km rừng phòng hộ ven biển",
          "Hưởng ứng Chiến dịch Thanh niên tình nguyện năm 2024, hơn 300 đoàn viên, thanh niên huyện Đầm Dơi đã ra quân trồng mới 12.000 cây mắm, cây đước trên 5 km bờ biển xã Tân Thuận, góp phần chống sạt lở, bảo vệ đê biển Tây.",
          [("p", "Từ sáng sớm 16/10, tranh thủ con nước ròng, các đoàn viên thanh niên đến từ 16 cơ sở Đoàn trong huyện đã có mặt ở bãi bồi ấp Mũi Tràm, xã Tân Thuận. Mỗi nhóm được phân công một đoạn bờ, vừa trồng cây, vừa gia cố hàng rào tre chắn sóng."),
           ("img", "/uploads/2024/10/trong-rung-dam-doi-1.jpg", "Đoàn viên thanh niên huyện Đầm Dơi trồng cây mắm ở bãi bồi xã Tân Thuận"),
           ("p", "Anh Trần Quốc Khởi, Bí thư Huyện đoàn Đầm Dơi cho biết, cây giống do Ban Quản lý rừng phòng hộ cung cấp; Huyện đoàn phân công các chi đoàn nhận chăm sóc, theo dõi tỷ lệ cây sống trong 6 tháng đầu."),
           ("p", "Em Lý Ngọc Hân, đoàn viên Chi đoàn Trường THPT Đầm Dơi chia sẻ cảm xúc khi lần đầu tham gia trồng rừng:"),
           ("p", "“Bùn ngập tới đầu gối, ai cũng lấm lem nhưng rất vui. Em mong vài năm nữa quay lại, những cây mắm hôm nay đã thành rừng chắn sóng cho quê mình”."),
           ("img", "/uploads/2024/10/trong-rung-dam-doi-2.jpg", "Các bạn trẻ gia cố hàng rào tre chắn sóng"),
           ("p", "Dịp này, Huyện đoàn còn trao 20 suất quà cho thiếu nhi có hoàn cảnh khó khăn ở ấp Mũi Tràm và tổ chức dọn vệ sinh, thu gom rác thải nhựa dọc tuyến đê biển.")])


def page10():
    pub = T("2024-10-17 10:40")

    def main(rng, rl, rd):
        def p(t):
            return f'<blockquote class="blockquote"><p>{esc(t)}</p></blockquote>' if t.startswith("“") else f"<p>{esc(t)}</p>"
        body = A10.render(p=p, img=lambda s, c, n: f'<figure class="figure w-100"><img class="figure-img img-fluid lazyload" src="/img/blank.gif" data-src="{s}" alt="{esc(c, True)}" /><figcaption class="figure-caption text-center">{esc(c)}</figcaption></figure>')
        return (f'<div class="article-detail"><a class="badge bg-primary article-badge" href="/tin-tuc/thanh-nien-tinh-nguyen">Thanh niên tình nguyện</a>'
                f'<h1 class="article-title mt-2">{esc(A10.title)}</h1>'
                f'<div class="article-meta text-muted small">Ngày đăng: 17/10/2024 10:40 <span class="mx-1">|</span> Người đăng: tdmh_bientap <span class="mx-1">|</span> Tác giả: Trần Bảo Ngọc (Huyện đoàn Đầm Dơi) <span class="mx-1">|</span> Lượt xem: 275</div>'
                f'<p class="lead fw-bold">{esc(A10.lead)}</p><div class="article-body">{body}</div>'
                f'<div class="article-share">{share("share-buttons")}</div>'
                f'<div class="article-related mt-4"><h5 class="border-bottom pb-2">Tin liên quan</h5>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/{s}-{n}", cls="list-unstyled related")}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới nhất", fmt=lambda d: hm(d) + " " + dmy(d), cls="td-new")
                + '<div class="td-count"><h3>Chiến dịch Thanh niên tình nguyện hè 2024</h3><p>Còn <b>45</b> ngày đến Lễ tổng kết (01/12/2024)</p></div>'
                + poll("Bạn muốn tham gia hoạt động tình nguyện nào?", ["Bảo vệ môi trường", "Chuyển đổi số", "An sinh xã hội", "Xây dựng nông thôn mới"]))
    url = "https://tinhdoanminhhai.vn/tin-tuc/thanh-nien-tinh-nguyen/tuoi-tre-dam-doi-chung-tay-trong-5-km-rung-phong-ho-ven-bien"
    head = og(A10.title, url, {"article:section": "Tin tức", "og:site_name": "Tỉnh đoàn Minh Hải"}) + '<meta name="generator" content="ASP.NET Core 8.0" />'
    return page("s18-10", family="youth_union_aspnetcore_labelled_meta_line_tac_gia_paren_unit", name="minhhai-tinhdoan-aspnetcore-razor-bootstrap5-badge-category-above-h1-one-meta-line-ngay-dang-nguoi-dang-account-tac-gia-name-paren-huyen-doan-luot-xem-p-lead-blockquote-in-text-lazy-figures",
                url=url, art=A10, main_fn=main, pub=pub, prefix="td", kb=115,
                org="Tỉnh đoàn Minh Hải", addr="Số 9 đường Lý Thường Kiệt, TP Cà Mau, tỉnh Minh Hải", phone="0290.3831.442",
                top=head_top("td", "/img/logo-tinh-doan.png", "Tỉnh đoàn Minh Hải", days=1), side=side,
                shell_kw={"layout": "bootstrap", "items": MENU_MASS, "head_extra": head, "title": A10.title + " - Tỉnh đoàn Minh Hải"},
                exp=expected(A10, iso(pub), author="Trần Bảo Ngọc", unit="Huyện đoàn Đầm Dơi", category="Thanh niên tình nguyện"),
                traps={"accounts": ["tdmh_bientap"], "chrome": ["Tin liên quan", "Tin mới nhất", "Còn 45 ngày đến Lễ tổng kết (01/12/2024)"], "related": lambda rl: rl[:4]},
                notes="ASP.NET Core Razor Pages (Bootstrap 5) Tỉnh đoàn site. One meta line under the h1: 'Ngày đăng: 17/10/2024 10:40 | Người đăng: tdmh_bientap | Tác giả: Trần Bảo Ngọc (Huyện đoàn Đầm Dơi) | Lượt xem: 275' → published; 'Người đăng' is the account; 'Tác giả' = author + '(unit)'. Badge above the h1 'Thanh niên tình nguyện' = category (og 'Tin tức'). p.lead = lead. A volunteer's words in a <blockquote> inside the text are body (a quoted speaker is not an author). Lazy figures (data-src) with figcaptions. Countdown box with a future date.",
                readme="ASP.NET Core Tỉnh đoàn: badge category above the h1, one labelled meta line 'Ngày đăng | Người đăng (account) | Tác giả: Name (unit) | Lượt xem', p.lead, blockquote in the text, lazy figures, countdown decoy")


# ===================================================================== 11 Hội Nông dân tỉnh Bắc Thái: DNN 9 + 2sxc, date in words only, 'Hội ND huyện' abbreviation
A11 = Art("Nông dân Phú Bình ứng dụng công nghệ cao trong chăn nuôi gà đồi",
          "Nhiều hội viên nông dân huyện Phú Bình đã mạnh dạn đầu tư chuồng trại khép kín, hệ thống làm mát, cho ăn tự động, nâng quy mô đàn gà đồi lên hàng chục nghìn con mỗi lứa, thu lãi hàng trăm triệu đồng mỗi năm.",
          [("p", "Trang trại của anh Dương Văn Toàn, xóm Trại, xã Tân Đức hiện nuôi 12.000 con gà mỗi lứa. Năm 2022, được Hội Nông dân xã giới thiệu vay 300 triệu đồng từ Quỹ Hỗ trợ nông dân, anh đầu tư hệ thống quạt hút, giàn làm mát và máng ăn tự động."),
           ("img", "/Portals/0/2sxc/tintuc/2024/10/ga-doi-phu-binh.jpg", "Anh Dương Văn Toàn kiểm tra hệ thống máng ăn tự động trong trang trại"),
           ("p", "Nhờ kiểm soát tốt nhiệt độ, độ ẩm, tỷ lệ gà sống đạt trên 95%, thời gian nuôi rút ngắn 10 ngày so với trước. Mỗi năm, trang trại xuất bán 4 lứa, trừ chi phí thu lãi khoảng 600 triệu đồng."),
           ("p", "Hiện toàn huyện có 126 trang trại, gia trại chăn nuôi gà của hội viên áp dụng công nghệ cao. Hội Nông dân huyện phối hợp với Trạm Chăn nuôi và Thú y tổ chức 8 lớp tập huấn về an toàn sinh học, xây dựng chuỗi liên kết gà đồi Phú Bình."),
           ("p", "Thời gian tới, Hội tiếp tục hỗ trợ hội viên tiếp cận nguồn vốn, xây dựng nhãn hiệu và đưa sản phẩm gà đồi tham gia chương trình OCOP của tỉnh.")])


def page11():
    pub = T("2024-10-18")

    def main(rng, rl, rd):
        body = A11.render(img=lambda s, c, n: f'<div class="sc-image"><img src="{s}?w=700" alt="" /><span class="caption-img">{esc(c)}</span></div>')
        mid = alnum(rng, 4)
        return (f'<div class="DnnModule DnnModule-2sxc-app DnnModule-{rng.randint(400, 900)}"><div class="container-title"><h2 class="title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">Nội dung chi tiết</span></h2></div>'
                f'<div id="dnn_ctr{mid}_ContentPane" class="sc-viewport"><div class="app-tintuc-detail">'
                f'<h1 class="tt-title">{esc(A11.title)}</h1><div class="tt-date">Ngày 18 tháng 10 năm 2024</div>'
                f'<div class="tt-sapo"><b><i>{esc(A11.lead)}</i></b></div><div class="tt-content">{body}'
                f'<p style="text-align:right"><b><i>Nguyễn Văn Hiệp - Hội ND huyện Phú Bình</i></b></p></div>'
                f'<div class="tt-other"><h3>Tin khác</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/tin-tuc/{s}", cls="tt-other-list")}</div></div></div></div>')

    crumbs = ('<div class="dnn-breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb">'
              '<span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><a href="/" class="breadcrumbLink" itemprop="item"><span itemprop="name">Trang chủ</span></a></span> » '
              '<span itemprop="itemListElement"><a href="/tin-tuc" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức</span></a></span> » '
              '<span itemprop="itemListElement"><a href="/tin-tuc/nong-dan-voi-khoa-hoc-ky-thuat" class="breadcrumbLink" itemprop="item"><span itemprop="name">Nông dân với khoa học kỹ thuật</span></a></span></span></span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin đọc nhiều", fmt=lambda d: dmy(d), cls="hnd-hot")
                + '<div class="hnd-gia"><h3>Giá cả thị trường</h3><table><tr><td>Gà đồi (hơi)</td><td>62.000 đ/kg</td></tr><tr><td>Chè búp khô</td><td>180.000 đ/kg</td></tr></table><p>Cập nhật ngày 18/10/2024</p></div>'
                + links_box(["Trung ương Hội Nông dân Việt Nam", "Báo Nông thôn Ngày nay", "Cổng TTĐT tỉnh Bắc Thái"]))
    url = "https://hoinongdan.bacthai.gov.vn/tin-tuc/nong-dan-voi-khoa-hoc-ky-thuat/nong-dan-phu-binh-ung-dung-cong-nghe-cao-trong-chan-nuoi-ga-doi"
    head = og(A11.title, url, {"article:section": "Tin tức"}) + '<meta name="generator" content="DNN Platform 9.11" />'
    return page("s18-11", family="farmers_union_dnn9_2sxc_word_date_hoi_nd_abbrev", name="bacthai-hoinongdan-dnn9-2sxc-app-container-noi-dung-chi-tiet-breadcrumb-raquo-ngay-dd-thang-mm-nam-yyyy-date-only-bold-italic-sapo-span-caption-bold-italic-name-dash-hoi-nd-huyen",
                url=url, art=A11, main_fn=main, pub=pub, prefix="hnd", kb=165,
                org="Hội Nông dân tỉnh Bắc Thái", addr="Số 12 đường Hoàng Văn Thụ, TP Thái Nguyên, tỉnh Bắc Thái", phone="0208.3855.190",
                crumbs=crumbs, top=head_top("hnd", "/Portals/0/Skins/HND/images/banner.png", "Hội Nông dân tỉnh Bắc Thái", days=2, style="hom_nay"), side=side,
                shell_kw={"layout": "dnn", "form": True, "dnn": True, "items": MENU_MASS, "head_extra": head, "title": "Nội dung chi tiết > Hội Nông dân tỉnh Bắc Thái"},
                exp=expected(A11, isod(pub), author="Nguyễn Văn Hiệp", unit="Hội ND huyện Phú Bình", category="Nông dân với khoa học kỹ thuật"),
                traps={"bylines": ["Nguyễn Văn Hiệp - Hội ND huyện Phú Bình"], "chrome": ["Nội dung chi tiết", "Tin khác", "Giá cả thị trường", "Cập nhật ngày 18/10/2024"], "related": lambda rl: rl[:4]},
                notes="DNN 9 with a 2sxc content app (ViewState, dnn_ctr ids). Generic container title 'Nội dung chi tiết'; DNN breadcrumb 'Trang chủ » Tin tức » Nông dân với khoa học kỹ thuật' → the deepest level. Date in words only 'Ngày 18 tháng 10 năm 2024' → 2024-10-18 (no time printed anywhere). Bold-italic sapo = lead; span.caption-img captions. Bold-italic right 'Nguyễn Văn Hiệp - Hội ND huyện Phú Bình' → author + the abbreviated unit as printed. Price box with 'Cập nhật ngày 18/10/2024' is the widget's.",
                readme="DNN 9 + 2sxc Hội Nông dân: generic container title vs » breadcrumb, 'Ngày dd tháng mm năm yyyy' date only, bold-italic sapo, span captions, 'Name - Hội ND huyện …' (abbreviation), price box 'Cập nhật' decoy")


# ===================================================================== 12 Huyện ủy Bình Lục (Nam Hà): Bkav portal, interview with unlabelled bold questions, CSS-uppercase box head as category
A12 = Art("Bí thư Huyện ủy Bình Lục: “Chuyển đổi số phải bắt đầu từ chi bộ”",
          "Nhân dịp Huyện ủy Bình Lục sơ kết 2 năm thực hiện Nghị quyết chuyên đề về chuyển đổi số trong các cơ quan đảng, phóng viên có cuộc trao đổi với đồng chí Trần Văn Hưng, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy.",
          [("p", "Thưa đồng chí, sau 2 năm thực hiện nghị quyết, chuyển đổi số trong các cơ quan đảng của huyện đã đạt được những kết quả nổi bật nào?"),
           ("p", "Điều chúng tôi tâm đắc nhất là 100% chi bộ đã ứng dụng sổ tay đảng viên điện tử, tài liệu sinh hoạt được gửi trước qua phần mềm. Thời gian họp rút ngắn, đảng viên có điều kiện nghiên cứu, chuẩn bị ý kiến, chất lượng sinh hoạt nâng lên rõ rệt."),
           ("p", "Toàn bộ văn bản đi, đến giữa Huyện ủy với các đảng ủy xã, thị trấn được xử lý trên môi trường mạng, có chữ ký số. Mỗi năm tiết kiệm hàng trăm triệu đồng chi phí in ấn, gửi văn bản."),
           ("img", "/SiteAssets/2024/10/bi-thu-huyen-uy-binh-luc.jpg", "Đồng chí Trần Văn Hưng, Bí thư Huyện ủy Bình Lục"),
           ("p", "Vì sao đồng chí cho rằng chuyển đổi số phải bắt đầu từ chi bộ?"),
           ("p", "Chi bộ là nơi gần dân nhất. Khi đảng viên ở thôn, xóm thành thạo công nghệ, họ sẽ là người hướng dẫn bà con cài đặt ứng dụng, sử dụng dịch vụ công trực tuyến. Chúng tôi giao mỗi đảng viên phụ trách ít nhất 5 hộ gia đình."),
           ("p", "Thời gian tới, huyện sẽ tập trung vào những nhiệm vụ gì?"),
           ("p", "Huyện ủy sẽ chỉ đạo hoàn thiện cơ sở dữ liệu đảng viên, kết nối với phần mềm quản lý của Ban Tổ chức Tỉnh ủy; tiếp tục bồi dưỡng kỹ năng số cho cấp ủy viên cơ sở, phấn đấu năm 2025 có 80% đảng viên nộp đảng phí qua tài khoản."),
           ("p", "Xin cảm ơn đồng chí!")])


def page12():
    pub = T("2024-10-18 08:00")

    def main(rng, rl, rd):
        qs = {b[1] for i, b in enumerate(A12.blocks) if b[0] == "p" and (b[1].endswith("?") or b[1].startswith("Xin cảm ơn"))}
        body = A12.render(p=lambda t: f"<p><b>{esc(t)}</b></p>" if t in qs else f'<p style="text-align:justify">{esc(t)}</p>',
                          img=lambda s, c, n: f'<table align="right" width="260" style="margin-left:10px"><tr><td><img src="{s}" width="250" /></td></tr><tr><td style="font-size:12px;text-align:center"><i>{esc(c)}</i></td></tr></table>')
        return (f'<div class="bk-boxhead" style="text-transform:uppercase"><span>Phỏng vấn - Đối thoại</span></div>'
                f'<div class="bk-detail"><div class="bk-title"><h1>{esc(A12.title)}</h1></div>'
                f'<div class="bk-time">Cập nhật: 08:00 | 18/10/2024</div>'
                f'<div class="bk-sapo"><i>{esc(A12.lead)}</i></div><div class="bk-content">{body}'
                f'<p style="text-align:right"><b>Hồng Vân (thực hiện)</b></p></div>'
                f'<div class="bk-print"><a href="#">In bài</a> <a href="#">Gửi email</a></div>'
                f'<div class="bk-other"><div class="bk-other-head">Các tin khác</div>{rel(rng, rl, rd, lambda d: hm(d) + " | " + dmy(d), href="/Pages/chi-tiet.aspx?ItemID={n}", cls="bk-other-list")}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: hm(d) + " | " + dmy(d), cls="bk-new")
                + '<div class="bk-video"><h3>Video</h3><iframe src="https://www.youtube.com/embed/abcDEF12345" width="280" height="160" title="Bình Lục chuyển đổi số"></iframe></div>'
                + links_box(["Tỉnh ủy Nam Hà", "Cổng TTĐT huyện Bình Lục", "Báo Nam Hà"]))
    url = "https://huyenuybinhluc.namha.dcs.vn/Pages/chi-tiet.aspx?ItemID=1648&l=PhongVanDoiThoai"
    head = og(A12.title, url, {"og:site_name": "Huyện ủy Bình Lục"})
    return page("s18-12", family="district_party_bkav_interview_unlabelled_bold_questions", name="namha-binhluc-huyenuy-bkav-portal-css-uppercase-box-head-phong-van-doi-thoai-title-colon-quotes-cap-nhat-hh-mm-pipe-dd-mm-yyyy-only-stamp-italic-intro-bold-questions-no-label-right-table-portrait-thuc-hien",
                url=url, art=A12, main_fn=main, pub=pub, prefix="bk", kb=135,
                org="Huyện ủy Bình Lục", addr="Thị trấn Bình Mỹ, huyện Bình Lục, tỉnh Nam Hà", phone="0226.3860.115",
                top=head_top("bk", "/SiteAssets/images/banner-huyen-uy-binh-luc.jpg", "Huyện ủy Bình Lục", days=0, hours=5), side=side,
                shell_kw={"layout": "sharepoint", "form": True, "head_extra": head, "title": "Phỏng vấn - Đối thoại"},
                exp=expected(A12, iso(pub), author="Hồng Vân", category="Phỏng vấn - Đối thoại"),
                traps={"bylines": ["Hồng Vân (thực hiện)"], "chrome": ["Các tin khác", "In bài", "Tin mới"], "related": lambda rl: rl[:4]},
                notes="Bkav portal (SharePoint-based, ViewState) of a Huyện ủy: an interview. The box head above the article 'Phỏng vấn - Đối thoại' (CSS uppercase; the DOM text is mixed case) is the only section printed → category. Title with a colon and curly quotes. Only stamp 'Cập nhật: 08:00 | 18/10/2024' → published (a page whose only stamp is labelled 'Cập nhật' publishes with it). Italic intro = lead. Questions are bold paragraphs with no 'PV:' label, answers plain — all body, in order, as printed, including the closing 'Xin cảm ơn đồng chí!'. The interviewee (Bí thư Trần Văn Hưng) is not the author; 'Hồng Vân (thực hiện)' → author 'Hồng Vân'. Right-floated portrait table with an italic caption.",
                readme="Bkav portal Huyện ủy interview: CSS-uppercase box head as the only category, title with colon + quotes, 'Cập nhật: HH:MM | dd/mm/yyyy' only stamp, italic intro, unlabelled bold questions, portrait caption, 'Name (thực hiện)'")


# ===================================================================== 13 Cổng TTĐT tỉnh Hà Tây: SharePoint 2016, summary field, inline 'Xem thêm:' line in the text, 'Cập nhật' at the bottom
A13 = Art("Chủ tịch UBND tỉnh yêu cầu hoàn thành giải ngân vốn đầu tư công trước ngày 31/01/2025",
          "Chiều 18/10, Chủ tịch UBND tỉnh Hà Tây chủ trì hội nghị trực tuyến với các huyện, thị xã về tình hình giải ngân vốn đầu tư công năm 2024. Đến ngày 15/10, toàn tỉnh mới giải ngân được 52,6% kế hoạch vốn, thấp hơn bình quân chung cả nước.",
          [("p", "Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng kế hoạch vốn đầu tư công năm 2024 của tỉnh là 9.412 tỷ đồng. Một số chủ đầu tư có tỷ lệ giải ngân thấp do vướng mắc giải phóng mặt bằng, thiếu vật liệu đắp nền cho các dự án giao thông."),
           ("h", "Xử lý dứt điểm vướng mắc giải phóng mặt bằng"),
           ("p", "Kết luận hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương coi giải ngân vốn đầu tư công là nhiệm vụ chính trị trọng tâm những tháng cuối năm; người đứng đầu chịu trách nhiệm trước UBND tỉnh nếu để chậm giải ngân."),
           ("img", "/SiteAssets/tintuc/2024/10/hoi-nghi-giai-ngan.jpg", "Chủ tịch UBND tỉnh phát biểu kết luận hội nghị"),
           ("p", "Các huyện, thị xã tập trung giải quyết dứt điểm vướng mắc về mặt bằng trước ngày 30/11/2024; Sở Tài nguyên và Môi trường hướng dẫn cấp phép khai thác mỏ vật liệu phục vụ các công trình trọng điểm."),
           ("raw", '<p class="xem-them"><em>Xem thêm: <a href="/Pages/tin-tuc/hoi-nghi-thuc-day-giai-ngan-von-dau-tu-cong-6-thang.aspx">Hội nghị thúc đẩy giải ngân vốn đầu tư công 6 tháng đầu năm</a></em></p>'),
           ("h", "Điều chuyển vốn của dự án chậm tiến độ"),
           ("p", "UBND tỉnh giao Sở Kế hoạch và Đầu tư rà soát, tham mưu điều chuyển vốn từ các dự án không có khả năng giải ngân sang dự án có khối lượng hoàn thành, bảo đảm giải ngân 100% kế hoạch vốn trước ngày 31/01/2025.")])


def page13():
    pub, upd = T("2024-10-18 16:45"), T("2024-10-19 08:30")

    def main(rng, rl, rd):
        body = A13.render(h=lambda t: f'<h3 class="ms-rteElement-H3">{esc(t)}</h3>', img=tcap)
        return (f'<div class="news-detail-qn"><div class="ms-rtestate-field news-title-field"><h1>{esc(A13.title)}</h1></div>'
                f'<div class="news-date-field">Ngày 18/10/2024 | 16:45</div>'
                f'<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field news-summary"><p><strong>{esc(A13.lead)}</strong></p></div>'
                f'<div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field news-body">{body}</div>'
                f'<div class="news-author-field" style="text-align:right"><strong>Thu Phương (Văn phòng UBND tỉnh)</strong></div>'
                f'<div class="news-updated-field"><span>Cập nhật: 19/10/2024 08:30</span></div>'
                f'<div class="news-other"><h3>Tin liên quan</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/Pages/tin-tuc/{s}.aspx", cls="news-other-list")}</div></div>')

    crumbs = ('<div class="portal-breadcrumb"><span><a href="/Pages/default.aspx">Trang chủ</a></span> <span class="sep">›</span> <span><a href="/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a></span> <span class="sep">›</span> '
              '<span class="current"><a href="/Pages/chi-dao-dieu-hanh.aspx">Chỉ đạo điều hành</a></span></div>')

    def side(rng, pub):
        return (vb_box(["Quyết định số 2286/QĐ-UBND ngày 14/10/2024 giao bổ sung kế hoạch vốn", "Chỉ thị số 09/CT-UBND ngày 02/10/2024 về đẩy nhanh giải ngân"], head="Văn bản chỉ đạo điều hành")
                + schedule(rng, pub + timedelta(days=3), "Lịch công tác của lãnh đạo UBND tỉnh", "ht-lich")
                + side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="ht-new"))
    url = "https://hatay.gov.vn/Pages/tin-tuc/chu-tich-ubnd-tinh-yeu-cau-hoan-thanh-giai-ngan-von-dau-tu-cong-truoc-ngay-31-01-2025.aspx"
    head = og(A13.title, url, {"og:site_name": "Cổng Thông tin điện tử tỉnh Hà Tây"}) + '<meta name="GENERATOR" content="Microsoft SharePoint" />'
    return page("s18-13", family="province_portal_sharepoint2016_xem_them_line_update_bottom", name="hatay-congttdt-sharepoint2016-publishing-page-crumb-chi-dao-dieu-hanh-ngay-dd-mm-yyyy-pipe-hh-mm-summary-field-h3-subheads-inline-xem-them-line-table-caption-bold-name-paren-van-phong-ubnd-cap-nhat-bottom",
                url=url, art=A13, main_fn=main, pub=pub, prefix="ht", kb=230,
                org="Cổng Thông tin điện tử tỉnh Hà Tây", addr="Số 18 đường Quang Trung, TP Hà Đông, tỉnh Hà Tây", phone="0243.3824.563",
                crumbs=crumbs, top=head_top("ht", "/SiteAssets/images/banner-cong-ha-tay.png", "Cổng Thông tin điện tử tỉnh Hà Tây", days=2), side=side,
                shell_kw={"layout": "sharepoint", "form": True, "items": MENU_GOV, "head_extra": head, "title": "Chỉ đạo điều hành"},
                exp=expected(A13, iso(pub), updated=iso(upd), author="Thu Phương", unit="Văn phòng UBND tỉnh", category="Chỉ đạo điều hành"),
                traps={"related": ["Hội nghị thúc đẩy giải ngân vốn đầu tư công 6 tháng đầu năm", "Xem thêm:"], "bylines": ["Thu Phương (Văn phòng UBND tỉnh)"],
                       "chrome": ["Văn bản chỉ đạo điều hành", "Lịch công tác của lãnh đạo UBND tỉnh", "Tin liên quan"]},
                notes="SharePoint 2016 publishing page of a Cổng TTĐT tỉnh (<title> = the section). 'Ngày 18/10/2024 | 16:45' under the h1; 'Cập nhật: 19/10/2024 08:30' printed at the bottom after the byline → updated_at. Summary rich-text field (bold) = lead. h3 sub-heads are body; the inline italic line 'Xem thêm: <link>' inside the text is an inline related link (not body). Table captions. Bold right 'Thu Phương (Văn phòng UBND tỉnh)' → author + unit. Crumb 'Trang chủ › Tin tức - Sự kiện › Chỉ đạo điều hành'. Deadlines (30/11/2024, 31/01/2025) in the text and a leaders' schedule are decoys.",
                readme="SharePoint 2016 Cổng TTĐT tỉnh: 'Ngày dd/mm/yyyy | HH:MM' + 'Cập nhật:' at the bottom, summary field, h3 heads, inline 'Xem thêm:' line in the text (not body), table captions, 'Name (Văn phòng UBND tỉnh)'")


# ===================================================================== 14 Ban Dân vận Tỉnh ủy Nghệ Tĩnh: ASP.NET MVC, numeric weekday 'Thứ 6', 'Bài, ảnh: Name (unit)', lazy images
A14 = Art("Nghi Lộc: Mô hình “Tổ tự quản đường hoa” làm đẹp làng quê",
          "Từ một con đường đất nhỏ hẹp, sau 3 năm thực hiện mô hình “Tổ tự quản đường hoa”, người dân xóm 4, xã Nghi Trung, huyện Nghi Lộc đã biến 2,5 km đường làng thành tuyến đường hoa rực rỡ, được công nhận mô hình “Dân vận khéo” cấp tỉnh.",
          [("p", "Năm 2021, Chi bộ xóm 4 ra nghị quyết chuyên đề về xây dựng tuyến đường kiểu mẫu. Ban công tác Mặt trận xóm tổ chức họp dân, bàn cách làm; các hộ tự nguyện hiến 1.200 m² đất, tháo dỡ tường rào để mở rộng đường."),
           ("img", "/Content/upload/2024/10/duong-hoa-nghi-trung.jpg", "Tuyến đường hoa xóm 4, xã Nghi Trung"),
           ("p", "Tổ tự quản gồm 15 thành viên là đảng viên, hội viên các đoàn thể, được chia thành 5 nhóm, mỗi nhóm phụ trách một đoạn đường. Hằng tuần, tổ tổ chức dọn vệ sinh, chăm sóc hoa; kinh phí mua giống hoa do người dân đóng góp và con em xa quê ủng hộ."),
           ("p", "Bà Nguyễn Thị Lý, Tổ trưởng tổ tự quản cho biết: “Ban đầu nhiều hộ còn e ngại, nhưng khi thấy đảng viên làm trước, con đường đẹp dần lên thì ai cũng hăng hái. Giờ đường hoa thành niềm tự hào của cả xóm”."),
           ("img", "/Content/upload/2024/10/duong-hoa-nghi-trung-2.jpg", "Thành viên tổ tự quản chăm sóc hoa"),
           ("p", "Từ hiệu quả của mô hình, đến nay toàn huyện Nghi Lộc đã có 47 tuyến đường hoa do người dân tự quản, tổng chiều dài trên 60 km, góp phần xây dựng nông thôn mới kiểu mẫu.")])


def page14():
    pub = T("2024-10-18 09:15")

    def main(rng, rl, rd):
        body = A14.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img class="lazy" src="/Content/images/loading.gif" data-original="{s}" alt="{esc(c, True)}" /></p><p style="text-align:center"><em>{esc(c)}</em></p>')
        return (f'<div class="bdv-chip"><span class="label label-danger">Dân vận khéo</span></div>'
                f'<div class="bdv-article"><h1 class="bdv-title">{esc(A14.title)}</h1>'
                f'<div class="bdv-meta"><span class="glyphicon glyphicon-time"></span> Thứ 6, 18/10/2024 09:15 &nbsp; <span class="glyphicon glyphicon-eye-open"></span> 534</div>'
                f'<div class="bdv-body"><p style="text-align:justify"><b>{esc(A14.lead)}</b></p>{body}'
                f'<p style="text-align:right"><b>Bài, ảnh: Lê Thị Hằng (Ban Dân vận Huyện ủy Nghi Lộc)</b></p></div>'
                f'<div class="bdv-tags"><b>Từ khóa:</b> <a href="/tag/dan-van-kheo">dân vận khéo</a>, <a href="/tag/duong-hoa">đường hoa</a></div>'
                f'<div class="bdv-related"><h4>Bài viết khác</h4>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/{s}-{n}", cls="bdv-rel")}</div></div>')

    crumbs = crumb([("Trang chủ", "/"), ("Phong trào thi đua", "/phong-trao-thi-dua"), ("Dân vận khéo", "/phong-trao-thi-dua/dan-van-kheo")], cls="breadcrumb bdv-crumb")
    url = "https://danvan.nghetinh.dcs.vn/phong-trao-thi-dua/dan-van-kheo/nghi-loc-mo-hinh-to-tu-quan-duong-hoa-lam-dep-lang-que-5518"
    head = og(A14.title, url, {"article:section": "Phong trào thi đua"}) + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A14.title, "datePublished": "2024-10-18T09:15:00+07:00", "author": {"@type": "Organization", "name": "Ban Dân vận Tỉnh ủy Nghệ Tĩnh"}})
    return page("s18-14", family="party_agency_mvc_numeric_weekday_bai_anh_name_paren_unit", name="nghetinh-bandanvan-aspnet-mvc-label-chip-and-crumb-dan-van-kheo-vs-og-parent-title-quotes-glyphicon-thu-6-dd-mm-yyyy-hh-mm-bold-first-p-lead-lazy-data-original-em-caption-bold-bai-anh-name-paren-bdv-huyen",
                url=url, art=A14, main_fn=main, pub=pub, prefix="bdv", kb=120,
                org="Ban Dân vận Tỉnh ủy Nghệ Tĩnh", addr="Số 3 đường Trường Thi, TP Vinh, tỉnh Nghệ Tĩnh", phone="0238.3844.260",
                crumbs=crumbs, top=head_top("bdv", "/Content/images/banner-ban-dan-van.png", "Ban Dân vận Tỉnh ủy Nghệ Tĩnh", days=1, style="hom_nay"),
                side=lambda rng, pub: side_std(rng, pub, "Tin đọc nhiều", fmt=lambda d: dmy(d), cls="bdv-hot") + schedule(rng, pub + timedelta(days=1), "Lịch công tác", "bdv-lich"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A14.title + " - Ban Dân vận Tỉnh ủy Nghệ Tĩnh"},
                exp=expected(A14, iso(pub), author="Lê Thị Hằng", unit="Ban Dân vận Huyện ủy Nghi Lộc", photographer="Lê Thị Hằng", category="Dân vận khéo"),
                traps={"bylines": ["Bài, ảnh: Lê Thị Hằng (Ban Dân vận Huyện ủy Nghi Lộc)"], "tags": ["Từ khóa:"], "chrome": ["Bài viết khác", "Tin đọc nhiều", "Lịch công tác"], "related": lambda rl: rl[:4]},
                notes="ASP.NET MVC (Bootstrap 3) Ban Dân vận site. Stamp with a numeric weekday 'Thứ 6, 18/10/2024 09:15' (glyphicon, view count). Label chip and crumb agree: 'Dân vận khéo' (og section is the parent 'Phong trào thi đua'). Title with curly quotes. The first bold paragraph inside the body div = lead. Lazy images (data-original, loading.gif) with centred <em> caption paragraphs. Bold right 'Bài, ảnh: Lê Thị Hằng (Ban Dân vận Huyện ủy Nghi Lộc)' → author = photographer + unit. The quoted Tổ trưởng is not an author.",
                readme="ASP.NET MVC Ban Dân vận: chip + crumb 'Dân vận khéo' vs og parent, numeric weekday 'Thứ 6, dd/mm/yyyy HH:MM', bold first-p lead, lazy data-original images, 'Bài, ảnh: Name (Ban Dân vận Huyện ủy …)' → author = photographer + unit")


# ===================================================================== 15 Thị ủy Sông Cầu (Phú Khánh): VHV CMS, 'dd/mm/yyyy 15h20', 'Bài: A | Ảnh: B' in the meta row
A15 = Art("Thị xã Sông Cầu diễn tập chiến đấu phòng thủ phường Xuân Thành",
          "Ngày 17 và 18/10, Ban Chỉ đạo diễn tập thị xã Sông Cầu tổ chức diễn tập chiến đấu phòng thủ phường Xuân Thành năm 2024. Cuộc diễn tập đã hoàn thành các nội dung, bảo đảm an toàn tuyệt đối về người và phương tiện.",
          [("p", "Cuộc diễn tập được tiến hành trong 2 ngày với hai nội dung chính: chuyển trạng thái sẵn sàng chiến đấu và thực hành chiến đấu phòng thủ. Tham gia có gần 200 cán bộ, chiến sĩ dân quân tự vệ, công an, lực lượng xung kích và người dân phường Xuân Thành."),
           ("img", "/Data/upload/images/2024/10/dien-tap-xuan-thanh-1.jpg", "Lực lượng dân quân phường Xuân Thành thực hành đánh địch đổ bộ đường biển"),
           ("p", "Qua diễn tập, Đảng ủy, chính quyền phường đã thể hiện rõ vai trò lãnh đạo, điều hành; các lực lượng phối hợp nhịp nhàng, xử lý tốt các tình huống sát thực tế như chống biểu tình, bạo loạn, cứu hộ cứu nạn khi có bão lớn đổ bộ."),
           ("p", "Phát biểu bế mạc, đồng chí Bí thư Thị ủy, Trưởng Ban Chỉ đạo diễn tập đánh giá cao tinh thần chuẩn bị nghiêm túc của phường Xuân Thành, đề nghị rút kinh nghiệm để tổ chức tốt diễn tập ở các xã, phường còn lại trong năm 2025."),
           ("img", "/Data/upload/images/2024/10/dien-tap-xuan-thanh-2.jpg", "Thực hành cứu hộ cứu nạn tại khu dân cư ven biển")])


def page15():
    pub = T("2024-10-18 15:20")

    def main(rng, rl, rd):
        body = A15.render(img=fig)
        mid = hexid(rng, 24)
        return (f'<div class="ModuleWrapper" moduleRootId="{mid}"><div class="news-detail-layout-type-2"><div class="Article-News-Detail-default">'
                f'<h1 class="Title">{esc(A15.title)}</h1>'
                f'<div class="PublishDate-Author"><span class="PublishDate">18/10/2024 15h20</span> <span class="sep">|</span> <span class="Author">Bài: Nguyễn Hải | Ảnh: Trần Thảo</span></div>'
                f'<h2 class="Brief">{esc(A15.lead)}</h2><div class="Content">{body}</div>'
                f'<div class="Tools"><a href="javascript:printArticle(\'{mid}\')">In bài viết</a> <a href="#">Lưu bài viết này</a> <a href="#">A-</a> <a href="#">A+</a></div></div></div>'
                f'<div class="listNewsType1 Article-News"><div class="module-title">Tin cùng chuyên mục</div>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/tin-tuc/{s}.html", cls="list-news")}</div></div>')

    crumbs = ('<div class="ModuleWrapper breadcrumb-vhv"><ul class="breadcrumb"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
              '<li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/quoc-phong-an-ninh">Quốc phòng - An ninh</a></li></ul></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: hm(d).replace(":", "h") + " " + dmy(d), cls="vhv-new")
                + '<div class="vhv-hoidap"><h3>Sổ tay đảng viên</h3><a href="#">Hỏi - đáp về đại hội chi bộ nhiệm kỳ 2025 - 2027</a></div>')
    url = "https://thiuysongcau.phukhanh.dcs.vn/tin-tuc/song-cau-to-chuc-dien-tap-chien-dau-phong-thu-phuong-xuan-thanh-nam-2024.html"
    head = og(A15.title, url, {"og:site_name": "Thị ủy Sông Cầu"}) + f'<meta itemprop="datePublished" content="2024-10-18T15:20:00+07:00" />'
    return page("s18-15", family="town_party_vhv_cms_hh_h_mm_bai_pipe_anh_meta_row", name="phukhanh-songcau-thiuy-vhv-cms-modulewrapper-crumb-quoc-phong-an-ninh-publishdate-dd-mm-yyyy-15h20-author-span-bai-name-pipe-anh-name-h2-brief-figcaption-printarticle",
                url=url, art=A15, main_fn=main, pub=pub, prefix="vhv", kb=125,
                org="Thị ủy Sông Cầu", addr="Phường Xuân Phú, thị xã Sông Cầu, tỉnh Phú Khánh", phone="0257.3873.102",
                crumbs=crumbs, top=head_top("vhv", "/Data/upload/banner-thi-uy-song-cau.png", "Thị ủy Sông Cầu", days=1, hours=3), side=side,
                shell_kw={"layout": "div", "head_extra": head, "title": A15.title},
                exp=expected(A15, iso(pub), author="Nguyễn Hải", photographer="Trần Thảo", category="Quốc phòng - An ninh"),
                traps={"bylines": ["Bài: Nguyễn Hải | Ảnh: Trần Thảo"], "chrome": ["Tin cùng chuyên mục", "Lưu bài viết này", "Sổ tay đảng viên"], "related": lambda rl: rl[:4]},
                notes="VHV CMS (ModuleWrapper, printArticle(ObjectId)) of a Thị ủy. Meta row 'PublishDate-Author': '18/10/2024 15h20' ('h' as the hour separator → T15:20) | 'Bài: Nguyễn Hải | Ảnh: Trần Thảo' → author 'Nguyễn Hải', photographer 'Trần Thảo', unit null (the pipe separates the two credits). h2.Brief = lead; figure/figcaption captions. Crumb 'Trang chủ › Tin tức › Quốc phòng - An ninh'. Two-day event '17 và 18/10' in the lead.",
                readme="VHV CMS Thị ủy: 'dd/mm/yyyy 15h20' + 'Bài: A | Ảnh: B' in one meta row, h2 brief, figures, crumb 'Quốc phòng - An ninh'")


# ===================================================================== 16 Sở VHTTDL Hà Nam Ninh: Drupal 9, label above the h1, 'Ngày dd-mm-yyyy | HH:MM', programme table with future dates
A16 = Art("Hoa Lư: Sẵn sàng cho Tuần Du lịch “Sắc vàng Tam Cốc” năm 2024",
          "Tuần Du lịch “Sắc vàng Tam Cốc” năm 2024 sẽ diễn ra từ ngày 01 đến 07/11/2024 tại khu du lịch Tam Cốc - Bích Động, huyện Hoa Lư, với nhiều hoạt động văn hóa, thể thao, trải nghiệm đặc sắc.",
          [("p", "Theo Ban Tổ chức, năm nay tuần du lịch được tổ chức với chủ đề “Hoa Lư - Sắc vàng Tam Cốc, Di sản kết nối”, nhằm quảng bá giá trị Quần thể danh thắng Tràng An, thu hút du khách trong mùa lúa chín cuối năm."),
           ("p", "Chương trình các hoạt động chính:"),
           ("table", [["Thời gian", "Hoạt động", "Địa điểm"],
                      ["19h30, 01/11/2024", "Khai mạc Tuần Du lịch", "Bến thuyền Tam Cốc"],
                      ["02 - 05/11/2024", "Triển lãm ảnh “Tam Cốc mùa vàng”", "Nhà văn hóa xã Ninh Hải"],
                      ["03/11/2024", "Giải chạy địa hình Tràng An", "Khu du lịch Tràng An"],
                      ["07/11/2024", "Bế mạc, trao giải cuộc thi ảnh", "Bến thuyền Tam Cốc"]]),
           ("img", "/sites/default/files/2024-10/tam-coc-mua-vang.jpg", "Du khách tham quan Tam Cốc mùa lúa chín"),
           ("p", "Sở Văn hóa, Thể thao và Du lịch đề nghị các cơ sở lưu trú, dịch vụ niêm yết công khai giá, bảo đảm an ninh trật tự, vệ sinh môi trường; tăng cường hướng dẫn viên tại các điểm tham quan trong thời gian diễn ra sự kiện.")])


def page16():
    pub = T("2024-10-19 08:05")

    def main(rng, rl, rd):
        body = A16.render(img=lambda s, c, n: f'<div class="field-image"><img src="{s}" alt="{esc(c, True)}" loading="lazy" /><p class="caption"><i>{esc(c)}</i></p></div>',
                          table=lambda rows: '<table class="table-chuong-trinh" border="1" cellpadding="5"><tbody>' + "".join("<tr>" + "".join((f"<th>{esc(c)}</th>" if i == 0 else f"<td>{esc(c)}</td>") for c in r) + "</tr>" for i, r in enumerate(rows)) + "</tbody></table>")
        return (f'<article role="article" about="/node/3307" class="node node--type-tin-tuc node--view-mode-full">'
                f'<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-hidden field__item"><a href="/van-hoa-du-lich" hreflang="vi">Văn hóa - Du lịch</a></div>'
                f'<h1 class="page-title"><span class="field field--name-title">{esc(A16.title)}</span></h1>'
                f'<div class="node-meta">Ngày 19-10-2024 | 08:05</div>'
                f'<div class="field field--name-field-tom-tat"><p><em>{esc(A16.lead)}</em></p></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>'
                f'<div class="field field--name-field-tac-gia field--label-hidden"><p style="text-align:right"><strong>Bảo Ngọc - Trung tâm Văn hóa tỉnh</strong></p></div></article>'
                f'<section class="block block-views"><h2 class="block-title">Tin cùng chuyên mục</h2>{rel(rng, rl, rd, lambda d: dmy(d, "-"), href="/node/{n}", cls="view-content")}</section>')

    def side(rng, pub):
        return (side_std(rng, pub, "Sự kiện sắp diễn ra", fmt=lambda d: dmy(d + timedelta(days=30)), cls="vh-event")
                + '<div class="vh-weather"><h3>Điểm đến</h3><ul><li>Tràng An</li><li>Tam Cốc - Bích Động</li><li>Cố đô Hoa Lư</li><li>Chùa Bái Đính</li></ul></div>')
    url = "https://svhttdl.hanamninh.gov.vn/van-hoa-du-lich/hoa-lu-san-sang-cho-tuan-du-lich-sac-vang-tam-coc-nam-2024"
    head = (og(A16.title, url, {"article:section": "Tin tức", "article:published_time": "2024-10-19T08:05:00+07:00"})
            + '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />')
    return page("s18-16", family="department_drupal9_label_above_h1_dashed_date_programme_table", name="hanamninh-svhttdl-drupal9-chuyen-muc-field-above-h1-ngay-dd-mm-yyyy-dashes-pipe-hh-mm-italic-tom-tat-programme-table-th-row-future-dates-p-caption-italic-bold-name-dash-trung-tam-van-hoa-tinh",
                url=url, art=A16, main_fn=main, pub=pub, prefix="vh", kb=110,
                org="Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam Ninh", addr="Số 2 đường Lê Hồng Phong, TP Ninh Bình, tỉnh Hà Nam Ninh", phone="0229.3871.240",
                top=head_top("vh", "/themes/custom/svh/banner.png", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam Ninh", days=1), side=side,
                shell_kw={"layout": "drupal", "items": MENU_GOV, "head_extra": head, "title": A16.title + " | Sở VHTTDL Hà Nam Ninh"},
                exp=expected(A16, iso(pub), author="Bảo Ngọc", unit="Trung tâm Văn hóa tỉnh", category="Văn hóa - Du lịch"),
                traps={"bylines": ["Bảo Ngọc - Trung tâm Văn hóa tỉnh"], "chrome": ["Tin cùng chuyên mục", "Sự kiện sắp diễn ra", "Điểm đến"], "related": lambda rl: rl[:4]},
                notes="Drupal 9 node of a Sở VHTTDL. No crumb; the 'chuyên mục' entity field printed above the h1 'Văn hóa - Du lịch' = category (og section 'Tin tức'). 'Ngày 19-10-2024 | 08:05' (dashed date). Italic 'tóm tắt' field = lead. Programme table inside the text (a <th> header row + 4 rows → 5 ' | ' paragraphs) carries FUTURE dates (01-07/11/2024) — body text, not stamps. Image with p.caption italic. Bold right 'Bảo Ngọc - Trung tâm Văn hóa tỉnh' → author + unit. Title with curly quotes.",
                readme="Drupal 9 Sở VHTTDL: chuyên mục field above the h1, 'Ngày dd-mm-yyyy | HH:MM', italic tóm tắt, programme table with future dates in the text, p.caption, 'Name - Trung tâm Văn hóa tỉnh'")


# ===================================================================== 17 Đảng ủy xã Quang Minh (Vĩnh Phú): VNPT commune sub-portal, left menu, date only, no lead, <br><em> caption
A17 = Art("Đảng ủy xã Quang Minh sơ kết công tác xây dựng Đảng 9 tháng năm 2024",
          None,
          [("p", "Ngày 18/10, Đảng ủy xã Quang Minh tổ chức hội nghị sơ kết công tác xây dựng Đảng 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2024. Dự hội nghị có đại diện Ban Tổ chức Huyện ủy Mê Linh và các đồng chí bí thư 21 chi bộ trực thuộc."),
           ("p", "9 tháng qua, Đảng ủy đã lãnh đạo hoàn thành 14/18 chỉ tiêu nghị quyết năm; kết nạp 9 đảng viên mới, đạt 90% chỉ tiêu; 100% chi bộ duy trì sinh hoạt định kỳ, 12 chi bộ tổ chức sinh hoạt chuyên đề có chất lượng."),
           ("img", "/Uploads/xaquangminh/2024/10/so-ket-9-thang.jpg", "Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị"),
           ("p", "Công tác kiểm tra, giám sát được thực hiện theo kế hoạch; Ủy ban Kiểm tra Đảng ủy đã kiểm tra 4 chi bộ, giám sát chuyên đề 6 đảng viên, qua đó kịp thời nhắc nhở những hạn chế trong thực hiện nhiệm vụ."),
           ("p", "Hội nghị thống nhất các giải pháp trọng tâm những tháng cuối năm, trong đó tập trung chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027, hoàn thành chỉ tiêu phát triển đảng viên và thu nộp đảng phí theo quy định mới.")])


def page17():
    pub = T("2024-10-20")

    def main(rng, rl, rd):
        body = A17.render(img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" width="500" /><br /><em>{esc(c)}</em></p>')
        return (f'<div class="xa-box"><div class="xa-box-title">Hoạt động của Đảng ủy</div><div class="xa-detail">'
                f'<h2 class="xa-title">{esc(A17.title)}</h2><div class="xa-date">Ngày đăng: 20/10/2024 <span>| Lượt xem: 96</span></div>'
                f'<div class="xa-content">{body}<p style="text-align:right"><b><i>Văn Toàn (Đài Truyền thanh xã)</i></b></p></div></div></div>'
                f'<div class="xa-box"><div class="xa-box-title">Tin khác</div>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/xaquangminh/tin-tuc/{s}", cls="xa-other")}</div>')

    def left(rng, pub):
        return ('<div class="xa-leftmenu"><div class="xa-leftmenu-title">Danh mục</div><ul><li><a href="#">Giới thiệu chung</a></li><li class="active"><a href="#">Hoạt động của Đảng ủy</a></li>'
                '<li><a href="#">Hoạt động HĐND - UBND</a></li><li><a href="#">Mặt trận - Đoàn thể</a></li><li><a href="#">Văn bản</a></li><li><a href="#">Thủ tục hành chính</a></li></ul></div>'
                + '<div class="xa-contact"><h3>Thông tin liên hệ</h3><p>Bí thư Đảng ủy: Nguyễn Văn Sơn</p><p>ĐT: 0211.3867.210</p></div>')
    crumbs = crumb([("Trang chủ", "/xaquangminh"), ("Tin tức", "/xaquangminh/tin-tuc"), ("Hoạt động của Đảng ủy", "/xaquangminh/hoat-dong-dang-uy")], cls="breadcrumb xa-crumb")
    url = "https://melinh.vinhphu.gov.vn/xaquangminh/tin-tuc/dang-uy-xa-quang-minh-so-ket-cong-tac-xay-dung-dang-9-thang-nam-2024"
    head = og(A17.title, url, {"og:site_name": "Cổng TTĐT huyện Mê Linh"})
    return page("s18-17", family="commune_party_vnpt_subportal_left_menu_date_only_no_lead", name="vinhphu-melinh-quangminh-dang-uy-xa-vnpt-subportal-of-district-left-danh-muc-menu-box-title-and-crumb-h2-title-ngay-dang-dd-mm-yyyy-date-only-no-lead-img-br-em-caption-bold-italic-name-paren-dai-truyen-thanh-xa",
                url=url, art=A17, main_fn=main, pub=pub, prefix="xa", kb=95,
                org="Xã Quang Minh - huyện Mê Linh", addr="Xã Quang Minh, huyện Mê Linh, tỉnh Vĩnh Phú", phone="0211.3867.210",
                crumbs=crumbs, top=head_top("xa", "/Uploads/xaquangminh/banner.jpg", "Xã Quang Minh - huyện Mê Linh", days=2), side=lambda rng, pub: side_std(rng, pub, "Thông báo", fmt=lambda d: dmy(d), cls="xa-tb"),
                shell_kw={"layout": "leftcol", "items": MENU_GOV, "head_extra": head, "title": "Tin tức - Xã Quang Minh", "left": left},
                exp=expected(A17, isod(pub), author="Văn Toàn", unit="Đài Truyền thanh xã", category="Hoạt động của Đảng ủy"),
                traps={"bylines": ["Văn Toàn (Đài Truyền thanh xã)"], "chrome": ["Tin khác", "Thông tin liên hệ", "Danh mục"], "people": ["Nguyễn Văn Sơn"], "related": lambda rl: rl[:4]},
                notes="Commune sub-portal on the district's VNPT platform (left 'Danh mục' menu with the active item). h2 title; <title> is 'Tin tức - Xã Quang Minh'. 'Ngày đăng: 20/10/2024' date only (the meeting was on 18/10). No sapo → lead null. Caption as <br><em> inside the image paragraph. Bold-italic 'Văn Toàn (Đài Truyền thanh xã)' → author + unit (a byline unit, not a 'Nguồn' source element). Crumb, box title and active left item agree: 'Hoạt động của Đảng ủy'. The contact box names the Party secretary — not the author.",
                readme="VNPT commune sub-portal Đảng ủy xã: left menu, box title + crumb 'Hoạt động của Đảng ủy', h2 title, 'Ngày đăng: dd/mm/yyyy' date only, no lead, <br><em> caption, 'Name (Đài Truyền thanh xã)'")


# ===================================================================== 18 Hội Khuyến học tỉnh Bình Trị Thiên: Joomla 3 Gantry 5, 'Được đăng:' date in words, 'Viết bởi' account, 'Danh mục:'
A18 = Art("Phong Điền trao 215 suất học bổng “Tiếp sức đến trường”",
          "Hội Khuyến học huyện Phong Điền vừa tổ chức lễ trao 215 suất học bổng “Tiếp sức đến trường” cho học sinh, sinh viên vượt khó học giỏi, tổng trị giá hơn 320 triệu đồng từ nguồn vận động các doanh nghiệp, nhà hảo tâm và con em xa quê.",
          [("p", "Các suất học bổng có trị giá từ 1 đến 3 triệu đồng, trao cho học sinh tiểu học, trung học và 18 tân sinh viên đỗ vào các trường đại học năm học 2024 - 2025 có hoàn cảnh đặc biệt khó khăn."),
           ("img", "/images/2024/10/trao-hoc-bong-phong-dien.jpg", "Lãnh đạo huyện và Hội Khuyến học trao học bổng cho học sinh"),
           ("p", "Em Hồ Thị Ngọc Ánh, tân sinh viên Trường Đại học Y - Dược, mồ côi cha từ nhỏ, xúc động chia sẻ: suất học bổng là động lực để em vững bước trên giảng đường, sau này trở về phục vụ quê hương."),
           ("p", "Năm học 2023 - 2024, các cấp Hội Khuyến học huyện Phong Điền đã vận động được hơn 2,1 tỷ đồng cho quỹ khuyến học, khuyến tài; xây dựng 1.860 “Gia đình học tập”, 92 “Dòng họ học tập” và 64 “Cộng đồng học tập” cấp thôn.")])


def page18():
    pub = T("2024-10-21 09:14")

    def main(rng, rl, rd):
        body = A18.render(img=lambda s, c, n: f'<div class="img_caption center" style="width:640px"><img src="{s}" alt="" width="640" /><p class="img_caption">{esc(c)}</p></div>')
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h2 itemprop="headline">{esc(A18.title)}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Ban biên tập</span></dd>'
                f'<dd class="category-name">Danh mục: <a href="/index.php/tin-co-so" itemprop="genre">Tin cơ sở</a></dd>'
                f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2024-10-21T02:14:00+00:00" itemprop="datePublished">Được đăng: 21 Tháng 10 2024</time></dd>'
                f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:187" />Lượt xem: 187</dd></dl>'
                f'<div itemprop="articleBody"><p><strong>{esc(A18.lead)}</strong></p>{body}'
                f'<p style="text-align:right"><strong>Trần Văn Lâm - Hội Khuyến học huyện Phong Điền</strong></p></div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="/index.php/tin-co-so/1204" rel="prev">Trước</a></li><li class="next"><a href="/index.php/tin-co-so/1198" rel="next">Tiếp</a></li></ul></div>'
                f'<div class="moduletable relateditems"><h3>Bài viết liên quan</h3>{rel(rng, rl, rd, None, href="/index.php/tin-co-so/{n}", cls="relateditems-list")}</div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=None, cls="g-new")
                + '<div class="g-quy"><h3>Quỹ Khuyến học tỉnh</h3><p>Tiếp nhận ủng hộ: STK 4000.201.003.215 - Agribank Chi nhánh tỉnh</p></div>'
                + side_std(rng, pub, "Gương hiếu học", fmt=None, cls="g-guong"))
    crumbs = ('<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li>'
              '<li itemprop="itemListElement"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a></li>'
              '<li itemprop="itemListElement"><a itemprop="item" href="/index.php/tin-co-so" class="pathway"><span itemprop="name">Tin cơ sở</span></a></li></ul></div>')
    url = "https://khuyenhocbinhtrithien.org.vn/index.php/tin-co-so/1201-phong-dien-trao-215-suat-hoc-bong-tiep-suc-den-truong"
    head = og(A18.title, url, {"og:site_name": "Hội Khuyến học tỉnh Bình Trị Thiên"}) + '<meta name="generator" content="Joomla! - Open Source Content Management" />'
    return page("s18-18", family="study_promotion_joomla3_gantry_word_month_utc_time_attr", name="binhtrithien-hoikhuyenhoc-joomla3-gantry5-h2-headline-article-info-viet-boi-account-danh-muc-tin-co-so-duoc-dang-dd-thang-mm-yyyy-utc-datetime-agrees-bold-intro-img-caption-bold-name-dash-hoi-khuyen-hoc-huyen",
                url=url, art=A18, main_fn=main, pub=pub, prefix="g", kb=100,
                org="Hội Khuyến học tỉnh Bình Trị Thiên", addr="Số 6 đường Lê Lợi, TP Huế, tỉnh Bình Trị Thiên", phone="0234.3822.615",
                crumbs=crumbs, top=head_top("g", "/images/banner-hoi-khuyen-hoc.png", "Hội Khuyến học tỉnh Bình Trị Thiên", days=1), side=side,
                shell_kw={"layout": "joomla", "items": MENU_MASS, "head_extra": head, "title": A18.title},
                exp=expected(A18, iso(pub), author="Trần Văn Lâm", unit="Hội Khuyến học huyện Phong Điền", category="Tin cơ sở"),
                traps={"accounts": ["Viết bởi Ban biên tập"], "bylines": ["Trần Văn Lâm - Hội Khuyến học huyện Phong Điền"], "chrome": ["Gương hiếu học", "Quỹ Khuyến học tỉnh", "Bạn đang ở:", "Bài viết liên quan"], "related": lambda rl: rl[:3]},
                notes="Joomla 3 (Gantry 5) article of the provincial Hội Khuyến học: h2 headline in .page-header (no h1 for the article). article-info: 'Viết bởi Ban biên tập' (the site's editorial account, not an author), 'Danh mục: Tin cơ sở' (= the crumb's last level), 'Được đăng: 21 Tháng 10 2024' (date only) with <time datetime='2024-10-21T02:14:00+00:00'>: UTC with an explicit offset that agrees with the printed day once converted → published_at 2024-10-21T09:14:00+07:00 (the convention, as set 8's Helix page). Bold first paragraph inside articleBody = lead; Joomla img_caption captions. Bold right 'Trần Văn Lâm - Hội Khuyến học huyện Phong Điền' → author + unit. Title with curly quotes.",
                readme="Joomla 3 Gantry 5 Hội Khuyến học: h2 headline, 'Viết bởi' account, 'Danh mục:' category, 'Được đăng: dd Tháng mm yyyy' + an agreeing UTC datetime attr (→ local time), bold intro, img_caption, 'Name - Hội Khuyến học huyện …'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
