"""Enterprise / vendor portals: SharePoint Online modern news page, Adobe AEM Core Components press release,
'sphere' smartcloud Java portal (epoch-ms date), VHV CMS (series article, time-first stamp)."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, past, esc, slug, dump, hexid, alnum, expected, css, js,
                     menu, nlist, footer, counter, ga, cookie_banner, pad, heads2, epoch_ms)

# =====================================================================
A5 = Art(
    "Đưa bác sĩ về trạm y tế xã vùng ven biển: Những chuyển biến bước đầu",
    None,
    [
        ("p", "Sau hơn một năm triển khai Đề án luân phiên bác sĩ từ tuyến tỉnh, tuyến huyện về trạm y tế xã, người dân ở các xã ven biển huyện Ngọc Hiển, Đầm Dơi đã được khám, chữa bệnh ngay tại địa phương với chất lượng tốt hơn."),
        ("h", "Không còn cảnh “bỏ trạm, vượt tuyến”"),
        ("p", "Trạm Y tế xã Tân Ân từng có thời gian chỉ có một y sĩ và hai điều dưỡng. Người dân có bệnh phải đi đò hơn 2 giờ lên bệnh viện huyện. Từ tháng 3/2023, trạm được tăng cường một bác sĩ đa khoa của Bệnh viện Đa khoa tỉnh, luân phiên theo đợt 6 tháng."),
        ("p", "Bà Lâm Thị Thu, 67 tuổi, ấp Xóm Mới, cho biết: “Giờ bị cao huyết áp, tiểu đường thì ra trạm là có bác sĩ khám, cấp thuốc bảo hiểm y tế hằng tháng, không phải đi xa nữa”."),
        ("img", "/sites/syt/SiteAssets/SitePages/dua-bac-si-ve-xa/tram-y-te-tan-an.jpg", "Bác sĩ luân phiên khám bệnh cho người dân tại Trạm Y tế xã Tân Ân, huyện Ngọc Hiển"),
        ("img", "/sites/syt/SiteAssets/SitePages/dua-bac-si-ve-xa/cap-thuoc-bhyt.jpg", "Cấp thuốc bảo hiểm y tế cho người bệnh mạn tính tại trạm"),
        ("img", "/sites/syt/SiteAssets/SitePages/dua-bac-si-ve-xa/di-do-kham-benh.jpg", "Tổ y tế đi đò vào ấp Xóm Mới khám bệnh cho người cao tuổi"),
        ("p", "Theo thống kê của Sở Y tế, năm 2023, số lượt khám chữa bệnh bảo hiểm y tế tại 32 trạm y tế xã vùng ven biển tăng 38% so với năm 2022; tỷ lệ chuyển tuyến giảm gần một nửa."),
        ("h", "Vẫn còn những khó khăn"),
        ("p", "Dù vậy, nhiều trạm y tế còn thiếu trang thiết bị như máy siêu âm, máy xét nghiệm sinh hóa; nhà công vụ cho bác sĩ luân phiên còn tạm bợ. Một số bác sĩ trẻ còn tâm lý ngại về vùng sâu, vùng xa do chế độ phụ cấp chưa tương xứng."),
        ("p", "Bác sĩ Huỳnh Minh Trí, Giám đốc Sở Y tế cho biết, thời gian tới ngành y tế sẽ đề xuất UBND tỉnh bổ sung chính sách hỗ trợ, đồng thời đầu tư trang thiết bị thiết yếu cho 20 trạm y tế xã trong năm 2024."),
    ])

SPO_MENU = [
    ("Giới thiệu", ["Chức năng nhiệm vụ", "Lãnh đạo Sở", "Các phòng chức năng", "Đơn vị trực thuộc"]),
    ("Tin tức", ["Hoạt động ngành", "Chỉ đạo điều hành", "Y tế cơ sở", "Phòng chống dịch bệnh", "Tin trong nước"]),
    ("Văn bản", ["Văn bản của Sở", "Văn bản của Bộ Y tế", "Văn bản của UBND tỉnh"]),
    ("Thủ tục hành chính", ["Khám bệnh, chữa bệnh", "Dược - Mỹ phẩm", "An toàn thực phẩm", "Y tế dự phòng"]),
    ("Tài liệu nội bộ", ["Biểu mẫu", "Lịch công tác", "Danh bạ"]),
]


def page5():
    rng = random.Random("spo-minhhai-05")
    pub = T("2024-05-20 08:40")
    host = "https://minhhaigov.sharepoint.com"
    url = f"{host}/sites/syt/SitePages/dua-bac-si-ve-tram-y-te-xa-vung-ven-bien.aspx"
    others = ["Ra quân chiến dịch tiêm vắc xin sởi cho trẻ em vùng ven biển", "Hội nghị tập huấn phòng chống sốt xuất huyết mùa mưa",
              "Bệnh viện Đa khoa tỉnh triển khai bệnh án điện tử", "Kiểm tra an toàn thực phẩm Tháng hành động 2024",
              "Trung tâm Y tế huyện Đầm Dơi đón nhận máy X-quang kỹ thuật số", "Sở Y tế làm việc với đoàn chuyên gia WHO"]
    rels = ["2 ngày trước", "3 ngày trước", "5 ngày trước", "13 tháng 5", "10 tháng 5", "8 tháng 5"]

    def txt(t):
        return f'<p>{esc(t)}</p>'

    def head(t):
        return f'<h2 id="{slug(t)}" data-automation-id="heading">{esc(t)}</h2>'
    pieces, gal = [], []
    for b in A5.blocks:
        if b[0] == "img":
            gal.append(b)
            continue
        if gal:
            pieces.append("</div></div></div>" + '<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="ImageGalleryWebPart web part (Thư viện ảnh)" data-sp-feature-instance-id="' + hexid(rng, 8) + '"><div class="imageGallery_4d1c2a78" role="list">'
                          + "".join(f'<div role="listitem" class="tile_4d1c2a78"><div class="imageWrapper_4d1c2a78"><img src="{s}?width=480" data-src="{s}" alt="{esc(c, True)}" loading="lazy"></div><div data-automation-id="captionElement" class="caption_4d1c2a78">{esc(c)}</div></div>' for _, s, c in gal)
                          + '</div></div></div><div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="Rich Text Editor"><div data-sp-rte="" class="rte--read">')
            gal = []
        pieces.append(txt(b[1]) if b[0] == "p" else head(b[1]))
    rte = '<div class="ControlZone" data-automation-id="CanvasControl"><div data-sp-feature-tag="Rich Text Editor"><div data-sp-rte="" class="rte--read">' + "\n".join(pieces) + \
          '\n<p><strong>Nhóm thực hiện: Lê Hà, Trọng Tín và Mỹ Duyên</strong></p>\n<p><em>(Trung tâm Kiểm soát bệnh tật tỉnh)</em></p></div></div></div>'
    canvas = [{"controlType": 4, "id": hexid(rng, 8) + "-" + hexid(rng, 4), "position": {"zoneIndex": 1, "sectionIndex": 1, "controlIndex": i + 1},
               "innerHTML": "<p>" + (b[1] if b[0] != "img" else b[2]) + "</p>"} for i, b in enumerate(A5.blocks)]
    ctx = {"webAbsoluteUrl": host + "/sites/syt", "webTitle": "Sở Y tế tỉnh Minh Hải", "webLanguage": 1066, "currentCultureName": "vi-VN",
           "userDisplayName": "", "pageItemId": 412, "listId": "{" + hexid(rng, 8) + "-" + hexid(rng, 4) + "}", "siteClientTag": "0$$16.0.24817.12008",
           "isSPO": True, "farmLabel": "APAC_SPO_Content_" + str(rng.randint(10, 99)), "CorrelationId": hexid(rng, 8) + "-" + hexid(rng, 4) + "-" + hexid(rng, 4),
           "hubSiteId": hexid(rng, 8), "supportPoundStorePath": True}
    page_ctx = {"ListItem": {"Title": A5.title, "Description": A5.blocks[0][1][:255], "FirstPublishedDate": "2024-05-20T01:40:22Z",
                             "Created": "2024-05-17T09:12:40Z", "Modified": "2024-05-21T07:03:11Z", "_AuthorByline": ["i:0#.f|membership|admin.syt@minhhai.gov.vn"],
                             "PromotedState": 2, "BannerImageUrl": host + "/sites/syt/SiteAssets/SitePages/dua-bac-si-ve-xa/tram-y-te-tan-an.jpg"},
                "CanvasContent1": dump(canvas), "pageLayoutType": "Article", "topicHeader": "Hoạt động ngành"}
    news = "".join(f'<div class="newsItem_2a1f" role="listitem"><a href="{host}/sites/syt/SitePages/{slug(t)}.aspx" data-interception="propagate"><div class="newsImage_2a1f"><img src="{host}/sites/syt/SiteAssets/thumb/{hexid(rng, 12)}.jpg" alt="" loading="lazy"></div><div class="newsTitle_2a1f">{esc(t)}</div><div class="newsMeta_2a1f"><span>Quản trị Cổng TTĐT</span> <span>{r}</span></div></a></div>' for t, r in zip(others, rels))
    comments = "".join(f'<div class="comment_8c2e" role="listitem"><div class="ms-Persona-primaryText">{n}</div><div class="commentDate_8c2e">{t}</div><div class="commentText_8c2e">{esc(c)}</div><button class="ms-Button">Thích</button> <button class="ms-Button">Trả lời</button></div>' for n, t, c in [
        ("Nguyễn Thanh Tùng", "2 ngày trước", "Chính sách rất thiết thực, mong được nhân rộng ra các xã khác."),
        ("Đặng Thị Mỹ Linh", "1 ngày trước", "Đề nghị bổ sung thêm thông tin về chế độ phụ cấp cho bác sĩ luân phiên.")])
    html = f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN" class="ms-vi-vn">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Đưa bác sĩ về trạm y tế xã vùng ven biển</title>
<meta property="og:title" content="{esc(A5.title, True)}"/><meta property="og:type" content="website"/>
<meta property="og:description" content="{esc(A5.blocks[0][1][:255], True)}"/>
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=47" type="image/vnd.microsoft.icon"/>
<link rel="stylesheet" href="https://res-1.cdn.office.net/files/sp-client/sp-pages-assembly_vi-vn_{hexid(rng, 32)}.css"/>
<style>{css(rng, "ms", 280)}</style><!--PAD-->
<script type="text/javascript">var _spPageContextInfo={dump(ctx)};</script>
<script type="text/javascript">window.__spClientSidePageContext={dump(page_ctx)};</script>
<script type="text/javascript">var g_correlationId='{ctx["CorrelationId"]}';var g_wsaEnabled=true;var g_wsaQoSEnabled=false;var g_wsaQoSDataPoints=[];var g_wsaRUMEnabled=false;var g_wsaLCID=1066;var g_wsaListTemplateId=119;var g_wsaSiteTemplateId='SITEPAGEPUBLISHING#0';</script>
</head>
<body class="ms-backgroundImage" spellcheck="false">
<div id="SuiteNavWrapper"><div id="O365_NavHeader" role="banner" class="o365sx-navbar"><button class="o365sx-waffle" aria-label="Trình khởi chạy ứng dụng"></button><a class="o365sx-appName" href="{host}/_layouts/15/sharepoint.aspx"><span>SharePoint</span></a><div class="o365sx-search"><input type="search" placeholder="Tìm kiếm trong trang này" aria-label="Tìm kiếm"></div><button class="o365sx-button" aria-label="Cài đặt"></button><button class="o365sx-button" aria-label="Trợ giúp"></button><div class="o365sx-me">Đăng nhập</div></div></div>
<div id="spPageChromeAppDiv"><div class="SPPageChrome">
<div class="hubNav_c1a0"><a href="{host}/sites/ytminhhai">Y tế Minh Hải</a> <a href="{host}/sites/ytminhhai/SitePages/Tin-tuc.aspx">Tin tức toàn ngành</a> <a href="{host}/sites/bvdk">Bệnh viện Đa khoa tỉnh</a> <a href="{host}/sites/cdc">CDC Minh Hải</a></div>
<div data-automationid="SiteHeader" class="siteHeader_5e2b"><div class="logoWrapper"><img src="{host}/sites/syt/SiteAssets/__siteIcon__.png" alt="Biểu trưng site"></div><div class="titleAndNavWrapper"><span class="siteTitle_5e2b" data-automationid="SiteHeaderTitle">Sở Y tế tỉnh Minh Hải</span>
<nav class="horizontalNav" role="navigation">{menu(rng, host + "/sites/syt/SitePages", "ms-HorizontalNav", ".aspx", items=SPO_MENU)}</nav></div><button class="followButton">Đang theo dõi</button></div>
<div class="commandBar_7f31" role="menubar"><button role="menuitem">+ Mới</button><button role="menuitem">Chi tiết trang</button><button role="menuitem">Phân tích</button><button role="menuitem">Chia sẻ</button><button role="menuitem">Sao chép liên kết</button></div>
<div class="CanvasComponent"><div class="pageTitleArea_9a8c" data-automation-id="pageHeader">
<div class="topicHeader_9a8c" data-automation-id="topicHeader"><span>Hoạt động ngành</span></div>
<div role="heading" aria-level="1" class="pageTitle_9a8c" data-automation-id="pageTitle">{esc(A5.title)}</div>
<div class="authorByline_9a8c" data-automation-id="authorByline"><div class="ms-Persona"><div class="ms-Persona-imageArea"><div class="ms-Persona-initials">QT</div></div><div class="ms-Persona-details"><div class="ms-Persona-primaryText">Quản trị Cổng TTĐT</div><div class="ms-Persona-secondaryText">admin.syt@minhhai.gov.vn</div></div></div>
<div class="publishDate_9a8c" data-automation-id="publishedDate">Đã đăng 20 tháng 5, 2024</div></div>
</div>
<div class="CanvasZone" data-automation-id="CanvasZone"><div class="CanvasSection CanvasSection-col CanvasSection-xl12">
{rte}
</div></div>
<div class="pageFooter_3b5d" data-automation-id="pageFooter"><div class="socialBar_3b5d"><button class="likeButton">Thích</button> <span class="viewCount_3b5d">312 lượt xem</span> <span class="commentsCount_3b5d">2 bình luận</span> <button class="saveForLater">Lưu để xem sau</button></div>
<div class="commentsWrapper_3b5d" data-automation-id="commentsWrapper"><h2 class="commentsHeader">Bình luận</h2><div class="addComment"><textarea placeholder="Thêm bình luận. Nhập @ để đề cập đến ai đó"></textarea><button>Đăng</button></div><div class="comments" role="list">{comments}</div></div></div>
<div class="CanvasZone newsZone"><div data-sp-feature-tag="NewsWebPart web part (Tin tức)"><div class="newsHeader_2a1f"><h2>Tin tức khác</h2><a href="{host}/sites/syt/_layouts/15/news.aspx">Xem tất cả</a></div><div class="newsList_2a1f" role="list">{news}</div></div></div>
</div>
<div class="siteFooter_0d1e" data-automation-id="SiteFooter"><div class="footerTitle">Sở Y tế tỉnh Minh Hải</div><div class="footerLinks"><a href="{host}/sites/syt/SitePages/Lien-he.aspx">Liên hệ</a> <a href="{host}/sites/syt/SitePages/Dieu-khoan.aspx">Điều khoản sử dụng</a></div>
{footer("Sở Y tế tỉnh Minh Hải", "Số 150 Trần Hưng Đạo, phường 5, TP Minh Hải", "0290.3831.095")}</div>
</div></div>
<script src="https://res-1.cdn.office.net/files/sp-client/sp-pages-assembly_vi-vn_{hexid(rng, 32)}.js" type="text/javascript"></script>
<script>{js(rng, 50, "spx")}</script>
</body></html>"""
    html = pad(html, rng, 214, "spo-x")
    return dict(family="spo_modern_news", name="minhhai-syt-nhom-thuc-hien-va-published-date-json", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A5, iso(pub), author="Lê Hà, Trọng Tín, Mỹ Duyên", unit="Trung tâm Kiểm soát bệnh tật tỉnh",
                                  category="Hoạt động ngành", lead=None),
                traps={"bylines": ["Nhóm thực hiện: Lê Hà, Trọng Tín và Mỹ Duyên", "(Trung tâm Kiểm soát bệnh tật tỉnh)",
                                   "Quản trị Cổng TTĐT", "admin.syt@minhhai.gov.vn"],
                       "related": others, "comments": ["Chính sách rất thiết thực, mong được nhân rộng ra các xã khác.", "Nguyễn Thanh Tùng"],
                       "chrome": ["Tìm kiếm trong trang này", "Sao chép liên kết", "312 lượt xem", "Lưu để xem sau",
                                  "Thêm bình luận. Nhập @ để đề cập đến ai đó", "Đang theo dõi"],
                       "dates": ["Đã đăng 20 tháng 5, 2024", "2 ngày trước", "2024-05-21T07:03:11Z"]},
                notes="SharePoint Online modern news page (rendered save). No h1: the title is a div[role=heading][aria-level=1] "
                      "(data-automation-id=pageTitle); <title> is a short page name. Topic header 'Hoạt động ngành' above the title = "
                      "category (no breadcrumb). Author-byline persona 'Quản trị Cổng TTĐT' (admin.syt@…) is the publishing "
                      "account, not the author. Visible date 'Đã đăng 20 tháng 5, 2024' only; FirstPublishedDate "
                      "'2024-05-20T01:40:22Z' in the page-context JSON agrees → 08:40 +07:00. Modified (21/5) is not shown → "
                      "updated_at null. Text web parts split by an image-gallery web part (3 captions, lazy). No sapo → lead null. "
                      "'Nhóm thực hiện: Lê Hà, Trọng Tín và Mỹ Duyên' + '(Trung tâm Kiểm soát bệnh tật tỉnh)' → three authors "
                      "joined with ', ' ('và' = and), unit from the next line. Comments and news web part carry relative dates.",
                readme="SharePoint Online modern news page; title in div[role=heading], topic header as category, publisher persona (account) vs 'Nhóm thực hiện: A, B và C' + '(unit)' foot byline, 'Đã đăng 20 tháng 5, 2024' + UTC FirstPublishedDate JSON, gallery web part, relative-date comments")


# =====================================================================
A6 = Art(
    "PNA Bank khai trương chi nhánh Nghệ Tĩnh, dành 2.000 tỷ đồng cho vay ưu đãi doanh nghiệp nhỏ và vừa",
    "Nghệ Tĩnh, ngày 21/5/2024 – Ngân hàng TMCP Phương Nam Á (PNA Bank) chính thức khai trương Chi nhánh Nghệ Tĩnh tại số 68 đại lộ Lê Nin, TP Vinh, đồng thời công bố gói tín dụng ưu đãi 2.000 tỷ đồng dành cho doanh nghiệp nhỏ và vừa trên địa bàn.",
    [
        ("p", "Chi nhánh Nghệ Tĩnh là điểm giao dịch thứ 126 trong mạng lưới của PNA Bank và là chi nhánh đầu tiên của ngân hàng tại khu vực Bắc Trung Bộ. Chi nhánh được trang bị hệ thống giao dịch tự động hoạt động 24/7, khu vực tư vấn riêng cho khách hàng doanh nghiệp và khách hàng ưu tiên."),
        ("img", "/content/dam/pnabank/vi/tin-tuc/2024/05/khai-truong-nghe-tinh-1.jpg", "Lãnh đạo PNA Bank và đại biểu thực hiện nghi thức cắt băng khai trương Chi nhánh Nghệ Tĩnh"),
        ("p", "Gói tín dụng 2.000 tỷ đồng được áp dụng từ ngày 21/5 đến hết ngày 31/12/2024, với lãi suất cho vay ngắn hạn từ 5,5%/năm, ưu tiên các doanh nghiệp hoạt động trong lĩnh vực chế biến nông, thủy sản, sản xuất hàng xuất khẩu và doanh nghiệp có phương án chuyển đổi xanh."),
        ("p", "Phát biểu tại buổi lễ, bà Trịnh Ngọc Diệp, Phó Tổng Giám đốc PNA Bank cho biết: “Nghệ Tĩnh là địa bàn có tiềm năng phát triển công nghiệp và dịch vụ logistics. Sự hiện diện của PNA Bank sẽ góp phần đưa nguồn vốn đến gần hơn với cộng đồng doanh nghiệp địa phương”."),
        ("img", "/content/dam/pnabank/vi/tin-tuc/2024/05/khai-truong-nghe-tinh-2.jpg", "Khách hàng giao dịch tại Chi nhánh Nghệ Tĩnh ngay trong ngày đầu khai trương"),
        ("p", "Nhân dịp khai trương, từ ngày 21/5 đến ngày 20/6/2024, chi nhánh dành tặng 5.000 phần quà cho khách hàng mở tài khoản thanh toán mới và áp dụng lãi suất tiết kiệm cộng thêm 0,3%/năm cho khách hàng gửi tiền trực tuyến."),
        ("p", "Dự kiến ngày 15/6/2024, PNA Bank sẽ tổ chức hội nghị kết nối ngân hàng - doanh nghiệp tại TP Vinh với sự tham gia của khoảng 200 doanh nghiệp trong tỉnh."),
    ])

AEM_MENU = [
    ("Cá nhân", ["Tài khoản thanh toán", "Tiết kiệm", "Vay tiêu dùng", "Vay mua nhà", "Thẻ tín dụng", "Ngân hàng số PNA Smart"]),
    ("Doanh nghiệp", ["Tài khoản doanh nghiệp", "Tín dụng doanh nghiệp", "Tài trợ thương mại", "Quản lý dòng tiền", "Bảo lãnh"]),
    ("Khách hàng ưu tiên", ["Đặc quyền Priority", "Quản lý tài sản", "Bảo hiểm nhân thọ"]),
    ("Nhà đầu tư", ["Báo cáo tài chính", "Đại hội cổ đông", "Công bố thông tin", "Xếp hạng tín nhiệm"]),
    ("Về PNA Bank", ["Giới thiệu", "Tin tức", "Thông cáo báo chí", "Tuyển dụng", "Mạng lưới chi nhánh"]),
]


def page6():
    rng = random.Random("aem-pnabank-06")
    pub = T("2024-05-21")
    host = "https://www.pnabank.com.vn"
    url = f"{host}/vi/ve-pna-bank/tin-tuc/thong-cao-bao-chi/2024/pna-bank-khai-truong-chi-nhanh-nghe-tinh.html"
    others = ["PNA Bank công bố kết quả kinh doanh quý I/2024", "PNA Bank được vinh danh Ngân hàng số tiêu biểu 2024",
              "Đại hội đồng cổ đông thường niên PNA Bank năm 2024 thông qua kế hoạch tăng vốn", "PNA Bank ra mắt thẻ tín dụng hoàn tiền PNA Cashback",
              "PNA Bank ký kết hợp tác với Tổng công ty Bưu điện", "PNA Bank triển khai gói vay mua nhà lãi suất cố định 24 tháng"]
    odates = ["15/05/2024", "08/05/2024", "26/04/2024", "19/04/2024", "10/04/2024", "02/04/2024"]

    def cmp_text(t, bold=False):
        inner = f"<p><b>{esc(t)}</b></p>" if bold else f"<p>{esc(t)}</p>"
        return f'<div class="text aem-GridColumn aem-GridColumn--default--12"><div id="text-{hexid(rng, 10)}" class="cmp-text" data-cmp-data-layer="{esc(dump({"text-" + hexid(rng, 6): {"@type": "pnabank/components/text", "repo:modifyDate": "2024-05-20T10:47:13Z"}}), True)}">{inner}</div></div>'

    def cmp_img(s, c, n):
        return (f'<div class="image aem-GridColumn aem-GridColumn--default--12"><div data-cmp-is="image" data-cmp-lazy data-cmp-src="{s}.coreimg.82{{.width}}.jpeg/1716200833000/anh-{n}.jpeg" '
                f'data-cmp-widths="480,800,1200" data-asset="{s}" id="image-{hexid(rng, 10)}" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">'
                f'<noscript data-cmp-hook-image="noscript"><img src="{s}" class="cmp-image__image" itemprop="contentUrl" alt="{esc(c, True)}"/></noscript>'
                f'<span class="cmp-image__title" itemprop="caption">{esc(c)}</span><meta itemprop="caption" content="{esc(c, True)}"/></div></div>')
    parts = [cmp_text(A6.lead, True)] + [cmp_text(b[1]) if b[0] == "p" else cmp_img(b[1], b[2], i) for i, b in enumerate(A6.blocks)]
    dl = {"page-" + hexid(rng, 10): {"@type": "pnabank/components/page", "repo:modifyDate": "2024-05-20T10:47:13Z", "dc:title": A6.title,
                                     "dc:description": A6.lead[:160], "xdm:template": "/conf/pnabank/settings/wcm/templates/press-release", "xdm:language": "vi"}}
    onetrust = "".join(f'<div class="ot-cat-item"><h4>{a}</h4><p>{b}</p><div class="ot-switch"><input type="checkbox" id="ot-{slug(a)}"><label for="ot-{slug(a)}">{a}</label></div></div>' for a, b in [
        ("Cookie thiết yếu", "Các cookie này cần thiết để trang web hoạt động và không thể tắt trong hệ thống của chúng tôi."),
        ("Cookie hiệu suất", "Các cookie này cho phép chúng tôi đếm lượt truy cập và nguồn truy cập để đo lường và cải thiện hiệu suất."),
        ("Cookie chức năng", "Các cookie này cho phép trang web cung cấp chức năng và cá nhân hóa nâng cao."),
        ("Cookie quảng cáo", "Các cookie này có thể được đối tác quảng cáo của chúng tôi thiết lập thông qua trang web.")])
    rates = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in [("1 tháng", "2,90%"), ("3 tháng", "3,20%"), ("6 tháng", "4,30%"), ("12 tháng", "4,90%"), ("24 tháng", "5,20%")])
    html = f"""<!DOCTYPE HTML>
<html lang="vi">
<head>
<meta charset="UTF-8"/>
<title>PNA Bank khai trương chi nhánh Nghệ Tĩnh | PNA Bank</title>
<meta name="keywords" content="PNA Bank, khai trương, Nghệ Tĩnh, tín dụng ưu đãi"/>
<meta name="description" content="{esc(A6.lead[:160], True)}"/>
<meta name="template" content="press-release"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta property="og:title" content="{esc(A6.title, True)}"/><meta property="og:url" content="{url}"/><meta property="og:type" content="article"/>
<link rel="canonical" href="{url}"/>
<link rel="alternate" hreflang="en" href="{host}/en/about-pna-bank/news/press-releases/2024/pna-bank-opens-nghe-tinh-branch.html"/>
<script type="application/ld+json">{dump({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A6.title, "datePublished": "2024-05-21", "publisher": {"@type": "Organization", "name": "Ngân hàng TMCP Phương Nam Á"}})}</script>
<link rel="stylesheet" href="/etc.clientlibs/pnabank/clientlibs/clientlib-base.lc-{hexid(rng, 32)}-lc.min.css" type="text/css">
<link rel="stylesheet" href="/etc.clientlibs/pnabank/clientlibs/clientlib-site.lc-{hexid(rng, 32)}-lc.min.css" type="text/css">
<style>{css(rng, "cmp", 300)}</style><!--PAD-->
<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({{page:{dump(dl)},event:"cmp:show",eventInfo:{{path:"page.{list(dl)[0]}"}}}});</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="{hexid(rng, 8)}-{hexid(rng, 4)}-{hexid(rng, 4)}"></script>
</head>
<body class="page basicpage" id="page-{hexid(rng, 10)}">
<div class="root container responsivegrid"><div id="container-{hexid(rng, 10)}" class="cmp-container"><div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div id="experiencefragment-header" class="cmp-experiencefragment cmp-experiencefragment--header"><header class="pna-header">
<div class="pna-header__top"><a href="{host}/vi/lien-he.html">Liên hệ</a> <a href="{host}/vi/mang-luoi.html">Tìm ATM/Chi nhánh</a> <a href="{host}/vi/ty-gia.html">Tỷ giá</a> <a href="{host}/vi/lai-suat.html">Lãi suất</a> <span class="pna-hotline">Hotline 1800 6868</span> <a href="{host}/en.html" hreflang="en">EN</a></div>
<div class="pna-header__main"><a class="pna-logo" href="{host}/vi.html"><img src="/content/dam/pnabank/logo/pna-logo.svg" alt="PNA Bank"/></a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement">{menu(rng, host + "/vi", "cmp-navigation__group", ".html", items=AEM_MENU)}</nav>
<a class="pna-btn pna-btn--login" href="https://smart.pnabank.com.vn">Đăng nhập PNA Smart</a></div></header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav id="breadcrumb-{hexid(rng, 10)}" class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">
<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{host}/vi.html" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"/></li>
<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{host}/vi/ve-pna-bank.html" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Về PNA Bank</span></a><meta itemprop="position" content="2"/></li>
<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{host}/vi/ve-pna-bank/tin-tuc.html" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="3"/></li>
<li class="cmp-breadcrumb__item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{host}/vi/ve-pna-bank/tin-tuc/thong-cao-bao-chi.html" class="cmp-breadcrumb__item-link" itemprop="item"><span itemprop="name">Thông cáo báo chí</span></a><meta itemprop="position" content="4"/></li>
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span itemprop="name">{esc(A6.title)}</span><meta itemprop="position" content="5"/></li>
</ol></nav></div>
<div class="title cmp-title--hero aem-GridColumn aem-GridColumn--default--12"><div id="title-hero" class="cmp-title"><h1 class="cmp-title__text">Tin tức &amp; Sự kiện</h1></div></div>
<div class="container responsivegrid aem-GridColumn--default--none aem-GridColumn aem-GridColumn--default--8 aem-GridColumn--offset--default--0"><div id="container-article" class="cmp-container pna-article"><div class="aem-Grid aem-Grid--8 aem-Grid--default--8">
<div class="title aem-GridColumn aem-GridColumn--default--8"><div id="title-{hexid(rng, 10)}" class="cmp-title"><h2 class="cmp-title__text">{esc(A6.title)}</h2></div></div>
<div class="contentfragment aem-GridColumn aem-GridColumn--default--8"><article class="cmp-contentfragment cmp-contentfragment--press-meta" data-cmp-contentfragment-model="pnabank/models/press-release"><dl class="cmp-contentfragment__elements">
<div class="cmp-contentfragment__element cmp-contentfragment__element--type"><dt class="cmp-contentfragment__element-title">Loại tin</dt><dd class="cmp-contentfragment__element-value">Thông cáo báo chí</dd></div>
<div class="cmp-contentfragment__element cmp-contentfragment__element--date"><dt class="cmp-contentfragment__element-title">Ngày đăng</dt><dd class="cmp-contentfragment__element-value">{dmy(pub)}</dd></div></dl></article></div>
<div class="sharing aem-GridColumn aem-GridColumn--default--8"><div class="pna-share"><span>Chia sẻ</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://www.linkedin.com/sharing/share-offsite/?url={url}">LinkedIn</a> <button class="pna-share__copy">Sao chép đường dẫn</button></div></div>
{"".join(parts)}
<div class="separator aem-GridColumn aem-GridColumn--default--8"><div class="cmp-separator"><hr class="cmp-separator__horizontal-rule"/></div></div>
<div class="text pna-boilerplate aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text"><h3>Về PNA Bank</h3><p>Ngân hàng TMCP Phương Nam Á (PNA Bank) được thành lập năm 1993, hiện có vốn điều lệ 12.500 tỷ đồng và mạng lưới 126 điểm giao dịch tại 28 tỉnh, thành phố. PNA Bank định hướng trở thành ngân hàng bán lẻ hiện đại hàng đầu, tiên phong trong chuyển đổi số và tài chính xanh.</p></div></div>
<div class="text pna-press-contact aem-GridColumn aem-GridColumn--default--8"><div class="cmp-text"><p><b>Thông tin liên hệ báo chí:</b></p><p>Bà Lê Minh Thư – Trưởng phòng Truyền thông – ĐT: 028 3822 6868 – Email: truyenthong@pnabank.com.vn</p></div></div>
<div class="download aem-GridColumn aem-GridColumn--default--8"><div class="cmp-download"><h3 class="cmp-download__title">Tải thông cáo (PDF)</h3><a class="cmp-download__action" href="/content/dam/pnabank/vi/tin-tuc/2024/05/TCBC-khai-truong-Nghe-Tinh.pdf"><span class="cmp-download__action-text">Tải xuống</span></a><dl class="cmp-download__properties"><div class="cmp-download__property"><dt>Kích thước</dt><dd>412 KB</dd></div></dl></div></div>
</div></div></div>
<div class="container responsivegrid aem-GridColumn aem-GridColumn--default--4"><div class="cmp-container pna-aside">
<div class="list"><h3 class="pna-aside__title">Thông cáo báo chí khác</h3><ul id="list-{hexid(rng, 10)}" class="cmp-list">{"".join(f'<li class="cmp-list__item"><article><a class="cmp-list__item-link" href="{host}/vi/ve-pna-bank/tin-tuc/thong-cao-bao-chi/2024/{slug(t)}.html"><span class="cmp-list__item-title">{esc(t)}</span><span class="cmp-list__item-date">{d}</span></a></article></li>' for t, d in zip(others, odates))}</ul></div>
<div class="teaser"><div class="cmp-teaser pna-teaser--rates"><h3 class="cmp-teaser__title">Lãi suất tiết kiệm tại quầy (%/năm)</h3><table class="pna-rates">{rates}</table><p class="cmp-teaser__description">Cập nhật ngày 20/05/2024. Lãi suất có thể thay đổi theo từng thời kỳ.</p></div></div>
<div class="teaser"><div class="cmp-teaser"><h3 class="cmp-teaser__title">Mở tài khoản online trong 3 phút</h3><div class="cmp-teaser__description">Miễn phí chuyển khoản trọn đời với PNA Smart.</div><a class="cmp-teaser__action-link" href="{host}/vi/ca-nhan/ngan-hang-so.html">Mở ngay</a></div></div>
</div></div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer"><footer class="pna-footer">
<div class="pna-footer__cols">{menu(rng, host + "/vi", "pna-footer__menu", ".html", items=AEM_MENU)}</div>
<p>Ngân hàng TMCP Phương Nam Á. Hội sở: 279 Lý Tự Trọng, phường Bến Thành, Quận 1, TP Hồ Chí Minh. Giấy phép thành lập và hoạt động số 0021/NH-GP do Ngân hàng Nhà nước Việt Nam cấp.</p><p>© 2024 PNA Bank. Bảo lưu mọi quyền.</p></footer></div></div>
</div></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><h2 id="onetrust-policy-title">Chúng tôi sử dụng cookie</h2><div id="onetrust-policy-text">PNA Bank sử dụng cookie để mang lại trải nghiệm tốt nhất cho bạn. Bằng cách nhấn “Chấp nhận tất cả”, bạn đồng ý với việc lưu trữ cookie trên thiết bị của mình.</div></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Tùy chỉnh cookie</button><button id="onetrust-accept-btn-handler">Chấp nhận tất cả</button></div></div></div>
<div id="onetrust-pc-sdk" class="otPcCenter ot-hide" style="display:none"><h2>Trung tâm tùy chọn quyền riêng tư</h2>{onetrust}</div></div>
<script src="/etc.clientlibs/core/wcm/components/commons/site/clientlibs/container.lc-{hexid(rng, 32)}-lc.min.js"></script>
<script src="/etc.clientlibs/pnabank/clientlibs/clientlib-site.lc-{hexid(rng, 32)}-lc.min.js"></script>
<script>{js(rng, 40, "pna")}</script>
</body></html>"""
    html = pad(html, rng, 176, "aem-x")
    return dict(family="aem_core_components", name="nghetinh-pnabank-press-release-h2-title-dateline-lead", url=url,
                content_type="text/html;charset=utf-8", html=html,
                expected=expected(A6, isod(pub), category="Thông cáo báo chí"),
                traps={"boilerplate": ["Ngân hàng TMCP Phương Nam Á (PNA Bank) được thành lập năm 1993",
                                       "Bà Lê Minh Thư – Trưởng phòng Truyền thông", "Thông tin liên hệ báo chí:"],
                       "related": others,
                       "chrome": ["Tin tức & Sự kiện", "Tải thông cáo (PDF)", "Chúng tôi sử dụng cookie", "Mở tài khoản online trong 3 phút",
                                  "Hotline 1800 6868", "Sao chép đường dẫn"],
                       "dates": ["Cập nhật ngày 20/05/2024", "2024-05-20T10:47:13Z", "15/05/2024"]},
                notes="Adobe Experience Manager (Core Components) bank site. h1 is the hero section title 'Tin tức & Sự kiện'; the "
                      "headline is the h2 of the cmp-title inside the article container. Content-fragment meta shows 'Ngày đăng "
                      "21/05/2024' (date only; JSON-LD date-only too; adobeDataLayer repo:modifyDate 2024-05-20T10:47:13Z is the "
                      "authoring time → ignored). Press release: the bold first text component with the dateline 'Nghệ Tĩnh, "
                      "ngày 21/5/2024 – …' is the lead (dateline kept as printed). Future dates (20/6, 15/6/2024) inside the text. "
                      "After an <hr>: 'Về PNA Bank' boilerplate and the press contact ('Bà Lê Minh Thư – Trưởng phòng Truyền "
                      "thông') are separate components → not body, not author (author null). Captions in cmp-image__title "
                      "(lazy data-cmp-src, img only in <noscript>). Crumb ends with the title → category = 'Thông cáo báo chí'. "
                      "OneTrust banner + preference centre.",
                readme="Adobe AEM Core Components press release; h1 = hero section, title in cmp-title h2, dateline bold lead, date-only content-fragment stamp vs authoring modifyDate, boilerplate + press contact after <hr> (not body/author), lazy cmp-image captions, OneTrust")


# =====================================================================
A7 = Art(
    "Lực lượng vũ trang tỉnh Sông Bé đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Những năm qua, Đảng ủy Quân sự tỉnh đã lãnh đạo lực lượng vũ trang tỉnh thực hiện nghiêm túc, hiệu quả Chỉ thị số 05-CT/TW của Bộ Chính trị, gắn với Cuộc vận động “Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ”, tạo chuyển biến rõ nét về nhận thức và hành động của cán bộ, chiến sĩ.",
    [
        ("p", "Xác định học tập và làm theo Bác là nhiệm vụ thường xuyên, Đảng ủy Quân sự tỉnh đã ban hành nghị quyết chuyên đề, chỉ đạo các cơ quan, đơn vị xây dựng kế hoạch cụ thể, gắn với nhiệm vụ huấn luyện, sẵn sàng chiến đấu và xây dựng đơn vị vững mạnh toàn diện “mẫu mực, tiêu biểu”."),
        ("p", "Mỗi cán bộ, đảng viên đăng ký nội dung làm theo phù hợp với chức trách, nhiệm vụ; định kỳ kiểm điểm, đánh giá tại sinh hoạt chi bộ. Nhiều mô hình hay như “Bếp ăn tiết kiệm, vệ sinh”, “Tủ sách pháp luật đơn vị”, “Mỗi tháng một việc tốt vì nhân dân” được duy trì hiệu quả."),
        ("img", "/sphere/songbe/upload/2024/05/lvt-giup-dan-thu-hoach-dieu.jpg", "Cán bộ, chiến sĩ Ban CHQS huyện Phước Long giúp nhân dân thu hoạch điều"),
        ("p", "Đặc biệt, lực lượng vũ trang tỉnh luôn đi đầu trong các phong trào giúp dân. Năm 2023, các đơn vị đã huy động hơn 3.200 ngày công giúp nhân dân làm đường giao thông nông thôn, xây dựng 12 căn nhà “Đồng đội”, nhà “Đại đoàn kết” tặng gia đình chính sách, hộ nghèo."),
        ("p", "Thời gian tới, Đảng ủy Quân sự tỉnh tiếp tục lãnh đạo đẩy mạnh thực hiện Chỉ thị số 05-CT/TW, trọng tâm là chuyên đề năm 2024, gắn với phong trào Thi đua Quyết thắng; phát huy vai trò nêu gương của cán bộ chủ trì các cấp, xây dựng lực lượng vũ trang tỉnh vững mạnh về chính trị, làm nòng cốt xây dựng nền quốc phòng toàn dân."),
    ])


def page7():
    rng = random.Random("sphere-songbe-07")
    pub = T("2024-05-24 10:20")
    host = "https://songbe.gov.vn"
    uuid = hexid(rng, 24)
    url = f"{host}/sphere/songbe/page/xem-tin.cpx?uuid={uuid}"
    hs = heads2(rng, 30)
    ds = past(pub, rng, 30, 1, 40)

    def p(t, style="text-align: justify;"):
        return f'<p style="{style}" data-mce-style="{style}">{esc(t)}</p>'
    body = A7.render(p=p, img=lambda s, c, n: f'<figure class="image" data-mce-selected="1"><img src="{s}" alt="{esc(c, True)}" width="700" height="466" data-mce-src="{s}"><figcaption>{esc(c)}</figcaption></figure>')
    cards = "".join(f'<div class="col-md-4 cw-item"><a href="/sphere/songbe/page/xem-tin.cpx?uuid={hexid(rng, 24)}"><div class="img-news"><img src="/sphere/songbe/upload/thumb/{hexid(rng, 12)}.jpg" alt="{esc(t, True)}"></div></a><div class="cwi-caption"><h2 class="cwi-title"><a href="/sphere/songbe/page/xem-tin.cpx?uuid={hexid(rng, 24)}">{esc(t)}</a></h2><p class="cwi-download"><span class="time" data-time="{epoch_ms(d)}">{dmy(d, ".")}</span> · {rng.randint(40, 900)} lượt Xem</p></div></div>' for t, d in zip(hs[:9], ds[:9]))
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Cổng thông tin điện tử tỉnh Sông Bé</title>
<meta property="og:title" content="{esc(A7.title, True)}"><meta property="og:description" content="{esc(A7.lead, True)}"><meta property="og:url" content="{url}">
<link rel="stylesheet" href="/sphere/smartcloud/themes/default/css/bootstrap.min.css"><link rel="stylesheet" href="/sphere/songbe/themes/portal/css/portal.css?v=20240105">
<style>{css(rng, "sp", 250)}</style><!--PAD-->
<script>var SPHERE_CTX={{"site":"songbe","page":"xem-tin","uuid":"{uuid}","lang":"vi","user":null,"serverTime":{epoch_ms(T("2024-05-30 09:14"))}}};</script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="today">Thứ Năm, ngày 30/05/2024</span><span class="float-right"><a href="/sphere/songbe/page/lien-he.cpx">Liên hệ</a> | <a href="/sphere/songbe/page/so-do.cpx">Sơ đồ cổng</a> | <a href="/sphere/songbe/page/en.cpx">English</a></span></div></div>
<div class="banner"><div class="container"><a href="/"><img src="/sphere/songbe/themes/portal/img/banner.png" alt="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÔNG BÉ"></a></div></div>
<nav class="navbar navbar-expand-lg main-nav"><div class="container">{menu(rng, "/sphere/songbe/page", "navbar-nav", ".cpx", ["TP Thủ Dầu Một", "TX Đồng Xoài", "Phước Long", "Bình Long", "Lộc Ninh", "Bù Đăng", "Tân Uyên", "Bến Cát", "Thuận An"])}</div></nav>
<div class="container"><div class="row body">
<div class="col-sm-9">
<div class="card card-box">
<div class="card-header"><span><img src="/sphere/songbe/themes/portal/img/icon-title.png" alt=""></span><span class="title">Quốc phòng - An ninh</span></div>
<div class="card-body"><div class="item content" id="detail-item">
<h4 class="title">{esc(A7.title)}</h4>
<div class="item-info"><span class="time" data-time="{epoch_ms(pub)}">{dmy(pub, ".")}</span>
<div class="float-right"><audio id="audio-player" preload="none" src="/sphere/smartcloud/tts/{uuid}.mp3"></audio><a href="javascript:void(0)" onclick="playAudio()"><i class="fa fa-volume-up"></i> Đọc bài viết</a> <a href="/sphere/songbe/page/print.cpx?uuid={uuid}" target="_blank"><i class="fa fa-print"></i> In bài</a> <a href="javascript:void(0)" class="contrast">(+/-)</a> <button class="btn btn-sm font-minus">A-</button> <button class="btn btn-sm font-plus">A+</button></div></div>
<div class="brief">{esc(A7.lead)}</div>
<div class="content">
{body}
{p("Đại tá Trần Quốc Hưng, Chính ủy Bộ Chỉ huy Quân sự tỉnh Sông Bé", "text-align: right;").replace(">Đại tá", "><em><strong>Đại tá").replace("Sông Bé</p>", "Sông Bé</strong></em></p>")}
</div>
</div></div>
<div class="card-footer"><div class="row"><div class="col-6"><div class="fb-share-button" data-href="{url}" data-layout="button_count"></div></div><div class="col-6 text-right">Đánh giá: <span class="rating" data-value="4">★★★★☆</span> (12 lượt)</div></div></div>
</div>
<div class="card card-box list-news-box"><div class="card-header"><span class="title">Các tin khác</span></div><div class="card-body related-content"><div class="row cat-content">{cards}</div></div></div>
</div>
<div class="col-sm-3">
<div class="card card-box"><div class="card-header"><span class="title">Tin mới</span></div><div class="card-body">{nlist(rng, hs[9:19], "/sphere/songbe/page/xem-tin.cpx?uuid=", ds[9:19], lambda d: dmy(d, "."), "list-unstyled side-news", img=False, ext="")}</div></div>
<div class="card card-box"><div class="card-header"><span class="title">Lịch tiếp công dân</span></div><div class="card-body"><p>Chủ tịch UBND tỉnh tiếp công dân định kỳ ngày 15/6/2024 tại Trụ sở Tiếp công dân tỉnh.</p></div></div>
<div class="card card-box"><div class="card-header"><span class="title">Thông tin cần biết</span></div><div class="card-body"><ul class="list-unstyled"><li><a href="#">Dịch vụ công trực tuyến</a></li><li><a href="#">Hỏi đáp trực tuyến</a></li><li><a href="#">Đường dây nóng</a></li><li><a href="#">Thời tiết</a></li></ul></div></div>
<div class="card card-box"><div class="card-header"><span class="title">Thống kê truy cập</span></div><div class="card-body"><ul>{counter(rng)}</ul></div></div>
</div></div></div>
<footer class="footer"><div class="container">{footer("Cổng thông tin điện tử tỉnh Sông Bé", "Số 1 Quang Trung, phường Phú Cường, TP Thủ Dầu Một, tỉnh Sông Bé", "0274.3822.011", "<p>Cơ quan chủ quản: Văn phòng UBND tỉnh Sông Bé</p>")}</div></footer>
<form id="mail-form" method="post" action="/sphere/smartcloud/mail/marketing.cpx" style="display:none"><input name="uuid" value="{uuid}"></form>
<script src="/sphere/smartcloud/themes/default/js/jquery-3.5.1.min.js"></script><script src="/sphere/smartcloud/themes/default/js/bootstrap.bundle.min.js"></script>
<script>$(function(){{$('span.time[data-time]').each(function(){{var d=new Date(parseInt($(this).data('time')));$(this).attr('title',d.toLocaleString('vi-VN'));}});}});</script>
<script>{js(rng, 40, "sph")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 104, "sp-x")
    return dict(family="sphere_portal", name="songbe-lvt-h4-dotted-date-epoch-ms-rank-byline", url=url,
                content_type="text/html;charset=UTF-8", html=html,
                expected=expected(A7, iso(pub), author="Trần Quốc Hưng", unit="Bộ Chỉ huy Quân sự tỉnh Sông Bé",
                                  category="Quốc phòng - An ninh"),
                traps={"bylines": ["Đại tá Trần Quốc Hưng, Chính ủy Bộ Chỉ huy Quân sự tỉnh Sông Bé"], "related": hs[:19],
                       "chrome": ["Đọc bài viết", "Đánh giá:", "(12 lượt)", "Dịch vụ công trực tuyến"],
                       "dates": ["Thứ Năm, ngày 30/05/2024", "15/6/2024"]},
                notes="'sphere' smartcloud Java portal (BRVT-style): uuid URL, Bootstrap 4 card-box, title in h4.title, <title> = site "
                      "name. Visible date '24.05.2024' (dotted, date only) in span.time whose data-time epoch-ms attribute "
                      f"({epoch_ms(pub)}) is 2024-05-24 10:20 +07:00 → published_at with that time (an epoch is an absolute "
                      "instant, so it counts as an explicit offset, and it agrees with the visible date). Card header 'Quốc phòng "
                      "- An ninh' = category (no breadcrumb). TinyMCE body with data-mce-style duplicates. Foot byline 'Đại tá Trần "
                      "Quốc Hưng, Chính ủy Bộ Chỉ huy Quân sự tỉnh Sông Bé' → author 'Trần Quốc Hưng' (rank dropped, as in set 3), "
                      "unit 'Bộ Chỉ huy Quân sự tỉnh Sông Bé' (post 'Chính ủy' dropped). Header shows the save day; related cards "
                      "carry their own epoch dates.",
                readme="'sphere' smartcloud portal; h4 title, '24.05.2024' with data-time epoch ms (time from the epoch), card-header category, TinyMCE data-mce-style body, 'Đại tá X, Chính ủy <unit>' foot byline, TTS/print controls")


# =====================================================================
A8 = Art(
    "Bài 2: Đánh thức những làn điệu then",
    "Từng có thời gian vắng bóng trong đời sống thường ngày, những làn điệu then, tiếng đàn tính của đồng bào Tày ở Than Uyên nay đã rộn ràng trở lại nhờ sự bền bỉ của các nghệ nhân và sự vào cuộc của chính quyền cơ sở.",
    [
        ("p", "Chúng tôi về bản Mường Cang vào một buổi chiều cuối tháng Tư. Từ đầu con dốc đã nghe tiếng đàn tính vọng ra từ ngôi nhà sàn của nghệ nhân Hoàng Văn Pấng. Trong gian nhà rộng, hơn chục thanh niên đang chăm chú tập từng nốt đàn, từng câu hát."),
        ("p", "Ông Pấng năm nay đã 76 tuổi, là một trong số ít người ở Than Uyên còn thuộc trọn vẹn các bài then cổ. Ông kể, hơn mười năm trước, cả bản chỉ còn vài người già biết hát, lớp trẻ đi làm ăn xa, tiếng đàn tính thưa dần trong các dịp lễ, Tết."),
        ("img", "/data/files/2024/05/nghe-nhan-hoang-van-pang.jpg", "Nghệ nhân Hoàng Văn Pấng hướng dẫn thanh niên bản Mường Cang chơi đàn tính"),
        ("p", "Năm 2020, được sự hỗ trợ của Phòng Văn hóa - Thông tin huyện, bản Mường Cang thành lập Câu lạc bộ hát then - đàn tính với 25 thành viên. Ông Pấng cùng hai nghệ nhân khác trực tiếp truyền dạy vào tối thứ Bảy hằng tuần, không lấy thù lao."),
        ("p", "Từ câu lạc bộ ở Mường Cang, phong trào lan rộng ra các xã Mường Than, Phúc Than, Mường Mít. Đến nay, toàn huyện có 9 câu lạc bộ hát then - đàn tính với hơn 200 thành viên, trong đó gần một nửa là thanh thiếu niên."),
        ("img", "/data/files/2024/05/clb-hat-then-muong-than.jpg", "Tiết mục hát then của Câu lạc bộ xã Mường Than tại Ngày hội Văn hóa các dân tộc huyện"),
        ("p", "Em Lò Thị Hoa, học sinh lớp 10, chia sẻ: “Lúc đầu em chỉ định tập cho vui, nhưng càng học càng thấy mê. Mỗi bài then là một câu chuyện về bản làng, về ông bà tổ tiên mình”."),
        ("p", "Theo ông Vàng A Sử, Trưởng Phòng Văn hóa - Thông tin huyện Than Uyên, thời gian tới huyện sẽ phối hợp với ngành giáo dục đưa hát then vào hoạt động ngoại khóa tại các trường học, đồng thời hỗ trợ kinh phí mua đàn tính cho các câu lạc bộ."),
    ])


def page8():
    rng = random.Random("vhv-thanuyen-08")
    pub = T("2024-05-19 07:52")
    host = "https://thanuyen.hoanglienson.gov.vn"
    oid = hexid(rng, 24)
    url = f"{host}/tin-tuc/bai-2-danh-thuc-nhung-lan-dieu-then.html"
    hs = heads2(rng, 30)
    ds = past(pub, rng, 30, 1, 40)
    series = "Giữ gìn bản sắc văn hóa các dân tộc ở Than Uyên"
    s1, s3 = "Bài 1: Sắc màu lễ hội trên cánh đồng Mường Than", "Bài 3: Giữ nghề dệt thổ cẩm giữa nhịp sống mới"

    def img(s, c, n):
        return (f'<table class="image" align="center" style="width:100%"><tbody><tr><td><img class="lazy" src="/images/blank.gif" data-original="{s}" alt="{esc(c, True)}" style="width:100%"></td></tr>'
                f'<tr><td class="image_desc" style="text-align:center">{esc(c)}</td></tr></tbody></table>')
    body = A8.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=img)

    def lst(titles, dates, cls):
        return f'<section class="section-list {cls}">' + "".join(
            f'<article class="list-news-one"><h2 class="h4 title"><a href="/tin-tuc/{slug(t)}.html" title="{esc(t, True)}">{esc(t)}</a></h2><span class="date">&nbsp;({dmy(d)})</span></article>' for t, d in zip(titles, dates)) + "</section>"
    listing = "".join(f'<article class="item-block listNewSmall"><div class="post-item row"><figure class="post-image col-4"><a href="/tin-tuc/{slug(t)}.html"><img class="lazy" src="/images/blank.gif" data-original="/data/files/thumb/{hexid(rng, 10)}.jpg" alt="{esc(t, True)}"></a></figure><div class="post-title col-8"><h4 class="entry-title"><a href="/tin-tuc/{slug(t)}.html">{esc(t)}</a></h4><span class="date"><time class="post-date" datetime="{d.strftime("%Y-%m-%dT%H:%M:%S+07:00")}">({dmy(d)})</time></span></div></div></article>' for t, d in zip(hs[12:20], ds[12:20]))
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(A8.title)} - Cổng thông tin điện tử huyện Than Uyên</title>
<meta name="description" content="{esc(A8.lead, True)}">
<meta property="og:title" content="{esc(A8.title, True)}"><meta property="og:type" content="article"><meta property="og:url" content="{url}">
<link rel="stylesheet" href="/3rdparty/bootstrap/css/bootstrap.min.css"><link rel="stylesheet" href="/templates/templatesotc/css/style.css?v=1.3.7">
<style>{css(rng, "vhv", 250)}</style><!--PAD-->
<script>var VHV={{"site":"{hexid(rng, 24)}","page":"{hexid(rng, 24)}","lang":"vi","module":"Article.News.Detail","itemId":"{oid}"}};</script>
</head>
<body class="page-news-detail">
<div class="header-top"><div class="container"><span class="date-now">Chủ nhật, 26/05/2024</span> <a href="/lien-he.html">Liên hệ</a> <a href="/so-do-cong.html">Sơ đồ cổng</a></div></div>
<header class="header"><div class="container"><a href="/"><img src="/data/files/banner-than-uyen.png" alt="Cổng thông tin điện tử huyện Than Uyên"></a></div></header>
<div class="main-menu"><div class="container">{menu(rng, "", "nav navbar-nav", ".html", ["Thị trấn Than Uyên", "Mường Than", "Phúc Than", "Mường Cang", "Mường Mít", "Hua Nà", "Tà Mung", "Khoen On"])}</div></div>
<div class="container"><div class="row"><div class="col-md-8">
<div class="pathway-category"><ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="first-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/tin-tuc.html"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2"></li><li class="last-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/tin-tuc/van-hoa-xa-hoi.html"><span itemprop="name">Văn hóa - Xã hội</span></a><meta itemprop="position" content="3"></li></ol></div>
<div id="module17" class="ModuleWrapper" moduleRootId="{hexid(rng, 24)}">
<article id="article17" class="news-detail-layout-type-2" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="2024-05-19T07:52:10+07:00"><meta itemprop="dateModified" content="2024-05-19T07:52:10+07:00">
<header><span class="post-date">07:52:10 | {dmy(pub)}</span>
<div class="block_share"><a href="javascript:void(0)" class="font-minus">A-</a> <a href="javascript:void(0)" class="font-normal">A</a> <a href="javascript:void(0)" class="font-plus">A+</a> <a href="javascript:printArticle('{oid}')" title="In">In</a> <a href="mailto:?subject=bai-viet" title="Email">Email</a></div></header>
<div class="article-content"><div class="block-core-a3">
<div class="news-kicker">Ghi chép</div>
<h3 class="series-title"><a href="/chuyen-de/giu-gin-ban-sac-van-hoa.html">{esc(series)}</a></h3>
<h1 class="title-detail" itemprop="headline">{esc(A8.title)}</h1>
<div class="social-connect"><div class="zalo-share-button" data-href="{url}" data-oaid="{rng.randint(10**17, 10**18)}" data-layout="1" data-color="blue" data-customize="false"></div><div class="fb-like" data-href="{url}" data-layout="button_count"></div> <a class="btn-read" href="javascript:void(0)">Đọc bài</a> <a class="btn-save" href="javascript:void(0)">Lưu</a></div>
<div class="brief" itemprop="description">{esc(A8.lead)}</div></div>
<div class="block-core-a5"><div class="content-detail" itemprop="articleBody">
{body}
<p style="text-align:right"><strong>Bài, ảnh: Lò Văn Thắng</strong></p>
<p style="text-align:left"><em><strong>Kỳ sau:</strong> {esc(s3)}</em></p>
</div></div></div>
<div class="series-box"><div class="series-box-title">Các bài trong loạt “{esc(series)}”</div><ul><li><a href="/tin-tuc/{slug(s1)}.html">{esc(s1)}</a> <span>(12/05/2024)</span></li><li class="current">{esc(A8.title)}</li><li>{esc(s3)} <span>(sắp đăng)</span></li></ul></div>
<div class="rating">Tổng số điểm của bài viết là: 45 trong 10 đánh giá <span class="stars">★★★★½</span> <span>Click để đánh giá bài viết</span></div>
</article></div>
<div class="panel frame-involve"><div class="panel-heading"><div class="panel-title">Tin liên quan</div></div><div class="panel-body">{lst(hs[:6], ds[:6], "Article-News-Detail-default")}</div></div>
<div class="panel frame-involve"><div class="panel-heading"><div class="panel-title">Bài viết khác</div></div><div class="panel-body">{lst(hs[6:12], ds[6:12], "Article-News-Detail-default")}</div></div>
</div><div class="col-md-4">
<div class="panel"><div class="panel-heading"><div class="panel-title">Tin mới</div></div><div class="listNewsType1 Article-News">{listing}</div></div>
<div class="panel"><div class="panel-heading"><div class="panel-title">Lịch công tác</div></div><div class="panel-body"><p>Thứ Hai 27/05/2024: Họp giao ban Thường trực HĐND - UBND huyện</p><p>Thứ Tư 29/05/2024: Kiểm tra tiến độ xây dựng nông thôn mới xã Hua Nà</p></div></div>
<div class="panel"><div class="panel-heading"><div class="panel-title">Video</div></div><div class="panel-body"><iframe src="https://www.youtube.com/embed/{alnum(rng, 11)}" title="Then Than Uyên" width="100%" height="200"></iframe></div></div>
<div class="panel"><div class="panel-body"><ul>{counter(rng)}</ul></div></div>
</div></div></div>
<footer class="footer"><div class="container">{footer("Cổng thông tin điện tử huyện Than Uyên", "Tổ dân phố 5, thị trấn Than Uyên, huyện Than Uyên, tỉnh Hoàng Liên Sơn", "0213.3784.216", "<p>Thiết kế bởi VHV</p>")}</div></footer>
<script src="/3rdparty/jquery/jquery.min.js"></script><script src="/3rdparty/jquery.lazyload.min.js"></script><script>$(function(){{$("img.lazy").lazyload();}});</script>
<script>{js(rng, 40, "vhvx")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 108, "vhv-x")
    return dict(family="vhv_cms", name="thanuyen-series-bai-2-ghi-chep-time-first-seconds-lazy", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A8, iso(pub), author="Lò Văn Thắng", photographer="Lò Văn Thắng", category="Văn hóa - Xã hội"),
                traps={"bylines": ["Bài, ảnh: Lò Văn Thắng"], "series": [series, s1, s3, "Kỳ sau:"],
                       "related": hs[:20],
                       "chrome": ["Tổng số điểm của bài viết là: 45 trong 10 đánh giá", "Click để đánh giá bài viết", "Ghi chép"],
                       "dates": ["Chủ nhật, 26/05/2024", "(12/05/2024)", "Thứ Hai 27/05/2024"]},
                notes="VHV CMS (ModuleWrapper, news-detail-layout-type-2, ObjectId ids). Stamp '07:52:10 | 19/05/2024' (time first, "
                      "with seconds); itemprop datePublished agrees. Above the h1: kicker 'Ghi chép' and the series name in an h3 "
                      "link; title = the h1 'Bài 2: Đánh thức những làn điệu then' (part number kept, series name not part of the "
                      "title). Brief = lead. Lazy images (blank.gif src, data-original) in two-row tables with td.image_desc "
                      "captions. 'Bài, ảnh: Lò Văn Thắng' → author = photographer. 'Kỳ sau: Bài 3 …' teaser inside the content "
                      "div and the series box are not body. Category = last crumb.",
                readme="VHV CMS series part; kicker + series h3 above the h1 'Bài 2: …', '07:52:10 | 19/05/2024' time-first stamp, lazy data-original images in caption tables, 'Bài, ảnh:' byline, in-content 'Kỳ sau:' teaser, series box")


PAGES = [page5, page6, page7, page8]
