"""Provincial newspaper CMSs (PHP in-house, ASP.NET MVC), series part, photo story, interview."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, alnum, expected, nlist, heads3, past)
from .shell import shell, side_box
from .p_01_party import mk


# =====================================================================
A8 = Art(
    "Thành phố Thái Hà ra mắt 15 tổ công nghệ số cộng đồng",
    "Sáng 14/6, Thành ủy Thái Hà tổ chức lễ ra mắt 15 tổ công nghệ số cộng đồng ở các phường, xã, với hơn 300 thành viên là đoàn viên thanh niên, công an, cán bộ tổ dân phố.",
    [
        ("p", "Các tổ công nghệ số cộng đồng có nhiệm vụ hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và kỹ năng nhận diện lừa đảo trên không gian mạng."),
        ("img", "/uploads/2024/06/14/to-cnscd-ra-mat.jpg", "Lãnh đạo Thành ủy trao quyết định thành lập cho các tổ công nghệ số cộng đồng. Ảnh: Quốc Nhật"),
        ("p", "Phát biểu tại buổi lễ, đồng chí Vũ Thị Hằng, Phó Bí thư Thành ủy đề nghị các tổ bám sát địa bàn, “đi từng ngõ, gõ từng nhà”, ưu tiên hỗ trợ người cao tuổi, người khuyết tật và hộ kinh doanh nhỏ."),
        ("img", "/uploads/2024/06/14/to-cnscd-huong-dan.jpg", "Thành viên tổ công nghệ số hướng dẫn người dân phường Đề Thám cài đặt ứng dụng. Ảnh: Quốc Nhật"),
        ("p", "Trước đó, từ tháng 3/2024, thành phố đã thí điểm mô hình tại phường Trần Lãm. Sau 3 tháng, tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình của phường đạt 78%, cao nhất thành phố."),
    ])


def page08():
    rng = random.Random("baotinh-php-thaiha-08")
    pub = T("2024-06-14 08:22")
    base = "https://baothaihung.vn"
    url = base + "/thoi-su/thanh-pho-thai-ha-ra-mat-15-to-cong-nghe-so-cong-dong-185240614.htm"
    tick = heads3(rng, 5, avoid=[A8.title])
    td = past(T("2024-06-16 11:00"), rng, 5, 0, 1)
    rel = heads3(rng, 4, avoid=[A8.title] + tick)
    more = heads3(rng, 6, avoid=[A8.title] + tick + rel)
    md = past(pub, rng, 6, 1, 6)
    body_blocks = list(A8.blocks)
    box = ('<div class="box-related-inline"><p class="tit">Tin liên quan</p><ul>' +
           "".join(f'<li><a href="/thoi-su/{slug(t)}.htm">{esc(t)}</a></li>' for t in rel[:3]) + '</ul></div>')
    body_blocks.insert(3, ("raw", box))
    art = Art(A8.title, A8.lead, body_blocks)
    body = art.render(p=lambda t: f'<p>{esc(t)}</p>',
                      img=lambda s, c, n: f'<div class="img-wrap" style="text-align:center"><img class="lazy" src="/images/blank.gif" data-src="{s}" alt="{esc(A8.title, True)} ảnh {n}"><div class="img-cap"><p>{esc(c)}</p></div></div>')
    main = f"""<div class="detail-cate"><a href="/thoi-su/">Thời sự</a><a href="/thoi-su/chinh-tri/" class="sub">Chính trị</a></div>
<h1 class="detail-title">{esc(A8.title)}</h1>
<div class="detail-author-date"><a class="author" href="/tac-gia/minh-thu.htm">Minh Thu</a>•<span class="time">14/06/2024 08:22</span> <span class="view"><i class="ic-eye"></i> 2.418</span></div>
<div class="detail-sapo"><p>{esc(A8.lead)}</p></div>
<div class="detail-tts"><button class="tts">Đọc bài</button></div>
<div class="detail-content">{body}</div>
<div class="detail-tags">Từ khóa: <a href="/tag/chuyen-doi-so.htm">#chuyển đổi số</a> <a href="/tag/thanh-uy-thai-ha.htm">#Thành ủy Thái Hà</a></div>
<div class="detail-share"><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Sao chép link</a></div>
<div class="detail-more"><h3 class="box-title">Đọc thêm</h3>{nlist(rng, more, "/thoi-su", md, fmt=lambda d: f"{dmy(d)} {hm(d)}", cls="more-news", ext=".htm")}</div>
<div class="detail-comment"><h3>Bình luận (2)</h3><div class="cmt"><b>Nguyễn Văn Bình</b> <span>15/06/2024 07:12</span><p>Mô hình rất thiết thực, mong được nhân rộng ra các xã.</p></div><div class="cmt"><b>Trần Thị Oanh</b> <span>15/06/2024 21:40</span><p>Người già như tôi rất cần được hướng dẫn tận nơi.</p></div></div>"""
    tick_html = "".join(f'<a href="/{slug(t)}.htm">{esc(t)}</a> <span>({hm(d)})</span> ' for t, d in zip(tick, td))
    top = (f'<div class="topbar"><span class="today">Chủ nhật, 16/6/2024</span> <a href="/epaper/">Báo in</a> <a href="/rss/">RSS</a></div>'
           f'<div class="logo"><a href="/"><img src="/img/logo-baothaihung.svg" alt="Báo Thái Hưng"></a></div>'
           f'<div class="ticker"><b>Tin mới:</b>{tick_html}</div>')
    side = side_box(rng, "Đọc nhiều", heads3(rng, 6, avoid=[A8.title] + tick + rel + more), past(pub, rng, 6, 0, 3), None, "mostread") + \
        '<div class="epaper-box"><h3>Báo in</h3><p>Số 6.120 - Thứ Bảy, 15/6/2024</p></div>'
    html = shell(rng, title=A8.title + " | Báo Thái Hưng điện tử", org="BTH", prefix="bth", kb=160, top=top, crumbs="", main=main, side=side,
                 items=[("Thời sự", ["Chính trị", "Xây dựng Đảng", "Nội chính"]), ("Kinh tế", ["Nông nghiệp", "Doanh nghiệp"]),
                        ("Xã hội", ["Giáo dục", "Y tế", "Lao động"]), ("Văn hóa", ["Du lịch", "Văn nghệ"]), ("Thể thao", []), ("Bạn đọc", []), ("Multimedia", ["Video", "Ảnh", "E-magazine"])],
                 foot_org="Báo Thái Hưng - Cơ quan của Đảng bộ tỉnh Thái Hưng", addr="Số 10 đường Lê Lợi, TP Thái Hà", phone="0227.3831.125",
                 head_extra=f'<meta property="og:title" content="{esc(A8.title, True)}" /><meta property="article:published_time" content="2024-06-14T08:22:00+07:00" />')
    return mk("baotinh_php_fusion_byline", "thaihung-bao-thaiha-author-dot-date-fusion-lazy-captions-credit-inline-related-comments", url, html,
              expected(art, iso(pub), author="Minh Thu", category="Chính trị"),
              {"bylines": ["Minh Thu•"], "related": rel[:3] + more[:2] + tick[:2], "chrome": ["Tin liên quan", "Đọc thêm", "Đọc bài", "Từ khóa:", "Bình luận (2)", "Sao chép link"],
               "comments": ["Mô hình rất thiết thực, mong được nhân rộng ra các xã.", "15/06/2024 07:12"],
               "dates": ["Chủ nhật, 16/6/2024", "Số 6.120 - Thứ Bảy, 15/6/2024"]},
              "Provincial newspaper PHP in-house CMS. Byline and date fused 'Minh Thu•14/06/2024 08:22' (author link, bullet, "
              "time) → author 'Minh Thu', 2024-06-14T08:22+07:00 (og time agrees). Header 'Chủ nhật, 16/6/2024' and the ticker "
              "(times of the 16th) are chrome. Lazy images (data-src, blank.gif src) with caption divs ending '. Ảnh: Quốc "
              "Nhật' → kept whole, photographer null (credit inside captions, as in earlier sets). In-body 'Tin liên quan' box "
              "between paragraphs, tags, 'Đọc bài' TTS button, comments with dates. Category = last of the two category "
              "links 'Chính trị' (sub-category).",
              "Provincial newspaper PHP CMS; fused 'Name•dd/mm/yyyy HH:MM' byline-date, ticker with times, lazy data-src images with '. Ảnh: X' inside captions, in-body related box, tags, TTS button, dated comments, two-level category links")


# =====================================================================
A9 = Art(
    "Bí thư Huyện ủy Đầm Hà: “Cán bộ phải đến với dân bằng cái tâm”",
    "Nhân dịp tổng kết 5 năm thực hiện Quy chế dân chủ ở cơ sở, phóng viên có cuộc trò chuyện với đồng chí Lục Văn Sinh, Bí thư Huyện ủy Đầm Hà về những kết quả và bài học kinh nghiệm trong công tác dân vận.",
    [
        ("p", "PV: Thưa đồng chí, kết quả nổi bật nhất của Đầm Hà trong thực hiện Quy chế dân chủ ở cơ sở thời gian qua là gì?"),
        ("p", "Đồng chí Lục Văn Sinh: Điều tôi tâm đắc nhất là niềm tin của nhân dân với cấp ủy, chính quyền được củng cố. 5 năm qua, huyện không có vụ khiếu kiện đông người, vượt cấp; người dân tự nguyện hiến hơn 42.000 m² đất để làm đường, xây nhà văn hóa thôn."),
        ("p", "PV: Để có được sự đồng thuận đó, huyện đã làm gì, thưa đồng chí?"),
        ("p", "Đồng chí Lục Văn Sinh: Chúng tôi quy định Bí thư, Chủ tịch các xã mỗi tháng phải tiếp dân ít nhất 2 buổi, trực tiếp đối thoại ở thôn, bản khi có vụ việc phát sinh. Cán bộ phải đến với dân bằng cái tâm, nói đi đôi với làm, việc gì hứa với dân thì phải làm đến nơi đến chốn."),
        ("img", "/Content/upload/2024/06/bi-thu-dam-ha-doi-thoai.jpg", "Đồng chí Lục Văn Sinh đối thoại với nhân dân xã Quảng Lợi"),
        ("p", "PV: Thời gian tới, huyện đặt ra những nhiệm vụ gì để tiếp tục phát huy dân chủ ở cơ sở?"),
        ("p", "Đồng chí Lục Văn Sinh: Huyện sẽ đẩy mạnh chuyển đổi số trong tiếp nhận, xử lý phản ánh, kiến nghị của người dân; nhân rộng mô hình “Dân vận khéo”, gắn với thi đua xây dựng nông thôn mới nâng cao, bảo đảm mọi chủ trương lớn đều được lấy ý kiến nhân dân."),
        ("p", "PV: Xin cảm ơn đồng chí!"),
    ])


def page09():
    rng = random.Random("mvc-interview-damha-09")
    pub = T("2024-06-11 20:02")
    base = "https://baohaininh.org.vn"
    url = base + "/bi-thu-huyen-uy-dam-ha-can-bo-phai-den-voi-dan-bang-cai-tam-3298811.html"
    rel = heads3(rng, 6, avoid=[A9.title])
    rd = past(pub, rng, 6, 1, 12)
    art = A9
    body = art.render(p=lambda t: (f'<p><strong>{esc(t)}</strong></p>' if t.startswith("PV:") else
                                   f'<p><strong>Đồng chí Lục Văn Sinh:</strong> {esc(t.split(": ", 1)[1])}</p>' if t.startswith("Đồng chí Lục Văn Sinh:") else f"<p>{esc(t)}</p>"),
                      img=lambda s, c, n: f'<figure class="expNoEdit"><img src="{s}" alt="{esc(c, True)}" /><figcaption class="PhotoCMS_Caption"><p>{esc(c)}</p></figcaption></figure>')
    main = f"""<div class="breadcrumb-detail"><a href="/">Trang chủ</a><a href="/chinh-tri/">Chính trị</a><a href="/chinh-tri/dan-van/">Dân vận</a></div>
<article class="article-detail"><div class="article-meta-top"><span class="format">PHỎNG VẤN</span> <span class="date">Thứ ba, 20:02, 11/06/2024</span></div>
<h1 class="article-title">{esc(A9.title)}</h1>
<div class="article-author-top"><span>Thu Hà (thực hiện)</span></div>
<h2 class="article-sapo">{esc(A9.lead)}</h2>
<div class="article-body">{body}</div>
<div class="article-foot"><a class="btn-print" href="#">In</a> <a class="btn-mail" href="#">Email</a> <span class="zalo-share-button" data-href="{url}">Zalo</span></div>
</article>
<section class="box-cung-chuyen-muc"><h3>Cùng chuyên mục</h3>{nlist(rng, rel, "/chinh-tri/dan-van", rd, fmt=lambda d: f"{wd(d)}, {hm(d)}, {dmy(d)}", cls="ccm")}</section>"""
    top = '<div class="header-top"><span class="date-now">Thứ tư, 12/06/2024</span><a href="/video/">Video</a><a href="/podcast/">Podcast</a></div><div class="header-logo"><img src="/Content/img/logo-bhn.png" alt="Báo Hải Ninh" /></div>'
    side = side_box(rng, "Tiêu điểm", heads3(rng, 5, avoid=[A9.title] + rel), past(pub, rng, 5), None, "tieudiem")
    html = shell(rng, title=A9.title + " - Báo Hải Ninh điện tử", org="BQN", prefix="bqn", kb=150, top=top, crumbs="", main=main, side=side,
                 foot_org="Báo Hải Ninh", addr="Số 71 đường Nguyễn Văn Cừ, TP Hạ Long", phone="0203.3835.542")
    return mk("baotinh_aspnet_mvc", "haininh-damha-interview-time-before-date-pv-bold-questions-thuc-hien-top", url, html,
              expected(art, iso(pub), author="Thu Hà", category="Dân vận"),
              {"bylines": ["Thu Hà (thực hiện)"], "chrome": ["PHỎNG VẤN", "Cùng chuyên mục", "Tiêu điểm"],
               "dates": ["Thứ tư, 12/06/2024"], "related": rel[:3]},
              "Provincial newspaper ASP.NET MVC, interview. Stamp 'Thứ ba, 20:02, 11/06/2024' (time before date, as vov) → "
              "20:02; 'Cùng chuyên mục' entries in the same format. Byline above the sapo 'Thu Hà (thực hiện)' → 'Thu Hà'. "
              "h2 sapo = lead. Questions are bold 'PV: …' paragraphs (label kept, body); answers start with a bold speaker "
              "label 'Đồng chí Lục Văn Sinh:' (kept). 'PV: Xin cảm ơn đồng chí!' is body. Format kicker 'PHỎNG VẤN' is not "
              "the category; category = last crumb 'Dân vận'.",
              "Provincial newspaper ASP.NET MVC interview; 'Thứ ba, 20:02, 11/06/2024' time-before-date, 'X (thực hiện)' above h2 sapo, bold 'PV:' questions and bold speaker labels, format kicker ≠ category, same-format related dates")


# =====================================================================
A10 = Art(
    "Hội Nông dân huyện Hải Hà hỗ trợ hội viên tiêu thụ nông sản qua sàn thương mại điện tử",
    None,
    [
        ("p", "Thời gian qua, Hội Nông dân huyện Hải Hà đã phối hợp với Bưu điện huyện hướng dẫn hơn 600 hội viên mở gian hàng trên sàn thương mại điện tử Postmart và Voso, đưa 27 sản phẩm nông sản chủ lực của địa phương lên bán trực tuyến."),
        ("p", "Anh Triệu Văn Phúc ở xã Quảng Sơn, chủ cơ sở sản xuất miến dong, cho biết từ khi có gian hàng trực tuyến, mỗi tháng anh bán thêm được khoảng 1,5 tấn miến, khách hàng ở tận Thành phố Hồ Chí Minh, Đà Nẵng."),
        ("img", "/wp-content/uploads/2024/06/mien-dong-hai-ha-1024x683.jpg", "Hội viên nông dân xã Quảng Sơn đóng gói miến dong bán trên sàn thương mại điện tử"),
        ("p", "Để hội viên yên tâm sản xuất, Hội còn phối hợp với Phòng Nông nghiệp huyện hướng dẫn quy trình sản xuất an toàn, truy xuất nguồn gốc bằng mã QR; hỗ trợ 9 sản phẩm đạt chuẩn OCOP 3 sao trở lên."),
        ("p", "Năm 2024, Hội Nông dân huyện phấn đấu có thêm 300 hội viên tham gia kinh doanh trực tuyến, doanh thu qua sàn thương mại điện tử đạt 5 tỷ đồng."),
    ])


def page10():
    rng = random.Random("wp-classic-hnd-10")
    pub = T("2024-06-19")
    base = "https://hoinongdanhaiha.org.vn"
    url = base + "/2024/06/19/hoi-nong-dan-huyen-hai-ha-ho-tro-hoi-vien-tieu-thu-nong-san/"
    rel = heads3(rng, 3, avoid=[A10.title])
    body = A10.render(img=lambda s, c, n: f'<div id="attachment_{rng.randint(2000, 3000)}" style="width: 1034px" class="wp-caption aligncenter"><img decoding="async" aria-describedby="caption-attachment-{n}" class="size-large wp-image-2291" src="{s}" width="1024" height="683" srcset="{s} 1024w, {s.replace("1024x683", "300x200")} 300w" /><p id="caption-attachment-{n}" class="wp-caption-text">{esc(c)}</p></div>')
    main = f"""<div id="post-2290" class="post-2290 post type-post status-publish format-standard hentry category-tin-hoat-dong tag-thuong-mai-dien-tu">
<h1 class="entry-title">{esc(A10.title)}</h1>
<div class="entry-meta"><span class="meta-prep meta-prep-author">Đăng vào</span> <a href="{url}" rel="bookmark"><span class="entry-date">Tháng Sáu 19, 2024</span></a> <span class="meta-sep">bởi</span> <span class="author vcard"><a class="url fn n" href="/author/hnd_admin/">hnd_admin</a></span></div>
<div class="entry-content">{body}
<p style="text-align: right;"><em>Lê Minh – Hội Nông dân huyện Hải Hà</em></p>
<div class="sharedaddy"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Zalo</a></li></ul></div></div>
<div class="entry-utility">Bài này được đăng trong <a href="/category/tin-hoat-dong/" rel="category tag">Tin hoạt động</a> và được gắn thẻ <a href="/tag/thuong-mai-dien-tu/" rel="tag">thương mại điện tử</a>. Đánh dấu <a href="{url}" rel="bookmark">đường dẫn tĩnh</a>.</div>
</div>
<div id="nav-below" class="navigation"><div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">←</span> {esc(rel[0])}</a></div><div class="nav-next"><a href="#" rel="next">{esc(rel[1])} <span class="meta-nav">→</span></a></div></div>
<div id="comments"><h3 id="comments-title">Một phản hồi cho <em>{esc(A10.title)}</em></h3><ol class="commentlist"><li class="comment"><div class="comment-author vcard"><cite class="fn">Hoàng Thị Lý</cite> <span class="says">viết:</span></div><div class="comment-meta commentmetadata"><a href="#">Tháng Sáu 21, 2024 lúc 7:45 sáng</a></div><p>Hội làm rất hay, xã tôi cũng muốn học tập cách làm này.</p></li></ol>
<div id="respond"><h3 id="reply-title">Trả lời</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><input type="submit" value="Phản hồi" /></form></div></div>"""
    top = '<div id="header"><div id="site-title"><a href="/">Hội Nông dân huyện Hải Hà</a></div><div id="site-description">Đồng hành cùng nhà nông</div><img src="/wp-content/themes/twentyten/images/headers/path.jpg" width="940" height="198" alt="" /></div>'
    recent = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in heads3(rng, 5, avoid=[A10.title] + rel))
    side = ('<ul class="xoxo"><li class="widget-container widget_search"><form role="search"><input type="text" name="s" /><input type="submit" value="Tìm kiếm" /></form></li>'
            f'<li class="widget-container widget_recent_entries"><h3 class="widget-title">Bài viết mới</h3><ul>{recent}</ul></li>'
            '<li class="widget-container widget_archive"><h3 class="widget-title">Lưu trữ</h3><ul><li><a href="#">Tháng Sáu 2024</a></li><li><a href="#">Tháng Năm 2024</a></li><li><a href="#">Tháng Tư 2024</a></li></ul></li>'
            '<li class="widget-container widget_calendar"><h3 class="widget-title">Lịch</h3><table id="wp-calendar"><caption>Tháng Sáu 2024</caption><tr><td>17</td><td>18</td><td id="today">19</td><td>20</td></tr></table></li></ul>')
    html = shell(rng, title=A10.title + " | Hội Nông dân huyện Hải Hà", org="HND", prefix="tt", kb=92, top=top, crumbs="", main=main, side=side,
                 items=[("Trang chủ", []), ("Giới thiệu", ["Ban Chấp hành", "Cơ sở Hội"]), ("Tin hoạt động", []), ("Mô hình hay", []), ("Văn bản", [])],
                 foot_org="Hội Nông dân huyện Hải Hà", addr="Thị trấn Quảng Hà, huyện Hải Hà", phone="0203.3879.114",
                 head_extra='<meta name="generator" content="WordPress 5.2.21" /><link rel="stylesheet" id="twentyten-block-style-css" href="/wp-content/themes/twentyten/blocks.css" />')
    return mk("wp_classic_twentyten", "haininh-haiha-hnd-wp-vi-locale-thang-sau-19-account-em-foot-unit", url, html,
              expected(A10, isod(pub), author="Lê Minh", unit="Hội Nông dân huyện Hải Hà", category="Tin hoạt động"),
              {"bylines": ["Lê Minh – Hội Nông dân huyện Hải Hà", "hnd_admin"], "chrome": ["Chia sẻ:", "Bài này được đăng trong", "Một phản hồi cho", "Bài viết mới", "Lưu trữ"],
               "comments": ["Hội làm rất hay, xã tôi cũng muốn học tập cách làm này.", "Tháng Sáu 21, 2024 lúc 7:45 sáng"], "related": rel[:2]},
              "WordPress classic Twenty Ten theme (old district mass-organisation site). WP vi locale date 'Tháng Sáu 19, 2024' "
              "(format 'F j, Y' with Vietnamese month names — month word first, day after) → 2024-06-19, date only; comment "
              "dated 'Tháng Sáu 21, 2024 lúc 7:45 sáng'. 'bởi hnd_admin' = account. Italic right-aligned last paragraph 'Lê Minh "
              "– Hội Nông dân huyện Hải Hà' → author + unit (the unit happens to equal the site owner). wp-caption div with "
              "p.wp-caption-text caption. No lead. Category from entry-utility 'Tin hoạt động' (no crumb). Prev/next titles.",
              "WordPress Twenty Ten; vi-locale 'Tháng Sáu 19, 2024' (month word before the day), 'bởi <account>', italic right 'Name – Unit' foot line, wp-caption, entry-utility category, comment with 'lúc 7:45 sáng', calendar widget")


# =====================================================================
A11 = Art(
    "Xã Tân Lập tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024 tại thôn Bản Mới",
    None,
    [
        ("p", "Ngày 15-6, Ban Công tác Mặt trận thôn Bản Mới, xã Tân Lập tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024. Đây là thôn được chọn tổ chức điểm của xã năm nay."),
        ("p", "Năm qua, nhân dân thôn Bản Mới đã đóng góp hơn 180 triệu đồng và 1.200 ngày công để bê tông hóa 1,2 km đường nội thôn, lắp đặt 40 bóng đèn chiếu sáng; 96% hộ gia đình đạt danh hiệu “Gia đình văn hóa”; không có người vi phạm pháp luật."),
        ("p", "Nhân dịp này, Ủy ban MTTQ xã trao 5 suất quà cho hộ nghèo và khen thưởng 3 hộ gia đình tiêu biểu. Sau phần lễ là các trò chơi dân gian, văn nghệ do các hội đoàn thể của thôn biểu diễn."),
    ])


def page11():
    rng = random.Random("egov-xa-tanlap-11")
    pub = T("2024-06-16")
    base = "https://tanlap.yenson.hatuyen.gov.vn"
    url = base + "/tin-tuc-su-kien/xa-tan-lap-to-chuc-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2024-tai-thon-ban-moi-2114.html"
    rel = heads3(rng, 5, avoid=[A11.title])
    rd = past(pub, rng, 5, 3, 60)
    main = f"""<div class="module-news-detail"><div class="module-title"><span>Tin tức - Sự kiện</span></div>
<div class="news-title">{esc(A11.title)}</div>
<div class="news-date">Ngày 16-6-2024</div>
<div class="news-content">{A11.render(p=lambda t: f'<div style="text-align: justify;">{esc(t)}</div>')}
<div style="text-align: right;"><b>Đoàn Thị Hoa - Văn phòng HĐND-UBND xã</b></div></div>
<div class="news-attach"><b>Tệp đính kèm:</b> <i>Không có</div>
<div class="news-other"><div class="other-title">Các tin khác</div><ul>{"".join(f'<li><a href="/tin-tuc-su-kien/{slug(t)}.html">{esc(t)}</a> <span class="d">[{d.day}-{d.month}-{d.year}]</span></li>' for t, d in zip(rel, rd))}</ul></div></div>"""
    top = ('<div class="egov-top"><div class="quoc-huy"><img src="/images/quochuy.png" alt="" /></div><div class="org"><p>CỔNG THÔNG TIN ĐIỆN TỬ</p><h2>XÃ TÂN LẬP - HUYỆN YÊN SƠN</h2></div>'
           '<div class="top-links"><a href="/dichvucong">Dịch vụ công</a> | <a href="/hoidap">Hỏi đáp</a> | <a href="/english">English</a></div></div>')
    crumbs = '<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc-su-kien.html">Tin tức - Sự kiện</a></div>'
    side = ('<div class="box-dvc"><h3>Dịch vụ công trực tuyến</h3><ul><li>Nộp hồ sơ trực tuyến</li><li>Tra cứu hồ sơ</li><li>Thanh toán trực tuyến</li></ul></div>'
            '<div class="box-lich"><h3>Lịch tiếp công dân</h3><p>Thứ Năm hằng tuần, tại trụ sở UBND xã</p></div>' +
            side_box(rng, "Văn bản chỉ đạo điều hành", ["Quyết định số 112/QĐ-UBND ngày 12/6/2024", "Kế hoạch số 45/KH-UBND ngày 03/6/2024"], past(pub, rng, 2), None, "vbdh"))
    html = shell(rng, title="Cổng thông tin điện tử xã Tân Lập", org="UBND", prefix="eg", kb=85, top=top, crumbs=crumbs, main=main, side=side,
                 items=[("Giới thiệu", ["Tổng quan", "Lịch sử", "Cơ cấu tổ chức"]), ("Tin tức - Sự kiện", []), ("Chính quyền", ["HĐND xã", "UBND xã"]), ("Văn bản", []), ("Dịch vụ công", []), ("Công khai ngân sách", [])],
                 foot_org="Ủy ban nhân dân xã Tân Lập", addr="Thôn Bản Mới, xã Tân Lập, huyện Yên Sơn, tỉnh Hà Tuyên", phone="0207.3890.114")
    return mk("egov_commune_tintuc_module", "hatuyen-yenson-tanlap-xa-unpadded-dashed-date-only-div-paras-name-unit-bold", url, html,
              expected(A11, isod(pub), author="Đoàn Thị Hoa", unit="Văn phòng HĐND-UBND xã", category="Tin tức - Sự kiện"),
              {"bylines": ["Đoàn Thị Hoa - Văn phòng HĐND-UBND xã"], "chrome": ["Tệp đính kèm:", "Các tin khác", "Dịch vụ công trực tuyến", "Lịch tiếp công dân"],
               "dates": ["Quyết định số 112/QĐ-UBND ngày 12/6/2024"], "related": rel[:3]},
              "Commune e-government portal 'Tin tức - Sự kiện' module (light chrome; <title> = portal name, title in a div). "
              "Date 'Ngày 16-6-2024' unpadded, dashed, date only → 2024-06-16; the text's event date is 15-6. Paragraphs are "
              "<div>s, not <p>. Bold right 'Đoàn Thị Hoa - Văn phòng HĐND-UBND xã' → author + unit. Empty attachment line. "
              "Related '[d-m-yyyy]'. No lead. Category: module title / last crumb 'Tin tức - Sự kiện'. Short text (3 paras).",
              "Commune e-government 'tin tức' module; <title> = portal, div title, 'Ngày 16-6-2024' unpadded dashed date only, <div> paragraphs, 'Name - Unit' bold right, empty attachment line, '[d-m-yyyy]' related",
              title_visible=A11.title)


# =====================================================================
A12 = Art(
    "Bài 3: Khơi dậy khát vọng làm giàu ở vùng cao Mù Cang Chải",
    "Từ một huyện nghèo nhất nhì cả nước, Mù Cang Chải hôm nay đang thay da đổi thịt nhờ những chủ trương đúng đắn của Đảng bộ huyện và khát vọng vươn lên của chính người dân.",
    [
        ("p", "Bản Lìm Mông, xã Cao Phạ những ngày tháng Sáu rộn ràng tiếng cười của du khách. Mười năm trước, bản có hơn 70% hộ nghèo; nay 32 hộ đã làm homestay, đón hàng nghìn lượt khách mỗi năm, thu nhập bình quân đạt 45 triệu đồng/người."),
        ("h", "Từ nghị quyết đến ruộng bậc thang"),
        ("p", "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 xác định du lịch cộng đồng là mũi nhọn. Huyện ủy ban hành nghị quyết chuyên đề, hỗ trợ mỗi hộ làm homestay 50 triệu đồng vay ưu đãi, mở lớp dạy tiếng Anh giao tiếp, nấu ăn cho đồng bào."),
        ("img", "/Uploads/2024/6/17/ruong-bac-thang-lim-mong.jpg", "Ruộng bậc thang bản Lìm Mông mùa nước đổ - Ảnh: Thanh Chi"),
        ("p", "Ông Giàng A Dê, Bí thư Chi bộ bản Lìm Mông, nói: “Trước đây bà con chỉ biết trồng lúa, ngô. Bây giờ thấy nhà làm du lịch có tiền xây nhà, cho con đi học đại học, ai cũng muốn làm”."),
        ("h", "Những người dám nghĩ, dám làm"),
        ("p", "Anh Sùng A Lử, 29 tuổi, là đảng viên trẻ nhất bản, đã vay vốn mở khu cắm trại trên đồi Mâm Xôi. Anh lập trang mạng xã hội giới thiệu cảnh sắc quê hương bằng ba thứ tiếng, thu hút khách quốc tế."),
        ("p", "Những con người như anh Lử đang góp phần viết tiếp câu chuyện đổi thay của Mù Cang Chải – câu chuyện về khát vọng không cam chịu đói nghèo."),
    ])


def page12():
    rng = random.Random("series-yenbai-12")
    pub = T("2024-06-17 07:30")
    base = "https://baohoanglienson.vn"
    url = base + "/xa-hoi/bai-3-khoi-day-khat-vong-lam-giau-o-vung-cao-mu-cang-chai-331478.htm"
    s1, s2 = "Bài 1: Đánh thức tiềm năng từ những triền ruộng", "Bài 2: Khi cấp ủy đi trước, dân làm theo"
    body = A12.render(h=lambda t: f'<h3 class="sub-head">{esc(t)}</h3>',
                      img=lambda s, c, n: f'<table class="picture" align="center"><tr><td class="pic"><img src="{s}" alt="" /></td></tr><tr><td class="caption"><p>{esc(c)}</p></td></tr></table>')
    rel = heads3(rng, 5, avoid=[A12.title])
    main = f"""<div class="crumbs"><a href="/">Trang chủ</a> » <a href="/xa-hoi/">Xã hội</a></div>
<div class="series-kicker">LOẠT BÀI: ĐỔI THAY Ở MÙ CANG CHẢI</div>
<h1 class="title-detail">{esc(A12.title)}</h1>
<div class="date-detail">Cập nhật: 07:30, 17/06/2024</div>
<div class="sapo-detail"><b>{esc(A12.lead)}</b></div>
<div class="series-box"><p class="series-title">Cùng loạt bài:</p><ul><li><a href="/xa-hoi/bai-1-danh-thuc-tiem-nang-331301.htm">{esc(s1)}</a> (15/06/2024)</li><li><a href="/xa-hoi/bai-2-khi-cap-uy-di-truoc-331390.htm">{esc(s2)}</a> (16/06/2024)</li></ul></div>
<div class="content-detail">{body}
<p style="text-align:right"><strong>Thanh Chi - Hoàng Tùng</strong></p>
<p class="bai-cuoi"><em>Bài cuối: Giữ gìn bản sắc trong phát triển du lịch</em></p></div>
<div class="tool-detail"><a href="#">In bài</a> | <a href="#">Gửi bài</a> | Lượt xem: 1.904</div>
<div class="other-detail"><h4>Các tin, bài khác</h4>{nlist(rng, rel, "/xa-hoi", past(pub, rng, 5), fmt=lambda d: f"{hm(d)}, {dmy(d)}", cls="other", ext=".htm")}</div>"""
    top = '<div class="hdr"><img src="/images/logo-hls.png" alt="Báo Hoàng Liên Sơn" /><span class="hdr-date">Thứ Hai, 17/06/2024</span></div>'
    side = side_box(rng, "Tin nổi bật", heads3(rng, 6, avoid=[A12.title] + rel), past(pub, rng, 6), None, "noibat")
    html = shell(rng, title=A12.title, org="BHLS", prefix="hls", kb=140, top=top, crumbs="", main=main, side=side,
                 foot_org="Báo Hoàng Liên Sơn", addr="Đường Hoàng Liên Sơn, TP Yên Bái", phone="0216.3852.319")
    return mk("baotinh_series_part", "hoanglienson-bao-bai-3-series-box-cap-nhat-only-stamp-bai-cuoi-teaser", url, html,
              expected(A12, iso(pub), author="Thanh Chi, Hoàng Tùng", category="Xã hội"),
              {"series": [s1, s2, "Bài cuối: Giữ gìn bản sắc trong phát triển du lịch", "LOẠT BÀI: ĐỔI THAY Ở MÙ CANG CHẢI", "Cùng loạt bài:"],
               "bylines": ["Thanh Chi - Hoàng Tùng"], "chrome": ["Lượt xem: 1.904", "Các tin, bài khác", "Tin nổi bật"], "related": rel[:3]},
              "Provincial newspaper series part 'Bài 3:' (part number kept in the title as printed). The only stamp is "
              "'Cập nhật: 07:30, 17/06/2024' → published_at (as set 3's Vietsoftware 'Cập nhật lúc:'), updated_at null. Series "
              "kicker 'LOẠT BÀI: …' and the series box (Bài 1/Bài 2 with dates) between sapo and text are not body; 'Bài cuối: …' "
              "teaser after the byline is not body. Caption '… - Ảnh: Thanh Chi' (credit inside caption) → photographer null. "
              "Foot 'Thanh Chi - Hoàng Tùng' → two authors. h3 sub-heads = body. Category = last crumb 'Xã hội'.",
              "Provincial newspaper series 'Bài 3:'; only stamp 'Cập nhật: HH:MM, dd/mm/yyyy' (= published), series kicker + 'Cùng loạt bài' box with dates before the text, 'Bài cuối:' teaser, table caption with '- Ảnh: X', two-name foot byline")


PAGES = [page08, page09, page10, page11, page12]
