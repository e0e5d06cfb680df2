"""Party committee / Party agency portals: VNPT-like ASP.NET ArticleDetail, in-house WebForms, NukeViet 3,
Joomla 2.5 district site, CMS.TTV table era, cema-style ASP.NET ids, duk-style WebForms."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, alnum, expected, nlist, heads3, past)
from .shell import shell, side_box

CT = "text/html; charset=utf-8"


def mk(family, name, url, html, exp, traps, notes, readme, ct=CT, **kw):
    return dict(family=family, name=name, url=url, content_type=ct, html=html, expected=exp, traps=traps,
                notes=notes, readme=readme, **kw)


# =====================================================================
A1 = Art(
    "Tỉnh ủy Bình Trị Thiên quán triệt Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp",
    "Sáng 3/6, Ban Thường vụ Tỉnh ủy Bình Trị Thiên tổ chức hội nghị trực tuyến quán triệt, triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
    [
        ("p", "Hội nghị được kết nối đến 9 điểm cầu huyện, thị xã, thành phố và 3 đảng bộ trực thuộc với hơn 1.200 đại biểu tham dự. Đồng chí Lê Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị."),
        ("img", "/Uploads/images/2024/6/3/hoi-nghi-quan-triet-ct35.jpg", "Đồng chí Lê Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy\nphát biểu chỉ đạo hội nghị"),
        ("p", "Tại hội nghị, đại biểu được nghe báo cáo viên Ban Tổ chức Tỉnh ủy truyền đạt những nội dung cơ bản của Chỉ thị 35, trong đó nhấn mạnh yêu cầu chuẩn bị văn kiện, công tác nhân sự, việc bầu cử tại đại hội và thời gian tổ chức đại hội các cấp."),
        ("p", "Theo kế hoạch, đại hội điểm cấp cơ sở hoàn thành trước ngày 30/11/2024; đại hội các chi bộ trực thuộc đảng ủy cơ sở xong trong quý I/2025; đại hội đảng bộ cấp huyện hoàn thành trước ngày 30/6/2025 và Đại hội Đảng bộ tỉnh tổ chức trong quý III/2025."),
        ("p", "Phát biểu chỉ đạo, đồng chí Lê Quang Vinh đề nghị các cấp ủy xây dựng kế hoạch cụ thể, chuẩn bị kỹ lưỡng về nhân sự, bảo đảm đúng nguyên tắc, quy trình; chú trọng phát hiện, giới thiệu cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số có đủ tiêu chuẩn tham gia cấp ủy."),
        ("p", "Đồng chí cũng yêu cầu làm tốt công tác bảo vệ chính trị nội bộ, kịp thời giải quyết đơn thư liên quan đến nhân sự, không để phần tử xấu lợi dụng tình hình để gây mất đoàn kết nội bộ."),
    ])


def page01():
    rng = random.Random("vnpt-aspx-btt-01")
    pub = T("2024-06-03 14:25")
    base = "https://tinhuybinhtrithien.vn"
    url = base + "/tin-tuc/tin-hoat-dong/tinh-uy-quan-triet-chi-thi-35-ct-tw-a17852.aspx"
    rel = heads3(rng, 6, avoid=[A1.title])
    rd = past(pub, rng, 6, 1, 40)
    hot = heads3(rng, 5, avoid=[A1.title] + rel)
    hd = past(pub, rng, 5, 0, 3)

    capr = A1.blocks[1][2]
    art = Art(A1.title, A1.lead, [b if b[0] != "img" else ("img", b[1], b[2].replace("\n", " ")) for b in A1.blocks])

    def img(s, c, n):
        a, b = capr.split("\n")
        return (f'<table class="image" align="center" border="0" cellpadding="3" cellspacing="0" style="width:90%"><tbody>'
                f'<tr><td><img alt="" src="{s}" style="width:100%" /></td></tr>'
                f'<tr><td class="image_desc" style="text-align:center">{esc(a)} <br />{esc(b)}</td></tr></tbody></table>')
    body = art.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=img)
    main = f"""<div class="article-detail"><div class="title"><span id="ctl00_cphMain_ArticleDetail1_ltlTitle" class="bullet-li">{esc(A1.title)}</span></div>
<div class="TopToolbar"><a class="back" href="javascript:history.back()">Quay lại</a> <span class="date-detail">{hm(pub)} | {dmy(pub)}</span> <a class="plusSize" href="#">A+</a><a class="minusSize" href="#">A-</a> <a class="print" href="#" onclick="window.print()">In bài</a></div>
<div class="sapo"><span id="ctl00_cphMain_ArticleDetail1_lblSummary"><strong>{esc(A1.lead)}</strong></span></div>
<div id="divDetailContent">{body}
<p style="text-align:right"><strong>Phạm Thảo, Văn phòng Tỉnh ủy</strong></p></div>
<div class="BottomToolbar"><span>Lượt xem: {rng.randint(300, 2000)}</span> <a href="#">Gửi email</a> <a href="#">Chia sẻ Zalo</a></div></div>
<div class="article-reference"><div class="title"><a id="ctl00_cphMain_ArticleDetail1_articleReference_mrcArticle" href="/tin-tuc/tin-hoat-dong.aspx">Tin tức khác</a></div>
<ul>{"".join(f'<li><a href="/tin-tuc/{slug(t)}-a{rng.randint(10000, 17800)}.aspx">{esc(t)}</a> <span class="createdDate">({dmy(d)})</span></li>' for t, d in zip(rel, rd))}</ul></div>"""
    top = (f'<div class="banner"><img src="/Images/banner-tinhuy.jpg" alt="ĐẢNG BỘ TỈNH BÌNH TRỊ THIÊN" /></div>'
           f'<div class="topbar"><span id="lblToday">Thứ Tư, ngày 05/06/2024</span> <a href="/rss.aspx">RSS</a> <a href="/sitemap.aspx">Sơ đồ site</a></div>')
    crumbs = ('<div class="box-border"><div class="nav"><h1><a class="home" href="/">Trang chủ</a> <a class="arr" href="/tin-tuc.aspx">Tin tức - Sự kiện</a> '
              '<a class="arr" href="/tin-tuc/tin-hoat-dong.aspx">Tin hoạt động</a></h1></div></div>')
    side = side_box(rng, "Tin mới cập nhật", hot, hd, lambda d: f"{hm(d)} {dmy(d)}", "hotnews") + \
        '<div class="lich-cong-tac"><h3>Lịch công tác</h3><p>Tuần 23 (03/06 - 09/06/2024)</p><a href="/lich-cong-tac.aspx">Xem chi tiết</a></div>'
    html = shell(rng, title="Tỉnh ủy Bình Trị Thiên quán triệt Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp - Đảng bộ tỉnh Bình Trị Thiên",
                 org="Tỉnh ủy", prefix="vp", kb=135, top=top, crumbs=crumbs, main=main, side=side, form=True,
                 foot_org="Cổng Thông tin điện tử Đảng bộ tỉnh Bình Trị Thiên", addr="Số 12 đường Hùng Vương, TP Huế", phone="0234.3822.516")
    return mk("vnpt_aspx_articledetail", "binhtrithien-tinhuy-time-pipe-date-table-caption-br-name-unit-foot", url, html,
              expected(art, iso(pub), author="Phạm Thảo", unit="Văn phòng Tỉnh ủy", category="Tin hoạt động"),
              {"bylines": ["Phạm Thảo, Văn phòng Tỉnh ủy"], "chrome": ["Quay lại", "In bài", "Gửi email", "Tin tức khác", "Lịch công tác"],
               "dates": ["Thứ Tư, ngày 05/06/2024", "Tuần 23 (03/06 - 09/06/2024)"], "related": rel[:3] + hot[:2]},
              "VNPT-like ASP.NET WebForms ArticleDetail user control (span#ctl00_cphMain_ArticleDetail1_ltlTitle, TopToolbar, "
              "divDetailContent, BottomToolbar, article-reference 'Tin tức khác' with '(dd/mm/yyyy)'). Time-first stamp "
              "'14:25 | 03/06/2024' in the toolbar; header clock 'Thứ Tư, ngày 05/06/2024' = save day. Bold sapo span = lead. "
              "Two-row image table with td.image_desc caption containing a <br> between the name/post and the action "
              "(expected caption joins the two lines with a space). Last right-aligned bold "
              "paragraph 'Phạm Thảo, Văn phòng Tỉnh ủy' → author + unit. Category = last crumb 'Tin hoạt động'.",
              "VNPT-like ASP.NET ArticleDetail control; time-first '14:25 | 03/06/2024' in the toolbar, header clock, bold sapo span, two-row image table caption with <br>, right bold 'Name, Unit' last paragraph, 'Tin tức khác (dd/mm/yyyy)'")


# =====================================================================
A2 = Art(
    "“Dân vận khéo” trong vận động hiến đất làm đường ở xã Phù Cừ",
    None,
    [
        ("p", "Những ngày đầu tháng 6, con đường bê tông dài hơn 2,3 km nối thôn Đông Cao với trung tâm xã Phù Cừ đã hoàn thành, thay cho lối mòn lầy lội mỗi mùa mưa. Để có con đường ấy, 47 hộ dân đã tự nguyện hiến hơn 3.600 m² đất, tháo dỡ tường rào, cổng ngõ mà không nhận tiền bồi thường."),
        ("p", "Theo đồng chí Đỗ Văn Khải, Bí thư Đảng ủy xã, bí quyết nằm ở cách làm “dân biết, dân bàn, dân làm, dân kiểm tra”. Trước khi triển khai, chi bộ thôn tổ chức 4 cuộc họp dân, công khai bản vẽ, dự toán và phần việc mỗi hộ đóng góp; cán bộ, đảng viên hiến đất trước để làm gương."),
        ("p", "<em>Người dân thôn Đông Cao tự tháo dỡ tường rào để mở rộng đường.</em>"),
        ("p", "Gia đình ông Nguyễn Văn Tiến là hộ đầu tiên ký biên bản hiến 180 m² đất vườn. Ông kể: “Đường rộng thì xe cứu thương, xe chở nông sản vào tận ngõ. Mình là đảng viên, mình không làm trước thì vận động ai”."),
        ("p", "Mô hình “Vận động nhân dân hiến đất làm đường giao thông nông thôn” của xã Phù Cừ đã được Ban Dân vận Tỉnh ủy công nhận là mô hình “Dân vận khéo” tiêu biểu năm 2023 và đang được nhân rộng ra 12 xã trong huyện."),
    ])


def page02():
    rng = random.Random("webforms-hy-02")
    pub = T("2024-06-10 08:28")
    base = "https://danvanhaihung.org.vn"
    url = base + "/Home/Detail.aspx?CatID=12&NewsID=4471"
    blocks = [b for b in A2.blocks if not b[1].startswith("<em>")]
    cap = "Người dân thôn Đông Cao tự tháo dỡ tường rào để mở rộng đường."
    blocks.insert(2, ("img", "/Upload/News/2024/06/hien-dat-dong-cao.jpg", cap))
    art = Art(A2.title, None, blocks)
    body = art.render(p=lambda t: f'<p class="MsoNormal" style="text-align:justify;text-indent:.5in"><span style="font-size:14pt;font-family:&quot;Times New Roman&quot;">{esc(t)}</span></p>',
                      img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" width="550" border="0" /></p><p style="text-align:center"><em><span style="font-size:12pt">{esc(c)}</span></em></p>')
    rel = heads3(rng, 8, avoid=[A2.title])
    rd = past(pub, rng, 8, 1, 50)
    main = f"""<div class="CatTitle">Dân vận khéo</div>
<div class="NewsDetail"><h2 class="NewsTitle"><span id="ContentPlaceHolder1_ctl00_lblTitle">{esc(A2.title)}</span></h2>
<div class="NewsInfo">Đăng ngày: {dmy(pub)} - 8:28:04 AM | Lượt xem: 1231 | <span class="NewsAuthor">Trần Thị Thanh Thủy</span></div>
<div id="ContentPlaceHolder1_ctl00_divContent" class="NewsContent">{body}</div>
<div class="NewsTool"><a href="javascript:window.print()"><img src="/images/print.gif" /> In bài viết này</a> <a href="/Home/SendMail.aspx?NewsID=4471"><img src="/images/email.gif" /> Giới thiệu bài viết cho bạn bè</a></div>
<div class="OtherNews"><div class="OtherNewsTitle">CÁC TIN, BÀI ĐÃ ĐƯA</div><ul>{"".join(f'<li><a href="/Home/Detail.aspx?CatID=12&amp;NewsID={rng.randint(3000, 4470)}">{esc(t)}</a> <span>({dmy(d)})</span></li>' for t, d in zip(rel, rd))}</ul></div></div>"""
    top = '<div class="header"><img src="/images/banner-bdv.jpg" alt="" /><div class="clock">Thứ Bảy, ngày 15 tháng 6 năm 2024 - 8:28:19 PM</div></div>'
    crumbs = '<div class="path"><a href="/">Trang chủ</a> » <a href="/Home/Cat.aspx?CatID=3">Chính trị - Xã hội</a> » <a href="/Home/Cat.aspx?CatID=12">Dân vận khéo</a></div>'
    side = side_box(rng, "Tin xem nhiều", heads3(rng, 6, avoid=[A2.title] + rel), past(pub, rng, 6, 1, 20), None, "mostview") + \
        '<div class="video"><h3>Video</h3><iframe src="https://www.youtube.com/embed/x8Kd2mN1q0A" width="280" height="160"></iframe></div>'
    html = shell(rng, title="Ban Dân vận Tỉnh ủy Hải Hưng", org="BDV", prefix="bdv", kb=120, top=top, crumbs=crumbs, main=main,
                 side=side, form=True, table_layout=True,
                 foot_org="Ban Dân vận Tỉnh ủy Hải Hưng", addr="Đường Chùa Chuông, TP Hải Dương", phone="0221.3862.019")
    return mk("webforms_table_meta_author", "haihung-bdv-dan-van-kheo-12h-seconds-meta-author-pm-clock-em-caption", url, html,
              expected(art, iso(pub), author="Trần Thị Thanh Thủy", category="Dân vận khéo"),
              {"meta": ["Lượt xem: 1231", "Đăng ngày:"], "dates": ["Thứ Bảy, ngày 15 tháng 6 năm 2024 - 8:28:19 PM"],
               "chrome": ["In bài viết này", "Giới thiệu bài viết cho bạn bè", "CÁC TIN, BÀI ĐÃ ĐƯA", "Tin xem nhiều"], "related": rel[:4]},
              "In-house ASP.NET WebForms, table layout, <title> = site name only (title from span#…lblTitle). Meta line "
              "'Đăng ngày: 10/06/2024 - 8:28:04 AM | Lượt xem: 1231 | Trần Thị Thanh Thủy' (12-hour, unpadded hour, seconds; "
              "author at the end of the meta line, no label) → 2024-06-10T08:28+07:00, author from the meta line. Header "
              "clock 'Thứ Bảy, ngày 15 tháng 6 năm 2024 - 8:28:19 PM' is the save time. Word-pasted MsoNormal paragraphs; "
              "caption = centred <em> paragraph under the image. No lead. Category: CatTitle / last crumb 'Dân vận khéo'.",
              "In-house ASP.NET WebForms table layout; <title> = site name, 'Đăng ngày: dd/mm/yyyy - h:mm:ss AM | Lượt xem | Name' meta-line author, PM header clock of another day, MsoNormal paragraphs, centred em caption, 'CÁC TIN, BÀI ĐÃ ĐƯA (date)'",
              title_visible=A2.title)


# =====================================================================
A3 = Art(
    "Hội Cựu chiến binh huyện Lương Sơn giúp hội viên thoát nghèo",
    "Những năm qua, Hội Cựu chiến binh huyện Lương Sơn đã có nhiều cách làm sáng tạo, giúp hàng trăm hội viên vươn lên thoát nghèo, trở thành điểm tựa tin cậy của cấp ủy, chính quyền cơ sở.",
    [
        ("p", "Hiện toàn huyện có 3.214 hội viên cựu chiến binh sinh hoạt ở 22 cơ sở hội. Từ nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội, Hội đang quản lý 41 tổ tiết kiệm và vay vốn với tổng dư nợ gần 96 tỷ đồng, không có nợ quá hạn."),
        ("img", "/uploads/news/2024_06/ccb-luong-son-trang-trai.jpg", "Mô hình chăn nuôi bò sinh sản của hội viên Bùi Văn Thắng, xã Cao Dương"),
        ("p", "Ngoài hỗ trợ vốn, các cấp hội còn tổ chức 36 lớp tập huấn chuyển giao kỹ thuật chăn nuôi, trồng trọt cho gần 2.000 lượt hội viên. Nhiều mô hình trang trại, gia trại của cựu chiến binh cho thu nhập từ 300 đến 500 triệu đồng mỗi năm, tạo việc làm cho hàng chục lao động địa phương."),
        ("p", "Phong trào “Cựu chiến binh giúp nhau giảm nghèo” được duy trì thường xuyên; từ năm 2020 đến nay, hội viên đã giúp nhau hơn 1,8 tỷ đồng, hàng nghìn ngày công, cây giống, con giống. Nhờ đó, đã có 117 hộ hội viên thoát nghèo, tỷ lệ hộ nghèo trong hội viên còn 1,2%."),
        ("p", "Ông Nguyễn Đình Hòa, Chủ tịch Hội Cựu chiến binh huyện cho biết, thời gian tới Hội tiếp tục phối hợp với các ngân hàng tạo điều kiện cho hội viên tiếp cận vốn, nhân rộng các mô hình kinh tế hiệu quả, phấn đấu đến năm 2025 không còn hộ hội viên nghèo."),
    ])


def page03():
    rng = random.Random("nukeviet3-ccb-03")
    pub = T("2024-06-10 15:30")
    base = "https://ccbhoabinh.org.vn"
    url = base + "/index.php?language=vi&nv=news&op=Hoat-dong-cac-cap-Hoi/Hoi-Cuu-chien-binh-huyen-Luong-Son-giup-hoi-vien-thoat-ngheo-1287"
    newer, older = heads3(rng, 4, avoid=[A3.title]), heads3(rng, 5, avoid=[A3.title])
    nd, od = past(T("2024-06-20 10:00"), rng, 4, 1, 9), past(pub, rng, 5, 1, 30)
    imgb = A3.blocks[1]
    blocks = [b for b in A3.blocks if b[0] != "img"]
    art = Art(A3.title, A3.lead, blocks)
    main = f"""<div class="box-border-shadow m-bottom content-box"><div class="detail">
<h1>{esc(A3.title)}</h1>
<div class="time">Thứ hai, 10/06/2024, 15:30 GMT+7</div>
<div class="clear">
<div id="imghome" class="fl"><a href="{imgb[1]}" title="{esc(imgb[2], True)}" rel="shadowbox"><img alt="{esc(imgb[2], True)}" src="{imgb[1].replace('news/', 'news/thumb/')}" width="200" /></a><p><em>{esc(imgb[2])}</em></p></div>
<div class="hometext">{esc(A3.lead)}</div>
<div class="clear"></div>
<div class="bodytext">{"".join(f"<p>{esc(p)}</p>" for p in art.pars)}</div>
<div class="copyright"><p class="h5" style="text-align:right"><strong>Tác giả: </strong>Bùi Thị Nga</p><p class="h5" style="text-align:right"><strong>Nguồn tin: </strong>Hội CCB huyện Lương Sơn</p></div>
<div class="control"><ul><li><a class="sendmail" href="#">Gửi bài viết</a></li><li><a class="print" href="#">In ra</a></li><li><a class="savefile" href="#">Lưu bài viết này</a></li></ul></div>
<div class="rating">Đánh giá bài viết: <span class="star">★★★★☆</span> Tổng số điểm là: 4.5 - 8 phiếu bầu</div></div></div>
<div class="box-border content-box"><div class="other-news"><h4>Những tin mới hơn</h4><ul>{"".join(f'<li><a href="/news/{slug(t)}-{rng.randint(1288, 1400)}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(newer, nd))}</ul>
<h4>Những tin cũ hơn</h4><ul>{"".join(f'<li><a href="/news/{slug(t)}-{rng.randint(1000, 1286)}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(older, od))}</ul></div></div>"""
    top = '<div id="header"><div class="logo"><a href="/"><img src="/themes/ccb/images/logo.png" alt="Hội Cựu chiến binh tỉnh Hòa Bình" /></a></div><div class="topmenu">Hôm nay, 20/06/2024 | <a href="/users/">Đăng nhập</a></div></div>'
    crumbs = '<div class="breadcrumbs"><a href="/" title="Trang nhất">Trang nhất</a> » <a href="/news/">Tin Tức</a> » <a href="/news/Hoat-dong-cac-cap-Hoi/">Hoạt động các cấp Hội</a></div>'
    side = side_box(rng, "Tin mới nhất", heads3(rng, 6, avoid=[A3.title] + newer + older), past(pub, rng, 6), dmy, "block_news") + \
        '<div class="block_poll"><h3>Thăm dò ý kiến</h3><p>Bạn biết đến website qua đâu?</p><label><input type="radio" name="poll"/> Qua báo chí</label><label><input type="radio" name="poll"/> Qua bạn bè</label></div>'
    html = shell(rng, title=A3.title + " - Hoạt động các cấp Hội - Hội Cựu chiến binh tỉnh Hòa Bình", org="CCB", prefix="nv3", kb=105,
                 top=top, crumbs=crumbs, main=main, side=side,
                 foot_org="Hội Cựu chiến binh tỉnh Hòa Bình", addr="Số 5 đường Trần Hưng Đạo, TP Hòa Bình", phone="0218.3852.147",
                 head_extra='<meta name="generator" content="NukeViet v3.4" />')
    return mk("nukeviet3_news", "hoabinh-ccb-gmt7-weekday-comma-tac-gia-nguon-tin-float-image-em", url, html,
              expected(art, iso(pub), author="Bùi Thị Nga", captions=[imgb[2]], category="Hoạt động các cấp Hội"),
              {"bylines": ["Tác giả:", "Nguồn tin:", "Hội CCB huyện Lương Sơn"], "chrome": ["Gửi bài viết", "Lưu bài viết này", "Những tin mới hơn", "Những tin cũ hơn", "Đánh giá bài viết", "Thăm dò ý kiến"],
               "dates": ["Hôm nay, 20/06/2024"], "related": newer[:2] + older[:2]},
              "NukeViet 3 news detail (generator meta): 'Thứ hai, 10/06/2024, 15:30 GMT+7' → 15:30. Floated home image "
              "(#imghome) with an em caption BEFORE the hometext; hometext = lead. Right-aligned p.h5 'Tác giả: Bùi Thị "
              "Nga' → author; 'Nguồn tin: Hội CCB huyện Lương Sơn' is a source line → unit null. 'Những tin mới hơn' lists "
              "dates AFTER the article (20/06). Category = last crumb 'Hoạt động các cấp Hội'.",
              "NukeViet 3 detail; 'Thứ hai, dd/mm/yyyy, HH:MM GMT+7', floated home image + em caption before the hometext lead, right p.h5 'Tác giả:' + 'Nguồn tin:' (source, not unit), newer/older lists with later dates, rating")


# =====================================================================
A4 = Art(
    "Huyện ủy Tam Nông kiểm tra công tác lãnh đạo phát triển đảng viên tại Đảng bộ xã Hưng Hóa",
    "Ngày 10/6, Đoàn kiểm tra số 3 của Ban Thường vụ Huyện ủy Tam Nông do đồng chí Trần Thị Hiền, Phó Bí thư Thường trực Huyện ủy làm trưởng đoàn đã làm việc với Đảng ủy xã Hưng Hóa về công tác phát triển đảng viên giai đoạn 2021 - 2024.",
    [
        ("p", "Báo cáo với đoàn kiểm tra, Đảng ủy xã Hưng Hóa cho biết, từ đầu nhiệm kỳ đến nay, Đảng bộ đã kết nạp được 38 đảng viên mới, đạt 126% chỉ tiêu Nghị quyết đại hội; trong đó có 21 đoàn viên thanh niên, 4 người là chủ doanh nghiệp, chủ trang trại."),
        ("p", "Đảng ủy xã đã giao chỉ tiêu tạo nguồn cụ thể cho từng chi bộ, gắn trách nhiệm của bí thư chi bộ với kết quả phát triển đảng viên; 100% quần chúng ưu tú được cử đi học lớp nhận thức về Đảng trước khi xem xét kết nạp."),
        ("img", "/images/2024/06/kiem-tra-hung-hoa.jpg", "Đoàn kiểm tra làm việc với Đảng ủy xã Hưng Hóa"),
        ("p", "Tuy nhiên, việc phát triển đảng viên ở các chi bộ khu dân cư xa trung tâm còn khó khăn; nguồn kết nạp là thanh niên còn ít do nhiều người đi làm ăn xa; một số hồ sơ kết nạp còn sai sót về thủ tục."),
        ("p", "Kết luận buổi làm việc, đồng chí Trần Thị Hiền ghi nhận kết quả Đảng bộ xã đạt được, đồng thời đề nghị Đảng ủy chú trọng chất lượng hơn số lượng, quan tâm tạo nguồn từ lực lượng thanh niên hoàn thành nghĩa vụ quân sự trở về địa phương và người lao động trong các doanh nghiệp."),
    ])


def page04():
    rng = random.Random("joomla25-tamnong-04")
    pub = T("2024-06-11 09:15")
    base = "https://tamnong.vinhphu.gov.vn"
    url = base + "/index.php/tin-tuc/xay-dung-dang/1932-huyen-uy-tam-nong-kiem-tra-cong-tac-phat-trien-dang-vien"
    body = A4.render(p=lambda t: f"<p>{esc(t)}</p>",
                     img=lambda s, c, n: f'<p style="text-align: center;"><img src="{s}" alt="{esc(c, True)}" width="600" height="400" /><br /><span style="font-size: 10pt;"><em>{esc(c)}</em></span></p>')
    rel = heads3(rng, 5, avoid=[A4.title])
    main = f"""<div class="item-page">
<h2><a href="{url}">{esc(A4.title)}</a></h2>
<ul class="actions"><li class="print-icon"><a href="#" title="In" rel="nofollow"><img src="/media/system/images/printButton.png" alt="In" /></a></li><li class="email-icon"><a href="#" title="Email"><img src="/media/system/images/emailButton.png" alt="Email" /></a></li></ul>
<dl class="article-info"><dt class="article-info-term">Chi tiết</dt>
<dd class="category-name">Chuyên mục: <a href="/index.php/tin-tuc/xay-dung-dang">Xây dựng Đảng</a></dd>
<dd class="published">Được đăng ngày Thứ ba, 11 Tháng 6 2024 09:15</dd>
<dd class="createdby">Viết bởi Ban biên tập</dd>
<dd class="hits">Lượt xem: 312</dd></dl>
<p><strong>{esc(A4.lead)}</strong></p>
{body}
<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Hải (CTV)</strong></p>
<ul class="pagenav"><li class="pagenav-prev"><a href="#" rel="prev">&lt; Trước</a></li><li class="pagenav-next"><a href="#" rel="next">Tiếp theo &gt;</a></li></ul>
</div>
<div class="moduletable"><h3>Các tin khác</h3><ul class="relateditems">{"".join(f'<li><a href="/index.php/tin-tuc/{rng.randint(1800, 1931)}-{slug(t)}">{esc(t)}</a></li>' for t in rel)}</ul></div>"""
    top = '<div id="header"><div class="logo"><img src="/templates/tamnong/images/header.jpg" alt="Cổng thông tin điện tử huyện Tam Nông" /></div><div id="date-time">Thứ năm, 13 Tháng 6 2024</div></div>'
    crumbs = '<div class="breadcrumbs"><span class="showHere">Bạn đang ở: </span><a href="/" class="pathway">Trang chủ</a> <img src="/templates/tamnong/images/arrow.png" alt="" /> <a href="/index.php/tin-tuc" class="pathway">Tin tức</a> <img src="/templates/tamnong/images/arrow.png" alt="" /> <a href="/index.php/tin-tuc/xay-dung-dang" class="pathway">Xây dựng Đảng</a> <img src="/templates/tamnong/images/arrow.png" alt="" /> <span>Huyện ủy Tam Nông kiểm tra công tác lãnh đạo phát triển đảng viên tại Đảng bộ xã Hưng Hóa</span></div>'
    side = side_box(rng, "Tin mới", heads3(rng, 6, avoid=[A4.title] + rel), past(pub, rng, 6), None, "latestnews") + \
        f'<div class="moduletable"><h3>Thống kê truy cập</h3><ul>{"".join(f"<li>{x}</li>" for x in ["Hôm nay: 214", "Tuần này: 1.902", "Tất cả: 884.150"])}</ul></div>'
    html = shell(rng, title="Huyện ủy Tam Nông kiểm tra công tác lãnh đạo phát triển đảng viên tại Đảng bộ xã Hưng Hóa", org="Tam Nông",
                 prefix="j25", kb=100, top=top, crumbs=crumbs, main=main, side=side,
                 foot_org="Cổng thông tin điện tử huyện Tam Nông", addr="Khu 5, thị trấn Hưng Hóa, huyện Tam Nông", phone="0210.3879.201",
                 head_extra='<meta name="generator" content="Joomla! - Open Source Content Management" />')
    return mk("joomla25_district", "vinhphu-tamnong-chi-tiet-thang-no-pad-viet-boi-bbt-tin-anh-ctv", url, html,
              expected(A4, iso(pub), author="Nguyễn Hải", photographer="Nguyễn Hải", category="Xây dựng Đảng"),
              {"bylines": ["Tin, ảnh: Nguyễn Hải (CTV)", "Viết bởi Ban biên tập"], "meta": ["Lượt xem: 312", "Chi tiết"],
               "dates": ["Thứ năm, 13 Tháng 6 2024"], "chrome": ["Các tin khác", "Tiếp theo >", "Thống kê truy cập"], "related": rel[:3]},
              "Joomla 2.5 com_content article of a district portal: 'Được đăng ngày Thứ ba, 11 Tháng 6 2024 09:15' (month word "
              "'Tháng 6', no zero pad) → 09:15; header clock 'Thứ năm, 13 Tháng 6 2024' same format (save day). 'Viết bởi Ban "
              "biên tập' = created_by account/editorial board → not author. Foot 'Tin, ảnh: Nguyễn Hải (CTV)' → author = "
              "photographer 'Nguyễn Hải' ('(CTV)' = collaborator status, dropped as in set 5). Bold first paragraph = lead. "
              "Caption = em span after <br> in the image paragraph. Pathway ends in the title → category from the category "
              "field / crumb before: 'Xây dựng Đảng'.",
              "Joomla 2.5 district article; 'Được đăng ngày Thứ ba, 11 Tháng 6 2024 09:15', same-format header clock, 'Viết bởi Ban biên tập' account, 'Tin, ảnh: X (CTV)' foot credit, caption after <br> inside the image paragraph, pathway ending in the title")


# =====================================================================
A5 = Art(
    "Bảo Lộc: Kết nạp 24 đảng viên là học sinh, sinh viên trong năm học 2023 - 2024",
    "Năm học 2023 - 2024, các tổ chức cơ sở đảng trong khối giáo dục thành phố Bảo Lộc đã kết nạp 24 đảng viên là học sinh trung học phổ thông và sinh viên, tăng 9 đảng viên so với năm học trước.",
    [
        ("p", "Để tạo nguồn, Thành ủy Bảo Lộc chỉ đạo các chi bộ trường học gắn công tác phát triển đảng viên với phong trào thi đua “Dạy tốt, học tốt”, giao đảng viên là giáo viên trực tiếp theo dõi, giúp đỡ học sinh ưu tú từ lớp 10."),
        ("p", "Chi bộ Trường THPT Lộc Thanh là đơn vị dẫn đầu với 7 học sinh được kết nạp. Em Phạm Ngọc Hân, lớp 12A1, đảng viên mới, chia sẻ: “Được đứng vào hàng ngũ của Đảng khi còn ngồi trên ghế nhà trường là niềm tự hào, cũng là trách nhiệm để em tiếp tục phấn đấu”."),
        ("img", "/Data/upload/images/ket-nap-hoc-sinh-loc-thanh.jpg", "Lễ kết nạp đảng viên cho học sinh Trường THPT Lộc Thanh"),
        ("p", "Bên cạnh kết quả đạt được, số học sinh ưu tú đủ 18 tuổi tại thời điểm kết nạp không nhiều, thời gian thử thách ngắn trước khi các em rời trường khiến việc chuyển sinh hoạt đảng gặp khó khăn."),
        ("p", "Thành ủy Bảo Lộc yêu cầu các chi bộ trường học phối hợp chặt chẽ với gia đình và cấp ủy nơi cư trú, bảo đảm đảng viên là học sinh sau khi ra trường được tiếp tục theo dõi, giúp đỡ."),
    ])


def page05():
    rng = random.Random("cmsttv-baoloc-05")
    pub = T("2024-06-13 09:41")
    base = "https://thanhuybaoloc.tuyenduc.vn"
    url = base + "/cms/index.php?module=news&view=detail&id=8812"
    other = heads3(rng, 8, avoid=[A5.title])
    od = past(pub, rng, 8, 1, 25)
    imgb = A5.blocks[2]
    paras = [b for b in A5.blocks if b[0] == "p"]
    art = Art(A5.title, A5.lead, A5.blocks)
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="chu_de"><a href="/cms/index.php?module=news&amp;cat=5">XÂY DỰNG ĐẢNG</a></td></tr>
<tr><td><a class="tieu_de_tin" href="{url}">{esc(A5.title)}</a></td></tr>
<tr><td class="ngay_dang">{hm(pub)} {dmy(pub)}</td></tr>
<tr><td><span class="story_teaser">{esc(A5.lead)}</span></td></tr>
<tr><td><div style="text-align:justify">{"".join(f"<p>{esc(b[1])}</p>" for b in paras[:2])}
<table align="left" border="0" cellpadding="2" cellspacing="0" width="260"><tr><td><img src="{imgb[1]}" width="256" /></td></tr><tr><td><span class="image_desc">{esc(imgb[2])}</span></td></tr></table>
{"".join(f"<p>{esc(b[1])}</p>" for b in paras[2:])}
<p align="right"><b>Huỳnh Phong - Hùng Anh</b></p></div></td></tr>
<tr><td class="tool"><a href="#">[In trang]</a> <a href="#">[Gửi bạn bè]</a> <a href="#">[Về đầu trang]</a></td></tr></table>
<div class="tinkhac"><font face="Arial" size="2"><div class="khung_tinkhac"><b>Các tin khác:</b><br />{"".join(f'<img src="/cms/images/bullet.gif" /> <a href="/cms/index.php?module=news&amp;view=detail&amp;id={rng.randint(8000, 8811)}">{esc(t)}</a> <font color="#888888">({hm(d)} {dmy(d)})</font><br />' for t, d in zip(other, od))}</div></div>"""
    top = '<table width="100%"><tr><td><img src="/cms/images/banner_thanhuy.jpg" width="1000" height="150" /></td></tr><tr><td class="marquee"><marquee scrollamount="3">Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024) * Thi đua lập thành tích chào mừng Đại hội Đảng bộ các cấp</marquee></td></tr></table>'
    side = side_box(rng, "Tin đọc nhiều", heads3(rng, 6, avoid=[A5.title] + other), past(pub, rng, 6), None, "docnhieu")
    html = shell(rng, title="Thành ủy Bảo Lộc", org="TU", prefix="ttv", kb=90, top=top, crumbs="", main=main, side=side, table_layout=True,
                 foot_org="Thành ủy Bảo Lộc", addr="Số 2 đường Hồng Bàng, TP Bảo Lộc", phone="0263.3864.112")
    return mk("cms_ttv_table_era", "tuyenduc-baoloc-tieu-de-tin-story-teaser-image-desc-two-names-tinkhac-times", url, html,
              expected(art, iso(pub), author="Huỳnh Phong, Hùng Anh", category="XÂY DỰNG ĐẢNG"),
              {"bylines": ["Huỳnh Phong - Hùng Anh"], "chrome": ["[In trang]", "[Gửi bạn bè]", "Các tin khác:", "Tin đọc nhiều"],
               "ticker": ["Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng"], "related": other[:4]},
              "Table-era PHP CMS (CMS.TTV style): title in a.tieu_de_tin inside a table cell (<title> = site name), time-first "
              "'09:41 13/06/2024', span.story_teaser lead, left-aligned image table with span.image_desc caption in the middle "
              "of the text, bold right 'Huỳnh Phong - Hùng Anh' → 'Huỳnh Phong, Hùng Anh'. Marquee ticker with anniversary dates. "
              "Category = topic cell 'XÂY DỰNG ĐẢNG' (typed upper case, no crumb). 'Các tin khác' entries carry times "
              "'(HH:MM dd/mm/yyyy)' in the same format as the article stamp.",
              "Table-era PHP CMS.TTV; a.tieu_de_tin title, <title> = site name, time-first 'HH:MM dd/mm/yyyy', span.story_teaser lead, floated image table + span.image_desc, 'A - B' bold foot byline, marquee with dates, 'Các tin khác' with same-format times",
              title_visible=A5.title)


# =====================================================================
A6 = Art(
    "Lan tỏa những tấm gương bình dị học tập và làm theo Bác ở Sìn Chải",
    "Từ những việc làm nhỏ, cụ thể, nhiều cán bộ, đảng viên và người dân huyện Sìn Chải đã trở thành những tấm gương sáng trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    [
        ("h", "Người thầy “cõng chữ” lên bản"),
        ("p", "Hơn 15 năm gắn bó với điểm trường bản Nậm Cười, thầy giáo Lò Văn Thương đã vận động hàng trăm học sinh người Mông trở lại lớp. Mỗi chiều thứ Bảy, thầy lại đi bộ gần 10 km đến từng nhà để nhắc nhở, động viên các em đi học đều."),
        ("p", "Thầy Thương còn tự bỏ tiền mua sách vở, quần áo ấm cho học sinh có hoàn cảnh khó khăn và mở lớp xóa mù chữ buổi tối cho phụ nữ trong bản."),
        ("h", "Nữ trưởng bản đi đầu làm kinh tế"),
        ("p", "Chị Tao Thị Pằn, trưởng bản Phìn Hồ, là người đầu tiên trong bản đưa giống chè Shan tuyết vào trồng tập trung. Từ 2 ha ban đầu, đến nay bản đã có 36 ha chè, thu nhập bình quân mỗi hộ tăng gấp ba lần so với trước."),
        ("p", "Theo Ban Tuyên giáo Huyện ủy, từ năm 2021 đến nay, huyện đã biểu dương 148 tập thể, cá nhân điển hình trong học tập và làm theo Bác; nhiều tấm gương được giới thiệu trên sóng truyền thanh, trang thông tin điện tử của huyện để nhân rộng."),
    ])


def page06():
    rng = random.Random("cema-sinho-06")
    pub = T("2024-06-13 10:12")
    base = "https://btgsinchai.laichau.gov.vn"
    url = base + "/Home/NewsDetail.aspx?id=3318&cat=hoc-tap-va-lam-theo-bac"
    rel = heads3(rng, 6, avoid=[A6.title])
    rd = past(pub, rng, 6, 2, 60)
    body = A6.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', h=lambda t: f'<p style="text-align:justify"><b><i>{esc(t)}</i></b></p>')
    main = f"""<div class="news-detail">
<h1 id="BodyContent_ctl00_ctl01_newsTitle" class="title-news">{esc(A6.title)}</h1>
<div class="date-news"><span id="BodyContent_ctl00_ctl01_lblDate">Thứ năm, 13/06/2024 - 10:12</span></div>
<div id="BodyContent_ctl00_ctl01_newsContent" class="sapo-news"><b>{esc(A6.lead)}</b></div>
<div id="divNewsDetails">{body}</div>
<div class="tacgia"><span id="BodyContent_ctl00_ctl02_lblTacGia">ThS. Lý Thị Mai</span></div>
<div class="nguon"><span id="BodyContent_ctl00_ctl02_lblNguonThongTin">Nguồn: Ban Tuyên giáo Huyện ủy Sìn Chải</span></div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">In bài</a></div>
<div class="lienquan"><h3>Tin liên quan</h3><ul>{"".join(f'<li><a href="/Home/NewsDetail.aspx?id={rng.randint(3000, 3317)}">{esc(t)}</a> <i>(Ngày {dmy(d)})</i></li>' for t, d in zip(rel, rd))}</ul></div></div>"""
    top = '<div class="hd"><img src="/Images/logo-btg.png" alt="Ban Tuyên giáo Huyện ủy Sìn Chải" /><span class="hd-name">BAN TUYÊN GIÁO HUYỆN ỦY SÌN HỒ</span></div>'
    crumbs = '<div class="crumb"><a href="/">Trang chủ</a> &gt; <a href="/Home/News.aspx?cat=hoc-tap-va-lam-theo-bac">Học tập và làm theo Bác</a></div>'
    side = side_box(rng, "Chuyên đề", ["Bảo vệ nền tảng tư tưởng của Đảng", "Học tập và làm theo Bác", "Chuyển đổi số", "Đại hội Đảng các cấp"], past(pub, rng, 4), None, "chuyende") + \
        '<div class="lienket"><h3>Liên kết website</h3><select><option>-- Chọn liên kết --</option><option>Báo Lai Châu</option><option>Tỉnh ủy Lai Châu</option></select></div>'
    html = shell(rng, title="Lan tỏa những tấm gương bình dị học tập và làm theo Bác ở Sìn Chải", org="BTG", prefix="cm", kb=95,
                 top=top, crumbs=crumbs, main=main, side=side, form=True,
                 foot_org="Ban Tuyên giáo Huyện ủy Sìn Chải", addr="Thị trấn Sìn Chải, huyện Sìn Chải", phone="0213.3870.225")
    return mk("cema_style_aspx", "laichau-sinchai-btg-lbldate-dash-bold-italic-subheads-degree-author-nguon", url, html,
              expected(A6, iso(pub), author="ThS. Lý Thị Mai", category="Học tập và làm theo Bác"),
              {"bylines": ["Nguồn: Ban Tuyên giáo Huyện ủy Sìn Chải"], "chrome": ["Tin liên quan", "Liên kết website", "Chuyên đề"],
               "related": rel[:3]},
              "ASP.NET with cema-style control ids (BodyContent_ctl00_ctl01_newsTitle / lblDate / newsContent; ctl02 "
              "lblTacGia / lblNguonThongTin; div#divNewsDetails). 'Thứ năm, 13/06/2024 - 10:12' → 10:12. Sapo div = lead. Two "
              "bold-italic sub-heads = body. Unlabelled author span 'ThS. Lý Thị Mai' (degree kept). 'Nguồn: Ban Tuyên giáo "
              "Huyện ủy Sìn Chải' is a source line → unit null, although it is the site owner. Related '(Ngày dd/mm/yyyy)'.",
              "ASP.NET cema-style ids (lblDate/newsContent/lblTacGia/lblNguonThongTin); 'Thứ năm, dd/mm/yyyy - HH:MM', bold-italic sub-heads, unlabelled degree author span, 'Nguồn:' = site owner (not unit), '(Ngày …)' related")


# =====================================================================
A7 = Art(
    "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm",
    None,
    [
        ("p", "Chiều 14-6, Ủy ban Kiểm tra Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh tổ chức hội nghị sơ kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024."),
        ("p", "6 tháng đầu năm, cấp ủy, ủy ban kiểm tra các cấp trong Đảng bộ Khối đã kiểm tra 27 tổ chức đảng và 64 đảng viên, giám sát chuyên đề 19 tổ chức đảng và 41 đảng viên. Qua kiểm tra, giám sát đã kịp thời nhắc nhở, chấn chỉnh những hạn chế trong thực hiện quy chế làm việc, quản lý tài chính đảng."),
        ("img", "/Portals/0/2024/06/so-ket-ubkt-khoi.jpg", "Đồng chí Hoàng Văn Dũng, Phó Bí thư, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối\nphát biểu tại hội nghị"),
        ("p", "Ủy ban Kiểm tra Đảng ủy Khối đã tiếp nhận 3 đơn thư tố cáo, giải quyết xong 2 đơn; thi hành kỷ luật 2 đảng viên bằng hình thức khiển trách. Việc thu, nộp đảng phí cơ bản đúng quy định."),
        ("p", "Hội nghị đề ra 6 nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó tập trung giám sát việc chuẩn bị đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2030; kiểm tra khi có dấu hiệu vi phạm đối với tổ chức đảng, đảng viên ở những lĩnh vực nhạy cảm, dễ phát sinh tiêu cực."),
    ])


def page07():
    rng = random.Random("duk-langson-07")
    pub = T("2024-06-14 16:15")
    base = "https://dukcqdn.caolang.gov.vn"
    url = base + "/tin-tuc/hoat-dong-cua-cac-to-chuc-dang-co-so/a1044.html"
    rel = heads3(rng, 7, avoid=[A7.title])
    rd = past(pub, rng, 7, 1, 30)
    cap_flat = A7.blocks[2][2].replace("\n", " ")
    blocks = [b if b[0] != "img" else ("img", b[1], cap_flat) for b in A7.blocks]
    art = Art(A7.title, None, blocks)
    a, b = A7.blocks[2][2].split("\n")
    body = art.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>',
                      img=lambda s, c, n: f'<figure class="image"><img src="{s}" alt="" /><figcaption>{esc(a)}<br />{esc(b)}</figcaption></figure>')
    main = f"""<div class="cat-label"><a href="/tin-tuc/hoat-dong-cua-cac-to-chuc-dang-co-so.html">Hoạt động của các tổ chức Đảng cơ sở</a></div>
<h2 class="post-title">{esc(A7.title)}</h2>
<div class="post-date"><i class="fa fa-calendar"></i> 14-06-2024 16:15</div>
<div class="post-content">{body}
<p style="text-align:justify"><strong>Nông Thị Huyền, UBKT Đảng ủy Khối</strong></p></div>
<div class="post-related"><h4>Tin liên quan</h4><ul>{"".join(f'<li><a href="/tin-tuc/a{rng.randint(900, 1043)}.html">{esc(t)}</a> <span>{d.strftime("%d-%m-%Y")}</span></li>' for t, d in zip(rel, rd))}</ul></div>"""
    top = '<div class="top-header"><span class="today">14-06-2024</span><img src="/Images/banner-duk.png" alt="ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH CAO LẠNG" /></div>'
    side = side_box(rng, "Văn bản mới", ["Kế hoạch số 112-KH/ĐUK về đại hội chi bộ", "Hướng dẫn số 07-HD/UBKT về kiểm tra tài chính đảng", "Thông báo số 45-TB/ĐUK"], past(pub, rng, 3), lambda d: d.strftime("%d-%m-%Y"), "vanban")
    html = shell(rng, title="Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm", org="DUK",
                 prefix="duk", kb=110, top=top, crumbs="", main=main, side=side, form=True,
                 foot_org="Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Cao Lạng", addr="Số 9 phố Hoàng Đình Giong, TP Cao Bằng", phone="0206.3852.306")
    return mk("webforms_duk_dashdate", "caolang-dukcqdn-ubkt-dash-date-no-lead-figcaption-br-abbrev-unit", url, html,
              expected(art, iso(pub), author="Nông Thị Huyền", unit="UBKT Đảng ủy Khối", category="Hoạt động của các tổ chức Đảng cơ sở"),
              {"bylines": ["Nông Thị Huyền, UBKT Đảng ủy Khối"], "chrome": ["Tin liên quan", "Văn bản mới"],
               "dates": ["Kế hoạch số 112-KH/ĐUK"], "related": rel[:3]},
              "ASP.NET WebForms Đảng ủy Khối portal (duk.langson skeleton): category label above the title (no crumb), "
              "'14-06-2024 16:15' dashed stamp (header 'today' shows the same day, no time). No lead: the first paragraph "
              "'Chiều 14-6, …' is ordinary body (no sapo styling). figcaption with a <br> between the name/post line and the "
              "action (expected caption joins with a space). Last bold paragraph 'Nông Thị Huyền, UBKT Đảng ủy Khối' → author "
              "+ unit (abbreviated unit kept as printed). Related list with dashed dates.",
              "ASP.NET Đảng ủy Khối portal; category label above title, dashed 'dd-mm-yyyy HH:MM', no lead, figcaption split by <br>, bold last paragraph 'Name, abbreviated unit', dashed related dates")


PAGES = [page01, page02, page03, page04, page05, page06, page07]
