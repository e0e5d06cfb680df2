"""Set 44 pages 10-18: competing stamps and names on WordPress + Zox News, Joomla 3.10 + JA Magz, Drupal 9 + the
bootstrap4 theme, a vendor's ASP.NET WebForms CMS with a user control in a PlaceHolder, a press CMS's print-edition
article view, Joomla 4.4 + Helix Ultimate 2, and three stacks no set had used (Mezzanine 6, HubSpot CMS, Squarespace 7.1).
Page 10 carries the set's third twist (an editor's credit after ' - ' on the writer's signature line,
'Ngọc Trâm - Biên tập: Lê Hoàng Duy')."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, heads14, past
from .kit import og, jsonld
from .base import page
from .p_01_pages import jp, bold, banner, side_of, fig, tcap, pem, dtable, expected_, lst, newer, MENU_PARTY, MENU_MASS, MENU_TGDV

MENU_PRESS = [
    ("Thời sự", ["Chính trị", "Xây dựng Đảng", "Chính quyền hai cấp"]),
    ("Kinh tế", ["Nông nghiệp", "Công nghiệp", "Doanh nghiệp"]),
    ("Xã hội", ["Giáo dục", "Y tế", "Lao động - Việc làm"]),
    ("Văn hóa", ["Di sản", "Du lịch", "Văn nghệ"]),
    ("Báo in", ["Số mới nhất", "Tra cứu số cũ"]),
    ("Multimedia", ["Video", "Ảnh", "Podcast"]),
]
MENU_UNION = [
    ("Giới thiệu", ["Liên đoàn Lao động tỉnh", "Ban Chấp hành", "Các ban chuyên đề"]),
    ("Hoạt động công đoàn", ["Quan hệ lao động", "Chăm lo đời sống", "Công đoàn cơ sở"]),
    ("Pháp luật", ["Tư vấn pháp luật", "Văn bản mới"]),
    ("Thi đua", ["Gương điển hình", "Lao động sáng tạo"]),
]


# ===================================================================== 10 Hội Nhà báo thành phố Cần Thơ: WordPress + Zox News; TWIST an editor's credit after ' - ' on the writer's signature line
A10 = Art("Hơn 80 hội viên tham gia lớp bồi dưỡng kỹ năng làm báo đa phương tiện",
          "Ngày 6/10, Hội Nhà báo thành phố khai giảng lớp bồi dưỡng kỹ năng sản xuất tác phẩm báo chí đa phương tiện cho hơn 80 hội viên đang công tác tại các cơ quan báo chí, trang thông tin điện tử của các xã, phường.",
          [("p", "Trong 4 ngày, học viên được các giảng viên, nhà báo giàu kinh nghiệm hướng dẫn kỹ năng viết cho báo điện tử, quay dựng video ngắn bằng điện thoại, thiết kế infographic và xây dựng kịch bản podcast."),
           ("p", "Nhà báo Đỗ Thanh Tâm, Phó Chủ tịch Hội Nhà báo thành phố, cho biết lớp học được thiết kế theo hướng thực hành: mỗi nhóm học viên phải hoàn thành một tác phẩm đa phương tiện về đề tài chính quyền địa phương hai cấp."),
           ("img", "/wp-content/uploads/2027/10/hoc-vien-thuc-hanh-quay-video.jpg", "Học viên thực hành quay video bằng điện thoại"),
           ("p", "Nhiều học viên là cán bộ phụ trách trang thông tin điện tử của các xã, phường sau sắp xếp. Chị Trần Ngọc Yến, phường Ninh Kiều, chia sẻ: “Trang thông tin của phường cần đăng tin nhanh, có hình ảnh, video; lớp học giúp tôi biết cách làm một bản tin hoàn chỉnh chỉ với chiếc điện thoại.”"),
           ("img", "/wp-content/uploads/2027/10/giang-vien-huong-dan-infographic.jpg", "Giảng viên hướng dẫn học viên thiết kế infographic"),
           ("p", "Kết thúc khóa học, các tác phẩm xuất sắc sẽ được giới thiệu trên các ấn phẩm của Hội và tham gia giải báo chí thành phố năm 2028.")])
SIG10, WRITER10, EDITOR10 = "Ngọc Trâm - Biên tập: Lê Hoàng Duy", "Ngọc Trâm", "Lê Hoàng Duy"


def page10():
    pub = T("2027-10-07 14:30")
    site = "https://hoinhabaocantho.example"
    url = f"{site}/hon-80-hoi-vien-tham-gia-lop-boi-duong-ky-nang-lam-bao-da-phuong-tien/"

    def img(s, c, n):
        if n == 1:
            return (f'<div id="attachment_{5120 + n}" style="width: 810px" class="wp-caption aligncenter"><img class="size-full wp-image-{5120 + n}" src="{s}" alt="" width="800" height="533" />'
                    f'<p class="wp-caption-text">{esc(c)}</p></div>')
        return f'<figure class="wp-block-image size-large"><img src="{s}" alt="" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A10.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="\n")
        more = "".join(f'<li><a href="{site}/{slug(t)[:60]}/"><div class="mvp-mob-story-text"><h2>{esc(t)}</h2><span class="mvp-cd-date">{dmy(d)}</span></div></a></li>' for t, d in zip(rl[2:6], rd))
        return (f'<article id="mvp-article-wrap" itemscope itemtype="http://schema.org/NewsArticle"><div id="mvp-article-cont" class="left relative"><div id="mvp-post-main" class="left relative">'
                f'<header id="mvp-post-head" class="left relative"><h3 class="mvp-post-cat left relative"><a class="mvp-post-cat-link" href="{site}/chuyen-muc/hoat-dong-hoi/"><span class="mvp-post-cat left">Hoạt động Hội</span></a></h3>'
                f'<h1 class="mvp-post-title left entry-title" itemprop="headline">{esc(A10.title)}</h1><span class="mvp-post-excerpt left"><p>{esc(A10.lead)}</p></span>'
                f'<div class="mvp-author-info-wrap left relative"><div class="mvp-author-info-thumb left relative"><img src="/wp-content/uploads/avatar-bbt.png" alt="" width="46" height="46" /></div>'
                f'<div class="mvp-author-info-text left relative"><div class="mvp-author-info-date left relative"><p>Đăng lúc</p> <span class="mvp-post-date">{hm(pub)}, {dmy(pub)}</span>'
                f'<meta itemprop="datePublished" content="{iso(pub)}" /></div><div class="mvp-author-info-name left relative" itemprop="author"><p>Bởi</p> <span class="author-name vcard fn author"><a href="{site}/author/banbientap/">Ban Biên tập</a></span></div></div></div></header>'
                f'<div id="mvp-post-content" class="left relative"><div id="mvp-content-wrap" class="left relative"><div id="mvp-content-body" class="left relative"><div id="mvp-content-main" class="left relative">{body}\n'
                f'<p style="text-align: right;"><strong>{esc(SIG10)}</strong></p></div>'
                f'<div class="mvp-post-tags"><span class="mvp-post-tags-header">Thẻ:</span><span itemprop="keywords"><a href="{site}/tag/boi-duong-nghiep-vu/" rel="tag">bồi dưỡng nghiệp vụ</a><a href="{site}/tag/bao-chi-so/" rel="tag">báo chí số</a></span></div>'
                f'<div class="posts-nav-link"></div><div id="mvp-prev-next-wrap" class="left relative"><div class="mvp-prev-post-wrap left relative"><a href="{site}/{slug(rl[0])[:60]}/" rel="bookmark"><span class="mvp-prev-arr fa fa-chevron-left left"></span><div class="mvp-prev-next-text left relative"><span class="mvp-prev-next-label left relative">Bài trước</span><p>{esc(rl[0])}</p></div></a></div>'
                f'<div class="mvp-next-post-wrap right relative"><a href="{site}/{slug(rl[1])[:60]}/" rel="bookmark"><div class="mvp-prev-next-text left relative"><span class="mvp-prev-next-label left relative">Bài tiếp theo</span><p>{esc(rl[1])}</p></div></a></div></div>'
                f'<div id="mvp-related-posts" class="left relative"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">Có thể bạn quan tâm</span></h4><ul class="mvp-related-posts-list left related">{more}</ul></div>'
                f'</div></div></div></div></div></article>')

    def left(rng, p):
        items = newer(p, heads14(rng, 4), hours=(2, 5, 20, 26))
        li = "".join(f'<li><a href="{site}/{slug(t)[:50]}/">{esc(t)}</a> <span class="mvp-feat1-info">{hm(d)} {dmy(d)}</span></li>' for t, d in items)
        return f'<div id="mvp-breaking-wrap"><span class="mvp-breaking-head">Mới nhất</span><ul class="mvp-breaking-list">{li}</ul></div>'

    top = lambda rng, p: f'<div class="mvp-nav-logo"><a href="{site}/" itemprop="url"><img src="/wp-content/uploads/logo-hnb-ct.png" alt="Hội Nhà báo thành phố Cần Thơ" /></a><span class="mvp-site-name">Hội Nhà báo thành phố Cần Thơ</span></div>'
    head = og(A10.title, url, {"article:published_time": iso(pub)}) + '<meta name="generator" content="WordPress 6.6.2" /><link rel="stylesheet" id="mvp-custom-style-css" href="/wp-content/themes/zox-news/style.css?ver=3.16.1" media="all" />'
    return page("s44-10", family="journalists_association_wp_zox_news_editor_credit_after_dash_on_signature",
                name="cantho-hoinhabao-wordpress-zox-news-breaking-ticker-hh-mm-dd-mm-yyyy-category-label-over-h1-post-excerpt-lead-dang-luc-hh-mm-comma-dd-mm-yyyy-boi-account-wp-caption-and-figcaption-signature-name-dash-bien-tap-editor",
                url=url, art=A10, main_fn=main, pub=pub, prefix="hnbct", kb=232,
                org="Hội Nhà báo thành phố Cần Thơ", addr="Phường Ninh Kiều, thành phố Cần Thơ", phone="0292.3820.447",
                crumbs="", top=top, side=side_of(lambda d: f"{dmy(d)}", "Đọc nhiều", "mvp-most", docs=False),
                shell_kw={"layout": "zox", "head_extra": head, "items": MENU_PRESS, "left": left},
                exp=expected_(A10, iso(pub), author=WRITER10, unit=None, category="Hoạt động Hội"),
                traps={"editor": [f"Biên tập: {EDITOR10}", EDITOR10], "signature": [SIG10], "account": ["Ban Biên tập"], "prev_next": lambda rl: rl[:2],
                       "chrome": ["Mới nhất", "Có thể bạn quan tâm", "Bài tiếp theo", "Đọc nhiều"], "related": lambda rl: rl[2:6]},
                notes="TWIST (an editor's credit after ' - ' on the writer's signature line). WordPress + Zox News (MVP Themes) on a city journalists' association's site. The signature after the text, bold and right-aligned, reads 'Ngọc Trâm - Biên tập: Lê Hoàng Duy': the writer, then — after ' - ', where 'Name - unit' puts a unit and 'A - B' a second writer — the EDITOR's labelled credit, the newsroom's habit of naming who edited the item. → author 'Ngọc Trâm', author_unit NULL: 'Biên tập:' labels an editor, neither an organisation nor a writer. A reader applying 'Name - unit' stores author_unit 'Biên tập: Lê Hoàng Duy'; one applying 'A - B' stores 'Ngọc Trâm, Lê Hoàng Duy' (or 'Biên tập: Lê Hoàng Duy' as a writer) — silently. The theme's author box prints 'Bởi Ban Biên tập' (the site's editorial-board account: no writer). The stamp: 'Đăng lúc 14:30, 07/10/2027' in the author box → 2027-10-07T14:30; the 'Mới nhất' ticker above the header prints newer items 'HH:MM dd/mm/yyyy' (hours and a day later); 'Có thể bạn quan tâm' prints days. Lead: Zox's post excerpt under the h1 (a manual excerpt, set 42). Captions: a wp-caption and a block figcaption. Category 'Hoạt động Hội' (the category label over the h1; no crumb). The text opens on 'Ngày 6/10' (the course's first day).",
                readme="TWIST — WordPress + Zox News, a journalists' association's training course: the signature 'Ngọc Trâm - Biên tập: Lê Hoàng Duy' — an EDITOR's labelled credit after ' - ' where a unit or a second writer would go (author the writer only, unit null); 'Bởi Ban Biên tập' (account); 'Đăng lúc HH:MM, dd/mm/yyyy'; a 'Mới nhất' ticker with newer stamps; the post excerpt as lead; category label over the h1")


# ===================================================================== 11 Liên đoàn Lao động tỉnh Thái Nguyên: Joomla 3.10 + JA Magz II; a breaking-news bar with days; created + modified in Joomla's long form
A11 = Art("Công đoàn xã Phú Bình ký thỏa ước lao động tập thể nhóm với 12 doanh nghiệp",
          "Công đoàn xã Phú Bình vừa tổ chức ký kết thỏa ước lao động tập thể nhóm với 12 doanh nghiệp ngoài nhà nước trên địa bàn, mang lại quyền lợi cao hơn quy định của pháp luật cho gần 1.900 người lao động.",
          [("p", "Theo thỏa ước, người lao động được hưởng nhiều quyền lợi tốt hơn như: hỗ trợ tiền ăn ca tối thiểu 25.000 đồng/bữa, hỗ trợ tiền nhà trọ 300.000 đồng/tháng cho lao động ở xa, tặng quà sinh nhật và tổ chức khám sức khỏe định kỳ mỗi năm một lần."),
           ("p", "Để đi đến ký kết, Công đoàn xã đã tổ chức 6 cuộc đối thoại, thương lượng với đại diện các doanh nghiệp, lấy ý kiến người lao động tại từng đơn vị; 98,7% người lao động được lấy ý kiến đồng ý với nội dung thỏa ước."),
           ("img", "/images/2027/09/ky-ket-thoa-uoc-phu-binh.jpg", "Đại diện Công đoàn xã và các doanh nghiệp ký kết thỏa ước"),
           ("p", "Ông Dương Văn Khải, Giám đốc Công ty TNHH May Hà Châu, một trong 12 doanh nghiệp tham gia, cho biết thỏa ước giúp doanh nghiệp giữ chân người lao động, giảm tình trạng nhảy việc sau Tết."),
           ("p", "Đây là thỏa ước lao động tập thể nhóm đầu tiên ở cấp xã trên địa bàn tỉnh từ khi thực hiện mô hình chính quyền địa phương hai cấp. Liên đoàn Lao động tỉnh sẽ tổng kết, nhân rộng cách làm này trong năm 2028.")])
BY11, WRITER11, UNIT11 = "Bài và ảnh: Lương Thị Hồng (Công đoàn xã Phú Bình)", "Lương Thị Hồng", "Công đoàn xã Phú Bình"


def page11():
    pub = T("2027-09-17 09:45")
    upd = T("2027-09-18 08:00")
    site = "https://congdoanthainguyen.org.vn"
    url = f"{site}/quan-he-lao-dong/1874-cong-doan-xa-phu-binh-ky-thoa-uoc-lao-dong-tap-the-nhom-voi-12-doanh-nghiep.html"

    def jd(d):
        return f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"

    def main(rng, rl, rd):
        body = A11.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<figure class="pull-center"><img src="{s}" alt="{esc(c, True)}" /><figcaption class="caption">{esc(c)}</figcaption></figure>', sep="\n")
        return (f'<div class="item-page clearfix" itemscope itemtype="https://schema.org/Article"><div class="article-header"><h1 class="article-title" itemprop="headline">{esc(A11.title)}</h1></div>'
                f'<aside class="article-aside clearfix"><dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author"><i class="fa fa-user"></i> Viết bởi <span itemprop="name">ldld_thainguyen</span></dd>'
                f'<dd class="category-name"><i class="fa fa-folder-open"></i> Chuyên mục: <a href="{site}/quan-he-lao-dong.html" itemprop="genre">Quan hệ lao động</a></dd>'
                f'<dd class="published"><i class="fa fa-calendar"></i> <time datetime="{iso(pub)}" itemprop="datePublished">Ngày đăng: {jd(pub)}</time></dd>'
                f'<dd class="modified"><i class="fa fa-calendar"></i> <time datetime="{iso(upd)}" itemprop="dateModified">Ngày cập nhật: {jd(upd)}</time></dd>'
                f'<dd class="hits"><i class="fa fa-eye"></i> Lượt xem: 428</dd></dl></aside>'
                f'<section class="article-intro clearfix" itemprop="articleBody"><p>{esc(A11.lead)}</p></section>'
                f'<section class="article-content clearfix">{body}\n<p style="text-align: right;"><em>{esc(BY11)}</em></p></section>'
                f'<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{esc(rl[0], True)}" href="{site}/quan-he-lao-dong/1871-{slug(rl[0])[:50]}.html" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li>'
                f'<li class="next"><a class="hasTooltip" title="{esc(rl[1], True)}" href="{site}/quan-he-lao-dong/1877-{slug(rl[1])[:50]}.html" rel="next">Tiếp theo <span class="icon-chevron-right"></span></a></li></ul></div>'
                + lst(site, "/quan-he-lao-dong/", list(zip(rl[2:6], rd)), lambda d: f"{dmy(d)}", cls="ja-related", head="Các bài viết khác", start=1840))

    def left(rng, p):
        items = newer(p, heads14(rng, 4), hours=(4, 9, 27, 52))
        li = "".join(f'<li><a href="{site}/tin-tuc/{slug(t)[:50]}.html">{esc(t)}</a> <span class="date">- {dmy(d)}</span></li>' for t, d in items)
        return f'<div class="ja-news-ticker"><span class="ticker-title">Tin nóng</span><ul class="ticker-list">{li}</ul></div>'

    crumbs = (f'<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="active"><span class="hasTooltip"><i class="fa fa-map-marker"></i></span></li>'
              f'<li><a href="{site}/" class="pathway">Trang chủ</a><span class="divider">/</span></li><li><a href="{site}/hoat-dong-cong-doan.html" class="pathway">Hoạt động công đoàn</a><span class="divider">/</span></li>'
              f'<li><a href="{site}/quan-he-lao-dong.html" class="pathway">Quan hệ lao động</a><span class="divider">/</span></li><li class="active"><span>{esc(A11.title)}</span></li></ul>')
    head = og(A11.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/templates/ja_magz_ii/css/themes/red/template.css" rel="stylesheet" />'
    return page("s44-11", family="labour_federation_joomla310_ja_magz_breaking_bar_created_and_modified",
                name="thainguyen-ldld-joomla310-ja-magz-ii-tin-nong-ticker-dd-mm-yyyy-pathway-ending-in-headline-article-info-viet-boi-account-ngay-dang-ngay-cap-nhat-weekday-dd-thang-m-yyyy-hh-mm-plain-intro-figcaption-bai-va-anh-name-paren-unit",
                url=url, art=A11, main_fn=main, pub=pub, prefix="ldtn", kb=208,
                org="Liên đoàn Lao động tỉnh Thái Nguyên", addr="Phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.129",
                crumbs=crumbs, top=banner("/images/logo-ldld.png", "Liên đoàn Lao động tỉnh Thái Nguyên"),
                side=side_of(lambda d: f"{dmy(d)}", "Đọc nhiều nhất", "ja-popular", docs=False),
                shell_kw={"layout": "jamagz", "head_extra": head, "items": MENU_UNION, "left": left},
                exp=expected_(A11, iso(pub), iso(upd), author=WRITER11, unit=UNIT11, photographer=WRITER11, category="Quan hệ lao động"),
                traps={"byline": [BY11], "account": ["ldld_thainguyen"], "chrome": ["Tin nóng", "Các bài viết khác", "Đọc nhiều nhất", "Lượt xem: 428"], "related": lambda rl: rl[2:6]},
                notes="Joomla 3.10 + JoomlArt's JA Magz II (T3 Framework). COMPETING STAMPS: the header's 'Tin nóng' bar lists four newer items each '- dd/mm/yyyy' (the first on the same day); the article-info block prints 'Ngày đăng: Thứ sáu, 17 Tháng 9 2027 09:45' and 'Ngày cập nhật: Thứ bảy, 18 Tháng 9 2027 08:00' (Joomla's long format under the vi-VN pack, each in its <time datetime> with the offset) → published 2027-09-17T09:45, updated 2027-09-18T08:00; 'Các bài viết khác' prints days. COMPETING NAMES: 'Viết bởi ldld_thainguyen' (the account); a company director quoted in the text; the writer's credit in italics after the text 'Bài và ảnh: Lương Thị Hồng (Công đoàn xã Phú Bình)' → author, unit (a commune's trade union) and photographer. Plain article-intro (lead). One figcaption. Category 'Quan hệ lao động' (the pathway ends in the headline after it; article-info's 'Chuyên mục:' agrees). The pager prints only 'Trước' / 'Tiếp theo' (the other headlines in tooltips).",
                readme="Joomla 3.10 + JA Magz II, a commune trade union's collective agreement: a 'Tin nóng' bar of newer items with days; 'Ngày đăng: Thứ sáu, dd Tháng m yyyy HH:MM' + 'Ngày cập nhật: …'; 'Viết bởi <account>'; plain intro; a figcaption; 'Bài và ảnh: Name (Công đoàn xã …)'; the pathway ends in the headline")


# ===================================================================== 12 Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai: Drupal 9 + the bootstrap4 theme; author, unit and approver fields; an italic summary; a plan's issue day in the text
A12 = Art("Đưa việc học tập và làm theo Bác vào nền nếp sinh hoạt chi bộ",
          "Sau hơn hai năm thực hiện mô hình chính quyền địa phương hai cấp, nhiều chi bộ trên địa bàn tỉnh đã đưa việc học tập và làm theo Bác thành nội dung thường xuyên trong sinh hoạt, gắn với những việc làm cụ thể ở khu dân cư.",
          [("h", "Cụ thể hóa bằng những việc làm nhỏ"),
           ("p", "Thực hiện Kế hoạch số 86-KH/TU ngày 12/8/2027 của Ban Thường vụ Tỉnh ủy, các chi bộ đăng ký ít nhất một việc làm cụ thể mỗi năm; đến nay toàn tỉnh có 1.746 chi bộ đăng ký với hơn 2.300 việc làm, tập trung vào giữ gìn vệ sinh môi trường, giúp đỡ hộ nghèo và cải cách thủ tục hành chính."),
           ("p", "Ở Chi bộ ấp 3, xã Phú Lý, mỗi kỳ sinh hoạt dành 15 phút để một đảng viên kể một câu chuyện về Bác và liên hệ với công việc của mình; các đảng viên đăng ký cụ thể việc làm theo và báo cáo kết quả vào cuối quý."),
           ("img", "/sites/default/files/2027-09/sinh-hoat-chuyen-de-chi-bo-ap-3.jpg", "Một buổi sinh hoạt chuyên đề của Chi bộ ấp 3, xã Phú Lý"),
           ("h", "Nêu gương phải đi liền với kiểm tra"),
           ("p", "Bên cạnh kết quả đạt được, việc học tập và làm theo Bác ở một số chi bộ còn hình thức, nội dung đăng ký chung chung, khó đánh giá. Một số cấp ủy chưa gắn việc làm theo với kiểm tra, giám sát và đánh giá, xếp loại đảng viên hằng năm."),
           ("p", "Thời gian tới, các cấp ủy cần lựa chọn những việc làm cụ thể, dễ kiểm tra, phù hợp với nhiệm vụ của từng chi bộ; đưa kết quả làm theo Bác thành một tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên cuối năm.")])
LEADIMG12 = ("/sites/default/files/styles/large/public/2027-09/dang-vien-ap-3-lam-sach-duong-lang.jpg", "Đảng viên Chi bộ ấp 3 ra quân làm sạch đường làng")
WRITER12, UNIT12, APPROVER12 = "ThS. Huỳnh Thị Ngọc Hà", "Phòng Lý luận chính trị và Lịch sử Đảng, Ban Tuyên giáo và Dân vận Tỉnh ủy", "Nguyễn Tấn Phát"


def page12():
    pub = T("2027-09-22 16:00")
    upd = T("2027-09-23 09:20")
    site = "https://tuyengiaodanvan.dongnai.dcs.vn"
    url = f"{site}/hoc-tap-va-lam-theo-bac/dua-viec-hoc-tap-va-lam-theo-bac-vao-nen-nep-sinh-hoat-chi-bo"

    def main(rng, rl, rd):
        body = A12.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<figure role="group" class="caption caption-img align-center"><img src="{s}" alt="" /><figcaption>{esc(c)}</figcaption></figure>',
                          h=lambda t: f"<h3>{esc(t)}</h3>", sep="\n")

        def field(name, label, value, cls="field--label-inline"):
            return (f'<div class="field field--name-field-{name} field--type-string {cls} clearfix"><div class="field__label">{esc(label)}</div><div class="field__item">{esc(value)}</div></div>')
        return (f'<div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>'
                f'<div id="block-tgdv-page-title" class="block block-core block-page-title-block"><h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">{esc(A12.title)}</span></h1></div>'
                f'<article role="article" class="node node--type-article node--promoted node--view-mode-full"><div class="node__meta"><span class="node-date">Đăng ngày: {dmy(pub)} - {hm(pub)}</span> <span class="node-changed">Cập nhật: {dmy(upd)} - {hm(upd)}</span></div>'
                f'<div class="node__content clearfix"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img src="{LEADIMG12[0]}" width="780" height="520" alt="" loading="lazy" class="image-style-large" /></div>'
                f'<div class="field field--name-field-image-caption field--label-hidden field__item"><p>{esc(LEADIMG12[1])}</p></div>'
                f'<div class="field field--name-field-tom-tat field--label-hidden field__item"><p><em>{esc(A12.lead)}</em></p></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>'
                + field("tac-gia", "Tác giả", WRITER12) + field("don-vi", "Đơn vị", UNIT12) + field("nguoi-duyet", "Người duyệt", APPROVER12)
                + f'<div class="field field--name-field-tags field--label-inline"><div class="field__label">Từ khóa</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/412" hreflang="vi">làm theo Bác</a></div><div class="field__item"><a href="/taxonomy/term/88" hreflang="vi">sinh hoạt chi bộ</a></div></div></div>'
                f'</div></article></div>'
                + lst(site, "/hoc-tap-va-lam-theo-bac/", list(zip(rl[:5], rd)), lambda d: f"{dmy(d)} - {hm(d)}", cls="view-cung-chuyen-muc", head="Cùng chuyên mục", ext=""))

    crumbs = (f'<nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb">'
              f'<li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tuyen-giao">Tuyên giáo</a></li><li class="breadcrumb-item"><a href="/hoc-tap-va-lam-theo-bac">Học tập và làm theo Bác</a></li></ol></nav>')
    head = og(A12.title, url, {"article:published_time": pub.isoformat(), "article:modified_time": upd.isoformat()}) + '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />'
    return page("s44-12", family="propaganda_mass_mobilisation_board_drupal9_bootstrap4_author_unit_approver_fields",
                name="dongnai-bantgdv-tinhuy-drupal9-bootstrap4-subtheme-breadcrumb-hoc-tap-va-lam-theo-bac-page-title-h1-dang-ngay-dd-mm-yyyy-dash-hh-mm-cap-nhat-image-field-caption-italic-tom-tat-h3-figcaption-fields-tac-gia-don-vi-nguoi-duyet",
                url=url, art=A12, main_fn=main, pub=pub, prefix="tgdn", kb=184,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai", addr="Phường Trấn Biên, tỉnh Đồng Nai", phone="0251.3822.640",
                crumbs=crumbs, top=banner("/themes/custom/tgdv/logo.png", "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"),
                side=side_of(lambda d: f"{dmy(d)} - {hm(d)}", "Bài viết mới", "view-moi", docs=True),
                shell_kw={"layout": "d9bs4", "head_extra": head, "items": MENU_TGDV, "left": f'<div class="header-date">{wd(upd + timedelta(days=2))}, {dmy(upd + timedelta(days=2))}</div>'},
                exp=expected_(A12, iso(pub), iso(upd), author=WRITER12, unit=UNIT12, category="Học tập và làm theo Bác", captions=[LEADIMG12[1]] + A12.captions),
                traps={"approver": [APPROVER12, "Người duyệt"], "chrome": ["Cùng chuyên mục", "Bài viết mới", "Từ khóa"], "related": lambda rl: rl[:5]},
                notes="Drupal 9 + the contributed 'bootstrap4' theme (a vendor's sub-theme; set 31's Drupal 10 vendor Bootstrap 5 theme is the near miss). node__meta: 'Đăng ngày: 22/09/2027 - 16:00' and 'Cập nhật: 23/09/2027 - 09:20' → published 2027-09-22T16:00, updated 2027-09-23T09:20. The text cites 'Kế hoạch số 86-KH/TU ngày 12/8/2027' (a plan's issue day, no stamp); 'Cùng chuyên mục' and the sidebar print 'dd/mm/yyyy - HH:MM' like the item; the header prints the crawl day. COMPETING NAMES: three inline fields AFTER the text — 'Tác giả: ThS. Huỳnh Thị Ngọc Hà', 'Đơn vị: Phòng Lý luận chính trị và Lịch sử Đảng, Ban Tuyên giáo và Dân vận Tỉnh ủy' (a unit holding a comma), 'Người duyệt: Nguyễn Tấn Phát' (the approver) → author and author_unit from the first two; the approver is no writer. Lead: the italic 'Tóm tắt' field. Captions: the image field's caption field (before the text), then a figcaption. Sub-headings h3 (body). Category 'Học tập và làm theo Bác' (the breadcrumb's last level).",
                readme="Drupal 9 + the bootstrap4 theme, a Party-building article: 'Đăng ngày: dd/mm/yyyy - HH:MM' + 'Cập nhật: …'; a plan's issue day in the text; an image field caption; italic 'Tóm tắt'; h3s; fields 'Tác giả:' / 'Đơn vị:' (with a comma) / 'Người duyệt:' (the approver, no writer)")


# ===================================================================== 13 Đảng ủy xã Cam Lâm (Khánh Hòa): a vendor's ASP.NET WebForms CMS; a weather and clock widget in the header; a table; 'Tin khác' with days
A13 = Art("Hội nghị Ban Chấp hành Đảng bộ xã Cam Lâm lần thứ 11 đánh giá kết quả 9 tháng",
          "Ngày 4/10, Ban Chấp hành Đảng bộ xã Cam Lâm tổ chức hội nghị lần thứ 11 đánh giá kết quả thực hiện nhiệm vụ 9 tháng, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2027.",
          [("p", "Hội nghị do đồng chí Võ Thành Trung, Bí thư Đảng ủy xã, chủ trì. 9 tháng qua, tổng giá trị sản xuất trên địa bàn ước đạt 2.140 tỷ đồng, bằng 76,4% kế hoạch năm; thu ngân sách trên địa bàn đạt 81,2% dự toán."),
           ("p", "Công tác xây dựng Đảng được chú trọng; Đảng bộ kết nạp 23 đảng viên mới, đạt 92% chỉ tiêu năm; 100% chi bộ tổ chức sinh hoạt chuyên đề theo hướng dẫn của Ban Thường vụ Đảng ủy."),
           ("table", [["Chỉ tiêu", "Kế hoạch năm 2027", "Ước 9 tháng", "Tỷ lệ (%)"], ["Kết nạp đảng viên", "25", "23", "92,0"],
                      ["Thu ngân sách (tỷ đồng)", "48,5", "39,4", "81,2"], ["Hồ sơ trực tuyến toàn trình (%)", "85", "88,6", "104,2"]]),
           ("img", "/Upload/TinTuc/2027/10/hoi-nghi-bch-lan-thu-11.jpg", "Quang cảnh hội nghị Ban Chấp hành Đảng bộ xã lần thứ 11"),
           ("p", "Hội nghị thống nhất 5 nhóm nhiệm vụ trọng tâm 3 tháng cuối năm, trong đó tập trung đẩy nhanh tiến độ giải phóng mặt bằng dự án đường ven biển, hoàn thành chỉ tiêu kết nạp đảng viên và chuẩn bị tổng kết năm 2027.")])
BY13, WRITER13, UNIT13 = "Nguyễn Văn Tài - Văn phòng Đảng ủy xã Cam Lâm", "Nguyễn Văn Tài", "Văn phòng Đảng ủy xã Cam Lâm"


def page13():
    pub = T("2027-10-05 08:30")
    now = T("2027-10-07 10:47")
    site = "https://camlam.khanhhoa.dcs.vn"
    url = f"{site}/TinTuc/ChiTiet.aspx?id=1566&cm=12"

    def main(rng, rl, rd):
        body = bold(A13.render(p=jp, img=tcap, table=dtable, sep=""), "Võ Thành Trung")
        others = "".join(f'<li><a href="{site}/TinTuc/ChiTiet.aspx?id={1560 - i}&cm=12">{esc(t)}</a> ({dmy(d)})</li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        return (f'<div class="uc-detail"><span id="ctl00_cphContent_ucChiTietTin_lblChuyenMuc" class="uc-cat">Xây dựng Đảng</span>'
                f'<h1><span id="ctl00_cphContent_ucChiTietTin_lblTieuDe">{esc(A13.title)}</span></h1>'
                f'<span id="ctl00_cphContent_ucChiTietTin_lblNgayDang" class="uc-date">({dmy(pub)} {hm(pub)})</span>'
                f'<div class="uc-sapo"><span id="ctl00_cphContent_ucChiTietTin_lblTomTat">{esc(A13.lead)}</span></div>'
                f'<div id="ctl00_cphContent_ucChiTietTin_divNoiDung" class="uc-content">{body}<p style="text-align:right"><strong>{esc(BY13)}</strong></p></div>'
                f'<div class="uc-tools"><a id="ctl00_cphContent_ucChiTietTin_lnkIn" href="javascript:__doPostBack(\'ctl00$cphContent$ucChiTietTin$lnkIn\',\'\')">In trang</a> '
                f'<a href="javascript:history.back()">Trở về</a></div>'
                f'<div class="uc-other"><h3>Tin khác</h3><ul id="ctl00_cphContent_ucChiTietTin_blTinKhac" class="uc-bulleted">{others}</ul></div></div>')

    left = (f'<div class="uc-weather"><img src="/Images/weather/cloudy.png" alt="" /> <span>Cam Lâm</span> <b>31°C</b> <span>Có mây</span></div>'
            f'<div class="uc-clock"><span id="lblClock">{wd(now)}, {dmy(now)} {hm(now)}</span></div>')
    crumbs = f'<a href="{site}/">Trang chủ</a> » <a href="{site}/TinTuc/DanhSach.aspx">Tin tức</a> » <a href="{site}/TinTuc/DanhSach.aspx?cm=12">Xây dựng Đảng</a>'
    head = og(A13.title, url) + '<meta name="generator" content="ASP.NET 4.8" />'
    return page("s44-13", family="commune_party_aspnet_webforms_user_control_weather_clock_widget",
                name="khanhhoa-danguyxacamlam-aspnet-webforms-placeholder-ucchitiettin-ascx-weather-and-clock-widget-weekday-dd-mm-yyyy-hh-mm-lblchuyenmuc-h1-lblngaydang-paren-dd-mm-yyyy-hh-mm-plain-tomtat-table-caption-data-table-name-dash-unit-tin-khac-bulletedlist",
                url=url, art=A13, main_fn=main, pub=pub, prefix="cmkh", kb=196,
                org="Đảng ủy xã Cam Lâm", addr="Xã Cam Lâm, tỉnh Khánh Hòa", phone="0258.3983.115",
                crumbs=crumbs, top=banner("/Images/banner-camlam.jpg", "Trang thông tin điện tử Đảng ủy xã Cam Lâm"),
                side=side_of(lambda d: f"{dmy(d)} {hm(d)}", "Tin mới cập nhật", "uc-new", docs=True),
                shell_kw={"layout": "wfuc", "head_extra": head, "items": MENU_PARTY, "form": True, "action": "./ChiTiet.aspx?id=1566&cm=12", "left": left},
                exp=expected_(A13, iso(pub), author=WRITER13, unit=UNIT13, category="Xây dựng Đảng"),
                traps={"clock": [f"{wd(now)}, {dmy(now)} {hm(now)}"], "weather": ["31°C", "Có mây"], "byline": [BY13], "chrome": ["Tin khác", "Trở về", "Tin mới cập nhật"], "related": lambda rl: rl[:5]},
                notes="A local vendor's ASP.NET WebForms CMS: the page loads ucChiTietTin.ascx into a PlaceHolder (ctl00_cphContent_ucChiTietTin_*); the header carries a WEATHER and CLOCK widget 'Cam Lâm 31°C Có mây' + 'Thứ Năm, 07/10/2027 10:47' — a full weekday-date-time stamp, the first on the page (the crawl moment). COMPETING STAMPS: the item's own stamp is lblNgayDang under the h1, '(05/10/2027 08:30)' → 2027-10-05T08:30; the sapo opens 'Ngày 4/10, …' (the meeting); the sidebar's 'Tin mới cập nhật' prints 'dd/mm/yyyy HH:MM', 'Tin khác' '(dd/mm/yyyy)'. COMPETING NAMES: the Party secretary bold in the first paragraph (a subject); the signature 'Nguyễn Văn Tài - Văn phòng Đảng ủy xã Cam Lâm' bold right → author + unit. Plain lblTomTat (lead). A data table (one paragraph per row) and a picture table with its caption row. Category 'Xây dựng Đảng' (lblChuyenMuc over the h1 and the crumb's last level agree).",
                readme="A vendor's ASP.NET WebForms CMS (ucChiTietTin.ascx in a PlaceHolder), a commune Party committee's plenum: a weather and clock widget 'Thứ Năm, dd/mm/yyyy HH:MM' in the header (the crawl moment); the own '(dd/mm/yyyy HH:MM)' under the h1; 'Ngày 4/10' in the plain sapo; the secretary in bold; a data table; 'Name - Văn phòng Đảng ủy xã'")


# ===================================================================== 14 Báo và Phát thanh, Truyền hình Ninh Bình: a press CMS's PRINT-EDITION article view; the issue's day above the headline
A14 = Art("Hợp tác xã rau an toàn Gia Viễn mở rộng vùng sản xuất theo tiêu chuẩn VietGAP",
          "Từ 12 ha ban đầu, Hợp tác xã rau an toàn xã Gia Viễn đã mở rộng vùng sản xuất lên 35 ha theo tiêu chuẩn VietGAP, liên kết tiêu thụ ổn định với 4 chuỗi siêu thị ở Hà Nội và các tỉnh lân cận.",
          [("p", "Những ngày giữa tháng 9, trên cánh đồng thôn Đông Đoài, các xã viên tất bật thu hoạch su hào, bắp cải vụ sớm. Mỗi ngày, hợp tác xã cung ứng từ 4 đến 5 tấn rau các loại, toàn bộ được đóng gói, dán tem truy xuất nguồn gốc."),
           ("p", "Ông Đinh Văn Thắng, Giám đốc hợp tác xã, cho biết: “Khi mới thành lập, bà con quen canh tác theo cách cũ, dùng phân bón, thuốc bảo vệ thực vật tùy tiện. Hợp tác xã phải mời cán bộ kỹ thuật về hướng dẫn từng khâu, ghi chép nhật ký đồng ruộng, lúc đó mới đạt chứng nhận.”"),
           ("img", "/uploads/2027/09/23/xa-vien-thu-hoach-su-hao.jpg", "Xã viên Hợp tác xã rau an toàn Gia Viễn thu hoạch su hào"),
           ("p", "Năm 2027, hợp tác xã được hỗ trợ 1,2 tỷ đồng từ chương trình khuyến nông để đầu tư hệ thống tưới tiết kiệm và nhà sơ chế. Doanh thu 8 tháng đầu năm đạt 14 tỷ đồng, lợi nhuận bình quân của xã viên tăng khoảng 30% so với trồng lúa."),
           ("p", "Theo Sở Nông nghiệp và Môi trường, toàn tỉnh hiện có 640 ha rau được chứng nhận VietGAP; tỉnh đặt mục tiêu đến năm 2030 nâng diện tích lên 1.000 ha, gắn với xây dựng thương hiệu rau an toàn Ninh Bình."),
           ("img", "/uploads/2027/09/23/so-che-dong-goi-rau.jpg", "Rau sau thu hoạch được sơ chế, đóng gói tại nhà xưởng của hợp tác xã")])
WRITER14 = "Phạm Hoài Thu"


def page14():
    pub = T("2027-09-23 20:45")
    issue = T("2027-09-24 05:00")
    site = "https://baoninhbinh.example.vn"
    url = f"{site}/bao-in/so-6215/hop-tac-xa-rau-an-toan-gia-vien-mo-rong-vung-san-xuat-theo-tieu-chuan-vietgap-a58120.html"

    def main(rng, rl, rd):
        body = A14.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<figure class="expNoEdit"><img src="{s}" alt="{esc(c, True)}" /><figcaption><p>{esc(c)}</p></figcaption></figure>', sep="\n")
        same = "".join(f'<li><span class="page-no">Trang {p}</span> <a href="{site}/bao-in/so-6215/{slug(t)[:60]}-a{58100 + i}.html">{esc(t)}</a></li>' for i, (t, p) in enumerate(zip(rl[:4], [1, 2, 3, 5])))
        return (f'<div class="print-issue-bar"><span class="badge-print">BÁO IN</span> <span class="issue-no">Số 6.215</span> - <span class="issue-date">{wd(issue)}, {dmy(issue)}</span> - <span class="issue-page">Trang 3</span>'
                f' <a class="issue-pdf" href="{site}/bao-in/so-6215.pdf">Xem bản PDF</a></div>'
                f'<h1 class="detail-title">{esc(A14.title)}</h1><div class="detail-meta"><a class="author-chip" href="{site}/tac-gia/pham-hoai-thu.html">{esc(WRITER14)}</a>'
                f' <span class="detail-time">Đăng lúc {hm(pub)} ngày {dmy(pub)}</span></div>'
                f'<h2 class="detail-sapo">{esc(A14.lead)}</h2><div class="detail-content">{body}</div>'
                f'<div class="detail-tags"><a href="{site}/tag/vietgap.html">VietGAP</a> <a href="{site}/tag/hop-tac-xa.html">hợp tác xã</a></div>'
                f'<div class="same-issue"><h3>Cùng số báo {dmy(issue)}</h3><ul>{same}</ul></div>'
                + lst(site, "/kinh-te/nong-nghiep/", list(zip(rl[4:6], rd)), lambda d: f"{hm(d)} {dmy(d)}", cls="related-news", head="Tin liên quan"))

    crumbs = f'<ul class="breadcrumb"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/kinh-te.html">Kinh tế</a></li><li><a href="{site}/kinh-te/nong-nghiep.html">Nông nghiệp</a></li></ul>'
    head = og(A14.title, url, {"article:published_time": iso(pub)}) + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A14.title, "datePublished": iso(pub), "author": {"@type": "Person", "name": WRITER14}})
    return page("s44-14", family="merged_press_agency_print_edition_article_view_issue_day_above_headline",
                name="ninhbinh-bao-va-ptth-press-cms-print-edition-article-view-issue-bar-so-weekday-dd-mm-yyyy-trang-above-h1-author-chip-dang-luc-hh-mm-ngay-dd-mm-yyyy-evening-before-h2-sapo-figcaptions-cung-so-bao-crumb-nong-nghiep",
                url=url, art=A14, main_fn=main, pub=pub, prefix="bnb", kb=256,
                org="Báo và Phát thanh, Truyền hình Ninh Bình", addr="Phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.127",
                crumbs=crumbs, top=banner("/images/logo-bnb.svg", "Báo và Phát thanh, Truyền hình Ninh Bình"),
                side=side_of(lambda d: f"{hm(d)} {dmy(d)}", "Đọc nhiều", "most-read", docs=False),
                shell_kw={"layout": "press_epaper", "head_extra": head, "items": MENU_PRESS, "left": f'{wd(issue + timedelta(days=1))}, {dmy(issue + timedelta(days=1))}'},
                exp=expected_(A14, iso(pub), author=WRITER14, category="Nông nghiệp"),
                traps={"issue": [f"{wd(issue)}, {dmy(issue)}", "Số 6.215", "Trang 3"], "chrome": ["Cùng số báo", "Xem bản PDF", "Tin liên quan", "Đọc nhiều"], "related": lambda rl: rl[:6]},
                notes="A merged press agency's CMS, the PRINT-EDITION article view (/bao-in/so-6215/…): an issue bar ABOVE the h1 'BÁO IN Số 6.215 - Thứ Sáu, 24/09/2027 - Trang 3' names the printed issue the article appeared in — a weekday and a day, the first on the page. The item's own stamp is the online posting in the meta row under the h1: 'Đăng lúc 20:45 ngày 23/09/2027' (posted the evening BEFORE the issue day, as the paper puts the next morning's issue online) → 2027-09-23T20:45 (JSON-LD datePublished agrees). The issue's day is the print edition's (set 37's print-edition note names another publication's day; here the agency's own paper), not the item's. 'Cùng số báo 24/09/2027' lists the issue's other articles with page numbers; 'Tin liên quan' and 'Đọc nhiều' print 'HH:MM dd/mm/yyyy'. The author chip 'Phạm Hoài Thu' → author, unit null. A cooperative's director is quoted (a subject). Lead: the h2 sapo. Two figcaptions. Category 'Nông nghiệp' (the crumb's last level under 'Kinh tế').",
                readme="A press CMS's PRINT-EDITION article view, a VietGAP vegetable cooperative: the issue bar 'BÁO IN Số 6.215 - Thứ Sáu, dd/mm/yyyy - Trang 3' above the h1; the own 'Đăng lúc HH:MM ngày dd/mm/yyyy' (the evening before) under it; an author chip; h2 sapo; figcaptions; 'Cùng số báo' with page numbers")


# ===================================================================== 15 Hội Chữ thập đỏ tỉnh Quảng Ngãi: Joomla 4.4 + Helix Ultimate 2; days in words with the times only in <time datetime>; a quoted donor
A15 = Art("Hơn 600 đơn vị máu được tiếp nhận trong ngày hội “Giọt hồng tri ân”",
          "Ngày 1/8, Hội Chữ thập đỏ tỉnh phối hợp với Bệnh viện Đa khoa tỉnh tổ chức ngày hội hiến máu tình nguyện “Giọt hồng tri ân” tại phường Cẩm Thành, tiếp nhận 612 đơn vị máu.",
          [("p", "Ngày hội thu hút hơn 700 người đăng ký tham gia là cán bộ, công chức, lực lượng vũ trang, đoàn viên thanh niên và người dân các xã, phường. Nhiều người đã hiến máu từ 20 lần trở lên."),
           ("p", "Anh Trần Văn Lộc, 46 tuổi, ở phường Trương Quang Trọng, đã hiến máu 45 lần, chia sẻ: “Mỗi lần hiến máu, tôi nghĩ đến những người bệnh đang cần máu để giành lại sự sống. Sức khỏe còn cho phép thì tôi còn tham gia.”"),
           ("img", "/images/2027/08/doan-vien-hien-mau-giot-hong-tri-an.jpg", "Đoàn viên thanh niên hiến máu tại ngày hội “Giọt hồng tri ân”"),
           ("p", "Dịp này, Ban tổ chức tặng giấy khen cho 15 cá nhân tiêu biểu có thành tích hiến máu nhiều lần và 5 đơn vị có nhiều người tham gia."),
           ("p", "Từ đầu năm đến nay, toàn tỉnh đã tiếp nhận hơn 9.800 đơn vị máu, đạt 75% kế hoạch năm 2027.")])
BY15, WRITER15, UNIT15 = "Võ Thị Kim Yến (Hội Chữ thập đỏ phường Cẩm Thành)", "Võ Thị Kim Yến", "Hội Chữ thập đỏ phường Cẩm Thành"


def page15():
    pub = T("2027-08-02 07:30")
    upd = T("2027-08-03 10:05")
    site = "https://chuthapdoquangngai.org.vn"
    url = f"{site}/tin-tuc/hien-mau-tinh-nguyen/1290-hon-600-don-vi-mau-duoc-tiep-nhan-trong-ngay-hoi-giot-hong-tri-an"

    def wdate(d):
        return f"{d.day:02d} Tháng {d.month} {d.year}"

    def main(rng, rl, rd):
        body = A15.render(p=lambda t: f"<p>{esc(t)}</p>", img=fig, sep="\n")
        return (f'<div class="article-details" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="article-header"><h1 itemprop="headline">{esc(A15.title)}</h1></div>'
                f'<div class="article-info"><span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="Viết bởi: Quản trị"><span itemprop="name">Quản trị</span></span>'
                f'<span class="category-name" title="Danh mục: Hiến máu tình nguyện"><a href="{site}/tin-tuc/hien-mau-tinh-nguyen">Hiến máu tình nguyện</a></span>'
                f'<span class="published" title="Được đăng: {wdate(pub)}"><time datetime="{iso(pub)}" itemprop="datePublished">{wdate(pub)}</time></span>'
                f'<span class="modified" title="Cập nhật: {wdate(upd)}">Cập nhật: <time datetime="{iso(upd)}" itemprop="dateModified">{wdate(upd)}</time></span>'
                f'<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:517" />Lượt xem: 517</span></div>'
                f'<div itemprop="articleBody"><p><strong>{esc(A15.lead)}</strong></p>\n{body}\n<p style="text-align: right;"><strong>{esc(BY15)}</strong></p></div>'
                f'<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="{site}/tin-tuc/hien-mau-tinh-nguyen/1288" rel="prev"><span class="visually-hidden">Bài trước: {esc(rl[0])}</span> Trước</a>'
                f'<a class="btn btn-sm btn-secondary next" href="{site}/tin-tuc/hien-mau-tinh-nguyen/1291" rel="next"><span class="visually-hidden">Bài tiếp: {esc(rl[1])}</span> Tiếp</a></span></nav></div>'
                + lst(site, "/tin-tuc/hien-mau-tinh-nguyen/", list(zip(rl[2:6], rd)), lambda d: f"{wdate(d)}", cls="sp-related-articles", head="Bài viết liên quan", htag="h3", ext=""))

    crumbs = (f'<div class="sp-page-title"><h2 class="sp-page-title-heading">Tin tức</h2><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
              f'<li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li><li class="breadcrumb-item"><a href="{site}/" class="pathway">Trang chủ</a></li>'
              f'<li class="breadcrumb-item"><a href="{site}/tin-tuc" class="pathway">Tin tức</a></li><li class="breadcrumb-item active"><span>Hiến máu tình nguyện</span></li></ol></div>')
    head = og(A15.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />'
    return page("s44-15", family="red_cross_joomla44_helix_ultimate_days_in_words_times_in_datetime",
                name="quangngai-hoichuthapdo-joomla44-helix-ultimate-2-sp-page-title-tin-tuc-breadcrumb-hien-mau-tinh-nguyen-h1-article-info-account-dd-thang-m-yyyy-cap-nhat-times-in-datetime-bold-first-paragraph-lead-figcaption-quoted-donor-name-paren-ward-unit",
                url=url, art=A15, main_fn=main, pub=pub, prefix="ctdqn", kb=172,
                org="Hội Chữ thập đỏ tỉnh Quảng Ngãi", addr="Phường Cẩm Thành, tỉnh Quảng Ngãi", phone="0255.3822.918",
                crumbs=crumbs, top=banner("/images/logo-chu-thap-do.png", "Hội Chữ thập đỏ tỉnh Quảng Ngãi"),
                side=side_of(lambda d: f"{d.day:02d} Tháng {d.month} {d.year}", "Tin mới", "sp-latest", docs=False),
                shell_kw={"layout": "j4helix", "head_extra": head, "items": MENU_MASS, "left": 'Đường dây nóng: 0255.3822.918 | Email: hoichuthapdo@quangngai.example'},
                exp=expected_(A15, iso(pub), iso(upd), author=WRITER15, unit=UNIT15, category="Hiến máu tình nguyện"),
                traps={"byline": [BY15], "account": ["Quản trị"], "generic_title": ["Tin tức"], "chrome": ["Bài viết liên quan", "Lượt xem: 517", "Tin mới"], "related": lambda rl: rl[2:6]},
                notes="Joomla 4.4 + Helix Ultimate 2 (set 26's Joomla 5 + Helix Ultimate is the near miss). The article-info prints the account 'Quản trị', the category, '02 Tháng 8 2027' and 'Cập nhật: 03 Tháng 8 2027' — DAYS ONLY in words, the times only in each <time datetime> with the offset → published 2027-08-02T07:30, updated 2027-08-03T10:05 (set 39: times printed only in <time datetime> on the stamp, also for the update). The bold first paragraph (the lead) opens 'Ngày 1/8, …' (the event's day, the day before). COMPETING NAMES: a donor quoted by name in the text ('Anh Trần Văn Lộc, … chia sẻ: “…”', a subject), the account; the writer is the bold right-aligned signature 'Võ Thị Kim Yến (Hội Chữ thập đỏ phường Cẩm Thành)' → author + unit (a ward's Red Cross). 'Bài viết liên quan' and the sidebar print days in the item's shape. One figcaption. Category 'Hiến máu tình nguyện' (the breadcrumb's last level; the page-title heading 'Tin tức' is generic).",
                readme="Joomla 4.4 + Helix Ultimate 2, a blood-donation day: 'dd Tháng m yyyy' + 'Cập nhật: dd Tháng m yyyy' with the times only in <time datetime>; the account 'Quản trị'; a bold first paragraph as lead with 'Ngày 1/8'; a donor quoted by name; 'Name (Hội Chữ thập đỏ phường …)'")


# ===================================================================== 16 Hội Luật gia tỉnh Đắk Lắk: Mezzanine 6 (Django), a stack no set had used; Django's vi datetime with timesince beside it; threaded comments with ages
A16 = Art("Hội Luật gia tỉnh tư vấn pháp luật miễn phí cho đồng bào xã Cư Kuin",
          "",
          [("p", "Ngày 11/8, Hội Luật gia tỉnh phối hợp với Ủy ban nhân dân xã Cư Kuin tổ chức buổi tư vấn pháp luật miễn phí cho hơn 200 người dân là đồng bào Ê Đê, M’nông tại nhà văn hóa buôn Ea Tiêu."),
           ("p", "Các luật gia đã giải đáp 46 lượt câu hỏi, chủ yếu về thủ tục cấp giấy chứng nhận quyền sử dụng đất, tranh chấp ranh giới đất rẫy, chia thừa kế và hôn nhân gia đình. Nhiều trường hợp được hướng dẫn chuẩn bị hồ sơ ngay tại chỗ."),
           ("img", "/static/media/uploads/2027/08/tu-van-phap-luat-buon-ea-tieu.jpg", "Luật gia tư vấn cho người dân buôn Ea Tiêu"),
           ("p", "Bà H’Liên Mlô, buôn Ea Tiêu, cho biết gia đình bà có tranh chấp ranh giới rẫy cà phê với hộ bên cạnh đã hai năm chưa giải quyết được. “Được luật gia hướng dẫn, tôi biết phải gửi đơn đến đâu, chuẩn bị giấy tờ gì”, bà nói."),
           ("p", "Dịp này, Hội Luật gia tỉnh tặng xã 100 cuốn sổ tay pháp luật song ngữ Việt - Ê Đê và ra mắt tổ tư vấn pháp luật cộng đồng gồm 5 thành viên là luật gia, già làng, người có uy tín.")])
BY16, WRITER16, UNIT16 = "ThS. Lê Văn Thịnh (Chi hội Luật gia xã Cư Kuin)", "ThS. Lê Văn Thịnh", "Chi hội Luật gia xã Cư Kuin"


def page16():
    pub = T("2027-08-12 09:15")
    site = "https://hoiluatgiadaklak.example"
    url = f"{site}/blog/hoi-luat-gia-tinh-tu-van-phap-luat-mien-phi-cho-dong-bao-xa-cu-kuin/"

    def dj(d):
        return f"{hm(d)} Ngày {d.day:02d} tháng {d.month} năm {d.year}"

    def main(rng, rl, rd):
        body = A16.render(p=lambda t: f"<p>{esc(t)}</p>", img=pem, sep="\n")
        cm = [("Y Bhim Êban", "1 ngày, 3 giờ trước", "Mong Hội tổ chức thêm ở buôn Kram, bà con cũng nhiều vướng mắc về đất rẫy."),
              ("Nguyễn Hữu Lợi", "20 giờ, 12 phút trước", "Sổ tay song ngữ rất hữu ích, đề nghị Hội đăng bản điện tử lên trang.")]
        cms = "".join(f'<li class="comment" id="comment-{700 + i}"><div class="comment-meta"><img class="img-thumbnail" src="/static/img/avatar.png" alt="" /><h4>{esc(a)}</h4><span class="timespan">{esc(b)}</span></div>'
                      f'<p>{esc(c)}</p><a href="#reply-{700 + i}" class="reply">Trả lời</a></li>' for i, (a, b, c) in enumerate(cm))
        return (f'<div class="blog-post-detail"><h1>{esc(A16.title)}</h1>'
                f'<h6 class="post-meta">Đăng bởi: <a href="{site}/blog/author/hoiluatgia/">hoiluatgia</a> {dj(pub)} <span class="timesince">(3 ngày, 4 giờ trước)</span></h6>'
                f'<div class="post-image"><img class="img-thumbnail" src="/static/media/uploads/2027/08/.thumbnails/tu-van-cu-kuin-800x0.jpg" alt="" /></div>'
                f'<div class="blog-content">{body}<p style="text-align: right;"><strong>{esc(BY16)}</strong></p></div>'
                f'<p class="blog-categories">Trong chuyên mục: <a href="{site}/blog/category/tu-van-phap-luat/">Tư vấn pháp luật</a></p>'
                f'<div class="keywords"><h5>Từ khóa</h5><ul class="list-inline tags"><li><a href="{site}/blog/tag/tro-giup-phap-ly/" class="label label-default">trợ giúp pháp lý</a></li><li><a href="{site}/blog/tag/cu-kuin/" class="label label-default">Cư Kuin</a></li></ul></div>'
                f'<div class="blog-prev-next"><a class="prev" href="{site}/blog/{slug(rl[0])[:50]}/">&larr; {esc(rl[0])}</a> <a class="next" href="{site}/blog/{slug(rl[1])[:50]}/">{esc(rl[1])} &rarr;</a></div>'
                f'<div id="comments"><h3>Bình luận</h3><ul class="media-list comments">{cms}</ul><form method="post" action="/comment/" class="comment-form"><input type="hidden" name="csrfmiddlewaretoken" value="kP3o9qN2vX7mZ1bT" />'
                f'<textarea name="comment"></textarea><input name="name" placeholder="Họ tên" /><button type="submit" class="btn btn-primary">Gửi bình luận</button></form></div></div>')

    def below(rng, p):
        li = "".join(f'<li><a href="{site}/blog/{slug(t)[:50]}/">{esc(t)}</a><br /><small>{dj(d)}</small></li>' for t, d in zip(heads14(rng, 4), past(p, rng, 4, 2, 20)))
        return f'<div class="panel panel-default"><div class="panel-heading">Bài viết gần đây</div><ul class="list-unstyled recent-posts">{li}</ul></div>'

    crumbs = f'<ul class="breadcrumb"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/blog/">Tin tức - Hoạt động</a></li><li class="active">{esc(A16.title)}</li></ul>'
    head = og(A16.title, url) + '<meta name="generator" content="Mezzanine 6.0" /><link rel="stylesheet" href="/static/css/bootstrap.css" /><link rel="stylesheet" href="/static/css/mezzanine.css" />'
    return page("s44-16", family="lawyers_association_mezzanine6_django_datetime_with_timesince",
                name="daklak-hoiluatgia-mezzanine6-django-bootstrap3-blog-post-detail-h1-dang-boi-account-hh-mm-ngay-dd-thang-m-nam-yyyy-timesince-no-lead-p-em-caption-ths-name-paren-chi-hoi-unit-trong-chuyen-muc-comments-with-ages",
                url=url, art=A16, main_fn=main, pub=pub, prefix="hlgdl", kb=128,
                org="Hội Luật gia tỉnh Đắk Lắk", addr="Phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.606",
                crumbs=crumbs, top=lambda rng, p: f'<a class="navbar-brand" href="{site}/">Hội Luật gia tỉnh Đắk Lắk</a><p class="navbar-text tagline">Vì công lý, vì Nhân dân</p>',
                side=side_of(lambda d: dj(d), "Xem nhiều", "mz-popular", docs=False),
                shell_kw={"layout": "mezzanine", "head_extra": head, "items": MENU_MASS, "below": below, "left": '<form class="navbar-form" action="/search/"><input class="form-control" placeholder="Tìm kiếm" /></form>'},
                exp=expected_(A16, iso(pub), author=WRITER16, unit=UNIT16, category="Tư vấn pháp luật", lead=None),
                traps={"account": ["hoiluatgia"], "timesince": ["(3 ngày, 4 giờ trước)"], "byline": [BY16], "comments": ["Y Bhim Êban", "Nguyễn Hữu Lợi", "1 ngày, 3 giờ trước"],
                       "chrome": ["Bài viết gần đây", "Bình luận", "Xem nhiều"], "related": lambda rl: rl[:2]},
                notes="Mezzanine 6 (Django; a stack no set had used — set 43's candidate) under a vendor's Bootstrap 3 theme, blog_post_detail.html. The meta line 'Đăng bởi: hoiluatgia 09:15 Ngày 12 tháng 8 năm 2027 (3 ngày, 4 giờ trước)' — the account, Django's vi DATETIME_FORMAT ('H:i Ngày d tháng n năm Y') and Mezzanine's timesince in parentheses → published 2027-08-12T09:15 (the relative age is no stamp, set 27). COMPETING STAMPS: 'Bài viết gần đây' (a left column before the item in the markup's grid) and 'Xem nhiều' print the same Django shape; the comments print ages ('1 ngày, 3 giờ trước'); the text opens 'Ngày 11/8, …' (the event). COMPETING NAMES: the account 'hoiluatgia', two commenters, a quoted villager; the writer is the bold signature 'ThS. Lê Văn Thịnh (Chi hội Luật gia xã Cư Kuin)' → author (degree kept) + unit. No lead (Mezzanine prints no description). One centred <em> caption (the thumbnail above the text has none). Category 'Tư vấn pháp luật' ('Trong chuyên mục:' after the text; the crumb ends in the headline after the generic blog level).",
                readme="Mezzanine 6 (Django, a stack no set had used), a lawyers' association's free legal advice: 'Đăng bởi: <account> HH:MM Ngày dd tháng m năm yyyy (3 ngày, 4 giờ trước)'; no lead; 'Bài viết gần đây' in the same shape; comments with ages; 'ThS. Name (Chi hội Luật gia xã …)'; 'Trong chuyên mục:'")


# ===================================================================== 17 Hiệp hội Doanh nghiệp tỉnh Bắc Ninh: HubSpot CMS, a stack no set had used; the blog author in the header and an author box; a date-only stamp; an announcement bar with a deadline
A17 = Art("Doanh nghiệp Bắc Ninh kết nối chuỗi cung ứng linh kiện điện tử",
          "",
          [("p", "Ngày 15/9, Hiệp hội Doanh nghiệp tỉnh phối hợp với Sở Công Thương tổ chức hội nghị kết nối doanh nghiệp trong nước với các tập đoàn điện tử có vốn đầu tư nước ngoài, thu hút 140 doanh nghiệp tham dự."),
           ("p", "Tại hội nghị, 18 doanh nghiệp trong tỉnh đã trao đổi trực tiếp với bộ phận mua hàng của 6 tập đoàn về yêu cầu kỹ thuật đối với linh kiện nhựa, bao bì, khuôn mẫu và dịch vụ logistics; 7 biên bản ghi nhớ hợp tác được ký kết."),
           ("img", "/hubfs/2027/09/khu-trung-bay-cong-nghiep-ho-tro.jpg", "Doanh nghiệp trao đổi tại khu trưng bày sản phẩm công nghiệp hỗ trợ"),
           ("p", "Ông Ngô Quang Hiếu, Giám đốc một công ty sản xuất khuôn mẫu ở phường Quế Võ, cho biết sau hai năm đầu tư dây chuyền mới, doanh nghiệp đã đạt chứng chỉ ISO 9001 và đang hoàn thiện hồ sơ để trở thành nhà cung cấp cấp 2."),
           ("p", "Theo Hiệp hội Doanh nghiệp tỉnh, tỷ lệ nội địa hóa trong ngành điện tử trên địa bàn mới đạt khoảng 12%; Hiệp hội sẽ duy trì hội nghị kết nối định kỳ 6 tháng một lần và hỗ trợ hội viên tiếp cận chương trình phát triển công nghiệp hỗ trợ của tỉnh.")])
WRITER17 = "Nguyễn Thanh Sơn"


def page17():
    pub = T("2027-09-16 09:00")
    site = "https://hiephoidoanhnghiepbacninh.example"
    url = f"{site}/tin-tuc/doanh-nghiep-bac-ninh-ket-noi-chuoi-cung-ung-linh-kien-dien-tu"

    def hd(d):
        return f"{d.day} thg {d.month}, {d.year}"

    def main(rng, rl, rd):
        body = A17.render(p=lambda t: f"<p>{esc(t)}</p>", img=pem, sep="")
        rel = "".join(f'<div class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="{site}/tin-tuc/{slug(t)[:60]}"><h3>{esc(t)}</h3></a>'
                      f'<p class="blog-related-posts__meta">{esc(w)} · {hd(d)}</p></div>' for t, d, w in zip(rl[:3], rd, ["Trần Thu Hà", "Đỗ Minh Quân", "Trần Thu Hà"]))
        return (f'<div class="blog-post__meta"><a class="blog-post__tag-link" href="{site}/tin-tuc/chu-de/ket-noi-doanh-nghiep">Kết nối doanh nghiệp</a></div>'
                f'<h1 class="blog-post__title"><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">{esc(A17.title)}</span></h1>'
                f'<div class="blog-post__author-row"><img class="blog-post__author-avatar" src="/hubfs/authors/nguyen-thanh-son.jpg" alt="" width="40" height="40" />'
                f'<a class="blog-post__author-name" href="{site}/tin-tuc/author/nguyen-thanh-son">{esc(WRITER17)}</a> <span class="blog-post__timestamp">{hd(pub)}</span></div>'
                f'<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">{body}</span></div>'
                f'<div class="blog-post__author-box"><img src="/hubfs/authors/nguyen-thanh-son.jpg" alt="" width="72" height="72" /><div><p class="author-box__title">Về tác giả</p>'
                f'<p class="author-box__name">{esc(WRITER17)}</p><p class="author-box__bio">Phụ trách chuyên mục Kết nối doanh nghiệp, viết về đầu tư, công nghiệp hỗ trợ và chuỗi cung ứng.</p></div></div>'
                f'<div class="blog-post__share"><a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Zalo</a></div>'
                f'<section class="blog-related-posts"><h2>Bài viết liên quan</h2>{rel}</section>')

    def side(rng, p):
        return (f'<div class="blog-subscribe"><h3>Đăng ký nhận bản tin</h3><form class="hs-form"><input type="email" placeholder="Email của bạn" /><input type="submit" value="Đăng ký" /></form></div>')

    left = '<div class="announcement-bar">Hội nghị hội viên thường niên 2027 – đăng ký trước ngày 30/9/2027 <a href="/hoi-nghi-hoi-vien-2027">Đăng ký ngay</a></div>'
    top = lambda rng, p: f'<a class="header__logo" href="{site}/"><img src="/hubfs/logo-hiep-hoi.png" alt="Hiệp hội Doanh nghiệp tỉnh Bắc Ninh" /></a>'
    head = (og(A17.title, url, {"article:published_time": "2027-09-16T02:00:00Z"}) + '<meta name="generator" content="HubSpot" />'
            + '<link rel="stylesheet" href="https://hubspot-cdn.example/hub/21840017/hub_generated/template_assets/1/blog-post.min.css" />')
    return page("s44-17", family="business_association_hubspot_cms_blog_author_row_date_only",
                name="bacninh-hiephoidoanhnghiep-hubspot-cms-theme-blog-post-topic-tag-over-h1-author-row-avatar-name-d-thg-m-yyyy-date-only-no-lead-p-em-caption-author-box-related-posts-writers-and-days-announcement-bar-deadline",
                url=url, art=A17, main_fn=main, pub=pub, prefix="hhdn", kb=184,
                org="Hiệp hội Doanh nghiệp tỉnh Bắc Ninh", addr="Phường Kinh Bắc, tỉnh Bắc Ninh", phone="0222.3874.560",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "hubspot", "head_extra": head, "items": MENU_MASS, "left": left},
                exp=expected_(A17, isod(pub), author=WRITER17, category="Kết nối doanh nghiệp", lead=None),
                traps={"related_writers": ["Trần Thu Hà", "Đỗ Minh Quân"], "announcement": ["đăng ký trước ngày 30/9/2027"], "author_box": ["Về tác giả", "Phụ trách chuyên mục Kết nối doanh nghiệp"],
                       "chrome": ["Bài viết liên quan", "Đăng ký nhận bản tin"], "related": lambda rl: rl[:3]},
                notes="HubSpot CMS (a stack no set had used — set 43's candidate), a theme's blog post template. The author row under the h1 prints the blog author's avatar, name and the day: 'Nguyễn Thanh Sơn 16 thg 9, 2027' → author 'Nguyễn Thanh Sơn' (the blog author, a person), published 2027-09-16 (DATE ONLY: the og article:published_time '2027-09-16T02:00:00Z' is machine-only and adds no time, set 25 MAJORITY). The author box after the text ('Về tác giả', a bio naming a beat, no organisation) repeats the name; author_unit null. COMPETING STAMPS AND NAMES: the header's announcement bar with a deadline day; 'Bài viết liên quan' cards each with another writer and day ('Trần Thu Hà · 9 thg 9, 2027'); a company director quoted in the text; the text opens 'Ngày 15/9, …' (the conference, the day before). No lead. One centred <em> caption. Category 'Kết nối doanh nghiệp' (the topic tag over the h1; no crumb).",
                readme="HubSpot CMS (a stack no set had used), a business association's supply-chain conference: the topic tag over the h1; the author row 'avatar Name d thg M, yyyy' (date only; og time in UTC not added); an author box; related posts each with another writer and day; an announcement bar with a deadline; no lead")


# ===================================================================== 18 Đoàn Thanh niên xã Tân Phú (Đồng Nai): Squarespace 7.1, a stack no set had used; the blog item's author and date over the h1; a summary block of newer posts with writers
A18 = Art("Câu lạc bộ khởi nghiệp thanh niên xã Tân Phú ra mắt gian hàng nông sản trực tuyến",
          "",
          [("p", "Tối 7/10, Đoàn Thanh niên xã Tân Phú ra mắt gian hàng nông sản trực tuyến của Câu lạc bộ khởi nghiệp thanh niên, giới thiệu 24 sản phẩm của 11 thành viên, trong đó có 3 sản phẩm đạt chứng nhận OCOP 3 sao."),
           ("p", "Gian hàng được xây dựng trên các sàn thương mại điện tử và mạng xã hội; các thành viên luân phiên livestream bán hàng vào tối thứ Bảy hằng tuần. Ngay trong buổi ra mắt, câu lạc bộ đã nhận 160 đơn hàng hạt điều, cà phê và mật ong."),
           ("img", "/s/livestream-hat-dieu-rang-muoi.jpg", "Thành viên câu lạc bộ livestream giới thiệu sản phẩm hạt điều rang muối"),
           ("p", "Anh Trịnh Minh Quân, Chủ nhiệm câu lạc bộ, cho biết nhiều thành viên trước đây chỉ bán sản phẩm cho thương lái; việc có gian hàng chung giúp các bạn chủ động giá bán, xây dựng thương hiệu riêng."),
           ("p", "Đoàn xã sẽ phối hợp với Ngân hàng Chính sách xã hội hỗ trợ vốn vay từ Quỹ quốc gia về việc làm cho các thành viên có dự án khả thi, tổ chức tập huấn kỹ năng bán hàng trực tuyến vào tháng 11/2027.")])
WRITER18 = "Lê Hoàng Phúc"


def page18():
    pub = T("2027-10-08 21:10")
    site = "https://doanxatanphu.example"
    url = f"{site}/tin-tuc/clb-khoi-nghiep-ra-mat-gian-hang-nong-san-truc-tuyen"

    def sd(d):
        return f"{d.day} tháng {d.month}, {d.year}"

    def main(rng, rl, rd):
        body = A18.render(p=lambda t: f'<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><p class="" style="white-space:pre-wrap;">{esc(t)}</p></div></div>',
                          img=lambda s, c, n: (f'<div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="{s}" src="{s}?format=1000w" alt="" /></div>'
                                               f'<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">{esc(c)}</p></div></figcaption></figure></div></div>'), sep="")
        summary = "".join(f'<div class="summary-item"><a href="{site}/tin-tuc/{slug(t)[:50]}" class="summary-title-link">{esc(t)}</a>'
                          f'<div class="summary-metadata"><time class="summary-metadata-item summary-metadata-item--date">{sd(d)}</time> <span class="summary-metadata-item summary-metadata-item--author">{esc(w)}</span></div></div>'
                          for t, d, w in zip(rl[2:5], [pub + timedelta(days=1, hours=-9)] + rd[:2], ["Trần Thảo Vy", "Nguyễn Gia Bảo", "Trần Thảo Vy"]))
        return (f'<article class="entry h-entry" id="article-{slug(A18.title)[:20]}"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">'
                f'<div class="blog-meta-item blog-meta-item--categories"><a href="{site}/tin-tuc?category=Kh%E1%BB%9Fi+nghi%E1%BB%87p" class="blog-item-category">Khởi nghiệp</a></div>'
                f'<time class="blog-meta-item blog-meta-item--date dt-published" datetime="{isod(pub)}">{sd(pub)}</time></div>'
                f'<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{esc(A18.title)}</h1></div>'
                f'<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author p-author author">Bởi <a href="{site}/tin-tuc?author=5f2b" class="blog-author-name">{esc(WRITER18)}</a></div></div></div>'
                f'<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">{body}</div></div></div>'
                f'<div class="blog-item-comments"><a href="#">0 bình luận</a></div></article>'
                f'<section class="item-pagination item-pagination--prev-next"><a href="{site}/tin-tuc/{slug(rl[0])[:50]}" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Trước</div><h2 class="item-pagination-title">{esc(rl[0])}</h2></a>'
                f'<a href="{site}/tin-tuc/{slug(rl[1])[:50]}" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Tiếp theo</div><h2 class="item-pagination-title">{esc(rl[1])}</h2></a></section>'
                f'<div class="sqs-block summary-v2-block"><h3 class="summary-heading">Bài viết mới</h3><div class="summary-item-list">{summary}</div></div>')

    left = '<div class="sqs-announcement-bar"><p>Ngày hội việc làm thanh niên xã Tân Phú – 20/10/2027 tại Nhà văn hóa xã</p></div>'
    top = lambda rng, p: f'<a href="{site}/" class="header-title-text">Đoàn Thanh niên xã Tân Phú</a>'
    head = (og(A18.title, url, {"article:published_time": "2027-10-08T14:10:00Z"}) + '<!-- This is Squarespace. --><!-- doanxatanphu -->'
            + '<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/65f1c3/site.css" />')
    return page("s44-18", family="commune_youth_union_squarespace71_blog_item_summary_block_with_writers",
                name="dongnai-doanxatanphu-squarespace71-blog-item-top-wrapper-category-and-d-thang-m-yyyy-date-over-h1-boi-author-after-h1-no-lead-image-block-figcaption-item-pagination-summary-block-newer-posts-writers-announcement-bar",
                url=url, art=A18, main_fn=main, pub=pub, prefix="dtp", kb=168,
                org="Đoàn Thanh niên xã Tân Phú", addr="Xã Tân Phú, tỉnh Đồng Nai", phone="0251.3856.102",
                crumbs="", top=top, side=lambda rng, p: "",
                shell_kw={"layout": "squarespace", "head_extra": head, "items": MENU_MASS, "left": left},
                exp=expected_(A18, isod(pub), author=WRITER18, category="Khởi nghiệp", lead=None),
                traps={"summary_writers": ["Trần Thảo Vy", "Nguyễn Gia Bảo"], "announcement": ["20/10/2027"], "chrome": ["Bài viết mới", "0 bình luận", "Tiếp theo"], "related": lambda rl: rl[:5]},
                notes="Squarespace 7.1 (a stack no set had used; a commune youth union's start-up club blog). The blog item's top wrapper prints the category 'Khởi nghiệp' and '8 tháng 10, 2027' (<time class='dt-published' datetime='2027-10-08'>, DATE ONLY) over the h1, and 'Bởi Lê Hoàng Phúc' under it → published 2027-10-08 (og's '2027-10-08T14:10:00Z' is machine-only and adds no time, set 25 MAJORITY), author 'Lê Hoàng Phúc', unit null. COMPETING STAMPS AND NAMES: the announcement bar's event day; the item pagination (other headlines); a 'Bài viết mới' summary block after the item, each entry with its own day (the first the next day) and WRITER ('Trần Thảo Vy', 'Nguyễn Gia Bảo') in the item's very shape; the club's chairman is named in the text; the text opens 'Tối 7/10, …' (the launch, the evening before). No lead. One image-block figcaption. Category 'Khởi nghiệp' (the category link over the h1; no crumb).",
                readme="Squarespace 7.1 (a stack no set had used), a youth start-up club's online stall: category and 'd tháng m, yyyy' over the h1, 'Bởi Name' under it (date only; og UTC time not added); no lead; an image-block figcaption; a 'Bài viết mới' summary block of newer posts each with a day and a writer; an announcement bar with a day")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
