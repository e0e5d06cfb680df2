"""Vendor-style government/Party portals: Sao Bắc Đẩu-like (title + sapo in one h1), Tân Dân-like
(12-hour English stamps), PA Vietnam-like builder (byline only in a caption), Hanoi Telecom-like
(in-body 'Trang 1 2 3' pager)."""
import random

from .common import (Art, T, iso, dmy, hm, wd, utcz, past, esc, slug, dump, hexid, alnum, expected, css, js,
                     heads, menu, nlist, footer, counter, ga, cookie_banner, pad)

# =====================================================================
A1 = Art(
    "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh kết nạp 126 đảng viên trong quý I",
    "Quý I/2024, các tổ chức cơ sở đảng trực thuộc Đảng ủy Khối đã kết nạp 126 đảng viên mới, đạt 42% chỉ tiêu năm; trong đó có 37 đảng viên là công nhân, người lao động làm việc tại doanh nghiệp ngoài khu vực nhà nước.",
    [
        ("p", "Theo báo cáo của Ban Tổ chức Đảng ủy Khối, ngay từ đầu năm, Ban Thường vụ Đảng ủy Khối đã ban hành kế hoạch tạo nguồn, bồi dưỡng quần chúng ưu tú, giao chỉ tiêu cụ thể cho từng đảng bộ, chi bộ cơ sở. Các cấp ủy phân công đảng viên có kinh nghiệm trực tiếp giúp đỡ quần chúng, theo dõi quá trình rèn luyện ở cả nơi làm việc và nơi cư trú."),
        ("p", "Đáng chú ý, tại các doanh nghiệp ngoài nhà nước, công tác phát triển đảng viên có chuyển biến rõ nét. Đảng bộ Công ty cổ phần Cấp nước Vĩnh Long, Chi bộ Công ty TNHH May mặc Phú Quới đã phối hợp với tổ chức công đoàn giới thiệu nhiều công nhân, tổ trưởng sản xuất tiêu biểu để cấp ủy xem xét, bồi dưỡng."),
        ("img", "/Uploads/images/2024/03/19/ket-nap-dang-vien-cty-may.jpg", "Lễ kết nạp đảng viên tại Chi bộ Công ty TNHH May mặc Phú Quới"),
        ("p", "Bên cạnh kết quả đạt được, một số tổ chức cơ sở đảng vẫn còn lúng túng trong việc tạo nguồn; việc thẩm tra lý lịch ở một số trường hợp kéo dài do người được đề nghị kết nạp có người thân cư trú ở nhiều địa phương."),
        ("p", "Thời gian tới, Đảng ủy Khối tiếp tục chỉ đạo các cấp ủy rà soát nguồn quần chúng ưu tú, tăng cường phối hợp với cấp ủy nơi cư trú, phấn đấu hoàn thành chỉ tiêu kết nạp 300 đảng viên trong năm 2024."),
    ])


def page1():
    rng = random.Random("saobacdau-vinhlong-01")
    pub = T("2024-03-19 15:30")
    host = "https://dangbokhoi.vinhlong.dcs.vn"
    url = f"{host}/portal/tin-tuc/chi-tiet.aspx?newsid=4821&catid=12"
    hs = heads(rng, 30, "Long Hồ")
    ds = past(pub, rng, 30, 1, 40)
    nav = menu(rng, "/portal", "sbd-menu", ".aspx", ["TP Vĩnh Long", "Long Hồ", "Mang Thít", "Vũng Liêm", "Tam Bình", "Trà Ôn", "Bình Minh", "Bình Tân"])

    def img(s, c, n):
        return (f'<table class="sbd-img" align="center" cellpadding="3"><tr><td><img src="{s}" width="600" alt=""></td></tr>'
                f'<tr><td class="sbd-img-note">{esc(c)}</td></tr></table>')
    body = A1.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=img)
    h1 = f'<h1 class="sbd-newsdetail-title">{esc(A1.title)}<br />{esc(A1.lead)}</h1>'
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head id="SBD_Head"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(A1.title)} - Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Vĩnh Long</title>
<meta name="description" content="{esc(A1.title + ' - ' + A1.lead, True)}" />
<meta property="og:title" content="{esc(A1.title, True)}" /><meta property="og:type" content="article" />
<meta name="author" content="Sao Bắc Đẩu" /><meta name="copyright" content="Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Vĩnh Long" />
<link href="/portal/App_Themes/SBD_Dang/css/sbd.portal.css?v=3.2.1" rel="stylesheet" type="text/css" />
<style>{css(rng, "sbd", 200)}</style><!--PAD-->
</head><body class="sbd-body">
<form name="aspnetForm" method="post" action="./chi-tiet.aspx?newsid=4821&amp;catid=12" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY{alnum(rng, 1800)}" />
<div class="sbd-top"><span id="SBD_lblToday">Hôm nay: Thứ Năm, 04/04/2024</span> | <a href="/portal/lien-he.aspx">Liên hệ</a> | <a href="/portal/so-do-site.aspx">Sơ đồ site</a></div>
<div class="sbd-banner"><img src="/portal/App_Themes/SBD_Dang/images/banner.png" alt="Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Vĩnh Long" /></div>
<div class="sbd-nav">{nav}</div>
<div class="sbd-ticker"><marquee scrollamount="3">Chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024) &bull; Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 12</marquee></div>
<table class="sbd-layout" width="100%"><tr><td valign="top" class="sbd-left" width="22%">
<div class="sbd-box"><div class="sbd-box-title">Chuyên mục</div>{menu(rng, "/portal", "sbd-leftmenu", ".aspx")}</div>
<div class="sbd-box"><div class="sbd-box-title">Văn bản mới</div>{nlist(rng, ["Kế hoạch số 45-KH/ĐUK về công tác kiểm tra năm 2024", "Hướng dẫn số 03-HD/ĐUK về đánh giá chất lượng tổ chức đảng", "Công văn số 512-CV/ĐUK về học tập chuyên đề năm 2024", "Quy chế làm việc Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2020-2025"], "/portal/van-ban", ds[:4], img=False)}</div>
</td><td valign="top" class="sbd-center">
<div class="sbd-path"><a href="/portal/default.aspx">Trang chủ</a> &raquo; <a href="/portal/xay-dung-dang.aspx">Xây dựng Đảng</a> &raquo; <a href="/portal/xay-dung-dang/to-chuc-can-bo.aspx">Tổ chức - Cán bộ</a></div>
<div id="SBD_ContentPlaceHolder1_NewsDetail1_pnDetail" class="sbd-newsdetail">
{h1}
<div class="sbd-newsdetail-date"><span id="SBD_ContentPlaceHolder1_NewsDetail1_lblDate">Ngày đăng: {dmy(pub)} | {hm(pub)}</span> <span class="sbd-view">Lượt xem: 412</span></div>
<div class="sbd-newsdetail-tools"><a href="javascript:window.print()">In bài</a> | <a href="/portal/gui-email.aspx?newsid=4821">Gửi email</a> | <a href="#">A-</a> <a href="#">A+</a></div>
<div id="SBD_ContentPlaceHolder1_NewsDetail1_divContent" class="sbd-newsdetail-content">
{body}
<p style="text-align:right"><strong>Ngọc Trâm (Ban Tuyên giáo Đảng ủy Khối)</strong></p>
</div>
<div class="sbd-share"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://zalo.me/share?u={url}">Zalo</a></div>
</div>
<div class="sbd-other"><div class="sbd-other-title">Các tin khác</div>{nlist(rng, hs[:10], "/portal/tin-tuc", ds[:10], lambda d: "(" + dmy(d) + ")", "sbd-other-list", img=False, ext=".aspx")}</div>
</td><td valign="top" class="sbd-right" width="24%">
<div class="sbd-box"><div class="sbd-box-title">Tin đọc nhiều</div>{nlist(rng, hs[10:20], "/portal/tin-tuc", ds[10:20], None, "sbd-hot", ext=".aspx")}</div>
<div class="sbd-box"><div class="sbd-box-title">Tin mới</div>{nlist(rng, hs[20:30], "/portal/tin-tuc", ds[20:30], lambda d: dmy(d) + " " + hm(d), "sbd-new", img=False, ext=".aspx")}</div>
<div class="sbd-box"><div class="sbd-box-title">Thống kê truy cập</div><ul>{counter(rng)}</ul></div>
</td></tr></table>
<div class="sbd-footer">{footer("Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Vĩnh Long", "Số 05 đường 1 tháng 5, phường 1, TP Vĩnh Long", "0270.3822.118", "<p>Thiết kế và phát triển bởi Công ty Sao Bắc Đẩu</p>")}</div>
</form><script src="/portal/Scripts/jquery-1.12.4.min.js"></script><script>{js(rng, 50, "sbd")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 118, "sbd-x")
    return dict(family="saobacdau_portal", name="vinhlong-duk-h1-title-br-sapo", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A1, iso(pub), author="Ngọc Trâm", unit="Ban Tuyên giáo Đảng ủy Khối",
                                  category="Tổ chức - Cán bộ"),
                traps={"bylines": ["Ngọc Trâm (Ban Tuyên giáo Đảng ủy Khối)"], "related": hs[:10],
                       "chrome": ["Lượt xem: 412", "Gửi email", "Chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn"],
                       "dates": ["Hôm nay: Thứ Năm, 04/04/2024"]},
                notes="Sao Bắc Đẩu-style ASP.NET portal (table layout, SBD_ ids, VIEWSTATE). The h1 holds the title, a <br /> and the "
                      "sapo: title = text before the <br />, lead = text after it (og:title/<title> confirm the split; meta description "
                      "joins both with ' - '). 'Ngày đăng: dd/mm/yyyy | HH:MM'. Bold right-aligned 'Name (Unit)' byline at the end. "
                      "Category = last crumb. Captions in a two-row table.",
                readme="Sao Bắc Đẩu-like ASP.NET portal; title and sapo in the same h1 split by <br />, 'Ngày đăng: d | t', table captions, 'Name (Unit)' foot byline, header 'Hôm nay' clock")


# =====================================================================
A2 = Art(
    "Hội Nông dân tỉnh tập huấn chuyển giao kỹ thuật trồng sầu riêng cho hội viên",
    "Ngày 21/3, Hội Nông dân tỉnh phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn chuyển giao kỹ thuật canh tác sầu riêng theo hướng an toàn cho gần 80 hội viên nông dân huyện Cái Bè.",
    [
        ("p", "Tại lớp tập huấn, các kỹ sư của Trung tâm Khuyến nông đã hướng dẫn hội viên quy trình chăm sóc sầu riêng giai đoạn ra hoa, đậu trái; cách sử dụng phân bón hữu cơ, chế phẩm sinh học; nhận biết và phòng trừ một số loại sâu bệnh thường gặp như xì mủ, thán thư, rầy phấn."),
        ("img", "/Data/Sites/1/News/2412/tap-huan-sau-rieng-cai-be.jpg", "Kỹ sư Trung tâm Khuyến nông tỉnh hướng dẫn hội viên cách nhận biết bệnh xì mủ trên cây sầu riêng"),
        ("p", "Đặc biệt, trong bối cảnh mùa khô năm nay hạn mặn có nguy cơ xâm nhập sâu, hội viên được hướng dẫn các giải pháp trữ nước ngọt, đo độ mặn trước khi tưới và biện pháp giữ ẩm cho vườn cây."),
        ("p", "Ông Trần Văn Lợi, hội viên xã An Hữu, chia sẻ: “Nhà tôi có hơn 1 ha sầu riêng. Qua lớp tập huấn, tôi hiểu rõ hơn cách bón phân cân đối, hạn chế dùng thuốc hóa học để trái đạt chuẩn xuất khẩu”."),
        ("img", "/Data/Sites/1/News/2412/hoi-vien-thuc-hanh-vuon.jpg", "Hội viên thực hành tại vườn sầu riêng của gia đình ông Trần Văn Lợi"),
        ("p", "Dịp này, Hội Nông dân tỉnh cũng giới thiệu nguồn vốn Quỹ Hỗ trợ nông dân để hội viên có nhu cầu mở rộng sản xuất, đầu tư hệ thống tưới tiết kiệm nước."),
    ])


def us(d):
    h = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {h}:{d.minute:02d}:{(d.minute * 7) % 60:02d} {'AM' if d.hour < 12 else 'PM'}"


def page2():
    rng = random.Random("tandan-tiengiang-02")
    pub, upd = T("2024-03-21 14:45"), T("2024-03-22 09:05")
    host = "https://hoinongdan.tiengiang.gov.vn"
    url = f"{host}/tin-hoat-dong-hoi/-/view/2412/hoi-nong-dan-tinh-tap-huan-chuyen-giao-ky-thuat-trong-sau-rieng"
    hs = heads(rng, 30, "Cái Bè")
    ds = past(pub, rng, 30, 1, 30)
    body = A2.render(img=lambda s, c, n: f'<div class="td-photo"><img src="{s}" alt="{esc(c, True)}" /><div class="td-photo-desc">{esc(c)}</div></div>')
    html = f"""<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Hội Nông dân tỉnh tập huấn chuyển giao kỹ thuật trồng sầu riêng cho hội viên | Hội Nông dân tỉnh Tiền Giang</title>
<meta name="generator" content="TanDan CMS 4.2" />
<meta property="og:title" content="{esc(A2.title, True)}" /><meta property="og:description" content="{esc(A2.lead, True)}" />
<meta property="article:published_time" content="{pub.strftime('%Y-%m-%dT%H:%M:%S')}" />
<meta property="article:modified_time" content="2024-03-22T09:05:41" />
<link rel="stylesheet" href="/Themes/HND2020/css/td.main.min.css?v=202402" />
<style>{css(rng, "td", 220)}</style><!--PAD-->
</head><body>
<div class="td-topbar"><div class="container"><span class="td-clock" id="tdClock">Thứ Năm, 4/4/2024 10:12:55 AM</span><a href="/dang-nhap">Đăng nhập</a></div></div>
<header class="td-header"><a class="td-logo" href="/"><img src="/Themes/HND2020/img/logo-hnd.png" alt="Hội Nông dân tỉnh Tiền Giang" /></a>
<nav class="td-mainmenu">{menu(rng, "", "td-nav", "", ["TP Mỹ Tho", "TX Gò Công", "TX Cai Lậy", "Cái Bè", "Cai Lậy", "Châu Thành", "Chợ Gạo", "Gò Công Tây", "Gò Công Đông", "Tân Phước", "Tân Phú Đông"])}</nav></header>
<div class="container td-main"><div class="row"><div class="col-md-8">
<ul class="td-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active"><a href="/tin-hoat-dong-hoi">Tin hoạt động Hội</a></li></ul>
<div class="td-article">
<h1 class="td-article-title">{esc(A2.title)}</h1>
<div class="td-article-stamps"><span class="td-posted">Đăng lúc: {us(pub)}</span><span class="td-sep"> | </span><span class="td-updated">Cập nhật lúc: {us(upd)}</span><span class="td-views"> | Lượt xem: 287</span></div>
<div class="td-article-sapo"><strong>{esc(A2.lead)}</strong></div>
<div class="td-article-content">
{body}
<p style="text-align:right"><strong>Thanh Tâm</strong></p>
<p style="text-align:right"><em>Nguồn: Hội Nông dân huyện Cái Bè</em></p>
</div>
<div class="td-article-tags"><span>Từ khóa:</span> <a href="/tag/sau-rieng">sầu riêng</a>, <a href="/tag/tap-huan">tập huấn</a>, <a href="/tag/khuyen-nong">khuyến nông</a></div>
<div class="td-article-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#" onclick="window.print()">In bài viết</a></div>
</div>
<div class="td-related"><h3>Tin cùng chuyên mục</h3>{nlist(rng, hs[:10], "/tin-hoat-dong-hoi/-/view", ds[:10], us, "td-rel", ext="")}</div>
<div class="td-comment"><h3>Ý kiến bạn đọc</h3><form action="/comment/post" method="post"><input name="name" placeholder="Họ tên" /><input name="email" placeholder="Email" /><textarea name="content" placeholder="Nội dung ý kiến"></textarea><button>Gửi ý kiến</button></form></div>
</div><div class="col-md-4 td-sidebar">
<div class="td-box"><h3>Tin mới</h3>{nlist(rng, hs[10:20], "/tin-tuc/-/view", ds[10:20], us, "td-new", img=False, ext="")}</div>
<div class="td-box"><h3>Giá nông sản</h3><table class="td-price"><tr><td>Sầu riêng Ri6</td><td>85.000 đ/kg</td></tr><tr><td>Sầu riêng Monthong</td><td>110.000 đ/kg</td></tr><tr><td>Lúa OM 18</td><td>8.200 đ/kg</td></tr><tr><td>Thanh long ruột đỏ</td><td>22.000 đ/kg</td></tr></table></div>
<div class="td-box"><h3>Xem nhiều</h3>{nlist(rng, hs[20:30], "/tin-tuc/-/view", ds[20:30], None, "td-most", ext="")}</div>
<div class="td-box"><ul>{counter(rng)}</ul></div></div></div></div>
<footer class="td-footer">{footer("Hội Nông dân tỉnh Tiền Giang", "Số 23 đường 30/4, phường 1, TP Mỹ Tho, tỉnh Tiền Giang", "0273.3872.145", "<p>Phát triển bởi Tân Dân</p>")}</footer>
{cookie_banner("td-cookie")}
<script src="/Themes/HND2020/js/jquery.min.js"></script><script>{js(rng, 40, "td")}</script>
<script>function tdClock(){{var d=new Date();document.getElementById('tdClock').innerHTML=d.toLocaleString('en-US');}}setInterval(tdClock,1000);</script>
</body></html>"""
    html = pad(html, rng, 104, "td-x")
    return dict(family="tandan_portal", name="tiengiang-hnd-en-us-12h-posted-updated", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A2, iso(pub), iso(upd), author="Thanh Tâm", category="Tin hoạt động Hội"),
                traps={"bylines": ["Thanh Tâm", "Nguồn: Hội Nông dân huyện Cái Bè"], "related": hs[:10],
                       "chrome": ["Lượt xem: 287", "Gửi ý kiến", "Sầu riêng Monthong", "Tin cùng chuyên mục",
                                  "Trang web sử dụng cookie"],
                       "dates": ["Thứ Năm, 4/4/2024 10:12:55 AM", "2024-03-22T09:05:41"]},
                notes=f"Tân Dân-style portal with en-US 12-hour stamps on a Vietnamese page: 'Đăng lúc: {us(pub)} | "
                      f"Cập nhật lúc: {us(upd)}' (month/day/year; day > 12 makes the order unambiguous) → published "
                      "14:45, updated next day 09:05 (seconds dropped). article:* meta times are naive (no offset) → not used "
                      "(they agree anyway). Header clock is today's date. Bold sapo = lead. 'Nguồn: Hội Nông dân huyện Cái Bè' is a "
                      "source, not a unit → author_unit null. Related/side lists also use the US format.",
                readme="Tân Dân-like portal; two en-US 12-hour stamps 'Đăng lúc / Cập nhật lúc M/D/YYYY h:mm:ss PM', naive meta times, 'Nguồn:' source under the byline, en-US header clock, price table widget")


# =====================================================================
A3 = Art(
    "Liên đoàn Lao động tỉnh tổng kết phong trào thi đua “Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động”",
    "Sáng 22/3, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết phong trào thi đua “Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động” giai đoạn 2019 - 2023 và phát động phong trào năm 2024.",
    [
        ("p", "Trong 5 năm qua, phong trào đã được triển khai sâu rộng tại hơn 1.200 doanh nghiệp, đơn vị trên địa bàn tỉnh. Các cấp công đoàn đã phối hợp với người sử dụng lao động tổ chức gần 3.500 lớp huấn luyện về an toàn, vệ sinh lao động cho trên 210 nghìn lượt công nhân, người lao động."),
        ("img", "/upload/images/2024/03/ldld-tong-ket-xsd.jpg", "Đồng chí Lê Thị Ánh Tuyết, Chủ tịch Liên đoàn Lao động tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc trong phong trào. Ảnh và bài: Hoàng Yến"),
        ("p", "Nhiều doanh nghiệp đã đầu tư cải thiện điều kiện làm việc, trồng cây xanh trong khuôn viên nhà máy, lắp đặt hệ thống xử lý bụi, tiếng ồn; mạng lưới an toàn vệ sinh viên hoạt động hiệu quả, kịp thời phát hiện và đề xuất khắc phục hàng nghìn nguy cơ mất an toàn."),
        ("p", "Phát biểu tại hội nghị, đồng chí Lê Thị Ánh Tuyết đề nghị các cấp công đoàn tiếp tục đổi mới nội dung, hình thức tổ chức phong trào, gắn với việc thực hiện văn hóa an toàn lao động; chú trọng giám sát việc thực hiện chế độ bảo hộ lao động tại các doanh nghiệp nhỏ và vừa."),
        ("img", "/upload/images/2024/03/ky-ket-giao-uoc-thi-dua.jpg", "Đại diện các công đoàn cơ sở ký kết giao ước thi đua năm 2024"),
        ("p", "Dịp này, 28 tập thể và 35 cá nhân có thành tích xuất sắc được Liên đoàn Lao động tỉnh tặng Bằng khen."),
    ])


def page3():
    rng = random.Random("pavietnam-ldld-03")
    pub = T("2024-03-22 08:40")
    host = "https://ldld.binhphuoc.org.vn"
    url = f"{host}/tin-tuc/chi-tiet/1523/lien-doan-lao-dong-tinh-tong-ket-phong-trao-thi-dua-xanh-sach-dep"
    hs = heads(rng, 28, "Đồng Phú")
    ds = past(pub, rng, 28, 1, 35)
    body = A3.render(p=lambda t: f'<p style="text-align: justify;"><span style="font-size:16px;">{esc(t)}</span></p>',
                     img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" style="width:100%" alt="" /></p><p style="text-align:center"><span style="font-size:13px;"><em>{esc(c)}</em></span></p>')
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(A3.title)}</title>
<meta name="keywords" content="liên đoàn lao động, công đoàn, Bình Phước"><meta name="description" content="{esc(A3.lead, True)}">
<meta property="og:site_name" content="Liên đoàn Lao động tỉnh Bình Phước"><meta property="og:type" content="article">
<link rel="stylesheet" href="/template/pav_ldld/css/bootstrap.min.css"><link rel="stylesheet" href="/template/pav_ldld/css/pav-module.css?ver=1.8">
<style>{css(rng, "pav", 220)}</style><!--PAD-->
<script>var PAV_SITE_ID=318,PAV_LANG='vi',PAV_MODULE='news',PAV_ACTION='detail',PAV_ID=1523;</script>
</head><body class="pav-page pav-news-detail">
<div class="pav-row pav-row-top"><div class="pav-col"><span class="pav-hotline">Đường dây nóng: 0271.3879.090</span></div><div class="pav-col"><span class="pav-date">Hôm nay, 04/04/2024</span></div></div>
<div class="pav-row pav-row-header"><div class="pav-module pav-module-logo"><a href="/"><img src="/upload/logo/ldld-logo.png" alt="Liên đoàn Lao động tỉnh Bình Phước"></a></div>
<div class="pav-module pav-module-menu">{menu(rng, "", "pav-menu", "", ["TP Đồng Xoài", "TX Bình Long", "TX Phước Long", "TX Chơn Thành", "Đồng Phú", "Bù Đăng", "Bù Đốp", "Lộc Ninh", "Hớn Quản", "Bù Gia Mập", "Phú Riềng"])}</div></div>
<div class="pav-row pav-row-main"><div class="pav-col pav-col-8">
<div class="pav-module pav-module-breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <a href="/tin-tuc/hoat-dong-cong-doan">Hoạt động công đoàn</a></div>
<div class="pav-module pav-module-newsdetail">
<div class="pav-nd-cat">Hoạt động công đoàn</div>
<h1 class="pav-nd-title">{esc(A3.title)}</h1>
<div class="pav-nd-info"><i class="fa fa-clock-o"></i> {wd(pub)}, {dmy(pub)} - {hm(pub)} <i class="fa fa-eye"></i> 198 lượt xem</div>
<div class="pav-nd-brief"><p>{esc(A3.lead)}</p></div>
<div class="pav-nd-content">
{body}
</div>
<div class="pav-nd-social"><div class="fb-like" data-href="{url}" data-layout="button_count"></div><div class="zalo-share-button" data-href="{url}" data-oaid="5791124839" data-layout="1"></div></div>
</div>
<div class="pav-module pav-module-newsother"><div class="pav-title">Tin liên quan</div>{nlist(rng, hs[:8], "/tin-tuc/chi-tiet", ds[:8], lambda d: hm(d) + " " + dmy(d), "pav-other", ext="")}</div>
</div><div class="pav-col pav-col-4">
<div class="pav-module pav-module-video"><div class="pav-title">Video</div><iframe src="https://www.youtube.com/embed/{alnum(rng, 11)}" width="100%" height="220" title="Video công đoàn"></iframe></div>
<div class="pav-module"><div class="pav-title">Tin nổi bật</div>{nlist(rng, hs[8:18], "/tin-tuc/chi-tiet", ds[8:18], dmy, "pav-hot", ext="")}</div>
<div class="pav-module"><div class="pav-title">Văn bản công đoàn</div>{nlist(rng, hs[18:28], "/van-ban", ds[18:28], dmy, "pav-doc", img=False, ext="")}</div>
<div class="pav-module pav-module-counter"><ul>{counter(rng)}</ul></div></div></div>
<div class="pav-row pav-row-footer">{footer("Liên đoàn Lao động tỉnh Bình Phước", "Đường Trần Hưng Đạo, phường Tân Phú, TP Đồng Xoài", "0271.3879.090", "<p>Thiết kế website: P.A Việt Nam</p>")}</div>
<script src="/template/pav_ldld/js/jquery.min.js"></script><script>{js(rng, 40, "pav")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 96, "pav-x")
    return dict(family="pavietnam_builder", name="binhphuoc-ldld-byline-inside-caption", url=url,
                content_type="text/html; charset=UTF-8", html=html,
                expected=expected(A3, iso(pub), author="Hoàng Yến", photographer="Hoàng Yến", category="Hoạt động công đoàn"),
                traps={"related": hs[:8], "chrome": ["198 lượt xem", "Đường dây nóng: 0271.3879.090", "Thiết kế website: P.A Việt Nam"],
                       "dates": ["Hôm nay, 04/04/2024"]},
                notes="P.A Việt Nam-style site builder (pav-row/pav-module grid). The only byline is inside the first image caption: "
                      "'… các tập thể có thành tích xuất sắc trong phong trào. Ảnh và bài: Hoàng Yến' → author and photographer "
                      "'Hoàng Yến'; the caption is kept as printed (credit included). No byline at the foot. Kicker = last crumb "
                      "'Hoạt động công đoàn'. Date 'Thứ Sáu, 22/03/2024 - 08:40'.",
                readme="P.A Việt Nam-like builder; the only byline ('Ảnh và bài: X') sits inside an image caption, weekday date, kicker = crumb, YouTube sidebar")


# =====================================================================
A4 = Art(
    "Kiên quyết đấu tranh với luận điệu phủ nhận vai trò lãnh đạo của Đảng trên không gian mạng",
    "Lợi dụng sự phát triển của mạng xã hội, các thế lực thù địch, phần tử cơ hội chính trị liên tục tung ra những luận điệu xuyên tạc, phủ nhận vai trò lãnh đạo của Đảng. Nhận diện đúng và đấu tranh kịp thời với các luận điệu này là nhiệm vụ thường xuyên của mỗi cán bộ, đảng viên.",
    [
        ("h", "Những thủ đoạn ngày càng tinh vi"),
        ("p", "Thời gian gần đây, trên một số trang mạng xã hội xuất hiện các bài viết, video clip cắt ghép, xuyên tạc về công tác cán bộ, về cuộc đấu tranh phòng, chống tham nhũng, tiêu cực. Chúng cố tình quy kết những sai phạm của một số cá nhân thành “bản chất của chế độ”, từ đó kích động tâm lý hoài nghi, làm giảm niềm tin của nhân dân."),
        ("p", "Không chỉ dừng lại ở các bài viết mang tính công kích trực diện, nhiều trang còn khoác “áo khoa học”, “phản biện xã hội” để đưa ra những đề xuất nghe có vẻ hợp lý nhưng thực chất nhằm đòi “đa nguyên chính trị, đa đảng đối lập”. Thủ đoạn này đặc biệt nguy hiểm đối với những người thiếu thông tin, nhất là thanh niên."),
        ("img", "/Upload/Images/2024/03/hoi-nghi-bao-ve-nen-tang.jpg", "Hội nghị tập huấn công tác bảo vệ nền tảng tư tưởng của Đảng cho lực lượng cốt cán huyện Lạc Sơn"),
        ("p", "Tại tỉnh Hòa Bình, Ban Chỉ đạo 35 các cấp đã rà soát, phát hiện hàng trăm đường link có nội dung xấu, độc; phối hợp với cơ quan chức năng đề nghị gỡ bỏ nhiều bài viết xuyên tạc liên quan đến địa phương. Lực lượng cốt cán được kiện toàn đến tận chi bộ cơ sở."),
        ("p", "Thực tiễn cho thấy, ở đâu cấp ủy chủ động cung cấp thông tin chính thống kịp thời, ở đó thông tin sai lệch khó có đất sống. Ngược lại, sự chậm trễ, né tránh trong thông tin là kẽ hở để các đối tượng lợi dụng, thổi phồng."),
    ])


def page4():
    rng = random.Random("hanoitelecom-hoabinh-04")
    pub = T("2024-03-25 08:20")
    host = "https://tuyengiao.hoabinh.dcs.vn"
    url = f"{host}/Home/Detail/1874/kien-quyet-dau-tranh-voi-luan-dieu-phu-nhan-vai-tro-lanh-dao-cua-dang?page=1"
    hs = heads(rng, 28, "Lạc Sơn")
    ds = past(pub, rng, 28, 1, 30)
    pager = ('<div class="htc-pager-inline" style="text-align:center">Trang <b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a> '
             '<a href="?page=2" class="next">Trang sau »</a></div>')
    body = A4.render(p=lambda t: f'<p class="htc-p">{esc(t)}</p>', h=lambda t: f'<h3 class="htc-sub">{esc(t)}</h3>',
                     img=lambda s, c, n: f'<div class="htc-img"><img src="{s}" alt=""><p class="htc-img-caption">{esc(c)}</p></div>')
    spam = ('<div style="position:absolute;left:-9999px;top:-9999px"><a href="https://nhacai-uy-tin.example/">nhà cái uy tín</a> '
            '<a href="https://nhacai-uy-tin.example/">tải app đánh bài đổi thưởng</a> <a href="https://soi-keo.example/">soi kèo bóng đá hôm nay</a></div>')
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(A4.title)} - Ban Tuyên giáo Tỉnh ủy Hòa Bình</title>
<meta name="description" content="{esc(A4.lead, True)}"><meta name="author" content="Hanoi Telecom">
<link rel="stylesheet" href="/Content/htc-portal/site.min.css?v=5.0.7">
<style>{css(rng, "htc", 220)}</style><!--PAD-->
</head><body>
<div class="htc-header"><div class="htc-logo"><a href="/"><img src="/Content/htc-portal/img/logo-btg.png" alt="Ban Tuyên giáo Tỉnh ủy Hòa Bình"></a></div>
<div class="htc-search"><form action="/Home/Search"><input name="key" placeholder="Nhập từ khóa"><button>Tìm</button></form></div></div>
<div class="htc-nav">{menu(rng, "/Home/Category", "htc-menu", "", ["TP Hòa Bình", "Lương Sơn", "Kim Bôi", "Cao Phong", "Tân Lạc", "Lạc Sơn", "Yên Thủy", "Lạc Thủy", "Đà Bắc", "Mai Châu"])}</div>
<div class="htc-wrapper"><div class="htc-content">
<div class="htc-breadcrumb"><a href="/">Trang chủ</a> › <a href="/Home/Category/3">Xây dựng Đảng</a> › <a href="/Home/Category/31">Bảo vệ nền tảng tư tưởng của Đảng</a></div>
<div class="htc-detail">
<h1 class="htc-detail-title">{esc(A4.title)}</h1>
<div class="htc-detail-meta">{wd(pub, True)}, {dmy(pub)} | {hm(pub)} GMT+7</div>
<div class="htc-detail-sapo">{esc(A4.lead)}</div>
<div class="htc-detail-body">
{body}
{pager}
</div>
{spam}
<div class="htc-detail-tool"><a href="/Home/Print/1874">In bài</a> <a href="/Home/SendMail/1874">Gửi bài</a> <a href="#top">Về đầu trang</a></div>
</div>
<div class="htc-same"><h3>Bài cùng chuyên mục</h3>{nlist(rng, hs[:10], "/Home/Detail", ds[:10], lambda d: f"({dmy(d)})", "htc-same-list", img=False, ext="")}</div>
</div><div class="htc-side">
<div class="htc-box"><h3>Tin mới nhất</h3>{nlist(rng, hs[10:19], "/Home/Detail", ds[10:19], lambda d: hm(d) + " | " + dmy(d), "htc-latest", ext="")}</div>
<div class="htc-box"><h3>Chuyên đề</h3>{nlist(rng, hs[19:28], "/Home/Detail", ds[19:28], None, "htc-topic", ext="")}</div>
<div class="htc-box"><h3>Liên kết website</h3><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option><option value="https://tuyengiao.vn">Tạp chí Tuyên giáo</option></select></div>
<div class="htc-box"><ul>{counter(rng)}</ul></div></div></div>
<div class="htc-footer">{footer("Ban Tuyên giáo Tỉnh ủy Hòa Bình", "Đường Trần Hưng Đạo, phường Phương Lâm, TP Hòa Bình", "0218.3852.316", "<p>Thiết kế bởi Hanoi Telecom</p>")}</div>
<script src="/Scripts/jquery-3.6.0.min.js"></script><script>{js(rng, 45, "htc")}</script>
</body></html>"""
    html = pad(html, rng, 100, "htc-x")
    return dict(family="hanoitelecom_portal", name="hoabinh-btg-paged-trang-1-2-3-in-body", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A4, iso(pub), category="Bảo vệ nền tảng tư tưởng của Đảng"),
                traps={"pager": ["Trang sau »"], "related": hs[:10],
                       "spam": ["nhà cái uy tín", "tải app đánh bài đổi thưởng", "soi kèo bóng đá hôm nay"],
                       "chrome": ["Về đầu trang", "Bài cùng chuyên mục"]},
                notes="Hanoi Telecom-style .NET MVC portal. The article is split over three pages; this is page 1 (?page=1). A "
                      "'Trang 1 2 3 Trang sau »' pager sits INSIDE the body div after the last paragraph → not body. The byline is "
                      "on page 3 only → author null. h3 sub-heading inside the text is a body paragraph. Off-screen gambling spam "
                      "after the body. Lower-case weekday date 'Thứ hai, 25/03/2024 | 08:20 GMT+7'.",
                readme="Hanoi Telecom-like MVC portal; page 1 of 3 with the 'Trang 1 2 3 Trang sau »' pager inside the body div, byline only on a later page (author null), off-screen spam, 'GMT+7' stamp")


PAGES = [page1, page2, page3, page4]
