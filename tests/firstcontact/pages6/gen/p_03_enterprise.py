"""Enterprise / legacy portals: Sitecore SXA, JSF + PrimeFaces portal, PHP-Nuke (NCR-encoded)."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, esc, slug, dump, hexid, alnum, expected, css, js, menu, nlist,
                     footer, counter, ga, cookie_banner, heads3, pad, utcz, past, MENU, b64blob)

# =====================================================================
A8 = Art(
    "Hội nghị xúc tiến đầu tư vào các khu công nghiệp năm 2024 thu hút 14 dự án",
    "Tại Hội nghị xúc tiến đầu tư vào các khu công nghiệp tỉnh Bà Rịa - Vũng Tàu năm 2024, UBND tỉnh đã trao giấy chứng nhận đầu tư và biên bản ghi nhớ cho 14 dự án với tổng vốn đăng ký hơn 1,2 tỷ USD.",
    [
        ("p", "Hội nghị do UBND tỉnh phối hợp với Bộ Kế hoạch và Đầu tư tổ chức, thu hút gần 500 đại biểu là lãnh đạo các bộ, ngành Trung ương, đại diện các tổ chức xúc tiến đầu tư quốc tế, hiệp hội doanh nghiệp và nhà đầu tư đến từ 12 quốc gia, vùng lãnh thổ."),
        ("p", "Trong số 14 dự án được trao chứng nhận, có 9 dự án đầu tư mới và 5 dự án điều chỉnh tăng vốn, tập trung vào lĩnh vực công nghiệp bán dẫn, năng lượng tái tạo, logistics và hóa chất sau lọc dầu. Dự án lớn nhất có vốn đăng ký 420 triệu USD, sản xuất linh kiện điện tử tại Khu công nghiệp Phú Mỹ 3."),
        ("img", "/-/media/project/sokhdt/tin-tuc/2024/06/hoi-nghi-xtdt.ashx?h=533&w=800&hash=" + "9F2C7A1B3D4E5F60718293A4B5C6D7E8", "Lãnh đạo tỉnh trao giấy chứng nhận đầu tư cho các nhà đầu tư"),
        ("p", "Phát biểu tại hội nghị, Chủ tịch UBND tỉnh cam kết tạo mọi điều kiện thuận lợi cho nhà đầu tư, rút ngắn 30% thời gian giải quyết thủ tục so với quy định, đồng thời đẩy nhanh tiến độ giải phóng mặt bằng các khu công nghiệp mới."),
        ("p", "Hiện tỉnh có 15 khu công nghiệp đã được thành lập với tổng diện tích hơn 9.000 ha, tỷ lệ lấp đầy bình quân đạt 76%. Năm 2024, tỉnh đặt mục tiêu thu hút 1,5 tỷ USD vốn đầu tư trực tiếp nước ngoài vào các khu công nghiệp."),
        ("img", "/-/media/project/sokhdt/tin-tuc/2024/06/hoi-nghi-xtdt-2.ashx?h=533&w=800&hash=" + "0A1B2C3D4E5F60718293A4B5C6D7E8F9", "Các đại biểu tham quan gian trưng bày quy hoạch khu công nghiệp"),
        ("p", "Bên lề hội nghị, các sở, ngành của tỉnh đã tổ chức 6 phiên làm việc song phương với các nhà đầu tư Hàn Quốc, Nhật Bản và Singapore để giải đáp vướng mắc về thủ tục, hạ tầng và nguồn nhân lực."),
    ])


def page08():
    rng = random.Random("sitecore-brvt-08")
    pub = T("2024-06-14")
    event = T("2024-06-12")
    base = "https://sokhdt.baria-vungtau.gov.vn"
    url = base + "/vi/tin-tuc/xuc-tien-dau-tu/hoi-nghi-xuc-tien-dau-tu-vao-cac-khu-cong-nghiep-nam-2024-thu-hut-14-du-an"
    rel = heads3(rng, 6, avoid=[A8.title])
    rd = past(pub, rng, 6)

    def img(s, cap, n):
        return (f'<div class="component image file-type-icon-media-link col-12"><div class="component-content"><img src="{s}" alt="{esc(cap, True)}" width="800" height="533" data-variantitemid="{{{hexid(rng, 8).upper()}-{hexid(rng, 4).upper()}-{hexid(rng, 4).upper()}-{hexid(rng, 4).upper()}-{hexid(rng, 12).upper()}}}" data-variantfieldname="Image" />'
                f'<span class="image-caption field-imagecaption">{esc(cap)}</span></div></div>')
    def p(t):
        return f'<div class="component rich-text col-12"><div class="component-content"><p style="text-align: justify;">{esc(t)}</p></div></div>'
    body_html = A8.render(p=p, img=img)
    html = f"""<!DOCTYPE html>
<!--[if lt IE 7]>      <html class="no-js lt-ie9 lt-ie8 lt-ie7"> <![endif]-->
<!--[if IE 7]>         <html class="no-js lt-ie9 lt-ie8"> <![endif]-->
<!--[if IE 8]>         <html class="no-js lt-ie9"> <![endif]-->
<!--[if gt IE 8]><!-->
<html class="no-js" lang="vi">
<!--<![endif]-->
<head>
<link href="/-/media/feature/experience-accelerator/bootstrap-4/bootstrap-4/styles/optimized-min.css?t=20240301T084512Z" rel="stylesheet"><link href="/-/media/base-themes/main-theme/styles/optimized-min.css?t=20231115T021733Z" rel="stylesheet"><link href="/-/media/themes/sokhdt/brvt/styles/pre-optimized-min.css?t=20240522T101204Z" rel="stylesheet">
    <title>Hội nghị xúc tiến đầu tư vào các khu công nghiệp năm 2024 thu hút 14 dự án</title>
    <link rel="canonical" href="{url}" />
    <meta property="og:title" content="{esc(A8.title, True)}" /><meta property="og:type" content="article" /><meta property="article:published_time" content="{utcz(pub)}" /><meta property="og:site_name" content="Sở Kế hoạch và Đầu tư tỉnh Bà Rịa - Vũng Tàu" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <style>{css(rng, "sxa", 40)}</style><!--PAD-->
</head>
<body class="default-device bodyclass">
    <div id="wrapper">
        <header><div id="header" class="container-fluid"><div class="row">
<div class="component plain-html col-12"><div class="component-content"><div class="top-links"><span class="today">Hôm nay: Thứ Hai, 17/06/2024</span> <a href="/vi/lien-he">Liên hệ</a> | <a href="/en">English</a></div></div></div>
<div class="component image col-12 col-lg-6"><div class="component-content"><a title="Trang chủ" href="/vi"><img src="/-/media/project/sokhdt/logo.ashx?h=80&amp;w=420&amp;hash={hexid(rng, 32).upper()}" alt="Sở Kế hoạch và Đầu tư tỉnh Bà Rịa - Vũng Tàu" width="420" height="80" /></a></div></div>
<div class="component navigation col-12 navigation-main navigation-main-vertical"><div class="component-content"><nav>{menu(rng, cls="clearfix", ext="", items=[("Giới thiệu", ["Chức năng nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở"]), ("Tin tức", ["Hoạt động của Sở", "Xúc tiến đầu tư", "Doanh nghiệp", "Thông báo"]), ("Đầu tư", ["Danh mục dự án kêu gọi", "Thủ tục đầu tư", "Khu công nghiệp"]), ("Thủ tục hành chính", ["Đăng ký doanh nghiệp", "Đấu thầu"]), ("Văn bản", ["Văn bản pháp luật", "Văn bản điều hành"])])}</nav></div></div>
        </div></div></header>
        <main><div id="content" class="container"><div class="row">
<div class="component breadcrumb navigation-title col-12"><div class="component-content"><nav><ol><li class="breadcrumb-item home"><div class="navigation-title field-navigationtitle"><a title="Trang chủ" href="/vi">Trang chủ</a></div><div class="separator">&gt;</div></li><li class="breadcrumb-item"><div class="navigation-title field-navigationtitle"><a title="Tin tức" href="/vi/tin-tuc">Tin tức</a></div><div class="separator">&gt;</div></li><li class="breadcrumb-item last"><div class="navigation-title field-navigationtitle"><a title="Xúc tiến đầu tư" href="/vi/tin-tuc/xuc-tien-dau-tu">Xúc tiến đầu tư</a></div></li></ol></nav></div></div>
<div class="component container col-12 col-lg-8"><div class="component-content"><div class="row">
<div class="component title col-12"><div class="component-content"><div class="field-title"><h1>{esc(A8.title)}</h1></div></div></div>
<div class="component page-metadata col-12"><div class="component-content"><div class="meta-row"><span class="label">Ngày đăng:</span> <span class="field-date">{dmy(pub)}</span></div><div class="meta-row"><span class="label">Thời gian diễn ra:</span> <span class="field-eventdate">{dmy(event)}</span></div><div class="meta-row"><span class="label">Địa điểm:</span> <span class="field-location">Trung tâm Hội nghị tỉnh, TP Bà Rịa</span></div></div></div>
<div class="component rich-text field-summary col-12"><div class="component-content"><p><strong>{esc(A8.lead)}</strong></p></div></div>
{body_html}
<div class="component rich-text col-12 author-line"><div class="component-content"><p style="text-align: right;"><strong>Tác giả:</strong> Phạm Thu Hà - Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh</p></div></div>
<div class="component social-media-share col-12"><div class="component-content"><ul><li><a href="#" class="facebook">Facebook</a></li><li><a href="#" class="linkedin">LinkedIn</a></li><li><a href="#" class="email">Email</a></li></ul></div></div>
<div class="component page-list col-12"><div class="component-content"><h3>Tin liên quan</h3>{nlist(rng, rel, "/vi/tin-tuc", rd, fmt=dmy, cls="items", ext="")}</div></div>
</div></div></div>
<div class="component container col-12 col-lg-4 sidebar"><div class="component-content"><div class="component link-list"><div class="component-content"><h3>Liên kết nhanh</h3><ul><li><a href="#">Cổng thông tin quốc gia về đầu tư</a></li><li><a href="#">Đăng ký doanh nghiệp</a></li><li><a href="#">Mạng đấu thầu quốc gia</a></li></ul></div></div><div class="component event-calendar"><div class="component-content"><h3>Lịch sự kiện</h3><ul><li><span>25/06/2024</span> Hội thảo chuyển đổi số doanh nghiệp</li><li><span>02/07/2024</span> Đối thoại doanh nghiệp quý II</li></ul></div></div></div></div>
        </div></div></main>
        <footer><div id="footer" class="container-fluid"><div class="row"><div class="component rich-text col-12"><div class="component-content">{footer("Sở Kế hoạch và Đầu tư tỉnh Bà Rịa - Vũng Tàu", "198 Bạch Đằng, TP Vũng Tàu", "0254.3852.117")}</div></div></div></div></footer>
    </div>
    <script src="/-/media/base-themes/main-theme/scripts/optimized-min.js?t=20231115T021733Z"></script>
    {ga(rng)}{cookie_banner("privacy-warning")}
</body>
</html>"""
    html = pad(html, rng, 125, "sxa")
    return dict(family="sitecore_sxa", name="bariavungtau-skhdt-event-date-vs-posting-midnight-og-comma-unit", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A8, isod(pub), author="Phạm Thu Hà", unit="Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", category="Xúc tiến đầu tư"),
                traps={"dates": ["Hôm nay: Thứ Hai, 17/06/2024", "Thời gian diễn ra:", utcz(pub), "25/06/2024"],
                       "meta": ["Địa điểm:", "Trung tâm Hội nghị tỉnh, TP Bà Rịa"], "bylines": ["Tác giả:"],
                       "chrome": ["Tin liên quan", "Liên kết nhanh", "Lịch sự kiện", "Hội thảo chuyển đổi số doanh nghiệp"], "related": rel[:3]},
                notes="Sitecore SXA page (component/component-content wrappers, /-/media/…ashx?hash= images, field-title h1). Page-"
                      "metadata block: 'Ngày đăng: 14/06/2024' (posting date) vs 'Thời gian diễn ra: 12/06/2024' (event date, trap) "
                      "and 'Địa điểm'. og article:published_time '2024-06-13T17:00:00Z' is local midnight of the 14th — a date-only "
                      "value, not a publication time → published_at '2024-06-14' (not T00:00). 'Tác giả: Phạm Thu Hà - Trung tâm "
                      "Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh' → author + unit; the unit contains a comma (do not split it "
                      "into a second author). Summary field (bold) = lead; image components with field-imagecaption spans. "
                      "Category = last crumb. Header 'Hôm nay' date = save day; event calendar in the sidebar.",
                readme="Sitecore SXA; 'Ngày đăng' vs 'Thời gian diễn ra' (event date) metadata rows, og time = local midnight (date-only), 'Tác giả: Name - Unit, with comma', summary field lead, image components with caption spans")


# =====================================================================
A9 = Art(
    "Phát huy truyền thống, xây dựng Hà Bắc phát triển nhanh và bền vững",
    "Nhân kỷ niệm 60 năm Ngày tái lập tỉnh (1964 - 2024), Báo điện tử Đảng bộ tỉnh trân trọng giới thiệu bài viết của đồng chí Bí thư Tỉnh ủy với bạn đọc.",
    [
        ("h", "1. Những dấu ấn trên chặng đường 60 năm"),
        ("p", "Sáu mươi năm qua, trải qua bao thăng trầm của lịch sử, Đảng bộ và nhân dân Hà Bắc luôn phát huy truyền thống quê hương Kinh Bắc văn hiến, cách mạng, đoàn kết một lòng, vượt qua khó khăn, thử thách, giành được nhiều thành tựu quan trọng trên các lĩnh vực."),
        ("p", "Từ một tỉnh thuần nông, đến nay công nghiệp - xây dựng đã chiếm hơn 60% cơ cấu kinh tế; thu nhập bình quân đầu người tăng gần 15 lần so với năm 2000; 100% số xã đạt chuẩn nông thôn mới, trong đó 42 xã đạt chuẩn nông thôn mới nâng cao."),
        ("img", "/javax.faces.resource/images/2024/06/bi-thu-tinh-uy.jpg.xhtml?ln=news", "Đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy phát biểu tại Hội nghị Ban Chấp hành Đảng bộ tỉnh"),
        ("h", "2. Công tác xây dựng Đảng là nhiệm vụ then chốt"),
        ("p", "Những thành tựu ấy trước hết bắt nguồn từ sự lãnh đạo đúng đắn của Đảng bộ tỉnh. Công tác xây dựng, chỉnh đốn Đảng được chú trọng; tổ chức bộ máy được sắp xếp tinh gọn; đội ngũ cán bộ được quy hoạch, đào tạo bài bản, gắn với trách nhiệm nêu gương của người đứng đầu."),
        ("p", "Các cấp ủy đã tập trung lãnh đạo nâng cao chất lượng sinh hoạt chi bộ, phát triển đảng viên ở khu dân cư, doanh nghiệp ngoài khu vực nhà nước; kiên quyết xử lý nghiêm các tổ chức đảng, đảng viên vi phạm, củng cố niềm tin của nhân dân."),
        ("h", "3. Khát vọng phát triển trong giai đoạn mới"),
        ("p", "Phát huy truyền thống 60 năm, Đảng bộ tỉnh xác định mục tiêu đến năm 2030 Hà Bắc trở thành tỉnh công nghiệp hiện đại, là một trong những trung tâm công nghiệp công nghệ cao của vùng, đời sống vật chất và tinh thần của nhân dân không ngừng được nâng cao."),
        ("p", "Để thực hiện thắng lợi mục tiêu đó, mỗi cán bộ, đảng viên cần tiếp tục đổi mới tư duy, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung; phát huy sức mạnh khối đại đoàn kết toàn dân tộc, khơi dậy mạnh mẽ khát vọng cống hiến của các tầng lớp nhân dân."),
    ])


def page09():
    rng = random.Random("jsf-habac-09")
    pub = T("2024-06-20 08:00")
    base = "https://baodientu.tinhuyhabac.vn"
    url = base + "/portal/faces/tin-tuc/chi-tiet.xhtml?id=24611&cat=bai-viet-lanh-dao"
    rel = heads3(rng, 6, avoid=[A9.title])
    rd = past(pub, rng, 6)
    vs = "-" + str(rng.randint(10 ** 17, 10 ** 18)) + ":" + str(rng.randint(10 ** 17, 10 ** 18))
    big_vs = b64blob(rng, 24000)
    j = lambda: f"j_idt{rng.randint(10, 250)}"

    def img(s, cap, n):
        return (f'<div class="ui-g-12 img-wrap"><img id="frmNews:{j()}" src="{s}" alt="" class="ui-widget" style="max-width:100%" />'
                f'<div class="img-caption"><span id="frmNews:{j()}">{esc(cap)}</span></div></div>')
    body_html = A9.render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f"<p><strong>{esc(t)}</strong></p>", img=img)
    html = f"""<?xml version='1.0' encoding='UTF-8' ?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head id="j_idt2"><link type="text/css" rel="stylesheet" href="/portal/faces/javax.faces.resource/theme.css.xhtml?ln=primefaces-saga&amp;v=12.0.0" /><link type="text/css" rel="stylesheet" href="/portal/faces/javax.faces.resource/primeicons/primeicons.css.xhtml?ln=primefaces&amp;v=12.0.0" /><script type="text/javascript" src="/portal/faces/javax.faces.resource/jquery/jquery.js.xhtml?ln=primefaces&amp;v=12.0.0"></script><script type="text/javascript" src="/portal/faces/javax.faces.resource/core.js.xhtml?ln=primefaces&amp;v=12.0.0"></script><script type="text/javascript">if(window.PrimeFaces){{PrimeFaces.settings.locale='vi_VN';PrimeFaces.settings.viewId='/tin-tuc/chi-tiet.xhtml';PrimeFaces.settings.contextPath='/portal';PrimeFaces.settings.cookiesSecure=false;}}</script>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
        <title>Báo điện tử Đảng bộ tỉnh Hà Bắc</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" /><style>{css(rng, "pf", 40)}</style><!--PAD--></head><body>
<div id="header" class="layout-topbar"><div class="top-date">Thứ Bảy, 22/06/2024</div><a href="/portal/faces/index.xhtml"><img src="/portal/faces/javax.faces.resource/logo.png.xhtml?ln=img" alt="" /></a><span class="brand">BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH HÀ BẮC</span></div>
<form id="frmMenu" name="frmMenu" method="post" action="/portal/faces/tin-tuc/chi-tiet.xhtml" enctype="application/x-www-form-urlencoded"><input type="hidden" name="frmMenu" value="frmMenu" />
<div id="frmMenu:mainMenu" class="ui-menubar ui-widget ui-widget-content ui-corner-all ui-helper-clearfix" role="menubar">{menu(rng, cls="ui-menu-list ui-helper-reset", ext=".xhtml")}</div><input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="{vs}" autocomplete="off" /></form>
<div class="layout-main ui-g">
<form id="frmNews" name="frmNews" method="post" action="/portal/faces/tin-tuc/chi-tiet.xhtml" enctype="application/x-www-form-urlencoded"><input type="hidden" name="frmNews" value="frmNews" />
<div class="ui-g-12 ui-md-8">
<nav id="frmNews:bc" class="ui-breadcrumb ui-module ui-widget ui-widget-header ui-helper-clearfix ui-corner-all" aria-label="Breadcrumb"><ol class="ui-breadcrumb-items"><li class="ui-breadcrumb-item"><a tabindex="0" class="ui-menuitem-link" href="/portal/faces/index.xhtml"><span class="ui-menuitem-text">Trang chủ</span></a></li><li class="ui-breadcrumb-chevron pi pi-chevron-right"></li><li class="ui-breadcrumb-item"><a tabindex="0" class="ui-menuitem-link" href="/portal/faces/tin-tuc.xhtml"><span class="ui-menuitem-text">Tin tức</span></a></li><li class="ui-breadcrumb-chevron pi pi-chevron-right"></li><li class="ui-breadcrumb-item"><a tabindex="0" class="ui-menuitem-link" href="/portal/faces/tin-tuc.xhtml?cat=bai-viet-lanh-dao"><span class="ui-menuitem-text">Bài viết của lãnh đạo</span></a></li></ol></nav>
<div id="frmNews:pnlDetail" class="ui-panel ui-widget ui-widget-content ui-corner-all" data-widget="widget_frmNews_pnlDetail"><div id="frmNews:pnlDetail_content" class="ui-panel-content ui-widget-content">
<div class="honorific"><span id="frmNews:{j()}" class="by-leader">Bài viết của đồng chí Nguyễn Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Bắc</span></div>
<div class="news-title"><span id="frmNews:{j()}" class="title-text">{esc(A9.title)}</span></div>
<div class="news-time"><span id="frmNews:{j()}">{dmy(pub)} {hm(pub)} GMT+07:00</span> <span class="views"><i class="pi pi-eye"></i> 2.914</span></div>
<div class="news-sapo"><em>{esc(A9.lead)}</em></div>
<div id="frmNews:content" class="news-content">{body_html}</div>
<div class="news-tools"><button id="frmNews:btnPrint" name="frmNews:btnPrint" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-icon-left" onclick="PrimeFaces.ab({{s:&quot;frmNews:btnPrint&quot;,f:&quot;frmNews&quot;}});return false;" type="submit"><span class="ui-button-icon-left ui-icon ui-c pi pi-print"></span><span class="ui-button-text ui-c">In bài viết</span></button><button id="frmNews:btnMail" class="ui-button ui-widget" type="button"><span class="ui-button-text ui-c">Gửi bài viết</span></button></div>
</div></div>
<div id="frmNews:pnlOther" class="ui-panel ui-widget"><div class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">Các bài viết khác</span></div><div class="ui-panel-content">{nlist(rng, rel, "/portal/faces/tin-tuc/chi-tiet.xhtml?id=", rd, fmt=lambda d: dmy(d) + " " + hm(d), cls="ui-datalist-data", img=False, ext="")}</div></div>
</div>
<div class="ui-g-12 ui-md-4"><div class="ui-panel"><div class="ui-panel-titlebar"><span class="ui-panel-title">Chuyên đề</span></div><ul><li><a href="#">Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a></li><li><a href="#">60 năm tái lập tỉnh Hà Bắc</a></li><li><a href="#">Bảo vệ nền tảng tư tưởng của Đảng</a></li></ul></div></div>
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:1" value="{vs}" autocomplete="off" /></form></div>
<div id="footer" class="layout-footer">{footer("Báo điện tử Đảng bộ tỉnh Hà Bắc", "Số 1 đường Nguyễn Văn Cừ, TP Bắc Ninh", "0222.3822.680")}</div>
<script id="frmNews:pnlDetail_s" type="text/javascript">$(function(){{PrimeFaces.cw("Panel","widget_frmNews_pnlDetail",{{id:"frmNews:pnlDetail"}});}});</script>
<script type="text/javascript">var __vsCache="{big_vs}";</script>
</body>
</html>"""
    html = pad(html, rng, 130, "pf")
    return dict(family="jsf_primefaces", name="habac-tinhuy-leader-article-honorific-byline-gmt-offset-stamp", url=url,
                content_type="text/html;charset=UTF-8", html=html,
                expected=expected(A9, iso(pub), author="Nguyễn Văn Hùng", unit="Tỉnh ủy Hà Bắc", category="Bài viết của lãnh đạo"),
                traps={"bylines": ["Bài viết của đồng chí Nguyễn Văn Hùng", "Ủy viên Trung ương Đảng"],
                       "chrome": ["In bài viết", "Gửi bài viết", "Các bài viết khác", "60 năm tái lập tỉnh Hà Bắc", "2.914"],
                       "dates": ["Thứ Bảy, 22/06/2024"], "related": rel[:3]},
                notes="JSF 2.3 + PrimeFaces 12 portal (.xhtml, javax.faces.ViewState, j_idtNN ids, ui-panel/ui-breadcrumb, a large "
                      "cached ViewState string). <title> = site name; no h1 — the headline is span.title-text. Leader's article: "
                      "honorific line above the title 'Bài viết của đồng chí Nguyễn Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh "
                      "ủy Hà Bắc' → author 'Nguyễn Văn Hùng' ('đồng chí' and posts dropped), unit 'Tỉnh ủy Hà Bắc' (from the post "
                      "'Bí thư Tỉnh ủy Hà Bắc', like 'Chính ủy <unit>' in set 5). Stamp '20/06/2024 08:00 GMT+07:00' → "
                      "2024-06-20T08:00+07:00. Italic editor's intro = lead (as in set 4's speech). Numbered bold section heads are "
                      "body. Category = last crumb 'Bài viết của lãnh đạo'; top-bar date = save day.",
                readme="JSF/PrimeFaces portal; <title> = site name, headline in a span, honorific 'Bài viết của đồng chí X, <posts>, Bí thư Tỉnh ủy Y' byline above the title, 'dd/mm/yyyy HH:MM GMT+07:00' stamp, ViewState, numbered bold heads")


# =====================================================================
A10 = Art(
    "Đại Lộc: Kết nạp 45 đảng viên mới trong 5 tháng đầu năm",
    "Trong 5 tháng đầu năm 2024, Đảng bộ huyện Đại Lộc đã kết nạp 45 đảng viên mới, đạt 56% chỉ tiêu cả năm; trong đó có 12 đảng viên là đoàn viên thanh niên, 4 đảng viên là người có đạo.",
    [
        ("p", "Để có kết quả trên, Ban Thường vụ Huyện ủy đã chỉ đạo các tổ chức cơ sở đảng rà soát, lập danh sách quần chúng ưu tú, phân công đảng viên chính thức giúp đỡ, bồi dưỡng từng quần chúng; phối hợp với Đoàn Thanh niên giới thiệu đoàn viên xuất sắc cho Đảng xem xét kết nạp."),
        ("p", "Trung tâm Chính trị huyện đã mở 2 lớp bồi dưỡng nhận thức về Đảng cho 136 học viên, trong đó có 38 học viên là học sinh lớp 12 Trường THPT Huỳnh Ngọc Huệ và THPT Đại Lộc."),
        ("p", "Sáng 12/6/2024, Chi bộ Trường THPT Huỳnh Ngọc Huệ tổ chức lễ kết nạp 3 học sinh ưu tú vào Đảng. Đây là năm thứ tư liên tiếp nhà trường kết nạp được đảng viên là học sinh."),
        ("p", "Tuy nhiên, công tác phát triển đảng viên ở một số thôn vùng gò đồi, doanh nghiệp ngoài khu vực nhà nước còn khó khăn do thanh niên đi làm ăn xa, quần chúng ưu tú chưa nhiều."),
        ("p", "Thời gian tới, Huyện ủy tiếp tục chỉ đạo xóa thôn chưa có chi bộ, chi bộ chưa có đảng viên, phấn đấu hoàn thành chỉ tiêu kết nạp 80 đảng viên mới trong năm 2024."),
    ])


def page10():
    rng = random.Random("nuke-qnđn-10")
    pub = T("2024-06-13 09:12")
    base = "http://www.huyenuydailoc.qnamdanang.org.vn"
    url = base + "/modules.php?name=News&file=article&sid=1784"
    rel = heads3(rng, 6, avoid=[A10.title])
    cells = "".join(f'<tr><td><img src="themes/DaiLoc/images/arrow.gif" alt=""> <a href="modules.php?name=News&amp;file=article&amp;sid={1784 - k - 1}">{esc(t)}</a></td></tr>' for k, t in enumerate(rel))
    left = "".join(f'<tr><td class="boxcontent"><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name={m}">{esc(n)}</a></td></tr>'
                   for m, n in [("Home", "Trang chủ"), ("News", "Tin tức"), ("Topics", "Chủ đề"), ("Downloads", "Văn bản - Tài liệu"), ("Web_Links", "Liên kết"), ("Surveys", "Thăm dò ý kiến"), ("Feedback", "Liên hệ"), ("Search", "Tìm kiếm"), ("Stories_Archive", "Lưu trữ tin")])
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>Huyện ủy Đại Lộc - Quảng Nam - Đà Nẵng -- Đại Lộc: Kết nạp 45 đảng viên mới trong 5 tháng đầu năm</title>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<META HTTP-EQUIV="EXPIRES" CONTENT="0">
<META NAME="RESOURCE-TYPE" CONTENT="DOCUMENT">
<META NAME="DISTRIBUTION" CONTENT="GLOBAL">
<META NAME="AUTHOR" CONTENT="Huyện ủy Đại Lộc">
<META NAME="COPYRIGHT" CONTENT="Copyright (c) by Huyện ủy Đại Lộc">
<META NAME="KEYWORDS" CONTENT="News, news, New, new, Technology, technology, Headlines, headlines, Nuke, nuke, PHP-Nuke, phpnuke, php-nuke">
<META NAME="GENERATOR" CONTENT="PHP-Nuke Copyright (c) 2006 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">
<link REL="shortcut icon" HREF="themes/DaiLoc/images/favicon.ico" TYPE="image/x-icon">
<LINK REL="StyleSheet" HREF="themes/DaiLoc/style/style.css" TYPE="text/css">
<style>{css(rng, "nk", 40)}</style><!--PAD-->
<script type="text/javascript" src="includes/javascript.js"></script>
</head>

<body bgcolor="#FFFFFF" text="#000000" link="#0000FF" vlink="#0000FF" alink="#FF0000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td background="themes/DaiLoc/images/banner_bg.jpg"><img src="themes/DaiLoc/images/banner.jpg" width="780" height="140" alt="Huyện ủy Đại Lộc"></td></tr>
<tr><td bgcolor="#B30000" height="24"><font color="#FFFFFF" class="content">&nbsp;<b>Hôm nay: Thứ năm, 20/06/2024</b></font></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top">
<td width="170" bgcolor="#F5F0E0" valign="top">
<table border="0" cellpadding="0" cellspacing="0" width="170"><tr><td class="boxtitle">Danh mục</td></tr>{left}</table>
<table border="0" cellpadding="0" cellspacing="0" width="170"><tr><td class="boxtitle">Thăm dò ý kiến</td></tr><tr><td class="boxcontent"><form action="modules.php?name=Surveys" method="post"><font class="content"><b>Bạn đánh giá thế nào về trang thông tin?</b></font><br><input type="radio" name="voteID" value="1"> Rất hữu ích<br><input type="radio" name="voteID" value="2"> Hữu ích<br><input type="radio" name="voteID" value="3"> Bình thường<br><input type="submit" value="Biểu quyết"></form></tr></table>
<font class="tiny"><a href="modules.php?name=Surveys">Kết quả</a>
</td>
<td width="100%">
<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#ffffff"><tr><td>
<table border="0" cellpadding="3" cellspacing="0" width="100%"><tr><td bgcolor="#EFEFEF"><font class="title"><b>{esc(A10.title)}</b></font><br>
<font class="tiny">Gửi bởi admin vào Thứ năm, 13 Tháng sáu @ 09:12:33 ICT (<b>1.245</b> lần đọc)<br>Chủ đề: <a href="modules.php?name=News&amp;new_topic=7"><b>Tin cơ sở</b></a></font></td></tr></table>
<table border="0" cellpadding="3" cellspacing="0" width="100%"><tr><td><a href="modules.php?name=News&amp;new_topic=7"><img src="images/topics/tincoso.gif" border="0" alt="Tin cơ sở" title="Tin cơ sở" align="right" hspace="10" vspace="10"></a>
<font class="content"><b>Hoàng Thanh Bình</b> viết: "<i>{esc(A10.lead)}</i>"<br><br>{"<br><br>".join(esc(b[1]) for b in A10.blocks)}<br><br></font>
</td></tr></table>
</td></tr></table>
<table width="100%" border="0" cellspacing="1" cellpadding="3" bgcolor="#CCCCCC"><tr><td bgcolor="#EFEFEF" colspan="2"><font class="content"><b>Các liên kết liên quan</b></font></td></tr>
<tr><td bgcolor="#FFFFFF" colspan="2"><font class="content"><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;topic=7">Thêm về Tin cơ sở</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;author=admin">Tin của admin</a></font></td></tr>
<tr><td bgcolor="#FFFFFF" colspan="2"><font class="content"><b>Tin đọc nhiều nhất về Tin cơ sở:</b><br><a href="modules.php?name=News&amp;file=article&amp;sid=1701">Hội thi tìm hiểu lịch sử Đảng bộ huyện</a></font></td></tr>
<tr><td bgcolor="#FFFFFF" width="50%"><font class="content"><a href="modules.php?name=News&amp;file=print&amp;sid=1784"><img src="images/print.gif" border="0" alt="Trang in"> Trang in</a></font></td><td bgcolor="#FFFFFF"><font class="content"><a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid=1784"><img src="images/friend.gif" border="0" alt="Gửi bài viết này cho bạn bè"> Gửi bài viết này cho bạn bè</a></font></td></tr></table>
</table><table width="100%" border="0" cellspacing="1" cellpadding="3"><tr><td class="boxtitle">Các tin khác</td></tr>{cells}</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td><font class="content">Điểm bài viết: 0 - 0 phiếu bầu</font><br><form action="modules.php?name=News" method="post"><select name="score"><option value="5">Xuất sắc</option><option value="4">Rất tốt</option><option value="3">Tốt</option><option value="2">Bình thường</option><option value="1">Kém</option></select><input type="submit" value="Đánh giá!"></form></td></tr></table>
</td></tr></table>
<table width="100%" cellpadding="4" cellspacing="0" border="0"><tr><td align="center" bgcolor="#B30000"><font class="footmsg" color="#FFFFFF">HUYỆN ỦY ĐẠI LỘC - TỈNH QUẢNG NAM - ĐÀ NẴNG<br>Địa chỉ: Thị trấn Ái Nghĩa, huyện Đại Lộc. Điện thoại: 0235.3865.113<br>© 2024 Huyện ủy Đại Lộc. Web site engine code is Copyright © 2006 by PHP-Nuke.</font><br><font class="tiny">Page Generation: 0.41 Seconds</font></td></tr></table>
</body>
</html>"""
    html = pad(html, rng, 72, "nk")
    return dict(family="phpnuke_legacy", name="quangnamdanang-dailoc-ncr-latin1-no-year-at-ict-informant-viet", url=url,
                content_type="text/html; charset=iso-8859-1", encoding="ncr", html=html, min_kb=60,
                expected=expected(A10, iso(pub), author="Hoàng Thanh Bình", category="Tin cơ sở"),
                traps={"bylines": ["Hoàng Thanh Bình viết:", "Gửi bởi admin"], "chrome": ["Trang in", "Gửi bài viết này cho bạn bè", "Các liên kết liên quan", "Điểm bài viết: 0 - 0 phiếu bầu", "Thăm dò ý kiến", "Các tin khác"],
                       "dates": ["Hôm nay: Thứ năm, 20/06/2024", "Page Generation: 0.41 Seconds"], "related": rel[:3]},
                notes="PHP-Nuke 8 story (modules.php?name=News&file=article&sid=…): table layout, font.title headline, every non-ASCII "
                      "character written as a decimal NCR (&#7907; …) in an ASCII file declared iso-8859-1 (header and meta) — "
                      "decoding either way gives the right text. Stamp 'Gửi bởi admin vào Thứ năm, 13 Tháng sáu @ 09:12:33 ICT' "
                      "(PHP-Nuke's '%A, %B %d @ %T %Z' with NO YEAR): the year comes from the page (header 'Hôm nay: … 20/06/2024', "
                      "'© 2024', the text's '12/6/2024'; Thứ năm 13 June fits 2024) → 2024-06-13T09:12+07:00, ICT = +07:00, seconds "
                      "dropped. 'admin' is the account; the informant line 'Hoàng Thanh Bình viết: \"…\"' names the person who "
                      "wrote the story → author (no unit). The quoted italic hometext = lead (quotes are markup, not text); body "
                      "paragraphs are <br><br>-separated text in one <font>. Category = topic 'Tin cơ sở'. Light page by nature.",
                readme="PHP-Nuke story; ASCII + decimal NCRs declared iso-8859-1, year-less '%A, %B %d @ %T ICT' stamp (year inferred from the page), 'admin' account vs 'X viết: \"hometext\"' informant, <br><br> paragraphs in one <font>, topic as category")


PAGES = [page08, page09, page10]
