"""Announcement, photo story, Ban Tổ chức MVC portal, Liferay 6.2 custom theme, Tỉnh đoàn portal with credit table,
MTTQ PHP portal with posting + update stamps."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, alnum, expected, nlist, heads3, past)
from .shell import shell, side_box
from .p_01_party import mk


# =====================================================================
A13 = Art(
    "Thông báo kết quả Cuộc thi trắc nghiệm trực tuyến tìm hiểu 94 năm Ngày truyền thống ngành Tuyên giáo của Đảng",
    None,
    [
        ("p", "Thực hiện Kế hoạch số 86-KH/BTGTU ngày 15/4/2024 của Ban Tuyên giáo Tỉnh ủy về tổ chức Cuộc thi trắc nghiệm trực tuyến tìm hiểu 94 năm Ngày truyền thống ngành Tuyên giáo của Đảng (01/8/1930 - 01/8/2024), Ban Tổ chức Cuộc thi thông báo kết quả như sau:"),
        ("p", "1. Tổng số lượt người dự thi: 48.215 lượt; đơn vị có nhiều người dự thi nhất là Đảng bộ huyện Chợ Mới (9.830 lượt)."),
        ("p", "2. Kết quả chấm thi: Ban Tổ chức quyết định trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba, 10 giải Khuyến khích cho cá nhân và 3 giải tập thể cho các đơn vị có số lượng người tham gia đông nhất."),
        ("table", [["Giải", "Họ và tên", "Đơn vị"],
                   ["Nhất", "Hà Thị Thu Trang", "Trường THPT Chợ Mới"],
                   ["Nhì", "Nông Văn Quyết", "Đảng ủy xã Thanh Mai"],
                   ["Nhì", "Lục Thị Hằng", "Văn phòng Huyện ủy Na Rì"]]),
        ("p", "3. Thời gian, địa điểm trao giải: 8 giờ 00 ngày 25/6/2024 tại Hội trường Tỉnh ủy. Đề nghị các cá nhân, tập thể đạt giải có mặt đúng thời gian để nhận giải."),
        ("p", "Ban Tổ chức Cuộc thi trân trọng cảm ơn sự tham gia nhiệt tình của cán bộ, đảng viên và nhân dân trong tỉnh./."),
    ])


def page13():
    rng = random.Random("announce-backan-13")
    pub = T("2024-06-17 16:05")
    base = "https://tuyengiaobackan.vn"
    url = base + "/Thong-bao/thong-bao-ket-qua-cuoc-thi-trac-nghiem-94-nam-nganh-tuyen-giao-t1209.html"
    rel = ["Thể lệ Cuộc thi trắc nghiệm trực tuyến tìm hiểu 94 năm Ngày truyền thống ngành Tuyên giáo",
           "Thông báo lịch sinh hoạt chuyên đề tháng 6/2024", "Thông báo tuyển dụng công chức năm 2024"]
    rd = [T("2024-04-16 09:00"), T("2024-06-03 14:00"), T("2024-05-20 10:30")]
    body = A13.render(p=lambda t: f'<p style="text-indent:30px;text-align:justify">{esc(t)}</p>',
                      table=lambda rows: '<table class="table table-bordered" style="width:90%;margin:auto"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>" +
                      "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>")
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/Thong-bao.html">Thông báo</a></li></ol>
<div class="thongbao-detail"><div class="tb-icon"><img src="/Content/images/icon-new.gif" alt="Mới" /></div>
<h3 class="tb-title">{esc(A13.title)}</h3>
<div class="tb-info"><span>Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span>Hết hạn hiển thị: 30/06/2024</span></div>
<div class="tb-content">{body}
<table class="chuky" width="100%"><tr><td width="50%"></td><td style="text-align:center"><strong>TM. BAN TỔ CHỨC<br />TRƯỞNG BAN</strong><br /><br /><br /><strong>Hoàng Thị Thu</strong></td></tr></table></div>
<div class="tb-attach"><p><b>File đính kèm:</b></p><ul><li><a href="/Uploads/files/2024/QD-trao-giai-cuoc-thi.pdf"><img src="/Content/images/pdf.png" alt="" /> QĐ trao giải cuộc thi (QD-trao-giai-cuoc-thi.pdf)</a> - 212 KB</li><li><a href="/Uploads/files/2024/Danh-sach-giai-khuyen-khich.xlsx">Danh sách giải khuyến khích (Danh-sach-giai-khuyen-khich.xlsx)</a> - 18 KB</li></ul></div>
<div class="tb-other"><h4>Thông báo khác</h4><ul>{"".join(f'<li><a href="/Thong-bao/{slug(t)}.html">{esc(t)}</a> ({dmy(d)})</li>' for t, d in zip(rel, rd))}</ul></div></div>"""
    top = '<div class="header"><img src="/Content/images/banner-btg-backan.jpg" alt="BAN TUYÊN GIÁO TỈNH ỦY BẮC KẠN" /><div class="clock" id="clock">17/06/2024</div></div>'
    side = side_box(rng, "Tin mới", heads3(rng, 6, avoid=[A13.title]), past(pub, rng, 6), dmy, "tinmoi") + \
        '<div class="banner-right"><a href="/cuoc-thi"><img src="/Uploads/banner/cuoc-thi-94-nam.jpg" alt="Cuộc thi trắc nghiệm 94 năm ngành Tuyên giáo" /></a></div>'
    html = shell(rng, title="Thông báo kết quả Cuộc thi trắc nghiệm trực tuyến tìm hiểu 94 năm Ngày truyền thống ngành Tuyên giáo của Đảng",
                 org="BTG", prefix="bk", kb=100, top=top, crumbs="", main=main, side=side,
                 foot_org="Ban Tuyên giáo Tỉnh ủy Bắc Kạn", addr="Tổ 1, phường Đức Xuân, TP Bắc Kạn", phone="0209.3870.212",
                 head_extra='<link href="/Content/bootstrap.min.css" rel="stylesheet" />')
    return mk("mvc_bootstrap_thongbao", "backan-btg-thong-bao-ket-qua-cuoc-thi-table-expiry-date-org-signoff-attachments", url, html,
              expected(A13, iso(pub), category="Thông báo"),
              {"signoff": ["TM. BAN TỔ CHỨC", "TRƯỞNG BAN", "Hoàng Thị Thu"], "attachments": ["QĐ trao giải cuộc thi", "File đính kèm:"],
               "dates": ["Hết hạn hiển thị: 30/06/2024"], "chrome": ["Thông báo khác"], "related": rel[:2]},
              "ASP.NET MVC + Bootstrap agency portal, announcement. h3 title (no h1). 'Ngày đăng: 17/06/2024 16:05' → published; "
              "'Hết hạn hiển thị: 30/06/2024' is the display expiry (not an update). Body: numbered points + a results table "
              "(one paragraph per row, header row included, cells joined by ' | ') + closing '…/.' sentence. The "
              "signature table 'TM. BAN TỔ CHỨC / TRƯỞNG BAN / Hoàng Thị Thu' is a signatory (as in sets 3–6) → not author, "
              "not unit, not body. Attachments "
              "list not body. No lead. Category = last crumb 'Thông báo'. The award ceremony date 25/6 is an event in the text.",
              "ASP.NET MVC Bootstrap announcement; h3 title, 'Ngày đăng' vs 'Hết hạn hiển thị' expiry, results table in the text, 'TM. BAN TỔ CHỨC' signature table (signer ≠ author), attachment list, future event date in text")


# =====================================================================
A14 = Art(
    "Sắc màu chợ phiên Bắc Hà",
    "Mỗi sáng Chủ nhật, chợ phiên Bắc Hà lại rực rỡ sắc màu thổ cẩm của đồng bào Mông, Dao, Tày, Nùng từ khắp các bản làng đổ về.",
    [
        ("img", "/media/2024/06/18/cho-bac-ha-01.jpg", "Từ tờ mờ sáng, người dân các bản đã gùi hàng xuống chợ."),
        ("img", "/media/2024/06/18/cho-bac-ha-02.jpg", "Khu bán thổ cẩm luôn đông khách du lịch trong và ngoài nước."),
        ("p", "Chợ phiên Bắc Hà được hình thành từ hàng trăm năm trước, là nơi giao thương, gặp gỡ của đồng bào các dân tộc vùng cao. Ngày nay, chợ đã trở thành sản phẩm du lịch đặc sắc, mỗi phiên đón từ 2.000 đến 3.000 lượt khách."),
        ("img", "/media/2024/06/18/cho-bac-ha-03.jpg", "Chợ ngựa – nét độc đáo chỉ còn ở rất ít chợ phiên vùng cao."),
        ("img", "/media/2024/06/18/cho-bac-ha-04.jpg", "Những bát thắng cố nghi ngút khói hấp dẫn thực khách."),
        ("p", "Để giữ gìn bản sắc chợ phiên, huyện Bắc Hà đã quy hoạch lại các khu bán hàng, vận động người dân mặc trang phục truyền thống khi đi chợ, không bán hàng giả, hàng kém chất lượng."),
        ("img", "/media/2024/06/18/cho-bac-ha-05.jpg", "Thiếu nữ Mông chọn mua chỉ thêu."),
        ("img", "/media/2024/06/18/cho-bac-ha-06.jpg", "Tan chợ, những người đàn ông Mông lại dắt ngựa về bản."),
    ])


def page14():
    rng = random.Random("photostory-bacha-14")
    pub = T("2024-06-18 06:00")
    base = "https://baohoanglienson.vn"
    url = base + "/anh/sac-mau-cho-phien-bac-ha-331522.htm"
    rel = ["Mùa hoa tam giác mạch trên cao nguyên", "Ruộng bậc thang Y Tý mùa nước đổ", "Lễ hội xuống đồng của người Giáy", "Nghề rèn của người Mông ở Si Ma Cai"]
    rd = past(pub, rng, 4, 5, 60)
    body = A14.render(p=lambda t: f'<div class="ps-text"><p>{esc(t)}</p></div>',
                      img=lambda s, c, n: f'<figure class="ps-photo"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-lazy-src="{s}" alt="Ảnh {n}" width="1200" height="800" /><figcaption><span class="num">{n}/6</span> {esc(c)}</figcaption></figure>')
    main = f"""<div class="ps-crumb"><a href="/">Trang chủ</a> › <a href="/anh/">Ảnh</a></div><div class="photostory"><div class="ps-cover"><img src="/media/2024/06/18/cho-bac-ha-cover.jpg" alt="" /><div class="ps-head"><span class="ps-type">PHÓNG SỰ ẢNH</span>
<h1>{esc(A14.title)}</h1><div class="ps-credit">Phóng sự ảnh: Quốc Nhật</div><div class="ps-date">Ngày 18/06/2024 | 06:00</div></div></div>
<div class="ps-sapo"><p>{esc(A14.lead)}</p></div>
{body}
<div class="ps-end"><span>Quốc Nhật</span></div>
<div class="ps-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">Quay lại đầu trang</a></div></div>
<div class="ps-more"><h3>Ảnh khác</h3>{nlist(rng, rel, "/anh", rd, fmt=lambda d: f"Ngày {dmy(d)} | {hm(d)}", cls="ps-list", ext=".htm")}</div>"""
    top = '<div class="hdr"><img src="/images/logo-hls.png" alt="Báo Hoàng Liên Sơn" /><span class="hdr-date">Thứ Ba, 18/06/2024</span></div>'
    html = shell(rng, title=A14.title + " - Báo Hoàng Liên Sơn", org="BHLS", prefix="ps", kb=130, top=top, crumbs="", main=main, side="",
                 foot_org="Báo Hoàng Liên Sơn", addr="Đường Hoàng Liên Sơn, TP Yên Bái", phone="0216.3852.319")
    return mk("baotinh_photostory", "hoanglienson-bacha-phong-su-anh-cover-credit-numbered-lazy-figcaptions", url, html,
              expected(A14, iso(pub), author="Quốc Nhật", photographer="Quốc Nhật", category="Ảnh"),
              {"bylines": ["Phóng sự ảnh: Quốc Nhật"], "chrome": ["Ảnh khác", "Quay lại đầu trang"], "numbers": ["1/6", "6/6"], "kicker": ["PHÓNG SỰ ẢNH"],
               "related": rel[:2], "dates": ["Thứ Ba, 18/06/2024"]},
              "Provincial newspaper photo story (same paper as the series page, different template). Cover block with the "
              "type label 'PHÓNG SỰ ẢNH', h1, credit 'Phóng sự ảnh: Quốc Nhật' → author = photographer, 'Ngày 18/06/2024 | "
              "06:00' → 06:00. Six lazy figures (data-lazy-src, 1×1 data: src) with figcaptions prefixed by a counter span "
              "'n/6' (the counter is not part of the caption). Only two text paragraphs + sapo (lead). Repeat of the name at "
              "the end. Category = last crumb 'Ảnh'; the type label 'PHÓNG SỰ ẢNH' is a format kicker (as set 6's 'E-MAGAZINE').",
              "Provincial newspaper photo story; cover with type label + 'Phóng sự ảnh: X' credit + 'Ngày dd/mm/yyyy | HH:MM', six lazy figures with 'n/6' counter spans in the captions, two text paragraphs")


# =====================================================================
A15 = Art(
    "Nâng cao chất lượng đội ngũ cấp ủy viên cơ sở trước thềm đại hội",
    "Chuẩn bị cho đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, Ban Tổ chức Tỉnh ủy đã tham mưu nhiều giải pháp nhằm xây dựng đội ngũ cấp ủy viên cơ sở đủ phẩm chất, năng lực, uy tín.",
    [
        ("p", "Theo số liệu của Ban Tổ chức Tỉnh ủy, toàn tỉnh hiện có 412 tổ chức cơ sở đảng với 3.874 cấp ủy viên. Trong đó, cấp ủy viên nữ chiếm 24,6%, cấp ủy viên dưới 40 tuổi chiếm 21,3%; 68% có trình độ đại học trở lên."),
        ("p", "Tuy nhiên, vẫn còn một bộ phận cấp ủy viên cơ sở năng lực hạn chế, thiếu chủ động trong tham mưu, đề xuất; một số nơi khó khăn trong lựa chọn nhân sự bí thư chi bộ thôn, bản do thiếu nguồn."),
        ("h", "Rà soát, quy hoạch từ sớm"),
        ("p", "Thực hiện Chỉ thị 35 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy chỉ đạo các đảng bộ rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030 ngay từ quý II/2024, bảo đảm mỗi chức danh có từ 2 đến 3 nhân sự dự nguồn."),
        ("p", "Cùng với đó, tỉnh mở 24 lớp bồi dưỡng kỹ năng cho bí thư, phó bí thư chi bộ và cấp ủy viên cơ sở; luân chuyển 57 cán bộ trẻ từ tỉnh, huyện về công tác ở xã để rèn luyện thực tiễn."),
        ("h", "Không để lọt người không xứng đáng"),
        ("p", "Ban Tổ chức Tỉnh ủy đề nghị các cấp ủy làm tốt công tác thẩm định, bảo vệ chính trị nội bộ, kiên quyết không đưa vào cấp ủy những người có biểu hiện cơ hội, cục bộ, tham vọng quyền lực hoặc có vấn đề về đạo đức, lối sống."),
    ])


def page15():
    rng = random.Random("mvc-btc-nghetinh-15")
    pub = T("2024-06-18 08:53")
    base = "https://bantochuc.nghetinh.gov.vn"
    url = base + "/tin-tuc/nghien-cuu-trao-doi/nang-cao-chat-luong-doi-ngu-cap-uy-vien-co-so-truoc-them-dai-hoi-1527.html"
    rel = heads3(rng, 6, avoid=[A15.title])
    rd = past(pub, rng, 6, 1, 30)
    tags = ["đại hội đảng", "cấp ủy viên", "Chỉ thị 35"]
    body = A15.render(p=lambda t: f'<p>{esc(t)}</p>', h=lambda t: f'<h4><strong>{esc(t)}</strong></h4>')
    main = f"""<nav aria-label="breadcrumb"><ul class="bc"><li><a href="/"><i class="icon-home"></i></a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active"><a href="/tin-tuc/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></li></ul></nav>
<div class="detail-wrap"><h1 class="detail-h1">{esc(A15.title)}</h1>
<div class="detail-meta"><span class="m-date"><i class="icon-clock"></i> {dmy(pub)}  {hm(pub)}</span><span class="m-view"><i class="icon-eye"></i> 856</span>
<span class="m-author"><i class="icon-user"></i> Nguyễn Văn An - Trần Bình (Ban Tổ chức Tỉnh ủy)</span></div>
<div class="detail-sapo"><p><em><strong>{esc(A15.lead)}</strong></em></p></div>
<div class="detail-body">{body}</div>
<div class="detail-tags"><b>Tags:</b> {" ".join(f'<a href="/tag/{slug(t)}">{esc(t)}</a>' for t in tags)}</div>
<div class="detail-audio"><audio controls src="/tts/1527.mp3"></audio> <span>Nghe đọc bài viết</span></div>
<div class="detail-rel"><h3>Tin cùng chuyên mục</h3><ul>{"".join(f'<li><a href="/tin-tuc/{slug(t)}.html">{esc(t)}</a> <em>{dmy(d)}  {hm(d)}</em></li>' for t, d in zip(rel, rd))}</ul></div></div>"""
    top = '<div class="topbar">Hôm nay: Thứ Năm, 20/06/2024 <a href="/dang-nhap">Đăng nhập</a></div><div class="banner"><img src="/assets/img/banner-btc.png" alt="BAN TỔ CHỨC TỈNH ỦY NGHỆ TĨNH" /></div>'
    side = side_box(rng, "Văn bản mới", ["Hướng dẫn số 26-HD/BTCTW về nhân sự đại hội", "Quy định số 144-QĐ/TW về chuẩn mực đạo đức"], past(pub, rng, 2), dmy, "vbmoi") + \
        side_box(rng, "Xem nhiều", heads3(rng, 5, avoid=[A15.title] + rel), past(pub, rng, 5), None, "xemnhieu")
    html = shell(rng, title=A15.title + " - Ban Tổ chức Tỉnh ủy Nghệ Tĩnh", org="BTC", prefix="btc", kb=115, top=top, crumbs="", main=main, side=side,
                 foot_org="Ban Tổ chức Tỉnh ủy Nghệ Tĩnh", addr="Số 1 đường Trường Thi, TP Vinh", phone="0238.3844.610")
    return mk("mvc_btc_icon_meta", "nghetinh-btc-double-space-date-icon-meta-two-authors-paren-unit-h4-subheads-tts", url, html,
              expected(A15, iso(pub), author="Nguyễn Văn An, Trần Bình", unit="Ban Tổ chức Tỉnh ủy", category="Nghiên cứu - Trao đổi"),
              {"bylines": ["Nguyễn Văn An - Trần Bình (Ban Tổ chức Tỉnh ủy)"], "chrome": ["Tags:", "Nghe đọc bài viết", "Tin cùng chuyên mục", "Văn bản mới", "Xem nhiều"],
               "dates": ["Hôm nay: Thứ Năm, 20/06/2024"], "related": rel[:3]},
              "In-house ASP.NET MVC portal of Ban Tổ chức Tỉnh ủy. Icon meta row: date with a double space '18/06/2024  08:53' "
              "→ 08:53, view count, author with icon 'Nguyễn Văn An - Trần Bình (Ban Tổ chức Tỉnh ủy)' → two authors, one unit. "
              "Bold-italic sapo = lead. h4 sub-heads = body. Tags, TTS audio, related list with the same double-space stamps. "
              "Header 'Hôm nay: Thứ Năm, 20/06/2024'. Category = active crumb 'Nghiên cứu - Trao đổi'.",
              "In-house ASP.NET MVC (Ban Tổ chức); icon meta row with double-space 'dd/mm/yyyy  HH:MM', 'A - B (Unit)' author span, bold-italic sapo, h4 sub-heads, TTS audio, tags, same-format related")


# =====================================================================
A16 = Art(
    "Chi bộ Công ty Thủy lợi Bắc Sông Lô đổi mới sinh hoạt chuyên đề",
    "Thay vì những buổi sinh hoạt nặng về đọc báo cáo, Chi bộ Công ty TNHH MTV Thủy lợi Bắc Sông Lô chọn những vấn đề nóng của đơn vị làm chuyên đề để đảng viên cùng thảo luận, đề xuất giải pháp.",
    [
        ("p", "Chi bộ hiện có 31 đảng viên, sinh hoạt định kỳ vào ngày 5 hằng tháng. Mỗi quý, chi ủy lựa chọn một chuyên đề gắn với nhiệm vụ sản xuất như bảo đảm nước tưới vụ đông xuân, phòng chống lụt bão, tiết kiệm chi phí vận hành trạm bơm."),
        ("p", "Trước buổi sinh hoạt, chi ủy giao đảng viên phụ trách chuẩn bị đề cương, khảo sát thực tế và gửi tài liệu qua nhóm Zalo để mọi người nghiên cứu trước. Nhờ vậy, buổi sinh hoạt diễn ra sôi nổi, nhiều ý kiến thẳng thắn, sát thực tế."),
        ("img", "/documents/10181/1204412/sinh-hoat-chuyen-de-thuy-loi.jpg", "Buổi sinh hoạt chuyên đề tháng 6 của Chi bộ"),
        ("p", "Từ một chuyên đề năm 2023, chi bộ đã đề xuất công ty cải tạo 12 trạm bơm, tiết kiệm gần 400 triệu đồng tiền điện mỗi năm. Chi bộ nhiều năm liền đạt danh hiệu “Hoàn thành xuất sắc nhiệm vụ”."),
    ])


def page16():
    rng = random.Random("liferay62-hatuyen-16")
    pub = T("2024-06-15 14:15")
    base = "https://dukhatuyen.gov.vn"
    url = base + "/web/guest/tin-hoat-dong/-/asset_publisher/Xk2Lp9Qa/content/chi-bo-cong-ty-thuy-loi-bac-song-lo-doi-moi-sinh-hoat-chuyen-de"
    rel = heads3(rng, 5, avoid=[A16.title])
    rd = past(pub, rng, 5, 1, 20)
    body = A16.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>',
                      img=lambda s, c, n: f'<p style="text-align: center;"><img alt="" src="{s}?t=171843" style="width: 600px; height: 400px;" /></p><p style="text-align: center;"><span style="color:#0000ff;"><em>{esc(c)}</em></span></p>')
    pid = f"_101_INSTANCE_{alnum(rng, 12)}_"
    main = f"""<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id{pid}"><span id="p_{pid}"></span><div class="portlet-body">
<div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/guest/tin-hoat-dong">Quay lại</a></span><h1 class="header-title"><span>{esc(A16.title)}</span></h1></div>
<div class="asset-full-content default-asset-publisher show-asset-title"><div class="news-date-custom">Thứ Bẩy, ngày 15/06/2024 14:15</div>
<div class="asset-content" id="{pid}{alnum(rng, 8)}"><div class="journal-content-article">
<p style="text-align: justify;"><strong>{esc(A16.lead)}</strong></p>{body}
<p style="text-align: right;"><strong>Hà Ngọc Lan</strong></p><p style="text-align: right;"><em>Theo baohatuyen.vn</em></p></div></div>
<div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá (0 phiếu)</div></div>
<div class="asset-links"><h3>Các tin khác</h3><ul>{"".join(f'<li><a href="/web/guest/tin-hoat-dong/-/asset_publisher/Xk2Lp9Qa/content/{slug(t)}">{esc(t)}</a> <span class="date">(Ngày {dmy(d)})</span></li>' for t, d in zip(rel, rd))}</ul></div></div></div></div>"""
    top = '<div id="banner"><img src="/o/duk-theme/images/banner.png" alt="" /><div class="header-clock">Thứ Bẩy, ngày 15/06/2024</div></div>'
    crumbs = '<ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/guest/trang-chu">Trang chủ</a></li><li><a href="/web/guest/tin-tuc">Tin tức</a></li><li class="last"><a href="/web/guest/tin-hoat-dong">Tin hoạt động</a></li></ul>'
    side = side_box(rng, "Tin mới", heads3(rng, 6, avoid=[A16.title] + rel), past(pub, rng, 6), dmy, "lf-news")
    html = shell(rng, title="Chi bộ Công ty Thủy lợi Bắc Sông Lô đổi mới sinh hoạt chuyên đề - Đảng ủy Khối Doanh nghiệp tỉnh Hà Tuyên", org="DUK",
                 prefix="lf", kb=170, top=top, crumbs=crumbs, main=main, side=side,
                 foot_org="Đảng ủy Khối Doanh nghiệp tỉnh Hà Tuyên", addr="Đường 17/8, TP Tuyên Quang", phone="0207.3822.468",
                 head_extra=f'<script>var Liferay={{"authToken":"{alnum(rng, 8)}","currentURL":"{url}","plid":{rng.randint(10000, 99999)},"companyId":10154}};</script>',
                 body_cls="yui3-skin-sam controls-visible guest-site signed-out public-page site")
    return mk("liferay62_custom_theme", "hatuyen-dukdn-thu-bay-bay-variant-theo-url-source-blue-em-caption", url, html,
              expected(A16, iso(pub), author="Hà Ngọc Lan", category="Tin hoạt động"),
              {"bylines": ["Theo baohatuyen.vn"], "chrome": ["Quay lại", "Đánh giá (0 phiếu)", "Các tin khác"], "related": rel[:3]},
              "Liferay 6.2 asset publisher with a custom theme (Đảng ủy Khối). Date 'Thứ Bẩy, ngày 15/06/2024 14:15' ('Bẩy' "
              "spelling variant of 'Bảy') → 14:15; header clock 'Thứ Bẩy, ngày 15/06/2024' = same day. Bold first paragraph "
              "inside the journal content = lead. Caption = blue em span in a centred paragraph under the image. Foot 'Hà Ngọc "
              "Lan' (bold, right) → author; 'Theo baohatuyen.vn' is a source → unit null. Category = last crumb 'Tin hoạt động'.",
              "Liferay 6.2 custom theme; 'Thứ Bẩy, ngày dd/mm/yyyy HH:MM' (Bẩy variant) + same-day header clock, bold first paragraph lead inside the content, blue em caption paragraph, bold name + italic 'Theo <domain>' source")


# =====================================================================
A17 = Art(
    "Tuổi trẻ Chợ Mới ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024",
    None,
    [
        ("p", "Sáng 16/6, tại xã Thanh Mai, Huyện đoàn Chợ Mới tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 với chủ đề “Tuổi trẻ Chợ Mới xung kích, tình nguyện vì cộng đồng”."),
        ("p", "Ngay sau lễ ra quân, hơn 200 đoàn viên, thanh niên đã tham gia làm vệ sinh môi trường, trồng 500 cây hoa dọc tuyến đường liên thôn, sửa chữa điện miễn phí cho 30 hộ gia đình và tặng 20 suất quà cho thiếu nhi có hoàn cảnh khó khăn."),
        ("img", "/uploads/news/2024/06/ra-quan-tnth-cho-moi.jpg", "Đoàn viên thanh niên trồng hoa trên tuyến đường liên thôn"),
        ("p", "Trong chiến dịch năm nay, Huyện đoàn đặt mục tiêu làm mới 3 km đường hoa thanh niên, tổ chức 10 lớp dạy bơi miễn phí cho trẻ em, phối hợp khám bệnh, cấp thuốc cho 500 người cao tuổi và hỗ trợ người dân cài đặt ứng dụng dịch vụ công."),
        ("p", "Chiến dịch kéo dài đến ngày 31/8/2024."),
    ])


def page17():
    rng = random.Random("viettel-tinhdoan-17")
    pub = T("2024-06-17 09:05")
    base = "https://tinhdoanbackan.org.vn"
    url = base + "/tin-tuc/tuoi-tre-cho-moi-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2024-n5521.html"
    rel = heads3(rng, 5, avoid=[A17.title])
    rd = past(pub, rng, 5, 1, 15)
    body = A17.render(p=lambda t: f'<p>{esc(t)}</p>',
                      img=lambda s, c, n: f'<div class="img-center"><img src="{s}" alt="{esc(c, True)}" title="{esc(c, True)}" /></div><div class="note-img"><i>{esc(c)}</i></div>')
    main = f"""<div class="path-link"><a href="/">Trang chủ</a> » <a href="/tin-tuc.html">Tin tức</a> » <a href="/tin-tuc/hoat-dong-co-so.html">Hoạt động cơ sở</a></div>
<div class="news-dt"><h1>{esc(A17.title)}</h1>
<p class="news-dt-time">Thứ hai, 17/6/2024 | 9:05</p>
<div class="news-dt-body">{body}</div>
<table class="credit" border="0" cellpadding="2" align="right"><tr><td class="lbl">Tác giả:</td><td>Hoàng Mai Anh</td></tr><tr><td class="lbl">Đơn vị:</td><td>Huyện đoàn Chợ Mới</td></tr><tr><td class="lbl">Ảnh:</td><td>Lý Văn Tú</td></tr></table>
<div class="clear"></div>
<div class="news-dt-share"><div class="fb-like" data-href="{url}" data-layout="button_count"></div> <a href="#">Bản in</a></div>
<div class="news-dt-fb-comments"><h4>Ý kiến bạn đọc</h4><div class="fb-comments" data-href="{url}" data-numposts="5"></div></div>
<div class="news-dt-other"><h4>Tin đã đăng</h4><ul>{"".join(f'<li><a href="/tin-tuc/{slug(t)}.html">{esc(t)}</a> - <span>{d.day}/{d.month}/{d.year} | {d.hour}:{d.minute:02d}</span></li>' for t, d in zip(rel, rd))}</ul></div></div>"""
    top = '<div class="hd-top"><img src="/img/logo-doan.png" alt="" /><strong>TỈNH ĐOÀN BẮC KẠN</strong><span class="hd-date">Thứ ba, 18/6/2024</span></div>'
    side = '<div class="box-cuoc-thi"><h3>Cuộc thi</h3><p>Cuộc thi “Tìm hiểu lịch sử Đoàn” – Tuần 3 (10/6 - 16/6/2024)</p><a href="#">Vào thi</a></div>' + \
        side_box(rng, "Tin nổi bật", heads3(rng, 5, avoid=[A17.title] + rel), past(pub, rng, 5), None, "nb")
    html = shell(rng, title=A17.title + " | Tỉnh đoàn Bắc Kạn", org="TD", prefix="vt", kb=98, top=top, crumbs="", main=main, side=side,
                 foot_org="Tỉnh đoàn Bắc Kạn", addr="Tổ 10, phường Nguyễn Thị Minh Khai, TP Bắc Kạn", phone="0209.3871.125",
                 scripts='<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v12.0"></script>')
    return mk("viettel_portal_credit_table", "backan-tinhdoan-unpadded-pipe-time-credit-table-tac-gia-don-vi-anh-fb-comments", url, html,
              expected(A17, iso(pub), author="Hoàng Mai Anh", unit="Huyện đoàn Chợ Mới", photographer="Lý Văn Tú", category="Hoạt động cơ sở"),
              {"bylines": ["Tác giả:", "Đơn vị:", "Ảnh:"], "chrome": ["Ý kiến bạn đọc", "Tin đã đăng", "Bản in", "Vào thi"],
               "dates": ["Thứ ba, 18/6/2024", "Tuần 3 (10/6 - 16/6/2024)"], "related": rel[:3]},
              "Viettel-like Tỉnh đoàn portal. Stamp 'Thứ hai, 17/6/2024 | 9:05' (unpadded day/month/hour) → 09:05. No lead "
              "(first paragraph ordinary). Caption = italic div.note-img under the image (also alt/title). Credits in a "
              "right-aligned table after the text: 'Tác giả: Hoàng Mai Anh' / 'Đơn vị: Huyện đoàn Chợ Mới' / 'Ảnh: Lý Văn Tú' → "
              "author, unit, photographer. Facebook comments plugin, 'Tin đã đăng' in the same unpadded format. Category = last "
              "crumb 'Hoạt động cơ sở'. 'Chiến dịch kéo dài đến ngày 31/8/2024.' is a one-sentence last paragraph (body).",
              "Viettel-like Tỉnh đoàn portal; unpadded 'Thứ hai, 17/6/2024 | 9:05', italic note-img caption div, labelled credit TABLE (Tác giả / Đơn vị / Ảnh) after the text, FB comments, one-sentence last paragraph")


# =====================================================================
A18 = Art(
    "Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế tại huyện Na Rì",
    "Ngày 18/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Mã Thị Liên, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bảo hiểm y tế hộ gia đình tại huyện Na Rì.",
    [
        ("p", "Theo báo cáo, đến hết tháng 5/2024, tỷ lệ người dân huyện Na Rì tham gia bảo hiểm y tế đạt 96,8%; tuy nhiên, số người tham gia bảo hiểm y tế theo hộ gia đình chỉ đạt 61% kế hoạch, do nhiều người thuộc diện thoát nghèo không còn được Nhà nước hỗ trợ mua thẻ."),
        ("p", "Đoàn đã làm việc trực tiếp tại xã Kim Lư, Lương Thượng và Bảo hiểm xã hội huyện, kiểm tra hồ sơ, sổ sách và lắng nghe ý kiến của nhân dân. Một số người dân phản ánh thủ tục đổi thẻ, cấp lại thẻ còn chậm; việc khám chữa bệnh ở tuyến xã thiếu một số loại thuốc."),
        ("img", "/upload/2024/06/giam-sat-bhyt-na-ri.jpg", "Đoàn giám sát làm việc tại UBND xã Kim Lư"),
        ("p", "Kết luận buổi giám sát, đồng chí Mã Thị Liên đề nghị cấp ủy, chính quyền huyện quan tâm vận động, hỗ trợ người cận nghèo, hộ mới thoát nghèo duy trì tham gia bảo hiểm y tế; ngành bảo hiểm xã hội cải cách thủ tục, tăng cường ứng dụng VssID."),
        ("p", "Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh để kiến nghị với các cơ quan có thẩm quyền."),
    ])


def page18():
    rng = random.Random("php-mttq-backan-18")
    pub, upd = T("2024-06-19"), T("2024-06-19 18:00")
    base = "https://mattranbackan.org.vn"
    url = base + "/index.php?mod=news&act=detail&id=2871"
    rel = heads3(rng, 6, avoid=[A18.title])
    rd = past(pub, rng, 6, 1, 20)
    body = A18.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>',
                      img=lambda s, c, n: f'<table align="center" class="tplCaption" style="width:600px"><tbody><tr><td><img src="{s}" width="600" /></td></tr><tr><td><p class="Image">{esc(c)}</p></td></tr></tbody></table>')
    main = f"""<div class="tieude-chuyenmuc"><a href="index.php?mod=news&amp;cat=7">Giám sát và phản biện xã hội</a></div>
<div class="chitiet"><div class="chitiet-title">{esc(A18.title)}</div>
<div class="chitiet-ngay">Ngày đăng: 19/06/2024 | Cập nhật lúc: 18:00 |19/06/2024</div>
<div class="chitiet-tomtat">{esc(A18.lead)}</div>
<div class="chitiet-noidung">{body}
<p style="text-align:right"><b>Tin, ảnh: </b>&nbsp;B.NG</p></div>
<div class="chitiet-cuoi"><a href="javascript:print()">In</a> | <a href="#">Gửi email</a> | <a href="#top">Lên đầu trang</a></div>
<div class="cactinkhac"><p class="ttl">CÁC TIN KHÁC</p>{"".join(f'<p>» <a href="index.php?mod=news&amp;act=detail&amp;id={rng.randint(2500, 2870)}">{esc(t)}</a> <span>({dmy(d)})</span>' for t, d in zip(rel, rd))}
<form class="tindadua">Các tin đã đưa ngày: <input type="text" value="19/06/2024" /> <input type="submit" value="Xem" /></form></div></div>"""
    top = '<div id="top"><img src="images/banner_mttq.jpg" alt="ỦY BAN MTTQ VIỆT NAM TỈNH BẮC KẠN" /></div><div id="ngay">Thứ Năm, 20/06/2024</div>'
    side = side_box(rng, "Tin mới nhất", heads3(rng, 6, avoid=[A18.title] + rel), past(pub, rng, 6), dmy, "tinmoinhat")
    html = shell(rng, title="ỦY BAN MTTQ VIỆT NAM TỈNH BẮC KẠN", org="MTTQ", prefix="mt", kb=88, top=top, crumbs="", main=main, side=side,
                 table_layout=True, foot_org="Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn", addr="Tổ 7, phường Phùng Chí Kiên, TP Bắc Kạn", phone="0209.3870.558")
    return mk("php_inhouse_mttq", "backan-mttq-ngay-dang-plus-cap-nhat-odd-pipe-initials-tin-anh-tindadua", url, html,
              expected(A18, isod(pub), iso(upd), author="B.NG", photographer="B.NG", category="Giám sát và phản biện xã hội"),
              {"bylines": ["Tin, ảnh:"], "chrome": ["CÁC TIN KHÁC", "Các tin đã đưa ngày:", "Lên đầu trang", "Gửi email"],
               "dates": ["Thứ Năm, 20/06/2024"], "related": rel[:3]},
              "In-house PHP portal of the provincial Fatherland Front, table layout, <title> = organisation name, title in a "
              "div. 'Ngày đăng: 19/06/2024 | Cập nhật lúc: 18:00 |19/06/2024' (odd pipe spacing) → published 2024-06-19 (date "
              "only), updated 2024-06-19T18:00+07:00. Summary div = lead. Caption in a tplCaption table (p.Image). Foot "
              "'Tin, ảnh: &nbsp;B.NG' (bold label + nbsp + initials) → author = photographer 'B.NG' (initials kept as printed). "
              "'Các tin đã đưa ngày:' date picker. Category = section label 'Giám sát và phản biện xã hội'.",
              "In-house PHP MTTQ portal; <title> = org name, 'Ngày đăng: dd/mm/yyyy | Cập nhật lúc: HH:MM |dd/mm/yyyy' (date-only publish + timed update), tplCaption table, 'Tin, ảnh: &nbsp;INITIALS' foot, 'Các tin đã đưa ngày:' picker",
              title_visible=A18.title)


PAGES = [page13, page14, page15, page16, page17, page18]
