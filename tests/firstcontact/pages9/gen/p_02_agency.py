"""Set 9 (2): newspapers, commune and mass-organisation sites: photo credits, categories, awkward headlines."""
import random

from .common import Art, T, iso, isod, dmy, hm, esc, heads3, past, wd, slug
from .common import expected
from .kit import mk, rel, share, std

# =====================================================================
A7 = Art(
    "Nông dân Ninh Giang được mùa dưa hấu trái vụ",
    "Vụ dưa hấu trái vụ năm nay, nông dân các xã ven sông Luộc của huyện Ninh Giang thu hoạch trên 120 ha, năng suất bình quân 28 tấn/ha, giá bán tại ruộng 9.000 - 11.000 đồng/kg.",
    [
        ("p", "Dưa được trồng trên đất bãi sau vụ ngô xuân, áp dụng màng phủ nông nghiệp và tưới nhỏ giọt nên ít sâu bệnh, quả đều, vỏ mỏng. Mỗi sào dưa cho lãi 5 - 6 triệu đồng sau 70 ngày."),
        ("img", "/Images/2024/07/20/dua-hau-ninh-giang-1.jpg", "Nông dân xã Hồng Phúc thu hoạch dưa hấu", "Lê Hùng"),
        ("p", "Ông Vũ Văn Thạch ở thôn Hậu Bổng cho biết, gia đình trồng 1,2 ha, thu gần 35 tấn, thương lái đặt mua từ khi dưa chưa chín."),
        ("img", "/Images/2024/07/20/dua-hau-ninh-giang-2.jpg", "Dưa hấu được thương lái thu mua ngay tại ruộng", "Mai Chi"),
        ("p", "Phòng Nông nghiệp huyện khuyến cáo bà con không trồng liên tục trên cùng một chân đất để hạn chế bệnh héo xanh, đồng thời liên kết với hợp tác xã để ổn định đầu ra."),
    ])


def page07():
    rng = random.Random("set9-photo-credits-07")
    pub = T("2024-07-20 16:45")
    url = "https://baohaihung.vn/kinh-te/nong-dan-ninh-giang-duoc-mua-dua-hau-trai-vu-231877.htm"
    rl = heads3(rng, 6, avoid=[A7.title]); rd = past(pub, rng, 6, 1, 20)
    out = []
    for b in A7.blocks:
        if b[0] == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        else:
            out.append(f'<figure class="pic"><img src="{b[1]}" alt="{esc(b[2], True)}" /><figcaption>{esc(b[2])}</figcaption>'
                       f'<div class="pic-credit">Ảnh: {esc(b[3])}</div></figure>')
    main = f"""<div class="detail"><div class="detail-cate"><a href="/kinh-te">Kinh tế</a></div><h1>{esc(A7.title)}</h1>
<div class="detail-time">{dmy(pub)} | {hm(pub)}</div><h2 class="detail-sapo">{esc(A7.lead)}</h2>
<div class="detail-content">{''.join(out)}</div><div class="detail-author">Đức Anh</div>
{share()}{rel(rng, rl, rd, lambda d: dmy(d), cls="cung-muc", head="Cùng chuyên mục")}</div>"""
    crumbs = '<div class="bc"><a href="/">Trang chủ</a> › <a href="/kinh-te">Kinh tế</a></div>'
    html = std(rng, A7, prefix="bhh", kb=150, main=main, crumbs=crumbs, pub=pub, org="Báo Hải Hưng điện tử",
               addr="Số 45 đường Bạch Đằng, thành phố Hải Dương, tỉnh Hải Hưng", phone="0220.3853.262")
    return mk("baotinh_photo_credit_per_figure", "haihung-bao-two-photographers-credit-div-under-each-figcaption-dd-mm-pipe-time", url, html,
              expected(A7, iso(pub), author="Đức Anh", photographer="Lê Hùng, Mai Chi", category="Kinh tế"),
              {"credits": ["Ảnh: Lê Hùng", "Ảnh: Mai Chi"], "bylines": ["Đức Anh"], "related": rl[:3], "chrome": ["Cùng chuyên mục"]},
              "Provincial newspaper: each figure has a figcaption and, below it, its own div.pic-credit 'Ảnh: …' (two different "
              "photographers). Credits are outside the caption text → photographer 'Lê Hùng, Mai Chi' (page order); captions "
              "without the credit. h2 sapo = lead; '20/07/2024 | 16:45'; author from the foot div.",
              "per-photo 'Ảnh:' credit divs under each figcaption (two photographers), h2 sapo, 'dd/mm/yyyy | HH:MM'")


# =====================================================================
A8 = Art(
    "Xã Vĩnh Thạnh thu ngân sách 6 tháng đầu năm đạt 71%",
    "",
    [
        ("p", "Theo báo cáo của UBND xã Vĩnh Thạnh, tổng thu ngân sách trên địa bàn 6 tháng đầu năm 2024 đạt hơn 2,3 tỷ đồng, bằng 71% dự toán huyện giao; chi ngân sách hơn 1,9 tỷ đồng, bảo đảm hoạt động thường xuyên."),
        ("p", "Các khoản thu tăng khá là thu phí, lệ phí và thu từ quỹ đất công ích. Tuy nhiên, thu thuế hộ kinh doanh cá thể mới đạt 43% do một số hộ tạm ngừng kinh doanh."),
        ("p", "Trong 6 tháng cuối năm, xã tập trung rà soát, đưa vào quản lý thuế các hộ kinh doanh mới, đôn đốc thu nợ đọng, phấn đấu hoàn thành vượt dự toán năm."),
    ])


def page08():
    rng = random.Random("set9-cat-url-only-08")
    pub = isod(T("2024-07-20 00:00"))
    url = "http://vinhthanh.binhdinh-nghiabinh.gov.vn/tin-kinh-te/xa-vinh-thanh-thu-ngan-sach-6-thang-dau-nam-dat-71-142.html"
    rl = heads3(rng, 5, avoid=[A8.title]); rd = past(T("2024-07-20 09:00"), rng, 5, 1, 25)
    main = f"""<div class="noidung"><h3 class="td">{esc(A8.title)}</h3><p class="ngay">Ngày 20/07/2024</p>
{A8.render(p=lambda t: f'<p align="justify">{esc(t)}</p>')}
<p align="right"><b>Hoàng Yến</b></p>
<div class="tinkhac"><b>Các tin khác:</b>{rel(rng, rl, rd, lambda d: f"({dmy(d)})", cls="tk")}</div></div>"""
    html = std(rng, A8, prefix="xvt", kb=90, main=main, pub=T("2024-07-20 09:00"), org="Trang thông tin điện tử xã Vĩnh Thạnh",
               addr="Thôn Định Trị, xã Vĩnh Thạnh, huyện Vĩnh Thạnh, tỉnh Nghĩa Bình", phone="0256.3886.104")
    return mk("commune_portal_category_url_only", "nghiabinh-vinhthanh-xa-category-only-in-url-ngay-date-only-title-ends-with-percent-no-lead", url, html,
              expected(A8, pub, author="Hoàng Yến", lead=None),
              {"related": rl[:3], "chrome": ["Các tin khác:"], "bylines": ["Hoàng Yến"]},
              "Commune site: no breadcrumb or section label; the section appears only in the URL path (/tin-kinh-te/) → "
              "category null (nothing printed). Title ends in a number ('… đạt 71%'). 'Ngày 20/07/2024' date only; no lead; "
              "bold right name = author.",
              "category only in the URL path (none printed), title ending with a number/percent, 'Ngày dd/mm/yyyy', no lead")


# =====================================================================
A9 = Art(
    "Chuyển đổi 300 ha đất lúa kém hiệu quả sang trồng cây ăn quả",
    "Hội Nông dân tỉnh Nghĩa Bình phối hợp với Trung tâm Khuyến nông vừa tổng kết mô hình chuyển đổi 300 ha đất lúa kém hiệu quả sang trồng bưởi, ổi và mít Thái tại 6 huyện.",
    [
        ("p", "Sau 3 năm, lợi nhuận bình quân trên diện tích chuyển đổi đạt 180 - 250 triệu đồng/ha/năm, gấp 4 - 6 lần so với trồng lúa. Nhiều hộ đã liên kết thành tổ hợp tác để cùng mua vật tư, bán sản phẩm."),
        ("img", "/upload/hnd/2024/07/vuon-oi-hoai-nhon.jpg", "Vườn ổi lê của hội viên Nguyễn Văn Khải ở xã Hoài Hảo"),
        ("p", "Hội Nông dân tỉnh đề nghị các địa phương quy hoạch vùng chuyển đổi tập trung, tránh chuyển đổi tự phát làm ảnh hưởng hệ thống thủy lợi phục vụ sản xuất lúa."),
    ])


def page09():
    rng = random.Random("set9-colour-label-09")
    pub = T("2024-07-21 09:00")
    url = "https://hoinongdan.nghiabinh.org.vn/chuyen-doi-300-ha-dat-lua-kem-hieu-qua-sang-trong-cay-an-qua-a3398.html"
    rl = heads3(rng, 6, avoid=[A9.title]); rd = past(pub, rng, 6, 1, 20)
    main = f"""<div class="single"><a class="cat-label" href="/khuyen-nong" style="background:#2e7d32;color:#fff;text-transform:uppercase;padding:2px 8px">Khuyến nông</a>
<h1 class="single-title">{esc(A9.title)}</h1><div class="single-meta"><span class="author">Trọng Nhân</span> <span class="sep">•</span> <span class="time">{dmy(pub)} - {hm(pub)}</span></div>
<div class="single-excerpt"><p><b>{esc(A9.lead)}</b></p></div><div class="single-content">{A9.render(img=lambda s, c, n: f'<div class="wp-caption"><img src="{s}" /><p class="wp-caption-text">{esc(c)}</p></div>')}</div>
{rel(rng, rl, rd, lambda d: dmy(d), cls="single-related", head="Có thể bạn quan tâm")}</div>"""
    html = std(rng, A9, prefix="hnd", kb=125, main=main, pub=pub, org="Hội Nông dân tỉnh Nghĩa Bình",
               addr="Số 118 Lê Lợi, thành phố Quy Nhơn, tỉnh Nghĩa Bình", phone="0256.3822.478")
    return mk("farmers_union_coloured_label_cat", "nghiabinh-hnd-green-uppercase-css-label-only-category-author-dot-time-in-head", url, html,
              expected(A9, iso(pub), author="Trọng Nhân", category="Khuyến nông"),
              {"related": rl[:3], "chrome": ["Có thể bạn quan tâm"], "bylines": ["Trọng Nhân"]},
              "Farmers' Union site: the only category is a green label above the title, upper-cased by CSS "
              "(text-transform) → 'Khuyến nông' as in the source (a reader copying the screen could write 'KHUYẾN NÔNG'). "
              "Author and time in the head line 'Trọng Nhân • 21/07/2024 - 09:00'. Bold excerpt = lead; wp-caption.",
              "category only in a coloured CSS-uppercased label, 'Name • dd/mm/yyyy - HH:MM' head line, bold excerpt, wp-caption")


# =====================================================================
A10 = Art(
    "Xã Tân Hiệp: Lan tỏa phong trào “Ngày thứ Bảy tình nguyện”",
    "Hơn một năm qua, vào sáng thứ Bảy hằng tuần, đoàn viên, hội viên các đoàn thể xã Tân Hiệp lại ra quân dọn vệ sinh, trồng hoa và sửa đường ở các ấp.",
    [
        ("p", "Phong trào do Ban Thường vụ Đảng ủy xã phát động từ tháng 5/2023, mỗi tuần một ấp được chọn làm điểm. Đến nay đã có 58 lượt ra quân với hơn 4.000 lượt người tham gia."),
        ("p", "Nhờ phong trào, 11 km tuyến đường hoa được hình thành, 36 điểm tập kết rác tự phát được xóa bỏ. Người dân cũng tự nguyện góp gần 200 triệu đồng lắp đèn chiếu sáng."),
        ("p", "Ông Lâm Văn Sáng, Chủ tịch UBND xã cho biết, xã sẽ đưa kết quả phong trào vào tiêu chí bình xét ấp văn hóa cuối năm."),
    ])


def page10():
    rng = random.Random("set9-headline-br-10")
    pub = T("2024-07-21 15:35")
    url = "https://tanuyen.songbe.gov.vn/tin-tuc/xa-tan-hiep-lan-toa-phong-trao-ngay-thu-bay-tinh-nguyen-6692.html"
    rl = heads3(rng, 6, avoid=[A10.title]); rd = past(pub, rng, 6, 1, 20)
    main = f"""<div class="ct"><h1 class="ct-title">Xã Tân Hiệp:<br />Lan tỏa phong trào “Ngày thứ Bảy tình nguyện”</h1>
<div class="ct-date">Cập nhật lúc {hm(pub)} ngày {dmy(pub)}</div><div class="ct-sapo"><em>{esc(A10.lead)}</em></div>
<div class="ct-body">{A10.render()}<p style="text-align:right"><b>Ngọc Diệp - Quốc Huy</b></p></div>
{rel(rng, rl, rd, lambda d: f"({dmy(d)})", cls="ct-other", head="Tin khác")}</div>"""
    crumbs = '<div class="crumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc">Tin tức</a> &gt; <a href="/tin-tuc/xa-phuong">Xã, phường</a></div>'
    html = std(rng, A10, prefix="tuy", kb=115, main=main, crumbs=crumbs, pub=pub, form=True,
               org="Cổng thông tin điện tử thị xã Tân Uyên", addr="Khu phố 7, phường Uyên Hưng, thị xã Tân Uyên, tỉnh Sông Bé", phone="0274.3656.290")
    return mk("ubnd_headline_colon_br_quotes", "songbe-tanuyen-h1-with-colon-br-curly-quotes-cap-nhat-luc-only-stamp-two-names-dash", url, html,
              expected(A10, iso(pub), author="Ngọc Diệp, Quốc Huy", category="Xã, phường"),
              {"related": rl[:3], "chrome": ["Tin khác"], "bylines": ["Ngọc Diệp - Quốc Huy"]},
              "Town portal: h1 'Xã Tân Hiệp:<br />Lan tỏa phong trào “Ngày thứ Bảy tình nguyện”' — a place label, colon, line "
              "break and curly quotes → one-line title with a space for the <br>, quotes kept. Only stamp 'Cập nhật lúc 15:35 "
              "ngày 21/07/2024' → published (only-stamp rule), updated null. 'Ngọc Diệp - Quốc Huy' → two authors.",
              "h1 with 'Place:' + <br> + curly quotes, 'Cập nhật lúc HH:MM ngày dd/mm/yyyy' only stamp, 'A - B' foot")


# =====================================================================
A11 = Art(
    "Nông dân Phú Lương thu hoạch chè vụ hè (video)",
    "Những ngày này, nông dân huyện Phú Lương đang tập trung thu hoạch chè vụ hè. Giá chè búp tươi ổn định ở mức 12.000 - 15.000 đồng/kg.",
    [
        ("raw", '<div class="video-wrap"><iframe src="https://www.youtube.com/embed/xQ3vT7mKpL0" width="640" height="360" allowfullscreen></iframe></div>'),
        ("p", "Toàn huyện hiện có hơn 1.800 ha chè, trong đó 85% diện tích là giống chè cành năng suất cao. Nhiều hợp tác xã đã đầu tư máy sao, máy vò để chế biến chè xanh, chè móc câu đạt chuẩn OCOP."),
        ("p", "Theo Phòng Nông nghiệp huyện, năng suất chè vụ hè năm nay ước đạt 12,5 tấn búp tươi/ha, cao hơn cùng kỳ nhờ thời tiết thuận lợi."),
    ])


def page11():
    rng = random.Random("set9-video-suffix-11")
    pub = T("2024-07-22 18:20")
    url = "https://backthaitv.vn/tin-tuc/nong-nghiep/nong-dan-phu-luong-thu-hoach-che-vu-he-video-55310.html"
    rl = [t + " (video)" for t in heads3(rng, 6, avoid=[A11.title])]; rd = past(pub, rng, 6, 0, 10)
    main = f"""<div class="dtl"><h1>{esc(A11.title)}</h1><div class="dtl-meta"><span class="dtl-time">{hm(pub)} {dmy(pub)}</span> <span class="dtl-views">1.245 lượt xem</span></div>
<div class="dtl-sapo">{esc(A11.lead)}</div><div class="dtl-body">{A11.render()}</div>
<div class="dtl-au">Thu Hà - Minh Quân</div><div class="dtl-playlist"><h4>Video khác</h4>{rel(rng, rl, rd, lambda d: f"{hm(d)} {dmy(d)}", cls="pl")}</div></div>"""
    crumbs = '<div class="bc"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <a href="/tin-tuc/nong-nghiep">Nông nghiệp</a></div>'
    html = std(rng, A11, prefix="btv", kb=135, main=main, crumbs=crumbs, pub=pub, org="Đài Phát thanh và Truyền hình Bắc Thái",
               addr="Số 2 đường Hoàng Văn Thụ, thành phố Thái Nguyên, tỉnh Bắc Thái", phone="0208.3855.668")
    return mk("ptth_title_video_suffix", "bacthai-ptth-title-ends-video-paren-youtube-iframe-time-first-views-two-names", url, html,
              expected(A11, iso(pub), author="Thu Hà, Minh Quân", category="Nông nghiệp"),
              {"related": rl[:3], "chrome": ["Video khác", "1.245 lượt xem"], "bylines": ["Thu Hà - Minh Quân"]},
              "Provincial radio-TV site: the h1 and every playlist title end with ' (video)'; expected title keeps the suffix as "
              "printed (a reader could strip it). YouTube iframe inside the text is not body. '18:20 22/07/2024' time first.",
              "title ending '(video)', YouTube iframe in the text, 'HH:MM dd/mm/yyyy', view count, 'A - B' byline, playlist of '(video)' titles")


# =====================================================================
A12 = Art(
    "Hội LHPN huyện Tân Uyên ra mắt 12 mô hình sinh kế cho phụ nữ (ảnh)",
    "Ngày 22/7, Hội LHPN huyện Tân Uyên tổ chức ra mắt 12 mô hình sinh kế cho phụ nữ dân tộc thiểu số tại 6 xã vùng cao. Dưới đây là một số hình ảnh.",
    [
        ("img", "/upload/hlhpn/2024/07/ra-mat-mo-hinh-1.jpg", "Lãnh đạo Hội LHPN tỉnh trao quyết định thành lập các tổ sinh kế"),
        ("img", "/upload/hlhpn/2024/07/ra-mat-mo-hinh-2.jpg", "Mô hình nuôi gà thả vườn của tổ phụ nữ bản Nà Có"),
        ("p", "Mỗi mô hình có từ 10 đến 15 hội viên, được hỗ trợ giống, vật tư trị giá 40 - 60 triệu đồng và tập huấn kỹ thuật."),
        ("img", "/upload/hlhpn/2024/07/ra-mat-mo-hinh-3.jpg", "Hội viên tổ dệt thổ cẩm xã Mường Khoa giới thiệu sản phẩm"),
        ("img", "/upload/hlhpn/2024/07/ra-mat-mo-hinh-4.jpg", "Các đại biểu tham quan gian trưng bày nông sản của hội viên"),
        ("p", "Hội LHPN huyện đặt mục tiêu đến năm 2025 có ít nhất 30 tổ hợp tác, tổ sinh kế do phụ nữ làm chủ."),
    ])


def page12():
    rng = random.Random("set9-anh-suffix-12")
    pub = T("2024-07-22 20:05")
    url = "https://phunu.laichau-lienkhu.vn/hoat-dong-hoi/hoi-lhpn-huyen-tan-uyen-ra-mat-12-mo-hinh-sinh-ke-anh-t812.html"
    rl = heads3(rng, 6, avoid=[A12.title]); rd = past(pub, rng, 6, 1, 20)
    main = f"""<div class="photo-story"><h1>{esc(A12.title)}</h1><p class="ps-date">{wd(pub)}, {dmy(pub)} {hm(pub)}</p>
<div class="ps-lead"><strong>{esc(A12.lead)}</strong></div>
<div class="ps-body">{A12.render(img=lambda s, c, n: f'<div class="ps-item"><img src="{s}" /><div class="ps-cap">{esc(c)}</div></div>')}</div>
<p class="ps-by" style="text-align:right"><strong>Bài, ảnh: Lò Thị Thu</strong></p>
{rel(rng, rl, rd, lambda d: dmy(d), cls="ps-more", head="Tin ảnh khác")}</div>"""
    crumbs = '<div class="bc"><a href="/">Trang chủ</a> » <a href="/hoat-dong-hoi">Hoạt động Hội</a></div>'
    html = std(rng, A12, prefix="plc", kb=105, main=main, crumbs=crumbs, pub=pub, org="Hội Liên hiệp Phụ nữ tỉnh Lai Châu",
               addr="Phường Tân Phong, thành phố Lai Châu", phone="0213.3876.215")
    return mk("womens_union_photo_story_anh_suffix", "laichau-hlhpn-title-ends-anh-paren-photo-story-four-captions-bai-anh-credit", url, html,
              expected(A12, iso(pub), author="Lò Thị Thu", photographer="Lò Thị Thu", category="Hoạt động Hội"),
              {"related": rl[:3], "chrome": ["Tin ảnh khác"], "bylines": ["Bài, ảnh: Lò Thị Thu"]},
              "Women's Union photo story: title ends with ' (ảnh)' (kept as printed); four ps-cap captions and only two short "
              "text paragraphs; 'Bài, ảnh: Lò Thị Thu' → author = photographer. 'Thứ Hai, 22/07/2024 20:05'.",
              "title ending '(ảnh)', photo story with 4 captions and 2 paragraphs, 'Bài, ảnh:' credit, weekday date")


PAGES = [page07, page08, page09, page10, page11, page12]
