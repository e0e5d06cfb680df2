"""Ghost 5 publication of a Tỉnh đoàn (Bến Tre) and a Hugo PaperMod static site of a Huyện ủy (Lào Cai)."""
import random

from .common import (Art, T, css_blob, dmy, dump, esc, expected, fake_min_js, headlines, hexid, hm, iso_min,
                     days_before, slugify, wd, alnum, guid, utc_iso, b64blob, md_html)


# =====================================================================
# Page 7: Tỉnh đoàn Bến Tre — Ghost 5 (Casper-derived theme)
# =====================================================================
ART7 = Art(
    "Tuổi trẻ Bến Tre chung tay cùng người dân ứng phó hạn mặn",
    "Trước diễn biến phức tạp của hạn hán, xâm nhập mặn mùa khô năm 2024, các cơ sở Đoàn trong tỉnh đã thành lập "
    "hơn 150 đội hình thanh niên tình nguyện, hỗ trợ người dân trữ nước ngọt, cấp phát nước sinh hoạt miễn phí cho "
    "các hộ khó khăn.",
    [
        ("p", "Tại huyện Thạnh Phú, một trong những địa phương bị ảnh hưởng nặng nề nhất, Huyện đoàn phối hợp với các "
              "doanh nghiệp, nhà hảo tâm vận chuyển hơn 600 m³ nước ngọt đến các xã An Thạnh, An Điền, Thạnh Hải. Mỗi "
              "ngày, đội hình “Xe nước nghĩa tình” của đoàn viên thanh niên đều có mặt ở các ấp ven biển để cấp nước "
              "cho bà con."),
        ("img", "https://tuoitredongkhoi.vn/content/images/size/w1200/2024/03/cap-nuoc-an-dien.jpg",
         "Đoàn viên thanh niên huyện Thạnh Phú cấp nước ngọt miễn phí cho người dân xã An Điền"),
        ("p", "Anh Nguyễn Văn Tâm, Bí thư Đoàn xã An Điền cho biết: “Mặn vào sâu từ cuối tháng Giêng, nhiều hộ phải "
              "mua nước với giá 150.000 - 200.000 đồng/m³. Chúng tôi đi từng nhà thống kê, ưu tiên cấp nước trước cho "
              "hộ nghèo, hộ có người già, trẻ nhỏ”."),
        ("raw", "BOOKMARK"),
        ("p", "Ở các huyện Ba Tri, Giồng Trôm, các chi đoàn ấp hướng dẫn người dân cách trữ nước bằng túi nhựa chuyên "
              "dụng, lu, khạp; hỗ trợ nạo vét ao, mương trữ nước; tuyên truyền bà con theo dõi độ mặn trên ứng dụng "
              "điện thoại trước khi lấy nước tưới cho cây trồng."),
        ("img", "https://tuoitredongkhoi.vn/content/images/size/w1200/2024/03/nao-vet-muong.jpg",
         "Chi đoàn ấp Phú Khương hỗ trợ người dân nạo vét mương trữ nước ngọt"),
        ("p", "Theo Tỉnh đoàn Bến Tre, từ nay đến hết mùa khô, các cấp bộ Đoàn tiếp tục duy trì các đội hình tình "
              "nguyện, phối hợp với ngành nông nghiệp tuyên truyền các giải pháp chuyển đổi cây trồng thích ứng với "
              "biến đổi khí hậu; đồng thời vận động nguồn lực lắp đặt thêm 50 bồn chứa nước cho các điểm trường, trạm "
              "y tế vùng ven biển."),
    ])


def page7():
    rng = random.Random("ghost-bentre-07")
    prov = "Bến Tre"
    pub = T("2024-03-11 09:30")
    host = "https://tuoitredongkhoi.vn"
    slug = "tuoi-tre-ben-tre-chung-tay-cung-nguoi-dan-ung-pho-han-man"
    url = f"{host}/{slug}/"
    heads = headlines(rng, 20, prov, exclude=[ART7.title], avoid=ART7.body)
    more = ["Thành đoàn Bến Tre ra mắt công trình “Tuyến đường xanh - sạch - đẹp”",
            "Chi đoàn ấp Tân Phong xây dựng mô hình “Vườn dừa thanh niên”",
            "Hơn 300 đoàn viên tham gia Ngày hội thanh niên với chuyển đổi số",
            "Tuổi trẻ Chợ Lách ra quân hỗ trợ nhà vườn tiêu thụ sầu riêng"]
    mdts = days_before(pub, rng, 4, 1, 12)
    bm_title = "Tỉnh ủy chỉ đạo các giải pháp ứng phó hạn mặn mùa khô 2024"
    bm_desc = ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền không để người dân thiếu nước sinh hoạt, "
               "bảo vệ diện tích cây ăn trái đặc sản trước đỉnh mặn.")
    bookmark = (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{host}/tinh-uy-chi-dao-cac-giai-phap-ung-pho-han-man-mua-kho-2024/">'
                f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(bm_title)}</div>'
                f'<div class="kg-bookmark-description">{esc(bm_desc)}</div>'
                f'<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="{host}/content/images/size/w256h256/2023/08/logo-ttdk.png" alt=""><span class="kg-bookmark-author">Tuổi trẻ Đồng Khởi</span><span class="kg-bookmark-publisher">Quản trị viên</span></div></div>'
                f'<div class="kg-bookmark-thumbnail"><img src="{host}/content/images/2024/03/han-man-thumb.jpg" alt="" onerror="this.style.display = \'none\'"></div></a></figure>')

    def img(src, cap, alt, n):
        base = src.replace("/size/w1200", "")
        return (f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{src}" class="kg-image" alt="{alt}" loading="lazy" width="2000" height="1333" '
                f'srcset="{base.replace("/images/", "/images/size/w600/")} 600w, {base.replace("/images/", "/images/size/w1000/")} 1000w, {src} 1600w, {base} 2000w" '
                f'sizes="(min-width: 720px) 720px"><figcaption><span style="white-space: pre-wrap;">{cap}</span></figcaption></figure>')

    body = ART7.render(img=img, raw=None).replace("BOOKMARK", bookmark)
    body += '\n<p><strong>Tuyết Mai</strong></p>'
    cards = "".join(f'<article class="post-card post tag-tuoi-tre-dong-khoi"><a class="post-card-image-link" href="{host}/{slugify(t)}/"><img class="post-card-image" src="{host}/content/images/size/w600/2024/0{rng.randint(1, 3)}/{hexid(rng, 8)}.jpg" alt="{esc(t, attr=True)}" loading="lazy"></a>'
                    f'<div class="post-card-content"><a class="post-card-content-link" href="{host}/{slugify(t)}/"><header class="post-card-header"><div class="post-card-primary-tag">Tuổi trẻ Đồng Khởi</div><h2 class="post-card-title">{esc(t)}</h2></header></a>'
                    f'<footer class="post-card-meta"><time class="post-card-meta-date" datetime="{d.strftime("%Y-%m-%d")}">{d.day} thg {d.month}, {d.year}</time><span class="post-card-meta-length">3 phút đọc</span></footer></div></article>'
                    for t, d in zip(more, mdts))
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": "Tuổi trẻ Đồng Khởi", "url": host + "/",
                        "logo": {"@type": "ImageObject", "url": host + "/content/images/2023/08/logo-ttdk.png"}},
          "author": {"@type": "Person", "name": "Quản trị viên", "url": host + "/author/quan-tri/", "sameAs": []},
          "headline": ART7.title, "url": url, "datePublished": utc_iso(pub).replace("Z", ".000Z"),
          "dateModified": utc_iso(pub).replace("Z", ".000Z"),
          "image": {"@type": "ImageObject", "url": host + "/content/images/2024/03/cap-nuoc-an-dien.jpg", "width": 2000, "height": 1333},
          "keywords": "Tuổi trẻ Đồng Khởi, Tình nguyện, Hạn mặn", "description": ART7.lead,
          "mainEntityOfPage": url}
    nav = ["Trang chủ", "Tuổi trẻ Đồng Khởi", "Tình nguyện", "Khởi nghiệp", "Gương sáng", "Chuyển đổi số", "Văn bản Đoàn", "Giới thiệu"]
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>

    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Tuổi trẻ Bến Tre chung tay cùng người dân ứng phó hạn mặn</title>
    <link rel="stylesheet" type="text/css" href="{host}/assets/built/screen.css?v={hexid(rng, 10)}">
    <link rel="icon" href="{host}/content/images/size/w256h256/2023/08/logo-ttdk.png" type="image/png">
    <link rel="canonical" href="{url}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <link rel="amphtml" href="{url}amp/">
    <meta name="description" content="{esc(ART7.lead, attr=True)}">
    <meta property="og:site_name" content="Tuổi trẻ Đồng Khởi">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{esc(ART7.title, attr=True)}">
    <meta property="og:url" content="{url}">
    <meta property="article:published_time" content="{utc_iso(pub).replace("Z", ".000Z")}">
    <meta property="article:modified_time" content="{utc_iso(pub).replace("Z", ".000Z")}">
    <meta property="article:tag" content="Tuổi trẻ Đồng Khởi">
    <meta property="article:tag" content="Tình nguyện">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="Quản trị viên">
    <script type="application/ld+json">
{dump(ld)}
    </script>
    <meta name="generator" content="Ghost 5.80">
    <link rel="alternate" type="application/rss+xml" title="Tuổi trẻ Đồng Khởi" href="{host}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="{host}/" data-key="{hexid(rng, 26)}" data-api="{host}/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Oxygen,Ubuntu,Cantarell,'Open Sans','Helvetica Neue',sans-serif;text-align:center;width:100%;color:#ffffff;font-size:16px}}</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="{hexid(rng, 26)}" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="{host}/" crossorigin="anonymous"></script>
    <link href="{host}/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v={hexid(rng, 10)}"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v={hexid(rng, 10)}">
    <style>{css_blob(rng, "gh", 330)}</style>
    <style>:root {{--ghost-accent-color: #d32f2f;}}</style>
</head>
<body class="post-template tag-tuoi-tre-dong-khoi tag-tinh-nguyen tag-han-man is-head-left-logo has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="{host}"><img src="{host}/content/images/2023/08/logo-ttdk.png" alt="Tuổi trẻ Đồng Khởi"></a>
                <button class="gh-search gh-icon-btn" aria-label="Tìm kiếm" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                <button class="gh-burger"></button></div>
            <nav class="gh-head-menu"><ul class="nav">{"".join(f'<li class="nav-{slugify(n)}"><a href="{host}/{"" if n == "Trang chủ" else "tag/" + slugify(n) + "/"}">{esc(n)}</a></li>' for n in nav)}</ul></nav>
            <div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Đăng nhập</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Đăng ký</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-tuoi-tre-dong-khoi tag-tinh-nguyen tag-han-man ">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags">
                <span class="post-card-primary-tag"><a href="{host}/tag/tuoi-tre-dong-khoi/">Tuổi trẻ Đồng Khởi</a></span>
        </div>
        <h1 class="article-title">{esc(ART7.title)}</h1>
            <p class="article-excerpt">{esc(ART7.lead)}</p>
        <div class="article-byline">
        <section class="article-byline-content">
            <ul class="author-list">
                <li class="author-list-item"><a href="{host}/author/quan-tri/" class="author-avatar author-profile-image"><svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><g fill="none" fill-rule="evenodd"><path d="M3.513 18.998C4.749 15.504 8.082 13 12 13s7.251 2.504 8.487 5.998C18.47 21.442 15.417 23 12 23s-6.47-1.558-8.487-4.002zM12 12c2.21 0 4-2.79 4-5s-1.79-4-4-4-4 1.79-4 4 1.79 5 4 5z" fill="#FFF"></path></g></svg></a></li>
            </ul>
            <div class="article-byline-meta">
                <h4 class="author-name"><a href="{host}/author/quan-tri/">Quản trị viên</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="{pub.strftime("%Y-%m-%d")}">{pub.day} thg {pub.month}, {pub.year}</time>
                        <span class="byline-reading-time"><span class="bull">&bull;</span> 4 phút đọc</span>
                </div>
            </div>
        </section>
        </div>
            <figure class="article-image">
                <img srcset="{host}/content/images/size/w300/2024/03/cap-nuoc-an-dien.jpg 300w, {host}/content/images/size/w600/2024/03/cap-nuoc-an-dien.jpg 600w, {host}/content/images/size/w1000/2024/03/cap-nuoc-an-dien.jpg 1000w, {host}/content/images/size/w2000/2024/03/cap-nuoc-an-dien.jpg 2000w" sizes="(min-width: 1400px) 1400px, 92vw" src="{host}/content/images/size/w2000/2024/03/cap-nuoc-an-dien.jpg" alt="{esc(ART7.title, attr=True)}">
            </figure>
    </header>
    <section class="gh-content gh-canvas">
        {body}
    </section>
        <section class="article-comments gh-canvas"><div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #d32f2f"><h2>Đăng ký nhận bản tin</h2><p>Nhận tin mới nhất về hoạt động Đoàn, Hội, Đội của tỉnh Bến Tre qua email.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#d32f2f">Đăng ký ngay</a></div></div></section>
</article>
</main>
<aside class="read-more-wrap outer">
    <div class="read-more inner">
        <div class="post-card read-next-card">
            <header class="read-next-card-header"><h3><span>Bài khác trong</span> <a href="{host}/tag/tuoi-tre-dong-khoi/">Tuổi trẻ Đồng Khởi</a></h3></header>
            <div class="read-next-card-content"><ul>{"".join(f'<li><h4><a href="{host}/{slugify(t)}/">{esc(t)}</a></h4><div class="read-next-card-meta"><p><time datetime="{d.strftime("%Y-%m-%d")}">{d.day} thg {d.month}, {d.year}</time> – 3 phút đọc</p></div></li>' for t, d in zip(heads[:3], mdts))}</ul></div>
            <footer class="read-next-card-footer"><a href="{host}/tag/tuoi-tre-dong-khoi/">Xem tất cả bài viết →</a></footer>
        </div>
        {cards}
    </div>
</aside>
    </div>
    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="{host}">Tuổi trẻ Đồng Khởi</a> &copy; 2025 — Trang tin của Tỉnh đoàn Bến Tre</section>
            <nav class="site-footer-nav"><ul class="nav"><li class="nav-lien-he"><a href="{host}/lien-he/">Liên hệ</a></li><li class="nav-rss"><a href="{host}/rss/">RSS</a></li></ul></nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>
</div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script>
<script src="{host}/assets/built/casper.js?v={hexid(rng, 10)}"></script>
<script>{fake_min_js(rng, 150, "casper")}</script>
</body>
</html>
"""
    return dict(
        family="ghost", name="bentre-tinh-doan-bookmark-card-utc-ld", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART7, published=iso_min(pub), author="Tuyết Mai", category="Tuổi trẻ Đồng Khởi"),
        traps={"bylines": ["Quản trị viên"], "related": more + heads[:3] + [bm_title, bm_desc],
               "chrome": ["Đăng ký nhận bản tin", "Bài khác trong", "Xem tất cả bài viết →", "4 phút đọc", "Powered by Ghost"]},
        notes="Ghost 5.80 (Casper-derived theme): primary tag 'Tuổi trẻ Đồng Khởi' printed as a kicker above the "
              "h1 (no breadcrumb; taken as category), custom excerpt as sapo, author 'Quản trị viên' is the staff "
              "account — the real byline is the bold last paragraph 'Tuyết Mai'. Visible date '11 thg 3, 2024' "
              "(date only, <time datetime='2024-03-11'>); JSON-LD and article:published_time carry "
              "2024-03-11T02:30:00.000Z = 09:30 +07:00, same day, explicit UTC → published 09:30 +07:00. A Koenig "
              "bookmark card (title + description of another article) sits between paragraphs — not body. "
              "Feature image above the content repeats the first in-body photo without caption. Reading time, "
              "members sign-up CTA, read-next cards.",
        readme="Ghost 5; primary-tag kicker as category, excerpt sapo, account author vs bold last-line byline, "
               "date-only '11 thg 3, 2024' + UTC JSON-LD time, in-body kg-bookmark-card, reading time, sign-up CTA",
    )


# =====================================================================
# Page 8: Huyện ủy Bát Xát (Lào Cai) — Hugo + PaperMod static site
# =====================================================================
ART8 = Art(
    "Bát Xát nâng cao chất lượng sinh hoạt chi bộ ở các thôn vùng cao",
    "Xác định sinh hoạt chi bộ là yếu tố quyết định sức chiến đấu của tổ chức đảng, những năm qua, Đảng bộ huyện "
    "Bát Xát đã có nhiều giải pháp đổi mới nội dung, hình thức sinh hoạt chi bộ, nhất là ở các thôn vùng cao, vùng "
    "đồng bào dân tộc thiểu số.",
    [
        ("h", "Đổi mới nội dung sinh hoạt"),
        ("p", "Đảng bộ huyện Bát Xát hiện có 49 tổ chức cơ sở đảng với hơn 3.700 đảng viên, trong đó có 146 chi bộ "
              "thôn. Thực hiện Chỉ thị số 10-CT/TW của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ, Ban Thường "
              "vụ Huyện ủy chỉ đạo các chi bộ xây dựng kế hoạch sinh hoạt chuyên đề ít nhất mỗi quý một lần, lựa chọn "
              "những vấn đề gần gũi, thiết thực với đời sống người dân."),
        ("p", "Tại Chi bộ thôn Lũng Pô, xã A Mú Sung, các buổi sinh hoạt thường xoay quanh việc phát triển cây thảo "
              "quả, trồng rừng, giữ gìn an ninh đường biên, cột mốc. Bí thư Chi bộ Chảo Láo Lở chia sẻ: “Trước đây "
              "sinh hoạt chủ yếu đọc văn bản nên đảng viên ít phát biểu. Nay mỗi kỳ chọn một việc cụ thể của thôn để "
              "bàn, ai cũng có ý kiến, bàn xong phân công người làm ngay”."),
        ("img", "/images/2024/03/sinh-hoat-chi-bo-lung-po.jpg",
         "Chi bộ thôn Lũng Pô, xã A Mú Sung sinh hoạt chuyên đề về bảo vệ rừng đầu nguồn"),
        ("h", "Phát huy vai trò người đứng đầu"),
        ("p", "Huyện ủy phân công các đồng chí huyện ủy viên phụ trách địa bàn thường xuyên dự sinh hoạt với chi bộ "
              "thôn; định kỳ kiểm tra sổ ghi biên bản, kịp thời hướng dẫn những chi bộ còn lúng túng. Năm 2023, 100% "
              "chi bộ thôn duy trì sinh hoạt định kỳ, 92% chi bộ tổ chức sinh hoạt chuyên đề theo kế hoạch; số chi bộ "
              "được xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 87,6%."),
        ("p", "Thời gian tới, Huyện ủy Bát Xát tiếp tục kiện toàn, bồi dưỡng đội ngũ bí thư chi bộ, nhất là bí thư là "
              "người dân tộc thiểu số; tăng cường ứng dụng công nghệ thông tin trong quản lý, cung cấp tài liệu sinh "
              "hoạt; gắn kết quả sinh hoạt chi bộ với việc đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên "
              "cuối năm."),
    ])


def page8():
    rng = random.Random("hugo-laocai-08")
    prov = "Lào Cai"
    pub = T("2024-03-11 07:45")
    host = "https://huyenuy.batxat.laocai.gov.vn"
    slug = "bat-xat-nang-cao-chat-luong-sinh-hoat-chi-bo-o-cac-thon-vung-cao"
    url = f"{host}/posts/2024/03/{slug}/"
    heads = headlines(rng, 12, prov, exclude=[ART8.title], avoid=ART8.body)
    prev_t = "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 14 khóa XXIII"
    next_t = "Trao Huy hiệu Đảng đợt 3/2 cho 52 đảng viên"
    heads_ids = [slugify(b[1]) for b in ART8.blocks if b[0] == "h"]

    def h(t):
        i = [b[1] for b in ART8.blocks if b[0] == "h"].index(t)
        return (f'<h2 id="{heads_ids[i]}">{t}<a hidden class="anchor" aria-hidden="true" href="#{heads_ids[i]}">#</a></h2>')

    def img(src, cap, alt, n):
        return (f'<figure class="align-center"><img loading="lazy" src="{src}" alt="{alt}" />'
                f'<figcaption><p>{cap} <a href="https://www.facebook.com/batxat.laocai">Ảnh: Lù Văn Sáng</a></p></figcaption></figure>')

    body = ART8.render(img=img, h=h)
    toc = ("<details><summary accesskey=\"c\" title=\"(Alt + C)\"><span class=\"details\">Mục lục</span></summary>"
           '<div class="inner"><ul>' + "".join(f'<li><a href="#{i}" aria-label="{esc(b[1], attr=True)}">{esc(b[1])}</a></li>'
                                                for i, b in zip(heads_ids, [b for b in ART8.blocks if b[0] == "h"])) + "</ul></div></details>")
    share = "".join(f'<a target="_blank" rel="noopener noreferrer" aria-label="chia sẻ {esc(ART8.title, attr=True)} trên {n}" href="{u}"><svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"><path d="M449.446,0c34.525,0 62.554,28.03 62.554,62.554l0,386.892c0,34.524 -28.03,62.554 -62.554,62.554l-386.892,0c-34.524,0 -62.554,-28.03 -62.554,-62.554l0,-386.892c0,-34.524 28.029,-62.554 62.554,-62.554l386.892,0Z"/></svg></a>'
                    for n, u in [("facebook", f"https://facebook.com/sharer/sharer.php?u={url}"), ("zalo", f"https://zalo.me/share?url={url}"), ("x", f"https://x.com/intent/tweet/?url={url}")])
    archive = "".join(f'<li><a href="{host}/posts/{slugify(t)}/">{esc(t)}</a></li>' for t in heads[:10])
    html = f"""<!DOCTYPE html>
<html lang="vi" dir="auto">
<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>Bát Xát nâng cao chất lượng sinh hoạt chi bộ ở các thôn vùng cao | Huyện ủy Bát Xát</title>
<meta name="keywords" content="sinh hoạt chi bộ, Chỉ thị 10-CT/TW, xây dựng Đảng">
<meta name="description" content="{esc(ART8.lead, attr=True)}">
<meta name="author" content="Vàng Thị Mai">
<link rel="canonical" href="{url}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.{hexid(rng, 64)}.css" integrity="sha256-{b64blob(rng, 32)}" rel="preload stylesheet" as="style">
<link rel="icon" href="{host}/favicon.ico">
<meta name="generator" content="Hugo 0.123.7">
<noscript><style>#theme-toggle,.top-link{{display:none}}</style></noscript>
<meta property="og:title" content="{esc(ART8.title, attr=True)}" />
<meta property="og:description" content="{esc(ART8.lead, attr=True)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="article:section" content="posts" />
<meta property="article:published_time" content="2024-03-11T07:45:00+07:00" />
<meta property="article:modified_time" content="2024-03-11T07:45:00+07:00" />
<script type="application/ld+json">
{dump({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Xây dựng Đảng", "item": host + "/xay-dung-dang/"}, {"@type": "ListItem", "position": 2, "name": ART8.title, "item": url}]})}
</script>
<style>{css_blob(rng, "pm", 150)}</style>
</head>
<body class="" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add('dark'); }}</script>
<header class="header">
    <nav class="nav">
        <div class="logo"><a href="{host}/" accesskey="h" title="Huyện ủy Bát Xát (Alt + H)">Huyện ủy Bát Xát</a>
            <div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div>
        </div>
        <ul id="menu">
            <li><a href="{host}/xay-dung-dang/" title="Xây dựng Đảng"><span>Xây dựng Đảng</span></a></li>
            <li><a href="{host}/tin-hoat-dong/" title="Tin hoạt động"><span>Tin hoạt động</span></a></li>
            <li><a href="{host}/van-ban/" title="Văn bản"><span>Văn bản</span></a></li>
            <li><a href="{host}/archives/" title="Lưu trữ"><span>Lưu trữ</span></a></li>
            <li><a href="{host}/search/" title="Tìm kiếm (Alt + /)" accesskey=/><span>Tìm kiếm</span></a></li>
        </ul>
    </nav>
</header>
<main class="main">
<article class="post-single">
  <header class="post-header">
    <div class="breadcrumbs"><a href="{host}/">Trang chủ</a>&nbsp;»&nbsp;<a href="{host}/xay-dung-dang/">Xây dựng Đảng</a></div>
    <h1 class="post-title entry-hint-parent">
      {esc(ART8.title)}
    </h1>
    <div class="post-description">
      {esc(ART8.lead)}
    </div>
    <div class="post-meta"><span title='2024-03-11 07:45:00 +0700 +07'>11 tháng 3, 2024</span>&nbsp;·&nbsp;4 phút&nbsp;·&nbsp;Vàng Thị Mai&nbsp;|&nbsp;<a href="https://github.com/huyenuy-batxat/website/tree/main/content/posts/2024/03/{slug}.md" rel="noopener noreferrer" target="_blank">Đề xuất sửa bài</a>
</div>
  </header> <div class="toc">
    {toc}
</div>

  <div class="post-content">{body}
</div>

  <footer class="post-footer">
    <ul class="post-tags">
      <li><a href="{host}/tags/sinh-hoat-chi-bo/">Sinh Hoạt Chi Bộ</a></li>
      <li><a href="{host}/tags/a-mu-sung/">A Mú Sung</a></li>
    </ul>
<nav class="paginav">
  <a class="prev" href="{host}/posts/2024/03/{slugify(next_t)}/">
    <span class="title">« Trang trước</span>
    <br>
    <span>{esc(next_t)}</span>
  </a>
  <a class="next" href="{host}/posts/2024/03/{slugify(prev_t)}/">
    <span class="title">Trang sau »</span>
    <br>
    <span>{esc(prev_t)}</span>
  </a>
</nav>

<div class="share-buttons">{share}</div>

  </footer>
</article>
<section class="archive-mini"><h2>Bài viết gần đây</h2><ul>{archive}</ul></section>
    </main>
<footer class="footer">
        <span>&copy; 2025 <a href="{host}/">Huyện ủy Bát Xát</a> · Ban Tuyên giáo Huyện ủy quản lý nội dung</span> ·
    <span>
        Powered by
        <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z" /></svg></a>
<script>
    let menu = document.getElementById('menu')
    if (menu) {{ menu.scrollLeft = localStorage.getItem("menu-scroll-position"); menu.onscroll = function () {{ localStorage.setItem("menu-scroll-position", menu.scrollLeft); }} }}
    document.querySelectorAll('a[href^="#"]').forEach(anchor => {{ anchor.addEventListener("click", function (e) {{ e.preventDefault(); var id = this.getAttribute("href").substr(1); document.querySelector(`[id='${{decodeURIComponent(id)}}']`).scrollIntoView({{behavior: "smooth"}}); }}); }});
</script>
</body>
</html>
"""
    return dict(
        family="hugo_static", name="laocai-batxat-papermod-toc-title-attr-time", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART8, published=iso_min(pub), author="Vàng Thị Mai", photographer="Lù Văn Sáng",
                          category="Xây dựng Đảng"),
        traps={"bylines": ["Ảnh: Lù Văn Sáng"], "related": [prev_t, next_t] + heads[:6],
               "chrome": ["Mục lục", "« Trang trước", "Trang sau »", "Đề xuất sửa bài", "Bài viết gần đây", "4 phút"]},
        notes="Hugo 0.123 static site with the PaperMod theme (small page, no CMS chrome). Visible date '11 tháng 3, "
              "2024' in a span whose title attribute is '2024-03-11 07:45:00 +0700 +07' (also article:published_time "
              "with +07:00) → 07:45. Author as plain text in post-meta after the reading time ('4 phút'). "
              "Description as sapo. A collapsible 'Mục lục' table of contents repeats the two h2 sub-headings before "
              "the content (sub-headings are body, the TOC is not). Hugo figure shortcode: caption + linked 'Ảnh: "
              "Lù Văn Sáng' attribution in the same <p> → photographer, cut from the caption. Breadcrumb has only "
              "the section. paginav prev/next titles, GitHub 'Đề xuất sửa bài' link. ~35 KB: static sites are "
              "lighter than CMS pages.",
        readme="Hugo PaperMod static; '11 tháng 3, 2024' with exact time only in span title attr, TOC repeating "
               "h2 sub-heads, figure attr 'Ảnh: X' glued to caption, plain-text author in meta, light page",
    )


PAGES = [page7, page8]
