"""National newspapers syndicating provincial Party news: a VCCorp-style CMS (Thái Bình story)
and a Nhân Dân-style CMS (Quảng Bình story)."""
import random

from .common import (Art, T, css_blob, dmy, dump, esc, expected, fake_min_js, headlines, hexid, hm, iso_min,
                     days_before, slugify, wd, alnum, guid, utc_iso, b64blob, svg_sprite, h12)


# =====================================================================
# Page 11: VCCorp-style national paper — "14:20 PM" stamp, photo boxes, related box
# =====================================================================
ART11 = Art(
    "Thái Bình: Hơn 2.600 đảng viên được trao Huy hiệu Đảng đợt 3/2",
    "Nhân dịp kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024), các huyện ủy, thành ủy, "
    "đảng ủy trực thuộc Tỉnh ủy Thái Bình đã tổ chức trao Huy hiệu Đảng cho 2.637 đảng viên.",
    [
        ("p", "Trong đó, có 3 đồng chí được trao Huy hiệu 80 năm tuổi Đảng, 18 đồng chí nhận Huy hiệu 75 năm tuổi "
              "Đảng, 126 đồng chí nhận Huy hiệu 70 năm tuổi Đảng, 514 đồng chí nhận Huy hiệu 60 năm tuổi Đảng; còn "
              "lại là Huy hiệu 30, 40, 45, 50, 55 và 65 năm tuổi Đảng."),
        ("p", "Sáng 3/2, đồng chí Phó Bí thư Thường trực Tỉnh ủy đã đến trao Huy hiệu 80 năm tuổi Đảng cho đồng chí "
              "Nguyễn Văn Hiệp, 98 tuổi, ở xã Vũ Chính, TP Thái Bình. Đồng chí Nguyễn Văn Hiệp vào Đảng năm 1944, từng "
              "tham gia cướp chính quyền ở phủ Kiến Xương năm 1945, sau đó nhiều năm công tác trong ngành tài chính "
              "của tỉnh."),
        ("img", "https://thoidaimoi.mediacdn.vn/296230595582509056/2024/2/5/huy-hieu-80-nam-1707117602314411872.jpg",
         "Đồng chí Phó Bí thư Thường trực Tỉnh ủy trao Huy hiệu 80 năm tuổi Đảng cho đồng chí Nguyễn Văn Hiệp"),
        ("raw", "RELATED"),
        ("p", "Đây là dịp để cấp ủy các cấp ghi nhận, tôn vinh những đóng góp của các đảng viên lão thành đối với sự "
              "nghiệp cách mạng của Đảng, của dân tộc và quê hương Thái Bình; đồng thời giáo dục truyền thống cách "
              "mạng cho các thế hệ cán bộ, đảng viên trẻ."),
        ("img", "https://thoidaimoi.mediacdn.vn/296230595582509056/2024/2/5/trao-huy-hieu-dong-hung-1707117602401822113.jpg",
         "Lãnh đạo Huyện ủy Đông Hưng trao Huy hiệu Đảng cho các đảng viên"),
        ("p", "Thay mặt các đảng viên được nhận Huy hiệu, nhiều đồng chí bày tỏ niềm vinh dự, tự hào và hứa sẽ tiếp "
              "tục giữ gìn phẩm chất người đảng viên, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật "
              "của Nhà nước, tham gia xây dựng chi bộ, khu dân cư ngày càng vững mạnh."),
    ])


def page11():
    rng = random.Random("vccorp-thaibinh-11")
    prov = "Thái Bình"
    pub = T("2024-02-05 14:20")
    today = T("2025-01-10 07:50")
    host = "https://thoidaimoi.vn"
    nid = "1712024020514200812"
    path = f"/thai-binh-hon-2600-dang-vien-duoc-trao-huy-hieu-dang-dot-3-2-{nid}.htm"
    url = host + path
    heads = headlines(rng, 40, prov, exclude=[ART11.title], avoid=ART11.body)
    rel_t = "Thái Bình: Kết nạp gần 1.900 đảng viên mới trong năm 2023"
    blank = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

    def img(src, cap, alt, n):
        return (f'<div class="VCSortableInPreviewMode" type="Photo" style=""><div>'
                f'<a href="{src}" data-fancybox="img-lightbox" title="{alt}" target="_blank" class="detail-img-lightbox">'
                f'<img src="{blank}" data-src="{src.replace("mediacdn.vn/", "mediacdn.vn/zoom/700_438/")}" data-original="{src}" '
                f'id="img_{rng.randint(10 ** 17, 10 ** 18)}" w="1280" h="853" alt="{alt}" title="{alt}" rel="lightbox" photoid="{rng.randint(10 ** 17, 10 ** 18)}" '
                f'type="photo" style="max-width:100%;" width="1280" height="853" class="lazyload"></a></div>'
                f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="">{cap}</p></div></div>')

    related = (f'<div class="VCSortableInPreviewMode link-content-footer IMSCurrentEditorEditObject" type="RelatedOneNews" '
               f'data-id="{rng.randint(10 ** 18, 10 ** 19)}"><a class="show-popup visit-popup" href="/thai-binh-ket-nap-gan-1900-dang-vien-moi-trong-nam-2023-{rng.randint(10 ** 18, 10 ** 19)}.htm" title="{esc(rel_t, attr=True)}">'
               f'<img src="https://thoidaimoi.mediacdn.vn/thumb_w/300/{hexid(rng, 16)}.jpg" alt="" class="lazyload">'
               f'<span class="title-news">{esc(rel_t)}</span></a><div class="link-callout">ĐỌC NGAY</div></div>')
    body = ART11.render(img=img).replace("RELATED", related)
    nav = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Nông thôn mới", "Pháp luật", "Thế giới", "Văn hóa", "Thể thao", "Sức khỏe", "Giáo dục", "Media"]
    cats = "".join(f'<li class="menu-item"><a href="/{slugify(n)}.htm" title="{esc(n, attr=True)}">{esc(n)}</a>'
                   f'<ul class="sub">{"".join(f"<li><a href=/{slugify(n)}/{slugify(s)}.htm>{esc(s)}</a></li>" for s in rng.sample(["Tin tức", "Sự kiện", "Bình luận", "Phóng sự", "Góc nhìn", "Địa phương", "Chuyên đề", "Người tốt việc tốt"], 5))}</ul></li>' for n in nav)
    box = lambda items, dts: "".join(
        f'<div class="box-category-item"><a class="box-category-link-with-avatar img-resize" href="/{slugify(t)}-{rng.randint(10 ** 18, 10 ** 19)}.htm" title="{esc(t, attr=True)}">'
        f'<img data-type="avatar" src="{blank}" data-src="https://thoidaimoi.mediacdn.vn/zoom/260_163/{hexid(rng, 16)}.jpg" alt="{esc(t, attr=True)}" class="box-category-avatar lazyload"></a>'
        f'<div class="box-category-content"><h3 class="box-category-title-text"><a class="box-category-link-title" href="/{slugify(t)}.htm">{esc(t)}</a></h3>'
        f'<span class="box-category-time time-ago" title="{d.strftime("%Y-%m-%dT%H:%M:%S")}">{d.strftime("%d/%m/%Y %H:%M")}</span></div></div>'
        for t, d in zip(items, dts))
    dts = days_before(pub, rng, 40, 0, 6)
    comments = "".join(f'<li class="item-comment"><div class="name">{n}</div><div class="content">{esc(c)}</div><div class="time">{d}</div></li>'
                       for n, c, d in [("Trần Văn Lợi", "Xin chúc mừng các cụ lão thành cách mạng, mong các cụ luôn mạnh khỏe.", "1 ngày trước"),
                                       ("Phạm Thị Hòa", "Ông tôi cũng vừa được nhận Huy hiệu 60 năm tuổi Đảng, cả nhà rất tự hào.", "1 ngày trước")])
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": ART11.title, "description": ART11.lead,
          "image": {"@type": "ImageObject", "url": "https://thoidaimoi.mediacdn.vn/296230595582509056/2024/2/5/huy-hieu-80-nam-1707117602314411872.jpg", "width": 1280, "height": 853},
          "datePublished": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "dateModified": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
          "author": {"@type": "Person", "name": "Đức Hậu"},
          "publisher": {"@type": "Organization", "name": "Báo điện tử Thời Đại Mới", "logo": {"@type": "ImageObject", "url": host + "/web_images/logo.png"}}}
    html = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>Thái Bình: Hơn 2.600 đảng viên được trao Huy hiệu Đảng đợt 3/2 - Báo điện tử Thời Đại Mới</title>
    <meta name="description" content="{esc(ART11.lead, attr=True)}" />
    <meta name="keywords" content="Huy hiệu Đảng, Thái Bình, đảng viên lão thành" />
    <meta name="news_keywords" content="Huy hiệu Đảng, Thái Bình, đảng viên lão thành" />
    <meta property="og:title" content="{esc(ART11.title, attr=True)}" />
    <meta property="og:type" content="article" />
    <meta property="og:url" content="{url}" />
    <meta property="article:published_time" content="{pub.strftime("%Y-%m-%dT%H:%M:%S")}" />
    <meta property="article:section" content="Thời sự" />
    <meta name="pubdate" content="{pub.strftime("%Y-%m-%dT%H:%M:%S")}" />
    <link rel="canonical" href="{url}" />
    <link rel="amphtml" href="{host}/amp{path}" />
    <script type="application/ld+json">{dump(ld)}</script>
    <link rel="stylesheet" href="https://static.thoidaimoi.vn/web_css/20240131/detail.min.css" />
    <style>{css_blob(rng, "vcc", 460)}</style>
    <script>var _ADM_Channel = '%2fthoi-su%2fdetail%2f'; var pageSettings = {{ DomainAPI: "https://comment.thoidaimoi.vn", NewsId: "{nid}", DistributionDate: "{pub.strftime("%Y/%m/%d %H:%M")}", ShareUrl: "{url}", allowComment: true }};</script>
    <script async src="https://media1.admicro.vn/core/admcore.js"></script>
</head>
<body>
<div id="admWrapsite">
<header class="header"><div class="header__top w1160"><a class="header__logo" href="/" title="Báo điện tử Thời Đại Mới"><img src="https://static.thoidaimoi.vn/web_images/logo.png" alt="Thời Đại Mới" /></a>
<div class="header__date">{wd(today)}, {dmy(today)}</div><div class="header__hotline">Đường dây nóng: 0963.xxx.xxx</div></div>
<nav class="menu-nav w1160"><ul class="menu-nav__list"><li class="home"><a href="/" title="Trang chủ">Trang chủ</a></li>{cats}</ul></nav></header>
<div class="w1160 hot-tags"><span>Sự kiện:</span> <a href="/su-kien/ky-niem-94-nam-thanh-lap-dang.htm">94 năm Ngày thành lập Đảng</a> <a href="/su-kien/tet-giap-thin-2024.htm">Tết Giáp Thìn 2024</a> <a href="/su-kien/nong-thon-moi.htm">Nông thôn mới</a></div>
<div id="admzone{rng.randint(10000, 99999)}" class="adv-top"></div>
<div class="w1160 detail-page">
<div class="detail-main">
<div class="detail-cate"><a href="/thoi-su.htm" title="Thời sự" data-role="cate-name">Thời sự</a></div>
<h1 class="detail-title" data-role="title">{esc(ART11.title)}</h1>
<div class="detail-info"><p class="detail-author" data-role="author">Đức Hậu</p><span class="detail-time"><span class="time" data-role="publishdate">{dmy(pub)} {hm(pub)} PM</span></span>
<div class="detail-social"><a class="fb" href="javascript:;" data-href="{url}" rel="nofollow">Chia sẻ</a> <a class="zalo" href="javascript:;" rel="nofollow">Zalo</a> <a class="gg-news" href="https://news.google.com/publications/{alnum(rng, 30)}" target="_blank">Theo dõi trên Google News</a></div></div>
<h2 class="detail-sapo" data-role="sapo">{esc(ART11.lead)}</h2>
<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content">
{body}
<p class="author" style="text-align: right;"><b>Theo Báo Thái Bình</b></p>
</div></div>
<div class="detail-tags"><span>Từ khóa:</span> <a href="/huy-hieu-dang.html">Huy hiệu Đảng</a><a href="/thai-binh.html">Thái Bình</a><a href="/dang-vien-lao-thanh.html">đảng viên lão thành</a></div>
<div id="admzone{rng.randint(10000, 99999)}" class="adv-inread"></div>
<div class="detail-comment"><h3 class="box-title">Bình luận</h3>
<form class="comment-form" action="https://comment.thoidaimoi.vn/comment/post" method="post"><textarea name="content" placeholder="Viết bình luận của bạn..."></textarea><input type="text" name="name" placeholder="Họ tên" /><input type="email" name="email" placeholder="Email" /><button type="submit">Gửi bình luận</button></form>
<ul class="list-comment">{comments}</ul></div>
<div class="box-category" data-layout="same-cate"><h3 class="box-category-title">Tin cùng chuyên mục</h3><div class="box-category-middle">{box(heads[:12], dts)}</div></div>
</div>
<aside class="detail-aside">
<div class="box-category" data-layout="hot"><h3 class="box-category-title">Tin nổi bật</h3><div class="box-category-middle">{box(heads[12:20], dts[12:20])}</div></div>
<div id="admzone{rng.randint(10000, 99999)}" class="adv-right"></div>
<div class="box-category" data-layout="most-view"><h3 class="box-category-title">Đọc nhiều</h3><div class="box-category-middle">{box(heads[20:28], dts[20:28])}</div></div>
</aside>
</div>
<div class="w1160 box-stream"><h3 class="box-category-title">Tin mới nhất</h3><div class="box-category-middle">{box(heads[28:40], dts[28:40])}</div><a class="view-more" href="/tin-moi-nhat.htm">Xem thêm</a></div>
<footer class="footer"><div class="w1160"><p><strong>BÁO ĐIỆN TỬ THỜI ĐẠI MỚI</strong></p><p>Giấy phép hoạt động báo điện tử số 123/GP-BTTTT. Tổng Biên tập: Nguyễn Minh Khôi.</p>
<p>Tòa soạn: Số 8 phố Trần Duy Hưng, quận Cầu Giấy, Hà Nội. Điện thoại: 024.37xx.xxxx</p><p>Phát triển bởi công nghệ CMS</p></div></footer>
</div>
<script src="https://static.thoidaimoi.vn/web_js/20240131/detail.min.js"></script>
<script>{fake_min_js(rng, 200, "vcc")}</script>
</body>
</html>
"""
    return dict(
        family="vccorp_style", name="thaibinh-huy-hieu-dang-14-20-pm-syndicated", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART11, published=iso_min(pub), author="Đức Hậu", category="Thời sự"),
        traps={"bylines": ["Theo Báo Thái Bình"], "related": [rel_t] + heads[:12],
               "chrome": ["ĐỌC NGAY", "Bình luận", "Viết bình luận của bạn...", "Theo dõi trên Google News",
                          "Xin chúc mừng các cụ lão thành cách mạng, mong các cụ luôn mạnh khỏe.", "Tin cùng chuyên mục"]},
        notes="National e-paper on a VCCorp-style CMS (VCSortableInPreviewMode photo boxes with PhotoCMS_Caption, "
              "afcbc-body, admicro ad zones, .htm ids) republishing a Thái Bình provincial story. Stamp '05/02/2024 "
              "14:20 PM' — 24-hour time with a spurious PM (known bug) → 14:20, not 02:20 or 26:20; header date "
              "is the crawl day. Sapo in h2.detail-sapo. Author 'Đức Hậu' above the sapo; the right-aligned "
              "'Theo Báo Thái Bình' at the end is the source (not author, not unit). In-body RelatedOneNews box "
              "'ĐỌC NGAY' between paragraphs. Lazy images (gif src, data-src). Reader comments, hot/most-read/same-"
              "category boxes.",
        readme="VCCorp-style national paper; '14:20 PM' stamp, syndicated 'Theo Báo X' source line, in-body "
               "RelatedOneNews 'ĐỌC NGAY' box, PhotoCMS_Caption, lazy data-src, h2 sapo, reader comments",
    )


# =====================================================================
# Page 12: Nhân Dân-style national paper — uppercase author, "(Ảnh: X)" credits
# =====================================================================
ART12 = Art(
    "Ban Thường vụ Tỉnh ủy Quảng Bình cho ý kiến về phương án sắp xếp đơn vị hành chính cấp xã",
    "Ngày 19-8, Ban Thường vụ Tỉnh ủy Quảng Bình họp, cho ý kiến về phương án tổng thể sắp xếp đơn vị hành chính "
    "cấp xã giai đoạn 2023-2025 của tỉnh. Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị.",
    [
        ("p", "Theo phương án, giai đoạn 2023-2025, tỉnh Quảng Bình thực hiện sắp xếp 22 đơn vị hành chính cấp xã "
              "thuộc diện bắt buộc sắp xếp; sau sắp xếp, toàn tỉnh giảm 11 đơn vị hành chính cấp xã, từ 151 xuống còn "
              "140 đơn vị. Các địa phương có nhiều đơn vị phải sắp xếp là các huyện Quảng Ninh, Lệ Thủy, Bố Trạch và "
              "thị xã Ba Đồn."),
        ("p", "Quá trình xây dựng phương án, các địa phương đã tổ chức lấy ý kiến cử tri theo đúng quy định; kết quả "
              "có trên 94% cử tri đồng ý với chủ trương sắp xếp. Tên gọi của các đơn vị hành chính mới được lựa chọn "
              "trên cơ sở kế thừa yếu tố lịch sử, văn hóa, truyền thống, dễ nhận diện và được đa số Nhân dân đồng thuận."),
        ("img", "https://img.nhandanmoi.vn/1200x-/Uploaded/2024/igpcvpjbz/2024_08_19/qb-sap-xep-1.jpg", "Quang cảnh hội nghị."),
        ("raw", "RELATED"),
        ("p", "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, chính quyền làm tốt công tác tư tưởng, "
              "bảo đảm ổn định tình hình ở cơ sở; xây dựng phương án bố trí, sắp xếp cán bộ, công chức dôi dư hợp lý, "
              "công khai, minh bạch; quan tâm giải quyết chế độ, chính sách cho những người nghỉ việc do sắp xếp."),
        ("p", "Đồng chí lưu ý, việc sử dụng trụ sở, tài sản công dôi dư sau sắp xếp phải có phương án cụ thể, ưu tiên "
              "chuyển đổi thành trường học, trạm y tế, nhà văn hóa, khu thể thao phục vụ cộng đồng, tránh lãng phí, "
              "xuống cấp. Đồng thời, các cơ quan liên quan khẩn trương hướng dẫn người dân điều chỉnh giấy tờ sau khi "
              "đơn vị hành chính thay đổi tên gọi."),
    ])


def page12():
    rng = random.Random("nhandan-quangbinh-12")
    prov = "Quảng Bình"
    pub = T("2024-08-19 17:35")
    host = "https://nhandanmoi.vn"
    path = "/ban-thuong-vu-tinh-uy-quang-binh-cho-y-kien-ve-phuong-an-sap-xep-don-vi-hanh-chinh-cap-xa-post826417.html"
    url = host + path
    heads = headlines(rng, 40, prov, exclude=[ART12.title], avoid=ART12.body)
    dts = days_before(pub, rng, 40, 0, 3)
    blank = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201200%20800'%3E%3C/svg%3E"
    rel = ["Quảng Bình hoàn thành lấy ý kiến cử tri về sắp xếp đơn vị hành chính cấp xã",
           "Sắp xếp đơn vị hành chính phải bảo đảm quyền lợi chính đáng của cán bộ, công chức"]

    def img(src, cap, alt, n):
        return (f'<table class="picture" align="center"><tbody><tr><td class="pic"><img class="lazyload" src="{blank}" data-src="{src}" '
                f'data-srcset="{src.replace("1200x-", "768x-")} 768w, {src} 1200w" alt="{alt}" data-width="1200" data-height="800"></td></tr>'
                f'<tr><td class="caption"><p>{cap} <em>(Ảnh: VĂN PHÚC)</em></p></td></tr></tbody></table>')

    relbox = ('<div class="article__related-inline"><p class="title">Tin liên quan</p><ul>' +
              "".join(f'<li><a href="/{slugify(t)}-post{rng.randint(800000, 826000)}.html">{esc(t)}</a></li>' for t in rel) + "</ul></div>")
    body = ART12.render(img=img).replace("RELATED", relbox)
    nav = ["Chính trị", "Xã luận", "Bình luận - phê phán", "Xây dựng Đảng", "Kinh tế", "Văn hóa", "Xã hội", "Pháp luật",
           "Du lịch", "Thế giới", "Thể thao", "Giáo dục", "Y tế", "Khoa học - Công nghệ", "Môi trường", "Bạn đọc"]
    navh = "".join(f'<li class="menu__item"><a class="menu__link" href="/{slugify(n)}/">{esc(n)}</a></li>' for n in nav)
    stories = lambda items, ds, cls: "".join(
        f'<article class="story {cls}"><div class="story__thumb"><a href="/{slugify(t)}-post{rng.randint(800000, 826000)}.html"><img class="lazyload" src="{blank}" data-src="https://img.nhandanmoi.vn/320x-/Uploaded/2024/{alnum(rng, 9).lower()}/{hexid(rng, 12)}.jpg" alt="{esc(t, attr=True)}"></a></div>'
        f'<h3 class="story__heading"><a class="cms-link" href="/{slugify(t)}.html">{esc(t)}</a></h3><time class="story__time" datetime="{d.strftime("%Y-%m-%dT%H:%M:00+07:00")}">{d.strftime("%H:%M %d/%m/%Y")}</time></article>'
        for t, d in zip(items, ds))
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Ban Thường vụ Tỉnh ủy Quảng Bình cho ý kiến về phương án sắp xếp đơn vị hành chính cấp xã | Báo Nhân Dân Mới điện tử</title>
<meta name="description" content="{esc(ART12.lead, attr=True)}">
<meta property="og:title" content="{esc(ART12.title, attr=True)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://img.nhandanmoi.vn/1200x630/Uploaded/2024/igpcvpjbz/2024_08_19/qb-sap-xep-1.jpg">
<meta property="article:published_time" content="2024-08-19T17:35:00+07:00">
<meta property="article:section" content="Chính trị">
<meta property="dable:author" content="VĂN PHÚC">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{dump({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "item": {"@id": host + "/chinh-tri/", "name": "Chính trị"}}, {"@type": "ListItem", "position": 2, "item": {"@id": host + "/chinh-tri/tin-tuc/", "name": "Tin tức"}}]})}</script>
<link rel="stylesheet" href="https://static.nhandanmoi.vn/web/styles/css/main.min.css?v=2024.08.{rng.randint(10, 99)}">
<style>{css_blob(rng, "nd", 420)}</style>
</head>
<body class="detail-page">
{svg_sprite(rng, 36, "nd")}
<header class="header"><div class="container header__top"><div class="header__date">{wd(pub)}, {pub.strftime("%d-%m-%Y")}</div>
<a class="header__logo" href="/"><img src="https://static.nhandanmoi.vn/web/images/logo.svg" alt="Nhân Dân Mới"></a>
<div class="header__lang"><a href="https://en.nhandanmoi.vn">English</a> <a href="https://fr.nhandanmoi.vn">Français</a> <a href="https://cn.nhandanmoi.vn">中文</a></div></div>
<nav class="menu"><div class="container"><ul class="menu__list"><li class="menu__item home"><a href="/" class="menu__link">Trang chủ</a></li>{navh}</ul></div></nav></header>
<div class="container">
<div class="breadcrumbs"><a class="breadcrumbs__item" href="/chinh-tri/">Chính trị</a><a class="breadcrumbs__item" href="/chinh-tri/tin-tuc/">Tin tức</a></div>
<div class="row"><div class="col-main">
<article class="article article--detail" data-id="826417">
<div class="box-date article__meta"><time class="time" datetime="2024-08-19T17:35:00+07:00">{wd(pub)}, {pub.strftime("%d-%m-%Y")}, {hm(pub)}</time></div>
<h1 class="article__title cms-title">{esc(ART12.title)}</h1>
<div class="article__author"><span class="name">VĂN PHÚC</span></div>
<div class="article__sapo cms-desc"><p>{esc(ART12.lead)}</p></div>
<div class="article__tool"><button class="listen" data-src="https://tts.nhandanmoi.vn/826417.mp3">Nghe đọc bài</button> <a class="font-down" href="#">A-</a> <a class="font-up" href="#">A+</a> <a class="print" href="/print/826417">In bài</a></div>
<div class="article__body cms-body zce-content-body" itemprop="articleBody">
{body}
</div>
<div class="article__tag"><span>Từ khóa:</span> <a href="/tag/quang-binh-{rng.randint(100, 999)}.html">Quảng Bình</a> <a href="/tag/sap-xep-don-vi-hanh-chinh.html">sắp xếp đơn vị hành chính</a></div>
<div class="article__social"><a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> <a href="https://twitter.com/intent/tweet?url={url}">Twitter</a> <a href="https://zalo.me/share?u={url}">Zalo</a> <a href="#top">Trở lại đầu trang</a></div>
</article>
<section class="box-same-cate"><h2 class="box-heading">Cùng chuyên mục</h2>{stories(heads[:10], dts, "story--same")}</section>
</div>
<aside class="col-aside"><section class="box-newest"><h2 class="box-heading">Mới nhất</h2>{stories(heads[10:22], dts[10:22], "story--small")}</section>
<section class="box-most"><h2 class="box-heading">Xem nhiều</h2>{stories(heads[22:30], dts[22:30], "story--small")}</section></aside>
</div></div>
<footer class="footer"><div class="container"><p><strong>BÁO NHÂN DÂN MỚI ĐIỆN TỬ</strong> - Cơ quan ngôn luận (mô phỏng)</p><p>Tòa soạn: 71 Hàng Trống, Hoàn Kiếm, Hà Nội. Điện thoại: 024.38xx.xxxx</p><p>© Bản quyền thuộc về Báo Nhân Dân Mới. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></div></footer>
<script src="https://static.nhandanmoi.vn/web/js/main.min.js?v=2024.08.{rng.randint(10, 99)}" defer></script>
<script>{fake_min_js(rng, 160, "nd")}</script>
</body>
</html>
"""
    return dict(
        family="nhandan_style", name="quangbinh-sap-xep-xa-uppercase-author", url=url,
        content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART12, published=iso_min(pub), author="VĂN PHÚC", photographer="VĂN PHÚC",
                          category="Tin tức"),
        traps={"bylines": ["(Ảnh: VĂN PHÚC)"], "related": rel + heads[:10],
               "chrome": ["Nghe đọc bài", "Tin liên quan", "Cùng chuyên mục", "Trở lại đầu trang", "Từ khóa:"]},
        notes="Nhân Dân-style national e-paper (article__title / article__sapo / article__body cms-body, "
              "table.picture captions). Date 'Thứ Hai, 19-08-2024, 17:35' with dashes; body uses '19-8' day-month "
              "style. Author printed in upper case 'VĂN PHÚC' under the title (kept as printed); caption ends with "
              "'(Ảnh: VĂN PHÚC)' → photographer, cut from the caption (caption keeps its own full stop). In-body "
              "'Tin liên quan' list between paragraphs. Two-level breadcrumb 'Chính trị › Tin tức' → category is the "
              "last crumb 'Tin tức'. Lazy images with SVG placeholder src; 'Nghe đọc bài' TTS button.",
        readme="Nhân Dân-style; upper-case author 'VĂN PHÚC', '(Ảnh: X)' credit in caption, dashed 'Thứ Hai, "
               "19-08-2024, 17:35', in-body 'Tin liên quan', two-level crumb, SVG-placeholder lazy images",
    )


PAGES = [page11, page12]
