"""Set 10 (2): fourteen everyday pages from Party, government, newspaper, radio-TV and mass-organisation sites."""
from .common import Art, T, iso, isod, dmy, hm, esc, expected, hexid, wd
from .kit import rel, share
from .p_01_pages import _page, fig, pic

CRUMB = lambda *xs: '<div class="breadcrumb"><a href="/">Trang chủ</a>' + "".join(f' » <a href="#">{esc(x)}</a>' for x in xs) + "</div>"



def tpl(s, c, n):
    return f'<table class="tplCaption"><tr><td><img src="{s}"></td></tr><tr><td><p>{esc(c)}</p></td></tr></table>'


def wpfig(s, c, n):
    return f'<figure class="wp-block-image"><img src="{s}"><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'


def pcap(s, c, n):
    return f'<p><img src="{s}"></p><p class="caption"><i>{esc(c)}</i></p>'


def h4(t):
    return f"<h4>{esc(t)}</h4>"


def divp(t):
    return f"<div>{esc(t)}</div>"


# ===================================================================== 5
A5 = Art("Tỉnh ủy Nghĩa Bình sơ kết 3 năm thực hiện Kết luận số 21 về xây dựng, chỉnh đốn Đảng",
         "Chiều 22/8, Ban Thường vụ Tỉnh ủy Nghĩa Bình tổ chức hội nghị sơ kết 3 năm thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.",
         [("p", "Ba năm qua, các cấp ủy đã kiểm điểm, làm rõ trách nhiệm đối với 46 tổ chức đảng và 312 đảng viên có biểu hiện suy thoái; thi hành kỷ luật 58 đảng viên."),
          ("img", "/documents/10181/2024/08/so-ket-kl21.jpg", "Quang cảnh hội nghị sơ kết"),
          ("h", "Nhận diện rõ biểu hiện suy thoái"),
          ("p", "Tỉnh ủy đã ban hành bộ tiêu chí nhận diện 27 biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa” phù hợp với từng loại hình tổ chức đảng."),
          ("p", "Hội nghị thống nhất trong năm 2025 tập trung kiểm tra việc thực hiện nêu gương của người đứng đầu cấp ủy các cấp.")])


def page05():
    pub = T("2024-08-23 08:10")

    def main(rng, rl, rd):
        return (f'<div class="asset-full-content"><h3 class="header-title">{esc(A5.title)}</h3><div class="tacgia-top">Bài, ảnh: <b>Trần Quốc Việt</b></div>'
                f'<div class="journal-content-article"><p><strong>{esc(A5.lead)}</strong></p>{A5.render(img=fig, h=h4)}</div>'
                f'<div class="ngay-xb">Ngày xuất bản: 23/08/2024 08:10 &nbsp; | &nbsp; Lượt xem: 742</div>{share("taglib-social")}'
                f'{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", cls="tinlienquan", head="Các tin đã đưa")}</div>')
    return _page("s10-05", family="province_party_liferay_bottom_stamp", name="nghiabinh-tinhuy-h3-title-bai-anh-top-ngay-xuat-ban-bottom-h4-subhead",
                 url="https://nghiabinh.dcs.vn/web/guest/xay-dung-dang/-/asset_publisher/XDD/content/so-ket-3-nam-ket-luan-21", art=A5, main_fn=main, pub=pub, prefix="tu", kb=265, form=False,
                 org="Đảng bộ tỉnh Nghĩa Bình", addr="Số 52 Hùng Vương, TP Quảng Ngãi, tỉnh Nghĩa Bình", phone="0255.3822.301",
                 crumbs=CRUMB("Xây dựng Đảng"),
                 exp=expected(A5, iso(pub), author="Trần Quốc Việt", photographer="Trần Quốc Việt", category="Xây dựng Đảng"),
                 traps={"bylines": ["Bài, ảnh:"], "related": lambda rl: rl[:3], "chrome": ["Các tin đã đưa", "Lượt xem: 742"]},
                 notes="Liferay asset publisher: title in h3.header-title, byline 'Bài, ảnh: Trần Quốc Việt' directly under the title (author = photographer), stamp only below the article 'Ngày xuất bản: 23/08/2024 08:10'. h4 sub-head is body. Lead '22/8' is the event day.",
                 readme="h3 title, 'Bài, ảnh:' byline under title, stamp only after the text ('Ngày xuất bản'), h4 sub-head")


# ===================================================================== 6
A6 = Art("UBND tỉnh Hà Nam Ninh phê duyệt phương án giá đất bồi thường tuyến tránh quốc lộ 10",
         "UBND tỉnh Hà Nam Ninh vừa ban hành quyết định phê duyệt phương án giá đất cụ thể để tính bồi thường khi Nhà nước thu hồi đất thực hiện dự án tuyến tránh quốc lộ 10.",
         [("p", "Theo quyết định, giá đất ở ven tuyến được xác định từ 4,2 đến 9,8 triệu đồng/m², đất trồng lúa 105.000 đồng/m²."),
          ("p", "Dự án có tổng chiều dài 11,6 km, đi qua địa bàn 7 xã với khoảng 540 hộ dân bị ảnh hưởng."),
          ("p", "UBND tỉnh giao UBND các huyện hoàn thành chi trả tiền bồi thường trước ngày 30/11/2024.")])


def page06():
    pub = T("2024-08-05 15:45")

    def main(rng, rl, rd):
        return (f'<div class="vnp-article"><div class="vnp-cat">Chỉ đạo điều hành</div><h1>{esc(A6.title)}</h1>'
                f'<div class="vnp-time">05.08.2024 | 15h45</div><div class="vnp-sapo">{esc(A6.lead)}</div>'
                f'<div class="vnp-body">{A6.render()}<p style="text-align:right"><em>Nguồn: Sở Tài nguyên và Môi trường</em></p></div>'
                f'<div class="vnp-files">Tệp đính kèm: <a href="/files/qd-1842-ubnd.pdf">QD-1842-UBND.pdf</a> (ban hành ngày 01/08/2024)</div>'
                f'{rel(rng, rl, rd, lambda d: d.strftime("%d.%m.%Y"), cls="vnp-rel", head="Tin cùng chuyên mục")}</div>')
    return _page("s10-06", family="ubnd_province_dot_date_h_time_nguon", name="hanamninh-ubnd-dotted-date-pipe-15h45-nguon-so-no-author-attachment-issue-date",
                 url="https://hanamninh.gov.vn/chi-dao-dieu-hanh/phe-duyet-gia-dat-tuyen-tranh-ql10-d50291.html", art=A6, main_fn=main, pub=pub, prefix="vnp", kb=150, form=True,
                 org="Cổng thông tin điện tử tỉnh Hà Nam Ninh", addr="Số 2 Trần Phú, TP Nam Định, tỉnh Hà Nam Ninh", phone="0228.3649.145",
                 exp=expected(A6, iso(pub), category="Chỉ đạo điều hành"),
                 traps={"bylines": ["Nguồn: Sở Tài nguyên và Môi trường"], "dates": ["01/08/2024"], "attachments": ["QD-1842-UBND.pdf"], "related": lambda rl: rl[:3]},
                 notes="Province portal: '05.08.2024 | 15h45' (dotted date, 'h' time). Only credit 'Nguồn: Sở Tài nguyên và Môi trường' → source, author null, no unit. Attachment line with the decision's issue date 01/08 is a decoy. Category label above h1. Plain div sapo = lead.",
                 readme="'dd.mm.yyyy | HHhMM', 'Nguồn: Sở …' only credit (author null), attachment with a decoy issue date")


# ===================================================================== 7
A7 = Art("Nông dân Đắk Mar được mùa cà phê nhờ tưới nước tiết kiệm",
         "Sau 3 năm chuyển sang tưới nhỏ giọt, nhiều hộ trồng cà phê ở xã Đắk Mar giảm được một nửa lượng nước tưới, năng suất tăng 15-20%.",
         [("img", "/Images/2024/09/ca-phe-dak-mar.jpg", "Anh Y Bhiăk kiểm tra hệ thống tưới nhỏ giọt trên vườn cà phê"),
          ("p", "Gia đình anh Y Bhiăk ở buôn Kon Mong có 2 ha cà phê. Trước đây mỗi mùa khô anh phải tưới 4 đợt bằng vòi phun, tốn nhiều công và tiền điện."),
          ("p", "“Từ khi lắp hệ thống nhỏ giọt, tôi chỉ cần mở van là nước và phân bón xuống tận gốc, đỡ vất vả hơn nhiều”, anh Y Bhiăk nói."),
          ("p", "Toàn xã hiện có 380 ha cà phê được tưới tiết kiệm, chiếm gần 40% diện tích. Xã đặt mục tiêu nâng lên 60% vào năm 2026.")])


def page07():
    pub = T("2024-09-10 06:00")
    upd = T("2024-09-10 09:32")

    def main(rng, rl, rd):
        tags = "".join(f'<a href="/tag/{t}">{t}</a> ' for t in ["cà phê", "tưới tiết kiệm", "Đắk Mar", "nông nghiệp"])
        return (f'<article class="bkt-article"><h1>{esc(A7.title)}</h1><div class="bkt-meta"><span>Đăng: 06:00 10/09/2024</span> <span>Cập nhật: 09:32 10/09/2024</span></div>'
                f'<h2 class="sapo">{esc(A7.lead)}</h2><div class="bkt-body">{A7.render(img=tpl)}'
                f'<table class="byline" align="right"><tr><td><b>Bài: Hồ Sỹ Nam</b></td></tr><tr><td><i>Ảnh: Y Thoa</i></td></tr></table></div>'
                f'<div class="bkt-tags">Từ khóa: {tags}</div>{share()}{rel(rng, rl, rd, None, cls="bkt-rel", head="Đọc thêm")}</article>')
    return _page("s10-07", family="baotinh_byline_table_right", name="kontum-bao-dang-cap-nhat-time-first-h2-sapo-byline-table-bai-anh-two-rows-tags",
                 url="https://baokontum.vn/kinh-te/nong-dan-dak-mar-duoc-mua-ca-phe-nho-tuoi-nuoc-tiet-kiem-38812.html", art=A7, main_fn=main, pub=pub, prefix="bkt", kb=160,
                 org="Báo Kon Tum điện tử", addr="Số 70 Lê Hồng Phong, TP Kon Tum", phone="0260.3862.228", crumbs=CRUMB("Kinh tế"),
                 exp=expected(A7, iso(pub), iso(upd), author="Hồ Sỹ Nam", photographer="Y Thoa", category="Kinh tế"),
                 traps={"bylines": ["Bài: Hồ Sỹ Nam", "Ảnh: Y Thoa"], "tags": ["Từ khóa:"], "related": lambda rl: rl[:3], "chrome": ["Đọc thêm"]},
                 notes="Provincial newspaper: 'Đăng: 06:00 10/09/2024 Cập nhật: 09:32 10/09/2024', sapo in h2.sapo, table captions (tplCaption), right-aligned byline table with two rows 'Bài: Hồ Sỹ Nam' / 'Ảnh: Y Thoa' → author + photographer; tag box.",
                 readme="time-first 'Đăng'/'Cập nhật' stamps, h2 sapo, right byline table 'Bài:' / 'Ảnh:' rows, tags")


# ===================================================================== 8
A8 = Art("Sông Bé: Khánh thành cầu Bến Súc nối hai huyện Dầu Tiếng và Phú Giáo",
         "Sáng 12/9, UBND tỉnh Sông Bé tổ chức lễ khánh thành, đưa vào sử dụng cầu Bến Súc bắc qua sông Thị Tính.",
         [("p", "Cầu dài 312 m, rộng 12 m, tổng vốn đầu tư 286 tỷ đồng, thi công trong 22 tháng, sớm hơn kế hoạch 2 tháng."),
          ("p", "Công trình rút ngắn quãng đường đi lại giữa hai huyện Dầu Tiếng và Phú Giáo khoảng 18 km, tạo động lực phát triển vùng nguyên liệu cao su."),
          ("p", "Phát biểu tại buổi lễ, lãnh đạo tỉnh đề nghị địa phương quản lý tốt hành lang an toàn cầu, không để tái lấn chiếm.")])


def page08():
    pub = T("2024-09-12 11:40")

    def main(rng, rl, rd):
        return (f'<div class="ptth-detail"><div class="ptth-player"><video controls poster="/v/poster.jpg"><source src="/v/2024/09/cau-ben-suc.mp4"></video><span class="dur">02:48</span></div>'
                f'<h1 class="ptth-title">{esc(A8.title)}</h1><div class="ptth-info"><span class="cat"><a href="/thoi-su">Thời sự</a></span> - <span class="time">12/9/2024 11:40 AM</span> - <span class="views">1.204 lượt xem</span></div>'
                f'<div class="ptth-text"><p>{esc(A8.lead)}</p>{A8.render()}<p><b>PV: Thanh Tùng - Quay phim: Đức Anh</b></p></div>'
                f'{rel(rng, rl, rd, dmy, cls="ptth-more", head="Video khác")}</div>')
    return _page("s10-08", family="ptth_video_first_ampm", name="songbe-ptth-video-above-h1-duration-decoy-am-pm-unpadded-pv-quay-phim",
                 url="https://songbetv.vn/thoi-su/khanh-thanh-cau-ben-suc-15524", art=A8, main_fn=main, pub=pub, prefix="sbtv", kb=140,
                 org="Đài Phát thanh và Truyền hình Sông Bé", addr="Số 1 Đại lộ Bình Dương, TP Thủ Dầu Một, tỉnh Sông Bé", phone="0274.3822.611",
                 exp=expected(A8, iso(pub), author="Thanh Tùng", category="Thời sự"),
                 traps={"bylines": ["PV: Thanh Tùng - Quay phim: Đức Anh"], "dates": ["02:48"], "related": lambda rl: rl[:3], "chrome": ["Video khác", "1.204 lượt xem"]},
                 notes="Radio-TV news: video player with a '02:48' duration above the h1; meta line 'Thời sự - 12/9/2024 11:40 AM - views' (unpadded, 12-hour). Plain first paragraph = lead (no markup). 'PV: Thanh Tùng - Quay phim: Đức Anh' → author 'Thanh Tùng'; the camera operator is not set as photographer (judgement).",
                 readme="video + duration above h1, unpadded 'd/m/yyyy h:mm AM', 'PV: … - Quay phim: …' credit line")


# ===================================================================== 9
A9 = Art("Phụ nữ Bạc Liêu với mô hình “Tiết kiệm nuôi heo đất giúp hội viên khó khăn”",
         "Mô hình “Tiết kiệm nuôi heo đất” của Hội LHPN thị xã Giá Rai sau 2 năm đã giúp 46 hội viên có vốn làm ăn.",
         [("p", "Mỗi chi hội tự nguyện đóng góp tiền tiết kiệm hằng tháng, cuối năm mổ heo đất và cho hội viên khó khăn mượn không lãi trong 12 tháng."),
          ("img", "/wp-content/uploads/2024/10/heo-dat-gia-rai.jpg", "Hội viên chi hội ấp 2 mổ heo đất cuối năm"),
          ("p", "Tổng số tiền tiết kiệm đến nay đạt hơn 280 triệu đồng. Nhiều chị đã dùng vốn mua bò giống, mở tiệm tạp hóa nhỏ."),
          ("p", "Hội LHPN thị xã sẽ nhân rộng mô hình ra 100% chi hội trong năm 2025.")])


def page09():
    pub = isod(T("2024-10-03 00:00"))

    def main(rng, rl, rd):
        return (f'<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{esc(A9.title)}</h1>'
                f'<div class="entry-meta"><span class="posted-on">Đăng vào <time class="entry-date published" datetime="2024-10-02T17:12:44+00:00">03/10/2024</time></span> <span class="byline">bởi <a href="/author/hoiphunu">hoiphunu</a></span> <span class="cat-links">trong <a href="/category/phong-trao">Phong trào</a></span></div></header>'
                f'<div class="entry-content"><p><strong>(PNBL) – {esc(A9.lead)}</strong></p>{A9.render(img=wpfig)}'
                f'<p style="text-align:right"><em>Theo Báo Bạc Liêu</em></p></div>{share("sharedaddy")}'
                f'<nav class="post-navigation"><a rel="prev">Bài trước: {esc(rl[0])}</a><a rel="next">Bài sau: {esc(rl[1])}</a></nav></article>')
    return _page("s10-09", family="womens_union_wp_theo_bao", name="minhhai-bacl-hlhpn-wp-utc-datetime-prev-day-dateline-pnbl-theo-bao-no-author",
                 url="https://phunubaclieu.org.vn/2024/10/03/tiet-kiem-nuoi-heo-dat/", art=A9, main_fn=main, pub=T("2024-10-03 00:00"), prefix="pn", kb=110,
                 org="Hội Liên hiệp Phụ nữ tỉnh Bạc Liêu", addr="Số 5 Hai Bà Trưng, TP Bạc Liêu", phone="0291.3822.417",
                 exp=expected(A9, iso(T("2024-10-03 00:12")), category="Phong trào"),
                 traps={"bylines": ["Theo Báo Bạc Liêu", "hoiphunu"], "related": lambda rl: rl[:2], "chrome": ["Bài trước:", "Bài sau:"]},
                 notes="WordPress: visible '03/10/2024' with a UTC datetime attribute on the previous calendar day (2024-10-02T17:12:44+00:00 = 00:12 on 03/10 local). The attribute agrees with the visible day once converted to +07:00 and carries an explicit offset → published_at 2024-10-03T00:12:00+07:00 (a naive reader taking the attribute's calendar date would get 02/10). 'bởi hoiphunu' = account, 'Theo Báo Bạc Liêu' = source → author null. Bold first paragraph starts with dateline '(PNBL) –' which is not part of the lead.",
                 readme="WP UTC datetime on the previous day vs visible date, '(PNBL) –' dateline before the bold lead, account + 'Theo Báo …' only")


# ===================================================================== 10
A10 = Art("Hội Cựu chiến binh tỉnh Hải Hưng tổng kết phong trào “Cựu chiến binh gương mẫu” giai đoạn 2019-2024",
          "Ngày 15/10, Hội Cựu chiến binh tỉnh Hải Hưng tổ chức hội nghị tổng kết phong trào thi đua “Cựu chiến binh gương mẫu” giai đoạn 2019-2024.",
          [("p", "Trong 5 năm, các cấp hội đã vận động hội viên hiến 12.400 m² đất, đóng góp 21 tỷ đồng xây dựng nông thôn mới; giúp 1.260 hội viên thoát nghèo."),
           ("p", "Toàn tỉnh có 3.180 doanh nghiệp, trang trại, gia trại của cựu chiến binh, tạo việc làm cho hơn 14.000 lao động."),
           ("img", "/UserFiles/Images/2024/10/tong-ket-ccb.jpg", "Trao bằng khen cho các tập thể có thành tích xuất sắc"),
           ("p", "Hội nghị đã khen thưởng 42 tập thể và 65 cá nhân tiêu biểu.")])


def page10():
    pub = T("2024-10-16 16:05")

    def main(rng, rl, rd):
        return (f'<table class="tbl-news" width="100%"><tr><td class="cat-title">HOẠT ĐỘNG HỘI</td></tr><tr><td><span class="news-title">{esc(A10.title)}</span></td></tr>'
                f'<tr><td class="news-date">(16/10/2024 - 16:05)</td></tr><tr><td class="news-content"><p><i>{esc(A10.lead)}</i></p>{A10.render(img=pic)}'
                f'<p align="right"><b>Đại tá Nguyễn Văn Hùng, Chủ tịch Hội CCB tỉnh</b></p><p align="right"><b>và Trung tá Phạm Đức Long</b></p></td></tr></table>'
                f'<div class="cactinkhac"><b>Các tin khác:</b>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", cls="ctk")}</div>')
    return _page("s10-10", family="veterans_union_table_rank_post_two_lines", name="haihung-ccb-span-title-paren-date-dash-time-ranks-post-byline-split-two-lines",
                 url="https://ccbhaihung.org.vn/NewsDetail.aspx?id=2981&cat=4", art=A10, main_fn=main, pub=pub, prefix="ccb", kb=95, table_layout=True, form=True,
                 org="Hội Cựu chiến binh tỉnh Hải Hưng", addr="Số 8 Nguyễn Lương Bằng, TP Hải Dương", phone="0220.3852.776",
                 exp=expected(A10, iso(pub), author="Nguyễn Văn Hùng, Phạm Đức Long", category="HOẠT ĐỘNG HỘI"),
                 traps={"bylines": ["Đại tá Nguyễn Văn Hùng, Chủ tịch Hội CCB tỉnh", "và Trung tá Phạm Đức Long"], "related": lambda rl: rl[:3], "chrome": ["Các tin khác:"]},
                 notes="Table layout, title in span.news-title, '(dd/mm/yyyy - HH:MM)'. Byline split over two right-aligned bold paragraphs: 'Đại tá Nguyễn Văn Hùng, Chủ tịch Hội CCB tỉnh' / 'và Trung tá Phạm Đức Long' → ranks and post dropped (conventions) → 'Nguyễn Văn Hùng, Phạm Đức Long'; the post is not a unit. Category = upper-case td.cat-title as printed.",
                 readme="span title in tables, '(dd/mm/yyyy - HH:MM)', two-line byline with military ranks and a post ('và …' on the second line)")


# ===================================================================== 11
A11 = Art("Ủy ban MTTQ tỉnh Cửu Long hiệp thương giới thiệu người ứng cử bổ sung",
          "Ngày 18/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cửu Long tổ chức Hội nghị hiệp thương lần thứ nhất bầu cử bổ sung đại biểu HĐND tỉnh.",
          [("p", "Hội nghị thống nhất cơ cấu, thành phần, số lượng người được giới thiệu ứng cử bổ sung là 2 người, bầu 1 đại biểu tại đơn vị bầu cử số 3."),
           ("p", "Cuộc bầu cử bổ sung dự kiến diễn ra vào Chủ nhật, ngày 24/11/2024."),
           ("p", "Ban Thường trực đề nghị các cơ quan, tổ chức tiến hành giới thiệu người ứng cử đúng quy trình, bảo đảm dân chủ, công khai.")])


def page11():
    pub = isod(T("2024-10-19 00:00"))

    def main(rng, rl, rd):
        return (f'<div id="content-news"><div class="title-cate"><a class="active" href="/tin-mat-tran">Tin Mặt trận</a> <a href="/tin-co-so">Tin cơ sở</a></div>'
                f'<div class="title-news">{esc(A11.title)}</div><div class="date-news">Thứ bảy, 19/10/2024</div>'
                f'<div class="content-news"><div class="summary"><b>{esc(A11.lead)}</b></div>{A11.render(p=divp)}'
                f'<div style="text-align:right"><b>T.H - N.M</b></div></div><div class="print"><a href="#">In trang</a></div>'
                f'{rel(rng, rl, rd, dmy, cls="tin-cu", head="Tin đã đưa")}</div>')
    return _page("s10-11", family="mttq_div_title_initials_weekday_date", name="cuulong-mttq-div-title-thu-bay-date-only-initials-dash-future-election-date",
                 url="https://mttqcuulong.org.vn/tin-mat-tran/hiep-thuong-bau-cu-bo-sung-1912", art=A11, main_fn=main, pub=T("2024-10-19 09:00"), prefix="mt", kb=100,
                 org="Ủy ban MTTQ Việt Nam tỉnh Cửu Long", addr="Số 9 Phạm Thái Bường, TP Vĩnh Long", phone="0270.3822.114",
                 exp=expected(A11, pub, author="T.H, N.M", category="Tin Mặt trận"),
                 traps={"bylines": ["T.H - N.M"], "related": lambda rl: rl[:3], "chrome": ["Tin đã đưa", "In trang"]},
                 notes="In-house PHP: title in div.title-news (no h1), 'Thứ bảy, 19/10/2024' date only; body in <div>s; future election date 24/11/2024 inside the text is not a stamp. Initials 'T.H - N.M' → two authors as printed. Category: the active link in div.title-cate.",
                 readme="div title, weekday + date only, paragraphs as <div>, initials byline 'T.H - N.M', future date in text")


# ===================================================================== 12
A12 = Art("Huyện Hòa Vang đối thoại với người dân về dự án khu tái định cư Hòa Phong",
          "Chiều 24/10, UBND huyện Hòa Vang tổ chức đối thoại với 126 hộ dân bị ảnh hưởng bởi dự án khu tái định cư Hòa Phong giai đoạn 2.",
          [("p", "Người dân kiến nghị nâng đơn giá bồi thường cây trồng, sớm bố trí lô đất tái định cư gần khu dân cư cũ và hỗ trợ chuyển đổi nghề."),
           ("p", "Chủ tịch UBND huyện tiếp thu, giao phòng Tài nguyên và Môi trường rà soát lại đơn giá, trả lời bằng văn bản trước ngày 15/11."),
           ("p", "Đến nay dự án đã giải phóng mặt bằng được 72% diện tích.")])


def page12():
    pub = T("2024-10-25 08:30")
    upd = T("2024-10-26 14:02")

    def main(rng, rl, rd):
        return (f'<div class="egov-article"><h2 class="egov-cat">Tin tức - Sự kiện</h2><h1>{esc(A12.title)}</h1><div class="egov-stamp">Ngày đăng: 25/10/2024 08:30</div>'
                f'<div class="egov-body"><p><strong>{esc(A12.lead)}</strong></p>{A12.render()}</div>'
                f'<div class="egov-author">Tác giả: Thu Hiền - Mai Anh (Văn phòng HĐND và UBND huyện)</div>'
                f'<div class="egov-upd">Ngày cập nhật: 26/10/2024 14:02</div>{rel(rng, rl, rd, dmy, cls="egov-rel", head="Tin khác")}</div>')
    return _page("s10-12", family="ubnd_district_update_stamp_bottom", name="quangnamdanang-hoavang-ngay-dang-top-ngay-cap-nhat-bottom-two-authors-paren-unit",
                 url="https://hoavang.quangnamdanang.gov.vn/tin-tuc-su-kien/doi-thoai-tai-dinh-cu-hoa-phong-t7731.html", art=A12, main_fn=main, pub=pub, prefix="egov", kb=130, form=True,
                 org="UBND huyện Hòa Vang", addr="Thôn La Bông, xã Hòa Tiến, huyện Hòa Vang", phone="0236.3846.210",
                 exp=expected(A12, iso(pub), iso(upd), author="Thu Hiền, Mai Anh", unit="Văn phòng HĐND và UBND huyện", category="Tin tức - Sự kiện"),
                 traps={"bylines": ["Tác giả: Thu Hiền - Mai Anh (Văn phòng HĐND và UBND huyện)"], "dates": ["Ngày cập nhật: 26/10/2024 14:02"], "related": lambda rl: rl[:3]},
                 notes="District e-government page: 'Ngày đăng' under the h1, 'Ngày cập nhật' only at the very bottom after the byline. 'Tác giả: Thu Hiền - Mai Anh (Văn phòng HĐND và UBND huyện)' → two authors + unit. Category in h2 above the h1.",
                 readme="'Ngày đăng' top + 'Ngày cập nhật' bottom, 'Tác giả: A - B (unit)'")


# ===================================================================== 13
A13 = Art("Ban Dân vận Huyện ủy Hòa Vang nhân rộng mô hình “Mỗi tuần một việc làm tốt”",
          "Sau một năm triển khai, mô hình “Mỗi tuần một việc làm tốt” đã được 11 xã của huyện Hòa Vang hưởng ứng với hàng trăm việc làm thiết thực.",
          [("p", "Các việc làm được đăng ký theo tổ dân phố, thôn: sửa đường dây điện, trồng hoa ven đường, thu gom rác thải nhựa, thăm hỏi người già neo đơn."),
           ("p", "Ban Dân vận Huyện ủy chọn 15 việc làm tiêu biểu để biểu dương tại hội nghị sơ kết."),
           ("img", "/uploads/2024/11/viec-lam-tot.jpg", "Đoàn viên thôn Phước Hưng trồng hoa ven đường liên thôn"),
           ("p", "Năm 2025, mô hình được đưa vào tiêu chí bình xét thôn văn hóa.")])


def page13():
    pub = T("2024-11-04 10:00")

    def main(rng, rl, rd):
        return (f'<div class="bdv-detail"><div class="bdv-tabs"><span class="cur">Dân vận khéo</span></div><h1>{esc(A13.title)}</h1>'
                f'<ul class="bdv-meta"><li><i class="icon-user"></i> Minh Tâm</li><li><i class="icon-calendar"></i> 04/11/2024</li><li><i class="icon-time"></i> 10:00</li></ul>'
                f'<div class="bdv-sapo">{esc(A13.lead)}</div><div class="bdv-body">{A13.render(img=pcap)}'
                f'<p><i>Nguồn: Ban Dân vận Huyện ủy Hòa Vang</i></p></div>{rel(rng, rl, rd, None, cls="bdv-rel", head="Tin liên quan")}</div>')
    return _page("s10-13", family="party_agency_icon_meta_list", name="quangnamdanang-hoavang-bdv-icon-user-calendar-time-three-li-nguon-italic",
                 url="https://danvan.hoavang.quangnamdanang.dcs.vn/dan-van-kheo/moi-tuan-mot-viec-lam-tot-2241.html", art=A13, main_fn=main, pub=pub, prefix="bdv", kb=105,
                 org="Ban Dân vận Huyện ủy Hòa Vang", addr="Xã Hòa Phong, huyện Hòa Vang", phone="0236.3846.115",
                 exp=expected(A13, iso(pub), author="Minh Tâm", category="Dân vận khéo"),
                 traps={"bylines": ["Nguồn: Ban Dân vận Huyện ủy Hòa Vang"], "related": lambda rl: rl[:3], "chrome": ["Tin liên quan"]},
                 notes="Meta as a <ul> of three icon items (user / calendar / time) with no labels: 'Minh Tâm', '04/11/2024', '10:00' → author + datetime. Italic 'Nguồn: Ban Dân vận Huyện ủy Hòa Vang' at the end is a source line, not a unit. Category = the single 'cur' tab span.",
                 readme="unlabelled icon <li> meta (user/calendar/time in separate items), italic 'Nguồn:' foot, caption p.caption i")
PAGES = [page05, page06, page07, page08, page09, page10, page11, page12, page13]
