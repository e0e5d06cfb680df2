"""Umbraco 10 party-bloc portal (Thanh Hóa) and a Sitefinity Q&A page (Bắc Giang)."""
import random

from .common import (Art, T, counter_block, css_blob, ddmmyy, dmy, doc_titles, dump, esc, expected,
                     fake_min_js, headlines, hexid, hm, iso_min, menu_tree, MINISTRIES, NOTICE_TITLES,
                     days_before, slugify, ul_tree, viewstate, wd, alnum, guid, b64blob, svg_sprite)


# =====================================================================
# Page 1: Đảng ủy Khối các cơ quan tỉnh Thanh Hóa — Umbraco 10
# =====================================================================
ART1 = Art(
    "Đảng ủy Khối các cơ quan tỉnh triển khai nhiệm vụ công tác dân vận năm 2024",
    "Sáng 8/3, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai "
    "nhiệm vụ năm 2024. Đồng chí Lê Quang Hưng, Phó Bí thư Thường trực Đảng ủy Khối chủ trì hội nghị.",
    [
        ("p", "Năm 2023, các cấp ủy, tổ chức đảng trong Đảng bộ Khối đã bám sát sự chỉ đạo của Ban Thường vụ Tỉnh "
              "ủy, Ban Dân vận Tỉnh ủy, ban hành 126 văn bản lãnh đạo, chỉ đạo về công tác dân vận; tổ chức quán "
              "triệt, triển khai Kết luận số 43-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 "
              "khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới "
              "đến 100% chi bộ, đảng bộ cơ sở."),
        ("p", "Việc thực hiện Quy chế dân chủ ở cơ sở gắn với cải cách hành chính có chuyển biến rõ nét. Các cơ "
              "quan, đơn vị trong Khối đã công khai 100% thủ tục hành chính thuộc thẩm quyền, tỷ lệ hồ sơ được giải "
              "quyết đúng và trước hạn đạt 98,6%; tổ chức 215 cuộc đối thoại giữa người đứng đầu với cán bộ, công "
              "chức, viên chức và người lao động."),
        ("img", "/media/k3jd2nqa/dan-van-khoi-1.jpg",
         "Đồng chí Lê Quang Hưng, Phó Bí thư Thường trực Đảng ủy Khối phát biểu kết luận hội nghị"),
        ("p", "Phong trào thi đua “Dân vận khéo” tiếp tục được triển khai sâu rộng với 312 mô hình được công nhận, "
              "trong đó có nhiều mô hình tiêu biểu như “Một cửa thân thiện, vì Nhân dân phục vụ” của Sở Tư pháp, "
              "“Giải quyết thủ tục đất đai không để người dân đi lại nhiều lần” của Văn phòng Đăng ký đất đai tỉnh, "
              "“Cán bộ Kho bạc đồng hành cùng chủ đầu tư” của Kho bạc Nhà nước tỉnh."),
        ("box", "Xem thêm", [
            ("Tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2023",
             "/tin-tuc-su-kien/cong-tac-dan-van/tong-ket-phong-trao-thi-dua-dan-van-kheo-giai-doan-2021-2023"),
            ("Nâng cao chất lượng đối thoại giữa người đứng đầu với cán bộ, công chức",
             "/tin-tuc-su-kien/cong-tac-dan-van/nang-cao-chat-luong-doi-thoai-giua-nguoi-dung-dau-voi-can-bo-cong-chuc"),
        ]),
        ("p", "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: việc cụ thể hóa chủ trương của "
              "cấp trên ở một số cấp ủy còn chậm; một số mô hình “Dân vận khéo” chưa có tính lan tỏa, chưa gắn chặt "
              "với nhiệm vụ chuyên môn; công tác nắm bắt tư tưởng, dư luận xã hội ở một vài đơn vị có lúc chưa kịp "
              "thời."),
        ("p", "Phát biểu kết luận, đồng chí Lê Quang Hưng đề nghị các cấp ủy tiếp tục quán triệt sâu sắc quan điểm "
              "“dân là gốc”, nâng cao trách nhiệm của người đứng đầu trong thực hiện công tác dân vận; đẩy mạnh dân "
              "vận chính quyền gắn với chuyển đổi số, nâng cao chỉ số hài lòng của người dân, doanh nghiệp đối với "
              "sự phục vụ của cơ quan hành chính nhà nước; lựa chọn những mô hình thiết thực để nhân rộng, tránh "
              "hình thức."),
        ("img", "/media/0pvb4xgh/dan-van-khoi-2.jpg",
         "Trao Giấy khen cho các tập thể có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2023"),
        ("p", "Dịp này, Ban Thường vụ Đảng ủy Khối tặng Giấy khen cho 12 tập thể, 18 cá nhân có thành tích xuất sắc "
              "trong phong trào thi đua “Dân vận khéo” năm 2023."),
    ])


def page1():
    rng = random.Random("umbraco-thanhhoa-01")
    prov = "Thanh Hóa"
    pub = T("2024-03-08 14:05")
    upd = T("2024-03-09 08:10")
    today = T("2025-01-10 08:00")
    host = "https://danguykhoi.thanhhoa.gov.vn"
    path = "/tin-tuc-su-kien/cong-tac-dan-van/dang-uy-khoi-cac-co-quan-tinh-trien-khai-nhiem-vu-cong-tac-dan-van-nam-2024"
    url = host + path
    byline = "Thu Hà - Ban Tuyên giáo Đảng ủy Khối"
    tree = menu_tree(rng, prov, "party", base="", n_communes=6, ext="")
    heads = headlines(rng, 40, prov, exclude=[ART1.title], avoid=ART1.body)
    dts = days_before(pub, rng, 40, 0, 45)
    newer = days_before(today, rng, 10, 0, 6)

    def img(src, cap, alt, n):
        return (f'<div class="umb-block-list__item" data-content-type="imageBlock">'
                f'<figure class="image-block image-block--center"><img src="{src}?width=800&amp;rmode=max&amp;v=1da71c{hexid(rng, 6)}" '
                f'alt="{alt}" width="800" height="533" loading="lazy" />'
                f'<figcaption class="image-block__caption">{cap}</figcaption></figure></div>')

    def box(head, items):
        return ('<div class="umb-block-list__item" data-content-type="relatedLinksBlock"><aside class="inline-related">'
                f'<p class="inline-related__title">{esc(head)}</p><ul>' +
                "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in items) + "</ul></aside></div>")

    body = ART1.render(p=lambda t: f'<div class="umb-block-list__item" data-content-type="richTextBlock"><p style="text-align: justify;">{t}</p></div>',
                       img=img, box=box)
    body += f'\n<div class="umb-block-list__item" data-content-type="richTextBlock"><p style="text-align: right;"><strong>{esc(byline)}</strong></p></div>'

    same_cat = "".join(
        f'<li class="list-news__item"><a href="/tin-tuc-su-kien/cong-tac-dan-van/{slugify(t)}">{esc(t)}</a> '
        f'<span class="list-news__date">({ddmmyy(d)})</span></li>' for t, d in zip(heads[:10], dts[:10]))
    latest = "".join(
        f'<li><a href="/tin-tuc-su-kien/hoat-dong-dang-uy-khoi/{slugify(t)}"><img src="/media/{alnum(rng, 8).lower()}/thumb.jpg?width=120&amp;height=80&amp;rmode=crop" alt="" />'
        f'<span class="t">{esc(t)}</span></a><span class="d">{dmy(d)}</span></li>'
        for t, d in zip(heads[10:18], newer))
    most = "".join(f'<li><span class="num">{i + 1}</span><a href="/tin-tuc-su-kien/{slugify(t)}">{esc(t)}</a></li>'
                   for i, t in enumerate(heads[18:26]))
    docs = "".join(f'<li><a href="/van-ban/{slugify(t)[:70]}">{esc(t)}</a></li>' for t in doc_titles(rng, 8))
    notices = "".join(f'<li><a href="/thong-bao/{slugify(t)}">{esc(t)}</a></li>' for t in NOTICE_TITLES[:5])
    links = "".join(f'<option value="https://{slugify(m)[:16]}.vn">{esc(m)}</option>' for m in MINISTRIES)
    counters = "".join(f'<li>{esc(l)}: <b>{v}</b></li>' for l, v in counter_block(rng))
    prev_t, next_t = heads[26], heads[27]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ART1.title,
          "datePublished": "2024-03-04T09:12:44", "dateModified": "2024-03-09T08:10:31",
          "image": [host + "/media/k3jd2nqa/dan-van-khoi-1.jpg"],
          "publisher": {"@type": "Organization", "name": "Đảng ủy Khối các cơ quan tỉnh Thanh Hóa"}}
    html = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Đảng ủy Khối các cơ quan tỉnh Thanh Hóa</title>
<meta name="description" content="{esc(ART1.lead, attr=True)}" />
<meta property="og:site_name" content="Đảng ủy Khối các cơ quan tỉnh Thanh Hóa" />
<meta property="og:title" content="{esc(ART1.title, attr=True)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{host}/media/k3jd2nqa/dan-van-khoi-1.jpg?width=1200&amp;height=630&amp;rmode=crop" />
<meta property="article:published_time" content="2024-03-04T09:12:44" />
<meta property="article:modified_time" content="2024-03-09T08:10:31" />
<link rel="canonical" href="{url}" />
<link rel="icon" href="/favicon.ico" />
<link rel="stylesheet" href="/css/bundle.min.css?v={hexid(rng, 10)}" />
<script type="application/ld+json">{dump(ld)}</script>
<style>{css_blob(rng, "dk", 520)}</style>
</head>
<body class="page page--newsDetail" data-umb-page-id="4821" data-umb-doctype="newsDetail">
{svg_sprite(rng, 40, "i")}
<div class="topbar"><div class="container"><span class="topbar__date">{wd(today)}, {dmy(today)}</span>
<ul class="topbar__links"><li><a href="/so-do-site">Sơ đồ site</a></li><li><a href="/rss">RSS</a></li><li><a href="/lien-he">Liên hệ</a></li><li><a href="/umbraco" rel="nofollow">Đăng nhập</a></li></ul></div></div>
<header class="header"><div class="container"><a class="header__logo" href="/"><img src="/media/qvxlmw0c/logo-dang-uy-khoi.png" alt="Logo" width="96" height="96" /></a>
<div class="header__brand"><p class="header__brand-1">ĐẢNG BỘ TỈNH THANH HÓA</p><p class="header__brand-2">ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH</p></div>
<form class="header__search" action="/tim-kiem" method="get"><input type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." /><button type="submit">Tìm kiếm</button></form></div></header>
<nav class="mainnav" aria-label="Menu chính"><div class="container"><a class="mainnav__home" href="/">Trang chủ</a>{ul_tree(tree, "mainnav__list", "mainnav__item", "mainnav__sub")}</div></nav>
<div class="ticker"><div class="container"><span class="ticker__label">Tin nổi bật:</span><marquee scrollamount="3">{" &nbsp;•&nbsp; ".join(esc(t) for t in heads[30:35])}</marquee></div></div>
<main class="main"><div class="container">
<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="active"><a href="/tin-tuc-su-kien/cong-tac-dan-van">Công tác dân vận</a></li></ol></nav>
<div class="row">
<div class="col-lg-8">
<section class="block block--news-detail">
<h2 class="block__title"><span>Tin tức - Sự kiện</span></h2>
<article class="news-detail">
<h1 class="news-detail__title">{esc(ART1.title)}</h1>
<div class="news-detail__meta">
<span class="meta meta--date"><svg class="ic"><use href="#i-calendar"></use></svg> Ngày đăng: {dmy(pub)} {hm(pub)}</span>
<span class="meta meta--updated">Cập nhật: {dmy(upd)} {hm(upd)}</span>
<span class="meta meta--views"><svg class="ic"><use href="#i-eye"></use></svg> Lượt xem: 1.024</span>
</div>
<div class="news-detail__tools"><span>Cỡ chữ:</span> <button data-fs="-1">A-</button><button data-fs="0">A</button><button data-fs="1">A+</button>
<a href="javascript:window.print()" class="tool-print">In bài</a> <a href="mailto:?subject={esc(ART1.title, attr=True)}&amp;body={url}" class="tool-mail">Gửi email</a>
<div class="zalo-share-button" data-href="{url}" data-oaid="{rng.randint(10 ** 17, 10 ** 18)}" data-layout="1" data-color="blue" data-customize="false"></div>
<div class="fb-share-button" data-href="{url}" data-layout="button_count"></div></div>
<div class="news-detail__sapo"><strong>{esc(ART1.lead)}</strong></div>
<div class="news-detail__content umb-block-list">
{body}
</div>
<div class="news-detail__tags"><span>Từ khóa:</span> <a href="/tim-kiem?tag=dan-van">dân vận</a>, <a href="/tim-kiem?tag=dang-uy-khoi">Đảng ủy Khối</a>, <a href="/tim-kiem?tag=dan-van-kheo">Dân vận khéo</a></div>
<nav class="news-detail__pager"><a class="prev" href="/tin-tuc-su-kien/cong-tac-dan-van/{slugify(prev_t)}">« Bài trước: {esc(prev_t)}</a><a class="next" href="/tin-tuc-su-kien/cong-tac-dan-van/{slugify(next_t)}">Bài sau: {esc(next_t)} »</a></nav>
</article>
</section>
<section class="block block--same-cat"><h2 class="block__title"><span>Tin cùng chuyên mục</span></h2><ul class="list-news">{same_cat}</ul>
<a class="block__more" href="/tin-tuc-su-kien/cong-tac-dan-van">Xem tất cả</a></section>
</div>
<aside class="col-lg-4 sidebar">
<section class="block block--latest"><h2 class="block__title"><span>Tin mới nhất</span></h2><ul class="list-thumb">{latest}</ul></section>
<section class="block block--most"><h2 class="block__title"><span>Đọc nhiều</span></h2><ol class="list-most">{most}</ol></section>
<section class="block block--notice"><h2 class="block__title"><span>Thông báo</span></h2><ul>{notices}</ul></section>
<section class="block block--docs"><h2 class="block__title"><span>Văn bản mới</span></h2><ul>{docs}</ul></section>
<section class="block block--poll"><h2 class="block__title"><span>Thăm dò ý kiến</span></h2>
<form class="umbraco-forms-form" method="post" action="{path}"><p>Bạn đánh giá thế nào về giao diện mới của Trang thông tin điện tử?</p>
<label><input type="radio" name="poll" value="1" /> Đẹp, dễ sử dụng</label><label><input type="radio" name="poll" value="2" /> Bình thường</label><label><input type="radio" name="poll" value="3" /> Cần cải tiến</label>
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8{alnum(rng, 150)}" /><input type="hidden" name="ufprt" value="{alnum(rng, 340)}" /><button type="submit">Biểu quyết</button></form></section>
<section class="block block--banners">{"".join(f'<a href="https://{slugify(m)[:16]}.vn" class="banner"><img src="/media/{alnum(rng, 8).lower()}/banner-{i}.jpg" alt="{esc(m, attr=True)}" /></a>' for i, m in enumerate(MINISTRIES[:6]))}</section>
<section class="block block--links"><h2 class="block__title"><span>Liên kết website</span></h2><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{links}</select></section>
<section class="block block--counter"><h2 class="block__title"><span>Thống kê truy cập</span></h2><ul>{counters}</ul></section>
</aside>
</div></div></main>
<footer class="footer"><div class="container">
<p class="footer__name">TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH THANH HÓA</p>
<p>Cơ quan chủ quản: Đảng ủy Khối các cơ quan tỉnh Thanh Hóa. Chịu trách nhiệm chính: Phó Bí thư Thường trực Đảng ủy Khối.</p>
<p>Địa chỉ: Số 45 Đại lộ Lê Lợi, phường Điện Biên, TP Thanh Hóa. Điện thoại: 0237.38xx.xxx. Email: danguykhoi@thanhhoa.gov.vn</p>
<p>Ghi rõ nguồn “Trang thông tin điện tử Đảng ủy Khối các cơ quan tỉnh Thanh Hóa” khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/App_Plugins/UmbracoForms/Assets/promise-polyfill/dist/polyfill.min.js?v=10.5.2"></script>
<script src="/App_Plugins/UmbracoForms/Assets/aspnet-client-validation/dist/aspnet-validation.min.js?v=10.5.2"></script>
<script>{fake_min_js(rng, 140, "dk")}</script>
<script>window.umbPage={{"id":4821,"key":"{guid(rng)}","culture":"vi-VN","createDate":"2024-03-04T09:12:44","updateDate":"2024-03-09T08:10:31"}};</script>
</body>
</html>
"""
    return dict(
        family="umbraco", name="thanhhoa-dang-uy-khoi-dan-van-site-title", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART1, published=iso_min(pub), updated=iso_min(upd), author="Thu Hà",
                          author_unit="Ban Tuyên giáo Đảng ủy Khối", category="Công tác dân vận"),
        traps={"bylines": [byline],
               "related": heads[:10] + [t for t, _ in ART1.blocks[4][2]],
               "chrome": ["Tin tức - Sự kiện", "Xem thêm", "Tin cùng chuyên mục", "Bài trước:", "Bài sau:", "Từ khóa:"],
               "dates": ["2024-03-04T09:12:44", f"{wd(today)}, {dmy(today)}"]},
        notes="Umbraco 10 (block list editor: every paragraph is its own umb-block-list__item div; media under "
              "/media/<8 chars>/ with ?width&rmode; Umbraco Forms poll with ufprt token). <title> is only the site "
              "name. Panel heading 'Tin tức - Sự kiện' (h2) sits above the h1; the breadcrumb's last crumb "
              "'Công tác dân vận' is the category. Meta line 'Ngày đăng: 08/03/2024 14:05 | Cập nhật: 09/03/2024 "
              "08:10'. JSON-LD datePublished and article:published_time are the node's createDate 2024-03-04T09:12:44 "
              "(draft creation, naive, wrong). In-body 'Xem thêm' related-links block between paragraphs. Byline "
              "'Name - Unit' as the last right-aligned paragraph. 'Tin cùng chuyên mục' dates in dd/mm/yy. Top bar "
              "shows the crawl day.",
        readme="Umbraco 10 block-list; <title>=site name, 'Tin tức - Sự kiện' panel h2 above h1, pub + update "
               "stamps, wrong createDate in JSON-LD/og, in-body 'Xem thêm' block, 'Name - Unit' byline, dd/mm/yy lists",
    )


# =====================================================================
# Page 2: Ban Tổ chức Tỉnh ủy Bắc Giang — Sitefinity, Q&A
# =====================================================================
ART2 = Art(
    "Hỏi - đáp về chuyển sinh hoạt đảng và quản lý đảng viên đi làm ăn xa",
    "Thời gian qua, Ban Tổ chức Tỉnh ủy nhận được một số câu hỏi của cán bộ, đảng viên liên quan đến thủ tục "
    "chuyển sinh hoạt đảng và việc quản lý đảng viên đi làm ăn xa nơi cư trú. Ban Tổ chức Tỉnh ủy trả lời như sau:",
    [
        ("p", "**Hỏi:** __Tôi là đảng viên Chi bộ thôn Phì Điền, xã Giáp Sơn, huyện Lục Ngạn. Nay tôi được một doanh "
              "nghiệp ở tỉnh Bình Dương tuyển dụng làm việc trong thời gian khoảng 2 năm. Xin hỏi tôi cần làm thủ tục "
              "gì để chuyển sinh hoạt đảng? (Hoàng Văn Chung, xã Giáp Sơn, huyện Lục Ngạn)__"),
        ("p", "**Trả lời:** Theo Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương về một số vấn "
              "đề cụ thể thi hành Điều lệ Đảng, đảng viên đi làm ăn, học tập hoặc công tác ở địa phương khác có thời "
              "hạn từ 3 tháng đến dưới 1 năm thì làm thủ tục chuyển sinh hoạt đảng tạm thời; trường hợp có thời hạn từ "
              "1 năm trở lên thì làm thủ tục chuyển sinh hoạt đảng chính thức đến tổ chức đảng nơi làm việc hoặc nơi "
              "cư trú mới."),
        ("p", "Như vậy, đồng chí cần báo cáo chi ủy, chi bộ nơi đang sinh hoạt để được giới thiệu chuyển sinh hoạt "
              "đảng chính thức. Hồ sơ gồm giấy giới thiệu sinh hoạt đảng, phiếu đảng viên và hồ sơ đảng viên do Đảng "
              "ủy xã Giáp Sơn niêm phong, chuyển Ban Tổ chức Huyện ủy Lục Ngạn làm thủ tục giới thiệu đến cấp ủy nơi "
              "doanh nghiệp có tổ chức đảng."),
        ("p", "**Hỏi:** __Đảng viên đi làm ăn xa nhưng không làm thủ tục chuyển sinh hoạt đảng tạm thời thì chi bộ phải "
              "xử lý như thế nào? (Nguyễn Thị Thanh, Chi bộ thôn Tân Lập, xã Tân Dĩnh, huyện Lạng Giang)__"),
        ("p", "**Trả lời:** Đảng viên đi làm ăn xa có thời hạn từ 3 tháng trở lên mà không làm thủ tục chuyển sinh "
              "hoạt đảng tạm thời, không báo cáo với chi bộ là vi phạm quy định về sinh hoạt đảng. Chi bộ cần liên hệ "
              "với gia đình, chủ động nắm tình hình, yêu cầu đảng viên làm thủ tục theo quy định. Trường hợp đảng viên "
              "bỏ sinh hoạt đảng 3 tháng trong năm mà không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên "
              "trong danh sách đảng viên theo Điều 8 Điều lệ Đảng."),
        ("p", "**Hỏi:** __Đảng viên đang sinh hoạt đảng tạm thời ở nơi khác thì việc đánh giá, xếp loại chất lượng cuối "
              "năm do chi bộ nào thực hiện? (Trần Văn Thắng, Đảng bộ Công ty TNHH Phúc Hưng, Khu công nghiệp Đình Trám)__"),
        ("p", "**Trả lời:** Đảng viên sinh hoạt đảng tạm thời chịu sự quản lý, giáo dục của chi bộ nơi sinh hoạt tạm "
              "thời. Cuối năm, chi bộ nơi sinh hoạt tạm thời nhận xét bằng văn bản về việc thực hiện nhiệm vụ đảng viên, "
              "gửi chi bộ nơi đảng viên sinh hoạt chính thức; việc đánh giá, xếp loại chất lượng đảng viên do chi bộ "
              "nơi sinh hoạt chính thức thực hiện trên cơ sở bản nhận xét đó."),
        ("p", "Ban Tổ chức Tỉnh ủy đề nghị các đồng chí đảng viên thường xuyên liên hệ với chi ủy nơi cư trú và nơi "
              "sinh hoạt đảng để được hướng dẫn cụ thể, bảo đảm không để gián đoạn sinh hoạt đảng."),
    ])


def page2():
    rng = random.Random("sitefinity-bacgiang-02")
    prov = "Bắc Giang"
    pub = T("2024-03-11 09:20")
    today = T("2025-01-10 08:00")
    host = "https://bantochuc.bacgiang.dcs.vn"
    path = "/hoi-dap-nghiep-vu/hoi-dap-ve-chuyen-sinh-hoat-dang-va-quan-ly-dang-vien-di-lam-an-xa"
    url = host + path
    ctl = f"ctl00_ContentPlaceholderMain_T{hexid(rng, 8).upper()}{rng.randint(100, 999)}"
    tree = menu_tree(rng, prov, "party", base="", n_communes=5, ext="")
    heads = headlines(rng, 30, prov, exclude=[ART2.title], avoid=ART2.body)
    dts = days_before(pub, rng, 30, 2, 90)
    qa_titles = [
        "Hỏi - đáp về thời hạn xét kết nạp lại người vào Đảng",
        "Hỏi - đáp về việc miễn công tác và sinh hoạt đảng đối với đảng viên cao tuổi",
        "Hỏi - đáp về tính tuổi đảng của đảng viên bị gián đoạn sinh hoạt",
        "Hỏi - đáp về thủ tục công nhận đảng viên chính thức",
        "Hỏi - đáp về quản lý hồ sơ đảng viên khi chuyển sinh hoạt ra ngoài tỉnh",
        "Hỏi - đáp về việc trao Huy hiệu Đảng cho đảng viên đã từ trần",
        "Hỏi - đáp về chế độ sinh hoạt của chi ủy và chi bộ",
        "Hỏi - đáp về đánh giá, xếp loại chất lượng đảng viên dự bị",
    ]
    body = ART2.render(p=lambda t: f'<p style="text-align: justify;">{t}</p>')
    other = "".join(f'<li class="sfnewsListItem"><h2 class="sfnewsTitle"><a href="/hoi-dap-nghiep-vu/{slugify(t)}">{esc(t)}</a></h2>'
                    f'<div class="sfnewsMetaInfo">{d.strftime("%d.%m.%Y")}</div></li>' for t, d in zip(qa_titles, dts))
    news = "".join(f'<li><a href="/tin-tuc/{slugify(t)}">{esc(t)}</a><span class="date">{d.strftime("%d.%m.%Y")}</span></li>'
                   for t, d in zip(heads[:10], days_before(today, rng, 10, 0, 10)))
    docs = "".join(f'<li><a href="/docs/default-source/van-ban/{slugify(t)[:60]}.pdf?sfvrsn={hexid(rng, 8)}_2">{esc(t)}</a></li>'
                   for t in doc_titles(rng, 8))
    vs = viewstate(rng, 24000)
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head id="Head1"><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>
	Hỏi - đáp về chuyển sinh hoạt đảng và quản lý đảng viên đi làm ăn xa - Ban Tổ chức Tỉnh ủy Bắc Giang
</title>
<meta name="Generator" content="Sitefinity 14.4.8147.0 DX" />
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{esc(ART2.title, attr=True)}" /><meta property="og:type" content="website" />
<meta property="og:url" content="{url}" /><meta property="og:site_name" content="Ban Tổ chức Tỉnh ủy Bắc Giang" />
<link href="/Telerik.Web.UI.WebResource.axd?d={alnum(rng, 120)}&amp;t={rng.randint(10 ** 17, 10 ** 18)}&amp;compress=1&amp;_TSM_CombinedScripts_=%3b%3bTelerik.Sitefinity.Resources%3avi" type="text/css" rel="stylesheet" />
<link href="/ResourcePackages/Bootstrap4/assets/dist/css/main.min.css?package=Bootstrap4&amp;v={hexid(rng, 12)}" rel="stylesheet" />
<style>{css_blob(rng, "sf", 420)}</style>
</head>
<body>
<form method="post" action="{path}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="ctl00_ScriptManager1_TSM" id="ctl00_ScriptManager1_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<script src="/WebResource.axd?d={alnum(rng, 90)}&amp;t={rng.randint(10 ** 17, 10 ** 18)}" type="text/javascript"></script>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{hexid(rng, 8).upper()}" /></div>
<div class="sf_cols header-top"><div class="sf_colsOut sf_1col_1_100"><div class="sf_colsIn container">
<span class="today">{wd(today)}, ngày {today.day:02d}/{today.month:02d}/{today.year}</span>
<a href="/Sitefinity" class="login" rel="nofollow">Đăng nhập</a></div></div></div>
<header class="sf_cols header"><div class="sf_colsIn container"><a href="/" class="logo"><img src="/images/default-source/logo/logo-btc.png?sfvrsn={hexid(rng, 8)}_0" alt="Ban Tổ chức Tỉnh ủy Bắc Giang" /></a>
<div class="brand"><span class="l1">ĐẢNG CỘNG SẢN VIỆT NAM</span><span class="l2">BAN TỔ CHỨC TỈNH ỦY BẮC GIANG</span></div></div></header>
<nav class="sf_cols navbar" id="ctl00_Navigation_T{hexid(rng, 8).upper()}001"><div class="sf_colsIn container">{ul_tree(tree, "nav navbar-nav sfNavList", "nav-item sfNavItem", "dropdown-menu")}</div></nav>
<div class="sf_cols container body">
<div class="sf_colsOut sf_2cols_1_67"><div id="{ctl}_Col00" class="sf_colsIn sf_2cols_1in_67">
<div class="sfBreadcrumbWrp"><span class="sfBreadcrumbLabel">Bạn đang ở:</span> <a href="/">Trang chủ</a> <span class="sfBreadcrumbNodeSeparator">/</span> <a href="/hoi-dap-nghiep-vu">Hỏi - Đáp nghiệp vụ</a></div>
<div class="sfContentBlock sf-Long-text"><h3 class="section-head">HỎI - ĐÁP NGHIỆP VỤ CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG</h3></div>
<div class="sfnewsDetails sfdetails" data-sf-provider="OpenAccessDataProvider" data-sf-type="Telerik.Sitefinity.News.Model.NewsItem" data-sf-id="{guid(rng)}">
<div class="sfnewsAuthorAndDate">{pub.strftime("%d.%m.%Y")} | {hm(pub)} <span class="sfnewsAuthor">Đăng bởi: biên tập viên</span></div>
<h1 class="sfnewsTitle">{esc(ART2.title)}</h1>
<div class="sfnewsSummary"><p><strong>{esc(ART2.lead)}</strong></p></div>
<div class="sfnewsContent sfcontent">
{body}
<p style="text-align: right;"><strong>Ngọc Lan (tổng hợp)</strong></p>
</div>
<div class="sfnewsTags"><span>Thẻ:</span> <a href="/hoi-dap-nghiep-vu/tag/sinh-hoat-dang">sinh hoạt đảng</a> <a href="/hoi-dap-nghiep-vu/tag/dieu-le-dang">Điều lệ Đảng</a></div>
<div class="sfnewsLinksWrp"><a class="sfnewsBack" href="/hoi-dap-nghiep-vu">Quay lại danh sách</a></div>
</div>
<div class="sfnewsListWrp other-qa"><h3 class="section-head">Các câu hỏi khác</h3><ul class="sfnewsList sfnewsListTitleDate">{other}</ul></div>
<div class="ask-form"><h3 class="section-head">Gửi câu hỏi</h3>
<p>Cán bộ, đảng viên có thắc mắc về nghiệp vụ công tác tổ chức xây dựng Đảng có thể gửi câu hỏi theo mẫu dưới đây.</p>
<div class="sfFormBox"><label for="{ctl}_name">Họ và tên</label><input name="ctl00$ContentPlaceholderMain$ask$name" type="text" id="{ctl}_name" class="sfTxt" />
<label for="{ctl}_unit">Chi bộ, đảng bộ</label><input name="ctl00$ContentPlaceholderMain$ask$unit" type="text" id="{ctl}_unit" class="sfTxt" />
<label for="{ctl}_q">Nội dung câu hỏi</label><textarea name="ctl00$ContentPlaceholderMain$ask$q" rows="6" id="{ctl}_q" class="sfTxtArea">Nhập nội dung câu hỏi</textarea>
<input type="submit" name="ctl00$ContentPlaceholderMain$ask$btn" value="Gửi câu hỏi" onclick="javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;ctl00$ContentPlaceholderMain$ask$btn&quot;, &quot;&quot;, true, &quot;ask&quot;, &quot;&quot;, false, false))" class="sfSubmitBtn" /></div></div>
</div></div>
<div class="sf_colsOut sf_2cols_2_33"><div id="{ctl}_Col01" class="sf_colsIn sf_2cols_2in_33 sidebar">
<div class="sfContentBlock"><h3 class="section-head">Tin mới</h3><ul class="list-news">{news}</ul></div>
<div class="sfContentBlock"><h3 class="section-head">Văn bản</h3><ul class="list-doc">{docs}</ul></div>
<div class="sfContentBlock"><h3 class="section-head">Phần mềm quản lý đảng viên</h3><a href="https://qldv.bacgiang.dcs.vn" class="banner"><img src="/images/default-source/banner/qldv.jpg?sfvrsn={hexid(rng, 8)}_0" alt="Phần mềm quản lý cơ sở dữ liệu đảng viên" /></a></div>
<div class="sfContentBlock"><h3 class="section-head">Thống kê truy cập</h3><ul>{"".join(f'<li>{esc(l)}: {v}</li>' for l, v in counter_block(rng))}</ul></div>
</div></div>
</div>
<footer class="sf_cols footer"><div class="sf_colsIn container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ BAN TỔ CHỨC TỈNH ỦY BẮC GIANG</strong></p>
<p>Địa chỉ: Số 2 đường Nguyễn Gia Thiều, TP Bắc Giang. Điện thoại: 0204.38xx.xxx.</p><p>Chịu trách nhiệm chính: Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy.</p></div></footer>
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{ $create(Telerik.Sitefinity.Web.UI.PublicControls.FormsControl, {{"uniqueId":"{ctl}","culture":"vi"}}, null, null, $get("{ctl}_Col00")); }});
{fake_min_js(rng, 90, "sfapp")}
//]]>
</script>
</form>
</body>
</html>
"""
    return dict(
        family="sitefinity", name="bacgiang-hoi-dap-sinh-hoat-dang-dot-date", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART2, published=iso_min(pub), author="Ngọc Lan", category="Hỏi - Đáp nghiệp vụ"),
        traps={"bylines": ["Ngọc Lan (tổng hợp)", "biên tập viên"], "related": qa_titles + heads[:4],
               "chrome": ["HỎI - ĐÁP NGHIỆP VỤ CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG", "Các câu hỏi khác", "Gửi câu hỏi",
                          "Nhập nội dung câu hỏi", "Quay lại danh sách"]},
        notes="Sitefinity 14 WebForms page (sf_cols layout, Telerik resources, ~32 KB __VIEWSTATE, sfnewsDetails). "
              "Reader Q&A: each question is a paragraph starting with bold 'Hỏi:' and the italic question ending "
              "with the asker's name in parentheses; answers start with bold 'Trả lời:' — labels, questions and "
              "asker signatures are all body text. Stamp '11.03.2024 | 09:20' (dotted date) with 'Đăng bởi: biên "
              "tập viên' (account, not an author); byline 'Ngọc Lan (tổng hợp)' → 'Ngọc Lan' (role dropped). "
              "A section banner h3 sits above the h1; a question form (textarea with placeholder text) and a list of "
              "other Q&A titles follow. Category from the breadcrumb.",
        readme="Sitefinity 14; reader Q&A with 'Hỏi:'/'Trả lời:' labels and asker signatures in body, dotted date "
               "'11.03.2024 | 09:20', 'Đăng bởi' account, '(tổng hợp)' byline, section banner above h1, question form",
    )


PAGES = [page1, page2]
