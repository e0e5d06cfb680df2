"""Set 16 pages 10-18: Đảng ủy Khối, Đài PT-TH, Sở, UBND huyện, Hội Nông dân, Liên đoàn Lao động, Trường Chính trị,
a second provincial newspaper and the Red Cross — ordinary pages with bylines, units and categories varied widely."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb
from .p_01_pages import head_top


# ===================================================================== 10 Đảng ủy Khối Doanh nghiệp Hà Nam Ninh: table era, 'Đăng lúc HH:MM ngày dd/mm/yyyy', 'Bài, ảnh: Name - unit'
A10 = Art("Đảng bộ Công ty CP Dệt Nam Định gắn công tác xây dựng Đảng với sản xuất kinh doanh",
          "Sáu tháng đầu năm 2024, doanh thu của Công ty CP Dệt Nam Định đạt 486 tỷ đồng, tăng 12% so với cùng kỳ; thu nhập bình quân của người lao động đạt 9,2 triệu đồng/tháng. Kết quả đó có vai trò lãnh đạo quan trọng của Đảng bộ công ty.",
          [("p", "Đảng bộ công ty hiện có 7 chi bộ trực thuộc với 164 đảng viên, trong đó 70% là công nhân trực tiếp sản xuất. Đảng ủy ban hành nghị quyết chuyên đề về nâng cao năng suất lao động, giao từng chi bộ đăng ký chỉ tiêu gắn với kế hoạch sản xuất của phân xưởng."),
           ("p", "Các chi bộ duy trì sinh hoạt vào ngày 5 hằng tháng, nội dung tập trung vào tiến độ đơn hàng, an toàn lao động, tiết kiệm nguyên liệu. Nhiều sáng kiến do đảng viên đề xuất đã làm lợi cho công ty trên 2 tỷ đồng."),
           ("img", "/upload/dukdn/2024/09/phan-xuong-det.jpg", "Đảng viên Phân xưởng Dệt 2 trao đổi kinh nghiệm vận hành máy dệt khí"),
           ("p", "Công tác phát triển đảng viên trong công nhân được chú trọng. Từ đầu năm đến nay, Đảng bộ đã kết nạp 6 đảng viên mới là công nhân, tổ trưởng sản xuất; 12 quần chúng ưu tú đang được bồi dưỡng, theo dõi."),
           ("p", "Đảng ủy Khối đánh giá đây là một trong những đảng bộ doanh nghiệp tiêu biểu, đề nghị các đảng bộ cơ sở trong Khối học tập cách làm gắn nghị quyết chi bộ với nhiệm vụ sản xuất cụ thể.")])


def page10():
    pub = T("2024-09-03 07:45")

    def main(rng, rl, rd):
        body = A10.render(p=lambda t: f'<p class="MsoNormal" style="text-align:justify">{esc(t)}</p>', img=tcap)
        old = "".join(f'<tr><td class="bullet">•</td><td><a href="/tin-tuc/{slug(t)}.htm">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></td></tr>' for t, d in zip(rl, rd))
        return (f'<table width="100%" cellpadding="0" cellspacing="0" class="dk-detail"><tr><td class="dk-title"><h1>{esc(A10.title)}</h1></td></tr>'
                f'<tr><td class="dk-date">Đăng lúc 07:45 ngày 03/09/2024</td></tr>'
                f'<tr><td class="dk-sapo"><b>{esc(A10.lead)}</b></td></tr><tr><td class="dk-content">{body}'
                f'<p style="text-align:right"><em>Bài, ảnh: Lê Minh Khôi - Đảng ủy Công ty CP Dệt Nam Định</em></p></td></tr>'
                f'<tr><td class="dk-tool" align="right"><a href="#">In</a> | <a href="#">Gửi</a> | <a href="#top">Đầu trang</a></td></tr></table>'
                f'<table width="100%" class="dk-old"><tr><td colspan="2" class="dk-old-title">Các tin đã đưa</td></tr>{old}</table>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", cls="dk-new")
                + vb_box(["Kế hoạch số 56-KH/ĐUK ngày 20/8/2024 về tổ chức đại hội chi bộ trực thuộc", "Hướng dẫn số 09-HD/ĐUK ngày 28/8/2024 về phát triển đảng viên trong doanh nghiệp"])
                + links_box(["Tỉnh ủy Hà Nam Ninh", "Báo Hà Nam Ninh", "Đảng ủy Khối Doanh nghiệp Trung ương"]))
    crumbs = '<div class="dk-crumb">Bạn đang ở: <a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <a href="/tin-tuc/hoat-dong-co-so-dang">Hoạt động cơ sở đảng</a></div>'
    url = "http://dangbokhoidn.hanamninh.dcs.vn/tin-tuc/hoat-dong-co-so-dang/dang-bo-cong-ty-cp-det-nam-dinh-gan-cong-tac-xay-dung-dang-voi-san-xuat-kinh-doanh.htm"
    return page("s16-10", family="duk_table_layout_bai_anh_name_dash_unit", name="hanamninh-dukdn-table-layout-ban-dang-o-crumb-dang-luc-hh-mm-ngay-dd-mm-yyyy-bold-sapo-table-caption-italic-bai-anh-name-dash-dang-uy-cong-ty",
                url=url, art=A10, main_fn=main, pub=pub, prefix="dk", kb=120,
                org="Đảng ủy Khối Doanh nghiệp tỉnh Hà Nam Ninh", addr="Số 9 đường Trần Hưng Đạo, TP Nam Định, tỉnh Hà Nam Ninh", phone="0228.3849.260",
                crumbs=crumbs, top=head_top("dk", "/images/banner-dukdn.jpg", "Đảng ủy Khối Doanh nghiệp tỉnh Hà Nam Ninh", days=2, style="hom_nay"), side=side,
                shell_kw={"layout": "table", "title": A10.title},
                exp=expected(A10, iso(pub), author="Lê Minh Khôi", unit="Đảng ủy Công ty CP Dệt Nam Định", photographer="Lê Minh Khôi", category="Hoạt động cơ sở đảng"),
                traps={"bylines": ["Bài, ảnh: Lê Minh Khôi - Đảng ủy Công ty CP Dệt Nam Định"], "chrome": ["Các tin đã đưa", "Bạn đang ở:", "Đầu trang"], "related": lambda rl: rl[:4]},
                notes="Đảng ủy Khối Doanh nghiệp on a table-era template: 'Đăng lúc 07:45 ngày 03/09/2024' (time before the date, in words). Bold sapo cell = lead, MsoNormal paragraphs, table captions. Italic right 'Bài, ảnh: Lê Minh Khôi - Đảng ủy Công ty CP Dệt Nam Định' → author, photographer (same person) and unit. 'Bạn đang ở: Trang chủ » Tin tức » Hoạt động cơ sở đảng' → 'Hoạt động cơ sở đảng'. Old-news table with dates, 'Văn bản mới' with issue dates.",
                readme="Đảng ủy Khối table layout: 'Đăng lúc HH:MM ngày dd/mm/yyyy', bold sapo, table captions, italic 'Bài, ảnh: Name - Đảng ủy Công ty …' (author = photographer + unit), 'Bạn đang ở:' crumb")


# ===================================================================== 11 Đài PT-TH Hà Sơn Bình: two names + one shared (unit) under the sapo, chip 'Xã hội' vs section 'Thời sự'
A11 = Art("Lạc Sơn: Người dân vùng cao phấn khởi đón điện lưới quốc gia",
          "Sau nhiều năm dùng đèn dầu và máy thủy điện nhỏ, 86 hộ dân xóm Bưng, xã Quyết Thắng, huyện Lạc Sơn đã chính thức được sử dụng điện lưới quốc gia từ đầu tháng 9/2024.",
          [("p", "Công trình cấp điện cho xóm Bưng có tổng mức đầu tư hơn 7,8 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, gồm 4,6 km đường dây trung áp, 1 trạm biến áp và 3,2 km đường dây hạ áp."),
           ("p", "Để đưa vật tư vào xóm, đơn vị thi công phải dùng sức người khiêng cột điện qua nhiều đoạn dốc. Người dân trong xóm đã tự nguyện hiến đất, chặt cây, góp hàng trăm ngày công hỗ trợ thi công."),
           ("img", "/Uploads/2024/9/3/dien-ve-xom-bung.jpg", "Gia đình anh Bùi Văn Thương, xóm Bưng lần đầu dùng điện lưới"),
           ("p", "Anh Bùi Văn Thương, xóm Bưng chia sẻ, có điện, gia đình anh mua được tủ lạnh, máy xay xát, các con có đèn sáng để học bài. Nhiều hộ đang tính chuyện mở xưởng chế biến măng, mở dịch vụ du lịch cộng đồng."),
           ("p", "Đến nay, 100% số xã trên địa bàn huyện Lạc Sơn đã có điện lưới quốc gia, tỷ lệ hộ dân sử dụng điện an toàn đạt 99,2%.")])


def page11():
    pub = T("2024-09-03 18:30")

    def main(rng, rl, rd):
        body = A11.render(img=lambda s, c, n: f'<div class="hsb-photo"><img src="{s}" alt="{esc(c, True)}" /><div class="hsb-photo-cap">{esc(c)}</div></div>')
        return (f'<div class="hsb-news"><span class="hsb-chip" style="text-transform:uppercase">Xã hội</span><h1 class="hsb-title">{esc(A11.title)}</h1>'
                f'<div class="hsb-time">{wd(pub)}, 03/09/2024 18:30</div>'
                f'<div class="hsb-player"><video controls poster="/Uploads/2024/9/3/poster-dien.jpg"><source src="/video/2024/09/03/dien-xom-bung.mp4" type="video/mp4" /></video></div>'
                f'<div class="hsb-sapo"><b>{esc(A11.lead)}</b></div>'
                f'<div class="hsb-byline"><small>Quang Huy - Thanh Tâm (Trung tâm VH-TT huyện Lạc Sơn)</small></div>'
                f'<div class="hsb-body">{body}</div>{share("hsb-share")}'
                f'<div class="hsb-rel"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: hm(d) + " " + dmy(d), cls="hsb-list")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(hours=16)
        return (f'<div class="hsb-head"><img src="/images/logo-hsbtv.png" alt="Đài Phát thanh và Truyền hình Hà Sơn Bình" />{clock(today, "weekday", "hsb-today")}</div>'
                '<div class="hsb-epg"><b>Lịch phát sóng</b><ul><li>05:30 Thể dục buổi sáng</li><li>06:00 Thời sự sáng</li><li>11:30 Thời sự trưa</li>'
                '<li>19:00 Tiếp sóng Thời sự VTV</li><li>20:00 Thời sự Hà Sơn Bình</li></ul></div>')
    url = "https://hsbtv.vn/thoi-su/xa-hoi/lac-son-nguoi-dan-vung-cao-phan-khoi-don-dien-luoi-quoc-gia-62417.html"
    head = og(A11.title, url, {"article:section": "Thời sự", "og:type": "video.other"})
    return page("s16-11", family="broadcaster_two_names_shared_unit_under_sapo", name="hasonbinh-daipt-th-bootstrap-chip-xa-hoi-css-caps-weekday-dd-mm-yyyy-hh-mm-video-tag-bold-sapo-small-two-names-dash-paren-trung-tam-vh-tt-huyen-og-section-thoi-su",
                url=url, art=A11, main_fn=main, pub=pub, prefix="hsb", kb=195,
                org="Đài Phát thanh và Truyền hình Hà Sơn Bình", addr="Số 32 đường Trần Hưng Đạo, TP Hòa Bình, tỉnh Hà Sơn Bình", phone="0218.3852.115",
                top=top, side=lambda rng, pub: side_std(rng, pub, "Xem nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="hsb-most"),
                shell_kw={"layout": "bootstrap", "items": MENU_NEWS, "head_extra": head, "title": A11.title},
                exp=expected(A11, iso(pub), author="Quang Huy, Thanh Tâm", unit="Trung tâm VH-TT huyện Lạc Sơn", category="Xã hội"),
                traps={"bylines": ["Quang Huy - Thanh Tâm (Trung tâm VH-TT huyện Lạc Sơn)"], "chrome": ["Lịch phát sóng", "Tin cùng chuyên mục", "Xem nhiều"], "related": lambda rl: rl[:4]},
                notes="Radio-TV station page: chip 'Xã hội' (uppercased only by CSS) above the h1 → category (og article:section says 'Thời sự', the URL has both levels). 'Thứ Ba, 03/09/2024 18:30', <video> player between stamp and sapo, bold sapo = lead. Byline in a <small> line under the sapo: 'Quang Huy - Thanh Tâm (Trung tâm VH-TT huyện Lạc Sơn)' → two authors, ONE shared unit (a district centre's contribution). TV schedule with times, header clock the next morning.",
                readme="Đài PT-TH: CSS-caps chip 'Xã hội' vs og 'Thời sự', 'Thứ Ba, dd/mm/yyyy HH:MM', video, bold sapo, small line 'A - B (Trung tâm VH-TT huyện …)' → two authors, one unit")


# ===================================================================== 12 Sở Y tế Minh Hải: printed seconds, 'BS. Name - CDC tỉnh'
A12 = Art("Minh Hải ghi nhận 1.214 ca sốt xuất huyết, tăng 38% so với cùng kỳ",
          "Từ đầu năm đến ngày 25/8/2024, toàn tỉnh ghi nhận 1.214 ca mắc sốt xuất huyết, tăng 38% so với cùng kỳ năm 2023, chưa có trường hợp tử vong. Các huyện Cái Nước, Đầm Dơi và TP Cà Mau có số ca mắc cao nhất.",
          [("p", "Theo Trung tâm Kiểm soát bệnh tật tỉnh, số ca mắc tăng mạnh từ đầu mùa mưa, tập trung ở nhóm trẻ em dưới 15 tuổi, chiếm 61%. Chỉ số mật độ muỗi và lăng quăng tại nhiều khu dân cư vượt ngưỡng nguy cơ."),
           ("p", "Ngành Y tế đã phối hợp với chính quyền địa phương tổ chức 3 đợt chiến dịch diệt lăng quăng, phun hóa chất diệt muỗi tại 94 ổ dịch; tăng cường giám sát, phát hiện sớm và xử lý triệt để ổ dịch mới."),
           ("img", "/Upload/YTe/2024/08/diet-lang-quang-cai-nuoc.jpg", "Nhân viên y tế kiểm tra lăng quăng tại hộ gia đình ở huyện Cái Nước"),
           ("p", "Sở Y tế khuyến cáo người dân thường xuyên đậy kín dụng cụ chứa nước, thả cá diệt lăng quăng, thu gom vật phế thải đọng nước; khi có biểu hiện sốt cao đột ngột cần đến cơ sở y tế để được khám, không tự ý điều trị tại nhà."),
           ("table", [["Địa phương", "Số ca mắc", "So với cùng kỳ"], ["TP Cà Mau", "318", "+41%"], ["Huyện Cái Nước", "226", "+52%"], ["Huyện Đầm Dơi", "187", "+29%"]])])


def page12():
    pub = T("2024-08-28 10:05:31")

    def main(rng, rl, rd):
        body = A12.render(img=pcap, table=lambda rows: '<table class="table table-bordered"><tbody>' + "".join(
            "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
        return (f'<div class="syt-news"><h1 class="syt-title">{esc(A12.title)}</h1>'
                f'<div class="syt-date">28/08/2024 10:05:31</div><div class="syt-summary">{esc(A12.lead)}</div>'
                f'<div class="syt-content">{body}<p style="text-align:right"><b>BS. Trần Ngọc Bích - CDC tỉnh</b></p></div>'
                f'<div class="syt-attach">Tài liệu đính kèm: <a href="/Upload/YTe/2024/08/cong-van-1875-syt.pdf">Công văn số 1875/SYT-NVY ngày 26/8/2024</a></div>'
                f'<div class="syt-other"><h3>Tin khác</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " " + d.strftime("%H:%M:%S"), cls="syt-list")}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Thông báo", cls="syt-tb")
                + '<div class="syt-dvc"><h3>Dịch vụ công trực tuyến</h3><a href="https://dichvucong.minhhai.gov.vn">Nộp hồ sơ trực tuyến</a> <a href="#">Tra cứu hồ sơ</a></div>'
                + '<div class="syt-hotline"><h3>Đường dây nóng</h3><p>Phản ánh chất lượng khám chữa bệnh: 1900.9095</p></div>')
    crumbs = crumb([("Trang chủ", "/"), ("Tin tức - Sự kiện", "/tin-tuc-su-kien"), ("Tin y tế địa phương", "/tin-tuc-su-kien/tin-y-te-dia-phuong")], cls="syt-crumb")
    url = "https://soyte.minhhai.gov.vn/tin-tuc-su-kien/tin-y-te-dia-phuong/minh-hai-ghi-nhan-1214-ca-sot-xuat-huyet-tang-38-so-voi-cung-ky"
    head = og(A12.title, url, {"article:published_time": "2024-08-28T03:05:31Z"})
    return page("s16-12", family="department_printed_seconds_degree_abbrev_unit", name="minhhai-soyte-portal-dd-mm-yyyy-hh-mm-ss-printed-seconds-div-summary-centred-em-caption-table-rows-bold-bs-name-dash-cdc-tinh-attachment-date",
                url=url, art=A12, main_fn=main, pub=pub, prefix="syt", kb=140,
                org="Sở Y tế tỉnh Minh Hải", addr="Số 155 đường Bùi Thị Trường, TP Cà Mau, tỉnh Minh Hải", phone="0290.3831.017",
                crumbs=crumbs, top=head_top("syt", "/images/banner-so-y-te.png", "Sở Y tế tỉnh Minh Hải", days=1, style="clock", tick="Thông báo"), side=side,
                shell_kw={"items": MENU_GOV, "head_extra": head, "title": A12.title},
                exp=expected(A12, iso(pub), author="BS. Trần Ngọc Bích", unit="CDC tỉnh", category="Tin y tế địa phương"),
                traps={"bylines": ["BS. Trần Ngọc Bích - CDC tỉnh"], "chrome": ["Tài liệu đính kèm:", "Dịch vụ công trực tuyến", "Đường dây nóng"], "related": lambda rl: rl[:4]},
                notes="Sở Y tế portal: '28/08/2024 10:05:31' — seconds PRINTED → kept (T10:05:31); og article:published_time is the same instant in UTC 'Z'. Plain div summary = lead. A table in the text (header row included) → one ' | ' paragraph per row. Bold right 'BS. Trần Ngọc Bích - CDC tỉnh' → author with the professional title kept ('BS.'), unit the abbreviation as printed. Attachment line with an issue date is not body. Crumb 'Tin tức - Sự kiện › Tin y tế địa phương'. Related list with seconds.",
                readme="Sở Y tế: 'dd/mm/yyyy HH:MM:SS' printed seconds, div summary, table rows in the text, bold 'BS. Name - CDC tỉnh' (title kept, abbreviated unit), attachment with a date")


# ===================================================================== 13 UBND huyện Tuy Phong: Joomla 4, date in words only, 'Name' + '(Theo Báo Thuận Hải)'
A13 = Art("Tuy Phong ra quân giải tỏa lấn chiếm hành lang an toàn giao thông quốc lộ 1",
          "Từ ngày 3 đến 8/9, UBND huyện Tuy Phong phối hợp với Đội Cảnh sát giao thông và các xã, thị trấn ra quân giải tỏa, tháo dỡ 146 trường hợp lấn chiếm hành lang an toàn giao thông dọc quốc lộ 1 đoạn qua địa bàn huyện.",
          [("p", "Các vi phạm chủ yếu là dựng mái che, bảng quảng cáo, bày bán hàng hóa trên vỉa hè, lề đường, đặc biệt tại khu vực chợ Liên Hương, ngã ba Phan Rí Cửa và các điểm bán hải sản tự phát."),
           ("p", "Trước khi ra quân, các xã, thị trấn đã tuyên truyền, vận động và ký cam kết với các hộ kinh doanh. Phần lớn người dân tự giác tháo dỡ; lực lượng chức năng hỗ trợ tháo dỡ đối với những trường hợp chậm thực hiện."),
           ("img", "/images/2024/09/giai-toa-hanh-lang-ql1.jpg", "Lực lượng chức năng hỗ trợ người dân tháo dỡ mái che lấn chiếm tại thị trấn Liên Hương"),
           ("p", "UBND huyện yêu cầu chính quyền các xã, thị trấn bố trí lực lượng thường xuyên kiểm tra, không để tái lấn chiếm; người đứng đầu chính quyền cấp xã chịu trách nhiệm nếu để vi phạm tái diễn trên địa bàn."),
           ("p", "Thời gian tới, huyện sẽ quy hoạch lại các điểm kinh doanh hải sản, bố trí bãi đỗ xe tải tạm thời để giảm ùn tắc và nguy cơ tai nạn giao thông trên tuyến.")])


def page13():
    pub = T("2024-09-09 00:00")

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=lambda s, c, n: f'<figure class="figure"><img src="{s}" class="figure-img" alt="" /><figcaption class="figure-caption">{esc(c)}</figcaption></figure>')
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A13.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dt class="article-info-term">Thông tin</dt>'
                f'<dd class="published"><span class="icon-calendar"></span> Ngày 09 tháng 9 năm 2024</dd><dd class="hits"><span class="icon-eye"></span> Lượt xem: 642</dd></dl>'
                f'<div itemprop="articleBody" class="com-content-article__body"><p><strong>{esc(A13.lead)}</strong></p>{body}'
                f'<p style="text-align:right"><strong>Thanh Bình</strong><br /><em>(Theo Báo Thuận Hải)</em></p></div>'
                f'<nav class="pagenavigation"><a class="previous" href="#">Trước</a> <a class="next" href="#">Tiếp</a></nav></div>'
                f'<div class="moduletable tp-related"><h3>Các tin đã đưa</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc-su-kien/kinh-te/{n}-{s}", cls="mod-articles-category")}</div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới đăng", cls="tp-new")
                + schedule(rng, pub + timedelta(days=2), "Lịch làm việc của lãnh đạo UBND huyện", "tp-lich")
                + '<div class="tp-weather"><h3>Thời tiết Tuy Phong</h3><p>Nắng nóng, 27 - 35°C, gió Tây Nam cấp 3</p></div>')
    crumbs = '<ol class="mod-breadcrumbs breadcrumb"><li class="mod-breadcrumbs__item"><a href="/">Trang chủ</a></li><li class="mod-breadcrumbs__item"><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li><li class="mod-breadcrumbs__item active"><span>Kinh tế</span></li></ol>'
    url = "https://tuyphong.thuanhai.gov.vn/tin-tuc-su-kien/kinh-te/2286-tuy-phong-ra-quan-giai-toa-lan-chiem-hanh-lang-an-toan-giao-thong-quoc-lo-1"
    head = jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A13.title, "datePublished": "2024-09-08T17:00:00+00:00",
                   "author": {"@type": "Person", "name": "Super User"}})
    return page("s16-13", family="ubnd_huyen_joomla4_date_words_theo_bao_line", name="thuanhai-tuyphong-ubnd-joomla4-cassiopeia-ngay-dd-thang-m-nam-yyyy-date-only-bold-first-p-lead-bold-name-br-italic-paren-theo-bao-not-unit-crumb-span-active",
                url=url, art=A13, main_fn=main, pub=pub, prefix="tp", kb=125,
                org="Cổng thông tin điện tử huyện Tuy Phong", addr="Thị trấn Liên Hương, huyện Tuy Phong, tỉnh Thuận Hải", phone="0252.3850.219",
                crumbs=crumbs, top=head_top("tp", "/images/banner-tuy-phong.jpg", "Cổng thông tin điện tử huyện Tuy Phong", days=3, style="hom_nay"), side=side,
                shell_kw={"layout": "joomla", "items": MENU_GOV, "head_extra": head, "title": A13.title + " - Cổng thông tin điện tử huyện Tuy Phong"},
                exp=expected(A13, isod(pub), author="Thanh Bình", category="Kinh tế"),
                traps={"sources": ["(Theo Báo Thuận Hải)"], "chrome": ["Lượt xem: 642", "Lịch làm việc của lãnh đạo UBND huyện", "Thời tiết Tuy Phong"], "related": lambda rl: rl[:4]},
                notes="UBND huyện on Joomla 4 (Cassiopeia): the stamp is 'Ngày 09 tháng 9 năm 2024' in words, no time → '2024-09-09' (JSON-LD datePublished '2024-09-08T17:00:00+00:00' is the same instant as midnight local but no time is shown → date only). The first paragraph of articleBody is bold = lead. Signature: bold 'Thanh Bình' <br> italic '(Theo Báo Thuận Hải)' → author 'Thanh Bình'; the parenthesised 'Theo …' line is a source (reprint), NOT a unit → author_unit null. JSON-LD author 'Super User' is the Joomla account. Crumb ends with an active span 'Kinh tế'.",
                readme="UBND huyện Joomla 4: 'Ngày dd tháng m năm yyyy' date only, bold first paragraph = lead, 'Name' <br> '(Theo Báo …)' → author, source not unit; 'Super User' JSON-LD")


# ===================================================================== 14 Hội Nông dân tỉnh Cửu Long: labelled 'Tác giả: Name - Hội ND huyện …' in the top meta row
A14 = Art("Hội Nông dân Châu Thành giải ngân 4,2 tỷ đồng vốn Quỹ hỗ trợ nông dân",
          "Trong tháng 8/2024, Hội Nông dân huyện Châu Thành giải ngân 4,2 tỷ đồng từ Quỹ hỗ trợ nông dân cho 11 tổ hợp tác, tổ hội nghề nghiệp với 84 hộ thành viên vay phát triển chăn nuôi, trồng cây ăn trái.",
          [("p", "Các dự án được vay vốn tập trung vào mô hình nuôi bò vỗ béo, trồng bưởi da xanh, sầu riêng và chăn nuôi heo an toàn sinh học. Mức vay bình quân 50 triệu đồng/hộ, thời hạn 36 tháng, lãi suất ưu đãi."),
           ("img", "/upload/hnd/2024/08/to-hop-tac-bo-chau-thanh.jpg", "Thành viên Tổ hợp tác nuôi bò xã Hòa Lợi chăm sóc đàn bò"),
           ("p", "Trước khi giải ngân, Hội đã phối hợp với Trung tâm Dịch vụ nông nghiệp huyện tập huấn kỹ thuật cho các hộ vay, hướng dẫn xây dựng phương án sản xuất và liên kết tiêu thụ sản phẩm."),
           ("p", "Ông Thạch Sô Phal, Tổ trưởng Tổ hợp tác nuôi bò xã Hòa Lợi cho biết, nhờ nguồn vốn từ quỹ, các thành viên mua thêm bò giống, đầu tư chuồng trại, thu nhập mỗi hộ tăng 30 - 40 triệu đồng/năm."),
           ("p", "Hiện tổng nguồn vốn Quỹ hỗ trợ nông dân do Hội Nông dân huyện quản lý đạt 12,6 tỷ đồng, tỷ lệ thu hồi vốn đúng hạn 100%, không có nợ quá hạn.")])


def page14():
    pub = T("2024-08-15 08:40")

    def main(rng, rl, rd):
        body = A14.render(img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" /></p><p class="caption" style="text-align:center;color:#0054a6">{esc(c)}</p>')
        return (f'<div class="hnd-detail"><div class="hnd-cat"><a href="/tin-tuc/ho-tro-nong-dan" class="hnd-chip">Hỗ trợ nông dân</a></div>'
                f'<h1>{esc(A14.title)}</h1><div class="hnd-meta">Tác giả: Hồ Văn Sang - Hội ND huyện Châu Thành &nbsp;|&nbsp; {wd(pub, lower=True)}, 15/8/2024, 8:40</div>'
                f'<p class="lead">{esc(A14.lead)}</p><div class="hnd-body">{body}</div>'
                f'<div class="hnd-other"><h4>Tin khác</h4>{rel(rng, rl, rd, lambda d: "[" + dmy(d) + "]", cls="hnd-list")}</div></div>')

    def left(rng, pub):
        return ('<div class="hnd-leftmenu"><h3>Hội Nông dân tỉnh</h3><ul><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></li>'
                '<li><a href="/tin-tuc/ho-tro-nong-dan">Hỗ trợ nông dân</a></li><li><a href="/tin-tuc/nong-dan-san-xuat-kinh-doanh-gioi">Nông dân SXKD giỏi</a></li></ul></div>'
                + poll("Bạn biết đến Quỹ hỗ trợ nông dân qua kênh nào?", ["Cán bộ Hội", "Loa phát thanh", "Mạng xã hội"]))
    crumbs = crumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Hỗ trợ nông dân", "/tin-tuc/ho-tro-nong-dan")], cls="hnd-crumb")
    url = "https://hoinongdan.cuulong.org.vn/tin-tuc/ho-tro-nong-dan/hoi-nong-dan-chau-thanh-giai-ngan-42-ty-dong-von-quy-ho-tro-nong-dan-1442.html"
    return page("s16-14", family="farmers_union_tac_gia_name_dash_abbrev_unit_top", name="cuulong-hnd-threecol-chip-and-crumb-agree-tac-gia-name-dash-hoi-nd-huyen-in-meta-row-lower-weekday-d-m-yyyy-comma-unpadded-h-mm-p-lead-blue-caption",
                url=url, art=A14, main_fn=main, pub=pub, prefix="hnd", kb=110,
                org="Hội Nông dân tỉnh Cửu Long", addr="Số 64 đường Phạm Thái Bường, TP Vĩnh Long, tỉnh Cửu Long", phone="0270.3822.617",
                crumbs=crumbs, top=head_top("hnd", "/images/banner-hnd.jpg", "Hội Nông dân tỉnh Cửu Long", days=5), 
                side=lambda rng, pub: side_std(rng, pub, "Tin đọc nhiều", cls="hnd-most"),
                shell_kw={"layout": "threecol", "left": left, "items": MENU_MASS, "title": A14.title},
                exp=expected(A14, iso(pub), author="Hồ Văn Sang", unit="Hội ND huyện Châu Thành", category="Hỗ trợ nông dân"),
                traps={"bylines": ["Tác giả: Hồ Văn Sang - Hội ND huyện Châu Thành"], "chrome": ["Tin khác", "Tin đọc nhiều"], "related": lambda rl: rl[:4]},
                notes="Hội Nông dân tỉnh, three columns: the byline is in the TOP meta row, labelled: 'Tác giả: Hồ Văn Sang - Hội ND huyện Châu Thành | thứ năm, 15/8/2024, 8:40' → author + abbreviated unit as printed; lowercase weekday, unpadded day-month and hour ('8:40' → T08:40). p.lead = lead. Blue caption paragraphs. Chip 'Hỗ trợ nông dân' and the crumb agree. Related with bracketed dates, poll, header clock 5 days later.",
                readme="Hội Nông dân three-column: 'Tác giả: Name - Hội ND huyện …' in the top meta row with 'thứ năm, d/m/yyyy, H:MM' (unpadded), p.lead, chip = crumb, blue caption paragraphs")


# ===================================================================== 15 Liên đoàn Lao động tỉnh Nghĩa Bình: WordPress account, date + agreeing <time>, italic 'Name - LĐLĐ huyện …'
A15 = Art("Liên đoàn Lao động huyện Hoài Ân trao 30 suất học bổng cho con đoàn viên",
          None,
          [("p", "Sáng 30/8, Liên đoàn Lao động huyện Hoài Ân tổ chức trao 30 suất học bổng “Vì tương lai con đoàn viên” năm 2024 cho con đoàn viên công đoàn có hoàn cảnh khó khăn, vượt khó học tốt."),
           ("p", "Mỗi suất học bổng gồm 1 triệu đồng tiền mặt, ba lô và bộ dụng cụ học tập, tổng trị giá 45 triệu đồng, được trích từ Quỹ Xã hội công đoàn và sự hỗ trợ của các doanh nghiệp trên địa bàn."),
           ("img", "/wp-content/uploads/2024/08/trao-hoc-bong-hoai-an.jpg", "Lãnh đạo Liên đoàn Lao động huyện trao học bổng cho các em học sinh"),
           ("p", "Em Đinh Thị Hồng Nhung, học sinh lớp 9 Trường THCS Ân Tín, con của đoàn viên công đoàn Trường Mầm non Ân Tín xúc động cho biết, em sẽ dùng học bổng mua sách tham khảo để chuẩn bị cho kỳ thi vào lớp 10."),
           ("p", "Dịp này, Liên đoàn Lao động huyện cũng trao 10 phần quà cho đoàn viên bị tai nạn lao động, bệnh hiểm nghèo, mỗi phần trị giá 1,5 triệu đồng.")])


def page15():
    pub = T("2024-08-30 10:20")

    def main(rng, rl, rd):
        body = A15.render(img=lambda s, c, n: f'<figure id="attachment_{18200 + n}" class="wp-caption aligncenter"><img src="{s}" class="size-full" alt="" /><figcaption class="wp-caption-text">{esc(c)}</figcaption></figure>')
        return (f'<article id="post-18211" class="post-18211 post type-post status-publish category-cham-lo-doi-song-doan-vien">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(A15.title)}</h1><div class="entry-meta">'
                f'<span class="posted-on"><time class="entry-date published" datetime="2024-08-30T10:20:00+07:00">30/08/2024</time></span> '
                f'<span class="byline">Đăng bởi <span class="author vcard"><a class="url fn n" href="/author/ldld_admin/">ldld_admin</a></span></span></div></header>'
                f'<div class="entry-content">{body}<p style="text-align:right"><em>Thu Thảo - LĐLĐ huyện Hoài Ân</em></p></div>'
                f'<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/chuyen-muc/cham-lo-doi-song-doan-vien/" rel="category tag">Chăm lo đời sống đoàn viên</a></span> '
                f'<span class="tags-links">Thẻ: <a href="/tag/hoc-bong/" rel="tag">học bổng</a></span></footer></article>'
                f'<nav class="navigation post-navigation"><div class="nav-previous"><a href="#">{esc(rl[0])}</a></div><div class="nav-next"><a href="#">{esc(rl[1])}</a></div></nav>')

    def side(rng, pub):
        return (side_std(rng, pub, "Bài viết mới", cls="widget_recent_entries")
                + '<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="/2024/09/">Tháng Chín 2024</a></li><li><a href="/2024/08/">Tháng Tám 2024</a></li><li><a href="/2024/07/">Tháng Bảy 2024</a></li></ul></section>')
    url = "https://ldldnghiabinh.org.vn/2024/08/30/lien-doan-lao-dong-huyen-hoai-an-trao-30-suat-hoc-bong-cho-con-doan-vien/"
    head = (og(A15.title, url, {"article:published_time": "2024-08-30T03:20:00+00:00", "article:modified_time": "2024-08-31T01:02:14+00:00"})
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A15.title, "author": {"@type": "Person", "name": "ldld_admin"},
                                                                     "datePublished": "2024-08-30T03:20:00+00:00", "dateModified": "2024-08-31T01:02:14+00:00"}]}))
    return page("s16-15", family="labour_union_wp_account_time_agrees_name_dash_ldld", name="nghiabinh-ldld-wordpress-classic-time-dd-mm-yyyy-datetime-offset-agrees-dang-boi-account-no-lead-wp-caption-italic-name-dash-ldld-huyen-cat-links-chuyen-muc-footer",
                url=url, art=A15, main_fn=main, pub=pub, prefix="ld", kb=100,
                org="Liên đoàn Lao động tỉnh Nghĩa Bình", addr="Số 2 đường Lê Thánh Tôn, TP Quy Nhơn, tỉnh Nghĩa Bình", phone="0256.3822.194",
                top=lambda rng, pub: '<div class="site-branding"><p class="site-title"><a href="/">Liên đoàn Lao động tỉnh Nghĩa Bình</a></p><p class="site-description">Cổng thông tin công đoàn</p></div>',
                side=side, shell_kw={"layout": "wp", "items": MENU_MASS, "head_extra": head, "title": A15.title + " – Liên đoàn Lao động tỉnh Nghĩa Bình"},
                exp=expected(A15, iso(pub), author="Thu Thảo", unit="LĐLĐ huyện Hoài Ân", category="Chăm lo đời sống đoàn viên"),
                traps={"bylines": ["Thu Thảo - LĐLĐ huyện Hoài Ân"], "chrome": ["Đăng bởi", "ldld_admin", "Lưu trữ", "Thẻ:"], "related": lambda rl: rl[:2]},
                notes="Liên đoàn Lao động on a classic WordPress theme: visible '30/08/2024' in <time datetime='2024-08-30T10:20:00+07:00'> (agrees, explicit offset) → T10:20. 'Đăng bởi ldld_admin' is the account (also the JSON-LD Person) → not the author. No lead. wp-caption figures. Italic right 'Thu Thảo - LĐLĐ huyện Hoài Ân' → author + abbreviated unit as printed. Category from the footer cat-links 'Chuyên mục: Chăm lo đời sống đoàn viên' (no crumb). og/JSON-LD modified time (next day, UTC) is not shown → updated_at null. Post navigation with neighbour titles, archive widget with month names.",
                readme="LĐLĐ WordPress classic: 'dd/mm/yyyy' + agreeing <time> with offset, 'Đăng bởi' account, no lead, wp-caption, italic 'Name - LĐLĐ huyện …', footer 'Chuyên mục:' cat-links, hidden modified time")


# ===================================================================== 16 Trường Chính trị tỉnh Hoàng Liên Sơn: 'TS. Name' line + unit line with a comma, date only, table in the text
A16 = Art("Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở trường chính trị tỉnh",
          "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng cán bộ. Bài viết trình bày kết quả thử nghiệm một số phương pháp dạy học tích cực tại Trường Chính trị tỉnh trong năm học 2023 - 2024.",
          [("h", "1. Đặt vấn đề"),
           ("p", "Học viên các lớp trung cấp lý luận chính trị phần lớn là cán bộ đang công tác, có kinh nghiệm thực tiễn phong phú nhưng quỹ thời gian học tập hạn chế. Phương pháp thuyết trình một chiều khiến học viên thụ động, khó liên hệ lý luận với thực tiễn địa phương."),
           ("h", "2. Kết quả thử nghiệm"),
           ("p", "Trong năm học, Khoa đã thử nghiệm phương pháp nghiên cứu tình huống, thảo luận nhóm và dạy học theo dự án ở 6 lớp với 312 học viên. Kết quả khảo sát sau học phần như sau:"),
           ("table", [["Tiêu chí", "Lớp thử nghiệm", "Lớp đối chứng"], ["Học viên tích cực phát biểu", "78%", "41%"], ["Điểm trung bình học phần", "7,9", "7,2"], ["Hài lòng với phương pháp", "91%", "66%"]]),
           ("p", "Học viên đánh giá cao các tình huống được xây dựng từ thực tiễn của tỉnh như giải quyết khiếu nại đất đai, vận động nhân dân hiến đất làm đường, xử lý thông tin xấu độc trên mạng xã hội."),
           ("h", "3. Một số kiến nghị"),
           ("p", "Để nhân rộng, nhà trường cần xây dựng ngân hàng tình huống theo từng học phần, bồi dưỡng kỹ năng thiết kế bài giảng cho giảng viên trẻ và đầu tư phòng học có thể sắp xếp linh hoạt cho thảo luận nhóm.")])


def page16():
    pub = T("2024-09-04 00:00")

    def main(rng, rl, rd):
        body = A16.render(p=jp, h=lambda t: f"<p><b>{esc(t)}</b></p>",
                          table=lambda rows: '<table border="1" cellspacing="0" cellpadding="5" width="100%"><tbody>' + "".join(
                              "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
        return (f'<table width="100%" class="tct-detail"><tr><td><h1 class="tct-title">{esc(A16.title)}</h1></td></tr>'
                f'<tr><td class="tct-author" align="right"><b>TS. Hồ Thị Lan Anh</b><br /><i>Khoa Nhà nước và Pháp luật, Trường Chính trị tỉnh</i></td></tr>'
                f'<tr><td class="tct-date">Ngày đăng: 04/09/2024 - Lượt xem: 315</td></tr>'
                f'<tr><td class="tct-sapo"><p><b><i>{esc(A16.lead)}</i></b></p></td></tr><tr><td class="tct-content">{body}</td></tr></table>'
                f'<div class="tct-other"><div class="tct-other-title">Các bài viết khác</div>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", cls="tct-list")}</div>')

    def side(rng, pub):
        rows = "".join(f'<tr><td>{dmy(pub + timedelta(days=i + 2))}</td><td>Lớp TCLLCT K{40 + i}</td><td>{s}</td></tr>'
                       for i, s in enumerate(["Học phần Nhà nước và pháp luật", "Thi kết thúc học phần", "Nghiên cứu thực tế", "Khai giảng lớp mới"]))
        return (f'<div class="tct-lich"><h3>Lịch giảng dạy</h3><table>{rows}</table></div>' + side_std(rng, pub, "Thông báo", cls="tct-tb"))
    crumbs = '<div class="tct-crumb"><a href="/">Trang chủ</a> / <a href="/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a> / <a href="/nghien-cuu-trao-doi/bai-viet-khoa-hoc">Bài viết khoa học</a></div>'
    url = "http://truongchinhtri.hoanglienson.gov.vn/nghien-cuu-trao-doi/bai-viet-khoa-hoc/van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri-512.html"
    return page("s16-16", family="political_school_ts_name_line_unit_line_with_comma", name="hoanglienson-truongchinhtri-table-layout-ts-name-bold-br-italic-khoa-comma-truong-under-h1-ngay-dang-dd-mm-yyyy-date-only-bold-italic-sapo-numbered-heads-table",
                url=url, art=A16, main_fn=main, pub=pub, prefix="tct", kb=115,
                org="Trường Chính trị tỉnh Hoàng Liên Sơn", addr="Số 1 đường Hoàng Liên, TP Lào Cai, tỉnh Hoàng Liên Sơn", phone="0214.3840.128",
                crumbs=crumbs, top=head_top("tct", "/images/banner-truong-chinh-tri.jpg", "Trường Chính trị tỉnh Hoàng Liên Sơn", days=1, style="hom_nay", tick="Thông báo"),
                side=side, shell_kw={"layout": "table", "title": A16.title},
                exp=expected(A16, isod(pub), author="TS. Hồ Thị Lan Anh", unit="Khoa Nhà nước và Pháp luật, Trường Chính trị tỉnh", category="Bài viết khoa học"),
                traps={"chrome": ["Lượt xem: 315", "Lịch giảng dạy", "Các bài viết khác"], "bylines": ["Khoa Nhà nước và Pháp luật, Trường Chính trị tỉnh"], "related": lambda rl: rl[:4]},
                notes="Trường Chính trị on a table layout: right under the h1, bold 'TS. Hồ Thị Lan Anh' <br> italic 'Khoa Nhà nước và Pháp luật, Trường Chính trị tỉnh' → author with degree kept, unit = the whole line (faculty, school — one unit, not two writers). 'Ngày đăng: 04/09/2024 - Lượt xem: 315' date only. Bold-italic sapo = lead; numbered bold sub-heads and a results table (header row included) are body. Crumb 'Nghiên cứu - Trao đổi / Bài viết khoa học' → 'Bài viết khoa học'. Teaching schedule with future dates.",
                readme="Trường Chính trị table layout: 'TS. Name' <br> italic 'Khoa …, Trường Chính trị tỉnh' under the h1, 'Ngày đăng: dd/mm/yyyy - Lượt xem' date only, bold-italic sapo, numbered heads, table")


# ===================================================================== 17 Báo Quảng Nam - Đà Nẵng: Nuxt press site, two author links top, crumb vs og vs JSON-LD section
A17 = Art("Quảng Nam - Đà Nẵng: Hơn 1.000 giáo viên được tuyển dụng bổ sung cho năm học mới",
          "Chuẩn bị cho năm học 2024 - 2025, ngành Giáo dục tỉnh đã tuyển dụng bổ sung 1.046 giáo viên, giảm đáng kể tình trạng thiếu giáo viên ở các huyện miền núi, nhất là giáo viên tiếng Anh, Tin học và Âm nhạc.",
          [("p", "Theo Sở Giáo dục và Đào tạo, trước khi tuyển dụng, toàn tỉnh thiếu khoảng 1.800 giáo viên so với định mức. Các huyện Nam Trà My, Tây Giang, Phước Sơn là nơi thiếu nhiều nhất do khó thu hút giáo viên từ nơi khác đến."),
           ("p", "Để giữ chân giáo viên ở vùng khó khăn, tỉnh áp dụng chính sách hỗ trợ nhà ở công vụ, phụ cấp thu hút và ưu tiên cử đi đào tạo nâng chuẩn. Nhiều trường đã sửa chữa, xây mới phòng ở cho giáo viên cắm bản."),
           ("img", "/uploads/2024/08/25/nha-cong-vu-giao-vien-nam-tra-my.jpg", "Khu nhà công vụ giáo viên mới xây ở xã Trà Cang, huyện Nam Trà My"),
           ("p", "Cô Hồ Thị Thu, giáo viên tiếng Anh vừa trúng tuyển về Trường PTDTBT THCS Trà Cang cho biết, dù đường xa, điều kiện còn thiếu thốn nhưng cô mong muốn góp sức giúp học sinh vùng cao tiếp cận ngoại ngữ."),
           ("p", "Năm học mới, toàn tỉnh có hơn 420.000 học sinh các cấp. Ngành Giáo dục đề nghị các địa phương tiếp tục rà soát, bố trí hợp lý đội ngũ, tránh nơi thừa, nơi thiếu cục bộ.")])


def page17():
    pub = T("2024-08-25 06:00")

    def main(rng, rl, rd):
        dv = "7e21a0c3"
        body = A17.render(p=lambda t: f'<p data-v-{dv}>{esc(t)}</p>',
                          img=lambda s, c, n: f'<figure data-v-{dv} class="qd-fig"><picture><source srcset="{s}.webp" type="image/webp" /><img src="{s}" alt="{esc(c, True)}" /></picture><figcaption data-v-{dv}>{esc(c)}</figcaption></figure>')
        cm = comments([("Võ Văn Hùng", "25/08/2024 09:14", "Cần thêm chính sách cho giáo viên hợp đồng ở vùng núi."),
                       ("Trần Thị Mỹ", "25/08/2024 11:40", "Chúc các thầy cô mới một năm học thành công.")], cls="qd-cmt")
        return (f'<article data-v-{dv} class="qd-article"><h1 data-v-{dv} class="qd-title">{esc(A17.title)}</h1>'
                f'<div data-v-{dv} class="qd-meta"><span class="qd-authors"><i class="ic-pen"></i> <a href="/tac-gia/hai-yen">Hải Yến</a> - <a href="/tac-gia/minh-khoi">Minh Khôi</a></span>'
                f' <span class="qd-time"><i class="ic-clock"></i> {wd(pub)}, 25/08/2024 | 06:00</span></div>'
                f'<h2 data-v-{dv} class="qd-sapo">{esc(A17.lead)}</h2><div data-v-{dv} class="qd-body">{body}</div>'
                f'{share("qd-share")}{cm}<div data-v-{dv} class="qd-same"><h3>Cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d), cls="qd-rel")}</div></article>')
    crumbs = crumb([("Văn hóa - Xã hội", "/van-hoa-xa-hoi"), ("Giáo dục", "/van-hoa-xa-hoi/giao-duc")], cls="qd-crumb")
    url = "https://baoqndn.vn/van-hoa-xa-hoi/giao-duc/quang-nam-da-nang-hon-1000-giao-vien-duoc-tuyen-dung-bo-sung-cho-nam-hoc-moi-3140221.html"
    head = (og(A17.title, url, {"article:section": "Giáo dục - Đào tạo", "article:published_time": "2024-08-25T06:00:00+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A17.title, "articleSection": "Xã hội", "datePublished": "2024-08-25T06:00:00+07:00",
                      "author": [{"@type": "Person", "name": "Hải Yến"}, {"@type": "Person", "name": "Minh Khôi"}]}))
    return page("s16-17", family="baotinh_nuxt_two_author_links_three_sections", name="quangnamdanang-bao-nuxt-two-author-links-pen-icon-weekday-dd-mm-yyyy-pipe-hh-mm-h2-sapo-picture-webp-figcaption-crumb-giao-duc-vs-og-vs-jsonld-section",
                url=url, art=A17, main_fn=main, pub=pub, prefix="qd", kb=285,
                org="Báo Quảng Nam - Đà Nẵng", addr="Số 2 đường Trần Phú, TP Đà Nẵng, tỉnh Quảng Nam - Đà Nẵng", phone="0236.3821.344",
                crumbs=crumbs, top=head_top("qd", "/images/logo-baoqndn.svg", "Báo Quảng Nam - Đà Nẵng", days=0, hours=9, fmt=hm),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="qd-most") + side_std(rng, pub, "E-magazine", fmt=dmy, cls="qd-emag", n=3),
                shell_kw={"layout": "nuxt", "items": MENU_NEWS, "head_extra": head, "title": A17.title + " | Báo Quảng Nam - Đà Nẵng"},
                exp=expected(A17, iso(pub), author="Hải Yến, Minh Khôi", category="Giáo dục"),
                traps={"comments": ["Cần thêm chính sách cho giáo viên hợp đồng ở vùng núi."], "chrome": ["Cùng chuyên mục", "E-magazine", "Đọc nhiều"], "related": lambda rl: rl[:4]},
                notes="Provincial newspaper on Nuxt: pen-icon meta row at the TOP with two author links 'Hải Yến - Minh Khôi' → 'Hải Yến, Minh Khôi' (JSON-LD lists both), 'Chủ Nhật, 25/08/2024 | 06:00'. h2 sapo = lead; picture/webp + figcaption. Three different section names: crumb 'Văn hóa - Xã hội › Giáo dục' (→ 'Giáo dục'), og article:section 'Giáo dục - Đào tạo', JSON-LD articleSection 'Xã hội' → the printed crumb wins. Comments with later times, e-magazine list, ticker with times.",
                readme="Báo tỉnh Nuxt: two author links in a pen-icon row at the top, 'Chủ Nhật, dd/mm/yyyy | HH:MM', h2 sapo, picture/figcaption; crumb 'Giáo dục' vs og 'Giáo dục - Đào tạo' vs JSON-LD 'Xã hội'")


# ===================================================================== 18 Hội Chữ thập đỏ tỉnh Bắc Thái: labelled 'Người thực hiện:' + 'Đơn vị:' block, generic portlet title + deeper crumb
A18 = Art("Hội Chữ thập đỏ Đại Từ hỗ trợ người dân vùng lũ khắc phục hậu quả bão số 3",
          "Từ ngày 10 đến 25/9, Hội Chữ thập đỏ huyện Đại Từ đã vận động, tiếp nhận và trao hơn 1,6 tỷ đồng tiền mặt, hàng hóa hỗ trợ các hộ dân bị thiệt hại do hoàn lưu bão số 3 gây mưa lũ, sạt lở đất.",
          [("p", "Ngay sau khi lũ rút, các đội tình nguyện chữ thập đỏ của huyện đã có mặt tại các xã Phú Cường, Na Mao, Minh Tiến giúp người dân dọn bùn đất, vệ sinh nhà cửa, khử khuẩn nguồn nước sinh hoạt."),
           ("p", "Hội đã trao 420 suất quà gồm gạo, mì tôm, nước uống, thuốc men cho các hộ bị ngập sâu, bị sạt lở; hỗ trợ 15 triệu đồng cho mỗi hộ có nhà bị sập hoàn toàn."),
           ("img", "/upload/chuthapdo/2024/09/trao-qua-vung-lu-dai-tu.jpg", "Tình nguyện viên chữ thập đỏ giúp người dân xã Phú Cường dọn dẹp nhà cửa sau lũ"),
           ("p", "Bà Ma Thị Lợi, xóm Đồng Tâm, xã Phú Cường cho biết, nhà bà bị nước ngập gần 2 m, đồ đạc hư hỏng gần hết. “Được các cháu tình nguyện viên đến giúp, lại có gạo, nước uống, gia đình đỡ khó khăn nhiều”, bà nói."),
           ("p", "Hội Chữ thập đỏ huyện tiếp tục rà soát, lập danh sách các hộ khó khăn để kết nối nguồn lực hỗ trợ sửa chữa nhà ở, cây giống, con giống giúp người dân sớm ổn định cuộc sống.")])


def page18():
    pub = T("2024-09-27 16:10")

    def main(rng, rl, rd):
        body = A18.render(img=lambda s, c, n: f'<div class="ctd-img"><img src="{s}" alt="" /><span class="ctd-cap">{esc(c)}</span></div>')
        credit = ('<div class="ctd-credit" style="text-align:right"><p>Người thực hiện: <b>Đoàn Minh Trí</b></p>'
                  '<p>Đơn vị: <i>Hội CTĐ huyện Đại Từ</i></p></div>')
        return (f'<div class="ctd-portlet"><div class="ctd-portlet-title">TIN HOẠT ĐỘNG</div><div class="ctd-article">'
                f'<h1 class="ctd-title">{esc(A18.title)}</h1><div class="ctd-date">Đăng ngày 27/09/2024 lúc 16:10</div>'
                f'<div class="ctd-sapo"><i>{esc(A18.lead)}</i></div><div class="ctd-body">{body}</div>{credit}'
                f'<div class="ctd-donate"><b>Ủng hộ đồng bào bị thiệt hại do bão số 3:</b> STK 8600.2220.1234 - Hội Chữ thập đỏ tỉnh Bắc Thái</div>'
                f'<div class="ctd-others"><h3>Tin khác</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " " + hm(d), cls="ctd-list")}</div></div></div>')

    def left(rng, pub):
        return ('<div class="ctd-menu"><h3>Danh mục</h3><ul><li><a href="/tin-hoat-dong">Tin hoạt động</a><ul><li><a href="/tin-hoat-dong/cuu-tro-nhan-dao">Cứu trợ - Nhân đạo</a></li>'
                '<li><a href="/tin-hoat-dong/hien-mau">Hiến máu tình nguyện</a></li><li><a href="/tin-hoat-dong/so-cap-cuu">Sơ cấp cứu</a></li></ul></li>'
                '<li><a href="/van-ban">Văn bản</a></li><li><a href="/guong-nhan-ai">Gương nhân ái</a></li></ul></div>'
                '<div class="ctd-blood"><h3>Lịch hiến máu</h3><ul><li>05/10/2024 - Nhà văn hóa TP Thái Nguyên</li><li>12/10/2024 - Trường Đại học Sư phạm</li></ul></div>')
    crumbs = '<div class="ctd-crumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-hoat-dong">Tin hoạt động</a> &gt; <a href="/tin-hoat-dong/cuu-tro-nhan-dao">Cứu trợ - Nhân đạo</a></div>'
    url = "https://chuthapdobacthai.org.vn/tin-hoat-dong/cuu-tro-nhan-dao/hoi-chu-thap-do-dai-tu-ho-tro-nguoi-dan-vung-lu-khac-phuc-hau-qua-bao-so-3-2219.html"
    return page("s16-18", family="red_cross_nguoi_thuc_hien_don_vi_labels", name="bacthai-hoictd-leftcol-portlet-title-tin-hoat-dong-generic-crumb-cuu-tro-nhan-dao-dang-ngay-dd-mm-yyyy-luc-hh-mm-italic-sapo-nguoi-thuc-hien-don-vi-labelled-lines",
                url=url, art=A18, main_fn=main, pub=pub, prefix="ctd", kb=95,
                org="Hội Chữ thập đỏ tỉnh Bắc Thái", addr="Số 6 đường Nha Trang, TP Thái Nguyên, tỉnh Bắc Thái", phone="0208.3855.273",
                crumbs=crumbs, top=head_top("ctd", "/images/banner-chu-thap-do.png", "Hội Chữ thập đỏ tỉnh Bắc Thái", days=2, style="clock"),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", cls="ctd-new"),
                shell_kw={"layout": "leftcol", "left": left, "items": MENU_MASS, "title": A18.title},
                exp=expected(A18, iso(pub), author="Đoàn Minh Trí", unit="Hội CTĐ huyện Đại Từ", category="Cứu trợ - Nhân đạo"),
                traps={"chrome": ["TIN HOẠT ĐỘNG", "Lịch hiến máu", "Ủng hộ đồng bào bị thiệt hại do bão số 3:"], "bylines": ["Người thực hiện:", "Đơn vị:"], "related": lambda rl: rl[:4]},
                notes="Red Cross provincial site (left section menu): generic portlet title 'TIN HOẠT ĐỘNG' over the article, crumb one level deeper 'Tin hoạt động > Cứu trợ - Nhân đạo' → 'Cứu trợ - Nhân đạo'. 'Đăng ngày 27/09/2024 lúc 16:10'. Italic sapo = lead; span captions. Credit block after the text with two labelled lines 'Người thực hiện: Đoàn Minh Trí' / 'Đơn vị: Hội CTĐ huyện Đại Từ' → author + unit (a labelled 'Đơn vị:' field is a unit). Donation line with an account number is not body; blood-drive schedule with future dates.",
                readme="Hội Chữ thập đỏ left-column: generic 'TIN HOẠT ĐỘNG' portlet vs deeper crumb, 'Đăng ngày dd/mm/yyyy lúc HH:MM', italic sapo, labelled 'Người thực hiện:' + 'Đơn vị:' lines, donation line")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
