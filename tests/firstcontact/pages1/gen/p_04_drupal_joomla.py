"""Drupal 10 (Olivero-derived theme) and Joomla 4 com_content."""
import random

from .common import (Art, T, MONTH_WORDS, counter_block, css_blob, dmy, doc_titles, dump, esc,
                     expected, fake_min_js, ga_snippet, headlines, hexid, hm, iso_min, menu_tree,
                     MINISTRIES, NOTICE_TITLES, alnum, wd, days_before, slugify, utc_iso, guid)


# =====================================================================
# Page 7: Ban Tuyên giáo Huyện ủy Phong Điền (Thừa Thiên Huế) on Drupal 10
# =====================================================================
ART7 = Art(
    "Phong Điền tập huấn nghiệp vụ cho đội ngũ báo cáo viên cơ sở",
    "Ngày 11/3, Ban Tuyên giáo Huyện ủy Phong Điền tổ chức lớp tập huấn nghiệp vụ công tác tuyên truyền "
    "miệng năm 2024 cho hơn 120 báo cáo viên, tuyên truyền viên của các đảng bộ, chi bộ trực thuộc.",
    [
        ("p", "Tại lớp tập huấn, các học viên được lãnh đạo Ban Tuyên giáo Tỉnh ủy, giảng viên Trường Chính trị "
              "Nguyễn Chí Thanh truyền đạt các chuyên đề: kỹ năng nắm bắt, tổng hợp và phản ánh tình hình tư tưởng "
              "của cán bộ, đảng viên và Nhân dân; kỹ năng xây dựng đề cương và thực hành nói chuyện trước đông "
              "người; kỹ năng sử dụng mạng xã hội trong tuyên truyền, đấu tranh phản bác các quan điểm sai trái, "
              "thù địch."),
        ("p", "Bên cạnh phần lý thuyết, học viên được thực hành xây dựng các bài nói chuyện ngắn về những vấn đề "
              "người dân quan tâm ở địa phương như công tác giải phóng mặt bằng các dự án giao thông, chính sách hỗ "
              "trợ sản xuất nông nghiệp, xây dựng đô thị văn minh. Nhiều ý kiến trao đổi thẳng thắn về những khó "
              "khăn khi tuyên truyền ở các thôn vùng sâu, vùng ven phá Tam Giang."),
        ("img", "/sites/default/files/inline-images/tap-huan-bcv-1.jpg",
         "Quang cảnh lớp tập huấn nghiệp vụ cho báo cáo viên cơ sở"),
        ("p", "Theo Ban Tuyên giáo Huyện ủy, hiện toàn huyện có 38 báo cáo viên cấp huyện và hơn 400 báo cáo viên, "
              "tuyên truyền viên cơ sở. Năm 2023, đội ngũ này đã tổ chức trên 1.500 buổi tuyên truyền, thu hút hơn "
              "60 nghìn lượt người nghe; kịp thời thông tin các chủ trương, chính sách mới, góp phần định hướng dư "
              "luận, củng cố niềm tin của Nhân dân."),
        ("p", "Phát biểu bế mạc, lãnh đạo Ban Tuyên giáo Huyện ủy đề nghị các học viên vận dụng linh hoạt kiến "
              "thức, kỹ năng đã được trang bị vào thực tiễn; thường xuyên cập nhật thông tin, bám sát cơ sở, lắng "
              "nghe ý kiến của Nhân dân để phản ánh kịp thời với cấp ủy; chủ động đăng tải, chia sẻ thông tin tích "
              "cực trên không gian mạng."),
        ("img", "/sites/default/files/inline-images/tap-huan-bcv-2.jpg",
         "Học viên thực hành xây dựng bài nói chuyện theo nhóm"),
        ("p", "Dịp này, Ban Tuyên giáo Huyện ủy đã trao giấy chứng nhận hoàn thành khóa tập huấn cho các học viên."),
    ])


def page7():
    rng = random.Random("drupal10-phongdien-7")
    prov = "Thừa Thiên Huế"
    pub = T("2024-03-12 09:15")
    host = "https://tuyengiao.thuathienhue.gov.vn"
    url = f"{host}/tin-tuc/hoat-dong-tuyen-giao-co-so/phong-dien-tap-huan-nghiep-vu-cho-doi-ngu-bao-cao-vien-co-so"
    author, unit = "Thanh Hà", "Ban Tuyên giáo Huyện ủy Phong Điền"
    byline = f"{author} ({unit})"
    tree = menu_tree(rng, prov, "party", base="", n_communes=9, ext="")
    heads = headlines(rng, 26, prov, exclude=[ART7.title], avoid=ART7.body)
    dts = days_before(pub, rng, 26, 1, 30)
    nid = 2317

    def img(src, cap, alt, n):
        return (f'<figure role="group" class="caption caption-img align-center">'
                f'<img src="{src}" data-entity-uuid="{guid(rng)}" data-entity-type="file" alt="{alt}" width="800" height="533" loading="lazy">'
                f'<figcaption>{cap}</figcaption></figure>')

    body = ART7.render(p=lambda t: f"<p>{t}</p>", img=img)
    body += f'\n<p style="text-align:right;"><strong>{esc(byline)}</strong></p>'

    def menu():
        out = ['<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">']
        for label, u, kids in tree:
            out.append(f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1 primary-nav__menu-item--has-children" data-drupal-selector="primary-nav-menu-item-has-children">'
                       f'<a href="{u}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1 primary-nav__menu-link--has-children" data-drupal-selector="primary-nav-menu-link-has-children"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{esc(label)}</span></a>')
            if kids:
                out.append('<button class="primary-nav__button-toggle" data-drupal-selector="primary-nav-submenu-toggle-button" aria-expanded="false"><span class="visually-hidden">Mở rộng menu con</span><span class="icon--menu-toggle"></span></button><ul class="menu primary-nav__menu primary-nav__menu--level-2" data-drupal-selector="primary-nav-menu--level-2">')
                for kl, ku, gk in kids:
                    out.append(f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-2"><a href="{ku}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-2"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-2">{esc(kl)}</span></a></li>')
                    for gl, gu in gk:
                        out.append(f'<li class="primary-nav__menu-item primary-nav__menu-item--level-3"><a href="{gu}" class="primary-nav__menu-link--level-3">{esc(gl)}</a></li>')
                out.append("</ul>")
            out.append("</li>")
        out.append("</ul>")
        return "".join(out)

    def views_row(t, d, i):
        return (f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
                f'<a href="/tin-tuc/{slugify(t)}" hreflang="vi">{esc(t)}</a></span></div>'
                f'<div class="views-field views-field-created"><span class="field-content"><time datetime="{utc_iso(d)}" class="datetime">{d.day} Tháng {MONTH_WORDS[d.month - 1]} {d.year}</time></span></div></div>')

    latest = "".join(views_row(t, d, i) for i, (t, d) in enumerate(zip(heads[:10], dts)))
    popular = "".join(views_row(t, d, i) for i, (t, d) in enumerate(zip(heads[10:18], dts[10:18])))
    tags = ["báo cáo viên", "tuyên truyền miệng", "Phong Điền"]
    settings = {"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": f"node/{nid}", "currentPathIsAdmin": False,
                         "isFront": False, "currentLanguage": "vi"},
                "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
                "ajaxPageState": {"libraries": ",".join(f"olivero/{x}" for x in ["global-styling", "navigation-base", "comments", "feed", "search-narrow", "tags", "messages", "powered-by-block", "book"]) + ",core/drupal.active-link,system/base,views/views.module,ckeditor5/internal.drupal.ckeditor5.stylesheets," + ",".join(f"contrib/module_{alnum(rng, 6).lower()}" for _ in range(40)),
                                  "theme": "tuyengiao_olivero", "theme_token": None},
                "ajaxTrustedUrl": {"/search/node": True, f"/comment/reply/node/{nid}/comment": True},
                "views": {"ajax_path": "/views/ajax", "ajaxViews": {f"views_dom_id:{hexid(rng, 64)}": {"view_name": "tin_moi", "view_display_id": "block_1", "view_args": "", "view_path": f"/node/{nid}", "view_base_path": None, "view_dom_id": hexid(rng, 64), "pager_element": 0} for _ in range(6)}},
                "olivero": {"mobile_nav_breakpoint": "1200px"},
                "user": {"uid": 0, "permissionsHash": hexid(rng, 64)}}
    html = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:0;--color--primary-saturation:75%;--color--primary-lightness:38">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/tuyengiao_olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="canonical" href="{url}" />
<link rel="shortlink" href="{host}/node/{nid}" />
    <title>{esc(ART7.title)} | Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{alnum(rng, 43)}.css?delta=0&amp;language=vi&amp;theme=tuyengiao_olivero&amp;include=eJxtkFEOwyAM{alnum(rng, 40)}" />
    <style>{css_blob(rng, "tg", 330)}</style>
    <noscript><link rel="stylesheet" href="/themes/core/olivero/css/components/navigation/nav-primary-no-js.css?s9xk2c" /></noscript>
  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
    <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
      <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
        <div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
        <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
          <div class="container site-header__inner__container">
<div id="block-tuyengiao-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
  <div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-btg.png" alt="Trang chủ" /></a>
  <div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế</a></div></div></div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav  id="block-tuyengiao-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-tuyengiao-olivero-main-menu-menu" role="navigation">
  <h2 class="visually-hidden block__title" id="block-tuyengiao-olivero-main-menu-menu">Main navigation</h2>
{menu()}
</nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-tuyengiao-olivero-search-form-narrow" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item"><label for="edit-keys" class="form-item__label visually-hidden">Tìm kiếm</label><input title="Nhập từ khóa bạn cần tìm." placeholder="Tìm kiếm..." type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div><div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" type="submit" id="edit-submit" value="Tìm kiếm"><span class="icon--search"></span><span class="visually-hidden">Tìm kiếm</span></button></div></form></div>
</div>
          </div>
        </div>
      </div>
    </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
            <div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
            <div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-tuyengiao-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <div class="breadcrumb__content"><ol class="breadcrumb__list">
      <li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Trang chủ</a></li>
      <li class="breadcrumb__item"><a href="/tin-tuc" class="breadcrumb__link">Tin tức</a></li>
      <li class="breadcrumb__item"><a href="/tin-tuc/hoat-dong-tuyen-giao-co-so" class="breadcrumb__link">Hoạt động tuyên giáo cơ sở</a></li>
    </ol></div>
  </nav>
</div>
            </div>
          <div class="main-content__container container">
            <div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-tuyengiao-olivero-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(ART7.title)}</span></h1>
</div>
            </div>
            <div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-tuyengiao-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" class="node node--type-article node--promoted node--view-mode-full">
  <header class="">
    <div class="node__meta">
      <span>Bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>bientap01</span></span></span>,
      <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc_iso(pub)}" title="{wd(pub)}, Tháng {MONTH_WORDS[pub.month - 1]} {pub.day}, {pub.year} - {hm(pub)}" class="datetime">{pub.day} Tháng {MONTH_WORDS[pub.month - 1]} {pub.year}</time></span>
    </div>
  </header>
  <div class="node__content">
    <div class="field field--name-field-tom-tat field--type-string-long field--label-hidden field__item"><strong>{esc(ART7.lead)}</strong></div>
    <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
    </div>
    <div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">
      <h3 class="field__label field--tags__label">Từ khóa</h3>
      <ul class="links field__items field--tags__items">{"".join(f'<li class="field--tags__item"><a href="/taxonomy/term/{40 + i}" hreflang="vi">{esc(t)}</a></li>' for i, t in enumerate(tags))}</ul>
    </div>
    <section data-drupal-selector="comments" class="comments">
      <h2 class="comments__title">Bình luận</h2>
      <div class="comment-form__title">Gửi bình luận</div>
      <form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{nid}/comment" method="post" id="comment-form" accept-charset="UTF-8">
        <div class="js-form-item form-item"><label for="edit-name" class="form-item__label">Họ tên</label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text form-element form-element--type-text" /></div>
        <div class="js-form-item form-item"><label for="edit-comment-body-0-value" class="form-item__label js-form-required form-required">Nội dung</label><textarea class="js-text-full text-full form-textarea form-element form-element--type-textarea" data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60"></textarea></div>
        <input autocomplete="off" data-drupal-selector="form-{alnum(rng, 43)}" type="hidden" name="form_build_id" value="form-{alnum(rng, 43)}" />
        <input data-drupal-selector="edit-comment-comment-form" type="hidden" name="form_id" value="comment_comment_form" />
        <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Gửi" class="button button--primary js-form-submit form-submit" /></div>
      </form>
    </section>
  </div>
</article>
</div>
            </div>
          </div>
          <div class="social-bar"><div class="social-bar__inner fixable"><div class="rotate"><div id="block-tuyengiao-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block"><div class="block__content"><a href="/rss.xml" class="feed-icon">RSS feed</a></div></div></div></div></div>
        </div>
      </div>
    </div>
    <div class="region region--sidebar grid-full">
      <div class="views-element-container block block-views block-views-blocktin-moi-block-1" id="block-views-block-tin-moi-block-1"><h2 class="block__title">Tin mới</h2><div class="block__content"><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1 js-view-dom-id-{hexid(rng, 64)}"><div class="view-content">{latest}</div></div></div></div>
      <div class="views-element-container block block-views" id="block-views-block-xem-nhieu"><h2 class="block__title">Xem nhiều</h2><div class="block__content"><div class="view view-xem-nhieu"><div class="view-content">{popular}</div></div></div></div>
      <div class="block block-block-content" id="block-lienket"><h2 class="block__title">Liên kết</h2><div class="block__content">{"".join(f'<p><a href="https://{slugify(m)[:16]}.vn">{esc(m)}</a></p>' for m in MINISTRIES)}</div></div>
    </div>
    <footer class="site-footer"><div class="site-footer__inner container">
      <div class="region region--footer-top grid-full"><div class="region--footer_top__inner"><div id="block-footer-info" class="block block-block-content"><div class="block__content">
      <p><strong>BAN TUYÊN GIÁO TỈNH ỦY THỪA THIÊN HUẾ</strong></p><p>Địa chỉ: 16 Lê Lợi, TP Huế. Điện thoại: 0234.382x.xxx</p><p>Chịu trách nhiệm nội dung: Trưởng Ban Tuyên giáo Tỉnh ủy</p>
      </div></div></div></div>
      <div class="region region--footer-bottom grid-full"><div id="block-tuyengiao-olivero-powered" class="block block-system block-system-powered-by-block"><span>Vận hành trên <a href="https://www.drupal.org">Drupal</a></span></div></div>
    </div></footer>
    <div class="overlay" data-drupal-selector="overlay"></div>
  </div>
</div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{dump(settings)}</script>
<script src="/sites/default/files/js/js_{alnum(rng, 43)}.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=tuyengiao_olivero&amp;include=eJxdjkEO"></script>
<script>{fake_min_js(rng, 150, "Drupal_behaviors")}</script>
  </body>
</html>
"""
    return dict(
        family="drupal10", name="phongdien-tap-huan-utc-time-attribute", url=url,
        content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART7, published=iso_min(pub), author=author, author_unit=unit,
                          category="Hoạt động tuyên giáo cơ sở"),
        traps={"bylines": [byline, "bientap01"], "related": heads[:8] + heads[10:12],
               "chrome": ["Bình luận", "Gửi bình luận"]},
        notes="Drupal 10, Olivero-derived theme: node--type-article, field--name-body, title in a separate "
              "page-title block above the node. Visible date is only '12 Tháng Ba 2024' (month in words); the "
              "<time datetime> is UTC ('2024-03-12T02:15:00Z') = 09:15 +07:00, and the title attribute also "
              "gives 09:15 local. 'Bởi bientap01' is the CMS account, the real byline is the last body line "
              "'Thanh Hà (Ban Tuyên giáo Huyện ủy Phong Điền)' → author + unit. filter_caption figures, tags "
              "'Từ khóa', comment form.",
        readme="Drupal 10 Olivero; month-in-words date with UTC <time datetime>, 'Bởi <account>' not author, "
               "'Name (Unit)' byline as last body line, figure captions",
    )


# =====================================================================
# Page 8: Huyện ủy Bù Đăng (Bình Phước) on Joomla 4 — Super User, hidden spam, pagenav
# =====================================================================
ART8 = Art(
    "Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát tại Đảng ủy xã Đức Liễu",
    None,
    [
        ("p", "Thực hiện Chương trình kiểm tra, giám sát năm 2024, từ ngày 13 đến 17/5, Đoàn kiểm tra của Ủy ban "
              "Kiểm tra Huyện ủy Bù Đăng do đồng chí Điểu Văn Khánh, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy làm "
              "trưởng đoàn đã tiến hành kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật "
              "trong Đảng đối với Ban Thường vụ Đảng ủy và Ủy ban Kiểm tra Đảng ủy xã Đức Liễu."),
        ("p", "Qua kiểm tra cho thấy, Ban Thường vụ Đảng ủy xã đã ban hành chương trình kiểm tra, giám sát toàn "
              "khóa và hằng năm kịp thời, xác định nội dung, đối tượng sát với tình hình thực tế. Từ đầu nhiệm kỳ "
              "đến nay, Đảng ủy và Ủy ban Kiểm tra Đảng ủy xã đã kiểm tra 21 tổ chức đảng và 46 đảng viên, giám "
              "sát chuyên đề 18 tổ chức đảng và 35 đảng viên; xem xét, thi hành kỷ luật 3 đảng viên vi phạm với "
              "hình thức khiển trách, cảnh cáo."),
        ("img", "images/2024/05/kiem-tra-duc-lieu.jpg",
         "Đoàn kiểm tra làm việc với Ban Thường vụ Đảng ủy xã Đức Liễu"),
        ("p", "Bên cạnh kết quả đạt được, Đoàn kiểm tra cũng chỉ ra một số hạn chế như: việc lập hồ sơ một số "
              "cuộc giám sát chưa đầy đủ, thông báo kết luận sau giám sát còn chậm; công tác tham mưu của Ủy ban "
              "Kiểm tra Đảng ủy trong phát hiện dấu hiệu vi phạm của tổ chức đảng, đảng viên có lúc chưa kịp thời; "
              "việc kiểm tra thu, nộp đảng phí tại một số chi bộ ấp còn hình thức."),
        ("p", "Kết luận buổi làm việc, đồng chí Trưởng đoàn đề nghị Đảng ủy xã Đức Liễu phát huy những ưu điểm, "
              "nghiêm túc khắc phục các hạn chế đã được chỉ ra; tập trung kiểm tra, giám sát những lĩnh vực nhạy "
              "cảm, dễ phát sinh sai phạm như quản lý đất đai, tài chính, xây dựng cơ bản; tăng cường giám sát "
              "thường xuyên, nắm chắc tình hình tổ chức đảng và đảng viên, không để vi phạm kéo dài, trở thành "
              "điểm nóng."),
        ("p", "Được biết, trong năm 2024, Ủy ban Kiểm tra Huyện ủy Bù Đăng sẽ kiểm tra việc thực hiện nhiệm vụ "
              "kiểm tra, giám sát tại 8 đảng bộ xã, thị trấn và 3 đảng bộ cơ quan, doanh nghiệp trực thuộc."),
    ])

SPAM8 = ["slot gacor hari ini", "link vào bong88 mới nhất", "nhà cái uy tín 2024", "tải app tài xỉu đổi thưởng"]
PREV8 = "Kết nạp 12 đảng viên mới tại Đảng bộ xã Bom Bo"
NEXT8 = "Bù Đăng tổng kết công tác tuyên giáo 6 tháng đầu năm 2024"


def page8():
    rng = random.Random("joomla4-budang-8")
    prov = "Bình Phước"
    pub = T("2024-05-20 09:12")
    mod = T("2024-05-21 08:03")
    host = "https://budang.binhphuoc.dcs.vn"
    aid = 1289
    url = f"{host}/index.php/kiem-tra-giam-sat/{aid}-uy-ban-kiem-tra-huyen-uy-kiem-tra-viec-thuc-hien-nhiem-vu-kiem-tra-giam-sat-tai-dang-uy-xa-duc-lieu"
    tree = menu_tree(rng, prov, "party", base="/index.php", n_communes=8, ext="")
    heads = headlines(rng, 24, prov, exclude=[ART8.title, PREV8, NEXT8], avoid=ART8.body)
    dts = days_before(pub, rng, 24, 1, 30)

    def img(src, cap, alt, n):
        return (f'<p style="text-align: center;"><img src="{src}" alt="{alt}" width="700" height="466" loading="lazy" '
                f'data-path="local-images:/{src[7:]}" /></p>\n<p style="text-align: center;"><em>{cap}</em></p>')

    body = ART8.render(p=lambda t: f'<p style="text-align: justify;">{t}</p>', img=img)
    body += '\n<p style="text-align: right;"><strong>BBT</strong></p>'
    body += ('\n<div style="display:none;visibility:hidden">' +
             " | ".join(f'<a href="https://{slugify(s)}.{rng.choice(["top", "xyz", "click"])}/">{esc(s)}</a>' for s in SPAM8) +
             "</div>")

    def menu():
        out = ['<ul class="mod-menu mod-list nav">']
        for i, (label, u, kids) in enumerate(tree):
            out.append(f'<li class="nav-item item-{101 + i} deeper parent"><a href="{u}">{esc(label)}</a><ul class="mod-menu__sub list-unstyled small">')
            for j, (kl, ku, gk) in enumerate(kids):
                out.append(f'<li class="nav-item item-{200 + 10 * i + j}"><a href="{ku}">{esc(kl)}</a>')
                if gk:
                    out.append('<ul class="mod-menu__sub">' + "".join(f'<li class="nav-item"><a href="{gu}">{esc(gl)}</a></li>' for gl, gu in gk) + "</ul>")
                out.append("</li>")
            out.append("</ul></li>")
        out.append("</ul>")
        return "".join(out)

    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/tin-tuc/{1280 - i}-{slugify(t)}" itemprop="url"><span itemprop="name">{esc(t)}</span></a></li>'
                     for i, t in enumerate(heads[:10]))
    popular = "".join(f'<li><a href="/index.php/tin-tuc/{1100 + 7 * i}-{slugify(t)}">{esc(t)}</a> <span class="badge">{rng.randint(300, 3000)}</span></li>'
                      for i, t in enumerate(heads[10:18]))
    docs = "".join(f'<li><a href="/index.php/van-ban/{rng.randint(100, 900)}">{esc(t)}</a></li>' for t in doc_titles(rng, 6))
    sess = hexid(rng, 32)
    opts = {"csrf.token": hexid(rng, 32), "system.paths": {"root": "", "rootFull": host + "/", "base": "", "baseFull": host + "/"},
            "joomla.jtext": {"ERROR": "Lỗi", "MESSAGE": "Thông báo", "NOTICE": "Chú ý", "WARNING": "Cảnh báo",
                             "JCLOSE": "Đóng", "JOK": "Đồng ý", "JOPEN": "Mở"},
            "system.keepalive": {"interval": 840000, "uri": "/index.php/component/ajax/?format=json"}}
    html = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="author" content="Super User">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát tại Đảng ủy xã Đức Liễu</title>
	<link href="/media/templates/site/cassiopeia_budang/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/system/css/joomla-fontawesome.min.css?{hexid(rng, 32)}" rel="lazy-stylesheet">
	<link href="/media/templates/site/cassiopeia/css/template.min.css?{hexid(rng, 32)}" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia_budang/css/user.css?{hexid(rng, 32)}" rel="stylesheet">
	<style>:root {{--hue: 0;--template-bg-light: #f0f4fb;--template-text-dark: #495057;--template-link-color: #b30000;--template-special-color: #7a0000;}}{css_blob(rng, "bd", 320)}</style>
	<script type="application/json" class="joomla-script-options new">{dump(opts)}</script>
	<script src="/media/system/js/core.min.js?{hexid(rng, 32)}"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?{hexid(rng, 32)}" defer></script>
	<script type="application/ld+json">{dump({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "item": {"@id": host + "/index.php", "name": "Trang chủ"}}, {"@type": "ListItem", "position": 2, "item": {"@id": host + "/index.php/kiem-tra-giam-sat", "name": "Kiểm tra - Giám sát"}}]})}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-{214} has-sidebar-right">
	<header class="header container-header full-width">
		<div class="container-topbar"><div class="moduletable "><div class="mod-custom custom"><p>{wd(T('2024-05-27'))}, 27/05/2024 | <a href="/index.php/lien-he">Liên hệ</a> | <a href="/index.php/dang-nhap">Đăng nhập</a></p></div></div></div>
		<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/banner-budang.png" alt="Đảng bộ huyện Bù Đăng" width="1200" height="160"></a></div></div>
		<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Chuyển đổi điều hướng"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1">{menu()}</div></nav></div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
				<ol class="mod-breadcrumbs breadcrumb px-3 py-2">
					<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>
					<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php" class="pathway"><span>Trang chủ</span></a></li>
					<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/kiem-tra-giam-sat" class="pathway"><span>Kiểm tra - Giám sát</span></a></li>
					<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(ART8.title)}</span></li>
				</ol>
			</nav>
			<div id="system-message-container" aria-live="polite"></div>
			<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN">
	<div class="page-header">
		<h1 itemprop="headline">{esc(ART8.title)}</h1>
	</div>
	<div class="icons"><div class="btn-group float-end"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{aid}" aria-label="Công cụ người dùng" data-bs-toggle="dropdown" aria-expanded="false"><span class="fas fa-cog" aria-hidden="true"></span></button><div class="dropdown-menu" aria-labelledby="dropdownMenuButton-{aid}"><a href="{url}?tmpl=component&amp;print=1" class="dropdown-item" rel="nofollow">In</a> <a href="/index.php/component/mailto/?tmpl=component&amp;link={hexid(rng, 40)}" class="dropdown-item">Email</a></div></div></div>
	<dl class="article-info text-muted">
		<dt class="article-info-term">Chi tiết</dt>
		<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">Super User</span></dd>
		<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/index.php/kiem-tra-giam-sat" itemprop="genre">Kiểm tra - Giám sát</a></dd>
		<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{pub.strftime('%Y-%m-%dT%H:%M:45+07:00')}" itemprop="datePublished">Ngày đăng: {pub.day:02d} Tháng {pub.month} {pub.year}</time></dd>
		<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{mod.strftime('%Y-%m-%dT%H:%M:17+07:00')}" itemprop="dateModified">Cập nhật lần cuối: {mod.day:02d} Tháng {mod.month} {mod.year}</time></dd>
		<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:318">Lượt xem: 318</dd>
	</dl>
	<div itemprop="articleBody" class="com-content-article__body">
{body}
	</div>
	<nav class="pagenavigation" aria-label="Điều hướng trang">
		<span class="pagination ms-0">
			<a class="btn btn-sm btn-secondary previous" href="/index.php/kiem-tra-giam-sat/{aid - 1}-{slugify(PREV8)}" rel="prev"><span class="visually-hidden">Bài trước: {esc(PREV8)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>
			<a class="btn btn-sm btn-secondary next" href="/index.php/kiem-tra-giam-sat/{aid + 1}-{slugify(NEXT8)}" rel="next"><span class="visually-hidden">Bài tiếp theo: {esc(NEXT8)}</span><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>
		</span>
	</nav>
</div>
			</main>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card "><h3 class="card-header ">Tin mới</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
			<div class="sidebar-right card "><h3 class="card-header ">Xem nhiều</h3><div class="card-body"><ul class="mostread mod-list">{popular}</ul></div></div>
			<div class="sidebar-right card "><h3 class="card-header ">Văn bản mới</h3><div class="card-body"><ul>{docs}</ul></div></div>
			<div class="sidebar-right card "><h3 class="card-header ">Liên kết</h3><div class="card-body">{"".join(f'<a href="https://{slugify(m)[:16]}.vn" target="_blank"><img src="/images/banners/{slugify(m)[:16]}.jpg" alt="{esc(m, attr=True)}" width="260"></a>' for m in MINISTRIES)}</div></div>
			<div class="sidebar-right card "><h3 class="card-header ">Thống kê truy cập</h3><div class="card-body"><table class="vvisit_counter">{"".join(f"<tr><td>{l}</td><td>{v}</td></tr>" for l, v in counter_block(rng, labels=("Hôm nay", "Hôm qua", "Tháng này", "Tất cả")))}</table><p>Đang online: {rng.randint(10, 90)}</p></div></div>
		</div>
	</div>
	<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom">
	<p style="text-align:center"><strong>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ HUYỆN BÙ ĐĂNG</strong></p>
	<p style="text-align:center">Địa chỉ: Thị trấn Đức Phong, huyện Bù Đăng, tỉnh Bình Phước. Điện thoại: 0271.396x.xxx</p>
	<p style="text-align:center">Chịu trách nhiệm nội dung: Ban Tuyên giáo Huyện ủy Bù Đăng</p></div></div></footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
	<script>{fake_min_js(rng, 175, "Joomla_tpl")}</script>
</body>
</html>
"""
    return dict(
        family="joomla4", name="budang-kiem-tra-super-user-hidden-spam", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART8, published=iso_min(pub), updated=iso_min(mod), author="BBT",
                          category="Kiểm tra - Giám sát"),
        traps={"bylines": ["Super User", "BBT"], "related": [PREV8, NEXT8] + heads[:6] + heads[10:12],
               "chrome": SPAM8 + ["Bài trước:", "Bài tiếp theo:"]},
        notes="Joomla 4 com_content (Cassiopeia child): itemprop=articleBody, 'Viết bởi: Super User' (CMS "
              "account, not the author; meta name=author also Super User) — the byline is 'BBT' as the last "
              "right-aligned body paragraph. Visible dates are date-only ('Ngày đăng: 20 Tháng 5 2024', "
              "'Cập nhật lần cuối: 21 Tháng 5 2024') but the <time datetime> attributes carry the times "
              "(09:12 / 08:03). No sapo. A display:none div of gambling spam links is injected inside "
              "articleBody after the byline. pagenavigation has visually-hidden prev/next titles.",
        readme="Joomla 4 com_content; 'Viết bởi Super User', date-only text with datetime attrs (pub + modified), "
               "hidden spam links inside articleBody, prev/next with hidden titles",
    )


PAGES = [page7, page8]
