"""A political-science magazine (Tạp chí) and a CMC-built Sở portal with a short notice."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, doc_titles, dump, esc, expected,
                     fake_min_js, ga_snippet, headlines, hexid, hm, iso_date, iso_min, menu_tree,
                     MINISTRIES, NOTICE_TITLES, alnum, b64blob, wd, days_before, slugify, svg_sprite)


# =====================================================================
# Page 21: Tạp chí Thông tin Khoa học Chính trị (Trường Chính trị Nghệ An)
# =====================================================================
ART21 = Art(
    "Đổi mới phương thức lãnh đạo của chi bộ thôn, bản ở các huyện miền núi tỉnh Nghệ An hiện nay",
    "Bài viết phân tích vai trò, thực trạng phương thức lãnh đạo của chi bộ thôn, bản ở các huyện miền núi tỉnh "
    "Nghệ An, từ đó đề xuất một số giải pháp nhằm đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức "
    "chiến đấu của chi bộ trong giai đoạn hiện nay.",
    [
        ("h", "1. Vai trò của chi bộ thôn, bản trong hệ thống chính trị cơ sở"),
        ("p", "Chi bộ thôn, bản là hạt nhân chính trị ở địa bàn dân cư, trực tiếp lãnh đạo thực hiện các chủ trương "
              "của Đảng, chính sách, pháp luật của Nhà nước ở cơ sở. Ở các huyện miền núi phía Tây Nghệ An như Kỳ "
              "Sơn, Tương Dương, Con Cuông, Quế Phong, Quỳ Châu, nơi đồng bào dân tộc thiểu số chiếm tỷ lệ lớn, địa "
              "bàn rộng, giao thông cách trở, vai trò của chi bộ càng trở nên quan trọng, bởi đây là cầu nối gần "
              "nhất giữa Đảng với Nhân dân."),
        ("p", "Điều lệ Đảng và các quy định của Trung ương đã xác định rõ chức năng, nhiệm vụ của chi bộ trực thuộc "
              "đảng ủy cơ sở. Tuy nhiên, thực tiễn cho thấy năng lực lãnh đạo của chi bộ thôn, bản không chỉ phụ "
              "thuộc vào quy định mà còn phụ thuộc lớn vào phương thức lãnh đạo, tức là cách thức chi bộ ra nghị "
              "quyết, tổ chức thực hiện và kiểm tra, giám sát việc thực hiện nghị quyết."),
        ("h", "2. Thực trạng phương thức lãnh đạo của chi bộ thôn, bản"),
        ("p", "Những năm gần đây, các chi bộ thôn, bản ở miền núi Nghệ An đã có nhiều chuyển biến trong đổi mới "
              "phương thức lãnh đạo. Nhiều chi bộ đã chú trọng lựa chọn vấn đề trọng tâm để ra nghị quyết chuyên "
              "đề; phân công đảng viên phụ trách hộ gia đình; gắn nghị quyết của chi bộ với hương ước, quy ước của "
              "cộng đồng. Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên năm sau cao hơn năm trước."),
        ("img", "/uploads/tapchi/2024/06/chi-bo-ban-ky-son.jpg",
         "Một buổi sinh hoạt của chi bộ bản ở huyện Kỳ Sơn"),
        ("p", "Bên cạnh đó, phương thức lãnh đạo ở không ít chi bộ vẫn còn những hạn chế. Nghị quyết của chi bộ có "
              "nơi còn chung chung, sao chép nghị quyết cấp trên, thiếu giải pháp cụ thể; việc phân công nhiệm vụ "
              "cho đảng viên chưa gắn với năng lực, sở trường; công tác kiểm tra, giám sát thực hiện nghị quyết chưa "
              "thường xuyên. Một bộ phận bí thư chi bộ tuổi cao, trình độ hạn chế, lúng túng trong điều hành sinh "
              "hoạt và vận dụng chủ trương vào điều kiện cụ thể của bản."),
        ("p", "Nguyên nhân của những hạn chế trên có cả khách quan và chủ quan: điều kiện kinh tế - xã hội còn nhiều "
              "khó khăn, dân cư phân tán; đội ngũ đảng viên ở nhiều bản còn mỏng, có bản chưa có đảng viên; chế độ, "
              "chính sách đối với bí thư chi bộ chưa tương xứng với trách nhiệm; sự hướng dẫn của một số đảng ủy xã "
              "đối với chi bộ chưa sâu sát."),
        ("h", "3. Một số giải pháp đổi mới phương thức lãnh đạo"),
        ("p", "Một là, nâng cao chất lượng ban hành nghị quyết của chi bộ. Nghị quyết cần ngắn gọn, tập trung vào một "
              "số vấn đề bức thiết, dễ hiểu, dễ nhớ, dễ thực hiện; xác định rõ người chịu trách nhiệm, thời gian hoàn "
              "thành và sản phẩm cụ thể. Đối với các bản đồng bào dân tộc thiểu số, cần phổ biến nghị quyết bằng "
              "tiếng dân tộc, thông qua già làng, trưởng bản, người có uy tín."),
        ("p", "Hai là, đổi mới cách thức tổ chức thực hiện nghị quyết, phát huy vai trò tiên phong, gương mẫu của "
              "đảng viên theo phương châm “đảng viên đi trước, làng nước theo sau”. Mỗi đảng viên phụ trách một nhóm "
              "hộ, trực tiếp tuyên truyền, vận động và làm mẫu trong phát triển kinh tế, giữ gìn an ninh trật tự."),
        ("p", "Ba là, tăng cường công tác kiểm tra, giám sát của chi bộ đối với việc thực hiện nghị quyết, coi đây là "
              "khâu không thể thiếu trong phương thức lãnh đạo. Định kỳ hằng quý, chi bộ cần dành thời gian đánh giá "
              "tiến độ, kịp thời điều chỉnh những nội dung không phù hợp."),
        ("p", "Bốn là, chú trọng xây dựng đội ngũ bí thư chi bộ có bản lĩnh, uy tín, am hiểu phong tục, tập quán của "
              "đồng bào; đồng thời nghiên cứu bổ sung chế độ phụ cấp, bồi dưỡng phù hợp để bí thư chi bộ yên tâm "
              "công tác."),
        ("h", "4. Kết luận"),
        ("p", "Đổi mới phương thức lãnh đạo của chi bộ thôn, bản ở các huyện miền núi là yêu cầu khách quan, có ý "
              "nghĩa quyết định đến việc nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng. Thực "
              "hiện đồng bộ các giải pháp nêu trên sẽ góp phần củng cố niềm tin của đồng bào các dân tộc đối với "
              "Đảng, thúc đẩy phát triển kinh tế - xã hội bền vững ở miền Tây Nghệ An."),
    ])

REFS21 = [
    "Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb Chính trị quốc gia Sự thật, Hà Nội, 2021.",
    "Ban Chấp hành Trung ương: Chỉ thị số 10-CT/TW ngày 30/3/2007 về nâng cao chất lượng sinh hoạt chi bộ.",
    "Tỉnh ủy Nghệ An: Báo cáo tổng kết công tác xây dựng Đảng năm 2023, Vinh, 2024.",
]
OTHER21 = [
    "Phát huy vai trò người có uy tín trong đồng bào Thái ở miền Tây Nghệ An",
    "Nâng cao chất lượng bồi dưỡng lý luận chính trị cho đảng viên mới",
    "Vận dụng tư tưởng Hồ Chí Minh về dân vận trong xây dựng nông thôn mới",
    "Một số vấn đề về đánh giá cán bộ theo kết quả, sản phẩm cụ thể",
    "Công tác tuyên truyền miệng ở cơ sở trong bối cảnh chuyển đổi số",
    "Xây dựng đội ngũ giảng viên trường chính trị cấp tỉnh đáp ứng yêu cầu chuẩn hóa",
]


def page21():
    rng = random.Random("tapchi-nghean-21")
    pub = T("2024-06-20")
    host = "https://tapchi.truongchinhtri.nghean.gov.vn"
    url = f"{host}/bai-viet/doi-moi-phuong-thuc-lanh-dao-cua-chi-bo-thon-ban-o-cac-huyen-mien-nui-tinh-nghe-an-1245.html"
    author, unit = "Nguyễn Thị Lan Hương", "Trường Chính trị tỉnh Nghệ An"

    def img(src, cap, alt, n):
        return (f'<table class="image center" align="center" border="0" cellpadding="3" cellspacing="0"><tbody>'
                f'<tr><td><img src="{src}" alt="{alt}" width="560"></td></tr><tr><td class="image_desc">{cap}</td></tr></tbody></table>')

    body = ART21.render(p=lambda t: f'<p style="text-align:justify">{t}</p>',
                        h=lambda t: f'<p style="text-align:justify"><strong>{t}</strong></p>', img=img)
    issues = "".join(f'<li><a href="/so/{y}-{n}">Số {n} ({100 + 4 * (y - 2021) + n}) - {y}</a></li>' for y in (2024, 2023, 2022) for n in (4, 3, 2, 1))
    other = "".join(f'<li><a href="/bai-viet/{slugify(t)}-{1240 - i}.html">{esc(t)}</a><span class="au">{esc(a)}</span></li>'
                    for i, (t, a) in enumerate(zip(OTHER21, ["Lê Văn Hòa", "Trần Thị Mai", "Hồ Sỹ Thắng", "Phan Thanh Bình", "Đặng Thị Thu", "Võ Văn Kiên"])))
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(ART21.title)} - Tạp chí Thông tin Khoa học Chính trị</title>
<meta name="citation_title" content="{esc(ART21.title, attr=True)}">
<meta name="citation_author" content="{esc(author, attr=True)}">
<meta name="citation_publication_date" content="2024/06/20">
<meta name="citation_journal_title" content="Thông tin Khoa học Chính trị">
<meta name="citation_issue" content="3">
<link rel="stylesheet" href="/assets/css/journal.css?v=2.3">
<style>{css_blob(rng, "tc", 260)}</style>
{ga_snippet(rng)}
</head>
<body class="journal article-page">
<header class="jr-header"><div class="wrap"><a href="/" class="jr-logo"><img src="/assets/img/logo-tapchi.png" alt="Tạp chí Thông tin Khoa học Chính trị"></a>
<div class="jr-name"><p class="jr-org">TRƯỜNG CHÍNH TRỊ TỈNH NGHỆ AN</p><p class="jr-title">THÔNG TIN KHOA HỌC CHÍNH TRỊ</p><p class="jr-issn">ISSN 2734-xxxx</p></div></div>
<nav class="jr-nav"><div class="wrap"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/chuyen-muc/ly-luan-thuc-tien">Lý luận - Thực tiễn</a><a href="/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a><a href="/chuyen-muc/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a><a href="/chuyen-muc/kinh-nghiem-dia-phuong">Kinh nghiệm địa phương</a><a href="/the-le">Thể lệ gửi bài</a><a href="/lien-he">Liên hệ</a></div></nav></header>
<main class="wrap jr-main">
<div class="jr-path"><a href="/">Trang chủ</a> / <a href="/so/2024-3">Số 3 (112) - 2024</a> / <a href="/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a></div>
<article class="jr-article">
<div class="jr-issue">Số 3 (112) - 2024 · Chuyên mục: Xây dựng Đảng</div>
<h1 class="jr-article-title">{esc(ART21.title)}</h1>
<div class="jr-author"><span class="degree">ThS.</span> <b class="name">{esc(author)}</b><br><i class="affil">{esc(unit)}</i></div>
<div class="jr-dates">Ngày nhận bài: 15/4/2024 · Ngày phản biện: 10/5/2024 · Ngày xuất bản: {dmy(pub)}</div>
<div class="jr-abstract"><span class="label">Tóm tắt:</span><p>{esc(ART21.lead)}</p></div>
<div class="jr-keywords"><span class="label">Từ khóa:</span> chi bộ thôn, bản; phương thức lãnh đạo; miền núi; Nghệ An.</div>
<div class="jr-body">
{body}
</div>
<div class="jr-refs"><h3>Tài liệu tham khảo</h3><ol>{"".join(f"<li>{esc(r)}</li>" for r in REFS21)}</ol></div>
<div class="jr-tools"><a href="/bai-viet/1245/pdf">Tải bản PDF</a> · <a href="javascript:window.print()">In bài</a> · Lượt xem: 356 · Lượt tải: 41</div>
</article>
<section class="jr-other"><h2>Các bài viết khác trong số</h2><ul>{other}</ul></section>
</main>
<aside class="wrap jr-side"><h3>Các số đã xuất bản</h3><ul>{issues}</ul><h3>Liên kết</h3><ul>{"".join(f'<li><a href="https://{slugify(m)[:16]}.vn">{esc(m)}</a></li>' for m in MINISTRIES)}</ul></aside>
<footer class="jr-footer"><div class="wrap"><p>TẠP CHÍ THÔNG TIN KHOA HỌC CHÍNH TRỊ - TRƯỜNG CHÍNH TRỊ TỈNH NGHỆ AN</p><p>Giấy phép xuất bản số 08/GP-XBBT. Địa chỉ: Số 2 đường Trường Thi, TP Vinh, Nghệ An.</p></div></footer>
<script>{fake_min_js(rng, 40, "journal")}</script>
</body>
</html>
"""
    return dict(
        family="magazine", name="nghean-tapchi-chi-bo-subheads-refs", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART21, published=iso_date(pub), author=author, author_unit=unit, category="Xây dựng Đảng"),
        traps={"bylines": [unit], "related": OTHER21,
               "chrome": ["Tài liệu tham khảo", REFS21[0], "Tóm tắt:", "Từ khóa:", "Ngày nhận bài: 15/4/2024"]},
        notes="Academic magazine article (Tạp chí of a provincial Trường Chính trị). Long text with numbered bold "
              "sub-heading paragraphs (body). Author printed as 'ThS. <name>' with the affiliation on the next "
              "line → author is the name (degree dropped), author_unit the school. The 'Tóm tắt:' abstract is the "
              "lead (label excluded); 'Từ khóa:' keywords and the 'Tài liệu tham khảo' list are not body. Three "
              "dates printed (received 15/4, reviewed 10/5, published 20/06/2024) — only the publication date "
              "counts, no time. Caption in table td.image_desc. Category = last crumb after the issue crumb.",
        readme="Magazine (Tạp chí); degree-prefixed author + affiliation line, abstract as lead, numbered "
               "sub-heads, references list, three dates",
    )


# =====================================================================
# Page 22: Sở Nội vụ Hậu Giang on a CMC portal — a short notice beside long teasers
# =====================================================================
ART22 = Art(
    "Thông báo lịch tiếp công dân định kỳ tháng 12/2024 của Giám đốc Sở Nội vụ",
    None,
    [
        ("p", "Thực hiện Luật Tiếp công dân năm 2013 và Quy chế tiếp công dân của Sở Nội vụ, Giám đốc Sở Nội vụ "
              "thông báo lịch tiếp công dân định kỳ tháng 12/2024 như sau:"),
        ("p", "Thời gian: Từ 7 giờ 30 phút đến 11 giờ 00 phút, ngày 16/12/2024 (thứ Hai)."),
        ("p", "Địa điểm: Phòng Tiếp công dân, Sở Nội vụ tỉnh Hậu Giang, số 09 đường Trần Hưng Đạo, phường V, "
              "thành phố Vị Thanh."),
        ("p", "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung khiếu nại, tố "
              "cáo, kiến nghị, phản ánh. Trường hợp Giám đốc Sở bận công tác đột xuất, việc tiếp công dân sẽ do Phó "
              "Giám đốc Sở được ủy quyền thực hiện."),
    ])

TEASERS22 = [
    ("Sở Nội vụ tổ chức hội nghị tập huấn công tác thi đua, khen thưởng năm 2024",
     "Nhằm nâng cao chất lượng công tác thi đua, khen thưởng, ngày 28/11, Sở Nội vụ phối hợp với Ban Thi đua - "
     "Khen thưởng tỉnh tổ chức hội nghị tập huấn cho gần 200 cán bộ làm công tác thi đua, khen thưởng tại các sở, "
     "ban, ngành, đoàn thể tỉnh và UBND các huyện, thị xã, thành phố. Tại hội nghị, các đại biểu được quán triệt "
     "những điểm mới của Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành, đồng thời trao đổi "
     "những khó khăn, vướng mắc trong quá trình xét, đề nghị khen thưởng ở cơ sở."),
    ("Hậu Giang triển khai sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025",
     "UBND tỉnh vừa ban hành kế hoạch thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - "
     "2025, trong đó giao Sở Nội vụ chủ trì, phối hợp với các địa phương rà soát tiêu chuẩn về diện tích tự "
     "nhiên, quy mô dân số của từng đơn vị hành chính, xây dựng đề án, tổ chức lấy ý kiến cử tri và giải quyết "
     "chế độ, chính sách đối với cán bộ, công chức dôi dư sau sắp xếp bảo đảm đúng quy định, công khai, minh bạch."),
    ("Kết quả thi tuyển công chức hành chính tỉnh Hậu Giang năm 2024",
     "Hội đồng thi tuyển công chức tỉnh đã hoàn thành việc chấm thi vòng 2 và công bố kết quả thi tuyển công "
     "chức hành chính năm 2024. Có 146 thí sinh trúng tuyển vào làm việc tại các cơ quan hành chính cấp tỉnh, "
     "cấp huyện. Thí sinh trúng tuyển hoàn thiện hồ sơ theo quy định và nộp về Sở Nội vụ trong thời hạn 30 ngày "
     "kể từ ngày nhận được thông báo kết quả để thực hiện các thủ tục tuyển dụng."),
]


def page22():
    rng = random.Random("cmc-haugiang-22")
    prov = "Hậu Giang"
    pub = T("2024-12-02 10:05")
    host = "https://sonoivu.haugiang.gov.vn"
    url = f"{host}/thong-bao/chi-tiet/thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-2024-cua-giam-doc-so-noi-vu-2367"
    tree = menu_tree(rng, prov, "gov", base="", n_communes=8, ext="")
    heads = headlines(rng, 20, prov, exclude=[ART22.title], avoid=ART22.body)
    dts = days_before(pub, rng, 20, 0, 15)
    body = ART22.render(p=lambda t: f'<p style="text-align:justify">{t}</p>')
    nav = "".join(f'<li class="cmc-menu__item"><a href="{u}">{esc(l)}</a><ul class="cmc-menu__sub">' +
                  "".join(f'<li><a href="{ku}">{esc(kl)}</a>' + ("<ul>" + "".join(f'<li><a href="{gu}">{esc(gl)}</a></li>' for gl, gu in gk) + "</ul>" if gk else "") + "</li>"
                          for kl, ku, gk in kids) + "</ul></li>" for l, u, kids in tree)
    teasers = "".join(
        f'<div class="news-block__item"><a class="news-block__img" href="/tin-tuc/chi-tiet/{slugify(t)}-{2360 - i}"><img src="/Uploads/thumbs/{hexid(rng, 10)}.jpg" alt=""></a>'
        f'<h3 class="news-block__title"><a href="/tin-tuc/chi-tiet/{slugify(t)}-{2360 - i}">{esc(t)}</a></h3>'
        f'<div class="news-block__date">{dmy(d)}</div><div class="news-block__desc">{esc(s)}</div></div>'
        for i, ((t, s), d) in enumerate(zip(TEASERS22, dts)))
    others = "".join(f'<li><a href="/thong-bao/chi-tiet/{slugify(t)}-{2300 + i}">{esc(t)}</a> <span>({dmy(d)})</span></li>'
                     for i, (t, d) in enumerate(zip([n for n in NOTICE_TITLES if "tiếp công dân" not in n], dts[3:])))
    more = "".join(f'<li><a href="/tin-tuc/chi-tiet/{slugify(t)}-{2200 + i}">{esc(t)}</a></li>' for i, t in enumerate(heads[:10]))
    docs = "".join(f'<li><a href="/van-ban/{rng.randint(100, 999)}">{esc(t)}</a></li>' for t in doc_titles(rng, 8))
    token = b64blob(rng, 120)
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Sở Nội vụ tỉnh Hậu Giang</title>
<meta name="author" content="CMC Technology & Solution" />
<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
<link rel="stylesheet" href="/css/cmc-portal.min.css?v={alnum(rng, 43)}" />
<style>{css_blob(rng, "cmc", 420)}</style>
{ga_snippet(rng)}
</head>
<body>
{svg_sprite(rng, 30, "cmc")}
<div class="cmc-topbar"><div class="container"><span>{wd(T('2024-12-05'))}, 05/12/2024</span><span class="float-end"><a href="/Account/Login">Đăng nhập</a> | <a href="/so-do-cong">Sơ đồ cổng</a></span></div></div>
<header class="cmc-header"><div class="container"><a href="/" class="cmc-logo"><img src="/images/logo-snv.png" alt="Sở Nội vụ tỉnh Hậu Giang"><span>SỞ NỘI VỤ TỈNH HẬU GIANG</span></a>
<form class="cmc-search" action="/tim-kiem" method="get"><input name="keyword" placeholder="Nhập từ khóa..." /><button>Tìm</button></form></div>
<nav class="cmc-menu"><div class="container"><ul class="cmc-menu__list">{nav}</ul></div></nav></header>
<div class="container cmc-body">
<div class="cmc-breadcrumb"><a href="/">Trang chủ</a> » <a href="/thong-bao">Thông báo</a></div>
<div class="row">
<div class="col-md-7">
<div class="news-block">
 <div class="news-block__head">Thông báo</div>
 <div class="news-block__body">
  <h1 class="news-block__title news-block__title--detail">{esc(ART22.title)}</h1>
  <div class="news-block__date">{dmy(pub)} {hm(pub)} · Người đăng: Quản trị</div>
  <div class="news-block__content">
{body}
  </div>
  <div class="news-block__attach">Tệp đính kèm: <a href="/Uploads/files/2024/12/TB-tiep-cong-dan-T12.pdf">TB-tiep-cong-dan-T12.pdf</a></div>
 </div>
</div>
<div class="news-block">
 <div class="news-block__head">Thông báo khác</div>
 <div class="news-block__body"><ul>{others}</ul></div>
</div>
</div>
<div class="col-md-5">
<div class="news-block">
 <div class="news-block__head">Tin tức - Sự kiện</div>
 <div class="news-block__body">{teasers}</div>
</div>
<div class="news-block">
 <div class="news-block__head">Tin mới</div>
 <div class="news-block__body"><ul>{more}</ul></div>
</div>
<div class="news-block">
 <div class="news-block__head">Văn bản mới</div>
 <div class="news-block__body"><ul>{docs}</ul></div>
</div>
<div class="news-block"><div class="news-block__head">Liên kết</div><div class="news-block__body">{"".join(f'<a href="https://{slugify(m)[:16]}.gov.vn"><img src="/Uploads/banner/{slugify(m)[:16]}.png" alt="{esc(m, attr=True)}"></a>' for m in MINISTRIES)}</div></div>
<div class="news-block"><div class="news-block__head">Thống kê truy cập</div><div class="news-block__body">{"".join(f"<p>{l}: {v}</p>" for l, v in counter_block(rng))}</div></div>
</div>
</div>
</div>
<footer class="cmc-footer"><div class="container"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH HẬU GIANG</strong></p><p>Địa chỉ: Số 09 Trần Hưng Đạo, phường V, TP Vị Thanh, tỉnh Hậu Giang. Điện thoại: 0293.387x.xxx</p><p>Chịu trách nhiệm chính: Giám đốc Sở Nội vụ. Phát triển bởi CMC TS.</p></div></footer>
<form id="__AjaxAntiForgeryForm" action="#" method="post"><input name="__RequestVerificationToken" type="hidden" value="{token}" /></form>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script>{fake_min_js(rng, 170, "cmcPortal")}</script>
</body>
</html>
"""
    return dict(
        family="cmc_portal", name="haugiang-snv-short-notice-long-teasers", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART22, published=iso_min(pub), author=None, category="Thông báo"),
        traps={"bylines": ["Người đăng: Quản trị"], "related": [t for t, _ in TEASERS22] + heads[:4],
               "chrome": [TEASERS22[0][1], "Tệp đính kèm:", "Thông báo khác"]},
        notes="CMC-built Sở portal: every module is div.news-block with the same head/body/title/date classes. "
              "The article is a SHORT notice (4 short paragraphs) in the left column; the right column's "
              "'Tin tức - Sự kiện' block holds three long teaser summaries that together outweigh it — the "
              "article is still the block with the h1. <title> is only the site name. 'Người đăng: Quản trị' is a "
              "CMS account → author null. Body mentions a future date (16/12/2024) that is not the publication "
              "date. Attachment line is not body.",
        readme="CMC portal; short notice vs longer teaser block sharing the same classes, title=site name, "
               "'Người đăng: Quản trị', no sapo",
    )


PAGES = [page21, page22]
