"""AMP version of a provincial newspaper article, and a bare print view."""
import random

from .common import (Art, T, css_blob, dmy, dump, esc, expected, headlines, hexid, hm, iso_min,
                     alnum, wd, days_before, slugify, b64blob)


# =====================================================================
# Page 19: Báo Đắk Lắk AMP — amp-img, figcaption, small page
# =====================================================================
ART19 = Art(
    "Bí thư Huyện ủy Cư M'gar đối thoại với nông dân về phát triển cà phê bền vững",
    "Chiều 6/12, Ban Thường vụ Huyện ủy Cư M'gar tổ chức hội nghị đối thoại giữa đồng chí Bí thư Huyện ủy với "
    "hơn 200 hội viên nông dân về chủ đề “Phát triển cà phê bền vững gắn với đáp ứng quy định chống phá rừng "
    "của Liên minh châu Âu (EUDR)”.",
    [
        ("p", "Tại hội nghị, nhiều nông dân bày tỏ băn khoăn về việc đo đạc, lập bản đồ vùng trồng, truy xuất nguồn "
              "gốc vườn cà phê để đáp ứng yêu cầu của thị trường châu Âu; đề nghị chính quyền hỗ trợ cấp giấy chứng "
              "nhận quyền sử dụng đất cho các hộ đang canh tác ổn định, hướng dẫn thủ tục vay vốn tái canh và liên "
              "kết tiêu thụ sản phẩm."),
        ("p", "Ông Y Kô Niê, buôn Ea Kiết, xã Ea Kiết cho biết gia đình ông có 2 ha cà phê, đã tham gia tổ hợp tác "
              "sản xuất theo tiêu chuẩn 4C nhưng giá bán chưa chênh lệch nhiều so với cà phê thường, mong muốn có "
              "doanh nghiệp đứng ra bao tiêu với giá ổn định."),
        ("img", "https://cdn.baodaklak.vn/images/2024/12/06/doi-thoai-cumgar.jpg",
         "Nông dân xã Ea Kiết nêu ý kiến tại hội nghị đối thoại"),
        ("p", "Trả lời các ý kiến, đồng chí Bí thư Huyện ủy cho biết, huyện đã phối hợp với các doanh nghiệp xuất "
              "khẩu hoàn thành số hóa bản đồ cho hơn 18.000 ha cà phê, chiếm khoảng 48% diện tích toàn huyện; trong "
              "năm 2025 sẽ tập trung hoàn thành phần diện tích còn lại, ưu tiên các vùng sản xuất tập trung."),
        ("p", "Đồng chí đề nghị Hội Nông dân huyện tiếp tục làm cầu nối giữa nông dân với doanh nghiệp, ngân hàng; "
              "các xã, thị trấn đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất; nông dân mạnh dạn liên kết "
              "trong hợp tác xã, tuân thủ quy trình sản xuất để nâng cao giá trị hạt cà phê."),
        ("p", "Sau hội nghị, các ý kiến chưa được trả lời trực tiếp sẽ được Văn phòng Huyện ủy tổng hợp, chuyển các "
              "cơ quan chức năng xem xét, trả lời bằng văn bản trong thời hạn 30 ngày."),
    ])


def page19():
    rng = random.Random("amp-daklak-19")
    prov = "Đắk Lắk"
    pub = T("2024-12-06 19:30")
    host = "https://baodaklak.vn"
    h7 = hexid(rng, 7)
    path = f"/chinh-tri/202412/bi-thu-huyen-uy-cu-mgar-doi-thoai-voi-nong-dan-ve-phat-trien-ca-phe-ben-vung-{h7}/"
    url = f"{host}/amp{path}"
    heads = headlines(rng, 12, prov, exclude=[ART19.title], avoid=ART19.body)
    dts = days_before(pub, rng, 12, 0, 5)

    def img(src, cap, alt, n):
        return (f'<figure class="fig"><amp-img src="{src}" width="1200" height="800" layout="responsive" alt="{alt}"></amp-img>'
                f'<figcaption class="fig__cap">{cap}</figcaption></figure>')

    body = ART19.render(img=img)
    cats = ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật", "Quốc phòng - An ninh", "Đất và người Tây Nguyên", "Multimedia"]
    related = "".join(
        f'<li class="rel__item"><a href="{host}/amp/chinh-tri/{d.strftime("%Y%m")}/{slugify(t)}-{hexid(rng, 7)}/">'
        f'<amp-img src="https://cdn.baodaklak.vn/thumb/{hexid(rng, 10)}.jpg" width="120" height="80" layout="fixed" alt=""></amp-img>'
        f'<span class="rel__title">{esc(t)}</span></a></li>' for t, d in zip(heads[:8], dts))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": host + path,
          "headline": ART19.title, "datePublished": pub.strftime("%Y-%m-%dT%H:%M:00+07:00"),
          "dateModified": pub.strftime("%Y-%m-%dT%H:%M:00+07:00"),
          "author": {"@type": "Person", "name": "Hoàng Lâm"},
          "image": ["https://cdn.baodaklak.vn/images/2024/12/06/doi-thoai-cumgar.jpg"],
          "publisher": {"@type": "Organization", "name": "Báo Đắk Lắk", "logo": {"@type": "ImageObject", "url": host + "/logo.png"}}}
    html = f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(ART19.title)} | Báo Đắk Lắk điện tử</title>
<link rel="canonical" href="{host}{path}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{dump(ld)}</script>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}}</style></noscript>
<style amp-custom>{css_blob(rng, "amp", 230)}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-{alnum(rng, 10).upper()}","config":{{"G-{alnum(rng, 10).upper()}":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul class="sb">{"".join(f'<li><a href="{host}/amp/{slugify(c)}/">{esc(c)}</a></li>' for c in cats)}</ul></amp-sidebar>
<header class="hdr"><button on="tap:sidebar.toggle" class="hdr__btn" aria-label="Menu">☰</button><a href="{host}/amp/" class="hdr__logo"><amp-img src="{host}/logo.png" width="180" height="40" alt="Báo Đắk Lắk"></amp-img></a></header>
<main class="main">
<div class="crumb"><a href="{host}/amp/chinh-tri/">Chính trị</a></div>
<article class="art">
<h1 class="art__title">{esc(ART19.title)}</h1>
<div class="art__meta"><span class="art__author">Hoàng Lâm</span> · <time datetime="{pub.strftime('%Y-%m-%dT%H:%M:00+07:00')}">{wd(pub)}, {dmy(pub)}, {hm(pub)}</time></div>
<p class="art__sapo"><strong>{esc(ART19.lead)}</strong></p>
<div class="art__body">
{body}
</div>
<div class="art__share"><amp-social-share type="facebook" data-param-app_id="{rng.randint(10 ** 14, 10 ** 15)}" width="36" height="36"></amp-social-share><amp-social-share type="email" width="36" height="36"></amp-social-share><a class="gnews" href="https://news.google.com/publications/{alnum(rng, 30)}">Theo dõi Báo Đắk Lắk trên Google News</a></div>
</article>
<section class="rel"><h2 class="rel__head">Tin liên quan</h2><ul>{related}</ul></section>
<a class="full" href="{host}{path}">Xem phiên bản đầy đủ</a>
</main>
<footer class="ftr"><p>BÁO ĐẮK LẮK - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK LẮK</p><p>Địa chỉ: 22 Lý Thường Kiệt, TP Buôn Ma Thuột. Giấy phép số 35/GP-BTTTT.</p></footer>
</body>
</html>
"""
    return dict(
        family="amp", name="daklak-cumgar-doi-thoai-amp", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART19, published=iso_min(pub), author="Hoàng Lâm", category="Chính trị"),
        traps={"bylines": ["Hoàng Lâm"], "related": heads[:8],
               "chrome": ["Theo dõi Báo Đắk Lắk trên Google News", "Xem phiên bản đầy đủ", "Tin liên quan"]},
        notes="AMP version (<html ⚡>, amp-img instead of img, amp-sidebar menu, single style amp-custom). Small "
              "page. Images only as <amp-img> inside figure/figcaption; apostrophe in the title (Cư M'gar). "
              "One-item crumb 'Chính trị'. Date in <time datetime> + 'Thứ Sáu, 06/12/2024, 19:30'. Author span "
              "above the sapo; 'Theo dõi … trên Google News' and 'Xem phiên bản đầy đủ' are chrome.",
        readme="AMP; amp-img figures, apostrophe title, tiny page with one-level crumb and chrome links",
    )


# =====================================================================
# Page 20: Ban Tổ chức Tỉnh ủy Yên Bái — print view, print date vs update stamp
# =====================================================================
ART20 = Art(
    "Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2024",
    "Ban Tổ chức Tỉnh ủy vừa ban hành văn bản hướng dẫn các cấp ủy, tổ chức đảng trong Đảng bộ tỉnh thực hiện "
    "kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản "
    "lý các cấp năm 2024.",
    [
        ("p", "Theo hướng dẫn, việc kiểm điểm, đánh giá, xếp loại phải được tiến hành thực chất, khách quan, đúng "
              "quy trình; gắn với kết quả thực hiện nhiệm vụ chính trị của địa phương, cơ quan, đơn vị và việc khắc "
              "phục những hạn chế, khuyết điểm đã được chỉ ra qua kiểm điểm năm 2023. Kết quả đánh giá phải có sự "
              "so sánh với các tập thể, cá nhân tương đồng, tránh tình trạng “dĩ hòa vi quý”, nể nang, né tránh."),
        ("p", "Đối với đảng viên, chi bộ căn cứ bản kiểm điểm cá nhân, ý kiến nhận xét của chi ủy nơi cư trú và kết "
              "quả thực hiện nhiệm vụ được giao để đánh giá, xếp loại; tỷ lệ đảng viên được xếp loại “Hoàn thành "
              "xuất sắc nhiệm vụ” không vượt quá 20% số đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên "
              "của chi bộ."),
        ("p", "Thời gian kiểm điểm ở chi bộ hoàn thành trước ngày 31/12/2024; ở các đảng bộ cơ sở, các huyện ủy, thị "
              "ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy hoàn thành trước ngày 15/01/2025. Ban Tổ chức Tỉnh ủy sẽ "
              "tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 25/01/2025."),
        ("p", "Ban Tổ chức Tỉnh ủy đề nghị các cấp ủy chỉ đạo chặt chẽ, gắn kiểm điểm cuối năm với việc thực hiện "
              "Kết luận số 21-KL/TW của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống "
              "chính trị, bảo đảm kết quả kiểm điểm phản ánh đúng chất lượng hoạt động của tổ chức đảng và đảng viên."),
    ])


def page20():
    rng = random.Random("print-yenbai-20")
    upd = T("2024-12-02 08:40")
    printed = T("2024-12-06 09:31")
    host = "https://bantochuc.yenbai.dcs.vn"
    nid = 3821
    url = f"{host}/in-bai-viet/{nid}"
    orig = f"{host}/tin-tuc/to-chuc-can-bo/huong-dan-kiem-diem-danh-gia-xep-loai-chat-luong-to-chuc-dang-dang-vien-nam-2024-{nid}.html"
    body = ART20.render(p=lambda t: f'<p class="MsoNormal" style="text-align:justify;text-indent:36pt">{t}</p>')
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>In bài viết</title>
<meta name="robots" content="noindex, nofollow">
<style>
body{{font-family:"Times New Roman",serif;font-size:14pt;margin:20px 40px;color:#000}}
.print-head{{border-bottom:2px solid #b00;padding-bottom:6px;margin-bottom:14px}}
.print-head .org{{font-weight:bold;color:#b00;font-size:16pt}}
.print-head .printed{{float:right;font-size:10pt;color:#555}}
.print-title{{font-size:18pt;font-weight:bold;margin:10px 0}}
.print-date{{font-size:11pt;color:#444;font-style:italic}}
.print-sapo{{font-weight:bold;margin:10px 0}}
.print-author{{text-align:right;font-weight:bold}}
.print-foot{{border-top:1px solid #999;margin-top:20px;font-size:10pt;color:#555}}
@media print{{.noprint{{display:none}}}}
</style>
</head>
<body onload="window.print()">
<div class="noprint"><a href="javascript:window.print()">[In trang này]</a> <a href="javascript:window.close()">[Đóng cửa sổ]</a></div>
<div class="print-head"><img class="logo" width="48" height="48" alt="" src="data:image/png;base64,{b64blob(rng, 5200)}" style="float:left;margin-right:8px"><span class="printed">In ngày: {dmy(printed)} {hm(printed)}</span><span class="org">BAN TỔ CHỨC TỈNH ỦY YÊN BÁI</span><br><span>Trang thông tin điện tử</span></div>
<div class="print-title">{esc(ART20.title)}</div>
<div class="print-date">Cập nhật lúc {hm(upd)} ngày {dmy(upd)}</div>
<div class="print-sapo">{esc(ART20.lead)}</div>
<div class="print-body">
{body}
</div>
<div class="print-author">Thanh Tùng</div>
<div class="print-foot">Địa chỉ bài viết: {orig}<br>© Ban Tổ chức Tỉnh ủy Yên Bái. Địa chỉ: Đường Hoàng Hoa Thám, TP Yên Bái. Điện thoại: 0216.38xx.xxx</div>
</body>
</html>
"""
    return dict(
        family="print_view", name="yenbai-kiem-diem-print-date", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART20, published=iso_min(upd), author="Thanh Tùng", category=None),
        traps={"bylines": ["Thanh Tùng"], "related": [], "chrome": ["[In trang này]", "[Đóng cửa sổ]", "Địa chỉ bài viết:"]},
        notes="Bare print view (~4 KB, <title>In bài viết</title>, window.print on load). Two stamps: the print "
              "time 'In ngày: 06/12/2024 09:31' at the top (not the article's) and 'Cập nhật lúc 08:40 ngày "
              "02/12/2024' under the title — the only article stamp, so published_at = it and updated_at null. "
              "No breadcrumb, no images; Word-style MsoNormal paragraphs; original URL printed in the footer.",
        readme="Print view; print timestamp vs 'Cập nhật lúc' stamp, no chrome, tiny page",
    )


PAGES = [page19, page20]
