"""Magnolia infographic (Cổng TTĐT Bình Dương), Concrete CMS reader letter (Báo Hà Nam online-style
'Ý kiến bạn đọc'), Craft CMS e-magazine longform (Ban Tuyên giáo Tỉnh ủy Quảng Trị)."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, before, esc, slug, dump, hexid, alnum, b64, guid,
                     expected, css, js, headlines, mega_menu, news_list, footer, counter, ga, pad_to)

# =====================================================================
ART4 = Art(
    "[Infographic] Kinh tế Bình Dương 2 tháng đầu năm 2024",
    "Hai tháng đầu năm 2024, các chỉ tiêu kinh tế chủ yếu của tỉnh tiếp tục phục hồi; kim ngạch xuất khẩu và thu hút vốn đầu tư nước ngoài tăng khá so với cùng kỳ.",
    [
        ("img", "/dam/jcr:5f2c7a10-4b1e-4a9d-9e33-1c0f6b2d8e71/infographic-kinh-te-2-thang-2024.png",
         "Chỉ số sản xuất công nghiệp 2 tháng đầu năm tăng 5,2% so với cùng kỳ; kim ngạch xuất khẩu ước đạt 5,1 tỷ USD, tăng 12,4%; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 52.300 tỷ đồng, tăng 11,6%; thu hút 612 triệu USD vốn đầu tư nước ngoài; thu ngân sách đạt 13.980 tỷ đồng, bằng 20,9% dự toán. (Nguồn: Cục Thống kê tỉnh - Đồ họa: Minh Tâm)"),
    ])


def page4():
    rng = random.Random("magnolia-binhduong-04")
    pub = T("2024-03-06 16:00")
    host = "https://www.binhduong.gov.vn"
    url = f"{host}/tin-tuc/kinh-te/infographic-kinh-te-binh-duong-2-thang-dau-nam-2024.html"
    heads = headlines(rng, 26, "Bến Cát")
    dts = before(pub, rng, 26, 1, 40)
    b = ART4.blocks[0]
    alt = ("Infographic: IIP tăng 5,2%; xuất khẩu 5,1 tỷ USD (+12,4%); bán lẻ 52.300 tỷ đồng (+11,6%); FDI 612 triệu USD; "
           "thu ngân sách 13.980 tỷ đồng (20,9% dự toán).")
    figure = (f'<div class="text-image-component infographic"><figure class="mgnl-image"><a href="{b[1]}" class="lightbox" data-size="1600x5200">'
              f'<img src="{b[1]}/jcr:content/infographic-kinh-te-2-thang-2024.2024-03-06-16-00-12.png" alt="{esc(alt, True)}" '
              f'data-ratio="0.31"></a><figcaption class="longcaption">{esc(b[2])}</figcaption></figure></div>')
    nav = mega_menu(rng, "", "main-navigation", ["TP Thủ Dầu Một", "TP Thuận An", "TP Dĩ An", "TP Tân Uyên", "TP Bến Cát", "TX Tân Uyên", "Bàu Bàng", "Phú Giáo", "Dầu Tiếng", "Bắc Tân Uyên"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ART4.title,
          "datePublished": "2024-03-05T09:00:00", "dateModified": "2024-03-06T16:00:12",
          "author": {"@type": "Organization", "name": "Cổng Thông tin điện tử tỉnh Bình Dương"}, "image": host + b[1]}
    html = f"""<!DOCTYPE html>
<html lang="vi" xml:lang="vi"><head>
<meta charset="UTF-8">
<title>[Infographic] Kinh tế Bình Dương 2 tháng đầu năm 2024 - Cổng Thông tin điện tử tỉnh Bình Dương</title>
<meta name="description" content="{esc(ART4.lead, True)}">
<meta property="og:image" content="{host}{b[1]}">
<link rel="stylesheet" href="/.resources/bd-portal-theme/webresources/css/styles~2024-02-28-10-41-07-000~cache.css">
<script type="application/ld+json">{dump(ld)}</script>
<style>{css(rng, "mg", 220)}</style><!--PAD-->
</head><body class="page-article-infographic">
<div class="header-bar"><span class="current-date">Thứ Ba, 19/03/2024</span><ul class="lang"><li><a href="/">Tiếng Việt</a></li><li><a href="/en/">English</a></li></ul></div>
<header class="site-header"><a href="/" class="logo"><img src="/.resources/bd-portal-theme/webresources/img/logo.svg" alt="Cổng Thông tin điện tử tỉnh Bình Dương"></a>
<nav>{nav}</nav><form action="/tim-kiem.html"><input name="q" placeholder="Tìm kiếm..."></form></header>
<div class="container main-area"><div class="row"><div class="col-lg-8">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc.html">Tin tức</a></li><li><a href="/tin-tuc/kinh-te.html">Kinh tế</a></li></ol>
<div class="article-detail" data-mgnl-node="{guid(rng)}">
<div class="article-tag"><span class="label-infographic">Infographic</span></div>
<h1 class="article-title">{esc(ART4.title)}</h1>
<div class="article-date">{dmy(pub)} {hm(pub)}</div>
<div class="article-lead"><p>{esc(ART4.lead)}</p></div>
<div class="article-body">{figure}</div>
<div class="article-source">Nguồn: Cục Thống kê tỉnh Bình Dương</div>
<div class="article-tools"><a href="#" onclick="window.print()">In trang</a> <a href="#">Chia sẻ</a> <a href="#">Lưu</a></div>
</div>
<div class="related-box"><h2>Infographic khác</h2>{news_list(rng, heads[:9], "/tin-tuc/infographic", dts[:9], lambda d: dmy(d), "related-list")}</div>
</div><div class="col-lg-4 sidebar">
<div class="box"><h3>Chỉ đạo điều hành</h3>{news_list(rng, heads[9:18], "/chi-dao", dts[9:18], lambda d: dmy(d), "side", img=False)}</div>
<div class="box"><h3>Tin mới</h3>{news_list(rng, heads[18:26], "/tin-tuc", dts[18:26], lambda d: dmy(d) + " " + hm(d), "side")}</div>
<div class="box"><h3>Lượt truy cập</h3><ul>{counter(rng)}</ul></div></div></div></div>
<footer>{footer("Cổng Thông tin điện tử tỉnh Bình Dương", "Tầng 16, Tháp A, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP Thủ Dầu Một", "0274.3822.929")}</footer>
<script src="/.resources/bd-portal-theme/webresources/js/vendor.js"></script><script>{js(rng, 40, "mg")}</script>
</body></html>"""
    html = pad_to(html, rng, 92, prefix="mg-pad")
    return dict(family="magnolia", name="binhduong-infographic-text-in-caption-alt", url=url,
                content_type="text/html;charset=UTF-8", encoding="utf-8", html=html,
                expected=expected(ART4, iso(pub), category="Kinh tế"),
                traps={"related": heads[:9], "chrome": ["In trang", "Infographic khác", "Nguồn: Cục Thống kê tỉnh Bình Dương"],
                       "dates": ["2024-03-05T09:00:00", "Thứ Ba, 19/03/2024"]},
                notes="Magnolia CMS (/.resources/ theme, /dam/jcr:<uuid>/ asset URLs, mgnl node attr). Infographic article: the "
                      "only text besides the sapo is the long figcaption (with 'Nguồn … - Đồ họa: Minh Tâm' credit inside) and an alt "
                      "summary. Body = lead only; the figcaption is the caption. 'Đồ họa:' credit inside the caption is not promoted to "
                      "author/photographer. 'Nguồn: Cục Thống kê' line is a source. JSON-LD datePublished is naive and a day early "
                      "(wrong). Title begins with the '[Infographic]' tag as printed.",
                readme="Magnolia; infographic whose numbers exist only in a long figcaption + alt, body = sapo only, '[Infographic]' title prefix, naive wrong JSON-LD date, 'Nguồn:' source line")


# =====================================================================
ART5 = Art(
    "Mong sớm sửa chữa tuyến đường liên xã bị hư hỏng nặng",
    "LTS: Báo nhận được thư của bạn đọc phản ánh tình trạng tuyến đường liên xã Thanh Hải - Thanh Nghị (huyện Thanh Liêm) xuống cấp nghiêm trọng. Báo xin đăng nguyên văn thư và chuyển tới cơ quan chức năng để xem xét, giải quyết.",
    [
        ("p", "Tôi là người dân thôn Đồng Ao, xã Thanh Hải. Tuyến đường liên xã từ thôn Đồng Ao đi xã Thanh Nghị dài khoảng 3,5 km, là đường đi lại chính của hàng nghìn hộ dân và học sinh hai xã. Hơn một năm nay, do xe chở vật liệu xây dựng trọng tải lớn thường xuyên qua lại, mặt đường bị bong tróc, xuất hiện nhiều ổ gà sâu 20 - 30 cm."),
        ("p", "Ngày nắng thì bụi mù mịt, các hộ hai bên đường phải đóng cửa cả ngày; ngày mưa thì nước đọng thành vũng, nhiều người đi xe máy bị ngã, nhất là các cháu học sinh đi học buổi sớm. Chỉ riêng tháng 2 vừa qua, đoạn gần cầu Đồng Ao đã xảy ra 3 vụ ngã xe khiến người bị thương."),
        ("img", "/application/files/8317/1050/2931/duong-lien-xa-thanh-hai.jpg", "Một đoạn đường liên xã Thanh Hải - Thanh Nghị hư hỏng nặng (Ảnh bạn đọc cung cấp)"),
        ("p", "Người dân chúng tôi đã nhiều lần kiến nghị tại các buổi tiếp xúc cử tri, được trả lời là đã có kế hoạch sửa chữa nhưng đến nay vẫn chưa thấy triển khai. Chúng tôi đề nghị các cơ quan chức năng của huyện sớm kiểm tra, có phương án sửa chữa tuyến đường, đồng thời xử lý nghiêm các xe chở quá tải làm hư hỏng đường."),
    ])


def page5():
    rng = random.Random("concrete-hanam-05")
    pub = T("2024-03-18 09:12")
    host = "https://baohanam.com.vn"
    url = f"{host}/y-kien-ban-doc/mong-som-sua-chua-tuyen-duong-lien-xa-bi-hu-hong-nang"
    heads = headlines(rng, 24, "Thanh Liêm")
    dts = before(pub, rng, 24, 1, 30)
    letters = ["Cần xử lý dứt điểm tình trạng đổ trộm rác thải ven đê", "Bạn đọc hỏi về chế độ cho người có công",
               "Đề nghị lắp đèn chiếu sáng đoạn đường qua khu dân cư", "Cảm ơn y, bác sĩ Bệnh viện đa khoa tỉnh"]

    def img(s, c, n):
        return (f'<div class="ccm-custom-style-container"><picture><img src="{s}" alt="#" width="800" height="533" class="ccm-image-block img-fluid bID-{rng.randint(1000, 9999)}"></picture>'
                f'<p style="text-align: center;"><em>{esc(c)}</em></p></div>')

    body = ART5.render(img=img)
    nav = mega_menu(rng, "", "ccm-autonav", ["TP Phủ Lý", "TX Duy Tiên", "TX Kim Bảng", "Thanh Liêm", "Bình Lục", "Lý Nhân"], ext="")
    html = f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<title>Báo Hà Nam :: Mong sớm sửa chữa tuyến đường liên xã bị hư hỏng nặng</title>
<meta name="generator" content="Concrete CMS"/>
<link rel="canonical" href="{url}">
<script type="text/javascript">var CCM_DISPATCHER_FILENAME="/index.php";var CCM_CID={rng.randint(1000, 9999)};var CCM_EDIT_MODE=false;var CCM_ARRANGE_MODE=false;var CCM_IMAGE_PATH="/concrete/images";var CCM_APPLICATION_URL="{host}";var CCM_REL="";var CCM_ACTIVE_LOCALE="vi_VN";var CCM_USER_REGISTERED=false;</script>
<link href="/concrete/css/features/basics/frontend.css?ccm_nocache={hexid(rng, 40)}" rel="stylesheet" type="text/css" media="all">
<style>{css(rng, "ccm", 220)}</style><!--PAD-->
</head><body>
<div class="ccm-page ccm-page-id-{rng.randint(1000, 9999)} page-type-bai-viet page-template-ykien">
<div class="topbar"><span>Hôm nay: Thứ Ba, 19/03/2024</span><a href="/dang-nhap">Đăng nhập</a></div>
<header><div class="logo"><a href="/"><img src="/application/files/logo-bao-ha-nam.png" alt="Báo Hà Nam điện tử"></a></div><nav>{nav}</nav></header>
<main><div class="container"><div class="row"><div class="col-md-8">
<div class="area-breadcrumb"><nav class="ccm-breadcrumb"><a href="/">Trang chủ</a> / <a href="/y-kien-ban-doc">Ý kiến bạn đọc</a></nav></div>
<div class="ccm-block-page-title-wrapper"><h1 class="page-title">{esc(ART5.title)}</h1></div>
<div class="ccm-block-page-attribute-display"><span class="ccm-block-page-attribute-display-label">Ngày đăng:</span> <span>{hm(pub)} {wd(pub)}, {dmy(pub)}</span></div>
<div class="ccm-block-content"><p><em>{esc(ART5.lead)}</em></p>
{body}
<p style="text-align: right;"><strong>Trần Văn Khải</strong><br><em>(Thôn Đồng Ao, xã Thanh Hải, huyện Thanh Liêm)</em></p></div>
<div class="ccm-block-share-this-page"><ul class="list-inline"><li><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a></li><li><a href="mailto:?body={url}">Email</a></li><li><a href="javascript:window.print()">In</a></li></ul></div>
<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Các thư khác</h5></div>
{news_list(rng, letters, "/y-kien-ban-doc", dts[:4], lambda d: "(" + dmy(d) + ")", "ccm-block-page-list-pages", img=False, ext="")}</div>
<form class="ccm-conversation-form"><h5>Gửi ý kiến của bạn</h5><input name="name" placeholder="Họ và tên"><input name="email" placeholder="Email"><textarea name="msg">Nội dung ý kiến...</textarea><button>Gửi</button></form>
</div><div class="col-md-4"><div class="ccm-block-page-list-wrapper"><h5>Tin mới nhất</h5>{news_list(rng, heads[:12], "/tin-tuc", dts[4:16], lambda d: dmy(d), "ccm-block-page-list-pages", ext="")}</div>
<div class="ccm-block-page-list-wrapper"><h5>Đọc nhiều</h5>{news_list(rng, heads[12:22], "/tin-tuc", dts[:10], lambda d: "", "ccm-block-page-list-pages", img=False, ext="")}</div></div></div></div></main>
<footer>{footer("Báo Hà Nam điện tử", "Số 104 đường Biên Hòa, phường Minh Khai, TP Phủ Lý", "0226.3852.771")}</footer></div>
<script src="/concrete/js/jquery.js"></script><script>{js(rng, 45, "ccm")}</script>
</body></html>"""
    html = pad_to(html, rng, 88, prefix="ccm-pad")
    return dict(family="concrete_cms", name="hanam-y-kien-ban-doc-letter-signature", url=url,
                content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
                expected=expected(ART5, iso(pub), author="Trần Văn Khải", category="Ý kiến bạn đọc"),
                traps={"bylines": ["Trần Văn Khải", "(Thôn Đồng Ao, xã Thanh Hải, huyện Thanh Liêm)"],
                       "related": letters + heads[:12], "chrome": ["Gửi ý kiến của bạn", "Các thư khác", "Ngày đăng:"],
                       "dates": ["Hôm nay: Thứ Ba, 19/03/2024"]},
                notes="Concrete CMS 9 (ccm-page, CCM_* JS globals, /application/files/ images). Reader letter ('Ý kiến bạn đọc'): "
                      "italic editor's note 'LTS: …' is the lead; letter paragraphs; signature 'Trần Văn Khải' + italic "
                      "'(Thôn Đồng Ao, xã …)' address at the foot → author, unit null (an address is not a unit). "
                      "Date 'Ngày đăng: 09:12 Thứ Hai, 18/03/2024' (time before weekday). Caption carries '(Ảnh bạn đọc cung cấp)' — "
                      "photographer null. Two-level crumb; comment form.",
                readme="Concrete CMS 9; reader letter with 'LTS:' italic editor's note as lead, signature + address at the foot (author, no unit), time-before-weekday date, comment form")


# =====================================================================
ART6 = Art(
    "Thành cổ Quảng Trị - nơi khắc ghi bản hùng ca bất tử",
    "Hơn nửa thế kỷ đã trôi qua kể từ 81 ngày đêm khốc liệt mùa hè năm 1972, Thành cổ Quảng Trị hôm nay là nơi hằng năm đón hàng chục vạn lượt người về thắp hương tưởng nhớ, là “địa chỉ đỏ” giáo dục truyền thống cách mạng cho thế hệ trẻ.",
    [
        ("h", "Mảnh đất thấm máu và hoa"),
        ("p", "Từ ngày 28/6 đến ngày 16/9/1972, quân và dân ta đã chiến đấu kiên cường bảo vệ Thành cổ và thị xã Quảng Trị. Hàng nghìn chiến sĩ đã anh dũng hy sinh, nhiều người khi tuổi đời mới đôi mươi, để lại bao nỗi nhớ thương cho gia đình, đồng đội."),
        ("img", "/uploads/longform/thanh-co/toan-canh-thanh-co.jpg", "Toàn cảnh Di tích Thành cổ Quảng Trị nhìn từ trên cao"),
        ("raw", '<blockquote class="pullquote">“Đò xuôi Thạch Hãn ơi chèo nhẹ / Đáy sông còn đó bạn tôi nằm”</blockquote>'),
        ("p", "Cựu chiến binh Lê Văn Thắng, 74 tuổi, quê Nam Định, mỗi năm đều trở lại Thành cổ một lần. Ông kể: “Trung đội tôi khi vượt sông Thạch Hãn có 36 người, đến khi rút ra chỉ còn 9. Về đây, tôi như được gặp lại đồng đội”."),
        ("h", "Địa chỉ đỏ của thế hệ trẻ"),
        ("p", "Những năm qua, tỉnh Quảng Trị đã đầu tư tôn tạo khu di tích, xây dựng Đài tưởng niệm trung tâm, nhà trưng bày, hệ thống đèn chiếu sáng và các công trình phụ trợ. Mỗi năm, khu di tích đón hơn 400 nghìn lượt khách, trong đó có nhiều đoàn học sinh, sinh viên, đoàn viên thanh niên."),
        ("img", "/uploads/longform/thanh-co/tha-hoa-dang.jpg", "Thả hoa đăng trên sông Thạch Hãn tri ân các anh hùng liệt sĩ"),
        ("p", "Lễ hội Vì hòa bình được tổ chức định kỳ đã trở thành điểm nhấn văn hóa, góp phần lan tỏa thông điệp khát vọng hòa bình từ mảnh đất từng chịu nhiều đau thương của chiến tranh. Với thế hệ hôm nay, mỗi lần về Thành cổ là một lần được học bài học lịch sử bằng chính cảm xúc của mình."),
    ])


def page6():
    rng = random.Random("craft-quangtri-06")
    pub = T("2024-03-25 06:00")
    host = "https://tuyengiao.quangtri.dcs.vn"
    url = f"{host}/emagazine/thanh-co-quang-tri-noi-khac-ghi-ban-hung-ca-bat-tu"
    heads = headlines(rng, 20, "Triệu Phong")
    dts = before(pub, rng, 20, 1, 40)

    def img(s, c, n):
        return (f'<figure class="lf-figure lf-figure--full"><img src="{s}" srcset="{s.replace(".jpg", "_1200x800_crop_center-center_82_line.jpg")} 1200w" alt="">'
                f'<figcaption class="lf-caption">{esc(c)}</figcaption></figure>')

    def h(t):
        return f'<h2 class="lf-heading">{esc(t)}</h2>'

    body = ART6.render(img=img, h=h, p=lambda t: f'<div class="lf-text"><p>{esc(t)}</p></div>')
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Thành cổ Quảng Trị - nơi khắc ghi bản hùng ca bất tử | Ban Tuyên giáo Tỉnh ủy Quảng Trị</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="E-magazine: Thành cổ Quảng Trị - nơi khắc ghi bản hùng ca bất tử">
<meta property="article:published_time" content="2024-03-24T23:00:00+00:00">
<link rel="stylesheet" href="/dist/css/emagazine.min.css?v={hexid(rng, 8)}">
<style>{css(rng, "lf", 150)}</style><!--PAD-->
</head><body class="template-emagazine">
<div class="emag-topnav"><a href="/" class="emag-logo"><img src="/dist/img/logo-btg.svg" alt="Ban Tuyên giáo Tỉnh ủy Quảng Trị"></a><a href="/emagazine" class="emag-section">E-magazine</a>
<div class="emag-share"><a href="#">Facebook</a><a href="#">Zalo</a></div></div>
<div class="emag-cover" style="background-image:url(/uploads/longform/thanh-co/cover.jpg)"><div class="emag-cover__inner">
<span class="emag-kicker">E-magazine</span>
<h1 class="emag-title">{esc(ART6.title)}</h1>
<div class="emag-credit"><p>Nội dung: Hồ Nguyên Kha, Thanh Trúc</p><p>Ảnh: Trần Tuyên</p><p>Thiết kế: Ngọc Hà</p></div>
<div class="emag-date">{dmy(pub)}</div></div></div>
<article class="emag-body"><div class="lf-sapo"><p>{esc(ART6.lead)}</p></div>
{body}
<div class="lf-end">Ban Tuyên giáo Tỉnh ủy Quảng Trị | {dmy(pub)}</div>
</article>
<section class="emag-more"><h3>E-magazine khác</h3>{news_list(rng, heads[:6], "/emagazine", dts[:6], lambda d: dmy(d), "emag-more-list", ext="")}</section>
<footer class="emag-footer">{footer("Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Quảng Trị", "Số 45 Hùng Vương, TP Đông Hà", "0233.3852.439")}</footer>
<script>window.csrfTokenName="CRAFT_CSRF_TOKEN";window.csrfTokenValue="{b64(rng, 60)}";</script>
<script src="/cpresources/{hexid(rng, 8)}/jquery.js?v={rng.randint(10**9, 10**10)}"></script><script>{js(rng, 70, "lf")}</script>
</body></html>"""
    html = pad_to(html, rng, 84, prefix="lf-pad")
    return dict(family="craft_cms", name="quangtri-emagazine-longform-credit-block", url=url,
                content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
                expected=expected(ART6, iso(pub), author="Hồ Nguyên Kha, Thanh Trúc", photographer="Trần Tuyên", category="E-magazine"),
                traps={"bylines": ["Nội dung: Hồ Nguyên Kha, Thanh Trúc", "Thiết kế: Ngọc Hà"],
                       "related": heads[:6], "chrome": ["E-magazine khác", "Đò xuôi Thạch Hãn ơi chèo nhẹ"],
                       "dates": []},
                notes="Craft CMS e-magazine (longform) template: no breadcrumb, full-screen cover with kicker 'E-magazine', h1 over "
                      "cover, credit block 'Nội dung: A, B / Ảnh: C / Thiết kế: D' before the text, visible date only '25/03/2024'; "
                      "article:published_time '2024-03-24T23:00:00+00:00' is on the previous UTC day but equals 06:00 +07 on the "
                      "visible date and carries an offset → published_at 2024-03-25T06:00+07:00. h2 section "
                      "headings are body paragraphs. A pull-quote (verse) between paragraphs is decoration, not body. Designer "
                      "credit is neither author nor photographer.",
                readme="Craft CMS e-magazine longform; cover h1 + credit block (2 authors, photographer, designer), visible date only + UTC og time on the previous calendar day (= 06:00 +07 on the shown date), h2 section heads in body, pull-quote trap, kicker category, no crumb")


PAGES = [page4, page5, page6]
