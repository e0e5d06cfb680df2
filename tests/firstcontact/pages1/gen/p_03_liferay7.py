"""Liferay 7.x / DXP: asset-publisher full content and a fragment display page."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, doc_titles, dump, esc, expected,
                     fake_min_js, ga_snippet, headlines, hexid, hm, iso_min, menu_tree, MINISTRIES,
                     NOTICE_TITLES, alnum, svg_sprite, wd, days_before, slugify, utc_iso, epoch_ms)


def _theme_display(rng, host, group, plid, lang="vi_VN"):
    return (
        "var themeDisplay=Liferay.currentURL?themeDisplay:{"
        f"getLayoutId:function(){{return \"{rng.randint(10, 300)}\";}},getLayoutRelativeURL:function(){{return \"/web/guest/tin-tuc\";}},"
        f"getPlid:function(){{return \"{plid}\";}},getScopeGroupId:function(){{return \"{group}\";}},"
        f"getCompanyId:function(){{return \"20101\";}},getLanguageId:function(){{return \"{lang}\";}},"
        f"getPortalURL:function(){{return \"{host}\";}},getPathThemeImages:function(){{return \"{host}/o/egov-theme/images\";}},"
        "getDefaultLanguageId:function(){return \"vi_VN\";},isSignedIn:function(){return false;},"
        f"getSessionId:function(){{return \"\";}},getUserId:function(){{return \"20105\";}},getTimeZone:function(){{return \"Asia/Ho_Chi_Minh\";}},"
        f"getCDNBaseURL:function(){{return \"{host}\";}},getPathContext:function(){{return \"\";}},"
        f"getDoAsUserIdEncoded:function(){{return \"\";}},getPathMain:function(){{return \"/c\";}}}};"
    )


def _portlet_registrations(rng, n):
    out = []
    for i in range(n):
        pid = f"com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{alnum(rng, 12)}"
        out.append(f"Liferay.Portlet.register('{pid}');Liferay.Portlet.onLoad({{canEditTitle:false,columnPos:{i % 4},"
                   f"isStatic:'end',namespacedId:'p_p_id_{pid}_',portletId:'{pid}',refreshURL:'/c/portal/render_portlet?p_l_id={rng.randint(100000, 999999)}"
                   f"&p_p_id={pid}&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-{i % 3 + 1}"
                   f"&p_p_col_pos={i % 4}&p_p_col_count=4&p_p_isolated=1&currentURL=%2Fweb%2Fguest',refreshURLData:{{}}}});")
    return "".join(out)


def _nav(tree, cls):
    out = [f'<ul aria-label="Trang web" class="{cls} navbar-nav" role="menubar">']
    for label, url, kids in tree:
        out.append(f'<li class="lfr-nav-item nav-item dropdown" role="presentation"><a class="nav-link dropdown-toggle" href="{url}" role="menuitem"><span class="text-truncate">{esc(label)}</span></a>')
        if kids:
            out.append('<ul class="dropdown-menu child-menu" role="menu">')
            for kl, ku, gk in kids:
                out.append(f'<li class="lfr-nav-item" role="presentation"><a class="dropdown-item" href="{ku}" role="menuitem">{esc(kl)}</a>')
                if gk:
                    out.append('<ul class="grandchild-menu">' + "".join(
                        f'<li><a class="dropdown-item" href="{gu}">{esc(gl)}</a></li>' for gl, gu in gk) + "</ul>")
                out.append("</li>")
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


# =====================================================================
# Page 5: Lâm Đồng government portal — asset publisher full content, update line above h1
# =====================================================================
ART5 = Art(
    "Lâm Đồng chủ động ứng phó mưa lớn, phòng chống sạt lở đất những tháng cuối năm",
    "UBND tỉnh vừa có văn bản chỉ đạo các sở, ngành, địa phương triển khai đồng bộ các biện pháp ứng phó với "
    "mưa lớn kéo dài, chủ động phòng, chống sạt lở đất, lũ quét, bảo đảm an toàn tính mạng và tài sản của Nhân "
    "dân trong những tháng cuối mùa mưa năm 2023.",
    [
        ("p", "Theo Đài Khí tượng Thủy văn tỉnh, từ nay đến cuối tháng 11, khu vực Lâm Đồng tiếp tục chịu ảnh "
              "hưởng của rãnh áp thấp và hoàn lưu các cơn bão, áp thấp nhiệt đới trên Biển Đông, có khả năng xảy "
              "ra các đợt mưa vừa, mưa to, cục bộ có nơi mưa rất to. Lượng mưa lớn trên nền đất đã bão hòa nước "
              "làm gia tăng nguy cơ sạt lở đất tại các khu vực đồi dốc, taluy đường giao thông và các khu dân cư "
              "ven sông, suối."),
        ("p", "Trước tình hình đó, UBND tỉnh yêu cầu UBND các huyện, thành phố rà soát toàn bộ các khu vực có nguy "
              "cơ cao xảy ra sạt lở, ngập lụt; cắm biển cảnh báo, lập phương án di dời, sơ tán người dân ra khỏi "
              "vùng nguy hiểm khi có mưa lớn, đặc biệt lưu ý các khu dân cư tại thành phố Đà Lạt, Bảo Lộc và các "
              "huyện Lạc Dương, Đam Rông, Di Linh, Bảo Lâm."),
        ("img", "/documents/20182/1204877/sat-lo-deo-prenn.jpg",
         "Lực lượng chức năng kiểm tra điểm sạt lở taluy dương trên đèo Prenn (TP Đà Lạt)"),
        ("p", "Sở Xây dựng chủ trì, phối hợp với các địa phương kiểm tra, xử lý nghiêm các trường hợp san gạt, đào "
              "đắp đất trái phép, xây dựng công trình không phép tại các khu vực đồi dốc; Sở Giao thông vận tải bố "
              "trí lực lượng, phương tiện, vật tư tại các vị trí xung yếu để kịp thời khắc phục sự cố, bảo đảm giao "
              "thông thông suốt trên các tuyến đèo Prenn, Mimosa, Bảo Lộc."),
        ("p", "Các đơn vị quản lý hồ chứa thủy lợi, thủy điện phải thực hiện nghiêm quy trình vận hành liên hồ "
              "chứa, thông báo kịp thời cho chính quyền địa phương và người dân vùng hạ du trước khi xả lũ; tuyệt "
              "đối không để xảy ra tình trạng xả lũ đột ngột gây mất an toàn cho hạ du."),
        ("img", "/documents/20182/1204877/di-doi-ven-suoi.jpg",
         "Người dân khu vực ven suối được hướng dẫn di dời tài sản đến nơi an toàn"),
        ("p", "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh duy trì nghiêm chế độ trực ban 24/24 giờ, theo dõi chặt chẽ diễn "
              "biến thời tiết, kịp thời tham mưu UBND tỉnh chỉ đạo ứng phó; các cơ quan thông tin, báo chí tăng "
              "cường thời lượng phát sóng các bản tin cảnh báo, hướng dẫn kỹ năng phòng tránh sạt lở đất, lũ quét "
              "cho người dân."),
        ("p", "Tính từ đầu mùa mưa năm 2023 đến chiều 10/10, trên địa bàn tỉnh đã xảy ra 37 điểm sạt lở đất, làm "
              "hư hỏng 12 căn nhà và gây ách tắc giao thông cục bộ trên một số tuyến đường; tổng thiệt hại ước "
              "tính gần 18 tỷ đồng."),
    ])


def page5():
    rng = random.Random("liferay7-lamdong-5")
    prov = "Lâm Đồng"
    pub = T("2023-10-10 07:45")
    upd = T("2023-10-10 15:20")
    host = "https://lamdong.gov.vn"
    slug = "lam-dong-chu-dong-ung-pho-mua-lon-phong-chong-sat-lo-dat-nhung-thang-cuoi-nam"
    url = f"{host}/vi/-/{slug}"
    inst = alnum(rng, 12)
    ns = f"_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{inst}_"
    tree = menu_tree(rng, prov, "gov", base="/vi/web/guest", n_communes=9, ext="")
    heads = headlines(rng, 30, prov, exclude=[ART5.title], avoid=ART5.body)
    dts = days_before(pub, rng, 30, 1, 30)
    tags = ["phòng chống thiên tai", "sạt lở đất", "mưa lớn", "Đà Lạt"]

    def img(src, cap, alt, n):
        fe = rng.randint(1200000, 1300000)
        return (f'<figure class="image" style="text-align:center"><picture data-fileentryid="{fe}">'
                f'<source media="(max-width:300px)" srcset="/o/adaptive-media/image/{fe}/Thumbnail-300x300/{src.rsplit("/", 1)[1]}?t={epoch_ms(pub)}" />'
                f'<source media="(max-width:1000px) and (min-width:300px)" srcset="/o/adaptive-media/image/{fe}/Preview-1000x0/{src.rsplit("/", 1)[1]}?t={epoch_ms(pub)}" />'
                f'<img alt="{alt}" data-fileentryid="{fe}" src="{src}/{hexid(rng, 8)}-{hexid(rng, 4)}?t={epoch_ms(pub)}" /></picture>'
                f'<figcaption>{cap}</figcaption></figure>')

    body = ART5.render(p=lambda t: f'<p style="text-align: justify;">{t}</p>', img=img)
    related = "\n".join(
        f'<li class="list-group-item"><a href="/vi/-/{slugify(t)}">{esc(t)}</a> <span class="text-secondary">{dmy(d)}</span></li>'
        for t, d in zip(heads[:8], dts))
    newest = "\n".join(
        f'<div class="card card-horizontal"><div class="card-row"><div class="autofit-col"><img class="card-img" src="/documents/20182/thumb/{hexid(rng, 10)}.jpg" alt=""></div>'
        f'<div class="autofit-col autofit-col-expand"><h4 class="card-title"><a href="/vi/-/{slugify(t)}">{esc(t)}</a></h4><p class="card-subtitle">{dmy(d)} {hm(d)}</p></div></div></div>'
        for t, d in zip(heads[8:18], dts[8:18]))
    docs = "\n".join(f'<li><a href="/vi/web/guest/van-ban/-/vb/{rng.randint(10000, 99999)}">{esc(t)}</a></li>'
                     for t in doc_titles(rng, 10, 2023))
    notices = "\n".join(f'<li><a href="/vi/-/{slugify(t)}">{esc(t)}</a></li>' for t in NOTICE_TITLES)
    group, plid = rng.randint(20100, 20199), rng.randint(100000, 999999)
    cur_js = "\\x2fvi\\x2f-\\x2f" + slug.replace("-", "\\x2d")
    html = f"""<!DOCTYPE html>

<html class="ltr" dir="ltr" lang="vi-VN">

<head>
<title>{esc(ART5.title)} - Cổng thông tin điện tử tỉnh Lâm Đồng</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:site_name" content="Cổng thông tin điện tử tỉnh Lâm Đồng" />
<meta property="og:title" content="{esc(ART5.title, attr=True)}" />
<meta property="og:url" content="{url}" />
<meta property="og:locale" content="vi_VN" />
<link data-senna-track="temporary" href="{url}" rel="canonical" />
<link data-senna-track="temporary" href="{host}/en/-/{slug}" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="{url}" hreflang="vi-VN" rel="alternate" />
<link class="lfr-css-file" data-senna-track="temporary" href="{host}/o/egov-theme/css/clay.css?browserId=other&amp;themeId=egovtheme_WAR_egovtheme&amp;languageId=vi_VN&amp;b=7413&amp;t={epoch_ms(pub)}" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="{host}/o/egov-theme/css/main.css?browserId=other&amp;themeId=egovtheme_WAR_egovtheme&amp;languageId=vi_VN&amp;b=7413" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">// <![CDATA[
var Liferay=Liferay||{{}};Liferay.Browser={{acceptsGzip:function(){{return true}},getMajorVersion:function(){{return 120}},isChrome:function(){{return true}}}};
{_theme_display(rng, host, group, plid)}
var Liferay_Language_vi={dump({"tin-lien-quan": "Tin liên quan", "tu-khoa": "Từ khóa", "in": "In", "tiep-theo": "Tiếp theo", "quay-lai": "Quay lại"})};
Liferay.authToken="{alnum(rng, 8)}";Liferay.currentURL="{cur_js}";
// ]]></script>
<style>{css_blob(rng, "lg", 400)}</style>
{ga_snippet(rng)}
</head>

<body class="chrome controls-visible yui3-skin-sam signed-out public-page site">
{svg_sprite(rng, 36, "lexicon")}
<nav class="quick-access-nav" id="{alnum(rng, 4)}_quickAccessNav"><h1 class="hide-accessible">Điều hướng</h1><ul><li><a href="#main-content">Nhảy đến nội dung</a></li></ul></nav>
<div class="egov-top"><div class="container"><span class="egov-date">{wd(T('2024-12-05'))}, 05/12/2024</span> <a href="/vi/c/portal/login?p_l_id={plid}">Đăng nhập</a> <a href="{host}/en/-/{slug}">English</a></div></div>
<header id="banner" role="banner"><div class="container"><a class="logo" href="/vi/web/guest" title="Đi tới Cổng thông tin điện tử tỉnh Lâm Đồng"><img alt="Cổng thông tin điện tử tỉnh Lâm Đồng" src="/image/layout_set_logo?img_id={rng.randint(100000, 999999)}&amp;t={epoch_ms(pub)}" /></a></div>
<nav class="sort-pages modify-pages navbar" id="navigation" role="navigation">{_nav(tree, "egov-nav")}</nav></header>
<section id="content">
<div class="columns-2-1" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_ portlet-static portlet-borderless" id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_{alnum(rng, 12)}_">
<nav aria-label="Breadcrumb"><ol class="breadcrumb">
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/vi/web/guest" title="Trang chủ"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/vi/web/guest/tin-tuc" title="Tin tức - Sự kiện"><span class="breadcrumb-text-truncate">Tin tức - Sự kiện</span></a></li>
<li class="breadcrumb-item"><a class="breadcrumb-link" href="/vi/web/guest/tin-tuc/chi-dao-dieu-hanh" title="Chỉ đạo - Điều hành"><span class="breadcrumb-text-truncate">Chỉ đạo - Điều hành</span></a></li>
<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(ART5.title)}</span></li>
</ol></nav></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id{ns}">
<span id="p{ns}"></span>
<section class="portlet" id="portlet{ns}">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Tin tức</h2></div></div>
<div class="portlet-content-container"><div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher no-title">
 <div class="asset-content mb-3">
  <div class="journal-content-article " data-analytics-asset-id="{rng.randint(1200000, 1300000)}" data-analytics-asset-title="{esc(ART5.title, attr=True)}" data-analytics-asset-type="web-content">
   <div class="egov-tin-chi-tiet">
    <div class="egov-capnhat">Cập nhật lúc {hm(upd)} ngày {dmy(upd)}</div>
    <h1 class="egov-tieude">{esc(ART5.title)}</h1>
    <div class="egov-thongtin"><span class="egov-ngaydang">{dmy(pub)} {hm(pub)}</span>
     <span class="egov-congcu"><a class="font-size-minus" href="javascript:;">A-</a> <a class="font-size-plus" href="javascript:;">A+</a> <a href="javascript:print();">In bài</a> <a href="mailto:?body={url}">Gửi email</a></span></div>
    <div class="egov-tomtat"><p><strong>{esc(ART5.lead)}</strong></p></div>
    <div class="egov-noidung">
{body}
    </div>
    <p class="egov-tacgia" style="text-align: right;"><strong>Đình Phú</strong></p>
   </div>
  </div>
 </div>
 <div class="asset-tags mb-3"><span class="taglib-text">Từ khóa:</span> {" ".join(f'<a class="label label-lg label-secondary text-uppercase" href="/vi/web/guest/tim-kiem?tag={slugify(t)}">{esc(t)}</a>' for t in tags)}</div>
 <div class="asset-links mb-3"><h4 class="asset-links-title mb-3"><span class="inline-item inline-item-before"><svg class="lexicon-icon lexicon-icon-link" role="presentation" viewBox="0 0 512 512"><use href="#lexicon-link"></use></svg></span> Tin liên quan</h4>
  <ul class="list-group">{related}</ul></div>
</div>
</div></div></div></section></div>
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone" id="layout-column_column-2">
<section class="portlet egov-box"><h2 class="portlet-title-text">Tin mới nhất</h2>{newest}</section>
<section class="portlet egov-box"><h2 class="portlet-title-text">Thông báo</h2><ul>{notices}</ul></section>
<section class="portlet egov-box"><h2 class="portlet-title-text">Văn bản chỉ đạo, điều hành</h2><ul>{docs}</ul></section>
<section class="portlet egov-box"><h2 class="portlet-title-text">Thời tiết</h2><div class="weather">Đà Lạt <b>17°C</b> - Mưa rào rải rác<br/>Bảo Lộc <b>21°C</b> - Nhiều mây</div></section>
<section class="portlet egov-box"><h2 class="portlet-title-text">Thống kê truy cập</h2>{"".join(f'<p>{l}: <b>{v}</b></p>' for l, v in counter_block(rng))}</section>
</div></div>
</div></div></section>
<footer id="footer" role="contentinfo"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lâm Đồng. Địa chỉ: Số 36 Trần Phú, Phường 4, TP Đà Lạt, tỉnh Lâm Đồng.</p>
<p>Điện thoại: 0263.382x.xxx. Email: bbt@lamdong.gov.vn. Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Lâm Đồng” khi phát hành lại thông tin từ website này.</p>
<div class="footer-links">{"".join(f'<a href="https://{slugify(m)[:16]}.gov.vn">{esc(m)}</a> ' for m in MINISTRIES)}</div>
</div></footer>
<script type="text/javascript">// <![CDATA[
AUI().use("liferay-menu","liferay-notice","aui-base","liferay-session","liferay-poller",function(A){{(function(){{var $=AUI.$;var _=AUI._;
{_portlet_registrations(rng, 70)}
}})();}});
// ]]></script>
<script>{fake_min_js(rng, 60, "egovTheme")}</script>
</body>
</html>
"""
    return dict(
        family="liferay7", name="lamdong-sat-lo-update-line-above-title", url=url,
        content_type="text/html;charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART5, published=iso_min(pub), updated=iso_min(upd), author="Đình Phú",
                          category="Chỉ đạo - Điều hành"),
        traps={"bylines": ["Đình Phú"], "related": heads[:8] + heads[8:10],
               "chrome": ["Tin liên quan", "Từ khóa:", f"Cập nhật lúc {hm(upd)} ngày {dmy(upd)}"]},
        notes="Liferay 7.4 friendly URL /vi/-/<slug>; asset-publisher full content whose web-content template "
              "prints 'Cập nhật lúc 15:20 ngày 10/10/2023' ABOVE the h1 and the publication stamp "
              "'10/10/2023 07:45' below it (published 07:45, updated 15:20). Breadcrumb's last item is the "
              "title itself, so category is the crumb before it. Adaptive-media <picture> inside figure/figcaption. "
              "Tags 'Từ khóa:' and 'Tin liên quan' asset links after the body; portlet title 'Tin tức'; big "
              "inline themeDisplay / Liferay.Portlet.onLoad JS.",
        readme="Liferay 7.4 asset publisher; update line above the h1 plus pub stamp below, breadcrumb ending "
               "in the title, picture/figcaption, tags + asset links",
    )


# =====================================================================
# Page 6: Sơn La — Liferay DXP display page built from fragments, Java CLDR date
# =====================================================================
ART6 = Art(
    "Sơn La: Chú trọng phát triển đảng viên trong học sinh trung học phổ thông",
    "Năm học 2023 - 2024, các chi bộ trường trung học phổ thông trên địa bàn tỉnh đã kết nạp 46 học sinh ưu "
    "tú vào Đảng, tăng 14 đảng viên so với năm học trước. Kết quả này khẳng định sự quan tâm của các cấp ủy "
    "trong tạo nguồn, bồi dưỡng lực lượng trẻ cho Đảng.",
    [
        ("p", "Tại Trường THPT Chuyên Sơn La, Chi bộ nhà trường đã xây dựng kế hoạch phát hiện, bồi dưỡng học "
              "sinh ưu tú ngay từ lớp 10. Những em có thành tích học tập xuất sắc, đạo đức tốt, tích cực trong "
              "các hoạt động đoàn được giới thiệu tham gia lớp bồi dưỡng nhận thức về Đảng, được phân công đảng "
              "viên giúp đỡ và theo dõi thường xuyên."),
        ("p", "Em Lường Thị Thanh Mai, lớp 12 Văn, một trong 6 học sinh của trường được kết nạp Đảng năm nay, "
              "chia sẻ: “Được đứng vào hàng ngũ của Đảng khi còn ngồi trên ghế nhà trường là niềm vinh dự rất lớn "
              "đối với em. Em sẽ cố gắng học tập, rèn luyện để xứng đáng với niềm tin của chi bộ và thầy cô”."),
        ("img", "/documents/d/sonla/ket-nap-dang-thpt-chuyen", "Lễ kết nạp đảng viên cho học sinh Trường THPT Chuyên Sơn La"),
        ("raw", '<p class="photo-credit" style="text-align: right;"><em>Ảnh: Quàng Thủy</em></p>'),
        ("p", "Theo Ban Tổ chức Tỉnh ủy, để làm tốt công tác phát triển đảng viên trong học sinh, Ban Thường vụ "
              "Tỉnh ủy đã chỉ đạo các huyện ủy, thành ủy phối hợp chặt chẽ với ngành giáo dục và Tỉnh đoàn trong "
              "phát hiện, giới thiệu đoàn viên ưu tú; đồng thời rút ngắn thời gian thẩm tra lý lịch, nhất là đối "
              "với học sinh lớp 12 để các em được xem xét kết nạp trước khi ra trường."),
        ("box", "Tham khảo thêm", [
            ("Hướng dẫn mới về thẩm tra lý lịch người vào Đảng", "/-/huong-dan-moi-ve-tham-tra-ly-lich-nguoi-vao-dang"),
            ("Mai Sơn: Kết nạp 112 đảng viên mới trong năm 2023", "/-/mai-son-ket-nap-112-dang-vien-moi-trong-nam-2023"),
        ]),
        ("p", "Cùng với Trường THPT Chuyên, nhiều trường ở vùng khó khăn như THPT Sốp Cộp, THPT Mường Bú, THPT "
              "Tân Lang cũng đã kết nạp được học sinh là người dân tộc thiểu số vào Đảng. Đây là nguồn cán bộ trẻ "
              "quan trọng, sau khi tốt nghiệp đại học có thể trở về công tác tại địa phương."),
        ("img", "/documents/d/sonla/muong-bu-trao-quyet-dinh",
         "Đảng ủy xã Mường Bú trao quyết định kết nạp Đảng cho học sinh lớp 12 Trường THPT Mường Bú"),
        ("p", "Tuy vậy, số học sinh được kết nạp Đảng so với tổng số đoàn viên ưu tú còn khiêm tốn; việc theo "
              "dõi, quản lý đảng viên là học sinh sau khi ra trường gặp khó khăn do các em chuyển đi học tập ở "
              "nhiều nơi. Thời gian tới, các cấp ủy tiếp tục tăng cường phối hợp với cấp ủy các trường đại học, "
              "cao đẳng để chuyển sinh hoạt đảng kịp thời, không để gián đoạn."),
    ])


def page6():
    rng = random.Random("liferay-dxp-sonla-6")
    prov = "Sơn La"
    pub = T("2024-03-12 08:05")
    crawl = T("2024-12-05 10:10")
    host = "https://sonla.dcs.vn"
    slug = "son-la-chu-trong-phat-trien-dang-vien-trong-hoc-sinh-trung-hoc-pho-thong"
    url = f"{host}/web/guest/w/{slug}"
    tree = menu_tree(rng, prov, "party", base="/web/guest", n_communes=10, ext="")
    heads = headlines(rng, 28, prov, exclude=[ART6.title], avoid=ART6.body)
    dts = days_before(pub, rng, 28, 1, 35)
    month_abbr = f"thg {pub.month}"

    def img(src, cap, alt, n):
        return (f'<div style="text-align:center"><img alt="{alt}" src="{src}" style="max-width:100%" /></div>'
                f'<p style="text-align: center;"><span style="color:#555555;"><em>{cap}</em></span></p>')

    def box(head, items):
        return (f'<div class="readmore-box" style="border-left:3px solid #c00;padding:8px 12px;margin:12px 0;background:#f7f7f7">'
                f'<p><strong>{esc(head)}</strong></p><ul>' +
                "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in items) + "</ul></div>")

    body = ART6.render(p=lambda t: f'<p style="text-align: justify;">{t}</p>', img=img, box=box)
    frag = lambda: f"lfr-layout-structure-item-{hexid(rng, 8)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 12)}"
    same = "\n".join(
        f'<div class="card-item"><a href="/web/guest/w/{slugify(t)}"><img src="/documents/d/sonla/{hexid(rng, 8)}" alt="" loading="lazy"></a>'
        f'<h3 class="card-item__title"><a href="/web/guest/w/{slugify(t)}">{esc(t)}</a></h3><span class="card-item__date">{d.day} thg {d.month}, {d.year}</span></div>'
        for t, d in zip(heads[:9], dts))
    hot = "\n".join(f'<li><a href="/web/guest/w/{slugify(t)}">{esc(t)}</a></li>' for t in heads[9:19])
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": ART6.title,
          "datePublished": crawl.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
          "image": host + "/documents/d/sonla/ket-nap-dang-thpt-chuyen",
          "publisher": {"@type": "Organization", "name": "Trang TTĐT Đảng bộ tỉnh Sơn La"}}
    html = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(ART6.title)} - Đảng bộ tỉnh Sơn La</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(ART6.title, attr=True)}" />
<meta property="article:published_time" content="{utc_iso(crawl)}" />
<script type="application/ld+json">{dump(ld)}</script>
<link class="lfr-css-file" data-senna-track="temporary" href="{host}/o/dangbo-theme/css/main.css?browserId=chrome&amp;themeId=dangbotheme_WAR_dangbotheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
<style data-senna-track="temporary" type="text/css">{css_blob(rng, "lfr-layout-structure", 160)}</style>
<style>{css_blob(rng, "db", 300)}</style>
<script type="text/javascript">var Liferay=Liferay||{{}};{_theme_display(rng, host, rng.randint(30000, 39999), rng.randint(1000, 9999))}</script>
</head>
<body class="chrome controls-visible signed-out public-page site">
<div class="db-topbar"><div class="container"><span class="db-clock" id="dbClock">{wd(crawl)}, {crawl.day} thg {crawl.month}, {crawl.year}</span> <a href="/c/portal/login">Đăng nhập</a></div></div>
<header class="db-header"><div class="container"><a href="/web/guest"><img src="/o/dangbo-theme/images/banner.png" alt="Đảng bộ tỉnh Sơn La" /></a></div>
<nav class="db-nav">{_nav(tree, "db-menu")}</nav></header>
<section id="content"><div class="container"><div class="row">
<div class="col-lg-8">
<div class="layout-content portlet-dropzone" id="main-content" role="main">
<div class="lfr-layout-structure-item-container {frag()}">
 <div class="lfr-layout-structure-item-com-liferay-site-navigation-breadcrumb-web-portlet-sitenavigationbreadcrumbportlet {frag()}">
  <nav aria-label="Breadcrumb"><ol class="breadcrumb">
  <li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/guest"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>
  <li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/guest/tin-tuc-su-kien"><span class="breadcrumb-text-truncate">Tin tức - Sự kiện</span></a></li>
  <li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/guest/xay-dung-dang"><span class="breadcrumb-text-truncate">Xây dựng Đảng</span></a></li>
  <li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/guest/xay-dung-dang/to-chuc-can-bo"><span class="breadcrumb-text-truncate">Công tác tổ chức - cán bộ</span></a></li>
  </ol></nav>
 </div>
 <div class="lfr-layout-structure-item-basic-component-heading {frag()}"><div class="component-heading" data-lfr-editable-id="element-text" data-lfr-editable-type="text"><h1 class="component-heading mb-0 text-break">{esc(ART6.title)}</h1></div></div>
 <div class="lfr-layout-structure-item-basic-component-paragraph {frag()}"><div class="component-paragraph text-break" data-lfr-editable-id="element-date" data-lfr-editable-type="rich-text"><p class="text-secondary">{pub.day} {month_abbr}, {pub.year} {hm(pub)}</p></div></div>
 <div class="lfr-layout-structure-item-basic-component-paragraph {frag()}"><div class="component-paragraph text-break" data-lfr-editable-id="element-author" data-lfr-editable-type="text"><p class="text-secondary">Tác giả: Lò Hương</p></div></div>
 <div class="lfr-layout-structure-item-basic-component-paragraph {frag()}"><div class="component-paragraph text-break font-weight-bold" data-lfr-editable-id="element-description" data-lfr-editable-type="rich-text"><p><b>{esc(ART6.lead)}</b></p></div></div>
 <div class="lfr-layout-structure-item-basic-component-html {frag()}"><div class="component-html" data-lfr-editable-id="element-html" data-lfr-editable-type="html">
{body}
 </div></div>
 <div class="lfr-layout-structure-item-basic-component-button {frag()}"><div class="social-share"><a class="btn btn-sm btn-secondary" href="https://www.facebook.com/sharer/sharer.php?u={url}">Chia sẻ</a> <a class="btn btn-sm btn-secondary" href="javascript:window.print()">In bài viết</a></div></div>
 <div class="lfr-layout-structure-item-collection-display {frag()}"><h2 class="component-heading">Tin cùng chuyên mục</h2><div class="collection-grid">{same}</div></div>
</div>
</div>
</div>
<div class="col-lg-4"><aside class="db-side"><h2>Tin đọc nhiều</h2><ol>{hot}</ol>
<h2>Liên kết</h2>{"".join(f'<a class="db-banner" href="https://{slugify(m)[:16]}.vn"><img src="/documents/d/sonla/bn-{slugify(m)[:16]}" alt="{esc(m, attr=True)}"></a>' for m in MINISTRIES)}
<h2>Thống kê</h2>{"".join(f'<p>{l}: {v}</p>' for l, v in counter_block(rng))}</aside></div>
</div></div></section>
<footer class="db-footer"><div class="container"><p>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH SƠN LA</p><p>Cơ quan chủ quản: Tỉnh ủy Sơn La. Địa chỉ: Đường Tô Hiệu, TP Sơn La.</p><p>Giấy phép số 18/GP-TTĐT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>
<script type="text/javascript">AUI().use("liferay-menu",function(A){{{_portlet_registrations(rng, 40)}}});</script>
<script>{fake_min_js(rng, 90, "dbTheme")}</script>
</body>
</html>
"""
    return dict(
        family="liferay7", name="sonla-display-page-cldr-date", url=url,
        content_type="text/html;charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART6, published=iso_min(pub), author="Lò Hương", photographer="Quàng Thủy",
                          category="Công tác tổ chức - cán bộ"),
        traps={"bylines": ["Tác giả: Lò Hương", "Ảnh: Quàng Thủy"],
               "related": ART6.box_titles() + heads[:6] + heads[9:11],
               "chrome": ["Tham khảo thêm", "Tin cùng chuyên mục"]},
        notes="Liferay DXP content page built from fragments (component-heading / component-paragraph / "
              "component-html), not an asset publisher. Date printed with Java CLDR vi medium format "
              "'12 thg 3, 2024 08:05'; header clock uses the same format for the crawl day. JSON-LD datePublished "
              "and article:published_time are the crawl day (wrong). Four-level breadcrumb. In-body 'Tham khảo "
              "thêm' box between paragraphs; a right-aligned italic 'Ảnh: Quàng Thủy' credit under the first "
              "caption (photographer, not caption); author in a 'Tác giả:' fragment above the sapo.",
        readme="Liferay DXP fragment page; CLDR '12 thg 3, 2024' date, wrong JSON-LD/og date, deep breadcrumb, "
               "in-body 'Tham khảo thêm' box, photo credit line under a caption",
    )


PAGES = [page5, page6]
