"""Classic ASP in windows-1258 and an old table-layout PHP CMS with charset only in the HTTP header."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, doc_titles, esc, expected, headlines, fake_min_js,
                     hexid, hm, iso_min, menu_tree, MINISTRIES, NOTICE_TITLES, wd, days_before, slugify,
                     communes)


# =====================================================================
# Page 15: Hội Nông dân An Giang, classic ASP, windows-1258, two-digit year
# =====================================================================
ART15 = Art(
    "Hội Nông dân tỉnh tập huấn kỹ thuật canh tác lúa chất lượng cao, giảm phát thải",
    "Trong 2 ngày 11 và 12/3, Hội Nông dân tỉnh phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn "
    "kỹ thuật canh tác lúa chất lượng cao, phát thải thấp cho hơn 80 hội viên nông dân là thành viên các tổ hợp "
    "tác, hợp tác xã tại huyện Thoại Sơn.",
    [
        ("p", "Tại lớp tập huấn, các học viên được giảng viên của Trung tâm Khuyến nông tỉnh hướng dẫn quy trình "
              "“1 phải, 5 giảm”, kỹ thuật sạ cụm, sạ hàng kết hợp vùi phân; kỹ thuật tưới ngập khô xen kẽ nhằm "
              "tiết kiệm nước, giảm phát thải khí nhà kính; cách xử lý rơm rạ sau thu hoạch bằng chế phẩm vi sinh "
              "thay vì đốt đồng."),
        ("p", "Bên cạnh lý thuyết, các học viên được tham quan thực tế mô hình cánh đồng lớn 50 ha của Hợp tác xã "
              "nông nghiệp Định Thành, nơi đang áp dụng cơ giới hóa đồng bộ từ khâu làm đất, gieo sạ, phun thuốc "
              "bằng thiết bị bay không người lái đến thu hoạch. Theo tính toán của hợp tác xã, chi phí sản xuất "
              "giảm khoảng 2,5 triệu đồng/ha, lợi nhuận tăng từ 15 - 20% so với canh tác truyền thống."),
        ("img", "/upload/hinhanh/2024/03/taphuan_dinhthanh.jpg",
         "Học viên tham quan mô hình cánh đồng lớn tại Hợp tác xã nông nghiệp Định Thành"),
        ("p", "Ông Lê Văn Bảy, hội viên nông dân xã Vĩnh Chánh, chia sẻ: “Trước đây tôi sạ dày, bón phân theo "
              "thói quen nên tốn kém mà lúa hay đổ ngã, nhiễm sâu bệnh. Học xong lớp này, vụ Hè Thu tới tôi sẽ áp "
              "dụng sạ thưa, bón phân theo bảng so màu lá để giảm chi phí”."),
        ("p", "Đây là hoạt động nằm trong kế hoạch của Hội Nông dân tỉnh nhằm góp phần thực hiện Đề án phát triển "
              "bền vững một triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp gắn với tăng trưởng xanh "
              "vùng Đồng bằng sông Cửu Long đến năm 2030. Trong năm 2024, Hội dự kiến tổ chức 25 lớp tập huấn tương "
              "tự cho khoảng 2.000 hội viên nông dân trong tỉnh."),
    ])


def page15():
    rng = random.Random("asp-angiang-15")
    prov = "An Giang"
    pub = T("2024-03-12 16:50")
    host = "http://www.hoinongdan.angiang.gov.vn"
    url = f"{host}/chitiet.asp?id=3275&cat=12"
    heads = headlines(rng, 24, prov, exclude=[ART15.title], avoid=ART15.body)
    dts = days_before(pub, rng, 24, 1, 40)
    menu_items = ["Trang chủ", "Giới thiệu", "Tin hoạt động", "Khoa học kỹ thuật", "Nông dân sản xuất giỏi",
                  "Chính sách pháp luật", "Hỏi đáp", "Văn bản", "Thư viện ảnh", "Liên hệ"]

    def img(src, cap, alt, n):
        return (f'<p align="center"><img src="{src}" border="0" width="450" alt="{alt}"></p>\n'
                f'<p align="center"><i>{cap}</i></p>')

    body = ART15.render(p=lambda t: f'<p align="justify">{t}</p>', img=img)
    left = "".join(f'<tr><td class="menutrai"><img src="images/bullet.gif" width="7" height="7"> <a href="danhmuc.asp?cat={i + 3}">{esc(m)}</a></td></tr>'
                   for i, m in enumerate(menu_items[2:] + [f"Hội Nông dân {d}" for d in ["TP Long Xuyên", "TP Châu Đốc", "Tân Châu", "Tịnh Biên", "An Phú", "Phú Tân", "Châu Phú", "Tri Tôn", "Châu Thành", "Chợ Mới", "Thoại Sơn"]]))
    other = "".join(f'<tr><td class="tinkhac"><img src="images/arrow.gif"> <a href="chitiet.asp?id={3274 - i}&cat=12">{esc(t)}</a> <font class="ngaykhac">({d.strftime("%d/%m/%y")})</font></td></tr>'
                    for i, (t, d) in enumerate(zip(heads[:12], dts)))
    newest = "".join(f'<tr><td class="tinmoi"><a href="chitiet.asp?id={3290 + i}&cat=9">{esc(t)}</a></td></tr>' for i, t in enumerate(heads[12:22]))
    links = "".join(f'<option value="http://{slugify(m)[:14]}.vn">{esc(m)}</option>' for m in MINISTRIES)
    stamp = f"{pub.strftime('%d/%m/%y')} lúc {hm(pub)}"
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>HOI NONG DAN TINH AN GIANG</title>
<link rel="stylesheet" type="text/css" href="style.css">
<script language="JavaScript" src="scripts/menu.js"></script>
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
function inbai(id) {{ MM_openBrWindow('inbai.asp?id='+id,'inbai','scrollbars=yes,width=700,height=600'); }}
//-->
</script>
<style>{css_blob(rng, "hnd", 90)}</style>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#E8F3E0">
<table border="0" width="980" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3"><img border="0" src="images/banner_hnd.jpg" width="980" height="150" alt="Hội Nông dân tỉnh An Giang"></td></tr>
<tr><td colspan="3" bgcolor="#2E7D32" height="28" class="menungang">{" | ".join(f'<a href="danhmuc.asp?cat={i}" class="menungang">{esc(m)}</a>' for i, m in enumerate(menu_items))}</td></tr>
<tr><td colspan="3" height="22" bgcolor="#F1F8E9"><marquee scrollamount="2" class="chaychu">Chào mừng kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2024) *** Hội nghị Ban Chấp hành Hội Nông dân tỉnh lần thứ 8 (khóa X) dự kiến tổ chức ngày 25/7/2024</marquee></td></tr>
<tr>
<td width="190" valign="top" bgcolor="#F9FBE7">
<table border="0" width="100%" cellspacing="0" cellpadding="3">
<tr><td class="tieudetrai">DANH MỤC</td></tr>
{left}
<tr><td class="tieudetrai">TÌM KIẾM</td></tr>
<tr><td><form method="post" action="timkiem.asp"><input type="text" name="tukhoa" size="18"><input type="submit" value="Tìm"></form></td></tr>
<tr><td class="tieudetrai">LIÊN KẾT WEBSITE</td></tr>
<tr><td><select name="lienket" onchange="window.open(this.value)"><option>--- Chọn liên kết ---</option>{links}</select></td></tr>
<tr><td class="tieudetrai">THỐNG KÊ</td></tr>
<tr><td class="thongke">Đang truy cập: {rng.randint(5, 60)}<br>Tổng lượt truy cập: {rng.randint(500000, 3000000):,}</td></tr>
</table>
</td>
<td width="600" valign="top">
<table border="0" width="100%" cellspacing="0" cellpadding="6">
<tr><td class="duongdan"><a href="default.asp">Trang chủ</a> &gt;&gt; <a href="danhmuc.asp?cat=12">Khoa học kỹ thuật</a></td></tr>
<tr><td class="tieude">{esc(ART15.title)}</td></tr>
<tr><td class="ngay">Cập nhật ngày {stamp} &nbsp;&nbsp; <a href="javascript:inbai(3275)"><img src="images/print.gif" border="0"> In bài</a> &nbsp; <a href="guibai.asp?id=3275"><img src="images/email.gif" border="0"> Gửi bài</a></td></tr>
<tr><td class="tomtat"><b>{esc(ART15.lead)}</b></td></tr>
<tr><td class="noidung">
{body}
<p align="right"><b>Văn Tuấn</b></p>
</td></tr>
<tr><td class="tieudetinkhac">Các tin khác</td></tr>
<tr><td><table border="0" width="100%" cellspacing="0" cellpadding="2">{other}</table></td></tr>
</table>
</td>
<td width="190" valign="top" bgcolor="#F9FBE7">
<table border="0" width="100%" cellspacing="0" cellpadding="3">
<tr><td class="tieudephai">TIN MỚI</td></tr>
{newest}
<tr><td class="tieudephai">THÔNG BÁO</td></tr>
{"".join(f'<tr><td class="thongbao"><a href="thongbao.asp?id={i}">{esc(t)}</a></td></tr>' for i, t in enumerate(NOTICE_TITLES[:4]))}
<tr><td class="tieudephai">THỜI TIẾT</td></tr>
<tr><td class="thoitiet">Long Xuyên: 33°C, nắng nóng</td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#2E7D32" class="chanduoi" align="center">
<font color="#FFFFFF">TRANG THÔNG TIN ĐIỆN TỬ HỘI NÔNG DÂN TỈNH AN GIANG<br>
Địa chỉ: Số 18 Nguyễn Huệ, phường Mỹ Long, TP Long Xuyên, tỉnh An Giang - Điện thoại: (0296) 385xxxx<br>
Ghi rõ nguồn khi phát hành lại thông tin từ website này</font></td></tr>
</table>
</body>
</html>
"""
    return dict(
        family="classic_asp", name="angiang-hoi-nong-dan-cp1258-two-digit-year", url=url,
        content_type="text/html", encoding="cp1258", html=html,
        expected=expected(ART15, published=iso_min(pub), author="Văn Tuấn", category="Khoa học kỹ thuật"),
        traps={"bylines": ["Văn Tuấn"], "related": heads[:8] + heads[12:14],
               "chrome": ["Các tin khác", "Chào mừng kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2024)"]},
        notes="Classic ASP / FrontPage table layout encoded in windows-1258 (declared only in the meta tag; the "
              "HTTP header says plain text/html): most tone marks are separate combining bytes, so decoding needs "
              "NFC. <title> is an unaccented site name. Stamp 'Cập nhật ngày 12/03/24 lúc 16:50' — two-digit year, "
              "update-labelled only stamp → published. 'Các tin khác' use dd/mm/yy too. Captions in <p align=center>"
              "<i>; byline right-aligned bold. Marquee with an anniversary and a future meeting date.",
        readme="Classic ASP; windows-1258 (combining tone bytes), two-digit year '12/03/24', table layout, "
               "unaccented <title>",
    )


# =====================================================================
# Page 16: Huyện ủy Bắc Bình (Bình Thuận), old PHP table CMS — header-only charset, entities
# =====================================================================
ART16 = Art(
    "Bắc Bình bàn giao 32 căn nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc thiểu số",
    None,
    [
        ("p", "Ngày 29/11, Ban Thường vụ Huyện ủy Bắc Bình phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức lễ bàn "
              "giao 32 căn nhà Đại đoàn kết cho các hộ nghèo, hộ có hoàn cảnh khó khăn là đồng bào Chăm, Raglai "
              "tại các xã Phan Hòa, Phan Thanh, Phan Điền và Phan Sơn."),
        ("p", "Mỗi căn nhà có diện tích 45 m², tổng kinh phí xây dựng hơn 1,9 tỷ đồng, trong đó Quỹ “Vì người "
              "nghèo” tỉnh hỗ trợ 50 triệu đồng/căn, phần còn lại do các hộ gia đình đối ứng và các đoàn viên, hội "
              "viên góp ngày công. Các căn nhà đều được xây dựng đúng thiết kế, bảo đảm chất lượng và hoàn thành "
              "trước thời hạn."),
        ("img", "/uploads/news/2024/12/bangiao-nha-phanson.jpg",
         "Lãnh đạo huyện trao tượng trưng chìa khóa nhà cho các hộ dân xã Phan Sơn"),
        ("p", "Thay mặt các hộ được nhận nhà, chị Kiều Thị Mến, thôn Sơn Hòa, xã Phan Sơn bày tỏ niềm vui khi có "
              "nơi ở khang trang trước mùa mưa bão và hứa sẽ cùng gia đình chăm chỉ lao động, sản xuất để sớm "
              "thoát nghèo."),
        ("p", "Phát biểu tại buổi lễ, đồng chí Phó Bí thư Thường trực Huyện ủy đề nghị các cấp ủy, chính quyền và "
              "Mặt trận các xã tiếp tục quan tâm hỗ trợ các hộ vay vốn ưu đãi, hướng dẫn cách làm ăn, chuyển đổi "
              "cây trồng, vật nuôi phù hợp; đồng thời vận động các hộ giữ gìn vệ sinh, xây dựng nếp sống văn minh "
              "tại khu dân cư."),
        ("p", "Từ đầu năm đến nay, huyện Bắc Bình đã hỗ trợ xây mới, sửa chữa 118 căn nhà cho hộ nghèo, hộ cận "
              "nghèo với tổng kinh phí trên 6 tỷ đồng, góp phần giảm tỷ lệ hộ nghèo đồng bào dân tộc thiểu số của "
              "huyện xuống còn 4,6%."),
    ])

SPAM16 = ["cá cược bóng đá trực tuyến", "game bài đổi thưởng uy tín", "soi kèo nhà cái hôm nay"]


def page16():
    rng = random.Random("php-bacbinh-16")
    prov = "Bình Thuận"
    pub = T("2024-12-02 14:30")
    today = T("2024-12-06 09:00")
    host = "http://bacbinh.binhthuan.dcs.vn"
    url = f"{host}/index.php?mod=tintuc&act=chitiet&id=1427&cid=5"
    author, unit = "Hữu Phước", "Ban Tuyên giáo Huyện ủy"
    byline = f"{author}, {unit}"
    tree = menu_tree(rng, prov, "party", base="/index.php?mod=", n_communes=12, ext="")
    heads = headlines(rng, 30, prov, exclude=[ART16.title], avoid=ART16.body)
    dts = days_before(pub, rng, 30, 1, 30)

    def img(src, cap, alt, n):
        return (f'<div align="center"><img src="{src}" width="500" border="0" alt="{alt}" /><br />'
                f'<em>{cap}</em></div>')

    body = ART16.render(p=lambda t: f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;{t}</p>', img=img, ent=True)
    body += f'\n<p style="text-align: right;"><strong>{esc(byline, ent=True)}</strong></p>'
    spam = ('<div style="position:absolute;left:-9999px;top:-9999px;width:1px;height:1px;overflow:hidden">' +
            " ".join(f'<a href="http://{slugify(s)}.{rng.choice(["net", "top", "xyz"])}/">{esc(s, ent=True)}</a>' for s in SPAM16) + "</div>")

    def menu_tbl():
        out = ['<table width="100%" border="0" cellspacing="0" cellpadding="0" class="tblMenu"><tr>']
        for label, u, kids in tree:
            sub = "".join(f'<tr><td class="subMenu"><a href="{ku}">{esc(kl, ent=True)}</a></td></tr>' +
                          "".join(f'<tr><td class="subMenu2">&raquo; <a href="{gu}">{esc(gl, ent=True)}</a></td></tr>' for gl, gu in gk)
                          for kl, ku, gk in kids)
            out.append(f'<td class="mainMenu" onmouseover="showMenu(this)" onmouseout="hideMenu(this)"><a href="{u}">{esc(label, ent=True)}</a>'
                       f'<div class="dropMenu" style="display:none"><table cellspacing="0" cellpadding="2" border="0">{sub}</table></div></td>')
        out.append("</tr></table>")
        return "".join(out)

    others = "".join(f'<tr><td width="12" valign="top"><img src="images/dot.gif" /></td><td class="otherNews"><a href="index.php?mod=tintuc&amp;act=chitiet&amp;id={1426 - i}&amp;cid=5">{esc(t, ent=True)}</a> <span class="date">({dmy(d)})</span></td></tr>'
                     for i, (t, d) in enumerate(zip(heads[:12], dts)))
    hot = "".join(f'<tr><td class="hotNews"><img src="uploads/thumb/{hexid(rng, 8)}.jpg" width="80" align="left" /><a href="index.php?mod=tintuc&amp;act=chitiet&amp;id={1400 + i}">{esc(t, ent=True)}</a></td></tr>'
                  for i, t in enumerate(heads[12:22]))
    docs = "".join(f'<tr><td class="doc">&bull; <a href="index.php?mod=vanban&amp;id={rng.randint(100, 500)}">{esc(t, ent=True)}</a></td></tr>' for t in doc_titles(rng, 8))
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>Dang bo huyen Bac Binh :: Tin tuc</title>
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function showMenu(o){{ $(o).find('.dropMenu').show(); }}
function hideMenu(o){{ $(o).find('.dropMenu').hide(); }}
function printNews(id){{ window.open('print.php?id='+id,'','width=720,height=600,scrollbars=1'); }}
</script>
<script type="text/javascript">/* jquery.plugins.pack.js */{fake_min_js(rng, 110, "bbPlugins")}</script>
<style type="text/css">{css_blob(rng, "bb", 240)}</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="wrapper">
  <tr><td height="24" class="topBar">{esc(wd(today), ent=True)}, {dmy(today)} &nbsp;|&nbsp; <a href="index.php?mod=lienhe">Li&ecirc;n hệ</a> &nbsp;|&nbsp; <a href="admin/">Quản trị</a></td></tr>
  <tr><td><img src="images/banner.jpg" width="1000" height="170" alt="" /></td></tr>
  <tr><td>{menu_tbl()}</td></tr>
  <tr><td>
   <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td width="700" valign="top" class="colMain">
     <table width="100%" border="0" cellspacing="0" cellpadding="0" class="boxNews">
      <tr><td class="boxTitle"><img src="images/icon_title.gif" align="absmiddle" /> CHI TIẾT TIN</td></tr>
      <tr><td class="path"><a href="index.php">Trang chủ</a> &raquo; <a href="index.php?mod=tintuc&amp;cid=2">Tin tức</a> &raquo; <a href="index.php?mod=tintuc&amp;cid=5">An sinh x&atilde; hội</a></td></tr>
      <tr><td class="newsTitle">{esc(ART16.title, ent=True)}</td></tr>
      <tr><td class="newsDate">Ng&agrave;y đăng: {dmy(pub)} l&uacute;c {pub.hour}g{pub.minute:02d} &nbsp; | &nbsp; Lượt xem: 214 &nbsp; | &nbsp; <a href="javascript:printNews(1427)">In tin</a></td></tr>
      <tr><td class="newsContent">
{body}
{spam}
      </td></tr>
      <tr><td class="boxTitle2">C&aacute;c tin kh&aacute;c</td></tr>
      <tr><td><table width="100%" cellpadding="2" cellspacing="0" border="0">{others}</table></td></tr>
     </table>
    </td>
    <td width="300" valign="top" class="colRight">
     <table width="100%" border="0" cellspacing="0" cellpadding="3">
      <tr><td class="rightTitle">TIN NỔI BẬT</td></tr>{hot}
      <tr><td class="rightTitle">VĂN BẢN MỚI</td></tr>{docs}
      <tr><td class="rightTitle">TH&Ocirc;NG B&Aacute;O</td></tr>{"".join(f'<tr><td class="notice"><a href="index.php?mod=thongbao&amp;id={i}">{esc(t, ent=True)}</a></td></tr>' for i, t in enumerate(NOTICE_TITLES))}
      <tr><td class="rightTitle">LI&Ecirc;N KẾT</td></tr>{"".join(f'<tr><td><a href="http://{slugify(m)[:14]}.vn" target="_blank"><img src="uploads/lienket/{slugify(m)[:14]}.gif" width="280" border="0" alt="{esc(m, attr=True)}" /></a></td></tr>' for m in MINISTRIES)}
      <tr><td class="rightTitle">THỐNG K&Ecirc;</td></tr><tr><td class="counter">{"<br />".join(f"{esc(l, ent=True)}: {v}" for l, v in counter_block(rng))}</td></tr>
     </table>
    </td>
   </tr></table>
  </td></tr>
  <tr><td class="footer" align="center">TRANG TH&Ocirc;NG TIN ĐIỆN TỬ ĐẢNG BỘ HUYỆN BẮC B&Igrave;NH<br />Địa chỉ: Thị trấn Chợ Lầu, huyện Bắc B&igrave;nh, tỉnh B&igrave;nh Thuận - ĐT: 0252.386x.xxx<br />Thiết kế: Trung t&acirc;m Tin học - Ph&aacute;t triển bởi PHP/MySQL</td></tr>
</table>
</body>
</html>
"""
    return dict(
        family="php_table", name="bacbinh-nha-dai-doan-ket-header-charset", url=url,
        content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART16, published=iso_min(pub), author=author, author_unit=unit,
                          category="An sinh xã hội"),
        traps={"bylines": [byline], "related": heads[:8] + heads[12:14],
               "chrome": SPAM16 + ["CHI TIẾT TIN", "Các tin khác"]},
        notes="Old custom PHP CMS, nested-table layout, no <meta charset> at all: UTF-8 is only in the HTTP "
              "Content-Type header. Editor wrote Latin-1 vowels as named entities (&ecirc; &agrave; &ldquo; …) mixed "
              "with raw UTF-8 for Vietnamese-only letters. Panel heading 'CHI TIẾT TIN' above the title cell; "
              "'Ngày đăng: 02/12/2024 lúc 14g30' (Vietnamese 'g' hour separator); header date 06/12/2024 is the "
              "crawl day. No sapo. Off-screen (left:-9999px) gambling spam links injected after the body; "
              "byline 'Name, Unit'. Unaccented <title>.",
        readme="Old PHP table CMS; charset only in HTTP header, entity-encoded text, '14g30' time, 'CHI TIẾT TIN' "
               "panel heading, off-screen spam, 'Name, Unit' byline",
    )


PAGES = [page15, page16]
