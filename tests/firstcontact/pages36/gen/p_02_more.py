"""Set 36 pages 10-18: the HARD everyday cases on Joomla 3 with the ZOO component, Drupal 11 (a Starterkit theme), a
vendor's WebForms CMS on DevExpress and two press templates (an interview, a detail with a 'Dòng sự kiện' timeline) —
common products in versions, modules and templates sets 26-35 did not use — and on four stacks no set had used
(Silverstripe CMS 5 with its blog module, Contao 5, ProcessWire 3, the Haravan store builder's blog): signatures after a
related box, author fields with several people, approvers, interview labels that are not bylines, a portrait caption
in byline shape, timelines of dated items above the text, a worded month-first Drupal date, printed seconds, a
Silverstripe caption markup, a download block, an account named after a shop, a product grid.
One page of this module carries a twist (page 17: a 12-hour clock with the CLDR day period 'tối' — evening — printed
by PHP's IntlDateFormatter: '8:15 tối' is 20:15)."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads14, past, expected, slug, hexid, alnum, b64blob, dump, twelve, cookie_banner
from .kit import links_box, poll, og, jsonld, comments
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other34, other_items, WRITERS34, WRITERS33
from .p_01_pages import jp, nvd, ticker, VI_MONTHS, jdate, MENU_PARTY


# ===================================================================== 10 Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai: Joomla 3.9 + ZOO (blog app, item view); date-only 'Thứ năm, 04 Tháng 6 2026'; italic sapo element; the writer's element AFTER a 'Bài liên quan' element with teasers; '(tổng hợp)'
A10 = Art("Hội nghị báo cáo viên Tỉnh ủy định kỳ tháng 6/2026",
          "Ngày 4/6, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị báo cáo viên định kỳ tháng 6/2026, kết nối trực tuyến đến 135 điểm cầu xã, phường, đặc khu với hơn 4.800 đại biểu tham dự.",
          [("p", "Tại hội nghị, báo cáo viên Trung ương thông tin chuyên đề về tình hình kinh tế thế giới, khu vực và những tác động đến Việt Nam; kết quả thực hiện các nghị quyết của Bộ Chính trị về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia."),
           ("img", "/images/zoo/2026/06/hoi-nghi-bao-cao-vien.jpg", "Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy"),
           ("p", "Lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy thông tin tình hình thời sự nổi bật của tỉnh trong tháng 5, trong đó có kết quả thu hút đầu tư vào khu kinh tế ven biển, tiến độ các công trình giao thông kết nối Tây Nguyên với duyên hải và công tác chuẩn bị mùa mưa bão."),
           ("p", "Hội nghị đề nghị đội ngũ báo cáo viên, tuyên truyền viên các cấp kịp thời nắm bắt tư tưởng, dư luận xã hội; chủ động cung cấp thông tin chính thống, đấu tranh phản bác thông tin sai trái trên không gian mạng."),
           ("img", "/images/zoo/2026/06/diem-cau-xa.jpg", "Cán bộ, đảng viên theo dõi hội nghị tại điểm cầu xã Ia Grai")])
BY10 = "Đinh Văn Mạnh"


def page10():
    pub = T("2026-06-04 00:00")
    site = "https://tuyengiaodanvan.gialai.gov.vn"
    url = f"{site}/tin-tuc/item/2716-hoi-nghi-bao-cao-vien-tinh-uy-dinh-ky-thang-6-2026"

    def jd(d):
        return f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year}"

    def img(s, c, n):
        return f'<p style="text-align:center"><img src="{site}{s}" alt="" width="640" /><br /><span style="font-size:small;"><i>{esc(c)}</i></span></p>'

    def main(rng, rl, rd):
        rel = other_items(rng, 2)
        relh = "".join(f'<li><div class="teaser-item"><h2 class="pos-title"><a href="{site}/tin-tuc/item/{2600 + i}-{slug(t)[:40]}">{esc(t)}</a></h2>'
                       f'<p class="pos-meta">{jd(d)}</p><div class="pos-content"><div class="element element-textarea"><p>{esc(s)}</p></div></div></div></li>'
                       for i, ((t, s), d) in enumerate(zip(rel, rd)))
        return (f'<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-item"><div class="item">'
                f'<h1 class="pos-title">{esc(A10.title)}</h1><p class="pos-meta">Viết bởi <span class="element element-itemauthor">bbt.tuyengiao</span> vào <span class="element element-itemcreated">{jd(pub)}</span></p>'
                f'<div class="pos-description"><div class="element element-textarea first"><p><em>{esc(A10.lead)}</em></p></div></div>'
                f'<div class="pos-content"><div class="element element-textarea">{A10.render(p=jp, img=img, sep="")}</div></div>'
                f'<div class="pos-related"><h3>Bài liên quan</h3><ul>{relh}</ul></div>'
                f'<div class="pos-bottom"><div class="element element-text first"><strong>Tác giả:</strong> {BY10} (tổng hợp)</div></div>'
                f'<div class="pos-taxonomy"><ul><li class="element element-itemcategory first"><strong>Chuyên mục: </strong><a href="/tin-tuc/category/bao-cao-vien">Báo cáo viên</a></li>'
                f'<li class="element element-itemtag"><strong>Thẻ: </strong><a href="#">hội nghị báo cáo viên</a>, <a href="#">thông tin thời sự</a></li></ul></div>'
                f'<div id="comments"><h3 class="comments-meta">Bình luận (0)</h3><div class="comments-respond"><h3>Gửi bình luận</h3><textarea name="content"></textarea><button>Gửi</button></div></div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, jd, "Tin xem nhiều", "zoo-mostread", 6, writer_fmt="Viết bởi {w}")
                + vb_box(["Đề cương tuyên truyền kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh", "Tài liệu sinh hoạt chi bộ tháng 6/2026", "Thông báo nhanh kết quả hội nghị báo cáo viên"], "Tài liệu tuyên truyền", "tltt"))

    def top(rng, p):
        return (f'<div class="tm-logo"><img src="/images/banner-btgdv.png" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai" /></div>'
                f'<div class="tm-date">{wd(p + timedelta(days=1))}, {dmy(p + timedelta(days=1))}</div>')

    crumbs = ('<ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a></li><li><a href="/tin-tuc" class="pathway">Tin tức</a></li>'
              '<li><a href="/tin-tuc/category/bao-cao-vien" class="pathway">Báo cáo viên</a></li><li class="active"><span>Hội nghị báo cáo viên Tỉnh ủy định kỳ tháng 6/2026</span></li></ul>')
    head = ('<meta name="generator" content="Joomla! - Open Source Content Management" /><link rel="stylesheet" href="/media/zoo/applications/blog/templates/default/assets/css/zoo.css?ver=20240109" />'
            + og(A10.title, url) + '<script type="application/json" class="joomla-script-options new">{"csrf.token":"9f8e7d6c5b4a39281706f5e4d3c2b1a0","system.paths":{"root":"","base":""}}</script>')
    return page("s36-10", family="propaganda_mass_mobilisation_board_joomla39_zoo_author_element_after_related",
                name="gialai-btgdv-joomla39-zoo-blog-item-view-h1-pos-title-viet-boi-account-vao-weekday-dd-thang-m-yyyy-date-only-italic-sapo-element-br-span-italic-captions-bai-lien-quan-teasers-then-tac-gia-element-name-tong-hop",
                url=url, art=A10, main_fn=main, pub=pub, prefix="btggl", kb=142,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai", addr="Số 58 đường Lý Thái Tổ, phường Pleiku, tỉnh Gia Lai", phone="0269.3824.175",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "zoo", "head_extra": head, "items": MENU_PARTY},
                exp=expected(A10, isod(pub), author=BY10, category="Báo cáo viên"),
                traps={"accounts": ["bbt.tuyengiao"], "bylines": [f"{BY10} (tổng hợp)"], "chrome": ["Bài liên quan", "Tin xem nhiều", "Gửi bình luận"],
                       "related": lambda rl: []},
                notes="Joomla 3.9 with YOOtheme's ZOO (a 'blog' app, item view): 'Viết bởi bbt.tuyengiao vào Thứ năm, 04 Tháng 6 2026' — an account and a DATE-ONLY stamp (no <time>, no machine date) → published '2026-06-04'. The italic first textarea element (pos-description) = lead. Captions: an italic span after a <br> under each picture. The ZOO 'Bài liên quan' element prints two other items' headlines, stamps (in the item's own shape) and teaser texts AFTER the text, and the writer's element 'Tác giả: Đinh Văn Mạnh (tổng hợp)' comes only AFTER that box → author 'Đinh Văn Mạnh' ('(tổng hợp)' dropped, set 26); the box is not body, and the signature belongs to the item, not to the last related teaser. Category 'Báo cáo viên' (crumb and 'Chuyên mục:'; the crumb's last level is the headline, set 27).",
                readme="Joomla 3.9 + ZOO (blog app, item view), a monthly briefing conference: 'Viết bởi <account> vào Thứ năm, 04 Tháng 6 2026' (date only); an italic sapo element; two italic span captions after a <br>; a 'Bài liên quan' element with other items' stamps and teasers printed BEFORE the writer's element 'Tác giả: Name (tổng hợp)'")


# ===================================================================== 11 Đảng ủy phường Hoàn Kiếm (Hà Nội): Drupal 11, a Starterkit-generated theme; 'Gửi bởi <account> vào Thứ Ba, Tháng Ba 3, 2026 - 14:10' (month first, in words); a multi-value author field + a unit field; Paragraphs pictures; a Views block of teasers
A11 = Art("Đảng ủy phường Hoàn Kiếm sơ kết mô hình “Chi bộ tổ dân phố số”",
          "Sau một năm triển khai, 18 chi bộ tổ dân phố của phường Hoàn Kiếm đã ứng dụng sổ tay đảng viên điện tử, họp chi bộ kết hợp trực tuyến và tiếp nhận ý kiến của người dân qua nhóm Zalo do chi ủy quản lý.",
          [("p", "Chiều 3/3, Đảng ủy phường Hoàn Kiếm tổ chức hội nghị sơ kết mô hình “Chi bộ tổ dân phố số”. Theo báo cáo, 100% đảng viên ở các chi bộ thí điểm đã cài đặt và sử dụng sổ tay đảng viên điện tử; tài liệu sinh hoạt được gửi trước ít nhất 3 ngày."),
           ("img", "/sites/default/files/2026-03/so-ket-chi-bo-so.jpg", "Đồng chí Bí thư Đảng ủy phường phát biểu tại hội nghị sơ kết"),
           ("p", "Nhờ nhóm Zalo do chi ủy quản lý, trong năm 2025 các chi bộ đã tiếp nhận 317 ý kiến của người dân về vệ sinh môi trường, trật tự đô thị, trông giữ xe; 296 ý kiến đã được giải quyết hoặc trả lời."),
           ("p", "Một số chi bộ có nhiều đảng viên cao tuổi gặp khó khăn khi sử dụng thiết bị; đảng viên trẻ được phân công kèm cặp, hướng dẫn từng người."),
           ("img", "/sites/default/files/2026-03/dang-vien-cao-tuoi.jpg", "Đảng viên trẻ hướng dẫn đảng viên cao tuổi sử dụng sổ tay đảng viên điện tử"),
           ("p", "Từ quý II/2026, Đảng ủy phường nhân rộng mô hình ra toàn bộ 43 chi bộ trực thuộc.")])
BY11, UNIT11 = "Lê Minh Ngọc, Nguyễn Hải Yến", "Ban Xây dựng Đảng, Đảng ủy phường"


def page11():
    pub = T("2026-03-03 14:10")
    site = "https://dangbohoankiem.hanoi.gov.vn"
    url = f"{site}/tin-tuc/xay-dung-dang/dang-uy-phuong-hoan-kiem-so-ket-mo-hinh-chi-bo-to-dan-pho-so"

    def dl(d):
        return f"{wd(d)}, Tháng {VI_MONTHS[d.month - 1]} {d.day}, {d.year} - {hm(d)}"

    def img(s, c, n):
        return (f'<div class="paragraph paragraph--type--hinh-anh paragraph--view-mode--default"><div class="field field--name-field-anh field--type-image field--label-hidden field__item">'
                f'<img loading="lazy" src="{s}" width="800" height="533" alt="" /></div><div class="field field--name-field-chu-thich field--type-string field--label-hidden field__item">{esc(c)}</div></div>')

    def p(t):
        return f'<div class="paragraph paragraph--type--van-ban"><div class="clearfix text-formatted field field--name-field-noi-dung field--type-text-long field--label-hidden field__item"><p>{esc(t)}</p></div></div>'

    def main(rng, rl, rd):
        more = other34(rng, 3)
        view = "".join(f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h2><a href="{site}/tin-tuc/{slug(t)[:50]}" rel="bookmark"><span>{esc(t)}</span></a></h2>'
                       f'<footer class="node__meta"><div class="node__submitted">Gửi bởi <span>bientap</span> vào <span>{dl(d)}</span></div></footer><div class="node__content"><p>{esc(s)}</p></div></article></div>'
                       for (t, s), d in zip(more, rd))
        return (f'<div id="block-pw-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(A11.title)}</span></h1></div>'
                f'<div id="block-pw-content" class="block block-system block-system-main-block"><article data-history-node-id="1834" class="node node--type-article node--promoted node--view-mode-full">'
                f'<footer class="node__meta"><div class="node__submitted">Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" typeof="schema:Person">bientap</span></span> vào '
                f'<span class="field field--name-created field--type-created field--label-hidden"><time datetime="{iso(pub)}" class="datetime">{dl(pub)}</time></span></div></footer>'
                f'<div class="node__content"><div class="field field--name-field-tom-tat field--type-string-long field--label-hidden field__item"><strong>{esc(A11.lead)}</strong></div>'
                f'<div class="field field--name-field-noi-dung-bai field--type-entity-reference-revisions field--label-hidden field__items">{A11.render(p=p, img=img, sep="")}</div>'
                f'<div class="field field--name-field-tac-gia field--type-string field--label-inline clearfix"><div class="field__label">Tác giả</div><div class="field__items">'
                f'<div class="field__item">Lê Minh Ngọc</div><div class="field__item">Nguyễn Hải Yến</div></div></div>'
                f'<div class="field field--name-field-don-vi field--type-string field--label-inline clearfix"><div class="field__label">Đơn vị</div><div class="field__item">{UNIT11}</div></div>'
                f'<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline clearfix"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="/chuyen-muc/xay-dung-dang" hreflang="vi">Xây dựng Đảng</a></div></div>'
                f'</div></article></div>'
                f'<div class="views-element-container block block-views block-views-blockcung-chuyen-muc-block-1"><h2>Tin cùng chuyên mục</h2><div class="view view-cung-chuyen-muc"><div class="view-content">{view}</div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dl, "Tin đọc nhiều", "block-views-doc-nhieu", 5, writer_fmt="Gửi bởi {w}")
                + '<div class="block block-search"><h2>Tìm kiếm</h2><form><input type="search" name="keys" /><input type="submit" value="Tìm kiếm" /></form></div>')

    def top(rng, p):
        return ('<div id="block-pw-branding" class="block block-system block-system-branding-block"><a href="/" rel="home"><img src="/themes/custom/pw/logo.svg" alt="Trang chủ" /></a>'
                '<div class="site-name"><a href="/" rel="home">Đảng bộ phường Hoàn Kiếm</a></div><div class="site-slogan">Thành phố Hà Nội</div></div>')

    crumbs = ('<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2><ol>'
              '<li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol></nav>')
    settings = {"path": {"baseUrl": "/", "currentPath": "node/1834", "currentLanguage": "vi"}, "pluralDelimiter": "\u0003",
                "ajaxPageState": {"theme": "pw", "libraries": "eJxLzs8tyM9LzSsBAA"}, "user": {"uid": 0, "permissionsHash": hexid(random.Random("s36-11h"), 64)}}
    head = ('<meta name="Generator" content="Drupal 11 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />'
            + '<script type="application/json" data-drupal-selector="drupal-settings-json">' + dump(settings) + '</script>'
            + og(A11.title, url, {"og:description": A11.lead}))
    return page("s36-11", family="ward_party_drupal11_starterkit_month_first_worded_date_multi_value_author_field",
                name="hanoi-danguyhoankiem-drupal11-starterkit-theme-page-title-block-h1-gui-boi-account-vao-weekday-thang-ba-3-2026-hh-mm-month-first-worded-tom-tat-field-paragraphs-images-chu-thich-field-tac-gia-two-items-don-vi-field-chuyen-muc-field",
                url=url, art=A11, main_fn=main, pub=pub, prefix="dbhk", kb=163,
                org="Đảng ủy phường Hoàn Kiếm", addr="Số 126 phố Hàng Trống, phường Hoàn Kiếm, thành phố Hà Nội", phone="024.3825.4015",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "drupal11sk", "head_extra": head, "items": MENU_PARTY, "body_cls": "path-node page-node-type-article"},
                exp=expected(A11, iso(pub), author=BY11, unit=UNIT11, category="Xây dựng Đảng"),
                traps={"accounts": ["bientap"], "chrome": ["Tin cùng chuyên mục", "Tin đọc nhiều"], "related": lambda rl: []},
                notes="Drupal 11 with a theme generated from core's Starterkit: the title block's h1; 'Gửi bởi bientap vào Thứ Ba, Tháng Ba 3, 2026 - 14:10' — Drupal's LONG date format 'l, F j, Y - H:i' under the vi translation, MONTH FIRST IN WORDS ('Tháng Ba 3, 2026' is 3 March; set 31 read WordPress's 'Tháng Mười Hai 5, 2025' the same way) → 2026-03-03T14:10:00+07:00 (the <time datetime> agrees); 'bientap' is the account. The plain bold field_tom_tat = lead. Paragraphs: text paragraphs and picture paragraphs whose field_chu_thich is the caption (two). The multi-value 'Tác giả' field prints two items → 'Lê Minh Ngọc, Nguyễn Hải Yến'; the 'Đơn vị' field → unit 'Ban Xây dựng Đảng, Đảng ủy phường' (its comma is part of it, set 27). The 'Chuyên mục' field → category 'Xây dựng Đảng' (the crumb 'Trang chủ › Tin tức' is generic, set 29). The Views block 'Tin cùng chuyên mục' under the node prints three teasers with the same account, stamps in the same shape and sapos.",
                readme="Drupal 11 with a Starterkit-generated theme, a review of a 'digital cell' model: 'Gửi bởi <account> vào Thứ Ba, Tháng Ba 3, 2026 - 14:10' (Drupal's long format, MONTH FIRST in words); a bold summary field; Paragraphs pictures with a caption field; a multi-value 'Tác giả' field (two items) + an 'Đơn vị' field with a comma; a 'Chuyên mục' field under a generic crumb; a Views block of teasers with stamps and sapos")


# ===================================================================== 12 Ủy ban Kiểm tra Thành ủy Cần Thơ: a vendor's WebForms CMS on DevExpress; a round panel titled 'CHI TIẾT TIN'; 'dd/MM/yyyy h:mm:ss tt' with SECONDS and CH; 'Tin: A | Duyệt tin: B'; tabs of other items
A12 = Art("Ủy ban Kiểm tra Thành ủy triển khai nhiệm vụ công tác kiểm tra, giám sát năm 2026",
          "Chiều 27/1, Ủy ban Kiểm tra Thành ủy tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025, triển khai nhiệm vụ năm 2026.",
          [("p", "Năm 2025, cấp ủy và ủy ban kiểm tra các cấp trong Đảng bộ thành phố đã kiểm tra 1.146 tổ chức đảng và 2.318 đảng viên; giám sát chuyên đề 986 tổ chức đảng, 2.040 đảng viên. Qua kiểm tra khi có dấu hiệu vi phạm, đã thi hành kỷ luật 21 tổ chức đảng và 164 đảng viên."),
           ("p", "Ủy ban Kiểm tra Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành quy chế phối hợp kiểm tra, giám sát sau khi sắp xếp đơn vị hành chính; hướng dẫn ủy ban kiểm tra 103 đảng ủy xã, phường kiện toàn tổ chức, bố trí cán bộ chuyên trách."),
           ("img", "/Upload/TinTuc/2026/01/hoi-nghi-ubkt.jpg", "Quang cảnh hội nghị tổng kết công tác kiểm tra, giám sát năm 2025"),
           ("p", "Năm 2026, ngành kiểm tra tập trung giám sát việc thực hiện nghị quyết đại hội đảng bộ các cấp, công tác cán bộ, quản lý đất đai, đầu tư công; kiểm tra tài chính đảng tại 100% đảng ủy xã, phường mới thành lập."),
           ("p", "Dịp này, 12 tập thể, 25 cá nhân được Ủy ban Kiểm tra Thành ủy tặng giấy khen vì có thành tích xuất sắc trong công tác kiểm tra, giám sát năm 2025.")])
BY12 = "Huỳnh Bé Ba"


def page12():
    pub = T("2026-01-27 16:20").replace(second=15)
    site = "https://ubktthanhuy.cantho.gov.vn"
    url = f"{site}/tin-tuc/uy-ban-kiem-tra-thanh-uy-trien-khai-nhiem-vu-cong-tac-kiem-tra-giam-sat-nam-2026-3318.aspx"

    def st(d):
        return f"{dmy(d)} {twelve(d, sec=True)}"

    def img(s, c, n):
        return (f'<table class="tbl-img" align="center" border="0" cellpadding="3" cellspacing="0" width="600"><tbody><tr><td><img src="{s}" width="600" alt="" /></td></tr>'
                f'<tr><td class="dxcaption" style="text-align:center"><span style="color:#0000cd"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        def tab(items, dates):
            return "".join(f'<li><a href="{site}/tin-tuc/{slug(t)[:50]}.aspx">{esc(t)}</a> <span class="ngay">({st(d)})</span></li>' for t, d in zip(items, dates))
        return (f'<div id="ctl00_cphMain_cbpChiTiet_rpChiTiet" class="dxrpControl_Office2010Blue"><div class="dxrpHeader_Office2010Blue"><span class="dxrpHT">CHI TIẾT TIN</span></div>'
                f'<div class="dxrpcontent"><div class="chitiet">'
                f'<span id="ctl00_cphMain_cbpChiTiet_rpChiTiet_lblTieuDe" class="dxeBase_Office2010Blue tieude">{esc(A12.title)}</span>'
                f'<div class="ngaydang">Ngày đăng: <span id="ctl00_cphMain_cbpChiTiet_rpChiTiet_lblNgayDang">{st(pub)}</span> &nbsp;|&nbsp; Lượt xem: <span>271</span></div>'
                f'<span id="ctl00_cphMain_cbpChiTiet_rpChiTiet_lblTomTat" class="tomtat"><strong>{esc(A12.lead)}</strong></span>'
                f'<div id="ctl00_cphMain_cbpChiTiet_rpChiTiet_divNoiDung" class="noidung">{A12.render(p=jp, img=img, sep="")}</div>'
                f'<div class="tacgia" style="text-align:right"><strong>Tin: {BY12}</strong> | Duyệt tin: Nguyễn Văn Tám</div></div></div></div>'
                f'<div id="ctl00_cphMain_pcTinKhac" class="dxtcLite_Office2010Blue dxtc-top"><ul class="dxtc-strip dxtc-stripContainer">'
                f'<li class="dxtc-activeTab"><span class="dx-vam">Tin cùng chuyên mục</span></li><li class="dxtc-tab"><span class="dx-vam">Tin mới</span></li><li class="dxtc-tab"><span class="dx-vam">Tin đọc nhiều</span></li></ul>'
                f'<div class="dxtc-content"><div id="ctl00_cphMain_pcTinKhac_C0"><ul>{tab(rl[:5], rd)}</ul></div>'
                f'<div id="ctl00_cphMain_pcTinKhac_C1" style="display:none"><ul>{tab(heads14(rng, 4, avoid=rl), past(pub, rng, 4, 0, 4))}</ul></div>'
                f'<div id="ctl00_cphMain_pcTinKhac_C2" style="display:none"><ul>{tab(heads14(rng, 4, avoid=rl), past(pub, rng, 4, 2, 20))}</ul></div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, st, "Thông tin nổi bật", "noibat", 5, writer_fmt="Tin: {w}")
                + vb_box(["Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "Hướng dẫn kiểm tra tài chính đảng năm 2026", "Kế hoạch giám sát chuyên đề năm 2026"], "Văn bản mới", "vbmoi"))

    def top(rng, p):
        return '<div class="banner"><img src="/Images/banner-ubkt.jpg" alt="Ủy ban Kiểm tra Thành ủy Cần Thơ" /></div>'

    def left(rng, p):
        return ticker(rng, p, st, 5, "Tin mới cập nhật")

    crumbs = '<div class="duongdan"><a href="/">Trang chủ</a> » <a href="/tin-tuc.aspx">Tin tức</a> » <a href="/tin-tuc/hoat-dong-nganh-kiem-tra.aspx">Hoạt động ngành kiểm tra</a></div>'
    head = ('<link href="/DXR.axd?r=1_11-0T7Ha" rel="stylesheet" type="text/css" /><link href="/DXR.axd?r=0_3991-0T7Ha" rel="stylesheet" type="text/css" />'
            '<script id="dxis_1028465790" src="/DXR.axd?r=1_304,1_185,1_298,1_211-0T7Ha" type="text/javascript"></script>')
    return page("s36-12", family="inspection_committee_aspnet_webforms_devexpress_seconds_approver",
                name="cantho-ubkt-aspnet-webforms-devexpress-callback-panel-round-panel-chi-tiet-tin-span-lbltieude-ngay-dang-dd-mm-yyyy-h-mm-ss-ch-seconds-bold-lbltomtat-blue-em-caption-cell-tin-name-pipe-duyet-tin-approver-page-control-tabs",
                url=url, art=A12, main_fn=main, pub=pub, prefix="ubktct", kb=204,
                org="Ủy ban Kiểm tra Thành ủy Cần Thơ", addr="Số 6 đường Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ", phone="0292.3820.512",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "wfdevex", "head_extra": head, "items": MENU_PARTY, "form": True, "left": left,
                          "action": "./uy-ban-kiem-tra-thanh-uy-trien-khai-nhiem-vu-cong-tac-kiem-tra-giam-sat-nam-2026-3318.aspx"},
                exp=expected(A12, iso(pub), author=BY12, category="Hoạt động ngành kiểm tra"),
                traps={"roles": ["Duyệt tin: Nguyễn Văn Tám", "Nguyễn Văn Tám"], "chrome": ["CHI TIẾT TIN", "Tin cùng chuyên mục", "Thông tin nổi bật", "Lượt xem:"],
                       "related": lambda rl: rl[:5]},
                notes="A local vendor's ASP.NET WebForms CMS on DevExpress ASPxperience: the detail sits in an ASPxRoundPanel whose header text 'CHI TIẾT TIN' is a generic panel title, not the headline; the headline is span#…_lblTieuDe (no heading element, set 32). 'Ngày đăng: 27/01/2026 4:20:15 CH' — .NET's vi-VN general pattern 'dd/MM/yyyy h:mm:ss tt' → 2026-01-27T16:20:15+07:00 (CH p.m., seconds printed and kept, set 13). Bold lblTomTat = lead. The caption is a table cell under the picture (a blue <em>). 'Tin: Huỳnh Bé Ba | Duyệt tin: Nguyễn Văn Tám' → author 'Huỳnh Bé Ba'; the approver is neither author nor photographer (set 27). The ASPxPageControl tabs under the text (two of them hidden until clicked) and the 'Thông tin nổi bật' box print other items' stamps in the same shape; the ticker above the table likewise. Category 'Hoạt động ngành kiểm tra' (crumb).",
                readme="A vendor's ASP.NET WebForms CMS on DevExpress, an inspection committee's annual conference: an ASPxRoundPanel titled 'CHI TIẾT TIN' over a span headline; '27/01/2026 4:20:15 CH' (seconds, CH); bold lblTomTat; a blue <em> caption cell; 'Tin: A | Duyệt tin: B' (an approver); ASPxPageControl tabs and a ticker with stamps in the same shape")


# ===================================================================== 13 Báo và PT-TH Hà Tĩnh: the INTERVIEW template; the interviewee's name in the headline and a portrait caption in byline shape; labelled questions AND labelled answers; a fact box; 'Tin liên quan' box; 'A - B (thực hiện)'
A13 = Art("Phó Bí thư Thường trực Tỉnh ủy: Chính quyền hai cấp phải gần dân hơn, phục vụ dân tốt hơn",
          "Gần một năm vận hành mô hình chính quyền địa phương hai cấp, Hà Tĩnh đã cơ bản ổn định tổ chức bộ máy ở 69 xã, phường. Phóng viên có cuộc trao đổi với đồng chí Nguyễn Văn Hùng, Phó Bí thư Thường trực Tỉnh ủy, về những kết quả và việc cần làm tiếp theo.",
          [("p", "Phóng viên: Thưa đồng chí, sau gần một năm vận hành, đồng chí đánh giá thế nào về hoạt động của chính quyền hai cấp ở Hà Tĩnh?"),
           ("p", "Đồng chí Nguyễn Văn Hùng: Điều dễ thấy nhất là người dân làm thủ tục gần hơn, nhanh hơn. 100% xã, phường đã có trung tâm phục vụ hành chính công; tỷ lệ hồ sơ giải quyết đúng hạn đạt hơn 98%. Tuy vậy, năng lực của một bộ phận cán bộ cấp xã chưa theo kịp yêu cầu mới, nhất là ở các lĩnh vực đất đai, xây dựng, tài chính."),
           ("p", "Phóng viên: Tỉnh đã có giải pháp gì để khắc phục những hạn chế đó, thưa đồng chí?"),
           ("p", "Đồng chí Nguyễn Văn Hùng: Tỉnh ủy chỉ đạo tăng cường cán bộ cấp tỉnh về cơ sở, mỗi sở, ngành phụ trách một cụm xã; tổ chức bồi dưỡng theo vị trí việc làm và thực hiện đánh giá cán bộ bằng sản phẩm cụ thể hằng quý. Cán bộ nào không đáp ứng yêu cầu thì phải bố trí lại."),
           ("img", "/uploads/2026/04/10/trung-tam-hanh-chinh-cong-xa.jpg", "Người dân làm thủ tục tại Trung tâm phục vụ hành chính công xã Thạch Hà"),
           ("p", "Phóng viên: Xin cảm ơn đồng chí!")])
CAP13_PORTRAIT = "Đồng chí Nguyễn Văn Hùng - Phó Bí thư Thường trực Tỉnh ủy"
BY13 = "Thu Phương, Đức Quang"
FACT13 = ["Sau gần một năm vận hành chính quyền hai cấp:", "69 xã, phường có trung tâm phục vụ hành chính công", "Hơn 98% hồ sơ được giải quyết đúng hạn", "412 cán bộ cấp tỉnh được tăng cường về cơ sở"]


def page13():
    pub = T("2026-04-10 06:30")
    site = "https://baohatinh.vn"
    url = f"{site}/pho-bi-thu-thuong-truc-tinh-uy-chinh-quyen-hai-cap-phai-gan-dan-hon-phuc-vu-dan-tot-hon-post312874.html"

    def st(d):
        return f"{dmy(d)} | {hm(d)} GMT+7"

    def p(t):
        if t.startswith("Phóng viên:"):
            return f'<p class="question"><strong>{esc(t)}</strong></p>'
        lab = "Đồng chí Nguyễn Văn Hùng:"
        if t.startswith(lab):
            return f'<p class="answer"><strong>{esc(lab)}</strong>{esc(t[len(lab):])}</p>'
        return f"<p>{esc(t)}</p>"

    def img(s, c, n):
        return f'<figure class="expNoEdit"><img src="{site}{s}" alt="" /><figcaption><p>{esc(c)}</p></figcaption></figure>'

    def main(rng, rl, rd):
        rel = other_items(rng, 2)
        box = ('<div class="box-related"><div class="box-related__title">Tin liên quan</div><ul>'
               + "".join(f'<li><a href="{site}/{slug(t)[:50]}-post{310000 + i}.html">{esc(t)}</a><p class="sapo-rel">{esc(s)}</p></li>' for i, (t, s) in enumerate(rel)) + '</ul></div>')
        fact = '<div class="box-fact"><p class="box-fact__title"><strong>' + esc(FACT13[0]) + '</strong></p><ul>' + "".join(f"<li>{esc(x)}</li>" for x in FACT13[1:]) + '</ul></div>'
        blocks = A13.render(p=p, img=img, sep="\x00").split("\x00")
        body = "".join(blocks[:2]) + fact + "".join(blocks[2:4]) + box + "".join(blocks[4:])
        return (f'<div class="detail-interview__head"><div class="cate-label"><a href="{site}/chinh-tri/">Chính trị</a><span class="form-chip">Phỏng vấn</span></div>'
                f'<h1 class="detail-title">{esc(A13.title)}</h1><div class="detail-meta"><span class="detail-time">{st(pub)}</span></div>'
                f'<div class="audio-player"><span class="audio-label">Nghe đọc bài</span> <span class="audio-duration">Thời lượng: 06:18</span></div>'
                f'<h2 class="detail-sapo">{esc(A13.lead)}</h2>'
                f'<figure class="portrait-band"><img src="{site}/uploads/2026/04/10/chan-dung-pho-bi-thu.jpg" alt="" /><figcaption class="portrait-caption"><strong>{esc(CAP13_PORTRAIT)}</strong></figcaption></figure></div>'
                f'<div class="detail-content afcbc-body">{body}<p class="author-interview" style="text-align:right"><strong>Thu Phương - Đức Quang (thực hiện)</strong></p></div>'
                f'<div class="detail-tags">Từ khóa: <a href="#">chính quyền hai cấp</a> <a href="#">cải cách hành chính</a></div>')

    def side(rng, p):
        return mostread(rng, p, st, "Đọc nhiều", "box-most", 6, writers=WRITERS34) + mostread(rng, p, st, "Tin mới", "box-new", 5, writers=WRITERS33)

    def top(rng, p):
        return (f'<div class="header__logo"><a href="/"><img src="/images/logo-bao-ha-tinh.svg" alt="Báo và Phát thanh, Truyền hình Hà Tĩnh" /></a></div>'
                f'<div class="header__date">{wd(p)}, {dmy(p)}</div>')

    def left(rng, p):
        return ticker(rng, p, st, 5, "Nóng")

    crumbs = '<div class="breadcrumb-detail"><a href="/">Trang chủ</a> <span>/</span> <a href="/chinh-tri/">Chính trị</a></div>'
    head = (og(A13.title, url, {"og:description": A13.lead, "article:published_time": "2026-04-10T06:30:00+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A13.title, "datePublished": "2026-04-10T06:30:00+07:00",
                      "author": {"@type": "Organization", "name": "Báo và Phát thanh, Truyền hình Hà Tĩnh"}}))
    return page("s36-13", family="merged_press_agency_interview_template_labelled_answers_portrait_caption",
                name="hatinh-bao-pttt-interview-template-h1-speaker-in-headline-dd-mm-yyyy-pipe-hh-mm-gmt7-audio-duration-h2-sapo-portrait-caption-name-dash-post-bold-phong-vien-questions-bold-named-answer-labels-fact-box-tin-lien-quan-box-two-writers-thuc-hien",
                url=url, art=A13, main_fn=main, pub=pub, prefix="bht", kb=236,
                org="Báo và Phát thanh, Truyền hình Hà Tĩnh", addr="Số 1 đường Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.424",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "press_interview", "head_extra": head, "items": MENU_NEWS, "left": left},
                exp=expected(A13, iso(pub), author=BY13, category="Chính trị", captions=[CAP13_PORTRAIT] + A13.captions),
                traps={"bylines": ["Thu Phương - Đức Quang (thực hiện)"], "boxes": FACT13 + ["Tin liên quan"], "chrome": ["Phỏng vấn", "Nghe đọc bài", "Thời lượng: 06:18", "Đọc nhiều"],
                       "related": lambda rl: []},
                notes="A merged press agency's INTERVIEW template: the headline names the interviewee ('Phó Bí thư Thường trực Tỉnh ủy: …'), and so does the sapo; he is a source, not the author (set 28). The portrait band's bold caption 'Đồng chí Nguyễn Văn Hùng - Phó Bí thư Thường trực Tỉnh ủy' is in byline shape but is a caption (set 28). Questions are bold paragraphs labelled 'Phóng viên:', and each ANSWER opens with the interviewee's name as a bold label ('Đồng chí Nguyễn Văn Hùng:') — a bold 'Name:' at the start of a paragraph is the answer's label, body as printed (set 30), never a byline. The fact box 'Sau gần một năm vận hành chính quyền hai cấp:' with three bullets, and the 'Tin liên quan' box with two sapos, inside the text → not body (set 24). The credit 'Thu Phương - Đức Quang (thực hiện)' → author 'Thu Phương, Đức Quang' ('(thực hiện)' dropped, set 26; JSON-LD's organisation author is not used). '10/04/2026 | 06:30 GMT+7' → T06:30 (set 28's zone). 'Phỏng vấn' is a form chip, not the category; 'Nghe đọc bài' with its duration is player chrome (set 34). Category 'Chính trị' (crumb and label).",
                readme="A merged press agency's INTERVIEW template, with a Phó Bí thư Thường trực on two-level local government: the interviewee named in the headline and a portrait caption 'Name - post' in byline shape; bold 'Phóng viên:' questions and answers opening with a bold 'Đồng chí Name:' label; a fact box and a 'Tin liên quan' box with sapos inside the text; '10/04/2026 | 06:30 GMT+7'; 'A - B (thực hiện)'; a 'Nghe đọc' player with a duration")


# ===================================================================== 14 Báo và PT-TH Quảng Ngãi: a detail with a 'Dòng sự kiện' TIMELINE box under the sapo (dated items of the same event, the item itself among them); time-first update; two writers + a separate 'Ảnh:' line
A14 = Art("Bế mạc Kỳ họp thứ 3 HĐND tỉnh, thông qua 24 nghị quyết quan trọng",
          "Tối 21/6, sau 3 ngày làm việc khẩn trương, Kỳ họp thứ 3 HĐND tỉnh khóa XIII đã bế mạc sau khi thông qua 24 nghị quyết về kinh tế - xã hội, tài chính, ngân sách và tổ chức bộ máy.",
          [("p", "Các nghị quyết được thông qua tập trung vào điều chỉnh kế hoạch đầu tư công trung hạn, chính sách hỗ trợ phát triển sản phẩm OCOP, mức chi bảo đảm hoạt động của các xã, phường, đặc khu sau sắp xếp và chế độ hỗ trợ người hoạt động không chuyên trách ở thôn, tổ dân phố."),
           ("img", "/Uploaded/2026/06/21/bieu-quyet-nghi-quyet.jpg", "Các đại biểu HĐND tỉnh biểu quyết thông qua các nghị quyết"),
           ("p", "Phát biểu bế mạc kỳ họp, đồng chí Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị UBND tỉnh khẩn trương cụ thể hóa các nghị quyết; các đại biểu HĐND tăng cường giám sát, kịp thời phản ánh những vướng mắc của cử tri."),
           ("p", "Trong phiên chất vấn, 9 đại biểu đã đặt câu hỏi với lãnh đạo các sở về tiến độ giải phóng mặt bằng các dự án giao thông, tình trạng sạt lở bờ biển và chất lượng dịch vụ công trực tuyến ở cấp xã."),
           ("img", "/Uploaded/2026/06/21/chat-van.jpg", "Giám đốc Sở Nông nghiệp và Môi trường trả lời chất vấn của đại biểu")])
BY14, PH14 = "Ngọc Diệp, Minh Hoàng", "Trường Giang"
TL14 = [("2026-06-19 08:30", "Khai mạc Kỳ họp thứ 3 HĐND tỉnh khóa XIII"), ("2026-06-20 10:15", "Kỳ họp thứ 3 HĐND tỉnh: Thảo luận tổ về tình hình kinh tế - xã hội 6 tháng"),
        ("2026-06-20 17:40", "Sôi nổi phiên chất vấn tại Kỳ họp thứ 3 HĐND tỉnh")]


def page14():
    pub, upd = T("2026-06-21 19:40"), T("2026-06-21 21:05")
    site = "https://baoquangngai.vn"
    url = f"{site}/thoi-su/202606/be-mac-ky-hop-thu-3-hdnd-tinh-thong-qua-24-nghi-quyet-quan-trong-4f1b2c7/"

    def st(d):
        return f"{wd(d)}, {dmy(d)} | {hm(d)}"

    def img(s, c, n):
        return f'<figure class="image align-center"><img src="{s}" alt="" width="800" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        tl = "".join(f'<li class="timeline__item"><span class="timeline__time">{hm(T(d))} {dmy(T(d))}</span><a href="{site}/thoi-su/202606/{slug(t)[:50]}/">{esc(t)}</a></li>' for d, t in TL14)
        tl += f'<li class="timeline__item is-current"><span class="timeline__time">{hm(pub)} {dmy(pub)}</span><span class="timeline__title">{esc(A14.title)}</span> <em class="timeline__now">Đang xem</em></li>'
        return (f'<div class="detail"><div class="detail__cate"><a href="{site}/thoi-su/">Thời sự</a></div><h1 class="detail__title">{esc(A14.title)}</h1>'
                f'<div class="detail__meta"><span class="detail__time">{st(pub)}</span> <span class="detail__upd">(Cập nhật {hm(upd)} {dmy(upd)})</span></div>'
                f'<div class="detail__sapo"><strong>{esc(A14.lead)}</strong></div>'
                f'<div class="timeline"><h3 class="timeline__head">Dòng sự kiện: Kỳ họp thứ 3 HĐND tỉnh khóa XIII</h3><ul>{tl}</ul></div>'
                f'<div class="detail__content">{A14.render(p=jp, img=img, sep="")}'
                f'<div class="video-embed"><div class="player-title">Video: Toàn cảnh phiên bế mạc kỳ họp</div><video controls src="/Uploaded/2026/06/21/be-mac.mp4"></video><span class="duration">04:52</span></div>'
                f'<p class="detail__author" style="text-align:right"><strong>Ngọc Diệp - Minh Hoàng</strong></p><p class="detail__photo" style="text-align:right"><em>Ảnh: {PH14}</em></p></div>'
                f'<div class="detail__more"><h3>Tin cùng chuyên mục</h3><ul>'
                + "".join(f'<li><a href="{site}/thoi-su/{slug(t)[:50]}/">{esc(t)}</a> <span>{st(d)}</span></li>' for t, d in zip(rl[:5], rd)) + '</ul></div></div>')

    def side(rng, p):
        return mostread(rng, p, st, "Đọc nhiều", "most", 6, writers=WRITERS34) + poll("Bạn quan tâm nghị quyết nào nhất của kỳ họp?", ["Đầu tư công", "Hỗ trợ OCOP", "Chế độ cán bộ thôn, tổ dân phố"], "poll")

    def top(rng, p):
        return f'<div class="logo"><img src="/images/logo-bqn.png" alt="Báo và Phát thanh, Truyền hình Quảng Ngãi" /></div><div class="today">{wd(p + timedelta(hours=5))}, {dmy(p + timedelta(hours=5))}</div>'

    def left(rng, p):
        return ticker(rng, p, st, 5, "Tin nóng")

    crumbs = '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su/">Thời sự</a></li><li><a href="/thoi-su/chinh-quyen/">Chính quyền</a></li></ul>'
    head = og(A14.title, url, {"og:description": A14.lead}) + '<meta name="pubdate" content="2026-06-21T19:40:00+07:00" />'
    return page("s36-14", family="merged_press_agency_detail_timeline_box_dong_su_kien",
                name="quangngai-bao-pttt-detail-h1-weekday-dd-mm-yyyy-pipe-hh-mm-cap-nhat-time-first-bold-sapo-dong-su-kien-timeline-box-dated-items-current-item-dang-xem-figcaptions-video-embed-two-writers-separate-anh-line",
                url=url, art=A14, main_fn=main, pub=pub, prefix="bqn", kb=248,
                org="Báo và Phát thanh, Truyền hình Quảng Ngãi", addr="Số 48 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi", phone="0255.3822.367",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "press_timeline", "head_extra": head, "items": MENU_NEWS, "left": left},
                exp=expected(A14, iso(pub), iso(upd), author=BY14, photographer=PH14, category="Chính quyền"),
                traps={"boxes": ["Dòng sự kiện: Kỳ họp thứ 3 HĐND tỉnh khóa XIII", "Đang xem"] + [t for d, t in TL14], "bylines": ["Ngọc Diệp - Minh Hoàng", f"Ảnh: {PH14}"],
                       "chrome": ["Video: Toàn cảnh phiên bế mạc kỳ họp", "Tin cùng chuyên mục", "Đọc nhiều"], "related": lambda rl: rl[:5]},
                notes="A merged press agency's detail with a 'Dòng sự kiện' TIMELINE box between the sapo and the text: three earlier items of the same event with their stamps ('08:30 19/06/2026 Khai mạc …') and, last, the item ITSELF ('19:40 21/06/2026' + its headline + 'Đang xem') → a box, not body; its stamps are the other items' and the current one repeats the item's stamp. Stamp 'Chủ Nhật, 21/06/2026 | 19:40' → published; '(Cập nhật 21:05 21/06/2026)' time first → updated 2026-06-21T21:05. Bold sapo = lead. Captions: two figcaptions; the video embed's title bar and duration are player chrome (sets 24, 34). 'Ngọc Diệp - Minh Hoàng' → author 'Ngọc Diệp, Minh Hoàng'; the separate italic line 'Ảnh: Trường Giang' → photographer (set 31). Category 'Chính quyền' (the crumb's deepest level; the label above the h1 names the parent 'Thời sự').",
                readme="A merged press agency's detail with a 'Dòng sự kiện' TIMELINE box under the sapo (three earlier items with stamps, then the item itself marked 'Đang xem'), a council session's closing: 'Chủ Nhật, 21/06/2026 | 19:40' + '(Cập nhật 21:05 21/06/2026)' time first; bold sapo; figcaptions; a video embed; two writers + a separate 'Ảnh:' line")


# ===================================================================== 15 Hội Luật gia thành phố Huế: Silverstripe CMS 5 + silverstripe/blog; two member AUTHORS; ICU long date; Silverstripe's captionImage markup; the blog's category in the post meta; a crumb ending in the headline
A15 = Art("Hội Luật gia thành phố tư vấn pháp luật miễn phí cho người dân phường Phú Xuân",
          "Ngày 28/4, Trung tâm Tư vấn pháp luật thuộc Hội Luật gia thành phố phối hợp với Ủy ban MTTQ phường Phú Xuân tổ chức buổi tư vấn pháp luật miễn phí, giải đáp 64 vướng mắc của người dân về đất đai, hôn nhân gia đình và thủ tục hành chính.",
          [("p", "Phần lớn câu hỏi liên quan đến cấp giấy chứng nhận quyền sử dụng đất cho các thửa đất có nguồn gốc thừa kế, tách thửa, chuyển mục đích sử dụng đất; một số trường hợp hỏi về thủ tục ly hôn, chia tài sản chung và cấp dưỡng nuôi con."),
           ("img", "/assets/Uploads/2026/04/tu-van-phu-xuan.jpg", "Luật gia tư vấn cho người dân về thủ tục cấp giấy chứng nhận quyền sử dụng đất"),
           ("p", "Với những vụ việc phức tạp, các luật gia đã hướng dẫn người dân chuẩn bị hồ sơ và hẹn tư vấn chuyên sâu tại trụ sở Trung tâm; 7 trường hợp thuộc diện trợ giúp pháp lý được giới thiệu đến Trung tâm Trợ giúp pháp lý nhà nước."),
           ("p", "Từ đầu năm 2026, Hội Luật gia thành phố đã tổ chức 11 buổi tư vấn lưu động tại các phường, xã, tiếp nhận hơn 700 lượt hỏi đáp."),
           ("img", "/assets/Uploads/2026/04/phat-tai-lieu.jpg", "Phát tài liệu phổ biến pháp luật cho người dân tại buổi tư vấn")])
BY15 = "Võ Thành Công, Lâm Mỹ Hạnh"


def page15():
    pub = T("2026-04-28 00:00")
    site = "https://hoiluatgiahue.org.vn"
    url = f"{site}/tin-tuc/hoi-luat-gia-thanh-pho-tu-van-phap-luat-mien-phi-cho-nguoi-dan-phuong-phu-xuan"

    def ld(d):
        return f"{d.day} tháng {d.month}, {d.year}"

    def img(s, c, n):
        return (f'<div class="captionImage leftAlone" style="width: 640px;"><img class="leftAlone ss-htmleditorfield-file image" title="" src="{s}" width="640" height="427" alt="" loading="lazy" />'
                f'<p class="caption leftAlone">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        return (f'<article class="blog-entry"><h1 class="post-title">{esc(A15.title)}</h1>'
                f'<p class="blog-post-meta">Đăng ngày <time datetime="{isod(pub)}">{ld(pub)}</time> bởi <a href="/tin-tuc/profile/vo-thanh-cong">Võ Thành Công</a>, <a href="/tin-tuc/profile/lam-my-hanh">Lâm Mỹ Hạnh</a>'
                f'<br />Danh mục: <a href="/tin-tuc/category/pho-bien-giao-duc-phap-luat">Phổ biến, giáo dục pháp luật</a> | Thẻ: <a href="/tin-tuc/tag/tu-van">tư vấn</a>, <a href="/tin-tuc/tag/dat-dai">đất đai</a></p>'
                f'<div class="post-summary">{esc(A15.lead)}</div><div class="content typography">{A15.render(img=img, sep="")}</div>'
                f'<div class="post-share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div></article>'
                f'<nav class="blog-post-nav"><a class="prev" href="/tin-tuc/{slug(rl[0])}">← {esc(rl[0])}</a> <a class="next" href="/tin-tuc/{slug(rl[1])}">{esc(rl[1])} →</a></nav>')

    def side(rng, p):
        rec = "".join(f'<li><a href="/tin-tuc/{slug(t)[:50]}">{esc(t)}</a><span class="date">{ld(d)}</span></li>' for t, d in zip(heads14(rng, 5), past(p, rng, 5, 1, 20)))
        return (f'<div class="widget BlogRecentPostsWidget"><h4>Bài viết gần đây</h4><ul>{rec}</ul></div>'
                f'<div class="widget BlogArchiveWidget"><h4>Lưu trữ</h4><ul><li><a href="/tin-tuc/archive/2026/4">tháng 4, 2026</a></li><li><a href="/tin-tuc/archive/2026/3">tháng 3, 2026</a></li><li><a href="/tin-tuc/archive/2026/2">tháng 2, 2026</a></li></ul></div>'
                f'<div class="widget BlogCategoriesWidget"><h4>Danh mục</h4><ul><li><a href="#">Hoạt động Hội</a></li><li><a href="#">Phổ biến, giáo dục pháp luật</a></li><li><a href="#">Tư vấn pháp luật</a></li></ul></div>'
                f'<div class="widget BlogTagsCloudWidget"><h4>Thẻ</h4><p><a href="#">đất đai</a> <a href="#">hôn nhân</a> <a href="#">tư vấn</a></p></div>')

    def top(rng, p):
        return '<a href="/" class="brand" rel="home"><h1>Hội Luật gia thành phố Huế</h1><p>Thượng tôn pháp luật - Vì công lý</p></a>'

    crumbs = f'<div class="breadcrumbs-wrapper"><p class="breadcrumbs"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc/">Tin tức</a> &raquo; <span class="current">{esc(A15.title)}</span></p></div>'
    head = ('<meta name="generator" content="Silverstripe CMS 5.2" /><base href="https://hoiluatgiahue.org.vn/" /><!--[if lte IE 6]></base><![endif]-->'
            + og(A15.title, url) + '<link rel="stylesheet" type="text/css" href="/_resources/themes/hoiluatgia/css/layout.css?m=1712054400" />')
    return page("s36-15", family="lawyers_association_silverstripe5_blog_member_authors_captionimage",
                name="hue-hoiluatgia-silverstripe5-blog-post-h1-site-name-h1-in-header-dang-ngay-icu-long-date-d-thang-m-y-two-member-authors-danh-muc-in-meta-plain-post-summary-captionimage-p-caption-prev-next-archive-widget-months",
                url=url, art=A15, main_fn=main, pub=pub, prefix="hlgh", kb=118,
                org="Hội Luật gia thành phố Huế", addr="Số 14 đường Lê Lợi, phường Thuận Hóa, thành phố Huế", phone="0234.3822.196",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "silverstripe", "head_extra": head, "items": MENU_MASS, "body_cls": "BlogPost typography"},
                exp=expected(A15, isod(pub), author=BY15, category="Phổ biến, giáo dục pháp luật"),
                traps={"chrome": ["Bài viết gần đây", "Lưu trữ", "Thượng tôn pháp luật - Vì công lý"], "related": lambda rl: rl[:2]},
                notes="Silverstripe CMS 5 with the silverstripe/blog module (a stack no set had used): the theme prints the SITE's name as an h1 in the header; the headline is h1.post-title. 'Đăng ngày 28 tháng 4, 2026' — the ICU vi long date (set 34) in a <time datetime='2026-04-28'> with no time → published '2026-04-28' (date only). 'bởi Võ Thành Công, Lâm Mỹ Hạnh' — the blog's Authors field lists two MEMBERS by their personal names → author 'Võ Thành Công, Lâm Mỹ Hạnh' (set 27: a platform author field printing persons is the author). 'Danh mục: Phổ biến, giáo dục pháp luật' in the post meta → category (the crumb ends with the headline and its other level 'Tin tức' is generic). The plain div.post-summary = lead. Captions: Silverstripe's TinyMCE caption markup div.captionImage > p.caption (two). Prev / next links with other headlines, the archive widget's months and the recent-posts dates are not the item's.",
                readme="Silverstripe CMS 5 + silverstripe/blog (a stack no set had used), a free legal-advice session: the site's name as an h1 in the header over h1.post-title; 'Đăng ngày 28 tháng 4, 2026' (ICU long date, date only); TWO member authors in the blog's author field; 'Danh mục:' in the post meta; a plain summary; div.captionImage > p.caption captions; prev / next; archive months")


# ===================================================================== 16 Liên hiệp các tổ chức hữu nghị tỉnh Quảng Trị: Contao 5; the page's h1 naming the section over mod_newsreader's h1; 'bởi' an admin; the teaser as lead; a download block; an event list with future dates
A16 = Art("Gặp mặt cán bộ, chuyên gia và lưu học sinh Lào nhân dịp Tết cổ truyền Bính Ngọ",
          "Sáng 6/2, Liên hiệp các tổ chức hữu nghị tỉnh tổ chức gặp mặt hơn 120 cán bộ, chuyên gia và lưu học sinh Lào đang công tác, học tập tại tỉnh nhân dịp Tết Nguyên đán Bính Ngọ 2026.",
          [("p", "Tại buổi gặp mặt, lãnh đạo Liên hiệp các tổ chức hữu nghị tỉnh thông tin về tình hình kinh tế - xã hội của tỉnh năm 2025 và kết quả hợp tác với các tỉnh Savannakhet, Salavan, Champasak trong các lĩnh vực giáo dục, y tế, thương mại."),
           ("img", "/files/tin-tuc/2026/02/gap-mat-luu-hoc-sinh-lao.jpg", "Lưu học sinh Lào biểu diễn văn nghệ tại buổi gặp mặt"),
           ("p", "Đại diện lưu học sinh Lào bày tỏ cảm ơn sự quan tâm của lãnh đạo tỉnh, các thầy cô và gia đình Việt Nam nhận đỡ đầu; mong muốn tiếp tục được hỗ trợ trong học tập, nghiên cứu và rèn luyện tiếng Việt."),
           ("p", "Dịp này, Liên hiệp các tổ chức hữu nghị tỉnh trao 30 suất quà cho lưu học sinh có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng, và tổ chức gói bánh chưng, bánh tét cùng các gia đình đỡ đầu.")])
BY16, UNIT16 = "Hồ Thị Ngọc Trâm", "Văn phòng Liên hiệp các tổ chức hữu nghị tỉnh"


def page16():
    pub = T("2026-02-06 10:30")
    site = "https://lienhiephuunghi.quangtri.gov.vn"
    url = f"{site}/tin-hoat-dong/gap-mat-can-bo-chuyen-gia-va-luu-hoc-sinh-lao-nhan-dip-tet-co-truyen-binh-ngo.html"

    def st(d):
        return f"{dmy(d)} {hm(d)}"

    def main(rng, rl, rd):
        return (f'<div class="mod_article first last block" id="article-41"><h1 class="ce_headline first">Tin hoạt động</h1>'
                f'<div class="mod_newsreader block"><div class="layout_full block"><h1>{esc(A16.title)}</h1>'
                f'<p class="info"><time datetime="{iso(pub)}">{st(pub)}</time> bởi Quản trị viên</p>'
                f'<div class="teaser"><p>{esc(A16.lead)}</p></div>'
                f'<div class="ce_text block"><p>{esc(A16.blocks[0][1])}</p></div>'
                f'<div class="ce_image block"><figure class="image_container"><img src="{A16.blocks[1][1]}" width="780" height="520" alt="" loading="lazy" /><figcaption class="caption">{esc(A16.blocks[1][2])}</figcaption></figure></div>'
                f'<div class="ce_text block">' + "".join(f"<p>{esc(b[1])}</p>" for b in A16.blocks[2:]) + f'<p style="text-align:right"><strong>{BY16} – {UNIT16}</strong></p></div>'
                f'<div class="ce_downloads block"><h3>Tài liệu đính kèm</h3><ul><li class="download-element ext-pdf"><a href="/files/tin-tuc/2026/02/chuong-trinh-gap-mat.pdf" title="Tải tệp">Chương trình gặp mặt.pdf</a> <span class="size">(212,4 KiB)</span></li></ul></div>'
                f'<p class="back"><a href="/tin-hoat-dong.html" title="Quay lại">Quay lại</a></p></div></div></div>')

    def side(rng, p):
        nl = "".join(f'<div class="layout_latest arc_1 block"><p class="info"><time>{st(d)}</time> bởi Quản trị viên</p><h2><a href="/tin-hoat-dong/{slug(t)[:40]}.html">{esc(t)}</a></h2>'
                     f'<div class="teaser"><p>{esc(s)}</p></div></div>' for (t, s), d in zip(other_items(rng, 3), past(p, rng, 3, 1, 12)))
        ev = "".join(f'<div class="event layout_upcoming"><time class="date">{dmy(p + timedelta(days=k))}</time> <a href="#">{esc(e)}</a></div>'
                     for k, e in ((9, "Đón đoàn đại biểu hữu nghị tỉnh Savannakhet"), (21, "Tọa đàm hữu nghị Việt Nam - Lào"), (35, "Giao lưu văn hóa biên giới")))
        return f'<div class="mod_newslist block"><h2>Tin mới</h2>{nl}</div><div class="mod_eventlist block"><h2>Sự kiện sắp tới</h2>{ev}</div>'

    def top(rng, p):
        return '<div class="mod_logo"><a href="/"><img src="/files/layout/logo-lhhn.png" alt="Liên hiệp các tổ chức hữu nghị tỉnh Quảng Trị" /></a></div>'

    crumbs = (f'<div class="mod_breadcrumb block"><ul><li class="first"><a href="/">Trang chủ</a></li><li><a href="/tin-hoat-dong.html">Tin hoạt động</a></li>'
              f'<li class="active last">{esc(A16.title)}</li></ul></div>')
    head = ('<meta name="generator" content="Contao Open Source CMS" /><link rel="stylesheet" href="/assets/css/layout.min.css,responsive.min.css,mod_newsreader.css-6d1b2c3a.css" />'
            + og(A16.title, url) + '<script>window.addEventListener("DOMContentLoaded",function(){document.body.classList.add("js")});</script>')
    return page("s36-16", family="friendship_organisations_union_contao5_newsreader_section_h1_download_block",
                name="quangtri-lienhiephuunghi-contao5-mod-newsreader-layout-full-section-h1-ce-headline-above-news-h1-info-time-dd-mm-yyyy-hh-mm-boi-quan-tri-vien-teaser-lead-ce-image-figcaption-en-dash-signature-ce-downloads-box-eventlist-future-dates",
                url=url, art=A16, main_fn=main, pub=pub, prefix="lhhnqt", kb=112,
                org="Liên hiệp các tổ chức hữu nghị tỉnh Quảng Trị", addr="Số 45 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị", phone="0233.3852.460",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "contao", "head_extra": head, "items": MENU_MASS},
                exp=expected(A16, iso(pub), author=BY16, unit=UNIT16, category="Tin hoạt động"),
                traps={"accounts": ["bởi Quản trị viên"], "boxes": ["Tài liệu đính kèm", "Chương trình gặp mặt.pdf"], "bylines": [f"{BY16} – {UNIT16}"],
                       "chrome": ["Quay lại", "Sự kiện sắp tới", "Đón đoàn đại biểu hữu nghị tỉnh Savannakhet"], "related": lambda rl: []},
                notes="Contao 5 (a stack no set had used): the article's content element h1.ce_headline 'Tin hoạt động' names the SECTION above mod_newsreader's own h1, the headline (set 34: a section's title above the item is the section; it agrees with the crumb's level before the headline → category 'Tin hoạt động'). 'p.info' '06/02/2026 10:30 bởi Quản trị viên' (an account) → T10:30 (the <time datetime> agrees). The news teaser div.teaser = lead (a plain paragraph). A ce_image figcaption. En-dash signature 'Hồ Thị Ngọc Trâm – Văn phòng Liên hiệp các tổ chức hữu nghị tỉnh' → author + unit (set 31). The ce_downloads block 'Tài liệu đính kèm' is a document-download block → not body (set 24); 'Quay lại' is navigation. The right column's mod_newslist prints other items with the same account, stamps in the item's shape and teasers; mod_eventlist prints FUTURE event days.",
                readme="Contao 5 (a stack no set had used), a Tết meeting with Lao students: a section h1 'Tin hoạt động' ABOVE the news reader's h1; '06/02/2026 10:30 bởi Quản trị viên'; the news teaser as lead; a ce_image figcaption; an en-dash 'Name – unit' signature; a 'Tài liệu đính kèm' download block; a news list with teasers and an event list with future days")


# ===================================================================== 17 Đảng ủy phường Buôn Ma Thuột (Đắk Lắk): ProcessWire 3; stamps by IntlDateFormatter with the CLDR day period: '8:15 tối' = 20:15 (TWIST); 'Bài và ảnh:'; 'Tin liên quan' after the text
A17 = Art("Đêm văn nghệ “Bác Hồ với Tây Nguyên” chào mừng 136 năm Ngày sinh Chủ tịch Hồ Chí Minh",
          "Tối 16/5, tại Quảng trường trung tâm phường, Đảng ủy, HĐND, UBND, Ủy ban MTTQ phường Buôn Ma Thuột tổ chức đêm văn nghệ “Bác Hồ với Tây Nguyên” chào mừng kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026).",
          [("p", "Chương trình gồm 3 chương: “Tây Nguyên nhớ lời Bác dặn”, “Đoàn kết một lòng” và “Buôn làng hôm nay”, với hơn 200 diễn viên, nghệ nhân đến từ các câu lạc bộ cồng chiêng, đội văn nghệ quần chúng của 28 tổ dân phố và buôn trên địa bàn."),
           ("img", "/site/assets/files/1642/dem-van-nghe-bac-ho-tay-nguyen.jpg", "Tiết mục cồng chiêng của nghệ nhân buôn Kô Sia mở màn chương trình"),
           ("p", "Xen giữa các tiết mục, chương trình tái hiện bức thư Bác Hồ gửi Đại hội các dân tộc thiểu số miền Nam tại Pleiku năm 1946, với lời căn dặn đồng bào các dân tộc “đoàn kết chặt chẽ như anh em ruột thịt”."),
           ("p", "Dịp này, Đảng ủy phường biểu dương 12 tập thể, 20 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025."),
           ("img", "/site/assets/files/1642/bieu-duong-tap-the.jpg", "Lãnh đạo phường trao giấy khen cho các tập thể tiêu biểu")])
BY17 = "H'Linh Niê"
REL17 = other34(random.Random("s36-17r"), 2)


def _period(h):
    return "sáng" if 4 <= h < 11 else "trưa" if 11 <= h < 13 else "chiều" if 13 <= h < 18 else "tối" if 18 <= h < 21 else "đêm"


def page17():
    pub = T("2026-05-16 20:15")
    site = "https://dangbobuonmathuot.daklak.gov.vn"
    url = f"{site}/tin-tuc/hoat-dong-doan-the/dem-van-nghe-bac-ho-voi-tay-nguyen-chao-mung-136-nam-ngay-sinh-chu-tich-ho-chi-minh/"

    def st(d):
        return f"{wd(d)}, {d.day} tháng {d.month}, {d.year} · {d.hour % 12 or 12}:{d.minute:02d} {_period(d.hour)}"

    def sh(d):
        return f"{d.hour % 12 or 12}:{d.minute:02d} {_period(d.hour)} · {d.day} tháng {d.month}"

    def img(s, c, n):
        return f'<figure class="align_center"><img src="{s}" alt="" width="760" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rdates = [T("2026-05-15 19:05"), T("2026-05-14 12:10")]
        relh = "".join(f'<li><a href="{site}/tin-tuc/{slug(t)[:50]}/">{esc(t)}</a> <span class="uk-text-meta">{sh(d)}</span></li>' for (t, s), d in zip(REL17, rdates))
        return (f'<article class="uk-article"><h1 class="uk-article-title">{esc(A17.title)}</h1>'
                f'<p class="uk-article-meta"><span class="date" data-ts="{int(pub.timestamp())}">{st(pub)}</span> <span class="credit">Bài và ảnh: {BY17}</span></p>'
                f'<div class="summary uk-text-lead"><strong>{esc(A17.lead)}</strong></div><div class="body">{A17.render(p=jp, img=img, sep="")}</div>'
                f'<div class="related uk-margin"><h3 class="uk-heading-bullet">Tin liên quan</h3><ul class="uk-list">{relh}</ul></div></article>'
                f'<ul class="uk-pagination"><li><a href="{site}/tin-tuc/{slug(rl[0])}/"><span uk-pagination-previous></span> Bài trước</a></li><li class="uk-margin-auto-left"><a href="{site}/tin-tuc/{slug(rl[1])}/">Bài sau <span uk-pagination-next></span></a></li></ul>')

    def side(rng, p):
        latest = [T(x) for x in ("2026-05-16 16:40", "2026-05-16 11:55", "2026-05-16 07:30", "2026-05-15 19:20", "2026-05-15 14:05", "2026-05-14 22:10")]
        li = "".join(f'<li><a href="{site}/tin-tuc/{slug(t)[:50]}/">{esc(t)}</a><div class="meta"><span class="date">{sh(d)}</span> <span class="author">{esc(w)}</span></div></li>'
                     for t, d, w in zip(heads14(rng, 6), latest, WRITERS34))
        return (f'<div class="pw-latest"><h3 class="pw-latest-title">Tin mới</h3><ul class="uk-list">{li}</ul></div>'
                '<div class="uk-card uk-card-default uk-card-body"><h3 class="uk-card-title">Lịch tiếp công dân</h3><p>Bí thư Đảng ủy phường tiếp công dân định kỳ vào ngày 15 hằng tháng.</p></div>')

    def left(rng, p):
        return f'<div class="uk-container pw-topbar"><span class="pw-today">Hôm nay: {st(p + timedelta(hours=13, minutes=25))}</span></div>'

    def top(rng, p):
        return '<a class="uk-logo" href="/"><img src="/site/templates/images/logo-dang-bo.png" alt="Đảng bộ phường Buôn Ma Thuột" /></a>'

    crumbs = '<ul class="uk-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/tin-tuc/hoat-dong-doan-the/">Hoạt động đoàn thể</a></li></ul>'
    head = ('<link rel="stylesheet" href="/site/templates/uikit/dist/css/uikit.pw.min.css" /><script src="/site/templates/uikit/dist/js/uikit.min.js"></script>'
            '<meta name="generator" content="ProcessWire" />')
    return page("s36-17", family="ward_party_processwire3_intl_day_period_toi",
                name="daklak-danguybuonmathuot-processwire3-uikit-h1-uk-article-title-weekday-d-thang-m-y-h-mm-toi-cldr-day-period-evening-data-ts-header-clock-same-shape-bai-va-anh-bold-summary-figcaptions-tin-lien-quan-prev-next",
                url=url, art=A17, main_fn=main, pub=pub, prefix="dbbmt", kb=128,
                org="Đảng ủy phường Buôn Ma Thuột", addr="Số 9 đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.335",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "processwire", "head_extra": head, "items": MENU_PARTY, "left": left},
                exp=expected(A17, iso(pub), author=BY17, photographer=BY17, category="Hoạt động đoàn thể"),
                traps={"bylines": [f"Bài và ảnh: {BY17}"], "boxes": ["Tin liên quan"] + [t for t, s in REL17], "prevnext": ["Bài trước", "Bài sau"],
                       "chrome": ["Lịch tiếp công dân", "Tin mới"], "related": lambda rl: []},
                notes="TWIST (a CLDR day period after a 12-hour time): the ProcessWire site profile formats every stamp with PHP's IntlDateFormatter (vi locale, pattern \"EEEE, d 'tháng' M, y · h:mm B\"), and CLDR's vi day periods for the pattern 'B' are sáng (morning), trưa (noon), chiều (afternoon), TỐI (evening, 18–21 h) and đêm (night): 'Thứ Bảy, 16 tháng 5, 2026 · 8:15 tối' is 20:15 → 2026-05-16T20:15:00+07:00 (the sapo's 'Tối 16/5' agrees; set 34 read 'sáng' / 'chiều', set 27 'SA' / 'CH'; 'tối' was never printed). An extractor that knows only SA/CH/sáng/chiều reads 08:15 — a morning stamp for an evening event, twelve hours early, with no sign of failure. The span's data-ts attribute holds the epoch seconds (no offset, set 35: it only confirms). The header's 'Hôm nay:' clock ('… 9:40 sáng') and the sidebar's 'Tin mới' ('4:40 chiều', '11:55 trưa', '7:30 sáng', '7:20 tối', '10:10 đêm' …) print other moments in the same shape. 'Bài và ảnh: H'Linh Niê' → author and photographer (set 31). Bold summary = lead. Two figcaptions. 'Tin liên quan' with stamps and 'Bài trước' / 'Bài sau' are not body. Category 'Hoạt động đoàn thể' (crumb).",
                readme="TWIST — ProcessWire 3 (a stack no set had used) on a ward Party site, an evening concert for Bác's birthday: stamps by IntlDateFormatter with the CLDR DAY PERIOD — 'Thứ Bảy, 16 tháng 5, 2026 · 8:15 tối' (TỐI = evening: 20:15, not 08:15; the header clock and the sidebar in the same shape with sáng / trưa / chiều / tối / đêm); 'Bài và ảnh:'; bold summary; figcaptions; 'Tin liên quan' with stamps; prev / next")


# ===================================================================== 18 Chi bộ Hợp tác xã chè (Thái Nguyên): Haravan store blog; 'Người viết:' printing the SHOP's account; date only; a product grid with prices after the text; the signature above the grid
A18 = Art("Chi bộ Hợp tác xã chè Hoàng Bình đón nhận danh hiệu “Chi bộ trong sạch, vững mạnh tiêu biểu”",
          None,
          [("p", "Ngày 3/6, Chi bộ Hợp tác xã chè Hoàng Bình (Đảng bộ xã Tân Cương) tổ chức lễ đón nhận danh hiệu “Chi bộ trong sạch, vững mạnh tiêu biểu” 5 năm liền (2021 - 2025) do Ban Thường vụ Đảng ủy xã trao tặng."),
           ("p", "Chi bộ hiện có 14 đảng viên, trong đó 9 đảng viên là xã viên trực tiếp sản xuất. Những năm qua, chi bộ lãnh đạo hợp tác xã chuyển đổi 26 ha chè sang sản xuất theo tiêu chuẩn VietGAP và hữu cơ; doanh thu năm 2025 đạt hơn 18 tỷ đồng, thu nhập bình quân của xã viên tăng 15% so với năm trước."),
           ("img", "//file.hstatic.net/200000521795/file/don-nhan-danh-hieu_3f1c.jpg", "Đại diện Đảng ủy xã Tân Cương trao danh hiệu cho Chi bộ Hợp tác xã chè Hoàng Bình"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Chi bộ cho biết, chi bộ duy trì nền nếp sinh hoạt hằng tháng, mỗi kỳ sinh hoạt đều bàn một việc cụ thể của sản xuất, như lịch hái chè, kiểm soát dư lượng thuốc bảo vệ thực vật hay mở rộng kênh bán hàng trực tuyến."),
           ("p", "Năm 2026, chi bộ phấn đấu kết nạp thêm 2 đảng viên là xã viên trẻ và đưa 3 sản phẩm chè của hợp tác xã đạt OCOP 5 sao.")])
BY18, UNIT18 = "Nguyễn Thị Thu Trang", "Chi bộ Hợp tác xã chè Hoàng Bình"


def page18():
    pub = T("2026-06-03 00:00")
    site = "https://chehoangbinh.vn"
    url = f"{site}/blogs/tin-hoat-dong/chi-bo-hop-tac-xa-che-hoang-binh-don-nhan-danh-hieu-chi-bo-trong-sach-vung-manh-tieu-bieu"

    def img(s, c, n):
        return f'<p style="text-align:center"><img src="{s}" alt="" /></p><p style="text-align:center"><span style="font-size:14px"><em>{esc(c)}</em></span></p>'

    def main(rng, rl, rd):
        prods = [("Chè Tân Cương đặc biệt 500g", "320,000₫"), ("Chè móc câu hữu cơ 200g", "185,000₫"), ("Hồng trà Hoàng Bình 100g", "150,000₫"), ("Chè búp khô OCOP 4 sao 1kg", "560,000₫")]
        grid = "".join(f'<div class="col-md-3 col-6 product-loop"><div class="product-inner"><img src="//product.hstatic.net/200000521795/product/{hexid(rng, 10)}_medium.jpg" alt="{esc(n, True)}" />'
                       f'<h3 class="pro-name"><a href="/products/{slug(n)}">{esc(n)}</a></h3><div class="box-pro-prices"><p class="pro-price">{pr}</p></div>'
                       f'<button class="btn-addcart" type="button">Thêm vào giỏ</button></div></div>' for n, pr in prods)
        rel = "".join(f'<div class="article-related-item"><a href="{site}/blogs/tin-hoat-dong/{slug(t)[:50]}">{esc(t)}</a><span class="date">{dmy(d)}</span></div>' for t, d in zip(rl[:4], rd))
        return (f'<div class="heading-article"><h1 class="title-head">{esc(A18.title)}</h1><ul class="article-info-more"><li><i class="fa fa-user"></i> Người viết: <span>HTX Chè Hoàng Bình</span></li>'
                f'<li><i class="fa fa-calendar"></i> <time pubdate datetime="{isod(pub)}">{dmy(pub)}</time></li><li><i class="fa fa-file-text-o"></i><a href="#comment">0 bình luận</a></li></ul></div>'
                f'<div class="box-article-detail"><div class="article-content rte">{A18.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>{BY18}</strong><br /><em>{UNIT18}</em></p></div></div>'
                f'<div class="list-productRelated"><h2 class="title-related">Sản phẩm nổi bật</h2><div class="row">{grid}</div></div>'
                f'<div class="post-navigation"><a href="#">← Bài trước</a> <a href="#">Bài sau →</a></div>'
                f'<div class="list-blogRelated"><h2 class="title-related">Bài viết liên quan</h2>{rel}</div>'
                f'<div id="comment" class="comment-form"><h3>Viết bình luận của bạn</h3><input placeholder="Họ tên" /><input placeholder="Email" /><textarea></textarea><button>Gửi bình luận</button></div>')

    def side(rng, p):
        rec = "".join(f'<div class="item-article"><a href="/blogs/tin-hoat-dong/{slug(t)[:40]}">{esc(t)}</a><p class="date">{dmy(d)}</p><p class="author">Người viết: HTX Chè Hoàng Bình</p></div>'
                      for t, d in zip(heads14(rng, 5), past(p, rng, 5, 2, 40)))
        return (f'<div class="blog-sidebar"><div class="group-sidebox"><h3 class="sidebox-title">Bài viết mới nhất</h3>{rec}</div>'
                f'<div class="group-sidebox"><h3 class="sidebox-title">Danh mục tin</h3><ul><li><a href="/blogs/tin-hoat-dong">Tin hoạt động</a></li><li><a href="/blogs/kien-thuc-che">Kiến thức chè</a></li></ul></div></div>')

    left = '<div class="container"><span>Hotline: 0979.216.458</span> | <span>Miễn phí giao hàng cho đơn từ 500.000₫</span></div>'

    def top(rng, p):
        return ('<div class="logo"><a href="/"><img src="//theme.hstatic.net/200000521795/1001090233/14/logo.png" alt="Hợp tác xã chè Hoàng Bình" /></a></div>'
                '<div class="header-action"><a href="/cart">Giỏ hàng (0)</a> <a href="/account/login">Đăng nhập</a></div>')

    crumbs = ('<ol class="breadcrumb breadcrumb-arrows"><li><a href="/" target="_self"><span>Trang chủ</span></a></li><li><a href="/blogs/tin-hoat-dong" target="_self"><span>Tin hoạt động</span></a></li>'
              f'<li class="active"><span><strong>{esc(A18.title[:40])}...</strong></span></li></ol>')
    head = ('<meta name="generator" content="Haravan" /><link href="//theme.hstatic.net/200000521795/1001090233/14/style.scss.css" rel="stylesheet" />'
            + og(A18.title, url) + '<script>var Haravan={shop:"chehoangbinh.myharavan.com",currency:{active:"VND",rate:"1.0"},theme:{name:"Theme Tea",id:1001090233}};</script>')
    return page("s36-18", family="cooperative_party_cell_haravan_store_blog_shop_account_product_grid",
                name="thainguyen-chibohtxche-haravan-store-blog-article-h1-title-head-nguoi-viet-shop-account-time-pubdate-dd-mm-yyyy-date-only-no-sapo-centred-em-caption-bold-name-br-italic-unit-san-pham-noi-bat-product-grid-bai-viet-lien-quan",
                url=url, art=A18, main_fn=main, pub=pub, prefix="htxhb", kb=154,
                org="Hợp tác xã chè Hoàng Bình", addr="Xóm Hoàng Bình, xã Tân Cương, tỉnh Thái Nguyên", phone="0979.216.458",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "haravan", "head_extra": head, "items": [("Trang chủ", []), ("Sản phẩm", ["Chè búp", "Chè móc câu", "Hồng trà", "Quà biếu"]), ("Tin hoạt động", []), ("Liên hệ", [])],
                          "left": left, "foot_extra": cookie_banner("cookie-popup")},
                exp=expected(A18, isod(pub), author=BY18, unit=UNIT18, category="Tin hoạt động"),
                traps={"accounts": ["Người viết: HTX Chè Hoàng Bình"], "shop": ["Sản phẩm nổi bật", "Chè Tân Cương đặc biệt 500g", "320,000₫", "Thêm vào giỏ"],
                       "chrome": ["Bài viết liên quan", "Bài viết mới nhất", "Viết bình luận của bạn"], "related": lambda rl: rl[:4]},
                notes="Haravan (a Vietnamese hosted store builder; Liquid templates; a stack no set had used) — a tea cooperative's shop whose blog carries its Party cell's news: 'Người viết: HTX Chè Hoàng Bình' is the article.author of the shop's staff ACCOUNT, named after the shop (set 27: a profile named after an office or the site is an account; set 34: the label does not make it a writer) → not the author. The signature at the end of the text, bold name + italic unit after a <br> ('Nguyễn Thị Thu Trang' / 'Chi bộ Hợp tác xã chè Hoàng Bình') → author + unit (set 32). The only stamp '03/06/2026' in a <time pubdate datetime='2026-06-03'> → '2026-06-03' (date only). No sapo: lead null. One centred <em> caption. The 'Sản phẩm nổi bật' product grid with prices and cart buttons right after the text is shop chrome (set 34), as are the hotline bar and the cookie notice; 'Bài viết liên quan' with dates and the sidebar's entries (each with 'Người viết: HTX Chè Hoàng Bình') are other items'. Category 'Tin hoạt động' (the blog's crumb level; the last level is the headline cut short).",
                readme="Haravan (a Vietnamese hosted store builder; a stack no set had used), a tea cooperative's Party cell honoured: 'Người viết:' printing the SHOP's staff account; '03/06/2026' date only; no sapo; a centred <em> caption; the signature bold name <br> italic unit; a 'Sản phẩm nổi bật' product grid with prices right after the text; related posts and a sidebar with the same account; a cookie notice")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
