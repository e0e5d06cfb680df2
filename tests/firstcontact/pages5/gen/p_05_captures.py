"""Copies of articles living outside a CMS page: an e-mail newsletter's web version (Mailchimp-style campaign
archive) and an archive.today capture of a table-layout portal (styles inlined, links rewritten)."""
import random

from .common import (Art, T, iso, isod, dmy, hm, esc, slug, dump, hexid, alnum, expected, css, heads2, b64blob)

# =====================================================================
A17 = Art(
    "Nông dân Khánh Sơn làm giàu từ sầu riêng hữu cơ",
    "Từ những vườn sầu riêng canh tác theo lối truyền thống, nhiều nông dân ở huyện miền núi Khánh Sơn đã chuyển sang sản xuất hữu cơ, vừa nâng cao giá trị sản phẩm, vừa bảo vệ môi trường.",
    [
        ("p", "Năm 2019, Tổ hợp tác sầu riêng hữu cơ Sơn Bình được thành lập với 12 thành viên, diện tích ban đầu 15 ha. Các thành viên cam kết không sử dụng phân bón, thuốc bảo vệ thực vật hóa học, thay vào đó dùng phân chuồng ủ hoai, chế phẩm sinh học."),
        ("p", "Những năm đầu, năng suất giảm khoảng 20% khiến nhiều hộ lo lắng. Nhưng khi sản phẩm được chứng nhận hữu cơ, giá bán tăng gấp rưỡi so với sầu riêng thông thường, đầu ra ổn định nhờ liên kết với doanh nghiệp."),
        ("img", "https://mcusercontent.com/8f2a61c0d4b7e93a5c1f0e2d4/images/sau-rieng-huu-co-son-binh.jpg", "Anh Mấu Xuân Thành kiểm tra sầu riêng sắp thu hoạch tại vườn hữu cơ ở xã Sơn Bình"),
        ("p", "Anh Mấu Xuân Thành, thành viên tổ hợp tác, cho biết: “Vườn 1,5 ha của gia đình tôi năm ngoái thu gần 20 tấn, bán với giá 85.000 đồng/kg. Quan trọng hơn, đất vườn tơi xốp trở lại, cây khỏe, ít sâu bệnh”."),
        ("p", "Hiện diện tích sầu riêng hữu cơ ở Khánh Sơn đã tăng lên hơn 120 ha. Hội Nông dân huyện đang phối hợp với các ngành chức năng hướng dẫn nông dân đăng ký mã số vùng trồng để đủ điều kiện xuất khẩu chính ngạch."),
    ])
TINVAN17 = [("Hội Nông dân tỉnh trao 500 triệu đồng vốn Quỹ Hỗ trợ nông dân cho hội viên huyện Diên Khánh", "15/05/2024"),
            ("Tập huấn kỹ thuật nuôi tôm hùm lồng an toàn dịch bệnh tại Vạn Ninh", "13/05/2024"),
            ("Khai mạc Hội chợ nông sản OCOP Phú Khánh năm 2024", "10/05/2024")]
EVENTS17 = [("05/06/2024", "Tập huấn chuyển đổi số cho cán bộ Hội cơ sở (Nha Trang)"),
            ("12/06/2024", "Hội nghị sơ kết 6 tháng đầu năm công tác Hội"),
            ("20/06/2024", "Đoàn nông dân tiêu biểu đi học tập mô hình tại Lâm Đồng")]


def page17():
    rng = random.Random("mailchimp-phukhanh-17")
    pub = T("2024-05-20")
    url = "https://mailchi.mp/hoinongdanphukhanh/ban-tin-so-18-thang-5-2024"
    pre = "Bản tin tháng 5: sầu riêng hữu cơ Khánh Sơn, vốn Quỹ Hỗ trợ nông dân, lịch tập huấn tháng 6…"

    def td(inner, pad="9px 18px"):
        return (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">'
                f'<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>'
                f'<td valign="top" class="mcnTextContent" style="padding: {pad}; color: #333333; font-family: Arial, \'Helvetica Neue\', Helvetica, sans-serif; font-size: 16px; line-height: 150%; text-align: left;">{inner}</td></tr></tbody></table></td></tr></tbody></table>')

    def img(s, c, n):
        return (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock"><tbody class="mcnCaptionBlockOuter"><tr><td class="mcnCaptionBlockInner" valign="top" style="padding:9px;">'
                f'<table border="0" cellpadding="0" cellspacing="0" class="mcnCaptionBottomContent" width="100%"><tbody><tr><td class="mcnCaptionBottomImageContent" align="center" valign="top" style="padding:0 9px 9px 9px;">'
                f'<img alt="" src="{s}" width="564" style="max-width:1200px;" class="mcnImage"></td></tr><tr><td class="mcnTextContent" valign="top" style="padding:0 9px 0 9px;color:#666666;font-size:13px;font-style:italic;" width="564">{esc(c)}</td></tr></tbody></table></td></tr></tbody></table>')
    parts = []
    for b in A17.blocks:
        parts.append(td(f'<p style="margin:10px 0;padding:0;">{esc(b[1])}</p>') if b[0] == "p" else img(b[1], b[2], 0))
    css_mc = ("p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3,h4,h5,h6{display:block;margin:0;padding:0;}img,a img{border:0;height:auto;outline:none;text-decoration:none;}"
              "body,#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}.mcnPreviewText{display:none !important;}#outlook a{padding:0;}img{-ms-interpolation-mode:bicubic;}"
              "table{mso-table-lspace:0pt;mso-table-rspace:0pt;}.ReadMsgBody{width:100%;}.ExternalClass{width:100%;}p,a,li,td,blockquote{mso-line-height-rule:exactly;}"
              + "".join(f"@media only screen and (max-width:{w}px){{" + "".join(f".mcn{n}{{{rng.choice(['max-width:100% !important', 'width:100% !important', 'padding:9px 18px !important', 'font-size:16px !important', 'line-height:150% !important'])};}}" for n in ["TextContent", "Image", "CaptionBlock", "BoxedText", "ShareBlock", "FollowBlock", "DividerBlock", "ButtonBlock", "CartContainer", "ImageGroupContent", "ImageCardLeftImageContent", "TextContentContainer"] * 4) + "}" for w in [480, 600, 640, 720])
              + css(rng, "mc", 260))
    share = "".join(f'<td align="left" valign="top" style="padding-right:9px;"><a href="https://{d}/share?u={url}" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/social-block-v2/color-{n}-48.png" alt="{n.title()}" width="24"></a> <a href="https://{d}/share?u={url}" style="color:#505050;font-size:12px;">{lbl}</a></td>' for d, n, lbl in [("www.facebook.com", "facebook", "Chia sẻ"), ("zalo.me", "link", "Zalo"), ("twitter.com", "twitter", "Tweet"), ("mailchi.mp", "forwardtofriend", "Chuyển tiếp")])
    html = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<!-- NAME: 1 COLUMN -->
<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bản tin Nông dân Phú Khánh | Số 18 - Tháng 5/2024</title>
<meta property="og:title" content="Bản tin Nông dân Phú Khánh | Số 18 - Tháng 5/2024"><meta property="og:description" content="{esc(pre, True)}"><meta property="og:url" content="{url}">
<style type="text/css">{css_mc}</style>
<script type="text/javascript">var w=window;if(w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance){{var d=document;AKSB=w.AKSB||{{}},AKSB.q=AKSB.q||[],AKSB.mark=AKSB.mark||function(e,_){{AKSB.q.push(["mark",e,_||(new Date).getTime()])}},AKSB.measure=AKSB.measure||function(e,_,t){{AKSB.q.push(["measure",e,_,t||(new Date).getTime()])}},AKSB.done=AKSB.done||function(e){{AKSB.q.push(["done",e])}},AKSB.mark("firstbyte",(new Date).getTime())}}</script>
<script>window.MC_CAMPAIGN={dump({"id": hexid(rng, 10), "list_id": hexid(rng, 10), "web_id": rng.randint(1000000, 9999999), "send_time": "2024-05-20T00:30:00+00:00", "subject": "Bản tin Nông dân Phú Khánh | Số 18 - Tháng 5/2024", "archive_url": url, "merge_tags": {k: "*|" + k + "|*" for k in ["FNAME", "LNAME", "EMAIL", "ARCHIVE", "UNSUB", "UPDATE_PROFILE", "LIST:ADDRESS", "REWARDS"]}})};</script>
</head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#FAFAFA;">
<div id="awesomewrap"><div id="awesomebar" style="background:#241c15;color:#fff;padding:8px 16px;font-family:Helvetica,Arial,sans-serif;font-size:12px;"><ul style="list-style:none;margin:0;padding:0;display:flex;gap:16px;"><li><a href="https://us21.list-manage.com/subscribe?u={hexid(rng, 25)}&amp;id={hexid(rng, 10)}" style="color:#fff">Đăng ký</a></li><li><a href="https://us21.campaign-archive.com/home/?u={hexid(rng, 25)}&amp;id={hexid(rng, 10)}" style="color:#fff">Các số trước</a></li><li><a href="#" style="color:#fff">Dịch</a></li><li><a href="https://us21.campaign-archive.com/feed?u={hexid(rng, 25)}" style="color:#fff">RSS</a></li></ul></div></div>
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{esc(pre)}</span><!--<![endif]-->
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell" style="padding:10px;">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px;border:1px solid #e5e5e5;">
<tr><td valign="top" id="templatePreheader">{td('<p style="font-size:11px;color:#656565;">Không xem được nội dung? <a href="' + url + '" style="color:#656565">Xem email này trên trình duyệt</a></p>', "9px 18px")}</td></tr>
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody><tr><td valign="top" style="padding:9px;" class="mcnImageBlockInner"><img align="center" alt="Hội Nông dân tỉnh Phú Khánh" src="https://mcusercontent.com/8f2a61c0d4b7e93a5c1f0e2d4/images/banner-ban-tin-hnd.png" width="564" style="max-width:1200px;padding-bottom:0;display:inline !important;vertical-align:bottom;" class="mcnImage"></td></tr></tbody></table>
{td('<h3 style="text-align:center;color:#2b6e2f;">BẢN TIN NÔNG DÂN PHÚ KHÁNH</h3><p style="text-align:center;font-size:13px;color:#777;">Số 18 · Phát hành ngày ' + dmy(pub) + '</p>')}</td></tr>
<tr><td valign="top" id="templateBody">
{td('<div style="text-transform:uppercase;letter-spacing:1px;font-size:12px;color:#c0392b;font-weight:bold;">Chuyên đề</div><h1 style="color:#202020;font-size:26px;line-height:125%;">' + esc(A17.title) + '</h1><p style="font-size:13px;color:#777;">Tác giả: <strong>Đào Ngọc Ánh</strong></p><p style="margin:10px 0;padding:0;"><em>' + esc(A17.lead) + '</em></p>')}
{"".join(parts)}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock"><tbody><tr><td style="padding:18px;"><table border="0" cellpadding="0" cellspacing="0" width="100%" style="border-top:2px solid #EAEAEA;"><tbody><tr><td><span></span></td></tr></tbody></table></td></tr></tbody></table>
{td('<h2 style="color:#2b6e2f;">TIN VẮN</h2>' + "".join(f'<p><strong>{d}</strong> – <a href="https://hoinongdan.phukhanh.gov.vn/tin-tuc/{slug(t)}" style="color:#2b6e2f">{esc(t)}</a></p>' for t, d in TINVAN17))}
{td('<h2 style="color:#2b6e2f;">LỊCH SỰ KIỆN</h2><ul>' + "".join(f'<li><strong>{d}:</strong> {esc(t)}</li>' for d, t in EVENTS17) + '</ul>')}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock"><tbody><tr><td align="center" style="padding:18px;"><a class="mcnButton" title="Đọc thêm trên website" href="https://hoinongdanphukhanh.vn" target="_blank" style="font-weight:bold;letter-spacing:normal;line-height:100%;text-align:center;text-decoration:none;color:#FFFFFF;background:#2b6e2f;padding:12px 24px;border-radius:4px;">Đọc thêm trên website</a></td></tr></tbody></table>
</td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnShareBlock"><tbody><tr><td style="padding:9px;"><table><tr>{share}</tr></table></td></tr></tbody></table>
{td('<p style="font-size:12px;color:#656565;text-align:center;"><em>Copyright © 2024 Hội Nông dân tỉnh Phú Khánh, All rights reserved.</em><br>Bạn nhận được email này vì đã đăng ký nhận Bản tin Nông dân Phú Khánh trên website của Hội.<br><br><strong>Địa chỉ liên hệ:</strong><br>Hội Nông dân tỉnh Phú Khánh · 02 Lê Thánh Tôn · Nha Trang, Phú Khánh · Việt Nam<br><br>Muốn thay đổi cách nhận email? Bạn có thể <a href="https://us21.list-manage.com/profile?u=x" style="color:#656565">cập nhật tùy chọn</a> hoặc <a href="https://us21.list-manage.com/unsubscribe?u=x" style="color:#656565">hủy đăng ký</a>.</p><p style="text-align:center"><a href="http://www.mailchimp.com/email-referral/?utm_source=freemium_newsletter"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.png" alt="Email Marketing Powered by Intuit Mailchimp" width="139"></a></p>', "9px 18px")}
</td></tr></table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr></table>
</center>
<img src="https://us21.mailchimp.com/track/open.php?u={hexid(rng, 25)}&amp;id={hexid(rng, 10)}&amp;e=[UNIQID]" height="1" width="1" alt="">
<script src="https://us21.campaign-archive.com/js/mailchimp/fancyzoom.mc.js"></script>
<script>{"".join(f"var _mc{i}='{b64blob(rng, 400)}';" for i in range(120))}</script>
</body>
</html>"""
    return dict(family="newsletter_webview", name="phukhanh-hnd-ban-tin-so-18-kicker-uppercase-css-tac-gia", url=url,
                content_type="text/html; charset=utf-8", html=html, min_kb=60,
                expected=expected(A17, isod(pub), author="Đào Ngọc Ánh", category="Chuyên đề"),
                traps={"bylines": ["Tác giả: Đào Ngọc Ánh"], "preheader": [pre],
                       "tinvan": ["TIN VẮN"] + [t for t, _ in TINVAN17], "events": ["LỊCH SỰ KIỆN"] + [t for _, t in EVENTS17],
                       "chrome": ["Xem email này trên trình duyệt", "Bạn nhận được email này vì đã đăng ký", "hủy đăng ký",
                                  "Đọc thêm trên website", "Các số trước", "BẢN TIN NÔNG DÂN PHÚ KHÁNH"],
                       "dates": ["05/06/2024", "15/05/2024", "2024-05-20T00:30:00+00:00"]},
                notes="Web version of an e-mail newsletter (Mailchimp campaign archive, mailchi.mp): nested mcn* tables with inline "
                      "styles, hidden preheader (display:none summary), archive bar, Outlook conditional comments, tracking pixel. "
                      "<title>/og = the campaign subject; the headline is the featured story's h1. Issue line 'Số 18 · Phát hành "
                      "ngày 20/05/2024' → published_at date only (send_time in the JSON is 07:30 +07 but is the send time of the "
                      "mail, not shown → not used). Kicker 'Chuyên đề' is typed in mixed case and upper-cased by CSS → category as "
                      "typed. 'Tác giả: Đào Ngọc Ánh' under the title → author. Italic first paragraph = lead. Captions in "
                      "mcnCaptionBlock. 'TIN VẮN' (own dates) and 'LỊCH SỰ KIỆN' (future dates) blocks after a divider are other items.",
                readme="E-mail newsletter web version (Mailchimp); subject as <title>, hidden preheader, nested mcn tables, 'Phát hành ngày' issue date, CSS-uppercased kicker as category, 'Tác giả:' label, TIN VẮN/LỊCH SỰ KIỆN blocks after the story")


# =====================================================================
A18 = Art(
    "Hội Cựu chiến binh huyện Yên Dũng trao 15 mô hình sinh kế cho hội viên nghèo",
    "Thực hiện phong trào “Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi”, Hội Cựu chiến binh huyện Yên Dũng vừa trao 15 mô hình sinh kế với tổng trị giá 225 triệu đồng cho hội viên có hoàn cảnh khó khăn.",
    [
        ("p", "Các mô hình gồm bò sinh sản, lợn nái, máy cày mini và giống cây ăn quả, được lựa chọn phù hợp với điều kiện, nhu cầu của từng hộ. Nguồn kinh phí do các doanh nghiệp của hội viên cựu chiến binh và Quỹ Hỗ trợ hội viên nghèo của huyện Hội đóng góp."),
        ("img", "https://archive.ph/hTk2p/5c0e1d8b3a7f6e2d9c4b1a0f8e7d6c5b4a3f2e1d.jpg", "Lãnh đạo Hội CCB huyện trao bò giống cho hội viên xã Tân Liễu"),
        ("p", "Ông Nguyễn Văn Toản, hội viên Chi hội thôn Quỳnh Độ, xã Tân Liễu xúc động khi nhận con bò giống: “Gia đình tôi có hai cháu nhỏ, vợ đau ốm thường xuyên. Được Hội hỗ trợ, tôi sẽ chăm sóc thật tốt để bò sinh sản, có thêm thu nhập”."),
        ("p", "Năm 2023, Hội Cựu chiến binh huyện đã giúp 42 hộ hội viên thoát nghèo, duy trì 28 tổ hợp tác và 156 mô hình kinh tế trang trại, gia trại của hội viên với doanh thu hằng năm từ 300 triệu đồng trở lên."),
        ("p", "Các cấp Hội phấn đấu đến cuối năm 2024 không còn hộ hội viên nghèo, đồng thời tiếp tục vận động hội viên tham gia xây dựng nông thôn mới kiểu mẫu."),
    ])


def page18():
    rng = random.Random("archiveph-yendung-18")
    pub = T("2024-05-27")
    orig = "http://cuuchienbinh.yendung.habac.gov.vn/tin-tuc/2024/05/27/hoi-ccb-huyen-yen-dung-trao-15-mo-hinh-sinh-ke.html"
    url = "https://archive.ph/2024.05.29-031245/" + orig
    hs = heads2(rng, 24)
    ds = sorted([T("2024-05-25"), T("2024-05-22"), T("2024-05-20"), T("2024-05-16"), T("2024-05-14"), T("2024-05-10"), T("2024-05-08"), T("2024-05-03")], reverse=True)
    fonts = ["Arial, Helvetica, sans-serif", "Tahoma, Arial, sans-serif", "\"Times New Roman\", Times, serif"]

    def st(extra=""):
        base = [f"background-color:rgb({rng.randint(230, 255)}, {rng.randint(230, 255)}, {rng.randint(230, 255)})", f"color:rgb({rng.randint(0, 80)}, {rng.randint(0, 80)}, {rng.randint(0, 80)})",
                f"font-family:{rng.choice(fonts)}", f"font-size:{rng.choice([12, 13, 14])}px", f"line-height:{rng.choice([16, 18, 20])}px", "margin:0px", "padding:0px",
                "text-align:left", "vertical-align:baseline", "border:0px none rgb(51, 51, 51)", "box-sizing:content-box", f"width:{rng.randint(150, 980)}px"]
        return ";".join(rng.sample(base, rng.randint(7, 12)) + ([extra] if extra else [])) + ";"

    def a(href, text, extra=""):
        return f'<a href="https://archive.ph/o/{alnum(rng, 5)}/{href}" style="{st("text-decoration:none;" + extra)}">{text}</a>'
    host = "http://cuuchienbinh.yendung.habac.gov.vn"
    menu_items = ["Trang chủ", "Giới thiệu", "Hoạt động Hội", "Gương sáng CCB", "Văn bản", "Thư viện ảnh", "Liên hệ"]
    nav = "".join(f'<td style="{st("padding:8px 12px;")}">{a(host + "/" + slug(m), esc(m), "color:rgb(255, 255, 255);font-weight:700;")}</td>' for m in menu_items)

    def img(s, c, n):
        return (f'<table align="center" style="{st("border-collapse:collapse;")}"><tbody style="{st()}"><tr style="{st()}"><td style="{st("text-align:center;")}"><img src="{s}" style="{st("width:500px;height:333px;")}" width="500" height="333"></td></tr>'
                f'<tr style="{st()}"><td style="{st("text-align:center;font-style:italic;")}">{esc(c)}</td></tr></tbody></table>')
    body = A18.render(p=lambda t: f'<p style="{st("text-align:justify;margin:0px 0px 10px;")}">{esc(t)}</p>', img=img)
    tinkhac = "".join(f'<tr style="{st()}"><td style="{st()}">» {a(host + "/tin-tuc/" + d.strftime("%Y/%m/%d") + "/" + slug(t) + ".html", esc(t))} <span style="{st("color:rgb(153, 153, 153);")}">({dmy(d)})</span></td></tr>' for t, d in zip(hs[:8], ds))
    left = "".join(f'<tr style="{st()}"><td style="{st("padding:4px 8px;")}">{a(host + "/" + slug(m), esc(m))}</td></tr>' for m in ["Tin tức - Sự kiện", "Hoạt động Hội", "Kinh tế - Xã hội", "Gương sáng CCB", "Văn bản chỉ đạo", "Tài liệu sinh hoạt", "Thi đua - Khen thưởng", "Hỏi đáp"])
    right = "".join(f'<div style="{st("padding:6px 0px;border-bottom:1px dotted rgb(204, 204, 204);")}">{a(host + "/tin-tuc/" + slug(t) + ".html", esc(t))}</div>' for t in hs[8:20])
    html = f"""<!DOCTYPE html>
<html style="{st()}" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=1024">
<meta property="og:type" content="article"><meta property="og:url" content="{url}"><meta property="og:site_name" content="archive.ph">
<meta property="og:title" content="{esc(A18.title, True)}"><meta property="og:description" content="archived 29 May 2024 03:12:45 UTC">
<meta property="article:modified_time" content="2024-05-29T03:12:45Z"><meta property="article:published_time" content="2024-05-29T03:12:45Z">
<link rel="canonical" href="https://archive.ph/hTk2p"><link rel="bookmark" href="https://archive.ph/hTk2p">
<title>Hội Cựu chiến binh huyện Yên Dũng trao 15 mô hình sinh kế cho hội viên nghèo - Hội CCB huyện Yên Dũng</title>
<style>body{{margin:0}}#HEADER{{background:#fff;border-bottom:1px solid #ccc;font:13px Arial}}#HEADER table{{width:100%}}#HEADER input{{font:13px Arial;width:600px}}#CONTENT{{margin:0 auto}}#SOLID{{position:relative}}</style>
</head>
<body style="margin:0;padding:0;">
<center><div id="HEADER" style="position:relative"><table style="width:100%;border-collapse:collapse"><tr>
<td style="width:150px;padding:6px"><a href="https://archive.ph/"><img src="https://archive.ph/logo.png" alt="archive.today" width="120" height="40"></a><div style="font-size:10px">webpage capture</div></td>
<td style="padding:6px"><form action="https://archive.ph/submit/" method="get"><table><tr><td style="font-size:11px;color:#666">Saved from</td><td><input type="text" name="url" value="{orig}"></td><td><input type="submit" value="search"></td></tr>
<tr><td></td><td style="font-size:11px"><span>29 May 2024 03:12:45 UTC</span> · <a href="https://archive.ph/{orig.split('/')[2]}">All snapshots</a> from host <a href="https://archive.ph/{orig.split('/')[2]}">{orig.split('/')[2]}</a></td><td></td></tr></table></form></td>
<td style="padding:6px;font-size:11px;text-align:right"><div><a href="#">Webpage</a> · <a href="https://archive.ph/hTk2p/image">Screenshot</a></div><div><a href="#">share</a> · <a href="https://archive.ph/download/hTk2p.zip">download .zip</a> · <a href="https://archive.ph/hTk2p/abuse">report bug or abuse</a> · <a href="https://www.buymeacoffee.com/archive.today">Buy me a coffee</a></div></td></tr></table>
<table style="width:100%;font-size:11px;color:#666"><tr><td>
<a href="https://archive.ph/2024.05.27-181503/{orig}">history</a> ← prior · <a href="https://archive.ph/2024.06.02-091122/{orig}">next</a> → · <span>short link</span> <input value="https://archive.ph/hTk2p" style="width:200px"> · <span>via: https://cuuchienbinh.yendung.habac.gov.vn/</span></td></tr></table></div></center>
<div id="CONTENT" style="width:1024px;margin:0 auto"><div id="SOLID" style="{st("position:relative;")}">
<div style="{st("width:980px;margin:0px auto;")}">
<table style="{st("border-collapse:collapse;width:980px;")}"><tbody style="{st()}"><tr style="{st()}"><td style="{st("height:120px;")}"><img src="https://archive.ph/hTk2p/{hexid(rng, 40)}.jpg" style="{st("width:980px;height:120px;")}" alt="HỘI CỰU CHIẾN BINH HUYỆN YÊN DŨNG"></td></tr>
<tr style="{st()}"><td style="{st("background-color:rgb(0, 102, 51);")}"><table style="{st()}"><tbody style="{st()}"><tr style="{st()}">{nav}</tr></tbody></table></td></tr>
<tr style="{st()}"><td style="{st("padding:4px 8px;")}"><marquee style="{st()}">Chào mừng kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (06/12/1989 - 06/12/2024)</marquee></td></tr></tbody></table>
<table style="{st("border-collapse:collapse;width:980px;")}"><tbody style="{st()}"><tr style="{st()}">
<td style="{st("width:200px;vertical-align:top;")}"><table style="{st()}"><tbody style="{st()}"><tr style="{st()}"><td style="{st("background-color:rgb(0, 102, 51);color:rgb(255, 255, 255);font-weight:700;padding:6px;")}">DANH MỤC</td></tr>{left}</tbody></table></td>
<td style="{st("width:560px;vertical-align:top;padding:0px 10px;")}">
<div style="{st("padding:6px 0px;")}">{a(host + "/", "Trang chủ")} » {a(host + "/hoat-dong-hoi", "Hoạt động Hội")}</div>
<div style="{st("font-size:20px;font-weight:700;color:rgb(0, 102, 51);line-height:28px;padding:8px 0px;")}">{esc(A18.title)}</div>
<div style="{st("font-weight:700;text-align:justify;padding:0px 0px 10px;")}">{esc(A18.lead)}</div>
<div style="{st()}">
{body}
</div>
<table style="{st("width:100%;")}"><tbody style="{st()}"><tr style="{st()}"><td style="{st()}"><span style="{st("color:rgb(153, 153, 153);")}">Lượt xem: 86</span></td><td align="right" style="{st("text-align:right;font-weight:700;")}">Lê Văn Cường - Hội CCB huyện Yên Dũng</td></tr></tbody></table>
<div style="{st("padding:6px 0px;")}">{a("javascript:window.print()", "In bài viết")} | {a(host + "/gui-email", "Gửi cho bạn bè")} | {a("javascript:history.back()", "Quay lại")}</div>
<div style="{st("font-weight:700;color:rgb(0, 102, 51);padding:10px 0px 4px;border-bottom:2px solid rgb(0, 102, 51);")}">CÁC TIN KHÁC</div>
<table style="{st()}"><tbody style="{st()}">{tinkhac}</tbody></table>
</td>
<td style="{st("width:200px;vertical-align:top;")}"><div style="{st("background-color:rgb(0, 102, 51);color:rgb(255, 255, 255);font-weight:700;padding:6px;")}">TIN MỚI</div>{right}
<div style="{st("padding:8px 0px;")}"><div style="{st("font-weight:700;")}">THỐNG KÊ TRUY CẬP</div><div style="{st()}">Đang online: 7</div><div style="{st()}">Tổng truy cập: 215.408</div></div></td>
</tr></tbody></table>
<div style="{st("background-color:rgb(0, 102, 51);color:rgb(255, 255, 255);text-align:center;padding:10px;width:960px;")}"><div style="{st()}">HỘI CỰU CHIẾN BINH HUYỆN YÊN DŨNG</div><div style="{st()}">Địa chỉ: Thị trấn Neo, huyện Yên Dũng, tỉnh Hà Bắc · Điện thoại: 0204.3860.147</div><div style="{st()}">Ghi rõ nguồn khi phát hành lại thông tin từ website này</div></div>
</div></div></div>
<!-- archive.today · 29 May 2024 03:12:45 UTC · {orig} -->
</body></html>"""
    # archive.today pages are heavy because every element carries its computed style; add the captured page's hidden
    # widgets (a collapsed 'Thư viện ảnh' slider) the way the capture flattens them.
    gal = "".join(f'<div style="{st("display:none;")}"><img src="https://archive.ph/hTk2p/{hexid(rng, 40)}.jpg" style="{st()}"><div style="{st()}">Ảnh hoạt động {i + 1}</div></div>' for i in range(260))
    html = html.replace("<!-- archive.today ·", f'<div style="display:none">{gal}</div>\n<!-- archive.today ·')
    return dict(family="archive_today_capture", name="yendung-ccb-inlined-styles-date-only-in-url-td-byline", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A18, isod(pub), author="Lê Văn Cường", unit="Hội CCB huyện Yên Dũng", category="Hoạt động Hội"),
                traps={"bylines": ["Lê Văn Cường - Hội CCB huyện Yên Dũng"], "related": hs[:20],
                       "archive": ["webpage capture", "Saved from", "All snapshots", "report bug or abuse", "Buy me a coffee", "download .zip"],
                       "chrome": ["Lượt xem: 86", "CÁC TIN KHÁC", "Gửi cho bạn bè", "DANH MỤC", "Tổng truy cập: 215.408"],
                       "dates": ["29 May 2024 03:12:45 UTC", "(25/05/2024)", "06/12/1989 - 06/12/2024"]},
                notes="archive.today (archive.ph) capture of an old table-layout site of a district veterans' association. archive.today "
                      "strips classes/scripts and writes every element's computed style inline (hence the weight), rewrites links to "
                      "archive.ph/o/…, and adds its own header (capture time '29 May 2024 03:12:45 UTC', snapshots, share/download). "
                      "The captured page has no h1 (title in a styled div), a bold sapo div, table captions, and the byline in a "
                      "right-aligned table cell 'Lê Văn Cường - Hội CCB huyện Yên Dũng' → author + unit. The captured page shows "
                      "NO date for the article; the original URL path '/tin-tuc/2024/05/27/…' is the only evidence → published_at "
                      "2024-05-27 (date only). og/article times are the capture time (trap). Category = last crumb 'Hoạt động Hội'. "
                      "url = the archive.ph address.",
                readme="archive.today capture; every element with inlined computed styles, rewritten links, archive header with capture time, title in a styled div, byline in a table cell, article date only in the original URL path")


PAGES = [page17, page18]
