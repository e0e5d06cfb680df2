"""Hold-out pages 17-24: VHV, Drupal 7, Joomla K2, WordPress, and four invented CMSs."""
import json as _json

from _lib import attr, emit, esc, fill, render

# ---------------------------------------------------------------- P17 VHV CMS
lead17 = "Chiều 7/8, Ban Thường vụ Huyện ủy Yên Lạc tổ chức hội nghị sơ kết 2 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW."
items = [
    "Sau 2 năm triển khai, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trên địa bàn huyện đã đi vào nền nếp, trở thành việc làm thường xuyên của các cấp ủy, tổ chức đảng, cơ quan, đơn vị. 100% cấp ủy đã xây dựng chuyên đề hằng năm sát với tình hình thực tế; 98% cán bộ, đảng viên đăng ký nội dung học tập và làm theo Bác.",
    ("img", "/upload/2001606/20230807/so-ket-ket-luan-01.jpg", "Ban Thường vụ Huyện ủy Yên Lạc khen thưởng các tập thể, cá nhân tiêu biểu"),
    "Nhiều mô hình, cách làm hay được nhân rộng như “Mỗi tuần một việc tốt” của Đoàn Thanh niên, “Phụ nữ Yên Lạc tiết kiệm vì người nghèo”, “Dòng họ khuyến học”… góp phần thúc đẩy phát triển kinh tế - xã hội của địa phương.",
    "Dịp này, Ban Thường vụ Huyện ủy đã tặng Giấy khen cho 15 tập thể và 24 cá nhân có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021 - 2023.",
]
def img17(src, cap):
    return f'<figure class="image" style="text-align:center"><img alt="{attr(cap)}" src="{src}" width="680" />\n<figcaption>{esc(cap)}</figcaption></figure>'
body = render(items, '<p style="text-align: justify;">[[T]]</p>', img17)
rel17a = [("Yên Lạc: Hội nghị báo cáo viên quý III năm 2023", "64d1a0b2f1c2e87a3b0c9d12", "05/08/2023"),
          ("Huyện ủy Yên Lạc quán triệt Nghị quyết Trung ương 7 khóa XIII", "64b7f3c1f1c2e87a3b0c8a01", "19/07/2023")]
rel17b = [("Trao Huy hiệu Đảng cho đảng viên xã Tề Lỗ", "64c0a9d3f1c2e87a3b0c9001", "26/07/2023")]
def vhvrel(lst):
    return "\n".join(f'<article class="list-news-one"><h2 class="h4 title"><a href="/tin-tuc/bai-{i}.html" title="{attr(t)}">{esc(t)}</a></h2><span class="date">&nbsp({d})</span></article>' for t, i, d in lst)
tpl17 = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Yên Lạc sơ kết 2 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị</title>
<link rel="stylesheet" href="/3rdparty/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/templates/templatesotc/css/style.css">
<script>var VHV={site:"2001606",lang:"vi"};function printArticle(id){window.open('/print/'+id)}</script>
</head>
<body>
<div id="frameBoundHeader" class="frameBound">
 <div class="container"><div class="header-top"><span class="clock">Thứ Hai, 18/11/2024</span></div>
 <a href="/"><img src="/upload/2001606/banner.png" alt="Huyện ủy Yên Lạc"></a>
 <ul class="menu-top"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/tin-tuc.html">Tin tức - Sự kiện</a></li><li><a href="/van-ban.html">Văn bản</a></li></ul></div>
</div>
<div id="frameBoundContent" class="frameBound container">
 <div class="row">
  <div class="col-md-8">
   <div class="pathway-category">
    <ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
     <li class="first-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>
     <li class="last-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/tin-tuc.html"><span itemprop="name">Tin tức - Sự kiện</span></a><meta itemprop="position" content="2"></li>
    </ol>
   </div>
   <div id="module17" class="ModuleWrapper" moduleRootId="17">
    <article id="article17" class="news-detail-layout-type-2" itemscope itemtype="http://schema.org/NewsArticle">
     <meta itemprop="datePublished" content="2023-08-07T17:23:45+07:00">
     <meta itemprop="dateModified" content="2023-08-08T09:02:11+07:00">
     <header>
      <span class="post-date">17:23:45 | 07/08/2023</span>
      <div class="block_share"><a href="javascript:void(0)" class="font-minus">A-</a> <a href="javascript:void(0)" class="font-normal">A</a> <a href="javascript:void(0)" class="font-plus">A+</a> <a href="javascript:printArticle('64d0c5e1f1c2e87a3b0c9e45')">In</a> <a href="mailto:?subject=Tin%20bai">Email</a></div>
     </header>
     <div class="article-content">
      <div class="block-core-a3">
       <h1 class="title-detail" itemprop="headline">[[TITLE]]</h1>
       <div class="social-connect"><div class="zalo-share-button" data-href="" data-oaid="2001606" data-layout="2"></div><div class="fb-like" data-layout="button_count"></div><a href="javascript:void(0)" class="read-news">Đọc bài</a> <a href="javascript:void(0)" class="save-news">Lưu</a></div>
       <div class="brief"><strong>[[LEAD]]</strong></div>
      </div>
      <div class="block-core-a5">
       <div class="content-detail" itemprop="articleBody">
[[BODY]]
<p style="text-align: right;"><strong>Ngọc Ánh</strong></p>
       </div>
      </div>
     </div>
     <div class="rating">Tổng số điểm của bài viết là: 20 trong 4 đánh giá</div>
    </article>
   </div>
   <div class="panel frame-involve">
    <div class="panel-heading"><div class="panel-title">Tin liên quan</div></div>
    <section class="section-list Article-News-Detail-default">
[[RELA]]
    </section>
   </div>
   <div class="panel frame-involve">
    <div class="panel-heading"><div class="panel-title">Bài viết khác</div></div>
    <section class="section-list Article-News-Detail-default">
[[RELB]]
    </section>
   </div>
  </div>
  <div class="col-md-4">
   <div class="ModuleWrapper" moduleRootId="22"><div class="listNewsType1 Article-News">
    <div class="panel-title">Tin mới</div>
    <article class="item-block listNewSmall"><div class="post-item row"><div class="post-title"><h4 class="entry-title"><a href="/tin-tuc/yen-lac-tong-ket-nam-2024.html">Yên Lạc chuẩn bị tổng kết công tác năm 2024</a></h4><span class="date"><time class="post-date" datetime="2024-11-15">(15/11/2024)</time></span></div></div></article>
   </div></div>
  </div>
 </div>
</div>
<div id="frameBoundFooter" class="frameBound"><div class="container"><p>Cổng thông tin điện tử Huyện ủy Yên Lạc</p><p>Bản quyền thuộc Huyện ủy Yên Lạc - Phát triển bởi VHV</p></div></div>
</body>
</html>
'''
title17 = "Yên Lạc sơ kết 2 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị"
page = fill(tpl17, TITLE=esc(title17), LEAD=esc(lead17), BODY=body, RELA=vhvrel(rel17a), RELB=vhvrel(rel17b))
emit("vhv", "yen-lac-so-ket-ket-luan-01",
     "https://huyenuyyenlac.vn/tin-tuc/yen-lac-so-ket-2-nam-thuc-hien-ket-luan-so-01-kl-tw-cua-bo-chinh-tri.html", page,
     title=title17, published_at="2023-08-07T17:23:45+07:00", author="Ngọc Ánh", items=items, lead=lead17,
     bylines=["Ngọc Ánh"], related=[t for t, _, _ in rel17a + rel17b] + ["Yên Lạc chuẩn bị tổng kết công tác năm 2024"])

# ---------------------------------------------------------------- P18 Drupal 7
items = [
    "Từ ngày 22/2 đến 1/3, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức 12 buổi tuyên truyền Luật Biên phòng Việt Nam cho cán bộ, đảng viên và Nhân dân các xã biên giới thuộc huyện Cao Lộc, Văn Lãng và Tràng Định.",
    "Tại các buổi tuyên truyền, báo cáo viên đã giới thiệu những nội dung cơ bản của Luật Biên phòng Việt Nam như: vị trí, chức năng của Bộ đội Biên phòng; chính sách của Nhà nước về biên phòng; trách nhiệm của cơ quan, tổ chức, cá nhân trong xây dựng, quản lý, bảo vệ biên giới quốc gia. Nội dung được truyền tải ngắn gọn, dễ hiểu, bằng cả tiếng Kinh, tiếng Tày và tiếng Nùng.",
    ("img", "/sites/default/files/2021-03/tuyen-truyen-luat-bien-phong.jpg", "Cán bộ Đồn Biên phòng Cửa khẩu Chi Ma tuyên truyền Luật Biên phòng cho người dân xã Yên Khoái"),
    "Thông qua hoạt động tuyên truyền, người dân khu vực biên giới nâng cao nhận thức, tích cực tham gia tự quản đường biên, cột mốc, tố giác tội phạm buôn lậu, xuất nhập cảnh trái phép. Hiện toàn tỉnh có 312 tổ tự quản với hơn 2.700 hộ gia đình tham gia.",
    "Dịp này, Ban Tổ chức đã cấp phát hơn 2.000 tờ gấp, sổ tay hỏi đáp về Luật Biên phòng Việt Nam cho người dân.",
]
def img18(src, cap):
    return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 640px; height: 427px;" /></p>\n<p style="text-align: center;"><em>{esc(cap)}</em></p>'
body = render(items, '<p style="text-align: justify;">[[T]]</p>', img18)
rel18 = [("Tuyên truyền phòng, chống dịch COVID-19 tại khu vực biên giới", "2301", "26/02/2021"),
         ("Lạng Sơn: Ra mắt mô hình “Tổ tự quản đường biên, cột mốc”", "2288", "19/02/2021")]
tpl18 = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
  <meta name="Generator" content="Drupal 7 (http://drupal.org)" />
  <link rel="canonical" href="/node/2317" />
  <title>Lạng Sơn: Tuyên truyền Luật Biên phòng Việt Nam cho đồng bào vùng biên giới | Trang tuyên truyền tỉnh Lạng Sơn</title>
  <style type="text/css" media="all">@import url("https://tuyentruyen.langson.gov.vn/modules/system/system.base.css?qp7a1x");</style>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-2317 node-type-article">
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển tới nội dung chính</a></div>
  <div id="page-wrapper"><div id="page">
    <div id="header"><div class="section clearfix">
      <a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="Trang chủ" /></a>
      <div id="block-block-3" class="block block-block"><div class="content"><span class="ngay-thang">Thứ hai, 18/11/2024</span></div></div>
    </div></div>
    <div id="main-menu" class="navigation"><h2 class="element-invisible">Trình đơn chính</h2><ul id="main-menu-links" class="links clearfix">
      <li class="menu-218 first"><a href="/">Trang chủ</a></li><li class="menu-312"><a href="/tin-tuc">Tin tức</a></li><li class="menu-313 last"><a href="/bien-gioi">Biên giới - Biển đảo</a></li></ul></div>
    <div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/bien-gioi">Biên giới - Biển đảo</a></div></div>
    <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
      <div id="content" class="column"><div class="section">
        <a id="main-content"></a>
        <h1 class="title" id="page-title">[[TITLE]]</h1>
        <div class="tabs"></div>
        <div class="region region-content">
          <div id="block-system-main" class="block block-system">
            <div class="content">
              <div id="node-2317" class="node node-article node-promoted clearfix" about="/node/2317" typeof="sioc:Item foaf:Document">
                <span property="dc:title" content="[[TITLEATTR]]" class="rdf-meta element-hidden"></span>
                <div class="meta submitted">
                  <span property="dc:date dc:created" content="2021-03-02T09:15:00+07:00" datatype="xsd:dateTime" rel="sioc:has_creator">Gửi bởi <span class="username" xml:lang="" about="/user/1" typeof="sioc:UserAccount" property="foaf:name" datatype="">admin</span> vào lúc T3, 02/03/2021 - 09:15</span>
                </div>
                <div class="content clearfix">
                  <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
[[BODY]]
<p style="text-align: right;"><strong>Bích Ngọc</strong></p>
<p style="text-align: right;"><em>Nguồn: Báo Lạng Sơn</em></p>
                  </div></div></div>
                  <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Thẻ:&nbsp;</div><div class="field-items"><div class="field-item even" rel="dc:subject"><a href="/taxonomy/term/14" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">Luật Biên phòng</a></div></div></div>
                </div>
                <ul class="links inline"><li class="print_html first last"><a href="/print/2317" title="Hiển thị phiên bản thân thiện máy in của trang này." class="print-page" rel="nofollow">In bài</a></li></ul>
              </div>
            </div>
          </div>
          <div id="block-views-tin-lien-quan-block" class="block block-views">
            <h2>Tin liên quan</h2>
            <div class="content"><div class="view view-tin-lien-quan view-id-tin_lien_quan view-display-id-block"><div class="view-content"><div class="item-list"><ul>
[[REL]]
            </ul></div></div></div></div>
          </div>
        </div>
      </div></div>
      <div id="sidebar-second" class="column sidebar"><div class="section">
        <div id="block-views-tin-moi-block" class="block block-views"><h2>Tin mới</h2><div class="content"><ul>
          <li class="views-row views-row-1"><span class="views-field views-field-title"><a href="/node/3902">Lạng Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc</a></span> <span class="views-field views-field-created">15/11/2024</span></li>
        </ul></div></div>
      </div></div>
    </div></div>
    <div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><p>Trang tuyên truyền tỉnh Lạng Sơn - Cơ quan quản lý: Ban Tuyên giáo Tỉnh ủy Lạng Sơn</p></div></div></div></div>
  </div></div>
</body>
</html>
'''
title18 = "Lạng Sơn: Tuyên truyền Luật Biên phòng Việt Nam cho đồng bào vùng biên giới"
page = fill(tpl18, TITLE=esc(title18), TITLEATTR=attr(title18), BODY=body,
    REL="\n".join(f'<li class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/node/{i}">{esc(t)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{d}</span></div></li>' for t, i, d in rel18))
emit("drupal", "langson-tuyen-truyen-luat-bien-phong",
     "https://tuyentruyen.langson.gov.vn/node/2317", page,
     title=title18, published_at="2021-03-02T09:15:00+07:00", author="Bích Ngọc", items=items,
     bylines=["Bích Ngọc", "Nguồn: Báo Lạng Sơn", "admin"], related=[t for t, _, _ in rel18] + ["Lạng Sơn tổ chức Ngày hội Đại đoàn kết toàn dân tộc"],
     notes="Drupal 7 node; 'admin' in submitted line is the CMS account, not the author")

# ---------------------------------------------------------------- P19 Joomla K2
lead19 = "(LLCT) - Sinh hoạt chi bộ là hoạt động thường xuyên, có vai trò quyết định đến chất lượng lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng. Bài viết phân tích thực trạng và đề xuất một số giải pháp nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ cơ sở khối doanh nghiệp trong giai đoạn hiện nay."
cap19 = "Sinh hoạt chi bộ tại một doanh nghiệp nhà nước"
items = [
    "Thời gian qua, thực hiện Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư khóa X về nâng cao chất lượng sinh hoạt chi bộ và Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương, các đảng bộ cơ sở trong khối doanh nghiệp đã có nhiều đổi mới về nội dung, hình thức sinh hoạt chi bộ. Nhiều chi bộ đã gắn sinh hoạt với nhiệm vụ sản xuất, kinh doanh, bàn và quyết định những vấn đề cụ thể của đơn vị.",
    "Tuy nhiên, chất lượng sinh hoạt chi bộ ở không ít nơi còn hạn chế. Nội dung sinh hoạt có lúc còn chung chung, nặng về thông báo tình hình và triển khai nhiệm vụ chuyên môn; tính chiến đấu trong tự phê bình và phê bình chưa cao; việc sinh hoạt chuyên đề chưa được tổ chức thường xuyên. Đặc thù sản xuất theo ca, kíp, đảng viên phân tán ở nhiều công trường khiến việc duy trì sinh hoạt định kỳ gặp khó khăn.",
    "Để khắc phục những hạn chế trên, trước hết cần nâng cao nhận thức, trách nhiệm của cấp ủy, bí thư chi bộ về vị trí, vai trò của sinh hoạt chi bộ. Thứ hai, đổi mới nội dung sinh hoạt theo hướng thiết thực, gắn với nhiệm vụ chính trị của doanh nghiệp. Thứ ba, linh hoạt về hình thức, thời gian sinh hoạt, ứng dụng công nghệ thông tin để tổ chức sinh hoạt trực tuyến đối với các chi bộ có đảng viên làm việc phân tán. Thứ tư, tăng cường kiểm tra, giám sát, định kỳ đánh giá chất lượng sinh hoạt chi bộ.",
    "Nâng cao chất lượng sinh hoạt chi bộ là giải pháp quan trọng để xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh, bảo đảm sự lãnh đạo của Đảng đối với hoạt động của doanh nghiệp, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội của đất nước.",
]
body = render(items, '<p style="text-align: justify;">[[T]]</p>', None)
rel19 = [("Đổi mới công tác kiểm tra, giám sát của Đảng trong giai đoạn mới", "3705-doi-moi-cong-tac-kiem-tra-giam-sat", "02/09/2021"),
         ("Xây dựng đội ngũ bí thư chi bộ đáp ứng yêu cầu nhiệm vụ", "3688-xay-dung-doi-ngu-bi-thu-chi-bo", "25/08/2021")]
tpl19 = '''<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
  <base href="https://lyluanchinhtri.vn/home/index.php/thuc-tien/item/3712-nang-cao-chat-luong-sinh-hoat-chi-bo.html" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="author" content="Super User" />
  <meta property="og:title" content="Nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ cơ sở khối doanh nghiệp hiện nay" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>Nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ cơ sở khối doanh nghiệp hiện nay</title>
  <link href="/home/media/k2/assets/css/k2.css?v=2.10.3" rel="stylesheet" type="text/css" />
  <script src="/home/media/jui/js/jquery.min.js?8b1d0b5f" type="text/javascript"></script>
</head>
<body class="site com_k2 view-item no-layout no-task itemid-112">
<div id="t3-header" class="container t3-header">
  <div class="header-date">Thứ hai, 18 Tháng 11 2024</div>
  <div class="logo"><a href="/home/" title="Tạp chí Lý luận chính trị"><img src="/home/images/logo-llct.png" alt="Tạp chí Lý luận chính trị" /></a></div>
</div>
<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container"><ul class="nav navbar-nav">
  <li class="item-101"><a href="/home/index.php">Trang chủ</a></li><li class="item-105"><a href="/home/index.php/nghien-cuu-ly-luan">Nghiên cứu lý luận</a></li>
  <li class="item-112 current active"><a href="/home/index.php/thuc-tien">Thực tiễn</a></li><li class="item-115"><a href="/home/index.php/quoc-te">Quốc tế</a></li>
</ul></div></nav>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row">
 <div id="t3-content" class="t3-content col-xs-12 col-sm-8">
  <ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li><a href="/home/index.php" class="pathway">Trang chủ</a></li><li><a href="/home/index.php/thuc-tien" class="pathway">Thực tiễn</a></li></ul>
  <span id="startOfPageId3712"></span>
  <div id="k2Container" class="itemView">
    <div class="itemHeader">
      <span class="itemDateCreated">Thứ tư, 08 Tháng 9 2021 15:09</span>
      <h2 class="itemTitle">[[TITLE]]</h2>
    </div>
    <div class="itemToolbar"><ul>
      <li><a class="itemPrintLink" rel="nofollow" href="/home/index.php/thuc-tien/item/3712-nang-cao-chat-luong-sinh-hoat-chi-bo.html?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;"><span>In</span></a></li>
      <li><a class="itemEmailLink" rel="nofollow" href="/home/index.php/component/mailto/?tmpl=component&amp;template=llct&amp;link=abc123" onclick="window.open(this.href,'emailWindow','width=400,height=350,location=no,menubar=no,resizable=no,scrollbars=no'); return false;"><span>E-mail</span></a></li>
      <li><span class="itemTextResizerTitle">Cỡ chữ</span> <a href="#" id="fontDecrease"><span>giảm cỡ chữ</span></a> <a href="#" id="fontIncrease"><span>tăng cỡ chữ</span></a></li>
    </ul><div class="clr"></div></div>
    <div class="itemBody">
      <div class="itemImageBlock">
        <span class="itemImage"><a data-k2-modal="image" href="/home/media/k2/items/cache/5b1f3a_XL.jpg" title="Nhấn để xem hình đầy đủ"><img src="/home/media/k2/items/cache/5b1f3a_L.jpg" alt="[[TITLEATTR]]" style="width:600px; height:auto;" /></a></span>
        <span class="itemImageCaption">[[CAP]]</span>
        <span class="itemImageCredits">Ảnh: Tuấn Anh - TTXVN</span>
        <div class="clr"></div>
      </div>
      <div class="itemIntroText"><p><strong>[[LEAD]]</strong></p></div>
      <div class="itemFullText">
[[BODY]]
<p style="text-align: right;"><strong>Lê Thị Minh Hạnh, Viện Xây dựng Đảng, Học viện Chính trị quốc gia Hồ Chí Minh</strong></p>
      </div>
      <div class="clr"></div>
      <div class="itemDateModified">Lần sửa cuối vào Thứ năm, 09 Tháng 9 2021 08:12</div>
    </div>
    <div class="itemHitsTwitter"><span class="itemHits">24114 Lượt xem</span></div>
    <div class="itemRelated">
      <h3>Bài viết liên quan</h3>
      <ul>
[[REL]]
      </ul>
    </div>
    <div class="itemNavigation"><span class="itemNavigationTitle">Các bài viết khác trong chuyên mục này:</span>
      <a class="itemPrevious" href="/home/index.php/thuc-tien/item/3711-phat-huy-vai-tro-cua-mat-tran.html">« Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội</a>
      <a class="itemNext" href="/home/index.php/thuc-tien/item/3713-chuyen-doi-so-trong-cong-tac-dang.html">Chuyển đổi số trong công tác đảng ở cơ sở »</a>
    </div>
  </div>
 </div>
 <div class="t3-sidebar col-xs-12 col-sm-4">
  <div class="t3-module module"><h3 class="module-title"><span>Đọc nhiều nhất</span></h3><div class="module-ct"><ul class="mostread">
   <li><a href="/home/index.php/nghien-cuu-ly-luan/item/5402-tu-tuong-ho-chi-minh.html"><span>Tư tưởng Hồ Chí Minh về xây dựng Đảng</span></a></li>
  </ul></div></div>
 </div>
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><div class="container"><p>Tạp chí Lý luận chính trị - Cơ quan của Học viện Chính trị quốc gia Hồ Chí Minh</p></div></footer>
</body>
</html>
'''
title19 = "Nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ cơ sở khối doanh nghiệp hiện nay"
page = fill(tpl19, TITLE=esc(title19), TITLEATTR=attr(title19), CAP=esc(cap19), LEAD=esc(lead19), BODY=body,
    REL="\n".join(f'<li class="itemRelLink"><a href="/home/index.php/thuc-tien/item/{s}.html">{esc(t)}</a> <span class="itemRelDate">({d})</span></li>' for t, s, d in rel19))
emit("joomla_k2", "nang-cao-chat-luong-sinh-hoat-chi-bo",
     "https://lyluanchinhtri.vn/home/index.php/thuc-tien/item/3712-nang-cao-chat-luong-sinh-hoat-chi-bo.html", page,
     title=title19, published_at="2021-09-08T15:09:00+07:00", author="Lê Thị Minh Hạnh",
     author_unit="Viện Xây dựng Đảng, Học viện Chính trị quốc gia Hồ Chí Minh", items=items,
     lead=lead19, lead_caption=cap19,
     bylines=["Lê Thị Minh Hạnh, Viện Xây dựng Đảng", "Ảnh: Tuấn Anh - TTXVN"],
     related=[t for t, _, _ in rel19] + ["Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội", "Chuyển đổi số trong công tác đảng ở cơ sở"],
     notes="K2 month-word date; modified date after the body; meta author 'Super User' is the account; unit contains a comma")

# ---------------------------------------------------------------- P20 WordPress
items = [
    "Sáng 9/5, Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Tiền Giang tổ chức lễ phát động Tháng hành động vì an toàn thực phẩm năm 2024 với chủ đề “Bảo đảm an toàn thực phẩm trong sản xuất, kinh doanh thực phẩm an toàn và truy xuất nguồn gốc thực phẩm”.",
    ("img", "https://tuyengiaotiengiang.vn/wp-content/uploads/2024/05/phat-dong-thang-hanh-dong-attp-1.jpg", "Đại biểu tham quan gian hàng trưng bày sản phẩm OCOP tại lễ phát động"),
    "Năm 2023, các cơ quan chức năng trên địa bàn tỉnh đã kiểm tra 4.860 cơ sở sản xuất, kinh doanh thực phẩm, phát hiện và xử lý 312 cơ sở vi phạm với tổng số tiền phạt hơn 850 triệu đồng. Toàn tỉnh không xảy ra vụ ngộ độc thực phẩm đông người.",
    "Trong Tháng hành động, các ngành chức năng sẽ tập trung kiểm tra việc chấp hành quy định về an toàn thực phẩm tại các chợ đầu mối, bếp ăn tập thể trong khu công nghiệp, trường học và các cơ sở sản xuất nước uống đóng chai; đồng thời đẩy mạnh tuyên truyền để người tiêu dùng lựa chọn thực phẩm có nguồn gốc rõ ràng.",
    ("img", "https://tuyengiaotiengiang.vn/wp-content/uploads/2024/05/phat-dong-thang-hanh-dong-attp-2.jpg", "Lực lượng chức năng kiểm tra mẫu thực phẩm tại chợ Mỹ Tho"),
    "Dịp này, Ban Tổ chức trao giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho 25 cơ sở sản xuất, kinh doanh trên địa bàn TP. Mỹ Tho.",
]
def img20(src, cap):
    return f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" src="{src}" alt="" class="wp-image-48213" srcset="{src} 1024w, {src.replace(".jpg", "-300x200.jpg")} 300w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">{esc(cap)}</figcaption></figure>'
body = render(items, '<p>[[T]]</p>', img20)
rel20 = [("Tiền Giang: Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán Giáp Thìn", "kiem-tra-attp-tet-giap-thin", "18 Tháng 1, 2024"),
         ("Hội nghị báo cáo viên Tỉnh ủy tháng 4/2024", "hoi-nghi-bao-cao-vien-thang-4-2024", "24 Tháng 4, 2024")]
ld20 = {"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": "Tiền Giang phát động Tháng hành động vì an toàn thực phẩm năm 2024",
        "datePublished": "2024-05-10T08:30:00+07:00", "dateModified": "2024-05-11T09:05:12+07:00", "author": {"@name": "Ban Biên tập", "name": "Ban Biên tập"},
        "publisher": {"@id": "https://tuyengiaotiengiang.vn/#organization"}}]}
tpl20 = '''<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tiền Giang phát động Tháng hành động vì an toàn thực phẩm năm 2024 &#8211; Ban Tuyên giáo Tỉnh ủy Tiền Giang</title>
<meta name='robots' content='max-image-preview:large' />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2024-05-10T01:30:00+00:00" />
<meta property="article:modified_time" content="2024-05-11T02:05:12+00:00" />
<script type="application/ld+json" class="yoast-schema-graph">[[LD]]</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://tuyengiaotiengiang.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='newsup-style-css' href='https://tuyengiaotiengiang.vn/wp-content/themes/newsup/style.css?ver=6.5.3' media='all' />
<meta name="generator" content="WordPress 6.5.3" />
</head>
<body class="post-template-default single single-post postid-48210 single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header">
  <div class="mg-head-detail hidden-xs"><div class="container-fluid"><div class="info-left"><span class="date-time">Thứ Hai, 18/11/2024</span></div></div></div>
  <div class="site-branding"><p class="site-title"><a href="https://tuyengiaotiengiang.vn/" rel="home">Ban Tuyên giáo Tỉnh ủy Tiền Giang</a></p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li class="menu-item"><a href="https://tuyengiaotiengiang.vn/">Trang chủ</a></li>
    <li class="menu-item current-post-ancestor"><a href="https://tuyengiaotiengiang.vn/category/tin-tuc/">Tin tức</a></li>
    <li class="menu-item"><a href="https://tuyengiaotiengiang.vn/category/hoc-tap-va-lam-theo-bac/">Học tập và làm theo Bác</a></li>
  </ul></nav>
</header>
<div id="content" class="site-content"><div class="container"><div class="row">
 <main id="primary" class="site-main col-md-8">
  <div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="https://tuyengiaotiengiang.vn/"><span>Trang chủ</span></a></li><li id="brcr_1"><a href="https://tuyengiaotiengiang.vn/category/tin-tuc/"><span>Tin tức</span></a></li></ul></div></div>
  <article id="post-48210" class="post-48210 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-tuc tag-an-toan-thuc-pham">
   <header class="entry-header">
    <div class="bs-blog-category"><a href="https://tuyengiaotiengiang.vn/category/tin-tuc/" rel="category tag">Tin tức</a></div>
    <h1 class="entry-title">[[TITLE]]</h1>
    <div class="entry-meta">
     <span class="posted-on"><a href="https://tuyengiaotiengiang.vn/tien-giang-phat-dong-thang-hanh-dong-vi-an-toan-thuc-pham-nam-2024/" rel="bookmark"><time class="entry-date published" datetime="2024-05-10T01:30:00+00:00">10 Tháng 5, 2024</time><time class="updated" datetime="2024-05-11T02:05:12+00:00">11 Tháng 5, 2024</time></a></span>
     <span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="https://tuyengiaotiengiang.vn/author/bbt/">Ban Biên tập</a></span></span>
    </div>
   </header>
   <div class="entry-content">
[[BODY]]
<p class="has-text-align-right"><strong>Tin, ảnh: Ngọc Trâm</strong></p>
    <div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-print"><a rel="nofollow" class="share-print sd-button" href="#print"><span>In</span></a></li></ul></div></div></div>
    <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3>
[[REL]]
    </div>
   </div>
   <footer class="entry-footer"><span class="tags-links">Thẻ: <a href="https://tuyengiaotiengiang.vn/tag/an-toàn-thực-phẩm/" rel="tag">an toàn thực phẩm</a>, <a href="https://tuyengiaotiengiang.vn/tag/tháng-hành-động/" rel="tag">tháng hành động</a></span></footer>
  </article>
  <nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="https://tuyengiaotiengiang.vn/hoi-nghi-bao-cao-vien-thang-4-2024/" rel="prev">Hội nghị báo cáo viên Tỉnh ủy tháng 4/2024</a></div></div></nav>
 </main>
 <aside id="secondary" class="widget-area col-md-4">
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>
   <li><a href="https://tuyengiaotiengiang.vn/tien-giang-hoi-nghi-tinh-uy-lan-thu-25/">Tiền Giang: Hội nghị Tỉnh ủy lần thứ 25</a><span class="post-date">15 Tháng 11, 2024</span></li>
  </ul></section>
 </aside>
</div></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">Bản quyền © 2024 Ban Tuyên giáo Tỉnh ủy Tiền Giang | Vận hành bởi WordPress</div></footer>
</div>
</body>
</html>
'''
title20 = "Tiền Giang phát động Tháng hành động vì an toàn thực phẩm năm 2024"
page = fill(tpl20, TITLE=esc(title20), BODY=body, LD=_json.dumps(ld20, ensure_ascii=False),
    REL="\n".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://tuyengiaotiengiang.vn/{s}/">{esc(t)}</a></h4><p class="jp-relatedposts-post-date">{d}</p></div>' for t, s, d in rel20))
emit("wordpress", "tien-giang-thang-hanh-dong-attp",
     "https://tuyengiaotiengiang.vn/tien-giang-phat-dong-thang-hanh-dong-vi-an-toan-thuc-pham-nam-2024/", page,
     title=title20, published_at="2024-05-10T08:30:00+07:00", author="Ngọc Trâm", items=items,
     bylines=["Tin, ảnh: Ngọc Trâm", "Ban Biên tập"], related=[t for t, _, _ in rel20] + ["Tiền Giang: Hội nghị Tỉnh ủy lần thứ 25"],
     notes="time element datetime is UTC (01:30Z = 08:30 +07:00), visible date has no time; WP author 'Ban Biên tập' is an account, byline 'Tin, ảnh: Ngọc Trâm' in content")

# ---------------------------------------------------------------- P21 invented: provincial press CMS (no profile)
lead21 = "Tối 23/9, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị biểu dương điển hình tiên tiến trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai đoạn 2020 - 2025."
items = [
    "Sau 5 năm triển khai, phong trào đã nhận được sự hưởng ứng tích cực của các tầng lớp Nhân dân. Toàn tỉnh có 94,6% hộ gia đình đạt danh hiệu “Gia đình văn hóa”, 91,2% thôn, tổ dân phố đạt danh hiệu văn hóa; nhiều khu dân cư xây dựng được quỹ khuyến học, quỹ vì người nghèo, tổ hòa giải hoạt động hiệu quả.",
    ("img", "https://cdn.baohungyen.vn/images/2025/09/23/bieu-duong-dien-hinh-1.jpg", "Lãnh đạo tỉnh trao Bằng khen cho các điển hình tiên tiến"),
    "Các điển hình được tôn vinh lần này là những tập thể, cá nhân có nhiều đóng góp trong xây dựng khu dân cư văn hóa, bảo vệ môi trường, giữ gìn an ninh trật tự, giúp nhau phát triển kinh tế. Trong đó có nhiều hộ nông dân sản xuất, kinh doanh giỏi, mỗi năm tạo việc làm cho hàng chục lao động địa phương.",
    "Phát biểu tại hội nghị, đồng chí Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các cấp Mặt trận tiếp tục đổi mới nội dung, phương thức tuyên truyền, vận động, kịp thời phát hiện, nhân rộng các điển hình tiên tiến, tạo sức lan tỏa sâu rộng trong cộng đồng.",
]
def img21(src, cap):
    return f'<figure class="article__image"><img src="{src}" alt="{attr(cap)}" loading="lazy" /><figcaption class="article__caption">{esc(cap)}</figcaption></figure>'
body = render(items, '<p>[[T]]</p>', img21)
more21 = [("Hưng Yên: Hơn 2.000 hộ gia đình được công nhận “Gia đình văn hóa” tiêu biểu", "hon-2000-ho-gia-dinh-van-hoa-tieu-bieu-5d1e0a2", "22/09/2025 21:15"),
          ("Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm xã hội", "giam-sat-chinh-sach-bhxh-9f2c7b0", "20/09/2025 16:40")]
ld21 = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hưng Yên: Tôn vinh 90 điển hình tiên tiến trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”",
        "datePublished": "2025-09-23T20:02:00+07:00", "dateModified": "2025-09-24T07:10:00+07:00", "author": [{"@type": "Person", "name": "Minh Hiếu"}],
        "publisher": {"@type": "Organization", "name": "Báo Hưng Yên"}}
tpl21 = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hưng Yên: Tôn vinh 90 điển hình tiên tiến trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” | Báo Hưng Yên điện tử</title>
<meta name="description" content="[[LEADATTR]]">
<meta property="og:type" content="article">
<script type="application/ld+json">[[LD]]</script>
<link rel="stylesheet" href="https://cdn.baohungyen.vn/assets/web/styles/main.min.css?v=2025.09.1">
</head>
<body class="page-detail">
<header class="site-header">
  <div class="container header__top"><span class="header__date">Thứ Tư, 24/9/2025</span><a class="header__weather" href="#">Hưng Yên 29°C</a><a href="/rss.html">RSS</a></div>
  <div class="container header__main"><a class="header__logo" href="/"><img src="https://cdn.baohungyen.vn/assets/web/images/logo.svg" alt="Báo Hưng Yên"></a></div>
  <nav class="header__nav"><ul class="container menu">
    <li class="menu__item"><a href="/">Trang chủ</a></li><li class="menu__item is-active"><a href="/chinh-tri/">Chính trị</a></li><li class="menu__item"><a href="/kinh-te/">Kinh tế</a></li><li class="menu__item"><a href="/xa-hoi/">Xã hội</a></li><li class="menu__item"><a href="/van-hoa/">Văn hóa</a></li>
  </ul></nav>
</header>
<main class="container main">
 <div class="layout layout--detail">
  <div class="layout__main">
   <div class="article" data-id="7c3a9f1">
     <div class="article__breadcrumb"><a href="/chinh-tri/">Chính trị</a> <a href="/chinh-tri/mat-tran/">Mặt trận</a></div>
     <h1 class="article__title">[[TITLE]]</h1>
     <div class="article__meta"><span class="article__author">Minh Hiếu</span><span class="article__date">Thứ ba, 20:02, 23/09/2025</span><span class="article__listen"><button type="button" class="btn-listen">Nghe bài viết</button></span></div>
     <h2 class="article__sapo">[[LEAD]]</h2>
     <div class="article__body" id="article-body">
[[BODY]]
     </div>
     <div class="article__tags"><a href="/tag/mat-tran-to-quoc.html">#Mặt trận Tổ quốc</a> <a href="/tag/doi-song-van-hoa.html">#đời sống văn hóa</a></div>
     <div class="article__share"><a class="share-fb" href="#">Facebook</a> <a class="share-zalo" href="#">Zalo</a> <a class="copy-link" href="#">Sao chép liên kết</a></div>
   </div>
   <section class="box-more">
     <h3 class="box-more__title">Xem thêm</h3>
[[MORE]]
   </section>
  </div>
  <aside class="layout__side">
   <div class="box-latest"><h3>Tin mới</h3><ul>
     <li><a href="/xa-hoi/202509/mua-lon-gay-ngap-cuc-bo-tai-tp-hung-yen-a81c3d0/">Mưa lớn gây ngập cục bộ tại TP Hưng Yên</a><time>21:40</time></li>
     <li><a href="/kinh-te/202509/nhan-long-hung-yen-vao-mua-thu-hoach-muon-3b5e1f2/">Nhãn lồng Hưng Yên vào vụ thu hoạch muộn</a><time>20:45</time></li>
   </ul></div>
  </aside>
 </div>
</main>
<footer class="site-footer"><div class="container"><p>BÁO HƯNG YÊN ĐIỆN TỬ</p><p>Giấy phép số 123/GP-BTTTT. Tổng Biên tập: ...</p><p>© Bản quyền thuộc Báo Hưng Yên. Ghi rõ nguồn “Báo Hưng Yên” khi phát hành lại thông tin từ website này.</p></div></footer>
</body>
</html>
'''
title21 = "Hưng Yên: Tôn vinh 90 điển hình tiên tiến trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”"
page = fill(tpl21, TITLE=esc(title21), LEAD=esc(lead21), LEADATTR=attr(lead21), BODY=body, LD=_json.dumps(ld21, ensure_ascii=False),
    MORE="\n".join(f'<article class="story"><a class="story__thumb" href="/chinh-tri/202509/{s}/"><img src="https://cdn.baohungyen.vn/thumb/{s}.jpg" alt=""></a><h4 class="story__title"><a href="/chinh-tri/202509/{s}/">{esc(t)}</a></h4><time class="story__time">{d}</time></article>' for t, s, d in more21))
emit("invented", "press-cms-ton-vinh-dien-hinh",
     "https://baohungyen.vn/chinh-tri/202509/hung-yen-ton-vinh-90-dien-hinh-tien-tien-7c3a9f1/", page,
     title=title21, published_at="2025-09-23T20:02:00+07:00", author="Minh Hiếu", items=items, lead=lead21,
     bylines=["Minh Hiếu"], related=[t for t, _, _ in more21] + ["Mưa lớn gây ngập cục bộ tại TP Hưng Yên", "Nhãn lồng Hưng Yên vào vụ thu hoạch muộn"],
     notes="press CMS with /<cat>/<yyyymm>/<slug>-<7hex>/ URL; 'Thứ ba, 20:02, 23/09/2025' time before date; author above body")

# ---------------------------------------------------------------- P22 invented: classic ASP, font tags, HTTP charset beats wrong meta, U+00D0
items = [
    "Nhân dịp kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2022), các tổ chức cơ sở đảng trực thuộc Huyện ủy Sơn Dương đã tổ chức lễ trao tặng Huy hiệu Đảng cho 386 đảng viên, trong đó có 2 đảng viên được trao Huy hiệu 75 năm tuổi Đảng, 21 đảng viên được trao Huy hiệu 60 năm tuổi Đảng.",
    "Các đảng viên được trao Huy hiệu Đảng đợt này đều là những người đã trải qua nhiều cương vị công tác, có nhiều đóng góp cho sự nghiệp cách mạng của Đảng, của dân tộc. Dù tuổi cao, sức yếu nhưng các đồng chí luôn giữ vững phẩm chất chính trị, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tích cực tham gia các phong trào ở địa phương.",
    ("img", "images/tintuc/2022/huy-hieu-dang-19-5.jpg", "Lãnh đạo Huyện ủy trao Huy hiệu 75 năm tuổi Đảng cho đảng viên lão thành"),
    "Thay mặt Ban Thường vụ Huyện ủy, đồng chí Bí thư Huyện ủy chúc mừng các đảng viên được nhận Huy hiệu Đảng và mong muốn các đồng chí tiếp tục phát huy truyền thống, là tấm gương sáng để thế hệ trẻ học tập, noi theo. Ðảng bộ huyện Sơn Dương hiện có 62 tổ chức cơ sở đảng với hơn 9.800 đảng viên.",
]
exp22 = [it.replace("Ðảng bộ", "Đảng bộ") if isinstance(it, str) else it for it in items]
def img22(src, cap):
    return f'<center><img src="{src}" width="450" border="1"><br><font size="1" face="Arial"><i>{esc(cap)}</i></font></center><br>'
body = render(items, '<font face="Times New Roman" size="3">[[T]]</font><br><br>', img22)
old22 = [("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 8", "1281", "18/05/2022"),
         ("Sơn Dương: Ra quân Tháng Thanh niên năm 2022", "1270", "05/05/2022"),
         ("Trao Huy hiệu Đảng đợt 3/2 cho đảng viên xã Tân Trào", "1214", "03/02/2022")]
tpl22 = '''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Huyen uy Son Duong - Tin tuc</title>
<style>
.tieude {font-family: Arial; font-size: 16px; font-weight: bold; color: #B30000}
.ngay {font-family: Arial; font-size: 11px; color: #666666}
</style>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.gif" width="960" height="140"></td></tr>
<tr><td colspan="2" bgcolor="#B30000" height="26"><font color="#FFFFFF" face="Arial" size="2">&nbsp;<b><a href="default.asp"><font color="#FFFFFF">TRANG CHỦ</font></a> | <a href="tintuc/danhsach.asp?cat=1"><font color="#FFFFFF">TIN TỨC</font></a> | <a href="vanban.asp"><font color="#FFFFFF">VĂN BẢN</font></a></b></font>
  <font color="#FFFFFF" face="Arial" size="1" style="float:right">Hôm nay: 18/11/2024&nbsp;</font></td></tr>
<tr>
 <td width="700" valign="top" style="padding:10px">
  <font face="Arial" size="2"><a href="default.asp">Trang chủ</a> &gt;&gt; <a href="tintuc/danhsach.asp?cat=1">Tin tức</a></font><br><br>
  <span class="tieude">[[TITLE]]</span><br>
  <span class="ngay">Cập nhật lúc: 18:00 |22/05/2022</span><br><br>
  <div align="justify">
[[BODY]]
  <div align="right"><font face="Times New Roman" size="3"><b>PV</b></font></div>
  </div>
  <br><a href="javascript:window.print()"><img src="images/print.gif" border="0"> In trang</a>
  <br><br>
  <table width="100%" border="0" cellpadding="2" cellspacing="0">
   <tr><td bgcolor="#EEEEEE"><font face="Arial" size="2" color="#B30000"><b>CÁC TIN, BÀI ĐÃ ĐƯA</b></font></td></tr>
[[OLD]]
  </table>
 </td>
 <td width="260" valign="top" bgcolor="#F7F7F7" style="padding:6px">
  <font face="Arial" size="2"><b>THÔNG BÁO</b></font><br>
  <font face="Arial" size="2">- <a href="tintuc/chitiet.asp?id=2410">Lịch tiếp công dân tháng 11/2024</a> (01/11/2024)</font>
 </td>
</tr>
<tr><td colspan="2" align="center" bgcolor="#B30000"><font color="#FFFFFF" face="Arial" size="1">Bản quyền thuộc Huyện ủy Sơn Dương - Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</font></td></tr>
</table>
</body>
</html>
'''
title22 = "Sơn Dương: Gần 400 đảng viên được trao Huy hiệu Đảng đợt 19/5"
page = fill(tpl22, TITLE=esc(title22), BODY=body,
    OLD="\n".join(f'<tr><td><font face="Arial" size="2">&#8226; <a href="chitiet.asp?id={i}">{esc(t)}</a> <font color="#666666">({d})</font></font></td></tr>' for t, i, d in old22))
emit("invented", "classic-asp-huy-hieu-dang-charset-header",
     "http://huyenuysonduong.vn/tintuc/chitiet.asp?id=1287", page,
     content_type="text/html; charset=utf-8",
     title=title22, published_at="2022-05-22T18:00:00+07:00", author="PV", items=exp22,
     bylines=["PV"], related=[t for t, _, _ in old22] + ["Lịch tiếp công dân tháng 11/2024"],
     notes="bytes are UTF-8 and the HTTP header says utf-8, but the meta says iso-8859-1 (header wins); br-separated paragraphs; one 'Ð' (U+00D0) in body, expected written with Đ (one token); 'Cập nhật lúc: 18:00 |22/05/2022'")

# ---------------------------------------------------------------- P23 invented: Bootstrap district portal, byline-date fusion "PV•dd/mm/yyyy HH:MM"
lead23 = "Sáng 27/1 (tức ngày 28 tháng Chạp năm Giáp Thìn), Ban Thường vụ Huyện ủy Thanh Hà tổ chức gặp mặt, chúc Tết các đảng viên cao tuổi Đảng, đảng viên lão thành cách mạng tiêu biểu trên địa bàn huyện."
items = [
    "Tới dự có các đồng chí trong Ban Thường vụ Huyện ủy, Thường trực HĐND, UBND, Ủy ban MTTQ huyện cùng 85 đảng viên có từ 60 năm tuổi Đảng trở lên đại diện cho hơn 1.100 đảng viên cao tuổi Đảng của huyện.",
    ("img", "/uploads/thanhha/2025/01/gap-mat-dang-vien-cao-tuoi.jpg", "Lãnh đạo huyện Thanh Hà tặng quà chúc Tết các đảng viên cao tuổi Đảng"),
    "Tại buổi gặp mặt, đồng chí Bí thư Huyện ủy đã thông tin tới các đảng viên kết quả nổi bật trong năm 2024 của huyện. Tổng giá trị sản xuất ước tăng 9,2%; huyện hoàn thành xây dựng huyện nông thôn mới nâng cao; sản lượng vải thiều đạt hơn 58.000 tấn, giá trị xuất khẩu tăng mạnh so với năm trước.",
    "Các đảng viên cao tuổi Đảng bày tỏ vui mừng trước những đổi thay của quê hương, đồng thời đóng góp nhiều ý kiến tâm huyết về công tác xây dựng Đảng, chăm lo đời sống Nhân dân, phát huy vai trò của người cao tuổi trong xây dựng khu dân cư văn hóa.",
    "Dịp này, Ban Thường vụ Huyện ủy đã tặng 85 suất quà, mỗi suất trị giá 1 triệu đồng cho các đảng viên dự buổi gặp mặt.",
]
def img23(src, cap):
    return f'<p class="text-center"><img class="img-fluid" src="{src}" alt=""></p>\n<p class="text-center"><em>{esc(cap)}</em></p>'
body = render(items, '<p>[[T]]</p>', img23)
rel23 = [("Thanh Hà: Trao Huy hiệu Đảng đợt 3/2 cho 142 đảng viên", "n2866", "25/01/2025"),
         ("Huyện ủy Thanh Hà tổng kết công tác xây dựng Đảng năm 2024", "n2851", "17/01/2025")]
tpl23 = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thanh Hà gặp mặt đảng viên cao tuổi Đảng nhân dịp Xuân Ất Tỵ 2025 - Cổng TTĐT huyện Thanh Hà</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap-5.3/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/portal.css?v=31">
</head>
<body>
<div class="topbar bg-danger text-white small"><div class="container d-flex justify-content-between"><span id="js-clock">Thứ Ba, 28/01/2025 | 09:47</span><span>Đường dây nóng: 0220.3816.xxx</span></div></div>
<header class="container py-2"><a href="/"><img src="/assets/img/banner-thanhha.png" alt="Cổng thông tin điện tử huyện Thanh Hà" class="img-fluid"></a></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container"><ul class="navbar-nav">
  <li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li><li class="nav-item"><a class="nav-link active" href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="nav-item"><a class="nav-link" href="/chinh-quyen">Chính quyền</a></li><li class="nav-item"><a class="nav-link" href="/cong-dan">Công dân</a></li>
</ul></div></nav>
<div class="container my-3">
 <div class="row g-4">
  <div class="col-lg-8">
   <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active" aria-current="page">Tin tức - Sự kiện</li></ol></nav>
   <div class="news-view">
    <h1 class="news-view__title h3 fw-bold">[[TITLE]]</h1>
    <div class="news-view__meta text-muted small mb-2"><span class="by">PV</span>&bull;<span class="on">28/01/2025 08:22</span> <span class="ms-3"><i class="bi bi-eye"></i> 318</span></div>
    <div class="news-view__lead fw-bold mb-3">[[LEAD]]</div>
    <div class="news-view__content">
[[BODY]]
    </div>
    <div class="news-view__actions mt-3"><button class="btn btn-sm btn-outline-secondary" onclick="window.print()">In bài</button> <a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u=">Chia sẻ</a> <span class="zalo-share-button" data-href="" data-oaid="4159223436051811339" data-layout="1"></span></div>
   </div>
   <div class="related mt-4">
    <h5 class="related__title text-uppercase">Tin liên quan khác</h5>
    <ul class="list-unstyled">
[[REL]]
    </ul>
   </div>
  </div>
  <div class="col-lg-4">
   <div class="card mb-3"><div class="card-header fw-bold">Tin mới</div><ul class="list-group list-group-flush">
     <li class="list-group-item"><a href="/tin-tuc-su-kien/thanh-ha-ra-quan-trong-cay-dau-xuan-n2874.html">Thanh Hà phát động Tết trồng cây Xuân Ất Tỵ</a><div class="small text-muted">28/01/2025 07:10</div></li>
   </ul></div>
   <div class="card"><div class="card-header fw-bold">Lịch công tác</div><div class="card-body small">Tuần 05 (27/01/2025 - 02/02/2025)</div></div>
  </div>
 </div>
</div>
<footer class="bg-dark text-white-50 py-3 small"><div class="container">Cổng thông tin điện tử huyện Thanh Hà, tỉnh Hải Dương. Cơ quan chủ quản: UBND huyện Thanh Hà.</div></footer>
</body>
</html>
'''
title23 = "Thanh Hà gặp mặt đảng viên cao tuổi Đảng nhân dịp Xuân Ất Tỵ 2025"
page = fill(tpl23, TITLE=esc(title23), LEAD=esc(lead23), BODY=body,
    REL="\n".join(f'<li class="mb-1"><a href="/tin-tuc-su-kien/bai-{i}.html">{esc(t)}</a> <span class="text-muted small">({d})</span></li>' for t, i, d in rel23))
emit("invented", "district-portal-byline-date-fusion",
     "https://thanhha.haiduong.gov.vn/tin-tuc-su-kien/thanh-ha-gap-mat-dang-vien-cao-tuoi-dang-n2871.html", page,
     title=title23, published_at="2025-01-28T08:22:00+07:00", author="PV", items=items, lead=lead23,
     bylines=["PV"], related=[t for t, _, _ in rel23] + ["Thanh Hà phát động Tết trồng cây Xuân Ất Tỵ"],
     notes="'PV•28/01/2025 08:22' byline-date fusion; header clock on the next day; lunar date in lead")

# ---------------------------------------------------------------- P24 invented: date-only with double space, byline unit containing commas
items = [
    "Ngày 25/9, Trung tâm Chính trị huyện Cao Lộc phối hợp với Ban Tổ chức Huyện ủy khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2020. Tham gia lớp học có 68 học viên là đảng viên mới được kết nạp tại các chi bộ, đảng bộ trực thuộc Huyện ủy.",
    "Trong thời gian 7 ngày, các học viên được nghiên cứu, học tập 10 chuyên đề về những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Cương lĩnh, Điều lệ Đảng; đường lối của Đảng trên các lĩnh vực; nhiệm vụ của đảng viên và công tác xây dựng tổ chức cơ sở đảng.",
    ("img", "/Upload/2020/09/khai-giang-lop-dang-vien-moi.jpg", "Đồng chí Phó Bí thư Huyện ủy phát biểu khai giảng lớp học"),
    "Phát biểu khai giảng, đồng chí Phó Bí thư Huyện ủy đề nghị các học viên chấp hành nghiêm quy chế lớp học, tích cực nghiên cứu tài liệu, liên hệ với thực tiễn công tác tại cơ quan, đơn vị, địa phương; sau khóa học viết bài thu hoạch đạt chất lượng, vận dụng kiến thức đã học vào thực hiện nhiệm vụ được giao.",
]
def img24(src, cap):
    return f'''<table class="image" align="center" style="width:100%">
  <tbody>
    <tr><td><img src="{src}" alt="" width="100%" /></td></tr>
    <tr><td class="image_desc">{esc(cap)}</td></tr>
  </tbody>
</table>'''
body = render(items, '<p>[[T]]</p>', img24)
oth24 = [("Cao Lộc: Bế giảng lớp trung cấp lý luận chính trị - hành chính khóa 2019 - 2020", "294201", "(21/09/2020, 16:05)"),
         ("Hội nghị quán triệt Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp", "294088", "(14/09/2020, 09:30)")]
tpl24 = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2020</title>
<link href="/Content/css/style.css" rel="stylesheet">
</head>
<body>
<div class="wrapper">
 <div class="top"><div class="w1000"><div class="today">Thứ hai,  18/11/2024</div><div class="search"><input type="text" placeholder="Nhập từ khóa"></div></div></div>
 <div class="logo-bar"><div class="w1000"><a href="/"><img src="/Content/images/logo-caoloc.png" alt="Cổng thông tin điện tử huyện Cao Lộc"></a></div></div>
 <div class="menu-bar"><div class="w1000"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a><a href="/xay-dung-dang">Xây dựng Đảng</a><a href="/kinh-te">Kinh tế</a><a href="/van-hoa-xa-hoi">Văn hóa - Xã hội</a></div></div>
 <div class="w1000 content">
  <div class="left">
   <div class="path"><a href="/">Trang chủ</a> / <a href="/xay-dung-dang">Xây dựng Đảng</a></div>
   <div class="detail">
    <div class="detail-date">Chủ nhật,  27/09/2020</div>
    <h1 class="detail-title">[[TITLE]]</h1>
    <div class="detail-body">
[[BODY]]
<p style="text-align:right"><b>Hoàng Lan, Trung tâm Văn hóa, Thể thao và Truyền thông huyện Cao Lộc</b></p>
    </div>
    <div class="detail-tool"><a href="javascript:window.print()">In bài viết</a> | <a href="#">Gửi bài viết</a> | <a href="javascript:history.back()">Trở lại</a></div>
    <div class="other-news">
     <div class="other-title">Tin khác</div>
[[OTH]]
    </div>
   </div>
  </div>
  <div class="right">
   <div class="box"><div class="box-title">Đọc nhiều</div>
    <div class="box-item"><a href="/tin-tuc/311452-cao-loc-ra-quan-ho-tro-nguoi-dan-thu-hoach-hong.html">Cao Lộc ra quân hỗ trợ người dân thu hoạch hồng (14/11/2024, 14:49)</a></div>
    <div class="box-item"><a href="/tin-tuc/311390-hoi-nghi-ban-chap-hanh-dang-bo-huyen.html">Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 27 (11/11/2024, 08:15)</a></div>
   </div>
  </div>
 </div>
 <div class="footer"><div class="w1000">Cổng thông tin điện tử huyện Cao Lộc - Lạng Sơn | Chịu trách nhiệm: Văn phòng HĐND và UBND huyện</div></div>
</div>
</body>
</html>
'''
title24 = "Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2020"
page = fill(tpl24, TITLE=esc(title24), BODY=body,
    OTH="\n".join(f'<div class="other-item"><a href="/tin-tuc/{i}-bai.html">{esc(t)}</a> <span class="date">{d}</span></div>' for t, i, d in oth24))
emit("invented", "district-portal-date-only-unit-commas",
     "https://caoloc.langson.gov.vn/tin-tuc/294324-khai-giang-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi.html", page,
     title=title24, published_at="2020-09-27", author="Hoàng Lan",
     author_unit="Trung tâm Văn hóa, Thể thao và Truyền thông huyện Cao Lộc", items=items,
     bylines=["Hoàng Lan, Trung tâm Văn hóa, Thể thao và Truyền thông huyện Cao Lộc"],
     related=[t for t, _, _ in oth24] + ["Cao Lộc ra quân hỗ trợ người dân thu hoạch hồng", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 27"],
     notes="date only, double space after weekday (baolangson style); date shown above the title; unit contains commas")
