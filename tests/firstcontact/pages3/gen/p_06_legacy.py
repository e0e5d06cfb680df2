"""Legacy/odd encodings and small-vendor builders: Mambo 4.5 served as windows-1258 (Hội CCB huyện
Châu Phú, An Giang), a FrontPage-era static page in TCVN3 (.VnTime) bytes (Đảng ủy xã, Nam Định),
a Mắt Bão-style website-builder page with vi-VN 'SA/CH' 12-hour times (Hội Nông dân huyện, Tiền Giang)."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, before, esc, slug, dump, hexid, alnum, b64, guid,
                     expected, css, js, headlines, mega_menu, news_list, footer, counter, ga, pad_to)

MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def mambo_date(d):
    return f"{wd(d)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"


# =====================================================================
ART16 = Art(
    "Hội Cựu chiến binh huyện Châu Phú giúp hội viên phát triển kinh tế",
    "Năm 2023, các cấp Hội Cựu chiến binh huyện Châu Phú đã giúp 38 hộ hội viên thoát nghèo, phối hợp giải ngân hơn 42 tỷ đồng vốn vay ưu đãi cho hội viên phát triển sản xuất, kinh doanh.",
    [
        ("p", "Hiện toàn huyện có 4.215 hội viên cựu chiến binh, sinh hoạt ở 13 cơ sở hội. Xác định phát triển kinh tế là nhiệm vụ quan trọng, Hội đã phối hợp với Ngân hàng Chính sách xã hội huyện duy trì 52 tổ tiết kiệm và vay vốn với 2.108 hộ vay, dư nợ đạt 42,6 tỷ đồng, không có nợ quá hạn."),
        ("p", "Nhiều mô hình kinh tế hiệu quả của hội viên được nhân rộng như nuôi cá lóc trong vèo, trồng nấm rơm, nuôi bò vỗ béo. Điển hình là cựu chiến binh Võ Văn Hai ở xã Bình Mỹ với mô hình trồng xoài cát Hòa Lộc kết hợp nuôi ong, mỗi năm thu lãi trên 300 triệu đồng, giải quyết việc làm cho 6 lao động địa phương."),
        ("img", "/images/stories/2024/thang3/ccb-chau-phu.jpg", "Cựu chiến binh Võ Văn Hai (bìa trái) giới thiệu mô hình trồng xoài kết hợp nuôi ong"),
        ("p", "Bên cạnh đó, Hội vận động hội viên đóng góp hơn 1,2 tỷ đồng xây dựng 8 căn nhà “Nghĩa tình đồng đội”, sửa chữa 14 căn nhà cho hội viên khó khăn; tham gia làm đường giao thông nông thôn, giữ gìn an ninh trật tự ở địa phương."),
    ])


def page16():
    rng = random.Random("mambo-chauphu-16")
    pub, upd = T("2024-03-11 08:20"), T("2024-03-12 10:05")
    host = "http://ccbchauphu.org.vn"
    url = f"{host}/index.php?option=com_content&task=view&id=1187&Itemid=34"
    heads = headlines(rng, 20, "Châu Phú")
    dts = before(pub, rng, 20, 1, 60)
    left = ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Gương cựu chiến binh", "Văn bản", "Thư viện ảnh", "Liên hệ"]

    def img(s, c, n):
        return (f'<table border="0" cellspacing="0" cellpadding="2" align="center" width="500"><tr><td><img src="{s}" border="0" width="500" height="333" /></td></tr>'
                f'<tr><td align="center"><font size="2"><i>{esc(c)}</i></font></td></tr></table>')

    body = ART16.render(img=img, p=lambda t: f'<p align="justify">{esc(t)}</p>')
    mods = "".join(f'<tr><td><a href="index.php?option=com_content&amp;task=view&amp;id={rng.randint(100, 1186)}&amp;Itemid=34" class="latestnews">{esc(t)}</a></td></tr>' for t in heads[:10])
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<title>Hội Cựu chiến binh huyện Châu Phú - Hội Cựu chiến binh huyện Châu Phú giúp hội viên phát triển kinh tế</title>
<meta name="description" content="Hội Cựu chiến binh huyện Châu Phú" /><meta name="Generator" content="Mambo - Copyright 2000 - 2006 Miro International Pty Ltd.  All rights reserved." />
<meta name="robots" content="index, follow" />
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<link href="{host}/templates/ccb_red/css/template_css.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{host}/includes/js/mambojavascript.js"></script>
<style>{css(rng, "mb", 160)}</style><!--PAD-->
</head><body>
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
<tr><td colspan="3"><img src="{host}/templates/ccb_red/images/banner.jpg" width="900" height="150" alt="Hội Cựu chiến binh huyện Châu Phú" /></td></tr>
<tr><td colspan="3" class="topmenu"><span class="date">{wd(T("2024-03-19"))}, 19 Tháng 3 2024</span></td></tr>
<tr><td width="180" valign="top" class="left"><table class="moduletable"><tr><th valign="top">Menu chính</th></tr><tr><td>
<table width="100%" border="0" cellpadding="0" cellspacing="0">{"".join(f'<tr align="left"><td><a href="index.php?option=com_content&amp;task=section&amp;id={i}&amp;Itemid={i + 20}" class="mainlevel">{esc(l)}</a></td></tr>' for i, l in enumerate(left))}</table></td></tr></table>
<table class="moduletable"><tr><th>Thống kê</th></tr><tr><td><ul>{counter(rng)}</ul></td></tr></table></td>
<td valign="top" class="content">
<span class="pathway"><a href="{host}/index.php" class="pathway">Trang chủ</a> <img src="{host}/templates/ccb_red/images/arrow.png" border="0" alt="arrow" /> <a href="index.php?option=com_content&amp;task=section&amp;id=2&amp;Itemid=22" class="pathway">Tin hoạt động</a> <img src="{host}/templates/ccb_red/images/arrow.png" border="0" alt="arrow" /> {esc(ART16.title)}</span>
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(ART16.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="index2.php?option=com_content&amp;task=view&amp;id=1187&amp;pop=1&amp;page=0&amp;Itemid=34" target="_blank" title="In"><img src="{host}/images/M_images/printButton.png" alt="In" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="index2.php?option=com_content&amp;task=emailform&amp;id=1187&amp;itemid=34" title="E-mail"><img src="{host}/images/M_images/emailButton.png" alt="E-mail" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">Viết bởi Administrator</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" colspan="2" class="createdate">{mambo_date(pub)}</td></tr>
<tr><td valign="top" colspan="2"><p align="justify"><b>{esc(ART16.lead)}</b></p>
{body}
<p align="right"><b>Trần Hữu Phước, Hội CCB huyện Châu Phú</b></p></td></tr>
<tr><td colspan="2" align="left" class="modifydate">Cập nhật lần cuối ( {mambo_date(upd)} )</td></tr></table>
<table align="center" style="margin-top: 25px;"><tr><th class="pagenav_prev"><a href="index.php?option=com_content&amp;task=view&amp;id=1186&amp;Itemid=34">&lt; Trước</a></th><td width="50">&nbsp;</td><th class="pagenav_next"><a href="index.php?option=com_content&amp;task=view&amp;id=1188&amp;Itemid=34">Tiếp &gt;</a></th></tr></table>
</td><td width="200" valign="top" class="right"><table class="moduletable"><tr><th>Tin mới nhất</th></tr><tr><td><table>{mods}</table></td></tr></table>
<table class="moduletable"><tr><th>Tin xem nhiều</th></tr><tr><td>{news_list(rng, heads[10:18], "", dts[10:18], lambda d: "", "mostread", img=False, ext="")}</td></tr></table></td></tr>
<tr><td colspan="3" class="footer" align="center">{footer("Hội Cựu chiến binh huyện Châu Phú", "Thị trấn Cái Dầu, huyện Châu Phú, tỉnh An Giang", "0296.3688.215")}<div align="center">Trang web được xây dựng trên nền Mambo</div></td></tr></table>
<script type="text/javascript">{js(rng, 30, "mb")}</script>
</body></html>"""
    html = pad_to(html, rng, 84, prefix="mb-pad")
    return dict(family="mambo_cp1258", name="chauphu-ccb-windows-1258-createdate-modifydate", url=url,
                content_type="text/html; charset=windows-1258", encoding="cp1258", html=html,
                expected=expected(ART16, iso(pub), iso(upd), author="Trần Hữu Phước", unit="Hội CCB huyện Châu Phú", category="Tin hoạt động"),
                traps={"bylines": ["Viết bởi Administrator", "Trần Hữu Phước, Hội CCB huyện Châu Phú"], "related": heads[:10],
                       "chrome": ["Cập nhật lần cuối", "< Trước", "Tiếp >", "Menu chính", "Tin mới nhất"],
                       "dates": ["19 Tháng 3 2024"]},
                notes="Mambo 4.5/4.6 content item (contentheading td, 'Viết bởi Administrator' account, createdate "
                      "'Thứ Hai, 11 Tháng 3 2024 08:20', modifydate 'Cập nhật lần cuối ( Thứ Ba, 12 Tháng 3 2024 10:05 )') in a "
                      "900px table layout. Served and declared windows-1258; tone marks are separate combining bytes → NFC needed. "
                      "Pathway ends with the title → category is the crumb before it. Bold first paragraph = lead. Byline "
                      "'Name, Unit' right-aligned at the end. Curly quotes encoded as cp1258 0x93/0x94.",
                readme="Mambo 4.x table layout served as windows-1258 (combining tone bytes), 'Viết bởi Administrator' account, 'Tháng 3' createdate + 'Cập nhật lần cuối (…)' modifydate, pathway ending in title, 'Name, Unit' byline")


# =====================================================================
# TCVN3 text: no capital letters carrying tone marks, straight quotes (as typed with ABC/Vietkey).
ART17 = Art(
    "Đảng bộ xã Hải Minh học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII",
    None,
    [
        ("p", "Sáng ngày 12/3/2024, Đảng ủy xã Hải Minh tổ chức hội nghị học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII cho 286 đảng viên thuộc 21 chi bộ trực thuộc."),
        ("p", "Tại hội nghị, đồng chí Bí thư Đảng ủy xã đã truyền đạt những nội dung cơ bản của Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới và Nghị quyết số 45-NQ/TW về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới."),
        ("p", "Sau hội nghị, các chi bộ tổ chức thảo luận, mỗi đảng viên viết bài thu hoạch; Đảng ủy xã xây dựng chương trình hành động thực hiện nghị quyết phù hợp với điều kiện của địa phương, gắn với phong trào xây dựng nông thôn mới kiểu mẫu."),
    ])


def page17():
    rng = random.Random("tcvn3-haihau-17")
    pub = T("2024-03-13")
    url = "http://haiminh.haihau.namdinh.vn/tintuc/2024/nq8-k13.htm"
    items = ["Ra quân làm vệ sinh môi trường tháng 3", "Hội nghị tổng kết công tác dân số năm 2023",
             "Kế hoạch tuyển quân năm 2024", "Chi bộ xóm 5 tổ chức sinh hoạt chuyên đề",
             "Lễ giao nhận quân năm 2024", "Hội Phụ nữ xã tổ chức mít tinh ngày 8/3"]
    body = "\n".join(f'<p align="justify"><font face=".VnTime" size="3">{esc(t)}</font></p>' for t in ART17.pars)
    side = "".join(f'<tr><td><font face=".VnTime" size="2">- <a href="tin{i + 10}.htm">{esc(t)}</a></font></td></tr>' for i, t in enumerate(items))
    filler_rows = "".join(f'<tr><td><font face=".VnTime" size="2">{esc(t)}</font></td><td><font face=".VnTime" size="2">{dmy(d)}</font></td></tr>'
                          for t, d in zip(items * 12, before(pub, rng, 72, 2, 300)))
    html = f"""<html>
<head>
<meta http-equiv="Content-Language" content="en-us">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>Xa Hai Minh - Tin tuc</title>
<style>{css(rng, "fp", 60)}</style><!--PAD-->
</head>
<body bgcolor="#FFFFF0" topmargin="0" leftmargin="0">
<table border="0" width="780" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#CC0000" height="90" align="center"><font face=".VnTimeH" size="5" color="#FFFF00"><b>®¶ng bé x· h¶i minh</b></font><br><font face=".VnTime" size="2" color="#FFFFFF">huyện Hải Hậu - tỉnh Nam Định</font></td></tr>
<tr><td colspan="2" bgcolor="#FFCC00"><font face="Arial" size="1"><a href="index.htm">Trang chu</a> | <a href="gioithieu.htm">Gioi thieu</a> | <a href="tintuc.htm">Tin tuc</a> | <a href="vanban.htm">Van ban</a> | <a href="lienhe.htm">Lien he</a></font></td></tr>
<tr><td width="200" valign="top" bgcolor="#FFF5E6">
<table border="0" width="100%"><tr><td bgcolor="#CC0000"><font face=".VnTime" size="2" color="#FFFFFF"><b>Tin khác</b></font></td></tr>{side}</table>
<table border="0" width="100%"><tr><td><font face=".VnTime" size="2"><b>Lưu trữ</b></font></td></tr>{filler_rows}</table>
</td><td width="580" valign="top">
<p><font face=".VnTime" size="2"><a href="tintuc.htm">Tin tức</a> &gt; Hoạt động Đảng ủy</font></p>
<p align="center"><font face=".VnTime" size="5" color="#CC0000"><b>{esc(ART17.title)}</b></font></p>
<p align="right"><font face=".VnTime" size="2"><i>Ngày {pub.day}/{pub.month}/{pub.year}</i></font></p>
{body}
<p align="right"><font face=".VnTime" size="3"><b>Vũ Thị Mai Hương</b></font><br><font face=".VnTime" size="2"><i>Văn phòng Đảng ủy xã</i></font></p>
<p><font face=".VnTime" size="2"><a href="javascript:history.back()">Quay lại</a> | <a href="javascript:window.print()">In trang</a></font></p>
</td></tr>
<tr><td colspan="2" bgcolor="#CC0000" align="center"><font face=".VnTime" size="2" color="#FFFFFF">Đảng ủy - HĐND - UBND xã Hải Minh<br>Điện thoại: 0228.3877.215<br>Ghi chú: Cài đặt font .VnTime, .VnTimeH (ABC) để xem đúng tiếng Việt</font></td></tr>
</table>
<!--webbot bot="HitCounter" i-image="0" u-custom="" PREVIEW="&lt;strong&gt;[Hit Counter]&lt;/strong&gt;" startspan --><strong>019247</strong><!--webbot bot="HitCounter" endspan i-checksum="2154" -->
</body>
</html>"""
    html = pad_to(html, rng, 62, prefix="fp-pad")
    # the banner is written directly as TCVN3 code points (.VnTimeH font); map them back to text
    # so that enc_tcvn3 reproduces those bytes.
    from .common import dec_tcvn3
    banner_bytes = "®¶ng bé x· h¶i minh".encode("latin-1")
    html = html.replace("®¶ng bé x· h¶i minh", dec_tcvn3(banner_bytes))
    return dict(family="tcvn3_legacy", name="haihau-xa-frontpage-vntime-bytes", url=url, min_kb=55,
                content_type="text/html", encoding="tcvn3", declared="windows-1252", html=html,
                expected=expected(ART17, isod(pub), author="Vũ Thị Mai Hương", unit="Văn phòng Đảng ủy xã", category="Hoạt động Đảng ủy"),
                traps={"bylines": ["Vũ Thị Mai Hương"], "related": items,
                       "chrome": ["Quay lại", "Ghi chú: Cài đặt font .VnTime", "Lưu trữ", "Tin khác"],
                       "dates": []},
                notes="FrontPage 4.0 static page of a commune Party committee, text typed in TCVN3 (ABC) and shown with "
                      "<font face='.VnTime'>; served 'text/html' with meta charset=windows-1252, so a naive decoder shows "
                      "'§¶ng ñy x·' mojibake for 'Đảng ủy xã'. Expected strings are the TCVN3-decoded Vietnamese (NFC); straight quotes. The "
                      "red banner uses .VnTimeH (capital glyphs for lower-case codes) — it decodes to lower case "
                      "'đảng bộ xã hải minh' and is chrome. ASCII-only <title> and top menu. Date 'Ngày 13/3/2024' (date only, "
                      "unpadded). Byline name + italic unit on two lines. No lead, no captions. Hit-counter webbot.",
                readme="FrontPage static page in TCVN3 (.VnTime) bytes declared windows-1252; expected = decoded Vietnamese; .VnTimeH banner, ASCII title tag, unpadded date, name + unit byline, no lead")


# =====================================================================
ART18 = Art(
    "Hội Nông dân huyện Cái Bè tập huấn kỹ thuật trồng sầu riêng an toàn",
    "Ngày 26/3, Hội Nông dân huyện Cái Bè phối hợp với Trung tâm Dịch vụ nông nghiệp huyện tổ chức lớp tập huấn kỹ thuật trồng, chăm sóc sầu riêng theo hướng an toàn cho 80 hội viên nông dân.",
    [
        ("p", "Tại lớp tập huấn, các kỹ sư nông nghiệp đã hướng dẫn hội viên kỹ thuật xử lý ra hoa, quản lý dinh dưỡng, phòng trừ bệnh xì mủ, thán thư trên cây sầu riêng; cách ghi chép nhật ký canh tác, sử dụng thuốc bảo vệ thực vật đúng cách để bảo đảm yêu cầu xuất khẩu."),
        ("p", "Cái Bè hiện có hơn 5.600 ha sầu riêng, trong đó 1.200 ha đã được cấp mã số vùng trồng. Tuy nhiên, tình trạng hạn mặn mùa khô năm nay gây ảnh hưởng lớn đến vườn cây, đòi hỏi nông dân phải chủ động trữ nước ngọt, theo dõi độ mặn trước khi tưới."),
        ("p", "Dịp này, Hội Nông dân huyện cũng giới thiệu chương trình cho vay từ Quỹ Hỗ trợ nông dân, giúp hội viên có thêm vốn đầu tư hệ thống tưới tiết kiệm và trữ nước."),
    ])


def vi12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"


def page18():
    rng = random.Random("matbao-caibe-18")
    pub = T("2024-03-27 14:10")
    host = "https://hoinongdancaibe.vn"
    url = f"{host}/tin-hoat-dong/hoi-nong-dan-huyen-cai-be-tap-huan-ky-thuat-trong-sau-rieng-an-toan.html"
    heads = headlines(rng, 24, "Cái Bè")
    dts = before(pub, rng, 24, 1, 40)
    products = ["Sầu riêng Ri6 Cái Bè", "Xoài cát Hòa Lộc", "Bưởi da xanh Hòa Hưng", "Cam sành An Thái Trung", "Khóm Tân Phước"]
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(ART18.title)}</title>
<meta name="generator" content="MBWeb 4.2 - Mat Bao Corp">
<meta property="og:type" content="article"><meta property="article:section" content="Tin tức">
<meta property="article:published_time" content="2024-03-27T07:10:00">
<link rel="stylesheet" href="/Content/themes/mbw-green/css/main.min.css">
<style>{css(rng, "mbw", 220)}</style><!--PAD-->
</head><body>
<div class="mbw-top"><span>Hotline: 0273.3824.112</span> <span class="mbw-clock">{vi12(T("2024-03-28 08:31"))}, 28/03/2024</span></div>
<header class="mbw-header"><img src="/Content/upload/logo-hnd-caibe.png" alt="Hội Nông dân huyện Cái Bè"><nav>{mega_menu(rng, "", "mbw-nav", ["Xã Hậu Mỹ Bắc A", "Xã Mỹ Trung", "Xã An Thái Trung", "Xã Hòa Hưng", "Xã Thiện Trí", "Xã Đông Hòa Hiệp"])}</nav></header>
<div class="mbw-container"><div class="mbw-main">
<div class="mbw-breadcrumb"><a href="/">Trang chủ</a> <span>/</span> <a href="/tin-tuc.html">Tin tức</a> <span>/</span> <a href="/tin-hoat-dong.html">Tin hoạt động</a></div>
<div class="mbw-news-detail">
<div class="mbw-author-top">Tác giả: <b>Huỳnh Thị Bích Ngọc</b> <i>(Văn phòng Hội Nông dân huyện)</i></div>
<h1 class="mbw-title">{esc(ART18.title)}</h1>
<div class="mbw-time">Đăng lúc: {vi12(pub)}, {dmy(pub)} <span class="mbw-views">- 214 lượt xem</span></div>
<div class="mbw-sapo"><h2 style="font-size:15px;font-weight:bold">{esc(ART18.lead)}</h2></div>
<div class="mbw-content">{ART18.render(p=lambda t: f'<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:Arial,Helvetica,sans-serif;">{esc(t)}</span></span></p>')}</div>
<div class="mbw-like"><div class="fb-like" data-href="{url}" data-layout="button_count"></div><a href="#">Zalo</a></div>
<div class="mbw-comment"><h4>Bình luận</h4><p>Chưa có bình luận nào. Hãy là người đầu tiên bình luận!</p><textarea placeholder="Nội dung bình luận"></textarea><button>Gửi bình luận</button></div>
</div>
<div class="mbw-related"><h3>Bài viết liên quan</h3>{news_list(rng, heads[:8], "/tin-hoat-dong", dts[:8], lambda d: vi12(d) + ", " + dmy(d), "mbw-rel")}</div>
</div><div class="mbw-side"><div class="mbw-box"><h3>Nông sản tiêu biểu</h3>{news_list(rng, products, "/san-pham", dts[8:13], lambda d: "Liên hệ", "mbw-products")}</div>
<div class="mbw-box"><h3>Tin mới</h3>{news_list(rng, heads[8:20], "/tin-tuc", dts[8:20], lambda d: dmy(d), "mbw-latest")}</div>
<div class="mbw-box"><ul>{counter(rng)}</ul></div></div></div>
<footer class="mbw-footer">{footer("Hội Nông dân huyện Cái Bè", "Khu 1, thị trấn Cái Bè, tỉnh Tiền Giang", "0273.3824.112")}<p>Thiết kế website bởi Mắt Bão</p></footer>
<div class="mbw-float"><a href="tel:02733824112">Gọi ngay</a><a href="https://zalo.me/0273382411">Chat Zalo</a></div>
<script>{js(rng, 50, "mbw")}</script></body></html>"""
    html = pad_to(html, rng, 90, prefix="mbw-pad")
    return dict(family="matbao_web_builder", name="caibe-hnd-sa-ch-12h-author-above-title", url=url,
                content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
                expected=expected(ART18, iso(pub), author="Huỳnh Thị Bích Ngọc", unit="Văn phòng Hội Nông dân huyện", category="Tin hoạt động"),
                traps={"bylines": ["Tác giả: Huỳnh Thị Bích Ngọc"], "related": heads[:8] + products,
                       "chrome": ["214 lượt xem", "Chưa có bình luận nào", "Bài viết liên quan", "Gọi ngay", "Chat Zalo"],
                       "dates": ["2024-03-27T07:10:00", "8:31 SA, 28/03/2024"]},
                notes="Mắt Bão-style website builder (MBWeb) page of a district Farmers' Union. vi-VN 12-hour times with 'SA'/'CH': "
                      "'Đăng lúc: 2:10 CH, 27/03/2024' = 14:10. article:published_time is the same instant written as naive UTC "
                      "(07:10, no offset → ignored). Byline ABOVE the h1: 'Tác giả: Huỳnh Thị Bích Ngọc (Văn phòng Hội Nông dân "
                      "huyện)'. Sapo inside an h2. No images/captions. article:section 'Tin tức' vs last crumb 'Tin hoạt động' "
                      "(category). Header clock '8:31 SA, 28/03/2024' is crawl time. Empty comment box.",
                readme="Mắt Bão-style builder; vi-VN 12-hour 'SA/CH' stamp (2:10 CH = 14:10), byline with '(unit)' above the h1, sapo in h2, naive-UTC og time, no captions")


PAGES = [page16, page17, page18]
