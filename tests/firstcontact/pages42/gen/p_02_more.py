"""Set 42 pages 10-18: five more common products in variants sets 26-41 did not use (Drupal 6 under a Garland sub-theme
(TWIST: the signature's honorific 'Đ/c' carries a slash, 'Đ/c Name - unit'), the '.dcs.vn' platform's AMP view, a
vendor's ASP.NET WebForms CMS whose detail is an asp:Xml control (TWIST: a Vietnamese weekday beside an en-US short date
'Thứ Năm, 5/6/2027 8:30 AM' — the weekday is the page's only evidence that the date is month first), a press CMS's
opinion template with the writer's box under the headline, Joomla 3.10 + a YOOtheme Warp 7 template) and four stacks no
set had used (Squiz Matrix, Gatsby 5 over Directus, Frappe / ERPNext's website, Tilda)."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, alnum, heads13, heads14, past, dump, twelve
from .kit import og, jsonld, poll
from .shell import MENU_MASS, MENU_NEWS, MENU_GOV
from .base import page, vb_box, mostread, WRITERS33, WRITERS34
from .p_01_pages import MENU_PARTY, jp, fig, expected_, banner, side_of, relbox, lazy

MENU_YOUTH = [
    ("Giới thiệu", ["Lịch sử Đoàn", "Ban Chấp hành", "Ban Thường vụ", "Cơ sở Đoàn"]),
    ("Tin tức", ["Hoạt động Đoàn", "Tình nguyện", "Hội LHTN - Hội Sinh viên", "Đội TNTP"]),
    ("Chiến dịch", ["Thanh niên tình nguyện hè", "Xuân tình nguyện", "Tháng Thanh niên"]),
    ("Gương sáng", ["Thanh niên tiêu biểu", "Khởi nghiệp"]),
    ("Văn bản", ["Văn bản Trung ương Đoàn", "Văn bản Thành đoàn"]),
]
MENU_UNI = [
    ("Giới thiệu", ["Lịch sử", "Sứ mạng - Tầm nhìn", "Cơ cấu tổ chức", "Đảng ủy - Đoàn thể"]),
    ("Tuyển sinh", ["Đại học chính quy", "Sau đại học", "Hỏi đáp tuyển sinh"]),
    ("Đào tạo", ["Chương trình đào tạo", "Lịch học", "Cổng sinh viên"]),
    ("Nghiên cứu", ["Đề tài", "Công bố khoa học", "Hợp tác quốc tế"]),
    ("Tin tức", ["Tin tức chung", "Hoạt động Đảng - Đoàn thể", "Sự kiện"]),
]


# ===================================================================== 10 Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng: Drupal 6 + a Garland sub-theme; TWIST 'Đ/c Name - unit' (an honorific with a slash)
A10 = Art("Kinh nghiệm nâng cao chất lượng sinh hoạt chi bộ ở bản vùng cao",
          "Từ một chi bộ nhiều năm chỉ hoàn thành nhiệm vụ, Chi bộ bản Nà Lốc đã ba năm liền hoàn thành tốt nhiệm vụ nhờ đổi mới cách sinh hoạt, gắn nội dung sinh hoạt với những việc cụ thể của bản.",
          [("p", "Chi bộ bản Nà Lốc có 19 đảng viên, sinh hoạt ở địa bàn 86 hộ đồng bào Tày, Nùng. Trước đây, sinh hoạt chi bộ chủ yếu là đọc văn bản, phân công công việc chung chung, nhiều đảng viên lớn tuổi ngại phát biểu."),
           ("h", "Chọn một việc, làm đến cùng"),
           ("p", "Từ năm 2024, chi bộ thống nhất mỗi kỳ sinh hoạt chỉ chọn một việc trọng tâm của bản để bàn kỹ, như làm đường bê tông nội bản, chuyển đổi cây trồng, vận động con em đi học đầy đủ. Mỗi việc đều giao đảng viên phụ trách và kiểm điểm tiến độ ở kỳ sinh hoạt sau."),
           ("p", "Nhờ cách làm này, năm 2026 bản đã làm được 1,2 km đường bê tông, trong đó Nhân dân hiến 1.800 m2 đất và đóng góp hơn 600 ngày công."),
           ("img", "/sites/default/files/2027/05/duong-be-tong-ban-na-loc.jpg", "Tuyến đường bê tông nội bản Nà Lốc do Nhân dân hiến đất, góp công xây dựng"),
           ("h", "Sinh hoạt bằng tiếng dân tộc, họp ở nhà văn hóa"),
           ("p", "Với những nội dung khó, chi bộ mời cán bộ xã về trao đổi, giải thích bằng tiếng Tày; kỳ sinh hoạt nào có nội dung liên quan đến người dân thì họp mở rộng tại nhà văn hóa bản để bà con cùng nghe, cùng bàn."),
           ("p", "Theo đánh giá của Đảng ủy xã Quảng Lâm, mô hình của Chi bộ bản Nà Lốc đang được nhân rộng ra 14 chi bộ bản khác trong xã.")])
SIGN10, WRITER10, UNIT10 = "Đ/c Nông Văn Minh - Chi bộ bản Nà Lốc", "Nông Văn Minh", "Chi bộ bản Nà Lốc"


def page10():
    pub = T("2027-05-13 10:12")
    site = "https://tuyengiaocaobang.org.vn"
    url = f"{site}/xay-dung-dang/kinh-nghiem-nang-cao-chat-luong-sinh-hoat-chi-bo-o-ban-vung-cao"
    short = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    d6 = lambda d: f"{short[d.weekday()]}, {dmy(d)} - {hm(d)}"
    nb = "&nbsp;" * 3

    def p(t):
        return f'<p style="text-align: justify;">{nb} {esc(t)}</p>'

    def img(s, c, n):
        return f'<p style="text-align: center;"><img width="560" height="373" alt="" src="{s}" /></p><p style="text-align: center;"><em>{esc(c)}</em></p>'

    def main(rng, rl, rd):
        return (f'<h2>{esc(A10.title)}</h2><div class="clear-block"><div id="node-1873" class="node">'
                f'<span class="submitted">{d6(pub)} — bientap_btg</span>'
                f'<div class="content clear-block"><div class="field field-type-text field-field-tomtat"><div class="field-items"><div class="field-item odd"><p><strong>{esc(A10.lead)}</strong></p></div></div></div>'
                f'{A10.render(p=p, img=img, h=lambda t: f"<p><strong>{esc(t)}</strong></p>", sep="")}'
                f'<p style="text-align: right;"><strong>{esc(SIGN10)}</strong></p></div>'
                f'<div class="clear-block"><div class="meta"><div class="terms"><ul class="links inline"><li class="taxonomy_term_12 first"><a href="/xay-dung-dang" rel="tag" title="">Xây dựng Đảng</a></li>'
                f'<li class="taxonomy_term_88"><a href="/tu-khoa/sinh-hoat-chi-bo" rel="tag" title="">sinh hoạt chi bộ</a></li><li class="taxonomy_term_140 last"><a href="/tu-khoa/vung-cao" rel="tag" title="">vùng cao</a></li></ul></div></div>'
                f'<div class="links"><ul class="links inline"><li class="print_html first"><a href="/print/1873" title="Hiển thị bản in thân thiện của trang này." class="print-page">Bản in thân thiện</a></li>'
                f'<li class="forward_links"><a href="/forward?path=node/1873" title="Gửi trang này cho bạn bè" class="forward-page">Gửi cho bạn bè</a></li><li class="statistics_counter last"><span>356 lượt đọc</span></li></ul></div></div></div></div>')

    def side(rng, p):
        ds = past(p, rng, 6, 0, 10)
        items = "".join(f'<div class="views-row"><div class="views-field-title"><span class="field-content"><a href="#">{esc(t)}</a></span></div>'
                        f'<div class="views-field-created"><span class="field-content">{dmy(d)} - {hm(d)}</span></div></div>' for t, d in zip(heads14(rng, 6, avoid=[A10.title]), ds))
        return (f'<div class="block block-views" id="block-views-tin_moi-block_1"><h2>Tin mới</h2><div class="content"><div class="view view-tin-moi">{items}</div></div></div>'
                + '<div class="block block-poll" id="block-poll-0"><h2>Thăm dò ý kiến</h2><div class="content">'
                + poll("Đồng chí đánh giá thế nào về chất lượng sinh hoạt chi bộ nơi mình sinh hoạt?", ["Tốt", "Khá", "Cần đổi mới"], cls="poll")
                + '</div></div><div class="block block-user" id="block-user-3"><h2>Ai đang trực tuyến</h2><div class="content">Hiện có 0 thành viên và 12 khách trực tuyến.</div></div>')

    top = ('<h1><a href="/" title="Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng"><img src="/sites/all/themes/btgcb/logo.png" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng" id="logo" />'
           '<span>Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng</span></a></h1>')
    crumbs = '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/xay-dung-dang">Xây dựng Đảng</a></div>'
    head = ('<meta name="generator" content="Drupal 6 (http://drupal.org)" /><link rel="shortcut icon" href="/sites/all/themes/btgcb/favicon.ico" type="image/x-icon" />'
            + '<script type="text/javascript">jQuery.extend(Drupal.settings, { "basePath": "/", "googleanalytics": { "trackOutbound": 1 } });</script>' + og(A10.title, url))
    today = pub + timedelta(days=2)
    return page("s42-10", family="propaganda_board_drupal6_garland_subtheme_honorific_slash_signature",
                name="caobang-btgdv-drupal6-garland-subtheme-site-name-h1-page-title-h2-submitted-t5-dd-mm-yyyy-dash-hh-mm-em-dash-account-cck-tomtat-bold-lead-nbsp-indents-bold-subheads-signature-dc-slash-name-dash-chi-bo-terms-mixed",
                url=url, art=A10, main_fn=main, pub=pub, prefix="btgcb", kb=154,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng", addr="Số 10 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng", phone="0206.3852.248",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "d6garland", "head_extra": head, "items": MENU_PARTY, "left": f'<div class="today">{wd(today)}, {dmy(today)}</div>'},
                exp=expected_(A10, iso(pub), author=WRITER10, unit=UNIT10, category="Xây dựng Đảng"),
                traps={"byline": [SIGN10, "Đ/c Nông Văn Minh"], "account": ["bientap_btg"], "chrome": ["Bản in thân thiện", "Gửi cho bạn bè", "356 lượt đọc", "Ai đang trực tuyến", "Thăm dò ý kiến"],
                       "site": ["Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng"]},
                notes="TWIST — Drupal 6 never upgraded, a vendor sub-theme of Garland: the site's name in the h1 of #logo-floater, the page title an h2 in #squeeze → title. The text, an experience article written by a village Party cell's secretary, is signed (bold, right) 'Đ/c Nông Văn Minh - Chi bộ bản Nà Lốc'. 'Đ/c' is the written abbreviation of 'đồng chí' (comrade) — a form of address printed before the name, as a rank is — so it is dropped (sets 26/38: ranks and posts before a name are dropped), and its SLASH is no writer/unit separator → author 'Nông Văn Minh', author_unit 'Chi bộ bản Nà Lốc' (' - ' between the name and the cell). A reader that splits 'Name/unit' at the slash (set 32's '/' rule) stores author 'Đ' and the rest as the unit; one that keeps what is printed stores 'Đ/c Nông Văn Minh'. NEW (set 42). The rest: the node's submitted line is Garland's 'date — account': 'T5, 13/05/2027 - 10:12 — bientap_btg' (the site's medium format 'D, d/m/Y - H:i' under the vi translation, 'T5' = Thursday, the day unambiguous) → 2027-05-13T10:12; the account after the em dash is not the author. A CCK text field 'Tóm tắt' (bold) → lead. Paragraphs indented with runs of &nbsp;; two bold sub-headings (body); a picture with a centred <em> caption. The terms list mixes the section vocabulary ('Xây dựng Đảng') with free tags ('sinh hoạt chi bộ', 'vùng cao'); the breadcrumb 'Trang chủ › Xây dựng Đảng' names the section → category 'Xây dựng Đảng'. Node links (print, forward, '356 lượt đọc'), a views block of new items with 'dd/mm/yyyy - HH:MM', a poll and the who's-online block are not body.",
                readme="TWIST — Drupal 6 + a Garland sub-theme, a village Party cell's experience: the site name in the h1, the title an h2; 'T5, dd/mm/yyyy - HH:MM — <account>'; a CCK 'Tóm tắt' lead; &nbsp; indents and bold sub-headings; the signature 'Đ/c Name - unit' — 'Đ/c' (đồng chí) is a form of address and its slash no separator; terms mixing the section and tags")


# ===================================================================== 11 Tỉnh ủy Thái Nguyên: the '.dcs.vn' platform's AMP view; the section label over the h1; 'A - B (unit)'
A11 = Art("Ban Thường vụ Tỉnh ủy cho ý kiến vào đề án nâng cao chất lượng đội ngũ bí thư chi bộ",
          "Chiều 10/6, đồng chí Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến vào Đề án nâng cao chất lượng đội ngũ bí thư chi bộ giai đoạn 2027 - 2030.",
          [("p", "Theo tờ trình của Ban Tổ chức Tỉnh ủy, toàn Đảng bộ tỉnh hiện có 2.146 chi bộ trực thuộc đảng ủy cơ sở; 31% bí thư chi bộ thôn, tổ dân phố trên 60 tuổi, 12% chưa qua đào tạo lý luận chính trị sơ cấp."),
           ("p", "Đề án đặt mục tiêu đến năm 2030, 100% bí thư chi bộ được bồi dưỡng nghiệp vụ công tác đảng, ít nhất 70% bí thư chi bộ thôn, tổ dân phố đồng thời là trưởng thôn, tổ trưởng tổ dân phố; tỷ lệ bí thư chi bộ dưới 45 tuổi đạt trên 30%."),
           ("img", "/Uploads/images/2027/06/10/bi-thu-tinh-uy-ket-luan-de-an-bi-thu-chi-bo.jpg", "Đồng chí Bí thư Tỉnh ủy phát biểu kết luận hội nghị"),
           ("p", "Các đại biểu cơ bản thống nhất với dự thảo; đề nghị làm rõ cơ chế hỗ trợ, phụ cấp cho bí thư chi bộ kiêm trưởng thôn, lộ trình đào tạo đối với bí thư chi bộ ở vùng đồng bào dân tộc thiểu số."),
           ("p", "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy giao Ban Tổ chức Tỉnh ủy tiếp thu ý kiến, hoàn thiện đề án trình Hội nghị Ban Chấp hành Đảng bộ tỉnh vào tháng 7/2027.")])
WRITERS11, UNIT11 = ["Thanh Hà", "Quốc Việt"], "Trung tâm Truyền thông tỉnh"
SIGN11 = f"{' - '.join(WRITERS11)} ({UNIT11})"


def page11():
    pub = T("2027-06-10 17:45")
    site = "https://thainguyen.dcs.vn"
    url = f"{site}/amp/tin-tuc/21874/ban-thuong-vu-tinh-uy-cho-y-kien-vao-de-an-nang-cao-chat-luong-doi-ngu-bi-thu-chi-bo.html"
    canon = url.replace("/amp/", "/")

    def img(s, c, n):
        return f'<figure class="amp-fig"><amp-img src="{s}" width="800" height="533" layout="responsive" alt="{esc(c, True)}"></amp-img><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        return (f'<div class="amp-section"><a href="/hoat-dong-cua-tinh-uy.html">Hoạt động của Tỉnh ủy</a></div><h1 class="amp-title">{esc(A11.title)}</h1>'
                f'<div class="amp-meta"><span class="amp-date">{dmy(pub)} | {hm(pub)}</span></div>'
                f'<div class="amp-share"><amp-social-share type="facebook" width="32" height="32" data-param-app_id="0"></amp-social-share><amp-social-share type="zalo" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>'
                f'<div class="amp-sapo"><strong>{esc(A11.lead)}</strong></div><div class="amp-content">{A11.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}'
                f'<p style="text-align:right"><strong>{esc(SIGN11)}</strong></p></div>'
                f'<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></amp-ad>'
                f'<p class="amp-full"><a href="{canon}">Xem bản đầy đủ</a></p>')

    def side(rng, p):
        ds = past(p, rng, 5, 0, 8)
        items = "".join(f'<li><a href="/amp/tin-tuc/{rng.randint(21000, 21873)}/{slug(t)[:50]}.html"><amp-img src="/Uploads/thumbs/{hexid(rng, 10)}.jpg" width="120" height="80" layout="fixed" alt=""></amp-img>'
                        f'<span class="amp-rel-title">{esc(t)}</span></a><span class="amp-rel-date">{dmy(d)} | {hm(d)}</span></li>' for t, d in zip(heads13(rng, 5), ds))
        return f'<h3 class="amp-more-title">Tin liên quan</h3><ul class="amp-rel">{items}</ul>'

    head = (f'<link rel="canonical" href="{canon}" /><script async src="https://cdn.ampproject.org/v0.js"></script>'
            '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script><script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>'
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script><script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>'
            '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
            '<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A11.title, "datePublished": "2027-06-10T17:45:00+07:00", "mainEntityOfPage": canon,
                      "publisher": {"@type": "Organization", "name": "Tỉnh ủy Thái Nguyên"}})
            + '<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-TNDCS27","config":{"G-TNDCS27":{"groups":"default"}}}}</script></amp-analytics>')
    today = pub + timedelta(hours=16)
    return page("s42-11", family="provincial_party_committee_dcs_amp_view_section_label_two_writers_one_unit",
                name="thainguyen-tinhuy-dcs-vn-amp-view-amp-sidebar-section-label-hoat-dong-cua-tinh-uy-h1-dd-mm-yyyy-pipe-hh-mm-amp-social-share-bold-sapo-amp-img-figcaption-a-dash-b-paren-unit-amp-ad-xem-ban-day-du-related-amp-img",
                url=url, art=A11, main_fn=main, pub=pub, prefix="tutn", kb=148,
                org="Tỉnh ủy Thái Nguyên", addr="Số 1 đường Nha Trang, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.219",
                crumbs="", top='<amp-img src="/Content/amp/logo-tinh-uy.png" width="220" height="40" alt="Tỉnh ủy Thái Nguyên"></amp-img>', side=side,
                shell_kw={"layout": "dcs_amp", "head_extra": head, "items": MENU_PARTY, "left": f"{dmy(today)}"},
                exp=expected_(A11, iso(pub), author=", ".join(WRITERS11), unit=UNIT11, category="Hoạt động của Tỉnh ủy"),
                traps={"byline": [SIGN11], "chrome": ["Xem bản đầy đủ", "Tin liên quan"]},
                notes="The '.dcs.vn' platform's AMP view of a news item (/amp/tin-tuc/<id>/<slug>.html; canonical to the normal detail): no breadcrumb, the menu in an amp-sidebar, the section printed as a label over the h1 ('Hoạt động của Tỉnh ủy' → category); the header prints the crawl day alone. Stamp 'dd/mm/yyyy | HH:MM' → 2027-06-10T17:45 (the JSON-LD agrees). Bold sapo → lead; pictures are amp-img in a figure with a figcaption; amp-social-share buttons, an amp-ad slot and 'Xem bản đầy đủ' are chrome. Signature 'Thanh Hà - Quốc Việt (Trung tâm Truyền thông tỉnh)' → author 'Thanh Hà, Quốc Việt', the unit once (set 28) — the same media centre that page 3 prints after a photographer is here the writers' unit. 'Tin liên quan' (amp-img thumbnails, days and times) is not body.",
                readme="The '.dcs.vn' platform's AMP view, a Standing Committee meeting: no crumb, the section label over the h1; 'dd/mm/yyyy | HH:MM'; bold sapo; amp-img figures with figcaptions; amp-social-share, amp-ad, 'Xem bản đầy đủ'; 'A - B (unit)'")


# ===================================================================== 12 Đảng ủy xã Tân Hòa (Tây Ninh): a WebForms CMS, the detail an asp:Xml (XSLT) control; TWIST 'Thứ Năm, 5/6/2027 8:30 AM' (a Vietnamese weekday beside an en-US short date)
A12 = Art("Ông Sáu Định và con đường bê tông mang tên đồng thuận",
          "Ở tuổi 72, với 45 năm tuổi Đảng, ông Nguyễn Văn Định (thường gọi là Sáu Định), đảng viên Chi bộ ấp Tân Định, vẫn miệt mài vận động bà con hiến đất, góp công làm đường, xây dựng ấp văn minh.",
          [("p", "Năm 2025, khi ấp triển khai mở rộng tuyến đường liên ấp dài 2,4 km, nhiều hộ còn băn khoăn vì phải hiến một phần đất vườn. Ông Sáu Định là người đầu tiên tự nguyện hiến 320 m2 đất, tháo dỡ hàng rào, chặt bỏ 40 gốc cao su đang cho mủ."),
           ("p", "“Mình là đảng viên, mình làm trước thì bà con mới tin”, ông nói. Những buổi tối, ông cùng Bí thư Chi bộ đến từng nhà vận động; với những hộ còn khó khăn, ông góp tiền thuê người giúp dỡ hàng rào."),
           ("img", "/Upload/TinTuc/2027/ong-sau-dinh-kiem-tra-tuyen-duong.jpg", "Ông Nguyễn Văn Định (bìa phải) cùng cán bộ ấp kiểm tra tuyến đường"),
           ("p", "Sau sáu tháng, 58 hộ dân đã hiến hơn 6.000 m2 đất; tuyến đường được bê tông hóa rộng 6 m, có đèn chiếu sáng. Bà con trong ấp gọi đó là “con đường đồng thuận”."),
           ("p", "Không chỉ vận động hiến đất, ông còn là tổ trưởng tổ hòa giải của ấp, nhiều năm liền được Ủy ban nhân dân xã tặng giấy khen. Năm nay, ông được Đảng ủy xã đề nghị biểu dương là đảng viên tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")])
SIGN12, WRITER12, UNIT12 = "Bài: Trần Thị Mỹ Linh - Văn phòng Đảng ủy xã", "Trần Thị Mỹ Linh", "Văn phòng Đảng ủy xã"


def us_short(d):
    """.NET's ToShortDateString() + ToShortTimeString() under en-US: 'M/d/yyyy h:mm tt'."""
    return f"{d.month}/{d.day}/{d.year} {twelve(d, am='AM', pm='PM')}"


def page12():
    pub = T("2027-05-06 08:30")
    site = "https://danguytanhoa.tayninh.gov.vn"
    url = f"{site}/ChiTietTin.aspx?id=1186&cat=14"

    def img(s, c, n):
        return (f'<table class="xsl-anh" align="center" cellpadding="3" cellspacing="0" border="0" width="520"><tr><td align="center"><img src="{s}" width="520" border="0" alt="" /></td></tr>'
                f'<tr><td align="center" class="xsl-chuthich"><i>{esc(c)}</i></td></tr></table>')

    def main(rng, rl, rd):
        # the other items' days are printed by the same en-US culture; every one of them is ambiguous (day and month both <= 12)
        others = [("Đảng ủy xã sơ kết công tác quý I và triển khai nhiệm vụ quý II", T("2027-05-04 15:10")), ("Chi bộ ấp Tân Lợi sinh hoạt chuyên đề về chuyển đổi số", T("2027-05-03 09:00")),
                  ("Trao Huy hiệu 40 năm tuổi Đảng cho 3 đảng viên", T("2027-04-06 10:20")), ("Ra mắt mô hình “Ấp văn minh, an toàn” tại ấp Tân Định", T("2027-04-05 16:00"))]
        oth = "".join(f'<li><a href="/ChiTietTin.aspx?id={1180 - i}&amp;cat=14">{esc(t)}</a> <span class="xsl-ngay">({d.month}/{d.day}/{d.year})</span></li>' for i, (t, d) in enumerate(others))
        return (f'<div class="xsl-tin"><h1 class="xsl-tieude">{esc(A12.title)}</h1><div class="xsl-ngaydang"><span id="ctl00_cphMain_lblNgayDang">{wd(pub)}, {us_short(pub)}</span></div>'
                f'<div class="xsl-tomtat"><i>{esc(A12.lead)}</i></div><div class="xsl-noidung">{A12.render(p=jp, img=img, sep="")}</div>'
                f'<div class="xsl-tacgia" align="right"><b>{esc(SIGN12)}</b></div>'
                f'<div class="xsl-congcu"><a href="javascript:window.print();">In tin</a> | <a href="#">Gửi tin</a> | <a href="javascript:history.back();">Trở về</a></div></div>'
                f'<div class="xsl-tinkhac"><div class="xsl-tinkhac-tieude">Các tin khác</div><ul>{oth}</ul></div>')

    def side(rng, p):
        return ('<div class="xa-box"><div class="xa-box-title">Gương điển hình</div><ul>'
                + "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in ["Nữ bí thư chi bộ trẻ ở ấp biên giới", "Người thương binh làm giàu từ vườn cây ăn trái", "Cựu chiến binh giúp hộ nghèo vay vốn không lấy lãi"])
                + '</ul></div><div class="xa-box"><div class="xa-box-title">Liên kết website</div><select onchange="window.open(this.value)"><option>-- Chọn --</option><option value="https://tayninh.gov.example">Cổng TTĐT tỉnh</option></select></div>'
                + '<div class="xa-box"><div class="xa-box-title">Thống kê truy cập</div><p>Đang online: 14</p><p>Tổng lượt: 208.415</p></div>')

    left = ('<div class="xa-box"><div class="xa-box-title">Danh mục</div><ul class="xa-danhmuc">'
            + "".join(f'<li><a href="/DanhMuc.aspx?cat={i}">{esc(x)}</a></li>' for i, x in enumerate(["Giới thiệu", "Tin hoạt động", "Xây dựng Đảng", "Gương điển hình", "Văn bản", "Hỏi đáp"], 10))
            + "</ul></div>")
    crumbs = '<div class="xsl-duongdan"><a href="/">Trang chủ</a> / <a href="/DanhMuc.aspx?cat=14">Gương điển hình</a></div>'
    head = '<meta name="keywords" content="Đảng ủy xã Tân Hòa, gương điển hình" /><meta name="description" content="' + esc(A12.lead, True) + '" />'
    return page("s42-12", family="commune_party_aspnet_webforms_asp_xml_xslt_weekday_beside_en_us_date",
                name="tayninh-danguyxatanhoa-aspnet-webforms-asp-xml-xslt-detail-h1-lblngaydang-weekday-comma-m-d-yyyy-h-mm-am-en-us-culture-italic-lead-profile-picture-table-caption-row-bai-name-dash-unit-cac-tin-khac-ambiguous-dates",
                url=url, art=A12, main_fn=main, pub=pub, prefix="dutanhoa", kb=204,
                org="Đảng ủy xã Tân Hòa", addr="Ấp Tân Định, xã Tân Hòa, tỉnh Tây Ninh", phone="0276.3875.114",
                crumbs=crumbs, top=banner("/Images/banner-dang-uy-xa.jpg", "Trang thông tin điện tử Đảng ủy xã Tân Hòa"), side=side,
                shell_kw={"layout": "wfxml", "head_extra": head, "items": MENU_PARTY, "form": True, "left": left},
                exp=expected_(A12, iso(pub), author=WRITER12, unit=UNIT12, category="Gương điển hình"),
                traps={"byline": [SIGN12], "chrome": ["Các tin khác", "In tin", "Thống kê truy cập", "Liên kết website"],
                       "other": ["Đảng ủy xã sơ kết công tác quý I và triển khai nhiệm vụ quý II", "Nữ bí thư chi bộ trẻ ở ấp biên giới"]},
                notes="TWIST — a local vendor's ASP.NET WebForms CMS (.NET 4) whose detail is an asp:Xml control transforming the item with an XSLT; the server's culture was left at en-US. The vendor's code prints span#ctl00_cphMain_lblNgayDang as ITS OWN Vietnamese weekday followed by .NET's short date and time: 'Thứ Năm, 5/6/2027 8:30 AM' — M/d/yyyy h:mm tt. Read day first, 5/6/2027 is Saturday 5 June 2027; the page itself says Thursday, and Thursday is 6 May 2027 → published 2027-05-06T08:30 (AM = a.m., set 29). Nothing else on the page settles the order: no culture marker, no machine date, no day above 12 anywhere (the 'Các tin khác' days '(5/4/2027)', '(5/3/2027)', '(4/6/2027)', '(4/5/2027)' fit both readings), no header clock, and the profile's text names no day. A reader that reads d/m as always (set 36: without evidence, day first) stores 5 June — a month late and a Saturday — without any sign of failure. The weekday printed in the stamp is the page's own evidence (set 36's list extended). NEW (set 42). QUESTIONABLE only in that a careless vendor could print a wrong weekday; here the weekday is computed from the same DateTime. The rest: italic lead; a picture table with its caption row; 'Bài: Trần Thị Mỹ Linh - Văn phòng Đảng ủy xã' → author + unit. Category 'Gương điển hình' (the XSLT's crumb 'Trang chủ / Gương điển hình'; the left column's 'Danh mục' menu and the right box of the same name are navigation).",
                readme="TWIST — a WebForms CMS whose detail is an asp:Xml (XSLT) control, a profile of a model Party member: 'Thứ Năm, 5/6/2027 8:30 AM' — the vendor's Vietnamese weekday beside an en-US short date; the weekday is the only evidence that it is month first (6 May, a Thursday; 5 June is a Saturday); ambiguous days in 'Các tin khác'; italic lead; 'Bài: Name - unit'")


# ===================================================================== 13 Báo và PT-TH Quảng Trị: a press CMS's OPINION template; the writer's box under the headline (name + unit); a pull quote; 'Bài cùng tác giả'
A13 = Art("Không để “nhờn thuốc” trong tự phê bình và phê bình",
          "Tự phê bình và phê bình là quy luật phát triển của Đảng. Nhưng nếu thực hiện theo kiểu “dĩ hòa vi quý”, nói cho có, thì vũ khí sắc bén ấy sẽ bị “nhờn thuốc”, mất tác dụng.",
          [("p", "Chủ tịch Hồ Chí Minh từng căn dặn: “Một Đảng mà giấu giếm khuyết điểm của mình là một Đảng hỏng. Một Đảng có gan thừa nhận khuyết điểm của mình, vạch rõ những cái đó vì đâu mà có khuyết điểm đó… rồi tìm kiếm mọi cách để sửa chữa khuyết điểm đó. Như thế là một Đảng tiến bộ, mạnh dạn, chắc chắn, chân chính”."),
           ("h", "Khi phê bình trở thành thủ tục"),
           ("p", "Thực tế ở không ít chi bộ, kỳ kiểm điểm cuối năm diễn ra nhanh gọn: bản kiểm điểm viết theo mẫu, ý kiến góp ý chủ yếu là “đồng ý với bản tự kiểm điểm”, khuyết điểm nêu ra chung chung như “đôi lúc chưa mạnh dạn”, “việc học tập nghị quyết có lúc chưa thường xuyên”."),
           ("p", "Có nơi, đảng viên ngại va chạm, sợ “mất lòng” nên im lặng; có nơi, người đứng đầu thiếu gương mẫu, không muốn nghe ý kiến trái chiều. Khi phê bình trở thành thủ tục, những hạn chế thật sự không được chỉ ra, và vì thế cũng không được sửa chữa."),
           ("img", "/Uploads/images/2027/06/sinh-hoat-chi-bo-kiem-diem.jpg", "Một buổi sinh hoạt chi bộ có nội dung tự phê bình và phê bình (ảnh minh họa)"),
           ("h", "Cần “liều thuốc” đúng và đủ"),
           ("p", "Để tự phê bình và phê bình không bị “nhờn thuốc”, trước hết cấp ủy phải chuẩn bị kỹ, gợi mở nội dung gắn với từng vụ việc, từng nhiệm vụ cụ thể; người đứng đầu phải gương mẫu tự phê bình trước, khuyến khích đảng viên nói thẳng, nói thật."),
           ("p", "Cùng với đó, cần xử lý nghiêm những trường hợp lợi dụng phê bình để nói xấu, gây mất đoàn kết; đồng thời bảo vệ những đảng viên dám đấu tranh với cái sai. Kết quả kiểm điểm phải được theo dõi, đánh giá ở những kỳ sinh hoạt tiếp theo, tránh tình trạng “kiểm điểm xong là hết”."),
           ("p", "Tự phê bình và phê bình chỉ thực sự là “vũ khí sắc bén” khi mỗi cán bộ, đảng viên coi đó là nhu cầu tự thân, là cách để mình tốt hơn, tổ chức đảng trong sạch, vững mạnh hơn.")])
AUTH13, AUNIT13 = "TS. Lê Văn Hòa", "Trường Chính trị tỉnh"
QUOTE13 = "Khi phê bình trở thành thủ tục, những hạn chế thật sự không được chỉ ra, và vì thế cũng không được sửa chữa."


def page13():
    pub, upd = T("2027-06-15 05:30"), T("2027-06-15 07:12")
    site = "https://baoquangtri.vn"
    url = f"{site}/chinh-tri/xay-dung-dang/khong-de-nhon-thuoc-trong-tu-phe-binh-va-phe-binh-212406.htm"
    tf = lambda d: f"{hm(d)} - {dmy(d)}"

    def img(s, c, n):
        return f'<figure class="expNoEdit"><img src="{s}" alt="{esc(c, True)}" data-original="{s}" /><figcaption class="image-caption">{esc(c)}</figcaption></figure>'

    def h(t):
        return f'<h3 class="detail-subtitle">{esc(t)}</h3>'

    def main(rng, rl, rd):
        body = A13.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, h=h, sep="")
        # the template's pull quote, after the first sub-section; an empty paragraph the editor left after the picture
        body = body.replace(f"<p>{esc(QUOTE13)}</p>", f'<p>{esc(QUOTE13)}</p><blockquote class="detail-pullquote"><p>{esc(QUOTE13)}</p></blockquote>', 1)
        body = body.replace("</figure>", "</figure><p>&nbsp;</p>", 1)
        same = "".join(f'<li><a href="{site}/chinh-tri/xay-dung-dang/{slug(t)[:50]}-{rng.randint(200000, 212000)}.htm">{esc(t)}</a> <span class="time">{tf(d)}</span></li>'
                       for t, d in zip(["Giữ “lửa” sinh hoạt chi bộ ở khu dân cư", "Nêu gương không phải là khẩu hiệu", "Đảng viên trẻ và trách nhiệm trên không gian mạng"],
                                       [T("2027-05-18 05:30"), T("2027-04-20 06:00"), T("2027-03-16 05:45")]))
        return (f'<div class="detail-head"><span class="detail-kicker">CHÍNH LUẬN</span><h1 class="detail-title">{esc(A13.title)}</h1>'
                f'<div class="detail-author-top"><img class="author-avatar" src="/Uploads/authors/le-van-hoa.jpg" alt="" /><div class="author-info"><div class="author-name"><a href="{site}/tac-gia/le-van-hoa.htm">{esc(AUTH13)}</a></div>'
                f'<div class="author-unit">{esc(AUNIT13)}</div></div></div>'
                f'<div class="detail-meta"><span class="detail-time">{tf(pub)}</span> <span class="detail-update">Cập nhật: {tf(upd)}</span></div></div>'
                f'<h2 class="detail-sapo">{esc(A13.lead)}</h2><div class="detail-content">{body}</div>'
                f'<div class="detail-tags"><span>Từ khóa:</span> <a href="#">tự phê bình và phê bình</a> <a href="#">sinh hoạt chi bộ</a> <a href="#">xây dựng Đảng</a></div>'
                f'<div class="detail-same-author"><h3 class="box-title">Bài cùng tác giả</h3><ul>{same}</ul></div>')

    def side(rng, p):
        return (mostread(rng, p, tf, "Đọc nhiều", "rail-most", 6, writers=WRITERS34)
                + '<div class="rail-epaper"><h3>Báo in</h3><p>Số 4.512 - Thứ Ba, 15/6/2027</p><a href="#">Đọc báo in</a></div>')

    crumbs = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri.htm">Chính trị</a></li><li class="active"><a href="/chinh-tri/xay-dung-dang.htm">Xây dựng Đảng</a></li></ul>')
    head = (og(A13.title, url, {"og:description": A13.lead, "article:published_time": iso(pub), "article:modified_time": iso(upd), "article:author": AUTH13})
            + jsonld({"@context": "https://schema.org", "@type": "OpinionNewsArticle", "headline": A13.title, "datePublished": iso(pub), "dateModified": iso(upd),
                      "author": {"@type": "Person", "name": AUTH13, "affiliation": AUNIT13}, "publisher": {"@type": "NewsMediaOrganization", "name": "Báo và Phát thanh, Truyền hình Quảng Trị"}}))
    today = pub + timedelta(hours=6)
    return page("s42-13", family="merged_press_agency_opinion_template_writer_box_under_headline",
                name="quangtri-bao-va-ptth-press-cms-opinion-template-chinh-luan-kicker-h1-writer-box-avatar-ts-name-unit-line-hh-mm-dash-dd-mm-yyyy-cap-nhat-h2-sapo-h3-subheads-pull-quote-empty-p-figcaption-bai-cung-tac-gia",
                url=url, art=A13, main_fn=main, pub=pub, prefix="bqt", kb=272,
                org="Báo và Phát thanh, Truyền hình Quảng Trị", addr="Số 38 đường Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị", phone="0233.3852.308",
                crumbs=crumbs, top=banner("/Content/images/logo-bao-quang-tri.png", "Báo và Phát thanh, Truyền hình Quảng Trị"), side=side,
                shell_kw={"layout": "press_opinion", "head_extra": head, "items": MENU_NEWS, "left": f'<span class="topbar-date">{wd(today)}, {dmy(today)}</span> <span class="topbar-weather">Đồng Hới 31°C</span>'},
                exp=expected_(A13, iso(pub), updated=iso(upd), author=AUTH13, unit=AUNIT13, category="Xây dựng Đảng"),
                traps={"kicker": ["CHÍNH LUẬN"], "boxes": ["Bài cùng tác giả", "Giữ “lửa” sinh hoạt chi bộ ở khu dân cư", "Nêu gương không phải là khẩu hiệu", "Báo in", "Số 4.512 - Thứ Ba, 15/6/2027"],
                       "chrome": ["Đọc nhiều", "Từ khóa:"]},
                notes="A merged provincial press agency's CMS, the OPINION template ('Chính luận'): a genre kicker 'CHÍNH LUẬN' over the h1 (a form label, not the category, set 27); under the headline the WRITER'S BOX — an avatar, the name link 'TS. Lê Văn Hòa' and a line 'Trường Chính trị tỉnh' → author 'TS. Lê Văn Hòa' (degree kept), author_unit 'Trường Chính trị tỉnh' (set 32: a unit under the name is the unit). QUESTIONABLE: set 34 made an author CARD after the text a profile whose post line is no unit; this box is the template's byline (the only credit, printed where the byline goes, naming a body, not a post), and og / JSON-LD name the same person and affiliation. Stamps time first: '05:30 - 15/06/2027' + 'Cập nhật: 07:12 - 15/06/2027' → published T05:30, updated T07:12. h2 sapo → lead. Two h3 sub-headings (body); the template's pull quote repeats a sentence of the text → not body, the sentence stays once (set 24); an empty <p>&nbsp;</p> after the figure; a figcaption ending '(ảnh minh họa)' (caption kept whole). Category 'Xây dựng Đảng' (crumb). Not body: tags, 'Bài cùng tác giả' (the writer's other items with their stamps), the most-read rail with stamps and writers, the print edition box (its 'Thứ Ba, 15/6/2027' is the paper's issue day).",
                readme="A press CMS's OPINION template: a 'CHÍNH LUẬN' kicker; the writer's box under the h1 (avatar, 'TS. Name', a unit line) as the only byline (QUESTIONABLE against set 34's profile card); 'HH:MM - dd/mm/yyyy' + 'Cập nhật: HH:MM - dd/mm/yyyy'; h2 sapo; h3 sub-headings; a pull quote; an empty paragraph; 'Bài cùng tác giả'")


# ===================================================================== 14 Hội Luật gia tỉnh Vĩnh Long: Joomla 3.10 + a YOOtheme Warp 7 template; an INTERVIEW; 'Viết bởi <account> vào <date>. Đăng trong <category>'
A14 = Art("Chủ tịch Hội Luật gia tỉnh: Trợ giúp pháp lý phải đến tận ấp, tận nhà",
          "Nhân dịp Hội Luật gia tỉnh sơ kết hoạt động của các trung tâm tư vấn pháp luật 5 tháng đầu năm 2027, phóng viên đã có cuộc trao đổi với ông Nguyễn Văn Hải, Chủ tịch Hội Luật gia tỉnh.",
          [("p", "PV: Thưa ông, sau sắp xếp đơn vị hành chính, hoạt động tư vấn pháp luật của Hội có gì thay đổi?"),
           ("p", "Ông Nguyễn Văn Hải: Địa bàn rộng hơn nên chúng tôi chuyển mạnh sang mô hình tư vấn lưu động. Từ đầu năm đến nay, Hội đã tổ chức 46 buổi tư vấn tại ấp, khóm, tiếp nhận hơn 900 lượt người dân hỏi về đất đai, thừa kế, hôn nhân và gia đình."),
           ("p", "PV: Những vụ việc nào người dân cần hỗ trợ nhiều nhất?"),
           ("p", "Ông Nguyễn Văn Hải: Nhiều nhất vẫn là tranh chấp đất đai trong gia đình, thủ tục tặng cho, thừa kế quyền sử dụng đất. Gần đây xuất hiện nhiều vụ việc liên quan đến lừa đảo qua mạng, giao dịch điện tử, nhất là với người cao tuổi."),
           ("img", "/images/2027/05/chu-tich-hoi-luat-gia-tinh.jpg", "Ông Nguyễn Văn Hải, Chủ tịch Hội Luật gia tỉnh"),
           ("p", "PV: Hội có kế hoạch gì trong thời gian tới?"),
           ("p", "Ông Nguyễn Văn Hải: Chúng tôi sẽ phối hợp với Ủy ban MTTQ các xã, phường lập thêm 20 tổ tư vấn pháp luật cộng đồng, đưa luật gia về sinh hoạt tại ấp; đồng thời mở tổng đài tư vấn pháp luật miễn phí qua Zalo."),
           ("p", "PV: Xin cảm ơn ông!")])
SIGN14, WRITER14 = "Thực hiện: Kim Ngân", "Kim Ngân"


def page14():
    pub = T("2027-05-27 14:20")
    site = "https://hoiluatgiavinhlong.org.vn"
    url = f"{site}/tin-tuc/hoat-dong-hoi/318-chu-tich-hoi-luat-gia-tinh-tro-giup-phap-ly-phai-den-tan-ap-tan-nha"

    def p(t):
        if t.startswith("PV:"):
            return f'<p><strong>{esc(t)}</strong></p>'
        name, rest = t.split(": ", 1)
        return f'<p><strong>{esc(name)}:</strong> {esc(rest)}</p>'

    def img(s, c, n):
        return f'<figure class="uk-thumbnail uk-align-right" style="max-width:300px"><img src="{s}" alt="{esc(c, True)}" width="300" height="400" /><figcaption class="uk-thumbnail-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        return (f'<article class="uk-article" data-permalink="{url}"><h1 class="uk-article-title">{esc(A14.title)}</h1>'
                f'<p class="uk-article-meta">Viết bởi Super User vào <time datetime="{iso(pub)}">{pub.day:02d} Tháng {pub.month} {pub.year}</time>. Đăng trong <a href="/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></p>'
                f'<p><strong>{esc(A14.lead)}</strong></p>{A14.render(p=p, img=img, sep="")}'
                f'<p style="text-align: right;"><strong>{esc(SIGN14)}</strong></p>'
                f'<ul class="uk-pagination"><li class="uk-pagination-previous"><a href="#"><i class="uk-icon-arrow-left"></i> Trước</a></li><li class="uk-pagination-next"><a href="#">Tiếp <i class="uk-icon-arrow-right"></i></a></li></ul></article>')

    def side(rng, p):
        ds = past(p, rng, 5, 1, 20)
        li = "".join(f'<li><a href="#">{esc(t)}</a><div class="uk-text-muted">{dmy(d)}</div></li>' for t, d in zip(heads14(rng, 5, avoid=[A14.title]), ds))
        return (f'<div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">Tin mới</h3><ul class="uk-list uk-list-line">{li}</ul></div>'
                '<div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">Lịch tiếp dân của Trung tâm tư vấn</h3><p>Thứ Hai - Thứ Sáu, 7:30 - 11:00; 13:30 - 17:00</p><p>Điện thoại: 0270.3822.615</p></div>')

    crumbs = ('<ul class="uk-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></li>'
              f'<li class="uk-active"><span>{esc(A14.title)}</span></li></ul>')
    head = og(A14.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link rel="stylesheet" href="/templates/yoo_nano3/css/theme.css" />'
    today = pub + timedelta(days=1)
    return page("s42-14", family="lawyers_association_joomla310_warp7_interview_meta_line_category",
                name="vinhlong-hoiluatgia-joomla310-yootheme-warp7-uk-breadcrumb-ending-in-headline-uk-article-title-h1-viet-boi-super-user-vao-dd-thang-m-yyyy-datetime-dang-trong-category-bold-lead-pv-questions-name-answers-portrait-caption-thuc-hien",
                url=url, art=A14, main_fn=main, pub=pub, prefix="hlgvl", kb=170,
                org="Hội Luật gia tỉnh Vĩnh Long", addr="Số 6 đường Hoàng Thái Hiếu, phường Phước Hậu, tỉnh Vĩnh Long", phone="0270.3822.615",
                crumbs=crumbs, top='<img src="/images/logo-hoi-luat-gia.png" alt="Hội Luật gia tỉnh Vĩnh Long" />', side=side,
                shell_kw={"layout": "warp7", "head_extra": head, "items": MENU_MASS, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A14, iso(pub), author=WRITER14, category="Hoạt động Hội"),
                traps={"byline": [SIGN14], "account": ["Super User"], "chrome": ["Lịch tiếp dân của Trung tâm tư vấn", "Tin mới"]},
                notes="Joomla 3.10 under a YOOtheme Warp 7 template (UIkit 2 markup: tm-page, uk-article, uk-article-meta), an INTERVIEW. The meta line 'Viết bởi Super User vào 27 Tháng 5 2027. Đăng trong Hoạt động Hội' — the account is no writer; the date is printed without a time but its <time datetime='2027-05-27T14:20:00+07:00'> carries one → 2027-05-27T14:20 (set 25, MAJORITY); 'Đăng trong' names the category → 'Hoạt động Hội' (the uk-breadcrumb agrees; its last level is the headline itself, set 27). Bold intro → lead. Questions bold with 'PV:', answers opening with the bold 'Ông Nguyễn Văn Hải:' → body as printed, labels included (sets 30/36); the interviewee is no author. A right-floated portrait with the caption 'Ông Nguyễn Văn Hải, Chủ tịch Hội Luật gia tỉnh' (a caption in byline shape, set 28). 'Thực hiện: Kim Ngân' → author (set 27). The 'Lịch tiếp dân của Trung tâm tư vấn' box's office hours are not stamps.",
                readme="Joomla 3.10 + a YOOtheme Warp 7 template, an INTERVIEW with a lawyers' association chairman: a uk-breadcrumb ending in the headline; 'Viết bởi <account> vào dd Tháng m yyyy. Đăng trong <category>' (the time only in datetime); bold lead; 'PV:' questions and 'Ông Name:' answers; a portrait caption in byline shape; 'Thực hiện: Name'")


# ===================================================================== 15 Đảng ủy Trường Đại học Công nghệ Sông Hàn (Đà Nẵng): Squiz Matrix; the section banner's h1 over the item's h2; an English-month stamp with 'am'; 'Cập nhật lần cuối:' after the text
A15 = Art("Kết nạp 24 sinh viên ưu tú vào Đảng",
          "Ngày 26/4, Đảng ủy Trường Đại học Công nghệ Sông Hàn tổ chức lễ kết nạp đảng viên cho 24 sinh viên ưu tú, trong đó 9 sinh viên là thủ khoa, á khoa các ngành đào tạo.",
          [("p", "Các sinh viên được kết nạp đều đạt kết quả học tập từ loại giỏi trở lên, tích cực tham gia các hoạt động tình nguyện, nghiên cứu khoa học; nhiều em là cán bộ Đoàn, Hội Sinh viên các khoa."),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy, Hiệu trưởng nhà trường chúc mừng các đảng viên mới; đề nghị các em tiếp tục rèn luyện bản lĩnh chính trị, gương mẫu trong học tập, là hạt nhân nòng cốt trong các phong trào của sinh viên."),
           ("img", "/__data/assets/image/0021/48219/ket-nap-dang-vien-sinh-vien.jpg", "Đồng chí Bí thư Đảng ủy trao quyết định kết nạp Đảng cho các sinh viên"),
           ("p", "Năm học 2026 - 2027, Đảng ủy nhà trường đã mở 2 lớp bồi dưỡng nhận thức về Đảng cho 312 sinh viên; đến nay đã kết nạp 41 đảng viên là sinh viên, vượt chỉ tiêu đề ra."),
           ("p", "Dịp này, Đảng ủy trao giấy khen cho 5 chi bộ sinh viên có thành tích xuất sắc trong công tác tạo nguồn phát triển đảng viên.")])
WRITER15, UNIT15, PHOTO15 = "Nguyễn Hoàng Phúc", "Văn phòng Đảng ủy", "Ngọc Trâm"
CREDIT15 = f"Tin: {WRITER15} - {UNIT15}; Ảnh: {PHOTO15}"


def en_date(d):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    return f"{d.day} {months[d.month - 1]} {d.year}"


def en_time(d):
    return twelve(d, am="am", pm="pm").replace(" ", "")


def page15():
    pub, upd = T("2027-04-27 08:30"), T("2027-04-28 10:05")
    site = "https://songhan-tech.edu.vn"
    url = f"{site}/tin-tuc/hoat-dong-dang-doan-the/ket-nap-24-sinh-vien-uu-tu-vao-dang"

    def main(rng, rl, rd):
        ds = past(pub, rng, 4, 2, 25)
        rel = "".join(f'<li class="related-news__item"><a href="{site}/tin-tuc/hoat-dong-dang-doan-the/{slug(t)[:50]}">{esc(t)}</a><span class="related-news__date">{en_date(d)}</span></li>'
                      for t, d in zip(["Hội nghị học tập chuyên đề năm 2027 cho đảng viên sinh viên", "Đoàn trường ra quân Tháng Thanh niên", "Chi bộ Khoa Công nghệ thông tin sinh hoạt chuyên đề",
                                       "Khai giảng lớp bồi dưỡng nhận thức về Đảng đợt 2"], ds))
        return (f'<div class="news-article"><h2 class="news-article__title">{esc(A15.title)}</h2>'
                f'<p class="news-article__date">Đăng ngày {en_date(pub)}, {en_time(pub)}</p>'
                f'<p class="news-article__summary lead">{esc(A15.lead)}</p><div class="news-article__body">{A15.render(p=lambda t: f"<p>{esc(t)}</p>", img=fig, sep="")}</div>'
                f'<p class="news-article__credit"><strong>{esc(CREDIT15)}</strong></p>'
                f'<p class="news-article__updated">Cập nhật lần cuối: {en_date(upd)}</p>'
                f'<div class="share-links"><a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></div>'
                f'<div class="related-news"><h3 class="related-news__heading">Tin liên quan</h3><ul>{rel}</ul></div>'
                '<!--\n  Running Squiz Matrix\n  Developed by Squiz - http://www.squiz.example\n  Squiz, Squiz Matrix, MySource, MySource Matrix and Squiz.net are registered Trademarks of Squiz Pty Ltd\n  Page generated: 03 May 2027 09:12:44\n-->')

    def side(rng, p):
        return ('<div class="sidebar__box"><h3>Sự kiện sắp tới</h3><ul><li><span class="event-date">15 May 2027</span> Ngày hội tư vấn tuyển sinh</li><li><span class="event-date">19 May 2027</span> Lễ kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh</li></ul></div>'
                '<div class="sidebar__box"><h3>Liên kết nhanh</h3><ul><li><a href="#">Cổng sinh viên</a></li><li><a href="#">Thư viện số</a></li><li><a href="#">Tuyển sinh 2027</a></li></ul></div>')

    crumbs = ('<ul class="lineage__list"><li class="lineage__item"><a href="/">Trang chủ</a></li><li class="lineage__item"><a href="/tin-tuc">Tin tức</a></li>'
              f'<li class="lineage__item"><a href="/tin-tuc/hoat-dong-dang-doan-the">Hoạt động Đảng - Đoàn thể</a></li><li class="lineage__item lineage__item--current">{esc(A15.title)}</li></ul>')
    head = og(A15.title, url) + '<meta name="generator" content="Squiz Matrix" /><link rel="stylesheet" href="/__data/assets/css_file/0012/1002/main.css?v=0.1.42" />'
    return page("s42-15", family="university_party_committee_squiz_matrix_english_month_stamp_last_updated",
                name="danang-danguytruongdhcongnghesonghan-squiz-matrix-section-banner-h1-tin-tuc-lineage-ending-in-headline-h2-title-dang-ngay-d-month-yyyy-h-mm-am-summary-lead-figcaption-tin-name-dash-unit-anh-name-cap-nhat-lan-cuoi-english-date-only",
                url=url, art=A15, main_fn=main, pub=pub, prefix="shtech", kb=212,
                org="Trường Đại học Công nghệ Sông Hàn", addr="Số 48 đường Cao Thắng, phường Hải Châu, thành phố Đà Nẵng", phone="0236.3821.400",
                crumbs=crumbs, top='<a class="site-logo" href="/"><img src="/__data/assets/image/0003/1003/logo.svg" alt="Trường Đại học Công nghệ Sông Hàn" /></a>', side=side,
                shell_kw={"layout": "squiz", "head_extra": head, "items": MENU_UNI, "left": '<a href="/en">English</a> | <a href="/lien-he">Liên hệ</a>'},
                exp=expected_(A15, iso(pub), updated=isod(upd), author=WRITER15, unit=UNIT15, photographer=PHOTO15, category="Hoạt động Đảng - Đoàn thể"),
                traps={"credit": [CREDIT15], "chrome": ["Tin liên quan", "Sự kiện sắp tới", "Liên kết nhanh", "Ngày hội tư vấn tuyển sinh"],
                       "related": ["Hội nghị học tập chuyên đề năm 2027 cho đảng viên sinh viên", "Đoàn trường ra quân Tháng Thanh niên"]},
                notes="Squiz Matrix (a stack no set had used: a university's site, whose Party committee posts in its news section); the generator comment 'Running Squiz Matrix' after the content. The section banner prints h1 'Tin tức' over every news page (the section's title, set 27's page-header h1) — the item's headline is the h2.news-article__title → title. The stamp comes from Matrix keywords left in English: 'Đăng ngày 27 April 2027, 8:30am' (day, ENGLISH month name, year, a 12-hour time with 'am' glued to it) → 2027-04-27T08:30; after the text 'Cập nhật lần cuối: 28 April 2027' (date only) → updated '2027-04-28'. The summary paragraph (p.lead) → lead. 'Tin: Nguyễn Hoàng Phúc - Văn phòng Đảng ủy; Ảnh: Ngọc Trâm' → author, unit, photographer (here the unit follows the WRITER — set 42's contrast with page 3). Category 'Hoạt động Đảng - Đoàn thể' (the lineage's deepest section; its last level is the headline itself). Not stamps: the upcoming events' days, the related items' English dates, the generator comment's 'Page generated' time.",
                readme="Squiz Matrix (a stack no set had used), a university Party committee's new student members: the section banner's h1 'Tin tức' over the item's h2; 'Đăng ngày d Month yyyy, h:mmam' (English month, 'am' glued); a summary lead; 'Tin: Name - unit; Ảnh: Name'; 'Cập nhật lần cuối: d Month yyyy' after the text; a lineage ending in the headline")


# ===================================================================== 16 Thành đoàn Cần Thơ: Gatsby 5 over Directus; a chip and a crumb; 'thứ sáu, dd/mm/yyyy · HH:MM'; 'Bài: A | Ảnh: B' + 'Đăng bởi: <account>'
A16 = Art("Thành đoàn ra quân Chiến dịch Thanh niên tình nguyện hè năm 2027",
          "Tối 4/6, tại Công viên sông Hậu, Thành đoàn Cần Thơ tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2027 với sự tham gia của hơn 2.000 đoàn viên, thanh niên, sinh viên tình nguyện.",
          [("p", "Chiến dịch năm nay có chủ đề “Tuổi trẻ Cần Thơ - Xung kích, tình nguyện vì cộng đồng”, diễn ra từ tháng 6 đến hết tháng 8/2027 với bốn chương trình lớn:"),
           ("ul", ["Mùa hè xanh: sinh viên tình nguyện về các xã vùng sâu hỗ trợ người dân chuyển đổi số, làm sạch kênh rạch;",
                   "Hoa phượng đỏ: tổ chức sinh hoạt hè, dạy bơi phòng chống đuối nước cho 5.000 thiếu nhi;",
                   "Tiếp sức mùa thi: hỗ trợ thí sinh và người nhà trong kỳ thi tốt nghiệp trung học phổ thông;",
                   "Kỳ nghỉ hồng: đoàn viên là cán bộ, công chức về sinh hoạt tại nơi cư trú."]),
           ("img", "/static/8f2c1a/ra-quan-tinh-nguyen-he-2027.jpg", "Các đội hình tình nguyện nhận cờ ra quân"),
           ("p", "Phát biểu tại lễ ra quân, đồng chí Bí thư Thành đoàn đề nghị các đội hình bám sát nhu cầu thực tế của địa phương, bảo đảm an toàn cho tình nguyện viên, để lại những công trình, phần việc thiết thực."),
           ("p", "Ngay sau lễ ra quân, 40 đội hình với hơn 1.200 tình nguyện viên đã lên đường về các xã, phường thực hiện nhiệm vụ.")])
WRITER16, PHOTO16, ACCOUNT16 = "Vũ Hải Đăng", "Lê Minh Châu", "thanhdoan_admin"
CREDIT16 = f"Bài: {WRITER16} | Ảnh: {PHOTO16}"


def page16():
    pub = T("2027-06-04 20:15")
    site = "https://tinhnguyen.thanhdoancantho.vn"
    url = f"{site}/tin-tuc/thanh-doan-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2027/"
    dj = lambda d: f"{wd(d).lower()}, {dmy(d)} · {hm(d)}"
    hsh = hexid(random.Random(16), 6)

    def gimg(s, alt, cls=""):
        return (f'<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained {cls}"><div style="max-width:960px;display:block"><img alt="" role="presentation" aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%3Csvg%20height=%27640%27%20width=%27960%27%20xmlns=%27http://www.w3.org/2000/svg%27%20version=%271.1%27%3E%3C/svg%3E" style="max-width:100%;display:block;position:static"/></div>'
                f'<div aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity 500ms linear;background-color:#d8d8d8;position:absolute;top:0;left:0;bottom:0;right:0"></div>'
                f'<picture><source type="image/webp" data-srcset="{s[:-4]}-480.webp 480w,{s[:-4]}-960.webp 960w" sizes="(min-width: 960px) 960px, 100vw"/><img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="(min-width: 960px) 960px, 100vw" decoding="async" loading="lazy" data-src="{s}" data-srcset="{s} 960w" alt="{esc(alt, True)}"/></picture>'
                f'<noscript><picture><img loading="lazy" decoding="async" src="{s}" alt="{esc(alt, True)}"/></picture></noscript></div>')

    def img(s, c, n):
        return f'<figure class="post-module--figure--{hsh}">{gimg(s, c)}<figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        return (f'<article class="post-module--post--{hsh}"><a class="post-module--chip--{hsh}" href="/tin-tuc/tinh-nguyen/">Tình nguyện</a><h1 class="post-module--title--{hsh}">{esc(A16.title)}</h1>'
                f'<div class="post-module--meta--{hsh}"><span class="post-module--date--{hsh}">{dj(pub)}</span> <span class="post-module--credit--{hsh}">{esc(CREDIT16)}</span></div>'
                f'<p class="post-module--excerpt--{hsh}">{esc(A16.lead)}</p>{gimg("/static/8f2c1a/cover-ra-quan-he-2027.jpg", "", "post-module--cover--" + hsh)}'
                f'<div class="post-module--content--{hsh}">{A16.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}</div>'
                f'<p class="post-module--poster--{hsh}">Đăng bởi: {ACCOUNT16}</p>'
                f'<div class="post-module--share--{hsh}"><a href="#">Facebook</a><a href="#">Zalo</a><button type="button">Sao chép liên kết</button></div></article>')

    def side(rng, p):
        ds = past(p, rng, 4, 0, 9)
        cards = "".join(f'<a class="card-module--card--{hsh}" href="/tin-tuc/{slug(s[0])[:50]}/">{gimg("/static/" + hexid(rng, 6) + "/thumb.jpg", "")}<h3>{esc(s[0])}</h3>'
                        f'<p class="card-module--meta--{hsh}">{dj(d)} · Bài: {esc(w)}</p><p>{esc(s[1])}</p></a>'
                        for s, d, w in zip(other_news(), ds, ["Khánh Linh", "Hoàng Long", "Minh Đức", "Thùy Dung"]))
        return f'<h2 class="aside-module--title--{hsh}">Tin mới</h2>{cards}'

    crumbs = (f'<nav class="breadcrumb-module--crumbs--{hsh}" aria-label="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li>'
              f'<li><a href="/tin-tuc/tinh-nguyen/" aria-current="page">Tình nguyện</a></li></ol></nav>')
    head = ('<meta name="generator" content="Gatsby 5.13.7"/><style data-href="/styles.3f9a1b2c.css" data-identity="gatsby-global-css">.gatsby-image-wrapper{position:relative;overflow:hidden}.gatsby-image-wrapper picture.object-fit-polyfill{position:static!important}</style>'
            + og(A16.title, url, {"og:description": A16.lead}) + '<link as="script" rel="preload" href="/webpack-runtime-8a1b2c3d4e5f6a7b.js"/><link as="fetch" rel="preload" href="/page-data/tin-tuc/thanh-doan-ra-quan/page-data.json" crossorigin="anonymous"/>')
    scripts = ('<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/tin-tuc/thanh-doan-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2027/";window.___webpackCompilationHash="a1b2c3d4e5f6a7b8c9d0";/*]]>*/</script>'
               '<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={"polyfill":["/polyfill-2f1c3d.js"],"app":["/app-9b8c7d.js"],"component---src-templates-post-js":["/component---src-templates-post-js-5e4d3c.js"]};/*]]>*/</script>'
               '<script src="/polyfill-2f1c3d.js" nomodule=""></script><script src="/component---src-templates-post-js-5e4d3c.js" async=""></script><script src="/app-9b8c7d.js" async=""></script><script src="/framework-4a3b2c.js" async=""></script><script src="/webpack-runtime-8a1b2c3d4e5f6a7b.js" async=""></script>')
    return page("s42-16", family="city_youth_union_gatsby5_directus_lowercase_weekday_credit_pipe_poster",
                name="cantho-thanhdoan-gatsby5-directus-static-build-css-modules-breadcrumb-chip-tinh-nguyen-h1-lowercase-weekday-dd-mm-yyyy-middle-dot-hh-mm-bai-a-pipe-anh-b-excerpt-lead-gatsby-image-lazy-ul-figcaption-dang-boi-account",
                url=url, art=A16, main_fn=main, pub=pub, prefix="tdct", kb=236,
                org="Thành đoàn Cần Thơ", addr="Số 29 đường Cách Mạng Tháng Tám, phường Cái Khế, thành phố Cần Thơ", phone="0292.3821.117",
                crumbs=crumbs, top='<a class="header-module--logo--x" href="/"><span>Tình nguyện Cần Thơ</span></a>', side=side,
                shell_kw={"layout": "gatsby", "head_extra": head, "items": MENU_YOUTH, "left": "", "scripts": scripts},
                exp=expected_(A16, iso(pub), author=WRITER16, photographer=PHOTO16, category="Tình nguyện"),
                traps={"credit": [CREDIT16], "poster": [ACCOUNT16, f"Đăng bởi: {ACCOUNT16}"], "chrome": ["Sao chép liên kết", "Tin mới"],
                       "other": [o[0] for o in other_news()[:2]] + [o[1] for o in other_news()[:1]]},
                notes="Gatsby 5 (a stack no set had used as a site generator) building a city youth union's campaign site from a Directus 10 instance (a stack no set had used): ___gatsby / gatsby-focus-wrapper roots, CSS-module class names, gatsby-image-wrapper pictures (an SVG spacer, a blurred placeholder, the real <img> with style opacity:0 and data-src, a <noscript> copy), the page-data scripts after the markup. A category chip 'Tình nguyện' over the h1 and a breadcrumb ending in the same section → category 'Tình nguyện'. The meta row prints dayjs' vi format 'thứ sáu, 04/06/2027 · 20:15' (a LOWER-CASE weekday, a middle dot before the time) → 2027-06-04T20:15, then 'Bài: Vũ Hải Đăng | Ảnh: Lê Minh Châu' → author and photographer (set 35's pipe). Directus's excerpt field → lead. The cover picture has no caption; a <ul> of four programmes (one paragraph each); a figure with a figcaption. 'Đăng bởi: thanhdoan_admin' under the text is Directus's user_created — a poster (set 34). The 'Tin mới' cards (other items with their stamps, writers and sapos) are not the item's.",
                readme="Gatsby 5 over Directus (stacks no set had used), a city youth union's summer campaign launch: a chip and a crumb; 'thứ sáu, dd/mm/yyyy · HH:MM' (lower-case weekday, middle dot); 'Bài: A | Ảnh: B'; an excerpt lead; gatsby-image lazy pictures; a <ul>; 'Đăng bởi: <account>' after the text; cards of other items")


def other_news():
    return [("Tuổi trẻ Cần Thơ ra quân làm sạch kênh rạch", "Hơn 800 đoàn viên ra quân vớt rác, phát quang bụi rậm trên 12 tuyến kênh nội ô."),
            ("Khai mạc Hội trại “Thắp sáng ước mơ thiếu nhi”", "Hội trại quy tụ 600 đội viên tiêu biểu của các xã, phường trong thành phố."),
            ("Trao 50 suất học bổng cho sinh viên vượt khó", "Mỗi suất học bổng trị giá 5 triệu đồng, do các doanh nghiệp trẻ tài trợ."),
            ("Đội hình “Mùa hè xanh” lên đường về xã Thới Lai", "Đội hình gồm 120 sinh viên sẽ hỗ trợ người dân cài đặt ứng dụng dịch vụ công.")]


# ===================================================================== 17 Chi bộ Công ty CP Dược phẩm Bạch Đằng (Hải Phòng): Frappe / ERPNext's website, a Blog Post; the Blogger a person with a bio card; 'dd-mm-yyyy'
A17 = Art("Chi bộ Công ty đổi mới cách học tập và làm theo Bác trong doanh nghiệp",
          "Thay vì những buổi học tập chung chung, Chi bộ Công ty CP Dược phẩm Bạch Đằng giao mỗi đảng viên một “việc làm theo Bác” gắn với vị trí công việc, được kiểm điểm hằng tháng trong sinh hoạt chi bộ.",
          [("p", "Chi bộ hiện có 27 đảng viên, làm việc ở các phòng nghiệp vụ, nhà máy và hệ thống phân phối. Đầu năm 2027, chi bộ ban hành chương trình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, trong đó mỗi đảng viên tự đăng ký một việc cụ thể."),
           ("h", "Mỗi người một việc, mỗi tháng một lần kiểm điểm"),
           ("p", "Các việc đăng ký đều rất cụ thể, có thể đo đếm được:"),
           ("ul", ["Tổ trưởng tổ đóng gói cam kết giảm 20% tỷ lệ bao bì hư hỏng;",
                   "Kế toán viên cam kết trả lời khách hàng trong vòng 24 giờ;",
                   "Kỹ thuật viên nhà máy hướng dẫn hai công nhân mới vận hành dây chuyền."]),
           ("p", "Ở mỗi kỳ sinh hoạt, đảng viên báo cáo kết quả, chi bộ nhận xét và đề xuất điều chỉnh. Nhờ vậy, việc học tập và làm theo Bác không còn là khẩu hiệu mà đi vào từng phần việc hằng ngày."),
           ("img", "/files/blog/sinh-hoat-chi-bo-cong-ty.jpg", "Đảng viên báo cáo kết quả “việc làm theo Bác” tại buổi sinh hoạt chi bộ tháng 5"),
           ("p", "Sau 6 tháng, 25 trên 27 đảng viên hoàn thành việc đã đăng ký; nhiều sáng kiến được Ban Giám đốc công ty khen thưởng và nhân rộng.")])
BLOGGER17, PHOTO17 = "Phạm Minh Tuấn", "Đào Thu Hương"


def page17():
    pub = T("2027-06-21 15:00")
    site = "https://duocbachdang.vn"
    url = f"{site}/blog/cong-tac-dang/chi-bo-cong-ty-doi-moi-cach-hoc-tap-va-lam-theo-bac"
    fd = lambda d: d.strftime("%d-%m-%Y")

    def main(rng, rl, rd):
        return (f'<div class="blog-container"><article class="blog-content" itemscope itemtype="http://schema.org/BlogPosting"><div class="blog-header">'
                f'<a class="blog-category" href="/blog/cong-tac-dang">Công tác Đảng</a><h1 class="blog-title" itemprop="headline">{esc(A17.title)}</h1>'
                f'<p class="blog-intro" itemprop="description">{esc(A17.lead)}</p>'
                f'<div class="blog-info"><span class="blogger">Bởi <a href="/blog?blogger=pmtuan" itemprop="author">{BLOGGER17}</a></span> · <span itemprop="datePublished" content="{isod(pub)}">{fd(pub)}</span> · <span>4 phút đọc</span></div></div>'
                f'<div class="blog-cover-image"><img src="/files/blog/cover-hoc-tap-lam-theo-bac.jpg" alt="" loading="lazy" /></div>'
                f'<div itemprop="articleBody" class="longform blog-text">{A17.render(p=lambda t: f"<p>{esc(t)}</p>", img=fig, h=lambda t: f"<h3>{esc(t)}</h3>", sep="")}'
                f'<p><em>Ảnh: {PHOTO17}</em></p></div>'
                f'<div class="blog-footer"><div class="blog-feedback"><span class="like-icon">12</span> lượt thích</div><div class="social-links">Chia sẻ: <a href="#">Facebook</a> <a href="#">LinkedIn</a></div></div></article>'
                f'<div class="blogger-card d-flex"><img class="blogger-avatar" src="/files/avatar-pmtuan.jpg" alt="" /><div><p class="blogger-name">{BLOGGER17}</p>'
                f'<p class="blogger-bio">Bí thư Chi bộ, Trưởng phòng Hành chính - Nhân sự Công ty CP Dược phẩm Bạch Đằng</p></div></div>'
                f'<div class="blog-comments"><h5>Bình luận (2)</h5><div class="comment-row"><b>Nguyễn Thu Hà</b> <span class="frappe-timestamp" data-timestamp="2027-06-21 16:02:10.421356" title="21-06-2027 16:02:10">2 ngày trước</span>'
                f'<p>Cách làm rất hay, chi bộ phòng kinh doanh sẽ học tập.</p></div><div class="comment-row"><b>Trần Văn Sơn</b> <span class="frappe-timestamp" data-timestamp="2027-06-22 08:15:44.100212" title="22-06-2027 08:15:44">1 ngày trước</span>'
                f'<p>Đề nghị chi bộ chia sẻ mẫu phiếu đăng ký việc làm theo Bác.</p></div></div></div>')

    def side(rng, p):
        ds = past(p, rng, 4, 3, 40)
        li = "".join(f'<li><a href="#">{esc(t)}</a><div class="text-muted small">{fd(d)}</div></li>' for t, d in zip(["Công ty tổ chức ngày hội hiến máu tình nguyện", "Công đoàn công ty trao quà cho con công nhân",
                                                                                                                   "Đoàn thanh niên ra mắt đội hình chuyển đổi số", "Chi bộ kết nạp 2 đảng viên mới"], ds))
        return f'<div class="sidebar-item"><h6>Bài viết gần đây</h6><ul class="list-unstyled">{li}</ul></div><div class="sidebar-item"><h6>Danh mục</h6><ul class="list-unstyled"><li><a href="/blog/tin-cong-ty">Tin công ty</a></li><li><a href="/blog/cong-tac-dang">Công tác Đảng</a></li><li><a href="/blog/doan-the">Đoàn thể</a></li></ul></div>'

    crumbs = '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/blog">Blog</a></li><li class="breadcrumb-item active" aria-current="page">Công tác Đảng</li></ol></nav>'
    head = ('<meta name="generator" content="frappe" /><link type="text/css" rel="stylesheet" href="/assets/frappe/dist/css/website.bundle.6XH2NOBQ.css">'
            + og(A17.title, url, {"og:description": A17.lead}) + '<script>window.frappe = {}; frappe.ready_events = []; frappe.ready = function(fn){ frappe.ready_events.push(fn); }; window.dev_server = 0; window.socketio_port = 9000;</script>')
    return page("s42-17", family="company_party_cell_frappe_erpnext_blog_post_blogger_person_date_only",
                name="haiphong-chibocongtyduocbachdang-frappe-erpnext-website-blog-post-category-link-h1-blog-intro-lead-boi-blogger-person-dd-mm-yyyy-date-only-reading-time-h3-ul-figure-anh-line-blogger-bio-card-comments-relative-ages",
                url=url, art=A17, main_fn=main, pub=pub, prefix="dpbd", kb=158,
                org="Công ty CP Dược phẩm Bạch Đằng", addr="Số 15 đường Lạch Tray, phường Gia Viên, thành phố Hải Phòng", phone="0225.3847.211",
                crumbs=crumbs, top='<img src="/files/logo-bach-dang.png" alt="Dược phẩm Bạch Đằng" />', side=side,
                shell_kw={"layout": "frappe", "head_extra": head, "items": [("Sản phẩm", ["Thuốc không kê đơn", "Thực phẩm chức năng"]), ("Giới thiệu", ["Về chúng tôi", "Tuyển dụng"]), ("Blog", ["Tin công ty", "Công tác Đảng", "Đoàn thể"]), ("Liên hệ", [])],
                          "left": '<a class="btn btn-sm btn-primary" href="/login">Đăng nhập</a>'},
                exp=expected_(A17, isod(pub), author=BLOGGER17, photographer=PHOTO17, category="Công tác Đảng"),
                traps={"profile": ["Bí thư Chi bộ, Trưởng phòng Hành chính - Nhân sự Công ty CP Dược phẩm Bạch Đằng"], "comments": ["Nguyễn Thu Hà", "Trần Văn Sơn", "2 ngày trước", "Cách làm rất hay, chi bộ phòng kinh doanh sẽ học tập."],
                       "chrome": ["Bài viết gần đây", "4 phút đọc", "lượt thích", "Công ty tổ chức ngày hội hiến máu tình nguyện"]},
                notes="Frappe Framework 15 / ERPNext's website (a stack no set had used): a pharmaceutical company's site whose Party cell posts in the Blog. The Blog Post page: the blog category link over the h1 ('Công tác Đảng' → category; the crumb's last level agrees); the Blog Post's blog_intro printed as p.blog-intro → lead; the blog-info line 'Bởi Phạm Minh Tuấn · 21-06-2027 · 4 phút đọc' — the Blogger field is the platform's AUTHOR field and names a PERSON → author 'Phạm Minh Tuấn' (set 27); the date is Frappe's system format dd-mm-yyyy and published_on has no time (itemprop content '2027-06-21') → '2027-06-21' (date only); the reading time is no stamp (set 31). The blogger card under the post prints his posts 'Bí thư Chi bộ, Trưởng phòng Hành chính - Nhân sự …' — a profile, not a unit (set 34) → author_unit null. An italic 'Ảnh: Đào Thu Hương' line of its own after the text → photographer (set 31). An h3 and a <ul> in the text; a figure with its figcaption. Comments print relative ages ('2 ngày trước') with the exact time only in a title attribute — the commenters' moments, never the item's.",
                readme="Frappe / ERPNext's website (a stack no set had used), a company Party cell's study programme: the blog category over the h1; blog_intro lead; 'Bởi <Blogger person> · dd-mm-yyyy · N phút đọc' (date only); an h3, a <ul>, a figure; 'Ảnh: Name' line; the blogger's bio card (posts, not a unit); comments with relative ages")


# ===================================================================== 18 CLB Lý luận trẻ Tỉnh đoàn Tuyên Quang: Tilda, a Feeds post page; 'dd.mm.yyyy' + a tag; text blocks split by <br /><br />; the byline inside the last text block; 'Ảnh: BTC'
A18 = Art("CLB Lý luận trẻ sinh hoạt chuyên đề “Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng”",
          None,
          [("p", "Chiều 29/6, Câu lạc bộ Lý luận trẻ Tỉnh đoàn tổ chức buổi sinh hoạt chuyên đề “Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng” với sự tham gia của 85 thành viên là cán bộ đoàn, giáo viên, sinh viên."),
           ("p", "Tại buổi sinh hoạt, báo cáo viên của Ban Tuyên giáo và Dân vận Tỉnh ủy đã phân tích thủ đoạn của các thế lực thù địch lợi dụng mạng xã hội để xuyên tạc chủ trương, đường lối của Đảng; hướng dẫn thành viên cách nhận diện tin giả, kỹ năng phản bác bằng lập luận, dẫn chứng thuyết phục."),
           ("h", "Mỗi thành viên là một “chiến sĩ” trên mạng"),
           ("p", "Các thành viên chia thành 5 nhóm thảo luận tình huống, xây dựng nội dung phản bác một số luận điệu sai trái phổ biến. Nhóm của sinh viên Trường Đại học Tân Trào được đánh giá cao với bộ infographic ngắn gọn, dễ chia sẻ."),
           ("img", "https://static.tildacdn.example/tild3562-6131-4f39-b835-633264366261/thao-luan-nhom.jpg", "Thành viên Câu lạc bộ Lý luận trẻ thảo luận nhóm"),
           ("p", "Dịp này, Câu lạc bộ ra mắt trang “Lý luận trẻ Tuyên Quang” trên mạng xã hội, phấn đấu mỗi tháng đăng tải ít nhất 10 sản phẩm tuyên truyền tích cực.")])
WRITER18, UNIT18 = "Hà Thu Trang", "CLB Lý luận trẻ"
CREDIT18 = f"Bài: {WRITER18} ({UNIT18}) | Ảnh: BTC"


def page18():
    pub = T("2027-06-30 09:00")
    site = "https://lyluantre-tuyenquang.tilda.example"
    url = f"{site}/tpost/k2b7x1s9n1-clb-ly-luan-tre-sinh-hoat-chuyen-de"
    pars = [b for b in A18.blocks]

    def main(rng, rl, rd):
        t = lambda s: esc(s)
        body = (f'<div class="t-redactor__text">{t(pars[0][1])}<br /><br />{t(pars[1][1])}</div>'
                f'<h2 class="t-redactor__h2">{t(pars[2][1])}</h2><div class="t-redactor__text">{t(pars[3][1])}</div>'
                f'<figure class="t-redactor__figure"><img src="{pars[4][1]}" data-original="{pars[4][1]}" imgfield="img" alt="" /><figcaption class="t-redactor__imgdescr">{t(pars[4][2])}</figcaption></figure>'
                f'<div class="t-redactor__text">{t(pars[5][1])}<br /><br /><strong>{t(CREDIT18)}</strong></div>')
        return (f'<div class="t-feed__post-popup__content-wrapper"><div class="t-feed__post-popup__content t-col t-col_8">'
                f'<div class="t-feed__post-popup__close-wrapper"><a href="/tin-tuc" class="t-feed__post-popup__close t-popup__close"><div class="t-popup__close-wrapper"></div><div class="t-feed__post-popup__close-text t-uptitle t-uptitle_xs">Quay lại</div></a></div>'
                f'<h1 class="js-feed-post-title t-feed__post-popup__title t-title t-title_xs" field="title">{esc(A18.title)}</h1>'
                f'<div class="t-feed__post-popup__date-parts-wrapper t-feed__post-popup__date-parts-wrapper_aftertitle"><span class="t-feed__post-popup__date-wrapper"><span class="js-feed-post-date t-feed__post-popup__date t-uptitle t-uptitle_sm">{pub.strftime("%d.%m.%Y")}</span></span>'
                f' <span class="t-feed__post-popup__tag"><span class="t-uptitle t-uptitle_xs">Sinh hoạt chuyên đề</span></span></div>'
                f'<div class="t-feed__post-popup__cover-wrapper t-feed__post-popup__cover-wrapper_aftertitle"><img class="js-feed-post-image t-feed__post-popup__img t-img" src="https://static.tildacdn.example/tild6637-3831-4d62-b263-346463306437/cover.jpg" alt="" /></div>'
                f'<div id="feed-text" class="t-feed__post-popup__text-wrapper" data-animationappear="off"><div class="js-feed-post-text t-feed__post-popup__text t-text t-text_md"><section><div class="t-redactor__tte-view">{body}</div></section></div></div>'
                f'<div class="t-feed__post-popup__share"><div class="t-uptitle t-uptitle_xs">Chia sẻ</div><a href="#">Facebook</a> <a href="#">Zalo</a></div></div></div>')

    def side(rng, p):
        ds = past(p, rng, 3, 5, 40)
        posts = "".join(f'<div class="t-feed__col-grid__post-wrapper"><div class="t-feed__post-parts-date-row"><span class="t-feed__post-parts-date t-uptitle t-uptitle_xs">{d.strftime("%d.%m.%Y")}</span></div>'
                        f'<div class="t-feed__col-grid__post-title t-name t-name_xs">{esc(tt)}</div><div class="t-feed__col-grid__post-descr t-descr t-descr_xxs">{esc(ds_)}</div></div>'
                        for (tt, ds_), d in zip([("Tọa đàm “Thanh niên với việc học tập lý luận chính trị”", "Hơn 100 đoàn viên trao đổi về phương pháp học tập lý luận chính trị hiệu quả."),
                                                  ("Ra mắt Câu lạc bộ Lý luận trẻ Tỉnh đoàn", "Câu lạc bộ có 45 thành viên nòng cốt là cán bộ đoàn và giảng viên trẻ."),
                                                  ("Cuộc thi viết “Tuổi trẻ Tuyên Quang bảo vệ nền tảng tư tưởng của Đảng”", "Cuộc thi nhận bài dự thi đến hết ngày 31/8/2027.")], ds))
        return f'<div class="t-feed__related-title t-name t-name_md">Bài viết khác</div><div class="t-feed__container-grid">{posts}</div>'

    head = ('<meta name="generator" content="Tilda" /><link rel="stylesheet" href="https://static.tildacdn.example/css/tilda-grid-3.0.min.css" type="text/css" media="all" />'
            '<link rel="stylesheet" href="https://static.tildacdn.example/ws/project5623411/tilda-blocks-page48210573.min.css?t=1719720000" type="text/css" media="all" />'
            + og(A18.title, url) + '<script src="https://static.tildacdn.example/js/tilda-scripts-3.0.min.js" charset="utf-8" defer></script>')
    scripts = ('<script type="text/javascript">window.dataLayer = window.dataLayer || [];</script><script src="https://static.tildacdn.example/js/tilda-feed-1.0.min.js" charset="utf-8"></script>'
               '<script type="text/javascript">$(document).ready(function(){ t_onReady(function(){ t_onFuncLoad("t_feed_init", function(){ t_feed_init("48210573", {"feeduid":"528164119847","postsPerPage":6}); }); }); });</script>')
    return page("s42-18", family="youth_theory_club_tilda_feeds_post_dotted_date_byline_inside_text_block",
                name="tuyenquang-clblyluantre-tinhdoan-tilda-feeds-post-page-t-feed-post-popup-static-h1-date-dd-mm-yyyy-dotted-tag-sinh-hoat-chuyen-de-t-redactor-text-br-br-h2-figure-imgdescr-byline-after-br-br-in-last-block-anh-btc",
                url=url, art=A18, main_fn=main, pub=pub, prefix="llttq", kb=196,
                org="Câu lạc bộ Lý luận trẻ Tỉnh đoàn Tuyên Quang", addr="Số 2 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.316",
                crumbs="", top='<a href="/"><img src="https://static.tildacdn.example/tild3331/logo-llt.png" alt="Lý luận trẻ Tuyên Quang" /></a>', side=side,
                shell_kw={"layout": "tilda", "head_extra": head, "items": MENU_YOUTH, "left": '<a class="t228__btn" href="/lien-he">Liên hệ</a>', "scripts": scripts},
                exp=expected_(A18, isod(pub), author=WRITER18, unit=UNIT18, category="Sinh hoạt chuyên đề"),
                traps={"credit": [CREDIT18, "Ảnh: BTC"], "chrome": ["Bài viết khác", "Quay lại"],
                       "other": ["Ra mắt Câu lạc bộ Lý luận trẻ Tỉnh đoàn", "Cuộc thi nhận bài dự thi đến hết ngày 31/8/2027."]},
                notes="Tilda (a stack no set had used: a hosted block builder), a Feeds post page (/tpost/<id>-<slug>: the post popup rendered static between the T228 menu and the T420 footer). The date line under the h1 prints '30.06.2027' (dotted, date only: Tilda Feeds shows no time) → '2027-06-30', beside a tag chip 'Sinh hoạt chuyên đề' — the post's only printed section label → category (no crumb). No lead. The redactor's text blocks hold paragraphs separated by <br /><br /> (two body paragraphs in the first block); an h2.t-redactor__h2 sub-heading (body); a figure with its t-redactor__imgdescr caption. The byline is typed at the end of the LAST text block after <br /><br />, in bold: 'Bài: Hà Thu Trang (CLB Lý luận trẻ) | Ảnh: BTC' → author 'Hà Thu Trang', author_unit 'CLB Lý luận trẻ' (a club: a head word of an organisation, set 39), and photographer NULL: 'BTC' (the organising committee) names no one (set 26's 'Ảnh: Tư liệu' / 'Ảnh: TL'). QUESTIONABLE: 'BTC' is a body that took the pictures; set 26 gives no photographer to a credit that names no person. The related feed cards ('Bài viết khác': other posts with their dotted days and descriptions) are not the item's.",
                readme="Tilda (a stack no set had used), a young theorists' club's seminar: the Feeds post page; 'dd.mm.yyyy' (date only) beside a tag chip (the category); no lead; redactor blocks split by <br /><br />; an h2 sub-heading; a figure with its caption; the byline at the end of the last text block 'Bài: Name (club) | Ảnh: BTC' (no photographer: 'BTC' names no one)")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
