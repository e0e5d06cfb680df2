"""Page kinds: TTXVN/Vietnam+ story syndicated on a provincial paper, Cổng TTĐT 'Tin ảnh' gallery,
infographic + text hybrid, 'Trực tiếp' live blog."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, past, esc, slug, dump, hexid, alnum, expected, css, js,
                     heads, menu, nlist, footer, counter, ga, cookie_banner, pad)

# =====================================================================
A5 = Art(
    "Ban Dân vận Trung ương sơ kết công tác dân vận quý I, triển khai nhiệm vụ quý II",
    "(TTXVN) - Sáng 27/3, tại Hà Nội, Ban Dân vận Trung ương tổ chức hội nghị trực tuyến sơ kết công tác dân vận quý I và triển khai nhiệm vụ trọng tâm quý II năm 2024 với các tỉnh, thành phố trong cả nước.",
    [
        ("p", "Báo cáo tại hội nghị cho biết, trong quý I, ban dân vận cấp ủy các cấp đã chủ động nắm tình hình nhân dân, tham mưu cấp ủy lãnh đạo, chỉ đạo giải quyết kịp thời những vấn đề bức xúc, nổi cộm ngay từ cơ sở; tham gia tổ chức chu đáo các hoạt động chăm lo Tết cho người nghèo, gia đình chính sách."),
        ("p", "Phong trào thi đua “Dân vận khéo” tiếp tục được triển khai sâu rộng, gắn với thực hiện nhiệm vụ chính trị của từng địa phương, đơn vị. Trong quý, cả nước có thêm hơn 2.100 mô hình “Dân vận khéo” được công nhận ở các cấp."),
        ("img", "/uploaded/2024/03/27/hoi-nghi-dan-van-quy-1-ttxvn.jpg", "Quang cảnh hội nghị tại điểm cầu Trung ương. (Ảnh: Văn Điệp/TTXVN)"),
        ("p", "Phát biểu chỉ đạo, lãnh đạo Ban Dân vận Trung ương đề nghị các cấp ủy tập trung làm tốt công tác dân vận trong chuẩn bị đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng; tăng cường đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; kịp thời nắm bắt và định hướng dư luận xã hội."),
        ("p", "Cùng với đó, tiếp tục đổi mới phương thức công tác dân vận, nâng cao hiệu quả ứng dụng công nghệ số trong tuyên truyền, vận động; phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số và chức sắc tôn giáo."),
    ])


def page5():
    rng = random.Random("ttxvn-yenbai-05")
    pub = T("2024-03-27 11:35")
    host = "https://baoyenbai.com.vn"
    url = f"{host}/12/312587/Ban-Dan-van-Trung-uong-so-ket-cong-tac-dan-van-quy-I-trien-khai-nhiem-vu-quy-II.aspx"
    hs = heads(rng, 30, "Văn Chấn")
    ds = past(pub, rng, 30, 1, 20)
    readmore = ('<div class="vnp-readmore" style="border-left:3px solid #c00;padding-left:8px"><p><strong>Đọc thêm:</strong> '
                '<a href="https://www.vietnamplus.vn/phat-huy-vai-tro-nguoi-co-uy-tin-post931245.vnp">Phát huy vai trò người có uy tín trong vùng đồng bào dân tộc thiểu số</a></p></div>')
    blocks = list(A5.blocks)
    blocks.insert(3, ("raw", readmore))
    art = Art(A5.title, A5.lead, blocks)
    body = art.render(img=lambda s, c, n: f'<table class="picture" align="center"><tr><td class="pic"><img src="{s}" alt="{esc(c, True)}"></td></tr><tr><td class="caption">{esc(c)}</td></tr></table>')
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(A5.title)}</title>
<meta property="og:title" content="{esc(A5.title, True)}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-27T10:12:00+07:00">
<meta property="article:section" content="Thời sự">
<meta name="source" content="TTXVN/Vietnam+"><meta name="original-source" content="https://www.vietnamplus.vn/ban-dan-van-trung-uong-so-ket-cong-tac-dan-van-quy-i-post931288.vnp">
<link rel="stylesheet" href="/Themes/BaoYenBai/css/style.css?v=20240301">
<style>{css(rng, "yb", 230)}</style><!--PAD-->
<script type="application/ld+json">{dump({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A5.title, "datePublished": "2024-03-27T10:12:00+07:00", "author": {"@type": "Organization", "name": "TTXVN"}, "publisher": {"@type": "Organization", "name": "Báo Yên Bái"}})}</script>
</head><body>
<div class="yb-top"><span>Thứ Năm, ngày 4 tháng 4 năm 2024</span> <a href="/rss">RSS</a> <a href="/epaper">Báo in</a></div>
<div class="yb-header"><a href="/"><img src="/Themes/BaoYenBai/images/logo.png" alt="Báo Yên Bái điện tử"></a></div>
<div class="yb-menu">{menu(rng, "", "yb-nav", ".aspx", ["TP Yên Bái", "TX Nghĩa Lộ", "Lục Yên", "Yên Bình", "Văn Yên", "Văn Chấn", "Trấn Yên", "Trạm Tấu", "Mù Cang Chải"])}</div>
<div class="yb-breaking"><b>Tin nóng:</b> {esc(hs[29])}</div>
<div class="yb-main"><div class="yb-col-left">
<div class="yb-crumb"><a href="/">Trang chủ</a> » <a href="/12/thoi-su.aspx">Thời sự</a> » <a href="/12/40/trong-nuoc.aspx">Trong nước</a></div>
<div class="yb-detail">
<h1 class="yb-title">{esc(A5.title)}</h1>
<div class="yb-date">{dmy(pub)} {hm(pub)}</div>
<div class="yb-sapo"><b>{esc(A5.lead)}</b></div>
<div class="yb-body">
{body}
<p style="text-align:right"><b>Theo TTXVN/Vietnam+</b></p>
</div>
<div class="yb-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Zalo</a> <a href="#">In</a></div>
</div>
<div class="yb-related"><h3>Tin liên quan</h3>{nlist(rng, hs[:6], "/12", ds[:6], lambda d: f"({dmy(d)})", "yb-rel", img=False, ext=".aspx")}</div>
<div class="yb-related"><h3>Các tin khác</h3>{nlist(rng, hs[6:16], "/12", ds[6:16], lambda d: f"({dmy(d)})", "yb-other", img=False, ext=".aspx")}</div>
</div><div class="yb-col-right">
<div class="yb-box"><h3>Đọc nhiều</h3>{nlist(rng, hs[16:24], "/12", ds[16:24], None, "yb-most", ext=".aspx")}</div>
<div class="yb-box"><h3>Thời tiết</h3><p>Yên Bái: 22°C - 29°C, có mưa rào và dông vài nơi</p></div>
<div class="yb-box"><h3>Ảnh</h3>{nlist(rng, hs[24:29], "/anh", ds[24:29], None, "yb-photo", ext=".aspx")}</div></div></div>
<div class="yb-footer">{footer("Báo Yên Bái điện tử", "Số 693, đường Điện Biên, phường Đồng Tâm, TP Yên Bái", "0216.3852.319")}</div>
<script src="/Themes/BaoYenBai/js/jquery.js"></script><script>{js(rng, 45, "yb")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 92, "yb-x")
    return dict(family="ttxvn_syndicated", name="yenbai-vietnamplus-story-theo-ttxvn-readmore", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A5, iso(pub), category="Trong nước"),
                traps={"bylines": ["Theo TTXVN/Vietnam+"],
                       "related": hs[:16] + ["Phát huy vai trò người có uy tín trong vùng đồng bào dân tộc thiểu số", "Đọc thêm:"],
                       "dates": ["2024-03-27T10:12:00+07:00", "Thứ Năm, ngày 4 tháng 4 năm 2024"]},
                notes="National TTXVN/VietnamPlus story republished on a provincial paper. Lead keeps the '(TTXVN) - ' dateline "
                      "prefix as printed. 'Theo TTXVN/Vietnam+' is a source line → author and author_unit null. The caption's "
                      "'(Ảnh: Văn Điệp/TTXVN)' credit stays in the caption and does not set photographer. A VietnamPlus "
                      "'Đọc thêm:' read-more box between paragraphs is not body. og/JSON-LD time 10:12 is the agency's original "
                      "time; the page shows 11:35 (republication) → the visible time wins. Category = last crumb 'Trong nước' "
                      "(article:section 'Thời sự' is the parent).",
                readme="TTXVN/Vietnam+ story republished on a provincial paper; '(TTXVN) -' lead prefix, 'Theo TTXVN/Vietnam+' source (no author), in-body 'Đọc thêm' box, agency time in og/JSON-LD ≠ visible time, caption credit")


# =====================================================================
GAL = [
    ("/Portals/0/TinAnh/2024/3/29/ngay-hoi-1.jpg", "Màn trình diễn cồng chiêng của đội nghệ nhân buôn Ea Sô, xã Ea Tu mở đầu ngày hội."),
    ("/Portals/0/TinAnh/2024/3/29/ngay-hoi-2.jpg", "Các thiếu nữ Ê Đê trong trang phục truyền thống tham gia lễ diễu hành."),
    ("/Portals/0/TinAnh/2024/3/29/ngay-hoi-3.jpg", "Nghệ nhân H’Blim Niê hướng dẫn các em học sinh dệt thổ cẩm."),
    ("/Portals/0/TinAnh/2024/3/29/ngay-hoi-4.jpg", "Hội thi giã gạo thu hút đông đảo chị em các buôn tham gia."),
    ("/Portals/0/TinAnh/2024/3/29/ngay-hoi-5.jpg", "Lãnh đạo thành phố trao giải cho các đội đạt thành tích cao."),
]
A6 = Art("Tin ảnh: Rộn ràng Ngày hội văn hóa các dân tộc TP Buôn Ma Thuột",
         "Ngày 29/3, UBND TP Buôn Ma Thuột tổ chức Ngày hội văn hóa các dân tộc năm 2024 với sự tham gia của hơn 500 nghệ nhân, diễn viên quần chúng đến từ 21 xã, phường. Ngày hội là dịp để bảo tồn, phát huy giá trị văn hóa truyền thống, tăng cường khối đại đoàn kết toàn dân tộc.",
         [("img", s, c) for s, c in GAL])


def page6():
    rng = random.Random("tinanh-daklak-06")
    pub = T("2024-03-29 16:05")
    host = "https://daklak.gov.vn"
    url = f"{host}/tin-anh/-/asset_publisher/tin-anh/content/ron-rang-ngay-hoi-van-hoa-cac-dan-toc-tp-buon-ma-thuot"
    hs = heads(rng, 30, "Krông Pắc")
    ds = past(pub, rng, 30, 1, 40)
    slides = "".join(
        f'<div class="gal-slide{" active" if i == 0 else ""}" data-index="{i + 1}"><img src="{s}" alt="{esc(c, True)}" data-full="{s.replace(".jpg", "-full.jpg")}">'
        f'<div class="gal-counter">{i + 1}/{len(GAL)}</div><div class="gal-caption">{esc(c)}</div></div>' for i, (s, c) in enumerate(GAL))
    thumbs = "".join(f'<li><a href="#slide-{i + 1}"><img src="{s.replace(".jpg", "-thumb.jpg")}" alt="{esc(c, True)}"></a></li>' for i, (s, c) in enumerate(GAL))
    others = ["Tin ảnh: Lễ hội Cà phê Buôn Ma Thuột lần thứ 8", "Tin ảnh: Đắk Lắk ra quân Tháng Thanh niên 2024",
              "Tin ảnh: Hội thi Bí thư chi bộ giỏi khối doanh nghiệp", "Tin ảnh: Trao nhà Đại đoàn kết cho hộ nghèo huyện Lắk"]
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(A6.title)} - Cổng thông tin điện tử tỉnh Đắk Lắk</title>
<meta property="og:title" content="{esc(A6.title, True)}"><meta property="og:image" content="{host}{GAL[0][0]}">
<link rel="stylesheet" href="/o/daklak-theme/css/main.css?t=1709876543210"><link rel="stylesheet" href="/o/daklak-theme/css/gallery.css">
<style>{css(rng, "dl", 230)}</style><!--PAD-->
<script>var galleryData={dump([{"src": s, "title": c, "credit": "H’Yâo Knul"} for s, c in GAL])};</script>
</head><body class="portal-dl">
<div class="dl-top"><span class="dl-today">Thứ Năm, 04/04/2024</span> <a href="/en">English</a> <a href="/ede">Êđê</a></div>
<header class="dl-header"><img src="/o/daklak-theme/images/quoc-huy.png" alt="Quốc huy"><span class="dl-site">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK</span></header>
<nav class="dl-nav">{menu(rng, "", "dl-menu", "", ["TP Buôn Ma Thuột", "TX Buôn Hồ", "Ea H’leo", "Ea Súp", "Krông Năng", "Krông Búk", "Buôn Đôn", "Cư M’gar", "Ea Kar", "M’Đrắk", "Krông Pắc", "Krông Bông", "Krông Ana", "Lắk", "Cư Kuin"])}</nav>
<div class="dl-main"><div class="dl-left">
<div class="dl-breadcrumb"><a href="/">Trang chủ</a> / <a href="/multimedia">Multimedia</a> / <a href="/tin-anh">Tin ảnh</a></div>
<div class="dl-gallery-detail">
<h1 class="dl-gallery-title">{esc(A6.title)}</h1>
<div class="dl-gallery-meta"><span class="time">{hm(pub)} | {dmy(pub)}</span> <span class="views">Lượt xem: 1.024</span></div>
<div class="dl-gallery-desc"><p>{esc(A6.lead)}</p></div>
<div class="dl-gallery-slider" id="gallerySlider">{slides}<a class="gal-prev" href="#">‹</a><a class="gal-next" href="#">›</a></div>
<ul class="dl-gallery-thumbs">{thumbs}</ul>
<div class="dl-gallery-credit">Ảnh: H’Yâo Knul</div>
<div class="dl-gallery-share"><a href="#">Chia sẻ</a> <a href="#">Tải ảnh</a> <a href="#">Xem toàn màn hình</a></div>
</div>
<div class="dl-other"><h3>Tin ảnh khác</h3>{nlist(rng, others, "/tin-anh", ds[:4], dmy, "dl-other-gal")}</div>
<div class="dl-other"><h3>Tin tức - Sự kiện</h3>{nlist(rng, hs[:10], "/tin-tuc", ds[4:14], dmy, "dl-news", img=False)}</div>
</div><div class="dl-right">
<div class="dl-box"><h3>Thông tin chỉ đạo điều hành</h3>{nlist(rng, hs[10:20], "/chi-dao", ds[14:24], dmy, "dl-cd", img=False)}</div>
<div class="dl-box"><h3>Dịch vụ công trực tuyến</h3><ul><li><a href="https://dichvucong.daklak.gov.vn">Cổng dịch vụ công tỉnh</a></li><li><a href="#">Tra cứu hồ sơ</a></li><li><a href="#">Phản ánh, kiến nghị</a></li></ul></div>
<div class="dl-box"><ul>{counter(rng)}</ul></div></div></div>
<footer>{footer("Cổng thông tin điện tử tỉnh Đắk Lắk", "Số 09 Lê Duẩn, TP Buôn Ma Thuột, tỉnh Đắk Lắk", "0262.3812.028")}</footer>
<script src="/o/daklak-theme/js/jquery.min.js"></script><script src="/o/daklak-theme/js/slick.min.js"></script><script>{js(rng, 40, "dl")}</script>
</body></html>"""
    html = pad(html, rng, 98, "dl-x")
    return dict(family="cong_ttdt_tin_anh", name="daklak-tin-anh-gallery-slider-captions", url=url,
                content_type="text/html;charset=UTF-8", html=html,
                expected=expected(A6, iso(pub), photographer="H’Yâo Knul", category="Tin ảnh"),
                traps={"related": others + hs[:10], "chrome": ["Lượt xem: 1.024", "Xem toàn màn hình", "Tải ảnh"],
                       "dates": ["Thứ Năm, 04/04/2024"], "counters": ["1/5", "5/5"]},
                notes="Cổng TTĐT 'Tin ảnh' gallery: intro paragraph + 5-slide slider (each slide: image, '1/5' counter, caption) + "
                      "thumbnail strip whose alts repeat the captions (not visible) + a galleryData JSON island. Body = the intro "
                      "alone (= lead); the five slide captions are captions (in order, once each). 'Ảnh: H’Yâo Knul' under the "
                      "slider → photographer; no author. Title keeps the 'Tin ảnh:' prefix as printed. Time-first 'HH:MM | dd/mm/yyyy'.",
                readme="Cổng TTĐT 'Tin ảnh' gallery; body = intro only, 5 slide captions with '1/5' counters, thumbnails repeating captions in alt, gallery JSON island, photographer-only credit (Ê Đê name with ’), 'Tin ảnh:' title prefix")


# =====================================================================
A7 = Art(
    "Quảng Ngãi thu hút hơn 12.000 tỷ đồng vốn đầu tư trong quý I/2024",
    "Quý I/2024, tỉnh Quảng Ngãi đã cấp mới chủ trương đầu tư cho 14 dự án với tổng vốn đăng ký hơn 12.000 tỷ đồng, tăng gần 2,5 lần so với cùng kỳ năm trước; công nghiệp chế biến, chế tạo tiếp tục là lĩnh vực thu hút nhiều vốn nhất.",
    [
        ("img", "/dataimages/202404/original/images_infographic-dau-tu-quy-1.png", "Kết quả thu hút đầu tư quý I/2024 của tỉnh Quảng Ngãi. Đồ họa: Hải An"),
        ("p", "Theo Sở Kế hoạch và Đầu tư, trong số 14 dự án được cấp mới có 3 dự án đầu tư trực tiếp nước ngoài với tổng vốn hơn 180 triệu USD, tập trung tại Khu kinh tế Dung Quất và Khu công nghiệp VSIP Quảng Ngãi. Ngoài ra, có 9 dự án điều chỉnh tăng vốn với số vốn tăng thêm khoảng 1.600 tỷ đồng."),
        ("p", "Đáng chú ý, lĩnh vực năng lượng tái tạo và logistics bắt đầu thu hút nhà đầu tư lớn. Dự án trung tâm logistics cảng Dung Quất có tổng vốn khoảng 2.300 tỷ đồng đã được chấp thuận chủ trương trong tháng 3."),
        ("p", "Để duy trì đà tăng trưởng, tỉnh tiếp tục đẩy mạnh cải cách thủ tục hành chính, tháo gỡ vướng mắc về giải phóng mặt bằng, bảo đảm quỹ đất sạch cho nhà đầu tư; đồng thời tổ chức các đoàn xúc tiến đầu tư tại Nhật Bản, Hàn Quốc trong quý II."),
    ])


def page7():
    rng = random.Random("infographic-quangngai-07")
    pub = T("2024-04-05 17:20")
    host = "https://baoquangngai.vn"
    url = f"{host}/kinh-te/202404/infographic-quang-ngai-thu-hut-hon-12000-ty-dong-von-dau-tu-trong-quy-i2024-7d41a2c/"
    hs = heads(rng, 30, "Bình Sơn")
    ds = past(pub, rng, 30, 1, 25)
    b = A7.blocks[0]
    stats = ("<div class=\"ig-alt-text sr-only\" style=\"position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)\">"
             "Số liệu trong đồ họa: 14 dự án cấp mới; vốn đăng ký 12.046 tỷ đồng; 3 dự án FDI 180,5 triệu USD; 9 dự án điều chỉnh tăng vốn.</div>")
    body = A7.render(img=lambda s, c, n: f'<figure class="ig-figure"><img src="{s}" alt="{esc(c, True)}" width="1080" height="3400"><figcaption>{esc(c)}</figcaption></figure>{stats}')
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>[Infographic] {esc(A7.title)} | Báo Quảng Ngãi điện tử</title>
<meta property="og:title" content="[Infographic] {esc(A7.title, True)}"><meta property="og:type" content="article">
<meta property="article:section" content="Infographic"><meta property="article:published_time" content="2024-04-05T17:20:00+07:00">
<link rel="stylesheet" href="/static/css/bqn.bundle.css?v=81">
<style>{css(rng, "bqn", 230)}</style><!--PAD-->
</head><body>
<div class="bqn-topbar"><span>Thứ Bảy, 06/04/2024</span> <a href="/bao-in">Báo in</a> <a href="/rss">RSS</a></div>
<header class="bqn-header"><a class="logo" href="/">Báo Quảng Ngãi</a><nav>{menu(rng, "", "bqn-menu", "/", ["TP Quảng Ngãi", "TX Đức Phổ", "Bình Sơn", "Sơn Tịnh", "Tư Nghĩa", "Nghĩa Hành", "Mộ Đức", "Ba Tơ", "Minh Long", "Sơn Hà", "Sơn Tây", "Trà Bồng", "Lý Sơn"])}</nav></header>
<main class="bqn-main"><div class="bqn-article-col">
<div class="bqn-crumb"><a href="/">Trang chủ</a> › <a href="/kinh-te/">Kinh tế</a></div>
<article class="bqn-article">
<div class="bqn-kicker">INFOGRAPHIC</div>
<h1 class="bqn-title">{esc(A7.title)}</h1>
<div class="bqn-meta"><span class="bqn-date">{wd(pub)}, {dmy(pub)}, {hm(pub)} (GMT+7)</span> <span class="bqn-audio"><button>Nghe đọc bài</button></span></div>
<div class="bqn-sapo">{esc(A7.lead)}</div>
<div class="bqn-content">
{body}
<p class="bqn-author" style="text-align:right"><strong>QUANG HUY</strong></p>
</div>
<div class="bqn-tags">Từ khóa: <a href="/tag/thu-hut-dau-tu">thu hút đầu tư</a> <a href="/tag/dung-quat">Dung Quất</a> <a href="/tag/infographic">Infographic</a></div>
</article>
<div class="bqn-related"><h3>Infographic khác</h3>{nlist(rng, ["[Infographic] Kinh tế - xã hội Quảng Ngãi quý I/2024", "[Infographic] Kết quả xây dựng nông thôn mới năm 2023", "[Infographic] Quảng Ngãi sau 35 năm tái lập tỉnh"], "/infographic", ds[:3], dmy, "bqn-ig")}</div>
<div class="bqn-related"><h3>Tin cùng chuyên mục</h3>{nlist(rng, hs[:10], "/kinh-te/202404", ds[3:13], dmy, "bqn-rel", ext="/")}</div>
<div class="bqn-comment"><h3>Bình luận</h3><textarea placeholder="Ý kiến của bạn"></textarea><button>Gửi bình luận</button></div>
</div><aside class="bqn-side"><div class="bqn-box"><h3>Tin mới</h3>{nlist(rng, hs[10:20], "/thoi-su", ds[13:23], hm, "bqn-new", img=False, ext="/")}</div>
<div class="bqn-box"><h3>Xem nhiều</h3>{nlist(rng, hs[20:30], "/thoi-su", ds[:10], None, "bqn-most", ext="/")}</div></aside></main>
<footer>{footer("Báo Quảng Ngãi điện tử", "Số 02 Quang Trung, TP Quảng Ngãi", "0255.3822.587")}</footer>
{cookie_banner("bqn-cookie")}
<script>{js(rng, 40, "bqn")}</script>{ga(rng)}
</body></html>"""
    html = pad(html, rng, 90, "bqn-x")
    return dict(family="infographic_hybrid", name="quangngai-infographic-plus-text-caps-byline", url=url,
                content_type="text/html; charset=UTF-8", html=html,
                expected=expected(A7, iso(pub), author="QUANG HUY", category="Kinh tế"),
                traps={"bylines": ["QUANG HUY"], "related": hs[:10] + ["[Infographic] Kinh tế - xã hội Quảng Ngãi quý I/2024"],
                       "chrome": ["Nghe đọc bài", "Số liệu trong đồ họa", "Trang web sử dụng cookie"],
                       "dates": ["Thứ Bảy, 06/04/2024"]},
                notes="Infographic + full text hybrid on a provincial paper: the infographic figure (caption with 'Đồ họa: Hải An' "
                      "credit — a designer, not author/photographer) is followed by three text paragraphs = body. A visually hidden "
                      "sr-only stats box for screen readers is not body. Kicker 'INFOGRAPHIC' and og/<title> '[Infographic]' prefix; "
                      "the h1 has no prefix → title as in h1. Upper-case byline 'QUANG HUY' kept as printed. Category = crumb "
                      "'Kinh tế' (article:section says 'Infographic'). Offset og time agrees with the visible stamp.",
                readme="Infographic + text hybrid; infographic caption with 'Đồ họa:' designer credit, text paragraphs after it, sr-only stats box, '[Infographic]' only in <title>/og, upper-case byline, article:section ≠ crumb")


# =====================================================================
LIVE = [
    ("11:45", "Đại hội bế mạc phiên thứ nhất. Chiều nay, Đại hội tiến hành hiệp thương cử Ủy ban MTTQ Việt Nam tỉnh khóa XVI, nhiệm kỳ 2024 - 2029."),
    ("11:10", "Đồng chí Lục Văn Sáng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu chỉ đạo, đề nghị Mặt trận các cấp tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư, làm tốt vai trò giám sát và phản biện xã hội."),
    ("10:20", "Các đại biểu tham luận về kinh nghiệm triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” ở huyện Hoàng Su Phì và mô hình “Mặt trận tham gia giữ gìn trật tự an toàn giao thông” ở thành phố Hà Giang."),
    ("09:05", "Đồng chí Vàng Thị Thanh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày báo cáo chính trị. Nhiệm kỳ qua, Mặt trận các cấp đã vận động xây dựng hơn 7.600 nhà Đại đoàn kết, giúp trên 17.000 hộ thoát nghèo."),
    ("08:15", "Đại hội làm lễ chào cờ, dâng hương tưởng niệm Chủ tịch Hồ Chí Minh. Tham dự có 299 đại biểu chính thức đại diện cho hơn 900 nghìn người dân các dân tộc trong tỉnh."),
]
A8 = Art("Trực tiếp: Đại hội đại biểu MTTQ Việt Nam tỉnh Hà Giang lần thứ XVI, nhiệm kỳ 2024 - 2029",
         "Sáng 10/4, tại Hội trường Trung tâm Hội nghị tỉnh, Ủy ban MTTQ Việt Nam tỉnh Hà Giang khai mạc Đại hội đại biểu lần thứ XVI, nhiệm kỳ 2024 - 2029. Báo Hà Giang tường thuật trực tiếp diễn biến Đại hội.",
         [("p", t) for _, t in LIVE])
CAP8 = {1: "Đồng chí Lục Văn Sáng phát biểu chỉ đạo Đại hội", 4: "Các đại biểu thực hiện nghi thức chào cờ khai mạc Đại hội"}


def page8():
    rng = random.Random("liveblog-hagiang-08")
    pub, upd = T("2024-04-10 07:30"), T("2024-04-10 11:50")
    host = "https://baohagiang.vn"
    url = f"{host}/chinh-tri/202404/truc-tiep-dai-hoi-dai-bieu-mttq-viet-nam-tinh-ha-giang-lan-thu-xvi-nhiem-ky-2024-2029-2f31c0e/"
    hs = heads(rng, 26, "Hoàng Su Phì")
    ds = past(pub, rng, 26, 1, 20)
    entries = "".join(
        f'<div class="lb-entry" id="post-{rng.randint(10000, 99999)}"><div class="lb-entry-head"><span class="lb-time">{t}</span>'
        f'<span class="lb-pin">{"Mới nhất" if i == 0 else ""}</span></div><div class="lb-entry-body"><p>{esc(x)}</p>'
        + (f'<figure><img src="/file/4028eaa4/2024/04/10/live-{i}.jpg" alt=""><figcaption>{esc(CAP8[i])}</figcaption></figure>' if i in CAP8 else "")
        + '</div><div class="lb-entry-share"><a href="#">Chia sẻ</a></div></div>' for i, (t, x) in enumerate(LIVE))
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(A8.title)}</title>
<meta property="og:title" content="{esc(A8.title, True)}">
<meta property="article:published_time" content="2024-04-10T07:30:00+07:00"><meta property="article:modified_time" content="2024-04-10T11:50:00+07:00">
<script type="application/ld+json">{dump({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": A8.title, "coverageStartTime": "2024-04-10T07:30:00+07:00", "coverageEndTime": "2024-04-10T17:00:00+07:00", "liveBlogUpdate": [{"@type": "BlogPosting", "headline": x[:60], "datePublished": f"2024-04-10T{t}:00+07:00"} for t, x in LIVE]})}</script>
<link rel="stylesheet" href="/static/css/hg.min.css?v=44">
<style>{css(rng, "hg", 230)}.lb-live-badge{{background:#d00;color:#fff;animation:blink 1s infinite}}</style><!--PAD-->
</head><body>
<div class="hg-top"><span id="clock">Thứ Tư, 10/04/2024</span></div>
<header><a href="/" class="hg-logo">Báo Hà Giang điện tử</a><nav>{menu(rng, "", "hg-menu", "/", ["TP Hà Giang", "Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ", "Bắc Mê", "Vị Xuyên", "Bắc Quang", "Quang Bình", "Hoàng Su Phì", "Xín Mần"])}</nav></header>
<main class="hg-main"><div class="hg-col">
<div class="hg-crumb"><a href="/">Trang chủ</a> / <a href="/chinh-tri/">Chính trị</a> / <a href="/chinh-tri/mat-tran/">Mặt trận</a></div>
<article class="hg-liveblog">
<div class="lb-live-badge">● TRỰC TIẾP</div>
<h1>{esc(A8.title)}</h1>
<div class="lb-meta"><span>Bắt đầu: {hm(pub)} {dmy(pub)}</span> | <span class="lb-updated">Cập nhật lần cuối: {hm(upd)} {dmy(upd)}</span></div>
<div class="lb-authors">Nhóm tường thuật: Hoàng Nguyên - Thu Phương</div>
<div class="lb-sapo"><strong>{esc(A8.lead)}</strong></div>
<div class="lb-controls"><label><input type="checkbox" checked> Tự động cập nhật</label> <button>Mới nhất trước</button> <button>Cũ nhất trước</button></div>
<div class="lb-feed">{entries}</div>
<div class="lb-more"><button>Xem thêm diễn biến</button></div>
</article>
<div class="hg-rel"><h3>Tin liên quan</h3>{nlist(rng, hs[:8], "/chinh-tri/202404", ds[:8], dmy, "hg-rel", ext="/")}</div>
</div><aside><div class="hg-box"><h3>Tin mới</h3>{nlist(rng, hs[8:18], "/thoi-su", ds[8:18], lambda d: hm(d) + " " + dmy(d), "hg-new", img=False, ext="/")}</div>
<div class="hg-box"><h3>Đọc nhiều</h3>{nlist(rng, hs[18:26], "/thoi-su", ds[18:26], None, "hg-most", ext="/")}</div></aside></main>
<footer>{footer("Báo Hà Giang điện tử", "Số 1, đường Nguyễn Trãi, TP Hà Giang", "0219.3866.113")}</footer>
<script>{js(rng, 40, "hg")}setInterval(function(){{fetch('/api/liveblog/2f31c0e?since='+Date.now())}},30000);</script>
</body></html>"""
    html = pad(html, rng, 88, "hg-x")
    return dict(family="live_blog", name="hagiang-mttq-truc-tiep-timeline-newest-first", url=url,
                content_type="text/html; charset=utf-8", html=html,
                expected=expected(A8, iso(pub), iso(upd), author="Hoàng Nguyên, Thu Phương", category="Mặt trận",
                                  captions=[CAP8[k] for k in sorted(CAP8)]),
                traps={"chrome": ["● TRỰC TIẾP", "Tự động cập nhật", "Mới nhất trước", "Xem thêm diễn biến", "Nhóm tường thuật"],
                       "related": hs[:8], "dates": ["2024-04-10T17:00:00+07:00"]},
                notes="'Trực tiếp' live blog (LiveBlogPosting JSON-LD). Entries newest first, each a time label ('11:45' …) + text; "
                      "body = sapo + entry texts in page order (newest first, as printed), time labels and 'Mới nhất' pins are not "
                      "body. Two entries carry photos → captions. published = 'Bắt đầu: 07:30 10/04/2024', updated = 'Cập nhật "
                      "lần cuối: 11:50 10/04/2024' (both agree with offset meta). 'Nhóm tường thuật: Hoàng Nguyên - Thu Phương' → "
                      "two authors. Title keeps 'Trực tiếp:' prefix.",
                readme="'Trực tiếp' live blog; newest-first timeline entries with time labels (not body), entry photos, Bắt đầu/Cập nhật lần cuối stamps, 'Nhóm tường thuật: A - B' byline, LiveBlogPosting JSON-LD, live controls")


PAGES = [page5, page6, page7, page8]
