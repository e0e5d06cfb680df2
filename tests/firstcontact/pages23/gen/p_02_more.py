"""Set 23 pages 10-18: a Báo tỉnh, an Đài PT-TH, a Cổng TTĐT tỉnh, two Sở (Ngoại vụ, Nông nghiệp và PTNT), the Hội LHPN,
the Ủy ban MTTQ, the Tỉnh đoàn and a second Huyện ủy, with more byline shapes (two photographers, 'Thông tin viên' and
'Video:', 'Ảnh: TTXVN', a translator with a 'Theo …' source, 'Nội dung: … - Đồ họa: …', 'BAN BIÊN TẬP', '(ghi)', a
byline above the headline). Pages 11, 15 and 17 carry one TWIST each: a video duration printed right after a date-only
stamp, a writer whose surname 'Ông' reads like the honorific 'Mr', and a sidebar widget printed a second time inside
the article text for mobile readers."""
from datetime import timedelta, timezone

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb
from .p_01_pages import head_top, right_bold, right_em

MONTHS_NET = ["Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín",
              "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


def net_long(d):
    """.NET vi-VN 'dddd, dd MMMM yyyy, HH:mm'."""
    return f"{wd(d)}, {d.day:02d} {MONTHS_NET[d.month - 1]} {d.year}, {hm(d)}"


# ===================================================================== 10 Báo Bạc Liêu: ASP.NET press CMS, .NET vi-VN month words, 'Bài: A - Ảnh: B, C' (two photographers)
A10 = Art("Bạc Liêu: Hơn 1.200 lao động tìm được việc làm qua các phiên giao dịch cuối năm",
          "(BBL) - Từ đầu tháng 11 đến nay, Trung tâm Dịch vụ việc làm tỉnh đã tổ chức 6 phiên giao dịch việc làm lưu động tại các huyện, thị xã, giúp hơn 1.200 lao động tìm được việc làm trước Tết Nguyên đán Ất Tỵ.",
          [("p", "Tham gia các phiên giao dịch có 54 doanh nghiệp trong và ngoài tỉnh với nhu cầu tuyển dụng gần 4.000 lao động, tập trung ở các ngành chế biến thủy sản, may mặc, điện tử và dịch vụ. Nhiều doanh nghiệp phỏng vấn, nhận hồ sơ và ký hợp đồng ngay tại chỗ."),
           ("img", "/Uploads/images/2024/12/28/giao-dich-viec-lam-phuoc-long.jpg", "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch việc làm ở huyện Phước Long"),
           ("p", "Anh Trần Văn Út (ấp Nội Ninh, xã Ninh Thạnh Lợi, huyện Hồng Dân) cho biết, sau khi hết hợp đồng với một công ty ở Bình Dương, anh về quê tìm việc gần nhà. Qua phiên giao dịch, anh được nhận vào làm tại một nhà máy chế biến tôm ở thị xã Giá Rai với mức lương hơn 8 triệu đồng/tháng."),
           ("img", "/Uploads/images/2024/12/28/phong-van-tai-cho.jpg", "Doanh nghiệp phỏng vấn, nhận hồ sơ của người lao động ngay tại phiên giao dịch"),
           ("p", "Bên cạnh tư vấn việc làm, trung tâm còn hướng dẫn người lao động thủ tục hưởng bảo hiểm thất nghiệp, đăng ký học nghề miễn phí. Năm 2025, tỉnh phấn đấu giải quyết việc làm cho 21.000 lao động, trong đó đưa 600 người đi làm việc ở nước ngoài theo hợp đồng.")])
BYLINE10 = "Bài: Hữu Thọ - Ảnh: Huỳnh Phương, Minh Luân"


def page10():
    pub = T("2024-12-28 08:45")

    def main(rng, rl, rd):
        body = A10.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: f'<figure class="article-photo"><img src="{s}" alt="{esc(c, True)}" /><figcaption><p>{esc(c)}</p></figcaption></figure>')
        same = "".join(f'<li><a href="/xa-hoi/lao-dong-viec-lam/{slug(t)}-{rng.randint(90000, 99999)}.html">{esc(t)}</a><span class="time">{net_long(d)}</span></li>' for t, d in zip(rl[:5], rd))
        cmt = comments([("Lý Thị Mai", "28/12/2024 10:12", "Mong tỉnh tổ chức thêm phiên giao dịch ở huyện Đông Hải."),
                        ("Nguyễn Hoàng Phúc", "28/12/2024 11:40", "Thông tin rất hữu ích cho thanh niên ở quê.")], head="Bình luận", cls="bl-cmt")
        return (f'<div class="article-detail"><ul class="article-crumb"><li><a href="/xa-hoi">Xã hội</a></li><li>›</li><li><a href="/xa-hoi/lao-dong-viec-lam">Lao động - Việc làm</a></li></ul>'
                f'<h1 class="article-title">{esc(A10.title)}</h1><div class="article-time">{net_long(pub)}</div>'
                f'<p class="article-sapo"><strong>{esc(A10.lead)}</strong></p><div class="article-content">{body}{right_bold(BYLINE10)}</div>'
                f'<div class="article-tags"><a href="/tag/viec-lam">#việc làm</a> <a href="/tag/giao-dich-viec-lam">#giao dịch việc làm</a></div>'
                f'{share("article-share")}{cmt}<div class="article-same"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></div></div>')

    def side(rng, pub):
        gia = "".join(f"<tr><td>{n}</td><td>{g}</td></tr>" for n, g in [("Tôm thẻ (100 con/kg)", "98.000 đ/kg"), ("Lúa ST25", "9.200 đ/kg"), ("Muối hạt", "1.800 đ/kg")])
        return (side_std(rng, pub, "Đọc nhiều", fmt=net_long, cls="bl-most")
                + f'<div class="bl-gia"><h3>Giá cả thị trường</h3><table>{gia}</table><p>Cập nhật: 27/12/2024</p></div>')

    url = "https://baobaclieu.vn/xa-hoi/lao-dong-viec-lam/bac-lieu-hon-1200-lao-dong-tim-duoc-viec-lam-qua-cac-phien-giao-dich-cuoi-nam-98412.html"
    head = (og(A10.title, url, {"og:site_name": "Báo Bạc Liêu", "og:description": A10.lead[:160], "article:section": "Xã hội"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A10.title, "datePublished": "2024-12-28T08:45:00+07:00",
                      "author": {"@type": "Person", "name": "Hữu Thọ"}, "publisher": {"@type": "Organization", "name": "Báo Bạc Liêu"}}))
    return page("s23-10", family="baotinh_aspnet_press_dotnet_month_words_bai_anh_two_photographers",
                name="baclieu-bao-aspnet-press-cms-crumb-xa-hoi-lao-dong-viec-lam-h1-dotnet-vi-vn-long-date-thu-bay-28-thang-muoi-hai-2024-hh-mm-bold-sapo-bbl-prefix-two-figcaptions-bai-name-dash-anh-two-names-comma-tags-comments",
                url=url, art=A10, main_fn=main, pub=pub, prefix="bl", kb=210,
                org="Báo Bạc Liêu", addr="Số 53 đường Võ Thị Sáu, phường 3, TP Bạc Liêu, tỉnh Bạc Liêu", phone="0291.3822.335",
                top=head_top("bl", "/Content/images/logo-baobaclieu.png", "Báo Bạc Liêu", days=5, hours=2, fmt=lambda d: hm(d) + " " + dmy(d)),
                side=side, shell_kw={"layout": "div", "items": MENU_NEWS, "head_extra": head, "title": A10.title + " - Báo Bạc Liêu"},
                exp=expected(A10, iso(pub), author="Hữu Thọ", photographer="Huỳnh Phương, Minh Luân", category="Lao động - Việc làm"),
                traps={"bylines": [BYLINE10], "comments": ["Mong tỉnh tổ chức thêm phiên giao dịch ở huyện Đông Hải."],
                       "chrome": ["#việc làm", "Tin cùng chuyên mục", "Giá cả thị trường", "Bình luận (2)"], "related": lambda rl: rl[:4]},
                notes="ASP.NET press CMS of a Báo tỉnh. The stamp is the .NET vi-VN long date with the month IN WORDS: 'Thứ Bảy, 28 Tháng Mười Hai 2024, 08:45' → 2024-12-28T08:45 (JSON-LD agrees); the related list uses the same shape ('Tháng Mười Một' = November, 'Tháng Giêng' would be January — the Gregorian month, not the lunar one). Crumb 'Xã hội › Lao động - Việc làm' → the last level (og article:section 'Xã hội' is the parent). Bold sapo with the paper's dateline prefix '(BBL) - ' kept as printed = lead. Two figcaptions. Bold right 'Bài: Hữu Thọ - Ảnh: Huỳnh Phương, Minh Luân' → author 'Hữu Thọ', TWO photographers 'Huỳnh Phương, Minh Luân' from one credit (page order). The worker quoted in the text is not an author. Tags, two dated comments, price box 'Cập nhật: 27/12/2024' and a header clock five days later are decoys.",
                readme="ASP.NET press CMS Báo tỉnh: .NET vi-VN month words 'Thứ Bảy, 28 Tháng Mười Hai 2024, 08:45', crumb 'Xã hội › Lao động - Việc làm', bold sapo with '(BBL) - ', two figcaptions, 'Bài: A - Ảnh: B, C' → one author, TWO photographers, tags, comments")


# ===================================================================== 11 Đài PT-TH Đắk Nông: Drupal 10 video node, a video DURATION printed right after a date-only stamp (TWIST), 'Thông tin viên' + 'Video:'
A11 = Art("Krông Nô: Nông dân liên kết trồng sầu riêng theo tiêu chuẩn VietGAP",
          None,
          [("p", "Những năm gần đây, nhiều nông dân xã Đắk Sôr, huyện Krông Nô đã chuyển đổi diện tích cà phê già cỗi sang trồng sầu riêng. Để nâng cao giá trị, 32 hộ trong xã đã liên kết thành lập tổ hợp tác, sản xuất theo tiêu chuẩn VietGAP trên diện tích gần 60 ha."),
           ("p", "Các thành viên được hướng dẫn ghi chép nhật ký đồng ruộng, sử dụng phân bón hữu cơ, thuốc bảo vệ thực vật sinh học và tuân thủ thời gian cách ly trước thu hoạch. Năm 2024, sản lượng của tổ đạt hơn 700 tấn, được doanh nghiệp bao tiêu với giá cao hơn thị trường từ 5.000 đến 8.000 đồng/kg."),
           ("p", "Ông Y Siêng, Tổ trưởng tổ hợp tác cho biết, năm 2025 tổ đang hoàn thiện hồ sơ đề nghị cấp mã số vùng trồng để đủ điều kiện xuất khẩu chính ngạch."),
           ("p", "Huyện Krông Nô hiện có hơn 2.100 ha sầu riêng, trong đó khoảng 1.300 ha đã cho thu hoạch. Huyện khuyến khích nông dân liên kết sản xuất theo chuỗi, hạn chế phát triển tự phát để tránh rủi ro về giá.")])
BYLINE11 = "Bài: Thông tin viên H'Liên - Video: Quang Hải"


def page11():
    pub = T("2025-03-12 18:40")

    def dshort(d):
        return d.strftime("%a") + ", " + dmy(d)

    def main(rng, rl, rd):
        body = A11.render(p=lambda t: f"<p>{esc(t)}</p>")
        vid = hexid(rng, 10)
        others = "".join(f'<div class="views-row"><a href="/truyen-hinh/{slug(t)}"><img src="/sites/default/files/styles/thumb/public/video/{hexid(rng, 8)}.jpg" alt="" /></a>'
                         f'<div class="views-field-title"><a href="/truyen-hinh/{slug(t)}">{esc(t)}</a></div>'
                         f'<div class="views-field-meta">{dshort(d)} <span class="video-duration" title="Thời lượng"><i class="fa-solid fa-circle-play" aria-hidden="true"></i> {rng.randint(2, 14):02d}:{rng.randint(0, 59):02d}</span></div></div>'
                         for t, d in zip(rl[:5], rd))
        return (f'<div id="block-dnrtv-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(A11.title)}</span></h1></div>'
                f'<article data-history-node-id="18342" class="node node--type-video node--promoted node--view-mode-full"><div class="node__meta">'
                f'<span class="field field--name-created field--type-created field--label-hidden">{dshort(pub)}</span> '
                f'<span class="video-duration" title="Thời lượng"><i class="fa-solid fa-circle-play" aria-hidden="true"></i> 12:45</span></div>'
                f'<div class="node__content"><div class="field field--name-field-video"><div class="video-js vjs-fluid"><video id="vjs-{vid}" class="vjs-tech" controls preload="none" poster="/sites/default/files/video/poster-{vid}.jpg">'
                f'<source src="https://media.dnrtv.org.vn/vod/2025/03/{vid}.mp4" type="video/mp4" /></video>'
                f'<div class="vjs-control-bar"><span class="vjs-current-time-display">0:00</span> / <span class="vjs-duration-display">12:45</span></div></div></div>'
                f'<div class="field field--name-field-chuong-trinh field--label-inline"><div class="field__label">Chương trình</div><div class="field__item">Thời sự tối</div></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}{right_bold(BYLINE11)}</div></div></article>'
                f'<div class="views-element-container block-video-khac"><h2 class="block-title">Video khác</h2><div class="view-content">{others}</div></div>')

    def side(rng, pub):
        rows = "".join(f'<li><span class="gio">{h}</span> {esc(t)}</li>' for h, t in [("18:00", "Thời sự tiếng M'Nông"), ("19:45", "Thời sự tối"), ("20:30", "Nông thôn mới"), ("21:15", "Phim truyện")])
        return (f'<div class="tv-lich"><h3>Lịch phát sóng DNRTV {dmy(pub + timedelta(days=1))}</h3><ul>{rows}</ul></div>'
                + side_std(rng, pub, "Xem nhiều", fmt=dshort, cls="tv-most"))

    crumbs = ('<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>'
              '<li><a href="/">Trang chủ</a></li><li><a href="/truyen-hinh">Truyền hình</a></li><li><a href="/truyen-hinh/nong-thon-moi">Nông thôn mới</a></li></ol></nav>')
    url = "https://dnrtv.org.vn/truyen-hinh/krong-no-nong-dan-lien-ket-trong-sau-rieng-theo-tieu-chuan-vietgap"
    head = (og(A11.title, url, {"og:type": "video.other", "og:site_name": "Đài Phát thanh và Truyền hình Đắk Nông"})
            + '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />'
            + jsonld({"@context": "https://schema.org", "@type": "VideoObject", "name": A11.title, "uploadDate": "2025-03-12", "duration": "PT12M45S",
                      "thumbnailUrl": "https://dnrtv.org.vn/sites/default/files/video/poster.jpg"}))
    return page("s23-11", family="broadcaster_drupal10_video_duration_beside_date_only_stamp",
                name="daknong-daiptth-drupal10-video-node-crumb-nong-thon-moi-h1-page-title-created-english-weekday-wed-dd-mm-yyyy-date-only-then-play-icon-duration-12-45-videojs-chuong-trinh-field-no-lead-no-pictures-bai-thong-tin-vien-name-dash-video-name",
                url=url, art=A11, main_fn=main, pub=pub, prefix="tv", kb=135,
                org="Đài Phát thanh và Truyền hình Đắk Nông", addr="Số 2 đường 23 tháng 3, phường Nghĩa Đức, TP Gia Nghĩa, tỉnh Đắk Nông", phone="0261.3544.123",
                crumbs=crumbs, top=head_top("tv", "/themes/custom/dnrtv/logo.svg", "Đài PT-TH Đắk Nông", days=1, hours=1, fmt=hm, tick="Tin nóng"),
                side=side, shell_kw={"layout": "drupal", "items": MENU_NEWS, "head_extra": head, "title": A11.title + " | DNRTV"},
                exp=expected(A11, isod(pub), author="H'Liên", category="Nông thôn mới"),
                traps={"duration": ["12:45"], "bylines": [BYLINE11], "program": ["Chương trình", "Thời sự tối"], "chrome": ["Video khác", "Lịch phát sóng DNRTV"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: a Drupal 10 video node of an Đài PT-TH. The created field prints a date only, with an untranslated English weekday ('D, d/m/Y'): 'Wed, 12/03/2025'; right after it, in the same meta row, a play-icon badge prints the VIDEO DURATION '12:45' (title 'Thời lượng'; the icon is a font glyph with no text). The page's text therefore reads 'Wed, 12/03/2025 12:45' — the shape of a date and time — but 12:45 is the length of the clip: the player's control bar shows '0:00 / 12:45' and the VideoObject JSON-LD says duration PT12M45S with uploadDate '2025-03-12' (date only). → published_at '2025-03-12' date only (no time is printed anywhere). A reader pairing the two would date the item 12:45 without any sign of failure. The 'Video khác' list repeats the date + duration shape. The programme field 'Chương trình: Thời sự tối' names the broadcast slot, not the category; the system breadcrumb 'Trang chủ / Truyền hình / Nông thôn mới' → 'Nông thôn mới'. No sapo, no pictures (a video poster only) → lead null, captions []. Credit 'Bài: Thông tin viên H'Liên - Video: Quang Hải': 'Thông tin viên' (a station's grassroots correspondent) is a status like 'CTV' → dropped → author 'H'Liên'; 'Video:' credits the cameraman, not a photographer and not an author → photographer null. The farmer quoted (Ông Y Siêng) is not an author. The next day's broadcast schedule is a decoy.",
                readme="TWIST video DURATION '12:45' (play-icon badge) printed right after the date-only stamp 'Wed, 12/03/2025' → published date only, not T12:45 (player '0:00 / 12:45', JSON-LD PT12M45S); Drupal 10 video node, English weekday abbreviation, programme field not the category, no lead, no pictures, 'Bài: Thông tin viên H'Liên - Video: Quang Hải' (status dropped; video credit is no photographer)")


# ===================================================================== 12 Cổng TTĐT tỉnh Hải Dương: HCL Digital Experience 9.5, published date only + timed update, 'Ảnh: TTXVN'
A12 = Art("Hải Dương trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn hơn 1,1 tỷ USD",
          "Chiều 23/02, tại Hội nghị xúc tiến đầu tư năm 2025, UBND tỉnh Hải Dương đã trao quyết định chủ trương đầu tư, giấy chứng nhận đăng ký đầu tư cho 12 dự án với tổng vốn đăng ký hơn 1,1 tỷ USD.",
          [("p", "Trong số 12 dự án có 7 dự án đầu tư trực tiếp nước ngoài đến từ Hàn Quốc, Nhật Bản, Singapore và Trung Quốc, tập trung vào các lĩnh vực sản xuất linh kiện điện tử, thiết bị y tế và logistics. Năm dự án trong nước đầu tư hạ tầng khu công nghiệp, khu đô thị và thương mại dịch vụ."),
           ("img", "/wps/wcm/connect/haiduong/anh/2025/02/trao-chu-truong-dau-tu.jpg", "Lãnh đạo tỉnh Hải Dương trao quyết định chủ trương đầu tư cho các nhà đầu tư"),
           ("p", "Năm 2024, tỉnh thu hút được 1,5 tỷ USD vốn đầu tư trực tiếp nước ngoài, cao nhất từ trước đến nay. Toàn tỉnh hiện có 11 khu công nghiệp đi vào hoạt động với tỷ lệ lấp đầy bình quân trên 70%."),
           ("p", "Tại hội nghị, lãnh đạo UBND tỉnh cam kết tiếp tục cải thiện môi trường đầu tư, rút ngắn thời gian giải quyết thủ tục hành chính, bảo đảm quỹ đất sạch và nguồn nhân lực cho các dự án."),
           ("img", "/wps/wcm/connect/haiduong/anh/2025/02/toan-canh-hoi-nghi.jpg", "Toàn cảnh Hội nghị xúc tiến đầu tư tỉnh Hải Dương năm 2025"),
           ("p", "Dịp này, tỉnh ký kết biên bản ghi nhớ hợp tác với 4 hiệp hội doanh nghiệp và 3 ngân hàng thương mại về hỗ trợ vốn, kết nối đầu tư cho doanh nghiệp trên địa bàn.")])


def page12():
    pub, upd = T("2025-02-24 00:00"), T("2025-02-24 17:05")

    def main(rng, rl, rd):
        body = A12.render(p=jp, img=lambda s, c, n: f'<figure class="hd-fig"><img src="{s}" alt="" /><figcaption><em>{esc(c)}</em></figcaption></figure>')
        wid = "Z7_" + alnum(rng, 20).upper()
        return (f'<div class="component-container wpthemeFull id-{wid}"><div class="wpthemeControl" id="{wid}"><section class="ibmPortalControl"><div class="wpthemeControlBody">'
                f'<!-- HCL DX 9.5 WCM presentation template: HD_ChiTietTin --><div class="hd-chitiet"><h2 class="hd-title">{esc(A12.title)}</h2>'
                f'<div class="hd-meta"><span class="hd-ngaydang">Ngày đăng: {dmy(pub)}</span> <span class="hd-sep">|</span> <span class="hd-capnhat">Cập nhật: {dmy(upd)} {hm(upd)}</span></div>'
                f'<p class="hd-sapo"><strong>{esc(A12.lead)}</strong></p><div class="hd-noidung">{body}'
                f'<p style="text-align:right"><strong>Minh Hải - Cổng TTĐT tỉnh</strong></p><p style="text-align:right"><em>Ảnh: TTXVN</em></p></div>'
                f'<div class="hd-tools"><a href="?print=true">In bài</a> | <a href="#">Gửi email</a></div>'
                f'<div class="hd-khac"><h3>Các tin khác</h3>{rel(rng, rl[:6], rd, lambda d: "(" + dmy(d) + ")", href="/wps/portal/haiduong/tin-tuc/{s}", cls="hd-khac-list")}</div>'
                f'<div class="hd-ykien"><h3>Ý kiến bạn đọc</h3><textarea></textarea><input placeholder="Họ và tên" /><button type="button">Gửi ý kiến</button></div>'
                f'</div></div></section></div></div>')

    crumbs = ('<div class="hd-crumb"><a href="/wps/portal/haiduong">Trang chủ</a> &gt; <a href="/wps/portal/haiduong/tin-tuc">Tin tức - Sự kiện</a> &gt; '
              '<a href="/wps/portal/haiduong/tin-tuc/dau-tu-phat-trien">Đầu tư - Phát triển</a></div>')
    url = "https://haiduong.gov.vn/wps/portal/haiduong/tin-tuc/dau-tu-phat-trien/hai-duong-trao-quyet-dinh-chu-truong-dau-tu-cho-12-du-an"
    head = (og(A12.title, url, {"og:site_name": "Cổng thông tin điện tử tỉnh Hải Dương", "og:description": A12.lead[:160]})
            + '<link rel="stylesheet" href="/wps/contenthandler/dav/fs-type1/themes/HD_Theme/css/master.css" />'
            + '<script>var ibmCfg={"portalConfig":{"contentHandlerURI":"/wps/mycontenthandler/!ut/p/digest!' + "x" * 20 + '/","isVirtualPortal":false,"locale":"vi"},"themeConfig":{"themeUniqueName":"hd.theme"}};</script>')
    return page("s23-12", family="province_portal_hcl_dx_date_only_published_timed_update_anh_ttxvn",
                name="haiduong-congttdt-hcl-digital-experience-95-wcm-presentation-template-crumb-dau-tu-phat-trien-h2-title-ngay-dang-dd-mm-yyyy-date-only-cap-nhat-dd-mm-yyyy-hh-mm-bold-sapo-two-em-figcaptions-name-dash-cong-ttdt-tinh-then-anh-ttxvn-line",
                url=url, art=A12, main_fn=main, pub=pub, prefix="hd", kb=220,
                org="Cổng thông tin điện tử tỉnh Hải Dương", addr="Số 45 đường Quang Trung, phường Quang Trung, TP Hải Dương, tỉnh Hải Dương", phone="0220.3833.211",
                crumbs=crumbs, top=head_top("hd", "/wps/contenthandler/dav/fs-type1/themes/HD_Theme/images/banner.png", "Cổng TTĐT tỉnh Hải Dương", days=1, hours=8),
                side=lambda rng, pub: side_std(rng, pub, "Tin nổi bật", fmt=lambda d: dmy(d), cls="hd-hot")
                + '<div class="hd-dvc"><h3>Dịch vụ công</h3><p>Hồ sơ tiếp nhận tháng 02/2025: 41.326 · Đúng hạn: 99,2%</p></div>'
                + vb_box(["Quyết định số 412/QĐ-UBND phê duyệt danh mục dự án kêu gọi đầu tư năm 2025", "Kế hoạch số 38/KH-UBND xúc tiến đầu tư năm 2025"], cls="hd-vb"),
                shell_kw={"layout": "div", "items": MENU_GOV, "head_extra": head, "title": A12.title},
                exp=expected(A12, isod(pub), updated=iso(upd), author="Minh Hải", unit="Cổng TTĐT tỉnh", photographer="TTXVN", category="Đầu tư - Phát triển"),
                traps={"bylines": ["Minh Hải - Cổng TTĐT tỉnh", "Ảnh: TTXVN"], "chrome": ["In bài", "Các tin khác", "Ý kiến bạn đọc", "Dịch vụ công"], "related": lambda rl: rl[:4]},
                notes="HCL Digital Experience 9.5 (the successor of IBM WebSphere Portal; WCM presentation template, ibmCfg) of a Cổng TTĐT tỉnh. The meta prints the publication as a DATE ONLY and the update WITH a time: 'Ngày đăng: 24/02/2025 | Cập nhật: 24/02/2025 17:05' → published_at '2025-02-24' (date only: no time is printed for it, none in og), updated_at 2025-02-24T17:05 (same day, later). h2 title inside the portlet. Bold sapo = lead. Two em figcaptions. Credits on two right-aligned lines: bold 'Minh Hải - Cổng TTĐT tỉnh' → author + unit (abbreviation as printed), and italic 'Ảnh: TTXVN' — an explicit photo credit outside the captions naming the national news agency → photographer 'TTXVN' as printed (the agency is the credited photo source; it is not 'ST' = sưu tầm). The event (23/02) and the VB box are decoys.",
                readme="HCL DX 9.5 Cổng TTĐT: 'Ngày đăng: dd/mm/yyyy' (date only) | 'Cập nhật: dd/mm/yyyy HH:MM' → published date only + timed update, h2 title, bold sapo, two em figcaptions, 'Minh Hải - Cổng TTĐT tỉnh' + separate 'Ảnh: TTXVN' line (photographer = the agency as printed), crumb 'Đầu tư - Phát triển'")


# ===================================================================== 13 Sở Ngoại vụ tỉnh Kon Tum: Joomla 4 + Helix Ultimate 2, 'Ngày viết' before 'Ngày đăng', translator + 'Theo Báo …'
A13 = Art("Báo Lào: Hợp tác Kon Tum - Attapeu góp phần xây dựng đường biên giới hòa bình, hữu nghị",
          "Báo Pasaxon, cơ quan ngôn luận của Trung ương Đảng Nhân dân Cách mạng Lào, số ra ngày 17/3/2025 đăng bài viết đánh giá cao kết quả hợp tác giữa tỉnh Kon Tum (Việt Nam) và tỉnh Attapeu (Lào). Sở Ngoại vụ trân trọng giới thiệu bản dịch bài viết.",
          [("p", "Theo bài báo, trong năm 2024, chính quyền hai tỉnh Kon Tum và Attapeu đã duy trì định kỳ các cuộc hội đàm, trao đổi thông tin về tình hình biên giới; phối hợp tổ chức 8 đợt tuần tra song phương trên tuyến biên giới dài hơn 142 km."),
           ("img", "/images/2025/03/tuan-tra-song-phuong-kontum-attapeu.jpg", "Lực lượng chức năng hai tỉnh Kon Tum và Attapeu tuần tra song phương (Ảnh: Báo Pasaxon)"),
           ("p", "Tỉnh Kon Tum đã hỗ trợ tỉnh Attapeu đào tạo 45 học viên tại Trường Chính trị tỉnh và Trường Cao đẳng Kon Tum, tặng trang thiết bị y tế cho Bệnh viện tỉnh Attapeu trị giá 2 tỷ đồng. Hoạt động trao đổi hàng hóa qua cặp cửa khẩu quốc tế Bờ Y - Phu Cưa tăng gần 20% so với năm 2023."),
           ("p", "Bài viết nhận định, quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện giữa hai tỉnh là minh chứng sinh động cho mối quan hệ gắn bó giữa hai Đảng, hai Nhà nước và nhân dân hai nước Việt Nam - Lào.")])


def page13():
    pub, written = T("2025-03-21 10:15"), T("2025-03-18 00:00")

    def main(rng, rl, rd):
        body = A13.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>',
                          img=lambda s, c, n: f'<figure class="pull-center item-image"><img src="{s}" alt="" itemprop="image" /><figcaption class="caption">{esc(c)}</figcaption></figure>')
        relx = "".join(f'<li><a href="/tin-tuc/hop-tac-quoc-te/{rng.randint(300, 899)}-{slug(t)}">{esc(t)}</a></li>' for t in rl[:5])
        utc = pub.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        return (f'<div class="article-details " itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="article-header"><h1 itemprop="headline">{esc(A13.title)}</h1></div>'
                f'<div class="article-info"><span class="category-name">Chuyên mục: <a href="/tin-tuc/hop-tac-quoc-te" itemprop="genre">Hợp tác quốc tế</a></span> · '
                f'<span class="ngay-viet">Ngày viết: {dmy(written)}</span> · <span class="published"><time datetime="{utc}" itemprop="datePublished">Ngày đăng: {dmy(pub)} {hm(pub)}</time></span> · '
                f'<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:188" />Lượt xem: 188</span></div>'
                f'<div itemprop="articleBody"><p><em>{esc(A13.lead)}</em></p>{body}'
                f'<p style="text-align: right;"><em>Theo Báo Pasaxon (Lào)</em></p><p style="text-align: right;"><strong>Người dịch: Vi Thị Hà</strong></p></div>'
                f'<div class="article-ratings-social-share"><div class="social-share-block">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div></div>'
                f'<div class="related-article-list-container"><h3 class="related-article-title">Bài viết liên quan</h3><ul class="article-list related">{relx}</ul></div></div>')

    crumbs = crumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Hợp tác quốc tế", "/tin-tuc/hop-tac-quoc-te")], cls="breadcrumb")
    url = "https://songoaivu.kontum.gov.vn/tin-tuc/hop-tac-quoc-te/916-bao-lao-hop-tac-kon-tum-attapeu-gop-phan-xay-dung-duong-bien-gioi-hoa-binh-huu-nghi"
    head = (og(A13.title, url, {"og:site_name": "Sở Ngoại vụ tỉnh Kon Tum", "og:description": A13.lead[:150]})
            + '<meta name="generator" content="Helix Ultimate - The Most Popular Joomla! Template Framework." />')
    return page("s23-13", family="department_foreign_affairs_joomla4_helix_ngay_viet_ngay_dang_nguoi_dich_theo_bao",
                name="kontum-songoaivu-joomla4-helix-ultimate-crumb-hop-tac-quoc-te-chuyen-muc-label-h1-ngay-viet-dd-mm-yyyy-then-ngay-dang-dd-mm-yyyy-hh-mm-utc-time-agrees-italic-intro-lead-caption-anh-credit-theo-bao-line-nguoi-dich-translator",
                url=url, art=A13, main_fn=main, pub=pub, prefix="nv", kb=145,
                org="Sở Ngoại vụ tỉnh Kon Tum", addr="Số 364 đường Bà Triệu, phường Quyết Thắng, TP Kon Tum, tỉnh Kon Tum", phone="0260.3862.521",
                crumbs=crumbs, top=head_top("nv", "/images/banner-songoaivu.png", "Sở Ngoại vụ tỉnh Kon Tum", days=1, hours=5),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="sp-module nv-new")
                + vb_box(["Kế hoạch số 88/KH-UBND về công tác đối ngoại năm 2025", "Quy chế quản lý đoàn ra, đoàn vào tỉnh Kon Tum"], cls="nv-vb"),
                shell_kw={"layout": "joomla", "items": MENU_GOV, "head_extra": head, "title": A13.title},
                exp=expected(A13, iso(pub), author="Vi Thị Hà", category="Hợp tác quốc tế"),
                traps={"written": ["Ngày viết: 18/03/2025"], "bylines": ["Người dịch: Vi Thị Hà", "Theo Báo Pasaxon (Lào)"], "chrome": ["Chuyên mục:", "Lượt xem: 188", "Bài viết liên quan"],
                       "related": lambda rl: rl[:4]},
                notes="Joomla 4 with Helix Ultimate 2 of a Sở Ngoại vụ. The article-info row prints TWO dates: 'Ngày viết: 18/03/2025' (the day the translation was written) and 'Ngày đăng: 21/03/2025 10:15' (posting, in <time datetime='2025-03-21T03:15:00+00:00'> which agrees once converted) → published_at 2025-03-21T10:15; the 'Ngày viết' date is not a publication or update stamp. 'Chuyên mục: Hợp tác quốc tế' (= the crumb's last level) → category. Italic first paragraph of the articleBody = lead. The caption keeps its credit '(Ảnh: Báo Pasaxon)'; photographer null. The text is a TRANSLATION of an unsigned article of a Lao paper: 'Theo Báo Pasaxon (Lào)' is a source line (not a unit), 'Người dịch: Vi Thị Hà' names the translator, the only person credited → author 'Vi Thị Hà' (as set 5 recorded 'Lược dịch: …'), unit null. 17/3/2025 in the lead is the Lao paper's issue, a decoy.",
                readme="Joomla 4 + Helix Ultimate Sở Ngoại vụ: 'Ngày viết: dd/mm/yyyy' (decoy) then 'Ngày đăng: dd/mm/yyyy HH:MM' (<time> UTC agrees), 'Chuyên mục:' label, italic intro lead, caption with '(Ảnh: …)' kept, translation credited 'Theo Báo Pasaxon (Lào)' + 'Người dịch: Name' → translator = author, no unit")


# ===================================================================== 14 Sở NN&PTNT tỉnh Hà Nam: WordPress Kadence, update printed before publication, infographic 'Nội dung: … - Đồ họa: …'
A14 = Art("Hà Nam chủ động phòng, chống thiên tai năm 2025",
          None,
          [("raw", '<figure class="wp-block-image size-full infographic"><img decoding="async" width="1080" height="3200" src="/wp-content/uploads/2025/04/infographic-pctt-2025.png" alt="Infographic Hà Nam chủ động phòng, chống thiên tai năm 2025" /></figure>'),
           ("p", "Năm 2025, Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Hà Nam xác định chủ động phòng ngừa, ứng phó kịp thời với các loại hình thiên tai, hạn chế thấp nhất thiệt hại về người và tài sản."),
           ("ul", ["Kiểm tra, đánh giá an toàn 53,6 km đê sông Hồng, sông Đáy và 34 km đê sông Châu trước mùa mưa bão.",
                   "Duy tu, sửa chữa 12 trạm bơm tiêu; nạo vét 85 km kênh mương với kinh phí gần 40 tỷ đồng.",
                   "Dự trữ vật tư, phương tiện cứu hộ tại 6 kho tuyến huyện theo phương châm “4 tại chỗ”."]),
           ("p", "Các địa phương hoàn thành việc kiện toàn ban chỉ huy phòng, chống thiên tai cấp xã trước ngày 15/5/2025; tổ chức diễn tập phương án hộ đê tại các huyện Duy Tiên, Kim Bảng, Lý Nhân.")])
BYLINE14 = "Nội dung: Ngọc Hà - Đồ họa: Minh Trí"


def page14():
    pub, upd = T("2025-04-03 16:45"), T("2025-04-04 15:10")

    def main(rng, rl, rd):
        body = A14.render(p=lambda t: f"<p>{esc(t)}</p>", ul=lambda items: '<ul class="wp-block-list">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        relx = "".join(f'<article class="entry loop-entry"><h3 class="entry-title"><a href="/{slug(t)}/">{esc(t)}</a></h3><div class="entry-meta"><time>{dmy(d)}</time></div></article>' for t, d in zip(rl[:3], rd))
        return (f'<article id="post-1984" class="entry content-bg single-entry post-1984 post type-post status-publish category-thuy-loi-phong-chong-thien-tai">'
                f'<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit"><div class="entry-taxonomies"><span class="category-links term-links category-style-normal">'
                f'<a href="/chuyen-muc/thuy-loi-phong-chong-thien-tai/" rel="tag">Thủy lợi - Phòng chống thiên tai</a></span></div>'
                f'<h1 class="entry-title">{esc(A14.title)}</h1><div class="entry-meta entry-meta-divider-dot">'
                f'<span class="updated-on"><time class="entry-date updated" datetime="{iso(upd)}">Cập nhật lần cuối {dmy(upd)} lúc {hm(upd)}</time></span><span class="meta-divider"> · </span>'
                f'<span class="posted-on"><time class="entry-date published" datetime="{iso(pub)}">Đăng lần đầu {dmy(pub)} lúc {hm(pub)}</time></span></div></header>'
                f'<div class="entry-content single-content">{body}{right_bold(BYLINE14)}</div></div>'
                f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="post-navigation-sub"><small>Bài trước</small></span></a></div>'
                f'<div class="nav-next"><a href="#" rel="next"><span class="post-navigation-sub"><small>Bài tiếp</small></span></a></div></div></nav>'
                f'<div class="entry-related alignfull"><h2 class="entry-related-title">Bài viết tương tự</h2><div class="entry-related-inner">{relx}</div></div>'
                f'<p class="no-comments">Bình luận đã bị đóng.</p></article>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="widget sn-new")
                + '<section class="widget sn-water"><h2 class="widget-title">Mực nước sông</h2><p>Sông Hồng tại Hà Nam: 2,85 m (07:00 05/04/2025)</p><p>Sông Đáy tại Phủ Lý: 1,62 m (07:00 05/04/2025)</p></section>')

    url = "https://snnptnt.hanam.gov.vn/ha-nam-chu-dong-phong-chong-thien-tai-nam-2025/"
    head = (og(A14.title, url, {"og:site_name": "Sở Nông nghiệp và PTNT tỉnh Hà Nam", "article:published_time": iso(pub), "article:modified_time": iso(upd)})
            + '<meta name="generator" content="WordPress 6.7.2" /><link rel="stylesheet" id="kadence-global-css" href="/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.16" />')
    return page("s23-14", family="department_agriculture_wp_kadence_update_first_infographic_noi_dung_do_hoa",
                name="hanam-sonnptnt-wordpress-kadence-entry-taxonomies-category-above-h1-meta-cap-nhat-lan-cuoi-printed-before-dang-lan-dau-dd-mm-yyyy-luc-hh-mm-times-agree-infographic-image-no-caption-no-lead-ul-items-noi-dung-name-dash-do-hoa-name",
                url=url, art=A14, main_fn=main, pub=pub, prefix="sn", kb=120,
                org="Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Nam", addr="Số 9 đường Biên Hòa, phường Minh Khai, TP Phủ Lý, tỉnh Hà Nam", phone="0226.3852.301",
                top=head_top("sn", "/wp-content/uploads/logo-snn.png", "Sở Nông nghiệp và PTNT tỉnh Hà Nam", days=1, hours=14),
                side=side, shell_kw={"layout": "wp", "items": MENU_GOV, "head_extra": head, "title": A14.title + " – Sở Nông nghiệp và PTNT Hà Nam"},
                exp=expected(A14, iso(pub), updated=iso(upd), author="Ngọc Hà", category="Thủy lợi - Phòng chống thiên tai", captions=[]),
                traps={"bylines": [BYLINE14], "chrome": ["Bài viết tương tự", "Bình luận đã bị đóng.", "Mực nước sông", "Bài trước"], "related": lambda rl: rl[:3]},
                notes="WordPress with the Kadence theme of a Sở Nông nghiệp và PTNT. The meta row prints the UPDATE FIRST: 'Cập nhật lần cuối 04/04/2025 lúc 15:10 · Đăng lần đầu 03/04/2025 lúc 16:45' (both in <time>s with +07:00 that agree) → published_at 2025-04-03T16:45 (the second stamp), updated_at 2025-04-04T15:10 (the first). A reader taking the first stamp as the publication would swap them. Category from the Kadence taxonomy link above the h1, 'Thủy lợi - Phòng chống thiên tai' (no crumb). An INFOGRAPHIC item: the tall image has no caption (alt only) → captions []; the text under it (a paragraph, three <ul> items, a paragraph) is the body; no sapo → lead null. Credit 'Nội dung: Ngọc Hà - Đồ họa: Minh Trí' → author 'Ngọc Hà' (who wrote the content); the graphic designer is neither author nor photographer (as sets 4, 6, 20) → photographer null. Post navigation, 'Bài viết tương tự', closed comments; the river-level box with 05/04 times is a decoy.",
                readme="WordPress Kadence Sở NN&PTNT: 'Cập nhật lần cuối dd/mm/yyyy lúc HH:MM · Đăng lần đầu dd/mm/yyyy lúc HH:MM' (update printed FIRST; <time>s agree), Kadence category above the h1, infographic without caption, no lead, <ul> items, 'Nội dung: A - Đồ họa: B' → author A, no photographer")


# ===================================================================== 15 Hội LHPN tỉnh Quảng Nam: Joomla 4 + YOOtheme Pro, vi-VN toLocaleString stamp, writer whose surname 'Ông' reads like the honorific (TWIST)
A15 = Art("Duy Xuyên: Hội viên phụ nữ thoát nghèo nhờ nghề dệt lụa truyền thống",
          "Từ nguồn vốn vay ưu đãi và các lớp tập huấn nghề do Hội LHPN huyện Duy Xuyên phối hợp tổ chức, nhiều hội viên phụ nữ ở làng lụa Mã Châu đã khôi phục khung dệt, có thu nhập ổn định và vươn lên thoát nghèo.",
          [("p", "Năm 2023, chị Nguyễn Thị Thu (khối phố Chợ Được, thị trấn Nam Phước) được Hội giới thiệu vay 50 triệu đồng từ Ngân hàng Chính sách xã hội để mua 2 khung dệt cải tiến. Đến nay, mỗi tháng gia đình chị dệt khoảng 300 m lụa, thu nhập gần 12 triệu đồng."),
           ("img", "/images/2025/03/det-lua-ma-chau.jpg", "Hội viên phụ nữ làng lụa Mã Châu dệt lụa trên khung dệt cải tiến"),
           ("p", "Hội LHPN thị trấn Nam Phước đã thành lập tổ hợp tác dệt lụa với 18 thành viên, kết nối với các cửa hàng ở Hội An để tiêu thụ sản phẩm. Theo ông Trần Văn Bảy, Trưởng khối phố Chợ Được, nhờ có tổ hợp tác, nhiều chị em không còn phải đi làm ăn xa."),
           ("p", "Năm 2024, Hội LHPN huyện đã hỗ trợ 126 hội viên vay vốn phát triển sinh kế, giúp 37 hộ do phụ nữ làm chủ thoát nghèo. Hội tiếp tục phối hợp quảng bá sản phẩm lụa Mã Châu trên các nền tảng thương mại điện tử.")])
BYLINE15 = "Ông Thị Mỹ Linh - Hội LHPN huyện Duy Xuyên"


def page15():
    pub = T("2025-03-07 16:30")

    def loc(d):
        return f"{hm(d)}:00 {d.day}/{d.month}/{d.year}"

    def main(rng, rl, rd):
        utc = pub.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        body = A15.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: f'<figure class="uk-margin"><img src="{s}" alt="" class="uk-width-1-1" /><figcaption class="uk-text-meta uk-text-center">{esc(c)}</figcaption></figure>')
        relx = "".join(f'<li><a class="uk-link-heading" href="/hoat-dong-co-so/{rng.randint(900, 1399)}-{slug(t)}">{esc(t)}</a> <span class="uk-text-meta">{loc(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<article id="article-1188" class="uk-article" data-permalink="/hoat-dong-co-so/1188-duy-xuyen-hoi-vien-phu-nu-thoat-ngheo" typeof="Article" vocab="https://schema.org/">'
                f'<meta property="name" content="{esc(A15.title, True)}" /><meta property="author" typeof="Person" content="hoilhpn_qnam" />'
                f'<meta property="dateModified" content="2025-03-08T02:10:00+00:00" /><meta class="uk-margin-remove-adjacent" property="datePublished" content="{utc}" />'
                f'<h1 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-article-title">{esc(A15.title)}</h1>'
                f'<p class="uk-margin-top uk-margin-remove-bottom uk-article-meta">Viết bởi hoilhpn_qnam lúc <time datetime="{utc}" data-local-time>{loc(pub)}</time>. '
                f'Chuyên mục: <a href="/hoat-dong-co-so">Hoạt động cơ sở</a>.</p>'
                f'<div class="uk-margin-medium-top" property="text"><p class="uk-text-lead">{esc(A15.lead)}</p>{body}'
                f'<p style="text-align: right;"><em>{esc(BYLINE15)}</em></p></div>'
                f'<ul class="uk-pagination uk-margin-medium"><li><a href="#"><span uk-pagination-previous></span> Trước</a></li><li class="uk-margin-auto-left"><a href="#">Tiếp <span uk-pagination-next></span></a></li></ul></article>'
                f'<div class="uk-card uk-card-default uk-card-body tm-related"><h3 class="uk-card-title">Tin liên quan</h3><ul class="uk-list uk-list-divider">{relx}</ul></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=loc, cls="uk-panel hp-new")
                + '<div class="uk-panel hp-quy"><h3>Quỹ “Mái ấm tình thương”</h3><p>Đã vận động đến 28/02/2025: 1,26 tỷ đồng · 21 căn nhà</p></div>')

    crumbs = ('<nav class="uk-margin-medium-bottom" aria-label="Breadcrumb"><ul class="uk-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>'
              '<li><a href="/hoat-dong-co-so">Hoạt động cơ sở</a></li></ul></nav>')
    url = "https://phunu.quangnam.gov.vn/hoat-dong-co-so/1188-duy-xuyen-hoi-vien-phu-nu-thoat-ngheo-nho-nghe-det-lua-truyen-thong"
    head = (og(A15.title, url, {"og:site_name": "Hội Liên hiệp Phụ nữ tỉnh Quảng Nam", "og:description": A15.lead[:150]})
            + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/templates/yootheme/css/theme.12.css?1741800000" rel="stylesheet" />'
            + '<script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit.min.js?4.4.8"></script>')
    return page("s23-15", family="womens_union_joomla4_yootheme_surname_ong_looks_like_honorific",
                name="quangnam-hlhpn-joomla4-yootheme-pro-uk-breadcrumb-hoat-dong-co-so-h1-uk-article-title-viet-boi-account-vi-vn-tolocalestring-hh-mm-ss-d-m-yyyy-uk-text-lead-uk-text-meta-figcaption-italic-surname-ong-thi-name-dash-hoi-lhpn-huyen",
                url=url, art=A15, main_fn=main, pub=pub, prefix="hp", kb=130,
                org="Hội Liên hiệp Phụ nữ tỉnh Quảng Nam", addr="Số 2 đường Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam", phone="0235.3851.337",
                crumbs=crumbs, top=head_top("hp", "/images/logo-hlhpn.png", "Hội LHPN tỉnh Quảng Nam", days=1, hours=2),
                side=side, shell_kw={"layout": "joomla", "items": MENU_MASS, "head_extra": head, "title": A15.title + " - Hội LHPN tỉnh Quảng Nam"},
                exp=expected(A15, iso(pub), author="Ông Thị Mỹ Linh", unit="Hội LHPN huyện Duy Xuyên", category="Hoạt động cơ sở"),
                traps={"bylines": [BYLINE15], "accounts": ["hoilhpn_qnam"], "chrome": ["Tin liên quan", "Trước", "Quỹ “Mái ấm tình thương”"], "related": lambda rl: rl[:4]},
                notes="TWIST: the italic right byline is 'Ông Thị Mỹ Linh - Hội LHPN huyện Duy Xuyên'. 'Ông' here is the writer's SURNAME (a real, rare Vietnamese family name, 翁), not the honorific 'ông' (Mr) — a woman's name ('Thị'), writing for the women's union. → author 'Ông Thị Mỹ Linh' (whole, as printed), unit 'Hội LHPN huyện Duy Xuyên'. A reader who strips 'Ông' as a title records 'Thị Mỹ Linh'; one who treats 'Ông Name - …' as a quoted person's attribution (set 22's farmer) records no author. The text itself quotes 'ông Trần Văn Bảy' with the honorific. Joomla 4 with YOOtheme Pro (uk-article, RDFa meta): the meta line 'Viết bởi hoilhpn_qnam lúc 16:30:00 7/3/2025. Chuyên mục: Hoạt động cơ sở.' — the account is not an author; the time is rendered by a script in the browser's vi-VN toLocaleString shape (time with seconds FIRST, then an unpadded d/m/yyyy) inside a <time datetime='2025-03-07T09:30:00+00:00'> that agrees → 2025-03-07T16:30:00 (printed seconds :00). dateModified exists only as RDFa meta → updated_at null. uk-text-lead paragraph = lead; figcaption.uk-text-meta. Category 'Hoạt động cơ sở' (meta and crumb). The fund box 'đến 28/02/2025' is a decoy.",
                readme="TWIST byline 'Ông Thị Mỹ Linh - Hội LHPN huyện …' — 'Ông' is the writer's SURNAME, not the honorific 'Mr' → author kept whole; Joomla 4 YOOtheme Pro Hội LHPN, vi-VN toLocaleString stamp '16:30:00 7/3/2025' (time with seconds first, unpadded date; UTC <time> agrees), 'Viết bởi <account>', uk-text-lead lead, uk-text-meta figcaption")


# ===================================================================== 16 Ủy ban MTTQ Việt Nam tỉnh Bình Dương: Piranha CMS (ASP.NET Core), open letter signed 'BAN BIÊN TẬP'
A16 = Art("Thư ngỏ: Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh ra mắt giao diện mới",
          "Từ ngày 05/02/2025, Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Bình Dương chính thức vận hành giao diện mới, thân thiện hơn với thiết bị di động và thuận tiện hơn cho việc tra cứu thông tin.",
          [("p", "Kính gửi quý bạn đọc,"),
           ("p", "Sau 8 năm hoạt động, Trang thông tin điện tử của Ủy ban MTTQ Việt Nam tỉnh đã đăng tải hơn 14.000 tin, bài phản ánh hoạt động của Mặt trận và các tổ chức thành viên, trở thành kênh thông tin quen thuộc của cán bộ, đoàn viên, hội viên và nhân dân trong tỉnh."),
           ("p", "Giao diện mới được thiết kế theo hướng tinh gọn, bổ sung các chuyên mục “Mặt trận với chuyển đổi số”, “Tiếng nói cơ sở”, “Giám sát và phản biện xã hội”; tích hợp công cụ tìm kiếm văn bản và chức năng gửi ý kiến, kiến nghị của cử tri trực tuyến."),
           ("img", "/media/2025/02/giao-dien-moi-mttq.png", "Giao diện mới của Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh trên máy tính và điện thoại"),
           ("p", "Trong thời gian đầu vận hành, không tránh khỏi những thiếu sót; chúng tôi rất mong nhận được ý kiến góp ý của quý bạn đọc qua hộp thư điện tử của trang hoặc chức năng “Góp ý” ở cuối mỗi trang."),
           ("p", "Trân trọng cảm ơn!")])


def page16():
    pub = T("2025-02-05 08:00")

    def main(rng, rl, rd):
        body = A16.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: f'</div><div class="block image-block"><figure class="figure"><img class="figure-img img-fluid" src="{s}" alt="" /><figcaption class="figure-caption text-center">{esc(c)}</figcaption></figure></div><div class="block html-block">')
        same = "".join(f'<li class="list-group-item"><a href="/tin-tuc/{slug(t)}">{esc(t)}</a> <small class="text-muted">{dmy(d)} · {hm(d)}</small></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="post"><header><h1>{esc(A16.title)}</h1>'
                f'<p class="post-meta"><span>{dmy(pub)} · {hm(pub)}</span> <span>· 3 phút đọc</span> <span>· Trong mục <a href="/tin-tuc/category/thong-bao">Thông báo</a></span></p></header>'
                f'<div class="block html-block"><p class="lead">{esc(A16.lead)}</p>{body}'
                f'<p style="text-align:right"><em>Bình Dương, ngày 04 tháng 02 năm 2025</em></p><p style="text-align:right"><strong>BAN BIÊN TẬP</strong></p></div>'
                f'<div class="post-share">Chia sẻ: <a href="#">Facebook</a> · <a href="#">Zalo</a> · <a href="#">Sao chép liên kết</a></div>'
                f'<div class="post-same"><h3>Tin cùng mục</h3><ul class="list-group">{same}</ul></div></article>')

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li>'
              '<li class="breadcrumb-item active" aria-current="page">Thông báo</li></ol></nav>')
    url = "https://mattran.binhduong.gov.vn/tin-tuc/thu-ngo-trang-thong-tin-dien-tu-uy-ban-mttq-viet-nam-tinh-ra-mat-giao-dien-moi"
    head = (og(A16.title, url, {"og:site_name": "Ủy ban MTTQ Việt Nam tỉnh Bình Dương", "og:description": A16.lead[:150]})
            + '<meta name="generator" content="Piranha CMS" /><link rel="stylesheet" href="/assets/css/style.min.css?v=11.0" />')
    return page("s23-16", family="mttq_piranha_open_letter_ban_bien_tap_signature",
                name="binhduong-mttq-piranha-cms-aspnetcore-bootstrap-crumb-last-plain-thong-bao-h1-post-meta-dd-mm-yyyy-middot-hh-mm-reading-time-trong-muc-p-lead-image-block-figcaption-open-letter-place-date-line-then-caps-ban-bien-tap-signature",
                url=url, art=A16, main_fn=main, pub=pub, prefix="mt", kb=120,
                org="Ủy ban MTTQ Việt Nam tỉnh Bình Dương", addr="Tầng 6, Tháp B, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP Thủ Dầu Một, tỉnh Bình Dương", phone="0274.3822.557",
                crumbs=crumbs, top=head_top("mt", "/assets/img/logo-mttq.png", "Ủy ban MTTQ Việt Nam tỉnh Bình Dương", days=0, hours=6),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="mt-new")
                + '<div class="mt-quy"><h3>Quỹ “Vì người nghèo”</h3><p>Tiếp nhận năm 2025 (đến 31/01/2025): 3,4 tỷ đồng</p></div>',
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A16.title + " | Ủy ban MTTQ Việt Nam tỉnh Bình Dương"},
                exp=expected(A16, iso(pub), author="BAN BIÊN TẬP", category="Thông báo"),
                traps={"signature": ["Bình Dương, ngày 04 tháng 02 năm 2025", "BAN BIÊN TẬP"], "chrome": ["3 phút đọc", "Tin cùng mục", "Chia sẻ:", "Quỹ “Vì người nghèo”"],
                       "related": lambda rl: rl[:4]},
                notes="Piranha CMS (ASP.NET Core, Razor blog template: post-meta, html-block / image-block) of an Ủy ban MTTQ tỉnh. An OPEN LETTER from the site's editorial board announcing the new interface. Meta '05/02/2025 · 08:00 · 3 phút đọc · Trong mục Thông báo' → 2025-02-05T08:00 (the reading time is not a time). p.lead = lead; the salutation 'Kính gửi quý bạn đọc,' and the closing 'Trân trọng cảm ơn!' are body. The letter ends with a place-date line 'Bình Dương, ngày 04 tháng 02 năm 2025' (the day it was written — a decoy, not the publication) and the bold right signature 'BAN BIÊN TẬP' → author 'BAN BIÊN TẬP' as printed (capitals kept; the editorial board is the writer of an editorial letter, as set 1 recorded 'BBT'; unlike sets 18/20, this is not the signature block of an official document or appeal quoted in a reporter's item). Both signature lines are not body. Bootstrap crumb with a plain last item 'Thông báo' (= 'Trong mục') → category. Image-block figcaption. The fund box 'đến 31/01/2025' is a decoy.",
                readme="Piranha CMS MTTQ: open letter, '05/02/2025 · 08:00 · 3 phút đọc', p.lead, salutation and closing in the body, place-date line 'Bình Dương, ngày … năm 2025' (decoy) + caps signature 'BAN BIÊN TẬP' → author as printed, image-block figcaption, plain last crumb 'Thông báo'")


# ===================================================================== 17 Tỉnh đoàn Bình Thuận: Symfony + Twig + Stimulus, a mobile copy of the sidebar widget INSIDE the text (TWIST), 'Name (ghi)'
WIDGET17 = ["Tỉnh đoàn Bình Thuận hiện có 13 huyện, thị, thành đoàn và đoàn trực thuộc với hơn 58.000 đoàn viên sinh hoạt tại 520 cơ sở đoàn.",
            "Phong trào “Thanh niên tình nguyện”, “Tuổi trẻ sáng tạo” và chương trình hỗ trợ thanh niên khởi nghiệp được triển khai sâu rộng, thu hút đông đảo đoàn viên, thanh niên tham gia."]


def widget17(cls):
    return (f'<div class="{cls}" data-controller="widget" data-widget-id-value="gioi-thieu"><div class="widget__title">Giới thiệu Tỉnh đoàn</div>'
            + "".join(f"<p>{esc(t)}</p>" for t in WIDGET17) + '<a class="widget__more" href="/gioi-thieu">Xem thêm</a></div>')


A17 = Art("“Tôi chọn về quê làm thanh long sấy dẻo”",
          "Anh Lê Văn Tâm (SN 1994, xã Phong Phú, huyện Tuy Phong) từng có công việc ổn định ở TP Hồ Chí Minh, nhưng anh quyết định trở về quê khởi nghiệp với sản phẩm thanh long sấy dẻo. Dưới đây là câu chuyện của anh.",
          [("p", "Năm 2020, thanh long rớt giá, nhiều vườn ở quê tôi phải bỏ trái chín rụng đầy gốc. Nhìn cảnh đó, tôi nghĩ nếu chỉ bán trái tươi thì nông dân mãi phụ thuộc vào thương lái, nên bắt đầu tìm hiểu cách sấy dẻo để giữ được lâu."),
           ("p", "Những mẻ sấy đầu tiên hỏng gần hết vì không kiểm soát được nhiệt độ. Tôi lên mạng học, hỏi các thầy ở trường đại học, mất gần một năm mới ra được sản phẩm giữ được màu đỏ tự nhiên, không dùng chất bảo quản."),
           ("raw", widget17("in-article-widget d-lg-none")),
           ("img", "/uploads/2025/03/thanh-long-say-deo-tuy-phong.jpg", "Anh Lê Văn Tâm kiểm tra sản phẩm thanh long sấy dẻo trước khi đóng gói"),
           ("p", "Năm 2022, tôi được Huyện đoàn Tuy Phong giới thiệu vay 100 triệu đồng từ nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội, cùng 4 bạn trẻ trong xã thành lập hợp tác xã. Sản phẩm của chúng tôi được công nhận OCOP 3 sao vào cuối năm 2023."),
           ("p", "Hiện mỗi tháng hợp tác xã thu mua khoảng 20 tấn thanh long của bà con, tạo việc làm cho 12 lao động. Tôi mong các bạn trẻ đừng ngại thất bại, cứ bắt đầu từ những gì quê mình sẵn có.")])


def page17():
    pub = T("2025-03-26 19:30")

    def main(rng, rl, rd):
        body = A17.render(p=lambda t: f'<p class="article__p">{esc(t)}</p>',
                          img=lambda s, c, n: f'<p class="article__img" style="text-align:center"><img src="{s}" alt="" loading="lazy" /></p><p class="article__caption" style="text-align:center"><em>{esc(c)}</em></p>')
        relx = "".join(f'<li class="card-news"><a href="/tin-tuc/{slug(t)}-{rng.randint(1000, 4999)}">{esc(t)}</a><span class="card-news__date">{dmy(d)}</span></li>' for t, d in zip(rl[:4], rd))
        return (f'<main data-controller="article"><article class="article"><h1 class="article__title">{esc(A17.title)}</h1>'
                f'<div class="article__meta"><span class="article__date">{dmy(pub)}</span> · <span class="article__read">5 phút đọc</span></div>'
                f'<div class="article__sapo"><strong>{esc(A17.lead)}</strong></div><div class="article__body">{body}'
                f'<p class="article__author" style="text-align:right"><strong>Bảo Châu (ghi)</strong></p></div>'
                f'<div class="article__share" data-controller="share"><span>Chia sẻ</span> <a href="#">Facebook</a> <a href="#">Zalo</a></div>'
                f'<section class="article__related"><h2>Bài viết liên quan</h2><ul>{relx}</ul></section>'
                f'<section class="article__comments"><h2>Bình luận (0)</h2><form method="post" action="/binh-luan"><input type="hidden" name="_token" value="{alnum(rng, 43)}" />'
                f'<textarea name="comment[content]"></textarea><button type="submit">Gửi bình luận</button></form></section></article></main>')

    def side(rng, pub):
        return (widget17("widget widget--intro d-none d-lg-block")
                + '<div class="widget widget--event"><div class="widget__title">Kỷ niệm 94 năm Ngày thành lập Đoàn</div><p>26/3/1931 - 26/3/2025</p></div>'
                + side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="widget widget--news"))

    crumbs = ('<nav class="breadcrumbs" aria-label="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li>›</li><li><a href="/thanh-nien">Thanh niên</a></li><li>›</li>'
              '<li><a href="/thanh-nien/guong-thanh-nien-tieu-bieu">Gương thanh niên tiêu biểu</a></li></ol></nav>')
    url = "https://tinhdoan.binhthuan.gov.vn/tin-tuc/toi-chon-ve-que-lam-thanh-long-say-deo-5127"
    head = (og(A17.title, url, {"og:site_name": "Tỉnh đoàn Bình Thuận", "og:description": A17.lead[:150]})
            + '<link rel="stylesheet" href="/build/app.5f3a91c2.css" /><script src="/build/runtime.a1b2c3d4.js" defer></script><script src="/build/app.9e8d7c6b.js" defer></script>')
    return page("s23-17", family="youth_union_symfony_mobile_sidebar_widget_inside_text_ghi_byline",
                name="binhthuan-tinhdoan-symfony-twig-stimulus-crumb-guong-thanh-nien-tieu-bieu-h1-curly-quotes-as-told-dd-mm-yyyy-date-only-reading-time-bold-sapo-mobile-only-intro-widget-inside-article-body-after-paragraph-2-em-caption-name-ghi-byline",
                url=url, art=A17, main_fn=main, pub=pub, prefix="td", kb=125,
                org="Tỉnh đoàn Bình Thuận", addr="Số 2 đường Nguyễn Tất Thành, phường Phú Trinh, TP Phan Thiết, tỉnh Bình Thuận", phone="0252.3822.617",
                crumbs=crumbs, top=head_top("td", "/build/images/logo-tinhdoan.png", "Tỉnh đoàn Bình Thuận", days=0, hours=3),
                side=side, shell_kw={"layout": "bootstrap", "items": MENU_MASS, "head_extra": head, "title": A17.title + " | Tỉnh đoàn Bình Thuận"},
                exp=expected(A17, isod(pub), author="Bảo Châu", category="Gương thanh niên tiêu biểu"),
                traps={"sidebar_widget": WIDGET17 + ["Giới thiệu Tỉnh đoàn"], "bylines": ["Bảo Châu (ghi)"], "chrome": ["5 phút đọc", "Bài viết liên quan", "Bình luận (0)", "Kỷ niệm 94 năm Ngày thành lập Đoàn"],
                       "related": lambda rl: rl[:3]},
                notes="TWIST: the Symfony/Twig theme prints the sidebar's 'Giới thiệu Tỉnh đoàn' widget a SECOND time INSIDE div.article__body, after the second paragraph, for mobile readers (Bootstrap 'd-lg-none'; the desktop copy in the sidebar is 'd-none d-lg-block'). Its two paragraphs ('Tỉnh đoàn Bình Thuận hiện có 13 huyện, thị, thành đoàn … 58.000 đoàn viên …', 'Phong trào “Thanh niên tình nguyện”, “Tuổi trẻ sáng tạo” và chương trình hỗ trợ thanh niên khởi nghiệp …') read like the article's own text — the story is about a young entrepreneur — and sit between its paragraphs in the DOM, under a small 'Giới thiệu Tỉnh đoàn' title and a 'Xem thêm' link. They are the sidebar's text, repeated → not body. A reader collecting every paragraph of the article body adds two foreign paragraphs in the middle of the story. Title in curly quotes (an as-told first-person story). '26/03/2025 · 5 phút đọc' → date only '2025-03-26' (no machine time; the reading time is not a time). Bold sapo = lead. Centred em caption paragraph. Bold right 'Bảo Châu (ghi)' ('ghi' = written down by; the entrepreneur tells, the reporter records) → author 'Bảo Châu', the narrator is not an author. Crumb 'Trang chủ › Thanh niên › Gương thanh niên tiêu biểu' → the last level. The anniversary box (26/3/1931 - 26/3/2025) is a decoy.",
                readme="TWIST the sidebar's 'Giới thiệu Tỉnh đoàn' widget is printed a second time INSIDE the article body for mobile (d-lg-none), two paragraphs that read like the story → not body; Symfony/Twig Tỉnh đoàn, as-told story with curly-quote title, 'dd/mm/yyyy · 5 phút đọc' date only, bold sapo, em caption, 'Name (ghi)' byline")


# ===================================================================== 18 Huyện ủy Phước Long (Bạc Liêu): NukeViet 4.5 custom theme, byline ABOVE the headline 'Name | Unit'
A18 = Art("Nói đi đôi với làm - thước đo uy tín của người đảng viên ở cơ sở",
          "Ở nông thôn, người dân nhìn vào việc làm hằng ngày của đảng viên để đánh giá, chứ không chỉ nghe những lời hứa trong các cuộc họp. Nói đi đôi với làm vì thế trở thành thước đo uy tín của người đảng viên ở cơ sở.",
          [("p", "Ở ấp Phước Hậu, xã Vĩnh Phú Tây, khi vận động nhân dân làm tuyến đường đal dài 1,5 km, đồng chí bí thư chi bộ ấp là người đầu tiên hiến 120 m² đất và tự tháo dỡ hàng rào. Chỉ trong hai tháng, 38 hộ dân hai bên đường đều đồng thuận, công trình hoàn thành sớm hơn kế hoạch."),
           ("p", "Ngược lại, vẫn còn nơi có đảng viên phát biểu rất hăng hái trong sinh hoạt chi bộ nhưng gia đình lại chậm đóng góp các khoản do nhân dân bàn bạc, thống nhất. Những trường hợp như vậy làm giảm niềm tin của nhân dân đối với tổ chức đảng."),
           ("img", "/uploads/news/2025_04/lam-duong-phuoc-hau.jpg", "Đảng viên ấp Phước Hậu cùng người dân ra quân làm đường giao thông nông thôn"),
           ("p", "Để nói đi đôi với làm trở thành nếp, mỗi chi bộ cần cụ thể hóa trách nhiệm nêu gương bằng những việc làm có thời hạn; định kỳ đánh giá trong sinh hoạt chi bộ và lấy ý kiến nhận xét của nhân dân nơi cư trú đối với đảng viên."),
           ("p", "Khi mỗi đảng viên thực sự gương mẫu từ những việc nhỏ nhất, lời nói của cấp ủy sẽ có sức thuyết phục, tạo được sự đồng thuận của nhân dân trong thực hiện các nhiệm vụ chính trị ở địa phương.")])


def page18():
    pub = T("2025-04-15 08:05")

    def main(rng, rl, rd):
        body = A18.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>',
                          img=lambda s, c, n: f'<figure class="article center"><img alt="" src="{s}" class="img-thumbnail" /><figcaption>{esc(c)}</figcaption></figure>')
        newer = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/news/binh-luan-goc-nhin/{slug(t)}-{rng.randint(100, 999)}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<div class="author-top"><em class="fa fa-pencil">&nbsp;</em>Trần Thị Ngọc Giàu | Ban Tuyên giáo Huyện ủy</div>'
                f'<h1 class="title margin-bottom-lg">{esc(A18.title)}</h1>'
                f'<div class="meta-row"><span class="h5"><em class="fa fa-clock-o">&nbsp;</em>{dmy(pub)} {hm(pub)}</span> <span class="views"><em class="fa fa-eye">&nbsp;</em>Đã xem: 1.204</span></div>'
                f'<div class="hometext"><strong>{esc(A18.lead)}</strong></div><div id="news-bodyhtml" class="bodytext">{body}</div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{newer}</ul></div></div>')

    def left(rng, pub):
        items = ["Tin hoạt động", "Xây dựng Đảng", "Bình luận - Góc nhìn", "Học tập và làm theo Bác", "Dân vận khéo", "Văn bản"]
        return '<div class="pl-left"><h3>Chuyên mục</h3><ul>' + "".join(f'<li><a href="/news/{slug(i)}/">{esc(i)}</a></li>' for i in items) + "</ul></div>"

    crumbs = ('<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/"><span>Trang chủ</span></a> »</li> '
              '<li><a href="/news/binh-luan-goc-nhin/"><span>Bình luận - Góc nhìn</span></a></li></ul></div>')
    url = "https://phuoclong.baclieu.dcs.vn/news/binh-luan-goc-nhin/noi-di-doi-voi-lam-thuoc-do-uy-tin-cua-nguoi-dang-vien-o-co-so-612.html"
    head = og(A18.title, url, {"og:site_name": "Đảng bộ huyện Phước Long", "og:description": A18.lead[:150]}) + '<meta name="generator" content="NukeViet v4.5" />'
    return page("s23-18", family="district_party_nukeviet45_byline_above_headline_name_pipe_unit",
                name="baclieu-phuoclong-huyenuy-nukeviet45-custom-theme-left-category-menu-crumb-binh-luan-goc-nhin-pencil-icon-byline-name-pipe-unit-above-h1-dd-mm-yyyy-hh-mm-da-xem-bold-hometext-lead-figure-center-figcaption-nhung-tin-cu-hon",
                url=url, art=A18, main_fn=main, pub=pub, prefix="pl", kb=110,
                org="Đảng bộ huyện Phước Long", addr="Ấp Long Thành, thị trấn Phước Long, huyện Phước Long, tỉnh Bạc Liêu", phone="0291.3845.115",
                crumbs=crumbs, top=head_top("pl", "/themes/huyenuy/images/banner.jpg", "Đảng bộ huyện Phước Long", days=1, hours=0),
                side=lambda rng, pub: side_std(rng, pub, "Tin xem nhiều", fmt=lambda d: dmy(d), cls="pl-most")
                + schedule(rng, pub + timedelta(days=1), "Lịch làm việc Thường trực Huyện ủy", "pl-lich"),
                shell_kw={"layout": "leftcol", "left": left, "head_extra": head, "title": A18.title + " - Đảng bộ huyện Phước Long"},
                exp=expected(A18, iso(pub), author="Trần Thị Ngọc Giàu", unit="Ban Tuyên giáo Huyện ủy", category="Bình luận - Góc nhìn"),
                traps={"bylines": ["Trần Thị Ngọc Giàu | Ban Tuyên giáo Huyện ủy"], "chrome": ["Đã xem: 1.204", "Những tin cũ hơn", "Lịch làm việc Thường trực Huyện ủy"], "related": lambda rl: rl[:4]},
                notes="NukeViet 4.5 with a custom theme (left category menu) of a Huyện ủy, commentary column. The byline is printed ABOVE the headline, with a pencil icon, name and unit separated by a PIPE: 'Trần Thị Ngọc Giàu | Ban Tuyên giáo Huyện ủy' → author 'Trần Thị Ngọc Giàu', unit 'Ban Tuyên giáo Huyện ủy' (a ' | ' between writer and unit, like ' - ' or ', '). Nothing after the text. '15/04/2025 08:05' with a clock icon and 'Đã xem: 1.204' → 2025-04-15T08:05. Bold hometext = lead. figure.article.center figcaption. Crumb 'Trang chủ » Bình luận - Góc nhìn' → 'Bình luận - Góc nhìn' (= the active left-menu item). The work schedule of the following days is a decoy.",
                readme="NukeViet 4.5 custom theme Huyện ủy: byline ABOVE the h1 with a pencil icon, 'Name | Unit' (pipe), 'dd/mm/yyyy HH:MM' + 'Đã xem', bold hometext lead, figure.center figcaption, nothing after the text but 'Những tin cũ hơn', crumb 'Bình luận - Góc nhìn', left category menu")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
