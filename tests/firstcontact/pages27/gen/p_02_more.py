"""Set 27 pages 10-18: the rest of the sample (a Báo tỉnh E-MAGAZINE longform, a Báo tỉnh on an in-house NestJS +
Handlebars newsroom, an Đài PT-TH audio item on a Remix front end, a Cổng TTĐT tỉnh on ASP.NET MVC 5 + Kendo UI, a Sở
Khoa học và Công nghệ on Flask + Jinja2 + Bulma, a Thành ủy on Symfony 6 + Twig, a Hội Văn học Nghệ thuật on WordPress +
JNews, an Đảng ủy xã on a Huyện ủy's WordPress Multisite with the Twenty Twenty-Four block theme, a Hội Nạn nhân chất
độc da cam/dioxin on the ABP Framework). Pages 11, 12 and 13 carry one TWIST each: an AI-generated summary box before
the sapo, the NEXT article pre-rendered in full under the item (infinite scroll), and an approver's 'Duyệt tin:' line in
the byline slot."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads8, past, expected, slug, dump, hexid, alnum, b64blob, pad, menu, counter, ga, css, js
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og, mk
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV, side_box
from .base import page, side_std, vb_box, crumb
from .p_01_pages import head_top, right_bold, right_em, jp, WD_LOW, UTC, h12


# ===================================================================== 10 Báo Ấp Bắc (Tiền Giang): E-MAGAZINE longform; credits block 'Nội dung: / Ảnh: / Trình bày:' at the top; the stamp after the text
A10 = Art("Gò Công chuyển mình sau 50 năm giải phóng",
          "Nửa thế kỷ sau ngày giải phóng, vùng đất Gò Công ven biển từng quanh năm thiếu nước ngọt, đồng ruộng nhiễm mặn nay đã khoác lên mình diện mạo mới: đường sá khang trang, khu công nghiệp mọc lên, đời sống người dân ngày càng khấm khá.",
          [("h", "Ký ức những mùa hạn mặn"),
           ("p", "Ông Trần Văn Bảy (74 tuổi, ngụ xã Tân Thành, huyện Gò Công Đông) vẫn nhớ như in những năm sau giải phóng, cả xóm chỉ trông vào mấy lu nước mưa. Mùa khô, nước mặn theo kênh rạch lấn sâu vào ruộng, lúa chết cháy, nhiều gia đình phải bỏ xứ đi làm thuê."),
           ("p", "Ngay từ những năm đầu, Đảng bộ và chính quyền địa phương đã vận động Nhân dân đắp đê ngăn mặn, đào kênh dẫn ngọt. Công trình Ngọt hóa Gò Công hoàn thành giữa thập niên 1980 được xem là bước ngoặt, biến hàng chục nghìn héc-ta đất nhiễm mặn thành ruộng lúa hai, ba vụ."),
           ("img", "/uploads/emagazine/2025/04/go-cong/de-bien-go-cong.jpg", "Tuyến đê biển Gò Công được kiên cố hóa, bảo vệ hàng nghìn héc-ta đất sản xuất"),
           ("raw", "QUOTE"),
           ("h", "Bứt phá từ công nghiệp và kinh tế biển"),
           ("p", "Những năm gần đây, khu vực phía Đông của tỉnh trở thành điểm đến của nhiều nhà đầu tư. Khu công nghiệp Long Giang mở rộng, cụm công nghiệp Gia Thuận thu hút 32 dự án, giải quyết việc làm cho hơn 18.000 lao động địa phương."),
           ("p", "Cùng với đó, nghề nuôi nghêu, nuôi tôm công nghệ cao ven biển phát triển mạnh. Nhiều hợp tác xã thủy sản đã có sản phẩm nghêu xuất khẩu sang thị trường châu Âu, mang lại thu nhập ổn định cho hàng nghìn hộ dân ven biển."),
           ("img", "/uploads/emagazine/2025/04/go-cong/kcn-long-giang.jpg", "Công nhân làm việc tại một doanh nghiệp trong Khu công nghiệp Long Giang"),
           ("img", "/uploads/emagazine/2025/04/go-cong/thu-hoach-ngheu.jpg", "Thu hoạch nghêu ở bãi bồi ven biển xã Tân Thành"),
           ("h", "Khát vọng vươn ra biển lớn"),
           ("p", "Theo quy hoạch tỉnh, vùng ven biển Gò Công sẽ trở thành trung tâm kinh tế biển của tỉnh với khu đô thị, khu công nghiệp, cảng biển và năng lượng tái tạo. Tuyến đường bộ ven biển nối Tiền Giang với TP Hồ Chí Minh và Bến Tre đang dần hình thành."),
           ("p", "“Điều quý nhất là ý chí của người Gò Công: không chịu thua thiên nhiên, không chịu nghèo mãi”, đồng chí Võ Ngọc Hiền, Bí thư Thị ủy Gò Công chia sẻ."),
           ("p", "Năm mươi năm, từ một vùng quê nghèo khó, Gò Công hôm nay đang từng ngày đổi thay, vững bước trên con đường phát triển mà Đảng và Nhân dân đã chọn.")])
QUOTE10 = "Công trình Ngọt hóa Gò Công hoàn thành giữa thập niên 1980 được xem là bước ngoặt, biến hàng chục nghìn héc-ta đất nhiễm mặn thành ruộng lúa hai, ba vụ."
CREDITS10 = [("Nội dung", "Minh Thư - Hoài Thương"), ("Ảnh", "Nguyễn Văn Lộc"), ("Trình bày", "Thanh Phương")]


def page10():
    pub = T("2025-04-28 05:00")
    rng = __import__("random").Random("s27-10")
    url = "https://baoapbac.vn/emagazine/go-cong-chuyen-minh-sau-50-nam-giai-phong-1052317.html"
    out, duo = [], []
    for b in A10.blocks:
        if b[0] != "img" and duo:
            out.append('<div class="emag-duo">' + "".join(duo) + "</div>")
            duo = []
        if b[0] == "h":
            out.append(f'<h2 class="emag-chapter">{esc(b[1])}</h2>')
        elif b[0] == "p":
            out.append(f'<p class="emag-text">{esc(b[1])}</p>')
        elif b[0] == "raw":
            out.append(f'<blockquote class="emag-quote"><span class="emag-quote__mark">“</span><p>{esc(QUOTE10)}</p></blockquote>')
        elif b[0] == "img":
            if b[1].endswith("de-bien-go-cong.jpg"):
                out.append(f'<div class="emag-photo emag-photo--full"><img src="{b[1]}" alt="" loading="lazy"><p class="emag-photo__cap">{esc(b[2])}</p></div>')
            else:
                duo.append(f'<figure class="emag-duo__item"><img src="{b[1]}" alt="" loading="lazy"><figcaption>{esc(b[2])}</figcaption></figure>')
    credits = "".join(f'<p class="emag-credit__row"><span class="emag-credit__label">{k}:</span> <span class="emag-credit__name">{esc(v)}</span></p>' for k, v in CREDITS10)
    more = heads8(rng, 4, avoid=[A10.title])
    more_html = "".join(f'<a class="emag-more__item" href="/emagazine/{slug(t)}-{rng.randint(1040000, 1052000)}.html"><img src="/uploads/emagazine/thumb/{hexid(rng, 12)}.jpg" alt=""><span>{esc(t)}</span></a>' for t in more)
    emag_css = css(rng, "emag", 160)
    html = (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>[E-magazine] {esc(A10.title)} - Báo Ấp Bắc</title>\n' + og(A10.title, url, {"og:site_name": "Báo Ấp Bắc", "og:description": A10.lead[:160], "article:published_time": iso(pub), "article:section": "Chính trị"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A10.title, "datePublished": iso(pub), "dateModified": iso(pub + timedelta(hours=3, minutes=12)),
                      "author": [{"@type": "Person", "name": "Minh Thư"}, {"@type": "Person", "name": "Hoài Thương"}], "publisher": {"@type": "Organization", "name": "Báo Ấp Bắc"}})
            + f'\n<link rel="stylesheet" href="/static/emagazine/css/emag.min.css?v=2.4.1">\n<style>{emag_css}</style>\n<!--PAD-->\n</head>\n'
            f'<body class="emagazine-page"><div class="emag-topbar"><a class="emag-topbar__logo" href="/"><img src="/static/images/logo-bao-ap-bac.svg" alt="Báo Ấp Bắc"></a><a class="emag-topbar__home" href="/">Trở về trang chủ</a>'
            f'<div class="emag-topbar__share"><a href="#" class="fb">Chia sẻ Facebook</a><a href="#" class="zalo">Zalo</a></div></div>\n'
            f'<article class="emag" data-id="1052317"><div class="emag-cover" style="background-image:url(\'/uploads/emagazine/2025/04/go-cong/cover.jpg\')"><div class="emag-cover__text">'
            f'<span class="emag-label">E-MAGAZINE</span>\n<a class="emag-cat" href="/chinh-tri">Chính trị</a><h1 class="emag-title">{esc(A10.title)}</h1></div></div>'
            f'<div class="emag-credit">{credits}</div><div class="emag-sapo"><p>{esc(A10.lead)}</p></div><div class="emag-body">{"".join(out)}</div>'
            f'<div class="emag-end"><span class="emag-end__mark">***</span><div class="emag-end__meta"><span>Xuất bản: {dmy(pub)} - {hm(pub)}</span> <span class="emag-end__series">Chuyên đề: 50 năm giải phóng miền Nam, thống nhất đất nước</span></div></div></article>\n'
            f'<section class="emag-more"><h3>E-magazine khác</h3><div class="emag-more__grid">{more_html}</div></section>\n'
            f'<footer class="emag-footer"><p><strong>BÁO ẤP BẮC</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang</p><p>Địa chỉ: Số 13 đường 30 tháng 4, phường 1, TP Mỹ Tho, tỉnh Tiền Giang</p>'
            f'<p>Giấy phép số 486/GP-BTTTT. Ghi rõ nguồn “Báo Ấp Bắc” khi phát hành lại thông tin từ website này.</p></footer>\n'
            f'<script src="/static/emagazine/js/emag.min.js?v=2.4.1"></script><script>window.__EMAG__={dump({"id": 1052317, "layout": "longform-v3", "parallax": True, "chapters": [b[1] for b in A10.blocks if b[0] == "h"]})};</script>{ga(rng)}\n</body>\n</html>\n')
    html = pad(html, rng, 110, prefix="emag")
    exp = expected(A10, iso(pub), author="Minh Thư, Hoài Thương", photographer="Nguyễn Văn Lộc", category="Chính trị")
    return mk("provincial_paper_emagazine_longform_credit_block_top_stamp_after_text",
              "tiengiang-bao-ap-bac-emagazine-cover-label-cat-link-chinh-tri-h1-overlay-credit-rows-noi-dung-two-names-anh-name-trinh-bay-name-sapo-div-h2-chapters-full-bleed-caption-duo-figcaptions-pull-quote-xuat-ban-dd-mm-yyyy-dash-hh-mm-after-text",
              url, html, exp,
              {"credits": ["Trình bày:", "Thanh Phương"], "chrome": ["E-MAGAZINE", "Trở về trang chủ", "E-magazine khác", "Chuyên đề: 50 năm giải phóng miền Nam, thống nhất đất nước", "***"],
               "more": more[:3]},
              "A provincial paper's E-MAGAZINE (longform) page: no site menu, a cover with a background image whose overlay holds the format label 'E-MAGAZINE', the section link 'Chính trị' (→ category) and the h1. Right under the cover, a CREDITS block of three rows — 'Nội dung: Minh Thư - Hoài Thương', 'Ảnh: Nguyễn Văn Lộc', 'Trình bày: Thanh Phương' → author 'Minh Thư, Hoài Thương' (two writers), photographer 'Nguyễn Văn Lộc' (an explicit credit outside captions); 'Trình bày' (layout designer) is neither. The sapo div → lead. h2 chapter heads are body. A full-bleed photo with an overlaid caption p and a two-photo row with figcaptions → three captions. A PULL QUOTE repeats a sentence of the text ('Công trình Ngọt hóa Gò Công …'): not body (set 24; the sentence stays once, where the text has it). The only visible stamp is AFTER the text: 'Xuất bản: 28/04/2025 - 05:00' → published 2025-04-28T05:00 (JSON-LD dateModified 08:12 is machine-only → updated null). The series line, 'E-magazine khác' and the footer are not the item.",
              "Báo tỉnh E-MAGAZINE longform: cover overlay with 'E-MAGAZINE' label + section link (category) + h1, a CREDITS block 'Nội dung: A - B / Ảnh: C / Trình bày: D' at the top (two authors, photographer, designer not a photographer), sapo div, h2 chapters, full-bleed overlay caption + duo figcaptions, a pull quote repeating a sentence, 'Xuất bản: dd/mm/yyyy - HH:MM' AFTER the text")


# ===================================================================== 11 Báo Bạc Liêu: in-house NestJS + Handlebars newsroom; an AI-GENERATED SUMMARY box before the sapo (TWIST)
A11 = Art("Bạc Liêu giải quyết chế độ cho hơn 1.200 người nghỉ việc do sắp xếp bộ máy",
          "Đến ngày 20/5, Bạc Liêu đã giải quyết chế độ, chính sách cho 1.236 cán bộ, công chức, viên chức và người lao động nghỉ việc do sắp xếp tổ chức bộ máy theo Nghị định số 178/2024/NĐ-CP, với tổng kinh phí hơn 1.100 tỷ đồng.",
          [("p", "Theo Sở Nội vụ, trong số này có 412 người thuộc khối Đảng, Mặt trận và các đoàn thể; 824 người thuộc khối chính quyền. Có 318 người nghỉ hưu trước tuổi, 918 người nghỉ thôi việc."),
           ("p", "Tổng kinh phí chi trả là 1.104 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 780 tỷ đồng, ngân sách tỉnh 324 tỷ đồng. Đến nay, 96% số người đã nhận đủ tiền chế độ; số còn lại đang hoàn thiện hồ sơ bảo hiểm xã hội."),
           ("img", "https://cdn.baobaclieu.vn/2025/05/21/tham-dinh-ho-so-178.jpg", "Cán bộ Sở Nội vụ thẩm định hồ sơ giải quyết chế độ cho cán bộ nghỉ việc"),
           ("p", "Bà Lâm Thị Diễm Kiều, một công chức Văn phòng HĐND - UBND huyện Hòa Bình nghỉ thôi việc từ ngày 1/4, cho biết: “Hồ sơ được hướng dẫn tận tình, chỉ sau 3 tuần tôi đã nhận đủ chế độ. Tôi dự định dùng số tiền này mở cơ sở kinh doanh nhỏ tại nhà”."),
           ("p", "Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị tiếp tục rà soát, giải quyết dứt điểm chế độ cho các trường hợp còn lại trước ngày 30/6/2025; thực hiện công khai, minh bạch, đúng đối tượng, không để xảy ra tiêu cực, khiếu nại.")])
AI11 = ["Hơn 1.200 người đã được giải quyết chế độ khi nghỉ việc vì sắp xếp bộ máy.",
        "Kinh phí chi trả vượt 1.100 tỷ đồng, phần lớn do trung ương hỗ trợ.",
        "Tỉnh yêu cầu hoàn tất việc chi trả trước cuối tháng 6, bảo đảm công khai."]


def page11():
    pub = T("2025-05-21 06:30")
    url = "https://baobaclieu.vn/chinh-quyen/bac-lieu-giai-quyet-che-do-cho-hon-1-200-nguoi-nghi-viec-do-sap-xep-bo-may-104521.html"

    def img(s, c, n):
        return (f'<div class="VCSortableInPreviewMode" type="Photo" style=""><div><a href="{s}" data-fancybox="img-lightbox" title="{esc(c, True)}" target="_blank"><img src="{s}" id="img_{hexid(__import__("random").Random(s), 8)}" w="1200" h="800" alt="{esc(c, True)}" title="{esc(c, True)}" rel="lightbox" photoid="104521{n}" type="photo" style="max-width:100%;" width="" height="" /></a></div>'
                f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="NLPlaceholderShow">{esc(c)}</p></div></div>')

    body = A11.render(p=lambda t: f"<p>{esc(t)}</p>", img=img)
    ai = "".join(f"<li>{esc(x)}</li>" for x in AI11)

    def main(rng, rl, rd):
        rel_box = (f'<div class="inline-related"><p class="inline-related__title">Bài liên quan</p><ul><li><a href="/chinh-quyen/{slug(rl[0])}-104390.html">{esc(rl[0])}</a></li>'
                   f'<li><a href="/chinh-quyen/{slug(rl[1])}-104211.html">{esc(rl[1])}</a></li></ul></div>')
        parts = body.split("</p>", 2)
        body2 = parts[0] + "</p>" + parts[1] + "</p>" + rel_box + parts[2]
        same = "".join(f'<li class="news-item"><a href="/chinh-quyen/{slug(t)}-{rng.randint(103000, 104500)}.html"><img src="https://cdn.baobaclieu.vn/thumb/{hexid(rng, 12)}.jpg" alt=""><h3>{esc(t)}</h3></a><span class="time">{WD_LOW[d.weekday()]}, {dmy(d)} {hm(d)}</span></li>' for t, d in zip(rl[2:6], rd[2:6]))
        return (f'<div class="detail" data-id="104521"><div class="detail-kicker"><a href="/thoi-su">Thời sự</a>\n<a href="/thoi-su/chinh-quyen" class="active">Chính quyền</a></div>'
                f'<h1 class="detail-title">{esc(A11.title)}</h1>'
                f'<div class="detail-meta"><div class="author-chip"><img class="avatar" src="https://cdn.baobaclieu.vn/authors/ngoc-han.jpg" alt=""><div><a class="author-chip__name" href="/tac-gia/ngoc-han">Ngọc Hân</a><span class="author-chip__role">Phóng viên</span></div></div>'
                f'<span class="detail-time">{WD_LOW[pub.weekday()]}, {dmy(pub)} {hm(pub)}</span><button class="btn-listen" type="button">Nghe đọc</button></div>'
                f'<div class="ai-summary" data-generated="llm"><div class="ai-summary__head"><span class="ai-summary__icon">✦</span> Tóm tắt nhanh <span class="ai-summary__badge">AI</span></div><ul>{ai}</ul>'
                f'<p class="ai-summary__note">Nội dung tóm tắt do trí tuệ nhân tạo tạo ra, chỉ mang tính tham khảo.</p></div>'
                f'<h2 class="detail-sapo">{esc(A11.lead)}</h2><div class="detail-content" id="detail-content">{body2}</div>'
                f'<div class="detail-tags"><span>Từ khóa:</span> <a href="/tag/nghi-dinh-178">Nghị định 178</a> <a href="/tag/sap-xep-bo-may">sắp xếp bộ máy</a></div>'
                f'<div class="detail-rating"><span>Bạn thấy bài viết này thế nào?</span><button type="button">Hữu ích</button><button type="button">Chưa hữu ích</button></div></div>'
                f'<section class="same-cate"><h2 class="box-title">Cùng chuyên mục</h2><ul>{same}</ul></section>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Đọc nhiều", fmt=lambda d: f"{WD_LOW[d.weekday()]}, {dmy(d)}", cls="box-mostread")
                + '<div class="box-weather"><h3>Thời tiết Bạc Liêu</h3><p>Có mây, mưa rào rải rác. 27 - 33°C</p></div>'
                + '<div class="box-epaper"><h3>Báo in</h3><p>Số 5.912 - Thứ Tư, 21/5/2025</p></div>')

    head = (og(A11.title, url, {"og:site_name": "Báo Bạc Liêu", "og:description": A11.lead[:160], "article:published_time": iso(pub), "article:section": "Chính quyền"})
            + '<link rel="stylesheet" href="/public/css/app.7e1c.css"><script>window.__APP_CONFIG__={"apiUrl":"https://api.baobaclieu.vn/v2","cdn":"https://cdn.baobaclieu.vn","tts":{"enabled":true,"voice":"vi-VN-HoaiMyNeural"},"aiSummary":{"enabled":true,"model":"summary-vi-2025-04","maxBullets":3}};</script>')
    return page("s27-11", family="provincial_paper_nestjs_handlebars_ai_summary_box_before_sapo",
                name="baclieu-bao-nestjs-handlebars-newsroom-kicker-thoi-su-chinh-quyen-h1-author-chip-name-role-dayjs-lowercase-weekday-dd-mm-yyyy-hh-mm-ai-summary-box-three-bullets-before-h2-sapo-vccorp-like-photocms-caption-inline-related-box",
                url=url, art=A11, main_fn=main, pub=pub, prefix="bbl", kb=180,
                org="Báo Bạc Liêu - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bạc Liêu", addr="Số 2 đường Hai Bà Trưng, phường 3, TP Bạc Liêu, tỉnh Bạc Liêu", phone="0291.3822.344",
                crumbs="", top=head_top("bbl", "/public/img/logo-bao-bac-lieu.svg", "Báo Bạc Liêu", days=0, hours=4, fmt=lambda d: f"{WD_LOW[d.weekday()]}, {dmy(d)}"),
                side=side, shell_kw={"layout": "div", "head_extra": head, "title": A11.title + " | Báo Bạc Liêu", "items": MENU_NEWS},
                exp=expected(A11, iso(pub), author="Ngọc Hân", category="Chính quyền"),
                traps={"ai_summary": AI11 + ["Tóm tắt nhanh", "Nội dung tóm tắt do trí tuệ nhân tạo tạo ra, chỉ mang tính tham khảo."],
                       "chrome": ["Nghe đọc", "Phóng viên", "Bài liên quan", "Cùng chuyên mục", "Bạn thấy bài viết này thế nào?", "Từ khóa:", "Thời tiết Bạc Liêu"],
                       "related": lambda rl: rl[:6]},
                notes="TWIST: a provincial paper on an in-house NestJS + Handlebars newsroom. Between the meta row and the sapo the site prints an AI-GENERATED SUMMARY box, div.ai-summary 'Tóm tắt nhanh ✦ AI' with three bullets and the note 'Nội dung tóm tắt do trí tuệ nhân tạo tạo ra, chỉ mang tính tham khảo.' — the slot where a sapo usually is, in sentences that paraphrase the article. It is not the sapo, not body: a machine-made box about the text (like a fact box, set 24). The sapo is the h2.detail-sapo right after it → lead. An extractor taking the first summary-like block as the lead (or the bullets as the first body paragraphs) stores words the newsroom did not write, with nothing empty. Stamp 'thứ tư, 21/05/2025 06:30' (dayjs vi, weekday in lower case) → 2025-05-21T06:30. Author chip under the title: 'Ngọc Hân' + role 'Phóng viên' (a post, dropped) → author 'Ngọc Hân', no unit. Category: the kicker 'Thời sự' › 'Chính quyền' (active) → 'Chính quyền'. One photo in VCCorp-like CMS markup (div.VCSortableInPreviewMode type='Photo' + div.PhotoCMS_Caption) → caption. The inline 'Bài liên quan' box between paragraphs, tags, the rating widget and the 'Cùng chuyên mục' list are not body.",
                readme="TWIST an AI-GENERATED SUMMARY box ('Tóm tắt nhanh ✦ AI', three paraphrasing bullets and a disclaimer) sits between the meta row and the sapo → not lead, not body; NestJS + Handlebars Báo tỉnh: kicker 'Thời sự › Chính quyền', author chip 'Name / Phóng viên', dayjs 'thứ tư, dd/mm/yyyy HH:MM', h2 sapo, VCCorp-like PhotoCMS caption, inline related box")


# ===================================================================== 12 Đài PT-TH Bến Tre: Remix SSR; an AUDIO item with its transcript; the NEXT article pre-rendered under it (TWIST)
A12 = Art("Bến Tre hoàn thành xóa 2.346 căn nhà tạm, nhà dột nát",
          "(BTV) - Đến ngày 10/5/2025, tỉnh Bến Tre đã hoàn thành xóa 2.346 căn nhà tạm, nhà dột nát, về đích trước gần 4 tháng so với mục tiêu Thủ tướng Chính phủ đề ra.",
          [("p", "Trong tổng số nhà được hỗ trợ, có 1.872 căn xây mới và 474 căn sửa chữa, với tổng kinh phí hơn 132 tỷ đồng. Mức hỗ trợ xây mới 60 triệu đồng mỗi căn, sửa chữa 30 triệu đồng mỗi căn; nhiều địa phương vận động thêm nguồn xã hội hóa để nâng chất lượng căn nhà."),
           ("img", "/media/images/2025/05/ban-giao-nha-thanh-phu-dong.jpg", "Bàn giao nhà mới cho hộ nghèo ở xã Thạnh Phú Đông, huyện Giồng Trôm"),
           ("p", "Huyện Ba Tri và huyện Thạnh Phú là hai địa phương có số nhà nhiều nhất, lần lượt 412 và 398 căn. Lực lượng vũ trang, đoàn viên thanh niên và hội viên các đoàn thể đã đóng góp hơn 21.000 ngày công phá dỡ nhà cũ, vận chuyển vật liệu và xây dựng."),
           ("p", "Bà Nguyễn Thị Út, ở ấp Giồng Tre, xã Thạnh Phú Đông xúc động khi nhận căn nhà mới: “Cả đời tôi chưa dám nghĩ có được căn nhà vững chãi như vầy. Mùa mưa năm nay khỏi lo dột, lo sập nữa”."),
           ("p", "Ban Chỉ đạo của tỉnh yêu cầu các địa phương tiếp tục rà soát, không để phát sinh hộ có nhà tạm mới; đồng thời gắn việc hỗ trợ nhà ở với hỗ trợ sinh kế để người dân ổn định cuộc sống, thoát nghèo bền vững.")])
NEXT12 = Art("Giồng Trôm ra mắt mô hình “Chi bộ ấp 4 tốt”",
             "(BTV) - Ngày 12/5, Ban Thường vụ Huyện ủy Giồng Trôm tổ chức ra mắt mô hình “Chi bộ ấp 4 tốt” tại Chi bộ ấp Phước Thạnh, xã Phước Long.",
             [("p", "Mô hình hướng tới xây dựng chi bộ có nội dung sinh hoạt tốt, đội ngũ đảng viên gương mẫu tốt, lãnh đạo phát triển kinh tế tốt và công tác dân vận tốt."),
              ("p", "Theo kế hoạch, đến cuối năm 2025, mỗi xã, thị trấn của huyện xây dựng ít nhất một chi bộ ấp theo mô hình này để rút kinh nghiệm, nhân rộng."),
              ("p", "Dịp này, Huyện ủy trao tặng 10 bộ máy tính cho các chi bộ ấp để phục vụ việc ứng dụng sổ tay đảng viên điện tử.")])
CREDIT12 = "Thực hiện: Minh Triết | Phát thanh viên: Ngọc Diễm"


def page12():
    pub = T("2025-05-12 06:15")
    npub = T("2025-05-12 09:40")
    rng = __import__("random").Random("s27-12")
    site = "https://bentretv.org.vn"
    url = site + "/phat-thanh/thoi-su-trong-tinh/ben-tre-hoan-thanh-xoa-2346-can-nha-tam-nha-dot-nat-88207"
    js_loc = lambda d: f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} {d.day}/{d.month}/{d.year}"   # Date.prototype.toLocaleString('vi-VN')
    body = A12.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<figure class="media"><picture><source type="image/webp" srcset="{s[:-4]}.webp"><img src="{s}" alt="" loading="lazy"></picture><figcaption class="media__caption">{esc(c)}</figcaption></figure>')
    nbody = "".join(f"<p>{esc(t)}</p>" for _, t in NEXT12.blocks)
    kick = f'<nav class="kicker"><a href="/phat-thanh">Phát thanh</a><span class="kicker__dot" aria-hidden="true">•</span><a href="/phat-thanh/thoi-su-trong-tinh">Thời sự trong tỉnh</a></nav>'
    more = heads8(rng, 5, avoid=[A12.title, NEXT12.title])
    mdates = past(pub, rng, 5, 1, 9)
    more_html = "".join(f'<li><a href="/phat-thanh/thoi-su-trong-tinh/{slug(t)}-{rng.randint(87000, 88200)}"><span class="ep-title">{esc(t)}</span></a><span class="ep-time">{js_loc(d)}</span></li>' for t, d in zip(more, mdates))
    nav = "".join(f'<li><a href="/{slug(t)}">{esc(t)}</a></li>' for t in ["Trang chủ", "Thời sự", "Phát thanh", "Truyền hình", "Podcast", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa - Thể thao", "Lịch phát sóng"])
    sched = "".join(f'<li><span class="t">{h}</span> {esc(p)}</li>' for h, p in [("05:30", "Thời sự buổi sáng"), ("06:15", "Bản tin Bến Tre hôm nay"), ("11:30", "Thời sự trưa"), ("17:00", "Chuyên mục Nông nghiệp - Nông thôn"), ("19:45", "Thời sự tối")])
    ctx = {"url": url.replace(site, ""), "state": {"loaderData": {"root": {"menu": [t for t in ["Thời sự", "Phát thanh", "Truyền hình", "Podcast"]], "env": {"CDN": "https://cdn.bentretv.org.vn", "GA": "G-" + alnum(rng, 10).upper()}},
           "routes/$section.$cat.$slug": {"article": {"id": 88207, "title": A12.title, "sapo": A12.lead, "audio": "/media/audio/2025/05/xoa-nha-tam-88207.mp3", "duration": 222,
                                                       "publishedAt": pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "credits": {"writer": "Minh Triết", "voice": "Ngọc Diễm"}},
                                           "next": {"id": 88213, "title": NEXT12.title, "publishedAt": npub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}}},
           "actionData": None, "errors": None}, "future": {"v3_fetcherPersist": True, "v3_relativeSplatPath": True, "v3_throwAbortReason": True}, "isSpaMode": False}
    html = (f'<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/>'
            f'<title>{esc(A12.title)} | Đài Phát thanh và Truyền hình Bến Tre</title><meta name="description" content="{esc(A12.lead[:150], True)}"/>'
            f'<meta property="og:title" content="{esc(A12.title, True)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:audio" content="{site}/media/audio/2025/05/xoa-nha-tam-88207.mp3"/>'
            f'<link rel="modulepreload" href="/build/entry.client-{hexid(rng, 8).upper()}.js"/><link rel="modulepreload" href="/build/_shared/chunk-{hexid(rng, 8).upper()}.js"/><link rel="modulepreload" href="/build/routes/$section.$cat.$slug-{hexid(rng, 8).upper()}.js"/>'
            f'<link rel="stylesheet" href="/build/_assets/tailwind-{hexid(rng, 8).upper()}.css"/><!--PAD--></head>'
            f'<body class="bg-white text-slate-900"><header class="site-header"><a href="/" class="logo"><img src="/images/logo-btv.svg" alt="Đài Phát thanh và Truyền hình Bến Tre"/></a>'
            f'<nav class="site-nav"><ul>{nav}</ul></nav><a class="live-btn" href="/truc-tuyen">● Trực tuyến</a></header>'
            f'<main class="page"><div class="page-grid"><div class="page-main">'
            f'<article class="article" data-id="88207">{kick}<h1 class="article-title">{esc(A12.title)}</h1><div class="article-meta"><span class="article-meta__time">{js_loc(pub)}</span></div>'
            f'<div class="audio-player" data-src="/media/audio/2025/05/xoa-nha-tam-88207.mp3"><button type="button" class="audio-player__play" aria-label="Phát">▶</button><span class="audio-player__title">Nghe bản tin: {esc(A12.title)}</span>'
            f' <span class="audio-player__time">00:00 / 03:42</span><audio preload="none" src="/media/audio/2025/05/xoa-nha-tam-88207.mp3"></audio><button type="button" class="audio-player__speed">1x</button><a class="audio-player__dl" href="/media/audio/2025/05/xoa-nha-tam-88207.mp3" download>Tải về</a></div>'
            f'<p class="article-sapo">{esc(A12.lead)}</p><div class="article-body">{body}</div><p class="article-credit" style="text-align:right"><strong>{esc(CREDIT12)}</strong></p>'
            f'<div class="article-tags"><a href="/tag/xoa-nha-tam">#xóa nhà tạm</a><a href="/tag/giam-ngheo">#giảm nghèo</a></div></article>'
            f'<section class="next-article" data-next-id="88213" aria-label="Bài tiếp theo" style="max-height:640px;overflow:hidden;position:relative"><div class="next-article__label">Bài tiếp theo</div>'
            f'<article class="article article--next" data-id="88213"><nav class="kicker"><a href="/phat-thanh">Phát thanh</a><span class="kicker__dot" aria-hidden="true">•</span><a href="/phat-thanh/thoi-su-trong-tinh">Thời sự trong tỉnh</a></nav>'
            f'<h1 class="article-title">{esc(NEXT12.title)}</h1><div class="article-meta"><span class="article-meta__time">{js_loc(npub)}</span></div><p class="article-sapo">{esc(NEXT12.lead)}</p>'
            f'<div class="article-body">{nbody}</div></article><div class="next-article__fade"></div><a class="next-article__more" href="/phat-thanh/thoi-su-trong-tinh/giong-trom-ra-mat-mo-hinh-chi-bo-ap-4-tot-88213">Đọc tiếp</a></section>'
            f'</div><aside class="page-aside"><div class="box box-schedule"><h3>Lịch phát sóng FM 96,7 MHz</h3><ul>{sched}</ul></div>'
            f'<div class="box box-episodes"><h3>Bản tin mới</h3><ul>{more_html}</ul></div></aside></div></main>'
            f'<footer class="site-footer"><p><strong>ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẾN TRE</strong></p><p>Địa chỉ: Số 10 đường Đồng Khởi, phường An Hội, TP Bến Tre - Điện thoại: 0275.3822.179</p><p>Giấy phép số 112/GP-BTTTT</p></footer>'
            f'<script>window.__remixContext = {dump(ctx)};__remixContext.p = function(v,e,p,x){{if(typeof e!=="undefined"){{x=new Error("Unexpected Server Error");x.stack=undefined;p=Promise.reject(x)}}else{{p=Promise.resolve(v)}}return p}};</script>'
            f'<script type="module" async="">import "/build/manifest-{hexid(rng, 8).upper()}.js";import * as route0 from "/build/root-{hexid(rng, 8).upper()}.js";window.__remixRouteModules = {{"root":route0}};import("/build/entry.client-{hexid(rng, 8).upper()}.js");</script>'
            f'</body></html>')
    html = pad(html, rng, 140, prefix="rmx")
    exp = expected(A12, iso(pub), author="Minh Triết", category="Thời sự trong tỉnh")
    return mk("broadcaster_remix_audio_item_next_article_prerendered_below",
              "bentre-daiptth-remix-ssr-kicker-phat-thanh-dot-thoi-su-trong-tinh-h1-js-tolocalestring-vi-hh-mm-ss-d-m-yyyy-audio-player-bar-p-sapo-with-btv-prefix-figcaption-thuc-hien-name-pipe-phat-thanh-vien-name-next-article-h1-stamp-sapo-text-below",
              url, html, exp,
              {"next_article": [NEXT12.title, NEXT12.lead] + [t for _, t in NEXT12.blocks] + [js_loc(npub)], "player": [f"Nghe bản tin: {A12.title}", "00:00 / 03:42", "Tải về"],
               "credits": ["Phát thanh viên: Ngọc Diễm"], "chrome": ["Bài tiếp theo", "Đọc tiếp", "Lịch phát sóng FM 96,7 MHz", "Bản tin mới", "#xóa nhà tạm", "● Trực tuyến"], "more": more[:3]},
              "TWIST: an Đài PT-TH's AUDIO item (a radio news bulletin with its transcript) on a Remix front end (server-rendered; window.__remixContext carries the loader data). Under the item the site PRE-RENDERS THE NEXT ARTICLE in full for its infinite scroll: section.next-article 'Bài tiếp theo' holding a second <article> with the same kicker, its own h1 ('Giồng Trôm ra mắt mô hình “Chi bộ ấp 4 tốt”'), its own stamp (09:40:00 12/5/2025), its sapo and three paragraphs, clipped by max-height and a fade with 'Đọc tiếp'. None of it belongs to this item. An extractor taking the last h1, the last stamp, or every paragraph of the main column stores another item's title or time, or appends its text — a wrong record with nothing empty. The item: h1 'Bến Tre hoàn thành xóa 2.346 căn nhà tạm, nhà dột nát'; stamp printed by Date.toLocaleString('vi-VN') '06:15:00 12/5/2025' (time FIRST with printed seconds, day and month unpadded) → 2025-05-12T06:15:00; the audio player bar ('Nghe bản tin: …', '00:00 / 03:42', 'Tải về') is player chrome; the sapo keeps its '(BTV) - ' prefix as printed → lead; one <picture> + figcaption → caption. Credits bold right: 'Thực hiện: Minh Triết | Phát thanh viên: Ngọc Diễm' → author 'Minh Triết' (who wrote the bulletin); the announcer who read it is not an author. Category: the kicker 'Phát thanh • Thời sự trong tỉnh' → 'Thời sự trong tỉnh'. The FM schedule and 'Bản tin mới' list (same stamp shape) are chrome.",
              "TWIST the NEXT ARTICLE is pre-rendered in full under the item (infinite scroll: its own h1, stamp, sapo, three paragraphs, clipped with 'Đọc tiếp') → none of its fields; Remix Đài PT-TH AUDIO item: kicker 'Phát thanh • <cat>', JS toLocaleString('vi-VN') stamp 'HH:MM:SS d/m/yyyy' (time first, seconds), audio player bar, '(BTV) - ' sapo, picture figcaption, 'Thực hiện: A | Phát thanh viên: B' (the announcer is no author)")


# ===================================================================== 13 Cổng TTĐT tỉnh Kiên Giang: ASP.NET MVC 5 + Kendo UI; an approver's 'Duyệt tin:' line in the byline slot (TWIST)
A13 = Art("Kiên Giang chạy thử bộ máy chính quyền địa phương hai cấp",
          "Từ ngày 16 đến 20/6, Kiên Giang vận hành thử nghiệm mô hình chính quyền địa phương hai cấp tại các xã, phường, đặc khu mới; kiểm tra toàn bộ quy trình tiếp nhận, giải quyết thủ tục hành chính cho người dân, doanh nghiệp.",
          [("p", "Theo Sở Nội vụ, trong thời gian thử nghiệm, các xã, phường, đặc khu mới tiếp nhận hồ sơ thực tế trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; cán bộ, công chức làm việc tại trụ sở mới, sử dụng con dấu và tài khoản mới được cấp."),
           ("img", "/Upload/TinTuc/2025/06/17/rach-gia-huong-dan-nop-ho-so.jpg", "Công chức Trung tâm Phục vụ hành chính công phường Rạch Giá hướng dẫn người dân nộp hồ sơ trực tuyến"),
           ("p", "Ngày đầu vận hành, toàn tỉnh tiếp nhận 3.418 hồ sơ, trong đó 2.760 hồ sơ được giải quyết ngay trong ngày. Một số địa phương còn lúng túng trong phân quyền tài khoản, kết nối chữ ký số; đường truyền tại các xã đảo còn chập chờn."),
           ("img", "/Upload/TinTuc/2025/06/17/kiem-tra-duong-truyen-xa-dao.jpg", "Kỹ thuật viên kiểm tra đường truyền tại trụ sở đặc khu Kiên Hải"),
           ("p", "Phó Chủ tịch UBND tỉnh Trần Thanh Nhã đề nghị các địa phương ghi nhận đầy đủ vướng mắc, báo cáo hằng ngày về Sở Nội vụ, Sở Khoa học và Công nghệ để kịp thời xử lý; bảo đảm từ ngày 1/7/2025 bộ máy mới vận hành thông suốt, không để gián đoạn việc phục vụ người dân.")])
APPROVER13 = "Duyệt tin: Lâm Quốc Việt - Phó Trưởng Ban Biên tập Cổng TTĐT tỉnh"


def page13():
    pub = T("2025-06-17 16:20")

    def img(s, c, n):
        return (f'<table class="image-table" align="center" style="width:100%"><caption style="caption-side:bottom;text-align:center;font-style:italic">{esc(c)}</caption>'
                f'<tbody><tr><td><img src="{s}" alt="" style="width:100%" /></td></tr></tbody></table>')

    body = A13.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=img)

    def main(rng, rl, rd):
        rel_items = "".join(f'<div class="k-listview-item rel-item"><a href="/TinTuc/ChiTiet/{rng.randint(24000, 24580)}/{slug(t)}">{esc(t)}</a> <span class="rel-date">({dmy(d)})</span></div>' for t, d in zip(rl[:5], rd))
        return (f'<div class="k-card news-detail"><div class="k-card-header"><h2 class="k-card-title">{esc(A13.title)}</h2>'
                f'<div class="news-meta"><span class="news-author"><span class="k-icon k-i-user"></span> Khánh Vy</span> <span class="sep">|</span> <span class="news-date"><span class="k-icon k-i-calendar"></span> Đăng lúc {pub.hour}g{pub.minute:02d} ngày {pub.day}/{pub.month}/{pub.year}</span>'
                f' <span class="sep">|</span> <span class="news-field">Lĩnh vực: <a href="/TinTuc/LinhVuc/7">Cải cách hành chính</a></span></div>'
                f'<p class="k-card-subtitle">{esc(A13.lead)}</p></div>'
                f'<div class="k-card-body"><div class="font-tools">Cỡ chữ: <input id="sldFont" value="16" data-role="slider" /></div><div id="noidung" class="news-content">{body}</div>{right_bold(APPROVER13)}</div>'
                f'<div class="k-card-footer"><span id="rating" data-role="rating"></span> <a class="k-button" href="javascript:window.print()"><span class="k-icon k-i-print"></span> In trang</a> <a class="k-button" href="#">Gửi email</a></div></div>'
                f'<div class="k-card rel-news"><div class="k-card-header"><h3 class="k-card-title">Tin liên quan</h3></div><div id="lvTinLienQuan" class="k-listview" data-role="listview">{rel_items}</div></div>'
                f'<script id="tmplTinLienQuan" type="text/x-kendo-template"><div class="k-listview-item rel-item"><a href="#= Url #">#: TieuDe #</a> <span class="rel-date">(#= kendo.toString(NgayDang, "dd/MM/yyyy") #)</span></div></script>'
                f'<form id="frmBinhLuan" action="/BinhLuan/Gui" method="post"><input name="__RequestVerificationToken" type="hidden" value="{alnum(rng, 108)}" /><input type="hidden" name="TinId" value="24587" /></form>'
                f'<div id="grdBinhLuan"></div><script>kendo.syncReady(function(){{jQuery("#grdBinhLuan").kendoGrid({{"columns":[{{"title":"Người gửi","field":"HoTen"}},{{"title":"Nội dung","field":"NoiDung"}},{{"title":"Ngày gửi","field":"NgayGui","format":"{{0:dd/MM/yyyy HH:mm}}"}}],"pageable":{{"buttonCount":5}},"dataSource":{{"type":"aspnetmvc-ajax","transport":{{"read":{{"url":"/BinhLuan/DocBinhLuan?tinId=24587"}}}},"pageSize":10,"page":1,"total":0,"serverPaging":true,"schema":{{"data":"Data","total":"Total","errors":"Errors"}}}}}});jQuery("#sldFont").kendoSlider({{"min":12,"max":24,"smallStep":1,"largeStep":2}});jQuery("#rating").kendoRating({{"max":5,"value":4}});}});</script>')

    def left(rng, pub_):
        items = ["Giới thiệu chung", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Cải cách hành chính", "Chuyển đổi số", "Thông tin quy hoạch", "Thông cáo báo chí", "Lấy ý kiến dự thảo"]
        pb = "".join(f'<li class="k-item{" k-state-selected" if t == "Cải cách hành chính" else ""}"><a class="k-link" href="/ChuyenMuc/{slug(t)}">{esc(t)}</a></li>' for t in items)
        return (f'<ul id="panelbar" class="k-panelbar" data-role="panelbar">{pb}</ul>'
                '<div class="box-links"><h3>Dịch vụ công</h3><a href="https://dichvucong.kiengiang.example">Cổng dịch vụ công tỉnh</a><a href="https://dichvucong.gov.example">Cổng Dịch vụ công quốc gia</a></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=lambda d: dmy(d), cls="k-card tin-moi")
                + schedule(rng, pub_ + timedelta(days=1), "Lịch làm việc của Lãnh đạo UBND tỉnh", "k-card lich")
                + '<div class="k-card hotline"><h3>Đường dây nóng</h3><p>0297.3868.696</p></div>')

    def top(rng, pub_):
        return ('<div class="banner"><img src="/Content/images/banner-cong-ttdt-kg.png" alt="Cổng Thông tin điện tử tỉnh Kiên Giang" /></div>'
                f'<div class="topbar"><span class="today">{wd(pub_ + timedelta(days=1))}, ngày {dmy(pub_ + timedelta(days=1))}</span><a href="/en">English</a><a href="/SoDoCongThongTin">Sơ đồ cổng</a></div>')

    url = "https://kiengiang.gov.vn/TinTuc/ChiTiet/24587/kien-giang-chay-thu-bo-may-chinh-quyen-dia-phuong-hai-cap"
    head = ('<link href="/Content/kendo/2023.1.117/kendo.bootstrap-v4.min.css" rel="stylesheet" type="text/css" /><script src="/Scripts/kendo/2023.1.117/jquery.min.js"></script>'
            '<script src="/Scripts/kendo/2023.1.117/kendo.all.min.js"></script><script src="/Scripts/kendo/2023.1.117/kendo.aspnetmvc.min.js"></script><script src="/Scripts/kendo/2023.1.117/cultures/kendo.culture.vi-VN.min.js"></script>'
            '<script>kendo.culture("vi-VN");</script>')
    return page("s27-13", family="province_portal_aspnet_mvc_kendo_approver_line_in_byline_slot",
                name="kiengiang-congttdt-aspnet-mvc5-kendo-ui-panelbar-selected-k-card-title-h2-meta-author-name-dang-luc-16g20-ngay-d-m-yyyy-linh-vuc-label-k-card-subtitle-lead-table-caption-element-before-image-bold-right-duyet-tin-approver-name-dash-post",
                url=url, art=A13, main_fn=main, pub=pub, prefix="kg", kb=200,
                org="Cổng Thông tin điện tử tỉnh Kiên Giang", addr="Số 06 đường Nguyễn Công Trứ, phường Vĩnh Thanh, TP Rạch Giá, tỉnh Kiên Giang", phone="0297.3862.012",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "kendo", "head_extra": head, "title": A13.title, "items": MENU_GOV, "left": left},
                exp=expected(A13, iso(pub), author="Khánh Vy", category="Cải cách hành chính"),
                traps={"approver": [APPROVER13, "Lâm Quốc Việt"], "chrome": ["Cỡ chữ:", "In trang", "Tin liên quan", "Lịch làm việc của Lãnh đạo UBND tỉnh", "Đường dây nóng", "Dịch vụ công"],
                       "related": lambda rl: rl[:5]},
                notes="TWIST: a provincial e-government portal (Cổng TTĐT) on ASP.NET MVC 5 + Kendo UI (Telerik: k-card, PanelBar, ListView with an x-kendo-template, a Grid and Slider initialised in kendo.syncReady, an antiforgery __RequestVerificationToken in the comment form). The only labelled name at the end of the text, bold right in the byline position, is the APPROVER: 'Duyệt tin: Lâm Quốc Việt - Phó Trưởng Ban Biên tập Cổng TTĐT tỉnh' — the editor who approved publication (Cổng TTĐT items are approved by the portal's Ban Biên tập). He did not write the item. The writer is named in the meta row under the title, with a user icon and no label: 'Khánh Vy' → author; no unit. An extractor that takes the last bold right 'Name - …' line stores the approver as author (and his post/Ban Biên tập as the unit), with nothing empty. Stamp 'Đăng lúc 16g20 ngày 17/6/2025' (the southern 'g' for giờ) → 2025-06-17T16:20. Category: 'Lĩnh vực: Cải cách hành chính' in the meta row (label dropped; the left PanelBar highlights the same item). Lead: p.k-card-subtitle. Captions are HTML <caption> elements of one-cell tables: the caption comes BEFORE the image in the source and is drawn under it by caption-side:bottom → two captions. 'Tin liên quan', the comment grid, the schedule and the hotline are chrome.",
                readme="TWIST the bold right line at the end is the APPROVER 'Duyệt tin: Name - Phó Trưởng Ban Biên tập …'; the writer is the unlabelled name in the meta row → author from the meta row, approver none; ASP.NET MVC 5 + Kendo UI Cổng TTĐT: k-card-title h2, 'Đăng lúc 16g20 ngày d/m/yyyy' ('g' notation), 'Lĩnh vực:' category, k-card-subtitle lead, <caption> elements printed before their images")


# ===================================================================== 14 Sở Khoa học và Công nghệ Trà Vinh: Flask + Jinja2 + Bulma; Python str(datetime) stamps with offset, microseconds in the update stamp; 'KS.' title
A14 = Art("Sở Khoa học và Công nghệ đề xuất đặt hàng 12 nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026",
          "Sở Khoa học và Công nghệ vừa trình UBND tỉnh danh mục 12 nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng để tuyển chọn, giao trực tiếp thực hiện từ năm 2026, tập trung vào nông nghiệp thích ứng biến đổi khí hậu, chuyển đổi số và y tế.",
          [("p", "Các nhiệm vụ được lựa chọn từ 47 đề xuất của các sở, ngành, địa phương, trường đại học và doanh nghiệp, qua 3 phiên họp của các hội đồng tư vấn xác định nhiệm vụ. Tiêu chí ưu tiên là có địa chỉ ứng dụng cụ thể, có đơn vị cam kết tiếp nhận kết quả và đối ứng kinh phí."),
           ("img", "/static/uploads/2025/06/hoi-dong-tu-van-xac-dinh-nhiem-vu.jpg", "Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh làm việc ngày 10/6"),
           ("p", "Một số nhiệm vụ tiêu biểu trong danh mục:"),
           ("table", [["TT", "Tên nhiệm vụ", "Lĩnh vực", "Thời gian thực hiện"],
                      ["1", "Nghiên cứu quy trình nuôi tôm thẻ chân trắng hai giai đoạn trong ao lót bạt ở vùng nhiễm mặn", "Nông nghiệp", "24 tháng"],
                      ["2", "Xây dựng cơ sở dữ liệu số về di sản văn hóa phi vật thể của đồng bào Khmer", "Xã hội nhân văn", "18 tháng"],
                      ["3", "Ứng dụng trí tuệ nhân tạo hỗ trợ sàng lọc bệnh võng mạc đái tháo đường tại tuyến huyện", "Y dược", "24 tháng"],
                      ["4", "Phát triển giống dừa sáp năng suất cao bằng kỹ thuật nuôi cấy phôi", "Nông nghiệp", "36 tháng"]]),
           ("p", "Tổng kinh phí dự kiến từ ngân sách sự nghiệp khoa học và công nghệ của tỉnh cho 12 nhiệm vụ khoảng 14,8 tỷ đồng. Sau khi danh mục được phê duyệt, Sở sẽ thông báo tuyển chọn rộng rãi trên Cổng thông tin điện tử của tỉnh và của Sở.")])


def page14():
    pub = T("2025-06-12 09:20:00")
    upd_txt = "2025-06-13 15:47:31.204918+07:00"
    upd = T("2025-06-13 15:47:31")

    def table(rows):
        return ('<div class="table-container"><table class="table is-bordered is-striped is-fullwidth"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table></div>")

    body = A14.render(p=lambda t: f"<p>{esc(t)}</p>", table=table,
                      img=lambda s, c, n: f'<figure class="image is-16by9"><img src="{s}" alt=""></figure><p class="has-text-centered is-size-7 has-text-grey">{esc(c)}</p>')

    def main(rng, rl, rd):
        others = "".join(f'<li><a href="/tin-tuc/{d.strftime("%Y/%m/%d")}/{slug(t)}">{esc(t)}</a> <span class="has-text-grey is-size-7">{d.strftime("%Y-%m-%d %H:%M:%S+07:00")}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<nav class="breadcrumb is-small" aria-label="breadcrumbs"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></nav>'
                f'<article class="article"><span class="tag is-info is-light">Quản lý khoa học</span><h1 class="title is-3">{esc(A14.title)}</h1>'
                f'<p class="is-size-7 has-text-grey">Đăng lúc: {pub.strftime("%Y-%m-%d %H:%M:%S")}+07:00 · Sửa lúc: {upd_txt} · 418 lượt xem</p>'
                f'<p class="subtitle is-5">{esc(A14.lead)}</p><div class="content">{body}</div>'
                f'<div class="box author-box"><p><strong>KS. Thạch Thị Sa Ri</strong></p><p>Trung tâm Ứng dụng tiến bộ khoa học và công nghệ</p></div></article>'
                f'<div class="box"><h3 class="title is-5">Tin khác</h3><ul>{others}</ul></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Thông báo", fmt=lambda d: d.strftime("%Y-%m-%d"), cls="box thong-bao")
                + vb_box(["Quyết định phê duyệt danh mục nhiệm vụ KH&CN cấp tỉnh năm 2025", "Hướng dẫn xây dựng kế hoạch KH&CN năm 2026", "Thông báo tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ"], "Văn bản mới", "box vb-moi"))

    def top(rng, pub_):
        return ('<a class="navbar-item" href="/"><img src="/static/img/logo-skhcn.png" alt="Sở Khoa học và Công nghệ tỉnh Trà Vinh" height="40"> <strong>Sở Khoa học và Công nghệ tỉnh Trà Vinh</strong></a>'
                f'<form class="navbar-item" action="/tim-kiem"><input type="hidden" name="csrf_token" value="{alnum(rng, 56)}.{alnum(rng, 6)}.{alnum(rng, 27)}"><input class="input is-small" name="q" placeholder="Tìm kiếm"></form>')

    url = "https://sokhcn.travinh.gov.vn/tin-tuc/2025/06/12/so-khoa-hoc-va-cong-nghe-de-xuat-dat-hang-12-nhiem-vu-khoa-hoc-va-cong-nghe-cap-tinh-nam-2026"
    head = ('<link rel="stylesheet" href="/static/css/bulma.min.css?v=1.0.2"><link rel="stylesheet" href="/static/css/site.css?v=20250301">'
            '<script>window.__CSRF__ = "ImE3ZjFjYjQ5ZTYyNDg1ZDBhYjYxNmQ4ZjIzYzQ1In0.Z0p1cw.kR8eV2Hn0wQ5mX1yT7uJ3sLpA9c";</script>')
    return page("s27-14", family="science_department_flask_jinja_bulma_python_str_datetime_stamps",
                name="travinh-skhcn-flask-jinja2-bulma-tag-quan-ly-khoa-hoc-above-h1-title-dang-luc-yyyy-mm-dd-hh-mm-ss-offset-sua-luc-microseconds-subtitle-lead-table-thead-caption-p-centred-grey-box-ks-name-br-unit-small",
                url=url, art=A14, main_fn=main, pub=pub, prefix="fk", kb=74,
                org="Sở Khoa học và Công nghệ tỉnh Trà Vinh", addr="Số 12 đường Nguyễn Thị Minh Khai, phường 2, TP Trà Vinh, tỉnh Trà Vinh", phone="0294.3862.445",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "bulma", "head_extra": head, "title": A14.title + " | Sở KH&CN Trà Vinh", "items": MENU_GOV},
                exp=expected(A14, iso(pub), updated=iso(upd), author="KS. Thạch Thị Sa Ri", unit="Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", category="Quản lý khoa học"),
                traps={"chrome": ["418 lượt xem", "Tin khác", "Văn bản mới"], "related": lambda rl: rl[:5]},
                notes="A small page (74 KB): the in-house Flask + Jinja2 site of a Sở Khoa học và Công nghệ, styled with Bulma. The template prints the timestamps with Python's str(datetime): 'Đăng lúc: 2025-06-12 09:20:00+07:00' (ISO-like with a space, printed seconds and the offset) → 2025-06-12T09:20:00+07:00, and 'Sửa lúc: 2025-06-13 15:47:31.204918+07:00' (the update stamp, with MICROSECONDS) → updated 2025-06-13T15:47:31+07:00 (printed seconds kept, the fraction dropped like the '.0' of a java Timestamp in set 26). Category: the Bulma tag 'Quản lý khoa học' above the h1.title (the crumb 'Trang chủ › Tin tức' is generic). Lead: p.subtitle. A table with a <thead> header row (rows as paragraphs). One image with a centred grey caption paragraph (the date '10/6' inside it is the meeting's). The writer's box after the text: bold 'KS. Thạch Thị Sa Ri' over 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ' → author 'KS. Thạch Thị Sa Ri' (the engineer's title 'KS.' kept as printed, like 'ThS.'), unit the centre. 'Tin khác' with raw stamps, notices and documents are chrome.",
                readme="Flask + Jinja2 + Bulma Sở KH&CN (small page): Python str(datetime) stamps 'Đăng lúc: 2025-06-12 09:20:00+07:00' and 'Sửa lúc: 2025-06-13 15:47:31.204918+07:00' (microseconds dropped, seconds kept), Bulma tag above the h1 = category, p.subtitle lead, table with <thead>, grey caption p, box 'KS. Name' / unit",
                min_kb=60)


# ===================================================================== 15 Thành ủy Vũng Tàu: Symfony 6 + Twig (Intl); a GHI CHÉP (reportage): 'Ghi chép của Name' under the sapo; ICU 'HH:mm EEEE, d MMMM, y'
A15 = Art("Chi bộ khu phố 5 - nơi “ý Đảng hợp lòng dân”",
          "Không có trụ sở riêng, không có kinh phí lớn, nhưng Chi bộ khu phố 5, phường Thắng Nhì nhiều năm liền được công nhận hoàn thành xuất sắc nhiệm vụ. Bí quyết, theo những đảng viên ở đây, nằm ở hai chữ “gần dân”.",
          [("p", "Sáu giờ sáng, con hẻm nhỏ dẫn vào nhà văn hóa khu phố 5 đã rộn tiếng nói cười. Bà Nguyễn Thị Mai, Bí thư Chi bộ kiêm Trưởng khu phố, vừa đi vừa kiểm tra những thùng rác phân loại mới đặt ở đầu hẻm. “Việc gì cũng phải đi tận nơi, nhìn tận mắt thì mới nói được với bà con”, bà cười."),
           ("p", "Chi bộ hiện có 47 đảng viên, phần đông là cán bộ hưu trí, cựu chiến binh. Mỗi đảng viên được phân công phụ trách từ 10 đến 15 hộ dân, nắm tình hình, lắng nghe ý kiến để phản ánh tại buổi sinh hoạt chi bộ hằng tháng."),
           ("img", "/uploads/media/2025/05/dang-vien-kp5-tham-ho-kho-khan.jpg", "Đảng viên Chi bộ khu phố 5 đến thăm hộ gia đình có hoàn cảnh khó khăn. Ảnh: H.Y"),
           ("p", "Năm 2024, từ những ý kiến của người dân, chi bộ đã đề xuất phường lắp 36 đèn chiếu sáng, nạo vét 400 m cống thoát nước, vận động các hộ tự nguyện hiến đất mở rộng hai con hẻm. Số tiền gần 700 triệu đồng đều do Nhân dân đóng góp."),
           ("p", "“Dân tin thì dân làm. Mà muốn dân tin, đảng viên mình phải làm trước, làm gương”, ông Phạm Văn Tư, đảng viên 52 năm tuổi Đảng nói chậm rãi, tay vẫn lật cuốn sổ ghi chép kín những ý kiến của bà con."),
           ("img", "/uploads/media/2025/05/sinh-hoat-chi-bo-kp5.jpg", "Một buổi sinh hoạt chi bộ định kỳ tại nhà văn hóa khu phố 5. Ảnh: H.Y"),
           ("p", "Rời khu phố 5 khi nắng đã lên cao, tôi mang theo hình ảnh những đảng viên tóc đã bạc vẫn miệt mài với công việc của khu phố, như những hạt nhân lặng lẽ giữ lửa cho phong trào ở cơ sở.")])


def icu_vi(d):
    """Symfony / Twig format_datetime('full', 'short', locale='vi'): CLDR vi puts the time first."""
    return f"{hm(d)} {wd(d)}, {d.day} tháng {d.month}, {d.year}"


def page15():
    pub = T("2025-05-22 08:30")
    upd = T("2025-05-23 09:05")

    def img(s, c, n):
        cap, cred = c.rsplit(" Ảnh: ", 1)
        return f'<figure class="media"><img src="{s}" alt="" loading="lazy"><figcaption><span class="legend">{esc(cap)}</span> <span class="credit">Ảnh: {esc(cred)}</span></figcaption></figure>'

    body = A15.render(p=lambda t: f"<p>{esc(t)}</p>", img=img)

    def main(rng, rl, rd):
        token = alnum(rng, 43)
        return (f'<article class="post" data-controller="share"><div class="post-head"><span class="post-genre">Ghi chép</span><h1 class="post-title">{esc(A15.title)}</h1>'
                f'<div class="post-dates"><time datetime="{iso(pub)}">{icu_vi(pub)}</time> <span class="post-dates__upd">· Cập nhật: <time datetime="{iso(upd)}">{icu_vi(upd)}</time></span></div></div>'
                f'<div class="chapo"><strong>{esc(A15.lead)}</strong></div><p class="post-signature" style="text-align:right"><em>Ghi chép của Nguyễn Hoàng Yến</em></p>'
                f'<div class="post-body">{body}</div>'
                f'<div class="post-share"><button type="button" data-action="share#copy">Sao chép liên kết</button><a href="#" data-action="share#facebook">Facebook</a><a href="#" data-action="share#zalo">Zalo</a></div></article>'
                f'<turbo-frame id="comments" src="/bai-viet/3318/binh-luan" loading="lazy"><form name="comment" method="post" action="/bai-viet/3318/binh-luan"><h3>Bình luận</h3><textarea id="comment_content" name="comment[content]"></textarea>'
                f'<input type="hidden" id="comment__token" name="comment[_token]" value="{token}"><button type="submit">Gửi bình luận</button></form></turbo-frame>'
                + rel(rng, rl[:5], rd, lambda d: icu_vi(d), href="/bai-viet/{n}/{s}", cls="related-posts", head="Bài viết khác"))

    crumbs = crumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Xây dựng Đảng", "/tin-tuc/xay-dung-dang")], cls="breadcrumb")

    def side(rng, pub_):
        return (schedule(rng, pub_ + timedelta(days=2), "Lịch tiếp công dân của Bí thư Thành ủy", "widget lich-tiep-dan")
                + side_std(rng, pub_, "Tin đọc nhiều", fmt=lambda d: dmy(d), cls="widget most-read"))

    url = "https://thanhuyvungtau.org.vn/bai-viet/3318/chi-bo-khu-pho-5-noi-y-dang-hop-long-dan"
    head = ('<link rel="stylesheet" href="/build/app.4f2a91c3.css"><script src="/build/runtime.5b3f0e21.js" defer></script><script src="/build/app.91ad77c4.js" defer></script>'
            '<meta name="turbo-cache-control" content="no-preview">' + og(A15.title, url, {"og:site_name": "Thành ủy Vũng Tàu", "article:published_time": iso(pub), "article:modified_time": iso(upd)}))
    return page("s27-15", family="city_party_symfony_twig_ghi_chep_signature_under_sapo_icu_time_first",
                name="bariavungtau-vungtau-thanhuy-symfony6-twig-encore-turbo-crumb-xay-dung-dang-genre-label-ghi-chep-above-h1-icu-vi-hh-mm-weekday-d-thang-m-yyyy-cap-nhat-same-shape-chapo-bold-lead-italic-right-ghi-chep-cua-name-legend-credit-figcaptions",
                url=url, art=A15, main_fn=main, pub=pub, prefix="sf", kb=140,
                org="Thành ủy Vũng Tàu", addr="Số 89 đường Lý Thường Kiệt, phường 1, TP Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu", phone="0254.3852.118",
                crumbs=crumbs, top=head_top("sf", "/build/images/logo-thanh-uy.svg", "Thành ủy Vũng Tàu", days=1, hours=2),
                side=side, shell_kw={"layout": "symfony", "head_extra": head, "title": A15.title + " — Thành ủy Vũng Tàu"},
                exp=expected(A15, iso(pub), updated=iso(upd), author="Nguyễn Hoàng Yến", category="Xây dựng Đảng"),
                traps={"signature": ["Ghi chép của Nguyễn Hoàng Yến"], "chrome": ["Sao chép liên kết", "Bình luận", "Gửi bình luận", "Bài viết khác", "Lịch tiếp công dân của Bí thư Thành ủy"], "related": lambda rl: rl[:5]},
                notes="A GHI CHÉP (reportage) on a Thành ủy site built in-house on Symfony 6 + Twig (Webpack Encore assets, Stimulus controllers, a Turbo frame for comments with a CSRF _token). Above the h1 the genre label 'Ghi chép' names the FORM of the piece, not a section → not the category; the crumb 'Trang chủ › Tin tức › Xây dựng Đảng' → 'Xây dựng Đảng'. Stamps are Twig's format_datetime('full', 'short', locale='vi'): CLDR vi prints the TIME FIRST, '08:30 Thứ Năm, 22 tháng 5, 2025' → 2025-05-22T08:30; '· Cập nhật: 09:05 Thứ Sáu, 23 tháng 5, 2025' → updated 2025-05-23T09:05 (both in agreeing <time>s). Lead: div.chapo (bold). The signature sits right UNDER THE SAPO, italic right: 'Ghi chép của Nguyễn Hoàng Yến' ('notes by') → author 'Nguyễn Hoàng Yến'. Figcaptions hold a span.legend and a span.credit 'Ảnh: H.Y' (the writer's initials): captions whole ('… khó khăn. Ảnh: H.Y'), no photographer (credits inside captions). The first-person closing paragraph is body.",
                readme="Symfony 6 + Twig Thành ủy GHI CHÉP: genre label 'Ghi chép' above the h1 (not a category; crumb 'Xây dựng Đảng'), ICU vi full date with the time first '08:30 Thứ Năm, 22 tháng 5, 2025' + 'Cập nhật:' in the same shape, bold chapô lead, 'Ghi chép của Name' italic right UNDER THE SAPO, figcaptions legend + credit 'Ảnh: H.Y' (no photographer)")


# ===================================================================== 16 Hội Văn học Nghệ thuật tỉnh Đắk Nông: WordPress + JNews; 'Bài: A; ảnh: B' (semicolon, lower-case 'ảnh'); classic wp-caption
A16 = Art("Bế mạc Trại sáng tác văn học, nghệ thuật “Đắk Nông - Đại ngàn xanh” năm 2025",
          "Chiều 17/3, Hội Văn học Nghệ thuật tỉnh Đắk Nông tổ chức bế mạc Trại sáng tác văn học, nghệ thuật “Đắk Nông - Đại ngàn xanh” năm 2025 tại huyện Đắk Glong sau 10 ngày hoạt động.",
          [("p", "Trại có 24 văn nghệ sĩ thuộc các chuyên ngành văn xuôi, thơ, mỹ thuật, nhiếp ảnh và âm nhạc tham gia. Trong thời gian dự trại, các trại viên đã đi thực tế tại Công viên địa chất toàn cầu UNESCO Đắk Nông, các buôn đồng bào M’nông, Mạ và những vùng trồng cà phê, hồ tiêu tiêu biểu của tỉnh."),
           ("img", "/wp-content/uploads/2025/03/trai-vien-di-thuc-te-buon-mnong.jpg", "Các trại viên đi thực tế tại một buôn đồng bào M’nông ở huyện Đắk Glong"),
           ("p", "Kết thúc trại, Ban Tổ chức đã nhận được 76 tác phẩm, gồm 2 truyện ngắn, 3 bút ký, 41 bài thơ, 12 tác phẩm mỹ thuật, 16 tác phẩm nhiếp ảnh và 2 ca khúc. Các tác phẩm phản ánh sinh động vẻ đẹp thiên nhiên, con người và sự đổi thay của Đắk Nông sau hơn 20 năm tái lập tỉnh."),
           ("p", "Ban Tổ chức trao giấy khen cho 5 tác phẩm xuất sắc:"),
           ("ul", ["Truyện ngắn “Mùa rẫy cuối” của tác giả Nguyễn Thị Thu Hiền;", "Chùm thơ “Lời ru bên bếp lửa nhà dài” của tác giả Điểu K’Lang;",
                   "Tranh sơn dầu “Chiều trên cao nguyên” của họa sĩ Trần Quang Vinh;", "Ảnh “Nụ cười mùa cà phê” của tác giả Lê Hồng Phúc;",
                   "Ca khúc “Về Đắk Nông nghe đại ngàn hát” của nhạc sĩ Y Brăm."]),
           ("img", "/wp-content/uploads/2025/03/trao-giay-khen-tac-pham-xuat-sac.jpg", "Ban Tổ chức trao giấy khen cho các tác giả có tác phẩm xuất sắc"),
           ("p", "Các tác phẩm tiêu biểu sẽ được giới thiệu trên Tạp chí Nâm Nung và tham gia triển lãm chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.")])
BYLINE16 = "Bài: Văn Thành; ảnh: Y Thuận"


def page16():
    pub = T("2025-03-18 10:40")

    def img(s, c, n):
        aid = 2210 + n
        return (f'<div id="attachment_{aid}" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{aid}" decoding="async" class="size-full wp-image-{aid}" src="{s}" alt="" width="800" height="533" />'
                f'<p id="caption-attachment-{aid}" class="wp-caption-text">{esc(c)}</p></div>')

    body = A16.render(p=lambda t: f"<p>{esc(t)}</p>", img=img)

    def main(rng, rl, rd):
        rel_html = "".join(f'<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_thumb"><a href="/{slug(t)}/"><div class="thumbnail-container animate-lazy size-715"><img src="/wp-content/uploads/2025/0{rng.randint(1, 3)}/{hexid(rng, 10)}-350x250.jpg" class="attachment-jnews-350x250 size-jnews-350x250 lazyload wp-post-image" alt="" /></div></a></div>'
                           f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/{slug(t)}/">{esc(t)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="/{slug(t)}/"><i class="fa fa-clock-o"></i> {dmy(d)}</a></div></div></div></article>' for t, d in zip(rl[:4], rd))
        return (f'<div class="entry-header"><h1 class="jeg_post_title">{esc(A16.title)}</h1>'
                f'<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt="hoivhnt" src="https://secure.gravatar.example/avatar/{hexid(rng, 32)}?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" />'
                f'<span class="meta_text">Bởi</span> <a href="/author/hoivhnt/">hoivhnt</a></div><div class="jeg_meta_date"><a href="/{slug(A16.title)}/">{dmy(pub)}</a></div>'
                f'<div class="jeg_meta_category"><span><span class="meta_text">trong</span> <a href="/category/hoat-dong-hoi/" rel="category tag">Hoạt động Hội</a></span></div></div>'
                f'<div class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div></div>'
                f'<div class="jeg_featured featured_image"><a href="/wp-content/uploads/2025/03/be-mac-trai-sang-tac-2025.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:50%"><img width="750" height="375" src="/wp-content/uploads/2025/03/be-mac-trai-sang-tac-2025-750x375.jpg" class="attachment-jnews-750x375 size-jnews-750x375 wp-post-image" alt="" /></div></a></div>'
                f'<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_views_count"><div class="counts">1,2k</div><span class="sharetext">LƯỢT XEM</span></div></div>'
                f'<div class="jeg_sharelist"><a href="#" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Chia sẻ</span></a><a href="#" class="jeg_btn-zalo"><span>Zalo</span></a></div></div></div>'
                f'<div class="jeg_ad jeg_article jnews_content_top_ads "><div class="ads-wrapper  "></div></div>'
                f'<div class="entry-content no-share"><div class="content-inner "><p class="has-medium-font-size"><strong>{esc(A16.lead)}</strong></p>{body}'
                f'<p style="text-align: right;"><em>{esc(BYLINE16)}</em></p></div></div>'
                f'<div class="jeg_post_tags"><span>Tags:</span> <a href="/tag/trai-sang-tac/" rel="tag">trại sáng tác</a><a href="/tag/dak-glong/" rel="tag">Đắk Glong</a></div>'
                f'<div class="jeg_authorbox"><div class="jeg_author_image"><img alt="hoivhnt" src="https://secure.gravatar.example/avatar/{hexid(rng, 32)}?s=80" class="avatar avatar-80 photo" /></div><div class="jeg_author_content">'
                f'<h3 class="jeg_author_name"><a href="/author/hoivhnt/">hoivhnt</a></h3><p class="jeg_author_desc">Ban biên tập website Hội Văn học Nghệ thuật tỉnh Đắk Nông</p></div></div>'
                f'<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Bài viết liên quan</span></h3></div>'
                f'<div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{rel_html}</div></div></div></div></div>')

    crumbs = (f'<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="/">Trang chủ</a></span><i class="fa fa-angle-right"></i>'
              f'<span class=""><a href="/category/hoat-dong-hoi/">Hoạt động Hội</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="/{slug(A16.title)}/">{esc(A16.title)}</a></span></div></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Đọc nhiều", fmt=lambda d: dmy(d), cls="widget jeg_postblock_5")
                + '<div class="widget widget_jnews_module_element_magazine"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Tạp chí Nâm Nung</span></h3></div><p>Số 1 - 2025 đã phát hành. Mời bạn đọc đón xem.</p></div>')

    url = "https://vanhocnghethuatdaknong.vn/be-mac-trai-sang-tac-van-hoc-nghe-thuat-dak-nong-dai-ngan-xanh-nam-2025/"
    head = ('<meta name="generator" content="WordPress 6.7.2" /><link rel="stylesheet" id="jnews-frontend-css" href="/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.8" type="text/css" media="all" />'
            '<script type="text/javascript">var jnews_ajax_url = "/?ajax-request=jnews";window.jnews=window.jnews||{},window.jnews.library=window.jnews.library||{},window.jnews.library=function(){"use strict";var e=this;e.win=window,e.doc=document,e.noop=function(){},e.globalBody=e.doc.getElementsByTagName("body")[0]};</script>'
            + og(A16.title, url, {"og:site_name": "Hội Văn học Nghệ thuật tỉnh Đắk Nông", "article:published_time": iso(pub), "article:section": "Hoạt động Hội"}))
    return page("s27-16", family="arts_association_wp_jnews_semicolon_byline_lowercase_anh",
                name="daknong-hoivhnt-wp-jnews-angle-icon-crumb-title-last-h1-jeg-post-title-boi-account-dd-mm-yyyy-no-time-element-trong-category-medium-font-bold-lead-wp-caption-text-ul-awards-italic-right-bai-name-semicolon-anh-name-authorbox-account",
                url=url, art=A16, main_fn=main, pub=pub, prefix="jeg", kb=210,
                org="Hội Văn học Nghệ thuật tỉnh Đắk Nông", addr="Số 18 đường Trần Hưng Đạo, TP Gia Nghĩa, tỉnh Đắk Nông", phone="0261.3544.219",
                crumbs=crumbs, top=head_top("jeg", "/wp-content/uploads/2024/05/logo-vhnt-dak-nong.png", "Hội Văn học Nghệ thuật tỉnh Đắk Nông", days=2),
                side=side, shell_kw={"layout": "jnews", "head_extra": head, "title": A16.title + " - Hội Văn học Nghệ thuật tỉnh Đắk Nông", "items": MENU_MASS,
                                     "body_cls": "post-template-default single single-post postid-2209 single-format-standard jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal"},
                exp=expected(A16, isod(pub), author="Văn Thành", photographer="Y Thuận", category="Hoạt động Hội"),
                traps={"bylines": [BYLINE16], "accounts": ["hoivhnt", "Ban biên tập website Hội Văn học Nghệ thuật tỉnh Đắk Nông"], "chrome": ["LƯỢT XEM", "Bài viết liên quan", "Tags:", "Số 1 - 2025 đã phát hành. Mời bạn đọc đón xem."],
                       "related": lambda rl: rl[:4]},
                notes="WordPress + JNews (Jegtheme) site of a provincial Hội Văn học Nghệ thuật. Breadcrumb with Font Awesome angle icons only: 'Trang chủ › Hoạt động Hội › <the title>' → category 'Hoạt động Hội' (the level before the title; the meta 'trong Hoạt động Hội' agrees). Meta: 'Bởi hoivhnt' (account; the JNews author box under the text repeats it with the site's description) and the date '18/03/2025' printed as plain link text with NO <time> element → published '2025-03-18' date only (og article:published_time 10:40 is og-only; MAJORITY rule). Lead: the bold first paragraph with Gutenberg's has-medium-font-size. Two classic [caption] shortcodes (div.wp-caption > p.wp-caption-text) → captions; the award list is a <ul> (one paragraph per item; the names in it are the laureates). The credit, italic right: 'Bài: Văn Thành; ảnh: Y Thuận' — a SEMICOLON between the two credits and a lower-case 'ảnh' → author 'Văn Thành', photographer 'Y Thuận'. Views counter, share bar, tags, related posts and the magazine widget are chrome.",
                readme="WordPress + JNews Hội VHNT: angle-icon crumb ending in the title, 'Bởi <account>' + 'dd/mm/yyyy' with no <time> (date only), 'trong <category>', medium-font bold lead, classic wp-caption-text captions, <ul> of awards, credit 'Bài: A; ảnh: B' (semicolon, lower-case 'ảnh'), JNews author box = account")


# ===================================================================== 17 Đảng ủy xã Duy Phước (Duy Xuyên, Quảng Nam): a sub-site of a Huyện ủy's WordPress Multisite, Twenty Twenty-Four block theme; small page
A17 = Art("Đảng ủy xã Duy Phước bàn giao 5 nhà “Đại đoàn kết” cho hộ nghèo",
          None,
          [("p", "Ngày 27/5, Đảng ủy xã Duy Phước phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức bàn giao 5 căn nhà “Đại đoàn kết” cho các hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở tại các thôn Thành Triều, Trà Đông và Lệ Bắc."),
           ("p", "Mỗi căn nhà có diện tích từ 45 đến 60 m², tổng kinh phí xây dựng hơn 400 triệu đồng, trong đó Quỹ “Vì người nghèo” huyện hỗ trợ 60 triệu đồng mỗi căn, phần còn lại do gia đình, dòng họ và các nhà hảo tâm đóng góp; đoàn viên thanh niên, hội viên cựu chiến binh xã hỗ trợ hơn 200 ngày công."),
           ("img", "/duyphuoc/wp-content/uploads/sites/14/2025/05/ban-giao-nha-tra-dong.jpg", "Lãnh đạo xã Duy Phước trao quyết định bàn giao nhà cho hộ bà Nguyễn Thị Lài, thôn Trà Đông"),
           ("p", "Đến nay, xã Duy Phước đã hoàn thành xóa 18/18 căn nhà tạm, nhà dột nát theo kế hoạch, về đích sớm so với chỉ tiêu huyện giao.")])
BYLINE17 = "Tin và ảnh: Thu Sương (Văn phòng Đảng ủy xã)"


def page17():
    pub = T("2025-05-28 10:12")
    upd = T("2025-05-29 08:03")
    rng = __import__("random").Random("s27-17")
    site = "https://huyenuyduyxuyen.vn/duyphuoc"
    url = site + "/2025/05/28/dang-uy-xa-duy-phuoc-ban-giao-5-nha-dai-doan-ket-cho-ho-ngheo/"
    body = A17.render(p=lambda t: f'<p class="wp-block-paragraph">{esc(t)}</p>',
                      img=lambda s, c, n: f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{s}" alt="" class="wp-image-{402 + n}"/><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')
    body += f'\n<p class="has-text-align-right wp-block-paragraph"><strong>{esc(BYLINE17)}</strong></p>'
    more = heads8(rng, 3, avoid=[A17.title])
    mdates = past(pub, rng, 3, 2, 20)
    more_html = "".join(f'<li class="wp-block-post"><h3 class="wp-block-post-title has-medium-font-size"><a href="{site}/{d.strftime("%Y/%m/%d")}/{slug(t)}/" target="_self">{esc(t)}</a></h3><div class="wp-block-post-date has-small-font-size"><time datetime="{iso(d)}">{dmy(d)}</time></div></li>' for t, d in zip(more, mdates))
    gs = css(rng, "wp-block", 90)
    html = (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n\t<meta charset="UTF-8" />\n\t<meta name="viewport" content="width=device-width, initial-scale=1" />\n<meta name=\'robots\' content=\'max-image-preview:large\' />\n'
            f'<title>{esc(A17.title)} &#8211; Đảng ủy xã Duy Phước</title>\n<link rel="alternate" type="application/rss+xml" title="Dòng thông tin Đảng ủy xã Duy Phước &raquo;" href="{site}/feed/" />\n'
            f'<style id=\'wp-block-library-inline-css\'>{css(rng, "wp", 40)}</style>\n<style id=\'global-styles-inline-css\'>:root{{--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;--wp--preset--font-family--inter: "Inter", sans-serif;}}{gs}</style>\n'
            f'<link rel="canonical" href="{url}" />\n<meta name="generator" content="WordPress 6.8.1" />\n<!--PAD-->\n</head>\n\n'
            f'<body class="post-template-default single single-post postid-417 single-format-standard wp-embed-responsive">\n\n<div class="wp-site-blocks"><header class="wp-block-template-part">'
            f'<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">'
            f'<div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="{site}" target="_self" rel="home">Đảng ủy xã Duy Phước</a></p><p class="wp-block-site-tagline">Trang thông tin của Đảng bộ xã Duy Phước, huyện Duy Xuyên</p></div>'
            f'<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex" aria-label="Điều hướng"><ul class="wp-block-navigation__container">'
            + "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{site}/{h}"><span class="wp-block-navigation-item__label">{t}</span></a></li>' for h, t in [("", "Trang chủ"), ("gioi-thieu/", "Giới thiệu"), ("category/xay-dung-dang/", "Xây dựng Đảng"), ("category/tin-co-so/", "Tin cơ sở"), ("van-ban/", "Văn bản")])
            + f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://huyenuyduyxuyen.vn/"><span class="wp-block-navigation-item__label">Huyện ủy Duy Xuyên</span></a></li></ul></nav></div></header>\n\n'
            f'<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">'
            f'<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained"><h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{esc(A17.title)}</h1>'
            f'<div class="wp-block-group is-content-justification-left is-layout-flex wp-block-group-is-layout-flex"><p class="has-small-font-size">Đăng ngày</p><div class="wp-block-post-date has-small-font-size"><time datetime="{iso(pub)}">{dmy(pub)}</time></div>'
            f'<p class="has-small-font-size">·</p><p class="has-small-font-size">Cập nhật</p><div class="wp-block-post-date__modified-date wp-block-post-date has-small-font-size"><time datetime="{iso(upd)}">{dmy(upd)}</time></div>'
            f'<p class="has-small-font-size">·</p><div class="taxonomy-category wp-block-post-terms has-small-font-size"><span class="wp-block-post-terms__prefix">Chuyên mục: </span><a href="{site}/category/xay-dung-dang/" rel="tag">Xây dựng Đảng</a></div></div></div>'
            f'<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">\n{body}\n</div>'
            f'<div class="wp-block-group is-layout-constrained"><nav class="wp-block-group is-content-justification-space-between is-layout-flex" aria-label="Bài viết"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="{site}/2025/05/19/{slug(more[0])}/" rel="prev">{esc(more[0])}</a></div></nav></div>'
            f'<div class="wp-block-group alignwide is-layout-flow"><h2 class="wp-block-heading alignwide has-small-font-size">Bài viết khác</h2><div class="wp-block-query alignwide is-layout-flow"><ul class="columns-3 wp-block-post-template is-layout-grid">{more_html}</ul></div></div></main>\n\n'
            f'<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><p class="has-small-font-size">Đảng ủy xã Duy Phước - Thôn Trà Đông, xã Duy Phước, huyện Duy Xuyên, tỉnh Quảng Nam</p>'
            f'<p class="has-small-font-size">Thuộc hệ thống trang thông tin của <a href="https://huyenuyduyxuyen.vn/">Huyện ủy Duy Xuyên</a>. Vận hành trên nền <a href="https://wordpress.example" rel="nofollow">WordPress</a></p></div></footer></div>\n'
            f'<script id="wp-block-template-skip-link-js-after">\n\t( function() {{ var skipLinkTarget = document.querySelector( \'main\' ), sibling, skipLinkTargetID, skipLink; if ( ! skipLinkTarget ) {{ return; }} sibling = document.querySelector( \'.wp-site-blocks\' ); skipLink = document.createElement( \'a\' ); skipLink.classList.add( \'skip-link\', \'screen-reader-text\' ); skipLink.innerHTML = \'Chuyển đến nội dung\'; }}() );\n</script>\n</body>\n</html>\n')
    html = pad(html, rng, 52, prefix="wp-block")
    exp = expected(A17, iso(pub), updated=iso(upd), author="Thu Sương", unit="Văn phòng Đảng ủy xã", photographer="Thu Sương", category="Xây dựng Đảng", lead=None)
    return mk("commune_party_wp_multisite_twenty_twenty_four_block_theme_small_page",
              "quangnam-duyxuyen-duyphuoc-danguyxa-wp-multisite-twentytwentyfour-h1-post-title-dang-ngay-dd-mm-yyyy-time-agrees-cap-nhat-modified-date-block-post-terms-chuyen-muc-no-lead-figcaption-bold-right-tin-va-anh-name-paren-unit-small",
              url, html, exp,
              {"bylines": [BYLINE17], "chrome": ["Bài viết khác", "Huyện ủy Duy Xuyên", "Trang thông tin của Đảng bộ xã Duy Phước, huyện Duy Xuyên"], "more": more[1:]},
              "A SMALL page (52 KB): a commune Đảng ủy's sub-site on its Huyện ủy's WordPress Multisite (/duyphuoc/, uploads under sites/14), Twenty Twenty-Four block theme (FSE: wp-block-post-title, wp-block-post-date, post-terms, global-styles inline CSS). Meta group: 'Đăng ngày' + wp-block-post-date '28/05/2025' (<time datetime='2025-05-28T10:12:00+07:00'>, agreeing) · 'Cập nhật' + the modified-date block '29/05/2025' (<time datetime='2025-05-29T08:03:00+07:00'>) · 'Chuyên mục: Xây dựng Đảng' (post-terms prefix dropped → category). Both printed stamps are date-only and take their own agreeing machine times (MAJORITY rule) → published 2025-05-28T10:12, updated 2025-05-29T08:03. No lead. One image block with figcaption. Credit bold right: 'Tin và ảnh: Thu Sương (Văn phòng Đảng ủy xã)' → author = photographer 'Thu Sương', unit 'Văn phòng Đảng ủy xã' ('Tin và ảnh' = news and photos by). The post navigation and 'Bài viết khác' query loop (its own dates) are chrome.",
              "WordPress Multisite sub-site of an Đảng ủy xã (Twenty Twenty-Four block theme, small page): 'Đăng ngày' + post-date block and 'Cập nhật' + modified-date block (date-only, agreeing <time>s), post-terms 'Chuyên mục:' prefix, no lead, figcaption, bold right 'Tin và ảnh: Name (Văn phòng Đảng ủy xã)'",
              min_kb=40)


# ===================================================================== 18 Hội Nạn nhân chất độc da cam/dioxin tỉnh Bình Phước: ABP Framework (ASP.NET Core MVC, LeptonX Lite); the page-header h1 is the SECTION, the headline an h2; date badge
A18 = Art("Trao 200 suất quà Tết cho nạn nhân chất độc da cam có hoàn cảnh khó khăn",
          "Từ ngày 15 đến 20/1, Hội Nạn nhân chất độc da cam/dioxin tỉnh phối hợp với các nhà hảo tâm trao 200 suất quà Tết cho nạn nhân chất độc da cam có hoàn cảnh khó khăn tại 6 huyện, thị xã, tổng trị giá 180 triệu đồng.",
          [("p", "Mỗi suất quà gồm 500.000 đồng tiền mặt, gạo, dầu ăn và bánh mứt, trị giá 900.000 đồng. Nguồn kinh phí do Công ty TNHH Cao su Lộc Thành, Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Bình Phước cùng các cá nhân, doanh nghiệp trong tỉnh ủng hộ."),
           ("img", "/files/news/2025/01/trao-qua-dak-nhau.jpg", "Đại diện Hội Nạn nhân chất độc da cam/dioxin tỉnh trao quà cho nạn nhân tại xã Đăk Nhau, huyện Bù Đăng"),
           ("p", "Tại huyện Bù Đăng, đoàn đã đến thăm, tặng quà cho 35 nạn nhân, trong đó có nhiều gia đình có hai, ba thế hệ bị ảnh hưởng bởi chất độc da cam. Ông Điểu Ba, 71 tuổi, ở thôn 4, xã Đăk Nhau xúc động: “Năm nào Hội cũng nhớ đến, gia đình tôi thấy ấm lòng lắm”."),
           ("img", "/files/news/2025/01/nan-nhan-loc-ninh-nhan-qua.jpg", "Nạn nhân chất độc da cam ở huyện Lộc Ninh nhận quà Tết"),
           ("p", "Dịp Tết Nguyên đán Ất Tỵ 2025, các cấp hội trong tỉnh đã vận động hơn 1,6 tỷ đồng, trao 1.850 suất quà cho nạn nhân và gia đình nạn nhân chất độc da cam; phối hợp khám bệnh, cấp thuốc miễn phí cho 320 lượt người.")])
BYLINE18 = "Tin, ảnh: Điểu Thị Hoa (Hội NNCĐDC/dioxin huyện Bù Đăng)"


def page18():
    pub = T("2025-01-20 09:05")

    body = A18.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>',
                      img=lambda s, c, n: f'<div class="image-block my-3"><img class="img-fluid rounded" src="{s}" alt="" /><small class="text-muted d-block text-center mt-1">{esc(c)}</small></div>')

    def main(rng, rl, rd):
        other = "".join(f'<a class="list-group-item list-group-item-action" href="/tin-tuc/{hexid(rng, 8)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 12)}">{esc(t)} <small class="text-muted">{dmy(d)}</small></a>' for t, d in zip(rl[:5], rd))
        return (f'<div class="lpx-content-toolbar d-flex"><h1 class="content-header-title">Tin hoạt động</h1><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/"><i class="bi bi-house-door"></i></a></li>'
                f'<li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Tin hoạt động</li></ol></nav></div>'
                f'<div class="card news-detail"><div class="card-body"><div class="d-flex align-items-start gap-3"><div class="news-date-badge text-center">\n<span class="day d-block fs-2 fw-bold">{pub.day:02d}</span>\n'
                f'<span class="month d-block">Tháng {pub.month:02d}</span>\n<span class="year d-block">{pub.year}</span>\n</div>'
                f'<div><h2 class="card-title news-title">{esc(A18.title)}</h2><div class="text-muted small"><i class="bi bi-clock"></i> {hm(pub)} <span class="ms-3"><i class="bi bi-eye"></i> 264 lượt xem</span></div></div></div>'
                f'<div class="news-summary border-start border-4 border-warning ps-3 my-3"><strong>Tóm tắt:</strong> {esc(A18.lead)}</div><div class="news-content">{body}</div>'
                f'<p style="text-align: right;"><strong>{esc(BYLINE18)}</strong></p></div>'
                f'<div class="card-footer"><abp-button button-type="Light" icon="print">In</abp-button><a href="#" class="btn btn-light btn-sm"><i class="bi bi-share"></i> Chia sẻ</a></div></div>'
                f'<div class="card mt-4"><div class="card-header">Tin khác</div><div class="list-group list-group-flush">{other}</div></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=lambda d: dmy(d), cls="card tin-moi")
                + '<div class="card quy-bao-tro"><div class="card-header">Quỹ Bảo trợ nạn nhân chất độc da cam</div><div class="card-body"><p>Số tài khoản: 5600 2050 12345 - Agribank chi nhánh Bình Phước</p><p>Tổng quỹ năm 2024: 2,34 tỷ đồng</p></div></div>')

    def top(rng, pub_):
        return ('<a class="lpx-brand" href="/"><img src="/images/logo/hoi-nncdd-binh-phuoc.png" alt="Hội Nạn nhân chất độc da cam/dioxin tỉnh Bình Phước"></a>'
                f'<div class="lpx-topbar-date">{wd(pub_ + timedelta(days=3))}, {dmy(pub_ + timedelta(days=3))}</div>')

    rngx = __import__("random").Random("s27-18-abp")
    loc = {"AbpUi": {"Cancel": "Hủy", "Save": "Lưu", "Close": "Đóng", "AreYouSure": "Bạn có chắc chắn?", "PagerInfo": "Hiển thị từ _START_ đến _END_ trong _TOTAL_ mục", "Search": "Tìm kiếm"},
           "CmsKit": {"Comments": "Bình luận", "Send": "Gửi", "Reply": "Trả lời", "RatingUndoMessage": "Bỏ đánh giá", "PopularTags": "Thẻ phổ biến"},
           "HoiNNCDDC": {"Menu:Home": "Trang chủ", "Menu:News": "Tin tức", "Menu:Documents": "Văn bản", "Menu:Fund": "Quỹ bảo trợ", "Menu:Contact": "Liên hệ"}}
    head = (f'<link rel="stylesheet" href="/__bundles/LeptonXLite.Global.{hexid(rngx, 32).upper()}.css?_v=638712345678901234" />'
            f'<script>var abp=abp||{{}};abp.appPath=\'/\';abp.localization=abp.localization||{{}};abp.localization.currentCulture={{"displayName":"Tiếng Việt","englishName":"Vietnamese","threeLetterIsoLanguageName":"vie","twoLetterIsoLanguageName":"vi","isRightToLeft":false,"cultureName":"vi","name":"vi","nativeName":"Tiếng Việt","dateTimeFormat":{{"calendarAlgorithmType":"SolarCalendar","dateTimeFormatLong":"dddd, d MMMM, yyyy","shortDatePattern":"dd/MM/yyyy","fullDateTimePattern":"dddd, d MMMM, yyyy HH:mm:ss","dateSeparator":"/","shortTimePattern":"HH:mm","longTimePattern":"HH:mm:ss"}}}};abp.localization.values={dump(loc)};</script>'
            + og(A18.title, "https://hoinannhandacam.binhphuoc.org.vn/tin-tuc/3a11c9a4-52de-7f0e-9b21-4c7d1e0a8f63", {"og:site_name": "Hội Nạn nhân chất độc da cam/dioxin tỉnh Bình Phước"}))
    url = "https://hoinannhandacam.binhphuoc.org.vn/tin-tuc/3a11c9a4-52de-7f0e-9b21-4c7d1e0a8f63"
    return page("s27-18", family="agent_orange_victims_association_abp_leptonx_section_h1_headline_h2_date_badge",
                name="binhphuoc-hoinncddc-abp-aspnetcore-leptonx-header-h1-section-tin-hoat-dong-card-title-h2-headline-date-badge-dd-thang-mm-yyyy-clock-hh-mm-tom-tat-label-lead-small-muted-captions-bold-right-tin-anh-name-paren-unit-with-slash",
                url=url, art=A18, main_fn=main, pub=pub, prefix="lpx", kb=130,
                org="Hội Nạn nhân chất độc da cam/dioxin tỉnh Bình Phước", addr="Số 702 Quốc lộ 14, phường Tân Phú, TP Đồng Xoài, tỉnh Bình Phước", phone="0271.3879.615",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "abp", "head_extra": head, "title": A18.title + " | Hội NNCĐDC/dioxin tỉnh Bình Phước", "items": MENU_MASS, "body_cls": "abp-application-layout lpx-theme-light"},
                exp=expected(A18, iso(pub), author="Điểu Thị Hoa", unit="Hội NNCĐDC/dioxin huyện Bù Đăng", photographer="Điểu Thị Hoa", category="Tin hoạt động"),
                traps={"bylines": [BYLINE18], "chrome": ["Tóm tắt:", "264 lượt xem", "Tin khác", "Chia sẻ", "Quỹ Bảo trợ nạn nhân chất độc da cam", "Tổng quỹ năm 2024: 2,34 tỷ đồng"], "related": lambda rl: rl[:5]},
                notes="The ABP Framework (ASP.NET Core MVC) site of a provincial Hội Nạn nhân chất độc da cam/dioxin, LeptonX Lite theme, GUID URLs, abp.localization blobs. LeptonX's page header prints the SECTION as the page h1, 'Tin hoạt động' (with the crumb 'Tin tức › Tin hoạt động' beside it) → category 'Tin hoạt động'; the item's headline is the card's h2 → title (the h1 is not the headline). Date as a BADGE: '20' / 'Tháng 01' / '2025' in three stacked spans, then a clock icon '09:05' → 2025-01-20T09:05. Lead: the bordered summary 'Tóm tắt: …' — the label 'Tóm tắt:' is dropped, the rest is the sapo (a human summary, unlike set 27's AI box). Two images with <small class='text-muted'> captions. Credit bold right: 'Tin, ảnh: Điểu Thị Hoa (Hội NNCĐDC/dioxin huyện Bù Đăng)' → author = photographer 'Điểu Thị Hoa', unit 'Hội NNCĐDC/dioxin huyện Bù Đăng' — the abbreviation of the association keeps its SLASH ('da cam/dioxin'), which is part of the unit's name, not a writer/unit separator. The fund box and 'Tin khác' are not body.",
                readme="ABP Framework + LeptonX Lite Hội NNCĐDC/dioxin: the page-header h1 is the SECTION 'Tin hoạt động' (category), the headline an h2 in the card, date BADGE '20 / Tháng 01 / 2025' + clock 'HH:MM', labelled 'Tóm tắt:' lead (label dropped), small muted captions, 'Tin, ảnh: Name (Hội NNCĐDC/dioxin huyện …)' (a slash inside the unit)")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
