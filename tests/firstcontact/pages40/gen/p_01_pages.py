"""Set 40 pages 1-9: ordinary items of a Party committee's week on the common products of shared/research/vn-sites.md,
in versions, themes, modules and page layouts sets 26-39 did not use (NukeViet 5.0 under a vendor theme, Liferay CE 7.1's
Web Content Display with a vendor FreeMarker template, SharePoint 2013 cross-site publishing, DNN 7's Form and List
module, WordPress + Twenty Nineteen and + MH Magazine, Joomla 3.10 + a RocketTheme Gantry 4 template, Drupal 10 + a
Radix 5 sub-theme, a WebForms ListView).
Two pages of this module carry a twist (page 6: the writer's e-mail address in the byline's parentheses, rewritten by
Cloudflare's e-mail obfuscation to '[email protected]'; page 9: the h1 bound to the page title, so the site's name
follows the headline inside the h1); the third is in gen/p_02_more.py."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, cookie_banner, heads13, past, twelve
from .kit import og, jsonld, schedule
from .shell import MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, WRITERS33, WRITERS34

MENU_PARTY = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các cơ quan tham mưu", "Tổ chức cơ sở đảng"]),
    ("Tin tức", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Tin cơ sở", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Cuộc thi"]),
    ("Bảo vệ nền tảng tư tưởng của Đảng", ["Bình luận", "Phản bác quan điểm sai trái", "Cảnh giác"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Hướng dẫn nghiệp vụ"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic", "Podcast"]),
]


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def dmyhm(d, sep=" "):
    return f"{dmy(d)}{sep}{hm(d)}"


def banner(img, alt):
    return lambda rng, p: f'<div class="banner"><a href="/"><img src="{img}" alt="{esc(alt, True)}" /></a><span class="site-name">{esc(alt)}</span></div>'


def side_of(fmt, head="Tin đọc nhiều", cls="most-read", docs=True, writer_fmt="{w}"):
    def f(rng, p):
        s = mostread(rng, p, fmt, head, cls, 6, writers=WRITERS34, writer_fmt=writer_fmt)
        if docs:
            s += vb_box(["Hướng dẫn số 21-HD/BTCTW về kiểm điểm, đánh giá, xếp loại tổ chức đảng và đảng viên năm 2026",
                         "Kế hoạch số 88-KH/TU tổng kết công tác xây dựng Đảng năm 2026",
                         "Chương trình kiểm tra, giám sát năm 2027 của Ban Chấp hành Đảng bộ tỉnh"], "Văn bản mới", cls + "-vb")
        return s
    return f


def relbox(site, base, head, fmt, cls="tin-lien-quan", writers=WRITERS33, wfmt="{w}", n=5):
    """A related list of OTHER items, each with its stamp and its writer."""
    def f(rl, rd, rng):
        li = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{rng.randint(1000, 9999)}.html">{esc(t)}</a> '
                     f'<span class="date">{esc(fmt(d))}</span> <span class="author">{esc(wfmt.format(w=rng.choice(writers)))}</span></li>'
                     for t, d in zip(rl[:n], rd))
        return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><ul>{li}</ul></div>'
    return f


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>'


def expected_(art, published, updated=None, author=None, unit=None, photographer=None, category=None, captions=None, body=None, lead="__art__", title=None):
    from .common import expected
    return expected(art, published, updated, author, unit, photographer, category, captions, body, lead, title)


def cf_encode(email, key):
    """Cloudflare's e-mail obfuscation: the first byte is the key, every character XORed with it (hex)."""
    return f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in email)


def cf_email(email, key):
    return f'<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="{cf_encode(email, key)}">[email&#160;protected]</a>'


# ===================================================================== 1 Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh: NukeViet 5.0 + a vendor theme; 'Những tin mới hơn' between the text and the author field
A1 = Art("Hội nghị báo cáo viên Tỉnh ủy định kỳ tháng 9 năm 2026",
         "Sáng 15/9, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức Hội nghị báo cáo viên Tỉnh ủy định kỳ tháng 9/2026 theo hình thức trực tiếp kết hợp trực tuyến đến 69 điểm cầu các xã, phường.",
         [("p", "Tại hội nghị, các đại biểu được nghe đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy thông tin chuyên đề về kết quả một năm triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và một số vấn đề cần định hướng tuyên truyền trong thời gian tới."),
          ("img", "/uploads/news/2026_09/hoi-nghi-bao-cao-vien-thang-9.jpg", "Đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy thông tin tại hội nghị"),
          ("p", "Hội nghị cũng được cung cấp thông tin về tình hình kinh tế - xã hội 8 tháng đầu năm: tổng thu ngân sách nhà nước trên địa bàn đạt 78% dự toán; 100% xã, phường vận hành Trung tâm Phục vụ hành chính công ổn định, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%."),
          ("h", "Những nội dung cần tập trung tuyên truyền"),
          ("ul", ["Kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9 gắn với các phong trào thi đua yêu nước;",
                  "Công tác chuẩn bị tổng kết năm 2026 và xây dựng kế hoạch năm 2027 của các cấp ủy;",
                  "Phòng, chống thiên tai, mưa lũ trong các tháng cuối năm, bảo đảm an toàn hồ đập."]),
          ("img", "/uploads/news/2026_09/diem-cau-xa-duc-tho.jpg", "Các đại biểu dự hội nghị tại điểm cầu xã Đức Thọ"),
          ("p", "Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị đội ngũ báo cáo viên, tuyên truyền viên các cấp kịp thời nắm bắt dư luận xã hội, phản ánh tâm tư, nguyện vọng của Nhân dân về cơ quan tham mưu của cấp ủy.")])
BY1, UNIT1 = "Trần Đình Hòa", "Phòng Lý luận chính trị và Lịch sử Đảng"


def page01():
    pub, upd = T("2026-09-15 09:10"), T("2026-09-16 07:45")
    site = "https://tuyengiao.hatinh.dcs.vn"
    url = f"{site}/news/thong-tin-cho-bao-cao-vien/hoi-nghi-bao-cao-vien-tinh-uy-dinh-ky-thang-9-nam-2026-6284.html"

    def main(rng, rl, rd):
        newer = "".join(f'<li><a href="{site}/news/thong-tin-cho-bao-cao-vien/{slug(t)[:60]}-{6285 + i}.html">{esc(t)}</a> <span class="text-muted">({dmy(pub + timedelta(days=i + 1))})</span></li>'
                        for i, t in enumerate(rl[:3]))
        older = "".join(f'<li><a href="{site}/news/thong-tin-cho-bao-cao-vien/{slug(t)[:60]}-{6200 + i}.html">{esc(t)}</a> <span class="text-muted">({dmy(d)})</span></li>'
                        for i, (t, d) in enumerate(zip(rl[3:6], rd)))
        return (f'<div class="news-detail card border-0"><div class="card-body"><h1 class="news-title h3">{esc(A1.title)}</h1>'
                f'<ul class="news-info list-inline text-muted small"><li class="list-inline-item"><i class="fa-regular fa-clock"></i> {wd(pub)}, {dmy(pub)} - {hm(pub)}</li>'
                f'<li class="list-inline-item"><i class="fa-solid fa-pen"></i> Cập nhật: {dmy(upd)} - {hm(upd)}</li><li class="list-inline-item"><i class="fa-regular fa-eye"></i> 1.208</li>'
                f'<li class="list-inline-item"><a href="{site}/news/print/thong-tin-cho-bao-cao-vien/6284.html" title="In ra"><i class="fa-solid fa-print"></i></a></li></ul>'
                f'<div class="hometext fw-bold">{esc(A1.lead)}</div>'
                f'<div id="news-bodyhtml" class="bodytext">{A1.render(p=jp, img=fig, sep="")}</div>'
                f'<div class="news-newer card mt-3"><div class="card-header">Những tin mới hơn</div><ul class="list-unstyled related">{newer}</ul></div>'
                f'<div class="news-author text-end mt-3"><strong>Tác giả:</strong> {esc(BY1)} ({esc(UNIT1)})</div>'
                f'<div class="news-source text-end"><strong>Nguồn tin:</strong> Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh</div>'
                f'<div class="news-keywords"><i class="fa-solid fa-tags"></i> Từ khóa: <a href="{site}/news/tag/bao-cao-vien">báo cáo viên</a>, <a href="{site}/news/tag/dinh-huong-tuyen-truyen">định hướng tuyên truyền</a></div></div></div>'
                f'<div class="news-older card mt-3"><div class="card-header">Những tin cũ hơn</div><ul class="list-unstyled related">{older}</ul></div>')

    def side(rng, p):
        return schedule(rng, p + timedelta(days=6), "Lịch công tác của Thường trực Tỉnh ủy", "btg5-lich") + side_of(dmy, "Tin đọc nhiều", "btg5-most")(rng, p)

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/news/">Tin tức</a></li>'
              '<li class="breadcrumb-item active"><a href="/news/thong-tin-cho-bao-cao-vien/">Thông tin cho báo cáo viên</a></li></ol></nav>')
    head = og(A1.title, url, {"og:description": A1.lead, "article:published_time": iso(pub)}) + '<meta name="generator" content="NukeViet v5.0" />'
    today = pub + timedelta(days=6)
    return page("s40-01", family="propaganda_board_nukeviet50_vendor_theme_author_after_newer_items_box",
                name="hatinh-btgdv-nukeviet50-vendor-bs5-theme-weekday-dd-mm-yyyy-dash-hh-mm-cap-nhat-same-row-bold-hometext-h-subheading-ul-in-text-figcaptions-nhung-tin-moi-hon-box-then-tac-gia-name-paren-unit-nguon-tin",
                url=url, art=A1, main_fn=main, pub=pub, prefix="btght", kb=176,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh", addr="Số 2 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.221",
                crumbs=crumbs, top=banner("/themes/btg5/images/logo.png", "Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh"), side=side,
                shell_kw={"layout": "nv50_vendor", "head_extra": head, "items": MENU_PARTY, "left": f"Hôm nay: {wd(today)}, {dmy(today)} {hm(today.replace(hour=8, minute=12))}"},
                exp=expected_(A1, iso(pub), iso(upd), author=BY1, unit=UNIT1, category="Thông tin cho báo cáo viên"),
                traps={"boxes": ["Những tin mới hơn", "Những tin cũ hơn"], "chrome": ["Nguồn tin:", "Lịch công tác của Thường trực Tỉnh ủy", "Từ khóa:"],
                       "related": lambda rl: rl[:6]},
                notes="NukeViet 5.0 under a provincial vendor's theme (ported from 4.5 to 5.0's Bootstrap 5 base). 'Thứ Ba, 15/09/2026 - 09:10' → T09:10; 'Cập nhật: 16/09/2026 - 07:45' in the same info row → updated T07:45. The header's 'Hôm nay:' clock is the crawl day. Bold hometext → lead. The text holds a bold sub-heading (body) and a bulleted list (one paragraph per item). Two figcaptions. The vendor moved NukeViet's 'Những tin mới hơn' box BETWEEN the text and the author field: the box (other items' headlines and days) is not body, and 'Tác giả: Trần Đình Hòa (Phòng Lý luận chính trị và Lịch sử Đảng)' printed AFTER it credits the item (set 36's writer's element after a box) → author + unit; 'Nguồn tin:' a source. Category 'Thông tin cho báo cáo viên' (crumb). A schedule box with future days in the sidebar.",
                readme="NukeViet 5.0 under a vendor's Bootstrap 5 theme, a monthly propagandists' briefing: 'Thứ Ba, 15/09/2026 - 09:10' + 'Cập nhật:' in one info row; bold hometext; a sub-heading and a list in the text; figcaptions; the 'Những tin mới hơn' box BETWEEN the text and 'Tác giả: Name (unit)'; 'Nguồn tin:'; a schedule sidebar")


# ===================================================================== 2 Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk: Liferay CE 7.1 Web Content Display + a vendor FTL template; an office signature; the portlet title as category
A2 = Art("Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 21, xem xét kết quả kiểm tra khi có dấu hiệu vi phạm",
         "Chiều 24/9, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 21 để xem xét, kết luận một số nội dung theo thẩm quyền và cho ý kiến vào dự thảo chương trình kiểm tra, giám sát năm 2027.",
         [("p", "Tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy đã xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy xã Ea Kly và một số đảng viên liên quan trong việc lãnh đạo, chỉ đạo quản lý đất đai, thực hiện các dự án đầu tư công trên địa bàn."),
          ("p", "Qua kiểm tra, Ủy ban Kiểm tra Tỉnh ủy kết luận Ban Thường vụ Đảng ủy xã Ea Kly nhiệm kỳ 2025 - 2030 đã thiếu trách nhiệm trong lãnh đạo, chỉ đạo, để xảy ra vi phạm trong việc giao đất, cho thuê đất không đúng đối tượng; yêu cầu tập thể và cá nhân liên quan kiểm điểm, rút kinh nghiệm nghiêm túc."),
          ("img", "/documents/20182/0/ky-hop-thu-21-ubkt.jpg/4f1c2a9e", "Quang cảnh kỳ họp thứ 21 của Ủy ban Kiểm tra Tỉnh ủy"),
          ("p", "Cũng tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy xem xét, giải quyết 2 đơn tố cáo đối với đảng viên; cho ý kiến vào dự thảo chương trình kiểm tra, giám sát năm 2027 của Ban Chấp hành Đảng bộ tỉnh và của Ủy ban Kiểm tra Tỉnh ủy."),
          ("p", "Phát biểu kết luận kỳ họp, đồng chí Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy yêu cầu các đoàn kiểm tra, giám sát hoàn thành báo cáo đúng tiến độ; tập trung giám sát việc kê khai tài sản, thu nhập năm 2026 theo quy định.")])
UNIT2 = "UBKT Tỉnh ủy"


def page02():
    pub = T("2026-09-24 16:40")
    site = "https://ubkt.daklak.dcs.vn"
    url = f"{site}/web/ubkt/-/uy-ban-kiem-tra-tinh-uy-hop-ky-thu-21"

    def img(s, c, n):
        return f'<p style="text-align:center"><img alt="" src="{s}" style="width:640px" /></p><div class="img-desc"><span>{esc(c)}</span></div>'

    def main(rng, rl, rd):
        ap = relbox(site, "/web/ubkt/-/", "Tin cùng chuyên mục", lambda d: f"{hm(d)} | {dmy(d)}", "asset-publisher-list", wfmt="{w}")(rl, rd, rng)
        return (f'<div class="portlet-header"><h2 class="portlet-title"><span class="portlet-title-text">Hoạt động kiểm tra, giám sát</span></h2></div>'
                f'<div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body"><div class="journal-content-article" data-analytics-asset-id="{rng.randint(400000, 499999)}">'
                f'<div class="vt-news"><h3 class="vt-news__title">{esc(A2.title)}</h3><div class="vt-news__date"><i class="icon-time"></i> {hm(pub)} | {dmy(pub)}</div>'
                f'<div class="vt-news__sapo"><em>{esc(A2.lead)}</em></div><div class="vt-news__body">{A2.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong><em>{esc(UNIT2)}</em></strong></p></div>'
                f'<div class="vt-news__tools"><a href="#" onclick="window.print()">In bài</a> | <a href="#">Gửi bài viết</a> | <a href="#">Chia sẻ</a></div></div></div></div></div></div>'
                f'{ap}')

    crumbs = ('<nav aria-label="Breadcrumb" class="breadcrumb-ubkt"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/ubkt"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
              '<li class="breadcrumb-item"><span class="active breadcrumb-text-truncate">Tin tức - Sự kiện</span></li></ol></nav>')
    head = og(A2.title, url) + '<script>Liferay.currentURL="/web/ubkt/-/uy-ban-kiem-tra-tinh-uy-hop-ky-thu-21";Liferay.ThemeDisplay={getLanguageId:function(){return "vi_VN"},getScopeGroupId:function(){return "20182"}};</script>'
    today = pub + timedelta(days=4)
    return page("s40-02", family="inspection_committee_liferay71_wcd_ftl_office_signature_portlet_title",
                name="daklak-ubkt-liferay71-ce-journal-content-portlet-vendor-ftl-template-portlet-title-category-h3-title-hh-mm-pipe-dd-mm-yyyy-italic-sapo-img-desc-caption-bold-italic-ubkt-tinh-uy-signature-asset-publisher-below",
                url=url, art=A2, main_fn=main, pub=pub, prefix="ubktdl", kb=192,
                org="Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk", addr="Số 9 đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.046",
                crumbs=crumbs, top=banner("/o/ubkt-theme/images/logo.png", "Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk"), side=side_of(lambda d: f"{hm(d)} | {dmy(d)}", "Tin xem nhiều", "ubkt-most"),
                shell_kw={"layout": "lr71wcd", "head_extra": head, "items": MENU_PARTY, "left": f'<span class="vt-today">{wd(today)}, ngày {dmy(today)}</span>'},
                exp=expected_(A2, iso(pub), unit=UNIT2, category="Hoạt động kiểm tra, giám sát"),
                traps={"chrome": ["Tin cùng chuyên mục", "Tin tức - Sự kiện", "In bài"], "related": lambda rl: rl[:5]},
                notes="Liferay CE 7.1 GA4, the stock Web Content Display portlet (JournalContentPortlet) with a vendor's FreeMarker template. The portlet's title 'Hoạt động kiểm tra, giám sát' (h2 in the decorated portlet) is the only specific section label — the crumb's level 'Tin tức - Sự kiện' is generic → category 'Hoạt động kiểm tra, giám sát' (set 29). The headline is the template's h3. '16:40 | 24/09/2026' (time first) → T16:40; the header's date is the crawl day. Italic sapo → lead. Caption in div.img-desc after the picture. The text is signed only by the office 'UBKT Tỉnh ủy' (bold italic, right) → author null, author_unit 'UBKT Tỉnh ủy' (set 26: a signature naming a body is a unit with no author). The Asset Publisher below lists other items with their stamps and writers (set 31: a card's writer is the card's).",
                readme="Liferay CE 7.1's Web Content Display with a vendor FreeMarker template, an inspection committee's monthly session: the portlet title as the only specific section; an h3 headline; 'HH:MM | dd/mm/yyyy'; italic sapo; a div.img-desc caption; signed only 'UBKT Tỉnh ủy' (office); an Asset Publisher of other items with stamps and writers below")


# ===================================================================== 3 Đảng ủy UBND tỉnh Quảng Trị: SharePoint 2013 cross-site publishing catalog item; a date in words (date only) + 'Sửa đổi lần cuối' SA
A3 = Art("Đảng ủy UBND tỉnh học tập, quán triệt chuyên đề năm 2026 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
         "Ngày 30/9, Đảng ủy UBND tỉnh tổ chức hội nghị trực tuyến học tập, quán triệt chuyên đề năm 2026 cho cán bộ, đảng viên của 38 tổ chức cơ sở đảng trực thuộc.",
         [("p", "Chuyên đề năm 2026 tập trung vào việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng nền hành chính phục vụ Nhân dân, gắn với nâng cao chất lượng thực thi công vụ trong các sở, ban, ngành sau sắp xếp tổ chức bộ máy."),
          ("img", "/tin-tuc/PublishingImages/2026/09/hoc-tap-chuyen-de-2026.jpg", "Các đại biểu dự hội nghị tại điểm cầu Đảng ủy UBND tỉnh"),
          ("p", "Đảng ủy UBND tỉnh yêu cầu mỗi chi bộ, đảng bộ cơ sở cụ thể hóa nội dung chuyên đề thành những việc làm thiết thực; mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để làm theo gương Bác, đưa vào nội dung đánh giá, xếp loại cuối năm."),
          ("p", "Dịp này, Đảng ủy UBND tỉnh biểu dương 12 tập thể, 25 cá nhân có mô hình hay, cách làm hiệu quả trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021 - 2026.")])
BY3 = "Lê Văn Quý"


def page03():
    pub, upd, created = T("2026-09-30 00:00"), T("2026-10-01 10:05"), T("2026-09-29 16:12")
    site = "https://danguyubnd.quangtri.gov.vn"
    url = f"{site}/hoat-dong-dang-uy/hoc-tap-va-lam-theo-bac/dang-uy-ubnd-tinh-hoc-tap-quan-triet-chuyen-de-nam-2026"
    g = "_".join([hexid(random.Random(3), 8), "4c1d", "9b2e", "a17f", hexid(random.Random(4), 12)])

    def main(rng, rl, rd):
        oth = "".join(f'<li class="cbs-Line"><a class="cbs-LineTitle" href="{site}/hoat-dong-dang-uy/hoc-tap-va-lam-theo-bac/{slug(t)[:50]}">{esc(t)}</a> <span class="cbs-LineDate">(Ngày {dmy(d)})</span></li>'
                      for t, d in zip(rl[:6], rd))
        return (f'<div id="ctl00_ctl47_g_{g}_csr" class="cbs-CatalogItemReuse">'
                f'<h1 class="xsp-title ms-core-pageTitle">{esc(A3.title)}</h1>'
                f'<div class="xsp-date">{wd(pub)}, ngày {pub.day} tháng {pub.month} năm {pub.year}</div>'
                f'<div class="xsp-summary">{esc(A3.lead)}</div>'
                f'<div class="xsp-image"><img src="{A3.blocks[1][1]}" alt="" /><div class="xsp-imgcaption">{esc(A3.blocks[1][2])}</div></div>'
                f'<div class="xsp-content ms-rtestate-field">{"".join(jp(b[1]) for b in A3.blocks if b[0] == "p")}</div>'
                f'<div class="xsp-byline"><span class="xsp-label">Người viết:</span> {esc(BY3)}</div><div class="xsp-source"><span class="xsp-label">Nguồn:</span> Văn phòng Đảng ủy UBND tỉnh</div>'
                f'<table class="xsp-props"><tr><td>Ngày tạo:</td><td>{dmy(created)} {twelve(created, pad=True)}</td></tr><tr><td>Sửa đổi lần cuối:</td><td>{dmy(upd)} {twelve(upd, pad=True)}</td></tr></table>'
                f'</div><div class="cbs-ContentBySearch xsp-related"><div class="xsp-related-title">Tin cùng chuyên mục</div><ul class="cbs-List">{oth}</ul></div>')

    crumbs = ('<div class="ubnd-termnav"><a href="/">Trang chủ</a> › <a href="/hoat-dong-dang-uy">Hoạt động Đảng ủy</a> › '
              '<a href="/hoat-dong-dang-uy/hoc-tap-va-lam-theo-bac">Học tập và làm theo Bác</a></div>')
    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
            '<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"\\u002f",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",pageListId:"{7b1e2c40-9a3d-4c5e-8f61-0d2a4b6c8e10}"};</script>')
    today = pub + timedelta(days=5)
    return page("s40-03", family="party_committee_of_provincial_government_sharepoint2013_cross_site_publishing_catalog_item",
                name="quangtri-danguyubnd-sharepoint2013-xsp-catalog-item-reuse-term-navigation-crumb-h1-weekday-ngay-d-thang-m-nam-yyyy-date-only-summary-field-lead-image-caption-field-nguoi-viet-nguon-ngay-tao-sua-doi-lan-cuoi-sa",
                url=url, art=A3, main_fn=main, pub=pub, prefix="ubndqt", kb=236,
                org="Đảng ủy Ủy ban nhân dân tỉnh Quảng Trị", addr="Số 45 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị", phone="0233.3852.510",
                crumbs=crumbs, top=banner("/_catalogs/masterpage/ubnd/images/banner.png", "Đảng ủy Ủy ban nhân dân tỉnh Quảng Trị"),
                side=side_of(lambda d: f"{dmy(d)}", "Tin nổi bật", "xsp-hot", docs=True),
                shell_kw={"layout": "sp2013xsp", "head_extra": head, "items": MENU_GOV, "form": True, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A3, isod(pub), iso(upd), author=BY3, category="Học tập và làm theo Bác"),
                traps={"chrome": ["Nguồn:", "Tin cùng chuyên mục", "Ngày tạo:"], "dates": [f"{dmy(created)} {twelve(created, pad=True)}"], "related": lambda rl: rl[:6]},
                notes="SharePoint Server 2013 cross-site publishing: a catalog item page built from Catalog-Item Reuse web parts under term-driven navigation (the crumb 'Trang chủ › Hoạt động Đảng ủy › Học tập và làm theo Bác' → category 'Học tập và làm theo Bác'). The article start date is printed in WORDS, date only: 'Thứ Tư, ngày 30 tháng 9 năm 2026' → '2026-09-30'. The properties table after the text prints 'Ngày tạo: 29/09/2026 04:12 CH' (creation, set 26: no stamp of the record) and 'Sửa đổi lần cuối: 01/10/2026 10:05 SA' → updated 2026-10-01T10:05 (SA = a.m., set 27). Summary field → lead (plain). The picture sits in its own field before the text, its caption in the Image Caption field. 'Người viết: Lê Văn Quý' → author; 'Nguồn: Văn phòng Đảng ủy UBND tỉnh' a source (set 13), unit null.",
                readme="SharePoint 2013 cross-site publishing, a catalog item page (Catalog-Item Reuse web parts, term navigation), a study conference: 'Thứ Tư, ngày 30 tháng 9 năm 2026' (words, date only); a summary field; an image caption field; 'Người viết:' + 'Nguồn:'; 'Ngày tạo: … 04:12 CH' and 'Sửa đổi lần cuối: … 10:05 SA'")


# ===================================================================== 4 Hội Cựu chiến binh tỉnh Lào Cai: DNN 7 + Form and List (UDT); date only; 'Ngày tạo' / 'Ngày sửa' columns; 'CCB Name - unit'
A4 = Art("Hội Cựu chiến binh tỉnh bàn giao nhà “Nghĩa tình đồng đội” cho hội viên khó khăn",
         None,
         [("p", "Ngày 8/10, Hội Cựu chiến binh tỉnh phối hợp với Hội Cựu chiến binh xã Bảo Hà tổ chức lễ bàn giao nhà “Nghĩa tình đồng đội” cho gia đình hội viên Hoàng Văn Sinh ở thôn Bảo Vinh."),
          ("p", "Ngôi nhà có diện tích 72 m², tổng kinh phí xây dựng trên 160 triệu đồng, trong đó Hội Cựu chiến binh tỉnh hỗ trợ 60 triệu đồng từ Quỹ “Nghĩa tình đồng đội”, phần còn lại do gia đình, dòng họ và hội viên chi hội góp công, góp sức."),
          ("img", "/Portals/0/Images/2026/10/ban-giao-nha-nghia-tinh.jpg", "Lãnh đạo Hội Cựu chiến binh tỉnh trao quyết định hỗ trợ và chìa khóa nhà cho gia đình hội viên"),
          ("p", "Xúc động nhận ngôi nhà mới, ông Hoàng Văn Sinh bày tỏ cảm ơn tình cảm của đồng đội, hứa sẽ cùng gia đình tiếp tục phát triển chăn nuôi, trồng quế để ổn định cuộc sống."),
          ("p", "Từ đầu năm đến nay, các cấp Hội Cựu chiến binh trong tỉnh đã hỗ trợ xây mới, sửa chữa 47 nhà “Nghĩa tình đồng đội”, giúp hội viên yên tâm ổn định cuộc sống, phát triển kinh tế.")])


def page04():
    pub, created, changed = T("2026-10-08 00:00"), T("2026-10-07 16:20"), T("2026-10-09 08:15")
    site = "https://hoiccb.laocai.gov.vn"
    url = f"{site}/Default.aspx?tabid=86&mid=412&ctl=ShowDetail&UserDefinedRowId=1284"

    def img(s, c, n):
        return f'<p style="text-align:center"><img src="{s}" alt="" width="600" /><br /><em>{esc(c)}</em></p>'

    def main(rng, rl, rd):
        body = A4.render(p=jp, img=img, sep="")
        rows = "".join(f'<tr class="{("Normal" if i % 2 else "Alt")}"><td><a href="{site}/Default.aspx?tabid=86&amp;mid=412&amp;ctl=ShowDetail&amp;UserDefinedRowId={1270 + i}">{esc(t)}</a></td><td class="udt-col-date">{dmy(d)}</td></tr>'
                       for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="udt-detail"><table class="udt-record" width="100%" cellpadding="4"><tr><td><h2 class="udt-title">{esc(A4.title)}</h2></td></tr>'
                f'<tr><td class="udt-date"><b>Ngày:</b> {dmy(pub)}</td></tr><tr><td class="udt-body">{body}'
                f'<p style="text-align:right"><b>CCB Hoàng Văn Thọ - Văn phòng Hội CCB tỉnh</b></p></td></tr></table>'
                f'<div class="udt-system-fields">Người tạo: host | Ngày tạo: {dmy(created)} {hm(created)} | Người sửa: host | Ngày sửa: {dmy(changed)} {hm(changed)}</div>'
                f'<div class="udt-nav"><a href="{site}/Default.aspx?tabid=86">« Quay lại danh sách</a></div></div>'
                f'<div class="udt-list"><h3>Các tin khác</h3><table class="udt-grid" cellspacing="0" border="0">{rows}</table></div>')

    crumbs = '<a href="/" class="Breadcrumb">Trang chủ</a> &gt; <a href="/Default.aspx?tabid=55" class="Breadcrumb">Tin tức</a> &gt; <a href="/Default.aspx?tabid=86" class="Breadcrumb">Tin hoạt động</a>'
    head = og(A4.title, url) + '<link rel="stylesheet" href="/DesktopModules/UserDefinedTable/module.css?cdv=88" /><meta name="GENERATOR" content="DotNetNuke " />'
    today = pub + timedelta(days=3)
    return page("s40-04", family="veterans_association_dnn7_form_and_list_udt_record_system_fields",
                name="laocai-hoiccb-dnn7-form-and-list-udt-xsl-single-record-container-title-tin-hoat-dong-h2-ngay-dd-mm-yyyy-date-only-no-sapo-br-em-captions-ccb-name-dash-unit-nguoi-tao-host-ngay-tao-ngay-sua-system-fields",
                url=url, art=A4, main_fn=main, pub=pub, prefix="ccblc", kb=188,
                org="Hội Cựu chiến binh tỉnh Lào Cai", addr="Số 1 đường Hoàng Liên, phường Lào Cai, tỉnh Lào Cai", phone="0214.3820.414",
                crumbs=crumbs, top=banner("/Portals/0/Skins/ccb/images/banner.jpg", "Hội Cựu chiến binh tỉnh Lào Cai"), side=side_of(dmy, "Tin mới", "ccb-moi", docs=False),
                shell_kw={"layout": "dnn7udt", "head_extra": head, "items": MENU_MASS, "form": True, "dnn": True, "action": f"/Default.aspx?tabid=86&mid=412&ctl=ShowDetail&UserDefinedRowId=1284",
                          "left": f'<a href="/Login.aspx">Đăng nhập</a> | <a href="/Register.aspx">Đăng ký</a> | {wd(today)}, {dmy(today)}'},
                exp=expected_(A4, isod(pub), iso(changed), author="Hoàng Văn Thọ", unit="Văn phòng Hội CCB tỉnh", category="Tin hoạt động", lead=None),
                traps={"chrome": ["Người tạo: host", "Các tin khác", "Quay lại danh sách"], "dates": [f"Ngày tạo: {dmy(created)} {hm(created)}"], "related": lambda rl: rl[:6]},
                notes="DNN 7.4, the core Form and List module (formerly User Defined Table) showing one record through an XSL 'single record' template: the module container's title 'Tin hoạt động' above, the record's h2 headline, 'Ngày: 08/10/2026' (a date column, date only) → '2026-10-08'. Form and List prints its system columns under the record: 'Người tạo: host | Ngày tạo: 07/10/2026 16:20 | Người sửa: host | Ngày sửa: 09/10/2026 08:15' → 'Ngày tạo' is the creation (set 26: no stamp of the record), 'Ngày sửa' the printed update (set 31's DispForm rule: the edit stamp printed by the list) → updated 2026-10-09T08:15; 'host' is an account. No sapo → lead null. Captions: <em> after a <br> under each picture. 'CCB Hoàng Văn Thọ - Văn phòng Hội CCB tỉnh' → author 'Hoàng Văn Thọ' (the status prefix 'CCB' dropped), unit 'Văn phòng Hội CCB tỉnh'. Category 'Tin hoạt động' (crumb; the container title agrees).",
                readme="DNN 7 + the core Form and List (UDT) module's single-record view, a veterans' house handover: 'Ngày: dd/mm/yyyy' (date only); no sapo; <br><em> captions; 'CCB Name - unit'; the system columns 'Người tạo: host | Ngày tạo: … | Ngày sửa: …' under the record")


# ===================================================================== 5 Đảng ủy xã Mường Lống: WordPress + Twenty Nineteen; month-first date, hidden updated time; a gallery; 'Tin, ảnh:'
A5 = Art("Đảng ủy xã Mường Lống sơ kết 9 tháng thực hiện nhiệm vụ chính trị năm 2026",
         None,
         [("p", "Chiều 14/10, Đảng ủy xã Mường Lống tổ chức hội nghị sơ kết công tác lãnh đạo thực hiện nhiệm vụ chính trị 9 tháng, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2026."),
          ("p", "Chín tháng qua, Đảng ủy xã đã lãnh đạo hoàn thành 11/15 chỉ tiêu chủ yếu của năm; diện tích trồng rừng mới đạt 186 ha, vượt kế hoạch; tỷ lệ hộ nghèo giảm còn 31,4%. Công tác xây dựng Đảng được chú trọng, 9 quần chúng ưu tú là người dân tộc Mông được kết nạp vào Đảng."),
          ("img", "/wp-content/uploads/2026/10/so-ket-9-thang-muong-long.jpg", "Đồng chí Bí thư Đảng ủy xã phát biểu kết luận hội nghị"),
          ("p", "Hội nghị chỉ ra những hạn chế như tiến độ giải ngân vốn các chương trình mục tiêu quốc gia còn chậm, chất lượng sinh hoạt một số chi bộ bản chưa cao, việc chuyển đổi cây trồng ở vùng cao còn lúng túng."),
          ("raw", "GALLERY"),
          ("p", "Hội nghị thống nhất tập trung chỉ đạo thu hoạch lúa mùa, chuẩn bị giống cho vụ đông xuân; rà soát, hoàn thiện hồ sơ đề nghị xét công nhận bản Mường Lống 1 đạt chuẩn nông thôn mới.")])
GAL5 = [("/wp-content/uploads/2026/10/dai-bieu-phat-bieu.jpg", "Đại biểu bản Mường Lống 1 phát biểu ý kiến"),
        ("/wp-content/uploads/2026/10/khen-thuong-chi-bo.jpg", "Khen thưởng các chi bộ hoàn thành xuất sắc nhiệm vụ"),
        ("/wp-content/uploads/2026/10/dai-bieu-du-hoi-nghi.jpg", "Đại biểu dự hội nghị")]
GALCAP5 = "Một số hình ảnh tại hội nghị sơ kết"


def page05():
    pub, upd = T("2026-10-14 16:00"), T("2026-10-15 08:20")
    site = "https://danguymuonglong.vn"
    url = f"{site}/2026/10/14/dang-uy-xa-muong-long-so-ket-9-thang-2026/"
    mname = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
    wpd = lambda d: f"Tháng {mname[d.month - 1]} {d.day}, {d.year}"
    gallery = ('<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">'
               + "".join(f'<figure class="wp-block-image size-large"><img src="{s}" alt="" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>' for s, c in GAL5)
               + f'<figcaption class="blocks-gallery-caption wp-element-caption">{esc(GALCAP5)}</figcaption></figure>')

    def img(s, c, n):
        return f'<figure class="wp-block-image size-large"><img src="{s}" alt="" class="wp-image-{880 + n}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'

    svg = '<svg class="svg-icon" width="16" height="16" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4z"></path></svg>'

    def main(rng, rl, rd):
        return (f'<article id="post-2417" class="post-2417 post type-post status-publish format-standard hentry category-hoat-dong-dang-uy entry">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(A5.title)}</h1><div class="entry-meta">'
                f'<span class="byline">{svg}<span class="screen-reader-text">Đăng bởi</span><span class="author vcard"><a class="url fn n" href="{site}/author/bientap_muonglong/">bientap_muonglong</a></span></span>'
                f'<span class="posted-on">{svg}<a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{iso(pub)}">{wpd(pub)}</time><time class="updated" datetime="{iso(upd)}">{wpd(upd)}</time></a></span>'
                f'<span class="comment-count">{svg}<a href="{url}#respond">Chưa có bình luận<span class="screen-reader-text"> ở {esc(A5.title)}</span></a></span></div></header>'
                f'<div class="entry-content">{A5.render(img=img, raw=lambda x: gallery, sep="")}'
                f'<p class="has-text-align-right"><strong>Tin, ảnh: Lô Thị Hoa</strong></p></div>'
                f'<footer class="entry-footer"><span class="byline">{svg}<span class="screen-reader-text">Đăng bởi</span><span class="author vcard"><a class="url fn n" href="{site}/author/bientap_muonglong/">bientap_muonglong</a></span></span>'
                f'<span class="posted-on">{svg}<a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{iso(pub)}">{wpd(pub)}</time><time class="updated" datetime="{iso(upd)}">{wpd(upd)}</time></a></span>'
                f'<span class="cat-links">{svg}<span class="screen-reader-text">Được đăng trong</span><a href="{site}/chuyen-muc/hoat-dong-dang-uy/" rel="category tag">Hoạt động Đảng ủy</a></span></footer></article>'
                f'<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
                f'<div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav" aria-hidden="true">Bài trước</span> <span class="post-title">{esc(rl[0])}</span></a></div>'
                f'<div class="nav-next"><a href="#" rel="next"><span class="meta-nav" aria-hidden="true">Bài sau</span> <span class="post-title">{esc(rl[1])}</span></a></div></div></nav>'
                f'<div id="comments" class="comments-area"><div class="comments-title-wrap no-responses"><h2 class="comments-title">Để lại bình luận</h2></div>'
                f'<div id="respond" class="comment-respond"><form action="{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>'
                f'<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" class="submit" value="Gửi bình luận" /></p></form></div></div>')

    def side(rng, p):
        ds = past(p, rng, 5, 1, 20)
        rec = "".join(f'<li><a href="#">{esc(t)}</a> <span class="post-date">{wpd(d)}</span></li>' for t, d in zip(heads13(rng, 5), ds))
        arch = "".join(f'<li><a href="{site}/2026/{m:02d}/">Tháng {mname[m - 1]} 2026</a></li>' for m in range(10, 4, -1))
        return (f'<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{rec}</ul></section>'
                f'<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{arch}</ul></section>')

    head = (og(A5.title, url, {"article:published_time": iso(pub), "article:modified_time": iso(upd)})
            + '<style id="twentynineteen-style-inline">.entry .entry-meta .updated:not(.published),.entry .entry-footer .updated:not(.published){display:none}</style>'
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A5.title, "datePublished": iso(pub), "dateModified": iso(upd), "author": {"@type": "Person", "name": "bientap_muonglong"}}))
    caps = [A5.blocks[2][2]] + [c for _, c in GAL5] + [GALCAP5]
    return page("s40-05", family="commune_party_wp_twentynineteen_hidden_updated_time_gallery_tin_anh",
                name="nghean-danguyxamuonglong-wp-twentynineteen-entry-meta-account-time-thang-muoi-d-yyyy-month-first-datetime-hidden-updated-not-published-no-lead-block-gallery-three-captions-and-gallery-caption-tin-anh-duoc-dang-trong",
                url=url, art=A5, main_fn=main, pub=pub, prefix="mlong", kb=132,
                org="Đảng bộ xã Mường Lống", addr="Bản Mường Lống 1, xã Mường Lống, tỉnh Nghệ An", phone="0238.3797.115",
                crumbs="", top=banner("/wp-content/uploads/2025/09/logo-dang-bo-muong-long.png", "Đảng bộ xã Mường Lống"), side=side,
                shell_kw={"layout": "tt19", "head_extra": head, "items": MENU_PARTY, "left": " | Đảng bộ xã Mường Lống © 2026"},
                exp=expected_(A5, iso(pub), author="Lô Thị Hoa", photographer="Lô Thị Hoa", category="Hoạt động Đảng ủy", captions=caps, lead=None),
                traps={"chrome": ["bientap_muonglong", "Để lại bình luận", "Bài viết mới"], "dates": [wpd(upd)], "related": lambda rl: rl[:2]},
                notes="WordPress + Twenty Nineteen (the default theme of 2019): one column, widgets in the footer. The entry meta prints the account 'bientap_muonglong' and two <time>s: published 'Tháng Mười 14, 2026' (WordPress's vi 'F j, Y', month first; datetime T16:00) and updated 'Tháng Mười 15, 2026', the latter hidden by the theme's own rule '.updated:not(.published){display:none}' (inline in the head) → published 2026-10-14T16:00 (set 25's MAJORITY rule takes the datetime's time), updated null (set 29: what the page's own CSS hides is not printed; og's modified time is machine-only). The checker's visible text applies no CSS, so the hidden day is listed as a date trap. No sapo → lead null. A figcaption, then a block gallery of three captioned pictures with its own gallery caption (set 24: the gallery caption after its images' captions). 'Tin, ảnh: Lô Thị Hoa' → author and photographer. Category 'Hoạt động Đảng ủy' from the entry footer's 'Được đăng trong' (no crumb).",
                readme="WordPress + Twenty Nineteen, a commune committee's nine-month review: an account; 'Tháng Mười 14, 2026' in <time datetime> with the updated <time> hidden by the theme's CSS; no sapo; a figcaption and a block gallery with three captions + the gallery caption; 'Tin, ảnh:'; the category in the entry footer")


# ===================================================================== 6 Hội LHPN tỉnh Gia Lai: WordPress + MH Magazine behind Cloudflare; TWIST the writer's e-mail in parentheses rewritten to '[email protected]'
A6 = Art("Hội LHPN tỉnh tập huấn kỹ năng tuyên truyền, vận động cho chi hội trưởng phụ nữ",
         "Trong 2 ngày 15 và 16/10, Hội Liên hiệp Phụ nữ tỉnh tổ chức lớp tập huấn kỹ năng tuyên truyền, vận động cho 120 chi hội trưởng phụ nữ thôn, làng ở các xã phía Tây của tỉnh.",
         [("p", "Các học viên được trang bị kỹ năng tổ chức sinh hoạt chi hội theo hướng đổi mới, kỹ năng nói trước đông người, sử dụng mạng xã hội để tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước đến hội viên."),
          ("img", "/wp-content/uploads/2026/10/tap-huan-chi-hoi-truong.jpg", "Học viên thực hành kỹ năng tuyên truyền theo nhóm"),
          ("p", "Lớp tập huấn dành thời lượng hướng dẫn cách nhận diện thông tin sai trái, lừa đảo trên không gian mạng; cách vận động hội viên là người đồng bào Jrai, Bahnar tham gia các mô hình sinh kế, không tảo hôn, không sinh con thứ ba."),
          ("p", "Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch; nhiều chi hội trưởng đăng ký lập nhóm Zalo của chi hội để kịp thời thông tin đến hội viên.")])
BY6, MAIL6 = "Rơ Châm H'Lan", "hlan.rocham@phunugialai.example"


def page06():
    pub = T("2026-10-16 00:00")
    site = "https://phunugialai.vn"
    url = f"{site}/hoi-lhpn-tinh-tap-huan-ky-nang-tuyen-truyen-van-dong-cho-chi-hoi-truong/"

    def img(s, c, n):
        return (f'<div id="attachment_{3310 + n}" style="width:770px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{3310 + n}" class="size-full wp-image-{3310 + n}" src="{s}" width="760" height="507" alt="" />'
                f'<p id="caption-attachment-{3310 + n}" class="wp-caption-text">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        rel = "".join(f'<li class="mh-related-item"><a href="{site}/{slug(t)[:60]}/"><img src="/wp-content/uploads/2026/{d.month:02d}/{hexid(rng, 10)}-80x60.jpg" alt="" /></a>'
                      f'<div class="mh-related-content"><a href="{site}/{slug(t)[:60]}/">{esc(t)}</a><span class="mh-meta-date">{dmy(d)}</span></div></li>' for t, d in zip(rl[:4], rd))
        return (f'<article id="post-3310" class="post-3310 post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong-hoi">'
                f'<header class="entry-header clearfix"><h1 class="entry-title">{esc(A6.title)}</h1><div class="mh-meta entry-meta">'
                f'<span class="entry-meta-date updated"><i class="fa fa-clock-o"></i><a href="{site}/2026/10/">{dmy(pub)}</a></span> '
                f'<span class="entry-meta-author author vcard"><i class="fa fa-user"></i><a class="fn" href="{site}/author/hoilhpn_gl/">hoilhpn_gl</a></span> '
                f'<span class="entry-meta-categories"><i class="fa fa-folder-open-o"></i><a href="{site}/chuyen-muc/hoat-dong-hoi/" rel="category tag">Hoạt động Hội</a></span> '
                f'<span class="entry-meta-comments"><i class="fa fa-comment-o"></i><a class="mh-comment-scroll" href="{url}#mh-comments">0</a></span></div></header>'
                f'<div class="entry-content clearfix"><p><strong>{esc(A6.lead)}</strong></p>{A6.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>{esc(BY6)}</strong> ({cf_email(MAIL6, 0x5a)})</p></div>'
                f'<div class="entry-tags clearfix"><i class="fa fa-tag"></i><ul><li><a href="{site}/tag/tap-huan/" rel="tag">tập huấn</a></li><li><a href="{site}/tag/chi-hoi-truong/" rel="tag">chi hội trưởng</a></li></ul></div></article>'
                f'<nav class="mh-post-nav mh-row clearfix"><div class="mh-col-1-2 mh-post-nav-item mh-post-nav-prev"><a href="#" rel="prev"><span>Bài trước</span><p>{esc(rl[4])}</p></a></div>'
                f'<div class="mh-col-1-2 mh-post-nav-item mh-post-nav-next"><a href="#" rel="next"><span>Bài sau</span><p>{esc(rl[5])}</p></a></div></nav>'
                f'<section class="mh-related-content"><h3 class="mh-widget-title mh-related-content-title"><span class="mh-widget-title-inner">Bài viết liên quan</span></h3><ul class="mh-related-list">{rel}</ul></section>')

    crumbs = (f'<nav class="mh-breadcrumb"><span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{site}" itemprop="url"><span itemprop="title">Trang chủ</span></a></span>'
              f'<span class="mh-breadcrumb-delimiter"><i class="fa fa-angle-double-right"></i></span><span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{site}/chuyen-muc/hoat-dong-hoi/" itemprop="url"><span itemprop="title">Hoạt động Hội</span></a></span>'
              f'<span class="mh-breadcrumb-delimiter"><i class="fa fa-angle-double-right"></i></span>{esc(A6.title)}</nav>')
    head = (og(A6.title, url, {"article:published_time": "2026-10-16T09:35:12+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A6.title, "datePublished": "2026-10-16T09:35:12+07:00", "author": {"@type": "Person", "name": "hoilhpn_gl"}}))
    scripts = '<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>'
    today = pub + timedelta(days=4)
    return page("s40-06", family="womens_union_wp_mh_magazine_cloudflare_obfuscated_email_in_byline",
                name="gialai-hoilhpn-wp-mh-magazine-mh-breadcrumb-ending-in-title-mh-meta-dd-mm-yyyy-date-only-account-category-link-bold-lead-wp-caption-bold-name-paren-cloudflare-email-protected-not-unit",
                url=url, art=A6, main_fn=main, pub=pub, prefix="lhpngl", kb=146,
                org="Hội Liên hiệp Phụ nữ tỉnh Gia Lai", addr="Số 30 đường Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai", phone="0269.3824.512",
                crumbs=crumbs, top=banner("/wp-content/uploads/2025/08/logo-hoi-lhpn-gia-lai.png", "Hội Liên hiệp Phụ nữ tỉnh Gia Lai"),
                side=side_of(dmy, "Tin đọc nhiều", "mh-custom-posts", docs=False),
                shell_kw={"layout": "mhmag", "head_extra": head, "items": MENU_MASS, "scripts": scripts,
                          "left": f'<span class="mh-header-date">{wd(today)}, {dmy(today)}</span>',
                          "foot_extra": f'<p>Liên hệ Ban biên tập: {cf_email("banbientap@phunugialai.example", 0x31)}</p>'},
                exp=expected_(A6, isod(pub), author=BY6, category="Hoạt động Hội"),
                traps={"unit": ["[email protected]"], "chrome": ["hoilhpn_gl", "Bài viết liên quan"], "related": lambda rl: rl[:6]},
                notes="TWIST — WordPress + MH Magazine on a site proxied by Cloudflare with 'Email Address Obfuscation' on. The writer signed 'Rơ Châm H'Lan (hlan.rocham@phunugialai.example)' — her e-mail address in the parentheses where a unit usually stands; Cloudflare rewrote the address in the served HTML to <a class='__cf_email__' data-cfemail='…'>[email&#160;protected]</a> (decoded only by its script in a browser). The page therefore prints 'Rơ Châm H'Lan ([email protected])' → author 'Rơ Châm H'Lan' (a Jrai name), author_unit null: neither the placeholder nor the decoded address is a unit (a contact is not an organisation). A reader applying the 'Name (unit)' rule stores '[email protected]' as the unit. The footer's address is obfuscated the same way. MH's meta row prints '16/10/2026' (date only), the account 'hoilhpn_gl' and the category link → published '2026-10-16' (the time exists only in og / JSON-LD, set 25). Bold first paragraph → lead. wp-caption. The mh-breadcrumb ends with the headline → category 'Hoạt động Hội' (the level before, set 27; the meta link agrees).",
                readme="TWIST — WordPress + MH Magazine behind Cloudflare, a training course: the byline 'Name ([email protected])' — the writer's e-mail in the parentheses, rewritten by Cloudflare's e-mail obfuscation; 'dd/mm/yyyy' date only; an account; bold lead; wp-caption; a crumb ending in the headline")


# ===================================================================== 7 Hội Nông dân tỉnh Đồng Tháp: Joomla 3.10 + a Gantry 4 template; 'Thứ năm, 22 Tháng 10 2026 15:30'; 'Viết bởi Super User'
A7 = Art("Hội Nông dân tỉnh ra mắt Tổ hội nghề nghiệp trồng xoài theo hướng hữu cơ",
         "Chiều 22/10, Hội Nông dân tỉnh phối hợp với Hội Nông dân xã Mỹ Xương ra mắt Tổ hội nghề nghiệp trồng xoài theo hướng hữu cơ với 32 thành viên.",
         [("p", "Tổ hội hoạt động theo nguyên tắc tự nguyện, cùng có lợi; các thành viên cam kết áp dụng quy trình canh tác hữu cơ, ghi chép nhật ký sản xuất, liên kết tiêu thụ sản phẩm với hợp tác xã và doanh nghiệp xuất khẩu."),
          ("img", "/images/2026/10/ra-mat-to-hoi-xoai-huu-co.jpg", "Lãnh đạo Hội Nông dân tỉnh trao quyết định công nhận Tổ hội nghề nghiệp"),
          ("p", "Dịp này, Quỹ Hỗ trợ nông dân tỉnh giải ngân 600 triệu đồng cho 12 thành viên vay vốn mua phân bón hữu cơ, lắp đặt hệ thống tưới tiết kiệm; doanh nghiệp ký kết bao tiêu 150 tấn xoài cát Hòa Lộc mỗi năm."),
          ("p", "Đây là tổ hội nghề nghiệp thứ 46 được thành lập trong hệ thống Hội Nông dân tỉnh kể từ sau khi sắp xếp tổ chức bộ máy.")])


def page07():
    pub = T("2026-10-22 15:30")
    site = "https://hoinongdan.dongthap.gov.vn"
    url = f"{site}/index.php/hoat-dong-hoi/2731-hoi-nong-dan-tinh-ra-mat-to-hoi-nghe-nghiep-trong-xoai-huu-co"
    jw = lambda d: f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"

    def img(s, c, n):
        return f'<figure class="pull-center item-image"><img src="{s}" alt="" itemprop="image" /><figcaption class="caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        relat = "".join(f'<li><a href="{site}/index.php/hoat-dong-hoi/{2700 + i}-{slug(t)[:50]}">{esc(t)}</a></li>' for i, t in enumerate(rl[:4]))
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h2 itemprop="headline">{esc(A7.title)}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Super User</span></dd>'
                f'<dd class="category-name">Danh mục: <a href="{site}/index.php/hoat-dong-hoi" itemprop="genre">Hoạt động Hội</a></dd>'
                f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{iso(pub)}" itemprop="datePublished">Ngày đăng: {jw(pub)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:218" />Lượt xem: 218</dd></dl>'
                f'<div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a>'
                f'<ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">In</a></li><li class="email-icon"><a href="#">Email</a></li></ul></div>'
                f'<div itemprop="articleBody"><p><strong><em>{esc(A7.lead)}</em></strong></p>{A7.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>Nguyễn Thị Bé Năm - Hội Nông dân xã Mỹ Xương</strong></p></div>'
                f'<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{esc(rl[4], True)}" href="#" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li>'
                f'<li class="next"><a class="hasTooltip" title="{esc(rl[5], True)}" href="#" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li></ul></div>'
                f'<div class="moduletable relateditems"><h3>Tin liên quan</h3><ul class="relateditems mod-list">{relat}</ul></div>')

    def side(rng, p):
        ds = past(p, rng, 6, 0, 15)
        latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="#" itemprop="url"><span itemprop="name">{esc(t)}</span></a> <span class="mod-articles-category-date">{jw(d)}</span></li>'
                         for t, d in zip(heads13(rng, 6), ds))
        return f'<div class="rt-block"><div class="module-surround"><div class="module-title"><h2 class="title">Tin mới nhất</h2></div><ul class="latestnews">{latest}</ul></div></div>' + side_of(dmy, "Tin đọc nhiều", "rt-popular", docs=False)(rng, p)

    crumbs = (f'<ul class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li><li>Bạn đang ở: </li><li><a href="{site}/" class="pathway">Trang chủ</a><span class="divider"> » </span></li>'
              f'<li><a href="{site}/index.php/hoat-dong-hoi" class="pathway">Hoạt động Hội</a><span class="divider"> » </span></li><li class="active"><span>Hội Nông dân tỉnh ra mắt Tổ hội nghề nghiệp trồng...</span></li></ul>')
    head = og(A7.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><script type="application/json" class="joomla-script-options new">{"csrf.token":"' + hexid(random.Random(7), 32) + '","system.paths":{"root":"","base":""}}</script>'
    today = pub + timedelta(days=4)
    return page("s40-07", family="farmers_union_joomla310_gantry4_rockettheme_viet_boi_super_user",
                name="dongthap-hoinongdan-joomla310-rockettheme-gantry4-rt-grid-page-header-h2-article-info-viet-boi-super-user-danh-muc-ngay-dang-weekday-lower-dd-thang-m-yyyy-hh-mm-bold-italic-intro-lead-figure-caption-name-dash-unit-pagenav",
                url=url, art=A7, main_fn=main, pub=pub, prefix="hnddt", kb=158,
                org="Hội Nông dân tỉnh Đồng Tháp", addr="Số 12 đường 30 Tháng 4, phường Cao Lãnh, tỉnh Đồng Tháp", phone="0277.3851.406",
                crumbs=crumbs, top=banner("/templates/rt_hnd/images/logo.png", "Hội Nông dân tỉnh Đồng Tháp"), side=side,
                shell_kw={"layout": "gantry4", "head_extra": head, "items": MENU_MASS, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A7, iso(pub), author="Nguyễn Thị Bé Năm", unit="Hội Nông dân xã Mỹ Xương", category="Hoạt động Hội"),
                traps={"chrome": ["Viết bởi Super User", "Lượt xem: 218", "Tin liên quan", "Tin mới nhất"], "related": lambda rl: rl[:4]},
                notes="Joomla 3.10 under a RocketTheme template on the Gantry 4 framework (rt-grid rows). com_content's article view: the page-header h2 headline; the info block 'Chi tiết' with 'Viết bởi Super User' (an account), 'Danh mục: Hoạt động Hội' and 'Ngày đăng: thứ năm, 22 Tháng 10 2026 15:30' (the vi pack's lower-case weekday, month in words) → T15:30; hits. Bold italic intro paragraph → lead. Intro picture and the text's picture in figure.item-image with figcaption.caption. 'Nguyễn Thị Bé Năm - Hội Nông dân xã Mỹ Xương' → author + unit. The crumb's last level is the cut headline → category 'Hoạt động Hội' (the level before; the 'Danh mục' line agrees). Prev / next buttons carry other headlines only in title tooltips; mod_related_items below.",
                readme="Joomla 3.10 + a RocketTheme Gantry 4 template, a farmers' professional group launch: 'Viết bởi Super User'; 'Ngày đăng: thứ năm, 22 Tháng 10 2026 15:30'; bold italic intro; figure captions; 'Name - unit'; a crumb ending in the cut headline; related items and a latest-news module with stamps")


# ===================================================================== 8 Đảng ủy các cơ quan Đảng tỉnh Khánh Hòa: Drupal 10 + Radix 5; Drupal's default medium date 'T4, 10/28/2026 - 14:15' (month first); writer field with two values
A8 = Art("Chung kết Hội thi “Bí thư chi bộ giỏi” Đảng bộ các cơ quan Đảng tỉnh năm 2026",
         "Ngày 28/10, Đảng ủy các cơ quan Đảng tỉnh tổ chức vòng chung kết Hội thi “Bí thư chi bộ giỏi” năm 2026 với sự tham gia của 12 thí sinh xuất sắc nhất từ vòng sơ khảo.",
         [("p", "Các thí sinh trải qua ba phần thi: chào hỏi, xử lý tình huống và thuyết trình về một giải pháp nâng cao chất lượng sinh hoạt chi bộ. Nhiều giải pháp gắn với chuyển đổi số như lập sổ tay đảng viên điện tử, tổ chức sinh hoạt chuyên đề trực tuyến được Ban Giám khảo đánh giá cao."),
          ("img", "/sites/default/files/styles/wide/public/2026-10/chung-ket-bi-thu-chi-bo-gioi.jpg", "Thí sinh trình bày phần thi xử lý tình huống"),
          ("p", "Kết quả, Ban Tổ chức trao 1 giải Nhất cho thí sinh Nguyễn Thị Kim Oanh (Chi bộ Văn phòng Tỉnh ủy), 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích."),
          ("table", [["Giải", "Số lượng", "Mức thưởng (đồng)"], ["Nhất", "1", "5.000.000"], ["Nhì", "2", "3.000.000"], ["Ba", "3", "2.000.000"], ["Khuyến khích", "6", "1.000.000"]]),
          ("p", "Thí sinh đạt giải Nhất sẽ đại diện Đảng bộ tham dự Hội thi cấp tỉnh, dự kiến tổ chức trong quý I/2027.")])
BYS8, UNIT8 = ["Phan Minh Quân", "Đỗ Thị Hạnh"], "Ban Tổ chức Đảng ủy các cơ quan Đảng tỉnh"


def page08():
    pub = T("2026-10-28 14:15")
    site = "https://dangbocoquandang.khanhhoa.dcs.vn"
    url = f"{site}/tin-tuc/chung-ket-hoi-thi-bi-thu-chi-bo-gioi-dang-bo-cac-co-quan-dang-tinh-nam-2026"
    short = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    d7 = lambda d: f"{short[d.weekday()]}, {d.month:02d}/{d.day:02d}/{d.year} - {hm(d)}"

    def img(s, c, n):
        return (f'<div class="field field--name-field-media-image field--type-entity-reference"><figure class="media media--type-image media--view-mode-wide">'
                f'<img loading="lazy" src="{s}" width="900" height="600" alt="" class="img-fluid" /><figcaption class="field field--name-field-chu-thich">{esc(c)}</figcaption></figure></div>')

    def table(rows):
        head = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
        return f'<table class="table table-bordered"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'

    def main(rng, rl, rd):
        view = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{site}/tin-tuc/{slug(t)[:60]}">{esc(t)}</a></span></div>'
                       f'<div class="views-field views-field-created"><span class="field-content">{d7(d)}</span></div></div>' for t, d in zip(rl[:5], rd))
        authors = "".join(f'<div class="field__item">{esc(a)}</div>' for a in BYS8)
        return (f'<div id="block-radix-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(A8.title)}</span></h1></div>'
                f'<div data-drupal-messages-fallback class="hidden"></div>'
                f'<article data-history-node-id="1842" class="node node--type-article node--promoted node--view-mode-full">'
                f'<div class="node__meta"><span class="node__submitted">Gửi bởi <span class="field field--name-uid"><span>ccd_khanhhoa</span></span> vào <span class="field field--name-created">{d7(pub)}</span></span></div>'
                f'<div class="node__content"><div class="field field--name-field-tom-tat field--type-string-long field--label-hidden"><em>{esc(A8.lead)}</em></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{A8.render(p=jp, img=img, table=table, sep="")}</div>'
                f'<div class="field field--name-field-tac-gia field--label-inline clearfix"><div class="field__label">Tác giả</div><div class="field__items">{authors}</div></div>'
                f'<div class="field field--name-field-don-vi field--label-inline clearfix"><div class="field__label">Đơn vị</div><div class="field__item">{esc(UNIT8)}</div></div>'
                f'<div class="field field--name-field-chuyen-muc field--label-inline clearfix"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="{site}/chuyen-muc/cong-tac-to-chuc-can-bo" hreflang="vi">Công tác tổ chức - cán bộ</a></div></div>'
                f'</div></article><div class="views-element-container block block-views"><h2 class="block__title">Bài viết cùng chuyên mục</h2><div class="view view-cung-chuyen-muc">{view}</div></div>')

    crumbs = ('<nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb">'
              '<li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li></ol></nav>')
    head = og(A8.title, url) + '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1842","currentLanguage":"vi"},"radix":{"version":"5.0.3"}}</script>'
    return page("s40-08", family="party_agencies_committee_drupal10_radix5_medium_date_month_first_two_writer_values",
                name="khanhhoa-danguycoquandang-drupal10-radix5-page-title-block-h1-gui-boi-account-vao-t4-mm-dd-yyyy-dash-hh-mm-default-medium-format-italic-tom-tat-field-media-figcaption-table-thead-tac-gia-two-values-don-vi-chuyen-muc-fields",
                url=url, art=A8, main_fn=main, pub=pub, prefix="ccdkh", kb=154,
                org="Đảng bộ các cơ quan Đảng tỉnh Khánh Hòa", addr="Số 2 đường Trần Phú, phường Nha Trang, tỉnh Khánh Hòa", phone="0258.3822.651",
                crumbs=crumbs, top=banner("/themes/custom/ccd_radix/logo.svg", "Đảng bộ các cơ quan Đảng tỉnh Khánh Hòa"), side=side_of(d7, "Đọc nhiều", "block-most-read", docs=True),
                shell_kw={"layout": "radix", "head_extra": head, "items": MENU_PARTY, "left": '<p class="copyright">© 2026 Đảng ủy các cơ quan Đảng tỉnh Khánh Hòa</p>'},
                exp=expected_(A8, iso(pub), author=", ".join(BYS8), unit=UNIT8, category="Công tác tổ chức - cán bộ"),
                traps={"chrome": ["ccd_khanhhoa", "Bài viết cùng chuyên mục"], "related": lambda rl: rl[:5]},
                notes="Drupal 10.3 under a vendor's Radix 5 sub-theme: the page title block's h1 above the node. The node meta keeps Drupal's DEFAULT 'medium' format 'D, m/d/Y - H:i' under the vi translation: 'Gửi bởi ccd_khanhhoa vào T4, 10/28/2026 - 14:15' — month FIRST (28 cannot be a month; the related view and the most-read block print the same shape, some with days ≤ 12) → 2026-10-28T14:15; the account is not an author. Italic 'Tóm tắt' field → lead. A media figcaption; a table with a <thead> row (rows are paragraphs, cells ' | '). A multi-value 'Tác giả' field (two writers) and ONE 'Đơn vị' value → author 'Phan Minh Quân, Đỗ Thị Hạnh', unit once (sets 28 and 39: a unit shared by two writers is stored once). The crumb is generic ('Tin tức'); the 'Chuyên mục' field names the section → category 'Công tác tổ chức - cán bộ' (label dropped; its hyphen is part of the name).",
                readme="Drupal 10 + a Radix 5 sub-theme, a contest final: the page-title h1 above the node; Drupal's default medium format 'T4, 10/28/2026 - 14:15' (month first) after an account; an italic 'Tóm tắt' field; a table with <thead>; a two-value 'Tác giả' field + one 'Đơn vị'; the category from a 'Chuyên mục' field under a generic crumb")


# ===================================================================== 9 Đảng ủy phường Vị Tân: WebForms ListView; TWIST the h1 bound to Page.Title (headline + ' - ' + site name)
A9 = Art("Đảng ủy phường Vị Tân kết nạp 6 đảng viên mới",
         "Sáng 2/11, Đảng ủy phường Vị Tân tổ chức lễ kết nạp đảng viên cho 6 quần chúng ưu tú là đoàn viên thanh niên, hội viên phụ nữ và chủ hộ kinh doanh trên địa bàn.",
         [("p", "Tại buổi lễ, các quần chúng ưu tú được nghe công bố quyết định kết nạp đảng viên, tuyên thệ dưới cờ Đảng, cờ Tổ quốc và ảnh Chủ tịch Hồ Chí Minh. Trong số 6 đảng viên mới có 2 đồng chí là chủ hộ kinh doanh, lần đầu tiên phường kết nạp đảng viên trong khu vực kinh tế tư nhân."),
          ("img", "/Upload/TinTuc/2026/11/ket-nap-dang-vien-vi-tan.jpg", "Đồng chí Bí thư Đảng ủy phường trao quyết định kết nạp cho các đảng viên mới"),
          ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy phường đề nghị các đảng viên mới tiếp tục học tập, rèn luyện, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; các chi bộ phân công đảng viên chính thức giúp đỡ đảng viên dự bị."),
          ("p", "Từ đầu năm đến nay, Đảng bộ phường đã kết nạp 27 đảng viên, đạt 112,5% chỉ tiêu năm.")])
SITE9 = "Cổng thông tin điện tử Đảng bộ phường Vị Tân"
H1_9 = f"{A9.title} - {SITE9}"


def page09():
    pub = T("2026-11-02 10:20:35")
    site = "https://dangbovitan.cantho.gov.vn"
    url = f"{site}/tin-hoat-dong/dang-uy-phuong-vi-tan-ket-nap-6-dang-vien-moi-1642.aspx"
    ctl = "ctl00_cphContent_lvChiTiet_ctrl0"

    def img(s, c, n):
        return (f'<table class="tbl-img" align="center" width="600" cellpadding="0" cellspacing="0"><tr><td><img src="{s}" width="600" alt="" /></td></tr>'
                f'<tr><td class="img-caption" align="center"><i>{esc(c)}</i></td></tr></table>')

    def main(rng, rl, rd):
        oth = "".join(f'<li><a href="{site}/tin-hoat-dong/{slug(t)[:50]}-{1600 + i}.aspx">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div id="ctl00_cphContent_lvChiTiet_itemPlaceholderContainer" class="chitiet-tin">'
                f'<div id="{ctl}_pnItem" class="item-detail"><h1 class="detail-title"><span id="{ctl}_lblTieuDe">{esc(H1_9)}</span></h1>'
                f'<div class="detail-date"><span id="{ctl}_lblNgayDang">Ngày đăng: {dmy(pub)} {twelve(pub, sec=True)}</span> | <span id="{ctl}_lblLuotXem">Lượt xem: 356</span></div>'
                f'<div class="detail-sapo"><b><span id="{ctl}_lblTomTat">{esc(A9.lead)}</span></b></div>'
                f'<div id="{ctl}_divNoiDung" class="detail-content">{A9.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><b>Trần Thị Mỹ Duyên - Văn phòng Đảng ủy phường</b></p></div>'
                f'<div class="detail-tools"><a id="{ctl}_lnkIn" href="javascript:window.print()">In bài viết</a> <a id="{ctl}_lnkGuiMail" href="javascript:__doPostBack(\'ctl00$cphContent$lvChiTiet$ctrl0$lnkGuiMail\',\'\')">Gửi email</a></div></div></div>'
                f'<div class="tin-khac"><div class="tin-khac-title">Các tin khác</div><ul>{oth}</ul></div>')

    def side(rng, p):
        ds = past(p, rng, 6, 0, 14)
        return (f'<div class="box-right"><div class="box-right-title">Tin mới</div><ul>' + "".join(f'<li><a href="#">{esc(t)}</a> <i>({dmy(d)})</i></li>' for t, d in zip(heads13(rng, 6), ds)) + "</ul></div>"
                + vb_box(["Nghị quyết số 12-NQ/ĐU về phát triển đảng viên trong khu vực kinh tế tư nhân", "Kế hoạch số 45-KH/ĐU tổng kết năm 2026"], "Văn bản Đảng ủy", "vb-dangu"))

    crumbs = (f'<span id="ctl00_cphContent_SiteMapPath1"><a href="{site}/">Trang chủ</a> » <a href="{site}/tin-hoat-dong.aspx">Tin hoạt động</a> » <span class="current">{esc(A9.title)}</span></span>')
    head = og(H1_9, url) + '<meta name="description" content="' + esc(A9.lead, True) + '" />'
    today = pub + timedelta(days=2)
    return page("s40-09", family="ward_party_aspnet_webforms_listview_site_name_inside_h1",
                name="cantho-danguyphuongvitan-aspnet-webforms-listview-lvchitiet-h1-lbltieude-bound-to-page-title-headline-dash-site-name-ngay-dang-dd-mm-yyyy-h-mm-ss-sa-bold-lbltomtat-table-caption-row-bold-right-name-dash-unit-crumb-ends-with-headline",
                url=url, art=A9, main_fn=main, pub=pub, prefix="vitan", kb=214, title=H1_9,
                org="Đảng bộ phường Vị Tân", addr="Số 8 đường Trần Hưng Đạo, phường Vị Tân, thành phố Cần Thơ", phone="0293.3870.226",
                crumbs=crumbs, top=banner("/Images/banner-dang-bo-vi-tan.jpg", SITE9), side=side,
                shell_kw={"layout": "wflistview", "head_extra": head, "items": MENU_PARTY, "form": True, "left": f"{wd(today)}, ngày {dmy(today)}"},
                exp=expected_(A9, iso(pub), author="Trần Thị Mỹ Duyên", unit="Văn phòng Đảng ủy phường", category="Tin hoạt động"),
                traps={"title": [H1_9], "chrome": ["Các tin khác", "Lượt xem: 356", "In bài viết"], "related": lambda rl: rl[:6]},
                notes="TWIST — a local vendor's ASP.NET WebForms CMS whose detail is a ListView (lvChiTiet): its ItemTemplate binds the h1's label to Page.Title, so the h1 prints the headline FOLLOWED BY THE SITE'S NAME: 'Đảng ủy phường Vị Tân kết nạp 6 đảng viên mới - Cổng thông tin điện tử Đảng bộ phường Vị Tân' (the same string is the <title> and og:title). The suffix is the site's, printed after every headline of the site; the crumb's last level prints the headline alone → title 'Đảng ủy phường Vị Tân kết nạp 6 đảng viên mới'. A reader taking the h1 (or <title>) as printed stores the portal's name inside the title of every item. QUESTIONABLE: the h1 is printed as it is; the rule here is that the site's own name appended after ' - ' (the page-title pattern) is not words of the headline (set 35's badge and set 32's sub-headline rules, applied to a suffix). 'Ngày đăng: 02/11/2026 10:20:35 SA' → 2026-11-02T10:20:35 (printed seconds kept, SA = a.m.). Bold lblTomTat → lead. Captions in a picture table's second row. 'Trần Thị Mỹ Duyên - Văn phòng Đảng ủy phường' → author + unit. Category 'Tin hoạt động' (the crumb's level before the headline, set 27).",
                readme="TWIST — a WebForms CMS with a ListView detail, an admission ceremony: the h1 bound to Page.Title prints 'headline - Cổng thông tin điện tử Đảng bộ phường …' (the site's name inside the h1); 'dd/mm/yyyy 10:20:35 SA'; bold lblTomTat; a picture table's caption row; 'Name - unit'; a crumb ending in the headline")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
