"""Set 9 (3): the long tail of mess: headline printed three times, legacy encodings, a 500 KB portal, broken HTML,
<br><br> paragraphs."""
import random

from .common import Art, T, iso, isod, dmy, hm, esc, heads3, past, wd, slug, css, expected, MENU, menu, COMMUNES
from .kit import mk, rel, share, std

# =====================================================================
A13 = Art(
    "Tỉnh Hà Tuyên phấn đấu hoàn thành 1.500 căn nhà cho hộ nghèo trước ngày 2/9",
    "Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Hà Tuyên yêu cầu các huyện, thành phố hoàn thành xây mới, sửa chữa 1.500 căn nhà cho hộ nghèo, hộ cận nghèo trước ngày 2/9/2024.",
    [
        ("p", "Đến giữa tháng 7, toàn tỉnh đã khởi công 1.126 căn, trong đó 684 căn hoàn thành bàn giao. Một số huyện vùng cao còn chậm do khó khăn về mặt bằng và vận chuyển vật liệu."),
        ("p", "Ban Chỉ đạo đề nghị huy động lực lượng đoàn viên, thanh niên, dân quân hỗ trợ ngày công; các ngân hàng thương mại trên địa bàn ứng trước nguồn kinh phí xã hội hóa đã cam kết."),
        ("img", "/Uploads/2024/7/23/xay-nha-ho-ngheo-yen-son.jpg", "Đoàn viên thanh niên giúp hộ nghèo xã Trung Sơn dựng nhà mới"),
        ("p", "Mỗi căn nhà xây mới được hỗ trợ 60 triệu đồng, sửa chữa 30 triệu đồng; địa phương công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn."),
    ])


def page13():
    rng = random.Random("set9-title-three-13")
    pub = T("2024-07-23 10:15")
    url = "https://hatuyen.gov.vn/thoi-su/tinh-ha-tuyen-phan-dau-hoan-thanh-1500-can-nha-cho-ho-ngheo-truoc-ngay-2-9-a14421.html"
    hot = [A13.title] + heads3(rng, 4, avoid=[A13.title])
    items = [("Tiêu điểm", hot)] + MENU
    rl = heads3(rng, 6, avoid=hot); rd = past(pub, rng, 6, 1, 20)
    main = f"""<div class="article-detail"><h1 class="title">{esc(A13.title)}</h1><div class="meta"><span class="date">{dmy(pub)} {hm(pub)}</span> <span class="src">Văn phòng UBND tỉnh</span></div>
<div class="sapo"><b>{esc(A13.lead)}</b></div><div class="content">{A13.render()}</div>
<div class="sign" style="text-align:right"><b>P.V</b></div>{share()}
{rel(rng, rl, rd, lambda d: f"({dmy(d)})", cls="related", head="Tin liên quan")}</div>"""
    crumbs = f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li class="active">{esc(A13.title)}</li></ol>'
    html = std(rng, A13, prefix="htg", kb=170, main=main, crumbs=crumbs, pub=pub, items=items, form=True,
               org="Cổng thông tin điện tử tỉnh Hà Tuyên", addr="Số 160 đường Trần Hưng Đạo, thành phố Hà Tuyên", phone="0207.3822.358")
    return mk("province_portal_headline_three_times", "hatuyen-title-in-tieu-diem-mega-menu-breadcrumb-and-h1-src-unit-in-meta-pv-sign", url, html,
              expected(A13, iso(pub), author="P.V", category="Thời sự"),
              {"menu": hot[1:], "related": rl[:3], "chrome": ["Tin liên quan", "Tiêu điểm"], "meta": ["Văn phòng UBND tỉnh"]},
              "Provincial portal: the headline is printed three times — first as a link in the 'Tiêu điểm' mega-menu, then as "
              "the last (active) breadcrumb item, then in the h1. Category = the crumb before the title ('Thời sự'). "
              "'Văn phòng UBND tỉnh' in the meta line is the source office (not a unit of the signer). Signature 'P.V' kept as "
              "author as printed (a reader could treat it as anonymous → null).",
              "headline in the mega-menu, the breadcrumb and the h1; 'P.V' signature; source office in the meta line")


# =====================================================================
A14 = Art(
    "Huyện Duy Xuyên tổng kết 10 năm thực hiện Chỉ thị về công tác dân vận",
    "Sáng 23/7, Ban Thường vụ Huyện ủy Duy Xuyên tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị của Ban Bí thư về tăng cường công tác dân vận của Đảng trong tình hình mới.",
    [
        ("p", "Trong 10 năm, các cấp ủy, chính quyền, Mặt trận và đoàn thể trong huyện đã tổ chức 2.140 cuộc tiếp xúc, đối thoại với nhân dân; giải quyết dứt điểm 94% số kiến nghị thuộc thẩm quyền."),
        ("p", "Phong trào thi đua “Dân vận khéo” được triển khai rộng khắp với 316 mô hình, điển hình được công nhận; trong đó nhiều mô hình về hiến đất làm đường, giữ gìn an ninh trật tự được nhân rộng."),
        ("p", "Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 15 tập thể, 22 cá nhân có thành tích xuất sắc."),
    ])


def page14():
    rng = random.Random("set9-cp1258-font-14")
    pub = T("2024-07-23 16:40")
    url = "http://duyxuyen.quangnamdanang.dcs.vn/ChiTiet.aspx?ID=5521&CatID=12"
    rl = heads3(rng, 6, avoid=[A14.title]); rd = past(pub, rng, 6, 1, 20)
    body = "".join(f'<p style="TEXT-ALIGN: justify">{esc(t)}\n' for t in A14.pars)
    main = f"""<table width="100%" cellpadding="3"><tr><td class="TieuDe"><font face="Arial" size="4" color="#003399"><b>{esc(A14.title)}</b></font></td></tr>
<tr><td class="NgayDang"><font size="1" color="#808080">Cập nhật ngày: {dmy(pub)} {hm(pub)}</font></td></tr>
<tr><td class="NoiDung"><font face="Times New Roman" size="3"><p><b><i>{esc(A14.lead)}</i></b>
{body}<p align="right"><b>Võ Thị Kim Dung</b></font></td></tr></table>
<div class="TinKhac"><b>Các tin đã đưa</b>{rel(rng, rl, rd, lambda d: f"({dmy(d)})", cls="tk")}</div>"""
    crumbs = '<div class="ViTri"><a href="Default.aspx">Trang chủ</a> &raquo; <a href="DanhMuc.aspx?CatID=12">Dân vận</a></div>'
    html = std(rng, A14, prefix="dx", kb=120, main=main, crumbs=crumbs, pub=pub, form=True, charset_meta=False,
               head_extra='<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />',
               org="Đảng bộ huyện Duy Xuyên", addr="Thị trấn Nam Phước, huyện Duy Xuyên, tỉnh Quảng Nam - Đà Nẵng", phone="0235.3877.102")
    return mk("aspx_cp1258_combining_font_p", "quangnamdanang-duyxuyen-windows-1258-combining-tones-p-in-font-unclosed-cap-nhat-ngay", url, html,
              expected(A14, iso(pub), author="Võ Thị Kim Dung", category="Dân vận"),
              {"related": rl[:3], "chrome": ["Các tin đã đưa"], "bylines": ["Võ Thị Kim Dung"]},
              "Old ASP.NET Party site served as windows-1258 (header + meta) with decomposed tone marks: base letter (incl. â ê ô ă "
              "ơ ư) + combining tone byte → expected NFC. Article text is a run of unclosed <p> inside a <font> (block inside "
              "inline, no </p>). Only stamp 'Cập nhật ngày: 23/07/2024 16:40' → published (only-stamp rule). Bold italic first "
              "<p> = lead; right bold name = author.",
              "windows-1258 with combining tone bytes, unclosed <p>s nested in <font>, 'Cập nhật ngày:' only stamp, table title cell",
              ct="text/html; charset=windows-1258", encoding="cp1258")


# =====================================================================
A15 = Art(
    "Xã Hợp Thành ra quân tổng vệ sinh môi trường ngày Chủ nhật xanh",
    "",
    [
        ("p", "Sáng Chủ nhật 21/7, hơn 400 cán bộ, đoàn viên, hội viên và nhân dân xã Hợp Thành đã tham gia ra quân tổng vệ sinh môi trường tại 8 thôn."),
        ("p", "Các lực lượng đã phát quang 6 km đường trục thôn, khơi thông 2 km rãnh thoát nước, thu gom gần 5 tấn rác thải về điểm tập kết để xử lý."),
        ("p", "Đồng chí Bùi Văn Toản, Chủ tịch UBND xã cho biết, từ nay đến cuối năm, xã duy trì ra quân vào ngày Chủ nhật cuối cùng của mỗi tháng, đưa kết quả vào bình xét gia đình văn hóa."),
    ])


def page15():
    rng = random.Random("set9-tcvn3-15")
    pub = isod(T("2024-07-21 00:00"))
    url = "http://hopthanh.haihau.namha.gov.vn/tintuc/tin_210724.htm"
    rl = ["Hội nghị sơ kết công tác 6 tháng đầu năm 2024", "Xã Hợp Thành tổ chức khám sức khỏe cho người cao tuổi",
          "Ra quân tháng hành động vì an toàn giao thông"]
    body = "".join(f'<p class="MsoNormal" style="text-indent:.5in"><font face=".VnTime" size="3">{p}</font></p>\n' for p in A15.pars)
    style = css(rng, "xa", 140)
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<title>UBND xa Hop Thanh</title>
<style>{style}</style>
</head>
<body bgcolor="#FFFFFF" topmargin="0">
<table border="0" width="780" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#CC0000" height="80"><font face=".VnTimeH" size="5" color="#FFFF00"><b>ñy ban nh©n d©n x· hîp thµnh</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#FFF3D6"><font face=".VnTime" size="2">
<a href="../index.htm">Trang chñ</a><br><a href="../gioithieu.htm">Giíi thiÖu</a><br><a href="index.htm">Tin tøc - Sù kiÖn</a><br><a href="../vanban.htm">V¨n b¶n</a><br><a href="../lienhe.htm">Liªn hÖ</a></font></td>
<td width="620" valign="top">
<p><font face=".VnTime" size="2"><a href="index.htm">Tin tøc - Sù kiÖn</a></font></p>
<p align="center"><font face=".VnTime" size="4" color="#000080"><b>TITLE</b></font></p>
<p align="center"><font face=".VnTime" size="2"><i>Ngµy 21/7/2024</i></font></p>
BODY<p align="right"><font face=".VnTime" size="3"><b>NguyÔn ThÞ Lan</b><br><i>C«ng chøc V¨n hãa - X· héi</i></font></p>
<hr size="1"><p><font face=".VnTime" size="2"><b>Tin kh¸c:</b><br>RELATED</font></p>
</td></tr>
<tr><td colspan="2" align="center" bgcolor="#CC0000"><font face=".VnTime" size="2" color="#FFFFFF">UBND x· Hîp Thµnh - huyÖn H¶i HËu - tØnh Nam Hµ<br>§iÖn tho¹i: 0350.3877.215</font></td></tr>
</table>
</body>
</html>
"""
    from .common import dec_tcvn3
    # The chrome above is typed as .VnTime bytes read as windows-1252 text; convert the whole page to real
    # Vietnamese so one encoder produces it (enc_tcvn3 of the decoded text gives the bytes back).
    html = dec_tcvn3(html.encode("cp1252"))
    html = html.replace("TITLE", esc(A15.title)).replace("BODY", body).replace(
        "RELATED", "".join(f'- <a href="tin_{1000 + i}.htm">{esc(t)}</a><br>' for i, t in enumerate(rl)))
    return mk("commune_frontpage_tcvn3_vntime", "namha-haihau-hopthanh-tcvn3-bytes-vntimeh-banner-ngay-unpadded-name-br-post-no-lead", url, html,
              expected(A15, pub, author="Nguyễn Thị Lan", unit="Công chức Văn hóa - Xã hội", category="Tin tức - Sự kiện", lead=None),
              {"related": rl, "chrome": ["Tin khác:", "Trang chủ", "Giới thiệu"], "bylines": ["Nguyễn Thị Lan"]},
              "Commune FrontPage page in TCVN3 (.VnTime) bytes, declared windows-1252 in a meta (no charset in the header). "
              "Expected strings are the decoded Vietnamese (NFC). Upper-case banner in .VnTimeH (lower-case TCVN3 codes shown as "
              "capitals by the font) is chrome. ASCII <title> 'UBND xa Hop Thanh' is not the headline (centred bold .VnTime "
              "paragraph is). 'Ngày 21/7/2024' unpadded → date only. Name <br> italic post → author + unit (a commune civil-servant "
              "post as printed). Category = section link above the title. No lead.",
              "TCVN3 .VnTime bytes declared windows-1252, .VnTimeH banner, ASCII <title>, MsoNormal font paragraphs, 'Ngày d/m/yyyy', name <br> post",
              ct="text/html", encoding="tcvn3", min_kb=10)


# =====================================================================
A16 = Art(
    "Bắc Thái khởi công tuyến đường liên huyện Đại Từ - Phú Lương",
    "Ngày 24/7, UBND tỉnh Bắc Thái tổ chức lễ khởi công dự án đường liên huyện Đại Từ - Phú Lương dài 18,6 km, tổng mức đầu tư hơn 620 tỷ đồng.",
    [
        ("p", "Tuyến đường có nền rộng 12 m, mặt đường 9 m, thiết kế theo tiêu chuẩn đường cấp III miền núi, đi qua 7 xã. Dự án dự kiến hoàn thành trong năm 2026."),
        ("img", "/Uploads/images/2024/07/24/khoi-cong-duong-lien-huyen.jpg", "Các đại biểu thực hiện nghi thức khởi công dự án"),
        ("p", "Phát biểu tại lễ khởi công, Chủ tịch UBND tỉnh Hà Minh Khôi yêu cầu chủ đầu tư và nhà thầu bảo đảm chất lượng, an toàn lao động, không để xảy ra tình trạng chậm tiến độ."),
        ("p", "Các huyện Đại Từ, Phú Lương đã hoàn thành bàn giao 92% mặt bằng; phần còn lại sẽ bàn giao trước ngày 30/9/2024."),
        ("p", "Khi hoàn thành, tuyến đường rút ngắn khoảng 25 km so với hiện nay, tạo động lực phát triển du lịch vùng chè và vùng hồ Núi Cốc."),
    ])


def page16():
    rng = random.Random("set9-huge-portal-16")
    pub = T("2024-07-24 09:30")
    url = "https://bacthai.gov.vn/tin-tuc-su-kien/-/asset_publisher/kinh-te/content/bac-thai-khoi-cong-tuyen-duong-lien-huyen-dai-tu-phu-luong"
    rl = heads3(rng, 8, avoid=[A16.title]); rd = past(pub, rng, 8, 1, 20)
    dists = ["Đại Từ", "Phú Lương", "Định Hóa", "Võ Nhai", "Đồng Hỷ", "Phú Bình", "Phổ Yên", "Sông Công", "Ba Bể", "Bạch Thông",
             "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm", "Thái Nguyên", "Bắc Kạn"]
    mega = "".join(menu(rng, cls=f"mega{k}", districts=dists) for k in range(6))
    main = f"""<div class="portlet-body"><div class="journal-content-article"><h1 class="title-news">{esc(A16.title)}</h1>
<div class="date-news">Ngày đăng: {dmy(pub)} {hm(pub)}</div><div class="sapo-news"><strong>{esc(A16.lead)}</strong></div>
<div class="content-news">{A16.render(img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" /></p><p style="text-align:center"><span style="color:#0000ff"><em>{esc(c)}</em></span></p>')}
<p style="text-align:right"><strong>Trần Quang Vinh</strong></p></div></div>
{rel(rng, rl, rd, lambda d: f"({dmy(d)})", cls="other-news", head="Tin tức khác")}</div>"""
    top = f'<div class="btg-top"><div class="clock">Thứ Năm, 25/07/2024</div><div class="mega-all">{mega}</div></div>'
    crumbs = '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li><a href="#">Kinh tế</a></li></ul>'
    html = std(rng, A16, prefix="btg", kb=520, main=main, crumbs=crumbs, pub=pub, top=top,
               org="Cổng thông tin điện tử tỉnh Bắc Thái", addr="Số 18 đường Nha Trang, thành phố Thái Nguyên, tỉnh Bắc Thái", phone="0208.3856.112")
    return mk("province_portal_520kb_mega_menu_json", "bacthai-liferay-520kb-six-mega-menus-districts-communes-inline-json-blue-caption", url, html,
              expected(A16, iso(pub), author="Trần Quang Vinh", category="Kinh tế"),
              {"related": rl[:3], "chrome": ["Tin tức khác", "Thứ Năm, 25/07/2024"], "bylines": ["Trần Quang Vinh"]},
              "A 520 KB provincial portal page: six copies of a mega-menu with 17 districts × 6 communes each, a large inline "
              "JSON island and inline CSS before the article (the article text is under 4 KB of the page). 'Ngày đăng: "
              "24/07/2024 09:30'; header clock 25/07 is the save day. Bold sapo, blue italic caption, bold right name.",
              "520 KB page (six mega-menus, big inline JSON + CSS), article < 1% of bytes, 'Ngày đăng:' stamp, blue italic caption",
              max_kb=600)


# =====================================================================
A17 = Art(
    "Ủy ban Kiểm tra Huyện ủy Mỹ Xuyên kiểm tra 12 tổ chức đảng khi có dấu hiệu vi phạm",
    "Sáu tháng đầu năm 2024, Ủy ban Kiểm tra Huyện ủy Mỹ Xuyên đã kiểm tra 12 tổ chức đảng và 9 đảng viên khi có dấu hiệu vi phạm, tăng 3 cuộc so với cùng kỳ.",
    [
        ("p", "Qua kiểm tra, kết luận 7 tổ chức đảng và 6 đảng viên có vi phạm, trong đó phải thi hành kỷ luật 2 đảng viên. Các vi phạm chủ yếu liên quan đến quản lý đất đai và thực hiện nguyên tắc tập trung dân chủ."),
        ("p", "Ủy ban Kiểm tra các cấp cũng đã giám sát chuyên đề 41 tổ chức đảng, 63 đảng viên; giải quyết 4 đơn tố cáo, 3 đơn khiếu nại kỷ luật đảng đúng thời hạn."),
        ("p", "Sáu tháng cuối năm, Ủy ban Kiểm tra Huyện ủy tập trung kiểm tra việc kê khai tài sản, thu nhập và công tác chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027."),
    ])


def page17():
    rng = random.Random("set9-broken-html-17")
    pub = T("2024-07-24 15:00")
    url = "http://myxuyen.haugiang.dcs.vn/index.php?option=tin&act=detail&id=3301"
    rl = heads3(rng, 6, avoid=[A17.title]); rd = past(pub, rng, 6, 1, 20)
    body = "\n".join(f"<p>{esc(t)}" for t in A17.pars)
    main = f"""<div id="content"><div class="tieude">{esc(A17.title)}</div>
<div class="ngay">({dmy(pub)} - {hm(pub)})</div></td>
<div class="noidung"><font face="Arial" size="2"><p><b>{esc(A17.lead)}</b>
{body}
</font></td></tr>
<p align="right"><b>Lâm Thị Bích Ngọc</b><br><i>UBKT Huyện ủy</i>
</div>
<div class="lienquan"><b>Tin đã đưa:</b><br>""" + "".join(f'<a href="index.php?option=tin&act=detail&id={rng.randint(3000, 3300)}">{esc(t)}</a> ({dmy(d)})<br>' for t, d in zip(rl, rd)) + """
<div class="binhchon"><b>Thăm dò ý kiến</b><br>Bạn đánh giá thế nào về giao diện mới?<br><input type="radio"> Đẹp<br><input type="radio"> Bình thường</div>"""
    crumbs = '<div class="duongdan"><a href="index.php">Trang chủ</a> &gt; <a href="index.php?option=tin&cat=4">Kiểm tra - Giám sát</a></td>'
    html = std(rng, A17, prefix="mx", kb=100, main=main, crumbs=crumbs, pub=pub, org="Huyện ủy Mỹ Xuyên",
               addr="Thị trấn Mỹ Xuyên, huyện Mỹ Xuyên, tỉnh Hậu Giang", phone="0299.3851.204")
    return mk("php_inhouse_broken_markup", "haugiang-myxuyen-unclosed-p-div-stray-td-font-wrapped-paren-date-dash-name-br-abbrev-unit", url, html,
              expected(A17, iso(pub), author="Lâm Thị Bích Ngọc", unit="UBKT Huyện ủy", category="Kiểm tra - Giám sát"),
              {"related": rl[:3], "chrome": ["Tin đã đưa:", "Thăm dò ý kiến", "Bạn đánh giá thế nào về giao diện mới?"], "bylines": ["Lâm Thị Bích Ngọc"]},
              "In-house PHP site with broken markup: stray </td> and </tr> with no table, paragraphs never closed, <p>s inside a "
              "<font>, the byline <p> and content <div> never closed so the 'Tin đã đưa' list and the poll nest inside the "
              "article container in a tree-building parser. Date '(24/07/2024 - 15:00)'. Bold first <p> = lead. 'Name <br> "
              "UBKT Huyện ủy' → author + unit (abbreviation as printed).",
              "unclosed <p>/<div>, stray </td></tr>, <p> in <font>, related list and poll swallowed by the unclosed content div, '(dd/mm/yyyy - HH:MM)'")


# =====================================================================
A18 = Art(
    "Thị trấn Long Phú tuyên dương 45 học sinh giỏi năm học 2023 - 2024",
    "",
    [
        ("p", "Chiều 24/7, Hội Khuyến học thị trấn Long Phú tổ chức lễ tuyên dương, khen thưởng 45 học sinh đạt thành tích cao trong năm học 2023 - 2024."),
        ("p", "Trong số học sinh được khen thưởng có 3 em đạt giải cấp tỉnh, 12 em đạt giải cấp huyện và 30 em đạt danh hiệu học sinh xuất sắc. Tổng giá trị phần thưởng gần 18 triệu đồng do các nhà hảo tâm đóng góp."),
        ("p", "Dịp này, Hội Khuyến học trao 10 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng."),
        ("p", "Phát biểu tại buổi lễ, ông Trần Văn Út, Chủ tịch Hội Khuyến học thị trấn mong các em tiếp tục phấn đấu, đồng thời kêu gọi các dòng họ thành lập quỹ khuyến học."),
    ])


def page18():
    rng = random.Random("set9-joomla15-brbr-18")
    pub, upd = T("2024-07-24 20:00"), T("2024-07-25 08:12")
    url = "http://longphu.haugiang.gov.vn/index.php?option=com_content&task=view&id=812&Itemid=41"
    rl = heads3(rng, 5, avoid=[A18.title]); rd = past(pub, rng, 5, 1, 20)
    text = "<br /><br />".join(esc(t) for t in A18.pars)
    main = f"""<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(A18.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="#" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td></tr></table>
<table class="contentpaneopen"><tr><td width="70%" valign="top" colspan="2"><span class="small">Viết bởi Quản trị viên</span></td></tr>
<tr><td valign="top" colspan="2" class="createdate">Thứ tư, 24 Tháng 7 2024 20:00</td></tr>
<tr><td valign="top" colspan="2"><div style="text-align:justify">{text}<br /><br /><div style="text-align:right"><b>Ngọc Lan</b> (Đài Truyền thanh huyện Long Phú)</div></div></td></tr>
<tr><td colspan="2" align="left" class="modifydate">Lần cập nhật cuối ( Thứ năm, 25 Tháng 7 2024 08:12 )</td></tr></table>
<table align="center" class="pagenav"><tr><th class="pagenav_prev"><a href="#">&lt; Trước</a></th><td>&nbsp;</td><th class="pagenav_next"><a href="#">Tiếp &gt;</a></th></tr></table>
<div class="moduletable"><h3>Tin mới hơn</h3>{rel(rng, rl, rd, None, cls="latestnews")}</div>"""
    crumbs = '<span class="breadcrumbs pathway"><a href="/" class="pathway">Trang chủ</a> <img src="/templates/lp/images/arrow.png" alt="" /> <a href="#" class="pathway">Tin tức</a> <img src="/templates/lp/images/arrow.png" alt="" /> Giáo dục - Khuyến học</span>'
    html = std(rng, A18, prefix="lp", kb=90, main=main, crumbs=crumbs, pub=pub, org="Cổng thông tin điện tử thị trấn Long Phú",
               addr="Ấp 1, thị trấn Long Phú, huyện Long Phú, tỉnh Hậu Giang", phone="0299.3861.033")
    return mk("joomla15_contentpaneopen_brbr", "haugiang-longphu-joomla15-br-br-paragraphs-viet-boi-account-lan-cap-nhat-cuoi-word-month", url, html,
              expected(A18, iso(pub), iso(upd), author="Ngọc Lan", unit="Đài Truyền thanh huyện Long Phú", category="Giáo dục - Khuyến học", lead=None),
              {"accounts": ["Viết bởi Quản trị viên"], "dates": ["Lần cập nhật cuối ( Thứ năm, 25 Tháng 7 2024 08:12 )"],
               "related": rl[:3], "chrome": ["Tin mới hơn", "< Trước", "Tiếp >"], "bylines": ["Ngọc Lan"]},
              "Joomla 1.5 contentpaneopen tables; the whole text is one div with paragraphs separated by <br /><br /> (no <p>). "
              "'Viết bởi Quản trị viên' is the CMS account; real author at the foot 'Ngọc Lan (Đài Truyền thanh huyện Long Phú)'. "
              "createdate 'Thứ tư, 24 Tháng 7 2024 20:00' → published; modifydate 'Lần cập nhật cuối ( Thứ năm, 25 Tháng 7 2024 "
              "08:12 )' → updated. No lead. Category = last pathway item (plain text).",
              "Joomla 1.5 tables, <br><br>-separated paragraphs in one div, 'Viết bởi' account, createdate/modifydate word-month stamps, no lead")


PAGES = [page13, page14, page15, page16, page17, page18]
