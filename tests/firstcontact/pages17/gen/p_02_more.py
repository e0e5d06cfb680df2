"""Set 17 pages 10-18: Công an tỉnh, Sở Nội vụ, Sở Tư pháp, a Cổng TTĐT tỉnh, a provincial Thông tin Tuyên giáo
magazine, an Đài PT-TH, a Tỉnh đoàn, a UBND huyện and a Trung tâm Chính trị huyện; page 13 carries one TWIST (a
revision-history list, newest first, after the text)."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb
from .p_01_pages import head_top


# ===================================================================== 10 Công an tỉnh Minh Hải: Kentico, section label vs og vs JSON-LD, <address> byline with rank, 'Sửa đổi lần cuối' after the end
A10 = Art("Triệt phá đường dây đánh bạc qua mạng với số tiền giao dịch hơn 50 tỷ đồng",
          "Phòng Cảnh sát hình sự Công an tỉnh Minh Hải vừa triệt phá đường dây tổ chức đánh bạc qua mạng do các đối tượng ở TP Cà Mau cầm đầu, tạm giữ 9 đối tượng, thu giữ nhiều tài khoản ngân hàng có tổng số tiền giao dịch trên 50 tỷ đồng.",
          [("p", "Qua công tác nắm tình hình, tháng 6/2024, Phòng Cảnh sát hình sự phát hiện một nhóm đối tượng sử dụng trang web cá độ bóng đá, lô đề có máy chủ đặt ở nước ngoài để tổ chức đánh bạc, thu hút hàng trăm người chơi trong và ngoài tỉnh."),
           ("p", "Các đối tượng chia thành nhiều cấp đại lý, cấp tài khoản cho người chơi, nhận tiền qua ví điện tử và tài khoản ngân hàng đứng tên người khác để che giấu hoạt động. Mỗi đại lý được hưởng từ 3 đến 5% số tiền người chơi thua."),
           ("img", "/getattachment/3f1c2a9e-7b41-4d6e-9a0e-12f0b6c3d5a7/tang-vat-vu-danh-bac.aspx", "Tang vật thu giữ trong vụ án"),
           ("p", "Ngày 9/9, lực lượng chức năng đồng loạt kiểm tra 6 địa điểm tại TP Cà Mau và các huyện Cái Nước, Trần Văn Thời, bắt quả tang các đối tượng đang ghi số, thu giữ 14 điện thoại di động, 3 máy tính xách tay, 78 thẻ ngân hàng cùng nhiều tài liệu liên quan."),
           ("p", "Công an tỉnh khuyến cáo người dân không tham gia cá độ, đánh bạc dưới mọi hình thức; không cho mượn, thuê, bán tài khoản ngân hàng, căn cước công dân cho người khác; kịp thời tố giác hành vi vi phạm đến cơ quan công an gần nhất.")])


def page10():
    pub, upd = T("2024-09-11 16:45"), T("2024-09-12 08:20")

    def main(rng, rl, rd):
        body = A10.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img alt="" src="{s}?width=700" /></p><p class="news-caption" style="text-align:center"><em>{esc(c)}</em></p>')
        pid = "p_lt_ctl05_pageplaceholder_p_lt_ctl02_NewsDetail"
        return (f'<div id="{pid}_pnlNews" class="news-detail"><span class="news-cat"><a href="/tin-tuc/an-ninh-trat-tu">An ninh trật tự</a></span>'
                f'<h1 id="{pid}_lblTitle" class="news-title">{esc(A10.title)}</h1>'
                f'<div class="news-date">Ngày đăng: <span id="{pid}_lblDate">11/09/2024 - 16:45</span></div>'
                f'<div class="news-lead"><strong>{esc(A10.lead)}</strong></div><div id="{pid}_ltlContent" class="news-content">{body}</div>'
                f'<address class="news-author" style="text-align:right;font-style:normal;font-weight:bold">Đại úy Trần Ngọc Bảo (Phòng Cảnh sát hình sự CA tỉnh)</address>'
                f'{share("news-share")}<div class="news-modified"><em>Sửa đổi lần cuối: 12/09/2024 08:20</em></div>'
                f'<div class="news-other"><h3>Các tin khác</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + " " + hm(d) + ")", href="/tin-tuc/{s}", cls="news-other-list")}</div></div>')

    def side(rng, pub):
        wanted = "".join(f'<li><b>{n}</b>, sinh năm {y}; trú tại {q}. Tội danh: {t}. Quyết định truy nã ngày {d}</li>' for n, y, q, t, d in [
            ("Lê Văn Tới", 1989, "xã Khánh Bình, huyện Trần Văn Thời", "Cố ý gây thương tích", "02/08/2024"),
            ("Nguyễn Hoàng Phúc", 1995, "Phường 7, TP Cà Mau", "Lừa đảo chiếm đoạt tài sản", "21/08/2024")])
        return (f'<div class="ca-truyna"><h3>Thông báo truy nã</h3><ul>{wanted}</ul></div>'
                + side_std(rng, pub, "Tin nổi bật", cls="ca-hot")
                + '<div class="ca-hotline"><h3>Đường dây nóng</h3><p>Trực ban Công an tỉnh: 069.3820.113</p><p>Phòng Cảnh sát hình sự: 069.3820.245</p></div>')
    crumbs = '<div class="CMSBreadCrumbsLink-wrap"><a href="/" class="CMSBreadCrumbsLink">Trang chủ</a> &gt; <a href="/tin-tuc" class="CMSBreadCrumbsLink">Tin tức</a></div>'
    url = "https://congan.minhhai.gov.vn/tin-tuc/an-ninh-trat-tu/triet-pha-duong-day-danh-bac-qua-mang-voi-so-tien-giao-dich-hon-50-ty-dong"
    head = (og(A10.title, url, {"article:section": "Phòng chống tội phạm"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A10.title, "articleSection": "Tin tức", "datePublished": "2024-09-11T16:45:00+07:00"})
            + '<meta name="generator" content="Kentico Xperience 13" />')
    return page("s17-10", family="police_kentico_address_rank_byline_modified_after_end", name="minhhai-congan-kentico-portal-engine-label-an-ninh-trat-tu-vs-og-vs-jsonld-generic-crumb-ngay-dang-dd-mm-yyyy-dash-hh-mm-address-dai-uy-name-paren-phong-ca-tinh-sua-doi-lan-cuoi-after-share",
                url=url, art=A10, main_fn=main, pub=pub, prefix="ca", kb=180,
                org="Công an tỉnh Minh Hải", addr="Số 11 đường Nguyễn Tất Thành, TP Cà Mau, tỉnh Minh Hải", phone="069.3820.100",
                crumbs=crumbs, top=head_top("ca", "/App_Themes/CongAn/images/banner.jpg", "Công an tỉnh Minh Hải", days=1, hours=2, tick="Tin nóng"), side=side,
                shell_kw={"layout": "div", "form": True, "head_extra": head, "title": A10.title + " - Công an tỉnh Minh Hải"},
                exp=expected(A10, iso(pub), updated=iso(upd), author="Trần Ngọc Bảo", unit="Phòng Cảnh sát hình sự CA tỉnh", category="An ninh trật tự"),
                traps={"bylines": ["Đại úy Trần Ngọc Bảo"], "chrome": ["Thông báo truy nã", "Các tin khác", "Đường dây nóng", "Tin nổi bật"],
                       "dates": ["Quyết định truy nã ngày 21/08/2024"], "related": lambda rl: rl[:4]},
                notes="Kentico portal-engine page of the provincial police (WebForms, ViewState). Section label above the h1 'An ninh trật tự' = category; the crumb is only 'Trang chủ > Tin tức' (generic), og article:section says 'Phòng chống tội phạm', JSON-LD 'Tin tức'. 'Ngày đăng: 11/09/2024 - 16:45'. Byline in an <address> element after the text: 'Đại úy Trần Ngọc Bảo (Phòng Cảnh sát hình sự CA tỉnh)' → rank dropped, unit with the abbreviation 'CA tỉnh' as printed. 'Sửa đổi lần cuối: 12/09/2024 08:20' printed after the share bar, at the end of the article → updated_at. Bold lead div; em caption paragraphs. Wanted-persons box with birth years and decision dates.",
                readme="Kentico Công an tỉnh: label 'An ninh trật tự' vs og vs JSON-LD, 'Ngày đăng: dd/mm/yyyy - HH:MM', <address> 'Đại úy Name (Phòng … CA tỉnh)', 'Sửa đổi lần cuối' after the share bar, wanted-persons box")


# ===================================================================== 11 Sở Nội vụ tỉnh Hải Hưng: VNPT ePortal (Liferay), generic portlet title, crumb, pub + update row, 'Name - Phòng XDCQ&CTTN'
A11 = Art("Hải Hưng rút ngắn 30% thời gian giải quyết thủ tục hành chính lĩnh vực nội vụ",
          "Từ tháng 7/2024, Sở Nội vụ tỉnh Hải Hưng cắt giảm thời gian giải quyết 24 thủ tục hành chính, bình quân rút ngắn 30% so với quy định; 100% hồ sơ được tiếp nhận, trả kết quả qua Trung tâm Phục vụ hành chính công tỉnh.",
          [("p", "Theo Quyết định của Chủ tịch UBND tỉnh, các thủ tục được cắt giảm thuộc lĩnh vực tổ chức hành chính, công chức, viên chức, thi đua khen thưởng, tôn giáo và thanh niên. Trong đó, thủ tục thẩm định thành lập, tổ chức lại đơn vị sự nghiệp công lập giảm từ 15 xuống 10 ngày làm việc."),
           ("p", "Sở đã số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực, kết nối với Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức; người dân, tổ chức có thể theo dõi tiến độ hồ sơ qua Cổng Dịch vụ công và ứng dụng trên điện thoại."),
           ("img", "/documents/20182/2471/mot-cua-so-noi-vu.jpg", "Công chức Sở Nội vụ tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh"),
           ("p", "Tám tháng năm 2024, Sở tiếp nhận 1.864 hồ sơ, trong đó 97,6% được giải quyết trước và đúng hạn, không có hồ sơ quá hạn phải xin lỗi tổ chức, cá nhân. Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt 82%."),
           ("p", "Thời gian tới, Sở Nội vụ tiếp tục rà soát, đề xuất đơn giản hóa các thủ tục còn lại, tăng cường kiểm tra công vụ, chấn chỉnh tình trạng chậm trễ, gây phiền hà cho người dân và doanh nghiệp.")])


def page11():
    pub, upd = T("2024-09-04 10:35"), T("2024-09-05 08:00")

    def main(rng, rl, rd):
        body = A11.render(img=tcap)
        return (f'<div class="portlet-title-default"><span class="portlet-title-text">Chi tiết tin</span></div>'
                f'<div class="vnpt-news-detail" id="_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_{alnum(rng, 12)}_detail">'
                f'<h2 class="title-news">{esc(A11.title)}</h2>'
                f'<div class="date-news"><span>Ngày xuất bản: 04/09/2024 | 10:35</span> &nbsp;&nbsp; <span>Ngày cập nhật: 05/09/2024 | 08:00</span></div>'
                f'<div class="sapo-news"><p><b>{esc(A11.lead)}</b></p></div><div class="content-news">{body}</div>'
                f'<div class="author-news" style="text-align:right"><b>Ngọc Anh - Phòng XDCQ&amp;CTTN</b></div>'
                f'<div class="tool-news"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Đầu trang</a></div>'
                f'<div class="other-news"><div class="title-other">Tin liên quan</div>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/web/sonoivu/-/{s}", cls="list-other")}</div></div>')

    def side(rng, pub):
        return (vb_box(["Quyết định số 1742/QĐ-UBND ngày 28/8/2024 công bố danh mục thủ tục hành chính lĩnh vực nội vụ",
                        "Kế hoạch số 96/KH-SNV ngày 30/8/2024 kiểm tra công vụ năm 2024"], head="Văn bản chỉ đạo điều hành")
                + side_std(rng, pub, "Tin mới", cls="snv-new")
                + '<div class="snv-dvc"><h3>Dịch vụ công trực tuyến</h3><ul><li><a href="#">Nộp hồ sơ trực tuyến</a></li><li><a href="#">Tra cứu hồ sơ</a></li><li><a href="#">Đánh giá mức độ hài lòng</a></li></ul></div>')
    crumbs = ('<div class="breadcrumb-vnpt"><ul class="breadcrumb"><li><a href="/web/sonoivu">Trang chủ</a></li><li><a href="/web/sonoivu/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>'
              '<li class="active"><a href="/web/sonoivu/cai-cach-hanh-chinh">Cải cách hành chính</a></li></ul></div>')
    url = "https://sonoivu.haihung.gov.vn/web/sonoivu/-/hai-hung-rut-ngan-30-thoi-gian-giai-quyet-thu-tuc-hanh-chinh-linh-vuc-noi-vu"
    head = og(A11.title, url, {"article:section": "Tin tức - Sự kiện"})
    return page("s17-11", family="home_affairs_dept_vnpt_eportal_abbrev_unit_ampersand", name="haihung-sonoivu-vnpt-eportal-liferay-portlet-title-chi-tiet-tin-crumb-cai-cach-hanh-chinh-h2-title-ngay-xuat-ban-pipe-ngay-cap-nhat-pipe-bold-sapo-table-caption-bold-name-dash-phong-xdcq-ampersand-cttn",
                url=url, art=A11, main_fn=main, pub=pub, prefix="snv", kb=195,
                org="Sở Nội vụ tỉnh Hải Hưng", addr="Số 5 đường Quang Trung, TP Hải Dương, tỉnh Hải Hưng", phone="0220.3852.704",
                crumbs=crumbs, top=head_top("snv", "/o/vnpt-theme/images/banner-so-noi-vu.png", "Sở Nội vụ tỉnh Hải Hưng", days=2, style="hom_nay"), side=side,
                shell_kw={"layout": "liferay", "items": MENU_GOV, "head_extra": head, "title": "Chi tiết tin - Sở Nội vụ tỉnh Hải Hưng"},
                exp=expected(A11, iso(pub), updated=iso(upd), author="Ngọc Anh", unit="Phòng XDCQ&CTTN", category="Cải cách hành chính"),
                traps={"bylines": ["Ngọc Anh - Phòng XDCQ&CTTN"], "chrome": ["Chi tiết tin", "Tin liên quan", "In trang", "Văn bản chỉ đạo điều hành", "Dịch vụ công trực tuyến"],
                       "related": lambda rl: rl[:4]},
                notes="VNPT ePortal (Liferay) of a Sở Nội vụ: generic portlet title 'Chi tiết tin', crumb 'Tin tức - Sự kiện › Cải cách hành chính' → 'Cải cách hành chính' (og 'Tin tức - Sự kiện'). Title in h2.title-news (<title> is 'Chi tiết tin - …'). One row 'Ngày xuất bản: 04/09/2024 | 10:35   Ngày cập nhật: 05/09/2024 | 08:00' → published + updated. Bold sapo = lead; table captions. Bold right 'Ngọc Anh - Phòng XDCQ&CTTN' → author + the abbreviated department (Phòng Xây dựng chính quyền và Công tác thanh niên) kept as printed, ampersand included. 'Văn bản chỉ đạo điều hành' box with issue dates.",
                readme="VNPT ePortal Sở Nội vụ: generic portlet title vs crumb, h2 title, 'Ngày xuất bản: dd/mm/yyyy | HH:MM' + 'Ngày cập nhật: …' → pub + update, 'Name - Phòng XDCQ&CTTN' (ampersand abbreviation)")


# ===================================================================== 12 Sở Tư pháp tỉnh Quảng Nam - Đà Nẵng: Viettel portal, label with a comma, 'LS. Name - unit with a hyphenated province', 'Cập nhật lúc' only stamp
A12 = Art("Những điểm mới của Luật Đất đai năm 2024 người dân cần biết",
          "Luật Đất đai năm 2024 có hiệu lực từ ngày 1/8/2024 với nhiều quy định mới liên quan trực tiếp đến quyền lợi của người sử dụng đất. Dưới đây là một số điểm đáng chú ý.",
          [("h", "Mở rộng đối tượng được nhận chuyển nhượng đất trồng lúa"),
           ("p", "Luật cho phép cá nhân không trực tiếp sản xuất nông nghiệp được nhận chuyển nhượng, nhận tặng cho đất trồng lúa trong hạn mức; trường hợp vượt hạn mức phải thành lập tổ chức kinh tế và có phương án sử dụng đất trồng lúa được UBND cấp huyện phê duyệt."),
           ("h", "Cấp giấy chứng nhận cho đất không có giấy tờ"),
           ("p", "Hộ gia đình, cá nhân đang sử dụng đất không có giấy tờ về quyền sử dụng đất, không vi phạm pháp luật về đất đai, sử dụng ổn định trước ngày 1/7/2014 được xem xét cấp giấy chứng nhận nếu phù hợp quy hoạch."),
           ("h", "Bảng giá đất áp dụng từ ngày 1/1 hằng năm"),
           ("p", "Bảng giá đất do UBND cấp tỉnh xây dựng, trình HĐND cùng cấp quyết định, công bố công khai và áp dụng từ ngày 1/1 hằng năm; được điều chỉnh, sửa đổi, bổ sung trong năm khi cần thiết."),
           ("p", "Người dân cần tìm hiểu thêm có thể liên hệ:"),
           ("ul", ["Trung tâm Trợ giúp pháp lý nhà nước tỉnh, điện thoại 0236.3822.655;",
                   "Phòng Tư pháp các huyện, thị xã, thành phố;",
                   "Tổ hòa giải và tủ sách pháp luật ở thôn, tổ dân phố."])])


def page12():
    pub = T("2024-08-28 15:20")

    def main(rng, rl, rd):
        body = A12.render(p=jp, h=lambda t: f"<p><strong>{esc(t)}</strong></p>")
        return (f'<div class="vt-portlet vt-news-detail"><div class="vt-news-category"><a href="/vi/news/pho-bien-giao-duc-phap-luat">Phổ biến, giáo dục pháp luật</a></div>'
                f'<h1 class="vt-news-title">{esc(A12.title)}</h1>'
                f'<div class="vt-news-author"><span class="vt-author-name">LS. Phan Văn Hòa - Đoàn Luật sư tỉnh Quảng Nam - Đà Nẵng</span></div>'
                f'<div class="vt-news-time">Cập nhật lúc 15:20, 28/08/2024</div>'
                f'<div class="vt-news-sapo"><em>{esc(A12.lead)}</em></div><div class="vt-news-content">{body}</div>'
                f'<div class="vt-news-rate">Đánh giá bài viết: <span class="stars">★★★★☆</span> (12 lượt)</div>'
                f'<div class="vt-news-file"><b>Tệp đính kèm:</b> <a href="/vi/files/luat-dat-dai-2024.pdf">Luật Đất đai số 31/2024/QH15 ngày 18/01/2024</a></div></div>')

    def side(rng, pub):
        return (f'<div class="vt-same"><h3>Tin cùng chuyên mục</h3>{rel(rng, heads6(rng, 5), past(pub, rng, 5, 1, 30), lambda d: dmy(d), href="/vi/news/{s}-{n}", cls="vt-same-list")}</div>'
                + '<div class="vt-hoidap"><h3>Hỏi đáp pháp luật</h3><p>Gửi câu hỏi tới Sở Tư pháp qua hộp thư: hoidap@sotuphap.qnamdn.gov.vn</p></div>'
                + side_std(rng, pub, "Văn bản pháp luật mới", cls="vt-vb"))
    url = "https://sotuphap.quangnamdanang.gov.vn/vi/news/pho-bien-giao-duc-phap-luat/nhung-diem-moi-cua-luat-dat-dai-nam-2024-nguoi-dan-can-biet-3129.html"
    head = og(A12.title, url, {"og:site_name": "Sở Tư pháp tỉnh Quảng Nam - Đà Nẵng"})
    return page("s17-12", family="justice_dept_viettel_portal_ls_name_unit_hyphen_province", name="quangnamdanang-sotuphap-viettel-portal-label-with-comma-above-h1-no-crumb-ls-name-dash-doan-luat-su-tinh-quang-nam-dash-da-nang-under-h1-cap-nhat-luc-hh-mm-comma-dd-mm-yyyy-only-stamp-bold-heads-ul",
                url=url, art=A12, main_fn=main, pub=pub, prefix="vt", kb=130,
                org="Sở Tư pháp tỉnh Quảng Nam - Đà Nẵng", addr="Số 24 đường Trần Phú, TP Đà Nẵng, tỉnh Quảng Nam - Đà Nẵng", phone="0236.3822.650",
                top=head_top("vt", "/vi/images/banner-stp.png", "Sở Tư pháp tỉnh Quảng Nam - Đà Nẵng", days=4), side=side,
                shell_kw={"layout": "div", "items": MENU_GOV, "head_extra": head, "title": A12.title},
                exp=expected(A12, iso(pub), author="LS. Phan Văn Hòa", unit="Đoàn Luật sư tỉnh Quảng Nam - Đà Nẵng", category="Phổ biến, giáo dục pháp luật"),
                traps={"bylines": ["LS. Phan Văn Hòa - Đoàn Luật sư tỉnh Quảng Nam - Đà Nẵng"], "chrome": ["Tin cùng chuyên mục", "Đánh giá bài viết:", "Tệp đính kèm:", "Hỏi đáp pháp luật"],
                       "dates": ["Luật Đất đai số 31/2024/QH15 ngày 18/01/2024"]},
                notes="Viettel portal of a Sở Tư pháp: no crumb; the section label above the h1 'Phổ biến, giáo dục pháp luật' (a name with a comma) = category. Right under the h1: 'LS. Phan Văn Hòa - Đoàn Luật sư tỉnh Quảng Nam - Đà Nẵng' → author with the professional title 'LS.' kept, unit = everything after the FIRST ' - ' (the province name 'Quảng Nam - Đà Nẵng' contains a hyphen; it is not a second writer). The only stamp is 'Cập nhật lúc 15:20, 28/08/2024' → published_at, updated_at null (set 14/15 rule). Italic sapo = lead; bold sub-heads, a closing list (one paragraph per item). Attachment with an issue date, rating widget.",
                readme="Viettel portal Sở Tư pháp: label with a comma above the h1, 'LS. Name - Đoàn Luật sư tỉnh Quảng Nam - Đà Nẵng' under the h1 (hyphen inside the province), 'Cập nhật lúc HH:MM, dd/mm/yyyy' only stamp, bold heads, list")


# ===================================================================== 13 Cổng TTĐT tỉnh Bình Trị Thiên: CMC portal, three writers three units, revision history newest first (TWIST)
A13 = Art("Chủ tịch UBND tỉnh chỉ đạo khắc phục hậu quả mưa lũ tại các huyện phía Bắc",
          "Sáng 12/9, Chủ tịch UBND tỉnh Bình Trị Thiên cùng đoàn công tác kiểm tra tình hình mưa lũ, chỉ đạo khắc phục hậu quả tại các huyện Phong Điền, Quảng Điền và thị xã Hương Trà, nơi hàng nghìn ngôi nhà bị ngập sâu do ảnh hưởng hoàn lưu bão.",
          [("p", "Theo báo cáo của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh, từ đêm 10 đến sáng 12/9, lượng mưa phổ biến 250 - 400 mm, có nơi trên 500 mm. Toàn tỉnh có 6.820 ngôi nhà bị ngập, 41 tuyến đường giao thông bị sạt lở, chia cắt cục bộ."),
           ("p", "Tại xã Phong Chương, huyện Phong Điền, Chủ tịch UBND tỉnh thăm hỏi, tặng quà các hộ bị thiệt hại nặng; yêu cầu địa phương bảo đảm không để người dân thiếu đói, thiếu nước sạch, bố trí lực lượng hỗ trợ dọn dẹp nhà cửa, trường học ngay khi nước rút."),
           ("img", "/Portals/0/2024/09/12/chu-tich-ubnd-tinh-kiem-tra-phong-dien.jpg", "Chủ tịch UBND tỉnh kiểm tra tình hình ngập lụt tại xã Phong Chương"),
           ("p", "Chủ tịch UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn khẩn trương thống kê thiệt hại về sản xuất, đề xuất hỗ trợ giống cây trồng, vật nuôi; Sở Giao thông vận tải xử lý dứt điểm các điểm sạt lở, bảo đảm giao thông thông suốt trước ngày 15/9."),
           ("p", "Ngành y tế được yêu cầu tổ chức vệ sinh môi trường, phòng chống dịch bệnh sau lũ; các trường học hoàn thành dọn dẹp để học sinh trở lại lớp sớm nhất. UBND tỉnh trích 5 tỷ đồng từ nguồn dự phòng ngân sách hỗ trợ các địa phương khắc phục hậu quả.")])


def page13():
    pub, upd = T("2024-09-12 08:10"), T("2024-09-13 07:45")

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=lambda s, c, n: f'<div class="img-news" style="text-align:center"><img src="{s}" alt="" /><div class="img-caption"><i>{esc(c)}</i></div></div>')
        hist = ('<div class="news-history"><div class="news-history-title">Lịch sử cập nhật bài viết</div><ul>'
                '<li><span class="h-time">13/09/2024 07:45</span> – Cập nhật số liệu thiệt hại tại huyện Phong Điền</li>'
                '<li><span class="h-time">12/09/2024 15:30</span> – Bổ sung ảnh hiện trường</li>'
                '<li><span class="h-time">12/09/2024 08:10</span> – Đăng bài</li></ul></div>')
        return (f'<div class="cmc-news-detail"><h1 class="cmc-title">{esc(A13.title)}</h1>'
                f'<div class="cmc-date"><img src="/images/icon-clock.png" alt="" /> 12/09/2024 08:10</div>'
                f'<div class="cmc-sapo"><b>{esc(A13.lead)}</b></div><div class="cmc-content">{body}'
                f'<p style="text-align:right"><b>Thu Hằng (Cổng TTĐT tỉnh) - Minh Đức (Sở TT&amp;TT) - Quốc Tuấn (Đài PT-TH tỉnh)</b></p></div>'
                f'{hist}{share("cmc-share")}'
                f'<div class="cmc-other"><h3>Tin khác</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/Tin-tuc/{s}-{n}.html", cls="cmc-other-list")}</div></div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=1), "Lịch làm việc của Lãnh đạo UBND tỉnh", "cmc-lich")
                + '<div class="cmc-weather"><h3>Thời tiết</h3><p>Huế: 24 - 27°C, mưa to đến rất to</p><p>Cập nhật: 13/09/2024 06:00</p></div>'
                + side_std(rng, pub, "Thông báo", cls="cmc-tb"))
    crumbs = ('<div class="cmc-breadcrumb"><a href="/">Trang chủ</a> › <a href="/Tin-tuc-Su-kien">Tin tức - Sự kiện</a> › '
              '<a href="/Tin-tuc-Su-kien/Thong-tin-chi-dao-dieu-hanh">Thông tin chỉ đạo, điều hành</a></div>')
    url = "https://binhtrithien.gov.vn/Tin-tuc/chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu-tai-cac-huyen-phia-bac-48213.html"
    head = (og(A13.title, url, {"article:section": "Tin tức - Sự kiện", "article:published_time": "2024-09-12T08:10:00+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A13.title, "datePublished": "2024-09-12T08:10:00+07:00", "dateModified": "2024-09-12T08:10:00+07:00"}))
    return page("s17-13", family="province_portal_cmc_revision_history_three_units", name="binhtrithien-congttdt-cmc-portal-crumb-label-with-comma-icon-dd-mm-yyyy-hh-mm-bold-sapo-three-names-three-paren-units-revision-history-list-newest-first-after-text",
                url=url, art=A13, main_fn=main, pub=pub, prefix="cmc", kb=240,
                org="Cổng thông tin điện tử tỉnh Bình Trị Thiên", addr="Số 16 đường Lê Lợi, TP Huế, tỉnh Bình Trị Thiên", phone="0234.3822.512",
                crumbs=crumbs, top=head_top("cmc", "/Portals/0/banner-cong-ttdt.png", "Cổng thông tin điện tử tỉnh Bình Trị Thiên", days=1, hours=3), side=side,
                shell_kw={"layout": "bootstrap", "form": True, "items": MENU_GOV, "head_extra": head, "title": A13.title},
                exp=expected(A13, iso(pub), updated=iso(upd), author="Thu Hằng, Minh Đức, Quốc Tuấn", unit="Cổng TTĐT tỉnh, Sở TT&TT, Đài PT-TH tỉnh", category="Thông tin chỉ đạo, điều hành"),
                traps={"history": ["Cập nhật số liệu thiệt hại tại huyện Phong Điền", "Bổ sung ảnh hiện trường", "Lịch sử cập nhật bài viết"],
                       "bylines": ["Thu Hằng (Cổng TTĐT tỉnh) - Minh Đức (Sở TT&TT) - Quốc Tuấn (Đài PT-TH tỉnh)"],
                       "chrome": ["Tin khác", "Lịch làm việc của Lãnh đạo UBND tỉnh", "Thời tiết"], "related": lambda rl: rl[:4]},
                notes="TWIST: after the text the CMC portal prints a revision history, newest first: '13/09/2024 07:45 – Cập nhật số liệu thiệt hại tại huyện Phong Điền', '12/09/2024 15:30 – Bổ sung ảnh hiện trường', '12/09/2024 08:10 – Đăng bài' → published_at 2024-09-12T08:10 (the top stamp and the 'Đăng bài' entry agree), updated_at = the LATEST revision 2024-09-13T07:45 (the first entry in the list, not the last one). JSON-LD dateModified equals the publication time (stale) and the weather box's 'Cập nhật: 13/09/2024 06:00' belongs to the widget. Byline: three writers, each with a parenthesised unit → author 'Thu Hằng, Minh Đức, Quốc Tuấn', author_unit 'Cổng TTĐT tỉnh, Sở TT&TT, Đài PT-TH tỉnh' (units in author order). Crumb 'Tin tức - Sự kiện › Thông tin chỉ đạo, điều hành' → the last level (a name with a comma). Bold sapo = lead.",
                readme="TWIST revision history after the text, newest first ('13/09 07:45 – Cập nhật …', '12/09 15:30 – Bổ sung …', '12/09 08:10 – Đăng bài') → updated_at = the latest revision; CMC portal, three names each with a '(unit)', crumb level with a comma")


# ===================================================================== 14 Thông tin Tuyên giáo Hà Tây: Hugo static, 'PGS.TS.' name line + institution line under the title, issue + date only + lastmod
A14 = Art("Xây dựng đội ngũ cán bộ chủ chốt cấp xã đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới",
          "Cán bộ chủ chốt cấp xã là lực lượng trực tiếp tổ chức thực hiện đường lối của Đảng, chính sách, pháp luật của Nhà nước ở cơ sở. Bài viết phân tích thực trạng và đề xuất một số giải pháp nâng cao chất lượng đội ngũ này trong thời gian tới.",
          [("h", "1. Thực trạng đội ngũ cán bộ chủ chốt cấp xã"),
           ("p", "Khảo sát tại 6 huyện của tỉnh Hà Tây cho thấy, 92% cán bộ chủ chốt cấp xã có trình độ chuyên môn đại học, 78% có trình độ trung cấp lý luận chính trị trở lên. Đội ngũ này cơ bản vững vàng về chính trị, gần dân, hiểu dân."),
           ("p", "Tuy nhiên, năng lực dự báo, xử lý tình huống phức tạp, kỹ năng vận động quần chúng của một bộ phận cán bộ còn hạn chế; việc ứng dụng công nghệ thông tin, chuyển đổi số trong lãnh đạo, điều hành chưa đáp ứng yêu cầu."),
           ("h", "2. Một số giải pháp"),
           ("p", "Một là, đổi mới công tác quy hoạch, tạo nguồn cán bộ chủ chốt cấp xã theo hướng mở, chú trọng cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số được đào tạo cơ bản, rèn luyện qua thực tiễn."),
           ("p", "Hai là, gắn đào tạo, bồi dưỡng với yêu cầu vị trí việc làm; tăng thời lượng thực hành, nghiên cứu tình huống; bồi dưỡng kỹ năng số, kỹ năng đối thoại với nhân dân."),
           ("p", "Ba là, thực hiện tốt chính sách khuyến khích, bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung; kiên quyết thay thế cán bộ yếu kém, né tránh, đùn đẩy trách nhiệm.")])


def page14():
    pub, upd = T("2024-08-15 00:00"), T("2024-08-20 00:00")

    def main(rng, rl, rd):
        body = A14.render(h=lambda t: f'<h2 id="{slug(t)[:30]}">{esc(t)}</h2>')
        return (f'<article class="post-single"><header class="post-header"><h1 class="post-title">{esc(A14.title)}</h1>'
                f'<div class="post-author"><span class="author-name"><strong>PGS.TS. Nguyễn Văn Thành</strong></span><br /><span class="author-org"><em>Học viện Chính trị khu vực I</em></span></div>'
                f'<div class="post-meta"><span class="issue">Số 8/2024</span>&nbsp;·&nbsp;<span title="2024-08-15 00:00:00 +0700 +07"><time datetime="2024-08-15">15/08/2024</time></span>'
                f'&nbsp;·&nbsp;<span class="lastmod">Cập nhật: 20/08/2024</span>&nbsp;·&nbsp;<span>8 phút đọc</span>'
                f'&nbsp;·&nbsp;<span class="post-cat">Chuyên mục: <a href="/categories/ly-luan-thuc-tien/">Lý luận - Thực tiễn</a></span></div></header>'
                f'<div class="post-description"><p><em>{esc(A14.lead)}</em></p></div>'
                f'<div class="post-content">{body}</div>'
                f'<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/can-bo-co-so/">#cán bộ cơ sở</a></li><li><a href="/tags/cong-tac-can-bo/">#công tác cán bộ</a></li></ul>'
                f'<nav class="paginav"><a class="prev" href="/bai-viet/{slug(rl[0])}/"><span class="title">« Bài trước</span><br /><span>{esc(rl[0])}</span></a>'
                f'<a class="next" href="/bai-viet/{slug(rl[1])}/"><span class="title">Bài sau »</span><br /><span>{esc(rl[1])}</span></a></nav></footer></article>'
                f'<div class="same-issue"><h3>Cùng số 8/2024</h3>{rel(rng, rl[2:], rd[2:], None, href="/bai-viet/{s}/", cls="issue-list")}</div>')

    def side(rng, pub):
        issues = "".join(f'<li><a href="/so/{m}-2024/">Số {m}/2024</a> <span>(phát hành {dmy(pub.replace(month=m, day=15))})</span></li>' for m in (8, 7, 6, 5))
        return f'<div class="aside-issues"><h3>Các số đã phát hành</h3><ul>{issues}</ul></div>' + side_std(rng, pub, "Bài đọc nhiều", fmt=None, cls="aside-most")
    url = "https://thongtintuyengiao.hatay.dcs.vn/bai-viet/xay-dung-doi-ngu-can-bo-chu-chot-cap-xa-dap-ung-yeu-cau-nhiem-vu-trong-giai-doan-moi/"
    head = (og(A14.title, url, {"article:section": "bai-viet", "article:published_time": "2024-08-15T00:00:00+07:00", "article:modified_time": "2024-08-20T00:00:00+07:00"})
            + '<meta name="generator" content="Hugo 0.125.4" />'
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A14.title, "datePublished": "2024-08-15T00:00:00+07:00", "dateModified": "2024-08-20T00:00:00+07:00",
                      "author": [{"@type": "Person", "name": "PGS.TS. Nguyễn Văn Thành"}]}))
    return page("s17-14", family="propaganda_bulletin_hugo_pgs_ts_name_institution_line", name="hatay-thongtintuyengiao-hugo-static-pgs-ts-name-br-italic-hoc-vien-line-under-h1-issue-so-8-2024-date-only-time-lastmod-cap-nhat-date-only-chuyen-muc-label-italic-description-h2-numbered-heads-tags",
                url=url, art=A14, main_fn=main, pub=pub, prefix="ttg", kb=92,
                org="Thông tin Tuyên giáo Hà Tây", addr="Ban Tuyên giáo Tỉnh ủy Hà Tây, số 2 đường Quang Trung, TP Hà Đông", phone="0243.3824.556",
                top=lambda rng, pub: '<a class="logo" href="/">Thông tin Tuyên giáo Hà Tây</a><span class="tagline">Cơ quan của Ban Tuyên giáo Tỉnh ủy Hà Tây</span>',
                side=side, shell_kw={"layout": "hugo", "head_extra": head, "title": A14.title + " | Thông tin Tuyên giáo Hà Tây"},
                exp=expected(A14, isod(pub), updated=isod(upd), author="PGS.TS. Nguyễn Văn Thành", unit="Học viện Chính trị khu vực I", category="Lý luận - Thực tiễn"),
                traps={"chrome": ["Cùng số 8/2024", "« Bài trước", "Bài sau »", "Các số đã phát hành", "8 phút đọc"], "tags": ["#cán bộ cơ sở"],
                       "related": lambda rl: rl[2:5]},
                notes="Hugo static site of a provincial Thông tin Tuyên giáo bulletin. Under the h1: bold 'PGS.TS. Nguyễn Văn Thành' <br> italic 'Học viện Chính trị khu vực I' → author with the compound academic title kept, unit the institution line. Meta row 'Số 8/2024 · 15/08/2024 · Cập nhật: 20/08/2024 · 8 phút đọc · Chuyên mục: Lý luận - Thực tiễn' → published '2024-08-15' and updated '2024-08-20' (dates only; og/JSON-LD midnight times and the span title '2024-08-15 00:00:00 +0700' are Hugo's date-only front matter, not printed times), category from the 'Chuyên mục:' label (og article:section is the content type 'bai-viet'). The issue 'Số 8/2024' is not a date or a category. Italic description = lead; numbered h2 heads are body. Prev/next navigation and a 'Cùng số' list.",
                readme="Hugo static Thông tin Tuyên giáo: 'PGS.TS. Name' <br> italic institution line under the h1, 'Số 8/2024 · dd/mm/yyyy · Cập nhật: dd/mm/yyyy · Chuyên mục: …' (dates only), italic description, numbered h2 heads")


# ===================================================================== 15 Đài PT-TH Sông Bé: Astro static, chip vs crumb vs og, time-first stamp + 'Cập nhật lúc', 'Thực hiện:' two names
A15 = Art("Nông dân Phú Giáo chuyển đổi vườn cao su già sang trồng sầu riêng",
          "Giá mủ cao su thấp trong nhiều năm khiến nông dân huyện Phú Giáo mạnh dạn thanh lý những vườn cao su già cỗi để chuyển sang trồng sầu riêng, bưởi da xanh; nhiều hộ có thu nhập cao gấp 3 đến 4 lần so với trước.",
          [("p", "Gia đình ông Nguyễn Văn Tám ở xã Phước Sang có 3 ha cao su trồng từ năm 1998. Năm 2019, ông thanh lý toàn bộ, đầu tư hệ thống tưới nhỏ giọt, trồng 450 gốc sầu riêng Ri6 và Monthong. Vụ thu hoạch năm nay, gia đình ông bán được khoảng 40 tấn, thu về hơn 2 tỷ đồng."),
           ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, đến nay toàn huyện đã có khoảng 1.100 ha cây ăn trái, trong đó sầu riêng chiếm gần 600 ha. Huyện khuyến cáo nông dân không chuyển đổi ồ ạt, cần xem xét điều kiện thổ nhưỡng, nguồn nước và đầu ra."),
           ("img", "/_astro/vuon-sau-rieng-phuoc-sang.B7x2kQ.webp", "Vườn sầu riêng của gia đình ông Nguyễn Văn Tám, xã Phước Sang"),
           ("p", "Huyện đang hỗ trợ thành lập các tổ hợp tác, hướng dẫn nông dân đăng ký mã số vùng trồng, sản xuất theo tiêu chuẩn VietGAP để đáp ứng yêu cầu xuất khẩu chính ngạch sang Trung Quốc.")])


def page15():
    pub, upd = T("2024-09-08 19:30"), T("2024-09-08 21:15")

    def main(rng, rl, rd):
        body = A15.render(img=lambda s, c, n: f'<figure class="prose-figure"><img src="{s}" alt="{esc(c, True)}" loading="lazy" decoding="async" width="960" height="540" /><figcaption>{esc(c)}</figcaption></figure>')
        props = esc(dump({"src": ["0", "https://media.daisongbe.vn/vod/2024/09/08/tt-1930-cao-su-sau-rieng.mp4"], "poster": ["0", "/_astro/poster-sau-rieng.jpg"]}), True)
        return (f'<nav class="crumbs" aria-label="Breadcrumb"><a href="/tin-tuc">Tin tức</a> / <a href="/tin-tuc/nong-nghiep-nong-thon">Nông nghiệp - Nông thôn</a></nav>'
                f'<article class="story"><a class="chip" href="/chuong-trinh/thoi-su">Thời sự 19h30</a>'
                f'<h1 class="story-title">{esc(A15.title)}</h1>'
                f'<div class="story-meta"><span class="story-time">19:30, 08/09/2024</span> <span class="story-updated">Cập nhật lúc 21:15, 08/09/2024</span></div>'
                f'<astro-island uid="Z1xQ2ab" prefix="r3" component-url="/_astro/VideoPlayer.C9sK1x.js" component-export="default" renderer-url="/_astro/client.Dq2nF8.js" props="{props}" ssr client="visible">'
                f'<div class="player"><video controls preload="none" poster="/_astro/poster-sau-rieng.jpg"></video></div></astro-island>'
                f'<p class="story-lead"><strong>{esc(A15.lead)}</strong></p><div class="story-body prose">{body}'
                f'<p class="story-credit" style="text-align:right"><em>Thực hiện: Thanh Bình - Quốc Huy</em></p></div>'
                f'<ul class="story-tags"><li><a href="/tag/sau-rieng">sầu riêng</a></li><li><a href="/tag/phu-giao">Phú Giáo</a></li></ul></article>'
                f'<section class="more"><h2>Xem thêm</h2>{rel(rng, rl, rd, lambda d: hm(d) + ", " + dmy(d), href="/tin-tuc/{s}", cls="more-list")}</section>')

    def side(rng, pub):
        day = pub + timedelta(days=1)
        rows = "".join(f'<li><span class="t">{h}</span> {esc(p)}</li>' for h, p in [("05:30", "Thể dục buổi sáng"), ("06:00", "Chào buổi sáng"), ("11:30", "Thời sự trưa"),
                                                                                 ("17:45", "Nông nghiệp xanh"), ("19:30", "Thời sự tối"), ("20:15", "Phim truyện: Đất phương Nam")])
        return (f'<div class="schedule"><h3>Lịch phát sóng STV1 - {wd(day)}, {dmy(day)}</h3><ul>{rows}</ul></div>'
                + side_std(rng, pub, "Tin mới", fmt=lambda d: hm(d) + ", " + dmy(d), cls="aside-new"))
    url = "https://daisongbe.vn/tin-tuc/nong-nghiep-nong-thon/nong-dan-phu-giao-chuyen-doi-vuon-cao-su-gia-sang-trong-sau-rieng"
    head = og(A15.title, url, {"article:section": "Thời sự", "og:video": "https://media.daisongbe.vn/vod/2024/09/08/tt-1930-cao-su-sau-rieng.mp4"}) + '<meta name="generator" content="Astro v4.15.4" />'
    return page("s17-15", family="broadcaster_astro_program_chip_thuc_hien_two_names", name="songbe-daiptth-astro-static-crumb-nong-nghiep-nong-thon-program-chip-thoi-su-19h30-og-thoi-su-hh-mm-comma-dd-mm-yyyy-cap-nhat-luc-astro-island-video-bold-lead-italic-thuc-hien-two-names",
                url=url, art=A15, main_fn=main, pub=pub, prefix="stv", kb=110,
                org="Đài Phát thanh và Truyền hình Sông Bé", addr="Số 498 đại lộ Bình Dương, TP Thủ Dầu Một, tỉnh Sông Bé", phone="0274.3822.211",
                top=head_top("stv", "/_astro/logo-stv.svg", "Đài Phát thanh và Truyền hình Sông Bé", days=0, hours=14, fmt=hm), side=side,
                shell_kw={"layout": "astro", "items": MENU_NEWS, "head_extra": head, "title": A15.title + " | STV"},
                exp=expected(A15, iso(pub), updated=iso(upd), author="Thanh Bình, Quốc Huy", category="Nông nghiệp - Nông thôn"),
                traps={"bylines": ["Thực hiện: Thanh Bình - Quốc Huy"], "chrome": ["Thời sự 19h30", "Xem thêm", "Lịch phát sóng STV1"],
                       "related": lambda rl: rl[:4]},
                notes="Astro static build of a provincial radio-TV station: video player in an astro-island. Crumb 'Tin tức / Nông nghiệp - Nông thôn' → 'Nông nghiệp - Nông thôn'; the chip above the h1 'Thời sự 19h30' is the PROGRAMME the report aired in (not a section), og article:section 'Thời sự'. Time-first '19:30, 08/09/2024' + 'Cập nhật lúc 21:15, 08/09/2024' → published + updated. Bold lead paragraph; figure/figcaption. Italic right 'Thực hiện: Thanh Bình - Quốc Huy' → two authors, no unit. TV schedule of the next day with times, header clock later the same night.",
                readme="Astro Đài PT-TH: crumb vs programme chip 'Thời sự 19h30' vs og 'Thời sự', 'HH:MM, dd/mm/yyyy' + 'Cập nhật lúc HH:MM, dd/mm/yyyy', video island, 'Thực hiện: A - B'")


# ===================================================================== 16 Tỉnh đoàn Hà Tuyên: classic ASP table layout, section title cell, 'Ngày …, lúc 8h05', '(CTV)' name + 'Theo baohatuyen.vn' line
A16 = Art("Đoàn viên Chiêm Hóa chế tạo máy tách hạt ngô cho bà con vùng cao",
          "Từ những vật liệu tận dụng, nhóm đoàn viên Chi đoàn xã Yên Nguyên, huyện Chiêm Hóa đã chế tạo thành công máy tách hạt ngô mini chạy điện, giúp bà con vùng cao giảm công lao động, nâng năng suất gấp 10 lần so với tách thủ công.",
          [("p", "Ý tưởng xuất phát từ anh Ma Văn Quyết, Bí thư Chi đoàn thôn Nặm Chá, khi thấy các gia đình trong thôn phải thức đến khuya tách ngô bằng tay sau mỗi vụ thu hoạch. Cùng 4 đoàn viên khác, anh tìm hiểu trên mạng, mua động cơ cũ, tận dụng thùng phuy, lưới thép để chế tạo."),
           ("p", "Sau gần 3 tháng mày mò, thử nghiệm, chiếc máy đầu tiên ra đời với chi phí khoảng 4 triệu đồng, mỗi giờ tách được 500 kg ngô bắp, tỷ lệ hạt vỡ thấp. Đến nay, nhóm đã làm 17 máy bán với giá thành cho bà con trong và ngoài xã."),
           ("img", "/upload/tintuc/2024/may-tach-ngo-yen-nguyen.jpg", "Nhóm đoàn viên xã Yên Nguyên vận hành máy tách hạt ngô"),
           ("p", "Sản phẩm đã đoạt giải Ba Hội thi sáng tạo kỹ thuật cấp tỉnh năm 2024 và được Tỉnh đoàn chọn giới thiệu tham gia Giải thưởng “Tuổi trẻ sáng tạo” toàn quốc.")])


def page16():
    pub = T("2024-09-10 08:05")

    def main(rng, rl, rd):
        body = A16.render(p=lambda t: f'<p align="justify"><font face="Times New Roman" size="3">{esc(t)}</font></p>', img=tcap)
        others = "".join(f'<tr><td><img src="/images/dot.gif" alt="" /> <a href="chitiet.asp?id={rng.randint(2000, 2860)}&amp;cm=14" class="lienket">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></td></tr>'
                         for t, d in zip(rl, rd))
        return (f'<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="tieude_cm" bgcolor="#0066b3" height="28">&nbsp;<font color="#ffffff"><b>Tuổi trẻ sáng tạo</b></font></td></tr>'
                f'<tr><td class="khung_tin" valign="top"><table width="100%" border="0" cellpadding="5" cellspacing="0">'
                f'<tr><td><span class="tieude_tin" style="font-size:17px;font-weight:bold;color:#003399">{esc(A16.title)}</span></td></tr>'
                f'<tr><td class="ngaydang"><i>Ngày 10/09/2024, lúc 8h05</i></td></tr>'
                f'<tr><td class="trich_dan"><b><i>{esc(A16.lead)}</i></b></td></tr>'
                f'<tr><td class="noidung">{body}<p align="right"><b>Minh Thư (CTV)</b><br /><i>Theo baohatuyen.vn</i></p></td></tr>'
                f'<tr><td align="right"><a href="inbai.asp?id=2871" target="_blank">[In bài]</a> <a href="guibai.asp?id=2871">[Gửi cho bạn bè]</a> <a href="javascript:history.back()">[Quay lại]</a></td></tr></table></td></tr>'
                f'<tr><td class="tieude_khac"><b>Các tin đã đưa:</b></td></tr><tr><td><table width="100%" cellpadding="3">{others}</table></td></tr></table>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới cập nhật", cls="td-new")
                + f'<table width="100%" class="td-lich"><tr><td class="tieude_khac"><b>Lịch sự kiện</b></td></tr><tr><td>Đại hội Hội Liên hiệp Thanh niên tỉnh lần thứ VIII: {dmy(pub + timedelta(days=16))}<br />'
                  f'Chung kết Hội thi sáng tạo trẻ: {dmy(pub + timedelta(days=30))}</td></tr></table>'
                + '<div class="td-dem">Số lượt truy cập: <b>1.204.557</b></div>')
    top = (lambda rng, pub: f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner_tinhdoan.jpg" alt="Tỉnh đoàn Hà Tuyên" width="1000" height="140" /></td></tr>'
           f'<tr><td class="menu_ngang" bgcolor="#0066b3"><font color="#ffffff">{esc(wd(pub + timedelta(days=1)))}, {dmy(pub + timedelta(days=1))}</font></td></tr></table>')
    url = "http://tinhdoanhatuyen.org.vn/chitiet.asp?id=2871&cm=14"
    return page("s17-16", family="youth_union_classic_asp_ctv_name_theo_bao_line", name="hatuyen-tinhdoan-classic-asp-table-layout-section-title-cell-tuoi-tre-sang-tao-span-title-ngay-dd-mm-yyyy-luc-8h05-bold-italic-sapo-font-tags-bold-name-ctv-br-italic-theo-baohatuyen-vn",
                url=url, art=A16, main_fn=main, pub=pub, prefix="td", kb=95,
                org="Tỉnh đoàn Hà Tuyên", addr="Số 6 đường Tân Trào, thị xã Tuyên Quang, tỉnh Hà Tuyên", phone="0207.3822.315",
                top=top, side=side, shell_kw={"layout": "table", "items": MENU_MASS, "title": "Tinh doan Ha Tuyen - Tin tuc"},
                exp=expected(A16, iso(pub), author="Minh Thư", category="Tuổi trẻ sáng tạo"),
                traps={"bylines": ["Minh Thư (CTV)"], "sources": ["Theo baohatuyen.vn"], "chrome": ["Các tin đã đưa:", "[In bài]", "Lịch sự kiện", "Số lượt truy cập"],
                       "related": lambda rl: rl[:4]},
                notes="Classic ASP youth-union site (table layout, font tags, unaccented <title>). The section title bar cell 'Tuổi trẻ sáng tạo' over the article box = category (no crumb). The headline is a styled span, not a heading. 'Ngày 10/09/2024, lúc 8h05' (h as the hour separator) → T08:05. Bold-italic sapo = lead; table captions. Foot: bold 'Minh Thư (CTV)' <br> italic 'Theo baohatuyen.vn' → author 'Minh Thư' ('(CTV)' status dropped), the reprint line is a source → author_unit null. Event calendar with future dates, counter.",
                readme="Classic ASP Tỉnh đoàn: section title-bar cell = category, span headline, 'Ngày dd/mm/yyyy, lúc 8h05', bold-italic sapo, 'Name (CTV)' <br> 'Theo baohatuyen.vn' → author, unit null")


# ===================================================================== 17 UBND huyện Thạch Hà: SharePoint 2019, icon home crumb, date only, 'Tin, ảnh: Name (HLHPN huyện)', 'Tin cùng chuyên mục'
A17 = Art("Thạch Hà ra mắt 12 câu lạc bộ “Gia đình hạnh phúc”",
          None,
          [("p", "Ngày 30/8, Hội Liên hiệp Phụ nữ huyện Thạch Hà phối hợp với Phòng Văn hóa - Thông tin huyện tổ chức ra mắt 12 câu lạc bộ “Gia đình hạnh phúc” tại các xã Thạch Đài, Thạch Kênh, Thạch Liên và Việt Xuyên, thu hút gần 400 hội viên tham gia."),
           ("p", "Các câu lạc bộ sinh hoạt định kỳ hằng tháng với nội dung chia sẻ kinh nghiệm nuôi dạy con, phòng, chống bạo lực gia đình, xây dựng bữa cơm gia đình ấm áp; đồng thời tư vấn pháp luật về hôn nhân và gia đình cho các cặp vợ chồng trẻ."),
           ("img", "/PublishingImages/2024/09/ra-mat-clb-gia-dinh-hanh-phuc.jpg", "Ra mắt câu lạc bộ “Gia đình hạnh phúc” xã Thạch Đài"),
           ("p", "Dịp này, Hội LHPN huyện trao 20 suất quà cho các gia đình hội viên có hoàn cảnh khó khăn và biểu dương 15 gia đình tiêu biểu trong phong trào xây dựng gia đình “No ấm, tiến bộ, hạnh phúc”."),
           ("p", "Đến nay, toàn huyện có 47 câu lạc bộ, mô hình về gia đình hoạt động hiệu quả, góp phần giảm các vụ bạo lực gia đình, ly hôn trên địa bàn.")])


def page17():
    pub = T("2024-09-02 09:00")

    def main(rng, rl, rd):
        body = A17.render(p=jp, img=lambda s, c, n: f'<div class="ms-rtestate-read" style="text-align:center"><img src="{s}" alt="" style="width:600px" /><br /><span class="ms-rteStyle-Caption"><em>{esc(c)}</em></span></div>')
        g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
        return (f'<div class="th-article" id="ctl00_ctl40_g_{g}"><h1 class="th-title"><span id="ctl00_ctl40_g_{g}_lblTitle">{esc(A17.title)}</span></h1>'
                f'<div class="th-date">Ngày đăng: <span id="ctl00_ctl40_g_{g}_lblDate">02/09/2024</span> &nbsp;|&nbsp; Lượt xem: 96</div>'
                f'<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field th-body">{body}'
                f'<p style="text-align:right"><strong>Tin, ảnh: Hà Thị Mai (HLHPN huyện)</strong></p></div>'
                f'<div class="th-same"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: "(Ngày " + dmy(d) + ")", href="/tin-tuc/Pages/{s}.aspx", cls="th-same-list")}</div></div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=2), "Lịch công tác tuần của UBND huyện", "th-lich")
                + side_std(rng, pub, "Tin mới", cls="th-new")
                + '<div class="th-dvc"><h3>Một cửa điện tử</h3><p>Hồ sơ tiếp nhận tháng 8/2024: 1.482 - Đúng hạn: 99,2%</p></div>')
    crumbs = ('<div class="th-crumb"><span id="ctl00_PlaceHolderMain_siteMapPath"><span><a href="/" title="Trang chủ"><img src="/_layouts/15/images/thachha/home.png" alt="" /></a></span>'
              '<span> › </span><span><a href="/tin-tuc">Tin tức - Sự kiện</a></span><span> › </span><span class="current"><a href="/tin-tuc/van-hoa-xa-hoi">Văn hóa - Xã hội</a></span></span></div>')
    url = "https://thachha.nghetinh.gov.vn/tin-tuc/van-hoa-xa-hoi/Pages/thach-ha-ra-mat-12-cau-lac-bo-gia-dinh-hanh-phuc.aspx"
    return page("s17-17", family="ubnd_huyen_sharepoint2019_icon_crumb_hlhpn_abbrev", name="nghetinh-thachha-ubnd-sharepoint2019-image-home-crumb-van-hoa-xa-hoi-ngay-dang-dd-mm-yyyy-date-only-no-lead-rte-caption-span-bold-tin-anh-name-paren-hlhpn-huyen-tin-cung-chuyen-muc",
                url=url, art=A17, main_fn=main, pub=pub, prefix="th", kb=205,
                org="Cổng thông tin điện tử huyện Thạch Hà", addr="Thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Nghệ Tĩnh", phone="0239.3845.112",
                crumbs=crumbs, top=head_top("th", "/_layouts/15/images/thachha/banner.jpg", "Cổng thông tin điện tử huyện Thạch Hà", days=3, style="hom_nay"), side=side,
                shell_kw={"layout": "sharepoint", "form": True, "items": MENU_GOV, "title": "Văn hóa - Xã hội"},
                exp=expected(A17, isod(pub), author="Hà Thị Mai", unit="HLHPN huyện", photographer="Hà Thị Mai", category="Văn hóa - Xã hội"),
                traps={"bylines": ["Tin, ảnh: Hà Thị Mai (HLHPN huyện)"], "chrome": ["Tin cùng chuyên mục", "Lượt xem: 96", "Lịch công tác tuần của UBND huyện", "Một cửa điện tử"],
                       "related": lambda rl: rl[:4]},
                notes="SharePoint 2019 publishing page of a district portal: crumb whose home level is an image (empty alt, title 'Trang chủ') › 'Tin tức - Sự kiện' › 'Văn hóa - Xã hội' → 'Văn hóa - Xã hội' (<title> is the section too; the h1 is the title). 'Ngày đăng: 02/09/2024 | Lượt xem: 96' date only → '2024-09-02'. No lead (the text starts with a plain justified paragraph). RTE caption spans. Bold right 'Tin, ảnh: Hà Thị Mai (HLHPN huyện)' → author = photographer, unit the abbreviation 'HLHPN huyện' as printed. Weekly schedule with future dates.",
                readme="SharePoint 2019 UBND huyện: image-only home crumb, 'Ngày đăng: dd/mm/yyyy' date only, no lead, 'Tin, ảnh: Name (HLHPN huyện)', 'Tin cùng chuyên mục' list")


# ===================================================================== 18 Trung tâm Chính trị huyện Châu Phú: Laravel, active parent menu item, deeper crumb, time-first pipe stamp, 'ThS. Name, unit' one line
A18 = Art("Bế giảng lớp trung cấp lý luận chính trị hệ không tập trung khóa 2023 - 2024",
          "Ngày 13/9, Trung tâm Chính trị huyện Châu Phú phối hợp với Trường Chính trị tỉnh Long Châu Hà tổ chức lễ bế giảng và trao bằng tốt nghiệp cho 68 học viên lớp trung cấp lý luận chính trị hệ không tập trung khóa 2023 - 2024.",
          [("p", "Sau 14 tháng học tập, các học viên đã hoàn thành chương trình gồm 4 phần học với 21 học phần, đi thực tế tại các địa phương và viết khóa luận tốt nghiệp. Kết quả, 100% học viên tốt nghiệp, trong đó 19 học viên đạt loại giỏi, 46 học viên đạt loại khá."),
           ("p", "Các học viên là cán bộ chủ chốt cấp xã, trưởng, phó phòng, ban, ngành huyện và cán bộ trong diện quy hoạch. Nhiều khóa luận đề cập trực tiếp những vấn đề thực tiễn như chuyển đổi cơ cấu cây trồng vùng lũ, xây dựng nông thôn mới nâng cao, công tác dân vận ở vùng đồng bào Chăm."),
           ("img", "/storage/posts/2024/09/be-giang-trung-cap-llct-chau-phu.jpg", "Trao bằng tốt nghiệp cho các học viên đạt kết quả xuất sắc"),
           ("p", "Phát biểu tại lễ bế giảng, đồng chí Phó Bí thư Thường trực Huyện ủy đề nghị các học viên vận dụng kiến thức đã học vào thực tiễn công tác, không ngừng tự học, tự rèn luyện, nêu gương trong thực hiện nhiệm vụ.")])


def page18():
    pub = T("2024-09-13 14:10")

    def main(rng, rl, rd):
        body = A18.render(p=jp, img=fig)
        return (f'<div class="post-detail"><h1 class="post-detail__title">{esc(A18.title)}</h1>'
                f'<p class="post-detail__meta text-muted"><i class="bi bi-clock"></i> 14:10 | 13/09/2024 <span class="mx-2">•</span> <i class="bi bi-eye"></i> 157</p>'
                f'<div class="post-detail__excerpt fw-semibold">{esc(A18.lead)}</div><div class="post-detail__content ck-content">{body}'
                f'<p style="text-align:right"><em>ThS. Vũ Thị Thanh Nga, Trung tâm Chính trị huyện Châu Phú</em></p></div>'
                f'<div class="post-detail__share">{share("sharebar")}</div>'
                f'<div class="post-detail__related"><h4>Tin liên quan</h4>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/{s}", cls="related-posts")}</div></div>')

    def topf(rng, pub):
        cur = ' aria-current="page"'
        nav2 = "".join(f'<li class="nav-item"><a class="nav-link{" active" if t == "Tin tức" else ""}"{cur if t == "Tin tức" else ""} href="/{slug(t)}">{esc(t)}</a></li>'
                       for t in ["Trang chủ", "Giới thiệu", "Tin tức", "Đào tạo - Bồi dưỡng", "Tài liệu học tập", "Liên hệ"])
        return (f'<div class="ttct-banner"><img src="/images/banner-ttct-chau-phu.png" alt="Trung tâm Chính trị huyện Châu Phú" /></div>'
                f'<nav class="navbar navbar-expand-lg ttct-nav"><ul class="navbar-nav">{nav2}</ul></nav>')

    def side(rng, pub):
        rows = "".join(f'<tr><td>{dmy(pub + timedelta(days=k))}</td><td>{esc(c)}</td><td>{esc(g)}</td></tr>' for k, c, g in [
            (3, "Lớp bồi dưỡng đảng viên mới khóa III", "Phần 2: Chủ nghĩa Mác - Lênin"), (4, "Lớp bồi dưỡng đảng viên mới khóa III", "Phần 3: Tư tưởng Hồ Chí Minh"),
            (7, "Lớp nhận thức về Đảng khóa IX", "Bài 1: Đảng Cộng sản Việt Nam")])
        return (f'<div class="card ttct-lich"><div class="card-header">Lịch giảng dạy</div><table class="table table-sm"><thead><tr><th>Ngày</th><th>Lớp</th><th>Nội dung</th></tr></thead><tbody>{rows}</tbody></table></div>'
                + side_std(rng, pub, "Tin mới", cls="ttct-new"))
    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li>'
              '<li class="breadcrumb-item active" aria-current="page">Bồi dưỡng lý luận chính trị</li></ol></nav>')
    url = "https://ttctchauphu.longchauha.gov.vn/tin-tuc/boi-duong-ly-luan-chinh-tri/be-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-2023-2024"
    head = (f'<meta name="csrf-token" content="{alnum(random.Random("s17-18csrf"), 40)}" />'
            + og(A18.title, url, {"article:section": "Tin tức"}))
    return page("s17-18", family="political_center_laravel_active_parent_menu_name_comma_unit", name="longchauha-ttct-chauphu-laravel-blade-bootstrap5-active-parent-menu-tin-tuc-crumb-deeper-time-first-hh-mm-pipe-dd-mm-yyyy-excerpt-lead-italic-ths-name-comma-trung-tam-chinh-tri-huyen",
                url=url, art=A18, main_fn=main, pub=pub, prefix="ttct", kb=100,
                org="Trung tâm Chính trị huyện Châu Phú", addr="Thị trấn Cái Dầu, huyện Châu Phú, tỉnh Long Châu Hà", phone="0296.3688.412",
                crumbs=crumbs, top=topf, side=side, shell_kw={"layout": "bootstrap", "head_extra": head, "title": A18.title + " - Trung tâm Chính trị huyện Châu Phú"},
                exp=expected(A18, iso(pub), author="ThS. Vũ Thị Thanh Nga", unit="Trung tâm Chính trị huyện Châu Phú", category="Bồi dưỡng lý luận chính trị"),
                traps={"bylines": ["ThS. Vũ Thị Thanh Nga, Trung tâm Chính trị huyện Châu Phú"], "chrome": ["Lịch giảng dạy", "Tin liên quan"],
                       "schedule": ["Lớp bồi dưỡng đảng viên mới khóa III"], "related": lambda rl: rl[:4]},
                notes="Laravel (Blade, Bootstrap 5) site of a district political training centre. The top menu's active item is the PARENT 'Tin tức' (aria-current), og article:section 'Tin tức'; the crumb goes one level deeper 'Tin tức › Bồi dưỡng lý luận chính trị' → the deepest level. Time-first '14:10 | 13/09/2024' with icons. Semibold excerpt = lead; figure captions. Italic right one-line byline 'ThS. Vũ Thị Thanh Nga, Trung tâm Chính trị huyện Châu Phú' → author with the degree kept + unit (writer and unit joined by ', '). Teaching schedule with future dates.",
                readme="Laravel Trung tâm Chính trị huyện: active PARENT menu item vs deeper crumb, 'HH:MM | dd/mm/yyyy', excerpt lead, italic 'ThS. Name, Trung tâm Chính trị huyện …'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
