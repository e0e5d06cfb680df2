"""Set 46 pages 10-18: the rest of the random sample — SharePoint 2016 + Mobifone's news web part, WordPress + Twenty
Thirteen, a vendor's ASP.NET WebForms CMS (FormView / ListView), DotNetNuke 5.6, Joomla 3.9 + K2 under JA Teline V,
Drupal 7 + Zircon, a provincial press CMS's 'Bạn đọc viết' view, and two stacks no set had used (PHP-Fusion 9, Kooboo
CMS 4). No twist in this module (the three are in gen/p_01_pages.py)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug
from .kit import og, jsonld
from .p_01_pages import (MENU_PARTY, MENU_MASS, jp, bold, banner, side_of, fig, tcap, pem, expected_, lst, crumbs_of,
                         tools, sharebar, tags, comments_box, pg)


# ===================================================================== 10 Ủy ban MTTQ tỉnh Quảng Ninh: SharePoint 2016 + Mobifone's news web part; an interview
A10 = Art("Chủ tịch Ủy ban MTTQ tỉnh: “Mỗi căn nhà Đại đoàn kết phải do chính người dân giám sát”",
          "Năm 2028, Ủy ban MTTQ Việt Nam tỉnh đặt mục tiêu hỗ trợ xây mới, sửa chữa 500 nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn. Phóng viên đã có cuộc trao đổi với bà Vũ Thị Hồng Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, về cách làm để nguồn lực đến đúng người, đúng việc.",
          [("p", "PV: Thưa bà, vì sao năm nay Mặt trận tỉnh đặt mục tiêu cao hơn năm trước?"),
           ("p", "Bà Vũ Thị Hồng Hạnh: Qua rà soát cuối năm 2027, toàn tỉnh còn 612 hộ nghèo, hộ cận nghèo đang ở nhà tạm hoặc nhà xuống cấp, tập trung ở các xã miền núi và hải đảo. Nguồn Quỹ “Vì người nghèo” các cấp năm nay vận động được hơn 41 tỷ đồng, đủ điều kiện để nâng mục tiêu lên 500 căn."),
           ("img", "/SiteAssets/2028/04/ba-vu-thi-hong-hanh.jpg", "Bà Vũ Thị Hồng Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
           ("p", "PV: Làm thế nào để việc hỗ trợ bảo đảm công khai, đúng đối tượng?"),
           ("p", "Bà Vũ Thị Hồng Hạnh: Danh sách hộ được hỗ trợ phải được bình xét công khai tại hội nghị khu dân cư, niêm yết ở nhà văn hóa thôn ít nhất 7 ngày. Mỗi công trình có một tổ giám sát gồm đại diện Ban Công tác Mặt trận, Ban Thanh tra nhân dân và chính người dân trong thôn. Chúng tôi muốn mỗi căn nhà Đại đoàn kết phải do chính người dân giám sát."),
           ("p", "PV: Sau hai cấp chính quyền, vai trò của Mặt trận cấp xã thay đổi thế nào trong việc này?"),
           ("p", "Bà Vũ Thị Hồng Hạnh: Địa bàn xã rộng hơn, nên Mặt trận xã phải dựa nhiều hơn vào Ban Công tác Mặt trận ở thôn, khu. Tỉnh đã tập huấn cho 100% trưởng ban công tác mặt trận về quy trình bình xét, giám sát và quyết toán, để việc hỗ trợ không bị chậm."),
           ("p", "PV: Xin cảm ơn bà!")])


def page10():
    pub = T("2028-04-05 08:00")
    site = "https://mattran.quangninh.gov.vn"
    url = f"{site}/tintuc/Pages/chi-tiet.aspx?ItemID=3391"

    def p(t):
        for lab in ("PV:", "Bà Vũ Thị Hồng Hạnh:"):
            if t.startswith(lab):
                return f'<p style="text-align:justify"><strong>{lab}</strong>{esc(t[len(lab):])}</p>'
        return jp(t)

    def main(rng, rl, rd):
        body = A10.render(p=p, img=lambda s, c, n: tcap(s, c, n, "mbf-img", "mbf-cap", 420), sep="\n")
        return (f'<div class="mbf-kicker">Phỏng vấn</div><h1 class="mbf-title">{esc(A10.title)}</h1>'
                f'<div class="mbf-meta">Ngày đăng: {dmy(pub)} {hm(pub)} | Lượt xem: 845</div>'
                f'<div class="mbf-sapo">{esc(A10.lead)}</div><div class="mbf-content" id="ctl00_PlaceHolderMain_g_9a2e_pnContent">{body}'
                f'<p style="text-align:right"><strong>Thu Trang (thực hiện)</strong></p></div>'
                f'<div class="mbf-tools"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>'
                + lst(site, "/tintuc/Pages/", list(zip(rl[:5], rd)), lambda d: f"{dmy(d)}", cls="mbf-other", head="Các tin đã đưa", ext=".aspx", start=3300))

    head = '<meta name="GENERATOR" content="Microsoft SharePoint" />' + og(A10.title, url)
    return pg("s46-10", family="fatherland_front_sharepoint2016_mobifone_news_web_part_interview_left_quick_launch",
              name="quangninh-mttq-tinh-sharepoint2016-mobifone-news-detail-web-part-left-quick-launch-kicker-phong-van-h1-quote-ngay-dang-dd-mm-yyyy-hh-mm-pipe-luot-xem-plain-sapo-pv-and-speaker-labels-portrait-table-caption-thuc-hien-bold-right-tools",
              url=url, art=A10, main_fn=main, pub=pub, prefix="mtqn", kb=166,
              org="Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh", addr="Phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.611",
              crumbs=crumbs_of(site, ["Tin tức", "Công tác Mặt trận"], "mbf-path"), top=banner("/SiteAssets/banner-mttq.png", "Cổng thông tin điện tử Mặt trận Tổ quốc tỉnh Quảng Ninh"),
              side=side_of(lambda d: dmy(d), "Tin xem nhiều", "mbf-most", docs=False),
              shell_kw={"layout": "sp2016mbf", "head_extra": head, "items": MENU_MASS, "left": f"{wd(pub)}, ngày {dmy(pub)}"},
              exp=expected_(A10, iso(pub), author="Thu Trang", category="Công tác Mặt trận"),
              traps={"kicker": ["Phỏng vấn"], "meta": ["Lượt xem: 845"], "credit": ["(thực hiện)"], "tools": ["In trang", "Về đầu trang"], "after_text": ["Các tin đã đưa"], "related": lambda rl: rl[:5]},
              notes="SharePoint Server 2016 with a vendor master (a LEFT quick-launch column holding the most-read box) and Mobifone's news detail web part; an interview. A form kicker 'Phỏng vấn' (set 27: no category) over the h1 (a quote headline), 'Ngày đăng: 05/04/2028 08:00 | Lượt xem: 845' → published 2028-04-05T08:00. Plain sapo (lead). The bold 'PV:' and speaker labels ('Bà Vũ Thị Hồng Hạnh:') are kept in the body (set 30). A portrait in a table with a caption row. After the text the bold right 'Thu Trang (thực hiện)' → author 'Thu Trang' (set 27). The interviewee is a subject. Category 'Công tác Mặt trận' (the crumb's last level).",
              readme="SharePoint 2016 + Mobifone's news web part (left quick-launch), an interview: 'Phỏng vấn' kicker, 'Ngày đăng: dd/mm/yyyy HH:MM | Lượt xem', plain sapo, 'PV:' and speaker labels in the body, a portrait caption, 'Name (thực hiện)'")


# ===================================================================== 11 Đoàn phường Hòa Cường (Đà Nẵng): WordPress + Twenty Thirteen; an anniversary, a gallery, an account and a signature
A11 = Art("Đoàn phường Hòa Cường kỷ niệm 97 năm Ngày thành lập Đoàn",
          "Tối 26/3, Ban Thường vụ Đoàn phường Hòa Cường tổ chức lễ kỷ niệm 97 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2028) và tuyên dương 26 đoàn viên tiêu biểu trong các phong trào năm 2027.",
          [("p", "Tại buổi lễ, các đại biểu ôn lại truyền thống vẻ vang của Đoàn và phong trào thanh niên, điểm lại những dấu ấn của tuổi trẻ phường trong năm qua như xây dựng 4 công trình thanh niên, tổ chức 12 lớp hướng dẫn kỹ năng số cho người dân và hơn 900 lượt đoàn viên hiến máu tình nguyện."),
           ("p", "Dịp này, Ban Thường vụ Đoàn phường trao Giấy khen cho 26 đoàn viên tiêu biểu, kết nạp 31 đoàn viên mới và ra mắt Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số khu dân cư với 45 thành viên."),
           ("p", "Phát biểu tại buổi lễ, đồng chí Lê Thị Minh Thư, Phó Bí thư Đảng ủy phường, ghi nhận những đóng góp của tuổi trẻ phường và đề nghị Đoàn phường tiếp tục đổi mới nội dung sinh hoạt, gắn hoạt động Đoàn với nhu cầu thiết thực của thanh niên."),
           ("p", "Trước đó, trong Tháng Thanh niên 2028, Đoàn phường đã tổ chức chương trình “Ngày Chủ nhật xanh”, giải bóng đá thanh niên và hành trình về nguồn tại Khu di tích Nước Mặn cho 120 đoàn viên.")])
GAL11 = [("/wp-content/uploads/2028/03/ky-niem-26-3-1.jpg", "Ban Thường vụ Đoàn phường trao Giấy khen cho đoàn viên tiêu biểu"),
         ("/wp-content/uploads/2028/03/ky-niem-26-3-2.jpg", "Các đoàn viên mới tuyên thệ tại buổi lễ"),
         ("/wp-content/uploads/2028/03/ky-niem-26-3-3.jpg", "Ra mắt Đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số")]


def page11():
    pub = T("2028-03-26 21:40")
    site = "https://doanphuonghoacuong.danang.example"
    url = f"{site}/2028/03/26/doan-phuong-hoa-cuong-ky-niem-97-nam-ngay-thanh-lap-doan/"

    def main(rng, rl, rd):
        ps = "".join(f"<p>{esc(t)}</p>" for t in A11.pars)
        gal = "".join(f'<dl class="gallery-item"><dt class="gallery-icon landscape"><a href="{s}"><img width="300" height="200" src="{s}" class="attachment-medium size-medium" alt="" aria-describedby="gallery-1-{i}" /></a></dt>'
                      f'<dd class="wp-caption-text gallery-caption" id="gallery-1-{i}">{esc(c)}</dd></dl>' for i, (s, c) in enumerate(GAL11))
        return (f'<article id="post-2214" class="post-2214 post type-post status-publish format-standard hentry category-hoat-dong-doan"><header class="entry-header">'
                f'<h1 class="entry-title">{esc(A11.title)}</h1><div class="entry-meta"><span class="date"><a href="{url}" title="{hm(pub)}" rel="bookmark"><time class="entry-date" datetime="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}">{dmy(pub)}</time></a></span>'
                f'<span class="categories-links"><a href="{site}/category/hoat-dong-doan/" rel="category tag">Hoạt động Đoàn</a></span><span class="author vcard"><a class="url fn n" href="{site}/author/bbt-doanphuong/">bbt-doanphuong</a></span></div></header>'
                f'<div class="entry-content"><p><strong>{esc(A11.lead)}</strong></p>{ps}'
                f'<div id="gallery-1" class="gallery galleryid-2214 gallery-columns-3 gallery-size-medium">{gal}<br style="clear:both" /></div>'
                f'<p style="text-align:right"><strong>Bảo Trâm</strong></p></div>'
                f'<footer class="entry-meta"><a href="{site}/tag/thang-thanh-nien/" rel="tag">kỷ niệm 26/3</a></footer></article>'
                f'<nav class="navigation post-navigation" role="navigation"><h1 class="screen-reader-text">Điều hướng bài viết</h1><div class="nav-links">'
                f'<a href="{site}/2028/03/20/" rel="prev"><span class="meta-nav">&larr;</span> {esc(rl[0])}</a><a href="{site}/2028/03/28/" rel="next">{esc(rl[1])} <span class="meta-nav">&rarr;</span></a></div></nav>'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form class="comment-form"><textarea id="comment"></textarea><input type="submit" value="Phản hồi" /></form></div></div>')

    def side(rng, p):
        return side_of(lambda d: dmy(d), "Bài viết mới", "widget_recent_entries", docs=False)(rng, p)

    head = og(A11.title, url, {"article:published_time": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}) + '<meta name="generator" content="WordPress 6.7.2" />'
    return pg("s46-11", family="ward_youth_union_wp_twentythirteen_gallery_account_signature",
              name="danang-hoacuong-doanphuong-wordpress-twenty-thirteen-entry-header-h1-entry-meta-dd-mm-yyyy-time-datetime-title-hh-mm-categories-links-account-bold-first-p-gallery-shortcode-three-captions-bold-right-signature-tag-post-navigation-reply-form",
              url=url, art=A11, main_fn=main, pub=pub, prefix="dphc", kb=132,
              org="Đoàn phường Hòa Cường", addr="Phường Hòa Cường, thành phố Đà Nẵng", phone="0236.3621.118",
              crumbs="", top=lambda rng, p: '<h1 class="site-title">Đoàn phường Hòa Cường</h1><h2 class="site-description">Tuổi trẻ Hòa Cường xung kích, sáng tạo</h2>',
              side=side,
              shell_kw={"layout": "tt13", "head_extra": head, "items": MENU_MASS, "left": '<aside class="widget widget_archive"><h3 class="widget-title">Lưu trữ</h3><ul><li>Tháng Ba 2028</li><li>Tháng Hai 2028</li></ul></aside>'},
              exp=expected_(A11, iso(pub), author="Bảo Trâm", category="Hoạt động Đoàn", captions=[c for _, c in GAL11]),
              traps={"account": ["bbt-doanphuong"], "after_text": ["kỷ niệm 26/3", "Điều hướng bài viết", "Trả lời"], "prev_next": lambda rl: rl[:2], "archive": ["Tháng Ba 2028"]},
              notes="WordPress + Twenty Thirteen, a ward Youth Union's anniversary (26/3). The entry-meta under the h1: the date '26/03/2028' in a <time datetime='2028-03-26T21:40:00+07:00'> whose link title is '21:40' (set 43's tooltip: the same time) → published 2028-03-26T21:40 (set 25 MAJORITY); the category link 'Hoạt động Đoàn' (→ category) and the author link 'bbt-doanphuong' (an account, set 34: no author). A bold first paragraph (the lead, sets 30–31). A [gallery] shortcode's three items with dd.wp-caption-text captions after the text paragraphs (captions, not body); then the bold right signature 'Bảo Trâm' (→ author). The Party official quoted is a subject. After the entry: a tag, post navigation with two other items, the reply form; the sidebar's 'Lưu trữ' months.",
              readme="WordPress + Twenty Thirteen, an anniversary: 'dd/mm/yyyy' with a datetime (and a title tooltip agreeing), category link, an account author link, bold first paragraph (lead), a gallery with three captions, a bold signature (author), post navigation, reply form")


# ===================================================================== 12 Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình: a vendor's ASP.NET WebForms CMS (FormView detail, ListView strips); a conference, AM/PM stamp with seconds
A12 = Art("Thông tin thời sự, kinh tế - xã hội tại Hội nghị báo cáo viên tháng 2",
          "Sáng 23/2, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức Hội nghị báo cáo viên Tỉnh ủy tháng 2/2028 theo hình thức trực tiếp kết hợp trực tuyến đến điểm cầu 129 xã, phường.",
          [("p", "Tại hội nghị, các báo cáo viên được nghe thông tin chuyên đề về tình hình kinh tế - xã hội của tỉnh hai tháng đầu năm 2028; kết quả thực hiện chính quyền địa phương hai cấp sau hơn hai năm vận hành và một số vấn đề thời sự quốc tế nổi bật."),
           ("p", "Theo báo cáo, hai tháng đầu năm, tổng thu ngân sách trên địa bàn đạt 3.612 tỷ đồng, bằng 19,4% dự toán; lượng khách du lịch đạt hơn 2,1 triệu lượt, tăng 11% so với cùng kỳ; toàn tỉnh không còn thủ tục hành chính trễ hạn ở cấp xã."),
           ("img", "/Upload/Images/2028/02/hoi-nghi-bao-cao-vien-thang-2.jpg", "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy"),
           ("p", "Kết luận hội nghị, đồng chí Phạm Quang Huy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị đội ngũ báo cáo viên các cấp kịp thời thông tin đến cán bộ, đảng viên và Nhân dân những kết quả nổi bật, định hướng dư luận trước các vấn đề được quan tâm; chú trọng tuyên truyền trên nền tảng số."),
           ("p", "Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ cung cấp tài liệu hội nghị trên hệ thống thông tin nội bộ để các chi bộ sử dụng trong sinh hoạt định kỳ tháng 3/2028.")])


def page12():
    pub = T("2028-02-23 14:45")
    pub_s = pub.replace(second=10)
    site = "https://tuyengiaodanvan.ninhbinh.dcs.vn"
    url = f"{site}/chi-tiet.aspx?id=6621&cat=12"

    def main(rng, rl, rd):
        body = bold(A12.render(p=jp, img=lambda s, c, n: tcap(s, c, n, "img-tbl", "img-cap"), sep="\n"), "Phạm Quang Huy")
        strip = "".join(f'<li class="lv-photo"><a href="/thu-vien-anh/album-{20 + i}.aspx"><img src="/Upload/Albums/2028/02/a{i}.jpg" alt="" /><span>{esc(t)}</span></a></li>' for i, t in enumerate(
            ["Ra quân Tháng Thanh niên 2028", "Hội thi báo cáo viên giỏi cấp xã", "Tọa đàm về văn hóa Tràng An"]))
        same = "".join(f'<tr class="lv-row"><td><a href="{site}/chi-tiet.aspx?id={6600 - i}&amp;cat=12">{esc(t)}</a></td><td class="lv-date">{dmy(d)}</td></tr>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        return (f'<table id="ctl00_ContentPlaceHolder1_ucChiTiet_fvTin" cellspacing="0" style="border-collapse:collapse;width:100%"><tr><td colspan="2">'
                f'<span id="ctl00_ContentPlaceHolder1_ucChiTiet_fvTin_lblChuyenMuc" class="cm-label">Tuyên truyền miệng</span>'
                f'<h1 id="ctl00_ContentPlaceHolder1_ucChiTiet_fvTin_lblTieuDe" class="tieude">{esc(A12.title)}</h1>'
                f'<div class="ngaydang"><span id="ctl00_ContentPlaceHolder1_ucChiTiet_fvTin_lblNgayDang">Đăng ngày: {dmy(pub)} - 2:45:10 PM</span> | <span>Lượt xem: 312</span></div>'
                f'<div id="ctl00_ContentPlaceHolder1_ucChiTiet_fvTin_pnTomTat" class="tomtat"><b>{esc(A12.lead)}</b></div>'
                f'<div id="ctl00_ContentPlaceHolder1_ucChiTiet_fvTin_pnNoiDung" class="noidung">{body}</div>'
                f'<div class="tacgia" style="text-align:right"><span id="ctl00_ContentPlaceHolder1_ucChiTiet_fvTin_lblTacGia"><b>Phạm Thùy</b></span></div></td></tr></table>'
                f'<div class="lv-strip"><h3>Thư viện ảnh</h3><ul>{strip}</ul></div>'
                f'<div class="lv-same"><h3>Tin cùng chuyên mục</h3><table id="ctl00_ContentPlaceHolder1_lvCungChuyenMuc">{same}</table>'
                f'<div class="pager"><a href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$dpCungChuyenMuc$ctl01$ctl01\',\'\')">2</a></div></div>')

    return pg("s46-12", family="propaganda_mass_mobilisation_board_aspnet_webforms_formview_listview_am_pm_seconds",
              name="ninhbinh-bantuyengiaodanvan-tinhuy-aspnet-webforms-vendor-cms-formview-detail-lblchuyenmuc-h1-dang-ngay-dd-mm-yyyy-dash-h-mm-ss-pm-luot-xem-bold-tomtat-table-caption-lbltacgia-bold-right-listview-photo-strip-tin-cung-chuyen-muc-pager",
              url=url, art=A12, main_fn=main, pub=pub_s, prefix="tgnb", kb=158,
              org="Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình", addr="Phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.220",
              crumbs=crumbs_of(site, ["Tin tức", "Tuyên truyền miệng"], "lv-path"), top=banner("/Images/banner-tgnb.png", "Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình"),
              side=side_of(lambda d: dmy(d), "Tin đọc nhiều", "tgnb-most"),
              shell_kw={"layout": "aspx_lv", "items": MENU_PARTY, "left": f"{wd(pub)}, ngày {pub.day} tháng {pub.month} năm {pub.year} - 8:02:51 PM"},
              exp=expected_(A12, iso(pub_s), author="Phạm Thùy", category="Tuyên truyền miệng"),
              traps={"meta": ["Lượt xem: 312"], "strip": ["Thư viện ảnh", "Hội thi báo cáo viên giỏi cấp xã"], "after_text": ["Tin cùng chuyên mục"], "clock": ["8:02:51 PM"], "related": lambda rl: rl[:5]},
              notes="A vendor's ASP.NET WebForms CMS: the detail is a FormView (fvTin) with labelled controls, a ListView photo strip and a ListView 'Tin cùng chuyên mục' with a postback pager after it; a conference. A category label 'Tuyên truyền miệng' (lblChuyenMuc; also the crumb's last level → category) over the h1; 'Đăng ngày: 23/02/2028 - 2:45:10 PM' (12-hour clock with seconds, vn-sites.md §2.5) → published 2028-02-23T14:45:10 (printed seconds kept, set 13); the header clock in the same shape is the crawl moment (set 29). Bold summary (lead). A picture in a table with a caption row. The bold right lblTacGia 'Phạm Thùy' → author. The vice-head of the board in bold is a subject. The photo strip's album titles and the same-section list are boxes.",
              readme="A vendor's ASP.NET WebForms CMS (FormView + ListViews), a conference: lblChuyenMuc over the h1, 'Đăng ngày: dd/mm/yyyy - h:mm:ss PM' (seconds kept), bold summary, a table caption, lblTacGia (author), a photo strip and a same-section list with a postback pager")


# ===================================================================== 13 Đảng ủy xã Tân Phú (Đồng Nai): DotNetNuke 5.6 + a vendor news module; a quarterly review conference, pasted Word markup, 'Name (unit)'
A13 = Art("Đảng ủy xã Tân Phú sơ kết công tác quý I năm 2028",
          "Ngày 05/4, Đảng ủy xã Tân Phú tổ chức hội nghị sơ kết công tác xây dựng Đảng, hệ thống chính trị và phát triển kinh tế - xã hội quý I, triển khai nhiệm vụ quý II năm 2028.",
          [("p", "Quý I năm 2028, Đảng ủy xã đã kết nạp 9 đảng viên mới, đạt 45% chỉ tiêu năm; hoàn thành kiểm tra 3 tổ chức đảng và 6 đảng viên theo chương trình. Tổng thu ngân sách trên địa bàn đạt 14,8 tỷ đồng, bằng 31% dự toán; giải quyết 2.117 hồ sơ thủ tục hành chính, không có hồ sơ trễ hạn."),
           ("p", "Công tác chuyển đổi cây trồng tiếp tục được quan tâm, toàn xã chuyển đổi 86 ha cây điều kém hiệu quả sang trồng sầu riêng và bưởi da xanh; 3 hợp tác xã được hỗ trợ xây dựng sản phẩm OCOP."),
           ("img", "/Portals/12/Images/2028/hoi-nghi-so-ket-quy-1.jpg", "Đồng chí Bí thư Đảng ủy xã phát biểu chỉ đạo hội nghị"),
           ("p", "Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế như tiến độ giải ngân vốn đầu tư công còn chậm, công tác thu gom rác thải ở một số ấp chưa thường xuyên."),
           ("p", "Quý II, Đảng ủy xã tập trung lãnh đạo hoàn thành giải phóng mặt bằng tuyến đường ĐX.05, đẩy nhanh giải ngân vốn đầu tư công, chuẩn bị tốt các điều kiện phòng, chống thiên tai mùa mưa bão và tổ chức kỷ niệm các ngày lễ lớn.")])


def page13():
    pub = T("2028-04-06 10:32")
    site = "https://tanphu.dongnai.dcs.vn"
    url = f"{site}/Default.aspx?tabid=212&ctl=Detail&mid=884&ItemID=2431"

    def msop(t):
        return (f'<p class="MsoNormal" style="margin:6pt 0cm;text-align:justify;text-indent:1.0cm"><span style="font-size:13.0pt;line-height:115%;font-family:\'Times New Roman\',\'serif\'">'
                f'{esc(t)}</span><span style="font-size:13.0pt"><o:p></o:p></span></p>')

    def main(rng, rl, rd):
        body = A13.render(p=msop, img=lambda s, c, n: tcap(s, c, n, "dnn-img", "dnn-cap"), sep="\n")
        return (f'<div class="vn-news-detail"><h2 class="vn-title" id="dnn_ctr884_Detail_lblTitle">{esc(A13.title)}</h2>'
                f'<div class="vn-date"><span id="dnn_ctr884_Detail_lblDate">Ngày {dmy(pub)} {hm(pub)}</span></div>'
                f'<div class="vn-sapo" id="dnn_ctr884_Detail_lblSapo"><strong><em>{esc(A13.lead)}</em></strong></div>'
                f'<div class="vn-body" id="dnn_ctr884_Detail_lblContent"><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->{body}</div>'
                f'<div class="vn-author" id="dnn_ctr884_Detail_lblAuthor" style="text-align:right"><b>Trọng Tín (Văn phòng Đảng ủy xã)</b></div>'
                f'<div class="vn-actions"><a href="javascript:__doPostBack(\'dnn$ctr884$Detail$lnkPrint\',\'\')">In trang</a> | <a href="javascript:history.back()">Quay lại</a></div>'
                + lst(site, "/Default.aspx?tabid=212&ctl=Detail&mid=884&ItemID=", list(zip(rl[:5], rd)), lambda d: f"({dmy(d)})", cls="vn-others", head="Các tin khác", ext="", start=2390))

    return pg("s46-13", family="commune_party_dnn56_vendor_news_module_word_paste_name_unit_parentheses",
              name="dongnai-tanphu-danguyxa-dotnetnuke-5-6-vendor-skin-table-panes-vendor-news-module-h2-title-ngay-dd-mm-yyyy-hh-mm-bold-italic-sapo-mso-word-paragraphs-table-caption-lblauthor-name-unit-parentheses-print-back-cac-tin-khac",
              url=url, art=A13, main_fn=main, pub=pub, prefix="dutp", kb=144,
              org="Đảng ủy xã Tân Phú", addr="Xã Tân Phú, tỉnh Đồng Nai", phone="0251.3856.302",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động Đảng ủy"], "crumb56"), top=banner("/Portals/12/Skins/TanPhu/images/banner.jpg", "Trang thông tin điện tử Đảng bộ xã Tân Phú"),
              side=side_of(lambda d: dmy(d), "Tin nổi bật", "dnn-hot"),
              shell_kw={"layout": "dnn56", "items": MENU_PARTY, "left": f"{wd(pub)}, {dmy(pub)}"},
              exp=expected_(A13, iso(pub), author="Trọng Tín", unit="Văn phòng Đảng ủy xã", category="Hoạt động Đảng ủy"),
              traps={"actions": ["In trang", "Quay lại"], "after_text": ["Các tin khác"], "related": lambda rl: rl[:5]},
              notes="DotNetNuke 5.6 (a table skin with ContentPane / RightPane, viewstate form) and a local vendor's news module (dnn_ctr884_Detail_*); a commune Party committee's quarterly review conference. The headline is an <h2> (the module prints no h1). 'Ngày 06/04/2028 10:32' → published 2028-04-06T10:32 (the conference's day '05/4' is in the sapo: no stamp). Bold italic sapo (lead). The text is pasted Word markup (MsoNormal paragraphs with <o:p>, a conditional comment) and a picture in a table with a caption row. lblAuthor 'Trọng Tín (Văn phòng Đảng ủy xã)' → author 'Trọng Tín', unit 'Văn phòng Đảng ủy xã' (set 12). Category 'Hoạt động Đảng ủy' (the crumb's last level).",
              readme="DotNetNuke 5.6 + a vendor news module, a quarterly review: an <h2> headline, 'Ngày dd/mm/yyyy HH:MM', bold italic sapo, pasted Word paragraphs, a table caption, 'Name (unit)' author label, print / back links")


# ===================================================================== 14 Hội Chữ thập đỏ tỉnh Lâm Đồng: Joomla 3.9 + K2 2.10 under JA Teline V; social policy, a K2 image caption, an account and a signature
A14 = Art("Trao 40 con bò giống cho hộ nghèo ở các xã vùng đồng bào dân tộc thiểu số",
          "Ngày 17/5, Hội Chữ thập đỏ tỉnh phối hợp với một doanh nghiệp trong tỉnh trao 40 con bò giống sinh sản cho 40 hộ nghèo tại các xã Đam Rông, Phi Liêng và Đạ K’Nàng, tổng trị giá 680 triệu đồng.",
          [("p", "Các hộ được nhận bò do Hội Chữ thập đỏ xã bình xét công khai tại thôn, ưu tiên hộ có lao động, có điều kiện chuồng trại và cam kết chăm sóc. Theo quy định của chương trình, sau 3 năm mỗi hộ sẽ chuyển một con bê cái cho hộ khó khăn khác trong thôn."),
           ("p", "Bà Cil K’Hương ở thôn Liêng Trang, xã Đam Rông, cho biết gia đình có 5 người, thu nhập chủ yếu từ 3 sào cà phê. “Có con bò, vợ chồng tôi có thêm sinh kế, sau này có bê để nuôi tiếp hoặc bán lo cho con đi học”, bà nói."),
           ("p", "Trước khi nhận bò, các hộ được cán bộ thú y xã tập huấn kỹ thuật làm chuồng, phòng bệnh và trồng cỏ; Hội Chữ thập đỏ các xã phân công hội viên theo dõi, hỗ trợ từng hộ trong năm đầu."),
           ("p", "Từ năm 2022 đến nay, chương trình “Bò giống sinh sản cho hộ nghèo” của Hội Chữ thập đỏ tỉnh đã trao 312 con bò; hơn 60% hộ tham gia đã thoát nghèo.")])


def page14():
    pub = T("2028-05-18 14:05")
    site = "https://chuthapdo.lamdong.org.vn"
    url = f"{site}/index.php/tin-hoat-dong/item/1764-trao-40-con-bo-giong-cho-ho-ngheo.html"
    cap = "Đại diện Hội Chữ thập đỏ tỉnh và nhà tài trợ trao bò giống cho các hộ nghèo xã Đam Rông"

    def main(rng, rl, rd):
        ps = "".join(jp(t) for t in A14.pars)
        rel = "".join(f'<li class="even"><a class="itemRelTitle" href="{site}/index.php/tin-hoat-dong/item/{1750 - i}-{slug(t)[:40]}.html">{esc(t)}</a></li>' for i, t in enumerate(rl[:4]))
        return (f'<span id="startOfPageId1764"></span><div id="k2Container" class="itemView"><div class="itemHeader">'
                f'<span class="itemDateCreated">{wd(pub, lower=True).replace("Thứ", "Thứ")}, {pub.day:02d} Tháng {pub.month} {pub.year} {hm(pub)}</span>'
                f'<h2 class="itemTitle">{esc(A14.title)}</h2><span class="itemAuthor">Viết bởi <a rel="author" href="{site}/index.php/tin-hoat-dong/itemlist/user/62-admin">Super User</a></span></div>'
                f'<div class="itemToolbar"><ul><li><a class="itemPrintLink" href="#">In</a></li><li><a class="itemEmailLink" href="#">Email</a></li><li><span class="itemTextResizerTitle">cỡ chữ</span></li></ul></div>'
                f'<div class="itemImageBlock"><span class="itemImage"><a class="modal" href="/media/k2/items/cache/8a1f_XL.jpg"><img src="/media/k2/items/cache/8a1f_L.jpg" alt="{esc(A14.title, True)}" /></a></span>'
                f'<span class="itemImageCaption">{esc(cap)}</span><div class="clr"></div></div>'
                f'<div class="itemBody"><div class="itemIntroText"><p><strong>{esc(A14.lead)}</strong></p></div><div class="itemFullText">{ps}<p style="text-align:right"><strong>Minh Châu</strong></p></div>'
                f'<div class="itemHits">Đọc <b>287</b> lần</div><div class="itemCategory"><span>Đăng trong</span> <a href="{site}/index.php/tin-hoat-dong">Tin hoạt động</a></div>'
                f'<div class="itemTagsBlock"><span>Tagged under</span> <a href="#">bò giống</a> <a href="#">hộ nghèo</a></div></div>'
                f'<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>{rel}</ul></div></div>')

    head = '<meta name="generator" content="Joomla! - Open Source Content Management" />' + og(A14.title, url)
    return pg("s46-14", family="red_cross_joomla39_k2_ja_teline5_item_view_image_caption_super_user_account",
              name="lamdong-hoichuthapdo-tinh-joomla39-k2-210-ja-teline-v-t3-item-view-itemdatecreated-weekday-dd-thang-m-yyyy-hh-mm-h2-itemtitle-viet-boi-super-user-toolbar-itemimagecaption-bold-introtext-fulltext-bold-signature-hits-category-tags-related",
              url=url, art=A14, main_fn=main, pub=pub, prefix="ctdld", kb=174,
              org="Hội Chữ thập đỏ tỉnh Lâm Đồng", addr="Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", phone="0263.3822.516",
              crumbs=crumbs_of(site, ["Tin hoạt động"], "breadcrumb t3-crumb"), top=banner("/templates/ja_teline_v/images/logo.png", "Hội Chữ thập đỏ tỉnh Lâm Đồng"),
              side=side_of(lambda d: f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year}", "Tin mới", "teline-new", docs=False),
              shell_kw={"layout": "teline5", "head_extra": head, "items": MENU_MASS, "left": f"{wd(pub)}, {dmy(pub)}"},
              exp=expected_(A14, iso(pub), author="Minh Châu", category="Tin hoạt động", captions=[cap]),
              traps={"account": ["Super User"], "toolbar": ["cỡ chữ"], "after_text": ["Đọc 287 lần", "Tagged under", "Bài viết liên quan"], "related": lambda rl: rl[:4]},
              notes="Joomla 3.9 + K2 2.10 under JA Teline V (T3 framework), a Red Cross social-policy item. K2's item view: itemDateCreated in K2_DATE_FORMAT_LC2 ('Thứ năm, 18 Tháng 5 2028 14:05', vn-sites.md §2.8) → published 2028-05-18T14:05; an h2.itemTitle; itemAuthor 'Viết bởi Super User' (the default administrator account, set 34: no author); a toolbar; the item image with span.itemImageCaption (the caption, before the text). Bold introtext (lead), the fulltext, and the bold right signature 'Minh Châu' as the last line of the fulltext (→ author, set 29). After the text: hits, 'Đăng trong Tin hoạt động' (→ category; also the crumb), tags, 'Bài viết liên quan'. The beneficiary quoted is a subject.",
              readme="Joomla 3.9 + K2 2.10 under JA Teline V, social policy: K2's 'Thứ năm, dd Tháng m yyyy HH:MM', h2.itemTitle, 'Viết bởi Super User' (an account), itemImageCaption, bold introtext, a bold signature inside the fulltext, hits, category, tags, related")


# ===================================================================== 15 Trường Chính trị tỉnh Sơn La: Drupal 7 + Zircon; a course opening, a 'Tác giả' field, an account in 'submitted'
A15 = Art("Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 2028",
          "Sáng 03/5, Trường Chính trị tỉnh khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2028 cho 112 học viên là cán bộ, công chức các xã, phường.",
          [("p", "Học viên của lớp là cán bộ, công chức cấp xã thuộc diện quy hoạch, trong đó 46% là người dân tộc thiểu số, 38% là nữ. Chương trình gồm 4 phần học, 21 học phần, được tổ chức trong 8 tháng, mỗi tháng học tập trung 10 ngày tại trường."),
           ("p", "Phát biểu khai giảng, Tiến sĩ Lường Văn Chiến, Hiệu trưởng Nhà trường, đề nghị học viên chấp hành nghiêm quy chế học tập, tích cực liên hệ thực tiễn công tác sau sắp xếp đơn vị hành chính, chú trọng kỹ năng ứng dụng công nghệ số trong thực thi công vụ."),
           ("img", "/sites/default/files/2028-05/khai-giang-trung-cap-k2028.jpg", "Các học viên dự lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 2028"),
           ("p", "Năm 2028, Nhà trường lần đầu áp dụng hệ thống học liệu điện tử, cho phép học viên xem lại bài giảng, làm bài kiểm tra trực tuyến; mỗi học phần có một buổi thực tế tại cơ sở."),
           ("p", "Dịp này, Nhà trường trao 10 suất học bổng cho học viên có hoàn cảnh khó khăn ở các xã vùng cao.")])


def page15():
    pub = T("2028-05-04 08:30")
    site = "https://truongchinhtri.sonla.gov.vn"
    url = f"{site}/node/2871"

    def main(rng, rl, rd):
        body = bold(A15.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<div class="field-image-caption"><img src="{s}" alt="" /><p class="caption"><em>{esc(c)}</em></p></div>', sep="\n"), "Lường Văn Chiến")
        return (f'<h1 class="page-title" id="page-title">{esc(A15.title)}</h1>'
                f'<div id="node-2871" class="node node-article node-promoted clearfix" about="/node/2871" typeof="sioc:Item foaf:Document">'
                f'<div class="submitted"><span property="dc:date dc:created" content="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}" datatype="xsd:dateTime">Gửi bởi <span class="username">bientap_tct</span> vào T5, {dmy(pub)} - {hm(pub)}</span></div>'
                f'<div class="content"><div class="field field-name-field-tom-tat field-type-text-long"><div class="field-items"><div class="field-item even"><strong>{esc(A15.lead)}</strong></div></div></div>'
                f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>'
                f'<div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix"><div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item even">Lò Thị Hoa</div></div></div>'
                f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/dao-tao-boi-duong">Đào tạo, bồi dưỡng</a></div></div></div></div>'
                f'<ul class="links inline"><li class="statistics_counter first last"><span>391 lượt đọc</span></li></ul></div>'
                + lst(site, "/node/", list(zip(rl[:5], rd)), lambda d: dmy(d), cls="view-tin-lien-quan", head="Tin liên quan", ext="", start=2840))

    head = og(A15.title, url) + '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />'
    return pg("s46-15", family="political_school_drupal7_zircon_submitted_account_tac_gia_field_chuyen_muc_term",
              name="sonla-truongchinhtri-drupal7-zircon-theme-page-title-h1-submitted-gui-boi-account-vao-t5-dd-mm-yyyy-dash-hh-mm-rdfa-datetime-tom-tat-field-bold-body-image-caption-div-tac-gia-field-chuyen-muc-term-statistics-counter",
              url=url, art=A15, main_fn=main, pub=pub, prefix="tctsl", kb=128,
              org="Trường Chính trị tỉnh Sơn La", addr="Phường Tô Hiệu, tỉnh Sơn La", phone="0212.3852.430",
              crumbs=lambda rng: '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/dao-tao-boi-duong">Đào tạo, bồi dưỡng</a></div>', top=banner("/sites/all/themes/zircon/logo.png", "Trường Chính trị tỉnh Sơn La"),
              side=side_of(lambda d: dmy(d), "Tin mới", "block-views-tin-moi", docs=False),
              shell_kw={"layout": "zircon", "head_extra": head, "items": MENU_PARTY, "left": "Trường Chính trị tỉnh Sơn La - 60 năm xây dựng và phát triển"},
              exp=expected_(A15, iso(pub), author="Lò Thị Hoa", category="Đào tạo, bồi dưỡng"),
              traps={"account": ["bientap_tct"], "labels": ["Tác giả:", "Chuyên mục:"], "after_text": ["391 lượt đọc", "Tin liên quan"], "related": lambda rl: rl[:5]},
              notes="Drupal 7 + the Zircon theme, a political school's course opening. h1#page-title; the 'submitted' line 'Gửi bởi bientap_tct vào T5, 04/05/2028 - 08:30' with its RDFa dc:date content (agreeing) → published 2028-05-04T08:30 (the poster 'bientap_tct' is an account, set 34; the opening day '03/5' is in the sapo: no stamp). A 'Tóm tắt' field in bold (lead). The body field with a picture and a p.caption <em> under it (caption). After it the labelled field 'Tác giả: Lò Thị Hoa' (→ author, set 27) and the taxonomy field 'Chuyên mục: Đào tạo, bồi dưỡng' (→ category; also the crumb's last level). The principal in bold is a subject ('Tiến sĩ' is his degree in the text, not a credit). Statistics counter and 'Tin liên quan' are boxes.",
              readme="Drupal 7 + Zircon, a course opening: 'Gửi bởi <account> vào T5, dd/mm/yyyy - HH:MM' with an agreeing RDFa date, a bold 'Tóm tắt' field (lead), a p.caption, labelled 'Tác giả:' (author) and 'Chuyên mục:' (category) fields, a read counter")


# ===================================================================== 16 Báo và Phát thanh, Truyền hình Nghệ An: a press CMS's 'Bạn đọc viết' view; a reader's letter, the sender box over the text, the editors' reply after it
A16 = Art("Thủ tục nhanh gọn ở Trung tâm Phục vụ hành chính công xã Yên Thành",
          "Là người dân trực tiếp đi làm thủ tục, tôi muốn chia sẻ với Báo về sự thay đổi tích cực ở Trung tâm Phục vụ hành chính công xã Yên Thành trong thời gian gần đây.",
          [("p", "Đầu tháng 4 vừa qua, tôi đến Trung tâm làm thủ tục đăng ký biến động đất đai sau khi nhận thừa kế của bố mẹ. Trước khi đi, tôi lo sẽ phải chờ đợi, bổ sung giấy tờ nhiều lần như trước đây."),
           ("p", "Tuy nhiên, ngay từ quầy tiếp đón, một bạn đoàn viên tình nguyện đã hướng dẫn tôi lấy số thứ tự, kiểm tra thành phần hồ sơ và chỉ rõ những giấy tờ còn thiếu. Công chức tiếp nhận giải thích cặn kẽ, hẹn ngày trả kết quả và gửi tin nhắn theo dõi tiến độ qua điện thoại."),
           ("p", "Đúng hẹn, sau 8 ngày làm việc, tôi nhận được thông báo kết quả, sớm hơn 2 ngày so với quy định. Toàn bộ phí, lệ phí được thanh toán qua mã QR, không phải cầm tiền mặt."),
           ("p", "Tôi mong cách làm này được duy trì, nhân rộng, để người dân đi làm thủ tục không còn tâm lý ngại ngần, và mong Trung tâm bố trí thêm ghế ngồi chờ cho người cao tuổi vào những ngày đông người.")])


def page16():
    pub = T("2028-04-19 13:20")
    site = "https://baonghean.example"
    url = f"{site}/ban-doc/202804/thu-tuc-nhanh-gon-o-trung-tam-phuc-vu-hanh-chinh-cong-xa-yen-thanh-3fa91c2/"

    def main(rng, rl, rd):
        ps = "".join(jp(t) for t in A16.pars)
        return (f'<article class="bd-article"><div class="bd-section"><a href="{site}/ban-doc/">Bạn đọc viết</a></div><h1 class="bd-title">{esc(A16.title)}</h1>'
                f'<div class="bd-meta"><span class="bd-time">{hm(pub)} | {dmy(pub)}</span></div>'
                f'<div class="bd-sender"><img src="/static/img/icon-letter.png" alt="" /> <span>Bạn đọc: <b>Trần Thị Thu Hà</b> (xã Yên Thành)</span></div>'
                f'<div class="bd-sapo"><p><strong>{esc(A16.lead)}</strong></p></div><div class="bd-content" data-role="content">{ps}</div>'
                f'<div class="bd-reply"><p><em>Tòa soạn: Cảm ơn bạn đọc Trần Thị Thu Hà đã gửi thư. Báo đã chuyển ý kiến về việc bố trí thêm ghế ngồi chờ đến Ủy ban nhân dân xã Yên Thành.</em></p></div>'
                f'<div class="bd-mailbox"><h3>Gửi thư cho Báo</h3><p>Bạn đọc gửi thư, bài về hộp thư bandoc@baonghean.example hoặc điện thoại đường dây nóng 0238.3844.xxx.</p><form><input placeholder="Họ tên" /><input placeholder="Điện thoại" /><textarea placeholder="Nội dung"></textarea><button type="button">Gửi</button></form></div>'
                + sharebar("bd-share") + lst(site, "/ban-doc/202804/", list(zip(rl[:5], rd)), lambda d: f"{hm(d)} | {dmy(d)}", cls="bd-more", head="Thư bạn đọc khác", ext="/", start=3100)
                + f'</article>')

    head = og(A16.title, url, {"og:description": A16.lead, "article:section": "Bạn đọc"})
    return pg("s46-16", family="merged_press_agency_readers_letters_view_sender_box_editors_reply",
              name="nghean-baovaptth-press-cms-ban-doc-viet-view-section-link-h1-hh-mm-pipe-dd-mm-yyyy-sender-box-ban-doc-name-commune-bold-sapo-letter-text-toa-soan-reply-italic-mailbox-form-share-thu-ban-doc-khac",
              url=url, art=A16, main_fn=main, pub=pub, prefix="bdna", kb=204,
              org="Báo và Phát thanh, Truyền hình Nghệ An", addr="Phường Thành Vinh, tỉnh Nghệ An", phone="0238.3844.xxx",
              crumbs=crumbs_of(site, ["Bạn đọc viết"], "bd-path"), top=banner("/static/img/logo-bnapt.png", "Báo và Phát thanh, Truyền hình Nghệ An"),
              side=side_of(lambda d: f"{hm(d)} | {dmy(d)}", "Đọc nhiều", "bd-most", docs=False),
              shell_kw={"layout": "press_bandoc", "head_extra": head, "items": MENU_MASS, "left": f"{wd(pub)}, {dmy(pub)}"},
              exp=expected_(A16, iso(pub), author="Trần Thị Thu Hà", category="Bạn đọc viết", captions=[]),
              traps={"sender_label": ["Bạn đọc: Trần Thị Thu Hà", "(xã Yên Thành)"], "reply": ["Tòa soạn: Cảm ơn bạn đọc"], "mailbox": ["Gửi thư cho Báo", "bandoc@baonghean.example"],
                     "after_text": ["Sao chép liên kết", "Thư bạn đọc khác"], "related": lambda rl: rl[:5]},
              notes="A merged provincial press agency's press CMS, the 'Bạn đọc viết' (readers write) view: the section link over the h1 (→ category; also the crumb), 'HH:MM | dd/mm/yyyy' → published 2028-04-19T13:20. Over the text a SENDER box 'Bạn đọc: Trần Thị Thu Hà (xã Yên Thành)' — the reader who wrote the letter is the item's writer (set 27's labelled credit) → author 'Trần Thị Thu Hà'; the parenthesis names the reader's commune, a PLACE (set 39: no unit) → author_unit null. A bold sapo (lead, written by the reader in the first person). After the text the editors' italic reply 'Tòa soạn: …' (an editors' note, sets 24 and 29: not body), the mailbox box with a form, share, 'Thư bạn đọc khác'. No captions.",
              readme="A press CMS's 'Bạn đọc viết' view, a reader's letter: section link, 'HH:MM | dd/mm/yyyy', a sender box 'Bạn đọc: Name (xã …)' over the text (author; the commune is a place, no unit), bold sapo, the editors' reply 'Tòa soạn: …' after the text (not body), mailbox form")


# ===================================================================== 17 Hội Nông dân xã Tịnh Biên (An Giang): PHP-Fusion 9's News infusion; social policy, an account, a signature, comments
A17 = Art("Hội Nông dân xã Tịnh Biên giải ngân 1,2 tỷ đồng vốn Quỹ Hỗ trợ nông dân",
          "Ngày 14/2, Hội Nông dân xã Tịnh Biên giải ngân 1,2 tỷ đồng từ nguồn Quỹ Hỗ trợ nông dân cho 3 tổ hợp tác với 24 hộ hội viên vay phát triển chăn nuôi bò và trồng rau an toàn.",
          [("p", "Theo dự án được phê duyệt, mỗi hộ được vay 50 triệu đồng trong thời hạn 36 tháng, lãi suất ưu đãi. Tổ hợp tác chăn nuôi bò ấp Xuân Hòa có 10 hộ tham gia, hai tổ hợp tác trồng rau an toàn ấp Voi 1 và ấp Voi 2 có 14 hộ."),
           ("p", "Trước khi giải ngân, Hội Nông dân xã phối hợp với Trạm khuyến nông tổ chức tập huấn kỹ thuật cho các hộ vay vốn; các tổ hợp tác xây dựng quy chế hoạt động, thống nhất đầu mối tiêu thụ sản phẩm với một siêu thị tại phường Long Xuyên."),
           ("table", [["Tổ hợp tác", "Số hộ", "Số tiền (triệu đồng)"], ["Chăn nuôi bò ấp Xuân Hòa", "10", "500"], ["Rau an toàn ấp Voi 1", "8", "400"], ["Rau an toàn ấp Voi 2", "6", "300"]]),
           ("p", "Hiện nay, tổng nguồn Quỹ Hỗ trợ nông dân do Hội Nông dân xã quản lý đạt hơn 4,6 tỷ đồng, đang cho 96 hộ vay; tỷ lệ thu hồi vốn đúng hạn đạt 100%.")])


def page17():
    pub = T("2028-02-15 09:15")
    site = "https://hoinongdan.tinhbien.angiang.example"
    url = f"{site}/infusions/news/news.php?readmore=418"

    def main(rng, rl, rd):
        body = A17.render(p=jp, sep="\n")
        cm = comments_box([("Nguyễn Văn Sáu", f"{dmy(pub + timedelta(days=1))} 19:42", "Mong Hội tiếp tục mở thêm tổ hợp tác nuôi cá ở ấp Tân Long."),
                           ("Chau Sóc Kha", f"{dmy(pub + timedelta(days=2))} 07:15", "Tổ rau Voi 2 đã nhận vốn, cảm ơn Hội.")], "Bình luận", "pf-comments")
        return (f'<div class="news-item panel panel-default"><div class="panel-heading"><h2 class="news-title">{esc(A17.title)}</h2>'
                f'<div class="news-info"><i class="fa fa-user"></i> <a href="{site}/profile.php?lookup=3">hnd_tinhbien</a> <i class="fa fa-calendar"></i> {dmy(pub)} {hm(pub)}'
                f' <i class="fa fa-eye"></i> 214 lượt đọc <i class="fa fa-comments"></i> 2 bình luận <i class="fa fa-folder"></i> <a href="{site}/infusions/news/news.php?cat_id=4">Hoạt động Hội</a></div></div>'
                f'<div class="panel-body"><div class="news-snippet"><strong>{esc(A17.lead)}</strong></div><div class="news-extended">{body}'
                f'<p style="text-align:right"><strong>Huỳnh Lợi</strong></p></div></div>'
                f'<div class="panel-footer"><a href="{site}/print.php?type=N&amp;item_id=418">In</a> · <a href="#">Đánh giá</a></div></div>' + cm)

    head = og(A17.title, url) + '<meta name="generator" content="PHP-Fusion 9" />'
    return pg("s46-17", family="commune_farmers_union_phpfusion9_news_infusion_account_signature_comments",
              name="angiang-tinhbien-hoinongdanxa-php-fusion-9-news-infusion-readmore-h2-news-info-user-account-calendar-dd-mm-yyyy-hh-mm-views-comments-category-bold-snippet-extended-loan-table-bold-signature-print-comments",
              url=url, art=A17, main_fn=main, pub=pub, prefix="hndtb", kb=118,
              org="Hội Nông dân xã Tịnh Biên", addr="Xã Tịnh Biên, tỉnh An Giang", phone="0296.3874.219",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động Hội"], "pf-crumb"), top=banner("/themes/hnd/images/logo.png", "Hội Nông dân xã Tịnh Biên"),
              side=side_of(lambda d: dmy(d), "Tin mới nhất", "pf-latest", docs=False),
              shell_kw={"layout": "phpfusion", "head_extra": head, "items": MENU_MASS, "left": f"{wd(pub)}, {dmy(pub)}"},
              exp=expected_(A17, iso(pub), author="Huỳnh Lợi", category="Hoạt động Hội"),
              traps={"account": ["hnd_tinhbien"], "meta": ["214 lượt đọc", "2 bình luận"], "after_text": ["Đánh giá"],
                     "comments": ["Nguyễn Văn Sáu", "Mong Hội tiếp tục mở thêm tổ hợp tác nuôi cá", "Chau Sóc Kha"]},
              notes="PHP-Fusion 9's News infusion (news.php?readmore=) under a vendor theme — a stack no earlier set used; a commune farmers' union's loan disbursement (social policy). The headline is an h2.news-title; the info row: the poster 'hnd_tinhbien' (an account, set 34), '15/02/2028 09:15' → published 2028-02-15T09:15, views, comment count and the category link 'Hoạt động Hội' (→ category; also the crumb). The news snippet in bold (lead), the extended text with a loan table (body, one paragraph per row) and the bold right signature 'Huỳnh Lợi' (→ author). Print / rating links, two comments with their commenters and stamps and a comment form (not body).",
              readme="PHP-Fusion 9's News infusion (new stack), social policy: h2 headline, an info row with an account, 'dd/mm/yyyy HH:MM', views, comments and the category, bold snippet (lead), a loan table, a bold signature, comments")


# ===================================================================== 18 Hội CCB phường Thủ Dầu Một (TP. Hồ Chí Minh): Kooboo CMS 4; a mass mobilisation model, a date-only stamp, 'Name - unit'
A18 = Art("Tổ cựu chiến binh tự quản giữ bình yên khu phố",
          "Hơn một năm qua, 6 tổ cựu chiến binh tự quản an ninh trật tự ở phường Thủ Dầu Một đã trở thành “tai mắt” của chính quyền, góp phần kéo giảm 28% số vụ việc vi phạm trật tự công cộng trên địa bàn.",
          [("p", "Mô hình được Hội Cựu chiến binh phường triển khai từ tháng 1/2027, mỗi tổ có từ 8 đến 12 hội viên, phụ trách một khu phố. Các tổ phối hợp với công an phường tuần tra vào buổi tối, nắm tình hình người lạ đến tạm trú, vận động thanh thiếu niên tránh xa tệ nạn."),
           ("p", "Ông Lê Văn Sáu, Tổ trưởng tổ cựu chiến binh tự quản khu phố 7, cho biết: “Anh em cựu chiến binh tuổi đã cao nhưng tinh thần còn đó. Mỗi tối đi một vòng khu phố, gặp chuyện gì là báo ngay cho công an, bà con thấy yên tâm hơn”."),
           ("img", "/Cms_Data/Contents/tdm/Media/2028/05/to-ccb-tu-quan-kp7.jpg", "Tổ cựu chiến binh tự quản khu phố 7 tuần tra vào buổi tối"),
           ("p", "Năm 2027, các tổ đã cung cấp 37 tin báo có giá trị cho công an phường, tham gia hòa giải thành 19 vụ mâu thuẫn, vận động 11 thanh niên chậm tiến trở về với gia đình, đi học nghề."),
           ("p", "Hội Cựu chiến binh phường đề ra mục tiêu năm 2028 thành lập thêm 4 tổ tự quản, phủ kín 100% khu phố.")])


def page18():
    pub = T("2028-05-02")
    site = "https://ccb.thudaumot.hochiminhcity.example"
    url = f"{site}/tin-tuc/to-cuu-chien-binh-tu-quan-giu-binh-yen-khu-pho"

    def main(rng, rl, rd):
        body = bold(A18.render(p=jp, img=pem, sep="\n"), "Lê Văn Sáu")
        return (f'<div class="article-detail"><h1 class="article-title">{esc(A18.title)}</h1><div class="article-info"><span class="article-date">Ngày {dmy(pub)}</span> <span class="article-cat">Chuyên mục: <a href="{site}/tin-tuc/mo-hinh-hay">Mô hình hay</a></span></div>'
                f'<div class="article-summary"><strong>{esc(A18.lead)}</strong></div><div class="article-body">{body}'
                f'<p style="text-align:right"><strong>Văn Hùng - Hội CCB phường Thủ Dầu Một</strong></p></div>'
                + sharebar("kb-share") + lst(site, "/tin-tuc/", list(zip(rl[:5], rd)), lambda d: f"Ngày {dmy(d)}", cls="article-related", head="Bài viết khác", ext="", start=500) + "</div>")

    head = og(A18.title, url) + '<meta name="generator" content="Kooboo CMS" />'
    return pg("s46-18", family="ward_veterans_association_kooboo_cms4_article_view_date_only_name_dash_unit",
              name="hochiminh-thudaumot-hoiccbphuong-kooboo-cms-4-aspnet-mvc-article-view-h1-ngay-dd-mm-yyyy-date-only-chuyen-muc-link-bold-summary-centred-em-caption-name-dash-unit-bold-right-share-bai-viet-khac",
              url=url, art=A18, main_fn=main, pub=pub, prefix="ccbtdm", kb=122,
              org="Hội Cựu chiến binh phường Thủ Dầu Một", addr="Phường Thủ Dầu Một, Thành phố Hồ Chí Minh", phone="0274.3822.906",
              crumbs=crumbs_of(site, ["Tin tức", "Mô hình hay"], "kb-breadcrumb"), top=banner("/Cms_Data/Sites/tdm/Themes/Default/images/logo.png", "Hội Cựu chiến binh phường Thủ Dầu Một"),
              side=side_of(lambda d: f"Ngày {dmy(d)}", "Tin mới", "kb-latest", docs=False),
              shell_kw={"layout": "kooboo", "head_extra": head, "items": MENU_MASS, "left": f"{wd(pub)}, {dmy(pub)}"},
              exp=expected_(A18, isod(pub), author="Văn Hùng", unit="Hội CCB phường Thủ Dầu Một", category="Mô hình hay"),
              traps={"labels": ["Chuyên mục:"], "after_text": ["Sao chép liên kết", "Bài viết khác"], "related": lambda rl: rl[:5]},
              notes="Kooboo CMS 4 (ASP.NET MVC; Cms_Data paths, data-kooboo-position columns) — a stack no earlier set used; a ward veterans' association's security model (mass mobilisation). Under the h1 'Ngày 02/05/2028' (date only; no machine date, no time anywhere) → published 2028-05-02, and 'Chuyên mục: Mô hình hay' (→ category; also the crumb's last level). Bold summary (lead). A centred picture with a centred <em> caption. The bold right signature 'Văn Hùng - Hội CCB phường Thủ Dầu Một' → author 'Văn Hùng', unit 'Hội CCB phường Thủ Dầu Một' (set 12). The team leader quoted in bold is a subject.",
              readme="Kooboo CMS 4 (new stack), a veterans' security model: 'Ngày dd/mm/yyyy' (date only), 'Chuyên mục:' link (category), bold summary, a centred <em> caption, 'Name - unit' signature")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
