"""Set 34 pages 10-18: the HARD everyday cases on Joomla + EasyBlog, the '.dcs.vn' video detail, a press agency's mobile
site and a NukeViet commune theme (products of shared/research/vn-sites.md in modules and skins sets 26-33 did not use),
and on five stacks no set had used (Payload CMS 3 in a Next.js 15 app, Plone 6 with Volto, an OpenCart 3 blog
extension, Craft CMS 5, Oqtane 6): a pull quote repeating a sentence, an author box of an office account, a video whose
only stamp is labelled 'Cập nhật', a stamp in the crumb row and two writers at the top, an inline related card and the
next item's teaser, stamps in words ('27 tháng 3, 2026', '16 tháng 4 năm 2026 08:30', '14 tháng 4, 2026') with machine
times in UTC or local time, an update stamp, leads that are plain or absent, an office signature, credits inside
captions, a guest's introduced quotation, a shop's product grid and dated lists before the item, an embedded Zalo OA
post, a module container's title above the headline, two writers at the end.
One page of this module carries a twist (page 13: the UPDATE stamp printed under the headline, the PUBLICATION stamp
only after the text)."""
from datetime import timedelta, timezone

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads14, past, expected, slug, hexid, alnum, b64blob, dump, twelve
from .kit import schedule, links_box, poll, og, jsonld, comments
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other34, WRITERS34
from .p_01_pages import jp, nvd, ticker, MEGA_MASS


# ===================================================================== 10 Hội Người cao tuổi tỉnh Quảng Trị: Joomla 3.10 + EasyBlog 5; an office account as the EasyBlog author (with an author box), the date in words (date only, <time content>), no sapo, a quote block repeating a sentence, the writer's signature at the end
A10 = Art("Mừng thọ hơn 14.000 người cao tuổi dịp Xuân Bính Ngọ",
          None,
          [("p", "Từ ngày 2 đến 8/2, các cấp Hội Người cao tuổi trong tỉnh đồng loạt tổ chức lễ mừng thọ cho 14.360 người cao tuổi tròn 70, 75, 80, 85, 90, 95 tuổi và trên 100 tuổi. Lễ mừng thọ được tổ chức trang trọng tại nhà văn hóa thôn, tổ dân phố, gắn với hoạt động đón Tết cổ truyền của dân tộc."),
           ("img", "/images/easyblog_articles/412/mung-tho-vinh-linh.jpg", "Lãnh đạo Hội Người cao tuổi tỉnh chúc thọ cụ bà Lê Thị Mến, 101 tuổi, ở xã Vĩnh Linh"),
           ("p", "Tại xã Vĩnh Linh, lễ mừng thọ năm nay dành cho 312 cụ; trong đó có 6 cụ tròn 100 tuổi được nhận thiếp chúc thọ của Chủ tịch nước và quà của tỉnh. Cụ Lê Thị Mến vẫn minh mẫn kể cho con cháu nghe chuyện những ngày gánh gạo ra chiến trường."),
           ("p", "Năm 2025, các cấp Hội đã vận động người cao tuổi tích cực tham gia xây dựng nông thôn mới, hiến đất làm đường, giữ gìn an ninh trật tự ở khu dân cư; duy trì 410 câu lạc bộ liên thế hệ tự giúp nhau. Phương châm “tuổi cao, gương sáng” được các cụ thực hiện bằng những việc làm cụ thể ở cộng đồng."),
           ("raw", "QUOTE"),
           ("p", "Đồng chí Chủ tịch Hội Người cao tuổi tỉnh cho biết, toàn tỉnh hiện có hơn 245.000 người cao tuổi; 100% người từ đủ 80 tuổi trở lên được hưởng trợ cấp xã hội hằng tháng và được cấp thẻ bảo hiểm y tế theo quy định."),
           ("img", "/images/easyblog_articles/412/van-nghe-lien-the-he.jpg", "Tiết mục văn nghệ của Câu lạc bộ liên thế hệ tự giúp nhau tại lễ mừng thọ"),
           ("p", "Dịp Tết Nguyên đán Bính Ngọ, Hội Người cao tuổi tỉnh phối hợp với các nhà hảo tâm trao 1.200 suất quà cho người cao tuổi có hoàn cảnh khó khăn, neo đơn, mỗi suất trị giá 500.000 đồng.")])
PULL10 = "Phương châm “tuổi cao, gương sáng” được các cụ thực hiện bằng những việc làm cụ thể ở cộng đồng."
BY10A, BY10U = "Lê Văn Hòa", "Hội Người cao tuổi xã Vĩnh Linh"
J_MONTHS = [f"Tháng {i}" for i in range(1, 13)]
J_WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def page10():
    pub = T("2026-02-09 10:15")
    site = "https://hoinguoicaotuoi.quangtri.gov.vn"
    url = f"{site}/tin-tuc/entry/mung-tho-hon-14-000-nguoi-cao-tuoi-dip-xuan-binh-ngo"

    def jd(d):
        return f"{J_WD[d.weekday()]}, {d.day:02d} {J_MONTHS[d.month - 1]} {d.year}"

    def img(s, c, n):
        return (f'<div class="ebd-block" data-type="image"><figure class="eb-image style-clear"><div class="eb-image-figure is-responsive"><a class="eb-image-viewport" href="{site}{s}" data-eb-image-lightbox>'
                f'<img src="{site}{s}" alt="" /></a></div><div class="eb-image-caption"><span>{esc(c)}</span></div></figure></div>')

    def p(t):
        return f'<div class="ebd-block" data-type="text"><p>{esc(t)}</p></div>'

    def raw(x):
        return f'<div class="ebd-block" data-type="quotes"><blockquote class="eb-quote style-default"><p>{esc(PULL10)}</p></blockquote></div>'

    def main(rng, rl, rd):
        rel = "".join(f'<div class="eb-entry-related-item"><a href="{site}/tin-tuc/entry/{slug(t)}">{esc(t)}</a><span class="eb-entry-related-date">{jd(d)}</span></div>' for t, d in zip(rl[:4], rd))
        cm = comments([("Nguyễn Văn Thành", "10/02/2026 07:42", "Chúc các cụ mạnh khỏe, sống vui, sống có ích cho con cháu."), ("Hoàng Thị Lựu", "11/02/2026 20:15", "Hoạt động rất ý nghĩa, cảm ơn Hội.")], "Bình luận", "eb-comments", form=True)
        return (f'<div id="eb" class="eb-component eb-lightbox-enabled eb-view-entry eb-layout-default eb-theme-wireframe"><div class="eb-entry fd-cf" data-blog-post data-id="412" itemscope itemtype="http://schema.org/BlogPosting">'
                f'<div class="eb-entry-head"><h1 id="title-412" class="eb-entry-title reset-heading" itemprop="name headline">{esc(A10.title)}</h1>'
                f'<div class="eb-entry-meta text-muted"><div class="eb-meta-author"><i class="fa fa-user"></i> <span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="{site}/tin-tuc/blogger/vanphonghoi" itemprop="url" rel="author"><span itemprop="name">Văn phòng Hội</span></a></span></div>'
                f'<div class="eb-meta-category comma-seperator"><i class="fa fa-folder-open"></i><span><a href="{site}/tin-tuc/categories/hoat-dong-hoi">Hoạt động Hội</a></span></div>'
                f'<div class="eb-meta-date"><i class="fa fa-clock-o"></i> <time class="eb-meta-date" content="{isod(pub)}" itemprop="datePublished">{jd(pub)}</time></div>'
                f'<div class="eb-meta-views"><i class="fa fa-eye"></i> Lượt xem: 215</div><div class="eb-meta-comments"><i class="fa fa-comment"></i> 2 bình luận</div></div></div>'
                f'<div class="eb-entry-body type-standard clearfix"><div class="eb-entry-article clearfix" itemprop="articleBody">{Art("", None, A10.blocks).render(p=p, img=img, raw=raw, sep="")}'
                f'<div class="ebd-block" data-type="text"><p style="text-align: right;"><em>{BY10A} ({BY10U})</em></p></div></div></div>'
                f'<div class="eb-entry-tools"><a href="#">In bài</a> <a href="#">Gửi email</a> <a href="#">Lưu bài</a></div>'
                f'<div class="eb-entry-author"><div class="eb-entry-author-avatar"><img src="/images/easyblog_avatar/vanphonghoi.png" alt="Văn phòng Hội" /></div><div class="eb-entry-author-details">'
                f'<h2 class="reset-heading"><a href="{site}/tin-tuc/blogger/vanphonghoi">Văn phòng Hội</a></h2><div class="eb-entry-author-bio">Tài khoản đăng tin của Văn phòng Hội Người cao tuổi tỉnh Quảng Trị.</div></div></div>'
                f'<div class="eb-entry-related"><h4 class="eb-section-heading reset-heading">Bài viết liên quan</h4>{rel}</div>{cm}</div></div>')

    def side(rng, p):
        return (f'<div class="moduletable"><h3>Bài viết mới</h3>' + mostread(rng, p, jd, "Bài viết mới", "eb-mod-latest", 5, numbered=False) + '</div>'
                + '<div class="moduletable"><h3>Chuyên mục</h3><ul class="eb-mod-categories"><li><a href="#">Hoạt động Hội (322)</a></li><li><a href="#">Gương người cao tuổi (118)</a></li><li><a href="#">Chăm sóc sức khỏe (64)</a></li></ul></div>'
                + links_box(["Trung ương Hội Người cao tuổi Việt Nam", "Báo Người cao tuổi", "Cổng TTĐT tỉnh Quảng Trị"]))

    def top(rng, p):
        now = p + timedelta(days=2, hours=-1)
        return (f'<div class="logo"><a href="/"><img src="/images/logo-hoi-nct.png" alt="Hội Người cao tuổi tỉnh Quảng Trị" /></a></div>'
                f'<div class="today">Hôm nay: {jd(now)}</div>')

    crumbs = (f'<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li>'
              f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>'
              f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2"></li>'
              f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc/categories/hoat-dong-hoi" class="pathway"><span itemprop="name">Hoạt động Hội</span></a><meta itemprop="position" content="3"></li>'
              f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{esc(A10.title)}</span><meta itemprop="position" content="4"></li></ul>')
    head = (og(A10.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" />'
            + '<link href="/components/com_easyblog/themes/wireframe/styles/style-5.4.12.min.css" rel="stylesheet" />'
            + '<script type="application/json" class="joomla-script-options new">{"csrf.token":"' + "a3f2c19be07d4c5a9e21b8d0f6c47e13" + '","system.paths":{"root":"","base":""}}</script>'
            + '<script>window.ezb = window.eb = {"environment":"production","rootUrl":"https://hoinguoicaotuoi.quangtri.gov.vn","ajaxUrl":"/index.php?option=com_easyblog&lang=&Itemid=124","token":"a3f2c19be07d4c5a9e21b8d0f6c47e13","mobile":false,"ios":false,"locale":"vi-VN","momentLang":"vi","direction":"ltr"};</script>')
    return page("s34-10", family="elderly_association_joomla310_easyblog5_office_account_author_box_pull_quote",
                name="quangtri-hoinct-joomla310-easyblog5-entry-view-h1-office-account-author-weekday-dd-thang-m-yyyy-time-content-date-only-no-sapo-quote-block-repeating-a-sentence-eb-image-captions-italic-right-name-paren-unit-author-box",
                url=url, art=A10, main_fn=main, pub=pub, prefix="nctqt", kb=192,
                org="Hội Người cao tuổi tỉnh Quảng Trị", addr="Phường Đồng Hới, tỉnh Quảng Trị", phone="0232.3822.518",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "easyblog", "head_extra": head, "title": A10.title + " - Hội Người cao tuổi tỉnh Quảng Trị", "items": MEGA_MASS},
                exp=expected(A10, isod(pub), author=BY10A, unit=BY10U, category="Hoạt động Hội"),
                traps={"bylines": [f"{BY10A} ({BY10U})", "Tài khoản đăng tin của Văn phòng Hội Người cao tuổi tỉnh Quảng Trị.", "2 bình luận"], "chrome": ["Bài viết liên quan", "Bài viết mới", "Lưu bài", "Chúc các cụ mạnh khỏe, sống vui, sống có ích cho con cháu."], "related": lambda rl: rl[:4]},
                notes="An elderly association's LONGEVITY CELEBRATIONS on Joomla 3.10 with EasyBlog 5 (the entry view). EasyBlog's author is the Joomla user 'Văn phòng Hội' — an account named after an office (set 30), with an author box after the text ('Tài khoản đăng tin của Văn phòng …'); the text is signed at its end, italic right, 'Lê Văn Hòa (Hội Người cao tuổi xã Vĩnh Linh)' → author + unit. The date is Joomla's vi 'l, d F Y' in WORDS: 'Thứ hai, 09 Tháng 2 2026', in a <time content='2026-02-09'> (date only, no time anywhere printed) → '2026-02-09'; the header and 'Bài viết mới' print the same shape; comment times are the readers'. No sapo: EasyBlog's intro is part of the text → lead null. A quote block (blockquote.eb-quote) repeats the last sentence of the paragraph before it → not body (set 24's pull quote). Captions: two eb-image-caption spans. Category 'Hoạt động Hội' (the crumb's section level; the crumb ends in the headline, set 27).",
                readme="Joomla 3.10 + EasyBlog 5, an elderly association's LONGEVITY CELEBRATIONS: EasyBlog's author an OFFICE ACCOUNT with an author box, the date in words 'Thứ hai, 09 Tháng 2 2026' (a <time content> date only), NO sapo, a quote block repeating a sentence, eb-image captions, italic 'Name (unit)' signature, comments with their own times")


# ===================================================================== 11 Tỉnh ủy Nghệ An: the '.dcs.vn' platform's VIDEO detail; the only stamp labelled 'Cập nhật:'; a player's duration; a source line only; the video's figcaption
A11 = Art("Cử tri vùng cao Nghệ An nô nức đi bầu cử",
          "Ngày 15/3, cử tri các xã vùng cao, biên giới của tỉnh đã nô nức đến các khu vực bỏ phiếu, thực hiện quyền và nghĩa vụ công dân trong cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.",
          [("p", "Từ sáng sớm, tại các khu vực bỏ phiếu ở xã Na Ngoi, Mường Típ, Nhôn Mai, đồng bào Mông, Khơ Mú, Thái mặc trang phục truyền thống, vượt đường núi đến điểm bầu cử. Nhiều khu vực bỏ phiếu hoàn thành trước 11 giờ trưa với 100% cử tri đi bầu."),
           ("p", "Theo Ủy ban Bầu cử tỉnh, đến 19 giờ cùng ngày, tỷ lệ cử tri đi bầu toàn tỉnh ước đạt 99,2%; các tổ bầu cử bảo đảm đúng quy trình, an toàn, không phát sinh khiếu nại tại khu vực bỏ phiếu.")])
CAP11 = "Clip: Cử tri xã Na Ngoi bỏ phiếu tại khu vực bỏ phiếu số 3"
SRC11 = "Nguồn: Báo và Phát thanh, Truyền hình Nghệ An"


def page11():
    pub = T("2026-03-15 19:30")
    site = "https://nghean.dcs.vn"
    url = f"{site}/video/21984/cu-tri-vung-cao-nghe-an-no-nuc-di-bau-cu.html"

    def dd(d):
        return f"{dmy(d)} - {hm(d)}"

    def main(rng, rl, rd):
        return (f'<div class="video-detail"><span class="chip-form">Video</span><h1 class="video-title">{esc(A11.title)}</h1>'
                f'<div class="video-meta"><span class="date"><i class="fa fa-clock-o"></i> Cập nhật: {dd(pub)}</span> <span class="views"><i class="fa fa-eye"></i> 1.962</span></div>'
                f'<p class="video-sapo"><strong>{esc(A11.lead)}</strong></p>'
                f'<figure class="video-figure"><div class="player-wrap"><video id="vd-21984" class="video-js vjs-default-skin" controls preload="none" poster="/Uploads/Video/2026/03/poster-21984.jpg" width="100%">'
                f'<source src="/Uploads/Video/2026/03/cu-tri-vung-cao-21984.mp4" type="video/mp4" /></video><div class="player-info">Thời lượng: 03:42</div></div>'
                f'<figcaption class="video-caption">{esc(CAP11)}</figcaption></figure>'
                f'<div class="video-desc">{Art("", None, A11.blocks).render(p=jp, sep="")}</div>'
                f'<p class="video-source" style="text-align:right"><em>{SRC11}</em></p>'
                f'<div class="video-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div></div>')

    def more(rng, p):
        ts = heads14(rng, 6)
        items = "".join(f'<div class="col-md-4 video-item"><a href="{site}/video/{21900 + i * 7}/{slug(t)}.html"><img src="/Uploads/Video/2026/03/thumb-{i}.jpg" alt="" /><span class="duration">0{i % 5 + 1}:{(17 * i + 5) % 60:02d}</span></a>'
                        f'<h3><a href="{site}/video/{21900 + i * 7}/{slug(t)}.html">{esc(t)}</a></h3><span class="date">Cập nhật: {dd(d)}</span></div>' for i, (t, d) in enumerate(zip(ts, past(p, rng, 6, 0, 12))))
        return f'<div class="video-others"><h2 class="title-cat">Video khác</h2><div class="row">{items}</div></div>'

    def side(rng, p):
        return (mostread(rng, p, lambda d: f"Cập nhật: {dd(d)}", "Tin đọc nhiều", "tin-docnhieu", 6)
                + '<div class="box-hotline"><h3>Đường dây nóng bầu cử</h3><p>Ủy ban Bầu cử tỉnh: 0238.3844.xxx</p></div>'
                + links_box(["Báo Nhân Dân", "Tạp chí Cộng sản", "Báo và Phát thanh, Truyền hình Nghệ An"]))

    def top(rng, p):
        now = p + timedelta(hours=15, minutes=4)
        return (f'<div class="banner"><img src="/Content/nghean/images/banner-tinh-uy.png" alt="Đảng bộ tỉnh Nghệ An" /></div>'
                f'<div class="today">{wd(now)}, {dmy(now)}</div>')

    crumbs = ('<div class="breadcrumb-video"><a href="/">Trang chủ</a> <span>›</span> <a href="/video.html">Video</a> <span>›</span> <a href="/video/thoi-su.html">Thời sự</a></div>')
    head = (og(A11.title, url, {"og:type": "video.other", "og:video": f"{site}/Uploads/Video/2026/03/cu-tri-vung-cao-21984.mp4"})
            + '<link href="https://vjs.zencdn.example/8.10.0/video-js.min.css" rel="stylesheet" />'
            + jsonld({"@context": "https://schema.org", "@type": "VideoObject", "name": A11.title, "uploadDate": "2026-03-15T19:30:00+07:00", "duration": "PT3M42S", "thumbnailUrl": f"{site}/Uploads/Video/2026/03/poster-21984.jpg"}))
    return page("s34-11", family="province_party_dcs_video_detail_cap_nhat_only_stamp_source_only",
                name="nghean-tinhuy-dcs-vn-video-detail-chip-form-h1-cap-nhat-dd-mm-yyyy-dash-hh-mm-only-stamp-bold-sapo-video-figure-figcaption-clip-thoi-luong-duration-two-paragraphs-nguon-source-only-video-khac-grid",
                url=url, art=A11, main_fn=main, pub=pub, prefix="tuna", kb=164,
                org="Đảng bộ tỉnh Nghệ An", addr="Số 1 đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An", phone="0238.3844.681",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dcs_video", "head_extra": head, "title": A11.title + " - Đảng bộ tỉnh Nghệ An", "items": MENU_NEWS, "below": more,
                          "left": lambda rng, p: ticker(rng, p, lambda d: f"Cập nhật: {dd(d)}", 5, "Tin mới")},
                exp=expected(A11, iso(pub), category="Thời sự", captions=[CAP11]),
                traps={"bylines": [SRC11, "Thời lượng: 03:42"], "chrome": ["Video khác", "Tin đọc nhiều", "Đường dây nóng bầu cử", "Sao chép liên kết"], "related": lambda rl: []},
                notes="A VIDEO item of election day on a Tỉnh ủy portal of the '.dcs.vn' platform (the video detail, /video/<id>/<slug>.html): a 'Video' form chip (set 27: not the category), the h1, and ONE stamp, labelled 'Cập nhật: 15/03/2026 - 19:30' — the only stamp of the item → the publication (set 33: a page whose only stamp is labelled 'Cập nhật' publishes with it), updated null; the 'Video khác' grid, the ticker and 'Tin đọc nhiều' print the same labelled shape for other items. The player's 'Thời lượng: 03:42' is a duration, not a time of day (NEW, set 34). The bold sapo is the lead; the two description paragraphs are body; the figure's figcaption 'Clip: …' is the video's caption (set 26). 'Nguồn: Báo và Phát thanh, Truyền hình Nghệ An' is a source → author and unit null (set 13). Category: the crumb 'Thời sự' under 'Video'.",
                readme="The '.dcs.vn' platform's VIDEO detail on a Tỉnh ủy portal, election day: a 'Video' chip, ONE stamp labelled 'Cập nhật: dd/mm/yyyy - HH:MM' (the grid and boxes in the same labelled shape), the player's 'Thời lượng: 03:42', a bold sapo, the video figure's figcaption, two paragraphs, 'Nguồn:' only (no author)")


# ===================================================================== 12 Báo và PT-TH Hải Phòng: the MOBILE site (m.); the stamp in the crumb row, two writers at the top, an h2 sapo, an inline related card, the next item's teaser, lazy figures
A12 = Art("Lãnh đạo thành phố dâng hương tưởng niệm Chủ tịch Hồ Chí Minh nhân kỷ niệm 136 năm Ngày sinh của Người",
          "Sáng 19/5, đoàn đại biểu lãnh đạo Thành ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam thành phố đã đến dâng hoa, dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Khu tưởng niệm Chủ tịch Hồ Chí Minh của thành phố.",
          [("p", "Trong không khí trang nghiêm, các đồng chí lãnh đạo thành phố thành kính tưởng nhớ công lao to lớn của Chủ tịch Hồ Chí Minh - lãnh tụ thiên tài của Đảng và dân tộc, Anh hùng giải phóng dân tộc, Danh nhân văn hóa thế giới."),
           ("img", "/uploads/2026/05/19/dang-huong-136-nam-1.jpg", "Các đồng chí lãnh đạo thành phố dâng hương tưởng niệm Chủ tịch Hồ Chí Minh"),
           ("p", "Trước anh linh của Người, đoàn đại biểu nguyện tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đoàn kết, quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ thành phố, xây dựng Hải Phòng phát triển nhanh, bền vững."),
           ("raw", "RELCARD"),
           ("p", "Cùng ngày, các đảng bộ xã, phường, đặc khu trên địa bàn thành phố đồng loạt tổ chức dâng hương tưởng niệm Chủ tịch Hồ Chí Minh; nhiều địa phương trao Huy hiệu Đảng, kết nạp đảng viên mới mang tên “Lớp đảng viên 19/5”."),
           ("img", "/uploads/2026/05/19/dang-huong-136-nam-2.jpg", "Đoàn viên thanh niên dâng hoa tại Khu tưởng niệm"),
           ("p", "Trước đó, tối 18/5, Thành đoàn tổ chức chương trình nghệ thuật “Sáng mãi tên Người” và lễ thắp nến tri ân với sự tham gia của hơn 2.000 đoàn viên, thanh niên.")])
W12 = ["Hải Nam", "Tuấn Anh"]


def page12():
    pub = T("2026-05-19 11:20")
    site = "https://m.baohaiphong.vn"
    url = f"{site}/chinh-tri/lanh-dao-thanh-pho-dang-huong-tuong-niem-chu-tich-ho-chi-minh-nhan-ky-niem-136-nam-ngay-sinh-cua-nguoi-541287.html"

    def mt(d):
        return f"{hm(d)} - {dmy(d)}"

    def img(s, c, n):
        return (f'<figure class="m-figure"><img class="m-lazy" src="/static/m/img/placeholder-16x9.png" data-src="https://cdn.baohaiphong.vn{s}" alt="{esc(c, True)}" />'
                f'<figcaption class="m-caption">{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        rels = other34(rng, 3)
        card = "".join(f'<li><a href="{site}/chinh-tri/{slug(t)}-{540900 + i * 71}.html"><span class="m-rel-title">{esc(t)}</span><span class="m-rel-time">{mt(pub - timedelta(days=i + 1, hours=4))}</span></a></li>' for i, (t, s) in enumerate(rels[:2]))
        nxt = rels[2]

        def raw(x):
            return f'<div class="m-related-inline"><p class="m-related-label">Tin liên quan</p><ul>{card}</ul></div>'

        tags = "".join(f'<a class="m-tag" href="{site}/tag/{slug(t)}.html">#{esc(t)}</a> ' for t in ["136 năm Ngày sinh Bác Hồ", "Thành ủy Hải Phòng"])
        return (f'<article class="m-article"><h1 class="m-title">{esc(A12.title)}</h1>'
                f'<div class="m-author"><span class="m-author-name">{W12[0]} - {W12[1]}</span></div>'
                f'<h2 class="m-sapo">{esc(A12.lead)}</h2>'
                f'<div class="m-content">{Art("", None, A12.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", img=img, raw=raw, sep="")}</div>'
                f'<div class="m-tags">{tags}</div><div class="m-share"><a href="#">Chia sẻ</a> <a href="#">Zalo</a> <a href="#">Sao chép link</a></div></article>'
                f'<section class="m-next"><p class="m-next-label">Bài tiếp theo</p><a href="{site}/chinh-tri/{slug(nxt[0])}-541240.html"><h3 class="m-next-title">{esc(nxt[0])}</h3></a>'
                f'<span class="m-next-time">{mt(pub - timedelta(hours=2, minutes=35))}</span><p class="m-next-sapo">{esc(nxt[1])}</p></section>')

    def side(rng, p):
        items = "".join(f'<li><a href="{site}/{slug(t)}.html"><span class="m-more-title">{esc(t)}</span></a><span class="m-more-meta">{mt(d)}</span></li>' for t, d in zip(heads14(rng, 8), past(p, rng, 8, 0, 4)))
        return f'<h3 class="m-more-head">Tin mới</h3><ul class="m-more-list">{items}</ul>' + mostread(rng, p, mt, "Đọc nhiều", "m-most", 5)

    def top(rng, p):
        return (f'<a class="m-logo" href="/"><img src="/static/m/img/logo-bao-hai-phong.svg" alt="Báo và Phát thanh, Truyền hình Hải Phòng" /></a>'
                f'<span class="m-today">{wd(p)}, {dmy(p)}</span>')

    crumbs = (f'<div class="m-breadcrumb"><a href="{site}/thoi-su.html">Thời sự</a> <span class="sep">›</span> <a href="{site}/chinh-tri.html">Chính trị</a>'
              f'<span class="m-time"><i class="icon-clock"></i> {mt(pub)}</span></div>')
    head = (og(A12.title, url, {"og:description": A12.lead, "article:published_time": "2026-05-19T11:20:00+07:00"})
            + f'<link rel="canonical" href="https://baohaiphong.vn/chinh-tri/lanh-dao-thanh-pho-dang-huong-tuong-niem-chu-tich-ho-chi-minh-nhan-ky-niem-136-nam-ngay-sinh-cua-nguoi-541287.html" />'
            + '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A12.title, "datePublished": "2026-05-19T11:20:00+07:00", "author": [{"@type": "Person", "name": W12[0]}, {"@type": "Person", "name": W12[1]}]}))
    return page("s34-12", family="merged_press_agency_mobile_site_stamp_in_crumb_row_two_writers_top",
                name="haiphong-bao-va-ptth-mobile-site-m-subdomain-one-column-crumb-row-thoi-su-chinh-tri-then-hh-mm-dash-dd-mm-yyyy-h1-two-writers-dash-h2-sapo-inline-tin-lien-quan-card-lazy-data-src-figcaptions-next-item-teaser",
                url=url, art=A12, main_fn=main, pub=pub, prefix="mbhp", kb=152,
                org="Báo và Phát thanh, Truyền hình Hải Phòng", addr="Số 5 đường Lạch Tray, phường Ngô Quyền, thành phố Hải Phòng", phone="0225.3842.566",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "press_mobile", "head_extra": head, "title": A12.title, "items": MENU_NEWS,
                          "left": lambda rng, p: ticker(rng, p, mt, 4, "Tin nóng")},
                exp=expected(A12, iso(pub), author=", ".join(W12), category="Chính trị"),
                traps={"bylines": [f"{W12[0]} - {W12[1]}"], "chrome": ["Tin liên quan", "Bài tiếp theo", "Xem phiên bản máy tính", "Sao chép link", "#136 năm Ngày sinh Bác Hồ"], "related": lambda rl: []},
                notes="A commemoration on Bác's 136th birthday, as the MOBILE site of a merged press agency serves it (m.<domain>, the page a phone user agent gets; the canonical names the desktop URL). One column: the crumb ROW carries the stamp after the category levels — 'Thời sự › Chính trị  11:20 - 19/05/2026' — then the h1, the two writers 'Hải Nam - Tuấn Anh' under it, the sapo as an h2, the text with two lazy figures (a placeholder src, the picture in data-src) and an inline 'Tin liên quan' card of two other items with their times, tags, and a 'Bài tiếp theo' teaser of the NEXT item (headline, time, sapo). 'Tin mới' and 'Đọc nhiều' print the same time shape; the header prints the day. Expected: stamp from the crumb row → 2026-05-19T11:20:00+07:00 (set 33's crumb-row stamp); authors 'Hải Nam, Tuấn Anh' (two short names with ' - ', set 33); lead the h2 sapo; category 'Chính trị' (the level before the stamp); the card and the teaser are other items' (sets 24, 27).",
                readme="A merged press agency's MOBILE site (m.), a commemoration on Bác's birthday: the stamp in the crumb ROW after 'Thời sự › Chính trị', TWO writers 'A - B' under the h1, an h2 sapo, an inline 'Tin liên quan' card with times, lazy data-src figcaptions, tags, the NEXT item's teaser (headline, time, sapo)")


# ===================================================================== 13 Đảng ủy xã Hảo Đước (Tây Ninh): NukeViet 4.5, a commune vendor theme printing the UPDATE stamp under the headline and the PUBLICATION stamp only in the info line after the text (TWIST)
A13 = Art("Đảng ủy xã Hảo Đước trao Huy hiệu Đảng đợt 3/2 cho 24 đảng viên",
          "Nhân kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2026), chiều 3/2, Đảng ủy xã Hảo Đước tổ chức lễ trao Huy hiệu Đảng cho 24 đảng viên, trong đó có 2 đồng chí nhận Huy hiệu 60 năm tuổi Đảng.",
          [("p", "Các đảng viên nhận Huy hiệu Đảng đợt này gồm 2 đồng chí 60 năm tuổi Đảng, 3 đồng chí 55 năm, 6 đồng chí 45 năm, 5 đồng chí 40 năm và 8 đồng chí 30 năm tuổi Đảng. Đây đều là những đảng viên luôn gương mẫu, giữ vững phẩm chất chính trị, tích cực tham gia công tác ở khu dân cư."),
           ("img", "/uploads/news/2026_02/trao-huy-hieu-60-nam.jpg", "Đồng chí Bí thư Đảng ủy xã trao Huy hiệu 60 năm tuổi Đảng cho đảng viên lão thành"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã chúc mừng các đảng viên được nhận Huy hiệu Đảng; mong các đồng chí tiếp tục giữ gìn phẩm chất người đảng viên, là chỗ dựa tinh thần cho các thế hệ đảng viên trẻ và con cháu trong gia đình."),
           ("p", "Thay mặt các đảng viên được nhận Huy hiệu, đồng chí Nguyễn Văn Tư, 60 năm tuổi Đảng, bày tỏ niềm vinh dự, tự hào; hứa sẽ tiếp tục tham gia sinh hoạt chi bộ đều đặn và vận động con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước."),
           ("img", "/uploads/news/2026_02/chup-anh-luu-niem.jpg", "Các đảng viên nhận Huy hiệu Đảng chụp ảnh lưu niệm cùng lãnh đạo xã"),
           ("p", "Dịp này, Đảng ủy xã cũng trao quyết định kết nạp đảng viên cho 5 quần chúng ưu tú, nâng tổng số đảng viên của Đảng bộ xã lên 812 đồng chí.")])
BY13 = "Trần Văn Lực"


def page13():
    pub = T("2026-02-03 16:40")
    upd = T("2026-02-04 09:12")
    site = "https://haoduoc.tayninh.dcs.vn"
    url = f"{site}/news/xay-dung-dang/dang-uy-xa-hao-duoc-trao-huy-hieu-dang-dot-3-2-cho-24-dang-vien-412.html"

    def cn(d):
        return f"{hm(d)} - {dmy(d)}"

    def img(s, c, n):
        return f'<figure class="image"><img alt="{esc(c, True)}" src="{site}{s}" width="700" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/news/xay-dung-dang/{slug(t)}.html">{esc(t)}</a> <span class="text-muted">(Cập nhật: {cn(d)})</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A13.title)}</h1>'
                f'<div class="xa-meta"><span class="xa-capnhat"><em class="fa fa-refresh"></em> Cập nhật: {cn(upd)}</span>'
                f'<span class="xa-tools"><a href="#" title="In ra"><em class="fa fa-print"></em></a> <a href="#" title="Gửi email"><em class="fa fa-envelope"></em></a></span></div>'
                f'<div class="hometext"><strong>{esc(A13.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{Art("", None, A13.blocks).render(p=jp, img=img, sep="")}</div>'
                f'<div class="xa-info-after"><p class="h5 text-right"><strong>Tác giả: </strong>{BY13}</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Văn phòng Đảng ủy xã</p>'
                f'<p class="xa-ngaydang text-right"><em class="fa fa-calendar"></em> Ngày đăng: {dmy(pub)} {hm(pub)} | Lượt xem: 367</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Tin cùng chuyên mục</strong></p><ul class="related">{rel}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, lambda d: f"Cập nhật: {cn(d)}", "Tin xem nhiều", "xa-xemnhieu", 6)
                + schedule(rng, p, "Lịch làm việc Thường trực Đảng ủy", "xa-lich")
                + vb_box(["Kế hoạch kỷ niệm 96 năm Ngày thành lập Đảng", "Hướng dẫn xét tặng Huy hiệu Đảng đợt 19/5/2026", "Thông báo lịch tiếp công dân tháng 2/2026"], "Văn bản mới", "xa-vb"))

    def top(rng, p):
        now = p + timedelta(days=3, hours=-2)
        return (f'<div class="xa-logo"><img src="/themes/xa/images/logo.png" alt="" /><div class="xa-name"><span>ĐẢNG BỘ XÃ HẢO ĐƯỚC</span><small>Tỉnh Tây Ninh</small></div></div>'
                f'<div class="xa-today">{nvd(now)}</div>')

    crumbs = ('<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/"><span>Trang chủ</span></a></li>'
              '<li><a href="/news/"><span>Tin tức</span></a></li><li><a href="/news/xay-dung-dang/"><span>Xây dựng Đảng</span></a></li></ul></div>')
    head = (og(A13.title, url, {"og:description": A13.lead}) + '<meta name="generator" content="NukeViet v4.5" />'
            + '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_func_name="detail",nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Haoduoc";</script>')
    return page("s34-13", family="commune_party_nukeviet45_update_stamp_above_publication_below_text",
                name="tayninh-haoduoc-dangbo-xa-nukeviet45-commune-vendor-theme-h1-cap-nhat-hh-mm-dash-dd-mm-yyyy-edittime-under-headline-bold-hometext-figcaptions-tac-gia-nguon-tin-ngay-dang-dd-mm-yyyy-hh-mm-publtime-after-text",
                url=url, art=A13, main_fn=main, pub=pub, prefix="xahd", kb=204,
                org="Đảng bộ xã Hảo Đước", addr="Xã Hảo Đước, tỉnh Tây Ninh", phone="0276.3874.210",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv45_xa", "head_extra": head, "title": A13.title + " - Đảng bộ xã Hảo Đước", "items": MENU_NEWS,
                          "left": lambda rng, p: ticker(rng, p, lambda d: f"Cập nhật: {cn(d)}", 5, "Tin mới")},
                exp=expected(A13, iso(pub), updated=iso(upd), author=BY13, category="Xây dựng Đảng"),
                traps={"bylines": ["Tác giả:", "Nguồn tin: Văn phòng Đảng ủy xã", "Lượt xem: 367"], "chrome": ["Tin cùng chuyên mục", "Tin xem nhiều", "Lịch làm việc Thường trực Đảng ủy", "Văn bản mới"], "related": lambda rl: rl[:5]},
                notes="TWIST (the update stamp above, the publication stamp below the text): a commune Party committee's NukeViet 4.5 site under a provincial vendor's theme for communes. Under the h1 the theme prints the record's EDIT time, labelled 'Cập nhật: 09:12 - 04/02/2026'; the PUBLICATION time is printed only in the info line AFTER the text, 'Ngày đăng: 03/02/2026 16:40 | Lượt xem: 367'. The ticker, 'Tin xem nhiều' and 'Tin cùng chuyên mục' all print other items as 'Cập nhật: HH:MM - dd/mm/yyyy'. An extractor that takes the first stamp under the headline — or applies set 33's rule ('a page whose only stamp is labelled Cập nhật publishes with it') without checking that no publication stamp is printed — stores the item as published the next morning (and loses the real publication). Expected (NEW rule, set 34): each stamp is what its label says, wherever it sits: published 2026-02-03T16:40:00+07:00 from 'Ngày đăng:', updated 2026-02-04T09:12:00+07:00 from 'Cập nhật:'; set 33's rule applies only when the item prints no publication stamp anywhere. Author 'Trần Văn Lực' (NukeViet's author field), 'Nguồn tin' a source; lead the bold hometext; two figcaptions; category 'Xây dựng Đảng' (crumb).",
                readme="TWIST — NukeViet 4.5 under a commune vendor theme, a Party-badge CEREMONY: under the h1 only 'Cập nhật: 09:12 - 04/02/2026' (the edit time; every list on the page prints 'Cập nhật: …' too), the PUBLICATION 'Ngày đăng: 03/02/2026 16:40' only in the info line after the text; bold hometext, figcaptions, 'Tác giả:' + 'Nguồn tin:'")


# ===================================================================== 14 Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng: Payload CMS 3 in a Next.js 15 app; the date in words with a UTC dateTime (milliseconds); two writers ('Bởi A, B'); a plain excerpt as lead; Lexical h2 headings; an inline 'Đọc thêm' relationship card; the RSC payload after the markup
A14 = Art("Hội nghị báo cáo viên Thành ủy tháng 3: thông tin chuyên đề về phát triển kinh tế tư nhân",
          "Ngày 27/3, Ban Tuyên giáo và Dân vận Thành ủy tổ chức Hội nghị báo cáo viên Thành ủy định kỳ tháng 3/2026 theo hình thức trực tiếp kết hợp trực tuyến đến 94 điểm cầu các đảng bộ xã, phường, đặc khu và đảng bộ trực thuộc.",
          [("h", "Kinh tế tư nhân - động lực quan trọng"),
           ("p", "Tại hội nghị, báo cáo viên Trung ương đã thông tin chuyên đề về phát triển kinh tế tư nhân theo tinh thần Nghị quyết số 68-NQ/TW của Bộ Chính trị; những cơ chế, chính sách mới nhằm tháo gỡ điểm nghẽn về thủ tục, đất đai và tiếp cận vốn cho doanh nghiệp nhỏ và vừa."),
           ("p", "Theo số liệu được thông tin, năm 2025 thành phố có hơn 4.800 doanh nghiệp thành lập mới, tăng 18% so với năm trước; khu vực kinh tế tư nhân đóng góp khoảng 57% tổng sản phẩm trên địa bàn và tạo việc làm cho gần 70% lao động."),
           ("img", "/api/media/file/hoi-nghi-bcv-thang-3-1.jpg", "Báo cáo viên Trung ương thông tin chuyên đề tại hội nghị"),
           ("raw", "CARD"),
           ("h", "Nắm bắt tư tưởng, dư luận xã hội"),
           ("p", "Hội nghị cũng nghe thông tin về tình hình tư tưởng, dư luận xã hội trên địa bàn trong tháng 3; kết quả triển khai các nhiệm vụ sau kỳ họp thứ nhất HĐND thành phố nhiệm kỳ 2026 - 2031 và định hướng tuyên truyền trong tháng 4/2026."),
           ("p", "Phát biểu kết luận, đồng chí Trưởng Ban Tuyên giáo và Dân vận Thành ủy đề nghị đội ngũ báo cáo viên kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân, chủ động cung cấp thông tin chính thống, đấu tranh phản bác các thông tin sai lệch trên không gian mạng."),
           ("img", "/api/media/file/hoi-nghi-bcv-thang-3-2.jpg", "Đại biểu dự hội nghị tại điểm cầu phường Hải Châu")])
W14 = ["Nguyễn Hải Đăng", "Trần Mai Phương"]


def page14():
    pub = T("2026-03-27 09:30")
    site = "https://tuyengiaodanvan.danang.gov.vn"
    url = f"{site}/tin-tuc/hoi-nghi-bao-cao-vien-thanh-uy-thang-3-thong-tin-chuyen-de-ve-phat-trien-kinh-te-tu-nhan"
    utc = pub.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")

    def vd(d):
        return f"{d.day} tháng {d.month}, {d.year}"

    def img(s, c, n):
        return (f'<figure class="media-block media-block--upload"><img alt="" loading="lazy" width="1200" height="800" decoding="async" data-nimg="1" class="media-block__img" '
                f'srcset="/_next/image?url=%2Fapi%2Fmedia%2Ffile%2F{s.rsplit("/", 1)[1]}&amp;w=1200&amp;q=75 1x, /_next/image?url=%2Fapi%2Fmedia%2Ffile%2F{s.rsplit("/", 1)[1]}&amp;w=1920&amp;q=75 2x" src="/_next/image?url=%2Fapi%2Fmedia%2Ffile%2F{s.rsplit("/", 1)[1]}&amp;w=1920&amp;q=75" />'
                f'<figcaption class="media-block__caption"><div class="richtext"><p>{esc(c)}</p></div></figcaption></figure>')

    def main(rng, rl, rd):
        o = other34(rng, 1)[0]

        def raw(x):
            return (f'<div class="block-related" data-block-type="relatedPost"><span class="block-related__label">Đọc thêm</span><a class="block-related__link" href="{site}/tin-tuc/{slug(o[0])}">'
                    f'<h3 class="block-related__title">{esc(o[0])}</h3><p class="block-related__excerpt">{esc(o[1])}</p><time class="block-related__date" dateTime="{(pub - timedelta(days=6, hours=2)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{vd(pub - timedelta(days=6))}</time></a></div>')

        rel = "".join(f'<li class="card"><a class="card__link" href="{site}/tin-tuc/{slug(t)}"><h3 class="card__title">{esc(t)}</h3></a><time class="card__date" dateTime="{d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{vd(d)}</time></li>' for t, d in zip(rl[:3], rd))
        return (f'<article class="post"><div class="post__hero"><nav class="post__categories"><a class="chip" href="{site}/chuyen-muc/thong-tin-tuyen-truyen">Thông tin tuyên truyền</a></nav>'
                f'<h1 class="post__title">{esc(A14.title)}</h1><div class="post__meta"><p class="post__authors">Bởi <span>{W14[0]}</span>, <span>{W14[1]}</span></p>'
                f'<span class="post__dot">·</span><time class="post__date" dateTime="{utc}">{vd(pub)}</time></div></div>'
                f'<p class="post__excerpt">{esc(A14.lead)}</p>'
                f'<div class="richtext payload-richtext post__content">{Art("", None, A14.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f"<h2>{esc(t)}</h2>", img=img, raw=raw, sep="")}</div>'
                f'<div class="post__share"><button type="button">Chia sẻ</button><button type="button">Sao chép liên kết</button></div></article>'
                f'<section class="related-posts"><h2 class="related-posts__title">Bài viết liên quan</h2><ul class="related-posts__grid">{rel}</ul></section>')

    def side(rng, p):
        return (mostread(rng, p, vd, "Xem nhiều", "aside-most", 5, writer_fmt="Bởi {w}")
                + '<div class="aside-newsletter"><h3>Nhận bản tin</h3><p>Đăng ký nhận thông tin định hướng tuyên truyền hằng tháng.</p><input type="email" placeholder="Email" /><button type="button">Đăng ký</button></div>')

    def top(rng, p):
        return (f'<a class="site-logo" href="/"><img src="/logo-btgdv.svg" alt="Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng" width="220" height="48" /></a>'
                f'<form class="site-search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm" /></form>')

    crumbs = (f'<nav aria-label="breadcrumb" class="crumbs"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>'
              f'<li><a href="/chuyen-muc/thong-tin-tuyen-truyen">Thông tin tuyên truyền</a></li></ol></nav>')
    doc = {"id": 318, "title": A14.title, "slug": url.rsplit("/", 1)[1], "publishedAt": utc, "updatedAt": "2026-03-27T03:12:44.918Z",
           "authors": [{"id": 7, "name": W14[0]}, {"id": 12, "name": W14[1]}], "categories": [{"id": 3, "title": "Thông tin tuyên truyền"}],
           "excerpt": A14.lead, "content": {"root": {"type": "root", "children": [{"type": "paragraph", "children": [{"type": "text", "text": t}]} for t in A14.pars]}}}
    rsc = "".join(f'<script>self.__next_f.push([1,{dump(chunk)}])</script>' for chunk in
                  ["1:HL[\"/_next/static/css/" + "8c1f2e0a4b7d9e35" + ".css\",\"style\"]\n", "2:I[\"(app)/tin-tuc/[slug]/page\",[\"app/(app)/tin-tuc/[slug]/page-4e1b2c.js\"],\"default\"]\n",
                   "3:" + dump({"doc": doc}) + "\n"])
    head = (og(A14.title, url, {"og:description": A14.lead, "article:published_time": utc})
            + '<meta name="next-size-adjust" content="" /><link rel="preload" href="/_next/static/media/be-vietnam-pro-latin-vietnamese.woff2" as="font" crossorigin="" type="font/woff2" />'
            + '<script src="/_next/static/chunks/webpack-7f2d1c0e.js" async=""></script><script src="/_next/static/chunks/main-app-3a9e8b.js" async=""></script>')
    return page("s34-14", family="city_propaganda_board_payload3_nextjs15_utc_datetime_two_writers_related_card",
                name="danang-btgdv-thanh-uy-payload-cms3-nextjs15-app-router-chip-h1-boi-two-writers-time-d-thang-m-yyyy-datetime-utc-z-milliseconds-plain-excerpt-lead-lexical-h2-upload-figcaptions-doc-them-relationship-card-rsc-payload",
                url=url, art=A14, main_fn=main, pub=pub, prefix="btgdn", kb=232,
                org="Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng", addr="Số 24 đường Trần Phú, phường Hải Châu, thành phố Đà Nẵng", phone="0236.3821.436",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "payload", "head_extra": head, "title": A14.title + " | Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng", "items": MENU_NEWS,
                          "scripts": rsc},
                exp=expected(A14, iso(pub), author=", ".join(W14), category="Thông tin tuyên truyền"),
                traps={"bylines": ["Bởi"], "boxes": ["Đọc thêm"], "chrome": ["Bài viết liên quan", "Xem nhiều", "Nhận bản tin", "Sao chép liên kết"], "related": lambda rl: rl[:3]},
                notes="A briefing for the city's report-back speakers on a Ban Tuyên giáo và Dân vận site built with Payload CMS 3 inside a Next.js 15 app (App Router; the server-rendered markup is followed by the RSC payload in self.__next_f.push scripts, which carry the document again as JSON). Meta under the h1: 'Bởi Nguyễn Hải Đăng, Trần Mai Phương' (Payload's authors relation, two persons → 'Nguyễn Hải Đăng, Trần Mai Phương') and <time dateTime='2026-03-27T02:30:00.000Z'>27 tháng 3, 2026</time> — the vi long date in words (Intl 'dateStyle: long'), its dateTime in UTC with milliseconds. Expected: 2026-03-27T09:30:00+07:00 (set 31: the UTC time is converted to +07:00 before it is compared with the printed day; set 27: the fraction dropped; set 25, MAJORITY: the date-only print takes its own <time>'s time). The excerpt p.post__excerpt (plain) is the lead; the two Lexical h2 headings are body; the 'Đọc thêm' relationship block inside the text (another item's headline, sapo, date) is not body (set 24); captions: two upload blocks' figcaptions (a <p> inside). Category: the chip and the crumb 'Thông tin tuyên truyền'. 'Xem nhiều' entries carry 'Bởi <name>' and dates in the same words.",
                readme="Payload CMS 3 in a Next.js 15 app (a stack no set had used), a briefing for report-back speakers: 'Bởi A, B' (two writers), '27 tháng 3, 2026' in a <time dateTime> in UTC with milliseconds, a PLAIN excerpt as lead, Lexical h2 headings, upload figcaptions, an inline 'Đọc thêm' relationship card, the RSC payload after the markup")


# ===================================================================== 15 Trường Chính trị tỉnh Đồng Nai: Plone 6 with Volto; the description as a plain lead; the writer's signature in the text; a byline block AFTER the text with the publication and the update in words (moment 'LLL'), an account
A15 = Art("Hội thảo khoa học “Đổi mới nội dung, phương pháp giảng dạy lý luận chính trị trong giai đoạn mới”",
          "Ngày 15/4, Trường Chính trị tỉnh tổ chức hội thảo khoa học cấp trường với 28 tham luận của giảng viên, cán bộ quản lý đào tạo và báo cáo viên, tập trung vào yêu cầu đổi mới nội dung, phương pháp giảng dạy sau khi sắp xếp tổ chức bộ máy.",
          [("p", "Hội thảo tập trung làm rõ những yêu cầu mới đối với công tác đào tạo, bồi dưỡng lý luận chính trị khi học viên chủ yếu là cán bộ cấp xã sau sắp xếp; việc cập nhật nội dung các văn kiện Đại hội XIV của Đảng vào chương trình trung cấp lý luận chính trị."),
           ("h", "Gắn lý luận với thực tiễn cơ sở"),
           ("p", "Nhiều tham luận đề xuất tăng thời lượng thảo luận, xử lý tình huống, nghiên cứu thực tế tại các xã, phường; xây dựng ngân hàng tình huống từ thực tiễn vận hành chính quyền địa phương hai cấp; ứng dụng bài giảng điện tử và hệ thống quản lý học tập trực tuyến."),
           ("img", "/tin-tuc/hoi-thao-doi-moi-giang-day/anh-1.jpg/@@images/image/large", "Các đại biểu dự hội thảo khoa học"),
           ("p", "ThS. Nguyễn Văn Bình, Trưởng khoa Lý luận cơ sở, cho rằng mỗi giảng viên cần dành ít nhất 15 ngày mỗi năm đi thực tế cơ sở để bài giảng gần hơn với công việc hằng ngày của học viên."),
           ("p", "Phát biểu bế mạc, đồng chí Hiệu trưởng Trường Chính trị tỉnh đề nghị các khoa, phòng tiếp thu ý kiến tại hội thảo, hoàn thiện chương trình, giáo án trong quý II/2026; gắn đánh giá giảng viên với chất lượng bài giảng và mức độ hài lòng của học viên."),
           ("img", "/tin-tuc/hoi-thao-doi-moi-giang-day/anh-2.jpg/@@images/image/large", "Giảng viên trình bày tham luận tại hội thảo")])
BY15A, BY15U = "ThS. Lê Thị Thanh Hương", "Khoa Xây dựng Đảng"
VI_MON = [f"tháng {i}" for i in range(1, 13)]


def page15():
    pub = T("2026-04-16 08:30")
    upd = T("2026-04-17 10:05")
    site = "https://truongchinhtri.dongnai.gov.vn"
    url = f"{site}/tin-tuc/hoi-thao-doi-moi-giang-day"

    def lll(d):
        return f"{d.day} {VI_MON[d.month - 1]} năm {d.year} {hm(d)}"

    def img(s, c, n):
        return (f'<div class="block image align center"><figure class="figure center large"><img src="{site}{s}" alt="" loading="lazy" width="1200" height="800" class="responsive" />'
                f'<figcaption class="content"><div class="title">{esc(c)}</div></figcaption></figure></div>')

    def sp(t):
        return f"<p>{esc(t)}</p>"

    def sh(t):
        return f'<h2 id="{slug(t)[:24]}">{esc(t)}</h2>'

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/tin-tuc/{slug(t)}">{esc(t)}</a> <span class="date">{lll(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div id="page-document" class="ui container view-wrapper newsitem-view"><div class="block title"><h1 class="documentFirstHeading">{esc(A15.title)}</h1></div>'
                f'<div class="block description"><p class="documentDescription">{esc(A15.lead)}</p></div>'
                f'{Art("", None, A15.blocks).render(p=sp, h=sh, img=img, sep="")}'
                f'<p style="text-align:right"><em>{BY15A} - {BY15U}</em></p>'
                f'<div class="documentByline"><span class="documentAuthor">Đăng bởi <a href="{site}/author/qtv.truongct">qtv.truongct</a></span> — '
                f'<span class="documentPublished"><span>Đăng ngày</span> {lll(pub)}</span> — <span class="documentModified"><span>Sửa đổi lần cuối</span> {lll(upd)}</span></div>'
                f'<div class="relatedItems"><h2 class="headline">Nội dung liên quan</h2><ul>{rel}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, lll, "Tin mới", "portlet-recent", 6)
                + '<div class="portlet-calendar"><h3>Lịch giảng dạy tuần</h3><p>Lớp Trung cấp lý luận chính trị K52: chuyên đề “Xây dựng Đảng về tổ chức”, 7h30 thứ Hai.</p></div>')

    def top(rng, p):
        return ('<div class="logo"><a title="Trang chủ" href="/"><img src="/logo-truong-chinh-tri.png" alt="Trường Chính trị tỉnh Đồng Nai" /></a></div>'
                '<div class="search"><form action="/search"><input aria-label="Tìm kiếm" name="SearchableText" placeholder="Tìm kiếm trang web" /></form></div>')

    crumbs = ('<nav aria-label="Breadcrumbs" class="ui breadcrumb"><a class="section" href="/" title="Trang chủ">Trang chủ</a><i aria-hidden="true" class="right angle icon divider"></i>'
              '<a class="section" href="/tin-tuc">Tin tức</a><i aria-hidden="true" class="right angle icon divider"></i><a class="section" href="/tin-tuc/dao-tao-boi-duong">Đào tạo, bồi dưỡng</a></nav>')
    state = {"content": {"data": {"@id": url, "@type": "News Item", "title": A15.title, "description": A15.lead, "effective": "2026-04-16T01:30:00+00:00", "modified": "2026-04-17T03:05:00+00:00",
                                  "creators": ["qtv.truongct"], "subjects": ["hội thảo", "giảng dạy"], "blocks_layout": {"items": ["9c1e2f7a", "44d0b8e1", "b7a2c3d9", "0e5f6a1b", "c9d8e7f6", "1a2b3c4d", "5e6f7a8b", "d1e2f3a4", "7b8c9d0e"]}}}}
    head = (og(A15.title, url, {"og:description": A15.lead}) + '<meta name="generator" content="Plone 6 - https://plone.org" />'
            + f'<script charSet="UTF-8">window.env = {{"RAZZLE_API_PATH":"{site}","apiPath":"{site}","publicURL":"{site}"}};</script>'
            + f'<script charSet="UTF-8">window.__data={dump(state)};</script>')
    return page("s34-15", family="political_school_plone6_volto_description_lead_byline_block_after_text",
                name="dongnai-truongchinhtri-plone6-volto-newsitem-view-h1-plain-description-lead-slate-h2-image-block-figcaptions-italic-right-degree-name-dash-unit-byline-block-after-text-dang-ngay-d-thang-m-nam-yyyy-hh-mm-sua-doi-lan-cuoi",
                url=url, art=A15, main_fn=main, pub=pub, prefix="tctdn", kb=226,
                org="Trường Chính trị tỉnh Đồng Nai", addr="Phường Trấn Biên, tỉnh Đồng Nai", phone="0251.3822.644",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "volto", "head_extra": head, "title": A15.title + " — Trường Chính trị tỉnh Đồng Nai", "items": MENU_GOV},
                exp=expected(A15, iso(pub), updated=iso(upd), author=BY15A, unit=BY15U, category="Đào tạo, bồi dưỡng"),
                traps={"bylines": [f"{BY15A} - {BY15U}", "qtv.truongct", "Sửa đổi lần cuối"], "chrome": ["Nội dung liên quan", "Lịch giảng dạy tuần", "Tin mới"], "related": lambda rl: rl[:5]},
                notes="A scientific WORKSHOP of a provincial political school on Plone 6 with the Volto front end (server-side rendered; window.__data carries the content again, with 'effective' and 'modified' in UTC). Volto's News Item view prints the h1.documentFirstHeading, the description as a PLAIN p.documentDescription (the lead: the CMS's summary field printed before the text, set 33), slate paragraphs, an h2 sub-heading and two image blocks with figcaption > div.title. The writer signs the text, italic right: 'ThS. Lê Thị Thanh Hương - Khoa Xây dựng Đảng' → author (degree kept) + unit. AFTER the text the vendor's byline block: 'Đăng bởi qtv.truongct — Đăng ngày 16 tháng 4 năm 2026 08:30 — Sửa đổi lần cuối 17 tháng 4 năm 2026 10:05' — moment's vi 'LLL' in WORDS; 'qtv.truongct' is an account. Expected: published 2026-04-16T08:30:00+07:00, updated 2026-04-17T10:05:00+07:00 (the machine 'effective' 01:30 UTC agrees). 'Tin mới' prints the same words shape with writers. Category: the crumb 'Đào tạo, bồi dưỡng'.",
                readme="Plone 6 with Volto (a stack no set had used), a political school's WORKSHOP: a PLAIN description as lead, slate paragraphs and an h2, image-block figcaptions, the writer's italic 'ThS. Name - unit' signature in the text, a byline block AFTER the text 'Đăng bởi <account> — Đăng ngày 16 tháng 4 năm 2026 08:30 — Sửa đổi lần cuối …' (moment 'LLL' in words: publication and update)")


# ===================================================================== 16 Liên minh Hợp tác xã tỉnh An Giang: OpenCart 3, a blog extension on the alliance's OCOP shop; the LEFT column (dated 'Tin mới', best-sellers with prices) comes first; date only; an office signature; a data table; related products with prices
A16 = Art("Liên minh Hợp tác xã tỉnh tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
          "Ngày 11/12, Liên minh Hợp tác xã tỉnh tổ chức hội nghị tổng kết công tác năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Dự hội nghị có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nông nghiệp và Môi trường cùng 180 đại biểu là cán bộ quản lý các hợp tác xã thành viên.",
          [("p", "Năm 2025, toàn tỉnh thành lập mới 46 hợp tác xã, nâng tổng số lên 612 hợp tác xã với hơn 38.000 thành viên; doanh thu bình quân đạt 4,6 tỷ đồng mỗi hợp tác xã, tăng 12% so với năm trước. Nhiều hợp tác xã đã liên kết tiêu thụ lúa, xoài, khô cá theo chuỗi giá trị."),
           ("table", [["Chỉ tiêu", "Năm 2024", "Năm 2025"], ["Số hợp tác xã", "566", "612"], ["Số thành viên", "35.400", "38.150"], ["Sản phẩm OCOP của hợp tác xã", "98", "121"]]),
           ("img", "/image/catalog/tin-tuc/2025/12/tong-ket-lmhtx-1.jpg", "Lãnh đạo Liên minh Hợp tác xã tỉnh trao Bằng khen cho các hợp tác xã tiêu biểu"),
           ("p", "Việc học tập, quán triệt Nghị quyết số 20-NQ/TW về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể được triển khai đến 100% hợp tác xã; 14 hợp tác xã thành lập chi bộ đảng, nâng số hợp tác xã có tổ chức đảng lên 37."),
           ("p", "Năm 2026, Liên minh Hợp tác xã tỉnh phấn đấu thành lập mới ít nhất 40 hợp tác xã, hỗ trợ 30 sản phẩm đạt chuẩn OCOP, đưa toàn bộ sản phẩm OCOP của hợp tác xã lên sàn thương mại điện tử của Liên minh."),
           ("img", "/image/catalog/tin-tuc/2025/12/tong-ket-lmhtx-2.jpg", "Gian hàng giới thiệu sản phẩm OCOP của các hợp tác xã bên lề hội nghị")])
UNIT16 = "Văn phòng Liên minh Hợp tác xã tỉnh"
MENU_SHOP = [("Gạo - Nông sản", ["Gạo thơm", "Nếp", "Xoài", "Rau củ sạch"]), ("Thủy sản khô", ["Khô cá lóc", "Khô cá tra phồng", "Tôm khô"]),
             ("Đặc sản OCOP", ["Mắm Châu Đốc", "Đường thốt nốt", "Khô bò", "Trà khổ qua rừng"]), ("Tin tức", ["Hoạt động Liên minh", "Mô hình hợp tác xã", "Chính sách"]),
             ("Liên hệ", ["Giới thiệu", "Hướng dẫn mua hàng", "Chính sách đổi trả"])]


def page16():
    pub = T("2025-12-12 14:02")
    site = "https://sanhtx-angiang.vn"
    url = f"{site}/tin-tuc/hoat-dong-lien-minh/lien-minh-hop-tac-xa-tinh-tong-ket-cong-tac-nam-2025-trien-khai-nhiem-vu-nam-2026"

    def img(s, c, n):
        return (f'<p style="text-align: center;"><img src="{site}{s}" alt="" style="width: 100%; max-width: 760px;" /></p>'
                f'<p style="text-align: center;"><em>{esc(c)}</em></p>')

    def table(rows):
        return ('<table class="table table-bordered"><tbody>' + "".join(
            "<tr>" + "".join((f"<td><b>{esc(x)}</b></td>" if i == 0 else f"<td>{esc(x)}</td>") for x in r) + "</tr>" for i, r in enumerate(rows)) + "</tbody></table>")

    prods = [("Gạo thơm Jasmine hữu cơ 5kg", "185.000đ"), ("Khô cá lóc Hợp tác xã Vĩnh Hòa 500g", "165.000đ"), ("Đường thốt nốt Tri Tôn 1kg", "85.000đ"), ("Mắm cá linh Châu Đốc 500g", "95.000đ")]

    def main(rng, rl, rd):
        grid = "".join(f'<div class="product-layout col-lg-3 col-md-3 col-sm-6 col-xs-12"><div class="product-thumb transition"><div class="image"><a href="{site}/{slug(n)}"><img src="/image/cache/catalog/san-pham/{slug(n)[:20]}-228x228.jpg" alt="{esc(n, True)}" class="img-responsive" /></a></div>'
                       f'<div class="caption"><h4><a href="{site}/{slug(n)}">{esc(n)}</a></h4><p class="price">{pr}</p></div><div class="button-group"><button type="button" onclick="cart.add(\'{40 + i}\');"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Thêm vào giỏ</span></button></div></div></div>' for i, (n, pr) in enumerate(prods))
        rel = "".join(f'<li><a href="{site}/tin-tuc/{slug(t)}">{esc(t)}</a> <span class="date">{dmy(d)}</span></li>' for t, d in zip(rl[:4], rd))
        return (f'<h1 class="blog-title">{esc(A16.title)}</h1>'
                f'<div class="blog-info"><span><i class="fa fa-calendar"></i> {dmy(pub)}</span> <span><i class="fa fa-user"></i> Admin</span> <span><i class="fa fa-eye"></i> 188 lượt xem</span></div>'
                f'<div class="blog-description"><p><strong>{esc(A16.lead)}</strong></p>{Art("", None, A16.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", img=img, table=table, sep="")}'
                f'<p style="text-align: right;"><strong>{UNIT16}</strong></p></div>'
                f'<div class="blog-tags"><b>Tags:</b> <a href="{site}/tin-tuc/tag/tong-ket">tổng kết</a>, <a href="{site}/tin-tuc/tag/lien-minh-htx">liên minh HTX</a></div>'
                f'<div class="blog-share"><div class="addthis_inline_share_toolbox"></div></div>'
                f'<h3 class="related-heading">Sản phẩm liên quan</h3><div class="row">{grid}</div>'
                f'<h3 class="related-heading">Bài viết liên quan</h3><ul class="blog-related">{rel}</ul>'
                f'<div id="comment"><h3>Viết bình luận</h3><form class="form-horizontal" id="form-comment"><div class="form-group required"><label class="control-label" for="input-name">Họ tên</label><input type="text" name="name" id="input-name" class="form-control" /></div>'
                f'<div class="form-group required"><label class="control-label" for="input-comment">Nội dung</label><textarea name="text" rows="5" id="input-comment" class="form-control"></textarea></div><button type="button" class="btn btn-primary">Gửi</button></form></div>')

    def side(rng, p):
        best = "".join(f'<div class="product-thumb"><div class="image"><a href="{site}/{slug(n)}"><img src="/image/cache/catalog/san-pham/{slug(n)[:20]}-80x80.jpg" alt="" /></a></div><div class="caption"><h4><a href="{site}/{slug(n)}">{esc(n)}</a></h4><p class="price">{pr}</p></div></div>' for n, pr in prods[::-1])
        return ('<div class="list-group blog-category"><a class="list-group-item active" href="/tin-tuc/hoat-dong-lien-minh">Hoạt động Liên minh</a><a class="list-group-item" href="/tin-tuc/mo-hinh-hop-tac-xa">Mô hình hợp tác xã</a><a class="list-group-item" href="/tin-tuc/chinh-sach">Chính sách</a></div>'
                + mostread(rng, p, dmy, "Tin mới", "blog-latest", 5, numbered=False)
                + f'<h3>Sản phẩm bán chạy</h3><div class="row product-layout">{best}</div>')

    def left(rng, p):
        return ('<div class="pull-left"><form id="form-currency"><div class="btn-group"><button class="btn btn-link dropdown-toggle" data-toggle="dropdown"><strong>đ</strong> <span class="hidden-xs hidden-sm hidden-md">Tiền tệ</span></button></div></form></div>'
                '<div id="top-links" class="nav pull-right"><ul class="list-inline"><li><i class="fa fa-phone"></i> <span class="hidden-xs hidden-sm hidden-md">0296.3852.xxx</span></li>'
                '<li><a href="/tai-khoan" title="Tài khoản"><i class="fa fa-user"></i> <span class="hidden-xs hidden-sm hidden-md">Tài khoản</span></a></li>'
                '<li><a href="/yeu-thich" id="wishlist-total" title="Danh sách yêu thích (0)"><i class="fa fa-heart"></i> <span class="hidden-xs hidden-sm hidden-md">Danh sách yêu thích (0)</span></a></li>'
                '<li><a href="/gio-hang" title="Giỏ hàng"><i class="fa fa-shopping-cart"></i> <span class="hidden-xs hidden-sm hidden-md">Giỏ hàng</span></a></li><li><a href="/thanh-toan" title="Thanh toán"><i class="fa fa-share"></i> <span class="hidden-xs hidden-sm hidden-md">Thanh toán</span></a></li></ul></div>')

    def top(rng, p):
        return ('<div class="col-sm-4"><div id="logo"><a href="/"><img src="/image/catalog/logo-lmhtx.png" title="Sàn hợp tác xã An Giang" alt="Sàn hợp tác xã An Giang" class="img-responsive" /></a></div></div>'
                '<div class="col-sm-5"><div id="search" class="input-group"><input type="text" name="search" value="" placeholder="Tìm kiếm sản phẩm" class="form-control input-lg" /></div></div>'
                '<div class="col-sm-3"><div id="cart" class="btn-group btn-block"><button type="button" class="btn btn-inverse btn-block btn-lg dropdown-toggle"><i class="fa fa-shopping-cart"></i> <span id="cart-total">0 sản phẩm - 0đ</span></button></div></div>')

    crumbs = (f'<ul class="breadcrumb"><li><a href="{site}/"><i class="fa fa-home"></i></a></li><li><a href="{site}/tin-tuc">Tin tức</a></li>'
              f'<li><a href="{site}/tin-tuc/hoat-dong-lien-minh">Hoạt động Liên minh</a></li><li><a href="{url}">{esc(A16.title)}</a></li></ul>')
    head = (og(A16.title, url) + '<base href="https://sanhtx-angiang.vn/" /><meta name="description" content="Liên minh Hợp tác xã tỉnh tổng kết công tác năm 2025" />'
            + '<link href="catalog/view/theme/default/stylesheet/stylesheet.css" rel="stylesheet" /><link href="catalog/view/theme/default/stylesheet/blog.css" rel="stylesheet" />'
            + '<script src="catalog/view/javascript/common.js"></script>')
    return page("s34-16", family="cooperative_alliance_opencart3_blog_extension_left_column_first_office_signature",
                name="angiang-lienminhhtx-opencart3-ocop-shop-blog-extension-left-column-dated-latest-posts-and-best-sellers-before-content-h1-date-only-admin-bold-first-p-lead-data-table-em-captions-office-signature-related-products",
                url=url, art=A16, main_fn=main, pub=pub, prefix="lmag", kb=214,
                org="Liên minh Hợp tác xã tỉnh An Giang", addr="Phường Long Xuyên, tỉnh An Giang", phone="0296.3852.166",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "opencart", "head_extra": head, "title": A16.title, "items": MENU_SHOP, "left": left},
                exp=expected(A16, isod(pub), unit=UNIT16, category="Hoạt động Liên minh"),
                traps={"bylines": [UNIT16, "Admin", "188 lượt xem"], "shop": ["Sản phẩm liên quan", "Thêm vào giỏ", "Sản phẩm bán chạy", "185.000đ", "0 sản phẩm - 0đ"], "chrome": ["Bài viết liên quan", "Viết bình luận", "Tags:"], "related": lambda rl: rl[:4]},
                notes="A cooperative alliance's YEAR-END REVIEW published through a blog extension on the alliance's OCOP shop (OpenCart 3, default-theme derived). The LEFT column comes first in the page source: the blog categories, 'Tin mới' with five other items and their dates in the item's own shape 'dd/mm/yyyy' (and writers), best-sellers with prices; then the item: h1.blog-title, 'dd/mm/yyyy' + 'Admin' (an account) + views, the description (a bold first paragraph as lead, a data table with a bold header row, two centred <em> captions), a bold right OFFICE signature 'Văn phòng Liên minh Hợp tác xã tỉnh' → unit, no author (sets 25-26), tags, a 'Sản phẩm liên quan' grid with prices and cart buttons, 'Bài viết liên quan', a comment form. Expected: '2025-12-12' (date only; the crumb and the shop chrome print no time); category 'Hoạt động Liên minh' (the crumb's level before the headline); the table → one paragraph per row.",
                readme="OpenCart 3 with a blog extension on a cooperative alliance's OCOP SHOP (a stack no set had used), a YEAR-END REVIEW: the LEFT column first in the source (dated 'Tin mới' with writers, best-sellers with prices), 'dd/mm/yyyy' + 'Admin', bold first paragraph, a data table, <em> captions, an OFFICE signature (unit only), related products with prices and cart buttons")


# ===================================================================== 17 Liên hiệp các tổ chức hữu nghị tỉnh Lâm Đồng: Craft CMS 5; the date in words with a local dateTime; the entry's author (a person); a plain summary as lead; credits inside captions; a guest's introduced quotation
A17 = Art("Gặp mặt lưu học sinh Lào nhân dịp Tết cổ truyền Bunpimay 2026",
          "Ngày 13/4, Liên hiệp các tổ chức hữu nghị tỉnh phối hợp với Hội Hữu nghị Việt Nam - Lào tỉnh tổ chức gặp mặt, chúc Tết cổ truyền Bunpimay cho hơn 120 lưu học sinh Lào đang học tập tại các trường đại học, cao đẳng trên địa bàn tỉnh.",
          [("p", "Tại buổi gặp mặt, đại diện lãnh đạo Liên hiệp các tổ chức hữu nghị tỉnh gửi lời chúc mừng năm mới đến các lưu học sinh; điểm lại những kết quả nổi bật trong quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện giữa hai nước, giữa tỉnh với các địa phương của Lào."),
           ("img", "/uploads/tin-tuc/2026/04/bunpimay-1.jpg", "Lưu học sinh Lào biểu diễn múa lăm vông tại buổi gặp mặt (Ảnh: Hoàng Long)"),
           ("p", "Năm 2025, tỉnh đã tiếp nhận 46 lưu học sinh Lào theo diện học bổng của tỉnh; tổ chức các lớp bồi dưỡng tiếng Việt, hoạt động trải nghiệm văn hóa và chương trình “Gia đình Việt của lưu học sinh Lào” với 35 gia đình tham gia nhận đỡ đầu."),
           ("p", "Thay mặt các lưu học sinh, em Phonesavanh Keomany, sinh viên năm thứ ba Trường Đại học Đà Lạt, xúc động chia sẻ:"),
           ("h", "“Lâm Đồng là ngôi nhà thứ hai của chúng em. Chúng em sẽ cố gắng học tập thật tốt để trở về góp phần xây dựng quê hương và vun đắp tình hữu nghị Lào - Việt”."),
           ("p", "Buổi gặp mặt diễn ra trong không khí ấm áp với nghi thức buộc chỉ cổ tay chúc phúc, các tiết mục văn nghệ và trò chơi dân gian của hai nước."),
           ("img", "/uploads/tin-tuc/2026/04/bunpimay-2.jpg", "Nghi thức buộc chỉ cổ tay chúc phúc đầu năm mới (Ảnh: Hoàng Long)")])
BY17 = "Đinh Thị Ngọc Lan"


def page17():
    pub = T("2026-04-14 10:05")
    site = "https://lienhiephuunghi.lamdong.gov.vn"
    url = f"{site}/tin-tuc/gap-mat-luu-hoc-sinh-lao-nhan-dip-tet-co-truyen-bunpimay-2026"

    def vd(d):
        return f"{d.day} tháng {d.month}, {d.year}"

    def img(s, c, n):
        text, cred = c.rsplit(" (", 1)
        return (f'<figure class="block block--image my-8"><img src="{site}{s}" srcset="{site}{s}?w=800 800w, {site}{s}?w=1600 1600w" sizes="(min-width: 1024px) 66vw, 100vw" alt="" loading="lazy" />'
                f'<figcaption class="text-sm text-gray-600 mt-2">{esc(text)} <span class="credit">({esc(cred)}</span></figcaption></figure>')

    def bt(t):
        return f'<div class="block block--text prose"><p>{esc(t)}</p></div>'

    def bqt(t):
        return f'<blockquote class="block block--quote"><p>{esc(t)}</p></blockquote>'

    def main(rng, rl, rd):
        rel = "".join(f'<article class="card"><a href="{site}/tin-tuc/{slug(t)}"><h3 class="card__title">{esc(t)}</h3></a><time datetime="{d.strftime("%Y-%m-%dT%H:%M:%S+07:00")}">{vd(d)}</time></article>' for t, d in zip(rl[:3], rd))
        return (f'<article class="entry entry--news"><p class="entry__section"><a href="{site}/tin-tuc/hoat-dong-doi-ngoai-nhan-dan">Hoạt động đối ngoại nhân dân</a></p>'
                f'<h1 class="entry__title text-3xl font-bold">{esc(A17.title)}</h1>'
                f'<div class="entry__meta"><time datetime="2026-04-14T10:05:00+07:00">{vd(pub)}</time> <span class="sep">·</span> <a class="entry__author" href="{site}/tac-gia/dinh-thi-ngoc-lan">{BY17}</a></div>'
                f'<p class="entry__summary text-lg text-gray-700">{esc(A17.lead)}</p>'
                f'<div class="entry__body">{Art("", None, A17.blocks).render(p=bt, h=bqt, img=img, sep="")}</div>'
                f'<div class="entry__share"><span>Chia sẻ</span> <a href="#">Facebook</a> <a href="#">Zalo</a></div></article>'
                f'<section class="related"><h2 class="related__title">Tin liên quan</h2><div class="grid grid-cols-3 gap-6">{rel}</div></section>')

    def side(rng, p):
        return (mostread(rng, p, vd, "Tin mới nhất", "aside-latest", 6)
                + '<div class="aside-box"><h3>Các hội hữu nghị</h3><ul><li>Hội Hữu nghị Việt Nam - Lào</li><li>Hội Hữu nghị Việt Nam - Campuchia</li><li>Hội Hữu nghị Việt Nam - Nhật Bản</li><li>Hội Hữu nghị Việt Nam - Hàn Quốc</li></ul></div>')

    def top(rng, p):
        return ('<a class="site-logo" href="/"><img src="/assets/img/logo-lhhn.svg" alt="Liên hiệp các tổ chức hữu nghị tỉnh Lâm Đồng" /></a>'
                '<div class="lang-switch"><a href="/" aria-current="true">Tiếng Việt</a> | <a href="/en/">English</a></div>')

    crumbs = (f'<nav class="crumbs text-sm" aria-label="Breadcrumb"><ol class="flex gap-2"><li><a href="/">Trang chủ</a></li><li>/</li><li><a href="/tin-tuc">Tin tức</a></li><li>/</li>'
              f'<li><a href="/tin-tuc/hoat-dong-doi-ngoai-nhan-dan">Hoạt động đối ngoại nhân dân</a></li></ol></nav>')
    head = (og(A17.title, url, {"og:description": A17.lead, "og:locale": "vi_VN", "og:locale:alternate": "en_US"})
            + f'<link rel="alternate" hreflang="en" href="{site}/en/news/meeting-lao-students-on-bunpimay-2026" /><meta name="generator" content="Craft CMS" />'
            + '<script type="module" src="/dist/assets/app-5c3e1a9b.js"></script><link rel="stylesheet" href="/dist/assets/app-8e2d4f07.css" />')
    return page("s34-17", family="friendship_union_craft_cms5_entry_author_words_date_credits_in_captions",
                name="lamdong-lienhiephuunghi-craft-cms5-twig-tailwind-entry-section-label-h1-time-d-thang-m-yyyy-with-local-datetime-entry-author-person-plain-summary-lead-matrix-text-image-quote-blocks-figcaption-with-credit-span",
                url=url, art=A17, main_fn=main, pub=pub, prefix="lhhn", kb=184,
                org="Liên hiệp các tổ chức hữu nghị tỉnh Lâm Đồng", addr="Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", phone="0263.3822.477",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "craft", "head_extra": head, "title": A17.title + " | Liên hiệp các tổ chức hữu nghị tỉnh Lâm Đồng", "items": MENU_MASS},
                exp=expected(A17, iso(pub), author=BY17, category="Hoạt động đối ngoại nhân dân"),
                traps={"chrome": ["Tin liên quan", "Tin mới nhất", "Các hội hữu nghị", "English"], "related": lambda rl: rl[:3]},
                notes="A friendship union's GATHERING with Lao students for Bunpimay on Craft CMS 5 (Twig templates, a vendor's Tailwind front end, an entry of the news section built from Matrix blocks). Meta under the h1: <time datetime='2026-04-14T10:05:00+07:00'>14 tháng 4, 2026</time> — the vi long date in words — and the entry's author field, a PERSON's name linked to an author page → author 'Đinh Thị Ngọc Lan' (set 27's platform author field). Expected published 2026-04-14T10:05:00+07:00 (set 25, MAJORITY: the date-only print takes its own <time>'s local time). The summary p.entry__summary (plain, larger grey) is the lead. Both figcaptions end with a credit span '(Ảnh: Hoàng Long)' → the credits stay in the captions, photographer null (set 25, MAJORITY). The student's words are a quote block introduced by the paragraph before it ('… xúc động chia sẻ:') and printed nowhere else → body (set 33). Category: the section label and the crumb 'Hoạt động đối ngoại nhân dân'. The header's language switch and the hreflang alternate are not a parallel text on the page.",
                readme="Craft CMS 5 (a stack no set had used), a friendship union's GATHERING with Lao students: '14 tháng 4, 2026' in a <time> with its local datetime, the entry's author field (a person), a PLAIN summary as lead, Matrix text / image / quote blocks, figcaptions ending with a credit span '(Ảnh: Name)', a guest's introduced quotation, a language switch")


# ===================================================================== 18 Đảng ủy phường Cửa Nam (Hà Nội): Oqtane 6 (Blazor), a former DNN vendor's theme; the module container's title 'Tin hoạt động' (h2) above the post's headline (h3); 'Đăng ngày … lúc HH:MM · bởi host'; no sapo; an embedded Zalo OA post; two writers at the end
A18 = Art("Đảng ủy phường Cửa Nam tổng kết công tác xây dựng Đảng năm 2025",
          None,
          [("p", "Ngày 17/12, Đảng ủy phường Cửa Nam tổ chức hội nghị tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Đảng bộ phường hoạt động theo mô hình chính quyền địa phương hai cấp."),
           ("p", "Năm 2025, Đảng ủy phường đã lãnh đạo tổ chức thành công Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030; kiện toàn 64 chi bộ trực thuộc; kết nạp 52 đảng viên mới, vượt 4% chỉ tiêu; 98,6% chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên."),
           ("img", "/Content/Tenants/1/Sites/1/tin-hoat-dong/2025/12/tong-ket-xdd-1.jpg", "Đồng chí Bí thư Đảng ủy phường phát biểu tại hội nghị"),
           ("p", "Công tác chuyển đổi số được đẩy mạnh: 100% chi bộ sử dụng sổ tay đảng viên điện tử; Trung tâm phục vụ hành chính công phường tiếp nhận hơn 21.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,4%."),
           ("raw", "ZALO"),
           ("p", "Hội nghị đã khen thưởng 12 tập thể, 25 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị năm 2025."),
           ("img", "/Content/Tenants/1/Sites/1/tin-hoat-dong/2025/12/tong-ket-xdd-2.jpg", "Lãnh đạo phường khen thưởng các chi bộ tiêu biểu"),
           ("p", "Năm 2026, Đảng ủy phường xác định chủ đề “Kỷ cương, đổi mới, phục vụ Nhân dân”, tập trung chỉnh trang đô thị, phát triển kinh tế dịch vụ và nâng cao chất lượng sinh hoạt chi bộ.")])
W18 = ["Minh Thư", "Quốc Bảo"]
ZALO18 = ("Phường Cửa Nam thông báo lịch tiếp công dân tháng 12/2025", "Chủ tịch UBND phường tiếp công dân định kỳ vào sáng thứ Năm hằng tuần tại Trung tâm phục vụ hành chính công phường.")


def page18():
    pub = T("2025-12-18 08:30")
    site = "https://dangbo.cuanam.hanoi.gov.vn"
    url = f"{site}/tin-hoat-dong/*/61/chi-tiet/142"

    def od(d):
        return f"Đăng ngày {dmy(d)} lúc {hm(d)}"

    def img(s, c, n):
        return f'<p style="text-align:center"><img src="{s}" alt="" class="img-fluid" /></p><p style="text-align:center"><em>{esc(c)}</em></p>'

    def raw(x):
        return (f'<div class="zalo-oa-embed card my-3"><div class="card-header"><img src="/images/zalo-icon.png" alt="" width="20" /> Zalo OA “Phường Cửa Nam” · <a href="https://zalo.me/cuanam.example">Quan tâm</a></div>'
                f'<div class="card-body"><p class="zalo-oa-title"><b>{esc(ZALO18[0])}</b></p><p class="zalo-oa-time">17/12/2025</p><p class="zalo-oa-excerpt">{esc(ZALO18[1])}</p>'
                f'<a class="btn btn-sm btn-primary" href="https://oa.zalo.me/cuanam.example/post/8812">Xem trên Zalo</a></div></div>')

    def main(rng, rl, rd):
        rel = "".join(f'<li class="list-group-item"><a href="{site}/tin-hoat-dong/*/61/chi-tiet/{120 + i}">{esc(t)}</a> <small class="text-muted">{od(d)}</small></li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        return (f'<div class="container"><div class="row px-4"><div class="d-flex flex-nowrap"><h2><span class="app-moduletitle">Tin hoạt động</span></h2></div><hr class="app-rule" /></div>'
                f'<div class="row px-4"><div class="container"><div class="blog-post">'
                f'<h3 class="blog-title">{esc(A18.title)}</h3><p class="blog-meta text-muted">{od(pub)} · bởi host</p>'
                f'<div class="blog-content">{Art("", None, A18.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", img=img, raw=raw, sep="")}'
                f'<p style="text-align:right"><strong>{W18[0]} - {W18[1]}</strong></p></div>'
                f'<div class="blog-actions"><a class="btn btn-secondary" href="{site}/tin-hoat-dong">Quay lại danh sách</a></div></div></div></div></div>'
                f'<div class="container"><div class="row px-4"><div class="d-flex flex-nowrap"><h2><span class="app-moduletitle">Tin khác</span></h2></div><hr class="app-rule" /></div>'
                f'<div class="row px-4"><ul class="list-group">{rel}</ul></div></div>')

    def side(rng, p):
        return ('<div class="container">' + mostread(rng, p, od, "Tin đọc nhiều", "most", 6) + '</div>'
                + '<div class="container"><div class="row px-4"><h2><span class="app-moduletitle">Liên kết</span></h2></div><ul><li><a href="https://hanoi.gov.vn">Cổng TTĐT Hà Nội</a></li><li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li></ul></div>')

    def top(rng, p):
        return ('<a class="navbar-brand" href="/"><img src="/Themes/CuaNam.Theme/images/logo.png" alt="Đảng bộ phường Cửa Nam" /> Đảng bộ phường Cửa Nam</a>'
                '<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarNav" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>')

    crumbs = '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active" aria-current="page">Tin hoạt động</li></ol></nav>'
    head = (og(A18.title, url) + '<base href="/" /><link rel="stylesheet" href="css/app.css" /><link id="app-stylesheet-page-0" rel="stylesheet" href="Themes/CuaNam.Theme/Theme.css" />'
            + '<link rel="stylesheet" href="_content/Oqtane.Client/css/app.css?v=6.1.2" />')
    return page("s34-18", family="ward_party_oqtane6_container_title_above_headline_zalo_oa_embed",
                name="hanoi-cuanam-dangbo-phuong-oqtane6-blazor-ssr-former-dnn-vendor-theme-container-title-h2-tin-hoat-dong-post-h3-headline-dang-ngay-dd-mm-yyyy-luc-hh-mm-boi-host-no-sapo-zalo-oa-post-card-em-captions-two-writers-at-end",
                url=url, art=A18, main_fn=main, pub=pub, prefix="oqcn", kb=182,
                org="Đảng bộ phường Cửa Nam", addr="Phường Cửa Nam, thành phố Hà Nội", phone="024.3942.xxxx",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "oqtane", "head_extra": head, "title": "Tin hoạt động - Đảng bộ phường Cửa Nam", "items": MENU_NEWS},
                exp=expected(A18, iso(pub), author=", ".join(W18), category="Tin hoạt động"),
                traps={"bylines": [f"{W18[0]} - {W18[1]}", "bởi host"], "zalo": [ZALO18[0], ZALO18[1], "Xem trên Zalo"], "chrome": ["Tin khác", "Tin đọc nhiều", "Quay lại danh sách", "Liên kết"], "related": lambda rl: rl[:5]},
                notes="A ward Party committee's YEAR-END REVIEW on Oqtane 6 (.NET 9 Blazor, static server rendering, the Blazor comment markers around the page), built by a former DNN vendor. Every module sits in a container whose title is an h2: the item's container is titled 'Tin hoạt động' (the section), and the blog module prints the post's headline under it as <h3 class='blog-title'> — the first heading of the content is the section, not the headline (set 27's page-header h1, set 32). Meta: 'Đăng ngày 18/12/2025 lúc 08:30 · bởi host' ('host' is Oqtane's default administrator account) → 2025-12-18T08:30:00+07:00; 'Tin khác' and 'Tin đọc nhiều' print the same shape. No sapo (lead null). Inside the text an embedded ZALO OA post card (the ward's official account: another post's title, day and excerpt, 'Xem trên Zalo') → not body (set 24's embedded social posts). Centred <em> captions. The text ends with a bold right 'Minh Thư - Quốc Bảo' → two writers 'Minh Thư, Quốc Bảo' (short names with ' - ', set 33). Category 'Tin hoạt động' (the crumb's only section level, which the container title repeats).",
                readme="Oqtane 6 (Blazor; a stack no set had used), a ward Party committee's YEAR-END REVIEW: the module container's title h2 'Tin hoạt động' above the post's h3 headline, 'Đăng ngày dd/mm/yyyy lúc HH:MM · bởi host' (an account), NO sapo, an embedded ZALO OA post card inside the text, centred <em> captions, two writers 'A - B' at the end")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
