"""Set 29 pages 10-18: the rest of the common families, in versions and skins sets 26-28 did not use: Liferay DXP 7.3
under a VNPT e-portal theme (a ward portal set up after July 2025); SharePoint 2016 with the stock ArticleLeft page
layout; the duk-like custom ASP.NET WebForms CMS of the Party bloc committees; two provincial press CMSs (a
'/<cat>/<subcat>/<id>-<slug>.html' CMS and a convergence-newsroom CMS); a local vendor's ASP.NET WebForms CMS with the
'Đăng ngày: … AM/PM | Lượt xem | author' info line; WordPress + GeneratePress; Joomla 4 (Cassiopeia child template);
SharePoint 2013 with an integrator's news web parts.
Pages 11 and 13 carry one TWIST each: a Word-pasted LAYOUT table (picture and caption in one cell, three paragraphs of
text in the other), and a column's co-production note printed between the headline and the sapo."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads10, past, expected, slug, hexid, alnum, b64blob, MENU
from .kit import share, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, side_std, vb_box
from .p_01_pages import right_bold, right_em, jp, strong_h, pcap, teasers, MONTHS_VI


# ===================================================================== 10 Phường Long Châu (Vĩnh Long): Liferay DXP 7.3 + a VNPT e-portal theme; a CONFERENCE of the ward Party committee; category = the portlet title only; no byline, a 'Nguồn:' source
A10 = Art("Đảng ủy phường Long Châu sơ kết 6 tháng vận hành chính quyền địa phương hai cấp",
          None,
          [("p", "Ngày 7/1, Đảng ủy phường Long Châu tổ chức hội nghị sơ kết 6 tháng vận hành mô hình chính quyền địa phương hai cấp, triển khai nhiệm vụ trọng tâm năm 2026. Đồng chí Trần Văn Lợi, Bí thư Đảng ủy phường chủ trì hội nghị."),
           ("p", "Sau 6 tháng đi vào hoạt động, bộ máy của phường cơ bản vận hành thông suốt. Trung tâm Phục vụ hành chính công phường đã tiếp nhận hơn 9.600 hồ sơ, giải quyết đúng và trước hạn đạt 98,7%; tỷ lệ hồ sơ trực tuyến đạt 72%. Thu ngân sách trên địa bàn đạt 104% dự toán; các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời."),
           ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: trụ sở làm việc còn phân tán ở 3 điểm; một số công chức chưa thành thạo nghiệp vụ mới, nhất là trong lĩnh vực đất đai, xây dựng; hạ tầng công nghệ thông tin chưa đáp ứng yêu cầu."),
           ("h", "Nhiệm vụ trọng tâm năm 2026"),
           ("p", "Năm 2026, phường phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; hoàn thành chỉnh trang 5 tuyến đường nội ô; giữ vững danh hiệu phường đạt chuẩn văn minh đô thị."),
           ("p", "Phát biểu kết luận, đồng chí Bí thư Đảng ủy phường yêu cầu các chi bộ, cơ quan, đơn vị tiếp tục đổi mới phương thức lãnh đạo, nâng cao tinh thần trách nhiệm phục vụ Nhân dân; chuẩn bị tốt các điều kiện tổ chức cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 vào ngày 15/3/2026."),
           ("p", "Dịp này, Đảng ủy phường khen thưởng 4 tập thể, 11 cá nhân có thành tích xuất sắc trong 6 tháng đầu vận hành chính quyền địa phương hai cấp.")])


def page10():
    pub = T("2026-01-08 14:05")
    upd = T("2026-01-09 07:40")
    site = "https://longchau.vinhlong.gov.vn"
    url = f"{site}/web/longchau/xay-dung-dang/-/asset_publisher/vnptNews/content/dang-uy-phuong-long-chau-so-ket-6-thang-van-hanh-chinh-quyen-dia-phuong-hai-cap"
    dd = lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}, {hm(d)}"
    pn = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vnptNews"

    def main(rng, rl, rd):
        body = A10.render(p=jp, h=strong_h)
        others = "".join(f'<li><a href="{site}/web/longchau/xay-dung-dang/-/asset_publisher/vnptNews/content/{slug(t)}">{esc(t)}</a> <span class="date-list">{d.day:02d}-{d.month:02d}-{d.year}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="portlet-boundary portlet-boundary_{pn}_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_{pn}_"><span id="p_{pn}"></span>'
                f'<section class="portlet" id="portlet_{pn}"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
                f'<h2 class="portlet-title-text">Xây dựng Đảng</h2></div></div><div class="portlet-content-container"><div class="portlet-body">'
                f'<div class="vnpt-news-detail"><h1 class="title-news">{esc(A10.title)}</h1>'
                f'<div class="date-news"><i class="far fa-clock"></i> {wd(pub, lower=True)}, {dd(pub)} <span class="update-news">(Cập nhật: {dd(upd)})</span></div>'
                f'<div class="tool-news"><a href="#" class="text-size" data-size="-1">A-</a> <a href="#" class="text-size" data-size="0">A</a> <a href="#" class="text-size" data-size="1">A+</a> <a href="#" class="btn-speech"><i class="fas fa-volume-up"></i> Nghe đọc</a> <a href="#" onclick="window.print()"><i class="fas fa-print"></i> In</a></div>'
                f'<div class="content-news">{body}</div>'
                f'<div class="source-news" style="text-align:right"><strong>Nguồn: </strong>Văn phòng HĐND và UBND phường</div>'
                f'<div class="share-news">{share("share-vnpt")}</div></div>'
                f'<div class="other-news"><h3 class="other-news-title">Tin cùng chuyên mục</h3><ul>{others}</ul></div>'
                f'</div></div></div></section></div>')

    def side(rng, pub_):
        ts = heads10(rng, 5, avoid=[A10.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a><span class="date-list">{d.day:02d}-{d.month:02d}-{d.year}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 0, 8)))
        return (f'<section class="portlet"><div class="portlet-header"><h2 class="portlet-title-text">Thông báo</h2></div><div class="portlet-body"><ul>{li}</ul></div></section>'
                + '<section class="portlet bau-cu"><div class="portlet-header"><h2 class="portlet-title-text">Bầu cử ĐBQH và HĐND các cấp</h2></div><div class="portlet-body"><img src="/documents/2026/banner-bau-cu-15-3-2026.jpg" alt="Ngày bầu cử 15/3/2026" /><p>Chủ nhật, ngày 15/3/2026 - Ngày hội của toàn dân</p></div></section>'
                + '<section class="portlet"><div class="portlet-header"><h2 class="portlet-title-text">Dịch vụ công</h2></div><div class="portlet-body"><a href="https://dichvucong.example">Cổng Dịch vụ công quốc gia</a><br /><a href="#">Tra cứu hồ sơ</a></div></section>'
                + '<section class="portlet"><div class="portlet-header"><h2 class="portlet-title-text">Thống kê truy cập</h2></div><div class="portlet-body"><ul><li>Đang truy cập: 37</li><li>Tổng lượt truy cập: 184.205</li></ul></div></section>')

    def top(rng, pub_):
        return ('<div class="container header-top"><div class="logo"><img src="/o/vnpt-egov-theme/images/quoc-huy.png" alt="Quốc huy" width="64" />'
                '<div class="site-title"><span class="s1">CỔNG THÔNG TIN ĐIỆN TỬ</span><span class="s2">PHƯỜNG LONG CHÂU - TỈNH VĨNH LONG</span></div></div>'
                f'<div class="header-date">{wd(pub_ + timedelta(days=2))}, {dmy(pub_ + timedelta(days=2))}</div></div>')

    head = ('<link data-senna-track="temporary" href="/o/vnpt-egov-theme/images/favicon.ico" rel="icon" /><link class="lfr-css-file" data-senna-track="temporary" href="/o/vnpt-egov-theme/css/main.css?browserId=other&amp;themeId=vnptegovtheme_WAR_vnptegovtheme&amp;languageId=vi_VN&amp;b=7310&amp;t=1767080000000" rel="stylesheet" type="text/css" />'
            '<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7310&amp;t=1767080000000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>'
            '<script data-senna-track="temporary" type="text/javascript">var Liferay=window.Liferay||{};Liferay.ThemeDisplay={getLanguageId:function(){return "vi_VN"},getScopeGroupId:function(){return "884213"},getPathThemeImages:function(){return "/o/vnpt-egov-theme/images"},isSignedIn:function(){return false}};</script>'
            + og(A10.title, url, {"og:site_name": "Cổng TTĐT phường Long Châu"}))
    return page("s29-10", family="ward_portal_liferay73_vnpt_egov_theme_portlet_title_category_source_only",
                name="vinhlong-longchau-phuong-liferay-dxp73-vnpt-egov-theme-portlet-title-xay-dung-dang-no-crumb-h1-title-news-weekday-lower-dd-mm-yyyy-dashes-comma-hh-mm-cap-nhat-paren-no-lead-no-pictures-bold-subhead-nguon-van-phong-no-byline",
                url=url, art=A10, main_fn=main, pub=pub, prefix="vnpt", kb=145,
                org="Ủy ban nhân dân phường Long Châu", addr="Số 1 đường 30/4, phường Long Châu, tỉnh Vĩnh Long", phone="0270.3822.146",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "liferay73", "head_extra": head, "title": "Xây dựng Đảng - Cổng thông tin điện tử phường Long Châu", "items": MENU_GOV},
                exp=expected(A10, iso(pub), updated=iso(upd), category="Xây dựng Đảng", lead=None),
                traps={"source": ["Nguồn:"], "chrome": ["Tin cùng chuyên mục", "Nghe đọc", "Bầu cử ĐBQH và HĐND các cấp", "Chủ nhật, ngày 15/3/2026 - Ngày hội của toàn dân", "Thống kê truy cập"], "related": lambda rl: rl[:5]},
                notes="A CONFERENCE of a ward Party committee on a ward portal set up after July 2025 on Liferay DXP 7.3 under a VNPT e-portal theme (quốc huy header; an asset publisher whose display template prints h1.title-news, div.date-news, div.tool-news, div.content-news, div.source-news). No breadcrumb: the only section label is the PORTLET TITLE 'Xây dựng Đảng' above the headline → category (a specific portlet title is the section when nothing deeper is printed). Stamp 'Thứ năm, 08-01-2026, 14:05 (Cập nhật: 09-01-2026, 07:40)' (dashes in the date, a comma before the time, the update in brackets) → published 2026-01-08T14:05, updated 2026-01-09T07:40. The <title> is the layout's ('Xây dựng Đảng - Cổng …'). No sapo, no picture (captions []), a bold sub-heading (body). No byline: 'Nguồn: Văn phòng HĐND và UBND phường' is a source → author and unit null. The election day '15/3/2026' in the text and in the sidebar banner is not a stamp.",
                readme="Liferay DXP 7.3 + a VNPT e-portal theme, a ward portal, a CONFERENCE: no crumb, category = the portlet title 'Xây dựng Đảng', 'Thứ năm, 08-01-2026, 14:05 (Cập nhật: 09-01-2026, 07:40)', no lead, no pictures, 'Nguồn: Văn phòng HĐND và UBND phường' (source; no author, no unit)")


# ===================================================================== 11 Sở Nội vụ thành phố Đà Nẵng: SharePoint 2016 stock ArticleLeft page layout; a YEAR-END CONFERENCE; TWIST a Word-pasted LAYOUT table (picture + caption | three paragraphs)
L11 = "Chiều 26/12, Sở Nội vụ thành phố tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Trần Thị Kim Oanh, Phó Chủ tịch UBND thành phố dự và chỉ đạo hội nghị."
T11 = ["Năm 2025, ngành Nội vụ thành phố đã tham mưu hoàn thành khối lượng công việc rất lớn, chưa có tiền lệ: sắp xếp tổ chức bộ máy các cơ quan chuyên môn, đơn vị sự nghiệp sau hợp nhất; sắp xếp đơn vị hành chính cấp xã theo mô hình chính quyền địa phương hai cấp; bố trí, sắp xếp hơn 14.000 cán bộ, công chức, viên chức.",
       "Công tác giải quyết chế độ, chính sách cho cán bộ, công chức, viên chức nghỉ việc theo Nghị định số 178/2024/NĐ-CP được thực hiện kịp thời, đúng quy định với 2.316 trường hợp, tổng kinh phí gần 2.100 tỷ đồng.",
       "Công tác cải cách hành chính, thi đua, khen thưởng, tôn giáo, văn thư, lưu trữ tiếp tục có nhiều chuyển biến; chỉ số cải cách hành chính của thành phố tiếp tục nằm trong nhóm dẫn đầu cả nước."]
TCAP11 = "Phó Chủ tịch UBND thành phố Trần Thị Kim Oanh phát biểu chỉ đạo hội nghị"
A11 = Art("Sở Nội vụ tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
          L11,
          [("p", T11[0]), ("p", T11[1]), ("p", T11[2]),
           ("p", "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND thành phố ghi nhận, đánh giá cao những nỗ lực của ngành Nội vụ; đề nghị năm 2026 Sở tập trung hoàn thiện vị trí việc làm, đánh giá cán bộ theo kết quả, sản phẩm cụ thể; tham mưu chính sách thu hút người có tài năng; chuẩn bị tốt công tác bầu cử đại biểu Quốc hội và HĐND các cấp."),
           ("p", "Dịp này, 12 tập thể và 25 cá nhân được nhận Bằng khen của Chủ tịch UBND thành phố vì có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025.")])
ROLL11 = "Quang cảnh hội nghị tổng kết công tác năm 2025 của Sở Nội vụ"


def page11():
    pub = T("2025-12-26 00:00")
    url = "https://sonoivu.danang.gov.vn/tintuc/tinhoatdong/Pages/so-noi-vu-tong-ket-cong-tac-nam-2025-trien-khai-nhiem-vu-nam-2026.aspx"
    span = lambda t: f'<span lang="VI" style="font-size:13.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">{esc(t)}</span>'
    msop = lambda t: f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt">{span(t)}</p>'

    def main(rng, rl, rd):
        g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
        table = ('<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"><tbody><tr>'
                 '<td width="246" valign="top" style="width:184.5pt;padding:0cm 5.4pt 0cm 5.4pt">'
                 '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI"><img width="230" height="153" src="/tintuc/tinhoatdong/PublishingImages/2025/12/pho-chu-tich-phat-bieu-tong-ket-so-noi-vu.jpg" alt="" /></span></p>'
                 f'<p class="MsoCaption" align="center" style="text-align:center"><i><span lang="VI" style="font-size:11.0pt">{esc(TCAP11)}</span></i></p></td>'
                 '<td width="378" valign="top" style="width:283.5pt;padding:0cm 5.4pt 0cm 5.4pt">' + "".join(msop(t) for t in T11) + '</td></tr></tbody></table>')
        rest = "".join(msop(t) for t in A11.pars[3:])
        content = f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify"><b>{span(L11)}</b></p>{table}{rest}'
        others = "".join(f'<li><a href="/tintuc/tinhoatdong/Pages/{slug(t)[:60]}.aspx">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="breadcrumb-sp"><span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath"><a href="#ctl00_PlaceHolderTitleBreadcrumb_siteMapPath_SkipLink"><img alt="Skip Navigation Links" src="/WebResource.axd?d={b64blob(rng, 40)}" width="0" height="0" style="border-width:0px;" /></a>'
                f'<span><a href="/Pages/default.aspx">Trang chủ</a></span><span> &gt; </span><span><a href="/tintuc/Pages/default.aspx">Tin tức - Sự kiện</a></span><span> &gt; </span>'
                f'<span><a href="/tintuc/tinhoatdong/Pages/default.aspx">Tin hoạt động</a></span><span> &gt; </span><span class="current">{esc(A11.title)}</span><a id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath_SkipLink"></a></span></div>'
                f'<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span>{esc(A11.title)}</span></span></h1>'
                f'<div class="article article-left"><div class="date-line">{dmy(pub)}</div>'
                f'<div class="article-header"><div class="by-line">Bài, ảnh: Ngọc Diệp</div></div>'
                f'<div class="captioned-image"><div class="image"><div id="ctl00_PlaceHolderMain_ImageField__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline"><div class="ms-rtestate-field"><img alt="" src="/tintuc/tinhoatdong/PublishingImages/2025/12/tong-ket-so-noi-vu-2025.jpg" style="BORDER:0px solid;" /></div></div></div>'
                f'<div class="caption"><div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">{esc(ROLL11)}</div></div></div>'
                f'<div class="article-content"><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">{content}</div></div></div>'
                f'<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain"><div class="ms-webpart-chrome"><div id="ctl00_m_g_{g}" class="other-news"><h3>Tin khác</h3><ul>{others}</ul></div></div></div></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin đọc nhiều", fmt=lambda d: dmy(d), cls="ms-webpart-chrome xemnhieu")
                + vb_box(["Quyết định quy định chức năng, nhiệm vụ của Sở Nội vụ thành phố", "Kế hoạch cải cách hành chính năm 2026", "Hướng dẫn đánh giá, xếp loại chất lượng cán bộ, công chức năm 2025"], "Văn bản mới", "ms-webpart-chrome vanban")
                + '<div class="ms-webpart-chrome tra-cuu"><h3>Tra cứu</h3><ul><li><a href="#">Tra cứu hồ sơ thi đua, khen thưởng</a></li><li><a href="#">Cơ sở dữ liệu cán bộ, công chức</a></li></ul></div>')

    def top(rng, pub_):
        return ('<div class="banner"><a href="/"><img src="/Style%20Library/SNV/images/banner-so-noi-vu-dn.png" alt="Sở Nội vụ thành phố Đà Nẵng" /></a></div>'
                f'<div class="top-date">{wd(pub_ + timedelta(days=3))}, {dmy(pub_ + timedelta(days=3))}</div>')

    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Expires" content="0" /><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=LLTmL3zZWhHNpUuRFL6shQ%3D%3D"/>'
            '<link rel="stylesheet" type="text/css" href="/Style%20Library/SNV/css/site.css"/><script type="text/javascript" src="/_layouts/15/init.js?rev=Kc1WBCj%2BFwkbfGFkbzf4Iw%3D%3D"></script>'
            '<script type="text/javascript">var _fV4UI=true;var _spPageContextInfo={webServerRelativeUrl:"\\u002ftintuc\\u002ftinhoatdong",webAbsoluteUrl:"https:\\u002f\\u002fsonoivu.danang.gov.vn\\u002ftintuc\\u002ftinhoatdong",pageListId:"{' + hexid(__import__("random").Random("s29-11a"), 8) + '}",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",env:"prod"};</script>')
    return page("s29-11", family="home_affairs_department_sharepoint2016_articleleft_word_layout_table",
                name="danang-sonoivu-sharepoint2016-articleleft-page-layout-sitemappath-ending-in-title-tin-hoat-dong-h1-pagetitle-date-line-date-only-by-line-bai-anh-name-rollup-image-caption-bold-msonormal-lead-word-layout-table-image-caption-cell-text-cell",
                url=url, art=A11, main_fn=main, pub=pub, prefix="snv", kb=160,
                org="Sở Nội vụ thành phố Đà Nẵng", addr="Tầng 9, Trung tâm Hành chính thành phố, số 24 đường Trần Phú, phường Hải Châu, thành phố Đà Nẵng", phone="0236.3822.187",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "sharepoint", "form": True, "head_extra": head, "title": "Trang - " + A11.title, "items": MENU_GOV, "action": "/tintuc/tinhoatdong/Pages/so-noi-vu-tong-ket-cong-tac-nam-2025-trien-khai-nhiem-vu-nam-2026.aspx"},
                exp=expected(A11, isod(pub), author="Ngọc Diệp", photographer="Ngọc Diệp", category="Tin hoạt động", captions=[ROLL11, TCAP11]),
                traps={"bylines": ["Bài, ảnh: Ngọc Diệp"], "chrome": ["Tin khác", "Tin đọc nhiều", "Tra cứu", "Tra cứu hồ sơ thi đua, khen thưởng"], "related": lambda rl: rl[:5]},
                notes="TWIST: a Sở Nội vụ on SharePoint Server 2016 with the STOCK publishing page layout ArticleLeft (div.article.article-left: div.date-line (ArticleStartDate, a date-only field), div.by-line (ArticleByLine), div.captioned-image (the rollup image + its PublishingImageCaption), div.article-content (PublishingPageContent)); the headline is the master page's h1#pageTitle. The text was pasted from Word: MsoNormal paragraphs, the bold opening paragraph (the lead), then a borderless 'MsoTableGrid' LAYOUT TABLE of ONE row — the left cell holds a picture and its MsoCaption, the right cell the next THREE PARAGRAPHS of the text — then two more paragraphs. The table is layout, not data: its three paragraphs are body paragraphs in their own right, in order, and the MsoCaption is a caption (set 26's rule for a byline in a layout table, here for text). An extractor that applies the data-table rule (a row → 'cell | cell') stores the caption glued to the three paragraphs as one body paragraph, with no sign of failure. Published: 'date-line' 26/12/2025 only, no time printed anywhere → 2025-12-26. By-line 'Bài, ảnh: Ngọc Diệp' → author = photographer. Captions: the rollup image's caption, then the table's. siteMapPath 'Trang chủ > Tin tức - Sự kiện > Tin hoạt động > <the headline>' → 'Tin hoạt động' (set 27: a level that is the item itself is not the category). Figures are made up.",
                readme="TWIST the Word-pasted text puts a picture + MsoCaption in the LEFT cell of a one-row LAYOUT table and the next THREE PARAGRAPHS in the right cell → three body paragraphs and a caption, not a 'cell | cell' row; SharePoint 2016 ArticleLeft Sở Nội vụ, a year-end CONFERENCE: h1#pageTitle, date-line date only, by-line 'Bài, ảnh: Name', rollup image caption, bold MsoNormal lead, siteMapPath ending in the headline")


# ===================================================================== 12 Đảng ủy các cơ quan Đảng thành phố Huế: the duk-like custom ASP.NET CMS; ADMISSION OF NEW PARTY MEMBERS; 'dd-mm-yyyy HH:MM'; a table caption with <br>; last paragraph 'Name, unit'
A12 = Art("Chi bộ Sở Văn hóa và Thể thao kết nạp 2 đảng viên mới",
          None,
          [("p", "Ngày 24/9/2025, Chi bộ Sở Văn hóa và Thể thao tổ chức Lễ kết nạp đảng viên mới cho 2 quần chúng ưu tú là đồng chí Lê Thị Thanh Tâm, chuyên viên Phòng Quản lý văn hóa và đồng chí Nguyễn Hữu Phước, viên chức Trung tâm Văn hóa - Điện ảnh thành phố."),
           ("p", "Tham dự buổi lễ có đại diện Ban Tổ chức Đảng ủy các cơ quan Đảng thành phố và toàn thể đảng viên trong Chi bộ."),
           ("p", "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố Quyết định kết nạp đảng viên của Ban Thường vụ Đảng ủy các cơ quan Đảng thành phố; ôn lại truyền thống vẻ vang của Đảng Cộng sản Việt Nam, nhấn mạnh ý nghĩa, trách nhiệm của người đảng viên trong giai đoạn mới."),
           ("img", "/Uploads/images/2025/09/ket-nap-dang-vien-so-vhtt.jpg", "Đồng chí Trần Quang Vinh, Bí thư Chi bộ, Phó Giám đốc Sở trao Quyết định kết nạp đảng viên"),
           ("p", "Trong không khí trang nghiêm trước cờ Đảng, cờ Tổ quốc và ảnh Chủ tịch Hồ Chí Minh, 2 đảng viên mới đã đọc lời tuyên thệ, hứa suốt đời phấn đấu cho mục tiêu, lý tưởng của Đảng, chấp hành nghiêm Điều lệ Đảng, nghị quyết, chỉ thị của Đảng và pháp luật của Nhà nước."),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Chi bộ chúc mừng các đảng viên mới, đề nghị các đồng chí tiếp tục học tập, rèn luyện, hoàn thành tốt nhiệm vụ được giao; phân công đảng viên chính thức giúp đỡ đảng viên mới trong thời gian dự bị 12 tháng."),
           ("p", "Từ đầu năm 2025 đến nay, Chi bộ đã kết nạp 5 đảng viên mới, vượt chỉ tiêu Nghị quyết đề ra.")])
BYL12 = "Trần Thị Ngọc Ánh, Chi bộ Sở Văn hóa và Thể thao"


def page12():
    pub = T("2025-09-25 14:15")
    url = "https://dukcqd.hue.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=3318"
    dash = lambda d: f"{d.day:02d}-{d.month:02d}-{d.year} {hm(d)}"

    def img(s, c, n):
        a, b = c.split(" trao ")
        return (f'<table cellspacing="0" cellpadding="0" border="0" align="center" style="width: 500px;"><tbody><tr><td><img width="500" height="333" alt="" src="{s}" /></td></tr>'
                f'<tr><td style="text-align: center;"><em>{esc(a)}<br />trao {esc(b)}</em></td></tr></tbody></table>')

    def main(rng, rl, rd):
        body = A12.render(p=lambda t: f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;{esc(t)}</p>', img=img) + f'<p style="text-align: right;"><strong>{esc(BYL12)}</strong></p>'
        others = "".join(f'<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=3&amp;id={rng.randint(3100, 3317)}">{esc(t)}</a> <span class="date">({dash(d)[:10]})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<table width="100%" cellspacing="0" cellpadding="0" class="tbl-content"><tr><td class="cat-bar"><a id="ctl00_ContentPlaceHolder1_ctl00_hlCategory" class="cat-name" href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=3">Hoạt động của các tổ chức Đảng cơ sở</a></td></tr>'
                f'<tr><td class="news-detail"><h2 class="news-title"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle">{esc(A12.title)}</span></h2>'
                f'<div class="news-date"><span id="ctl00_ContentPlaceHolder1_ctl00_lblDate">{dash(pub)}</span></div>'
                f'<div id="ctl00_ContentPlaceHolder1_ctl00_divContent" class="news-content">{body}</div>'
                f'<div class="news-tools"><a href="javascript:window.print();">In trang</a> | <a href="javascript:history.back();">Trở về</a> | <a href="#top">Lên đầu trang</a></div></td></tr>'
                f'<tr><td class="tinlienquan"><div class="tlq-title">Tin liên quan</div><ul>{others}</ul></td></tr></table>')

    def side(rng, pub_):
        ts = heads10(rng, 6, avoid=[A12.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a> <span class="date">({dash(d)[:10]})</span></li>' for t, d in zip(ts, past(pub_, rng, 6, 0, 12)))
        return (f'<div class="box-right"><div class="box-title">Tin mới</div><ul>{li}</ul></div>'
                + vb_box(["Hướng dẫn kết nạp đảng viên trong các cơ quan, đơn vị năm 2025", "Kế hoạch sinh hoạt chi bộ theo chuyên đề quý IV/2025", "Quy định về chế độ báo cáo của các tổ chức cơ sở đảng"], "Văn bản - Tài liệu", "box-right vb")
                + '<div class="box-right"><div class="box-title">Liên kết</div><ul><li><a href="#">Cổng TTĐT thành phố Huế</a></li><li><a href="#">Đảng bộ thành phố Huế</a></li><li><a href="#">Báo Huế</a></li></ul></div>')

    def top(rng, pub_):
        return ('<img src="/Uploads/banner-duk-cqd-hue.jpg" alt="Đảng ủy các cơ quan Đảng thành phố Huế" width="1000" height="130" />'
                f'<div class="ngay-thang">{wd(pub_ + timedelta(days=2))}, ngày {dmy(pub_ + timedelta(days=2))}</div>')

    head = '<meta name="keywords" content="Đảng ủy các cơ quan Đảng thành phố Huế, kết nạp đảng viên" /><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><script src="/Scripts/jquery-1.8.2.min.js" type="text/javascript"></script>'
    return page("s29-12", family="party_agencies_bloc_duk_like_aspnet_cms_admission_table_caption_br_name_comma_unit",
                name="hue-dukcqd-custom-aspnet-webforms-default-aspx-siteid-c-content-a-detail-catid-id-category-bar-above-h2-dd-mm-yyyy-dashes-hh-mm-no-lead-indented-paragraphs-table-caption-em-with-br-bold-right-name-comma-chi-bo-unit-tin-lien-quan",
                url=url, art=A12, main_fn=main, pub=pub, prefix="duk", kb=120,
                org="Đảng ủy các cơ quan Đảng thành phố Huế", addr="Số 16 đường Lê Lợi, phường Thuận Hóa, thành phố Huế", phone="0234.3822.905",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "table", "form": True, "head_extra": head, "title": "Đảng ủy các cơ quan Đảng thành phố Huế", "items": MENU, "action": "./Default.aspx?siteid=1&c=content&a=detail&catid=3&id=3318"},
                exp=expected(A12, iso(pub), author="Trần Thị Ngọc Ánh", unit="Chi bộ Sở Văn hóa và Thể thao", category="Hoạt động của các tổ chức Đảng cơ sở"),
                traps={"bylines": [BYL12], "chrome": ["In trang", "Trở về", "Lên đầu trang", "Tin liên quan", "Văn bản - Tài liệu"], "related": lambda rl: rl[:5]},
                notes="ADMISSION OF NEW PARTY MEMBERS in a chi bộ, on the site of an Đảng ủy các cơ quan Đảng thành phố built on the custom ASP.NET WebForms CMS the Party bloc committees use (Default.aspx?siteid=1&c=content&a=detail&catid=…&id=…; one form with __VIEWSTATE; a table layout; the <title> is only the site's name). The section link sits in a bar ABOVE the headline: 'Hoạt động của các tổ chức Đảng cơ sở' → category. h2 > span#…_lblTitle → title. Stamp 'dd-mm-yyyy HH:MM' with dashes '25-09-2025 14:15' → 2025-09-25T14:15:00+07:00 (the ceremony was the day before, '24/9/2025' in the text). No sapo; paragraphs indented with &nbsp; (trimmed). The picture sits in a two-row table whose caption cell has a <br> inside the sentence: 'Đồng chí …, Phó Giám đốc Sở<br />trao Quyết định …' → one caption, the <br> read as a space (set 25). The last paragraph, bold right, 'Trần Thị Ngọc Ánh, Chi bộ Sở Văn hóa và Thể thao' → author + unit ('Name, unit'). 'Tin liên quan' with '(dd-mm-yyyy)' dates.",
                readme="duk-like custom ASP.NET WebForms CMS, Đảng ủy các cơ quan Đảng thành phố, ADMISSION OF NEW MEMBERS: category bar above an h2 title, 'dd-mm-yyyy HH:MM', no lead, a table caption with a <br> inside the sentence, last paragraph 'Name, Chi bộ …' (author + unit), generic <title>")


# ===================================================================== 13 Báo và PT-TH Thanh Hóa: a press CMS (/<cat>/<subcat>/<id>-<slug>.html); a 'DÂN VẬN KHÉO' feature; TWIST the column's co-production note printed between the headline and the sapo
A13 = Art("Người “giữ lửa” phong trào hiến đất làm đường ở bản Khằm",
          "Hơn 10 năm làm trưởng bản, ông Hà Văn Thăng ở bản Khằm, xã Trung Lý đã cùng cấp ủy, chính quyền vận động bà con hiến hàng nghìn mét vuông đất, góp ngày công làm đường. Từ những con đường ấy, bản vùng cao biên giới đã đổi thay từng ngày.",
          [("p", "Chúng tôi đến bản Khằm vào một ngày đầu tháng 11, khi những con đường bê tông phẳng lì đã nối đến tận các khu sản xuất. Nhắc đến sự đổi thay của bản, ai cũng nhắc đến ông Hà Văn Thăng, người mà bà con vẫn gọi thân mật là “ông trưởng bản làm đường”."),
           ("p", "Năm 2014, khi ông Thăng được bầu làm trưởng bản, đường vào bản chỉ là lối mòn, mùa mưa trơn trượt, học sinh nhiều hôm phải nghỉ học. Được Nhà nước hỗ trợ xi măng, nhưng muốn mở rộng nền đường thì phải có đất, mà đất lại nằm trong vườn, ruộng của dân."),
           ("img", "/uploads/2025/11/ong-ha-van-thang-trao-doi-voi-nguoi-dan.jpg", "Ông Hà Văn Thăng (bên trái) trao đổi với người dân về kế hoạch làm đường nội đồng"),
           ("p", "“Mình phải làm trước thì dân mới tin”, ông Thăng nói. Ông bàn với vợ con hiến 250 m² đất vườn, chặt bỏ hàng tre để mở rộng đường. Sau đó, ông cùng bí thư chi bộ đến từng nhà, có nhà đến năm, bảy lần, giải thích lợi ích, lắng nghe cả những lời chưa xuôi tai."),
           ("p", "Từ năm 2014 đến nay, bản Khằm đã làm được hơn 6 km đường bê tông, trong đó 48 hộ hiến gần 5.000 m² đất. Đường thuận lợi, bà con mạnh dạn chuyển sang trồng quế, mía, nuôi trâu, bò vỗ béo. Tỷ lệ hộ nghèo của bản từ hơn 60% năm 2014 giảm còn 18% năm 2024."),
           ("img", "/uploads/2025/11/duong-be-tong-ban-kham.jpg", "Tuyến đường bê tông dẫn vào khu sản xuất của bản Khằm"),
           ("p", "Đồng chí Lò Văn Hưng, Bí thư Đảng ủy xã Trung Lý đánh giá: Ông Thăng là điển hình của cách làm dân vận “trọng dân, gần dân, hiểu dân, có trách nhiệm với dân”. Từ cách làm của bản Khằm, xã đã nhân rộng phong trào hiến đất làm đường ra 15 bản."),
           ("p", "Năm 2025, ông Hà Văn Thăng được Ban Thường vụ Tỉnh ủy tặng Giấy khen là điển hình “Dân vận khéo” tiêu biểu giai đoạn 2020 - 2025.")])
NOTE13 = "Chuyên mục “Dân vận khéo” được thực hiện với sự phối hợp giữa Báo và Phát thanh, Truyền hình Thanh Hóa và Ban Tuyên giáo và Dân vận Tỉnh ủy."


def page13():
    pub = T("2025-11-20 07:30")
    site = "https://baothanhhoa.vn"
    url = f"{site}/chinh-tri/dan-van-kheo/294324-nguoi-giu-lua-phong-trao-hien-dat-lam-duong-o-ban-kham.html"
    stamp = f"{wd(pub, lower=True)},  {dmy(pub)} {hm(pub)}"

    def img(s, c, n):
        return f'<div class="img-wrap" style="text-align:center"><img src="{s}" alt="{esc(c, True)}" width="680" /><span class="img-cap">{esc(c)}</span></div>'

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=img)
        others = "".join(f'<li><a href="{site}/chinh-tri/dan-van-kheo/{rng.randint(290000, 294323)}-{slug(t)}.html">{esc(t)}</a></li>' for t in rl[:5])
        same = "".join(f'<div class="item"><a href="#"><img src="/uploads/thumb/{hexid(rng, 10)}.jpg" alt="" /></a><h4><a href="#">{esc(t)}</a></h4><span class="time">{wd(d, lower=True)},  {dmy(d)}</span></div>' for t, d in zip(rl[:4], rd))
        return (f'<div class="breadcrumbs"><a href="/">Trang chủ</a> › <a href="/chinh-tri">Chính trị</a> › <a href="/chinh-tri/dan-van-kheo">Dân vận khéo</a></div>'
                f'<div class="detail"><div class="detail-time">{esc(stamp)}</div>'
                f'<h1 class="detail-title">{esc(A13.title)}</h1>'
                f'<div class="detail-tools"><a href="#" class="listen"><i class="icon-headphones"></i> Nghe bài viết</a> <a href="#" class="fb-share">Chia sẻ</a> <a href="#" class="zalo-share">Zalo</a></div>'
                f'<div class="detail-content"><div class="column-note dan-van-kheo"><img src="/images/chuyenmuc/logo-dan-van-kheo.png" alt="Dân vận khéo" width="120" /><p><em>{esc(NOTE13)}</em></p></div>'
                f'<h2 class="detail-sapo">{esc(A13.lead)}</h2>'
                f'<div class="detail-body">{body}</div>'
                f'<p class="detail-author" style="text-align:right"><strong>Thu Phương</strong></p></div>'
                f'<div class="detail-tags"><span>Từ khóa:</span> <a href="/tag/dan-van-kheo">dân vận khéo</a> <a href="/tag/hien-dat-lam-duong">hiến đất làm đường</a></div>'
                f'<div class="detail-other"><h3>Tin khác</h3><ul>{others}</ul></div>'
                f'<div class="same-cat"><h3>Cùng chuyên mục</h3>{same}</div></div>')

    def side(rng, pub_):
        ts = heads10(rng, 5, avoid=[A13.title])
        return (teasers(rng, "Đọc nhiều", ts, past(pub_, rng, 5, 0, 5), ["Thu Phương", "Lê Hà", "Minh Hiếu", "Khánh Phương", "Đình Giáp"], lambda d: f"{wd(d, lower=True)},  {dmy(d)}", "box-docnhieu")
                + '<div class="box-epaper"><h3>Báo in</h3><a href="#"><img src="/uploads/epaper/2025/11/20/trang-1.jpg" alt="Báo in ngày 20/11/2025" /></a><p>Số ra ngày 20/11/2025</p></div>'
                + '<div class="box-video"><h3>Truyền hình</h3><ul><li><a href="#">Thời sự tối 19/11/2025</a></li><li><a href="#">Dân vận khéo - Chuyện ở bản Khằm</a></li></ul></div>')

    def top(rng, pub_):
        return ('<div class="logo"><a href="/"><img src="/images/logo-bao-ptth-thanh-hoa.png" alt="Báo và Phát thanh, Truyền hình Thanh Hóa" /></a></div>'
                '<div class="header-ad"><img src="/uploads/qc/banner-top.jpg" alt="" /></div>')

    def topbar(rng, pub_):
        today = pub_ + timedelta(hours=30)
        return f'<span class="today">{wd(today, lower=True)},  {dmy(today)}</span> <a href="/rss">RSS</a> <a href="/lien-he">Liên hệ</a> <a href="/dat-bao">Đặt báo</a>'

    head = (og(A13.title, url, {"og:description": A13.lead, "og:site_name": "Báo và Phát thanh, Truyền hình Thanh Hóa", "article:section": "Dân vận khéo"})
            + '<link rel="stylesheet" href="/themes/bthvn/css/main.min.css?v=20251105" /><script src="/themes/bthvn/js/jquery.min.js"></script><script>var ADS_ZONE={"top":"thanhhoa_top","detail_1":"thanhhoa_d1"};</script>')
    return page("s29-13", family="provincial_press_agency_press_cms_column_coproduction_note_before_sapo",
                name="thanhhoa-bao-va-ptth-press-cms-cat-subcat-id-slug-html-crumb-chinh-tri-dan-van-kheo-weekday-lower-double-space-dd-mm-yyyy-hh-mm-above-h1-column-note-box-logo-italic-before-h2-sapo-img-cap-spans-bold-right-name-only",
                url=url, art=A13, main_fn=main, pub=pub, prefix="bth", kb=210,
                org="Báo và Phát thanh, Truyền hình Thanh Hóa", addr="Số 284 đường Lê Lai, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.451",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "press2", "head_extra": head, "title": A13.title + " - Báo và Phát thanh, Truyền hình Thanh Hóa", "items": MENU_NEWS, "left": topbar},
                exp=expected(A13, iso(pub), author="Thu Phương", category="Dân vận khéo"),
                traps={"column_note": [NOTE13], "sidebar_bylines": ["Lê Hà", "Minh Hiếu", "Khánh Phương", "Đình Giáp"], "chrome": ["Nghe bài viết", "Từ khóa:", "Tin khác", "Cùng chuyên mục", "Báo in", "Số ra ngày 20/11/2025", "Dân vận khéo - Chuyện ở bản Khằm"], "related": lambda rl: rl[:5]},
                notes="TWIST: a 'DÂN VẬN KHÉO' feature on a merged provincial press agency's CMS (/<cat>/<subcat>/<id>-<slug>.html). The column is co-produced with the Ban Tuyên giáo và Dân vận Tỉnh ủy, and the article template prints the column's note INSIDE div.detail-content, right after the headline and BEFORE the sapo: a box with the column logo and the italic sentence 'Chuyên mục “Dân vận khéo” được thực hiện với sự phối hợp giữa Báo và Phát thanh, Truyền hình Thanh Hóa và Ban Tuyên giáo và Dân vận Tỉnh ủy.' It is an editors' note about the column (set 24: a note from the editors is not body), printed on every item of the column → neither lead nor body; the lead is the h2.detail-sapo that follows. An extractor that takes the first text block after the headline as the sapo stores the column's note as this item's lead (and in its body) — a plausible-looking sentence, so nothing flags it. Stamp above the h1 'Thứ năm,  20/11/2025 07:30' (the weekday's second word in lower case, TWO spaces after the comma) → 2025-11-20T07:30:00+07:00; the top bar's 'Thứ sáu,  21/11/2025' is the crawl day, the 'Đọc nhiều' teasers carry dates and writers, the print-edition box its own day. Captions: span.img-cap under two images. Byline bold right 'Thu Phương'. Crumb 'Trang chủ › Chính trị › Dân vận khéo' → category.",
                readme="TWIST the column's co-production note ('Chuyên mục “Dân vận khéo” được thực hiện với sự phối hợp giữa …', italic, with the column logo) is printed between the headline and the sapo, inside the content → neither lead nor body, the lead is the h2 sapo after it; press CMS of a merged Báo và PT-TH, a 'DÂN VẬN KHÉO' feature: 'Thứ năm,  20/11/2025 07:30' (two spaces) above the h1, span.img-cap captions, bold right name")


# ===================================================================== 14 Báo và PT-TH Cà Mau: a convergence-newsroom CMS; a VISIT before Tết; a COLLECTIVE byline fused with the stamp 'Nhóm PV•dd/mm/yyyy HH:MM' + 'Cập nhật:'; kicker
A14 = Art("Bí thư Tỉnh ủy thăm, chúc Tết lực lượng vũ trang và Nhân dân xã Đất Mũi",
          "Ngày 4/2, nhân dịp Tết Nguyên đán Bính Ngọ 2026, đồng chí Trần Văn Thạch, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dẫn đầu đoàn công tác của tỉnh đến thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng Đất Mũi và Đảng bộ, chính quyền, Nhân dân xã Đất Mũi.",
          [("p", "Tại Đồn Biên phòng Đất Mũi, đồng chí Bí thư Tỉnh ủy ghi nhận những nỗ lực của cán bộ, chiến sĩ trong bảo vệ chủ quyền, an ninh biên giới biển; phối hợp với cấp ủy, chính quyền địa phương giúp ngư dân bám biển, phòng, chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)."),
           ("img", "/uploads/2026/02/bi-thu-tinh-uy-tham-don-bien-phong-dat-mui.jpg", "Bí thư Tỉnh ủy tặng quà cán bộ, chiến sĩ Đồn Biên phòng Đất Mũi"),
           ("p", "Đồng chí đề nghị đơn vị tiếp tục duy trì nghiêm chế độ trực sẵn sàng chiến đấu, nhất là trong dịp Tết; quản lý chặt chẽ tàu cá ra, vào cửa biển; sẵn sàng lực lượng, phương tiện tìm kiếm, cứu nạn trên biển."),
           ("p", "Đến thăm, chúc Tết Đảng bộ, chính quyền và Nhân dân xã Đất Mũi, đồng chí Bí thư Tỉnh ủy biểu dương kết quả xã đạt được trong năm 2025: thu ngân sách vượt 15% dự toán, không còn hộ ở nhà tạm, nhà dột nát; du lịch cộng đồng tại Mũi Cà Mau thu hút hơn 450.000 lượt khách."),
           ("img", "/uploads/2026/02/trao-qua-tet-ngu-dan-dat-mui.jpg", "Bí thư Tỉnh ủy trao quà Tết cho ngư dân có hoàn cảnh khó khăn tại xã Đất Mũi. Ảnh: Hữu Nghĩa"),
           ("p", "Dịp này, đoàn công tác trao 200 phần quà cho ngư dân, hộ nghèo, gia đình chính sách, mỗi phần trị giá 1,5 triệu đồng; trao 10 căn nhà “Đại đoàn kết” cho hộ khó khăn về nhà ở.")])


def page14():
    pub = T("2026-02-05 08:22")
    upd = T("2026-02-05 10:40")
    site = "https://baocamau.vn"
    url = f"{site}/bi-thu-tinh-uy-tham-chuc-tet-luc-luong-vu-trang-va-nhan-dan-xa-dat-mui-a41872.html"

    def img(s, c, n):
        return f'<figure class="article__figure"><img src="{s}" alt="{esc(c, True)}" loading="lazy" /><figcaption class="article__caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A14.render(p=lambda t: f'<p class="article__p">{esc(t)}</p>', img=img)
        rel = "".join(f'<article class="card card--small"><a class="card__thumb" href="{site}/{slug(t)}-a{rng.randint(41000, 41871)}.html"><img src="/uploads/thumb/{hexid(rng, 10)}.jpg" alt="" /></a><h3 class="card__title"><a href="#">{esc(t)}</a></h3>'
                      f'<div class="card__meta"><span class="card__author">{a}</span>•<span class="card__time">{dmy(d)} {hm(d)}</span></div></article>'
                      for t, d, a in zip(rl[:5], rd, ["Hữu Nghĩa", "Minh Quân", "Nhóm PV", "Thảo Vy", "Trần Nguyên"]))
        return (f'<article class="article"><div class="article__kicker"><a href="{site}/thoi-su">Thời sự</a></div>'
                f'<h1 class="article__title">{esc(A14.title)}</h1>'
                f'<div class="article__meta"><span class="article__author">Nhóm PV</span>•<span class="article__time">{dmy(pub)} {hm(pub)}</span>'
                f' <span class="article__updated">Cập nhật: {dmy(upd)} {hm(upd)}</span></div>'
                f'<div class="article__audio"><button class="audio__play" type="button">Nghe bài viết</button><span class="audio__duration">04:12</span><span class="audio__voice">Giọng đọc: Nam miền Nam</span></div>'
                f'<h2 class="article__sapo">{esc(A14.lead)}</h2>'
                f'<div class="article__body">{body}</div>'
                f'<div class="article__tags"><a href="/tag/tet-binh-ngo-2026">#Tết Bính Ngọ 2026</a> <a href="/tag/dat-mui">#Đất Mũi</a></div></article>'
                f'<section class="related"><h2 class="related__title">Tin liên quan</h2><div class="related__list">{rel}</div></section>')

    def side(rng, pub_):
        ts = heads10(rng, 5, avoid=[A14.title])
        li = "".join(f'<li class="rank__item"><span class="rank__no">{i + 1}</span><a href="#">{esc(t)}</a></li>' for i, t in enumerate(ts))
        return (f'<div class="widget rank"><h3 class="widget__title">Đọc nhiều nhất</h3><ol>{li}</ol></div>'
                + '<div class="widget tv-schedule"><h3 class="widget__title">Lịch phát sóng CTV</h3><ul><li>05:45 Thời sự buổi sáng</li><li>11:30 Thời sự trưa</li><li>19:45 Thời sự tối</li></ul></div>'
                + '<div class="widget weather"><h3 class="widget__title">Thời tiết</h3><p>Cà Mau 26°C - 32°C, nắng nhẹ</p></div>')

    def topbar(rng, pub_):
        return f'<span class="site-header__date">{wd(pub_)}, {dmy(pub_)}</span> <a href="/video">Video</a> <a href="/podcast">Podcast</a> <a href="/bao-in">Báo in</a>'

    def top(rng, pub_):
        return f'<a class="site-header__logo" href="{site}/"><img src="/assets/img/logo-bao-ptth-ca-mau.svg" alt="Báo và Phát thanh, Truyền hình Cà Mau" /></a><form class="site-header__search"><input type="search" placeholder="Tìm kiếm" /></form>'

    head = (og(A14.title, url, {"og:description": A14.lead, "og:site_name": "Báo và Phát thanh, Truyền hình Cà Mau", "article:published_time": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "article:modified_time": upd.strftime("%Y-%m-%dT%H:%M:%S+07:00")})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A14.title, "datePublished": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "dateModified": upd.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
                      "author": {"@type": "Organization", "name": "Báo và Phát thanh, Truyền hình Cà Mau"}})
            + '<link rel="stylesheet" href="/assets/css/app.css?v=3.12.0" /><script defer src="/assets/js/app.js?v=3.12.0"></script>')
    return page("s29-14", family="merged_press_agency_newsroom_cms_collective_byline_fused_with_stamp",
                name="camau-bao-va-ptth-convergence-newsroom-cms-slug-a-id-html-kicker-thoi-su-h1-meta-nhom-pv-bullet-dd-mm-yyyy-hh-mm-cap-nhat-same-day-audio-bar-h2-sapo-figcaptions-one-ending-anh-name-related-cards-with-author-bullet-time",
                url=url, art=A14, main_fn=main, pub=pub, prefix="cm", kb=195,
                org="Báo và Phát thanh, Truyền hình Cà Mau", addr="Số 15 đường Lê Lợi, phường An Xuyên, tỉnh Cà Mau", phone="0290.3831.282",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "newsroom", "head_extra": head, "title": A14.title + " | Báo và Phát thanh, Truyền hình Cà Mau", "items": MENU_NEWS, "left": topbar},
                exp=expected(A14, iso(pub), updated=iso(upd), author="Nhóm PV", category="Thời sự"),
                traps={"related_bylines": ["Minh Quân", "Thảo Vy", "Trần Nguyên"], "chrome": ["Nghe bài viết", "Giọng đọc: Nam miền Nam", "#Tết Bính Ngọ 2026", "Tin liên quan", "Đọc nhiều nhất", "Lịch phát sóng CTV", "Cà Mau 26°C - 32°C, nắng nhẹ"], "related": lambda rl: rl[:5]},
                notes="A VISIT before Tết on a merged Báo và Phát thanh, Truyền hình's convergence-newsroom CMS (/<slug>-a<id>.html, BEM classes, an audio player bar, related cards). The kicker 'Thời sự' above the h1 is the only section label → category. The meta row FUSES the byline and the stamp with a bullet, no spaces: 'Nhóm PV•05/02/2026 08:22' then 'Cập nhật: 05/02/2026 10:40' → author 'Nhóm PV' (a collective credit, kept as printed, set 26), published 2026-02-05T08:22, updated 2026-02-05T10:40. The related cards print 'Name•dd/mm/yyyy HH:MM' in the very same shape (one of them 'Nhóm PV' too). The audio duration '04:12' is not a time. Lead: h2.article__sapo. Two figcaptions; the second ends 'Ảnh: Hữu Nghĩa' (a credit inside a caption: kept, no photographer, set 25). The JSON-LD author is the organisation. Tết Bính Ngọ is 17 February 2026; the visit was on the 4th. Officials' names are made up.",
                readme="convergence-newsroom CMS of a merged Báo và PT-TH, a VISIT before Tết: kicker 'Thời sự' (category), collective byline FUSED with the stamp 'Nhóm PV•05/02/2026 08:22' + 'Cập nhật: …', audio bar, h2 sapo, figcaptions (one ending 'Ảnh: Name'), related cards in the same 'Name•date' shape")


# ===================================================================== 15 Xã Mỹ Thọ (Đồng Tháp): a local vendor's ASP.NET WebForms CMS; a TRAINING COURSE ('Bình dân học vụ số'); 'Đăng ngày: dd/mm/yyyy - h:mm:ss PM | Lượt xem | author'; crumb ends in the generic 'Chi tiết tin'
A15 = Art("Xã Mỹ Thọ tập huấn kỹ năng số cho tổ công nghệ số cộng đồng",
          "Ngày 5/3, UBND xã Mỹ Thọ phối hợp với Viễn thông Đồng Tháp tổ chức lớp tập huấn kỹ năng số cho hơn 120 thành viên tổ công nghệ số cộng đồng của 18 ấp trên địa bàn xã.",
          [("p", "Lớp tập huấn nằm trong kế hoạch triển khai phong trào “Bình dân học vụ số” năm 2026 của xã, nhằm trang bị cho thành viên tổ công nghệ số cộng đồng những kiến thức, kỹ năng cần thiết để trực tiếp hướng dẫn người dân sử dụng các nền tảng số."),
           ("p", "Tại lớp tập huấn, các học viên được hướng dẫn cài đặt, sử dụng ứng dụng định danh điện tử VNeID mức 2; nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia; thanh toán không dùng tiền mặt; nhận diện và phòng tránh các thủ đoạn lừa đảo trên không gian mạng."),
           ("img", "/Uploads/TinTuc/2026/03/tap-huan-ky-nang-so-my-tho.jpg", "Học viên thực hành nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia"),
           ("p", "Theo UBND xã, đến nay 100% ấp đã thành lập tổ công nghệ số cộng đồng; tỷ lệ người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2 đạt 86%. Xã phấn đấu đến ngày 30/6/2026 có 70% hồ sơ thủ tục hành chính được nộp trực tuyến."),
           ("p", "Sau tập huấn, các thành viên tổ công nghệ số cộng đồng sẽ tổ chức “Ngày thứ Bảy số” tại nhà văn hóa các ấp để hướng dẫn trực tiếp cho người dân.")])


def page15():
    pub = T("2026-03-05 14:45:10")
    clk = T("2026-03-06 08:12:45")
    url = "https://mytho.dongthap.gov.vn/tin-tuc/chi-tiet/xa-my-tho-tap-huan-ky-nang-so-cho-to-cong-nghe-so-cong-dong-6184.aspx"
    ampm = lambda d: f"{(d.hour % 12) or 12}:{d.minute:02d}:{d.second:02d} {'PM' if d.hour >= 12 else 'AM'}"
    info = f"Đăng ngày: {dmy(pub)} - {ampm(pub)} | Lượt xem: 214 | Nguyễn Thị Lan Anh"

    def img(s, c, n):
        return f'<div class="photo" style="text-align:center"><img src="{s}" alt="" style="max-width:620px" /><p class="pic-desc">{esc(c)}</p></div>'

    def main(rng, rl, rd):
        pre = "ctl00_ContentPlaceHolder1_NewsDetail1"
        body = A15.render(p=jp, img=img)
        others = "".join(f'<li><a href="/tin-tuc/chi-tiet/{slug(t)}-{rng.randint(6000, 6183)}.aspx">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="path"><a href="/">Trang chủ</a> » <span>Chi tiết tin</span></div>'
                f'<div class="detail"><h1 class="detail-title"><span id="{pre}_lblTitle">{esc(A15.title)}</span></h1>'
                f'<div class="detail-info"><span id="{pre}_lblInfo">{esc(info)}</span></div>'
                f'<div class="detail-summary"><em><span id="{pre}_lblSummary">{esc(A15.lead)}</span></em></div>'
                f'<div id="{pre}_divContent" class="detail-content">{body}</div>'
                f'<div class="detail-tool"><a id="{pre}_lnkPrint" href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$NewsDetail1$lnkPrint\',\'\')">In bài viết</a> | <a href="javascript:history.back()">Quay lại</a></div></div>'
                f'<div class="tincungchuyenmuc"><h3>Tin cùng chuyên mục</h3><ul>{others}</ul></div>')

    def left(rng, pub_):
        return ('<div class="menu-left"><h3>Giới thiệu chung</h3><ul><li><a href="#">Vị trí địa lý</a></li><li><a href="#">Lịch sử hình thành</a></li><li><a href="#">Bộ máy tổ chức</a></li></ul></div>'
                '<div class="menu-left"><h3>Chính quyền</h3><ul><li><a href="#">HĐND xã</a></li><li><a href="#">UBND xã</a></li><li><a href="#">Trung tâm Phục vụ hành chính công</a></li></ul></div>'
                + poll("Bạn đã có tài khoản định danh điện tử mức 2 chưa?", ["Đã có", "Chưa có", "Đang làm thủ tục"], "menu-left poll"))

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới nhất", fmt=lambda d: dmy(d), cls="box-right tin-moi")
                + '<div class="box-right lich-tiep-dan"><h3>Lịch tiếp công dân</h3><p>Thứ Năm hằng tuần, từ 7 giờ 30 đến 11 giờ tại Trụ sở UBND xã</p></div>'
                + '<div class="box-right"><h3>Video</h3><p><a href="#">Hướng dẫn cài đặt VNeID mức 2</a></p></div>')

    def top(rng, pub_):
        return ('<div class="head-banner"><img src="/Images/banner-xa-my-tho.jpg" alt="Cổng thông tin điện tử xã Mỹ Thọ" width="1000" height="120" /></div>'
                f'<div class="head-clock">{wd(clk)}, ngày {clk.day:02d} tháng {clk.month} năm {clk.year} - {ampm(clk)}</div>')

    head = '<link href="/Styles/portal.css?v=1.8" rel="stylesheet" type="text/css" /><script src="/Scripts/jquery-1.10.2.min.js" type="text/javascript"></script>' + og(A15.title, url, {"og:description": A15.lead})
    return page("s29-15", family="commune_portal_aspnet_webforms_info_line_ampm_seconds_author_generic_crumb",
                name="dongthap-mytho-xa-local-vendor-aspnet-webforms-crumb-chi-tiet-tin-generic-no-category-h1-lbltitle-info-line-dang-ngay-dd-mm-yyyy-h-mm-ss-pm-luot-xem-author-name-italic-summary-lead-pic-desc-caption-header-clock-same-shape-am",
                url=url, art=A15, main_fn=main, pub=pub, prefix="mt", kb=125,
                org="Ủy ban nhân dân xã Mỹ Thọ", addr="Ấp Mỹ Thới, xã Mỹ Thọ, tỉnh Đồng Tháp", phone="0277.3851.206",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "threecol", "form": True, "head_extra": head, "title": A15.title, "items": MENU_GOV, "left": left, "action": "./xa-my-tho-tap-huan-ky-nang-so-cho-to-cong-nghe-so-cong-dong-6184.aspx"},
                exp=expected(A15, iso(pub), author="Nguyễn Thị Lan Anh", category=None),
                traps={"header_clock": [f"{wd(clk)}, ngày {clk.day:02d} tháng {clk.month} năm {clk.year} - {ampm(clk)}"], "chrome": ["Lượt xem: 214", "Tin cùng chuyên mục", "In bài viết", "Lịch tiếp công dân", "Hướng dẫn cài đặt VNeID mức 2"], "related": lambda rl: rl[:5]},
                notes="A TRAINING COURSE (Bình dân học vụ số) on a commune portal built on a local vendor's ASP.NET WebForms CMS (__VIEWSTATE, __doPostBack, ctl00_ContentPlaceHolder1_NewsDetail1_* ids, three columns). One info line under the h1 carries stamp, views and writer: 'Đăng ngày: 05/03/2026 - 2:45:10 PM | Lượt xem: 214 | Nguyễn Thị Lan Anh' → published 2026-03-05T14:45:10+07:00 (English PM: 12-hour clock, unpadded hour, seconds printed and kept; set 27's SA/CH rule for the English letters) and author 'Nguyễn Thị Lan Anh' (the unlabelled name at the end of the info line is the writer, as tuyengiaohungyen.vn prints it). The header clock has the SAME shape, with a PM/AM time and seconds: 'Thứ Sáu, ngày 06 tháng 3 năm 2026 - 8:12:45 AM' — the crawl moment. Lead: the italic summary. Caption: p.pic-desc. The crumb is 'Trang chủ » Chi tiết tin' — generic, and nothing else names the section ('Tin cùng chuyên mục' is a list heading) → category null. '30/6/2026' is a target date in the text.",
                readme="local vendor's ASP.NET WebForms CMS, a commune portal, a TRAINING COURSE: info line 'Đăng ngày: 05/03/2026 - 2:45:10 PM | Lượt xem: 214 | Name' (12-hour English PM with seconds; the writer last), header clock in the same shape with AM, italic summary lead, p.pic-desc caption, crumb 'Chi tiết tin' only (category null)")


# ===================================================================== 16 Đảng ủy xã Tiên Du (Bắc Ninh): WordPress + GeneratePress; a DIALOGUE CONFERENCE; 'Tháng Chín 17, 2025' in an agreeing <time>; account only; category in the entry footer
A16 = Art("Bí thư Đảng ủy xã Tiên Du đối thoại với Nhân dân về công tác giải phóng mặt bằng",
          None,
          [("p", "Chiều 16/9, đồng chí Nguyễn Đức Thành, Bí thư Đảng ủy xã Tiên Du chủ trì hội nghị đối thoại với Nhân dân về công tác bồi thường, hỗ trợ, giải phóng mặt bằng Dự án đường Vành đai 4 - Vùng Thủ đô đoạn qua địa bàn xã. Dự hội nghị có hơn 180 hộ dân có đất bị thu hồi."),
           ("p", "Theo báo cáo của UBND xã, dự án đi qua 4 thôn với tổng diện tích đất thu hồi khoảng 38,6 ha, liên quan đến 412 hộ gia đình, cá nhân. Đến nay, đã có 356 hộ nhận tiền bồi thường, bàn giao mặt bằng, đạt 86,4%."),
           ("img", "/wp-content/uploads/2025/09/bi-thu-doi-thoai-gpmb.jpg", "Bí thư Đảng ủy xã Nguyễn Đức Thành phát biểu tại hội nghị đối thoại"),
           ("p", "Tại hội nghị, 14 ý kiến của người dân tập trung vào các nội dung: đơn giá bồi thường đất nông nghiệp, hỗ trợ chuyển đổi nghề, bố trí đất dịch vụ, tiến độ xây dựng khu tái định cư và việc hoàn trả hệ thống kênh mương nội đồng bị ảnh hưởng."),
           ("p", "Các ý kiến đều được lãnh đạo xã và đại diện Ban Quản lý dự án trả lời trực tiếp, cụ thể. Với những nội dung vượt thẩm quyền, xã tiếp thu, tổng hợp báo cáo cấp có thẩm quyền xem xét, trả lời bằng văn bản trước ngày 30/9/2025."),
           ("img", "/wp-content/uploads/2025/09/nguoi-dan-neu-y-kien.jpg", "Người dân nêu ý kiến tại hội nghị"),
           ("p", "Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã đề nghị các hộ dân tiếp tục ủng hộ chủ trương lớn của Đảng, Nhà nước; giao UBND xã công khai đầy đủ phương án bồi thường, đẩy nhanh tiến độ khu tái định cư, bảo đảm người dân có chỗ ở mới bằng hoặc tốt hơn nơi ở cũ.")])


def page16():
    pub = T("2025-09-17 16:05")
    site = "https://dangbo.tiendu.bacninh.gov.vn"
    url = f"{site}/bi-thu-dang-uy-xa-tien-du-doi-thoai-voi-nhan-dan-ve-cong-tac-giai-phong-mat-bang/"
    gpd = lambda d: f"Tháng {MONTHS_VI[d.month - 1]} {d.day}, {d.year}"

    def img(s, c, n):
        return f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{site}{s}" alt="" class="wp-image-{600 + n}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A16.render(p=lambda t: f"<p>{esc(t)}</p>", img=img)
        prev_t, next_t = rl[0], rl[1]
        return (f'<article id="post-612" class="post-612 post type-post status-publish format-standard hentry category-hoat-dong-dang-bo" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">'
                f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(A16.title)}</h1>'
                f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}" itemprop="datePublished">{gpd(pub)}</time></span> '
                f'<span class="byline">bởi <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{site}/author/admin/" title="Xem tất cả bài viết của admin" rel="author" itemprop="url"><span class="author-name" itemprop="name">admin</span></a></span></span></div></header>'
                f'<div class="entry-content" itemprop="text">{body}</div>'
                f'<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 112c0-26.51 21.49-48 48-48h110.014a48 48 0 0143.592 27.907l12.349 26.791A16 16 0 00228.486 128H464c26.51 0 48 21.49 48 48v224c0 26.51-21.49 48-48 48H48c-26.51 0-48-21.49-48-48V112z"></path></svg></span>'
                f'<span class="screen-reader-text">Chuyên mục </span><a href="{site}/category/hoat-dong-dang-bo/" rel="category tag">Hoạt động Đảng bộ</a></span> '
                f'<nav id="nav-below" class="post-navigation" aria-label="Bài viết"><div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev"><a href="{site}/{slug(prev_t)}/" rel="prev">{esc(prev_t)}</a></span></div>'
                f'<div class="nav-next"><span class="gp-icon icon-arrow-right"></span><span class="next"><a href="{site}/{slug(next_t)}/" rel="next">{esc(next_t)}</a></span></div></nav></footer></div></article>')

    def side(rng, pub_):
        ts = heads10(rng, 5, avoid=[A16.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a> <span class="post-date">{gpd(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 0, 14)))
        return (f'<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{li}</ul></aside>'
                '<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="#">Tháng Chín 2025</a></li><li><a href="#">Tháng Tám 2025</a></li><li><a href="#">Tháng Bảy 2025</a></li></ul></aside>'
                '<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Danh mục</h2><ul><li><a href="#">Hoạt động Đảng bộ</a></li><li><a href="#">Chi bộ cơ sở</a></li><li><a href="#">Văn bản</a></li></ul></aside>')

    def top(rng, pub_):
        return (f'<div class="site-branding-container"><div class="site-logo"><a href="{site}/" rel="home"><img class="header-image is-logo-image" alt="Đảng bộ xã Tiên Du" src="{site}/wp-content/uploads/2025/07/logo-dang-bo-tien-du.png" width="120" height="120" /></a></div>'
                f'<div class="site-branding"><p class="main-title" itemprop="headline"><a href="{site}/" rel="home">Đảng bộ xã Tiên Du</a></p><p class="site-description" itemprop="description">Trang thông tin điện tử Đảng bộ xã Tiên Du, tỉnh Bắc Ninh</p></div></div>')

    head = ('<meta name="robots" content="max-image-preview:large" /><link rel="canonical" href="' + url + '" />'
            + og(A16.title, url, {"og:site_name": "Đảng bộ xã Tiên Du", "article:published_time": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")})
            + '<meta name="generator" content="WordPress 6.8.2" /><link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.6.0" media="all" />')
    return page("s29-16", family="commune_party_wp_generatepress_dialogue_conference_account_only",
                name="bacninh-tiendu-danguyxa-wordpress-generatepress-h1-entry-title-posted-on-thang-f-j-y-time-agrees-boi-admin-account-no-byline-no-lead-wp-element-captions-entry-footer-cat-links-hoat-dong-dang-bo-post-navigation",
                url=url, art=A16, main_fn=main, pub=pub, prefix="gp", kb=120,
                org="Đảng bộ xã Tiên Du", addr="Trụ sở Đảng ủy - HĐND - UBND xã Tiên Du, tỉnh Bắc Ninh", phone="0222.3837.215",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "generatepress", "head_extra": head, "title": A16.title + " – Đảng bộ xã Tiên Du", "items": MENU,
                          "body_cls": "post-template-default single single-post postid-612 single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left"},
                exp=expected(A16, iso(pub), category="Hoạt động Đảng bộ", lead=None),
                traps={"account": ["admin"], "chrome": ["Bài viết mới", "Lưu trữ", "Danh mục", "Tháng Tám 2025"], "related": lambda rl: rl[:2]},
                notes="A DIALOGUE CONFERENCE between a commune's Party secretary and residents on the small WordPress site of an Đảng ủy xã (GeneratePress 3.6; no breadcrumb). The post date is printed in the site's 'F j, Y' format, month first in words: 'Tháng Chín 17, 2025' inside <time class='entry-date published' datetime='2025-09-17T16:05:00+07:00'> → 2025-09-17T16:05:00+07:00 (the stamp's own agreeing time, set 25's MAJORITY rule; the sidebar and archive print the same month words). 'bởi admin' is the account; nothing else credits a writer → author null. No lead. Two wp-element-captions. The category is printed only in the entry FOOTER ('Chuyên mục' is screen-reader text before the link 'Hoạt động Đảng bộ') → category. The deadline '30/9/2025' is the text's.",
                readme="WordPress + GeneratePress, an Đảng ủy xã site, a DIALOGUE CONFERENCE: 'Tháng Chín 17, 2025' (month first, in words) in an agreeing <time>, 'bởi admin' (account; no author), no lead, wp-element-captions, category only in the entry footer, prev/next navigation")


# ===================================================================== 17 Hội Nông dân TP.HCM: Joomla 4 (Cassiopeia child); a FUND DISBURSEMENT; article-info 'Viết bởi / Chuyên mục / Được đăng / Cập nhật' date-only with agreeing <time>s; bold first paragraph
A17 = Art("Hội Nông dân Thành phố giải ngân 12 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho hội viên",
          "Ngày 29/10, Hội Nông dân Thành phố tổ chức giải ngân 12 tỷ đồng từ nguồn Quỹ Hỗ trợ nông dân cho 24 dự án, tổ hợp tác của hội viên tại các xã Củ Chi, Bình Chánh, Cần Giờ và Dầu Tiếng.",
          [("p", "Các dự án được vay vốn tập trung vào chăn nuôi bò sữa, trồng rau an toàn trong nhà màng, nuôi tôm, nuôi hàu và trồng cây ăn trái. Mức vay từ 300 triệu đến 700 triệu đồng mỗi dự án, thời hạn 36 tháng, với lãi suất ưu đãi."),
           ("p", "Trước khi giải ngân, các hộ vay vốn được Hội Nông dân Thành phố phối hợp với Trung tâm Khuyến nông tập huấn kỹ thuật sản xuất, kỹ năng quản lý tổ hợp tác và liên kết tiêu thụ sản phẩm."),
           ("img", "/images/2025/10/giai-ngan-quy-ho-tro-nong-dan.jpg", "Lãnh đạo Hội Nông dân Thành phố trao vốn Quỹ Hỗ trợ nông dân cho đại diện các tổ hợp tác"),
           ("p", "Đến nay, tổng nguồn vốn Quỹ Hỗ trợ nông dân do Hội Nông dân Thành phố quản lý đạt hơn 180 tỷ đồng, đang hỗ trợ gần 2.400 hộ hội viên phát triển sản xuất; tỷ lệ nợ quá hạn dưới 0,3%."),
           ("p", "Phát biểu tại buổi giải ngân, đồng chí Chủ tịch Hội Nông dân Thành phố đề nghị các hộ vay sử dụng vốn đúng mục đích, liên kết với nhau trong sản xuất, tiêu thụ; cơ sở Hội tăng cường kiểm tra, giám sát, hỗ trợ hội viên trả nợ đúng hạn.")])


def page17():
    pub = T("2025-10-30 09:30")
    upd = T("2025-10-31 08:10")
    site = "https://hoinongdan.hochiminhcity.gov.vn"
    url = f"{site}/tin-tuc/hoat-dong-cac-cap-hoi/1582-hoi-nong-dan-thanh-pho-giai-ngan-12-ty-dong-von-quy-ho-tro-nong-dan-cho-hoi-vien"
    j4 = lambda d: f"{d.day:02d} Tháng {d.month} {d.year}"

    def img(s, c, n):
        return (f'<p style="text-align: center;"><img src="{s}" alt="" width="700" height="467" loading="lazy" data-path="local-images:{s[7:]}" /></p>'
                f'<p style="text-align: center;"><span style="font-size: 10pt;"><em>{esc(c)}</em></span></p>')

    def main(rng, rl, rd):
        body = f'<p style="text-align: justify;"><strong>{esc(A17.lead)}</strong></p>' + A17.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=img)
        prev_t = rl[0]
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A17.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">Nguyễn Thị Bích</span></dd>'
                f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Chuyên mục: <a href="/tin-tuc/hoat-dong-cac-cap-hoi" itemprop="genre">Hoạt động các cấp Hội</a></dd>'
                f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}" itemprop="datePublished">Được đăng: {j4(pub)}</time></dd>'
                f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{upd.strftime("%Y-%m-%dT%H:%M:%S+07:00")}" itemprop="dateModified">Cập nhật: {j4(upd)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:265">Lượt xem: 265</dd></dl>'
                f'<div itemprop="articleBody" class="com-content-article__body">{body}</div>'
                f'<ul class="tags list-inline"><li class="list-inline-item tag-21 tag-list0" itemprop="keywords"><a href="/component/tags/tag/tin-dung-nong-thon" class="btn btn-sm btn-info">tín dụng nông thôn</a></li></ul>'
                f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/tin-tuc/hoat-dong-cac-cap-hoi/{slug(prev_t)}" rel="prev">'
                f'<span class="visually-hidden">Bài trước: {esc(prev_t)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></span></nav></div>')

    crumbs = ('<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2"></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc/hoat-dong-cac-cap-hoi" class="pathway"><span itemprop="name">Hoạt động các cấp Hội</span></a><meta itemprop="position" content="3"></li>'
              f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(A17.title)}</span><meta itemprop="position" content="4"></li></ol>')

    def side(rng, pub_):
        ts = heads10(rng, 5, avoid=[A17.title])
        li = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="#" itemprop="url"><span itemprop="name">{esc(t)}</span></a> <small>{j4(d)}</small></li>' for t, d in zip(ts, past(pub_, rng, 5, 0, 12)))
        return (f'<div class="moduletable"><h3>Tin mới nhất</h3><ul class="mod-articleslatest latestnews mod-list">{li}</ul></div>'
                + '<div class="moduletable gia-nong-san"><h3>Giá nông sản</h3><table class="table"><tr><td>Lúa tươi IR 50404</td><td>6.300 đ/kg</td></tr><tr><td>Heo hơi</td><td>58.000 đ/kg</td></tr><tr><td>Sầu riêng Ri6</td><td>52.000 đ/kg</td></tr></table><p class="small">Nguồn: Sở Công Thương - cập nhật hằng tuần</p></div>'
                + '<div class="moduletable"><h3>Liên kết</h3><ul><li><a href="#">Trung ương Hội Nông dân Việt Nam</a></li><li><a href="#">Báo Nông thôn Ngày nay</a></li></ul></div>')

    def top(rng, pub_):
        return ('<div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-hnd-tphcm.png" alt="Hội Nông dân Thành phố Hồ Chí Minh" width="460" height="90"></a></div>'
                f'<div class="header-date">{wd(pub_ + timedelta(days=2))}, {dmy(pub_ + timedelta(days=2))}</div>')

    head = ('<meta name="generator" content="Joomla! - Open Source Content Management" /><meta name="author" content="Nguyễn Thị Bích" /><meta name="description" content="' + esc(A17.lead[:160], True) + '" />'
            '<link href="/media/templates/site/cassiopeia_hnd/css/template.min.css?3f1c2b" rel="stylesheet" /><link href="/media/system/css/joomla-fontawesome.min.css?3f1c2b" rel="stylesheet" />'
            '<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Lưu ý","WARNING":"Cảnh báo"},"system.paths":{"root":"","rootFull":"https://hoinongdan.hochiminhcity.gov.vn/","base":"","baseFull":"https://hoinongdan.hochiminhcity.gov.vn/"},"csrf.token":"' + hexid(__import__("random").Random("s29-17a"), 32) + '"}</script>'
            '<script src="/media/system/js/core.min.js?2cb912"></script><script src="/media/templates/site/cassiopeia/js/template.min.js?3f1c2b" defer></script>')
    return page("s29-17", family="farmers_union_joomla4_cassiopeia_article_info_date_only_agreeing_times",
                name="hochiminh-hoinongdan-joomla4-cassiopeia-child-mod-breadcrumbs-ending-in-title-h1-headline-article-info-viet-boi-person-chuyen-muc-duoc-dang-cap-nhat-dd-thang-m-yyyy-time-datetime-agrees-bold-first-p-lead-centred-small-em-caption",
                url=url, art=A17, main_fn=main, pub=pub, prefix="hnd", kb=135,
                org="Hội Nông dân Thành phố Hồ Chí Minh", addr="Số 88 đường Nguyễn Thị Minh Khai, phường Xuân Hòa, Thành phố Hồ Chí Minh", phone="028.3829.5321",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "joomla", "head_extra": head, "title": A17.title + " - Hội Nông dân Thành phố Hồ Chí Minh", "items": MENU_MASS},
                exp=expected(A17, iso(pub), updated=iso(upd), author="Nguyễn Thị Bích", category="Hoạt động các cấp Hội"),
                traps={"chrome": ["Bạn đang ở:", "Chi tiết", "Lượt xem: 265", "tín dụng nông thôn", "Giá nông sản", "Nguồn: Sở Công Thương - cập nhật hằng tuần", "Tin mới nhất"], "related": lambda rl: rl[:1]},
                notes="A FUND DISBURSEMENT on the site of the Hội Nông dân Thành phố (TP.HCM after the merger with Bình Dương and Bà Rịa - Vũng Tàu) built on Joomla 4 with a Cassiopeia child template (mod_breadcrumbs ending in the headline; com_content's dl.article-info 'Chi tiết'). The article-info prints both days WITHOUT a time, in DATE_FORMAT_LC3 'd F Y' with vi-VN month names: 'Được đăng: 30 Tháng 10 2025' and 'Cập nhật: 31 Tháng 10 2025', each inside a <time datetime> with an offset that agrees with its day → published 2025-10-30T09:30, updated 2025-10-31T08:10 (set 25's MAJORITY rule applied to both). 'Viết bởi: Nguyễn Thị Bích' is Joomla's created_by shown by its real name (a person: the staff writer who enters her own items, set 27's platform-author rule) → author. 'Chuyên mục: Hoạt động các cấp Hội' = the crumb's level before the headline (set 27) → category. Lead: the bold first paragraph of the article body. One centred small <em> caption. The sidebar's price box ('cập nhật hằng tuần') and the tag 'tín dụng nông thôn' are chrome.",
                readme="Joomla 4 (Cassiopeia child) Hội Nông dân Thành phố, a FUND DISBURSEMENT: article-info 'Viết bởi: <person> / Chuyên mục: / Được đăng: 30 Tháng 10 2025 / Cập nhật: 31 Tháng 10 2025' (dates only, agreeing <time>s give both times), crumb ending in the headline, bold first paragraph lead, centred small <em> caption")


# ===================================================================== 18 Ban Tuyên giáo và Dân vận Thành ủy Hà Nội: SharePoint 2013 + an integrator's news web parts; a CONFERENCE (hội nghị báo cáo viên); 'Tin: A - Ảnh: B' in lblAuthor
A18 = Art("Hội nghị báo cáo viên Thành ủy tháng 2/2026",
          "Sáng 25/2, Ban Tuyên giáo và Dân vận Thành ủy tổ chức Hội nghị báo cáo viên tháng 2/2026 theo hình thức trực tiếp kết hợp trực tuyến đến 126 điểm cầu các xã, phường.",
          [("p", "Tại hội nghị, báo cáo viên Trung ương đã thông tin chuyên đề về kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và những điểm mới trong các văn kiện Đại hội; những nhiệm vụ trọng tâm của Thủ đô trong năm 2026."),
           ("p", "Báo cáo viên cũng thông tin về công tác chuẩn bị cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 sẽ diễn ra vào ngày 15/3/2026; tình hình thời sự trong nước và quốc tế nổi bật."),
           ("img", "/SiteAssets/TinTuc/2026/02/hoi-nghi-bao-cao-vien-thang-2.jpg", "Quang cảnh hội nghị tại điểm cầu Thành ủy"),
           ("p", "Phát biểu tại hội nghị, đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy đề nghị đội ngũ báo cáo viên các cấp kịp thời nắm bắt tình hình tư tưởng, dư luận xã hội; tăng cường tuyên truyền về bầu cử, bảo đảm cử tri hiểu rõ quyền, nghĩa vụ và tham gia đầy đủ."),
           ("p", "Ban Tuyên giáo và Dân vận Thành ủy yêu cầu các đảng ủy trực thuộc tổ chức hội nghị báo cáo viên cấp cơ sở, hoàn thành trước ngày 5/3/2026.")])
BYL18 = "Tin: Hồng Nhung - Ảnh: Tuấn Anh"


def page18():
    pub = T("2026-02-25 11:35")
    url = "https://tuyengiaodanvan.hanoi.dcs.vn/Pages/newsdetail.aspx?NewsId=21864&CatId=37"

    def img(s, c, n):
        return (f'<table class="tblImage" align="center" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr><td style="text-align:center"><img src="{s}" alt="" style="width:680px" /></td></tr>'
                f'<tr><td class="caption" style="text-align:center;font-style:italic">{esc(c)}</td></tr></tbody></table>')

    def main(rng, rl, rd):
        g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
        pre = f"ctl00_ctl42_g_{g}_ctl00"
        body = A18.render(p=jp, img=img)
        others = "".join(f'<li><a href="/Pages/newsdetail.aspx?NewsId={rng.randint(21000, 21863)}&amp;CatId=37">{esc(t)}</a> <span class="time_update">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="news-path"><a href="/Pages/default.aspx">Trang chủ</a> &gt; <a href="/Pages/news.aspx">Tin tức</a> &gt; <a href="/Pages/news.aspx?CatId=37">Tuyên giáo</a></div>'
                f'<div class="news-detail"><h1 class="news-title"><span id="{pre}_lblTitle">{esc(A18.title)}</span></h1>'
                f'<div class="news-date"><span id="{pre}_lblDate">{dmy(pub)} {hm(pub)}</span> <span class="news-view">| Lượt xem: <span id="{pre}_lblView">688</span></span></div>'
                f'<div class="news-sapo"><span id="{pre}_lblSapo">{esc(A18.lead)}</span></div>'
                f'<div class="news-content"><div id="{pre}_divContent">{body}</div></div>'
                f'<div class="news-author" style="text-align:right;font-weight:bold"><span id="{pre}_lblAuthor">{esc(BYL18)}</span></div>'
                f'<div class="news-tools"><a href="javascript:window.print()">In bài</a> <a href="#">Gửi email</a></div>'
                f'<div class="news-other"><div class="title">Tin cùng chuyên mục</div><ul>{others}</ul></div></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin tiêu điểm", fmt=lambda d: dmy(d), cls="box-right tieudiem")
                + '<div class="box-right bau-cu"><h3>Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp</h3><p>Ngày bầu cử: Chủ nhật, 15/3/2026</p><a href="#">Tài liệu tuyên truyền</a></div>'
                + vb_box(["Đề cương tuyên truyền kết quả Đại hội XIV của Đảng", "Hướng dẫn tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI", "Thông báo nội dung hội nghị báo cáo viên tháng 2/2026"], "Tài liệu sinh hoạt", "box-right tailieu"))

    def top(rng, pub_):
        return ('<div class="banner"><a href="/"><img src="/SiteAssets/images/banner-btgdv-hanoi.jpg" alt="Ban Tuyên giáo và Dân vận Thành ủy Hà Nội" /></a></div>'
                f'<div class="today">{wd(pub_)}, ngày {dmy(pub_)}</div>')

    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2YLQ1kqN%2BRLlb9fhbhuHXg%3D%3D"/>'
            '<link rel="stylesheet" type="text/css" href="/Style%20Library/BTGDV/css/news.css"/><script type="text/javascript" src="/_layouts/15/init.js?rev=Kc1WBCj%2BFwkbfGFkbzf4Iw%3D%3D"></script>'
            '<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"\\u002f",webAbsoluteUrl:"https:\\u002f\\u002ftuyengiaodanvan.hanoi.dcs.vn",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",env:"prod"};</script>')
    return page("s29-18", family="city_party_propaganda_board_sharepoint2013_integrator_news_webparts_tin_anh_split_credit",
                name="hanoi-btgdvtu-sharepoint2013-integrator-news-webparts-newsdetail-aspx-newsid-catid-path-tuyen-giao-h1-lbltitle-lbldate-dd-mm-yyyy-hh-mm-views-lblsapo-lead-tblimage-caption-cell-lblauthor-tin-name-dash-anh-name",
                url=url, art=A18, main_fn=main, pub=pub, prefix="btg", kb=150,
                org="Ban Tuyên giáo và Dân vận Thành ủy Hà Nội", addr="Số 5 đường Lê Lai, phường Hoàn Kiếm, Thành phố Hà Nội", phone="024.3825.3170",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "sharepoint", "form": True, "head_extra": head, "title": "Chi tiết tin", "items": MENU, "action": "/Pages/newsdetail.aspx?NewsId=21864&CatId=37"},
                exp=expected(A18, iso(pub), author="Hồng Nhung", photographer="Tuấn Anh", category="Tuyên giáo"),
                traps={"bylines": [BYL18], "chrome": ["Lượt xem:", "Tin cùng chuyên mục", "Tin tiêu điểm", "Ngày bầu cử: Chủ nhật, 15/3/2026", "Tài liệu sinh hoạt"], "related": lambda rl: rl[:5]},
                notes="A CONFERENCE (the monthly hội nghị báo cáo viên) on the site of the Ban Tuyên giáo và Dân vận Thành ủy built on SharePoint 2013 with an integrator's news web parts (Pages/newsdetail.aspx?NewsId=…&CatId=…; ctl00_ctl42_g_<guid>_ctl00_lblTitle / lblDate / lblSapo / divContent / lblAuthor; the <title> is the page layout's 'Chi tiết tin'). Stamp span#…_lblDate '25/02/2026 11:35' → published 2026-02-25T11:35; the header's 'Thứ Tư, ngày 25/02/2026' is today (the same day: the crawl came that afternoon). Lead: lblSapo. Caption: a tblImage table's caption cell. The credit in lblAuthor (bold right) splits text and picture: 'Tin: Hồng Nhung - Ảnh: Tuấn Anh' → author 'Hồng Nhung', photographer 'Tuấn Anh' (not two authors). Path 'Trang chủ > Tin tức > Tuyên giáo' → category. The election day and the deadline '5/3/2026' are the text's.",
                readme="SharePoint 2013 + an integrator's news web parts, Ban TG&DV Thành ủy, a CONFERENCE: lblDate 'dd/mm/yyyy HH:MM', lblSapo lead, tblImage caption cell, lblAuthor 'Tin: A - Ảnh: B' (author and photographer split), generic <title> 'Chi tiết tin'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
