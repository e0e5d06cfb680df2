"""Plone 6 classic photo story (Vĩnh Long) and a django CMS video page (Phú Thọ)."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, dump, esc, expected, fake_min_js, headlines, hexid,
                     hm, iso_min, iso_date, menu_tree, MINISTRIES, days_before, slugify, ul_tree, wd, alnum, guid,
                     utc_iso)


# =====================================================================
# Page 5: Ban Tuyên giáo Tỉnh ủy Vĩnh Long — Plone 6 classic, photo story
# =====================================================================
ART5 = Art(
    "Tuổi trẻ Vĩnh Long ra quân Tháng Thanh niên năm 2024",
    "Sáng 10/3, Tỉnh đoàn Vĩnh Long tổ chức lễ ra quân Tháng Thanh niên năm 2024 với chủ đề “Tuổi trẻ Vĩnh Long "
    "tiên phong chuyển đổi số, xây dựng nông thôn mới” tại xã Tân Ngãi, TP Vĩnh Long. Dưới đây là một số hình ảnh "
    "ghi nhận tại buổi lễ.",
    [
        ("p", "Tháng Thanh niên năm nay, các cấp bộ Đoàn trong tỉnh phấn đấu thực hiện 120 công trình, phần việc "
              "thanh niên với tổng trị giá hơn 5 tỷ đồng; ra quân vệ sinh môi trường, trồng 20.000 cây xanh; hướng dẫn "
              "10.000 lượt người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt."),
        ("img", "anh-1.jpg", "Các đại biểu thực hiện nghi thức ra quân Tháng Thanh niên năm 2024"),
        ("img", "anh-2.jpg", "Đội hình đoàn viên, thanh niên các huyện, thị xã, thành phố tham gia lễ ra quân"),
        ("img", "anh-3.jpg", "Lãnh đạo Tỉnh đoàn trao bảng tượng trưng công trình “Tuyến đường thanh niên thắp sáng” "
                             "cho xã Tân Ngãi"),
        ("img", "anh-4.jpg", "Đoàn viên thanh niên ra quân phát quang, vệ sinh tuyến đường liên ấp"),
        ("img", "anh-5.jpg", "Trồng cây xanh trên tuyến đường Tân Ngãi - Tân Hội"),
        ("img", "anh-6.jpg", "Tình nguyện viên hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID"),
        ("img", "anh-7.jpg", "Khám bệnh, cấp thuốc miễn phí cho 200 người cao tuổi, gia đình chính sách trên địa bàn xã"),
        ("img", "anh-8.jpg", "Đoàn viên thanh niên tặng quà cho học sinh có hoàn cảnh khó khăn"),
    ])


def page5():
    rng = random.Random("plone-vinhlong-05")
    prov = "Vĩnh Long"
    pub = T("2024-03-10 11:40")
    mod = T("2024-03-11 10:02")
    today = T("2025-01-09 15:00")
    host = "https://tuyengiao.vinhlong.dcs.vn"
    folder = "/multimedia/phong-su-anh"
    slug = "tuoi-tre-vinh-long-ra-quan-thang-thanh-nien-nam-2024"
    url = f"{host}{folder}/{slug}"
    tree = menu_tree(rng, prov, "party", base="", n_communes=8, ext="")
    heads = headlines(rng, 30, prov, exclude=[ART5.title], avoid=ART5.body)
    dts = days_before(pub, rng, 30, 1, 60)
    photo_stories = ["Sắc màu Lễ hội Ok Om Bok của đồng bào Khmer Vĩnh Long",
                     "Những công trình chào mừng Đại hội Đảng bộ các cấp",
                     "Mùa lúa chín trên cánh đồng lớn huyện Tam Bình",
                     "Vĩnh Long rực rỡ cờ hoa mừng Đảng, mừng Xuân Giáp Thìn",
                     "Hội thi Báo cáo viên giỏi cấp tỉnh qua ống kính",
                     "Làng gốm Mang Thít vào mùa cao điểm"]

    def img(src, cap, alt, n):
        u = f"{url}/{src}/@@images/image/large"
        return (f'<figure class="image-richtext image-inline captioned zoomable">'
                f'<img class="image-richtext image-inline" src="{url}/{src}/@@images/image-1200-{hexid(rng, 32)}.jpeg" '
                f'alt="{alt}" title="{alt}" width="1200" height="800" loading="lazy" data-linktype="image" data-scale="large" '
                f'data-val="{hexid(rng, 32)}" />'
                f'<figcaption>{cap}</figcaption></figure>')

    body = ART5.render(img=img)
    byline = "Bài: Khánh Duy - Ảnh: Thanh Tâm"
    body += f'\n<p style="text-align: right;"><strong>{esc(byline)}</strong></p>'
    sections = ["Tin tức", "Xây dựng Đảng", "Học tập và làm theo Bác", "Văn bản", "Multimedia", "Hỏi đáp", "Liên hệ"]
    global_nav = "".join(f'<li class="{slugify(s)}{" selected" if s == "Multimedia" else ""}"><a href="{host}/{slugify(s)}" class="state-published">{esc(s)}</a></li>' for s in sections)
    others = "".join(f'<article class="tileItem"><h2 class="tileHeadline"><a href="{host}{folder}/{slugify(t)}" class="summary url">{esc(t)}</a></h2>'
                     f'<div class="documentByLine"><span class="documentPublished">{dmy(d)}</span></div></article>'
                     for t, d in zip(photo_stories, dts))
    news = "".join(f'<li class="portletItem"><a href="{host}/tin-tuc/{slugify(t)}" class="tile">{esc(t)}</a><span class="portletItemDetails">{dmy(d)}</span></li>'
                   for t, d in zip(heads[:10], days_before(today, rng, 10, 0, 8)))
    html = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Tuổi trẻ Vĩnh Long ra quân Tháng Thanh niên năm 2024 — Ban Tuyên giáo Tỉnh ủy Vĩnh Long</title>
<meta name="generator" content="Plone - https://plone.org/" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="description" content="{esc(ART5.lead, attr=True)}" />
<meta name="DC.date.created" content="2024-03-09T17:22:05+07:00" />
<meta name="DC.date.modified" content="2024-03-11T10:02:44+07:00" />
<meta name="DC.type" content="Tin tức" />
<meta name="DC.format" content="text/plain" />
<meta name="DC.language" content="vi" />
<meta property="og:site_name" content="Ban Tuyên giáo Tỉnh ủy Vĩnh Long" />
<meta property="og:title" content="{esc(ART5.title, attr=True)}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{url}" />
<link rel="canonical" href="{url}" />
<link rel="stylesheet" href="{host}/++plone++production/++unique++2024-02-20%2009%3A14%3A33/default.css" data-bundle="production" />
<link rel="stylesheet" href="{host}/++theme++vinhlong-tuyengiao/css/theme.min.css" data-bundle="diazo" />
<style>{css_blob(rng, "pl", 380)}</style>
<script>PORTAL_URL = '{host}';</script>
<script src="{host}/++plone++static/components/jquery/dist/jquery.min.js"></script>
</head>
<body class="frontend icons-on portaltype-news-item section-multimedia site-Plone subsection-phong-su-anh subsection-phong-su-anh-{slug} template-newsitem_view thumbs-on userrole-anonymous viewpermission-view" id="visual-portal-wrapper" data-base-url="{url}" data-portal-url="{host}" data-i18ncatalogurl="{host}/plonejsi18n" data-pat-plone-modal="{{&quot;actionOptions&quot;: {{&quot;displayInModal&quot;: false}}}}">
<div class="outer-wrapper">
<header id="content-header">
<div class="container"><div id="portal-top">
<div id="portal-anontools"><ul><li><a href="{host}/login" id="personaltools-login" class="pat-plone-modal">Đăng nhập</a></li></ul></div>
<div id="portal-languageselector"><span>{wd(today)}, {dmy(today)}</span></div>
<a id="portal-logo" title="Ban Tuyên giáo Tỉnh ủy Vĩnh Long" href="{host}"><img alt="Ban Tuyên giáo Tỉnh ủy Vĩnh Long" src="{host}/@@site-logo/logo.png" /></a>
<div id="portal-searchbox"><form id="searchGadget_form" action="{host}/@@search" role="search"><label class="hiddenStructure" for="searchGadget">Tìm kiếm trang web</label><input name="SearchableText" type="text" size="18" id="searchGadget" title="Tìm kiếm trang web" placeholder="Tìm kiếm trang web" class="searchField" /><input class="searchButton" type="submit" value="Tìm kiếm" /></form></div>
</div></div>
<div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="navbar navbar-expand-lg" id="portal-globalnav-wrapper"><div class="container"><ul class="navbar-nav" id="portal-globalnav"><li class="index_html"><a href="{host}" class="state-None">Trang chủ</a></li>{global_nav}</ul>
<div class="mega-menu d-none">{ul_tree(tree, "mega", "mega-item", "mega-sub")}</div></div></nav></div></div>
</header>
<div id="above-content-wrapper"><nav id="portal-breadcrumbs" aria-label="breadcrumb"><div class="container"><ol itemscope itemtype="https://schema.org/BreadcrumbList">
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="{host}"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="{host}/multimedia"><span itemprop="name">Multimedia</span></a><meta itemprop="position" content="2" /></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="{host}{folder}"><span itemprop="name">Phóng sự ảnh</span></a><meta itemprop="position" content="3" /></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item active" aria-current="page"><span itemprop="name">{esc(ART5.title)}</span><meta itemprop="position" content="4" /></li>
</ol></div></nav></div>
<div id="portal-columns" class="container"><div class="row">
<main id="portal-column-content" class="col-xs-12 col-md-8">
<article id="content">
<header>
<div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope itemtype="http://schema.org/WebPage"><span itemprop="name">{esc(ART5.title)}</span><span itemprop="url">{url}</span></span></div>
<h1 class="documentFirstHeading">{esc(ART5.title)}</h1>
<div id="viewlet-below-content-title">
<div class="documentByLine" id="plone-document-byline">
<span class="documentAuthor">bởi <a href="{host}/author/admin">admin</a></span> —
<span class="documentPublished"><span>Đăng ngày</span> {dmy(pub)} {hm(pub)}</span> —
<span class="documentModified"><span>Sửa đổi lần cuối</span> {dmy(mod)} {hm(mod)}</span>
</div>
</div>
<p class="documentDescription lead">{esc(ART5.lead)}</p>
<div id="viewlet-above-content-body"></div>
</header>
<div id="content-core">
<div id="parent-fieldname-text" class="">
{body}
</div>
</div>
<footer>
<div id="viewlet-below-content">
<div class="visualClear"><!-- --></div>
<div class="documentActions"><ul><li id="document-action-sendto"><a href="{url}/sendto_form" title="Gửi trang này cho bạn bè">Gửi cho bạn bè</a></li><li id="document-action-print"><a href="javascript:this.print();" title="In trang">In trang</a></li></ul></div>
<div id="category" class="documentByLine"><span>Được lưu trong:</span> <span><a href="{host}/@@search?Subject%3Alist=Th%C3%A1ng%20Thanh%20ni%C3%AAn" class="link-category" rel="tag">Tháng Thanh niên</a></span>, <span><a href="{host}/@@search?Subject%3Alist=T%E1%BB%89nh%20%C4%91o%C3%A0n" class="link-category" rel="tag">Tỉnh đoàn</a></span></div>
<nav class="listingBar previousnext" aria-label="Điều hướng"><a class="previous" href="{host}{folder}/{slugify(photo_stories[0])}">« Trước: {esc(photo_stories[0])}</a> <a class="next" href="{host}{folder}/{slugify(photo_stories[1])}">Tiếp: {esc(photo_stories[1])} »</a></nav>
</div>
<section class="relatedItems"><header><h2>Nội dung liên quan</h2></header><div class="tileItems">{others}</div></section>
</footer>
</article>
</main>
<aside id="portal-column-two" class="col-xs-12 col-md-4">
<div class="portletWrapper"><section class="portlet portletCollection"><header class="portletHeader"><a href="{host}/tin-tuc">Tin mới</a></header><ul class="portletContent">{news}</ul></section></div>
<div class="portletWrapper"><section class="portlet portletStaticText"><header class="portletHeader">Chuyên trang</header><div class="portletContent"><a href="{host}/bao-ve-nen-tang-tu-tuong-cua-dang"><img src="{host}/banner/bvntt.jpg/@@images/image/preview" alt="Bảo vệ nền tảng tư tưởng của Đảng" /></a><a href="{host}/hoc-tap-va-lam-theo-bac"><img src="{host}/banner/htlt.jpg/@@images/image/preview" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" /></a></div></section></div>
<div class="portletWrapper"><section class="portlet portletStaticText"><header class="portletHeader">Liên kết</header><ul class="portletContent">{"".join(f'<li><a href="https://{slugify(m)[:16]}.vn">{esc(m)}</a></li>' for m in MINISTRIES[:10])}</ul></section></div>
<div class="portletWrapper"><section class="portlet"><header class="portletHeader">Lượt truy cập</header><ul class="portletContent">{"".join(f'<li>{esc(l)}: {v}</li>' for l, v in counter_block(rng))}</ul></section></div>
</aside>
</div></div>
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer"><div class="row"><div class="col-xs-12">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ BAN TUYÊN GIÁO TỈNH ỦY VĨNH LONG</strong></p>
<p>Địa chỉ: Số 1 đường 3 Tháng 2, phường 1, TP Vĩnh Long. Điện thoại: 0270.38xx.xxx.</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="colophon">Được hỗ trợ bởi <a href="https://plone.org">Plone</a> &amp; <a href="https://python.org">Python</a></p>
</div></div></div></footer>
</div>
<script src="{host}/++plone++static/bundle-plone/bundle.min.js" data-bundle="plone"></script>
<script>{fake_min_js(rng, 110, "pl")}</script>
</body>
</html>
"""
    return dict(
        family="plone", name="vinhlong-phong-su-anh-captions-only", url=url,
        content_type="text/html;charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART5, published=iso_min(pub), updated=iso_min(mod), author="Khánh Duy",
                          photographer="Thanh Tâm", category="Phóng sự ảnh"),
        traps={"bylines": [byline, "bởi admin"], "related": photo_stories + heads[:4],
               "chrome": ["Gửi cho bạn bè", "Được lưu trong:", "Nội dung liên quan", "Tìm kiếm trang web"],
               "dates": ["2024-03-09T17:22:05+07:00"]},
        notes="Plone 6 classic UI photo story (portaltype-news-item, documentFirstHeading, documentDescription as "
              "sapo, parent-fieldname-text). The content is mostly 8 captioned figures: body is only the lead and "
              "one text paragraph; the eight figcaptions are captions, not body. documentByLine: 'bởi admin' "
              "(account) — 'Đăng ngày 10/03/2024 11:40' — 'Sửa đổi lần cuối 11/03/2024 10:02' (published + "
              "updated). DC.date.created meta is the draft creation (09/03 17:22), not publication. Byline 'Bài: "
              "Khánh Duy - Ảnh: Thanh Tâm' → author + photographer. Breadcrumb ends with the title itself; "
              "category is the crumb before it. Image alt = title attribute = caption.",
        readme="Plone 6 classic; photo story with 8 captioned figures and 2 text paragraphs, 'bởi admin' account, "
               "'Đăng ngày' + 'Sửa đổi lần cuối', DC.date.created draft date, 'Bài: X - Ảnh: Y', crumb ends with title",
    )


# =====================================================================
# Page 6: Tỉnh ủy Phú Thọ — django CMS video page
# =====================================================================
ART6 = Art(
    "Phú Thọ nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư",
    None,
    [
        ("p", "Thời gian qua, Ban Thường vụ Tỉnh ủy Phú Thọ đã chỉ đạo các cấp ủy cơ sở đổi mới nội dung, hình thức "
              "sinh hoạt chi bộ, chú trọng sinh hoạt chuyên đề gắn với những vấn đề thiết thực ở khu dân cư như dồn "
              "điền đổi thửa, xây dựng nông thôn mới kiểu mẫu, giữ gìn an ninh trật tự."),
        ("p", "Nhiều chi bộ ở các huyện Lâm Thao, Phù Ninh, Thanh Sơn đã mời người dân, người có uy tín dự sinh hoạt "
              "để lắng nghe ý kiến; tỷ lệ chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên năm 2023 đạt trên 90%."),
    ])


def page6():
    rng = random.Random("djangocms-phutho-06")
    prov = "Phú Thọ"
    pub = T("2024-03-11 21:40")
    today = T("2025-01-10 07:30")
    host = "https://phutho.dcs.vn"
    path = "/multimedia/video/phu-tho-nang-cao-chat-luong-sinh-hoat-chi-bo-o-khu-dan-cu/"
    url = host + path
    tree = menu_tree(rng, prov, "party", base="", n_communes=8, ext="/")
    heads = headlines(rng, 30, prov, exclude=[ART6.title], avoid=ART6.body)
    vids = ["Bản tin Thời sự Đảng bộ tỉnh tuần 2 tháng 3/2024",
            "Phú Thọ: Lễ hội Đền Hùng năm Giáp Thìn sẵn sàng đón khách",
            "Đảng viên trẻ tiên phong chuyển đổi số ở Đoan Hùng",
            "Tân Sơn: Hiệu quả từ mô hình “Dân vận khéo” trong giảm nghèo",
            "Việt Trì phát triển đảng viên trong doanh nghiệp",
            "Tọa đàm: Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
            "Thanh Thủy: Xây dựng nông thôn mới kiểu mẫu gắn với du lịch",
            "Chân dung Bí thư chi bộ khu dân cư tiêu biểu"]
    durs = ["05:12", "02:48", "04:05", "03:57", "02:36", "18:20", "04:44", "06:10"]
    vdts = days_before(pub, rng, 8, 1, 20)
    vid_uuid = guid(rng)
    poster = f"/media/filer_public_thumbnails/filer_public/{hexid(rng, 2)}/{hexid(rng, 2)}/{vid_uuid}/sinh-hoat-chi-bo.jpg__1280x720_q85_crop_subsampling-2.jpg"
    mp4 = f"/media/filer_public/{hexid(rng, 2)}/{hexid(rng, 2)}/{guid(rng)}/sinh-hoat-chi-bo-khu-dan-cu-1103.mp4"
    body = ART6.render(p=lambda t: f'<p style="text-align: justify;">{t}</p>')
    vlist = "".join(f'<div class="col-6 col-md-3 video-item cms-plugin cms-plugin-{rng.randint(4000, 9000)}"><a href="/multimedia/video/{slugify(t)}/" class="thumb">'
                    f'<img src="/media/filer_public_thumbnails/filer_public/{hexid(rng, 2)}/{hexid(rng, 2)}/{guid(rng)}/thumb.jpg__320x180_q85_crop.jpg" alt="{esc(t, attr=True)}" loading="lazy" />'
                    f'<span class="duration">{du}</span><span class="play-icon"></span></a><h3 class="video-item__title"><a href="/multimedia/video/{slugify(t)}/">{esc(t)}</a></h3>'
                    f'<span class="video-item__date">{d.day}/{d.month}/{d.year}</span></div>' for t, du, d in zip(vids, durs, vdts))
    news = "".join(f'<li><a href="/tin-tuc/{slugify(t)}/">{esc(t)}</a></li>' for t in heads[:10])
    ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": ART6.title,
          "description": ART6.body_pars()[0], "thumbnailUrl": [host + poster],
          "uploadDate": "2024-03-12T02:10:00Z", "duration": "PT3M25S", "contentUrl": host + mp4,
          "publisher": {"@type": "Organization", "name": "Tỉnh ủy Phú Thọ"}}
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Phú Thọ nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư | Video | Tỉnh ủy Phú Thọ</title>
<meta name="description" content="{esc(ART6.body_pars()[0], attr=True)}">
<meta property="og:type" content="video.other">
<meta property="og:title" content="{esc(ART6.title, attr=True)}">
<meta property="og:video" content="{host}{mp4}">
<meta property="og:video:type" content="video/mp4">
<meta property="og:image" content="{host}{poster}">
<meta property="video:duration" content="205">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/base.min.{hexid(rng, 12)}.css">
<link rel="stylesheet" href="/static/djangocms_video/css/video.css">
<link rel="stylesheet" href="/static/vendor/video-js/video-js.min.css">
<style>{css_blob(rng, "pt", 470)}</style>
<script type="application/ld+json">{dump(ld)}</script>
</head>
<body class="cms-page video-detail">
<div class="topbar"><div class="container"><span class="today">{wd(today)}, ngày {today.day} tháng {today.month} năm {today.year}</span>
<a href="/rss/">RSS</a> <a href="/lien-he/">Liên hệ</a></div></div>
<header class="site-header"><div class="container"><a href="/" class="logo"><img src="/static/img/logo-tinh-uy-phu-tho.png" alt="Tỉnh ủy Phú Thọ"></a>
<div class="site-title"><span>ĐẢNG CỘNG SẢN VIỆT NAM</span><strong>TỈNH ỦY PHÚ THỌ</strong></div>
<form action="/tim-kiem/" method="get" class="search"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div></header>
<nav class="navbar main-menu"><div class="container">{ul_tree(tree, "nav navbar-nav", "nav-item child", "dropdown-menu")}</div></nav>
<div class="container">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/multimedia/">Multimedia</a></li><li class="breadcrumb-item active"><a href="/multimedia/video/">Video</a></li></ol></nav>
<div class="row"><div class="col-lg-8">
<div class="video-detail__player cms-plugin cms-plugin-{rng.randint(4000, 9000)}">
<video id="vjs-{hexid(rng, 8)}" class="video-js vjs-big-play-centered vjs-16-9" controls preload="none" poster="{poster}" data-setup='{{"fluid": true, "playbackRates": [0.75, 1, 1.25, 1.5]}}'>
<source src="{mp4}" type="video/mp4">
<track kind="captions" src="/media/filer_public/phude/sinh-hoat-chi-bo-1103.vtt" srclang="vi" label="Tiếng Việt">
<p class="vjs-no-js">Để xem video này, vui lòng bật JavaScript hoặc sử dụng trình duyệt hỗ trợ HTML5 video.</p>
</video>
</div>
<div class="video-detail__head">
<span class="badge badge-video">VIDEO</span>
<h1 class="video-detail__title">{esc(ART6.title)}</h1>
<div class="video-detail__meta"><span class="date">{hm(pub)} Ngày {pub.day} tháng {pub.month} năm {pub.year}</span> <span class="sep">|</span> <span class="duration">Thời lượng: 03:25</span> <span class="sep">|</span> <span class="views">1.254 lượt xem</span></div>
</div>
<div class="video-detail__desc cms-plugin cms-plugin-{rng.randint(4000, 9000)}">
{body}
<p style="text-align: right;"><strong>Thực hiện: Hương Giang - Quang Minh</strong></p>
</div>
<div class="share-bar"><span>Chia sẻ:</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a class="zalo" href="https://zalo.me/share?u={url}">Zalo</a> <button class="copy-link" data-url="{url}">Sao chép liên kết</button></div>
<section class="video-related"><h2 class="section-title">Video khác</h2><div class="row">{vlist}</div></section>
</div>
<aside class="col-lg-4">
<section class="side-box"><h2 class="section-title">Tin mới</h2><ul class="side-list">{news}</ul></section>
<section class="side-box"><h2 class="section-title">Podcast</h2><ul class="side-list">{"".join(f'<li><a href="/multimedia/podcast/{slugify(t)}/">{esc(t)}</a></li>' for t in heads[10:15])}</ul></section>
<section class="side-box"><h2 class="section-title">Liên kết</h2><ul>{"".join(f'<li><a href="https://{slugify(m)[:16]}.vn">{esc(m)}</a></li>' for m in MINISTRIES[:8])}</ul></section>
</aside></div></div>
<footer class="site-footer"><div class="container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ TỈNH ỦY PHÚ THỌ</strong></p><p>Cơ quan chủ quản: Tỉnh ủy Phú Thọ. Địa chỉ: Đường Trần Phú, phường Tân Dân, TP Việt Trì.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>
<form class="d-none" method="post" action="/i18n/setlang/"><input type="hidden" name="csrfmiddlewaretoken" value="{alnum(rng, 64)}"></form>
<script src="/static/vendor/video-js/video.min.js"></script>
<script src="/static/djangocms_video/js/video.js"></script>
<script>{fake_min_js(rng, 170, "pt")}</script>
</body>
</html>
"""
    return dict(
        family="django_cms", name="phutho-video-django-datetime-format", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART6, published=iso_min(pub), author="Hương Giang, Quang Minh", category="Video"),
        traps={"bylines": ["Thực hiện: Hương Giang - Quang Minh"], "related": vids + heads[:4],
               "chrome": ["VIDEO", "Video khác", "Thời lượng: 03:25", "1.254 lượt xem", "Sao chép liên kết",
                          "Để xem video này, vui lòng bật JavaScript hoặc sử dụng trình duyệt hỗ trợ HTML5 video."],
               "dates": ["2024-03-12T02:10:00Z"]},
        notes="django CMS 3 video page (cms-plugin wrappers, djangocms_video + video.js, filer media paths, "
              "csrfmiddlewaretoken). The player comes BEFORE the headline. Short text: two paragraphs, no sapo. "
              "Stamp uses Django's Vietnamese DATETIME_FORMAT 'H:i \\Ngày d \\tháng n \\năm Y' → '21:40 Ngày 11 "
              "tháng 3 năm 2024' (time first, date in words). 'Thời lượng: 03:25' is a duration, not a time. "
              "JSON-LD VideoObject uploadDate 2024-03-12T02:10:00Z (CDN upload, next morning) disagrees — ignore. "
              "Byline 'Thực hiện: Hương Giang - Quang Minh' → two authors. Related video grid with durations and "
              "d/m/yyyy dates; a 'VIDEO' badge sits outside the h1.",
        readme="django CMS video page; player above h1, short 2-paragraph text, Django vi format '21:40 Ngày 11 "
               "tháng 3 năm 2024', duration '03:25', wrong VideoObject uploadDate, 'Thực hiện: A - B' two authors",
    )


PAGES = [page5, page6]
