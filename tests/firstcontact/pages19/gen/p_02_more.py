"""Set 19 pages 10-18: a Báo tỉnh e-magazine, an Đài PT-TH, a Cổng TTĐT tỉnh, a Sở Y tế, the MTTQ, a Tỉnh đoàn, a Hội
LHPN, a Hội CCB and an LĐLĐ — bylines and units in new shapes; page 10 carries one TWIST (a drop cap printed as a
separate <span> inside the first word of the text)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb
from .p_01_pages import head_top


# ===================================================================== 10 Báo Sóc Trăng: e-magazine, drop cap as a <span> inside the first word (TWIST)
A10 = Art("Những mùa lúa - tôm trên đất Mỹ Xuyên",
          "Trên vùng đất nhiễm mặn ven sông Nhu Gia, nông dân Mỹ Xuyên đã biến thách thức thành lợi thế: mùa khô nuôi tôm, mùa mưa trồng lúa. Mô hình lúa - tôm không chỉ thích ứng với biến đổi khí hậu mà còn mang lại thu nhập ổn định cho hàng nghìn hộ dân.",
          [("p", "Trên những cánh đồng xã Hòa Tú 1, tháng Mười là mùa lúa trổ đòng. Giữa ruộng lúa xanh mướt, những con tôm càng xanh vẫn sống khỏe trong mương bao quanh. Ông Lâm Văn Sơn, người đã gắn bó với mô hình lúa - tôm gần 15 năm, bảo rằng đất này “nuôi tôm thì tôm khỏe, trồng lúa thì lúa sạch”."),
           ("img", "/uploads/emagazine/2024/10/lua-tom-my-xuyen-1.jpg", "Cánh đồng lúa - tôm ở xã Hòa Tú 1 mùa lúa trổ đòng"),
           ("h", "Thuận thiên để làm giàu"),
           ("p", "Toàn huyện Mỹ Xuyên hiện có hơn 8.200 ha canh tác theo mô hình lúa - tôm, tập trung ở các xã Hòa Tú 1, Hòa Tú 2, Ngọc Đông, Gia Hòa 1. Mùa khô, khi nước mặn xâm nhập, nông dân thả tôm sú; đầu mùa mưa, nước ngọt rửa mặn, đồng ruộng lại được gieo sạ lúa."),
           ("p", "Lúa trồng trên đất nuôi tôm hầu như không phải dùng phân bón hóa học, thuốc bảo vệ thực vật, nên gạo được thị trường ưa chuộng. Năm 2023, sản phẩm “Gạo tôm lúa Mỹ Xuyên” đạt chuẩn OCOP 4 sao, giá bán cao hơn gạo thường từ 3.000 đến 5.000 đồng/kg."),
           ("img", "/uploads/emagazine/2024/10/lua-tom-my-xuyen-2.jpg", "Thu hoạch tôm sú trên ruộng lúa - tôm"),
           ("h", "Liên kết để đi xa"),
           ("p", "Hợp tác xã Nông nghiệp Hòa Tú 1 hiện liên kết với 126 hộ, bao tiêu toàn bộ lúa của xã viên theo giá cao hơn thị trường 5%. Giám đốc hợp tác xã, ông Trần Văn Thuận cho biết, mục tiêu năm 2025 là mở rộng vùng nguyên liệu lên 600 ha, đạt chứng nhận hữu cơ cho 200 ha."),
           ("p", "Chiều muộn, những chiếc xuồng chở tôm rời bến. Trên đất Mỹ Xuyên, mùa lúa nối mùa tôm, như một vòng tuần hoàn bền bỉ mà người nông dân đã kiên nhẫn gìn giữ qua bao thế hệ.")])


def page10():
    pub = T("2024-10-24 06:00")

    def main(rng, rl, rd):
        first = A10.blocks[0][1]
        body = A10.render(p=lambda t: (f'<p class="emg-p"><span class="dropcap">{esc(t[0])}</span>{esc(t[1:])}</p>' if t == first else f'<p class="emg-p">{esc(t)}</p>'),
                          h=lambda t: f'<h2 class="emg-h2">{esc(t)}</h2>',
                          img=lambda s, c, n: f'<figure class="emg-figure emg-full"><img src="{s}" alt="{esc(c, True)}" /><figcaption class="emg-cap">{esc(c)}</figcaption></figure>')
        return (f'<article class="emg"><div class="emg-cover" style="background-image:url(/uploads/emagazine/2024/10/cover-lua-tom.jpg)"><span class="emg-label">E-magazine</span>'
                f'<h1 class="emg-title">{esc(A10.title)}</h1></div>'
                f'<div class="emg-credit"><p>Nội dung: <b>Trúc Linh</b></p><p>Ảnh: <b>Quốc Thái</b></p><p>Thiết kế: <b>Minh Trí</b></p></div>'
                f'<div class="emg-date">Thứ Năm, 24/10/2024 06:00</div>'
                f'<div class="emg-sapo"><em>{esc(A10.lead)}</em></div>'
                f'<div class="emg-body">{body}</div>'
                f'<div class="emg-end">{share("emg-share")}</div></article>'
                f'<div class="emg-more"><h3>E-magazine khác</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/emagazine/{s}-{n}.html", cls="emg-more-list")}</div>')

    crumbs = crumb([("Trang chủ", "/"), ("E-magazine", "/emagazine")], cls="bst-crumb")

    def side(rng, pub):
        return side_std(rng, pub, "Tin mới", fmt=lambda d: hm(d) + " " + dmy(d), cls="bst-new", n=8) + poll("Bạn biết đến gạo tôm lúa qua kênh nào?", ["Báo chí", "Mạng xã hội", "Hội chợ OCOP", "Người quen giới thiệu"])
    url = "https://baosoctrang.org.vn/emagazine/nhung-mua-lua-tom-tren-dat-my-xuyen-94127.html"
    head = (og(A10.title, url, {"article:section": "E-magazine", "article:published_time": "2024-10-24T06:00:00+07:00", "og:description": A10.lead})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A10.title, "datePublished": "2024-10-24T06:00:00+07:00",
                      "author": [{"@type": "Person", "name": "Trúc Linh"}], "articleSection": "E-magazine"}))
    return page("s19-10", family="baotinh_emagazine_dropcap_span_in_first_word",
                name="soctrang-bao-emagazine-cover-h1-credit-block-noi-dung-anh-thiet-ke-thu-nam-dd-mm-yyyy-hh-mm-italic-sapo-dropcap-span-first-letter-h2-heads-full-figures-crumb-emagazine",
                url=url, art=A10, main_fn=main, pub=pub, prefix="bst", kb=230,
                org="Báo Sóc Trăng", addr="Số 8 đường Hai Bà Trưng, phường 1, TP Sóc Trăng, tỉnh Sóc Trăng", phone="0299.3822.536",
                crumbs=crumbs, top=head_top("bst", "/images/logo-bao-soc-trang.svg", "Báo Sóc Trăng", days=0, hours=3, fmt=hm), side=side,
                shell_kw={"layout": "div", "items": MENU_NEWS, "head_extra": head, "title": A10.title + " - Báo Sóc Trăng"},
                exp=expected(A10, iso(pub), author="Trúc Linh", photographer="Quốc Thái", category="E-magazine"),
                traps={"bylines": ["Nội dung:", "Thiết kế:", "Minh Trí"], "chrome": ["E-magazine khác", "Bạn biết đến gạo tôm lúa qua kênh nào?"], "related": lambda rl: rl[:4]},
                notes="TWIST: the e-magazine's first text paragraph opens with a drop cap printed as its own element: '<span class=\"dropcap\">T</span>rên những cánh đồng …' (CSS floats and enlarges the letter). A reader sees the word 'Trên' → the paragraph is 'Trên những cánh đồng xã Hòa Tú 1, …'; an extractor that puts a space or line break between elements produces 'T rên' or drops the letter. Credit block under the cover title: 'Nội dung: Trúc Linh' → author, 'Ảnh: Quốc Thái' → photographer, 'Thiết kế: Minh Trí' (layout designer) → neither. 'Thứ Năm, 24/10/2024 06:00'. Italic sapo = lead; h2 heads are body; full-width figcaptions. Crumb 'Trang chủ › E-magazine' (the cover label and og agree). The farmers quoted are not authors.",
                readme="TWIST drop cap printed as a <span> inside the first word ('<span>T</span>rên') → 'Trên'; Báo tỉnh e-magazine, credit block 'Nội dung / Ảnh / Thiết kế' (designer not a credit we record), 'Thứ Năm, dd/mm/yyyy HH:MM', italic sapo, h2 heads, crumb 'E-magazine'")


# ===================================================================== 11 Đài PT-TH Bến Tre: Remix SSR, 'Thực hiện:' + two author profile links (short names; full names only in title attrs)
A11 = Art("Bến Tre: Hơn 3.000 lao động được giới thiệu việc làm tại phiên giao dịch lưu động",
          "Ngày 24/10, Trung tâm Dịch vụ việc làm tỉnh phối hợp với UBND huyện Giồng Trôm tổ chức phiên giao dịch việc làm lưu động với sự tham gia của 28 doanh nghiệp, cung cấp hơn 3.000 vị trí việc làm trong và ngoài tỉnh.",
          [("p", "Các doanh nghiệp tham gia phiên giao dịch chủ yếu trong lĩnh vực may mặc, chế biến thủy sản, chế biến dừa, điện tử; mức lương dao động từ 6 đến 12 triệu đồng/tháng. Ngoài ra, một số đơn vị tuyển lao động đi làm việc có thời hạn tại Nhật Bản, Hàn Quốc."),
           ("img", "/media/2024/10/24/phien-giao-dich-viec-lam-giong-trom.jpg", "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch"),
           ("p", "Chị Nguyễn Thị Bích Tuyền, xã Phong Nẫm cho biết, chị vừa nghỉ việc ở Bình Dương về quê, mong tìm được việc làm gần nhà để tiện chăm sóc con nhỏ. Tại phiên giao dịch, chị đã được một công ty chế biến dừa trên địa bàn huyện phỏng vấn và hẹn nhận việc."),
           ("p", "Theo Trung tâm Dịch vụ việc làm tỉnh, từ đầu năm đến nay, trung tâm đã tổ chức 22 phiên giao dịch việc làm, tư vấn cho hơn 18.000 lượt người, giới thiệu việc làm thành công cho gần 5.000 lao động.")])


def page11():
    pub, upd = T("2024-10-24 19:45"), T("2024-10-24 21:10")

    def main(rng, rl, rd):
        body = A11.render(img=lambda s, c, n: f'<figure class="rx-figure"><img src="{s}" alt="" /><figcaption><p>{esc(c)}</p></figcaption></figure>')
        return (f'<article class="rx-article"><div class="rx-video"><video controls poster="/media/2024/10/24/poster-viec-lam.jpg" preload="none"><source src="/media/2024/10/24/viec-lam-giong-trom.mp4" type="video/mp4" /></video></div>'
                f'<div class="rx-chips"><a class="rx-program" href="/chuong-trinh/thoi-su-19h">Thời sự 19h</a></div>'
                f'<h1 class="rx-title">{esc(A11.title)}</h1>'
                f'<div class="rx-meta"><span class="rx-date">24/10/2024 • 19:45</span><span class="rx-updated">Cập nhật 24/10/2024 • 21:10</span></div>'
                f'<div class="rx-authors">Thực hiện: <a class="rx-author" href="/tac-gia/nguyen-ngoc-mai" title="Nguyễn Ngọc Mai"><img src="/avatars/ngoc-mai.jpg" alt="" width="28" height="28" />Ngọc Mai</a> - '
                f'<a class="rx-author" href="/tac-gia/tran-van-tu" title="Trần Văn Tú"><img src="/avatars/van-tu.jpg" alt="" width="28" height="28" />Văn Tú</a></div>'
                f'<p class="rx-lead"><strong>{esc(A11.lead)}</strong></p><div class="rx-body">{body}</div></article>'
                f'<section class="rx-related"><h2>Tin cùng chuyên mục</h2>{rel(rng, rl, rd, lambda d: dmy(d) + " • " + hm(d), href="/xa-hoi/{s}-{n}", cls="rx-rel")}</section>'
                f'<section class="rx-schedule"><h2>Lịch phát sóng THBT ngày 25/10/2024</h2><ul><li>05:30 Thời sự sáng</li><li>11:30 Thời sự trưa</li><li>19:00 Thời sự tối</li><li>20:10 Phim truyện</li></ul></section>')

    crumbs = '<nav class="rx-crumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a> › <a href="/tin-tuc/xa-hoi">Xã hội</a></nav>'
    url = "https://thbt.vn/tin-tuc/xa-hoi/ben-tre-hon-3000-lao-dong-duoc-gioi-thieu-viec-lam-tai-phien-giao-dich-luu-dong-51288"
    ctx = {"state": {"loaderData": {"routes/tin-tuc.$cat.$slug": {"article": {"id": 51288, "title": A11.title, "program": "Thời sự 19h", "category": "Xã hội",
                                                                             "publishedAt": "2024-10-24T12:45:00Z", "updatedAt": "2024-10-24T14:10:00Z",
                                                                             "authors": [{"name": "Nguyễn Ngọc Mai", "display": "Ngọc Mai"}, {"name": "Trần Văn Tú", "display": "Văn Tú"}]}}}},
           "future": {"v3_fetcherPersist": True}}
    head = og(A11.title, url, {"article:section": "Thời sự", "og:video": "https://thbt.vn/media/2024/10/24/viec-lam-giong-trom.mp4", "article:published_time": "2024-10-24T19:45:00+07:00"})
    scripts = f'<script>window.__remixContext = {dump(ctx)};</script><script type="module" async src="/build/entry.client-{alnum(__import__("random").Random("s19-11b"), 8)}.js"></script>'
    return page("s19-11", family="broadcaster_remix_ssr_thuc_hien_profile_links_short_names",
                name="bentre-daiptth-remix-ssr-video-above-program-chip-thoi-su-19h-crumb-xa-hoi-dd-mm-yyyy-bullet-hh-mm-cap-nhat-bullet-thuc-hien-two-author-links-avatar-title-attr-full-names-bold-lead-figcaption-p",
                url=url, art=A11, main_fn=main, pub=pub, prefix="rx", kb=145,
                org="Đài Phát thanh và Truyền hình Bến Tre", addr="Số 5 đường Đồng Khởi, phường 3, TP Bến Tre, tỉnh Bến Tre", phone="0275.3822.411",
                crumbs=crumbs, top=head_top("rx", "/logo-thbt.svg", "Đài PT-TH Bến Tre", days=0, hours=3, fmt=hm, tick="Tin nóng"),
                side=lambda rng, pub: side_std(rng, pub, "Xem nhiều", fmt=lambda d: dmy(d), cls="rx-most", n=7),
                shell_kw={"layout": "div", "items": [("Tin tức", ["Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao"]), ("Chương trình", ["Thời sự 19h", "Nông nghiệp", "Pháp luật"]), ("Lịch phát sóng", ["THBT", "FM 96.6"]), ("Nghe - Xem", ["Trực tuyến", "Podcast"])],
                          "head_extra": head, "title": A11.title + " | THBT", "scripts": scripts},
                exp=expected(A11, iso(pub), updated=iso(upd), author="Ngọc Mai, Văn Tú", category="Xã hội"),
                traps={"bylines": ["Thực hiện:"], "chrome": ["Lịch phát sóng THBT ngày 25/10/2024", "Tin cùng chuyên mục", "Thời sự tối"], "related": lambda rl: rl[:4]},
                notes="Đài PT-TH on a Remix SSR front (window.__remixContext). 'Thực hiện: Ngọc Mai - Văn Tú', each name an author profile link with an avatar; the links' title attributes and the loader data carry the full names 'Nguyễn Ngọc Mai', 'Trần Văn Tú' → author as PRINTED: 'Ngọc Mai, Văn Tú' (the hover titles are not what the page prints). Unit null. '24/10/2024 • 19:45' + 'Cập nhật 24/10/2024 • 21:10' → published + updated. Programme chip 'Thời sự 19h' (og 'Thời sự') vs crumb 'Trang chủ › Tin tức › Xã hội' → 'Xã hội'. Bold lead; figcaption captions. Broadcast schedule for the next day.",
                readme="Remix SSR Đài PT-TH: 'Thực hiện:' + two author profile links (short names printed, full names only in title attrs) → names as printed, 'dd/mm/yyyy • HH:MM' + 'Cập nhật …', programme chip vs crumb 'Xã hội', video above")


# ===================================================================== 12 Cổng TTĐT tỉnh Ninh Thuận: Vietsoftware ASP.NET, 'A - B - Cổng TTĐT tỉnh' (two names + unit, all dash-joined), printed seconds
A12 = Art("Ninh Thuận đẩy nhanh tiến độ giải ngân vốn đầu tư công những tháng cuối năm",
          "Tính đến ngày 20/10/2024, tỉnh Ninh Thuận đã giải ngân hơn 2.140 tỷ đồng vốn đầu tư công, đạt 58,7% kế hoạch vốn Thủ tướng Chính phủ giao; UBND tỉnh yêu cầu phấn đấu đến hết năm giải ngân trên 95%.",
          [("p", "Chiều 24/10, UBND tỉnh tổ chức cuộc họp với các sở, ngành, địa phương và chủ đầu tư để đánh giá tình hình giải ngân vốn đầu tư công. Theo báo cáo của Sở Kế hoạch và Đầu tư, một số dự án trọng điểm còn vướng mắc trong công tác bồi thường, giải phóng mặt bằng và nguồn vật liệu đắp nền."),
           ("img", "/Portals/0/Images/2024/10/hop-giai-ngan-von-dau-tu-cong.jpg", "Quang cảnh cuộc họp về giải ngân vốn đầu tư công"),
           ("p", "Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tuần cho từng dự án; người đứng đầu chịu trách nhiệm nếu để chậm giải ngân. Các địa phương tập trung hoàn thành bồi thường, bàn giao mặt bằng dự án đường ven biển trước ngày 30/11/2024."),
           ("table", [["Nhóm dự án", "Kế hoạch vốn (tỷ đồng)", "Đã giải ngân (%)"],
                      ["Dự án giao thông trọng điểm", "1.480", "52,3"],
                      ["Dự án thủy lợi, cấp nước", "820", "61,8"],
                      ["Chương trình mục tiêu quốc gia", "640", "66,4"]]),
           ("p", "Sở Tài chính, Kho bạc Nhà nước tỉnh được giao rút ngắn thời gian kiểm soát, thanh toán; kiên quyết điều chuyển vốn từ các dự án chậm sang dự án có khả năng giải ngân tốt.")])


def page12():
    pub = T("2024-10-25 09:40:15")

    def main(rng, rl, rd):
        body = A12.render(img=tcap)
        return (f'<div class="vs-detail"><div class="vs-cat-head"><span>Kinh tế</span></div>'
                f'<div class="vs-title"><h1>{esc(A12.title)}</h1></div>'
                f'<div class="vs-date">Thời gian đăng: 25/10/2024 09:40:15</div>'
                f'<div class="TomTat"><b>{esc(A12.lead)}</b></div>'
                f'<div class="NoiDung">{body}</div>'
                f'<div class="TacGia" style="text-align:right"><b>Thảo Nguyên - Hữu Phước - Cổng TTĐT tỉnh</b></div>'
                f'<div class="vs-tools"><a href="#">Bản in</a> | <a href="#">Gửi bài viết</a> | <a href="#">Lên đầu trang</a></div>'
                f'<div class="vs-other"><div class="vs-other-head">Tin đã đưa</div>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + " " + d.strftime("%H:%M:%S") + ")", href="/Pages/tin-tuc/{s}-{n}.aspx", cls="vs-other-list")}</div></div>')

    crumbs = '<div class="vs-crumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> / <a href="/tin-tuc-su-kien/kinh-te">Kinh tế</a></div>'

    def left(rng, pub):
        return ('<div class="vs-left-menu"><h3>Tin tức - Sự kiện</h3><ul><li><a href="#">Chỉ đạo điều hành</a></li><li class="active"><a href="#">Kinh tế</a></li><li><a href="#">Văn hóa - Xã hội</a></li>'
                '<li><a href="#">Quốc phòng - An ninh</a></li><li><a href="#">Thông cáo báo chí</a></li></ul></div>'
                '<div class="vs-dvc"><h3>Dịch vụ công</h3><a href="#">Cổng dịch vụ công tỉnh</a><a href="#">Tra cứu hồ sơ</a></div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=2), "Lịch làm việc của Lãnh đạo UBND tỉnh", "vs-lich")
                + side_std(rng, pub, "Thông báo", fmt=lambda d: dmy(d), cls="vs-tb")
                + '<div class="vs-weather"><h3>Thời tiết</h3><p>Phan Rang - Tháp Chàm: 25 - 31°C, nắng</p><p>Cập nhật: 25/10/2024 06:00:00</p></div>')
    url = "https://ninhthuan.gov.vn/portal/Pages/2024-10-25/Ninh-Thuan-day-nhanh-tien-do-giai-ngan-von-dau-tu-cong-nhung-thang-cuoi-nam.aspx"
    head = og(A12.title, url, {"og:site_name": "Cổng thông tin điện tử tỉnh Ninh Thuận"}) + '<meta name="generator" content="Vietsoftware Portal" />'
    return page("s19-12", family="province_portal_vietsoftware_two_names_and_unit_dash_chain_seconds",
                name="ninhthuan-congttdt-vietsoftware-aspnet-threecol-cat-head-crumb-kinh-te-thoi-gian-dang-dd-mm-yyyy-hh-mm-ss-tomtat-bold-td-caption-thead-like-table-bold-a-dash-b-dash-cong-ttdt-tinh-weather-cap-nhat",
                url=url, art=A12, main_fn=main, pub=pub, prefix="vs", kb=210,
                org="Cổng thông tin điện tử tỉnh Ninh Thuận", addr="Số 450 đường 16 Tháng 4, TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận", phone="0259.3830.528",
                crumbs=crumbs, top=head_top("vs", "/Portals/0/banner-ninh-thuan.jpg", "Cổng thông tin điện tử tỉnh Ninh Thuận", days=1, style="hom_nay"), side=side,
                shell_kw={"layout": "threecol", "left": left, "items": MENU_GOV, "form": True, "head_extra": head, "title": A12.title},
                exp=expected(A12, iso(pub), author="Thảo Nguyên, Hữu Phước", unit="Cổng TTĐT tỉnh", category="Kinh tế"),
                traps={"bylines": ["Thảo Nguyên - Hữu Phước - Cổng TTĐT tỉnh"], "dates": ["Cập nhật: 25/10/2024 06:00:00"], "chrome": ["Tin đã đưa", "Lịch làm việc của Lãnh đạo UBND tỉnh", "Bản in"], "related": lambda rl: rl[:4]},
                notes="Vietsoftware portal (ASP.NET, ViewState, three columns) of a Cổng TTĐT tỉnh. Byline 'Thảo Nguyên - Hữu Phước - Cổng TTĐT tỉnh': three dash-joined parts, the last one is plainly an organisation → authors 'Thảo Nguyên, Hữu Phước', unit 'Cổng TTĐT tỉnh' (not three writers). 'Thời gian đăng: 25/10/2024 09:40:15' — printed seconds kept → T09:40:15. Bold TomTat = lead; table captions (td.image_desc); the data table in the text is body (header row included). Category head, crumb and active left-menu item 'Kinh tế'. Weather box 'Cập nhật: 25/10/2024 06:00:00' belongs to the widget.",
                readme="Vietsoftware Cổng TTĐT tỉnh: 'A - B - Cổng TTĐT tỉnh' (two writers + unit in one dash chain), 'Thời gian đăng: dd/mm/yyyy HH:MM:SS' (seconds kept), bold TomTat, td captions, data table in the text, weather 'Cập nhật' decoy")


# ===================================================================== 13 Sở Y tế Thái Bình: Liferay 7.4, 'BSCKII. Name (unit)' — a medical specialist degree kept
A13 = Art("Thái Bình chủ động phòng, chống sốt xuất huyết trong mùa mưa",
          "Từ đầu năm đến nay, toàn tỉnh ghi nhận 214 ca mắc sốt xuất huyết, tăng 38% so với cùng kỳ năm 2023, chưa có trường hợp tử vong; số ca mắc tập trung ở TP Thái Bình và các huyện Vũ Thư, Kiến Xương.",
          [("p", "Ngay khi số ca mắc có dấu hiệu gia tăng, Sở Y tế đã chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh phối hợp với các trung tâm y tế huyện, thành phố giám sát chặt chẽ các ổ dịch, tổ chức phun hóa chất diệt muỗi tại 46 khu vực có nguy cơ cao."),
           ("img", "/documents/d/syt/phun-hoa-chat-diet-muoi-vu-thu", "Nhân viên y tế phun hóa chất diệt muỗi tại xã Tân Hòa, huyện Vũ Thư"),
           ("p", "Người dân được khuyến cáo thực hiện các biện pháp phòng bệnh chủ động:"),
           ("ul", ["Đậy kín các dụng cụ chứa nước, thả cá ăn bọ gậy vào bể chứa nước lớn;",
                   "Thu gom, hủy các vật dụng phế thải có thể đọng nước quanh nhà;",
                   "Ngủ màn kể cả ban ngày, mặc quần áo dài tay để tránh muỗi đốt;",
                   "Khi có dấu hiệu sốt cao đột ngột, đến ngay cơ sở y tế để được khám, không tự ý điều trị tại nhà."]),
           ("p", "Ngành y tế cũng đã tập huấn phác đồ chẩn đoán, điều trị sốt xuất huyết cho hơn 300 cán bộ y tế tuyến huyện, xã; chuẩn bị đủ cơ số thuốc, dịch truyền, giường bệnh để sẵn sàng thu dung người bệnh.")])


def page13():
    pub = T("2024-10-25 14:20")

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=lambda s, c, n: f'<div class="lfr-fig"><figure><img alt="" class="img-fluid" src="{s}" /><figcaption class="text-center small">{esc(c)}</figcaption></figure></div>')
        return (f'<div class="component-paragraph"><h1 class="syt-title">{esc(A13.title)}</h1></div>'
                f'<div class="component-paragraph syt-meta"><span>Ngày: 25/10/2024</span> <span>Giờ: 14:20</span> <span class="syt-views">Lượt xem: 377</span></div>'
                f'<div class="component-paragraph syt-sapo"><p><em>{esc(A13.lead)}</em></p></div>'
                f'<div class="component-html syt-content">{body}'
                f'<p style="text-align:right"><strong>BSCKII. Nguyễn Văn Thành (Trung tâm Kiểm soát bệnh tật tỉnh)</strong></p></div>'
                f'<div class="component-html syt-related"><h3>Tin liên quan</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/web/syt/-/{s}", cls="syt-rel")}</div>')

    crumbs = ('<nav aria-label="Breadcrumb" class="breadcrumb-nav"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/syt"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/syt/tin-tuc"><span class="breadcrumb-text-truncate">Tin tức</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/syt/tin-tuc/y-te-du-phong"><span class="breadcrumb-text-truncate">Y tế dự phòng</span></a></li></ol></nav>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="syt-new")
                + '<div class="syt-hotline"><h3>Đường dây nóng</h3><p>Sở Y tế: 0227.3831.609</p><p>Cấp cứu: 115</p></div>'
                + vb_box(["Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2024", "Công văn về tăng cường phòng, chống sốt xuất huyết"], head="Văn bản chỉ đạo"))
    url = "https://syt.thaibinh.gov.vn/web/syt/-/thai-binh-chu-dong-phong-chong-sot-xuat-huyet-trong-mua-mua"
    head = og(A13.title, url, {"og:site_name": "Sở Y tế tỉnh Thái Bình"}) + '<meta name="description" content="Sở Y tế tỉnh Thái Bình" />'
    return page("s19-13", family="department_health_liferay74_bsckii_degree_name_paren_unit",
                name="thaibinh-syt-liferay74-fragments-crumb-y-te-du-phong-ngay-dd-mm-yyyy-gio-hh-mm-split-spans-italic-sapo-ul-in-text-figcaption-bold-bsckii-name-paren-trung-tam-kiem-soat-benh-tat",
                url=url, art=A13, main_fn=main, pub=pub, prefix="syt", kb=165,
                org="Sở Y tế tỉnh Thái Bình", addr="Số 239 đường Hai Bà Trưng, TP Thái Bình, tỉnh Thái Bình", phone="0227.3831.609",
                crumbs=crumbs, top=head_top("syt", "/o/syt-theme/images/logo.png", "Sở Y tế tỉnh Thái Bình", days=1, hours=-5), side=side,
                shell_kw={"layout": "liferay74", "items": MENU_GOV, "head_extra": head, "title": "Chi tiết tin - Sở Y tế tỉnh Thái Bình"},
                exp=expected(A13, iso(pub), author="BSCKII. Nguyễn Văn Thành", unit="Trung tâm Kiểm soát bệnh tật tỉnh", category="Y tế dự phòng"),
                traps={"bylines": ["BSCKII. Nguyễn Văn Thành (Trung tâm Kiểm soát bệnh tật tỉnh)"], "chrome": ["Tin liên quan", "Đường dây nóng", "Văn bản chỉ đạo"], "related": lambda rl: rl[:4]},
                notes="Liferay 7.4 display page (fragments) of a Sở Y tế. Split stamp 'Ngày: 25/10/2024' / 'Giờ: 14:20' in two spans → 2024-10-25T14:20. Italic sapo = lead; a lead-in sentence and four <ul> items are body. Bold right 'BSCKII. Nguyễn Văn Thành (Trung tâm Kiểm soát bệnh tật tỉnh)' → author 'BSCKII. Nguyễn Văn Thành' (BSCKII. = bác sĩ chuyên khoa II, a professional degree, kept as printed like 'BS.', 'ThS.'), unit 'Trung tâm Kiểm soát bệnh tật tỉnh'. Crumb 'Trang chủ › Tin tức › Y tế dự phòng'. <title> generic.",
                readme="Liferay 7.4 Sở Y tế: 'Ngày: dd/mm/yyyy' / 'Giờ: HH:MM' in two spans, italic sapo, <ul> in the text, 'BSCKII. Name (Trung tâm Kiểm soát bệnh tật tỉnh)' (specialist degree kept), crumb 'Y tế dự phòng'")


# ===================================================================== 14 Ủy ban MTTQ tỉnh Hải Dương: Bkav portal on SharePoint, 'Bài và ảnh: Name' in bold INSIDE the last paragraph after a <br>
A14 = Art("Ngày hội Đại đoàn kết ở khu dân cư Phú Lộc",
          "Chiều 25/10, Ban Công tác Mặt trận khu dân cư Phú Lộc, phường Cẩm Thượng, TP Hải Dương tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024, thu hút đông đảo nhân dân tham gia.",
          [("p", "Năm 2024, khu dân cư Phú Lộc có 97% hộ gia đình đạt danh hiệu “Gia đình văn hóa”; nhân dân đóng góp hơn 320 triệu đồng và 1.200 ngày công chỉnh trang ngõ xóm, lắp đặt 18 camera an ninh và hệ thống đèn chiếu sáng công cộng."),
           ("img", "/Style Library/mttq/images/2024/10/ngay-hoi-phu-loc-1.jpg", "Lãnh đạo MTTQ tỉnh trao quà cho hộ khó khăn tại ngày hội"),
           ("p", "Dịp này, Ủy ban MTTQ tỉnh trao 10 suất quà cho hộ nghèo, hộ có hoàn cảnh khó khăn; UBND phường khen thưởng 12 hộ gia đình tiêu biểu trong phong trào xây dựng khu dân cư văn minh, sạch đẹp."),
           ("img", "/Style Library/mttq/images/2024/10/ngay-hoi-phu-loc-2.jpg", "Tiết mục văn nghệ chào mừng của các hội viên Chi hội Người cao tuổi"),
           ("p", "Sau phần lễ, nhân dân khu dân cư tham gia các trò chơi dân gian, hội thi gói bánh, cắm hoa và liên hoan văn nghệ. Ngày hội là dịp để tăng cường tình đoàn kết, gắn bó giữa các gia đình trong cộng đồng dân cư.")])


def page14():
    pub = T("2024-10-26")

    def main(rng, rl, rd):
        pars = A14.pars
        last = pars[-1]
        body = A14.render(p=lambda t: (f'<p style="text-align:justify">{esc(t)}<br /><span style="display:block;text-align:right"><b>Bài và ảnh: Hồng Hạnh</b></span></p>' if t == last else jp(t)),
                          img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" width="620" /></p><p style="text-align:center"><em>{esc(c)}</em></p>')
        return (f'<div class="bk-box"><div class="bk-box-head"><span>Hoạt động Mặt trận cơ sở</span></div>'
                f'<div class="bk-news-detail"><div class="bk-news-title"><h1>{esc(A14.title)}</h1></div>'
                f'<div class="bk-news-date">Ngày 26/10/2024</div>'
                f'<div class="bk-news-sapo"><strong>{esc(A14.lead)}</strong></div>'
                f'<div class="bk-news-body ms-rtestate-field">{body}</div>'
                f'<div class="bk-news-tool"><a href="#">In bài</a> <a href="#">Gửi email</a></div></div>'
                f'<div class="bk-other"><div class="bk-other-head">Tin khác</div>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/Pages/{s}.aspx", cls="bk-other-list")}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin tiêu điểm", fmt=lambda d: dmy(d), cls="bk-focus")
                + '<div class="bk-quy"><h3>Quỹ “Vì người nghèo”</h3><p>Tổng số tiền đã tiếp nhận năm 2024: 12,6 tỷ đồng</p><p>Cập nhật đến ngày 25/10/2024</p></div>'
                + poll("Ông/bà đánh giá thế nào về Ngày hội Đại đoàn kết ở khu dân cư năm nay?", ["Rất ý nghĩa", "Ý nghĩa", "Bình thường"]))
    url = "https://mttq.haiduong.gov.vn/Pages/ngay-hoi-dai-doan-ket-o-khu-dan-cu-phu-loc.aspx"
    head = og(A14.title, url, {"og:site_name": "Ủy ban MTTQ Việt Nam tỉnh Hải Dương"}) + '<meta name="GENERATOR" content="Microsoft SharePoint" />'
    return page("s19-14", family="mttq_bkav_sharepoint_bai_va_anh_inside_last_paragraph_after_br",
                name="haiduong-mttq-bkav-egov-sharepoint-box-head-hoat-dong-mat-tran-co-so-ngay-dd-mm-yyyy-date-only-bold-sapo-p-em-captions-last-paragraph-br-bold-right-bai-va-anh-name-quy-cap-nhat",
                url=url, art=A14, main_fn=main, pub=pub, prefix="bk", kb=185,
                org="Ủy ban MTTQ Việt Nam tỉnh Hải Dương", addr="Số 5 đường Thanh Niên, TP Hải Dương, tỉnh Hải Dương", phone="0220.3852.915",
                top=head_top("bk", "/Style Library/mttq/images/banner.jpg", "Ủy ban MTTQ Việt Nam tỉnh Hải Dương", days=1, hours=9), side=side,
                shell_kw={"layout": "sharepoint", "items": MENU_MASS, "form": True, "head_extra": head, "title": "Ủy ban MTTQ Việt Nam tỉnh Hải Dương - Tin tức"},
                exp=expected(A14, isod(pub), author="Hồng Hạnh", photographer="Hồng Hạnh", category="Hoạt động Mặt trận cơ sở"),
                traps={"bylines": ["Bài và ảnh: Hồng Hạnh"], "chrome": ["Tin khác", "Tin tiêu điểm", "Cập nhật đến ngày 25/10/2024"], "related": lambda rl: rl[:4]},
                notes="Bkav eGov portal on SharePoint (ViewState) of the provincial MTTQ. The credit 'Bài và ảnh: Hồng Hạnh' is printed in bold, right-aligned, INSIDE the last paragraph's <p> after a <br> → the last body paragraph ends at '… trong cộng đồng dân cư.' (the credit is not body); author = photographer 'Hồng Hạnh' ('Bài và ảnh' credits both). 'Ngày 26/10/2024' date only → 2024-10-26. Box head 'Hoạt động Mặt trận cơ sở' = the only section printed. Bold sapo = lead; centred <em> caption paragraphs. The fund box's 'Cập nhật đến ngày 25/10/2024' belongs to the widget.",
                readme="Bkav/SharePoint MTTQ: 'Bài và ảnh: Name' in bold inside the last paragraph after a <br> (not body), 'Ngày dd/mm/yyyy' date only, box head as the only section, bold sapo, <em> caption paragraphs, fund box 'Cập nhật' decoy")


# ===================================================================== 15 Tỉnh đoàn Hòa Bình: WordPress Soledad, 'Trung úy Name - Đoàn Thanh niên Công an tỉnh'
A15 = Art("Tuổi trẻ Công an tỉnh ra quân hỗ trợ người dân làm căn cước, định danh điện tử",
          None,
          [("p", "Ngày 26/10, Đoàn Thanh niên Công an tỉnh Hòa Bình phối hợp với Huyện đoàn Mai Châu tổ chức ra quân hỗ trợ người dân làm thủ tục cấp căn cước, kích hoạt tài khoản định danh điện tử mức độ 2 tại các xã vùng cao."),
           ("p", "Hơn 60 đoàn viên, thanh niên chia thành 6 tổ công tác, đến tận các bản Hang Kia, Pà Cò, Tân Sơn để hỗ trợ người cao tuổi, người khuyết tật, học sinh chưa làm căn cước. Các tổ mang theo máy thu nhận sinh trắc học lưu động, làm việc cả ngoài giờ hành chính."),
           ("img", "/wp-content/uploads/2024/10/ho-tro-lam-can-cuoc-hang-kia.jpg", "Đoàn viên Công an tỉnh hướng dẫn người dân bản Hang Kia kích hoạt tài khoản định danh điện tử"),
           ("p", "Kết quả, trong ngày ra quân, các tổ công tác đã thu nhận hồ sơ cấp căn cước cho 412 trường hợp, kích hoạt 538 tài khoản định danh điện tử; đồng thời tuyên truyền cho người dân cách nhận diện, phòng tránh các thủ đoạn lừa đảo qua mạng."),
           ("img", "/wp-content/uploads/2024/10/ho-tro-nguoi-cao-tuoi-pa-co.jpg", "Hỗ trợ người cao tuổi làm thủ tục tại nhà"),
           ("p", "Hoạt động nằm trong chuỗi công trình, phần việc thanh niên chào mừng kỷ niệm 79 năm Ngày truyền thống lực lượng Công an nhân dân và 19 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc.")])


def page15():
    pub = T("2024-10-26 07:45")

    def main(rng, rl, rd):
        body = A15.render(img=lambda s, c, n: f'<figure id="attachment_{5100 + n}" aria-describedby="caption-attachment-{5100 + n}" style="width: 1024px" class="wp-caption aligncenter"><img decoding="async" class="size-large wp-image-{5100 + n}" src="{s}" alt="" width="1024" height="683" /><figcaption id="caption-attachment-{5100 + n}" class="wp-caption-text">{esc(c)}</figcaption></figure>')
        return (f'<article id="post-5127" class="post type-post status-publish hentry category-tuoi-tre-luc-luong-vu-trang"><div class="header-standard header-classic single-header">'
                f'<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name penci-cat-18" href="/category/tuoi-tre-luc-luong-vu-trang/" rel="category tag">Tuổi trẻ lực lượng vũ trang</a></span></div>'
                f'<h1 class="post-title single-post-title entry-title">{esc(A15.title)}</h1>'
                f'<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">bởi <a class="author-url url fn n" href="/author/tinhdoan_hb/">tinhdoan_hb</a></span></span>'
                f'<span><time class="entry-date published" datetime="2024-10-26T07:45:00+07:00">26 Tháng 10, 2024</time></span><span>0 bình luận</span><span>352 lượt xem</span></div></div>'
                f'<div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">{body}'
                f'<p style="text-align: right;"><strong><em>Trung úy Lê Minh Hiếu - Đoàn Thanh niên Công an tỉnh</em></strong></p></div></div>'
                f'<div class="post-tags"><a href="/tag/can-cuoc/" rel="tag">căn cước</a><a href="/tag/thanh-nien-cong-an/" rel="tag">thanh niên công an</a></div></article>'
                f'<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">Bạn có thể quan tâm</h4></div>{rel(rng, rl, rd, lambda d: dmy(d), href="/{s}/", cls="penci-related-carousel")}</div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Bài viết mới", fmt=lambda d: f"{d.day} Tháng {d.month}, {d.year}", cls="penci-latest")
                + '<aside class="widget"><h4 class="widget-title penci-border-arrow"><span class="inner-arrow">Sự kiện sắp tới</span></h4><ul><li>Đại hội Hội LHTN tỉnh lần thứ VII — 12/12/2024</li><li>Giải chạy “Tuổi trẻ vì hòa bình” — 05/01/2025</li></ul></aside>')
    url = "https://tinhdoanhoabinh.vn/tuoi-tre-cong-an-tinh-ra-quan-ho-tro-nguoi-dan-lam-can-cuoc-dinh-danh-dien-tu/"
    head = (og(A15.title, url, {"article:published_time": "2024-10-26T00:45:00+00:00", "article:section": "Tuổi trẻ lực lượng vũ trang", "og:site_name": "Tỉnh đoàn Hòa Bình"})
            + '<meta name="generator" content="WordPress 6.5.5" />'
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A15.title, "datePublished": "2024-10-26T00:45:00+00:00", "author": {"@type": "Person", "name": "tinhdoan_hb"}}))
    return page("s19-15", family="youth_union_wp_soledad_trung_uy_rank_name_dash_doan_tn_cong_an",
                name="hoabinh-tinhdoan-wordpress-soledad-penci-cat-above-h1-bai-account-dd-thang-mm-comma-yyyy-time-datetime-agrees-no-lead-wp-caption-figcaption-bold-italic-trung-uy-name-dash-doan-thanh-nien-cong-an-tinh",
                url=url, art=A15, main_fn=main, pub=pub, prefix="pci", kb=120,
                org="Tỉnh đoàn Hòa Bình", addr="Số 2 đường Trần Hưng Đạo, phường Phương Lâm, TP Hòa Bình, tỉnh Hòa Bình", phone="0218.3852.390",
                top=lambda rng, pub: '<div class="penci-header-wrap"><div id="logo"><a href="/"><img src="/wp-content/uploads/logo-tinh-doan.png" alt="Tỉnh đoàn Hòa Bình" /></a></div><div class="header-slogan">Tuổi trẻ Hòa Bình xung kích, tình nguyện, sáng tạo</div></div>',
                side=side, shell_kw={"layout": "wp", "items": MENU_MASS, "head_extra": head, "title": A15.title + " - Tỉnh đoàn Hòa Bình"},
                exp=expected(A15, iso(pub), author="Lê Minh Hiếu", unit="Đoàn Thanh niên Công an tỉnh", category="Tuổi trẻ lực lượng vũ trang"),
                traps={"accounts": ["tinhdoan_hb"], "bylines": ["Trung úy Lê Minh Hiếu - Đoàn Thanh niên Công an tỉnh"], "chrome": ["Bạn có thể quan tâm", "Sự kiện sắp tới", "352 lượt xem"], "related": lambda rl: rl[:4]},
                notes="WordPress Soledad of a Tỉnh đoàn. Category label above the h1 'Tuổi trẻ lực lượng vũ trang'. 'bởi tinhdoan_hb' = account. '26 Tháng 10, 2024' with <time datetime='2024-10-26T07:45:00+07:00'> (agrees, explicit offset) → T07:45 (og/JSON-LD in UTC agree). No sapo → lead null; figcaption captions. Bold-italic right 'Trung úy Lê Minh Hiếu - Đoàn Thanh niên Công an tỉnh' → rank 'Trung úy' dropped → author 'Lê Minh Hiếu', unit 'Đoàn Thanh niên Công an tỉnh'. 'Sự kiện sắp tới' lists future dates.",
                readme="WordPress Soledad Tỉnh đoàn: category label above the h1, account, 'dd Tháng mm, yyyy' + agreeing <time>, no lead, 'Trung úy Name - Đoàn Thanh niên Công an tỉnh' (rank dropped), upcoming-events box")


# ===================================================================== 16 Hội LHPN tỉnh Bắc Kạn: DNN, captions printed ABOVE the photos, 'Name - Theo Báo Bắc Kạn' (a source after the dash)
A16 = Art("Phụ nữ Ba Bể phát triển kinh tế từ mô hình nuôi lợn đen bản địa",
          "Với sự hỗ trợ vốn vay ưu đãi và kỹ thuật chăn nuôi của Hội LHPN huyện, nhiều hội viên phụ nữ ở Ba Bể đã mạnh dạn đầu tư nuôi lợn đen bản địa, mang lại thu nhập từ 80 đến 150 triệu đồng mỗi năm.",
          [("p", "Gia đình chị Hoàng Thị Duyên, thôn Nà Ngò, xã Địa Linh là một trong những hộ đầu tiên tham gia mô hình. Năm 2022, chị được vay 50 triệu đồng từ Ngân hàng Chính sách xã hội thông qua tổ tiết kiệm và vay vốn do Hội Phụ nữ xã quản lý để làm chuồng trại, mua con giống."),
           ("img", "/Portals/0/EasyDNNNews/2024/10/lon-den-ba-be-1.jpg", "Chị Hoàng Thị Duyên chăm sóc đàn lợn đen"),
           ("p", "Lợn đen được nuôi theo hướng bán chăn thả, thức ăn chủ yếu là ngô, cám gạo và rau chuối, nên thịt chắc, thơm, được thương lái đặt mua với giá 110.000 - 120.000 đồng/kg hơi, cao gần gấp đôi lợn thường."),
           ("p", "Hiện toàn huyện có 7 tổ hợp tác nuôi lợn đen do phụ nữ làm chủ với 94 thành viên. Hội LHPN huyện đang hỗ trợ các tổ xây dựng nhãn hiệu, đăng ký sản phẩm OCOP để nâng cao giá trị."),
           ("img", "/Portals/0/EasyDNNNews/2024/10/lon-den-ba-be-2.jpg", "Sản phẩm thịt lợn đen gác bếp của tổ hợp tác xã Địa Linh")])


def page16():
    pub = T("2024-10-26 15:40")

    def main(rng, rl, rd):
        body = A16.render(p=jp, img=lambda s, c, n: f'<p class="caption-top" style="text-align:center"><em>{esc(c)}</em></p><p style="text-align:center"><img alt="" src="{s}" style="width:640px" /></p>')
        return (f'<div class="DnnModule DnnModule-EasyDNNnews"><div class="hlhpn-container"><div class="hlhpn-container-title">Tin tức - Sự kiện</div>'
                f'<div class="eds_news_Nova"><article class="details"><h1 class="edn_articleTitle">{esc(A16.title)}</h1>'
                f'<div class="edn_meta"><span class="edn_date">Thứ bảy - 26/10/2024 - 15:40</span> <span class="edn_cat">Chuyên mục: <a href="/tin-tuc/phu-nu-voi-phat-trien-kinh-te">Phụ nữ với phát triển kinh tế</a></span></div>'
                f'<div class="edn_articleContent"><p style="text-align:justify"><strong>{esc(A16.lead)}</strong></p>{body}'
                f'<p style="text-align:right"><strong>Khánh Linh - Theo Báo Bắc Kạn</strong></p></div>'
                f'<div class="edn_tags">Tags: <a href="#">lợn đen</a> <a href="#">Ba Bể</a></div></article>'
                f'<div class="edn_related"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " - " + hm(d), href="/tin-tuc/{s}", cls="edn_rel")}</div></div></div></div>')

    crumbs = '<div class="hlhpn-crumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức - Sự kiện</a></div>'

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="hlhpn-new")
                + '<div class="hlhpn-video"><h3>Video</h3><p>Phụ nữ Bắc Kạn khởi nghiệp (05:12)</p></div>'
                + links_box(["Trung ương Hội LHPN Việt Nam", "Báo Phụ nữ Việt Nam", "Tỉnh ủy Bắc Kạn"]))
    url = "https://hoiphunu.backan.gov.vn/tin-tuc/phu-nu-voi-phat-trien-kinh-te/phu-nu-ba-be-phat-trien-kinh-te-tu-mo-hinh-nuoi-lon-den-ban-dia"
    head = og(A16.title, url, {"og:site_name": "Hội LHPN tỉnh Bắc Kạn"}) + '<meta name="generator" content="DNN Platform" />'
    return page("s19-16", family="womens_union_dnn_caption_above_photo_name_dash_theo_bao",
                name="backan-hlhpn-dnn-easydnnnews-container-title-generic-chuyen-muc-label-phu-nu-voi-phat-trien-kinh-te-thu-bay-dash-dd-mm-yyyy-dash-hh-mm-bold-first-p-lead-em-caption-above-img-bold-name-dash-theo-bao-bac-kan",
                url=url, art=A16, main_fn=main, pub=pub, prefix="hlhpn", kb=150,
                org="Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn", addr="Tổ 1, phường Đức Xuân, TP Bắc Kạn, tỉnh Bắc Kạn", phone="0209.3870.221",
                crumbs=crumbs, top=head_top("hlhpn", "/Portals/0/banner-hlhpn.jpg", "Hội LHPN tỉnh Bắc Kạn", days=2), side=side,
                shell_kw={"layout": "dnn", "items": MENU_MASS, "form": True, "dnn": True, "head_extra": head, "title": A16.title + " - Hội LHPN tỉnh Bắc Kạn"},
                exp=expected(A16, iso(pub), author="Khánh Linh", category="Phụ nữ với phát triển kinh tế"),
                traps={"bylines": ["Khánh Linh - Theo Báo Bắc Kạn"], "chrome": ["Tin cùng chuyên mục", "Tags:", "Phụ nữ Bắc Kạn khởi nghiệp (05:12)"], "related": lambda rl: rl[:4]},
                notes="DNN + EasyDNNnews of a Hội LHPN tỉnh. Each caption is printed ABOVE its photo (centred <em> paragraph, then the image) — still a caption, not body. Bold right 'Khánh Linh - Theo Báo Bắc Kạn': the part after the dash is a source line ('Theo …' = reprinted from), not the writer's unit → author 'Khánh Linh', unit null. 'Thứ bảy - 26/10/2024 - 15:40'. 'Chuyên mục: Phụ nữ với phát triển kinh tế' → category (label dropped); the container title and crumb 'Tin tức - Sự kiện' are generic. Bold first paragraph = lead.",
                readme="DNN Hội LHPN: captions printed ABOVE the photos, 'Name - Theo Báo …' (source after a dash, unit null), 'Thứ bảy - dd/mm/yyyy - HH:MM', 'Chuyên mục:' label vs generic container/crumb, bold first-p lead")


# ===================================================================== 17 Hội CCB tỉnh Vĩnh Phúc: Drupal 8, 'Đại tá, CCB Name - Chủ tịch Hội CCB xã …' (rank + status + post stacked)
A17 = Art("Hội Cựu chiến binh xã Đạo Đức đón nhận bằng khen của Trung ương Hội",
          "Sáng 27/10, Hội Cựu chiến binh xã Đạo Đức, huyện Bình Xuyên long trọng tổ chức lễ đón nhận Bằng khen của Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam vì có thành tích xuất sắc trong phong trào thi đua giai đoạn 2019 - 2024.",
          [("p", "Hội Cựu chiến binh xã Đạo Đức hiện có 412 hội viên sinh hoạt ở 9 chi hội. Trong 5 năm qua, Hội đã vận động hội viên giúp nhau phát triển kinh tế, giảm 21 hộ nghèo trong hội viên; có 38 hội viên là chủ trang trại, cơ sở sản xuất, kinh doanh, tạo việc làm cho hơn 200 lao động địa phương."),
           ("img", "/sites/default/files/2024-10/don-nhan-bang-khen-dao-duc.jpg", "Lãnh đạo Hội CCB tỉnh trao Bằng khen của Trung ương Hội cho Hội CCB xã Đạo Đức"),
           ("p", "Hội viên cựu chiến binh luôn gương mẫu đi đầu trong các phong trào của địa phương: hiến hơn 4.000 m² đất làm đường giao thông, tham gia tổ hòa giải, tổ an ninh tự quản, tuyên truyền, giáo dục truyền thống cho thế hệ trẻ."),
           ("p", "Phát biểu tại buổi lễ, đại diện Hội CCB tỉnh ghi nhận những kết quả đã đạt được, đề nghị Hội CCB xã tiếp tục phát huy bản chất “Bộ đội Cụ Hồ”, tham gia xây dựng Đảng, chính quyền trong sạch, vững mạnh, góp phần xây dựng xã Đạo Đức đạt chuẩn nông thôn mới kiểu mẫu.")])


def page17():
    pub = T("2024-10-27 08:05")

    def main(rng, rl, rd):
        body = A17.render(img=lambda s, c, n: f'<div class="align-center"><figure role="group" class="caption caption-img"><img alt="" data-entity-type="file" src="{s}" width="760" /><figcaption>{esc(c)}</figcaption></figure></div>')
        return (f'<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title field--type-string">{esc(A17.title)}</span></h1>'
                f'<div class="node__meta"><span class="node__submitted">Ngày gửi: Chủ nhật, 27/10/2024 - 08:05</span></div>'
                f'<div class="field field--name-field-chu-de field--type-entity-reference field--label-inline"><div class="field__label">Chủ đề</div><div class="field__item"><a href="/chu-de/phong-trao-thi-dua" hreflang="vi">Phong trào thi đua</a></div></div>'
                f'<div class="field field--name-field-tom-tat field--type-string-long field--label-hidden"><p><em>{esc(A17.lead)}</em></p></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}'
                f'<p class="text-align-right"><strong>Đại tá, CCB Nguyễn Văn Tư - Chủ tịch Hội CCB xã Đạo Đức</strong></p></div></article>'
                f'<div class="views-element-container"><h2>Tin cùng chủ đề</h2>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/{s}", cls="view-content")}</div>')

    crumbs = ('<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>'
              '<li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol></nav>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới đăng", fmt=lambda d: dmy(d), cls="ccb-new")
                + '<div class="ccb-guong"><h3>Gương sáng Bộ đội Cụ Hồ</h3><ul><li>CCB Lê Văn Hùng làm giàu từ trang trại gà đồi</li><li>CCB Phạm Thị Loan 20 năm làm công tác hòa giải</li></ul></div>')
    url = "https://cuuchienbinh.vinhphuc.gov.vn/tin-tuc/hoi-cuu-chien-binh-xa-dao-duc-don-nhan-bang-khen-cua-trung-uong-hoi"
    head = og(A17.title, url, {"og:site_name": "Hội Cựu chiến binh tỉnh Vĩnh Phúc"}) + '<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />'
    return page("s19-17", family="veterans_union_drupal8_rank_status_post_stack_name_dash_unit",
                name="vinhphuc-hoiccb-drupal8-node-submitted-ngay-gui-chu-nhat-dd-mm-yyyy-dash-hh-mm-field-chu-de-inline-label-field-tom-tat-italic-figure-caption-bold-dai-ta-comma-ccb-name-dash-chu-tich-hoi-ccb-xa",
                url=url, art=A17, main_fn=main, pub=pub, prefix="ccb", kb=100,
                org="Hội Cựu chiến binh tỉnh Vĩnh Phúc", addr="Số 8 đường Kim Ngọc, TP Vĩnh Yên, tỉnh Vĩnh Phúc", phone="0211.3862.714",
                crumbs=crumbs, top=head_top("ccb", "/themes/custom/ccb/logo.png", "Hội Cựu chiến binh tỉnh Vĩnh Phúc", days=0, hours=6), side=side,
                shell_kw={"layout": "drupal", "items": MENU_MASS, "head_extra": head, "title": A17.title + " | Hội Cựu chiến binh tỉnh Vĩnh Phúc"},
                exp=expected(A17, iso(pub), author="Nguyễn Văn Tư", unit="Hội CCB xã Đạo Đức", category="Phong trào thi đua"),
                traps={"bylines": ["Đại tá, CCB Nguyễn Văn Tư - Chủ tịch Hội CCB xã Đạo Đức"], "chrome": ["Tin cùng chủ đề", "Gương sáng Bộ đội Cụ Hồ"], "related": lambda rl: rl[:4]},
                notes="Drupal 8 node of a Hội CCB tỉnh. 'Ngày gửi: Chủ nhật, 27/10/2024 - 08:05' → T08:05. Inline-labelled field 'Chủ đề: Phong trào thi đua' = category (the crumb 'Trang chủ › Tin tức' is generic). field_tom_tat italic = lead. Bold right 'Đại tá, CCB Nguyễn Văn Tư - Chủ tịch Hội CCB xã Đạo Đức': the rank 'Đại tá' and the status 'CCB' before the name are dropped, the post 'Chủ tịch' after the dash is dropped and its organisation is the unit → author 'Nguyễn Văn Tư', unit 'Hội CCB xã Đạo Đức' (abbreviation kept as printed).",
                readme="Drupal 8 Hội CCB: 'Ngày gửi: Chủ nhật, dd/mm/yyyy - HH:MM', inline 'Chủ đề' field vs generic crumb, italic tóm tắt field, 'Đại tá, CCB Name - Chủ tịch Hội CCB xã …' (rank, status and post dropped; the post's organisation = unit)")


# ===================================================================== 18 LĐLĐ tỉnh Nam Định: in-house Laminas PHP, 'Luật sư Name - Văn phòng …' (title spelled out), equal publish/update stamps
A18 = Art("Những điểm mới về chế độ ốm đau trong Luật Bảo hiểm xã hội năm 2024",
          "Luật Bảo hiểm xã hội năm 2024 có hiệu lực từ ngày 01/7/2025, trong đó có nhiều quy định mới về chế độ ốm đau, tạo thuận lợi hơn cho người lao động khi không may bị ốm, tai nạn phải nghỉ việc.",
          [("h", "1. Mở rộng trường hợp được hưởng chế độ ốm đau"),
           ("p", "Theo quy định mới, người lao động nghỉ việc để điều trị, phục hồi chức năng lao động khi thương tật, bệnh tật tái phát do tai nạn lao động, bệnh nghề nghiệp hoặc do tai nạn khi đi từ nơi ở đến nơi làm việc cũng được hưởng chế độ ốm đau."),
           ("h", "2. Được hưởng chế độ khi nghỉ nửa ngày"),
           ("p", "Trường hợp người lao động nghỉ việc hưởng chế độ ốm đau dưới một ngày thì được tính là nửa ngày nếu thời gian nghỉ dưới 4 giờ, tính là một ngày nếu thời gian nghỉ từ 4 giờ đến dưới 8 giờ. Đây là điểm mới so với Luật năm 2014."),
           ("h", "3. Thời hạn giải quyết nhanh hơn"),
           ("p", "Trong thời hạn 6 ngày làm việc kể từ ngày nhận đủ hồ sơ từ người sử dụng lao động, cơ quan bảo hiểm xã hội phải giải quyết và tổ chức chi trả cho người lao động."),
           ("p", "Người lao động cần lưu ý giữ lại giấy ra viện, giấy chứng nhận nghỉ việc hưởng bảo hiểm xã hội để nộp cho đơn vị trong thời hạn 45 ngày kể từ ngày trở lại làm việc.")])


def page18():
    pub = T("2024-10-28 07:00")

    def main(rng, rl, rd):
        body = A18.render(h=lambda t: f"<h3>{esc(t)}</h3>")
        return (f'<div class="ldld-article"><h1 class="ldld-title">{esc(A18.title)}</h1>'
                f'<div class="ldld-meta"><span>Ngày xuất bản: 28/10/2024 07:00</span> | <span>Ngày cập nhật: 28/10/2024 07:00</span></div>'
                f'<p class="ldld-sapo"><i>{esc(A18.lead)}</i></p>'
                f'<div class="ldld-content">{body}'
                f'<p style="text-align:right"><b>Luật sư Trần Minh Đức - Văn phòng Tư vấn pháp luật Công đoàn tỉnh</b></p></div>'
                f'<div class="ldld-hoidap"><h3>Gửi câu hỏi tư vấn</h3><p>Đoàn viên, người lao động gửi câu hỏi qua đường dây nóng 0228.3849.112 hoặc email tuvan@ldldnamdinh.vn</p></div>'
                f'<div class="ldld-related"><h3>Các tin khác</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " " + hm(d), href="/tu-van-phap-luat/{s}-{n}.html", cls="ldld-rel")}</div></div>')

    crumbs = crumb([("Trang chủ", "/"), ("Chính sách - Pháp luật", "/chinh-sach-phap-luat"), ("Tư vấn pháp luật", "/chinh-sach-phap-luat/tu-van-phap-luat")], cls="breadcrumb ldld-crumb")

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", fmt=lambda d: dmy(d), cls="ldld-hot")
                + '<div class="ldld-countdown"><h3>Đại hội Công đoàn tỉnh lần thứ XXI</h3><p>Còn 45 ngày (12/12/2024)</p></div>'
                + poll("Bạn đã biết các điểm mới của Luật Bảo hiểm xã hội năm 2024?", ["Đã biết rõ", "Biết một phần", "Chưa biết"]))
    url = "https://ldldnamdinh.vn/chinh-sach-phap-luat/tu-van-phap-luat/nhung-diem-moi-ve-che-do-om-dau-trong-luat-bao-hiem-xa-hoi-nam-2024-2381.html"
    head = og(A18.title, url, {"article:section": "Chính sách - Pháp luật", "og:description": A18.lead})
    return page("s19-18", family="labour_union_laminas_luat_su_spelled_out_equal_stamps",
                name="namdinh-ldld-laminas-php-crumb-tu-van-phap-luat-og-parent-ngay-xuat-ban-pipe-ngay-cap-nhat-same-minute-italic-sapo-numbered-h3-heads-bold-luat-su-name-dash-van-phong-tu-van-phap-luat-cong-doan",
                url=url, art=A18, main_fn=main, pub=pub, prefix="ldld", kb=115,
                org="Liên đoàn Lao động tỉnh Nam Định", addr="Số 30 đường Hùng Vương, TP Nam Định, tỉnh Nam Định", phone="0228.3849.112",
                crumbs=crumbs, top=head_top("ldld", "/img/banner-ldld.png", "Liên đoàn Lao động tỉnh Nam Định", days=1, hours=2), side=side,
                shell_kw={"layout": "bootstrap", "items": MENU_MASS, "head_extra": head, "title": A18.title + " - LĐLĐ tỉnh Nam Định"},
                exp=expected(A18, iso(pub), updated=iso(pub), author="Luật sư Trần Minh Đức", unit="Văn phòng Tư vấn pháp luật Công đoàn tỉnh", category="Tư vấn pháp luật"),
                traps={"bylines": ["Luật sư Trần Minh Đức - Văn phòng Tư vấn pháp luật Công đoàn tỉnh"], "chrome": ["Gửi câu hỏi tư vấn", "Các tin khác", "Còn 45 ngày (12/12/2024)"], "related": lambda rl: rl[:4]},
                notes="In-house Laminas (Zend) PHP site of an LĐLĐ tỉnh. 'Ngày xuất bản: 28/10/2024 07:00 | Ngày cập nhật: 28/10/2024 07:00' → published and updated both T07:00 (a shown update stamp is recorded even when equal). Italic sapo = lead; numbered h3 heads are body; the effective date 01/7/2025 in the text is not a stamp. Bold right 'Luật sư Trần Minh Đức - Văn phòng Tư vấn pháp luật Công đoàn tỉnh' → author 'Luật sư Trần Minh Đức' (the professional title spelled out, kept as printed like 'LS.'), unit 'Văn phòng Tư vấn pháp luật Công đoàn tỉnh'. Crumb 'Chính sách - Pháp luật › Tư vấn pháp luật' (og parent). Congress countdown with a future date.",
                readme="Laminas PHP LĐLĐ: 'Ngày xuất bản' = 'Ngày cập nhật' (same minute, both recorded), italic sapo, numbered h3 heads, 'Luật sư Name - Văn phòng Tư vấn pháp luật Công đoàn tỉnh' (title spelled out, kept), crumb vs og parent, countdown")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
