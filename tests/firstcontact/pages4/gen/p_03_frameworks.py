"""Framework portals carrying special page kinds: Yii2 (speech transcript), CodeIgniter ('Gương người
tốt việc tốt' interview with bold Q/A), Lotus Domino .nsf (numbered press communiqué), JSP Struts .do
(funeral notice), Ruby on Rails ('Sổ tay đảng viên' explainer with a table)."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, past, esc, slug, dump, hexid, alnum, expected, css, js,
                     heads, menu, nlist, footer, counter, ga, cookie_banner, pad)

# =====================================================================
A9 = Art(
    "Phát biểu của đồng chí Trần Đức Hạnh, Bí thư Tỉnh ủy tại Hội nghị sơ kết công tác xây dựng Đảng quý I/2024",
    "Ngày 2/4/2024, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị sơ kết công tác xây dựng Đảng và hệ thống chính trị quý I, triển khai nhiệm vụ quý II năm 2024. Trang thông tin điện tử Tỉnh ủy trân trọng giới thiệu toàn văn bài phát biểu chỉ đạo của đồng chí Bí thư Tỉnh ủy tại hội nghị.",
    [
        ("p", "Kính thưa các đồng chí đại biểu!"),
        ("p", "Thưa toàn thể các đồng chí!"),
        ("p", "Hôm nay, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I nhằm đánh giá kết quả đạt được, chỉ ra những hạn chế, khuyết điểm và thống nhất các nhiệm vụ, giải pháp trọng tâm cho quý II. Qua báo cáo của Ban Tổ chức Tỉnh ủy và ý kiến phát biểu của các đồng chí, tôi cơ bản thống nhất và xin nhấn mạnh thêm một số nội dung sau."),
        ("img", "/uploads/news/2024/04/bi-thu-phat-bieu-hoi-nghi.jpg", "Đồng chí Trần Đức Hạnh, Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị"),
        ("h", "1. Về những kết quả đạt được"),
        ("p", "Quý I năm 2024, các cấp ủy, tổ chức đảng đã tập trung lãnh đạo hoàn thành nhiều nhiệm vụ quan trọng. Công tác chuẩn bị đại hội đảng bộ các cấp được triển khai sớm, bài bản; công tác kiểm tra, giám sát được tăng cường; việc kết nạp đảng viên đạt khá so với cùng kỳ. Những kết quả đó khẳng định sự nỗ lực, trách nhiệm của cả hệ thống chính trị."),
        ("h", "2. Về những hạn chế cần khắc phục"),
        ("p", "Tuy nhiên, chúng ta cũng thẳng thắn nhìn nhận, chất lượng sinh hoạt chi bộ ở một số nơi còn hình thức; việc nắm bắt tâm tư, nguyện vọng của đảng viên và nhân dân có lúc chưa kịp thời; một bộ phận cán bộ còn tâm lý né tránh, sợ trách nhiệm, ngại va chạm."),
        ("h", "3. Về nhiệm vụ trọng tâm quý II"),
        ("p", "Tôi đề nghị các cấp ủy tập trung chỉ đạo xây dựng văn kiện, phương án nhân sự đại hội chi bộ, đảng bộ cơ sở bảo đảm đúng quy định, đúng tiến độ; tiếp tục thực hiện nghiêm các quy định về trách nhiệm nêu gương; đẩy mạnh đấu tranh phòng, chống tham nhũng, tiêu cực, lãng phí."),
        ("p", "Với tinh thần đoàn kết, trách nhiệm, tôi tin tưởng các cấp ủy, tổ chức đảng và đội ngũ cán bộ, đảng viên toàn tỉnh sẽ hoàn thành thắng lợi nhiệm vụ quý II và cả năm 2024."),
        ("p", "Chúc các đồng chí sức khỏe, hạnh phúc và thành công. Xin trân trọng cảm ơn!"),
    ])


def page9():
    rng = random.Random("yii-thaibinh-09")
    pub = T("2024-04-02 16:15")
    host = "https://thaibinh.dcs.vn"
    url = f"{host}/tin-tuc/phat-bieu-cua-dong-chi-tran-duc-hanh-bi-thu-tinh-uy-tai-hoi-nghi-so-ket-cong-tac-xay-dung-dang-quy-i-2024.html"
    hs = heads(rng, 30, "Vũ Thư")
    ds = past(pub, rng, 30, 1, 25)
    asset = hexid(rng, 8)
    body = A9.render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f"<p><strong>{esc(t)}</strong></p>",
                     img=lambda s, c, n: f'<div class="image-center"><img src="{s}" alt="{esc(c, True)}"><p class="image-note"><em>{esc(c)}</em></p></div>')
    html = f"""<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-param" content="_csrf-frontend"><meta name="csrf-token" content="{alnum(rng, 86)}==">
<title>{esc(A9.title)}</title>
<meta property="og:title" content="{esc(A9.title, True)}"><meta property="og:description" content="{esc(A9.lead, True)}">
<link href="/assets/{asset}/css/bootstrap.css" rel="stylesheet"><link href="/css/site.css?v=1711090000" rel="stylesheet">
<style>{css(rng, "tb", 230)}</style><!--PAD-->
</head><body>
<div class="wrap">
<div class="header-top"><div class="container"><span class="today">Thứ Năm, ngày 04/04/2024</span></div></div>
<div class="header-banner"><img src="/images/banner-tinh-uy-thai-binh.jpg" alt="Đảng bộ tỉnh Thái Bình"></div>
<nav id="w0" class="navbar navbar-expand-lg"><div class="container">{menu(rng, "/chuyen-muc", "navbar-nav", ".html", ["TP Thái Bình", "Đông Hưng", "Hưng Hà", "Quỳnh Phụ", "Thái Thụy", "Tiền Hải", "Kiến Xương", "Vũ Thư"])}</div></nav>
<div class="container"><div class="row"><div class="col-md-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/chuyen-muc/tin-tuc-su-kien.html">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active" aria-current="page">Bài viết, phát biểu của lãnh đạo</li></ol></nav>
<div class="news-view">
<h1 class="news-title">{esc(A9.title)}</h1>
<div class="news-info"><span class="news-date">Ngày xuất bản: {dmy(pub)} - {hm(pub)}</span> <span class="news-hit">Lượt đọc: 1.306</span></div>
<div class="news-summary"><em>{esc(A9.lead)}</em></div>
<div class="news-content">
{body}
</div>
<div class="news-source"><i>(Tiêu đề do Ban Biên tập đặt)</i></div>
<div class="news-tools"><a href="/tin-tuc/in/3318">In bài viết</a> <a href="#">Gửi cho bạn bè</a></div>
</div>
<div class="news-other"><h3 class="box-title">Tin cùng chuyên mục</h3>{nlist(rng, hs[:10], "/tin-tuc", ds[:10], lambda d: f"({dmy(d)})", "news-other-list", img=False)}</div>
</div><div class="col-md-4">
<div class="sidebar-box"><h3>Tin mới nhất</h3>{nlist(rng, hs[10:20], "/tin-tuc", ds[10:20], dmy, "latest")}</div>
<div class="sidebar-box"><h3>Lịch công tác</h3><ul><li>Thứ Hai: Thường trực Tỉnh ủy giao ban</li><li>Thứ Tư: Hội nghị Ban Thường vụ Tỉnh ủy</li><li>Thứ Sáu: Tiếp công dân định kỳ</li></ul></div>
<div class="sidebar-box"><h3>Văn bản mới</h3>{nlist(rng, hs[20:30], "/van-ban", ds[20:30], dmy, "docs", img=False)}</div>
<div class="sidebar-box"><ul>{counter(rng)}</ul></div></div></div></div></div>
<footer class="footer"><div class="container">{footer("Trang thông tin điện tử Đảng bộ tỉnh Thái Bình", "Số 76 đường Lê Lợi, TP Thái Bình", "0227.3831.640")}</div></footer>
<script src="/assets/{hexid(rng, 8)}/jquery.js"></script><script src="/assets/{hexid(rng, 8)}/yii.js"></script>
<script>jQuery(function ($) {{ {js(rng, 40, "tb")} }});</script>
</body></html>"""
    html = pad(html, rng, 110, "tb-x")
    return dict(family="yii_portal", name="thaibinh-phat-bieu-bi-thu-speech-transcript", url=url,
                content_type="text/html; charset=UTF-8", html=html,
                expected=expected(A9, iso(pub), category="Bài viết, phát biểu của lãnh đạo"),
                traps={"chrome": ["(Tiêu đề do Ban Biên tập đặt)", "Lượt đọc: 1.306", "In bài viết", "Thứ Hai: Thường trực Tỉnh ủy giao ban"],
                       "related": hs[:10], "dates": ["Thứ Năm, ngày 04/04/2024"]},
                notes="Yii2 portal (csrf meta, /assets/<hash>/, yii.js). Speech transcript 'Phát biểu của đồng chí …': the italic "
                      "editor's intro is the lead; salutations ('Kính thưa …', 'Thưa toàn thể …'), numbered bold section heads "
                      "and the closing 'Xin trân trọng cảm ơn!' are body. The speaker is not the author → author null (no byline). "
                      "'(Tiêu đề do Ban Biên tập đặt)' note after the text is not body. Category = active last crumb.",
                readme="Yii2 portal; speech transcript ('Phát biểu của đồng chí …'), italic editor's intro = lead, salutations + numbered heads + closing in body, speaker ≠ author (null), '(Tiêu đề do Ban Biên tập đặt)' note")


# =====================================================================
A10 = Art(
    "Cựu chiến binh Lò Văn Pấng: 20 năm hiến đất, mở đường cho bản",
    "Hơn 20 năm qua, cựu chiến binh Lò Văn Pấng ở bản Nà Sang, xã Mường Phăng đã nhiều lần hiến đất, vận động bà con góp công mở đường, làm nhà văn hóa. Ông được Hội Cựu chiến binh tỉnh biểu dương là gương điển hình trong phong trào “Cựu chiến binh gương mẫu”.",
    [
        ("p", "Năm 2003, khi bản Nà Sang vẫn chỉ có con đường đất nhỏ hẹp, mùa mưa trơn trượt, ông Pấng là người đầu tiên trong bản tự nguyện hiến gần 400 m² đất vườn để mở rộng đường. Từ đó đến nay, ông cùng gia đình tiếp tục hiến thêm đất xây nhà văn hóa và sân thể thao của bản. Chúng tôi đã có cuộc trò chuyện với ông."),
        ("img", "/public/uploads/2024/04/ccb-lo-van-pang.jpg", "Cựu chiến binh Lò Văn Pấng (bên phải) trao đổi với cán bộ Hội CCB xã về việc bê tông hóa đường nội bản"),
        ("p", "Phóng viên: Điều gì khiến ông quyết định hiến đất khi gia đình cũng chưa khá giả?"),
        ("p", "Ông Lò Văn Pấng: Tôi là bộ đội, là đảng viên, mình phải làm trước thì bà con mới làm theo. Đường đi lại khó khăn thì con cháu đi học vất vả, nông sản làm ra cũng không bán được giá. Đất mất một ít nhưng cả bản được hưởng lợi lâu dài."),
        ("p", "Phóng viên: Việc vận động các hộ khác cùng hiến đất có gặp khó khăn không, thưa ông?"),
        ("p", "Ông Lò Văn Pấng: Lúc đầu cũng có hộ chưa đồng ý vì sợ thiệt. Tôi cùng chi hội cựu chiến binh đến từng nhà nói chuyện, có nhà phải đến năm, sáu lần. Khi thấy con đường đầu tiên làm xong, xe máy, xe tải vào tận bản, bà con tự nguyện đăng ký hiến đất, góp ngày công."),
        ("p", "Phóng viên: Ông có mong muốn gì trong thời gian tới?"),
        ("p", "Ông Lò Văn Pấng: Tôi mong các tuyến đường nội đồng của bản sớm được cứng hóa để bà con vận chuyển lúa, cà phê thuận tiện hơn. Còn sức khỏe thì tôi còn tham gia vận động."),
        ("p", "Ông Lường Văn Thoan, Chủ tịch Hội Cựu chiến binh xã Mường Phăng cho biết, từ tấm gương của ông Pấng, những năm qua người dân trong xã đã hiến hơn 12.000 m² đất để làm đường giao thông nông thôn."),
    ])


def page10():
    rng = random.Random("codeigniter-dienbien-10")
    pub = T("2024-04-03 08:05")
    host = "https://ccb.dienbien.gov.vn"
    url = f"{host}/index.php/tin-tuc/chi-tiet/guong-nguoi-tot-viec-tot/2871"
    hs = heads(rng, 28, "Điện Biên")
    ds = past(pub, rng, 28, 1, 30)

    def p(t):
        if t.startswith("Phóng viên: "):
            return f"<p><strong>{esc(t)}</strong></p>"
        if t.startswith("Ông Lò Văn Pấng: "):
            return f"<p><strong>Ông Lò Văn Pấng:</strong> {esc(t[len('Ông Lò Văn Pấng: '):])}</p>"
        return f"<p>{esc(t)}</p>"
    body = A10.render(p=p, img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" width="620" alt=""><br><em>{esc(c)}</em></p>')
    spam = '<div style="display:none"><a href="https://bong88-vn.example/">link vào bong88 mới nhất</a> <a href="https://bong88-vn.example/">cá cược thể thao uy tín</a></div>'
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(A10.title)} | Hội Cựu chiến binh tỉnh Điện Biên</title>
<meta name="description" content="{esc(A10.lead, True)}">
<meta property="og:type" content="article"><meta property="og:section" content="Tin tức">
<link rel="stylesheet" href="{host}/public/themes/ccb/css/style.css"><link rel="stylesheet" href="{host}/public/themes/ccb/css/responsive.css">
<style>{css(rng, "ccb", 230)}</style><!--PAD-->
<script>var base_url = '{host}/index.php/', csrf_name = 'ci_csrf_token', csrf_hash = '{hexid(rng, 32)}';</script>
</head><body>
<div id="header"><div class="logo"><a href="{host}/index.php"><img src="{host}/public/themes/ccb/images/logo-ccb.png" alt="Hội Cựu chiến binh tỉnh Điện Biên"></a></div>
<div class="slogan">TRUNG THÀNH - ĐOÀN KẾT - GƯƠNG MẪU - ĐỔI MỚI</div></div>
<div id="menu">{menu(rng, host + "/index.php/chuyen-muc", "ccb-menu", "", ["TP Điện Biên Phủ", "TX Mường Lay", "Điện Biên", "Điện Biên Đông", "Mường Ảng", "Tuần Giáo", "Tủa Chùa", "Mường Chà", "Mường Nhé", "Nậm Pồ"])}</div>
<div id="content"><div class="main-col">
<div class="breadcrumb"><a href="{host}/index.php">Trang chủ</a> &gt; <a href="{host}/index.php/tin-tuc">Tin tức</a> &gt; <a href="{host}/index.php/tin-tuc/guong-nguoi-tot-viec-tot">Gương người tốt việc tốt</a></div>
<div class="detail">
<h1 class="detail-title">{esc(A10.title)}</h1>
<div class="detail-byline">Lê Hằng (thực hiện)</div>
<div class="detail-date">{dmy(pub)} {hm(pub)}</div>
<div class="detail-lead"><strong>{esc(A10.lead)}</strong></div>
<div class="detail-content">
{body}
</div>
{spam}
<div class="detail-share"><a href="#">Facebook</a> | <a href="#">Zalo</a> | <a href="javascript:print()">In</a></div>
</div>
<div class="other-news"><h3>Tin bài khác</h3>{nlist(rng, hs[:10], host + "/index.php/tin-tuc/chi-tiet", ds[:10], lambda d: f"[{dmy(d)}]", "other", img=False, ext="")}</div>
<div class="comment-box"><h3>Gửi bình luận</h3><form method="post" action="{host}/index.php/binh-luan/gui"><input type="hidden" name="ci_csrf_token" value="{hexid(rng, 32)}"><input name="ho_ten" placeholder="Họ và tên"><textarea name="noi_dung"></textarea><button>Gửi</button></form></div>
</div><div class="side-col">
<div class="side-box"><h3>Tin nổi bật</h3>{nlist(rng, hs[10:19], host + "/index.php/tin-tuc/chi-tiet", ds[10:19], dmy, "hot", ext="")}</div>
<div class="side-box"><h3>Gương sáng CCB</h3>{nlist(rng, hs[19:28], host + "/index.php/tin-tuc/chi-tiet", ds[19:28], None, "ccb-guong", img=False, ext="")}</div>
<div class="side-box"><ul>{counter(rng)}</ul></div></div></div>
<div id="footer">{footer("Hội Cựu chiến binh tỉnh Điện Biên", "Tổ dân phố 10, phường Mường Thanh, TP Điện Biên Phủ", "0215.3825.347")}</div>
<script src="{host}/public/themes/ccb/js/jquery-1.11.3.min.js"></script><script>{js(rng, 40, "ccb")}</script>
<!-- Page rendered in 0.0412 seconds. Memory used 2.1MB -->
</body></html>"""
    html = pad(html, rng, 95, "ccb-x")
    return dict(family="codeigniter_portal", name="dienbien-ccb-guong-sang-interview-bold-qa", url=url,
                content_type="text/html; charset=UTF-8", html=html,
                expected=expected(A10, iso(pub), author="Lê Hằng", category="Gương người tốt việc tốt"),
                traps={"bylines": ["Lê Hằng (thực hiện)"], "spam": ["link vào bong88 mới nhất", "cá cược thể thao uy tín"],
                       "related": hs[:10], "chrome": ["TRUNG THÀNH - ĐOÀN KẾT - GƯƠNG MẪU - ĐỔI MỚI", "Gửi bình luận"]},
                notes="CodeIgniter 3 portal (index.php URLs, ci_csrf_token, 'Page rendered in' comment). 'Gương người tốt việc tốt' "
                      "feature with an interview: bold 'Phóng viên: …' questions and answers starting with a bold 'Ông Lò Văn Pấng:' "
                      "label are body paragraphs exactly as printed (labels included). Byline 'Lê Hằng (thực hiện)' above the date → "
                      "author 'Lê Hằng' ('thực hiện' = 'interview by', not a unit). Hidden gambling spam after the body. Category = "
                      "last crumb (og:section 'Tin tức' is the parent).",
                readme="CodeIgniter portal; 'Gương người tốt việc tốt' interview with bold 'Phóng viên:' questions and bold speaker labels (body as printed), '(thực hiện)' byline above the date, display:none spam")


# =====================================================================
A11 = Art(
    "Thông cáo báo chí Hội nghị lần thứ 18 Ban Chấp hành Đảng bộ tỉnh khóa XIX",
    None,
    [
        ("p", "Ngày 12/4/2024, tại thành phố Hà Tĩnh, Ban Chấp hành Đảng bộ tỉnh khóa XIX tổ chức Hội nghị lần thứ 18 để xem xét, cho ý kiến vào một số nội dung quan trọng. Đồng chí Nguyễn Văn Tường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị."),
        ("p", "Hội nghị đã thảo luận, thống nhất các nội dung sau:"),
        ("h", "1. Về tình hình kinh tế - xã hội quý I và nhiệm vụ trọng tâm quý II năm 2024"),
        ("p", "Quý I năm 2024, tăng trưởng kinh tế của tỉnh ước đạt 6,8%; thu ngân sách nhà nước đạt 31% dự toán; giải ngân vốn đầu tư công đạt 21,5% kế hoạch, cao hơn mức bình quân cả nước. Hội nghị yêu cầu tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh; đẩy nhanh tiến độ các dự án trọng điểm."),
        ("h", "2. Về công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030"),
        ("p", "Hội nghị thống nhất ban hành Kế hoạch tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XX; giao Ban Thường vụ Tỉnh ủy chỉ đạo các tiểu ban chuẩn bị văn kiện, nhân sự và tổ chức phục vụ đại hội."),
        ("h", "3. Về công tác cán bộ"),
        ("p", "Hội nghị đã tiến hành quy trình giới thiệu nhân sự bầu bổ sung Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 - 2025 theo đúng quy định của Trung ương."),
        ("p", "Phát biểu bế mạc, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội khẩn trương cụ thể hóa, triển khai thực hiện nghiêm túc các nội dung hội nghị đã thống nhất."),
    ])


def page11():
    rng = random.Random("domino-hatinh-11")
    pub = T("2024-04-12 17:40")
    host = "https://hatinh.dcs.vn"
    unid = hexid(rng, 32).upper()
    url = f"{host}/portal/web.nsf/vwTinTuc/{unid}?OpenDocument"
    hs = heads(rng, 24, "Can Lộc")
    ds = past(pub, rng, 24, 1, 30)
    body = A11.render(p=lambda t: f'<p align="justify"><font face="Arial" size="2">{esc(t)}</font></p>',
                      h=lambda t: f'<p align="justify"><font face="Arial" size="2"><b>{esc(t)}</b></font></p>')
    left = "".join(f'<tr><td class="nav"><a href="/portal/web.nsf/vwChuyenMuc?OpenView&amp;Start=1&amp;Count=30&amp;Expand={i}">{esc(t)}</a></td></tr>'
                   for i, t in enumerate(["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Thông cáo báo chí", "Xây dựng Đảng", "Văn bản",
                                          "Lịch công tác", "Hỏi đáp", "Liên hệ"], 1))
    others = "".join(f'<tr><td><img src="/icons/ecblank.gif" width="8"><a href="/portal/web.nsf/vwTinTuc/{hexid(rng, 32).upper()}?OpenDocument">{esc(t)}</a> <font color="#808080">({dmy(d)})</font></td></tr>'
                     for t, d in zip(hs[:12], ds[:12]))
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(A11.title)}</title>
<meta name="Generator" content="Lotus Domino 9.0.1FP10">
<script language="JavaScript" type="text/javascript"><!--
document._domino_target = "_self";function _doClick(v, o, t, h) {{var form = document._DominoForm;if (form.onsubmit) {{var retVal = form.onsubmit();if (typeof retVal == "boolean" && retVal == false) return false;}}var target = document._domino_target;if (o.href != null) {{if (o.target != null) target = o.target;}} else {{if (t != null) target = t;}}form.target = target;form.__Click.value = v;if (h != null) form.action += h;form.submit();return false;}}
// --></script>
<style>{css(rng, "dom", 200)}</style><!--PAD-->
</head><body text="#000000" bgcolor="#FFFFFF">
<form method="post" action="/portal/web.nsf/vwTinTuc/{unid}?OpenDocument&amp;Seq=1" name="_DominoForm"><input type="hidden" name="__Click" value="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td colspan="3"><img src="/portal/web.nsf/banner.jpg?OpenImageResource" width="1000" height="150" alt="Cổng thông tin điện tử Đảng bộ tỉnh Hà Tĩnh"></td></tr>
<tr><td colspan="3" class="menubar"><font face="Arial" size="1">Hôm nay: Thứ Bảy, 13/04/2024</font> {menu(rng, "/portal/web.nsf/vwChuyenMuc", "dom-menu", "?OpenView")}</td></tr>
<tr valign="top"><td width="180"><table width="100%">{left}</table></td>
<td width="620">
<table width="100%" cellpadding="4"><tr><td class="sectionhdr"><font face="Arial" size="2" color="#A50000"><b>THÔNG CÁO BÁO CHÍ</b></font></td></tr>
<tr><td><font face="Arial" size="4" color="#A50000"><b>{esc(A11.title)}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#808080">Ngày đăng: {dmy(pub)} {hm(pub)}:12 ICT</font></td></tr>
<tr><td>
{body}
<p align="right"><font face="Arial" size="2"><b>VĂN PHÒNG TỈNH ỦY HÀ TĨNH</b></font></p>
</td></tr>
<tr><td><font face="Arial" size="1"><a href="/portal/web.nsf/vwTinTuc/{unid}?OpenDocument&amp;Print=1">[In trang]</a> <a href="#top">[Lên đầu trang]</a> <a href="javascript:history.back()">[Quay lại]</a></font></td></tr>
<tr><td><font face="Arial" size="2" color="#A50000"><b>Các tin khác:</b></font><table width="100%">{others}</table></td></tr></table>
</td><td width="200"><table width="100%"><tr><td><b>Tin mới</b></td></tr>{"".join(f'<tr><td><a href="#">{esc(t)}</a></td></tr>' for t in hs[12:24])}</table>
<table><tr><td><ul>{counter(rng)}</ul></td></tr></table></td></tr>
<tr><td colspan="3" align="center">{footer("Cổng thông tin điện tử Đảng bộ tỉnh Hà Tĩnh", "Số 01 đường Phan Đình Phùng, TP Hà Tĩnh", "0239.3855.342")}</td></tr></table>
</form><script>{js(rng, 30, "dom")}</script>
</body></html>"""
    html = pad(html, rng, 86, "dom-x")
    return dict(family="lotus_domino_nsf", name="hatinh-thong-cao-bao-chi-numbered-ict", url=url,
                content_type="text/html; charset=UTF-8", html=html,
                expected=expected(A11, iso(pub), category="Thông cáo báo chí"),
                traps={"signature": ["VĂN PHÒNG TỈNH ỦY HÀ TĨNH"], "chrome": ["[Lên đầu trang]", "[In trang]", "Các tin khác:"],
                       "related": hs[:12], "dates": ["Hôm nay: Thứ Bảy, 13/04/2024"]},
                notes="Lotus Domino 9 .nsf portal (?OpenDocument, _DominoForm, __Click, font/table markup, no breadcrumb). Press "
                      "communiqué: no sapo (lead null; the first paragraph is ordinary text); numbered bold section heads are body. "
                      "Upper-case section header 'THÔNG CÁO BÁO CHÍ' above the title → category 'Thông cáo báo chí' (also the "
                      "left-nav item). 'Ngày đăng: 12/04/2024 17:40:12 ICT' (ICT = UTC+7). The issuing office 'VĂN PHÒNG TỈNH ỦY HÀ TĨNH' "
                      "at the foot is a signature block, not body and not an author/unit.",
                readme="Lotus Domino .nsf portal; numbered 'Thông cáo báo chí' (no lead, bold numbered heads in body), 'ICT' time zone stamp with seconds, issuing-office signature (not author), section header as category, no crumb")


# =====================================================================
A12 = Art(
    "Thông báo về lễ tang đồng chí Hà Văn Khiêm, nguyên Phó Chủ tịch UBND tỉnh",
    "Ban Thường vụ Tỉnh ủy, Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Hòa Bình và gia đình vô cùng thương tiếc báo tin:",
    [
        ("p", "Đồng chí Hà Văn Khiêm, nguyên Tỉnh ủy viên, nguyên Phó Chủ tịch UBND tỉnh Hòa Bình"),
        ("img", "/portal/upload/thongbao/2024/04/ha-van-khiem.jpg", "Đồng chí Hà Văn Khiêm (1942 - 2024)"),
        ("p", "Sinh ngày 15/6/1942; quê quán: xã Mãn Đức, huyện Tân Lạc, tỉnh Hòa Bình; trú quán: phường Phương Lâm, thành phố Hòa Bình."),
        ("p", "Vào Đảng ngày 20/10/1965; đảng viên Chi bộ Khu dân cư số 4, Đảng bộ phường Phương Lâm."),
        ("p", "Đồng chí đã được Đảng, Nhà nước tặng thưởng Huân chương Kháng chiến hạng Nhì, Huân chương Lao động hạng Ba, Huy hiệu 55 năm tuổi Đảng và nhiều phần thưởng cao quý khác."),
        ("p", "Do tuổi cao, sức yếu, mặc dù được các bác sĩ tận tình cứu chữa và gia đình hết lòng chăm sóc, đồng chí đã từ trần hồi 21 giờ 10 phút ngày 14/4/2024, hưởng thọ 82 tuổi."),
        ("p", "Lễ viếng tổ chức từ 7 giờ 00 đến 10 giờ 30 ngày 16/4/2024 tại Nhà tang lễ tỉnh Hòa Bình. Lễ truy điệu lúc 10 giờ 30 cùng ngày; an táng tại Nghĩa trang nhân dân xã Mãn Đức, huyện Tân Lạc."),
    ])


def page12():
    rng = random.Random("struts-hoabinh-12")
    pub = T("2024-04-15 09:30")
    host = "https://hoabinh.gov.vn"
    js_id = hexid(rng, 32).upper()
    url = f"{host}/portal/thongBao.do?method=viewDetail&id=240415093&catId=17"
    hs = heads(rng, 26, "Tân Lạc")
    ds = past(pub, rng, 26, 1, 20)
    body = A12.render(p=lambda t: f'<p class="tb-line">{esc(t)}</p>',
                      img=lambda s, c, n: f'<div class="tb-portrait"><img src="{s}" width="180" style="border:3px solid #000" alt=""><div class="tb-portrait-name">{esc(c)}</div></div>')
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Cổng Thông tin điện tử tỉnh Hòa Bình - Thông báo</title>
<link rel="stylesheet" type="text/css" href="/portal/css/portal.css;jsessionid={js_id}">
<style>{css(rng, "st", 220)}.tb-frame{{border:2px solid #000;padding:20px}}</style><!--PAD-->
</head><body>
<div id="top"><div class="banner"><img src="/portal/images/banner_hb.jpg" alt="Cổng Thông tin điện tử tỉnh Hòa Bình"></div>
<div class="today">Hôm nay: Thứ Hai, 15/04/2024</div>
<div class="menu">{menu(rng, "/portal", "st-menu", ".do", ["TP Hòa Bình", "Lương Sơn", "Kim Bôi", "Cao Phong", "Tân Lạc", "Lạc Sơn", "Yên Thủy", "Lạc Thủy", "Đà Bắc", "Mai Châu"])}</div></div>
<div id="container"><div id="center">
<div class="path"><a href="/portal/home.do;jsessionid={js_id}">Trang chủ</a> » <a href="/portal/thongBao.do?method=list&amp;catId=17">Thông báo</a></div>
<form name="thongBaoForm" method="post" action="/portal/thongBao.do;jsessionid={js_id}"><input type="hidden" name="org.apache.struts.taglib.html.TOKEN" value="{hexid(rng, 32)}"><input type="hidden" name="method" value="viewDetail">
<div class="tb-detail">
<div class="tb-title">{esc(A12.title)}</div>
<div class="tb-date">Ngày đăng: {dmy(pub)} {hm(pub)}</div>
<div class="tb-frame">
<p class="tb-lead" style="text-align:center"><b>{esc(A12.lead)}</b></p>
{body}
<p style="text-align:right"><b>BAN TỔ CHỨC LỄ TANG</b></p>
</div>
<div class="tb-tools"><a href="/portal/thongBao.do?method=print&amp;id=240415093">In</a> <a href="javascript:history.back()">Quay lại</a></div>
</div></form>
<div class="tb-others"><h3>Thông báo khác</h3>{nlist(rng, ["Thông báo lịch tiếp công dân của Bí thư Tỉnh ủy tháng 4/2024", "Thông báo kết quả tuyển dụng công chức năm 2023", "Thông báo về việc nghỉ lễ Giỗ Tổ Hùng Vương, 30/4 và 1/5", "Thông báo lễ tang đồng chí Bùi Văn Tỉnh, nguyên Chủ tịch HĐND tỉnh"], "/portal/thongBao.do?method=viewDetail&amp;id=", ds[:4], dmy, "tb-list", img=False, ext="")}</div>
</div><div id="right">
<div class="box"><h3>Tin tức - Sự kiện</h3>{nlist(rng, hs[:12], "/portal/tinTuc.do?id=", ds[4:16], dmy, "r-news", img=False, ext="")}</div>
<div class="box"><h3>Thủ tục hành chính</h3>{nlist(rng, hs[12:20], "/portal/tthc.do?id=", ds[16:24], None, "r-tthc", img=False, ext="")}</div>
<div class="box"><ul>{counter(rng)}</ul></div></div></div>
<div id="footer">{footer("Cổng Thông tin điện tử tỉnh Hòa Bình", "Số 1 đường Trần Hưng Đạo, phường Phương Lâm, TP Hòa Bình", "0218.3852.228")}</div>
<script src="/portal/js/prototype.js;jsessionid={js_id}"></script><script>{js(rng, 35, "st")}</script>
</body></html>"""
    html = pad(html, rng, 82, "st-x")
    return dict(family="jsp_struts_do", name="hoabinh-thong-bao-le-tang-obituary-frame", url=url,
                content_type="text/html;charset=UTF-8", html=html,
                expected=expected(A12, iso(pub), category="Thông báo"),
                traps={"signature": ["BAN TỔ CHỨC LỄ TANG"], "related": ["Thông báo lễ tang đồng chí Bùi Văn Tỉnh, nguyên Chủ tịch HĐND tỉnh"] + hs[:12],
                       "dates": ["Hôm nay: Thứ Hai, 15/04/2024"], "chrome": ["Quay lại"]},
                notes="JSP/Struts 1 portal (thongBao.do?method=…, ;jsessionid= in links, Struts TOKEN). Funeral notice in a black "
                      "frame; the title is a styled div (no h1, <title> is the site name + 'Thông báo'). Lead = the centred bold "
                      "announcing sentence ('… vô cùng thương tiếc báo tin:'); body = it + the deceased's name line, biography "
                      "lines, time of death and funeral schedule. Portrait caption '(1942 - 2024)' is a caption. 'BAN TỔ CHỨC LỄ "
                      "TANG' is the signature, not body/author. Dates inside the text (death 14/4, funeral 16/4) are not the "
                      "publication date ('Ngày đăng: 15/04/2024 09:30').",
                readme="JSP Struts .do portal; funeral notice in a frame, title in a div (no h1, generic <title>), bold announcing line = lead, biography/schedule lines as body, portrait caption, 'BAN TỔ CHỨC LỄ TANG' signature, jsessionid links")


# =====================================================================
A13 = Art(
    "Sổ tay đảng viên: Mức đóng đảng phí của đảng viên được quy định như thế nào?",
    "Đóng đảng phí là nhiệm vụ, trách nhiệm của mỗi đảng viên đối với Đảng. Mức đóng đảng phí được quy định cụ thể theo từng đối tượng, căn cứ vào thu nhập hằng tháng của đảng viên.",
    [
        ("p", "Theo Điều 6 Điều lệ Đảng, đảng viên có nhiệm vụ đóng đảng phí đúng quy định. Đảng viên bỏ sinh hoạt đảng hoặc không đóng đảng phí ba tháng trong năm mà không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên trong danh sách đảng viên."),
        ("p", "Mức đóng đảng phí của một số đối tượng đảng viên chủ yếu như sau:"),
        ("table", [["Đối tượng đảng viên", "Căn cứ tính", "Mức đóng hằng tháng"],
                   ["Cán bộ, công chức, viên chức, lực lượng vũ trang", "Tiền lương, phụ cấp", "1%"],
                   ["Đảng viên hưởng lương hưu", "Lương hưu", "0,5%"],
                   ["Đảng viên hưởng trợ cấp bảo hiểm xã hội một lần hoặc hằng tháng", "Mức trợ cấp", "0,5%"],
                   ["Đảng viên làm việc trong doanh nghiệp", "Tiền lương, phụ cấp", "1%"],
                   ["Đảng viên khác ở trong nước (nông dân, học sinh, sinh viên…)", "Không tính theo thu nhập", "2.000 - 5.000 đồng"]]),
        ("p", "Đảng viên là người cao tuổi, có hoàn cảnh khó khăn có thể được chi bộ xem xét, đề nghị cấp ủy cấp trên cơ sở cho miễn, giảm đảng phí. Đảng viên được miễn công tác và sinh hoạt đảng vẫn thực hiện đóng đảng phí theo quy định."),
        ("p", "Chi bộ thu đảng phí của đảng viên hằng tháng; việc thu, nộp, quản lý đảng phí phải được ghi chép đầy đủ vào sổ sách, công khai trong chi bộ ít nhất mỗi quý một lần."),
    ])


def page13():
    rng = random.Random("rails-namdinh-13")
    pub = T("2024-04-08 09:15")
    host = "https://bantochuc.namdinh.dcs.vn"
    url = f"{host}/bai-viet/so-tay-dang-vien-muc-dong-dang-phi-cua-dang-vien-duoc-quy-dinh-nhu-the-nao"
    hs = heads(rng, 26, "Hải Hậu")
    ds = past(pub, rng, 26, 1, 30)
    body = A13.render(table=lambda rows: '<div class="table-responsive"><table class="table table-bordered"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) +
                      "</tr></thead><tbody>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table></div>")
    tok = alnum(rng, 86)
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(A13.title)} | Ban Tổ chức Tỉnh ủy Nam Định</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="{tok}">
<meta name="turbo-cache-control" content="no-preview">
<link rel="stylesheet" href="/assets/application-{hexid(rng, 64)}.css" data-turbo-track="reload">
<script src="/assets/application-{hexid(rng, 64)}.js" data-turbo-track="reload" defer></script>
<style>{css(rng, "rl", 220)}</style><!--PAD-->
</head><body data-controller="layout" data-layout-locale-value="vi">
<header class="site-header"><div class="container"><a href="/" class="brand">Ban Tổ chức Tỉnh ủy Nam Định</a><span class="header-date" data-controller="clock">Thứ Sáu, 12/04/2024</span></div>
<nav class="main-nav" data-controller="dropdown">{menu(rng, "/chuyen-muc", "nav-list", "", ["TP Nam Định", "Mỹ Lộc", "Vụ Bản", "Ý Yên", "Nam Trực", "Trực Ninh", "Xuân Trường", "Giao Thủy", "Hải Hậu", "Nghĩa Hưng"])}</nav></header>
<main class="container"><div class="row"><div class="col-lg-8">
<turbo-frame id="article_2214">
<nav class="crumbs"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a> / <a href="/chuyen-muc/so-tay-dang-vien">Sổ tay đảng viên</a></nav>
<article class="post" id="post_2214">
<h1 class="post-title">{esc(A13.title)}</h1>
<p class="post-meta"><time datetime="{utcz(pub)}" data-controller="local-time">{dmy(pub)} {hm(pub)}</time> · <span class="reading-time">Đọc trong 3 phút</span></p>
<div class="post-excerpt"><p>{esc(A13.lead)}</p></div>
<div class="trix-content">
{body}
<p style="text-align:right"><strong>Minh Hiền (tổng hợp)</strong></p>
</div>
<div class="post-attachments"><h4>Tài liệu tham khảo</h4><ul><li><a href="/rails/active_storage/blobs/redirect/{alnum(rng, 40)}/QD-342-QD-TW.pdf">Quyết định số 342-QĐ/TW về chế độ đảng phí (PDF, 312 KB)</a></li></ul></div>
</article>
</turbo-frame>
<section class="more"><h3>Sổ tay đảng viên</h3>{nlist(rng, ["Sổ tay đảng viên: Thủ tục chuyển sinh hoạt đảng tạm thời", "Sổ tay đảng viên: Những trường hợp được miễn công tác và sinh hoạt đảng", "Sổ tay đảng viên: Quy trình xét kết nạp lại người vào Đảng"], "/bai-viet", ds[:3], dmy, "more-list", ext="")}</section>
<section class="more"><h3>Bài viết mới</h3>{nlist(rng, hs[:10], "/bai-viet", ds[3:13], dmy, "latest", img=False, ext="")}</section>
</div><aside class="col-lg-4">
<div class="widget"><h3>Văn bản hướng dẫn</h3>{nlist(rng, hs[10:18], "/van-ban", ds[13:21], dmy, "docs", img=False, ext="")}</div>
<div class="widget"><h3>Hỏi - đáp nghiệp vụ</h3>{nlist(rng, hs[18:26], "/hoi-dap", ds[:8], None, "qa", img=False, ext="")}</div></aside></div></main>
<footer class="site-footer">{footer("Ban Tổ chức Tỉnh ủy Nam Định", "Số 54 đường Trần Hưng Đạo, TP Nam Định", "0228.3849.215")}</footer>
<script>{js(rng, 35, "rl")}</script>
</body></html>"""
    html = pad(html, rng, 84, "rl-x")
    return dict(family="rails_portal", name="namdinh-so-tay-dang-vien-dang-phi-table", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A13, iso(pub), author="Minh Hiền", category="Sổ tay đảng viên"),
                traps={"bylines": ["Minh Hiền (tổng hợp)"], "chrome": ["Đọc trong 3 phút", "Tài liệu tham khảo", "Quyết định số 342-QĐ/TW về chế độ đảng phí (PDF, 312 KB)"],
                       "related": ["Sổ tay đảng viên: Thủ tục chuyển sinh hoạt đảng tạm thời"] + hs[:10], "dates": ["Thứ Sáu, 12/04/2024"]},
                notes="Ruby on Rails portal (csrf-token, Turbo frame, Stimulus data-controller, ActionText trix-content, ActiveStorage "
                      "link). 'Sổ tay đảng viên' explainer with a 3-column table inside the text: body takes the table as one paragraph "
                      "per row (header row included), cells joined by ' | '. <time datetime> is UTC 'Z' and equals the visible "
                      "08/04/2024 09:15 +07. Byline 'Minh Hiền (tổng hợp)' → author 'Minh Hiền' ('tổng hợp' = compiled, not a unit). "
                      "Attachment list is not body. Title keeps the 'Sổ tay đảng viên:' prefix as printed.",
                readme="Ruby on Rails portal (Turbo/Stimulus/trix); 'Sổ tay đảng viên' explainer with a table in the text (rows → ' | ' paragraphs), UTC <time datetime>, '(tổng hợp)' byline, attachment list")


PAGES = [page9, page10, page11, page12, page13]
