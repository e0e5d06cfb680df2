"""Set 30 pages 10-18: the rest of the common products in skins and versions sets 27-29 did not use — a merged press
agency's video page; NukeViet 4.5 under a second vendor's theme; WordPress + Kadence; the VHV CMS's layout type 1 —
and five less common stacks: Sapo Web (a Vietnamese hosted site builder), ASP.NET Core 8 Razor Pages, a local vendor's CakePHP 4 CMS,
Laravel 11 + Livewire 3 and Concrete CMS 9. Article kinds: a news item with an embedded VIDEO, a relief handover, a
'Học tập và làm theo Bác' portrait, a pre-Tết visit, an association's housing gift, the election's voter lists, a
conference on anti-corruption work, a youth union's digital-literacy campaign, a Red Cross Tết gift drive.
Page 12 carries one TWIST: a closing quotation whose attribution is printed right-aligned and bold, in the byline's
shape, at the end of the text, while the writer is printed at the top."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads11, past, expected, slug, dump, hexid, alnum, b64blob
from .kit import share, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, side_std, vb_box
from .p_01_pages import right_bold, right_em, jp, strong_h, pcap, teasers, nv_crumbs, nv_related, NV_HEAD, MONTHS_VI


# ===================================================================== 10 Báo và PT-TH Tuyên Quang: a press CMS's video page; a news item with an EMBEDDED VIDEO; 'Thực hiện: A - Quay phim: B'; time-first 'HH:MM | dd/mm/yyyy'
A10 = Art("Cử tri vùng cao Tuyên Quang sẵn sàng cho ngày hội non sông",
          "(TTV) - Chỉ còn ba ngày nữa là đến ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Tại các xã vùng cao của tỉnh, công tác chuẩn bị đã cơ bản hoàn tất, cử tri háo hức chờ đón ngày hội lớn của đất nước.",
          [("p", "Tại xã Lũng Cú, 26 tổ bầu cử đã hoàn thành việc trang trí khu vực bỏ phiếu, niêm yết danh sách cử tri và tiểu sử tóm tắt của những người ứng cử. Xã bố trí thêm 4 hòm phiếu phụ phục vụ cử tri cao tuổi, ốm đau không thể đến điểm bỏ phiếu."),
           ("p", "Những ngày này, cán bộ thôn, bản cùng lực lượng công an, dân quân đến từng nhà nhắc nhở, hướng dẫn bà con mang theo thẻ cử tri, tìm hiểu về người ứng cử. Nhiều thông tin được phát bằng tiếng Mông, tiếng Dao trên hệ thống loa truyền thanh của xã."),
           ("p", "“Ngày 15/3 nhà tôi đi bầu từ sớm. Chọn được người đại biểu nói đúng tiếng nói của dân bản thì bà con mình mới yên tâm”, ông Vàng Mí Lử ở thôn Thèn Ván chia sẻ."),
           ("p", "Toàn tỉnh hiện có hơn 1,3 triệu cử tri, được chia thành gần 2.900 khu vực bỏ phiếu. Đến nay, 100% khu vực bỏ phiếu đã hoàn thành công tác chuẩn bị theo đúng quy định.")])
CRED10 = "Thực hiện: Lý Thu Hà - Quay phim: Nông Đức Minh"


def page10():
    pub = T("2026-03-12 20:15")
    site = "https://baotuyenquang.com.vn"
    url = f"{site}/video/cu-tri-vung-cao-tuyen-quang-san-sang-cho-ngay-hoi-non-song-v27451.html"

    def main(rng, rl, rd):
        body = "".join(f"<p>{esc(t)}</p>" for t in A10.pars)
        return (f'<div class="video-detail"><div class="video-player" id="player-27451"><video controls preload="none" poster="{site}/uploads/video/2026/03/12/poster-27451.jpg" width="100%">'
                f'<source src="https://media.baotuyenquang.com.vn/vod/2026/03/12/27451/index.m3u8" type="application/x-mpegURL" /><source src="https://media.baotuyenquang.com.vn/vod/2026/03/12/27451.mp4" type="video/mp4" /></video>'
                f'<div class="player-bar"><span class="player-title">{esc(A10.title)}</span> <span class="player-duration">03:42</span></div>'
                f'<div class="player-meta">Phát sóng: 19h30 ngày 12/3/2026 - Chương trình Thời sự TTV</div></div>'
                f'<div class="video-info"><h1 class="video-title">{esc(A10.title)}</h1><div class="video-time"><i class="icon-clock"></i> {hm(pub)} ngày {dmy(pub)} <span class="views">· 1.942 lượt xem</span></div>'
                f'<h2 class="video-sapo">{esc(A10.lead)}</h2><div class="video-content">{body}</div>'
                f'<p class="video-credit" style="text-align:right"><strong>{esc(CRED10)}</strong></p>'
                f'<div class="video-share">{share("share-video")}</div></div></div>')

    def below(rng, pub_):
        ts = heads11(rng, 6)
        cards = "".join(f'<div class="col-sm-4 video-card"><a href="{site}/video/{slug(t)}-v{rng.randint(27000, 27450)}.html"><img src="{site}/uploads/video/thumb/{hexid(rng, 10)}.jpg" alt="" />'
                        f'<span class="duration">0{rng.randint(1, 5)}:{rng.randint(10, 59)}</span><h3>{esc(t)}</h3></a><span class="date">{hm(d)} ngày {dmy(d)}</span></div>'
                        for t, d in zip(ts, past(pub_, rng, 6, 0, 6)))
        return f'<div class="video-more-box"><h2 class="box-title">Video khác</h2><div class="row">{cards}</div></div>'

    crumbs = '<ul class="breadcrumb breadcrumb--video"><li><a href="/">Trang chủ</a></li><li><a href="/truyen-hinh">Truyền hình</a></li><li><a href="/truyen-hinh/ban-tin-thoi-su">Bản tin thời sự</a></li></ul>'

    def side(rng, pub_):
        d0 = pub_.replace(hour=0, minute=0) + timedelta(days=1)
        progs = [("06:00", "Chào buổi sáng"), ("11:30", "Thời sự trưa"), ("17:45", "Bầu cử - Ngày hội non sông"), ("19:30", "Thời sự TTV"), ("21:00", "Phim truyện")]
        pl = "".join(f'<li><span class="time">{t}</span> {esc(n)}</li>' for t, n in progs)
        return (f'<div class="box-schedule"><h3>Lịch phát sóng TTV - {dmy(d0)}</h3><ul>{pl}</ul></div>'
                + side_std(rng, pub_, "Xem nhiều", fmt=lambda d: f"{hm(d)} ngày {dmy(d)}", cls="box-most")
                + '<div class="box-live"><h3>Trực tuyến</h3><a href="/truyen-hinh-truc-tuyen">TTV - Truyền hình Tuyên Quang</a><br /><a href="/phat-thanh-truc-tuyen">Phát thanh Tuyên Quang</a></div>')

    def top(rng, pub_):
        return '<a class="logo" href="/"><img src="/images/logo-bao-va-ptth-tuyen-quang.png" alt="Báo và Phát thanh, Truyền hình Tuyên Quang" /></a><a class="live-btn" href="/truyen-hinh-truc-tuyen">TRỰC TUYẾN</a>'

    def left(rng, pub_):
        d = pub_ + timedelta(hours=11, minutes=30)
        return f'<span class="today">{wd(d)}, {hm(d)} ngày {dmy(d)}</span> <span class="hotline">Đường dây nóng: 0207.3822.339</span>'

    head = (og(A10.title, url, {"og:type": "video.other", "og:video": "https://media.baotuyenquang.com.vn/vod/2026/03/12/27451.mp4", "og:description": A10.lead})
            + jsonld({"@context": "https://schema.org", "@type": "VideoObject", "name": A10.title, "description": A10.lead, "uploadDate": "2026-03-12T20:15:00+07:00", "duration": "PT3M42S",
                      "thumbnailUrl": f"{site}/uploads/video/2026/03/12/poster-27451.jpg", "contentUrl": "https://media.baotuyenquang.com.vn/vod/2026/03/12/27451.mp4"}))
    return page("s30-10", family="merged_press_agency_press_cms_video_item_camera_credit",
                name="tuyenquang-bao-va-ptth-press-cms-video-page-crumb-truyen-hinh-ban-tin-thoi-su-player-title-bar-duration-phat-song-line-h1-video-title-hh-mm-ngay-dd-mm-yyyy-h2-sapo-ttv-prefix-no-captions-thuc-hien-name-dash-quay-phim-name",
                url=url, art=A10, main_fn=main, pub=pub, prefix="vid", kb=150,
                org="Báo và Phát thanh, Truyền hình Tuyên Quang", addr="Số 2 đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.339",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "press_video", "head_extra": head, "title": A10.title + " - Video - Báo và PT-TH Tuyên Quang", "items": MENU_NEWS, "left": left, "below": below},
                exp=expected(A10, iso(pub), author="Lý Thu Hà", category="Bản tin thời sự", captions=[]),
                traps={"player": ["Phát sóng: 19h30 ngày 12/3/2026 - Chương trình Thời sự TTV", "03:42"], "credit": [CRED10, "Nông Đức Minh"], "chrome": ["1.942 lượt xem", "Video khác", "Xem nhiều", "Trực tuyến", "Chào buổi sáng"]},
                notes="A news item with an EMBEDDED VIDEO: the video page of a merged Báo và Phát thanh, Truyền hình's press CMS (a dark hero holding the player, then the headline and text; 'Video khác' cards below). The player shows its own title bar (the headline again), a duration '03:42' and a broadcast line 'Phát sóng: 19h30 ngày 12/3/2026 - Chương trình Thời sự TTV' — player chrome (set 24) and a broadcast time (set 26), none of it caption, body or stamp; no editor's caption is printed → captions []. Stamp: time first, joined to the date by 'ngày': '20:15 ngày 12/03/2026' → 2026-03-12T20:15:00+07:00 (the 'Video khác' cards, the 'Xem nhiều' list and the top bar's crawl moment 'Thứ Sáu, 07:45 ngày 13/03/2026' are printed in the same shape). Lead: the h2 sapo with its agency prefix '(TTV) - ' kept (set 27). Credit: the bold right 'Thực hiện: Lý Thu Hà - Quay phim: Nông Đức Minh' → author 'Lý Thu Hà' ('Thực hiện:' credits the text, set 27); the camera operator credited 'Quay phim:' is neither author nor photographer (NEW (set 30): a still photographer is credited for pictures; moving pictures are not photographs) → photographer null. Crumb 'Trang chủ › Truyền hình › Bản tin thời sự' → 'Bản tin thời sự' (the deepest level; 'Truyền hình' is the medium's section). JSON-LD is a VideoObject (uploadDate agrees).",
                readme="a merged press agency's press CMS, the VIDEO page: a <video> player with its own title bar, duration and 'Phát sóng: 19h30 …' line (chrome), time-first 'HH:MM ngày dd/mm/yyyy' (cards and the crawl clock in the same shape), h2 sapo with '(TTV) - ', no caption, 'Thực hiện: A - Quay phim: B' (author A; the camera operator is no photographer), crumb 'Truyền hình › Bản tin thời sự'")


# ===================================================================== 11 Ủy ban MTTQ tỉnh Quảng Ngãi: NukeViet 4.5 under a second vendor's theme; a RELIEF HANDOVER; a stamp in words; 'Tác giả: CTV Name' + 'Nguồn tin:'
A11 = Art("Bàn giao 56 căn nhà “Đại đoàn kết” cho hộ nghèo vùng lũ",
          "Từ nguồn Quỹ Cứu trợ và Quỹ “Vì người nghèo” các cấp, Ủy ban MTTQ Việt Nam tỉnh đã hoàn thành, bàn giao 56 căn nhà “Đại đoàn kết” cho hộ nghèo, hộ có nhà bị sập, trôi trong đợt mưa lũ cuối tháng 10 và tháng 11/2025.",
          [("p", "Sáng 18/12, tại xã Ba Tơ, Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND xã tổ chức lễ bàn giao 12 căn nhà cho các hộ dân thôn Làng Teng và thôn Làng Mạ. Mỗi căn nhà có diện tích từ 45 đến 60 m², được hỗ trợ 60 triệu đồng từ Quỹ Cứu trợ của tỉnh; người dân, đoàn viên thanh niên và lực lượng vũ trang góp hơn 300 ngày công xây dựng."),
           ("img", "/uploads/news/2025_12/ban-giao-nha-ba-to.jpg", "Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao quyết định bàn giao nhà cho hộ dân thôn Làng Teng, xã Ba Tơ"),
           ("p", "Cùng ngày, các đoàn công tác của Ủy ban MTTQ tỉnh cũng bàn giao nhà tại các xã Sơn Hà, Minh Long và Trà Bồng. Đến nay, toàn tỉnh đã hoàn thành 56 căn, đạt gần một nửa kế hoạch 120 căn nhà cho các hộ bị thiệt hại nặng do thiên tai năm 2025."),
           ("p", "Bà Đinh Thị Lý ở thôn Làng Mạ xúc động: “Nước lũ cuốn mất căn nhà cũ, cả nhà phải ở nhờ nhà văn hóa thôn hơn một tháng. Nay có nhà mới trước Tết, gia đình tôi yên tâm làm ăn rồi”."),
           ("img", "/uploads/news/2025_12/nha-moi-lang-ma.jpg", "Căn nhà mới của gia đình bà Đinh Thị Lý ở thôn Làng Mạ"),
           ("p", "Theo Ủy ban MTTQ Việt Nam tỉnh, từ đầu tháng 11 đến nay, Quỹ Cứu trợ các cấp đã tiếp nhận hơn 86 tỷ đồng ủng hộ đồng bào bị thiệt hại do mưa lũ, trong đó đã phân bổ 52 tỷ đồng cho việc xây dựng, sửa chữa nhà ở, khôi phục sản xuất và hỗ trợ học sinh."),
           ("p", "Ủy ban MTTQ tỉnh phấn đấu hoàn thành toàn bộ 120 căn nhà trước ngày 31/01/2026, để các hộ dân kịp đón Tết Nguyên đán Bính Ngọ trong nhà mới.")])
CAP11 = "Các đại biểu cắt băng bàn giao nhà “Đại đoàn kết” tại xã Ba Tơ"


def page11():
    pub = T("2025-12-19 09:45")
    site = "https://mattranquangngai.vn"
    url = f"{site}/news/an-sinh-xa-hoi/ban-giao-56-can-nha-dai-doan-ket-cho-ho-ngheo-vung-lu-1746.html"
    stamp = f"{wd(pub)}, ngày {pub.day} tháng {pub.month} năm {pub.year} - {hm(pub)}"

    def img(s, c, n):
        return f'<figure class="image"><img alt="{esc(c, True)}" height="520" src="{s}" width="780" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A11.render(p=jp, img=img)
        newer = heads11(rng, 3, avoid=[A11.title] + rl)
        nd = sorted((pub + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 8)) for _ in newer), reverse=True)
        return (f'<div class="news_column panel panel-default mttq-detail"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A11.title)}</h1>'
                f'<div class="mttq-meta"><span class="h5 text-muted"><em class="fa fa-calendar-o"></em> {esc(stamp)}</span> <span class="text-muted"><em class="fa fa-eye"></em> 1.018</span></div>'
                f'<div class="clearfix"><figure class="article center"><img alt="{esc(CAP11, True)}" src="/uploads/news/2025_12/cat-bang-ban-giao-nha.jpg" width="720" class="img-thumbnail" /><figcaption>{esc(CAP11)}</figcaption></figure>'
                f'<div class="hometext m-bottom"><em>{esc(A11.lead)}</em></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>CTV Lê Minh Châu</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Phong trào, Ủy ban MTTQ tỉnh</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                + nv_related(rng, "Những tin mới hơn", newer, nd, "/news/an-sinh-xa-hoi")
                + nv_related(rng, "Những tin cũ hơn", rl[:5], rd, "/news/an-sinh-xa-hoi")
                + '</div></div>')

    crumbs = nv_crumbs([("Trang nhất", "/"), ("Tin tức", "/news/"), ("An sinh xã hội", "/news/an-sinh-xa-hoi/")])

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A11.title])
        return (teasers(rng, "Hoạt động Mặt trận cơ sở", ts, past(pub_, rng, 5, 1, 20), ["Đinh Văn Hùng", "Phạm Thị Ngọc", "Lê Minh Châu", "Y Nhiên", "Trần Quốc Bảo"], lambda d: f"{wd(d)}, ngày {d.day} tháng {d.month} năm {d.year}", "panel mttq-teaser", base="/news/mat-tran-co-so")
                + '<div class="panel ung-ho"><div class="panel-heading">Ủng hộ đồng bào bị thiệt hại do mưa lũ</div><div class="panel-body"><p>Số tài khoản: 5401 0000 6789 12 - Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi, Ngân hàng TMCP Đầu tư và Phát triển Việt Nam.</p><p>Tổng số tiền đã tiếp nhận (cập nhật đến 17 giờ ngày 18/12/2025): 86,4 tỷ đồng.</p></div></div>'
                + links_box(["Ủy ban Trung ương MTTQ Việt Nam", "Báo Đại Đoàn Kết", "Báo Quảng Ngãi", "Cổng TTĐT tỉnh Quảng Ngãi"], "Liên kết", "panel lien-ket"))

    def top(rng, pub_):
        d = pub_ + timedelta(days=1)
        return (f'<div class="mttq-banner"><img src="/themes/mttq_qn/images/banner-mttq-quang-ngai.png" alt="Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi" /></div>'
                f'<div class="mttq-today">{wd(d)}, ngày {d.day} tháng {d.month} năm {d.year}</div>')

    head = og(A11.title, url, {"og:site_name": "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi", "og:description": A11.lead}) + NV_HEAD.format(v="4.5", t="mttq_qn", c="nv4c_Qn8t1")
    return page("s30-11", family="fatherland_front_nukeviet45_second_vendor_theme_stamp_in_words_ctv_author_field",
                name="quangngai-ubmttq-nukeviet45-vendor-theme-brcr-an-sinh-xa-hoi-h1-title-weekday-ngay-d-thang-m-nam-yyyy-dash-hh-mm-figure-article-center-italic-hometext-lead-ckeditor-figcaptions-tac-gia-ctv-name-nguon-tin-ban",
                url=url, art=A11, main_fn=main, pub=pub, prefix="mttq", kb=140,
                org="Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi", addr="Số 96 đường Nguyễn Nghiêm, phường Cẩm Thành, tỉnh Quảng Ngãi", phone="0255.3822.374",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv_party", "head_extra": head, "title": A11.title + " - An sinh xã hội - Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi", "items": MENU_MASS},
                exp=expected(A11, iso(pub), author="Lê Minh Châu", category="An sinh xã hội", captions=[CAP11] + A11.captions),
                traps={"bylines": ["CTV Lê Minh Châu"], "source": ["Nguồn tin:", "Ban Phong trào, Ủy ban MTTQ tỉnh"], "sidebar_bylines": ["Đinh Văn Hùng", "Phạm Thị Ngọc", "Y Nhiên", "Trần Quốc Bảo"],
                       "chrome": ["Những tin mới hơn", "Những tin cũ hơn", "Hoạt động Mặt trận cơ sở", "Tổng số tiền đã tiếp nhận (cập nhật đến 17 giờ ngày 18/12/2025): 86,4 tỷ đồng."], "related": lambda rl: rl[:5]},
                notes="A RELIEF HANDOVER on the site of an Ủy ban MTTQ Việt Nam tỉnh built on NukeViet 4.5 under a second provincial vendor's theme (the news module's markup kept: breadcrumbs, h1.title, figure.article.center + figcaption, div.hometext, #news-bodyhtml, the author and source fields). The stamp is printed in words: 'Thứ Sáu, ngày 19 tháng 12 năm 2025 - 09:45' → 2025-12-19T09:45:00+07:00; the banner's 'Thứ Bảy, ngày 20 tháng 12 năm 2025' (the crawl day) and the sidebar teasers ('Hoạt động Mặt trận cơ sở': dates in the same words AND writers, one of them the item's own writer with another item) are printed in the same shape; the donation box has its own 'cập nhật đến 17 giờ ngày 18/12/2025' (a figure's update, not the item's). Lead: the italic hometext. Captions: the lead figure's figcaption, then two CKEditor figcaptions in the text (three). Author field 'Tác giả: CTV Lê Minh Châu' → 'Lê Minh Châu' (the status prefix 'CTV' dropped); 'Nguồn tin: Ban Phong trào, Ủy ban MTTQ tỉnh' is the source field → author_unit null (set 13), even though it names a department. Crumb 'Trang nhất › Tin tức › An sinh xã hội' → category. Dates in the text: 18/12 (the handover), 31/01/2026 (a target).",
                readme="NukeViet 4.5 under a second vendor's theme, Ủy ban MTTQ tỉnh, a RELIEF HANDOVER: the stamp in words 'Thứ Sáu, ngày 19 tháng 12 năm 2025 - 09:45' (banner clock and sidebar teasers in the same words, the teasers with writers), italic hometext lead, figure.article + two CKEditor figcaptions, 'Tác giả: CTV Name' (prefix dropped) + 'Nguồn tin: Ban …' (source, no unit)")


# ===================================================================== 12 Đảng ủy xã Đức Hòa (Tây Ninh): WordPress + Kadence; a 'HỌC TẬP VÀ LÀM THEO BÁC' portrait; TWIST a closing quotation's attribution printed right-aligned bold, the byline's shape, at the end; the writer at the top
QUOTE12 = "“Bồi dưỡng thế hệ cách mạng cho đời sau là một việc rất quan trọng và rất cần thiết.”"
ATTR12 = "Chủ tịch Hồ Chí Minh"
A12 = Art("Người đảng viên già và lớp học tình thương bên bờ kênh",
          None,
          [("p", "Gần 18 năm nay, cứ đến 5 giờ chiều, căn nhà nhỏ của ông Nguyễn Văn Tư ở ấp Bình Tả lại rộn tiếng trẻ con. Lớp học tình thương không bảng hiệu, không học phí của người đảng viên 74 tuổi đã giúp hàng trăm học sinh nghèo trong xã theo kịp bạn bè."),
           ("p", "Ông Tư là cựu giáo viên, có 52 năm tuổi Đảng. Năm 2007, nghỉ hưu về quê, thấy nhiều đứa trẻ con nhà làm thuê, làm mướn học đuối vì cha mẹ đi làm ăn xa, ông ngỏ ý với chi bộ ấp mở lớp phụ đạo miễn phí. Lớp học đầu tiên chỉ có 7 em, học trên mấy chiếc bàn gỗ ông tự đóng."),
           ("img", "/wp-content/uploads/2025/08/lop-hoc-tinh-thuong-ong-tu.jpg", "Ông Nguyễn Văn Tư hướng dẫn học sinh làm bài tập toán"),
           ("p", "Đến nay, mỗi năm lớp duy trì từ 25 đến 30 em, chủ yếu là học sinh tiểu học và trung học cơ sở. Ngoài giờ học chữ, ông dạy các em kể chuyện về Bác Hồ, dạy cách sống tiết kiệm, biết thương ông bà, cha mẹ. Nhiều học trò cũ của ông nay đã là giáo viên, bác sĩ, có em trở về làm cán bộ Đoàn ở xã."),
           ("p", "Chị Lê Thị Thu Trang, giáo viên Trường Tiểu học Bình Tả, từng là học trò của lớp học tình thương, kể: “Hồi đó nhà em khó khăn lắm, không có tiền học thêm. Nhờ thầy Tư mà em thi đậu vào trường sư phạm. Bây giờ cuối tuần em vẫn về phụ thầy dạy các em nhỏ”."),
           ("img", "/wp-content/uploads/2025/08/tu-sach-lam-theo-loi-bac.jpg", "Tủ sách “Làm theo lời Bác” do chi bộ ấp Bình Tả vận động các nhà hảo tâm đóng góp"),
           ("p", "Từ lớp học của ông Tư, Chi bộ ấp Bình Tả đã vận động xây dựng tủ sách “Làm theo lời Bác” với hơn 1.200 đầu sách và phát động mô hình “Mỗi đảng viên đỡ đầu một học sinh khó khăn”. Năm 2025, mô hình được Đảng ủy xã đánh giá là mô hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."),
           ("p", "Nhân kỷ niệm 56 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh, Đảng ủy xã Đức Hòa đã tặng Giấy khen cho ông Nguyễn Văn Tư. Với ông, phần thưởng lớn nhất là thấy các em lớn lên, sống tử tế và có ích. Ông vẫn thường nhắc các em lời Bác dặn trong Di chúc:"),
           ("p", QUOTE12),
           ("p", ATTR12)])


def page12():
    pub = T("2025-09-01 16:20")
    site = "https://danguyxaduchoa.vn"
    url = f"{site}/nguoi-dang-vien-gia-va-lop-hoc-tinh-thuong-ben-bo-kenh/"

    def img(s, c, n):
        return f'<figure class="wp-block-image aligncenter size-large"><img decoding="async" width="900" height="600" src="{site}{s}" alt="" class="wp-image-{2210 + n}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'

    def p(t):
        if t == QUOTE12:
            return f'<p class="has-text-align-center"><em>{esc(t)}</em></p>'
        if t == ATTR12:
            return f'<p class="has-text-align-right"><strong>{esc(t)}</strong></p>'
        return f'<p>{esc(t)}</p>'

    def main(rng, rl, rd):
        body = A12.render(p=p, img=img)
        return (f'<div class="content-wrap"><article id="post-2209" class="entry content-bg single-entry post-2209 post type-post status-publish format-standard has-post-thumbnail hentry category-hoc-tap-va-lam-theo-bac">'
                f'<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">'
                f'<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="{site}/chuyen-muc/hoc-tap-va-lam-theo-bac/" rel="tag">Học tập và làm theo Bác</a></span></div>'
                f'<h1 class="entry-title">{esc(A12.title)}</h1>'
                f'<div class="entry-meta entry-meta-divider-vline"><span class="posted-by"><span class="meta-label">Bởi</span> <span class="author vcard"><a class="url fn n" href="{site}/author/thuhien/">Trần Thị Thu Hiền</a></span></span> '
                f'<span class="posted-on"><time class="entry-date published updated" datetime="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}">{dmy(pub)}</time></span></div></header>'
                f'<div class="entry-content single-content">{body}</div>'
                f'<footer class="entry-footer"><div class="tags-links"><span class="tags-label">Thẻ:</span> <a href="{site}/the/di-chuc-cua-bac/" rel="tag">Di chúc của Bác</a> <a href="{site}/the/guong-nguoi-tot/" rel="tag">Gương người tốt</a></div></footer></div></article>'
                f'<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="{site}/{slug(rl[0])}/" rel="prev"><div class="post-navigation-sub"><small>Trước</small></div>{esc(rl[0])}</a></div>'
                f'<div class="nav-next"><a href="{site}/{slug(rl[1])}/" rel="next"><div class="post-navigation-sub"><small>Tiếp</small></div>{esc(rl[1])}</a></div></div></nav>'
                f'<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><h2 class="entry-related-title">Bài viết tương tự</h2><div class="entry-related-carousel">'
                + "".join(f'<article class="entry content-bg loop-entry"><h3 class="entry-title"><a href="{site}/{slug(t)}/">{esc(t)}</a></h3><div class="entry-meta"><time class="entry-date published">{dmy(d)}</time></div></article>' for t, d in zip(rl[2:6], rd))
                + '</div></div></div></div>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A12.title])
        li = "".join(f'<li><a class="wp-block-latest-posts__post-title" href="#">{esc(t)}</a><time class="wp-block-latest-posts__post-date">{dmy(d)}</time></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 15)))
        return (f'<section class="widget widget_block"><h2 class="widget-title">Bài viết mới</h2><ul class="wp-block-latest-posts__list has-dates">{li}</ul></section>'
                + '<section class="widget widget_block"><h2 class="widget-title">Lời Bác dạy</h2><p><em>“Một năm khởi đầu từ mùa xuân. Một đời khởi đầu từ tuổi trẻ. Tuổi trẻ là mùa xuân của xã hội.”</em></p><p class="has-text-align-right"><strong>Hồ Chí Minh</strong></p></section>'
                + '<section class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul><li><a href="#">Tin hoạt động</a></li><li><a href="#">Học tập và làm theo Bác</a></li><li><a href="#">Văn bản</a></li></ul></section>')

    def top(rng, pub_):
        d = pub_ + timedelta(days=2)
        return (f'<div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="/" rel="home"><img width="90" height="90" src="/wp-content/uploads/2025/07/logo-dang.png" class="custom-logo" alt="" />'
                f'<div class="site-title-wrap"><p class="site-title">Đảng ủy xã Đức Hòa</p><p class="site-description">Trang thông tin điện tử - Tỉnh Tây Ninh</p></div></a></div><div class="header-html"><p>{wd(d)}, {dmy(d)}</p></div>')

    head = ("<link rel='stylesheet' id='kadence-global-css' href='/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all' />"
            "<style id='kadence-global-inline-css'>:root{--global-palette1:#b71c1c;--global-palette2:#8b0000;--global-palette3:#1a202c}.has-text-align-right{text-align:right}.has-text-align-center{text-align:center}</style>"
            + og(A12.title, url, {"og:site_name": "Đảng ủy xã Đức Hòa", "article:published_time": "2025-09-01T16:20:00+07:00"}))
    return page("s30-12", family="commune_party_wp_kadence_closing_quote_attribution_in_byline_shape",
                name="tayninh-duchoa-danguyxa-wordpress-kadence-entry-taxonomies-hoc-tap-va-lam-theo-bac-above-h1-boi-person-name-date-only-time-agrees-no-lead-wp-figcaptions-closing-quote-centred-italic-then-right-bold-attribution",
                url=url, art=A12, main_fn=main, pub=pub, prefix="kad", kb=130,
                org="Đảng ủy xã Đức Hòa", addr="Khu phố 1, xã Đức Hòa, tỉnh Tây Ninh", phone="0272.3850.214",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "kadence", "head_extra": head, "title": A12.title + " – Đảng ủy xã Đức Hòa", "charset_meta": False, "body_cls": "post-template-default single single-post postid-2209 wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header"},
                exp=expected(A12, iso(pub), author="Trần Thị Thu Hiền", category="Học tập và làm theo Bác", lead=None),
                traps={"chrome": ["Bài viết tương tự", "Bài viết mới", "Lời Bác dạy", "Một năm khởi đầu từ mùa xuân. Một đời khởi đầu từ tuổi trẻ. Tuổi trẻ là mùa xuân của xã hội.", "Thẻ:"], "related": lambda rl: rl[:6]},
                notes="TWIST: a 'HỌC TẬP VÀ LÀM THEO BÁC' portrait on an Đảng ủy xã's WordPress site (Kadence 1.2: div.entry-taxonomies with the category ABOVE the h1, div.entry-meta 'Bởi <author> | <time>', div.entry-content with Gutenberg blocks). The writer is printed at the TOP, in Kadence's author meta: 'Bởi Trần Thị Thu Hiền' — a person's name (set 27: a platform author field that prints a person is the author). The text ENDS with Bác's words from the Testament, a centred italic paragraph, and under it the attribution 'Chủ tịch Hồ Chí Minh' right-aligned and BOLD — exactly where and how this kind of site prints a byline. It is the quotation's attribution, the article's own words (the sentence before it introduces the quotation with a colon): the quotation and the attribution are body, the last two paragraphs; the author stays 'Trần Thị Thu Hiền'. An extractor that reads the last bold right line as the byline stores 'Hồ Chí Minh' as the writer (and drops two paragraphs) without any sign of failure. Stamp: date only '01/09/2025' in <time class='entry-date published updated' datetime='2025-09-01T16:20:00+07:00'> → T16:20 (set 25 MAJORITY: the agreeing time on the very stamp); one element carries both classes, so no update is shown. No lead (Kadence prints no excerpt). Captions: two wp-element-captions. The sidebar's 'Lời Bác dạy' widget repeats the pattern (a quotation, then a bold right 'Hồ Chí Minh') outside the article. Category: 'Học tập và làm theo Bác' (the taxonomy link above the title; no breadcrumb). Dates in the text: 'Năm 2007', 'Năm 2025', the 56th anniversary of the Testament (2/9/1969).",
                readme="TWIST the text ends with a quotation of Bác (centred italic) and its attribution 'Chủ tịch Hồ Chí Minh' printed right-aligned and BOLD — the byline's place and shape — while the writer is printed at the top ('Bởi Trần Thị Thu Hiền') → both lines are body, the author stays the writer; WordPress + Kadence, Đảng ủy xã, a 'Học tập và làm theo Bác' portrait: taxonomy above the h1 (category), date-only '01/09/2025' in an agreeing <time>, no lead, two wp-element-captions, a sidebar widget in the same quotation shape")


# ===================================================================== 13 Xã Na Sầm (Lạng Sơn): VHV CMS, news-detail layout type 1; a VISIT before Tết; 'HH:MM | Thứ …, dd/mm/yyyy' + '(Cập nhật: …)'; 'Name - unit'
A13 = Art("Lãnh đạo xã Na Sầm thăm, tặng quà Tết các gia đình chính sách",
          "Chiều 10/2, đồng chí Hoàng Văn Quyết, Bí thư Đảng ủy xã cùng đoàn công tác của xã đã đến thăm, tặng quà Tết Nguyên đán Bính Ngọ 2026 các gia đình chính sách, người có công tiêu biểu trên địa bàn.",
          [("p", "Đoàn đã đến thăm, tặng quà gia đình Mẹ Việt Nam anh hùng Lương Thị Nhì (đã mất) ở thôn Khòn Pát, do con trai là ông Hoàng Văn Hặc thờ cúng; thương binh hạng 2/4 Nông Văn Sáu ở khối phố 3 và gia đình liệt sĩ Vi Văn Thắng ở thôn Nà Pàn."),
           ("img", "/Upload/2026/02/tham-gia-dinh-chinh-sach-khon-pat.jpg", "Đồng chí Hoàng Văn Quyết, Bí thư Đảng ủy xã tặng quà gia đình Mẹ Việt Nam anh hùng Lương Thị Nhì"),
           ("p", "Tại các gia đình, đồng chí Bí thư Đảng ủy xã ân cần hỏi thăm sức khỏe, đời sống; bày tỏ lòng biết ơn sâu sắc đối với những hy sinh, cống hiến của các thương binh, liệt sĩ và gia đình người có công cho sự nghiệp giải phóng dân tộc, bảo vệ biên giới Tổ quốc."),
           ("p", "“Tết này chính quyền mới về tận nhà thăm hỏi, lại có quà, gia đình tôi vui lắm. Tôi mong các cháu cán bộ xã giữ gìn sức khỏe, làm việc tốt để bà con được nhờ”, ông Nông Văn Sáu nói."),
           ("img", "/Upload/2026/02/tham-thuong-binh-khoi-pho-3.jpg", "Đoàn công tác thăm thương binh Nông Văn Sáu ở khối phố 3"),
           ("p", "Dịp Tết Nguyên đán Bính Ngọ 2026, xã Na Sầm trao tổng cộng 412 suất quà cho các gia đình chính sách, người có công, hộ nghèo, hộ cận nghèo với tổng trị giá hơn 330 triệu đồng từ nguồn ngân sách Trung ương, tỉnh, xã và các nhà hảo tâm."),
           ("p", "Từ nay đến ngày 15/2 (tức ngày 28 tháng Chạp), các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND, UBND, Ủy ban MTTQ xã tiếp tục chia thành 4 đoàn đi thăm, chúc Tết các thôn, khối phố, đồn biên phòng và các cơ quan, đơn vị đóng trên địa bàn.")])
BYL13 = "Hồng Vân - Trung tâm Dịch vụ tổng hợp xã Na Sầm"


def page13():
    pub = T("2026-02-10 16:45")
    upd = T("2026-02-11 08:30")
    site = "https://nasam.langson.gov.vn"
    url = f"{site}/tin-tuc/lanh-dao-xa-na-sam-tham-tang-qua-tet-cac-gia-dinh-chinh-sach.html"
    st = lambda d: f"{hm(d)} | {wd(d)}, {dmy(d)}"

    def img(s, c, n):
        return f'<div class="image-box" style="text-align:center"><img src="{s}" alt="" style="max-width:100%" /><p class="image-caption"><em>{esc(c)}</em></p></div>'

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=img) + right_bold(BYL13)
        rel_ = "".join(f'<article class="list-news-one"><h2 class="h4 title"><a href="{site}/tin-tuc/{slug(t)}.html">{esc(t)}</a></h2><span class="date">({dmy(d)})</span></article>' for t, d in zip(rl[:6], rd))
        return (f'<div class="ModuleWrapper" moduleRootId="17" id="module17"><article id="article17" class="news-detail-layout-type-1" itemscope itemtype="https://schema.org/NewsArticle">'
                f'<meta itemprop="datePublished" content="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}" /><meta itemprop="dateModified" content="{upd.strftime("%Y-%m-%dT%H:%M:%S+07:00")}" />'
                f'<div class="article-header"><h1 class="title-detail" itemprop="headline">{esc(A13.title)}</h1>'
                f'<div class="post-info"><span class="post-date"><i class="fa fa-clock-o"></i> {st(pub)}</span> <span class="post-update">(Cập nhật: {st(upd)})</span></div>'
                f'<div class="block_share"><a href="javascript:void(0)" class="font-down">A-</a> <a href="javascript:void(0)" class="font-normal">A</a> <a href="javascript:void(0)" class="font-up">A+</a> <a href="javascript:printArticle(\'65c7a0f2e1b3c84d9a2f6b11\')">In</a> <a href="#" class="mail">Gửi email</a></div></div>'
                f'<div class="brief" itemprop="description">{esc(A13.lead)}</div>'
                f'<div class="content-detail" itemprop="articleBody">{body}</div>'
                f'<div class="rating">Tổng số điểm của bài viết là: 18 trong 4 đánh giá</div></article></div>'
                f'<div class="panel frame-involve"><div class="panel-heading"><div class="panel-title">Tin liên quan</div></div><section class="section-list Article-News-Detail-default">{rel_}</section></div>')

    crumbs = ('<div class="pathway-category"><ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">'
              '<li class="first-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc-su-kien"><span itemprop="name">Tin tức - Sự kiện</span></a><meta itemprop="position" content="2" /></li>'
              '<li class="last-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tin-tuc-su-kien/hoat-dong-cua-xa"><span itemprop="name">Hoạt động của xã</span></a><meta itemprop="position" content="3" /></li></ol></div>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A13.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a> <span class="date">{st(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 0, 8)))
        return (f'<div class="ModuleWrapper" moduleRootId="21"><div class="panel"><div class="panel-heading">Tin mới</div><ul>{li}</ul></div></div>'
                + '<div class="ModuleWrapper" moduleRootId="23"><div class="panel"><div class="panel-heading">Lịch trực Tết</div><p>UBND xã bố trí trực Tết Nguyên đán Bính Ngọ từ ngày 14/02/2026 đến hết ngày 22/02/2026. Điện thoại trực: 0205.3880.214.</p></div></div>'
                + '<div class="ModuleWrapper" moduleRootId="25"><div class="panel"><div class="panel-heading">Dịch vụ công</div><a href="#">Nộp hồ sơ trực tuyến</a><br /><a href="#">Tra cứu kết quả giải quyết hồ sơ</a></div></div>')

    def top(rng, pub_):
        d = pub_ + timedelta(hours=17, minutes=20)
        return (f'<div class="header-inner"><img src="/Themes/vhv/images/quoc-huy.png" alt="" width="60" /><div class="site-name"><p>ỦY BAN NHÂN DÂN XÃ NA SẦM</p><p>TỈNH LẠNG SƠN</p></div>'
                f'<div class="header-time">{st(d)}</div></div>')

    head = og(A13.title, url, {"og:description": A13.lead}) + '<script src="/3rdparty/jquery/jquery-1.12.4.min.js"></script><script>var VHV={siteId:"65a1b2c3d4e5f60718293a4b",lang:"vi",module:"Article.Detail",itemId:"65c7a0f2e1b3c84d9a2f6b11"};</script>'
    return page("s30-13", family="commune_portal_vhv_layout_type_1_visit_update_stamp_name_dash_unit",
                name="langson-nasam-xa-vhv-cms-news-detail-layout-type-1-breadcrumblist-hoat-dong-cua-xa-h1-title-detail-hh-mm-pipe-weekday-dd-mm-yyyy-cap-nhat-paren-brief-lead-image-caption-em-bold-right-name-dash-trung-tam-dich-vu-tong-hop-xa",
                url=url, art=A13, main_fn=main, pub=pub, prefix="vhv", kb=135,
                org="Ủy ban nhân dân xã Na Sầm", addr="Khối phố 2, xã Na Sầm, tỉnh Lạng Sơn", phone="0205.3880.214",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "vhv", "head_extra": head, "title": A13.title + " - Cổng thông tin điện tử xã Na Sầm", "items": MENU_GOV},
                exp=expected(A13, iso(pub), updated=iso(upd), author="Hồng Vân", unit="Trung tâm Dịch vụ tổng hợp xã Na Sầm", category="Hoạt động của xã"),
                traps={"bylines": [BYL13], "chrome": ["Tổng số điểm của bài viết là: 18 trong 4 đánh giá", "Tin liên quan", "Lịch trực Tết", "Điện thoại trực: 0205.3880.214.", "Dịch vụ công"], "related": lambda rl: rl[:5]},
                notes="A VISIT before Tết on a commune portal built on the VHV CMS, article layout 'news-detail-layout-type-1' (set 28 used layout type 2: stamp 'H:i:s | d/m/Y' above the title). Type 1 prints the h1.title-detail first, then div.post-info with the time FIRST, a pipe, then the weekday and date: '16:45 | Thứ Ba, 10/02/2026' → 2026-02-10T16:45:00+07:00 and '(Cập nhật: 08:30 | Thứ Tư, 11/02/2026)' → updated 2026-02-11T08:30:00+07:00 (meta itemprop times agree). The header prints the crawl moment in the same shape ('10:05 | Thứ Tư, 11/02/2026'), and so does the 'Tin mới' list; the 'Lịch trực Tết' box has future days. Lead: div.brief. Captions: two centred <em> in p.image-caption under the pictures. Byline: the bold right 'Hồng Vân - Trung tâm Dịch vụ tổng hợp xã Na Sầm' → author 'Hồng Vân', unit 'Trung tâm Dịch vụ tổng hợp xã Na Sầm' (a commune's service centre after the 2025 reorganisation). Crumb (schema.org BreadcrumbList) 'Trang chủ › Tin tức - Sự kiện › Hoạt động của xã' → category. Dates in the text: 'Chiều 10/2', '15/2 (tức ngày 28 tháng Chạp)'.",
                readme="VHV CMS, news-detail layout type 1, a commune portal, a VISIT before Tết: '16:45 | Thứ Ba, 10/02/2026' + '(Cập nhật: 08:30 | Thứ Tư, 11/02/2026)' (header clock and lists in the same shape), div.brief lead, centred <em> captions, bold right 'Name - Trung tâm Dịch vụ tổng hợp xã …' (author + unit), BreadcrumbList 'Hoạt động của xã'")


# ===================================================================== 14 Hội Cựu TNXP tỉnh Thái Nguyên: Sapo Web (Bizweb) blog article; a HOUSING GIFT; 'Đăng bởi: <office account>' + date only; italic right writer
A14 = Art("Trao 5 ngôi nhà nghĩa tình cho hội viên cựu thanh niên xung phong khó khăn",
          None,
          [("p", "Ngày 4/10, Hội Cựu thanh niên xung phong tỉnh tổ chức lễ bàn giao 5 ngôi nhà nghĩa tình cho hội viên có hoàn cảnh khó khăn về nhà ở tại các xã Phú Bình, Đại Phúc, Na Rì và phường Đức Xuân. Mỗi ngôi nhà được hỗ trợ 70 triệu đồng từ Quỹ “Nghĩa tình đồng đội” của Hội và các doanh nghiệp đồng hành."),
           ("p", "Đây là kết quả của đợt vận động “Mái ấm cho đồng đội” năm 2025 mà Hội phát động từ tháng 5. Sau 5 tháng, các cấp hội đã vận động được hơn 480 triệu đồng, vật liệu xây dựng và hơn 600 ngày công của hội viên, đoàn viên thanh niên."),
           ("img", "/100/512/318/files/ban-giao-nha-nghia-tinh-phu-binh.jpg", "Lãnh đạo Hội Cựu TNXP tỉnh trao biển nhà nghĩa tình cho gia đình bà Dương Thị Lan, xã Phú Bình"),
           ("p", "Bà Dương Thị Lan, 71 tuổi, nguyên thanh niên xung phong Đội 34 trên tuyến đường Trường Sơn, sống một mình trong căn nhà cấp bốn xuống cấp nhiều năm. “Ngày xưa anh chị em cùng nhau mở đường, giờ đồng đội lại cùng nhau dựng nhà cho tôi. Tôi không biết nói gì hơn ngoài lời cảm ơn”, bà xúc động."),
           ("p", "Phát biểu tại buổi lễ, đồng chí Chủ tịch Hội Cựu TNXP tỉnh cho biết, toàn tỉnh hiện còn 37 hội viên có nhà ở tạm, dột nát. Hội đặt mục tiêu đến hết năm 2026 hỗ trợ xây mới, sửa chữa nhà cho toàn bộ số hội viên này."),
           ("img", "/100/512/318/files/nha-nghia-tinh-na-ri.jpg", "Ngôi nhà nghĩa tình vừa hoàn thành của hội viên ở xã Na Rì"),
           ("p", "Dịp này, Hội trao 20 suất quà, mỗi suất 1 triệu đồng cho hội viên ốm đau, bệnh tật; tặng Giấy khen cho 6 tập thể, 11 cá nhân có nhiều đóng góp trong đợt vận động.")])


def page14():
    pub = T("2025-10-06 09:00")
    site = "https://cuutnxpthainguyen.vn"
    url = f"{site}/trao-5-ngoi-nha-nghia-tinh-cho-hoi-vien-cuu-thanh-nien-xung-phong-kho-khan"
    cdn = "https://bizweb.dktcdn.net"

    def img(s, c, n):
        return f'<p style="text-align: center;"><img data-thumb="original" original-height="600" original-width="900" src="{cdn}{s}" /></p><p style="text-align: center;"><span style="font-size:13px;"><em>{esc(c)}</em></span></p>'

    def main(rng, rl, rd):
        body = A14.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=img) + right_em("Lương Thị Mai")
        recent = "".join(f'<div class="item-blog"><a class="image-blog" href="{site}/{slug(t)}"><img src="{cdn}/thumb/large/100/512/318/articles/{hexid(rng, 8)}.jpg" alt="{esc(t, True)}" /></a><h3><a href="{site}/{slug(t)}">{esc(t)}</a></h3><span class="post-time">{dmy(d)}</span></div>' for t, d in zip(rl[:4], rd))
        return (f'<div class="article-main"><div class="row"><div class="col-12"><div class="article-details"><h1 class="article-title"><a href="{url}">{esc(A14.title)}</a></h1>'
                f'<div class="date"><i class="fa fa-calendar"></i> <span>Ngày đăng: {dmy(pub)}</span> <span class="author"><i class="fa fa-user"></i> Đăng bởi: <span>Văn phòng Hội</span></span></div>'
                f'<div class="article-content"><div class="rte">{body}</div></div></div></div>'
                f'<div class="col-12"><div class="tag-share"><div class="tags-blog"><span>Tags:</span> <a href="/blogs/all/tagged/nha-nghia-tinh">nhà nghĩa tình</a>, <a href="/blogs/all/tagged/cuu-tnxp">cựu TNXP</a></div></div></div>'
                f'<div class="col-12"><form accept-charset="UTF-8" action="/posts/{slug(A14.title)}/comments" id="article_comments" method="post"><input name="FormType" type="hidden" value="article_comments" /><input name="utf8" type="hidden" value="true" />'
                f'<div class="form-coment"><h5 class="title-form-coment">Viết bình luận của bạn:</h5><input placeholder="Họ tên" type="text" name="Author" /><input placeholder="Email" type="email" name="Email" /><textarea placeholder="Nội dung" name="Body"></textarea><button type="submit" class="btn">Gửi thông tin</button></div></form></div></div></div>'
                f'<div class="blog-related"><h2 class="title-module">Bài viết liên quan</h2>{recent}</div>')

    crumbs = (f'<ul class="breadcrumb"><li class="home"><a href="/"><span>Trang chủ</span></a><span class="mr_lr">&nbsp;/&nbsp;</span></li>'
              f'<li><a class="changeurl" href="/hoat-dong-hoi"><span>Hoạt động Hội</span></a><span class="mr_lr">&nbsp;/&nbsp;</span></li><li><strong><span>{esc(A14.title)}</span></strong></li></ul>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A14.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a><span class="post-time">{dmy(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 25)))
        return (f'<div class="aside-item"><div class="aside-title"><h2 class="title-head">Danh mục</h2></div><ul><li><a href="/hoat-dong-hoi">Hoạt động Hội</a></li><li><a href="/nghia-tinh-dong-doi">Nghĩa tình đồng đội</a></li><li><a href="/ky-uc-tnxp">Ký ức TNXP</a></li></ul></div>'
                f'<div class="aside-item"><div class="aside-title"><h2 class="title-head">Tin mới</h2></div><ul class="blog-list">{li}</ul></div>'
                '<div class="aside-item"><div class="aside-title"><h2 class="title-head">Quỹ Nghĩa tình đồng đội</h2></div><p>Mọi đóng góp xin gửi về: Hội Cựu TNXP tỉnh Thái Nguyên, số tài khoản 3901 0000 2233 44.</p></div>')

    def top(rng, pub_):
        return ('<div class="logo"><a href="/" class="logo-wrapper"><img src="https://bizweb.dktcdn.net/100/512/318/themes/931201/assets/logo.png?1758000000000" alt="Hội Cựu thanh niên xung phong tỉnh Thái Nguyên" /></a></div>'
                '<div class="header-hotline">Hotline: <a href="tel:02083855667">0208.3855.667</a></div>')

    def left(rng, pub_):
        d = pub_ + timedelta(days=1)
        return f'<span class="topbar-date">{wd(d)}, {dmy(d)}</span> <span class="topbar-mail">Email: hoicuutnxp.tn@gmail.example</span>'

    scripts = ('<script>var Bizweb = Bizweb || {}; Bizweb.store = "cuutnxpthainguyen.mysapo.net"; Bizweb.id = 512318; Bizweb.theme = {"id":931201,"role":"main","name":"Dola Blog"}; Bizweb.template = "article";</script>'
               '<script src="//bizweb.dktcdn.net/assets/themes_support/api.jquery.js" type="text/javascript"></script><script src="https://sp.zalo.me/plugins/sdk.js"></script>'
               '<div class="zalo-chat-widget" data-oaid="2398120391021" data-welcome-message="Hội Cựu TNXP tỉnh Thái Nguyên xin chào!" data-autopopup="0" data-width="" data-height=""></div>')
    head = (og(A14.title, url, {"og:site_name": "Hội Cựu thanh niên xung phong tỉnh Thái Nguyên"}) + '<link rel="preload" as="style" href="//bizweb.dktcdn.net/100/512/318/themes/931201/assets/main.scss.css?1758000000000" />'
            + jsonld({"@context": "http://schema.org", "@type": "BlogPosting", "headline": A14.title, "datePublished": "2025-10-06T02:00:00Z", "author": {"@type": "Person", "name": "Văn phòng Hội"}}))
    return page("s30-14", family="youth_volunteer_veterans_association_sapo_web_blog_account_date_only",
                name="thainguyen-hoicuutnxp-sapo-web-bizweb-blog-article-breadcrumb-hoat-dong-hoi-ending-in-title-h1-article-title-ngay-dang-dd-mm-yyyy-date-only-dang-boi-office-account-no-lead-centred-em-captions-italic-right-name",
                url=url, art=A14, main_fn=main, pub=pub, prefix="sapo", kb=150,
                org="Hội Cựu thanh niên xung phong tỉnh Thái Nguyên", addr="Số 12 đường Hoàng Văn Thụ, phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.667",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "sapo", "head_extra": head, "title": A14.title + " | Hội Cựu TNXP tỉnh Thái Nguyên", "items": MENU_MASS, "left": left, "scripts": scripts},
                exp=expected(A14, isod(pub), author="Lương Thị Mai", category="Hoạt động Hội", lead=None),
                traps={"account": ["Đăng bởi:", "Văn phòng Hội"], "chrome": ["Viết bình luận của bạn:", "Gửi thông tin", "Bài viết liên quan", "Tags:", "Quỹ Nghĩa tình đồng đội", "Hotline:"], "related": lambda rl: rl[:4]},
                notes="A HOUSING GIFT on the site of a provincial Hội Cựu thanh niên xung phong built on Sapo Web (the Vietnamese hosted site builder, formerly Bizweb: Liquid-like theme 'Dola Blog', bizweb.dktcdn.net assets, Bizweb.template = 'article', a Zalo chat widget). The article template prints 'Ngày đăng: 06/10/2025' — DATE ONLY, no <time> element → '2025-10-06'; the JSON-LD's 02:00Z (09:00 local) is machine-only and is not added (set 25). 'Đăng bởi: Văn phòng Hội' is the store's staff account named after the association's office (set 27: an account, not an author — and not a unit either: it is the platform's author field, not a signature). The writer signs at the end in italic right: 'Lương Thị Mai' → author. No lead (the template prints no summary). Captions: two centred <em> in small spans under the pictures. Crumb 'Trang chủ / Hoạt động Hội / <headline in bold>' ends in the item → category 'Hoạt động Hội' (set 27). The topbar's day is the crawl day; the 'Tin mới' and related lists print dates. Dates in the text: 'Ngày 4/10' (the handover, two days before the item), 'từ tháng 5', 'hết năm 2026'.",
                readme="Sapo Web (Bizweb) blog article, Hội Cựu TNXP tỉnh, a HOUSING GIFT: 'Ngày đăng: 06/10/2025' date only (a JSON-LD time not added), 'Đăng bởi: Văn phòng Hội' (a staff account named after an office), no lead, centred small <em> captions, italic right writer's name, crumb ending in the headline (category = the level before)")


# ===================================================================== 15 Phường Thuận Hóa (Huế): ASP.NET Core 8 Razor Pages; VOTER LISTS posted; .NET 'f' stamp (ICU culture data); 'Tin: A, ảnh: B'; no category
A15 = Art("Phường Thuận Hóa niêm yết danh sách cử tri tại 42 khu vực bỏ phiếu",
          "Sáng 3/2, Ủy ban nhân dân phường Thuận Hóa đồng loạt niêm yết danh sách cử tri bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 tại 42 khu vực bỏ phiếu trên địa bàn.",
          [("p", "Theo Ủy ban nhân dân phường, tổng số cử tri của phường là 68.412 người. Danh sách cử tri được niêm yết tại trụ sở UBND phường, nhà văn hóa các tổ dân phố và những nơi công cộng, đúng thời hạn 40 ngày trước ngày bầu cử theo quy định của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân."),
           ("img", "/uploads/tin-tuc/2026/02/niem-yet-danh-sach-cu-tri-to-dan-pho-5.jpg", "Người dân tổ dân phố 5 kiểm tra thông tin trong danh sách cử tri"),
           ("p", "Ngay trong buổi sáng, nhiều người dân đã đến xem, đối chiếu thông tin của bản thân và gia đình. Tại mỗi điểm niêm yết đều có cán bộ tổ dân phố hướng dẫn, tiếp nhận ý kiến nếu phát hiện sai sót về họ tên, ngày sinh hoặc người đủ điều kiện nhưng chưa có tên."),
           ("p", "Cùng với niêm yết trực tiếp, phường phối hợp với Công an phường hướng dẫn cử tri tra cứu thông tin trên ứng dụng VNeID; lập danh sách riêng cử tri là sinh viên, người lao động tạm trú để bảo đảm không bỏ sót."),
           ("p", "Ông Trần Văn Bình, tổ dân phố 7 cho biết: “Gia đình tôi có 5 người đủ tuổi đi bầu, đã kiểm tra thấy tên đầy đủ, chính xác. Tôi thấy việc niêm yết ở ngay nhà văn hóa rất thuận tiện”."),
           ("p", "Thời gian niêm yết kéo dài đến ngày bầu cử. Trong thời gian này, Ủy ban nhân dân phường tiếp tục tiếp nhận, giải quyết khiếu nại về danh sách cử tri và chuẩn bị niêm yết tiểu sử tóm tắt của những người ứng cử theo quy định.")])
CAP15 = A15.captions


def page15():
    pub = T("2026-02-04 10:15")
    site = "https://thuanhoa.hue.gov.vn"
    url = f"{site}/tin-tuc/chi-tiet/2187/phuong-thuan-hoa-niem-yet-danh-sach-cu-tri-tai-42-khu-vuc-bo-phieu"
    g = lambda d: f"{wd(d)}, {d.day} tháng {d.month}, {d.year} {hm(d)}"

    def img(s, c, n):
        return f'<figure class="figure d-block text-center"><img src="{s}" class="figure-img img-fluid rounded" alt="{esc(c, True)}" /><figcaption class="figure-caption text-center">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A15.render(p=lambda t: f'<p class="text-justify">{esc(t)}</p>', img=img)
        tok = "CfDJ8" + b64blob(rng, 150).replace("+", "-").replace("/", "_")
        others = "".join(f'<li class="list-group-item"><a href="{site}/tin-tuc/chi-tiet/{rng.randint(2000, 2186)}/{slug(t)}">{esc(t)}</a> <small class="text-muted">{g(d)}</small></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="page-header"><h2 class="page-title">Tin tức</h2></div>'
                f'<article class="news-detail"><h1 class="news-detail__title">{esc(A15.title)}</h1>'
                f'<p class="news-detail__meta text-muted"><i class="bi bi-clock"></i> {g(pub)} <span class="mx-2">|</span> <i class="bi bi-eye"></i> 832 lượt xem</p>'
                f'<p class="lead">{esc(A15.lead)}</p><div class="news-detail__content">{body}</div>'
                f'<p class="text-end fw-bold">Tin: Hoàng Yến, ảnh: Minh Khoa</p>'
                f'<form method="post" class="news-detail__feedback" action="/tin-tuc/chi-tiet/2187?handler=GopY"><label for="gopy">Góp ý về bài viết</label><textarea id="gopy" name="NoiDung" class="form-control"></textarea>'
                f'<button type="submit" class="btn btn-primary btn-sm">Gửi góp ý</button><input name="__RequestVerificationToken" type="hidden" value="{tok}" /></form></article>'
                f'<div class="card mt-4"><div class="card-header">Tin khác</div><ul class="list-group list-group-flush">{others}</ul></div>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A15.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a><br /><small>{g(d)}</small></li>' for t, d in zip(ts, past(pub_, rng, 5, 0, 10)))
        return (f'<div class="card mb-3"><div class="card-header">Tin mới</div><div class="card-body"><ul class="list-unstyled">{li}</ul></div></div>'
                + '<div class="card mb-3 election"><div class="card-header">Bầu cử 2026</div><div class="card-body"><p>Ngày bầu cử: Chủ nhật, 15/3/2026</p><p>Tra cứu khu vực bỏ phiếu của bạn trên ứng dụng VNeID.</p></div></div>'
                + '<div class="card mb-3"><div class="card-header">Liên hệ</div><div class="card-body"><p>Bộ phận Một cửa phường: 0234.3822.516</p></div></div>')

    def top(rng, pub_):
        d = pub_ + timedelta(days=2)
        return (f'<div class="container d-flex align-items-center py-2"><img src="/img/quoc-huy.svg" alt="" width="56" /><div class="ms-2"><div class="site-title">CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG THUẬN HÓA</div><div class="site-sub">Thành phố Huế</div></div>'
                f'<div class="ms-auto today">Hôm nay: {wd(d)}, {dmy(d)}</div></div>')

    head = ('<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" /><link rel="stylesheet" href="/css/site.css?v=Jx7kQm0cT3y9PbR2vWq1eLs8uZ4aN6hDfG5oI0pYtKc" />'
            '<link rel="stylesheet" href="/ThuanHoa.Portal.styles.css?v=Hq2x9LkT0Wm3aPz8cV1bN5rS7dF4gJ6yE2uQ0oI1tKw" />' + og(A15.title, url))
    return page("s30-15", family="ward_portal_aspnet_core_razor_pages_voter_lists_dotnet_f_stamp_no_category",
                name="hue-thuanhoa-phuong-aspnet-core8-razor-pages-bootstrap5-generic-page-header-tin-tuc-no-crumb-h1-dotnet-f-icu-weekday-d-thang-m-yyyy-hh-mm-p-lead-figure-caption-text-end-tin-name-comma-anh-name-request-verification-token",
                url=url, art=A15, main_fn=main, pub=pub, prefix="rz", kb=120,
                org="Ủy ban nhân dân phường Thuận Hóa", addr="Số 24 đường Tố Hữu, phường Thuận Hóa, thành phố Huế", phone="0234.3822.516",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "razor", "head_extra": head, "title": "Chi tiết tin - Cổng TTĐT phường Thuận Hóa", "items": MENU_GOV},
                exp=expected(A15, iso(pub), author="Hoàng Yến", photographer="Minh Khoa", category=None),
                traps={"bylines": ["Tin: Hoàng Yến, ảnh: Minh Khoa"], "chrome": ["832 lượt xem", "Góp ý về bài viết", "Gửi góp ý", "Tin khác", "Ngày bầu cử: Chủ nhật, 15/3/2026", "Bộ phận Một cửa phường: 0234.3822.516"], "related": lambda rl: rl[:5]},
                notes="The posting of VOTER LISTS on the portal of a ward set up after July 2025, built by a local vendor on ASP.NET Core 8 Razor Pages (Bootstrap 5, scoped CSS bundle '<Project>.styles.css', an antiforgery __RequestVerificationToken in the feedback form). The stamp is .NET 8's 'f' pattern (full date, short time) for vi-VN on Linux, where the culture data come from ICU ('dddd, d MMMM, yyyy HH:mm', months 'tháng 2'): 'Thứ Tư, 4 tháng 2, 2026 10:15' → 2026-02-04T10:15:00+07:00 (day unpadded, month as a number after 'tháng'); the 'Tin khác' and 'Tin mới' lists print the same shape; the header's 'Hôm nay: Thứ Sáu, 06/02/2026' is the crawl day; the election box prints the election day. Lead: p.lead. Caption: a Bootstrap figure-caption. Byline 'Tin: Hoàng Yến, ảnh: Minh Khoa' (bold, right, after the text) → author 'Hoàng Yến', photographer 'Minh Khoa' (the roles joined by a comma this time). Category: none — no breadcrumb, and the page header 'Tin tức' is generic (set 29) → null. Dates in the text: 'Sáng 3/2' (the posting, the day before the item), '40 ngày trước ngày bầu cử'.",
                readme="ASP.NET Core 8 Razor Pages, a ward portal, VOTER LISTS: .NET 'f' on ICU 'Thứ Tư, 4 tháng 2, 2026 10:15' (lists in the same shape), p.lead, a Bootstrap figure-caption, 'Tin: A, ảnh: B' (author and photographer split by a comma), a generic page header 'Tin tức' and no crumb (category null)")


# ===================================================================== 16 Ban Nội chính Tỉnh ủy Đồng Nai: a local vendor's CakePHP 4 CMS; a CONFERENCE on anti-corruption work; 'Ngày xuất bản' + 'Cập nhật lần cuối'; a collective credit in capitals
A16 = Art("Hội nghị sơ kết công tác phòng, chống tham nhũng, lãng phí, tiêu cực năm 2025",
          "Chiều 23/12, Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh tổ chức hội nghị sơ kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Trưởng Ban Nội chính Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì hội nghị.",
          [("p", "Năm 2025, các cấp ủy, tổ chức đảng trong tỉnh đã tập trung lãnh đạo, chỉ đạo công tác phòng, chống tham nhũng, lãng phí, tiêu cực gắn với việc sắp xếp tổ chức bộ máy, hợp nhất tỉnh và vận hành chính quyền địa phương hai cấp. Công tác kiểm kê, bàn giao tài sản, hồ sơ, tài liệu khi sắp xếp được thực hiện chặt chẽ, công khai."),
           ("p", "Qua thanh tra, kiểm tra, kiểm toán, các cơ quan chức năng đã kiến nghị thu hồi hơn 214 tỷ đồng và 36 ha đất; đã thu hồi được 168 tỷ đồng, đạt 78,5%. Các cơ quan tiến hành tố tụng đã khởi tố mới 27 vụ, 64 bị can về tội tham nhũng, chức vụ; xét xử sơ thẩm 22 vụ, 51 bị cáo."),
           ("img", "/files/upload/2025/12/24/hoi-nghi-so-ket-pctn-2025.jpg", "Quang cảnh hội nghị sơ kết công tác phòng, chống tham nhũng, lãng phí, tiêu cực năm 2025"),
           ("p", "Đáng chú ý, công tác phòng, chống lãng phí được đẩy mạnh. Toàn tỉnh đã rà soát 412 trụ sở, cơ sở nhà, đất dôi dư sau sắp xếp; đến nay đã có phương án xử lý 287 cơ sở, trong đó chuyển 96 cơ sở sang làm trường học, trạm y tế, nhà văn hóa và các công trình công cộng."),
           ("p", "Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế: việc phát hiện tham nhũng qua tự kiểm tra, giám sát của cơ quan, đơn vị còn ít; một số vụ án kéo dài; tiến độ thu hồi tài sản ở một số vụ việc còn chậm; việc xử lý nhà, đất dôi dư ở một số địa phương chưa kịp thời, gây lãng phí."),
           ("p", "Phát biểu kết luận, đồng chí Trưởng Ban Nội chính Tỉnh ủy yêu cầu năm 2026 các cơ quan, đơn vị tập trung xử lý dứt điểm các vụ án, vụ việc nghiêm trọng, phức tạp dư luận xã hội quan tâm; nâng cao hiệu quả thu hồi tài sản; hoàn thành xử lý trụ sở dôi dư trong quý II/2026; tăng cường kiểm soát quyền lực trong công tác cán bộ, nhất là trong bầu cử đại biểu Quốc hội và HĐND các cấp."),
           ("p", "Dịp này, Ban Chỉ đạo tỉnh tặng Giấy khen cho 8 tập thể, 15 cá nhân có thành tích xuất sắc trong công tác phòng, chống tham nhũng, lãng phí, tiêu cực năm 2025.")])
BYL16 = "NHÓM PV"


def page16():
    pub = T("2025-12-24 08:10")
    upd = T("2025-12-24 15:30")
    site = "https://noichinh.dongnai.dcs.vn"
    url = f"{site}/tin-tuc/hoi-nghi-so-ket-cong-tac-phong-chong-tham-nhung-lang-phi-tieu-cuc-nam-2025-1388.html"
    cap2 = "Đồng chí Trưởng Ban Nội chính Tỉnh ủy phát biểu kết luận hội nghị"

    def img(s, c, n):
        return f'<figure class="image"><img src="{s}" alt="" class="img-fluid" width="900" height="600" /><figcaption>{esc(c)}</figcaption></figure>'

    def csrf(rng):
        return f'<div style="display:none;"><input type="hidden" name="_csrfToken" autocomplete="off" value="{b64blob(rng, 120).replace("/", "_").replace("+", "-")}"/></div>'

    def main(rng, rl, rd):
        pic2 = (f'<p class="text-center"><img src="/files/upload/2025/12/24/truong-ban-ket-luan.jpg" alt="" class="img-fluid" /></p>'
                f'<p class="text-center"><small><em>{esc(cap2)}</em></small></p>')
        # the CKEditor text: the bold first paragraph (lead), then the blocks; the second picture (a plain image + a centred small line) before the closing remarks
        body = f'<p style="text-align:justify"><strong>{esc(A16.lead)}</strong></p>' + A16.render(p=lambda t: (pic2 if t.startswith("Phát biểu kết luận") else "") + jp(t), img=img)
        others = "".join(f'<li><a href="{site}/tin-tuc/{slug(t)}-{rng.randint(1200, 1387)}.html">{esc(t)}</a> <span class="date">{dmy(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<article class="news-view"><h1 class="news-view__title">{esc(A16.title)}</h1>'
                f'<ul class="news-view__meta list-inline"><li class="list-inline-item">Ngày xuất bản: {dmy(pub)} {hm(pub)}</li><li class="list-inline-item">Cập nhật lần cuối: {dmy(upd)} {hm(upd)}</li><li class="list-inline-item">Lượt xem: 437</li></ul>'
                f'<div class="news-view__content">{body}</div>'
                f'<p class="news-view__author text-right"><strong>{esc(BYL16)}</strong></p>'
                f'<div class="news-view__tags">Từ khóa: <a href="/tin-tuc/tu-khoa/phong-chong-tham-nhung">phòng, chống tham nhũng</a> <a href="/tin-tuc/tu-khoa/lang-phi">lãng phí</a></div>'
                f'<form method="post" accept-charset="utf-8" class="news-view__feedback" action="/tin-tuc/gop-y/1388">{csrf(rng)}<label for="noi-dung">Ý kiến của bạn</label><textarea name="noi_dung" id="noi-dung" class="form-control" rows="3"></textarea><button type="submit" class="btn btn-danger btn-sm">Gửi ý kiến</button></form></article>'
                f'<section class="related-posts"><h3>Tin cùng chuyên mục</h3><ul>{others}</ul></section>')

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li>'
              '<li class="breadcrumb-item active" aria-current="page"><a href="/tin-tuc/noi-chinh-phong-chong-tham-nhung">Nội chính - Phòng, chống tham nhũng</a></li></ol></nav>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A16.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a> <span class="date">{dmy(d)} {hm(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 14)))
        return (f'<div class="sidebar-box"><h4>Tin mới</h4><ul>{li}</ul></div>'
                + '<div class="sidebar-box"><h4>Đường dây nóng</h4><p>Tiếp nhận phản ánh, tố giác tham nhũng, tiêu cực: 0251.3822.478 (giờ hành chính)</p><p>Hộp thư điện tử: phananh.bnc@dongnai.example</p></div>'
                + vb_box(["Quy định số 189-QĐ/TW về kiểm soát quyền lực trong quản lý, sử dụng tài chính, tài sản công", "Kế hoạch công tác phòng, chống tham nhũng, lãng phí, tiêu cực năm 2026"], "Văn bản", "sidebar-box van-ban")
                + f'<div class="sidebar-box"><h4>Tìm kiếm</h4><form method="get" accept-charset="utf-8" action="/tim-kiem"><input type="text" name="q" class="form-control" placeholder="Từ khóa"/></form></div>')

    def top(rng, pub_):
        d = pub_ + timedelta(days=1)
        return (f'<div class="container header-inner"><a href="/" class="brand"><img src="/img/logo-ban-noi-chinh.png" alt="Ban Nội chính Tỉnh ủy Đồng Nai" /></a>'
                f'<div class="header-date">{wd(d)}, {dmy(d)}</div></div>')

    head = ('<link rel="stylesheet" href="/css/bootstrap.min.css?1702284512"/><link rel="stylesheet" href="/css/style.css?1734921876"/><script src="/js/jquery.min.js?1702284512"></script>'
            + og(A16.title, url, {"og:site_name": "Ban Nội chính Tỉnh ủy Đồng Nai"}))
    return page("s30-16", family="party_internal_affairs_board_cakephp4_conference_collective_byline_in_capitals",
                name="dongnai-bannoichinhtu-cakephp4-inhouse-cms-bootstrap4-breadcrumb-noi-chinh-phong-chong-tham-nhung-h1-ngay-xuat-ban-cap-nhat-lan-cuoi-dd-mm-yyyy-hh-mm-bold-first-p-lead-figcaption-small-em-caption-bold-right-nhom-pv-caps",
                url=url, art=A16, main_fn=main, pub=pub, prefix="ck", kb=125,
                org="Ban Nội chính Tỉnh ủy Đồng Nai", addr="Số 2 đường Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai", phone="0251.3822.478",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "cakephp", "head_extra": head, "title": A16.title + " | Ban Nội chính Tỉnh ủy Đồng Nai"},
                exp=expected(A16, iso(pub), updated=iso(upd), author="NHÓM PV", category="Nội chính - Phòng, chống tham nhũng", captions=[A16.blocks[2][2], cap2]),
                traps={"chrome": ["Từ khóa:", "Lượt xem: 437", "Ý kiến của bạn", "Gửi ý kiến", "Tin cùng chuyên mục", "Đường dây nóng", "Tiếp nhận phản ánh, tố giác tham nhũng, tiêu cực: 0251.3822.478 (giờ hành chính)"], "related": lambda rl: rl[:5]},
                notes="A CONFERENCE on anti-corruption work on the site of a Ban Nội chính Tỉnh ủy built by a local vendor on CakePHP 4 (FormHelper's hidden '_csrfToken' in a display:none div inside every POST form, asset URLs with timestamps, Bootstrap 4; the text is CKEditor HTML). Meta: 'Ngày xuất bản: 24/12/2025 08:10' and 'Cập nhật lần cuối: 24/12/2025 15:30' → published 2025-12-24T08:10:00+07:00, updated 2025-12-24T15:30:00+07:00 ('Ngày xuất bản' is a publication label, set 26). Lead: the bold first paragraph of the text. Captions: a CKEditor figure.image figcaption, then a centred small <em> line under a plain picture that describes it (two). Byline: the bold right 'NHÓM PV' after the text — a COLLECTIVE credit (set 26: kept as printed, capitals and all, set 29's 'Nhóm PV•…' in another shape) → author 'NHÓM PV', no unit. Crumb 'Trang chủ / Tin tức / Nội chính - Phòng, chống tham nhũng' → category (a comma inside the level). The header's 'Thứ Năm, 25/12/2025' is the crawl day; the sidebar's 'Tin mới' carries dates and times. Dates in the text: 'Chiều 23/12', 'quý II/2026'. The figures are made up.",
                readme="a local vendor's CakePHP 4 CMS (hidden _csrfToken), Ban Nội chính Tỉnh ủy, a CONFERENCE: 'Ngày xuất bản: …' + 'Cập nhật lần cuối: …' the same day, bold first paragraph lead, a CKEditor figcaption + a centred small <em> caption, a COLLECTIVE credit in capitals 'NHÓM PV' (author as printed), crumb with a comma in its last level")


# ===================================================================== 17 Tỉnh đoàn Quảng Ninh: Laravel 11 + Livewire 3; a DIGITAL-LITERACY campaign on the Youth Union's 95th anniversary; relative age beside the stamp; 'Chỉnh sửa:'; two writers at the end; credit inside a caption
A17 = Art("Tuổi trẻ Quảng Ninh ra quân “Bình dân học vụ số” nhân kỷ niệm 95 năm Ngày thành lập Đoàn",
          "Ngày 26/3, đúng dịp kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026), Tỉnh đoàn Quảng Ninh tổ chức lễ ra quân đợt cao điểm “Bình dân học vụ số”, huy động hơn 3.000 đoàn viên, thanh niên hỗ trợ người dân sử dụng các dịch vụ số.",
          [("p", "Lễ ra quân được tổ chức tại phường Hạ Long và kết nối trực tuyến tới 54 xã, phường, đặc khu trong tỉnh. Ngay sau lễ ra quân, 120 tổ công nghệ số cộng đồng của tuổi trẻ đã xuống các khu dân cư, chợ, bến xe hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, thanh toán không dùng tiền mặt, nộp hồ sơ dịch vụ công trực tuyến."),
           ("img", "/storage/posts/2026/03/ra-quan-binh-dan-hoc-vu-so.jpg", "Đoàn viên, thanh niên thực hiện nghi thức ra quân đợt cao điểm “Bình dân học vụ số”. Ảnh: Vũ Hải"),
           ("p", "Tại chợ Hạ Long I, các tình nguyện viên chia nhau đến từng ki-ốt hướng dẫn tiểu thương tạo mã QR thanh toán, nhận biết các thủ đoạn lừa đảo qua mạng. Nhiều người lớn tuổi lần đầu tự tra cứu được thông tin bảo hiểm y tế trên điện thoại."),
           ("p", "Bà Nguyễn Thị Hoa, tiểu thương bán rau cho biết: “Các cháu hướng dẫn kỹ lắm, chỉ từng bước một. Giờ tôi đã biết tự kiểm tra tiền khách chuyển khoản, không phải nhờ con cháu nữa”."),
           ("img", "/storage/posts/2026/03/huong-dan-tieu-thuong-cho-ha-long.jpg", "Tình nguyện viên hướng dẫn tiểu thương chợ Hạ Long I cài đặt ứng dụng VNeID"),
           ("p", "Theo kế hoạch, đợt cao điểm kéo dài đến hết ngày 30/4, với mục tiêu hỗ trợ ít nhất 50.000 lượt người dân; mỗi cơ sở Đoàn duy trì ít nhất một tổ công nghệ số cộng đồng hoạt động thường xuyên."),
           ("p", "Dịp này, Tỉnh đoàn trao 50 máy tính bảng cho các điểm phổ cập kỹ năng số ở xã đảo và vùng đồng bào dân tộc thiểu số; tuyên dương 30 “Thủ lĩnh chuyển đổi số” tiêu biểu năm 2025.")])


def page17():
    pub = T("2026-03-27 11:20")
    upd = T("2026-03-28 07:55")
    site = "https://tinhdoanquangninh.vn"
    url = f"{site}/bai-viet/tuoi-tre-quang-ninh-ra-quan-binh-dan-hoc-vu-so-nhan-ky-niem-95-nam-ngay-thanh-lap-doan"
    st = lambda d: f"{dmy(d)}, {hm(d)}"

    def img(s, c, n):
        return f'<figure class="my-6"><img src="{site}{s}" alt="{esc(c, True)}" class="w-full rounded-lg" loading="lazy" /><figcaption class="mt-2 text-sm text-center italic text-gray-600">{esc(c)}</figcaption></figure>'

    def snap(rng, name, data):
        return esc(dump({"data": data, "memo": {"id": alnum(rng, 20), "name": name, "path": url.replace(site + "/", ""), "method": "GET", "children": [], "scripts": [], "assets": [], "errors": [], "locale": "vi"}, "checksum": hexid(rng, 64)}), True)

    def main(rng, rl, rd):
        body = A17.render(p=lambda t: f'<p class="mb-4 text-justify leading-relaxed">{esc(t)}</p>', img=img) + '<p class="mb-4 text-right font-bold">Vũ Hải - Mai Anh</p>'
        cards = "".join(f'<a href="{site}/bai-viet/{slug(t)}" class="block group"><img src="{site}/storage/thumbs/{hexid(rng, 12)}.jpg" class="rounded" alt="" /><h4 class="mt-2 font-semibold group-hover:text-blue-700">{esc(t)}</h4><span class="text-xs text-gray-500">{st(d)}</span></a>' for t, d in zip(rl[:6], rd))
        lw = alnum(rng, 20)
        return (f'<article class="bg-white rounded-lg shadow p-6"><a href="{site}/chuyen-muc/phong-trao-doan" class="inline-block bg-red-600 text-white text-xs font-bold uppercase px-2 py-1 rounded">Phong trào Đoàn</a>'
                f'<h1 class="mt-3 text-3xl font-bold leading-tight">{esc(A17.title)}</h1>'
                f'<div class="mt-2 text-sm text-gray-500 flex flex-wrap gap-x-3"><span><svg class="inline w-4 h-4" viewBox="0 0 20 20"><path d="M10 2a8 8 0 100 16"/></svg> {st(pub)}</span> <span>(1 ngày trước)</span> '
                f'<span>Chỉnh sửa: {st(upd)}</span> <span>1.356 lượt xem</span></div>'
                f'<p class="mt-4 text-lg font-semibold text-gray-800">{esc(A17.lead)}</p><div class="mt-4 prose max-w-none">{body}</div>'
                f'<div wire:snapshot="{snap(rng, "post.reactions", {"postId": 1842, "likes": 214, "liked": False})}" wire:effects="[]" wire:id="{lw}" class="mt-6 flex items-center gap-3">'
                f'<button wire:click="like" class="px-3 py-1 rounded bg-blue-50 text-blue-700">Thích (214)</button><button wire:click="share" class="px-3 py-1 rounded bg-gray-100">Chia sẻ</button></div></article>'
                f'<section wire:snapshot="{snap(rng, "post.comments", {"postId": 1842, "comments": [], "body": ""})}" wire:effects="[]" wire:id="{alnum(rng, 20)}" class="mt-6 bg-white rounded-lg shadow p-6">'
                f'<h3 class="font-bold">Bình luận (0)</h3><form wire:submit="save"><textarea wire:model="body" class="w-full border rounded p-2" placeholder="Viết bình luận..."></textarea><button type="submit" class="mt-2 px-4 py-2 bg-blue-700 text-white rounded">Gửi</button></form></section>'
                f'<section class="mt-6"><h3 class="text-xl font-bold mb-3">Bài viết cùng chuyên mục</h3><div class="grid grid-cols-2 md:grid-cols-3 gap-4">{cards}</div></section>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A17.title])
        li = "".join(f'<li class="py-2 border-b"><a href="#" class="font-medium">{esc(t)}</a><div class="text-xs text-gray-500">{st(d)}</div></li>' for t, d in zip(ts, past(pub_, rng, 5, 0, 12)))
        return (f'<div class="bg-white rounded-lg shadow p-4"><h3 class="font-bold text-blue-800">Tin mới</h3><ul>{li}</ul></div>'
                + '<div class="bg-white rounded-lg shadow p-4"><h3 class="font-bold text-blue-800">95 năm Đoàn TNCS Hồ Chí Minh</h3><p>26/3/1931 - 26/3/2026</p><a href="#" class="text-blue-700">Xem chuyên trang</a></div>'
                + '<div class="bg-white rounded-lg shadow p-4"><h3 class="font-bold text-blue-800">Thống kê</h3><p>Đoàn viên: 86.412</p><p>Tổ công nghệ số cộng đồng: 1.204</p></div>')

    def top(rng, pub_):
        d = pub_ + timedelta(days=1, hours=2)
        return (f'<div class="max-w-7xl mx-auto px-4 py-3 flex items-center justify-between"><a href="/" class="flex items-center gap-3"><img src="/images/huy-hieu-doan.svg" class="h-14" alt="" />'
                f'<span class="text-xl font-bold text-blue-800">TỈNH ĐOÀN QUẢNG NINH</span></a><span class="text-sm text-gray-600">{wd(d)}, {dmy(d)}</span></div>')

    head = (f'<meta name="csrf-token" content="{alnum(random_seed17(), 40)}"><link rel="preload" as="style" href="/build/assets/app-Cq8zT1xR.css" /><link rel="stylesheet" href="/build/assets/app-Cq8zT1xR.css" /><script type="module" src="/build/assets/app-D4k9mWz2.js"></script>'
            '<style>[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay] {display: none;} [wire\\:offline][wire\\:offline] {display: none;} [wire\\:dirty]:not(textarea):not(input):not(select) {display: none;}</style>'
            + og(A17.title, url, {"og:description": A17.lead}))
    scripts = '<script src="/livewire/livewire.min.js?id=38dc8241" data-csrf="' + alnum(random_seed17(), 40) + '" data-update-uri="/livewire/update" data-navigate-once="true"></script>'
    return page("s30-17", family="provincial_youth_union_laravel_livewire_relative_age_beside_stamp_two_writers_at_end",
                name="quangninh-tinhdoan-laravel11-livewire3-tailwind-category-badge-phong-trao-doan-h1-dd-mm-yyyy-comma-hh-mm-relative-age-chinh-sua-update-semibold-sapo-figcaptions-one-ending-anh-name-bold-right-two-names-wire-snapshot",
                url=url, art=A17, main_fn=main, pub=pub, prefix="lw", kb=145,
                org="Tỉnh đoàn Quảng Ninh", addr="Đường Nguyễn Văn Cừ, phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.316",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "livewire", "head_extra": head, "title": A17.title + " - Tỉnh đoàn Quảng Ninh", "items": MENU_MASS, "scripts": scripts, "charset_meta": False},
                exp=expected(A17, iso(pub), updated=iso(upd), author="Vũ Hải, Mai Anh", category="Phong trào Đoàn"),
                traps={"bylines": ["Vũ Hải - Mai Anh"], "relative": ["(1 ngày trước)"], "chrome": ["1.356 lượt xem", "Thích (214)", "Bình luận (0)", "Bài viết cùng chuyên mục", "95 năm Đoàn TNCS Hồ Chí Minh", "Đoàn viên: 86.412"], "related": lambda rl: rl[:5]},
                notes="A DIGITAL-LITERACY campaign on a provincial youth union's site built on Laravel 11 + Livewire 3 (Blade, Tailwind; Livewire components carry wire:snapshot JSON, wire:id and wire:effects attributes; /livewire/livewire.min.js). The meta row prints 'dd/mm/yyyy, HH:MM' '27/03/2026, 11:20' → 2026-03-27T11:20:00+07:00, then the relative age '(1 ngày trever)' computed at render time (not a stamp, set 27), then 'Chỉnh sửa: 28/03/2026, 07:55' → updated 2026-03-28T07:55:00+07:00 ('chỉnh sửa' = edited: a visible update stamp). The header's day is the crawl day; 'Tin mới' and the related cards print the same shape. Lead: the semibold sapo paragraph. Captions: two figcaptions, the first ending '. Ảnh: Vũ Hải' — the credit stays in the caption and sets no photographer (set 25, MAJORITY). Byline: the bold right 'Vũ Hải - Mai Anh' after the text → author 'Vũ Hải, Mai Anh' (two writers); photographer null. Category: the red badge 'Phong trào Đoàn' above the h1 (a link to the category; no breadcrumb). Dates in the text: 26/3 and 26/3/1931 - 26/3/2026 (the anniversary), 30/4 (the campaign's end); the sidebar repeats the anniversary.".replace("trever", "trước"),
                readme="Laravel 11 + Livewire 3 (Tailwind, wire:snapshot components), Tỉnh đoàn, a DIGITAL-LITERACY campaign: '27/03/2026, 11:20' + a relative age '(1 ngày trước)' + 'Chỉnh sửa: …' (update), category badge above the h1, semibold sapo lead, figcaptions (one ending 'Ảnh: Name': no photographer), bold right 'A - B' (two writers)")


def random_seed17():
    import random
    return random.Random("s30-17-csrf")


# ===================================================================== 18 Hội Chữ thập đỏ thành phố Hải Phòng: Concrete CMS 9 blog entry; a TẾT GIFT DRIVE; CLDR long date 'd tháng M, yyyy'; 'Đăng bởi admin' only; no category
A18 = Art("Trao 1.500 suất quà “Tết Nhân ái” cho người nghèo, nạn nhân chất độc da cam",
          None,
          [("p", "Từ ngày 2 đến 5/2, Hội Chữ thập đỏ thành phố phối hợp với các doanh nghiệp, nhà hảo tâm tổ chức trao 1.500 suất quà “Tết Nhân ái” Xuân Bính Ngọ 2026 cho hộ nghèo, người khuyết tật, nạn nhân chất độc da cam và người có hoàn cảnh đặc biệt khó khăn tại 18 xã, phường."),
           ("p", "Mỗi suất quà gồm tiền mặt 500.000 đồng, gạo, dầu ăn, bánh chưng và các nhu yếu phẩm, tổng trị giá hơn 1,2 tỷ đồng. Riêng tại các phường Hải Dương, Thành Đông và xã Nam Sách, Hội phối hợp với Bệnh viện Đa khoa thành phố khám bệnh, cấp thuốc miễn phí cho gần 400 người cao tuổi."),
           ("img", "/application/files/7217/3870/1234/trao-qua-tet-nhan-ai-hai-duong.jpg", "Đại diện Hội Chữ thập đỏ thành phố trao quà “Tết Nhân ái” cho người dân phường Hải Dương"),
           ("p", "Ông Phạm Văn Lực, 68 tuổi, nạn nhân chất độc da cam ở phường Thành Đông, chia sẻ: “Năm nào Hội cũng nhớ đến gia đình tôi. Có quà Tết, có thuốc men, vợ chồng già thấy ấm lòng lắm”."),
           ("img", "/application/files/3817/3870/5678/kham-benh-cap-thuoc-thanh-dong.jpg", "Các y, bác sĩ khám bệnh, cấp thuốc miễn phí cho người cao tuổi phường Thành Đông"),
           ("p", "Tính đến ngày 5/2, các cấp Hội Chữ thập đỏ thành phố đã vận động được hơn 9,6 tỷ đồng tiền và hàng hóa chăm lo Tết cho hơn 21.000 lượt người. Chương trình “Tết Nhân ái” tiếp tục được các cấp Hội triển khai đến ngày 15/2.")])
CAPS18 = ["Đại diện Hội Chữ thập đỏ thành phố trao quà “Tết Nhân ái” cho người dân phường Hải Dương", "Các y, bác sĩ khám bệnh, cấp thuốc miễn phí cho người cao tuổi phường Thành Đông"]


def page18():
    pub = T("2026-02-06 09:00")
    site = "https://chuthapdohaiphong.vn"
    url = f"{site}/tin-tuc/trao-1500-suat-qua-tet-nhan-ai-cho-nguoi-ngheo-nan-nhan-chat-doc-da-cam"
    icu = lambda d: f"{d.day} tháng {d.month}, {d.year}"

    def img(s, c, n):
        return (f'<div class="ccm-custom-style-container ccm-block-image"><picture><img src="{s}" alt="" width="900" height="600" class="ccm-image-block img-fluid bID-{730 + n}" /></picture></div>'
                f'<div class="ccm-block-content"><p style="text-align: center;"><em>{esc(c)}</em></p></div>')

    def main(rng, rl, rd):
        body = A18.render(p=lambda t: f'<div class="ccm-block-content"><p>{esc(t)}</p></div>', img=img)
        nav = (f'<div class="ccm-block-next-previous-wrapper"><div class="ccm-block-next-previous-previous-link"><p><a href="{site}/tin-tuc/{slug(rl[0])}">« Bài trước</a></p></div>'
               f'<div class="ccm-block-next-previous-next-link"><p><a href="{site}/tin-tuc/{slug(rl[1])}">Bài tiếp »</a></p></div></div>')
        return (f'<div class="ccm-block-page-title-byline"><h1 class="page-title">{esc(A18.title)}</h1>'
                f'<span class="page-date">{icu(pub)}</span> <span class="page-author">Đăng bởi admin</span></div>'
                f'<div class="area-main">{body}</div>{nav}'
                f'<div class="ccm-block-share-this-page"><ul class="list-inline"><li><a href="#" aria-label="Facebook">Facebook</a></li><li><a href="#" aria-label="Zalo">Zalo</a></li><li><a href="#" aria-label="Email">Email</a></li></ul></div>'
                f'<div class="ccm-conversation-wrapper"><h4>Bình luận</h4><p class="ccm-conversation-no-messages">Chưa có bình luận nào.</p><a href="#" class="btn btn-primary btn-sm">Viết bình luận</a></div>')

    def side(rng, pub_):
        ts = heads11(rng, 6, avoid=[A18.title])
        pl = "".join(f'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text"><div class="ccm-block-page-list-title"><a href="#">{esc(t)}</a></div><div class="ccm-block-page-list-date">{icu(d)}</div></div></div>' for t, d in zip(ts, past(pub_, rng, 6, 1, 20)))
        topics = "".join(f'<li><a href="/tin-tuc/topic/{slug(t)}">{esc(t)}</a></li>' for t in ["Hiến máu tình nguyện", "Tết Nhân ái", "Cứu trợ thiên tai", "Sơ cấp cứu", "Nhân đạo"])
        return (f'<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>Tin mới</h5></div><div class="ccm-block-page-list-pages">{pl}</div></div>'
                f'<div class="ccm-block-topic-list-wrapper"><h5>Chủ đề</h5><ul class="ccm-block-topic-list-list">{topics}</ul></div>'
                '<div class="ccm-block-content hien-mau"><h5>Lịch hiến máu tháng 2/2026</h5><p>Ngày 22/02/2026 - Nhà Văn hóa Lao động thành phố (7 giờ 30 - 11 giờ 30)</p></div>')

    def top(rng, pub_):
        d = pub_ + timedelta(days=1)
        return (f'<div class="container d-flex align-items-center"><a href="/" class="navbar-brand"><img src="/application/files/logo/logo-chu-thap-do-hp.png" alt="Hội Chữ thập đỏ thành phố Hải Phòng" /></a>'
                f'<span class="header-date ms-auto">{icu(d)}</span></div>')

    head = ('<meta name="generator" content="Concrete CMS"/><link href="/concrete/css/features/basics/frontend.css?ccm_nocache=9a1b2c3d" rel="stylesheet" type="text/css" media="all">'
            '<script type="text/javascript">var CCM_DISPATCHER_FILENAME="/index.php";var CCM_CID=241;var CCM_EDIT_MODE=false;var CCM_ARRANGE_MODE=false;var CCM_IMAGE_PATH="/concrete/images";var CCM_APPLICATION_URL="https://chuthapdohaiphong.vn";var CCM_REL="";var CCM_ACTIVE_LOCALE="vi_VN";var CCM_USER_REGISTERED=false;</script>'
            + og(A18.title, url) + '<link href="/application/themes/chuthapdo/css/main.css" rel="stylesheet" type="text/css" media="all">')
    return page("s30-18", family="red_cross_concrete_cms9_blog_entry_cldr_long_date_account_only_no_category",
                name="haiphong-hoichuthapdo-concrete-cms9-blog-entry-page-title-byline-block-h1-cldr-long-date-d-thang-m-yyyy-dang-boi-admin-no-crumb-no-category-no-lead-centred-em-captions-topic-list-sidebar-next-previous",
                url=url, art=A18, main_fn=main, pub=pub, prefix="ccm", kb=115,
                org="Hội Chữ thập đỏ thành phố Hải Phòng", addr="Số 18 đường Trần Phú, phường Ngô Quyền, thành phố Hải Phòng", phone="0225.3746.118",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "concrete", "head_extra": head, "title": "Hội Chữ thập đỏ thành phố Hải Phòng :: " + A18.title, "items": MENU_MASS},
                exp=expected(A18, isod(pub), category=None, lead=None, captions=CAPS18),
                traps={"account": ["Đăng bởi admin"], "chrome": ["« Bài trước", "Bài tiếp »", "Chưa có bình luận nào.", "Chủ đề", "Lịch hiến máu tháng 2/2026", "Ngày 22/02/2026 - Nhà Văn hóa Lao động thành phố (7 giờ 30 - 11 giờ 30)"]},
                notes="A TẾT GIFT DRIVE on the site of a city Hội Chữ thập đỏ built on Concrete CMS 9 (a 'blog entry' page type: the Page Title / byline block, Content blocks (div.ccm-block-content) and Image blocks in the main area, Next & Previous, Share This Page, Conversation; CCM_* globals in the head). The date is printed by Concrete's date service (Punic, CLDR data) in the vi_VN LONG format, 'd MMMM, y': '6 tháng 2, 2026' → '2026-02-06', DATE ONLY (no <time>, no machine time); the header prints the crawl day in the same shape, and so does the 'Tin mới' page list. 'Đăng bởi admin' → an account; nothing else signs the item → author null. No breadcrumb and no section label: the sidebar's 'Chủ đề' topic list is the site's, not the item's → category null. No lead. Captions: Concrete's image block has no caption, so the editors typed a centred italic line under each picture in a Content block; both describe their picture → captions (set 26). Body: the four paragraphs. Dates in the text: 'Từ ngày 2 đến 5/2', 'ngày 5/2', 'ngày 15/2'; the blood-donation box has a future day.",
                readme="Concrete CMS 9 blog entry, Hội Chữ thập đỏ thành phố, a TẾT GIFT DRIVE: CLDR long date '6 tháng 2, 2026' (date only; header and lists in the same shape), 'Đăng bởi admin' only (no author), no crumb and no label (category null), no lead, centred <em> captions typed in Content blocks")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
