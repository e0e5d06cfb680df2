"""Story builders, documents and static sites: Shorthand e-magazine, LibreOffice Writer HTML export, legal-document
database page (nghị quyết text), Jekyll (minima) on a static host."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, esc, slug, dump, hexid, alnum, expected, css, js, menu, nlist,
                     footer, counter, ga, cookie_banner, heads3, pad, utcz, past, MENU, b64blob)

# =====================================================================
A15 = Art(
    "Măng Đen vươn mình từ đại ngàn",
    "Từ một vùng đất heo hút giữa đại ngàn Trường Sơn, Măng Đen hôm nay đang trở thành điểm đến hấp dẫn của du khách cả nước, mở ra hướng phát triển mới cho huyện Kon Plông và tỉnh Kon Tum.",
    [
        ("h", "Chương 1: Đánh thức tiềm năng"),
        ("p", "Nằm ở độ cao trung bình hơn 1.200 m so với mực nước biển, Măng Đen có khí hậu mát mẻ quanh năm, rừng thông xanh ngút ngàn, hệ thống hồ, thác còn nguyên vẻ hoang sơ. Người dân nơi đây ví von Măng Đen là “Đà Lạt thứ hai” của Tây Nguyên."),
        ("p", "Năm 2019, Thủ tướng Chính phủ phê duyệt đồ án điều chỉnh quy hoạch chung xây dựng Khu du lịch sinh thái Măng Đen đến năm 2045. Từ đây, tỉnh Kon Tum tập trung đầu tư hạ tầng giao thông, điện, nước, kêu gọi các nhà đầu tư chiến lược."),
        ("img", "https://d2v9ipibika81v.cloudfront.net/uploads/sites/mangden/ho-dak-ke.jpg", "Hồ Đăk Ke - một trong những điểm đến quen thuộc của du khách khi tới Măng Đen"),
        ("h", "Chương 2: Giữ màu xanh đại ngàn"),
        ("p", "Đồng chí Phạm Văn Long, Bí thư Huyện ủy Kon Plông khẳng định, Măng Đen phải phát triển mà không mất đi màu xanh của đại ngàn. Mọi dự án đầu tư đều phải tuân thủ nghiêm ngặt quy định về bảo vệ rừng, mật độ xây dựng và kiến trúc cảnh quan."),
        ("p", "Huyện đã giao khoán bảo vệ hơn 98.000 ha rừng cho cộng đồng và hộ gia đình đồng bào Xơ Đăng, Ba Na; tỷ lệ che phủ rừng duy trì ở mức trên 81%. Nhiều thôn làng như Kon Pring, Kon Bring được xây dựng thành làng du lịch cộng đồng, gìn giữ nhà rông, cồng chiêng và lễ hội truyền thống."),
        ("img", "https://d2v9ipibika81v.cloudfront.net/uploads/sites/mangden/kon-pring.jpg", "Đội cồng chiêng làng Kon Pring biểu diễn phục vụ du khách"),
        ("h", "Chương 3: Khát vọng mới"),
        ("p", "Năm 2023, Măng Đen đón hơn 1 triệu lượt khách, tăng gấp 4 lần so với năm 2019; doanh thu từ du lịch đạt trên 500 tỷ đồng. Hàng trăm hộ đồng bào dân tộc thiểu số có thêm thu nhập từ làm dịch vụ lưu trú, bán nông sản, biểu diễn văn nghệ."),
        ("p", "Với quyết tâm xây dựng Măng Đen trở thành khu du lịch quốc gia vào năm 2030, Đảng bộ và nhân dân Kon Plông đang viết tiếp câu chuyện về một vùng đất vươn mình từ đại ngàn."),
    ])


def page15():
    rng = random.Random("shorthand-kontum-15")
    pub = T("2024-06-19")
    url = "https://emagazine.tinhuykontum.vn/mang-den-vuon-minh-tu-dai-ngan/index.html"
    sec = lambda: "section-" + alnum(rng, 10)
    parts = []
    for b in A15.blocks:
        if b[0] == "h":
            parts.append(f'<section class="Theme-Section Theme-Layer-TextBlock {sec()}"><div class="Layout"><h2 class="Theme-Heading-Two">{esc(b[1])}</h2></div></section>')
        elif b[0] == "p":
            parts.append(f'<div class="Theme-Layer-BodyText Layout"><p>{esc(b[1])}</p></div>')
        else:
            parts.append(f'<section class="Theme-Section Theme-Layer-Media MediaRenderer {sec()}"><div class="Layout Theme-Layer-ResponsiveMedia"><picture><source media="(max-width: 640px)" srcset="{b[1].replace(".jpg", "-640.jpg")}"/><img class="Theme-Image" src="{b[1]}" alt="" loading="lazy"/></picture><figcaption class="Theme-Caption"><p>{esc(b[2])}</p></figcaption></div></section>')
    # pull quote repeating a phrase of the text, placed before chapter 2
    quote = ('<section class="Theme-Section Theme-Layer-Background Theme-Quote"><div class="Layout"><blockquote class="Theme-PullQuote"><p>“Măng Đen phải phát triển mà không mất đi màu xanh của đại ngàn”</p>'
             '<cite>Đồng chí Phạm Văn Long</cite></blockquote></div></section>')
    idx = [i for i, x in enumerate(parts) if "Chương 2" in x][0]
    parts.insert(idx + 1, quote)
    credits = ('<section class="Theme-Section Theme-Layer-Credits"><div class="Layout"><ul class="Theme-Credits">'
               '<li><span class="Theme-CreditLabel">Chỉ đạo nội dung:</span> A Pó</li>'
               '<li><span class="Theme-CreditLabel">Thực hiện:</span> Hồ Lam – Tuấn Anh</li>'
               '<li><span class="Theme-CreditLabel">Ảnh:</span> Tuấn Anh, tư liệu</li>'
               '<li><span class="Theme-CreditLabel">Đồ họa:</span> Minh Khôi</li>'
               f'<li><span class="Theme-CreditLabel">Xuất bản:</span> {pub.day}/{pub.month}/{pub.year}</li></ul></div></section>')
    story_json = dump({"story": {"id": rng.randint(100000, 999999), "title": A15.title, "theme": "Bold Dark", "sections": [{"id": sec(), "type": rng.choice(["text", "media", "background", "scrollmation"]), "settings": {"opacity": rng.random(), "align": rng.choice(["left", "center", "right"])}} for _ in range(220)], "publishedAt": "2024-06-18T23:47:09.120Z"}})
    html = f"""<!DOCTYPE html><html lang="vi" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Măng Đen vươn mình từ đại ngàn | E-magazine Tỉnh ủy Kon Tum</title><meta name="description" content="{esc(A15.lead, True)}"><meta property="og:title" content="{esc(A15.title, True)}"><meta property="og:type" content="article"><meta name="generator" content="Shorthand"><link rel="stylesheet" href="./static/themes/bold-dark/theme.{hexid(rng, 10)}.css"><style>{css(rng, "Theme", 60)}</style><!--PAD--></head>
<body class="Theme-Story Theme-BoldDark"><div class="Theme-Navigation-Bar"><a href="https://tinhuykontum.vn" class="Theme-Logo"><img src="./assets/logo-tinhuy.svg" alt="Tỉnh ủy Kon Tum"></a><span class="Theme-NavTitle">Măng Đen vươn mình từ đại ngàn</span><div class="Theme-Share"><a href="#">Chia sẻ</a></div><div class="Theme-Progress"></div></div>
<main class="Theme-Story-Main"><section class="Theme-Section Theme-TitleSection Theme-Layer-Background"><div class="Theme-BackgroundImage" style="background-image:url(./assets/cover-mang-den.jpg)"></div><div class="Layout Theme-TitleText"><p class="Theme-Kicker">E-MAGAZINE</p><h1 class="Theme-Title">{esc(A15.title)}</h1><div class="Theme-Scroll-Hint">Cuộn xuống để đọc</div></div></section>
<section class="Theme-Section Theme-Layer-TextBlock"><div class="Layout"><p class="Theme-Subtitle"><strong>{esc(A15.lead)}</strong></p></div></section>
{"".join(parts)}
{credits}</main>
<footer class="Theme-Footer"><p>© 2024 Báo điện tử Đảng bộ tỉnh Kon Tum</p><p>Made with Shorthand</p></footer>
<script id="story-data" type="application/json">{story_json}</script><script src="./static/shorthand-runtime.{hexid(rng, 10)}.js" defer></script></body></html>"""
    html = pad(html, rng, 165, "sh")
    return dict(family="shorthand_story", name="kontum-emagazine-credits-chi-dao-noi-dung-pull-quote-repeat", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A15, isod(pub), author="Hồ Lam, Tuấn Anh", photographer="Tuấn Anh"),
                traps={"credits": ["Chỉ đạo nội dung:", "A Pó", "Đồ họa:", "Minh Khôi", "Thực hiện:"],
                       "chrome": ["Cuộn xuống để đọc", "Made with Shorthand", "E-MAGAZINE"], "dates": ["2024-06-18T23:47:09.120Z"]},
                notes="Shorthand e-magazine (Theme-* sections, background/title sections, media sections with Theme-Caption, a story "
                      "JSON island). The pull quote '“Măng Đen phải phát triển mà không mất đi màu xanh của đại ngàn”' (cite) repeats "
                      "words of a body paragraph — the body keeps the paragraph once and not the pull-quote block. Chapter headings "
                      "('Chương 1: …') are body. Credits block at the end: 'Chỉ đạo nội dung: A Pó' (editorial direction, not an "
                      "author), 'Thực hiện: Hồ Lam – Tuấn Anh' → author 'Hồ Lam, Tuấn Anh', 'Ảnh: Tuấn Anh, tư liệu' → photographer "
                      "'Tuấn Anh' ('tư liệu' = archive photos), 'Đồ họa' not a photographer, 'Xuất bản: 19/6/2024' → date only. The "
                      "story JSON's publishedAt (18/6 23:47Z = 19/6 06:47 local) is not shown → not used. Kicker 'E-MAGAZINE' is a "
                      "format label; no crumb → category null. Bold subtitle = lead.",
                readme="Shorthand e-magazine; pull quote repeating a body phrase, chapter headings, credits block at the end ('Chỉ đạo nội dung' ≠ author, 'Thực hiện: A – B', 'Ảnh: X, tư liệu', 'Đồ họa', 'Xuất bản: d/m/yyyy'), hidden JSON publishedAt")


# =====================================================================
A16 = Art(
    "Trung tâm Chính trị huyện Ba Vì nâng cao chất lượng bồi dưỡng lý luận chính trị",
    None,
    [
        ("p", "Những năm qua, Trung tâm Chính trị huyện Ba Vì đã chủ động đổi mới nội dung, phương pháp giảng dạy, gắn lý luận với thực tiễn địa phương, góp phần nâng cao chất lượng đội ngũ cán bộ, đảng viên trong huyện."),
        ("p", "Từ năm 2021 đến tháng 5/2024, Trung tâm đã mở 84 lớp bồi dưỡng với hơn 6.900 lượt học viên, vượt 12% kế hoạch đề ra. Kết quả cụ thể như sau:"),
        ("table", [["Loại lớp", "Số lớp", "Số học viên"], ["Bồi dưỡng nhận thức về Đảng", "28", "2.316"], ["Đảng viên mới", "22", "1.684"],
                   ["Bồi dưỡng chi ủy viên, bí thư chi bộ", "14", "1.205"], ["Cập nhật kiến thức cho cán bộ cơ sở", "20", "1.712"]]),
        ("p", "Đội ngũ giảng viên kiêm chức được kiện toàn với 42 đồng chí là lãnh đạo các ban, ngành huyện; 100% bài giảng được xây dựng theo hướng tích hợp, lồng ghép kiến thức với tình hình thực tế của huyện và các xã.¹"),
        ("img", "Bai_viet_ban_tin_thang_6_html_4f2a9c1e.jpg", "Ảnh: Một buổi học của lớp bồi dưỡng chi ủy viên năm 2024"),
        ("p", "Trung tâm cũng đẩy mạnh ứng dụng công nghệ thông tin, đưa tài liệu học tập lên phần mềm quản lý đào tạo, tổ chức kiểm tra trắc nghiệm trên máy tính, giúp học viên chủ động ôn tập.²"),
        ("p", "Thời gian tới, Trung tâm tiếp tục nâng cao chất lượng đội ngũ giảng viên, đổi mới công tác kiểm tra, đánh giá học viên, phấn đấu giữ vững danh hiệu Trung tâm Chính trị cấp huyện đạt chuẩn mức 1."),
    ])


def page16():
    rng = random.Random("lo-hatay-16")
    pub = T("2024-06-10")
    url = "https://bavi.hatay.dcs.vn/Uploads/bantin/2024/Bai_viet_ban_tin_thang_6.html"
    fns = ["Quyết định số 1842-QĐ/HU ngày 15/01/2022 của Ban Thường vụ Huyện ủy Ba Vì về kiện toàn đội ngũ giảng viên kiêm chức.",
           "Phần mềm quản lý đào tạo được Trung tâm đưa vào sử dụng từ tháng 9/2023."]
    out = []
    n = 0
    for b in A16.blocks:
        if b[0] == "p":
            t = b[1]
            anc = ""
            if t[-1] in "¹²":
                n += 1
                t = t[:-1]
                anc = f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'
            out.append(f'<p class="western" align="justify" style="text-indent: 1.27cm; margin-bottom: 0.21cm; line-height: 115%"><font face="Times New Roman, serif"><font size="4" style="font-size: 14pt">{esc(t)}</font></font>{anc}</p>')
        elif b[0] == "table":
            out.append('<table width="602" cellpadding="7" cellspacing="0"><col width="300"/><col width="120"/><col width="138"/>'
                       + "".join("<tr valign=\"top\">" + "".join(f'<td style="border: 1px solid #000000; padding: 0.1cm 0.19cm"><p class="western" align="{"left" if k == 0 else "center"}"><font face="Times New Roman, serif"><font size="3" style="font-size: 13pt">{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}</font></font></p></td>' for k, c in enumerate(r)) + "</tr>" for i, r in enumerate(b[1]))
                       + "</table>")
        else:
            out.append(f'<p class="western" align="center" style="margin-bottom: 0cm"><img src="{b[1]}" name="Image1" align="bottom" width="529" height="352" border="0"/></p>')
            out.append(f'<p class="western" align="center" style="margin-bottom: 0.21cm"><font face="Times New Roman, serif"><font size="3" style="font-size: 12pt"><i>{esc(b[2])}</i></font></font></p>')
    body = "\n".join(out)
    art = Art(A16.title, None, [(b[0], b[1].rstrip("¹²")) + b[2:] if b[0] == "p" else b for b in A16.blocks])
    foot = "".join(f'<div id="sdfootnote{k}"><p class="sdfootnote-western"><a class="sdfootnotesym" name="sdfootnote{k}sym" href="#sdfootnote{k}anc">{k}</a>{esc(t)}</p></div>\n' for k, t in enumerate(fns, 1))
    styles = "".join(f"\t\t{sel} {{ {rules} }}\n" for sel, rules in [
        ("@page", "size: 21cm 29.7cm; margin-left: 3cm; margin-right: 2cm; margin-top: 2cm; margin-bottom: 2cm"),
        ("p", "line-height: 115%; margin-bottom: 0.25cm; background: transparent"),
        ("p.western", "font-family: \"Times New Roman\", serif; font-size: 14pt; so-language: vi-VN"),
        ("p.cjk", "font-family: \"Noto Serif CJK SC\"; font-size: 14pt; so-language: zh-CN"),
        ("p.ctl", "font-family: \"Lohit Devanagari\"; font-size: 14pt; so-language: hi-IN"),
        ("h1", "margin-bottom: 0.21cm; background: transparent; page-break-after: avoid"),
        ("h1.western", "font-family: \"Times New Roman\", serif; font-size: 16pt; so-language: vi-VN; font-weight: bold"),
        ("h1.cjk", "font-family: \"Noto Sans CJK SC\"; font-size: 18pt; font-weight: bold"),
        ("p.sdfootnote-western", "margin-left: 0.6cm; text-indent: -0.6cm; margin-bottom: 0cm; font-family: \"Times New Roman\", serif; font-size: 10pt; so-language: vi-VN; line-height: 100%"),
        ("a.sdfootnoteanc", "font-size: 57%"), ("a:link", "color: #000080; so-language: zxx; text-decoration: underline")])
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
	<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
	<title>Bai viet ban tin thang 6</title>
	<meta name="generator" content="LibreOffice 7.5.9.2 (Linux)"/>
	<meta name="author" content="Kieu Nga"/>
	<meta name="created" content="2024-06-08T15:12:33.120000000"/>
	<meta name="changedby" content="TTCT-PC02"/>
	<meta name="changed" content="2024-06-10T08:03:11.481000000"/>
	<meta name="AppVersion" content="16.0000"/>
	<style type="text/css">
{styles}	</style>
</head>
<body lang="vi-VN" link="#000080" vlink="#800000" dir="ltr"><div title="header"><p class="western" align="right" style="margin-bottom: 0.5cm"><font face="Times New Roman, serif"><font size="2" style="font-size: 10pt"><i>BẢN TIN NỘI BỘ – BAN TUYÊN GIÁO HUYỆN ỦY BA VÌ</i></font></font></p></div>
<h1 class="western" align="center">{esc(A16.title)}</h1>
{body}
<p class="western" align="right" style="margin-top: 0.42cm; margin-bottom: 0cm"><font face="Times New Roman, serif"><font size="4" style="font-size: 14pt"><b>ThS. Đỗ Văn Hùng, Kiều Thị Nga</b></font></font></p>
<p class="western" align="right" style="margin-bottom: 0cm"><font face="Times New Roman, serif"><font size="4" style="font-size: 14pt"><i>Trung tâm Chính trị huyện Ba Vì</i></font></font></p>
<p class="western" align="right" style="margin-bottom: 0.21cm"><font face="Times New Roman, serif"><font size="3" style="font-size: 13pt"><i>Ba Vì, ngày {pub.day} tháng {pub.month} năm {pub.year}</i></font></font></p>
<p class="western" style="margin-bottom: 0cm"><br/></p>
{foot}<div title="footer"><p class="western" align="center" style="margin-top: 0.5cm; margin-bottom: 0cm"><font size="2" style="font-size: 10pt">Trang <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></font></p></div>
</body>
</html>
"""
    return dict(family="libreoffice_export", name="hatay-bavi-sdfootnotes-table-date-at-end-degree-coauthors", url=url,
                content_type="text/html", html=html, min_kb=5,
                expected=expected(art, isod(pub), author="ThS. Đỗ Văn Hùng, Kiều Thị Nga", unit="Trung tâm Chính trị huyện Ba Vì", lead=None),
                traps={"footnotes": fns, "chrome": ["BẢN TIN NỘI BỘ – BAN TUYÊN GIÁO HUYỆN ỦY BA VÌ", "Bai viet ban tin thang 6"],
                       "bylines": ["ThS. Đỗ Văn Hùng, Kiều Thị Nga"], "dates": ["Ba Vì, ngày 10 tháng 6 năm 2024", "2024-06-08T15:12:33", "2024-06-10T08:03:11"]},
                notes="LibreOffice Writer 'Export as HTML' file uploaded as the article (light by nature, ~9 KB): <title> = ASCII file "
                      "title, generator/created/changed metas (naive, no zone: traps), page header/footer divs (title='header'/'footer', "
                      "sdfield page number), p.western paragraphs in nested <font>. Footnotes: sdfootnoteanc <sup> anchors at the END "
                      "of two paragraphs (dropped from the expected text) and sdfootnote divs after the text (not body). Table rows → "
                      "' | ' paragraphs. Italic centred 'Ảnh: …' caption paragraph under the image (kept whole as the caption, no "
                      "photographer: it labels the photo, names nobody). Byline after the text 'ThS. Đỗ Văn Hùng, Kiều Thị Nga' + "
                      "italic unit line → authors (degree kept) + unit. The only date is the right-aligned dateline 'Ba Vì, ngày 10 "
                      "tháng 6 năm 2024' printed AFTER the byline → 2024-06-10. No lead, no category. Charset only in the meta.",
                readme="LibreOffice Writer HTML export; sdfootnote anchors at paragraph ends + footnote divs, header/footer divs, table rows, 'Ảnh: …' caption paragraph, degree + co-author byline then unit line, dateline printed at the very end, naive created/changed metas")


# =====================================================================
A17 = Art(
    "Nghị quyết 12/2024/NQ-HĐND quy định mức chi hỗ trợ công tác phổ cập giáo dục, xóa mù chữ trên địa bàn tỉnh Hà Tuyên",
    None,
    [
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
        ("p", "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;"),
        ("p", "Căn cứ Thông tư số 17/2022/TT-BTC ngày 08 tháng 3 năm 2022 của Bộ trưởng Bộ Tài chính hướng dẫn quản lý và sử dụng kinh phí thực hiện công tác phổ cập giáo dục, xóa mù chữ;"),
        ("p", "Xét Tờ trình số 58/TTr-UBND ngày 28 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp."),
        ("h", "QUYẾT NGHỊ:"),
        ("h", "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng"),
        ("p", "1. Nghị quyết này quy định mức chi hỗ trợ công tác phổ cập giáo dục, xóa mù chữ trên địa bàn tỉnh Hà Tuyên."),
        ("p", "2. Đối tượng áp dụng: cơ quan, đơn vị, cá nhân tham gia công tác phổ cập giáo dục, xóa mù chữ; người học xóa mù chữ và người học giáo dục tiếp tục sau khi biết chữ."),
        ("h", "Điều 2. Mức chi"),
        ("p", "1. Chi điều tra, cập nhật thông tin về phổ cập giáo dục, xóa mù chữ: 30.000 đồng/phiếu điều tra hộ gia đình."),
        ("p", "2. Hỗ trợ người học xóa mù chữ: tài liệu học tập, sách giáo khoa, văn phòng phẩm theo giá thực tế, tối đa 300.000 đồng/người/khóa học; hỗ trợ tiền ăn 20.000 đồng/người/buổi học đối với người học là người dân tộc thiểu số ở thôn đặc biệt khó khăn."),
        ("p", "3. Chi thù lao cho giáo viên dạy xóa mù chữ là người ngoài ngành giáo dục: 150.000 đồng/tiết."),
        ("h", "Điều 3. Nguồn kinh phí"),
        ("p", "Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn kinh phí hợp pháp khác."),
        ("h", "Điều 4. Tổ chức thực hiện"),
        ("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này."),
        ("p", "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết."),
        ("p", "Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Tuyên khóa XVIII, kỳ họp thứ 19 thông qua ngày 21 tháng 6 năm 2024 và có hiệu lực từ ngày 01 tháng 7 năm 2024./."),
    ])


def page17():
    rng = random.Random("vbpl-hatuyen-17")
    pub = T("2024-06-24 15:30")
    base = "https://vbpl.hatuyen.gov.vn"
    url = base + "/van-ban/nghi-quyet/12-2024-nq-hdnd?ItemID=4127&tab=toanvan"
    rel = ["Nghị quyết 11/2024/NQ-HĐND quy định mức thu học phí năm học 2024 - 2025", "Nghị quyết 10/2024/NQ-HĐND về chính sách hỗ trợ phát triển hợp tác xã",
           "Quyết định 21/2024/QĐ-UBND ban hành quy chế quản lý cụm công nghiệp", "Nghị quyết 09/2024/NQ-HĐND quy định mức chi bảo đảm hoạt động của HĐND các cấp"]
    letter = ('<table class="doc-head" width="100%" style="border:0"><tr><td width="40%" style="text-align:center"><b>HỘI ĐỒNG NHÂN DÂN<br>TỈNH HÀ TUYÊN</b><br>-------<br>Số: 12/2024/NQ-HĐND</td>'
              '<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Hà Tuyên, ngày 21 tháng 6 năm 2024</i></td></tr></table>'
              '<p style="text-align:center"><b>NGHỊ QUYẾT</b></p><p style="text-align:center"><b>QUY ĐỊNH MỨC CHI HỖ TRỢ CÔNG TÁC PHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ TRÊN ĐỊA BÀN TỈNH HÀ TUYÊN</b></p>'
              '<p style="text-align:center"><b>HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TUYÊN<br>KHÓA XVIII, KỲ HỌP THỨ 19</b></p>')
    sign = ('<table class="doc-sign" width="100%"><tr><td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br>- Ủy ban Thường vụ Quốc hội;<br>- Chính phủ;<br>- Bộ Tài chính, Bộ Giáo dục và Đào tạo;<br>- Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;<br>- TT Tỉnh ủy, HĐND, UBND tỉnh;<br>- Công báo tỉnh;<br>- Lưu: VT.</td>'
            '<td style="text-align:center" valign="top"><b>CHỦ TỊCH<br><br><br><br>Hoàng Quốc Khánh</b></td></tr></table>')
    body = letter + A17.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', h=lambda t: f'<p style="text-align:{"center" if t.startswith("QUYẾT") else "justify"}"><b>{esc(t)}</b></p>') + sign
    attrs = [("Số ký hiệu", "12/2024/NQ-HĐND"), ("Ngày ban hành", "21/06/2024"), ("Loại văn bản", "Nghị quyết"), ("Ngày có hiệu lực", "01/07/2024"),
             ("Nguồn thu thập", "Công báo tỉnh số 35"), ("Ngày đăng công báo", "28/06/2024"), ("Ngành", "Giáo dục - Đào tạo"), ("Lĩnh vực", "Tài chính - Ngân sách"),
             ("Cơ quan ban hành/ Chức danh / Người ký", "Hội đồng nhân dân tỉnh Hà Tuyên / Chủ tịch / Hoàng Quốc Khánh"), ("Phạm vi", "Tỉnh Hà Tuyên"), ("Tình trạng hiệu lực", "Chưa có hiệu lực")]
    attr_html = "".join(f"<tr><td class='label'>{k}</td><td>{v}</td></tr>" for k, v in attrs)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Văn bản pháp luật - Nghị quyết 12/2024/NQ-HĐND</title><meta name="keywords" content="nghị quyết, HĐND tỉnh Hà Tuyên, phổ cập giáo dục" /><link href="/_layouts/vbpl/css/style.css" rel="stylesheet" type="text/css" /><style>{css(rng, "vb", 40)}</style><!--PAD-->
<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"/",webLanguage:1066,currentLanguage:1066,userId:0,alertsEnabled:false,siteServerRelativeUrl:"/"}};</script></head>
<body><form name="aspnetForm" method="post" action="./12-2024-nq-hdnd?ItemID=4127&amp;tab=toanvan" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEP{b64blob(rng, 9000)}" /></div>
<div id="header"><div class="logo"><img src="/images/quoc-huy.png" alt="" /><span>CƠ SỞ DỮ LIỆU VĂN BẢN PHÁP LUẬT TỈNH HÀ TUYÊN</span></div><div class="date-now">Thứ Tư, ngày 26/06/2024</div></div>
<div id="menu">{menu(rng, cls="topmenu", ext=".aspx", items=[("Văn bản quy phạm pháp luật", ["Nghị quyết", "Quyết định", "Chỉ thị"]), ("Văn bản hợp nhất", []), ("Văn bản hết hiệu lực", []), ("Tra cứu nâng cao", [])])}</div>
<div id="wrapper"><div class="left-col"><div class="box-search"><h3>Tìm kiếm văn bản</h3><input type="text" placeholder="Nhập số ký hiệu, trích yếu" /><select><option>Loại văn bản</option><option>Nghị quyết</option><option>Quyết định</option></select><input type="submit" value="Tìm kiếm" /></div><div class="box"><h3>Cơ quan ban hành</h3><ul><li><a href="#">HĐND tỉnh</a></li><li><a href="#">UBND tỉnh</a></li></ul></div></div>
<div class="right-col"><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/van-ban-quy-pham-phap-luat">Văn bản quy phạm pháp luật</a> » <a href="/van-ban/nghi-quyet">Nghị quyết</a></div>
<div class="box-doc"><h1 class="doc-title">{esc(A17.title)}</h1><div class="doc-stamp">Ngày đăng tải: {dmy(pub)} {hm(pub)} | Lượt xem: 418</div>
<ul class="tabs"><li class="active"><a href="?ItemID=4127&amp;tab=toanvan">Toàn văn</a></li><li><a href="?ItemID=4127&amp;tab=thuoctinh">Thuộc tính</a></li><li><a href="?ItemID=4127&amp;tab=luocdo">Lược đồ</a></li><li><a href="?ItemID=4127&amp;tab=taive">Tải về</a></li></ul>
<div class="doc-attr"><table class="tbl-attr">{attr_html}</table></div>
<div class="toanvancontent" id="toanvancontent">{body}</div>
<div class="doc-files"><b>Tải về:</b> <a href="/uploads/vbpl/2024/12-2024-NQ-HDND.pdf">12-2024-NQ-HDND.pdf</a> <a href="/uploads/vbpl/2024/12-2024-NQ-HDND.docx">12-2024-NQ-HDND.docx</a></div></div>
<div class="box-related"><h3>Văn bản liên quan</h3><ul>{"".join(f'<li><a href="#">{esc(t)}</a></li>' for t in rel)}</ul></div></div></div>
<div id="footer">{footer("Sở Tư pháp tỉnh Hà Tuyên", "Số 8 đường 17/8, TP Tuyên Quang", "0207.3822.341")}</div></form></body></html>"""
    html = pad(html, rng, 110, "vb")
    return dict(family="vbpl_legal_doc", name="hatuyen-nghi-quyet-hdnd-toan-van-dieu-khoan-attr-dates", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A17, iso(pub), category="Nghị quyết", lead=None),
                traps={"letterhead": ["Số: 12/2024/NQ-HĐND", "Hà Tuyên, ngày 21 tháng 6 năm 2024", "Độc lập - Tự do - Hạnh phúc"],
                       "signature": ["Nơi nhận:", "CHỦ TỊCH", "Hoàng Quốc Khánh", "Cục Kiểm tra văn bản QPPL - Bộ Tư pháp;"],
                       "attributes": ["Ngày ban hành", "Ngày có hiệu lực", "Ngày đăng công báo", "Tình trạng hiệu lực", "Chưa có hiệu lực"],
                       "chrome": ["Văn bản liên quan", "Tìm kiếm văn bản", "12-2024-NQ-HDND.pdf", "Lượt xem: 418"], "related": rel[:2],
                       "dates": ["Thứ Tư, ngày 26/06/2024", "28/06/2024"]},
                notes="Provincial legal-document database page (SharePoint-era vbpl clone, __VIEWSTATE) showing the full text ('Toàn "
                      "văn' tab) of an HĐND resolution. Title = h1.doc-title ('Nghị quyết 12/2024/NQ-HĐND quy định …'; the in-document "
                      "upper-case title belongs to the letterhead). Dates: attribute table 'Ngày ban hành 21/06/2024', 'Ngày có hiệu "
                      "lực 01/07/2024', 'Ngày đăng công báo 28/06/2024' are document dates; the page's own 'Ngày đăng tải: 24/06/2024 "
                      "15:30' is the publication → 2024-06-24T15:30+07:00 (as set 3: posting date wins over issue date). Body = the "
                      "resolution text from the first 'Căn cứ …' to the closing 'Nghị quyết này đã được … thông qua …/.' paragraph, "
                      "'QUYẾT NGHỊ:' and the 'Điều n.' heads included; the letterhead, doc-type/title lines, the issuer line "
                      "'HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TUYÊN / KHÓA XVIII, KỲ HỌP THỨ 19' and the signature/Nơi nhận table are not body. "
                      "Signer is not the author → author/unit null. Category = last crumb 'Nghị quyết'. No lead.",
                readme="Legal-document database page (nghị quyết full text); h1 doc title vs in-document caps title, attribute table with issue/effective/gazette dates vs 'Ngày đăng tải' stamp, Căn cứ/QUYẾT NGHỊ/Điều body between letterhead + issuer line and signature table")


# =====================================================================
A18 = Art(
    "Đoàn trường THPT Bắc Mê tổ chức Ngày hội “Thanh niên với văn hóa giao thông”",
    None,
    [
        ("p", "Tối 8/6/2024, Đoàn trường THPT Bắc Mê phối hợp với Đội Cảnh sát giao thông Công an huyện tổ chức Ngày hội “Thanh niên với văn hóa giao thông” cho hơn 600 đoàn viên, học sinh toàn trường."),
        ("p", "Ngày hội gồm các phần thi: tìm hiểu Luật Giao thông đường bộ, xử lý tình huống giao thông, tiểu phẩm tuyên truyền và thi lái xe an toàn trên sa hình. Các đội thi đến từ 12 chi đoàn lớp đã mang đến những tiết mục sinh động, dí dỏm, chuyển tải nhiều thông điệp ý nghĩa."),
        ("img", "/assets/images/2024-06-09-ngay-hoi-giao-thong.jpg", "Tiểu phẩm tuyên truyền về đội mũ bảo hiểm của Chi đoàn 11A2"),
        ("p", "Tại ngày hội, cán bộ Đội Cảnh sát giao thông đã hướng dẫn học sinh kỹ năng lái xe an toàn trên đường đèo dốc, cách xử lý khi xe mất phanh và những lỗi vi phạm thường gặp ở lứa tuổi học sinh."),
        ("p", "Kết thúc ngày hội, Ban Tổ chức trao giải Nhất cho Chi đoàn 11A2, giải Nhì cho Chi đoàn 10A1 và Chi đoàn 12A3; đồng thời phát động toàn thể đoàn viên ký cam kết không vi phạm pháp luật về trật tự an toàn giao thông."),
    ])


def page18():
    rng = random.Random("jekyll-hagiang-18")
    pub = T("2024-06-09 19:30")
    base = "https://doantruongthptbacme.github.io"
    url = base + "/2024/06/09/ngay-hoi-thanh-nien-voi-van-hoa-giao-thong.html"
    posts = [("Jun 2, 2024", "Tổng kết hoạt động Đoàn năm học 2023 - 2024"), ("May 26, 2024", "Ra quân Tiếp sức mùa thi"), ("May 19, 2024", "Hành trình về nguồn Pác Bó"), ("May 12, 2024", "Hội trại truyền thống 26/3")]
    body_html = A18.render(img=lambda s, c, n: f'<p><img src="{s}" alt="{esc(c, True)}" /></p>\n<p class="caption"><em>{esc(c)}</em></p>')
    feed = dump({"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person", "name": "doantruong-bacme"}, "dateModified": "2024-06-09T19:30:00+07:00",
                 "datePublished": "2024-06-09T19:30:00+07:00", "description": A18.blocks[0][1][:150], "headline": A18.title, "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url})
    html = f"""<!DOCTYPE html>
<html lang="vi"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>Đoàn trường THPT Bắc Mê tổ chức Ngày hội “Thanh niên với văn hóa giao thông” | Đoàn trường THPT Bắc Mê</title>
<meta name="generator" content="Jekyll v3.9.5" />
<meta property="og:title" content="Đoàn trường THPT Bắc Mê tổ chức Ngày hội “Thanh niên với văn hóa giao thông”" />
<meta name="author" content="doantruong-bacme" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2024-06-09T19:30:00+07:00" />
<script type="application/ld+json">
{feed}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{base}/feed.xml" title="Đoàn trường THPT Bắc Mê" /><style>{css(rng, "site", 30)}</style></head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">Đoàn trường THPT Bắc Mê</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/>
            </svg>
          </span>
        </label>

        <div class="trigger"><a class="page-link" href="/about/">Giới thiệu</a><a class="page-link" href="/hoat-dong/">Hoạt động</a><a class="page-link" href="/guong-sang/">Gương sáng</a></div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{esc(A18.title)}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="2024-06-09T19:30:00+07:00" itemprop="datePublished">Jun 9, 2024
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">doantruong-bacme</span></span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {body_html}
<p style="text-align: right"><strong>Nông Thị Huế</strong> - Bí thư Đoàn trường THPT Bắc Mê</p>

  </div><a class="u-url" href="/2024/06/09/ngay-hoi-thanh-nien-voi-van-hoa-giao-thong.html" hidden></a>
</article>

<div class="post-list-recent"><h2 class="post-list-heading">Bài viết gần đây</h2><ul class="post-list">{"".join(f'<li><span class="post-meta">{d}</span><h3><a class="post-link" href="#">{esc(t)}</a></h3></li>' for d, t in posts)}</ul></div>
      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">Đoàn trường THPT Bắc Mê</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">Ban Chấp hành Đoàn trường THPT Bắc Mê</li><li><a class="u-email" href="mailto:doantruong.thptbacme@gmail.com">doantruong.thptbacme@gmail.com</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://www.facebook.com/doantruongthptbacme"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#facebook"></use></svg> <span class="username">doantruongthptbacme</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>Trang tin hoạt động của Đoàn TNCS Hồ Chí Minh trường THPT Bắc Mê, huyện Bắc Mê, tỉnh Hà Giang.</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>
"""
    return dict(family="jekyll_static", name="hagiang-doantruong-minima-en-short-month-handle-post-in-byline", url=url,
                content_type="text/html; charset=utf-8", html=html, min_kb=5,
                expected=expected(A18, iso(pub), author="Nông Thị Huế", unit="Đoàn trường THPT Bắc Mê", lead=None),
                traps={"bylines": ["doantruong-bacme", "Bí thư Đoàn trường THPT Bắc Mê"], "chrome": ["Bài viết gần đây", "Hành trình về nguồn Pác Bó", "Ban Chấp hành Đoàn trường THPT Bắc Mê"],
                       "dates": ["Jun 2, 2024"]},
                notes="Jekyll 3 + minima on GitHub Pages (light by nature, ~9 KB). Visible 'Jun 9, 2024' (English short month, "
                      "minima default) inside <time datetime='2024-06-09T19:30:00+07:00'> (also jekyll-seo JSON-LD) → agrees, "
                      "explicit offset → 2024-06-09T19:30+07:00. The p-author h-card 'doantruong-bacme' (site.author / meta author "
                      "/ JSON-LD Person) is a site handle (account). Right-aligned last paragraph 'Nông Thị Huế - Bí thư Đoàn "
                      "trường THPT Bắc Mê' → author 'Nông Thị Huế', unit 'Đoàn trường THPT Bắc Mê' (post 'Bí thư' dropped). "
                      "kramdown caption paragraph (p.caption > em) after the image paragraph. No category, no lead; og:locale "
                      "en_US though the page is Vietnamese.",
                readme="Jekyll minima (GitHub Pages); 'Jun 9, 2024' in <time> with +07:00, handle as p-author/JSON-LD author vs 'Name - Bí thư <unit>' last paragraph, p.caption em caption, recent-posts list with English dates, light")


PAGES = [page15, page16, page17, page18]
