"""Set 20 pages 10-18: a Cổng TTĐT tỉnh, a Sở NN&PTNT, the Hội Nông dân, the Tỉnh đoàn, a Ban Tuyên giáo, the MTTQ,
an Đảng ủy phường and two Huyện ủy — categories, captions, leads, update stamps and the end of the text in new shapes;
page 14 carries one TWIST (a contest-entry note printed after the last paragraph of the text)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum, epoch_ms
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb
from .p_01_pages import head_top


# ===================================================================== 10 Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu: sphere portal, two-level 'Chuyên mục: A / B' label, caption ABOVE the photo (figcaption first)
A10 = Art("Bà Rịa - Vũng Tàu đón hơn 1,2 triệu lượt khách trong 10 tháng cuối mùa mưa",
          "Theo Sở Văn hóa, Thể thao và Du lịch, 10 tháng năm 2024, toàn tỉnh đón hơn 14,8 triệu lượt khách, tăng 12% so với cùng kỳ; riêng giai đoạn cuối mùa mưa đón hơn 1,2 triệu lượt, doanh thu du lịch đạt gần 2.900 tỷ đồng.",
          [("p", "Lượng khách tăng mạnh nhờ các sự kiện văn hóa, thể thao được tổ chức liên tục tại Vũng Tàu, Long Hải, Hồ Tràm như giải chạy bán marathon, lễ hội ẩm thực biển, tuần lễ du lịch cộng đồng Côn Đảo. Công suất phòng bình quân các cơ sở lưu trú đạt 62%, các dịp cuối tuần đạt trên 90%."),
           ("img", "/sphere/baria/upload/2024/11/bai-sau-vung-tau.jpg", "Du khách tắm biển tại Bãi Sau, TP Vũng Tàu dịp cuối tuần"),
           ("p", "Ngành du lịch tỉnh đang tập trung phát triển các sản phẩm du lịch đêm, du lịch nông nghiệp gắn với trải nghiệm ở Châu Đức, Xuyên Mộc; số hóa điểm đến, đưa 46 điểm tham quan lên bản đồ du lịch thông minh."),
           ("p", "Sở Văn hóa, Thể thao và Du lịch cũng tăng cường kiểm tra, xử lý tình trạng chèo kéo, nâng giá dịch vụ; công bố đường dây nóng tiếp nhận phản ánh của du khách 24/7.")])


def page10():
    pub, upd = T("2024-11-18 07:45"), T("2024-11-18 11:05")

    def main(rng, rl, rd):
        body = A10.render(p=jp, img=lambda s, c, n: f'<figure class="figure w-100"><figcaption class="figure-caption text-center font-italic mb-1">{esc(c)}</figcaption><img class="figure-img img-fluid" src="{s}" alt="" /></figure>')
        return (f'<div class="card card-box"><div class="card-body">'
                f'<div class="cat-label">Chuyên mục: <a href="/sphere/baria/vungtau/page/kinh-te.cpx">Kinh tế</a> / <a href="/sphere/baria/vungtau/page/du-lich.cpx">Du lịch</a></div>'
                f'<h1 class="card-title">{esc(A10.title)}</h1>'
                f'<div class="text-muted small"><span class="time" data-time="{epoch_ms(pub)}">Thứ Hai, 18/11/2024 07:45</span> | <span class="modified">Cập nhật lần cuối: 18/11/2024 11:05</span>'
                f' | <a href="#" class="readaloud">Đọc bài viết</a> | <a href="#">In bài</a> | <a href="#">A-</a> <a href="#">A+</a></div>'
                f'<p class="lead"><strong>{esc(A10.lead)}</strong></p><div class="content-detail">{body}'
                f'<p style="text-align:right"><strong>Thúy Hằng (Sở Văn hóa, Thể thao và Du lịch)</strong></p></div>'
                f'<div class="qr-box"><img src="/sphere/qr?uuid={hexid(rng, 24)}" alt="QR" width="90" /><span>Quét mã QR để đọc bài trên điện thoại</span></div></div></div>'
                f'<div class="card card-box"><div class="card-header">Tin liên quan</div><div class="card-body">{rel(rng, rl, rd, lambda d: dmy(d, "."), href="/sphere/baria/vungtau/page/xem-tin.cpx?uuid={n}", cls="lien-quan")}</div></div>')

    crumbs = crumb([("Trang chủ", "/sphere/baria/vungtau/page/home.cpx"), ("Tin tức - Sự kiện", "/sphere/baria/vungtau/page/tin-tuc.cpx")], cls="breadcrumb")
    url = "https://baria-vungtau.gov.vn/sphere/baria/vungtau/page/xem-tin.cpx?uuid=6735a0c2e4b0b1f9a2d3c481"
    head = og(A10.title, url, {"og:description": A10.lead, "og:site_name": "Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu"})
    return page("s20-10", family="province_portal_sphere_two_level_category_label_caption_above",
                name="bariavungtau-congttdt-sphere-card-box-generic-crumb-chuyen-muc-label-kinh-te-slash-du-lich-thu-hai-dd-mm-yyyy-hh-mm-data-time-cap-nhat-lan-cuoi-strong-lead-figcaption-before-img-name-paren-so-qr-box-tin-lien-quan",
                url=url, art=A10, main_fn=main, pub=pub, prefix="brvt", kb=190,
                org="Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu", addr="Số 198 đường Bạch Đằng, phường Phước Trung, TP Bà Rịa, tỉnh Bà Rịa - Vũng Tàu", phone="0254.3852.112",
                crumbs=crumbs, top=head_top("brvt", "/sphere/baria/images/banner.png", "Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu", days=1, hours=5),
                side=lambda rng, pub: side_std(rng, pub, "Tin nổi bật", fmt=lambda d: dmy(d, "."), cls="brvt-hot") + schedule(rng, pub + timedelta(days=1), "Lịch làm việc của lãnh đạo UBND tỉnh", "brvt-lich"),
                shell_kw={"layout": "bootstrap", "items": MENU_GOV, "head_extra": head, "title": "Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu"},
                exp=expected(A10, iso(pub), updated=iso(upd), author="Thúy Hằng", unit="Sở Văn hóa, Thể thao và Du lịch", category="Du lịch"),
                traps={"bylines": ["Thúy Hằng (Sở Văn hóa, Thể thao và Du lịch)"], "chrome": ["Quét mã QR để đọc bài trên điện thoại", "Tin liên quan", "Đọc bài viết", "Lịch làm việc của lãnh đạo UBND tỉnh"],
                       "related": lambda rl: rl[:4]},
                notes="sphere portal (Bootstrap card-box) of a Cổng TTĐT tỉnh. The crumb stops at the generic 'Tin tức - Sự kiện'; above the h1 a label prints two levels 'Chuyên mục: Kinh tế / Du lịch' → the deeper 'Du lịch' (label dropped). 'Thứ Hai, 18/11/2024 07:45' (span.time with epoch ms) and 'Cập nhật lần cuối: 18/11/2024 11:05' → published + updated. Strong p.lead = lead. The caption is printed ABOVE the photo (figcaption before the img) → caption. 'Thúy Hằng (Sở Văn hóa, Thể thao và Du lịch)' → author + unit (the unit's commas belong to its name). QR box and 'Tin liên quan' close the article.",
                readme="sphere Cổng TTĐT: two-level label 'Chuyên mục: Kinh tế / Du lịch' over a generic crumb, 'Thứ Hai, dd/mm/yyyy HH:MM' + 'Cập nhật lần cuối:', strong lead, figcaption ABOVE the photo, 'Name (Sở …)', QR box")


# ===================================================================== 11 Sở NN&PTNT Trà Vinh: SharePoint 2013, crumb ending in 'Chi tiết tin', empty summary field, dashed date, 'Văn bản liên quan'
A11 = Art("Trà Vinh tiêm hơn 180.000 liều vắc xin phòng bệnh cho gia súc, gia cầm đợt II",
          None,
          [("p", "Ngày 18/11, Chi cục Chăn nuôi và Thú y tỉnh cho biết, đợt tiêm phòng vắc xin đợt II năm 2024 đã được triển khai đồng loạt tại 9 huyện, thị xã, thành phố, với tổng số hơn 180.000 liều vắc xin các loại, tập trung vào bệnh lở mồm long móng, viêm da nổi cục trên trâu bò và cúm gia cầm."),
           ("img", "/SiteAssets/Lists/TinTuc/2024/11/tiem-phong-gia-suc.jpg", "Cán bộ thú y xã Long Hiệp, huyện Trà Cú tiêm vắc xin phòng bệnh viêm da nổi cục cho đàn bò"),
           ("p", "Để bảo đảm tiến độ, ngành chức năng đã tập huấn cho 106 cán bộ thú y cấp xã, phân bổ vắc xin, dụng cụ đến tận ấp; vận động người chăn nuôi tiêm phòng đầy đủ, kết hợp vệ sinh, tiêu độc khử trùng chuồng trại."),
           ("p", "Hiện tổng đàn bò toàn tỉnh khoảng 221.000 con, đàn heo 254.000 con, đàn gia cầm 6,2 triệu con. Từ đầu năm đến nay, tỉnh không để xảy ra dịch bệnh nguy hiểm lây lan diện rộng."),
           ("p", "Chi cục Chăn nuôi và Thú y đề nghị các địa phương hoàn thành tiêm phòng trước ngày 15/12/2024 và báo cáo kết quả trước ngày 20/12/2024.")])


def page11():
    pub = T("2024-11-18 15:30")

    def main(rng, rl, rd):
        body = A11.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=tcap)
        docs = [("Công văn số 1542/CCCNTY-TY về tiêm phòng đợt II năm 2024", "04/11/2024"), ("Kế hoạch số 87/KH-SNN phòng, chống dịch bệnh động vật năm 2024", "12/02/2024")]
        dl = "".join(f'<tr><td><a href="/VanBan/{slug(t)[:40]}.pdf">{esc(t)}</a></td><td>{d}</td></tr>' for t, d in docs)
        return (f'<div class="news-detail"><h1 class="news-title"><span id="ctl00_PlaceHolderMain_ctl00_lblTitle">{esc(A11.title)}</span></h1>'
                f'<div class="news-date"><span id="ctl00_PlaceHolderMain_ctl00_lblDate">Ngày đăng: 18-11-2024 15:30</span></div>'
                f'<div class="news-summary" id="ctl00_PlaceHolderMain_ctl00_divArticleDescription"></div>'
                f'<div class="news-content ms-rtestate-field">{body}</div>'
                f'<div class="news-author" style="text-align:right"><span id="ctl00_PlaceHolderMain_ctl00_lblAuthor"><b>Thạch Sô Phia - Chi cục Chăn nuôi và Thú y</b></span></div>'
                f'<div class="news-docs"><h4>Văn bản liên quan</h4><table class="ms-listviewtable"><tr><th>Trích yếu</th><th>Ngày ban hành</th></tr>{dl}</table></div>'
                f'<div class="news-old"><h4>Các tin đã đưa ngày: <input type="text" value="18/11/2024" /> <input type="button" value="Xem" /></h4>'
                f'{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/Pages/chi-tiet-tin.aspx?ItemID={n}", cls="news-old-list")}</div></div>')

    crumbs = ('<div class="ms-breadcrumb-box"><span id="ctl00_PlaceHolderMain_SiteMapPath"><a href="/Pages/default.aspx">Trang chủ</a> &gt; <a href="/tintuc">Tin tức</a> &gt; '
              '<a href="/tintuc/channuoi">Chăn nuôi - Thú y</a> &gt; <span class="current">Chi tiết tin</span></span></div>')
    url = "https://snnptnt.travinh.gov.vn/tintuc/channuoi/Pages/chi-tiet-tin.aspx?ItemID=2841&l=TinTuc"
    head = '<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />' + og(A11.title, url)
    return page("s20-11", family="department_agriculture_sharepoint2013_crumb_chi_tiet_tin_empty_summary",
                name="travinh-snnptnt-sharepoint2013-crumb-gt-chan-nuoi-thu-y-gt-chi-tiet-tin-lbldate-ngay-dang-dd-mm-yyyy-dashes-hh-mm-empty-articledescription-no-lead-td-image-desc-lblauthor-khmer-name-dash-chi-cuc-van-ban-lien-quan-cac-tin-da-dua",
                url=url, art=A11, main_fn=main, pub=pub, prefix="snn", kb=230,
                org="Sở Nông nghiệp và Phát triển nông thôn tỉnh Trà Vinh", addr="Số 02 đường Phạm Thái Bường, phường 4, TP Trà Vinh, tỉnh Trà Vinh", phone="0294.3862.374",
                crumbs=crumbs, top=head_top("snn", "/SiteAssets/banner-snn.png", "Sở NN&PTNT Trà Vinh", days=2, hours=0),
                side=lambda rng, pub: side_std(rng, pub, "Thông báo", fmt=lambda d: dmy(d), cls="snn-tb") + '<div class="snn-weather"><h3>Thời tiết Trà Vinh</h3><p>27°C - 32°C, có mưa rào</p><p>Cập nhật: 18/11/2024 06:00</p></div>',
                shell_kw={"layout": "sharepoint", "form": True, "items": MENU_GOV, "head_extra": head, "title": "Chi tiết tin"},
                exp=expected(A11, iso(pub), author="Thạch Sô Phia", unit="Chi cục Chăn nuôi và Thú y", category="Chăn nuôi - Thú y"),
                traps={"bylines": ["Thạch Sô Phia - Chi cục Chăn nuôi và Thú y"], "documents": ["Công văn số 1542/CCCNTY-TY về tiêm phòng đợt II năm 2024", "Văn bản liên quan"],
                       "chrome": ["Các tin đã đưa ngày:", "Chi tiết tin", "Thời tiết Trà Vinh"], "related": lambda rl: rl[:4]},
                notes="SharePoint 2013 (FPT-style web parts, ViewState) of a Sở NN&PTNT. Crumb 'Trang chủ > Tin tức > Chăn nuôi - Thú y > Chi tiết tin' — the last level is the page-type name, not a section → 'Chăn nuôi - Thú y'. lblDate 'Ngày đăng: 18-11-2024 15:30' (dashes) → T15:30; no update stamp anywhere. The summary element (divArticleDescription) is EMPTY → lead null; the text starts with its first paragraph. td.image_desc caption. lblAuthor 'Thạch Sô Phia - Chi cục Chăn nuôi và Thú y' (Khmer name) → author + unit. 'Văn bản liên quan' table (issue dates) and 'Các tin đã đưa ngày:' close the article. Deadlines 15/12 and 20/12 in the text and a weather 'Cập nhật' are decoys.",
                readme="SharePoint 2013 Sở NN&PTNT: crumb ending in the page-type 'Chi tiết tin' (→ the level before), dashed 'dd-mm-yyyy HH:MM', EMPTY summary element (lead null), td.image_desc, Khmer 'Name - Chi cục …', 'Văn bản liên quan' table closing the text")


# ===================================================================== 12 Hội Nông dân tỉnh Bình Định: CodeIgniter, icon-only crumb root, two photos sharing ONE caption, grey box sapo, poll after the byline
A12 = Art("Nông dân Hoài Ân làm giàu từ mô hình nuôi bò vỗ béo",
          "Từ nguồn vốn Quỹ Hỗ trợ nông dân, nhiều hội viên ở huyện Hoài Ân đã mạnh dạn đầu tư nuôi bò vỗ béo theo hướng an toàn sinh học, cho thu nhập từ 200 đến 400 triệu đồng mỗi năm.",
          [("p", "Anh Đinh Văn Phú, hội viên Chi hội Nông dân thôn Vĩnh Đức, xã Ân Tín là một trong những hộ đi đầu. Năm 2021, anh vay 80 triệu đồng từ Quỹ Hỗ trợ nông dân, cải tạo chuồng trại, mua 6 con bò lai về vỗ béo. Đến nay, trại của anh thường xuyên duy trì 25 - 30 con, mỗi lứa xuất chuồng sau 4 tháng."),
           ("p", "Anh Phú chia sẻ, bí quyết là chọn giống tốt, trồng cỏ VA06 và tận dụng phụ phẩm nông nghiệp ủ chua làm thức ăn, giảm 30% chi phí. Chất thải được xử lý bằng đệm lót sinh học, dùng bón cho vườn cỏ."),
           ("raw", "__PHOTOS__"),
           ("p", "Hiện toàn huyện có 18 tổ hội nghề nghiệp chăn nuôi bò với 240 thành viên. Hội Nông dân huyện phối hợp Trạm Khuyến nông mở 6 lớp tập huấn kỹ thuật, hỗ trợ hội viên liên kết tiêu thụ với các lò mổ, doanh nghiệp trong và ngoài tỉnh."),
           ("p", "Thời gian tới, Hội Nông dân tỉnh sẽ tiếp tục ưu tiên nguồn vốn Quỹ Hỗ trợ nông dân cho các dự án chăn nuôi theo chuỗi, gắn với xây dựng thương hiệu “Bò Hoài Ân”.")])
CAP12 = "Trại bò vỗ béo của anh Đinh Văn Phú (trái) và khu trồng cỏ VA06 làm thức ăn cho đàn bò (phải)"


def page12():
    pub = T("2024-11-19 09:15")

    def main(rng, rl, rd):
        photos = (f'<table class="hnd-2img" width="100%"><tbody><tr><td width="50%"><img src="/uploads/news/2024/11/trai-bo-an-tin.jpg" alt="" style="width:100%" /></td>'
                  f'<td width="50%"><img src="/uploads/news/2024/11/co-va06-an-tin.jpg" alt="" style="width:100%" /></td></tr>'
                  f'<tr><td colspan="2" class="hnd-cap" style="text-align:center"><em>{esc(CAP12)}</em></td></tr></tbody></table>')
        body = A12.render(p=jp, raw=lambda _: photos)
        return (f'<div class="hnd-detail"><h1 class="hnd-title">{esc(A12.title)}</h1>'
                f'<div class="hnd-info"><span>Ngày 19/11/2024 | 09:15</span> <span>Lượt xem: 256</span></div>'
                f'<div class="hnd-sapo" style="background:#f2f2f2;padding:10px">{esc(A12.lead)}</div>'
                f'<div class="hnd-content">{body}<p style="text-align:right"><strong>Bài, ảnh: Văn Lực</strong></p></div>'
                + poll("Anh/chị đã tiếp cận nguồn vốn Quỹ Hỗ trợ nông dân chưa?", ["Đã được vay", "Đang làm hồ sơ", "Chưa biết thủ tục"], cls="hnd-poll")
                + f'<div class="hnd-samecat"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/{s}-{n}.html", cls="hnd-rel")}</div></div>')

    crumbs = ('<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li><a href="/" title="Trang chủ"><i class="fa fa-home"></i></a></li>'
              '<li><a href="/phong-trao-nong-dan">Phong trào nông dân</a></li><li><a href="/phong-trao-nong-dan/nong-dan-san-xuat-kinh-doanh-gioi">Nông dân sản xuất, kinh doanh giỏi</a></li></ol>')
    url = "https://hoinongdan.binhdinh.gov.vn/tin-tuc/nong-dan-hoai-an-lam-giau-tu-mo-hinh-nuoi-bo-vo-beo-3319.html"
    head = og(A12.title, url, {"og:site_name": "Hội Nông dân tỉnh Bình Định"})
    return page("s20-12", family="farmers_union_codeigniter_icon_crumb_root_two_photos_one_caption",
                name="binhdinh-hnd-codeigniter-crumb-home-icon-only-nong-dan-san-xuat-kinh-doanh-gioi-ngay-dd-mm-yyyy-pipe-hh-mm-grey-box-sapo-two-photos-side-by-side-one-shared-caption-bai-anh-poll-after-byline",
                url=url, art=A12, main_fn=main, pub=pub, prefix="hnd", kb=110,
                org="Hội Nông dân tỉnh Bình Định", addr="Số 88 đường Phan Bội Châu, TP Quy Nhơn, tỉnh Bình Định", phone="0256.3822.591",
                crumbs=crumbs, top=head_top("hnd", "/assets/images/banner-hnd.png", "Hội Nông dân tỉnh Bình Định", days=1, hours=3),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="hnd-new") + links_box(["Trung ương Hội Nông dân Việt Nam", "Báo Nông thôn Ngày nay", "Tỉnh ủy Bình Định"]),
                shell_kw={"layout": "div", "items": MENU_MASS, "head_extra": head, "title": A12.title},
                exp=expected(A12, iso(pub), author="Văn Lực", photographer="Văn Lực", category="Nông dân sản xuất, kinh doanh giỏi", captions=[CAP12]),
                traps={"bylines": ["Bài, ảnh: Văn Lực"], "chrome": ["Anh/chị đã tiếp cận nguồn vốn Quỹ Hỗ trợ nông dân chưa?", "Tin cùng chuyên mục", "Lượt xem: 256"], "related": lambda rl: rl[:4]},
                notes="CodeIgniter site of a Hội Nông dân tỉnh. Crumb whose root is an icon only (no 'Trang chủ' text) › 'Phong trào nông dân' › 'Nông dân sản xuất, kinh doanh giỏi' → the last level (its comma belongs to the name). 'Ngày 19/11/2024 | 09:15' → T09:15; no update stamp, no metadata time. Sapo in a grey box div = lead. Two photos side by side in one table row share ONE caption row under them → one caption. 'Bài, ảnh: Văn Lực' → author = photographer. A poll follows the byline (not body).",
                readme="CodeIgniter Hội Nông dân: icon-only crumb root, last level with a comma, 'Ngày dd/mm/yyyy | HH:MM', grey-box sapo, two photos side by side sharing ONE caption, 'Bài, ảnh:', poll after the byline")


# ===================================================================== 13 Tỉnh đoàn Hà Giang: Next.js app router (RSC payload), four-level crumb, 'Đăng … · Đã chỉnh sửa …', author card with unit
A13 = Art("Tuổi trẻ Hà Giang khánh thành “Cầu tình nguyện” ở xã Thượng Phùng",
          "Ngày 13/11, Tỉnh đoàn Hà Giang phối hợp Huyện đoàn Mèo Vạc tổ chức khánh thành và bàn giao công trình “Cầu tình nguyện” bắc qua suối Sà Phìn, giúp hơn 300 hộ dân thôn Xín Chải đi lại thuận tiện.",
          [("p", "Cây cầu bê tông cốt thép dài 24 m, rộng 2,5 m, có tổng kinh phí 650 triệu đồng từ nguồn vận động của Tỉnh đoàn, các nhà hảo tâm và hơn 400 ngày công của đoàn viên thanh niên, bộ đội Đồn Biên phòng Xín Cái và nhân dân địa phương."),
           ("img", "/_next/image?url=%2Fuploads%2F2024%2F11%2Fcau-tinh-nguyen-1.jpg&w=1080&q=75", "Ảnh 1: Cắt băng khánh thành “Cầu tình nguyện” tại thôn Xín Chải"),
           ("p", "Trước đây, mỗi mùa mưa lũ, người dân và học sinh thôn Xín Chải phải lội suối hoặc đi vòng gần 7 km để ra trung tâm xã. Anh Vàng Mí Chứ, Trưởng thôn Xín Chải xúc động cho biết, bà con mong có cây cầu này từ nhiều năm nay."),
           ("img", "/_next/image?url=%2Fuploads%2F2024%2F11%2Fcau-tinh-nguyen-2.jpg&w=1080&q=75", "Ảnh 2: Đoàn viên thanh niên cùng bà con thôn Xín Chải trên cây cầu mới"),
           ("p", "Đây là công trình thanh niên thứ 5 được Tỉnh đoàn triển khai tại các xã biên giới trong năm 2024, với tổng giá trị hơn 3 tỷ đồng, góp phần xây dựng nông thôn mới ở vùng cao.")])


def page13():
    pub, upd = T("2024-11-14 09:30"), T("2024-11-14 20:05")

    def main(rng, rl, rd):
        body = A13.render(img=lambda s, c, n: f'<figure class="td_fig"><img alt="" loading="lazy" decoding="async" src="{s}" /><figcaption class="td_figcap">{esc(c)}</figcaption></figure>')
        same = "".join(f'<li><a href="/tin-tuc/{slug(t)}">{esc(t)}</a></li>' for t in rl[:3])
        return (f'<article class="td_article"><h1 class="td_h1">{esc(A13.title)}</h1>'
                f'<div class="td_meta"><time dateTime="2024-11-14T02:30:00.000Z">Đăng 14/11/2024 09:30</time> · <span class="td_edited">Đã chỉnh sửa 14/11/2024 20:05</span></div>'
                f'<p class="td_summary" style="color:#555">{esc(A13.lead)}</p><div class="td_body">{body}</div>'
                f'<div class="td_reactions"><span>Bạn thấy bài viết thế nào?</span> <button>👍 48</button> <button>❤️ 21</button> <button>👏 9</button></div>'
                f'<div class="td_authorcard"><img src="/avatars/phan-thi-mai.jpg" alt="" width="48" /><div><a class="td_authorname" href="/tac-gia/phan-thi-mai">Phàn Thị Mai</a>'
                f'<div class="td_authorunit">Ban Tuyên giáo Tỉnh đoàn Hà Giang</div></div></div>'
                f'<div class="td_sameauthor"><h3>Bài viết khác của tác giả</h3><ul>{same}</ul></div></article>'
                f'<section class="td_related"><h2>Tin cùng chuyên mục</h2>{rel(rng, rl[3:], rd, lambda d: dmy(d), href="/tin-tuc/{s}", cls="td_rel")}</section>')

    crumbs = ('<nav aria-label="breadcrumb" class="td_crumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/tin-tuc">Tin tức</a> <span>›</span> '
              '<a href="/tin-tuc/phong-trao">Phong trào</a> <span>›</span> <a href="/tin-tuc/phong-trao/thanh-nien-tinh-nguyen">Thanh niên tình nguyện</a></nav>')
    url = "https://tinhdoanhagiang.vn/tin-tuc/tuoi-tre-ha-giang-khanh-thanh-cau-tinh-nguyen-o-xa-thuong-phung"
    rsc = dump([1, f'1:HL["/_next/static/css/{hexid(__import__("random").Random("s20-13c"), 16)}.css","style"]\n5:{{"article":{{"title":"{A13.title}","publishedAt":"2024-11-14T02:30:00.000Z","updatedAt":"2024-11-14T13:05:00.000Z","category":"Thanh niên tình nguyện","author":"Phàn Thị Mai"}}}}\n'])
    scripts = f'<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push({rsc})</script>'
    head = og(A13.title, url, {"og:site_name": "Tỉnh đoàn Hà Giang", "og:description": A13.lead})
    return page("s20-13", family="youth_union_nextjs_app_router_four_level_crumb_da_chinh_sua_author_card",
                name="hagiang-tinhdoan-nextjs-app-router-rsc-payload-four-level-crumb-thanh-nien-tinh-nguyen-dang-dd-mm-yyyy-hh-mm-time-utc-agrees-middot-da-chinh-sua-grey-p-summary-numbered-anh-1-captions-reactions-author-card-name-unit-line",
                url=url, art=A13, main_fn=main, pub=pub, prefix="td", kb=125,
                org="Tỉnh đoàn Hà Giang", addr="Số 378 đường Trần Phú, TP Hà Giang, tỉnh Hà Giang", phone="0219.3866.209",
                crumbs=crumbs, top=head_top("td", "/logo-tinhdoan.svg", "Tỉnh đoàn Hà Giang", days=1, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=lambda d: dmy(d), cls="td_most") + '<div class="td_event"><h3>Sự kiện sắp diễn ra</h3><p>Ngày hội “Thanh niên với văn hóa giao thông” - 30/11/2024</p></div>',
                shell_kw={"layout": "next", "items": MENU_MASS, "head_extra": head, "title": A13.title + " | Tỉnh đoàn Hà Giang", "scripts": scripts},
                exp=expected(A13, iso(pub), updated=iso(upd), author="Phàn Thị Mai", unit="Ban Tuyên giáo Tỉnh đoàn Hà Giang", category="Thanh niên tình nguyện"),
                traps={"chrome": ["Bạn thấy bài viết thế nào?", "Bài viết khác của tác giả", "Tin cùng chuyên mục", "Sự kiện sắp diễn ra"], "related": lambda rl: rl[:3]},
                notes="Next.js app router (RSC payload in self.__next_f) of a Tỉnh đoàn. Four-level crumb 'Trang chủ › Tin tức › Phong trào › Thanh niên tình nguyện' → the last. Meta 'Đăng 14/11/2024 09:30' (<time dateTime> 02:30Z agrees) · 'Đã chỉnh sửa 14/11/2024 20:05' ('edited', a new update label) → updated T20:05. Grey p.summary = lead. Captions numbered 'Ảnh 1: …', 'Ảnh 2: …' kept as printed. The writer is printed only in the author card after the text: name link 'Phàn Thị Mai' and the line under it 'Ban Tuyên giáo Tỉnh đoàn Hà Giang' → author + unit. Reactions bar, 'Bài viết khác của tác giả' and 'Tin cùng chuyên mục' are not body. The headman quoted is not an author.",
                readme="Next.js app router Tỉnh đoàn: four-level crumb, 'Đăng dd/mm/yyyy HH:MM' · 'Đã chỉnh sửa dd/mm/yyyy HH:MM', grey summary, numbered 'Ảnh 1:' captions, author card after the text (name + unit line), reactions + 'Bài viết khác của tác giả'")


# ===================================================================== 14 Ban Tuyên giáo Tỉnh ủy Hải Dương: NukeViet 4.3, contest-entry note after the last paragraph (TWIST), no pictures
A14 = Art("Giữ vững trận địa tư tưởng từ những chi bộ khu dân cư",
          "Chi bộ là “hạt nhân chính trị” ở cơ sở, nơi gần dân nhất, hiểu dân nhất. Làm tốt công tác tư tưởng ở chi bộ khu dân cư chính là xây dựng “lá chắn” vững chắc từ gốc trước những luận điệu sai trái, thù địch.",
          [("p", "Những năm gần đây, các thế lực thù địch lợi dụng mạng xã hội để xuyên tạc chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, nhất là các vấn đề về đất đai, cán bộ, chống tham nhũng. Các thông tin sai lệch lan nhanh đến từng thôn, khu dân cư, tác động không nhỏ đến tư tưởng của một bộ phận quần chúng."),
           ("p", "Thực tiễn ở Hải Dương cho thấy, nơi nào chi bộ sinh hoạt nền nếp, đảng viên nắm chắc tình hình, kịp thời thông tin chính thống đến nhân dân thì nơi đó thông tin xấu, độc không có đất sống. Chi bộ thôn Lương Xá, xã Gia Xuyên duy trì “Hộp thư góp ý” và nhóm Zalo của thôn do bí thư chi bộ trực tiếp quản trị, giải đáp ngay những băn khoăn của bà con."),
           ("h", "Đưa nghị quyết vào cuộc sống bằng những việc cụ thể"),
           ("p", "Bảo vệ nền tảng tư tưởng của Đảng không chỉ bằng lời nói mà bằng những việc làm cụ thể, thiết thực vì dân. Khi người dân thấy đường làng được mở rộng, kinh tế gia đình khá lên, những quyết sách của Đảng đi vào cuộc sống, thì chính họ là người phản bác các quan điểm sai trái thuyết phục nhất."),
           ("p", "Để phát huy vai trò này, các cấp ủy cần quan tâm bồi dưỡng đội ngũ bí thư chi bộ, báo cáo viên cơ sở; đổi mới nội dung sinh hoạt chi bộ theo chuyên đề; đồng thời phát huy lực lượng nòng cốt trên không gian mạng ở từng khu dân cư.")])


def page14():
    pub = T("2024-11-18 07:50")

    def main(rng, rl, rd):
        body = A14.render(h=lambda t: f'<h3><strong>{esc(t)}</strong></h3>', p=jp)
        newer = "".join(f'<li><a href="/news/bao-ve-nen-tang-tu-tuong/{slug(t)}-{rng.randint(1000, 9999)}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(rl[:2], rd))
        older = "".join(f'<li><a href="/news/bao-ve-nen-tang-tu-tuong/{slug(t)}-{rng.randint(1000, 9999)}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(rl[2:5], rd[2:]))
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A14.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ hai - 18/11/2024 07:50</span> <span class="h5 text-muted">Đã xem: 419</span></div></div>'
                f'<div class="clearfix"><div class="hometext m-bottom"><em>{esc(A14.lead)}</em></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}'
                f'<p style="text-align:justify"><em>(Bài dự thi Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng tỉnh Hải Dương năm 2024)</em></p></div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>ThS. Phạm Văn Tùng - Trường Chính trị tỉnh</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                f'<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer}</ul>'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>')

    crumbs = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>'
              '<li id="brcr_1"><a href="/news/bao-ve-nen-tang-tu-tuong/"><span>Bảo vệ nền tảng tư tưởng của Đảng</span></a></li></ul></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin xem nhiều", fmt=lambda d: dmy(d), cls="btg-most")
                + '<div class="btg-cuocthi"><h3>Cuộc thi chính luận năm 2024</h3><p>Hạn nhận bài dự thi: 30/11/2024</p><p>Lễ tổng kết, trao giải dự kiến: 20/12/2024</p><a href="#">Thể lệ cuộc thi</a></div>')
    url = "https://tuyengiao.haiduong.dcs.vn/news/bao-ve-nen-tang-tu-tuong/giu-vung-tran-dia-tu-tuong-tu-nhung-chi-bo-khu-dan-cu-5512.html"
    head = og(A14.title, url, {"og:site_name": "Ban Tuyên giáo Tỉnh ủy Hải Dương", "og:description": A14.lead}) + '<meta name="generator" content="NukeViet v4.3" />'
    return page("s20-14", family="btg_nukeviet43_contest_entry_note_after_text",
                name="haiduong-btgtu-nukeviet43-crumb-trang-nhat-bao-ve-nen-tang-tu-tuong-thu-hai-dash-dd-mm-yyyy-hh-mm-da-xem-italic-hometext-h3-head-no-pictures-italic-bai-du-thi-note-after-text-tac-gia-ths-name-dash-truong-chinh-tri",
                url=url, art=A14, main_fn=main, pub=pub, prefix="btg", kb=115,
                org="Ban Tuyên giáo Tỉnh ủy Hải Dương", addr="Số 5 đường Thanh Niên, TP Hải Dương, tỉnh Hải Dương", phone="0220.3852.641",
                crumbs=crumbs, top=head_top("btg", "/themes/btg/images/banner.jpg", "Ban Tuyên giáo Tỉnh ủy Hải Dương", days=0, hours=9), side=side,
                shell_kw={"layout": "div", "head_extra": head, "title": A14.title + " - Ban Tuyên giáo Tỉnh ủy Hải Dương"},
                exp=expected(A14, iso(pub), author="ThS. Phạm Văn Tùng", unit="Trường Chính trị tỉnh", category="Bảo vệ nền tảng tư tưởng của Đảng"),
                traps={"contest_note": ["(Bài dự thi Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng tỉnh Hải Dương năm 2024)"],
                       "bylines": ["Tác giả:"], "chrome": ["Những tin mới hơn", "Những tin cũ hơn", "Đã xem: 419", "Hạn nhận bài dự thi: 30/11/2024"], "related": lambda rl: rl[:4]},
                notes="TWIST: the last paragraph of the text is followed, inside the same bodyhtml block and before 'Tác giả:', by an italic note '(Bài dự thi Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng tỉnh Hải Dương năm 2024)'. It says what the piece was written for — an editorial note like a print-edition note, not the writer's text → not body. NukeViet 4.3 Ban Tuyên giáo: crumb 'Trang nhất › Bảo vệ nền tảng tư tưởng của Đảng' → the last level; 'Thứ hai - 18/11/2024 07:50'; italic hometext = lead; h3 sub-head is body; no pictures → captions []. 'Tác giả: ThS. Phạm Văn Tùng - Trường Chính trị tỉnh' → author (degree kept) + unit. Contest deadlines in the sidebar are decoys.",
                readme="TWIST italic contest-entry note '(Bài dự thi Cuộc thi viết chính luận …)' after the last paragraph → not body; NukeViet 4.3 Ban Tuyên giáo, 'Trang nhất' crumb, italic hometext, h3 head, no pictures, 'Tác giả: ThS. Name - Trường Chính trị tỉnh'")


# ===================================================================== 15 Ủy ban MTTQ tỉnh Bắc Giang: Bkav eGov, appeal with a signature block, 'Ngày hiệu chỉnh:'
A15 = Art("Ủy ban MTTQ Việt Nam tỉnh Bắc Giang kêu gọi ủng hộ Quỹ “Vì người nghèo” năm 2024",
          "Hưởng ứng đợt thi đua cao điểm “Vì người nghèo - Không để ai bị bỏ lại phía sau”, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Giang đã ra Lời kêu gọi các tầng lớp nhân dân, doanh nghiệp, cơ quan, đơn vị trong tỉnh tích cực ủng hộ Quỹ “Vì người nghèo” năm 2024.",
          [("p", "Đợt vận động được triển khai từ ngày 17/10 đến ngày 18/11/2024. Toàn bộ số tiền ủng hộ sẽ được dùng để hỗ trợ xây dựng, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo, hỗ trợ sinh kế và học bổng cho học sinh nghèo vượt khó."),
           ("img", "/Uploads/mttq/2024/11/phat-dong-ung-ho-quy.jpg", "Lãnh đạo tỉnh ủng hộ Quỹ “Vì người nghèo” tại lễ phát động"),
           ("p", "Dưới đây là nội dung Lời kêu gọi:"),
           ("h", "LỜI KÊU GỌI"),
           ("p", "Thực hiện truyền thống “Lá lành đùm lá rách”, “Thương người như thể thương thân” của dân tộc, những năm qua, nhân dân các dân tộc tỉnh Bắc Giang đã chung tay giúp đỡ hàng nghìn hộ nghèo có nhà ở ổn định, vươn lên thoát nghèo."),
           ("p", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trân trọng kêu gọi cán bộ, đảng viên, công chức, viên chức, người lao động, các doanh nghiệp, nhà hảo tâm, đồng bào các dân tộc trong và ngoài tỉnh tích cực ủng hộ Quỹ “Vì người nghèo” bằng những việc làm thiết thực. Mỗi tấm lòng, mỗi sự sẻ chia sẽ góp phần mang lại cuộc sống ấm no cho người nghèo."),
           ("p", "Mọi sự ủng hộ xin gửi về Ban Vận động Quỹ “Vì người nghèo” các cấp hoặc tài khoản của Ủy ban MTTQ Việt Nam tỉnh Bắc Giang số 3761.0.1054321 tại Kho bạc Nhà nước tỉnh.")])


def page15():
    pub, upd = T("2024-11-15 16:00"), T("2024-11-16 08:00")

    def main(rng, rl, rd):
        body = A15.render(p=jp, h=lambda t: f'<p style="text-align:center"><strong>{esc(t)}</strong></p>',
                          img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" width="600" /></p><p class="note-img" style="text-align:center;color:#666">{esc(c)}</p>')
        sig = ('<table class="chuky" width="100%"><tbody><tr><td width="50%"></td><td style="text-align:center"><p><strong>TM. BAN THƯỜNG TRỰC</strong></p>'
               '<p><strong>CHỦ TỊCH</strong></p><p><em>(Đã ký)</em></p><p><strong>Nguyễn Thị Thu Hà</strong></p></td></tr></tbody></table>')
        return (f'<div class="egov-news"><div class="egov-news-title"><h1>{esc(A15.title)}</h1></div>'
                f'<div class="egov-news-date">Ngày đăng: 15/11/2024 16:00 - Ngày hiệu chỉnh: 16/11/2024 08:00</div>'
                f'<div class="egov-news-sapo"><strong>{esc(A15.lead)}</strong></div>'
                f'<div class="egov-news-content">{body}{sig}<p style="text-align:right"><strong>Hồng Nhung</strong></p></div>'
                f'<div class="egov-news-tool">{share("egov-share")}</div>'
                f'<div class="egov-news-other"><h3>Các tin khác</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/tin-tuc/{s}-{n}.aspx", cls="egov-other")}</div></div>')

    crumbs = ('<div class="egov-crumb">Bạn đang xem: <a href="/">Trang chủ</a> &gt; <a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a> &gt; '
              '<a href="/hoat-dong-mat-tran/an-sinh-xa-hoi">An sinh xã hội</a></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="mt-new")
                + '<div class="mt-quy"><h3>Quỹ “Vì người nghèo” tỉnh</h3><p>Tổng số tiền tiếp nhận: 18,6 tỷ đồng</p><p>Số liệu đến ngày 14/11/2024</p></div>')
    url = "https://mattran.bacgiang.gov.vn/hoat-dong-mat-tran/an-sinh-xa-hoi/uy-ban-mttq-viet-nam-tinh-bac-giang-keu-goi-ung-ho-quy-vi-nguoi-ngheo-nam-2024"
    head = og(A15.title, url, {"og:site_name": "Ủy ban MTTQ Việt Nam tỉnh Bắc Giang", "og:description": A15.lead})
    return page("s20-15", family="mttq_bkav_egov_appeal_text_signature_block_ngay_hieu_chinh",
                name="bacgiang-mttq-bkav-egov-ban-dang-xem-crumb-an-sinh-xa-hoi-ngay-dang-dd-mm-yyyy-hh-mm-dash-ngay-hieu-chinh-bold-sapo-caption-below-grey-appeal-heading-signature-block-tm-ban-thuong-truc-then-bold-name",
                url=url, art=A15, main_fn=main, pub=pub, prefix="mt", kb=135,
                org="Ủy ban MTTQ Việt Nam tỉnh Bắc Giang", addr="Số 8 đường Nguyễn Văn Cừ, TP Bắc Giang, tỉnh Bắc Giang", phone="0204.3854.261",
                crumbs=crumbs, top=head_top("mt", "/Style/images/banner-mttq.jpg", "Ủy ban MTTQ Việt Nam tỉnh Bắc Giang", days=2, hours=0), side=side,
                shell_kw={"layout": "sharepoint", "form": True, "items": MENU_MASS, "head_extra": head, "title": A15.title},
                exp=expected(A15, iso(pub), updated=iso(upd), author="Hồng Nhung", category="An sinh xã hội"),
                traps={"signature": ["TM. BAN THƯỜNG TRỰC", "(Đã ký)", "Nguyễn Thị Thu Hà"], "chrome": ["Các tin khác", "Bạn đang xem:", "Số liệu đến ngày 14/11/2024"], "related": lambda rl: rl[:4]},
                notes="Bkav eGov (SharePoint) MTTQ page: a news item that carries the full text of an appeal ('Dưới đây là nội dung Lời kêu gọi:', the centred heading 'LỜI KÊU GỌI' and its paragraphs are body) ending with a signature block 'TM. BAN THƯỜNG TRỰC / CHỦ TỊCH / (Đã ký) / Nguyễn Thị Thu Hà' → not body and not an author (the signer of the appeal). The reporter signs after it: bold right 'Hồng Nhung' → author. 'Ngày đăng: 15/11/2024 16:00 - Ngày hiệu chỉnh: 16/11/2024 08:00' ('hiệu chỉnh' = revised) → published + updated. Crumb 'Bạn đang xem: Trang chủ > Hoạt động Mặt trận > An sinh xã hội' → 'An sinh xã hội'. Bold sapo; grey caption paragraph under the photo. Campaign dates and a fund box 'Số liệu đến ngày 14/11/2024' are decoys.",
                readme="Bkav eGov MTTQ: appeal text inside the article closed by a signature block 'TM. BAN THƯỜNG TRỰC / CHỦ TỊCH / (Đã ký) / Name' (not body, not author) and the reporter's name after it, 'Ngày đăng … - Ngày hiệu chỉnh …', 'Bạn đang xem:' crumb, bold sapo, grey caption below")


# ===================================================================== 16 Đảng ủy phường Phước Trung (TP Bà Rịa): Viettel sub-portal, h3 sapo, crumb last level plain span, comment form
A16 = Art("Phường Phước Trung sơ kết mô hình “Khu phố không có người nghiện ma túy”",
          "Sau 2 năm triển khai, mô hình “Khu phố không có người nghiện ma túy” tại khu phố 3 và khu phố 5, phường Phước Trung đã góp phần kéo giảm 40% số vụ việc liên quan đến ma túy trên địa bàn.",
          [("p", "Sáng 16/11, Đảng ủy phường Phước Trung tổ chức hội nghị sơ kết mô hình. Theo báo cáo, các chi bộ khu phố đã đưa nội dung phòng, chống ma túy vào nghị quyết sinh hoạt hằng tháng; thành lập 12 tổ tự quản do đảng viên làm tổ trưởng, nắm chắc từng đối tượng có nguy cơ."),
           ("p", "Công an phường phối hợp Đoàn Thanh niên tổ chức 18 buổi tuyên truyền tại trường học, khu nhà trọ; vận động 9 người nghiện tự nguyện cai nghiện, hỗ trợ 5 người sau cai nghiện có việc làm ổn định."),
           ("p", "Đồng chí Nguyễn Thị Ngọc Lan, Bí thư Đảng ủy phường đề nghị nhân rộng mô hình ra toàn bộ 7 khu phố trong năm 2025, gắn với tiêu chí xây dựng phường văn minh đô thị.")])


def page16():
    pub = T("2024-11-17 08:10")

    def main(rng, rl, rd):
        body = A16.render(p=jp)
        return (f'<div class="vt-article"><h1 class="vt-article-title">{esc(A16.title)}</h1>'
                f'<div class="vt-article-date">Chủ nhật, 17/11/2024 - 08:10</div>'
                f'<h3 class="vt-article-sapo">{esc(A16.lead)}</h3><div class="vt-article-content">{body}'
                f'<p style="text-align:right"><em><strong>Lê Hoàng - Đảng ủy phường Phước Trung</strong></em></p></div>'
                f'<div class="vt-article-tool"><a href="#">In trang</a> | <a href="#">Gửi bạn bè</a> | <a href="#">Về đầu trang</a></div>'
                + comments([], head="Ý kiến bạn đọc", cls="vt-ykien")
                + f'<div class="vt-article-other"><h3>Bài viết cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-hoat-dong/{s}-{n}", cls="vt-other")}</div></div>')

    crumbs = ('<div class="vt-breadcrumb"><a href="/phuoctrung">Trang chủ</a> &gt; <a href="/phuoctrung/tin-tuc">Tin tức</a> &gt; '
              '<span class="current">Tin hoạt động phường</span></div>')
    url = "https://baria.baria-vungtau.gov.vn/phuoctrung/tin-tuc/phuong-phuoc-trung-so-ket-mo-hinh-khu-pho-khong-co-nguoi-nghien-ma-tuy-1124"
    head = og(A16.title, url, {"og:site_name": "Phường Phước Trung"}) + '<meta name="generator" content="Viettel Portal 3.0" />'
    return page("s20-16", family="ward_party_viettel_subportal_h3_sapo_crumb_last_plain_span",
                name="bariavungtau-phuoctrung-dang-uy-phuong-viettel-subportal-crumb-last-plain-span-tin-hoat-dong-phuong-chu-nhat-dd-mm-yyyy-dash-hh-mm-h3-sapo-no-pictures-italic-bold-name-dash-dang-uy-phuong-empty-comment-form-cung-chuyen-muc",
                url=url, art=A16, main_fn=main, pub=pub, prefix="vt", kb=95,
                org="Đảng ủy - UBND phường Phước Trung", addr="Số 15 đường Nguyễn Thanh Đằng, phường Phước Trung, TP Bà Rịa, tỉnh Bà Rịa - Vũng Tàu", phone="0254.3826.440",
                crumbs=crumbs, top=head_top("vt", "/Portals/phuoctrung/banner.jpg", "Phường Phước Trung", days=1, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="vt-new", n=5) + schedule(rng, pub, "Lịch tiếp công dân", "vt-lich"),
                shell_kw={"layout": "bootstrap", "form": True, "items": MENU_GOV, "head_extra": head, "title": "Phường Phước Trung - Tin hoạt động phường"},
                exp=expected(A16, iso(pub), author="Lê Hoàng", unit="Đảng ủy phường Phước Trung", category="Tin hoạt động phường"),
                traps={"bylines": ["Lê Hoàng - Đảng ủy phường Phước Trung"], "chrome": ["Ý kiến bạn đọc", "Bài viết cùng chuyên mục", "In trang", "Lịch tiếp công dân"], "related": lambda rl: rl[:4]},
                notes="Viettel portal sub-site of a ward (Đảng ủy - UBND phường). Crumb 'Trang chủ > Tin tức > Tin hoạt động phường' whose last level is a plain span (not a link) → 'Tin hoạt động phường'. 'Chủ nhật, 17/11/2024 - 08:10'; no update stamp, no metadata time. Sapo printed as an h3 = lead. No pictures → captions []. Italic bold 'Lê Hoàng - Đảng ủy phường Phước Trung' → author + unit. An empty 'Ý kiến bạn đọc (0)' comment form and 'Bài viết cùng chuyên mục' close the article. The Bí thư quoted is not an author.",
                readme="Viettel sub-portal Đảng ủy phường: crumb whose last level is a plain span, 'Chủ nhật, dd/mm/yyyy - HH:MM', h3 sapo, no pictures, italic bold 'Name - Đảng ủy phường …', empty comment form closing the text")


# ===================================================================== 17 Huyện ủy Châu Thành A (Hậu Giang): CMC portal, two-level box head, labelled 'Tóm tắt' lead, two photos each with its own caption
A17 = Art("Châu Thành A: Đối thoại giữa Bí thư Huyện ủy với cán bộ, hội viên nông dân",
          "Sáng 19/11, Ban Thường vụ Huyện ủy Châu Thành A tổ chức hội nghị đối thoại giữa đồng chí Bí thư Huyện ủy với cán bộ, hội viên nông dân năm 2024, với sự tham gia của hơn 200 đại biểu.",
          [("p", "Tại buổi đối thoại, 17 ý kiến đã được hội viên nông dân nêu lên, tập trung vào các vấn đề như giá vật tư nông nghiệp tăng cao, tiêu thụ lúa, trái cây còn bấp bênh, hệ thống đê bao, cống điều tiết nước chưa đồng bộ, thủ tục vay vốn ưu đãi còn phức tạp."),
           ("raw", "__PHOTOS__"),
           ("p", "Đồng chí Lê Văn Tâm, Bí thư Huyện ủy đã trực tiếp trả lời và giao các ngành chuyên môn giải đáp từng kiến nghị. Đối với các nội dung vượt thẩm quyền, Huyện ủy sẽ tổng hợp, kiến nghị với tỉnh trong tháng 12."),
           ("p", "Đồng chí đề nghị Hội Nông dân huyện tiếp tục làm tốt vai trò cầu nối, hướng dẫn hội viên liên kết sản xuất theo chuỗi, ứng dụng khoa học kỹ thuật, xây dựng mã số vùng trồng để nâng cao giá trị nông sản.")])
CAPS17 = ["Đồng chí Lê Văn Tâm, Bí thư Huyện ủy phát biểu tại buổi đối thoại", "Hội viên nông dân xã Tân Phú Thạnh nêu ý kiến"]


def page17():
    pub = T("2024-11-19 14:00")

    def main(rng, rl, rd):
        photos = ('<div class="cmc-photos-row" style="display:flex;gap:8px">' + "".join(
            f'<div class="cmc-photo" style="flex:1"><img src="/Portals/0/2024/11/doi-thoai-{i + 1}.jpg" alt="" style="width:100%" /><p class="cmc-photo-cap"><em>{esc(c)}</em></p></div>'
            for i, c in enumerate(CAPS17)) + "</div>")
        body = A17.render(p=jp, raw=lambda _: photos)
        form = ('<div class="cmc-ykien"><h3>Ý kiến bạn đọc</h3><p>Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến.</p>'
                '<input type="text" placeholder="Họ và tên (*)" /><input type="text" placeholder="Email (*)" /><textarea placeholder="Nội dung ý kiến"></textarea><button type="button">Gửi ý kiến</button></div>')
        return (f'<div class="cmc-box"><div class="cmc-box-head"><a href="/tin-tuc">Tin tức</a> <span class="sep">›</span> <a href="/tin-tuc/xay-dung-dang">Xây dựng Đảng</a></div>'
                f'<div class="cmc-box-body"><h1 class="cmc-title">{esc(A17.title)}</h1>'
                f'<div class="cmc-date">Ngày phát hành: 19/11/2024 14:00</div>'
                f'<div class="cmc-tomtat"><div class="cmc-tomtat-label">Tóm tắt</div><p>{esc(A17.lead)}</p></div>'
                f'<div class="cmc-content">{body}<p style="text-align:right"><strong>Trần Quốc Nam - Ban Tuyên giáo Huyện ủy Châu Thành A</strong></p></div>'
                f'{form}<div class="cmc-other"><h3>Các tin khác</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/xay-dung-dang/{s}", cls="cmc-other-list")}</div></div></div>')

    url = "https://huyenuychauthanha.haugiang.dcs.vn/tin-tuc/xay-dung-dang/chau-thanh-a-doi-thoai-giua-bi-thu-huyen-uy-voi-can-bo-hoi-vien-nong-dan"
    head = (og(A17.title, url, {"og:site_name": "Huyện ủy Châu Thành A"})
            + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A17.title, "datePublished": "2024-11-19T14:00:00+07:00", "dateModified": "2024-11-20T08:31:00+07:00"}))
    return page("s20-17", family="district_party_cmc_two_level_box_head_labelled_tom_tat_lead",
                name="haugiang-chauthanha-huyenuy-cmc-portal-box-head-tin-tuc-gt-xay-dung-dang-ngay-phat-hanh-dd-mm-yyyy-hh-mm-tom-tat-label-lead-two-photos-row-own-captions-jsonld-modified-not-shown-name-dash-btg-comment-form",
                url=url, art=A17, main_fn=main, pub=pub, prefix="cmc", kb=125,
                org="Huyện ủy Châu Thành A", addr="Thị trấn Một Ngàn, huyện Châu Thành A, tỉnh Hậu Giang", phone="0293.3946.212",
                top=head_top("cmc", "/Portals/0/banner-huyenuy.jpg", "Huyện ủy Châu Thành A", days=1, hours=4),
                side=lambda rng, pub: side_std(rng, pub, "Tin đọc nhiều", fmt=lambda d: dmy(d), cls="cmc-most") + schedule(rng, pub + timedelta(days=1), "Lịch công tác Thường trực Huyện ủy", "cmc-lich"),
                shell_kw={"layout": "dnn", "form": True, "dnn": True, "head_extra": head, "title": A17.title + " - Huyện ủy Châu Thành A"},
                exp=expected(A17, iso(pub), author="Trần Quốc Nam", unit="Ban Tuyên giáo Huyện ủy Châu Thành A", category="Xây dựng Đảng", captions=CAPS17),
                traps={"labels": ["Tóm tắt"], "bylines": ["Trần Quốc Nam - Ban Tuyên giáo Huyện ủy Châu Thành A"], "chrome": ["Ý kiến bạn đọc", "Các tin khác", "Lịch công tác Thường trực Huyện ủy"],
                       "related": lambda rl: rl[:4]},
                notes="CMC portal (DNN-based) of a Huyện ủy. No breadcrumb; the box head over the article prints two levels 'Tin tức › Xây dựng Đảng' → the deeper 'Xây dựng Đảng'. 'Ngày phát hành: 19/11/2024 14:00' (a new label for publication); JSON-LD dateModified 20/11 08:31 is not shown → updated null. The sapo sits under a small label 'Tóm tắt' → lead = the paragraph, without the label. Two photos side by side, EACH with its own caption → two captions in order. Bold 'Trần Quốc Nam - Ban Tuyên giáo Huyện ủy Châu Thành A' → author + unit. An empty comment form and 'Các tin khác' close the article.",
                readme="CMC portal Huyện ủy: two-level box head 'Tin tức › Xây dựng Đảng' (no crumb), 'Ngày phát hành: dd/mm/yyyy HH:MM', JSON-LD dateModified not shown (updated null), lead under a 'Tóm tắt' label, two photos side by side each with its caption, empty comment form")


# ===================================================================== 18 Huyện ủy Phù Cát (Bình Định): Liferay 7.3, generic portlet title + crumb, 'Ngày xuất bản | Ngày sửa', rank + name - unit abbreviation
A18 = Art("Phù Cát tổ chức diễn tập chiến đấu phòng thủ xã Cát Hanh năm 2024",
          "Trong 3 ngày, từ 17 đến 19/11, Ban Chỉ huy Quân sự huyện Phù Cát phối hợp UBND xã Cát Hanh tổ chức diễn tập chiến đấu phòng thủ xã năm 2024. Cuộc diễn tập đạt mục đích, yêu cầu đề ra, bảo đảm an toàn tuyệt đối.",
          [("p", "Diễn tập được tổ chức qua 2 giai đoạn: chuyển địa phương sang trạng thái quốc phòng và tổ chức thực hành chiến đấu phòng thủ. Tham gia có hơn 250 lượt cán bộ, chiến sĩ dân quân, công an xã và lực lượng tham gia của các ban, ngành, đoàn thể."),
           ("img", "/documents/41506/0/dien-tap-cat-hanh-1.jpg", "Lực lượng dân quân xã Cát Hanh thực hành tình huống chiến đấu"),
           ("p", "Qua diễn tập, cấp ủy, chính quyền xã đã nâng cao năng lực lãnh đạo, chỉ đạo, điều hành, xử lý các tình huống về quốc phòng, an ninh; kiểm nghiệm tính khả thi của hệ thống văn kiện tác chiến, phương án phòng chống thiên tai, tìm kiếm cứu nạn."),
           ("p", "Phát biểu bế mạc, đồng chí Trần Văn Hòa, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo diễn tập huyện biểu dương tinh thần trách nhiệm của các lực lượng, đề nghị xã Cát Hanh khắc phục những hạn chế, bổ sung văn kiện sát với tình hình thực tế.")])


def page18():
    pub, upd = T("2024-11-19 16:45"), T("2024-11-20 07:30")

    def main(rng, rl, rd):
        body = A18.render(p=jp, img=lambda s, c, n: f'<div class="pc-img"><img src="{s}" title="{esc(c, True)}" alt="" /><span class="pc-img-cap">{esc(c)}</span></div>')
        return (f'<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_pCat"><div class="portlet-content">'
                f'<h2 class="portlet-title-text">Tin tức Huyện ủy</h2><div class="asset-full-content"><h3 class="header-title">{esc(A18.title)}</h3>'
                f'<div class="pc-stamps">Ngày xuất bản: 19/11/2024 16:45 | Ngày sửa: 20/11/2024 07:30</div>'
                f'<div class="pc-sapo"><b>{esc(A18.lead)}</b></div><div class="journal-content-article">{body}'
                f'<p style="text-align:right"><b>Đại úy Nguyễn Hữu Phước - Ban CHQS huyện</b></p></div>'
                f'<div class="asset-links"><h4>Tin liên quan</h4>{rel(rng, rl[:3], rd, lambda d: dmy(d), href="/web/phucat/-/{s}", cls="pc-lq")}</div>'
                f'<div class="asset-ratings"><span>Đánh giá:</span> ☆☆☆☆☆ <span>(0 phiếu)</span></div></div></div></section>')

    crumbs = crumb([("Trang chủ", "/web/phucat"), ("Tin tức", "/web/phucat/tin-tuc"), ("Quốc phòng - An ninh", "/web/phucat/tin-tuc/quoc-phong-an-ninh")], cls="breadcrumb breadcrumb-horizontal")
    url = "https://huyenuyphucat.binhdinh.dcs.vn/web/phucat/tin-tuc/quoc-phong-an-ninh/-/asset_publisher/pCat/content/phu-cat-to-chuc-dien-tap-chien-dau-phong-thu-xa-cat-hanh-nam-2024"
    head = og(A18.title, url, {"og:site_name": "Huyện ủy Phù Cát"})
    return page("s20-18", family="district_party_liferay73_generic_portlet_title_ngay_sua_rank_name_abbrev_unit",
                name="binhdinh-phucat-huyenuy-liferay73-asset-publisher-portlet-title-tin-tuc-huyen-uy-generic-crumb-quoc-phong-an-ninh-h3-title-ngay-xuat-ban-pipe-ngay-sua-bold-sapo-span-caption-title-attr-dai-uy-name-dash-ban-chqs-huyen-tin-lien-quan-ratings",
                url=url, art=A18, main_fn=main, pub=pub, prefix="pc", kb=150,
                org="Huyện ủy Phù Cát", addr="Thị trấn Ngô Mây, huyện Phù Cát, tỉnh Bình Định", phone="0256.3850.316",
                crumbs=crumbs, top=head_top("pc", "/o/phucat-theme/images/banner.png", "Huyện ủy Phù Cát", days=1, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="pc-new") + vb_box(["Nghị quyết số 12-NQ/HU về công tác quốc phòng địa phương", "Kế hoạch số 76-KH/HU diễn tập khu vực phòng thủ năm 2025"]),
                shell_kw={"layout": "liferay74", "head_extra": head, "title": A18.title + " - Huyện ủy Phù Cát"},
                exp=expected(A18, iso(pub), updated=iso(upd), author="Nguyễn Hữu Phước", unit="Ban CHQS huyện", category="Quốc phòng - An ninh"),
                traps={"bylines": ["Đại úy Nguyễn Hữu Phước - Ban CHQS huyện"], "chrome": ["Tin tức Huyện ủy", "Tin liên quan", "Đánh giá:"], "related": lambda rl: rl[:3]},
                notes="Liferay 7.3 asset publisher of a Huyện ủy. The portlet title 'Tin tức Huyện ủy' is a generic container; the crumb 'Trang chủ › Tin tức › Quốc phòng - An ninh' prints a deeper level → 'Quốc phòng - An ninh'. h3 title. 'Ngày xuất bản: 19/11/2024 16:45 | Ngày sửa: 20/11/2024 07:30' ('Ngày sửa' = date edited) → published + updated. Bold sapo. Caption in a span under the photo (also in the img title attr). 'Đại úy Nguyễn Hữu Phước - Ban CHQS huyện' → rank dropped, unit kept abbreviated as printed ('Ban CHQS huyện'). 'Tin liên quan' and a ratings row close the article.",
                readme="Liferay 7.3 Huyện ủy: generic portlet title 'Tin tức Huyện ủy' vs crumb 'Quốc phòng - An ninh', h3 title, 'Ngày xuất bản … | Ngày sửa …', bold sapo, span caption, 'Đại úy Name - Ban CHQS huyện' (rank dropped, abbreviation kept)")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
