"""Set 35 pages 10-18: the HARD everyday cases on Liferay 6.1's stock Web Content Display, a press agency's detail with
an event bar, a vendor's WebForms FormView, a hand-made PHP CMS on Smarty and Joomla 3's Protostar (common products in
versions and templates sets 26-34 did not use), and on four stacks no set had used (Oracle WebCenter Portal, the
'sphere' smartcloud Java portal, October CMS + RainLab.Blog, MODX 3): source-only items, three writers, 'Nhóm PV',
a caption row ABOVE its picture, a reprint crediting its writer in the 'Theo …' line, stamps time-first, in epoch
attributes, date-only with an update, an embedded Facebook post, pull quotes, labelled 'Người viết' / 'Đơn vị' fields.
Two pages of this module carry a twist (page 14: the caption printed above its picture; page 15: the reprint's
'Theo <writer> - <journal>' line)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads14, past, expected, slug, hexid, alnum, b64blob, dump, twelve
from .kit import links_box, poll, og, jsonld, comments
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other34, other_items, WRITERS34
from .p_01_pages import jp, nvd, ticker, MEGA_MASS, VI_MONTHS


def epoch_ms(d):
    return int(d.timestamp() * 1000)


# ===================================================================== 10 Hội Nông dân tỉnh Quảng Ninh: Liferay 6.1 CE GA2, stock Web Content Display with a vendor template; 'dd/mm/yyyy | HH:MM'; Related Assets below; an Asset Publisher of abstracts on the right
A10 = Art("Hội Nông dân tỉnh kết nối tiêu thụ hơn 200 sản phẩm OCOP của hội viên",
          "Ngày 2/6, Hội Nông dân tỉnh tổ chức hội nghị kết nối cung - cầu, giới thiệu và tiêu thụ sản phẩm OCOP, nông sản an toàn của hội viên với sự tham gia của 85 doanh nghiệp, hợp tác xã và 12 hệ thống siêu thị, bếp ăn tập thể.",
          [("p", "Tại hội nghị, 47 chủ thể OCOP là hội viên nông dân đã trưng bày, giới thiệu hơn 200 sản phẩm như chả mực, sá sùng, miến dong, ba kích, trà hoa vàng. Nhiều sản phẩm đạt 4 sao, đủ điều kiện vào kênh siêu thị và xuất khẩu tiểu ngạch."),
           ("img", "/documents/10180/0/ket-noi-ocop-2026.jpg", "Đại biểu tham quan gian hàng sản phẩm OCOP của hội viên nông dân"),
           ("p", "Kết quả, 36 biên bản ghi nhớ hợp tác đã được ký kết, với tổng giá trị dự kiến hơn 58 tỷ đồng trong năm 2026. Ngoài kênh truyền thống, các sản phẩm được hỗ trợ đưa lên sàn thương mại điện tử và các gian hàng livestream do Hội Nông dân tỉnh vận hành."),
           ("p", "Phát biểu tại hội nghị, đồng chí Chủ tịch Hội Nông dân tỉnh đề nghị các doanh nghiệp đồng hành với nông dân từ khâu sản xuất đến bao tiêu sản phẩm; hội viên cần giữ chữ tín, bảo đảm chất lượng, truy xuất nguồn gốc minh bạch."),
           ("img", "/documents/10180/0/ky-ket-ghi-nho.jpg", "Các hợp tác xã và doanh nghiệp ký kết biên bản ghi nhớ hợp tác"),
           ("p", "Dịp này, Hội Nông dân tỉnh trao giấy chứng nhận cho 15 hội viên hoàn thành khóa đào tạo kỹ năng bán hàng trực tuyến.")])
BY10, UNIT10 = "Thanh Bình", "Văn phòng Hội Nông dân tỉnh"


def page10():
    pub = T("2026-06-02 17:35")
    site = "https://hoinongdan.quangninh.gov.vn"
    url = f"{site}/web/guest/tin-hoat-dong/-/asset_publisher/Hn4q/content/hoi-nong-dan-tinh-ket-noi-tieu-thu-hon-200-san-pham-ocop"

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px"><tbody><tr><td><img alt="" src="{site}{s}" style="width:600px" /></td></tr>'
                f'<tr><td style="text-align:center"><span style="font-size:11px"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        rel = "".join(f'<li class="asset-links-item"><a href="#">{esc(t)}</a></li>' for t in rl[:4])
        return (f'<div class="tin-chi-tiet"><h3 class="tieu-de">{esc(A10.title)}</h3><div class="ngay-dang">{dmy(pub)} | {hm(pub)}</div>'
                f'<div class="sapo"><b>{esc(A10.lead)}</b></div><div class="noi-dung">{Art("", None, A10.blocks).render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><b>{BY10} - {UNIT10}</b></p></div>'
                f'<div class="taglib-ratings"><span>Đánh giá của bạn:</span> ☆☆☆☆☆</div></div></div></div></div>'
                f'<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_rel_"><div class="portlet-body"><div class="asset-links"><div class="portlet-title">Nội dung liên quan</div><ul class="asset-links-list">{rel}</ul>')

    def side(rng, p):
        abs_ = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="#">{esc(t)}</a></h3><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(p - timedelta(days=2 + 3 * i))}</span></div>'
                       f'<div class="asset-summary">{esc(s)}</div></div>' for i, (t, s) in enumerate(other34(rng, 3)))
        return (f'<div class="portlet-boundary portlet-asset-publisher"><div class="portlet-title">Tin mới</div><div class="portlet-body">{abs_}</div></div>'
                + mostread(rng, p, lambda d: f"{dmy(d)} | {hm(d)}", "Xem nhiều nhất", "xemnhieu", 5))

    def top(rng, p):
        return f'<div class="banner-hnd"><img src="/html/themes/hnd-theme/images/banner.jpg" alt="Hội Nông dân tỉnh Quảng Ninh" /></div><div class="ngay-gio">{wd(p + timedelta(hours=16))}, {dmy(p + timedelta(hours=16))}</div>'

    crumbs = ('<ul class="breadcrumbs breadcrumbs-horizontal lfr-component"><li class="first"><span><a href="/web/guest">Trang chủ</a></span></li>'
              '<li><span><a href="/web/guest/tin-tuc">Tin tức</a></span></li><li class="last"><span><a href="/web/guest/tin-hoat-dong">Tin hoạt động Hội</a></span></li></ul>')
    head = og(A10.title, url) + '<script>var themeDisplay={getLanguageId:function(){return "vi_VN";},getPlid:function(){return "10943";},getPortalURL:function(){return "' + site + '";}};Liferay.Portlet.list=["56_INSTANCE_Hn4q","101_INSTANCE_rel"];</script>'
    return page("s35-10", family="farmers_union_liferay61_stock_web_content_display_related_assets_abstracts_beside",
                name="quangninh-hoinongdan-liferay61-ce-ga2-web-content-display-56-vendor-template-h3-tieu-de-dd-mm-yyyy-pipe-hh-mm-bold-sapo-table-em-captions-bold-right-name-dash-unit-related-assets-noi-dung-lien-quan-asset-abstracts-right",
                url=url, art=A10, main_fn=main, pub=pub, prefix="hndqn", kb=176,
                org="Hội Nông dân tỉnh Quảng Ninh", addr="Số 1 đường Lê Thánh Tông, phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.144",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "lr61wcd", "head_extra": head, "items": MEGA_MASS},
                exp=expected(A10, iso(pub), author=BY10, unit=UNIT10, category="Tin hoạt động Hội"),
                traps={"chrome": ["Nội dung liên quan", "Xem nhiều nhất", "Đánh giá của bạn:"], "related": lambda rl: rl[:4]},
                notes="Liferay 6.1 CE GA2, the stock Web Content Display (56) with a vendor's Velocity template: headline h3.tieu-de (no h1 on the page), stamp 'dd/mm/yyyy | HH:MM' → T17:35, a bold sapo div, captions in table cells (<em> in a small span), bold right 'Thanh Bình - Văn phòng Hội Nông dân tỉnh' → author + unit. Below, the Related Assets portlet 'Nội dung liên quan' (titles only); on the right an Asset Publisher 'Tin mới' printing three other items' abstracts with their dates. Category 'Tin hoạt động Hội' (crumb).",
                readme="Liferay 6.1 CE GA2, stock Web Content Display with a vendor template, a farmers' union's OCOP CONNECTION CONFERENCE: h3 headline (no h1), 'dd/mm/yyyy | HH:MM', bold sapo, table-cell captions, bold right 'Name - unit'; Related Assets below; an Asset Publisher of three abstracts with dates on the right")


# ===================================================================== 11 Thành ủy Đà Nẵng news on the city portal: Oracle WebCenter Portal (ADF); a generic portlet title; the headline in a span (no heading); a source-only 'Theo …' line; an attachments box
A11 = Art("Thành ủy Đà Nẵng tổ chức Hội nghị báo cáo viên tháng 1 năm 2026",
          "Chiều 15/1, Ban Tuyên giáo và Dân vận Thành ủy tổ chức Hội nghị báo cáo viên tháng 1/2026 theo hình thức trực tiếp kết hợp trực tuyến đến 93 xã, phường, đặc khu.",
          [("p", "Tại hội nghị, các báo cáo viên được thông tin chuyên đề về kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; tình hình kinh tế - xã hội của thành phố năm 2025, phương hướng, nhiệm vụ năm 2026 và một số vấn đề thời sự trong nước, quốc tế nổi bật."),
           ("p", "Năm 2025, tăng trưởng GRDP của thành phố đạt khoảng 8,2%; thu ngân sách vượt dự toán; các dự án động lực như khu thương mại tự do, cảng Liên Chiểu được đẩy nhanh tiến độ. Mô hình chính quyền địa phương hai cấp vận hành ổn định, thông suốt."),
           ("img", "/documents/portlet_file_entry/hoi-nghi-bcv-thang-1.jpg", "Quang cảnh hội nghị tại điểm cầu Thành ủy"),
           ("p", "Đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy đề nghị đội ngũ báo cáo viên các cấp kịp thời nắm bắt tâm trạng, dư luận xã hội; chủ động cung cấp thông tin chính thống, đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng."),
           ("p", "Dịp này, Ban Tuyên giáo và Dân vận Thành ủy triển khai kế hoạch tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng và mừng Xuân Bính Ngọ 2026.")])
SRC11 = "Theo Ban Tuyên giáo và Dân vận Thành ủy"


def page11():
    pub = T("2026-01-15 19:10")
    site = "https://danang.gov.vn"
    url = f"{site}/web/guest/chi-tiet?dDocName=PORTAL614277"

    def img(s, c, n):
        return (f'<table class="wc-img" align="center"><tr><td><img src="{site}{s}" width="620" alt="" /></td></tr><tr><td class="caption">{esc(c)}</td></tr></table>')

    def main(rng, rl, rd):
        others = "".join(f'<tr><td class="other-title"><a href="#">{esc(t)}</a></td><td class="other-date">({dmy(d)} {hm(d)})</td></tr>' for t, d in zip(rl[:6], rd))
        return (f'<div id="T:oc_news:pt1" class="portlet-frame"><div class="portlet-header"><h3 class="portlet-title">Tin tức - Sự kiện</h3></div>'
                f'<div class="news-detail"><span id="T:oc_news:ot1" class="af_outputText news-title">{esc(A11.title)}</span>'
                f'<div class="news-date"><span id="T:oc_news:ot2" class="af_outputText">{dmy(pub)} {hm(pub)}</span></div>'
                f'<div class="news-summary"><span class="af_outputText"><b><i>{esc(A11.lead)}</i></b></span></div>'
                f'<div class="news-content">{Art("", None, A11.blocks).render(p=jp, img=img, sep="")}<p style="text-align:right"><em>{SRC11}</em></p></div>'
                f'<div class="attachments"><b>Tài liệu đính kèm:</b> <a href="#">Tai-lieu-sinh-hoat-thang-1-2026.pdf</a></div>'
                f'<div class="news-tools"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div></div>'
                f'<div class="other-news"><h4>Các tin đã đưa</h4><table>{others}</table></div></div>')

    def side(rng, p):
        return (mostread(rng, p, lambda d: f"{dmy(d)} {hm(d)}", "Tin nổi bật", "wc-hot", 6)
                + links_box(["Thành ủy Đà Nẵng", "HĐND thành phố", "Báo và PTTH Đà Nẵng", "Cổng dịch vụ công"]))

    def top(rng, p):
        return (f'<div class="wc-logo"><img src="/webcenter/images/logo-danang.png" alt="Cổng thông tin điện tử thành phố Đà Nẵng" /></div><div class="wc-clock">{wd(p + timedelta(days=1))}, {dmy(p + timedelta(days=1))} {hm(p + timedelta(hours=14))}</div>')

    crumbs = ('<div class="wc-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="#">Tin tức - Sự kiện</a> &gt; <a href="#">Hoạt động của Thành ủy</a></div>')
    head = og(A11.title, url) + '<script>var AdfPage={PAGE:null};AdfLoader.prototype.load=function(){};var _afrLoop="' + "8423317512864533" + '";</script>'
    return page("s35-11", family="city_portal_oracle_webcenter_adf_span_headline_source_only_attachment",
                name="danang-cong-ttdt-oracle-webcenter-portal-adf-region-generic-portlet-title-h3-headline-af-outputtext-span-no-heading-dd-mm-yyyy-hh-mm-bold-italic-summary-caption-cells-italic-theo-source-only-attachments-other-news-with-stamps",
                url=url, art=A11, main_fn=main, pub=pub, prefix="wcdn", kb=193,
                org="Cổng thông tin điện tử thành phố Đà Nẵng", addr="Số 24 đường Trần Phú, phường Hải Châu, thành phố Đà Nẵng", phone="0236.3821.111",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "webcenter", "head_extra": head, "items": MENU_GOV},
                exp=expected(A11, iso(pub), category="Hoạt động của Thành ủy"),
                traps={"sources": [SRC11], "chrome": ["Tin tức - Sự kiện", "Các tin đã đưa", "Tài liệu đính kèm:"], "related": lambda rl: rl[:6]},
                notes="Oracle WebCenter Portal (ADF page template, region ids 'T:oc_…'), a city portal item about the city Party committee: the only heading over the item is the generic portlet title h3 'Tin tức - Sự kiện'; the headline is an af_outputText SPAN (span.news-title; <title> and og:title agree); stamp '15/01/2026 19:10' → T19:10 (the header clock prints date and time too); a bold italic summary → lead; one caption cell; the italic right 'Theo Ban Tuyên giáo và Dân vận Thành ủy' is a source → author and unit null (sets 13, 28); an attachments line and 'Các tin đã đưa' with stamps are not body. Category 'Hoạt động của Thành ủy' (crumb).",
                readme="Oracle WebCenter Portal (ADF; a stack no set had used), a city portal's REPORT-BACK CONFERENCE item: a generic portlet title h3 over a headline printed as an af_outputText SPAN (no heading); 'dd/mm/yyyy HH:MM'; a bold italic summary; a caption cell; only a source line 'Theo …' (no author); an attachments line; 'Các tin đã đưa' with stamps")


# ===================================================================== 12 Đảng ủy phường Vũng Tàu (TP.HCM): the 'sphere' smartcloud Java portal; span.time[data-time] epoch ms; THREE writers 'A - B - C'; TinyMCE data-mce attributes; an h4 sapo
A12 = Art("Phường Vũng Tàu biểu dương 45 tập thể, cá nhân tiêu biểu trong học tập và làm theo Bác",
          "Nhân kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh, Đảng ủy phường Vũng Tàu tổ chức hội nghị sơ kết việc thực hiện Chỉ thị số 05-CT/TW, biểu dương 45 tập thể, cá nhân có thành tích tiêu biểu.",
          [("p", "Theo báo cáo, sau khi sắp xếp đơn vị hành chính, Đảng bộ phường có 86 tổ chức cơ sở đảng với hơn 3.900 đảng viên. 100% chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt định kỳ; mỗi đảng viên đăng ký ít nhất một việc làm cụ thể gắn với nhiệm vụ được giao."),
           ("img", "/sphere/upload/2026/05/bieu-duong-chi-thi-05.jpg", "Lãnh đạo Đảng ủy phường trao giấy khen cho các tập thể tiêu biểu"),
           ("p", "Nhiều mô hình hay được nhân rộng như “Khu phố không rác thải nhựa”, “Tổ tự quản đường biển sạch”, “Tiếp sức người lao động cảng cá”. Riêng mô hình “Bữa cơm nghĩa tình” của Chi bộ khu phố 7 đã duy trì 3 năm, trao hơn 12.000 suất ăn miễn phí cho người lao động tự do."),
           ("p", "Phát biểu tại hội nghị, đồng chí Bí thư Đảng ủy phường yêu cầu các chi bộ tiếp tục đổi mới cách làm, gắn việc học tập và làm theo Bác với nâng cao chất lượng phục vụ Nhân dân, nhất là trong giải quyết thủ tục hành chính tại Trung tâm phục vụ hành chính công phường."),
           ("img", "/sphere/upload/2026/05/chi-bo-khu-pho-7.jpg", "Mô hình “Bữa cơm nghĩa tình” của Chi bộ khu phố 7"),
           ("p", "Dịp này, 12 tập thể và 33 cá nhân được Đảng ủy phường tặng giấy khen.")])
BY12 = "Hải Đăng, Thu Thảo, Kim Ngân"


def page12():
    pub = T("2026-05-20 14:05")
    site = "https://vungtau.hochiminhcity.gov.vn"
    url = f"{site}/sphere/vungtau/page/xem-tin.cpx?uuid=6659b2e4c9a1f03d5e7a8b41"

    def img(s, c, n):
        return (f'<p data-mce-style="text-align: center;" style="text-align:center"><img src="{site}{s}" data-mce-src="{s}" width="640" alt="" /></p>'
                f'<p data-mce-style="text-align: center;" style="text-align:center"><span data-mce-style="font-size: 12px;" style="font-size:12px"><i>{esc(c)}</i></span></p>')

    def mcep(t):
        return f'<p data-mce-style="text-align: justify;" style="text-align:justify">{esc(t)}</p>'

    def tm(d):
        return f'<span class="time" data-time="{epoch_ms(d)}">{hm(d)} {dmy(d)}</span>'

    def main(rng, rl, rd):
        rel = "".join(f'<div class="card card-box mb-2"><div class="card-body"><a href="#" class="title">{esc(t)}</a> {tm(d)}</div></div>' for t, d in zip(rl[:5], rd))
        return (f'<h2 class="news-title" style="font-size:24px;font-weight:700">{esc(A12.title)}</h2>'
                f'<div class="news-info d-flex"><div class="mr-auto"><i class="fa fa-clock-o"></i> {tm(pub)}</div><div class="tools"><a href="#">Đọc bài viết</a> | <a href="#">In bài</a> | <a href="#">A-</a> <a href="#">A+</a></div></div>'
                f'<div class="news-author"><i class="fa fa-pencil"></i> {" - ".join(BY12.split(", "))}</div>'
                f'<h4 class="news-sapo"><b>{esc(A12.lead)}</b></h4><div class="news-content">{Art("", None, A12.blocks).render(p=mcep, img=img, sep="")}</div>'
                f'<div class="news-related mt-3"><h5 class="card-box-title">Tin cùng chuyên mục</h5>{rel}</div>')

    def side(rng, p):
        return (mostread(rng, p, lambda d: f"{hm(d)} {dmy(d)}", "Tin xem nhiều", "card card-box docnhieu", 6)
                + '<div class="card card-box"><div class="card-body"><h5>Thăm dò ý kiến</h5><p>Bạn đánh giá thế nào về chất lượng phục vụ tại Trung tâm hành chính công phường?</p></div></div>')

    def top(rng, p):
        return f'<div class="sphere-logo"><img src="/sphere/vungtau/images/logo.png" alt="" /><span>ĐẢNG BỘ PHƯỜNG VŨNG TÀU</span></div><div class="sphere-date">{wd(p + timedelta(days=1))}, {dmy(p + timedelta(days=1))}</div>'

    crumbs = ('<ol class="breadcrumb sphere-breadcrumb"><li class="breadcrumb-item"><a href="/sphere/vungtau/page/home.cpx">Trang chủ</a></li>'
              '<li class="breadcrumb-item"><a href="#">Tin tức</a></li><li class="breadcrumb-item active">Xây dựng Đảng</li></ol>')
    head = og(A12.title, url) + '<script>var sphereConfig={site:"vungtau",lang:"vi",cpx:"xem-tin.cpx",mailUrl:"/sphere/smartcloud/mail/marketing.cpx"};$(function(){$("span.time").each(function(){});});</script>'
    return page("s35-12", family="ward_party_sphere_smartcloud_java_portal_epoch_time_three_writers",
                name="hochiminh-dangbo-phuong-vungtau-sphere-smartcloud-java-portal-xem-tin-cpx-uuid-h2-title-span-time-data-time-epoch-ms-hh-mm-dd-mm-yyyy-three-writers-dash-pencil-line-h4-bold-sapo-tinymce-data-mce-captions-card-box-related",
                url=url, art=A12, main_fn=main, pub=pub, prefix="sphvt", kb=165,
                org="Đảng bộ phường Vũng Tàu", addr="Số 89 đường Lý Thường Kiệt, phường Vũng Tàu, Thành phố Hồ Chí Minh", phone="0254.3852.317",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "sphere", "head_extra": head, "items": MENU_NEWS},
                exp=expected(A12, iso(pub), author=BY12, category="Xây dựng Đảng"),
                traps={"chrome": ["Tin cùng chuyên mục", "Tin xem nhiều", "Đọc bài viết"], "related": lambda rl: rl[:5]},
                notes="The 'sphere' / smartcloud Java portal (xem-tin.cpx?uuid=…, Bootstrap 4 cards; a stack no set had used), a ward Party committee formed from the former Bà Rịa - Vũng Tàu: headline h2.news-title (no h1), stamp span.time[data-time=<epoch ms>] printing '14:05 20/05/2026' (time first) → T14:05 (the epoch agrees); a pencil line 'Hải Đăng - Thu Thảo - Kim Ngân' → three writers 'Hải Đăng, Thu Thảo, Kim Ngân'; an h4 bold sapo → lead; TinyMCE's data-mce-style copies; captions in a centred <i>; related cards with the same span.time. Category 'Xây dựng Đảng' (the crumb's active level).",
                readme="The 'sphere' smartcloud Java portal (a stack no set had used), a ward Party committee's REVIEW of Directive 05: h2 headline, span.time[data-time=<epoch ms>] '14:05 20/05/2026' (time first), THREE writers 'A - B - C' on a pencil line, an h4 bold sapo, TinyMCE data-mce attributes, centred <i> captions, related cards with stamps")


# ===================================================================== 13 Báo và Phát thanh, Truyền hình Ninh Bình: a merged press agency's detail with an EVENT bar above the headline; 'Nhóm PV' in the author chip; an inline 'Tin liên quan' card with a sapo; a fact box; two figcaptions with <p>
A13 = Art("Ninh Bình: hơn 120.000 người dân được phổ cập kỹ năng số qua phong trào “Bình dân học vụ số”",
          "Sau 6 tháng triển khai phong trào “Bình dân học vụ số”, toàn tỉnh đã tổ chức hơn 3.200 lớp phổ cập kỹ năng số với trên 120.000 lượt người dân tham gia, trong đó gần một nửa là người trung tuổi và cao tuổi.",
          [("p", "Các lớp học được tổ chức ngay tại nhà văn hóa thôn, tổ dân phố, điểm bưu điện văn hóa xã và trường học vào buổi tối, cuối tuần. Nội dung tập trung vào sử dụng điện thoại thông minh, cài đặt và sử dụng ứng dụng VNeID, thanh toán không dùng tiền mặt, nộp hồ sơ dịch vụ công trực tuyến và nhận diện lừa đảo trên mạng."),
           ("img", "/uploads/2026/04/24/lop-binh-dan-hoc-vu-so.jpg", "Một lớp “Bình dân học vụ số” tại nhà văn hóa thôn Đông Hội, xã Gia Viễn"),
           ("raw", "CARD"),
           ("p", "Lực lượng nòng cốt của phong trào là hơn 2.800 thành viên tổ công nghệ số cộng đồng, phần lớn là đoàn viên thanh niên, giáo viên và cán bộ bưu điện. Nhiều tổ đã sáng tạo cách làm “cầm tay chỉ việc”, in sổ tay hướng dẫn bằng hình ảnh cho người cao tuổi."),
           ("raw", "FACT"),
           ("p", "Bà Phạm Thị Xuyến, 67 tuổi, ở xã Gia Viễn cho biết, trước đây mỗi lần làm giấy tờ phải nhờ con cháu; nay bà đã tự nộp hồ sơ trực tuyến và thanh toán tiền điện qua điện thoại."),
           ("img", "/uploads/2026/04/24/doan-vien-huong-dan.jpg", "Đoàn viên thanh niên hướng dẫn người cao tuổi cài đặt ứng dụng VNeID"),
           ("p", "Ban Chỉ đạo phong trào của tỉnh đặt mục tiêu đến hết năm 2026, 80% người dân trong độ tuổi lao động có kỹ năng số cơ bản, 100% cán bộ, công chức cấp xã sử dụng thành thạo các nền tảng số dùng chung.")])
REL13 = ("Khai giảng lớp “Bình dân học vụ số” đầu tiên dành cho người cao tuổi",
         "Lớp học có 45 học viên từ 60 đến 78 tuổi, được hướng dẫn các kỹ năng cơ bản trên điện thoại thông minh trong 8 buổi.")
BY13 = "Nhóm PV"


def page13():
    pub = T("2026-04-24 06:45")
    site = "https://baoninhbinh.org.vn"
    url = f"{site}/ninh-binh-hon-120-000-nguoi-dan-duoc-pho-cap-ky-nang-so-qua-phong-trao-binh-dan-hoc-vu-so-d18442.html"

    def st(d):
        return f"{wd(d)}, {dmy(d)}, {hm(d)} (GMT+7)"

    def img(s, c, n):
        return (f'<figure class="image align-center"><img data-src="{site}{s}" src="/assets/img/lazy.svg" alt="{esc(c, True)}" class="lazyload" width="760" />'
                f'<figcaption><p>{esc(c)}</p></figcaption></figure>')

    def raw(x):
        if x == "CARD":
            return (f'<div class="box-related-inline"><span class="label">Tin liên quan</span><div class="item"><a href="#" class="thumb"><img src="/uploads/2026/03/{hexid(random_seed13(), 6)}.jpg" alt="" /></a>'
                    f'<h3 class="title"><a href="#">{esc(REL13[0])}</a></h3><p class="sapo">{esc(REL13[1])}</p></div></div>')
        return ('<div class="box-info" style="background:#eef6fb;padding:12px;border-left:4px solid #0b6fb3"><h4>Phong trào “Bình dân học vụ số”</h4><ul>'
                '<li>Phát động: tháng 10/2025</li><li>Số lớp đã mở: 3.200</li><li>Tổ công nghệ số cộng đồng: 1.160 tổ</li></ul></div>')

    def main(rng, rl, rd):
        cards = "".join(teaser(rng, t, s, pub - timedelta(hours=5 + 7 * i), st, rng.choice(WRITERS34), "story-more", "h3") for i, (t, s) in enumerate(other34(rng, 3)))
        return (f'<div class="event-bar"><span class="event-label">Sự kiện:</span> <a href="{site}/su-kien/binh-dan-hoc-vu-so">Bình dân học vụ số</a></div>'
                f'<article class="detail"><h1 class="detail-title">{esc(A13.title)}</h1>'
                f'<div class="detail-meta"><span class="author-chip"><img src="/assets/img/avatar-pv.png" alt="" /> {BY13}</span><span class="detail-time">{st(pub)}</span></div>'
                f'<h2 class="detail-sapo">{esc(A13.lead)}</h2><div class="detail-content">{Art("", None, A13.blocks).render(img=img, raw=raw, sep="")}</div>'
                f'<div class="detail-tags"><span>Từ khóa:</span> <a href="#">chuyển đổi số</a> <a href="#">Bình dân học vụ số</a></div>'
                f'<div class="fb-comments" data-href="{url}" data-numposts="5"></div></article>'
                f'<section class="more-news"><h2 class="section-title">Tin cùng chuyên mục</h2>{cards}</section>')

    def side(rng, p):
        return mostread(rng, p, st, "Đọc nhiều", "rail-most", 8, writers=WRITERS34)

    def top(rng, p):
        return f'<div class="logo"><a href="/"><img src="/assets/img/logo-baoninhbinh.svg" alt="Báo và Phát thanh, Truyền hình Ninh Bình" /></a></div><div class="header-date">{wd(p)}, {dmy(p)}</div>'

    crumbs = ('<ul class="breadcrumb"><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/xa-hoi/chuyen-doi-so">Chuyển đổi số</a></li></ul>')
    head = (og(A13.title, url, {"og:description": A13.lead}) + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A13.title, "datePublished": iso(pub),
                                                                      "author": {"@type": "Organization", "name": "Báo và Phát thanh, Truyền hình Ninh Bình"}}))
    return page("s35-13", family="merged_press_agency_event_bar_above_headline_nhom_pv_inline_card",
                name="ninhbinh-bao-va-ptth-press-cms-detail-event-bar-su-kien-above-h1-author-chip-nhom-pv-weekday-dd-mm-yyyy-hh-mm-gmt7-h2-sapo-lazy-figcaptions-with-p-inline-tin-lien-quan-card-with-sapo-fact-box-more-news-teasers",
                url=url, art=A13, main_fn=main, pub=pub, prefix="bnb", kb=246,
                org="Báo và Phát thanh, Truyền hình Ninh Bình", addr="Đường Tràng An, phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.160",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "press_event", "head_extra": head, "items": MENU_NEWS,
                                                             "left": lambda rng, p: ticker(rng, p, lambda d: f"{hm(d)} {dmy(d)}", 6, "Nóng")},
                exp=expected(A13, iso(pub), author=BY13, category="Chuyển đổi số"),
                traps={"boxes": ["Tin liên quan", REL13[0], REL13[1], "Tổ công nghệ số cộng đồng: 1.160 tổ", "Số lớp đã mở: 3.200"], "chrome": ["Sự kiện:", "Tin cùng chuyên mục", "Đọc nhiều", "Từ khóa:"]},
                notes="A merged press agency's CMS, the detail with an EVENT bar 'Sự kiện: Bình dân học vụ số' above the h1 (a topic link, not the category, set 27's labels of form), the author chip 'Nhóm PV' → author 'Nhóm PV' (a collective credit, as printed, sets 26 and 29), stamp 'Thứ Sáu, 24/04/2026, 06:45 (GMT+7)' → T06:45; the h2 sapo = lead; an inline 'Tin liên quan' card with its own headline and sapo after the first picture and a blue fact box after the fourth paragraph → not body (set 24); two lazy figcaptions holding a <p>; three other items' teasers with stamps, writers and sapos below; JSON-LD names the paper (an organisation) as author — not used. Category 'Chuyển đổi số' (crumb).",
                readme="A merged press agency's detail with an EVENT bar above the h1, a DIGITAL-SKILLS CAMPAIGN report: 'Nhóm PV' in the author chip, 'Thứ Sáu, dd/mm/yyyy, HH:MM (GMT+7)', an h2 sapo, an inline 'Tin liên quan' card WITH a sapo, a fact box, lazy figcaptions with a <p>, three teasers with stamps, writers and sapos")


def random_seed13():
    import random
    return random.Random("s35-13-card")


# ===================================================================== 14 Ban Tổ chức Thành ủy Huế: a vendor's WebForms CMS with a FormView; picture boxes whose CAPTION ROW is printed ABOVE the picture (TWIST); bold lblTomTat; 'Name (unit)' at the end
A14 = Art("Tập huấn nghiệp vụ công tác đảng viên và quản lý dữ liệu đảng viên cho cấp ủy cơ sở",
          "Trong 2 ngày 25 và 26/2, Ban Tổ chức Thành ủy tổ chức lớp tập huấn nghiệp vụ công tác đảng viên và quản lý cơ sở dữ liệu đảng viên cho hơn 260 đồng chí là cấp ủy viên, cán bộ làm công tác tổ chức của các đảng bộ, chi bộ cơ sở.",
          [("p", "Lớp tập huấn tập trung hướng dẫn những điểm mới trong quy định về công tác đảng viên; quy trình kết nạp đảng viên, chuyển đảng chính thức, chuyển sinh hoạt đảng sau khi sắp xếp tổ chức bộ máy; việc lập, quản lý hồ sơ đảng viên và cập nhật thông tin vào Cơ sở dữ liệu đảng viên."),
           ("img", "/Uploads/TinTuc/2026/02/tap-huan-cong-tac-dang-vien.jpg", "Đồng chí Phó Trưởng Ban Tổ chức Thành ủy khai mạc lớp tập huấn"),
           ("p", "Theo Ban Tổ chức Thành ủy, sau khi thực hiện mô hình chính quyền địa phương hai cấp, Đảng bộ thành phố có 40 đảng bộ xã, phường và các đảng bộ trực thuộc; nhiều cán bộ làm công tác tổ chức ở cơ sở mới được bố trí, chưa có nhiều kinh nghiệm trong nghiệp vụ."),
           ("p", "Học viên được thực hành trực tiếp trên phần mềm quản lý đảng viên phiên bản mới, trao đổi các tình huống thường gặp như đảng viên đi làm ăn xa, đảng viên thay đổi nơi cư trú, đảng viên đã nghỉ hưu sinh hoạt tại nơi cư trú."),
           ("img", "/Uploads/TinTuc/2026/02/thuc-hanh-phan-mem.jpg", "Học viên thực hành cập nhật thông tin trên phần mềm quản lý đảng viên"),
           ("p", "Kết thúc lớp tập huấn, Ban Tổ chức Thành ủy đề nghị các cấp ủy cơ sở hoàn thành rà soát, chuẩn hóa dữ liệu đảng viên trước ngày 31/3/2026, phục vụ công tác đánh giá, xếp loại và việc cấp thẻ đảng viên điện tử.")])
BY14, UNIT14 = "Phan Thị Thanh Tâm", "Phòng Tổ chức đảng, đảng viên"


def page14():
    pub = T("2026-02-26 10:40")
    site = "https://bantochuc.hue.gov.vn"
    url = f"{site}/tin-tuc/tap-huan-nghiep-vu-cong-tac-dang-vien-va-quan-ly-du-lieu-dang-vien-cho-cap-uy-co-so-2871.aspx"
    fv = "ctl00_cphNoiDung_fvChiTiet"

    def img(s, c, n):
        return (f'<table class="tbl-anh" align="center" cellpadding="3" cellspacing="0" border="0" style="width:620px"><tbody>'
                f'<tr><td class="chu-thich-anh"><p style="text-align:center"><em>{esc(c)}</em></p></td></tr>'
                f'<tr><td><img src="{site}{s}" alt="" style="width:610px" /></td></tr></tbody></table>')

    def main(rng, rl, rd):
        others = "".join(f'<li><a href="#">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<table id="{fv}" cellspacing="0" style="border-collapse:collapse;width:100%"><tr><td colspan="2">'
                f'<div class="chi-tiet"><h1 class="tieu-de"><span id="{fv}_lblTieuDe">{esc(A14.title)}</span></h1>'
                f'<div class="ngay-dang"><span id="{fv}_lblNgayDang">Ngày đăng: {dmy(pub)} {hm(pub)}</span> - <span id="{fv}_lblLuotXem">Lượt xem: 641</span></div>'
                f'<div class="tom-tat"><span id="{fv}_lblTomTat" style="font-weight:bold">{esc(A14.lead)}</span></div>'
                f'<div class="noi-dung" id="{fv}_divNoiDung">{Art("", None, A14.blocks).render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>{BY14} ({UNIT14})</strong></p></div>'
                f'<div class="cong-cu"><a id="{fv}_lnkIn" href="javascript:window.print()">In bài viết</a> | <a href="#">Gửi bạn bè</a> | <a href="#">Trở về</a></div></div></td></tr></table>'
                f'<div class="tin-khac"><div class="tieu-de-khoi">Các tin khác</div><ul>{others}</ul></div>')

    def side(rng, p):
        return (mostread(rng, p, dmy, "Tin xem nhiều", "khoi-phai", 6)
                + vb_box(["Hướng dẫn về công tác đảng viên sau sắp xếp tổ chức bộ máy", "Kế hoạch rà soát, chuẩn hóa dữ liệu đảng viên năm 2026"], "Văn bản mới", "khoi-vb"))

    def top(rng, p):
        return f'<div class="banner"><img src="/Images/banner-btc.jpg" alt="Ban Tổ chức Thành ủy Huế" /></div><div class="ngay-hien-tai">Hôm nay: {wd(p + timedelta(days=1), lower=True)}, {dmy(p + timedelta(days=1))}</div>'

    crumbs = ('<div class="duong-dan"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc.aspx">Tin tức</a> &raquo; <a href="/tin-tuc/cong-tac-to-chuc-xay-dung-dang.aspx">Công tác tổ chức xây dựng Đảng</a></div>')
    head = og(A14.title, url) + '<script type="text/javascript">//<![CDATA[\nvar theForm=document.forms["aspnetForm"];function __doPostBack(eventTarget,eventArgument){if(!theForm.onsubmit||(theForm.onsubmit()!=false)){theForm.__EVENTTARGET.value=eventTarget;theForm.submit();}}\n//]]></script>'
    return page("s35-14", family="organisation_board_aspnet_webforms_formview_caption_row_above_picture",
                name="hue-bantochuc-thanhuy-aspnet-webforms-url-rewriting-formview-fvchitiet-h1-lbltieude-ngay-dang-dd-mm-yyyy-hh-mm-bold-lbltomtat-picture-tables-caption-row-above-image-bold-right-name-unit-in-parentheses-cac-tin-khac",
                url=url, art=A14, main_fn=main, pub=pub, prefix="btchue", kb=182,
                org="Ban Tổ chức Thành ủy Huế", addr="Số 14 đường Lê Lợi, phường Thuận Hóa, thành phố Huế", phone="0234.3822.516",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "wfformview", "head_extra": head, "items": MENU_NEWS, "form": True, "action": "./tap-huan-nghiep-vu-cong-tac-dang-vien-va-quan-ly-du-lieu-dang-vien-cho-cap-uy-co-so-2871.aspx",
                                                             "left": lambda rng, p: ticker(rng, p, dmy, 5, "Tin mới")},
                exp=expected(A14, iso(pub), author=BY14, unit=UNIT14, category="Công tác tổ chức xây dựng Đảng"),
                traps={"bylines": [f"{BY14} ({UNIT14})"], "chrome": ["Các tin khác", "Tin xem nhiều", "In bài viết"], "related": lambda rl: rl[:6]},
                notes="TWIST (a caption printed ABOVE its picture): the vendor's WebForms CMS (URL rewriting, a FormView 'fvChiTiet' in cphNoiDung) prints each picture as a two-row table.tbl-anh whose FIRST row is the caption cell td.chu-thich-anh (a centred <em> paragraph) and whose SECOND row holds the image (the editor's 'chú thích phía trên' option). The caption belongs to the picture below it, in the same box; it is a caption, not a body paragraph, and the paragraph AFTER the picture is body, not its caption. An extractor that looks for a caption after an image stores the caption sentence in the body (and may take the next paragraph as the caption). Otherwise: h1 > span#…_lblTieuDe; 'Ngày đăng: 26/02/2026 10:40' → T10:40; the bold lblTomTat = lead; bold right 'Phan Thị Thanh Tâm (Phòng Tổ chức đảng, đảng viên)' → author + unit (the comma inside the unit, set 27); category 'Công tác tổ chức xây dựng Đảng' (crumb). ViewState.",
                readme="TWIST — a vendor's ASP.NET WebForms CMS with a FormView, a city organisation board's TRAINING COURSE: picture tables whose CAPTION ROW is printed ABOVE the image (two pictures); h1 > span#…_lblTieuDe; 'Ngày đăng: dd/mm/yyyy HH:MM'; bold lblTomTat; bold right 'Name (unit with a comma)'; 'Các tin khác' with dates; ViewState")


# ===================================================================== 15 Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu: a hand-made PHP CMS on Smarty; a reprinted theory article credited 'Theo TS. Name - journal' (TWIST); time-first stamp; bold sapo; bold sub-headings
A15 = Art("Phát huy vai trò báo cáo viên trong đấu tranh bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
          "Trong bối cảnh các thế lực thù địch triệt để lợi dụng không gian mạng để xuyên tạc đường lối, chủ trương của Đảng, đội ngũ báo cáo viên các cấp cần được nâng cao năng lực, đổi mới phương thức để trở thành lực lượng nòng cốt trong cuộc đấu tranh này.",
          [("h", "1. Không gian mạng - mặt trận mới của công tác tư tưởng"),
           ("p", "Việt Nam hiện có hơn 78 triệu người sử dụng internet, trên 70 triệu tài khoản mạng xã hội. Không gian mạng đã trở thành môi trường chủ yếu để người dân tiếp nhận thông tin, đồng thời cũng là nơi các quan điểm sai trái, thù địch được phát tán nhanh chóng, với thủ đoạn ngày càng tinh vi."),
           ("p", "Đội ngũ báo cáo viên, vốn là những người am hiểu đường lối, chủ trương của Đảng, có uy tín với cán bộ, đảng viên và Nhân dân, có lợi thế đặc biệt trong việc định hướng dư luận nếu biết kết hợp giữa nói chuyện trực tiếp với việc cung cấp thông tin trên các nền tảng số."),
           ("h", "2. Một số giải pháp"),
           ("p", "Thứ nhất, bồi dưỡng kỹ năng số cho báo cáo viên: kỹ năng sản xuất nội dung ngắn, đồ họa, video; kỹ năng nhận diện tin giả và phản bác bằng lập luận, số liệu chính thống."),
           ("p", "Thứ hai, xây dựng cơ chế cung cấp thông tin nhanh cho báo cáo viên thông qua các nhóm Zalo, ứng dụng nội bộ; bảo đảm báo cáo viên có thông tin trước khi dư luận hình thành."),
           ("p", "Thứ ba, gắn hoạt động của báo cáo viên với lực lượng chuyên trách đấu tranh trên không gian mạng và các tổ công nghệ số cộng đồng ở cơ sở, tạo sức lan tỏa của thông tin tích cực."),
           ("img", "/upload/images/2026/03/bao-cao-vien-khong-gian-mang.jpg", "Hội nghị báo cáo viên tỉnh quý I năm 2026"),
           ("p", "Làm tốt những việc trên, đội ngũ báo cáo viên sẽ thực sự là “cánh tay nối dài” của cấp ủy trong công tác tư tưởng, góp phần củng cố niềm tin của Nhân dân đối với Đảng.")])
BY15 = "TS. Nguyễn Văn Khánh"
THEO15 = f"Theo {BY15} - Tạp chí Tuyên giáo"


def page15():
    pub = T("2026-03-23 08:20")
    site = "https://tuyengiaodanvan.laichau.vn"
    url = f"{site}/index.php?mod=news&act=detail&id=3518"

    def tf(d):
        return f"{hm(d)} {dmy(d)}"

    def img(s, c, n):
        return (f'<div class="img-center"><img src="{site}{s}" alt="" width="600" /><div class="img-note">{esc(c)}</div></div>')

    def main(rng, rl, rd):
        others = "".join(f'<li><a href="index.php?mod=news&amp;act=detail&amp;id={3400 + i}">{esc(t)}</a> <span class="date">[{tf(d)}]</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="box-detail"><div class="cat-title"><a href="index.php?mod=news&amp;cat=12">Nghiên cứu - Trao đổi</a></div>'
                f'<h1 class="news-title">{esc(A15.title)}</h1><div class="news-date">{tf(pub)}</div>'
                f'<div class="news-sapo"><strong>{esc(A15.lead)}</strong></div>'
                f'<div class="news-body">{Art("", None, A15.blocks).render(p=jp, img=img, h=lambda t: f"<p><strong>{esc(t)}</strong></p>", sep="")}'
                f'<p style="text-align:right"><strong><em>{THEO15}</em></strong></p></div>'
                f'<div class="news-tool"><a href="#">Bản in</a> | <a href="#">Gửi email</a> | <a href="#">Lên đầu trang</a></div>'
                f'<div class="news-other"><h3>Các tin khác</h3><ul>{others}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, tf, "Đọc nhiều nhất", "box-right", 6)
                + '<div class="box-right"><h3>Thông tin định hướng</h3><ul><li><a href="#">Tài liệu sinh hoạt chi bộ tháng 3/2026</a></li><li><a href="#">Đề cương tuyên truyền kỷ niệm Ngày thành lập Đoàn</a></li></ul></div>')

    def top(rng, p):
        return f'<div class="header-banner"><img src="/templates/default/images/banner.jpg" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu" /></div><div class="header-time">{tf(p + timedelta(days=2, hours=3))}</div>'

    crumbs = ('<div class="navigation"><a href="index.php">Trang chủ</a> / <a href="index.php?mod=news&amp;cat=10">Tuyên giáo</a> / <a href="index.php?mod=news&amp;cat=12">Nghiên cứu - Trao đổi</a></div>')
    head = og(A15.title, url) + '<!-- Smarty 3.1.39 compiled template: news_detail.tpl -->' + '<script>var site_url="' + site + '/",mod="news",act="detail";</script>'
    return page("s35-15", family="btgdv_province_php_smarty_vendor_cms_reprint_theo_writer_dash_journal",
                name="laichau-btgdv-php-smarty3-vendor-cms-index-php-mod-news-act-detail-cat-title-above-h1-time-first-hh-mm-dd-mm-yyyy-bold-sapo-bold-numbered-subheadings-img-note-caption-bold-italic-theo-degree-name-dash-journal-reprint-credit",
                url=url, art=A15, main_fn=main, pub=pub, prefix="tglc", kb=171,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu", addr="Tổ dân phố 1, phường Tân Phong, tỉnh Lai Châu", phone="0213.3876.310",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "smarty", "head_extra": head, "items": MENU_NEWS,
                                                             "left": lambda rng, p: ticker(rng, p, tf, 5, "Tin mới")},
                exp=expected(A15, iso(pub), author=BY15, category="Nghiên cứu - Trao đổi"),
                traps={"bylines": [THEO15], "chrome": ["Các tin khác", "Đọc nhiều nhất", "Thông tin định hướng"], "related": lambda rl: rl[:6]},
                notes="TWIST (a reprint's 'Theo' line naming its WRITER): the only credit is the bold italic right line 'Theo TS. Nguyễn Văn Khánh - Tạp chí Tuyên giáo' after the text — the site reprints a theory article and credits its writer and the journal it came from in ONE 'Theo …' line. Expected: author 'TS. Nguyễn Văn Khánh' (the degree kept, the person who wrote the text), unit null (the journal is the reprint's SOURCE, not the writer's unit; sets 13, 28: 'Name (theo TTXVN)' → author Name, unit null). An extractor that treats every 'Theo …' line as a source stores no author; one that splits 'Name - unit' stores the journal as the unit. Otherwise: a hand-made PHP CMS on Smarty 3 (index.php?mod=news&act=detail&id=); the category label 'Nghiên cứu - Trao đổi' above the h1 repeats the crumb's last level; stamp '08:20 23/03/2026' (time first) → T08:20; the header clock prints the same shape; bold sapo = lead; two numbered bold sub-headings are body; one div.img-note caption.",
                readme="TWIST — a hand-made PHP CMS on Smarty 3, a Ban Tuyên giáo's REPRINTED THEORY ARTICLE: the only credit 'Theo TS. Name - Tạp chí Tuyên giáo' (a 'Theo …' line naming the writer and the journal); a section label above the h1; 'HH:MM dd/mm/yyyy' (time first, the header clock in the same shape); bold sapo; numbered bold sub-headings; an img-note caption")


# ===================================================================== 16 Đảng ủy phường Cao Lãnh (Đồng Tháp): October CMS 3 + RainLab.Blog; 'Đăng ngày <time>dd/mm/yyyy</time> trong <category>'; a backend user as author (an account); an embedded Facebook post inside the text; 'Tin: A; ảnh: B'
A16 = Art("Đảng bộ phường Cao Lãnh kết nạp 18 đảng viên mới đầu năm 2026",
          None,
          [("p", "Sáng 9/1, Đảng ủy phường Cao Lãnh tổ chức lễ kết nạp đảng viên cho 18 quần chúng ưu tú thuộc 9 chi bộ trực thuộc. Đây là đợt kết nạp đảng viên đầu tiên của Đảng bộ phường trong năm 2026, hướng tới chào mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."),
           ("p", "Trong số 18 đảng viên mới, có 11 đồng chí là đoàn viên thanh niên, 4 đồng chí là giáo viên, 3 đồng chí là chủ hộ kinh doanh, người lao động tại các khóm. Các quần chúng đều đã qua thời gian thử thách, được học lớp bồi dưỡng nhận thức về Đảng và được chi bộ, nhân dân nơi cư trú nhận xét tốt."),
           ("img", "/storage/app/media/2026/01/ket-nap-dang-vien.jpg", "Các đảng viên mới tuyên thệ dưới cờ Đảng"),
           ("raw", "FB"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy phường đề nghị các đảng viên mới tiếp tục học tập, rèn luyện, giữ gìn phẩm chất đạo đức, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; chi bộ phân công đảng viên chính thức giúp đỡ đảng viên dự bị."),
           ("p", "Năm 2025, Đảng bộ phường kết nạp 64 đảng viên, đạt 128% chỉ tiêu; năm 2026 phấn đấu kết nạp từ 60 đảng viên trở lên, chú trọng phát triển đảng trong khu vực kinh tế tư nhân."),
           ("img", "/storage/app/media/2026/01/tang-hoa-dang-vien-moi.jpg", "Lãnh đạo Đảng ủy phường tặng hoa chúc mừng các đảng viên mới")])
BY16, PH16 = "Trần Ngọc Hân", "Lê Minh Trí"


def page16():
    pub = T("2026-01-09 07:45")
    site = "https://dangbocaolanh.dongthap.vn"
    url = f"{site}/tin-tuc/bai-viet/dang-bo-phuong-cao-lanh-ket-nap-18-dang-vien-moi-dau-nam-2026"

    def img(s, c, n):
        return f'<figure class="post-figure"><img src="{site}{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>'

    def raw(x):
        return ('<div class="fb-post-embed"><blockquote cite="https://www.facebook.com/dangbocaolanh/posts/pfbid02xk" class="fb-xfbml-parse-ignore">'
                '<p>Chúc mừng 18 đồng chí đảng viên mới của Đảng bộ phường Cao Lãnh! Mời bà con xem thêm hình ảnh buổi lễ tại trang của Đảng bộ.</p>'
                '<p>Đăng bởi <a href="https://www.facebook.com/dangbocaolanh">Đảng bộ phường Cao Lãnh</a> vào Thứ Sáu, 9 tháng 1, 2026</p></blockquote></div>')

    def main(rng, rl, rd):
        posts = "".join(f'<li class="post-item"><h3><a href="#">{esc(t)}</a></h3><p class="info">Đăng ngày {dmy(pub - timedelta(days=4 + 6 * i))}</p><p class="excerpt">{esc(s)}</p></li>'
                        for i, (t, s) in enumerate(other_items(rng, 3)))
        return (f'<div class="blog-post"><h1 class="post-title">{esc(A16.title)}</h1>'
                f'<p class="info">Đăng ngày <time datetime="{iso(pub)}">{dmy(pub)}</time> trong <a href="{site}/tin-tuc/danh-muc/xay-dung-dang">Xây dựng Đảng</a> · Bởi <span class="post-author">Quản trị Đảng ủy phường</span></p>'
                f'<div class="content">{Art("", None, A16.blocks).render(img=img, raw=raw, sep="")}<p style="text-align:right"><strong>Tin: {BY16}; ảnh: {PH16}</strong></p></div>'
                f'<div class="share-buttons"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a></div></div>'
                f'<div class="related-posts"><h2>Bài viết khác</h2><ul class="post-list">{posts}</ul></div>')

    def side(rng, p):
        return (mostread(rng, p, dmy, "Tin mới nhất", "sidebar-latest", 6, writer_fmt="Bởi {w}")
                + '<div class="sidebar-cats"><h3>Danh mục</h3><ul><li><a href="#">Xây dựng Đảng</a></li><li><a href="#">Dân vận</a></li><li><a href="#">Kinh tế - Xã hội</a></li></ul></div>')

    def top(rng, p):
        return '<div class="container brand"><a href="/"><img src="/themes/dangbo/assets/images/logo.png" alt="" /> Đảng bộ phường Cao Lãnh</a></div>'

    crumbs = (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li>'
              f'<li class="breadcrumb-item"><a href="/tin-tuc/danh-muc/xay-dung-dang">Xây dựng Đảng</a></li></ol></nav>')
    head = og(A16.title, url) + '<meta name="csrf-token" content="' + "Qm3x9TgW7pLk2VcR8sYd0HaBfJ4nZuE6oXiN1qCj" + '" /><script src="/modules/system/assets/js/framework.combined-min.js"></script>'
    return page("s35-16", family="ward_party_october_cms3_rainlab_blog_backend_user_facebook_embed",
                name="dongthap-dangbo-phuong-caolanh-october-cms3-rainlab-blog-post-h1-dang-ngay-time-dd-mm-yyyy-with-datetime-trong-category-boi-backend-user-no-sapo-figcaptions-embedded-facebook-post-tin-semicolon-lowercase-anh-bai-viet-khac-excerpts",
                url=url, art=A16, main_fn=main, pub=pub, prefix="octcl", kb=154,
                org="Đảng ủy phường Cao Lãnh", addr="Số 3 đường 30 Tháng 4, phường Cao Lãnh, tỉnh Đồng Tháp", phone="0277.3851.212",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "october", "head_extra": head, "items": MENU_NEWS},
                exp=expected(A16, iso(pub), author=BY16, photographer=PH16, category="Xây dựng Đảng"),
                traps={"bylines": ["Quản trị Đảng ủy phường"], "embeds": ["Chúc mừng 18 đồng chí đảng viên mới của Đảng bộ phường Cao Lãnh!"], "chrome": ["Bài viết khác", "Tin mới nhất"]},
                notes="October CMS 3 with RainLab.Blog (a stack no set had used), a ward Party committee: 'Đăng ngày <time datetime=2026-01-09T07:45:00+07:00>09/01/2026</time> trong Xây dựng Đảng · Bởi Quản trị Đảng ủy phường' — a date-only print with its own agreeing <time> → T07:45 (set 25, MAJORITY); the backend user named after the site is an account (set 27). No sapo (lead null). An embedded Facebook post (blockquote.fb-xfbml-parse-ignore with the page's own words and 'Đăng bởi … vào Thứ Sáu, 9 tháng 1, 2026') inside the text → not body (set 24). Two figcaptions. Bold right 'Tin: Trần Ngọc Hân; ảnh: Lê Minh Trí' → author + photographer. 'Bài viết khác' prints three other posts with dates and excerpts. Category 'Xây dựng Đảng'.",
                readme="October CMS 3 + RainLab.Blog (a stack no set had used), a ward Party committee's ADMISSION of new members: 'Đăng ngày <time>dd/mm/yyyy</time> trong <category> · Bởi <backend user>'; no sapo; an EMBEDDED FACEBOOK POST with its own date inside the text; two figcaptions; 'Tin: A; ảnh: B'; other posts with dates and excerpts")


# ===================================================================== 17 Hội Khuyến học tỉnh Cà Mau: MODX 3; 'Ngày xuất bản' date only + 'Chỉnh sửa' timed; labelled 'Người viết:' and 'Đơn vị:' fields; a plain introtext lead; a pull quote repeating a sentence
A17 = Art("Trao 500 suất học bổng “Tiếp sức đến trường” cho học sinh vượt khó",
          "Hội Khuyến học tỉnh phối hợp với các doanh nghiệp, nhà hảo tâm trao 500 suất học bổng “Tiếp sức đến trường”, mỗi suất 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt trên địa bàn tỉnh.",
          [("p", "Lễ trao học bổng được tổ chức tại Hội trường Nhà Văn hóa tỉnh với sự tham dự của học sinh, phụ huynh và đại diện các nhà tài trợ. Các suất học bổng được Hội Khuyến học các xã, phường xét chọn công khai, ưu tiên học sinh mồ côi, học sinh thuộc hộ nghèo ở vùng ven biển."),
           ("img", "/assets/images/tin-tuc/2026/06/trao-hoc-bong-tiep-suc.jpg", "Đại diện nhà tài trợ trao học bổng cho học sinh"),
           ("p", "Em Nguyễn Thị Bảo Trân, học sinh lớp 11 ở xã Tân Thành, mồ côi cha, nhiều năm liền đạt học sinh giỏi. Em chia sẻ, số tiền học bổng sẽ giúp em mua sách vở, chuẩn bị cho năm học cuối cấp."),
           ("p", "Năm học 2025 - 2026, các cấp Hội Khuyến học trong tỉnh đã vận động hơn 14 tỷ đồng cho Quỹ khuyến học, khuyến tài; trao hơn 9.600 suất học bổng và phần thưởng. Mỗi suất học bổng là một lời nhắn gửi: không để em nào phải bỏ học vì hoàn cảnh khó khăn."),
           ("raw", "PULL"),
           ("p", "Dịp này, Hội Khuyến học tỉnh biểu dương 25 dòng họ, gia đình học tập tiêu biểu và ra mắt Quỹ khuyến học “Nâng bước em đến trường” với số vốn ban đầu 1,2 tỷ đồng."),
           ("img", "/assets/images/tin-tuc/2026/06/chup-anh-luu-niem.jpg", "Các em học sinh nhận học bổng chụp ảnh lưu niệm cùng đại biểu")])
PULL17 = "Mỗi suất học bổng là một lời nhắn gửi: không để em nào phải bỏ học vì hoàn cảnh khó khăn."
BY17, UNIT17 = "Nguyễn Thị Kim Thoa", "Hội Khuyến học xã Tân Thành"


def page17():
    pub = T("2026-06-05 00:00")
    upd = T("2026-06-06 10:12")
    site = "https://khuyenhoccamau.org.vn"
    url = f"{site}/tin-tuc/khuyen-hoc-co-so/trao-500-suat-hoc-bong-tiep-suc-den-truong.html"

    def img(s, c, n):
        return f'<figure class="content-figure"><img src="{s}" alt="{esc(c, True)}" width="720" /><figcaption class="content-figure__caption">{esc(c)}</figcaption></figure>'

    def raw(x):
        return f'<aside class="pull-quote"><p>{esc(PULL17)}</p></aside>'

    def main(rng, rl, rd):
        cards = "".join(f'<div class="news-card"><a href="#" class="news-card__title">{esc(t)}</a><span class="news-card__date">{dmy(d)}</span></div>' for t, d in zip(rl[:4], rd))
        return (f'<article class="article"><h1 class="article__title">{esc(A17.title)}</h1>'
                f'<ul class="article__meta"><li>Ngày xuất bản: {dmy(pub)}</li><li>Chỉnh sửa: {dmy(upd)} {hm(upd)}</li><li>Lượt xem: 218</li></ul>'
                f'<p class="article__introtext">{esc(A17.lead)}</p><div class="article__content">{Art("", None, A17.blocks).render(img=img, raw=raw, sep="")}</div>'
                f'<dl class="article__tv"><dt>Người viết:</dt><dd>{BY17}</dd><dt>Đơn vị:</dt><dd>{UNIT17}</dd></dl></article>'
                f'<section class="more"><h2 class="more__title">Tin cùng chuyên mục</h2>{cards}</section>')

    def side(rng, p):
        return (mostread(rng, p, dmy, "Tin đọc nhiều", "aside-box", 6, writer_fmt="Người viết: {w}")
                + '<div class="aside-box"><h3>Quỹ khuyến học</h3><p>Số tài khoản tiếp nhận ủng hộ: 7810 0000 1234 - Ngân hàng BIDV Cà Mau</p></div>')

    def top(rng, p):
        return f'<a class="page-header__logo" href="/"><img src="/assets/images/logo-khuyenhoc.png" alt="Hội Khuyến học tỉnh Cà Mau" /></a><div class="page-header__date">{wd(upd + timedelta(days=1))}, {dmy(upd + timedelta(days=1))}</div>'

    crumbs = ('<ul class="breadcrumbs"><li class="breadcrumbs__item"><a href="/">Trang chủ</a></li><li class="breadcrumbs__item"><a href="/tin-tuc/">Tin tức</a></li>'
              '<li class="breadcrumbs__item"><a href="/tin-tuc/khuyen-hoc-co-so/">Khuyến học cơ sở</a></li></ul>')
    head = og(A17.title, url) + '<base href="' + site + '/" /><meta name="generator" content="MODX Revolution 3.0.5" />'
    return page("s35-17", family="study_promotion_association_modx3_date_only_publication_timed_edit_labelled_writer_unit_fields",
                name="camau-hoikhuyenhoc-modx3-vendor-template-h1-ngay-xuat-ban-dd-mm-yyyy-date-only-chinh-sua-dd-mm-yyyy-hh-mm-plain-introtext-lead-figcaptions-pull-quote-repeats-sentence-nguoi-viet-and-don-vi-template-variables-after-text",
                url=url, art=A17, main_fn=main, pub=pub, prefix="khcm", kb=149,
                org="Hội Khuyến học tỉnh Cà Mau", addr="Số 12 đường Phan Ngọc Hiển, phường An Xuyên, tỉnh Cà Mau", phone="0290.3831.245",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "modx3", "head_extra": head, "items": MEGA_MASS},
                exp=expected(A17, isod(pub), updated=iso(upd), author=BY17, unit=UNIT17, category="Khuyến học cơ sở"),
                traps={"bylines": ["Người viết:", "Đơn vị:"], "chrome": ["Tin cùng chuyên mục", "Tin đọc nhiều", "Số tài khoản tiếp nhận ủng hộ"], "related": lambda rl: rl[:4]},
                notes="MODX Revolution 3 (a stack no set had used) with a vendor's template: the meta list 'Ngày xuất bản: 05/06/2026' (publishedon, DATE ONLY → '2026-06-05') and 'Chỉnh sửa: 06/06/2026 10:12' (editedon → updated T10:12); the PLAIN p.article__introtext = lead (a separate field printed before the text, set 33); the pull quote aside repeats a sentence of the text → not body, the sentence stays once where the text prints it (set 24); two figcaptions; after the text the template variables 'Người viết: Nguyễn Thị Kim Thoa' and 'Đơn vị: Hội Khuyến học xã Tân Thành' → author + unit (a labelled 'Đơn vị:' field is a unit, set 13). Category 'Khuyến học cơ sở' (crumb).",
                readme="MODX 3 (a stack no set had used), a study-promotion association's SCHOLARSHIP CEREMONY: 'Ngày xuất bản: dd/mm/yyyy' (date only) + 'Chỉnh sửa: dd/mm/yyyy HH:MM'; a PLAIN introtext lead; a pull quote repeating a sentence; two figcaptions; labelled 'Người viết:' and 'Đơn vị:' fields after the text")


# ===================================================================== 18 Hội Nạn nhân CĐDC/dioxin thành phố Hải Phòng: Joomla 3.10 + Protostar; the article-info 'Chi tiết' block with 'Được viết bởi Super User', 'Danh mục:', 'Ngày đăng: Thứ năm, 28 Tháng 5 2026 08:50'; no sapo; a unit with a slash; mod_related_items
A18 = Art("Trao 120 suất quà cho trẻ em là nạn nhân chất độc da cam nhân Ngày Quốc tế Thiếu nhi",
          None,
          [("p", "Nhân dịp Ngày Quốc tế Thiếu nhi 1/6, Hội Nạn nhân chất độc da cam/dioxin thành phố phối hợp với Quỹ Bảo trợ trẻ em thành phố tổ chức thăm, tặng 120 suất quà cho trẻ em là nạn nhân chất độc da cam và trẻ em có hoàn cảnh đặc biệt khó khăn."),
           ("p", "Mỗi suất quà gồm 1 triệu đồng tiền mặt, sữa, bánh kẹo và đồ dùng học tập, tổng trị giá hơn 180 triệu đồng. Đoàn đã đến thăm trực tiếp 20 gia đình có con bị di chứng nặng tại các phường Lê Chân, Kiến An và xã An Lão."),
           ("img", "/images/2026/05/trao-qua-1-6.jpg", "Đại diện Hội thăm, tặng quà cháu Vũ Minh Khôi, phường Lê Chân"),
           ("p", "Tại gia đình ông Vũ Văn Thuận, cựu chiến binh, con trai ông là cháu Vũ Minh Khôi bị di chứng chất độc da cam, không tự đi lại được. Món quà của Hội đã động viên gia đình vượt qua khó khăn, tiếp tục chăm sóc, nuôi dạy cháu."),
           ("p", "Năm 2025, các cấp Hội trong thành phố đã vận động được hơn 3,6 tỷ đồng, hỗ trợ xây 6 nhà tình nghĩa, tặng 2.400 suất quà và tổ chức khám bệnh, cấp thuốc miễn phí cho hơn 1.100 lượt nạn nhân."),
           ("img", "/images/2026/05/kham-benh-mien-phi.jpg", "Khám bệnh, cấp thuốc miễn phí cho nạn nhân chất độc da cam tại phường Kiến An")])
BY18, UNIT18 = "Vũ Đức Thịnh", "Hội Nạn nhân CĐDC/dioxin phường Lê Chân"


def page18():
    pub = T("2026-05-28 08:50")
    site = "https://vava.haiphong.org.vn"
    url = f"{site}/index.php/hoat-dong-hoi/612-trao-120-suat-qua-cho-tre-em-la-nan-nhan-chat-doc-da-cam"

    def jd(d):
        return f"{wd(d, lower=True)[0].upper() + wd(d, lower=True)[1:]}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"

    def img(s, c, n):
        return (f'<p style="text-align:center"><img src="{s}" alt="{esc(c, True)}" width="640" /></p><p style="text-align:center"><span style="font-size:10pt"><em>{esc(c)}</em></span></p>')

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in rl[:4])
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h2 itemprop="headline">{esc(A18.title)}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Được viết bởi <span itemprop="name">Super User</span></dd>'
                f'<dd class="category-name">Danh mục: <a href="/index.php/hoat-dong-hoi" itemprop="genre">Hoạt động Hội</a></dd>'
                f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{iso(pub)}" itemprop="datePublished">Ngày đăng: {jd(pub)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:312" />Lượt xem: 312</dd></dl>'
                f'<div itemprop="articleBody">{Art("", None, A18.blocks).render(p=jp, img=img, sep="")}<p style="text-align:right"><strong>{BY18} ({UNIT18})</strong></p></div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Trước</a></li><li class="next"><a href="#" rel="next">Tiếp theo &gt;</a></li></ul></div>'
                f'<div class="moduletable"><h3>Bài viết liên quan</h3><ul class="relateditems">{rel}</ul></div>')

    def side(rng, p):
        return (mostread(rng, p, jd, "Bài mới", "moduletable latestnews", 6, writer_fmt="Được viết bởi {w}")
                + '<div class="moduletable"><h3>Ủng hộ nạn nhân</h3><p>Mọi tấm lòng hảo tâm xin gửi về: Hội Nạn nhân CĐDC/dioxin thành phố Hải Phòng.</p></div>')

    def top(rng, p):
        return '<a class="brand pull-left" href="/"><img src="/images/logo-vava.png" alt="Hội Nạn nhân chất độc da cam/dioxin thành phố Hải Phòng" /></a><div class="header-search pull-right"></div>'

    crumbs = ('<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/hoat-dong-hoi" class="pathway"><span itemprop="name">Hoạt động Hội</span></a><span class="divider"> / </span></li>'
              f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{esc(A18.title)}</span></li></ul>')
    head = og(A18.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><script type="application/json" class="joomla-script-options new">{"csrf.token":"a1b2c3d4e5f60718293a4b5c6d7e8f90","system.paths":{"root":"","base":""}}</script>'
    return page("s35-18", family="agent_orange_victims_association_joomla310_protostar_chi_tiet_info_block_unit_with_slash",
                name="haiphong-hoinannhan-cddc-dioxin-joomla310-protostar-page-header-h2-headline-article-info-chi-tiet-duoc-viet-boi-super-user-danh-muc-ngay-dang-weekday-dd-thang-m-yyyy-hh-mm-no-sapo-centred-em-captions-bold-right-name-unit-with-slash-related-items",
                url=url, art=A18, main_fn=main, pub=pub, prefix="vavahp", kb=142,
                org="Hội Nạn nhân chất độc da cam/dioxin thành phố Hải Phòng", addr="Số 5 đường Lạch Tray, phường Gia Viên, thành phố Hải Phòng", phone="0225.3846.721",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "protostar", "head_extra": head, "items": MEGA_MASS},
                exp=expected(A18, iso(pub), author=BY18, unit=UNIT18, category="Hoạt động Hội"),
                traps={"bylines": ["Được viết bởi Super User"], "chrome": ["Bài viết liên quan", "Bài mới", "Ủng hộ nạn nhân"], "related": lambda rl: rl[:4]},
                notes="Joomla 3.10 with Protostar (core's default Joomla 3 template): the headline is an h2 in div.page-header (no h1 on the page), the article-info block 'Chi tiết' prints 'Được viết bởi Super User' (an account), 'Danh mục: Hoạt động Hội' and 'Ngày đăng: Thứ năm, 28 Tháng 5 2026 08:50' (Joomla's vi DATE_FORMAT_LC2) → T08:50; the <time datetime> agrees. No sapo (lead null). Captions: two centred <em> in small spans. Bold right 'Vũ Đức Thịnh (Hội Nạn nhân CĐDC/dioxin phường Lê Chân)' → author + unit (the slash inside the unit, set 27). mod_related_items 'Bài viết liên quan' and 'Bài mới' with writers are not body. Category 'Hoạt động Hội' (crumb; its last level is the headline).",
                readme="Joomla 3.10 + Protostar, an Agent Orange victims' association's GIFT VISIT for Children's Day: h2 headline in div.page-header (no h1), the 'Chi tiết' info block ('Được viết bởi Super User', 'Danh mục:', 'Ngày đăng: Thứ năm, dd Tháng m yyyy HH:MM'); no sapo; centred <em> captions; bold right 'Name (unit with a slash)'; related items")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
