"""Set 18 pages 1-9: a random, realistic sample weighted toward the provincial Party system's everyday sites (Huyện ủy,
Thành ủy, Đảng ủy xã, Đảng ủy Khối, a Báo tỉnh, an Đài PT-TH, a UBND huyện portal, a Sở, the MTTQ) on the vendors'
portal products; pages 2, 3, 4 and 5 carry one TWIST each (a 12-hour 'CH' stamp at noon, an AI-generated 'Tóm tắt
nhanh' box above the text, an 'Ảnh: ST' (sưu tầm) photo credit, an update stamp that prints only the time)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb


def head_top(cls, logo, alt, days=1, hours=0, style="weekday", tick="Tin mới", fmt=dmy, extra=""):
    def top(rng, pub):
        today = pub + timedelta(days=days, hours=hours)
        return (f'<div class="{cls}-banner"><img src="{logo}" alt="{esc(alt, True)}" />{clock(today, style, cls + "-today")}</div>{extra}'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], fmt, tick, cls + "-ticker"))
    return top


def ampm(d):
    """vi-VN 12-hour clock as .NET 'hh:mm tt' prints it: SA (a.m.) / CH (p.m.); 12:xx CH is noon."""
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"


# ===================================================================== 1 Huyện ủy Nghĩa Hưng (Nam Hà): NukeViet 4.5, headline typed in capitals, 'Tác giả' + EMPTY 'Nguồn tin'
A1 = Art("ĐẢNG BỘ HUYỆN NGHĨA HƯNG KẾT NẠP 312 ĐẢNG VIÊN MỚI TRONG 9 THÁNG",
         "Chín tháng đầu năm 2024, các tổ chức cơ sở đảng trong Đảng bộ huyện Nghĩa Hưng đã kết nạp 312 đảng viên, đạt 89% chỉ tiêu cả năm; trong đó có 146 đảng viên là đoàn viên thanh niên, 37 đảng viên là người lao động trong doanh nghiệp ngoài nhà nước.",
         [("p", "Ngay từ đầu năm, Ban Thường vụ Huyện ủy đã giao chỉ tiêu phát triển đảng viên cho từng đảng bộ, chi bộ cơ sở; chỉ đạo cấp ủy rà soát nguồn quần chúng ưu tú trong đoàn viên, hội viên các đoàn thể, lực lượng dân quân, công an xã và người có uy tín trong cộng đồng."),
          ("img", "/uploads/news/2024_10/ket-nap-dang-vien-nghia-hung.jpg", "Lễ kết nạp đảng viên mới tại Chi bộ xóm 5, xã Nghĩa Thái"),
          ("h", "Gắn phát triển đảng viên với củng cố tổ chức cơ sở đảng"),
          ("p", "Huyện ủy chỉ đạo các đảng ủy xã, thị trấn gắn công tác phát triển đảng viên với việc khắc phục tình trạng thôn, xóm chưa có đảng viên hoặc chưa có chi bộ. Đến nay, 100% xóm, tổ dân phố trên địa bàn huyện đã có chi bộ sinh hoạt độc lập."),
          ("p", "Các giải pháp được triển khai đồng bộ gồm:"),
          ("ul", ["Giao cấp ủy viên phụ trách, bồi dưỡng từng quần chúng ưu tú trong diện cảm tình Đảng;",
                  "Mở 6 lớp bồi dưỡng nhận thức về Đảng cho 418 quần chúng tại Trung tâm Chính trị huyện;",
                  "Rút ngắn thời gian thẩm định hồ sơ, không để hồ sơ tồn đọng quá 30 ngày."]),
          ("h", "Chú trọng chất lượng đảng viên mới"),
          ("p", "Qua kiểm tra, 100% đảng viên mới được kết nạp đúng quy trình, bảo đảm tiêu chuẩn; sau kết nạp được phân công nhiệm vụ và có đảng viên chính thức giúp đỡ. Trong 9 tháng, có 284 đảng viên dự bị được xét công nhận chính thức đúng thời hạn."),
          ("p", "Thời gian tới, Huyện ủy tiếp tục chỉ đạo tạo nguồn phát triển đảng viên trong doanh nghiệp, hợp tác xã và trong học sinh trung học phổ thông, phấn đấu hoàn thành vượt chỉ tiêu năm 2024.")])


def page01():
    pub = T("2024-10-14 09:10")

    def main(rng, rl, rd):
        body = A1.render(h=lambda t: f"<h3>{esc(t)}</h3>")
        newer = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a title="{esc(t, True)}" href="/news/xay-dung-dang/{slug(t)}-{1900 + i}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>'
                        for i, (t, d) in enumerate(zip(rl[:3], [pub + timedelta(days=1 + i) for i in range(3)])))
        older = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a title="{esc(t, True)}" href="/news/xay-dung-dang/{slug(t)}-{1700 + i}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>'
                        for i, (t, d) in enumerate(zip(rl[3:], rd[3:])))
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ hai - 14/10/2024 09:10</span></div></div>'
                f'<div class="clearfix"><figure class="article left pointer" onclick="modalShowByObj(this)"><div style="width:200px;"><p class="text-center"><img alt="Kết nạp đảng viên" src="/assets/news/2024_10/ket-nap-dang-vien-thumb.jpg" width="200" class="img-thumbnail"/></p></div></figure>'
                f'<div class="hometext m-bottom"><strong>{esc(A1.lead)}</strong></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Trần Thu Trang</p><p class="h5 text-right"><strong>Nguồn tin: </strong></p></div>'
                f'</div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a title="phát triển đảng viên" href="/news/tag/phat-trien-dang-vien"><em>phát triển đảng viên</em></a>, <a title="Nghĩa Hưng" href="/news/tag/nghia-hung"><em>Nghĩa Hưng</em></a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: 15 trong 3 đánh giá</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer}</ul>'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>')

    crumbs = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li itemprop="itemListElement"><a href="/" itemprop="item"><span itemprop="name">Trang nhất</span></a></li>'
              '<li itemprop="itemListElement"><a href="/news/" itemprop="item"><span itemprop="name">Tin tức</span></a></li>'
              '<li itemprop="itemListElement"><a href="/news/xay-dung-dang/" itemprop="item"><span itemprop="name">Xây dựng Đảng</span></a></li></ul></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin đọc nhiều", fmt=lambda d: dmy(d), cls="nv-hot")
                + schedule(rng, pub + timedelta(days=1), "Lịch công tác của Thường trực Huyện ủy", "nv-lich")
                + links_box(["Tỉnh ủy Nam Hà", "Cổng TTĐT tỉnh Nam Hà", "Báo Nam Hà", "UBND huyện Nghĩa Hưng"]))
    url = "https://nghiahung.namha.dcs.vn/news/xay-dung-dang/dang-bo-huyen-nghia-hung-ket-nap-312-dang-vien-moi-trong-9-thang-1895.html"
    t2 = "Đảng bộ huyện Nghĩa Hưng kết nạp 312 đảng viên mới trong 9 tháng"
    head = (og(t2, url, {"article:section": "Xây dựng Đảng", "article:published_time": "2024-10-14T09:10:00+07:00"})
            + '<meta name="generator" content="NukeViet v4.5" />'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t2, "datePublished": "2024-10-14T09:10:00+07:00",
                      "author": {"@type": "Organization", "name": "Huyện ủy Nghĩa Hưng"}, "publisher": {"@type": "Organization", "name": "Huyện ủy Nghĩa Hưng"}}))
    return page("s18-01", family="district_party_nukeviet45_caps_headline_tac_gia_empty_nguon_tin", name="namha-nghiahung-huyenuy-nukeviet45-h1-typed-in-capitals-title-og-sentence-case-thu-hai-dash-dd-mm-yyyy-hh-mm-bold-hometext-h3-ul-tac-gia-name-nguon-tin-empty-newer-older-lists",
                url=url, art=A1, main_fn=main, pub=pub, prefix="nv", kb=140,
                org="Huyện ủy Nghĩa Hưng", addr="Thị trấn Liễu Đề, huyện Nghĩa Hưng, tỉnh Nam Hà", phone="0228.3871.205",
                crumbs=crumbs, top=head_top("nv", "/themes/egov/images/banner-huyen-uy.png", "Huyện ủy Nghĩa Hưng", days=1, hours=2), side=side,
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": t2 + " - Huyện ủy Nghĩa Hưng"},
                exp=expected(A1, iso(pub), author="Trần Thu Trang", category="Xây dựng Đảng"),
                traps={"bylines": ["Tác giả:", "Nguồn tin:"], "chrome": ["Những tin mới hơn", "Những tin cũ hơn", "Tổng số điểm của bài viết là: 15 trong 3 đánh giá", "Lịch công tác của Thường trực Huyện ủy"],
                       "tags": ["Từ khóa:"], "related": lambda rl: rl[:5]},
                notes="NukeViet 4.5 news detail of a Huyện ủy. The editor typed the headline in capitals: h1.title 'ĐẢNG BỘ HUYỆN NGHĨA HƯNG KẾT NẠP 312 ĐẢNG VIÊN MỚI TRONG 9 THÁNG' — the title is kept as printed (capitals); <title>, og:title and JSON-LD carry the sentence-case SEO title (fall-backs only). 'Thứ hai - 14/10/2024 09:10'. Bold hometext = lead, thumbnail figure without caption next to it; h3 sub-heads and the three <li> items are body. After the text: 'Tác giả: Trần Thu Trang' and an EMPTY 'Nguồn tin:' line → author, author_unit null (an empty source element changes nothing). Crumb 'Trang nhất › Tin tức › Xây dựng Đảng'. 'Những tin mới hơn' lists LATER dates (15-17/10) — decoys.",
                readme="NukeViet 4.5 Huyện ủy: headline typed in CAPITALS (h1) vs sentence-case <title>/og, 'Thứ hai - dd/mm/yyyy HH:MM', bold hometext, h3 + <ul> in the text, 'Tác giả:' + empty 'Nguồn tin:', newer list with later dates")


# ===================================================================== 2 Thành ủy Hải Dương (Hải Hưng): VNPT ePortal, vi-VN 12-hour stamp at NOON '12:20 CH' (TWIST)
A2 = Art("Thường trực Thành ủy Hải Dương làm việc với Đảng ủy phường Tân Bình",
         "Ngày 14/10, đồng chí Nguyễn Quang Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Hải Dương chủ trì buổi làm việc với Ban Thường vụ Đảng ủy phường Tân Bình về tình hình thực hiện nhiệm vụ chính trị 9 tháng và công tác chuẩn bị đại hội đảng bộ phường nhiệm kỳ 2025 - 2030.",
         [("p", "Báo cáo tại buổi làm việc cho thấy, 9 tháng năm 2024, tổng thu ngân sách trên địa bàn phường đạt 112% dự toán; công tác chỉnh trang đô thị, giải phóng mặt bằng tuyến đường Nguyễn Văn Linh kéo dài được triển khai quyết liệt, 96% hộ dân đã bàn giao mặt bằng."),
          ("img", "/documents/20182/1245/lam-viec-tan-binh-1.jpg", "Đồng chí Nguyễn Quang Hưng, Bí thư Thành ủy phát biểu tại buổi làm việc"),
          ("p", "Đảng ủy phường đã ban hành kế hoạch tổ chức đại hội, hoàn thành việc rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030; chỉ đạo 18 chi bộ trực thuộc chuẩn bị đại hội bảo đảm đúng tiến độ."),
          ("p", "Phát biểu kết luận, đồng chí Bí thư Thành ủy ghi nhận những kết quả phường đạt được, đồng thời đề nghị Đảng ủy phường tập trung hoàn thành dứt điểm công tác giải phóng mặt bằng trước ngày 30/11, chuẩn bị chu đáo văn kiện và nhân sự đại hội, giữ vững an ninh trật tự ở các khu dân cư."),
          ("img", "/documents/20182/1245/lam-viec-tan-binh-2.jpg", "Quang cảnh buổi làm việc tại trụ sở Đảng ủy phường Tân Bình"),
          ("p", "Dịp này, đoàn công tác đã kiểm tra thực tế công trình nhà văn hóa khu dân cư số 4 và tuyến phố văn minh Thanh Niên, nơi người dân tự nguyện hiến đất mở rộng vỉa hè.")])


def page02():
    pub = T("2024-10-14 12:20")

    def main(rng, rl, rd):
        body = A2.render(img=tcap)
        others = "".join(f'<li><a href="/web/thanhuy/-/{slug(t)}">{esc(t)}</a> <span class="date-other">({dmy(d)} {ampm(d)})</span></li>' for t, d in zip(rl, rd))
        return (f'<div class="portlet-title"><span class="title-text">TIN TỨC - SỰ KIỆN</span></div>'
                f'<div class="dsnews-detail" id="_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_Xk2Pq9_detail">'
                f'<div class="news-title"><h1 class="title-detail">{esc(A2.title)}</h1></div>'
                f'<div class="news-date"><i class="icon-calendar"></i> Ngày đăng: 14/10/2024 {ampm(pub)} <span class="sep">|</span> Lượt xem: 318</div>'
                f'<div class="news-content"><p><strong>{esc(A2.lead)}</strong></p>{body}'
                f'<p style="text-align:right"><strong>Phạm Hồng Nhung - Ban Tuyên giáo Thành ủy</strong></p></div>'
                f'<div class="news-tool"><a href="javascript:window.print()">In bài viết</a> | <a href="#">Gửi bài viết</a> | <a href="#">Về đầu trang</a></div>'
                f'<div class="other-news"><div class="other-title">Các tin khác</div><ul>{others}</ul></div></div>')

    crumbs = crumb([("Trang chủ", "/web/thanhuy"), ("Tin tức - Sự kiện", "/web/thanhuy/tin-tuc-su-kien"), ("Hoạt động của Thành ủy", "/web/thanhuy/hoat-dong-cua-thanh-uy")], cls="breadcrumb vnpt-breadcrumb")

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=-4, minutes=2)
        return (f'<div class="tu-banner"><img src="/o/vnpt-theme/images/banner-thanh-uy-hai-duong.png" alt="Thành ủy Hải Dương" />'
                f'<div class="tu-today">{wd(today)}, {dmy(today)} {ampm(today)}</div></div>'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=3 * i + 1) for i in range(5)], lambda d: dmy(d) + " " + ampm(d), "Tin mới", "tu-ticker"))

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới cập nhật", fmt=lambda d: dmy(d) + " " + ampm(d), cls="tu-new")
                + vb_box(["Thông báo số 412-TB/TU ngày 10/10/2024 kết luận của Ban Thường vụ Thành ủy", "Kế hoạch số 186-KH/TU ngày 04/10/2024 tổ chức đại hội đảng bộ cơ sở"]))
    url = "https://thanhuyhaiduong.haihung.dcs.vn/web/thanhuy/-/thuong-truc-thanh-uy-hai-duong-lam-viec-voi-dang-uy-phuong-tan-binh"
    head = og(A2.title, url, {"article:section": "Tin tức - Sự kiện"}) + '<meta name="description" content="Thành ủy Hải Dương" />'
    return page("s18-02", family="city_party_vnpt_eportal_twelve_hour_noon_ch_stamp", name="haihung-thanhuy-haiduong-vnpt-eportal-dsnews-caps-portlet-title-crumb-hoat-dong-thanh-uy-ngay-dang-dd-mm-yyyy-12-20-ch-noon-sa-ch-lists-bold-first-p-lead-td-caption-bold-name-dash-btg-thanh-uy",
                url=url, art=A2, main_fn=main, pub=pub, prefix="tu", kb=185,
                org="Thành ủy Hải Dương", addr="Số 1 đường Quang Trung, TP Hải Dương, tỉnh Hải Hưng", phone="0220.3852.301",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "liferay", "items": None, "head_extra": head, "title": "Chi tiết tin - Thành ủy Hải Dương"},
                exp=expected(A2, iso(pub), author="Phạm Hồng Nhung", unit="Ban Tuyên giáo Thành ủy", category="Hoạt động của Thành ủy"),
                traps={"bylines": ["Phạm Hồng Nhung - Ban Tuyên giáo Thành ủy"], "chrome": ["TIN TỨC - SỰ KIỆN", "Các tin khác", "In bài viết", "Tin mới cập nhật"],
                       "dates": ["Ngày đăng: 14/10/2024 12:20 CH"], "related": lambda rl: rl[:4]},
                notes="TWIST: the VNPT ePortal prints the stamp with the vi-VN 12-hour clock ('hh:mm tt', SA = a.m., CH = p.m.), and this article went up at NOON: 'Ngày đăng: 14/10/2024 12:20 CH' → 2024-10-14T12:20:00+07:00. 12:20 CH is 12:20 (not 00:20, not 24:20): adding 12 hours to every 'CH' time would give an impossible hour. The header clock, ticker and side lists use the same clock ('08:22 SA', '03:40 CH', …) for other days. Generic portlet title 'TIN TỨC - SỰ KIỆN'; crumb 'Trang chủ › Tin tức - Sự kiện › Hoạt động của Thành ủy' → 'Hoạt động của Thành ủy' (og section 'Tin tức - Sự kiện'). Bold first paragraph = lead; table captions (td.image_desc). Bold right 'Phạm Hồng Nhung - Ban Tuyên giáo Thành ủy' → author + unit. <title> 'Chi tiết tin - Thành ủy Hải Dương'.",
                readme="TWIST vi-VN 12-hour stamp at noon 'Ngày đăng: 14/10/2024 12:20 CH' → T12:20 (not 00:20 / 24:20); VNPT ePortal Thành ủy, caps portlet title vs crumb, SA/CH clocks in the chrome, bold first-p lead, 'Name - Ban Tuyên giáo Thành ủy'")


# ===================================================================== 3 Báo Vĩnh Phú: press CMS, AI-generated 'Tóm tắt nhanh' box between the sapo and the text (TWIST)
A3 = Art("Vĩnh Phú: Nông dân Tam Nông thu hơn 40 tỷ đồng từ bưởi Soi Hà",
         "Vụ bưởi năm 2024, toàn huyện Tam Nông có trên 420 ha bưởi cho thu hoạch, sản lượng ước đạt 6.800 tấn; giá bán tại vườn từ 15.000 đến 25.000 đồng/quả, mang lại doanh thu hơn 40 tỷ đồng cho người trồng.",
         [("p", "Bưởi Soi Hà được trồng nhiều ở các xã Xuân Quang, Tứ Mỹ, Hương Nộn, là sản phẩm đã được cấp giấy chứng nhận nhãn hiệu tập thể. Năm nay, thời tiết thuận lợi, quả đều, mã đẹp, nhiều hộ thu từ 300 đến 500 triệu đồng."),
          ("p", "Ông Hà Văn Lực, xã Xuân Quang cho biết, gia đình ông có 1,2 ha bưởi chăm sóc theo quy trình VietGAP. Từ đầu tháng 10, thương lái đã đặt mua toàn bộ sản lượng để đưa đi tiêu thụ ở Hà Nội và các tỉnh phía Bắc dịp Tết Trung thu."),
          ("img", "/uploads/2024/10/14/buoi-soi-ha-tam-nong.jpg", "Nông dân xã Xuân Quang thu hoạch bưởi Soi Hà"),
          ("raw", '<div class="box-doc-them"><p class="doc-them-title">Đọc thêm</p><ul><li><a href="/kinh-te/nong-nghiep/tam-nong-xay-dung-vung-buoi-hang-hoa-tap-trung-218842.htm">Tam Nông xây dựng vùng bưởi hàng hóa tập trung</a></li><li><a href="/kinh-te/nong-nghiep/cap-ma-so-vung-trong-cho-buoi-doan-hung-218120.htm">Cấp mã số vùng trồng cho bưởi Đoan Hùng</a></li></ul></div>'),
          ("p", "Để nâng cao giá trị, huyện đã hỗ trợ 3 hợp tác xã xây dựng kho sơ chế, đăng ký mã số vùng trồng cho 85 ha và đưa sản phẩm lên các sàn thương mại điện tử. Bưởi Soi Hà đạt chuẩn OCOP 4 sao năm 2023."),
          ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, thời gian tới, Tam Nông tiếp tục mở rộng diện tích trồng bưởi theo hướng hữu cơ ở những vùng đất đồi thấp, gắn với phát triển du lịch trải nghiệm mùa hoa, mùa quả.")])


def page03():
    pub = T("2024-10-14 06:45")

    def main(rng, rl, rd):
        body = A3.render(img=lambda s, c, n: f'<figure class="expNoEdit"><picture><source srcset="{s}.webp" type="image/webp" /><img src="{s}" alt="{esc(c, True)}" loading="lazy" /></picture><figcaption class="fig-cap">{esc(c)}</figcaption></figure>')
        ai = ('<div class="ai-summary" data-generated="ai"><div class="ai-summary__head"><span class="ai-icon">✦</span> Tóm tắt nhanh <span class="ai-note">Nội dung do AI tạo tự động, chỉ mang tính tham khảo</span></div>'
              '<ul class="ai-summary__list"><li>Huyện Tam Nông có hơn 420 ha bưởi Soi Hà cho thu hoạch, sản lượng khoảng 6.800 tấn.</li>'
              '<li>Bưởi bán tại vườn 15.000 - 25.000 đồng/quả, người trồng thu về trên 40 tỷ đồng.</li>'
              '<li>Huyện hỗ trợ kho sơ chế, mã số vùng trồng và đưa bưởi lên sàn thương mại điện tử.</li></ul>'
              '<div class="ai-summary__foot">Bạn thấy bản tóm tắt này có hữu ích? <button type="button">Có</button> <button type="button">Không</button></div></div>')
        cmts = comments([("Nguyễn Văn Hòa", "15/10/2024 07:12", "Bưởi Soi Hà ngon thật, năm nào nhà tôi cũng mua biếu Tết."),
                         ("Lê Thị Thanh", "14/10/2024 21:40", "Mong huyện hỗ trợ bà con bán hàng trên mạng nhiều hơn.")], head="Bình luận")
        return (f'<div class="detail-cate"><a href="/kinh-te">Kinh tế</a> <i>›</i> <a class="active" href="/kinh-te/nong-nghiep">Nông nghiệp</a></div>'
                f'<article class="detail"><h1 class="detail-title">{esc(A3.title)}</h1>'
                f'<div class="detail-author-time"><div class="authors"><a href="/tac-gia/hoang-long" class="author">Hoàng Long</a>, <a href="/tac-gia/minh-thu" class="author">Minh Thu</a></div>'
                f'<span class="time">Thứ Hai, 14/10/2024 - 06:45</span></div>'
                f'<h2 class="detail-sapo">{esc(A3.lead)}</h2>{ai}'
                f'<div class="detail-content" id="content-detail">{body}</div>'
                f'<div class="detail-tags"><span>Từ khóa:</span> <a href="/tag/buoi-soi-ha">bưởi Soi Hà</a> <a href="/tag/tam-nong">Tam Nông</a> <a href="/tag/ocop">OCOP</a></div>'
                f'{share("detail-share")}{cmts}'
                f'<div class="same-cate"><h3 class="same-cate__title">Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: hm(d) + " " + dmy(d), href="/kinh-te/nong-nghiep/{s}-{n}.htm", cls="same-cate__list")}</div></article>')

    def side(rng, pub):
        return (side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="bvp-most", n=8)
                + '<div class="bvp-epaper"><h3>Báo in</h3><p>Số 5.982 - Thứ Hai, 14/10/2024</p><a href="/bao-in">Đọc báo in</a></div>'
                + poll("Bạn thường mua nông sản đặc sản địa phương qua kênh nào?", ["Chợ truyền thống", "Siêu thị", "Sàn thương mại điện tử", "Mua trực tiếp tại vườn"]))
    url = "https://baovinhphu.vn/kinh-te/nong-nghiep/vinh-phu-nong-dan-tam-nong-thu-hon-40-ty-dong-tu-buoi-soi-ha-219034.htm"
    head = (og(A3.title, url, {"article:section": "Kinh tế", "article:published_time": "2024-10-14T06:45:00+07:00", "og:description": A3.lead})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A3.title, "articleSection": "Kinh tế", "datePublished": "2024-10-14T06:45:00+07:00",
                      "author": [{"@type": "Person", "name": "Hoàng Long"}, {"@type": "Person", "name": "Minh Thu"}], "description": A3.lead}))
    return page("s18-03", family="baotinh_press_cms_ai_summary_box_above_text", name="vinhphu-bao-press-cms-cate-trail-nong-nghiep-vs-og-kinh-te-two-author-links-comma-thu-hai-dd-mm-yyyy-dash-hh-mm-h2-sapo-ai-tom-tat-nhanh-bullets-doc-them-box-picture-figcaption-comments",
                url=url, art=A3, main_fn=main, pub=pub, prefix="bvp", kb=250,
                org="Báo Vĩnh Phú", addr="Số 8 đường Trần Phú, TP Việt Trì, tỉnh Vĩnh Phú", phone="0210.3846.256",
                top=head_top("bvp", "/images/logo-bao-vinh-phu.svg", "Báo Vĩnh Phú", days=0, hours=7, fmt=lambda d: hm(d)), side=side,
                shell_kw={"layout": "div", "items": MENU_NEWS, "head_extra": head, "title": A3.title + " - Báo Vĩnh Phú"},
                exp=expected(A3, iso(pub), author="Hoàng Long, Minh Thu", category="Nông nghiệp"),
                traps={"ai_summary": ["Tóm tắt nhanh", "Huyện Tam Nông có hơn 420 ha bưởi Soi Hà cho thu hoạch, sản lượng khoảng 6.800 tấn.",
                                      "Bưởi bán tại vườn 15.000 - 25.000 đồng/quả, người trồng thu về trên 40 tỷ đồng.",
                                      "Huyện hỗ trợ kho sơ chế, mã số vùng trồng và đưa bưởi lên sàn thương mại điện tử.", "Nội dung do AI tạo tự động, chỉ mang tính tham khảo"],
                       "related": ["Tam Nông xây dựng vùng bưởi hàng hóa tập trung", "Cấp mã số vùng trồng cho bưởi Đoan Hùng"],
                       "chrome": ["Đọc thêm", "Tin cùng chuyên mục", "Bạn thấy bản tóm tắt này có hữu ích?"], "comments": ["Bưởi Soi Hà ngon thật, năm nào nhà tôi cũng mua biếu Tết."]},
                notes="TWIST: between the h2 sapo and the text the paper shows an AI-generated 'Tóm tắt nhanh' box (labelled 'Nội dung do AI tạo tự động, chỉ mang tính tham khảo', three bullets paraphrasing the article, a feedback prompt). It is a machine paraphrase, not the journalists' text: lead = the h2 sapo, and the bullets are neither lead nor body. Two author links 'Hoàng Long, Minh Thu' under the h1 → 'Hoàng Long, Minh Thu', unit null. 'Thứ Hai, 14/10/2024 - 06:45'. Category trail 'Kinh tế › Nông nghiệp' → 'Nông nghiệp' (og/JSON-LD 'Kinh tế'). In-body 'Đọc thêm' box (not body). The last paragraph begins 'Theo Phòng Nông nghiệp …' — a sentence of the text, body. Reader comments with later dates.",
                readme="TWIST AI-generated 'Tóm tắt nhanh' bullet box between the sapo and the text → not lead, not body; press CMS Báo tỉnh, two author links, 'Thứ Hai, dd/mm/yyyy - HH:MM', trail 'Nông nghiệp' vs og 'Kinh tế', in-body 'Đọc thêm' box, comments")


# ===================================================================== 4 Đảng ủy xã Tây Vinh (Nghĩa Bình): WordPress Astra, 'Bài: Name - Ảnh: ST' (TWIST)
A4 = Art("Chi bộ thôn Hòa Hiệp sinh hoạt chuyên đề về chuyển đổi số",
         None,
         [("p", "Tối 13/10, Chi bộ thôn Hòa Hiệp tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Đảng viên gương mẫu trong thực hiện chuyển đổi số ở thôn”. Dự buổi sinh hoạt có đồng chí Lê Văn Tám, Phó Bí thư Thường trực Đảng ủy xã và 27/29 đảng viên của chi bộ."),
          ("p", "Tại buổi sinh hoạt, đồng chí Bí thư chi bộ quán triệt các nội dung chính của Kế hoạch chuyển đổi số xã Tây Vinh năm 2024; thông tin kết quả cài đặt, kích hoạt tài khoản định danh điện tử, thanh toán không dùng tiền mặt của người dân trong thôn."),
          ("img", "/wp-content/uploads/2024/10/sinh-hoat-chi-bo-hoa-hiep.jpg", "Quang cảnh buổi sinh hoạt chuyên đề của Chi bộ thôn Hòa Hiệp"),
          ("p", "Các đảng viên đã thảo luận sôi nổi, chỉ ra những khó khăn như người cao tuổi chưa quen sử dụng điện thoại thông minh, sóng di động ở xóm Gò còn yếu. Nhiều đảng viên nhận giúp đỡ các hộ gia đình xung quanh cài đặt ứng dụng, nộp hồ sơ dịch vụ công trực tuyến."),
          ("img", "/wp-content/uploads/2024/10/chuyen-doi-so-minh-hoa.jpg", "Ảnh minh họa"),
          ("p", "Kết thúc buổi sinh hoạt, chi bộ thống nhất ra nghị quyết chuyên đề với chỉ tiêu đến cuối năm 2024, 100% đảng viên sử dụng thành thạo sổ tay đảng viên điện tử và mỗi đảng viên hướng dẫn ít nhất 3 hộ dân sử dụng dịch vụ công trực tuyến.")])


def page04():
    pub = T("2024-10-14 16:05")

    def main(rng, rl, rd):
        body = A4.render(p=lambda t: f"<p>{esc(t)}</p>",
                         img=lambda s, c, n: f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{s}" alt="" class="wp-image-{2200 + n}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')
        return (f'<article id="post-2214" class="post-2214 post type-post status-publish format-standard has-post-thumbnail hentry category-cong-tac-xay-dung-dang ast-article-single">'
                f'<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(A4.title)}</h1>'
                f'<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished"><time class="entry-date published" datetime="2024-10-14T16:05:00+07:00">14/10/2024</time></span></span> / '
                f'<span class="cat-links"><a href="https://dangbotayvinh.vn/category/cong-tac-xay-dung-dang/" rel="category tag">Công tác xây dựng Đảng</a></span> / '
                f'<span class="posted-by vcard author" itemprop="author"><a class="url fn n" title="Xem tất cả bài viết của dangbo_tayvinh" href="https://dangbotayvinh.vn/author/dangbo_tayvinh/" rel="author"><span class="author-name">dangbo_tayvinh</span></a></span></div></header>'
                f'<div class="entry-content clear" itemprop="text">{body}'
                f'<p style="text-align:right"><strong>Bài: Đinh Thị Mai - Ảnh: ST</strong></p></div></div></article>'
                f'<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="/ra-quan-don-ve-sinh-moi-truong/" rel="prev"><span class="ast-left-arrow">←</span> Bài trước</a></div>'
                f'<div class="nav-next"><a href="/hoi-nghi-bao-cao-vien-thang-10/" rel="next">Bài tiếp theo <span class="ast-right-arrow">→</span></a></div></div></nav>'
                f'<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Bài viết liên quan</h2></div>{rel(rng, rl, rd, lambda d: dmy(d), href="/{s}/", cls="ast-related-posts-wrapper")}</div>')

    def side(rng, pub):
        return (f'<section class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="Tìm kiếm …" name="s" /></form></section>'
                + side_std(rng, pub, "Bài viết mới", fmt=None, cls="widget_recent_entries")
                + '<section class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul><li><a href="/category/tin-hoat-dong/">Tin hoạt động</a></li><li><a href="/category/cong-tac-xay-dung-dang/">Công tác xây dựng Đảng</a></li><li><a href="/category/van-ban/">Văn bản</a></li><li><a href="/category/guong-dien-hinh/">Gương điển hình</a></li></ul></section>')
    url = "https://dangbotayvinh.vn/chi-bo-thon-hoa-hiep-sinh-hoat-chuyen-de-ve-chuyen-doi-so/"
    head = (og(A4.title, url, {"article:published_time": "2024-10-14T09:05:00+00:00", "article:modified_time": "2024-10-14T09:11:42+00:00", "og:site_name": "Đảng bộ xã Tây Vinh"})
            + '<meta name="generator" content="WordPress 6.6.2" />'
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A4.title, "datePublished": "2024-10-14T09:05:00+00:00", "dateModified": "2024-10-14T09:11:42+00:00",
                                                                    "author": {"@name": "dangbo_tayvinh"}, "articleSection": ["Công tác xây dựng Đảng"]}]}))
    return page("s18-04", family="commune_party_wp_astra_bai_anh_st_credit", name="nghiabinh-tayson-tayvinh-dang-uy-xa-wordpress-astra-entry-meta-time-dd-mm-yyyy-datetime-offset-agrees-cat-links-account-no-lead-wp-figcaption-anh-minh-hoa-bold-bai-name-dash-anh-st",
                url=url, art=A4, main_fn=main, pub=pub, prefix="ast", kb=105,
                org="Đảng bộ xã Tây Vinh", addr="Xã Tây Vinh, huyện Tây Sơn, tỉnh Nghĩa Bình", phone="0256.3880.214",
                top=lambda rng, pub: '<div class="site-branding ast-site-identity"><span class="site-title"><a href="/" rel="home">Đảng bộ xã Tây Vinh</a></span><p class="site-description">Trang thông tin điện tử Đảng bộ xã Tây Vinh, huyện Tây Sơn</p></div>',
                side=side, shell_kw={"layout": "wp", "head_extra": head, "title": A4.title + " – Đảng bộ xã Tây Vinh"},
                exp=expected(A4, iso(pub), author="Đinh Thị Mai", category="Công tác xây dựng Đảng"),
                traps={"accounts": ["dangbo_tayvinh"], "bylines": ["Bài: Đinh Thị Mai - Ảnh: ST"], "chrome": ["Bài viết liên quan", "Bài tiếp theo", "Bài viết mới"], "related": lambda rl: rl[:4]},
                notes="TWIST: the credit line 'Bài: Đinh Thị Mai - Ảnh: ST' — 'ST' is the usual abbreviation of 'sưu tầm' (collected / taken from elsewhere), not a person → author 'Đinh Thị Mai', photographer null (one of the two photos is also captioned 'Ảnh minh họa'). A reader applying the 'Bài: X - Ảnh: Y' rule mechanically would record a photographer 'ST'. WordPress Astra commune Party site: entry-meta '14/10/2024' with <time datetime='2024-10-14T16:05:00+07:00'> (agrees, explicit offset → T16:05); og/JSON-LD in UTC (09:05Z = 16:05 local). cat-links 'Công tác xây dựng Đảng' = category; 'dangbo_tayvinh' is the site account. No sapo → lead null; figure/figcaption captions ('Ảnh minh họa' is a caption).",
                readme="TWIST 'Bài: Name - Ảnh: ST' (ST = sưu tầm, not a person) → photographer null; WordPress Astra Đảng ủy xã, '14/10/2024' with an agreeing <time> offset, cat-links category, account, no lead, 'Ảnh minh họa' caption")


# ===================================================================== 5 UBND huyện Kế Sách (Hậu Giang): Tandan portal, update stamp printed with the TIME only (TWIST)
A5 = Art("Kế Sách: Nông dân xuống giống vụ lúa Thu Đông đúng lịch thời vụ",
         "Đến ngày 15/10, nông dân huyện Kế Sách đã xuống giống được 6.240 ha lúa vụ Thu Đông năm 2024, đạt 92% kế hoạch; phần lớn diện tích sử dụng giống lúa chất lượng cao, chịu mặn.",
         [("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, để bảo đảm an toàn cho vụ Thu Đông, huyện đã chỉ đạo các xã xuống giống tập trung, né rầy theo lịch khuyến cáo của ngành chuyên môn; tu bổ, gia cố 46 km đê bao, bờ bao chống lũ kết hợp triều cường."),
          ("img", "/Portals/0/tintuc/2024/10/xuong-giong-thu-dong-ke-sach.jpg", "Nông dân xã An Lạc Thôn xuống giống lúa vụ Thu Đông"),
          ("p", "Các giống lúa được nông dân sử dụng nhiều là OM 18, Đài Thơm 8, ST 24 với lượng giống sạ bình quân 100 - 120 kg/ha. Nhiều hợp tác xã đã liên kết với doanh nghiệp bao tiêu sản phẩm ngay từ đầu vụ với giá sàn 7.000 đồng/kg."),
          ("p", "Ông Trần Văn Bé, Giám đốc Hợp tác xã nông nghiệp Thới An, xã Thới An Hội cho biết, vụ này hợp tác xã sản xuất 180 ha theo hướng giảm phát thải, áp dụng cơ giới hóa đồng bộ từ khâu làm đất đến thu hoạch."),
          ("p", "UBND huyện đề nghị các xã, thị trấn tiếp tục theo dõi diễn biến thời tiết, sâu bệnh; hướng dẫn nông dân chăm sóc lúa đúng quy trình, chủ động phương án bảo vệ sản xuất trước đợt triều cường đầu tháng 11.")])


def page05():
    pub, upd = T("2024-10-15 07:45"), T("2024-10-15 16:10")

    def main(rng, rl, rd):
        body = A5.render(img=pcap)
        return (f'<div class="tdn-detail"><h1 class="tdn-title">{esc(A5.title)}</h1>'
                f'<div class="tdn-info"><span class="tdn-date"><i class="fa fa-clock-o"></i> 15/10/2024 07:45</span> <span class="tdn-update">(Cập nhật lúc 16:10)</span>'
                f' <span class="tdn-view"><i class="fa fa-eye"></i> 407</span></div>'
                f'<p class="tdn-sapo"><i>{esc(A5.lead)}</i></p><div class="tdn-content">{body}</div>'
                f'<p class="tdn-author" style="text-align:right"><i>Ngọc Hân (Phòng Văn hóa và Thông tin)</i></p>'
                f'<div class="tdn-tool"><a href="#">In</a> <a href="#">Gửi email</a> <a href="#">Chia sẻ</a></div>'
                f'<div class="tdn-other"><h3>Các tin đã đưa</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + " " + hm(d) + ")", href="/tin-tuc/{s}-{n}.html", cls="tdn-other-list")}</div></div>')

    crumbs = ('<div class="tdn-crumb"><a href="/">Trang chủ</a> &gt; <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> &gt; <a href="/tin-tuc-su-kien/nong-nghiep-nong-thon">Nông nghiệp - Nông thôn</a></div>')

    def left(rng, pub):
        return ('<div class="tdn-leftmenu"><h3>Chuyên mục</h3><ul><li><a href="#">Hoạt động lãnh đạo</a></li><li class="active"><a href="#">Nông nghiệp - Nông thôn</a></li>'
                '<li><a href="#">Văn hóa - Xã hội</a></li><li><a href="#">Quốc phòng - An ninh</a></li><li><a href="#">Cải cách hành chính</a></li></ul></div>'
                + '<div class="tdn-weather"><h3>Thời tiết</h3><p>Kế Sách: 26 - 32°C, có mưa rào</p><p>Cập nhật: 16/10/2024 06:00</p></div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=1), "Lịch làm việc của lãnh đạo UBND huyện", "tdn-lich")
                + side_std(rng, pub, "Thông báo", fmt=lambda d: dmy(d), cls="tdn-tb")
                + '<div class="tdn-dvc"><h3>Dịch vụ công</h3><a href="#">Dịch vụ công trực tuyến</a> <a href="#">Tra cứu hồ sơ</a> <a href="#">Phản ánh kiến nghị</a></div>')
    url = "https://kesach.haugiang.gov.vn/tin-tuc-su-kien/nong-nghiep-nong-thon/ke-sach-nong-dan-xuong-giong-vu-lua-thu-dong-dung-lich-thoi-vu-4821.html"
    head = og(A5.title, url, {"article:published_time": "2024-10-15T07:45:00+07:00", "og:site_name": "Cổng thông tin điện tử huyện Kế Sách"})
    return page("s18-05", family="ubnd_huyen_tandan_update_time_only_same_day", name="haugiang-kesach-ubnd-tandan-portal-crumb-gt-nong-nghiep-nong-thon-dd-mm-yyyy-hh-mm-paren-cap-nhat-luc-hh-mm-time-only-italic-sapo-p-em-caption-italic-name-paren-phong-vhtt-weather-cap-nhat",
                url=url, art=A5, main_fn=main, pub=pub, prefix="tdn", kb=160,
                org="Cổng thông tin điện tử huyện Kế Sách", addr="Thị trấn Kế Sách, huyện Kế Sách, tỉnh Hậu Giang", phone="0299.3870.211",
                crumbs=crumbs, top=head_top("tdn", "/Images/banner-ke-sach.jpg", "Cổng thông tin điện tử huyện Kế Sách", days=1, hours=1, style="hom_nay"), side=side,
                shell_kw={"layout": "threecol", "items": MENU_GOV, "head_extra": head, "title": A5.title, "left": left, "form": True},
                exp=expected(A5, iso(pub), updated=iso(upd), author="Ngọc Hân", unit="Phòng Văn hóa và Thông tin", category="Nông nghiệp - Nông thôn"),
                traps={"dates": ["(Cập nhật lúc 16:10)", "Cập nhật: 16/10/2024 06:00"], "chrome": ["Các tin đã đưa", "Lịch làm việc của lãnh đạo UBND huyện", "Kế Sách: 26 - 32°C, có mưa rào"],
                       "bylines": ["Ngọc Hân (Phòng Văn hóa và Thông tin)"], "related": lambda rl: rl[:4]},
                notes="TWIST: the Tandan template prints the update time WITHOUT a date when the edit was made on the publication day: '15/10/2024 07:45 (Cập nhật lúc 16:10)' → published 2024-10-15T07:45, updated_at 2024-10-15T16:10 (the day is the one printed just before it). A reader requiring a full date in the update stamp would set null; one parsing '16:10' as a date would fail. The weather box's 'Cập nhật: 16/10/2024 06:00' belongs to the widget. Crumb 'Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn' (the active left-menu item agrees). Italic sapo = lead; centred <em> caption paragraph. Italic 'Ngọc Hân (Phòng Văn hóa và Thông tin)' → author + unit. 'Các tin đã đưa' with times.",
                readme="TWIST update stamp printing only the time on the same day '15/10/2024 07:45 (Cập nhật lúc 16:10)' → updated T16:10 that day; Tandan UBND huyện portal, three columns, crumb + active left menu, italic sapo, 'Name (Phòng Văn hóa và Thông tin)', weather 'Cập nhật' decoy")


# ===================================================================== 6 Đảng ủy Khối các cơ quan tỉnh Hà Tuyên: Liferay 6.2 journal content, a 'Thông báo kết luận' with letterhead and signature
A6 = Art("Thông báo kết luận của Ban Thường vụ Đảng ủy Khối về công tác chuẩn bị đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027",
         None,
         [("p", "Ngày 11/10/2024, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh họp nghe báo cáo tiến độ chuẩn bị đại hội chi bộ trực thuộc đảng bộ cơ sở nhiệm kỳ 2025 - 2027. Sau khi thảo luận, Ban Thường vụ Đảng ủy Khối kết luận như sau:"),
          ("p", "1. Cơ bản các đảng bộ cơ sở đã ban hành kế hoạch, hướng dẫn đại hội chi bộ trực thuộc; 42/46 đảng bộ cơ sở đã chọn chi bộ tổ chức đại hội điểm. Tuy nhiên, một số nơi chuẩn bị báo cáo chính trị còn chung chung, chưa sát với nhiệm vụ chính trị của cơ quan."),
          ("p", "2. Các đảng bộ cơ sở chỉ đạo chi bộ trực thuộc hoàn thành đại hội trước ngày 31/3/2025; đại hội điểm hoàn thành trước ngày 15/01/2025. Việc chuẩn bị nhân sự thực hiện đúng Quy định số 190-QĐ/TW ngày 10/10/2024 của Bộ Chính trị."),
          ("p", "3. Giao Ban Tổ chức Đảng ủy Khối theo dõi, hướng dẫn; định kỳ hằng tháng tổng hợp, báo cáo Ban Thường vụ Đảng ủy Khối tiến độ đại hội ở các đảng bộ cơ sở."),
          ("p", "4. Văn phòng Đảng ủy Khối phối hợp với các ban xây dựng tài liệu hỏi - đáp về đại hội chi bộ, đăng tải trên Trang thông tin điện tử Đảng ủy Khối trước ngày 30/10/2024.")])


def page06():
    pub = T("2024-10-16")

    def main(rng, rl, rd):
        body = A6.render(p=lambda t: f'<p class="MsoNormal" style="text-align:justify;text-indent:36pt"><span style="font-family:\'Times New Roman\';font-size:14pt">{esc(t)}</span></p>')
        lh = ('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%"><tbody><tr>'
              '<td width="45%" valign="top"><p align="center" style="text-align:center"><b>ĐẢNG BỘ TỈNH HÀ TUYÊN</b><br /><b>ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH</b><br />*<br />Số 58-TB/ĐUK</p></td>'
              '<td width="55%" valign="top"><p align="center" style="text-align:center"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b></p><p align="right" style="text-align:right"><i>Tuyên Quang, ngày 14 tháng 10 năm 2024</i></p></td></tr></tbody></table>'
              '<p align="center" style="text-align:center"><b>THÔNG BÁO KẾT LUẬN</b><br /><b>của Ban Thường vụ Đảng ủy Khối về công tác chuẩn bị đại hội chi bộ trực thuộc</b><br /><b>nhiệm kỳ 2025 - 2027</b><br />-----</p>')
        sig = ('<table border="0" width="100%"><tbody><tr><td width="50%" valign="top"><p><b><i>Nơi nhận:</i></b><br />- Ban Tổ chức Tỉnh ủy (b/c),<br />- Các đảng bộ cơ sở,<br />- Lưu Văn phòng Đảng ủy Khối.</p></td>'
               '<td width="50%" valign="top"><p align="center" style="text-align:center"><b>T/M BAN THƯỜNG VỤ</b><br /><b>PHÓ BÍ THƯ</b><br /><br /><i>(Đã ký)</i><br /><br /><b>Nguyễn Thị Hà</b></p></td></tr></tbody></table>')
        att = ('<div class="asset-attachments"><b>Tệp đính kèm:</b><ul><li><a href="/documents/10181/58-tb-duk.pdf">58-TB/ĐUK.pdf</a> (312 KB)</li></ul></div>')
        return (f'<div class="portlet-title-text">Thông báo - Kết luận</div>'
                f'<div class="journal-content-article" id="article_10181_31207_218644_1.4"><div class="news-detail">'
                f'<h2 class="news-title">{esc(A6.title)}</h2><div class="news-date">Ngày xuất bản: 16/10/2024</div>'
                f'<div class="news-body">{lh}{body}{sig}</div>{att}</div></div>'
                f'<div class="taglib-ratings"><span>Đánh giá bài viết</span> <span class="stars">☆☆☆☆☆</span></div>'
                f'<div class="other-news"><h3>Các tin khác</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/web/dukcq/-/{s}", cls="other-news-list")}</div>')

    crumbs = ('<div class="portlet-breadcrumb"><ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/dukcq/trang-chu">Trang chủ</a><span class="divider">/</span></li>'
              '<li><a href="/web/dukcq/van-ban-tai-lieu">Văn bản - Tài liệu</a><span class="divider">/</span></li><li class="last active"><a href="/web/dukcq/thong-bao-ket-luan">Thông báo - Kết luận</a></li></ul></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="duk-new")
                + vb_box(["Hướng dẫn số 12-HD/ĐUK ngày 02/10/2024 về đại hội chi bộ trực thuộc", "Kế hoạch số 75-KH/ĐUK ngày 25/9/2024 tổ chức đại hội đảng bộ cơ sở"], head="Văn bản mới ban hành"))
    url = "https://dukcq.hatuyen.dcs.vn/web/dukcq/-/thong-bao-ket-luan-cua-ban-thuong-vu-dang-uy-khoi-ve-cong-tac-chuan-bi-dai-hoi-chi-bo-truc-thuoc"
    head = og(A6.title, url, {"og:site_name": "Đảng ủy Khối các cơ quan tỉnh Hà Tuyên"}) + '<meta name="description" content="Thông báo số 58-TB/ĐUK" />'
    return page("s18-06", family="duk_liferay62_thong_bao_ket_luan_letterhead_signature", name="hatuyen-dukcq-liferay62-journal-content-crumb-thong-bao-ket-luan-h2-title-ngay-xuat-ban-dd-mm-yyyy-date-only-msonormal-letterhead-table-dateline-numbered-paragraphs-signature-pho-bi-thu-attachment",
                url=url, art=A6, main_fn=main, pub=pub, prefix="duk", kb=150,
                org="Đảng ủy Khối các cơ quan tỉnh Hà Tuyên", addr="Số 11 đường Tân Trào, TP Tuyên Quang, tỉnh Hà Tuyên", phone="0207.3822.530",
                crumbs=crumbs, top=head_top("duk", "/html/themes/duk/images/banner.png", "Đảng ủy Khối các cơ quan tỉnh Hà Tuyên", days=3), side=side,
                shell_kw={"layout": "liferay", "head_extra": head, "title": "Thông báo - Kết luận - Đảng ủy Khối các cơ quan tỉnh Hà Tuyên"},
                exp=expected(A6, isod(pub), category="Thông báo - Kết luận"),
                traps={"letterhead": ["ĐẢNG BỘ TỈNH HÀ TUYÊN", "Số 58-TB/ĐUK", "Tuyên Quang, ngày 14 tháng 10 năm 2024", "THÔNG BÁO KẾT LUẬN"],
                       "signature": ["T/M BAN THƯỜNG VỤ", "Nguyễn Thị Hà", "Nơi nhận:"], "chrome": ["Các tin khác", "Văn bản mới ban hành", "Đánh giá bài viết"], "related": lambda rl: rl[:4]},
                notes="Liferay 6.2 journal content of an Đảng ủy Khối: a 'Thông báo kết luận' posted as an article. h2.news-title = title (<title> is the section). 'Ngày xuất bản: 16/10/2024' (date only) → published_at 2024-10-16; the document's dateline 'Tuyên Quang, ngày 14 tháng 10 năm 2024' is the issue date (decoy) and the meeting date 11/10 is in the text. Word-pasted text: the letterhead table (issuer, number, motto, dateline) and the centred document title are not body (as in sets 3, 6); the numbered paragraphs are body; the signature table (Nơi nhận / T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / Nguyễn Thị Hà) is not body and the signer is not the author → author/unit null. Crumb 'Văn bản - Tài liệu / Thông báo - Kết luận' (the portlet title agrees). No lead, no captions.",
                readme="Liferay 6.2 Đảng ủy Khối: 'Thông báo kết luận' with a letterhead table, dateline (issue date decoy), numbered paragraphs and a signature block (signer not author), 'Ngày xuất bản: dd/mm/yyyy' date only, crumb 'Thông báo - Kết luận', attachment")


# ===================================================================== 7 Đài PT-TH Cửu Long: CodeIgniter station site, southern 'Tin: … - Hình: …' credit
A7 = Art("Tiểu Cần: Nông dân trúng mùa “lúa chất lượng cao”",
         "Vụ Hè Thu năm nay, nông dân huyện Tiểu Cần thu hoạch gần 9.000 ha lúa chất lượng cao, năng suất bình quân 6,2 tấn/ha; với giá bán từ 7.800 đến 8.200 đồng/kg, người trồng lãi trên 30 triệu đồng mỗi ha.",
         [("p", "Những ngày này, trên các cánh đồng ở xã Hiếu Trung, Hiếu Tử, tiếng máy gặt đập liên hợp rộn ràng. Thương lái đến tận ruộng thu mua, nông dân không phải vận chuyển, phơi sấy như trước."),
          ("img", "/uploads/video/2024/10/tieu-can-lua-1.jpg", "Máy gặt đập liên hợp thu hoạch lúa ở xã Hiếu Trung"),
          ("p", "Anh Thạch Sa Rươl, ấp Ô Đùng, xã Hiếu Tử phấn khởi cho biết, gia đình anh có 3 ha lúa giống ST 25, năng suất đạt 6,5 tấn/ha. Nhờ tham gia cánh đồng lớn, được doanh nghiệp cung ứng giống, vật tư và bao tiêu đầu ra nên anh yên tâm sản xuất."),
          ("p", "Theo ngành nông nghiệp huyện, diện tích lúa chất lượng cao chiếm 85% tổng diện tích gieo sạ. Huyện đang khuyến khích nông dân tham gia mô hình sản xuất lúa giảm phát thải gắn với đề án một triệu héc-ta lúa chất lượng cao vùng Đồng bằng sông Cửu Long."),
          ("img", "/uploads/video/2024/10/tieu-can-lua-2.jpg", "Thương lái thu mua lúa tại ruộng")])


def page07():
    pub = T("2024-10-15 11:30")

    def main(rng, rl, rd):
        body = A7.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" width="640" /><br /><em>{esc(c)}</em></p>')
        sched = "".join(f'<tr><td>{h}</td><td>{esc(p)}</td></tr>' for h, p in [("11:30", "Thời sự trưa"), ("17:00", "Nông nghiệp và nông thôn"), ("18:30", "Thời sự tiếng Khmer"), ("19:45", "Thời sự tối"), ("21:00", "Phim truyện: Đất phương Nam (tập 18)")])
        return (f'<div class="thvl-detail"><div class="thvl-video"><video controls preload="none" poster="/uploads/video/2024/10/tieu-can-poster.jpg"><source src="/media/2024/10/15/tieu-can-lua-chat-luong-cao.mp4" type="video/mp4" /></video><span class="dur">02:48</span></div>'
                f'<h1 class="thvl-title">{esc(A7.title)}</h1>'
                f'<div class="thvl-meta"><span class="time">15/10/2024 - 11:30</span> <span class="views">Lượt xem: 862</span></div>'
                f'<p class="thvl-sapo"><strong>{esc(A7.lead)}</strong></p><div class="thvl-body">{body}</div>'
                f'<p class="thvl-credit" style="text-align:right"><strong>Tin: Kim Thoa - Hình: Thạch Sô Phết</strong></p>'
                f'{share("thvl-share")}<div class="thvl-related"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " - " + hm(d), href="/tin-tuc/{s}-{n}.html", cls="thvl-rel")}</div></div>'
                f'<div class="thvl-schedule"><h3>Lịch phát sóng ngày 16/10/2024</h3><table>{sched}</table></div>')

    crumbs = crumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Kinh tế", "/tin-tuc/kinh-te")], cls="thvl-crumb")
    url = "https://thcuulong.vn/tin-tuc/kinh-te/tieu-can-nong-dan-trung-mua-lua-chat-luong-cao-38215.html"
    head = (og(A7.title, url, {"og:video": "https://thcuulong.vn/media/2024/10/15/tieu-can-lua-chat-luong-cao.mp4"})
            + jsonld({"@context": "https://schema.org", "@type": "VideoObject", "name": A7.title, "uploadDate": "2024-10-15T09:02:00+07:00", "duration": "PT2M48S", "thumbnailUrl": "https://thcuulong.vn/uploads/video/2024/10/tieu-can-poster.jpg"}))
    return page("s18-07", family="broadcaster_codeigniter_tin_hinh_southern_credit", name="cuulong-daiptth-codeigniter-video-above-h1-crumb-kinh-te-title-curly-quotes-dd-mm-yyyy-dash-hh-mm-views-bold-sapo-p-br-em-caption-bold-tin-name-dash-hinh-name-program-schedule",
                url=url, art=A7, main_fn=main, pub=pub, prefix="thvl", kb=130,
                org="Đài Phát thanh và Truyền hình Cửu Long", addr="Số 50 đường 2 Tháng 9, TP Vĩnh Long, tỉnh Cửu Long", phone="0270.3822.345",
                crumbs=crumbs, top=head_top("thvl", "/images/logo-thcl.png", "Đài PT-TH Cửu Long", days=0, hours=8, fmt=hm, tick="Tin nóng"),
                side=lambda rng, pub: side_std(rng, pub, "Video xem nhiều", fmt=lambda d: dmy(d), cls="thvl-most", n=8),
                shell_kw={"layout": "bootstrap", "items": [("Tin tức", ["Thời sự", "Kinh tế", "Xã hội", "Văn hóa"]), ("Chương trình", ["Thời sự", "Nông nghiệp", "Tiếng Khmer"]), ("Lịch phát sóng", ["THCL1", "THCL2"]), ("Nghe đài", ["FM 102", "Podcast"])],
                          "head_extra": head, "title": A7.title + " | THCL"},
                exp=expected(A7, iso(pub), author="Kim Thoa", photographer="Thạch Sô Phết", category="Kinh tế"),
                traps={"bylines": ["Tin: Kim Thoa - Hình: Thạch Sô Phết"], "chrome": ["Lịch phát sóng ngày 16/10/2024", "Tin cùng chuyên mục", "Video xem nhiều", "Thời sự tối"], "related": lambda rl: rl[:4]},
                notes="Provincial radio-TV station (CodeIgniter), video report with text: video + duration above the h1; title with curly quotes kept as printed. '15/10/2024 - 11:30' (VideoObject uploadDate 09:02 is the upload, not the publication). Bold sapo = lead. Captions as <br><em> inside centred image paragraphs. Credit 'Tin: Kim Thoa - Hình: Thạch Sô Phết' — the southern 'Hình:' (= 'Ảnh:', pictures) credit → author 'Kim Thoa', photographer 'Thạch Sô Phết', unit null. Crumb 'Trang chủ › Tin tức › Kinh tế' → 'Kinh tế'. Broadcast schedule for the next day (times) and a news ticker.",
                readme="Đài PT-TH (CodeIgniter) video report: title with curly quotes, 'dd/mm/yyyy - HH:MM' vs VideoObject upload time, bold sapo, <br><em> captions, southern credit 'Tin: A - Hình: B' → author + photographer, broadcast schedule")


# ===================================================================== 8 Sở NN&PTNT Phú Khánh: FPT Liferay 7.0 asset publisher, 'KS. Name - Chi cục …', thead table, 'Chỉnh sửa lần cuối' at the end
A8 = Art("Phú Khánh khuyến cáo cơ cấu giống lúa vụ Đông Xuân 2024 - 2025",
         "Sở Nông nghiệp và Phát triển nông thôn tỉnh vừa ban hành khung lịch thời vụ và cơ cấu giống lúa vụ Đông Xuân 2024 - 2025 với tổng diện tích gieo sạ dự kiến 48.500 ha, ưu tiên các giống ngắn ngày, chống chịu sâu bệnh.",
         [("p", "Vụ Đông Xuân 2024 - 2025, thời tiết được dự báo có khả năng rét đậm, rét hại vào cuối tháng 12 và tháng 1; nguồn nước tưới ở các hồ chứa cơ bản đáp ứng nhu cầu. Ngành nông nghiệp khuyến cáo nông dân gieo sạ tập trung, dứt điểm trong từng vùng để hạn chế sâu bệnh."),
          ("h", "Khung lịch thời vụ"),
          ("table", [["Vùng", "Thời gian gieo sạ", "Giống khuyến cáo"],
                     ["Vùng đồng bằng ven biển", "15/12/2024 - 05/01/2025", "ĐV 108, ML 48, TBR 225"],
                     ["Vùng trung du", "20/12/2024 - 10/01/2025", "ML 202, Hà Phát 3"],
                     ["Vùng miền núi", "01/01/2025 - 20/01/2025", "Khang dân 18, Q5"]]),
          ("img", "/documents/d/snnptnt/lua-dong-xuan-phu-khanh", "Cánh đồng mẫu lớn ở huyện Ninh Hòa vụ Đông Xuân năm trước. Ảnh: Thanh Tùng"),
          ("h", "Một số lưu ý kỹ thuật"),
          ("ul", ["Sử dụng giống xác nhận, có nguồn gốc rõ ràng; lượng giống sạ không quá 100 kg/ha.",
                  "Bón phân cân đối, tăng cường phân hữu cơ; không bón thừa đạm giai đoạn đẻ nhánh.",
                  "Áp dụng quản lý dịch hại tổng hợp, theo dõi sát rầy nâu, đạo ôn cổ bông."]),
          ("p", "Các địa phương chủ động xây dựng kế hoạch sản xuất, chuẩn bị đủ giống, vật tư và phương án phòng, chống hạn, xâm nhập mặn cuối vụ.")])


def page08():
    pub, upd = T("2024-10-16 14:30"), T("2024-10-17 09:05")

    def main(rng, rl, rd):
        body = A8.render(h=lambda t: f"<h4>{esc(t)}</h4>",
                         table=lambda rows: '<table class="table table-bordered"><thead><tr>' + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                         + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) + "</tbody></table>",
                         img=lambda s, c, n: f'<figure class="img-content"><img src="{s}?download=false" alt="" /><figcaption>{esc(c)}</figcaption></figure>')
        return (f'<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_tcn7"><div class="portlet-content">'
                f'<h2 class="portlet-title-text">Tin chuyên ngành</h2><div class="asset-full-content clearfix">'
                f'<h3 class="header-title"><span>{esc(A8.title)}</span></h3>'
                f'<div class="asset-date"><span class="date-label">Đăng ngày:</span> 16/10/2024 14:30</div>'
                f'<div class="asset-summary"><b>{esc(A8.lead)}</b></div><div class="asset-content journal-content-article">{body}</div>'
                f'<div class="asset-author" style="text-align:right"><b>KS. Nguyễn Thanh Tùng - Chi cục Trồng trọt và Bảo vệ thực vật</b></div>'
                f'<div class="asset-modified"><small>Chỉnh sửa lần cuối: 17/10/2024 09:05</small></div>'
                f'<div class="asset-links"><h4>Nội dung liên quan</h4>{rel(rng, rl, rd, lambda d: dmy(d), href="/vi/-/{s}", cls="asset-links-list")}</div></div></div></section>')

    def side(rng, pub):
        return (vb_box(["Quyết định số 512/QĐ-SNN ngày 10/10/2024 ban hành khung lịch thời vụ", "Công văn số 2210/SNN-TTBVTV ngày 08/10/2024 về phòng trừ rầy nâu"], head="Văn bản chỉ đạo")
                + side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="snn-new")
                + '<div class="snn-price"><h3>Giá nông sản</h3><table><tr><td>Lúa tươi</td><td>7.400 đ/kg</td></tr><tr><td>Tôm thẻ</td><td>118.000 đ/kg</td></tr></table><p>Cập nhật: 17/10/2024</p></div>')
    url = "https://snnptnt.phukhanh.gov.vn/vi/-/phu-khanh-khuyen-cao-co-cau-giong-lua-vu-dong-xuan-2024-2025"
    head = og(A8.title, url, {"og:site_name": "Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Khánh"}) + '<meta name="keywords" content="lịch thời vụ, Đông Xuân" />'
    return page("s18-08", family="department_fpt_liferay70_ks_name_dash_chi_cuc_thead_table", name="phukhanh-snnptnt-fpt-liferay70-asset-publisher-portlet-title-tin-chuyen-nganh-no-crumb-h3-span-title-dang-ngay-dd-mm-yyyy-hh-mm-bold-summary-h4-thead-table-ul-figcaption-credit-ks-name-dash-chi-cuc-chinh-sua-lan-cuoi",
                url=url, art=A8, main_fn=main, pub=pub, prefix="snn", kb=200,
                org="Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Khánh", addr="Số 4 đường Phan Chu Trinh, TP Nha Trang, tỉnh Phú Khánh", phone="0258.3822.419",
                top=head_top("snn", "/o/fpt-theme/images/banner-snn.png", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Khánh", days=2), side=side,
                shell_kw={"layout": "liferay", "items": MENU_GOV, "head_extra": head, "title": "Tin chuyên ngành - Sở Nông nghiệp và Phát triển nông thôn"},
                exp=expected(A8, iso(pub), updated=iso(upd), author="KS. Nguyễn Thanh Tùng", unit="Chi cục Trồng trọt và Bảo vệ thực vật", category="Tin chuyên ngành"),
                traps={"bylines": ["KS. Nguyễn Thanh Tùng - Chi cục Trồng trọt và Bảo vệ thực vật"], "chrome": ["Nội dung liên quan", "Văn bản chỉ đạo", "Giá nông sản"], "related": lambda rl: rl[:4]},
                notes="FPT Liferay 7.0 asset publisher of a Sở: no crumb; the portlet title 'Tin chuyên ngành' is the section (the only category printed) → category. h3.header-title span = title (<title> is the section). 'Đăng ngày: 16/10/2024 14:30'; small 'Chỉnh sửa lần cuối: 17/10/2024 09:05' after the byline → updated_at. Bold summary = lead. h4 sub-heads, a table with a <thead> (header row + 3 rows → 4 ' | ' paragraphs, future sowing dates inside the text) and a <ul> are body. The figcaption ends with '. Ảnh: Thanh Tùng' — a credit inside a caption stays in the caption and sets no photographer. Bold right 'KS. Nguyễn Thanh Tùng - Chi cục Trồng trọt và Bảo vệ thực vật' → author with the professional title 'KS.' (kỹ sư) kept, + unit.",
                readme="FPT Liferay 7.0 Sở NN&PTNT: portlet title 'Tin chuyên ngành' as the only category, 'Đăng ngày: dd/mm/yyyy HH:MM' + 'Chỉnh sửa lần cuối' after the byline, bold summary, h4 + <thead> table + <ul>, caption credit, 'KS. Name - Chi cục …' (title kept)")


# ===================================================================== 9 Ủy ban MTTQ tỉnh Hà Sơn Bình: CMC portal, quotes in title and category, 'Tin: … - Ảnh: …' italic under the h1
A9 = Art("Hà Sơn Bình: Quỹ “Vì người nghèo” các cấp vận động được hơn 18 tỷ đồng",
         "Từ đầu năm đến nay, Ban Vận động Quỹ “Vì người nghèo” các cấp trong tỉnh đã tiếp nhận hơn 18,3 tỷ đồng; từ nguồn quỹ, Mặt trận các cấp hỗ trợ xây mới, sửa chữa 412 nhà Đại đoàn kết và trao hàng nghìn suất quà cho hộ nghèo.",
         [("p", "Ngay sau lễ phát động tháng cao điểm, Ban Thường trực Ủy ban MTTQ tỉnh đã phối hợp với các sở, ngành, doanh nghiệp vận động ủng hộ quỹ bằng nhiều hình thức; công khai danh sách đơn vị, cá nhân ủng hộ trên các phương tiện thông tin đại chúng."),
          ("img", "/Upload/TinTuc/2024/10/trao-nha-dai-doan-ket-lac-son.jpg", "Lãnh đạo Ủy ban MTTQ tỉnh trao kinh phí hỗ trợ xây nhà Đại đoàn kết tại huyện Lạc Sơn"),
          ("p", "Nhiều địa phương có cách làm sáng tạo như huyện Mai Châu vận động các homestay trích 1% doanh thu ủng hộ quỹ; thành phố Hòa Bình tổ chức phiên chợ “0 đồng”, ngày hội văn hóa gây quỹ, thu hút đông đảo người dân tham gia."),
          ("p", "Bà Bùi Thị Thu, xóm Mường Khói, xã Yên Nghiệp, huyện Lạc Sơn xúc động khi nhận ngôi nhà mới: “Cả đời tôi không nghĩ có được căn nhà vững chãi thế này. Cảm ơn Mặt trận, bà con hàng xóm đã góp công, góp của giúp tôi”."),
          ("p", "Ủy ban MTTQ tỉnh đề nghị các cấp Mặt trận tiếp tục đẩy mạnh vận động, bảo đảm sử dụng quỹ đúng mục đích, công khai, minh bạch; phấn đấu đến hết năm 2024 không còn hộ nghèo ở nhà tạm, nhà dột nát.")])


def page09():
    pub = T("2024-10-16 15:05")

    def main(rng, rl, rd):
        body = A9.render(img=tcap, p=jp)
        return (f'<div class="cmc-news-detail"><div class="cmc-chip"><a href="/vi/cuoc-van-dong">Cuộc vận động</a></div>'
                f'<h1 class="cmc-title">{esc(A9.title)}</h1>'
                f'<div class="cmc-credit"><em>Tin: Lan Anh - Ảnh: Quốc Bảo</em></div>'
                f'<div class="cmc-date"><i class="fa fa-calendar"></i> Thứ tư, 16/10/2024 | 15:05</div>'
                f'<div class="cmc-sapo"><strong>{esc(A9.lead)}</strong></div><div class="cmc-content">{body}</div>'
                f'<div class="cmc-tools"><a href="#">Bản in</a> | <a href="#">Gửi bạn bè</a> | <a href="#">Lên đầu trang</a></div>'
                f'<div class="cmc-other"><div class="cmc-other-title">Tin bài khác</div>{rel(rng, rl, rd, lambda d: dmy(d), href="/vi/tin-tuc/{s}-{n}", cls="cmc-other-list")}</div></div>')

    crumbs = ('<div class="cmc-breadcrumb"><a href="/vi">Trang chủ</a> / <a href="/vi/hoat-dong-mat-tran">Hoạt động Mặt trận</a> / <a href="/vi/cuoc-van-dong">Cuộc vận động</a> / '
              '<a href="/vi/cuoc-van-dong/quy-vi-nguoi-ngheo">Quỹ “Vì người nghèo”</a></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", fmt=lambda d: dmy(d), cls="mt-hot")
                + '<div class="mt-quy"><h3>Tài khoản Quỹ “Vì người nghèo” tỉnh</h3><p>Số TK: 3761.0.1023654 tại Kho bạc Nhà nước tỉnh</p></div>'
                + schedule(rng, pub + timedelta(days=2), "Lịch công tác Ban Thường trực", "mt-lich"))
    url = "https://mattran.hasonbinh.gov.vn/vi/cuoc-van-dong/quy-vi-nguoi-ngheo/ha-son-binh-quy-vi-nguoi-ngheo-cac-cap-van-dong-duoc-hon-18-ty-dong-6127"
    head = og(A9.title, url, {"article:section": "Tin tức"}) + '<meta name="author" content="mttq_admin" />'
    return page("s18-09", family="mttq_cmc_portal_quoted_category_tin_anh_under_h1", name="hasonbinh-mttq-cmc-portal-four-level-crumb-last-level-with-quotes-chip-parent-cuoc-van-dong-title-curly-quotes-italic-tin-name-dash-anh-name-under-h1-thu-tu-dd-mm-yyyy-pipe-hh-mm-bold-sapo-table-caption",
                url=url, art=A9, main_fn=main, pub=pub, prefix="mt", kb=145,
                org="Ủy ban MTTQ Việt Nam tỉnh Hà Sơn Bình", addr="Số 2 đường Trần Hưng Đạo, TP Hòa Bình, tỉnh Hà Sơn Bình", phone="0218.3852.116",
                crumbs=crumbs, top=head_top("mt", "/Content/images/banner-mttq.png", "Ủy ban MTTQ Việt Nam tỉnh Hà Sơn Bình", days=1), side=side,
                shell_kw={"layout": "div", "items": MENU_MASS, "head_extra": head, "title": A9.title},
                exp=expected(A9, iso(pub), author="Lan Anh", photographer="Quốc Bảo", category="Quỹ “Vì người nghèo”"),
                traps={"accounts": ["mttq_admin"], "bylines": ["Tin: Lan Anh - Ảnh: Quốc Bảo"], "chrome": ["Tin bài khác", "Tài khoản Quỹ “Vì người nghèo” tỉnh", "Lịch công tác Ban Thường trực"], "related": lambda rl: rl[:4]},
                notes="CMC portal of the provincial MTTQ. Title with curly quotes kept as printed. Italic 'Tin: Lan Anh - Ảnh: Quốc Bảo' UNDER the h1 (before the date) → author 'Lan Anh', photographer 'Quốc Bảo', unit null. 'Thứ tư, 16/10/2024 | 15:05'. Four-level crumb 'Trang chủ / Hoạt động Mặt trận / Cuộc vận động / Quỹ “Vì người nghèo”' → the deepest level, quotes included; the chip above the h1 'Cuộc vận động' is its parent; og section 'Tin tức'; meta author 'mttq_admin' is an account. Bold sapo = lead; table captions; a quoted villager in the text is not an author.",
                readme="CMC portal MTTQ tỉnh: four-level crumb whose last level has curly quotes vs parent chip, title with quotes, italic 'Tin: A - Ảnh: B' under the h1, 'Thứ tư, dd/mm/yyyy | HH:MM', bold sapo, table captions")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
