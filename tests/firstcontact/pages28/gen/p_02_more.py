"""Set 28 pages 10-18: the rest of the sample (a custom ASP.NET WebForms CMS of a Hội Nông dân tỉnh, a '.dcs.vn' .NET MVC
portal of a Ban Tuyên giáo và Dân vận Tỉnh ủy, a commune site on the VHV CMS, a Báo tỉnh on a press CMS, a merged
provincial press agency on WordPress + tagDiv Newspaper) and four pages from families no set had named (as far as the
set 26-27 READMEs, the site sets 19-20, the shared shell and SETS.md show): PHP-Nuke 8 (a Hội Người cao tuổi's site never
migrated), mojoPortal 2.9 (a Sở Tư pháp), Progress Sitefinity 14 (a Cổng TTĐT tỉnh) and Wagtail 6 (a Trường Chính trị).
Pages 10, 11 and 14 carry one TWIST each: the stamp printed INSIDE the headline element, a CMS-cut description ('…')
printed as the sapo (a truncated copy of the opening paragraph), and an easy-TOC 'Nội dung chính' box repeating the
sub-headings."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads9, past, expected, slug, dump, hexid, alnum, b64blob, pad, menu, counter, ga, css, js, MENU
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og, mk
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV, side_box
from .base import page, side_std, vb_box, crumb
from .p_01_pages import right_bold, right_em, jp


# ===================================================================== 10 Hội Nông dân tỉnh Nghệ An: custom ASP.NET WebForms CMS (ArticleDetail user control); TWIST the stamp is printed INSIDE the headline element
A10 = Art("Hội Nông dân tỉnh phối hợp cung ứng 1.200 tấn phân bón trả chậm cho hội viên sản xuất vụ Xuân",
          None,
          [("p", "Ngày 13/1, Hội Nông dân tỉnh phối hợp với Công ty Cổ phần Vật tư nông nghiệp Nghệ An tổ chức lễ ký kết chương trình cung ứng phân bón trả chậm không lãi suất cho hội viên nông dân sản xuất vụ Xuân 2026."),
           ("p", "Theo chương trình, 1.200 tấn phân bón NPK, phân hữu cơ vi sinh sẽ được cung ứng cho hơn 4.800 hội viên tại 36 xã thuộc khu vực miền Tây của tỉnh; hội viên được trả chậm sau thu hoạch, tối đa 6 tháng, không phải chịu lãi. Tổng trị giá chương trình khoảng 14,5 tỷ đồng."),
           ("img", "/Upload/Images/2026/01/ky-ket-phan-bon-tra-cham.jpg", "Lãnh đạo Hội Nông dân tỉnh và Công ty Cổ phần Vật tư nông nghiệp Nghệ An ký kết chương trình phối hợp"),
           ("p", "Các cấp hội có trách nhiệm bình xét, lập danh sách hội viên đủ điều kiện, giám sát việc sử dụng phân bón đúng mục đích và đôn đốc thu hồi vốn. Doanh nghiệp cam kết bảo đảm chất lượng, giá bán không cao hơn giá thị trường và hướng dẫn kỹ thuật bón phân cân đối cho nông dân."),
           ("p", "Đây là năm thứ 5 liên tiếp Hội Nông dân tỉnh phối hợp thực hiện chương trình; từ năm 2021 đến nay đã cung ứng hơn 5.600 tấn phân bón trả chậm, tỷ lệ thu hồi vốn đạt 100%."),
           ("img", "/Upload/Images/2026/01/hoi-vien-tan-ky-nhan-phan-bon.jpg", "Hội viên nông dân xã Tân Kỳ nhận phân bón trả chậm")])
CREDIT10 = "Tin, ảnh: Phan Thủy"


def page10():
    pub = T("2026-01-14 09:32")
    url = "https://hoinongdan.nghean.gov.vn/bai-viet/hoi-nong-dan-tinh-phoi-hop-cung-ung-1200-tan-phan-bon-tra-cham-cho-hoi-vien-san-xuat-vu-xuan-2817.aspx"
    title_stamp = f"({dmy(pub)} - {hm(pub)})"

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="2" cellspacing="0" class="image"><tbody><tr><td><img src="{s}" width="560" border="0" alt="" /></td></tr>'
                f'<tr><td align="center"><span class="image_desc">{esc(c)}</span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        body = A10.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=img)
        pre = "ctl00_cphMain_ArticleDetail1"
        others = "".join(f'<li><a href="/bai-viet/{slug(t)[:60]}-{rng.randint(2600, 2816)}.aspx">{esc(t)}</a> <span class="date">({dmy(d)} - {hm(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="box-border"><div class="nav"><a class="home" href="/">Trang chủ</a> » <a class="arr" href="/chuyen-muc/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a> » <a class="arr" href="/chuyen-muc/hoat-dong-hoi.aspx">Hoạt động Hội</a></div></div>'
                f'<div class="article-detail"><div class="title"><h1 class="article-title"><span id="{pre}_ltlTitle" class="bullet-li">{esc(A10.title)}</span> <span id="{pre}_lblDate" class="date-title">{title_stamp}</span></h1>'
                f'<div class="TopToolbar"><a class="back" href="javascript:history.back()">Quay lại</a> <a class="plusSize" href="javascript:void(0)">A+</a> <a class="minusSize" href="javascript:void(0)">A-</a> <a class="print" href="javascript:window.print()">In bài</a></div></div>'
                f'<div id="divDetailContent">{body}{right_bold(CREDIT10)}</div>'
                f'<div class="BottomToolbar"><a id="{pre}_lnkSendMail" href="javascript:__doPostBack(\'ctl00$cphMain$ArticleDetail1$lnkSendMail\',\'\')">Gửi email</a> | <a href="#top">Về đầu trang</a></div></div>'
                f'<div class="article-reference"><div class="title"><a id="{pre}_articleReference_mrcArticle" href="/chuyen-muc/hoat-dong-hoi.aspx">Tin tức khác</a></div><ul>{others}</ul></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin đọc nhiều", fmt=lambda d: f"({dmy(d)} - {hm(d)})", cls="box-right doc-nhieu")
                + '<div class="box-right gia-ca"><div class="box-title">Giá nông sản</div><table class="tbl-gia"><tr><td>Lúa tẻ thường</td><td>7.200 đ/kg</td></tr><tr><td>Lợn hơi</td><td>62.000 đ/kg</td></tr><tr><td>Chè búp tươi</td><td>9.500 đ/kg</td></tr><tr><td>Cam Vinh loại 1</td><td>28.000 đ/kg</td></tr></table><p class="note">Cập nhật: 13/01/2026</p></div>'
                + '<div class="box-right quy-htnd"><div class="box-title">Quỹ Hỗ trợ nông dân</div><p>Tổng nguồn vốn: 186 tỷ đồng; 412 dự án đang được hỗ trợ.</p></div>')

    def top(rng, pub_):
        return ('<img src="/Images/banner-hnd-nghean.jpg" alt="Hội Nông dân tỉnh Nghệ An" width="1000" height="130" />'
                f'<div class="date-now">{wd(pub_)}, ngày {dmy(pub_)}</div>')

    head = ('<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/Default/article.css" type="text/css" rel="stylesheet" />'
            '<script type="text/javascript" src="/Scripts/ArticleTool.js"></script>')
    return page("s28-10", family="farmers_union_aspnet_webforms_articledetail_stamp_inside_headline",
                name="nghean-hoinongdan-aspnet-webforms-articledetail-ltltitle-viewstate-raquo-crumb-hoat-dong-hoi-h1-holds-title-span-and-date-span-paren-dd-mm-yyyy-dash-hh-mm-no-lead-image-desc-captions-bold-right-tin-anh-name-tin-tuc-khac-same-date-shape",
                url=url, art=A10, main_fn=main, pub=pub, prefix="hnd", kb=140,
                org="Hội Nông dân tỉnh Nghệ An", addr="Số 2 đường Phan Đăng Lưu, phường Trường Vinh, tỉnh Nghệ An", phone="0238.3844.265",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "table", "form": True, "head_extra": head, "title": A10.title + " - Hội Nông dân tỉnh Nghệ An", "items": MENU_MASS, "action": "./bai-viet.aspx?id=2817"},
                exp=expected(A10, iso(pub), author="Phan Thủy", photographer="Phan Thủy", category="Hoạt động Hội", lead=None),
                traps={"stamp_in_headline": [title_stamp], "bylines": [CREDIT10], "chrome": ["Quay lại", "In bài", "Tin tức khác", "Giá nông sản", "Quỹ Hỗ trợ nông dân", "Về đầu trang"], "related": lambda rl: rl[:5]},
                notes="TWIST: a Hội Nông dân tỉnh on a custom ASP.NET WebForms CMS (the ArticleDetail user control: ctl00_cphMain_ArticleDetail1_ltlTitle, TopToolbar/BottomToolbar, div#divDetailContent; table layout, __VIEWSTATE). The template prints the item's ONLY stamp INSIDE THE HEADLINE ELEMENT: <h1><span id='…_ltlTitle'>headline</span> <span id='…_lblDate' class='date-title'>(14/01/2026 - 09:32)</span></h1> (the date in brackets after the title, as such CMSs print it in their lists — 'Tin tức khác' and the sidebar repeat the very shape). → title = the headline without the bracketed stamp; published 2026-01-14T09:32:00+07:00 from it. An extractor that takes the h1's text stores the title with '(14/01/2026 - 09:32)' glued to it; one that looks for a stamp outside the headline finds none and stores nothing, or a list item's. The <title> element carries the clean headline (+ the site name). No lead (the text opens with a dated paragraph). Two images in table.image with span.image_desc captions. Credit bold right 'Tin, ảnh: Phan Thủy' → author = photographer. Text crumb 'Trang chủ » Tin tức - Sự kiện » Hoạt động Hội' → category. The price box's 'Cập nhật: 13/01/2026' is the prices'.",
                readme="TWIST the only stamp is printed INSIDE the headline element, <h1><span>title</span> <span>(14/01/2026 - 09:32)</span></h1> → the title without it, published from it; custom ASP.NET WebForms CMS (ArticleDetail user control) Hội Nông dân tỉnh: no lead, span.image_desc captions, 'Tin, ảnh: Name', related lists in the same '(dd/mm/yyyy - HH:MM)' shape")


# ===================================================================== 11 Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang: a '.dcs.vn' .NET MVC portal (DetailView/<id>/<cat>/Title-Case-Slug.html); TWIST a CMS-cut description printed as the sapo
P11_1 = "Những năm qua, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ở xã vùng cao Thượng Lâm đã trở thành việc làm thường xuyên, tự giác của cán bộ, đảng viên và Nhân dân các dân tộc thiểu số. Từ những việc làm cụ thể, thiết thực, nhiều mô hình hay, cách làm hiệu quả đã được nhân rộng, góp phần thay đổi diện mạo vùng quê."
A11 = Art("Thượng Lâm - Học và làm theo Bác từ những việc làm cụ thể",
          None,
          [("p", P11_1),
           ("p", "Đảng ủy xã Thượng Lâm xác định việc làm theo Bác phải bắt đầu từ người đứng đầu. Mỗi cán bộ, đảng viên đăng ký ít nhất một việc làm cụ thể, được chi bộ đánh giá hằng quý. Nhờ vậy, những việc tưởng nhỏ như đúng giờ khi tiếp dân, trả lời kiến nghị của người dân bằng văn bản trong 5 ngày làm việc, đi cơ sở “ba cùng” với Nhân dân đã trở thành nền nếp."),
           ("img", "/Image/Large/2025813142210_144605.jpg", "Đảng viên Chi bộ thôn Nà Thuôn hướng dẫn bà con chăm sóc cây chè"),
           ("p", "Tiêu biểu là mô hình “Mỗi đảng viên giúp đỡ một hộ nghèo” của Chi bộ thôn Nà Thuôn. Sau 3 năm thực hiện, 27 đảng viên của chi bộ đã giúp 27 hộ nghèo về giống, kỹ thuật, ngày công; 19 hộ đã thoát nghèo bền vững. Nhiều đảng viên còn tự nguyện hiến đất, góp tiền làm đường bê tông vào thôn."),
           ("raw", "DOCTHEM"),
           ("h", "Lan tỏa những việc làm nhỏ"),
           ("p", "Không chỉ cán bộ, đảng viên, phong trào đã lan tỏa sâu rộng trong Nhân dân. Các câu lạc bộ văn nghệ dân gian Tày, Dao của xã thường xuyên dàn dựng các tiết mục ca ngợi Bác, gắn với bảo tồn hát then, đàn tính. Các em học sinh được giáo dục “5 điều Bác Hồ dạy” qua những giờ sinh hoạt dưới cờ, những buổi kể chuyện về Bác."),
           ("img", "/Image/Large/2025813142236_144606.jpg", "Câu lạc bộ hát then, đàn tính xã Thượng Lâm biểu diễn phục vụ Nhân dân"),
           ("p", "Đồng chí Hoàng Văn Luận, Bí thư Đảng ủy xã cho biết, thời gian tới, xã tiếp tục gắn việc học tập và làm theo Bác với thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030, tập trung phát triển kinh tế rừng, du lịch cộng đồng, không để ai bị bỏ lại phía sau.")])
CUT11 = P11_1[:200] + "..."
BYLINE11 = "Ngọc Minh (Đảng ủy xã Thượng Lâm)"


def page11():
    pub = T("2025-08-13 14:22")
    upd = T("2025-08-14 09:05")
    url = "https://tuyengiao.tuyenquang.dcs.vn/DetailView/8213/24/Thuong-Lam---Hoc-Va-Lam-Theo-Bac-Tu-Nhung-Viec-Lam-Cu-The.html"
    assert P11_1[199].isalpha() and P11_1[200].isalpha()  # the CMS cuts inside a word

    def img(s, c, n):
        return (f'<div class="news-image" style="text-align:center"><img src="{s}" alt="" style="max-width:100%" /><p class="news-image-caption">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        more = heads9(rng, 3, avoid=[A11.title] + rl)
        box = ('<div class="doc-them"><p class="doc-them__title">Đọc thêm:</p><ul>'
               + "".join(f'<li><a href="/DetailView/{rng.randint(7900, 8212)}/24/{slug(t).title()}.html">{esc(t)}</a></li>' for t in more) + '</ul></div>')
        body = A11.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', h=lambda t: f'<p style="text-align: justify;"><strong>{esc(t)}</strong></p>',
                          img=img, raw=lambda r: box)
        others = "".join(f'<li><a href="/DetailView/{rng.randint(7900, 8212)}/24/{slug(t).title()}.html">{esc(t)}</a><div class="meta">{dmy(d)} | {rng.randint(90, 900)}</div></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="breadcrumb-dcs"><a href="/">Trang chủ</a> / <a href="/ChuyenMuc/24/Hoc-Tap-Va-Lam-Theo-Bac.html">Học tập và làm theo Bác</a> / <a href="/ChuyenMuc/31/Guong-Sang-Mo-Hinh-Hay.html">Gương sáng, mô hình hay</a></div>'
                f'<div class="detail-news"><h1 class="title-detail">{esc(A11.title)}</h1>'
                f'<div class="info-detail"><span class="ngaydang">Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span class="capnhat">Cập nhật: {dmy(upd)} {hm(upd)}</span> | <span class="luotxem">Lượt xem: 329</span></div>'
                f'<div class="sapo-detail"><strong>{esc(CUT11)}</strong></div>'
                f'<div class="content-detail">{body}</div>'
                f'<p class="author-detail" style="text-align: right;"><em>{esc(BYLINE11)}</em></p>'
                f'<div class="share-detail"><a href="#">Chia sẻ</a> <a href="javascript:window.print()">In bài</a> <a href="#">Gửi email</a></div></div>'
                f'<div class="tinkhac"><h3>Các tin khác</h3><ul>{others}</ul></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin xem nhiều", fmt=lambda d: f"{dmy(d)} | {rng.randint(100, 2000)}", cls="box tin-xem-nhieu")
                + vb_box(["Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo Bác", "Chuyên đề năm 2025 về học tập và làm theo Bác", "Hướng dẫn sơ kết việc thực hiện Chỉ thị 05 năm 2025"], "Tài liệu", "box tai-lieu")
                + '<div class="box video-box"><h3>Video</h3><div class="video-thumb"><img src="/Image/Small/video-thumb-dan-van.jpg" alt="" /><p>Dân vận khéo ở vùng cao Tuyên Quang</p></div></div>')

    def top(rng, pub_):
        return ('<div class="banner"><a href="/"><img src="/Content/images/banner-btgdv-tq.jpg" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang" /></a></div>'
                f'<div class="date-today">{wd(pub_ + timedelta(days=2))}, {dmy(pub_ + timedelta(days=2))}</div>')

    head = ('<link href="/Content/bootstrap.min.css" rel="stylesheet"/><link href="/Content/site.css?v=2.4" rel="stylesheet"/><script src="/Scripts/modernizr-2.8.3.js"></script>'
            + og(A11.title, url, {"og:description": CUT11, "og:site_name": "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"})
            + '<meta name="description" content="' + esc(CUT11, True) + '" />')
    return page("s28-11", family="btgdv_province_dcs_mvc_portal_cms_cut_description_as_sapo",
                name="tuyenquang-btgdvtu-dcs-vn-dotnet-mvc-detailview-id-cat-title-case-slug-triple-dash-slash-crumb-guong-sang-mo-hinh-hay-h1-ngay-dang-cap-nhat-luot-xem-bold-sapo-cut-at-200-chars-dots-inline-doc-them-box-news-image-caption-italic-right-name-paren-unit",
                url=url, art=A11, main_fn=main, pub=pub, prefix="dcs", kb=130,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang", addr="Số 8 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.640",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A11.title},
                exp=expected(A11, iso(pub), updated=iso(upd), author="Ngọc Minh", unit="Đảng ủy xã Thượng Lâm", category="Gương sáng, mô hình hay", lead=None),
                traps={"cut_description": [P11_1[170:200] + "..."], "bylines": [BYLINE11], "inline_box": ["Đọc thêm:"], "chrome": ["Lượt xem: 329", "Các tin khác", "Tài liệu", "Dân vận khéo ở vùng cao Tuyên Quang"], "related": lambda rl: rl[:5]},
                notes="TWIST: a '.dcs.vn' Party portal on an in-house .NET MVC platform (DetailView/<id>/<catId>/<Title-Case-Slug>.html, ' - ' in the title becomes '---' in the slug; list meta 'dd/mm/yyyy | views'). The editors left the item's description field empty, so the CMS filled it with the FIRST 200 CHARACTERS of the text, cut inside a word, plus '...', and the template prints that description as the bold sapo above the text (it is also the meta description and og:description): 'Những năm qua, … diện mạo vùng quê' is printed twice — cut short and bold, then whole as the first paragraph. → lead null (the item has no sapo: the bold block is a machine-made truncated copy of the opening, ending mid-word with '...'); the opening sentence stays ONCE in the body, whole. An extractor that takes the bold block as the lead stores a fragment cut inside a word and a body that starts with the same words twice. Stamps 'Ngày đăng: 13/08/2025 14:22 | Cập nhật: 14/08/2025 09:05' → published and updated. An inline 'Đọc thêm:' box between paragraphs (three links) is not body. Bold sub-heading 'Lan tỏa những việc làm nhỏ' is body. Two images with p.news-image-caption captions. Byline italic right 'Ngọc Minh (Đảng ủy xã Thượng Lâm)' → author + unit. Crumb 'Trang chủ / Học tập và làm theo Bác / Gương sáng, mô hình hay' → the last level (a section whose name has a comma).",
                readme="TWIST the bold 'sapo' is the CMS's auto-description: the first 200 characters of the opening paragraph cut INSIDE A WORD + '...' → lead null, the opening sentence once in the body; '.dcs.vn' .NET MVC portal (DetailView/<id>/<cat>/Title-Case-Slug.html) Ban TG&DV Tỉnh ủy: 'Ngày đăng: … | Cập nhật: … | Lượt xem:', inline 'Đọc thêm:' box, p.news-image-caption captions, italic right 'Name (Đảng ủy xã …)'")


# ===================================================================== 12 Đảng ủy xã Phú Lạc (Thái Nguyên): VHV CMS commune site; a Q&A INTERVIEW reprinted from the Báo tỉnh; 'HH:MM:SS | dd/mm/yyyy'
A12 = Art("Bí thư Đảng ủy xã Phú Lạc: Đưa Nghị quyết Đại hội vào cuộc sống bằng những việc làm cụ thể",
          "Đại hội đại biểu Đảng bộ xã Phú Lạc lần thứ I, nhiệm kỳ 2025 - 2030 đã thành công tốt đẹp. Phóng viên Báo Thái Nguyên đã có cuộc trao đổi với đồng chí Ma Thị Hạnh, Bí thư Đảng ủy xã về những giải pháp đưa Nghị quyết Đại hội vào cuộc sống.",
          [("img", "/data/upload/2025/09/bi-thu-dang-uy-xa-phu-lac.jpg", "Đồng chí Ma Thị Hạnh, Bí thư Đảng ủy xã Phú Lạc"),
           ("h", "PV: Thưa đồng chí, Đại hội Đảng bộ xã lần thứ I đã xác định những mục tiêu, nhiệm vụ trọng tâm nào cho nhiệm kỳ 2025 - 2030?"),
           ("p", "Đồng chí Ma Thị Hạnh: Xã Phú Lạc được thành lập trên cơ sở hợp nhất 3 xã Phú Lạc, Phục Linh và Tân Linh, diện tích tự nhiên hơn 72 km², dân số trên 21.000 người. Đại hội đã thống nhất mục tiêu xây dựng Phú Lạc trở thành xã nông thôn mới nâng cao vào năm 2028, thu nhập bình quân đầu người đạt 85 triệu đồng vào cuối nhiệm kỳ; phát triển vùng chè đặc sản gắn với du lịch sinh thái."),
           ("h", "PV: Để thực hiện thắng lợi các mục tiêu đó, Đảng ủy xã đã xác định những khâu đột phá nào?"),
           ("p", "Đồng chí Ma Thị Hạnh: Chúng tôi xác định 3 khâu đột phá: thứ nhất, chuyển đổi số trong lãnh đạo, điều hành và phục vụ người dân, phấn đấu 90% hồ sơ thủ tục hành chính được giải quyết trực tuyến; thứ hai, phát triển kinh tế chè theo chuỗi giá trị, mỗi năm có thêm ít nhất 2 sản phẩm OCOP; thứ ba, xây dựng đội ngũ cán bộ xã đủ năng lực vận hành chính quyền địa phương hai cấp."),
           ("h", "PV: Sau gần 3 tháng vận hành mô hình mới, xã gặp những khó khăn gì, thưa đồng chí?"),
           ("p", "Đồng chí Ma Thị Hạnh: Khó khăn lớn nhất là địa bàn rộng hơn, khối lượng công việc tăng nhiều trong khi đội ngũ cán bộ có nơi còn thiếu kinh nghiệm ở lĩnh vực mới như quy hoạch, xây dựng, đất đai. Đảng ủy đã chỉ đạo rà soát, bố trí cán bộ đúng sở trường; phân công cán bộ trẻ hỗ trợ người dân sử dụng dịch vụ công trực tuyến ngay tại Trung tâm Phục vụ hành chính công xã."),
           ("h", "PV: Xin cảm ơn đồng chí!")])
BYLINE12 = "Thanh Huyền (thực hiện)"


def page12():
    pub = T("2025-09-18 15:40:27")
    url = "https://phulac.thainguyen.gov.vn/tin-tuc/bi-thu-dang-uy-xa-phu-lac-dua-nghi-quyet-dai-hoi-vao-cuoc-song-bang-nhung-viec-lam-cu-the.html"
    oid = "68cbd1f2a4e7c30b9d51e27a"

    def img(s, c, n):
        return (f'<table class="picture" align="center"><tbody><tr><td class="pic"><img src="{s}" alt="{esc(c, True)}" style="width:480px" /></td></tr>'
                f'<tr><td class="caption"><p>{esc(c)}</p></td></tr></tbody></table>')

    def main(rng, rl, rd):
        body = A12.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', h=lambda t: f'<p style="text-align: justify;"><strong>{esc(t)}</strong></p>', img=img)
        rel_html = "".join(f'<article class="list-news-one"><h2 class="h4 title"><a href="/tin-tuc/{slug(t)}.html">{esc(t)}</a></h2><span class="date">({dmy(d)})</span></article>' for t, d in zip(rl[:5], rd))
        crumbs_ = ('<div class="pathway-category"><ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">'
                   '<li class="first-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li>'
                   '<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/tin-tuc.html"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></li>'
                   '<li class="last-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/tin-hoat-dong.html"><span itemprop="name">Tin hoạt động</span></a><meta itemprop="position" content="3" /></li></ol></div>')
        return (f'{crumbs_}<div id="module17" class="ModuleWrapper" moduleRootId="17"><article id="article17" class="news-detail-layout-type-2" itemscope itemtype="http://schema.org/NewsArticle">'
                f'<meta itemprop="datePublished" content="{iso(pub)}" /><header><span class="post-date">{pub.strftime("%H:%M:%S")} | {dmy(pub)}</span>'
                f'<div class="block_share"><a href="javascript:void(0)" class="font-minus">A-</a> <a href="javascript:void(0)" class="font-normal">A</a> <a href="javascript:void(0)" class="font-plus">A+</a> '
                f'<a href="javascript:void(0)" onclick="printArticle(\'{oid}\')">In</a> <a href="javascript:void(0)" class="send-mail">Email</a></div></header>'
                f'<div class="article-content"><div class="block-core-a3"><h1 class="title-detail" itemprop="headline">{esc(A12.title)}</h1>'
                f'<div class="social-connect"><div class="zalo-share-button" data-href="{url}" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div><div class="fb-like" data-href="{url}" data-layout="button_count"></div> <a class="speak" href="javascript:void(0)">Đọc bài</a> <a class="save" href="javascript:void(0)">Lưu</a></div>'
                f'<div class="brief">{esc(A12.lead)}</div></div>'
                f'<div class="block-core-a5"><div class="content-detail" itemprop="articleBody">{body}{right_bold(BYLINE12)}{right_em("Theo Báo Thái Nguyên")}</div></div></div>'
                f'<div class="rating">Tổng số điểm của bài viết là: 20 trong 4 đánh giá</div></article></div>'
                f'<div class="panel frame-involve"><div class="panel-heading"><div class="panel-title">Tin liên quan</div></div><section class="section-list Article-News-Detail-default">{rel_html}</section></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=lambda d: f"({dmy(d)})", cls="ModuleWrapper tin-moi")
                + '<div class="ModuleWrapper lich-tiep-dan"><h3>Lịch tiếp công dân</h3><p>Bí thư Đảng ủy xã tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Đảng ủy xã.</p></div>'
                + '<div class="ModuleWrapper dvc"><h3>Thủ tục hành chính</h3><ul><li><a href="#">Tra cứu hồ sơ</a></li><li><a href="#">Dịch vụ công trực tuyến</a></li><li><a href="#">Phản ánh, kiến nghị</a></li></ul></div>')

    def top(rng, pub_):
        return ('<div class="logo-wrap"><a href="/"><img src="/data/upload/banner/banner-phu-lac.png" alt="Cổng thông tin điện tử xã Phú Lạc" /></a></div>'
                f'<div class="header-date">{wd(pub_ + timedelta(days=1))}, ngày {dmy(pub_ + timedelta(days=1))}</div>')

    head = ('<link rel="stylesheet" href="/3rdparty/bootstrap/css/bootstrap.min.css" /><link rel="stylesheet" href="/templates/templatesotc/css/style.css?v=5.2" />'
            '<script src="/3rdparty/jquery/jquery.min.js"></script><script>var VHV={siteId:"5b6b1f0ea4e7c3046c8b4571",lang:"vi",module:{"17":{"type":"Article.Detail","layout":"news-detail-layout-type-2"}}};function printArticle(id){window.open("/print/"+id+".html","_blank");}</script>'
            + og(A12.title, url, {"og:description": A12.lead[:160]}))
    return page("s28-12", family="commune_party_vhv_cms_qa_interview_reprint",
                name="thainguyen-phulac-danguyxa-vhv-cms-templatesotc-breadcrumblist-tin-hoat-dong-post-date-hh-mm-ss-pipe-dd-mm-yyyy-above-h1-title-detail-brief-sapo-qa-interview-bold-pv-questions-table-picture-caption-bold-right-name-thuc-hien-italic-theo-bao",
                url=url, art=A12, main_fn=main, pub=pub, prefix="vhv", kb=145,
                org="Cổng thông tin điện tử xã Phú Lạc", addr="Xã Phú Lạc, tỉnh Thái Nguyên", phone="0208.3827.302",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "vhv", "head_extra": head, "title": A12.title, "items": MENU_GOV},
                exp=expected(A12, iso(pub), author="Thanh Huyền", category="Tin hoạt động"),
                traps={"bylines": [BYLINE12], "source": ["Theo Báo Thái Nguyên"], "chrome": ["Đọc bài", "Tổng số điểm của bài viết là: 20 trong 4 đánh giá", "Tin liên quan", "Lịch tiếp công dân", "Phản ánh, kiến nghị"], "related": lambda rl: rl[:5]},
                notes="A Q&A INTERVIEW reprinted on a commune's site built on the VHV CMS (ModuleWrapper[moduleRootId] boxes, article#article17.news-detail-layout-type-2, a schema.org BreadcrumbList, printArticle('<Mongo ObjectId>')). The stamp is printed ABOVE the headline in header > span.post-date, VHV's 'H:i:s | d/m/Y' shape: '15:40:27 | 18/09/2025' (time first, printed seconds) → 2025-09-18T15:40:27+07:00 (seconds kept, set 13; the meta itemprop=datePublished agrees). Lead: div.brief. Body: the interview — each bold question paragraph 'PV: …' and each answer paragraph 'Đồng chí Ma Thị Hạnh: …', the closing 'PV: Xin cảm ơn đồng chí!' included (the interview's own lines; the interviewee named at the head of her answers is the subject, not the author). The interviewee's portrait is in a VHV table.picture with td.caption → caption. Byline: bold right 'Thanh Huyền (thực hiện)' → author 'Thanh Huyền' ('(thực hiện)' dropped); the italic 'Theo Báo Thái Nguyên' under it is the SOURCE of the reprint → unit null. Crumb 'Trang chủ › Tin tức › Tin hoạt động' → category.",
                readme="VHV CMS commune site, a Q&A INTERVIEW reprinted from the Báo tỉnh: 'HH:MM:SS | dd/mm/yyyy' (time first, seconds) above the h1, div.brief lead, bold 'PV:' questions and 'Đồng chí …:' answers as body, table.picture caption, 'Name (thực hiện)' + 'Theo Báo …' (source, not unit)")


# ===================================================================== 13 Báo Hưng Yên: a press CMS; an INTERNATIONAL item reprinted from TTXVN; 'Thứ Ba, dd/mm/yyyy | HH:MM (GMT+7)' + 'Cập nhật:'; 'Name (theo TTXVN)'
A13 = Art("Khai mạc Hội nghị COP30: Kêu gọi hành động khẩn cấp ứng phó biến đổi khí hậu",
          "Hội nghị lần thứ 30 Các bên tham gia Công ước khung của Liên hợp quốc về biến đổi khí hậu (COP30) đã khai mạc ngày 10/11 (giờ địa phương) tại thành phố Belém, bang Pará của Brazil, với sự tham dự của đại diện gần 200 quốc gia và vùng lãnh thổ.",
          [("p", "Theo phóng viên TTXVN tại khu vực Mỹ Latinh, hội nghị diễn ra từ ngày 10 đến 21/11, lần đầu tiên được tổ chức tại khu vực rừng Amazon. Chương trình nghị sự tập trung vào việc cập nhật các đóng góp do quốc gia tự quyết định (NDC), huy động nguồn tài chính khí hậu và thúc đẩy chuyển đổi năng lượng công bằng."),
           ("p", "Phát biểu khai mạc, đại diện nước chủ nhà nhấn mạnh thế giới đang tụt lại phía sau so với mục tiêu giới hạn mức tăng nhiệt độ toàn cầu ở 1,5 độ C theo Thỏa thuận Paris, đồng thời kêu gọi các nước phát triển thực hiện cam kết hỗ trợ tài chính cho các nước đang phát triển trong ứng phó với biến đổi khí hậu."),
           ("img", "/uploads/2025/11/11/cop30-khai-mac-belem.jpg", "Quang cảnh phiên khai mạc Hội nghị COP30 tại thành phố Belém, Brazil ngày 10/11. Ảnh: THX/TTXVN"),
           ("raw", "RELATED"),
           ("p", "Theo các báo cáo được công bố trước thềm hội nghị, lượng phát thải khí nhà kính toàn cầu vẫn chưa đạt đỉnh, trong khi năm 2024 được ghi nhận là năm nóng nhất trong lịch sử đo đạc. Các nhà khoa học cảnh báo nếu không có hành động mạnh mẽ hơn, nhiệt độ Trái Đất có thể tăng khoảng 2,5 - 2,9 độ C vào cuối thế kỷ."),
           ("p", "Bên lề hội nghị, nhiều quốc gia dự kiến công bố các sáng kiến về bảo vệ rừng nhiệt đới, giảm phát thải khí methane và phát triển năng lượng tái tạo. Việt Nam cử đoàn đại biểu tham dự hội nghị, tiếp tục khẳng định cam kết đưa phát thải ròng về 0 vào năm 2050.")])
BYLINE13 = "Thanh Hương (theo TTXVN)"
INTL13 = ["ASEAN kết nạp Timor-Leste làm thành viên thứ 11", "Liên hợp quốc kêu gọi tăng viện trợ nhân đạo cho Gaza", "Nhật Bản và Hàn Quốc thúc đẩy hợp tác kinh tế",
          "Giá dầu thế giới giảm phiên thứ ba liên tiếp", "EU thông qua gói biện pháp hỗ trợ doanh nghiệp nhỏ và vừa", "Trung Quốc công bố số liệu xuất khẩu tháng 10"]


def page13():
    pub = T("2025-11-11 07:40")
    upd = T("2025-11-11 09:12")
    url = "https://baohungyen.vn/the-gioi/202511/khai-mac-hoi-nghi-cop30-keu-goi-hanh-dong-khan-cap-ung-pho-bien-doi-khi-hau-3b7c1f2/"

    def main(rng, rl, rd):
        rel_in = [("Việt Nam cam kết thực hiện các mục tiêu về giảm phát thải khí nhà kính", "/the-gioi/202511/viet-nam-cam-ket-giam-phat-thai-5e21a09/"),
                  ("Liên hợp quốc cảnh báo nguy cơ vượt ngưỡng tăng nhiệt 1,5 độ C", "/the-gioi/202510/lien-hop-quoc-canh-bao-nguy-co-vuot-nguong-2d9f7c1/")]
        box = ('<div class="box-related-inline"><div class="box-related-inline__title">Tin liên quan</div><ul>'
               + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in rel_in) + '</ul></div>')
        body = A13.render(p=lambda t: f'<p>{esc(t)}</p>', raw=lambda r: box,
                          img=lambda s, c, n: f'<figure class="expNoEdit"><img src="{s}" alt="{esc(c, True)}" /><figcaption class="fig">{esc(c)}</figcaption></figure>')
        items = "".join(f'<div class="story"><a href="/the-gioi/{d.strftime("%Y%m")}/{slug(t)[:50]}-{hexid(rng, 7)}/" class="story__title">{esc(t)}</a> <span class="story__time">{dmy(d)} | {hm(d)} (GMT+7)</span></div>' for t, d in zip(INTL13, rd))
        return (f'<div class="breadcrumbs"><a href="/">Trang chủ</a> <span>/</span> <a href="/the-gioi/">Thế giới</a> <span>/</span> <a href="/the-gioi/thoi-su-quoc-te/">Thời sự quốc tế</a></div>'
                f'<article class="detail"><div class="detail-kicker"><a href="/the-gioi/">Thế giới</a></div><h1 class="detail-title">{esc(A13.title)}</h1>'
                f'<div class="detail-meta"><span class="detail-time">{wd(pub)}, {dmy(pub)} | {hm(pub)} (GMT+7)</span> <span class="detail-update">Cập nhật: {dmy(upd)} | {hm(upd)} (GMT+7)</span></div>'
                f'<div class="detail-toolbar"><a class="listen" href="javascript:void(0)">Nghe đọc bài</a> <a class="font-size" href="javascript:void(0)">Cỡ chữ</a> <a class="print" href="javascript:window.print()">In</a></div>'
                f'<h2 class="detail-sapo">{esc(A13.lead)}</h2><div class="detail-content">{body}{right_bold(BYLINE13)}</div>'
                f'<div class="detail-tags">Từ khóa: <a href="/tag/cop30">COP30</a>, <a href="/tag/bien-doi-khi-hau">biến đổi khí hậu</a>, <a href="/tag/brazil">Brazil</a></div></article>'
                f'<div class="box-category"><h3 class="box-category__title">Tin cùng chuyên mục</h3>{items}</div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Đọc nhiều", fmt=lambda d: f"{dmy(d)} | {hm(d)}", cls="box-most-read")
                + '<div class="box-epaper"><h3>Báo in</h3><a href="/bao-in/"><img src="/uploads/bao-in/2025/11/11/trang-1.jpg" alt="Báo Hưng Yên số ra ngày 11/11/2025" /></a><p>Số 7.214 - Thứ Ba, 11/11/2025</p></div>'
                + '<div class="box-ads"><a href="#"><img src="/uploads/qc/2025/10/qc-ocop-hung-yen.jpg" alt="Sản phẩm OCOP Hưng Yên" /></a></div>')

    def top(rng, pub_):
        return ('<div class="header-top"><a class="logo" href="/"><img src="/assets/images/logo-bao-hung-yen.svg" alt="Báo Hưng Yên" /></a>'
                f'<div class="header-date">{wd(pub_)}, {dmy(pub_)}</div><div class="header-hotline">Đường dây nóng: 0221.3862.134</div></div>')

    head = (og(A13.title, url, {"og:site_name": "Báo Hưng Yên", "og:description": A13.lead[:160], "article:published_time": "2025-11-11T00:40:00Z", "article:modified_time": "2025-11-11T02:12:00Z"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A13.title, "datePublished": "2025-11-11T07:40:00+07:00", "dateModified": "2025-11-11T09:12:00+07:00",
                      "author": {"@type": "Person", "name": "Thanh Hương"}, "publisher": {"@type": "Organization", "name": "Báo Hưng Yên"}}))
    return page("s28-13", family="provincial_paper_press_cms_ttxvn_international_reprint",
                name="hungyen-bao-press-cms-cat-yyyymm-slug-7hex-crumb-the-gioi-thoi-su-quoc-te-kicker-h1-weekday-dd-mm-yyyy-pipe-hh-mm-gmt7-cap-nhat-same-shape-h2-sapo-expnoedit-figcaption-with-thx-ttxvn-credit-inline-tin-lien-quan-bold-right-name-theo-ttxvn",
                url=url, art=A13, main_fn=main, pub=pub, prefix="bhy", kb=215,
                org="Báo Hưng Yên", addr="Số 5 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.134",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "press", "head_extra": head, "title": A13.title + " | Báo Hưng Yên", "items": MENU_NEWS},
                exp=expected(A13, iso(pub), updated=iso(upd), author="Thanh Hương", category="Thời sự quốc tế"),
                traps={"bylines": [BYLINE13], "inline_box": ["Việt Nam cam kết thực hiện các mục tiêu về giảm phát thải khí nhà kính", "Liên hợp quốc cảnh báo nguy cơ vượt ngưỡng tăng nhiệt 1,5 độ C"],
                       "epaper": ["Số 7.214 - Thứ Ba, 11/11/2025"], "chrome": ["Nghe đọc bài", "Cỡ chữ", "Từ khóa:", "Tin cùng chuyên mục", "Đọc nhiều", "Báo in"], "related": INTL13[:5]},
                notes="An INTERNATIONAL item reprinted from the national news agency (TTXVN) on a Báo tỉnh running a press CMS (/<cat>/<yyyymm>/<slug>-<7 hex>/). Meta: 'Thứ Ba, 11/11/2025 | 07:40 (GMT+7)' and 'Cập nhật: 11/11/2025 | 09:12 (GMT+7)' → published 2025-11-11T07:40, updated 2025-11-11T09:12 (the '(GMT+7)' suffix is the zone, already +07:00; og article times are UTC 'Z' strings that agree once converted; JSON-LD agrees). Dates inside the text are the event's in Brazil ('ngày 10/11 (giờ địa phương)', the day before the item). Kicker 'Thế giới' above the h1 and crumb 'Trang chủ / Thế giới / Thời sự quốc tế' → category 'Thời sự quốc tế' (the deepest crumb level). Lead: h2.detail-sapo. The figure's figcaption ends with the agency credit 'Ảnh: THX/TTXVN' → caption kept whole, no photographer. An inline 'Tin liên quan' box sits between paragraphs (not body). Byline bold right: 'Thanh Hương (theo TTXVN)' → author 'Thanh Hương'; '(theo TTXVN)' says where the text comes from — a SOURCE in the byline's parentheses, not the writer's unit → unit null (a reader could store 'theo TTXVN' as the unit: the parenthesis has the shape of 'Name (unit)'). The print-edition box 'Số 7.214 - Thứ Ba, 11/11/2025' is chrome.",
                readme="Press CMS Báo tỉnh, an INTERNATIONAL item reprinted from TTXVN: 'Thứ Ba, 11/11/2025 | 07:40 (GMT+7)' + 'Cập nhật: … (GMT+7)', kicker + crumb 'Thời sự quốc tế', h2 sapo, figcaption ending 'Ảnh: THX/TTXVN' (no photographer), inline 'Tin liên quan' box, 'Name (theo TTXVN)' (the parenthesis is a source, not a unit)")


# ===================================================================== 14 Báo và Phát thanh, Truyền hình Đồng Nai: WordPress + tagDiv Newspaper 12; an INVESTIGATIVE SERIES part; TWIST an easy-TOC 'Nội dung chính' box repeats the sub-headings
A14 = Art("Bài 2: Đất công “đắp chiếu” giữa lòng đô thị",
          "Hàng chục khu đất công ở các phường trung tâm sau nhiều năm thu hồi vẫn bị bỏ hoang, cỏ mọc um tùm, trở thành nơi đổ trộm rác thải, trong khi nhu cầu đất xây dựng trường học, thiết chế văn hóa của người dân ngày càng bức thiết.",
          [("p", "Theo số liệu của Sở Nông nghiệp và Môi trường, sau sắp xếp đơn vị hành chính, toàn tỉnh Đồng Nai có hơn 1.900 cơ sở nhà, đất công dôi dư cần xử lý, trong đó nhiều khu đất nằm ở vị trí “đất vàng” của các phường trung tâm Trấn Biên, Tam Hiệp, Biên Hòa."),
           ("raw", "TOC"),
           ("h", "Khu đất vàng thành bãi rác"),
           ("p", "Khu đất rộng gần 1,2 ha trên đường Võ Thị Sáu, phường Trấn Biên được Nhà nước thu hồi từ năm 2016 để xây dựng trung tâm văn hóa - thể thao. Gần 10 năm trôi qua, khu đất vẫn được quây tôn tạm bợ; bên trong cỏ dại mọc cao quá đầu người, rác thải sinh hoạt, xà bần chất thành đống."),
           ("p", "Ông Nguyễn Văn Hải, một người dân sống đối diện khu đất, cho biết mùa mưa, nước đọng trong khu đất bốc mùi hôi thối, muỗi sinh sôi. “Người dân mong khu đất sớm được xây dựng công trình như quy hoạch, không thì cũng làm tạm sân chơi cho trẻ con”, ông Hải nói."),
           ("img", "/wp-content/uploads/2025/11/dat-cong-vo-thi-sau-bo-hoang.jpg", "Khu đất công rộng gần 1,2 ha trên đường Võ Thị Sáu bị bỏ hoang nhiều năm (Ảnh: Văn Truyền)"),
           ("h", "Vướng từ quy hoạch đến thủ tục"),
           ("p", "Theo tìm hiểu của phóng viên, nguyên nhân khiến nhiều khu đất chậm đưa vào sử dụng là do quy hoạch thay đổi nhiều lần, thiếu vốn đầu tư công, trong khi phương án đấu giá, cho thuê vướng quy định về định giá đất. Có khu đất đã được phê duyệt chủ trương đấu giá từ năm 2019 nhưng đến nay vẫn chưa hoàn thành thủ tục xác định giá khởi điểm."),
           ("p", "Một lãnh đạo phòng chuyên môn của Sở Tài chính thừa nhận, việc xử lý nhà, đất công dôi dư liên quan nhiều cơ quan; sau khi bỏ cấp huyện, hồ sơ của một số khu đất phải bàn giao lại, mất thêm thời gian rà soát."),
           ("img", "/wp-content/uploads/2025/11/tru-so-cu-xuong-cap.jpg", "Nhiều trụ sở cũ sau sắp xếp đang xuống cấp, chưa có phương án sử dụng (Ảnh: Hoàng Lộc)"),
           ("h", "Cần cơ chế xử lý dứt điểm"),
           ("p", "Theo các chuyên gia, để không lãng phí nguồn lực đất đai, tỉnh cần rà soát, phân loại cụ thể từng khu đất; khu nào đủ điều kiện thì tổ chức đấu giá ngay, khu nào chưa có vốn đầu tư thì cho thuê ngắn hạn hoặc sử dụng tạm làm bãi giữ xe, sân chơi công cộng, tránh để đất “nằm chờ”."),
           ("p", "Tại buổi làm việc với các sở, ngành đầu tháng 11, lãnh đạo UBND tỉnh đã yêu cầu hoàn thành phương án xử lý toàn bộ nhà, đất dôi dư trong quý I/2026; người đứng đầu đơn vị để đất công bỏ hoang, lãng phí phải chịu trách nhiệm.")])
BYLINE14 = "Hoàng Lộc - Văn Truyền"
SERIES14 = "Lãng phí đất công - nhìn từ cơ sở"


def page14():
    pub = T("2025-11-15 06:00")
    url = "https://dnrtv.vn/2025/11/15/bai-2-dat-cong-dap-chieu-giua-long-do-thi/"
    heads_ = [b[1] for b in A14.blocks if b[0] == "h"]

    def anchor(t):
        return "_".join(w.capitalize() if i == 0 else w for i, w in enumerate(slug(t).split("-")))

    toc = ('<div id="ez-toc-container" class="ez-toc-v2_0_76 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Nội dung chính</p>'
           '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span><span class="ez-toc-icon-toggle-span"><svg style="fill: #999;color:#999" xmlns="http://www.w3.org/2000/svg" class="list-377408" width="20px" height="20px" viewBox="0 0 24 24" fill="none"><path d="M6 6H4v2h2V6zm14 0H8v2h12V6zM4 11h2v2H4v-2zm16 0H8v2h12v-2zM4 16h2v2H4v-2zm16 0H8v2h12v-2z" fill="currentColor"></path></svg></span></span></span></a></span></div>'
           '<nav><ul class=\'ez-toc-list ez-toc-list-level-1 \' >'
           + "".join(f'<li class=\'ez-toc-page-1 ez-toc-heading-level-2\'><a class="ez-toc-link ez-toc-heading-{i}" href="#{anchor(t)}" title="{esc(t, True)}">{esc(t)}</a></li>' for i, t in enumerate(heads_, 1))
           + '</ul></nav></div>')

    def main(rng, rl, rd):
        body = A14.render(p=lambda t: f'<p>{esc(t)}</p>', raw=lambda r: toc,
                          h=lambda t: f'<h2 class="wp-block-heading"><span class="ez-toc-section" id="{anchor(t)}"></span>{esc(t)}<span class="ez-toc-section-end"></span></h2>',
                          img=lambda s, c, n: f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{s}" alt="" class="wp-image-{88120 + n}"/><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')
        series = [("Bài 1: Hàng nghìn cơ sở nhà, đất dôi dư chờ phương án xử lý", "/2025/11/14/bai-1-hang-nghin-co-so-nha-dat-doi-du-cho-phuong-an-xu-ly/", ""),
                  (A14.title, url, " (đang đọc)"), ("Bài 3: Khơi thông nguồn lực đất đai", "#", " (kỳ tới)")]
        sbox = ('<div class="series-box"><div class="series-box__title">Loạt bài: ' + esc(SERIES14) + '</div><ol>'
                + "".join(f'<li><a href="{h}">{esc(t)}</a>{esc(x)}</li>' for t, h, x in series) + '</ol></div>')
        related = "".join(f'<div class="td_module_flex td_module_flex_1"><div class="td-module-container"><h3 class="entry-title td-module-title"><a href="/{d.strftime("%Y/%m/%d")}/{slug(t)}/" rel="bookmark" title="{esc(t, True)}">{esc(t)}</a></h3>'
                          f'<div class="td-editor-date"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(d)}">{dmy(d)}</time></span></div></div></div>' for t, d in zip(rl[:6], rd))
        return (f'<div class="td_block_wrap tdb_breadcrumbs tdi_71 td-pb-border-top td_block_template_1 tdb-breadcrumbs" data-td-block-uid="tdi_71"><div class="tdb-block-inner td-fix-index">'
                f'<span><a title="" class="tdb-entry-crumb" href="/">Trang chủ</a></span><i class="tdb-bread-sep td-icon-right"></i><span><a title="Xem tất cả bài viết trong Phóng sự - Điều tra" class="tdb-entry-crumb" href="/chuyen-muc/phong-su-dieu-tra/">Phóng sự - Điều tra</a></span></div></div>'
                f'<div class="td_block_wrap tdb_single_categories tdi_72"><div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="/chuyen-muc/phong-su-dieu-tra/"><span class="tdb-cat-bg"></span>Phóng sự - Điều tra</a></div></div>'
                f'<div class="series-chip"><a href="/loat-bai/lang-phi-dat-cong/">{esc(SERIES14.upper())}</a></div>'
                f'<div class="td_block_wrap tdb_title tdi_73 tdb-single-title"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">{esc(A14.title)}</h1></div></div>'
                f'<div class="td_block_wrap tdb_single_subtitle tdi_74"><div class="tdb-block-inner td-fix-index"><p>{esc(A14.lead)}</p></div></div>'
                f'<div class="vc_row_inner tdi_76 vc_row vc_inner wpb_row td-pb-row"><div class="td_block_wrap tdb_single_author tdi_77"><div class="tdb-block-inner td-fix-index"><span class="tdb-author-by">Bởi</span> <a class="tdb-author-name" href="/author/bbt_dnrtv/">bbt_dnrtv</a></div></div>'
                f'<div class="td_block_wrap tdb_single_date tdi_78"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="{iso(pub)}">{dmy(pub)}</time></div></div>'
                f'<div class="td_block_wrap tdb_single_post_views tdi_79"><div class="tdb-block-inner td-fix-index"><span class="td-nr-views-88119">2.417</span></div></div></div>'
                f'<div class="td_block_wrap tdb_single_content tdi_80 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">{body}'
                f'<p class="has-text-align-right"><strong>{esc(BYLINE14)}</strong></p></div></div>{sbox}'
                f'<div class="td_block_wrap tdb_single_tags tdi_81"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags"><li><span>Thẻ</span></li><li><a href="/tag/dat-cong/">đất công</a></li><li><a href="/tag/lang-phi/">lãng phí</a></li><li><a href="/tag/chong-lang-phi/">chống lãng phí</a></li></ul></div></div>'
                f'<div class="td_block_wrap tdb_single_related tdi_82"><div class="td-block-title-wrap"><h4 class="td-block-title"><span>Bài viết liên quan</span></h4></div><div class="td_block_inner tdb-block-inner td-fix-index">{related}</div></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới nhất", fmt=lambda d: dmy(d), cls="td_block_wrap td_block_popular")
                + '<div class="td_block_wrap td-a-rec"><div class="td-a-rec-id-sidebar"><a href="#"><img src="/wp-content/uploads/2025/10/banner-dong-nai-tv.jpg" alt="Đồng Nai TV" /></a></div></div>'
                + '<div class="td_block_wrap td_block_social_counter"><h4 class="td-block-title"><span>Theo dõi chúng tôi</span></h4><span class="td_social_info">Facebook 182.000 người theo dõi</span> <span class="td_social_info">YouTube 410.000 người đăng ký</span></div>')

    def top(rng, pub_):
        return ('<div class="tdb_header_logo"><a class="tdb-logo-a" href="/"><img class="tdb-logo-img" src="/wp-content/uploads/2025/07/logo-bao-va-ptth-dong-nai.png" alt="Báo và Phát thanh, Truyền hình Đồng Nai" /></a></div>'
                f'<div class="tdb_header_date"><div class="tdb-head-date-txt">{wd(pub_)}, {dmy(pub_)}</div></div>')

    head = ('<meta name="generator" content="WordPress 6.8.3" /><link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.7.1" type="text/css" media="all" />'
            '<link rel="stylesheet" id="ez-toc-css" href="/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.76" type="text/css" media="all" />'
            '<script type="text/javascript" id="td-generated-header-js">var tdBlocksArray=[];var tdLocalCache={};var tds_login_sing_in_widget="show";var td_viewport_interval_list=[{"limitBottom":767,"sidebarWidth":228},{"limitBottom":1018,"sidebarWidth":300}];var tdc_is_installed="yes";var td_ajax_url="https:\\/\\/dnrtv.vn\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.7.1";var td_get_template_directory_uri="https:\\/\\/dnrtv.vn\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";var tds_general_modal_image="yes";</script>'
            + og(A14.title, url, {"og:site_name": "Báo và Phát thanh, Truyền hình Đồng Nai", "article:published_time": iso(pub), "article:modified_time": "2025-11-15T08:41:12+07:00", "article:section": "Phóng sự - Điều tra"}))
    return page("s28-14", family="merged_press_agency_wp_tagdiv_newspaper_series_part_easy_toc_box",
                name="dongnai-bao-va-ptth-wp-tagdiv-newspaper12-tdb-breadcrumbs-phong-su-dieu-tra-series-chip-h1-bai-2-subtitle-lead-boi-account-date-only-time-agrees-ez-toc-noi-dung-chinh-box-repeats-h2-heads-wp-element-captions-bold-right-two-names-series-box",
                url=url, art=A14, main_fn=main, pub=pub, prefix="td", kb=265,
                org="Báo và Phát thanh, Truyền hình Đồng Nai", addr="Số 81 đường Cách Mạng Tháng Tám, phường Trấn Biên, tỉnh Đồng Nai", phone="0251.3822.436",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "tdnews", "head_extra": head, "title": A14.title + " - Báo và Phát thanh, Truyền hình Đồng Nai", "items": MENU_NEWS,
                          "body_cls": "post-template-default single single-post postid-88119 single-format-standard td-standard-pack tdb-template tdc-header-template tdc-footer-template td-full-layout"},
                exp=expected(A14, iso(pub), author="Hoàng Lộc, Văn Truyền", category="Phóng sự - Điều tra"),
                traps={"toc": ["Nội dung chính", "Toggle"], "series": ["Loạt bài: " + SERIES14, "(đang đọc)", "(kỳ tới)", "Bài 1: Hàng nghìn cơ sở nhà, đất dôi dư chờ phương án xử lý", SERIES14.upper()],
                       "accounts": ["bbt_dnrtv"], "bylines": [BYLINE14], "chrome": ["Bài viết liên quan", "Theo dõi chúng tôi", "Thẻ"], "related": lambda rl: rl[:5]},
                notes="TWIST: part 2 of an INVESTIGATIVE SERIES on the WordPress site (tagDiv Newspaper 12, tdb cloud templates: tdb_breadcrumbs, tdb_title, tdb_single_subtitle, tdb_single_content) of a merged provincial press agency (Báo và Phát thanh, Truyền hình, formed in 2025). The Easy Table of Contents plugin inserts its box after the first paragraph: 'Nội dung chính' + a list of links repeating the three sub-headings ('Khu đất vàng thành bãi rác', 'Vướng từ quy hoạch đến thủ tục', 'Cần cơ chế xử lý dứt điểm') — inside the content block, in the flow of the text, looking like a short list. → the TOC box is not body (set 27 left this case for a later set); each sub-heading is body ONCE, where the text has it (h2 with an ez-toc anchor span). An extractor that keeps the box stores the three headings twice (and 'Nội dung chính' as a paragraph). Title: h1.tdb-title-text 'Bài 2: Đất công “đắp chiếu” giữa lòng đô thị' (the part number is printed in the headline and kept); the chip above it with the series name in capitals is the series label (not a category; set 27's genre-label rule). Lead: the tdb subtitle. Date: tdb_single_date prints '15/11/2025' only, in a <time datetime='2025-11-15T06:00:00+07:00'> → published 2025-11-15T06:00 (MAJORITY rule; og modified time machine-only → updated null). 'Bởi bbt_dnrtv' is an account. Byline bold right 'Hoàng Lộc - Văn Truyền' → two authors. Captions (wp-element-caption) end with '(Ảnh: …)' credits → kept whole, no photographer. The series box after the text ('Loạt bài: …', Bài 1 / Bài 2 (đang đọc) / Bài 3 (kỳ tới)) is series navigation, not body. Crumb → 'Phóng sự - Điều tra'.",
                readme="TWIST an Easy-TOC box 'Nội dung chính' after the first paragraph repeats the three sub-headings as links inside the content → not body, each heading once where the text has it; WordPress + tagDiv Newspaper 12 merged Báo và PT-TH, INVESTIGATIVE SERIES part 2: 'Bài 2: …' headline under a capitals series chip (not the category), tdb subtitle lead, date-only '15/11/2025' in an agreeing <time>, 'Bởi <account>', captions ending '(Ảnh: …)', bold right 'A - B', series box after the text")


# ===================================================================== 15 Hội Người cao tuổi tỉnh Cao Bằng: PHP-Nuke 8 (never migrated); 'Gửi lúc Thứ năm, 04 Tháng mười hai 2025 @ 09:12:44 ICT bởi <account>'
A15 = Art("Hội Người cao tuổi tỉnh tổng kết phong trào “Tuổi cao - Gương sáng” năm 2025",
          "Ngày 3/12, Hội Người cao tuổi tỉnh tổ chức hội nghị tổng kết phong trào thi đua “Tuổi cao - Gương sáng” năm 2025, biểu dương 120 tập thể, cá nhân tiêu biểu.",
          [("p", "Năm 2025, các cấp hội trong tỉnh đã vận động hội viên tích cực tham gia xây dựng nông thôn mới, đô thị văn minh, giữ gìn an ninh trật tự ở khu dân cư. Toàn tỉnh có 1.240 câu lạc bộ liên thế hệ tự giúp nhau, câu lạc bộ văn hóa, thể thao với hơn 38.000 hội viên tham gia; 96% người cao tuổi được cấp thẻ bảo hiểm y tế."),
           ("p", "Nhiều người cao tuổi là tấm gương sáng trong phát triển kinh tế, như ông Nông Văn Thượng ở xã Hòa An với mô hình trồng thạch đen, mỗi năm thu lãi hơn 200 triệu đồng, tạo việc làm cho 12 lao động địa phương; bà Lục Thị Nhàn ở phường Thục Phán tích cực tham gia hòa giải, góp phần giải quyết ổn thỏa 15 vụ mâu thuẫn trong khu dân cư."),
           ("img", "images/news/2025/12/tong-ket-tuoi-cao-guong-sang.jpg", "Lãnh đạo Hội Người cao tuổi tỉnh trao giấy khen cho các tập thể có thành tích xuất sắc"),
           ("p", "Dịp này, Ban Thường vụ Hội Người cao tuổi tỉnh tặng giấy khen cho 45 tập thể, 75 cá nhân có thành tích xuất sắc trong phong trào năm 2025.")])
BYLINE15 = "Hoàng Văn Sính, Chủ tịch Hội NCT xã Hòa An"
MON_VI = ["Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy", "Tháng tám", "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai"]


def page15():
    pub = T("2025-12-04 09:12:44")
    assert pub.weekday() == 3
    rng = __import__("random").Random("s28-15")
    site = "http://hoinguoicaotuoi.caobang.gov.vn"
    url = f"{site}/modules.php?name=News&file=article&sid=1873"
    stamp = f"{wd(pub, lower=True)}, {pub.day:02d} {MON_VI[pub.month - 1]} {pub.year} @ {pub.strftime('%H:%M:%S')} ICT"
    body = A15.render(p=lambda t: f'{esc(t)}<br><br>', img=lambda s, c, n: f'<div align="center"><img src="{s}" border="0" width="450" alt=""><br><i>{esc(c)}</i></div><br>', sep="\n")
    others = ["Hội Người cao tuổi xã Hòa An ra mắt câu lạc bộ liên thế hệ tự giúp nhau", "Khám sức khỏe miễn phí cho 600 người cao tuổi vùng biên giới",
              "Mừng thọ người cao tuổi tròn 80, 90 tuổi ở phường Thục Phán", "Tập huấn công tác hội cho chi hội trưởng người cao tuổi",
              "Người cao tuổi tham gia giữ gìn an ninh trật tự ở khu dân cư", "Trao quà cho người cao tuổi có hoàn cảnh khó khăn dịp Quốc khánh"]
    odates = past(pub, rng, 6, 1, 40)
    most = "Biểu dương 50 gương “Tuổi cao - Gương sáng” tiêu biểu năm 2024"

    def blk(title, content):
        return (f'<table border="0" cellpadding="0" cellspacing="0" width="170" class="block"><tr><td class="blocktitle" background="themes/CaoBang/images/block-title.gif" height="24">&nbsp;<b>{esc(title)}</b></td></tr>'
                f'<tr><td class="blockcontent">{content}</td></tr></table><br>')
    left = (blk("Menu chính", "".join(f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name={m}">{esc(t)}</a><br>' for m, t in [("Home", "Trang chủ"), ("Topics", "Chủ đề"), ("News", "Tin tức"), ("Search", "Tìm kiếm"), ("Submit_News", "Gửi bài"), ("Statistics", "Thống kê"), ("Web_Links", "Liên kết")]))
            + blk("Thành viên", '<form action="modules.php?name=Your_Account" method="post">Tên truy cập<br><input type="text" name="username" size="10" maxlength="25"><br>Mật khẩu<br><input type="password" name="user_password" size="10" maxlength="20"><br><input type="hidden" name="op" value="login"><input type="submit" value="Đăng nhập"></form><a href="modules.php?name=Your_Account&amp;op=new_user">Đăng ký</a>')
            + blk("Tin cũ hơn", "".join(f'<font class="content"><b><big>&middot;</big></b> <a href="modules.php?name=News&amp;file=article&amp;sid={1872 - i}">{esc(t)}</a> ({odates[i].strftime("%d/%m")})</font><br>' for i, t in enumerate(others[:6]))))
    right = (blk("Liên kết liên quan", f'<font class="content"><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;topic=5">Thêm tin về Phong trào thi đua</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;author=hnct_caobang">Tin gửi bởi hnct_caobang</a><br><br><center><b>Tin được đọc nhiều nhất về Phong trào thi đua:</b><br><a href="modules.php?name=News&amp;file=article&amp;sid=1801">{esc(most)}</a></center></font>')
             + blk("Xếp hạng bài viết", '<center><font class="content">Điểm trung bình: <b>5</b><br>Số phiếu: <b>3</b></font><br><form action="modules.php?name=News" method="post"><input type="hidden" name="sid" value="1873"><input type="hidden" name="op" value="rate_article">'
                   + "".join(f'<input type="radio" name="score" value="{v}"> {t}<br>' for v, t in [(5, "Tuyệt vời"), (4, "Rất tốt"), (3, "Tốt"), (2, "Trung bình"), (1, "Tồi")]) + '<input type="submit" value="Bỏ phiếu!"></form></center>')
             + blk("Tùy chọn", '<font class="content"><a href="modules.php?name=News&amp;file=print&amp;sid=1873"><img src="images/print.gif" border="0" alt="Bản để in" title="Bản để in" width="16" height="11"></a>&nbsp;<a href="modules.php?name=News&amp;file=print&amp;sid=1873">Bản để in</a><br><a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid=1873"><img src="images/friend.gif" border="0" alt="Gửi bài này cho bạn" width="16" height="11"></a>&nbsp;<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid=1873">Gửi bài này cho bạn</a></font>'))
    html = (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<title>Hội Người cao tuổi tỉnh Cao Bằng - {esc(A15.title)}</title>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta http-equiv="expires" content="0">\n<meta name="resource-type" content="document">\n<meta name="distribution" content="global">\n'
            f'<meta name="author" content="Hội Người cao tuổi tỉnh Cao Bằng">\n<meta name="copyright" content="Copyright (c) by Hội Người cao tuổi tỉnh Cao Bằng">\n<meta name="keywords" content="người cao tuổi, Cao Bằng, tuổi cao gương sáng">\n'
            f'<meta name="generator" content="PHP-Nuke Copyright (c) 2006 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">\n'
            f'<link rel="alternate" type="application/rss+xml" title="RSS" href="backend.php">\n<link rel="StyleSheet" href="themes/CaoBang/style/style.css" type="text/css">\n'
            f'<script type="text/javascript">\n<!--\nfunction openwindow(){{window.open ("modules.php?name=Forums&file=viewonline","Who","toolbar=no,location=no,directories=no,status=no,scrollbars=yes,resizable=no,copyhistory=no,width=400,height=200");}}\n//-->\n</script>\n<!--PAD-->\n</head>\n'
            f'<body bgcolor="#FFFFFF" text="#000000" link="#0000CC" vlink="#0000CC" alink="#FF0000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
            f'<table border="0" cellpadding="0" cellspacing="0" width="100%" align="center"><tr><td><img src="themes/CaoBang/images/header.jpg" width="980" height="140" alt="Hội Người cao tuổi tỉnh Cao Bằng"></td></tr>'
            f'<tr><td class="topbar" height="22">&nbsp;<a href="index.php">Trang chủ</a> | <a href="modules.php?name=Topics">Chủ đề</a> | <a href="modules.php?name=News">Tin tức</a> | <a href="modules.php?name=Web_Links">Liên kết</a> | <a href="modules.php?name=Feedback">Liên hệ</a>'
            f'<span style="float:right">{wd(pub + timedelta(days=2))}, {dmy(pub + timedelta(days=2))}&nbsp;</span></td></tr></table>\n'
            f'<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top"><td width="170" valign="top">{left}</td><td width="6">&nbsp;</td><td width="100%" valign="top">\n'
            f'<table width="100%" border="0" cellspacing="0" cellpadding="4" class="article"><tr><td class="articletitle"><font class="title"><b>{esc(A15.title)}</b></font><br>'
            f'<font class="tiny">Gửi lúc {esc(stamp[0].upper() + stamp[1:])} bởi <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=hnct_caobang">hnct_caobang</a></font></td></tr>\n'
            f'<tr><td><a href="modules.php?name=News&amp;new_topic=5"><img src="images/topics/phongtrao.gif" border="0" alt="Phong trào thi đua" title="Phong trào thi đua" align="right" hspace="10" vspace="10"></a>\n'
            f'<font class="content">{esc(A15.lead)}<br><br>\n{body}\n<div align="right"><b>{esc(BYLINE15)}</b></div></font></td></tr>\n'
            f'<tr><td class="articlefoot"><font class="tiny">Chủ đề: <a href="modules.php?name=News&amp;new_topic=5">Phong trào thi đua</a> | Lượt đọc: 214</font></td></tr></table><br>\n'
            f'<table width="100%" border="0" cellspacing="1" cellpadding="4" class="comments"><tr><td class="commentshead"><b>Ý kiến bạn đọc</b></td></tr><tr><td><font class="content">Hiện chưa có ý kiến nào. <a href="modules.php?name=News&amp;file=comments&amp;op=Reply&amp;sid=1873">Gửi ý kiến</a></font></td></tr></table>\n'
            f'</td><td width="6">&nbsp;</td><td width="170" valign="top">{right}</td></tr></table>\n'
            f'<table width="100%" border="0" cellpadding="6"><tr><td align="center" class="footmsg"><font class="footmsg">HỘI NGƯỜI CAO TUỔI TỈNH CAO BẰNG<br>Địa chỉ: Số 012 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng - Điện thoại: 0206.3852.417<br>'
            f'Web site powered by <a href="http://phpnuke.org" target="_blank">PHP-Nuke</a><br>Thời gian tạo trang: 0.21 giây</font></td></tr></table>\n</body>\n</html>\n')
    html = pad(html, rng, 78, prefix="nk")
    exp = expected(A15, iso(pub), author="Hoàng Văn Sính", unit="Hội NCT xã Hòa An", category="Phong trào thi đua")
    return mk("elderly_association_phpnuke8_never_migrated_at_sign_ict_stamp",
              "caobang-hoinguoicaotuoi-phpnuke8-modules-php-news-article-sid-html401-tables-font-title-gui-luc-weekday-dd-thang-muoi-hai-yyyy-at-hh-mm-ss-ict-boi-account-topic-image-hometext-lead-br-paragraphs-center-i-caption-right-bold-name-post-unit-chu-de",
              url, html, exp,
              {"accounts": ["hnct_caobang"], "bylines": [BYLINE15], "chrome": ["Liên kết liên quan", "Thêm tin về Phong trào thi đua", "Tin được đọc nhiều nhất về Phong trào thi đua:", "Xếp hạng bài viết", "Điểm trung bình:", "Bản để in", "Gửi bài này cho bạn", "Ý kiến bạn đọc", "Thời gian tạo trang: 0.21 giây", "Lượt đọc: 214"],
               "related": [most] + others[:5]},
              "A Hội Người cao tuổi tỉnh site still on PHP-Nuke 8 (never migrated: modules.php?name=News&file=article&sid=…, HTML 4.01, nested layout tables, <font class='title'>, left and right blocks, 'Liên kết liên quan' / 'Xếp hạng bài viết' / 'Tùy chọn' blocks beside the article, a page-generation time in the footer). Stamp: PHP-Nuke's vi-localised 'Gửi lúc Thứ năm, 04 Tháng mười hai 2025 @ 09:12:44 ICT bởi hnct_caobang' — the month spelt out ('Tháng mười hai' = December, glibc-style), the time after an '@', printed seconds, and the zone abbreviation ICT (Indochina Time = UTC+7) → 2025-12-04T09:12:44+07:00; 'hnct_caobang' is the posting account. Category: the topic, 'Chủ đề: Phong trào thi đua' under the article (and the topic image's alt) → 'Phong trào thi đua'. Lead: PHP-Nuke's hometext, printed first in the same <font class='content'> as the text, separated by <br><br> (no styling; it is the item's intro field) → lead. Paragraphs are separated by <br><br>, not <p>. One centred image with an <i> caption. Byline bold right 'Hoàng Văn Sính, Chủ tịch Hội NCT xã Hòa An' → author 'Hoàng Văn Sính', unit 'Hội NCT xã Hòa An' (the post 'Chủ tịch' dropped, as set 27 dropped 'Ủy viên Ban Thường vụ'). A smaller page (78 KB).",
              "PHP-Nuke 8 Hội Người cao tuổi tỉnh (never migrated, table layout, smaller page): 'Gửi lúc Thứ năm, 04 Tháng mười hai 2025 @ 09:12:44 ICT bởi <account>' (month in words, '@', seconds, zone ICT), 'Chủ đề:' topic = category, unstyled hometext = lead, <br><br> paragraphs, centred <i> caption, 'Name, Chủ tịch <unit>' (post dropped)",
              min_kb=60)


# ===================================================================== 16 Sở Tư pháp tỉnh An Giang: mojoPortal 2.9 blog module; 'Đăng bởi <account> ngày dd-mm-yyyy HH:MM' + 'Cập nhật lần cuối:'; 'LS. Name (unit)' + a separate 'Ảnh:' line
A16 = Art("Tuyên truyền pháp luật về bầu cử cho đồng bào Khmer ở các xã biên giới",
          None,
          [("p", "Từ ngày 2 đến 4/2, Sở Tư pháp phối hợp với Đoàn Luật sư tỉnh và Sở Dân tộc và Tôn giáo tổ chức 6 buổi tuyên truyền pháp luật về bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp cho hơn 900 đồng bào Khmer tại các xã biên giới An Cư, Tri Tôn, Ba Chúc và phường Tịnh Biên."),
           ("p", "Tại các buổi tuyên truyền, báo cáo viên giới thiệu những nội dung cơ bản của Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND, nhất là quyền, nghĩa vụ của cử tri; nguyên tắc bầu cử phổ thông, bình đẳng, trực tiếp và bỏ phiếu kín; cách thức kiểm tra danh sách cử tri, nhận thẻ cử tri và thực hiện bỏ phiếu đúng quy định."),
           ("img", "/Data/Sites/1/media/blog/2026/02/tu-van-phap-luat-chua-soai-chek.jpg", "Luật sư tư vấn pháp luật cho đồng bào Khmer tại chùa Soài Chek, xã An Cư"),
           ("p", "Để người dân dễ tiếp thu, nội dung được truyền đạt song ngữ Việt - Khmer với sự hỗ trợ của các vị sư cả, người có uy tín trong phum, sóc. Ban tổ chức cũng cấp phát 2.000 tờ gấp, tài liệu hỏi - đáp về bầu cử bằng hai thứ tiếng."),
           ("p", "Nhiều người dân cho biết, qua buổi tuyên truyền đã hiểu rõ hơn về ý nghĩa của lá phiếu, không bầu thay, bầu hộ và sẵn sàng tham gia ngày hội non sông 15/3/2026.")])
BYLINE16 = "LS. Trần Thị Thu Thảo (Đoàn Luật sư tỉnh)"


def page16():
    pub = T("2026-02-05 14:10")
    upd = T("2026-02-06 08:02")
    url = "https://stp.angiang.gov.vn/tuyen-truyen-phap-luat-ve-bau-cu-cho-dong-bao-khmer-o-cac-xa-bien-gioi"

    def main(rng, rl, rd):
        body = A16.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>',
                          img=lambda s, c, n: f'<figure class="image"><img alt="" src="{s}" width="640" height="427" /><figcaption>{esc(c)}</figcaption></figure>')
        prev_t, next_t = rl[1], "Hội nghị triển khai công tác tư pháp năm 2026"
        cats = "".join(f'<li><a href="/Blog/ViewCategory.aspx?cat={i}&amp;pageid=12&amp;mid=31">{esc(c)}</a> ({n})</li>' for i, (c, n) in enumerate([("Tin hoạt động", 512), ("Phổ biến, giáo dục pháp luật", 188), ("Hòa giải ở cơ sở", 64), ("Trợ giúp pháp lý", 71)], 1))
        return (f'<div id="ctl00_mainContent_ctl00_pnlContainer" class="panelwrapper blogmodule"><div class="modulecontent"><div class="blogwrapper"><div class="blogitem">'
                f'<h2 class="blogitemtitle moduletitle"><span id="ctl00_mainContent_ctl00_heading">{esc(A16.title)}</span></h2>'
                f'<div class="blogdate"><span class="bdate">Đăng bởi <a href="/Blog/ViewList.aspx?pageid=12&amp;mid=31&amp;user=7">stp_angiang</a> ngày {pub.strftime("%d-%m-%Y %H:%M")}</span></div>'
                f'<div class="blogtext">{body}{right_em(BYLINE16)}{right_em("Ảnh: Minh Trí")}</div>'
                f'<div class="bloglastmod">Cập nhật lần cuối: {upd.strftime("%d-%m-%Y %H:%M")}</div>'
                f'<div class="blogtags">Chuyên mục: <a href="/Blog/ViewCategory.aspx?cat=2&amp;pageid=12&amp;mid=31">Phổ biến, giáo dục pháp luật</a></div>'
                f'<div class="blognav"><a class="postlink prevpost" href="/{slug(prev_t)}">« {esc(prev_t)}</a> <a class="postlink nextpost" href="/{slug(next_t)}">{esc(next_t)} »</a></div>'
                f'<div class="blogcommentsection"><h3 class="blogcommentheading">Bình luận</h3><p>Chưa có bình luận nào.</p><div class="settingrow"><label>Tên</label><input type="text" name="ctl00$mainContent$ctl00$txtName" /></div>'
                f'<div class="settingrow"><label>Nội dung</label><textarea name="ctl00$mainContent$ctl00$edComment" rows="5" cols="40"></textarea></div><input type="submit" name="ctl00$mainContent$ctl00$btnPostComment" value="Gửi bình luận" /></div>'
                f'</div></div><div class="blognavright"><h3>Chuyên mục</h3><ul class="blognav">{cats}</ul></div></div></div>')

    crumbs = '<a class="unselectednode" href="/">Trang chủ</a> &gt; <a class="selectednode" href="/tin-tuc">Tin tức</a>'

    def side(rng, pub_):
        return (side_std(rng, pub_, "Bài viết mới", fmt=lambda d: d.strftime("%d-%m-%Y"), cls="panelwrapper recentposts")
                + '<div class="panelwrapper tra-cuu"><h3>Tra cứu</h3><ul><li><a href="#">Tra cứu lý lịch tư pháp</a></li><li><a href="#">Cơ sở dữ liệu quốc gia về pháp luật</a></li><li><a href="#">Danh bạ tổ chức hành nghề luật sư</a></li></ul></div>'
                + '<div class="panelwrapper archive"><h3>Lưu trữ</h3><ul><li><a href="#">Tháng 2 năm 2026 (14)</a></li><li><a href="#">Tháng 1 năm 2026 (37)</a></li><li><a href="#">Tháng 12 năm 2025 (41)</a></li></ul></div>')

    def top(rng, pub_):
        return ('<div class="art-logo"><h1 class="art-logo-name"><a href="/">Sở Tư pháp tỉnh An Giang</a></h1><div class="art-logo-text">Trang thông tin điện tử</div></div>'
                f'<div class="headerdate">{wd(pub_ + timedelta(days=1))}, {dmy(pub_ + timedelta(days=1))}</div>')

    head = ('<link rel="stylesheet" href="/csshandler.ashx?skin=artisteer-greenandwhite&amp;s=1&amp;v=2.9.0.0&amp;sv=3f2a10c4-9b7e-4d51-8c3a-2e6b0f9d4a17" type="text/css" />'
            '<script src="/ClientScript/jqmojo/mojocombined-3-0-0.js" type="text/javascript"></script><meta name="generator" content="mojoPortal" />'
            + og(A16.title, url, {"og:site_name": "Sở Tư pháp tỉnh An Giang"}))
    return page("s28-16", family="justice_department_mojoportal_blog_lawyer_byline_separate_photo_line",
                name="angiang-sotuphap-mojoportal29-blog-module-artisteer-skin-site-name-h1-blogitemtitle-h2-dang-boi-account-ngay-dd-mm-yyyy-dashes-hh-mm-no-lead-figcaption-italic-right-ls-name-paren-unit-then-anh-name-line-cap-nhat-lan-cuoi-chuyen-muc-label",
                url=url, art=A16, main_fn=main, pub=pub, prefix="mojo", kb=120,
                org="Sở Tư pháp tỉnh An Giang", addr="Số 12 đường Trần Hưng Đạo, phường Long Xuyên, tỉnh An Giang", phone="0296.3852.414",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "mojo", "form": True, "head_extra": head, "title": A16.title + " - Sở Tư pháp tỉnh An Giang", "items": MENU_GOV, "action": "/tuyen-truyen-phap-luat-ve-bau-cu-cho-dong-bao-khmer-o-cac-xa-bien-gioi"},
                exp=expected(A16, iso(pub), updated=iso(upd), author="LS. Trần Thị Thu Thảo", unit="Đoàn Luật sư tỉnh", photographer="Minh Trí", category="Phổ biến, giáo dục pháp luật", lead=None),
                traps={"accounts": ["stp_angiang"], "bylines": [BYLINE16, "Ảnh: Minh Trí"], "chrome": ["Bình luận", "Gửi bình luận", "Chưa có bình luận nào.", "Tra cứu lý lịch tư pháp", "Lưu trữ", "Bài viết mới"], "related": lambda rl: rl[1:2]},
                notes="A Sở Tư pháp on mojoPortal 2.9 (ASP.NET WebForms, an Artisteer-derived skin, the Blog module: h2.blogitemtitle, div.blogdate, div.blogtext, div.bloglastmod, blog categories; one form with __VIEWSTATE). The site name is the page's h1 (logo); the headline is the blog item's h2. Stamps: 'Đăng bởi stp_angiang ngày 05-02-2026 14:10' (dashes, 'stp_angiang' an account) and, under the text, 'Cập nhật lần cuối: 06-02-2026 08:02' → published 2026-02-05T14:10, updated 2026-02-06T08:02. No lead. One figure with a figcaption. Two italic right lines close the text: 'LS. Trần Thị Thu Thảo (Đoàn Luật sư tỉnh)' → author 'LS. Trần Thị Thu Thảo' (the lawyer's title 'LS.' kept as printed, like 'KS.', 'ThS.'), unit 'Đoàn Luật sư tỉnh'; then 'Ảnh: Minh Trí', a separate credit line outside any caption → photographer 'Minh Trí'. Category: the blog category printed under the text as 'Chuyên mục: Phổ biến, giáo dục pháp luật' (label dropped); the mojo breadcrumb stops at the generic page 'Tin tức' that holds the blog. The election day '15/3/2026' in the text is the text's.",
                readme="mojoPortal 2.9 blog module Sở Tư pháp: site-name h1, the item's h2.blogitemtitle, 'Đăng bởi <account> ngày 05-02-2026 14:10' + 'Cập nhật lần cuối:' under the text, no lead, figcaption, italic right 'LS. Name (Đoàn Luật sư tỉnh)' (lawyer's title kept) then a separate 'Ảnh: Name' line, 'Chuyên mục:' label under the text = category (the crumb stops at the generic 'Tin tức')")


# ===================================================================== 17 Cổng TTĐT tỉnh Tây Ninh: Progress Sitefinity 14 news widget; an INFOGRAPHIC item; credits 'Nội dung: A - Đồ họa: B'
A17 = Art("Infographic: Tây Ninh thu hút đầu tư 9 tháng năm 2025",
          "Trong 9 tháng năm 2025, tỉnh Tây Ninh thu hút 142 dự án đầu tư trong nước và 96 dự án đầu tư trực tiếp nước ngoài (FDI), tổng vốn đăng ký mới và tăng thêm đạt hơn 3,1 tỷ USD.",
          [("raw", "INFOGRAPHIC"),
           ("p", "Các dự án tập trung chủ yếu vào lĩnh vực công nghiệp chế biến, chế tạo, logistics và năng lượng tái tạo; khu vực phía Nam của tỉnh (trước đây thuộc tỉnh Long An) chiếm gần 70% tổng vốn đăng ký.")])
CREDIT17 = "Nội dung: Minh Khôi - Đồ họa: Thanh Tùng"
INFO17 = ["Infographic: Kết quả sắp xếp đơn vị hành chính cấp xã tỉnh Tây Ninh", "Infographic: Tình hình kinh tế - xã hội quý III/2025", "Infographic: Tỉnh Tây Ninh mới sau hợp nhất",
          "Infographic: Giải ngân vốn đầu tư công 9 tháng năm 2025", "Infographic: Kết quả cải cách hành chính năm 2024"]


def page17():
    pub = T("2025-10-28 10:05")
    url = "https://tayninh.gov.vn/tin-tuc/infographic/2025/10/28/infographic-tay-ninh-thu-hut-dau-tu-9-thang-nam-2025"
    alt = ("Infographic thu hút đầu tư 9 tháng năm 2025 của tỉnh Tây Ninh: 142 dự án trong nước, vốn đăng ký 58.420 tỷ đồng; 96 dự án FDI mới, "
           "vốn 1,12 tỷ USD; 61 lượt dự án FDI điều chỉnh tăng vốn 0,79 tỷ USD; lĩnh vực chế biến, chế tạo chiếm 64%")

    def main(rng, rl, rd):
        info = f'<p style="text-align:center"><img src="/images/default-source/infographic/2025/10/thu-hut-dau-tu-9-thang.jpg?sfvrsn=3b2f1a2c_2" alt="{esc(alt, True)}" sf-size="1048576" style="max-width:100%" /></p>'
        body = A17.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', raw=lambda r: info)
        items = "".join(f'<li class="list-group-item"><a href="/tin-tuc/{d.strftime("%Y/%m/%d")}/{slug(t)}">{esc(t)}</a> <span class="text-muted small">{dmy(d)}</span></li>' for t, d in zip(INFO17, rd))
        return (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Infographic</li></ol></nav>'
                f'<div class="sf-news-item" data-sf-role="news-item"><h1 class="sf-news-item__title">{esc(A17.title)}</h1>'
                f'<div class="text-muted sf-news-item__meta">{dmy(pub)} {hm(pub)} <span class="px-1">|</span> Bởi tt.thongtin</div>'
                f'<div class="sf-news-item__summary lead">{esc(A17.lead)}</div>'
                f'<div class="sf-news-item__content" data-sf-field="Content" data-sf-ftype="LongText">{body}{right_bold(CREDIT17)}</div>'
                f'<div class="sf-social-share"><ul class="list-inline"><li class="list-inline-item"><a href="#" data-sf-social="facebook">Facebook</a></li><li class="list-inline-item"><a href="#" data-sf-social="zalo">Zalo</a></li><li class="list-inline-item"><a href="#" data-sf-social="mailto">Email</a></li></ul></div></div>'
                f'<div class="sf-related mt-4"><h3 class="h5">Infographic khác</h3><ul class="list-group">{items}</ul></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin nổi bật", fmt=lambda d: dmy(d), cls="sf-content-block tin-noi-bat")
                + '<div class="sf-content-block chi-so"><h3>Chỉ số cải cách hành chính</h3><p>PAR INDEX 2024: 87,12%</p><p>SIPAS 2024: 84,65%</p><p>PCI 2024: 68,4 điểm</p></div>'
                + '<div class="sf-content-block hotline"><h3>Tổng đài 1022</h3><p>Tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp</p></div>')

    def top(rng, pub_):
        return ('<div class="header-brand"><a href="/"><img src="/images/default-source/logo/quoc-huy.png?sfvrsn=1" alt="Quốc huy" height="64" /></a><div class="header-brand__text"><span>CỔNG THÔNG TIN ĐIỆN TỬ</span><strong>TỈNH TÂY NINH</strong></div></div>'
                f'<div class="header-date">{wd(pub_)}, {dmy(pub_)}</div>')

    head = ('<link href="/ResourcePackages/Bootstrap4/assets/dist/css/main.min.css?package=Bootstrap4&amp;v=MTQuNC44MTE0LjA%3d" rel="stylesheet" type="text/css" />'
            '<meta name="Generator" content="Sitefinity 14.4.8114.0 DX" /><script src="/ScriptResource.axd?d=ZmQ3bW9kZWwtbGl0ZV9wYWNrYWdl&amp;t=3a1f2b7c" type="text/javascript"></script>'
            + og(A17.title, url, {"og:site_name": "Cổng Thông tin điện tử tỉnh Tây Ninh", "og:image": "/images/default-source/infographic/2025/10/thu-hut-dau-tu-9-thang.jpg"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A17.title, "datePublished": "2025-10-28T03:05:00Z", "author": {"@type": "Organization", "name": "Cổng Thông tin điện tử tỉnh Tây Ninh"}}))
    return page("s28-17", family="province_portal_sitefinity14_infographic_item_content_and_graphics_credits",
                name="tayninh-congttdt-sitefinity14-mvc-news-widget-bootstrap4-package-crumb-infographic-h1-title-prefix-infographic-dd-mm-yyyy-hh-mm-boi-account-summary-lead-alt-only-infographic-no-caption-bold-right-noi-dung-name-do-hoa-name",
                url=url, art=A17, main_fn=main, pub=pub, prefix="sf", kb=125,
                org="Cổng Thông tin điện tử tỉnh Tây Ninh", addr="Số 02 đường Hùng Vương, phường Long An, tỉnh Tây Ninh", phone="0272.3826.134",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "sitefinity", "head_extra": head, "title": A17.title, "items": MENU_GOV},
                exp=expected(A17, iso(pub), author="Minh Khôi", category="Infographic", captions=[]),
                traps={"credits": [CREDIT17], "accounts": ["tt.thongtin"], "chrome": ["Infographic khác", "Chỉ số cải cách hành chính", "Tổng đài 1022", "PAR INDEX 2024: 87,12%"], "related": INFO17},
                notes="An INFOGRAPHIC item on a Cổng TTĐT tỉnh built on Progress Sitefinity 14 (MVC news widget, the Bootstrap 4 resource package, sf-news-item markup, ScriptResource.axd). Title: h1 'Infographic: Tây Ninh thu hút đầu tư 9 tháng năm 2025' (the format prefix is printed in the headline and kept). Meta: '28/10/2025 10:05 | Bởi tt.thongtin' → published 2025-10-28T10:05 (JSON-LD gives the same instant in UTC); 'tt.thongtin' is an account. Lead: the summary div. Body: the summary + the one paragraph under the graphic; the infographic itself is an image whose only description is its long ALT text (its figures) → no caption (set 26), not body. Credits bold right: 'Nội dung: Minh Khôi - Đồ họa: Thanh Tùng' → author 'Minh Khôi' (the content), the graphic designer is neither author nor photographer (set 26 'Đồ họa:'). Category: the crumb's last level 'Infographic' (a Multimedia section of the portal, the same word as the title's prefix). JSON-LD's author is the portal (an organisation) → not used.",
                readme="Sitefinity 14 Cổng TTĐT tỉnh, an INFOGRAPHIC item: 'Infographic:' kept in the h1, 'dd/mm/yyyy HH:MM | Bởi <account>', summary lead, the graphic with ALT text only (no caption, not body), 'Nội dung: A - Đồ họa: B' (designer not a photographer), crumb 'Infographic'")


# ===================================================================== 18 Trường Chính trị tỉnh Lạng Sơn: Wagtail 6 (StreamField); a STUDY article with notes; 'Đăng: dd/mm/yyyy HH:MM · Sửa: dd/mm/yyyy HH:MM'; author card at the end
A18 = Art("Nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ xã sau sắp xếp đơn vị hành chính",
          "Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, số lượng chi bộ trực thuộc các đảng bộ xã tăng lên, địa bàn rộng hơn, đặt ra yêu cầu mới đối với việc nâng cao chất lượng sinh hoạt chi bộ.",
          [("h", "1. Thực trạng sinh hoạt chi bộ ở các đảng bộ xã hiện nay"),
           ("p", "Chi bộ là tổ chức cơ sở đảng hoặc trực thuộc đảng ủy cơ sở, là nơi trực tiếp giáo dục, quản lý, phân công nhiệm vụ cho đảng viên. Chất lượng sinh hoạt chi bộ là thước đo năng lực lãnh đạo và sức chiến đấu của tổ chức đảng ở cơ sở(1)."),
           ("p", "Sau sắp xếp, toàn tỉnh Lạng Sơn có 65 đảng bộ xã, phường với gần 2.900 chi bộ trực thuộc; bình quân mỗi đảng bộ xã có 44 chi bộ, tăng gần gấp ba so với trước(2). Qua khảo sát, phần lớn chi bộ duy trì nền nếp sinh hoạt định kỳ, nội dung bám sát nhiệm vụ chính trị của địa phương. Tuy nhiên, ở một số chi bộ thôn, bản vùng sâu, sinh hoạt còn mang tính hình thức, nặng về thông báo tình hình; việc tự phê bình và phê bình chưa thường xuyên."),
           ("img", "/media/images/sinh-hoat-chi-bo-van-quan.width-800.jpg", "Một buổi sinh hoạt chi bộ chuyên đề tại Đảng bộ xã Văn Quan"),
           ("h", "2. Một số giải pháp"),
           ("p", "Thứ nhất, cấp ủy các đảng bộ xã cần ban hành hướng dẫn nội dung sinh hoạt phù hợp với từng loại hình chi bộ; phân công cấp ủy viên dự sinh hoạt, kịp thời uốn nắn những hạn chế."),
           ("p", "Thứ hai, đổi mới cách thức sinh hoạt, kết hợp sinh hoạt trực tiếp với ứng dụng sổ tay đảng viên điện tử; mỗi kỳ sinh hoạt tập trung giải quyết một, hai vấn đề cụ thể, bức xúc ở cơ sở."),
           ("p", "Thứ ba, nâng cao năng lực của đội ngũ bí thư chi bộ thông qua bồi dưỡng nghiệp vụ tại Trường Chính trị tỉnh và trung tâm chính trị cấp xã; gắn kết quả sinh hoạt chi bộ với đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm."),
           ("h", "Chú thích"),
           ("ul", ["(1) Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ.",
                   "(2) Số liệu của Ban Tổ chức Tỉnh ủy Lạng Sơn, tháng 12/2025."])])


STUDY18 = ["Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong xây dựng đội ngũ cán bộ cấp xã hiện nay", "Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực của người học",
           "Phát huy vai trò nêu gương của người đứng đầu cấp ủy cơ sở", "Công tác bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng ở Lạng Sơn",
           "Một số vấn đề về phát triển đảng viên ở vùng đồng bào dân tộc thiểu số"]


def page18():
    pub = T("2026-02-05 07:40")
    upd = T("2026-02-06 10:12")
    url = "https://truongchinhtri.langson.gov.vn/nghien-cuu-trao-doi/nang-cao-chat-luong-sinh-hoat-chi-bo-o-cac-dang-bo-xa-sau-sap-xep-don-vi-hanh-chinh/"

    def main(rng, rl, rd):
        body = A18.render(p=lambda t: f'<div class="block-paragraph"><p>{esc(t)}</p></div>', h=lambda t: f'<div class="block-heading"><h2>{esc(t)}</h2></div>',
                          img=lambda s, c, n: f'<figure class="block-image"><img alt="{esc(c, True)}" height="533" src="{s}" width="800"><figcaption>{esc(c)}</figcaption></figure>',
                          ul=lambda items: '<div class="block-notes"><ol class="notes">' + "".join(f'<li>{esc(i)}</li>' for i in items) + '</ol></div>')
        card = ('<div class="author-card"><img class="author-card__photo" src="/media/images/ths-luong-van-thang.2e16d0ba.fill-96x96.jpg" alt="" width="96" height="96">'
                '<div class="author-card__text"><strong class="author-card__name">ThS. Lường Văn Thắng</strong><br><span class="author-card__unit">Khoa Xây dựng Đảng, Trường Chính trị tỉnh</span></div></div>')
        items = "".join(f'<li><a href="/nghien-cuu-trao-doi/{slug(t)}/">{esc(t)}</a> <time datetime="{isod(d)}">{dmy(d)}</time></li>' for t, d in zip(STUDY18, rd))
        return (f'<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></li></ol></nav>'
                f'<article class="article-page"><h1 class="article-page__title">{esc(A18.title)}</h1>'
                f'<p class="article-page__meta"><span>Đăng: {dmy(pub)} {hm(pub)}</span> · <span>Sửa: {dmy(upd)} {hm(upd)}</span> · <span>1.032 lượt đọc</span></p>'
                f'<p class="article-page__intro lead">{esc(A18.lead)}</p><div class="article-page__body">{body}</div>{card}'
                f'<ul class="article-page__tags"><li><a href="/tags/sinh-hoat-chi-bo/">sinh hoạt chi bộ</a></li><li><a href="/tags/xay-dung-dang/">xây dựng Đảng</a></li></ul></article>'
                f'<section class="related"><h2 class="related__title">Bài cùng chuyên mục</h2><ul>{items}</ul></section>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Thông báo", fmt=lambda d: dmy(d), cls="side-box thong-bao")
                + '<div class="side-box lich-hoc"><h3>Lịch học tuần này</h3><p>Lớp Trung cấp lý luận chính trị K72: học tập trung tại cơ sở 1</p><p>Lớp bồi dưỡng bí thư chi bộ xã Văn Quan: ngày 10 - 12/2/2026</p></div>'
                + '<div class="side-box tai-lieu"><h3>Tài liệu học tập</h3><ul><li><a href="#">Giáo trình Xây dựng Đảng (2025)</a></li><li><a href="#">Đề cương ôn tập lý luận chính trị</a></li></ul></div>')

    def top(rng, pub_):
        return ('<a class="brand" href="/"><img src="/static/img/logo-truong-chinh-tri.7c1f0a.svg" alt="" width="64" height="64"><span class="brand__name">Trường Chính trị tỉnh Lạng Sơn</span></a>'
                f'<div class="site-header__date">{wd(pub_)}, {dmy(pub_)}</div>')

    head = ('<link rel="stylesheet" href="/static/css/main.4f2c91d7.css"><script defer src="/static/js/main.a81e33c0.js"></script>'
            '<link rel="canonical" href="' + url + '">' + og(A18.title, url, {"og:site_name": "Trường Chính trị tỉnh Lạng Sơn", "og:description": A18.lead[:150]})
            + '<script type="application/json" id="wagtail-userbar-data">{"pageId": 4127, "revisionId": 11893, "live": true, "hasUnpublishedChanges": false}</script>')
    return page("s28-18", family="political_school_wagtail6_streamfield_study_article_notes_author_card",
                name="langson-truongchinhtri-wagtail6-streamfield-blocks-breadcrumb-nghien-cuu-trao-doi-h1-dang-dd-mm-yyyy-hh-mm-middle-dot-sua-dd-mm-yyyy-hh-mm-intro-lead-numbered-h2-heads-block-image-figcaption-notes-ol-author-card-ths-name-br-unit-with-comma",
                url=url, art=A18, main_fn=main, pub=pub, prefix="wt", kb=110,
                org="Trường Chính trị tỉnh Lạng Sơn", addr="Số 1 đường Đèo Giang, phường Lương Văn Tri, tỉnh Lạng Sơn", phone="0205.3812.270",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "wagtail", "head_extra": head, "title": A18.title + " | Trường Chính trị tỉnh Lạng Sơn", "items": MENU_MASS},
                exp=expected(A18, iso(pub), updated=iso(upd), author="ThS. Lường Văn Thắng", unit="Khoa Xây dựng Đảng, Trường Chính trị tỉnh", category="Nghiên cứu - Trao đổi"),
                traps={"chrome": ["1.032 lượt đọc", "Bài cùng chuyên mục", "Lịch học tuần này", "Tài liệu học tập", "Lớp Trung cấp lý luận chính trị K72: học tập trung tại cơ sở 1"], "related": STUDY18},
                notes="A STUDY article (nghiên cứu - trao đổi) on a Trường Chính trị tỉnh site built on Wagtail 6 (Django templates; StreamField blocks block-heading / block-paragraph / block-image / a notes block; rendition URLs '.width-800.jpg', 'fill-96x96'; the userbar JSON). Meta: 'Đăng: 05/02/2026 07:40 · Sửa: 06/02/2026 10:12' (middle dots) → published 2026-02-05T07:40, updated 2026-02-06T10:12 ('Sửa' = edited). Lead: p.article-page__intro. Body: numbered h2 sub-heads, paragraphs with note markers '(1)', '(2)' glued to the words as printed, and the notes block under its own heading 'Chú thích' — the writer's notes, printed in the article's text column as part of the article → body (the heading once, each note one paragraph; a reader could leave the notes out as apparatus: we keep what the author wrote). One block-image with figcaption. Author card after the text: bold 'ThS. Lường Văn Thắng' <br> 'Khoa Xây dựng Đảng, Trường Chính trị tỉnh' → author (degree kept), unit (one unit with a comma inside). Crumb 'Trang chủ / Nghiên cứu - Trao đổi' → category. The class dates in the sidebar are the school's.",
                readme="Wagtail 6 Trường Chính trị tỉnh, a STUDY article: 'Đăng: dd/mm/yyyy HH:MM · Sửa: dd/mm/yyyy HH:MM', intro lead, numbered h2 heads, note markers '(1)' and a 'Chú thích' notes block (body), block-image figcaption, an author card 'ThS. Name' <br> 'Khoa …, Trường Chính trị tỉnh'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
