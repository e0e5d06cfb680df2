"""Copies of articles living elsewhere: a Wayback Machine capture (Huyện ủy Thoại Sơn, An Giang),
an RSS-to-page aggregator mirror (of Tỉnh ủy Bạc Liêu), a Zalo Official Account article
(Ban Tuyên giáo Tỉnh ủy Cà Mau)."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, before, esc, slug, dump, hexid, alnum, b64, guid,
                     expected, css, js, headlines, mega_menu, news_list, footer, counter, ga, pad_to)

# =====================================================================
ART13 = Art(
    "Huyện ủy Thoại Sơn tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 22",
    "Ngày 21/3, Ban Chấp hành Đảng bộ huyện Thoại Sơn khóa XII tổ chức hội nghị lần thứ 22 nhằm đánh giá tình hình thực hiện nhiệm vụ quý I, triển khai nhiệm vụ quý II năm 2024.",
    [
        ("p", "Quý I năm 2024, tình hình kinh tế - xã hội của huyện tiếp tục ổn định và phát triển. Toàn huyện xuống giống vụ đông xuân hơn 38.900 ha lúa, năng suất bình quân đạt 7,6 tấn/ha; thu ngân sách trên địa bàn đạt 31,2% dự toán; công tác chăm lo Tết cho hộ nghèo, gia đình chính sách được thực hiện chu đáo."),
        ("img", "http://huyenuythoaison.angiang.dcs.vn/uploads/news/2024_03/hn-bch-lan-22.jpg", "Đồng chí Bí thư Huyện ủy Thoại Sơn phát biểu kết luận hội nghị"),
        ("p", "Công tác xây dựng Đảng được chú trọng. Các cấp ủy đã kết nạp 46 đảng viên mới, đạt 35,4% chỉ tiêu năm; Ủy ban Kiểm tra Huyện ủy đã kiểm tra, giám sát theo kế hoạch đối với 6 tổ chức đảng và 12 đảng viên."),
        ("p", "Hội nghị thống nhất nhiệm vụ trọng tâm quý II: chỉ đạo thu hoạch lúa đông xuân, tiêu thụ nông sản; triển khai kế hoạch sắp xếp đơn vị hành chính cấp xã; chuẩn bị tổ chức đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2025 - 2027."),
    ])


def page13():
    rng = random.Random("wayback-thoaison-13")
    pub = T("2024-03-21 15:30")
    ts = "20240322031544"
    orig = "http://huyenuythoaison.angiang.dcs.vn/tin-tuc/hoat-dong-huyen-uy/huyen-uy-thoai-son-to-chuc-hoi-nghi-ban-chap-hanh-dang-bo-huyen-lan-thu-22-1342.html"
    url = f"https://web.archive.org/web/{ts}/{orig}"
    heads = headlines(rng, 24, "Thoại Sơn")
    dts = before(pub, rng, 24, 1, 30)
    W = f"/web/{ts}/http://huyenuythoaison.angiang.dcs.vn"

    def img(s, c, n):
        return (f'<table class="tbl-img" align="center"><tr><td><img src="/web/{ts}im_/{s}" alt="{esc(c, True)}" width="700"></td></tr>'
                f'<tr><td class="img-cap"><em>{esc(c)}</em></td></tr></table>')

    body = ART13.render(img=img)
    toolbar = f"""<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
<div id="wm-ipp-base" lang="en" style="display:block;direction:ltr;" toolbar-mode="auto"><div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine"></a></div>
<div class="c"><form target="_top" method="get" action="/web/submit" id="wmtbURL"><input type="text" name="url" id="wmtbURL" value="{orig}"><input type="submit" value="Go"></form>
<div id="wm-nav-captures"><a class="t" href="/web/20240301000000*/{orig}" title="See a list of every capture for this URL">4 captures</a>
<div class="r" title="Timespan for captures of this URL">22 Mar 2024 - 09 Jun 2024</div></div>
<table class="c"><tr class="y"><td class="b" nowrap="nowrap"><a href="/web/20240209114210/{orig}" title="09 Feb 2024">FEB</a></td><td class="c" nowrap="nowrap"><span title="03:15:44 Mar 22, 2024">MAR</span></td><td class="f" nowrap="nowrap"><a href="/web/20240409081502/{orig}" title="09 Apr 2024">APR</a></td></tr>
<tr class="d"><td class="b"><a href="/web/20240209114210/{orig}">09</a></td><td class="c"><span>22</span></td><td class="f"><a href="/web/20240409081502/{orig}">09</a></td></tr>
<tr class="y"><td class="b">2023</td><td class="c">2024</td><td class="f">2025</td></tr></table></div>
<div class="r"><a id="wm-btn-close" href="#close" onclick="__wm.h(event);return false;">close</a> <a href="https://archive.org/account/login.php">Log in</a>
<div id="wm-share"><a href="#">Share via My Web Archive</a> <a href="#">About this capture</a></div></div></div>
<div id="wm-capinfo" style="display:none"><div id="wm-capinfo-collected-by"><div>COLLECTED BY</div><div>Organization: <a href="/details/archiveteam">Archive Team</a></div>
<div>Collection: <a href="/details/archiveteam_urlteam">URLTeam</a></div></div><div id="wm-capinfo-timestamps"><div>TIMESTAMPS</div></div></div></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->"""
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><script type="text/javascript" src="/_static/js/bundle-playback.js?v=1B2M2Y8A" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script>window.RufflePlayer=window.RufflePlayer||{{}};window.RufflePlayer.config={{"autoplay":"on","unmuteOverlay":"hidden"}};</script>
<script type="text/javascript">__wm.init("https://web.archive.org/web");__wm.wombat("{orig}","{ts}","https://web.archive.org/","web","/_static/","1711077344");</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt"><link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=3PDvdIFv">
<!-- End Wayback Rewrite JS Include -->
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(ART13.title)} - Huyện ủy Thoại Sơn</title>
<meta property="article:published_time" content="2024-03-21T15:30:00+07:00">
<link rel="stylesheet" href="{W}/themes/thoaison/css/style.css">
<style>{css(rng, "ts", 200)}</style><!--PAD-->
</head><body>{toolbar}
<div id="wrapper"><div id="header"><div class="date-now">Thứ sáu, 22/03/2024</div><a href="{W}/"><img src="/web/{ts}im_/http://huyenuythoaison.angiang.dcs.vn/themes/thoaison/images/banner.jpg" alt="Huyện ủy Thoại Sơn"></a></div>
<div id="menu">{mega_menu(rng, W, "menu", [])}</div>
<div id="content"><div class="col-left">
<div class="breadcrumbs"><a href="{W}/">Trang chủ</a> / <a href="{W}/tin-tuc">Tin tức</a> / <a href="{W}/tin-tuc/hoat-dong-huyen-uy">Hoạt động Huyện ủy</a></div>
<div class="news-detail"><h1>{esc(ART13.title)}</h1>
<div class="news-date">{wd(pub, True)}, {dmy(pub)}, {hm(pub)} (GMT+7)</div>
<div class="news-sapo"><strong>{esc(ART13.lead)}</strong></div>
<div class="news-content">{body}
<p style="text-align:right"><strong>Ngọc Trâm (Ban Tuyên giáo Huyện ủy)</strong></p></div>
<div class="news-tool"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div></div>
<div class="other-news"><h3>Các tin đã đưa</h3>{news_list(rng, heads[:10], W + "/tin-tuc", dts[:10], lambda d: "(" + dmy(d) + ")", "other", img=False)}</div>
</div><div class="col-right"><h3>Tin nổi bật</h3>{news_list(rng, heads[10:20], W + "/tin-tuc", dts[10:20], lambda d: dmy(d), "hot")}<ul>{counter(rng)}</ul></div></div>
<div id="footer">{footer("Trang thông tin điện tử Huyện ủy Thoại Sơn", "Thị trấn Núi Sập, huyện Thoại Sơn, tỉnh An Giang", "0296.3878.123")}</div></div>
<script>{js(rng, 40, "ts")}</script>
</body></html>
<!--
     FILE ARCHIVED ON 03:15:44 Mar 22, 2024 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 14:02:11 Jun 10, 2024.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.712
  exclusion.robots: 0.061
  RedisCDXSource: 1.884
  esindex: 0.011
  load_resource: 412.53
  PetaboxLoader3.resolve: 283.11
-->"""
    html = pad_to(html, rng, 97, prefix="ts-pad")
    return dict(family="wayback_capture", name="angiang-thoaison-wayback-toolbar-rewritten", url=url,
                content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
                expected=expected(ART13, iso(pub), author="Ngọc Trâm", unit="Ban Tuyên giáo Huyện ủy", category="Hoạt động Huyện ủy"),
                traps={"bylines": ["Ngọc Trâm (Ban Tuyên giáo Huyện ủy)"], "related": heads[:10],
                       "chrome": ["Wayback Machine", "4 captures", "About this capture", "COLLECTED BY", "Các tin đã đưa", "Về đầu trang"],
                       "dates": ["22 Mar 2024 - 09 Jun 2024", "03:15:44 Mar 22, 2024", "Thứ sáu, 22/03/2024"]},
                notes="Wayback Machine capture (url is web.archive.org/web/<ts>/<orig>): injected toolbar (wm-ipp) with capture "
                      "counts, month/day calendar, 'COLLECTED BY'; wombat/playback scripts in <head> before the page's own meta "
                      "charset; all links rewritten to /web/<ts>/…, images to /web/<ts>im_/…; trailing 'FILE ARCHIVED ON' and "
                      "playback-timings comments after </html>. Archived article: 'Thứ năm, 21/03/2024, 15:30 (GMT+7)', bold sapo, "
                      "table caption, byline 'Ngọc Trâm (Ban Tuyên giáo Huyện ủy)' → author + unit. Header clock of the capture day.",
                readme="Wayback Machine capture; injected toolbar with capture dates, rewritten /web/<ts>/ links, trailing archive comments, '(GMT+7)' stamp, 'Name (Unit)' byline")


# =====================================================================
ART14 = Art(
    "Bạc Liêu: Phát huy vai trò người có uy tín trong đồng bào Khmer",
    "Những năm qua, đội ngũ người có uy tín trong đồng bào dân tộc Khmer ở tỉnh Bạc Liêu đã trở thành cầu nối quan trọng giữa cấp ủy, chính quyền với Nhân dân, góp phần giữ vững khối đại đoàn kết dân tộc.",
    [
        ("p", "Toàn tỉnh hiện có 112 người có uy tín trong đồng bào dân tộc thiểu số, chủ yếu là các vị sư cả, Achar, già làng, trưởng ấp. Họ là những người am hiểu phong tục, tập quán, có tiếng nói trọng lượng trong cộng đồng phum, sóc."),
        ("p", "Ông Thạch Sa Rươl, người có uy tín ở ấp Biển Tây A, xã Vĩnh Hậu A, huyện Hòa Bình cho biết: “Mỗi khi có chủ trương mới của Đảng, chính sách của Nhà nước, tôi đến từng nhà, nói bằng tiếng Khmer cho bà con dễ hiểu. Bà con tin thì làm theo”."),
        ("img", "https://tinhuybaclieu.vn/uploads/news/2024_03/nguoi-co-uy-tin.jpg", "Người có uy tín ấp Biển Tây A (bìa phải) tuyên truyền chính sách cho bà con"),
        ("p", "Thời gian tới, Ban Dân vận Tỉnh ủy tiếp tục phối hợp với Ban Dân tộc tỉnh bồi dưỡng kiến thức, kỹ năng vận động quần chúng cho người có uy tín; kịp thời biểu dương, khen thưởng những cá nhân tiêu biểu."),
    ])


def page14():
    rng = random.Random("rss-mirror-baclieu-14")
    pub, fetched = T("2024-03-25 08:15"), T("2024-03-25 08:47")
    host = "https://tin24h-online.net"
    url = f"{host}/thoi-su/bac-lieu-phat-huy-vai-tro-nguoi-co-uy-tin-trong-dong-bao-khmer-t{rng.randint(10**6, 10**7)}.html"
    orig = "https://tinhuybaclieu.vn/news/xay-dung-dang/bac-lieu-phat-huy-vai-tro-nguoi-co-uy-tin-trong-dong-bao-khmer-4412.html"
    heads = headlines(rng, 30, "Hòa Bình")
    dts = before(fetched, rng, 30, 0, 2)
    srcs = ["Báo Bạc Liêu", "Tỉnh ủy Sóc Trăng", "Báo Cà Mau", "Cổng TTĐT Kiên Giang", "Tỉnh ủy Bạc Liêu", "Báo Hậu Giang"]
    spam = ("nhà cái uy tín ⭐ tặng 100k khi đăng ký – link vào bóng đá trực tiếp, kèo nhà cái hôm nay, "
            "xổ số miền nam, tải app cá cược nhận thưởng")

    def img(s, c, n):
        return f'<p><img src="{s}" referrerpolicy="no-referrer"></p><p><i>{esc(c)}</i></p>'

    body = ART14.render(img=img)
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(ART14.title)} - Tin 24h Online</title>
<meta name="robots" content="noindex,follow"><link rel="canonical" href="{orig}">
<meta property="article:published_time" content="{fetched.strftime('%Y-%m-%dT%H:%M:%S+07:00')}">
<style>{css(rng, "ag", 200)}</style><!--PAD-->
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-{rng.randint(10**15, 10**16)}" crossorigin="anonymous"></script>
</head><body>
<div class="topbar">Cập nhật tin tức tự động từ hơn 300 nguồn báo chí, cổng thông tin chính thống | {wd(fetched)}, {dmy(fetched)}</div>
<header><a href="/" class="logo">TIN 24H ONLINE</a><nav><a href="/thoi-su">Thời sự</a><a href="/the-gioi">Thế giới</a><a href="/kinh-te">Kinh tế</a><a href="/xa-hoi">Xã hội</a><a href="/phap-luat">Pháp luật</a><a href="/the-thao">Thể thao</a><a href="/giai-tri">Giải trí</a><a href="/cong-nghe">Công nghệ</a></nav></header>
<div class="wrap"><div class="main">
<div class="crumbs"><a href="/">Trang chủ</a> » <a href="/thoi-su">Thời sự</a></div>
<article class="feed-item">
<h1 class="feed-title">{esc(ART14.title)}</h1>
<div class="feed-meta"><span class="src">Nguồn: <a href="https://tinhuybaclieu.vn" rel="nofollow">Tỉnh ủy Bạc Liêu</a></span> · <span class="fetched">Cập nhật: 32 phút trước ({hm(fetched)} {dmy(fetched)})</span></div>
<div class="feed-origin"><table><tr><td>Chuyên mục gốc:</td><td>Xây dựng Đảng</td></tr><tr><td>Tác giả:</td><td>Kim Loan</td></tr><tr><td>Ngày đăng gốc:</td><td>Mon, 25 Mar 2024 08:15:00 +0700</td></tr></table></div>
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000" data-ad-slot="{rng.randint(10**9, 10**10)}"></ins>
<div class="feed-desc"><p><b>{esc(ART14.lead)}</b></p></div>
<div class="feed-content">{body}</div>
<div style="display:none" class="seo-hide"><p>{spam}</p></div>
<div class="feed-readmore"><a href="{orig}" rel="nofollow noopener" target="_blank">Xem bài gốc tại Tỉnh ủy Bạc Liêu »</a></div>
<p class="feed-disclaimer"><i>Tin 24h Online tự động tổng hợp tin từ các nguồn RSS công khai. Bản quyền thuộc về cơ quan chủ quản nguồn tin.</i></p>
</article>
<div class="same-src"><h3>Tin khác từ Tỉnh ủy Bạc Liêu</h3>{news_list(rng, heads[:8], "/thoi-su", dts[:8], lambda d: hm(d), "ss", img=False)}</div>
<div class="latest"><h3>Tin mới cập nhật</h3><ul>{"".join(f'<li><a href="/thoi-su/{slug(t)}.html">{esc(t)}</a> <span class="src">{esc(rng.choice(srcs))}</span> <span class="ago">{rng.randint(3, 59)} phút trước</span></li>' for t in heads[8:28])}</ul></div>
</div><aside><div class="ad-300"><ins class="adsbygoogle" style="display:inline-block;width:300px;height:600px"></ins></div><h3>Chủ đề nóng</h3><p>#daihoidang #nongthonmoi #chuyendoiso</p></aside></div>
<footer><p>© 2024 Tin 24h Online. Trang tổng hợp tin tức tự động. Liên hệ quảng cáo: ads@tin24h-online.net</p></footer>
<script>{js(rng, 50, "ag")}</script></body></html>"""
    html = pad_to(html, rng, 74, prefix="ag-pad")
    return dict(family="rss_mirror", name="baclieu-aggregator-rfc822-origin-table-spam", url=url,
                content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
                expected=expected(ART14, iso(pub), author="Kim Loan", category="Xây dựng Đảng"),
                traps={"bylines": ["Nguồn: Tỉnh ủy Bạc Liêu"], "related": heads[:28],
                       "chrome": ["Xem bài gốc tại Tỉnh ủy Bạc Liêu", "Tin 24h Online tự động tổng hợp tin", "Ngày đăng gốc:", "Cập nhật tin tức tự động"],
                       "spam": ["nhà cái uy tín", "kèo nhà cái hôm nay"],
                       "dates": ["Cập nhật: 32 phút trước", fetched.strftime('%Y-%m-%dT%H:%M:%S+07:00')]},
                notes="RSS-to-page aggregator (scraper site) copy of a Tỉnh ủy item, canonical pointing to the original. Mirror "
                      "fetch time '32 phút trước (08:47 25/03/2024)' also in article:published_time (trap). The origin table prints "
                      "the feed's fields: 'Chuyên mục gốc: Xây dựng Đảng' (category), 'Tác giả: Kim Loan', 'Ngày đăng gốc: Mon, "
                      "25 Mar 2024 08:15:00 +0700' (RFC 822 pubDate → published_at). The mirror crumb 'Thời sự' is the aggregator's "
                      "own section. Hidden (display:none) gambling spam after the content; AdSense slots; disclaimer.",
                readme="RSS aggregator mirror; origin table with RFC 822 'Ngày đăng gốc' + dc:creator author + original category, mirror fetch time in meta/relative stamp, hidden gambling spam, ads")


# =====================================================================
ART15 = Art(
    "Cà Mau: Hơn 1.500 đảng viên được tặng Huy hiệu Đảng đợt 3/2",
    "Nhân dịp kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024), Tỉnh ủy Cà Mau đã xét, đề nghị Trung ương tặng Huy hiệu Đảng cho 1.526 đảng viên.",
    [
        ("p", "Trong đó, có 3 đảng viên nhận Huy hiệu 80 năm tuổi Đảng, 12 đảng viên nhận Huy hiệu 75 năm, 41 đảng viên nhận Huy hiệu 70 năm, 96 đảng viên nhận Huy hiệu 65 năm; số còn lại nhận Huy hiệu 30, 40, 45, 50, 55 và 60 năm tuổi Đảng."),
        ("p", "Các đảng bộ trực thuộc đã tổ chức lễ trao Huy hiệu trang trọng, đúng quy định. Đối với đảng viên cao tuổi, sức khỏe yếu, lãnh đạo cấp ủy trực tiếp đến tận nhà để trao Huy hiệu và thăm hỏi, tặng quà."),
        ("img", "https://s120-ava-talk.zadn.vn/photo/2024/02/05/trao-huy-hieu.jpg", "Lãnh đạo Thành ủy Cà Mau trao Huy hiệu 75 năm tuổi Đảng cho đảng viên tại nhà riêng"),
        ("p", "Đây là dịp để các cấp ủy ghi nhận, tôn vinh những đóng góp của các đảng viên lão thành, đồng thời giáo dục truyền thống, lý tưởng cách mạng cho đảng viên trẻ."),
    ])


def page15():
    rng = random.Random("zalo-camau-15")
    pub = T("2024-02-05")
    url = "https://zalo.me/s/2847519630218744102/article/7a3c1f9e2b4d5a6c"
    cfg = {"oaId": "2847519630218744102", "articleId": "7a3c1f9e2b4d5a6c", "oaName": "Ban Tuyên giáo Tỉnh ủy Cà Mau",
           "publishDate": "05/02/2024", "createTime": 1706957212000, "totalView": 2311, "likes": 184}

    def img(s, c, n):
        return f'<div class="image-wrap"><img class="image" src="{s}" alt=""><div class="image-caption">{esc(c)}</div></div>'

    body = ART15.render(img=img, p=lambda t: f'<p class="body-text">{esc(t)}</p>')
    others = ["Cà Mau: Ra quân Tháng Thanh niên năm 2024", "Thông báo lịch tiếp công dân tháng 2/2024",
              "Hướng dẫn tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng"]
    html = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{esc(ART15.title)}</title>
<meta property="og:site_name" content="Zalo Official Account"><meta property="og:title" content="{esc(ART15.title, True)}"><meta property="og:description" content="{esc(ART15.lead, True)}">
<link rel="stylesheet" href="https://stc-zaloprofile.zdn.vn/pc/v1/css/article.{hexid(rng, 8)}.css">
<style>{css(rng, "za", 120)}</style><!--PAD-->
</head><body class="article-page">
<div class="oa-header"><img class="oa-avatar" src="https://s120-ava-talk.zadn.vn/a/5/c/2/logo-btg-camau.jpg" alt=""><div class="oa-info"><div class="oa-name">Ban Tuyên giáo Tỉnh ủy Cà Mau</div><div class="oa-verified">Tài khoản đã xác thực</div></div><a class="btn-follow" href="#">Quan tâm</a></div>
<div class="article-container"><h1 class="title">{esc(ART15.title)}</h1>
<div class="meta"><span class="author">Ban Tuyên giáo Tỉnh ủy Cà Mau</span> · <span class="date">{dmy(pub)}</span></div>
<div class="cover"><img src="https://s120-ava-talk.zadn.vn/photo/2024/02/05/cover-huy-hieu.jpg" alt=""></div>
<p class="description"><strong>{esc(ART15.lead)}</strong></p>
<div class="content">{body}
<p class="body-text" style="text-align:right"><strong>Hữu Nghĩa</strong></p></div>
<div class="article-footer"><span class="views">2.311 lượt xem</span> <span class="likes">184 thích</span><a href="#">Chia sẻ</a><a href="#">Báo xấu</a></div>
<div class="other-articles"><div class="head">Bài viết khác của Official Account</div><ul>{"".join(f'<li><a href="#">{esc(t)}</a></li>' for t in others)}</ul></div>
<div class="download-zalo"><p>Mở Zalo để xem thêm nhiều bài viết và nhận tin mới từ Official Account này.</p><a href="https://zalo.me/pc">Tải Zalo PC</a></div></div>
<script>window.__ARTICLE_DATA__={dump(cfg)};</script>
<script src="https://stc-zaloprofile.zdn.vn/pc/v1/js/article.{hexid(rng, 8)}.js"></script><script>{js(rng, 70, "za")}</script>
</body></html>"""
    html = pad_to(html, rng, 48, prefix="za-pad")
    return dict(family="zalo_oa_article", name="camau-btg-oa-name-vs-last-line-byline", url=url, min_kb=40,
                content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
                expected=expected(ART15, isod(pub), author="Hữu Nghĩa"),
                traps={"bylines": ["Tài khoản đã xác thực"], "related": others,
                       "chrome": ["Quan tâm", "2.311 lượt xem", "Báo xấu", "Bài viết khác của Official Account", "Mở Zalo để xem thêm"],
                       "dates": []},
                notes="Zalo Official Account article (light page). The meta line 'Ban Tuyên giáo Tỉnh ủy Cà Mau · 05/02/2024' shows "
                      "the OA name in the author slot (publisher, not author) and a date only. JSON island has only a "
                      "'publishDate' string and the draft's epoch-ms createTime (03/02) → date only. Real byline 'Hữu Nghĩa' is the bold right-aligned "
                      "last paragraph. No category. Caption under the in-text image.",
                readme="Zalo OA article (light, 48 KB); OA name in the author slot, date only, JSON island with draft epoch-ms createTime, bold last-line byline, no category")


PAGES = [page13, page14, page15]
