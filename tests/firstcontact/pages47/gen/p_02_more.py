"""Set 47 pages 10-18: the rest of the heavy random sample — SharePoint Server 2010 + Viettel's news web part, WordPress +
Twenty Eleven, a vendor's ASP.NET WebForms CMS with an AjaxControlToolkit Accordion, DotNetNuke 6.2, Joomla 3.7 +
GavickPro's News Pro GK5, Drupal 9 + a Gavias theme, a provincial press CMS's 'Tọa đàm' (round-table) view, and two
stacks no set had used (HCL Domino 12, PyroCMS 3). No twist in this module (the three are in gen/p_01_pages.py)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug
from .p_01_pages import (MEGA, MEGA_MASS, jp, bold, banner, fig, tcap, pem, expected_, lst, crumbs_of, tools, sharebar, tags,
                         heavy_head, bigvs, thread, side_heavy, hp)


def R(n):
    return __import__("random").Random(n)


# ===================================================================== 10 Đảng ủy phường Hạ Long (Quảng Ninh): SharePoint Server 2010 + Viettel's news web part; a six-month review of the ward Party committee
A10 = Art("Ban Chấp hành Đảng bộ phường Hạ Long sơ kết công tác 6 tháng đầu năm",
          "Ngày 10/7, Ban Chấp hành Đảng bộ phường Hạ Long tổ chức hội nghị lần thứ 14 để sơ kết công tác lãnh đạo, chỉ đạo 6 tháng đầu năm và bàn nhiệm vụ trọng tâm 6 tháng cuối năm 2028.",
          [("p", "Sáu tháng qua, Đảng bộ phường lãnh đạo thực hiện đạt và vượt 9/12 chỉ tiêu chủ yếu. Tổng lượt khách du lịch đến địa bàn ước đạt 2,1 triệu lượt, tăng 14% so với cùng kỳ; thu ngân sách đạt 58% dự toán."),
           ("p", "Công tác chỉnh trang đô thị được đẩy mạnh; phường hoàn thành cải tạo 5 tuyến phố, lắp mới 320 bóng đèn chiếu sáng và 4 điểm tập kết rác có mái che. Phong trào “Khu dân cư văn minh, thân thiện với du khách” được các tổ dân phố hưởng ứng."),
           ("img", "/Style Library/Images/2028/07/hoi-nghi-bch-dang-bo-phuong-ha-long.jpg", "Đồng chí Bí thư Đảng ủy phường Hạ Long phát biểu kết luận hội nghị"),
           ("p", "Về xây dựng Đảng, Đảng ủy đã tổ chức 2 đợt sinh hoạt chuyên đề ở 100% chi bộ, kiểm tra 6 tổ chức đảng, kết nạp 17 đảng viên mới."),
           ("p", "Hội nghị thống nhất 6 tháng cuối năm tập trung phục vụ cao điểm du lịch, phòng chống thiên tai mùa mưa bão, chuẩn bị tổng kết 3 năm thực hiện mô hình chính quyền địa phương hai cấp.")])


def page10():
    pub = T("2028-07-11 17:20")
    upd = T("2028-07-12 09:05")
    site = "https://danguyphuonghalong.quangninh.gov.vn"
    url = f"{site}/Pages/chi-tiet-tin.aspx?ItemID=611&CatID=2"

    def main(rng, rl, rd):
        body = A10.render(p=jp, img=tcap, sep="\n")
        cq = "".join(f'<li class="dfwp-item"><div class="link-item"><a href="{site}/Pages/chi-tiet-tin.aspx?ItemID={590 + i}">{esc(t)}</a><div class="description">{dmy(d)} | {hm(d)}</div></div></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (bigvs(rng, 48000) +
                f'<div class="vtt-news-detail"><h1 class="vtt-title">{esc(A10.title)}</h1>'
                f'<div class="vtt-date">{wd(pub)}, {dmy(pub)} | {hm(pub)}</div>'
                f'<div class="vtt-sapo"><strong>{esc(A10.lead)}</strong></div><div class="vtt-content ms-rtestate-field">{body}</div>'
                f'<p style="text-align:right"><strong>Phạm Hùng Cường</strong></p>'
                f'<div class="vtt-modified">Cập nhật: {wd(upd)}, {dmy(upd)} | {hm(upd)}</div>'
                + sharebar("vtt-share") + '</div>'
                f'<div class="ms-webpart-zone"><div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle">Tin cùng chuyên mục</h3></div><div class="cbq-layout-main"><ul class="dfwp-column dfwp-list">{cq}</ul></div></div>')

    return hp("s47-10", family="ward_party_sharepoint2010_viettel_news_web_part_content_query_same_section",
              name="quangninh-danguyphuonghalong-sharepoint2010-v4-vendor-master-viettel-news-web-part-big-viewstate-crumb-hoat-dong-dang-uy-h1-weekday-dd-mm-yyyy-pipe-hh-mm-bold-sapo-table-caption-bare-bold-name-cap-nhat-after-text-cqwp-same-section-with-stamps",
              url=url, art=A10, main_fn=main, pub=pub, prefix="vt10", kb=252,
              org="Đảng ủy phường Hạ Long", addr="Phường Hạ Long, tỉnh Quảng Ninh", phone="0203.3825.119",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động Đảng ủy"], "s4-breadcrumb"), top=banner("/Style Library/vt10/banner.png", "Đảng bộ phường Hạ Long"),
              side=side_heavy(lambda d: f"{wd(d)}, {dmy(d)} | {hm(d)}", "Tin mới", "vt10-new", second="Xem nhiều"),
              shell_kw={"layout": "sp2010vtt", "head_extra": heavy_head(R(10), url, A10.title, A10.lead, pub, "Đảng ủy phường Hạ Long", upd=upd, gen="Microsoft SharePoint", section="Hoạt động Đảng ủy"),
                        "items": MEGA, "left": "Trang thông tin điện tử Đảng bộ phường Hạ Long", "form": True, "action": "/Pages/chi-tiet-tin.aspx?ItemID=611&CatID=2"},
              exp=expected_(A10, iso(pub), iso(upd), author="Phạm Hùng Cường", category="Hoạt động Đảng ủy"),
              traps={"update_label": ["Cập nhật:"], "after_text": ["Tin cùng chuyên mục"], "related": lambda rl: rl[:6]},
              notes="SharePoint Server 2010 (a v4.master-derived vendor master) with Viettel's news detail web part, a ~48 KB __VIEWSTATE plus the form's own, a Content Query Web Part 'Tin cùng chuyên mục' under the item whose entries carry 'dd/mm/yyyy | HH:MM' (other items), a right column of other items in the item's very stamp shape with writers; JSON-LD (dates agree), analytics. A ward Party committee's six-month review. 'Thứ Ba, 11/07/2028 | 17:20' under the h1 → published 2028-07-11T17:20; 'Cập nhật: Thứ Tư, 12/07/2028 | 09:05' after the signature → updated 2028-07-12T09:05. Bold sapo (lead); a picture in a table with a caption row. The bare bold right name 'Phạm Hùng Cường' → author. Category 'Hoạt động Đảng ủy'.",
              readme="SharePoint Server 2010 + Viettel's news web part (a 48 KB ViewState), a ward Party committee's six-month review: 'Thứ Ba, dd/mm/yyyy | HH:MM', bold sapo, a table caption, a bare bold name, 'Cập nhật:' after the text, a Content Query list with stamps in the same shape")


# ===================================================================== 11 Hội Người cao tuổi xã Cần Giờ (TP.HCM): WordPress + Twenty Eleven; a health club, comments
A11 = Art("Câu lạc bộ dưỡng sinh xã Cần Giờ kỷ niệm 10 năm thành lập",
          "Sáng 19/8, Hội Người cao tuổi xã Cần Giờ tổ chức kỷ niệm 10 năm thành lập Câu lạc bộ dưỡng sinh, ghi nhận những đóng góp của câu lạc bộ trong chăm sóc sức khỏe, nâng cao đời sống tinh thần cho hội viên.",
          [("p", "Thành lập năm 2018 với 25 hội viên, đến nay câu lạc bộ có 146 hội viên sinh hoạt ở 4 điểm tập luyện. Mỗi sáng từ 5 giờ, các cụ cùng tập các bài dưỡng sinh, thái cực quyền, đi bộ dọc bờ biển."),
           ("p", "Ngoài tập luyện, câu lạc bộ còn duy trì tổ hòa giải, thăm hỏi hội viên ốm đau, tham gia vận động con cháu chấp hành pháp luật, giữ gìn vệ sinh môi trường ở khu dân cư."),
           ("img", "/wp-content/uploads/2028/08/clb-duong-sinh-can-gio-10-nam.jpg", "Hội viên Câu lạc bộ dưỡng sinh biểu diễn bài tập tại buổi lễ"),
           ("p", "Cụ Lê Thị Mười, 84 tuổi, hội viên cao tuổi nhất, chia sẻ: “Từ ngày đi tập, tôi ăn ngon ngủ yên, lại có bạn bè trò chuyện nên vui lắm”."),
           ("p", "Dịp này, Hội Người cao tuổi xã tặng giấy khen cho 12 hội viên có nhiều đóng góp trong 10 năm hoạt động của câu lạc bộ.")])


def page11():
    pub = T("2028-08-20 09:12")
    site = "https://nguoicaotuoi.xacangio.hochiminhcity.gov.vn"
    url = f"{site}/2028/08/20/cau-lac-bo-duong-sinh-xa-can-gio-ky-niem-10-nam-thanh-lap/"
    cm = [("Bảy Tâm", "20/08/2028 lúc 10:31 sáng", "Chúc các cô chú luôn mạnh khỏe!"),
          ("Nguyễn Hữu Lộc", "20/08/2028 lúc 3:15 chiều", "Má tôi tập ở điểm ấp Đồng Hòa, năm nay 79 tuổi vẫn khỏe.",
           ("hoinct_cangio", "20/08/2028 lúc 4:02 chiều", "Cảm ơn anh, kính chúc bác luôn mạnh khỏe.")),
          ("Trần Văn Sáu", "21/08/2028 lúc 6:48 sáng", "Bài viết rất ý nghĩa.")]

    def main(rng, rl, rd):
        body = A11.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<div id="attachment_{n}" class="wp-caption aligncenter" style="width: 610px"><img class="size-large" src="{s}" alt="" width="600" height="400" /><p class="wp-caption-text">{esc(c)}</p></div>', sep="\n")
        return (f'<article id="post-3127" class="post-3127 post type-post status-publish format-standard hentry category-hoat-dong-hoi">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(A11.title)}</h1><div class="entry-meta"><span class="sep">Đăng ngày </span>'
                f'<a href="{url}" title="9:12 sáng" rel="bookmark"><time class="entry-date" datetime="2028-08-20T09:12:00+07:00">{dmy(pub)}</time></a>'
                f'<span class="by-author"> <span class="sep"> bởi </span> <span class="author vcard"><a class="url fn n" href="{site}/author/hoinct_cangio/" rel="author">hoinct_cangio</a></span></span></div></header>'
                f'<div class="entry-content"><p><strong>{esc(A11.lead)}</strong></p>{body}<p style="text-align: right;"><em>Trương Văn Khải - Hội Người cao tuổi xã</em></p></div>'
                f'<footer class="entry-meta">Bài viết này được đăng trong <a href="{site}/category/hoat-dong-hoi/" rel="category tag">Hoạt động Hội</a>. Đánh dấu <a href="{url}" rel="bookmark">đường dẫn tĩnh</a>.</footer></article>'
                f'<nav id="nav-single"><h3 class="assistive-text">Điều hướng bài viết</h3><span class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">←</span> {esc(rl[0])}</a></span> <span class="nav-next"><a href="#" rel="next">{esc(rl[1])} <span class="meta-nav">→</span></a></span></nav>'
                f'<div id="comments">{thread(cm, "Bình luận", "commentlist")}</div>')

    return hp("s47-11", family="elderly_association_wp_twentyeleven_entry_meta_time_title_tooltip_comments",
              name="hochiminhcity-cangio-hoinguoicaotuoi-wordpress-twenty-eleven-h1-entry-title-dang-ngay-dd-mm-yyyy-time-datetime-title-tooltip-by-author-account-bold-first-p-lead-wp-caption-italic-right-name-dash-unit-category-footer-nav-single-comments",
              url=url, art=A11, main_fn=main, pub=pub, prefix="tt11", kb=188,
              org="Hội Người cao tuổi xã Cần Giờ", addr="Xã Cần Giờ, Thành phố Hồ Chí Minh", phone="028.3874.0212",
              crumbs="", top=lambda rng, p: '<h1 id="site-title"><span><a href="/" rel="home">Hội Người cao tuổi xã Cần Giờ</a></span></h1><h2 id="site-description">Tuổi cao - gương sáng</h2><a href="/"><img src="/wp-content/uploads/2026/01/header-cangio.jpg" width="1000" height="288" alt="" /></a>',
              side=side_heavy(lambda d: f"{dmy(d)}", "Bài viết mới", "widget_recent_entries", second="Được xem nhiều", docs=False),
              shell_kw={"layout": "tt11", "head_extra": heavy_head(R(11), url, A11.title, A11.lead, pub, "Hội Người cao tuổi xã Cần Giờ", gen="WordPress 6.9", section="Hoạt động Hội"),
                        "items": MEGA_MASS, "left": ""},
              exp=expected_(A11, iso(pub), author="Trương Văn Khải", unit="Hội Người cao tuổi xã", category="Hoạt động Hội"),
              traps={"account": ["hoinct_cangio"], "entry_footer": ["Bài viết này được đăng trong", "đường dẫn tĩnh"], "comments": ["Bảy Tâm", "Nguyễn Hữu Lộc", "Trần Văn Sáu", "20/08/2028 lúc 3:15 chiều"],
                     "nav": ["Điều hướng bài viết"]},
              notes="WordPress + Twenty Eleven (#branding with the header image, #access, #primary, #secondary widgets of other posts with their days and writers, comments with nested replies). An elderly people's health club's 10th anniversary. Entry meta 'Đăng ngày <a title=\"9:12 sáng\"><time datetime=\"2028-08-20T09:12:00+07:00\">20/08/2028</time></a> bởi hoinct_cangio' → published 2028-08-20T09:12 (the date-only stamp with its own datetime and its link's time tooltip: sets 25 MAJORITY and 43; the JSON-LD agrees); 'hoinct_cangio' is an account (set 34). The bold first paragraph is the lead (sets 30-31); one wp-caption. The italic right 'Trương Văn Khải - Hội Người cao tuổi xã' → author, unit 'Hội Người cao tuổi xã'. Category 'Hoạt động Hội' (the entry footer's category link; there is no crumb). The 84-year-old member quoted is a subject. Not body: the entry footer, previous / next, the comments (the association's account replies).",
              readme="WordPress + Twenty Eleven, a health club's anniversary: 'Đăng ngày' + <time datetime> with a '9:12 sáng' link title, an account, bold first paragraph (lead), a wp-caption, italic 'Name - unit', the category in the entry footer, comments with a reply")


# ===================================================================== 12 Liên đoàn Lao động tỉnh Hưng Yên: a vendor's ASP.NET WebForms CMS with an AjaxControlToolkit Accordion; union shelter houses
A12 = Art("Trao 15 “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn",
          "Ngày 7/8, Liên đoàn Lao động tỉnh phối hợp với các doanh nghiệp tổ chức trao 15 “Mái ấm Công đoàn” cho đoàn viên, người lao động có hoàn cảnh khó khăn về nhà ở, tổng trị giá 750 triệu đồng.",
          [("p", "Mỗi “Mái ấm Công đoàn” được hỗ trợ 50 triệu đồng để xây mới hoặc sửa chữa nhà ở; nguồn kinh phí từ Quỹ Xã hội của Liên đoàn Lao động tỉnh và sự đóng góp của 9 doanh nghiệp trong các khu công nghiệp."),
           ("p", "Các đoàn viên được hỗ trợ đều là công nhân có thu nhập thấp, đang ở nhà tạm hoặc nhà xuống cấp, nhiều người là lao động nữ nuôi con một mình. Danh sách được công đoàn cơ sở bình xét công khai, có xác nhận của chính quyền nơi cư trú."),
           ("img", "/Uploads/TinTuc/2028/8/trao-mai-am-cong-doan.jpg", "Lãnh đạo Liên đoàn Lao động tỉnh trao biển tượng trưng hỗ trợ “Mái ấm Công đoàn”"),
           ("p", "Chị Vũ Thị Hường, công nhân Công ty TNHH may Phố Hiến, xúc động: “Có thêm khoản hỗ trợ này, mẹ con tôi sẽ sửa lại mái nhà trước mùa mưa bão”."),
           ("p", "Từ năm 2023 đến nay, các cấp công đoàn trong tỉnh đã hỗ trợ xây mới, sửa chữa 186 “Mái ấm Công đoàn” với tổng kinh phí hơn 8 tỷ đồng.")])


def page12():
    pub = T("2028-08-08 09:40")
    site = "https://congdoan.hungyen.gov.vn"
    url = f"{site}/tin-tuc/chi-tiet.aspx?id=5127&cm=tin-hoat-dong"

    def main(rng, rl, rd):
        body = A12.render(p=jp, img=tcap, sep="\n")
        return (bigvs(rng, 72000) +
                f'<table class="dv-detail" id="ctl00_cphMain_dvTinTuc" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr><td>'
                f'<h1 class="dv-title"><span id="ctl00_cphMain_dvTinTuc_lblTieuDe">{esc(A12.title)}</span></h1>'
                f'<div class="dv-info"><span id="ctl00_cphMain_dvTinTuc_lblNgayDang">Ngày {dmy(pub)} {hm(pub)}</span> | <span id="ctl00_cphMain_dvTinTuc_lblLuotXem">Lượt xem: 438</span></div>'
                f'<div class="dv-sapo"><span id="ctl00_cphMain_dvTinTuc_lblTomTat"><strong>{esc(A12.lead)}</strong></span></div>'
                f'<div class="dv-content" id="ctl00_cphMain_dvTinTuc_divNoiDung">{body}</div>'
                f'<div class="dv-author" style="text-align:right"><span id="ctl00_cphMain_dvTinTuc_lblTacGia">Tác giả: Đoàn Thị Mến</span></div>'
                f'</td></tr></table>' + tools("dv-tools")
                + lst(site, "/tin-tuc/chi-tiet.aspx?id=", list(zip(rl[:6], rd)), lambda d: f"(Ngày {dmy(d)} {hm(d)})", cls="dv-other", head="Tin khác", start=5100, ext=""))

    return hp("s47-12", family="labour_federation_aspnet_webforms_accordion_detailsview_lbltacgia",
              name="hungyen-liendoanlaodong-aspnet-webforms-vendor-cms-ajaxcontroltoolkit-accordion-left-menu-detailsview-table-big-viewstate-crumb-tin-hoat-dong-lbltieude-ngay-dd-mm-yyyy-hh-mm-luot-xem-bold-lbltomtat-table-caption-lbltacgia-tin-khac-with-stamps",
              url=url, art=A12, main_fn=main, pub=pub, prefix="acc", kb=273,
              org="Liên đoàn Lao động tỉnh Hưng Yên", addr="Phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.431",
              crumbs=crumbs_of(site, ["Tin tức", "Tin hoạt động"], "acc-path"), top=banner("/Images/banner-ldld.png", "Liên đoàn Lao động tỉnh Hưng Yên"),
              side=side_heavy(lambda d: f"Ngày {dmy(d)} {hm(d)}", "Tin đọc nhiều", "acc-most"),
              shell_kw={"layout": "aspx_acc", "head_extra": heavy_head(R(12), url, A12.title, A12.lead, pub, "Liên đoàn Lao động tỉnh Hưng Yên", section="Tin hoạt động"),
                        "items": MEGA_MASS, "left": "Liên đoàn Lao động tỉnh Hưng Yên - Đường dây nóng: 0221.3862.431", "form": True, "action": "./chi-tiet.aspx?id=5127&cm=tin-hoat-dong"},
              exp=expected_(A12, iso(pub), author="Đoàn Thị Mến", category="Tin hoạt động"),
              traps={"meta": ["Lượt xem: 438"], "tools": ["Cỡ chữ:", "In bài"], "accordion": ["Tin hoạt động · Công đoàn cơ sở · Chính sách - Pháp luật"], "after_text": ["Tin khác"], "related": lambda rl: rl[:6]},
              notes="A local vendor's ASP.NET WebForms CMS: an AjaxControlToolkit ACCORDION as the left menu, the item in a DetailsView-like table (lblTieuDe, lblNgayDang, lblLuotXem, lblTomTat, divNoiDung, lblTacGia), a ~72 KB __VIEWSTATE plus the form's own, a right column of other items whose stamps use the item's very shape ('Ngày dd/mm/yyyy HH:MM'), 'Tin khác' after the item in the same shape; JSON-LD, analytics. Union shelter houses. 'Ngày 08/08/2028 09:40' → published 2028-08-08T09:40. Bold lblTomTat (lead); a picture in a table with a caption row. 'Tác giả: Đoàn Thị Mến' (lblTacGia) → author. The worker quoted is a subject. Category 'Tin hoạt động' (the crumb's last level; the accordion's 'Chuyên mục' list is chrome).",
              readme="A vendor's ASP.NET WebForms CMS with an AjaxControlToolkit Accordion (a 72 KB ViewState), union shelter houses: lblNgayDang 'Ngày dd/mm/yyyy HH:MM', bold lblTomTat, a table caption, lblTacGia; other items in the same stamp shape before and after")


# ===================================================================== 13 Hội Nông dân tỉnh Bắc Ninh: DotNetNuke 6.2 with a vendor skin and a local vendor's news module; an OCOP training
A13 = Art("Tập huấn xây dựng, phát triển sản phẩm OCOP cho hội viên nông dân",
          "Trong hai ngày 13 và 14/9, Hội Nông dân tỉnh phối hợp với Sở Nông nghiệp và Môi trường tổ chức lớp tập huấn về xây dựng, phát triển sản phẩm OCOP cho 120 hội viên là chủ hộ, chủ tổ hợp tác, hợp tác xã.",
          [("p", "Học viên được hướng dẫn quy trình đánh giá, phân hạng sản phẩm OCOP; cách xây dựng câu chuyện sản phẩm, thiết kế bao bì, nhãn mác; đăng ký mã số vùng trồng, truy xuất nguồn gốc và đưa sản phẩm lên các sàn thương mại điện tử."),
           ("p", "Nhiều học viên mang theo sản phẩm của gia đình để được chuyên gia góp ý trực tiếp, như bánh phu thê Đình Bảng, gà Hồ, rượu làng Vân, mật ong rừng Yên Thế."),
           ("img", "/Portals/0/TinTuc/2028/09/tap-huan-ocop-hoi-nong-dan.jpg", "Chuyên gia hướng dẫn học viên hoàn thiện nhãn mác sản phẩm"),
           ("p", "Theo Hội Nông dân tỉnh, hiện toàn tỉnh có 214 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 61 sản phẩm do hội viên nông dân làm chủ thể. Năm 2028, Hội phấn đấu hỗ trợ thêm ít nhất 20 sản phẩm của hội viên đạt chuẩn OCOP.")])


def page13():
    pub = T("2028-09-14 15:05")
    site = "https://hoinongdan.bacninh.gov.vn"
    url = f"{site}/tin-tuc/tabid/212/ArticleID/4471/tap-huan-xay-dung-phat-trien-san-pham-ocop-cho-hoi-vien-nong-dan.aspx"

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=tcap, sep="\n")
        return (bigvs(rng, 38000, "__VIEWSTATE_DNN") +
                f'<div class="vnnews-detail"><h2 class="vnnews-title"><span id="dnn_ctr1207_ViewVNNews_lblTitle">{esc(A13.title)}</span></h2>'
                f'<div class="vnnews-date"><span id="dnn_ctr1207_ViewVNNews_lblDate">{wd(pub)}, {dmy(pub)} {hm(pub)}</span></div>'
                f'<div class="vnnews-sapo"><span id="dnn_ctr1207_ViewVNNews_lblSummary"><strong><em>{esc(A13.lead)}</em></strong></span></div>'
                f'<div class="vnnews-content">{body}</div>'
                f'<div class="vnnews-author" style="text-align:right"><span id="dnn_ctr1207_ViewVNNews_lblAuthor">Nguyễn Văn Quý (Văn phòng Hội Nông dân tỉnh)</span></div>'
                + sharebar("vnnews-share") + '</div>'
                + lst(site, "/tin-tuc/tabid/212/ArticleID/", list(zip(rl[:6], rd)), lambda d: f"({wd(d)}, {dmy(d)} {hm(d)})", cls="vnnews-other", head="Các tin khác", start=4400, ext=".aspx"))

    return hp("s47-13", family="farmers_union_dnn62_bootstrap2_skin_vendor_news_module_lblauthor_name_unit",
              name="bacninh-hoinongdantinh-dnn62-vendor-skin-bootstrap2-row-fluid-vnnews-module-h2-lbltitle-weekday-dd-mm-yyyy-hh-mm-bold-italic-lblsummary-table-caption-lblauthor-name-paren-unit-cac-tin-khac-with-stamps",
              url=url, art=A13, main_fn=main, pub=pub, prefix="dnn62", kb=231,
              org="Hội Nông dân tỉnh Bắc Ninh", addr="Phường Kinh Bắc, tỉnh Bắc Ninh", phone="0222.3822.517",
              crumbs=lambda rng: '<span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="/" class="breadcrumb">Trang chủ</a> › <a href="/tin-tuc" class="breadcrumb">Tin tức</a> › <a href="/tin-tuc/hoat-dong-hoi" class="breadcrumb">Hoạt động Hội</a></span>',
              top=banner("/Portals/0/Skins/HND62/images/banner.png", "Hội Nông dân tỉnh Bắc Ninh"),
              side=side_heavy(lambda d: f"{wd(d)}, {dmy(d)} {hm(d)}", "Tin mới", "dnn62-new", second="Đọc nhiều"),
              shell_kw={"layout": "dnn62", "head_extra": heavy_head(R(13), url, A13.title, A13.lead, pub, "Hội Nông dân tỉnh Bắc Ninh", gen="DotNetNuke 06.02.09", section="Hoạt động Hội"),
                        "items": MEGA_MASS, "left": f"Hôm nay: {wd(pub + timedelta(days=3), lower=True)}, {dmy(pub + timedelta(days=3))}", "form": True, "dnn": True, "action": "/tin-tuc/tabid/212/ArticleID/4471/Default.aspx"},
              exp=expected_(A13, iso(pub), author="Nguyễn Văn Quý", unit="Văn phòng Hội Nông dân tỉnh", category="Hoạt động Hội"),
              traps={"after_text": ["Các tin khác"], "clock": [f"Hôm nay: {wd(pub + timedelta(days=3), lower=True)}, {dmy(pub + timedelta(days=3))}"], "related": lambda rl: rl[:6]},
              notes="DotNetNuke 6.2 (a vendor skin on a Bootstrap 2 row-fluid grid, ContentPane / RightPane) with a local vendor's news module (ViewVNNews: lblTitle printed as an <h2>, lblDate, lblSummary, lblAuthor); a ~38 KB hidden state field besides the form's own ViewState, a header clock 'Hôm nay: …' (the crawl day), a right column of other items in the item's very stamp shape with writers; JSON-LD, analytics. An OCOP training for farmers. 'Thứ Năm, 14/09/2028 15:05' → published 2028-09-14T15:05. Bold italic lblSummary (lead); a picture in a table with a caption row. lblAuthor 'Nguyễn Văn Quý (Văn phòng Hội Nông dân tỉnh)' → author 'Nguyễn Văn Quý', unit 'Văn phòng Hội Nông dân tỉnh'. Category 'Hoạt động Hội' (DNN's breadcrumb skin object). The title is the module's <h2> (the page has no other headline of the item).",
              readme="DotNetNuke 6.2 with a Bootstrap 2 skin and a vendor news module, an OCOP training: an <h2> lblTitle, 'Thứ Năm, dd/mm/yyyy HH:MM', bold italic lblSummary, a table caption, lblAuthor 'Name (unit)', a 'Hôm nay:' header clock")


# ===================================================================== 14 Hội LHPN xã Mường Lay (Điện Biên): Joomla 3.7 + GavickPro's News Pro GK5; a women's club against domestic violence
A14 = Art("Ra mắt Câu lạc bộ “Phụ nữ nói không với bạo lực gia đình” ở bản Na Lay",
          "Ngày 26/7, Hội Liên hiệp Phụ nữ xã Mường Lay ra mắt Câu lạc bộ “Phụ nữ nói không với bạo lực gia đình” tại bản Na Lay với 32 thành viên là hội viên phụ nữ người Thái, người Mông.",
          [("p", "Câu lạc bộ sinh hoạt định kỳ mỗi tháng một lần, nội dung tập trung tuyên truyền Luật Phòng, chống bạo lực gia đình, kỹ năng ứng xử trong gia đình, hướng dẫn chị em cách tìm sự trợ giúp khi bị bạo lực."),
           ("p", "Các buổi sinh hoạt được tổ chức bằng cả tiếng Việt, tiếng Thái và tiếng Mông, lồng ghép hình thức sân khấu hóa, hỏi - đáp có thưởng để chị em dễ nhớ, dễ làm theo."),
           ("img", "/images/2028/07/ra-mat-clb-na-lay.jpg", "Các thành viên Câu lạc bộ ra mắt tại nhà văn hóa bản Na Lay"),
           ("p", "Bà Lò Thị Thoa, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết câu lạc bộ sẽ phối hợp với tổ hòa giải, công an xã theo dõi, kịp thời can thiệp các vụ việc, không để xảy ra bạo lực nghiêm trọng trên địa bàn.")])


def page14():
    pub = T("2028-07-27 08:30")
    site = "https://phunu.muonglay.dienbien.gov.vn"
    url = f"{site}/index.php/tin-tuc/hoat-dong-hoi/318-ra-mat-cau-lac-bo-phu-nu-noi-khong-voi-bao-luc-gia-dinh-o-ban-na-lay"
    months = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"]
    jd = lambda d: f"{wd(d, lower=True)}, {d.day:02d} {months[d.month - 1]} {d.year} {hm(d)}"

    def main(rng, rl, rd):
        body = A14.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<p style="text-align: center;"><img src="{s}" alt="" /></p><p class="gk-caption" style="text-align: center;"><em>{esc(c)}</em></p>', sep="\n")
        return (f'<article class="item-page" itemscope itemtype="https://schema.org/Article"><header><h1 itemprop="headline">{esc(A14.title)}</h1>'
                f'<ul class="gk-article-info"><li class="itemCategory">Chuyên mục: <a href="{site}/index.php/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></li>'
                f'<li class="createdby">Viết bởi <span itemprop="name">Quản trị</span></li><li class="published"><time datetime="2028-07-27T01:30:00+00:00" itemprop="datePublished">Ngày đăng: {jd(pub)}</time></li><li class="hits">Lượt xem: 211</li></ul></header>'
                f'<div itemprop="articleBody"><p><strong>{esc(A14.lead)}</strong></p>{body}<p style="text-align: right;"><em><strong>Lò Thị Hương</strong></em></p></div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Trước</a></li><li class="next"><a href="#" rel="next">Tiếp &gt;</a></li></ul></article>'
                + lst(site, "/index.php/tin-tuc/hoat-dong-hoi/", list(zip(rl[:6], rd)), jd, cls="gk-related", head="Bài viết liên quan", start=300, ext=""))

    return hp("s47-14", family="commune_womens_union_joomla37_gk5_newspro_article_info_joomla_date_words",
              name="dienbien-muonglay-hoilhpnxa-joomla37-gavickpro-news-pro-gk5-item-page-h1-chuyen-muc-viet-boi-account-ngay-dang-weekday-dd-thang-m-yyyy-hh-mm-utc-datetime-hits-bold-first-p-lead-centred-italic-captions-italic-bold-right-name-pagenav",
              url=url, art=A14, main_fn=main, pub=pub, prefix="gk", kb=196,
              org="Hội Liên hiệp Phụ nữ xã Mường Lay", addr="Xã Mường Lay, tỉnh Điện Biên", phone="0215.3852.190",
              crumbs=lambda rng: f'<ul class="breadcrumb"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/index.php/tin-tuc">Tin tức</a></li><li class="active"><span>Hoạt động Hội</span></li></ul>',
              top=banner("/templates/gk_news_pro/images/logo-hlhpn.png", "Hội Liên hiệp Phụ nữ xã Mường Lay"),
              side=side_heavy(jd, "Tin mới", "gkNspPM"),
              shell_kw={"layout": "gk_newspro", "head_extra": heavy_head(R(14), url, A14.title, A14.lead, pub, "Hội Liên hiệp Phụ nữ xã Mường Lay", gen="Joomla! - Open Source Content Management", section="Hoạt động Hội"),
                        "items": MEGA_MASS, "left": ""},
              exp=expected_(A14, iso(pub), author="Lò Thị Hương", category="Hoạt động Hội"),
              traps={"info": ["Viết bởi", "Quản trị", "Lượt xem: 211"], "pagenav": ["< Trước", "Tiếp >"], "after_text": ["Bài viết liên quan"], "related": lambda rl: rl[:6]},
              notes="Joomla 3.7 + GavickPro's News Pro GK5 template (gkHeader, gkMainMenu, the com_content item in gkMainbody, gkSidebar with NSP lists of other items in the item's very stamp shape with writers); JSON-LD, analytics. A women's club against domestic violence. The article info: 'Chuyên mục: Hoạt động Hội', 'Viết bởi Quản trị' (an account, set 34), 'Ngày đăng: Thứ năm, 27 Tháng 7 2028 08:30' in a <time datetime=\"2028-07-27T01:30:00+00:00\"> (the same moment in UTC) → published 2028-07-27T08:30, the hits. The bold first paragraph is the lead; one picture with a centred italic caption (p.gk-caption). The italic bold right 'Lò Thị Hương' → author. The union chair quoted is a subject. Category 'Hoạt động Hội' (crumb and info agree). Not body: the info list, previous / next, 'Bài viết liên quan'.",
              readme="Joomla 3.7 + GavickPro's News Pro GK5, a women's club: 'Ngày đăng: Thứ năm, dd Tháng m yyyy HH:MM' with a UTC datetime, 'Viết bởi' an account, bold first paragraph (lead), a centred italic caption, an italic bold name")


# ===================================================================== 15 Hội Khuyến học tỉnh Quảng Ngãi: Drupal 9 + a Gavias theme; scholarships
A15 = Art("Trao 420 suất học bổng “Tiếp sức đến trường” năm học 2028 - 2029",
          "Ngày 24/8, Hội Khuyến học tỉnh phối hợp với các nhà tài trợ trao 420 suất học bổng “Tiếp sức đến trường” cho học sinh, sinh viên có hoàn cảnh khó khăn vượt khó học tốt, tổng trị giá hơn 1,2 tỷ đồng.",
          [("p", "Các suất học bổng trị giá từ 2 đến 5 triệu đồng, dành cho học sinh trung học cơ sở, trung học phổ thông và tân sinh viên; trong đó 136 suất dành cho học sinh người đồng bào dân tộc thiểu số ở các xã miền núi và đặc khu Lý Sơn."),
           ("p", "Em Đinh Văn Thương, tân sinh viên Trường Đại học Y Dược Huế, người Hrê ở xã Ba Tơ, cho biết học bổng giúp em trang trải chi phí những tháng đầu nhập học."),
           ("img", "/sites/default/files/2028-08/trao-hoc-bong-tiep-suc-den-truong.jpg", "Đại diện nhà tài trợ trao học bổng cho học sinh"),
           ("p", "Từ năm 2020 đến nay, chương trình “Tiếp sức đến trường” đã trao hơn 3.100 suất học bổng với tổng trị giá trên 8 tỷ đồng.")])


def page15():
    pub = T("2028-08-25 16:10")
    site = "https://khuyenhoc.quangngai.gov.vn"
    url = f"{site}/tin-tuc/trao-420-suat-hoc-bong-tiep-suc-den-truong-nam-hoc-2028-2029"

    def main(rng, rl, rd):
        body = A15.render(p=jp, img=lambda s, c, n: f'<figure role="group" class="caption caption-img align-center"><img src="{s}" alt="" /><figcaption>{esc(c)}</figcaption></figure>', sep="\n")
        return (f'<div class="node node--type-article node--view-mode-full node-detail"><h1 class="post-title"><span class="field field--name-title">{esc(A15.title)}</span></h1>'
                f'<div class="post-meta"><span class="post-created">Ngày đăng: {dmy(pub)} - {hm(pub)}</span> <span class="post-comment">0 bình luận</span></div>'
                f'<div class="field field--name-field-tom-tat"><p><strong>{esc(A15.lead)}</strong></p></div>'
                f'<div class="field field--name-body field--type-text-with-summary">{body}</div>'
                f'<div class="field field--name-field-tac-gia"><div class="field__label">Tác giả</div><div class="field__item">Bùi Thị Nguyệt</div></div>'
                f'<div class="field field--name-field-nguon"><div class="field__label">Nguồn</div><div class="field__item">Hội Khuyến học xã Ba Tơ</div></div>'
                f'<div class="field field--name-field-tags"><div class="field__label">Thẻ</div><div class="field__items"><a href="/tags/hoc-bong">học bổng</a> <a href="/tags/khuyen-hoc">khuyến học</a></div></div></div>'
                + lst(site, "/tin-tuc/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} - {hm(d)}", cls="view-related", head="Tin liên quan", start=800, ext=""))

    return hp("s47-15", family="study_promotion_association_drupal9_gavias_theme_tac_gia_nguon_fields",
              name="quangngai-hoikhuyenhoctinh-drupal9-gavias-theme-node-detail-crumb-hoat-dong-hoi-h1-post-title-ngay-dang-dd-mm-yyyy-dash-hh-mm-comment-count-bold-tom-tat-field-figcaption-tac-gia-field-nguon-field-the-views-related",
              url=url, art=A15, main_fn=main, pub=pub, prefix="gva", kb=209,
              org="Hội Khuyến học tỉnh Quảng Ngãi", addr="Phường Cẩm Thành, tỉnh Quảng Ngãi", phone="0255.3822.916",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động Hội"], "breadcrumb"), top=banner("/themes/gavias_edu/logo.png", "Hội Khuyến học tỉnh Quảng Ngãi"),
              side=side_heavy(lambda d: f"{dmy(d)} - {hm(d)}", "Tin mới", "gva-new", second="Xem nhiều"),
              shell_kw={"layout": "gavias_d9", "head_extra": heavy_head(R(15), url, A15.title, A15.lead, pub, "Hội Khuyến học tỉnh Quảng Ngãi", gen="Drupal 9 (https://www.drupal.org)", section="Hoạt động Hội"),
                        "items": MEGA_MASS, "left": "Email: khuyenhoc@quangngai.gov.vn | ĐT: 0255.3822.916"},
              exp=expected_(A15, iso(pub), author="Bùi Thị Nguyệt", category="Hoạt động Hội"),
              traps={"meta": ["0 bình luận"], "source": ["Hội Khuyến học xã Ba Tơ"], "tags": ["Thẻ"], "after_text": ["Tin liên quan"], "related": lambda rl: rl[:6]},
              notes="Drupal 9 + a Gavias theme (a topbar, a header, a main menu, the node in .node-detail, a right sidebar of Views blocks listing other items in the item's very stamp shape with writers); JSON-LD, analytics. Scholarships. 'Ngày đăng: 25/08/2028 - 16:10' with a comment count → published 2028-08-25T16:10. The 'Tóm tắt' field in bold (lead); one figure with a figcaption. Fields after the text: 'Tác giả' Bùi Thị Nguyệt (author), 'Nguồn' Hội Khuyến học xã Ba Tơ (a source, set 13: no unit), 'Thẻ'. The student quoted is a subject. Category 'Hoạt động Hội' (the crumb's last level).",
              readme="Drupal 9 + a Gavias theme, scholarships: 'Ngày đăng: dd/mm/yyyy - HH:MM', a bold 'Tóm tắt' field, a figcaption, 'Tác giả' field (author) and 'Nguồn' field (a source, no unit)")


# ===================================================================== 16 Báo và Phát thanh, Truyền hình Cà Mau: a press CMS's 'Tọa đàm' (round-table) view
A16 = Art("Tọa đàm: Chuyển đổi số ở cấp xã - từ phong trào đến hiệu quả thực chất",
          "Sau ba năm vận hành chính quyền địa phương hai cấp, chuyển đổi số ở cấp xã đã có nhiều chuyển biến, nhưng vẫn còn khoảng cách giữa số liệu báo cáo và trải nghiệm của người dân. Báo và Phát thanh, Truyền hình Cà Mau tổ chức tọa đàm với sự tham gia của lãnh đạo địa phương, cán bộ cơ sở và người dân.",
          [("p", "PV: Thưa ông, đâu là kết quả rõ nhất của chuyển đổi số ở cấp xã trong năm qua?"),
           ("p", "Ông Tô Văn Khởi, Phó Chủ tịch UBND xã Năm Căn: Rõ nhất là thủ tục hành chính. Năm 2028, 96% hồ sơ của xã được tiếp nhận trực tuyến toàn trình, người dân ở các ấp xa không phải đi đò lên xã như trước."),
           ("p", "PV: Là người dân, chị thấy việc làm thủ tục trực tuyến có thuận tiện không?"),
           ("p", "Chị Lâm Thị Bé Tư, ấp Xóm Mới: Lúc đầu tôi không biết làm, nhờ tổ công nghệ số cộng đồng chỉ cho mấy lần thì làm được. Giờ đăng ký khai sinh cho con, xin giấy xác nhận đều làm trên điện thoại."),
           ("img", "/Uploads/2028/9/toa-dam-chuyen-doi-so-cap-xa.jpg", "Các khách mời tại buổi tọa đàm"),
           ("p", "PV: Vậy vướng mắc lớn nhất hiện nay là gì?"),
           ("p", "Ông Tô Văn Khởi: Vẫn là hạ tầng và con người. Ở các ấp ven biển, sóng di động còn chập chờn; nhiều người cao tuổi chưa có điện thoại thông minh. Xã đang đề xuất bố trí điểm hỗ trợ dịch vụ công tại nhà văn hóa ấp."),
           ("p", "Bà Nguyễn Thu Hà, Phó Giám đốc Sở Khoa học và Công nghệ: Tỉnh sẽ ưu tiên phủ sóng 4G, 5G ở 38 ấp còn vùng lõm trong năm 2029, đồng thời tiếp tục duy trì tổ công nghệ số cộng đồng ở tất cả các ấp, khóm.")])


def page16():
    pub = T("2028-09-08 06:30")
    site = "https://baocamau.vn"
    url = f"{site}/toa-dam/chuyen-doi-so-o-cap-xa-tu-phong-trao-den-hieu-qua-thuc-chat-a61244.html"

    def main(rng, rl, rd):
        body = A16.render(p=jp, img=fig, sep="\n")
        guests = ('<div class="td-guests"><h3>Khách mời</h3><ul><li><b>Bà Nguyễn Thu Hà</b> - Phó Giám đốc Sở Khoa học và Công nghệ</li><li><b>Ông Tô Văn Khởi</b> - Phó Chủ tịch UBND xã Năm Căn</li>'
                  '<li><b>Chị Lâm Thị Bé Tư</b> - Người dân ấp Xóm Mới</li></ul><p class="td-host">Dẫn chương trình: Nhà báo Quách Minh Luân</p></div>')
        return (f'<article class="td-article"><div class="td-label">TỌA ĐÀM TRỰC TUYẾN</div><h1 class="td-title">{esc(A16.title)}</h1>'
                f'<div class="td-meta"><span class="td-date">{wd(pub)}, {dmy(pub)} {hm(pub)}</span> <span class="td-listen">Nghe bài viết</span></div>'
                f'{guests}<div class="td-sapo"><h2>{esc(A16.lead)}</h2></div><div class="td-body">{body}</div>'
                f'<div class="td-credit" style="text-align:right"><strong>Thực hiện: Quốc Toản - Mỹ Hạnh</strong></div>'
                + tags(site, ["chuyển đổi số", "cấp xã", "dịch vụ công"], "Từ khóa:") + sharebar("td-share") + '</article>'
                + lst(site, "/toa-dam/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} {hm(d)}", cls="td-more", head="Các cuộc tọa đàm khác", start=61000))

    return hp("s47-16", family="merged_press_agency_toa_dam_round_table_view_guests_band",
              name="camau-baovaphatthanhtruyenhinh-press-cms-toa-dam-round-table-view-label-h1-weekday-dd-mm-yyyy-hh-mm-listen-guests-band-before-sapo-h2-sapo-pv-and-speaker-labels-figure-thuc-hien-two-names-tags",
              url=url, art=A16, main_fn=main, pub=pub, prefix="td", kb=257,
              org="Báo và Phát thanh, Truyền hình Cà Mau", addr="Phường An Xuyên, tỉnh Cà Mau", phone="0290.3831.244",
              crumbs=crumbs_of(site, ["Thời sự", "Tọa đàm"], "td-breadcrumb"), top=banner("/images/logo-camau.png", "Báo và Phát thanh, Truyền hình Cà Mau"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Đọc nhiều", "td-most", second="Mới nhất", docs=False),
              shell_kw={"layout": "press_toadam", "head_extra": heavy_head(R(16), url, A16.title, A16.lead, pub, "Báo và Phát thanh, Truyền hình Cà Mau", section="Tọa đàm"),
                        "items": None, "left": f"{wd(pub)}, {dmy(pub)}"},
              exp=expected_(A16, iso(pub), author="Quốc Toản, Mỹ Hạnh", category="Tọa đàm"),
              traps={"label": ["TỌA ĐÀM TRỰC TUYẾN"], "listen": ["Nghe bài viết"], "guests": ["Khách mời", "Dẫn chương trình: Nhà báo Quách Minh Luân"], "credit": ["Thực hiện:"],
                     "after_text": ["Từ khóa:", "Các cuộc tọa đàm khác"], "related": lambda rl: rl[:6]},
              notes="A merged provincial press agency's CMS, the 'Tọa đàm' (round-table) view: a form label 'TỌA ĐÀM TRỰC TUYẾN' over the h1 (a form kicker, set 27: no category), 'Thứ Sáu, 08/09/2028 06:30' with a 'Nghe bài viết' player link → published 2028-09-08T06:30 (the header day is the same date and no stamp). A GUESTS BAND before the sapo (names with posts, the host 'Dẫn chương trình: Nhà báo Quách Minh Luân') is the view's chrome, not body and not the credit (the host moderates, set 27's roles). The <h2> sapo is the lead (set 28). The turns keep their 'PV:' and speaker labels (set 30); one figure. 'Thực hiện: Quốc Toản - Mỹ Hạnh' → two writers (set 27 'Thực hiện:', set 28 two short names). Category 'Tọa đàm' (the crumb's last level: the section of round-tables, not the label). Speakers are subjects.",
              readme="A press CMS's 'Tọa đàm' round-table view, digital transformation at commune level: a form label, 'Thứ Sáu, dd/mm/yyyy HH:MM', a GUESTS BAND with the host before the sapo (chrome), an <h2> sapo, 'PV:' and speaker labels, 'Thực hiện: A - B' (two writers)")


# ===================================================================== 17 Công đoàn Viên chức tỉnh Lào Cai: HCL Domino 12 (a Notes database on the web); a sports festival
A17 = Art("Sôi nổi Hội thao công nhân, viên chức, lao động khối cơ quan tỉnh năm 2028",
          "Từ ngày 19 đến 22/6, Công đoàn Viên chức tỉnh tổ chức Hội thao công nhân, viên chức, lao động năm 2028 với sự tham gia của 640 vận động viên đến từ 31 công đoàn cơ sở.",
          [("p", "Hội thao gồm 5 môn thi đấu: bóng chuyền hơi, cầu lông, bóng bàn, kéo co và đẩy gậy. Các trận đấu diễn ra sôi nổi, công bằng, thể hiện tinh thần đoàn kết, giao lưu giữa các cơ quan, đơn vị."),
           ("p", "Kết quả, Công đoàn cơ sở Sở Y tế giành giải nhất toàn đoàn; giải nhì thuộc về Công đoàn cơ sở Văn phòng UBND tỉnh; Công đoàn cơ sở Sở Giáo dục và Đào tạo và Công đoàn cơ sở Kho bạc Nhà nước khu vực đồng giải ba."),
           ("img", "/portal.nsf/0/img/$FILE/hoi-thao-cnvcld-2028.jpg", "Trận chung kết môn kéo co nữ"),
           ("p", "Phát biểu bế mạc, đồng chí Sùng Thị Mai, Chủ tịch Công đoàn Viên chức tỉnh, cho biết hội thao là hoạt động thiết thực chào mừng Đại hội Công đoàn tỉnh, góp phần đẩy mạnh phong trào rèn luyện thân thể trong đoàn viên.")])


def page17():
    pub = T("2028-06-23 16:02:37")
    site = "https://congdoanvienchuc.laocai.gov.vn"
    url = f"{site}/portal.nsf/vw-tin/{'4B1A7C02E5D9F3A6'}482589C3003A11F2?OpenDocument"

    def main(rng, rl, rd):
        body = A17.render(p=lambda t: f'<p><font face="Arial" size="2">{esc(t)}</font></p>', img=lambda s, c, n: f'<table border="0" align="center"><tr><td><img src="{s}" width="560" border="0" /></td></tr><tr><td align="center"><i><font size="1">{esc(c)}</font></i></td></tr></table>', sep="\n")
        rows = "".join(f'<tr><td class="dm-vw-date">{dmy(d)}</td><td><a href="/portal.nsf/vw-tin/{rng.randint(10**15, 10**16 - 1):X}?OpenDocument">{esc(t)}</a></td></tr>' for t, d in zip(rl[:6], rd))
        return (f'<input type="hidden" name="__Click" value="0" /><input type="hidden" name="%%Surrogate_LoaiTin" value="1" />'
                f'<table class="dm-doc" width="100%" border="0" cellpadding="4"><tr><td class="dm-doc-title"><b><font size="4" color="#0b3d91">{esc(A17.title)}</font></b></td></tr>'
                f'<tr><td class="dm-doc-info"><font size="1" color="#666666">Ngày: {dmy(pub)} {pub.strftime("%H:%M:%S")}</font></td></tr>'
                f'<tr><td class="dm-doc-sapo"><b><font face="Arial" size="2">{esc(A17.lead)}</font></b></td></tr>'
                f'<tr><td class="dm-doc-body">{body}</td></tr>'
                f'<tr><td class="dm-doc-author" align="right"><font size="2">Người viết: <b>Hoàng Thu Trang</b></font><br /><font size="1">Người duyệt: Giàng A Lử</font></td></tr></table>'
                f'<table class="dm-vw" width="100%"><tr><th colspan="2" align="left">Tin đã đưa</th></tr>{rows}</table>')

    return hp("s47-17", family="public_servants_trade_union_hcl_domino12_notes_document_nguoi_viet_nguoi_duyet",
              name="laocai-congdoanvienchuc-hcl-domino12-portal-nsf-opendocument-table-form-font-tags-title-cell-ngay-dd-mm-yyyy-hh-mm-ss-bold-sapo-cell-centred-italic-captions-nguoi-viet-bold-nguoi-duyet-role-tin-da-dua-view",
              url=url, art=A17, main_fn=main, pub=pub, prefix="dm", kb=184, title=A17.title,
              org="Công đoàn Viên chức tỉnh Lào Cai", addr="Phường Cam Đường, tỉnh Lào Cai", phone="0214.3840.675",
              crumbs=lambda rng: '<font size="1"><a href="/portal.nsf">Trang chủ</a> &gt; <a href="/portal.nsf/vw-tin?OpenView">Tin tức</a> &gt; <a href="/portal.nsf/vw-tin?OpenView&amp;RestrictToCategory=Hoat+dong+cong+doan">Hoạt động công đoàn</a></font>',
              top=banner("/portal.nsf/banner.gif?OpenImageResource", "Công đoàn Viên chức tỉnh Lào Cai"),
              side=side_heavy(lambda d: f"{dmy(d)}", "Tin mới", "dm-new", second="Thông báo", docs=True),
              shell_kw={"layout": "domino", "head_extra": heavy_head(R(17), url, A17.title, A17.lead, pub, "Công đoàn Viên chức tỉnh Lào Cai", section="Hoạt động công đoàn"),
                        "items": MEGA_MASS, "left": "Cổng thông tin Công đoàn Viên chức tỉnh Lào Cai", "lang": "vi"},
              exp=expected_(A17, iso(pub), author="Hoàng Thu Trang", category="Hoạt động công đoàn"),
              traps={"approver": ["Người duyệt: Giàng A Lử"], "after_text": ["Tin đã đưa"], "related": lambda rl: rl[:6]},
              notes="HCL Domino 12: a Notes database published to the web (portal.nsf/vw-tin/<UNID>?OpenDocument), the table-era form the Domino HTTP task renders (<font> tags, a _DominoForm, hidden fields), a right column of other items with days and writers, a 'Tin đã đưa' view under the document; JSON-LD and analytics added by the vendor's template. A sports festival. The title in a bold <font> cell (no <h1>). 'Ngày: 23/06/2028 16:02:37' (Domino's default date-time with seconds) → published 2028-06-23T16:02:37. The bold sapo cell (lead); one picture in a table with a centred italic caption row. 'Người viết: Hoàng Thu Trang' → author; 'Người duyệt: Giàng A Lử' is the approver (set 27's roles: not an author). The union chair in the text is a subject. Category 'Hoạt động công đoàn' (the crumb's last level, a view category).",
              readme="HCL Domino 12 (a Notes database on the web, a new stack), a civil servants' sports festival: a <font> title cell, 'Ngày: dd/mm/yyyy HH:MM:SS' (seconds kept), bold sapo cell, a table caption, 'Người viết:' (author) and 'Người duyệt:' (an approver, no author)")


# ===================================================================== 18 Đoàn Thanh niên đặc khu Phú Quốc (An Giang): PyroCMS 3 (Laravel), the Posts module; youth volunteers cleaning beaches
A18 = Art("Đoàn viên đặc khu Phú Quốc thu gom 5 tấn rác trên bãi biển Gành Dầu",
          "Sáng 24/6, Đoàn Thanh niên đặc khu Phú Quốc phối hợp với Hội Liên hiệp Thanh niên và các doanh nghiệp du lịch tổ chức Ngày Chủ nhật xanh tại bãi biển Gành Dầu, thu gom hơn 5 tấn rác thải.",
          [("p", "Hơn 400 đoàn viên, thanh niên, du khách và người dân đã tham gia dọn dẹp gần 3 km bờ biển, phân loại rác nhựa, lưới cũ và rác sinh hoạt để chuyển về khu xử lý."),
           ("p", "Tại chương trình, Đoàn Thanh niên đặc khu phát động mô hình “Bãi biển không rác nhựa”, mỗi chi đoàn khu phố, ấp nhận chăm lo một đoạn bờ biển, tổ chức dọn vệ sinh ít nhất hai lần mỗi tháng."),
           ("img", "/app/default/files/posts/2028/06/ganh-dau-chu-nhat-xanh.jpg", "Đoàn viên, thanh niên thu gom rác tại bãi biển Gành Dầu"),
           ("p", "Anh Danh Hoàng Phúc, Bí thư Đoàn Thanh niên đặc khu, cho biết trong mùa du lịch hè, các đội hình thanh niên tình nguyện sẽ duy trì hoạt động hướng dẫn du khách phân loại rác tại các bãi tắm công cộng.")])


def page18():
    pub = T("2028-06-24 19:45")
    site = "https://doanthanhnien.phuquoc.angiang.gov.vn"
    url = f"{site}/posts/hoat-dong/doan-vien-dac-khu-phu-quoc-thu-gom-5-tan-rac-tren-bai-bien-ganh-dau"

    def main(rng, rl, rd):
        body = A18.render(p=lambda t: f"<p>{esc(t)}</p>", img=fig, sep="\n")
        return (f'<div class="post-detail"><h1 class="post-title">{esc(A18.title)}</h1>'
                f'<div class="post-meta"><span class="post-author">Tác giả: Trần Gia Bảo</span> · <span class="post-date">Đăng lúc {hm(pub)}, {dmy(pub)}</span> · <span class="post-category"><a href="{site}/posts/category/hoat-dong">Hoạt động</a></span></div>'
                f'<div class="post-summary lead"><p>{esc(A18.lead)}</p></div><div class="post-content">{body}</div>'
                f'<div class="post-tags"><span class="tag-label">Thẻ:</span> <a href="{site}/posts/tag/chu-nhat-xanh" class="label label-default">chủ nhật xanh</a> <a href="{site}/posts/tag/moi-truong" class="label label-default">môi trường</a></div>'
                + sharebar("pyro-share") + '</div>'
                + lst(site, "/posts/hoat-dong/", list(zip(rl[:6], rd)), lambda d: f"Đăng lúc {hm(d)}, {dmy(d)}", cls="posts-related", head="Bài viết gần đây", start=100, ext=""))

    return hp("s47-18", family="special_zone_youth_union_pyrocms3_posts_module_meta_row_author_field",
              name="angiang-phuquoc-doanthanhnien-dackhu-pyrocms3-laravel-posts-module-vendor-twig-theme-crumb-hoat-dong-h1-meta-row-tac-gia-middle-dot-dang-luc-hh-mm-dd-mm-yyyy-category-link-summary-lead-figure-tags-bai-viet-gan-day-same-shape",
              url=url, art=A18, main_fn=main, pub=pub, prefix="pyro", kb=193,
              org="Đoàn Thanh niên đặc khu Phú Quốc", addr="Đặc khu Phú Quốc, tỉnh An Giang", phone="0297.3846.215",
              crumbs=crumbs_of(site, ["Bài viết", "Hoạt động"], "breadcrumb"), top=banner("/app/default/addons/themes/doan-theme/resources/img/logo.png", "Đoàn Thanh niên đặc khu Phú Quốc"),
              side=side_heavy(lambda d: f"Đăng lúc {hm(d)}, {dmy(d)}", "Tin mới", "pyro-new", second="Xem nhiều", docs=False),
              shell_kw={"layout": "pyro3", "head_extra": heavy_head(R(18), url, A18.title, A18.lead, pub, "Đoàn Thanh niên đặc khu Phú Quốc", author="Trần Gia Bảo", gen="PyroCMS", section="Hoạt động"),
                        "items": MEGA_MASS, "left": "Tuổi trẻ đặc khu Phú Quốc"},
              exp=expected_(A18, iso(pub), author="Trần Gia Bảo", category="Hoạt động"),
              traps={"tags": ["Thẻ:"], "after_text": ["Bài viết gần đây"], "related": lambda rl: rl[:6]},
              notes="PyroCMS 3 (Laravel; the Posts module's post view in a vendor Twig theme), a right column of other posts whose stamps use the item's very shape ('Đăng lúc HH:MM, dd/mm/yyyy') with writers, 'Bài viết gần đây' in the same shape after the item; JSON-LD (author and date agree), analytics. A beach clean-up. The meta row 'Tác giả: Trần Gia Bảo · Đăng lúc 19:45, 24/06/2028 · Hoạt động' → author 'Trần Gia Bảo' (the post's author field printing a person's name, set 27), published 2028-06-24T19:45 (posted the evening of the event). The post's summary (plain, p.lead) is the lead; one figure. The Youth Union secretary quoted is a subject. Category 'Hoạt động' (the crumb's last level; the meta link agrees).",
              readme="PyroCMS 3 (Laravel, a new stack), a youth beach clean-up: a meta row 'Tác giả: Name · Đăng lúc HH:MM, dd/mm/yyyy · category', a plain summary lead, a figure, tags; other posts in the same stamp shape on both sides")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
