"""Media-first pages: PTTH TV-station video with transcript (Đài PT-TH Hậu Giang), radio podcast/audio
article (Đài PT-TH Bình Định), Báo ảnh photo story (Báo ảnh Dân tộc và Miền núi-like)."""
import random

from .common import (Art, T, iso, isod, dmy, hm, wd, utcz, before, esc, slug, dump, hexid, alnum, b64, guid,
                     expected, css, js, headlines, mega_menu, news_list, footer, counter, ga, pad_to)

# =====================================================================
ART10 = Art(
    "Hậu Giang: Sơ kết 3 năm thực hiện Chỉ thị 05 gắn với xây dựng chỉnh đốn Đảng",
    "Chiều 19/3, Ban Thường vụ Tỉnh ủy Hậu Giang tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.",
    [
        ("p", "Khán giả thân mến! Qua 3 năm triển khai, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trên địa bàn tỉnh đã trở thành việc làm thường xuyên của các cấp ủy, tổ chức đảng. Toàn tỉnh đã có hơn 1.200 mô hình, điển hình được biểu dương, nhân rộng."),
        ("p", "Nhiều cấp ủy đã gắn việc học tập và làm theo Bác với giải quyết những vấn đề bức xúc ở cơ sở như cải cách thủ tục hành chính, xây dựng nông thôn mới, giảm nghèo bền vững. Tinh thần, thái độ phục vụ Nhân dân của cán bộ, công chức có chuyển biến rõ nét."),
        ("p", "Phát biểu chỉ đạo hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị thời gian tới tiếp tục đưa việc học tập và làm theo Bác đi vào chiều sâu, gắn với trách nhiệm nêu gương của người đứng đầu; kịp thời phát hiện, biểu dương những tấm gương người tốt, việc tốt."),
        ("p", "Dịp này, Ban Thường vụ Tỉnh ủy khen thưởng 15 tập thể, 24 cá nhân có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
    ])


def page10():
    rng = random.Random("ptth-haugiang-10")
    pub = T("2024-03-19 19:40")
    host = "https://haugiangtv.vn"
    url = f"{host}/video/thoi-su/hau-giang-so-ket-3-nam-thuc-hien-chi-thi-05-gan-voi-xay-dung-chinh-don-dang-v48213.html"
    heads = headlines(rng, 24, "Phụng Hiệp")
    dts = before(pub, rng, 24, 0, 10)
    ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": ART10.title, "description": ART10.lead,
          "uploadDate": "2024-03-19T14:10:00+07:00", "duration": "PT2M48S", "thumbnailUrl": host + "/uploads/video/2024/03/19/sk-ct05.jpg",
          "contentUrl": "https://vod.haugiangtv.vn/hls/2024/03/19/sk-ct05/playlist.m3u8"}
    schedule = [("18:00", "Thời sự"), ("18:30", "Nông nghiệp xanh"), ("19:00", "Thời sự VTV"), ("19:45", "Phim truyện: Hương đất"), ("21:00", "Ký sự miền Tây")]
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(ART10.title)} - Đài Phát thanh và Truyền hình Hậu Giang</title>
<meta property="og:type" content="video.other"><meta property="og:video" content="{ld['contentUrl']}">
<script type="application/ld+json">{dump(ld)}</script>
<link rel="stylesheet" href="/assets/css/app.css?v=3.2.1"><link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/video.js@8/dist/video-js.min.css">
<style>{css(rng, "tv", 220)}</style><!--PAD-->
</head><body class="page-video">
<div class="top-bar"><div class="container"><span class="now-date">{wd(pub)}, {dmy(pub)}</span><a class="live-btn" href="/truc-tuyen/htv">● TRỰC TIẾP HGTV</a><a href="/truc-tuyen/radio">FM 102,6 MHz</a></div></div>
<header class="header"><a href="/"><img src="/assets/img/logo-hgtv.png" alt="Đài Phát thanh và Truyền hình Hậu Giang"></a>
<nav><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/video">Video</a><ul><li><a href="/video/thoi-su">Thời sự</a></li><li><a href="/video/chuyen-de">Chuyên đề</a></li><li><a href="/video/phong-su">Phóng sự</a></li><li><a href="/video/giai-tri">Giải trí</a></li></ul></li><li><a href="/phat-thanh">Phát thanh</a></li><li><a href="/lich-phat-song">Lịch phát sóng</a></li><li><a href="/quang-cao">Quảng cáo</a></li></ul></nav></header>
<div class="container"><div class="row"><div class="col-lg-8">
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/video">Video</a> › <a href="/video/thoi-su">Thời sự</a></div>
<div class="video-player-wrap"><video id="hgtv-player" class="video-js vjs-big-play-centered" controls preload="none" poster="{ld['thumbnailUrl']}" data-setup='{{"fluid":true}}'>
<source src="{ld['contentUrl']}" type="application/x-mpegURL"><p class="vjs-no-js">Trình duyệt của bạn không hỗ trợ phát video. Vui lòng nâng cấp trình duyệt.</p></video>
<div class="video-duration">02:48</div></div>
<h1 class="video-title">{esc(ART10.title)}</h1>
<div class="video-meta"><span class="time">{hm(pub)} | {dmy(pub)}</span> <span class="views">Lượt xem: 362</span></div>
<div class="video-sapo"><p>{esc(ART10.lead)}</p></div>
<div class="video-transcript"><h3 class="transcript-title">Nội dung bản tin</h3>
{ART10.render()}
</div>
<div class="video-credit"><p>Phóng viên: Hồng Nhung</p><p>Quay phim: Thanh Phong</p><p>Biên tập: Kim Ngân</p></div>
<div class="share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép link</a></div>
<div class="video-related"><h3>Video cùng chuyên mục</h3>{news_list(rng, heads[:9], "/video/thoi-su", dts[:9], lambda d: hm(d) + " | " + dmy(d), "video-grid")}</div>
</div><div class="col-lg-4"><div class="side-box"><h3>Lịch phát sóng hôm nay</h3><ul class="schedule">{"".join(f"<li><b>{t}</b> {esc(n)}</li>" for t, n in schedule)}</ul></div>
<div class="side-box"><h3>Xem nhiều</h3>{news_list(rng, heads[9:19], "/video", dts[9:19], lambda d: dmy(d), "side-video")}</div></div></div></div>
<footer>{footer("Đài Phát thanh và Truyền hình Hậu Giang", "Số 01 đường Võ Văn Kiệt, phường V, TP Vị Thanh", "0293.3870.222")}</footer>
<script src="https://cdn.jsdelivr.net/npm/video.js@8/dist/video.min.js"></script><script>{js(rng, 60, "tv")}</script>
</body></html>"""
    html = pad_to(html, rng, 94, prefix="tv-pad")
    return dict(family="ptth_tv_video", name="haugiang-video-transcript-credits", url=url,
                content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
                expected=expected(ART10, iso(pub), author="Hồng Nhung", photographer="Thanh Phong", category="Thời sự"),
                traps={"bylines": ["Phóng viên: Hồng Nhung", "Biên tập: Kim Ngân", "Quay phim: Thanh Phong"], "related": heads[:9],
                       "chrome": ["Nội dung bản tin", "Video cùng chuyên mục", "Lịch phát sóng hôm nay", "Trình duyệt của bạn không hỗ trợ phát video",
                                  "TRỰC TIẾP HGTV", "02:48", "Lượt xem: 362"],
                       "dates": ["2024-03-19T14:10:00+07:00"]},
                notes="TV station (PTTH) video page: player above h1 with a no-JS fallback sentence and duration '02:48'; meta "
                      "'19:40 | 19/03/2024' (time first); sapo; 'Nội dung bản tin' heading (chrome) + transcript paragraphs (body, "
                      "starting with the presenter's 'Khán giả thân mến!'); credits 'Phóng viên' (author) / 'Quay phim' "
                      "(photographer) / 'Biên tập' (editor, ignored). VideoObject uploadDate 14:10 is the upload time, not the "
                      "air/publish time shown (trap). Broadcast schedule in the sidebar.",
                readme="PTTH TV video page; player + fallback text above h1, time-first stamp, transcript under 'Nội dung bản tin' = body, Phóng viên/Quay phim/Biên tập credits, VideoObject uploadDate ≠ shown time")


# =====================================================================
ART11 = Art(
    "Podcast: Chuyện người Bí thư chi bộ thôn “gõ cửa” từng nhà vận động hiến đất làm đường",
    "Trong số này, mời quý thính giả cùng nghe câu chuyện về ông Đinh Văn Chiến, Bí thư Chi bộ thôn Đắk Tra, xã An Toàn, huyện An Lão - người đã kiên trì vận động bà con hiến hơn 7.000 m² đất để mở đường liên thôn.",
    [
        ("p", "Năm 2022, khi chủ trương làm đường bê tông nối thôn Đắk Tra với trung tâm xã được triển khai, khó khăn lớn nhất là mặt bằng. Tuyến đường đi qua đất rẫy của 31 hộ, nhiều hộ còn băn khoăn vì đất là nguồn sống chính của gia đình."),
        ("p", "Ông Chiến chọn cách bắt đầu từ chính gia đình mình, hiến gần 600 m² đất vườn. Sau đó, ông cùng các đảng viên trong chi bộ đến từng nhà, có nhà đến bốn, năm lần, ngồi với bà con bên bếp lửa để nói về lợi ích của con đường: lúa, mì bán được giá hơn, học sinh đi học không còn lội bùn."),
        ("p", "Sau hơn ba tháng, tất cả 31 hộ đều đồng thuận ký giấy hiến đất. Con đường dài 2,4 km hoàn thành cuối năm 2023 với tổng vốn hơn 4 tỷ đồng, trong đó người dân đóng góp hàng nghìn ngày công."),
    ])


def page11():
    rng = random.Random("radio-binhdinh-11")
    pub = T("2024-03-21 16:30")
    host = "https://btv.org.vn"
    url = f"{host}/podcast/nguoi-tot-viec-tot/chuyen-nguoi-bi-thu-chi-bo-thon-go-cua-tung-nha-van-dong-hien-dat-lam-duong-2193.html"
    heads = headlines(rng, 22, "An Lão")
    dts = before(pub, rng, 22, 1, 30)
    eps = ["Podcast: Nữ đảng viên trẻ đưa sản phẩm OCOP lên sàn thương mại điện tử", "Podcast: Cựu chiến binh 20 năm giữ rừng đầu nguồn",
           "Podcast: Thầy giáo cắm bản ở vùng cao An Lão", "Podcast: Chi hội phụ nữ tiết kiệm giúp nhau thoát nghèo"]
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8">
<title>{esc(ART11.title)}</title>
<meta property="og:audio" content="https://media.btv.org.vn/audio/2024/03/21/podcast-ntvt-12.mp3">
<meta property="article:section" content="Phát thanh">
<link rel="stylesheet" href="/css/style.min.css"><link rel="stylesheet" href="/plugins/plyr/plyr.css">
<style>{css(rng, "pc", 220)}</style><!--PAD-->
</head><body>
<div class="header-top"><span id="clock">{wd(pub)}, {dmy(pub)}</span> <a href="/nghe-truc-tuyen">Nghe trực tuyến BRT FM</a></div>
<header><a href="/" class="logo"><img src="/images/logo-btv.png" alt="Đài Phát thanh và Truyền hình Bình Định"></a>
<nav>{mega_menu(rng, "", "menu-main", [])}</nav></header>
<div class="container"><div class="content-left">
<ul class="crumb"><li><a href="/">Trang chủ</a></li><li><a href="/podcast">Podcast</a></li><li><a href="/podcast/nguoi-tot-viec-tot">Người tốt việc tốt</a></li></ul>
<div class="podcast-detail">
<div class="podcast-cover"><img src="/uploads/podcast/2024/03/ntvt-12.jpg" alt=""></div>
<h1 class="title">{esc(ART11.title)}</h1>
<div class="meta"><i class="ic-clock"></i> {dmy(pub)} - {hm(pub)} <span class="ep">Số 12</span></div>
<div class="audio-box"><audio id="player" controls preload="none"><source src="https://media.btv.org.vn/audio/2024/03/21/podcast-ntvt-12.mp3" type="audio/mpeg">Trình duyệt không hỗ trợ audio.</audio>
<div class="audio-info"><span>Thời lượng: 06:15</span> <span>Giọng đọc: Phương Thảo</span> <a href="https://media.btv.org.vn/audio/2024/03/21/podcast-ntvt-12.mp3" download>Tải về</a></div></div>
<div class="sapo"><b>{esc(ART11.lead)}</b></div>
<div class="detail-content">{ART11.render()}</div>
<div class="credit" style="text-align:right"><p><b>Nội dung: Đinh Thị Thu</b></p><p><b>Kỹ thuật: Văn Hải</b></p></div>
<div class="podcast-playlist"><h3>Các số khác</h3>{news_list(rng, eps, "/podcast/nguoi-tot-viec-tot", dts[:4], lambda d: dmy(d), "pl", ext=".html")}</div>
</div></div>
<div class="content-right"><div class="box"><h3>Tin mới</h3>{news_list(rng, heads[:12], "/tin-tuc", dts[4:16], lambda d: hm(d) + " " + dmy(d), "side")}</div>
<div class="box"><h3>Chương trình phát thanh</h3><ul><li>05:30 Thời sự sáng</li><li>11:00 Thời sự trưa</li><li>17:30 Thời sự chiều</li></ul></div></div></div>
<footer>{footer("Đài Phát thanh và Truyền hình Bình Định", "Số 10 Phan Bội Châu, TP Quy Nhơn", "0256.3822.414")}</footer>
<script src="/plugins/plyr/plyr.min.js"></script><script>{js(rng, 50, "pc")}</script>
</body></html>"""
    html = pad_to(html, rng, 88, prefix="pc-pad")
    return dict(family="radio_podcast", name="binhdinh-podcast-audio-voice-credit", url=url,
                content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
                expected=expected(ART11, iso(pub), author="Đinh Thị Thu", category="Người tốt việc tốt"),
                traps={"bylines": ["Giọng đọc: Phương Thảo", "Kỹ thuật: Văn Hải", "Nội dung: Đinh Thị Thu"],
                       "related": eps + heads[:12], "chrome": ["Thời lượng: 06:15", "Trình duyệt không hỗ trợ audio.", "Các số khác", "Tải về", "Số 12"],
                       "dates": []},
                notes="Radio station podcast page: cover image, h1 with 'Podcast:' prefix as printed, '21/03/2024 - 16:30', audio "
                      "player (fallback text), duration, 'Giọng đọc' (voice, not author), bold sapo, short text version (body), "
                      "right-aligned credits 'Nội dung: Đinh Thị Thu' (author) and 'Kỹ thuật' (ignored). og/article:section says "
                      "'Phát thanh' while the crumb's last item is 'Người tốt việc tốt' (category). No captions.",
                readme="Radio podcast page; audio player + duration + 'Giọng đọc' voice credit (not author), 'Nội dung:' author at the foot, 'Podcast:' title prefix, article:section ≠ crumb, no captions")


# =====================================================================
ART12 = Art(
    "Sắc màu chợ phiên vùng cao Bắc Hà",
    "Mỗi sáng Chủ nhật, chợ phiên Bắc Hà (Lào Cai) lại rộn ràng sắc màu thổ cẩm của đồng bào Mông, Dao, Tày, Nùng, Phù Lá… từ khắp các bản làng đổ về. Chợ không chỉ là nơi mua bán mà còn là nơi gặp gỡ, giao lưu văn hóa.",
    [
        ("img", "/Uploads/Images/2024/3/24/cho-bac-ha-1.jpg", "Từ sáng sớm, người dân các xã vùng cao đã đổ về chợ phiên Bắc Hà"),
        ("img", "/Uploads/Images/2024/3/24/cho-bac-ha-2.jpg", "Những bộ trang phục thổ cẩm sặc sỡ của phụ nữ Mông Hoa được bày bán"),
        ("img", "/Uploads/Images/2024/3/24/cho-bac-ha-3.jpg", "Khu chợ ngựa - nét độc đáo chỉ có ở chợ phiên Bắc Hà"),
        ("p", "Chợ phiên Bắc Hà có từ hàng trăm năm trước và hiện là một trong những chợ phiên lớn nhất vùng Tây Bắc. Năm 2023, chợ đón hơn 120 nghìn lượt khách du lịch trong và ngoài nước."),
        ("img", "/Uploads/Images/2024/3/24/cho-bac-ha-4.jpg", "Món thắng cố - đặc sản không thể thiếu trong mỗi phiên chợ"),
        ("img", "/Uploads/Images/2024/3/24/cho-bac-ha-5.jpg", "Du khách nước ngoài thích thú tìm hiểu nghề dệt thổ cẩm của đồng bào Mông"),
        ("p", "Huyện Bắc Hà đang triển khai đề án bảo tồn, phát huy giá trị chợ phiên gắn với phát triển du lịch cộng đồng, hướng tới đưa chợ trở thành sản phẩm du lịch đặc trưng của tỉnh Lào Cai."),
        ("img", "/Uploads/Images/2024/3/24/cho-bac-ha-6.jpg", "Nụ cười của em bé Mông theo mẹ đi chợ phiên"),
    ])


def page12():
    rng = random.Random("baoanh-bacha-12")
    pub = T("2024-03-24 10:15")
    host = "https://baoanhdantoc.vn"
    url = f"{host}/sac-mau-cho-phien-vung-cao-bac-ha-1712024.htm"
    heads = headlines(rng, 22, "Bắc Hà")
    dts = before(pub, rng, 22, 1, 30)
    langs = ["Tiếng Việt", "English", "中文", "Tiếng Mông", "Tiếng Khmer", "Tiếng Ê Đê", "Tiếng Chăm"]

    def img(s, c, n):
        return (f'<div class="photo-item"><img src="{s}" data-src="{s}" alt="{esc(c, True)}" class="lazyload">'
                f'<div class="photo-caption"><span class="num">{n}/6</span> {esc(c)}</div></div>')

    body = ART12.render(img=img, p=lambda t: f'<div class="photo-text"><p>{esc(t)}</p></div>')
    html = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(ART12.title)} | Báo ảnh Dân tộc và Miền núi</title>
<meta property="og:title" content="{esc(ART12.title, True)}"><meta itemprop="datePublished" content="2024-03-24T10:15:00+07:00">
<meta itemprop="dateModified" content="2024-03-25T08:02:00+07:00">
<link rel="stylesheet" href="/Content/css/site.min.css">
<style>{css(rng, "ba", 230)}</style><!--PAD-->
</head><body class="photo-story">
<div class="langbar">{" | ".join(f'<a href="#">{esc(l)}</a>' for l in langs)}</div>
<header><a href="/"><img src="/Content/img/logo-baoanh.png" alt="Báo ảnh Dân tộc và Miền núi"></a><nav>{mega_menu(rng, "", "mn", [], ext=".htm")}</nav></header>
<div class="container">
<div class="cate-line"><a href="/van-hoa.htm" class="cate">Văn hóa</a> <span class="sub"><a href="/van-hoa/phong-su-anh.htm">Phóng sự ảnh</a></span></div>
<h1 class="ps-title">{esc(ART12.title)}</h1>
<div class="ps-meta"><span class="ps-author">Bài: Hà Phương - Ảnh: Quang Vinh</span> <span class="ps-date">{hm(pub)} {wd(pub)}, {dmy(pub)}</span></div>
<div class="ps-sapo">{esc(ART12.lead)}</div>
<div class="ps-body">{body}</div>
<div class="ps-tags">Tags: <a href="#">chợ phiên</a> <a href="#">Bắc Hà</a> <a href="#">du lịch</a></div>
<div class="ps-related"><h3>Phóng sự ảnh khác</h3>{news_list(rng, heads[:8], "/van-hoa/phong-su-anh", dts[:8], lambda d: "", "ps-grid", ext=".htm")}</div>
<div class="ps-more"><h3>Tin mới</h3>{news_list(rng, heads[8:20], "/", dts[8:20], lambda d: dmy(d), "latest", ext=".htm")}</div>
</div>
<footer>{footer("Báo ảnh Dân tộc và Miền núi", "Số 9 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội", "024.3826.1032")}</footer>
<script>{js(rng, 40, "ba")}</script></body></html>"""
    html = pad_to(html, rng, 82, prefix="ba-pad")
    return dict(family="baoanh_photo_story", name="bacha-phong-su-anh-bai-anh-header-byline", url=url,
                content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
                expected=expected(ART12, iso(pub), author="Hà Phương", photographer="Quang Vinh", category="Phóng sự ảnh"),
                traps={"bylines": ["Bài: Hà Phương - Ảnh: Quang Vinh"], "related": heads[:8],
                       "chrome": ["1/6", "Phóng sự ảnh khác", "Tags:", "Tiếng Mông"], "dates": ["2024-03-25T08:02:00+07:00"]},
                notes="Photo story of a pictorial (Báo ảnh): six numbered captions ('1/6 …'; the counter is not part of the caption) "
                      "with two short text blocks between them. Byline in the header 'Bài: Hà Phương - Ảnh: Quang Vinh' → author + "
                      "photographer. Date '10:15 Chủ Nhật, 24/03/2024'. Category = sub-kicker 'Phóng sự ảnh' (parent 'Văn hóa'). "
                      "itemprop dateModified exists but no visible update stamp → updated_at null. Language bar with 7 languages.",
                readme="Báo ảnh photo story; 6 numbered captions, 2 text blocks, 'Bài: X - Ảnh: Y' header byline, time-first weekday date, invisible dateModified (updated null), two-level kicker")


PAGES = [page10, page11, page12]
