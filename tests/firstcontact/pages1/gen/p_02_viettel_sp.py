"""Viettel portal (Java/Spring, jsessionid links) and FPT eGov on SharePoint 2016."""
import random
from datetime import timedelta

from .common import (Art, T, counter_block, css_blob, dmy, doc_titles, dump, esc, expected,
                     fake_min_js, ga_snippet, headlines, hexid, hm, h12, iso_date, iso_min,
                     menu_tree, MINISTRIES, NOTICE_TITLES, alnum, b64blob, svg_sprite, wd,
                     days_before, slugify, viewstate, guid, TICKER_FUTURE, md_html)


# =====================================================================
# Page 3: Ban Dân vận Tỉnh ủy Hà Giang on a Viettel portal — interview
# =====================================================================
ART3 = Art(
    "“Dân vận khéo” phải bắt đầu từ việc lắng nghe dân",
    "Phong trào thi đua “Dân vận khéo” đã lan tỏa rộng khắp các địa bàn, góp phần quan trọng vào thực hiện "
    "các nhiệm vụ chính trị của tỉnh. Phóng viên đã có cuộc trao đổi với đồng chí Lý Thị Hoa, Ủy viên Ban "
    "Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy xung quanh nội dung này.",
    [
        ("q", "Thưa đồng chí, sau hơn 5 năm triển khai, phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh đã "
              "đạt được những kết quả nổi bật nào?"),
        ("p", "**Đồng chí Lý Thị Hoa:** Phong trào đã thực sự đi vào chiều sâu, trở thành phương châm hành động "
              "của cả hệ thống chính trị. Toàn tỉnh đã xây dựng và nhân rộng hơn 2.400 mô hình, điển hình “Dân "
              "vận khéo” trên các lĩnh vực, trong đó nhiều mô hình gắn với giảm nghèo, xây dựng nông thôn mới, "
              "bảo vệ đường biên, cột mốc. Điều đáng mừng là người dân ngày càng tin tưởng, chủ động tham gia; "
              "nhiều hộ đã tự nguyện hiến đất, góp công làm đường, xây dựng nhà văn hóa thôn."),
        ("p", "Ở huyện Đồng Văn, mô hình vận động đồng bào Mông bỏ tục lệ lạc hậu trong việc cưới, việc tang "
              "đã giúp giảm đáng kể chi phí cho người dân; tại huyện Bắc Quang, mô hình dồn điền, đổi thửa giúp "
              "hình thành nhiều vùng sản xuất cam, chè tập trung, nâng cao thu nhập cho hàng nghìn hộ."),
        ("q", "Theo đồng chí, đâu là yếu tố quyết định để một mô hình “Dân vận khéo” phát huy hiệu quả bền vững?"),
        ("p", "**Đồng chí Lý Thị Hoa:** Tôi cho rằng trước hết phải xuất phát từ nhu cầu thực tế, lợi ích chính "
              "đáng của người dân. Cán bộ phải “nghe dân nói, nói dân hiểu, làm dân tin”, không áp đặt, không "
              "chạy theo thành tích. Cùng với đó là vai trò nêu gương của người đứng đầu cấp ủy, chính quyền và sự "
              "vào cuộc của người có uy tín trong cộng đồng, nhất là già làng, trưởng thôn, trưởng dòng họ."),
        ("img", "/uploads/2024/03/11/lung-cu-dan-van.jpg",
         "Cán bộ dân vận xã Lũng Cú (huyện Đồng Văn) trò chuyện với người dân về phát triển du lịch cộng đồng"),
        ("q", "Thời gian tới, Ban Dân vận Tỉnh ủy sẽ tập trung vào những giải pháp gì để nâng cao chất lượng "
              "phong trào?"),
        ("p", "**Đồng chí Lý Thị Hoa:** Chúng tôi sẽ tiếp tục tham mưu Ban Thường vụ Tỉnh ủy lãnh đạo thực hiện "
              "tốt dân chủ ở cơ sở, gắn phong trào “Dân vận khéo” với các chương trình mục tiêu quốc gia. Đồng "
              "thời, tăng cường kiểm tra, thẩm định chặt chẽ các mô hình trước khi công nhận, kịp thời biểu "
              "dương, khen thưởng những tập thể, cá nhân tiêu biểu để tạo sức lan tỏa."),
        ("p", "Đặc biệt, chúng tôi chú trọng ứng dụng chuyển đổi số trong công tác dân vận, như lập các nhóm "
              "Zalo thôn, bản để nắm bắt tâm tư, nguyện vọng của Nhân dân, giải quyết kịp thời những vấn đề bức "
              "xúc ngay từ cơ sở."),
        ("q", "Xin trân trọng cảm ơn đồng chí!"),
    ])


def page3():
    rng = random.Random("viettel-hagiang-3")
    prov = "Hà Giang"
    pub = T("2024-03-11")
    today = T("2024-03-18 07:30")
    byline = "Hoài Thu (thực hiện)"
    host = "https://bandanvan.hagiang.dcs.vn"
    sid = alnum(rng, 32).upper()
    url = f"{host}/bai-viet/dan-van-kheo-phai-bat-dau-tu-viec-lang-nghe-dan-20487"
    tree = menu_tree(rng, prov, "party", base="", n_communes=10, ext="")
    heads = headlines(rng, 30, prov, exclude=[ART3.title], avoid=ART3.body)
    dts = days_before(pub, rng, 30, 1, 40)

    def link(path):
        return f"{path};jsessionid={sid}"

    def menu():
        out = ['<ul class="vt-menu">']
        for label, u, kids in tree:
            out.append(f'<li class="vt-menu__item"><a class="vt-menu__link" href="{link(u)}">{esc(label)}</a>')
            if kids:
                out.append('<div class="vt-menu__drop"><div class="vt-menu__grid">')
                for kl, ku, gk in kids:
                    out.append(f'<div class="vt-menu__group"><a class="vt-menu__sub" href="{link(ku)}">{esc(kl)}</a>')
                    for gl, gu in gk:
                        out.append(f'<a class="vt-menu__leaf" href="{link(gu)}">{esc(gl)}</a>')
                    out.append("</div>")
                out.append("</div></div>")
            out.append("</li>")
        out.append("</ul>")
        return "".join(out)

    def img(src, cap, alt, n):
        return (f'<div class="vt-img" style="text-align:center"><img src="{src}" alt="{alt}" width="640"></div>'
                f'<div class="vt-img-caption" style="text-align:center;font-style:italic;color:#555">{cap}</div>')

    body = ART3.render(p=lambda t: f'<p style="text-align:justify">{t}</p>',
                       q=lambda t: f'<p style="text-align:justify"><b>- {t}</b></p>', img=img)
    featured = "\n".join(
        f'<div class="vt-card"><a href="{link("/bai-viet/" + slugify(t) + "-" + str(20400 + i))}"><img src="/uploads/thumb/{hexid(rng, 8)}.jpg" alt=""></a>'
        f'<div class="vt-card__body"><a class="vt-card__title" href="{link("/bai-viet/" + slugify(t) + "-" + str(20400 + i))}">{esc(t)}</a>'
        f'<span class="vt-card__date">{dmy(d)} {hm(d)}</span></div></div>'
        for i, (t, d) in enumerate(zip(heads[:10], dts)))
    most = "\n".join(f'<li><a href="{link("/bai-viet/" + slugify(t) + "-" + str(19000 + 13 * i))}">{esc(t)}</a></li>'
                     for i, t in enumerate(heads[10:20]))
    same = "\n".join(
        f'<li class="vt-related__item"><a href="{link("/bai-viet/" + slugify(t) + "-" + str(20300 + i))}">{esc(t)}</a> <i>({dmy(d)})</i></li>'
        for i, (t, d) in enumerate(zip(heads[20:28], dts[20:28])))
    config = {"portalId": 1021, "siteCode": "BDV_HAGIANG", "lang": "vi", "apiBase": "/api/v2",
              "menu": [{"title": l, "url": u, "children": [{"title": k[0], "url": k[1]} for k in kids]}
                       for l, u, kids in tree],
              "banners": [{"name": m, "href": f"https://{slugify(m)[:16]}.gov.vn"} for m in MINISTRIES],
              "sessionId": sid}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ART3.title,
          "datePublished": "2019-01-01T00:00:00+07:00", "dateModified": "2019-01-01T00:00:00+07:00",
          "author": {"@type": "Organization", "name": "Ban Dân vận Tỉnh ủy Hà Giang"},
          "publisher": {"@type": "Organization", "name": "Ban Dân vận Tỉnh ủy Hà Giang",
                        "logo": {"@type": "ImageObject", "url": host + "/resources/images/logo.png"}}}
    counters = counter_block(rng, labels=("Đang online", "Hôm nay", "Tháng này", "Tổng truy cập"))
    html = f"""<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org" lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>“Dân vận khéo” phải bắt đầu từ việc lắng nghe dân | Ban Dân vận Tỉnh ủy Hà Giang</title>
<meta name="_csrf" content="{guid(rng)}"/>
<meta name="_csrf_header" content="X-CSRF-TOKEN"/>
<link rel="stylesheet" href="/resources/vendor/bootstrap/css/bootstrap.min.css;jsessionid={sid}">
<link rel="stylesheet" href="/resources/css/vt-portal.css?v=3.8.2">
<script type="application/ld+json">{dump(ld)}</script>
<style>{css_blob(rng, "vt", 460)}</style>
<script>window.__VT_CONFIG__ = {dump(config)};</script>
{ga_snippet(rng)}
</head>
<body class="vt-body">
<div class="vt-topbar"><div class="container"><span class="vt-topbar__date">{wd(today)}, ngày {today.day:02d}/{today.month:02d}/{today.year}</span>
<span class="vt-topbar__weather">Hà Giang <b>19°C</b> Có mưa nhỏ</span>
<a href="{link('/dang-nhap')}" class="vt-topbar__login">Đăng nhập</a></div></div>
<header class="vt-header"><div class="container"><a href="{link('/')}" class="vt-logo"><img src="/resources/images/logo.png" alt="Ban Dân vận Tỉnh ủy Hà Giang"></a>
<div class="vt-header__name"><p>ĐẢNG BỘ TỈNH HÀ GIANG</p><h2>BAN DÂN VẬN TỈNH ỦY</h2></div></div></header>
<nav class="vt-nav"><div class="container">{menu()}</div></nav>
<div class="container vt-main">
<div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ul class="vt-breadcrumb"><li><a href="{link('/')}">Trang chủ</a></li><li><a href="{link('/chuyen-muc/tin-tuc')}">Tin tức</a></li><li><a href="{link('/chuyen-muc/dan-van-kheo')}">Dân vận khéo</a></li></ul></nav>
<div class="vt-article" data-id="20487">
 <div class="vt-article__head">
  <h1 class="vt-article__title">{esc(ART3.title)}</h1>
  <div class="vt-article__info"><span class="vt-article__date"><i class="icon-calendar"></i> {wd(pub)}, ngày {pub.day} tháng {pub.month} năm {pub.year}</span>
   <span class="vt-article__view"><i class="icon-eye"></i> 842 lượt xem</span>
   <span class="vt-article__tools"><a href="javascript:void(0)" onclick="vtSpeak()"><i class="icon-volume"></i> Nghe đọc bài</a> <a href="{link('/in-bai/20487')}" target="_blank"><i class="icon-print"></i> In</a></span></div>
 </div>
 <div class="vt-article__desc"><b>{esc(ART3.lead)}</b></div>
 <div class="vt-article__body">
{body}
<p style="text-align:right"><b>{esc(byline)}</b></p>
 </div>
 <div class="vt-article__share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a> <a href="https://zalo.me/share?u={url}">Zalo</a></div>
</div>
<div class="vt-related"><h3 class="vt-related__heading">Tin cùng chuyên mục</h3><ul>{same}</ul></div>
</div>
<aside class="col-lg-4">
 <div class="vt-box"><h3 class="vt-box__title">Tin nổi bật</h3>{featured}</div>
 <div class="vt-box"><h3 class="vt-box__title">Đọc nhiều</h3><ol>{most}</ol></div>
 <div class="vt-box"><h3 class="vt-box__title">Video</h3><iframe width="100%" height="200" src="https://www.youtube.com/embed/{alnum(rng, 11)}" frameborder="0" allowfullscreen></iframe></div>
 <div class="vt-box"><h3 class="vt-box__title">Liên kết</h3>{"".join(f'<a class="vt-banner" href="https://{slugify(m)[:16]}.gov.vn"><img src="/uploads/banner/{slugify(m)[:16]}.jpg" alt="{esc(m, attr=True)}"></a>' for m in MINISTRIES)}</div>
 <div class="vt-box vt-counter">{"".join(f"<p>{l}: <span>{v}</span></p>" for l, v in counters)}</div>
</aside>
</div>
</div>
<footer class="vt-footer"><div class="container">
<p><b>BAN DÂN VẬN TỈNH ỦY HÀ GIANG</b></p>
<p>Địa chỉ: Số 6, đường 20/8, phường Minh Khai, TP Hà Giang, tỉnh Hà Giang</p>
<p>Điện thoại: 0219.386x.xxx - Email: bdv@hagiang.dcs.vn</p>
<p>Trưởng Ban biên tập: Phó Trưởng Ban Dân vận Tỉnh ủy. Giấy phép số 05/GP-STTTT.</p>
<p>Phát triển bởi Tổng Công ty Giải pháp Doanh nghiệp Viettel</p>
</div></footer>
<script src="/resources/vendor/jquery/jquery.min.js;jsessionid={sid}"></script>
<script>{fake_min_js(rng, 120, "vtPortal")}</script>
<script src="https://vtcc.viettel.vn/tts/widget.js" async></script>
</body>
</html>
"""
    return dict(
        family="viettel_portal", name="hagiang-dan-van-kheo-phong-van", url=url,
        content_type="text/html;charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART3, published=iso_date(pub), author="Hoài Thu", category="Dân vận khéo"),
        traps={"bylines": [byline], "related": heads[20:26] + heads[:4], "chrome": ["Tin cùng chuyên mục"]},
        notes="Viettel-built Java portal (;jsessionid= in every link, big window.__VT_CONFIG__ menu JSON). "
              "Interview: bold '- question' paragraphs are body, answers start with a bold speaker label. "
              "Date only, in words: 'Thứ Hai, ngày 11 tháng 3 năm 2024' (no time anywhere for the article); "
              "JSON-LD datePublished is the site launch 2019-01-01 — wrong, ignore. Byline 'Hoài Thu (thực hiện)' "
              "→ author 'Hoài Thu' (role dropped, no unit). Header date is the crawl day.",
        readme="Viettel Java portal; interview with bold questions, date in words without time, JSON-LD "
               "datePublished = site launch, '(thực hiện)' byline",
    )


# =====================================================================
# Page 4: Huyện Hải Hậu (Nam Định) on SharePoint 2016 (FPT eGov) — en-US M/d/yyyy
# =====================================================================
ART4 = Art(
    "Huyện ủy Hải Hậu quán triệt các nghị quyết, kết luận Hội nghị Trung ương 8 khóa XIII",
    "Chiều 11/3, Ban Thường vụ Huyện ủy Hải Hậu tổ chức hội nghị học tập, quán triệt, triển khai thực hiện "
    "các nghị quyết, kết luận Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII cho cán bộ chủ "
    "chốt của huyện. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 35 điểm cầu tại "
    "các đảng bộ xã, thị trấn.",
    [
        ("p", "Dự hội nghị có các đồng chí trong Ban Thường vụ Huyện ủy, Ban Chấp hành Đảng bộ huyện; lãnh đạo "
              "các ban, ngành, đoàn thể của huyện; bí thư, phó bí thư các tổ chức cơ sở đảng cùng hơn 1.800 cán "
              "bộ, đảng viên tham dự tại các điểm cầu."),
        ("p", "Tại hội nghị, các báo cáo viên của Huyện ủy đã truyền đạt những nội dung cơ bản, cốt lõi của Nghị "
              "quyết về Chiến lược bảo vệ Tổ quốc trong tình hình mới; Nghị quyết về tiếp tục xây dựng và phát huy "
              "vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững; Nghị quyết về "
              "phát huy vai trò của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội, cùng kết luận về "
              "tiếp tục đổi mới căn bản, toàn diện giáo dục và đào tạo."),
        ("img", "/haihau/PublishingImages/2024/03/hoi-nghi-tw8-1.jpg",
         "Đồng chí Trần Văn Khải, Bí thư Huyện ủy Hải Hậu\nphát biểu chỉ đạo tại hội nghị"),
        ("p", "Phát biểu chỉ đạo, đồng chí Trần Văn Khải, Bí thư Huyện ủy yêu cầu các cấp ủy, tổ chức đảng "
              "khẩn trương xây dựng chương trình hành động, kế hoạch thực hiện nghị quyết sát với điều kiện thực "
              "tế của địa phương, đơn vị; tổ chức học tập nghiêm túc đến 100% cán bộ, đảng viên, hoàn thành trước "
              "ngày 30/4/2024."),
        ("p", "Đồng chí nhấn mạnh, là huyện ven biển có vị trí quan trọng về quốc phòng - an ninh, Hải Hậu cần "
              "quán triệt sâu sắc quan điểm bảo vệ Tổ quốc từ sớm, từ xa; xây dựng khu vực phòng thủ huyện vững "
              "chắc, gắn phát triển kinh tế biển với bảo đảm quốc phòng, an ninh; phát huy vai trò của Mặt trận và "
              "các đoàn thể trong tập hợp, đoàn kết các tầng lớp Nhân dân."),
        ("img", "/haihau/PublishingImages/2024/03/hoi-nghi-tw8-2.jpg",
         "Các đại biểu dự hội nghị tại điểm cầu Huyện ủy"),
        ("p", "Sau hội nghị, các đảng bộ, chi bộ trực thuộc tổ chức học tập, quán triệt cho đảng viên tại chi bộ; "
              "mỗi cán bộ, đảng viên viết bài thu hoạch, liên hệ với chức trách, nhiệm vụ được giao và đăng ký "
              "nội dung làm theo trong năm 2024."),
    ])


def page4():
    rng = random.Random("sp2016-haihau-4")
    prov = "Nam Định"
    pub = T("2024-03-11 16:45")
    crawl = T("2024-12-05 10:12")
    author, unit = "Minh Châu", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện"
    byline = f"{author} - {unit}"
    host = "https://haihau.namdinh.gov.vn"
    url = f"{host}/tin-tuc-su-kien/tin-trong-huyen/Pages/huyen-uy-hai-hau-quan-triet-nghi-quyet-hoi-nghi-tw8.aspx?ItemID=4521"
    tree = menu_tree(rng, prov, "gov", base="/haihau", n_communes=7, ext=".aspx")
    heads = headlines(rng, 30, prov, exclude=[ART4.title], avoid=ART4.body)
    dts = days_before(pub, rng, 30, 1, 45)
    g1, g2, g3, g4 = (guid(rng, "_") for _ in range(4))
    wp = f"ctl00_ctl52_g_{g1}"

    def img(src, cap, alt, n):
        return (f'<table class="ms-rteTable-default" width="100%" cellspacing="0" style="width:100%"><tbody>'
                f'<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" style="text-align:center">'
                f'<img src="{src}" alt="{alt}" style="margin:5px;width:600px" /></td></tr>'
                f'<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableOddCol-default" style="text-align:center">'
                f'<span style="font-size:12px"><em>{cap}</em></span></td></tr></tbody></table>')

    body = ART4.render(p=lambda t: f'<p class="ms-rteElement-P" style="text-align:justify">{t}</p>', img=img)

    def topnav():
        out = [f'<div id="zz1_TopNavigationMenu" class="ms-core-listMenu-horizontalBox noindex ms-core-listMenu-root" role="menubar"><ul class="root ms-core-listMenu-root static">']
        for label, u, kids in tree:
            out.append(f'<li class="static dynamic-children"><a class="static dynamic-children menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{u}"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(label)}</span></span></a><ul class="dynamic">')
            for kl, ku, gk in kids:
                out.append(f'<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{ku}"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(kl)}</span></span></a>')
                if gk:
                    out.append('<ul class="dynamic">' + "".join(
                        f'<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item" href="{gu}"><span class="menu-item-text">{esc(gl)}</span></a></li>'
                        for gl, gu in gk) + "</ul>")
                out.append("</li>")
            out.append("</ul></li>")
        out.append("</ul></div>")
        return "".join(out)

    other = "\n".join(
        f'<li><a href="/haihau/tin-tuc-su-kien/tin-trong-huyen/Pages/{slugify(t)[:60]}.aspx?ItemID={4520 - i}">{esc(t)}</a>'
        f' <span class="date">({dmy(d)})</span></li>'
        for i, (t, d) in enumerate(zip(heads[:10], dts)))
    hot = "\n".join(
        f'<div class="hot-item"><img src="/haihau/PublishingImages/thumb/{hexid(rng, 8)}.jpg" alt="" /><a href="/haihau/tin-tuc-su-kien/Pages/{slugify(t)[:60]}.aspx">{esc(t)}</a><span class="date">{dmy(d)}</span></div>'
        for t, d in zip(heads[10:18], dts[10:18]))
    docs = "\n".join(f'<li><a href="/haihau/van-ban/Pages/vb.aspx?ItemID={rng.randint(100, 999)}">{esc(t)}</a></li>'
                     for t in doc_titles(rng, 8))
    notices = "\n".join(f'<li><a href="/haihau/thong-bao/Pages/tb.aspx?ItemID={300 + i}">{esc(t)}</a></li>'
                        for i, t in enumerate(NOTICE_TITLES))
    digest = "0x" + hexid(rng, 128).upper() + "," + "05 Dec 2024 03:12:44 -0000"
    ctx = {"webServerRelativeUrl": "/haihau", "webAbsoluteUrl": host + "/haihau", "siteAbsoluteUrl": host,
           "serverRequestPath": "/haihau/tin-tuc-su-kien/tin-trong-huyen/Pages/huyen-uy-hai-hau-quan-triet-nghi-quyet-hoi-nghi-tw8.aspx",
           "layoutsUrl": "_layouts/15", "webTitle": "Cổng thông tin điện tử huyện Hải Hậu",
           "webTemplate": "53", "tenantAppVersion": "0", "isAppWeb": False, "webLogoUrl": "/haihau/SiteAssets/logo.png",
           "webLanguage": 1066, "currentLanguage": 1066, "currentUICultureName": "en-US",
           "currentCultureName": "en-US", "clientServerTimeDelta": -187, "siteClientTag": "1$$16.0.5422.1000",
           "crossDomainPhotosEnabled": False, "webUIVersion": 15, "pageListId": "{" + guid(rng) + "}",
           "pageItemId": 4521, "pagePersonalizationScope": 1, "alertsEnabled": True, "userId": 0,
           "systemUserKey": None, "themeCacheToken": "/haihau::0:", "isSiteAdmin": False}
    rows = "".join(f"<tr><td>{esc(t[:90])}</td></tr>" for t in heads)
    html = f"""
<!DOCTYPE html >
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><title>
	Huyện ủy Hải Hậu quán triệt các nghị quyết, kết luận Hội nghị Trung ương 8 khóa XIII
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css?rev=2bOvbfxA6DxR1Lwy6ZxWjQ%3D%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/FPT.eGov/css/portal.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=4KbUT1Ylh7lqPeUR2ByGDw%3D%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvjS2Rx8xZ&amp;t=ffffffffecf19baa"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3DTAG0"></script>
<style>{css_blob(rng, "eg", 380)}</style>
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=44" /></div>
<form method="post" action="./huyen-uy-hai-hau-quan-triet-nghi-quyet-hoi-nghi-tw8.aspx?ItemID=4521" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="{digest}" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 52000)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var _spPageContextInfo = {dump(ctx)};
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;var g_wsaEnabled = false;var g_correlationId = '{guid(rng)}';
var _fV4UI=true;var _spFullDownloadList=['closeconnection','bform','core','ribbon','sp.core'];
function WebForm_OnSubmit() {{ UpdateFormDigest('\\u002fhaihau', 1440000); return true; }}
//]]>
</script>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="eg-header"><div class="eg-header-top"><span class="eg-date">{crawl.strftime('%A')}, {crawl.month}/{crawl.day}/{crawl.year}</span> <a href="/_layouts/15/Authenticate.aspx?Source=%2Fhaihau">Sign In</a></div>
<div class="eg-banner"><img src="/haihau/SiteAssets/banner.png" alt="Cổng thông tin điện tử huyện Hải Hậu" /><div class="eg-banner-title">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU</div></div>
<div class="eg-nav">{topnav()}</div></div>
<div id="contentRow"><div class="eg-main">
<div class="eg-breadcrumb"><span id="ctl00_PlaceHolderMain_SiteMapPath1"><span><a href="/haihau">Trang chủ</a></span><span> › </span><span><a href="/haihau/tin-tuc-su-kien">Tin tức - Sự kiện</a></span><span> › </span><span><a href="/haihau/tin-tuc-su-kien/tin-trong-huyen">Tin trong huyện</a></span></span></div>
<div class="eg-col-left">
<div id="MSOZoneCell_WebPart{wp}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
<div WebPartID="{g1.replace('_', '-')}" HasPers="false" id="WebPart{wp}" width="100%" class="ms-WPBody noindex" allowDelete="false" style="">
<div id="{wp}_ctl00_pnDetail" class="ArticleDetail">
 <div class="ArticleTitle"><h1 id="{wp}_ctl00_lblTitle">{esc(ART4.title)}</h1></div>
 <div class="ArticleInfo"><span id="{wp}_ctl00_lblDate" class="ArticleDate">{pub.month}/{pub.day}/{pub.year} {h12(pub, pad=False)}</span> <span class="ArticleView">| Lượt xem: 356</span>
  <span class="ArticleTools"><a href="javascript:window.print();">In trang</a> | <a href="javascript:__doPostBack('{wp.replace('_', '$')}$ctl00$lbtSendMail','')">Gửi email</a></span></div>
 <div class="ArticleSummary" id="{wp}_ctl00_pnSummary"><strong>{esc(ART4.lead)}</strong></div>
 <div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">
{body}
 </div>
 <div class="ArticleAuthor" id="{wp}_ctl00_pnAuthor" style="text-align:right;font-weight:bold"><span id="{wp}_ctl00_lblAuthor">{esc(byline)}</span></div>
</div>
<div id="ctl00_ctl52_g_{g2}_ctl00_pnOther" class="OtherNews"><div class="OtherNewsTitle">Tin khác</div><ul>{other}</ul>
<div class="pager"><a href="javascript:__doPostBack('ctl00$ctl52$g_{g2}$ctl00$lbtPrev','')">Trước</a> <span>1</span> <a href="javascript:__doPostBack('ctl00$ctl52$g_{g2}$ctl00$lbtNext','')">Sau</a></div></div>
</div></div></div>
</div>
<div class="eg-col-right">
<div id="ctl00_ctl52_g_{g3}" class="ms-WPBody"><div class="box-title">Tin nổi bật</div>{hot}</div>
<div id="ctl00_ctl52_g_{g4}" class="ms-WPBody"><div class="box-title">Thông báo</div><ul>{notices}</ul></div>
<div class="ms-WPBody"><div class="box-title">Văn bản chỉ đạo điều hành</div><ul>{docs}</ul></div>
<div class="ms-WPBody"><div class="box-title">Liên kết web</div><select onchange="window.open(this.value)">{"".join(f'<option value="https://{slugify(m)[:16]}.gov.vn">{esc(m)}</option>' for m in MINISTRIES)}</select></div>
<div class="ms-WPBody eg-counter">Đang truy cập: <b>{rng.randint(20, 300)}</b><br/>Tổng lượt truy cập: <b>{rng.randint(1000000, 9000000):,}</b></div>
</div>
</div></div>
<div class="eg-footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH</p><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Hải Hậu. Địa chỉ: Thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định.</p><p>Điện thoại: 0228.387x.xxx. Email: haihau@namdinh.gov.vn</p></div>
</div></div>
<div style="display:none" id="hidZone"><table class="ms-listviewtable">{rows}</table></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
var _spWebPartComponents = new Object();
{"".join(f"_spWebPartComponents['WebPart{'ctl00_ctl52_g_' + guid(rng, '_')}']={{'WebPartId':'{guid(rng)}','Name':'NewsPart{i}','Zone':'Right'}};" for i in range(60))}
//]]>
</script>
</form>
</body>
</html>"""
    return dict(
        family="sharepoint2016_fpt", name="haihau-nghi-quyet-tw8-en-us-date", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART4, published=iso_min(pub), author=author, author_unit=unit,
                          category="Tin trong huyện"),
        traps={"bylines": [byline], "related": heads[:8] + heads[10:12], "chrome": ["Tin khác"]},
        notes="FPT eGov on SharePoint 2016 with an en-US culture (_spPageContextInfo.currentCultureName): the "
              "article stamp is '3/11/2024 4:45 PM' (M/d/yyyy, 12-hour) while every list on the page prints "
              "dd/MM/yyyy; the lead says 'Chiều 11/3', confirming 11 March. Header shows the crawl day in "
              "en-US too, __REQUESTDIGEST carries a crawl timestamp. ~70 KB __VIEWSTATE. Captions in two-row "
              "ms-rteTable tables, first one split by <br>. Byline 'Name - Unit' where the unit contains a comma.",
        readme="SharePoint 2016 (FPT eGov); en-US 'M/d/yyyy h:mm PM' stamp vs dd/MM lists, huge VIEWSTATE, "
               "table captions with <br>, 'Name - Unit, with comma' byline",
    )


PAGES = [page3, page4]
