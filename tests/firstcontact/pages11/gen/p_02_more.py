"""Set 11 pages 10-18."""
from .common import Art, T, iso, isod, dmy, esc
from .kit import rel, share
from .p_01_pages import _page, fig, tcap


# ===================================================================== 10 photo table with 'Ảnh:' row
A10 = Art("Huyện ủy Ba Tơ trao Huy hiệu Đảng cho 46 đảng viên",
          "Sáng 3/2, Huyện ủy Ba Tơ tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho 46 đảng viên, trong đó có 2 đảng viên nhận Huy hiệu 70 năm tuổi Đảng.",
          [("p", "Đồng chí Bí thư Huyện ủy chúc mừng các đảng viên và mong các đồng chí tiếp tục là tấm gương sáng cho thế hệ trẻ."),
           ("img", "/Uploads/2024/2/trao-huy-hieu-bato.jpg", "Lãnh đạo Huyện ủy trao Huy hiệu 70 năm tuổi Đảng cho đảng viên lão thành"),
           ("p", "Đảng viên Đinh Văn Rơi, 92 tuổi, xúc động kể lại những năm tháng tham gia khởi nghĩa Ba Tơ."),
           ("p", "Dịp này, Huyện ủy cũng trao quà cho 15 gia đình chính sách khó khăn.")])


def page10():
    pub = T("2024-02-03 10:40")

    def img(s, c, n):
        return (f'<table class="tbl-anh" align="center"><tr><td><img src="{s}"></td></tr><tr><td class="chuthich">{esc(c)}</td></tr>'
                f'<tr><td class="tacgia-anh" align="right">Ảnh: Phạm Lộc</td></tr></table>')

    def main(rng, rl, rd):
        return (f'<div class="box-detail"><p class="chuyenmuc">Tin tức - Sự kiện</p><h1>{esc(A10.title)}</h1><p class="ngaydang"><i>(03/02/2024 10:40)</i></p>'
                f'<div class="tomtat"><b>{esc(A10.lead)}</b></div><div class="noidung">{A10.render(img=img)}<p style="text-align:right"><b>Đinh Thị Hương</b></p></div>'
                f'{share()}{rel(rng, rl, rd, dmy, cls="tinkhac", head="Các tin đã đăng")}</div>')
    return _page("s11-10", family="district_party_photo_table_anh_row", name="nghiabinh-bato-huyenuy-paren-italic-date-photo-table-chu-thich-plus-anh-row-bold-name",
                 url="https://bato.nghiabinh.dcs.vn/tin-tuc-su-kien/trao-huy-hieu-dang-dot-3-2-2024.aspx", art=A10, main_fn=main, pub=pub, prefix="hubt", kb=125, form=True,
                 org="Đảng bộ huyện Ba Tơ", addr="Thị trấn Ba Tơ, huyện Ba Tơ, tỉnh Nghĩa Bình", phone="0255.3863.111",
                 exp=expected_(A10, iso(pub), author="Đinh Thị Hương", photographer="Phạm Lộc", category="Tin tức - Sự kiện"),
                 traps={"bylines": ["Ảnh: Phạm Lộc"], "related": lambda rl: rl[:3], "chrome": ["Các tin đã đăng"]},
                 notes="Italic '(dd/mm/yyyy HH:MM)'. Each image is a 3-row table: picture, td.chuthich caption, right 'Ảnh: Phạm Lộc' row → photographer (not part of the caption). Lead '3/2' and 'đợt 3/2' (Feb 3 batch) are not stamps.",
                 readme="'(dd/mm/yyyy HH:MM)' italic, photo tables with a separate right 'Ảnh:' row (photographer), caption cell")


def expected_(*a, **k):
    from .common import expected
    return expected(*a, **k)


# ===================================================================== 11 party agency 'Name - unit' in span pair
A11 = Art("Ban Dân vận Huyện ủy Krông Pắc sơ kết Quy chế dân chủ ở cơ sở",
          "Ban Dân vận Huyện ủy Krông Pắc vừa sơ kết 1 năm thực hiện Luật Thực hiện dân chủ ở cơ sở, đánh giá 26/26 xã, thị trấn đã công khai đầy đủ các nội dung theo quy định.",
          [("p", "Qua đối thoại, nhân dân kiến nghị 142 vấn đề, đến nay đã giải quyết dứt điểm 131 kiến nghị."),
           ("p", "Hội nghị chỉ ra một số hạn chế như việc lấy ý kiến nhân dân ở một số thôn buôn còn hình thức."),
           ("img", "/uploads/tin-tuc/2024/so-ket-qcdc-krongpac.jpg", "Đại biểu phát biểu tại hội nghị sơ kết"),
           ("p", "Thời gian tới, Ban Dân vận đề nghị tăng cường đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân.")])


def page11():
    pub = T("2024-08-19 08:55")

    def main(rng, rl, rd):
        return (f'<div class="post-detail"><h1 class="post-title">{esc(A11.title)}</h1>'
                f'<div class="post-author"><span class="name">Nguyễn Hoài Nam</span><span class="unit"> - Ban Dân vận Huyện ủy</span><span class="date"> - 19/08/2024 08:55</span></div>'
                f'<div class="post-sapo">{esc(A11.lead)}</div><div class="post-content">{A11.render(img=fig)}</div>'
                f'<div class="post-cat">Chuyên mục: <a href="/cong-tac-dan-van">Công tác dân vận</a></div>'
                f'{rel(rng, rl, rd, dmy, cls="post-rel", head="Bài cùng chuyên mục")}</div>')
    return _page("s11-11", family="party_agency_name_unit_span_top", name="daklak-krongpac-bdv-top-spans-name-dash-unit-dash-date-chuyen-muc-label-bottom",
                 url="https://krongpac.daklak.dcs.vn/cong-tac-dan-van/so-ket-quy-che-dan-chu-o-co-so-3310.html", art=A11, main_fn=main, pub=pub, prefix="bdv", kb=105,
                 org="Đảng bộ huyện Krông Pắc", addr="Số 40 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk", phone="0262.3521.130",
                 exp=expected_(A11, iso(pub), author="Nguyễn Hoài Nam", unit="Ban Dân vận Huyện ủy", category="Công tác dân vận"),
                 traps={"chrome": ["Chuyên mục:", "Bài cùng chuyên mục"], "related": lambda rl: rl[:3]},
                 notes="One line under the title made of three spans 'Name - unit - dd/mm/yyyy HH:MM' → author + unit + stamp. Category only as 'Chuyên mục:' label below the text (label dropped). '26/26' in the lead is a ratio.",
                 readme="'Name - unit - date time' in three spans under the h1, category as a 'Chuyên mục:' label after the text, '26/26' ratio")


# ===================================================================== 12 newspaper: update stamp printed before publish stamp
A12 = Art("Bắc Thái: Hơn 1.000 ha chè được cấp mã số vùng trồng",
          "Đến nay, tỉnh Bắc Thái đã có 1.046 ha chè được cấp mã số vùng trồng phục vụ xuất khẩu, tăng gần gấp đôi so với cuối năm 2022.",
          [("p", "Các vùng chè được cấp mã số tập trung ở Đại Từ, Đồng Hỷ và thành phố Thái Nguyên."),
           ("p", "Để giữ mã số, người trồng phải ghi chép nhật ký sản xuất và tuân thủ quy trình sử dụng thuốc bảo vệ thực vật."),
           ("img", "/media/2024/09/che-ma-so-vung-trong.jpg", "Thu hái chè tại vùng chè Tân Cương"),
           ("p", "Sở Nông nghiệp và PTNT đặt mục tiêu năm 2025 có 1.500 ha chè được cấp mã số.")])


def page12():
    pub = T("2024-09-09 08:00")
    upd = T("2024-09-09 10:20")

    def main(rng, rl, rd):
        return (f'<div class="article"><div class="article-cat"><a href="/kinh-te">KINH TẾ</a> <span>›</span> <a href="/kinh-te/nong-nghiep">Nông nghiệp</a></div>'
                f'<h1 class="article-title">{esc(A12.title)}</h1><div class="article-meta"><span class="upd">Cập nhật: 10:20, 09/09/2024</span>'
                f'<span class="pub">Đăng: 08:00, 09/09/2024</span></div><div class="article-sapo"><p><strong>{esc(A12.lead)}</strong></p></div>'
                f'<div class="article-body">{A12.render(img=fig)}<p style="text-align:right"><strong>Thái Sơn - Linh Chi</strong></p></div>'
                f'<div class="article-tags"><a href="/tag/ma-so-vung-trong">#mã số vùng trồng</a> <a href="/tag/che-thai">#chè Thái</a></div>{share()}'
                f'{rel(rng, rl, rd, dmy, cls="related", head="Đọc thêm")}</div>')
    return _page("s11-12", family="baotinh_update_before_publish", name="bacthai-bao-cap-nhat-first-dang-second-two-level-cat-caps-hash-tags-two-names",
                 url="https://baobacthai.vn/kinh-te/nong-nghiep/hon-1000-ha-che-duoc-cap-ma-so-vung-trong-3321455.html", art=A12, main_fn=main, pub=pub, prefix="bbt", kb=230,
                 org="Báo Bắc Thái", addr="Số 12 Hoàng Văn Thụ, TP Thái Nguyên, tỉnh Bắc Thái", phone="0208.3855.401",
                 exp=expected_(A12, iso(pub), iso(upd), author="Thái Sơn, Linh Chi", category="Nông nghiệp"),
                 traps={"tags": ["#chè Thái"], "chrome": ["Đọc thêm"], "related": lambda rl: rl[:3]},
                 notes="'Cập nhật: 10:20, 09/09/2024' printed BEFORE 'Đăng: 08:00, 09/09/2024' → the first stamp is the update. Two-level category 'KINH TẾ › Nông nghiệp' → the deepest level. Bold right 'A - B' → two authors. Hash tags.",
                 readme="'Cập nhật' stamp printed before 'Đăng' stamp, two-level caps category, '#' tags, two names")


# ===================================================================== 13 old in-house <font> page, broken markup
A13 = Art("Huyện Hàm Thuận Bắc tổng kết công tác phòng chống lụt bão năm 2023",
          "Ngày 20/11, Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện Hàm Thuận Bắc tổng kết công tác năm 2023.",
          [("p", "Trong năm, trên địa bàn xảy ra 4 đợt mưa lớn, lốc xoáy làm tốc mái 37 nhà, thiệt hại ước 2,1 tỷ đồng."),
           ("p", "Các xã đã chủ động sơ tán 112 hộ dân vùng trũng thấp, không để xảy ra thiệt hại về người."),
           ("p", "Năm 2024, huyện tiếp tục nạo vét 15 km kênh mương và kiện toàn lực lượng xung kích ở cơ sở.")])


def page13():
    pub = T("2023-11-21 00:00")

    def p(t):
        return f'<p align="justify"><font face="Times New Roman" size="3">{esc(t)}'

    def main(rng, rl, rd):
        return (f'<table width="100%" border="0"><tr><td><center><font color="#990000" size="4"><b>{esc(A13.title)}</b></font></center>'
                f'<font size="1" color="#666666">Ngày 21/11/2023</font><br><br><font size="3"><b>{esc(A13.lead)}</b></font>'
                f'{A13.render(p=p)}<p align="right"><font size="3"><b>PHÒNG NÔNG NGHIỆP VÀ PTNT</b></font></td></tr></td></tr>'
                f'<tr><td><font size="2"><b>Các tin khác:</b></font>{rel(rng, rl, rd, dmy, cls="tk")}</td></tr></table>')
    return _page("s11-13", family="ubnd_district_font_tags_legacy", name="thuanhai-hamthuanbac-ubnd-font-center-title-font-size1-date-unclosed-p-caps-dept-sign",
                 url="http://hamthuanbac.thuanhai.gov.vn/tintuc.asp?id=1877&cat=3", art=A13, main_fn=main, pub=pub, prefix="hhb", kb=90, table_layout=True,
                 org="UBND huyện Hàm Thuận Bắc", addr="Thị trấn Ma Lâm, huyện Hàm Thuận Bắc, tỉnh Thuận Hải", phone="062.3865.020",
                 crumbs='<font size="2"><a href="/">Trang chủ</a> &gt;&gt; <a href="/tintuc.asp?cat=3">Tin tức địa phương</a></font>',
                 exp=expected_(A13, isod(pub), category="Tin tức địa phương"),
                 traps={"bylines": ["PHÒNG NÔNG NGHIỆP VÀ PTNT"], "chrome": ["Các tin khác:"], "related": lambda rl: rl[:3]},
                 notes="Old in-house ASP page: centred <font> title (no h1), 'Ngày 21/11/2023' in a small grey font (date only, a day after the event '20/11' in the lead), paragraphs as unclosed <p align=justify><font>, stray </td></tr>. Caps department sign-off → author null.",
                 readme="old ASP page with <font>/<center> title (no h1), small-font date only, unclosed <p><font>, stray closing tags, caps department sign-off")


# ===================================================================== 14 radio-TV 'SA'/'CH' Vietnamese am/pm
A14 = Art("Long An: Khởi công cầu Rạch Chanh nối hai huyện Thủ Thừa - Tân Trụ",
          "Sáng 15/6, UBND tỉnh Long An khởi công xây dựng cầu Rạch Chanh dài 420 m, tổng vốn đầu tư 380 tỷ đồng.",
          [("p", "Cầu được thiết kế 4 làn xe, tải trọng HL93, dự kiến hoàn thành sau 24 tháng thi công."),
           ("img", "/Image/2024/06/khoi-cong-cau-rach-chanh.jpg", "Đại biểu thực hiện nghi thức khởi công"),
           ("p", "Khi đưa vào sử dụng, cầu sẽ rút ngắn 18 km đường đi giữa hai huyện, thúc đẩy phát triển vùng phía Đông."),
           ("p", "Chủ đầu tư cam kết bảo đảm an toàn giao thông đường thủy trong suốt quá trình thi công.")])


def page14():
    pub = T("2024-06-15 21:10")

    def main(rng, rl, rd):
        return (f'<div class="tin-chi-tiet"><h1>{esc(A14.title)}</h1><div class="tg"><span class="glyphicon glyphicon-time"></span> 09:10 CH, 15/06/2024</div>'
                f'<div class="audio"><audio controls src="/audio/2024/06/cau-rach-chanh.mp3"></audio><span>Nghe đọc bài (03:12)</span></div>'
                f'<div class="tomtat"><em>{esc(A14.lead)}</em></div><div class="nd">{A14.render(img=fig)}<p><strong>Thanh Nhàn – Phước Sang</strong></p>'
                f'<p><em>Nguồn: Đài PT-TH Long An</em></p></div>{share()}{rel(rng, rl, rd, dmy, cls="tin-moi", head="Tin mới hơn")}</div>')
    return _page("s11-14", family="ptth_sa_ch_vietnamese_ampm", name="longan-ptth-hh-mm-ch-comma-date-nghe-doc-duration-two-names-endash-nguon-dai",
                 url="https://la34.com.vn/thoi-su/khoi-cong-cau-rach-chanh-a221871.html", art=A14, main_fn=main, pub=pub, prefix="la34", kb=200,
                 org="Đài Phát thanh và Truyền hình Long An", addr="Số 11 Nguyễn Trung Trực, TP Tân An, tỉnh Long An", phone="0272.3826.280",
                 crumbs='<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/thoi-su">Thời sự</a></li></ol>',
                 exp=expected_(A14, iso(pub), author="Thanh Nhàn, Phước Sang", category="Thời sự"),
                 traps={"chrome": ["Nghe đọc bài (03:12)", "Tin mới hơn"], "bylines": ["Nguồn: Đài PT-TH Long An"], "related": lambda rl: rl[:3]},
                 notes="Vietnamese 12-hour clock '09:10 CH, 15/06/2024' (CH = chiều, p.m.) → 21:10; '(03:12)' is the read-aloud audio duration. Bold 'A – B' → two authors; 'Nguồn: Đài PT-TH Long An' is a source line, not a unit.",
                 readme="Vietnamese 12-hour clock '09:10 CH' (= 21:10), read-aloud audio duration, 'A – B' names + own-station 'Nguồn:'")


# ===================================================================== 15 trade union <address> byline at bottom
A15 = Art("Công đoàn ngành Giáo dục Sông Bé trao 120 suất học bổng cho con đoàn viên",
          "Nhân dịp năm học mới, Công đoàn ngành Giáo dục tỉnh Sông Bé trao 120 suất học bổng, mỗi suất 2 triệu đồng cho con đoàn viên có hoàn cảnh khó khăn.",
          [("p", "Nguồn kinh phí do đoàn viên trong ngành đóng góp và các doanh nghiệp tài trợ, tổng trị giá 240 triệu đồng."),
           ("p", "Các em nhận học bổng đều đạt học sinh giỏi năm học 2023 - 2024, nhiều em có cha hoặc mẹ bị bệnh hiểm nghèo."),
           ("img", "/upload/cdgd/2024/hoc-bong-con-doan-vien.jpg", "Học sinh nhận học bổng tại buổi lễ"),
           ("p", "Cũng tại buổi lễ, Công đoàn ngành phát động quỹ Mái ấm Công đoàn năm 2024.")])


def page15():
    pub = T("2024-08-30 14:05")

    def main(rng, rl, rd):
        return (f'<main class="ct"><nav class="bcrumb"><a href="/">Trang chủ</a> » <a href="/cong-doan-nganh">Công đoàn ngành</a></nav><h1>{esc(A15.title)}</h1>'
                f'<time class="pubdate" datetime="2024-08-30">30/08/2024</time> <span class="hour">14:05</span>'
                f'<p class="desc"><b>{esc(A15.lead)}</b></p>{A15.render(img=fig)}<address class="author">Thu Trang (CĐ ngành Giáo dục)</address>'
                f'<section class="comments"><h3>Bình luận (0)</h3><form><textarea placeholder="Nội dung bình luận"></textarea><button>Gửi bình luận</button></form></section>'
                f'{rel(rng, rl, rd, dmy, cls="rel", head="Tin cùng loại")}</main>')
    return _page("s11-15", family="trade_union_address_tag_byline", name="songbe-ldld-time-date-only-attr-plus-span-hour-address-name-paren-unit-empty-comments",
                 url="https://congdoansongbe.org.vn/cong-doan-nganh/trao-120-suat-hoc-bong-con-doan-vien-1290.html", art=A15, main_fn=main, pub=pub, prefix="cdsb", kb=115,
                 org="Liên đoàn Lao động tỉnh Sông Bé", addr="Số 2 Quang Trung, TP Thủ Dầu Một, tỉnh Sông Bé", phone="0274.3822.155",
                 exp=expected_(A15, iso(pub), author="Thu Trang", unit="CĐ ngành Giáo dục", category="Công đoàn ngành"),
                 traps={"chrome": ["Bình luận (0)", "Gửi bình luận", "Tin cùng loại"], "related": lambda rl: rl[:3]},
                 notes="<time datetime='2024-08-30'> (date only) + separate span '14:05' next to it → 2024-08-30T14:05+07:00 from the visible text. Byline in an <address> element after the text 'Name (unit)'. Empty comment form.",
                 readme="<time> with a date-only datetime plus the hour in a separate span, byline in <address> at the foot, empty comment form")


# ===================================================================== 16 Red Cross: calendar-box date split in spans
A16 = Art("Hội Chữ thập đỏ tỉnh Hải Hưng tiếp nhận 1.200 đơn vị máu trong ngày hội hiến máu",
          "Ngày hội Giọt hồng Hải Hưng năm 2024 do Hội Chữ thập đỏ tỉnh tổ chức đã tiếp nhận 1.200 đơn vị máu từ cán bộ, đoàn viên và nhân dân.",
          [("p", "Ngày hội thu hút hơn 1.500 người đăng ký, trong đó nhiều người đã hiến máu trên 20 lần."),
           ("img", "/uploads/2024/06/giot-hong-hai-hung.jpg", "Tình nguyện viên hiến máu tại Nhà Văn hóa tỉnh"),
           ("p", "Toàn bộ số máu được chuyển về Bệnh viện Đa khoa tỉnh để phục vụ cấp cứu, điều trị bệnh nhân."),
           ("p", "Hội Chữ thập đỏ tỉnh đặt mục tiêu năm 2024 tiếp nhận 15.000 đơn vị máu.")])


def page16():
    pub = T("2024-06-15 00:00")

    def main(rng, rl, rd):
        return (f'<div class="news-item-detail"><div class="cal"><span class="d">15</span><span class="m">Tháng 6</span><span class="y">2024</span></div>'
                f'<h1 class="news-h">{esc(A16.title)}</h1><div class="news-lead"><p><strong>{esc(A16.lead)}</strong></p></div><div class="news-txt">{A16.render(img=fig)}'
                f'<p style="text-align:right"><em>Phòng Truyền thông - Hội CTĐ tỉnh</em></p></div>'
                f'<div class="event-note">Lần hiến máu tiếp theo: <b>ngày 14/7/2024</b> tại Trung tâm Y tế huyện Kim Động</div>'
                f'{rel(rng, rl, rd, dmy, cls="more", head="Tin hoạt động khác")}</div>')
    return _page("s11-16", family="red_cross_calendar_box_date", name="haihung-ctd-calendar-box-day-month-year-spans-italic-unit-only-next-event-date",
                 url="https://chuthapdohaihung.org.vn/tin-hoat-dong/ngay-hoi-giot-hong-2024-7781.html", art=A16, main_fn=main, pub=pub, prefix="ctd", kb=98,
                 org="Hội Chữ thập đỏ tỉnh Hải Hưng", addr="Số 6 Trần Hưng Đạo, TP Hải Dương, tỉnh Hải Hưng", phone="0220.3852.740",
                 crumbs='<div class="path"><a href="/">Trang chủ</a> | <a href="/tin-hoat-dong">Tin hoạt động</a></div>',
                 exp=expected_(A16, isod(pub), unit="Phòng Truyền thông - Hội CTĐ tỉnh", category="Tin hoạt động"),
                 traps={"dates": ["ngày 14/7/2024"], "chrome": ["Lần hiến máu tiếp theo:", "Tin hoạt động khác"], "related": lambda rl: rl[:3]},
                 notes="Date only as a calendar box: three spans '15' / 'Tháng 6' / '2024' → 2024-06-15 (date only). Italic sign-off is a department only → author null, author_unit set (a reader could leave it null). Next-event note with a future date after the text is not body.",
                 readme="date only as a calendar box (day / 'Tháng 6' / year spans), unit-only italic sign-off, future next-event date")


# ===================================================================== 17 province party: font-size toolbar, 'Bài: ...; ảnh: ...'
A17 = Art("Tỉnh ủy Vĩnh Phú kiểm tra công tác chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027",
          "Đoàn công tác của Ban Thường vụ Tỉnh ủy Vĩnh Phú vừa kiểm tra công tác chuẩn bị đại hội chi bộ trực thuộc tại Đảng bộ huyện Lập Thạch.",
          [("p", "Đến nay, 100% chi bộ đã xây dựng xong dự thảo báo cáo chính trị và phương án nhân sự cấp ủy."),
           ("p", "Đoàn kiểm tra đề nghị các chi bộ chú trọng chất lượng thảo luận, tránh hình thức, hoàn thành đại hội trước ngày 31/5/2025."),
           ("img", "/Upload/2024/4/kiem-tra-dai-hoi-chi-bo.jpg", "Đoàn công tác làm việc với Ban Thường vụ Huyện ủy Lập Thạch"),
           ("p", "Cùng ngày, đoàn đã dự đại hội điểm của Chi bộ thôn Đồng Ích.")])


def page17():
    pub = T("2024-04-03 07:45")

    def main(rng, rl, rd):
        return (f'<div class="dt-wrap"><h1 class="dt-title">{esc(A17.title)}</h1><div class="dt-toolbar"><span class="dt-date">Thứ tư, 03/04/2024 - 07:45</span>'
                f'<span class="tools"><a class="fs-minus" href="#">A-</a> <a class="fs-plus" href="#">A+</a> <a href="#" class="print">In</a> <a href="#" class="zalo-share">Zalo</a></span></div>'
                f'<div class="dt-sapo"><p>{esc(A17.lead)}</p></div><div class="dt-content">{A17.render(img=fig)}'
                f'<p style="text-align:right"><strong>Bài: Lê Quang Huy; ảnh: Trịnh Thu</strong></p></div>'
                f'{rel(rng, rl, rd, dmy, cls="dt-rel", head="Tin liên quan")}</div>')
    return _page("s11-17", family="province_party_font_toolbar_semicolon_credit", name="vinhphu-tinhuy-date-inside-font-size-toolbar-bai-semicolon-anh-lowercase-future-deadline",
                 url="https://vinhphu.dcs.vn/tin-tuc/xay-dung-dang/kiem-tra-chuan-bi-dai-hoi-chi-bo-2025-2027-60113.html", art=A17, main_fn=main, pub=pub, prefix="tuvp", kb=270, form=True,
                 org="Đảng bộ tỉnh Vĩnh Phú", addr="Số 1 Hùng Vương, TP Việt Trì, tỉnh Vĩnh Phú", phone="0210.3846.252",
                 crumbs='<div class="bread"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <a href="/tin-tuc/xay-dung-dang">Xây dựng Đảng</a></div>',
                 exp=expected_(A17, iso(pub), author="Lê Quang Huy", photographer="Trịnh Thu", category="Xây dựng Đảng"),
                 traps={"bylines": ["Bài: Lê Quang Huy; ảnh: Trịnh Thu"], "chrome": ["A+", "Tin liên quan"], "related": lambda rl: rl[:3]},
                 notes="Stamp inside a toolbar row with font-size/print/Zalo buttons. One bold line 'Bài: X; ảnh: Y' (semicolon, lower-case 'ảnh') → author + photographer. Deadline 31/5/2025 and term '2025 - 2027' in text are decoys. Plain (unmarked) sapo div = lead.",
                 readme="stamp inside the font-size/print toolbar, 'Bài: X; ảnh: Y' on one line, future deadline and term years")


# ===================================================================== 18 provincial department: doc-number decoy, tags, comments
A18 = Art("Sở Nông nghiệp và PTNT Hà Nam Ninh hướng dẫn phòng bệnh dịch tả lợn châu Phi",
          "Trước diễn biến phức tạp của bệnh dịch tả lợn châu Phi tại một số tỉnh lân cận, Sở Nông nghiệp và PTNT Hà Nam Ninh đề nghị các địa phương tăng cường giám sát đàn lợn.",
          [("p", "Theo Văn bản số 812/SNN-CNTY ngày 02/05/2024, các huyện phải kiểm soát chặt việc vận chuyển lợn qua địa bàn."),
           ("p", "Người chăn nuôi cần vệ sinh, tiêu độc chuồng trại định kỳ ít nhất 2 lần mỗi tuần và không sử dụng thức ăn thừa chưa qua xử lý."),
           ("img", "/Uploads/images/2024/phun-khu-trung.jpg", "Cán bộ thú y phun khử trùng tại một trại lợn ở huyện Ý Yên"),
           ("p", "Khi phát hiện lợn ốm, chết không rõ nguyên nhân, người dân phải báo ngay cho chính quyền và cơ quan thú y.")])


def page18():
    pub = T("2024-05-06 09:12")

    def main(rng, rl, rd):
        return (f'<div class="ArticleDetail"><span class="ArticleCategory">Thú y - Chăn nuôi</span><h1 class="ArticleTitle">{esc(A18.title)}</h1>'
                f'<span class="ArticleDate">06/05/2024 9:12:00 SA</span><div class="ArticleSummary">{esc(A18.lead)}</div><div class="ArticleContent">{A18.render(img=fig)}'
                f'<p style="text-align:right"><b>Chi cục Chăn nuôi và Thú y</b></p></div>'
                f'<div class="ArticleTags">Tags: <a href="#">dịch tả lợn châu Phi</a>, <a href="#">thú y cơ sở</a></div>'
                f'<div class="ArticleComment"><div class="c-item"><b>Nguyễn Văn Lâm</b> (06/05/2024 20:31): Xã tôi đã có lợn chết, đề nghị Sở cử cán bộ về kiểm tra.</div></div>'
                f'{rel(rng, rl, rd, dmy, cls="ArticleOther", head="Các tin khác")}</div>')
    return _page("s11-18", family="department_so_aspx_sa_clock_doc_decoy", name="hanamninh-snn-aspnet-date-h-mm-ss-sa-doc-number-date-decoy-bold-unit-sign-tags-comment",
                 url="https://snnptnt.hanamninh.gov.vn/Pages/tin-tuc/huong-dan-phong-benh-dich-ta-lon-chau-phi-7721.aspx", art=A18, main_fn=main, pub=pub, prefix="snn", kb=160, form=True,
                 org="Sở Nông nghiệp và PTNT tỉnh Hà Nam Ninh", addr="Số 6 Trần Hưng Đạo, TP Nam Định, tỉnh Hà Nam Ninh", phone="0228.3849.301",
                 exp=expected_(A18, iso(pub), unit="Chi cục Chăn nuôi và Thú y", category="Thú y - Chăn nuôi"),
                 traps={"comments": ["Xã tôi đã có lợn chết, đề nghị Sở cử cán bộ về kiểm tra."], "tags": ["thú y cơ sở", "Tags:"], "dates": ["06/05/2024 20:31"], "related": lambda rl: rl[:3]},
                 notes="ASP.NET date '06/05/2024 9:12:00 SA' (SA = sáng, a.m.; seconds, unpadded hour) → 09:12. Doc number + date 02/05/2024 in text is a decoy. Bold sign-off is a unit only ('Chi cục …') → author null, author_unit set. Tags and a dated comment follow.",
                 readme="'dd/mm/yyyy h:mm:ss SA' ASP.NET clock, document-date decoy in text, unit-only bold sign-off, tags, dated comment")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
