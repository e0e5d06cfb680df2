"""Set 24 pages 10-18: the Văn phòng Tỉnh ủy, a Trường Chính trị, a Báo tỉnh, an Đài PT-TH, a Huyện ủy, a Cổng TTĐT
tỉnh, a Sở (Văn hóa, Thể thao và Du lịch) and two mass organisations (Hội Nông dân, Liên đoàn Lao động). Pages 14 and 17
carry one TWIST each: the credits of an EMBEDDED TV CLIP ('Thực hiện: A - B') inside the text of an article written by
someone else, and an in-body 'Đọc thêm' card that prints the related article's SAPO as a plain paragraph."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum, utcz
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .base import page, jp, side_std, vb_box, crumb
from .p_01_pages import head_top, right_bold, right_em


# ===================================================================== 10 Văn phòng Tỉnh ủy Kon Tum: Flask + Jinja in-house; press release; 'Nguồn:' source only; document-download block
A10 = Art("Thông cáo báo chí Hội nghị lần thứ 21 Ban Chấp hành Đảng bộ tỉnh khóa XVI",
          "Ngày 28/4/2025, tại Hội trường Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh khóa XVI tổ chức Hội nghị lần thứ 21 để xem xét, cho ý kiến vào một số nội dung quan trọng. Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị.",
          [("p", "Hội nghị đã thảo luận, cho ý kiến vào dự thảo Đề án sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương hai cấp trên địa bàn tỉnh; phương án sắp xếp tổ chức cơ sở đảng sau khi kết thúc hoạt động cấp huyện."),
           ("p", "Ban Chấp hành Đảng bộ tỉnh thống nhất cao với chủ trương sắp xếp 102 đơn vị hành chính cấp xã hiện có thành 43 đơn vị, gồm 40 xã và 3 phường; giao Ban Thường vụ Tỉnh ủy chỉ đạo hoàn thiện hồ sơ, lấy ý kiến nhân dân theo quy định."),
           ("p", "Hội nghị cũng nghe báo cáo tình hình kinh tế - xã hội quý I/2025: tốc độ tăng trưởng GRDP ước đạt 8,1%; thu ngân sách nhà nước trên địa bàn đạt 31,6% dự toán; giải ngân vốn đầu tư công đạt 22,4% kế hoạch."),
           ("p", "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng làm tốt công tác tư tưởng, chính sách đối với cán bộ chịu tác động của việc sắp xếp; tuyệt đối không để gián đoạn việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp."),
           ("p", "Văn phòng Tỉnh ủy trân trọng thông báo.")])


def page10():
    pub = T("2025-04-28 15:10")

    def stamp(d):
        return f"{dmy(d)} | {hm(d)}"

    def main(rng, rl, rd):
        body = A10.render(p=jp)
        dl = (f'<div class="download-block"><a class="btn-download" href="/static/files/2025/thong-cao-hn21.pdf">Tải toàn văn Thông cáo báo chí (PDF, 320 KB)</a> '
              f'<a class="btn-print" href="?print=1">Bản in</a></div>')
        others = "".join(f'<li><a href="/tin/{rng.randint(700, 999)}">{esc(t)}</a> <span>— {stamp(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<article class="post"><header><h2 class="post-cat">THÔNG CÁO BÁO CHÍ</h2><h1 class="post-title">{esc(A10.title)}</h1>'
                f'<p class="post-meta">{stamp(pub)} | 2.311 lượt xem</p></header>'
                f'<div class="post-sapo"><strong>{esc(A10.lead)}</strong></div><div class="post-body">{body}</div>'
                f'<p class="post-source" style="text-align:right"><em>Nguồn: Văn phòng Tỉnh ủy</em></p>{dl}'
                f'<section class="post-others"><h3>Các tin đã đưa</h3><ul>{others}</ul></section></article>')

    crumbs = ('<div class="crumbs"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức - Sự kiện</a> » <a href="/tin-tuc/thong-cao-bao-chi">Thông cáo báo chí</a></div>')
    url = "https://kontum.dcs.vn/tin/1042"
    head = (og(A10.title, url, {"og:site_name": "Đảng bộ tỉnh Kon Tum"}) + '<link rel="stylesheet" href="/static/css/main.css?v=2025.4" />'
            + f'<meta name="csrf-token" content="IjY{alnum(__import__("random").Random(10), 40)}" />')
    return page("s24-10", family="provincial_office_flask_jinja_press_release_nguon_only_download",
                name="kontum-vptu-flask-jinja-crumb-raquo-thong-cao-bao-chi-h2-caps-section-h1-dd-mm-yyyy-pipe-hh-mm-views-bold-sapo-no-pictures-nguon-van-phong-tinh-uy-source-only-download-pdf-and-print-buttons-cac-tin-da-dua",
                url=url, art=A10, main_fn=main, pub=pub, prefix="kt", kb=115,
                org="Đảng bộ tỉnh Kon Tum", addr="Số 195 đường Bà Triệu, TP Kon Tum, tỉnh Kon Tum", phone="0260.3862.375",
                crumbs=crumbs, top=head_top("kt", "/static/img/banner.png", "Đảng bộ tỉnh Kon Tum", days=1, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Tin nổi bật", fmt=stamp, cls="kt-hot") + schedule(rng, pub, "Lịch công tác Thường trực Tỉnh ủy", "kt-lich"),
                shell_kw={"layout": "hugo", "head_extra": head, "title": A10.title + " | Đảng bộ tỉnh Kon Tum"},
                exp=expected(A10, iso(pub), category="Thông cáo báo chí", captions=[]),
                traps={"source": ["Nguồn: Văn phòng Tỉnh ủy"], "download": ["Tải toàn văn Thông cáo báo chí (PDF, 320 KB)", "Bản in"],
                       "chrome": ["2.311 lượt xem", "Các tin đã đưa", "Lịch công tác Thường trực Tỉnh ủy"], "related": lambda rl: rl[:4]},
                notes="In-house Flask + Jinja site of the Văn phòng Tỉnh ủy (CSRF meta). A press release: h2 caps section 'THÔNG CÁO BÁO CHÍ' over the h1; '28/04/2025 | 15:10 | 2.311 lượt xem' → 2025-04-28T15:10. Bold sapo = lead; the closing 'Văn phòng Tỉnh ủy trân trọng thông báo.' is the last paragraph of the release (body). No pictures. The only credit is the italic 'Nguồn: Văn phòng Tỉnh ủy' → a source line (convention): author null, author_unit null. After it a document-download block ('Tải toàn văn Thông cáo báo chí (PDF, 320 KB)', 'Bản in') → not body. Crumb 'Trang chủ » Tin tức - Sự kiện » Thông cáo báo chí' → 'Thông cáo báo chí'. The meeting day 28/4/2025 equals the publication day; the work schedule is a decoy.",
                readme="Flask + Jinja Văn phòng Tỉnh ủy press release: 'dd/mm/yyyy | HH:MM | views', caps h2 section, bold sapo, no pictures, 'Nguồn: Văn phòng Tỉnh ủy' source only (author and unit null), a DOCUMENT-DOWNLOAD block + 'Bản in' after the text, '»' crumb, 'Các tin đã đưa'")


# ===================================================================== 11 Trường Chính trị tỉnh Tiền Giang: Django + Mezzanine; update stamp EARLIER than the publication (scheduled post); print-issue note
A11 = Art("Vận dụng quan điểm của Đảng về xây dựng đội ngũ cán bộ cấp chiến lược vào công tác cán bộ ở tỉnh",
          None,
          [("p", "Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Hội nghị Trung ương 7 khóa XII xác định cán bộ là nhân tố quyết định sự thành bại của cách mạng; công tác cán bộ là khâu “then chốt” của công tác xây dựng Đảng và hệ thống chính trị."),
           ("h", "1. Những kết quả bước đầu"),
           ("p", "Thực hiện Nghị quyết, Tỉnh ủy Tiền Giang đã ban hành chương trình hành động, xây dựng quy hoạch cán bộ các cấp theo hướng “động” và “mở”; tỷ lệ cán bộ trẻ, cán bộ nữ trong quy hoạch cấp ủy tỉnh nhiệm kỳ 2025 - 2030 lần lượt đạt 18,6% và 21,3%."),
           ("p", "Việc luân chuyển cán bộ được thực hiện gắn với đào tạo thực tiễn; giai đoạn 2020 - 2024, tỉnh đã luân chuyển 64 lượt cán bộ diện Ban Thường vụ Tỉnh ủy quản lý, trong đó có 17 đồng chí được luân chuyển từ tỉnh về cơ sở."),
           ("h", "2. Một số giải pháp"),
           ("p", "Một là, đổi mới đánh giá cán bộ theo kết quả, sản phẩm cụ thể, lấy sự hài lòng của người dân làm thước đo. Hai là, gắn quy hoạch với đào tạo, bồi dưỡng theo chức danh, chú trọng kỹ năng lãnh đạo, quản lý và chuyển đổi số."),
           ("p", "Ba là, hoàn thiện cơ chế bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung; kiên quyết thay thế cán bộ yếu về năng lực, né tránh, đùn đẩy trách nhiệm.")])
PRINT11 = "Bài viết được đăng trong Thông tin Khoa học số 02/2025 của Trường Chính trị tỉnh Tiền Giang."


def page11():
    pub = T("2025-05-05 06:00")
    upd = T("2025-05-04 21:40")

    def main(rng, rl, rd):
        body = A11.render(p=jp, h=lambda t: f"<h3>{esc(t)}</h3>")
        recent = "".join(f'<li><a href="/blog/{slug(t)}/">{esc(t)}</a><br /><small>{dmy(d)}</small></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="blog-post-detail"><h1 class="blog-title">{esc(A11.title)}</h1>'
                f'<h6 class="post-meta">Đăng: {dmy(pub)} {hm(pub)} · Cập nhật: {dmy(upd)} {hm(upd)} · trong <a href="/blog/category/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></h6>'
                f'<div class="blog-content">{body}'
                f'<p style="text-align:right"><strong>ThS. Nguyễn Thị Kim Loan - Khoa Xây dựng Đảng</strong></p>'
                f'<p class="print-issue" style="text-align:left;color:#666"><em>{esc(PRINT11)}</em></p></div>'
                f'<div class="keywords"><h4>Từ khóa</h4><ul class="list-inline"><li><a href="/blog/tag/cong-tac-can-bo/">công tác cán bộ</a></li><li><a href="/blog/tag/nghi-quyet-26/">Nghị quyết 26</a></li></ul></div>'
                f'<div class="blog-recent"><h3>Bài viết gần đây</h3><ul>{recent}</ul></div>'
                f'<div class="comments"><h3>Bình luận</h3><p>Chưa có bình luận.</p></div></div>')

    crumbs = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/blog/">Bài viết</a></li>'
              '<li><a href="/blog/category/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a></li></ul>')
    url = "https://truongchinhtri.tiengiang.gov.vn/blog/van-dung-quan-diem-cua-dang-ve-xay-dung-doi-ngu-can-bo-cap-chien-luoc/"
    head = (og(A11.title, url, {"og:site_name": "Trường Chính trị tỉnh Tiền Giang"})
            + '<link rel="stylesheet" href="/static/mezzanine/css/bootstrap.css" /><meta name="csrfmiddlewaretoken" content="' + "Xk2" * 20 + '" />')
    return page("s24-11", family="political_school_django_mezzanine_update_earlier_than_scheduled_publication",
                name="tiengiang-truongchinhtri-django-mezzanine-blog-crumb-nghien-cuu-trao-doi-h1-h6-meta-dang-06-00-cap-nhat-previous-evening-scheduled-post-no-lead-numbered-h3-no-pictures-ths-name-dash-khoa-print-issue-note-keywords",
                url=url, art=A11, main_fn=main, pub=pub, prefix="mz", kb=105,
                org="Trường Chính trị tỉnh Tiền Giang", addr="Số 1 đường Lý Thường Kiệt, phường 5, TP Mỹ Tho, tỉnh Tiền Giang", phone="0273.3872.214",
                crumbs=crumbs, top=head_top("mz", "/static/media/banner-tct.jpg", "Trường Chính trị tỉnh Tiền Giang", days=0, hours=5),
                side=lambda rng, pub: side_std(rng, pub, "Thông báo", cls="mz-tb") + schedule(rng, pub, "Lịch giảng dạy tuần", "mz-lich"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A11.title + " | Trường Chính trị tỉnh Tiền Giang"},
                exp=expected(A11, iso(pub), updated=iso(upd), author="ThS. Nguyễn Thị Kim Loan", unit="Khoa Xây dựng Đảng", category="Nghiên cứu - Trao đổi", captions=[]),
                traps={"print_note": [PRINT11], "chrome": ["Từ khóa", "Bài viết gần đây", "Chưa có bình luận.", "Lịch giảng dạy tuần"], "related": lambda rl: rl[:4]},
                update_before_pub=True,
                notes="Django + Mezzanine blog of a Trường Chính trị (csrfmiddlewaretoken). The post was SCHEDULED: the meta prints 'Đăng: 05/05/2025 06:00 · Cập nhật: 04/05/2025 21:40' — the last save (the evening before) is EARLIER than the publication time, as Mezzanine (and WordPress) print for a post saved before its scheduled publish date. Both are labelled and printed → published 2025-05-05T06:00, updated 2025-05-04T21:40 as printed (set-24 convention: an update stamp is recorded as printed even when it precedes the publication; build switch update_before_pub). A reader could set updated null as meaningless; swapping the two would be wrong. 'trong Nghiên cứu - Trao đổi' = category (= crumb). No lead, numbered h3 sub-heads are body, no pictures. 'ThS. Nguyễn Thị Kim Loan - Khoa Xây dựng Đảng' → degree kept, unit the faculty. After the byline an italic print-issue note 'Bài viết được đăng trong Thông tin Khoa học số 02/2025 …' → not body. Nghị quyết 26 of 19/5/2018 is a decoy.",
                readme="Django + Mezzanine Trường Chính trị: a SCHEDULED post whose 'Cập nhật: 04/05/2025 21:40' is EARLIER than 'Đăng: 05/05/2025 06:00' (both recorded as printed; switch update_before_pub), no lead, numbered h3 heads, 'ThS. Name - Khoa …', print-issue note 'Bài viết được đăng trong Thông tin Khoa học số …' (not body), keywords + recent posts")


# ===================================================================== 12 Báo Bắc Giang: in-house ASP.NET Core press CMS; lightGallery with visible sub-captions; 'đăng trên Báo … in số …'; ad slot
A12 = Art("Lục Ngạn: Đảng viên trẻ dẫn đầu chuyển đổi số trong tiêu thụ vải thiều",
          "(BBG) - Mùa vải thiều năm 2025, nhiều đảng viên trẻ ở huyện Lục Ngạn đã trở thành “người dẫn đường” cho bà con trong bán hàng trực tuyến, truy xuất nguồn gốc và kết nối với các sàn thương mại điện tử.",
          [("p", "Anh Hoàng Văn Tú, đảng viên Chi bộ thôn Bãi Chợ, xã Nam Dương lập tổ công nghệ số cộng đồng gồm 9 thành viên, hướng dẫn hơn 200 hộ trồng vải đăng ký mã vùng trồng, in tem truy xuất nguồn gốc và livestream bán hàng."),
           ("p", "Chỉ trong 3 tuần đầu vụ, tổ đã hỗ trợ tiêu thụ gần 180 tấn vải qua các kênh trực tuyến, giá bán cao hơn bán tại vườn từ 3.000 - 5.000 đồng/kg."),
           ("gallery",),
           ("p", "Huyện ủy Lục Ngạn xác định chuyển đổi số trong tiêu thụ nông sản là nhiệm vụ trọng tâm của các chi bộ thôn; 100% chi bộ có ít nhất 1 đảng viên phụ trách hướng dẫn kỹ năng số cho người dân."),
           ("p", "Dự kiến năm 2025, sản lượng vải thiều toàn huyện đạt khoảng 90.000 tấn, trong đó lượng tiêu thụ qua thương mại điện tử chiếm khoảng 15%.")])
GAL12 = ["Đảng viên Hoàng Văn Tú livestream bán vải thiều tại vườn",
         "Dán tem truy xuất nguồn gốc cho vải thiều xuất khẩu",
         "Thương lái thu mua vải tại điểm cân xã Nam Dương"]
PRINT12 = "Bài viết được đăng trên Báo Bắc Giang in số 4.312 ra ngày 16/5/2025."


def page12():
    pub = T("2025-05-15 19:42")

    def stamp(d):
        return f"{dmy(d)} | {hm(d)}"

    def main(rng, rl, rd):
        gal = ('<div class="lightgallery-wrap" id="lightgallery-12">'
               + "".join(f'<a class="lg-item" href="/Uploads/2025/05/vai-thieu-{i + 1}.jpg" data-sub-html="&lt;h4&gt;{esc(c, True)}&lt;/h4&gt;">'
                         f'<img src="/Uploads/2025/05/vai-thieu-{i + 1}-thumb.jpg" alt="" /><div class="lg-sub">{esc(c)}</div></a>' for i, c in enumerate(GAL12))
               + '<div class="lg-count">3 ảnh · Nhấn để xem toàn màn hình</div></div>')
        ad = (f'<div class="ads-inread" data-zone="inread-{rng.randint(100, 999)}"><span class="ads-label">QUẢNG CÁO</span>'
              f'<a href="#" rel="sponsored"><img src="/Uploads/ads/{hexid(rng, 10)}.jpg" alt="Vải thiều Lục Ngạn - Chỉ dẫn địa lý" /></a></div>')
        out = []
        for i, b in enumerate(A12.blocks):
            out.append(gal if b[0] == "gallery" else f"<p>{esc(b[1])}</p>")
            if i == 1:
                out.append(ad)
        relp = "".join(f'<li><a href="/{slug(t)}-{rng.randint(400000, 499999)}.bbg">{esc(t)}</a> <span class="time">{stamp(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="article-detail"><div class="article-cate"><a href="/chinh-tri/xay-dung-dang">Xây dựng Đảng</a></div>'
                f'<h1 class="article-title">{esc(A12.title)}</h1>'
                f'<div class="article-info"><span class="article-author">Hà Linh - Ngọc Thành</span> <span class="article-time">{stamp(pub)}</span></div>'
                f'<div class="article-sapo"><strong>{esc(A12.lead)}</strong></div><div class="article-body">{"".join(out)}</div>'
                f'<p class="article-print-note"><em>{esc(PRINT12)}</em></p>'
                f'<div class="article-tools">Lưu bài · In bài · Chia sẻ: Facebook | Zalo | Sao chép liên kết</div>'
                f'<div class="article-related"><h3>Tin cùng chuyên mục</h3><ul>{relp}</ul></div></div>')

    crumbs = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/chinh-tri/xay-dung-dang">Xây dựng Đảng</a></li></ol>')
    url = "https://baobacgiang.vn/luc-ngan-dang-vien-tre-dan-dau-chuyen-doi-so-trong-tieu-thu-vai-thieu-448211.bbg"
    head = (og(A12.title, url, {"og:site_name": "Báo Bắc Giang", "article:section": "Chính trị", "article:published_time": iso(pub)})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A12.title, "datePublished": iso(pub),
                      "author": [{"@type": "Person", "name": "Hà Linh"}, {"@type": "Person", "name": "Ngọc Thành"}]})
            + '<link rel="stylesheet" href="/lib/lightgallery/css/lightgallery-bundle.min.css" />')
    return page("s24-12", family="baotinh_aspnetcore_lightgallery_visible_subcaptions_print_issue_note_inread_ad",
                name="bacgiang-bao-aspnetcore-press-cms-crumb-xay-dung-dang-h1-two-names-dash-dd-mm-yyyy-pipe-hh-mm-bold-sapo-bbg-dateline-inread-ad-quang-cao-lightgallery-three-sub-captions-plus-data-sub-html-print-issue-note-tools-as-text",
                url=url, art=A12, main_fn=main, pub=pub, prefix="bg", kb=230,
                org="Báo Bắc Giang", addr="Số 1 đường Lê Lợi, TP Bắc Giang, tỉnh Bắc Giang", phone="0204.3855.248",
                crumbs=crumbs, top=head_top("bg", "/images/logo-baobacgiang.svg", "Báo Bắc Giang", days=0, hours=3, tick="Tin nóng"),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=stamp, cls="bg-most")
                + '<div class="bg-price"><h4>Giá vải thiều hôm nay</h4><p>Vải sớm Phúc Hòa: 28.000 - 32.000 đ/kg · Cập nhật 06:30 ngày 16/05/2025</p></div>',
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A12.title + " - Báo Bắc Giang"},
                exp=expected(A12, iso(pub), author="Hà Linh, Ngọc Thành", category="Xây dựng Đảng", captions=GAL12),
                traps={"ad": ["QUẢNG CÁO"], "print_note": [PRINT12], "gallery": ["3 ảnh · Nhấn để xem toàn màn hình"],
                       "chrome": ["Lưu bài · In bài · Chia sẻ: Facebook | Zalo | Sao chép liên kết", "Tin cùng chuyên mục", "Giá vải thiều hôm nay"], "related": lambda rl: rl[:4]},
                notes="In-house ASP.NET Core press CMS of a Báo tỉnh (.bbg URLs). Meta 'Hà Linh - Ngọc Thành' + '15/05/2025 | 19:42' → two authors, published 2025-05-15T19:42 (og, JSON-LD agree). Bold sapo with the '(BBG) - ' dateline kept as printed = lead. After paragraph 2 an in-read AD slot labelled 'QUẢNG CÁO' → not body. A lightGallery of three thumbnails: each prints its caption in a visible div.lg-sub under the thumbnail (and again, escaped, in data-sub-html for the lightbox) → three captions, once each; the counter '3 ảnh · Nhấn để xem toàn màn hình' is chrome. After the text the italic note 'Bài viết được đăng trên Báo Bắc Giang in số 4.312 ra ngày 16/5/2025.' — the print edition of the next day → not body, and not the publication date of this web item. Tools written as text. Category 'Xây dựng Đảng' (label = crumb last level; og section 'Chính trị' is its parent). Price box 'Cập nhật 06:30 ngày 16/05/2025' is a decoy.",
                readme="ASP.NET Core press CMS Báo tỉnh: 'A - B' + 'dd/mm/yyyy | HH:MM', '(BBG) - ' sapo, an in-read AD slot 'QUẢNG CÁO' inside the text, a lightGallery with visible sub-captions (and data-sub-html copies) → captions once each, print-issue note 'Bài viết được đăng trên Báo Bắc Giang in số … ra ngày 16/5/2025' (not body, not the date), tools as text")


# ===================================================================== 13 Đài PT-TH Hậu Giang: Slim + JW Player 8; 'Phóng viên: A - Quay phim: B'; 'Sửa lần cuối' under the description
A13 = Art("Hậu Giang: Nông dân Long Mỹ thu hoạch lúa hè thu sớm, tránh mưa bão",
          None,
          [("p", "Những ngày này, nông dân huyện Long Mỹ tranh thủ thời tiết thuận lợi thu hoạch lúa hè thu sớm. Toàn huyện xuống giống gần 9.800 ha, đến nay đã thu hoạch khoảng 35% diện tích, năng suất bình quân đạt 6,2 tấn/ha."),
           ("p", "Nhờ áp dụng quy trình “1 phải 5 giảm” và cơ giới hóa khâu thu hoạch, chi phí sản xuất giảm 1,5 - 2 triệu đồng/ha so với vụ trước. Giá lúa tươi tại ruộng dao động 6.200 - 6.600 đồng/kg, nông dân có lãi khá."),
           ("p", "Ngành nông nghiệp huyện khuyến cáo bà con theo dõi dự báo thời tiết, thu hoạch dứt điểm các trà lúa chín trước cao điểm mưa bão, đồng thời chuẩn bị đất cho vụ thu đông.")])
PLAYER13 = "Nông dân Long Mỹ thu hoạch lúa hè thu sớm"
NEXT13 = "Tiếp theo: Vị Thanh ra quân làm sạch kênh rạch đô thị"


def page13():
    pub = T("2025-05-20 19:25")
    upd = T("2025-05-20 21:02")

    def stamp(d):
        return f"{wd(d)}, {d.day}/{d.month}/{d.year} - {hm(d)}"

    def main(rng, rl, rd):
        player = (f'<div class="video-player"><div id="jwp-{hexid(rng, 8)}" class="jwplayer jw-reset jw-state-idle jw-stretch-uniform jw-flag-aspect-mode" tabindex="0" aria-label="Trình phát video">'
                  f'<div class="jw-title jw-reset-text" dir="auto"><div class="jw-title-primary jw-reset-text">{esc(PLAYER13)}</div>'
                  f'<div class="jw-title-secondary jw-reset-text">Thời sự HGTV · 02:48</div></div>'
                  f'<div class="jw-controlbar"><span class="jw-text-elapsed">00:00</span> <span class="jw-text-duration">02:48</span></div>'
                  f'<div class="jw-nextup-container"><div class="jw-nextup-header">{esc(NEXT13)}</div></div></div>'
                  f'<script>jwplayer("jwp").setup({dump({"file": "https://media.haugiangtv.vn/hls/2025/05/lua-he-thu-long-my/playlist.m3u8", "image": "/uploads/poster/lua-long-my.jpg", "title": PLAYER13})});</script></div>')
        body = A13.render(p=lambda t: f"<p>{esc(t)}</p>")
        vids = "".join(f'<li><a href="/video/{slug(t)}-{rng.randint(10000, 99999)}.html">{esc(t)}</a> <span class="d">{stamp(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="video-detail">{player}<h1 class="video-title">{esc(A13.title)}</h1>'
                f'<div class="video-meta"><span class="cat"><a href="/thoi-su/thoi-su-hau-giang">Thời sự Hậu Giang</a></span> · <span class="date">{stamp(pub)}</span></div>'
                f'<div class="video-desc">{body}<p class="credit" style="text-align:right"><b>Phóng viên: Kim Ngân - Quay phim: Quốc Duy</b></p>'
                f'<p class="last-edit"><small>Sửa lần cuối: {dmy(upd)} {hm(upd)}</small></p></div>'
                f'<div class="video-others"><h3>Video cùng chuyên mục</h3><ul>{vids}</ul></div></div>')

    crumbs = crumb([("Trang chủ", "/"), ("Thời sự", "/thoi-su"), ("Thời sự Hậu Giang", "/thoi-su/thoi-su-hau-giang")], cls="breadcrumb hg-bc")
    url = "https://haugiangtv.vn/video/hau-giang-nong-dan-long-my-thu-hoach-lua-he-thu-som-tranh-mua-bao-58214.html"
    head = (og(A13.title, url, {"og:type": "video.other", "og:site_name": "Đài Phát thanh và Truyền hình Hậu Giang"})
            + jsonld({"@context": "https://schema.org", "@type": "VideoObject", "name": PLAYER13, "uploadDate": iso(pub), "duration": "PT2M48S", "thumbnailUrl": "https://haugiangtv.vn/uploads/poster/lua-long-my.jpg"})
            + '<script src="https://cdn.jwplayer.com/libraries/hgtv8.js"></script>')
    return page("s24-13", family="broadcaster_slim_jwplayer8_title_bar_nextup_phong_vien_quay_phim_sua_lan_cuoi",
                name="haugiang-ptth-slim-php-jwplayer8-title-primary-secondary-nextup-above-h1-meta-category-dot-thu-ba-d-m-yyyy-dash-hh-mm-no-lead-description-phong-vien-dash-quay-phim-sua-lan-cuoi-small-under-description-video-cung-chuyen-muc",
                url=url, art=A13, main_fn=main, pub=pub, prefix="hg", kb=125,
                org="Đài Phát thanh và Truyền hình Hậu Giang", addr="Số 10 đường Võ Văn Kiệt, phường V, TP Vị Thanh, tỉnh Hậu Giang", phone="0293.3870.868",
                crumbs=crumbs, top=head_top("hg", "/assets/img/logo-hgtv.png", "HGTV", days=0, hours=4, tick="Đang phát sóng"),
                side=lambda rng, pub: side_std(rng, pub, "Xem nhiều", fmt=stamp, cls="hg-most") + schedule(rng, pub, "Lịch phát sóng HGTV", "hg-lps"),
                shell_kw={"layout": "div", "head_extra": head, "title": A13.title + " - HGTV"},
                exp=expected(A13, iso(pub), updated=iso(upd), author="Kim Ngân", category="Thời sự Hậu Giang", captions=[]),
                traps={"player": [PLAYER13, "Thời sự HGTV · 02:48", NEXT13], "bylines": ["Phóng viên: Kim Ngân - Quay phim: Quốc Duy"],
                       "chrome": ["Video cùng chuyên mục", "Lịch phát sóng HGTV"], "related": lambda rl: rl[:4]},
                notes="Slim PHP site of an Đài PT-TH with JW Player 8. The player ABOVE the h1 prints its own title bar ('Nông dân Long Mỹ thu hoạch lúa hè thu sớm', 'Thời sự HGTV · 02:48'), the control-bar times '00:00' / '02:48' and a next-up header 'Tiếp theo: …' → chrome of the player, not title, not body, not caption (the title is the h1). Meta 'Thời sự Hậu Giang · Thứ Ba, 20/5/2025 - 19:25' (unpadded day/month) → category, published 2025-05-20T19:25. No lead; the three description paragraphs are the body. Credit 'Phóng viên: Kim Ngân - Quay phim: Quốc Duy' → author 'Kim Ngân' (the label dropped); the cameraman is not an author and not a photographer (as set 12's KTV). Under the description a small 'Sửa lần cuối: 20/05/2025 21:02' → updated 2025-05-20T21:02. No caption (poster only).",
                readme="Slim + JW Player 8 Đài PT-TH: the player's title bar, duration and 'Tiếp theo:' next-up header ABOVE the h1 (chrome), 'Thứ Ba, d/m/yyyy - HH:MM', no lead, 'Phóng viên: A - Quay phim: B' (cameraman neither author nor photographer), small 'Sửa lần cuối:' under the description, 'Video cùng chuyên mục'")


# ===================================================================== 14 Huyện ủy Cần Giuộc (Long An): Joomla 4 + EasyBlog; an embedded TV clip with its own 'Thực hiện:' credits (TWIST)
A14 = Art("Cần Giuộc: Đối thoại giữa Bí thư Huyện ủy với đoàn viên, thanh niên về khởi nghiệp",
          "Sáng 20/5, Ban Thường vụ Huyện ủy Cần Giuộc phối hợp với Huyện đoàn tổ chức chương trình đối thoại giữa đồng chí Bí thư Huyện ủy với hơn 200 đoàn viên, thanh niên về chủ đề “Thanh niên Cần Giuộc khởi nghiệp, lập nghiệp trên quê hương”.",
          [("p", "Tại buổi đối thoại, nhiều ý kiến của đoàn viên, thanh niên tập trung vào các vấn đề: tiếp cận nguồn vốn vay ưu đãi, mặt bằng sản xuất cho các dự án khởi nghiệp, đào tạo nghề gắn với nhu cầu của các doanh nghiệp trong khu công nghiệp."),
           ("img", "/images/easyblog_articles/482/doi-thoai-thanh-nien.jpg", "Đồng chí Bí thư Huyện ủy trả lời ý kiến của đoàn viên, thanh niên"),
           ("p", "Anh Lê Minh Trí, chủ cơ sở sản xuất nấm bào ngư ở xã Phước Lâm, đề nghị huyện hỗ trợ kết nối tiêu thụ sản phẩm OCOP cho các hộ khởi nghiệp. Chị Nguyễn Thị Thanh Thảo, xã Long Hậu, kiến nghị mở thêm lớp đào tạo kỹ năng bán hàng trực tuyến."),
           ("video",),
           ("p", "Đồng chí Bí thư Huyện ủy ghi nhận các ý kiến và giao Huyện đoàn phối hợp với Phòng Giáo dục nghề nghiệp, Ngân hàng Chính sách xã hội huyện xây dựng chương trình hỗ trợ thanh niên khởi nghiệp giai đoạn 2025 - 2027, trong đó ưu tiên vốn vay cho các mô hình ứng dụng công nghệ."),
           ("p", "Dịp này, Huyện ủy trao 5 suất hỗ trợ vốn, mỗi suất 20 triệu đồng cho các dự án khởi nghiệp tiêu biểu của đoàn viên, thanh niên.")])
CLIP14 = "Thời sự Long An: Thanh niên Cần Giuộc khởi nghiệp từ nông nghiệp sạch"
CREDIT14 = "Thực hiện: Hoàng Yến - Minh Đức"
BYLINE14 = "Huỳnh Thị Kim Hoa - Ban Xây dựng Đảng Huyện ủy"


def page14():
    pub = T("2025-05-21 07:55")

    def stamp(d):
        return f"{dmy(d)} {hm(d)}"

    def main(rng, rl, rd):
        clip = (f'<div class="eb-block eb-block-video"><div class="ebd-block-embed"><div class="eb-video-wrap" style="position:relative;padding-bottom:56.25%">'
                f'<iframe src="https://www.youtube.com/embed/{alnum(rng, 11)}" title="{esc(CLIP14, True)}" allowfullscreen style="position:absolute;width:100%;height:100%"></iframe></div>'
                f'<div class="eb-video-info"><div class="eb-video-title">{esc(CLIP14)}</div><div class="eb-video-credit">{esc(CREDIT14)}</div>'
                f'<div class="eb-video-source">Nguồn: Đài PT-TH Long An · 03:56</div></div></div></div>')

        def img(s, c, n):
            return (f'<div class="eb-block eb-block-image"><div class="eb-image style-clear"><figure class="eb-image-figure"><a class="eb-image-viewport" href="{s}"><img src="{s}" alt="" /></a></figure>'
                    f'<div class="eb-image-caption"><span>{esc(c)}</span></div></div></div>')
        out = []
        for b in A14.blocks:
            if b[0] == "p":
                out.append(f'<div class="eb-block eb-block-text"><p>{esc(b[1])}</p></div>')
            elif b[0] == "img":
                out.append(img(b[1], b[2], 1))
            else:
                out.append(clip)
        relp = "".join(f'<div class="eb-related-item"><a href="/blog/{slug(t)}">{esc(t)}</a><time>{stamp(d)}</time></div>' for t, d in zip(rl[:3], rd))
        return (f'<div id="eb" class="eb-component eb-single-post"><div class="eb-entry"><div class="eb-entry-head"><h1 itemprop="name headline" class="eb-entry-title reset-heading">{esc(A14.title)}</h1>'
                f'<div class="eb-entry-meta text-muted"><div class="eb-meta-date"><i class="fa fa-clock-o"></i> <time class="eb-meta-date">{stamp(pub)}</time></div>'
                f'<div class="eb-meta-category">Đăng trong <a href="/blog/categories/tin-hoat-dong">Tin hoạt động</a></div>'
                f'<div class="eb-meta-author"><a href="/blog/blogger/huyenuycangiuoc">huyenuycangiuoc</a></div></div></div>'
                f'<div class="eb-entry-article"><div class="eb-entry-intro"><p><strong>{esc(A14.lead)}</strong></p></div>{"".join(out)}'
                f'<div class="eb-block eb-block-text"><p style="text-align:right"><em>{esc(BYLINE14)}</em></p></div></div>'
                f'<div class="eb-entry-tags">Thẻ: <a href="/blog/tags/khoi-nghiep">khởi nghiệp</a> <a href="/blog/tags/doi-thoai">đối thoại</a></div>'
                f'<div class="eb-entry-related"><h4 class="eb-section-heading">Bài viết liên quan</h4>{relp}</div></div></div>')

    crumbs = ('<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2">'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/blog" class="pathway"><span>Tin tức</span></a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/blog/categories/tin-hoat-dong" class="pathway"><span>Tin hoạt động</span></a></li></ol></nav>')
    url = "https://cangiuoc.longan.dcs.vn/blog/can-giuoc-doi-thoai-giua-bi-thu-huyen-uy-voi-doan-vien-thanh-nien-ve-khoi-nghiep"
    head = (og(A14.title, url, {"og:site_name": "Đảng bộ huyện Cần Giuộc"}) + '<link rel="stylesheet" href="/components/com_easyblog/themes/wireframe/styles/style.min.css" />'
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A14.title, "datePublished": iso(pub), "author": {"@type": "Person", "name": "huyenuycangiuoc"}}))
    return page("s24-14", family="district_party_joomla4_easyblog_embedded_tv_clip_thuc_hien_credits",
                name="longan-cangiuoc-huyenuy-joomla4-easyblog-crumb-tin-hoat-dong-h1-clock-dd-mm-yyyy-hh-mm-dang-trong-blogger-account-bold-intro-lead-eb-image-caption-embedded-tv-clip-title-thuc-hien-two-names-source-italic-name-dash-unit",
                url=url, art=A14, main_fn=main, pub=pub, prefix="eb", kb=135,
                org="Đảng bộ huyện Cần Giuộc", addr="Khu phố 1A, thị trấn Cần Giuộc, huyện Cần Giuộc, tỉnh Long An", phone="0272.3874.212",
                crumbs=crumbs, top=head_top("eb", "/images/banner-cangiuoc.jpg", "Đảng bộ huyện Cần Giuộc", days=1, hours=0),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=stamp, cls="eb-new"),
                shell_kw={"layout": "joomla", "head_extra": head, "title": A14.title + " - Đảng bộ huyện Cần Giuộc"},
                exp=expected(A14, iso(pub), author="Huỳnh Thị Kim Hoa", unit="Ban Xây dựng Đảng Huyện ủy", category="Tin hoạt động"),
                traps={"clip": [CLIP14, CREDIT14, "Nguồn: Đài PT-TH Long An · 03:56"], "accounts": ["huyenuycangiuoc"], "bylines": [BYLINE14],
                       "chrome": ["Thẻ:", "Bài viết liên quan"], "related": lambda rl: rl[:3]},
                notes="TWIST: Joomla 4 + EasyBlog (StackIdeas) of a Huyện ủy. Between paragraphs 3 and 4 an EasyBlog video block embeds a TV news clip of the provincial station and prints, under the iframe, the clip's title 'Thời sự Long An: Thanh niên Cần Giuộc khởi nghiệp từ nông nghiệp sạch', its credits 'Thực hiện: Hoàng Yến - Minh Đức' and 'Nguồn: Đài PT-TH Long An · 03:56'. 'Thực hiện:' is a byline label on many sites and sits inside the content block, but it credits the TV reporters of the CLIP; the article is signed at the end, italic right 'Huỳnh Thị Kim Hoa - Ban Xây dựng Đảng Huyện ủy' → author 'Huỳnh Thị Kim Hoa', unit 'Ban Xây dựng Đảng Huyện ủy'. Recording 'Hoàng Yến, Minh Đức' (or adding them) is the silent corruption; the clip's lines are not body. EasyBlog meta: clock '21/05/2025 07:55' → 2025-05-21T07:55; 'Đăng trong Tin hoạt động' = category (= crumb); the blogger link 'huyenuycangiuoc' is an account. Bold intro = lead. eb-image-caption under the photo. The dialogue day (20/5) is a decoy.",
                readme="TWIST an embedded TV CLIP inside the text prints its title and 'Thực hiện: Hoàng Yến - Minh Đức' + 'Nguồn: Đài PT-TH Long An' → the clip's credits, not the authors (the article is signed 'Huỳnh Thị Kim Hoa - Ban Xây dựng Đảng Huyện ủy'); Joomla 4 + EasyBlog Huyện ủy, 'Đăng trong <category>', blogger account, bold intro lead, eb-image-caption")


# ===================================================================== 15 Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu: Drupal 10 + Varbase; dotted stamps in <time datetime=UTC>; pull quote; Facebook post embed; copyright line
A15 = Art("Bà Rịa - Vũng Tàu đẩy nhanh tiến độ giải phóng mặt bằng cao tốc Biên Hòa - Vũng Tàu",
          "Chiều 2/6, Ban Chỉ đạo các công trình, dự án trọng điểm của tỉnh họp đánh giá tiến độ giải phóng mặt bằng dự án đường cao tốc Biên Hòa - Vũng Tàu đoạn qua địa bàn tỉnh.",
          [("p", "Theo báo cáo, dự án có tổng chiều dài qua tỉnh khoảng 18,2 km, ảnh hưởng đến 1.317 hộ dân và tổ chức. Đến nay, các địa phương đã bàn giao 98,6% diện tích mặt bằng; còn 19 hộ tại thị xã Phú Mỹ chưa nhận tiền bồi thường do vướng mắc về nguồn gốc đất."),
           ("img", "/sites/default/files/2025-06/hop-bcd-cao-toc.jpg", "Quang cảnh cuộc họp Ban Chỉ đạo", "Ảnh: Đức Huy"),
           ("p", "Lãnh đạo UBND tỉnh yêu cầu thị xã Phú Mỹ phối hợp với các sở, ngành rà soát từng trường hợp, vận dụng tối đa chính sách hỗ trợ để người dân sớm bàn giao mặt bằng, hoàn thành trước ngày 30/6/2025."),
           ("p", "“Mỗi ngày chậm bàn giao mặt bằng là một ngày dự án phải chờ đợi, chi phí xã hội tăng thêm”, Phó Chủ tịch UBND tỉnh nhấn mạnh."),
           ("p", "Cùng ngày, đoàn công tác đã kiểm tra thực địa tại các khu tái định cư Phước Hòa và Tân Hải; yêu cầu chủ đầu tư hoàn thiện hạ tầng điện, nước trước khi bố trí cho các hộ dân.")])
PULL15 = "Mỗi ngày chậm bàn giao mặt bằng là một ngày dự án phải chờ đợi, chi phí xã hội tăng thêm"
FB15 = "Sáng nay, các hộ dân khu tái định cư Phước Hòa nhận bàn giao nền đất. #BRVT #caotoc"
COPY15 = "Bản quyền thuộc Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu. Ghi rõ nguồn khi sử dụng thông tin."


def page15():
    pub = T("2025-06-02 20:30")
    upd = T("2025-06-03 09:05")

    def dot(d):
        return f"{d.strftime('%d.%m.%Y')} {hm(d)}"

    def main(rng, rl, rd):
        def img(s, c, n):
            credit = A15.blocks[1][3]
            return (f'<div class="media media--type-image media--view-mode-default"><figure role="group" class="caption caption-drupal-media align-center">'
                    f'<img loading="lazy" src="{s}" alt="{esc(c, True)}" width="1000" height="667" />'
                    f'<figcaption>{esc(c)} <span class="media-credit">{esc(credit)}</span></figcaption></figure></div>')
        body = A15.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")
        parts = body.split("</p>")
        pq = f'<blockquote class="pull-quote align-right"><p>{esc(PULL15)}</p></blockquote>'
        fb = (f'<div class="fb-post" data-href="https://www.facebook.com/congttdtbrvt/posts/{rng.randint(10**15, 10**16)}" data-width="500">'
              f'<blockquote cite="https://www.facebook.com/congttdtbrvt/posts/" class="fb-xfbml-parse-ignore"><p>{esc(FB15)}</p>'
              f'Đăng bởi <a href="https://www.facebook.com/congttdtbrvt">Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu</a> vào <a href="#">Thứ Hai, 2 tháng 6, 2025</a></blockquote></div>')
        body = "</p>".join(parts[:2]) + "</p>" + pq + "</p>".join(parts[2:4]) + "</p>" + fb + "</p>".join(parts[4:])
        relp = "".join(f'<div class="views-row"><a href="/node/{rng.randint(80000, 89999)}">{esc(t)}</a> <time>{dot(d)}</time></div>' for t, d in zip(rl[:4], rd))
        return (f'<article class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">{esc(A15.title)}</span></h1>'
                f'<div class="node__meta"><span class="published">Đăng lúc <time datetime="{utcz(pub)}">{dot(pub)}</time></span> · '
                f'<span class="changed">Cập nhật <time datetime="{utcz(upd)}">{dot(upd)}</time></span></div>'
                f'<div class="field field--name-field-summary"><p><strong>{esc(A15.lead)}</strong></p></div>'
                f'<div class="clearfix text-formatted field field--name-body">{body}</div>'
                f'<div class="field field--name-field-author" style="text-align:right"><strong>Quỳnh Như - Trung tâm Thông tin - Công báo</strong></div>'
                f'<div class="field field--name-field-tags"><div class="field__label">Chủ đề</div><a href="/taxonomy/term/211">cao tốc Biên Hòa - Vũng Tàu</a></div>'
                f'<div class="social-share">Chia sẻ: Facebook · Zalo · In trang</div>'
                f'<p class="copyright-line"><small>{esc(COPY15)}</small></p>'
                f'<div class="view view-related-content"><h2 class="block-title">Nội dung liên quan</h2>{relp}</div></article>')

    crumbs = ('<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2><ol>'
              '<li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/kinh-te">Kinh tế</a></li><li><a href="/tin-tuc/kinh-te/giao-thong-ha-tang">Giao thông - Hạ tầng</a></li></ol></nav>')
    url = "https://baria-vungtau.gov.vn/tin-tuc/kinh-te/giao-thong-ha-tang/ba-ria-vung-tau-day-nhanh-tien-do-giai-phong-mat-bang-cao-toc-bien-hoa-vung-tau"
    head = (og(A15.title, url, {"og:site_name": "Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu", "article:published_time": iso(pub), "article:modified_time": iso(upd)})
            + '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><link rel="stylesheet" href="/profiles/contrib/varbase/themes/vartheme_bs5/css/theme.css" />'
            + '<script type="application/json" data-drupal-selector="drupal-settings-json">' + dump({"path": {"baseUrl": "/", "currentLanguage": "vi"}, "ajaxTrustedUrl": {}}) + '</script>')
    return page("s24-15", family="province_portal_drupal10_varbase_dotted_time_utc_pull_quote_fb_post_copyright",
                name="bariavungtau-congttdt-drupal10-varbase-system-breadcrumb-four-levels-dang-luc-dd-mm-yyyy-dotted-time-utc-agrees-cap-nhat-dotted-bold-summary-drupal-media-figcaption-credit-span-pull-quote-fb-post-embed-copyright",
                url=url, art=A15, main_fn=main, pub=pub, prefix="vb", kb=210,
                org="Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu", addr="Số 1 đường Phạm Văn Đồng, phường Phước Trung, TP Bà Rịa, tỉnh Bà Rịa - Vũng Tàu", phone="0254.3852.000",
                crumbs=crumbs, top=head_top("vb", "/themes/custom/brvt/logo.svg", "Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu", days=2, hours=0),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=dot, cls="vb-new") + vb_box(["Quyết định số 1021/QĐ-UBND về phê duyệt phương án bồi thường", "Thông báo thu hồi đất dự án cao tốc đợt 5"], cls="vb-vb"),
                shell_kw={"layout": "drupal", "head_extra": head, "title": A15.title + " | Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu"},
                exp=expected(A15, iso(pub), updated=iso(upd), author="Quỳnh Như", unit="Trung tâm Thông tin - Công báo", category="Giao thông - Hạ tầng",
                             captions=[f"{A15.blocks[1][2]} {A15.blocks[1][3]}"]),
                traps={"pull_quote_is_repeat": [], "embed": [FB15, "Đăng bởi"], "copyright": [COPY15], "chrome": ["Chủ đề", "Chia sẻ: Facebook · Zalo · In trang", "Nội dung liên quan"],
                       "related": lambda rl: rl[:4]},
                notes="Drupal 10 with the Varbase distribution (vartheme_bs5) of a Cổng TTĐT tỉnh. Meta 'Đăng lúc 02.06.2025 20:30 · Cập nhật 03.06.2025 09:05' (dotted dates), each in a <time> whose datetime is UTC: the publication's is '2025-06-02T13:30:00Z', the update's '2025-06-03T02:05:00Z' — the UPDATE's UTC date is the same day, the printed text is local → published 2025-06-02T20:30, updated 2025-06-03T09:05. Bold summary field = lead. Drupal media figure: figcaption 'Quang cảnh cuộc họp Ban Chỉ đạo' + span.media-credit 'Ảnh: Đức Huy' → one caption with the credit as printed; photographer null (credit inside the caption). A PULL QUOTE blockquote repeats the quoted sentence of the text (without the quotation marks) → not body (the sentence stays once, in its paragraph). A Facebook post embed (fb-xfbml-parse-ignore fallback: the post text, 'Đăng bởi Cổng Thông tin điện tử … vào Thứ Hai, 2 tháng 6, 2025') → not body. Author field 'Quỳnh Như - Trung tâm Thông tin - Công báo' → author + unit (the unit's own name contains ' - '). 'Chủ đề' tag, share text, COPYRIGHT line and 'Nội dung liên quan' are chrome. Four-level crumb → 'Giao thông - Hạ tầng'. 30/6/2025 is a deadline.",
                readme="Drupal 10 + Varbase Cổng TTĐT: dotted 'Đăng lúc dd.mm.yyyy HH:MM · Cập nhật dd.mm.yyyy HH:MM' in <time datetime=UTC>, bold summary, Drupal media figcaption with a credit span, a PULL QUOTE repeating a sentence and a FACEBOOK POST embed inside the text, 'Name - Trung tâm Thông tin - Công báo', 'Chủ đề' + share text + COPYRIGHT line + 'Nội dung liên quan', four-level crumb")


# ===================================================================== 16 Sở VHTTDL Trà Vinh: WordPress + Enfold; HTML4 dl.wp-caption captions; fact box; month-word date only; 'bởi <display name>'
A16 = Art("Trà Vinh chuẩn bị tổ chức Lễ hội Ok Om Bok năm 2025",
          None,
          [("p", "Sở Văn hóa, Thể thao và Du lịch vừa ban hành kế hoạch tổ chức Lễ hội Ok Om Bok - đua ghe Ngo tỉnh Trà Vinh năm 2025 với nhiều hoạt động văn hóa, thể thao, du lịch đặc sắc của đồng bào Khmer."),
           ("img", "/wp-content/uploads/2025/04/dua-ghe-ngo-ao-ba-om.jpg", "Đua ghe Ngo trên sông Long Bình, TP Trà Vinh"),
           ("p", "Điểm nhấn của lễ hội là giải đua ghe Ngo với sự tham gia dự kiến của 30 đội ghe nam, nữ đến từ các chùa Khmer trong tỉnh và các tỉnh bạn; hội thi thả đèn gió, đèn nước và chương trình nghệ thuật tại khu di tích Ao Bà Om."),
           ("img", "/wp-content/uploads/2025/04/tha-den-nuoc.jpg", "Thả đèn nước trong đêm hội"),
           ("p", "Sở đề nghị các huyện, thị xã, thành phố sớm thành lập đội ghe, bố trí lịch tập luyện; ngành du lịch xây dựng tour trải nghiệm kết nối các chùa Khmer, làng nghề và điểm du lịch sinh thái cồn Chim, cồn Hô."),
           ("p", "Lễ hội năm nay cũng là dịp quảng bá sản phẩm OCOP và ẩm thực đặc trưng của đồng bào Khmer như cốm dẹp, bánh tét Trà Cuôn, bún nước lèo.")])
FACT16 = ["Thông tin lễ hội", "Thời gian: từ ngày 3 đến 5/11/2025 (nhằm ngày 14 - 15/10 âm lịch)", "Địa điểm: Khu di tích Ao Bà Om, sông Long Bình", "Đơn vị tổ chức: UBND tỉnh Trà Vinh"]


def page16():
    pub = T("2025-04-24 00:00")

    def wpdate(d):
        months = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
        return f"{d.day} Tháng {months[d.month - 1]}, {d.year}"

    def main(rng, rl, rd):
        def img(s, c, n):
            return (f'<dl id="attachment_{4410 + n}" class="wp-caption aligncenter" style="width: 610px;"><dt class="wp-caption-dt"><img class="size-large wp-image-{4410 + n}" src="{s}" alt="" width="600" height="400" /></dt>'
                    f'<dd class="wp-caption-dd">{esc(c)}</dd></dl>')
        body = A16.render(p=lambda t: f"<p>{esc(t)}</p>", img=img)
        fact = ('<div class="avia_textblock av_textblock_section fact-box" style="background:#fff6e0;border:1px solid #e0b050;padding:10px 14px"><h3>' + esc(FACT16[0]) + '</h3>'
                + "".join(f"<p>{esc(x)}</p>" for x in FACT16[1:]) + '</div>')
        thumbs = ('<div class="avia-gallery avia-gallery-1 avia_lazyload deactivate_avia_lazyload"><div class="avia-gallery-thumb">'
                  + "".join(f'<a href="/wp-content/uploads/2025/04/okombok-{i}.jpg" data-rel="gallery-1" data-avia-tooltip="Lễ hội Ok Om Bok năm 2024 - ảnh {i}" class="first_thumb lightbox"><img src="/wp-content/uploads/2025/04/okombok-{i}-150x150.jpg" alt="" /></a>'
                            for i in range(1, 7)) + '</div></div>')
        relp = "".join(f'<div class="slide-entry"><h3 class="slide-entry-title"><a href="/{slug(t)}/">{esc(t)}</a></h3><span class="slide-meta-time">{wpdate(d)}</span></div>' for t, d in zip(rl[:4], rd))
        return (f'<article class="post type-post status-publish format-standard hentry"><div class="blog-meta"></div><div class="entry-content-wrapper clearfix standard-content">'
                f'<header class="entry-content-header"><h1 class="post-title entry-title">{esc(A16.title)}</h1>'
                f'<span class="post-meta-infos"><time class="date-container minor-meta updated">{wpdate(pub)}</time><span class="text-sep">/</span>'
                f'<span class="blog-categories minor-meta">trong <a href="/category/le-hoi-du-lich/" rel="tag">Lễ hội - Du lịch</a></span><span class="text-sep">/</span>'
                f'<span class="blog-author minor-meta">bởi <span class="entry-author-link"><span class="author"><span class="fn"><a href="/author/thachsophia/" rel="author">Thạch Sô Phia</a></span></span></span></span></span></header>'
                f'<div class="entry-content">{body}{fact}{thumbs}</div>'
                f'<footer class="entry-footer"><div class="av-social-sharing-box"><h5 class="av-share-link-description">Chia sẻ bài viết này</h5> Facebook · Twitter · Email · In</div></footer></div></article>'
                f'<div class="related_posts"><h5 class="related_title">Có thể bạn quan tâm</h5>{relp}</div>')

    url = "https://svhttdl.travinh.gov.vn/tra-vinh-chuan-bi-to-chuc-le-hoi-ok-om-bok-nam-2025/"
    head = (og(A16.title, url, {"og:site_name": "Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Vinh", "article:published_time": "2025-04-24T10:12:51+07:00"})
            + '<meta name="generator" content="WordPress 6.6.2" /><link rel="stylesheet" href="/wp-content/themes/enfold/css/layout.css" />')
    return page("s24-16", family="department_culture_wp_enfold_html4_dl_wp_caption_fact_box_month_word_date_only",
                name="travinh-svhttdl-wordpress-enfold-h1-month-word-date-only-24-thang-tu-2025-trong-category-boi-display-name-no-lead-html4-dl-dt-dd-wp-caption-fact-box-avia-gallery-tooltips-only-share-as-text-co-the-ban-quan-tam",
                url=url, art=A16, main_fn=main, pub=pub, prefix="en", kb=140,
                org="Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Vinh", addr="Số 16 đường Lê Thánh Tôn, phường 2, TP Trà Vinh, tỉnh Trà Vinh", phone="0294.3862.321",
                top=head_top("en", "/wp-content/uploads/logo-svhttdl.png", "Sở VHTTDL Trà Vinh", days=2, hours=9),
                side=lambda rng, pub: side_std(rng, pub, "Bài viết mới", fmt=wpdate, cls="en-new")
                + '<div class="widget en-events"><h3>Sự kiện sắp diễn ra</h3><p>Lễ hội Chôl Chnăm Thmây: 14 - 16/4/2026</p><p>Lễ hội Ok Om Bok: 3 - 5/11/2025</p></div>',
                shell_kw={"layout": "wp", "head_extra": head, "title": A16.title + " – Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Vinh"},
                exp=expected(A16, isod(pub), author="Thạch Sô Phia", category="Lễ hội - Du lịch"),
                traps={"fact_box": FACT16, "gallery": [], "chrome": ["Chia sẻ bài viết này", "Có thể bạn quan tâm", "Sự kiện sắp diễn ra"], "related": lambda rl: rl[:4]},
                notes="WordPress + Enfold (Kriesi) of a Sở VHTTDL. Meta '24 Tháng Tư, 2025 / trong Lễ hội - Du lịch / bởi Thạch Sô Phia' → date only 2025-04-24 (the WordPress vi month word 'Tháng Tư' = April; og published_time carries 10:12:51, not printed), category 'Lễ hội - Du lịch', author 'Thạch Sô Phia' (the WordPress display name is a person's Khmer name, linked rel=author, not an account handle). No lead. Captions in the old HTML4 caption shortcode markup dl.wp-caption > dt (img) + dd.wp-caption-dd → two captions. After the text, inside entry-content: a FACT BOX 'Thông tin lễ hội' (time, place, organiser) → not body (set-24 convention), and an Enfold gallery of six thumbnails whose labels exist only as data-avia-tooltip attributes (hover tooltips; nothing printed) → no caption recorded for them. Share box as text and 'Có thể bạn quan tâm' are chrome. The festival days 3-5/11/2025 (and the lunar 14-15/10) are future decoys.",
                readme="WordPress + Enfold Sở VHTTDL: month-word date only '24 Tháng Tư, 2025', 'trong <category>', 'bởi <display name>' (a person), no lead, HTML4 dl.wp-caption (dt img + dd caption), a FACT BOX and a tooltip-only thumbnail gallery after the text (not body, no captions), share box as text")


# ===================================================================== 17 Hội Nông dân tỉnh Sóc Trăng: Joomla 3 + ZOO; an in-body 'Đọc thêm' card printing the related article's SAPO as a plain paragraph (TWIST)
A17 = Art("Trần Đề: Nông dân liên kết nuôi tôm - lúa theo hướng hữu cơ",
          "Tại xã Viên Bình, huyện Trần Đề, tổ hợp tác nuôi tôm - lúa hữu cơ do Hội Nông dân xã vận động thành lập đã giúp 27 hộ thành viên nâng thu nhập, giảm rủi ro dịch bệnh.",
          [("p", "Tổ hợp tác có tổng diện tích 46 ha, luân canh một vụ tôm sú vào mùa khô và một vụ lúa thơm ST25 vào mùa mưa. Các hộ cam kết không sử dụng thuốc bảo vệ thực vật hóa học, dùng chế phẩm sinh học để xử lý nước ao."),
           ("img", "/media/zoo/images/tom-lua-vien-binh.jpg", "Thành viên tổ hợp tác thu hoạch tôm sú trên ruộng lúa"),
           ("p", "Vụ tôm năm 2025, năng suất bình quân đạt 420 kg/ha, giá bán cao hơn tôm nuôi thông thường 15 - 20%. Lúa ST25 trên đất nuôi tôm được doanh nghiệp bao tiêu với giá 9.500 đồng/kg."),
           ("p", "Hội Nông dân huyện Trần Đề đã hỗ trợ tổ hợp tác vay 600 triệu đồng từ Quỹ Hỗ trợ nông dân, tổ chức tập huấn quy trình nuôi hữu cơ và kết nối chứng nhận sản phẩm."),
           ("p", "Thời gian tới, Hội Nông dân tỉnh sẽ nhân rộng mô hình ra các xã ven biển của huyện Trần Đề, Cù Lao Dung và thị xã Vĩnh Châu.")])
RM17_T = "Vĩnh Châu: Hiệu quả từ Quỹ Hỗ trợ nông dân"
RM17_S = "Năm 2024, Quỹ Hỗ trợ nông dân thị xã Vĩnh Châu đã giải ngân hơn 3 tỷ đồng cho 112 hộ hội viên vay vốn phát triển sản xuất, chăn nuôi và nuôi trồng thủy sản, góp phần giảm 4% hộ nghèo trong hội viên."


def page17():
    pub = T("2025-05-30 00:00")
    upd = T("2025-05-31 00:00")

    def main(rng, rl, rd):
        def img(s, c, n):
            return f'<div class="element element-image pos-media"><img src="{s}" alt="" width="600" /><div class="caption">{esc(c)}</div></div>'
        card = (f'<div class="read-more-card" style="background:#f3f7ee;border-left:3px solid #2a7d2e;padding:8px 12px;margin:10px 0">'
                f'<span class="rm-label">Đọc thêm</span><h4><a href="/tin-tuc/item/{slug(RM17_T)}">{esc(RM17_T)}</a></h4><p>{esc(RM17_S)}</p></div>')
        out = []
        for i, b in enumerate(A17.blocks):
            out.append(img(b[1], b[2], 1) if b[0] == "img" else f"<p>{esc(b[1])}</p>")
            if i == 3:
                out.append(card)
        relp = "".join(f'<li><a href="/tin-tuc/item/{slug(t)}">{esc(t)}</a> ({dmy(d)})</li>' for t, d in zip(rl[:5], rd))
        return (f'<div id="yoo-zoo" class="yoo-zoo blog-uikit blog-uikit-item"><article class="uk-article"><h1 class="uk-article-title">{esc(A17.title)}</h1>'
                f'<p class="uk-article-meta">Đăng ngày: {dmy(pub)} | Cập nhật: {dmy(upd)} | Chuyên mục: <a href="/tin-tuc/category/kinh-te-tap-the">Kinh tế tập thể</a></p>'
                f'<div class="element element-textarea"><p><strong>{esc(A17.lead)}</strong></p></div>{"".join(out)}'
                f'<p style="text-align:right"><strong>Tin, ảnh: Thạch Rô Si Đa - Hội Nông dân huyện Trần Đề</strong></p>'
                f'<div class="element element-itemtag">Tags: <a href="#">tôm - lúa</a>, <a href="#">hữu cơ</a></div></article>'
                f'<div class="related-items"><h3>Tin bài khác</h3><ul>{relp}</ul></div></div>')

    crumbs = ('<ul class="uk-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="uk-active"><span>Kinh tế tập thể</span></li></ul>')
    url = "https://hoinongdan.soctrang.gov.vn/tin-tuc/item/tran-de-nong-dan-lien-ket-nuoi-tom-lua-theo-huong-huu-co"
    head = (og(A17.title, url, {"og:site_name": "Hội Nông dân tỉnh Sóc Trăng"}) + '<link rel="stylesheet" href="/media/zoo/applications/blog/templates/uikit/assets/css/uikit.css" />')
    return page("s24-17", family="farmers_union_joomla3_zoo_doc_them_card_prints_related_sapo",
                name="soctrang-hoind-joomla3-zoo-blog-uikit-crumb-kinh-te-tap-the-h1-dang-ngay-date-only-cap-nhat-date-only-chuyen-muc-bold-lead-element-image-caption-doc-them-card-with-related-sapo-paragraph-tin-anh-khmer-name-dash-unit",
                url=url, art=A17, main_fn=main, pub=pub, prefix="zo", kb=110,
                org="Hội Nông dân tỉnh Sóc Trăng", addr="Số 18 đường Trần Hưng Đạo, phường 2, TP Sóc Trăng, tỉnh Sóc Trăng", phone="0299.3822.340",
                crumbs=crumbs, top=head_top("zo", "/images/banner-hnd.jpg", "Hội Nông dân tỉnh Sóc Trăng", days=1, hours=8),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", cls="zo-new")
                + '<div class="zo-price"><h3>Giá nông sản</h3><p>Lúa ST25 tươi: 9.300 đ/kg · Tôm sú loại 30 con/kg: 245.000 đ/kg (30/05/2025)</p></div>',
                shell_kw={"layout": "div", "head_extra": head, "title": A17.title + " - Hội Nông dân tỉnh Sóc Trăng"},
                exp=expected(A17, isod(pub), updated=isod(upd), author="Thạch Rô Si Đa", unit="Hội Nông dân huyện Trần Đề", photographer="Thạch Rô Si Đa", category="Kinh tế tập thể"),
                traps={"read_more": ["Đọc thêm", RM17_T, RM17_S], "chrome": ["Tags:", "Tin bài khác", "Giá nông sản"], "related": lambda rl: rl[:4]},
                notes="TWIST: Joomla 3 + ZOO (blog app, UIkit template) of a Hội Nông dân tỉnh. Between paragraphs 3 and 4 an editor-inserted 'Đọc thêm' card prints the related article's TITLE as a linked h4 AND its SAPO as a plain <p> ('Năm 2024, Quỹ Hỗ trợ nông dân thị xã Vĩnh Châu đã giải ngân hơn 3 tỷ đồng …') — same font, a full sentence about the same subject (the farmers' support fund the text has just mentioned). It is another article's summary → not body. A reader that drops only links and headings keeps that paragraph silently. Meta 'Đăng ngày: 30/05/2025 | Cập nhật: 31/05/2025 | Chuyên mục: Kinh tế tập thể' → published '2025-05-30' and updated '2025-05-31', BOTH date only; category (= crumb). Bold first textarea = lead. ZOO element-image div.caption. 'Tin, ảnh: Thạch Rô Si Đa - Hội Nông dân huyện Trần Đề' → author + photographer + unit.",
                readme="TWIST an in-body 'Đọc thêm' CARD prints the related article's title AND its sapo as a plain paragraph about the same subject → not body; Joomla 3 + ZOO Hội Nông dân, 'Đăng ngày: dd/mm/yyyy | Cập nhật: dd/mm/yyyy' both DATE ONLY, bold lead, element-image caption, 'Tin, ảnh: Khmer name - Hội Nông dân huyện …'")


# ===================================================================== 18 LĐLĐ tỉnh Ninh Thuận: DNN 7 + core Blog module; 'Tin liên quan' box floated at the TOP of the content; 'Hình n.' captions
A18 = Art("Ninh Phước: Công đoàn tổ chức “Tháng Công nhân” năm 2025 hướng về đoàn viên",
          "Hưởng ứng “Tháng Công nhân” năm 2025, Liên đoàn Lao động huyện Ninh Phước đã tổ chức nhiều hoạt động chăm lo thiết thực cho đoàn viên, người lao động, nhất là công nhân ở các doanh nghiệp trong cụm công nghiệp Phước Thuận.",
          [("p", "Liên đoàn Lao động huyện đã trao 120 suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng; phối hợp với Trung tâm Y tế huyện khám sức khỏe miễn phí cho hơn 300 công nhân."),
           ("img", "/Portals/0/Blog/Files/1/2025/06/trao-qua-doan-vien.jpg", "Hình 1. Lãnh đạo LĐLĐ huyện trao quà cho đoàn viên khó khăn"),
           ("p", "Tại Công ty TNHH May Phước Thuận, Công đoàn cơ sở tổ chức “Bữa cơm công đoàn” với sự tham gia của Ban Giám đốc và hơn 400 công nhân; người lao động được đối thoại trực tiếp về tiền lương, thời giờ làm việc và điều kiện an toàn lao động."),
           ("img", "/Portals/0/Blog/Files/1/2025/06/bua-com-cong-doan.jpg", "Hình 2. “Bữa cơm công đoàn” tại Công ty TNHH May Phước Thuận"),
           ("p", "Dịp này, Liên đoàn Lao động huyện bàn giao 1 căn “Mái ấm Công đoàn” trị giá 60 triệu đồng cho đoàn viên Đàng Văn Thái, công nhân Nhà máy gạch Tuynel Phước Hậu.")])
REL18 = ["LĐLĐ tỉnh phát động Tháng Công nhân năm 2025", "Ninh Phước: Đại hội Công đoàn cơ sở điểm nhiệm kỳ 2025 - 2030"]


def page18():
    pub = T("2025-06-27 10:05")

    def main(rng, rl, rd):
        mid = 498
        relbox = ('<div class="tin-lien-quan-top" style="float:right;width:240px;margin:0 0 10px 14px;border-top:3px solid #c00;background:#f5f5f5;padding:6px 10px">'
                  '<div class="tlq-head">Tin liên quan</div><ul>' + "".join(f'<li><a href="/Blog/tabid/{rng.randint(80, 90)}/EntryId/{rng.randint(1200, 1399)}/{slug(t)}.aspx">{esc(t)}</a></li>' for t in REL18)
                  + '</ul></div>')
        body = A18.render(p=lambda t: f'<p class="Normal" style="text-align:justify">{esc(t)}</p>',
                          img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" width="580" /></p><p class="ImageCaption" style="text-align:center;color:#1f4e9a"><i>{esc(c)}</i></p>')
        arch = "".join(f'<li><a href="#">Tháng {m} năm 2025</a></li>' for m in (6, 5, 4, 3))
        return (f'<div class="DnnModule DnnModule-Blog DnnModule-{mid}"><div id="dnn_ctr{mid}_ContentPane"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModBlogC">'
                f'<div class="BlogEntry"><h1 class="BlogTitle"><span id="dnn_ctr{mid}_ViewEntry_lblTitle">{esc(A18.title)}</span></h1>'
                f'<div class="BlogSubHead"><span id="dnn_ctr{mid}_ViewEntry_lblDateTime">Đăng ngày 27/06/2025 lúc 10:05 bởi ldld_ninhthuan</span></div>'
                f'<div class="BlogSummary"><b>{esc(A18.lead)}</b></div>'
                f'<div id="dnn_ctr{mid}_ViewEntry_divBlogEntry" class="BlogBody">{relbox}{body}'
                f'<p style="text-align:right"><strong>Đàng Thị Mỹ Hương - LĐLĐ huyện Ninh Phước</strong></p></div>'
                f'<div class="BlogFooter"><span class="BlogCategories">Chuyên mục: <a href="#">Hoạt động công đoàn cơ sở</a></span> | '
                f'<a href="javascript:__doPostBack(\'dnn$ctr{mid}$ViewEntry$lnkComments\',\'\')">Bình luận (0)</a> | <a href="#">In</a> | <a href="#">Gửi bài viết</a></div>'
                f'</div><div class="BlogArchive"><h3>Lưu trữ</h3><ul>{arch}</ul></div></div></div></div>')

    crumbs = ('<div class="breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="/" class="SkinObject">Trang chủ</a> › '
              '<a href="/Blog" class="SkinObject">Tin tức</a> › <a href="/Blog/Hoat-dong-cong-doan-co-so" class="SkinObject">Hoạt động công đoàn cơ sở</a></span></div>')
    url = "https://ldld.ninhthuan.gov.vn/Blog/tabid/86/EntryId/1412/ninh-phuoc-cong-doan-to-chuc-thang-cong-nhan-nam-2025-huong-ve-doan-vien.aspx"
    head = (og(A18.title, url, {"og:site_name": "Liên đoàn Lao động tỉnh Ninh Thuận"}) + '<link href="/Portals/_default/Skins/LDLD/skin.css?cdv=88" rel="stylesheet" />'
            + '<link href="/DesktopModules/Blog/module.css?cdv=88" rel="stylesheet" />')
    return page("s24-18", family="labour_union_dnn7_core_blog_tin_lien_quan_floated_top_hinh_n_captions",
                name="ninhthuan-ldld-dnn7-core-blog-module-crumb-hoat-dong-cong-doan-co-so-h1-blogtitle-dang-ngay-luc-bay-account-bold-summary-lead-tin-lien-quan-box-floated-at-top-of-content-hinh-1-hinh-2-blue-italic-captions-name-dash-ldld-huyen",
                url=url, art=A18, main_fn=main, pub=pub, prefix="nt", kb=150,
                org="Liên đoàn Lao động tỉnh Ninh Thuận", addr="Số 24 đường 16 Tháng 4, TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận", phone="0259.3822.543",
                crumbs=crumbs, top=head_top("nt", "/Portals/0/banner-ldld.png", "Liên đoàn Lao động tỉnh Ninh Thuận", days=0, hours=6),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", cls="nt-new") + links_box(["Tổng LĐLĐ Việt Nam", "Báo Lao Động", "Công đoàn Việt Nam"], cls="nt-lk"),
                shell_kw={"layout": "dnn", "form": True, "dnn": True, "head_extra": head, "title": A18.title + " - LĐLĐ tỉnh Ninh Thuận"},
                exp=expected(A18, iso(pub), author="Đàng Thị Mỹ Hương", unit="LĐLĐ huyện Ninh Phước", category="Hoạt động công đoàn cơ sở"),
                traps={"related_box": ["Tin liên quan"] + REL18, "accounts": ["ldld_ninhthuan"], "chrome": ["Bình luận (0)", "Gửi bài viết", "Lưu trữ"]},
                notes="DNN 7 with the core DNN Blog module (ViewState, dnn_ctr498_ViewEntry_*) of a provincial labour federation. 'Đăng ngày 27/06/2025 lúc 10:05 bởi ldld_ninhthuan' → 2025-06-27T10:05 (the account is not an author). Bold BlogSummary = lead. A 'Tin liên quan' box with two links is floated right at the TOP of the blog body, before the first paragraph → not body. Captions are blue italic p.ImageCaption paragraphs that begin with a figure number, 'Hình 1. …', 'Hình 2. …' → kept as printed (the number is part of the printed caption). Bold right 'Đàng Thị Mỹ Hương - LĐLĐ huyện Ninh Phước' (a Chăm name; 'LĐLĐ' = Liên đoàn Lao động, kept as printed) → author + unit. 'Chuyên mục: Hoạt động công đoàn cơ sở' in the blog footer = the crumb's last level. Month-name archive is chrome.",
                readme="DNN 7 + core Blog module LĐLĐ: 'Đăng ngày dd/mm/yyyy lúc HH:MM bởi <account>', bold summary, a 'Tin liên quan' box FLOATED at the TOP of the content (not body), blue italic 'Hình 1. …' captions, 'Chăm name - LĐLĐ huyện …', blog footer 'Chuyên mục:' = crumb")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
