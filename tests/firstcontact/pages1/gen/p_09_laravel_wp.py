"""Laravel/Livewire district portal and WordPress with the JNews theme."""
import random

from .common import (Art, T, MONTH_WORDS, counter_block, css_blob, dmy, doc_titles, dump, esc,
                     expected, fake_min_js, ga_snippet, headlines, hexid, hm, h12, iso_min, menu_tree,
                     MINISTRIES, NOTICE_TITLES, TICKER_FUTURE, alnum, wd, days_before, slugify, utc_iso,
                     b64blob, svg_sprite)


# =====================================================================
# Page 17: UBND huyện Đức Hòa (Long An) on Laravel — "3:45 CH", "Xem thêm:" line, cookie banner
# =====================================================================
ART17 = Art(
    "Đức Hòa đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm",
    "Sáng 5/12, UBND huyện Đức Hòa tổ chức họp đánh giá tình hình thực hiện và giải ngân vốn đầu tư công năm "
    "2024, đề ra các giải pháp đẩy nhanh tiến độ trong những tháng cuối năm.",
    [
        ("p", "Theo báo cáo của Phòng Tài chính - Kế hoạch huyện, tổng kế hoạch vốn đầu tư công năm 2024 của huyện "
              "là hơn 1.126 tỷ đồng, phân bổ cho 142 dự án. Tính đến ngày 30/11, khối lượng thực hiện ước đạt "
              "71,3% kế hoạch, giá trị giải ngân đạt 64,8%, cao hơn mức bình quân chung của tỉnh nhưng vẫn thấp "
              "hơn yêu cầu đề ra."),
        ("p", "Nguyên nhân chủ yếu là công tác bồi thường, giải phóng mặt bằng ở một số dự án giao thông trọng "
              "điểm như đường vành đai thị trấn Hậu Nghĩa, đường Đức Hòa Đông - Mỹ Hạnh Nam còn vướng mắc; giá "
              "một số loại vật liệu xây dựng tăng, nguồn cát san lấp khan hiếm; một số nhà thầu năng lực hạn chế, "
              "chậm bổ sung nhân lực, thiết bị."),
        ("box", "Xem thêm", [("Long An phấn đấu giải ngân 95% vốn đầu tư công năm 2024",
                              "/tin-tuc/long-an-phan-dau-giai-ngan-95-von-dau-tu-cong-nam-2024-8390")]),
        ("img", "/storage/uploads/2024/12/05/kiem-tra-duong-vanh-dai.jpg",
         "Lãnh đạo UBND huyện kiểm tra tiến độ thi công đường vành đai thị trấn Hậu Nghĩa"),
        ("p", "Chủ tịch UBND huyện yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết đến từng tuần cho từng "
              "dự án, phân công lãnh đạo trực tiếp theo dõi, đôn đốc; kiên quyết xử lý các nhà thầu vi phạm tiến "
              "độ, không để tình trạng “dồn việc” vào cuối năm. Đối với các dự án không có khả năng giải ngân hết "
              "vốn, các đơn vị phải báo cáo trước ngày 15/12 để huyện điều chuyển cho dự án khác."),
        ("p", "UBND các xã, thị trấn tăng cường tuyên truyền, vận động người dân có đất bị thu hồi sớm bàn giao "
              "mặt bằng; phối hợp chặt chẽ với Hội đồng bồi thường huyện giải quyết dứt điểm các trường hợp khiếu "
              "nại, bảo đảm quyền lợi hợp pháp của người dân."),
        ("p", "Huyện phấn đấu đến ngày 31/01/2025 giải ngân đạt trên 95% kế hoạch vốn được giao; những trường hợp "
              "chậm trễ, gây khó khăn trong giải ngân sẽ bị xem xét trách nhiệm khi đánh giá, xếp loại cuối năm."),
    ])


def page17():
    rng = random.Random("laravel-duchoa-17")
    prov = "Long An"
    pub = T("2024-12-05 15:45")
    today = T("2024-12-06 08:10")
    host = "https://duchoa.longan.gov.vn"
    url = f"{host}/tin-tuc/duc-hoa-day-nhanh-tien-do-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam-8421"
    tree = menu_tree(rng, prov, "gov", base="", n_communes=10, ext="")
    heads = headlines(rng, 30, prov, exclude=[ART17.title], avoid=ART17.body)
    dts = days_before(pub, rng, 30, 0, 20)
    csrf = alnum(rng, 40)
    ticker = TICKER_FUTURE[:4]
    comment_hint = "Ý kiến của bạn sẽ được Ban biên tập xem xét trước khi đăng."

    def img(src, cap, alt, n):
        return (f'<figure class="image image-style-align-center"><img src="{src}" alt="{alt}" width="900" height="600">'
                f'<figcaption>{cap}</figcaption></figure>')

    def box(head, items):
        return "".join(f'<p class="see-more"><strong>{esc(head)}:</strong> <a href="{u}" target="_blank">{esc(t)}</a></p>' for t, u in items)

    body = ART17.render(p=lambda t: f'<p style="text-align:justify;">{t}</p>', img=img, box=box)
    nav = "".join(f'<li class="nav-item dropdown"><a class="nav-link" href="{u}">{esc(l)}</a><div class="dropdown-menu mega"><div class="row">' +
                  "".join(f'<div class="col-3"><a class="dropdown-item fw-bold" href="{ku}">{esc(kl)}</a>' +
                          "".join(f'<a class="dropdown-item small" href="{gu}">{esc(gl)}</a>' for gl, gu in gk) + "</div>"
                          for kl, ku, gk in kids) + "</div></div></li>" for l, u, kids in tree)

    def card(t, d, i):
        return (f'<div class="post-item d-flex" wire:key="post-{8400 - i}"><a href="/tin-tuc/{slugify(t)}-{8400 - i}"><img src="/storage/thumbs/{hexid(rng, 12)}.webp" alt="" loading="lazy"></a>'
                f'<div><a class="post-item__title" href="/tin-tuc/{slugify(t)}-{8400 - i}">{esc(t)}</a><div class="post-item__date">{dmy(d)}</div></div></div>')

    related = "".join(card(t, d, i) for i, (t, d) in enumerate(zip(heads[:8], dts)))
    newest = "".join(card(t, d, i + 10) for i, (t, d) in enumerate(zip(heads[8:18], dts[8:18])))
    docs = "".join(f'<li><a href="/van-ban/{rng.randint(1000, 9999)}">{esc(t)}</a></li>' for t in doc_titles(rng, 8))
    snapshot = {"fingerprint": {"id": alnum(rng, 20), "name": "post.comment-form", "locale": "vi", "path": url[len(host) + 1:], "method": "GET", "v": "acj"},
                "effects": {"listeners": ["refreshComments"]},
                "serverMemo": {"children": [], "errors": [], "htmlHash": hexid(rng, 8), "data": {"postId": 8421, "name": None, "email": None, "content": None},
                               "dataMeta": [], "checksum": hexid(rng, 64)}}
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{csrf}">
    <title>{esc(ART17.title)} - Cổng thông tin điện tử huyện Đức Hòa</title>
    <meta name="description" content="{esc(ART17.lead, attr=True)}">
    <meta property="og:title" content="{esc(ART17.title, attr=True)}">
    <meta property="og:type" content="article">
    <link rel="preload" as="style" href="{host}/build/assets/app-{hexid(rng, 8)}.css" /><link rel="stylesheet" href="{host}/build/assets/app-{hexid(rng, 8)}.css" />
    <link rel="modulepreload" href="{host}/build/assets/app-{hexid(rng, 8)}.js" /><script type="module" src="{host}/build/assets/app-{hexid(rng, 8)}.js"></script>
    <style>[wire\\:loading], [wire\\:loading\\.delay]{{display:none}}[wire\\:offline]{{display:none}}[wire\\:dirty]:not(textarea):not(input):not(select){{display:none}}</style>
    <style>{css_blob(rng, "dh", 380)}</style>
    {ga_snippet(rng)}
</head>
<body class="antialiased">
{svg_sprite(rng, 30, "dh")}
<div class="topbar"><div class="container d-flex"><span class="topbar__clock" id="clock">{wd(today)}, {dmy(today)}</span><span class="ms-auto"><a href="/lien-he">Liên hệ</a> · <a href="/so-do-site">Sơ đồ site</a> · <a href="/login">Đăng nhập</a></span></div></div>
<header class="header"><div class="container"><a href="/" class="brand"><img src="/images/quoc-huy.png" alt=""><span>ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÒA<br><small>Cổng thông tin điện tử</small></span></a></div>
<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">{nav}</ul></div></nav></header>
<div class="ticker"><div class="container"><strong>Tin nóng:</strong> <div class="ticker__track">{"".join(f'<span class="ticker__item">{esc(t)}</span>' for t in ticker)}</div></div></div>
<main class="container py-3"><div class="row">
<div class="col-lg-8">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/danh-muc/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="breadcrumb-item active" aria-current="page"><a href="/danh-muc/kinh-te">Kinh tế</a></li></ol></nav>
<article class="post-detail">
<h1 class="post-detail__title">{esc(ART17.title)}</h1>
<div class="post-detail__meta d-flex"><span><svg class="ic"><use href="#dh-calendar"></use></svg> {wd(pub)}, {dmy(pub)} | {h12(pub, "SA", "CH", pad=False)}</span><span class="ms-3">Lượt xem: 97</span>
<span class="ms-auto post-detail__tools"><button onclick="fontSize(-1)">A-</button><button onclick="fontSize(1)">A+</button><button onclick="window.print()">In</button><button onclick="speak()">Nghe</button></span></div>
<div class="post-detail__summary fw-bold">{esc(ART17.lead)}</div>
<div class="post-detail__content ck-content">
{body}
</div>
<div class="post-detail__author text-end fw-bold">Bảo Anh</div>
<div class="post-detail__share"><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Chia sẻ Facebook</a> <a href="https://zalo.me/share?u={url}">Zalo</a></div>
</article>
<section class="comments" wire:id="{alnum(rng, 20)}" wire:initial-data="{esc(dump(snapshot), attr=True)}">
<h3 class="section-title">Ý kiến bạn đọc</h3><p class="text-muted">{esc(comment_hint)}</p>
<form wire:submit.prevent="submit"><input type="hidden" name="_token" value="{csrf}" autocomplete="off"><input wire:model.defer="name" class="form-control" placeholder="Họ tên"><input wire:model.defer="email" class="form-control" placeholder="Email"><textarea wire:model.defer="content" class="form-control" placeholder="Nội dung ý kiến"></textarea><button class="btn btn-primary">Gửi ý kiến</button></form>
</section>
<section class="related"><h3 class="section-title">Tin liên quan</h3>{related}</section>
</div>
<aside class="col-lg-4">
<section class="widget"><h3 class="section-title">Tin mới nhất</h3>{newest}</section>
<section class="widget"><h3 class="section-title">Văn bản chỉ đạo</h3><ul>{docs}</ul></section>
<section class="widget"><h3 class="section-title">Lịch công tác</h3><p>Tuần 49 (từ 02/12/2024 đến 08/12/2024)</p><a href="/lich-cong-tac">Xem chi tiết</a></section>
<section class="widget"><h3 class="section-title">Liên kết</h3>{"".join(f'<a href="https://{slugify(m)[:16]}.vn" class="d-block"><img src="/storage/banners/{slugify(m)[:16]}.png" alt="{esc(m, attr=True)}"></a>' for m in MINISTRIES)}</section>
<section class="widget counter">{"".join(f'<div>{l}: <b>{v}</b></div>' for l, v in counter_block(rng))}</section>
</aside>
</div></main>
<footer class="footer"><div class="container"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA</b></p><p>Cơ quan chủ quản: UBND huyện Đức Hòa. Địa chỉ: Khu A, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An.</p><p>Điện thoại: 0272.385x.xxx - Email: ubnd.duchoa@longan.gov.vn</p></div></footer>
<div class="cookie-banner" id="cookieBanner"><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên Cổng thông tin. <a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></p><button onclick="acceptCookie()">Tôi đồng ý</button></div>
<script src="/livewire/livewire.js?id={hexid(rng, 20)}" data-turbo-eval="false" data-turbolinks-eval="false"></script>
<script data-turbo-eval="false" data-turbolinks-eval="false">window.livewire = new Livewire();window.Livewire = window.livewire;window.livewire_app_url = '';window.livewire_token = '{csrf}';</script>
<script>{fake_min_js(rng, 140, "dhApp")}</script>
</body>
</html>
"""
    return dict(
        family="laravel_portal", name="duchoa-giai-ngan-ch-clock-xem-them", url=url,
        content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART17, published=iso_min(pub), author="Bảo Anh", category="Kinh tế"),
        traps={"bylines": ["Bảo Anh"], "related": ART17.box_titles() + heads[:6] + heads[8:10],
               "chrome": ticker + ["Xem thêm:", comment_hint, "Ý kiến bạn đọc"]},
        notes="Laravel + Livewire district portal (csrf meta, Vite /build/assets, wire:* attributes). Stamp "
              "'Thứ Năm, 05/12/2024 | 3:45 CH' — 12-hour Vietnamese clock (CH = afternoon) → 15:45; header clock "
              "shows the next day. A one-line 'Xem thêm: <link>' paragraph sits between body paragraphs (not "
              "body). Ticker with future dates, comment form, cookie banner. CKEditor 5 figure/figcaption.",
        readme="Laravel/Livewire; '3:45 CH' clock, in-body 'Xem thêm:' one-liner, ticker with future dates, "
               "comments form, cookie banner",
    )


# =====================================================================
# Page 18: Huyện đoàn Tuy Phước on WordPress + JNews — admin account, meta UTC time
# =====================================================================
ART18 = Art(
    "Tuy Phước: Sôi nổi Ngày hội “Thanh niên với chuyển đổi số”",
    "Hưởng ứng Tháng Thanh niên năm 2024, sáng 10/3, Huyện đoàn Tuy Phước tổ chức Ngày hội “Thanh niên với "
    "chuyển đổi số” tại Quảng trường trung tâm huyện, thu hút hơn 600 đoàn viên, thanh niên tham gia.",
    [
        ("p", "Ngày hội gồm nhiều hoạt động thiết thực như: hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, "
              "Cổng Dịch vụ công quốc gia; mở tài khoản thanh toán điện tử; giới thiệu các sản phẩm OCOP của địa "
              "phương trên sàn thương mại điện tử; trưng bày các sản phẩm sáng tạo của đoàn viên, học sinh về ứng "
              "dụng công nghệ trong sản xuất nông nghiệp."),
        ("p", "Các đội hình thanh niên tình nguyện của 13 cơ sở Đoàn trên địa bàn huyện đã bố trí 15 gian hỗ trợ, "
              "trực tiếp hướng dẫn hơn 400 lượt người dân, trong đó nhiều người cao tuổi lần đầu biết cách kích hoạt "
              "tài khoản định danh điện tử mức độ 2 và tra cứu hồ sơ thủ tục hành chính trên điện thoại."),
        ("img", "/wp-content/uploads/2024/03/ngay-hoi-cds-1-1024x683.jpg",
         "Đoàn viên thanh niên hướng dẫn người dân cài đặt ứng dụng VNeID"),
        ("p", "Dịp này, Huyện đoàn ra mắt 13 Tổ thanh niên xung kích chuyển đổi số tại các xã, thị trấn và trao "
              "tặng 20 điện thoại thông minh cho học sinh có hoàn cảnh khó khăn; đồng thời phát động cuộc thi “Ý "
              "tưởng sáng tạo thanh niên Tuy Phước” năm 2024."),
        ("p", "Phát biểu tại ngày hội, đồng chí Bí thư Huyện đoàn mong muốn mỗi đoàn viên, thanh niên trở thành "
              "một “đại sứ số”, tích cực lan tỏa kỹ năng số đến từng gia đình, khu dân cư, góp phần cùng địa "
              "phương thực hiện thắng lợi mục tiêu xây dựng chính quyền số, kinh tế số, xã hội số."),
        ("img", "/wp-content/uploads/2024/03/ngay-hoi-cds-2-1024x683.jpg",
         "Gian hàng giới thiệu sản phẩm OCOP trên sàn thương mại điện tử của đoàn viên xã Phước Hiệp"),
    ])

PREV18 = "Tuy Phước ra quân hưởng ứng Tháng Thanh niên năm 2024"
NEXT18 = "Huyện đoàn Tuy Phước trao 50 suất học bổng “Thắp sáng ước mơ”"


def page18():
    rng = random.Random("wp-jnews-tuyphuoc-18")
    prov = "Bình Định"
    pub = T("2024-03-12 14:20")
    host = "https://huyendoantuyphuoc.vn"
    slug = "tuy-phuoc-soi-noi-ngay-hoi-thanh-nien-voi-chuyen-doi-so"
    url = f"{host}/{slug}/"
    author, unit = "Bích Ngọc", "Huyện đoàn Tuy Phước"
    byline = f"{author} ({unit})"
    tree = menu_tree(rng, prov, "party", base="", n_communes=6, ext="/")
    heads = headlines(rng, 28, prov, exclude=[ART18.title, PREV18, NEXT18], avoid=ART18.body)
    dts = days_before(pub, rng, 28, 1, 40)
    date_vis = f"{pub.day} Tháng {MONTH_WORDS[pub.month - 1]}, {pub.year}"
    pub_utc = pub.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:11+00:00")

    def img(src, cap, alt, n):
        wid = 1800 + n
        return (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{host}{src}" alt="{alt}" class="wp-image-{wid}" '
                f'srcset="{host}{src} 1024w, {host}{src.replace("-1024x683", "-300x200")} 300w, {host}{src.replace("-1024x683", "-768x512")} 768w" sizes="(max-width: 1024px) 100vw, 1024px" />'
                f'<figcaption class="wp-element-caption">{cap}</figcaption></figure>')

    body = ART18.render(p=lambda t: f"<p>{t}</p>", img=img, sep="\n\n")
    body += f'\n\n<p class="has-text-align-right"><strong>{esc(byline)}</strong></p>'
    nav = "".join(f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-has-children menu-item-{100 + i} bgnav" data-item-row="default"><a href="{host}{u}">{esc(l)}</a><ul class="sub-menu">' +
                  "".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="{host}{ku}">{esc(kl)}</a></li>' for kl, ku, _ in kids) + "</ul></li>"
                  for i, (l, u, kids) in enumerate(tree))

    def block(t, d, i):
        return (f'<article class="jeg_post jeg_pl_md_5 format-standard"><div class="jeg_thumb"><a href="{host}/{slugify(t)}/"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="{host}/wp-content/themes/jnews/assets/img/jeg-empty.png" class="attachment-jnews-350x250 size-jnews-350x250 lazyload wp-post-image" alt="" data-src="{host}/wp-content/uploads/2024/0{1 + i % 3}/{hexid(rng, 8)}-350x250.jpg" /></div></a></div>'
                f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{host}/{slugify(t)}/">{esc(t)}</a></h3>'
                f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{host}/{slugify(t)}/"><i class="fa fa-clock-o"></i> {d.day} Tháng {MONTH_WORDS[d.month - 1]}, {d.year}</a></div></div></div></article>')

    related = "".join(block(t, d, i) for i, (t, d) in enumerate(zip(heads[:6], dts)))
    popular = "".join(block(t, d, i) for i, (t, d) in enumerate(zip(heads[6:16], dts[6:16])))
    yoast = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url}, "author": {"name": "admin", "@id": f"{host}/#/schema/person/{hexid(rng, 32)}"},
         "headline": ART18.title, "datePublished": pub_utc, "dateModified": pub_utc, "mainEntityOfPage": {"@id": url},
         "wordCount": 412, "commentCount": 0, "publisher": {"@id": f"{host}/#organization"},
         "image": {"@id": f"{url}#primaryimage"}, "articleSection": ["Hoạt động Đoàn"], "inLanguage": "vi"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{ART18.title} - Huyện đoàn Tuy Phước",
         "datePublished": pub_utc, "dateModified": pub_utc, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "vi"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": host + "/"},
            {"@type": "ListItem", "position": 2, "name": "Hoạt động Đoàn", "item": host + "/category/hoat-dong-doan/"},
            {"@type": "ListItem", "position": 3, "name": ART18.title}]},
        {"@type": "Person", "@id": f"{host}/#/schema/person/{hexid(rng, 32)}", "name": "admin"}]}
    jnewsoption = {"login_reload": f"{host}/{slug}", "popup_script": "magnific", "single_gallery": False,
                   "ismobile": False, "isie": False, "sidefeed_ajax": False, "language": "vi", "module_prefix": "jnews_module_ajax_",
                   "live_search": True, "postid": 1796, "isblog": True, "admin_bar": False, "follow_video": False,
                   "rtl": 0, "gif": "", "lang": {"invalid_recaptcha": "Invalid Recaptcha!", "empty_username": "Vui lòng nhập tên người dùng!",
                                                  "empty_email": "Vui lòng nhập email!", "empty_password": "Vui lòng nhập mật khẩu!"}}
    html = f"""<!doctype html>
<!--[if lt IE 7]> <html class="no-js lt-ie9 lt-ie8 lt-ie7" lang="vi"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="vi"> <!--<![endif]-->
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
    <link rel="profile" href="http://gmpg.org/xfn/11" />
    <link rel="pingback" href="{host}/xmlrpc.php" />
    <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<title>{esc(ART18.title)} - Huyện đoàn Tuy Phước</title>
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{esc(ART18.title, attr=True)} - Huyện đoàn Tuy Phước" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="Huyện đoàn Tuy Phước" />
	<meta property="article:published_time" content="{pub_utc}" />
	<meta property="article:modified_time" content="{pub_utc}" />
	<meta name="author" content="admin" />
	<meta name="twitter:label1" content="Được viết bởi" />
	<meta name="twitter:data1" content="admin" />
	<script type="application/ld+json" class="yoast-schema-graph">{dump(yoast)}</script>
<link rel='stylesheet' id='wp-block-library-css' href='{host}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-frontend-css' href='{host}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.1.3' type='text/css' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='{host}/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.19.2' type='text/css' media='all' />
<style id='global-styles-inline-css' type='text/css'>{css_blob(rng, "wp", 200)}</style>
<style id="jeg_dynamic_css" type="text/css" data-type="jeg_custom-css">{css_blob(rng, "jeg", 420)}</style>
<script type="text/javascript">var jnewsoption = {dump(jnewsoption)};</script>
<script type="text/javascript" src="{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
{ga_snippet(rng)}
</head>
<body class="post-template-default single single-post postid-1796 single-format-standard wp-embed-responsive jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal elementor-default elementor-kit-6">
    <div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>
    <div class="jeg_viewport">
        <div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div>
        <div class="jeg_header normal"><div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">{wd(T('2024-03-20'))}, Tháng Ba 20, 2024</div></div></div><div class="jeg_nav_col jeg_nav_right"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_nav_account"><ul class="jeg_accountlink jeg_menu"><li><a href="#jeg_loginform" class="jeg_popuplink"><i class="fa fa-lock"></i> Đăng nhập</a></li></ul></div></div></div></div></div></div>
        <div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="{host}/" style="padding: 0 0 0 0;"><img class='jeg_logo_img' src="{host}/wp-content/uploads/2023/05/logo-huyendoan.png" alt="Huyện đoàn Tuy Phước" data-light-src="{host}/wp-content/uploads/2023/05/logo-huyendoan.png" width="400" height="90"></a></h1></div></div></div></div></div>
        <div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">{nav}</ul></div></div></div></div></div></div></div></div>
        <div class="jeg_main ">
            <div class="jeg_container">
                <div class="jeg_content jeg_singlepage">
                    <div class="container">
                        <div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
                        <div class="row">
                            <div class="jeg_main_content col-md-8">
                                <div class="jeg_inner_content">
                                    <div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{host}">Trang chủ</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{host}/category/hoat-dong-doan/">Hoạt động Đoàn</a></span></div></div>
                                    <div class="entry-header">
                                        <h1 class="jeg_post_title">{esc(ART18.title)}</h1>
                                        <h2 class="jeg_post_subtitle">{esc(ART18.lead)}</h2>
                                        <div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
                                            <div class="meta_left">
                                                <div class="jeg_meta_author"><img alt='admin' src='https://secure.gravatar.com/avatar/{hexid(rng, 32)}?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' decoding='async'/><span class="meta_text">Người đăng:</span> <a href="{host}/author/admin/">admin</a></div>
                                                <div class="jeg_meta_date"><a href="{url}">{date_vis}</a></div>
                                                <div class="jeg_meta_category"><span><span class="meta_text">trong</span> <a href="{host}/category/hoat-dong-doan/" rel="category tag">Hoạt động Đoàn</a></span></div>
                                            </div>
                                            <div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div>
                                        </div></div>
                                    </div>
                                    <div class="jeg_featured featured_image"><a href="{host}/wp-content/uploads/2024/03/ngay-hoi-cds-cover.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:66.667%"><img width="750" height="500" src="{host}/wp-content/themes/jnews/assets/img/jeg-empty.png" class="attachment-jnews-750x500 size-jnews-750x500 lazyload wp-post-image" alt="" decoding="async" data-src="{host}/wp-content/uploads/2024/03/ngay-hoi-cds-cover-750x500.jpg" /></div></a></div>
                                    <div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_views_count"><div class="counts">128</div><span class="sharetext">LƯỢT XEM</span></div></div><div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u={url}" rel='nofollow' class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Chia sẻ trên Facebook</span></a><a href="https://twitter.com/intent/tweet?text={slug}&url={url}" rel='nofollow' class="jeg_btn-twitter expanded"><span>Chia sẻ trên Twitter</span></a></div></div></div>
                                    <div class="entry-content no-share">
                                        <div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
                                        <div class="content-inner ">
{body}
                                        </div>
                                        <div class="jeg_post_tags"><span>Tags:</span> <a href="{host}/tag/chuyen-doi-so/" rel="tag">chuyển đổi số</a><a href="{host}/tag/thang-thanh-nien/" rel="tag">Tháng Thanh niên</a><a href="{host}/tag/vneid/" rel="tag">VNeID</a></div>
                                    </div>
                                    <div class="jeg_share_bottom_container"></div>
                                    <div class="jnews_prev_next_container"><div class="jeg_prevnext_post">
                                        <a href="{host}/{slugify(PREV18)}/" class="post prev-post"><span class="caption">Bài trước</span><h3 class="post-title">{esc(PREV18)}</h3></a>
                                        <a href="{host}/{slugify(NEXT18)}/" class="post next-post"><span class="caption">Bài tiếp theo</span><h3 class="post-title">{esc(NEXT18)}</h3></a>
                                    </div></div>
                                    <div class="jnews_author_box_container "></div>
                                    <div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 jnews_module_1796_0_{hexid(rng, 13)}"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Bài viết<strong> liên quan</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related}</div></div></div></div></div>
                                    <div class="jnews_comment_container"><div id="comments" class="jeg_comments"><h2 class="comments-title">0 Bình luận</h2><div class="content-inner"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="/{slug}/#respond" style="display:none;">Hủy</a></small></h3><form action="{host}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span></p><p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type='hidden' name='comment_post_ID' value='1796' id='comment_post_ID' /></p></form></div></div></div></div>
                                </div>
                            </div>
                            <div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar"><div class="widget widget_jnews_module_block_26" id="jnews_module_block_26-2"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Tin mới</span></h3></div>{popular}</div>
                            <div class="widget widget_text"><h3 class="jeg_block_title"><span>Liên kết</span></h3><div class="textwidget">{"".join(f'<p><a href="https://{slugify(m)[:16]}.vn">{esc(m)}</a></p>' for m in MINISTRIES)}</div></div></div></div></div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
        <div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="jeg_footer_primary clearfix"><div class="col-md-12 footer_column"><div class="footer_widget widget_text"><div class="textwidget"><p><strong>HUYỆN ĐOÀN TUY PHƯỚC</strong><br />Địa chỉ: Thị trấn Tuy Phước, huyện Tuy Phước, tỉnh Bình Định<br />Email: huyendoantuyphuoc@gmail.com</p></div></div></div></div></div></div></div></div></div>
    </div>
<script type="text/javascript" src="{host}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.1.3" id="jnews-frontend-js"></script>
<script>{fake_min_js(rng, 120, "jnews")}</script>
</body>
</html>
"""
    return dict(
        family="wp_jnews", name="tuyphuoc-ngay-hoi-cds-admin-utc-meta", url=url,
        content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART18, published=iso_min(pub), author=author, author_unit=unit,
                          category="Hoạt động Đoàn"),
        traps={"bylines": [byline, "Người đăng:"], "related": [PREV18, NEXT18] + heads[:6],
               "chrome": ["Bài viết liên quan", "Để lại một bình luận", "Bài trước", "Bài tiếp theo"]},
        notes="WordPress + JNews + Yoast. Visible date is only '12 Tháng Ba, 2024'; the time exists in "
              "article:published_time / Yoast datePublished as UTC '2024-03-12T07:20:11+00:00' (= 14:20 +07:00), "
              "consistent with the visible date, so it counts. 'Người đăng: admin' is the WP account (meta "
              "author and Yoast author are admin too); the real byline is the last body paragraph "
              "'Bích Ngọc (Huyện đoàn Tuy Phước)' → name + unit. Sapo is h2.jeg_post_subtitle. Prev/next post "
              "boxes with titles, 'Bài viết liên quan', comment form. Top bar date is the crawl day.",
        readme="WordPress JNews; 'Người đăng: admin' not author, date-only text with UTC meta time, "
               "'Name (Unit)' in body, subtitle sapo, prev/next titles",
    )


PAGES = [page17, page18]
