"""Documents published as pages: Google Docs 'publish to web', Word 'Save as Web Page' (.htm, windows-1258),
pdf2htmlEX conversion of a PDF bulletin, e-paper (báo in điện tử) article clip."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, esc, slug, dump, hexid, alnum, expected, css, js,
                     heads2, wrap, b64blob, pad)

# =====================================================================
A13 = Art(
    "Chi đoàn thôn Đồng Bến tổ chức Đại hội nhiệm kỳ 2024 - 2027",
    None,
    [
        ("p", "Ngày 22/5/2024, Chi đoàn thôn Đồng Bến, xã Dân Hạ tổ chức Đại hội Chi đoàn nhiệm kỳ 2024 - 2027. Đây là chi đoàn được Ban Thường vụ Huyện đoàn chọn tổ chức đại hội điểm của huyện."),
        ("p", "Dự đại hội có đồng chí Đinh Thị Thu Hà, Phó Bí thư Huyện đoàn; đại diện Đảng ủy, Đoàn xã Dân Hạ cùng 42 đoàn viên trong chi đoàn."),
        ("p", "Báo cáo tại đại hội cho biết, nhiệm kỳ qua, Chi đoàn đã tổ chức 18 buổi sinh hoạt chuyên đề, giới thiệu 3 đoàn viên ưu tú cho Đảng xem xét kết nạp; thành lập tổ thanh niên tình nguyện thu gom rác thải, làm 1,2 km đường điện thắp sáng nông thôn."),
        ("img", "https://lh7-rt.googleusercontent.com/docsz/AD_4nX" + "c9Qw2Lm8Zr1Tb7Ke3Vd0Hs5Pj6Xa4Yn2Uf8Go1Mi7Ct3Rb9Ew5Lq0Sz6Dk2Vh4Jp8Ny1Ax" + "?key=Kq7Ts2Lm", "Đoàn viên Chi đoàn thôn Đồng Bến biểu quyết thông qua Nghị quyết Đại hội"),
        ("p", "Phát biểu tại đại hội, đồng chí Đinh Thị Thu Hà ghi nhận những kết quả Chi đoàn đạt được, đồng thời đề nghị Ban Chấp hành khóa mới tiếp tục đổi mới nội dung sinh hoạt, quan tâm hỗ trợ đoàn viên phát triển kinh tế, khởi nghiệp tại quê hương."),
        ("p", "Đại hội đã bầu Ban Chấp hành Chi đoàn nhiệm kỳ 2024 - 2027 gồm 3 đồng chí; đồng chí Bùi Văn Quý tái đắc cử Bí thư Chi đoàn."),
    ])


def page13():
    rng = random.Random("gdocs-kyson-13")
    pub = T("2024-05-24")
    docid = "2PACX-1v" + alnum(rng, 78)
    url = f"https://docs.google.com/document/d/e/{docid}/pub"
    fname = "Tin ĐH chi đoàn Đồng Bến (bản gửi Huyện đoàn)"
    cl = {k: f"c{i}" for i, k in enumerate(["p", "span", "title", "right", "center", "em", "img", "bold", "empty", "tspan"], 1)}
    docstyle = ('@import url(https://themes.googleusercontent.com/fonts/css?kit=' + alnum(rng, 40) + ');ol{margin:0;padding:0}table td,table th{padding:0}'
                + "".join(f".{v}{{" + ";".join(rng.sample(["color:#000000", "font-weight:400", "text-decoration:none", "vertical-align:baseline", "font-size:13pt",
                                                          "font-family:\"Times New Roman\"", "font-style:normal", "padding-top:0pt", "padding-bottom:6pt", "line-height:1.15",
                                                          "orphans:2", "widows:2", "text-align:justify", "text-indent:36pt", "height:13pt"], 6)) + "}" for v in cl.values())
                + ".c9{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
                + ".subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
                + "li{color:#000000;font-size:11pt;font-family:\"Arial\"}p{margin:0;color:#000000;font-size:11pt;font-family:\"Arial\"}h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}")
    paras = [f'<p class="{cl["right"]}"><span class="{cl["em"]}">Kỳ Sơn, ngày 24 tháng 5 năm 2024</span></p>',
             f'<p class="{cl["empty"]}"><span class="{cl["span"]}"></span></p>',
             f'<p class="title {cl["center"]}" id="h.{alnum(rng, 12).lower()}"><span class="{cl["bold"]}">{esc(A13.title)}</span></p>']
    for b in A13.blocks:
        if b[0] == "p":
            paras.append(f'<p class="{cl["p"]}"><span class="{cl["span"]}">{esc(b[1])}</span></p>')
        else:
            paras.append(f'<p class="{cl["center"]}"><span style="overflow: hidden; display: inline-block; margin: 0.00px 0.00px; border: 0.00px solid #000000; transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px); width: 451.33px; height: 300.89px;"><img alt="" src="{b[1]}" style="width: 451.33px; height: 300.89px; margin-left: 0.00px; margin-top: 0.00px; transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px);" title=""></span></p>')
            paras.append(f'<p class="{cl["center"]}"><span class="{cl["em"]}">{esc(b[2])}</span></p>')
    paras.append(f'<p class="{cl["right"]}"><span class="{cl["bold"]}">Thu Trang (ghi)</span></p>')
    paras.append(f'<p class="{cl["empty"]}"><span class="{cl["span"]}"></span></p>')
    viewer_js = "".join(f"_docs_flag_initialData['{alnum(rng, 8)}']={dump(rng.choice([True, False, rng.randint(0, 99999), alnum(rng, 12)]))};" for _ in range(1900))
    html = f"""<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta content="width=device-width, initial-scale=1" name="viewport"><title>{esc(fname)}</title><meta content="{esc(fname, True)}" property="og:title"><meta content="Google Docs" property="og:site_name"><meta content="https://lh7-rt.googleusercontent.com/docs/{alnum(rng, 60)}=w1200-h630-p" property="og:image"><meta content="noindex" name="robots"><link href="/static/document/client/css/3486331220-published_document_css_ltr.css" rel="stylesheet" nonce="{alnum(rng, 22)}"><style nonce="{alnum(rng, 22)}">{css(rng, "doc", 60)}</style><script nonce="{alnum(rng, 22)}">var DOCS_timing={{}};DOCS_timing['pls']=new Date().getTime();var _docs_flag_initialData={{}};{viewer_js}</script></head>
<body><div id="banners"><div id="publish-banner"><div id="publish-banner-icon"></div> Được xuất bản bằng Google Tài liệu <a href="https://docs.google.com/abuse?id={docid}" target="_blank">Báo cáo lạm dụng</a> <a href="https://support.google.com/docs/answer/183965" target="_blank">Tìm hiểu thêm</a></div></div><div id="header"><div id="title">{esc(fname)}</div><div id="interval"><span>Tự động cập nhật 5 phút một lần</span></div></div><div id="contents"><style type="text/css">{docstyle}</style><div class="{cl["title"]} doc-content">{"".join(paras)}</div></div><div id="footer"><div id="publish-footer"><span>Được xuất bản bằng <a href="https://docs.google.com" target="_blank">Google Tài liệu</a></span> – <a href="https://docs.google.com/abuse?id={docid}" target="_blank">Báo cáo lạm dụng</a> – <a href="https://support.google.com/docs/answer/183965" target="_blank">Tìm hiểu thêm</a> – <span>Tự động cập nhật 5 phút một lần</span></div></div><script nonce="{alnum(rng, 22)}">function _DumpException(e){{throw e;}}window.DOCS_linkTargets=[];(function(){{var a=document.querySelectorAll("#contents a");for(var i=0;i<a.length;i++)a[i].target="_blank";}})();</script></body></html>"""
    return dict(family="gdocs_published", name="kyson-chi-doan-filename-title-dateline-ghi", url=url,
                content_type="text/html; charset=utf-8", html=html, min_kb=40,
                expected=expected(A13, isod(pub), author="Thu Trang", lead=None),
                traps={"bylines": ["Thu Trang (ghi)"], "filename": [fname],
                       "chrome": ["Được xuất bản bằng Google Tài liệu", "Tự động cập nhật 5 phút một lần", "Báo cáo lạm dụng", "Tìm hiểu thêm"],
                       "dates": ["Kỳ Sơn, ngày 24 tháng 5 năm 2024"]},
                notes="Google Docs 'Xuất bản lên web' page (docs.google.com/…/pub). <title>, og:title and the visible header div#title "
                      "are the FILE NAME ('Tin ĐH chi đoàn Đồng Bến (bản gửi Huyện đoàn)'); the headline is the doc's Title-style "
                      "paragraph (p.title). Right-aligned italic dateline 'Kỳ Sơn, ngày 24 tháng 5 năm 2024' above the title = the "
                      "only date → published_at 2024-05-24 (date only; the meeting itself was on 22/5). Caption = centred italic "
                      "paragraph after the image paragraph. Foot 'Thu Trang (ghi)' → author 'Thu Trang' ('(ghi)' = recorded by, "
                      "a working note like '(thực hiện)'). No category, no sapo. Small page by nature (publish banner/footer "
                      "chrome, generated c1…c10 classes, a large flags script).",
                readme="Google Docs published-to-web page; file name as <title>/header, title = Title-style paragraph, place-and-date dateline as the only date, italic caption paragraph, 'Name (ghi)' byline, Docs banner/footer chrome")


# =====================================================================
A14 = Art(
    "Đảng ủy xã Ia Kha trao Huy hiệu Đảng đợt 19/5 cho 12 đảng viên",
    None,
    [
        ("p", "Sáng ngày 27/5/2024, Đảng ủy xã Ia Kha tổ chức Lễ trao Huy hiệu Đảng đợt 19/5 cho 12 đồng chí đảng viên, trong đó có 1 đồng chí nhận Huy hiệu 60 năm tuổi Đảng, 3 đồng chí nhận Huy hiệu 50 năm, 4 đồng chí nhận Huy hiệu 45 năm và 4 đồng chí nhận Huy hiệu 30 năm tuổi Đảng."),
        ("p", "Dự buổi lễ có đồng chí Rơ Châm Thuyên, Phó Bí thư Thường trực Huyện ủy Ia Grai; các đồng chí trong Ban Thường vụ Đảng ủy xã, đại diện các chi bộ và gia đình các đảng viên được trao tặng Huy hiệu."),
        ("p", "Thay mặt Đảng ủy, đồng chí Nguyễn Văn Bình, Bí thư Đảng ủy xã ôn lại truyền thống vẻ vang của Đảng, khẳng định các đồng chí đảng viên lão thành là những tấm gương sáng về lòng trung thành, tinh thần tận tụy, gương mẫu, là niềm tự hào của Đảng bộ và nhân dân xã Ia Kha."),
        ("img", "tin-trao-huy-hieu_files/image001.jpg", "Đồng chí Rơ Châm Thuyên trao Huy hiệu 60 năm tuổi Đảng cho đồng chí Siu H’Nhen"),
        ("p", "Phát biểu tại buổi lễ, đồng chí Siu H’Nhen, đảng viên 60 năm tuổi Đảng, bày tỏ niềm vinh dự, tự hào và hứa sẽ tiếp tục giữ gìn phẩm chất đạo đức, lối sống, là tấm gương để con cháu noi theo."),
        ("p", "Dịp này, Đảng ủy xã cũng trao quyết định kết nạp đảng viên mới cho 2 quần chúng ưu tú là đoàn viên thanh niên thôn Ia Ring."),
    ])


def page14():
    rng = random.Random("word-iakha-14")
    url = "https://iagrai.gialaikontum.gov.vn/Uploads/files/2024/05/tin-trao-huy-hieu.htm"
    fonts = "".join(f"@font-face\n\t{{font-family:\"{f}\";\n\tpanose-1:{' '.join(str(rng.randint(0, 9)) for _ in range(10))};\n\tmso-font-charset:163;\n\tmso-generic-font-family:roman;\n\tmso-font-pitch:variable;\n\tmso-font-signature:{rng.randint(-2000000000, -1)} {rng.randint(0, 2000000000)} 9 0 {rng.randint(100, 600)} 0;}}\n"
                    for f in ["Cambria Math", "Calibri", "Times New Roman", "Tahoma", ".VnTime", "Segoe UI", "Arial"])
    styles = "".join(f"p.{n}, li.{n}, div.{n}\n\t{{mso-style-name:\"{n}\";mso-style-unhide:no;mso-style-qformat:yes;margin:0cm;margin-bottom:{rng.choice(['.0001pt', '6.0pt', '8.0pt'])};mso-pagination:widow-orphan;font-size:{rng.choice(['13.0pt', '14.0pt', '12.0pt'])};font-family:\"Times New Roman\",serif;mso-fareast-font-family:\"Times New Roman\";mso-ansi-language:EN-US;mso-fareast-language:EN-US;}}\n"
                     for n in ["MsoNormal", "MsoCaption", "MsoTitle", "MsoHeader", "MsoFooter", "MsoBodyText", "MsoBodyTextIndent", "MsoListParagraph", "MsoNoSpacing", "MsoPlainText"])
    lists = "".join(f"@list l{i}:level{j}\n\t{{mso-level-number-format:{rng.choice(['bullet', 'roman-lower', 'alpha-lower', 'arabic'])};mso-level-text:\"%{j}\\.\";mso-level-tab-stop:{36 * j}.0pt;mso-level-number-position:left;margin-left:{36 * j}.0pt;text-indent:-18.0pt;font-family:\"Times New Roman\",serif;}}\n"
                    for i in range(34) for j in range(1, 10))
    xml = ("<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>PC-VANPHONG</o:Author>\n  <o:LastAuthor>Admin</o:LastAuthor>\n  <o:Revision>4</o:Revision>\n"
           "  <o:TotalTime>38</o:TotalTime>\n  <o:Created>2024-05-28T01:15:00Z</o:Created>\n  <o:LastSaved>2024-05-28T02:03:00Z</o:LastSaved>\n  <o:Pages>1</o:Pages>\n"
           "  <o:Words>512</o:Words>\n  <o:Characters>2921</o:Characters>\n  <o:Company>VP Dang uy xa Ia Kha</o:Company>\n  <o:Version>16.00</o:Version>\n </o:DocumentProperties>\n"
           " <o:OfficeDocumentSettings>\n  <o:AllowPNG/>\n </o:OfficeDocumentSettings>\n</xml><![endif]-->\n<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n  <w:Zoom>110</w:Zoom>\n"
           "  <w:SpellingState>Clean</w:SpellingState>\n  <w:GrammarState>Clean</w:GrammarState>\n  <w:TrackMoves>false</w:TrackMoves>\n  <w:TrackFormatting/>\n  <w:PunctuationKerning/>\n"
           "  <w:ValidateAgainstSchemas/>\n  <w:Compatibility>\n   <w:BreakWrappedTables/>\n   <w:SnapToGridInCell/>\n   <w:WrapTextWithPunct/>\n   <w:UseAsianBreakRules/>\n  </w:Compatibility>\n"
           "  <m:mathPr>\n   <m:mathFont m:val=\"Cambria Math\"/>\n   <m:brkBin m:val=\"before\"/>\n  </m:mathPr></w:WordDocument>\n</xml><![endif]-->\n<!--[if gte mso 9]><xml>\n <w:LatentStyles DefLockedState=\"false\" DefUnhideWhenUsed=\"false\" DefSemiHidden=\"false\" DefQFormat=\"false\" DefPriority=\"99\" LatentStyleCount=\"376\">\n"
           + "".join(f"  <w:LsdException Locked=\"false\" Priority=\"{rng.randint(1, 99)}\" Name=\"{n}\"/>\n" for n in [f"heading {k}" for k in range(1, 10)] + [f"toc {k}" for k in range(1, 10)] + [f"{a} {b}" for a in ["Grid Table", "List Table"] for b in range(1, 8)] + [f"Light Shading Accent {k}" for k in range(1, 7)] + [f"Medium List {a} Accent {k}" for a in (1, 2) for k in range(1, 7)] + [f"Colorful Grid Accent {k}" for k in range(1, 7)])
           + " </w:LatentStyles>\n</xml><![endif]-->\n")

    def mp(t, extra=""):
        return f"<p class=MsoNormal style='margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:115%{extra}'><span lang=VI style='font-size:14.0pt;line-height:115%;mso-ansi-language:VI'>{esc(t)}<o:p></o:p></span></p>\n"
    body = []
    for b in A14.blocks:
        if b[0] == "p":
            body.append(mp(b[1]))
        else:
            body.append(f"<p class=MsoNormal align=center style='text-align:center'><span lang=VI style='font-size:14.0pt;mso-ansi-language:VI;mso-no-proof:yes'><!--[if gte vml 1]><v:shape id=\"Picture_x0020_1\" o:spid=\"_x0000_i1025\" type=\"#_x0000_t75\" style='width:425.25pt;height:283.5pt;visibility:visible;mso-wrap-style:square'>\n <v:imagedata src=\"{b[1]}\" o:title=\"\"/>\n</v:shape><![endif]--><![if !vml]><img width=567 height=378 src=\"{b[1].replace('001', '002')}\" v:shapes=\"Picture_x0020_1\"><![endif]></span></p>\n")
            body.append(f"<p class=MsoCaption align=center style='text-align:center'><i><span lang=VI style='font-size:12.0pt;mso-ansi-language:VI'>{esc(b[2])}<o:p></o:p></span></i></p>\n")
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1258">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="tin-trao-huy-hieu_files/filelist.xml">
<link rel=Edit-Time-Data href="tin-trao-huy-hieu_files/editdata.mso">
<title>UBND TỈNH</title>
{xml}<link rel=themeData href="tin-trao-huy-hieu_files/themedata.thmx">
<link rel=colorSchemeMapping href="tin-trao-huy-hieu_files/colorschememapping.xml">
<style>
<!--
 /* Font Definitions */
{fonts} /* Style Definitions */
{styles}span.MsoHyperlink
\t{{mso-style-priority:99;color:blue;text-decoration:underline;text-underline:single;}}
.MsoChpDefault
\t{{mso-style-type:export-only;mso-default-props:yes;font-size:10.0pt;mso-ansi-font-size:10.0pt;}}
@page WordSection1
\t{{size:595.3pt 841.9pt;margin:56.7pt 42.55pt 56.7pt 85.05pt;mso-header-margin:35.45pt;mso-footer-margin:35.45pt;mso-paper-source:0;}}
div.WordSection1
\t{{page:WordSection1;}}
 /* List Definitions */
{lists}ol
\t{{margin-bottom:0cm;}}
ul
\t{{margin-bottom:0cm;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
\t{{mso-style-name:"Table Normal";mso-tstyle-rowband-size:0;mso-tstyle-colband-size:0;mso-style-noshow:yes;mso-style-priority:99;mso-style-parent:"";mso-padding-alt:0cm 5.4pt 0cm 5.4pt;mso-para-margin:0cm;font-size:10.0pt;font-family:"Times New Roman",serif;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-US link=blue vlink=purple style='tab-interval:36.0pt'>

<div class=WordSection1>

<p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:14.0pt;mso-ansi-language:VI'>{esc(A14.title)}<o:p></o:p></span></b></p>

<p class=MsoNormal align=center style='text-align:center'><span lang=VI style='font-size:14.0pt;mso-ansi-language:VI'><o:p>&nbsp;</o:p></span></p>

{"".join(body)}
<p class=MsoNormal align=right style='text-align:right'><b><span lang=VI style='font-size:14.0pt;mso-ansi-language:VI'>Nguyễn Thị Hạnh<o:p></o:p></span></b></p>

<p class=MsoNormal align=right style='text-align:right'><i><span lang=VI style='font-size:13.0pt;mso-ansi-language:VI'>(Văn phòng Đảng ủy xã Ia Kha)<o:p></o:p></span></i></p>

<p class=MsoNormal><span lang=VI style='mso-ansi-language:VI'><o:p>&nbsp;</o:p></span></p>

</div>

</body>

</html>
"""
    return dict(family="word_saveas_htm", name="iakha-huy-hieu-dang-windows-1258-no-date-docprops", url=url,
                content_type="text/html", encoding="cp1258", html=html, min_kb=40,
                expected=expected(A14, None, author="Nguyễn Thị Hạnh", unit="Văn phòng Đảng ủy xã Ia Kha", lead=None),
                traps={"bylines": ["(Văn phòng Đảng ủy xã Ia Kha)", "PC-VANPHONG"], "chrome": ["UBND TỈNH"],
                       "dates": ["2024-05-28T01:15:00Z", "2024-05-28T02:03:00Z"]},
                notes="Word 'Save as Web Page' .htm uploaded as the article (linked from a commune portal). Bytes are windows-1258 as "
                      "Word writes them (base letter + combining tone byte), declared only in the meta (HTTP header without "
                      "charset) → expected strings are NFC. <title> 'UBND TỈNH' is a stale document-properties title; the headline "
                      "is the bold centred first paragraph. No visible publication date: the text's 'Sáng ngày 27/5/2024' is the "
                      "event date and the o:Created/o:LastSaved document properties sit in a conditional comment → published_at "
                      "null. Byline 'Nguyễn Thị Hạnh' + '(Văn phòng Đảng ủy xã Ia Kha)' on the next line → author + unit; "
                      "o:Author 'PC-VANPHONG' is a computer name. MsoCaption italic caption; VML image with <![if !vml]> "
                      "fallback. Ê Đê/Jrai apostrophe name 'Siu H’Nhen' with U+2019. No category, no lead. Light by nature "
                      "(~60 KB of Word styles).",
                readme="Word 'Save as Web Page' .htm in windows-1258 (combining tones, charset only in meta); stale <title>, bold centred title paragraph, no visible date (event date in text, docprops in comments → null), MsoCaption, name + '(unit)' byline")


# =====================================================================
A15 = Art(
    "Chi bộ khu phố 3 nâng cao chất lượng sinh hoạt chuyên đề",
    "Thời gian qua, Chi bộ khu phố 3, phường Trần Tế Xương đã chủ động đổi mới nội dung, hình thức sinh hoạt chuyên đề, lựa chọn những vấn đề thiết thực, gần gũi với đời sống nhân dân, qua đó nâng cao chất lượng sinh hoạt chi bộ.",
    [
        ("p", "Chi bộ khu phố 3 hiện có 46 đảng viên, trong đó gần một nửa là đảng viên cao tuổi, nghỉ hưu. Trước đây, sinh hoạt chi bộ chủ yếu là thông báo tình hình, triển khai văn bản cấp trên nên chưa thu hút được đảng viên tham gia ý kiến."),
        ("p", "Từ năm 2023, cấp ủy chi bộ xây dựng kế hoạch sinh hoạt chuyên đề ngay từ đầu năm, mỗi quý một chuyên đề gắn với những vấn đề khu phố đang quan tâm như vệ sinh môi trường, trật tự đô thị, phòng chống tệ nạn xã hội trong thanh thiếu niên."),
        ("img", "", "Đảng viên Chi bộ khu phố 3 thảo luận tại buổi sinh hoạt chuyên đề quý I/2024"),
        ("p", "Trước mỗi buổi sinh hoạt, đồng chí bí thư chi bộ phân công đảng viên chuẩn bị tham luận, khảo sát thực tế tại các tổ dân phố. Nhờ vậy, các buổi sinh hoạt diễn ra sôi nổi, nhiều ý kiến tâm huyết được đưa ra và chuyển thành nghị quyết cụ thể."),
        ("raw", "PAGEBREAK"),
        ("p", "Điển hình là chuyên đề “Xây dựng tuyến phố văn minh, sạch đẹp” quý IV/2023. Sau buổi sinh hoạt, chi bộ đã vận động các hộ dân tháo dỡ 32 mái che lấn chiếm vỉa hè, lắp đặt 15 bóng đèn chiếu sáng ngõ xóm bằng nguồn xã hội hóa."),
        ("p", "Đồng chí Trần Văn Khiêm, Bí thư Chi bộ khu phố 3 chia sẻ: “Sinh hoạt chuyên đề phải xuất phát từ thực tế, giải quyết được việc cụ thể thì đảng viên mới thấy cần, nhân dân mới tin”."),
        ("p", "Năm 2023, Chi bộ khu phố 3 được Đảng ủy phường đánh giá hoàn thành xuất sắc nhiệm vụ; khu phố được công nhận danh hiệu khu dân cư văn hóa tiêu biểu."),
    ])
TOC15 = [("Chi bộ khu phố 3 nâng cao chất lượng sinh hoạt chuyên đề", 1), ("Hỏi - đáp về Quy định 144-QĐ/TW", 3),
         ("Gợi ý nội dung sinh hoạt chi bộ tháng 6/2024", 3), ("Tấm gương đảng viên trẻ Nguyễn Thị Huyền", 4)]
TINVAN = ["Ngày 10/5, Ban Tuyên giáo Thành ủy tổ chức hội nghị báo cáo viên tháng 5/2024.",
          "Đảng bộ phường Vị Hoàng kết nạp 5 đảng viên mới là đoàn viên thanh niên.",
          "Thành ủy tổ chức lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho 120 cán bộ cơ sở."]


def page15():
    rng = random.Random("pdf2htmlex-hnn-15")
    url = "https://namdinh.hanamninh.dcs.vn/uploads/bantin/2024/ban-tin-sinh-hoat-chi-bo-so-5-2024.html"
    state = {"y": 0, "n": 0}
    fonts = "".join(f"@font-face{{font-family:ff{i};src:url('data:application/font-woff;base64,{b64blob(rng, 26000)}')format(\"woff\");}}.ff{i}{{font-family:ff{i};line-height:{rng.uniform(0.9, 1.2):.6f};font-style:normal;font-weight:normal;visibility:visible;}}\n" for i in range(1, 5))
    geo = "".join(f".x{i}{{left:{rng.uniform(40, 500):.6f}px;}}" for i in range(40)) + "".join(f".y{i}{{bottom:{1100 - i * 17.5:.6f}px;}}" for i in range(130)) + \
        "".join(f".h{i}{{height:{rng.uniform(10, 40):.6f}px;}}" for i in range(12)) + "".join(f".ws{i}{{word-spacing:{rng.uniform(-2, 4):.6f}px;}}" for i in range(30)) + \
        "".join(f".ls{i}{{letter-spacing:{rng.uniform(-0.5, 0.5):.6f}px;}}" for i in range(10)) + "".join(f".fs{i}{{font-size:{s}px;}}" for i, s in enumerate([52, 40, 30, 26, 22, 19]))

    def line(t, ff=1, fs=4, x=1):
        state["y"] += 1
        words = t.split(" ")
        out = []
        for i, w in enumerate(words):
            out.append(esc(w))
            if i < len(words) - 1:
                out.append(f'<span class="_ _{rng.randint(0, 9)}"> </span>' if rng.random() < 0.25 else " ")
        return f'<div class="t m0 x{x} h{rng.randint(1, 11)} y{state["y"]} ff{ff} fs{fs} fc0 sc0 ls{rng.randint(0, 9)} ws{rng.randint(0, 29)}">{"".join(out)}</div>'

    def page(inner, n):
        state["y"] = 0
        head = line("BẢN TIN SINH HOẠT CHI BỘ · Số 5 - Tháng 5/2024", 3, 5, 2) if n > 1 else ""
        bg = f'<img class="bi x0 y0 w1 h1" alt="" src="data:image/png;base64,{b64blob(rng, 22000)}"/>'
        return (f'<div id="pf{n}" class="pf w0 h0" data-page-no="{n}"><div class="pc pc{n} w0 h0">{bg}{head}{"".join(inner)}'
                f'{line(str(n), 3, 5, 20)}</div><div class="pi" data-data=\'{{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}}\'></div></div>')
    p1 = [line("THÀNH ỦY NAM ĐỊNH - BAN TUYÊN GIÁO", 3, 4, 3), line("BẢN TIN SINH HOẠT CHI BỘ", 2, 0, 4),
          line("Số 5 - Tháng 5/2024 · Lưu hành nội bộ", 3, 4, 5), line("TRONG SỐ NÀY:", 2, 4, 1)]
    p1 += [line(f"{t} ........ {pg}", 3, 5, 6) for t, pg in TOC15]
    p1 += [line(x, 2, 1, 1) for x in wrap(A15.title, 40)]
    p1 += [line(x, 2, 4, 1) for x in wrap(A15.lead, 88)]
    cur, pages = p1, []
    for b in A15.blocks:
        if b[0] == "p":
            cur += [line(x, 1, 4, 1) for x in wrap(b[1], 92)]
        elif b[0] == "img":
            state["y"] += 12
            cur.append(line(b[2], 4, 5, 7))
        elif b[0] == "raw":
            pages.append(cur)
            cur = []
    cur.append(line("Bài, ảnh: Vũ Hồng Quân", 2, 4, 30))
    cur.append(line("TIN VẮN", 2, 3, 1))
    cur += [line(x, 1, 5, 1) for t in TINVAN for x in wrap("• " + t, 92)]
    pages.append(cur)
    body_pages = "".join(page(pg, i + 1) for i, pg in enumerate(pages))
    outline = "".join(f'<li><a class="l" href="#pf{pg if pg < 3 else 2}" data-dest-detail=\'[{pg},"XYZ",null,{rng.randint(300, 1000)},null]\'>{esc(t)}</a></li>' for t, pg in TOC15)
    base_css = ("/*! \n * Base CSS for pdf2htmlEX\n * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com> \n * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE\n */"
                "#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}#page-container{position:absolute;top:0;left:0;margin:0;padding:0;border:0}"
                "@media screen{#sidebar.opened+#page-container{left:250px}#page-container{bottom:0;right:0;overflow:auto}.loading-indicator{display:none}}"
                ".pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0}.pc{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0 0}"
                ".bi{position:absolute;border:0;margin:0;user-select:none}.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;unicode-bidi:bidi-override;font-feature-settings:\"liga\" 0}"
                "._{display:inline-block;color:transparent;z-index:-1}" + "".join(f"._{i}{{margin-left:{rng.uniform(-3, 3):.6f}px;}}" for i in range(10))
                + ".m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}.w0{width:892.914000px;}.h0{height:1263.375000px;}.w1{width:893.000000px;}.h1{height:1263.500000px;}")
    html = f"""<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<style type="text/css">{base_css}</style>
<style type="text/css">{fonts}{geo}</style>
<script>/* pdf2htmlEX.min.js */(function(){{"use strict";var pdf2htmlEX=window.pdf2htmlEX=window.pdf2htmlEX||{{}};pdf2htmlEX.defaultViewer=new pdf2htmlEX.Viewer({{}});}})();</script>
<title>Microsoft Word - BT so 5-2024.docx</title>
</head>
<body>
<div id="sidebar"><div id="outline"><ul>{outline}</ul></div></div>
<div id="page-container">
{body_pages}
</div>
<div class="loading-indicator"><img alt="" src="data:image/png;base64,{b64blob(rng, 1800)}"/></div>
</body>
</html>"""
    arts = [b for b in A15.blocks if b[0] != "raw"]
    art = Art(A15.title, A15.lead, arts)
    return dict(family="pdf2htmlex_bulletin", name="namdinh-ban-tin-chi-bo-line-divs-word-title-no-date", url=url,
                content_type="text/html", html=html,
                expected=expected(art, None, author="Vũ Hồng Quân", photographer="Vũ Hồng Quân"),
                traps={"bylines": ["Bài, ảnh: Vũ Hồng Quân"], "toc": ["TRONG SỐ NÀY:"] + [t for t, _ in TOC15[1:]],
                       "tinvan": ["TIN VẮN"] + TINVAN,
                       "chrome": ["BẢN TIN SINH HOẠT CHI BỘ · Số 5 - Tháng 5/2024", "THÀNH ỦY NAM ĐỊNH - BAN TUYÊN GIÁO",
                                  "Microsoft Word - BT so 5-2024.docx", "Lưu hành nội bộ"]},
                notes="A PDF bulletin converted with pdf2htmlEX and served as an HTML page: every printed LINE is an absolutely "
                      "positioned div.t (no <p>, no headings), some word gaps are <span class=\"_ _N\"> </span>, fonts and page "
                      "backgrounds are base64 blobs, the photo is part of the background image (its caption is a text line). "
                      "<title> is the PDF's 'Microsoft Word - BT so 5-2024.docx'. Page 1: masthead, 'TRONG SỐ NÀY:' table of "
                      "contents, then the article (2-line title in the big font, bold lead lines). The article continues on page 2 "
                      "after the running header ('BẢN TIN SINH HOẠT CHI BỘ · Số 5 - Tháng 5/2024') and page number '1'; "
                      "paragraphs are the re-joined lines (no paragraph straddles the page break). 'Bài, ảnh: Vũ Hồng Quân' → "
                      "author = photographer; the 'TIN VẮN' items after it are another block. Only 'Tháng 5/2024' is printed → "
                      "published_at null. No category. Headers declare nothing but the page's <meta charset>.",
                readme="pdf2htmlEX-converted PDF bulletin; one absolutely-positioned div per printed line, spacer spans, base64 fonts/backgrounds, 'Microsoft Word - …docx' <title>, TOC + running header/page numbers, caption as a text line, no day in the date (null)")


# =====================================================================
A16 = Art(
    "Nông dân Tuy Phong chuyển đổi cây trồng thích ứng hạn hán",
    "Trước tình hình nắng hạn kéo dài, nhiều nông dân ở huyện Tuy Phong đã mạnh dạn chuyển đổi từ trồng lúa sang các loại cây chịu hạn như nho, táo, măng tây, mang lại hiệu quả kinh tế cao hơn.",
    [
        ("p", "Vụ đông xuân 2023 - 2024, toàn huyện chuyển đổi gần 450 ha đất lúa kém hiệu quả sang trồng cây hàng năm và cây lâu năm. Các xã Phong Phú, Phú Lạc, Vĩnh Hảo là những địa phương có diện tích chuyển đổi lớn nhất."),
        ("p", "Gia đình ông Đặng Văn Tư ở thôn Lạc Trị, xã Phú Lạc có 6 sào ruộng thường xuyên thiếu nước. Năm 2022, ông chuyển sang trồng táo, đầu tư hệ thống tưới nhỏ giọt. Đến nay, mỗi năm vườn táo cho thu hoạch hai vụ, lãi gần 150 triệu đồng."),
        ("img", "/epaper/2024/05/17/trang3/anh-vuon-tao.jpg", "Ông Đặng Văn Tư chăm sóc vườn táo áp dụng tưới nhỏ giọt"),
        ("p", "Không chỉ cây táo, cây nho và măng tây xanh cũng được nhiều hộ lựa chọn. Những loại cây này cần ít nước hơn cây lúa từ 40 - 60%, phù hợp với điều kiện khí hậu khô nóng của vùng đất cực Nam Trung Bộ."),
        ("p", "Theo ông Nguyễn Hữu Phước, Trưởng Phòng Nông nghiệp và Phát triển nông thôn huyện, thời gian tới huyện sẽ tiếp tục hỗ trợ nông dân chuyển đổi theo quy hoạch, gắn với liên kết tiêu thụ sản phẩm, tránh tình trạng chuyển đổi tự phát."),
    ])
OTHER16 = ["Giá thanh long giảm mạnh, nông dân lo lắng", "Phan Rí Cửa khởi công cảng cá mới", "Nuôi tôm công nghệ cao ở Hòa Thắng",
           "Doanh nghiệp du lịch chuẩn bị cho mùa hè 2024"]


def page16():
    rng = random.Random("epaper-thuanhai-16")
    pub = T("2024-05-17")
    host = "https://baothuanhai.vn"
    url = f"{host}/epaper/2024-05-17/so-4512/trang-3/bai-1"
    issues = ["Số 4.511 - Thứ Năm, 16/5/2024", "Số 4.510 - Thứ Tư, 15/5/2024", "Số 4.509 - Thứ Ba, 14/5/2024", "Số 4.508 - Thứ Hai, 13/5/2024", "Số 4.507 - Thứ Bảy, 11/5/2024"]
    pages = [("Trang 1", "Thời sự"), ("Trang 2", "Chính trị"), ("Trang 3", "Kinh tế"), ("Trang 4", "Xã hội"), ("Trang 5", "Văn hóa - Thể thao"),
             ("Trang 6", "Pháp luật"), ("Trang 7", "Quốc tế"), ("Trang 8", "Quê hương")]
    areas = "".join(f'<area shape="rect" coords="{rng.randint(20, 400)},{rng.randint(20, 1200)},{rng.randint(400, 800)},{rng.randint(1200, 1500)}" href="/epaper/2024-05-17/so-4512/trang-3/bai-{i + 2}" title="{esc(t, True)}" alt="{esc(t, True)}">' for i, t in enumerate(OTHER16))
    body = A16.render(p=lambda t: f'<p class="ep-p">{esc(t)}</p>',
                      img=lambda s, c, n: f'<div class="ep-photo"><img src="{s}" alt=""><div class="ep-photo-cap">{esc(c)}</div></div>')
    thumbs = "".join(f'<li class="{"active" if n == "Trang 3" else ""}"><a href="/epaper/2024-05-17/so-4512/{slug(n)}"><img src="/epaper/2024/05/17/thumb/{slug(n)}.jpg" alt="{n}"><span>{n}</span></a></li>' for n, _ in pages)
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>Báo in - Báo Thuận Hải</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/epaper/assets/css/epaper.css?v=2.1">
<link rel="stylesheet" href="/epaper/assets/css/turn.css">
<style>{css(rng, "ep", 240)}</style><!--PAD-->
<script>var EP={{issue:4512,date:"2024-05-17",page:3,article:1,uploaded:"2024-05-16 22:10:37",pdf:"/epaper/2024/05/17/pdf/trang-3.pdf"}};</script>
</head>
<body class="epaper">
<header class="ep-header"><h1 class="ep-logo"><a href="/">BÁO THUẬN HẢI</a></h1><span class="ep-slogan">Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Thuận Hải</span>
<nav class="ep-top"><a href="/">Báo điện tử</a> <a href="/epaper" class="active">Báo in</a> <a href="/epaper/thuan-hai-cuoi-tuan">Thuận Hải Cuối tuần</a> <a href="/dat-bao">Đặt báo</a></nav></header>
<div class="ep-issuebar"><form class="ep-issue-select"><label>Chọn số báo:</label><select name="issue"><option selected>Số 4.512 - Thứ Sáu, 17/5/2024</option>{"".join(f"<option>{x}</option>" for x in issues)}</select></form>
<div class="ep-issue-current"><b>Số 4.512</b> · Thứ Sáu, 17/5/2024</div>
<div class="ep-upload">Đưa lên lúc 22:10 16/05/2024</div></div>
<ul class="ep-thumbs">{thumbs}</ul>
<div class="ep-main"><div class="ep-page-view"><div class="ep-page-title">Trang 3 - Kinh tế</div>
<img src="/epaper/2024/05/17/trang3/page.jpg" usemap="#page3map" alt="Trang 3" class="ep-page-img"><map name="page3map">{areas}</map>
<div class="ep-page-tools"><a href="/epaper/2024/05/17/pdf/trang-3.pdf">Tải PDF trang 3</a> <a href="#" class="zoom-in">Phóng to</a> <a href="#" class="zoom-out">Thu nhỏ</a> <a href="#" class="fullscreen">Toàn màn hình</a></div></div>
<div class="ep-reader"><div class="ep-reader-head"><span class="ep-reader-page">Trang 3 · Kinh tế</span> <a class="ep-close" href="/epaper/2024-05-17/so-4512/trang-3">×</a></div>
<div class="ep-article">
<div class="ep-title"><strong>{esc(A16.title)}</strong></div>
<div class="ep-sapo"><b>{esc(A16.lead)}</b></div>
{body}
<p class="ep-p" style="text-align:right"><b>N.T.H</b></p>
</div>
<div class="ep-others"><div class="ep-others-title">Bài khác trên trang này</div><ul>{"".join(f'<li><a href="/epaper/2024-05-17/so-4512/trang-3/bai-{i + 2}">{esc(t)}</a></li>' for i, t in enumerate(OTHER16))}</ul></div>
<div class="ep-nav"><a href="/epaper/2024-05-17/so-4512/trang-2">« Trang 2 - Chính trị</a> <a href="/epaper/2024-05-17/so-4512/trang-4">Trang 4 - Xã hội »</a></div>
</div></div>
<footer class="ep-footer"><p><strong>BÁO THUẬN HẢI</strong> - Tổng Biên tập: Lê Minh Trí</p><p>Tòa soạn: 64 Hải Thượng Lãn Ông, TP Phan Thiết, tỉnh Thuận Hải. Điện thoại: 0252.3822.340</p><p>Giấy phép xuất bản số 88/GP-BTTTT. In tại Công ty In Thuận Hải.</p><p>Giá: 4.000 đồng</p></footer>
<script src="/epaper/assets/js/jquery.min.js"></script><script src="/epaper/assets/js/turn.min.js"></script><script>{js(rng, 40, "ep")}</script>
</body>
</html>"""
    html = pad(html, rng, 92, "ep-x")
    return dict(family="epaper_clip", name="thuanhai-bao-in-issue-date-vs-upload-initials-header-charset", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A16, isod(pub), author="N.T.H", category="Kinh tế"),
                traps={"bylines": ["N.T.H"], "related": OTHER16,
                       "chrome": ["Bài khác trên trang này", "Tải PDF trang 3", "Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Thuận Hải",
                                  "Giá: 4.000 đồng"],
                       "dates": ["Đưa lên lúc 22:10 16/05/2024", "Số 4.511 - Thứ Năm, 16/5/2024", "2024-05-16 22:10:37"]},
                notes="E-paper (báo in điện tử) article view: page image with an image map (areas titled with the other articles), "
                      "page thumbnails, issue selector, and a reader panel with the OCR/typeset text. No <meta charset>: UTF-8 is "
                      "declared only in the HTTP header (content_type). h1 = newspaper name; title in div.ep-title > strong; "
                      "<title> generic 'Báo in - Báo Thuận Hải'. Dates: the issue date 'Số 4.512 · Thứ Sáu, 17/5/2024' is the "
                      "publication date (date only); 'Đưa lên lúc 22:10 16/05/2024' is the upload time of the page the evening "
                      "before → a trap, not published/updated. Byline = initials 'N.T.H' (bold, right) kept as printed. "
                      "Category = the page section 'Kinh tế' ('Trang 3 - Kinh tế').",
                readme="E-paper article clip; charset only in the HTTP header, h1 = paper name, title in div>strong, issue date vs evening-before 'Đưa lên lúc' upload stamp, initials byline 'N.T.H', page-section category, image-map areas with other titles")


PAGES = [page13, page14, page15, page16]
