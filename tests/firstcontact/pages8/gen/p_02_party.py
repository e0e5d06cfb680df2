"""Party / agency portals (2): Vietsoftware CMS, NukeViet 4.5, Joomla 3 Helix Ultimate, WordPress GeneratePress,
DNN 9 EasyDNNnews."""
import random

from .common import Art, T, iso, isod, dmy, hm, esc, slug, expected, heads3, past
from .shell import shell, side_box
from .kit import mk, rel, share

# =====================================================================
A6 = Art(
    "Mặt trận huyện Cái Nước giám sát việc thực hiện chính sách bảo hiểm y tế",
    None,
    [
        ("p", "Từ ngày 24 đến 28/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Cái Nước đã giám sát việc thực hiện chính sách bảo hiểm y tế hộ gia đình tại 5 xã và Bảo hiểm xã hội huyện."),
        ("p", "Qua giám sát cho thấy, tỷ lệ bao phủ bảo hiểm y tế toàn huyện đạt 91,4% dân số; việc cấp thẻ cho người thuộc hộ nghèo, cận nghèo, người dân tộc thiểu số cơ bản kịp thời, đúng đối tượng."),
        ("img", "/upload/tin/2024/07/giam-sat-bhyt.jpg", "Đoàn giám sát làm việc tại UBND xã Trần Thới"),
        ("p", "Tuy nhiên, tỷ lệ tham gia bảo hiểm y tế hộ gia đình ở một số xã còn thấp; vẫn còn tình trạng người dân chỉ mua thẻ khi ốm đau; công tác tuyên truyền có nơi chưa thường xuyên."),
        ("p", "Đoàn giám sát kiến nghị UBND huyện chỉ đạo rà soát, hỗ trợ mức đóng cho hộ có mức sống trung bình, đồng thời đề nghị các tổ chức thành viên vận động hội viên tham gia bảo hiểm y tế theo hộ gia đình."),
    ])


def page06():
    rng = random.Random("set8-vietsoft-minhhai-06")
    pub = T("2024-07-06")
    url = "https://mttqcainuoc.minhhai.gov.vn/index.aspx?page=detail&id=2291&cat=giam-sat"
    rl = heads3(rng, 8, avoid=[A6.title])
    rd = past(pub, rng, 8, 1, 40)
    body = A6.render(p=lambda t: f'<p><font face="Arial" size="2">{esc(t)}</font></p>',
                     img=lambda s, c, n: f'<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td align="center"><img src="{s}" width="500" border="0"></td></tr><tr><td align="center" class="chuthich">{esc(c)}</td></tr></table>')
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="vs-detail"><tr><td class="vs-cat"><img src="/images/bullet_red.gif"> GIÁM SÁT, PHẢN BIỆN XÃ HỘI</td></tr>
<tr><td class="vs-title"><b>{esc(A6.title)}</b></td></tr>
<tr><td class="vs-date">Cập nhật: 06/07/2024</td></tr>
<tr><td class="vs-content">{body}
<p align="right"><b>THANH NGA</b></p></td></tr>
<tr><td class="vs-tool"><a href="javascript:window.print()">[In trang]</a> <a href="#top">[Về đầu trang]</a></td></tr>
<tr><td>{rel(rng, rl, rd, lambda d: f"- {dmy(d)}", href="/index.aspx?page=detail&amp;id={n}", cls="vs-othernews", head="Các tin bài khác")}</td></tr></table>"""
    top = '<table width="100%"><tr><td><img src="/images/banner_mttq_cainuoc.jpg"></td></tr><tr><td class="vs-date-now">Hôm nay: 09/07/2024</td></tr></table>'
    side = side_box(rng, "Thông báo", ["Thông báo lịch tiếp công dân tháng 7/2024", "Kế hoạch giám sát năm 2024 của Ban Thường trực"], past(pub, rng, 2), dmy, "thongbao")
    html = shell(rng, title="MTTQ VN huyện Cái Nước", org="MTTQ", prefix="vs", kb=95, top=top, crumbs="", main=main, side=side,
                 table_layout=True, foot_org="Ủy ban MTTQ Việt Nam huyện Cái Nước", addr="Khóm 2, thị trấn Cái Nước, tỉnh Minh Hải", phone="0290.3883.117",
                 head_extra='<meta name="author" content="Vietsoftware" />')
    return mk("vietsoftware_aspx_table_caps_cat", "minhhai-cainuoc-mttq-cap-nhat-date-only-caps-author-chuthich-td-no-lead", url, html,
              expected(A6, isod(pub), author="THANH NGA", category="GIÁM SÁT, PHẢN BIỆN XÃ HỘI"),
              {"dates": ["Hôm nay: 09/07/2024"], "chrome": ["[In trang]", "[Về đầu trang]", "Các tin bài khác", "Thông báo"], "related": rl[:3]},
              "Vietsoftware-era table layout, <title> = site name; title in bold td. Only stamp 'Cập nhật: 06/07/2024' (date "
              "only) → published_at 2024-07-06 (only-stamp rule), updated null. No lead (first paragraph is plain). Caption in "
              "td.chuthich. Foot byline in capitals 'THANH NGA' → kept as printed. Category = upper-case section cell, kept "
              "as typed ('GIÁM SÁT, PHẢN BIỆN XÃ HỘI'). Event dates 24-28/6 in the text.",
              "Vietsoftware table layout; <title> = site name, 'Cập nhật: dd/mm/yyyy' only stamp (date only), upper-case byline and section cell, td.chuthich caption, no lead",
              title_visible=A6.title)


# =====================================================================
A7 = Art(
    "Kim Bôi: Ra mắt mô hình “Dân vận khéo” gìn giữ văn hóa Mường",
    "Ngày 5/7, Ban Dân vận Huyện ủy Kim Bôi phối hợp với Đảng ủy xã Vĩnh Đồng tổ chức ra mắt mô hình “Dân vận khéo trong bảo tồn, phát huy giá trị văn hóa dân tộc Mường”.",
    [
        ("p", "Mô hình do Chi bộ xóm Mớ Đá làm nòng cốt, với 3 câu lạc bộ: cồng chiêng, hát Xường và dệt thổ cẩm, thu hút 126 thành viên, trong đó có 40 học sinh các trường trên địa bàn."),
        ("img", "/uploads/news/2024_07/ra-mat-mo-hinh-dvk.jpg", "Câu lạc bộ cồng chiêng xóm Mớ Đá biểu diễn tại buổi ra mắt"),
        ("p", "Các câu lạc bộ sinh hoạt định kỳ vào tối thứ Bảy hằng tuần tại nhà văn hóa xóm; nghệ nhân ưu tú Bùi Thị Xuân trực tiếp truyền dạy cho lớp trẻ những bài chiêng cổ."),
        ("p", "Phát biểu tại buổi lễ, đồng chí Quách Văn Tú, Trưởng Ban Dân vận Huyện ủy đề nghị cấp ủy, chính quyền xã quan tâm hỗ trợ kinh phí, nhạc cụ, trang phục để mô hình hoạt động hiệu quả, bền vững."),
    ])


def page07():
    rng = random.Random("set8-nv45-hasonbinh-07")
    pub = T("2024-07-06 09:26")
    url = "https://danvankimboi.hasonbinh.gov.vn/news/dan-van-kheo/kim-boi-ra-mat-mo-hinh-dan-van-kheo-gin-giu-van-hoa-muong-612.html"
    newer = heads3(rng, 3, avoid=[A7.title])
    older = heads3(rng, 4, avoid=[A7.title] + newer)
    nd, od = past(T("2024-07-14 10:00"), rng, 3, 1, 6), past(pub, rng, 4, 1, 30)
    body = A7.render(img=lambda s, c, n: f'<figure class="image center"><img alt="{esc(c, True)}" height="400" src="{s}" width="600" /><figcaption>{esc(c)}</figcaption></figure>')
    comments = ('<div id="idcomment" class="nv-fullbg"><h3>Ý kiến bạn đọc</h3><ul class="comment-list">'
                '<li><strong>Bùi Văn Hợi</strong> <em>(06/07/2024 20:14)</em><p>Mô hình rất ý nghĩa, mong được nhân rộng ra các xóm khác.</p></li>'
                '<li><strong>Quách Thị Lan</strong> <em>(07/07/2024 07:02)</em><p>Cảm ơn Ban Dân vận đã quan tâm đến văn hóa Mường.</p></li></ul></div>')
    main = f"""<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(A7.title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ bảy - 06/07/2024 09:26</span></div></div>
<div class="clearfix"><div class="hometext m-bottom">{esc(A7.lead)}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div></div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả bài viết: </strong>Vũ Thị Hồng Nhung</p><p class="h5 text-right"><strong>Nguồn tin: </strong><em>Ban Dân vận Huyện ủy Kim Bôi</em></p></div>
<div class="keywords">Từ khóa: <a href="/tag/dan-van-kheo">dân vận khéo</a>, <a href="/tag/van-hoa-muong">văn hóa Mường</a></div>
<div class="news_column panel panel-default"><div class="panel-body">Tổng số điểm của bài viết là: 10 trong 2 đánh giá</div></div>
{comments}
<div class="news_column"><p class="h3"><strong>Những tin mới hơn</strong></p>{rel(rng, newer, nd, lambda d: f"({dmy(d)})", href="/news/dan-van-kheo/{s}-{n}.html", cls="related")}
<p class="h3"><strong>Những tin cũ hơn</strong></p>{rel(rng, older, od, lambda d: f"({dmy(d)})", href="/news/dan-van-kheo/{s}-{n}.html", cls="related")}</div></div></div>"""
    top = '<header><div class="logo"><img src="/uploads/logo-bdv.png" alt="Ban Dân vận Huyện ủy Kim Bôi" /></div><div class="current-time">Thứ bảy - 13/07/2024</div></header>'
    crumbs = '<ul class="breadcrumbs"><li><a href="/">Trang nhất</a></li><li><a href="/news/">Tin tức</a></li><li><a href="/news/dan-van-kheo/">Dân vận khéo</a></li></ul>'
    side = side_box(rng, "Tin mới", heads3(rng, 5, avoid=[A7.title] + newer + older), past(pub, rng, 5), dmy, "block-news")
    html = shell(rng, title=A7.title + " - Ban Dân vận Huyện ủy Kim Bôi", org="BDV", prefix="nv", kb=110, top=top, crumbs=crumbs, main=main, side=side,
                 foot_org="Ban Dân vận Huyện ủy Kim Bôi", addr="Khu 2, thị trấn Bo, huyện Kim Bôi, tỉnh Hà Sơn Bình", phone="0218.3871.204",
                 head_extra='<meta name="generator" content="NukeViet v4.5" />')
    return mk("nukeviet45_tac_gia_bai_viet", "hasonbinh-kimboi-bdv-thu-bay-dash-tac-gia-bai-viet-nguon-tin-em-comments-newer", url, html,
              expected(A7, iso(pub), author="Vũ Thị Hồng Nhung", category="Dân vận khéo"),
              {"bylines": ["Tác giả bài viết:", "Nguồn tin:"], "dates": ["Thứ bảy - 13/07/2024", "(06/07/2024 20:14)"],
               "comments": ["Mô hình rất ý nghĩa, mong được nhân rộng ra các xóm khác.", "Cảm ơn Ban Dân vận đã quan tâm đến văn hóa Mường."],
               "chrome": ["Những tin mới hơn", "Những tin cũ hơn", "Từ khóa:", "Tổng số điểm của bài viết"], "related": newer[:2] + older[:2]},
              "NukeViet 4.5 news detail. 'Thứ bảy - 06/07/2024 09:26' → 09:26; header 'Thứ bảy - 13/07/2024' same style, "
              "another day. hometext = lead, figure/figcaption in bodyhtml. 'Tác giả bài viết: Vũ Thị Hồng Nhung' → author; "
              "'Nguồn tin: Ban Dân vận Huyện ủy Kim Bôi' (= site owner) is a source → unit null. Comments dated the same "
              "evening/next morning; newer list dated after the article. Category = last crumb.",
              "NukeViet 4.5; 'Thứ bảy - dd/mm/yyyy HH:MM' + same-style clock, 'Tác giả bài viết:' + 'Nguồn tin:' owner, figcaption, dated comments, newer/older lists")


# =====================================================================
A8 = Art(
    "Hội Phụ nữ xã Minh Hòa trao sinh kế cho 20 hội viên nghèo",
    "Sáng 6/7, Hội Liên hiệp Phụ nữ xã Minh Hòa, huyện Thanh Ba tổ chức trao 40 con lợn giống và 200 kg thức ăn chăn nuôi cho 20 hội viên thuộc hộ nghèo, cận nghèo.",
    [
        ("p", "Tổng trị giá số sinh kế hơn 80 triệu đồng, do Hội vận động từ các nhà hảo tâm và nguồn quỹ “Tiết kiệm vì phụ nữ nghèo” của các chi hội. Mỗi hội viên được nhận 2 con lợn giống và 10 kg thức ăn."),
        ("img", "/images/2024/07/trao-sinh-ke-minh-hoa.jpg", "Hội viên phấn khởi nhận lợn giống"),
        ("p", "Trước đó, Hội đã phối hợp với Trạm Khuyến nông huyện tập huấn kỹ thuật chăm sóc, phòng bệnh cho lợn; các chi hội phân công hội viên có kinh nghiệm theo dõi, giúp đỡ các hộ nhận hỗ trợ."),
        ("p", "Chị Nguyễn Thị Thắm, hội viên chi hội khu 5 xúc động cho biết, đây là nguồn động lực để gia đình chị vươn lên, phấn đấu thoát nghèo trong năm 2025."),
    ])


def page08():
    rng = random.Random("set8-joomla3-helix-vinhphu-08")
    pub = T("2024-07-07 08:12")
    url = "https://minhhoa.thanhba.vinhphu.gov.vn/index.php/tin-tuc/hoat-dong-doan-the/1874-hoi-phu-nu-xa-minh-hoa-trao-sinh-ke"
    rl = heads3(rng, 5, avoid=[A8.title])
    rd = past(pub, rng, 5, 1, 30)
    body = A8.render(img=lambda s, c, n: f'<p style="text-align: center;"><img src="{s}" alt="{esc(c, True)}" width="600" height="400" /></p><p style="text-align: center;"><span style="color: #0000ff;"><em>{esc(c)}</em></span></p>')
    main = f"""<article class="item item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />
<div class="entry-header has-post-format"><span class="post-format"><i class="fa fa-thumb-tack"></i></span>
<dl class="article-info muted"><dt class="article-info-term"></dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><i class="fa fa-user"></i> Viết bởi <span itemprop="name">Quản trị xã Minh Hòa</span></dd>
<dd class="category-name"><i class="fa fa-folder-open-o"></i> Danh mục: <a href="/index.php/tin-tuc/hoat-dong-doan-the" itemprop="genre">Hoạt động đoàn thể</a></dd>
<dd class="published"><i class="fa fa-calendar-o"></i> <time datetime="2024-07-07T01:12:00+00:00" itemprop="datePublished">07 Tháng 7 2024</time></dd>
<dd class="hits"><span class="fa fa-eye"></span> <meta itemprop="interactionCount" content="UserPageVisits:214" />Lượt xem: 214</dd></dl>
<h2 itemprop="name">{esc(A8.title)}</h2></div>
<div itemprop="articleBody"><p><strong>{esc(A8.lead)}</strong></p>
{body}
<p style="text-align: right;">Tin: <strong>Hà Linh</strong>, Hội LHPN huyện Thanh Ba</p></div>
<div class="helix-social-share"><div class="helix-social-share-icon"><ul><li><a class="facebook" href="#">Facebook</a></li><li><a class="twitter" href="#">Twitter</a></li></ul></div></div>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Trước</a></li><li class="next"><a href="#" rel="next">Tiếp theo &gt;</a></li></ul></article>"""
    top = '<header id="sp-header"><div class="logo"><img src="/images/logo-xa.png" alt="" /></div><div class="sp-date">Chủ nhật, 14 Tháng 7 2024</div></header>'
    crumbs = '<ol class="breadcrumb"><li><a href="/index.php" class="pathway">Trang chủ</a></li><li><a href="/index.php/tin-tuc" class="pathway">Tin tức</a></li><li><a href="/index.php/tin-tuc/hoat-dong-doan-the" class="pathway">Hoạt động đoàn thể</a></li><li class="active">' + esc(A8.title) + "</li></ol>"
    side = ('<div class="sp-module"><h3 class="sp-module-title">Bài viết mới</h3>' + rel(rng, rl, rd, lambda d: dmy(d), href="/index.php/tin-tuc/{n}-{s}", cls="latestnews") + "</div>")
    html = shell(rng, title=A8.title, org="XA", prefix="sp", kb=120, top=top, crumbs=crumbs, main=main, side=side,
                 foot_org="Cổng thông tin điện tử xã Minh Hòa", addr="UBND xã Minh Hòa, huyện Thanh Ba, tỉnh Vĩnh Phú", phone="0210.3885.320",
                 head_extra='<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />')
    return mk("joomla3_helix_ultimate_utc_time", "vinhphu-minhhoa-hlhpn-utc-datetime-attr-date-only-visible-account-tin-name-unit", url, html,
              expected(A8, iso(pub), author="Hà Linh", unit="Hội LHPN huyện Thanh Ba", category="Hoạt động đoàn thể"),
              {"bylines": ["Quản trị xã Minh Hòa", "Viết bởi"], "dates": ["Chủ nhật, 14 Tháng 7 2024"], "chrome": ["Lượt xem: 214", "Tiếp theo >", "Bài viết mới", "Danh mục:"],
               "related": rl[:3]},
              "Joomla 3 + Helix Ultimate. Visible date '07 Tháng 7 2024' only; <time datetime='2024-07-07T01:12:00+00:00'> "
              "is UTC with an explicit offset and agrees with the visible day once converted → 2024-07-07T08:12+07:00 (the "
              "convention). 'Viết bởi Quản trị xã Minh Hòa' is the CMS account → not the author; foot 'Tin: Hà Linh, Hội "
              "LHPN huyện Thanh Ba' → author + unit. Bold first paragraph = lead. Blue em caption paragraph. Breadcrumb ends "
              "in the title → category 'Hoạt động đoàn thể'.",
              "Joomla 3 Helix Ultimate; visible '07 Tháng 7 2024' + UTC datetime attr (+00:00 → 08:12 local), 'Viết bởi <account>', 'Tin: Name, Unit' foot, blue em caption, prev/next pager")


# =====================================================================
A9 = Art(
    "Tuổi trẻ Phú Lộc ra quân Chiến dịch Thanh niên tình nguyện hè 2024",
    None,
    [
        ("p", "Sáng 7/7, Huyện đoàn Phú Lộc tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 với sự tham gia của hơn 500 đoàn viên, thanh niên, học sinh."),
        ("p", "Năm nay, chiến dịch tập trung vào 4 nội dung: chuyển đổi số, bảo vệ môi trường, chăm sóc thiếu nhi và hỗ trợ xây dựng nông thôn mới. Huyện đoàn đặt mục tiêu thực hiện 10 công trình, phần việc thanh niên với tổng giá trị hơn 600 triệu đồng."),
        ("img", "https://doanphuloc.vn/wp-content/uploads/2024/07/ra-quan-ttn-he-1024x683.jpg", "Đoàn viên thanh niên ra quân dọn vệ sinh bờ biển Vinh Hiền"),
        ("p", "Ngay sau lễ ra quân, các đội hình tình nguyện đã dọn vệ sinh 3 km bờ biển, trồng 300 cây phi lao chắn cát và hướng dẫn người dân cài đặt ứng dụng định danh điện tử VNeID."),
        ("p", "Chiến dịch sẽ kéo dài đến ngày 31/8/2024, cao điểm là “Ngày thứ Bảy tình nguyện” và “Ngày Chủ nhật xanh” được tổ chức đồng loạt ở các cơ sở đoàn."),
    ])


def page09():
    rng = random.Random("set8-wp-generatepress-09")
    pub = T("2024-07-08 10:05")
    url = "https://doanphuloc.vn/2024/07/08/tuoi-tre-phu-loc-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2024/"
    rl = heads3(rng, 3, avoid=[A9.title])
    rd = past(pub, rng, 3, 1, 20)
    body = A9.render(img=lambda s, c, n: f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{s}" alt="" class="wp-image-{rng.randint(2000, 4000)}" srcset="{s} 1024w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')
    main = f"""<main class="site-main" id="main"><article id="post-3391" class="post-3391 post type-post status-publish format-standard has-post-thumbnail category-hoat-dong-doan tag-tinh-nguyen" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(A9.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2024-07-09T14:31:07+07:00" itemprop="dateModified">09/07/2024</time><time class="entry-date published" datetime="2024-07-08T10:05:43+07:00" itemprop="datePublished">08/07/2024</time></span> <span class="byline">bởi <span class="author vcard" itemprop="author"><a class="url fn n" href="https://doanphuloc.vn/author/bientap/" title="Xem tất cả bài viết bởi bientap" rel="author" itemprop="url"><span class="author-name" itemprop="name">bientap</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">{body}
<p style="text-align: right;"><em>Bài và ảnh: <strong>Ngọc Ánh</strong></em></p></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Chuyên mục </span><a href="https://doanphuloc.vn/category/hoat-dong-doan/" rel="category tag">Hoạt động Đoàn</a></span> <span class="tags-links"><span class="screen-reader-text">Thẻ </span><a href="https://doanphuloc.vn/tag/tinh-nguyen/" rel="tag">tình nguyện</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><span class="prev"><a href="#" rel="prev">{esc(rl[0])}</a></span></div></nav></footer></div></article>
<div class="comments-area"><h3 class="comments-title">Một bình luận về “{esc(A9.title)}”</h3><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><cite itemprop="name" class="fn">Hoàng Nam</cite> <time datetime="2024-07-08T21:40:00+07:00">08/07/2024 lúc 21:40</time></footer><div class="comment-content"><p>Tự hào tuổi trẻ Phú Lộc!</p></div></article></li></ol></div></main>"""
    top = '<header class="site-header"><div class="site-branding"><p class="main-title"><a href="/">Huyện đoàn Phú Lộc</a></p><p class="site-description">Tuổi trẻ Phú Lộc xung kích, sáng tạo</p></div></header>'
    crumbs = ""
    side = ('<aside class="widget"><h2 class="widget-title">Bài viết mới</h2>' + rel(rng, rl, rd, lambda d: dmy(d), href="https://doanphuloc.vn/2024/06/{s}/", cls="wp-block-latest-posts") + "</aside>")
    html = shell(rng, title=A9.title + " – Huyện đoàn Phú Lộc", org="HD", prefix="gp", kb=100, top=top, crumbs=crumbs, main=main, side=side,
                 foot_org="Huyện đoàn Phú Lộc", addr="Thị trấn Phú Lộc, tỉnh Bình Trị Thiên", phone="0234.3871.006",
                 head_extra='<meta name="generator" content="WordPress 6.5.5" /><style id="generate-style-inline-css">.posted-on .updated{display:none;}.byline,.single .byline{display:inline;}</style>')
    return mk("wp_generatepress_hidden_updated", "binhtrithien-phuloc-doan-hidden-updated-time-first-account-bai-va-anh-wp-block-figcaption", url, html,
              expected(A9, iso(pub), author="Ngọc Ánh", photographer="Ngọc Ánh", category="Hoạt động Đoàn"),
              {"bylines": ["bientap", "Bài và ảnh:"], "dates": ["09/07/2024", "08/07/2024 lúc 21:40"], "comments": ["Tự hào tuổi trẻ Phú Lộc!"],
               "chrome": ["Bài viết mới", "Chuyên mục", "Thẻ"], "related": rl[:2]},
              "WordPress + GeneratePress. The posted-on span holds TWO <time>s: the modified one FIRST ('09/07/2024', "
              "class 'updated', hidden by the theme's inline CSS .posted-on .updated{display:none}) and the published "
              "'08/07/2024' with datetime 2024-07-08T10:05:43+07:00 → published 10:05 (explicit offset, agrees with the "
              "visible day). updated_at null: the modified stamp is hidden, not shown (judgement). 'bởi bientap' = account. "
              "'Bài và ảnh: Ngọc Ánh' → author = photographer. No lead. Category = cat-links 'Hoạt động Đoàn'.",
              "WordPress GeneratePress; hidden 'updated' <time> printed before the published one, account byline, 'Bài và ảnh:' foot, wp-block-image figcaption, dated comment")


# =====================================================================
A10 = Art(
    "Đoan Hùng tổ chức Liên hoan văn nghệ quần chúng chào mừng kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ",
    "Tối 8/7, tại Quảng trường trung tâm thị trấn Đoan Hùng, UBND huyện tổ chức Liên hoan văn nghệ quần chúng chào mừng kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024).",
    [
        ("p", "Tham gia liên hoan có 14 đội văn nghệ của các xã, thị trấn với hơn 300 diễn viên, nghệ nhân không chuyên, mang đến 42 tiết mục ca, múa, nhạc, hát xoan, hát ghẹo đặc sắc."),
        ("img", "/Portals/0/EasyDNNnews/2431/lien-hoan-van-nghe.jpg", "Tiết mục hát xoan của đội văn nghệ xã Chân Mộng"),
        ("p", "Các tiết mục tập trung ca ngợi Đảng, Bác Hồ, tri ân các anh hùng liệt sĩ, thương binh, người có công với cách mạng và phản ánh những đổi thay của quê hương Đoan Hùng."),
        ("p", "Kết quả, Ban Tổ chức trao 1 giải A, 2 giải B, 3 giải C toàn đoàn và 10 giải cho tiết mục xuất sắc. Các tiết mục đạt giải cao sẽ được chọn tham gia Liên hoan văn nghệ quần chúng tỉnh vào tháng 9/2024."),
    ])


def page10():
    rng = random.Random("set8-dnn-easydnn-10")
    pub = T("2024-07-09")
    url = "https://doanhung.vinhphu.gov.vn/tin-tuc/ArticleID/2431/Doan-Hung-to-chuc-Lien-hoan-van-nghe-quan-chung"
    rl = heads3(rng, 6, avoid=[A10.title])
    rd = past(pub, rng, 6, 1, 30)
    body = A10.render(img=lambda s, c, n: f'<div class="edn_mediaContainer"><a class="edn_lightbox" href="{s}"><img src="{s}" alt="" /></a><p class="edn_mediaCaption">{esc(c)}</p></div>')
    main = f"""<div class="DnnModule DnnModule-EasyDNNnews"><div class="eds_news_Bootstrap"><div class="edn_article edn_clearFix">
<div class="edn_articleTitle"><h1>{esc(A10.title)}</h1></div>
<div class="edn_metaDetails"><time class="edn_articleDate">09 Tháng Bảy 2024</time> <span class="edn_articleAuthor">Tác giả: <a href="/tin-tuc/AuthorID/17">Phòng Văn hóa và Thông tin huyện Đoan Hùng</a></span> <span class="edn_categories"><a class="Category_12" href="/tin-tuc/CategoryID/12">Văn hóa - Xã hội</a></span></div>
<div class="edn_articleSummary"><p>{esc(A10.lead)}</p></div>
<div class="edn_articleContent">{body}</div>
<div class="edn_socialPrintWrapper"><div class="edn_socialButtons"><a href="#">Facebook</a> <a href="#">In</a></div></div>
<div class="edn_articleTags"><a href="/tin-tuc/tag/77">Ngày Thương binh - Liệt sĩ</a></div></div>
<div class="edn_relatedArticles"><h3>Bài viết liên quan</h3>{rel(rng, rl, rd, lambda d: f"{dmy(d)}", href="/tin-tuc/ArticleID/{n}/{s}", cls="edn_related")}</div></div></div>"""
    top = '<div class="dnn-header"><img src="/Portals/0/logo-doanhung.png" alt="" /><div class="dnn-date">Thứ Tư, 10 Tháng Bảy 2024</div></div>'
    crumbs = '<div class="breadCrumb"><a href="/" class="breadcrumbLink">Trang chủ</a> &gt; <a href="/tin-tuc" class="breadcrumbLink">Tin tức</a> &gt; <a href="/tin-tuc/CategoryID/12" class="breadcrumbLink">Văn hóa - Xã hội</a></div>'
    side = side_box(rng, "Sự kiện sắp tới", ["Hội nghị tổng kết công tác gia đình năm 2024 (15/12/2024)", "Giải việt dã truyền thống huyện (25/8/2024)"], [pub] * 2, None, "events")
    html = shell(rng, title=A10.title, org="UB", prefix="dn", kb=130, top=top, crumbs=crumbs, main=main, side=side, form=True,
                 foot_org="Cổng thông tin điện tử huyện Đoan Hùng", addr="Thị trấn Đoan Hùng, tỉnh Vĩnh Phú", phone="0210.3881.222",
                 head_extra='<meta name="generator" content="DotNetNuke 9.10" />')
    return mk("dnn9_easydnnnews_unit_author", "vinhphu-doanhung-thang-bay-word-date-only-tac-gia-is-unit-mediacaption-event-side", url, html,
              expected(A10, isod(pub), unit="Phòng Văn hóa và Thông tin huyện Đoan Hùng", category="Văn hóa - Xã hội"),
              {"dates": ["Thứ Tư, 10 Tháng Bảy 2024", "(25/8/2024)"], "chrome": ["Bài viết liên quan", "Sự kiện sắp tới"], "related": rl[:3]},
              "DNN 9 + EasyDNNnews. Date only, month as a word: '09 Tháng Bảy 2024' → 2024-07-09; header clock same style for "
              "10/07. 'Tác giả:' links an author profile whose name is an office ('Phòng Văn hóa và Thông tin huyện Đoan "
              "Hùng') → author null, author_unit = that office (judgement). Summary = lead; edn_mediaCaption captions. "
              "Anniversary dates 27/7/1947 - 27/7/2024 in the lead are not publication dates. Category = 'Văn hóa - Xã hội'.",
              "DNN 9 EasyDNNnews; '09 Tháng Bảy 2024' word-month date only, 'Tác giả:' = an office (unit, no person), edn_mediaCaption, anniversary dates in lead, events sidebar")


PAGES = [page06, page07, page08, page09, page10]
