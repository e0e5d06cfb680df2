"""Kentico 12 portal notice with a PDF attachment (Điện Biên) and a TYPO3 English-language page (Quảng Ninh)."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, doc_titles, dump, esc, expected, fake_min_js,
                     headlines, hexid, hm, iso_min, iso_date, menu_tree, MINISTRIES, NOTICE_TITLES, days_before,
                     slugify, ul_tree, viewstate, wd, alnum, guid, en_us_short, EN_HEADLINES, b64blob)


# =====================================================================
# Page 3: Tỉnh ủy Điện Biên — Kentico 12 portal engine, "Thông báo" with PDF
# =====================================================================
ART3 = Art(
    "Thông báo Kết luận của Thường trực Tỉnh ủy về công tác chuẩn bị Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ",
    None,
    [
        ("p", "Ngày 07/3/2024, Văn phòng Tỉnh ủy ban hành Thông báo số 1456-TB/TU về Kết luận của Thường trực Tỉnh "
              "ủy tại buổi làm việc với Ban Chỉ đạo các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 "
              "- 07/5/2024) về tiến độ chuẩn bị các hoạt động kỷ niệm."),
        ("p", "Thường trực Tỉnh ủy yêu cầu các sở, ngành, địa phương tập trung hoàn thành các công trình chỉnh trang "
              "đô thị, tu bổ, tôn tạo các điểm di tích thuộc Di tích quốc gia đặc biệt Chiến trường Điện Biên Phủ "
              "trước ngày 20/4/2024; hoàn thiện kịch bản, phương án bảo đảm an ninh, trật tự, an toàn giao thông, y "
              "tế, lưu trú phục vụ các đoàn đại biểu và Nhân dân, du khách về dự lễ kỷ niệm."),
        ("p", "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan báo chí đẩy mạnh tuyên truyền về ý nghĩa lịch "
              "sử, tầm vóc thời đại của Chiến thắng Điện Biên Phủ; kịp thời thông tin về các hoạt động kỷ niệm và "
              "những thành tựu phát triển kinh tế - xã hội của tỉnh sau 70 năm giải phóng."),
        ("p", "Văn phòng Tỉnh ủy đề nghị các cơ quan, đơn vị, địa phương căn cứ nội dung Thông báo nghiêm túc triển "
              "khai thực hiện; định kỳ trước ngày 25 hằng tháng báo cáo tiến độ về Ban Chỉ đạo (qua Sở Văn hóa, Thể "
              "thao và Du lịch) để tổng hợp."),
    ])


def page3():
    rng = random.Random("kentico-dienbien-03")
    prov = "Điện Biên"
    pub = T("2024-03-11")
    issued = T("2024-03-07")
    today = T("2025-01-10 08:00")
    host = "https://dienbien.dcs.vn"
    path = "/van-ban/thong-bao/thong-bao-ket-luan-cua-thuong-truc-tinh-uy-ve-cong-tac-chuan-bi-le-ky-niem-70-nam-chien-thang-dien-bien-phu"
    url = host + path
    att_guid = guid(rng)
    att = f"/getattachment/{att_guid}/1456-TB-TU.pdf.aspx?lang=vi-VN"
    tree = menu_tree(rng, prov, "party", base="", n_communes=7, ext=".aspx")
    heads = headlines(rng, 30, prov, exclude=[ART3.title], avoid=ART3.body)
    other_notices = ["Thông báo lịch làm việc của Thường trực Tỉnh ủy tuần 11/2024",
                     "Thông báo Kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ",
                     "Thông báo về việc tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 16",
                     "Thông báo tuyển dụng công chức các cơ quan Đảng, Mặt trận tỉnh năm 2024",
                     "Thông báo ý kiến của Thường trực Tỉnh ủy về Đề án phát triển du lịch",
                     "Thông báo lịch tiếp công dân của Bí thư Tỉnh ủy tháng 3/2024",
                     "Thông báo về việc nghỉ lễ Giỗ Tổ Hùng Vương, Ngày Giải phóng miền Nam và Quốc tế Lao động",
                     "Thông báo kết quả kiểm tra dấu hiệu vi phạm đối với tổ chức đảng"]
    ndts = days_before(pub, rng, 8, 1, 50, with_time=False)
    p = "p_lt_ctl06_pageplaceholder_p_lt_ctl01"
    body = ART3.render(p=lambda t: f'<p style="text-align: justify;">{t}</p>')
    olist = "".join(f'<li><a href="/van-ban/thong-bao/{slugify(t)}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>'
                    for t, d in zip(other_notices, ndts))
    news = "".join(f'<li class="item"><a href="/tin-tuc/{slugify(t)}.aspx"><img src="/getmetafile/{guid(rng)}/thumb.aspx?maxsidesize=150" alt="" />{esc(t)}</a></li>'
                   for t in heads[:8])
    docs = "".join(f'<li><a href="/van-ban/{slugify(t)[:60]}.aspx">{esc(t)}</a></li>' for t in doc_titles(rng, 10))
    vs = viewstate(rng, 30000)
    html = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-vn">
<head id="head"><title>
	Thông báo - Tỉnh ủy Điện Biên
</title><meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="pragma" content="no-cache" />
<meta http-equiv="content-style-type" content="text/css" />
<meta http-equiv="content-script-type" content="text/javascript" />
<meta name="keywords" content="Tỉnh ủy Điện Biên, thông báo, kết luận, Thường trực Tỉnh ủy" />
<link href="/CMSPages/GetResource.ashx?stylesheetname=DienBienTU" type="text/css" rel="stylesheet"/>
<link href="/CMSPages/GetResource.ashx?_webparts=677&amp;_webpartlayouts=312" type="text/css" rel="stylesheet"/>
<style>{css_blob(rng, "kt", 380)}</style>
</head>
<body class="LTR Chrome VIVN ContentBody">
<form method="post" action="{path}" onsubmit="javascript:return WebForm_OnSubmit();" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="{b64blob(rng, 45)}" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<script src="/CMSPages/GetResource.ashx?scriptfile=%7e%2fCMSScripts%2fcms.js" type="text/javascript"></script>
<div id="ctxM"></div>
<div class="top-bar"><div class="container"><span class="date-now">{wd(today)}, {dmy(today)}</span>
<a href="/tieng-viet" class="lang active">Tiếng Việt</a> <a href="/sitemap.aspx">Sơ đồ trang</a> <a href="/CMSPages/logon.aspx" rel="nofollow">Đăng nhập</a></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/DienBienTU/media/Images/logo-dang.png" alt="Tỉnh ủy Điện Biên" /></a>
<div class="site-name"><span class="sn1">BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH</span><span class="sn2">TỈNH ỦY ĐIỆN BIÊN</span></div></div></div>
<div class="menu-main"><div class="container" id="{p}_lt_zoneMenu_CMSListMenu_menuElem">{ul_tree(tree, "CMSListMenuUL", "CMSListMenuLI", "CMSListMenuUL sub")}</div></div>
<div class="container main-content">
<div class="breadcrumbs"><a href="/" class="CMSBreadCrumbsLink">Trang chủ</a> <span class="sep">&gt;</span> <a href="/van-ban.aspx" class="CMSBreadCrumbsLink">Văn bản</a> <span class="sep">&gt;</span> <span class="CMSBreadCrumbsCurrentItem">Thông báo</span></div>
<div class="row"><div class="col-md-8">
<div class="box-detail">
<div class="box-title"><span>Thông báo</span></div>
<h1 class="title-detail" id="{p}_lt_zoneContent_lblDocumentName">{esc(ART3.title)}</h1>
<div class="info-detail"><span id="{p}_lt_zoneContent_lblNgayDang">Ngày đăng: {dmy(pub)}</span> | <span>Người đăng: Quản trị hệ thống</span> | <span>Lượt xem: 318</span></div>
<table class="doc-info" cellspacing="0" cellpadding="4">
<tr><td class="lbl">Số/Ký hiệu:</td><td>1456-TB/TU</td><td class="lbl">Ngày ban hành:</td><td>{dmy(issued)}</td></tr>
<tr><td class="lbl">Loại văn bản:</td><td>Thông báo</td><td class="lbl">Cơ quan ban hành:</td><td>Văn phòng Tỉnh ủy</td></tr>
<tr><td class="lbl">Người ký:</td><td>Lò Văn Tiến</td><td class="lbl">Lĩnh vực:</td><td>Tuyên giáo</td></tr>
<tr><td class="lbl">Trích yếu:</td><td colspan="3">Kết luận của Thường trực Tỉnh ủy về tiến độ chuẩn bị các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)</td></tr>
</table>
<div class="content-detail" id="{p}_lt_zoneContent_pnlNoiDung">
{body}
</div>
<div class="attach"><span class="attach-label">Tệp đính kèm:</span>
<a href="{att}" target="_blank" class="pdf"><img src="/DienBienTU/media/icons/pdf.gif" alt="" /> 1456-TB-TU.pdf</a> <span class="size">(285 KB)</span> <span class="dl">Lượt tải: 37</span>
<div class="pdf-preview"><iframe src="/CMSPages/PdfViewer.aspx?file={att_guid}" width="100%" height="600" title="Xem trước tệp đính kèm"></iframe></div></div>
<div class="tool-detail"><a href="javascript:window.print();">In trang</a> | <a href="/gui-email.aspx?nodeid=8812">Gửi email</a> | <a href="javascript:history.back();">Quay lại</a></div>
</div>
<div class="box-other"><div class="box-title"><span>Các thông báo khác</span></div><ul>{olist}</ul></div>
</div>
<div class="col-md-4 sidebar">
<div class="box-side"><div class="box-title"><span>Tin mới</span></div><ul class="news-side">{news}</ul></div>
<div class="box-side"><div class="box-title"><span>Văn bản mới ban hành</span></div><ul class="doc-side">{docs}</ul></div>
<div class="box-side"><div class="box-title"><span>Chuyên trang</span></div><a href="/70-nam-chien-thang-dien-bien-phu.aspx"><img src="/DienBienTU/media/banner/70-nam-dbp.jpg" alt="Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ" /></a></div>
<div class="box-side"><div class="box-title"><span>Liên kết</span></div><select onchange="window.open(this.value)"><option>-- Liên kết website --</option>{"".join(f'<option value="https://{slugify(m)[:16]}.vn">{esc(m)}</option>' for m in MINISTRIES)}</select></div>
<div class="box-side"><div class="box-title"><span>Thống kê truy cập</span></div><ul>{"".join(f'<li>{esc(l)}: {v}</li>' for l, v in counter_block(rng))}</ul></div>
</div></div></div>
<div class="footer"><div class="container"><p>BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH ĐIỆN BIÊN</p><p>Cơ quan chủ quản: Tỉnh ủy Điện Biên. Địa chỉ: Tổ dân phố 6, phường Mường Thanh, TP Điện Biên Phủ.</p>
<p>Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {{ return true; }}
{fake_min_js(rng, 100, "kentico")}
//]]>
</script>
</form>
</body>
</html>
"""
    return dict(
        family="kentico", name="dienbien-thong-bao-pdf-issue-date", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART3, published=iso_date(pub), category="Thông báo"),
        traps={"bylines": ["Quản trị hệ thống", "Lò Văn Tiến"], "related": other_notices[:6] + heads[:4],
               "chrome": ["Tệp đính kèm:", "1456-TB-TU.pdf", "Lượt tải: 37", "Các thông báo khác",
                          "Kết luận của Thường trực Tỉnh ủy về tiến độ chuẩn bị các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)",
                          "Số/Ký hiệu:"],
               "dates": [f"Ngày ban hành:"]},
        notes="Kentico 12 portal engine (CMSListMenu, GetResource.ashx, __CMSCsrfToken, ~40 KB __VIEWSTATE). Document "
              "announcement: short 4-paragraph body, no sapo, no byline; 'Người đăng: Quản trị hệ thống' is an "
              "account and the signer 'Lò Văn Tiến' in the metadata table is not an author. Two dates: posting "
              "date 'Ngày đăng: 11/03/2024' (date only → published) and the document's 'Ngày ban hành: 07/03/2024' "
              "(not the article date); the body also mentions 07/3/2024 and future deadlines. The metadata table "
              "(Số/Ký hiệu, Trích yếu…) and the attachment line with a PDF preview iframe are not body. "
              "<title> is 'Thông báo - Tỉnh ủy Điện Biên' (category + site). Breadcrumb ends with the category.",
        readme="Kentico 12; 'Thông báo' with PDF attachment + preview iframe, doc metadata table (issue date ≠ "
               "posting date, signer ≠ author), date-only posting stamp, account 'Quản trị hệ thống', no sapo",
    )


# =====================================================================
# Page 4: Quảng Ninh English portal — TYPO3 tx_news
# =====================================================================
ART4 = Art(
    "Quang Ninh Party Committee reviews five years of implementing marine economy resolution",
    "On March 11, the Standing Board of the Quang Ninh Provincial Party Committee held a conference to review five "
    "years of implementing Resolution No. 36-NQ/TW of the 12th Party Central Committee on the strategy for "
    "sustainable development of Viet Nam's marine economy to 2030, with a vision to 2045.",
    [
        ("p", "According to the report presented at the conference, the province's marine economy has grown at an "
              "average rate of 10.6 per cent per year over the past five years, contributing about 45 per cent of the "
              "provincial gross regional domestic product (GRDP). Tourism, seaport services and aquaculture have been "
              "identified as key sectors, with more than 15 million visitors arriving in the province in 2023."),
        ("p", "The province has completed a number of strategic infrastructure projects linking coastal areas, "
              "including the Ha Long - Van Don - Mong Cai expressway, Van Don international airport and the Hon Gai "
              "international passenger port. The marine spatial plan has been integrated into the provincial master "
              "plan for 2021 - 2030, which was approved by the Prime Minister in 2023."),
        ("img", "/fileadmin/user_upload/2024/03/hoi-nghi-nq36.jpg", "Delegates at the conference"),
        ("p", "Delegates also pointed out shortcomings, such as the slow development of marine science and technology, "
              "limited high-quality human resources, and environmental pressure on Ha Long Bay and Bai Tu Long Bay "
              "from tourism and aquaculture. Mangrove cover in some localities has decreased compared with 2018."),
        ("p", "Concluding the conference, Standing Deputy Secretary of the Provincial Party Committee Trinh Van Hoan "
              "asked Party committees and authorities at all levels to continue raising awareness among officials, "
              "Party members and local people of the role of the sea; to attract investment in high-tech aquaculture, "
              "marine eco-tourism and green logistics; to strictly control sources of pollution; and to closely "
              "combine economic development with ensuring national defence and security and protecting sovereignty "
              "over the sea and islands."),
        ("p", "On this occasion, the Standing Board of the Provincial Party Committee presented certificates of merit "
              "to 14 collectives and 20 individuals with outstanding achievements in implementing the resolution."),
    ])


def page4():
    rng = random.Random("typo3-quangninh-04")
    pub = T("2024-03-11")
    upd = T("2024-03-12 09:05")
    host = "https://english.quangninh.gov.vn"
    path = "/news-events/politics/detail/quang-ninh-party-committee-reviews-five-years-of-implementing-marine-economy-resolution"
    url = host + path
    heads = [h for h in EN_HEADLINES if h not in ART4.body]
    dts = days_before(T("2024-03-11 10:00"), rng, len(heads), 0, 25)
    menu = [("Home", "/"), ("About Quang Ninh", "/about-quang-ninh", ["Overview", "History", "Geography", "Administrative map", "Ethnic groups"]),
            ("Government", "/government", ["Provincial Party Committee", "People's Council", "People's Committee", "Departments", "Localities"]),
            ("News & Events", "/news-events", ["Politics", "Economy", "Culture - Society", "Tourism", "Defence - Security", "External relations"]),
            ("Investment", "/investment", ["Investment climate", "Projects calling for investment", "Industrial zones", "Incentive policies", "PCI"]),
            ("Tourism", "/tourism", ["Ha Long Bay", "Yen Tu", "Islands", "Festivals", "Cuisine"]),
            ("Public services", "/public-services", ["Online public services", "Administrative procedures", "Feedback"]),
            ("Contact", "/contact")]

    def navhtml():
        out = ['<ul class="navbar-nav">']
        for m in menu:
            lab, u = m[0], m[1]
            kids = m[2] if len(m) > 2 else []
            out.append(f'<li class="nav-item{" dropdown" if kids else ""}"><a class="nav-link" href="{u}">{esc(lab)}</a>')
            if kids:
                out.append('<ul class="dropdown-menu">' + "".join(f'<li><a class="dropdown-item" href="{u}/{slugify(k)}">{esc(k)}</a></li>' for k in kids) + "</ul>")
            out.append("</li>")
        out.append("</ul>")
        return "".join(out)

    def img(src, cap, alt, n):
        return (f'<figure class="image"><img src="/fileadmin/_processed_/{hexid(rng, 1)}/{hexid(rng, 1)}/csm_hoi-nghi-nq36_{hexid(rng, 10)}.jpg" '
                f'width="800" height="533" alt="{alt}" loading="lazy" /><figcaption class="image-caption">{cap}. '
                f'<em>Photo: Minh Duc</em></figcaption></figure>')

    body = ART4.render(img=img, p=lambda t: f'<p class="text-justify">{t}</p>')
    related = "".join(f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header">'
                      f'<h3><a title="{esc(t, attr=True)}" href="/news-events/detail/{slugify(t)}"><span itemprop="headline">{esc(t)}</span></a></h3></div>'
                      f'<div class="footer"><p><span class="news-list-date"><time datetime="{d.strftime("%Y-%m-%d")}">{dmy(d)}</time></span></p></div></div>'
                      for t, d in zip(heads[:8], dts))
    side = "".join(f'<li><a href="/news-events/detail/{slugify(t)}">{esc(t)}</a></li>' for t in heads[8:16])
    html = f"""<!DOCTYPE html>
<html dir="ltr" lang="en-GB">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<title>Quang Ninh Portal: News &amp; Events</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="{esc(ART4.lead, attr=True)}" />
<meta property="og:title" content="{esc(ART4.title, attr=True)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{host}/fileadmin/user_upload/2024/03/hoi-nghi-nq36.jpg" />
<meta name="twitter:card" content="summary" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-{hexid(rng, 32)}-{hexid(rng, 32)}.css?{rng.randint(10 ** 9, 10 ** 10)}" media="all">
<style>{css_blob(rng, "qn", 560)}</style>
<link rel="canonical" href="{url}"/>
<link rel="alternate" hreflang="vi-VN" href="https://www.quangninh.gov.vn/tin-tuc/chinh-tri/ban-thuong-vu-tinh-uy-so-ket-5-nam-thuc-hien-nghi-quyet-36-nq-tw"/>
<link rel="alternate" hreflang="en-GB" href="{url}"/>
</head>
<body id="p312" class="page-312 pagelevel-3 language-1 backendlayout-subpage layout-default">
<div id="top" class="topbar"><div class="container"><ul class="lang-switch"><li><a href="https://www.quangninh.gov.vn/" hreflang="vi-VN">Tiếng Việt</a></li><li class="active"><a href="{host}/" hreflang="en-GB">English</a></li><li><a href="https://chinese.quangninh.gov.vn/" hreflang="zh-CN">中文</a></li></ul>
<span class="today">Friday, January 10, 2025</span></div></div>
<header class="site-header"><div class="container"><a class="brand" href="/"><img src="/fileadmin/templates/img/logo-en.png" alt="Quang Ninh Portal" width="320" height="64"></a>
<form class="search" action="/search" method="get"><input type="text" name="tx_indexedsearch_pi2[search][sword]" placeholder="Search"><button>Go</button></form></div></header>
<nav class="navbar navbar-expand-lg"><div class="container">{navhtml()}</div></nav>
<div class="container">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/news-events">News &amp; Events</a></li><li class="breadcrumb-item active"><a href="/news-events/politics">Politics</a></li></ol>
<div class="row"><main class="col-lg-8 maincontent" id="content">
<div id="c1204" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="page-title">News &amp; Events</h1></header></div>
<div id="c1205" class="frame frame-default frame-type-list frame-layout-0">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h3 itemprop="headline">{esc(ART4.title)}</h3></div>
<div class="footer"><p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{iso_date(pub)}">March 11, 2024</time></span>
<span class="news-list-category">Politics</span>
<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">Written by <span itemprop="name">Thu Hang</span></span>
</p></div>
<div class="lead" itemprop="description"><p>{esc(ART4.lead)}</p></div>
<div class="news-text-wrap" itemprop="articleBody">
{body}
</div>
<p class="news-updated">Updated: {en_us_short(upd)}</p>
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Related news</h4><ul>{"".join(f'<li><span class="news-related-news-date">{dmy(d)}</span><a href="/news-events/detail/{slugify(t)}">{esc(t)}</a></li>' for t, d in zip(heads[16:18], dts[16:18]))}</ul></div></div>
<div class="news-backlink-wrap"><a href="/news-events/politics">Back</a></div>
<div class="social"><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Share on Facebook</a> <a href="https://twitter.com/intent/tweet?url={url}">Share on X</a> <a href="javascript:window.print()">Print</a></div>
</div>
</div>
</div>
<div id="c1206" class="frame frame-default frame-type-list"><header><h2>Other news</h2></header><div class="news-list-view">{related}</div></div>
</main>
<aside class="col-lg-4 sidebar">
<div class="frame"><h2>Latest news</h2><ul class="latest">{side}</ul></div>
<div class="frame"><h2>Quick links</h2><ul><li><a href="https://dichvucong.quangninh.gov.vn">Online public services</a></li><li><a href="/investment/pci">Provincial Competitiveness Index</a></li><li><a href="/tourism">Visit Quang Ninh</a></li><li><a href="/government/localities">Localities</a></li></ul></div>
<div class="frame"><h2>Weather</h2><p>Ha Long: 19°C, light drizzle</p></div>
</aside></div></div>
<footer class="site-footer"><div class="container"><p><strong>QUANG NINH PROVINCE PORTAL (ENGLISH VERSION)</strong></p>
<p>Governing body: Quang Ninh Provincial People's Committee. Address: Building 3, Provincial Administrative Centre, Ha Long city, Quang Ninh province.</p>
<p>Please cite "Quang Ninh Portal" when reproducing information from this website.</p></div></footer>
<div id="cookie-consent" class="cookie-consent" role="dialog"><p>This website uses cookies to ensure you get the best experience on our website.</p><button class="cc-allow">Got it!</button> <a href="/privacy-policy">Learn more</a></div>
<script src="/typo3temp/assets/compressed/merged-{hexid(rng, 32)}-{hexid(rng, 32)}.js?{rng.randint(10 ** 9, 10 ** 10)}"></script>
<script>{fake_min_js(rng, 220, "qn")}</script>
</body>
</html>
"""
    return dict(
        family="typo3", name="quangninh-english-h3-headline-en-us-updated", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART4, published=iso_date(pub), updated=iso_min(upd), author="Thu Hang",
                          photographer="Minh Duc", category="Politics"),
        traps={"bylines": ["Written by", "Photo: Minh Duc"], "related": heads[:8] + heads[16:18],
               "chrome": ["News & Events", "Other news", "Related news", "Share on Facebook",
                          "This website uses cookies to ensure you get the best experience on our website."],
               "dates": ["Friday, January 10, 2025", "Updated:"]},
        notes="English-language version of a provincial portal on TYPO3 12 with tx_news. All text is English (no "
              "Vietnamese diacritics; names unaccented). The page h1 is the section name 'News & Events'; the "
              "article headline is tx_news' default h3[itemprop=headline]. <title> is 'Quang Ninh Portal: News & "
              "Events'. Visible publication date 'March 11, 2024' with <time datetime='2024-03-11'> (no time → "
              "date only); 'Updated: 3/12/2024 9:05 AM' is en-US M/d/yyyy 12-hour → 12 March 09:05. Author in "
              "'Written by Thu Hang'; caption ends with '. Photo: Minh Duc' (credit → photographer, cut from the "
              "caption). Language switcher, cookie banner, 'Other news' list with the same article markup.",
        readme="TYPO3 tx_news, English version; h1=section 'News & Events' with headline in h3, 'March 11, 2024' "
               "date-only + en-US 'Updated: 3/12/2024 9:05 AM', 'Written by', '. Photo: X' in caption, cookie banner",
    )


PAGES = [page3, page4]
