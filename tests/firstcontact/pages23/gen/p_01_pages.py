"""Set 23 pages 1-9: a random, realistic sample of the provincial Party system's sites (a Tỉnh ủy, a Huyện ủy, a Thành
ủy, an Đảng ủy Khối, the Ban Tuyên giáo, the Ban Dân vận, the Ban Nội chính and the Ủy ban Kiểm tra of a Tỉnh ủy, a
Trường Chính trị) on the vendors' products, with BYLINES AND UNITS in printed shapes sets 1-22 did not use. Pages 6 and
7 carry one TWIST each, of the kind that would silently corrupt a record: a parenthesised unit that belongs to the
PHOTOGRAPHER of a 'Tin: … / Ảnh: … (unit)' credit, and a Q&A page whose question ends with the asker's signature
printed exactly like a byline while the answer is signed by the office."""
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


def right_bold(t):
    return f'<p style="text-align:right"><strong>{esc(t)}</strong></p>'


def right_em(t):
    return f'<p style="text-align:right"><em>{esc(t)}</em></p>'


# ===================================================================== 1 Tỉnh ủy Hà Giang: DNN 9 + DNNArticle, 'Nhóm tác giả:' two writers each with a unit, 'CTV' prefix, 'VP HU' abbreviation
A1 = Art("Thường trực Tỉnh ủy làm việc với Huyện ủy Mèo Vạc về bố trí, ổn định dân cư vùng nguy cơ sạt lở",
         "Chiều 11/02, đồng chí Lương Văn Khải, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc với Ban Thường vụ Huyện ủy Mèo Vạc về tiến độ thực hiện Đề án bố trí, ổn định dân cư vùng có nguy cơ sạt lở đất giai đoạn 2024 - 2025.",
         [("p", "Theo báo cáo, năm 2024 huyện Mèo Vạc đã di chuyển, bố trí ổn định cho 186 hộ dân tại 14 điểm có nguy cơ sạt lở cao thuộc các xã Khâu Vai, Cán Chu Phìn, Sơn Vĩ; xây dựng 3 khu tái định cư tập trung với hệ thống điện, nước sinh hoạt và đường giao thông đến trung tâm xã."),
          ("img", "/Portals/0/DNNArticle/2025/02/lam-viec-meo-vac.jpg", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận buổi làm việc"),
          ("p", "Tuy nhiên, quỹ đất bằng phẳng để bố trí tái định cư còn hạn chế; một số hộ chưa muốn di chuyển do xa nơi canh tác; mức hỗ trợ 60 triệu đồng/hộ chưa đáp ứng chi phí làm nhà trên địa bàn núi đá."),
          ("p", "Kết luận buổi làm việc, đồng chí Lương Văn Khải đề nghị Huyện ủy Mèo Vạc chỉ đạo rà soát toàn bộ các điểm có nguy cơ, ưu tiên di chuyển ngay các hộ nằm trong vùng nguy hiểm trước mùa mưa lũ năm 2025; phát huy vai trò của người có uy tín, trưởng dòng họ trong vận động nhân dân."),
          ("p", "Đồng chí giao Văn phòng Tỉnh ủy phối hợp với Sở Tài chính, Sở Nông nghiệp và Phát triển nông thôn tham mưu cơ chế hỗ trợ bổ sung, báo cáo Thường trực Tỉnh ủy trước ngày 30/6/2025.")])
BYLINE1 = "Nhóm tác giả: Sùng Mí Lử - Văn phòng Tỉnh ủy; CTV Giàng Thị Dính - VP HU Mèo Vạc"


def page01():
    pub = T("2025-02-12 15:20")
    mid = 812

    def main(rng, rl, rd):
        body = A1.render(p=jp, img=lambda s, c, n: (f'<p style="text-align:center"><img src="{s}" alt="" width="600" /></p>'
                                                    f'<p style="text-align:center"><span style="color:#0000ff"><em>{esc(c)}</em></span></p>'))
        pre = f"dnn_ctr{mid}_ViewArticle"
        others = "".join(f'<li><a href="/Tin-tuc/Hoat-dong-cua-Tinh-uy/ArticleId/{rng.randint(3000, 4800)}/{slug(t)}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>'
                         for t, d in zip(rl[:6], rd))
        return (f'<div class="DnnModule DnnModule-DNNArticle DnnModule-{mid}"><a name="{mid}"></a><div class="c_container c_head_title"><div class="c_head">'
                f'<h2 class="c_title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleHead">Chi tiết bài viết</span></h2></div>'
                f'<div id="dnn_ctr{mid}_ContentPane" class="c_content"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModDNNArticleC">'
                f'<div class="dnnArticle"><h2 class="articleTitle"><span id="{pre}_lblTitle">{esc(A1.title)}</span></h2>'
                f'<div class="articleDate"><span id="{pre}_lblPublishDate">Ngày {dmy(pub)} ({wd(pub)}) - {hm(pub)}</span> &nbsp;|&nbsp; '
                f'<span id="{pre}_lblViews">Lượt xem: 519</span></div>'
                f'<div class="articleSummary"><span id="{pre}_lblSummary"><b>{esc(A1.lead)}</b></span></div>'
                f'<div class="articleContent" id="{pre}_divContent">{body}'
                f'<p style="text-align:right"><strong>{esc(BYLINE1)}</strong></p></div>'
                f'<div class="articleRating"><span>Đánh giá:</span> <span class="rating-stars">★★★★☆</span> <a href="javascript:__doPostBack(\'dnn$ctr{mid}$ViewArticle$lnkRate\',\'\')">Gửi đánh giá</a></div>'
                f'<div class="articleTools"><a href="javascript:window.print()">In bài</a> | <a href="/Tin-tuc/ctl/Email/mid/{mid}">Gửi email</a></div>'
                f'<div class="articleOthers"><h3>Các bài khác</h3><ul>{others}</ul></div></div></div></div></div></div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=1), "Lịch công tác của Thường trực Tỉnh ủy", "ht-lich")
                + side_std(rng, pub, "Tin đọc nhiều", fmt=lambda d: dmy(d), cls="ht-most")
                + links_box(["Báo Hà Giang", "Cổng TTĐT tỉnh Hà Giang", "Ban Tuyên giáo Tỉnh ủy", "Đài PT-TH Hà Giang"], cls="ht-lk"))

    crumbs = ('<div class="breadcrumb-wrap"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="/" class="Breadcrumb">Trang chủ</a> &gt; '
              '<a href="/Tin-tuc" class="Breadcrumb">Tin tức</a> &gt; <a href="/Tin-tuc/Hoat-dong-cua-Tinh-uy" class="Breadcrumb">Hoạt động của Tỉnh ủy</a></span></div>')
    url = "https://hagiang.dcs.vn/Tin-tuc/Hoat-dong-cua-Tinh-uy/ArticleId/4821/thuong-truc-tinh-uy-lam-viec-voi-huyen-uy-meo-vac-ve-bo-tri-on-dinh-dan-cu"
    head = (og(A1.title, url, {"og:site_name": "Trang thông tin điện tử Đảng bộ tỉnh Hà Giang", "og:description": A1.lead[:160]})
            + '<link href="/Portals/_default/Skins/TinhUyHG/skin.css?cdv=52" rel="stylesheet" type="text/css" />'
            + '<link href="/DesktopModules/DNNArticle/module.css?cdv=52" rel="stylesheet" type="text/css" />')
    return page("s23-01", family="province_party_dnn9_dnnarticle_nhom_tac_gia_two_units_ctv_vp_hu",
                name="hagiang-tinhuy-dnn9-dnnarticle-dnn-breadcrumb-hoat-dong-cua-tinh-uy-h2-span-title-ngay-dd-mm-yyyy-weekday-in-parentheses-dash-hh-mm-bold-summary-lead-blue-em-caption-nhom-tac-gia-name-dash-unit-semicolon-ctv-name-dash-vp-hu-rating",
                url=url, art=A1, main_fn=main, pub=pub, prefix="ht", kb=165,
                org="Trang thông tin điện tử Đảng bộ tỉnh Hà Giang", addr="Số 1 đường Nguyễn Trãi, phường Nguyễn Trãi, TP Hà Giang, tỉnh Hà Giang", phone="0219.3866.212",
                crumbs=crumbs, top=head_top("ht", "/Portals/0/banner-tinhuy.png", "Đảng bộ tỉnh Hà Giang", days=1, hours=2),
                side=side, shell_kw={"layout": "dnn", "form": True, "dnn": True, "head_extra": head, "title": A1.title + " - Đảng bộ tỉnh Hà Giang"},
                exp=expected(A1, iso(pub), author="Sùng Mí Lử, Giàng Thị Dính", unit="Văn phòng Tỉnh ủy, VP HU Mèo Vạc", category="Hoạt động của Tỉnh ủy"),
                traps={"bylines": [BYLINE1, "Nhóm tác giả:"], "chrome": ["Chi tiết bài viết", "Lượt xem: 519", "Đánh giá:", "Gửi đánh giá", "Các bài khác", "Lịch công tác của Thường trực Tỉnh ủy"],
                       "related": lambda rl: rl[:4]},
                notes="DNN 9 with the DNNArticle module (ViewState, dnn_ctr812_ViewArticle_* ids) of a Tỉnh ủy. The container title 'Chi tiết bài viết' is a generic label; the headline is the span lblTitle inside h2.articleTitle. Stamp 'Ngày 12/02/2025 (Thứ Tư) - 15:20' (weekday in parentheses after the date) → 2025-02-12T15:20. Bold lblSummary = lead. Blue centred em caption. The credit is ONE bold right line with a label and two writers separated by a semicolon, each with his/her own unit: 'Nhóm tác giả: Sùng Mí Lử - Văn phòng Tỉnh ủy; CTV Giàng Thị Dính - VP HU Mèo Vạc' → author 'Sùng Mí Lử, Giàng Thị Dính' (the collaborator status 'CTV' dropped, as set 13), author_unit 'Văn phòng Tỉnh ủy, VP HU Mèo Vạc' (units in author order; 'VP HU' = Văn phòng Huyện ủy, kept as printed). The Phó Bí thư named in the lead and text chairs the meeting, he is not an author. DNN breadcrumb 'Trang chủ > Tin tức > Hoạt động của Tỉnh ủy' → 'Hoạt động của Tỉnh ủy'. The meeting (11/02), the deadline 30/6/2025 and the work schedule of the following days are decoys.",
                readme="DNN 9 + DNNArticle Tỉnh ủy: 'Ngày dd/mm/yyyy (Thứ Tư) - HH:MM' (weekday in parentheses), span title in h2, bold summary lead, blue em caption, ONE credit line 'Nhóm tác giả: A - Văn phòng Tỉnh ủy; CTV B - VP HU Mèo Vạc' → two authors each with a unit ('CTV' dropped, 'VP HU' kept), DNN breadcrumb")


# ===================================================================== 2 Huyện ủy Chợ Đồn (Bắc Kạn): mojoPortal blog, time-zone display name, 'Name, Bí thư Chi bộ thôn …, xã …'
A2 = Art("Chi bộ thôn Nà Pài: Từ chi bộ yếu kém trở thành chi bộ hoàn thành tốt nhiệm vụ",
         None,
         [("p", "Cách đây 5 năm, Chi bộ thôn Nà Pài, xã Bằng Lãng có 3 năm liền xếp loại không hoàn thành nhiệm vụ. Sinh hoạt chi bộ không đều, nhiều đảng viên ít tham gia; thu nhập bình quân của người dân chỉ khoảng 18 triệu đồng/người/năm, tỷ lệ hộ nghèo trên 40%."),
          ("p", "Sau Đại hội nhiệm kỳ 2020 - 2025, chi ủy xác định phải bắt đầu từ việc đổi mới sinh hoạt chi bộ. Mỗi kỳ sinh hoạt chọn một việc cụ thể của thôn để bàn và phân công đảng viên phụ trách đến từng nhóm hộ; việc nào đã thống nhất thì đảng viên phải làm trước."),
          ("img", "/Data/Sites/1/media/blog/2025/na-pai-trong-que.jpg", "Đảng viên Chi bộ thôn Nà Pài hướng dẫn bà con chăm sóc cây quế"),
          ("p", "Từ năm 2021, chi bộ vận động các hộ chuyển 45 ha đất đồi trồng ngô kém hiệu quả sang trồng quế, mỡ; thành lập tổ hợp tác chế biến miến dong với 12 hộ tham gia. Đến cuối năm 2024, thu nhập bình quân của thôn đạt 42 triệu đồng/người/năm, hộ nghèo giảm còn 9 hộ."),
          ("p", "Chi bộ cũng kết nạp được 4 đảng viên mới là đoàn viên thanh niên; hai năm liền 2023, 2024 được Đảng ủy xã đánh giá, xếp loại hoàn thành tốt nhiệm vụ."),
          ("p", "Thực tế ở Nà Pài cho thấy, khi sinh hoạt chi bộ đi vào những việc cụ thể, gần dân, đảng viên gương mẫu đi trước thì nhân dân tin và làm theo.")])
BYLINE2 = "Ma Văn Toàn, Bí thư Chi bộ thôn Nà Pài, xã Bằng Lãng"


def page02():
    pub = T("2025-03-20 07:45")

    def main(rng, rl, rd):
        body = A2.render(p=lambda t: f"<p>{esc(t)}</p>",
                         img=lambda s, c, n: f'<p style="text-align:center"><img alt="" src="{s}" style="width:560px" /><br /><span style="font-size:12px"><em>{esc(c)}</em></span></p>')
        return (f'<div class="modulecontent"><div class="blogwrapper"><div class="hentry blogitem">'
                f'<h2 class="entry-title blogtitle">{esc(A2.title)}</h2>'
                f'<div class="blogdate"><span class="blogauthor">Đăng bởi: vp.huyenuy</span> '
                f'<span class="bdate">{dmy(pub)} {hm(pub)} (UTC+07:00) Bangkok, Hanoi, Jakarta</span></div>'
                f'<div class="entry-content blogtext">{body}<p style="text-align:right"><em>{esc(BYLINE2)}</em></p></div>'
                f'<div class="bcategories"><span class="blogtagcloudlabel">Thuộc mục:</span> <a href="/blog/category/tin-co-so.aspx" class="blogtag">Tin cơ sở</a></div>'
                f'<div class="blognav"><a class="postlink prevpost" href="#">« Bài trước</a> <a class="postlink nextpost" href="#">Bài sau »</a></div>'
                f'<div class="blogcommentform"><h3 class="blogcommentheading">Gửi bình luận</h3><textarea rows="5" cols="60"></textarea>'
                f'<input type="text" placeholder="Họ tên" /> <input type="submit" value="Gửi" /></div>'
                f'<div class="relatedposts"><h3>Bài viết khác</h3>{rel(rng, rl[:5], rd, lambda d: dmy(d) + " " + hm(d), href="/{s}.aspx", cls="blogrelated")}</div>'
                f'</div></div></div>')

    def left(rng, pub):
        months = ["Tháng Ba 2025 (14)", "Tháng Hai 2025 (11)", "Tháng Một 2025 (16)", "Tháng Mười Hai 2024 (19)", "Tháng Mười Một 2024 (13)"]
        cats = ["Tin cơ sở (214)", "Xây dựng Đảng (167)", "Dân vận (58)", "Học tập và làm theo Bác (73)", "Văn bản (41)"]
        return ('<div class="blognavcategories"><h3>Chuyên mục</h3><ul>' + "".join(f'<li><a href="#">{esc(c)}</a></li>' for c in cats) + '</ul></div>'
                '<div class="blognavarchives"><h3>Lưu trữ</h3><ul>' + "".join(f'<li><a href="#">{esc(m)}</a></li>' for m in months) + '</ul></div>')

    url = "https://chodon.backan.dcs.vn/chi-bo-thon-na-pai-tu-chi-bo-yeu-kem-tro-thanh-chi-bo-hoan-thanh-tot-nhiem-vu.aspx"
    head = (og(A2.title, url, {"og:site_name": "Đảng bộ huyện Chợ Đồn"}) + '<meta name="generator" content="mojoPortal" />'
            + '<link rel="stylesheet" href="/Data/style/skins/artisteer-chodon/style.css" />')
    return page("s23-02", family="district_party_mojoportal_blog_utc_zone_display_name_secretary_post_chi_bo_unit",
                name="backan-chodon-huyenuy-mojoportal-blog-webforms-left-blog-nav-h2-blogtitle-dd-mm-yyyy-hh-mm-utc-0700-bangkok-hanoi-jakarta-account-no-lead-br-em-caption-italic-name-comma-bi-thu-chi-bo-thon-xa-unit-thuoc-muc-category",
                url=url, art=A2, main_fn=main, pub=pub, prefix="cd", kb=125,
                org="Đảng bộ huyện Chợ Đồn", addr="Tổ 4, thị trấn Bằng Lũng, huyện Chợ Đồn, tỉnh Bắc Kạn", phone="0209.3882.105",
                top=head_top("cd", "/Data/Sites/1/skins/banner.jpg", "Đảng bộ huyện Chợ Đồn", days=0, hours=9),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="cd-new") + poll("Bạn thường đọc tin của Huyện ủy qua kênh nào?", ["Website", "Zalo", "Loa truyền thanh"], cls="cd-poll"),
                shell_kw={"layout": "leftcol", "form": True, "left": left, "head_extra": head, "title": A2.title + " - Đảng bộ huyện Chợ Đồn"},
                exp=expected(A2, iso(pub), author="Ma Văn Toàn", unit="Chi bộ thôn Nà Pài, xã Bằng Lãng", category="Tin cơ sở"),
                traps={"bylines": [BYLINE2], "accounts": ["vp.huyenuy"], "zone": ["(UTC+07:00) Bangkok, Hanoi, Jakarta"],
                       "chrome": ["Thuộc mục:", "Gửi bình luận", "« Bài trước", "Bài viết khác", "Lưu trữ"], "related": lambda rl: rl[:4]},
                notes="mojoPortal (ASP.NET WebForms, ViewState) blog post of a Huyện ủy, Artisteer skin with the blog navigation (categories, archives with month names) in a LEFT column. The stamp prints the server's time-zone display name after the time: '20/03/2025 07:45 (UTC+07:00) Bangkok, Hanoi, Jakarta' → 2025-03-20T07:45 (already local; the zone text is not part of the date). 'Đăng bởi: vp.huyenuy' is the site account → not an author. h2.blogtitle = title. No sapo → lead null. Caption as <br><em> inside the image paragraph. The writer signs with his post and his party cell: italic right 'Ma Văn Toàn, Bí thư Chi bộ thôn Nà Pài, xã Bằng Lãng' → author 'Ma Văn Toàn'; the post 'Bí thư' is dropped and the organisation of the post is the unit → 'Chi bộ thôn Nà Pài, xã Bằng Lãng' (as set 19's 'Phó Bí thư Đảng ủy Công ty …'; the comma inside the unit names the commune, it does not start a second writer). Category from the blog's 'Thuộc mục: Tin cơ sở'. Archive month names, the 2020 - 2025 term and years in the text are decoys.",
                readme="mojoPortal blog Huyện ủy: '20/03/2025 07:45 (UTC+07:00) Bangkok, Hanoi, Jakarta' (time-zone display name printed), 'Đăng bởi: <account>', h2.blogtitle, no lead, <br><em> caption, italic 'Name, Bí thư Chi bộ thôn …, xã …' (post dropped, party cell = unit), 'Thuộc mục:' category, left blog nav with month-name archives")


# ===================================================================== 3 Thành ủy Sóc Trăng: WordPress Avada, untranslated English meta 'February 12th, 2025', byline on three lines (label / name / unit)
A3 = Art("Gặp mặt người có uy tín trong đồng bào Khmer nhân dịp đầu xuân Ất Tỵ 2025",
         None,
         [("p", "Sáng 11/02, Ban Thường vụ Thành ủy Sóc Trăng tổ chức gặp mặt 65 người có uy tín, chức sắc, vị sư cả các chùa Khmer trên địa bàn thành phố nhân dịp đầu xuân Ất Tỵ 2025."),
          ("p", "Tại buổi gặp mặt, đại diện Thường trực Thành ủy thông tin kết quả phát triển kinh tế - xã hội năm 2024: tốc độ tăng trưởng kinh tế của thành phố đạt 7,2%, tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 1,8%; 100% học sinh dân tộc Khmer trong độ tuổi được đến trường."),
          ("img", "/wp-content/uploads/2025/02/gap-mat-nguoi-co-uy-tin-khmer.jpg", "Lãnh đạo Thành ủy tặng quà các vị sư cả, người có uy tín tại buổi gặp mặt"),
          ("p", "Các đại biểu bày tỏ phấn khởi trước những đổi thay của thành phố; đồng thời kiến nghị quan tâm sửa chữa tuyến đường vào chùa Kh’Leang, hỗ trợ kinh phí tổ chức lớp dạy chữ Khmer trong dịp hè cho học sinh."),
          ("p", "Phát biểu tại buổi gặp mặt, đồng chí Bí thư Thành ủy ghi nhận những đóng góp của người có uy tín trong việc tuyên truyền, vận động đồng bào chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; đề nghị các vị tiếp tục là cầu nối giữa cấp ủy, chính quyền với nhân dân.")])


def ordinal_en(d):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    n = d.day
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{months[d.month - 1]} {n}{suf}, {d.year}"


def page03():
    pub, mod = T("2025-02-12 08:05"), T("2025-02-13 08:22")

    def main(rng, rl, rd):
        body = A3.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>',
                         img=lambda s, c, n: (f'<div class="fusion-image-element in-legacy-container" style="text-align:center;"><span class="fusion-imageframe imageframe-none imageframe-{n} hover-type-none">'
                                              f'<img decoding="async" width="900" height="600" title="" src="{s}" alt="" class="img-responsive wp-image-{rng.randint(9000, 9999)}" /></span>'
                                              f'<div class="awb-imageframe-caption-container"><div class="awb-imageframe-caption"><p class="awb-imageframe-caption-text">{esc(c)}</p></div></div></div>'))
        rel_items = "".join(f'<li class="fusion-carousel-item"><div class="fusion-carousel-item-wrapper"><h4 class="fusion-carousel-title"><a href="/{slug(t)}/">{esc(t)}</a></h4>'
                            f'<div class="fusion-carousel-meta"><span class="fusion-date">{ordinal_en(d)}</span></div></div></li>' for t, d in zip(rl[:4], rd))
        return (f'<article id="post-6315" class="post post-6315 type-post status-publish format-standard has-post-thumbnail category-dan-toc-ton-giao">'
                f'<div class="post-content"><div class="fusion-fullwidth fullwidth-box"><div class="fusion-builder-row fusion-row"><div class="fusion-layout-column fusion_builder_column_1_1">'
                f'<div class="fusion-column-wrapper"><div class="fusion-text fusion-text-1">{body}'
                f'<p style="text-align: right;"><strong>Bài và ảnh:</strong></p><p style="text-align: right;"><strong>Lâm Thị Sa Vênh</strong></p>'
                f'<p style="text-align: right;"><em>Ban Tuyên giáo Thành ủy</em></p></div></div></div></div></div></div>'
                f'<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">By <span class="vcard"><span class="fn"><a href="/author/thanhuy_st/" title="Posts by thanhuy_st" rel="author">thanhuy_st</a></span></span>'
                f'<span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">{mod.strftime("%Y-%m-%dT%H:%M:%S+07:00")}</span><span>{ordinal_en(pub)}</span>'
                f'<span class="fusion-inline-sep">|</span><a href="/category/tin-tuc/dan-toc-ton-giao/" rel="category tag">Dân tộc - Tôn giáo</a><span class="fusion-inline-sep">|</span>'
                f'<span class="fusion-comments"><a href="#respond">0 Comments</a></span></div></div>'
                f'<div class="fusion-sharing-box fusion-theme-sharing-box"><h4>Share This Story, Choose Your Platform!</h4><div class="fusion-social-networks">'
                f'<a class="fusion-social-network-icon fusion-facebook" href="#">Facebook</a> <a class="fusion-social-network-icon fusion-twitter" href="#">X</a> '
                f'<a class="fusion-social-network-icon fusion-mail" href="#">Email</a></div></div>'
                f'<section class="related-posts single-related-posts"><div class="fusion-title"><h3 class="title-heading-left">Related Posts</h3></div>'
                f'<div class="fusion-carousel"><ul class="fusion-carousel-holder">{rel_items}</ul></div></section>'
                f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave A Comment</h3><textarea name="comment"></textarea>'
                f'<input name="submit" type="submit" class="submit fusion-button" value="Post Comment" /></div></article>')

    def top(rng, p):
        return (f'<div class="fusion-header"><img src="/wp-content/uploads/logo-thanhuy.png" alt="Thành ủy Sóc Trăng" />'
                f'{clock(p + timedelta(days=1, hours=5), "hom_nay", "st-today")}</div>')

    crumbs = (f'<section class="avada-page-titlebar-wrapper"><div class="fusion-page-title-bar fusion-page-title-bar-breadcrumbs"><div class="fusion-page-title-row"><div class="fusion-page-title-wrapper">'
              f'<div class="fusion-page-title-captions"><h1 class="entry-title">{esc(A3.title)}</h1></div>'
              f'<div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs" aria-label="Breadcrumb"><ol>'
              f'<li class="fusion-breadcrumb-item"><a href="/"><span>Trang chủ</span></a></li><li class="fusion-breadcrumb-sep">»</li>'
              f'<li class="fusion-breadcrumb-item"><a href="/category/tin-tuc/"><span>Tin tức</span></a></li><li class="fusion-breadcrumb-sep">»</li>'
              f'<li class="fusion-breadcrumb-item"><a href="/category/tin-tuc/dan-toc-ton-giao/"><span>Dân tộc - Tôn giáo</span></a></li><li class="fusion-breadcrumb-sep">»</li>'
              f'<li class="fusion-breadcrumb-item"><span class="breadcrumb-leaf">{esc(A3.title)}</span></li></ol></nav></div></div></div></div></section>')
    url = "https://thanhuysoctrang.vn/gap-mat-nguoi-co-uy-tin-trong-dong-bao-khmer-nhan-dip-dau-xuan-at-ty-2025/"
    head = (og(A3.title, url, {"og:site_name": "Thành ủy Sóc Trăng", "article:modified_time": mod.strftime("%Y-%m-%dT%H:%M:%S+07:00")})
            + '<meta name="generator" content="WordPress 6.7.1" /><link rel="stylesheet" id="fusion-dynamic-css-css" href="/wp-content/uploads/fusion-styles/a1b2c3.min.css" />')
    return page("s23-03", family="city_party_wp_avada_english_ordinal_date_three_line_byline_label_name_unit",
                name="soctrang-thanhuy-wordpress-avada-title-bar-h1-crumb-ending-in-title-english-meta-by-account-february-12th-2025-ordinal-date-only-hidden-updated-span-no-lead-awb-caption-bai-va-anh-label-line-khmer-name-line-unit-line",
                url=url, art=A3, main_fn=main, pub=pub, prefix="st", kb=185,
                org="Thành ủy Sóc Trăng", addr="Số 12 đường Hùng Vương, phường 6, TP Sóc Trăng, tỉnh Sóc Trăng", phone="0299.3822.470",
                crumbs=crumbs, top=top, side=lambda rng, pub: side_std(rng, pub, "Recent Posts", fmt=ordinal_en, cls="widget st-recent")
                + '<section class="widget st-event"><h4 class="widget-title">Sự kiện sắp tới</h4><p>Lễ Sene Đolta năm 2025: 21 - 23/9/2025</p><p>Lễ hội Oóc Om Bóc: 04/11/2025</p></section>',
                shell_kw={"layout": "wp", "head_extra": head, "title": A3.title + " – Thành ủy Sóc Trăng"},
                exp=expected(A3, isod(pub), author="Lâm Thị Sa Vênh", unit="Ban Tuyên giáo Thành ủy", photographer="Lâm Thị Sa Vênh", category="Dân tộc - Tôn giáo"),
                traps={"bylines": ["Bài và ảnh:"], "accounts": ["thanhuy_st"], "hidden_modified": [mod.strftime("%Y-%m-%dT%H:%M:%S+07:00")],
                       "chrome": ["Share This Story, Choose Your Platform!", "Related Posts", "Leave A Comment", "0 Comments", "Sự kiện sắp tới"], "related": lambda rl: rl[:3]},
                notes="WordPress with the Avada theme whose strings were never translated: the post meta after the text reads 'By thanhuy_st | February 12th, 2025 | Dân tộc - Tôn giáo | 0 Comments' (English, an ORDINAL date, no time) → published '2025-02-12' date only; 'thanhuy_st' is the account. Avada also writes a span.updated.rich-snippet-hidden '2025-02-13T08:22:…' (hidden by the theme's CSS; og article:modified_time agrees): a machine-only modified time the page does not show → updated_at null. No og published time. The h1 sits in Avada's page-title bar, with the breadcrumb 'Trang chủ » Tin tức » Dân tộc - Tôn giáo » <title>' ending in the title → category 'Dân tộc - Tôn giáo' (= the category link in the meta). No sapo → lead null. Caption in Avada's awb-imageframe-caption. The credit is split over THREE right-aligned paragraphs: 'Bài và ảnh:' (label alone) / 'Lâm Thị Sa Vênh' / 'Ban Tuyên giáo Thành ủy' → author and photographer 'Lâm Thị Sa Vênh' (a Khmer name), unit 'Ban Tuyên giáo Thành ủy'. English chrome after it ('Share This Story…', 'Related Posts' with ordinal dates, 'Leave A Comment'). Sidebar events with future dates are decoys.",
                readme="WordPress Avada Thành ủy with untranslated English meta 'By <account> | February 12th, 2025 | <category>' (ordinal date only; hidden 'updated' span not shown → updated null), h1 in the page-title bar, crumb ending in the title, no lead, awb caption, credit split over three lines: 'Bài và ảnh:' / Khmer name / unit")


# ===================================================================== 4 Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Bình Phước: CakePHP in-house, calendar-leaf date, byline inside a toolbar table cell
A4 = Art("Đảng ủy Bưu điện tỉnh nâng cao chất lượng đảng viên là nhân viên bưu chính cơ sở",
         "Với đặc thù đảng viên phân tán tại 112 điểm bưu điện văn hóa xã và bưu cục, Đảng ủy Bưu điện tỉnh đã có nhiều cách làm phù hợp để giữ nền nếp sinh hoạt và phát huy vai trò tiên phong của đảng viên trong thực hiện nhiệm vụ chính trị của đơn vị.",
         [("p", "Đảng bộ Bưu điện tỉnh hiện có 8 chi bộ trực thuộc với 146 đảng viên, trong đó gần một nửa là nhân viên bưu chính làm việc tại các huyện, thị xã. Để bảo đảm sinh hoạt chi bộ định kỳ, Đảng ủy chỉ đạo các chi bộ bố trí lịch sinh hoạt vào chiều thứ Bảy cuối tháng, sau giờ giao ca."),
          ("img", "/files/uploads/2025/03/chi-bo-buu-dien-bu-dang.jpg", "Chi bộ Bưu điện huyện Bù Đăng sinh hoạt chuyên đề về chuyển đổi số trong dịch vụ bưu chính"),
          ("p", "Nội dung sinh hoạt gắn với các chỉ tiêu sản xuất, kinh doanh của từng đơn vị như phát triển dịch vụ chi trả an sinh xã hội, tiếp nhận hồ sơ thủ tục hành chính qua bưu chính công ích. Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể và được chi bộ đánh giá hằng quý."),
          ("p", "Năm 2024, đảng viên của Đảng bộ đã hướng dẫn hơn 21.000 lượt người dân nộp hồ sơ dịch vụ công trực tuyến, chi trả lương hưu, trợ cấp xã hội tận nhà cho gần 9.000 người cao tuổi. 100% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.")])


def page04():
    pub = T("2025-03-14 08:40")

    def main(rng, rl, rd):
        body = A4.render(p=jp, img=lambda s, c, n: f'<div class="img-box" style="text-align:center"><img src="{s}" alt="" width="620" /><div class="img-caption">{esc(c)}</div></div>')
        same = "".join(f'<li><span class="d">{d.strftime("%d/%m")}</span> <a href="/tin-tuc/{rng.randint(2000, 3999)}-{slug(t)}">{esc(t)}</a></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="news-detail"><div class="news-head"><div class="cal-leaf"><div class="cal-day">{pub.day:02d}</div>'
                f'<div class="cal-month">Tháng {pub.month}, {pub.year}</div><div class="cal-time">{hm(pub)}</div></div>'
                f'<h1 class="news-title">{esc(A4.title)}</h1></div>'
                f'<div class="news-sapo"><strong>{esc(A4.lead)}</strong></div><div class="news-content">{body}</div>'
                f'<table class="news-tool" width="100%" cellpadding="4" cellspacing="0"><tr>'
                f'<td class="news-author" align="left"><b>Tác giả: Lê Minh Hải - Đảng ủy Bưu điện tỉnh</b></td>'
                f'<td class="news-print" align="right"><a href="?print=1">In bài</a> | <a href="/tin-tuc/gui-email/2871">Gửi email</a> | <a href="#">Lưu tin</a></td></tr></table>'
                f'<div class="news-same"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới cập nhật", fmt=lambda d: dmy(d) + " " + hm(d), cls="dk-new")
                + f'<div class="dk-dangvien"><h3>Thống kê đảng viên</h3><p>Tổng số đảng viên: 9.846 · Số tổ chức cơ sở đảng: 147</p><p><i>Số liệu đến ngày 28/02/2025</i></p></div>'
                + f'<form class="dk-search" method="post" action="/tim-kiem"><input type="hidden" name="_csrfToken" value="{alnum(rng, 40)}" /><input name="q" placeholder="Tìm kiếm" /></form>')

    crumbs = ('<ul class="crumb"><li><a href="/">Trang chủ</a> ›</li> <li><a href="/dang-bo-doanh-nghiep">Đảng bộ doanh nghiệp</a> ›</li> '
              '<li><a href="/dang-bo-doanh-nghiep/hoat-dong-cac-dang-bo">Hoạt động các đảng bộ</a></li></ul>')
    url = "https://dangbokhoi.binhphuoc.dcs.vn/tin-tuc/2871-dang-uy-buu-dien-tinh-nang-cao-chat-luong-dang-vien-la-nhan-vien-buu-chinh-co-so"
    head = (og(A4.title, url, {"og:site_name": "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bình Phước", "og:description": A4.lead[:150]})
            + '<meta name="csrfToken" content="' + "f" * 12 + '" /><link rel="stylesheet" href="/css/dukbp.css?1741900000" />')
    return page("s23-04", family="duk_cakephp_calendar_leaf_date_byline_in_toolbar_table_cell",
                name="binhphuoc-dukcqdn-cakephp-table-layout-crumb-hoat-dong-cac-dang-bo-calendar-leaf-big-day-14-thang-3-2025-time-08-40-beside-h1-bold-sapo-div-caption-tac-gia-name-dash-unit-in-left-cell-of-print-toolbar-table-tin-cung-chuyen-muc-dd-mm",
                url=url, art=A4, main_fn=main, pub=pub, prefix="dk", kb=140,
                org="Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bình Phước", addr="Số 728 Quốc lộ 14, phường Tân Bình, TP Đồng Xoài, tỉnh Bình Phước", phone="0271.3879.246",
                crumbs=crumbs, top=head_top("dk", "/img/banner-dukbp.png", "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bình Phước", days=1, hours=1),
                side=side, shell_kw={"layout": "table", "head_extra": head, "title": A4.title + " | Đảng bộ Khối CQ&DN tỉnh Bình Phước"},
                exp=expected(A4, iso(pub), author="Lê Minh Hải", unit="Đảng ủy Bưu điện tỉnh", category="Hoạt động các đảng bộ"),
                traps={"bylines": ["Tác giả: Lê Minh Hải - Đảng ủy Bưu điện tỉnh"], "chrome": ["In bài", "Gửi email", "Lưu tin", "Tin cùng chuyên mục", "Số liệu đến ngày 28/02/2025"],
                       "related": lambda rl: rl[:4]},
                notes="In-house CakePHP site (_csrfToken fields, table layout) of an Đảng ủy Khối Cơ quan và Doanh nghiệp. The date is a CALENDAR LEAF beside the h1: a big day '14', 'Tháng 3, 2025' and the time '08:40' in three stacked blocks → 2025-03-14T08:40 (the visible text reads '14' / 'Tháng 3, 2025' / '08:40'). Bold sapo div = lead; div caption under the photo. The byline sits in the LEFT CELL of the print/e-mail toolbar table after the text: 'Tác giả: Lê Minh Hải - Đảng ủy Bưu điện tỉnh' (the right cell holds 'In bài | Gửi email | Lưu tin') → author 'Lê Minh Hải', unit 'Đảng ủy Bưu điện tỉnh'; the toolbar is not body. Crumb 'Trang chủ › Đảng bộ doanh nghiệp › Hoạt động các đảng bộ' → 'Hoạt động các đảng bộ'. 'Tin cùng chuyên mục' prints dd/mm without a year; the member-statistics box 'Số liệu đến ngày 28/02/2025' is a decoy.",
                readme="CakePHP Đảng ủy Khối: CALENDAR-LEAF date (big '14' / 'Tháng 3, 2025' / '08:40') beside the h1, bold sapo, div caption, byline 'Tác giả: Name - Đảng ủy …' in the left cell of the print-toolbar TABLE, crumb 'Hoạt động các đảng bộ', related list with dd/mm only")


# ===================================================================== 5 Ban Tuyên giáo Tỉnh ủy Nam Định: Java Spring MVC + JSP, java.sql.Timestamp printed raw ('… 08:30:00.0'), pen name
A5 = Art("Không thể phủ nhận kết quả phòng, chống tham nhũng, tiêu cực ở cơ sở",
         "Thời gian gần đây, trên một số trang mạng xã hội xuất hiện những bài viết cho rằng công tác phòng, chống tham nhũng, tiêu cực “chỉ làm ở trên, dưới cơ sở vẫn vậy”. Đó là nhận định phiến diện, cố tình phủ nhận những kết quả thực chất đã đạt được.",
         [("h", "Kết quả từ những con số cụ thể"),
          ("p", "Năm 2024, cấp ủy, ủy ban kiểm tra các cấp trong tỉnh đã kiểm tra 1.126 tổ chức đảng và 2.310 đảng viên; thi hành kỷ luật 187 đảng viên, trong đó có 41 trường hợp vi phạm liên quan đến quản lý đất đai, tài chính ở cấp xã. Qua thanh tra, kiến nghị thu hồi hơn 26 tỷ đồng, đã thu hồi được 21,4 tỷ đồng."),
          ("p", "Tại nhiều xã, việc công khai các khoản đóng góp của nhân dân, kết quả đấu thầu công trình, danh sách hộ được hỗ trợ được niêm yết tại nhà văn hóa thôn và đăng tải trên nhóm Zalo của khu dân cư. Người dân có thể phản ánh trực tiếp với bí thư chi bộ, trưởng thôn hoặc qua đường dây nóng của huyện."),
          ("h", "Thủ đoạn cắt ghép, quy chụp"),
          ("p", "Những bài viết nói trên thường lấy một vụ việc riêng lẻ rồi quy chụp thành bản chất của cả hệ thống, cắt ghép hình ảnh, trích dẫn không đầy đủ các văn bản kết luận để gây hoài nghi trong dư luận."),
          ("p", "Mỗi cán bộ, đảng viên và người dân cần tỉnh táo nhận diện, không chia sẻ thông tin chưa được kiểm chứng; đồng thời tích cực tham gia giám sát, phản ánh những biểu hiện tiêu cực qua các kênh chính thống để cùng cấp ủy, chính quyền xử lý kịp thời.")])


def jts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".0"


def page05():
    pub = T("2025-03-14 08:30")

    def main(rng, rl, rd):
        body = A5.render(p=jp, h=lambda t: f'<p style="text-align:justify"><strong><em>{esc(t)}</em></strong></p>')
        others = "".join(f'<li><a href="/tin-tuc/{rng.randint(5000, 6199)}/{slug(t)}.html">{esc(t)}</a> <span class="ngay">{jts(d.replace(second=0))}</span></li>' for t, d in zip(rl[:6], rd))
        tags = " ".join(f'<a href="/tag/{slug(t)}" class="tag">{esc(t)}</a>' for t in ["phòng, chống tham nhũng", "quan điểm sai trái", "bảo vệ nền tảng tư tưởng"])
        return (f'<div class="title-detail"><h1>{esc(A5.title)}</h1></div>'
                f'<div class="info-detail"><span class="ngay-dang">Ngày đăng: {jts(pub)}</span> <span class="luot-xem">Lượt xem: 1.087</span></div>'
                f'<div class="tom-tat"><i>{esc(A5.lead)}</i></div><div class="noi-dung">{body}'
                f'<p style="text-align:right"><strong>Chính Nghĩa</strong></p></div>'
                f'<div class="tu-khoa"><span>Từ khóa:</span> {tags}</div>'
                f'<div class="tin-khac"><h3>Các tin khác</h3><ul>{others}</ul></div>')

    crumbs = crumb([("Trang chủ", "/"), ("Bảo vệ nền tảng tư tưởng của Đảng", "/bao-ve-nen-tang-tu-tuong"), ("Đấu tranh phản bác các quan điểm sai trái", "/bao-ve-nen-tang-tu-tuong/dau-tranh-phan-bac")],
                   cls="breadcrumb btg-bc", sep="")
    url = "https://tuyengiao.namdinh.dcs.vn/tin-tuc/6204/khong-the-phu-nhan-ket-qua-phong-chong-tham-nhung-tieu-cuc-o-co-so.html"
    head = (og(A5.title, url, {"og:site_name": "Ban Tuyên giáo Tỉnh ủy Nam Định", "og:description": A5.lead[:150]})
            + '<link rel="stylesheet" href="/resources/css/btg.css;jsessionid=" /><script src="/resources/js/app.js"></script>')
    return page("s23-05", family="btg_spring_jsp_java_timestamp_dot_zero_pen_name",
                name="namdinh-btgtu-java-spring-mvc-jsp-crumb-dau-tranh-phan-bac-h1-title-detail-ngay-dang-yyyy-mm-dd-hh-mm-ss-dot-zero-java-timestamp-italic-tom-tat-lead-bold-italic-subheads-no-pictures-bold-right-pen-name-chinh-nghia-tags",
                url=url, art=A5, main_fn=main, pub=pub, prefix="bt", kb=115,
                org="Ban Tuyên giáo Tỉnh ủy Nam Định", addr="Số 68 đường Trần Hưng Đạo, TP Nam Định, tỉnh Nam Định", phone="0228.3849.216",
                crumbs=crumbs, top=head_top("bt", "/resources/images/banner-btg.jpg", "Ban Tuyên giáo Tỉnh ủy Nam Định", days=2, hours=0),
                side=lambda rng, pub: side_std(rng, pub, "Tin xem nhiều", fmt=lambda d: jts(d.replace(second=0)), cls="bt-most")
                + vb_box(["Hướng dẫn số 125-HD/BTGTU về tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng", "Kế hoạch số 210-KH/BTGTU về hoạt động báo cáo viên năm 2025"], cls="bt-vb"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A5.title},
                exp=expected(A5, iso(pub), author="Chính Nghĩa", category="Đấu tranh phản bác các quan điểm sai trái", captions=[]),
                traps={"chrome": ["Từ khóa:", "Các tin khác", "Lượt xem: 1.087"], "raw_stamp": ["Ngày đăng: 2025-03-14 08:30:00.0"], "related": lambda rl: rl[:4]},
                notes="Java Spring MVC + JSP site of a Ban Tuyên giáo Tỉnh ủy. The template prints the database java.sql.Timestamp RAW, Java's toString with its fractional '.0': 'Ngày đăng: 2025-03-14 08:30:00.0' → 2025-03-14T08:30:00 (the printed seconds are :00; the '.0' is a tenth of a second, not part of any field). The 'Các tin khác' list and the sidebar print the same raw shape. Italic 'tom-tat' = lead; two bold-italic sub-heads are body. No pictures → captions []. The only credit is the bold right PEN NAME 'Chính Nghĩa' (a common pen name for commentary defending the Party line; it reads like a phrase, 'righteousness') → author 'Chính Nghĩa', unit null. Crumb 'Trang chủ / Bảo vệ nền tảng tư tưởng của Đảng / Đấu tranh phản bác các quan điểm sai trái' → the last level. Tags are not body.",
                readme="Spring MVC + JSP Ban Tuyên giáo: raw java.sql.Timestamp 'Ngày đăng: 2025-03-14 08:30:00.0' (seconds printed, '.0' fraction), italic tóm tắt lead, bold-italic sub-heads, no pictures, pen name 'Chính Nghĩa' as the only credit, three-level crumb, tags")


# ===================================================================== 6 Ban Dân vận Tỉnh ủy Bến Tre: WordPress OceanWP; the parenthesised unit belongs to the PHOTOGRAPHER (TWIST)
A6 = Art("Giồng Trôm: Dân vận khéo trong mở rộng tuyến đường liên ấp",
         "Không có tiền đền bù, không phải cưỡng chế, 2,7 km đường giao thông liên ấp ở xã Lương Hòa, huyện Giồng Trôm vẫn được mở rộng lên 5 m nhờ cách vận động “mưa dầm thấm lâu” của các đoàn thể và người có uy tín ở địa phương.",
         [("p", "Tuyến đường liên ấp Lương Tân - Lương Thạnh trước đây chỉ rộng 2 m, hai bên là hàng rào, mương vườn của 64 hộ dân. Đầu năm 2024, Ban Dân vận Huyện ủy chọn tuyến đường này làm công trình dân vận khéo điểm của huyện."),
          ("img", "/wp-content/uploads/2025/03/luong-tan-thao-do-hang-rao.jpg", "Người dân ấp Lương Tân tự tháo dỡ hàng rào để mở rộng đường"),
          ("p", "Tổ vận động gồm bí thư chi bộ, trưởng ấp, chi hội trưởng các đoàn thể chia nhau đến từng nhà, nghe ý kiến của từng hộ. Hộ nào có khó khăn, tổ vận động báo cáo để xã hỗ trợ dời hàng rào, san lấp mương vườn; có 9 hộ neo đơn được đoàn viên thanh niên giúp ngày công."),
          ("p", "Kết quả, 64/64 hộ tự nguyện hiến gần 3.900 m² đất; nhân dân đóng góp hơn 1,2 tỷ đồng cùng với nguồn vốn của huyện để bê tông hóa mặt đường, lắp 120 trụ đèn năng lượng mặt trời."),
          ("img", "/wp-content/uploads/2025/03/duong-luong-tan-luong-thanh.jpg", "Tuyến đường liên ấp Lương Tân - Lương Thạnh sau khi hoàn thành"),
          ("p", "Theo Ban Dân vận Tỉnh ủy, năm 2025 mô hình sẽ được nhân rộng ra các huyện Ba Tri, Bình Đại, Thạnh Phú, gắn với phong trào thi đua “Dân vận khéo” và chương trình xây dựng nông thôn mới nâng cao.")])
PHOTO6 = "Ảnh: Minh Tâm (Trung tâm VH-TT-TT huyện Giồng Trôm)"


def page06():
    pub = T("2025-03-17 09:15")

    def stamp(d):
        return f"{d.day}-{d.month}-{d.year} {d.hour}:{d.minute:02d}"

    def main(rng, rl, rd):
        body = A6.render(p=lambda t: f"<p>{esc(t)}</p>",
                         img=lambda s, c, n: (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{s}" alt="" class="wp-image-{rng.randint(7000, 7999)}" />'
                                              f'<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'))
        lead = f"<p><strong>{esc(A6.lead)}</strong></p>"
        relp = "".join(f'<article class="related-post clr"><a href="/{slug(t)}/" class="related-thumb"><img src="/wp-content/uploads/thumb-{hexid(rng, 6)}.jpg" alt="" /></a>'
                       f'<h3 class="related-post-title"><a href="/{slug(t)}/">{esc(t)}</a></h3><time class="published">{stamp(d)}</time></article>' for t, d in zip(rl[:3], rd))
        return (f'<article id="post-3391" class="single-post-article clr"><header class="entry-header clr"><h1 class="single-post-title entry-title">{esc(A6.title)}</h1></header>'
                f'<ul class="meta ospm-default clr"><li class="meta-author"><span class="screen-reader-text">Tác giả bài viết:</span><i class="icon-user"></i><a href="/author/bdv_bentre/" rel="author">bdv_bentre</a></li>'
                f'<li class="meta-date"><span class="screen-reader-text">Đăng ngày:</span><i class="icon-clock"></i>{stamp(pub)}</li>'
                f'<li class="meta-cat"><span class="screen-reader-text">Chuyên mục:</span><i class="icon-folder"></i><a href="/chuyen-muc/dan-van-kheo/" rel="category tag">Dân vận khéo</a></li></ul>'
                f'<div class="entry-content clr">{lead}{body}<p style="text-align:right"><strong>Tin: Ngọc Hân</strong><br /><em>{esc(PHOTO6)}</em></p></div>'
                f'<div class="post-tags clr"><span class="owp-tag-text">Thẻ: </span><a href="/tag/dan-van-kheo/" rel="tag">dân vận khéo</a>, <a href="/tag/giong-trom/" rel="tag">Giồng Trôm</a></div>'
                f'<div class="entry-share clr"><h3 class="theme-heading social-share-title"><span class="text">Chia sẻ bài viết</span></h3><a href="#">Facebook</a> <a href="#">Zalo</a></div>'
                f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="title">Bài trước</span></a></div>'
                f'<div class="nav-next"><a href="#" rel="next"><span class="title">Bài tiếp theo</span></a></div></div></nav>'
                f'<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">Bạn cũng có thể thích</span></h3>{relp}</section></article>')

    crumbs = ('<header class="page-header"><div class="container clr page-header-inner"><nav role="navigation" aria-label="Breadcrumbs" class="site-breadcrumbs clr"><ol class="trail-items">'
              '<li class="trail-item trail-begin"><a href="/"><span>Trang chủ</span></a><span class="breadcrumb-sep">&gt;</span></li>'
              f'<li class="trail-item"><a href="/chuyen-muc/dan-van-kheo/"><span>Dân vận khéo</span></a><span class="breadcrumb-sep">&gt;</span></li>'
              f'<li class="trail-item trail-end"><span>{esc(A6.title)}</span></li></ol></nav></div></header>')
    url = "https://bandanvan.bentre.dcs.vn/giong-trom-dan-van-kheo-trong-mo-rong-tuyen-duong-lien-ap/"
    head = (og(A6.title, url, {"og:site_name": "Ban Dân vận Tỉnh ủy Bến Tre", "og:description": A6.lead[:150], "article:published_time": "2025-03-17T09:15:00+07:00"})
            + '<meta name="generator" content="WordPress 6.7.2" /><link rel="stylesheet" id="oceanwp-style-css" href="/wp-content/themes/oceanwp/assets/css/style.min.css?ver=4.0.4" />')
    return page("s23-06", family="bdv_wp_oceanwp_photographer_unit_not_writer_unit",
                name="bentre-bdvtu-wordpress-oceanwp-page-header-crumb-ending-in-title-dan-van-kheo-meta-account-clock-icon-d-m-yyyy-dashes-unpadded-g-mm-bold-first-paragraph-lead-two-wp-element-captions-tin-name-br-anh-name-paren-unit-of-photographer",
                url=url, art=A6, main_fn=main, pub=pub, prefix="dv", kb=135,
                org="Ban Dân vận Tỉnh ủy Bến Tre", addr="Số 7 đường Cách Mạng Tháng Tám, phường 3, TP Bến Tre, tỉnh Bến Tre", phone="0275.3822.164",
                crumbs=crumbs, top=head_top("dv", "/wp-content/uploads/logo-bdv.png", "Ban Dân vận Tỉnh ủy Bến Tre", days=1, hours=3),
                side=lambda rng, pub: side_std(rng, pub, "Bài viết mới", fmt=stamp, cls="widget dv-recent")
                + '<div class="widget dv-hotline"><h4>Tiếp nhận phản ánh</h4><p>Đường dây nóng 0275.3822.164 · Thứ Hai - Thứ Sáu, 7:00 - 17:00</p></div>',
                shell_kw={"layout": "wp", "head_extra": head, "title": A6.title + " – Ban Dân vận Tỉnh ủy Bến Tre"},
                exp=expected(A6, iso(pub), author="Ngọc Hân", photographer="Minh Tâm", category="Dân vận khéo"),
                traps={"bylines": ["Tin: Ngọc Hân", PHOTO6], "accounts": ["bdv_bentre"], "chrome": ["Thẻ:", "Chia sẻ bài viết", "Bạn cũng có thể thích", "Bài tiếp theo", "Tiếp nhận phản ánh"],
                       "related": lambda rl: rl[:3]},
                notes="TWIST: the credit after the text is one right-aligned paragraph on two lines: bold 'Tin: Ngọc Hân' <br> italic 'Ảnh: Minh Tâm (Trung tâm VH-TT-TT huyện Giồng Trôm)'. The parenthesised unit sits on the PHOTO line, after the photographer's name: it is the unit of the photographer (a contributor from the district culture centre), not of the writer. → author 'Ngọc Hân', author_unit NULL, photographer 'Minh Tâm' (the photographer's unit has no field). A reader who attaches the only unit on the credit to the writer records a wrong unit without any sign of failure. WordPress OceanWP of a Ban Dân vận Tỉnh ủy: meta row with the screen-reader label 'Tác giả bài viết:' before the account 'bdv_bentre' (an account, not an author), clock icon 'd-m-Y G:i' stamp '17-3-2025 9:15' (dashes, unpadded day, month and hour) → 2025-03-17T09:15 (og published_time agrees); category 'Dân vận khéo' (meta and the crumb that ends in the title). Bold first paragraph = lead. Two wp-element-caption figcaptions. Tags, share, post navigation, 'Bạn cũng có thể thích' after the text.",
                readme="TWIST credit 'Tin: Ngọc Hân' <br> 'Ảnh: Minh Tâm (Trung tâm VH-TT-TT huyện …)' — the parenthesised unit is the PHOTOGRAPHER's → author without unit (author_unit null), photographer 'Minh Tâm'; WordPress OceanWP Ban Dân vận, '17-3-2025 9:15' (dashes, unpadded), bold first-paragraph lead, two wp-element-caption figcaptions, crumb ending in the title")


# ===================================================================== 7 Ban Nội chính Tỉnh ủy Kiên Giang: NukeViet 4.5 'Hỏi - Đáp', the asker's signature looks like a byline (TWIST)
ASKER7 = "Bạn đọc Danh Sà Rinh (ấp Xẻo Nhàu, xã Tân Thạnh, huyện An Minh)"
A7 = Art("Hỏi: Người tố cáo hành vi tham nhũng được bảo vệ như thế nào?",
         "Ban Nội chính Tỉnh ủy nhận được câu hỏi của bạn đọc về chế độ bảo vệ người tố cáo hành vi tham nhũng, tiêu cực. Nội dung câu hỏi và trả lời như sau:",
         [("p", "Hỏi: Tôi phát hiện một cán bộ địa chính xã có dấu hiệu nhận tiền của người dân khi làm hồ sơ cấp giấy chứng nhận quyền sử dụng đất. Nếu tôi làm đơn tố cáo thì có được giữ bí mật thông tin cá nhân không, và nếu bị trù dập thì tôi được bảo vệ ra sao?"),
          ("h", ASKER7),
          ("p", "Trả lời: Theo Điều 47 Luật Tố cáo năm 2018, người tố cáo được bảo vệ bí mật thông tin cá nhân; được bảo vệ vị trí công tác, việc làm; được bảo vệ tính mạng, sức khỏe, tài sản, danh dự, nhân phẩm khi bị đe dọa, trả thù, trù dập."),
          ("p", "Người giải quyết tố cáo có trách nhiệm giữ bí mật họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố cáo; không được tiết lộ cho người bị tố cáo hoặc cơ quan, tổ chức, cá nhân không có thẩm quyền."),
          ("p", "Trường hợp bị đe dọa, trù dập, bạn có thể đề nghị cơ quan giải quyết tố cáo, cơ quan công an hoặc cơ quan có thẩm quyền khác áp dụng biện pháp bảo vệ. Đơn đề nghị cần nêu rõ lý do và kèm theo các tài liệu, chứng cứ liên quan (nếu có)."),
          ("p", "Ngoài ra, bạn có thể phản ánh qua đường dây nóng, hộp thư điện tử của cơ quan hoặc gửi trực tiếp đến Ủy ban Kiểm tra, Thanh tra tỉnh để được hướng dẫn, giải quyết theo quy định.")])


def page07():
    pub = T("2025-03-17 14:05")

    def nv(d):
        return f"{wd(d, lower=True)} - {dmy(d)} {hm(d)}"

    def main(rng, rl, rd):
        body = A7.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', h=right_bold)
        newer = "".join(f'<li><a href="/vi/news/hoi-dap-phap-luat/{slug(t)}-{rng.randint(300, 999)}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(rl[:3], rd[:3]))
        older = "".join(f'<li><a href="/vi/news/hoi-dap-phap-luat/{slug(t)}-{rng.randint(300, 999)}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(rl[3:6], rd[3:6]))
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A7.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{nv(pub)}</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><div class="hometext m-bottom"><strong>{esc(A7.lead)}</strong></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}{right_bold("Ban Nội chính Tỉnh ủy")}</div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a title="tố cáo" href="/vi/news/tag/to-cao"><em>tố cáo</em></a>, <a title="bảo vệ người tố cáo" href="/vi/news/tag/bao-ve-nguoi-to-cao"><em>bảo vệ người tố cáo</em></a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="ratingdetail">Tổng số điểm của bài viết là: 42 trong 9 đánh giá</div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer}</ul>'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>')

    crumbs = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/vi/"><span>Trang nhất</span></a></li>'
              '<li id="brcr_1"><a href="/vi/news/hoi-dap-phap-luat/"><span>Hỏi - Đáp pháp luật</span></a></li></ul></div></div>')
    url = "https://noichinh.kiengiang.dcs.vn/vi/news/hoi-dap-phap-luat/hoi-nguoi-to-cao-hanh-vi-tham-nhung-duoc-bao-ve-nhu-the-nao-412.html"
    head = (og(A7.title, url, {"og:site_name": "Ban Nội chính Tỉnh ủy Kiên Giang", "og:description": A7.lead})
            + '<meta name="generator" content="NukeViet v4.5" />'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A7.title, "datePublished": "2025-03-17T14:05:00+07:00",
                      "author": {"@type": "Organization", "name": "Ban Nội chính Tỉnh ủy Kiên Giang"}}))
    return page("s23-07", family="internal_affairs_nukeviet45_qa_asker_signature_like_byline_office_answer",
                name="kiengiang-bncktu-nukeviet45-trang-nhat-crumb-hoi-dap-phap-luat-h1-question-title-lowercase-weekday-dash-dd-mm-yyyy-hh-mm-hometext-lead-hoi-paragraph-bold-right-ban-doc-name-paren-address-then-tra-loi-bold-right-office-signature",
                url=url, art=A7, main_fn=main, pub=pub, prefix="nc", kb=115,
                org="Ban Nội chính Tỉnh ủy Kiên Giang", addr="Số 6 đường Nguyễn Công Trứ, phường Vĩnh Thanh, TP Rạch Giá, tỉnh Kiên Giang", phone="0297.3862.517",
                crumbs=crumbs, top=head_top("nc", "/themes/bnc/images/banner.png", "Ban Nội chính Tỉnh ủy Kiên Giang", days=1, hours=6),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="nc-new")
                + '<div class="nc-hotline"><h3>Đường dây nóng</h3><p>0297.3862.517 · Hộp thư: bannoichinh@kiengiang.dcs.vn</p></div>'
                + '<div class="nc-ask"><h3>Gửi câu hỏi</h3><p>Câu hỏi gửi trước ngày 25 hằng tháng được trả lời trong số kỳ tiếp theo.</p></div>',
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A7.title + " - Ban Nội chính Tỉnh ủy Kiên Giang"},
                exp=expected(A7, iso(pub), unit="Ban Nội chính Tỉnh ủy", category="Hỏi - Đáp pháp luật", captions=[]),
                traps={"chrome": ["Từ khóa:", "Những tin mới hơn", "Những tin cũ hơn", "Tổng số điểm của bài viết", "Gửi câu hỏi"], "related": lambda rl: rl[:4]},
                notes="TWIST: a question-and-answer item ('Hỏi - Đáp pháp luật') of a Ban Nội chính Tỉnh ủy on NukeViet 4.5. The text is the question ('Hỏi: …'), then a bold RIGHT-ALIGNED line 'Bạn đọc Danh Sà Rinh (ấp Xẻo Nhàu, xã Tân Thạnh, huyện An Minh)' — exactly the shape of a 'Name (unit)' byline and of set 19's reader's letter, where the reader WAS the author — then the answer ('Trả lời: …', three more paragraphs) and, at the end, the bold right signature 'Ban Nội chính Tỉnh ủy'. The asker's line is the signature of the QUESTION: it tells who asked and stays in the body, in order, between question and answer (as set 22 kept a quotation's attribution line); the reader did not write the item. The answer — the item — is signed by the office → author null, author_unit 'Ban Nội chính Tỉnh ủy' (an organisation alone, as set 3's answering agency). A reader who takes the first 'Name (…)' line as the byline records a reader as the author and a hamlet as his unit. NukeViet 'thứ hai - 17/03/2025 14:05' → 2025-03-17T14:05 (JSON-LD agrees; its author is the organisation). Hometext = lead. No pictures. Crumb 'Trang nhất > Hỏi - Đáp pháp luật' → 'Hỏi - Đáp pháp luật'. Tags, rating, newer/older lists; the 'Gửi câu hỏi' box with its monthly deadline is a decoy.",
                readme="TWIST Q&A item: the question ends with a bold right 'Bạn đọc Name (ấp …, xã …, huyện …)' shaped exactly like a byline → it is the ASKER (body, not author); the answer is signed 'Ban Nội chính Tỉnh ủy' → author null, unit the office; NukeViet 4.5, 'thứ hai - dd/mm/yyyy HH:MM', hometext lead, no pictures, crumb 'Hỏi - Đáp pháp luật'")


# ===================================================================== 8 UBKT Tỉnh ủy Vĩnh Phúc: ASP.NET MVC 5 + Kendo UI, 'Ngày dd/mm/yyyy lúc 9h05'', 'UBKT HU' abbreviation
A8 = Art("Ủy ban Kiểm tra Huyện ủy Tam Dương hoàn thành 100% chương trình kiểm tra, giám sát năm 2024",
         "Năm 2024, Ủy ban Kiểm tra Huyện ủy Tam Dương đã kiểm tra 12 tổ chức đảng, giám sát chuyên đề 18 tổ chức đảng và 36 đảng viên, đạt 100% chương trình đề ra; qua đó kịp thời chấn chỉnh những hạn chế, thiếu sót ngay từ cơ sở.",
         [("p", "Nội dung kiểm tra, giám sát tập trung vào việc lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, quản lý đất đai, thu chi ngân sách xã và việc thực hiện quy định về những điều đảng viên không được làm."),
          ("table", [["Nội dung", "Năm 2023", "Năm 2024"], ["Kiểm tra tổ chức đảng khi có dấu hiệu vi phạm", "3", "4"],
                     ["Kiểm tra đảng viên khi có dấu hiệu vi phạm", "5", "7"], ["Thi hành kỷ luật đảng viên", "6", "9"]]),
          ("img", "/Upload/ubkt/2025/01/tong-ket-kiem-tra-tam-duong.jpg", "Hội nghị tổng kết công tác kiểm tra, giám sát năm 2024 của Huyện ủy Tam Dương"),
          ("p", "Ủy ban Kiểm tra Huyện ủy cũng đã tham mưu Ban Thường vụ Huyện ủy ban hành 2 văn bản chỉ đạo về tăng cường công tác tự kiểm tra ở chi bộ; phối hợp giải quyết dứt điểm 5 đơn thư tồn đọng từ năm 2023."),
          ("p", "Năm 2025, Ủy ban Kiểm tra Huyện ủy xác định tập trung kiểm tra, giám sát việc chuẩn bị và tổ chức đại hội đảng bộ các cấp, công tác nhân sự, bảo đảm đúng quy định của Trung ương.")])


def page08():
    pub = T("2025-01-08 09:05")

    def hmq(d):
        return f"{d.hour}h{d.minute:02d}'"

    def main(rng, rl, rd):
        body = A8.render(p=jp, img=lambda s, c, n: f'<div class="img-wrap" style="text-align:center"><img src="{s}" alt="" class="img-responsive" /><p class="img-note">{esc(c)}</p></div>',
                         table=lambda rows: '<table class="table table-bordered" border="1" cellpadding="5"><tbody>' + "".join(
                             "<tr>" + "".join((f"<td><strong>{esc(c)}</strong></td>" if i == 0 else f"<td>{esc(c)}</td>") for c in r) + "</tr>"
                             for i, r in enumerate(rows)) + "</tbody></table>")
        same = "".join(f'<li><a href="/Tin-tuc/Chi-tiet/{rng.randint(1000, 1999)}">{esc(t)}</a> <span>Ngày {dmy(d)} lúc {hmq(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="cat-heading"><h2>Thi hành kỷ luật trong Đảng</h2></div>'
                f'<div class="post-detail"><div class="post-title"><strong>{esc(A8.title)}</strong></div>'
                f'<div class="post-meta"><i class="k-icon k-i-calendar"></i> Ngày {dmy(pub)} lúc {hmq(pub)} <span class="sep">|</span> <i class="k-icon k-i-preview"></i> 328 lượt xem</div>'
                f'<div class="post-summary"><b>{esc(A8.lead)}</b></div><div class="post-body">{body}'
                f'<p style="text-align:right"><strong>Nguyễn Thị Hải Yến - UBKT HU Tam Dương</strong></p></div>'
                f'<div id="winPrint" data-role="window" style="display:none"></div>'
                f'<div class="post-same"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></div></div>')

    def left(rng, pub):
        items = ["Giới thiệu", "Hoạt động kiểm tra, giám sát", "Thi hành kỷ luật trong Đảng", "Giải quyết tố cáo", "Nghiệp vụ kiểm tra", "Văn bản"]
        return '<div class="ub-leftmenu"><h3>Chuyên mục</h3><ul>' + "".join(f'<li><a href="/Chuyen-muc/{slug(i)}">{esc(i)}</a></li>' for i in items) + "</ul></div>"

    url = "https://ubkt.vinhphuc.dcs.vn/Tin-tuc/Chi-tiet/2047/uy-ban-kiem-tra-huyen-uy-tam-duong-hoan-thanh-100-chuong-trinh-kiem-tra-giam-sat-nam-2024"
    head = (og(A8.title, url, {"og:site_name": "Ủy ban Kiểm tra Tỉnh ủy Vĩnh Phúc"})
            + '<link href="/Content/kendo/2019.1.220/kendo.common.min.css" rel="stylesheet" /><script src="/Scripts/kendo/2019.1.220/kendo.all.min.js"></script>'
            + '<input name="__RequestVerificationToken" type="hidden" value="' + "Q" * 40 + '" />')
    return page("s23-08", family="ubkt_aspnet_mvc_kendo_h_minute_apostrophe_ubkt_hu_abbrev_unit",
                name="vinhphuc-ubkttu-aspnet-mvc5-kendo-ui-threecol-cat-heading-thi-hanh-ky-luat-trong-dang-title-in-strong-no-heading-ngay-dd-mm-yyyy-luc-9h05-apostrophe-bold-summary-lead-bordered-table-img-note-caption-name-dash-ubkt-hu-abbrev",
                url=url, art=A8, main_fn=main, pub=pub, prefix="ub", kb=130,
                org="Ủy ban Kiểm tra Tỉnh ủy Vĩnh Phúc", addr="Số 38 đường Nguyễn Trãi, phường Đống Đa, TP Vĩnh Yên, tỉnh Vĩnh Phúc", phone="0211.3862.493",
                top=head_top("ub", "/Content/images/banner-ubkt.png", "Ủy ban Kiểm tra Tỉnh ủy Vĩnh Phúc", days=0, hours=7, style="hom_nay"),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="ub-new")
                + vb_box(["Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "Hướng dẫn số 02-HD/UBKTTW thực hiện một số điều của Quy định số 22"], cls="ub-vb"),
                shell_kw={"layout": "threecol", "left": left, "head_extra": head, "title": "Chi tiết tin - Ủy ban Kiểm tra Tỉnh ủy Vĩnh Phúc"},
                exp=expected(A8, iso(pub), author="Nguyễn Thị Hải Yến", unit="UBKT HU Tam Dương", category="Thi hành kỷ luật trong Đảng"),
                traps={"bylines": ["Nguyễn Thị Hải Yến - UBKT HU Tam Dương"], "chrome": ["328 lượt xem", "Tin cùng chuyên mục", "Văn bản mới"], "related": lambda rl: rl[:4]},
                notes="In-house ASP.NET MVC 5 site with Kendo UI (k-icon classes, a kendoWindow print div, __RequestVerificationToken) of an Ủy ban Kiểm tra Tỉnh ủy; three columns with the category menu on the left. The headline is a <strong> inside div.post-title (no heading element; <title> is the generic 'Chi tiết tin - …'). Stamp 'Ngày 08/01/2025 lúc 9h05'' — hour mark 'h' and an apostrophe for the minutes, unpadded hour → 2025-01-08T09:05. Bold summary = lead. A bordered table in the text (bold header row) → one body paragraph per row, cells joined by ' | '. Caption p.img-note. Bold right 'Nguyễn Thị Hải Yến - UBKT HU Tam Dương' → author + unit recorded as printed ('UBKT HU' = Ủy ban Kiểm tra Huyện ủy). The only section printed is the head 'Thi hành kỷ luật trong Đảng' over the article (= the active left-menu item) → category. 'Tin cùng chuyên mục' uses the same 'lúc …h..'' shape.",
                readme="ASP.NET MVC 5 + Kendo UBKT: 'Ngày dd/mm/yyyy lúc 9h05'' (h + apostrophe minute mark), title in a <strong> (no heading), bold summary lead, bordered table (rows as paragraphs), p.img-note caption, 'Name - UBKT HU Tam Dương' (abbreviated unit as printed), category head over the article, left category menu")


# ===================================================================== 9 Trường Chính trị tỉnh Hòa Bình: Joomla 3 + SP Page Builder, 'Y-m-d H:i' stamp, 'ThS. Name - Giảng viên Khoa …, Trường Chính trị tỉnh'
A9 = Art("Vận dụng phương pháp dạy học tình huống trong giảng dạy lý luận chính trị ở Trường Chính trị tỉnh",
         "Phương pháp dạy học tình huống giúp học viên gắn lý luận với thực tiễn công tác ở cơ sở, nâng cao khả năng phân tích và giải quyết vấn đề. Bài viết trao đổi một số kinh nghiệm vận dụng phương pháp này trong giảng dạy chương trình trung cấp lý luận chính trị.",
         [("h", "1. Vai trò của dạy học tình huống"),
          ("p", "Học viên hệ trung cấp lý luận chính trị phần lớn là cán bộ chủ chốt cấp xã, trưởng, phó phòng cấp huyện đã có kinh nghiệm thực tiễn. Khi được đặt vào những tình huống cụ thể, học viên chủ động vận dụng kiến thức lý luận để phân tích nguyên nhân, đề xuất giải pháp, qua đó tiếp thu bài học sâu hơn."),
          ("h", "2. Một số kinh nghiệm vận dụng"),
          ("ul", ["Xây dựng tình huống từ chính những vụ việc thực tế ở địa phương đã được xử lý, bảo đảm tính điển hình và phù hợp với nội dung bài giảng.",
                  "Chia lớp thành các nhóm từ 6 đến 8 học viên, phân công nhóm trưởng, thư ký và giới hạn thời gian thảo luận.",
                  "Giảng viên giữ vai trò gợi mở, tổng hợp ý kiến, không áp đặt đáp án duy nhất cho tình huống."]),
          ("img", "/images/2025/03/thao-luan-nhom-tinh-huong.jpg", "Học viên lớp trung cấp lý luận chính trị K58 thảo luận nhóm giải quyết tình huống"),
          ("p", "Năm học 2023 - 2024, Khoa Lý luận cơ sở đã vận dụng phương pháp dạy học tình huống trong 14/20 chuyên đề của chương trình; kết quả khảo sát cho thấy 87% học viên đánh giá phương pháp này giúp họ hiểu bài và liên hệ thực tiễn tốt hơn."),
          ("h", "3. Kiến nghị"),
          ("p", "Nhà trường cần tiếp tục xây dựng ngân hàng tình huống dùng chung giữa các khoa, bồi dưỡng kỹ năng thiết kế tình huống cho giảng viên trẻ và tăng thời lượng thảo luận nhóm trong kế hoạch giảng dạy.")])
BYLINE9 = "ThS. Bùi Thị Hạnh - Giảng viên Khoa Lý luận cơ sở, Trường Chính trị tỉnh"


def page09():
    pub = T("2025-03-14 10:20")

    def ymd(d):
        return d.strftime("%Y-%m-%d %H:%M")

    def main(rng, rl, rd):
        body = A9.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', h=lambda t: f"<p><strong>{esc(t)}</strong></p>",
                         img=lambda s, c, n: (f'<div class="sppb-addon sppb-addon-single-image"><div class="sppb-addon-content"><div class="sppb-addon-single-image-container">'
                                              f'<img class="sppb-img-responsive" src="{s}" alt="" /></div><div class="sppb-addon-image-caption">{esc(c)}</div></div></div>'))
        same = "".join(f'<li class="sppb-articles-list-item"><a href="/nghien-cuu-khoa-hoc/bai-viet-trao-doi/{rng.randint(200, 699)}-{slug(t)}">{esc(t)}</a> <span class="sppb-meta-date">{ymd(d)}</span></li>'
                       for t, d in zip(rl[:5], rd))
        return (f'<div id="sp-page-builder" class="sp-page-builder sppb-article-page-wrapper"><div class="page-content"><section class="sppb-section"><div class="sppb-row-container"><div class="sppb-row">'
                f'<div class="sppb-col-md-12"><div class="sppb-column-addons">'
                f'<div class="sppb-addon sppb-addon-title"><h1 class="sppb-addon-title">{esc(A9.title)}</h1></div>'
                f'<div class="sppb-addon sppb-addon-article-meta"><span class="sppb-meta-category"><a href="/nghien-cuu-khoa-hoc/bai-viet-trao-doi">Bài viết trao đổi</a></span> · '
                f'<span class="sppb-meta-date">{ymd(pub)}</span> · <span class="sppb-meta-hits">Lượt xem: 402</span></div>'
                f'<div class="sppb-addon sppb-addon-text-block"><div class="sppb-addon-content"><p><em>{esc(A9.lead)}</em></p>{body}'
                f'<p style="text-align: right;"><strong>{esc(BYLINE9)}</strong></p></div></div>'
                f'<div class="sppb-addon sppb-addon-social-share"><div class="sppb-social-share-wrap">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Email</a></div></div>'
                f'<div class="sppb-addon sppb-addon-articles"><h3 class="sppb-addon-title">Bài viết cùng chuyên mục</h3><ul>{same}</ul></div>'
                f'</div></div></div></div></section></div></div>')

    def side(rng, pub):
        start = pub.replace(hour=0, minute=0) + timedelta(days=3)
        rows = "".join(f'<tr><td>{dmy(start + timedelta(days=i))}</td><td>{c}</td><td>{esc(t)}</td></tr>' for i, (c, t) in enumerate(
            [("TC K58", "Chuyên đề: Xây dựng Đảng về đạo đức"), ("TC K59", "Thảo luận tình huống: Quản lý đất đai cấp xã"), ("BD CB", "Kỹ năng lãnh đạo, quản lý")]))
        return (f'<div class="tc-lich"><h3>Lịch giảng dạy tuần tới</h3><table>{rows}</table></div>'
                + side_std(rng, pub, "Tin mới", fmt=ymd, cls="tc-new"))

    crumbs = ('<ol class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a></li><li><a href="/nghien-cuu-khoa-hoc" class="pathway">Nghiên cứu khoa học</a></li>'
              '<li class="active">Bài viết trao đổi</li></ol>')
    url = "https://truongchinhtri.hoabinh.gov.vn/nghien-cuu-khoa-hoc/bai-viet-trao-doi/712-van-dung-phuong-phap-day-hoc-tinh-huong-trong-giang-day-ly-luan-chinh-tri"
    head = (og(A9.title, url, {"og:site_name": "Trường Chính trị tỉnh Hòa Bình", "og:description": A9.lead[:150]})
            + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/components/com_sppagebuilder/assets/css/sppagebuilder.css" rel="stylesheet" />')
    return page("s23-09", family="political_school_joomla3_sppb_ymd_stamp_degree_lecturer_post_faculty_unit",
                name="hoabinh-truongchinhtri-joomla3-sp-page-builder-crumb-last-plain-bai-viet-trao-doi-h1-sppb-addon-title-meta-yyyy-mm-dd-hh-mm-hits-italic-lead-numbered-bold-subheads-ul-items-sppb-image-caption-ths-name-dash-giang-vien-khoa-comma-truong",
                url=url, art=A9, main_fn=main, pub=pub, prefix="tc", kb=150,
                org="Trường Chính trị tỉnh Hòa Bình", addr="Đường Trần Quý Cáp, phường Tân Thịnh, TP Hòa Bình, tỉnh Hòa Bình", phone="0218.3852.331",
                crumbs=crumbs, top=head_top("tc", "/images/banner-tct.png", "Trường Chính trị tỉnh Hòa Bình", days=1, hours=4),
                side=side, shell_kw={"layout": "joomla", "items": MENU_MASS, "head_extra": head, "title": A9.title},
                exp=expected(A9, iso(pub), author="ThS. Bùi Thị Hạnh", unit="Khoa Lý luận cơ sở, Trường Chính trị tỉnh", category="Bài viết trao đổi"),
                traps={"bylines": [BYLINE9], "chrome": ["Lượt xem: 402", "Chia sẻ:", "Bài viết cùng chuyên mục", "Lịch giảng dạy tuần tới"], "related": lambda rl: rl[:4]},
                notes="Joomla 3 article rendered through an SP Page Builder layout (sppb-addon-title h1, article-meta addon, text-block addon, image addon, social-share and articles addons) of a Trường Chính trị tỉnh. The meta prints the date in ISO order 'Y-m-d H:i': '2025-03-14 10:20' → 2025-03-14T10:20 (no seconds printed). Italic first paragraph of the text block = lead. Numbered bold sub-heads and the three <ul> items are body (one paragraph each). SPPB image caption. Bold right 'ThS. Bùi Thị Hạnh - Giảng viên Khoa Lý luận cơ sở, Trường Chính trị tỉnh' — degree + name, then the POST 'Giảng viên' (lecturer) and its organisation → author 'ThS. Bùi Thị Hạnh' (degree kept), the post dropped, unit 'Khoa Lý luận cơ sở, Trường Chính trị tỉnh' (faculty and school, one unit, as set 16). Crumb 'Trang chủ / Nghiên cứu khoa học / Bài viết trao đổi' (plain last level; = the meta's category link) → 'Bài viết trao đổi'. The teaching schedule of the following week is a decoy.",
                readme="Joomla 3 + SP Page Builder Trường Chính trị: 'yyyy-mm-dd HH:MM' in the meta addon, sppb h1, italic lead, numbered sub-heads + <ul>, SPPB image caption, 'ThS. Name - Giảng viên Khoa …, Trường Chính trị tỉnh' (degree kept, post dropped, faculty + school = unit), plain last crumb")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
