"""Set 26 pages 10-18: the rest of the sample (an HĐND tỉnh on a HiPT-like JSP/Struts 2 portal, an Đảng ủy Khối Doanh
nghiệp on an in-house Yii2 site, a Trung tâm Chính trị on Hexo + NexT, a Huyện ủy on Joomla 5 + Helix Ultimate, a Thành ủy
on WordPress + Elementor Pro, a Hội Chữ thập đỏ on Umbraco 8, an Đài PT-TH on a CMC-like ASP.NET Core newsroom, an Đảng
ủy Khối các cơ quan on Plone 5, a Ban Tuyên giáo và Dân vận Huyện ủy's NukeViet 4 PRINT view). Pages 11 and 13 carry one
TWIST each: a hidden SEO h1 with an older headline above the printed one, and a photo credit 'Ảnh: Tư liệu' that names
no photographer."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads7, past, expected, slug, dump, hexid, alnum, b64blob, pad
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og, mk
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, side_std, vb_box, crumb
from .p_01_pages import head_top, right_bold, right_em, jp, wp_vi, NET_MONTHS


# ===================================================================== 10 HĐND tỉnh Sóc Trăng: a HiPT-like JSP / Struts 2 portal; java.sql.Timestamp stamps ('2025-06-12 16:45:08.0'); '(lược ghi) - Ảnh:' byline
A10 = Art("Bế mạc Kỳ họp thứ 31 HĐND tỉnh khóa X: thông qua 15 nghị quyết",
          "Chiều 12/6, sau hai ngày làm việc khẩn trương, nghiêm túc, Kỳ họp thứ 31 (kỳ họp chuyên đề) HĐND tỉnh Sóc Trăng khóa X, nhiệm kỳ 2021 - 2026 đã hoàn thành chương trình đề ra. Kỳ họp đã xem xét, thông qua 15 nghị quyết, trong đó có các nghị quyết liên quan trực tiếp đến việc sắp xếp đơn vị hành chính cấp xã.",
          [("p", "Tại kỳ họp, các đại biểu đã thảo luận, cho ý kiến và biểu quyết thông qua các nghị quyết về: điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025; phân bổ vốn thực hiện các chương trình mục tiêu quốc gia năm 2025; chính sách hỗ trợ đối với cán bộ, công chức, người hoạt động không chuyên trách cấp xã dôi dư do sắp xếp; quy định mức chi bảo đảm hoạt động của HĐND các cấp."),
           ("img", "/portal/upload/news/2025/6/12/quang-canh-ky-hop-31.jpg", "Quang cảnh phiên làm việc chiều 12/6 của Kỳ họp thứ 31 HĐND tỉnh khóa X. Ảnh: Thanh Tú"),
           ("p", "Phát biểu kết thúc kỳ họp, đồng chí Trịnh Minh Khoa, Chủ tịch HĐND tỉnh nhấn mạnh: các nghị quyết được thông qua có ý nghĩa đặc biệt quan trọng, tạo cơ sở pháp lý để tỉnh triển khai việc sắp xếp bộ máy, bảo đảm chính quyền cơ sở vận hành thông suốt, không làm gián đoạn việc phục vụ người dân, doanh nghiệp."),
           ("p", "Đồng chí đề nghị UBND tỉnh khẩn trương ban hành văn bản hướng dẫn thực hiện; các sở, ngành rà soát, bàn giao hồ sơ, tài sản, tài chính đúng quy định; quan tâm giải quyết chế độ, chính sách cho cán bộ, công chức chịu tác động bởi sắp xếp, nhất là những người tự nguyện nghỉ việc."),
           ("img", "/portal/upload/news/2025/6/12/dai-bieu-bieu-quyet.jpg", "Các đại biểu biểu quyết thông qua nghị quyết tại kỳ họp. Ảnh: Thanh Tú"),
           ("p", "Chủ tịch HĐND tỉnh cũng đề nghị Thường trực, các Ban HĐND tỉnh và các vị đại biểu tăng cường giám sát việc triển khai các nghị quyết; tích cực tuyên truyền để cử tri, Nhân dân hiểu, đồng thuận với chủ trương lớn của Đảng và Nhà nước."),
           ("p", "Dự kiến, kỳ họp thường lệ giữa năm 2025 của HĐND tỉnh sẽ được tổ chức vào đầu tháng 7.")])
BYLINE10 = "Hồng Nhung (lược ghi) - Ảnh: Thanh Tú"


def page10():
    pub = T("2025-06-12 16:45:08")
    upd = T("2025-06-13 08:02:51")
    ts = lambda d: d.strftime("%Y-%m-%d %H:%M:%S") + ".0"

    def main(rng, rl, rd):
        body = A10.render(p=jp, img=lambda s, c, n: f'<p align="center"><img src="{s}" alt="" width="600" border="0" /></p><p align="center"><i>{esc(c)}</i></p>')
        js = alnum(rng, 32).upper()
        relh = "".join(f'<li><a href="/portal/news/detail.action;jsessionid={js}?newsId={rng.randint(37000, 38200)}&amp;catId=14">{esc(t)}</a> <span class="date">[{ts(d)[:10]}]</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="news-detail-box"><div class="news-title"><h2>{esc(A10.title)}</h2></div>'
                f'<div class="news-date">Ngày đăng: {ts(pub)} &nbsp;|&nbsp; Ngày cập nhật: {ts(upd)} &nbsp;|&nbsp; Lượt xem: 874</div>'
                f'<div class="news-summary"><b>{esc(A10.lead)}</b></div>'
                f'<div class="news-content">{body}{right_bold(BYLINE10)}</div>'
                f'<div class="news-tools"><a href="/portal/news/print.action?newsId=38211" target="_blank">In bài viết</a> | <a href="/portal/news/sendmail.action?newsId=38211">Gửi cho bạn bè</a></div>'
                f'<div class="news-other"><div class="news-other-title">Các tin khác</div><ul>{relh}</ul></div></div>')

    crumbs = '<div class="path"><a href="/portal/home.action">Trang chủ</a> » <a href="/portal/news/list.action?catId=3">Hoạt động HĐND</a> » <a href="/portal/news/list.action?catId=14">Kỳ họp HĐND</a></div>'
    url = "https://hdnd.soctrang.gov.vn/portal/news/detail.action?newsId=38211&catId=14"
    head = ('<meta name="author" content="HiPT Group" /><link href="/portal/struts/xhtml/styles.css" rel="stylesheet" type="text/css" />'
            '<script type="text/javascript" src="/portal/struts/utils.js"></script><script type="text/javascript">var contextPath = "/portal"; var jsessionid = "";</script>')
    side = lambda rng, pub: (side_std(rng, pub, "Tin mới cập nhật", fmt=lambda d: d.strftime("%Y-%m-%d"), cls="news-new")
                             + '<div class="box-cutri"><h3>Tiếp xúc cử tri</h3><p>Lịch tiếp xúc cử tri sau kỳ họp: từ ngày 20/6 đến 30/6/2025 tại 11 huyện, thị xã, thành phố.</p><a href="/portal/cutri.action">Gửi ý kiến, kiến nghị</a></div>'
                             + vb_box(["Nghị quyết về sắp xếp đơn vị hành chính cấp xã năm 2025", "Nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn", "Báo cáo thẩm tra của Ban Pháp chế"], "Văn bản kỳ họp", "vbkh"))
    return page("s26-10", family="provincial_council_jsp_struts2_hipt_like_java_timestamp_stamps_luoc_ghi_anh_byline",
                name="soctrang-hdnd-jsp-struts2-hipt-like-portal-action-urls-jsessionid-path-crumb-ky-hop-hdnd-h2-news-title-ngay-dang-yyyy-mm-dd-hh-mm-ss-dot-0-ngay-cap-nhat-bold-summary-lead-centred-i-captions-with-anh-credit-bold-right-name-luoc-ghi-dash-anh-name",
                url=url, art=A10, main_fn=main, pub=pub, prefix="hipt", kb=140,
                org="Hội đồng nhân dân tỉnh Sóc Trăng", addr="Số 2 đường Hùng Vương, phường 6, TP Sóc Trăng, tỉnh Sóc Trăng", phone="0299.3822.446",
                crumbs=crumbs, top=head_top("hipt", "/portal/images/banner-hdnd.jpg", "Hội đồng nhân dân tỉnh Sóc Trăng", days=1, hours=1),
                side=side, shell_kw={"layout": "table", "head_extra": head, "title": "HĐND tỉnh Sóc Trăng - " + A10.title, "items": MENU_GOV},
                exp=expected(A10, iso(pub), updated=iso(upd), author="Hồng Nhung", photographer="Thanh Tú", category="Kỳ họp HĐND"),
                traps={"bylines": [BYLINE10], "chrome": ["Lượt xem: 874", "In bài viết", "Gửi cho bạn bè", "Các tin khác", "Tiếp xúc cử tri", "Văn bản kỳ họp"], "related": lambda rl: rl[:5]},
                notes="A HiPT-like JSP / Struts 2 portal (detail.action URLs, ;jsessionid in links) of an HĐND tỉnh. The stamps are java.sql.Timestamp values printed raw: 'Ngày đăng: 2025-06-12 16:45:08.0 | Ngày cập nhật: 2025-06-13 08:02:51.0' → published 2025-06-12T16:45:08, updated 2025-06-13T08:02:51 (printed seconds kept; the '.0' fraction is the Timestamp's nanoseconds field, zero). Title: h2 in div.news-title. Bold summary = lead. Two centred italic captions, each ending in '. Ảnh: Thanh Tú' (kept whole). Byline 'Hồng Nhung (lược ghi) - Ảnh: Thanh Tú' → author 'Hồng Nhung' ('lược ghi' = wrote up the session's proceedings; like '(thực hiện)', '(tổng hợp)'), photographer 'Thanh Tú' (explicit 'Ảnh:' credit outside the captions; the same name in the captions agrees). The Chủ tịch HĐND quoted is not an author. Category: path crumb last level 'Kỳ họp HĐND'.",
                readme="HiPT-like JSP / Struts 2 HĐND tỉnh: java.sql.Timestamp stamps 'yyyy-mm-dd HH:MM:SS.0' (seconds kept) for both 'Ngày đăng' and 'Ngày cập nhật', h2 title, bold summary lead, centred italic captions ending '. Ảnh: Name', bold right 'Name (lược ghi) - Ảnh: Name' (author + photographer), path crumb 'Kỳ họp HĐND', jsessionid links")


# ===================================================================== 11 Đảng ủy Khối Doanh nghiệp tỉnh Long An: in-house Yii2; a HIDDEN SEO <h1> carrying an older headline above the printed h2 (TWIST)
A11 = Art("Đảng bộ Khối Doanh nghiệp tỉnh kết nạp 46 đảng viên trong hai tháng đầu năm",
          "Trong tháng 1 và tháng 2/2025, các tổ chức cơ sở đảng trực thuộc Đảng bộ Khối Doanh nghiệp tỉnh Long An đã kết nạp 46 đảng viên mới, đạt 38% chỉ tiêu năm; trong đó 31 đảng viên là công nhân trực tiếp sản xuất.",
          [("p", "Kết quả trên có được nhờ các cấp ủy đã chủ động rà soát, lập danh sách quần chúng ưu tú ngay từ đầu năm; phân công đảng viên chính thức giúp đỡ, theo dõi từng quần chúng. Nhiều chi bộ phối hợp với công đoàn, đoàn thanh niên tổ chức lớp bồi dưỡng nhận thức về Đảng ngay tại doanh nghiệp, vào buổi tối hoặc ngày nghỉ để không ảnh hưởng sản xuất."),
           ("img", "/uploads/news/2025/02/ket-nap-dang-vien-cong-ty-may.jpg", "Lễ kết nạp đảng viên tại Chi bộ Công ty TNHH May mặc Đức Hòa"),
           ("p", "Đảng bộ Công ty CP Cấp nước Long An, Chi bộ Công ty TNHH May mặc Đức Hòa và Đảng bộ Tổng Công ty Phát triển hạ tầng tỉnh là những đơn vị dẫn đầu, mỗi đơn vị kết nạp từ 5 đến 7 đảng viên. Đặc biệt, lần đầu tiên Chi bộ Công ty TNHH Điện tử Tân Thành - doanh nghiệp có vốn đầu tư nước ngoài - kết nạp được 2 đảng viên là công nhân."),
           ("p", "Đồng chí Phó Bí thư Thường trực Đảng ủy Khối cho biết, năm 2025 Đảng bộ phấn đấu kết nạp ít nhất 120 đảng viên, thành lập mới 2 tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước. Đảng ủy Khối sẽ tiếp tục phối hợp với Công đoàn các Khu công nghiệp tỉnh giới thiệu đoàn viên công đoàn ưu tú cho Đảng xem xét kết nạp."),
           ("img", "/uploads/news/2025/02/boi-duong-nhan-thuc-ve-dang.jpg", "Lớp bồi dưỡng nhận thức về Đảng cho công nhân tổ chức ngay tại doanh nghiệp"),
           ("p", "Bên cạnh kết quả đạt được, việc phát triển đảng viên ở một số doanh nghiệp còn gặp khó khăn do công nhân thường xuyên biến động, chủ doanh nghiệp chưa thực sự tạo điều kiện cho hoạt động của tổ chức đảng.")])
SEO11 = "Đảng ủy Khối Doanh nghiệp Long An: kết nạp đảng viên mới đầu năm 2025"
BYLINE11 = "Bài và ảnh: Phan Gia Huy"


def page11():
    pub = T("2025-02-28 11:20")

    def main(rng, rl, rd):
        body = A11.render(p=jp, img=lambda s, c, n: f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>')
        relh = "".join(f'<div class="col-md-4 item-news"><a href="/tin-tuc/{slug(t)}-{rng.randint(900, 1500)}.html"><img src="/uploads/thumbs/{hexid(rng, 12)}.jpg" alt="" /></a>'
                       f'<h4><a href="/tin-tuc/{slug(t)}-{rng.randint(900, 1500)}.html">{esc(t)}</a></h4><span class="time">{dmy(d, "-")}</span></div>' for t, d in zip(rl[:6], rd))
        return (f'<div class="post-detail"><h1 class="seo-heading" style="display:none">{esc(SEO11)}</h1>'
                f'<h2 class="post-title">{esc(A11.title)}</h2>'
                f'<div class="post-meta"><span class="post-date"><i class="glyphicon glyphicon-time"></i> {wd(pub)}, {dmy(pub, "-")} {hm(pub)}</span> <span class="post-view"><i class="glyphicon glyphicon-eye-open"></i> 421</span></div>'
                f'<p class="sapo"><strong>{esc(A11.lead)}</strong></p><div class="post-content">{body}{right_bold(BYLINE11)}</div>'
                f'<div class="post-share"><div class="fb-like" data-href="" data-layout="button_count"></div> <a class="zalo-share-button" data-oaid="">Zalo</a> <a href="/tin-tuc/in/1187">In bài</a></div>'
                f'<div class="post-related"><h3 class="title-block">Tin cùng chuyên mục</h3><div class="row">{relh}</div></div></div>')

    crumbs = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>'
              '<li class="active"><a href="/tin-tuc/xay-dung-dang-trong-doanh-nghiep">Xây dựng Đảng trong doanh nghiệp</a></li></ul>')
    url = "https://dukdn.longan.gov.vn/tin-tuc/dang-bo-khoi-doanh-nghiep-tinh-ket-nap-46-dang-vien-trong-hai-thang-dau-nam-1187.html"
    head = ('<meta name="csrf-param" content="_csrf-frontend"><meta name="csrf-token" content="' + "Zk9pR2x3VnJfY2JqT3pQb0hFcE9QeXhrU2lvNVZ0Z1I=" + '">'
            + og(SEO11, url, {"og:site_name": "Đảng ủy Khối Doanh nghiệp tỉnh Long An", "og:description": A11.lead[:150], "og:updated_time": "2025-03-01T09:12:44+07:00"})
            + '<meta name="description" content="' + esc(A11.lead[:150], True) + '"><link href="/assets/8d3e2f1a/css/bootstrap.css" rel="stylesheet"><link href="/css/site.css?v=1.4.2" rel="stylesheet">')
    side = lambda rng, pub: (side_std(rng, pub, "Tin xem nhiều", fmt=lambda d: dmy(d, "-"), cls="yii-most")
                             + vb_box(["Hướng dẫn số 05-HD/ĐUK về kết nạp đảng viên là công nhân", "Kế hoạch số 38-KH/ĐUK về đại hội tổ chức cơ sở đảng", "Quy chế làm việc của Đảng ủy Khối nhiệm kỳ 2020 - 2025"], "Văn bản", "yii-vb")
                             + '<div class="yii-stat"><h3>Thống kê</h3><p>Tổ chức cơ sở đảng: 64 · Đảng viên: 3.912 (số liệu đến 31/12/2024)</p></div>')
    return page("s26-11", family="enterprise_party_bloc_yii2_hidden_seo_h1_older_headline",
                name="longan-dukdn-yii2-inhouse-bootstrap3-crumb-xay-dung-dang-trong-doanh-nghiep-hidden-seo-h1-display-none-older-headline-visible-h2-post-title-weekday-dd-mm-yyyy-dashes-hh-mm-bold-p-sapo-two-figcaptions-bold-right-bai-va-anh-name",
                url=url, art=A11, main_fn=main, pub=pub, prefix="yii", kb=145,
                org="Đảng ủy Khối Doanh nghiệp tỉnh Long An", addr="Số 61 đường Nguyễn Huệ, phường 1, TP Tân An, tỉnh Long An", phone="0272.3826.144",
                crumbs=crumbs, top=head_top("yii", "/images/banner-dukdn.png", "Đảng ủy Khối Doanh nghiệp tỉnh Long An", days=1, hours=6, fmt=lambda d: dmy(d, "-")),
                side=side, shell_kw={"layout": "bootstrap", "head_extra": head, "title": SEO11 + " | Đảng ủy Khối Doanh nghiệp tỉnh Long An", "items": MENU_GOV},
                exp=expected(A11, iso(pub), author="Phan Gia Huy", photographer="Phan Gia Huy", category="Xây dựng Đảng trong doanh nghiệp"),
                traps={"seo_headline": [SEO11], "bylines": [BYLINE11], "chrome": ["In bài", "Tin cùng chuyên mục", "Tin xem nhiều", "Thống kê"], "related": lambda rl: rl[:5]},
                notes="TWIST: an in-house Yii2 site (Bootstrap 3, csrf meta) of an Đảng ủy Khối Doanh nghiệp. The template prints the item's SEO title field as an <h1 class='seo-heading' style='display:none'> — an OLDER headline 'Đảng ủy Khối Doanh nghiệp Long An: kết nạp đảng viên mới đầu năm 2025' that no reader sees — immediately above the printed headline, an h2.post-title 'Đảng bộ Khối Doanh nghiệp tỉnh kết nạp 46 đảng viên trong hai tháng đầu năm'. <title> and og:title also carry the SEO headline. The title is the headline printed on the page (conventions) → the h2. A reader taking the page's (only) h1 stores the hidden SEO headline — a wrong title with no sign of failure. Stamp 'Thứ Sáu, 28-02-2025 11:20' (dashes) → 2025-02-28T11:20; og:updated_time is machine-only → updated null. Bold p.sapo = lead. Two figcaptions. Bold right 'Bài và ảnh: Phan Gia Huy' → author = photographer (the 'Bài và ảnh:' spelling of 'Bài, ảnh:'). Category: crumb last level 'Xây dựng Đảng trong doanh nghiệp'. The statistics box ('đến 31/12/2024') is chrome.",
                readme="TWIST a hidden <h1 style='display:none'> with the item's older SEO headline sits above the printed h2 headline (and <title>/og:title repeat the SEO one) → title = the printed h2; in-house Yii2 Đảng ủy Khối Doanh nghiệp, 'Thứ Sáu, dd-mm-yyyy HH:MM', bold p.sapo, two figcaptions, bold right 'Bài và ảnh: Name' (author = photographer), crumb 'Xây dựng Đảng trong doanh nghiệp', og-only updated time")


# ===================================================================== 12 Trung tâm Chính trị thị xã Ngã Năm (Sóc Trăng): Hexo + NexT static blog; ISO dates in <time> with titles; blockquote sapo; 'ThS. NCS.' (small page)
A12 = Art("Vận dụng quan điểm “lấy dân làm gốc” trong công tác dân vận ở cơ sở hiện nay",
          "Quan điểm “lấy dân làm gốc” là bài học kinh nghiệm quý báu của Đảng ta. Bài viết phân tích nội dung của quan điểm và đề xuất một số giải pháp vận dụng vào công tác dân vận ở cơ sở trên địa bàn thị xã Ngã Năm hiện nay.",
          [("h", "1. Nội dung quan điểm “lấy dân làm gốc”"),
           ("p", "Chủ tịch Hồ Chí Minh khẳng định: “Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong”. Quan điểm “lấy dân làm gốc” đòi hỏi mọi chủ trương, chính sách phải xuất phát từ lợi ích chính đáng của Nhân dân, dựa vào Nhân dân để tổ chức thực hiện và chịu sự giám sát của Nhân dân."),
           ("p", "Văn kiện Đại hội XIII của Đảng tiếp tục nhấn mạnh: trong mọi công việc của Đảng và Nhà nước, phải luôn quán triệt sâu sắc quan điểm “dân là gốc”, thật sự tin tưởng, tôn trọng và phát huy quyền làm chủ của Nhân dân, kiên trì thực hiện phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”."),
           ("h", "2. Thực tiễn vận dụng ở thị xã Ngã Năm"),
           ("p", "Những năm qua, các cấp ủy, chính quyền thị xã đã quan tâm đối thoại trực tiếp với Nhân dân; năm 2024 tổ chức 38 buổi đối thoại ở cấp xã, tiếp nhận và giải quyết 214 ý kiến, kiến nghị. Phong trào thi đua “Dân vận khéo” có 86 mô hình được công nhận, tiêu biểu là mô hình “Tổ tự quản giữ gìn kênh, rạch sạch” ở phường 3."),
           ("p", "Tuy vậy, ở một số nơi, việc lấy ý kiến Nhân dân còn hình thức; cán bộ cơ sở chưa thật sự gần dân, nắm dân, nhất là ở những ấp có đông đồng bào Khmer; một số kiến nghị chính đáng chậm được giải quyết, làm giảm niềm tin của Nhân dân."),
           ("h", "3. Một số giải pháp"),
           ("p", "Một là, nâng cao nhận thức của cán bộ, đảng viên về vai trò của Nhân dân; đưa tiêu chí “được Nhân dân tín nhiệm” vào đánh giá, xếp loại cán bộ cơ sở hằng năm."),
           ("p", "Hai là, thực hiện nghiêm quy chế dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở năm 2022; công khai, minh bạch các nội dung Nhân dân được biết, được bàn và quyết định."),
           ("p", "Ba là, đổi mới phương thức công tác dân vận phù hợp với đặc điểm vùng đồng bào dân tộc Khmer; phát huy vai trò của người có uy tín, chư tăng các chùa Khmer trong vận động Nhân dân thực hiện chủ trương, chính sách.")])
BYLINE12 = ("ThS. NCS. Trần Thị Mộng Tuyền", "Giảng viên Trung tâm Chính trị thị xã Ngã Năm")


def page12():
    pub = T("2025-03-05 09:30")
    upd = T("2025-03-07 16:10")
    rng = __import__("random").Random("s26-12")
    body = A12.render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f'<h2 id="{slug(t)}"><a href="#{slug(t)}" class="headerlink" title="{esc(t, True)}"></a>{esc(t)}</h2>')
    prev_t, next_t = "Một số vấn đề về đổi mới sinh hoạt chi bộ ấp, khóm", "Bồi dưỡng lý luận chính trị cho đảng viên mới: kinh nghiệm từ Ngã Năm"
    posts = heads7(rng, 5, avoid=[A12.title])
    recent = "".join(f'<li class="links-of-blogroll-item"><a href="/{2025}/{rng.randint(1, 2):02d}/{slug(t)}/" title="{esc(t, True)}">{esc(t)}</a></li>' for t in posts)
    menu = "".join(f'<li class="menu-item menu-item-{k}"><a href="/{k}/" rel="section"><i class="fa fa-{ic} fa-fw"></i>{esc(lbl)}</a></li>'
                   for k, ic, lbl in [("home", "home", "Trang chủ"), ("categories", "th", "Danh mục"), ("tags", "tags", "Thẻ"), ("archives", "archive", "Lưu trữ"), ("about", "user", "Giới thiệu")])
    toc = "".join(f'<li class="nav-item nav-level-2"><a class="nav-link" href="#{slug(b[1])}"><span class="nav-text">{esc(b[1])}</span></a></li>' for b in A12.blocks if b[0] == "h")
    art = (f'<article itemscope itemtype="http://schema.org/Article" class="post-block" lang="vi">'
           f'<link itemprop="mainEntityOfPage" href="https://ttct.nganam.soctrang.gov.vn/2025/03/05/van-dung-quan-diem-lay-dan-lam-goc/">'
           f'<header class="post-header"><h1 class="post-title" itemprop="name headline">{esc(A12.title)}</h1>'
           f'<div class="post-meta-container"><div class="post-meta">'
           f'<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">Ngày đăng</span> '
           f'<time title="Ngày tạo: {pub.strftime("%Y-%m-%d %H:%M:%S")}" itemprop="dateCreated datePublished" datetime="{iso(pub)}">{isod(pub)}</time></span> '
           f'<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar-check"></i></span><span class="post-meta-item-text">Đã sửa</span> '
           f'<time title="Ngày sửa: {upd.strftime("%Y-%m-%d %H:%M:%S")}" itemprop="dateModified" datetime="{iso(upd)}">{isod(upd)}</time></span> '
           f'<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-folder"></i></span><span class="post-meta-item-text">Trong</span> '
           f'<span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/nghien-cuu-trao-doi/" itemprop="url" rel="index"><span itemprop="name">Nghiên cứu - Trao đổi</span></a></span></span>'
           f'<span class="post-meta-break"></span> <span class="post-meta-item" title="Số chữ trong bài"><span class="post-meta-item-text">Số chữ: </span><span>1.4k</span></span> '
           f'<span class="post-meta-item" title="Thời gian đọc"><span class="post-meta-item-text">Thời gian đọc ≈ </span><span>5 phút</span></span></div></div></header>'
           f'<div class="post-body" itemprop="articleBody"><blockquote><p>{esc(A12.lead)}</p></blockquote>{body}'
           f'<p style="text-align:right"><strong>{esc(BYLINE12[0])}</strong><br /><em>{esc(BYLINE12[1])}</em></p></div>'
           f'<footer class="post-footer"><div class="post-tags"><a href="/tags/dan-van/" rel="tag"># dân vận</a> <a href="/tags/lay-dan-lam-goc/" rel="tag"># lấy dân làm gốc</a></div>'
           f'<div class="post-nav"><div class="post-nav-item"><a href="/2025/02/26/doi-moi-sinh-hoat-chi-bo/" rel="prev" title="{esc(prev_t, True)}"><i class="fa fa-chevron-left"></i> {esc(prev_t)}</a></div>'
           f'<div class="post-nav-item"><a href="/2025/03/12/boi-duong-ly-luan-dang-vien-moi/" rel="next" title="{esc(next_t, True)}">{esc(next_t)} <i class="fa fa-chevron-right"></i></a></div></div></footer></article>')
    html = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="viewport" content="width=device-width">'
            f'<meta name="generator" content="Hexo 7.1.1"><link rel="stylesheet" href="/css/main.css"><link rel="stylesheet" href="https://cdnjs.example/font-awesome/6.5.1/css/all.min.css">'
            f'<script class="next-config" data-name="main" type="application/json">{{"hostname":"ttct.nganam.soctrang.gov.vn","root":"/","images":"/images","scheme":"Gemini","darkmode":false,"version":"8.19.1","sidebar":{{"position":"left","display":"post"}},"copycode":{{"enable":true}},"fold":{{"enable":false}},"motion":{{"enable":true}},"i18n":{{"placeholder":"Tìm kiếm...","empty":"Không có kết quả cho: ${{query}}","hits_time":"${{hits}} kết quả trong ${{time}} ms"}}}}</script>'
            f'<meta name="description" content="{esc(A12.lead[:150], True)}"><meta property="og:type" content="article"><meta property="og:title" content="{esc(A12.title, True)}">'
            f'<meta property="article:published_time" content="{pub.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")}"><meta property="article:modified_time" content="{upd.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">'
            f'<title>{esc(A12.title)} | Trung tâm Chính trị thị xã Ngã Năm</title><!--PAD--></head>'
            f'<body itemscope itemtype="http://schema.org/WebPage" class="use-motion"><div class="headband"></div><main class="main"><div class="column">'
            f'<header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner"><div class="site-brand-container"><div class="site-meta"><a href="/" class="brand" rel="start"><i class="logo-line"></i><p class="site-title">Trung tâm Chính trị thị xã Ngã Năm</p><i class="logo-line"></i></a>'
            f'<p class="site-subtitle" itemprop="description">Học tập - Nghiên cứu - Trao đổi</p></div></div><nav class="site-nav"><ul class="main-menu menu">{menu}</ul></nav></div></header>'
            f'<aside class="sidebar"><div class="sidebar-inner sidebar-nav-active sidebar-toc-active"><ul class="sidebar-nav"><li class="sidebar-nav-toc">Mục lục</li><li class="sidebar-nav-overview">Tổng quan</li></ul>'
            f'<div class="sidebar-panel-container"><div class="post-toc-wrap sidebar-panel"><div class="post-toc animated"><ol class="nav">{toc}</ol></div></div>'
            f'<div class="site-overview-wrap sidebar-panel"><div class="site-author site-overview-item animated"><img class="site-author-image" src="/images/logo-ttct.png" alt="TTCT Ngã Năm"><p class="site-author-name">TTCT Ngã Năm</p></div>'
            f'<div class="site-state-wrap site-overview-item animated"><nav class="site-state"><div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">128</span><span class="site-state-item-name">bài viết</span></a></div>'
            f'<div class="site-state-item site-state-categories"><a href="/categories/"><span class="site-state-item-count">6</span><span class="site-state-item-name">danh mục</span></a></div></nav></div>'
            f'<div class="links-of-blogroll site-overview-item animated"><div class="links-of-blogroll-title">Bài viết mới</div><ul class="links-of-blogroll-list">{recent}</ul></div></div></div></div></aside></div>'
            f'<div class="main-inner post posts-expand"><div class="post-block">{art}</div></div></main>'
            f'<footer class="footer"><div class="footer-inner"><div class="copyright">© 2021 – 2025 <span class="with-love"><i class="fa fa-heart"></i></span> <span class="author" itemprop="copyrightHolder">Trung tâm Chính trị thị xã Ngã Năm</span></div>'
            f'<div class="powered-by">Được tạo bởi <a href="https://hexo.example/" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.example/" rel="noopener" target="_blank">NexT.Gemini</a></div></div></footer>'
            f'<script src="/lib/anime.min.js"></script><script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/next-boot.js"></script></body></html>')
    html = pad(html, rng, 62, prefix="nx")
    url = "https://ttct.nganam.soctrang.gov.vn/2025/03/05/van-dung-quan-diem-lay-dan-lam-goc/"
    exp = expected(A12, iso(pub), updated=iso(upd), author="ThS. NCS. Trần Thị Mộng Tuyền", unit="Trung tâm Chính trị thị xã Ngã Năm", category="Nghiên cứu - Trao đổi", captions=[])
    return mk("political_centre_hexo_next_iso_dates_blockquote_sapo_ths_ncs_lecturer",
              "soctrang-nganam-ttct-hexo7-next-gemini-static-h1-post-title-ngay-dang-yyyy-mm-dd-time-datetime-agrees-da-sua-yyyy-mm-dd-trong-category-blockquote-sapo-lead-h2-numbered-heads-no-pictures-bold-right-ths-ncs-name-br-giang-vien-unit",
              url, html, exp,
              {"bylines": list(BYLINE12), "chrome": ["Số chữ:", "Thời gian đọc ≈", "Mục lục", "Bài viết mới", "# dân vận", "Được tạo bởi"], "post_nav": [prev_t, next_t], "recent": posts[:3]},
              "A small static page: Hexo 7 + NexT (Gemini scheme) blog of a district-level Trung tâm Chính trị. Study article. Post meta: 'Ngày đăng 2025-03-05' (ISO date printed) in <time datetime='2025-03-05T09:30:00+07:00' title='Ngày tạo: 2025-03-05 09:30:00'>, and 'Đã sửa 2025-03-07' in <time datetime='2025-03-07T16:10:00+07:00'> → the printed date-only stamps take the agreeing machine times with an explicit offset on those very elements (MAJORITY rule) → published 2025-03-05T09:30, updated 2025-03-07T16:10 ('Đã sửa' = edited, a visible update stamp). Category: 'Trong Nghiên cứu - Trao đổi' (NexT's 'in <category>' label; the word 'Trong' dropped). The sapo is a markdown BLOCKQUOTE at the top of the post body → lead (it is the article's summary, not a pull quote: it repeats no sentence). h2 numbered heads are body (the sidebar TOC repeating them is chrome). No pictures → captions []. Signature: bold 'ThS. NCS. Trần Thị Mộng Tuyền' / italic 'Giảng viên Trung tâm Chính trị thị xã Ngã Năm' → author 'ThS. NCS. Trần Thị Mộng Tuyền' (the degree and the doctoral-candidate designation 'NCS.' kept as printed, as academic designations), unit 'Trung tâm Chính trị thị xã Ngã Năm' (post 'Giảng viên' dropped). Word count, reading time, tags, post-nav titles and the 'Bài viết mới' blogroll are chrome.",
              "Hexo 7 + NexT static Trung tâm Chính trị (small page): 'Ngày đăng yyyy-mm-dd' + 'Đã sửa yyyy-mm-dd' in agreeing <time>s with offsets (times taken), 'Trong <category>', BLOCKQUOTE sapo = lead, h2 numbered heads, no pictures, bold 'ThS. NCS. Name' <br> italic 'Giảng viên <unit>' (academic designations kept, post dropped)",
              min_kb=50)


# ===================================================================== 13 Huyện ủy Lệ Thủy (Quảng Bình): Joomla 5 + Helix Ultimate; archive photos; 'Ảnh: Tư liệu' names no photographer (TWIST)
A13 = Art("Những chi bộ Đảng đầu tiên ở Lệ Thủy - dấu son trong lịch sử Đảng bộ huyện",
          "Nhân kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025), xin giới thiệu đôi nét về sự ra đời của những chi bộ Đảng đầu tiên trên quê hương Lệ Thủy - nền tảng cho những thắng lợi của Đảng bộ huyện gần một thế kỷ qua.",
          [("p", "Cuối năm 1929, phong trào yêu nước ở Lệ Thủy phát triển mạnh dưới ảnh hưởng của Hội Việt Nam Cách mạng Thanh niên. Những thanh niên trí thức ở làng Thạch Bàn, làng Đông Sơn đi học ở Huế, Vinh trở về đã bí mật truyền bá chủ nghĩa Mác - Lênin, tổ chức các nhóm đọc sách, hội tương tế trong nông dân."),
           ("img", "/images/2025/02/di-tich-chi-bo-dau-tien-thach-ban.jpg", "Di tích nơi thành lập Chi bộ Đảng đầu tiên của huyện tại làng Thạch Bàn (ảnh tư liệu)"),
           ("p", "Tháng 7/1930, tại nhà ông Hoàng Văn Kiểm ở làng Thạch Bàn, Chi bộ Đảng đầu tiên của huyện được thành lập với 5 đảng viên, do đồng chí Nguyễn Đình Tuyển làm Bí thư. Chỉ ít tháng sau, các chi bộ Đông Sơn, Phú Thọ lần lượt ra đời, đưa tổng số đảng viên toàn huyện lên 19 đồng chí vào cuối năm 1930."),
           ("p", "Dưới sự lãnh đạo của các chi bộ, Nhân dân Lệ Thủy đã đấu tranh đòi giảm sưu, hoãn thuế, chống bắt phu; tiêu biểu là cuộc biểu tình của hơn 800 nông dân kéo về huyện lỵ ngày 16/11/1930. Dù bị thực dân Pháp đàn áp khốc liệt, nhiều đảng viên bị bắt, tù đày, các cơ sở Đảng vẫn được gây dựng lại và giữ vững."),
           ("img", "/images/2025/02/can-bo-lao-thanh-le-thuy-1975.jpg", "Các đồng chí lão thành cách mạng huyện Lệ Thủy gặp mặt năm 1975 (ảnh tư liệu)"),
           ("p", "Từ những chi bộ đầu tiên ấy, Đảng bộ huyện Lệ Thủy không ngừng lớn mạnh, lãnh đạo Nhân dân giành chính quyền trong Cách mạng Tháng Tám năm 1945, góp sức người, sức của cho hai cuộc kháng chiến và công cuộc đổi mới. Đến nay, Đảng bộ huyện có 58 tổ chức cơ sở đảng với hơn 9.600 đảng viên."),
           ("p", "Ôn lại truyền thống vẻ vang, cán bộ, đảng viên và Nhân dân Lệ Thủy nguyện tiếp bước cha anh, thi đua lập thành tích chào mừng đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.")])
BYLINE13 = ("Hồ Thị Thanh (Ban Tuyên giáo và Dân vận Huyện ủy)", "Ảnh: Tư liệu")


def page13():
    pub = T("2025-02-01 07:15")

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" width="680" height="450" loading="lazy" /></p><p style="text-align:center"><em>{esc(c)}</em></p>')
        relh = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="/tin-tuc/lich-su-truyen-thong/{rng.randint(1000, 1400)}-{slug(t)}.html" itemprop="url"><span itemprop="name">{esc(t)}</span></a></li>' for t in rl[:5])
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
                f'<div class="article-details"><div class="article-header"><h1 itemprop="headline">{esc(A13.title)}</h1></div>'
                f'<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>'
                f'<div class="article-info"><span class="category-name" title="Danh mục: Lịch sử - Truyền thống"><a href="/tin-tuc/lich-su-truyen-thong.html" itemprop="genre">Lịch sử - Truyền thống</a></span> '
                f'<span class="published" title="Ngày đăng: {dmy(pub, ".")}"><time datetime="{iso(pub)}" itemprop="datePublished">{dmy(pub, ".")}</time></span> '
                f'<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1248">Lượt xem: 1248</span></div>'
                f'<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div><div class="social-share-block"><div class="article-social-share"><ul class="social-icons"><li class="list-inline-item"><a class="facebook" href="#">Facebook</a></li><li class="list-inline-item"><a class="zalo" href="#">Zalo</a></li></ul></div></div></div>'
                f'<div itemprop="articleBody"><p style="text-align:justify"><strong>{esc(A13.lead)}</strong></p>{body}{right_bold(BYLINE13[0])}{right_em(BYLINE13[1])}</div>'
                f'<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/tin-tuc/tags/95-nam-thanh-lap-dang.html" class="">95 năm thành lập Đảng</a></li></ul>'
                f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev"><span class="visually-hidden">Bài trước: {esc(rl[5])}</span>« Trước</a></span></nav>'
                f'<div class="related-article-list-container"><h3 class="related-article-title">Bài viết liên quan</h3><ul class="article-list related-article-list">{relh}</ul></div></div></div>')

    crumbs = ('<div class="sp-page-title-heading"><h2 class="sp-page-title-heading-text">Lịch sử - Truyền thống</h2></div>'
              '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/tin-tuc.html" class="pathway"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2"></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item active"><span itemprop="name">Lịch sử - Truyền thống</span><meta itemprop="position" content="3"></li></ol>')
    url = "https://lethuy.quangbinh.dcs.vn/tin-tuc/lich-su-truyen-thong/1392-nhung-chi-bo-dang-dau-tien-o-le-thuy-dau-son-trong-lich-su-dang-bo-huyen.html"
    head = ('<meta name="generator" content="Joomla! - Open Source Content Management - Version 5.2.3" /><meta name="author" content="huyenuy_lethuy" />'
            + og(A13.title, url, {"og:site_name": "Huyện ủy Lệ Thủy"})
            + '<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet" /><link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet" />'
            + '<script type="application/json" class="joomla-script-options new">{"data":{"breakpoints":{"tablet":991,"mobile":480},"header":{"stickyOffset":"100"}},"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Chú ý","WARNING":"Cảnh báo"},"system.paths":{"root":"","rootFull":"https:\\/\\/lethuy.quangbinh.dcs.vn\\/","base":"","baseFull":"https:\\/\\/lethuy.quangbinh.dcs.vn\\/"},"csrf.token":"' + "5e0c2b9f7a1d4e3c8b6a0f2d9e7c1b3a" + '"}</script>')
    side = lambda rng, pub: (side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d, "."), cls="sp-latest")
                             + '<div class="sp-module"><h3 class="sp-module-title">Đếm ngược</h3><div class="sp-module-content">Còn 53 ngày đến Đại hội Đảng bộ huyện lần thứ XXVI</div></div>'
                             + links_box(["Tỉnh ủy Quảng Bình", "Báo Quảng Bình", "Cổng TTĐT huyện Lệ Thủy"], "Liên kết website", "sp-links"))
    return page("s26-13", family="district_party_joomla5_helix_ultimate_anh_tu_lieu_credit_names_no_one",
                name="quangbinh-lethuy-huyenuy-joomla5-helix-ultimate-page-title-heading-crumb-lich-su-truyen-thong-h1-headline-dd-mm-yyyy-dotted-time-agrees-bold-first-p-lead-centred-em-captions-anh-tu-lieu-bold-right-name-paren-btgdv-italic-right-anh-tu-lieu",
                url=url, art=A13, main_fn=main, pub=pub, prefix="sp", kb=160,
                org="Huyện ủy Lệ Thủy", addr="Thị trấn Kiến Giang, huyện Lệ Thủy, tỉnh Quảng Bình", phone="0232.3882.216",
                crumbs=crumbs, top=head_top("sp", "/images/logo-huyenuy-lethuy.png", "Huyện ủy Lệ Thủy", days=2, hours=3, fmt=lambda d: dmy(d, ".")),
                side=side, shell_kw={"layout": "helix", "head_extra": head, "title": A13.title, "body_cls": "site helix-ultimate hu com_content com-content view-article layout-blog task-none itemid-142 vi-vn ltr sticky-header layout-fluid"},
                exp=expected(A13, iso(pub), author="Hồ Thị Thanh", unit="Ban Tuyên giáo và Dân vận Huyện ủy", category="Lịch sử - Truyền thống"),
                traps={"bylines": list(BYLINE13), "chrome": ["Lượt xem: 1248", "Bài viết liên quan", "95 năm thành lập Đảng", "Đếm ngược", "« Trước"], "related": lambda rl: rl[:4]},
                notes="TWIST: Joomla 5 + Helix Ultimate (JoomShaper) site of a Huyện ủy; a history article for the Party's 95th anniversary illustrated with ARCHIVE photos. The credit lines at the end are bold right 'Hồ Thị Thanh (Ban Tuyên giáo và Dân vận Huyện ủy)' and italic right 'Ảnh: Tư liệu' — the photo credit has the exact shape of a photographer credit but names no one: 'Tư liệu' means 'archive material'. → author 'Hồ Thị Thanh', unit 'Ban Tuyên giáo và Dân vận Huyện ủy', photographer NULL. A reader taking whatever follows 'Ảnh:' stores 'Tư liệu' as a photographer — a wrong record with no empty field. The two captions end '(ảnh tư liệu)' and are kept whole. Stamp: Helix prints '01.02.2025' (dotted) in <time datetime='2025-02-01T07:15:00+07:00'> → the agreeing machine time with an explicit offset is taken (MAJORITY rule) → 2025-02-01T07:15. Bold first paragraph = lead. Category 'Lịch sử - Truyền thống' (crumb last level = Helix page-title heading = the article-info category link). The visually-hidden 'Bài trước: …' pagenav label, the countdown box and the tags are chrome.",
                readme="TWIST the photo credit 'Ảnh: Tư liệu' ('archive material') has a photographer credit's shape but names no one → photographer null (author 'Name (Ban Tuyên giáo và Dân vận Huyện ủy)' from the line above); Joomla 5 + Helix Ultimate Huyện ủy, 'dd.mm.yyyy' in an agreeing <time> (time taken), bold first-p lead, centred em captions '(ảnh tư liệu)', crumb 'Lịch sử - Truyền thống'")


# ===================================================================== 14 Thành ủy Phan Thiết (Bình Thuận): WordPress + Elementor Pro theme builder; the byline at the END OF THE SAPO; a video with a poster and a caption
A14 = Art("Gắn biển công trình chào mừng 50 năm Ngày giải phóng Phan Thiết",
          "Chiều 19/4, Thành ủy, UBND TP Phan Thiết tổ chức lễ gắn biển công trình Nhà văn hóa khu phố 3, phường Phú Thủy - công trình chào mừng kỷ niệm 50 năm Ngày giải phóng Phan Thiết (19/4/1975 - 19/4/2025).",
          [("p", "Nhà văn hóa được xây dựng trên diện tích 620 m², gồm hội trường 150 chỗ ngồi, phòng đọc sách, sân thể thao đa năng và khu vui chơi cho thiếu nhi. Tổng kinh phí hơn 3,6 tỷ đồng, trong đó ngân sách thành phố 2,5 tỷ đồng, phần còn lại do Nhân dân và doanh nghiệp trên địa bàn đóng góp."),
           ("img", "/wp-content/uploads/2025/04/gan-bien-nha-van-hoa-kp3-phu-thuy.jpg", "Lãnh đạo Thành ủy, UBND thành phố thực hiện nghi thức gắn biển công trình"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Thành ủy ghi nhận tinh thần đồng thuận của Nhân dân khu phố 3 trong quá trình xây dựng; đề nghị Ban điều hành khu phố quản lý, khai thác hiệu quả công trình, biến nhà văn hóa thành nơi sinh hoạt cộng đồng, học tập suốt đời của người dân."),
           ("p", "Trong dịp kỷ niệm 50 năm Ngày giải phóng, TP Phan Thiết có 12 công trình được gắn biển chào mừng với tổng vốn đầu tư trên 180 tỷ đồng, tập trung vào hạ tầng giao thông, trường học và thiết chế văn hóa cơ sở."),
           ("video", "/wp-content/uploads/2025/04/clip-le-gan-bien-kp3.mp4", "Clip: Toàn cảnh lễ gắn biển công trình Nhà văn hóa khu phố 3, phường Phú Thủy"),
           ("p", "Sau lễ gắn biển, đoàn đại biểu đã dâng hương tại Đền thờ liệt sĩ thành phố, tưởng nhớ các anh hùng liệt sĩ đã hy sinh vì sự nghiệp giải phóng quê hương.")])
AUTH14 = "(Thanh Phong)"


def page14():
    pub = T("2025-04-19 16:05")

    def main(rng, rl, rd):
        out = []
        for b in A14.blocks:
            if b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
            elif b[0] == "img":
                out.append(f'</div></div><div class="elementor-element elementor-widget elementor-widget-image" data-widget_type="image.default"><div class="elementor-widget-container"><figure class="wp-caption">'
                           f'<img fetchpriority="high" decoding="async" width="800" height="533" src="{b[1]}" class="attachment-large size-large wp-image-{rng.randint(5000, 6000)}" alt="" />'
                           f'<figcaption class="widget-image-caption wp-caption-text">{esc(b[2])}</figcaption></figure></div></div>'
                           f'<div class="elementor-element elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default"><div class="elementor-widget-container">')
            elif b[0] == "video":
                out.append(f'<figure class="wp-block-video"><video controls preload="none" poster="/wp-content/uploads/2025/04/poster-clip-kp3.jpg" src="{b[1]}"></video>'
                           f'<figcaption class="wp-element-caption">{esc(b[2])}</figcaption></figure>')
        info = (f'<div class="elementor-element elementor-widget elementor-widget-post-info" data-widget_type="post-info.default"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
                f'<li class="elementor-icon-list-item elementor-repeater-item-3f2a1c9 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-calendar" viewBox="0 0 448 512"><path d="M12 192h424v272c0 26.5-21.5 48-48 48H60c-26.5 0-48-21.5-48-48V192z"></path></svg></span>'
                f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{wp_vi(pub)}</time></span></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-8b7d2e4 elementor-inline-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-far-clock" viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 256s111 248 248 248 248-111 248-248S393 8 256 8z"></path></svg></span>'
                f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><time>{hm(pub)}</time></span></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-c41e7a0 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__item-prefix">Chuyên mục: </span>'
                f'<span class="elementor-post-info__terms-list"><a href="/chuyen-muc/tin-thanh-uy/" class="elementor-post-info__terms-list-item">Tin Thành ủy</a></span></span></li></ul></div></div>')
        relh = "".join(f'<article class="elementor-post elementor-grid-item post type-post"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{slug(t)}/">{esc(t)}</a></h3>'
                       f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{wp_vi(d)}</span></div></div></article>' for t, d in zip(rl[:6], rd))
        return (f'<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading" data-widget_type="theme-post-title.default"><div class="elementor-widget-container">'
                f'<h1 class="elementor-heading-title elementor-size-default">{esc(A14.title)}</h1></div></div>{info}'
                f'<div class="elementor-element elementor-widget elementor-widget-theme-post-excerpt" data-widget_type="theme-post-excerpt.default"><div class="elementor-widget-container">'
                f'<p><strong>{esc(A14.lead)}</strong> <em>{esc(AUTH14)}</em></p></div></div>'
                f'<div class="elementor-element elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default"><div class="elementor-widget-container">{"".join(out)}</div></div>'
                f'<div class="elementor-element elementor-share-buttons--view-icon-text elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container"><div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook"><span class="elementor-share-btn__title">Chia sẻ</span></div></div><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_print"><span class="elementor-share-btn__title">In</span></div></div></div></div></div>'
                f'<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Tin cùng chuyên mục</h2></div></div>'
                f'<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts elementor-grid">{relh}</div></div></div>')

    crumbs = ('<div class="elementor-element elementor-widget elementor-widget-breadcrumbs"><div class="elementor-widget-container"><p id="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » <span><a href="/chuyen-muc/tin-tuc/">Tin tức</a></span> » '
              f'<span><a href="/chuyen-muc/tin-tuc/tin-thanh-uy/">Tin Thành ủy</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(A14.title)}</span></span></p></div></div>')
    url = "https://thanhuyphanthiet.binhthuan.dcs.vn/gan-bien-cong-trinh-chao-mung-50-nam-ngay-giai-phong-phan-thiet/"
    head = (og(A14.title, url, {"og:site_name": "Thành ủy Phan Thiết", "article:published_time": iso(pub), "article:modified_time": "2025-04-20T08:03:17+07:00"})
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A14.title, "datePublished": iso(pub), "dateModified": "2025-04-20T08:03:17+07:00", "author": {"@name": "admin_tu"}}]})
            + '<meta name="generator" content="Elementor 3.27.6; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">'
            + '<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6" media="all" /><link rel="stylesheet" id="elementor-pro-css" href="/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=3.27.3" media="all" />')
    side = lambda rng, pub: (side_std(rng, pub, "Tin mới nhất", fmt=wp_vi, cls="elementor-latest")
                             + '<div class="elementor-widget-countdown"><h3>Chào mừng 50 năm Ngày giải phóng miền Nam</h3><div class="elementor-countdown-wrapper">11 ngày 07 giờ 55 phút</div></div>'
                             + links_box(["Tỉnh ủy Bình Thuận", "Báo Bình Thuận", "UBND TP Phan Thiết"], "Liên kết", "elementor-links"))
    caps = [A14.blocks[1][2], A14.blocks[4][2]]
    return page("s26-14", family="city_party_wp_elementor_pro_byline_at_end_of_sapo_video_caption",
                name="binhthuan-phanthiet-thanhuy-wordpress-elementor-pro-theme-builder-yoast-crumb-tin-thanh-uy-h1-heading-widget-post-info-date-item-time-item-chuyen-muc-terms-bold-excerpt-sapo-ending-italic-paren-name-image-widget-caption-video-figcaption",
                url=url, art=A14, main_fn=main, pub=pub, prefix="el", kb=230,
                org="Thành ủy Phan Thiết", addr="Số 1 đường Nguyễn Tất Thành, TP Phan Thiết, tỉnh Bình Thuận", phone="0252.3822.509",
                crumbs=crumbs, top=head_top("el", "/wp-content/uploads/2024/11/logo-thanhuy-phanthiet.png", "Thành ủy Phan Thiết", days=1, hours=1, fmt=wp_vi),
                side=side, shell_kw={"layout": "elementor", "head_extra": head, "title": A14.title + " – Thành ủy Phan Thiết", "body_cls": "post-template-default single single-post elementor-default elementor-template-full-width elementor-kit-6 elementor-page-912"},
                exp=expected(A14, iso(pub), author="Thanh Phong", category="Tin Thành ủy", captions=caps),
                traps={"sapo_byline": [AUTH14], "chrome": ["Chia sẻ", "Tin cùng chuyên mục", "Tin mới nhất", "11 ngày 07 giờ 55 phút"], "accounts": ["admin_tu"], "related": lambda rl: rl[:5]},
                notes="WordPress + Hello Elementor + Elementor Pro theme-builder single template of a Thành ủy. Post-info widget: a date item '19 Tháng Tư, 2025' and a separate time item '16:05' (both <time> without datetime) → 2025-04-19T16:05; article:modified_time / JSON-LD dateModified exist only as metadata → updated null. The sapo is the post-excerpt widget, bold, and the editor ended it with the BYLINE in italics: '<strong>Chiều 19/4, … (19/4/1975 - 19/4/2025).</strong> <em>(Thanh Phong)</em>' → lead = the bold sentence without '(Thanh Phong)'; author 'Thanh Phong'; no other credit anywhere (no unit, no photographer). Captions: the Elementor image widget's figcaption and the figcaption of a <video> with a poster ('Clip: Toàn cảnh lễ …') — the editor's caption of a medium in the text, recorded as a caption (no player title bar or embed credit here). Category: post-info terms 'Chuyên mục: Tin Thành ủy' (label dropped) = Yoast crumb level before the title. The countdown box and the JSON-LD account 'admin_tu' are chrome.",
                readme="WordPress + Elementor Pro Thành ủy: post-info date item '19 Tháng Tư, 2025' + time item '16:05', bold excerpt sapo ENDING in the italic byline '(Name)' (lead without it; author from it), image-widget figcaption + a <video poster> figcaption (both captions), 'Chuyên mục:' terms = Yoast crumb, metadata-only modified time")


# ===================================================================== 15 Hội Chữ thập đỏ tỉnh Hậu Giang: Umbraco 8; .NET vi-VN 'Tháng Giêng' (= January); the byline in a layout table's cell; a caption with its own credit vs the article's photographer
A15 = Art("Hội Chữ thập đỏ tỉnh trao 2.000 phần quà Tết nhân ái Xuân Ất Tỵ 2025",
          "Từ ngày 13 đến 17/1, Hội Chữ thập đỏ tỉnh Hậu Giang phối hợp với các nhà tài trợ tổ chức chương trình “Tết nhân ái” Xuân Ất Tỵ 2025, trao 2.000 phần quà cho hộ nghèo, người khuyết tật, nạn nhân chất độc da cam tại 8 huyện, thị xã, thành phố.",
          [("p", "Mỗi phần quà trị giá 700.000 đồng, gồm tiền mặt, gạo, dầu ăn, bánh kẹo và các nhu yếu phẩm phục vụ Tết. Tổng giá trị chương trình 1,4 tỷ đồng, do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp thông qua Hội Chữ thập đỏ các cấp."),
           ("img", "/media/5kqfz2xw/trao-qua-tet-nhan-ai-chau-thanh-a.jpg", "Đại diện Hội Chữ thập đỏ tỉnh trao quà Tết cho hộ nghèo xã Tân Phú Thạnh, huyện Châu Thành A"),
           ("p", "Tại điểm trao quà ở xã Tân Phú Thạnh, bà Lê Thị Út, 71 tuổi, sống một mình, xúc động cho biết: “Năm nào gần Tết cũng được Hội nhớ tới, có phần quà này tôi yên tâm đón Tết”. Cùng với quà, các y bác sĩ tình nguyện còn khám bệnh, cấp thuốc miễn phí cho 350 người cao tuổi."),
           ("img", "/media/a3nd1r0p/kham-benh-cap-thuoc-mien-phi.jpg", "Y bác sĩ tình nguyện khám bệnh, cấp thuốc miễn phí cho người cao tuổi (Ảnh: Hội CTĐ tỉnh)"),
           ("p", "Dịp Tết Nguyên đán năm nay, Hội Chữ thập đỏ các cấp trong tỉnh đã vận động được hơn 9,8 tỷ đồng, trao tặng trên 16.000 phần quà; phối hợp tổ chức 3 phiên “Chợ Tết nhân đạo” với hàng hóa giá 0 đồng cho 1.200 hộ khó khăn."),
           ("p", "Phong trào “Tết vì người nghèo và nạn nhân chất độc da cam” năm 2025 tiếp tục được Hội Chữ thập đỏ tỉnh triển khai đến hết ngày 15/2/2025.")])
BYLINE15 = ("Bài, ảnh: Thu Thảo", "Hội Chữ thập đỏ huyện Châu Thành A")


def page15():
    pub = T("2025-01-17 10:45")
    net = lambda d: f"{d.day:02d} {NET_MONTHS[d.month - 1]} {d.year} {hm(d)}"

    def main(rng, rl, rd):
        body = A15.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<p><img style="width: 100%;" src="{s}?width=800&amp;height=533" alt="" data-udi="umb://media/{hexid(rng, 32)}" /></p><p class="image-caption">{esc(c)}</p>')
        sig = ('<table class="tbl-author" style="width: 100%; border-collapse: collapse; border: none;"><tbody><tr><td style="width: 50%; border: none;">&nbsp;</td>'
               f'<td style="width: 50%; text-align: center; border: none;"><strong>{esc(BYLINE15[0])}</strong><br /><em>{esc(BYLINE15[1])}</em></td></tr></tbody></table>')
        relh = "".join(f'<li class="news-list__item"><a href="/tin-hoat-dong/cuu-tro-nhan-dao/{slug(t)}/">{esc(t)}</a> <span class="news-list__date">{net(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="news-detail"><h1 class="news-detail__title">{esc(A15.title)}</h1>'
                f'<div class="news-detail__meta"><span class="news-detail__date"><i class="icon-calendar"></i> {net(pub)}</span><span class="news-detail__views"><i class="icon-eye"></i> 596</span></div>'
                f'<div class="news-detail__summary">{esc(A15.lead)}</div><div class="news-detail__body umb-rte">{body}{sig}</div>'
                f'<div class="news-detail__share"><a href="#" class="share-fb">Facebook</a> <a href="#" class="share-zalo">Zalo</a> <a href="#" onclick="window.print();return false;">In trang</a></div></article>'
                f'<section class="news-related"><h2 class="news-related__title">Tin liên quan</h2><ul class="news-list">{relh}</ul></section>')

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-hoat-dong/">Tin hoạt động</a></li>'
              '<li class="breadcrumb-item active" aria-current="page">Cứu trợ - Nhân đạo</li></ol></nav>')
    url = "https://chuthapdo.haugiang.gov.vn/tin-hoat-dong/cuu-tro-nhan-dao/hoi-chu-thap-do-tinh-trao-2000-phan-qua-tet-nhan-ai-xuan-at-ty-2025/"
    head = (og(A15.title, url, {"og:site_name": "Hội Chữ thập đỏ tỉnh Hậu Giang", "article:published_time": iso(pub)})
            + '<meta name="generator" content="Umbraco CMS 8.18.13" /><link href="/DependencyHandler.axd?s=L2Nzcy9tYWluLmNzcztjc3MvdmVuZG9yLmNzczs&amp;t=Css&amp;cdv=1843557202" type="text/css" rel="stylesheet"/>'
            + '<input name="__RequestVerificationToken" type="hidden" value="' + "CfDJ8Nq2hT4vWx0yZbJc9eKp1LmQ-7sRaUoV3fGdE6iH5jY8kN0pO2rS4tU6wX9zA1bC" + '" form="newsletter" />')
    side = lambda rng, pub: (side_std(rng, pub, "Tin mới", fmt=net, cls="umb-latest")
                             + '<div class="umb-fund"><h3>Quỹ “Tết vì người nghèo”</h3><p>Đã tiếp nhận: 9.812.400.000 đồng</p><p>Cập nhật đến 16/01/2025</p></div>'
                             + '<div class="umb-donate"><h3>Ủng hộ trực tuyến</h3><p>STK: 7400xxxx - Ngân hàng Nông nghiệp chi nhánh Hậu Giang</p></div>')
    return page("s26-15", family="red_cross_umbraco8_thang_gieng_dotnet_month_byline_in_layout_table_cell",
                name="haugiang-hoictd-umbraco8-bootstrap4-crumb-cuu-tro-nhan-dao-h1-news-detail-title-dd-thang-gieng-yyyy-hh-mm-dotnet-vi-vn-plain-summary-lead-p-image-caption-one-with-anh-credit-layout-table-empty-cell-bai-anh-name-br-unit",
                url=url, art=A15, main_fn=main, pub=pub, prefix="umb", kb=135,
                org="Hội Chữ thập đỏ tỉnh Hậu Giang", addr="Số 9 đường Trần Hưng Đạo, phường 5, TP Vị Thanh, tỉnh Hậu Giang", phone="0293.3878.225",
                crumbs=crumbs, top=head_top("umb", "/media/logo/logo-hctd.png", "Hội Chữ thập đỏ tỉnh Hậu Giang", days=1, hours=3, fmt=net),
                side=side, shell_kw={"layout": "umbraco", "head_extra": head, "title": A15.title + " | Hội Chữ thập đỏ tỉnh Hậu Giang", "items": MENU_MASS},
                exp=expected(A15, iso(pub), author="Thu Thảo", unit="Hội Chữ thập đỏ huyện Châu Thành A", photographer="Thu Thảo", category="Cứu trợ - Nhân đạo"),
                traps={"bylines": list(BYLINE15), "chrome": ["In trang", "Tin liên quan", "Ủng hộ trực tuyến", "Cập nhật đến 16/01/2025"], "related": lambda rl: rl[:4]},
                notes="Umbraco 8 (Bootstrap 4, RTE body) site of a provincial Hội Chữ thập đỏ. Stamp '17 Tháng Giêng 2025 10:45' is .NET's vi-VN culture formatting ('dd MMMM yyyy HH:mm'): .NET names January 'Tháng Giêng' — here the GREGORIAN January, not the first lunar month (which began on 29/1/2025, after this Tết-gift item went out on the 17th; og article:published_time agrees) → 2025-01-17T10:45. Plain summary div = lead. Captions in a separate <p class='image-caption'> under each image; the second ends '(Ảnh: Hội CTĐ tỉnh)' — a credit inside a caption, kept whole, which does not change the article's photographer. The byline sits in a borderless LAYOUT TABLE at the end of the body: an empty left cell and a centred right cell 'Bài, ảnh: Thu Thảo' <br> italic 'Hội Chữ thập đỏ huyện Châu Thành A' → author = photographer 'Thu Thảo', unit 'Hội Chữ thập đỏ huyện Châu Thành A'. That table is a signature block, not a data table: it is not a body row (the table-row rule is for tables of data). Category: crumb last level 'Cứu trợ - Nhân đạo'. The fund box 'Cập nhật đến 16/01/2025' is not a stamp.",
                readme="Umbraco 8 Hội Chữ thập đỏ: '17 Tháng Giêng 2025 10:45' (.NET vi-VN month name = Gregorian January), plain summary lead, p.image-caption captions (one ending '(Ảnh: Hội CTĐ tỉnh)'), byline in a borderless layout table's right cell 'Bài, ảnh: Name' <br> unit (author = photographer + unit; the table is not body), crumb 'Cứu trợ - Nhân đạo', fund box")


# ===================================================================== 16 Đài PT-TH Vĩnh Phúc: a CMC-like ASP.NET Core newsroom with a video.js player; a collective byline 'Nhóm phóng viên'; a broadcast time beside the stamp
A16 = Art("Vĩnh Phúc rực rỡ cờ hoa chào mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước",
          "Những ngày cuối tháng 4, khắp các tuyến phố, khu dân cư trên địa bàn tỉnh Vĩnh Phúc rực rỡ cờ hoa, băng rôn, khẩu hiệu chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).",
          [("p", "Tại TP Vĩnh Yên, các tuyến đường Kim Ngọc, Mê Linh, Nguyễn Tất Thành, quảng trường Hồ Chí Minh được trang trí hàng nghìn lá cờ Tổ quốc, cờ Đảng cùng hệ thống pano, áp phích cổ động trực quan. Nhiều hộ gia đình, cơ quan, doanh nghiệp chủ động treo cờ từ ngày 25/4."),
           ("p", "Ở TP Phúc Yên và các huyện Tam Đảo, Lập Thạch, Sông Lô, đoàn viên thanh niên ra quân dọn vệ sinh, chỉnh trang các nghĩa trang liệt sĩ, nhà bia tưởng niệm; các trường học tổ chức sinh hoạt dưới cờ với chủ đề “Tự hào 50 năm đất nước thống nhất”."),
           ("p", "Tối 29/4, hàng nghìn người dân và du khách đã tập trung tại quảng trường tỉnh theo dõi truyền hình trực tiếp chương trình nghệ thuật chào mừng và chờ đón màn bắn pháo hoa tầm cao được tổ chức vào tối 30/4."),
           ("p", "Theo Sở Văn hóa, Thể thao và Du lịch, dịp này toàn tỉnh có 45 hoạt động văn hóa, thể thao chào mừng, trong đó có giải chạy “Vì hòa bình” với gần 3.000 vận động viên tham gia vào sáng 27/4 tại TP Vĩnh Yên.")])
BYLINE16 = "Nhóm phóng viên"


def page16():
    pub = T("2025-04-29 21:15")

    def main(rng, rl, rd):
        body = A16.render(p=jp)
        player = (f'<div class="video-box"><video id="vjs_video_{rng.randint(100, 999)}" class="video-js vjs-default-skin vjs-big-play-centered vjs-16-9" controls preload="none" '
                  f'poster="/Uploads/Video/2025/04/29/thumb-co-hoa-vinh-phuc.jpg" data-setup=\'{{"fluid":true}}\'><source src="https://vod.vptv.example/hls/2025/04/29/co-hoa-vinh-phuc/playlist.m3u8" type="application/x-mpegURL" /></video>'
                  f'<div class="vjs-title-bar"><span class="vjs-title-bar-title">Thời sự VPTV tối 29/4/2025</span></div></div>')
        relh = "".join(f'<div class="video-item"><a href="/video/thoi-su/{slug(t)}-{rng.randint(50000, 59999)}.html"><img src="/Uploads/Video/thumb/{hexid(rng, 12)}.jpg" alt="" /><span class="play-icon"></span></a>'
                       f'<h3><a href="/video/thoi-su/{slug(t)}-{rng.randint(50000, 59999)}.html">{esc(t)}</a></h3><span class="time">{d.day}/{d.month}/{d.year} - {hm(d)}</span></div>' for t, d in zip(rl[:6], rd))
        return (f'<div class="detail-video"><h1 class="video-title">{esc(A16.title)}</h1>'
                f'<div class="detail-meta"><span class="detail-time">{pub.day}/{pub.month}/{pub.year} - {hm(pub)}</span> <span class="detail-views">Lượt xem: 3.187</span></div>'
                f'{player}<div class="broadcast-info"><i class="icon-tv"></i> Phát sóng: 19h00 ngày 29/4/2025 - Chương trình Thời sự tối trên kênh VPTV</div>'
                f'<h2 class="detail-sapo">{esc(A16.lead)}</h2><div class="detail-content">{body}{right_bold(BYLINE16)}</div>'
                f'<div class="detail-share"><a href="#">Chia sẻ</a> <a href="#">Sao chép liên kết</a></div>'
                f'<div class="video-related"><h3 class="title-box">Video khác</h3><div class="video-grid">{relh}</div></div></div>')

    crumbs = '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/video">Video</a></li><li class="active"><a href="/video/thoi-su">Thời sự</a></li></ul>'
    url = "https://vinhphuctv.vn/video/thoi-su/vinh-phuc-ruc-ro-co-hoa-chao-mung-50-nam-ngay-giai-phong-mien-nam-thong-nhat-dat-nuoc-58214.html"
    head = (og(A16.title, url, {"og:site_name": "Đài Phát thanh và Truyền hình Vĩnh Phúc", "og:type": "video.other", "og:video": "https://vod.vptv.example/hls/2025/04/29/co-hoa-vinh-phuc/playlist.m3u8"})
            + '<link href="/lib/video.js/8.10.0/video-js.min.css" rel="stylesheet" /><script src="/lib/video.js/8.10.0/video.min.js"></script>'
            + '<script src="/js/site.min.js?v=hD7pQ2xLmN9vB3tR"></script><meta name="author" content="CMC TS" />')

    def side(rng, pub):
        sched = "".join(f'<li><span class="time">{h}</span> {esc(p)}</li>' for h, p in [("05:55", "Chào ngày mới"), ("11:30", "Thời sự trưa"), ("19:00", "Thời sự tối"), ("20:10", "Chương trình nghệ thuật “Khúc khải hoàn”"), ("21:30", "Phim tài liệu “Mùa xuân đại thắng”")])
        return (f'<div class="box-schedule"><h3>Lịch phát sóng ngày 30/4/2025</h3><ul>{sched}</ul></div>'
                + side_std(rng, pub, "Xem nhiều", fmt=lambda d: f"{d.day}/{d.month}/{d.year} - {hm(d)}", cls="box-most")
                + '<div class="box-live"><h3>Xem trực tuyến</h3><a href="/truc-tuyen/vptv">VPTV</a> <a href="/truc-tuyen/radio">Phát thanh FM 97,0 MHz</a></div>')
    return page("s26-16", family="broadcaster_cmc_like_aspnetcore_videojs_collective_byline_broadcast_time",
                name="vinhphuc-daiptth-cmc-like-aspnetcore-newsroom-crumb-video-thoi-su-h1-video-title-d-m-yyyy-dash-hh-mm-videojs-player-title-bar-not-caption-phat-song-19h00-decoy-h2-sapo-no-captions-bold-right-nhom-phong-vien",
                url=url, art=A16, main_fn=main, pub=pub, prefix="vp", kb=175,
                org="Đài Phát thanh và Truyền hình Vĩnh Phúc", addr="Số 6 đường Hai Bà Trưng, TP Vĩnh Yên, tỉnh Vĩnh Phúc", phone="0211.3862.668",
                crumbs=crumbs, top=head_top("vp", "/images/logo-vptv.png", "Đài Phát thanh và Truyền hình Vĩnh Phúc", days=0, hours=2),
                side=side, shell_kw={"layout": "div", "head_extra": head, "title": A16.title, "items": MENU_NEWS},
                exp=expected(A16, iso(pub), author="Nhóm phóng viên", category="Thời sự", captions=[]),
                traps={"bylines": [BYLINE16], "player": ["Thời sự VPTV tối 29/4/2025"], "broadcast": ["Phát sóng: 19h00 ngày 29/4/2025 - Chương trình Thời sự tối trên kênh VPTV"],
                       "chrome": ["Lượt xem: 3.187", "Sao chép liên kết", "Video khác", "Lịch phát sóng ngày 30/4/2025", "Xem trực tuyến"], "related": lambda rl: rl[:5]},
                notes="A CMC-like ASP.NET Core newsroom of a provincial Đài PT-TH; a VIDEO item (video.js player with a poster). Stamp '29/4/2025 - 21:15' (unpadded day/month) → 2025-04-29T21:15. Under the player an info line 'Phát sóng: 19h00 ngày 29/4/2025 - Chương trình Thời sự tối …' gives the BROADCAST time of the TV report, not the page's publication → not used. The player's title bar ('Thời sự VPTV tối 29/4/2025') is player chrome: not a caption, not body (set 24 rule) → captions []. h2 sapo = lead; the text is the report's script. Collective byline bold right 'Nhóm phóng viên' → author 'Nhóm phóng viên' as printed (a group of reporters is who made the item; it is a credit, not an office or an account), unit null. Category: crumb last level 'Thời sự' (the parent 'Video' is the media type). The broadcast schedule of 30/4 and the live box are chrome.",
                readme="CMC-like ASP.NET Core Đài PT-TH video item: 'd/m/yyyy - HH:MM', a 'Phát sóng: 19h00 ngày …' broadcast-time line (decoy), video.js player title bar (not a caption → captions []), h2 sapo, collective byline 'Nhóm phóng viên' (author as printed), crumb 'Video › Thời sự'")


# ===================================================================== 17 Đảng ủy Khối các cơ quan tỉnh Bình Thuận: Plone 5; documentByLine with 'Cập nhật lần cuối'; a TRANSLATOR's byline '(lược dịch)'
A17 = Art("Dư luận quốc tế đánh giá cao thành tựu 50 năm thống nhất đất nước của Việt Nam",
          "Nhân dịp kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025), nhiều học giả, chính khách và báo chí nước ngoài đã có bài viết, bình luận đánh giá cao những thành tựu to lớn mà Việt Nam đạt được.",
          [("p", "Trong bài viết đăng trên một tạp chí nghiên cứu châu Á, nhà nghiên cứu người Thụy Điển Erik Lindholm cho rằng chiến thắng ngày 30/4/1975 không chỉ là thắng lợi của dân tộc Việt Nam mà còn là nguồn cổ vũ to lớn đối với phong trào giải phóng dân tộc trên thế giới. Theo ông, điều đáng chú ý là Việt Nam đã nhanh chóng hàn gắn vết thương chiến tranh, mở cửa hội nhập và trở thành một trong những nền kinh tế năng động nhất khu vực."),
           ("img", "/binh-thuan/tin-tuc/images/dieu-binh-50-nam-30-4.jpg", "Lễ diễu binh, diễu hành kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước tại TP Hồ Chí Minh sáng 30/4/2025. Ảnh: TTXVN"),
           ("p", "Một tờ báo lớn của Ấn Độ nhận định, từ một nước nghèo bị chiến tranh tàn phá, Việt Nam nay có quy mô kinh tế thuộc nhóm 35 nước lớn nhất thế giới, là đối tác thương mại quan trọng của nhiều nền kinh tế. Bài báo đánh giá cao chính sách đối ngoại độc lập, tự chủ, đa phương hóa, đa dạng hóa của Việt Nam."),
           ("p", "Chủ tịch một chính đảng cánh tả ở Nam Mỹ, ông Mateo Ferreyra, trong thư chúc mừng gửi Đảng Cộng sản Việt Nam, khẳng định con đường mà Việt Nam lựa chọn đã chứng minh sức sống qua những thành quả của công cuộc đổi mới."),
           ("p", "Nhiều hãng thông tấn quốc tế cũng đưa tin đậm nét về lễ kỷ niệm tại TP Hồ Chí Minh, nhấn mạnh không khí tự hào, đoàn kết của người dân và sự tham gia của các khối quân đội nước bạn trong đội hình diễu binh.")])
BYLINE17 = "Hà Phương (lược dịch)"


def page17():
    pub = T("2025-05-05 10:14")
    upd = T("2025-05-06 08:20")

    def main(rng, rl, rd):
        body = A17.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: f'<figure class="image-richtext image-inline captioned"><img class="image-richtext image-inline" src="{s}/@@images/image/large" alt="" /><figcaption>{esc(c)}</figcaption></figure>')
        relh = "".join(f'<li class="portletItem"><a href="/tin-tuc/thong-tin-doi-ngoai/{slug(t)}" class="tile contenttype-news-item">{esc(t)}</a> <span class="portletItemDetails">{dmy(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope itemtype="http://schema.org/WebPage"><span itemprop="name">{esc(A17.title)}</span></span></div>'
                f'<h1 class="documentFirstHeading">{esc(A17.title)}</h1>'
                f'<div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">bởi <a href="/author/dukcq">dukcq</a></span> — '
                f'<span class="documentPublished"><span>Ngày đăng</span> {dmy(pub)} {hm(pub)}</span> — <span class="documentModified"><span>Cập nhật lần cuối</span> {dmy(upd)} {hm(upd)}</span></div></div>'
                f'<div class="documentDescription description">{esc(A17.lead)}</div>'
                f'<div id="content-core"><div id="parent-fieldname-text" class="plain">{body}{right_bold(BYLINE17)}</div></div>'
                f'<div id="viewlet-below-content-body"><div class="visualClear"><!-- --></div><div class="documentActions"><ul><li id="document-action-print"><a href="javascript:this.print();" title="">In</a></li><li id="document-action-sendto"><a href="/tin-tuc/thong-tin-doi-ngoai/du-luan-quoc-te/sendto_form" title="">Gửi cho bạn bè</a></li></ul></div></div>'
                f'<section class="portlet portletNews"><header class="portletHeader">Bài viết khác</header><ul class="portletContent">{relh}</ul></section>')

    crumbs = ('<nav id="portal-breadcrumbs" class="plone-breadcrumb" aria-label="breadcrumb"><div class="container"><span id="breadcrumbs-you-are-here" class="hiddenStructure">Bạn đang ở đây:</span>'
              '<ol aria-labelledby="breadcrumbs-you-are-here"><li id="breadcrumbs-home"><a href="/">Trang chủ</a></li><li id="breadcrumbs-1"><a href="/tin-tuc">Tin tức</a></li>'
              f'<li id="breadcrumbs-2"><a href="/tin-tuc/thong-tin-doi-ngoai">Thông tin đối ngoại</a></li><li id="breadcrumbs-current">{esc(A17.title)}</li></ol></div></nav>')
    url = "https://dukcq.binhthuan.dcs.vn/tin-tuc/thong-tin-doi-ngoai/du-luan-quoc-te-danh-gia-cao-thanh-tuu-50-nam-thong-nhat-dat-nuoc-cua-viet-nam"
    head = ('<meta name="generator" content="Plone - http://plone.com" /><meta name="DC.date.created" content="2025-05-05T10:14:22+07:00" /><meta name="DC.date.modified" content="2025-05-06T08:20:37+07:00" />'
            '<meta name="DC.type" content="Tin tức" /><meta name="DC.format" content="text/plain" /><meta name="DC.creator" content="dukcq" />'
            + og(A17.title, url, {"og:site_name": "Đảng ủy Khối các cơ quan tỉnh Bình Thuận"})
            + '<link rel="stylesheet" href="https://dukcq.binhthuan.dcs.vn/++plone++production/++unique++2025-01-08T10:22:19.112233/default.css" data-bundle="production" />'
            + '<script src="https://dukcq.binhthuan.dcs.vn/++plone++production/++unique++2025-01-08T10:22:19.112233/default.js" data-bundle="production"></script>')
    side = lambda rng, pub: (side_std(rng, pub, "Tin mới", cls="portletRecent")
                             + '<section class="portlet portletCalendar"><header class="portletHeader">Lịch</header><div class="portletContent">Tháng 5 2025 · CN T2 T3 T4 T5 T6 T7</div></section>'
                             + vb_box(["Kế hoạch số 112-KH/ĐUK về tuyên truyền kỷ niệm các ngày lễ lớn năm 2025", "Hướng dẫn sinh hoạt chi bộ chuyên đề quý II/2025"], "Văn bản mới", "portletDocs"))
    return page("s26-17", family="party_bloc_plone5_document_byline_translator_luoc_dich",
                name="binhthuan-dukcq-plone5-barceloneta-breadcrumbs-thong-tin-doi-ngoai-current-title-documentfirstheading-documentbyline-boi-account-ngay-dang-cap-nhat-lan-cuoi-description-lead-captioned-figure-anh-ttxvn-bold-right-name-luoc-dich",
                url=url, art=A17, main_fn=main, pub=pub, prefix="pl", kb=150,
                org="Đảng ủy Khối các cơ quan tỉnh Bình Thuận", addr="Số 19 đường Nguyễn Tất Thành, TP Phan Thiết, tỉnh Bình Thuận", phone="0252.3821.448",
                crumbs=crumbs, top=head_top("pl", "/logo.png", "Đảng ủy Khối các cơ quan tỉnh Bình Thuận", days=1, hours=4),
                side=side, shell_kw={"layout": "plone", "head_extra": head, "title": A17.title + " — Đảng ủy Khối các cơ quan tỉnh Bình Thuận", "body_cls": "frontend icons-on portaltype-news-item section-tin-tuc site-dukcq subsection-thong-tin-doi-ngoai template-newsitem_view thumbs-on userrole-anonymous viewpermission-view"},
                exp=expected(A17, iso(pub), updated=iso(upd), author="Hà Phương", category="Thông tin đối ngoại"),
                traps={"bylines": [BYLINE17], "accounts": ["dukcq"], "chrome": ["Gửi cho bạn bè", "Bài viết khác", "Bạn đang ở đây:", "Văn bản mới"], "related": lambda rl: rl[:4]},
                notes="Plone 5 (Barceloneta) site of an Đảng ủy Khối các cơ quan tỉnh. documentByLine: 'bởi dukcq — Ngày đăng 05/05/2025 10:14 — Cập nhật lần cuối 06/05/2025 08:20' → published 2025-05-05T10:14, updated 2025-05-06T08:20 (the DC.date meta carry seconds that are not printed → ':00'); 'dukcq' is an account. documentDescription = lead. A round-up of FOREIGN opinion, written from foreign sources: the byline bold right 'Hà Phương (lược dịch)' ('summarised and translated by') → author 'Hà Phương' — the only person credited and the one who wrote the Vietnamese text, as '(thực hiện)', '(tổng hợp)' and '(lược ghi)' credits are recorded; the foreign writers quoted in the text are not authors. Captioned figure with '. Ảnh: TTXVN' inside the caption → caption kept whole, photographer null. Category: Plone breadcrumbs level before the current item 'Thông tin đối ngoại'.",
                readme="Plone 5 Đảng ủy Khối các cơ quan: documentByLine 'bởi <account> — Ngày đăng dd/mm/yyyy HH:MM — Cập nhật lần cuối …', documentDescription lead, captioned figure ending '. Ảnh: TTXVN', translator's byline 'Name (lược dịch)' → author, breadcrumbs 'Thông tin đối ngoại' before the current title")


# ===================================================================== 18 Ban Tuyên giáo và Dân vận Huyện ủy Lục Nam (Bắc Giang): NukeViet 4 PRINT view (small page); 'Tác giả: Name (biên tập)' + 'Nguồn tin:'; no category printed
A18 = Art("Lục Nam: Hội nghị báo cáo viên tháng 5/2025",
          "Sáng 12/5, Ban Thường vụ Huyện ủy Lục Nam tổ chức hội nghị báo cáo viên tháng 5/2025 theo hình thức trực tiếp kết hợp trực tuyến đến 27 điểm cầu các xã, thị trấn.",
          [("p", "Tại hội nghị, các đại biểu được thông tin về tình hình thời sự trong nước, quốc tế nổi bật; kết quả tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước; tiến độ sắp xếp đơn vị hành chính cấp xã và xây dựng mô hình chính quyền địa phương hai cấp."),
           ("p", "Báo cáo viên cũng thông tin về tình hình kinh tế - xã hội của huyện 4 tháng đầu năm: giá trị sản xuất nông nghiệp tăng 3,2%; thu ngân sách đạt 41% dự toán; 38 căn nhà tạm, nhà dột nát đã được hỗ trợ xây mới, sửa chữa."),
           ("p", "Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Huyện ủy đề nghị đội ngũ báo cáo viên tiếp tục nắm chắc tình hình tư tưởng của cán bộ, đảng viên và Nhân dân trước, trong và sau sắp xếp; kịp thời định hướng thông tin, đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng."),
           ("p", "Dịp này, Ban Tuyên giáo và Dân vận Huyện ủy cung cấp tài liệu tuyên truyền về Luật Thực hiện dân chủ ở cơ sở và Kết luận số 150-KL/TW của Bộ Chính trị cho các điểm cầu.")])
CAP18 = "Quang cảnh hội nghị tại điểm cầu Huyện ủy Lục Nam"


def page18():
    pub = T("2025-05-12 09:30")
    site = "Ban Tuyên giáo và Dân vận Huyện ủy Lục Nam"
    url = "https://lucnam.bacgiang.dcs.vn/news/print/tin-hoat-dong/luc-nam-hoi-nghi-bao-cao-vien-thang-5-2025-1287.html"
    art_url = url.replace("/news/print/", "/news/")
    wdl = wd(pub, lower=True)
    body = A18.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>')
    html = (f'<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n<head>\n<title>{esc(A18.title)} - {esc(site)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f'<meta name="robots" content="noindex, nofollow" />\n<meta name="generator" content="NukeViet v4.5" />\n'
            f'<link rel="StyleSheet" href="/themes/default/css/font-awesome.min.css">\n<link rel="StyleSheet" href="/themes/default/css/news.print.css">\n'
            f'<script src="/assets/js/jquery/jquery.min.js"></script>\n'
            f'</head>\n<body>\n<div id="print">\n<div id="hd_print">\n<h2 class="pull-left">{esc(site)}</h2>\n'
            f'<p class="pull-right"><a title="{esc(site, True)}" href="https://lucnam.bacgiang.dcs.vn/">https://lucnam.bacgiang.dcs.vn</a></p>\n</div>\n<div class="clear"></div>\n<hr />\n'
            f'<div id="content">\n<h1>{esc(A18.title)}</h1>\n<ul class="list-inline">\n<li>{wdl} - {dmy(pub)} {hm(pub)}</li>\n<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>\n'
            f'<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li>\n</ul>\n<div class="clear"></div>\n'
            f'<div id="hometext"><figure class="article center"><img alt="{esc(CAP18, True)}" src="/uploads/news/2025_05/hoi-nghi-bao-cao-vien-t5.jpg" width="560" class="img-thumbnail" /><figcaption>{esc(CAP18)}</figcaption></figure>{esc(A18.lead)}</div>\n'
            f'<div id="bodytext" class="clearfix">{body}</div>\n'
            f'<div id="author"><p class="text-right"><strong>Tác giả: </strong>Hoàng Long (biên tập)</p><p class="text-right"><strong>Nguồn tin: </strong>{esc(site)}</p></div>\n</div>\n'
            f'<div id="footer" class="clearfix">\n<div id="url">\n<strong>URL của bài viết: </strong><a href="{esc(art_url, True)}" title="{esc(A18.title, True)}">{esc(art_url)}</a>\n</div>\n<div class="clear"></div>\n'
            f'<div class="copyright">\n&copy; {esc(site)}\n</div>\n<div id="contact">\n<a href="mailto:btgdvlucnam@bacgiang.gov.vn">btgdvlucnam@bacgiang.gov.vn</a>\n</div>\n</div>\n</div>\n'
            f'<script>$(document).ready(function(){{window.print();}});</script>\n</body>\n</html>\n')
    exp = expected(A18, iso(pub), author="Hoàng Long", category=None, captions=[CAP18])
    return mk("btgdv_district_nukeviet4_print_view_small_page",
              "bacgiang-lucnam-btgdvhu-nukeviet45-news-print-view-hd-print-site-name-h2-h1-title-weekday-lower-dash-dd-mm-yyyy-hh-mm-hometext-figure-figcaption-lead-tac-gia-name-bien-tap-nguon-tin-unit-url-footer-no-category-small",
              url, html, exp,
              {"print_chrome": ["In ra", "Đóng cửa sổ này", "URL của bài viết:"], "author_block": ["Tác giả:", "Hoàng Long (biên tập)", f"Nguồn tin: {site}"],
               "footer": ["btgdvlucnam@bacgiang.gov.vn"]},
              "A SMALL page: the PRINT view of a NukeViet 4.5 news item (/news/print/<cat>/<alias>-<id>.html), the page a print link opens, crawled like any other (noindex). Header: the site name as h2 and the site URL; no menu, no crumb, no category label → category null (the category alias in the URL is not printed). Title h1. Stamp 'Thứ hai - 12/05/2025 09:30' (NukeViet 'l - d/m/Y H:i', the weekday's second word in lower case) → 2025-05-12T09:30. The hometext (lead) follows the lead image's figure with its figcaption (the one caption). Author block: 'Tác giả: Hoàng Long (biên tập)' → author 'Hoàng Long' ('(biên tập)' = compiled/edited the item, the only person credited, recorded like '(tổng hợp)'); 'Nguồn tin: Ban Tuyên giáo và Dân vận Huyện ủy Lục Nam' is a source element → unit null (conventions). 'In ra', 'Đóng cửa sổ này', the article URL and the copyright/contact footer are print chrome.",
              "NukeViet 4.5 PRINT view (small page): site name h2 + URL header, h1, 'Thứ hai - dd/mm/yyyy HH:MM', figure + figcaption then hometext lead, 'Tác giả: Name (biên tập)' + 'Nguồn tin: <board>' (source → unit null), no category printed (null)",
              min_kb=3)


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
