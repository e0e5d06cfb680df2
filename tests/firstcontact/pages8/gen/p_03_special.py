"""Unusual-but-real situations: frameset wrapper, m. page, AMP, print view, article printed twice (desktop +
mobile markup), next article preloaded, English version of a Party portal, table layout with the date only in the
URL and a 'Ngày:' cell."""
import random

from .common import Art, T, iso, isod, dmy, hm, esc, slug, expected, heads3, past, pad, css, js, ga, menu, footer, counter, dump, hexid
from .shell import shell, side_box
from .kit import mk, rel, share

# =====================================================================
A11 = Art(
    "Huyện ủy Vĩnh Lợi sơ kết 6 tháng thực hiện nhiệm vụ chính trị",
    "Ngày 9/7, Ban Chấp hành Đảng bộ huyện Vĩnh Lợi tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ chính trị 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.",
    [
        ("p", "6 tháng đầu năm, tổng giá trị sản xuất các ngành kinh tế của huyện ước đạt 5.820 tỷ đồng, tăng 7,9% so với cùng kỳ; thu ngân sách trên địa bàn đạt 61,3% dự toán; xây dựng thêm 2 xã đạt chuẩn nông thôn mới nâng cao."),
        ("p", "Công tác xây dựng Đảng được chú trọng; Đảng bộ kết nạp 72 đảng viên mới, đạt 65% chỉ tiêu năm. Công tác kiểm tra, giám sát được thực hiện đúng kế hoạch."),
        ("p", "Hội nghị thống nhất 6 nhóm giải pháp trọng tâm cho 6 tháng cuối năm, trong đó tập trung đẩy nhanh giải ngân vốn đầu tư công, chuẩn bị tốt các điều kiện tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030."),
    ])


def page11():
    rng = random.Random("set8-frameset-11")
    pub = T("2024-07-10")
    url = "http://huyenuyvinhloi.minhhai.vn/tintuc/index.htm?id=1207"
    rl = heads3(rng, 5, avoid=[A11.title])
    rd = past(pub, rng, 5, 2, 30)
    nf = f"""<noframes><body bgcolor="#FFFFFF">
<p><b>HUYỆN ỦY VĨNH LỢI</b> - Trình duyệt của bạn không hỗ trợ khung (frame). <a href="/tintuc/noidung.asp?id=1207">Xem nội dung</a></p>
<table width="760" border="0"><tr><td>
<p class="tieude"><font size="4" color="#990000"><b>{esc(A11.title)}</b></font></p>
<p class="ngay"><font size="1">(Ngày 10/07/2024)</font></p>
<p><b>{esc(A11.lead)}</b></p>
{"".join(f"<p>{esc(p)}</p>" for p in A11.pars)}
<p align="right"><b>Phan Minh Đức</b></p>
<hr size="1"><p><b>Các tin khác:</b></p>{rel(rng, rl, rd, lambda d: f"({dmy(d)})", href="/tintuc/noidung.asp?id={n}", cls="tinkhac")}
</td></tr></table></body></noframes>"""
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Huyện ủy Vĩnh Lợi - Tin tức</title>
<meta name="description" content="{esc(A11.lead, True)}">
<script language="JavaScript">
function MM_reloadPage(init) {{ if (init==true) with (navigator) {{if ((appName=="Netscape")&&(parseInt(appVersion)==4)) {{
document.MM_pgW=innerWidth; document.MM_pgH=innerHeight; onresize=MM_reloadPage; }}}}
else if (innerWidth!=document.MM_pgW || innerHeight!=document.MM_pgH) location.reload(); }}
MM_reloadPage(true);
{js(rng, 40, "hu")}
</script><!--PAD-->
</head>
<frameset rows="118,*,40" frameborder="NO" border="0" framespacing="0">
<frame src="/tintuc/top.htm" name="topFrame" scrolling="NO" noresize>
<frameset cols="190,*" frameborder="NO" border="0" framespacing="0">
<frame src="/tintuc/menu.asp" name="leftFrame" scrolling="auto" noresize>
<frame src="/tintuc/noidung.asp?id=1207" name="mainFrame">
</frameset>
<frame src="/tintuc/bottom.htm" name="bottomFrame" scrolling="NO" noresize>
</frameset>
{nf}
</html>
"""
    html = pad(html, rng, 60, "fs")
    return mk("frameset_noframes_wrapper", "minhhai-vinhloi-frameset-article-in-noframes-paren-date-only", url, html,
              expected(A11, isod(pub), author="Phan Minh Đức"),
              {"chrome": ["Trình duyệt của bạn không hỗ trợ khung (frame).", "Xem nội dung", "Các tin khác:"], "bylines": ["Phan Minh Đức"], "related": rl[:3]},
              "Old frameset wrapper (index.htm?id=): top/menu/main/bottom frames; the only article text in the served "
              "document is the <noframes> fallback the site writes for search engines. '(Ngày 10/07/2024)' → date only. "
              "Bold first paragraph = lead, bold right 'Phan Minh Đức' → author. No breadcrumb / category → null. Small page "
              "(frames carry the chrome).",
              "Frameset wrapper: <frameset> + article only inside <noframes>, '(Ngày dd/mm/yyyy)' date only, font-tag title, no category",
              min_kb=50)


# =====================================================================
A12 = Art(
    "Nông dân Năm Căn trúng mùa tôm quảng canh cải tiến",
    "Vụ tôm đầu năm 2024, nhiều hộ nuôi tôm quảng canh cải tiến ở huyện Năm Căn đạt năng suất từ 1,2 đến 1,5 tấn/ha, cao gấp 3 lần nuôi quảng canh truyền thống.",
    [
        ("p", "Gia đình ông Lâm Văn Út ở ấp Xóm Lớn, xã Hàm Rồng có 4 ha ao nuôi. Từ khi áp dụng quy trình quảng canh cải tiến, ông thu hoạch mỗi năm 3 vụ, lãi hơn 400 triệu đồng."),
        ("img", "https://cdn.baominhhai.vn/images/2024/07/10/tom-nam-can.jpg", "Ông Lâm Văn Út thu hoạch tôm"),
        ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện hiện có hơn 2.600 ha nuôi tôm quảng canh cải tiến, tăng 400 ha so với năm 2023."),
        ("p", "Huyện đang phối hợp với các doanh nghiệp xây dựng vùng nuôi tôm sinh thái đạt chứng nhận quốc tế, nâng cao giá trị sản phẩm."),
    ])


def page12():
    rng = random.Random("set8-mobile-12")
    pub = T("2024-07-10 06:30")
    url = "https://m.baominhhai.vn/kinh-te/nong-dan-nam-can-trung-mua-tom-quang-canh-cai-tien-a98213.html"
    rl = heads3(rng, 6, avoid=[A12.title])
    ago = ["15 phút trước", "1 giờ trước", "2 giờ trước", "3 giờ trước", "5 giờ trước", "Hôm qua"]
    body = A12.render(img=lambda s, c, n: f'<figure class="m-fig"><img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{s}" alt="" /><noscript><img src="{s}" /></noscript><figcaption>{esc(c)}</figcaption></figure>')
    rl_html = "".join(f'<li><a href="/{slug(t)}-a{rng.randint(90000, 98212)}.html"><span class="t">{esc(t)}</span><span class="ago">{a}</span></a></li>' for t, a in zip(rl, ago))
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{esc(A12.title)} | Báo Minh Hải điện tử</title>
<link rel="canonical" href="https://baominhhai.vn/kinh-te/nong-dan-nam-can-trung-mua-tom-quang-canh-cai-tien-a98213.html">
<meta property="article:published_time" content="2024-07-10T06:30:00+07:00"><style>{css(rng, "m", 60)}</style><!--PAD-->{ga(rng)}
</head><body class="mobile">
<div class="app-banner">Đọc báo nhanh hơn trên ứng dụng Báo Minh Hải <a href="#">Tải ứng dụng</a></div>
<header class="m-header"><a class="m-burger" href="#">☰</a><a class="m-logo" href="/"><img src="/img/logo-m.png" alt="Báo Minh Hải"></a><a class="m-search" href="/tim-kiem">🔍</a></header>
<nav class="m-drawer">{menu(rng, cls="m-nav")}</nav>
<div class="m-cat"><a href="/kinh-te">Kinh tế</a></div>
<article class="m-article"><h1 class="m-title">{esc(A12.title)}</h1>
<p class="m-author-time"><b>Quốc Bảo</b> · 10/7/2024 6:30</p>
<h2 class="m-sapo">{esc(A12.lead)}</h2>
<div class="m-body">{body}</div>
<div class="m-tags"><a href="/tag/tom">#tôm</a> <a href="/tag/nam-can">#Năm Căn</a></div>
<div class="m-share"><a href="#">Chia sẻ</a> <a href="#">Sao chép liên kết</a></div></article>
<section class="m-more"><h3>Tin mới</h3><ul>{rl_html}</ul></section>
<footer class="m-footer"><a href="https://baominhhai.vn/?device=desktop">Xem phiên bản máy tính</a><p>© Báo Minh Hải. Giấy phép số 112/GP-BTTTT.</p></footer>
<nav class="m-tabbar"><a href="/">Trang chủ</a><a href="/moi-nhat">Mới nhất</a><a href="/video">Video</a><a href="/tien-ich">Tiện ích</a></nav>
<script>{js(rng, 30, "mbl")}</script></body></html>
"""
    html = pad(html, rng, 90, "m")
    return mk("mobile_m_relative_times", "minhhai-bao-m-unpadded-dot-author-time-h2-sapo-lazyload-noscript-ago-list", url, html,
              expected(A12, iso(pub), author="Quốc Bảo", category="Kinh tế"),
              {"chrome": ["Tải ứng dụng", "Xem phiên bản máy tính", "Sao chép liên kết", "Tin mới"], "dates": ["15 phút trước", "Hôm qua"], "bylines": ["Quốc Bảo"],
               "related": rl[:3]},
              "Mobile m. page of a provincial newspaper. '<b>Quốc Bảo</b> · 10/7/2024 6:30' (unpadded day/month/hour, "
              "author fused with the time) → 2024-07-10T06:30+07:00 (article:published_time agrees). h2 sapo = lead. Lazy "
              "images with data-src + <noscript> copy; figcaption. Related list with relative times only. Category = "
              "section link 'Kinh tế' above the title.",
              "Mobile m. page; '<b>Name</b> · d/m/yyyy h:mm' fused author-time, h2 sapo, lazyload + noscript images, relative-time list, app banner, tab bar")


# =====================================================================
A13 = Art(
    "Cửu Long: Đẩy nhanh tiến độ cao tốc Mỹ Thuận - Cần Thơ đoạn qua tỉnh",
    "Sáng 11/7, Phó Chủ tịch UBND tỉnh Cửu Long Trần Văn Lực kiểm tra tiến độ dự án đường cao tốc Mỹ Thuận - Cần Thơ đoạn qua địa bàn tỉnh và công tác bàn giao mặt bằng cho nhà thầu.",
    [
        ("p", "Theo báo cáo của Ban Quản lý dự án, đến nay sản lượng thi công đoạn qua tỉnh đạt 78% giá trị hợp đồng; còn 3 hộ dân chưa bàn giao mặt bằng tại xã Tân Hội do chưa thống nhất phương án bồi thường."),
        ("img", "https://baocuulong.vn/amp/images/2024/07/11/cao-toc.jpg", "Thi công nút giao cao tốc tại xã Tân Hội"),
        ("p", "Phó Chủ tịch UBND tỉnh yêu cầu UBND thị xã Bình Minh tiếp tục vận động, đối thoại với các hộ dân, hoàn thành bàn giao mặt bằng trước ngày 20/7."),
        ("p", "Nhà thầu được yêu cầu tăng ca, tăng mũi thi công, tranh thủ thời tiết thuận lợi để bảo đảm thông xe kỹ thuật toàn tuyến trong năm 2024."),
    ])


def page13():
    rng = random.Random("set8-amp-13")
    pub = T("2024-07-11 05:45")
    url = "https://baocuulong.vn/amp/thoi-su/cuu-long-day-nhanh-tien-do-cao-toc-a147220.html"
    rl = heads3(rng, 5, avoid=[A13.title])
    rd = past(pub, rng, 5, 0, 3)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": A13.title, "datePublished": "2024-07-11T05:45:00+07:00",
          "dateModified": "2024-07-11T05:45:00+07:00", "author": [{"@type": "Person", "name": "Trúc Mai"}, {"@type": "Person", "name": "Hữu Nghĩa"}],
          "publisher": {"@type": "Organization", "name": "Báo Cửu Long"}, "image": ["https://baocuulong.vn/amp/images/2024/07/11/cao-toc.jpg"]}
    body = A13.render(img=lambda s, c, n: f'<figure><amp-img src="{s}" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>{esc(c)}</figcaption></figure>')
    html = f"""<!doctype html>
<html ⚡ lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(A13.title)}</title>
<link rel="canonical" href="https://baocuulong.vn/thoi-su/cuu-long-day-nhanh-tien-do-cao-toc-a147220.html">
<meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script type="application/ld+json">{dump(ld)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{css(rng, "amp", 120)}</style><!--PAD-->
</head><body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left">{menu(rng, cls="amp-nav")}</amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a href="https://baocuulong.vn/"><amp-img src="/img/logo.png" width="160" height="40" alt="Báo Cửu Long"></amp-img></a></header>
<div class="amp-breadcrumb"><a href="https://baocuulong.vn/thoi-su">Thời sự</a></div>
<article><h1>{esc(A13.title)}</h1>
<div class="amp-meta"><span class="amp-date">Thứ năm, 11/07/2024, 05:45</span></div>
<p class="amp-sapo"><strong>{esc(A13.lead)}</strong></p>
<div class="amp-content">{body}
<p class="amp-author" style="text-align:right"><strong>Trúc Mai - Hữu Nghĩa</strong></p></div>
<div class="amp-share"><amp-social-share type="facebook" data-param-app_id="1"></amp-social-share><amp-social-share type="email"></amp-social-share></div></article>
<section class="amp-related"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: f"{hm(d)} {dmy(d)}", href="https://baocuulong.vn/amp/{s}-a{n}.html", cls="amp-rel")}</section>
<footer class="amp-footer"><p>Báo Cửu Long - Cơ quan của Đảng bộ tỉnh Cửu Long</p><a href="https://baocuulong.vn/thoi-su/cuu-long-day-nhanh-tien-do-cao-toc-a147220.html">Xem phiên bản đầy đủ</a></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-8KX1Q2PLM0","config":{{"G-8KX1Q2PLM0":{{"groups":"default"}}}}}}}}</script></amp-analytics>
</body></html>
"""
    html = pad(html, rng, 72, "amp")
    return mk("amp_custom_ldjson_two_authors", "cuulong-bao-amp-weekday-comma-ldjson-dash-two-authors-amp-img-figcaption", url, html,
              expected(A13, iso(pub), author="Trúc Mai, Hữu Nghĩa", category="Thời sự"),
              {"bylines": ["Trúc Mai - Hữu Nghĩa"], "chrome": ["Xem phiên bản đầy đủ", "Tin cùng chuyên mục"], "related": rl[:3]},
              "AMP page (⚡, amp-img, amp-sidebar with the full menu, amp-analytics JSON). 'Thứ năm, 11/07/2024, 05:45' "
              "agrees with the NewsArticle JSON-LD → 05:45. Bold sapo = lead; figure/figcaption around amp-img. Foot "
              "'Trúc Mai - Hữu Nghĩa' → 'Trúc Mai, Hữu Nghĩa'. Category = the single breadcrumb 'Thời sự'.",
              "AMP; 'Thứ năm, dd/mm/yyyy, HH:MM' + JSON-LD, amp-img figcaption, amp-sidebar menu, 'A - B' foot byline, amp-analytics",
              min_kb=60)


# =====================================================================
A14 = Art(
    "Đảng ủy Khối Cơ quan tỉnh Bắc Thái tổ chức Hội thi Bí thư chi bộ giỏi năm 2024",
    "Ngày 12/7, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Bắc Thái tổ chức vòng chung kết Hội thi Bí thư chi bộ giỏi năm 2024 với sự tham gia của 12 thí sinh xuất sắc.",
    [
        ("p", "Các thí sinh trải qua 3 phần thi: chào hỏi, xử lý tình huống và hùng biện về chủ đề “Bí thư chi bộ với việc nâng cao chất lượng sinh hoạt chi bộ”. Nhiều tình huống gắn với thực tiễn công tác đảng tại cơ quan, doanh nghiệp."),
        ("p", "Kết quả, Ban Tổ chức trao giải Nhất cho thí sinh Đỗ Thị Phương, Bí thư Chi bộ Phòng Tổ chức - Hành chính, Sở Tài chính; 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích cho các thí sinh còn lại."),
        ("p", "Phát biểu bế mạc, đồng chí Hoàng Văn Định, Bí thư Đảng ủy Khối đánh giá hội thi là dịp để đội ngũ bí thư chi bộ trao đổi kinh nghiệm, nâng cao kỹ năng lãnh đạo, điều hành sinh hoạt chi bộ."),
    ])


def page14():
    rng = random.Random("set8-print-14")
    pub = T("2024-07-12 14:05")
    url = "https://dukbacthai.dcs.vn/PrintPreview.aspx?ArticleID=6612"
    art_url = "https://dukbacthai.dcs.vn/tin-tuc/hoat-dong/dang-uy-khoi-to-chuc-hoi-thi-bi-thu-chi-bo-gioi-6612.aspx"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>In bài viết</title>
<style type="text/css">body{{font-family:"Times New Roman";font-size:13pt;margin:20px}} .print-title{{font-size:16pt;font-weight:bold}} .noprint{{}} @media print{{.noprint{{display:none}}}}</style><!--PAD-->
</head><body onload="window.print();">
<div class="noprint"><a href="javascript:window.print()">[In bài]</a> <a href="javascript:window.close()">[Đóng cửa sổ]</a></div>
<table width="100%" border="0"><tr><td><img src="/images/logo-print.gif" alt="" /></td><td><b>ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH BẮC THÁI</b><br />Trang thông tin điện tử</td></tr></table><hr />
<div class="print-title">{esc(A14.title)}</div>
<div class="print-date">Cập nhật lúc 14:05 ngày 12/07/2024</div>
<div class="print-sapo"><b><i>{esc(A14.lead)}</i></b></div>
<div class="print-content">{"".join(f'<p style="text-align:justify">{esc(p)}</p>' for p in A14.pars)}</div>
<div class="print-author" style="text-align:right"><b>Ngô Thu Hà (Văn phòng Đảng ủy Khối)</b></div>
<hr /><div class="print-footer">Địa chỉ bài viết: {art_url}<br />Bản quyền thuộc Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Bắc Thái. In lúc: 08:20 16/07/2024</div>
</body></html>
"""
    html = pad(html, rng, 24, "pr")
    return mk("print_preview_aspx_popup", "bacthai-duk-print-cap-nhat-luc-time-ngay-paren-unit-in-luc-stamp", url, html,
              expected(A14, iso(pub), author="Ngô Thu Hà", unit="Văn phòng Đảng ủy Khối"),
              {"chrome": ["[In bài]", "[Đóng cửa sổ]", "Địa chỉ bài viết:", "Bản quyền thuộc"], "dates": ["In lúc: 08:20 16/07/2024"],
               "bylines": ["Ngô Thu Hà (Văn phòng Đảng ủy Khối)"]},
              "'In bài' print preview popup (PrintPreview.aspx, onload window.print()); <title> 'In bài viết'; no menu, no "
              "crumbs → category null. Only stamp 'Cập nhật lúc 14:05 ngày 12/07/2024' → published 14:05 (only-stamp rule), "
              "updated null; the footer 'In lúc: 08:20 16/07/2024' is the print time. Bold-italic sapo = lead. "
              "'Ngô Thu Hà (Văn phòng Đảng ủy Khối)' → author + unit. Small page (print views are).",
              "Print preview popup; <title> 'In bài viết', 'Cập nhật lúc HH:MM ngày dd/mm/yyyy' only stamp, 'In lúc:' print time, 'Name (Unit)', no category",
              title_visible=A14.title, min_kb=15)


# =====================================================================
A15 = Art(
    "Hà Nam Ninh: Hơn 21.000 thí sinh hoàn thành kỳ thi tốt nghiệp THPT an toàn",
    "Kỳ thi tốt nghiệp THPT năm 2024 trên địa bàn tỉnh Hà Nam Ninh đã kết thúc an toàn, nghiêm túc; tỷ lệ thí sinh dự thi đạt 99,6%.",
    [
        ("p", "Theo Sở Giáo dục và Đào tạo, toàn tỉnh có 21.340 thí sinh đăng ký dự thi tại 52 điểm thi. Trong 3 ngày thi, không có cán bộ, thí sinh vi phạm quy chế phải xử lý kỷ luật."),
        ("img", "https://img.baohanamninh.vn/2024/07/thi-sinh-ra-ve.jpg", "Thí sinh tại điểm thi Trường THPT Lương Văn Tụy sau buổi thi cuối"),
        ("p", "Công tác chấm thi được tổ chức tập trung tại Trường Cao đẳng Sư phạm tỉnh từ ngày 1/7 với 486 cán bộ chấm thi. Dự kiến kết quả thi được công bố vào 8 giờ ngày 17/7."),
        ("p", "Sở Giáo dục và Đào tạo khuyến cáo thí sinh theo dõi thông tin chính thức, cảnh giác với các trang mạng giả mạo tra cứu điểm thi."),
    ])


def page15():
    rng = random.Random("set8-dual-15")
    pub = T("2024-07-12 19:30")
    url = "https://baohanamninh.vn/giao-duc/hon-21000-thi-sinh-hoan-thanh-ky-thi-tot-nghiep-thpt-an-toan-77120.html"
    rl = heads3(rng, 6, avoid=[A15.title])
    rd = past(pub, rng, 6, 0, 4)
    fig_d = lambda s, c, n: f'<figure class="expNoEdit"><img src="{s}" alt="" width="760" /><figcaption class="PhotoCMS_Caption"><p>{esc(c)}</p></figcaption></figure>'
    fig_m = lambda s, c, n: f'<div class="m-photo"><img data-src="{s.replace("/2024/", "/w420/2024/")}" class="lazy" alt="" /><p class="m-cap">{esc(c)}</p></div>'
    desk = f"""<div class="d-none d-lg-block detail-desktop"><div class="detail-cat"><a href="/giao-duc">Giáo dục</a></div>
<h1 class="detail-title">{esc(A15.title)}</h1>
<div class="detail-meta"><span class="author">Bảo Trâm</span> <span class="time">12/07/2024 | 19:30</span></div>
<div class="detail-sapo">{esc(A15.lead)}</div>
<div class="detail-content">{A15.render(img=fig_d)}</div>
<div class="detail-tags"><a href="/tag/thi-tot-nghiep">Thi tốt nghiệp THPT</a></div>{share("detail-share")}</div>"""
    mob = f"""<div class="d-lg-none detail-mobile"><div class="m-cat"><a href="/giao-duc">Giáo dục</a></div>
<h2 class="m-title">{esc(A15.title)}</h2><div class="m-meta">Bảo Trâm - 19:30 12/07/2024</div>
<div class="m-sapo">{esc(A15.lead)}</div><div class="m-content">{A15.render(img=fig_m)}</div></div>"""
    main = f"""{desk}
{mob}
{rel(rng, rl, rd, lambda d: f"{dmy(d)} | {hm(d)}", href="/{s}-{n}.html", cls="box-related", head="Tin liên quan")}"""
    top = '<div class="top-bar"><span class="today">Thứ Bảy, 13/07/2024</span> <a href="/epaper">Báo in</a> <a href="/rss">RSS</a></div><div class="logo"><img src="/img/logo-bhnn.png" alt="Báo Hà Nam Ninh" /></div>'
    crumbs = '<div class="crumb d-none d-lg-block"><a href="/">Trang chủ</a> › <a href="/giao-duc">Giáo dục</a></div>'
    side = side_box(rng, "Đọc nhiều", heads3(rng, 6, avoid=[A15.title] + rl), past(pub, rng, 6, 0, 2), None, "most")
    html = shell(rng, title=A15.title + " - Báo Hà Nam Ninh", org="B", prefix="hn", kb=190, top=top, crumbs=crumbs, main=main, side=side,
                 foot_org="Báo Hà Nam Ninh - Cơ quan của Đảng bộ tỉnh Hà Nam Ninh", addr="Số 9 đường Trần Hưng Đạo, TP Nam Định", phone="0228.3849.112",
                 head_extra='<meta property="article:published_time" content="2024-07-12T19:30:00+07:00" />')
    return mk("bootstrap_dual_desktop_mobile_markup", "hanamninh-bao-article-printed-twice-d-none-d-lg-block-two-date-orders", url, html,
              expected(A15, iso(pub), author="Bảo Trâm", category="Giáo dục"),
              {"chrome": ["Tin liên quan", "Đọc nhiều", "Báo in"], "dates": ["Thứ Bảy, 13/07/2024"], "bylines": ["Bảo Trâm - 19:30 12/07/2024"],
               "related": rl[:3]},
              "Newspaper template that prints the whole article TWICE: a desktop block (div.d-none.d-lg-block, h1, "
              "'12/07/2024 | 19:30', figure/figcaption) and a mobile block (div.d-lg-none, h2, 'Bảo Trâm - 19:30 "
              "12/07/2024', lazy data-src photos with p.m-cap). Both are in the DOM; CSS picks one. Expected body / captions "
              "once (each caption listed once). Sapo div = lead. Category 'Giáo dục'.",
              "Bootstrap newspaper printing the article twice (desktop d-lg-block + mobile d-lg-none, h1 vs h2, 'dd/mm/yyyy | HH:MM' vs 'Name - HH:MM dd/mm/yyyy'); body/captions once")


# =====================================================================
A16 = Art(
    "Huyện An Nhơn ra mắt Tổ công nghệ số cộng đồng ở 100% thôn, khu phố",
    "Ngày 13/7, UBND huyện An Nhơn tổ chức ra mắt 96 Tổ công nghệ số cộng đồng tại các thôn, khu phố với hơn 480 thành viên là đoàn viên thanh niên, công an viên và cán bộ thôn.",
    [
        ("p", "Các tổ có nhiệm vụ hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, cài đặt và sử dụng ứng dụng định danh điện tử, kỹ năng bảo đảm an toàn trên không gian mạng."),
        ("img", "/uploads/2024/07/13/to-cnsc-an-nhon.jpg", "Thành viên Tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến"),
        ("p", "Trước đó, huyện đã tổ chức 2 lớp tập huấn kỹ năng số cho thành viên các tổ. Mỗi tổ được trang bị tài liệu hướng dẫn và kết nối nhóm Zalo với bộ phận một cửa của xã."),
        ("p", "Mục tiêu đến cuối năm 2024, 80% hồ sơ thủ tục hành chính của huyện được tiếp nhận, giải quyết trực tuyến toàn trình."),
    ])
N16 = Art(
    "Phù Cát khởi công 3 công trình nhà văn hóa thôn",
    "Sáng 11/7, UBND huyện Phù Cát khởi công xây dựng 3 nhà văn hóa thôn tại xã Cát Hanh với tổng vốn đầu tư hơn 4,5 tỷ đồng.",
    [
        ("p", "Các công trình được xây dựng theo thiết kế mẫu, diện tích mỗi nhà 150 m², dự kiến hoàn thành trong 6 tháng."),
        ("p", "Đây là những công trình thuộc Chương trình mục tiêu quốc gia xây dựng nông thôn mới, đáp ứng nhu cầu sinh hoạt cộng đồng của người dân."),
    ])


def page16():
    rng = random.Random("set8-nextart-16")
    pub = T("2024-07-13 10:40")
    npub = T("2024-07-11 16:05")
    url = "https://baonghiabinh.vn/xa-hoi/huyen-an-nhon-ra-mat-to-cong-nghe-so-cong-dong-55102.html"
    rl = heads3(rng, 5, avoid=[A16.title, N16.title])
    rd = past(pub, rng, 5, 0, 5)
    fig = lambda s, c, n: f'<table class="picture" align="center"><tbody><tr><td class="pic"><img src="{s}" alt="" /></td></tr><tr><td class="caption"><p>{esc(c)}</p></td></tr></tbody></table>'

    def block(a, d, author, aid, cls, h):
        return (f'<article class="{cls}" data-id="{aid}" data-url="/xa-hoi/{slug(a.title)}-{aid}.html"><div class="cat-top"><a href="/xa-hoi">Xã hội</a></div>'
                f'<{h} class="title-detail">{esc(a.title)}</{h}><div class="date-detail">{hm(d)} - {dmy(d)}</div>'
                f'<div class="sapo-detail"><strong>{esc(a.lead)}</strong></div><div class="content-detail">{a.render(img=fig)}'
                f'<p class="author-detail" style="text-align:right"><strong>{author}</strong></p></div>{share("share-bottom")}</article>')
    main = (block(A16, pub, "Minh Khôi", 55102, "main-article", "h1")
            + rel(rng, rl, rd, lambda d: f"{hm(d)} - {dmy(d)}", href="/xa-hoi/{s}-{n}.html", cls="box-cungchuyenmuc", head="Cùng chuyên mục")
            + '<div class="next-article-label">Bài tiếp theo</div><div id="infinite-next">' + block(N16, npub, "Hoài Phương", 55066, "next-article", "h2") + "</div>"
            + '<div class="loading-more">Đang tải bài tiếp theo...</div>')
    top = '<div class="header-top"><span class="date-now">Thứ Hai, 15/07/2024</span> <a href="/video">Video</a> <a href="/podcast">Podcast</a></div>'
    crumbs = '<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/xa-hoi">Xã hội</a></div>'
    side = side_box(rng, "Tin mới nhất", heads3(rng, 6, avoid=[A16.title, N16.title] + rl), past(pub, rng, 6, 0, 1), lambda d: hm(d), "newest")
    html = shell(rng, title=A16.title + " | Báo Nghĩa Bình", org="B", prefix="nb", kb=180, top=top, crumbs=crumbs, main=main, side=side,
                 foot_org="Báo Nghĩa Bình", addr="Số 70 đường Lê Lợi, TP Quy Nhơn", phone="0256.3822.155",
                 scripts="<script>window.__NEXT_ARTICLE__={id:55066,loaded:true};</script>")
    return mk("infinite_scroll_next_preloaded", "nghiabinh-bao-main-plus-preloaded-next-article-same-template-time-dash-date", url, html,
              expected(A16, iso(pub), author="Minh Khôi", category="Xã hội"),
              {"next_article": [N16.title, N16.lead, N16.pars[0], N16.pars[1], "Hoài Phương", "16:05 - 11/07/2024"],
               "chrome": ["Bài tiếp theo", "Đang tải bài tiếp theo...", "Cùng chuyên mục"], "dates": ["Thứ Hai, 15/07/2024"], "related": rl[:3]},
              "Newspaper with infinite scroll: the NEXT article (older, 11/07) is preloaded in the same template (same "
              "classes, category, sapo, byline) after 'Bài tiếp theo'. Only the first (h1) article is expected; the second "
              "(h2) is a trap. '10:40 - 13/07/2024' → 10:40. Table caption td.caption. Foot bold 'Minh Khôi' → author.",
              "Infinite scroll: main + preloaded next article in identical markup (only the first expected), 'HH:MM - dd/mm/yyyy', table caption")


# =====================================================================
A17 = Art(
    "Gia Lai - Kon Tum Provincial Party Committee reviews six-month performance",
    "On July 12, the Standing Board of the Gia Lai - Kon Tum Provincial Party Committee held a conference to review the implementation of political tasks in the first six months of 2024 and set out key tasks for the rest of the year.",
    [
        ("p", "According to the report, the province's gross regional domestic product (GRDP) grew by an estimated 6.8 percent year-on-year. Export turnover reached 412 million USD, while total State budget revenue hit 57 percent of the annual estimate."),
        ("img", "/en/upload/2024/07/hoi-nghi-so-ket.jpg", "Delegates at the conference"),
        ("p", "Party building work saw positive results, with 1,326 new Party members admitted, reaching 62 percent of the yearly target. Inspection and supervision activities were carried out in line with the plan."),
        ("p", "Speaking at the conference, Secretary of the Provincial Party Committee Ksor Thuan asked Party committees at all levels to accelerate the disbursement of public investment capital and to make careful preparations for Party congresses at all levels for the 2025 - 2030 tenure."),
    ])


def page17():
    rng = random.Random("set8-english-17")
    pub = T("2024-07-12 15:40")
    url = "https://gialaikontum.dcs.vn/en/news/politics/provincial-party-committee-reviews-six-month-performance-1182.html"
    rl = ["Provincial leaders visit families of war invalids and martyrs", "Conference on Party inspection work held in Pleiku",
          "Province works with central delegation on digital transformation", "Kon Plong district launches coffee value chain project",
          "Provincial People's Council opens mid-year session"]
    rd = past(pub, rng, 5, 1, 20)
    items = [("Home", ["About the province", "Leadership", "History"]), ("News", ["Politics", "Economy", "Society", "Foreign affairs"]),
             ("Investment", ["Policies", "Projects", "Contacts"]), ("Tourism", ["Destinations", "Festivals", "Cuisine"])]
    body = A17.render(img=lambda s, c, n: f'<div class="img-wrap" style="text-align:center"><img src="{s}" alt="" /><p class="img-caption"><em>{esc(c)}</em></p></div>')
    main = f"""<div class="en-detail"><h1 class="en-title">{esc(A17.title)}</h1>
<div class="en-meta">Posted: <span class="en-date">Friday, July 12, 2024 | 3:40 PM</span></div>
<div class="en-sapo"><strong>{esc(A17.lead)}</strong></div>
<div class="en-content">{body}
<p style="text-align:right"><strong>By Nguyen Thanh Tam</strong><br /><em>Translated by Ha Vy</em></p></div>
<div class="en-share"><a href="#">Share</a> <a href="#">Print</a> <a href="/vi/tin-tuc/1182">Tiếng Việt</a></div>
{rel(rng, rl, rd, lambda d: f"({d.strftime('%m/%d/%Y')})", href="/en/news/politics/{s}-{n}.html", cls="en-other", head="Other news")}</div>"""
    top = '<div class="en-top"><a href="/vi">Tiếng Việt</a> | <a href="/en">English</a> <span class="en-today">Monday, July 15, 2024</span></div><div class="en-banner"><img src="/en/img/banner.png" alt="COMMUNIST PARTY OF VIET NAM - GIA LAI - KON TUM PROVINCIAL PARTY COMMITTEE" /></div>'
    crumbs = '<div class="en-crumb"><a href="/en">Home</a> » <a href="/en/news">News</a> » <a href="/en/news/politics">Politics</a></div>'
    side = side_box(rng, "Most read", ["Gia Lai - Kon Tum attracts investment in renewable energy", "Central Highlands coffee festival to open in March"], past(pub, rng, 2), None, "en-most")
    html = shell(rng, title=A17.title + " - Gia Lai - Kon Tum Provincial Party Committee", org="PPC", prefix="en", kb=110, top=top, crumbs=crumbs, main=main,
                 side=side, items=items, lang="en", foot_org="Gia Lai - Kon Tum Provincial Party Committee Portal", addr="No. 2 Hung Vuong street, Pleiku city", phone="(+84) 269.3824.171")
    return mk("party_portal_english_edition", "gialaikontum-en-us-month-name-date-12h-by-line-translated-by-mmddyyyy-related", url, html,
              expected(A17, iso(pub), author="Nguyen Thanh Tam", category="Politics"),
              {"bylines": ["By Nguyen Thanh Tam", "Translated by Ha Vy"], "dates": ["Monday, July 15, 2024"], "chrome": ["Other news", "Most read", "Tiếng Việt"],
               "related": rl[:3]},
              "English edition of a provincial Party portal (lang=en, English menu, names without diacritics). 'Posted: "
              "Friday, July 12, 2024 | 3:40 PM' → 2024-07-12T15:40+07:00; related list in US order '(07/dd/2024)'; header "
              "'Monday, July 15, 2024'. Bold sapo = lead. 'By Nguyen Thanh Tam' → author 'Nguyen Thanh Tam' (the 'By' "
              "dropped, spelling as printed); 'Translated by Ha Vy' is a translator, not an author. Category = 'Politics'.",
              "English edition; 'Friday, July 12, 2024 | 3:40 PM', 'By Name' + 'Translated by' line, US-order related dates, English chrome")


# =====================================================================
A18 = Art(
    "Ninh Giang đón nhận Bằng công nhận huyện đạt chuẩn nông thôn mới",
    None,
    [
        ("p", "Sáng nay, huyện Ninh Giang long trọng tổ chức Lễ đón nhận Bằng công nhận huyện đạt chuẩn nông thôn mới và đón nhận Huân chương Lao động hạng Ba."),
        ("p", "Sau hơn 12 năm thực hiện chương trình, 100% xã của huyện đạt chuẩn nông thôn mới, 8 xã đạt chuẩn nông thôn mới nâng cao; thu nhập bình quân đầu người năm 2023 đạt 62 triệu đồng."),
        ("p", "Tổng nguồn lực huy động cho chương trình đạt hơn 3.200 tỷ đồng, trong đó nhân dân đóng góp trên 410 tỷ đồng cùng hàng trăm nghìn ngày công lao động."),
        ("p", "Phát biểu tại buổi lễ, lãnh đạo tỉnh đề nghị huyện tiếp tục giữ vững, nâng cao chất lượng các tiêu chí, phấn đấu trở thành huyện nông thôn mới nâng cao trước năm 2027."),
    ])


def page18():
    rng = random.Random("set8-tableurl-18")
    pub = T("2024-07-13")
    url = "https://ninhgiang.haihung.gov.vn/tintuc/2024/07/13/ninh-giang-don-nhan-bang-cong-nhan-nong-thon-moi.asp"
    rl = heads3(rng, 6, avoid=[A18.title])
    rd = past(pub, rng, 6, 1, 30)
    rows = "".join(f'<tr><td width="20"></td><td class="nd" align="justify"><font face="Tahoma" size="2">{esc(p)}</font></td></tr><tr><td colspan="2" height="6"></td></tr>' for p in A18.pars)
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="khung-tin">
<tr><td colspan="2" class="tieude-tin" bgcolor="#E8F0F8"><font color="#003399" size="3"><b>{esc(A18.title)}</b></font></td></tr>
<tr><td colspan="2"><table border="0" cellpadding="2" cellspacing="0" class="thongtin"><tr><td class="nhan">Ngày:</td><td class="giatri">13/07/2024</td><td class="nhan">&nbsp;&nbsp;Người viết:</td><td class="giatri">Lưu Văn Sáu</td><td class="nhan">&nbsp;&nbsp;Chuyên mục:</td><td class="giatri">Tin kinh tế</td></tr></table></td></tr>
<tr><td colspan="2" height="10"></td></tr>
{rows}
<tr><td colspan="2" align="right"><a href="javascript:history.back()">Trở về</a> | <a href="javascript:print()">In</a></td></tr></table>
<table width="100%" class="tin-khac"><tr><td class="hd">TIN ĐÃ ĐĂNG</td></tr>{"".join(f'<tr><td>• <a href="/tintuc/{d.year}/{d.month:02d}/{d.day:02d}/{slug(t)}.asp">{esc(t)}</a></td></tr>' for t, d in zip(rl, rd))}</table>"""
    top = '<table width="100%"><tr><td><img src="/images/top_ninhgiang.jpg" width="1000" height="140"></td></tr></table>'
    side = '<table class="lienket"><tr><td><b>LIÊN KẾT WEBSITE</b></td></tr><tr><td><select><option>Cổng TTĐT tỉnh Hải Hưng</option><option>Báo Hải Hưng</option></select></td></tr></table>'
    html = shell(rng, title="UBND HUYEN NINH GIANG", org="UB", prefix="ng", kb=85, top=top, crumbs="", main=main, side=side, table_layout=True,
                 foot_org="Ủy ban nhân dân huyện Ninh Giang", addr="Thị trấn Ninh Giang, tỉnh Hải Hưng", phone="0220.3767.101")
    return mk("asp_classic_table_ngay_cell_url_date", "haihung-ninhgiang-date-only-url-and-ngay-cell-text-in-table-rows-sang-nay", url, html,
              expected(A18, isod(pub), author="Lưu Văn Sáu", category="Tin kinh tế"),
              {"chrome": ["Trở về", "TIN ĐÃ ĐĂNG", "LIÊN KẾT WEBSITE", "Người viết:", "Chuyên mục:"], "related": rl[:3]},
              "Classic ASP table layout; <title> 'UBND HUYEN NINH GIANG' (ASCII). The day exists only in the URL "
              "(/tintuc/2024/07/13/) and in a label/value table cell 'Ngày: | 13/07/2024' → 2024-07-13 date only (the text "
              "says only 'Sáng nay'). Every paragraph is its own table row with a <font> cell. 'Người viết: | Lưu Văn Sáu' → "
              "author; 'Chuyên mục: | Tin kinh tế' → category. Related links carry dates only in their URLs. No lead.",
              "Classic ASP table layout; date only in the URL and a 'Ngày:' label cell, paragraphs as table rows, 'Người viết:' / 'Chuyên mục:' cells, ASCII <title>, no lead",
              title_visible=A18.title)


PAGES = [page11, page12, page13, page14, page15, page16, page17, page18]
