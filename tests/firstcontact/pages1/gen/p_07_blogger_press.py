"""Blogger (blogspot) of a Chi bộ, and a provincial newspaper press CMS."""
import random

from .common import (Art, T, css_blob, dmy, dump, esc, expected, fake_min_js, ga_snippet, headlines,
                     hexid, hm, iso_min, menu_tree, MINISTRIES, alnum, wd, days_before, slugify, nfd,
                     b64blob)


# =====================================================================
# Page 13: Blogger of a Chi bộ tổ dân phố — NFD text, profile name, tr-caption tables
# =====================================================================
ART13 = Art(
    "Chi bộ Tổ dân phố số 5 sinh hoạt chuyên đề tháng 3/2024",
    None,
    [
        ("p", "Tối ngày 10/3/2024, Chi bộ Tổ dân phố số 5 tổ chức sinh hoạt chi bộ định kỳ kết hợp sinh hoạt "
              "chuyên đề với chủ đề “Nâng cao vai trò của đảng viên trong xây dựng tổ dân phố văn minh, sạch đẹp”. "
              "Dự buổi sinh hoạt có đồng chí Phó Bí thư Thường trực Đảng uỷ phường, đồng chí đảng uỷ viên phụ "
              "trách khu vực và 42/45 đảng viên của Chi bộ (3 đồng chí vắng có lý do)."),
        ("p", "Mở đầu buổi sinh hoạt, Chi bộ đã đánh giá kết quả thực hiện nghị quyết tháng 2, trong đó nổi bật là "
              "việc vận động các hộ gia đình đóng góp 86 triệu đồng lát lại ngõ 12 và lắp 20 bóng điện chiếu sáng; "
              "tổ chức thăm hỏi, tặng quà 14 gia đình chính sách, hộ khó khăn nhân dịp Tết Nguyên đán Giáp Thìn."),
        ("img", "IMG_20240310_193512.jpg", "Đồng chí Bí thư Chi bộ quán triệt nội dung sinh hoạt chuyên đề"),
        ("p", "Tại phần sinh hoạt chuyên đề, các đảng viên đã thẳng thắn trao đổi về những việc đã làm được và chưa "
              "làm được. Nhiều ý kiến cho rằng, việc phân loại rác thải tại nguồn mới thực hiện được ở khoảng 60% "
              "số hộ; một số hộ còn để vật liệu xây dựng lấn chiếm vỉa hè; việc đóng góp các loại quỹ ở một vài hộ "
              "còn chậm. Mỗi đảng viên cần gương mẫu từ gia đình mình, đồng thời nhận phụ trách vận động các hộ "
              "xung quanh."),
        ("p", "Chi bộ thống nhất giao cho mỗi đảng viên phụ trách từ 5 đến 7 hộ gia đình; phối hợp với Ban công tác "
              "Mặt trận, Chi hội Phụ nữ, Chi hội Cựu chiến binh tổ chức ra quân tổng vệ sinh vào sáng Chủ nhật cuối "
              "mỗi tháng; phấn đấu đến hết năm 2024 có 100% hộ thực hiện phân loại rác thải tại nguồn."),
        ("img", "IMG_20240310_201044.jpg", "Các đảng viên phát biểu ý kiến tại buổi sinh hoạt"),
        ("p", "Phát biểu tại buổi sinh hoạt, đồng chí Phó Bí thư Thường trực Đảng uỷ phường ghi nhận sự chuẩn bị "
              "chu đáo, nội dung thiết thực của Chi bộ và đề nghị Chi bộ tiếp tục duy trì nền nếp sinh hoạt, phát "
              "huy tinh thần tự phê bình và phê bình, lựa chọn những việc cụ thể, dễ kiểm tra để đưa vào nghị quyết."),
    ])

ARCHIVE13 = [
    "Chi bộ Tổ dân phố số 5 sinh hoạt chuyên đề tháng 3/2024",
    "Hội nghị đảng viên Chi bộ triển khai nhiệm vụ năm 2024",
    "Trao Huy hiệu 55 năm tuổi Đảng cho đồng chí Phạm Văn Lợi",
    "Thăm, tặng quà các gia đình chính sách dịp Tết Giáp Thìn",
    "Ra quân tổng vệ sinh môi trường chào Xuân",
    "Chi bộ tổng kết công tác năm 2023",
    "Kết quả đánh giá, xếp loại đảng viên năm 2023",
    "Sinh hoạt chi bộ tháng 11: Học tập chuyên đề năm 2023",
    "Ngày hội Đại đoàn kết toàn dân tộc tại Tổ dân phố số 5",
    "Vận động ủng hộ Quỹ “Vì người nghèo” năm 2023",
    "Chi bộ sinh hoạt chuyên đề tháng 9/2023",
    "Tổ dân phố số 5 khánh thành nhà văn hóa",
]


def page13():
    rng = random.Random("blogger-thaibinh-13")
    pub = T("2024-03-11 20:15")
    blog = "https://chibotdp5tienphong.blogspot.com"
    url = f"{blog}/2024/03/chi-bo-to-dan-pho-so-5-sinh-hoat-chuyen.html"
    blog_id, post_id = str(rng.randint(10 ** 18, 10 ** 19 - 1)), str(rng.randint(10 ** 18, 10 ** 19 - 1))
    profile = "Chi bộ TDP 5 Tiền Phong"
    byline = "Trần Minh Đức"

    def img(src, cap, alt, n):
        key = "AVvXsE" + alnum(rng, 180)
        return (f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                f'<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{key}/s1600/{src}" style="margin-left: auto; margin-right: auto;">'
                f'<img border="0" data-original-height="1200" data-original-width="1600" height="300" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/{key}/w400-h300/{src}" width="400" /></a></td></tr>'
                f'<tr><td class="tr-caption" style="text-align: center;">{cap}</td></tr></tbody></table>')

    body = ART13.render(p=lambda t: f'<p style="text-align: justify;">{t}</p>', img=img)
    body += f'<div style="text-align: right;"><b>{esc(byline)}</b></div>'
    body = nfd(body)
    title = nfd(ART13.title)
    dates = ["tháng 3 2024 (1)", "tháng 2 2024 (4)", "tháng 1 2024 (3)", "tháng 12 2023 (5)", "tháng 11 2023 (2)"]
    archive = "".join(
        f'<li class="archivedate"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a>'
        f'<a class="post-count-link" href="{blog}/2024/0{3 - i if i < 3 else 1}/">{esc(d)}</a><ul class="posts">' +
        "".join(f'<li><a href="{blog}/2024/0{max(1, 3 - i)}/{slugify(t)[:40]}.html">{esc(t)}</a></li>' for t in ARCHIVE13[2 * i + 1: 2 * i + 3]) +
        "</ul></li>" for i, d in enumerate(dates))
    template_css = css_blob(rng, "blogger", 620)
    widgets = "".join(
        f"_WidgetManager._RegisterWidget('_{w}', new _WidgetInfo('{w}{i}', '{side}', document.getElementById('{w}{i}'), {{'title': '{t}', 'navMessage': '', 'dateFormat': 'dddd, d \\'tháng\\' M, yyyy', 'languageDirection': 'ltr', 'feedLinks': '\\x3clink rel\\x3d\\x22alternate\\x22 type\\x3d\\x22application/atom+xml\\x22 href\\x3d\\x22{blog}/feeds/posts/default\\x22 /\\x3e', 'token': '{alnum(rng, 40)}'}}, 'displayModeFull'));"
        for i, (w, side, t) in enumerate([("Header", "header", "Chi bộ Tổ dân phố số 5"), ("Blog", "main", ""),
                                           ("BlogArchive", "sidebar-right-1", "Lưu trữ Blog"), ("Profile", "sidebar-right-1", "Giới thiệu về tôi"),
                                           ("Label", "sidebar-right-1", "Nhãn"), ("PopularPosts", "sidebar-right-1", "Bài đăng phổ biến"),
                                           ("Attribution", "footer-3", ""), ("Navbar", "navbar", "")] * 6))
    html = f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{blog}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{url}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Chi bộ Tổ dân phố số 5 - Atom" href="{blog}/feeds/posts/default" />
<link rel="service.post" type="application/atom+xml" title="Chi bộ Tổ dân phố số 5 - Atom" href="https://www.blogger.com/feeds/{blog_id}/posts/default" />
<meta content='{url}' property='og:url'/>
<meta content='{esc(title, attr=True)}' property='og:title'/>
<title>Chi bộ Tổ dân phố số 5: {esc(title)}</title>
<style id='page-skin-1' type='text/css'><!--
/* Name: Simple  Designer: Blogger  URL: www.blogger.com */
{template_css}
--></style>
<script type='text/javascript'>var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-{rng.randint(10000000, 99999999)}-1']);_gaq.push(['_trackPageview']);</script>
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Thanh điều hướng'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">function setAttributeOnload(object,attribute,val){{if(window.addEventListener){{window.addEventListener('load',function(){{object[attribute]=val;}},false);}}else{{window.attachEvent('onload',function(){{object[attribute]=val;}});}}}}</script>
<div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header section' id='header' name='Tiêu đề'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{blog}/'>Chi bộ Tổ dân phố số 5</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Đảng bộ phường Tiền Phong - Thành phố Thái Bình</span></p></div></div></div></div></div></header>
<div class='main-outer'><div class='columns fauxcolumns'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Chính'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>{wd(pub)}, {pub.day} tháng {pub.month}, {pub.year}</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{alnum(rng, 60)}/w400-h300/IMG_20240310_193512.jpg' itemprop='image_url'/>
<meta content='{blog_id}' itemprop='blogId'/>
<meta content='{post_id}' itemprop='postId'/>
<a name='{post_id}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{esc(title)}
</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{post_id}' itemprop='description articleBody'>
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
Đăng bởi
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='https://www.blogger.com/profile/{rng.randint(10 ** 19, 10 ** 20 - 1)}' itemprop='url'/>
<a class='g-profile' href='https://www.blogger.com/profile/{rng.randint(10 ** 19, 10 ** 20 - 1)}' rel='author' title='author profile'>
<span itemprop='name'>{esc(profile)}</span>
</a>
</span>
</span>
<span class='post-timestamp'>
vào lúc
<meta content='{url}' itemprop='url'/>
<a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{pub.strftime("%Y-%m-%dT%H:%M:00+07:00")}'>{hm(pub)}</abbr></a>
</span>
<span class='post-comment-link'></span>
<span class='post-icons'><span class='item-control blog-admin pid-{rng.randint(10 ** 8, 10 ** 9)}'><a href='https://www.blogger.com/post-edit.g?blogID={blog_id}&postID={post_id}&from=pencil' title='Sửa Bài đăng'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID={blog_id}&postID={post_id}&target=email' target='_blank' title='Gửi email bài đăng này'><span class='share-button-link-text'>Gửi email bài đăng này</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID={blog_id}&postID={post_id}&target=facebook' title='Chia sẻ lên Facebook'><span class='share-button-link-text'>Chia sẻ lên Facebook</span></a></div>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>
Nhãn:
<a href='{blog}/search/label/Sinh%20ho%E1%BA%A1t%20chi%20b%E1%BB%99' rel='tag'>Sinh hoạt chi bộ</a>,
<a href='{blog}/search/label/Tin%20ho%E1%BA%A1t%20%C4%91%E1%BB%99ng' rel='tag'>Tin hoạt động</a>
</span></div>
</div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>Không có nhận xét nào:</h4><div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'></dl></div>
<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Đăng nhận xét</h4><p></p><a href='https://www.blogger.com/comment/frame/{blog_id}?po={post_id}&hl=vi&saa=85391&origin={blog}' id='comment-editor-src'></a><iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div></p></div>
</div>
</div></div>
</div>
<div class='blog-pager' id='blog-pager'>
<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{blog}/2024/03/hoi-nghi-dang-vien.html' id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span>
<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{blog}/2024/02/trao-huy-hieu-55-nam-tuoi-ang-cho-ong.html' id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span>
<a class='home-link' href='{blog}/'>Trang chủ</a>
</div>
<div class='clear'></div>
<div class='post-feeds'><div class='feed-links'>Đăng ký: <a class='feed-link' href='{url.replace('.html', '')}/feeds/{post_id}/comments/default' target='_blank' type='application/atom+xml'>Đăng Nhận xét (Atom)</a></div></div>
</div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside>
<div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>Giới thiệu về tôi</h2><div class='widget-content'><a href='https://www.blogger.com/profile/1'><img alt='Ảnh của tôi' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/{alnum(rng, 40)}/s80/logo-dang.png' width='80'/></a><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/1' rel='author'>{esc(profile)}</a></dt></dl><a class='profile-link' href='https://www.blogger.com/profile/1' rel='author'>Xem hồ sơ hoàn chỉnh của tôi</a></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Lưu trữ Blog</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='{blog}/2024/'>2024</a><ul class='hierarchy'>{archive}</ul></li></ul></div></div></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Nhãn</h2><div class='widget-content list-label-widget-content'><ul><li><a dir='ltr' href='{blog}/search/label/Sinh%20ho%E1%BA%A1t%20chi%20b%E1%BB%99'>Sinh hoạt chi bộ</a><span dir='ltr'>(24)</span></li><li><a dir='ltr' href='{blog}/search/label/Tin%20ho%E1%BA%A1t%20%C4%91%E1%BB%99ng'>Tin hoạt động</a><span dir='ltr'>(57)</span></li><li><a dir='ltr' href='{blog}/search/label/V%C4%83n%20b%E1%BA%A3n'>Văn bản</a><span dir='ltr'>(12)</span></li></ul></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Bài đăng phổ biến</h2><div class='widget-content popular-posts'><ul>{"".join(f"<li><div class='item-title'><a href='{blog}/2023/{10 + i % 3}/{slugify(t)[:40]}.html'>{esc(t)}</a></div></li>" for i, t in enumerate(ARCHIVE13[6:11]))}</ul></div></div>
<div class='widget LinkList' data-version='1' id='LinkList1'><h2>Liên kết</h2><div class='widget-content'><ul>{"".join(f"<li><a href='https://{slugify(m)[:16]}.vn'>{esc(m)}</a></li>" for m in MINISTRIES)}</ul></div></div>
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Chủ đề Đơn giản. Được tạo bởi <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/{rng.randint(10 ** 9, 10 ** 10)}-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = '{alnum(rng, 60)}:{rng.randint(10 ** 12, 10 ** 13)}';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d{blog_id}','//chibotdp5tienphong.blogspot.com/2024/03/chi-bo-to-dan-pho-so-5-sinh-hoat-chuyen.html','{blog_id}');
_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{blog_id}', 'title': 'Chi bộ Tổ dân phố số 5', 'url': '{url}', 'canonicalUrl': '{url}', 'homepageUrl': '{blog}/', 'searchUrl': '{blog}/search', 'pageType': 'item', 'postId': '{post_id}', 'pageName': '{esc(ART13.title, attr=True)}', 'pageTitle': 'Chi bộ Tổ dân phố số 5: {esc(ART13.title, attr=True)}', 'locale': 'vi', 'localeUnderscoreDelimited': 'vi', 'languageDirection': 'ltr', 'isPrivate': false, 'enabledCommentProfileImages': true, 'analyticsAccountNumber': 'UA-1-1', 'encoding': 'UTF-8', 'adultContent': false, 'feedLinks': '', 'meTag': ''}}}}]);
{widgets}
_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'main', document.getElementById('Blog1'), {{'cmtInteractionsEnabled': false, 'lightboxEnabled': true, 'lightboxModuleUrl': 'https://www.blogger.com/static/v1/jsbin/{rng.randint(10 ** 9, 10 ** 10)}-lbx__vi.js', 'lightboxCssUrl': 'https://www.blogger.com/static/v1/v-css/{rng.randint(10 ** 9, 10 ** 10)}-lightbox_bundle.css'}}, 'displayModeFull'));
</script>
</body>
</html>"""
    return dict(
        family="blogger", name="chibo-tdp5-nfd-profile-name", url=url,
        content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART13, published=iso_min(pub), author=byline, category=None),
        traps={"bylines": [profile], "related": ARCHIVE13[1:9],
               "chrome": ["Bài đăng Mới hơn", "Bài đăng Cũ hơn", "Không có nhận xét nào:", "Đăng nhận xét",
                          "Gửi email bài đăng này"]},
        notes="Blogger 'Simple' template of a Chi bộ. Post title and body were typed in decomposed Unicode (NFD, "
              "'Unicode tổ hợp'); expectations are NFC. Old tone placement 'Đảng uỷ' kept as printed. Date header "
              "'Thứ Hai, 11 tháng 3, 2024' + post-timestamp 'vào lúc 20:15' with abbr.published title ISO. 'Đăng "
              "bởi <profile>' is the blog profile name (not an author); the byline is the right-aligned bold last "
              "div 'Trần Minh Đức'. Captions in tr-caption-container tables. No breadcrumb (labels are tags) → "
              "category null. Newer/Older links without titles; Blog Archive widget lists other post titles.",
        readme="Blogger; NFD-typed post, 'uỷ' old tone, profile name ≠ author, tr-caption tables, date header + "
               "separate time, no breadcrumb",
    )


# =====================================================================
# Page 14: Báo Hà Tĩnh on a press CMS — credit inside figcaption, comments, time-first date
# =====================================================================
ART14 = Art(
    "Lộc Hà phát huy vai trò Mặt trận trong xây dựng nông thôn mới kiểu mẫu",
    "Với vai trò nòng cốt trong tập hợp, vận động Nhân dân, Mặt trận Tổ quốc và các đoàn thể huyện Lộc Hà đã "
    "khơi dậy sức dân, góp phần đưa nhiều xã về đích nông thôn mới nâng cao, kiểu mẫu.",
    [
        ("p", "Những ngày giữa tháng 10, trên các tuyến đường ở xã Thạch Kim, người dân tất bật trồng hoa, dọn vệ "
              "sinh, chỉnh trang hàng rào. Ông Nguyễn Văn Lục, Trưởng Ban công tác Mặt trận thôn Kim Đông cho biết, "
              "chỉ trong 3 tháng, bà con trong thôn đã hiến hơn 1.200 m² đất, tháo dỡ 850 m tường rào để mở rộng "
              "đường, đóng góp trên 400 triệu đồng cùng hàng nghìn ngày công."),
        ("p", "Theo Ủy ban MTTQ huyện, từ đầu năm đến nay, các tầng lớp Nhân dân trong huyện đã đóng góp trên 35 tỷ "
              "đồng, hiến hơn 20.000 m² đất để xây dựng nông thôn mới. Cuộc vận động “Toàn dân đoàn kết xây dựng "
              "nông thôn mới, đô thị văn minh” được cụ thể hóa bằng các mô hình “Khu dân cư nông thôn mới kiểu "
              "mẫu”, “Vườn mẫu”, “Tuyến đường hoa”."),
        ("img", "https://cdn.baohatinh.vn/images/2024/10/15/thach-kim-chinh-trang.jpg",
         "Người dân xã Thạch Kim góp công chỉnh trang tuyến đường ven biển"),
        ("p", "Bà Trần Thị Hương, Chủ tịch Ủy ban MTTQ huyện Lộc Hà cho biết, để phát huy vai trò chủ thể của người "
              "dân, Mặt trận các cấp luôn coi trọng việc công khai, dân chủ; mọi công trình đều được đưa ra bàn bạc "
              "tại hội nghị thôn, người dân được tham gia giám sát từ khâu lựa chọn vật liệu đến nghiệm thu. Nhờ vậy, "
              "các khoản đóng góp được sử dụng đúng mục đích, tạo được niềm tin trong Nhân dân."),
        ("p", "Đến nay, toàn huyện có 12/12 xã đạt chuẩn nông thôn mới, 7 xã đạt chuẩn nông thôn mới nâng cao, 2 xã "
              "đạt chuẩn nông thôn mới kiểu mẫu và 46 khu dân cư nông thôn mới kiểu mẫu."),
        ("img", "https://cdn.baohatinh.vn/images/2024/10/15/phu-luu-ich-hau.jpg",
         "Một góc khu dân cư nông thôn mới kiểu mẫu thôn Phù Lưu, xã Ích Hậu"),
        ("p", "Thời gian tới, Mặt trận huyện tiếp tục đẩy mạnh tuyên truyền, vận động Nhân dân tham gia duy trì, "
              "nâng chất các tiêu chí; tập trung phát triển sản xuất, nâng cao thu nhập, xây dựng môi trường sống "
              "xanh - sạch - đẹp, giữ gìn an ninh trật tự ở khu dân cư."),
    ])


def page14():
    rng = random.Random("press-hatinh-14")
    prov = "Hà Tĩnh"
    pub = T("2024-10-15 06:30")
    host = "https://baohatinh.vn"
    h7 = hexid(rng, 7)
    url = f"{host}/mat-tran-doan-the/202410/loc-ha-phat-huy-vai-tro-mat-tran-trong-xay-dung-nong-thon-moi-kieu-mau-{h7}/"
    author, photo = "Anh Thư", "Đình Nhất"
    tree = menu_tree(rng, prov, "party", base="", n_communes=6, ext="/")
    heads = headlines(rng, 30, prov, exclude=[ART14.title], avoid=ART14.body)
    dts = days_before(pub, rng, 30, 0, 8)
    comment = "Mô hình hay, các địa phương khác nên học tập cách làm công khai, dân chủ như Lộc Hà."

    def img(src, cap, alt, n):
        w = rng.choice([1200, 1280, 1600])
        return (f'<figure class="picture" data-w="{w}"><img class="lazy" src="{host}/assets/images/blank.png" data-src="{src}" '
                f'data-srcset="{src}?w=480 480w, {src}?w=960 960w" alt="{alt}">'
                f'<figcaption class="desc">{cap}. Ảnh: {esc(photo)}</figcaption></figure>')

    body = ART14.render(img=img)
    nav = "".join(f'<li class="menu-item"><a href="{u}">{esc(l)}</a><ul class="menu-sub">' +
                  "".join(f'<li><a href="{ku}">{esc(kl)}</a></li>' for kl, ku, _ in kids) + "</ul></li>" for l, u, kids in tree)

    def item(t, d, cls):
        x = hexid(rng, 7)
        return (f'<article class="{cls}"><a class="{cls}__thumb" href="/chinh-tri/{d.strftime("%Y%m")}/{slugify(t)}-{x}/"><img class="lazy" src="{host}/assets/images/blank.png" data-src="https://cdn.baohatinh.vn/images/thumb/{hexid(rng, 10)}.jpg" alt=""></a>'
                f'<h3 class="{cls}__title"><a href="/chinh-tri/{d.strftime("%Y%m")}/{slugify(t)}-{x}/">{esc(t)}</a></h3>'
                f'<time class="{cls}__time" datetime="{d.strftime("%Y-%m-%dT%H:%M:00+07:00")}">{hm(d)} {dmy(d)}</time></article>')

    same = "".join(item(t, d, "story") for t, d in zip(heads[:8], dts))
    latest = "".join(item(t, d, "story-sm") for t, d in zip(heads[8:20], dts[8:20]))
    most = "".join(f'<li><a href="/tin-tuc/{slugify(t)}-{hexid(rng, 7)}/">{esc(t)}</a></li>' for t in heads[20:28])
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(ART14.title)} - Báo Hà Tĩnh</title>
<meta name="description" content="{esc(ART14.lead, attr=True)}">
<meta property="og:title" content="{esc(ART14.title, attr=True)}">
<meta property="og:image" content="https://cdn.baohatinh.vn/images/2024/10/15/thach-kim-chinh-trang.jpg">
<meta property="article:section" content="Mặt trận - Đoàn thể">
<link rel="amphtml" href="{host}/amp/mat-tran-doan-the/202410/loc-ha-phat-huy-vai-tro-mat-tran-trong-xay-dung-nong-thon-moi-kieu-mau-{h7}/">
<link rel="stylesheet" href="{host}/assets/css/main.min.css?v={hexid(rng, 8)}">
<style>{css_blob(rng, "bht", 380)}</style>
{ga_snippet(rng)}
</head>
<body class="page-detail">
<div class="topbar"><div class="container"><span class="topbar__date">{wd(T('2024-10-16'))}, 16/10/2024</span><a href="/bao-in/">Báo in</a><a href="/video/">Video</a><a href="/podcast/">Podcast</a><a href="/rss/">RSS</a></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="{host}/assets/images/logo.svg" alt="Báo Hà Tĩnh"></a></div>
<nav class="menu"><div class="container"><ul class="menu-list">{nav}</ul></div></nav></header>
<main class="container">
<div class="breadcrumb"><a href="/chinh-tri/">Chính trị</a> <span>›</span> <a href="/mat-tran-doan-the/">Mặt trận - Đoàn thể</a></div>
<div class="row">
<div class="col-main">
<article class="detail">
 <h1 class="detail__title">{esc(ART14.title)}</h1>
 <div class="detail__meta"><span class="detail__author">{esc(author)}</span> <span class="detail__time">{hm(pub)} {dmy(pub)}</span>
  <div class="detail__tools"><a href="#" class="font-down">A-</a><a href="#" class="font-up">A+</a><a href="javascript:window.print()">In bài</a><a href="#comment">Bình luận</a></div></div>
 <div class="detail__sapo">{esc(ART14.lead)}</div>
 <div class="detail__content" id="content">
{body}
 </div>
 <div class="detail__tags"><span>Tags:</span> <a href="/tag/loc-ha/">Lộc Hà</a> <a href="/tag/nong-thon-moi-kieu-mau/">nông thôn mới kiểu mẫu</a> <a href="/tag/mat-tran-to-quoc/">Mặt trận Tổ quốc</a></div>
</article>
<section class="comment" id="comment"><h3 class="comment__title">Ý kiến bạn đọc</h3>
 <form class="comment__form" action="/api/comment" method="post"><textarea name="content" placeholder="Nhập ý kiến của bạn"></textarea><input name="name" placeholder="Họ và tên"><input name="email" placeholder="Email"><button type="submit">Gửi ý kiến</button></form>
 <div class="comment__list"><div class="comment__item"><b>Nguyễn Văn Hải</b> <span>07:42 15/10/2024</span><p>{esc(comment)}</p></div></div></section>
<section class="related"><h3 class="related__title">Tin cùng chuyên mục</h3>{same}</section>
</div>
<aside class="col-side"><section class="box"><h3>Tin mới</h3>{latest}</section><section class="box"><h3>Đọc nhiều</h3><ol>{most}</ol></section>
<section class="box"><h3>Liên kết</h3>{"".join(f'<a href="https://{slugify(m)[:16]}.vn"><img class="lazy" src="{host}/assets/images/blank.png" data-src="https://cdn.baohatinh.vn/banner/{slugify(m)[:16]}.png" alt="{esc(m, attr=True)}"></a>' for m in MINISTRIES)}</section></aside>
</div>
</main>
<footer class="footer"><div class="container"><p>BÁO HÀ TĨNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH HÀ TĨNH</p>
<p>Giấy phép hoạt động báo điện tử số 100/GP-BTTTT. Địa chỉ: 52 Phan Đình Phùng, TP Hà Tĩnh. Điện thoại: 0239.385x.xxx</p></div></footer>
<script src="{host}/assets/js/vendor.min.js?v={hexid(rng, 8)}"></script>
<script>{fake_min_js(rng, 200, "BHT")}</script>
</body>
</html>
"""
    return dict(
        family="press_cms", name="hatinh-loc-ha-credit-in-figcaption", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART14, published=iso_min(pub), author=author, photographer=photo,
                          category="Mặt trận - Đoàn thể"),
        traps={"bylines": [author, f"Ảnh: {photo}"], "related": heads[:6] + heads[8:12],
               "chrome": [comment, "Ý kiến bạn đọc", "Tin cùng chuyên mục"]},
        notes="Provincial newspaper press CMS (/<cat>/<yyyymm>/<slug>-<7hex>/). Author name above the body next to "
              "a time-first stamp '06:30 15/10/2024'. Every figcaption ends with '. Ảnh: Đình Nhất' — the credit "
              "goes to photographer and is cut from the caption (together with the separating period). Lazy "
              "images with blank.png src. Reader comment under 'Ý kiến bạn đọc' must not leak into the body.",
        readme="Press CMS (Báo Hà Tĩnh); credit '. Ảnh: X' inside each figcaption, time-first stamp, author "
               "above body, reader comments, lazy images",
    )


PAGES = [page13, page14]
