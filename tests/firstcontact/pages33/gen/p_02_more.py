"""Set 33 pages 10-18: the hard everyday cases continued — WordPress + Publisher 7 (TWIST: date-archive levels in the
breadcrumb), Joomla 3.10 + T3 with the article info block printed BELOW the text, the '.dcs.vn' photo-story detail, the VHV
CMS's layout type 3 with an info card, two press-agency CMSs (a three-writer feature with a fact box, a table, a quotation
and an embedded preview of a second item; a stamp printed in the crumb row), a telecom group's commune e-portal (the
byline between the sapo and the text), and two stacks no set had used: TYPO3 13 with EXT:news and 1C-Bitrix news.detail."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads13, past, expected, slug, hexid, alnum, b64blob, dump
from .kit import schedule, links_box, poll, og, jsonld, comments
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other_items, WRITERS33
from .p_01_pages import jp, ticker, MEGA_MASS

VI_MONTH = ["", "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín",
            "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


# ===================================================================== 10 Đảng ủy xã Tân Hạnh (Vĩnh Long): WordPress + Publisher 7; Breadcrumb Trail prints the permalink's YEAR and MONTH after the category (TWIST)
A10 = Art("Đảng ủy xã Tân Hạnh kết nạp 12 đảng viên mới trong quý I",
          "Ngày 11/3, Đảng ủy xã Tân Hạnh tổ chức lễ kết nạp 12 quần chúng ưu tú vào Đảng Cộng sản Việt Nam, nâng tổng số đảng viên kết nạp trong quý I/2026 lên 12 đồng chí, đạt 40% chỉ tiêu cả năm.",
          [("p", "Các quần chúng được kết nạp lần này đều là những người trẻ, có trình độ chuyên môn, tích cực trong công tác ở ấp và cơ quan, trong đó có 4 đoàn viên thanh niên là chủ mô hình kinh tế, 3 người là công an viên, dân quân thường trực và 5 người là cán bộ, công chức, viên chức."),
           ("p", "Tại buổi lễ, đồng chí Bí thư Đảng ủy xã trao quyết định kết nạp đảng viên và tặng hoa chúc mừng; nhắc nhở các đảng viên mới nghiêm túc thực hiện Điều lệ Đảng, tích cực học tập nâng cao trình độ lý luận chính trị, phấn đấu trở thành đảng viên chính thức."),
           ("img", "/wp-content/uploads/2026/03/ket-nap-dang-vien-tan-hanh.jpg", "Đồng chí Bí thư Đảng ủy xã trao quyết định kết nạp đảng viên"),
           ("p", "Đại diện các đảng viên mới, đồng chí Nguyễn Thị Kim Thoa, giáo viên Trường Tiểu học Tân Hạnh, bày tỏ niềm vinh dự, tự hào và hứa sẽ luôn rèn luyện, giữ gìn phẩm chất đạo đức, hoàn thành tốt nhiệm vụ được giao."),
           ("p", "Thời gian tới, Đảng ủy xã tiếp tục chỉ đạo các chi bộ tạo nguồn phát triển đảng viên ở các ấp còn ít đảng viên, trong doanh nghiệp tư nhân và trong đoàn viên thanh niên, phấn đấu hoàn thành chỉ tiêu kết nạp 30 đảng viên năm 2026.")])
BY10A, PH10 = "Nguyễn Văn Tài", "Trần Bảo"


def page10():
    pub = T("2026-03-12 09:04").replace(second=37)
    site = "https://dangbotanhanh.vinhlong.vn"
    url = f"{site}/tin-hoat-dong/2026/03/dang-uy-xa-tan-hanh-ket-nap-12-dang-vien-moi-trong-quy-i/"

    def pubf(d):
        return f"{VI_MONTH[d.month]} {d.day}, {d.year}"

    def main(rng, rl, rd):
        body = Art("", None, A10.blocks).render(p=jp, img=lambda s, c, n: f'<figure id="attachment_2214" class="wp-caption aligncenter" style="width:800px"><img src="{s}" alt="" /><figcaption class="wp-caption-text">{esc(c)}</figcaption></figure>', sep="")
        rel = "".join(f'<div class="listing-item"><h2 class="title"><a href="{site}/tin-hoat-dong/2026/02/{slug(t)[:40]}/">{esc(t)}</a></h2><div class="post-meta"><span class="time">{pubf(d)}</span></div></div>' for t, d in zip(rl[:4], rd))
        return (f'<div class="single-container"><article id="post-2213" class="post-2213 post type-post format-standard single-post-content">'
                f'<div class="single-featured"><img src="/wp-content/uploads/2026/03/ket-nap-cover.jpg" alt="" /></div>'
                f'<div class="post-header-inner"><div class="post-header-title"><div class="term-badges floated"><span class="term-badge term-7"><a href="{site}/tin-hoat-dong/">Tin hoạt động</a></span></div>'
                f'<h1 class="single-post-title"><span class="post-title" itemprop="headline">{esc(A10.title)}</span></h1>'
                f'<div class="post-meta single-post-meta"><a href="{site}/author/dangbotanhanh/" class="post-author-a"><i class="post-author author">dangbotanhanh</i></a> '
                f'<span class="time"><time class="post-published updated" datetime="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}">{pubf(pub)}</time></span> '
                f'<span class="views post-meta-views rank-default">214 lượt xem</span></div></div></div>'
                f'<div class="entry-content clearfix single-post-content"><p><strong>{esc(A10.lead)}</strong></p>{body}'
                f'<p style="text-align:right"><strong>Tin: {BY10A} - Ảnh: {PH10}</strong></p></div>'
                f'<div class="post-share single-post-share"><span class="share-handler">Chia sẻ</span> <a href="#">Facebook</a> <a href="#">Zalo</a></div></article>'
                f'<section class="next-prev-post"><div class="prev"><span class="pre-title">Bài trước</span><a href="#">{esc(rl[4])}</a></div></section>'
                f'<div class="bs-listing bs-listing-related"><h3 class="section-heading"><span class="h-text">Bài viết liên quan</span></h3>{rel}</div></div>')

    def side(rng, p):
        return (mostread(rng, p, pubf, "Đọc nhiều trong tuần", "widget bs-popular", 6, writer_fmt="bởi {w}")
                + '<div class="widget widget_archive"><h3 class="section-heading">Lưu trữ</h3><ul><li><a href="/2026/03/">Tháng Ba 2026</a></li><li><a href="/2026/02/">Tháng Hai 2026</a></li><li><a href="/2026/01/">Tháng Một 2026</a></li></ul></div>')

    def left(rng, p):
        return f'<div class="topbar-date"><span class="topbar-date">{wd(p + timedelta(days=1))}, {dmy(p + timedelta(days=1))}</span></div>'

    crumbs = (f'<nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><ul class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList">'
              f'<li class="trail-item trail-begin"><a href="{site}/" rel="home"><span>Trang chủ</span></a></li>'
              f'<li class="trail-item"><a href="{site}/tin-hoat-dong/"><span>Tin hoạt động</span></a></li>'
              f'<li class="trail-item"><a href="{site}/2026/"><span>2026</span></a></li>'
              f'<li class="trail-item"><a href="{site}/2026/03/"><span>Tháng Ba</span></a></li>'
              f'<li class="trail-item trail-end"><span>{esc(A10.title)}</span></li></ul></nav>')
    top = '<div class="site-branding"><a href="/"><img src="/wp-content/uploads/2025/08/logo-dang-bo-xa.png" alt="Đảng bộ xã Tân Hạnh" /></a><p class="site-description">Trang thông tin điện tử Đảng bộ xã Tân Hạnh</p></div>'
    head = (og(A10.title, url, {"article:published_time": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "article:section": "Tin hoạt động"})
            + '<script>var better_framework_loc={"ajax_url":"\\/wp-admin\\/admin-ajax.php","lang":"vi"};var publisher_theme_global_loc={"page":{"boxed":"boxed"},"header":{"style":"style-2"}};</script>')
    return page("s33-10", family="commune_party_wp_publisher7_breadcrumb_trail_year_month_levels",
                name="vinhlong-tanhanh-dangbo-xa-wordpress-publisher7-breadcrumb-trail-category-then-year-then-month-then-headline-term-badge-h1-time-post-published-updated-vi-f-j-y-bold-first-p-lead-tin-dash-anh-credits",
                url=url, art=A10, main_fn=main, pub=pub, prefix="bspub", kb=232,
                org="Đảng bộ xã Tân Hạnh", addr="Xã Tân Hạnh, tỉnh Vĩnh Long", phone="0270.3857.112",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "publisher", "head_extra": head, "title": A10.title + " - Đảng bộ xã Tân Hạnh", "items": MENU_GOV, "left": left},
                exp=expected(A10, pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), author=BY10A, photographer=PH10, category="Tin hoạt động"),
                traps={"bylines": [f"Tin: {BY10A} - Ảnh: {PH10}", "dangbotanhanh", "214 lượt xem"], "chrome": ["Bài trước", "Bài viết liên quan", "Đọc nhiều trong tuần", "Lưu trữ"], "related": lambda rl: rl[:5]},
                notes="TWIST (date-archive levels in the breadcrumb): an Đảng ủy xã's WordPress site under Publisher 7 (BetterStudio), whose Breadcrumb Trail maps the permalink '/%category%/%year%/%monthnum%/%postname%/' into the trail: 'Trang chủ › Tin hoạt động › 2026 › Tháng Ba › <headline>'. The deepest level before the item is 'Tháng Ba' (a MONTH archive), the one before it '2026' (a year archive) — an extractor that keeps the crumb's last level but the item stores 'Tháng Ba' (or '2026') as the category, silently. Expected: 'Tin hoạt động' (the deepest level naming a section; the term badge above the h1 agrees). Stamp: one <time class='post-published updated'> 'Tháng Ba 12, 2026' with datetime 2026-03-12T09:04:37+07:00 → one stamp, the publication (set 30); the date-only print takes its own <time>'s time (set 25) → 2026-03-12T09:04:37+07:00. 'Tin: Nguyễn Văn Tài - Ảnh: Trần Bảo' → author + photographer; 'dangbotanhanh' is an account. Lead: the bold first paragraph.",
                readme="TWIST — WordPress + Publisher 7, an ADMISSION of new Party members: Breadcrumb Trail prints the permalink's YEAR and MONTH archives after the category ('… › Tin hoạt động › 2026 › Tháng Ba › headline'); one <time class='post-published updated'> 'Tháng Ba 12, 2026' with its datetime; 'Tin: A - Ảnh: B' bold right; an account")


# ===================================================================== 11 Hội Khuyến học tỉnh Ninh Bình: Joomla 3.10 + T3 Framework; the article info block printed BELOW the text; a fact box inside the text
A11 = Art("Xã Gia Viễn ra mắt mô hình “Dòng họ học tập” thứ 40",
          "Ngày 14/1, Hội Khuyến học xã Gia Viễn tổ chức ra mắt mô hình “Dòng họ học tập” của dòng họ Đinh thôn Văn Bòng, nâng tổng số dòng họ học tập trên địa bàn xã lên 40 dòng họ.",
          [("p", "Dòng họ Đinh thôn Văn Bòng có 86 hộ với hơn 340 nhân khẩu; nhiều năm qua, quỹ khuyến học của dòng họ được duy trì đều đặn, mỗi năm khen thưởng hàng chục cháu học sinh giỏi, sinh viên đỗ đại học. Đến nay dòng họ có 42 người có trình độ đại học, 6 thạc sĩ và 1 tiến sĩ."),
           ("img", "/images/2026/01/ra-mat-dong-ho-hoc-tap.jpg", "Trao giấy công nhận mô hình “Dòng họ học tập” cho dòng họ Đinh thôn Văn Bòng"),
           ("p", "Tại buổi ra mắt, dòng họ đã thông qua quy ước xây dựng “Dòng họ học tập”, trong đó mỗi gia đình cam kết tạo điều kiện cho con em học tập, người lớn tham gia học tập suốt đời, tích cực ứng dụng công nghệ thông tin trong sản xuất và đời sống."),
           ("p", "Phát biểu tại buổi lễ, đồng chí Chủ tịch Hội Khuyến học tỉnh ghi nhận truyền thống hiếu học của dòng họ; đề nghị Hội Khuyến học xã nhân rộng mô hình, gắn với xây dựng “Gia đình học tập”, “Cộng đồng học tập” cấp thôn, hướng tới xây dựng xã học tập."),
           ("img", "/images/2026/01/khen-thuong-hoc-sinh-gioi.jpg", "Khen thưởng học sinh giỏi của dòng họ năm học 2024 - 2025"),
           ("p", "Dịp này, dòng họ Đinh trao thưởng cho 28 cháu học sinh giỏi, sinh viên có thành tích học tập xuất sắc, với tổng số tiền hơn 20 triệu đồng.")])
BY11A, BY11U = "ThS. Đinh Thị Lan", "Hội Khuyến học xã Gia Viễn"


def page11():
    pub = T("2026-01-15 08:30")
    site = "https://khuyenhoc.ninhbinh.gov.vn"
    url = f"{site}/index.php/khuyen-hoc-co-so/1284-xa-gia-vien-ra-mat-mo-hinh-dong-ho-hoc-tap-thu-40.html"

    def lc2(d):
        return f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"

    def main(rng, rl, rd):
        b = A11.blocks
        img = lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" width="620" height="413" /></p><p style="text-align:center"><em>{esc(c)}</em></p>'
        box = ('<div class="box-info" style="border:1px solid #c9a;padding:8px;background:#fff8ee"><p><strong>Phong trào khuyến học xã Gia Viễn năm 2025</strong></p>'
               '<ul><li>Quỹ khuyến học các cấp: 1,2 tỷ đồng</li><li>Gia đình học tập: 3.812 hộ</li><li>Cộng đồng học tập cấp thôn: 21/24 thôn</li></ul></div>')
        body = (f'<p><strong><em>{esc(A11.lead)}</em></strong></p>' + jp(b[0][1]) + img(b[1][1], b[1][2], 1) + jp(b[2][1]) + box + jp(b[3][1]) + img(b[4][1], b[4][2], 2) + jp(b[5][1])
                + f'<p style="text-align:right"><em>{BY11A}, {BY11U}</em></p>')
        nav = f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Trước</a></li><li class="next"><a href="#" rel="next">Tiếp &gt;</a></li></ul>'
        rel = "".join(f'<li><a href="{site}/index.php/khuyen-hoc-co-so/{rng.randint(1100, 1283)}-{slug(t)[:40]}.html">{esc(t)}</a></li>' for t in rl[:5])
        return (f'<div class="item-page clearfix" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h2 itemprop="headline"><a href="{url}">{esc(A11.title)}</a></h2></div>'
                f'<div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#"><span class="icon-cog"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="#">In</a></li><li class="email-icon"><a href="#">E-mail</a></li></ul></div>'
                f'<section class="article-content clearfix" itemprop="articleBody">{body}</section>'
                f'<footer class="article-footer clearfix"><dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author"><i class="fa fa-user"></i> Viết bởi <span itemprop="name">Super User</span></dd>'
                f'<dd class="category-name"><i class="fa fa-folder-open"></i> Danh mục: <a href="/index.php/khuyen-hoc-co-so" itemprop="genre">Khuyến học cơ sở</a></dd>'
                f'<dd class="published"><i class="fa fa-calendar"></i> <time datetime="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}" itemprop="datePublished">Ngày đăng: {lc2(pub)}</time></dd>'
                f'<dd class="hits"><i class="fa fa-eye"></i> <meta itemprop="interactionCount" content="UserPageVisits:421" />Lượt xem: 421</dd></dl></footer>{nav}'
                f'<div class="related-items"><h3>Bài viết liên quan</h3><ul>{rel}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, lc2, "Tin đọc nhiều", "t3-module mostread", 6)
                + '<div class="t3-module quy-kh"><h3 class="module-title">Quỹ khuyến học tỉnh</h3><p>Số tài khoản: 3712 0100 0023 456 - Ngân hàng Nông nghiệp và PTNT tỉnh Ninh Bình</p></div>'
                + poll("Gia đình bạn đã đăng ký danh hiệu “Gia đình học tập” chưa?", ["Đã đăng ký", "Sẽ đăng ký", "Chưa biết"], "t3-module poll"))

    top = f'<div class="logo"><a href="/"><img src="/templates/t3_khuyenhoc/images/logo.png" alt="Hội Khuyến học tỉnh Ninh Bình" /></a></div><div class="head-search"><input placeholder="Tìm kiếm..." /></div>'
    crumbs = ('<ul class="breadcrumb"><li class="active"><span class="hasTooltip"><i class="fa fa-map-marker"></i></span></li>'
              '<li><a href="/" class="pathway">Trang chủ</a><span class="divider">/</span></li><li><a href="/index.php/khuyen-hoc-co-so" class="pathway">Khuyến học cơ sở</a><span class="divider">/</span></li>'
              f'<li><span>{esc(A11.title)}</span></li></ul>')
    head = (og(A11.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><script src="/plugins/system/t3/base-bs3/js/jquery.tap.min.js"></script>'
            + '<script>jQuery(function($){ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(".hasTooltip").tooltip({"html": true,"container": "body"});} });</script>')
    return page("s33-11", family="study_promotion_association_joomla310_t3_info_block_below_text",
                name="ninhbinh-hoikhuyenhoc-joomla310-t3-framework-item-page-h2-headline-link-article-info-below-text-viet-boi-super-user-danh-muc-ngay-dang-weekday-dd-thang-m-yyyy-hh-mm-bold-italic-lead-fact-box-italic-right-degree-name-comma-unit",
                url=url, art=A11, main_fn=main, pub=pub, prefix="t3kh", kb=214,
                org="Hội Khuyến học tỉnh Ninh Bình", addr="Phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.220",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "t3j3", "head_extra": head, "title": A11.title, "items": MEGA_MASS},
                exp=expected(A11, iso(pub), author=BY11A, unit=BY11U, category="Khuyến học cơ sở"),
                traps={"box": ["Phong trào khuyến học xã Gia Viễn năm 2025", "Quỹ khuyến học các cấp: 1,2 tỷ đồng"], "bylines": [f"{BY11A}, {BY11U}", "Super User", "Lượt xem: 421"], "chrome": ["Bài viết liên quan", "Tin đọc nhiều", "Quỹ khuyến học tỉnh"], "related": lambda rl: rl[:5]},
                notes="A study-promotion association's item on Joomla 3.10 with a T3 Framework template, the article options set to print the INFO BLOCK BELOW the text: after the text, dl.article-info 'Chi tiết' / 'Viết bởi Super User' (an account) / 'Danh mục: Khuyến học cơ sở' / 'Ngày đăng: Thứ năm, 15 Tháng 1 2026 08:30' / 'Lượt xem: 421'. Nothing dated sits above the text; the 'Tin đọc nhiều' module prints the same stamp shape for other items. Inside the text a bordered FACT BOX ('Phong trào khuyến học xã Gia Viễn năm 2025' and three bullets) — a box, not body (set 24). Expected: 2026-01-15T08:30:00+07:00; the bold italic first paragraph is the lead (set 32's Joomla 2.5 alike); 'ThS. Đinh Thị Lan, Hội Khuyến học xã Gia Viễn' italic right → author (degree kept) + unit; category 'Khuyến học cơ sở' (crumb ending in the headline; 'Danh mục:' agrees); centred <em> captions.",
                readme="Joomla 3.10 + T3 Framework, an association's MODEL LAUNCH: the article info block printed BELOW the text ('Viết bởi Super User', 'Danh mục:', 'Ngày đăng: Thứ năm, 15 Tháng 1 2026 08:30', hits), a FACT BOX inside the text, a bold italic first paragraph as lead, 'ThS. Name, unit' italic right, centred <em> captions")


# ===================================================================== 12 Tỉnh ủy Hưng Yên: the '.dcs.vn' photo-story detail; eight pictures; 'Ảnh: Name' only; a form chip 'Tin ảnh'
A12 = Art("Sắc xuân trên công trường dự án trọng điểm",
          "Những ngày đầu xuân Bính Ngọ, trên công trường các dự án trọng điểm của tỉnh, hàng nghìn cán bộ, kỹ sư, công nhân đã bắt tay ngay vào công việc, quyết tâm hoàn thành đúng tiến độ các công trình chào mừng kỷ niệm 195 năm thành lập tỉnh.",
          [("img", "/Image/Large/2026225081512_1.jpg", "Công trường cầu vượt sông Luộc nhộn nhịp ngày đầu năm mới"),
           ("img", "/Image/Large/2026225081512_2.jpg", "Kỹ sư kiểm tra kỹ thuật thi công trụ cầu"),
           ("img", "/Image/Large/2026225081512_3.jpg", "Công nhân làm việc ở độ cao hơn 20 mét"),
           ("img", "/Image/Large/2026225081512_4.jpg", "Máy móc, thiết bị được huy động tối đa"),
           ("img", "/Image/Large/2026225081512_5.jpg", "Tuyến đường trục kết nối các khu công nghiệp đang dần thành hình"),
           ("img", "/Image/Large/2026225081512_6.jpg", "Lãnh đạo tỉnh thăm, động viên lực lượng thi công"),
           ("img", "/Image/Large/2026225081512_7.jpg", "Bữa cơm đầu năm của công nhân tại lán trại"),
           ("p", "Theo Ban Quản lý dự án đầu tư xây dựng tỉnh, năm 2026 tỉnh có 18 dự án trọng điểm với tổng mức đầu tư hơn 21.000 tỷ đồng; đến hết tháng 2, giá trị giải ngân đạt 14% kế hoạch, cao hơn cùng kỳ năm trước."),
           ("img", "/Image/Large/2026225081512_8.jpg", "Cờ Tổ quốc tung bay trên công trường")])
PH12 = "Đỗ Quang Huy"


def page12():
    pub = T("2026-02-25 16:30")
    site = "https://hungyen.dcs.vn"
    url = f"{site}/tin-anh/88214/sac-xuan-tren-cong-truong-du-an-trong-diem.html"

    def dd(d):
        return f"{wd(d)}, {dmy(d)} - {hm(d)}"

    def main(rng, rl, rd):
        items = []
        for i, b in enumerate(A12.blocks):
            if b[0] == "img":
                cap = (f'<p class="photo-caption">{esc(b[2])}</p>' if i % 2 == 0 else f'<div class="photo-desc"><em>{esc(b[2])}</em></div>')
                items.append(f'<div class="photo-item"><img class="img-fluid lazy" data-src="{b[1]}" src="{b[1]}" alt="{esc(b[2], True)}" />{cap}</div>')
            else:
                items.append(f'<p class="photo-text">{esc(b[1])}</p>')
        rel = "".join(f'<div class="col-md-4 item-photo"><a href="{site}/tin-anh/{rng.randint(80000, 88200)}/{slug(t)[:40]}.html"><img src="/Image/Medium/{hexid(rng, 10)}.jpg" alt="" /><span>{esc(t)}</span></a><i>{dmy(d)}</i></div>' for t, d in zip(rl[:6], rd))
        return (f'<div class="photo-story"><span class="chip-form">Tin ảnh</span><h1 class="photo-title">{esc(A12.title)}</h1>'
                f'<div class="photo-meta"><span class="date"><i class="fa fa-clock-o"></i> {dd(pub)}</span> <span class="credit">Ảnh: {PH12}</span> <span class="view">| 402</span></div>'
                f'<div class="photo-sapo"><b>{esc(A12.lead)}</b></div><div class="photo-list">{"".join(items)}</div>'
                f'<div class="tool-bottom"><a href="#">In trang</a> <a href="#">Chia sẻ</a></div><div class="other-photo"><h3>Tin ảnh khác</h3><div class="row">{rel}</div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dd, "Tin đọc nhiều", "box-docnhieu", 6)
                + '<div class="box-countdown"><h3>Kỷ niệm 195 năm thành lập tỉnh</h3><p>Còn 38 ngày</p></div>'
                + vb_box(["Kế hoạch tổ chức kỷ niệm 195 năm thành lập tỉnh", "Chỉ thị về tăng cường kỷ luật, kỷ cương sau Tết"], "Văn bản mới"))

    def left(rng, p):
        return f'<div class="today">{wd(p + timedelta(days=1))}, {dmy(p + timedelta(days=1))}</div>' + ticker(rng, p, dd, 5, "Tin mới")

    crumbs = f'<div class="breadcrumb-dcs"><a href="{site}/">Trang chủ</a> <span>›</span> <a href="{site}/hoat-dong-cua-tinh-uy.html">Hoạt động của Tỉnh ủy</a></div>'
    top = '<div class="banner-tu"><img src="/Content/Images/banner-tinh-uy-hung-yen-2025.png" alt="Tỉnh ủy Hưng Yên" /></div>'
    head = og(A12.title, url, {"og:image": f"{site}/Image/Large/2026225081512_1.jpg"})
    return page("s33-12", family="provincial_party_dcs_photo_story_detail_eight_pictures",
                name="hungyen-tinhuy-dcs-vn-tin-anh-photo-story-detail-chip-form-label-h1-weekday-dd-mm-yyyy-dash-hh-mm-anh-name-only-bold-sapo-eight-captions-in-two-markups-one-text-paragraph",
                url=url, art=A12, main_fn=main, pub=pub, prefix="dcshy", kb=226,
                org="Tỉnh ủy Hưng Yên", addr="Phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.414",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dcs_photo", "head_extra": head, "title": A12.title + " - Tỉnh ủy Hưng Yên", "items": MENU_NEWS, "left": left},
                exp=expected(A12, iso(pub), photographer=PH12, category="Hoạt động của Tỉnh ủy"),
                traps={"meta": [f"Ảnh: {PH12}", "| 402", "Tin ảnh khác"], "chrome": ["In trang", "Tin đọc nhiều", "Còn 38 ngày"], "related": lambda rl: rl[:6]},
                notes="A PHOTO STORY on the '.dcs.vn' platform's photo detail (/tin-anh/<id>/<slug>.html): a chip 'Tin ảnh' (the form, set 27: not the category), h1, a meta row 'Thứ Tư, 25/02/2026 - 16:30' + 'Ảnh: Đỗ Quang Huy' + views, a bold sapo, EIGHT pictures with captions in two alternating markups (p.photo-caption and div.photo-desc <em>) and ONE text paragraph between the seventh and the eighth. Expected: 2026-02-25T16:30:00+07:00; a photo story credited only for its pictures → photographer 'Đỗ Quang Huy', author null (set 29); eight captions in page order; body = sapo + the one paragraph; category 'Hoạt động của Tỉnh ủy' (the crumb). The header date is the crawl day.",
                readme="The '.dcs.vn' platform's PHOTO-STORY detail, a Tết-season construction story: a 'Tin ảnh' form chip, 'Thứ Tư, 25/02/2026 - 16:30', 'Ảnh: Name' only (photographer, no author), a bold sapo, EIGHT captions in two alternating markups, one text paragraph among the pictures")


# ===================================================================== 13 Phường Thuận Hóa (Huế): VHV CMS, news-detail-layout-type-3; stamp, writer and category in an INFO CARD of the article; a plain brief
A13 = Art("Phường Thuận Hóa đưa vào vận hành Bộ phận Một cửa hiện đại",
          "Từ ngày 2/3, Bộ phận Một cửa phường Thuận Hóa chính thức vận hành tại trụ sở mới với hệ thống lấy số tự động, màn hình tra cứu hồ sơ và khu vực hỗ trợ người dân thực hiện dịch vụ công trực tuyến.",
          [("p", "Bộ phận Một cửa được bố trí 12 quầy tiếp nhận, trả kết quả, giải quyết 186 thủ tục hành chính thuộc thẩm quyền cấp xã. Người dân có thể đặt lịch hẹn trực tuyến, theo dõi tiến độ hồ sơ qua ứng dụng và nhận kết quả tại nhà qua dịch vụ bưu chính công ích."),
           ("img", "/data/files/2026/03/mot-cua-thuan-hoa-1.jpg", "Cán bộ Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến"),
           ("p", "Trong ngày đầu vận hành, Bộ phận Một cửa tiếp nhận 94 hồ sơ, trong đó 61 hồ sơ nộp trực tuyến; thời gian chờ trung bình của mỗi lượt khách giảm còn khoảng 7 phút."),
           ("p", "Ông Lê Văn Thông, tổ dân phố 5, cho biết: “Trước đây làm thủ tục chứng thực phải chờ khá lâu, nay có lấy số tự động, cán bộ hướng dẫn tận tình nên tôi chỉ mất chưa đầy 10 phút”."),
           ("img", "/data/files/2026/03/mot-cua-thuan-hoa-2.jpg", "Khu vực hỗ trợ người dân thực hiện dịch vụ công trực tuyến"),
           ("p", "Theo lãnh đạo UBND phường, thời gian tới phường tiếp tục tổ chức tổ công nghệ số cộng đồng ở các tổ dân phố, phấn đấu năm 2026 tỷ lệ hồ sơ nộp trực tuyến đạt trên 80%.")])
BY13 = "Hồ Thị Kim Oanh"


def page13():
    pub = T("2026-03-04 10:20").replace(second=15)
    site = "https://thuanhoa.hue.gov.vn"
    url = f"{site}/tin-tuc/phuong-thuan-hoa-dua-vao-van-hanh-bo-phan-mot-cua-hien-dai.html"

    def vhv(d):
        return f"{d.strftime('%H:%M:%S')} | {dmy(d)}"

    def main(rng, rl, rd):
        img = lambda s, c, n: f'<div class="image-center"><img src="{s}" alt="" /><div class="caption-image"><em>{esc(c)}</em></div></div>'
        card = (f'<div class="news-info-card"><div class="card-row"><span class="lbl">Ngày đăng:</span> <span class="val post-date">{vhv(pub)}</span></div>'
                f'<div class="card-row"><span class="lbl">Tác giả:</span> <span class="val">{BY13}</span></div>'
                f'<div class="card-row"><span class="lbl">Chuyên mục:</span> <span class="val"><a href="/cai-cach-hanh-chinh.html">Cải cách hành chính</a></span></div>'
                f'<div class="card-row"><span class="lbl">Lượt xem:</span> <span class="val">156</span></div>'
                f'<div class="card-tools"><a href="javascript:printArticle(\'{hexid(rng, 24)}\')">In</a> <a href="#">Email</a> <a href="#">Đọc bài</a></div></div>')
        rel = "".join(f'<article class="list-news-one"><h2 class="h4 title"><a href="{site}/tin-tuc/{slug(t)[:40]}.html">{esc(t)}</a></h2><span class="date">({dmy(d)})</span></article>' for t, d in zip(rl[:5], rd))
        return (f'<article id="article{rng.randint(10, 99)}" class="news-detail-layout-type-3" itemscope itemtype="http://schema.org/NewsArticle">'
                f'<meta itemprop="datePublished" content="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}" />'
                f'<div class="row"><div class="col-md-8 detail-main"><h1 class="title-detail" itemprop="headline">{esc(A13.title)}</h1>'
                f'<div class="brief">{esc(A13.lead)}</div>'
                f'<div class="content-detail" itemprop="articleBody">{Art("", None, A13.blocks).render(p=jp, img=img, sep="")}</div></div>'
                f'<div class="col-md-4 detail-aside">{card}</div></div></article>'
                f'<div class="panel frame-involve"><div class="panel-heading"><div class="panel-title">Tin liên quan</div></div><section class="section-list Article-News-Detail-default">{rel}</section></div>')

    def side(rng, p):
        return (mostread(rng, p, vhv, "Tin xem nhiều", "vhv-most", 6, writer_fmt="Tác giả: {w}")
                + schedule(rng, p, "Lịch tiếp công dân", "lich-tcd") + links_box(["Cổng Dịch vụ công quốc gia", "Hue-S", "Cổng TTĐT thành phố Huế"]))

    top = '<div class="banner-phuong"><img src="/data/logo/banner-thuan-hoa.png" alt="Cổng thông tin điện tử phường Thuận Hóa" /></div>'
    crumbs = ('<div class="pathway-category"><ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="first-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
              '<a itemprop="item" href="/"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li>'
              '<li class="last-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/cai-cach-hanh-chinh.html"><span itemprop="name">Cải cách hành chính</span></a><meta itemprop="position" content="2" /></li></ol></div>')
    head = og(A13.title, url) + '<script>var VHV={siteId:"5f1a2b3c4d5e6f7a8b9c0d1e",lang:"vi",theme:"phuong",printUrl:"/print"};</script>'
    return page("s33-13", family="ward_portal_vhv_layout_type3_article_info_card",
                name="hue-thuanhoa-phuong-vhv-cms-news-detail-layout-type-3-h1-title-detail-plain-brief-info-card-ngay-dang-h-i-s-pipe-d-m-y-tac-gia-chuyen-muc-caption-image-em-breadcrumblist",
                url=url, art=A13, main_fn=main, pub=pub, prefix="vhvtd", kb=210,
                org="UBND phường Thuận Hóa", addr="Phường Thuận Hóa, thành phố Huế", phone="0234.3822.510",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "vhv3", "head_extra": head, "title": A13.title, "items": MENU_GOV},
                exp=expected(A13, pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), author=BY13, category="Cải cách hành chính"),
                traps={"card": ["Lượt xem:", "Ngày đăng:", "Tác giả:"], "chrome": ["Tin liên quan", "Tin xem nhiều", "Lịch tiếp công dân"], "related": lambda rl: rl[:5]},
                notes="A ward's ONE-STOP SHOP opening on the VHV CMS's news-detail-layout-type-3: the headline, a brief printed in the ordinary weight and the text in the left column; the item's stamp, writer, category and views only in an INFO CARD in the article's own right column ('Ngày đăng: 10:20:15 | 04/03/2026', 'Tác giả: Hồ Thị Kim Oanh', 'Chuyên mục: Cải cách hành chính', 'Lượt xem: 156'). The sidebar 'Tin xem nhiều' prints the same stamp shape and 'Tác giả: <name>' for other items. Expected: 2026-03-04T10:20:15+07:00 (seconds printed, set 13; the meta datePublished agrees); author 'Hồ Thị Kim Oanh'; category 'Cải cách hành chính' (card and BreadcrumbList agree); the plain div.brief is the lead; caption-image <em> captions.",
                readme="VHV CMS, news-detail-layout-type-3, a ward's ONE-STOP SHOP opening: the stamp 'HH:MM:SS | dd/mm/yyyy', writer, category and views only in an INFO CARD in the article's own right column; a plain (not bold) brief as lead; 'Tin xem nhiều' with the same stamp shape and 'Tác giả:'")


# ===================================================================== 14 Báo và PT-TH Đồng Tháp: a press CMS; a THREE-writer feature with sub-headings, a fact box, a data table, a quotation and an embedded preview of a second item
A14 = Art("Gỡ khó cho hợp tác xã nông nghiệp sau sắp xếp địa giới hành chính",
          "(THĐT) - Sau khi sắp xếp đơn vị hành chính, nhiều hợp tác xã nông nghiệp trong tỉnh phải điều chỉnh địa bàn hoạt động, hồ sơ pháp lý và phương án sản xuất. Để các hợp tác xã không bị “khựng lại”, ngành chức năng và chính quyền cơ sở đang cùng tháo gỡ từng vướng mắc.",
          [("h", "Thay đổi địa bàn, thay đổi cách làm"),
           ("p", "Hợp tác xã nông nghiệp Mỹ Thọ có 146 thành viên, canh tác hơn 420 ha lúa chất lượng cao. Sau khi xã Mỹ Thọ sáp nhập với hai xã lân cận, một phần diện tích của hợp tác xã nằm ở địa bàn xã mới, các hợp đồng liên kết tiêu thụ với doanh nghiệp phải ký lại, con dấu và giấy chứng nhận đăng ký phải điều chỉnh."),
           ("p", "“Mất gần hai tháng chúng tôi mới hoàn thành thủ tục thay đổi địa chỉ, trong khi vụ Đông Xuân đã cận kề”, ông Nguyễn Văn Bé Năm, Giám đốc hợp tác xã cho biết."),
           ("img", "/uploads/2026/03/htx-my-tho-1.jpg", "Thành viên Hợp tác xã nông nghiệp Mỹ Thọ thu hoạch lúa vụ Đông Xuân"),
           ("p", "Theo Sở Nông nghiệp và Môi trường, toàn tỉnh hiện có 298 hợp tác xã nông nghiệp; sau sắp xếp có 117 hợp tác xã phải điều chỉnh địa chỉ trụ sở, 46 hợp tác xã hoạt động trên địa bàn từ hai xã trở lên."),
           ("table", [["Nhóm vướng mắc", "Số hợp tác xã", "Đã giải quyết (đến 15/3)"],
                      ["Điều chỉnh giấy chứng nhận đăng ký", "117", "109"],
                      ["Ký lại hợp đồng liên kết tiêu thụ", "58", "41"],
                      ["Chuyển đổi tài khoản, con dấu", "92", "92"]]),
           ("h", "Chính quyền cơ sở vào cuộc"),
           ("p", "Nhiều xã đã thành lập tổ công tác hỗ trợ hợp tác xã, cử cán bộ hướng dẫn tận nơi, giải quyết hồ sơ trong ngày. Xã Mỹ Thọ còn chủ động làm cầu nối để hợp tác xã ký lại hợp đồng với ba doanh nghiệp thu mua lúa với giá cao hơn trước 200 đồng mỗi ki-lô-gam."),
           ("img", "/uploads/2026/03/htx-my-tho-2.jpg", "Cán bộ xã hướng dẫn hợp tác xã hoàn thiện hồ sơ"),
           ("p", "Phó Giám đốc Sở Nông nghiệp và Môi trường Trần Văn Hùng cho biết, sở đang tham mưu UBND tỉnh ban hành hướng dẫn thống nhất về hồ sơ, thủ tục cho hợp tác xã hoạt động liên xã, đồng thời ưu tiên hỗ trợ vốn, cơ giới hóa cho các hợp tác xã mới điều chỉnh địa bàn."),
           ("p", "Với sự vào cuộc đồng bộ, đến nay phần lớn các hợp tác xã đã ổn định hoạt động, sẵn sàng cho vụ Hè Thu 2026.")])
W14, PH14 = ["Thanh Tâm", "Hữu Nghĩa", "Kim Ngân"], "Hữu Nghĩa"


def page14():
    pub = T("2026-03-23 06:00")
    site = "https://thdt.vn"
    url = f"{site}/kinh-te/202603/go-kho-cho-hop-tac-xa-nong-nghiep-sau-sap-xep-dia-gioi-hanh-chinh-4c1f2a9/"

    def dd(d):
        return f"{wd(d)}, {dmy(d)} - {hm(d)}"

    def main(rng, rl, rd):
        b = A14.blocks
        fig = lambda s, c, n: f'<figure class="expNoEdit"><img src="{s}" alt="{esc(c, True)}" /><figcaption class="PhotoCMS_Caption"><p>{esc(c)}</p></figcaption></figure>'
        h = lambda t: f'<h2 class="sub-title"><strong>{esc(t)}</strong></h2>'
        tbl = lambda rows: '<table class="table-data"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>" + "".join(
            "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>"
        box = ('<div class="box-fact" style="float:right;width:40%"><p class="box-title"><strong>Hợp tác xã nông nghiệp Đồng Tháp</strong></p>'
               '<p>298 hợp tác xã | 41.600 thành viên | Doanh thu bình quân 3,4 tỷ đồng/hợp tác xã/năm</p></div>')
        t2, s2 = other_items(rng, 1)[0]
        prev = ('<div class="inline-preview"><span class="ip-label">Đọc thêm</span>' + teaser(rng, t2, s2, pub - timedelta(days=2, hours=5), dd, "Minh Khôi", cls="ip-item", htag="h4", img=False) + '</div>')
        parts = [h(b[0][1]), jp(b[1][1]), jp(b[2][1]), fig(b[3][1], b[3][2], 1), box, jp(b[4][1]), tbl(b[5][1]), prev, h(b[6][1]), jp(b[7][1]), fig(b[8][1], b[8][2], 2), jp(b[9][1]), jp(b[10][1])]
        return (f'<div class="detail-cate"><a href="{site}/kinh-te/">Kinh tế</a></div><h1 class="detail-title">{esc(A14.title)}</h1>'
                f'<div class="detail-meta"><span class="detail-author">Bài: {W14[0]} - {W14[1]} - {W14[2]} | Ảnh: {PH14}</span> <span class="detail-time">{dd(pub)}</span></div>'
                f'<h2 class="detail-sapo">{esc(A14.lead)}</h2><div class="detail-content afcbc-body">{"".join(parts)}</div>'
                f'<div class="detail-tags">Từ khóa: <a href="#">hợp tác xã</a> <a href="#">sắp xếp đơn vị hành chính</a></div>'
                f'<div class="detail-related"><h3>Tin cùng chuyên mục</h3><ul>' + "".join(f'<li><a href="{site}/kinh-te/202603/{slug(t)[:40]}/">{esc(t)}</a> <span>{dd(d)}</span></li>' for t, d in zip(rl[:5], rd)) + '</ul></div>'
                + comments([("Trần Văn Hòa", f"{hm(pub + timedelta(hours=3))} {dmy(pub)}", "Mong tỉnh sớm có hướng dẫn thống nhất cho hợp tác xã liên xã."), ("Lê Thị Mỹ", f"{hm(pub + timedelta(hours=7))} {dmy(pub)}", "Bài viết rất thiết thực.")]))

    def side(rng, p):
        return (mostread(rng, p, dd, "Đọc nhiều", "rail-most", 8, writer_fmt="{w}")
                + '<div class="rail-weather"><h3>Thời tiết</h3><p>Cao Lãnh 26 - 33°C, nắng</p></div>'
                + poll("Hợp tác xã ở địa phương bạn đã ổn định hoạt động sau sắp xếp chưa?", ["Đã ổn định", "Đang điều chỉnh", "Còn nhiều khó khăn"], "rail-poll"))

    def left(rng, p):
        return f'<div class="today">{wd(p)}, {dmy(p)}</div>' + ticker(rng, p, dd, 6, "Tin nóng")

    def below(rng, p):
        t, s = other_items(rng, 1, avoid=["Hoàn thành giải phóng mặt bằng tuyến đường kết nối vùng trước thời hạn"])[0]
        return '<div class="spotlight"><h3 class="spot-head">Tiêu điểm</h3>' + teaser(rng, t, s, p - timedelta(hours=20), dd, "Quốc Việt", cls="spot-item", htag="h3") + '</div>'

    top = '<div class="logo"><a href="/"><img src="/assets/images/logo-thdt.svg" alt="Báo và Phát thanh, Truyền hình Đồng Tháp" /></a></div><div class="hd-tools"><a href="#">Báo in</a> <a href="#">Truyền hình</a> <a href="#">Phát thanh</a></div>'
    crumbs = ""
    head = (og(A14.title, url, {"og:description": A14.lead, "article:published_time": iso(pub)})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A14.title, "datePublished": iso(pub),
                      "author": [{"@type": "Person", "name": n} for n in W14], "publisher": {"@type": "Organization", "name": "Báo và Phát thanh, Truyền hình Đồng Tháp"}})
            + f'<script>window.__INITIAL_STATE__={dump({"article": {"id": 412907, "cate": "kinh-te", "type": "longform", "words": 1180}, "ads": ["a3f91c20", "7bd204e5", "c0e8a117", "5f6d2b98", "e41a7c03", "9b2c5d6e"]})};</script>')
    return page("s33-14", family="press_agency_three_writer_feature_box_table_quote_preview",
                name="dongthap-thdt-press-cms-yyyymm-slug-hex-feature-three-writers-bai-dash-dash-pipe-anh-weekday-dd-mm-yyyy-dash-hh-mm-h2-sapo-agency-prefix-subheadings-fact-box-data-table-inline-doc-them-preview-tieu-diem-teaser",
                url=url, art=A14, main_fn=main, pub=pub, prefix="thdt", kb=284,
                org="Báo và Phát thanh, Truyền hình Đồng Tháp", addr="Phường Cao Lãnh, tỉnh Đồng Tháp", phone="0277.3851.442",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "press_multi", "head_extra": head, "title": A14.title, "items": MENU_NEWS, "left": left, "below": below},
                exp=expected(A14, iso(pub), author=", ".join(W14), photographer=PH14, category="Kinh tế"),
                traps={"box": ["Hợp tác xã nông nghiệp Đồng Tháp", "298 hợp tác xã | 41.600 thành viên"], "preview": ["Đọc thêm"], "bylines": [f"Bài: {W14[0]} - {W14[1]} - {W14[2]} | Ảnh: {PH14}"], "chrome": ["Tin cùng chuyên mục", "Từ khóa:", "Tiêu điểm", "Đọc nhiều", "Mong tỉnh sớm có hướng dẫn"], "related": lambda rl: rl[:5]},
                notes="A long FEATURE on a merged press agency's CMS (/<cat>/<yyyymm>/<slug>-<hex>/, 284 KB): three writers and a photographer in the meta row 'Bài: Thanh Tâm - Hữu Nghĩa - Kim Ngân | Ảnh: Hữu Nghĩa' → author 'Thanh Tâm, Hữu Nghĩa, Kim Ngân', photographer 'Hữu Nghĩa' (JSON-LD agrees); stamp 'Thứ Hai, 23/03/2026 - 06:00' → T06:00; the h2 sapo with '(THĐT) - ' is the lead (set 27). Inside the text: two <h2> sub-headings (body), a quotation paragraph (body), a floated FACT BOX (not body), a data table with a <thead> row (rows → paragraphs, set 30), and an inline 'Đọc thêm' PREVIEW of a second item (its headline, its stamp in the same shape two days earlier, its writer 'Minh Khôi', its sapo — set 24 / set 27: another item's, not body). Above the item a 'Tiêu điểm' teaser of another item; the rail's 'Đọc nhiều' prints eight stamps in the same shape with writers. Category: the link 'Kinh tế' above the headline. Two figcaptions.",
                readme="A merged press agency's CMS, a long FEATURE (284 KB): THREE writers and a photographer 'Bài: A - B - C | Ảnh: B', two sub-headings, a quotation, a FACT BOX, a data table with <thead>, an inline 'Đọc thêm' PREVIEW of a second item (headline, stamp, writer, sapo), a 'Tiêu điểm' teaser above, 'Đọc nhiều' with stamps and writers, comments")


# ===================================================================== 15 Báo Cà Mau: a provincial paper's CMS; the STAMP printed in the crumb row, after the section levels
A15 = Art("Chi bộ ấp đầu tiên của tỉnh hoàn thành đại hội điểm nhiệm kỳ 2025 - 2027",
          "Ngày 10/2, Chi bộ ấp Cái Keo, xã Trần Văn Thời tổ chức đại hội điểm nhiệm kỳ 2025 - 2027, là chi bộ trực thuộc đảng ủy xã đầu tiên của tỉnh tổ chức đại hội theo hướng dẫn mới sau khi sắp xếp tổ chức bộ máy.",
          [("p", "Chi bộ ấp Cái Keo có 38 đảng viên, lãnh đạo 612 hộ dân với hơn 2.400 nhân khẩu. Nhiệm kỳ qua, chi bộ lãnh đạo hoàn thành 14/15 chỉ tiêu nghị quyết đề ra; thu nhập bình quân đầu người của ấp đạt 72 triệu đồng/năm, không còn hộ nghèo."),
           ("p", "Đại hội đã thảo luận, đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua, chỉ rõ hạn chế trong chuyển đổi cơ cấu cây trồng, vật nuôi; đề ra mục tiêu phát triển mô hình tôm - lúa hữu cơ, xây dựng ấp đạt chuẩn nông thôn mới kiểu mẫu."),
           ("img", "/uploads/images/2026/02/10/dai-hoi-chi-bo-cai-keo.jpg", "Ban Chi ủy Chi bộ ấp Cái Keo nhiệm kỳ 2025 - 2027 ra mắt đại hội"),
           ("p", "Đại hội bầu Ban Chi ủy gồm 3 đồng chí; đồng chí Lâm Văn Nhiều được bầu giữ chức Bí thư Chi bộ. Đại hội cũng bầu 2 đại biểu dự Đại hội Đảng bộ xã."),
           ("p", "Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Đảng ủy xã đề nghị Ban Chi ủy khóa mới sớm cụ thể hóa nghị quyết thành chương trình hành động; các chi bộ còn lại rút kinh nghiệm từ đại hội điểm để hoàn thành đại hội trước ngày 31/3/2026.")])
BY15 = "MINH HẢI"


def page15():
    pub = T("2026-02-11 14:50")
    site = "https://baocamau.vn"
    url = f"{site}/chi-bo-ap-dau-tien-cua-tinh-hoan-thanh-dai-hoi-diem-nhiem-ky-2025-2027-a41287.html"

    def dd(d):
        return f"{wd(d)}, {dmy(d)} | {hm(d)}"

    def main(rng, rl, rd):
        fig = lambda s, c, n: f'<table class="picture" align="center"><tbody><tr><td class="pic"><img src="{s}" alt="" /></td></tr><tr><td class="caption"><p>{esc(c)}</p></td></tr></tbody></table>'
        rel = "".join(f'<li><a href="{site}/{slug(t)[:50]}-a{rng.randint(40000, 41280)}.html">{esc(t)}</a> <span class="t">{dd(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<h1 class="story-title">{esc(A15.title)}</h1><div class="story-sapo"><strong>{esc(A15.lead)}</strong></div>'
                f'<div class="story-body">{Art("", None, A15.blocks).render(p=jp, img=fig, sep="")}<p style="text-align:right"><strong>{BY15}</strong></p></div>'
                f'<div class="story-tools"><a href="#">Gửi bài</a> <a href="#">In bài</a> <span class="views">Lượt xem: 1.027</span></div>'
                f'<div class="story-related"><h3>Tin liên quan</h3><ul>{rel}</ul></div>')

    def side(rng, p):
        return (mostread(rng, p, dd, "Tin đọc nhiều", "side-most", 7, writer_fmt="{w}")
                + '<div class="side-print"><h3>Báo in</h3><p>Số 7.214 - Thứ Tư, 11/02/2026</p><a href="#">Đọc báo in</a></div>')

    def left(rng, p):
        now = p + timedelta(days=1, hours=-6, minutes=3)
        return f'<div class="date-now">{dd(now)}</div><div class="hotline">Đường dây nóng: 0290.3831.345</div>'

    crumbs = (f'<div class="story-crumb"><a href="{site}/">Trang chủ</a> <span class="sep">›</span> <a href="{site}/chinh-tri-c1.html">Chính trị</a> <span class="sep">›</span> '
              f'<a href="{site}/xay-dung-dang-c12.html">Xây dựng Đảng</a><span class="story-date">{dd(pub)}</span></div>')
    top = '<div class="logo"><a href="/"><img src="/assets/logo-bao-ca-mau.png" alt="Báo Cà Mau" /></a></div>'
    head = og(A15.title, url, {"og:description": A15.lead}) + '<meta name="pubdate" content="2026-02-11T14:50:00+07:00" />'
    return page("s33-15", family="provincial_paper_stamp_in_crumb_row_caps_signature",
                name="camau-baocamau-press-cms-a-id-html-crumb-row-chinh-tri-xay-dung-dang-then-stamp-weekday-dd-mm-yyyy-pipe-hh-mm-h1-story-title-bold-sapo-table-picture-caption-bold-right-caps-name",
                url=url, art=A15, main_fn=main, pub=pub, prefix="bcm", kb=206,
                org="Báo Cà Mau", addr="Phường Tân Thành, tỉnh Cà Mau", phone="0290.3831.345",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "press_crumb", "head_extra": head, "title": A15.title + " - Báo Cà Mau", "items": MENU_NEWS, "left": left},
                exp=expected(A15, iso(pub), author=BY15, category="Xây dựng Đảng"),
                traps={"chrome": ["Lượt xem: 1.027", "Tin liên quan", "Tin đọc nhiều", "Số 7.214 - Thứ Tư, 11/02/2026", "Đường dây nóng"], "related": lambda rl: rl[:5]},
                notes="A Party cell's model CONGRESS on a provincial paper's CMS (/<slug>-a<id>.html) whose template prints the item's stamp INSIDE the crumb row, right after the last section level: 'Trang chủ › Chính trị › Xây dựng Đảng' + span.story-date 'Thứ Tư, 11/02/2026 | 14:50'; nothing dated between the headline and the text. The header prints the crawl moment in the same shape ('Thứ Năm, 12/02/2026 | 08:53'), the sidebar's 'Báo in' box the print issue of the same day ('Số 7.214 - Thứ Tư, 11/02/2026'), 'Tin đọc nhiều' seven stamps in the same shape with writers. Expected: 2026-02-11T14:50:00+07:00 (meta pubdate agrees); category 'Xây dựng Đảng' (the crumb's last level, not the stamp after it); bold right 'MINH HẢI' → author in capitals (kept as printed); the bold sapo is the lead; a picture table with td.caption.",
                readme="A provincial paper's CMS, a Party cell's model CONGRESS: the STAMP printed inside the crumb row after 'Chính trị › Xây dựng Đảng'; the header clock and the sidebar 'Báo in' issue in the same shape; bold sapo; a picture table with td.caption; bold right 'NAME IN CAPITALS'")


# ===================================================================== 16 xã Yên Sơn (Tuyên Quang): a telecom group's commune e-portal; the byline BETWEEN the sapo and the text; time-first AM stamp
A16 = Art("Xã Yên Sơn tổ chức Ngày hội Đại đoàn kết điểm đầu xuân",
          "Ngày 15/1, tại thôn Khuôn Lắng, Ủy ban MTTQ Việt Nam xã Yên Sơn phối hợp với UBND xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm, thu hút hơn 500 người dân tham gia.",
          [("p", "Năm 2025, thôn Khuôn Lắng có 96% hộ đạt danh hiệu “Gia đình văn hóa”; Nhân dân hiến hơn 3.200 m2 đất, đóng góp 1.100 ngày công làm 2,5 km đường bê tông nội thôn; không có tội phạm và tệ nạn xã hội."),
           ("img", "/Uploads/2026/1/16/ngay-hoi-khuon-lang-1.jpg", "Các đại biểu trao quà cho hộ khó khăn thôn Khuôn Lắng"),
           ("p", "Tại ngày hội, đại diện lãnh đạo xã đã biểu dương 12 hộ gia đình văn hóa tiêu biểu, trao 20 suất quà cho hộ nghèo, hộ cận nghèo; Đảng ủy xã tặng thôn bộ loa truyền thanh thông minh phục vụ công tác tuyên truyền."),
           ("p", "Phần hội diễn ra sôi nổi với các trò chơi dân gian, thi gói bánh chưng, văn nghệ của các dân tộc Tày, Dao, Kinh; các gian hàng giới thiệu sản phẩm chè, măng khô, mật ong của bà con trong thôn."),
           ("img", "/Uploads/2026/1/16/ngay-hoi-khuon-lang-2.jpg", "Hội thi gói bánh chưng tại Ngày hội")])
BY16A, BY16U = "Lý Thị Hà", "Văn phòng HĐND và UBND xã"


def page16():
    pub = T("2026-01-16 08:15")
    site = "https://yenson.tuyenquang.gov.vn"
    url = f"{site}/tin-tuc-su-kien/tin-dia-phuong/xa-yen-son-to-chuc-ngay-hoi-dai-doan-ket-diem-dau-xuan-8123.html"

    def dd(d):
        h = d.hour % 12 or 12
        return f"{h:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'} {dmy(d)}"

    def main(rng, rl, rd):
        img = lambda s, c, n: f'<div class="vp-figure"><img src="{s}" alt="{esc(c, True)}" /><p class="vp-figure__cap">{esc(c)}</p></div>'
        rel = "".join(f'<li class="vp-rel__item"><a href="{site}/tin-tuc-su-kien/tin-dia-phuong/{slug(t)[:40]}.html">{esc(t)}</a><time>{dd(d)}</time></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="vp-article"><h1 class="vp-article__title">{esc(A16.title)}</h1>'
                f'<div class="vp-article__meta"><i class="bi bi-clock"></i> {dd(pub)} <span class="vp-views"><i class="bi bi-eye"></i> 238</span></div>'
                f'<div class="vp-article__sapo"><strong>{esc(A16.lead)}</strong></div>'
                f'<div class="vp-article__byline"><i class="bi bi-pen"></i> {BY16A} - {BY16U}</div>'
                f'<div class="vp-article__body">{Art("", None, A16.blocks).render(p=jp, img=img, sep="")}</div>'
                f'<div class="vp-article__share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In</a></div>'
                f'<div class="vp-rel"><h3 class="vp-rel__title">Tin cùng chuyên mục</h3><ul>{rel}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dd, "Tin nổi bật", "vp-box hot", 6, writer_fmt="{w}")
                + schedule(rng, p, "Lịch làm việc UBND xã", "vp-box lich")
                + '<div class="vp-box tthc"><h3>Thủ tục hành chính</h3><ul><li><a href="#">Đăng ký khai sinh</a></li><li><a href="#">Chứng thực bản sao</a></li><li><a href="#">Xác nhận tình trạng hôn nhân</a></li></ul></div>')

    def left(rng, p):
        return f'<div class="vp-clock">{dd(p + timedelta(days=2, hours=2, minutes=10))}</div><div class="vp-hotline">Đường dây nóng: 0207.3872.118</div>'

    crumbs = (f'<nav class="vp-breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>'
              f'<li class="breadcrumb-item active"><a href="/tin-tuc-su-kien/tin-dia-phuong">Tin địa phương</a></li></ol></nav>')
    top = '<div class="vp-brand"><img src="/Content/vportal/logo-quoc-huy.png" alt="" /><div><span class="vp-brand__sub">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="vp-brand__name">XÃ YÊN SƠN - TỈNH TUYÊN QUANG</span></div></div>'
    head = (og(A16.title, url) + '<input name="__RequestVerificationToken" type="hidden" value="' + "CfDJ8" + "Kq3mN7pX2vR9sT4wY6zA1bC5dE8fG0hJ" * 4 + '" />')
    return page("s33-16", family="commune_portal_telecom_eportal_byline_between_sapo_and_text",
                name="tuyenquang-yenson-xa-telecom-group-commune-eportal-aspnet-core-h1-time-first-hh-mm-am-dd-mm-yyyy-bold-sapo-then-pen-icon-byline-name-dash-unit-then-text-vp-figure-caps-crumb-tin-dia-phuong",
                url=url, art=A16, main_fn=main, pub=pub, prefix="vpys", kb=204,
                org="UBND xã Yên Sơn", addr="Xã Yên Sơn, tỉnh Tuyên Quang", phone="0207.3872.118",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "vportal", "head_extra": head, "title": A16.title + " | Cổng TTĐT xã Yên Sơn", "items": MENU_GOV, "left": left},
                exp=expected(A16, iso(pub), author=BY16A, unit=BY16U, category="Tin địa phương"),
                traps={"bylines": [f"{BY16A} - {BY16U}"], "chrome": ["Tin cùng chuyên mục", "Tin nổi bật", "Lịch làm việc UBND xã", "Thủ tục hành chính", "Chia sẻ Facebook"], "related": lambda rl: rl[:5]},
                notes="A commune's SOLIDARITY DAY on a telecom group's commune e-portal product (ASP.NET Core, 2025): the byline is printed BETWEEN the bold sapo and the text, with a pen icon: 'Lý Thị Hà - Văn phòng HĐND và UBND xã' → author + unit; not body, and the text starts after it. Stamp time-first with an English AM: '08:15 AM 16/01/2026' → 2026-01-16T08:15:00+07:00 (set 29); the header clock prints the crawl moment in the same shape. Category 'Tin địa phương' (the crumb's last level under the generic 'Tin tức - Sự kiện'). Captions p.vp-figure__cap.",
                readme="A telecom group's commune e-portal (ASP.NET Core), a SOLIDARITY DAY: the byline 'Name - unit' printed BETWEEN the bold sapo and the text, a time-first AM stamp '08:15 AM 16/01/2026' (header clock in the same shape), crumb 'Tin địa phương'")


# ===================================================================== 17 Đảng ủy a university in Cần Thơ: TYPO3 13 LTS + EXT:news; the date/category/author row ABOVE the text, a plain .lead teaser; a dotted date-only stamp
A17 = Art("Đảng bộ Trường tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
          "Ngày 7/4, Đảng ủy Trường tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho hơn 420 cán bộ, đảng viên, giảng viên và đại diện sinh viên là đảng viên.",
          [("p", "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 14 chi bộ trực thuộc. Các báo cáo viên đã truyền đạt những nội dung cơ bản, cốt lõi của Văn kiện Đại hội XIV, nhất là những quan điểm mới về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia."),
           ("img", "/fileadmin/user_upload/tin-tuc/2026/hoi-nghi-nghi-quyet-xiv.jpg", "Quang cảnh hội nghị tại hội trường chính của Trường"),
           ("p", "Báo cáo viên nhấn mạnh yêu cầu gắn học tập Nghị quyết với nhiệm vụ chính trị của nhà trường: nâng cao chất lượng đào tạo kỹ sư các ngành công nghệ chiến lược, đẩy mạnh hợp tác doanh nghiệp, thương mại hóa kết quả nghiên cứu."),
           ("p", "Kết luận hội nghị, đồng chí Bí thư Đảng ủy, Hiệu trưởng Nhà trường yêu cầu các chi bộ xây dựng chương trình hành động cụ thể, hoàn thành trước ngày 30/4/2026; mỗi đảng viên viết bài thu hoạch gắn với nhiệm vụ chuyên môn."),
           ("img", "/fileadmin/user_upload/tin-tuc/2026/sinh-vien-dang-vien.jpg", "Sinh viên là đảng viên tham dự hội nghị")])
BY17 = "TS. Phan Văn Đức"


def page17():
    pub = T("2026-04-08")
    site = "https://dangbo.ctu-tech.edu.vn"
    url = f"{site}/tin-tuc/chi-tiet/dang-bo-truong-to-chuc-hoi-nghi-hoc-tap-quan-triet-nghi-quyet-dai-hoi-xiv-cua-dang"

    def dot(d):
        return d.strftime("%d.%m.%Y")

    def main(rng, rl, rd):
        img = lambda s, c, n: (f'<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><a href="{s}" title="" class="lightbox" rel="lightbox[myImageSet]">'
                               f'<img src="{s}" width="720" height="480" alt="" /></a></div><p class="news-img-caption">{esc(c)}</p></div></div>')
        rel = "".join(f'<li><span class="news-related-items-date">{dot(d)}</span> <a href="{site}/tin-tuc/chi-tiet/{slug(t)[:50]}">{esc(t)}</a></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
                f'<div class="header"><h1 itemprop="headline">{esc(A17.title)}</h1></div>'
                f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{isod(pub)}">{dot(pub)}</time></span>'
                f'<span class="news-list-category">Hoạt động Đảng bộ</span><span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">'
                f'Viết bởi <span itemprop="name">{BY17}</span></span></p></div>'
                f'<div class="lead" itemprop="description"><p>{esc(A17.lead)}</p></div>'
                f'<div class="news-text-wrap" itemprop="articleBody">{Art("", None, A17.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}</div>'
                f'<div class="news-related news-related-news"><h4>Tin liên quan</h4><ul>{rel}</ul></div>'
                f'<div class="news-backlink-wrap"><a href="/tin-tuc">Quay lại</a></div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dot, "Tin mới nhất", "frame frame-type-news_newsliststicky latest", 6, writer_fmt="Viết bởi {w}", numbered=False)
                + '<div class="frame frame-type-text events"><h3>Sự kiện sắp tới</h3><ul><li>15.04.2026 — Hội nghị sơ kết quý I công tác Đảng</li><li>26.04.2026 — Lễ kết nạp đảng viên là sinh viên</li></ul></div>')

    top = '<a class="navbar-brand" href="/"><img src="/_assets/8f3b2c/Images/logo-dang-bo.svg" alt="Đảng bộ Trường" height="52" /></a><div class="lang-menu"><a href="/" class="active">VI</a> <a href="/en/">EN</a></div>'
    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li>'
              '<li class="breadcrumb-item active" aria-current="page"><span>Chi tiết</span></li></ol></nav>')
    head = ('<meta name="generator" content="TYPO3 CMS" />' + og(A17.title, url, {"og:description": A17.lead})
            + '<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3a1f9b2c.css?1712476800" media="all" />'
            + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A17.title, "datePublished": "2026-04-08T07:35:00+07:00", "author": {"@type": "Person", "name": BY17}}))
    return page("s33-17", family="university_party_typo3_13_ext_news_detail_meta_row_above_text",
                name="cantho-university-dangbo-typo3-13-lts-ext-news-detail-h1-footer-row-above-text-dd-mm-yyyy-dotted-time-date-only-news-list-category-viet-boi-dr-name-plain-lead-div-news-img-caption",
                url=url, art=A17, main_fn=main, pub=pub, prefix="t3news", kb=208,
                org="Đảng bộ Trường Đại học Kỹ thuật - Công nghệ Cần Thơ", addr="Phường Ninh Kiều, thành phố Cần Thơ", phone="0292.3898.167",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "typo3", "head_extra": head, "title": A17.title + ": Đảng bộ Trường", "items": MENU_GOV},
                exp=expected(A17, isod(pub), author=BY17, category="Hoạt động Đảng bộ"),
                traps={"meta": ["Viết bởi", "Quay lại"], "chrome": ["Tin liên quan", "Tin mới nhất", "Sự kiện sắp tới"], "related": lambda rl: rl[:5]},
                notes="A university Party committee's RESOLUTION-STUDY conference on TYPO3 13 LTS (a first for these sets) with EXT:news's detail view: h1 headline, then the template's div.footer row printed ABOVE the text ('08.04.2026' in <time datetime='2026-04-08'> — date only, no offset; span.news-list-category 'Hoạt động Đảng bộ'; 'Viết bởi TS. Phan Văn Đức'), then div.lead (the teaser, printed plain, NOT bold) and the text. Expected: published '2026-04-08' (date only; JSON-LD's 07:35 is not added to a date-only stamp, set 25); author 'TS. Phan Văn Đức' (degree kept); category 'Hoạt động Đảng bộ' (the row's category; the crumb ends in the generic 'Chi tiết'); lead = div.lead. 'Tin mới nhất' prints 'Viết bởi <name>' and dotted dates for other items; 'Sự kiện sắp tới' future days. Captions p.news-img-caption.",
                readme="TYPO3 13 LTS + EXT:news (a stack no set had used), a RESOLUTION-STUDY conference: the date / category / 'Viết bởi TS. Name' row ABOVE the text, a dotted date-only stamp '08.04.2026' in a <time> with a date-only datetime, a plain div.lead teaser, p.news-img-caption, a generic crumb")


# ===================================================================== 18 Đảng ủy a Vietnamese-Russian joint venture (TP.HCM): 1C-Bitrix news.detail; date-only 'DD.MM.YYYY'; writer and unit in the properties block after the text
A18 = Art("Đảng ủy Liên doanh tổng kết năm 2025, phát động thi đua hoàn thành kế hoạch khai thác năm 2026",
          "Ngày 17/12, Đảng ủy Liên doanh Việt - Nga tổ chức hội nghị tổng kết công tác xây dựng Đảng và thực hiện nhiệm vụ sản xuất, kinh doanh năm 2025; phát động phong trào thi đua hoàn thành kế hoạch khai thác năm 2026.",
          [("p", "Năm 2025, Liên doanh khai thác hơn 3 triệu tấn dầu thô, vượt 4,2% kế hoạch; đưa 12 giếng mới vào khai thác, hoàn thành lắp đặt giàn nhẹ tại mỏ phía Nam an toàn, đúng tiến độ. Công tác an toàn, sức khỏe và môi trường được bảo đảm, không để xảy ra sự cố nghiêm trọng."),
           ("img", "/upload/iblock/3c1/tong-ket-dang-uy-2025.jpg", "Đồng chí Bí thư Đảng ủy phát biểu tại hội nghị"),
           ("p", "Công tác xây dựng Đảng có nhiều đổi mới: Đảng ủy hoàn thành sắp xếp các chi bộ trực thuộc theo mô hình tổ chức mới của Liên doanh; kết nạp 46 đảng viên mới, trong đó có 19 kỹ sư làm việc trên các giàn khoan ngoài khơi."),
           ("table", [["Chỉ tiêu", "Kế hoạch 2025", "Thực hiện 2025"],
                      ["Khai thác dầu thô (nghìn tấn)", "2.900", "3.022"],
                      ["Giếng mới đưa vào khai thác", "10", "12"],
                      ["Đảng viên mới kết nạp", "40", "46"]]),
           ("p", "Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy đề nghị các chi bộ tăng cường lãnh đạo công tác an toàn, tiết giảm chi phí, đẩy mạnh ứng dụng công nghệ số trong quản lý khai thác; mỗi đảng viên là một tấm gương trong thực hiện nhiệm vụ tại các công trình biển."),
           ("img", "/upload/iblock/7e9/trao-co-thi-dua.jpg", "Trao cờ thi đua cho các chi bộ xuất sắc")])
BY18A, BY18U = "Nguyễn Đình Khoa", "Ban Tuyên giáo Đảng ủy Liên doanh"


def page18():
    pub = T("2025-12-18")
    site = "https://dangbo.vsp-jv.vn"
    url = f"{site}/tin-tuc/cong-tac-dang/tong-ket-nam-2025-phat-dong-thi-dua-2026/"

    def bx(d):
        return d.strftime("%d.%m.%Y")

    def main(rng, rl, rd):
        img = lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" border="0" /><br /><i>{esc(c)}</i></p>'
        tbl = lambda rows: '<table class="data-table" border="1" cellpadding="4"><tbody>' + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>"
        eid = rng.randint(20000, 29999)
        rel = "".join(f'<div class="news-item"><span class="news-date-time">{bx(d)}</span> <a href="{site}/tin-tuc/cong-tac-dang/{slug(t)[:40]}/"><b>{esc(t)}</b></a></div>' for t, d in zip(rl[:5], rd))
        return (f'<h1 id="pagetitle">{esc(A18.title)}</h1><div class="news-detail" id="bx_{hexid(rng, 10)}_{eid}">'
                f'<img class="detail_picture" border="0" src="/upload/iblock/a1b/anons-tong-ket.jpg" width="720" alt="" />'
                f'<span class="news-date-time">{bx(pub)}</span>'
                f'<div class="news-detail-preview"><b>{esc(A18.lead)}</b></div>'
                f'<div class="news-detail-text">{Art("", None, A18.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", img=img, table=tbl, sep="")}</div>'
                f'<div style="clear:both"></div><br />'
                f'<div class="news-detail-properties">Tác giả:&nbsp;{BY18A}<br />Đơn vị:&nbsp;{BY18U}<br />Lượt xem:&nbsp;318<br /></div>'
                f'<div class="news-detail-share"><noindex><a href="#" rel="nofollow">Chia sẻ</a></noindex></div></div>'
                f'<p><a href="/tin-tuc/cong-tac-dang/">Trở lại danh sách</a></p><div class="news-list other"><h3>Tin khác</h3>{rel}</div>')

    def side(rng, p):
        return (mostread(rng, p, bx, "Đọc nhiều", "bx-most", 6, writer_fmt="Tác giả: {w}", numbered=False)
                + f'<div class="oil-price"><h3>Giá dầu thô</h3><p>Brent: 61,84 USD/thùng</p><p>WTI: 57,91 USD/thùng</p><p class="upd">Cập nhật {bx(p)} 09:00</p></div>'
                + '<div class="lang"><a href="/" class="selected">Tiếng Việt</a> | <a href="/ru/">Русский</a></div>')

    top = '<div class="bx-logo"><a href="/"><img src="/local/templates/vsp_party/images/logo.png" alt="Đảng bộ Liên doanh Việt - Nga" /></a></div><div class="bx-date">Hôm nay: ' + "</div>"

    def topf(rng, p):
        return top.replace("Hôm nay: ", f"Hôm nay: {bx(p + timedelta(days=1))}")

    crumbs = ('<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="Trang chủ" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></div>'
              '<div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-right"></i><a href="/tin-tuc/" title="Tin tức" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></div>'
              '<div class="bx-breadcrumb-item" id="bx_breadcrumb_2" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-right"></i><a href="/tin-tuc/cong-tac-dang/" title="Công tác Đảng" itemprop="item"><span itemprop="name">Công tác Đảng</span></a><meta itemprop="position" content="3" /></div>')
    bxmsg = dump({"LANGUAGE_ID": "vi", "FORMAT_DATE": "DD.MM.YYYY", "FORMAT_DATETIME": "DD.MM.YYYY HH:MI:SS", "COOKIE_PREFIX": "BITRIX_SM", "SERVER_TZ_OFFSET": "25200",
                  "SITE_ID": "s1", "SITE_DIR": "/", "USER_ID": "", "SERVER_TIME": 1766054400, "USER_TZ_OFFSET": "0", "bitrix_sessid": "e5c1f0a9b27d4c8e3f6a1b2c9d0e7f41"})
    head = ('<script type="text/javascript">if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess===\'object\'){for(let i in mess) {BX.message[i]=mess[i];} return true;}};</script>'
            f'<script type="text/javascript">(window.BX||top.BX).message({bxmsg});</script>'
            '<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1712345678231232"></script><link href="/bitrix/templates/vsp_party/template_styles.css?17123456789876" type="text/css" rel="stylesheet" />'
            + og(A18.title, url))
    return page("s33-18", family="enterprise_party_1c_bitrix_news_detail_properties_after_text",
                name="hcmc-vietnga-jv-dang-uy-1c-bitrix-news-detail-h1-pagetitle-detail-picture-news-date-time-dd-mm-yyyy-dotted-date-only-bold-preview-lead-data-table-i-captions-properties-tac-gia-don-vi-after-text",
                url=url, art=A18, main_fn=main, pub=pub, prefix="bxvsp", kb=230,
                org="Đảng bộ Liên doanh Việt - Nga", addr="Phường Vũng Tàu, Thành phố Hồ Chí Minh", phone="0254.3839.871",
                crumbs=crumbs, top=topf, side=side,
                shell_kw={"layout": "bitrix", "head_extra": head, "title": A18.title, "items": MENU_NEWS},
                exp=expected(A18, isod(pub), author=BY18A, unit=BY18U, category="Công tác Đảng"),
                traps={"props": ["Tác giả:", "Lượt xem:", "Trở lại danh sách"], "chrome": ["Tin khác", "Giá dầu thô", "Đọc nhiều"], "related": lambda rl: rl[:5]},
                notes="A year-end CONFERENCE of the Party committee of a Vietnamese-Russian oil joint venture on 1C-Bitrix: Site Management (a first for these sets; BX.message config, /bitrix/ and /upload/iblock/ paths, bx-breadcrumb items), the standard news.detail template: the page h1#pagetitle, the detail picture (no caption), span.news-date-time '18.12.2025' (Bitrix's FORMAT_DATE 'DD.MM.YYYY', date only), the bold preview text (the anons) as the lead, the detail text (a data table, two centred <i> captions after a <br>), then the PROPERTIES block after the text 'Tác giả: Nguyễn Đình Khoa' / 'Đơn vị: Ban Tuyên giáo Đảng ủy Liên doanh' / 'Lượt xem: 318'. Expected: '2025-12-18' (date only; SERVER_TIME in the config is not a stamp); author + labelled unit; category 'Công tác Đảng' (the crumb); the oil-price box's 'Cập nhật 18.12.2025 09:00' is the box's (set 32); 'Đọc nhiều' prints dotted dates and 'Tác giả: <name>' for other items.",
                readme="1C-Bitrix news.detail (a stack no set had used), an enterprise Party committee's year-end CONFERENCE: h1#pagetitle, a dotted date-only 'DD.MM.YYYY' stamp, the bold preview as lead, a data table, <i> captions after a <br>, the PROPERTIES block AFTER the text ('Tác giả:' / 'Đơn vị:'), an oil-price box 'Cập nhật dd.mm.yyyy 09:00'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
