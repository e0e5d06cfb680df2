"""Strapi + React SSR (Tỉnh ủy Lâm Đồng), 1C-Bitrix (Bộ CHQS / Đảng ủy Quân sự Nghệ An),
OpenCms (Thị ủy Ninh Hòa, Khánh Hòa)."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, before, esc, slug, dump, hexid, alnum, b64, guid,
                     expected, css, js, headlines, mega_menu, news_list, footer, counter, ga, pad_to)

# =====================================================================
ART1 = Art(
    "Lâm Đồng: Hơn 2.600 đảng viên được kết nạp trong năm 2023",
    "Năm 2023, toàn Đảng bộ tỉnh Lâm Đồng kết nạp 2.614 đảng viên mới, đạt 104,5% chỉ tiêu; trong đó tỷ lệ đảng viên là người dân tộc thiểu số, người có đạo tiếp tục tăng so với các năm trước.",
    [
        ("p", "Thông tin trên được đưa ra tại hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024 do Ban Tổ chức Tỉnh ủy tổ chức chiều 13/3. Đồng chí Phạm Thị Phúc, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo hội nghị."),
        ("p", "Theo báo cáo, trong số đảng viên mới được kết nạp có 412 đồng chí là người dân tộc thiểu số, 97 đồng chí là người có đạo, 1.356 đồng chí là đoàn viên thanh niên. Toàn tỉnh hiện còn 9 thôn, tổ dân phố chưa có chi bộ riêng, giảm 5 thôn so với cuối năm 2022."),
        ("img", "https://cms.lamdong.dcs.vn/uploads/hoi_nghi_to_chuc_2024_8c1f2a.jpg", "Đồng chí Phạm Thị Phúc phát biểu chỉ đạo hội nghị"),
        ("p", "Công tác đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên được thực hiện thực chất hơn. Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 89,7%; không có tổ chức cơ sở đảng được xếp loại hoàn thành xuất sắc nhiệm vụ vượt quá 20% theo quy định."),
        ("p", "Phát biểu chỉ đạo, đồng chí Phạm Thị Phúc yêu cầu ngành tổ chức xây dựng Đảng tập trung tham mưu chuẩn bị nhân sự đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; rà soát, bổ sung quy hoạch cán bộ; chú trọng phát triển đảng viên ở những nơi còn “trắng” đảng viên, nhất là vùng đồng bào dân tộc thiểu số."),
        ("p", "Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 8 tập thể, 11 cá nhân có thành tích xuất sắc trong công tác tổ chức xây dựng Đảng năm 2023."),
    ])


def page1():
    rng = random.Random("strapi-lamdong-01")
    pub, crawl = T("2024-03-13 17:42"), T("2024-03-13 20:42")
    host = "https://lamdong.dcs.vn"
    url = f"{host}/xay-dung-dang/to-chuc-can-bo/lam-dong-hon-2600-dang-vien-duoc-ket-nap-trong-nam-2023-a8123"
    heads = headlines(rng, 22, "Đức Trọng")
    dts = before(pub, rng, 22, 0, 20)
    state = {"router": {"location": {"pathname": url[len(host):]}},
             "article": {"data": {"id": 8123, "attributes": {
                 "title": ART1.title, "slug": slug(ART1.title), "sapo": ART1.lead,
                 "createdAt": "2024-03-11T02:15:09.412Z", "updatedAt": "2024-03-13T10:42:51.020Z",
                 "publishedAt": "2024-03-13T10:42:50.871Z", "views": 1284,
                 "createdBy": {"data": {"attributes": {"username": "btv.lethihong"}}},
                 "category": {"data": {"attributes": {"name": "Tổ chức - Cán bộ", "slug": "to-chuc-can-bo"}}},
                 "authors": {"data": [{"attributes": {"name": "Minh Anh"}}, {"attributes": {"name": "Hoàng Long"}}]},
                 "content": "".join(f"<p>{esc(t)}</p>" for t in ART1.pars),
                 "seo": {"metaTitle": ART1.title + " | Tỉnh ủy Lâm Đồng", "metaDescription": ART1.lead}}}},
             "home": {"latest": [{"title": t, "publishedAt": utcz(d, True)} for t, d in zip(heads, dts)]},
             "ui": {"menuOpen": False, "fontSize": 16}}

    def img(s, c, n):
        return (f'<figure class="ArticleContent_figure__3kQ2a"><img src="{s}?format=webp&amp;w=1200" alt="{esc(c, True)}" '
                f'decoding="async" loading="lazy"><figcaption class="ArticleContent_caption__1aZ7x">{esc(c)}</figcaption></figure>')

    body = ART1.render(img=img)
    state_js = dump(state).replace("</", "<\\/")
    nav = mega_menu(rng, "", "Header_menu__2pLkq", ["Đà Lạt", "Bảo Lộc", "Đức Trọng", "Lâm Hà", "Di Linh", "Đơn Dương", "Lạc Dương", "Bảo Lâm", "Đạ Huoai", "Cát Tiên", "Đam Rông"], ext="")
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(ART1.title)} | Tỉnh ủy Lâm Đồng</title>
<meta name="description" content="{esc(ART1.lead, True)}">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(ART1.title, True)}">
<meta property="article:published_time" content="2024-03-11T02:15:09.412Z">
<link rel="canonical" href="{url}"><link rel="stylesheet" href="/static/css/main.7c1e3a2b.css">
<style>{css(rng, "Header", 180)}</style><!--PAD-->
{ga(rng)}
</head><body><div id="root"><div class="App_app__1xQ9t">
<div class="TopBar_bar__3uXp1"><span class="TopBar_today__2mQ0z">{wd(crawl)}, {dmy(crawl)}</span> <a href="/rss">RSS</a> <a href="/lien-he">Liên hệ</a> <a href="/en">English</a></div>
<header class="Header_header__1b2Xc"><a href="/" class="Header_logo__2d8Zp"><img src="/static/media/logo.2f9a1c.png" alt="Tỉnh ủy Lâm Đồng"></a>
<div class="Header_brand__3ZzQh"><div>ĐẢNG BỘ TỈNH LÂM ĐỒNG</div><div>Trang thông tin điện tử Tỉnh ủy</div></div>
<nav>{nav}</nav></header>
<div class="Ticker_ticker__2Vt3s"><span>Tin mới:</span><marquee>{" • ".join(esc(t) for t in heads[:6])}</marquee></div>
<main class="Layout_main__3pQx7"><div class="Layout_col8__1Tz0w">
<nav class="Breadcrumb_crumb__1w0Qy" aria-label="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="/xay-dung-dang">Xây dựng Đảng</a></li><li aria-current="page"><a href="/xay-dung-dang/to-chuc-can-bo">Tổ chức - Cán bộ</a></li></ol></nav>
<article class="ArticleDetail_article__2Yh6J">
<h1 class="ArticleDetail_title__3Xk8v">{esc(ART1.title)}</h1>
<div class="ArticleDetail_meta__1kPzq"><span class="ArticleDetail_ago__2oYp1" title="{dmy(pub)} {hm(pub)}">3 giờ trước</span> <span class="ArticleDetail_views__3nDd2">1.284 lượt xem</span>
<div class="ShareBar_bar__1Qp8m"><button>Facebook</button><button>Zalo</button><button>Sao chép liên kết</button><button aria-label="In">In</button></div></div>
<div class="ArticleDetail_sapo__1cL2n"><strong>{esc(ART1.lead)}</strong></div>
<div class="ArticleContent_content__2Wq5T">{body}</div>
<div class="ArticleDetail_footer__3bN1x"><p class="ArticleDetail_author__2kLmW">Minh Anh - Hoàng Long</p>
<p class="ArticleDetail_pubdate__1rTqC">Đăng lúc {hm(pub)} ngày {dmy(pub)}</p></div>
<div class="Tags_tags__2hP0c"><span>Từ khóa:</span> <a href="/tag/ket-nap-dang-vien">kết nạp đảng viên</a> <a href="/tag/to-chuc-xay-dung-dang">tổ chức xây dựng Đảng</a></div>
</article>
<section class="Related_related__1vZr2"><h2>Tin cùng chuyên mục</h2>{news_list(rng, heads[:8], "", dts[:8], lambda d: dmy(d) + " " + hm(d), "Related_list__3Tg7a", ext="")}</section>
</div><aside class="Layout_col4__2RsPq"><h3>Đọc nhiều</h3>{news_list(rng, heads[8:16], "", dts[8:16], lambda d: "", "Aside_list__1z9Ab", ext="")}
<h3>Thống kê truy cập</h3><ul>{counter(rng)}</ul></aside></main>
<footer>{footer("Trang thông tin điện tử Tỉnh ủy Lâm Đồng", "Số 16 Trần Phú, phường 3, TP Đà Lạt", "0263.3822.104")}</footer>
</div></div>
<script id="__SSR_STATE__">window.__PRELOADED_STATE__={state_js};</script>
<script src="/static/js/2.b81a3c4d.chunk.js"></script><script>{js(rng, 60, "rt")}</script>
</body></html>"""
    html = pad_to(html, rng, 118, prefix="Layout")
    return dict(family="strapi_react_ssr", name="lamdong-ket-nap-relative-time-ssr-state", url=url,
                content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
                expected=expected(ART1, iso(pub), author="Minh Anh, Hoàng Long", category="Tổ chức - Cán bộ"),
                traps={"bylines": ["Minh Anh - Hoàng Long", "btv.lethihong"],
                       "chrome": ["3 giờ trước", "1.284 lượt xem", "Tin cùng chuyên mục", "Sao chép liên kết", "Từ khóa:"],
                       "related": heads[:8],
                       "dates": ["2024-03-11T02:15:09.412Z", f"{wd(crawl)}, {dmy(crawl)}"]},
                notes="React SPA server-rendered from Strapi; window.__PRELOADED_STATE__ JSON island holds the article again plus a "
                      "'createdAt' draft date (11/3) that is also in article:published_time (wrong). Visible meta shows only the "
                      "relative '3 giờ trước' (absolute in a title attr); the absolute 'Đăng lúc 17:42 ngày 13/03/2024' is at the "
                      "article foot after the byline 'Minh Anh - Hoàng Long' (two authors). CSS-module hashed class names. "
                      "Top bar shows the crawl date.",
                readme="Strapi + React SSR; hashed CSS-module classes, __PRELOADED_STATE__ island with draft createdAt (also in og meta), relative '3 giờ trước' at top + absolute stamp at the foot, two-author byline, crumb category")


# =====================================================================
ART2 = Art(
    "Lực lượng vũ trang tỉnh ra quân huấn luyện năm 2024",
    "Sáng 15/3, Bộ Chỉ huy Quân sự tỉnh tổ chức Lễ ra quân huấn luyện năm 2024. Đồng chí Nguyễn Văn Thông, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và phát lệnh ra quân.",
    [
        ("p", "Năm 2024, lực lượng vũ trang tỉnh tập trung huấn luyện theo phương châm “Cơ bản, thiết thực, vững chắc”, lấy huấn luyện đồng bộ, chuyên sâu, sát thực tế chiến đấu làm trọng tâm; chú trọng huấn luyện đêm, huấn luyện trên địa hình rừng núi, biên giới, kết hợp chặt chẽ với giáo dục chính trị, rèn luyện kỷ luật."),
        ("img", "/upload/iblock/4e7/ra-quan-huan-luyen-2024.jpg", "Chủ tịch UBND tỉnh Nguyễn Văn Thông phát lệnh ra quân huấn luyện năm 2024"),
        ("p", "Bộ Chỉ huy Quân sự tỉnh đặt mục tiêu 100% cơ quan, đơn vị hoàn thành nội dung, chương trình huấn luyện; trên 70% nội dung đạt khá, giỏi; bảo đảm tuyệt đối an toàn về người, vũ khí, trang bị. Lực lượng dân quân tự vệ được huấn luyện theo kế hoạch của từng địa phương, gắn với diễn tập khu vực phòng thủ cấp huyện, diễn tập chiến đấu trong khu vực phòng thủ cấp xã."),
        ("p", "Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Thông đề nghị các cơ quan, đơn vị quán triệt sâu sắc các nghị quyết, chỉ thị của cấp trên về công tác huấn luyện; đổi mới nội dung, phương pháp huấn luyện; nâng cao khả năng sẵn sàng chiến đấu, chủ động ứng phó với các tình huống thiên tai, cháy rừng, tìm kiếm cứu nạn."),
        ("img", "/upload/iblock/9b2/duyet-doi-ngu.jpg", "Các khối lực lượng duyệt đội ngũ tại Lễ ra quân"),
        ("p", "Sau buổi lễ, các khối lực lượng đã thực hiện duyệt đội ngũ và biểu diễn một số nội dung võ thuật, xử lý tình huống bắt giữ đối tượng, chữa cháy rừng."),
    ])


def page2():
    rng = random.Random("bitrix-nghean-02")
    pub = T("2024-03-15 10:05")
    host = "https://quansu.nghean.gov.vn"
    url = f"{host}/tin-tuc/quoc-phong-quan-su-dia-phuong/luc-luong-vu-trang-tinh-ra-quan-huan-luyen-nam-2024/"
    heads = headlines(rng, 24, "Quỳnh Lưu")
    dts = before(pub, rng, 24, 1, 40)

    def img(s, c, n):
        return (f'<div class="news-detail-img"><img src="{s}" width="800" height="533" alt="{esc(c, True)}" title="{esc(c, True)}"></div>'
                f'<p class="img-desc" style="text-align:center"><em>{esc(c)}</em></p>')

    body = ART2.render(img=img)
    bxmsg = {"LANGUAGE_ID": "vi", "FORMAT_DATE": "DD.MM.YYYY", "FORMAT_DATETIME": "DD.MM.YYYY HH:MI:SS",
             "COOKIE_PREFIX": "BITRIX_SM", "SERVER_TZ_OFFSET": "25200", "SITE_ID": "s1", "SITE_DIR": "/",
             "USER_ID": "", "SERVER_TIME": "1710820800", "USER_TZ_OFFSET": "0", "bitrix_sessid": hexid(rng, 32)}
    nav = mega_menu(rng, "", "bx-top-nav-container", ["TP Vinh", "TX Cửa Lò", "TX Thái Hòa", "Quỳnh Lưu", "Diễn Châu", "Yên Thành", "Nghi Lộc", "Nam Đàn", "Thanh Chương", "Đô Lương", "Anh Sơn", "Con Cuông", "Tương Dương", "Kỳ Sơn", "Quế Phong"], ext="/")
    html = f"""<!DOCTYPE html>
<html xml:lang="vi" lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Lực lượng vũ trang tỉnh ra quân huấn luyện năm 2024</title>
<meta name="keywords" content="ra quân huấn luyện, lực lượng vũ trang"><meta name="description" content="{esc(ART2.lead, True)}">
<script data-skip-moving="true">(function(w,d,n){{var c=w[n]=w[n]||[];c.push(1)}})(window,document,"BX_STAT");</script>
<script>if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess){{BX.message[i]=mess[i];}}return true;}}}};</script>
<script>(window.BX||top.BX).message({dump(bxmsg)});</script>
<link href="/bitrix/js/ui/design-tokens/dist/ui.design-tokens.min.css?171008123423233" type="text/css" rel="stylesheet"/>
<link href="/bitrix/templates/qs_nghean/components/bitrix/news/news/bitrix/news.detail/.default/style.css?17100812341209" type="text/css" rel="stylesheet"/>
<link href="/bitrix/templates/qs_nghean/template_styles.css?171008123489421" type="text/css" rel="stylesheet"/>
<style>{css(rng, "bx", 200)}</style><!--PAD-->
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1710081234221015"></script>
</head><body>
<div id="panel"></div>
<div class="bx-wrapper" id="bx_eshop_wrap"><header class="bx-header">
<div class="bx-header-section container"><div class="header-top"><span class="hdr-clock" id="clock">Thứ Ba, 19/03/2024</span> | <a href="/auth/">Đăng nhập</a> | <a href="/en/">English</a></div>
<a href="/" class="logo"><img src="/bitrix/templates/qs_nghean/images/logo.png" alt="Bộ Chỉ huy Quân sự tỉnh Nghệ An"></a>
<div class="site-name">BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN<br><small>Trang thông tin điện tử</small></div>
<div class="bx-top-nav bx-site">{nav}</div></div></header>
<div class="workarea container"><div class="row"><div class="col-md-9">
<div class="bx-breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="Trang chủ" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></div>
<div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-right"></i><a href="/tin-tuc/" title="Tin tức" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2"></div>
<div class="bx-breadcrumb-item" id="bx_breadcrumb_2" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-right"></i><a href="/tin-tuc/quoc-phong-quan-su-dia-phuong/" title="Quốc phòng - Quân sự địa phương" itemprop="item"><span itemprop="name">Quốc phòng - Quân sự địa phương</span></a><meta itemprop="position" content="3"></div>
<div style="clear:both"></div></div>
<div class="bx-newsdetail"><div class="bx-newsdetail-block" id="bx_1878455859_4127">
<h3 class="bx-newsdetail-title">{esc(ART2.title)}</h3>
<div class="bx-newsdetail-date"><i class="fa fa-calendar-o"></i> {dmy(pub, ".")} {hm(pub)}</div>
<div class="bx-newsdetail-view"><i class="fa fa-eye"></i> Lượt xem: 2047</div>
<div class="bx-newsdetail-img"><img src="/upload/iblock/1f0/anh-dai-dien-ra-quan.jpg" alt="{esc(ART2.title, True)}" title="{esc(ART2.title, True)}"></div>
<div class="bx-newsdetail-content">
<p><strong>{esc(ART2.lead)}</strong></p>
{body}
</div>
<div class="bx-newsdetail-property"><table class="props"><tr><td class="prop-name">Tác giả:</td><td class="prop-val">Thượng tá Lê Minh Tuấn (Bộ CHQS tỉnh)</td></tr>
<tr><td class="prop-name">Ngày tạo:</td><td class="prop-val">12.03.2024 16:48:07</td></tr><tr><td class="prop-name">Người đăng:</td><td class="prop-val">admin_bbt</td></tr></table></div>
<div class="bx-newsdetail-tag"><i class="fa fa-tag"></i> Tags: <a href="/search/?tags=huấn+luyện">huấn luyện</a></div>
<div class="bx-newsdetail-share"><noindex><div class="bx-share-social"><a class="bx-share-link" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a class="bx-share-link" href="https://zalo.me/share?u={url}">Zalo</a></div></noindex></div>
<div class="row"><div class="col-xs-5"><a href="/tin-tuc/quoc-phong-quan-su-dia-phuong/">Quay lại danh sách</a></div></div>
</div></div>
<div class="news-list other-news"><h4>Tin khác</h4>{news_list(rng, heads[:10], "/tin-tuc/quoc-phong-quan-su-dia-phuong", dts[:10], lambda d: "(" + dmy(d, ".") + ")", "news-list-items", img=False, ext="/")}</div>
<div class="bx-pagination"><div class="bx-pagination-container"><ul><li class="bx-pag-prev"><span>Trước</span></li><li class="bx-active"><span>1</span></li><li><a href="?PAGEN_1=2"><span>2</span></a></li><li class="bx-pag-next"><a href="?PAGEN_1=2"><span>Sau</span></a></li></ul></div></div>
</div><div class="col-md-3 sidebar">
<div class="bx-sidebar-block"><h4>Tin mới nhất</h4>{news_list(rng, heads[10:20], "/tin-tuc", dts[10:20], lambda d: dmy(d, "."), "side-news", ext="/")}</div>
<div class="bx-sidebar-block"><h4>Liên kết website</h4><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://qdnd.vn">Báo Quân đội nhân dân</option><option value="https://mod.gov.vn">Bộ Quốc phòng</option></select></div>
<div class="bx-sidebar-block"><h4>Thống kê</h4><ul>{counter(rng)}</ul></div></div></div></div>
<footer class="bx-footer">{footer("Bộ Chỉ huy Quân sự tỉnh Nghệ An", "Số 2 đường Phan Đăng Lưu, TP Vinh", "069.2858.101")}<div>Powered by 1C-Bitrix</div></footer></div>
<script>BX.ready(function(){{{js(rng, 40, "bxn")}}});</script>
</body></html>"""
    html = pad_to(html, rng, 105, prefix="bx-pad")
    return dict(family="bitrix", name="nghean-quansu-dotted-date-rank-byline-props", url=url,
                content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
                expected=expected(ART2, iso(pub), author="Lê Minh Tuấn", unit="Bộ CHQS tỉnh", category="Quốc phòng - Quân sự địa phương"),
                traps={"bylines": ["Thượng tá Lê Minh Tuấn", "admin_bbt"], "related": heads[:10],
                       "chrome": ["Lượt xem: 2047", "Quay lại danh sách", "Tin khác", "Tags:"],
                       "dates": ["12.03.2024 16:48:07", "Thứ Ba, 19/03/2024"]},
                notes="1C-Bitrix news.detail (.default template, bx-newsdetail-*), BX.message JSON with FORMAT_DATETIME. "
                      "Title in h3.bx-newsdetail-title (no h1; <title> equals the title). Date in Bitrix format '15.03.2024 10:05'. "
                      "Lead is the first bold paragraph inside the content. Byline in a property table after the content: "
                      "'Tác giả: Thượng tá Lê Minh Tuấn (Bộ CHQS tỉnh)' → author without rank, unit from the parentheses; same "
                      "table has 'Ngày tạo' (draft creation date, trap) and 'Người đăng' account. Header clock shows crawl day.",
                readme="1C-Bitrix news.detail; h3 title, 'DD.MM.YYYY HH:MI' date, bold first paragraph = lead, rank + '(unit)' byline in a property table with 'Ngày tạo' and account rows, 'Tin khác' list")


# =====================================================================
ART3 = Art(
    "Thị ủy Ninh Hòa sơ kết công tác kiểm tra, giám sát quý I",
    None,
    [
        ("p", "Chiều 28/3, Ủy ban Kiểm tra Thị ủy Ninh Hòa tổ chức hội nghị sơ kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng quý I, triển khai nhiệm vụ quý II năm 2024."),
        ("p", "Trong quý I, cấp ủy, ủy ban kiểm tra các cấp trong Đảng bộ thị xã đã kiểm tra 14 tổ chức đảng và 37 đảng viên; giám sát chuyên đề 9 tổ chức đảng và 22 đảng viên. Qua kiểm tra, giám sát, các tổ chức đảng và đảng viên cơ bản chấp hành tốt chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước."),
        ("img", "/export/sites/ninhhoa/.galleries/images/2024/03/so-ket-ubkt-quy-1.jpg", "Quang cảnh hội nghị"),
        ("p", "Ủy ban Kiểm tra Thị ủy đã kiểm tra khi có dấu hiệu vi phạm đối với 2 đảng viên, qua đó kết luận có vi phạm, thi hành kỷ luật bằng hình thức khiển trách 1 đảng viên; giải quyết 1 đơn tố cáo đối với đảng viên đúng thời hạn."),
        ("p", "Quý II, Ủy ban Kiểm tra Thị ủy tập trung tham mưu Ban Thường vụ Thị ủy kiểm tra việc lãnh đạo, chỉ đạo thực hiện công tác phòng, chống tham nhũng, tiêu cực tại một số xã, phường; giám sát việc thực hiện chức trách, nhiệm vụ của cấp ủy viên; chuẩn bị các điều kiện phục vụ đại hội chi bộ nhiệm kỳ 2025 - 2027."),
    ])


def page3():
    rng = random.Random("opencms-ninhhoa-03")
    pub, upd = T("2024-03-29 07:50"), T("2024-03-29 15:20")
    host = "https://ninhhoa.khanhhoa.dcs.vn"
    url = f"{host}/vi/tin-tuc/kiem-tra-giam-sat/thi-uy-ninh-hoa-so-ket-cong-tac-kiem-tra-giam-sat-quy-i.html"
    heads = headlines(rng, 22, "Ninh Hòa")
    dts = before(pub, rng, 22, 1, 30)

    def img(s, c, n):
        return (f'<div class="image-row"><div class="image-center" style="width:760px"><img src="{s}" alt="" width="760"/>'
                f'<div class="image-subtitle">{esc(c)}</div></div></div>')

    body = ART3.render(img=img, p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>')
    nav = mega_menu(rng, "/vi", "nav-main", ["Phường Ninh Hiệp", "Phường Ninh Giang", "Phường Ninh Đa", "Xã Ninh Xuân", "Xã Ninh Sơn", "Xã Ninh Tân", "Xã Ninh Thượng", "Xã Ninh Phụng"])
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>Thị ủy Ninh Hòa - Tin tức</title>
<meta name="generator" content="OpenCms 11.0.2">
<meta name="DC.date.created" content="2024-03-28">
<link href="/export/system/modules/vn.khanhhoa.dcs.template/resources/css/style.css" rel="stylesheet">
<style>{css(rng, "oc", 200)}</style><!--PAD-->
<script src="/export/system/modules/org.opencms.jquery/resources/packed/jquery.js"></script>
</head>
<body>
<div id="page-complete" class="containerpage">
<div class="head"><div class="head-date">Thứ bảy, 30/03/2024</div><div class="head-logo"><a href="/vi/"><img src="/export/sites/ninhhoa/.content/logo.png" alt="Thị ủy Ninh Hòa"></a></div>
<div class="head-navbar">{nav}</div></div>
<div class="area-content"><div class="row"><div class="col-md-8 main">
<div class="oc-container type-m-detail"><ul class="breadcrumb"><li><a href="/vi/">Trang chủ</a></li><li><a href="/vi/tin-tuc/">Tin tức</a></li><li class="active"><a href="/vi/tin-tuc/kiem-tra-giam-sat/">Kiểm tra - Giám sát</a></li></ul></div>
<div class="oc-detail-page type-m-article" data-oc-element="{guid(rng)}">
<div class="detail-visual"><h1 class="detail-title">{esc(ART3.title)}</h1>
<div class="visual-info"><div class="info date"><div>{wd(pub, True)}, {dmy(pub, "-")} | {hm(pub)}</div></div>
<div class="info info-update">Cập nhật: {hm(upd)} {dmy(upd, "-")}</div></div></div>
<div class="detail-content">
{body}
<div class="paragraph"><div class="text"><p style="text-align: right;"><strong>Tin, ảnh: Thanh Hà</strong></p></div></div>
</div>
<div class="detail-addition"><a href="javascript:window.print()">In bài viết</a> | <a href="mailto:?subject=Tin">Gửi email</a></div>
</div>
<div class="oc-container type-list"><h3 class="list-head">Tin đã đưa</h3>{news_list(rng, heads[:12], "/vi/tin-tuc/kiem-tra-giam-sat", dts[:12], lambda d: "(" + dmy(d, "-") + ")", "list-entries", img=False)}</div>
</div><div class="col-md-4 side">
<div class="oc-container"><h3>Tiêu điểm</h3>{news_list(rng, heads[12:20], "/vi/tin-tuc", dts[12:20], lambda d: dmy(d), "side-list")}</div>
<div class="oc-container"><h3>Thống kê truy cập</h3><ul>{counter(rng)}</ul></div></div></div></div>
<div class="area-foot">{footer("Trang thông tin điện tử Thị ủy Ninh Hòa", "Số 50 Trần Quý Cáp, phường Ninh Hiệp, thị xã Ninh Hòa, tỉnh Khánh Hòa", "0258.3845.226")}</div>
</div>
<script>{js(rng, 50, "oc")}</script>
</body></html>"""
    html = pad_to(html, rng, 96, prefix="oc-pad")
    return dict(family="opencms", name="ninhhoa-kiemtra-no-lead-dashed-date-update", url=url,
                content_type="text/html;charset=UTF-8", encoding="utf-8", html=html,
                expected=expected(ART3, iso(pub), iso(upd), author="Thanh Hà", photographer="Thanh Hà", category="Kiểm tra - Giám sát"),
                traps={"bylines": ["Tin, ảnh: Thanh Hà"], "related": heads[:12],
                       "chrome": ["In bài viết", "Tin đã đưa", "Gửi email"],
                       "dates": ["Thứ bảy, 30/03/2024"]},
                notes="OpenCms 11 (type-m-article detail, .galleries image, image-subtitle caption). <title> is 'Thị ủy Ninh Hòa - Tin tức'. "
                      "No sapo: the first paragraph is ordinary body (lead null). Date 'Thứ sáu, 29-03-2024 | 07:50' (lower-case weekday, "
                      "dashes) with 'Cập nhật: 15:20 29-03-2024'. DC.date.created meta is the event day only. "
                      "'Tin, ảnh: Thanh Hà' right-aligned last paragraph → author + photographer. Header shows crawl day.",
                readme="OpenCms 11; no lead, dd-mm-yyyy with lower-case weekday + 'Cập nhật' time-first stamp, 'Tin, ảnh:' byline (author = photographer), 'Tin đã đưa' list")


PAGES = [page1, page2, page3]
