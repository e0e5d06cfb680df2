"""Set 9 (1): Party / mass-organisation / agency portals with misplaced or split article parts."""
import random

from .common import Art, T, iso, isod, dmy, hm, esc, heads3, past, wd, expected
from .kit import mk, rel, share, std

# =====================================================================
A1 = Art(
    "Huyện Hàm Yên nhân rộng mô hình “Chi bộ bốn tốt” ở vùng đồng bào dân tộc",
    "Sau hai năm thí điểm, mô hình “Chi bộ bốn tốt” ở 9 thôn vùng đồng bào dân tộc của huyện Hàm Yên đã tạo chuyển biến rõ nét trong chất lượng sinh hoạt chi bộ; huyện quyết định nhân rộng ra toàn bộ 64 chi bộ thôn.",
    [
        ("p", "Theo Ban Tổ chức Huyện ủy Hàm Yên, “bốn tốt” là sinh hoạt tốt, đoàn kết tốt, phát triển kinh tế tốt và giữ gìn an ninh trật tự tốt. Mỗi chi bộ đăng ký chỉ tiêu cụ thể, được đánh giá công khai vào kỳ sinh hoạt cuối quý."),
        ("img", "/upload/2024/07/chi-bo-bon-tot-thon-nam-luong.jpg", "Một buổi sinh hoạt chuyên đề của Chi bộ thôn Nậm Lương, xã Yên Thuận"),
        ("p", "Tại 9 thôn thí điểm, tỷ lệ đảng viên dự sinh hoạt đạt trên 95%; 27 quần chúng ưu tú được kết nạp vào Đảng, trong đó 19 người là đồng bào Dao, Tày, Mông."),
        ("p", "Đồng chí Hoàng Văn Thiêm, Trưởng Ban Tổ chức Huyện ủy cho biết, khó khăn lớn nhất là trình độ của một số bí thư chi bộ còn hạn chế. Huyện sẽ mở 3 lớp bồi dưỡng kỹ năng chủ trì sinh hoạt trong quý III."),
        ("p", "Mục tiêu đến cuối năm 2025, 100% chi bộ thôn của huyện đăng ký thực hiện mô hình, ít nhất 70% chi bộ đạt “bốn tốt”."),
    ])


def page01():
    rng = random.Random("set9-comments-first-01")
    pub = T("2024-07-15 06:40")
    url = "https://baohatuyen.vn/xay-dung-dang/huyen-ham-yen-nhan-rong-mo-hinh-chi-bo-bon-tot-o-vung-dong-bao-dan-toc-128841.html"
    rl = heads3(rng, 6, avoid=[A1.title]); rd = past(pub, rng, 6, 1, 20)
    cm = [("Nguyễn Văn Bình", "15/07/2024 09:12", "Mong huyện sớm có kinh phí hỗ trợ sinh hoạt cho các chi bộ vùng cao, nhiều nơi nhà văn hóa còn tạm bợ."),
          ("Lý Thị Mai", "15/07/2024 10:47", "Thôn tôi đã làm theo mô hình này, sinh hoạt chi bộ giờ đông vui và thiết thực hơn trước."),
          ("Hà Đức Trọng", "15/07/2024 21:05", "Đề nghị báo có thêm bài về cách chấm điểm các tiêu chí bốn tốt.")]
    cbox = ('<section class="binhluan" id="comments"><h3 class="bl-title">Ý kiến bạn đọc (3)</h3><ul class="bl-list">'
            + "".join(f'<li><div class="bl-name"><b>{esc(n)}</b> <span class="bl-time">{d}</span></div><div class="bl-text">{esc(t)}</div>'
                      f'<a class="bl-reply" href="#">Trả lời</a> <a class="bl-like" href="#">Thích</a></li>' for n, d, t in cm)
            + '</ul><form class="bl-form"><textarea placeholder="Ý kiến của bạn"></textarea><input name="ten" placeholder="Họ tên" /><button>Gửi ý kiến</button></form></section>')
    body = A1.render(img=lambda s, c, n: f'<table class="image center"><tr><td><img src="{s}" alt="" /></td></tr><tr><td class="image_desc">{esc(c)}</td></tr></table>')
    main = f"""<article class="detail" style="display:flex;flex-direction:column"><div class="dt-cat"><a href="/xay-dung-dang">Xây dựng Đảng</a></div>
<h1 class="dt-title">{esc(A1.title)}</h1><div class="dt-meta">{wd(pub)}, {dmy(pub)} - {hm(pub)}</div>
<div style="order:9">{cbox}</div>
<div class="dt-sapo" style="order:1"><strong>{esc(A1.lead)}</strong></div>
<div class="dt-body" style="order:2">{body}
<p style="text-align:right"><strong>Thanh Xuân</strong></p></div>
<div style="order:3">{share()}{rel(rng, rl, rd, lambda d: dmy(d), cls="tin-khac", head="Tin cùng chuyên mục")}</div></article>"""
    crumbs = '<div class="crumb"><a href="/">Trang chủ</a> › <a href="/xay-dung-dang">Xây dựng Đảng</a></div>'
    html = std(rng, A1, prefix="bht", kb=165, main=main, crumbs=crumbs, pub=pub, org="Báo Hà Tuyên điện tử",
               addr="Số 8 đường Tân Trào, thành phố Hà Tuyên", phone="0207.3822.145",
               top='<div class="bht-top"><span class="today">Thứ Ba, 16/07/2024</span><a href="/"><img src="/logo.png" alt="Báo Hà Tuyên" /></a></div>')
    return mk("baotinh_comments_box_before_body", "hatuyen-bao-y-kien-ban-doc-before-sapo-flex-order-weekday-dash-time", url, html,
              expected(A1, iso(pub), author="Thanh Xuân", category="Xây dựng Đảng"),
              {"comments": [c[2] for c in cm] + ["Ý kiến bạn đọc (3)", "Gửi ý kiến"], "dates": ["15/07/2024 21:05", "Thứ Ba, 16/07/2024"],
               "bylines": ["Thanh Xuân"], "related": rl[:3], "chrome": ["Tin cùng chuyên mục", "Trả lời"]},
              "Provincial newspaper whose 'Ý kiến bạn đọc' block (3 dated reader comments + form) is in the DOM between the meta line "
              "and the sapo; CSS flex order moves it below the article on screen. Date 'Thứ Hai, 15/07/2024 - 06:40'; header clock "
              "16/07 is the day of the save. Bold sapo = lead; table image with td.image_desc caption; right bold name = author; "
              "category from the section label/crumb.",
              "reader comments (with later dates) before the sapo in DOM order, flex order CSS, 'Thứ Hai, dd/mm/yyyy - HH:MM', table image caption, bold right name")




# =====================================================================
A2 = Art(
    "Bình Trị Thiên: Nạo vét 42 km kênh mương trước mùa mưa lũ",
    "Chi cục Thủy lợi tỉnh Bình Trị Thiên vừa hoàn thành nạo vét 42 km kênh mương nội đồng tại 5 huyện, thị xã, bảo đảm tiêu thoát nước cho hơn 6.000 ha lúa vụ hè thu.",
    [
        ("img", "/Uploads/2024/7/nao-vet-kenh-phong-dien.jpg", "Máy đào nạo vét kênh tiêu N2 qua xã Phong Hòa"),
        ("img", "/Uploads/2024/7/kenh-sau-nao-vet.jpg", "Đoạn kênh sau khi được nạo vét, gia cố mái"),
        ("p", "Tổng kinh phí thực hiện hơn 3,8 tỷ đồng từ nguồn hỗ trợ sản phẩm, dịch vụ công ích thủy lợi. Các tuyến được ưu tiên là kênh tiêu chính ở vùng trũng thường bị ngập khi mưa lớn kéo dài."),
        ("p", "Bên cạnh nạo vét, đơn vị đã sửa chữa 17 cống tiêu, thay mới 6 cánh cửa van bị hư hỏng và phát quang bờ kênh dài gần 20 km."),
        ("p", "Chi cục đề nghị các hợp tác xã nông nghiệp bố trí lực lượng trực cống 24/24 giờ khi có cảnh báo mưa lớn, không để rác thải, lục bình gây ách tắc dòng chảy."),
    ])


def page02():
    rng = random.Random("set9-four-boxes-02")
    pub = isod(T("2024-07-16 00:00"))
    url = "https://snnptnt.binhtrithien.gov.vn/tin-tuc-su-kien/nao-vet-42-km-kenh-muong-truoc-mua-mua-lu-t3187.html"
    rl = heads3(rng, 5, avoid=[A2.title]); rd = past(T("2024-07-16 08:00"), rng, 5, 1, 20)
    imgs = "".join(f'<div class="item-img"><img src="{b[1]}" alt="" /><p class="img-note">{esc(b[2])}</p></div>' for b in A2.blocks if b[0] == "img")
    text = "".join(f"<p>{esc(b[1])}</p>" for b in A2.blocks if b[0] == "p")
    main = f"""<div class="page-title"><h2>Tin tức - Sự kiện</h2></div>
<div class="box box-title"><h1>{esc(A2.title)}</h1><div class="date">Ngày đăng: 16/07/2024</div></div>
<div class="box box-sapo"><div class="box-inner">{esc(A2.lead)}</div></div>
<div class="box box-image"><div class="box-inner">{imgs}</div></div>
<div class="box box-xemthem"><div class="box-head">Xem thêm</div>{rel(rng, rl[:2], rd[:2], None, cls="xt")}</div>
<div class="box box-text"><div class="box-inner">{text}</div></div>
<div class="box box-byline"><div class="box-inner">Tác giả: <b>Lê Thị Hoa</b> - Chi cục Thủy lợi</div></div>
<div class="box box-tool">{share()}</div>
<div class="box box-other"><div class="box-head">Tin đã đăng</div>{rel(rng, rl[2:], rd[2:], lambda d: f"({dmy(d)})", cls="other")}</div>"""
    crumbs = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li></ol>'
    html = std(rng, A2, prefix="snn", kb=120, main=main, crumbs=crumbs, pub=T("2024-07-16 08:00"), form=True,
               org="Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Trị Thiên", addr="Số 7 Lê Lợi, thành phố Huế, tỉnh Bình Trị Thiên", phone="0234.3822.417")
    return mk("agency_four_box_split_article", "binhtrithien-snn-sapo-image-xemthem-text-byline-boxes-date-only-tac-gia-dash-unit", url, html,
              expected(A2, pub, author="Lê Thị Hoa", unit="Chi cục Thủy lợi", category="Tin tức - Sự kiện"),
              {"related": rl[:2] + rl[2:4], "chrome": ["Xem thêm", "Tin đã đăng"], "bylines": ["Tác giả: Lê Thị Hoa - Chi cục Thủy lợi"]},
              "Agency portal that prints the article in separate boxes: title box, sapo box, image box (two photos with p.img-note "
              "captions, printed before any text), a 'Xem thêm' box with two related links, text box, byline box "
              "'Tác giả: Lê Thị Hoa - Chi cục Thủy lợi' → author + unit. 'Ngày đăng: 16/07/2024' only → date only. Sapo box = lead; "
              "body = sapo + text box (the Xem thêm box between them is not body). Category = page-title/last crumb.",
              "article in 4 sibling boxes (sapo, images, text, byline) with a 'Xem thêm' related box between image and text boxes, date only, 'Tác giả: Name - Unit'")


# =====================================================================
A3 = Art(
    "Đại Lộc tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm tại thôn Hà Tân",
    "Tối 15/7, Ủy ban MTTQ Việt Nam huyện Đại Lộc phối hợp với UBND xã Đại Đồng tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm năm 2024 tại thôn Hà Tân.",
    [
        ("p", "Năm qua, người dân thôn Hà Tân đã hiến hơn 3.200 m² đất, đóng góp 640 ngày công để mở rộng 2,1 km đường giao thông nông thôn; thu nhập bình quân đầu người đạt 52 triệu đồng, không còn hộ nghèo."),
        ("img", "/Portals/0/2024/07/ngay-hoi-ha-tan.jpg", "Lãnh đạo huyện tặng quà cho các hộ gia đình tiêu biểu"),
        ("p", "Dịp này, Ủy ban MTTQ huyện tặng 20 suất quà cho hộ cận nghèo, gia đình chính sách; Ban Công tác Mặt trận thôn khen thưởng 12 hộ tiêu biểu trong phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”."),
        ("p", "Sau phần lễ, bà con tham gia các trò chơi dân gian, hội thi ẩm thực và văn nghệ quần chúng kéo dài đến khuya."),
    ])


def page03():
    rng = random.Random("set9-tooltip-date-03")
    pub = T("2024-07-16 10:25")
    url = "https://dailoc.quangnamdanang.gov.vn/Default.aspx?tabid=86&ndid=10342&key=Dai_Loc_to_chuc_Ngay_hoi_Dai_doan_ket"
    rl = heads3(rng, 6, avoid=[A3.title]); rd = past(pub, rng, 6, 1, 20)
    body = A3.render(p=lambda t: f'<p class="MsoNormal" style="text-indent:36pt">{esc(t)}</p>',
                     img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" width="550" /></p><p style="text-align:center"><em>{esc(c)}</em></p>')
    main = f"""<div class="news-detail"><h1 class="nd-title">{esc(A3.title)}</h1>
<div class="nd-tools"><span class="ico ico-calendar" title="{dmy(pub)} {hm(pub)}"></span> <span class="ico ico-eye" title="Lượt xem"></span> 318 <span class="ico ico-print" title="In trang"></span> <span class="ico ico-font" title="Cỡ chữ"></span> A- A+</div>
<div class="nd-sapo"><b>{esc(A3.lead)}</b></div><div class="nd-content">{body}</div>
<p class="nd-author" style="text-align:right"><b>Minh Tâm</b> (Trung tâm VH-TT-TT huyện)</p>
{rel(rng, rl, rd, lambda d: f"- {dmy(d)}", cls="nd-other", head="Các tin khác")}</div>"""
    crumbs = '<div class="path"><a href="/">Trang chủ</a> » <a href="#">Tin tức</a> » <a href="#">Mặt trận - Đoàn thể</a></div>'
    html = std(rng, A3, prefix="dlc", kb=130, main=main, crumbs=crumbs, pub=pub, form=True,
               org="Cổng thông tin điện tử huyện Đại Lộc", addr="Khu 5, thị trấn Ái Nghĩa, huyện Đại Lộc, tỉnh Quảng Nam - Đà Nẵng", phone="0235.3865.028",
               top='<div class="dlc-top"><span class="clock">Thứ Năm, ngày 18/07/2024</span></div>')
    return mk("dnn_district_tooltip_date_icon", "quangnamdanang-dailoc-date-only-in-calendar-icon-title-attr-views-icons-name-paren-unit", url, html,
              expected(A3, iso(pub), author="Minh Tâm", unit="Trung tâm VH-TT-TT huyện", category="Mặt trận - Đoàn thể"),
              {"dates": ["Thứ Năm, ngày 18/07/2024"], "related": rl[:3], "chrome": ["Các tin khác", "A- A+", "318"], "bylines": ["Minh Tâm"]},
              "DNN district portal: the publication stamp is only in the title attribute (tooltip) of an empty calendar icon "
              "span ('16/07/2024 10:25'); no visible date in the article; the header clock 18/07 is the save day. Taken as "
              "published 10:25 (it is the page's own stamp, shown on hover). Bold sapo, MsoNormal paragraphs, italic centred "
              "caption, 'Minh Tâm (Trung tâm VH-TT-TT huyện)' → author + unit. Category = last crumb.",
              "date only in an icon's title attribute (tooltip), view/print/font icons, save-day clock, MsoNormal paragraphs, 'Name (Unit)'")


# =====================================================================
A4 = Art(
    "Hội Cựu chiến binh huyện Lạc Thủy giúp hội viên thoát nghèo bằng mô hình nuôi bò sinh sản",
    "Sau 3 năm triển khai, mô hình “Tổ hợp tác chăn nuôi bò sinh sản” do Hội CCB huyện Lạc Thủy hỗ trợ đã giúp 14 hộ hội viên thoát nghèo bền vững.",
    [
        ("p", "Mô hình được xây dựng từ nguồn vốn ủy thác của Ngân hàng Chính sách xã hội cùng quỹ “Cựu chiến binh giúp nhau làm kinh tế” với tổng số vốn 1,2 tỷ đồng. Mỗi hộ được vay 50 triệu đồng, mua 2 con bò cái giống."),
        ("p", "Hội viên trong tổ thay phiên nhau trồng cỏ, chia sẻ kinh nghiệm phòng bệnh và cùng liên hệ thương lái để bán bê với giá ổn định. Đến nay, đàn bò của tổ đã tăng từ 28 lên 61 con."),
        ("img", "/upload/ccb/2024/bo-sinh-san-lac-thuy.jpg", "Cựu chiến binh Bùi Văn Hiến chăm sóc đàn bò của gia đình"),
        ("p", "Năm 2024, Hội CCB huyện phấn đấu nhân rộng mô hình ra 4 xã còn lại, giúp thêm 10 hộ hội viên thoát nghèo."),
    ])


def page04():
    rng = random.Random("set9-two-dates-04")
    pub, upd = T("2024-07-17 08:05"), T("2024-07-18 15:30")
    url = "https://cuuchienbinh.hasonbinh.vn/index.php/guong-dien-hinh/hoi-ccb-huyen-lac-thuy-giup-hoi-vien-thoat-ngheo-1742"
    rl = heads3(rng, 6, avoid=[A4.title]); rd = past(pub, rng, 6, 1, 20)
    body = A4.render(img=lambda s, c, n: f'<div class="anh"><img src="{s}" /><div class="chuthich"><i>{esc(c)}</i></div></div>')
    main = f"""<div class="tin-chitiet"><div class="chuyenmuc">Gương điển hình</div><h2 class="tieude">{esc(A4.title)}</h2>
<div class="thongtin">Ngày đăng: {dmy(pub)} {hm(pub)} | Ngày sửa: {dmy(upd)} {hm(upd)} | Lượt đọc: 207</div>
<div class="tomtat"><i>{esc(A4.lead)}</i></div><div class="noidung">{body}</div>
<div class="tacgia" style="text-align:right">Nguyễn Hữu Lộc (Hội CCB huyện Lạc Thủy)</div>
{rel(rng, rl, rd, lambda d: f"[{dmy(d)}]", cls="tinlienquan", head="Tin liên quan")}</div>"""
    html = std(rng, A4, prefix="ccb", kb=95, main=main, pub=pub, org="Hội Cựu chiến binh tỉnh Hà Sơn Bình",
               addr="Số 12 đường Cù Chính Lan, thành phố Hòa Bình, tỉnh Hà Sơn Bình", phone="0218.3852.339")
    return mk("mass_org_php_two_dates_one_line", "hasonbinh-ccb-ngay-dang-ngay-sua-same-line-luot-doc-italic-tomtat-name-paren-unit", url, html,
              expected(A4, iso(pub), iso(upd), author="Nguyễn Hữu Lộc", unit="Hội CCB huyện Lạc Thủy", category="Gương điển hình"),
              {"meta": ["Lượt đọc: 207"], "related": rl[:3], "chrome": ["Tin liên quan"], "bylines": ["Nguyễn Hữu Lộc (Hội CCB huyện Lạc Thủy)"]},
              "Veterans' association site (in-house PHP): one meta line 'Ngày đăng: 17/07/2024 08:05 | Ngày sửa: 18/07/2024 15:30 | "
              "Lượt đọc: 207' → published 08:05 on the 17th, updated 15:30 on the 18th. Italic summary = lead; 'Name (Unit)' foot; "
              "category from the section label above the title (no breadcrumb).",
              "'Ngày đăng: … | Ngày sửa: …' in one line with a view count, italic summary, section label only, 'Name (Unit)'")


# =====================================================================
A5 = Art(
    "Huyện ủy Thanh Ba quán triệt Quy định về kiểm soát quyền lực trong công tác cán bộ",
    "Sáng 18/7, Ban Thường vụ Huyện ủy Thanh Ba tổ chức hội nghị trực tuyến đến 27 điểm cầu cơ sở quán triệt các quy định mới của Bộ Chính trị về công tác cán bộ và kiểm soát quyền lực.",
    [
        ("p", "Hơn 1.300 cán bộ, đảng viên dự hội nghị. Báo cáo viên của Ban Tuyên giáo Huyện ủy đã truyền đạt những nội dung cơ bản, điểm mới của các quy định; nhấn mạnh trách nhiệm của người đứng đầu trong phòng ngừa chạy chức, chạy quyền."),
        ("h", "Gắn với kiểm tra, giám sát"),
        ("p", "Phát biểu kết luận, đồng chí Đinh Quang Vinh, Bí thư Huyện ủy yêu cầu các chi, đảng bộ xây dựng kế hoạch thực hiện trước ngày 15/8/2024, đưa nội dung kiểm soát quyền lực vào chương trình kiểm tra, giám sát năm."),
        ("p", "Ủy ban Kiểm tra Huyện ủy được giao theo dõi, đôn đốc, định kỳ 6 tháng báo cáo Ban Thường vụ kết quả thực hiện."),
    ])


def page05():
    rng = random.Random("set9-group-byline-mid-05")
    pub = T("2024-07-18 11:20")
    url = "https://thanhba.vinhphu.dcs.vn/chinh-tri-tu-tuong/quan-triet-quy-dinh-kiem-soat-quyen-luc-trong-cong-tac-can-bo-4471.html"
    rl = heads3(rng, 6, avoid=[A5.title]); rd = past(pub, rng, 6, 1, 20)
    body = A5.render(h=lambda t: f"<h3>{esc(t)}</h3>")
    main = f"""<div class="post"><div class="post-head"><h1>{esc(A5.title)}</h1><span class="post-date">{dmy(pub)} {hm(pub)}</span></div>
<div class="post-sapo">{esc(A5.lead)}</div>
<div class="post-byline"><span class="by">Nhóm PV Ban Tuyên giáo</span></div>
<div class="post-body">{body}</div>
<div class="post-tags">Từ khóa: <a href="#">kiểm soát quyền lực</a>, <a href="#">công tác cán bộ</a></div>
{rel(rng, rl, rd, lambda d: dmy(d), cls="post-related", head="Bài viết khác")}</div>"""
    crumbs = '<nav class="bc"><a href="/">Trang chủ</a> / <a href="/chinh-tri-tu-tuong">Chính trị - Tư tưởng</a></nav>'
    html = std(rng, A5, prefix="hutb", kb=140, main=main, crumbs=crumbs, pub=pub, org="Trang thông tin điện tử Huyện ủy Thanh Ba",
               addr="Khu 6, thị trấn Thanh Ba, tỉnh Vĩnh Phú", phone="0210.3885.216")
    return mk("party_district_group_byline_mid", "vinhphu-thanhba-nhom-pv-byline-between-sapo-and-text-h3-subhead-tags", url, html,
              expected(A5, iso(pub), author="Nhóm PV Ban Tuyên giáo", category="Chính trị - Tư tưởng"),
              {"bylines": ["Nhóm PV Ban Tuyên giáo"], "tags": ["Từ khóa:"], "related": rl[:3], "chrome": ["Bài viết khác"]},
              "District Party site: the byline div 'Nhóm PV Ban Tuyên giáo' sits between the sapo and the article text (it must "
              "not split or enter the body). A group byline naming a reporters' team → author as printed (unit null). h3 "
              "sub-head is body. Date '18/07/2024 11:20'.",
              "group byline 'Nhóm PV Ban Tuyên giáo' between sapo and text, h3 sub-head, tags, plain 'dd/mm/yyyy HH:MM'")


# =====================================================================
A6 = Art(
    "Tỉnh đoàn Cửu Long ra quân Chiến dịch Thanh niên tình nguyện hè 2024",
    "Sáng 19/7, tại xã Long Phú, huyện Tam Bình, Tỉnh đoàn Cửu Long tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 với sự tham gia của hơn 800 đoàn viên, thanh niên.",
    [
        ("p", "Trong 45 ngày, các đội hình tình nguyện sẽ bê tông hóa 3,5 km đường giao thông nông thôn, xây 2 cây cầu nông thôn, thắp sáng 12 km đường quê và tổ chức lớp học kỹ năng số cho người dân."),
        ("img", "/uploads/tinhdoan/2024/ra-quan-tinh-nguyen-he.jpg", "Đoàn viên, thanh niên ra quân làm đường giao thông nông thôn tại ấp Phú Long"),
        ("p", "Tại lễ ra quân, Tỉnh đoàn trao 50 phần quà cho thiếu nhi có hoàn cảnh khó khăn và bàn giao 1 căn nhà khăn quàng đỏ trị giá 60 triệu đồng."),
        ("p", "Chiến dịch năm nay có 24 đội hình cấp tỉnh và 96 đội hình cấp huyện, tập trung ở 15 xã đang xây dựng nông thôn mới nâng cao."),
    ])


def page06():
    rng = random.Random("set9-byline-phone-06")
    pub = T("2024-07-19 14:10")
    url = "https://tinhdoan.cuulong.gov.vn/tin-hoat-dong/tinh-doan-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2024-2281"
    rl = heads3(rng, 6, avoid=[A6.title]); rd = past(pub, rng, 6, 1, 20)
    body = A6.render()
    main = f"""<div class="article"><h1 class="article-title">{esc(A6.title)}</h1><div class="article-date"><i class="fa fa-calendar"></i> {dmy(pub)} {hm(pub)}</div>
<div class="article-sapo"><p><strong>{esc(A6.lead)}</strong></p></div><div class="article-body">{body}
<p style="text-align:right"><em>Phạm Quốc Thắng - ĐT: 0939 421 556 - Email: thangpq.tdcl@gmail.com</em></p></div>
{share()}{rel(rng, rl, rd, lambda d: dmy(d), cls="lienquan", head="Tin hoạt động khác")}</div>"""
    crumbs = '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-hoat-dong">Tin hoạt động</a></li></ul>'
    html = std(rng, A6, prefix="tdcl", kb=110, main=main, crumbs=crumbs, pub=pub, org="Tỉnh đoàn Cửu Long",
               addr="Số 35 đường 2/9, thành phố Vĩnh Long, tỉnh Cửu Long", phone="0270.3822.611")
    return mk("youth_union_byline_phone_email", "cuulong-tinhdoan-byline-with-phone-and-email-fa-calendar-figcaption", url, html,
              expected(A6, iso(pub), author="Phạm Quốc Thắng", category="Tin hoạt động"),
              {"bylines": ["Phạm Quốc Thắng - ĐT: 0939 421 556 - Email: thangpq.tdcl@gmail.com", "0939 421 556", "thangpq.tdcl@gmail.com"],
               "related": rl[:3], "chrome": ["Tin hoạt động khác"]},
              "Provincial Youth Union site; the foot byline carries the contributor's phone and e-mail "
              "('Phạm Quốc Thắng - ĐT: 0939 421 556 - Email: …') → author 'Phạm Quốc Thắng' only; phone and e-mail are neither "
              "author, unit nor body. fa-calendar date '19/07/2024 14:10'; bold sapo; figcaption.",
              "italic foot byline with phone and e-mail, fa-calendar 'dd/mm/yyyy HH:MM', bold sapo, figcaption")


PAGES = [page01, page02, page03, page04, page05, page06]
