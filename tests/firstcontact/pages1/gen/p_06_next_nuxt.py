"""Next.js provincial newspaper (hydrated, __NEXT_DATA__) and Nuxt 2 SSR youth-union site."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, dump, esc, expected, fake_min_js,
                     headlines, hexid, hm, iso_min, menu_tree, MINISTRIES, alnum, wd, days_before,
                     slugify, utc_iso, epoch_ms, md_html, md_plain)


def _h(rng, comp, name):
    return f"{comp}_{name}__{alnum(rng, 5)}"


# =====================================================================
# Page 11: Báo Tuyên Quang on Next.js — preloaded next article, wrong JSON-LD, Đọc thêm box
# =====================================================================
ART11 = Art(
    "Tuyên Quang: Gỡ khó phát triển đảng viên trong doanh nghiệp ngoài nhà nước",
    "Những năm qua, cấp ủy các cấp trong tỉnh đã có nhiều cách làm linh hoạt để thành lập tổ chức đảng, phát "
    "triển đảng viên trong doanh nghiệp ngoài nhà nước. Tuy nhiên, đây vẫn là khâu khó, đòi hỏi sự vào cuộc "
    "đồng bộ hơn nữa của cả hệ thống chính trị.",
    [
        ("p", "Chi bộ Công ty cổ phần Chè Mỹ Lâm (huyện Yên Sơn) được thành lập năm 2019 với 3 đảng viên. Đến nay, "
              "chi bộ đã có 14 đảng viên, trong đó 9 đảng viên được kết nạp ngay tại doanh nghiệp. Bí thư Chi bộ "
              "Hoàng Văn Tám cho biết, điều quan trọng nhất là được chủ doanh nghiệp ủng hộ, tạo điều kiện về thời "
              "gian, địa điểm sinh hoạt và coi việc có tổ chức đảng là lợi thế trong xây dựng văn hóa doanh nghiệp."),
        ("p", "Theo Ban Tổ chức Tỉnh ủy, toàn tỉnh hiện có hơn 2.100 doanh nghiệp ngoài nhà nước đang hoạt động, "
              "nhưng mới có 112 tổ chức đảng với khoảng 1.350 đảng viên. Phần lớn doanh nghiệp có quy mô nhỏ, lao "
              "động không ổn định, thường xuyên thay đổi nơi làm việc; nhiều chủ doanh nghiệp chưa thấy hết vai trò "
              "của tổ chức đảng, còn e ngại ảnh hưởng đến hoạt động sản xuất, kinh doanh."),
        ("img", "/uploads/2024/08/13/che-my-lam.jpg",
         "Đảng viên Chi bộ Công ty cổ phần Chè Mỹ Lâm trao đổi kinh nghiệm sản xuất"),
        ("box", "Đọc thêm", [
            ("Chiêm Hóa kết nạp 215 đảng viên mới trong 6 tháng đầu năm", "/chinh-tri/xay-dung-dang/chiem-hoa-ket-nap-215-dang-vien-moi-198402.html"),
            ("Nâng chất lượng tổ chức cơ sở đảng ở khu công nghiệp Long Bình An", "/chinh-tri/xay-dung-dang/nang-chat-luong-to-chuc-co-so-dang-o-khu-cong-nghiep-198310.html"),
        ]),
        ("p", "Để tháo gỡ, Ban Thường vụ Tỉnh ủy đã ban hành nghị quyết chuyên đề về tăng cường công tác xây dựng "
              "tổ chức đảng, đoàn thể trong doanh nghiệp ngoài nhà nước; giao chỉ tiêu cụ thể cho các huyện ủy, "
              "thành ủy và Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh. Các địa phương chủ động khảo sát, nắm tình "
              "hình, lựa chọn những doanh nghiệp có quy mô lớn, lao động ổn định để tập trung xây dựng tổ chức công "
              "đoàn, đoàn thanh niên, từ đó tạo nguồn phát triển đảng viên."),
        ("p", "Cùng với đó, nhiều cấp ủy đã cử cán bộ có kinh nghiệm trực tiếp hướng dẫn, giúp đỡ chi bộ doanh "
              "nghiệp trong sinh hoạt; vận động chủ doanh nghiệp là đảng viên tham gia cấp ủy, gương mẫu trong thực "
              "hiện chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và chăm lo đời sống người "
              "lao động."),
        ("p", "Đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy cho rằng, thời gian tới, cần tiếp tục đổi mới nội dung, "
              "phương thức tuyên truyền, giúp chủ doanh nghiệp và người lao động thấy rõ lợi ích của việc thành lập "
              "tổ chức đảng; đồng thời, có cơ chế biểu dương, khen thưởng kịp thời những doanh nghiệp làm tốt công "
              "tác xây dựng Đảng, tạo sức lan tỏa trong cộng đồng doanh nghiệp."),
    ])

NEXT11 = Art(
    "Sơn Dương: Nâng cao chất lượng sinh hoạt chi bộ nông thôn",
    "Đảng bộ huyện Sơn Dương xác định nâng cao chất lượng sinh hoạt chi bộ là khâu then chốt để củng cố tổ "
    "chức cơ sở đảng, phát huy vai trò tiên phong, gương mẫu của đảng viên ở thôn, xóm.",
    [
        ("p", "Năm 2024, Ban Thường vụ Huyện ủy chọn 15 chi bộ thôn làm điểm về đổi mới sinh hoạt, mỗi chi bộ có "
              "một đồng chí huyện ủy viên trực tiếp dự, hướng dẫn. Nội dung sinh hoạt tập trung vào những vấn đề "
              "cụ thể như dồn điền đổi thửa, làm đường giao thông nông thôn, vận động người dân chuyển đổi cây trồng."),
        ("p", "Sau 6 tháng thực hiện, 100% chi bộ điểm duy trì sinh hoạt đúng kỳ, tỷ lệ đảng viên tham dự đạt trên "
              "95%; nhiều nghị quyết của chi bộ được triển khai hiệu quả, được người dân đồng tình hưởng ứng."),
    ])


def page11():
    rng = random.Random("nextjs-tuyenquang-11")
    prov = "Tuyên Quang"
    pub = T("2024-08-13 08:05")
    crawl = T("2024-12-05 10:22")
    host = "https://baotuyenquang.com.vn"
    aid = 198765
    url = f"{host}/chinh-tri/xay-dung-dang/tuyen-quang-go-kho-phat-trien-dang-vien-trong-doanh-nghiep-ngoai-nha-nuoc-{aid}.html"
    authors = ["Hồng Nhung", "Lê Hòa"]
    tree = menu_tree(rng, prov, "party", base="", n_communes=6, ext="")
    heads = headlines(rng, 30, prov, exclude=[ART11.title, NEXT11.title], avoid=ART11.body)
    dts = days_before(pub, rng, 30, 0, 12)
    build = alnum(rng, 21)
    C = {k: _h(rng, "ArticleDetail", k) for k in
         ["wrap", "title", "meta", "time", "author", "sapo", "content", "figure", "caption", "readmore", "tags", "next"]}

    def img(src, cap, alt, n):
        enc = src.replace("/", "%2F")
        return (f'<figure class="{C["figure"]}"><img alt="{alt}" loading="lazy" width="800" height="533" decoding="async" data-nimg="1" '
                f'style="color:transparent" srcset="/_next/image?url=%2Fmedia{enc}&amp;w=828&amp;q=75 1x, /_next/image?url=%2Fmedia{enc}&amp;w=1920&amp;q=75 2x" '
                f'src="/_next/image?url=%2Fmedia{enc}&amp;w=1920&amp;q=75"/><figcaption class="{C["caption"]}">{cap}</figcaption></figure>')

    def box(head, items):
        return (f'<div class="{C["readmore"]}"><p class="{C["readmore"]}-title">{esc(head)}</p><ul>' +
                "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for t, u in items) + "</ul></div>")

    content = ART11.render(img=img, box=box, sep="")
    next_content = NEXT11.render(sep="")
    nav = "".join(f'<li class="{_h(rng, "Header", "item")}"><a href="{u}">{esc(l)}</a><div class="{_h(rng, "Header", "sub")}">' +
                  "".join(f'<a href="{ku}">{esc(kl)}</a>' for kl, ku, _ in kids) + "</div></li>" for l, u, kids in tree)
    latest = [{"id": 198700 + i, "title": t, "slug": slugify(t), "publishedAt": utc_iso(d, ms=True),
               "thumbnail": f"/media/uploads/2024/08/{hexid(rng, 10)}.jpg",
               "sapo": "Bài viết phản ánh kết quả triển khai nhiệm vụ chính trị tại địa phương trong thời gian qua."}
              for i, (t, d) in enumerate(zip(heads[:20], dts))]
    latest_html = "".join(
        f'<article class="{_h(rng, "NewsCard", "card")}"><a href="/tin-tuc/{x["slug"]}-{x["id"]}.html"><img loading="lazy" src="/_next/image?url=%2Fmedia%2Fthumb&amp;w=256&amp;q=75" alt=""/></a>'
        f'<h3 class="{_h(rng, "NewsCard", "title")}"><a href="/tin-tuc/{x["slug"]}-{x["id"]}.html">{esc(x["title"])}</a></h3>'
        f'<span class="{_h(rng, "NewsCard", "time")}">{dmy(d)}</span></article>'
        for x, d in zip(latest, dts))
    next_data = {"props": {"pageProps": {
        "article": {"id": aid, "title": ART11.title, "sapo": ART11.lead, "content": content,
                    "publishedAt": utc_iso(pub, ms=True), "updatedAt": utc_iso(pub, ms=True),
                    "authors": [{"name": a} for a in authors],
                    "category": {"name": "Xây dựng Đảng", "slug": "xay-dung-dang", "parent": {"name": "Chính trị", "slug": "chinh-tri"}},
                    "tags": ["phát triển đảng viên", "doanh nghiệp ngoài nhà nước"], "views": 1437},
        "nextArticle": {"id": aid + 5, "title": NEXT11.title, "sapo": NEXT11.lead, "content": next_content,
                        "publishedAt": utc_iso(T("2024-08-13 10:40"), ms=True), "authors": [{"name": "Thu Phương"}]},
        "latest": latest,
        "mostRead": [{"id": 190000 + 17 * i, "title": t, "slug": slugify(t), "views": rng.randint(2000, 40000),
                      "thumbnail": f"/media/uploads/2024/07/{hexid(rng, 10)}.jpg",
                      "sapo": "Thông tin về hoạt động của các cấp ủy, chính quyền và các tầng lớp Nhân dân trong tỉnh, "
                              "phản ánh những cách làm hay, mô hình hiệu quả trên các lĩnh vực đời sống xã hội."}
                     for i, t in enumerate(headlines(rng, 60, prov, exclude=[ART11.title, NEXT11.title], avoid=ART11.body))],
        "ads": [{"zone": f"zone-{i}", "html": f"<a href=\"https://{slugify(m)[:16]}.vn\"><img src=\"/media/ads/{hexid(rng, 12)}.jpg\" alt=\"{m}\"/></a>"} for i, m in enumerate(MINISTRIES)],
        "menu": [{"title": l, "url": u, "children": [{"title": k[0], "url": k[1],
                                                      "children": [{"title": g[0], "url": g[1]} for g in k[2]]} for k in kids]}
                 for l, u, kids in tree]}, "__N_SSP": True},
        "page": "/[category]/[subcategory]/[slug]",
        "query": {"category": "chinh-tri", "subcategory": "xay-dung-dang", "slug": url.rsplit("/", 1)[1]},
        "buildId": build, "isFallback": False, "gssp": True, "locale": "vi", "scriptLoader": []}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ART11.title,
          "datePublished": crawl.strftime("%Y-%m-%dT%H:%M:31+07:00"), "dateModified": crawl.strftime("%Y-%m-%dT%H:%M:31+07:00"),
          "author": [{"@type": "Person", "name": a} for a in authors],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Báo Tuyên Quang"}}
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(ART11.title)} | Báo Tuyên Quang điện tử</title><meta name="description" content="{esc(ART11.lead, attr=True)}"/><meta property="og:title" content="{esc(ART11.title, attr=True)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><link rel="canonical" href="{url}"/><script type="application/ld+json">{dump(ld)}</script><meta name="next-head-count" content="9"/><link rel="preload" href="/_next/static/css/{hexid(rng, 16)}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{hexid(rng, 16)}.css" data-n-g=""/><style data-emotion="css-global">{css_blob(rng, "css", 260)}</style><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-{hexid(rng, 16)}.js"></script><script src="/_next/static/chunks/webpack-{hexid(rng, 16)}.js" defer=""></script><script src="/_next/static/chunks/framework-{hexid(rng, 16)}.js" defer=""></script><script src="/_next/static/chunks/main-{hexid(rng, 16)}.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bcategory%5D/%5Bsubcategory%5D/%5Bslug%5D-{hexid(rng, 16)}.js" defer=""></script><script src="/_next/static/{build}/_buildManifest.js" defer=""></script></head><body><div id="__next"><header class="{_h(rng, "Header", "header")}"><div class="{_h(rng, "Header", "top")}"><span class="{_h(rng, "Header", "date")}">{wd(crawl)}, {dmy(crawl)}</span><a href="/e-paper">Báo in</a><a href="/rss">RSS</a></div><a href="/" class="{_h(rng, "Header", "logo")}"><img src="/logo-baotuyenquang.svg" alt="Báo Tuyên Quang"/></a><nav><ul class="{_h(rng, "Header", "menu")}">{nav}</ul></nav></header><main class="{_h(rng, "Layout", "main")}"><div class="{_h(rng, "Layout", "container")}"><div class="{_h(rng, "Layout", "left")}"><nav class="{_h(rng, "Breadcrumb", "crumb")}" aria-label="breadcrumb"><a href="/chinh-tri">Chính trị</a><span>/</span><a href="/chinh-tri/xay-dung-dang">Xây dựng Đảng</a></nav><article class="{C["wrap"]}" data-id="{aid}"><h1 class="{C["title"]}">{esc(ART11.title)}</h1><div class="{C["meta"]}"><span class="{C["time"]}">{wd(pub)}, {dmy(pub)} - {hm(pub)}</span><span class="{C["author"]}"><a href="/tac-gia/hong-nhung">{authors[0]}</a>, <a href="/tac-gia/le-hoa">{authors[1]}</a></span><div class="{_h(rng, "Share", "bar")}"><button type="button">A-</button><button type="button">A+</button><button type="button" aria-label="Nghe bài viết">Nghe đọc</button><a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a><a href="https://zalo.me/share?u={url}">Zalo</a></div></div><h2 class="{C["sapo"]}">{esc(ART11.lead)}</h2><div class="{C["content"]}">{content}</div><div class="{C["tags"]}"><span>Từ khóa:</span><a href="/tag/phat-trien-dang-vien">phát triển đảng viên</a><a href="/tag/doanh-nghiep-ngoai-nha-nuoc">doanh nghiệp ngoài nhà nước</a></div></article><section class="{_h(rng, "Related", "box")}"><h3>Tin cùng chuyên mục</h3>{latest_html[:len(latest_html) // 2]}</section><div class="{C["next"]}" data-next-id="{aid + 5}"><div class="{C["next"]}-label">Bài tiếp theo</div><article class="{C["wrap"]}"><h2 class="{C["title"]}">{esc(NEXT11.title)}</h2><div class="{C["meta"]}"><span class="{C["time"]}">Thứ Ba, 13/08/2024 - 10:40</span><span class="{C["author"]}"><a href="/tac-gia/thu-phuong">Thu Phương</a></span></div><h2 class="{C["sapo"]}">{esc(NEXT11.lead)}</h2><div class="{C["content"]}">{next_content}</div></article></div></div><aside class="{_h(rng, "Layout", "right")}"><section><h3>Tin mới nhất</h3>{latest_html}</section><section><h3>Liên kết</h3>{"".join(f'<a href="https://{slugify(m)[:16]}.vn">{esc(m)}</a>' for m in MINISTRIES)}</section></aside></div></main><footer class="{_h(rng, "Footer", "footer")}"><p>BÁO TUYÊN QUANG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TUYÊN QUANG</p><p>Giấy phép số 124/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A. Địa chỉ: Số 8 đường 17/8, phường Tân Quang, TP Tuyên Quang.</p><p>© Bản quyền thuộc Báo Tuyên Quang. Không được sao chép khi chưa có sự đồng ý bằng văn bản.</p></footer></div><script id="__NEXT_DATA__" type="application/json">{dump(next_data)}</script></body></html>"""
    return dict(
        family="nextjs_press", name="tuyenquang-dang-vien-doanh-nghiep-next-article", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART11, published=iso_min(pub), author=", ".join(authors), category="Xây dựng Đảng"),
        traps={"bylines": ["Thu Phương"], "related": [NEXT11.title] + ART11.box_titles() + heads[:6],
               "chrome": [NEXT11.lead, md_plain(NEXT11.blocks[0][1]), "Bài tiếp theo", "Đọc thêm"]},
        notes="Next.js newspaper (hashed CSS-module classes, everything on one line, __NEXT_DATA__ holding the "
              "article, the next article and the whole menu). Below the article a preloaded 'Bài tiếp theo' uses "
              "the SAME article/title/meta/sapo/content classes — it is not part of this article. JSON-LD "
              "datePublished/dateModified are the crawl time (2024-12-05), wrong; the page prints "
              "'Thứ Ba, 13/08/2024 - 08:05' and __NEXT_DATA__ has publishedAt 2024-08-13T01:05:00.000Z (UTC). "
              "Sapo is an h2. Two author links → 'Hồng Nhung, Lê Hòa'. In-body 'Đọc thêm' box.",
        readme="Next.js newspaper; preloaded next article with identical classes, wrong JSON-LD date, UTC "
               "publishedAt in __NEXT_DATA__, in-body 'Đọc thêm', two author links",
    )


# =====================================================================
# Page 12: Tỉnh đoàn Đồng Tháp on Nuxt 2 SSR — lazy images, "3:30 chiều", cookie banner
# =====================================================================
ART12 = Art(
    "Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024",
    "Sáng 16/6, Ban Thường vụ Tỉnh đoàn phối hợp với Huyện ủy, UBND huyện Tháp Mười tổ chức Lễ ra quân Chiến "
    "dịch Thanh niên tình nguyện hè năm 2024. Hơn 1.500 đoàn viên, thanh niên tham dự lễ ra quân tại điểm cầu "
    "chính và các điểm cầu huyện, thành phố.",
    [
        ("p", "Chiến dịch năm nay diễn ra từ tháng 6 đến tháng 8 với chủ đề “Tuổi trẻ Đồng Tháp tình nguyện vì "
              "cộng đồng, xung kích chuyển đổi số”. Các đội hình tình nguyện tập trung thực hiện các công trình, "
              "phần việc thanh niên tham gia xây dựng nông thôn mới, đô thị văn minh; bảo vệ môi trường, ứng phó "
              "biến đổi khí hậu; hỗ trợ người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt."),
        ("p", "Toàn tỉnh phấn đấu thực hiện 120 công trình thanh niên cấp cơ sở, trong đó có 12 công trình cấp "
              "tỉnh; làm mới, sửa chữa 25 km đường giao thông nông thôn; trồng mới 30.000 cây xanh; lắp đặt 15 "
              "tuyến đèn chiếu sáng “Thắp sáng đường quê” và tổ chức 60 lớp phổ cập kỹ năng số cho người dân."),
        ("img", "/storage/posts/2024/06/ra-quan-tnth-1.jpg",
         "Đoàn viên, thanh niên ra quân trồng cây xanh tại xã Mỹ Hòa (huyện Tháp Mười)"),
        ("p", "Phát biểu tại lễ ra quân, đồng chí Bí thư Tỉnh đoàn nhấn mạnh, Chiến dịch Thanh niên tình nguyện hè "
              "là hoạt động trọng tâm của tổ chức Đoàn, là môi trường để đoàn viên, thanh niên rèn luyện, cống "
              "hiến. Đồng chí đề nghị các cơ sở Đoàn thiết kế nội dung hoạt động thiết thực, phù hợp nhu cầu của "
              "người dân, tránh phô trương, hình thức."),
        ("p", "Ngay sau lễ ra quân, các đội hình tình nguyện đã khởi công tuyến đường bê tông dài 1,2 km tại ấp 3, "
              "xã Mỹ Hòa; tặng 50 suất quà cho hộ gia đình chính sách và học sinh có hoàn cảnh khó khăn; hướng dẫn "
              "hơn 200 người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2."),
        ("img", "/storage/posts/2024/06/ra-quan-tnth-2.jpg",
         "Đội hình thanh niên tình nguyện hướng dẫn người dân kích hoạt tài khoản định danh điện tử"),
    ])


def page12():
    rng = random.Random("nuxt-dongthap-12")
    prov = "Đồng Tháp"
    pub = T("2024-06-16 15:30")
    host = "https://tinhdoan.dongthap.gov.vn"
    pid = 1852
    slug = "ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2024"
    url = f"{host}/tin-tuc/{slug}-{pid}"
    v = {k: f"data-v-{hexid(rng, 8)}" for k in ["layout", "header", "post", "side", "footer", "cookie"]}
    tree = menu_tree(rng, prov, "party", base="", n_communes=8, ext="")
    heads = headlines(rng, 26, prov, exclude=[ART12.title], avoid=ART12.body)
    dts = days_before(pub, rng, 26, 0, 20)
    gif = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

    def img(src, cap, alt, n):
        return (f'<div {v["post"]} class="post-figure"><img {v["post"]} src="{gif}" data-src="{src}" alt="{alt}" class="lazyload post-figure__img">'
                f'<p {v["post"]} class="post-figure__caption"><em>{cap}</em></p></div>')

    content = ART12.render(p=lambda t: f"<p>{t}</p>", img=img)
    nav = "".join(f'<li {v["header"]} class="nav__item"><a {v["header"]} href="{u}" class="nav__link nuxt-link-active">{esc(l)}</a><ul {v["header"]} class="nav__sub">' +
                  "".join(f'<li {v["header"]}><a {v["header"]} href="{ku}">{esc(kl)}</a>' +
                          "".join(f'<a {v["header"]} class="nav__leaf" href="{gu}">{esc(gl)}</a>' for gl, gu in gk) + "</li>"
                          for kl, ku, gk in kids) + "</ul></li>" for l, u, kids in tree)

    def card(t, d, i):
        return (f'<div {v["side"]} class="news-card"><a {v["side"]} href="/tin-tuc/{slugify(t)}-{pid - 3 - i}" class="news-card__thumb">'
                f'<img {v["side"]} src="{gif}" data-src="/storage/thumbs/{hexid(rng, 10)}.jpg" class="lazyload" alt=""></a>'
                f'<a {v["side"]} href="/tin-tuc/{slugify(t)}-{pid - 3 - i}" class="news-card__title">{esc(t)}</a>'
                f'<span {v["side"]} class="news-card__time">{dmy(d)}</span></div>')

    side = "".join(card(t, d, i) for i, (t, d) in enumerate(zip(heads[:12], dts)))
    same = "".join(card(t, d, i + 20) for i, (t, d) in enumerate(zip(heads[12:20], dts[12:20])))
    nuxt_state = {"layout": "default", "data": [{"post": {
        "id": pid, "title": ART12.title, "slug": slug, "description": ART12.lead, "content": content,
        "published_at": utc_iso(pub, ms=True), "author": "Thái Bảo", "category": {"id": 4, "name": "Hoạt động Đoàn"},
        "views": 611}, "related": [{"id": pid - 3 - i, "title": t, "published_at": utc_iso(d, ms=True)} for i, (t, d) in enumerate(zip(heads[:20], dts))]}],
        "fetch": {}, "error": None,
        "state": {"menu": [{"name": l, "url": u, "children": [{"name": k[0], "url": k[1]} for k in kids]} for l, u, kids in tree],
                  "banners": [{"name": m, "url": f"https://{slugify(m)[:16]}.vn"} for m in MINISTRIES],
                  "settings": {"site_name": "Tỉnh đoàn Đồng Tháp", "hotline": "0277.38x.xxx", "ga": f"G-{alnum(rng, 10).upper()}"}},
        "serverRendered": True, "routePath": f"/tin-tuc/{slug}-{pid}",
        "config": {"apiUrl": "https://api.tinhdoan.dongthap.gov.vn", "_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}
    html = f"""<!doctype html>
<html lang="vi" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D">
<head>
<title>Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 - Tỉnh đoàn Đồng Tháp</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{esc(ART12.lead, attr=True)}"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{esc(ART12.title, attr=True)}"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico"><link rel="preload" href="/_nuxt/{hexid(rng, 20)}.js" as="script"><link rel="preload" href="/_nuxt/{hexid(rng, 20)}.js" as="script"><link rel="preload" href="/_nuxt/{hexid(rng, 20)}.js" as="script">
<style data-vue-ssr-id="{hexid(rng, 8)}:0 {hexid(rng, 8)}:0">{css_blob(rng, "td", 420)}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div {v["layout"]} class="layout">
<header {v["header"]} class="header"><div {v["header"]} class="header__top"><span {v["header"]}>Đoàn TNCS Hồ Chí Minh tỉnh Đồng Tháp</span><span {v["header"]} class="header__hotline">Đường dây nóng: 0277.38x.xxx</span></div>
<a {v["header"]} href="/" class="header__logo nuxt-link-active"><img {v["header"]} src="/logo-tinhdoan.png" alt="Tỉnh đoàn Đồng Tháp"></a>
<nav {v["header"]} class="nav"><ul {v["header"]} class="nav__list">{nav}</ul></nav></header>
<main {v["layout"]} class="container main"><div {v["layout"]} class="row">
<div {v["post"]} class="col-lg-8 post-detail">
<ul {v["post"]} class="breadcrumb"><li {v["post"]}><a {v["post"]} href="/">Trang chủ</a></li><li {v["post"]}><a {v["post"]} href="/tin-tuc">Tin tức</a></li><li {v["post"]}><a {v["post"]} href="/tin-tuc/hoat-dong-doan">Hoạt động Đoàn</a></li></ul>
<h1 {v["post"]} class="post-detail__title">{esc(ART12.title)}</h1>
<div {v["post"]} class="post-detail__meta"><span {v["post"]} class="post-detail__time"><i {v["post"]} class="icon-clock"></i> {pub.hour - 12}:{pub.minute:02d} chiều, {dmy(pub)}</span> <span {v["post"]} class="post-detail__views">611 lượt xem</span></div>
<div {v["post"]} class="post-detail__desc">{esc(ART12.lead)}</div>
<div {v["post"]} class="post-detail__content">{content}</div>
<div {v["post"]} class="post-detail__author">{esc("Thái Bảo")}</div>
<div {v["post"]} class="post-detail__share"><span {v["post"]}>Chia sẻ:</span> <a {v["post"]} href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a {v["post"]} href="https://zalo.me/share?u={url}">Zalo</a> <a {v["post"]} href="javascript:window.print()">In</a></div>
<section {v["post"]} class="post-related"><h2 {v["post"]} class="section-title">Tin liên quan</h2><div {v["post"]} class="post-related__grid">{same}</div></section>
</div>
<aside {v["side"]} class="col-lg-4 sidebar"><h2 {v["side"]} class="section-title">Tin mới</h2>{side}
<h2 {v["side"]} class="section-title">Liên kết</h2>{"".join(f'<a {v["side"]} href="https://{slugify(m)[:16]}.vn" class="banner"><img {v["side"]} src="{gif}" data-src="/storage/banners/{slugify(m)[:16]}.png" class="lazyload" alt="{esc(m, attr=True)}"></a>' for m in MINISTRIES)}</aside>
</div></main>
<footer {v["footer"]} class="footer"><p {v["footer"]}><strong {v["footer"]}>BAN THƯỜNG VỤ TỈNH ĐOÀN ĐỒNG THÁP</strong></p><p {v["footer"]}>Địa chỉ: Số 12 đường 30/4, Phường 1, TP Cao Lãnh, tỉnh Đồng Tháp</p><p {v["footer"]}>Email: tinhdoan@dongthap.gov.vn</p></footer>
<div {v["cookie"]} class="cookie-consent"><p {v["cookie"]}>Website sử dụng cookie để nâng cao trải nghiệm của bạn. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với chính sách cookie của chúng tôi.</p><button {v["cookie"]} class="btn btn-primary">Đồng ý</button></div>
</div></div></div><script>window.__NUXT__={dump(nuxt_state)};</script><script src="/_nuxt/{hexid(rng, 20)}.js" defer></script><script src="/_nuxt/{hexid(rng, 20)}.js" defer></script><script src="/_nuxt/{hexid(rng, 20)}.js" defer></script>
<script>{fake_min_js(rng, 100, "tdApp")}</script>
</body>
</html>
"""
    return dict(
        family="nuxt_ssr", name="dongthap-tinh-nguyen-he-chieu-clock", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART12, published=iso_min(pub), author="Thái Bảo", category="Hoạt động Đoàn"),
        traps={"bylines": ["Thái Bảo"], "related": heads[:6] + heads[12:16],
               "chrome": ["Tin liên quan", "Website sử dụng cookie để nâng cao trải nghiệm của bạn."]},
        notes="Nuxt 2 SSR (data-v-xxxx scoped attributes on every element, window.__NUXT__ state with the "
              "content HTML, published_at in UTC 08:30Z). Visible stamp '3:30 chiều, 16/06/2024' — 12-hour clock "
              "with the Vietnamese word 'chiều' (afternoon) → 15:30. Lazy images: 1x1 gif src + data-src, "
              "captions in italic p.post-figure__caption. Author in a plain div after the content. Cookie banner.",
        readme="Nuxt 2 SSR; '3:30 chiều' 12-hour clock in words, data-v attributes, lazy gif placeholders, "
               "__NUXT__ state, cookie banner",
    )


PAGES = [page11, page12]
