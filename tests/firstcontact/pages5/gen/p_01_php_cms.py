"""PHP/Java CMS families: NukeViet 4 (default news module), WordPress with the tagDiv Newspaper theme
(op-ed), Joomla 3 + K2 on a Sở TT&TT-hosted district portal, DotCMS on a power-company site."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, past, esc, slug, dump, hexid, alnum, expected, css, js,
                     menu, nlist, footer, counter, ga, cookie_banner, pad, heads2)

# =====================================================================
A1 = Art(
    "Hàm Yên: Hơn 1.200 hộ được hỗ trợ chuyển đổi giống cam sành sạch bệnh",
    "Từ đầu năm 2024 đến nay, huyện Hàm Yên đã hỗ trợ hơn 1.200 hộ dân tại 9 xã chuyển đổi trên 350 ha cam sành già cỗi, nhiễm bệnh sang trồng giống cam sạch bệnh, góp phần nâng cao chất lượng và giá trị sản phẩm chủ lực của địa phương.",
    [
        ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện hiện có gần 8.000 ha cam, trong đó diện tích cam sành chiếm trên 85%. Tuy nhiên, nhiều vườn cam được trồng từ những năm 2005 - 2010 đã già cỗi, năng suất giảm, tỷ lệ nhiễm bệnh vàng lá thối rễ, greening ở mức cao."),
        ("p", "Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ huyện về phát triển cây ăn quả có múi giai đoạn 2021 - 2025, Huyện ủy Hàm Yên chỉ đạo các cấp ủy, chính quyền cơ sở rà soát, lập danh sách các vườn cam cần thay thế; hỗ trợ 50% giá cây giống sạch bệnh và toàn bộ chi phí tập huấn kỹ thuật cho các hộ tham gia."),
        ("h", "Liên kết sản xuất, giảm rủi ro cho nông dân"),
        ("p", "Cùng với hỗ trợ giống, huyện khuyến khích người dân liên kết với các hợp tác xã, doanh nghiệp bao tiêu sản phẩm. Hiện trên địa bàn có 14 hợp tác xã cam với hơn 600 thành viên; 5 chuỗi liên kết sản xuất - tiêu thụ cam đạt tiêu chuẩn VietGAP với diện tích trên 400 ha."),
        ("img", "/uploads/news/2024_05/cam-sanh-vietgap-yen-lam.jpg", "Thành viên Hợp tác xã cam sành Yên Lâm thu hái cam đạt tiêu chuẩn VietGAP"),
        ("p", "Ông Bàn Văn Thịnh, thôn Khuôn Khán, xã Yên Thuận cho biết: “Năm ngoái gia đình tôi phá bỏ 1,2 ha cam già, trồng lại bằng giống sạch bệnh được huyện hỗ trợ. Cây sinh trưởng tốt, đồng đều, cán bộ khuyến nông thường xuyên xuống hướng dẫn nên bà con rất yên tâm”."),
        ("p", "Mục tiêu đến năm 2025, huyện Hàm Yên hoàn thành chuyển đổi 1.000 ha cam già cỗi, nhiễm bệnh; 100% diện tích trồng mới sử dụng giống sạch bệnh có nguồn gốc rõ ràng; phấn đấu giá trị sản xuất bình quân đạt 200 triệu đồng/ha/năm."),
    ])
CAP1_HOME = "Cán bộ khuyến nông huyện Hàm Yên kiểm tra vườn cam sành trồng mới tại xã Yên Thuận"


def page1():
    rng = random.Random("nukeviet4-hatuyen-01")
    pub = T("2024-05-15 08:30")
    host = "https://tinhuyhatuyen.org.vn"
    url = f"{host}/news/kinh-te-xa-hoi/ham-yen-hon-1-200-ho-duoc-ho-tro-chuyen-doi-giong-cam-sanh-sach-benh-4187.html"
    hs = heads2(rng, 40)
    older = past(pub, rng, 20, 1, 40)
    newer = sorted([T("2024-05-15 14:10"), T("2024-05-16 09:05"), T("2024-05-17 16:40"), T("2024-05-20 08:15"), T("2024-05-22 10:30")], reverse=True)
    event = ["Hàm Yên: Mùa cam sành bội thu, giá ổn định", "Hội thảo nâng cao giá trị cam sành Hàm Yên",
             "Cam sành Hàm Yên được cấp chỉ dẫn địa lý vùng mở rộng"]
    nav = menu(rng, "/news", "nv-menu", ".html", ["TP Hà Tuyên", "Hàm Yên", "Chiêm Hóa", "Na Hang", "Lâm Bình", "Yên Sơn", "Sơn Dương"])

    def body_img(s, c, n):
        return (f'<figure class="image"><img alt="{esc(c, True)}" height="450" src="{s}" width="800" />'
                f'<figcaption>{esc(c)}</figcaption></figure>')
    body = A1.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>',
                     h=lambda t: f'<p style="text-align: justify;"><strong>{esc(t)}</strong></p>', img=body_img)

    def rel(titles, dates):
        return '<ul class="related list-items">' + "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{host}/news/kinh-te-xa-hoi/{slug(t)}-{rng.randint(3000, 4300)}.html" title="{esc(t, True)}">{esc(t)}</a> <em>({dmy(d)})</em></li>'
            for t, d in zip(titles, dates)) + "</ul>"
    comments = "".join(
        f'<div class="comment-item"><div class="media-body"><p class="h4 margin-bottom-sm"><strong>{n}</strong></p><p class="comment-time">{t}</p><p>{esc(c)}</p></div></div>'
        for n, t, c in [("Nguyễn Văn Tiến", "15/05/2024 10:12", "Mô hình rất thiết thực, mong huyện tiếp tục hỗ trợ giống cho các xã vùng sâu."),
                        ("Hoàng Thị Sen", "16/05/2024 07:48", "Nhà tôi ở Bình Xa cũng muốn đăng ký chuyển đổi thì liên hệ ở đâu ạ?")])
    html = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(A1.title)} - Kinh tế - Xã hội - Tỉnh ủy Hà Tuyên</title>
<meta name="description" content="{esc(A1.lead, True)}">
<meta name="keywords" content="cam sành, Hàm Yên, giống sạch bệnh">
<meta name="news_keywords" content="cam sành, Hàm Yên, giống sạch bệnh">
<meta name="author" content="Tỉnh ủy Hà Tuyên">
<meta name="copyright" content="Tỉnh ủy Hà Tuyên [webmaster@tinhuyhatuyen.org.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{esc(A1.title, True)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(A1.lead, True)}">
<meta property="og:site_name" content="Tỉnh ủy Hà Tuyên">
<meta property="og:image" content="{host}/uploads/news/2024_05/cam-sanh-ham-yen-1.jpg">
<meta property="article:published_time" content="2024-05-15EEST08:30:00">
<meta property="article:section" content="Kinh tế - Xã hội">
<link rel="canonical" href="{url}">
<link rel="alternate" href="/news/rss/kinh-te-xa-hoi/" title="Tin Tức - Kinh tế - Xã hội" type="application/rss+xml">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/hatuyen/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/hatuyen/css/style.css">
<link rel="StyleSheet" href="/themes/hatuyen/css/news.css">
<style>{css(rng, "nv", 260)}</style><!--PAD-->
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Tỉnh ủy Hà Tuyên" href="/"><img src="/uploads/logo-tinhuy.png" alt="Tỉnh ủy Hà Tuyên"></a><span class="site_name">Tỉnh ủy Hà Tuyên</span><span class="site_description">Trang thông tin điện tử Đảng bộ tỉnh Hà Tuyên</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">{nav}</div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18"><div class="current-time">Thứ Năm, 23/05/2024 &nbsp;|&nbsp; Âm lịch: Ngày 16 tháng 4 năm Giáp Thìn</div>
<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" itemscope itemtype="https://schema.org/BreadcrumbList">
<li id="brcr_0" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item" title="Trang nhất"><span itemprop="name"><em class="fa fa-lg fa-home">&nbsp;</em>Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li>
<li id="brcr_1" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/" itemprop="item" title="Tin Tức"><span itemprop="name">Tin Tức</span></a><i class="hidden" itemprop="position" content="2"></i></li>
<li id="brcr_2" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/news/kinh-te-xa-hoi/" itemprop="item" title="Kinh tế - Xã hội"><span itemprop="name">Kinh tế - Xã hội</span></a><i class="hidden" itemprop="position" content="3"></i></li>
</ul></div></div></div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><ul class="list-inline"><li><a href="/users/login/">Đăng nhập</a></li><li><a href="/users/register/">Đăng ký</a></li></ul></div>
</div></div></div></nav>
<div class="row"><div class="col-sm-16 col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(A1.title)}</h1>
<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">Tỉnh ủy Hà Tuyên</span></div>
<span class="hidden hide d-none" itemprop="datePublished">2024-05-15T08:30:00+07:00</span>
<span class="hidden hide d-none" itemprop="dateModified">2024-05-15T08:30:00+07:00</span>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{wd(pub, True)} - {dmy(pub)} {hm(pub)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);" onclick="nv_open_browse('/news/sendmail/kinh-te-xa-hoi/ham-yen-4187.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/news/print/kinh-te-xa-hoi/ham-yen-4187.html','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/news/savefile/kinh-te-xa-hoi/ham-yen-4187.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div></div>
<div class="clearfix">
<figure class="article left pointer" onclick="modalShowByObj('#imgpreview');">
<div id="imgpreview" style="width:460px"><p class="text-center"><img alt="{esc(A1.title, True)}" src="/uploads/news/2024_05/cam-sanh-ham-yen-1.jpg" width="460" class="img-thumbnail"/></p>
<figcaption>{esc(CAP1_HOME)}</figcaption></div>
</figure>
<div class="hometext m-bottom" itemprop="description"><strong>{esc(A1.lead)}</strong></div>
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
</div>
<div class="margin-bottom-lg">
<p class="h5 text-right"><strong>Tác giả: </strong>Nguyễn Hồng Nhung</p>
<p class="h5 text-right"><strong>Nguồn tin: </strong>Huyện ủy Hàm Yên</p>
</div>
<div class="text-muted margin-bottom-lg"><em class="fa fa-eye">&nbsp;</em> Đã xem: 254 &nbsp; <em class="fa fa-comment-o">&nbsp;</em> Phản hồi: 2</div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span class="keywords"><a title="cam sành" href="/news/tag/cam-s%C3%A0nh"><em>cam sành</em></a>, <a title="Hàm Yên" href="/news/tag/h%C3%A0m-y%C3%AAn"><em>Hàm Yên</em></a>, <a title="giống sạch bệnh" href="/news/tag/gi%E1%BB%91ng-s%E1%BA%A1ch-b%E1%BB%87nh"><em>giống sạch bệnh</em></a></span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 18 trong 4 đánh giá</p>
<span itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden d-none hide" itemprop="itemReviewed">{esc(A1.title)}</span> Xếp hạng: <span id="numberrating" itemprop="ratingValue">4.5</span> - <span id="click_rating" itemprop="ratingCount">4</span> phiếu bầu</span>
<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém"><input class="hover-star" type="radio" value="2" title="Bài viết kém"><input class="hover-star" type="radio" value="3" title="Bài viết đạt"><input class="hover-star" type="radio" value="4" title="Bài viết tốt"><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt"><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" class="nv-fullbg"><p class="h3"><strong>Ý kiến bạn đọc</strong></p>{comments}
<form method="post" role="form" class="comment-form"><input type="text" name="name" placeholder="Họ tên"><input type="email" name="email" placeholder="Email"><textarea name="content" placeholder="Nội dung bình luận"></textarea><input type="text" name="captcha" placeholder="Mã bảo mật"><button type="button">Gửi bình luận</button></form></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Theo dòng sự kiện</strong></p>{rel(event, older[:3])}
<p class="h3"><strong>Những tin mới hơn</strong></p>{rel(hs[:5], newer)}
<p class="h3"><strong>Những tin cũ hơn</strong></p>{rel(hs[5:15], older[3:13])}
</div></div>
</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Tin mới nhất</div><div class="panel-body">{nlist(rng, hs[15:25], "/news", newer + older[13:18], lambda d: hm(d) + " " + dmy(d), "nv-latest")}</div></div>
<div class="panel panel-primary"><div class="panel-heading">Lịch công tác</div><div class="panel-body"><ul><li>Thứ Hai, 27/5/2024: Hội nghị Ban Thường vụ Tỉnh ủy</li><li>Thứ Tư, 29/5/2024: Kiểm tra công tác chuẩn bị Đại hội Hội Nông dân</li><li>Thứ Sáu, 31/5/2024: Tiếp công dân định kỳ</li></ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body">{nlist(rng, ["Kế hoạch số 112-KH/TU về tổ chức đại hội chi bộ", "Hướng dẫn số 21-HD/BTGTU về tuyên truyền kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh", "Quyết định số 1450-QĐ/TU về công tác cán bộ", "Thông báo kết luận của Thường trực Tỉnh ủy"], "/van-ban", older[:4], dmy, "nv-doc", img=False)}</div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table">{counter(rng)}</ul></div></div>
</div></div>
</div></section>
<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-16">
{footer("Tỉnh ủy Hà Tuyên", "Số 2, đường Đinh Tiên Hoàng, phường Tân Quang, TP Hà Tuyên", "0207.3822.450", "<p>Giấy phép số 98/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/5/2021</p>")}
</div><div class="col-xs-24 col-sm-24 col-md-8"><p>© Copyright 2024 Tỉnh ủy Hà Tuyên. Powered by <a href="https://nukeviet.vn">NukeViet</a></p></div></div></div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div><div id="openidBt" data-result="" data-redirect=""></div>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Z7x3h",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js"></script><script src="/assets/js/language/vi.js"></script><script src="/assets/js/global.js"></script><script src="/themes/default/js/news.js"></script><script src="/themes/hatuyen/js/main.js"></script>
<script>{js(rng, 45, "nv")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 132, "nv-x")
    return dict(family="nukeviet4", name="hatuyen-hamyen-tac-gia-nguon-tin-lunar-clock", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A1, iso(pub), author="Nguyễn Hồng Nhung", category="Kinh tế - Xã hội",
                                  captions=[CAP1_HOME] + A1.captions),
                traps={"bylines": ["Tác giả: Nguyễn Hồng Nhung", "Nguồn tin: Huyện ủy Hàm Yên"],
                       "related": event + hs[:15],
                       "comments": ["Mô hình rất thiết thực, mong huyện tiếp tục hỗ trợ giống", "Nguyễn Văn Tiến", "15/05/2024 10:12"],
                       "chrome": ["Tổng số điểm của bài viết là: 18 trong 4 đánh giá", "Đã xem: 254", "Click để đánh giá bài viết",
                                  "Bạn đã không sử dụng Site", "Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript"],
                       "dates": ["Thứ Năm, 23/05/2024", "Âm lịch: Ngày 16 tháng 4 năm Giáp Thìn", "Thứ Hai, 27/5/2024"]},
                notes="NukeViet 4 news module (default-theme structure, restyled). Date line 'Thứ tư - 15/05/2024 08:30' (lower-case "
                      "weekday, ' - ' separator); header clock shows the save day with its lunar date (trap). Lead image in "
                      "figure.article.left with its own figcaption (first caption), bold hometext = lead, h-less bold sub-heading in "
                      "the body. Foot block 'Tác giả: Nguyễn Hồng Nhung' / 'Nguồn tin: Huyện ủy Hàm Yên' → author only; 'Nguồn tin' "
                      "is a source, not a unit. 'Những tin mới hơn' lists items dated AFTER the article; 'Theo dòng sự kiện' block; "
                      "reader comments with names and times; rating and session-timeout chrome. og article:published_time is "
                      "malformed ('2024-05-15EEST08:30:00'). Category = last crumb.",
                readme="NukeViet 4 news detail; 'Thứ tư - dd/mm/yyyy HH:MM', header clock with lunar date, figure.article lead-image caption, bold hometext, 'Tác giả:' + 'Nguồn tin:' foot block (source ≠ unit), 'Những tin mới hơn' with later dates, comments, malformed og time")


# =====================================================================
A2 = Art(
    "Phát huy vai trò nêu gương của người đứng đầu trong xây dựng tổ chức cơ sở đảng vững mạnh",
    "Nêu gương không chỉ là yêu cầu về đạo đức cách mạng mà còn là phương thức lãnh đạo hiệu quả nhất ở cơ sở. Thực tiễn ở tỉnh Nghĩa Bình cho thấy, nơi nào người đứng đầu gương mẫu, nói đi đôi với làm, nơi đó tổ chức đảng vững mạnh, nhân dân đồng thuận.",
    [
        ("h", "1. Nêu gương - phương thức lãnh đạo đặc biệt quan trọng"),
        ("p", "Chủ tịch Hồ Chí Minh từng căn dặn: “Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền”. Lời dạy ấy đến nay vẫn nguyên giá trị. Ở cấp cơ sở, nơi cán bộ gần dân nhất, mỗi lời nói, việc làm của bí thư chi bộ, chủ tịch xã đều được nhân dân theo dõi, đánh giá hằng ngày."),
        ("p", "Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên đã xác định rõ: cán bộ giữ chức vụ càng cao càng phải gương mẫu. Đây là cơ sở chính trị quan trọng để các cấp ủy cụ thể hóa thành quy định, tiêu chí đánh giá cán bộ ở từng địa phương."),
        ("h", "2. Những kết quả bước đầu ở cơ sở"),
        ("p", "Những năm qua, nhiều cấp ủy trong tỉnh đã ban hành quy định về trách nhiệm nêu gương gắn với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. Tại huyện Tư Nghĩa, 100% bí thư chi bộ đăng ký ít nhất một việc làm cụ thể để làm theo Bác và báo cáo kết quả tại kỳ sinh hoạt chi bộ hằng quý."),
        ("img", "/wp-content/uploads/2024/05/sinh-hoat-chi-bo-nghia-ky.jpg", "Một buổi sinh hoạt chi bộ chuyên đề về trách nhiệm nêu gương tại xã Nghĩa Kỳ, huyện Tư Nghĩa"),
        ("p", "Nhiều tấm gương bí thư chi bộ thôn đi đầu hiến đất làm đường, vận động con cháu trong gia đình tham gia mô hình sản xuất mới đã tạo sức lan tỏa mạnh mẽ. Từ những việc làm cụ thể ấy, các phong trào ở cơ sở được nhân dân hưởng ứng, tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên tăng qua từng năm."),
        ("p", "Tuy nhiên, vẫn còn một bộ phận cán bộ, đảng viên chưa thực sự gương mẫu; nói chưa đi đôi với làm; việc tự phê bình và phê bình ở một số chi bộ còn hình thức, ngại va chạm."),
        ("h", "3. Một số giải pháp trong thời gian tới"),
        ("p", "Một là, tiếp tục cụ thể hóa các quy định của Trung ương về trách nhiệm nêu gương thành tiêu chí đánh giá, xếp loại cán bộ hằng năm. Hai là, gắn việc nêu gương với thực hiện nhiệm vụ chính trị ở từng địa phương, lấy sự hài lòng của nhân dân làm thước đo. Ba là, kịp thời biểu dương, nhân rộng các tấm gương tiêu biểu, đồng thời xử lý nghiêm những trường hợp vi phạm."),
        ("p", "Phát huy vai trò nêu gương của người đứng đầu là giải pháp căn cơ, lâu dài để xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh, củng cố niềm tin của nhân dân đối với Đảng."),
    ])


def page2():
    rng = random.Random("tagdiv-nghiabinh-02")
    pub = T("2024-05-16 09:15")
    host = "https://tuyengiao.nghiabinh.org.vn"
    url = f"{host}/phat-huy-vai-tro-neu-guong-cua-nguoi-dung-dau-trong-xay-dung-to-chuc-co-so-dang-vung-manh/"
    hs = heads2(rng, 40)
    ds = past(pub, rng, 40, 1, 45)
    xemthem = ("Nâng cao chất lượng sinh hoạt chi bộ ở vùng đồng bào dân tộc thiểu số")
    blocks = list(A2.blocks)
    blocks.insert(5, ("raw", f'<div class="td_block_wrap td_block_inline_text"><p><strong>XEM THÊM:</strong> <a href="{host}/nang-cao-chat-luong-sinh-hoat-chi-bo/">{esc(xemthem)}</a></p></div>'))
    art = Art(A2.title, A2.lead, blocks)

    def img(s, c, n):
        return (f'<figure id="attachment_{18200 + n}" aria-describedby="caption-attachment-{18200 + n}" style="width: 800px" class="wp-caption aligncenter">'
                f'<img decoding="async" loading="lazy" class="size-full wp-image-{18200 + n}" src="{host}{s}" alt="" width="800" height="533" '
                f'srcset="{host}{s} 800w, {host}{s[:-4]}-300x200.jpg 300w, {host}{s[:-4]}-768x512.jpg 768w" sizes="(max-width: 800px) 100vw, 800px" />'
                f'<figcaption id="caption-attachment-{18200 + n}" class="wp-caption-text">{esc(c)}</figcaption></figure>')
    body = art.render(h=lambda t: f"<h3>{esc(t)}</h3>", img=img)

    def mod(t, d, big=False):
        return (f'<div class="td_module_flex td_module_flex_{"1" if big else "3"} td_module_wrap td-animation-stack"><div class="td-module-container td-category-pos-">'
                f'<div class="td-image-container"><div class="td-module-thumb"><a href="{host}/{slug(t)}/" rel="bookmark" class="td-image-wrap" title="{esc(t, True)}">'
                f'<span class="entry-thumb td-thumb-css" data-type="css_image" data-img-url="{host}/wp-content/uploads/{d.year}/{d.month:02d}/{hexid(rng, 10)}-324x208.jpg"></span></a></div></div>'
                f'<div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="{host}/{slug(t)}/" rel="bookmark" title="{esc(t, True)}">{esc(t)}</a></h3>'
                f'<div class="td-editor-date"><span class="td-author-date"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d.strftime("%Y-%m-%dT%H:%M:%S+07:00")}">{dmy(d)}</time></span></span></div></div></div></div>')
    tdjs = "".join(f"var block_tdi_{i}=new tdBlock();block_tdi_{i}.id=\"tdi_{i}\";block_tdi_{i}.atts='{dump({'limit': 5, 'category_id': rng.randint(2, 40), 'td_column_number': 1, 'header_color': '#' + hexid(rng, 6), 'ajax_pagination': 'next_prev', 'block_type': 'td_flex_block_' + str(rng.randint(1, 5)), 'class': 'tdi_' + str(i)})}';block_tdi_{i}.td_column_number=\"1\";block_tdi_{i}.block_type=\"td_flex_block_1\";block_tdi_{i}.post_count=\"5\";block_tdi_{i}.found_posts=\"{rng.randint(100, 900)}\";tdBlocksArray.push(block_tdi_{i});" for i in range(40, 120))
    cmts = [("Trần Văn Minh", "16/05/2024 lúc 10:42", "Bài viết sâu sắc, rất đúng với thực tế ở cơ sở hiện nay."),
            ("Phạm Thị Liên", "16/05/2024 lúc 14:05", "Cần có cơ chế để người dân tham gia giám sát việc nêu gương của cán bộ."),
            ("Lê Quốc Bảo", "17/05/2024 lúc 08:20", "Đồng tình với giải pháp thứ hai của tác giả.")]
    comments = "".join(f'<li class="comment" id="li-comment-{3310 + i}"><article><footer><img alt="" src="https://secure.gravatar.com/avatar/{hexid(rng, 32)}?s=50&d=mm" class="avatar avatar-50 photo" loading="lazy"><cite>{n}</cite><a class="comment-link" href="#comment-{3310 + i}"><time pubdate="{d}">{d}</time></a></footer><div class="comment-content"><p>{esc(c)}</p></div><div class="comment-meta" id="comment-{3310 + i}"><a rel="nofollow" class="comment-reply-link" href="#">Trả lời</a></div></article></li>' for i, (n, d, c) in enumerate(cmts))
    html = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="vi"> <!--<![endif]-->
<head>
<title>{esc(A2.title)} | Ban Tuyên giáo Tỉnh ủy Nghĩa Bình</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{host}/xmlrpc.php" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="icon" type="image/png" href="{host}/wp-content/uploads/2021/03/favicon.png">
<meta name="description" content="{esc(A2.lead, True)}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="vi_VN" /><meta property="og:type" content="article" />
<meta property="og:title" content="{esc(A2.title, True)}" /><meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Ban Tuyên giáo Tỉnh ủy Nghĩa Bình" />
<meta property="article:published_time" content="2024-05-16T02:15:42+00:00" />
<meta property="article:modified_time" content="2024-05-16T02:31:09+00:00" />
<meta name="author" content="Ban Biên tập" />
<meta name="twitter:label1" content="Được viết bởi" /><meta name="twitter:data1" content="Ban Biên tập" />
<meta name="twitter:label2" content="Ước tính thời gian đọc" /><meta name="twitter:data2" content="6 phút" />
<script type="application/ld+json" class="yoast-schema-graph">{dump({"@context": "https://schema.org", "@graph": [{"@type": "Article", "@id": url + "#article", "headline": A2.title, "datePublished": "2024-05-16T02:15:42+00:00", "dateModified": "2024-05-16T02:31:09+00:00", "author": {"name": "Ban Biên tập", "@id": host + "/#/schema/person/" + hexid(rng, 32)}, "articleSection": ["Nghiên cứu - Trao đổi"], "inLanguage": "vi"}, {"@type": "Person", "name": "Ban Biên tập", "url": host + "/author/banbientap/"}]})}</script>
<link rel='stylesheet' id='td-theme-css' href='{host}/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />
<link rel='stylesheet' id='td-multipurpose-css' href='{host}/wp-content/plugins/td-composer/assets/fonts/td-multipurpose/td-multipurpose.css?ver=6e115e4f3fd55dfd38f44cc142869bd1' type='text/css' media='all' />
<style id='td-theme-inline-css' type='text/css'>{css(rng, "td", 320)}</style><!--PAD-->
<script type="text/javascript">var tdBlocksArray = [];function tdBlock(){{this.id='';this.block_type=1;this.atts='';this.td_column_number='';this.td_current_page=1;this.post_count=0;this.found_posts=0;this.max_num_pages=0;this.td_filter_value='';this.is_ajax_running=false;this.td_user_action='';this.header_color='';this.ajax_pagination_infinite_stop=''}}
var tdLocalCache={{}};var td_viewport_interval_list=[{{"limitBottom":767,"sidebarWidth":228}},{{"limitBottom":1018,"sidebarWidth":300}},{{"limitBottom":1140,"sidebarWidth":324}}];var tds_general_modal_image="yes";var tdDateNamesI18n={{"month_names":["Tháng Một","Tháng Hai","Tháng Ba","Tháng Tư","Tháng Năm","Tháng Sáu","Tháng Bảy","Tháng Tám","Tháng Chín","Tháng Mười","Tháng Mười Một","Tháng Mười Hai"],"day_names":["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"]}};var td_ajax_url="{host}/wp-admin/admin-ajax.php?td_theme_name=Newspaper&v=12.6.5";</script>
</head>
<body class="post-template-default single single-post postid-18190 single-format-standard td-standard-pack global-block-template-1 single_template_3 td-animation-stack-type0 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden"><div class="td-mobile-container"><div class="td-menu-socials-wrap"><div class="td-menu-socials"></div><div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div></div>
<div class="td-mobile-content">{menu(rng, host, "td-mobile-main-menu", "/")}</div></div></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap "><div class="td-header-wrap td-header-style-1 ">
<div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>Thứ Năm, Tháng Năm 23, 2024</div></div>
<div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="{host}/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="{host}/lien-he/">Liên hệ</a></li><li class="menu-item"><a href="{host}/dat-bao/">Đặt Tạp chí</a></li></ul></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><h1 class="td-logo"><a class="td-main-logo" href="{host}/"><img class="td-retina-data" data-retina="{host}/wp-content/uploads/2021/03/logo-btg-retina.png" src="{host}/wp-content/uploads/2021/03/logo-btg.png" alt="Ban Tuyên giáo Tỉnh ủy Nghĩa Bình"/><span class="td-visual-hidden">Ban Tuyên giáo Tỉnh ủy Nghĩa Bình</span></a></h1></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation">{menu(rng, host, "sf-menu", "/")}</div></div></div></div>
</div></div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-3"><article id="post-18190" class="post-18190 post type-post status-publish format-standard has-post-thumbnail category-nghien-cuu-trao-doi" itemscope itemtype="https://schema.org/Article">
<div class="td-pb-row"><div class="td-pb-span12"><div class="td-post-header td-image-full-width-wrap">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{host}/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Xem tất cả bài viết trong Nghiên cứu - Trao đổi" class="entry-crumb" href="{host}/chuyen-muc/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></span></div></div>
<div class="td-post-header-holder td-image-gradient"><div class="td-post-featured-image"><a href="{host}/wp-content/uploads/2024/05/neu-guong-cover.jpg" data-caption=""><img width="1068" height="580" class="entry-thumb td-modal-image" src="{host}/wp-content/uploads/2024/05/neu-guong-cover-1068x580.jpg" alt="" title="neu-guong-cover"/></a></div>
<header class="td-post-title"><ul class="td-category"><li class="entry-category"><a href="{host}/chuyen-muc/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></li></ul>
<h1 class="entry-title">{esc(A2.title)}</h1>
<p class="td-post-sub-title">{esc(A2.lead)}</p>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{host}/author/banbientap/">Ban Biên tập</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-05-16T09:15:42+07:00">{dmy(pub)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-18190">1.203</span></div>
<div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>3</a></div></div>
</header></div></div></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<div class="td-post-sharing-top"><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text=neu-guong" title="Twitter"><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-network td-social-print" href="#" title="Print"><div class="td-social-but-text">Print</div></a></div></div></div>
<div class="td-post-content tagdiv-type">
<p style="text-align: right;"><strong>TS. NGUYỄN THỊ THU HÀ (*)</strong></p>
{body}
<p><em>(*) Trường Chính trị tỉnh Nghĩa Bình</em></p>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>CHỦ ĐỀ</span></li><li><a href="{host}/tag/neu-guong/">nêu gương</a></li><li><a href="{host}/tag/to-chuc-co-so-dang/">tổ chức cơ sở đảng</a></li><li><a href="{host}/tag/quy-dinh-08/">Quy định 08</a></li></ul></div>
<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><iframe title="bottomFacebookLike" frameBorder="0" src="https://www.facebook.com/plugins/like.php?href={url}&amp;layout=button_count&amp;show_faces=false&amp;width=105&amp;action=like&amp;colorscheme=light&amp;height=21" style="border:none; overflow:hidden; width:105px; height:21px; background-color:transparent;"></iframe></div></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="{host}/{slug(hs[0])}/">{esc(hs[0])}</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="{host}/{slug(hs[1])}/">{esc(hs[1])}</a></div></div></div>
<div class="td-author-name-wrap td-post-template-default author-box-wrap"><a href="{host}/author/banbientap/"><img alt="" src="https://secure.gravatar.com/avatar/{hexid(rng, 32)}?s=96&d=mm" class="avatar avatar-96 photo" height="96" width="96" loading="lazy"/></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{host}/author/banbientap/">Ban Biên tập</a></span></div><div class="td-author-description">Tài khoản đăng tin của Ban Biên tập Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Nghĩa Bình.</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>
<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Ban Biên tập"></span><meta itemprop="datePublished" content="2024-05-16T09:15:42+07:00"><meta itemprop="dateModified" content="2024-05-16T09:31:09+07:00"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}"/><span class="td-page-meta" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Ban Tuyên giáo Tỉnh ủy Nghĩa Bình"></span><meta itemprop="headline " content="{esc(A2.title, True)}">
</footer>
<div class="td_block_wrap td_block_related_posts tdi_39 td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_39"><h4 class="td-related-title td-block-title"><a id="tdi_40" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_39" href="#">BÀI VIẾT LIÊN QUAN</a><a id="tdi_41" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_39" href="#">XEM THÊM TỪ TÁC GIẢ</a></h4>
<div id="tdi_39" class="td_block_inner">{"".join(mod(t, d) for t, d in zip(hs[2:8], ds[:6]))}</div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" id="prev-page-tdi_39" data-td_block_id="tdi_39"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page" id="next-page-tdi_39" data-td_block_id="tdi_39"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div>
<div class="comments" id="comments"><div class="td-comments-title-wrap td_block_template_1"><h4 class="td-comments-title block-title"><span>3 BÌNH LUẬN</span></h4></div><ol class="comment-list ">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="{host}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Vui lòng nhập bình luận của bạn!</div></div><div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30" aria-required='true' /><div class="td-warning-author">Vui lòng nhập tên của bạn ở đây</div></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /></p></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_social_counter"><div class="td-social-list"><span>Facebook 12.480 Thích</span> <span>YouTube 3.150 Người đăng ký</span></div></div>
<div class="td_block_wrap td_flex_block_1 tdi_90"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">TIN MỚI</span></h4></div><div class="td_block_inner td-mc1-wrap">{"".join(mod(t, d, i == 0) for i, (t, d) in enumerate(zip(hs[8:16], ds[6:14])))}</div></div>
<div class="td_block_wrap td_flex_block_1 tdi_91"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">ĐỌC NHIỀU</span></h4></div><div class="td_block_inner td-mc1-wrap">{"".join(mod(t, d) for t, d in zip(hs[16:24], ds[14:22]))}</div></div>
<div class="td_block_wrap td_block_text_with_title"><h4 class="block-title"><span>TẠP CHÍ IN</span></h4><div class="td_mod_wrap"><p>Tạp chí Tuyên giáo Nghĩa Bình số 5/2024 phát hành ngày 25/5/2024.</p></div></div>
</div></div></div>
</article></div></div>
<div class="td-footer-wrapper td-footer-container td-container-wrap td-footer-template-2"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">
{footer("Ban Tuyên giáo Tỉnh ủy Nghĩa Bình", "Số 8 Phạm Văn Đồng, TP Nghĩa Bình", "0255.3822.741", "<p>Chịu trách nhiệm nội dung: Trưởng Ban Tuyên giáo Tỉnh ủy</p>")}
</div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-menu"></div><div class="td-pb-span td-sub-footer-copy">&copy; 2024 Ban Tuyên giáo Tỉnh ủy Nghĩa Bình. Thiết kế trên nền tảng WordPress.</div></div></div></div>
</div>
<script type="text/javascript">{tdjs}</script>
<script type='text/javascript' src='{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script type='text/javascript' src='{host}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5' id='td-site-min-js'></script>
<script>{js(rng, 40, "tdx")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 196, "tdp")
    return dict(family="wp_newspaper_tagdiv", name="nghiabinh-btg-oped-caps-ts-footnote-unit-author-box", url=url,
                content_type="text/html; charset=UTF-8", html=html,
                expected=expected(A2, iso(pub), author="TS. NGUYỄN THỊ THU HÀ", unit="Trường Chính trị tỉnh Nghĩa Bình",
                                  category="Nghiên cứu - Trao đổi"),
                traps={"bylines": ["TS. NGUYỄN THỊ THU HÀ (*)", "(*) Trường Chính trị tỉnh Nghĩa Bình",
                                   "Tài khoản đăng tin của Ban Biên tập Trang thông tin điện tử"],
                       "related": [xemthem] + hs[:24],
                       "comments": ["Bài viết sâu sắc, rất đúng với thực tế ở cơ sở hiện nay.", "16/05/2024 lúc 10:42", "Trần Văn Minh"],
                       "chrome": ["BÀI VIẾT LIÊN QUAN", "XEM THÊM TỪ TÁC GIẢ", "Để lại một bình luận", "Vui lòng nhập bình luận của bạn!",
                                  "Tạp chí Tuyên giáo Nghĩa Bình số 5/2024 phát hành ngày 25/5/2024"],
                       "dates": ["Thứ Năm, Tháng Năm 23, 2024"]},
                notes="WordPress + tagDiv Newspaper 12 (single template 3). Op-ed ('Nghiên cứu - Trao đổi'): subtitle p.td-post-sub-title = "
                      "lead; the author line 'TS. NGUYỄN THỊ THU HÀ (*)' is the first right-aligned bold paragraph inside the content, "
                      "and the footnote '(*) Trường Chính trị tỉnh Nghĩa Bình' after the text gives her unit → author 'TS. NGUYỄN THỊ "
                      "THU HÀ' (as printed, degree and capitals kept, marker dropped), unit from the footnote. The theme's 'Bởi Ban "
                      "Biên tập' and the author box (WP account, also in Yoast JSON-LD/meta author) are not the author. Visible date "
                      "'16/05/2024' only; <time datetime='2024-05-16T09:15:42+07:00'> agrees → 09:15; og/Yoast give the same "
                      "instant in UTC. No visible update stamp. Inline 'XEM THÊM:' box inside the content (td_block_inline_text); "
                      "h3 numbered sub-heads are body. Related/next-prev/sidebar modules carry their own <time> dates.",
                readme="WordPress tagDiv Newspaper op-ed; caps 'TS. …(*)' byline as first content paragraph + '(*) unit' footnote after the text, WP account 'Bởi'/author box, date-only text + <time> +07:00, in-body 'XEM THÊM:' block, comments with times")


# =====================================================================
A3 = Art(
    "Nghệ nhân Diệp Thị Lụa: Hơn 40 năm “giữ lửa” hát Soọng cô",
    "Dù đã ngoài 70 tuổi, nghệ nhân Diệp Thị Lụa ở thôn Đồng Giãng, xã Văn Quán vẫn miệt mài truyền dạy những làn điệu Soọng cô cho thế hệ trẻ, góp phần gìn giữ nét đẹp văn hóa của đồng bào Sán Dìu trên quê hương Lập Thạch.",
    [
        ("p", "Sinh ra và lớn lên trong một gia đình có truyền thống hát Soọng cô, từ năm 12 tuổi, bà Lụa đã theo mẹ đi hát trong các dịp lễ, Tết, cưới hỏi. Những câu hát đối đáp giao duyên, hát ru, hát mừng nhà mới… cứ thế thấm dần vào tâm hồn cô gái nhỏ."),
        ("p", "Năm 1982, bà cùng một số người trong thôn thành lập đội văn nghệ, vừa biểu diễn vừa sưu tầm các bài hát cổ còn lưu truyền trong dân gian. Đến nay, bà đã ghi chép lại được hơn 300 bài Soọng cô bằng chữ Nôm Sán Dìu, kèm theo bản phiên âm và dịch nghĩa tiếng Việt."),
        ("img", "/media/k2/items/cache/clb-soong-co-van-quan.jpg", "Bà Diệp Thị Lụa (thứ hai từ trái) cùng các thành viên Câu lạc bộ hát Soọng cô xã Văn Quán"),
        ("p", "Năm 2019, Câu lạc bộ hát Soọng cô xã Văn Quán được thành lập với 35 thành viên, bà Lụa được tín nhiệm bầu làm Chủ nhiệm. Mỗi tuần hai buổi, căn nhà sàn của bà lại rộn ràng tiếng hát. Người ít tuổi nhất câu lạc bộ mới 9 tuổi, người cao tuổi nhất đã ngoài 80."),
        ("p", "Chị Lam Thị Huệ, thành viên câu lạc bộ chia sẻ: “Trước đây, tôi chỉ biết nghe chứ không hát được. Nhờ bà Lụa kiên trì chỉ bảo từng câu, từng lời, giờ tôi đã có thể hát đối đáp trong các dịp lễ hội của thôn”."),
        ("p", "Với những đóng góp bền bỉ, năm 2022, bà Diệp Thị Lụa được Chủ tịch nước phong tặng danh hiệu Nghệ nhân ưu tú. Bà mong muốn chính quyền tiếp tục quan tâm mở thêm các lớp truyền dạy trong trường học để những làn điệu Soọng cô không bị mai một."),
    ])
CAP3_MAIN = "Nghệ nhân ưu tú Diệp Thị Lụa truyền dạy hát Soọng cô cho thế hệ trẻ"


def k2date(d):
    wds = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
    return f"{wds[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"


def page3():
    rng = random.Random("joomla3k2-lapthach-03")
    pub, upd = T("2024-05-18 08:30"), T("2024-05-20 15:12")
    host = "https://lapthach.vinhphu.gov.vn"
    url = f"{host}/index.php/tin-tuc-su-kien/guong-nguoi-tot-viec-tot/item/2841-nghe-nhan-diep-thi-lua-hon-40-nam-giu-lua-hat-soong-co"
    hs = heads2(rng, 40)
    ds = past(pub, rng, 40, 1, 50)

    def img(s, c, n):
        return (f'<table class="k2-img" style="margin-left:auto;margin-right:auto;width:600px" border="0" cellspacing="0" cellpadding="2"><tbody>'
                f'<tr><td><img src="{s}" alt="" width="600" height="400" /></td></tr>'
                f'<tr><td style="text-align:center;background:#eee"><span style="font-size:10pt"><em>{esc(c)}</em></span></td></tr></tbody></table>')
    full = A3.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=img)
    latest = "".join(f'<li><a href="/index.php/tin-tuc-su-kien/item/{rng.randint(2000, 2840)}-{slug(t)}">{esc(t)}</a></li>' for t in hs[:5])
    related = "".join(f'<li><a href="/index.php/tin-tuc-su-kien/item/{rng.randint(2000, 2840)}-{slug(t)}">{esc(t)}</a> <span class="itemRelDate">{k2date(d)}</span></li>' for t, d in zip(hs[5:10], ds[:5]))
    schedule = "".join(f"<tr><td>{x}</td><td>{y}</td></tr>" for x, y in [
        ("Thứ Hai 27/5", "8h00: Họp Thường trực Huyện ủy"), ("Thứ Ba 28/5", "14h00: Kiểm tra tiến độ xây dựng nông thôn mới xã Tử Du"),
        ("Thứ Tư 29/5", "8h00: Tiếp công dân định kỳ"), ("Thứ Năm 30/5", "Cả ngày: Hội nghị sơ kết công tác 6 tháng đầu năm")])
    html = f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<base href="{url}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Soọng cô, Sán Dìu, nghệ nhân ưu tú, Văn Quán" />
<meta name="title" content="{esc(A3.title, True)}" />
<meta name="author" content="Quản trị viên" />
<meta property="og:url" content="{url}" /><meta property="og:type" content="article" />
<meta property="og:title" content="{esc(A3.title, True)}" />
<meta property="og:description" content="{esc(A3.lead, True)}" />
<meta property="og:image" content="{host}/media/k2/items/cache/6c1c9a1b0f5e_XL.jpg" />
<meta name="description" content="{esc(A3.lead, True)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(A3.title)} - Cổng thông tin điện tử huyện Lập Thạch</title>
<link href="/templates/sotttt_huyen/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/k2/assets/css/k2.fonts.css?v2.8.0" rel="stylesheet" type="text/css" />
<link href="/components/com_k2/css/k2.css?v2.8.0" rel="stylesheet" type="text/css" />
<link href="/templates/sotttt_huyen/css/template.css?v=3.10.12" rel="stylesheet" type="text/css" />
<style type="text/css">{css(rng, "k2", 240)}</style><!--PAD-->
<script src="/media/jui/js/jquery.min.js?4a7e1b6d" type="text/javascript"></script>
<script src="/media/jui/js/jquery-noconflict.js?4a7e1b6d" type="text/javascript"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v2.8.0&amp;sitepath=/" type="text/javascript"></script>
<script type="application/json" class="joomla-script-options new">{dump({"csrf.token": hexid(rng, 32), "system.paths": {"root": "", "base": ""}, "system.keepalive": {"interval": 840000, "uri": "/index.php/component/ajax/?format=json"}})}</script>
</head>
<body class="site com_k2 view-item no-layout no-task itemid-187">
<div class="sotttt-topbar"><div class="container"><span class="today">Thứ Năm, 23/05/2024</span> <a href="/index.php/so-do-cong">Sơ đồ cổng</a> | <a href="/index.php/lien-he">Liên hệ</a> | <a href="/index.php/english">English</a></div></div>
<header class="header"><div class="container"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/banner/banner-lapthach-2023.png" alt="Cổng thông tin điện tử huyện Lập Thạch" /></a>
<h1 class="site-title">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LẬP THẠCH</h1><div class="header-search pull-right"><form action="/index.php/component/search/" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." /></form></div></div></div></header>
<nav class="navigation" role="navigation"><div class="container">{menu(rng, "/index.php", "nav menu nav-pills mod-list", "", ["Thị trấn Lập Thạch", "Thị trấn Hoa Sơn", "Văn Quán", "Tử Du", "Bàn Giản", "Liễn Sơn", "Xuân Hòa", "Sơn Đông"])}</div></nav>
<div class="marquee-news"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">Huyện Lập Thạch tổ chức Lễ hội Văn hóa - Thể thao các dân tộc lần thứ V vào ngày 08/6/2024 &nbsp;&bull;&nbsp; Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024 (hạn nộp hồ sơ 15/6/2024)</marquee></div>
<div class="body"><div class="container"><div class="row-fluid">
<main id="content" role="main" class="span9">
<div class="moduletable breadcrumbs-wrap"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider">/</span><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc-su-kien" class="pathway"><span itemprop="name">Tin tức - Sự kiện</span></a><span class="divider">/</span><meta itemprop="position" content="2"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc-su-kien/guong-nguoi-tot-viec-tot" class="pathway"><span itemprop="name">Gương người tốt việc tốt</span></a><span class="divider">/</span><meta itemprop="position" content="3"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{esc(A3.title)}</span><meta itemprop="position" content="4"></li></ul></div>
<div id="system-message-container"></div>
<span id="startOfPageId2841"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader">
<span class="itemDateCreated">{k2date(pub)}</span>
<h2 class="itemTitle">{esc(A3.title)}</h2>
<span class="itemAuthor">Viết bởi&nbsp;<a rel="author" href="/index.php/tin-tuc-su-kien/itemlist/user/912-quantrivien">Quản trị viên</a></span>
</div>
<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">cỡ chữ</span><a href="#" id="fontDecrease"><span>giảm cỡ chữ</span></a><a href="#" id="fontIncrease"><span>tăng cỡ chữ</span></a></li><li><a class="itemPrintLink" rel="nofollow" href="{url}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;"><span>In</span></a></li><li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;template=sotttt_huyen&amp;link={hexid(rng, 40)}"><span>E-mail</span></a></li><li><span class="itemHits">Đọc <b>1245</b> lần</span></li></ul><div class="clr"></div></div>
<div class="itemRatingBlock"><span>Đánh giá bài này</span><div class="itemRatingForm"><ul class="itemRatingList"><li class="itemCurrentRating" id="itemCurrentRating2841" style="width:80%;"></li><li><a href="#" data-id="2841" title="1 sao trên 5" class="one-star">1</a></li><li><a href="#" data-id="2841" title="2 sao trên 5" class="two-stars">2</a></li><li><a href="#" data-id="2841" title="3 sao trên 5" class="three-stars">3</a></li><li><a href="#" data-id="2841" title="4 sao trên 5" class="four-stars">4</a></li><li><a href="#" data-id="2841" title="5 sao trên 5" class="five-stars">5</a></li></ul><div id="itemRatingLog2841" class="itemRatingLog">(7 bình chọn)</div><div class="clr"></div></div><div class="clr"></div></div>
<div class="itemBody">
<div class="itemImageBlock"><span class="itemImage"><a data-k2-modal="image" href="/media/k2/items/cache/6c1c9a1b0f5e_XL.jpg" title="Nhấp chuột để xem ảnh"><img src="/media/k2/items/cache/6c1c9a1b0f5e_L.jpg" alt="{esc(CAP3_MAIN, True)}" style="width:600px; height:auto;" /></a></span>
<span class="itemImageCaption">{esc(CAP3_MAIN)}</span>
<span class="itemImageCredits">Ảnh: Thanh Hà</span>
<div class="clr"></div></div>
<div class="itemIntroText"><p><strong>{esc(A3.lead)}</strong></p></div>
<div class="itemFullText">
{full}
<p style="text-align: right;"><strong>Thanh Hà (Trung tâm VH-TT huyện Lập Thạch)</strong></p>
</div>
<div class="clr"></div>
</div>
<div class="itemDateModified">Lần cập nhật cuối {k2date(upd)}</div>
<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="/index.php/tin-tuc-su-kien/guong-nguoi-tot-viec-tot">Gương người tốt việc tốt</a></div>
<div class="itemTagsBlock"><span>Được gắn thẻ</span><ul class="itemTags"><li><a href="/index.php/tin-tuc-su-kien/itemlist/tag/Soọng cô">Soọng cô</a></li><li><a href="/index.php/tin-tuc-su-kien/itemlist/tag/Sán Dìu">Sán Dìu</a></li><li><a href="/index.php/tin-tuc-su-kien/itemlist/tag/nghệ nhân">nghệ nhân</a></li></ul><div class="clr"></div></div><div class="clr"></div></div>
<div class="itemSocialSharing"><div class="itemFacebookButton"><div class="fb-like" data-href="{url}" data-send="false" data-width="200" data-show-faces="true"></div></div><div class="clr"></div></div>
<div class="itemAuthorLatest"><h3>Bài viết mới nhất từ Quản trị viên</h3><ul>{latest}</ul><div class="clr"></div></div>
<div class="itemRelated"><h3>Bài viết liên quan (theo thẻ)</h3><ul>{related}</ul><div class="clr"></div></div>
<div class="clr"></div>
<div class="itemNavigation"><span class="itemNavigationTitle">Xem thêm trong danh mục này:</span> <a class="itemPrevious" href="/index.php/tin-tuc-su-kien/guong-nguoi-tot-viec-tot/item/2830-{slug(hs[10])}">&laquo; {esc(hs[10])}</a> <a class="itemNext" href="/index.php/tin-tuc-su-kien/guong-nguoi-tot-viec-tot/item/2850-{slug(hs[11])}">{esc(hs[11])} &raquo;</a></div>
<div class="itemBackToTop"><a class="k2Anchor" href="{url}#startOfPageId2841">về đầu trang</a></div>
<div class="clr"></div>
</div>
</main>
<div id="aside" class="span3">
<div class="moduletable"><h3>Tin mới</h3>{nlist(rng, hs[12:22], "/index.php/tin-tuc-su-kien/item", ds[10:20], lambda d: k2date(d), "latestnews mod-list", img=False, ext="")}</div>
<div class="moduletable"><h3>Lịch công tác tuần</h3><table class="lct">{schedule}</table></div>
<div class="moduletable"><h3>Thời tiết</h3><div class="weather">Lập Thạch: 27°C - 33°C, có mưa rào và dông rải rác. Cập nhật 06:00 23/05/2024</div></div>
<div class="moduletable"><h3>Liên kết website</h3><ul><li><a href="https://vinhphu.gov.vn">Cổng TTĐT tỉnh Vĩnh Phú</a></li><li><a href="https://dichvucong.vinhphu.gov.vn">Cổng dịch vụ công tỉnh</a></li><li><a href="https://stttt.vinhphu.gov.vn">Sở Thông tin và Truyền thông</a></li></ul></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><ul>{counter(rng)}</ul></div>
</div></div></div></div>
<footer class="footer" role="contentinfo"><div class="container">
{footer("Cổng thông tin điện tử huyện Lập Thạch", "Khu 1, thị trấn Lập Thạch, huyện Lập Thạch, tỉnh Vĩnh Phú", "0211.3867.210", "<p>Cơ quan chủ quản: UBND huyện Lập Thạch. Hạ tầng kỹ thuật: Trung tâm Công nghệ thông tin và Truyền thông - Sở Thông tin và Truyền thông tỉnh Vĩnh Phú</p>")}
<p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p></div></footer>
<script>{js(rng, 40, "k2x")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 124, "k2-x")
    return dict(family="joomla3_k2", name="lapthach-guong-sang-h2-itemtitle-credits-modified", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A3, iso(pub), iso(upd), author="Thanh Hà", unit="Trung tâm VH-TT huyện Lập Thạch",
                                  photographer="Thanh Hà", category="Gương người tốt việc tốt", captions=[CAP3_MAIN] + A3.captions),
                traps={"bylines": ["Thanh Hà (Trung tâm VH-TT huyện Lập Thạch)", "Viết bởi", "Ảnh: Thanh Hà"],
                       "related": hs[:12], "chrome": ["Bài viết mới nhất từ Quản trị viên", "Đọc 1245 lần", "(7 bình chọn)",
                                                       "Xem thêm trong danh mục này:", "Lập Thạch: 27°C - 33°C",
                                                       "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LẬP THẠCH"],
                       "dates": ["Thứ Năm, 23/05/2024", "08/6/2024", "8h00: Họp Thường trực Huyện ủy"]},
                notes="Joomla 3 + K2 2.8 on a district portal hosted by the provincial Sở TT&TT. h1 = site name; title in h2.itemTitle, "
                      "under the K2 created date 'Thứ bảy, 18 Tháng 5 2024 08:30'; 'Lần cập nhật cuối Thứ hai, 20 Tháng 5 2024 15:12' "
                      "after the body → updated_at. 'Viết bởi Quản trị viên' is the K2 user (account). K2 main image: "
                      "itemImageCaption (first caption) + itemImageCredits 'Ảnh: Thanh Hà' → photographer. Bold introtext = lead. "
                      "Foot byline 'Thanh Hà (Trung tâm VH-TT huyện Lập Thạch)' → author + unit. 'Gương sáng' profile. Crumb "
                      "ends with the title → category = the crumb before it (= itemCategory). Marquee and work schedule carry "
                      "future dates; 'Bài viết mới nhất từ …', 'liên quan (theo thẻ)' with K2 dates, prev/next titles.",
                readme="Joomla 3 + K2 district portal (Sở TT&TT hosting); h1 = site name, h2.itemTitle under the vi K2 date, 'Lần cập nhật cuối', K2 image caption + 'Ảnh:' credits, 'Viết bởi' account, 'Name (Unit)' foot byline, crumb ending in title")


# =====================================================================
A4 = Art(
    "Điện lực Hải Hưng ra quân kiểm tra, xử lý vi phạm hành lang lưới điện mùa mưa bão",
    "Ngày 16/5, Công ty Điện lực Hải Hưng tổ chức lễ ra quân đợt cao điểm kiểm tra, xử lý vi phạm hành lang bảo vệ an toàn lưới điện cao áp, chủ động bảo đảm cung cấp điện ổn định trong mùa mưa bão năm 2024.",
    [
        ("p", "Theo kế hoạch, đợt ra quân kéo dài từ ngày 16/5 đến hết ngày 30/6/2024 trên địa bàn 12 huyện, thành phố. Lực lượng tham gia gồm hơn 450 cán bộ, công nhân của các điện lực trực thuộc, phối hợp với chính quyền địa phương và lực lượng công an cấp xã."),
        ("img", "/dA/6f1e2b7c-04aa-4d3e-9c1e-5b1f3a0e7d21/image/cat-tia-cay-35kv.jpg", "Công nhân Điện lực Kim Động chặt tỉa cây xanh vi phạm hành lang tuyến đường dây 35 kV"),
        ("p", "Trọng tâm của đợt kiểm tra là rà soát các vị trí cây cao, công trình xây dựng, nhà xưởng vi phạm khoảng cách an toàn; các điểm thả diều, đốt rơm rạ gần đường dây. Qua khảo sát ban đầu, toàn công ty đã phát hiện 327 vị trí có nguy cơ mất an toàn, trong đó 41 vị trí cần xử lý ngay."),
        ("p", "Ông Vũ Đức Thắng, Phó Giám đốc Công ty Điện lực Hải Hưng cho biết: “Năm nay dự báo mùa mưa bão đến sớm và diễn biến phức tạp. Chúng tôi yêu cầu các đơn vị vừa kiểm tra, xử lý vi phạm, vừa tuyên truyền để người dân hiểu và chung tay bảo vệ lưới điện”."),
        ("img", "/dA/0b3c9e55-7d12-4a8b-b2f0-93c4de61aa07/image/tuyen-truyen-di-su.jpg", "Tuyên truyền an toàn điện cho người dân xã Dị Sử, huyện Mỹ Hào"),
        ("p", "Cùng với đợt ra quân, công ty đã chuẩn bị đầy đủ vật tư dự phòng, phương tiện, máy phát điện; thành lập 18 đội xung kích sẵn sàng ứng cứu sự cố 24/24 giờ khi có thiên tai xảy ra."),
    ])


EVN_MENU = [
    ("Giới thiệu", ["Lịch sử phát triển", "Ban Giám đốc", "Sơ đồ tổ chức", "Các đơn vị trực thuộc", "Thành tích"]),
    ("Tin tức", ["Hoạt động sản xuất kinh doanh", "Đảng - Đoàn thể", "An toàn - Bảo hộ lao động", "Chuyển đổi số", "Tin ngành điện"]),
    ("Khách hàng", ["Biểu giá điện", "Thủ tục cấp điện", "Lịch ngừng cấp điện", "Tiết kiệm điện", "Hỏi đáp khách hàng"]),
    ("Dịch vụ trực tuyến", ["Đăng ký cấp điện mới", "Thay đổi thông tin hợp đồng", "Tra cứu hóa đơn", "Thanh toán tiền điện"]),
    ("Văn bản", ["Văn bản pháp luật", "Quy định ngành điện", "Biểu mẫu"]),
    ("Đấu thầu", ["Thông báo mời thầu", "Kết quả lựa chọn nhà thầu"]),
]
EVN_HEADS = [
    "Điện lực Kim Động đóng điện trạm biến áp chống quá tải Toàn Thắng 2", "Hội nghị khách hàng sử dụng điện lớn năm 2024",
    "Ra mắt ứng dụng chăm sóc khách hàng phiên bản mới", "Đoàn Thanh niên Công ty ra quân Tháng thanh niên 2024",
    "Sửa chữa nóng lưới điện 22 kV không cắt điện khách hàng", "Kiểm tra công tác an toàn vệ sinh lao động quý II",
    "Điện lực Ân Thi tuyên truyền an toàn điện trong trường học", "Đảm bảo cấp điện phục vụ kỳ thi tốt nghiệp THPT 2024",
    "Công đoàn Công ty trao quà cho đoàn viên có hoàn cảnh khó khăn", "Hội thi thợ giỏi cấp Công ty năm 2024",
    "Khuyến cáo sử dụng điện an toàn, tiết kiệm mùa nắng nóng", "Ký kết hợp đồng mua bán điện với khu công nghiệp Phố Nối",
    "Hoàn thành thay thế 2.000 công tơ cơ bằng công tơ điện tử", "Điện lực Mỹ Hào xử lý dứt điểm 12 điểm vi phạm hành lang",
    "Chi bộ Phòng Kỹ thuật sinh hoạt chuyên đề quý II", "Thông báo tạm ngừng cấp điện để bảo dưỡng lưới điện",
    "Nâng cao chất lượng dịch vụ điện trực tuyến cấp độ 4", "Diễn tập xử lý sự cố trạm biến áp 110 kV Phố Cao",
    "Tập huấn sơ cấp cứu người bị điện giật", "Tăng cường kiểm tra sử dụng điện chống tổn thất",
    "Công ty Điện lực Hải Hưng sơ kết công tác quý I", "Hỗ trợ khách hàng lắp đặt điện mặt trời mái nhà",
    "Tổ chức Ngày hội hiến máu tình nguyện năm 2024", "Chuyển đổi số trong quản lý vận hành lưới điện",
    "Điện lực Văn Lâm hoàn thành cải tạo lưới hạ áp xã Lạc Hồng", "Thông báo mời thầu gói thầu vật tư thiết bị",
    "Tri ân khách hàng năm 2024", "Tuyên truyền tiết kiệm điện trong doanh nghiệp",
    "Đại hội Chi đoàn Điện lực Khoái Châu nhiệm kỳ 2024 - 2027", "Kết quả thực hiện chỉ tiêu độ tin cậy cung cấp điện",
    "Công bố thủ tục cấp điện trung áp rút gọn", "Điện lực Tiên Lữ ứng phó mưa dông đầu mùa",
    "Trao học bổng cho con công nhân viên đạt thành tích cao", "Thi đua 90 ngày đêm đóng điện các công trình trọng điểm",
    "Điện lực Phù Cừ giải đáp thắc mắc hóa đơn tiền điện", "Kiểm tra công tác phòng cháy chữa cháy tại trạm 110 kV",
]


def page4():
    rng = random.Random("dotcms-haihung-04")
    pub = T("2024-05-17 08:30")
    host = "https://pchaihung.evn.com.vn"
    url = f"{host}/tin-tuc/hoat-dong-san-xuat-kinh-doanh/dien-luc-hai-hung-ra-quan-kiem-tra-xu-ly-vi-pham-hanh-lang-luoi-dien"
    hs = EVN_HEADS[:]
    rng.shuffle(hs)
    ds = past(pub, rng, 36, 1, 40)
    rel_in = ["Khuyến cáo người dân không thả diều gần đường dây điện", "Điện lực Hải Hưng diễn tập phòng chống thiên tai năm 2024"]
    blocks = list(A4.blocks)
    blocks.insert(4, ("raw", '<div class="dot-related-inline" data-dot-object="relationship"><div class="dot-related-inline__title">Tin liên quan</div><ul>'
                      + "".join(f'<li><a href="/tin-tuc/hoat-dong-san-xuat-kinh-doanh/{slug(t)}">{esc(t)}</a></li>' for t in rel_in) + "</ul></div>"))
    art = Art(A4.title, A4.lead, blocks)
    body = art.render(p=lambda t: f"<p>{esc(t)}</p>",
                      img=lambda s, c, n: f'<p style="text-align: center;"><img src="{s}/800w/70q" alt="" data-dot-inode="{hexid(rng, 8)}-{hexid(rng, 4)}" /></p>\n<p style="text-align: center;"><em>{esc(c)}</em></p>')
    outage = "".join(f"<li><b>{d}</b> - {a}</li>" for d, a in [
        ("18/05/2024 07:00 - 17:00", "Huyện Ân Thi: xã Hồng Vân, Tiền Phong (thay cột đường dây 22 kV)"),
        ("19/05/2024 06:30 - 12:00", "TP Hải Hưng: phường Trần Phú (bảo dưỡng TBA Trần Phú 3)"),
        ("21/05/2024 07:30 - 16:30", "Huyện Kim Động: xã Toàn Thắng (đấu nối công trình chống quá tải)")])
    price = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in [("Bậc 1: 0 - 50 kWh", "1.806"), ("Bậc 2: 51 - 100 kWh", "1.866"), ("Bậc 3: 101 - 200 kWh", "2.167"), ("Bậc 4: 201 - 300 kWh", "2.729"), ("Bậc 5: 301 - 400 kWh", "3.050"), ("Bậc 6: 401 kWh trở lên", "3.151")])
    dotjs = dump({"contentlet": {"identifier": hexid(rng, 8) + "-" + hexid(rng, 4), "inode": hexid(rng, 32), "contentType": "News", "title": A4.title,
                                 "sysPublishDate": "2024-05-17 01:30:00.0", "modDate": "2024-05-17 02:02:41.511", "owner": "dotcms.org.2789", "modUser": "dotcms.org.2789",
                                 "host": "pchaihung", "languageId": 1, "urlTitle": "dien-luc-hai-hung-ra-quan-kiem-tra-xu-ly-vi-pham-hanh-lang-luoi-dien"}})
    html = f"""<!DOCTYPE html>
<html lang="vi">
<!-- dotCMS Velocity: /application/themes/evn-pc/template.vtl -->
<head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Công ty Điện lực Hải Hưng - Tin tức</title>
<meta name="description" content="{esc(A4.lead, True)}">
<meta property="og:title" content="{esc(A4.title, True)}"><meta property="og:type" content="article">
<meta property="og:image" content="{host}/dA/6f1e2b7c-04aa-4d3e-9c1e-5b1f3a0e7d21/image/cat-tia-cay-35kv.jpg">
<link rel="stylesheet" href="/application/themes/evn-pc/css/bootstrap.min.css"><link rel="stylesheet" href="/application/themes/evn-pc/css/main.css?v=3.4">
<style>{css(rng, "evn", 240)}</style><!--PAD-->
<script>var dotcmsPageContext={dotjs};</script>
</head>
<body class="evn-page evn-news-detail" data-dot-page-id="{hexid(rng, 8)}">
<div class="evn-topbar"><div class="container"><span class="evn-hotline">Tổng đài CSKH: 1900 6769</span> <span class="evn-top-links"><a href="https://cskh.evnhh.vn">Chăm sóc khách hàng</a> | <a href="/tra-cuu-hoa-don">Tra cứu hóa đơn</a> | <a href="/en">English</a></span></div></div>
<header class="evn-header"><div class="container"><a class="evn-logo" href="/"><img src="/application/themes/evn-pc/img/logo-pchh.png" alt="Công ty Điện lực Hải Hưng"></a>
<nav class="evn-nav">{menu(rng, "", "evn-menu", "", ["Điện lực TP Hải Hưng", "Điện lực Kim Động", "Điện lực Ân Thi", "Điện lực Mỹ Hào", "Điện lực Văn Lâm", "Điện lực Khoái Châu", "Điện lực Tiên Lữ", "Điện lực Phù Cừ"], items=EVN_MENU)}</nav></div></header>
<div class="evn-outage"><div class="container"><span class="evn-outage-label">Lịch ngừng cấp điện:</span><ul class="evn-outage-list">{outage}</ul></div></div>
<main class="container evn-main"><div class="row"><div class="col-md-8">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active"><a href="/tin-tuc/hoat-dong-san-xuat-kinh-doanh">Hoạt động sản xuất kinh doanh</a></li></ol>
<article class="evn-article" data-dot-identifier="{hexid(rng, 8)}-{hexid(rng, 4)}">
<h1 class="evn-article__title">{esc(A4.title)}</h1>
<div class="evn-article__meta"><span class="evn-article__date"><i class="fa fa-calendar"></i> {pub.strftime("%Y/%m/%d")} {pub.strftime("%Hh%M")}</span> <span class="evn-article__views"><i class="fa fa-eye"></i> 531</span></div>
<div class="evn-article__sapo">{esc(A4.lead)}</div>
<div class="evn-article__body">
{body}
<p style="text-align: right;"><em><strong>Bài và ảnh: Phan Hữu Lộc (CTV)</strong></em></p>
</div>
<div class="evn-article__tools"><a href="javascript:window.print()">In trang</a> <a href="mailto:?subject=tin-tuc">Gửi email</a> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Chia sẻ</a></div>
</article>
<section class="evn-same"><h3 class="evn-block-title">Các tin khác</h3>{nlist(rng, hs[:10], "/tin-tuc/hoat-dong-san-xuat-kinh-doanh", ds[:10], lambda d: d.strftime("%Y/%m/%d"), "evn-same-list", ext="")}</section>
</div><aside class="col-md-4">
<div class="evn-box"><h3 class="evn-block-title">Tin nổi bật</h3>{nlist(rng, hs[10:18], "/tin-tuc", ds[10:18], lambda d: d.strftime("%Y/%m/%d %Hh%M"), "evn-hot", ext="")}</div>
<div class="evn-box"><h3 class="evn-block-title">Biểu giá bán lẻ điện sinh hoạt (đồng/kWh, chưa VAT)</h3><table class="table evn-price">{price}</table><p class="small">Áp dụng từ ngày 09/11/2023</p></div>
<div class="evn-box"><h3 class="evn-block-title">Thông báo</h3>{nlist(rng, hs[18:26], "/thong-bao", ds[18:26], lambda d: d.strftime("%Y/%m/%d"), "evn-notice", img=False, ext="")}</div>
<div class="evn-box"><h3 class="evn-block-title">Tiết kiệm điện</h3><p>Hãy tắt các thiết bị điện khi không sử dụng. Cài đặt điều hòa từ 26°C trở lên.</p></div>
</aside></div></main>
<footer class="evn-footer"><div class="container">{footer("Công ty Điện lực Hải Hưng", "Số 02 đường Chùa Chuông, TP Hải Hưng, tỉnh Hải Hưng", "0221.3862.112", "<p>Đơn vị trực thuộc Tổng công ty Điện lực miền Bắc</p>")}</div></footer>
{cookie_banner("evn-cookie")}
<script src="/application/themes/evn-pc/js/jquery.min.js"></script><script>{js(rng, 40, "evn")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 112, "evn-x")
    return dict(family="dotcms", name="haihung-evn-yyyy-mm-dd-08h30-ctv-em-captions", url=url,
                content_type="text/html;charset=UTF-8", html=html,
                expected=expected(A4, iso(pub), author="Phan Hữu Lộc", photographer="Phan Hữu Lộc",
                                  category="Hoạt động sản xuất kinh doanh"),
                traps={"bylines": ["Bài và ảnh: Phan Hữu Lộc (CTV)"], "related": rel_in + hs[:18],
                       "chrome": ["Tổng đài CSKH: 1900 6769", "Lịch ngừng cấp điện:", "Bậc 1: 0 - 50 kWh",
                                  "Hãy tắt các thiết bị điện khi không sử dụng."],
                       "dates": ["18/05/2024 07:00 - 17:00", "Áp dụng từ ngày 09/11/2023", "2024-05-17 01:30:00.0"]},
                notes="DotCMS (Velocity theme) site of a provincial power company. <title> is generic ('Công ty … - Tin tức'); title "
                      "in h1. Stamp '2024/05/17 08h30' (year-first with slashes, 'h' between hour and minute). Sapo div = lead. "
                      "Captions are the centred <p><em> right after each image paragraph. 'Tin liên quan' relationship box inside "
                      "the body after the 3rd text paragraph. Foot credit 'Bài và ảnh: Phan Hữu Lộc (CTV)' → author and photographer "
                      "'Phan Hữu Lộc' ('CTV' = cộng tác viên, a status, not a unit). dotcmsPageContext JSON carries sysPublishDate "
                      "in naive UTC ('2024-05-17 01:30:00.0', ignored). Outage-schedule ticker with future dates, price table.",
                readme="DotCMS power-company site; '2024/05/17 08h30' stamp, generic <title>, <p><em> captions after image paragraphs, in-body 'Tin liên quan' box, 'Bài và ảnh: X (CTV)' foot credit, outage ticker with future dates")


PAGES = [page1, page2, page3, page4]
