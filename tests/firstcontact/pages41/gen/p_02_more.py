"""Set 41 pages 10-18: five more common products in variants sets 26-40 did not use (WordPress + Twenty Twenty-Two
(TWIST: the credit line's labels are emoji, '✍️ Name - 📸 Name'), WordPress + Newsmag, Joomla 3.10 + the core Beez3
template, a vendor's ASP.NET WebForms CMS whose detail is a GridView with Word markup pasted through FCKeditor (TWIST:
Word's review comments pasted with the text — the markers '[PVT1]' in the text and the comment list after it), a press
CMS's podcast detail) and four stacks no set had used (Neos 8, Bludit 3, Publii, Webflow)."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, alnum, heads13, heads14, past, dump
from .kit import og, jsonld
from .shell import MENU_MASS, MENU_NEWS, MENU_GOV
from .base import page, vb_box, mostread, WRITERS33, WRITERS34
from .p_01_pages import MENU_PARTY, jp, fig, expected_, banner, side_of, relbox

MENU_YOUTH = [
    ("Giới thiệu", ["Lịch sử Đoàn", "Ban Chấp hành", "Ban Thường vụ", "Cơ sở Đoàn"]),
    ("Tin tức", ["Hoạt động Đoàn", "Phong trào thanh niên", "Hội LHTN - Hội Sinh viên", "Đội TNTP"]),
    ("Tình nguyện", ["Tháng Thanh niên", "Mùa hè xanh", "Xuân tình nguyện"]),
    ("Gương sáng", ["Thanh niên tiêu biểu", "Khởi nghiệp"]),
    ("Văn bản", ["Văn bản Trung ương Đoàn", "Văn bản Tỉnh đoàn"]),
]
MENU_CORP = [
    ("Giới thiệu", ["Tổng quan", "Lịch sử phát triển", "Sơ đồ tổ chức", "Ban lãnh đạo"]),
    ("Dịch vụ", ["Khai thác cảng", "Logistics", "Đại lý hàng hải"]),
    ("Tin tức", ["Tin doanh nghiệp", "Hoạt động Đảng - Đoàn thể", "Thông cáo báo chí"]),
    ("Quan hệ cổ đông", ["Báo cáo tài chính", "Đại hội đồng cổ đông", "Công bố thông tin"]),
    ("Tuyển dụng", ["Vị trí đang tuyển", "Chính sách nhân sự"]),
    ("Liên hệ", []),
]


# ===================================================================== 10 Hội LHPN phường Nam Nha Trang: WordPress + Twenty Twenty-Two; TWIST the credit line's labels are emoji
A10 = Art("Hội LHPN phường Nam Nha Trang ra mắt Câu lạc bộ “Phụ nữ với pháp luật”",
          None,
          [("p", "Chiều 6/3, Hội Liên hiệp Phụ nữ phường Nam Nha Trang tổ chức ra mắt Câu lạc bộ “Phụ nữ với pháp luật” với 45 thành viên là hội viên phụ nữ ở các tổ dân phố, chào mừng kỷ niệm 117 năm Ngày Quốc tế Phụ nữ 8/3."),
           ("p", "Câu lạc bộ sinh hoạt định kỳ mỗi quý một lần, tập trung tìm hiểu các quy định pháp luật gần gũi với đời sống như Luật Hôn nhân và gia đình, Luật Phòng, chống bạo lực gia đình, các quy định về giao dịch điện tử và phòng, chống lừa đảo qua mạng."),
           ("img", "/wp-content/uploads/2027/03/ra-mat-clb-phu-nu-voi-phap-luat.jpg", "Ban Chủ nhiệm Câu lạc bộ “Phụ nữ với pháp luật” ra mắt"),
           ("p", "Tại buổi ra mắt, đại diện Công an phường đã thông tin về một số thủ đoạn lừa đảo chiếm đoạt tài sản qua mạng xã hội mà phụ nữ, người cao tuổi thường gặp; hướng dẫn cách nhận biết, xử lý khi nhận được cuộc gọi, tin nhắn đáng ngờ."),
           ("p", "Các thành viên cũng được tham gia phần thi hỏi đáp tình huống pháp luật; nhiều câu hỏi thiết thực về quyền thừa kế, đăng ký hộ tịch, tranh chấp đất đai trong gia đình được giải đáp cụ thể."),
           ("img", "/wp-content/uploads/2027/03/hoi-dap-phap-luat.jpg", "Hội viên tham gia phần hỏi đáp tình huống pháp luật"),
           ("p", "Dịp này, Hội LHPN phường trao 10 suất quà cho hội viên phụ nữ có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng.")])
WRITER10, PHOTO10 = "Phạm Thu Hiền", "Vũ Thanh Nga"
CREDIT10 = f"✍️ {WRITER10} - 📸 {PHOTO10}"


def page10():
    pub = T("2027-03-06 15:30")
    site = "https://phununamnhatrang.vn"
    url = f"{site}/2027/03/06/hoi-lhpn-phuong-nam-nha-trang-ra-mat-cau-lac-bo-phu-nu-voi-phap-luat/"

    def img(s, c, n):
        return f'<figure class="wp-block-image size-large"><img decoding="async" src="{s}" alt="" class="wp-image-{1530 + n}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        return (f'<div class="wp-block-group"><h1 style="margin-bottom:var(--wp--custom--spacing--small)" class="alignwide wp-block-post-title">{esc(A10.title)}</h1>'
                f'<figure class="alignwide wp-block-post-featured-image"><img src="/wp-content/uploads/2027/03/clb-phu-nu-voi-phap-luat-cover.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" /></figure><hr class="wp-block-separator has-alpha-channel-opacity is-style-wide" /></div>'
                f'<div class="entry-content wp-block-post-content">{A10.render(img=img, sep="")}'
                f'<p class="has-text-align-right"><strong>{esc(CREDIT10)}</strong></p></div>'
                f'<div style="margin-top:var(--wp--preset--spacing--50)" class="wp-block-template-part"><div class="wp-block-group alignwide"><div class="wp-block-group">'
                f'<p>Đăng vào</p><div class="wp-block-post-date"><time datetime="{iso(pub)}">{dmy(pub)}</time></div><p>bởi</p>'
                f'<div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">hoilhpn_namnt</p></div></div></div>'
                f'<div class="wp-block-group"><p>trong</p><div class="taxonomy-category wp-block-post-terms"><a href="{site}/chuyen-muc/hoat-dong-hoi/" rel="tag">Hoạt động Hội</a></div></div>'
                f'<div class="taxonomy-post_tag wp-block-post-terms"><a href="{site}/the/8-3/" rel="tag">8/3</a><span class="wp-block-post-terms__separator">, </span><a href="{site}/the/phap-luat/" rel="tag">pháp luật</a></div></div></div>'
                f'<nav class="wp-block-group"><div class="post-navigation-link-previous wp-block-post-navigation-link"><a href="#" rel="prev">{esc(rl[0])}</a></div>'
                f'<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="#" rel="next">{esc(rl[1])}</a></div></nav>'
                f'<div class="wp-block-comments"><h2 class="wp-block-comments-title">Một bình luận về “{esc(A10.title)}”</h2><ol class="wp-block-comment-template"><li id="comment-214" class="comment even thread-even depth-1">'
                f'<div class="wp-block-columns"><div class="wp-block-column"><div class="wp-block-comment-author-name">Nguyễn Thị Lan</div><div class="wp-block-comment-date"><time datetime="2027-03-06T20:14:09+07:00"><a href="#comment-214">06/03/2027 lúc 20:14</a></time></div>'
                f'<div class="wp-block-comment-content"><p>Mô hình rất thiết thực, mong Hội tổ chức thêm buổi tư vấn về luật hôn nhân cho chị em.</p></div><div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#">Trả lời</a></div></div></div></li></ol>'
                f'<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
                f'<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link" value="Phản hồi" /></p></form></div></div>')

    def side(rng, p):
        ds = past(p, rng, 5, 1, 25)
        return ('<div class="wp-block-columns"><div class="wp-block-column"><h2 class="wp-block-heading">Bài viết mới</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">'
                + "".join(f'<li><a class="wp-block-latest-posts__post-title" href="#">{esc(t)}</a><time datetime="{iso(d)}" class="wp-block-latest-posts__post-date">{dmy(d)}</time></li>' for t, d in zip(heads14(rng, 5), ds))
                + '</ul></div><div class="wp-block-column"><h2 class="wp-block-heading">Liên hệ</h2><p>Hội LHPN phường Nam Nha Trang<br />Nhà văn hóa tổ dân phố Vĩnh Trường</p></div></div>')

    head = (og(A10.title, url, {"article:published_time": iso(pub), "article:modified_time": iso(pub + timedelta(hours=2))})
            + '<meta name="generator" content="WordPress 6.7.2" /><style id="global-styles-inline-css">body{--wp--preset--color--primary:#1a4548;--wp--preset--font-family--source-serif-pro:"Source Serif Pro", serif}</style>'
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A10.title, "datePublished": iso(pub), "author": {"@type": "Person", "name": "hoilhpn_namnt"}}]}))
    return page("s41-10", family="ward_womens_union_wp_twentytwentytwo_emoji_credit_labels",
                name="khanhhoa-hoilhpn-phuong-namnhatrang-wp-twentytwentytwo-block-theme-post-title-h1-featured-image-no-lead-wp-element-captions-emoji-credit-line-writing-hand-camera-post-meta-after-text-dang-vao-date-datetime-boi-account-trong-category",
                url=url, art=A10, main_fn=main, pub=pub, prefix="lhpnnnt", kb=128,
                org="Hội LHPN phường Nam Nha Trang", addr="Nhà văn hóa tổ dân phố Vĩnh Trường, phường Nam Nha Trang, tỉnh Khánh Hòa", phone="0258.3881.249",
                crumbs="", top='<p class="wp-block-site-title"><a href="/" rel="home">Hội LHPN phường Nam Nha Trang</a></p><p class="wp-block-site-tagline">Phụ nữ tự tin, tự lập, tự trọng, tự hào</p>', side=side,
                shell_kw={"layout": "tt22", "head_extra": head, "items": MENU_MASS, "left": ""},
                exp=expected_(A10, iso(pub), author=WRITER10, photographer=PHOTO10, category="Hoạt động Hội"),
                traps={"credit": [CREDIT10, "✍️", "📸"], "chrome": ["hoilhpn_namnt", "Để lại một bình luận", "Bài viết mới"],
                       "comments": ["Nguyễn Thị Lan", "Mô hình rất thiết thực, mong Hội tổ chức thêm buổi tư vấn về luật hôn nhân cho chị em."], "related": lambda rl: rl[:2]},
                notes="TWIST — WordPress 6.7 + Twenty Twenty-Two (block theme). The text ends with the credit line as the ward's editor types it from the Hội's Facebook posts: '✍️ Phạm Thu Hiền - 📸 Vũ Thanh Nga' (bold, right) — the labels are EMOJI: the writing hand (U+270D U+FE0F) marks the writer, the camera with flash (U+1F4F8) the photographer → author 'Phạm Thu Hiền', photographer 'Vũ Thanh Nga', author_unit null. A reader that drops symbols sees 'Phạm Thu Hiền - Vũ Thanh Nga' and applies 'Name - unit' (storing a photographer as the writer's unit) or 'A - B' two writers; one that keeps them stores '✍️ Phạm Thu Hiền'. The emoji are the labels 'Bài:' and 'Ảnh:' drawn as pictures; neither is part of a name. NEW (set 41). The rest: the post-title h1; a featured image without caption; NO sapo → lead null; two wp-element-captions. Twenty Twenty-Two prints its post-meta part AFTER the text: 'Đăng vào 06/03/2027 bởi hoilhpn_namnt trong Hoạt động Hội' — the date only in text, <time datetime='…T15:30:00+07:00'> agrees → T15:30 (set 25, MAJORITY); the account is not the author; category 'Hoạt động Hội'. og's modified time is machine-only (no update printed). A reader's comment with its own time.",
                readme="TWIST — WordPress + Twenty Twenty-Two, a ward women's union's legal club launch: the credit line '✍️ Name - 📸 Name' with EMOJI labels (writer, photographer — not 'Name - unit'); no lead; wp-element-captions; the post-meta part after the text ('Đăng vào dd/mm/yyyy bởi <account> trong <category>', the time in <time datetime>); a comment")


# ===================================================================== 11 Tỉnh đoàn Vĩnh Long: WordPress + Newsmag; the sub-title field as the sapo; the featured image's caption before the text
A11 = Art("Tỉnh đoàn khởi động Tháng Thanh niên năm 2027",
          "Sáng 1/3, Tỉnh đoàn tổ chức lễ khởi động Tháng Thanh niên năm 2027, ra quân thực hiện 96 công trình, phần việc thanh niên chào mừng 96 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.",
          [("p", "Tháng Thanh niên năm nay có chủ đề “Tuổi trẻ tiên phong chuyển đổi số, xây dựng nếp sống văn minh”. Các cơ sở Đoàn tập trung vào những phần việc gắn với nhu cầu thiết thực của người dân ở xã, phường sau sắp xếp."),
           ("img", "/wp-content/uploads/2027/03/ra-quan-thang-thanh-nien-2.jpg", "Đoàn viên ra quân hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử"),
           ("p", "Trong khuôn khổ lễ khởi động, Tỉnh đoàn triển khai các hoạt động trọng tâm:"),
           ("ul", ["Thành lập 120 tổ “Thanh niên hỗ trợ chuyển đổi số” tại các điểm phục vụ hành chính công xã, phường;",
                   "Trồng 9.600 cây xanh dọc các tuyến đường liên xã, tuyến đê bao;",
                   "Hiến máu tình nguyện, phấn đấu tiếp nhận 1.500 đơn vị máu trong tháng."]),
           ("p", "Dịp này, Ban Thường vụ Tỉnh đoàn trao 20 suất học bổng cho học sinh có hoàn cảnh khó khăn và tặng 5 “Công trình măng non” cho các điểm trường ở xã vùng sâu."),
           ("p", "Phát biểu tại lễ khởi động, đồng chí Bí thư Tỉnh đoàn đề nghị mỗi đoàn viên, thanh niên đăng ký ít nhất một việc làm cụ thể, thiết thực trong Tháng Thanh niên, gắn với chương trình “Mỗi đoàn viên một việc tốt vì cộng đồng”.")])
FEAT11 = ("/wp-content/uploads/2027/03/le-khoi-dong-thang-thanh-nien-2027.jpg", "Các đại biểu thực hiện nghi thức khởi động Tháng Thanh niên năm 2027")


def page11():
    pub = T("2027-03-01 07:45")
    site = "https://tinhdoanvinhlong.vn"
    url = f"{site}/tinh-doan-khoi-dong-thang-thanh-nien-nam-2027/"

    def img(s, c, n):
        return (f'<div id="attachment_{7410 + n}" style="width:696px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{7410 + n}" class="size-large wp-image-{7410 + n}" src="{s}" width="696" height="464" alt="" />'
                f'<p id="caption-attachment-{7410 + n}" class="wp-caption-text">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        rel = "".join(f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{site}/{slug(t)[:60]}/" rel="bookmark" class="td-image-wrap" title="{esc(t, True)}"><img class="entry-thumb" src="/wp-content/uploads/2027/0{d.month}/{hexid(rng, 10)}-218x150.jpg" alt="" /></a></div></div>'
                      f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{site}/{slug(t)[:60]}/" rel="bookmark" title="{esc(t, True)}">{esc(t)}</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(d)}">{dmy(d)}</time></span></div></div></div>'
                      for t, d in zip(rl[:6], rd))
        return (f'<article id="post-9127" class="post-9127 post type-post status-publish format-standard has-post-thumbnail category-phong-trao-thanh-nien">'
                f'<div class="td-post-header td-pb-padding-side"><ul class="td-category"><li class="entry-category"><a href="{site}/chuyen-muc/phong-trao-thanh-nien/">Phong trào thanh niên</a></li></ul>'
                f'<header><h1 class="entry-title">{esc(A11.title)}</h1><p class="td-post-sub-title">{esc(A11.lead)}</p>'
                f'<div class="meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{site}/author/tinhdoan_vl/">tinhdoan_vl</a><div class="td-author-line"> - </div> </div>'
                f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(pub)}">{dmy(pub)}</time></span>'
                f'<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-9127">1.3K</span></div><div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div></header></div>'
                f'<div class="td-post-sharing-top"><div class="td-default-sharing"><a class="td-social-sharing-buttons td-social-facebook" href="#"><div class="td-sp td-sp-facebook"></div><div class="td-social-but-text">Facebook</div></a>'
                f'<a class="td-social-sharing-buttons td-social-twitter" href="#"><div class="td-social-but-text">Twitter</div></a></div></div>'
                f'<div class="td-post-content td-pb-padding-side"><div class="td-post-featured-image"><figure><a href="{FEAT11[0]}" data-caption="{esc(FEAT11[1], True)}"><img class="entry-thumb td-modal-image" src="{FEAT11[0]}" alt="" /></a>'
                f'<figcaption class="wp-caption-text">{esc(FEAT11[1])}</figcaption></figure></div>'
                f'{A11.render(img=img, sep="")}<p style="text-align:right"><strong>Tin: Huỳnh Minh Thư - Ảnh: Trần Gia Bảo</strong></p></div>'
                f'<footer><div class="td-post-source-tags td-pb-padding-side"><div class="td-post-small-box"><span>NGUỒN</span><a rel="nofollow" href="{site}/">Ban Tuyên giáo Tỉnh đoàn</a></div>'
                f'<ul class="td-tags td-post-small-box clearfix"><li><span>THẺ</span></li><li><a href="{site}/tag/thang-thanh-nien/">Tháng Thanh niên</a></li><li><a href="{site}/tag/chuyen-doi-so/">chuyển đổi số</a></li></ul></div>'
                f'<div class="author-box-wrap"><a href="{site}/author/tinhdoan_vl/"><img alt="" src="/wp-content/uploads/avatar-tinhdoan.png" class="avatar avatar-96 photo" height="96" width="96" /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{site}/author/tinhdoan_vl/">tinhdoan_vl</a></span></div>'
                f'<div class="td-author-description">Tài khoản đăng tin của Ban Tuyên giáo Tỉnh đoàn Vĩnh Long</div></div></div></footer></article>'
                f'<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">BÀI VIẾT LIÊN QUAN</a><a class="td-related-right" href="#">THÊM TỪ TÁC GIẢ</a></h4>'
                f'<div class="td_block_inner"><div class="td-related-row">{rel}</div></div></div>')

    def side(rng, p):
        return mostread(rng, p, dmy, "Tin mới nhất", "td_block_7", 6, writers=["tinhdoan_vl"], numbered=False) + (
            '<div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span>Kết nối</span></h4><div class="td-social-list"><span>12.406 Người theo dõi Facebook</span> <span>3.218 Người đăng ký YouTube</span></div></div>')

    crumbs = (f'<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{site}/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> '
              f'<span><a title="Xem tất cả bài viết trong Phong trào thanh niên" class="entry-crumb" href="{site}/chuyen-muc/phong-trao-thanh-nien/">Phong trào thanh niên</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> '
              f'<span class="td-bred-no-url-last">{esc(A11.title)}</span></div>')
    head = (og(A11.title, url, {"article:published_time": iso(pub), "og:image": site + FEAT11[0]}) + '<meta name="generator" content="WordPress 6.6.1" />'
            + '<script>var tdBlocksArray=[];var tdLocalCache={};var td_ajax_url="https:\\/\\/tinhdoanvinhlong.vn\\/wp-admin\\/admin-ajax.php?td_theme_name=Newsmag&v=5.4.3";</script>')
    today = pub + timedelta(days=1)
    return page("s41-11", family="provincial_youth_union_wp_newsmag_sub_title_sapo_featured_caption",
                name="vinhlong-tinhdoan-wp-newsmag5-tagdiv-single-template-1-td-category-h1-td-post-sub-title-lead-bo-account-time-dd-mm-yyyy-datetime-featured-image-figcaption-wp-caption-ul-tin-name-dash-anh-name-nguon-the-author-box-related",
                url=url, art=A11, main_fn=main, pub=pub, prefix="tdvl", kb=218,
                org="Tỉnh đoàn Vĩnh Long", addr="Số 1 đường Hoàng Thái Hiếu, phường Thanh Đức, tỉnh Vĩnh Long", phone="0270.3822.413",
                crumbs=crumbs, top='<a class="td-main-logo" href="/"><img class="td-retina-data" src="/wp-content/uploads/2025/09/logo-tinh-doan.png" alt="Tỉnh đoàn Vĩnh Long" /><span class="td-visual-hidden">Tỉnh đoàn Vĩnh Long</span></a>', side=side,
                shell_kw={"layout": "newsmag", "head_extra": head, "items": MENU_YOUTH, "left": f'<div class="td-header-sp-top-menu"><div class="td_data_time">{wd(today, lower=True)}, {dmy(today)}</div></div>'},
                exp=expected_(A11, iso(pub), author="Huỳnh Minh Thư", photographer="Trần Gia Bảo", category="Phong trào thanh niên", captions=[FEAT11[1]] + A11.captions),
                traps={"chrome": ["tinhdoan_vl", "Tài khoản đăng tin của Ban Tuyên giáo Tỉnh đoàn Vĩnh Long", "BÀI VIẾT LIÊN QUAN", "THÊM TỪ TÁC GIẢ", "Tin mới nhất"],
                       "source": ["Ban Tuyên giáo Tỉnh đoàn"], "related": lambda rl: rl[:6]},
                notes="WordPress 6.6 + Newsmag 5.4 (tagDiv), the single post 'template 1'. The td-category chip and the crumb agree: 'Phong trào thanh niên' (the crumb ends with the headline, set 27). Newsmag's SUB-TITLE field (p.td-post-sub-title under the h1) carries the sapo → lead. QUESTIONABLE: set 32 made a sub-headline inside the h1 nothing; this field is a separate paragraph, a full sentence with the event's day, and the page prints no other sapo — it is what the newsroom wrote as the sapo. 'Bởi tinhdoan_vl' is an account (its author box says so); the date '01/03/2027' in <time datetime='…T07:45:00+07:00'> (the same element) → T07:45 (set 25, MAJORITY). The featured image's figcaption comes first, then a wp-caption in the text. A bulleted list (one paragraph per item). 'Tin: Huỳnh Minh Thư - Ảnh: Trần Gia Bảo' → author and photographer. The 'NGUỒN' box names a source, not a unit. Related posts and 'Tin mới nhất' print other items' days.",
                readme="WordPress + Newsmag (tagDiv), a youth month launch: a category chip over the h1; the sub-title field as the sapo (QUESTIONABLE); 'Bởi <account> - dd/mm/yyyy' (the time in <time datetime>); the featured image's caption before the text; a wp-caption; a list; 'Tin: A - Ảnh: B'; a 'NGUỒN' box; the account's author box")


# ===================================================================== 12 Hội Khuyến học tỉnh Ninh Bình: Joomla 3.10 + Beez3; the site name in the h1, the headline in an h2; text pasted with <br><br>; a data table
A12 = Art("Trao 320 suất học bổng cho học sinh, sinh viên vượt khó dịp Tết Đinh Mùi",
          None,
          [("p", "Sáng 28/1, Hội Khuyến học tỉnh phối hợp với Quỹ Bảo trợ trẻ em tỉnh và các doanh nghiệp tổ chức trao 320 suất học bổng cho học sinh, sinh viên có hoàn cảnh khó khăn, vươn lên học tốt dịp Tết Đinh Mùi 2027."),
           ("p", "Các suất học bổng được trao cho học sinh, sinh viên ở 36 xã, phường trong tỉnh, trong đó ưu tiên con em gia đình chính sách, hộ nghèo, học sinh mồ côi và học sinh khuyết tật."),
           ("p", "Tổng trị giá chương trình là 432 triệu đồng, cụ thể như sau:"),
           ("table", [["Đối tượng", "Số suất", "Mức học bổng (đồng/suất)"], ["Học sinh tiểu học", "120", "1.000.000"], ["Học sinh THCS", "110", "1.200.000"],
                      ["Học sinh THPT", "60", "1.500.000"], ["Sinh viên", "30", "3.000.000"]]),
           ("img", "/images/2027/01/trao-hoc-bong-tet-dinh-mui.jpg", "Lãnh đạo Hội Khuyến học tỉnh trao học bổng cho các em học sinh"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Chủ tịch Hội Khuyến học tỉnh mong muốn các em tiếp tục nỗ lực vượt qua khó khăn, chăm ngoan, học giỏi; đề nghị các cấp hội tiếp tục vận động nguồn lực xã hội cho công tác khuyến học, khuyến tài."),
           ("p", "Em Đinh Thị Hoa, học sinh lớp 11 Trường THPT Nho Quan A, xúc động chia sẻ: “Suất học bổng là động lực để em cố gắng thi đỗ đại học, sau này trở về giúp quê hương”.")])
BY12, UNIT12 = "Nguyễn Văn Bảy", "Văn phòng Hội Khuyến học tỉnh"


def page12():
    pub = T("2027-01-28 08:12")
    site = "https://khuyenhocninhbinh.org.vn"
    url = f"{site}/index.php/tin-hoat-dong/1284-trao-320-suat-hoc-bong-cho-hoc-sinh-sinh-vien-vuot-kho-dip-tet-dinh-mui"
    jmonth = lambda d: f"{d.day:02d} Tháng {d.month} {d.year}"

    def table(rows):
        return ('<table class="table" border="1" cellspacing="0" cellpadding="4" style="width:90%;border-collapse:collapse"><tbody>'
                + "".join("<tr>" + "".join((f'<td style="text-align:center"><strong>{esc(c)}</strong></td>' if i == 0 else f'<td>{esc(c)}</td>') for c in r) + "</tr>" for i, r in enumerate(rows))
                + "</tbody></table>")

    def main(rng, rl, rd):
        pars = A12.blocks
        first = f'<p>{esc(pars[0][1])}<br /><br />{esc(pars[1][1])}<br /><br />{esc(pars[2][1])}</p>'
        rest = (table(pars[3][1]) + f'<p style="text-align:center"><img src="{pars[4][1]}" alt="trao hoc bong" width="600" height="400" /></p><p style="text-align:center"><em>{esc(pars[4][2])}</em></p>'
                + f'<p>{esc(pars[5][1])}<br /><br />{esc(pars[6][1])}</p>')
        return (f'<article class="item-page"><h2>{esc(A12.title)}</h2>'
                f'<ul class="actions"><li class="print-icon"><a href="{url}?tmpl=component&amp;print=1" title="In" rel="nofollow"><img src="/media/system/images/printButton.png" alt="In" /></a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component" title="Email"><img src="/media/system/images/emailButton.png" alt="Email" /></a></li></ul>'
                f'<dl class="article-info"><dt class="article-info-term">Chi tiết</dt><dd class="createdby">Viết bởi Quản trị</dd>'
                f'<dd class="category-name">Chuyên mục: <a href="/index.php/tin-hoat-dong">Tin hoạt động</a></dd>'
                f'<dd class="published">Được đăng ngày {wd(pub, lower=True)}, {jmonth(pub)} {hm(pub)}</dd><dd class="hits">Lượt xem: 318</dd></dl>'
                f'{first}{rest}<p style="text-align:right"><em>{esc(BY12)} - {esc(UNIT12)}</em></p>'
                f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Trước</a></li><li class="next"><a href="#" rel="next">Tiếp &gt;</a></li></ul></article>')

    def side(rng, p):
        ds = past(p, rng, 5, 1, 30)
        return ('<div class="moduletable_login"><h3>Đăng nhập</h3><form action="/index.php" method="post" id="login-form"><p id="form-login-username"><label for="modlgn-username">Tên đăng nhập</label><input id="modlgn-username" type="text" name="username" /></p>'
                '<p id="form-login-password"><label for="modlgn-passwd">Mật khẩu</label><input id="modlgn-passwd" type="password" name="password" /></p><input type="submit" name="Submit" class="button" value="Đăng nhập" /></form></div>'
                '<div class="moduletable"><h3>Bài mới</h3><ul class="latestnews">' + "".join(f'<li><a href="#">{esc(t)}</a> <span class="small">{jmonth(d)}</span></li>' for t, d in zip(heads13(rng, 5), ds)) + '</ul></div>'
                '<div class="moduletable"><h3>Quỹ Khuyến học</h3><p>Số tài khoản: 3711.0.1054321 tại Kho bạc Nhà nước tỉnh. Mọi đóng góp xin gửi về Văn phòng Hội Khuyến học tỉnh.</p></div>')

    crumbs = (f'<span class="showHere">Bạn đang ở: </span><a href="/" class="pathway">Trang chủ</a> <img src="/media/system/images/arrow.png" alt="" /> '
              f'<a href="/index.php/tin-hoat-dong" class="pathway">Tin hoạt động</a> <img src="/media/system/images/arrow.png" alt="" /> <span>Trao 320 suất học bổng cho học sinh, sinh viên vượt khó...</span>')
    head = og(A12.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/templates/beez3/css/position.css" rel="stylesheet" /><link href="/templates/beez3/css/layout.css" rel="stylesheet" />'
    today = pub + timedelta(days=3)
    return page("s41-12", family="study_promotion_association_joomla310_beez3_site_name_h1_br_br_text",
                name="ninhbinh-hoikhuyenhoc-joomla310-beez3-core-template-h1-logo-site-name-h2-headline-article-info-chi-tiet-viet-boi-quan-tri-chuyen-muc-duoc-dang-ngay-weekday-dd-thang-m-yyyy-hh-mm-no-lead-br-br-text-data-table-p-em-caption-italic-name-dash-unit",
                url=url, art=A12, main_fn=main, pub=pub, prefix="khnb", kb=132,
                org="Hội Khuyến học tỉnh Ninh Bình", addr="Số 9 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.116",
                crumbs=crumbs, top='<img src="/images/logo-khuyen-hoc.png" alt="Hội Khuyến học tỉnh Ninh Bình" /><span class="header1">Hội Khuyến học tỉnh Ninh Bình</span>', side=side,
                shell_kw={"layout": "beez3", "head_extra": head, "items": MENU_MASS, "left": f'<p class="today">{wd(today)}, {dmy(today)}</p>'},
                exp=expected_(A12, iso(pub), author=BY12, unit=UNIT12, category="Tin hoạt động", lead=None),
                traps={"chrome": ["Viết bởi Quản trị", "Chi tiết", "Lượt xem: 318", "Đăng nhập", "Bài mới"], "title": ["Hội Khuyến học tỉnh Ninh Bình"],
                       "boxes": ["Số tài khoản: 3711.0.1054321 tại Kho bạc Nhà nước tỉnh. Mọi đóng góp xin gửi về Văn phòng Hội Khuyến học tỉnh."]},
                notes="Joomla 3.10 with the CORE Beez3 template, never changed: the page's only h1 is the template's logo (h1#logo: the site's name), the headline is the article's h2. article-info: 'Chi tiết' / 'Viết bởi Quản trị' (an account) / 'Chuyên mục: Tin hoạt động' / 'Được đăng ngày Thứ năm, 28 Tháng 1 2027 08:12' (Joomla's vi DATE_FORMAT_LC2, the day word in lower case) → T08:12 / 'Lượt xem'. NO sapo → lead null. The text was pasted with <br /><br /> between paragraphs inside two <p>s (seven body paragraphs as printed), a data table (bold header cells, no <thead>), a picture with a centred <em> caption. 'Nguyễn Văn Bảy - Văn phòng Hội Khuyến học tỉnh' (italic right) → author + unit. The crumb 'Bạn đang ở: Trang chủ > Tin hoạt động > Trao 320 suất … vượt khó...' ends in the cut headline (set 27) → category 'Tin hoạt động' (the 'Chuyên mục:' line agrees). A login module and a fund's account number in the right column.",
                readme="Joomla 3.10 + the core Beez3 template, Tết scholarships: the site's name in the only h1, the headline an h2; 'Chi tiết / Viết bởi Quản trị / Chuyên mục / Được đăng ngày Thứ năm, 28 Tháng 1 2027 08:12'; no lead; text pasted with <br><br>; a data table; 'Name - unit'; a crumb ending in the cut headline")


# ===================================================================== 13 Đảng ủy xã Chiềng Mai: WebForms GridView + FCKeditor; Word markup; TWIST Word's review comments pasted with the text
A13 = Art("Ban Chấp hành Đảng bộ xã Chiềng Mai họp hội nghị lần thứ chín",
          "Ngày 8/1, Ban Chấp hành Đảng bộ xã Chiềng Mai tổ chức hội nghị lần thứ chín đánh giá kết quả thực hiện nhiệm vụ năm 2026, thảo luận, thống nhất phương hướng, nhiệm vụ năm 2027.",
          [("p", "Năm 2026, trong bối cảnh xã mới đi vào hoạt động sau sắp xếp, Đảng bộ xã đã lãnh đạo hoàn thành và vượt 14/16 chỉ tiêu Nghị quyết đề ra. Tổng sản lượng lương thực đạt 21.600 tấn; diện tích cây ăn quả trên đất dốc tăng 320 ha; tỷ lệ hộ nghèo giảm còn 8,7%."),
           ("p", "Công tác xây dựng Đảng được chú trọng; Đảng bộ kết nạp 12 đảng viên mới, trong đó 9 đồng chí là người dân tộc Thái, Mông; 100% chi bộ bản duy trì sinh hoạt định kỳ theo hướng dẫn."),
           ("table", [["Chỉ tiêu", "Kế hoạch", "Thực hiện"], ["Thu ngân sách trên địa bàn (triệu đồng)", "4.800", "5.230"],
                      ["Tỷ lệ hộ nghèo (%)", "9,0", "8,7"], ["Kết nạp đảng viên (đồng chí)", "10", "12"]]),
           ("img", "/Upload/Images/2027/01/hoi-nghi-bch-lan-9.jpg", "Đồng chí Bí thư Đảng ủy xã phát biểu kết luận hội nghị"),
           ("p", "Hội nghị thống nhất mục tiêu năm 2027: tập trung phát triển kinh tế nông nghiệp hàng hóa, mở rộng vùng cây ăn quả an toàn, gắn với du lịch cộng đồng; nâng cao chất lượng sinh hoạt chi bộ và đội ngũ bí thư chi bộ bản."),
           ("p", "Cũng tại hội nghị, Ban Chấp hành Đảng bộ xã đã cho ý kiến vào dự thảo chương trình kiểm tra, giám sát năm 2027 và kế hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân Đinh Mùi.")])
BY13, UNIT13 = "Lò Thị Hương", "Văn phòng Đảng ủy xã"
COMMENTS13 = [("PVT1", "Kiểm tra lại số liệu: báo cáo của Ban Xây dựng Đảng là 11 đồng chí, em đối chiếu rồi sửa trước khi đăng."),
              ("PVT2", "Chưa có kết luận chính thức của Thường trực, đề nghị bỏ đoạn này khỏi bản tin.")]
SPAN13 = 'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;"'


def page13():
    pub = T("2027-01-08 16:30")
    site = "https://dangbochiengmai.sonla.gov.vn"
    url = f"{site}/TinTuc/ChiTiet.aspx?id=352&cm=3"
    row = "ctl00_cphMain_gvChiTiet_ctl02"

    def wp(t, anchor=None):
        a = (f'<a style="mso-comment-reference:PVT_{anchor[-1]};mso-comment-date:20270108T1502" class="msocomanchor" id="_anchor_{anchor[-1]}" onmouseover="msoCommentShow(\'_anchor_{anchor[-1]}\',\'_com_{anchor[-1]}\')" '
             f'onmouseout="msoCommentHide(\'_com_{anchor[-1]}\')" href="#_msocom_{anchor[-1]}" language="JavaScript" name="_msoanchor_{anchor[-1]}">[{anchor}]</a>') if anchor else ""
        return (f'<p class="MsoNormal" style="margin-top:6.0pt;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;text-align:justify;text-indent:36.0pt;line-height:120%">'
                f'<span lang="VI" {SPAN13}>{esc(t)}</span>{a}<span lang="VI" {SPAN13}><o:p></o:p></span></p>')

    def wtable(rows):
        out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">']
        for i, r in enumerate(rows):
            cells = "".join(f'<td width="{[300, 140, 140][j]}" valign="top" style="width:{[225, 105, 105][j]}.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                            f'<p class="MsoNormal" align="{"left" if j == 0 else "center"}" style="margin-bottom:0cm;line-height:normal">{"<b>" if i == 0 else ""}<span lang="VI" {SPAN13}>{esc(c)}</span>{"</b>" if i == 0 else ""}<span lang="VI" {SPAN13}><o:p></o:p></span></p></td>'
                            for j, c in enumerate(r))
            out.append(f'<tr style="mso-yfti-irow:{i}">{cells}</tr>')
        return "".join(out) + "</table>"

    def wimg(s, c):
        return (f'<p class="MsoNormal" align="center" style="text-align:center"><span {SPAN13}><img width="600" height="400" src="{s}" alt="" /></span></p>'
                f'<p class="MsoCaption" align="center" style="text-align:center"><i><span lang="VI" style="font-size:12.0pt;font-family:&quot;Times New Roman&quot;,serif;color:windowtext">{esc(c)}</span></i></p>')

    def main(rng, rl, rd):
        b = A13.blocks
        word = (wp(b[0][1]) + wp(b[1][1], "PVT1") + wtable(b[2][1]) + wimg(b[3][1], b[3][2]) + wp(b[4][1]) + wp(b[5][1], "PVT2")
                + f'<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" {SPAN13}>{esc(BY13)} - {esc(UNIT13)}<o:p></o:p></span></b></p>'
                + '<div style="mso-element:comment-list"><![if !supportAnnotations]><hr class="msocomoff" align="left" size="1" width="33%" /><![endif]>'
                + "".join(f'<div style="mso-element:comment"><![if !supportAnnotations]><div id="_com_{k[-1]}" class="msocomtxt" language="JavaScript" onmouseover="msoCommentShow(\'_anchor_{k[-1]}\',\'_com_{k[-1]}\')" onmouseout="msoCommentHide(\'_com_{k[-1]}\')"><![endif]><div>'
                          f'<![if !supportAnnotations]><a name="_msocom_{k[-1]}"></a><![endif]><p class="MsoCommentText"><span class="MsoCommentReference"><span style="font-size:8.0pt">&nbsp;<![if !supportAnnotations]><a href="#_msoanchor_{k[-1]}" class="msocomoff">[{k}]</a><![endif]><span style="mso-special-character:comment">&nbsp;</span></span></span>{esc(t)}</p>'
                          f'</div><![if !supportAnnotations]></div><![endif]></div>' for k, t in COMMENTS13)
                + "</div>")
        oth = "".join(f'<tr><td><a href="{site}/TinTuc/ChiTiet.aspx?id={340 + i}&amp;cm=3" class="tinkhac">{esc(t)}</a> <span class="ngaykhac">({dmy(d)})</span></td></tr>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="xa-tieude-cm"><span id="ctl00_cphMain_lblChuyenMuc" style="text-transform:uppercase">Tin hoạt động</span></div>'
                f'<div><table class="gv-chitiet" cellspacing="0" rules="all" border="0" id="ctl00_cphMain_gvChiTiet" style="width:100%;border-collapse:collapse;"><tr><td>'
                f'<span id="{row}_lblTieuDe" class="tieude">{esc(A13.title)}</span><br /><span id="{row}_lblNgayDang" class="ngaydang">Ngày đăng: {dmy(pub)} - {hm(pub)}</span>'
                f'<div class="tomtat"><i><span id="{row}_lblTomTat">{esc(A13.lead)}</span></i></div><div id="{row}_divNoiDung" class="noidung">{word}</div></td></tr></table></div>'
                f'<div class="xa-congcu"><a id="ctl00_cphMain_lnkIn" href="javascript:window.print()">In bài</a> | <a id="ctl00_cphMain_lnkQuayLai" href="javascript:history.back()">Quay lại</a></div>'
                f'<div class="xa-tinkhac"><div class="xa-tinkhac-title">Các tin khác</div><table id="ctl00_cphMain_gvTinKhac" cellspacing="0" border="0" style="border-collapse:collapse;">{oth}</table></div>')

    def side(rng, p):
        ds = past(p, rng, 6, 0, 20)
        return ('<div class="xa-box"><div class="xa-box-title">Tin mới</div><ul>' + "".join(f'<li><a href="#">{esc(t)}</a> <i>({dmy(d)})</i></li>' for t, d in zip(heads14(rng, 6), ds)) + "</ul></div>"
                + vb_box(["Nghị quyết số 09-NQ/ĐU về nhiệm vụ năm 2027", "Chương trình kiểm tra, giám sát năm 2027 của Đảng ủy xã"], "Văn bản Đảng ủy", "xa-vb")
                + '<div class="xa-box"><div class="xa-box-title">Thống kê truy cập</div><p>Đang trực tuyến: 6<br />Tổng truy cập: 184.207</p></div>')

    crumbs = '<a href="/">Trang chủ</a> » <a href="/TinTuc/DanhSach.aspx?cm=3">Tin hoạt động</a>'
    head = (og(A13.title, url) + '<meta name="ProgId" content="Word.Document" /><script type="text/javascript" src="/fckeditor/fckeditor.js"></script>'
            + '<script>function msoCommentShow(a,c){}function msoCommentHide(c){}</script>')
    today = pub + timedelta(days=2)
    return page("s41-13", family="commune_party_aspnet_webforms_gridview_word_review_comments",
                name="sonla-danguyxachiengmai-aspnet-webforms-gridview-gvchitiet-one-row-span-lbltieude-no-heading-ngay-dang-dd-mm-yyyy-dash-hh-mm-italic-lbltomtat-fckeditor-word-msonormal-msotablegrid-msocaption-comment-anchors-comment-list-bold-right-name-dash-unit",
                url=url, art=A13, main_fn=main, pub=pub, prefix="xacm", kb=176,
                org="Đảng bộ xã Chiềng Mai", addr="Bản Nà Cạn, xã Chiềng Mai, tỉnh Sơn La", phone="0212.3836.215",
                crumbs=crumbs, top=banner("/Images/banner-dang-bo-chieng-mai.jpg", "Trang thông tin điện tử Đảng bộ xã Chiềng Mai"), side=side,
                shell_kw={"layout": "wfgridview", "head_extra": head, "items": MENU_PARTY, "form": True, "left": f"{wd(today)}, ngày {dmy(today)}"},
                exp=expected_(A13, iso(pub), author=BY13, unit=UNIT13, category="Tin hoạt động"),
                traps={"comments": ["[PVT1]", "[PVT2]"] + [t for _, t in COMMENTS13], "chrome": ["Các tin khác", "In bài", "Tin mới"], "related": lambda rl: rl[:6]},
                notes="TWIST — a local vendor's ASP.NET WebForms CMS (.NET 3.5) whose detail is a GridView bound to ONE row: the headline is a bold span (lblTieuDe) with no heading element, then 'Ngày đăng: 08/01/2027 - 16:30' → T16:30 and the italic lblTomTat → lead. The text was pasted from Word through FCKeditor 2 with Word's markup intact (p.MsoNormal, spans with mso- styles, <o:p>, a MsoTableGrid data table, a p.MsoCaption caption) — and with the draft's REVIEW COMMENTS: the anchors '[PVT1]' and '[PVT2]' (a.msocomanchor) at the end of two paragraphs and Word's comment list after the signature (div style='mso-element:comment-list', each comment a p.MsoCommentText: 'Kiểm tra lại số liệu: …', 'Chưa có kết luận chính thức …'). Word hides them with its own stylesheet; pasted without it, every reader sees them → they are the reviewer's notes on the draft, not the article: neither body nor any field, and the markers are not words of the paragraphs they follow (body = the paragraphs without '[PVT1]' / '[PVT2]'). A reader keeping what is printed stores two internal editing notes as the last paragraphs of the record (one of them asking to delete a paragraph). NEW (set 41). QUESTIONABLE only in that the notes are printed; an archive of what the Party committee published should not keep its reviewers' margin notes. 'Lò Thị Hương - Văn phòng Đảng ủy xã' (bold right) → author + unit. Category 'Tin hoạt động' (crumb; the heading above prints the same words in capitals by CSS).",
                readme="TWIST — a WebForms CMS with a GridView detail, a commune committee's conference: the headline a bold span (no heading); 'Ngày đăng: dd/mm/yyyy - HH:MM'; italic lblTomTat; Word markup pasted through FCKeditor (MsoNormal, MsoTableGrid, MsoCaption) WITH Word's review comments — '[PVT1]' anchors in the text and the comment list after the signature (not body); bold right 'Name - unit'")


# ===================================================================== 14 Báo và PT-TH An Giang: a press CMS's PODCAST detail; the announcer and the sound engineer are not writers
A14 = Art("Những đảng viên trẻ nơi vùng biên",
          "Ở các xã biên giới của tỉnh, ngày càng nhiều thanh niên được kết nạp vào Đảng. Họ là những người đi đầu trong sản xuất, giữ gìn an ninh trật tự và gắn bó với bà con nơi vùng biên.",
          [("p", "Gần 5 giờ sáng, khi sương còn phủ trên cánh đồng ven kênh Vĩnh Tế, anh Chau Sóc Kha, 27 tuổi, đảng viên trẻ của Chi bộ ấp Tà Đảnh, xã Tri Tôn, đã có mặt ở ruộng lúa của tổ hợp tác để kiểm tra nước."),
           ("p", "Được kết nạp vào Đảng cuối năm 2025, Kha là người đầu tiên trong ấp đưa máy bay không người lái vào phun thuốc, giúp bà con giảm gần một nửa chi phí. “Mình là đảng viên thì phải làm trước để bà con thấy hiệu quả rồi làm theo”, Kha nói."),
           ("img", "/uploads/podcast/2027/02/dang-vien-tre-vung-bien.jpg", "Đảng viên trẻ Chau Sóc Kha hướng dẫn bà con sử dụng máy bay không người lái phun thuốc"),
           ("p", "Cũng ở vùng biên, chị Néang Sóc Phia, đảng viên sinh năm 1999, đang là Phó Bí thư Đoàn xã Khánh Bình. Mỗi tối, chị cùng tổ thanh niên xung kích tham gia tuần tra các tuyến đường ven biên giới với lực lượng Công an và Bộ đội Biên phòng."),
           ("p", "Theo Ban Xây dựng Đảng Đảng ủy các xã biên giới, năm 2026 các chi bộ ấp đã kết nạp 86 đảng viên mới, trong đó gần 70% là đoàn viên thanh niên, nhiều người là đồng bào Khmer."),
           ("p", "Những đảng viên trẻ ấy đang góp phần làm cho các tổ chức đảng ở vùng biên thêm sức sống, để niềm tin của bà con với Đảng ngày càng vững chắc.")])


def page14():
    pub = T("2027-02-12 19:00")
    site = "https://baoangiang.com.vn"
    url = f"{site}/podcast/nhung-dang-vien-tre-noi-vung-bien-a4817263.html"

    def main(rng, rl, rd):
        more = "".join(f'<div class="pod-item"><a href="{site}/podcast/{slug(t)[:50]}-a{4817200 + i}.html"><img src="/uploads/podcast/thumb/{hexid(rng, 10)}.jpg" alt="" /><span class="pod-item-title">{esc(t)}</span></a>'
                       f'<span class="pod-item-meta"><i class="icon-headphones"></i> {rng.randint(5, 14):02d}:{rng.randint(0, 59):02d} | {dmy(d)}</span></div>' for i, (t, d) in enumerate(zip(rl[:4], rd)))
        return (f'<article class="detail detail-podcast"><span class="detail-type-label">PODCAST</span><h1 class="detail-title">{esc(A14.title)}</h1>'
                f'<div class="detail-meta"><span class="detail-time">{wd(pub)}, {dmy(pub)} - {hm(pub)}</span> <span class="detail-share"><a href="#">Facebook</a> <a href="#">Zalo</a></span></div>'
                f'<h2 class="detail-sapo">{esc(A14.lead)}</h2>'
                f'<div class="podcast-player" data-src="/uploads/podcast/2027/02/nhung-dang-vien-tre-noi-vung-bien.mp3"><div class="pp-cover"><img src="/uploads/podcast/2027/02/cover-dang-vien-tre.jpg" alt="" /></div>'
                f'<div class="pp-info"><div class="pp-now">Đang phát</div><div class="pp-title">{esc(A14.title)}</div><div class="pp-time"><span class="pp-current">00:00</span> / <span class="pp-duration">08:42</span></div>'
                f'<div class="pp-wave"></div><div class="pp-controls"><button type="button">Phát</button><button type="button">Tốc độ 1x</button><a href="/uploads/podcast/2027/02/nhung-dang-vien-tre-noi-vung-bien.mp3" download="">Tải về</a></div></div></div>'
                f'<div class="detail-content">{A14.render(p=jp, img=fig, sep="")}</div>'
                f'<div class="podcast-credits"><p><b>Nội dung:</b> Nguyễn Hữu Tài</p><p><b>Giọng đọc:</b> Thanh Tâm</p><p><b>Kỹ thuật:</b> Minh Luân</p></div></article>'
                f'<section class="pod-more"><h3 class="box-title">Podcast khác</h3>{more}</section>')

    crumbs = f'<ul class="breadcrumb"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/multimedia">Multimedia</a></li><li><a href="{site}/podcast">Podcast</a></li></ul>'
    head = (og(A14.title, url, {"og:type": "article", "og:audio": f"{site}/uploads/podcast/2027/02/nhung-dang-vien-tre-noi-vung-bien.mp3"})
            + jsonld({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": A14.title, "datePublished": iso(pub), "timeRequired": "PT8M42S", "author": {"@type": "Organization", "name": "Báo và Phát thanh, Truyền hình An Giang"}}))
    today = pub + timedelta(days=1)
    return page("s41-14", family="merged_press_agency_podcast_detail_announcer_not_writer",
                name="angiang-bao-va-ptth-press-cms-podcast-detail-crumb-multimedia-podcast-type-label-h1-weekday-dd-mm-yyyy-dash-hh-mm-h2-sapo-player-band-repeats-title-transcript-figcaption-credits-noi-dung-giong-doc-ky-thuat",
                url=url, art=A14, main_fn=main, pub=pub, prefix="bag", kb=214,
                org="Báo và Phát thanh, Truyền hình An Giang", addr="Số 8/2 đường Lê Triệu Kiết, phường Long Xuyên, tỉnh An Giang", phone="0296.3841.318",
                crumbs=crumbs, top=banner("/images/logo-bao-an-giang.png", "Báo và Phát thanh, Truyền hình An Giang"),
                side=side_of(lambda d: f"{dmy(d)} {hm(d)}", "Đọc nhiều", "rail-most", docs=False),
                shell_kw={"layout": "press_podcast", "head_extra": head, "items": MENU_NEWS, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A14, iso(pub), author="Nguyễn Hữu Tài", category="Podcast"),
                traps={"roles": ["Thanh Tâm", "Minh Luân", "Giọng đọc:", "Kỹ thuật:"], "chrome": ["PODCAST", "Podcast khác", "Đang phát", "08:42", "Tốc độ 1x"], "related": lambda rl: rl[:4]},
                notes="A merged provincial press agency's CMS, the PODCAST detail: crumb 'Trang chủ › Multimedia › Podcast', a type label 'PODCAST' above the h1, 'Thứ Sáu, 12/02/2027 - 19:00' → T19:00, an h2 sapo → lead, a player band that repeats the headline ('Đang phát', duration 08:42, 'Tốc độ 1x', 'Tải về' — player chrome, set 24), the transcript with a figcaption → body. The credits box: 'Nội dung: Nguyễn Hữu Tài' → author; 'Giọng đọc: Thanh Tâm' (the voice reading it) and 'Kỹ thuật: Minh Luân' (the sound engineer) are neither author nor photographer (set 27's announcer and set 30's camera operator). Category 'Podcast' — the crumb's deepest level, a section of the menu the item is filed in. QUESTIONABLE: 'Podcast' also names the item's form (the 'PODCAST' label, set 27); here the section and the form coincide, and the crumb is the only section printed. The JSON-LD names the paper as the author (an organisation, machine-only).",
                readme="A press CMS's podcast detail, young Party members in border communes: a 'PODCAST' label over the h1; 'Thứ Sáu, dd/mm/yyyy - HH:MM'; an h2 sapo; a player band repeating the headline; the transcript; 'Nội dung:' (the writer) beside 'Giọng đọc:' and 'Kỹ thuật:' (not writers); category 'Podcast' from the crumb (QUESTIONABLE)")


# ===================================================================== 15 Đảng ủy Tổng công ty Cảng biển Duyên Hải: Neos 8; a category link over the h1; an office signature; a downloads box
A15 = Art("Đảng ủy Tổng công ty ban hành Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2027",
          "Ngày 24/2, Ban Chấp hành Đảng bộ Tổng công ty Cảng biển Duyên Hải tổ chức hội nghị thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ chính trị, sản xuất kinh doanh năm 2027.",
          [("p", "Năm 2026, sản lượng hàng hóa thông qua các cảng của Tổng công ty đạt 48,6 triệu tấn, tăng 8,4% so với năm 2025; doanh thu hợp nhất đạt 5.120 tỷ đồng; thu nhập bình quân của người lao động đạt 19,8 triệu đồng/tháng."),
           ("h", "Chỉ tiêu chủ yếu năm 2027"),
           ("table", [["Chỉ tiêu", "Thực hiện 2026", "Kế hoạch 2027"], ["Sản lượng thông qua (triệu tấn)", "48,6", "52,0"],
                      ["Doanh thu hợp nhất (tỷ đồng)", "5.120", "5.500"], ["Kết nạp đảng viên (đồng chí)", "34", "35"]]),
           ("p", "Nghị quyết xác định khâu đột phá là chuyển đổi số trong khai thác cảng, hoàn thành triển khai cảng điện tử tại các bến container; nâng cao năng lực lãnh đạo của các chi bộ trực thuộc ở các ca sản xuất."),
           ("img", "/_Resources/Persistent/7f3a1e2b9c4d/hoi-nghi-bch-dang-bo-tong-cong-ty.jpg", "Đồng chí Bí thư Đảng ủy Tổng công ty phát biểu tại hội nghị"),
           ("p", "Hội nghị cũng thông qua chương trình kiểm tra, giám sát năm 2027 và kế hoạch tổ chức các hoạt động kỷ niệm 97 năm Ngày thành lập Đảng, 96 năm Ngày thành lập Đoàn trong toàn Đảng bộ.")])
UNIT15 = "Văn phòng Đảng ủy Tổng công ty"


def page15():
    pub, upd = T("2027-02-24 00:00"), T("2027-02-26 00:00")
    site = "https://duyenhaiport.com.vn"
    url = f"{site}/vi/dang-doan-the/tin-tuc/dang-uy-tong-cong-ty-ban-hanh-nghi-quyet-lanh-dao-thuc-hien-nhiem-vu-nam-2027"

    def img(s, c, n):
        return f'<div class="neos-nodetypes-image"><figure><img src="{s}" alt="" title="" /><figcaption>{esc(c)}</figcaption></figure></div>'

    def main(rng, rl, rd):
        out = []
        for b in A15.blocks:
            if b[0] == "p":
                out.append(f'<div class="neos-nodetypes-text"><div>{jp(b[1])}</div></div>')
            elif b[0] == "h":
                out.append(f'<div class="neos-nodetypes-headline"><div><h3>{esc(b[1])}</h3></div></div>')
            elif b[0] == "table":
                rows = b[1]
                out.append('<div class="neos-nodetypes-text"><div><table class="table table-striped"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                           + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table></div></div>")
            else:
                out.append(img(b[1], b[2], 0))
        rel = "".join(f'<li class="news-list__item"><a href="{site}/vi/dang-doan-the/tin-tuc/{slug(t)[:60]}">{esc(t)}</a><span class="news-list__date">{dmy(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="news-detail"><a class="news-detail__category" href="{site}/vi/dang-doan-the">Hoạt động Đảng - Đoàn thể</a><h1 class="news-detail__title">{esc(A15.title)}</h1>'
                f'<div class="news-detail__date">Ngày đăng: {dmy(pub)} <span class="sep">·</span> Cập nhật: {dmy(upd)}</div><p class="news-detail__teaser">{esc(A15.lead)}</p>'
                f'<div class="neos-contentcollection news-detail__main">{"".join(out)}<div class="neos-nodetypes-text"><div><p style="text-align:right"><strong>{esc(UNIT15)}</strong></p></div></div></div>'
                f'<div class="news-detail__downloads"><h4>Tài liệu đính kèm</h4><ul><li><a href="/_Resources/Persistent/a91c/nghi-quyet-05-nq-du.pdf">Nghị quyết số 05-NQ/ĐU ngày 24/02/2027 (PDF)</a></li></ul></div>'
                f'<div class="news-detail__share"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a></div></article>'
                f'<section class="news-related"><h2 class="news-related__title">Tin liên quan</h2><ul class="news-list">{rel}</ul></section>')

    def side(rng, p):
        return ('<div class="contact-card"><h3>Liên hệ truyền thông</h3><p>Ban Truyền thông - Thương hiệu<br />Điện thoại: 0225.3859.945<br />Email: truyenthong@duyenhaiport.example</p></div>'
                + mostread(rng, p, dmy, "Tin mới", "latest", 5, writers=["Ban Truyền thông"], numbered=False))

    crumbs = f'<ul class="breadcrumb"><li><a href="{site}/vi">Trang chủ</a></li><li><a href="{site}/vi/dang-doan-the">Đảng - Đoàn thể</a></li><li class="active"><a href="{site}/vi/dang-doan-the/tin-tuc">Tin tức</a></li></ul>'
    head = og(A15.title, url) + f'<link rel="alternate" hreflang="en" href="{site}/en/party-unions/news" /><meta name="generator" content="Neos Flow" /><!-- This website is powered by Neos, the Open Source Content Application Platform licensed under the GNU/GPL. -->'
    return page("s41-15", family="enterprise_party_committee_neos8_category_link_office_signature",
                name="haiphong-dangbotongcongtycangbienduyenhai-neos8-fusion-news-page-category-link-above-h1-ngay-dang-dd-mm-yyyy-date-only-teaser-lead-neos-nodetypes-text-headline-table-thead-image-figcaption-office-signature-downloads-generic-crumb",
                url=url, art=A15, main_fn=main, pub=pub, prefix="dhp", kb=148,
                org="Tổng công ty Cảng biển Duyên Hải", addr="Số 8A đường Trần Phú, phường Ngô Quyền, thành phố Hải Phòng", phone="0225.3859.945",
                crumbs=crumbs, top='<a class="page-header__logo" href="/vi"><img src="/_Resources/Static/Packages/Vendor.Site/Images/logo.svg" alt="Tổng công ty Cảng biển Duyên Hải" /></a>', side=side,
                shell_kw={"layout": "neos", "head_extra": head, "items": MENU_CORP, "left": '<a href="/vi">VI</a> | <a href="/en">EN</a> | Hotline: 0225.3859.945'},
                exp=expected_(A15, isod(pub), isod(upd), unit=UNIT15, category="Hoạt động Đảng - Đoàn thể"),
                traps={"chrome": ["Tài liệu đính kèm", "Liên hệ truyền thông", "Tin liên quan"], "boxes": ["Nghị quyết số 05-NQ/ĐU ngày 24/02/2027 (PDF)", "Ban Truyền thông - Thương hiệu"],
                       "related": lambda rl: rl[:5]},
                notes="Neos CMS 8 (a stack no set had used: Flow framework, Fusion rendering; a vendor's site package for a state corporation whose Party committee posts in 'Đảng - Đoàn thể'). The crumb's deepest level 'Tin tức' is generic (set 29); the category link above the h1 names the section → category 'Hoạt động Đảng - Đoàn thể' (its hyphen part of the name). 'Ngày đăng: 24/02/2027 · Cập nhật: 26/02/2027' (both date only) → published '2027-02-24', updated '2027-02-26'. The teaser property (p.news-detail__teaser) → lead. Content nodes: text, a headline node (h3, body), a table with <thead> (rows ' | '), an image node with a figcaption. Signed only by the office 'Văn phòng Đảng ủy Tổng công ty' (bold, right) → author null, unit (set 26's office signature). The downloads box (its document's day is the document's) and a media-contact card (a department, a phone, an e-mail) are not body and not units (set 40's contact rule). 'Tin mới' entries carry the account-like 'Ban Truyền thông'.",
                readme="Neos 8 (a stack no set had used), a state corporation's Party committee resolution: a category link above the h1 under a generic crumb; 'Ngày đăng: dd/mm/yyyy · Cập nhật: dd/mm/yyyy' (both date only); a teaser lead; content nodes (a headline, a table with <thead>, an image with figcaption); an office signature; a downloads box and a media-contact card")


# ===================================================================== 16 Đoàn phường Phú Xuân: Bludit 3 (BlogX); a bold first paragraph as the lead; 'Tin, ảnh:'
A16 = Art("Đoàn phường Phú Xuân kỷ niệm 96 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
          "Tối 26/3, Đoàn phường Phú Xuân tổ chức lễ kỷ niệm 96 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2027) và tuyên dương 26 đoàn viên tiêu biểu năm 2026.",
          [("p", "Buổi lễ diễn ra tại Nhà văn hóa phường với sự tham gia của hơn 300 đoàn viên, thanh niên. Các đại biểu cùng ôn lại truyền thống vẻ vang của Đoàn và những kết quả nổi bật của tuổi trẻ phường trong năm qua."),
           ("img", "/bl-content/uploads/pages/ky-niem-96-nam/tuyen-duong-doan-vien.jpg", "Tuyên dương 26 đoàn viên tiêu biểu năm 2026"),
           ("p", "Năm 2026, Đoàn phường đã tổ chức 42 hoạt động tình nguyện, hỗ trợ hơn 1.800 lượt người dân thực hiện dịch vụ công trực tuyến, giới thiệu 15 đoàn viên ưu tú để Đảng xem xét kết nạp."),
           ("p", "Dịp này, Đoàn phường ra mắt đội hình “Thanh niên Phú Xuân giữ gìn di sản”, hướng dẫn du khách tham quan các di tích trong khu vực Kinh thành Huế vào các ngày cuối tuần."),
           ("img", "/bl-content/uploads/pages/ky-niem-96-nam/ra-mat-doi-hinh.jpg", "Ra mắt đội hình “Thanh niên Phú Xuân giữ gìn di sản”"),
           ("p", "Chương trình văn nghệ chào mừng với các tiết mục ca Huế, múa và hát về Đảng, về Bác do đoàn viên các chi đoàn biểu diễn đã khép lại buổi lễ trong không khí sôi nổi.")])


def page16():
    pub = T("2027-03-26 21:10")
    site = "https://doanphuongphuxuan.vn"
    url = f"{site}/doan-phuong-phu-xuan-ky-niem-96-nam-ngay-thanh-lap-doan"

    def img(s, c, n):
        return f'<p><img src="{s}" alt="" class="img-fluid" /></p><p style="text-align: center;"><em>{esc(c)}</em></p>'

    def main(rng, rl, rd):
        lead = f'<p><strong>{esc(A16.lead)}</strong></p>'
        return (f'<section class="page"><div class="card my-5 border-0"><div class="card-body p-0"><a class="text-dark" href="{url}"><h1 class="title">{esc(A16.title)}</h1></a>'
                f'<div class="text-muted pb-3"><i class="bi bi-calendar"></i> {dmy(pub)} - {hm(pub)} <span class="ml-3"><i class="bi bi-folder"></i> Chuyên mục: <a href="{site}/category/hoat-dong-doan">Hoạt động Đoàn</a></span>'
                f' <span class="ml-3"><i class="bi bi-clock"></i> Thời gian đọc: 3 phút</span></div>'
                f'<div class="page-content">{lead}{A16.render(img=img, sep="")}<p style="text-align: right;"><strong>Tin, ảnh: Hồ Thị Ngọc Trâm</strong></p></div>'
                f'<div class="tags"><i class="bi bi-tags"></i> Thẻ: <a class="badge badge-light" href="{site}/tag/26-3">26-3</a> <a class="badge badge-light" href="{site}/tag/tuyen-duong">tuyên dương</a></div></div></div></section>'
                f'<nav class="paginator"><ul class="pagination"><li class="page-item"><a class="page-link" href="#">&larr; {esc(rl[0])}</a></li><li class="page-item"><a class="page-link" href="#">{esc(rl[1])} &rarr;</a></li></ul></nav>')

    def side(rng, p):
        ds = past(p, rng, 5, 1, 30)
        return ('<div class="plugin plugin-categories"><h2 class="plugin-label">Danh mục</h2><div class="plugin-content"><ul><li><a href="/category/hoat-dong-doan">Hoạt động Đoàn (42)</a></li><li><a href="/category/tinh-nguyen">Tình nguyện (17)</a></li><li><a href="/category/guong-sang">Gương sáng (9)</a></li></ul></div></div>'
                '<div class="plugin plugin-latest-posts"><h2 class="plugin-label">Bài mới</h2><div class="plugin-content"><ul>' + "".join(f'<li><a href="#">{esc(t)}</a> <small>{dmy(d)}</small></li>' for t, d in zip(heads14(rng, 5), ds)) + '</ul></div></div>'
                '<div class="plugin plugin-about"><h2 class="plugin-label">Giới thiệu</h2><div class="plugin-content">Trang tin của Đoàn TNCS Hồ Chí Minh phường Phú Xuân, thành phố Huế. Quản trị: Ban Thường vụ Đoàn phường.</div></div>')

    head = og(A16.title, url) + '<meta name="generator" content="Bludit" /><link rel="stylesheet" href="/bl-themes/blogx/css/style.css?version=3.16.2" /><link rel="stylesheet" href="/bl-kernel/css/bootstrap-icons/bootstrap-icons.css?version=3.16.2" />'
    body = "\n\n".join([A16.lead] + A16.pars)
    return page("s41-16", family="ward_youth_union_bludit3_blogx_bold_first_paragraph_lead",
                name="hue-doanphuongphuxuan-bludit3-blogx-theme-h1-title-link-dd-mm-yyyy-dash-hh-mm-chuyen-muc-link-reading-time-bold-first-p-lead-p-em-captions-tin-anh-name-tags-plugins-sidebar",
                url=url, art=A16, main_fn=main, pub=pub, prefix="dpx", kb=104,
                org="Đoàn TNCS Hồ Chí Minh phường Phú Xuân", addr="Nhà văn hóa phường Phú Xuân, thành phố Huế", phone="0234.3522.186",
                crumbs="", top='<span class="site-title">Tuổi trẻ Phú Xuân</span>', side=side,
                shell_kw={"layout": "bludit", "head_extra": head, "items": MENU_YOUTH, "left": " © 2027 Đoàn phường Phú Xuân"},
                exp=expected_(A16, iso(pub), author="Hồ Thị Ngọc Trâm", photographer="Hồ Thị Ngọc Trâm", category="Hoạt động Đoàn", body=body),
                traps={"chrome": ["Thời gian đọc: 3 phút", "Danh mục", "Bài mới", "Quản trị: Ban Thường vụ Đoàn phường."], "related": lambda rl: rl[:2]},
                notes="Bludit 3.16 (a stack no set had used: a flat-file PHP CMS) with its 'BlogX' theme: the h1 inside a link to itself, then '26/03/2027 - 21:10' (the site's date format 'd/m/Y - H:i') → T21:10, 'Chuyên mục: Hoạt động Đoàn' → category (label dropped), 'Thời gian đọc: 3 phút' (a reading time, set 31). The text's FIRST paragraph is bold (typed so by the editor: the sapo) → lead. Two captions as centred <em> paragraphs after the pictures. 'Tin, ảnh: Hồ Thị Ngọc Trâm' → author and photographer. Tags; the plugins sidebar (categories with counts, latest posts with days, an about box naming the admins) is chrome.",
                readme="Bludit 3 (a stack no set had used), BlogX theme, a ward youth union's anniversary: 'dd/mm/yyyy - HH:MM' + 'Chuyên mục:' + a reading time under the h1; a bold first paragraph as the sapo; centred <em> captions; 'Tin, ảnh:'; tags and the plugins sidebar")


# ===================================================================== 17 Chi bộ ấp Trung Nghĩa: Publii (Simple theme); <time datetime> without an offset; the author field a person; tags only
A17 = Art("Chi bộ ấp Trung Nghĩa sinh hoạt chuyên đề: đảng viên gương mẫu giữ gìn an ninh, trật tự",
          None,
          [("p", "Tối 18/1, Chi bộ ấp Trung Nghĩa tổ chức sinh hoạt chuyên đề tháng 1 với chủ đề “Đảng viên gương mẫu tham gia giữ gìn an ninh, trật tự ở khu dân cư”. Dự buổi sinh hoạt có 31/33 đảng viên của Chi bộ và đồng chí Phó Bí thư Đảng ủy xã Xuân Lộc."),
           ("p", "Đồng chí Trưởng Công an xã thông tin tình hình an ninh, trật tự trên địa bàn năm 2026 và những vấn đề cần lưu ý dịp Tết: trộm cắp tài sản, đốt pháo, tai nạn giao thông và các hình thức lừa đảo qua điện thoại."),
           ("p", "Các đảng viên thảo luận sôi nổi, thống nhất mỗi đảng viên phụ trách theo dõi 8 đến 10 hộ gia đình gần nhà; kịp thời nắm tình hình, hòa giải mâu thuẫn ngay từ cơ sở. Chi bộ giao các nhiệm vụ cụ thể:"),
           ("ul", ["Duy trì tổ tự quản an ninh, trật tự ở 4 tổ dân cư, tuần tra vào các tối thứ Bảy và dịp Tết;",
                   "Vận động các hộ lắp đặt camera ở các tuyến đường chính của ấp;",
                   "Tuyên truyền con em không đốt pháo, không uống rượu bia khi tham gia giao thông."]),
           ("img", "/media/posts/27/sinh-hoat-chuyen-de-thang-1.jpg", "Đảng viên Chi bộ ấp Trung Nghĩa thảo luận tại buổi sinh hoạt chuyên đề"),
           ("p", "Kết thúc buổi sinh hoạt, Chi bộ biểu dương 3 đảng viên đã có nhiều đóng góp trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026.")])


def page17():
    pub = T("2027-01-18 19:30")
    site = "https://chiboaptrungnghia.netlify.app"
    url = f"{site}/chi-bo-ap-trung-nghia-sinh-hoat-chuyen-de-thang-1-2027.html"

    def img(s, c, n):
        return f'<figure class="post__image"><img loading="lazy" src="{s}" alt="" width="1200" height="800" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rel = "".join(f'<article class="related__item"><div class="feed__meta"><time datetime="{d.strftime("%Y-%m-%dT%H:%M")}" class="feed__date">{d.day} tháng {d.month}, {d.year}</time></div>'
                      f'<h3 class="h4 related__item__title"><a href="{site}/{slug(t)[:50]}.html">{esc(t)}</a></h3></article>' for t, d in zip(rl[:3], rd))
        return (f'<article class="post"><div class="hero"><header class="hero__content"><div class="wrapper"><div class="post__meta"><time datetime="{pub.strftime("%Y-%m-%dT%H:%M")}">{pub.day} tháng {pub.month}, {pub.year}</time></div>'
                f'<h1>{esc(A17.title)}</h1><div class="post__meta post__meta--author"><img src="/media/website/avatar-le-van-tam.jpg" loading="eager" alt="" class="post__author-thumb" /><a href="{site}/authors/le-van-tam/" class="feed__author invert">Lê Văn Tám</a></div></div></header></div>'
                f'<div class="wrapper post__entry">{A17.render(img=img, sep="")}</div>'
                f'<div class="wrapper post__entry"><div class="post__tags"><h3>Thẻ:</h3><ul><li><a href="{site}/tags/sinh-hoat-chuyen-de/">sinh hoạt chuyên đề</a></li><li><a href="{site}/tags/an-ninh-trat-tu/">an ninh trật tự</a></li></ul></div>'
                f'<div class="post__last-updated">Sửa đổi lần cuối: </div>'
                f'<div class="post__bio bio"><img class="bio__avatar" src="/media/website/avatar-le-van-tam.jpg" loading="lazy" alt="" /><div><h3 class="bio__name"><a href="{site}/authors/le-van-tam/" class="invert" rel="author">Lê Văn Tám</a></h3>'
                f'<p>Bí thư Chi bộ ấp Trung Nghĩa. Trang này ghi lại hoạt động của Chi bộ để đảng viên và bà con trong ấp cùng theo dõi.</p></div></div></div>'
                f'<nav class="post__nav"><div class="post__nav__inner wrapper"><div class="post__nav__prev"><a class="post__nav__link" href="#" rel="prev"><span class="post__nav__label">Bài trước</span><h5 class="h4 post__nav__title">{esc(rl[3])}</h5></a></div></div></nav>'
                f'<div class="post__related related"><div class="wrapper"><h2 class="h5 related__title">Bài viết liên quan</h2>{rel}</div></div></article>')

    head = og(A17.title, url) + jsonld({"@context": "http://schema.org", "@type": "Article", "headline": A17.title, "datePublished": pub.strftime("%Y-%m-%dT%H:%M"), "author": {"@type": "Person", "name": "Lê Văn Tám"}}) + '<meta name="generator" content="Publii Open-Source CMS for Static Site" />'
    return page("s41-17", family="village_party_cell_publii_simple_theme_datetime_without_offset_author_person",
                name="dongnai-chiboaptrungnghia-publii-static-simple-theme-hero-meta-time-d-thang-m-yyyy-datetime-no-offset-h1-author-person-link-no-lead-ul-figure-figcaption-tags-only-empty-last-updated-bio-card-related",
                url=url, art=A17, main_fn=main, pub=pub, prefix="cbtn", kb=96,
                org="Chi bộ ấp Trung Nghĩa", addr="Ấp Trung Nghĩa, xã Xuân Lộc, tỉnh Đồng Nai", phone="0251.3871.402",
                crumbs="", top="Chi bộ ấp Trung Nghĩa", side="",
                shell_kw={"layout": "publii", "head_extra": head, "items": [("Trang chủ", []), ("Sinh hoạt chi bộ", []), ("Hoạt động ấp", []), ("Liên hệ", [])], "left": " — Xây dựng bằng Publii"},
                exp=expected_(A17, isod(pub), author="Lê Văn Tám", category=None),
                traps={"chrome": ["Bí thư Chi bộ ấp Trung Nghĩa. Trang này ghi lại hoạt động của Chi bộ để đảng viên và bà con trong ấp cùng theo dõi.", "Sửa đổi lần cuối:", "Bài viết liên quan", "Thẻ:"],
                       "related": lambda rl: rl[:4]},
                notes="Publii (a stack no set had used: a desktop app that writes a static site), its 'Simple' theme, the site of a village Party cell run by its secretary. The hero prints '18 tháng 1, 2027' in <time datetime='2027-01-18T19:30'> — a datetime WITHOUT an offset (Publii's format) → published '2027-01-18' date only: a machine time is used only when it carries an explicit offset (set 25), and the JSON-LD has none either; the sapo's 'Tối 18/1' agrees with the day. The author field links a PERSON, 'Lê Văn Tám' (the site's one author, set 27's platform author field naming a person) → author; his bio card after the text ('Bí thư Chi bộ ấp Trung Nghĩa …') is a profile: its post is not the unit (set 34) → unit null. NO sapo → lead null. A bulleted list (one paragraph per item) and a figcaption. Tags only → category null. Publii's 'Sửa đổi lần cuối:' label is printed EMPTY (the theme option on, no date set) → updated null.",
                readme="Publii (a stack no set had used), Simple theme, a village Party cell's monthly meeting: 'd tháng M, yyyy' in <time datetime> WITHOUT an offset (date only); the author field a person with a bio card (post not a unit); no lead; a list and a figcaption; tags only (no category); an empty 'Sửa đổi lần cuối:' label")


# ===================================================================== 18 Đảng ủy Công ty CP Công nghệ Bình Minh Số: Webflow; an English date 'March 12, 2027'; the author reference an office; 'Bài: A - Ảnh: B'
A18 = Art("Đảng ủy Công ty tổ chức hội nghị đảng viên đầu năm 2027",
          "Chiều 12/3, Đảng ủy Công ty cổ phần Công nghệ Bình Minh Số tổ chức hội nghị đảng viên đầu năm, quán triệt nhiệm vụ năm 2027 và ký cam kết tu dưỡng, rèn luyện, phấn đấu của đảng viên.",
          [("p", "Đảng bộ Công ty hiện có 4 chi bộ trực thuộc với 68 đảng viên, phần lớn là kỹ sư phần mềm trẻ. Năm 2026, Đảng bộ được cấp trên đánh giá hoàn thành tốt nhiệm vụ; Công ty đạt doanh thu 612 tỷ đồng, tăng 21%."),
           ("h", "Đảng viên đi đầu trong đổi mới sáng tạo"),
           ("p", "Nhiều đảng viên là trưởng nhóm phát triển các sản phẩm chính phủ số, trong đó nền tảng hỗ trợ người dân thực hiện thủ tục hành chính tại xã, phường đã được 27 địa phương sử dụng."),
           ("img", "https://uploads-ssl.webflow.example/63f1a2b4c5d6e7f8a9b0c1d2/65f0e1d2c3b4a59687706f1e_hoi-nghi-dang-vien-2027.jpg", "Đảng viên Công ty ký cam kết tu dưỡng, rèn luyện, phấn đấu năm 2027"),
           ("p", "Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy Công ty nhấn mạnh:"),
           ("p", "“Mỗi đảng viên phải là một hạt nhân đổi mới, dám nghĩ, dám làm, dám chịu trách nhiệm, gương mẫu trong công việc và trong đời sống hằng ngày.”"),
           ("p", "Hội nghị đã biểu dương 12 đảng viên hoàn thành xuất sắc nhiệm vụ năm 2026 và giới thiệu 5 quần chúng ưu tú để học lớp bồi dưỡng nhận thức về Đảng.")])


def page18():
    pub = T("2027-03-12 00:00")
    site = "https://www.binhminhso.com.vn"
    url = f"{site}/tin-tuc/dang-uy-cong-ty-to-chuc-hoi-nghi-dang-vien-dau-nam-2027"
    en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    ed = lambda d: f"{en[d.month - 1]} {d.day}, {d.year}"

    def img(s, c, n):
        return f'<figure class="w-richtext-figure-type-image w-richtext-align-fullwidth" style="max-width:1200px" data-rt-type="image" data-rt-align="fullwidth" data-rt-max-width="1200px"><div><img src="{s}" loading="lazy" alt="" /></div><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = []
        for b in A18.blocks:
            if b[0] == "h":
                body.append(f"<h3>{esc(b[1])}</h3>")
            elif b[0] == "img":
                body.append(img(b[1], b[2], 0))
            elif b[1].startswith("“"):
                body.append(f"<blockquote>{esc(b[1])}</blockquote>")
            else:
                body.append(f"<p>{esc(b[1])}</p>")
        rel = "".join(f'<div role="listitem" class="w-dyn-item"><a href="{site}/tin-tuc/{slug(t)[:60]}" class="related-card w-inline-block"><img src="https://uploads-ssl.webflow.example/63f1a2b4c5d6e7f8a9b0c1d2/{hexid(rng, 24)}_thumb.jpg" loading="lazy" alt="" class="related-thumb" />'
                      f'<div class="related-date">{ed(d)}</div><h4 class="related-title">{esc(t)}</h4></a></div>' for t, d in zip(rl[:3], rd))
        return (f'<div class="post-header"><a href="{site}/danh-muc/hoat-dong-dang-doan-the" class="category-tag w-inline-block"><div>Hoạt động Đảng - Đoàn thể</div></a>'
                f'<h1 class="post-title">{esc(A18.title)}</h1><div class="post-meta"><div class="post-date">{ed(pub)}</div><div class="meta-dot"></div><div class="post-author">Ban Truyền thông</div></div>'
                f'<p class="post-summary">{esc(A18.lead)}</p></div>'
                f'<img src="https://uploads-ssl.webflow.example/63f1a2b4c5d6e7f8a9b0c1d2/65f0e1d2c3b4a59687706f00_cover-hoi-nghi.jpg" loading="lazy" alt="" sizes="(max-width: 767px) 100vw, 66vw" class="post-main-image" />'
                f'<div class="post-body w-richtext">{"".join(body)}<p><strong>Bài: Trần Minh Khoa - Ảnh: Nguyễn Phúc Hậu</strong></p></div>'
                f'<div class="related-section"><h2 class="related-heading">Tin liên quan</h2><div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">{rel}</div></div></div>')

    def side(rng, p):
        ds = past(p, rng, 4, 2, 40)
        return ('<div class="side-card"><h3 class="side-heading">Tin mới</h3><div class="w-dyn-list"><div role="list" class="w-dyn-items">'
                + "".join(f'<div role="listitem" class="w-dyn-item"><a href="#" class="side-link">{esc(t)}</a><div class="side-date">{ed(d)}</div></div>' for t, d in zip(heads13(rng, 4), ds))
                + '</div></div></div><div class="side-card cta"><h3 class="side-heading">Tuyển dụng</h3><p>Bình Minh Số đang tuyển 30 kỹ sư phần mềm cho các dự án chính phủ số.</p><a href="/tuyen-dung" class="button w-button">Ứng tuyển ngay</a></div>')

    head = (f'<meta content="Webflow" name="generator" /><link href="https://assets-global.website-files.example/63f1a2b4c5d6e7f8a9b0c1d2/css/binhminhso.webflow.{hexid(random.Random(18), 9)}.min.css" rel="stylesheet" type="text/css" />'
            + og(A18.title, url) + '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>')
    crumbs = f'<div class="crumbs"><a href="{site}/" class="crumb-link">Trang chủ</a><div class="crumb-sep">/</div><a href="{site}/tin-tuc" class="crumb-link">Tin tức</a></div>'
    return page("s41-18", family="enterprise_party_committee_webflow_english_date_office_author_reference",
                name="hcm-danguycongtycpcongnghebinhminhso-webflow-cms-collection-template-category-tag-h1-post-date-month-d-yyyy-english-author-reference-office-summary-lead-w-richtext-h3-figure-figcaption-blockquote-bai-anh-line",
                url=url, art=A18, main_fn=main, pub=pub, prefix="bms", kb=188,
                org="Công ty cổ phần Công nghệ Bình Minh Số", addr="Số 120 đường Cộng Hòa, phường Tân Sơn Nhất, Thành phố Hồ Chí Minh", phone="028.3812.6688",
                crumbs=crumbs, top='<img src="https://uploads-ssl.webflow.example/63f1a2b4c5d6e7f8a9b0c1d2/logo-binh-minh-so.svg" loading="lazy" alt="Bình Minh Số" class="brand-logo" />', side=side,
                shell_kw={"layout": "webflow", "head_extra": head, "items": [("Sản phẩm", ["Chính phủ số", "Doanh nghiệp số"]), ("Về chúng tôi", ["Giới thiệu", "Đảng - Đoàn thể"]), ("Tin tức", []), ("Tuyển dụng", []), ("Liên hệ", [])],
                          "left": '<div class="made-in-webflow">Made in Webflow</div>'},
                exp=expected_(A18, isod(pub), author="Trần Minh Khoa", photographer="Nguyễn Phúc Hậu", category="Hoạt động Đảng - Đoàn thể"),
                traps={"chrome": ["Ban Truyền thông", "Tin liên quan", "Ứng tuyển ngay", "Made in Webflow"], "related": lambda rl: rl[:3]},
                notes="Webflow (a stack no set had used: a hosted visual builder), a CMS collection template 'Tin tức' on a software company's site whose Party committee posts there. The category reference prints 'Hoạt động Đảng - Đoàn thể' as a tag above the h1 → category (the crumb 'Trang chủ / Tin tức' is generic). The date field is printed in Webflow's ENGLISH format 'March 12, 2027' (the designer offers no Vietnamese month names) → '2027-03-12' (date only; no machine time on the page). The author reference 'Ban Truyền thông' is a profile named after an office (set 27: an account). The Summary field (p.post-summary) → lead. In the rich text: an h3 sub-heading, a fullwidth figure with its figcaption, the secretary's words as a <blockquote> announced by the previous paragraph (the text's own quotation, not a pull quote repeating a sentence → body). 'Bài: Trần Minh Khoa - Ảnh: Nguyễn Phúc Hậu' → author and photographer. Related cards with English dates; a recruitment card.",
                readme="Webflow (a stack no set had used), a company Party committee's members' conference: a category tag over the h1; 'March 12, 2027' (Webflow's English date); an office as the author reference (an account); a summary lead; an h3, a figcaption and a <blockquote> quotation (body); 'Bài: A - Ảnh: B'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
