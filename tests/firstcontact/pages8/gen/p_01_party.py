"""Party / agency portals (1): VNPT ePortal v3, SharePoint 2013 (Viettel-built), FPT Java portlet, CMC portal with
pagination, Tandan eGov."""
import random

from .common import Art, T, iso, isod, dmy, hm, esc, slug, expected, heads3, past
from .shell import shell, side_box
from .kit import mk, rel, share

# =====================================================================
A1 = Art(
    "Huyện ủy Đầm Dơi bồi dưỡng lý luận chính trị cho 86 quần chúng ưu tú",
    "Ngày 1/7, Trung tâm Chính trị huyện Đầm Dơi phối hợp với Ban Tổ chức Huyện ủy khai giảng lớp bồi dưỡng nhận thức về Đảng cho 86 quần chúng ưu tú là đoàn viên, hội viên các xã, thị trấn.",
    [
        ("p", "Trong 5 ngày, học viên được nghiên cứu 6 chuyên đề về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, lịch sử Đảng Cộng sản Việt Nam, Điều lệ Đảng và nhiệm vụ của người đảng viên."),
        ("img", "/Uploads/images/2024/7/2/khai-giang-lop-nhan-thuc-ve-dang.jpg", "Quang cảnh lễ khai giảng lớp bồi dưỡng nhận thức về Đảng khóa II năm 2024"),
        ("p", "Phát biểu khai giảng, đồng chí Trần Hoàng Phúc, Phó Bí thư Thường trực Huyện ủy đề nghị học viên nghiêm túc chấp hành nội quy, tích cực thảo luận, liên hệ thực tiễn ở địa phương, cơ quan, đơn vị."),
        ("p", "Kết thúc khóa học, học viên làm bài thu hoạch; những người đạt yêu cầu được cấp giấy chứng nhận, là căn cứ để chi bộ xem xét, đề nghị kết nạp vào Đảng trong năm 2024."),
        ("p", "Từ đầu năm đến nay, Trung tâm Chính trị huyện đã mở 14 lớp bồi dưỡng với hơn 1.100 lượt học viên, đạt 58% kế hoạch năm."),
    ])


def page01():
    rng = random.Random("set8-vnpt-minhhai-01")
    pub = T("2024-07-02 07:45")
    url = "https://damdoi.minhhai.dcs.vn/tin-tuc/Pages/hoat-dong-co-so.aspx?ItemID=8821"
    rl = heads3(rng, 7, avoid=[A1.title])
    rd = past(pub, rng, 7, 1, 30)
    body = A1.render(p=lambda t: f'<p style="text-align:justify;">{esc(t)}</p>',
                     img=lambda s, c, n: f'<p style="text-align:center;"><img class="lazy" src="/Images/loading.gif" data-original="{s}" alt="" style="width:600px;" /></p><p class="pCaption" style="text-align:center;">{esc(c)}</p>')
    main = f"""<div class="ArticleInMenu"><div class="ArticleHeader"><h2 class="Title">{esc(A1.title)}</h2>
<div class="PostDate"><span class="ngaydang">Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span class="luotxem">Lượt xem: 523</span></div></div>
<div class="ArticleSummary"><em>{esc(A1.lead)}</em></div>
<div class="ArticleContent">{body}</div>
<div class="author" style="text-align:right;font-weight:bold">Nguyễn Văn Lực<br /><em style="font-weight:normal">Trung tâm Chính trị huyện Đầm Dơi</em></div>
{share("ArticleTool")}
{rel(rng, rl, rd, lambda d: f"({dmy(d)})", href="/tin-tuc/Pages/hoat-dong-co-so.aspx?ItemID={n}", cls="OtherArticle", head="Các tin khác")}</div>"""
    top = '<div class="vnpt-top"><div class="clock">Thứ Năm, 04/07/2024</div><img src="/PublishingImages/banner-damdoi.png" alt="HUYỆN ỦY ĐẦM DƠI" /></div>'
    crumbs = '<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <span>Hoạt động cơ sở</span></div>'
    side = side_box(rng, "Tin nổi bật", heads3(rng, 5, avoid=[A1.title] + rl), past(pub, rng, 5, 0, 4), lambda d: f"{dmy(d)} {hm(d)}", "noibat")
    html = shell(rng, title=A1.title, org="HU", prefix="vnp", kb=140, top=top, crumbs=crumbs, main=main, side=side, form=True,
                 foot_org="Trang thông tin điện tử Huyện ủy Đầm Dơi", addr="Khóm 4, thị trấn Đầm Dơi, tỉnh Minh Hải", phone="0290.3855.112",
                 head_extra='<meta name="copyright" content="VNPT" />')
    return mk("vnpt_eportal_pages_itemid", "minhhai-damdoi-ngay-dang-time-luot-xem-lazy-pcaption-name-br-unit", url, html,
              expected(A1, iso(pub), author="Nguyễn Văn Lực", unit="Trung tâm Chính trị huyện Đầm Dơi", category="Hoạt động cơ sở"),
              {"meta": ["Lượt xem: 523"], "dates": ["Thứ Năm, 04/07/2024"], "chrome": ["Các tin khác", "Tin nổi bật", "In bài"],
               "bylines": ["Nguyễn Văn Lực"], "related": rl[:3]},
              "VNPT ePortal (SharePoint-style /Pages/…aspx?ItemID=). 'Ngày đăng: 02/07/2024 07:45 | Lượt xem: 523' → 07:45; "
              "header clock 'Thứ Năm, 04/07/2024' is the save day. Italic summary = lead. Lazy images (data-original, "
              "loading.gif src) with p.pCaption caption. Right bold name, <br>, italic unit → author + unit. Category = last crumb.",
              "VNPT ePortal Pages/…aspx?ItemID; 'Ngày đăng: dd/mm/yyyy HH:MM | Lượt xem', save-day clock, italic summary, lazy data-original image + p.pCaption, bold name <br> italic unit foot")


# =====================================================================
A2 = Art(
    "Ban Tuyên giáo Tỉnh ủy Nghĩa Bình tổng kết Cuộc thi chính luận bảo vệ nền tảng tư tưởng của Đảng",
    "Chiều 3/7, Ban Tuyên giáo Tỉnh ủy Nghĩa Bình tổ chức tổng kết và trao giải Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ tư năm 2024.",
    [
        ("p", "Sau 4 tháng phát động, Ban Tổ chức nhận được 1.126 tác phẩm của 1.034 tác giả, tăng gần 300 tác phẩm so với năm trước. Nhiều bài viết có tính chiến đấu cao, lập luận chặt chẽ, dẫn chứng sinh động từ thực tiễn địa phương."),
        ("h", "Nhiều tác giả trẻ"),
        ("p", "Điểm mới của cuộc thi năm nay là sự tham gia đông đảo của đoàn viên thanh niên, học sinh, sinh viên; có 27 tác phẩm của tác giả dưới 30 tuổi lọt vào vòng chung khảo."),
        ("img", "/PublishingImages/2024/07/trao-giai-chinh-luan.jpg", "Trao giải Nhất cho các tác giả đoạt giải"),
        ("p", "Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba, 5 giải Khuyến khích cho các tác giả, nhóm tác giả và 4 giải tập thể cho các đơn vị có nhiều tác phẩm chất lượng."),
        ("h", "Lan tỏa trên không gian mạng"),
        ("p", "Các tác phẩm đoạt giải sẽ được đăng tải trên Trang thông tin điện tử Đảng bộ tỉnh, fanpage của Ban Tuyên giáo và tuyển chọn vào cuốn sách dự kiến phát hành vào tháng 12/2024."),
    ])


def page02():
    rng = random.Random("set8-sp2013-nghiabinh-02")
    pub = T("2024-07-03 15:20")
    url = "https://tuyengiao.nghiabinh.gov.vn/Pages/tin-hoat-dong.aspx?ItemID=3317&l=TinHoatDong"
    rl = heads3(rng, 6, avoid=[A2.title])
    rd = past(pub, rng, 6, 1, 25)
    body = A2.render(p=lambda t: f'<div style="text-align:justify">{esc(t)}</div>',
                     h=lambda t: f'<div style="text-align:justify"><strong>{esc(t)}</strong></div>',
                     img=lambda s, c, n: f'<div style="text-align:center"><img src="{s}" alt="" width="600" style="margin:5px" /><br /><span style="font-size:9pt;color:#0070c0"><i>{esc(c)}</i></span></div>')
    main = f"""<div class="ms-webpart-zone"><div class="news-detail" id="ctl00_PlaceHolderMain_g_3f1a_ctl00_pnlDetail">
<div class="title-news"><span id="ctl00_PlaceHolderMain_g_3f1a_ctl00_lblTitle">{esc(A2.title)}</span></div>
<div class="date-news"><span id="ctl00_PlaceHolderMain_g_3f1a_ctl00_lblDate">7/3/2024 3:20 PM</span></div>
<div class="summary-news"><span id="ctl00_PlaceHolderMain_g_3f1a_ctl00_lblSummary">{esc(A2.lead)}</span></div>
<div class="content-news ms-rtestate-field">{body}
<div style="text-align:right"><strong>Hồng Nhung</strong></div></div>
<div class="source-news">Nguồn: Ban Tuyên giáo Tỉnh ủy</div>
{rel(rng, rl, rd, lambda d: f"- {dmy(d)}", href="/Pages/tin-hoat-dong.aspx?ItemID={n}", cls="other-news", head="Tin đã đăng")}</div></div>"""
    top = ('<div id="s4-ribbonrow"><div class="ms-cui-topBar2"><span>Đăng nhập</span></div></div>'
           '<div class="header-tg"><img src="/PublishingImages/banner.png" alt="" /><span class="today">Thứ Bảy, 6/7/2024</span></div>')
    crumbs = '<div class="breadcrumb"><span><a href="/">Trang chủ</a></span> &gt; <span><a href="/Pages/tin-hoat-dong.aspx">Tin hoạt động</a></span></div>'
    side = side_box(rng, "Văn bản mới", ["Hướng dẫn số 12-HD/BTGTU về tuyên truyền kỷ niệm các ngày lễ lớn", "Kế hoạch số 45-KH/BTGTU về công tác dư luận xã hội"], past(pub, rng, 2), dmy, "vanban")
    html = shell(rng, title="Tin hoạt động", org="BTG", prefix="sp", kb=175, top=top, crumbs=crumbs, main=main, side=side, form=True,
                 foot_org="Ban Tuyên giáo Tỉnh ủy Nghĩa Bình", addr="Số 2 đường Hai Bà Trưng, TP Quy Nhơn", phone="0256.3822.731",
                 head_extra='<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />',
                 lang="vi-VN")
    return mk("sharepoint2013_webpart_lbl", "nghiabinh-btg-us-m-d-yyyy-ampm-lbldate-div-paras-blue-caption-nguon-owner", url, html,
              expected(A2, iso(pub), author="Hồng Nhung", category="Tin hoạt động"),
              {"dates": ["Thứ Bảy, 6/7/2024"], "bylines": ["Nguồn: Ban Tuyên giáo Tỉnh ủy"], "chrome": ["Tin đã đăng", "Văn bản mới", "Đăng nhập"],
               "related": rl[:3]},
              "SharePoint 2013 publishing page built by an integrator (Viettel-like web part ids). <title> = list name "
              "'Tin hoạt động'; title in span …lblTitle. Date printed by the server in en-US culture: '7/3/2024 3:20 PM' = "
              "3 July 2024 15:20 (month first! the related list prints '- dd/mm/yyyy' and the header 'Thứ Bảy, 6/7/2024' is "
              "day-first) → 2024-07-03T15:20+07:00. <div> paragraphs, bold sub-heads (body), blue italic caption after <br>. "
              "'Hồng Nhung' bold right → author; 'Nguồn: Ban Tuyên giáo Tỉnh ủy' = site owner source line, not a unit.",
              "SharePoint 2013 web part; <title> = list name, en-US 'M/D/YYYY h:mm PM' lblDate (month first) vs day-first header/related, div paragraphs, blue italic caption after <br>, 'Nguồn:' owner line",
              title_visible=A2.title)


# =====================================================================
A3 = Art(
    "Hội Nông dân tỉnh Phú Khánh ra mắt 15 tổ hội nghề nghiệp trồng xoài",
    "Ngày 3/7, tại xã Cam Hiệp Bắc, Hội Nông dân tỉnh Phú Khánh phối hợp với Hội Nông dân huyện Cam Lâm tổ chức ra mắt 15 tổ hội nghề nghiệp trồng xoài với 312 hội viên tham gia.",
    [
        ("p", "Các tổ hội nghề nghiệp được thành lập trên cơ sở tự nguyện, có quy chế hoạt động riêng; mỗi tổ có từ 15 đến 30 thành viên, cùng chia sẻ kinh nghiệm sản xuất, liên kết tiêu thụ sản phẩm và tiếp cận nguồn vốn vay ưu đãi."),
        ("img", "https://hoinongdan.phukhanh.gov.vn/documents/10181/0/ra-mat-to-hoi-xoai.jpg", "Lãnh đạo Hội Nông dân tỉnh trao quyết định thành lập cho các tổ hội nghề nghiệp"),
        ("p", "Dịp này, Hội Nông dân tỉnh ký kết biên bản hợp tác với Công ty TNHH Nông sản Đồng Xanh về thu mua xoài theo tiêu chuẩn VietGAP cho các tổ hội với giá cao hơn thị trường từ 5 đến 8%."),
        ("p", "Ông Võ Văn Mười, Tổ trưởng tổ hội nghề nghiệp thôn Tân Xương cho biết, trước đây bà con bán xoài cho thương lái, giá cả bấp bênh; nay có tổ hội và doanh nghiệp bao tiêu, bà con yên tâm đầu tư chăm sóc vườn."),
        ("p", "Đến nay, toàn tỉnh có 96 tổ hội nghề nghiệp, 41 chi hội nghề nghiệp với hơn 3.500 hội viên, hoạt động trong các lĩnh vực trồng trọt, chăn nuôi, nuôi trồng thủy sản và dịch vụ nông nghiệp."),
    ])


def page03():
    rng = random.Random("set8-fpt-phukhanh-03")
    pub = T("2024-07-04")
    url = "https://hoinongdan.phukhanh.gov.vn/web/guest/tin-hoat-dong/-/asset_publisher/Ab3kL9/content/ra-mat-15-to-hoi-nghe-nghiep;jsessionid=8F2C6A91D0E4B7"
    rl = heads3(rng, 6, avoid=[A3.title])
    rd = past(pub, rng, 6, 1, 30)
    body = A3.render(p=lambda t: f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {esc(t)}</p>',
                     img=lambda s, c, n: f'<p style="text-align: center;"><img alt="" src="{s}" style="width: 580px; height: 386px;" /></p><p style="text-align: center;"><span style="font-size:12px;"><em>{esc(c)}</em></span></p>')
    main = f"""<section class="portlet" id="portlet_101_INSTANCE_Ab3kL9"><div class="portlet-content"><div class="journal-content-article">
<div class="asset-full-content"><h3 class="header-title"><span>{esc(A3.title)}</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày 04 tháng 07 năm 2024</span></div>
<div class="asset-summary"><strong>{esc(A3.lead)}</strong></div>
<div class="asset-content">{body}
<p style="text-align: right;"><strong>Thu Trang và Quang Huy</strong></p><p style="text-align: right;"><em>Ảnh: Quang Huy</em></p></div>
<div class="asset-ratings">Đánh giá: ☆☆☆☆☆ (0 Phiếu bầu)</div>
<div class="taglib-social-bookmarks"><a href="#">Facebook</a> <a href="#">Twitter</a></div></div></div></div></section>
<section class="portlet" id="portlet_101_INSTANCE_rel"><div class="portlet-title">Tin cùng chuyên mục</div>{rel(rng, rl, rd, lambda d: f"({dmy(d, '-')})", href="/web/guest/tin-hoat-dong/-/asset_publisher/Ab3kL9/content/{s}", cls="asset-list")}</section>"""
    top = '<div id="banner"><img src="/hnd-theme/images/banner.png" alt="" /><div class="lich">Hôm nay: Thứ Sáu, ngày 05 tháng 07 năm 2024</div></div>'
    crumbs = '<ul class="breadcrumbs"><li><a href="/web/guest">Trang chủ</a></li><li><a href="/web/guest/tin-tuc">Tin tức</a></li><li class="last"><a href="/web/guest/tin-hoat-dong">Tin hoạt động</a></li></ul>'
    side = side_box(rng, "Liên kết web", ["Trung ương Hội Nông dân Việt Nam", "Báo Nông thôn Ngày nay", "Cổng TTĐT tỉnh Phú Khánh"], [pub] * 3, None, "lienket")
    html = shell(rng, title="Tin hoạt động - Hội Nông dân tỉnh Phú Khánh", org="HND", prefix="lr", kb=160, top=top, crumbs=crumbs, main=main,
                 side=side, foot_org="Hội Nông dân tỉnh Phú Khánh", addr="Số 9 đường Lê Thánh Tôn, TP Nha Trang", phone="0258.3822.470",
                 head_extra='<script>var Liferay={Browser:{},ThemeDisplay:{getCompanyId:function(){return "10154"},getLanguageId:function(){return "vi_VN"}}};</script>')
    return mk("fpt_liferay_asset_publisher_jsession", "phukhanh-hnd-ngay-thang-nam-words-two-authors-va-anh-line-same-format-clock", url, html,
              expected(A3, isod(pub), author="Thu Trang, Quang Huy", photographer="Quang Huy", category="Tin hoạt động"),
              {"dates": ["Hôm nay: Thứ Sáu, ngày 05 tháng 07 năm 2024"], "bylines": ["Thu Trang và Quang Huy", "Ảnh: Quang Huy"],
               "chrome": ["Tin cùng chuyên mục", "Đánh giá:", "Liên kết web"], "related": rl[:3]},
              "FPT-built Liferay asset publisher (jsessionid in URL, <title> = page name). Date only in words 'Ngày 04 tháng 07 "
              "năm 2024' (no time) → 2024-07-04; the header clock uses the SAME wording for the next day (05/07). Bold summary "
              "= lead; nbsp-indented paragraphs. Foot 'Thu Trang và Quang Huy' → 'Thu Trang, Quang Huy'; 'Ảnh: Quang Huy' "
              "line → photographer. Related dates dashed '(dd-mm-yyyy)'.",
              "FPT Liferay asset publisher; 'Ngày dd tháng mm năm yyyy' date only + same-wording clock of the next day, bold summary, nbsp indents, 'A và B' foot + separate 'Ảnh:' line",
              title_visible=A3.title)


# =====================================================================
A4 = Art(
    "Thị xã Tân Uyên: Chuyển đổi số trong sinh hoạt chi bộ – từ thí điểm đến nhân rộng",
    "Sau hơn một năm thí điểm ứng dụng “Sổ tay đảng viên điện tử” và sinh hoạt chi bộ không giấy tờ, Đảng bộ thị xã Tân Uyên đã nhân rộng mô hình ra 100% chi bộ trực thuộc, góp phần nâng cao chất lượng sinh hoạt đảng.",
    [
        ("p", "Chi bộ khu phố 3, phường Uyên Hưng là một trong 12 chi bộ được chọn thí điểm từ tháng 3/2023. Bí thư chi bộ Nguyễn Thị Kim Loan cho biết, tài liệu sinh hoạt được gửi trước qua ứng dụng, đảng viên đọc trước và chuẩn bị ý kiến, nhờ đó buổi sinh hoạt rút ngắn phần thông tin, dành nhiều thời gian thảo luận."),
        ("img", "/Portals/0/2024/07/sinh-hoat-chi-bo-so.jpg", "Đảng viên chi bộ khu phố 3 sử dụng Sổ tay đảng viên điện tử trong buổi sinh hoạt"),
        ("p", "Theo Ban Tổ chức Thị ủy, đến cuối tháng 6/2024, 97% đảng viên toàn Đảng bộ đã cài đặt và sử dụng ứng dụng; trên 1.800 văn bản, tài liệu được số hóa, tiết kiệm hơn 600 triệu đồng chi phí in ấn mỗi năm."),
        ("h", "Khó khăn với đảng viên lớn tuổi"),
        ("p", "Tuy vậy, nhiều đảng viên lớn tuổi, nhất là ở các chi bộ nông thôn, còn lúng túng khi sử dụng điện thoại thông minh. Để khắc phục, các chi bộ phân công đảng viên trẻ kèm cặp, hướng dẫn theo hình thức “một kèm một”."),
    ])


def page04():
    rng = random.Random("set8-cmc-songbe-04")
    pub = T("2024-07-04 16:42")
    upd = T("2024-07-05 09:10")
    url = "https://tanuyen.songbe.dcs.vn/Default.aspx?tabid=112&ndid=5123&key=Chuyen_doi_so_trong_sinh_hoat_chi_bo&page=1"
    rl = heads3(rng, 6, avoid=[A4.title])
    rd = past(pub, rng, 6, 1, 20)
    body = A4.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', h=lambda t: f'<h4>{esc(t)}</h4>',
                     img=lambda s, c, n: f'<div class="img-box"><img src="{s}" alt="{esc(c, True)}" /><div class="img-caption">{esc(c)}</div></div>')
    pager = ('<div class="news-paging">Trang: <span class="current">1</span> <a href="Default.aspx?tabid=112&amp;ndid=5123&amp;page=2">2</a> '
             '<a href="Default.aspx?tabid=112&amp;ndid=5123&amp;page=3">3</a> <a href="Default.aspx?tabid=112&amp;ndid=5123&amp;page=2">Trang sau »</a></div>')
    main = f"""<div class="cmc-news-detail"><div class="cate-label"><a href="/Default.aspx?tabid=112">Xây dựng Đảng</a></div>
<h1 class="news-title">{esc(A4.title)}</h1>
<div class="news-meta"><span>Ngày đăng 04/07/2024 16:42</span> <span class="sep">•</span> <span>Ngày cập nhật 05/07/2024 09:10</span></div>
<div class="news-sapo"><b>{esc(A4.lead)}</b></div>
<div class="news-body">{body}</div>
{pager}
<div class="news-note"><i>(Còn nữa)</i></div>
{share("cmc-share")}
{rel(rng, rl, rd, lambda d: f"[{dmy(d)}]", href="/Default.aspx?tabid=112&amp;ndid={n}", cls="cmc-lienquan", head="Tin cùng chuyên mục")}</div>
<div style="display:none" id="page2-cache"><!-- page 2 prefetch disabled --></div>"""
    top = '<div class="cmc-header"><img src="/Portals/0/Skins/TU/banner.jpg" alt="" /><div class="ticker"><marquee>Tân Uyên phấn đấu hoàn thành 100% chỉ tiêu phát triển đảng viên năm 2024 (01/07/2024) • Khai mạc Hội thi Bí thư chi bộ giỏi (28/06/2024)</marquee></div></div>'
    crumbs = '<div class="crumb"><a href="/">Trang chủ</a> › <a href="/Default.aspx?tabid=112">Xây dựng Đảng</a></div>'
    side = side_box(rng, "Đọc nhiều", heads3(rng, 5, avoid=[A4.title] + rl), past(pub, rng, 5), None, "docnhieu")
    html = shell(rng, title=A4.title + " (Trang 1)", org="TU", prefix="cmc", kb=150, top=top, crumbs=crumbs, main=main, side=side, form=True,
                 foot_org="Trang TTĐT Đảng bộ thị xã Tân Uyên", addr="Đường ĐT746, phường Uyên Hưng, thị xã Tân Uyên, tỉnh Sông Bé", phone="0274.3656.210",
                 head_extra='<meta name="author" content="CMC Soft" />')
    return mk("cmc_dnn_paged_article", "songbe-tanuyen-trang-1-of-3-ngay-dang-ngay-cap-nhat-bullet-h4-con-nua-no-author", url, html,
              expected(A4, iso(pub), iso(upd), category="Xây dựng Đảng"),
              {"pager": ["Trang sau »", "(Còn nữa)"], "dates": ["(01/07/2024)", "(28/06/2024)"], "chrome": ["Tin cùng chuyên mục", "Đọc nhiều"],
               "related": rl[:3]},
              "CMC-built DNN skin, article split over 'Trang: 1 2 3' pages; only page 1 is served (page=1), so the expected "
              "body is page 1 only, ending at the last paragraph before the pager; '(Còn nữa)' is not body. <title> carries "
              "' (Trang 1)' → expected title without it. 'Ngày đăng 04/07/2024 16:42 • Ngày cập nhật 05/07/2024 09:10' → "
              "published + updated. h4 sub-head is body. No byline on page 1 (the author is printed at the end of page 3) → "
              "author null. Marquee ticker with dates. Category = label/crumb 'Xây dựng Đảng'.",
              "CMC DNN skin, article paginated 'Trang: 1 2 3' (page 1 only), '(Còn nữa)', 'Ngày đăng … • Ngày cập nhật …', h4 sub-head, no byline on page 1, dated marquee")


# =====================================================================
A5 = Art(
    "Ủy ban Kiểm tra Tỉnh ủy Thuận Hải thi hành kỷ luật 3 đảng viên",
    "Tại kỳ họp thứ 26, Ủy ban Kiểm tra Tỉnh ủy Thuận Hải đã xem xét, thi hành kỷ luật bằng hình thức cảnh cáo đối với 3 đảng viên vi phạm trong thực hiện nhiệm vụ được giao.",
    [
        ("p", "Ủy ban Kiểm tra Tỉnh ủy xác định, các đồng chí Phan Văn Tâm, nguyên Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện Tuy Phong; Lê Thị Bích, Trưởng phòng Tài chính - Kế hoạch huyện và Đặng Quốc Bảo, Phó trưởng phòng Kinh tế - Hạ tầng huyện đã vi phạm quy định trong quản lý, thực hiện một số dự án đầu tư công giai đoạn 2020 - 2023."),
        ("p", "Các vi phạm trên gây thất thoát, lãng phí ngân sách nhà nước, ảnh hưởng đến uy tín của tổ chức đảng và cơ quan nơi các đồng chí công tác, đến mức phải xem xét, xử lý kỷ luật."),
        ("p", "Cũng tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy đã xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy xã Phước Thể và chỉ đạo tổ chức đảng có thẩm quyền xem xét, xử lý các cá nhân liên quan."),
        ("p", "Kỳ họp tiếp theo của Ủy ban Kiểm tra Tỉnh ủy dự kiến diễn ra vào ngày 25/7/2024."),
    ])


def page05():
    rng = random.Random("set8-tandan-thuanhai-05")
    pub = T("2024-07-05 22:10")
    url = "https://thuanhai.dcs.vn/Home/tin-tuc/ubkt-tinh-uy-thi-hanh-ky-luat-3-dang-vien-31842.html"
    rl = heads3(rng, 6, avoid=[A5.title])
    rd = past(pub, rng, 6, 1, 15)
    main = f"""<div class="td-detail"><div class="td-cat"><a href="/Home/kiem-tra-giam-sat.html">Kiểm tra - Giám sát</a></div>
<h1 class="td-title">{esc(A5.title)}</h1>
<div class="td-info"><i class="fa fa-calendar"></i> Thứ Sáu, 05/07/2024 - 22:10 <i class="fa fa-eye"></i> 812</div>
<div class="td-sapo"><p>{esc(A5.lead)}</p></div>
<div class="td-content">{"".join(f'<p style="text-align:justify">{esc(p)}</p>' for p in A5.pars)}</div>
<div class="td-source" style="text-align:right"><b>Nguồn: Báo Thuận Hải</b></div>
<div class="td-tags">Từ khóa: <a href="/tag/ky-luat">kỷ luật</a>, <a href="/tag/ubkt">Ủy ban Kiểm tra</a></div>
{rel(rng, rl, rd, lambda d: f"({dmy(d)} {hm(d)})", href="/Home/tin-tuc/{s}-{n}.html", cls="td-related", head="Các tin khác")}
<div class="td-comment"><h4>Ý kiến bạn đọc</h4><p>Chưa có ý kiến nào. Hãy là người đầu tiên bình luận!</p><textarea placeholder="Nội dung"></textarea></div></div>"""
    top = '<div class="td-header"><img src="/Content/images/banner-tu.png" alt="" /><span class="td-weather">Phan Thiết 29°C</span><span class="td-now">Thứ Hai, 08/07/2024 08:15</span></div>'
    crumbs = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/Home/kiem-tra-giam-sat.html">Kiểm tra - Giám sát</a></li></ol>'
    side = side_box(rng, "Tin mới", heads3(rng, 6, avoid=[A5.title] + rl), past(pub, rng, 6, 0, 3), lambda d: f"{hm(d)} - {dmy(d)}", "tinmoi")
    html = shell(rng, title=A5.title + " | Đảng bộ tỉnh Thuận Hải", org="TU", prefix="td", kb=115, top=top, crumbs=crumbs, main=main, side=side,
                 foot_org="Cổng Thông tin điện tử Đảng bộ tỉnh Thuận Hải", addr="Số 1 đường Nguyễn Tất Thành, TP Phan Thiết", phone="0252.3822.345",
                 head_extra='<meta name="generator" content="Tandan CMS" />')
    return mk("tandan_mvc_fa_icons", "thuanhai-ubkt-weekday-dash-late-evening-nguon-bao-only-no-author-future-meeting", url, html,
              expected(A5, iso(pub), category="Kiểm tra - Giám sát"),
              {"bylines": ["Nguồn: Báo Thuận Hải"], "dates": ["Thứ Hai, 08/07/2024 08:15"], "chrome": ["Từ khóa:", "Ý kiến bạn đọc", "Các tin khác", "Chưa có ý kiến nào"],
               "related": rl[:3]},
              "Tandan-like ASP.NET MVC portal with Font Awesome icon meta 'Thứ Sáu, 05/07/2024 - 22:10' (late evening) → "
              "22:10; header clock + weather of 08/07. Sapo <p> = lead. Only a source line 'Nguồn: Báo Thuận Hải' → author "
              "null, unit null. Future meeting date 25/7/2024 in the text is an event date. Empty comment box.",
              "Tandan MVC icon meta 'Thứ Sáu, dd/mm/yyyy - 22:10', clock + weather, 'Nguồn: Báo …' only (no author), future meeting date in text, tags, empty comments")


PAGES = [page01, page02, page03, page04, page05]
