"""Set 43 pages 10-18: six more common products in variants sets 26-42 did not use (WordPress + Twenty Twelve, Joomla
3.9 + K2 2.10 under a SmartAddons template, Joomla 4.4 + a vendor template with custom fields, Drupal 7 + a Zen
sub-theme (TWIST: 'và cộng sự' after the writer's name, 'ThS. Name và cộng sự (unit)'), a vendor's CMS on ASP.NET Web
Pages 2, a press CMS's regional detail) and three stacks no set had used (Adobe Experience Manager 6.5, Bkav's eGov
portal, LadiPage)."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, alnum, heads13, heads14, past, dump
from .kit import og, jsonld, poll
from .shell import MENU_MASS, MENU_NEWS, MENU_GOV
from .base import page, vb_box, mostread, WRITERS33, WRITERS34
from .p_01_pages import MENU_PARTY, jp, fig, tcap, pem, dtable, expected_, banner, side_of

MENU_EDU = [
    ("Giới thiệu", ["Hội Khuyến học xã", "Ban Chấp hành", "Chi hội khuyến học"]),
    ("Tin tức", ["Hoạt động khuyến học", "Gương hiếu học", "Xã hội học tập"]),
    ("Quỹ khuyến học", ["Danh sách ủng hộ", "Học bổng"]),
    ("Liên hệ", ["Địa chỉ", "Góp ý"]),
]
MENU_NOICHINH = [
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Các phòng"]),
    ("Nội chính", ["Phòng, chống tham nhũng, tiêu cực", "Cải cách tư pháp", "Quốc phòng - An ninh"]),
    ("Tin tức", ["Hoạt động của Ban", "Tin cơ sở"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy"]),
]
MENU_SCHOOL = [
    ("Giới thiệu", ["Lịch sử Trường", "Ban Giám hiệu", "Các khoa, phòng"]),
    ("Đào tạo", ["Trung cấp lý luận chính trị", "Bồi dưỡng cán bộ", "Lịch giảng dạy"]),
    ("Nghiên cứu khoa học", ["Đề tài khoa học", "Nghiên cứu - Trao đổi", "Hội thảo"]),
    ("Tin tức", ["Hoạt động của Trường", "Đảng bộ - Đoàn thể"]),
    ("Thư viện", ["Tài liệu", "Tạp chí"]),
]
MENU_YOUTH = [
    ("Giới thiệu", ["Đoàn phường", "Ban Chấp hành", "Chi đoàn khu phố"]),
    ("Tin hoạt động", ["Tình nguyện hè", "Chuyển đổi số", "Thiếu nhi"]),
    ("Gương sáng", ["Thanh niên tiêu biểu"]),
    ("Đăng ký", ["Tình nguyện viên", "Liên hệ"]),
]
MENU_CORP = [
    ("Giới thiệu", ["Tổng quan", "Lịch sử phát triển", "Cơ cấu tổ chức"]),
    ("Tin tức", ["Tin hoạt động", "Hoạt động Đảng - Đoàn thể", "An toàn điện"]),
    ("Dịch vụ khách hàng", ["Tra cứu hóa đơn", "Lịch ngừng cung cấp điện", "Giá điện"]),
    ("Liên hệ", ["Tổng đài chăm sóc khách hàng"]),
]


def others(items, href, fmt, head, cls):
    li = "".join(f'<li><a href="{href(t, i)}">{esc(t)}</a> <span class="date">{esc(fmt(d))}</span></li>' for i, (t, d) in enumerate(items))
    return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><ul>{li}</ul></div>'


# ===================================================================== 10 Hội Khuyến học xã Cẩm Xuyên (Hà Tĩnh): WordPress + Twenty Twelve; the time only in the date link's title attribute and datetime; the entry meta after the text
A10 = Art("Hội Khuyến học xã Cẩm Xuyên trao 120 suất học bổng cuối năm học",
          None,
          [("p", "Sáng 4/6, Hội Khuyến học xã Cẩm Xuyên tổ chức tổng kết công tác khuyến học, khuyến tài năm học 2026 - 2027 và trao 120 suất học bổng cho học sinh nghèo vượt khó, học sinh giỏi tiêu biểu của các trường trên địa bàn xã."),
           ("p", "Năm học qua, Hội đã vận động các tổ chức, cá nhân, con em quê hương xa quê ủng hộ Quỹ Khuyến học hơn 1,2 tỷ đồng; 100% thôn có chi hội khuyến học, 86% hộ gia đình đạt danh hiệu “Gia đình học tập”."),
           ("img", "/wp-content/uploads/2027/06/trao-hoc-bong-cam-xuyen.jpg", "Lãnh đạo xã trao học bổng cho học sinh nghèo vượt khó"),
           ("p", "Mỗi suất học bổng trị giá từ 1 đến 3 triệu đồng; trong đó có 20 suất dành cho học sinh đạt giải cấp tỉnh, cấp quốc gia, 100 suất dành cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."),
           ("raw", "GALLERY"),
           ("p", "Dịp này, Hội Khuyến học xã khen thưởng 15 tập thể, 32 cá nhân có thành tích xuất sắc trong công tác khuyến học, khuyến tài, xây dựng xã hội học tập.")])
GAL10 = [("/wp-content/uploads/2027/06/hoc-sinh-nhan-hoc-bong.jpg", "Các em học sinh nhận học bổng"),
         ("/wp-content/uploads/2027/06/van-nghe-chao-mung.jpg", "Tiết mục văn nghệ chào mừng của học sinh Trường Tiểu học Cẩm Xuyên")]
BY10, WRITER10, UNIT10 = "Bài và ảnh: Phạm Thị Thu Hằng (Hội Khuyến học xã)", "Phạm Thị Thu Hằng", "Hội Khuyến học xã"


def page10():
    pub = T("2027-06-05 08:30")
    site = "https://khuyenhoccamxuyen.hatinh.example"
    url = f"{site}/2027/06/05/hoi-khuyen-hoc-xa-cam-xuyen-trao-120-suat-hoc-bong-cuoi-nam-hoc/"

    def img(s, c, n):
        return (f'<div id="attachment_1190" style="width: 610px" class="wp-caption aligncenter"><img class="size-large wp-image-1190" title="trao-hoc-bong" src="{s}" alt="" width="600" height="400" />'
                f'<p class="wp-caption-text">{esc(c)}</p></div>')

    def raw(x):
        items = "".join(f'<dl class="gallery-item"><dt class="gallery-icon landscape"><a href="{s}"><img width="300" height="200" src="{s}" class="attachment-medium" alt="" /></a></dt>'
                        f'<dd class="wp-caption-text gallery-caption">{esc(c)}</dd></dl>' for s, c in GAL10)
        return f'<div id="gallery-1" class="gallery galleryid-1187 gallery-columns-2 gallery-size-medium">{items}<br style="clear: both" /></div>'

    def main(rng, rl, rd):
        body = A10.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, raw=raw, sep="\n")
        prev, nxt = rl[0], rl[1]
        return (f'<article id="post-1187" class="post-1187 post type-post status-publish format-standard hentry category-hoat-dong-khuyen-hoc tag-hoc-bong tag-khuyen-hoc">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(A10.title)}</h1></header>'
                f'<div class="entry-content">{body}\n<p style="text-align: right;"><em>{esc(BY10)}</em></p></div>'
                f'<footer class="entry-meta">Mục này đã được đăng trong <a href="{site}/category/hoat-dong-khuyen-hoc/" title="Xem tất cả bài viết trong Hoạt động khuyến học" rel="category tag">Hoạt động khuyến học</a> '
                f'và được gắn thẻ <a href="{site}/tag/hoc-bong/" rel="tag">học bổng</a>, <a href="{site}/tag/khuyen-hoc/" rel="tag">khuyến học</a> vào '
                f'<a href="{url}" title="{pub.hour % 12 or 12}:{pub.minute:02d} sáng" rel="bookmark"><time class="entry-date" datetime="{iso(pub)}">{dmy(pub)}</time></a>'
                f'<span class="by-author"> bởi <span class="author vcard"><a class="url fn n" href="{site}/author/khuyenhoc_cx/" title="Xem tất cả bài viết bởi khuyenhoc_cx" rel="author">khuyenhoc_cx</a></span></span>.</footer></article>'
                f'<nav class="nav-single"><h3 class="assistive-text">Điều hướng bài viết</h3><span class="nav-previous"><a href="{site}/2027/05/28/{slug(prev)[:50]}/" rel="prev"><span class="meta-nav">&larr;</span> {esc(prev)}</a></span>'
                f'<span class="nav-next"><a href="{site}/2027/06/09/{slug(nxt)[:50]}/" rel="next">{esc(nxt)} <span class="meta-nav">&rarr;</span></a></span></nav>'
                f'<div id="comments" class="comments-area"><h2 class="comments-title">Một suy nghĩ về &ldquo;<span>{esc(A10.title)}</span>&rdquo;</h2><ol class="commentlist">'
                f'<li class="comment even thread-even depth-1" id="li-comment-214"><article id="comment-214" class="comment"><header class="comment-meta comment-author vcard"><img alt="" src="/wp-content/avatar.png" class="avatar" height="44" width="44" />'
                f'<cite><b class="fn">Trần Văn Nam</b> </cite><a href="{url}#comment-214"><time datetime="2027-06-05T10:12:00+07:00">05/06/2027 lúc 10:12 sáng</time></a></header>'
                f'<section class="comment-content comment"><p>Cảm ơn Hội đã quan tâm đến các cháu học sinh nghèo của thôn Nam Hà.</p></section></article></li></ol>'
                f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form class="comment-form"><textarea name="comment"></textarea><input name="author" /><button type="submit">Phản hồi</button></form></div></div>')

    def side(rng, p):
        recent = "".join(f'<li><a href="{site}/2027/0{5 + (i % 2)}/{10 + i}/{slug(t)[:40]}/">{esc(t)}</a></li>' for i, t in enumerate(heads13(rng, 5)))
        return (f'<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Bài viết mới</h3><ul>{recent}</ul></aside>'
                f'<aside id="recent-comments-2" class="widget widget_recent_comments"><h3 class="widget-title">Phản hồi gần đây</h3><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Trần Văn Nam</span> trong <a href="{url}#comment-214">{esc(A10.title)}</a></li></ul></aside>'
                f'<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">Lưu trữ</h3><ul><li><a href="{site}/2027/06/">Tháng Sáu 2027</a></li><li><a href="{site}/2027/05/">Tháng Năm 2027</a></li><li><a href="{site}/2027/04/">Tháng Tư 2027</a></li></ul></aside>'
                f'<aside id="categories-2" class="widget widget_categories"><h3 class="widget-title">Chuyên mục</h3><ul><li><a href="{site}/category/hoat-dong-khuyen-hoc/">Hoạt động khuyến học</a></li><li><a href="{site}/category/guong-hieu-hoc/">Gương hiếu học</a></li></ul></aside>')

    top = lambda rng, p: (f'<h1 class="site-title"><a href="{site}/" title="Hội Khuyến học xã Cẩm Xuyên" rel="home">Hội Khuyến học xã Cẩm Xuyên</a></h1>'
                          f'<h2 class="site-description">Vì một xã hội học tập</h2>')
    head = og(A10.title, url, {"article:published_time": iso(pub)}) + '<meta name="generator" content="WordPress 6.5.5" /><link rel="stylesheet" id="twentytwelve-style-css" href="/wp-content/themes/twentytwelve/style.css?ver=20240402" type="text/css" media="all" />'
    return page("s43-10", family="study_promotion_association_wp_twentytwelve_time_in_date_link_title",
                name="hatinh-hoikhuyenhoc-xa-camxuyen-wordpress-twentytwelve-site-title-h1-entry-title-h1-no-lead-wp-caption-text-gallery-dd-captions-bai-va-anh-name-paren-unit-entry-meta-after-text-category-tags-date-link-title-time-sang-datetime-by-author-account",
                url=url, art=A10, main_fn=main, pub=pub, prefix="khcx", kb=148,
                org="Hội Khuyến học xã Cẩm Xuyên", addr="Thôn Tân Hòa, xã Cẩm Xuyên, tỉnh Hà Tĩnh", phone="0239.3861.427",
                crumbs="", top=top, side=side, title=f"{A10.title} | Hội Khuyến học xã Cẩm Xuyên",
                shell_kw={"layout": "tt12", "head_extra": head, "items": MENU_EDU},
                exp=expected_(A10, iso(pub), author=WRITER10, unit=UNIT10, photographer=WRITER10, category="Hoạt động khuyến học",
                              captions=A10.captions + [c for _, c in GAL10], lead=None),
                traps={"byline": [BY10], "account": ["khuyenhoc_cx"], "site_title": ["Vì một xã hội học tập"], "comments": ["Trần Văn Nam", "Cảm ơn Hội đã quan tâm đến các cháu học sinh nghèo của thôn Nam Hà."],
                       "chrome": ["Điều hướng bài viết", "Phản hồi gần đây", "Tháng Sáu 2027"], "related": lambda rl: rl[:2]},
                notes="WordPress + Twenty Twelve (the default theme of 2012; a commune's study-promotion association). The site title is an h1 in the header (not the headline, set 32); the post's h1.entry-title is. The entry meta comes AFTER the text, in the theme's sentence: 'Mục này đã được đăng trong Hoạt động khuyến học và được gắn thẻ học bổng, khuyến học vào 05/06/2027 bởi khuyenhoc_cx.' — the date is the link <a title='8:30 sáng'><time datetime='2027-06-05T08:30:00+07:00'>05/06/2027</time></a>: Twenty Twelve puts get_the_time() in the link's TITLE ATTRIBUTE (a tooltip) and the full moment in the datetime. → published 2027-06-05T08:30: the datetime carries an offset and agrees with the printed day (set 25, MAJORITY), and the tooltip, the time the theme shows on hover, agrees with it. Category 'Hoạt động khuyến học' (the meta sentence's category, no crumb); the tags and the account are not fields. No lead (the theme prints no excerpt). Captions in page order: a wp-caption (p.wp-caption-text) and the two captions of a [gallery] (dd.gallery-caption). 'Bài và ảnh: Phạm Thị Thu Hằng (Hội Khuyến học xã)' (italic, right) → author and photographer (set 31), author_unit 'Hội Khuyến học xã'. Not body: post navigation (other items' headlines), a reader's comment with '05/06/2027 lúc 10:12 sáng', the widgets.",
                readme="WordPress + Twenty Twelve, a commune's scholarship ceremony: the site title h1 over the entry-title h1; no lead; a wp-caption and a two-picture gallery; 'Bài và ảnh: Name (unit)'; the entry meta AFTER the text ('… vào dd/mm/yyyy bởi <account>') with the TIME only in the date link's title attribute ('8:30 sáng') and its datetime; a comment with its time")


# ===================================================================== 11 Ban Nội chính Tỉnh ủy Tây Ninh: Joomla 3.9 + K2 2.10 under a SmartAddons template; K2 caption + credits, table and p > em captions; 'ThS. Name, Phòng …, Ban …'
A11 = Art("Sinh hoạt chi bộ có thêm chuyên đề phòng, chống tham nhũng, tiêu cực",
          "Đưa nội dung phòng, chống tham nhũng, tiêu cực vào sinh hoạt chi bộ định kỳ đang là cách làm hiệu quả của nhiều đảng bộ xã, phường trong tỉnh, giúp đảng viên nhận diện rõ hơn những biểu hiện tiêu cực ngay tại cơ sở.",
          [("p", "Từ quý IV/2026, Ban Nội chính Tỉnh ủy phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy biên soạn 12 chuyên đề ngắn về phòng, chống tham nhũng, tiêu cực để các chi bộ lựa chọn đưa vào sinh hoạt định kỳ. Mỗi chuyên đề dài 2 - 3 trang, kèm một tình huống thực tế để đảng viên thảo luận."),
           ("img", "/images/2027/04/sinh-hoat-chi-bo-chuyen-de-pctn.jpg", "Một buổi sinh hoạt chi bộ có nội dung phòng, chống tham nhũng, tiêu cực ở phường Tân Ninh"),
           ("p", "Tại Chi bộ khu phố 3, phường Tân Ninh, tình huống về việc nhận quà của người dân khi giải quyết thủ tục hành chính đã được đảng viên thảo luận sôi nổi. Nhiều ý kiến đề xuất công khai số điện thoại của Bí thư Chi bộ để người dân phản ánh khi gặp nhũng nhiễu."),
           ("p", "Theo thống kê, đến hết tháng 3/2027, 96% chi bộ trong tỉnh đã đưa ít nhất một chuyên đề phòng, chống tham nhũng, tiêu cực vào sinh hoạt; qua đó, tiếp nhận 47 ý kiến phản ánh, kiến nghị của đảng viên và Nhân dân, chuyển cơ quan chức năng xem xét, giải quyết."),
           ("img", "/images/2027/04/hop-thu-gop-y-khu-pho.jpg", "Hộp thư góp ý đặt tại trụ sở khu phố"),
           ("p", "Thời gian tới, Ban Nội chính Tỉnh ủy sẽ tiếp tục biên soạn thêm các chuyên đề về phòng, chống lãng phí, gắn với việc thực hiện các quy định về nêu gương của cán bộ, đảng viên.")])
K2IMG11 = ("/media/k2/items/cache/4f2c8e1a9b7d_XL.jpg", "Đảng viên Chi bộ khu phố 3 thảo luận tình huống tại buổi sinh hoạt", "Ảnh: Quốc Huy")
BY11 = "ThS. Đỗ Văn Quang, Phòng Nghiên cứu, Ban Nội chính Tỉnh ủy"


def page11():
    pub, upd = T("2027-04-27 10:05"), T("2027-04-28 07:50")
    site = "https://noichinh.tayninh.dcs.vn"
    url = f"{site}/index.php/phong-chong-tham-nhung/item/1462-dua-noi-dung-phong-chong-tham-nhung-tieu-cuc-vao-sinh-hoat-chi-bo.html"
    k2date = lambda d: f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"

    def img(s, c, n):
        return tcap(s, c, n, cls="k2-anh", desc="image_desc", width=580) if n == 1 else pem(s, c, n)

    def main(rng, rl, rd):
        body = A11.render(p=jp, img=img, sep="\n")
        latest = "".join(f'<li><a href="{site}/index.php/phong-chong-tham-nhung/item/{1450 - i}-{slug(t)[:50]}.html">{esc(t)}</a></li>' for i, t in enumerate(rl[:3]))
        related = "".join(f'<li><a href="{site}/index.php/phong-chong-tham-nhung/item/{1400 + i}-{slug(t)[:50]}.html">{esc(t)}</a></li>' for i, t in enumerate(rl[3:6]))
        return (f'<span id="startOfPageId1462"></span><div id="k2Container" class="itemView">'
                f'<div class="itemHeader"><span class="itemDateCreated">{k2date(pub)}</span><h2 class="itemTitle">{esc(A11.title)}</h2>'
                f'<span class="itemAuthor">Viết bởi&nbsp;<a rel="author" href="{site}/index.php/component/k2/itemlist/user/62-banoichinh.html">banoichinh</a></span></div>'
                f'<div class="itemToolbar"><ul><li><a class="itemPrintLink" rel="nofollow" href="#">In</a></li><li><a class="itemEmailLink" rel="nofollow" href="#">E-mail</a></li>'
                f'<li><span class="itemTextResizerTitle">cỡ chữ</span> <a href="#" id="fontDecrease">giảm cỡ chữ</a> <a href="#" id="fontIncrease">tăng cỡ chữ</a></li><li><span class="itemHits">Lượt xem <b>736</b></span></li></ul><div class="clr"></div></div>'
                f'<div class="itemBody"><div class="itemImageBlock"><span class="itemImage"><a class="modal" rel="{{handler: \'image\'}}" href="{K2IMG11[0]}" title="Bấm vào để xem ảnh lớn"><img src="{K2IMG11[0]}" alt="{esc(A11.title, True)}" style="width:600px; height:auto;" /></a></span>'
                f'<span class="itemImageCaption">{esc(K2IMG11[1])}</span><span class="itemImageCredits">{esc(K2IMG11[2])}</span><div class="clr"></div></div>'
                f'<div class="itemIntroText"><p>{esc(A11.lead)}</p></div><div class="itemFullText">{body}\n<p style="text-align: right;"><em>{esc(BY11)}</em></p></div>'
                f'<div class="clr"></div><div class="itemDateModified">Sửa lần cuối vào {k2date(upd)}</div><div class="clr"></div></div>'
                f'<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="{site}/index.php/phong-chong-tham-nhung.html">Phòng, chống tham nhũng, tiêu cực</a></div>'
                f'<div class="itemTagsBlock"><span>Tag trong</span><ul class="itemTags"><li><a href="#">sinh hoạt chi bộ</a></li><li><a href="#">phòng chống tham nhũng</a></li></ul><div class="clr"></div></div></div>'
                f'<div class="itemAuthorLatest"><h3>Bài viết mới nhất từ banoichinh</h3><ul>{latest}</ul><div class="clr"></div></div>'
                f'<div class="itemRelated"><h3>Bài viết liên quan (theo tag)</h3><ul>{related}</ul><div class="clr"></div></div>'
                f'<div class="itemNavigation"><span class="itemNavigationTitle">Thêm trong mục này:</span> <a class="itemPrevious" href="#">&laquo; Bài trước</a> <a class="itemNext" href="#">Bài sau &raquo;</a></div></div>')

    def side(rng, p):
        return side_of(lambda d: k2date(d), "Đọc nhiều nhất", "sj-most", docs=True)(rng, p)

    crumbs = ('<div class="breadcrumbs"><ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a><span class="divider">»</span></li>'
              '<li><a href="/index.php/noi-chinh.html" class="pathway">Nội chính</a><span class="divider">»</span></li>'
              '<li><a href="/index.php/phong-chong-tham-nhung.html" class="pathway">Phòng, chống tham nhũng, tiêu cực</a></li></ul></div>')
    head = og(A11.title, url, {"og:description": A11.lead, "og:image": site + K2IMG11[0]}) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" />'
    today = upd + timedelta(days=2)
    return page("s43-11", family="internal_affairs_board_joomla39_k2_smartaddons_template_image_credits_field",
                name="tayninh-bannoichinh-joomla39-k2-210-smartaddons-template-pathway-phong-chong-tham-nhung-itemdatecreated-weekday-dd-thang-m-yyyy-hh-mm-h2-itemtitle-itemimagecaption-itemimagecredits-plain-intro-ths-name-comma-unit-sua-lan-cuoi",
                url=url, art=A11, main_fn=main, pub=pub, prefix="bnctn", kb=204,
                org="Ban Nội chính Tỉnh ủy Tây Ninh", addr="Số 10 đường Cách Mạng Tháng Tám, phường Tân Ninh, tỉnh Tây Ninh", phone="0276.3822.418",
                crumbs=crumbs, top=banner("/templates/sj_news/images/banner-noichinh.png", "Ban Nội chính Tỉnh ủy Tây Ninh"), side=side,
                shell_kw={"layout": "k2sj", "head_extra": head, "items": MENU_NOICHINH, "left": f'<span class="yt-today">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A11, iso(pub), iso(upd), author="ThS. Đỗ Văn Quang", unit="Phòng Nghiên cứu, Ban Nội chính Tỉnh ủy", photographer="Quốc Huy",
                              category="Phòng, chống tham nhũng, tiêu cực", captions=[K2IMG11[1]] + A11.captions),
                traps={"byline": [BY11], "account": ["banoichinh", "Viết bởi"], "credits": [K2IMG11[2]], "chrome": ["Bài viết mới nhất từ banoichinh", "Bài viết liên quan (theo tag)", "Thêm trong mục này:", "Lượt xem"],
                       "related": lambda rl: rl[:6]},
                notes="Joomla 3.9 with a SmartAddons (YouTech) template and K2 2.10's item view. K2 prints the creation stamp ABOVE the title: span.itemDateCreated 'Thứ ba, 27 Tháng 4 2027 10:05' (K2_DATE_FORMAT_LC2) → published 2027-04-27T10:05; div.itemDateModified 'Sửa lần cuối vào Thứ tư, 28 Tháng 4 2027 07:50' under the text → updated 2027-04-28T07:50 (set 29). The title is h2.itemTitle (no h1 on the page). 'Viết bởi banoichinh' and 'Bài viết mới nhất từ banoichinh' name the account. The K2 intro text is a plain paragraph (normal weight) → lead. Captions of three kinds in page order: K2's span.itemImageCaption for the item image, a table caption row, a centred <em>. K2 prints the item image's credits in their OWN field, span.itemImageCredits 'Ảnh: Quốc Huy', beside (not inside) the caption span → photographer 'Quốc Huy' (an explicit credit outside the caption's text, set 31's 'Ảnh: Name' line), and the caption is the caption span alone. QUESTIONABLE: the credit sits in the picture's block and names the photographer of that picture only; set 25's MAJORITY keeps a credit typed INSIDE a caption in the caption. The signature (italic, right) 'ThS. Đỗ Văn Quang, Phòng Nghiên cứu, Ban Nội chính Tỉnh ủy' → author 'ThS. Đỗ Văn Quang' (degree kept), author_unit 'Phòng Nghiên cứu, Ban Nội chính Tỉnh ủy' (a comma after the name, the unit's own comma kept, set 27). Category 'Phòng, chống tham nhũng, tiêu cực' (K2's 'Đăng trong' and the pathway's deepest level under 'Nội chính' agree). Not body: the toolbar ('Lượt xem 736'), tags, the author's latest items, related items, navigation.",
                readme="Joomla 3.9 + K2 2.10 under a SmartAddons template, an anti-corruption propaganda article: K2's itemDateCreated above the h2 and 'Sửa lần cuối vào …' below; a plain intro lead; K2's image caption with its separate itemImageCredits field ('Ảnh: Name' → photographer, QUESTIONABLE), a table caption row and a p > em caption; 'ThS. Name, Phòng …, Ban …'; 'Viết bởi <account>'")


# ===================================================================== 12 Đảng ủy xã Ea Kar (Đắk Lắk): Joomla 4.4 + a vendor template; the time only in <time datetime>; two writers and two units in custom fields separated by semicolons
A12 = Art("Mô hình “Dân vận khéo” giúp thôn Ea Sar hoàn thành đường giao thông nông thôn",
          "Bằng cách “đi từng ngõ, gõ từng nhà”, cán bộ, đảng viên thôn Ea Sar đã vận động 96 hộ dân hiến đất, góp công làm 2,4 km đường bê tông, về đích trước kế hoạch hai tháng.",
          [("p", "Thôn Ea Sar có 212 hộ, trong đó gần một nửa là đồng bào Ê Đê. Đầu năm 2027, khi được chọn làm điểm xây dựng đường giao thông nông thôn theo phương châm Nhà nước và Nhân dân cùng làm, Chi bộ thôn xác định công tác dân vận là then chốt."),
           ("h", "Đảng viên làm trước"),
           ("p", "Chi bộ phân công mỗi đảng viên phụ trách vận động từ 5 đến 7 hộ; những hộ có đất phải hiến được đảng viên, người có uy tín trong thôn trực tiếp đến nhà trò chuyện nhiều lần. Gia đình đảng viên Y Thuôn Byă là hộ đầu tiên hiến 240 m2 đất vườn."),
           ("img", "/images/tin-tuc/2027/05/duong-be-tong-thon-ea-sar.jpg", "Tuyến đường bê tông thôn Ea Sar hoàn thành trước kế hoạch hai tháng"),
           ("p", "Nhờ cách làm kiên trì, minh bạch, 96 hộ đã tự nguyện hiến hơn 4.200 m2 đất, tháo dỡ tường rào, cây cối; Nhân dân đóng góp 2.100 ngày công và hơn 380 triệu đồng."),
           ("h", "Nhân rộng ra các thôn, buôn"),
           ("p", "Từ kết quả ở thôn Ea Sar, Đảng ủy xã chỉ đạo nhân rộng mô hình ra 9 thôn, buôn còn lại; phấn đấu đến cuối năm 2027 bê tông hóa thêm 12 km đường giao thông nông thôn.")])
AUTH12, UNIT12 = "Lê Văn Hùng; H’Linh Niê", "Đảng ủy xã Ea Kar; Trung tâm Dịch vụ tổng hợp xã Ea Kar"


def page12():
    pub = T("2027-05-28 09:10")
    site = "https://danguyeakar.daklak.gov.vn"
    url = f"{site}/tin-tuc/cong-tac-dan-van/dan-van-kheo/mo-hinh-dan-van-kheo-giup-thon-ea-sar-hoan-thanh-duong-giao-thong-nong-thon"

    def img(s, c, n):
        return f'<figure class="figure image"><img src="{s}" alt="{esc(c, True)}" width="760" height="507" loading="lazy" class="figure-img img-fluid" /><figcaption class="figure-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A12.render(p=jp, img=img, h=lambda t: f"<h3>{esc(t)}</h3>", sep="\n")
        prev, nxt = rl[0], rl[1]
        rel = "".join(f'<li><a href="{site}/tin-tuc/cong-tac-dan-van/dan-van-kheo/{slug(t)[:60]}">{esc(t)}</a></li>' for t in rl[2:6])
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A12.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dt class="article-info-term">Thông tin</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Viết bởi: <span itemprop="name">Quản trị viên</span></dd>'
                f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Danh mục: <a href="{site}/tin-tuc/cong-tac-dan-van/dan-van-kheo" itemprop="genre">Dân vận khéo</a></dd>'
                f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{iso(pub)}" itemprop="datePublished">Ngày đăng: {pub.day:02d} Tháng {pub.month} {pub.year}</time></dd>'
                f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:312">Lượt xem: 312</dd></dl>'
                f'<div class="article-intro lead">{esc(A12.lead)}</div>'
                f'<div itemprop="articleBody" class="com-content-article__body">{body}</div>'
                f'<ul class="fields-container"><li class="field-entry tac-gia"><span class="field-label">Tác giả: </span><span class="field-value">{esc(AUTH12)}</span></li>'
                f'<li class="field-entry don-vi"><span class="field-label">Đơn vị: </span><span class="field-value">{esc(UNIT12)}</span></li></ul>'
                f'<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0" itemprop="keywords"><a href="#" class="btn btn-sm btn-info">dân vận khéo</a></li><li class="list-inline-item tag-14 tag-list1" itemprop="keywords"><a href="#" class="btn btn-sm btn-info">nông thôn mới</a></li></ul>'
                f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev"><span class="visually-hidden">Bài trước: {esc(prev)}</span>'
                f'<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a><a class="btn btn-sm btn-secondary next" href="#" rel="next"><span class="visually-hidden">Bài sau: {esc(nxt)}</span>'
                f'<span aria-hidden="true">Sau</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div>'
                f'<div class="moduletable related-items"><h3>Bài viết liên quan</h3><ul class="mod-relateditems relateditems mod-list">{rel}</ul></div>')

    def side(rng, p):
        return side_of(lambda d: f"{d.day:02d} Tháng {d.month} {d.year}", "Tin mới", "j4-latest", docs=True)(rng, p)

    crumbs = ('<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
              '<li class="mod-breadcrumbs__divider float-start"><span class="divider icon-location icon-fw" aria-hidden="true"></span></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc" class="pathway"><span>Tin tức</span></a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc/cong-tac-dan-van" class="pathway"><span>Công tác dân vận</span></a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc/cong-tac-dan-van/dan-van-kheo" class="pathway"><span>Dân vận khéo</span></a></li>'
              f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(A12.title)}</span></li></ol></nav>')
    head = og(A12.title, url, {"og:description": A12.lead}) + '<meta name="generator" content="Joomla! - Open Source Content Management" />'
    today = pub + timedelta(days=1)
    return page("s43-12", family="commune_party_joomla44_vendor_template_custom_fields_two_writers_two_units",
                name="daklak-danguyxaeakar-joomla44-vendor-template-breadcrumbs-ending-in-headline-h1-viet-boi-quan-tri-vien-ngay-dang-dd-thang-m-yyyy-time-in-datetime-article-intro-lead-figcaption-fields-tac-gia-don-vi-semicolons",
                url=url, art=A12, main_fn=main, pub=pub, prefix="eakar", kb=176,
                org="Đảng ủy xã Ea Kar", addr="Thôn 3, xã Ea Kar, tỉnh Đắk Lắk", phone="0262.3625.118",
                crumbs=crumbs, top=banner("/images/banner-dang-uy-xa-ea-kar.png", "Trang thông tin điện tử Đảng ủy xã Ea Kar"), side=side,
                shell_kw={"layout": "j4vendor", "head_extra": head, "items": MENU_PARTY, "left": f'<span class="j4-today">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A12, iso(pub), author="Lê Văn Hùng, H’Linh Niê", unit="Đảng ủy xã Ea Kar, Trung tâm Dịch vụ tổng hợp xã Ea Kar", category="Dân vận khéo"),
                traps={"fields": [AUTH12, UNIT12], "account": ["Quản trị viên"], "chrome": ["Bài viết liên quan", "Lượt xem: 312", "dân vận khéo"], "related": lambda rl: rl[:6]},
                notes="Joomla 4.4 with a local vendor's template on the Web Asset Manager (Bootstrap 5, Cassiopeia's site-grid kept) and com_content's article view with the Fields plugin. The article info block: 'Viết bởi: Quản trị viên' (the created_by account, set 27), 'Danh mục: Dân vận khéo', 'Ngày đăng: 28 Tháng 5 2027' printed inside <time datetime='2027-05-28T09:10:00+07:00'> → published 2027-05-28T09:10 (the time only in datetime with an offset, agreeing: set 39), 'Lượt xem: 312'. div.article-intro is printed in the template's larger, normal-weight 'lead' style → lead. Two h3 sub-headings (body), one figcaption. The custom fields under the text: 'Tác giả: Lê Văn Hùng; H’Linh Niê' and 'Đơn vị: Đảng ủy xã Ea Kar; Trung tâm Dịch vụ tổng hợp xã Ea Kar' — two writers and their units in two fields, each separated by a semicolon in the same order → author 'Lê Văn Hùng, H’Linh Niê', author_unit 'Đảng ủy xã Ea Kar, Trung tâm Dịch vụ tổng hợp xã Ea Kar' (sets 34 and 36; a labelled 'Đơn vị:' field is a unit, set 13; the Ê Đê name's ’ kept as printed). Category 'Dân vận khéo' (the crumb's deepest section before the headline, set 27; 'Danh mục:' agrees). Not body: tags, the page navigation (its visually-hidden 'Bài trước: …' / 'Bài sau: …' headlines), 'Bài viết liên quan', the sidebar.",
                readme="Joomla 4.4 + a vendor template, a commune's 'Dân vận khéo' model: 'Viết bởi: Quản trị viên' (account); 'Ngày đăng: dd Tháng m yyyy' with the time only in <time datetime>; an article-intro lead in normal weight; h3 sub-headings; custom fields 'Tác giả: A; B' and 'Đơn vị: U1; U2' (two writers, two commune units); the crumb ends in the headline after a sub-section")


# ===================================================================== 13 Trường Chính trị tỉnh Phú Thọ: Drupal 7 + a Zen sub-theme; TWIST 'ThS. Name và cộng sự (unit)' — 'and colleagues' is no second writer
A13 = Art("Nâng cao chất lượng sinh hoạt chi bộ ở các xã sau sắp xếp đơn vị hành chính",
          "Sau sắp xếp đơn vị hành chính, nhiều chi bộ ở các xã mới có số lượng đảng viên đông, địa bàn rộng, đặt ra yêu cầu đổi mới nội dung và cách thức sinh hoạt. Bài viết phân tích thực trạng và đề xuất một số giải pháp.",
          [("h", "1. Thực trạng"),
           ("p", "Khảo sát của nhóm nghiên cứu tại 24 chi bộ thôn, khu dân cư thuộc 8 xã trong tỉnh cho thấy, sau sắp xếp, số đảng viên bình quân mỗi chi bộ tăng từ 32 lên 47; 9/24 chi bộ có trên 60 đảng viên. Tỷ lệ đảng viên dự sinh hoạt bình quân đạt 86%, giảm 5 điểm phần trăm so với trước sắp xếp."),
           ("p", "Nội dung sinh hoạt ở nhiều chi bộ vẫn nặng về thông báo tình hình, triển khai văn bản; thời gian dành cho thảo luận chỉ chiếm khoảng 20% thời lượng. Sinh hoạt chuyên đề chưa đều, một số chi bộ chưa tổ chức được chuyên đề nào trong năm."),
           ("table", [["Tiêu chí", "Trước sắp xếp", "Sau sắp xếp"], ["Số đảng viên bình quân/chi bộ", "32", "47"], ["Tỷ lệ đảng viên dự sinh hoạt", "91%", "86%"],
                      ["Chi bộ sinh hoạt chuyên đề ít nhất 1 lần/quý", "19/24", "14/24"]]),
           ("img", "/sites/default/files/2027/05/sinh-hoat-chi-bo-thon-xa-thanh-ba.jpg", "Một buổi sinh hoạt chi bộ thôn ở xã Thanh Ba"),
           ("h", "2. Một số giải pháp"),
           ("p", "Thứ nhất, cấp ủy xã cần hướng dẫn các chi bộ đông đảng viên thành lập tổ đảng theo cụm dân cư, giao tổ đảng thảo luận trước một số nội dung để rút ngắn thời gian sinh hoạt chung."),
           ("p", "Thứ hai, đổi mới cách chuẩn bị nội dung sinh hoạt: mỗi kỳ chọn một, hai vấn đề cụ thể của thôn để bàn kỹ; tăng cường sử dụng tài liệu trên ứng dụng Sổ tay đảng viên điện tử."),
           ("p", "Thứ ba, nâng cao năng lực của đội ngũ bí thư chi bộ thông qua bồi dưỡng kỹ năng điều hành sinh hoạt, phương pháp gợi mở thảo luận; định kỳ tổ chức hội thi bí thư chi bộ giỏi.")])
FIELDIMG13 = ("/sites/default/files/styles/large/public/2027/05/truong-chinh-tri-khao-sat.jpg", "Nhóm nghiên cứu khảo sát tại một chi bộ thôn")
BY13, WRITER13, UNIT13 = "ThS. Nguyễn Thị Thu Hà và cộng sự (Khoa Xây dựng Đảng, Trường Chính trị tỉnh)", "ThS. Nguyễn Thị Thu Hà", "Khoa Xây dựng Đảng, Trường Chính trị tỉnh"


def page13():
    pub = T("2027-05-25 14:20")
    site = "https://truongchinhtri.phutho.gov.vn"
    url = f"{site}/nghien-cuu-trao-doi/nang-cao-chat-luong-sinh-hoat-chi-bo-o-cac-xa-sau-sap-xep-don-vi-hanh-chinh"

    def img(s, c, n):
        return pem(s, c, n)

    def table(rows):
        return ('<table class="tbl-khao-sat" border="1" cellpadding="5" cellspacing="0"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=img, table=table, h=lambda t: f"<h3>{esc(t)}</h3>", sep="\n")
        d7 = f"T3, {dmy(pub)} - {hm(pub)}" if pub.weekday() == 1 else f"{dmy(pub)} - {hm(pub)}"
        return (f'<h1 class="page__title title" id="page-title">{esc(A13.title)}</h1>'
                f'<article class="node-2143 node node-article view-mode-full clearfix" about="/nghien-cuu-trao-doi/nang-cao-chat-luong-sinh-hoat-chi-bo" typeof="sioc:Item foaf:Document">'
                f'<header><p class="submitted"><span property="dc:date dc:created" content="{iso(pub)}" datatype="xsd:dateTime" rel="sioc:has_creator">Gửi bởi '
                f'<span class="username" xml:lang="" about="/users/tctbientap" typeof="sioc:UserAccount" property="foaf:name" datatype="">tct_bientap</span> vào {d7}</span></p></header>'
                f'<div class="field field-name-field-tom-tat field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><em>{esc(A13.lead)}</em></div></div></div>'
                f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img typeof="foaf:Image" src="{FIELDIMG13[0]}" width="480" height="320" alt="" />'
                f'<blockquote class="image-field-caption"><p>{esc(FIELDIMG13[1])}</p></blockquote></div></div></div>'
                f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}\n'
                f'<p style="text-align: right;"><strong>{esc(BY13)}</strong></p></div></div></div>'
                f'<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items">'
                f'<div class="field-item even"><a href="/nghien-cuu-khoa-hoc/nghien-cuu-trao-doi" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">Nghiên cứu - Trao đổi</a></div></div></div>'
                f'<ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login?destination=node/2143%23comment-form">Đăng nhập</a> để gửi ý kiến</span></li></ul></article>')

    def side(rng, p):
        items = [("Vai trò của bí thư chi bộ trong đổi mới sinh hoạt chi bộ ở nông thôn", "TS. Lê Văn Bình"),
                 ("Công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước", "ThS. Hoàng Minh Tuấn và cộng sự"),
                 ("Một số kinh nghiệm tổ chức hội nghị báo cáo viên cấp xã", "ThS. Đinh Thị Lan")]
        li = "".join(f'<li class="views-row"><div class="views-field views-field-title"><a href="#">{esc(t)}</a></div><div class="views-field views-field-field-tac-gia"><em>{esc(a)}</em></div></li>' for t, a in items)
        return (f'<div class="block block-views"><h2 class="block__title">Bài cùng chuyên mục</h2><div class="view-content"><ul>{li}</ul></div></div>'
                + side_of(lambda d: f"{dmy(d)} - {hm(d)}", "Tin hoạt động", "zen-news", docs=False)(rng, p))

    crumbs = ('<h2 class="element-invisible">Bạn đang ở đây</h2><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Trang chủ</a> › </li>'
              '<li><a href="/nghien-cuu-khoa-hoc">Nghiên cứu khoa học</a> › </li><li><a href="/nghien-cuu-khoa-hoc/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></li></ol></nav>')
    top = lambda rng, p: ('<a href="/" title="Trang chủ" rel="home" class="header__logo" id="logo"><img src="/sites/all/themes/tct_zen/logo.png" alt="Trang chủ" class="header__logo-image" /></a>'
                          '<div class="header__name-and-slogan" id="name-and-slogan"><div class="header__site-name" id="site-name"><a href="/" title="Trang chủ" class="header__site-link" rel="home"><span>Trường Chính trị tỉnh Phú Thọ</span></a></div></div>')
    head = og(A13.title, url, {"og:description": A13.lead}) + '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />'
    return page("s43-13", family="provincial_political_school_drupal7_zen_subtheme_and_colleagues_after_writer",
                name="phutho-truongchinhtri-drupal7-zen5-subtheme-breadcrumb-nghien-cuu-trao-doi-h1-submitted-gui-boi-account-vao-t3-dd-mm-yyyy-hh-mm-italic-tom-tat-lead-image-field-caption-blockquote-thead-table-ths-name-va-cong-su-paren-unit",
                url=url, art=A13, main_fn=main, pub=pub, prefix="tctpt", kb=158,
                org="Trường Chính trị tỉnh Phú Thọ", addr="Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.219",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "d7zen", "head_extra": head, "items": MENU_SCHOOL, "left": '<div class="block block-search"><form action="/search/node"><input type="text" name="keys" title="Nhập từ khóa" /><input type="submit" value="Tìm kiếm" /></form></div>'},
                exp=expected_(A13, iso(pub), author=WRITER13, unit=UNIT13, category="Nghiên cứu - Trao đổi", captions=[FIELDIMG13[1]] + A13.captions),
                traps={"byline": [BY13, "cộng sự"], "account": ["tct_bientap"], "chrome": ["Bài cùng chuyên mục", "Đăng nhập", "ThS. Hoàng Minh Tuấn và cộng sự", "TS. Lê Văn Bình"]},
                notes="TWIST — Drupal 7 with a Zen 7.x-5 sub-theme (a provincial political school). The research article is signed, bold right, 'ThS. Nguyễn Thị Thu Hà và cộng sự (Khoa Xây dựng Đảng, Trường Chính trị tỉnh)' — 'và cộng sự' (and colleagues, et al.) is the research convention for a group whose other members the credit does not name. → author 'ThS. Nguyễn Thị Thu Hà' (the degree kept, set 26), author_unit 'Khoa Xây dựng Đảng, Trường Chính trị tỉnh' (the parenthesis after the credit, its comma kept, set 27). A reader applying set 28's 'A và B' → 'A, B' stores a second writer named 'cộng sự' ('ThS. Nguyễn Thị Thu Hà, cộng sự'), without any sign of failure; one that keeps the credit as printed stores 'ThS. Nguyễn Thị Thu Hà và cộng sự'. 'cộng sự' names no person: it is neither a writer nor part of a name (the same holds for 'và CTV', 'và nhóm nghiên cứu', 'và các cộng sự'). NEW (set 43). QUESTIONABLE: set 26 keeps a collective credit ('Nhóm phóng viên') as printed; here the credit names one person and an unnamed group, and the record keeps the person. The rest: Drupal's 'submitted' line 'Gửi bởi tct_bientap vào T3, 25/05/2027 - 14:20' (the account is not the author; the weekday abbreviation of set 37) → 2027-05-25T14:20 (the RDFa content agrees). The 'Tóm tắt' field is italic → lead. Captions: the image field's caption (image_field_caption's blockquote, before the text) and a centred <em> under a picture in the text. The text has h3 sub-headings and a data table with a <thead> (one paragraph per row). Category 'Nghiên cứu - Trao đổi' (the breadcrumb's deepest level under 'Nghiên cứu khoa học'; the 'Chuyên mục:' field agrees). Not body: the node links, the 'Bài cùng chuyên mục' view (other items signed '… và cộng sự'), the sidebar.",
                readme="TWIST — Drupal 7 + a Zen sub-theme, a political school's research article: 'ThS. Name và cộng sự (Khoa …, Trường Chính trị tỉnh)' — 'và cộng sự' (et al.) is no second writer (author the named writer, the unit kept); 'Gửi bởi <account> vào T3, dd/mm/yyyy - HH:MM'; an italic 'Tóm tắt' lead; an image-field caption in a blockquote; h3s and a <thead> table")


# ===================================================================== 14 Đảng ủy xã Tà Xùa (Sơn La): a vendor's CMS on ASP.NET Web Pages 2; the only stamp 'Cập nhật:' in a table cell under the lead picture; an h2 lead in normal weight
A14 = Art("Hội nghị báo cáo viên tháng 4: thông tin thời sự, nhiệm vụ trọng tâm quý II",
          "Sáng 15/4, Đảng ủy xã Tà Xùa tổ chức hội nghị báo cáo viên tháng 4/2027, thông tin tình hình thời sự trong nước, của tỉnh và triển khai nhiệm vụ trọng tâm quý II cho đội ngũ báo cáo viên, tuyên truyền viên cơ sở.",
          [("p", "Tại hội nghị, báo cáo viên của Đảng ủy xã đã thông tin về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I; tình hình an ninh, trật tự trên địa bàn; những vấn đề dư luận xã hội quan tâm và các luận điệu xuyên tạc trên không gian mạng cần nhận diện, đấu tranh."),
           ("p", "Quý I, xã thu ngân sách đạt 41% dự toán; trồng mới 56 ha cây ăn quả, 120 ha chè; tỷ lệ hộ nghèo giảm còn 18,6%. Công tác bảo vệ rừng được chú trọng, không để xảy ra cháy rừng."),
           ("img", "/Upload/TinTuc/2027/4/bao-cao-vien-cac-ban-trao-doi.jpg", "Báo cáo viên các bản trao đổi tại hội nghị"),
           ("p", "Hội nghị cũng triển khai một số nhiệm vụ trọng tâm trong quý II: tuyên truyền kỷ niệm 52 năm Ngày giải phóng miền Nam, thống nhất đất nước, 137 năm Ngày sinh Chủ tịch Hồ Chí Minh; phòng, chống cháy rừng mùa khô; vận động Nhân dân không trồng, tái trồng cây thuốc phiện."),
           ("p", "Đồng chí Trưởng Ban Xây dựng Đảng Đảng ủy xã đề nghị đội ngũ báo cáo viên bám sát địa bàn, nắm bắt kịp thời tâm tư, nguyện vọng của Nhân dân, phản ánh về Đảng ủy xã để có hướng giải quyết.")])
LEADIMG14 = ("/Upload/TinTuc/2027/4/hoi-nghi-bao-cao-vien-thang-4.jpg", "Quang cảnh hội nghị báo cáo viên tháng 4 của Đảng ủy xã")
BY14, WRITER14, UNIT14 = "Giàng A Chư - Ban Xây dựng Đảng, Đảng ủy xã Tà Xùa", "Giàng A Chư", "Ban Xây dựng Đảng, Đảng ủy xã Tà Xùa"


def page14():
    pub = T("2027-04-15 14:00")
    site = "https://danguytaxua.sonla.gov.vn"
    url = f"{site}/TinTuc/ChiTiet?id=642"

    def main(rng, rl, rd):
        body = A14.render(p=jp, img=pem, sep="\n")
        oth = "".join(f'<li><a href="/TinTuc/ChiTiet?id={630 - i}">{esc(t)}</a> <span class="text-muted">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="wp2-chitiet"><h1 class="wp2-tieude">{esc(A14.title)}</h1>'
                f'<h2 class="wp2-tomtat" style="font-weight:normal;font-size:16px;line-height:1.5">{esc(A14.lead)}</h2>'
                f'<table class="wp2-anhdaidien" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><img src="{LEADIMG14[0]}" alt="" class="img-responsive" /></td></tr>'
                f'<tr><td class="wp2-chuthich" align="center"><i>{esc(LEADIMG14[1])}</i></td></tr>'
                f'<tr><td class="wp2-thongtin" align="right"><span class="glyphicon glyphicon-time"></span> <span>Cập nhật: {dmy(pub)} {hm(pub)}</span> | <span class="glyphicon glyphicon-eye-open"></span> <span>Lượt xem: 512</span></td></tr></table>'
                f'<div class="wp2-noidung">{body}\n<p style="text-align:right"><b>{esc(BY14)}</b></p></div>'
                f'<div class="wp2-tienich"><a href="javascript:window.print()"><span class="glyphicon glyphicon-print"></span> In</a> <a href="#">Gửi</a> <a href="javascript:history.back()">Trở về</a></div>'
                f'<div class="wp2-tinkhac"><h4>Tin đã đưa</h4><ul>{oth}</ul></div></div>')

    def side(rng, p):
        return (side_of(lambda d: dmy(d), "Tin mới", "wp2-moi", docs=True, doc_items=["Đề cương tuyên truyền kỷ niệm 52 năm Ngày giải phóng miền Nam, thống nhất đất nước",
                                                                                        "Kế hoạch hội nghị báo cáo viên năm 2027", "Tài liệu sinh hoạt chi bộ tháng 4/2027"])(rng, p)
                + '<div class="wp2-box"><h4>Bản đồ hành chính</h4><img src="/Content/images/ban-do-xa-ta-xua.png" alt="Bản đồ xã Tà Xùa" /></div>')

    crumbs = f'<li><a href="/">Trang chủ</a></li><li><a href="/TinTuc/DanhMuc?id=3">Xây dựng Đảng</a></li><li class="active">Công tác tuyên giáo</li>'
    head = '<meta name="description" content="' + esc(A14.lead, True) + '" /><link href="/Content/bootstrap.min.css" rel="stylesheet" /><link href="/Content/Site.css" rel="stylesheet" />'
    today = pub + timedelta(days=1, hours=-4)
    return page("s43-14", family="commune_party_aspnet_web_pages2_stamp_in_table_cell_under_picture",
                name="sonla-danguyxataxua-aspnet-web-pages2-webmatrix-cshtml-bootstrap3-breadcrumb-cong-tac-tuyen-giao-h1-h2-tomtat-normal-weight-lead-picture-table-caption-row-info-row-cap-nhat-dd-mm-yyyy-hh-mm-luot-xem-name-dash-unit-with-comma",
                url=url, art=A14, main_fn=main, pub=pub, prefix="taxua", kb=132,
                org="Đảng ủy xã Tà Xùa", addr="Bản Tà Xùa, xã Tà Xùa, tỉnh Sơn La", phone="0212.3868.205",
                crumbs=crumbs, top=banner("/Content/images/banner-dang-uy-xa.png", "Trang thông tin điện tử Đảng ủy xã Tà Xùa"), side=side,
                shell_kw={"layout": "webpages", "head_extra": head, "items": MENU_PARTY, "left": f'<span class="wp2-ngay">{wd(today)}, ngày {dmy(today)}</span>'},
                exp=expected_(A14, iso(pub), author=WRITER14, unit=UNIT14, category="Công tác tuyên giáo", captions=[LEADIMG14[1]] + A14.captions),
                traps={"byline": [BY14], "meta": ["Lượt xem: 512"], "chrome": ["Tin đã đưa", "Bản đồ hành chính", "Trở về"], "related": lambda rl: rl[:6]},
                notes="A local vendor's CMS on ASP.NET Web Pages 2 (Razor .cshtml pages of the WebMatrix era, _SiteLayout.cshtml, /TinTuc/ChiTiet?id=; a stack of the common vendor kind, no ViewState). The lead is an h2.wp2-tomtat printed in NORMAL weight under the h1 → lead (an h2 is not a headline here: the h1 is). The lead picture is a three-row table: the picture, its italic caption row, and an INFO ROW 'Cập nhật: 15/04/2027 14:00 | Lượt xem: 512' — the item's only stamp sits in a table cell under the picture, labelled 'Cập nhật' → published 2027-04-15T14:00, updated null (set 33's only 'Cập nhật' stamp; set 33's stamps where the template puts them). Captions: the table's caption row (first) and a centred <em> in the text. 'Giàng A Chư - Ban Xây dựng Đảng, Đảng ủy xã Tà Xùa' → author 'Giàng A Chư', author_unit 'Ban Xây dựng Đảng, Đảng ủy xã Tà Xùa' (a commune Party committee's board after the 2025 reform; the comma inside the unit kept, set 27). Category 'Công tác tuyên giáo' (the Bootstrap breadcrumb's active level, a sub-section under 'Xây dựng Đảng'). Not body: tools, 'Tin đã đưa' with days, the sidebar.",
                readme="A vendor's CMS on ASP.NET Web Pages 2 (WebMatrix), a commune's rapporteurs' conference: an h2 lead in NORMAL weight; the lead picture's table with a caption row and an info row 'Cập nhật: dd/mm/yyyy HH:MM | Lượt xem' — the only stamp, in a cell under the picture; a p > em caption; 'Name - Ban Xây dựng Đảng, Đảng ủy xã …'")


# ===================================================================== 15 Báo và PT-TH Lào Cai: a press CMS's regional detail; '(Phóng viên thường trú tại …)' in the author chip; an unheaded related list injected inside the text
A15 = Art("Bà con vùng cao vào mùa đổ nước, cấy lúa trên ruộng bậc thang",
          "Những ngày cuối tháng 5, nước từ các khe suối được dẫn về những thửa ruộng bậc thang ở các xã vùng cao phía tây của tỉnh. Đồng bào Mông tất bật cày bừa, đắp bờ, cấy lúa cho kịp thời vụ.",
          [("p", "Năm nay, toàn vùng gieo cấy hơn 2.300 ha lúa ruộng bậc thang, trong đó 700 ha được cấy giống lúa đặc sản. Chính quyền các xã đã hỗ trợ người dân giống, phân bón và hướng dẫn kỹ thuật canh tác."),
           ("img", "/uploads/2027/05/21/ruong-bac-thang-mua-nuoc-do-pung-luong.jpg", "Ruộng bậc thang ở xã Púng Luông mùa nước đổ"),
           ("p", "Ông Giàng A Tủa, bản Lìm Mông, xã Mù Cang Chải cho biết, gia đình ông có 1,2 ha ruộng bậc thang; mấy năm nay, ngoài trồng lúa, gia đình còn đón khách du lịch đến chụp ảnh, trải nghiệm, có thêm thu nhập."),
           ("raw", "RELATED"),
           ("p", "Để giữ nước cho ruộng, các bản đã nạo vét hơn 40 km mương dẫn nước; nhiều tổ hợp tác chia ca đắp bờ, cấy đổi công giúp các hộ neo đơn, thiếu lao động."),
           ("img", "/uploads/2027/05/21/nguoi-dan-ban-lim-mong-cay-lua.jpg", "Người dân bản Lìm Mông cấy lúa trên ruộng bậc thang"),
           ("p", "Mùa nước đổ cũng là thời điểm khách du lịch, nhiếp ảnh gia tìm đến vùng cao. Các xã trong vùng đang chuẩn bị các hoạt động cho Tuần Văn hóa - Du lịch dự kiến tổ chức vào tháng 9/2027.")])
REL15 = ["Mù Cang Chải đón hơn 120.000 lượt khách mùa lúa chín năm 2026", "Giữ nghề cấy lúa ruộng bậc thang cho thế hệ trẻ"]
AUTHOR15, ROLE15 = "Hà Thanh", "(Phóng viên thường trú tại Yên Bái)"


def page15():
    pub = T("2027-05-21 16:45")
    site = "https://baolaocai.vn"
    url = f"{site}/dan-toc-mien-nui/ba-con-vung-cao-vao-mua-do-nuoc-cay-lua-tren-ruong-bac-thang-5f3c2a1.html"

    def img(s, c, n):
        return f'<figure class="image align-center"><img src="{s}" data-src="{s}" alt="{esc(c, True)}" class="lazyload" /><figcaption><p>{esc(c)}</p></figcaption></figure>'

    def raw(x):
        return '<div class="related-inline"><ul>' + "".join(f'<li><a href="{site}/du-lich/{slug(t)[:60]}-{hexid(random.Random(t), 7)}.html">{esc(t)}</a></li>' for t in REL15) + "</ul></div>"

    def main(rng, rl, rd):
        body = A15.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, raw=raw, sep="\n")
        regions = " ".join(f'<a class="region-chip{" active" if r == "Yên Bái" else ""}" href="{site}/tin-vung/{slug(r)}/">{esc(r)}</a>' for r in ["Lào Cai", "Sa Pa", "Bắc Hà", "Yên Bái", "Nghĩa Lộ"])
        same = "".join(f'<li><a href="{site}/dan-toc-mien-nui/{slug(t)[:60]}-{hexid(rng, 7)}.html">{esc(t)}</a> <span class="time">{hm(d)} {dmy(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="region-strip"><span class="region-label">Tin vùng:</span> {regions}</div>'
                f'<article class="detail"><h1 class="detail-title">{esc(A15.title)}</h1>'
                f'<div class="detail-meta"><div class="author-chip"><img src="/images/avatar/ha-thanh.jpg" alt="" class="avatar" width="32" /><span class="author-name">{esc(AUTHOR15)}</span> <span class="author-role">{esc(ROLE15)}</span></div>'
                f'<span class="detail-time">{wd(pub)}, {dmy(pub)} - {hm(pub)} (GMT+7)</span></div>'
                f'<h2 class="detail-sapo">{esc(A15.lead)}</h2><div class="detail-content">{body}</div>'
                f'<div class="detail-tags"><span>Từ khóa:</span> <a href="#">ruộng bậc thang</a> <a href="#">mùa nước đổ</a></div></article>'
                f'<div class="box-samecat"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>{same}</ul></div>')

    def side(rng, p):
        return mostread(rng, p, lambda d: f"{hm(d)} {dmy(d)}", "Đọc nhiều", "most-read", 6, writers=WRITERS33)

    crumbs = (f'<ul class="breadcrumb"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/xa-hoi/">Xã hội</a></li>'
              f'<li><a href="{site}/dan-toc-mien-nui/">Dân tộc - Miền núi</a></li></ul>')
    head = og(A15.title, url, {"og:description": A15.lead, "article:published_time": iso(pub), "article:author": AUTHOR15})
    today = pub + timedelta(hours=3)
    return page("s43-15", family="merged_press_agency_regional_detail_resident_correspondent_label",
                name="laocai-bao-va-ptth-press-cms-regional-detail-tin-vung-region-chips-over-h1-author-chip-name-phong-vien-thuong-tru-tai-place-weekday-dd-mm-yyyy-hh-mm-gmt7-h2-sapo-figcaptions-related-inline-ul-inside-text-crumb-ending-dan-toc-mien-nui",
                url=url, art=A15, main_fn=main, pub=pub, prefix="bplc", kb=262,
                org="Báo và Phát thanh, Truyền hình Lào Cai", addr="Số 2 đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai", phone="0214.3840.266",
                crumbs=crumbs, top=banner("/images/logo-bao-lao-cai.png", "Báo và Phát thanh, Truyền hình Lào Cai"), side=side,
                shell_kw={"layout": "press_region", "head_extra": head, "items": MENU_NEWS, "left": f'<span class="topbar-date">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A15, iso(pub), author=AUTHOR15, category="Dân tộc - Miền núi"),
                traps={"role": [ROLE15, "Phóng viên thường trú tại Yên Bái"], "region_chips": ["Tin vùng:"], "related_in_text": REL15, "chrome": ["Tin cùng chuyên mục", "Đọc nhiều", "Từ khóa:"],
                       "related": lambda rl: rl[:6]},
                notes="A merged provincial press agency's CMS, the REGIONAL ('Tin vùng') detail: a strip of region chips over the headline ('Tin vùng: Lào Cai | Sa Pa | Bắc Hà | Yên Bái | Nghĩa Lộ', 'Yên Bái' active — places for navigation, not the category). The author chip under the h1: an avatar, 'Hà Thanh' and '(Phóng viên thường trú tại Yên Bái)' — the writer's POST (the paper's resident correspondent) and a place, no organisation → author 'Hà Thanh', author_unit null (posts are dropped; set 39: a place is no unit). QUESTIONABLE: the paper keeps a bureau in Yên Bái; the chip names the post, not the bureau. The stamp 'Thứ Sáu, 21/05/2027 - 16:45 (GMT+7)' → 2027-05-21T16:45. The h2 sapo → lead. Two figcaptions. Between two paragraphs the CMS injects div.related-inline: a <ul> of two links to other items, no heading — a related list (set 24), not body. Category 'Dân tộc - Miền núi' (the crumb's deepest level under 'Xã hội'). Not body: tags, 'Tin cùng chuyên mục' with times, 'Đọc nhiều' with stamps and writers.",
                readme="A press CMS's regional ('Tin vùng') detail, the terrace-field planting season: region chips over the h1; the author chip 'Name (Phóng viên thường trú tại <place>)' (a post and a place: no unit); 'Thứ Sáu, dd/mm/yyyy - HH:MM (GMT+7)'; h2 sapo; figcaptions; an unheaded related <ul> injected between paragraphs; the crumb ends in a sub-section")


# ===================================================================== 16 Đảng ủy Công ty Điện lực Nghệ An: Adobe Experience Manager 6.5 (a stack no set had used); 'cách đây 2 giờ' beside the absolute stamp; the text in several cmp-text containers; two writers each with a unit, an en dash between them
A16 = Art("Đảng ủy Công ty Điện lực sơ kết học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
          "Sáng 18/5, Đảng ủy Công ty Điện lực Nghệ An tổ chức hội nghị sơ kết việc đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2026 - 2027, biểu dương 24 tập thể, 36 cá nhân tiêu biểu.",
          [("p", "Thời gian qua, các chi bộ trực thuộc đã cụ thể hóa việc học tập và làm theo Bác bằng những việc làm thiết thực gắn với nhiệm vụ sản xuất, kinh doanh: bảo đảm cung cấp điện an toàn, ổn định, nâng cao chất lượng dịch vụ khách hàng, thực hành tiết kiệm trong sản xuất."),
           ("p", "Nhiều mô hình hay được nhân rộng như “Mỗi đảng viên một sáng kiến”, “Đội điện lực thân thiện”, “Thắp sáng đường quê”. Năm 2026, toàn Đảng bộ có 112 sáng kiến được công nhận, làm lợi hơn 9 tỷ đồng."),
           ("img", "/content/dam/pcnghean/tin-tuc/2027/05/bieu-duong-tap-the-tieu-bieu.jpg", "Lãnh đạo Đảng ủy Công ty biểu dương các tập thể tiêu biểu"),
           ("p", "Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy Công ty đề nghị các chi bộ tiếp tục gắn việc học tập và làm theo Bác với thực hiện nhiệm vụ chính trị của đơn vị, nhất là bảo đảm cung cấp điện trong mùa nắng nóng năm 2027."),
           ("img", "/content/dam/pcnghean/tin-tuc/2027/05/doi-dien-luc-than-thien.jpg", "Công nhân Đội điện lực thân thiện kiểm tra đường dây trước mùa nắng nóng"),
           ("p", "Dịp này, Đảng ủy Công ty phát động đợt thi đua cao điểm bảo đảm cung cấp điện mùa nắng nóng, gắn với kỷ niệm 137 năm Ngày sinh Chủ tịch Hồ Chí Minh.")])
BY16 = "Lê Thị Thanh Nga (Văn phòng Đảng ủy) – Trần Quốc Bảo (Phòng Truyền thông)"


def page16():
    pub = T("2027-05-18 15:10")
    site = "https://pcnghean.npc.example"
    url = f"{site}/vi/tin-tuc/hoat-dong-dang-doan-the/hoat-dong-dang/dang-uy-cong-ty-so-ket-hoc-tap-va-lam-theo-bac.html"

    def text_block(ps):
        return '<div class="text"><div class="cmp-text">' + "".join(ps) + "</div></div>"

    def image(s, c):
        return (f'<div class="image"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="{s}" loading="lazy" class="cmp-image__image" itemprop="contentUrl" alt="{esc(c, True)}" />'
                f'<span class="cmp-image__title" itemprop="caption">{esc(c)}</span><meta itemprop="caption" content="{esc(c, True)}" /></div></div>')

    def main(rng, rl, rd):
        blocks, cur = [], [f'<p class="lead">{esc(A16.lead)}</p>']
        for b in A16.blocks:
            if b[0] == "p":
                cur.append(f"<p>{esc(b[1])}</p>")
            else:
                blocks.append(text_block(cur))
                cur = []
                blocks.append(image(b[1], b[2]))
        cur.append(f'<p style="text-align:right"><b>{esc(BY16)}</b></p>')
        blocks.append(text_block(cur))
        rel = "".join(f'<li class="cmp-contentfragmentlist__item"><a href="{site}/vi/tin-tuc/hoat-dong-dang-doan-the/{slug(t)[:50]}.html">{esc(t)}</a> <span class="cmp-contentfragmentlist__date">{dmy(d)}</span></li>'
                      for t, d in zip(rl[:5], rd))
        return (f'<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">{esc(A16.title)}</h1></div></div>'
                f'<div class="newsmeta"><div class="cmp-newsmeta"><span class="cmp-newsmeta__date">{dmy(pub)} {hm(pub)}</span> <span class="cmp-newsmeta__ago">· cách đây 2 giờ</span> '
                f'<span class="cmp-newsmeta__views">· 426 lượt xem</span></div></div>' + "".join(blocks)
                + f'<div class="sharing"><div class="cmp-sharing"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In trang</a></div></div>'
                f'<div class="contentfragmentlist"><div class="cmp-contentfragmentlist"><h3 class="cmp-contentfragmentlist__title">Tin liên quan</h3><ul>{rel}</ul></div></div>')

    def side(rng, p):
        return ('<div class="teaser"><div class="cmp-teaser cmp-teaser--hotline"><h3 class="cmp-teaser__title">Trung tâm Chăm sóc khách hàng</h3><p class="cmp-teaser__description">Tổng đài 19006769 - hỗ trợ 24/7</p></div></div>'
                + side_of(lambda d: dmy(d), "Tin mới", "aem-news", docs=False)(rng, p))

    crumbs = ('<nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">'
              + "".join(f'<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{h}" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">{esc(t)}</span></a><meta itemprop="position" content="{i + 1}" /></li>'
                        for i, (t, h) in enumerate([("Trang chủ", "/vi.html"), ("Tin tức", "/vi/tin-tuc.html"), ("Hoạt động Đảng - Đoàn thể", "/vi/tin-tuc/hoat-dong-dang-doan-the.html")]))
              + '<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">Hoạt động Đảng</span><meta itemprop="position" content="4" /></li></ol></nav>')
    head = (og(A16.title, url, {"og:description": A16.lead}) + '<link rel="stylesheet" href="/etc.clientlibs/pcnghean/clientlibs/clientlib-site.min.css" type="text/css" />'
            + '<script src="/etc.clientlibs/clientlibs/granite/jquery.min.js"></script>')
    today = pub + timedelta(hours=2)
    return page("s43-16", family="power_company_party_committee_aem65_relative_age_beside_stamp_two_writers_en_dash",
                name="nghean-danguycongtydienluc-adobe-experience-manager-65-core-components-breadcrumb-hoat-dong-dang-cmp-title-h1-dd-mm-yyyy-hh-mm-cach-day-2-gio-lead-class-text-over-cmp-text-containers-cmp-image-captions-two-names-paren-units-en-dash",
                url=url, art=A16, main_fn=main, pub=pub, prefix="pcna", kb=226,
                org="Công ty Điện lực Nghệ An", addr="Số 9 đường Nguyễn Thị Minh Khai, phường Trường Vinh, tỉnh Nghệ An", phone="0238.2210.266",
                crumbs=crumbs, top=banner("/content/dam/pcnghean/logo.png", "Công ty Điện lực Nghệ An"), side=side,
                shell_kw={"layout": "aem", "head_extra": head, "items": MENU_CORP, "left": f'<span class="header-date">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A16, iso(pub), author="Lê Thị Thanh Nga, Trần Quốc Bảo", unit="Văn phòng Đảng ủy, Phòng Truyền thông", category="Hoạt động Đảng"),
                traps={"byline": [BY16], "relative": ["cách đây 2 giờ"], "chrome": ["426 lượt xem", "Tin liên quan", "Trung tâm Chăm sóc khách hàng", "Tổng đài 19006769 - hỗ trợ 24/7"], "related": lambda rl: rl[:5]},
                notes="Adobe Experience Manager 6.5 (a stack no set had used: a corporation's site, the editable template 'article-page' with Core Components in a responsive grid; the company's Party committee posts under 'Hoạt động Đảng - Đoàn thể'). The meta row prints the absolute stamp and, beside it, its RELATIVE AGE: '18/05/2027 15:10 · cách đây 2 giờ · 426 lượt xem' → published 2027-05-18T15:10; the relative age is no stamp (set 27) and agrees with the header's day. The text is split over several cmp-text components with cmp-image components between them (set 30: one text in several containers); the first paragraph carries class 'lead' (a larger, normal-weight style) → lead. Captions: the two images' cmp-image__title spans. The signature (bold, right, in the last text component): 'Lê Thị Thanh Nga (Văn phòng Đảng ủy) – Trần Quốc Bảo (Phòng Truyền thông)' — two writers each with a unit, an EN DASH between them → author 'Lê Thị Thanh Nga, Trần Quốc Bảo', author_unit 'Văn phòng Đảng ủy, Phòng Truyền thông' (sets 31 and 36). Category 'Hoạt động Đảng' (the breadcrumb's active, deepest level under 'Hoạt động Đảng - Đoàn thể'; AEM's breadcrumb hides the page itself). Not body: sharing, the content fragment list 'Tin liên quan' with days, the customer-care teaser.",
                readme="Adobe Experience Manager 6.5 (a stack no set had used), a power company's Party committee review: 'dd/mm/yyyy HH:MM · cách đây 2 giờ · N lượt xem' (a relative age beside the stamp); the text over several cmp-text components, the first paragraph a 'lead' class; cmp-image captions; 'A (unit) – B (unit)' with an en dash; the breadcrumb ends in a sub-section")


# ===================================================================== 17 Đảng ủy xã Yên Thế (Bắc Ninh): Bkav's eGov portal (a stack no set had used); captions ending 'Ảnh: <the writer>'; 'Name - Văn phòng Đảng ủy xã'
A17 = Art("Đảng ủy xã kiểm tra việc thực hiện quy chế làm việc tại Chi bộ thôn Đông Lạc",
          "Từ ngày 10 đến 15/6, Đoàn kiểm tra của Ban Thường vụ Đảng ủy xã Yên Thế đã kiểm tra việc thực hiện quy chế làm việc, chế độ sinh hoạt và công tác quản lý đảng viên tại Chi bộ thôn Đông Lạc.",
          [("p", "Chi bộ thôn Đông Lạc hiện có 52 đảng viên, sinh hoạt ở địa bàn 410 hộ sau khi sáp nhập hai thôn Đông Lạc và Lạc Thượng. Qua kiểm tra, chi bộ đã xây dựng, ban hành quy chế làm việc; duy trì sinh hoạt định kỳ vào ngày mùng 5 hằng tháng, tỷ lệ đảng viên dự sinh hoạt đạt 91%."),
           ("img", "/Uploads/TinTuc/2027/06/doan-kiem-tra-lam-viec-chi-uy.jpg", "Đoàn kiểm tra làm việc với Chi ủy Chi bộ thôn Đông Lạc. Ảnh: Thu Trang"),
           ("p", "Tuy nhiên, việc ghi biên bản sinh hoạt chi bộ còn sơ sài, chưa phản ánh đầy đủ ý kiến thảo luận; việc phân công nhiệm vụ cho đảng viên chưa cụ thể; còn 3 đảng viên cao tuổi chưa được xem xét miễn sinh hoạt theo quy định."),
           ("img", "/Uploads/TinTuc/2027/06/bi-thu-chi-bo-bao-cao.jpg", "Bí thư Chi bộ thôn Đông Lạc báo cáo với Đoàn kiểm tra. Ảnh: Thu Trang"),
           ("p", "Đoàn kiểm tra đề nghị Chi ủy chi bộ khắc phục các hạn chế trước ngày 30/7/2027, báo cáo kết quả về Ủy ban Kiểm tra Đảng ủy xã.")])
BY17, WRITER17, UNIT17 = "Thu Trang - Văn phòng Đảng ủy xã", "Thu Trang", "Văn phòng Đảng ủy xã"


def page17():
    pub = T("2027-06-16 09:30")
    site = "https://yenthe.bacninh.gov.vn"
    url = f"{site}/xay-dung-dang/kiem-tra-giam-sat/dang-uy-xa-kiem-tra-viec-thuc-hien-quy-che-lam-viec-tai-chi-bo-thon-dong-lac-a2281.html"

    def img(s, c, n):
        return f'<figure class="bkav-image"><img src="{s}" alt="" /><figcaption class="bkav-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A17.render(p=jp, img=img, sep="")
        oth = "".join(f'<li><a href="{site}/xay-dung-dang/kiem-tra-giam-sat/{slug(t)[:60]}-a{2270 - i}.html">{esc(t)}</a> <span class="bkav-ngay">{dmy(d)}</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="bkav-title"><h1>{esc(A17.title)}</h1></div>'
                f'<div class="bkav-date"><span id="ctl00_ContentPlaceHolder1_ucChiTietTin_lblNgay">{wd(pub)}, {dmy(pub)}, {hm(pub)}</span></div>'
                f'<div class="bkav-tomtat"><i>{esc(A17.lead)}</i></div><div class="bkav-noidung">{body}<p style="text-align:right">{esc(BY17)}</p></div>'
                f'<div class="bkav-tienich"><a href="#" id="ctl00_ContentPlaceHolder1_ucChiTietTin_lnkIn">In trang</a> <a href="#">Gửi email</a> <span>Lượt xem: 287</span></div>'
                f'<div class="bkav-tinlienquan"><div class="bkav-box-title">Tin cùng chuyên mục</div><ul>{oth}</ul></div>')

    def side(rng, p):
        return ('<div class="bkav-box"><div class="bkav-box-title">Dịch vụ công trực tuyến</div><a href="https://dichvucong.example">Nộp hồ sơ trực tuyến</a></div>'
                + side_of(lambda d: dmy(d), "Tin mới", "bkav-new", docs=True)(rng, p)
                + '<div class="bkav-box"><div class="bkav-box-title">Thống kê truy cập</div><p>Trực tuyến: 9</p><p>Tổng số: 148.227</p></div>')

    crumbs = (f'<a href="{site}/">Trang chủ</a> <span class="bkav-sep">&gt;</span> <a href="{site}/xay-dung-dang.html">Xây dựng Đảng</a> '
              f'<span class="bkav-sep">&gt;</span> <a href="{site}/xay-dung-dang/kiem-tra-giam-sat.html">Kiểm tra, giám sát</a>')
    head = og(A17.title, url, {"og:description": A17.lead}) + '<link href="/Portals/bkav-egov/css/style.css" rel="stylesheet" /><meta name="author" content="Bkav eGov" />'
    today = pub + timedelta(hours=6)
    return page("s43-17", family="commune_party_bkav_egov_portal_captions_ending_with_writer_credit",
                name="bacninh-danguyxayenthe-bkav-egov-portal-commune-site-crumb-ending-kiem-tra-giam-sat-h1-lblngay-weekday-dd-mm-yyyy-comma-hh-mm-italic-tomtat-figcaptions-ending-anh-writer-name-plain-right-name-dash-van-phong-dang-uy-xa",
                url=url, art=A17, main_fn=main, pub=pub, prefix="bkyt", kb=182,
                org="Đảng ủy xã Yên Thế", addr="Thôn Đông Lạc, xã Yên Thế, tỉnh Bắc Ninh", phone="0204.3876.115",
                crumbs=crumbs, top=banner("/Portals/bkav-egov/images/quoc-huy.png", "Cổng thông tin điện tử xã Yên Thế"), side=side,
                shell_kw={"layout": "bkav", "head_extra": head, "items": MENU_GOV, "form": True, "left": f'<span class="bkav-today">{wd(today)}, ngày {dmy(today)}</span>'},
                exp=expected_(A17, iso(pub), author=WRITER17, unit=UNIT17, category="Kiểm tra, giám sát"),
                traps={"byline": [BY17], "meta_author": ["Bkav eGov"], "chrome": ["Tin cùng chuyên mục", "Dịch vụ công trực tuyến", "Thống kê truy cập", "Lượt xem: 287"], "related": lambda rl: rl[:6]},
                notes="Bkav's eGov portal product (a stack no set had used: ASP.NET, the 'bkav-' skin of the commune portals it serves; the commune's Party committee posts in the portal's 'Xây dựng Đảng' section). lblNgay 'Thứ Tư, 16/06/2027, 09:30' → 2027-06-16T09:30. The italic tóm tắt → lead. Both figcaptions END with a photo credit naming the writer, '… Chi bộ thôn Đông Lạc. Ảnh: Thu Trang' — kept whole, and they set no photographer (set 25, MAJORITY: a credit inside a caption stays there, even when it names the writer). The signature is a plain right-aligned paragraph 'Thu Trang - Văn phòng Đảng ủy xã' → author 'Thu Trang', author_unit 'Văn phòng Đảng ủy xã'; photographer null. <meta name='author' content='Bkav eGov'> names the vendor. Category 'Kiểm tra, giám sát' (the crumb's deepest level under 'Xây dựng Đảng'). Not body: tools, 'Tin cùng chuyên mục' with days, the public-service and counter boxes.",
                readme="Bkav's eGov portal (a stack no set had used), a commune Party committee's inspection of a village cell: 'Thứ Tư, dd/mm/yyyy, HH:MM'; an italic tóm tắt lead; both figcaptions ending 'Ảnh: <the writer>' (captions kept whole, no photographer); a plain 'Name - Văn phòng Đảng ủy xã' signature; the crumb ends in a sub-section")


# ===================================================================== 18 Đoàn Thanh niên phường Rạch Giá (An Giang): LadiPage (a stack no set had used); 'Đăng ngày dd.mm.yyyy - HH:MM · <tag>'; a hotline popup; a caption paragraph under a background-image picture
A18 = Art("Đoàn viên phường Rạch Giá hỗ trợ người dân làm thủ tục hành chính trực tuyến",
          None,
          [("p", "Hưởng ứng Chiến dịch Thanh niên tình nguyện hè năm 2027, sáng 26/6, Đoàn Thanh niên phường Rạch Giá ra quân “Ngày thứ Bảy chuyển đổi số”, hỗ trợ người dân thực hiện thủ tục hành chính trực tuyến tại bộ phận một cửa của phường và 12 khu phố."),
           ("p", "Hơn 60 đoàn viên được chia thành 14 tổ, hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2, nộp hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng tiền mặt."),
           ("img", "/s/ladipage/rach-gia-ho-tro-dinh-danh-dien-tu.jpg", "Đoàn viên hướng dẫn người dân kích hoạt tài khoản định danh điện tử"),
           ("p", "Kết quả, trong buổi sáng, các tổ đã hỗ trợ 426 lượt người dân, trong đó 318 hồ sơ được nộp trực tuyến thành công; nhiều người cao tuổi lần đầu tiên tự tra cứu được kết quả giải quyết hồ sơ trên điện thoại."),
           ("p", "Chương trình sẽ được duy trì vào sáng thứ Bảy hằng tuần trong suốt thời gian diễn ra chiến dịch, đến hết ngày 31/8/2027.")])
BY18, WRITER18, UNIT18 = "Tin, ảnh: Trần Ngọc Hân (Đoàn Thanh niên phường)", "Trần Ngọc Hân", "Đoàn Thanh niên phường"
HOT18 = "Hotline Đoàn phường: 0297.3862.145 - Đăng ký làm tình nguyện viên"


def page18():
    pub = T("2027-06-26 20:30")
    site = "https://doanphuongrachgia.ladi.example"
    url = f"{site}/tin-hoat-dong/doan-vien-ho-tro-nguoi-dan-lam-thu-tuc-hanh-chinh-truc-tuyen"

    def el(i, inner, kind="PARAGRAPH"):
        return f'<div id="{kind}{i}" class="ladi-element">{inner}</div>'

    def main(rng, rl, rd):
        parts, i = [], 10
        for b in A18.blocks:
            i += 1
            if b[0] == "p":
                parts.append(el(i, f'<div class="ladi-paragraph">{esc(b[1])}</div>'))
            else:
                parts.append(el(i, f'<div class="ladi-image"><div class="ladi-image-background" style="background-image: url(&quot;{b[1]}&quot;);"></div></div>', "IMAGE"))
                i += 1
                parts.append(el(i, f'<div class="ladi-paragraph ladi-caption"><i>{esc(b[2])}</i></div>'))
        cards = "".join(f'<div id="BOX{40 + k}" class="ladi-element"><div class="ladi-box"></div><div class="ladi-headline ladi-headline-card"><a href="{site}/tin-hoat-dong/{slug(t)[:50]}">{esc(t)}</a></div>'
                        f'<div class="ladi-paragraph ladi-card-date">{d.day:02d}.{d.month:02d}.{d.year}</div></div>' for k, (t, d) in enumerate(zip(rl[:3], rd)))
        return (el(1, f'<h1 class="ladi-headline">{esc(A18.title)}</h1>', "HEADLINE")
                + el(2, f'<div class="ladi-paragraph ladi-meta">Đăng ngày {pub.day:02d}.{pub.month:02d}.{pub.year} - {hm(pub)} · <a href="{site}/tag/tinh-nguyen-he">Tình nguyện hè</a></div>')
                + "".join(parts)
                + el(30, f'<div class="ladi-paragraph"><b>{esc(BY18)}</b></div>')
                + el(31, f'<div class="ladi-button"><div class="ladi-button-background"></div><div class="ladi-button-headline"><p class="ladi-headline">{esc(HOT18)}</p></div></div>', "POPUP_HOTLINE")
                + el(32, '<form class="ladi-form"><div class="ladi-headline">Đăng ký tình nguyện</div><input name="name" placeholder="Họ và tên" /><input name="phone" placeholder="Số điện thoại" /><button type="submit">Gửi đăng ký</button></form>', "FORM")
                + el(33, '<h3 class="ladi-headline">Bài viết khác</h3>', "HEADLINE") + cards)

    def side(rng, p):
        return el_side(rng)

    def el_side(rng):
        return '<div id="GROUP_SOCIAL" class="ladi-element"><div class="ladi-paragraph">Theo dõi chúng tôi: Facebook · Zalo · TikTok</div></div>'

    crumbs = (f'<div id="PARAGRAPH_CRUMB" class="ladi-element"><div class="ladi-paragraph ladi-breadcrumb"><a href="{site}/">Trang chủ</a> / <a href="{site}/tin-hoat-dong">Tin hoạt động</a> / '
              f'<a href="{site}/tin-hoat-dong/tinh-nguyen-he">Tình nguyện hè</a></div></div>')
    top = lambda rng, p: '<div id="IMAGE_LOGO" class="ladi-element"><div class="ladi-image"><div class="ladi-image-background" style="background-image: url(&quot;/s/ladipage/logo-doan.png&quot;);"></div></div></div><div id="HEADLINE_SITE" class="ladi-element"><h2 class="ladi-headline">Đoàn Thanh niên phường Rạch Giá</h2></div>'
    head = (og(A18.title, url, {"og:description": A18.blocks[0][1][:150]}) + '<meta name="generator" content="LadiPage" />'
            + '<script id="script_event_data" type="application/json">{"POPUP_HOTLINE":{"type":"button","option.data_event":[{"action_type":"action","type":"popup"}]}}</script>')
    today = pub + timedelta(hours=1)
    return page("s43-18", family="ward_youth_union_ladipage_blog_post_dotted_date_tag_hotline_popup",
                name="angiang-doanphuongrachgia-ladipage-blog-post-ladi-elements-breadcrumb-tinh-nguyen-he-h1-dang-ngay-dd-mm-yyyy-dotted-dash-hh-mm-middle-dot-tag-no-lead-background-image-picture-caption-paragraph-tin-anh-name-paren-unit-hotline-form",
                url=url, art=A18, main_fn=main, pub=pub, prefix="ladirg", kb=124,
                org="Đoàn Thanh niên phường Rạch Giá", addr="Số 18 đường Nguyễn Trung Trực, phường Rạch Giá, tỉnh An Giang", phone="0297.3862.145",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "ladipage", "head_extra": head, "items": MENU_YOUTH, "left": f'<div class="ladi-paragraph">{wd(today)}, {dmy(today)}</div>'},
                exp=expected_(A18, iso(pub), author=WRITER18, unit=UNIT18, photographer=WRITER18, category="Tình nguyện hè", lead=None),
                traps={"byline": [BY18], "hotline": [HOT18, "Đăng ký tình nguyện"], "chrome": ["Bài viết khác", "Theo dõi chúng tôi: Facebook · Zalo · TikTok"], "related": lambda rl: rl[:3]},
                notes="LadiPage (a stack no set had used: a Vietnamese landing-page builder; the ward youth union's blog post is a page of absolutely positioned ladi-section / ladi-element blocks, one element per paragraph, pictures drawn as CSS background images with no <img>). The meta element 'Đăng ngày 26.06.2027 - 20:30 · Tình nguyện hè' — a dotted date, a dash, the time, then the post's tag → published 2027-06-26T20:30 (set 32's dotted date); the tag agrees with the crumb 'Trang chủ / Tin hoạt động / Tình nguyện hè' → category 'Tình nguyện hè'. No lead (every paragraph is an equal ladi-paragraph). The picture (a background image) is followed by its own caption element, an italic paragraph describing it → a caption (set 26). 'Tin, ảnh: Trần Ngọc Hân (Đoàn Thanh niên phường)' (bold) → author and photographer 'Trần Ngọc Hân', author_unit 'Đoàn Thanh niên phường'. After the signature: a HOTLINE button that opens a popup ('Hotline Đoàn phường: … - Đăng ký làm tình nguyện viên'), a registration form and 'Bài viết khác' cards with dotted days — chrome, not body.",
                readme="LadiPage (a stack no set had used), a ward youth union's digital-services Saturday: 'Đăng ngày dd.mm.yyyy - HH:MM · <tag>'; no lead; one element per paragraph; a background-image picture with a caption paragraph; 'Tin, ảnh: Name (Đoàn Thanh niên phường)'; a hotline button and a form after the text; the crumb ends in a sub-section")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
