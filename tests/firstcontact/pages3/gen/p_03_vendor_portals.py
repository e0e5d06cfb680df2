"""Vietnamese vendor portals: Bkav eGov-like (Party document + attachments, Tỉnh ủy Hải Dương),
Vietsoftware-like (series 'Kỳ 1', Đảng ủy Khối Doanh nghiệp Thái Nguyên), VNPT iGate-like
(hỏi đáp chính sách, Sở Nội vụ Tuyên Quang)."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, before, esc, slug, dump, hexid, alnum, b64, guid,
                     expected, css, js, headlines, mega_menu, news_list, footer, counter, ga, pad_to)

# =====================================================================
ART7 = Art(
    "Hướng dẫn tổ chức sinh hoạt chi bộ chuyên đề quý II năm 2024",
    None,
    [
        ("p", "Thực hiện Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ, Ban Tổ chức Tỉnh ủy hướng dẫn các tổ chức cơ sở đảng tổ chức sinh hoạt chi bộ chuyên đề quý II năm 2024 như sau:"),
        ("h", "1. Chủ đề sinh hoạt"),
        ("p", "Nâng cao vai trò, trách nhiệm nêu gương của cán bộ, đảng viên trong thực hiện nhiệm vụ chính trị của cơ quan, đơn vị, địa phương gắn với thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới."),
        ("h", "2. Thời gian, hình thức"),
        ("p", "Sinh hoạt chuyên đề được tổ chức lồng ghép trong kỳ sinh hoạt chi bộ thường kỳ tháng 5 hoặc tháng 6/2024. Chi bộ có đông đảng viên có thể tổ chức theo hình thức tọa đàm, có báo cáo đề dẫn và tham luận của đảng viên."),
        ("h", "3. Tổ chức thực hiện"),
        ("p", "Các đảng ủy cơ sở, chi bộ cơ sở xây dựng kế hoạch, chuẩn bị nội dung chu đáo; cấp ủy cấp trên cử cán bộ dự, chỉ đạo sinh hoạt chuyên đề tại một số chi bộ. Kết quả thực hiện báo cáo về Ban Tổ chức Tỉnh ủy trước ngày 10/7/2024 để tổng hợp."),
    ])


def page7():
    rng = random.Random("bkav-haiduong-07")
    pub = T("2024-04-02 14:35")
    host = "https://tinhuyhaiduong.dcs.vn"
    url = f"{host}/van-ban/Pages/van-ban-chi-tiet.aspx?ItemID=3418&l=TaiLieuSinhHoat"
    heads = headlines(rng, 24, "Kim Thành")
    dts = before(pub, rng, 24, 1, 40)
    docs = ["Hướng dẫn sinh hoạt chi bộ chuyên đề quý I năm 2024", "Tài liệu sinh hoạt chi bộ tháng 3/2024",
            "Kế hoạch kiểm tra, giám sát năm 2024 của Ban Chấp hành Đảng bộ tỉnh", "Thông báo kết luận của Ban Thường vụ Tỉnh ủy số 412-TB/TU",
            "Hướng dẫn đánh giá, xếp loại chất lượng tổ chức đảng năm 2023"]
    body = ART7.render(p=lambda t: f'<p class="MsoNormal" style="text-align:justify;text-indent:36pt">{esc(t)}</p>',
                       h=lambda t: f'<p class="MsoNormal" style="text-indent:36pt"><b>{esc(t)}</b></p>')
    meta = [("Số ký hiệu", "25-HD/BTCTU"), ("Ngày ban hành", "28/03/2024"), ("Cơ quan ban hành", "Ban Tổ chức Tỉnh ủy"),
            ("Loại văn bản", "Hướng dẫn"), ("Người ký", "Phó Trưởng ban Thường trực Vũ Đức Thiện"), ("Lĩnh vực", "Tổ chức - Xây dựng Đảng")]
    mt = "".join(f'<tr><td class="label">{k}</td><td class="value">{esc(v)}</td></tr>' for k, v in meta)
    vs = b64(rng, 9000)
    nav = mega_menu(rng, "", "bkav-menu", ["TP Hải Dương", "TP Chí Linh", "TX Kinh Môn", "Kim Thành", "Nam Sách", "Thanh Hà", "Cẩm Giàng", "Bình Giang", "Gia Lộc", "Tứ Kỳ", "Ninh Giang", "Thanh Miện"], ext=".aspx")
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Văn bản - Tài liệu</title>
<meta name="GENERATOR" content="Bkav eGov Portal 5.2" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/BkavPortal/css/portal.css?rev={hexid(rng, 8)}" />
<style>{css(rng, "bk", 220)}</style><!--PAD-->
</head><body>
<form method="post" action="./van-ban-chi-tiet.aspx?ItemID=3418&amp;l=TaiLieuSinhHoat" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJNzY1NDMyMTA{vs}" />
<div id="bkav-wrapper"><div class="bk-header"><div class="bk-date">Thứ Tư, ngày 03/04/2024</div>
<div class="bk-banner"><img src="/PublishingImages/banner-tinh-uy.png" alt="Đảng bộ tỉnh Hải Dương" /></div>
<div class="bk-nav">{nav}</div></div>
<div class="bk-body"><div class="bk-left">
<div class="bk-path"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">Văn bản - Tài liệu</a> &gt; <a href="/van-ban/tai-lieu-sinh-hoat-chi-bo">Tài liệu sinh hoạt chi bộ</a></div>
<div class="bk-doc-detail" id="ctl00_PlaceHolderMain_g_{guid(rng).replace("-", "_")}_ctl00_pnlDetail">
<h2 class="bk-doc-title"><span id="ctl00_PlaceHolderMain_lblTitle">{esc(ART7.title)}</span></h2>
<div class="bk-doc-date">Ngày đăng: <span id="ctl00_PlaceHolderMain_lblNgayDang">{dmy(pub)} {hm(pub)}</span> | Lượt xem: 918</div>
<table class="bk-doc-meta" cellpadding="4" border="1">{mt}</table>
<div class="bk-doc-content WordSection1">
<p class="MsoNormal" align="center" style="text-align:center"><b>ĐẢNG BỘ TỈNH HẢI DƯƠNG<br />BAN TỔ CHỨC</b></p>
<p class="MsoNormal" align="center" style="text-align:center"><b>*</b></p>
{body}
<p class="MsoNormal" align="right" style="text-align:right"><b>K/T TRƯỞNG BAN<br />PHÓ TRƯỞNG BAN THƯỜNG TRỰC</b><br /><i>(Đã ký)</i><br /><b>Vũ Đức Thiện</b></p>
</div>
<div class="bk-doc-attach"><h4>Tệp đính kèm</h4><ul>
<li><a href="/van-ban/Documents/2024/25-HD-BTCTU.pdf" target="_blank"><img src="/_layouts/15/images/icpdf.png" alt="" />25-HD-BTCTU.pdf (312 KB)</a></li>
<li><a href="/van-ban/Documents/2024/25-HD-BTCTU-phu-luc.docx" target="_blank"><img src="/_layouts/15/images/icdocx.png" alt="" />Phụ lục mẫu báo cáo.docx (48 KB)</a></li></ul>
<a class="bk-print" href="/van-ban/Pages/in-van-ban.aspx?ItemID=3418">In văn bản</a> <a class="bk-down" href="/van-ban/Documents/2024/25-HD-BTCTU.pdf">Tải về</a></div>
</div>
<div class="bk-other"><h4>Văn bản khác</h4>{news_list(rng, docs, "/van-ban/tai-lieu-sinh-hoat-chi-bo", dts[:5], lambda d: dmy(d), "bk-other-list", img=False, ext=".aspx")}</div>
</div><div class="bk-right"><div class="bk-box"><h4>Tin mới</h4>{news_list(rng, heads[:14], "/tin-tuc", dts[5:19], lambda d: dmy(d), "bk-side", ext=".aspx")}</div>
<div class="bk-box"><h4>Thống kê truy cập</h4><ul>{counter(rng)}</ul></div></div></div>
<div class="bk-footer">{footer("Cổng Thông tin điện tử Đảng bộ tỉnh Hải Dương", "Số 1 Lê Thanh Nghị, TP Hải Dương", "0220.3852.166")}<p>Phát triển bởi Bkav</p></div></div>
<script type="text/javascript">{js(rng, 40, "bk")}</script></form></body></html>"""
    html = pad_to(html, rng, 110, prefix="bk-pad")
    return dict(family="bkav_egov", name="haiduong-tai-lieu-sinh-hoat-doc-meta-attachments", url=url,
                content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
                expected=expected(ART7, iso(pub), category="Tài liệu sinh hoạt chi bộ", lead=None),
                traps={"bylines": ["Vũ Đức Thiện", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"], "related": docs,
                       "chrome": ["Tệp đính kèm", "Phụ lục mẫu báo cáo.docx", "In văn bản", "Tải về", "25-HD/BTCTU", "ĐẢNG BỘ TỈNH HẢI DƯƠNG"],
                       "dates": ["28/03/2024", "Thứ Tư, ngày 03/04/2024"]},
                notes="Bkav eGov-like portal on SharePoint 2013 layouts (ViewState, ctl00_PlaceHolderMain ids). Party document page: "
                      "<title> is the section name; h2 title; 'Ngày đăng: 02/04/2024 14:35' is published_at; the metadata table's "
                      "'Ngày ban hành 28/03/2024' is the issue date (trap) and 'Người ký' the signer (not author). Inline Word-pasted "
                      "text (MsoNormal) with a centred letterhead 'ĐẢNG BỘ TỈNH HẢI DƯƠNG / BAN TỔ CHỨC / *' (not body) and a "
                      "signature block (not body); numbered bold sub-heads are body. Attachments list + print/download links. No "
                      "author, no lead, no captions.",
                readme="Bkav eGov-like; Party guidance document inline (Word MsoNormal), letterhead + signature block, doc-metadata table with issue date ≠ posting date, signer ≠ author, attachment list, no author/lead")


# =====================================================================
ART8 = Art(
    "Kỳ 1: Khi chi bộ “bám” dây chuyền sản xuất",
    "Gắn hoạt động của chi bộ với từng ca sản xuất, từng dây chuyền, nhiều tổ chức đảng trong khối doanh nghiệp đã tìm được cách làm mới để người lao động tin Đảng, gần Đảng và phấn đấu vào Đảng.",
    [
        ("p", "6 giờ sáng, khi ca 1 của Nhà máy may Phú Bình chưa vào làm, Bí thư Chi bộ Nguyễn Thị Hằng đã có mặt ở xưởng. Chị đi một vòng các chuyền, hỏi han công nhân, ghi lại những vướng mắc về định mức, tiền thưởng để báo cáo ban giám đốc. “Chi bộ phải biết công nhân đang nghĩ gì thì mới lãnh đạo được”, chị Hằng nói."),
        ("p", "Chi bộ nhà máy hiện có 27 đảng viên, trong đó 19 đồng chí là tổ trưởng, chuyền trưởng. Mỗi đảng viên được phân công phụ trách một nhóm công nhân, vừa kèm cặp tay nghề, vừa nắm bắt tâm tư, kịp thời giải quyết những mâu thuẫn nhỏ ngay tại chuyền."),
        ("img", "/Upload/Images/2024/04/chi-bo-phu-binh.jpg", "Bí thư Chi bộ Nguyễn Thị Hằng (bên phải) trao đổi với công nhân trên chuyền may"),
        ("p", "Nhờ cách làm đó, 3 năm qua nhà máy không xảy ra tranh chấp lao động tập thể; năng suất bình quân tăng 8%/năm. Chi bộ kết nạp được 11 đảng viên mới, đều là công nhân trực tiếp sản xuất, trong đó có 4 người là đồng bào dân tộc thiểu số."),
        ("p", "Theo Đảng ủy Khối Doanh nghiệp tỉnh, toàn Khối hiện có 46 chi bộ, đảng bộ cơ sở trong doanh nghiệp ngoài nhà nước. Việc phát triển đảng viên ở khu vực này còn nhiều khó khăn do người lao động thường xuyên biến động, chủ doanh nghiệp chưa thật sự quan tâm. Bài toán đặt ra là làm sao để tổ chức đảng thật sự “sống” cùng doanh nghiệp."),
    ])


def page8():
    rng = random.Random("vietsoftware-thainguyen-08")
    pub = T("2024-04-08 08:00")
    host = "https://dukdn.thainguyen.dcs.vn"
    url = f"{host}/tin-tuc/xay-dung-dang/ky-1-khi-chi-bo-bam-day-chuyen-san-xuat-1824.html"
    heads = headlines(rng, 24, "Phú Bình")
    dts = before(pub, rng, 24, 1, 30)
    series = [("Kỳ 1: Khi chi bộ “bám” dây chuyền sản xuất", "#"),
              ("Kỳ 2: Phát triển đảng viên trong doanh nghiệp ngoài nhà nước - còn đó những rào cản", "/tin-tuc/xay-dung-dang/ky-2-1831.html"),
              ("Kỳ 3: Để tổ chức đảng “sống” cùng doanh nghiệp", "/tin-tuc/xay-dung-dang/ky-3-1840.html")]
    cur = ' class="current"'
    sbox = ('<div class="vs-series"><div class="vs-series-head">Loạt bài: Xây dựng Đảng trong doanh nghiệp ngoài nhà nước</div><ul>' +
            "".join(f'<li{cur if u == "#" else ""}><a href="{u}">{esc(t)}</a></li>' for t, u in series) + "</ul></div>")
    body = ART8.render(img=lambda s, c, n: f'<table class="image center" align="center"><tr><td><img src="{s}" alt="" width="680"/></td></tr><tr><td class="image_desc">{esc(c)}</td></tr></table>')
    nav = mega_menu(rng, "", "vs-menu", [])
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/>
<title>Kỳ 1: Khi chi bộ “bám” dây chuyền sản xuất - Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên</title>
<meta name="author" content="Vietsoftware"/>
<link href="/Themes/Default/css/site.css" rel="stylesheet"/>
<style>{css(rng, "vs", 230)}</style><!--PAD-->
</head><body>
<div class="vs-top"><div class="container"><span class="vs-today">Thứ Hai, ngày 08 tháng 4 năm 2024</span> <a href="/lien-he.html">Liên hệ</a> | <a href="/so-do-site.html">Sơ đồ site</a></div></div>
<div class="vs-header"><img src="/Themes/Default/images/banner.jpg" alt="Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên"/></div>
<div class="vs-nav">{nav}</div>
<div class="container"><div class="vs-main"><div class="vs-col-main">
<div class="vs-path"><a href="/">Trang chủ</a> » <a href="/tin-tuc.html">Tin tức</a> » <a href="/tin-tuc/xay-dung-dang.html">Xây dựng Đảng</a></div>
<div class="vs-detail">
<div class="vs-detail-kicker">Xây dựng Đảng trong doanh nghiệp ngoài nhà nước</div>
<h1 class="vs-detail-title">{esc(ART8.title)}</h1>
<div class="vs-detail-date">Cập nhật lúc: {hm(pub)} - {dmy(pub)}</div>
<div class="vs-detail-sapo">{esc(ART8.lead)}</div>
{sbox}
<div class="vs-detail-content">{body}</div>
<div class="vs-detail-author" style="text-align:right"><b>Nhóm PV</b></div>
<div class="vs-detail-next"><span>Kỳ sau:</span> <a href="{series[1][1]}">Phát triển đảng viên trong doanh nghiệp ngoài nhà nước - còn đó những rào cản</a></div>
<div class="vs-tools"><a href="javascript:print()">In bài</a> <a href="#">Gửi bài</a> <a href="#top">Về đầu trang</a></div>
</div>
<div class="vs-others"><h3>Các tin khác</h3>{news_list(rng, heads[:10], "/tin-tuc/xay-dung-dang", dts[:10], lambda d: "(" + dmy(d) + ")", "vs-other", img=False)}</div>
</div><div class="vs-col-right"><div class="vs-box"><h3>Tin nổi bật</h3>{news_list(rng, heads[10:20], "/tin-tuc", dts[10:20], lambda d: dmy(d), "vs-hot")}</div>
<div class="vs-box"><h3>Thăm dò ý kiến</h3><p>Bạn quan tâm chuyên mục nào?</p><label><input type="radio" name="poll"/> Xây dựng Đảng</label><label><input type="radio" name="poll"/> Gương sáng</label><button>Biểu quyết</button></div>
<div class="vs-box"><ul>{counter(rng)}</ul></div></div></div></div>
<div class="vs-footer">{footer("Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên", "Số 18 đường Nha Trang, TP Thái Nguyên", "0208.3855.412")}<p>Thiết kế bởi Vietsoftware</p></div>
<script>{js(rng, 45, "vs")}</script></body></html>"""
    html = pad_to(html, rng, 92, prefix="vs-pad")
    return dict(family="vietsoftware_portal", name="thainguyen-dukdn-series-ky-1-group-byline", url=url,
                content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
                expected=expected(ART8, iso(pub), author="Nhóm PV", category="Xây dựng Đảng"),
                traps={"bylines": ["Nhóm PV"], "related": [series[1][0], series[2][0]] + heads[:10],
                       "chrome": ["Loạt bài: Xây dựng Đảng trong doanh nghiệp ngoài nhà nước", "Kỳ sau:", "Về đầu trang", "Thăm dò ý kiến"],
                       "dates": ["Thứ Hai, ngày 08 tháng 4 năm 2024"]},
                notes="Vietsoftware-style portal. First part of a 3-part series: h1 keeps the 'Kỳ 1:' prefix; a series box with "
                      "all three part titles sits between sapo and content (Kỳ 2/3 titles are traps); 'Kỳ sau:' teaser after the "
                      "byline. Kicker = series name, category = last crumb 'Xây dựng Đảng'. 'Cập nhật lúc: 08:00 - 08/04/2024' is the "
                      "only stamp (publication). Byline 'Nhóm PV' (a group byline, kept as author). The header clock shows the same "
                      "day in words (trap only as a string). Two-row image table caption (td.image_desc).",
                readme="Vietsoftware-style; serial 'Kỳ 1:' with series box listing Kỳ 2/Kỳ 3 between sapo and text, 'Kỳ sau:' teaser, kicker ≠ crumb category, 'Cập nhật lúc:' stamp, group byline 'Nhóm PV'")


# =====================================================================
Q9 = ("Tôi là công chức cấp xã, tốt nghiệp đại học chuyên ngành luật năm 2015, đã có 8 năm công tác. Nay tôi được điều động "
      "lên làm việc tại Văn phòng HĐND và UBND huyện. Xin hỏi thời gian công tác ở xã của tôi có được tính để xếp lương "
      "ngạch chuyên viên hay không?")
A9 = [
    "Về vấn đề ông hỏi, Sở Nội vụ trả lời như sau:",
    "Theo quy định tại Nghị định số 138/2020/NĐ-CP của Chính phủ về tuyển dụng, sử dụng và quản lý công chức, trường hợp cán bộ, công chức cấp xã được điều động, tiếp nhận vào làm công chức từ cấp huyện trở lên thì thời gian công tác có đóng bảo hiểm xã hội bắt buộc ở cấp xã được xem xét tính để xếp lương ngạch tương ứng.",
    "Việc xếp lương thực hiện theo hướng dẫn tại Thông tư số 02/2021/TT-BNV của Bộ Nội vụ. Đề nghị ông liên hệ với cơ quan sử dụng công chức để được hướng dẫn hoàn thiện hồ sơ, trình cấp có thẩm quyền quyết định xếp lương theo quy định.",
]
ART9 = Art("Thời gian công tác ở xã có được tính khi xếp lương công chức cấp huyện?", None,
           [("p", Q9)] + [("p", a) for a in A9])


def page9():
    rng = random.Random("igate-tuyenquang-09")
    asked, pub = T("2024-03-04 10:21"), T("2024-03-14 15:02")
    host = "https://dichvucong.tuyenquang.gov.vn"
    url = f"{host}/vi/hoi-dap/chi-tiet/65f41c2e8d1a2b3c4d5e6f70"
    qs = ["Thủ tục cấp lại giấy phép lái xe bị mất?", "Điều kiện hưởng trợ cấp thất nghiệp?", "Hồ sơ đăng ký khai sinh cho con ngoài giá thừa?",
          "Thời hạn giải quyết thủ tục chuyển mục đích sử dụng đất?", "Có được nộp hồ sơ đăng ký kinh doanh qua mạng?",
          "Chế độ đối với người hoạt động không chuyên trách ở thôn?", "Cách tra cứu tiến độ giải quyết hồ sơ?"]
    dts = before(pub, rng, 7, 1, 20)
    cfg = {"apiUrl": "https://apiigate.tuyenquang.gov.vn", "deploymentId": "60f6364e09cbf91d41f88859", "keycloak": {"realm": "digo", "clientId": "web-onegate"},
           "question": {"id": "65f41c2e8d1a2b3c4d5e6f70", "createdDate": utcz(asked, True), "answerDate": utcz(pub, True), "status": 3,
                        "agency": {"name": "Sở Nội vụ"}, "sector": {"name": "Công chức, viên chức"}}}
    html = f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Tuyên Quang</title>
<base href="/"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="styles.9e1b8d4c2a6f7e31.css">
<style>{css(rng, "mat", 260)}</style><!--PAD-->
</head><body>
<app-root ng-version="12.2.16"><app-header><div class="header-top"><div class="logo"><img src="assets/img/quoc-huy.png" alt=""><div><span>UBND TỈNH TUYÊN QUANG</span><b>HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</b></div></div>
<div class="header-right"><a routerlink="/dang-nhap">Đăng nhập</a> <a>Đăng ký</a></div></div>
<nav class="mat-toolbar"><a>Trang chủ</a><a>Giới thiệu</a><a>Thủ tục hành chính</a><a>Dịch vụ công trực tuyến</a><a>Thanh toán trực tuyến</a><a>Tra cứu hồ sơ</a><a>Phản ánh kiến nghị</a><a>Hỏi đáp</a><a>Thống kê</a></nav></app-header>
<app-question-detail><div class="container">
<div class="breadcrumb"><a>Trang chủ</a> / <a>Hỏi đáp</a> / <span>Chi tiết câu hỏi</span></div>
<mat-card class="mat-card question-card">
<h1 class="q-title">{esc(ART9.title)}</h1>
<table class="q-info"><tr><td class="lbl">Người hỏi:</td><td>Nguyễn Đức Minh</td><td class="lbl">Địa chỉ:</td><td>Xã Trung Môn, huyện Yên Sơn</td></tr>
<tr><td class="lbl">Lĩnh vực:</td><td>Công chức, viên chức</td><td class="lbl">Ngày gửi:</td><td>{dmy(asked)} {hm(asked)}</td></tr></table>
<div class="q-block"><div class="q-label">Nội dung câu hỏi</div><div class="q-content"><p>{esc(Q9)}</p></div></div>
<div class="a-block"><div class="a-label">Trả lời</div><div class="a-meta">Cơ quan trả lời: <b>Sở Nội vụ</b> | Ngày trả lời: {dmy(pub)} {hm(pub)}</div>
<div class="a-content">{"".join(f"<p>{esc(a)}</p>" for a in A9)}</div></div>
<div class="q-actions"><button class="mat-button">Hữu ích (12)</button><button class="mat-button">In câu trả lời</button></div>
</mat-card>
<mat-card class="mat-card other-q"><h3>Câu hỏi khác</h3>{news_list(rng, qs, "/vi/hoi-dap/chi-tiet", dts, lambda d: dmy(d), "other-list", img=False, ext="")}</mat-card>
<mat-card class="mat-card ask-form"><h3>Đặt câu hỏi</h3><input placeholder="Họ tên"><input placeholder="Số điện thoại"><select><option>Chọn lĩnh vực</option></select><textarea>Nội dung câu hỏi</textarea><button>Gửi câu hỏi</button></mat-card>
</div></app-question-detail>
<app-footer><div class="footer">{footer("Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Tuyên Quang", "Số 160 đường Trần Hưng Đạo, phường Tân Quang, TP Tuyên Quang", "1900.1234")}<p>Đơn vị phát triển: VNPT Tuyên Quang</p></div></app-footer></app-root>
<script>window.__env={dump(cfg)};</script>
<script src="runtime.7b0e2c4d1f9a8b63.js" type="module"></script><script src="main.{hexid(rng, 16)}.js" type="module"></script>
<script>{js(rng, 90, "ig")}</script>
</body></html>"""
    html = pad_to(html, rng, 86, prefix="mat-pad")
    return dict(family="vnpt_igate", name="tuyenquang-hoi-dap-question-answer-dates", url=url,
                content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
                expected=expected(ART9, iso(pub), unit="Sở Nội vụ", category="Hỏi đáp", lead=None),
                traps={"bylines": ["Nguyễn Đức Minh", "Xã Trung Môn, huyện Yên Sơn"], "related": qs,
                       "chrome": ["Nội dung câu hỏi", "Cơ quan trả lời:", "Hữu ích (12)", "In câu trả lời", "Đặt câu hỏi", "Câu hỏi khác"],
                       "dates": [f"{dmy(asked)} {hm(asked)}"]},
                notes="VNPT iGate-like Angular app (ng-version, mat-card, window.__env JSON with UTC createdDate/answerDate). "
                      "<title> is the system name. Q&A page: h1 = question title; asker info table (name, address, field, 'Ngày gửi' "
                      "question date = trap); 'Nội dung câu hỏi' label + question paragraph; 'Trả lời' label + 'Cơ quan trả lời: Sở "
                      "Nội vụ | Ngày trả lời: 14/03/2024 15:02' + answer paragraphs. Body = question + answer paragraphs (labels "
                      "excluded), no lead. Answering agency = author_unit, author null. Category = crumb 'Hỏi đáp' (the last crumb "
                      "'Chi tiết câu hỏi' is a page label). Question form below.",
                readme="VNPT iGate-like Angular; 'hỏi đáp' question + answer, asker table with question date (trap), answer date = published, answering agency = unit with no author, labels not body")


PAGES = [page7, page8, page9]
