"""Set 48 pages 10-18: the rest of the random sample of the everyday page — SharePoint Server 2010 + FPT IS's Q&A web
part, WordPress + Twenty Ten, a vendor's ASP.NET 1.1 CMS served in windows-1258, DNN 9.4 + Trí Nam's news module,
Joomla 3.6 (com_content under a hosting vendor's template), Drupal 7 + Danland, a press CMS's 'Ký sự' view, and two stacks
no set had used (Oracle APEX 23.2, Grails 6). One twist in this module (page 11: 'Ảnh: Tác giả' — the pictures by the
writer himself); the other two are in gen/p_01_pages.py."""
from datetime import timedelta
from html.entities import codepoint2name

from .common import Art, T, iso, dmy, hm, wd, esc, slug, b64blob, hexid, utcz
from .kit import og, jsonld
from .p_01_pages import (MEGA, MEGA_MASS, jp, bold, banner, fig, tcap, pem, expected_, lst, crumbs_of, tools, sharebar, tags,
                         heavy_head, bigvs, thread, side_heavy, hp, R, nfd, msop, fontp, openp, lazyfig, lazyp, GIF)


def ent_named(s):
    """TinyMCE / JCE with entity_encoding 'named': letters that have an HTML name become entities, the rest stay raw."""
    return "".join(f"&{codepoint2name[ord(c)]};" if ord(c) > 127 and ord(c) in codepoint2name else c for c in s)


# ===================================================================== 10 Ban Tổ chức Tỉnh ủy Ninh Bình: SharePoint Server 2010 + FPT IS's Q&A web part (nested zone tables); a Q&A, the answer signed by an office
A10 = Art("Đảng viên sinh hoạt đảng tạm thời có được ứng cử, bầu cử tại đại hội chi bộ nơi sinh hoạt tạm thời không?",
          None,
          [("p", "Hỏi: Tôi là đảng viên chính thức, đang được cử đi học tập trung dài hạn và sinh hoạt đảng tạm thời tại chi bộ nơi học tập. Sắp tới chi bộ tổ chức đại hội nhiệm kỳ 2028 - 2030. Xin hỏi tôi có được ứng cử, đề cử và bầu cử tại đại hội chi bộ này không?"),
           ("p", "Trả lời: Theo quy định hiện hành về thi hành Điều lệ Đảng, đảng viên sinh hoạt đảng tạm thời được tham gia các hoạt động của chi bộ nơi sinh hoạt tạm thời, nhưng không tính vào số lượng đảng viên của chi bộ, không được biểu quyết, không được ứng cử, đề cử và bầu cử cấp ủy, không được bầu cử đại biểu đi dự đại hội cấp trên."),
           ("p", "Như vậy, tại đại hội chi bộ nơi sinh hoạt tạm thời, đồng chí được tham dự, được thảo luận, góp ý vào văn kiện đại hội nhưng không được ứng cử, đề cử và bầu cử. Quyền ứng cử, đề cử, bầu cử của đồng chí được thực hiện tại chi bộ nơi sinh hoạt chính thức."),
           ("p", "Đề nghị đồng chí liên hệ với chi bộ nơi sinh hoạt chính thức để được hướng dẫn cụ thể nếu chi bộ đó tổ chức đại hội trong thời gian đồng chí đang đi học.")])


def page10():
    sent = T("2028-10-20 21:14")
    pub = T("2028-11-02 09:00")
    site = "https://bantochuc.ninhbinh.dcs.vn"
    url = f"{site}/hoidap/Pages/chitiet.aspx?ItemID=377&CauHoiID=1204"

    def main(rng, rl, rd):
        body = "\n".join(jp(t) for t in A10.pars)
        return (bigvs(rng, 46000) +
                f'<div class="fpt-qa-detail"><table width="100%" cellpadding="4" cellspacing="0" class="fpt-qa-table"><tr><td colspan="2" class="fpt-qa-head"><h2 class="fpt-qa-title"><span id="ctl00_m_g_3a9e_lblTieuDe">{esc(A10.title)}</span></h2></td></tr>'
                f'<tr><td class="fpt-qa-label" width="120">Người hỏi:</td><td><span id="ctl00_m_g_3a9e_lblNguoiHoi">Đinh Văn Khải - Chi bộ Trường THCS Gia Viễn, Đảng bộ xã Gia Viễn</span></td></tr>'
                f'<tr><td class="fpt-qa-label">Ngày gửi:</td><td><span id="ctl00_m_g_3a9e_lblNgayGui">{dmy(sent)} {hm(sent)}</span></td></tr>'
                f'<tr><td class="fpt-qa-label">Ngày trả lời:</td><td><span id="ctl00_m_g_3a9e_lblNgayTraLoi">{dmy(pub)} {hm(pub)}</span></td></tr>'
                f'<tr><td class="fpt-qa-label">Lĩnh vực:</td><td>Công tác đảng viên</td></tr>'
                f'<tr><td colspan="2"><div class="fpt-qa-content">{body}'
                f'<p style="text-align:right"><strong>Phòng Tổ chức đảng, đảng viên (Ban Tổ chức Tỉnh ủy)</strong></p></div></td></tr></table>'
                f'<div class="fpt-qa-tools"><a href="{site}/hoidap/Pages/guicauhoi.aspx" class="fpt-ask">Gửi câu hỏi</a> <a href="#" onclick="window.print()">In</a></div></div>'
                + lst(site, "/hoidap/Pages/chitiet.aspx?ItemID=", list(zip(rl[:6], rd)), lambda d: f"(Ngày {dmy(d)})", cls="fpt-qa-other", head="Các câu hỏi khác", ext="", start=340))

    return hp("s48-10", family="organisation_board_sharepoint2010_fptis_qa_web_part_office_signature",
              name="ninhbinh-bantochuctinhuy-sharepoint2010-fptis-hoi-dap-web-part-nested-zone-tables-viewstate-h2-lbltieude-nguoi-hoi-ngay-gui-ngay-tra-loi-linh-vuc-rows-hoi-tra-loi-labels-kept-office-signature-unit-cac-cau-hoi-khac",
              url=url, art=A10, main_fn=main, pub=pub, prefix="fq10", kb=162,
              org="Ban Tổ chức Tỉnh ủy Ninh Bình", addr="Phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.205",
              crumbs=f'<div class="fq10-bc"><a href="{site}/">Trang chủ</a> › <a href="{site}/hoidap/">Hỏi - Đáp</a> › <a href="{site}/hoidap/nghiep-vu/">Hỏi - Đáp nghiệp vụ</a></div>',
              top=banner("/Style Library/btc/banner.png", "Ban Tổ chức Tỉnh ủy Ninh Bình"),
              side=side_heavy(lambda d: f"(Ngày {dmy(d)})", "Câu hỏi xem nhiều", "fq10-most", second="Tin mới", n=6),
              shell_kw={"layout": "sp2010fptqa", "head_extra": heavy_head(R(10), url, A10.title, A10.title, pub, "Ban Tổ chức Tỉnh ủy Ninh Bình", gen="Microsoft SharePoint", section="Hỏi - Đáp nghiệp vụ"),
                        "items": MEGA, "left": "Trang thông tin điện tử Ban Tổ chức Tỉnh ủy Ninh Bình", "form": True, "action": "/hoidap/Pages/chitiet.aspx?ItemID=377&CauHoiID=1204"},
              exp=expected_(A10, iso(pub), unit="Phòng Tổ chức đảng, đảng viên (Ban Tổ chức Tỉnh ủy)", category="Hỏi - Đáp nghiệp vụ", lead=None),
              traps={"asker": ["Đinh Văn Khải - Chi bộ Trường THCS Gia Viễn, Đảng bộ xã Gia Viễn", f"{dmy(sent)} {hm(sent)}"], "fields": ["Lĩnh vực:", "Công tác đảng viên"],
                     "tools": ["Gửi câu hỏi"], "after_text": ["Các câu hỏi khác"], "related": lambda rl: rl[:6]},
              notes="SharePoint Server 2010 with a vendor master and FPT IS's Q&A web part ('Hỏi - Đáp'), the web part inside zone tables nested THREE deep (the page's zone table, s4-wpTopTable, the web part body table) and its own field table; a ~46 KB __VIEWSTATE plus the form's own; JSON-LD, analytics. A Q&A: the question in the h2 (title), then label / value rows — 'Người hỏi: Đinh Văn Khải - Chi bộ …' (the asker: a source, not the author; set 27), 'Ngày gửi: 20/10/2028 21:14' (the day the question was SENT: no stamp, set 27), 'Ngày trả lời: 02/11/2028 09:00' (the answer's day → published 2028-11-02T09:00), 'Lĩnh vực:' (a field). No sapo (lead null). The body keeps its 'Hỏi:' / 'Trả lời:' labels (set 45). The answer is signed by an office, bold right 'Phòng Tổ chức đảng, đảng viên (Ban Tổ chức Tỉnh ủy)' → author null, author_unit the signature as printed (sets 25/26: a signature naming a body is a unit with no author; set 27: its parenthesis belongs to the unit). Category 'Hỏi - Đáp nghiệp vụ' (the crumb's last level).",
              readme="SharePoint Server 2010 + FPT IS's Q&A web part in tables nested three deep, a Q&A on Party rules: 'Người hỏi:' (not the author), 'Ngày gửi:' (no stamp), 'Ngày trả lời: dd/mm/yyyy HH:MM' (published), no sapo, 'Hỏi:' / 'Trả lời:' kept, an OFFICE signature (unit, no author)")


# ===================================================================== 11 Liên hiệp các Hội VHNT tỉnh Hưng Yên: WordPress + Twenty Ten; an exhibition review; TWIST 'Ảnh: Tác giả'
A11 = Art("Triển lãm “Sắc màu quê hương”: Những khoảnh khắc đời thường giàu cảm xúc",
          "Khai mạc từ ngày 22/9 tại Nhà triển lãm tỉnh, triển lãm ảnh nghệ thuật “Sắc màu quê hương” năm 2028 giới thiệu 126 tác phẩm của 58 tác giả, phần lớn là những khoảnh khắc đời thường của người dân vùng đồng bằng ven sông.",
          [("p", "Khác với nhiều triển lãm trước, năm nay ban tổ chức ưu tiên những bộ ảnh kể chuyện. Bộ ảnh “Chợ quê ngày mưa” của nghệ sĩ Nguyễn Hữu Tâm gồm 6 khuôn hình, đi từ lúc chợ họp trong sương sớm đến khi người bán hàng cuối cùng dọn gánh, để lại cảm giác vừa quen vừa lạ."),
           ("img", "/wp-content/uploads/2028/09/trien-lam-sac-mau-que-huong-1.jpg", "Khách tham quan xem các tác phẩm tại Nhà triển lãm tỉnh"),
           ("p", "Đáng chú ý là sự xuất hiện của nhiều tác giả trẻ. Tác phẩm “Mùa nhãn” của Trần Minh Khoa, sinh viên năm thứ ba, bắt được ánh nắng xiên qua tán nhãn đúng lúc người hái quả vươn tay, bố cục chặt chẽ mà không gò bó."),
           ("p", "Tuy vậy, một số tác phẩm vẫn lạm dụng hậu kỳ, màu sắc bị đẩy quá tay khiến bức ảnh mất đi vẻ tự nhiên vốn là thế mạnh của đề tài đời thường. Cách treo ảnh theo tác giả thay vì theo chủ đề cũng khiến mạch xem đôi chỗ bị đứt."),
           ("img", "/wp-content/uploads/2028/09/trien-lam-sac-mau-que-huong-2.jpg", "Góc trưng bày bộ ảnh “Chợ quê ngày mưa”"),
           ("p", "Dù còn những điểm cần cân nhắc, “Sắc màu quê hương” năm nay cho thấy một lực lượng sáng tác ảnh đông đảo, chịu khó đi thực tế. Triển lãm mở cửa đến hết ngày 5/10, miễn phí cho khách tham quan.")])


def page11():
    pub = T("2028-09-26 09:12")
    site = "https://vanhocnghethuat.hungyen.org.vn"
    url = f"{site}/2028/09/26/trien-lam-sac-mau-que-huong-nhung-khoanh-khac-doi-thuong-giau-cam-xuc/"
    cm = [("Nguyễn Văn Lộc", "26 Tháng Chín, 2028 lúc 20:14", "Bài viết nhận xét thẳng thắn, tôi cũng thấy nhiều ảnh chỉnh màu quá đà."),
          ("Hoàng Thị Mến", "27 Tháng Chín, 2028 lúc 07:32", "Cuối tuần tôi sẽ đưa các cháu đi xem triển lãm.",
           ("bientap_vhnt", "27 Tháng Chín, 2028 lúc 08:05", "Triển lãm mở cửa từ 8 giờ đến 17 giờ hằng ngày, kể cả thứ Bảy và Chủ nhật."))]

    def cap(s, c, n):
        return (f'<div id="attachment_{5130 + n}" class="wp-caption aligncenter" style="width: 710px"><img class="size-large wp-image-{5130 + n}" src="{s}" alt="" width="700" height="466" />'
                f'<p class="wp-caption-text">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        body = A11.render(p=lambda t: f"<p>{esc(t)}</p>", img=cap, sep="\n")
        return (f'<div id="post-5127" class="post-5127 post type-post status-publish format-standard hentry category-phe-binh-ly-luan">'
                f'<h1 class="entry-title">{esc(A11.title)}</h1>'
                f'<div class="entry-meta"><span class="meta-prep meta-prep-author">Đăng ngày</span> <a href="{url}" title="9:12 sáng" rel="bookmark"><span class="entry-date">Tháng Chín 26, 2028</span></a> '
                f'<span class="meta-sep">bởi</span> <span class="author vcard"><a class="url fn n" href="{site}/author/bientap_vhnt/" title="Xem tất cả bài viết bởi bientap_vhnt">bientap_vhnt</a></span></div>'
                f'<div class="entry-content"><p><strong>{esc(A11.lead)}</strong></p>\n{body}'
                f'<p style="text-align: right;"><strong>Bài: Đỗ Thanh Bình - Ảnh: Tác giả</strong></p></div>'
                f'<div class="entry-utility">Bài này được đăng trong <a href="{site}/category/phe-binh-ly-luan/" rel="category tag">Phê bình - Lý luận</a> và được gắn thẻ <a href="{site}/tag/nhiep-anh/" rel="tag">nhiếp ảnh</a>, <a href="{site}/tag/trien-lam/" rel="tag">triển lãm</a>. Đánh dấu <a href="{url}" rel="bookmark">đường dẫn tĩnh</a>.</div></div>'
                f'<div id="nav-below" class="navigation"><div class="nav-previous"><a href="{site}/2028/09/24/{slug(rl[0])[:50]}/" rel="prev"><span class="meta-nav">&larr;</span> {esc(rl[0])}</a></div>'
                f'<div class="nav-next"><a href="{site}/2028/09/28/{slug(rl[1])[:50]}/" rel="next">{esc(rl[1])} <span class="meta-nav">&rarr;</span></a></div></div>'
                f'<div id="comments">{thread(cm, "Phản hồi", "comment", form=True)}</div>')

    side = lambda rng, p: ('<li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform"><label class="screen-reader-text" for="s">Tìm kiếm cho:</label><input type="text" name="s" id="s" /><input type="submit" id="searchsubmit" value="Tìm kiếm" /></form></li>'
                           + '<li class="widget-container">' + side_heavy(lambda d: f"Tháng {['Một','Hai','Ba','Tư','Năm','Sáu','Bảy','Tám','Chín','Mười','Mười Một','Mười Hai'][d.month - 1]} {d.day}, {d.year}", "Bài viết mới", "tt10-recent", second="Đọc nhiều", n=6)(rng, p) + '</li>')
    return hp("s48-11", family="arts_association_wp_twentyten_review_photo_credit_tac_gia",
              name="hungyen-lienhiephoivhnt-wordpress-twenty-ten-entry-title-h1-dang-ngay-month-first-vi-date-link-title-9-12-sang-boi-account-bold-first-p-lead-wp-captions-bai-name-dash-anh-tac-gia-entry-utility-category-comments",
              url=url, art=A11, main_fn=main, pub=pub, prefix="tt10", kb=147,
              org="Liên hiệp các Hội Văn học Nghệ thuật tỉnh Hưng Yên", addr="Phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.508",
              top=f'<div id="site-title"><span><a href="{site}/" title="Văn học Nghệ thuật Hưng Yên" rel="home">Văn học Nghệ thuật Hưng Yên</a></span></div><div id="site-description">Trang thông tin của Liên hiệp các Hội VHNT tỉnh</div><img src="/wp-content/themes/twentyten/images/headers/path.jpg" width="940" height="198" alt="" />',
              side=side,
              shell_kw={"layout": "tt10", "head_extra": heavy_head(R(11), url, A11.title, A11.lead, pub, "Liên hiệp các Hội Văn học Nghệ thuật tỉnh Hưng Yên", gen="WordPress 6.9", section="Phê bình - Lý luận"),
                        "items": MEGA_MASS, "left": ""},
              exp=expected_(A11, iso(pub), author="Đỗ Thanh Bình", photographer="Đỗ Thanh Bình", category="Phê bình - Lý luận"),
              traps={"credit": ["Ảnh: Tác giả"], "account": ["bientap_vhnt"], "comments": ["Nguyễn Văn Lộc", "Hoàng Thị Mến", "26 Tháng Chín, 2028 lúc 20:14", "Cuối tuần tôi sẽ đưa các cháu đi xem triển lãm."],
                     "utility": ["Bài này được đăng trong", "đường dẫn tĩnh"], "prev_next": lambda rl: rl[:2]},
              notes="WordPress with the Twenty Ten theme (#wrapper, #header with the site title and the header image, #access menu, #container > #content, #primary widget list, comments): h1.entry-title; entry-meta 'Đăng ngày Tháng Chín 26, 2028 bởi bientap_vhnt' — the vi 'F j, Y' date (month first, set 31) inside a link whose title is get_the_time() '9:12 sáng' (set 43: a tooltip on the stamp's own link gives the time) → published 2028-09-26T09:12; 'bientap_vhnt' is an account (set 27). A bold first paragraph (lead, sets 30-31); two wp-caption pictures; prev / next links, Twenty Ten's entry-utility ('Bài này được đăng trong Phê bình - Lý luận …'), three comments with a reply by the account. An exhibition REVIEW. TWIST: the bold right credit 'Bài: Đỗ Thanh Bình - Ảnh: Tác giả' — 'Tác giả' (the author) is not a name: the press formula says the pictures were taken BY THE WRITER → author 'Đỗ Thanh Bình', photographer 'Đỗ Thanh Bình' (as 'Bài, ảnh: Name' would give). A reader applying 'Ảnh: Name' mechanically stores the word 'Tác giả' as the photographer (a person called 'Author'); one treating it like set 47's provenance words stores none. The artists named in the text are subjects. Category 'Phê bình - Lý luận' (no crumb: the entry-utility's category link, as set 47 read Twenty Eleven's footer).",
              readme="TWIST WordPress + Twenty Ten, an exhibition review: 'Đăng ngày Tháng Chín 26, 2028' (month first) in a link titled '9:12 sáng' + 'bởi <account>', bold first paragraph, wp-captions, 'Bài: Name - Ảnh: Tác giả' ('by the author': photographer = the writer, NOT 'Tác giả'), entry-utility category, comments")


# ===================================================================== 12 Hội Sinh vật cảnh tỉnh Bắc Ninh: a vendor's ASP.NET 1.1 CMS, windows-1258 (declared only in the HTTP header), tables nested three deep, <font>, unclosed <p>
A12 = Art("Khai mạc Triển lãm sinh vật cảnh mùa thu năm 2028",
          "Sáng 14/10, tại Công viên Văn hóa trung tâm tỉnh, Hội Sinh vật cảnh tỉnh khai mạc Triển lãm sinh vật cảnh mùa thu năm 2028 với hơn 400 tác phẩm cây cảnh, đá cảnh, hoa lan của 27 chi hội và các nghệ nhân trong tỉnh.",
          [("p", "Các tác phẩm được trưng bày theo 5 khu: cây cảnh nghệ thuật, cây cảnh mini, đá cảnh - thủy sinh, hoa lan và sinh vật cảnh của các câu lạc bộ thanh niên. Nhiều cây dáng trực, dáng văn nhân có tuổi đời trên 50 năm được nghệ nhân mang đến tham dự."),
           ("img", "/upload/tintuc/2028/10/trien-lam-svc-mua-thu-2028.jpg", "Các đại biểu tham quan khu trưng bày cây cảnh nghệ thuật"),
           ("p", "Phát biểu khai mạc, ông Nguyễn Đình Thắng, Chủ tịch Hội Sinh vật cảnh tỉnh, cho biết triển lãm là dịp để hội viên giao lưu, học hỏi kinh nghiệm, đồng thời quảng bá sản phẩm sinh vật cảnh, góp phần phát triển kinh tế vườn, du lịch nông thôn."),
           ("p", "Trong khuôn khổ triển lãm, ban tổ chức mời các nghệ nhân chấm chọn và trao 20 giải cho các tác phẩm xuất sắc; tổ chức trình diễn uốn tạo dáng cây và tọa đàm về kỹ thuật chăm sóc cây cảnh trong điều kiện thời tiết cực đoan."),
           ("p", "Triển lãm mở cửa đến hết ngày 18/10, phục vụ miễn phí nhân dân và du khách.")])


def vs11(rng, n):
    """ASP.NET 1.1's ViewState ('dDw' …, no __VIEWSTATEGENERATOR, no __EVENTVALIDATION)."""
    return f'<input type="hidden" name="__VIEWSTATE" value="dDwtMTI3OTMzNDM4NDt0PDtsPGk8MT47PjtsPHQ8O2w8aTwzPjs+O2w8{b64blob(rng, n)}" />'


def page12():
    pub = T("2028-10-15 08:45:12")
    site = "http://www.hoisinhvatcanh.bacninh.org.vn"
    url = f"{site}/ChiTietTin.aspx?ID=2204&CatID=3"

    def main(rng, rl, rd):
        def cap(s, c, n):
            return (f'<table width="100%" border="0" cellpadding="2" cellspacing="0"><tr><td align="center"><img src="{s}" width="380" border="0"></td></tr>'
                    f'<tr><td align="center" bgcolor="#f2f2f2"><font face="Arial" size="1"><i>{esc(c)}</i></font></td></tr></table>\n')
        body = A12.render(p=fontp, img=cap, sep="\n")
        other = "".join(f'<tr><td width="10" valign="top"><img src="/images/bullet.gif"></td><td><a href="ChiTietTin.aspx?ID={2190 + i}&CatID=3" class="tinkhac">{esc(t)}</a> <font color="#888888" size="1">({dmy(d)})</font></td></tr>'
                        for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<form name="Form1" method="post" action="ChiTietTin.aspx?ID=2204&amp;CatID=3" id="Form1"><input type="hidden" name="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" value="" />{vs11(rng, 24000)}'
                f'<table width="100%" border="0" cellpadding="0" cellspacing="0" class="khung_tin"><tr><td class="tieude_khung" bgcolor="#dfeccf"><font face="Arial" size="2" color="#006633"><b>HOẠT ĐỘNG HỘI</b></font></td></tr>'
                f'<tr><td><table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td><span id="lblTieuDe" class="tieu_de_tin"><font face="Arial" size="3" color="#990000"><b>{esc(A12.title)}</b></font></span></td></tr>'
                f'<tr><td><span id="lblNgayDang"><font face="Arial" size="1" color="#666666">Ngày đăng: {dmy(pub)} {pub.hour % 12 or 12}:{pub.minute:02d}:{pub.second:02d} {"AM" if pub.hour < 12 else "PM"}</font></span></td></tr>'
                f'<tr><td><span id="lblTomTat" class="story_teaser"><font face="Arial" size="2"><b>{esc(A12.lead)}</b></font></span></td></tr>'
                f'<tr><td><div id="divNoiDung" style="text-align:justify">{body}'
                f'<p align="right"><font face="Arial" size="2"><b>Tin và ảnh: Phạm Văn Lực</b></font>\n</div></td></tr></table></td></tr></table>'
                f'<table width="100%" border="0" cellpadding="2" cellspacing="0" class="tinkhac"><tr><td colspan="2" bgcolor="#dfeccf"><font face="Arial" size="2"><b>Các tin khác</b></font></td></tr>{other}</table></form>')

    side = lambda rng, p: side_heavy(lambda d: f"({dmy(d)})", "Tin mới đăng", "r11-new", second="Tin đọc nhiều", docs=False, n=6)(rng, p) + '<p align="center"><img src="/images/qc/lienket-svc-vn.gif" width="170"></p>'
    left = ('<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#006633"><font color="#ffffff" size="2"><b>CHUYÊN MỤC</b></font></td></tr>'
            + "".join(f'<tr><td><img src="/images/arrow.gif"> <a href="DanhSachTin.aspx?CatID={i}">{t}</a></td></tr>' for i, t in enumerate(["Giới thiệu", "Tin tức", "Hoạt động Hội", "Nghệ nhân - Tác phẩm", "Kỹ thuật", "Thư viện ảnh", "Liên hệ"], 1))
            + '</table><p align="center"><font size="1">Số lượt truy cập: 0.981.274</font></p>')
    head = ('<meta name="keywords" content="sinh vật cảnh, cây cảnh, Bắc Ninh" /><meta name="GENERATOR" content="Microsoft Visual Studio .NET 7.1" /><meta name="CODE_LANGUAGE" content="C#" />'
            '<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(["_setAccount","UA-2210394-1"]);_gaq.push(["_trackPageview"]);</script>')
    return hp("s48-12", family="bonsai_association_aspnet11_windows1258_nested_tables_font_tags",
              name="bacninh-hoisinhvatcanh-aspnet11-vendor-cms-windows-1258-charset-only-in-http-header-760px-table-page-tables-nested-three-deep-font-tags-lbltieude-ngay-dang-h-mm-ss-am-bold-lbltomtat-unclosed-p-caption-table-tin-va-anh-name",
              url=url, art=A12, main_fn=main, pub=pub, prefix="r11", kb=112,
              org="Hội Sinh vật cảnh tỉnh Bắc Ninh", addr="Phường Kinh Bắc, tỉnh Bắc Ninh", phone="0222.3822.917",
              crumbs=f'<font face="Arial" size="1"><a href="Default.aspx">Trang chủ</a> &gt;&gt; <a href="DanhSachTin.aspx?CatID=3">Hoạt động Hội</a></font>',
              top='<img src="/images/banner_svc.jpg" width="760" height="120" alt="Hội Sinh vật cảnh tỉnh Bắc Ninh">', side=side,
              shell_kw={"layout": "aspx11", "head_extra": head, "charset_meta": False, "items": MEGA_MASS, "left": left},
              exp=expected_(A12, iso(pub), author="Phạm Văn Lực", photographer="Phạm Văn Lực", category="Hoạt động Hội"),
              traps={"section_box": ["HOẠT ĐỘNG HỘI"], "left": ["CHUYÊN MỤC", "Số lượt truy cập: 0.981.274"], "after_text": ["Các tin khác"], "related": lambda rl: rl[:6]},
              ct="text/html; charset=windows-1258", encoding="cp1258",
              notes="A vendor's ASP.NET 1.1 CMS (Visual Studio .NET 2003: a 760-px table page, the content in tables nested THREE deep inside the layout's own nested tables, <font> tags everywhere, the 1.1 ViewState 'dDw…' with no generator or validation field). The page is served in WINDOWS-1258 (web.config's responseEncoding) and says so ONLY in the HTTP header (content_type 'text/html; charset=windows-1258'; no <meta> charset); the Vietnamese letters are written the cp1258 way, a base letter (â ê ô ă ơ ư included) followed by a combining tone byte, so the decoded text is DECOMPOSED and must be NFC-normalised (expected values are NFC). A section box 'HOẠT ĐỘNG HỘI' (the list's title bar), span#lblTieuDe (title), 'Ngày đăng: 15/10/2028 8:45:12 AM' (12-hour, unpadded hour, seconds kept: set 29) → published 2028-10-15T08:45:12; bold span#lblTomTat (lead); the text in <p><font> paragraphs NEVER CLOSED; one picture in a table with a grey caption row. 'Tin và ảnh: Phạm Văn Lực' → author and photographer (as 'Bài và ảnh:', set 31). The chairman is a subject. Category 'Hoạt động Hội' (the crumb's last level).",
              readme="A vendor's ASP.NET 1.1 CMS, a bonsai exhibition opens: WINDOWS-1258 declared only in the HTTP header (decomposed tone marks), tables nested three deep, <font> tags, unclosed <p>, 'Ngày đăng: dd/mm/yyyy h:mm:ss AM', bold lblTomTat, a caption table, 'Tin và ảnh: Name'")


# ===================================================================== 13 Ủy ban Kiểm tra Đảng ủy phường Phú Lợi (TP.HCM): DNN 9.4 + Trí Nam's news module; Word-pasted text; a supervision
A13 = Art("Giám sát chuyên đề việc thực hiện quy định những điều đảng viên không được làm tại 4 chi bộ khu phố",
          "Từ ngày 23/10 đến 1/11, Ủy ban Kiểm tra Đảng ủy phường Phú Lợi tiến hành giám sát chuyên đề đối với 4 chi bộ khu phố về việc lãnh đạo, quản lý đảng viên thực hiện quy định những điều đảng viên không được làm.",
          [("p", "Đoàn giám sát đã nghiên cứu hồ sơ, sổ sách, biên bản sinh hoạt chi bộ, làm việc với chi ủy và 24 đảng viên. Qua giám sát, các chi bộ đều quán triệt quy định đến 100% đảng viên, đưa nội dung vào sinh hoạt chi bộ định kỳ."),
           ("p", "Chi bộ khu phố 3 và khu phố 7 có cách làm hay: phân công đảng viên phụ trách từng nhóm hộ, kịp thời nắm bắt dư luận về tư cách đảng viên ở nơi cư trú. Tuy nhiên, việc ghi biên bản sinh hoạt ở một chi bộ còn sơ sài, chưa phản ánh đầy đủ ý kiến thảo luận."),
           ("img", "/Portals/0/TNNews/2028/11/giam-sat-chi-bo-khu-pho.jpg", "Đoàn giám sát làm việc với Chi bộ khu phố 3"),
           ("p", "Kết thúc đợt giám sát, Ủy ban Kiểm tra Đảng ủy phường đề nghị các chi bộ chấn chỉnh những hạn chế, hoàn thành trước ngày 30/11/2028 và báo cáo kết quả về Ủy ban Kiểm tra.")])


def page13():
    pub = T("2028-11-03 10:20")
    site = "https://danguyphuongphuloi.hochiminhcity.gov.vn"
    url = f"{site}/tin-tuc/kiem-tra-giam-sat/tabid/137/ArticleID/1893/Default.aspx"
    today = pub + timedelta(days=2, hours=8)

    def main(rng, rl, rd):
        body = A13.render(p=msop, img=lambda s, c, n: f'<p class="MsoNormal" align="center" style="text-align:center"><img src="{s}" width="600" alt="" /></p><p class="MsoCaption" align="center" style="text-align:center"><i><span style="font-size:12.0pt"><font face="Times New Roman">{esc(c)}</font><o:p></o:p></span></i></p>', sep="\n")
        return (bigvs(rng, 52000, "__VIEWSTATE_TN") +
                f'<div class="tnnews-detail"><h1 class="tnnews-title"><span id="dnn_ctr2214_TNNewsView_lblTitle">{esc(A13.title)}</span></h1>'
                f'<div class="tnnews-meta"><span id="dnn_ctr2214_TNNewsView_lblDate">Ngày đăng: {dmy(pub)} | {hm(pub)}</span> <span id="dnn_ctr2214_TNNewsView_lblView">Lượt xem: 418</span></div>'
                f'<div class="tnnews-sapo"><span id="dnn_ctr2214_TNNewsView_lblSummary"><b>{esc(A13.lead)}</b></span></div>'
                f'<div id="dnn_ctr2214_TNNewsView_divContent" class="tnnews-content">{body}</div>'
                f'<table class="tnnews-info"><tr><td class="lbl">Tác giả:</td><td><span id="dnn_ctr2214_TNNewsView_lblAuthor">Huỳnh Thị Mỹ Linh</span></td></tr>'
                f'<tr><td class="lbl">Đơn vị:</td><td><span id="dnn_ctr2214_TNNewsView_lblUnit">Ủy ban Kiểm tra Đảng ủy phường</span></td></tr></table>'
                f'<div class="tnnews-actions"><a href="javascript:__doPostBack(\'dnn$ctr2214$TNNewsView$lnkPrint\',\'\')">In bài</a> <a href="javascript:__doPostBack(\'dnn$ctr2214$TNNewsView$lnkBack\',\'\')">Trở về</a></div></div>'
                + lst(site, "/tin-tuc/kiem-tra-giam-sat/tabid/137/ArticleID/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} | {hm(d)}", cls="tnnews-other", head="Tin cùng chuyên mục", ext="/Default.aspx", start=1850))

    return hp("s48-13", family="ward_inspection_commission_dnn94_trinam_news_module_word_paste_author_unit_fields",
              name="hochiminhcity-phuloi-ubktdanguyphuong-dnn94-bootstrap3-skin-trinam-tnnews-module-viewstate-header-clock-h1-lbltitle-ngay-dang-dd-mm-yyyy-pipe-hh-mm-bold-lblsummary-word-pasted-msocaption-tac-gia-don-vi-field-table",
              url=url, art=A13, main_fn=main, pub=pub, prefix="tn94", kb=176,
              org="Đảng ủy phường Phú Lợi", addr="Phường Phú Lợi, Thành phố Hồ Chí Minh", phone="0274.3822.566",
              crumbs=f'<span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="{site}/" class="Breadcrumb">Trang chủ</a> › <a href="{site}/tin-tuc/tabid/120/Default.aspx" class="Breadcrumb">Tin tức</a> › <a href="{site}/tin-tuc/kiem-tra-giam-sat/tabid/137/Default.aspx" class="Breadcrumb">Kiểm tra - Giám sát</a></span>',
              top=banner("/Portals/0/Skins/PhuLoi94/images/banner.png", "Đảng bộ phường Phú Lợi"),
              side=side_heavy(lambda d: f"{dmy(d)} | {hm(d)}", "Tin mới", "tn94-new", second="Xem nhiều"),
              shell_kw={"layout": "dnn94tn", "head_extra": heavy_head(R(13), url, A13.title, A13.lead, pub, "Đảng ủy phường Phú Lợi", gen="DotNetNuke", section="Kiểm tra - Giám sát"),
                        "items": MEGA, "left": f"Hôm nay: {wd(today)}, {dmy(today)} {hm(today)}", "form": True, "dnn": True, "action": "/tin-tuc/kiem-tra-giam-sat/tabid/137/ArticleID/1893/Default.aspx"},
              exp=expected_(A13, iso(pub), author="Huỳnh Thị Mỹ Linh", unit="Ủy ban Kiểm tra Đảng ủy phường", category="Kiểm tra - Giám sát"),
              traps={"clock": [f"Hôm nay: {wd(today)}, {dmy(today)} {hm(today)}"], "meta": ["Lượt xem: 418"], "actions": ["Trở về"], "after_text": ["Tin cùng chuyên mục"], "related": lambda rl: rl[:6]},
              notes="DNN 9.4 with a vendor's Bootstrap 3 skin (ContentPane / SidePane) and Trí Nam's news module (TNNewsView: lblTitle inside the h1, lblDate, lblView, lblSummary, divContent, an info table lblAuthor / lblUnit, print / back postbacks); a ~52 KB hidden state field besides the form's own ViewState and DNN's __dnnVariable; a header clock 'Hôm nay: …' two days later (the crawl moment, set 29); JSON-LD, analytics. A supervision by a ward inspection commission. 'Ngày đăng: 03/11/2028 | 10:20' → published 2028-11-03T10:20. Bold lblSummary (lead). The text PASTED FROM WORD (MsoNormal spans, spacerun runs, <o:p>, a MsoCaption paragraph with a <font> inside → one caption). The info table 'Tác giả: Huỳnh Thị Mỹ Linh' / 'Đơn vị: Ủy ban Kiểm tra Đảng ủy phường' → author + unit (a labelled 'Đơn vị:' field is a unit, set 13). Category 'Kiểm tra - Giám sát' (DNN's breadcrumb).",
              readme="DNN 9.4 + Trí Nam's news module, a ward inspection commission's supervision: a header clock (crawl day), 'Ngày đăng: dd/mm/yyyy | HH:MM', bold lblSummary, Word-pasted text with a MsoCaption, 'Tác giả:' + 'Đơn vị:' fields (author + unit)")


# ===================================================================== 14 Hội Cựu giáo chức tỉnh Khánh Hòa: Joomla 3.6 + a hosting vendor's template; named entities (Latin-1 letters), an unclosed <li> list; a training course
A14 = Art("Tập huấn sử dụng điện thoại thông minh cho hội viên cao tuổi",
          "Ngày 17/10, Hội Cựu giáo chức tỉnh phối hợp với Tỉnh đoàn tổ chức lớp tập huấn kỹ năng sử dụng điện thoại thông minh cho 85 hội viên là nhà giáo nghỉ hưu ở các xã, phường khu vực Nha Trang.",
          [("p", "Trong một ngày, các hội viên được đoàn viên thanh niên tình nguyện hướng dẫn “cầm tay chỉ việc” theo nhóm nhỏ, mỗi tình nguyện viên phụ trách 3 đến 4 học viên. Nội dung tập huấn gồm:"),
           ("ul", ["Cài đặt và sử dụng ứng dụng định danh điện tử;",
                   "Nộp hồ sơ, tra cứu kết quả thủ tục hành chính trên Cổng dịch vụ công;",
                   "Gọi video, nhắn tin cho con cháu ở xa qua các ứng dụng phổ biến;",
                   "Nhận biết và phòng tránh các thủ đoạn lừa đảo qua điện thoại."]),
           ("img", "/images/2028/10/tap-huan-dien-thoai-thong-minh-cgc.jpg", "Đoàn viên thanh niên hướng dẫn hội viên cài đặt ứng dụng"),
           ("p", "Nhà giáo nghỉ hưu Nguyễn Thị Xuân Mai, 74 tuổi, phấn khởi: “Trước đây tôi chỉ biết nghe, gọi. Giờ thì tôi tự xem được lương hưu, tự gọi video cho cháu ở nước ngoài”."),
           ("p", "Hội Cựu giáo chức tỉnh sẽ tiếp tục phối hợp với Tỉnh đoàn mở các lớp tương tự ở khu vực phía nam tỉnh trong tháng 11 và tháng 12/2028.")])


def page14():
    pub = T("2028-10-18 09:12")
    site = "https://cuugiaochuc.khanhhoa.org.vn"
    url = f"{site}/index.php/hoat-dong-hoi/812-tap-huan-su-dung-dien-thoai-thong-minh-cho-hoi-vien-cao-tuoi"

    def main(rng, rl, rd):
        body = A14.render(p=lambda t: f"<p>{ent_named(esc(t))}</p>", img=lambda s, c, n: f'<p style="text-align: center;"><img src="{s}" alt="" width="640" height="427" /></p>\n<p style="text-align: center;"><em>{ent_named(esc(c))}</em></p>',
                          ul=lambda items: "<ul>" + "".join(f"\n<li>{ent_named(esc(i))}" for i in items) + "\n</ul>", sep="\n")
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h2 itemprop="headline">{esc(A14.title)}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">quantri</span></dd>'
                f'<dd class="category-name">Danh mục: <a href="{site}/index.php/hoat-dong-hoi" itemprop="genre">Hoạt động Hội</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span><time datetime="{pub.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")}" itemprop="datePublished">Ngày đăng: {wd(pub, lower=True)}, {pub.day:02d} Tháng {pub.month} {pub.year} {hm(pub)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:231" />Lượt xem: 231</dd></dl>'
                f'<div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#"><span class="icon-cog"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="#">In</a></li><li class="email-icon"><a href="#">E-mail</a></li></ul></div>'
                f'<div itemprop="articleBody"><p><strong>{ent_named(esc(A14.lead))}</strong></p>\n{body}'
                f'<p style="text-align: right;"><strong>{ent_named("Phan Thị Lý (Hội Cựu giáo chức phường Nam Nha Trang)")}</strong></p></div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="{site}/index.php/hoat-dong-hoi/811" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li><li class="next"><a href="{site}/index.php/hoat-dong-hoi/813" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li></ul></div>'
                + lst(site, "/index.php/hoat-dong-hoi/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)}", cls="mb36-related", head="Bài viết liên quan", ext="", start=790))

    return hp("s48-14", family="retired_teachers_association_joomla36_com_content_named_entities_unclosed_li",
              name="khanhhoa-hoicuugiaochuc-joomla36-hosting-vendor-template-bootstrap2-item-page-h2-headline-article-info-viet-boi-account-danh-muc-ngay-dang-weekday-dd-thang-m-yyyy-hh-mm-utc-datetime-bold-first-p-named-entities-unclosed-li-name-paren-unit",
              url=url, art=A14, main_fn=main, pub=pub, prefix="mb36", kb=121,
              org="Hội Cựu giáo chức tỉnh Khánh Hòa", addr="Phường Nha Trang, tỉnh Khánh Hòa", phone="0258.3822.634",
              crumbs=f'<ul class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li><li><a href="{site}/" class="pathway">Trang chủ</a><span class="divider">/</span></li><li><a href="{site}/index.php/hoat-dong-hoi" class="pathway">Hoạt động Hội</a><span class="divider">/</span></li><li class="active"><span>{esc(A14.title)}</span></li></ul>',
              top=banner("/templates/mb_hoi/images/logo.png", "Hội Cựu giáo chức tỉnh Khánh Hòa"),
              side=side_heavy(lambda d: f"{dmy(d)}", "Bài mới", "mb36-new", second="Xem nhiều nhất", n=6),
              shell_kw={"layout": "j36mb", "head_extra": heavy_head(R(14), url, A14.title, A14.lead, pub, "Hội Cựu giáo chức tỉnh Khánh Hòa", gen="Joomla! - Open Source Content Management", section="Hoạt động Hội"),
                        "items": MEGA_MASS, "left": ""},
              exp=expected_(A14, iso(pub), author="Phan Thị Lý", unit="Hội Cựu giáo chức phường Nam Nha Trang", category="Hoạt động Hội"),
              traps={"article_info": ["Viết bởi quantri", "Lượt xem: 231", "Chi tiết"], "icons": ["E-mail"], "after_text": ["Bài viết liên quan"], "related": lambda rl: rl[:6]},
              notes="Joomla 3.6 under a hosting vendor's template (Joomla 3's Bootstrap 2 grid: row-fluid, span9 / span3), com_content's article view: the headline in the page-header h2 (the only heading of the item), article-info 'Chi tiết / Viết bởi quantri (an account, set 34) / Danh mục: Hoạt động Hội / Ngày đăng: Thứ tư, 18 Tháng 10 2028 09:12' over a UTC datetime of the same moment → published 2028-10-18T09:12 (the printed local time, set 47), 'Lượt xem'; the icons dropdown (In, E-mail); prev / next pagenav. The editor (JCE, entity_encoding 'named') stored the letters that have an HTML name as ENTITIES ('&ecirc;', '&agrave;', '&ocirc;', '&Agrave;' …) and the others raw ('ủ', 'ộ', 'ạ' …), mixed inside words. A training course. A bold first paragraph (lead); a list whose <li> are NEVER CLOSED → one body paragraph per item; one centred picture with a centred italic caption. Bold right 'Phan Thị Lý (Hội Cựu giáo chức phường Nam Nha Trang)' → author + unit. The member quoted is a subject. Category 'Hoạt động Hội' (the crumb's level before the item's own level, set 27; 'Danh mục:' agrees).",
              readme="Joomla 3.6 (com_content, a hosting vendor's template), a smartphone course for retired teachers: h2 headline, 'Viết bởi <account>', 'Danh mục:', 'Ngày đăng: Thứ tư, dd Tháng m yyyy HH:MM' over UTC, bold first paragraph, Latin-1 letters as NAMED ENTITIES mixed with raw letters, a list with unclosed <li>, 'Name (unit)'")


# ===================================================================== 15 Đoàn Khối các cơ quan và doanh nghiệp tỉnh Gia Lai: Drupal 7 + Danland; NFD text; a blood donation day
A15 = Art("Ngày hội “Giọt hồng Khối” tiếp nhận 412 đơn vị máu",
          "Ngày 26/10, Đoàn Khối các cơ quan và doanh nghiệp tỉnh phối hợp với Bệnh viện Đa khoa tỉnh tổ chức Ngày hội hiến máu tình nguyện “Giọt hồng Khối” lần thứ VII, tiếp nhận 412 đơn vị máu.",
          [("p", "Ngày hội thu hút gần 600 đoàn viên, thanh niên, công chức, người lao động của 46 cơ sở đoàn trực thuộc đăng ký tham gia. Sau khi khám sàng lọc, 412 người đủ điều kiện hiến máu, trong đó có 57 người hiến máu lần đầu."),
           ("img", "/sites/default/files/2028-10/giot-hong-khoi-2028.jpg", "Đoàn viên thanh niên hiến máu tại ngày hội"),
           ("p", "Anh Rơ Châm Tuấn, cán bộ Sở Nông nghiệp và Môi trường, đã hiến máu lần thứ 18. Anh cho biết: “Mỗi lần hiến máu, tôi nghĩ đến những bệnh nhân đang cần máu ở bệnh viện. Sức khỏe cho phép thì tôi còn tham gia”."),
           ("p", "Dịp này, Đoàn Khối tặng giấy khen cho 12 tập thể, 20 cá nhân có thành tích tiêu biểu trong công tác vận động hiến máu tình nguyện năm 2028. Toàn bộ số máu tiếp nhận được chuyển về ngân hàng máu của Bệnh viện Đa khoa tỉnh.")])


def page15():
    pub = T("2028-10-27 15:35")
    site = "https://doankhoi.gialai.gov.vn"
    url = f"{site}/tin-tuc/ngay-hoi-giot-hong-khoi-tiep-nhan-412-don-vi-mau"

    def main(rng, rl, rd):
        body = nfd(A15.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: (f'<div class="field field-name-field-anh-noi-dung"><img typeof="foaf:Image" src="{s}" width="620" height="413" alt="" />'
                                                                             f'<div class="image-caption">{esc(c)}</div></div>'), sep="\n"))
        return (f'<h1 class="title" id="page-title">{nfd(esc(A15.title))}</h1>'
                f'<div id="node-2231" class="node node-article node-promoted clearfix" about="/tin-tuc/ngay-hoi-giot-hong-khoi-tiep-nhan-412-don-vi-mau" typeof="sioc:Item foaf:Document">'
                f'<div class="meta submitted"><span property="dc:date dc:created" content="{pub.isoformat()}" datatype="xsd:dateTime">Đăng ngày: {wd(pub)}, {dmy(pub)} - {hm(pub)}</span></div>'
                f'<div class="content clearfix"><div class="field field-name-field-sapo field-type-text-long"><div class="field-items"><div class="field-item even"><strong>{nfd(esc(A15.lead))}</strong></div></div></div>'
                f'<div class="field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>'
                f'<div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix"><div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item even">{nfd("Đinh Văn Quý")}</div></div></div>'
                f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Thẻ:&nbsp;</div><div class="field-items">'
                f'<div class="field-item even"><a href="/tags/hien-mau">hiến máu</a></div><div class="field-item odd"><a href="/tags/doan-khoi">Đoàn Khối</a></div></div></div></div>'
                f'<ul class="links inline"><li class="node-readmore first"><a href="/print/2231">Bản in</a></li><li class="statistics_counter last"><span>572 lượt đọc</span></li></ul></div>'
                + lst(site, "/tin-tuc/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)}", cls="view-tin-lien-quan", head="Tin liên quan", ext="", start=2200))

    return hp("s48-15", family="youth_union_bloc_drupal7_danland_nfd_fields",
              name="gialai-doankhoicaccoquan-drupal7-danland-theme-crumb-h1-page-title-submitted-dang-ngay-weekday-dd-mm-yyyy-dash-hh-mm-rdfa-sapo-field-body-field-nfd-text-image-caption-div-tac-gia-field-the-ban-in-luot-doc",
              url=url, art=A15, main_fn=main, pub=pub, prefix="dl7", kb=131,
              org="Đoàn Khối các cơ quan và doanh nghiệp tỉnh Gia Lai", addr="Phường Pleiku, tỉnh Gia Lai", phone="0269.3824.672",
              crumbs=f'<div class="breadcrumb"><a href="{site}/">Trang chủ</a> › <a href="{site}/tin-tuc">Tin tức</a> › <a href="{site}/tin-tuc/hoat-dong-doan">Hoạt động Đoàn</a></div>',
              top=banner("/sites/all/themes/danland/images/banner-doankhoi.jpg", "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Gia Lai"),
              side=side_heavy(lambda d: f"{dmy(d)}", "Tin mới", "dl7-new", second="Đọc nhiều", n=6),
              shell_kw={"layout": "d7danland", "head_extra": heavy_head(R(15), url, A15.title, A15.lead, pub, "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Gia Lai", gen="Drupal 7 (http://drupal.org)", section="Hoạt động Đoàn"),
                        "items": MEGA_MASS, "left": "Cổng thông tin Đoàn Khối các cơ quan và doanh nghiệp tỉnh Gia Lai"},
              exp=expected_(A15, iso(pub), author="Đinh Văn Quý", category="Hoạt động Đoàn"),
              traps={"fields": ["Thẻ:", "Bản in", "572 lượt đọc"], "after_text": ["Tin liên quan"], "related": lambda rl: rl[:6]},
              notes="Drupal 7 with the Danland theme (#header-wrapper, #nav, #main > #content, #sidebar-right): the page title h1, the node's submitted line 'Đăng ngày: Thứ Sáu, 27/10/2028 - 15:35' (RDFa dc:created agrees) → published 2028-10-27T15:35; a bold 'sapo' field (lead), the body field with an image field and its caption div (one caption), a 'Tác giả:' text field 'Đinh Văn Quý' (author), tags, 'Bản in', a statistics counter, a 'Tin liên quan' view. The headline, the sapo, the text, the caption and the author field were typed with 'Unicode tổ hợp': DECOMPOSED (NFD) on the page, NFC in the expected record. A blood donation day. The donor quoted is a subject. Category 'Hoạt động Đoàn' (the crumb's last level).",
              readme="Drupal 7 + Danland, a blood donation day: 'Đăng ngày: weekday, dd/mm/yyyy - HH:MM' (RDFa agrees), a bold sapo field, the body field, an image caption div, a 'Tác giả:' field, the item's text in DECOMPOSED Unicode (NFD)")


# ===================================================================== 16 Báo và Phát thanh, Truyền hình Lai Châu: a press CMS's 'Ký sự' view; a travelogue with section breaks, lazy figures, the credit printed twice (hero / phone)
A16 = Art("Về Sìn Hồ mùa lúa chín",
          "Cuối tháng 10, những thửa ruộng bậc thang ở cao nguyên Sìn Hồ chuyển sang màu vàng óng. Mùa vàng năm nay không chỉ mang lại no đủ mà còn mở ra sinh kế mới từ du lịch cộng đồng cho đồng bào Mông, Dao nơi đây.",
          [("h", "Những bậc thang vàng"),
           ("p", "Chiếc xe khách rời trung tâm tỉnh từ sáng sớm, vượt hơn 60 km đường đèo mới lên tới thị trấn cũ của Sìn Hồ. Sương còn vắt ngang lưng núi, dưới thung là những bậc ruộng nối nhau như những nét vẽ."),
           ("p", "Ông Lý A Sử, người bản Pa Pu, đã gắn bó với ruộng bậc thang hơn 40 năm. Ông bảo năm nay mưa thuận gió hòa, lúa nếp nương trổ đều, mỗi sào ước được hơn 2 tạ, cao nhất trong nhiều năm."),
           ("img", "/uploads/2028/11/ruong-bac-thang-sin-ho.jpg", "Ruộng bậc thang ở xã Sìn Hồ mùa lúa chín"),
           ("h", "Khách đến bản, bản đổi thay"),
           ("p", "Ba năm nay, bản Pa Pu có 11 hộ làm homestay. Chị Tẩn Mý Chẻ, chủ một homestay, kể mùa lúa chín là mùa đông khách nhất; có tuần nhà chị đón ba đoàn khách, chủ yếu là người ở Hà Nội và khách nước ngoài."),
           ("img", "/uploads/2028/11/homestay-pa-pu.jpg", "Du khách trải nghiệm gặt lúa cùng người dân bản Pa Pu"),
           ("p", "Xã đã thành lập tổ du lịch cộng đồng, tập huấn cho người dân kỹ năng đón khách, nấu các món ăn truyền thống, giữ gìn vệ sinh môi trường. Tiền thu từ vé tham quan được dùng để sửa đường vào bản và thưởng cho các hộ giữ được ruộng bậc thang đẹp."),
           ("p", "Chiều xuống, tiếng chày giã gạo mới vang lên từ những nếp nhà trình tường. Mùa vàng trên cao nguyên vì thế không chỉ là mùa của lúa, mà còn là mùa của những đổi thay.")])


def page16():
    pub = T("2028-11-11 06:00")
    site = "https://baolaichau.vn"
    url = f"{site}/xa-hoi/dan-toc-mien-nui/202811/ve-sin-ho-mua-lua-chin-3f8e2c1/"

    def main(rng, rl, rd):
        body = A16.render(p=jp, h=lambda t: f'<hr class="ks-break" /><h3 class="ks-chapter">{esc(t)}</h3>', img=lazyfig, sep="\n")
        credit = '<div class="ks-byline">Bài, ảnh: <strong>Lò Thị Hương</strong></div>'
        return (f'<div class="ks-hero"><img class="lazy" src="{GIF}" data-src="/uploads/2028/11/ks-sin-ho-hero.jpg" alt="" /><div class="ks-hero-text"><span class="ks-kicker">KÝ SỰ</span>'
                f'<h1 class="ks-title">{esc(A16.title)}</h1><div class="d-none d-md-block">{credit}</div></div></div>'
                f'<article class="container ks-article"><div class="ks-meta"><span class="ks-date">{wd(pub)}, {dmy(pub)} - {hm(pub)}</span> <a class="ks-listen" href="#">Nghe bài viết</a></div>'
                f'<div class="d-md-none">{credit}</div>'
                f'<div class="ks-sapo"><strong><em>{esc(A16.lead)}</em></strong></div><div class="ks-body">{body}</div>'
                + sharebar("ks-share") + '</article>'
                + lst(site, "/xa-hoi/dan-toc-mien-nui/202811/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)}", cls="ks-related container", head="Đọc thêm", ext="/", start=1))

    return hp("s48-16", family="merged_press_agency_ky_su_travelogue_view_credit_printed_twice",
              name="laichau-baophatthanhtruyenhinh-press-cms-ky-su-view-hero-kicker-h1-credit-twice-desktop-hero-and-phone-weekday-dd-mm-yyyy-dash-hh-mm-bold-italic-sapo-h3-chapters-after-hr-lazy-figures-doc-them",
              url=url, art=A16, main_fn=main, pub=pub, prefix="ks", kb=196,
              org="Báo và Phát thanh, Truyền hình Lai Châu", addr="Phường Tân Phong, tỉnh Lai Châu", phone="0213.3876.022",
              crumbs=f'<ol class="breadcrumb"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/xa-hoi/">Xã hội</a></li><li><a href="{site}/xa-hoi/dan-toc-mien-nui/">Dân tộc - Miền núi</a></li></ol>',
              top=banner("/static/images/logo-laichau.svg", "Báo và Phát thanh, Truyền hình Lai Châu"),
              side=side_heavy(lambda d: f"{dmy(d)}", "Đọc nhiều", "ks-most", docs=False),
              shell_kw={"layout": "press_kysu", "head_extra": heavy_head(R(16), url, A16.title, A16.lead, pub, "Báo và Phát thanh, Truyền hình Lai Châu", author="Lò Thị Hương", section="Dân tộc - Miền núi"),
                        "items": __import__("gen.shell", fromlist=["MENU_NEWS"]).MENU_NEWS, "left": f"{wd(pub)}, {dmy(pub)}"},
              exp=expected_(A16, iso(pub), author="Lò Thị Hương", photographer="Lò Thị Hương", category="Dân tộc - Miền núi"),
              traps={"kicker": ["KÝ SỰ"], "meta": ["Nghe bài viết"], "after_text": ["Đọc thêm", "Sao chép liên kết"], "related": lambda rl: rl[:6]},
              notes="A merged provincial press agency's CMS, the 'Ký sự' (travelogue) view: a wide hero picture (lazy, no caption) with the form kicker 'KÝ SỰ' (set 27: not the category) and the h1; the credit 'Bài, ảnh: Lò Thị Hương' printed TWICE — in the hero for desktops (d-none d-md-block) and under the meta for phones (d-md-none) — one credit: author and photographer 'Lò Thị Hương'; 'Thứ Bảy, 11/11/2028 - 06:00' with a 'Nghe bài viết' link → published 2028-11-11T06:00 (the header day is the same date). Bold italic sapo (lead). Chapters after an <hr>, each headed by an h3 (sub-headings: body); two LAZY figures with figcaptions. Category 'Dân tộc - Miền núi' (the crumb's last level). The villagers are subjects.",
              readme="A press CMS's 'Ký sự' travelogue view, rice harvest in the highlands: hero with the kicker 'KÝ SỰ', the credit 'Bài, ảnh: Name' printed twice (desktop hero + phone), 'weekday, dd/mm/yyyy - HH:MM', bold italic sapo, h3 chapters after <hr>, lazy figures")


# ===================================================================== 17 Đảng bộ Thuế tỉnh Đồng Tháp: Oracle APEX 23.2 (a stack no set had used), Universal Theme regions, classic report tables; a review conference
A17 = Art("Đảng bộ Thuế tỉnh sơ kết công tác 9 tháng, triển khai nhiệm vụ quý IV năm 2028",
          "Chiều 23/10, Đảng bộ Thuế tỉnh tổ chức hội nghị sơ kết công tác lãnh đạo thực hiện nhiệm vụ chính trị 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm quý IV năm 2028.",
          [("p", "Chín tháng qua, Đảng ủy đã lãnh đạo các chi bộ trực thuộc tập trung thực hiện nhiệm vụ thu ngân sách. Tổng thu nội địa trên địa bàn ước đạt 8.412 tỷ đồng, bằng 81% dự toán, tăng 9% so với cùng kỳ."),
           ("p", "Công tác cải cách thủ tục hành chính, hiện đại hóa quản lý thuế tiếp tục được đẩy mạnh: 99,2% doanh nghiệp khai thuế điện tử; hóa đơn điện tử khởi tạo từ máy tính tiền được triển khai tại hơn 3.600 hộ kinh doanh."),
           ("img", "/ords/r/thue/files/hoi-nghi-so-ket-9-thang-dang-bo-thue.jpg", "Đồng chí Bí thư Đảng ủy phát biểu chỉ đạo hội nghị"),
           ("p", "Về xây dựng Đảng, Đảng ủy đã kết nạp 9 đảng viên mới, kiểm tra 4 chi bộ, giám sát chuyên đề 6 chi bộ; 100% chi bộ tổ chức sinh hoạt chuyên đề theo quý."),
           ("p", "Hội nghị thống nhất quý IV tập trung chống thất thu, thu hồi nợ đọng thuế, phấn đấu hoàn thành vượt dự toán năm; chuẩn bị chu đáo kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2028.")])


def page17():
    pub = T("2028-10-24 16:05")
    site = "https://dangbothue.dongthap.gov.vn"
    url = f"{site}/ords/r/thue/cong-thong-tin/chi-tiet-tin?p12_id=2841&session=11837204561128"

    def main(rng, rl, rd):
        body = A17.render(p=jp, img=tcap, sep="\n")
        rep = "".join(f'<tr><td class="t-Report-cell" headers="TIEU_DE"><a href="{site}/ords/r/thue/cong-thong-tin/chi-tiet-tin?p12_id={2800 + i}">{esc(t)}</a></td><td class="t-Report-cell" headers="NGAY_DANG">{dmy(d)} {hm(d)}</td></tr>'
                      for i, (t, d) in enumerate(zip(rl[:6], rd)))
        hidden = (f'<input type="hidden" name="p_flow_id" value="110" id="pFlowId" /><input type="hidden" name="p_flow_step_id" value="12" id="pFlowStepId" />'
                  f'<input type="hidden" name="p_instance" value="11837204561128" id="pInstance" /><input type="hidden" name="p_page_submission_id" value="{b64blob(rng, 60)}" id="pPageSubmissionId" />'
                  f'<input type="hidden" name="p_request" value="" id="pRequest" /><input type="hidden" value="{b64blob(rng, 1800)}" id="pPageItemsProtected" /><input type="hidden" value="{hexid(rng, 64)}" id="pSalt" />'
                  f'<input type="hidden" name="P12_ID" id="P12_ID" value="2841" /><input type="hidden" data-for="P12_ID" value="{b64blob(rng, 40)}" />')
        return (hidden +
                f'<div id="R2841_news" class="t-Region t-Region--noBorder t-Region--scrollBody"><div class="t-Region-header"><div class="t-Region-headerItems t-Region-headerItems--title"><h2 class="t-Region-title">Chi tiết tin</h2></div></div>'
                f'<div class="t-Region-bodyWrap"><div class="t-Region-body"><div class="news-detail"><h3 class="news-title">{esc(A17.title)}</h3>'
                f'<div class="news-meta"><span class="t-Icon fa fa-calendar-o"></span> Ngày đăng: {dmy(pub)} {hm(pub)} <span class="t-Icon fa fa-eye"></span> 312</div>'
                f'<div class="news-sapo"><b>{esc(A17.lead)}</b></div><div class="news-body">{body}'
                f'<p style="text-align:right"><b>Trần Thị Bích Ngọc - Văn phòng Đảng ủy</b></p></div></div></div></div></div>'
                f'<div id="R_other" class="t-Region t-Region--hideHeader"><div class="t-Region-body"><h3 class="t-Region-title">Tin khác</h3>'
                f'<table class="t-Report-report" summary="Tin khác"><thead><tr><th class="t-Report-colHead" id="TIEU_DE">Tiêu đề</th><th class="t-Report-colHead" id="NGAY_DANG">Ngày đăng</th></tr></thead><tbody>{rep}</tbody></table>'
                f'<div class="t-Report-paginationText">1 - 6</div></div></div>')

    crumbs = (f'<div class="t-BreadcrumbRegion"><ul class="t-Breadcrumb"><li class="t-Breadcrumb-item"><a href="{site}/ords/r/thue/cong-thong-tin/home">Trang chủ</a></li>'
              f'<li class="t-Breadcrumb-item"><a href="{site}/ords/r/thue/cong-thong-tin/tin-tuc">Tin tức</a></li><li class="t-Breadcrumb-item"><a href="{site}/ords/r/thue/cong-thong-tin/tin-hoat-dong">Tin hoạt động</a></li>'
              f'<li class="t-Breadcrumb-item is-active"><h1 class="t-Breadcrumb-label">Chi tiết tin</h1></li></ul></div>')
    head = (heavy_head(R(17), url, A17.title, A17.lead, pub, "Đảng bộ Thuế tỉnh Đồng Tháp", section="Tin hoạt động")
            + '<link rel="stylesheet" href="/i/themes/theme_42/23.2/css/Core.min.css?v=23.2.0" /><link rel="stylesheet" href="/i/themes/theme_42/23.2/css/Vita.min.css?v=23.2.0" />'
            + '<script>var apex_img_dir = "/i/", htmldb_Img_Dir = apex_img_dir;</script>')
    return hp("s48-17", family="tax_party_committee_oracle_apex23_universal_theme_regions_report_tables",
              name="dongthap-dangbothue-oracle-apex-23-2-universal-theme-breadcrumb-h1-generic-label-region-title-chi-tiet-tin-h3-headline-ngay-dang-dd-mm-yyyy-hh-mm-bold-sapo-table-caption-bold-right-name-dash-unit-classic-report-tin-khac",
              url=url, art=A17, main_fn=main, pub=pub, prefix="apx", kb=128,
              org="Đảng bộ Thuế tỉnh Đồng Tháp", addr="Phường Cao Lãnh, tỉnh Đồng Tháp", phone="0277.3851.419",
              crumbs=crumbs, top=f'<a href="{site}/ords/r/thue/cong-thong-tin/home" class="t-Header-logo-link"><img src="/ords/r/thue/files/logo-dang-bo-thue.png" alt="Đảng bộ Thuế tỉnh Đồng Tháp" /><span class="t-Header-logo-text">Đảng bộ Thuế tỉnh Đồng Tháp</span></a>',
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Tin mới", "apx-new", second="Xem nhiều", n=6),
              shell_kw={"layout": "apex23", "head_extra": head, "items": MEGA, "left": '<ul class="t-NavigationBar"><li class="t-NavigationBar-item"><a href="#">Đăng nhập</a></li></ul>',
                        "form": False},
              exp=expected_(A17, iso(pub), author="Trần Thị Bích Ngọc", unit="Văn phòng Đảng ủy", category="Tin hoạt động"),
              traps={"labels": ["Chi tiết tin", "Đăng nhập"], "report": ["Tiêu đề", "1 - 6"], "after_text": ["Tin khác"], "related": lambda rl: rl[:6]},
              notes="Oracle APEX 23.2 (a stack no set had used), the Universal Theme (t-Header, t-Body, t-Region), a page of the tax Party committee's portal at /ords/r/<workspace>/<app>/chi-tiet-tin?p12_id=…&session=…; APEX's hidden page fields (p_flow_id, p_instance, pPageItemsProtected, pSalt, the protected P12_ID). The breadcrumb region ends with the page's own label in an h1 'Chi tiết tin' (a generic page label: not the headline, not the category, sets 27/32); the region title 'Chi tiết tin' likewise. The headline is the region body's h3. 'Ngày đăng: 24/10/2028 16:05' with a view count → published 2028-10-24T16:05. Bold sapo (lead); one picture in a table with a caption row. Bold right 'Trần Thị Bích Ngọc - Văn phòng Đảng ủy' → author + unit. 'Tin khác' is an APEX classic report (a table with 'Tiêu đề' / 'Ngày đăng' columns: other items' stamps in the item's shape). A review conference. Category 'Tin hoạt động' (the deepest crumb level naming a section).",
              readme="Oracle APEX 23.2 (new stack), Universal Theme, a tax Party committee's nine-month review: the breadcrumb's h1 and the region title 'Chi tiết tin' (generic labels), the h3 headline, 'Ngày đăng: dd/mm/yyyy HH:MM', bold sapo, a caption table, 'Name - unit', a classic report of other items with stamps")


# ===================================================================== 18 Đoàn Thanh niên Trường Đại học Tây Nguyên: Grails 6 (a stack no set had used), Bootstrap 5; phone / desktop copies of the crumb and info panel; a commendation ceremony
A18 = Art("Tuyên dương 45 “Sinh viên 5 tốt” cấp trường năm học 2027 - 2028",
          "Sáng 5/12, Đoàn Thanh niên - Hội Sinh viên Trường Đại học Tây Nguyên tổ chức lễ tuyên dương 45 sinh viên đạt danh hiệu “Sinh viên 5 tốt” cấp trường năm học 2027 - 2028.",
          [("p", "Các sinh viên được tuyên dương đều đạt 5 tiêu chí: đạo đức tốt, học tập tốt, thể lực tốt, tình nguyện tốt, hội nhập tốt. Trong đó có 12 sinh viên người dân tộc thiểu số và 7 sinh viên đã được công nhận danh hiệu cấp tỉnh."),
           ("img", "/assets/uploads/2028/12/tuyen-duong-sinh-vien-5-tot.jpg", "Các sinh viên đạt danh hiệu “Sinh viên 5 tốt” cấp trường chụp ảnh lưu niệm"),
           ("p", "Em H'Linh Mlô, sinh viên năm thứ tư ngành Sư phạm Tiểu học, có điểm trung bình học tập 3,72/4, tham gia 6 chiến dịch tình nguyện, là thủ lĩnh câu lạc bộ tiếng Anh của khoa. Em chia sẻ bí quyết là lập kế hoạch học tập từ đầu học kỳ và không ngại hỏi thầy cô."),
           ("p", "Phát biểu tại buổi lễ, PGS.TS. Nguyễn Văn Toàn, Phó Hiệu trưởng nhà trường, đánh giá phong trào “Sinh viên 5 tốt” đã tạo động lực để sinh viên rèn luyện toàn diện; đề nghị Đoàn trường tiếp tục phát hiện, bồi dưỡng các gương sinh viên tiêu biểu.")])


def page18():
    pub = T("2028-12-06 10:40")
    site = "https://doanthanhnien.ttn.edu.vn"
    url = f"{site}/tin-tuc/chi-tiet/1458/tuyen-duong-45-sinh-vien-5-tot-cap-truong-nam-hoc-2027-2028"

    def main(rng, rl, rd):
        body = A18.render(p=lambda t: f'<p>{esc(t)}</p>', img=lambda s, c, n: f'<figure class="figure d-block text-center"><img src="{s}" class="figure-img img-fluid rounded" alt="{esc(c, True)}" /><figcaption class="figure-caption">{esc(c)}</figcaption></figure>', sep="\n")
        info = (f'<ul class="list-unstyled gr6-info"><li><i class="bi bi-calendar3"></i> {dmy(pub)} {hm(pub)}</li><li><i class="bi bi-folder"></i> Hoạt động Đoàn - Hội</li>'
                f'<li><i class="bi bi-eye"></i> 1.127 lượt xem</li></ul>')
        return (f'<article class="gr6-article" data-id="1458"><h1 class="gr6-title">{esc(A18.title)}</h1>'
                f'<div class="d-lg-none gr6-info-phone">{info}</div>'
                f'<p class="lead">{esc(A18.lead)}</p><div class="gr6-content">{body}'
                f'<p class="text-end"><strong>Tin: Y Khoa Niê; Ảnh: Nguyễn Đức Huy</strong></p></div>'
                f'<div class="gr6-share">{sharebar("gr6-sh")}</div></article>'
                + lst(site, "/tin-tuc/chi-tiet/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} {hm(d)}", cls="gr6-related", head="Tin liên quan", ext="", start=1400))

    def side(rng, p):
        info = (f'<div class="card d-none d-lg-block gr6-info-card"><div class="card-header">Thông tin bài viết</div><ul class="list-group list-group-flush">'
                f'<li class="list-group-item">Ngày đăng: {dmy(pub)} {hm(pub)}</li><li class="list-group-item">Chuyên mục: Hoạt động Đoàn - Hội</li><li class="list-group-item">Lượt xem: 1.127</li></ul></div>')
        return info + side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Tin mới", "gr6-new", second="Xem nhiều", n=6)(rng, p)

    crumbs = (f'<select class="form-select d-lg-none gr6-crumb-phone" onchange="location=this.value"><option value="{site}/">Trang chủ</option><option value="{site}/tin-tuc">Tin tức</option>'
              f'<option value="{site}/tin-tuc/hoat-dong-doan-hoi" selected>Hoạt động Đoàn - Hội</option></select>'
              f'<nav aria-label="breadcrumb" class="d-none d-lg-block"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{site}/">Trang chủ</a></li><li class="breadcrumb-item"><a href="{site}/tin-tuc">Tin tức</a></li>'
              f'<li class="breadcrumb-item active" aria-current="page"><a href="{site}/tin-tuc/hoat-dong-doan-hoi">Hoạt động Đoàn - Hội</a></li></ol></nav>')
    head = (heavy_head(R(18), url, A18.title, A18.lead, pub, "Đoàn Thanh niên Trường Đại học Tây Nguyên", section="Hoạt động Đoàn - Hội")
            + '<link rel="stylesheet" href="/assets/application-5f2c8e91d0a4b7c3e6f1a9d2b8c4e7f0.css" /><meta name="layout" content="main" />')
    return hp("s48-18", family="university_youth_union_grails6_bootstrap5_phone_desktop_copies",
              name="daklak-doantruongdhtaynguyen-grails6-gsp-bootstrap5-crumb-select-phone-and-ol-desktop-h1-info-list-phone-copy-info-card-desktop-copy-p-lead-figure-caption-tin-name-semicolon-anh-name-tin-lien-quan",
              url=url, art=A18, main_fn=main, pub=pub, prefix="gr6", kb=138,
              org="Đoàn Thanh niên Trường Đại học Tây Nguyên", addr="Phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3825.185",
              crumbs=crumbs, top=banner("/assets/logo-doan-ttn-9c1e2f.png", "Đoàn Thanh niên - Hội Sinh viên Trường Đại học Tây Nguyên"), side=side,
              shell_kw={"layout": "grails6", "head_extra": head, "items": MEGA_MASS, "left": '<a class="navbar-brand" href="/">ĐTN - HSV</a><a class="nav-link" href="/login/auth">Đăng nhập</a>',
                        "scripts": '<script src="/assets/application-0b7d4a2e9c1f6e38.js"></script>'},
              exp=expected_(A18, iso(pub), author="Y Khoa Niê", photographer="Nguyễn Đức Huy", category="Hoạt động Đoàn - Hội"),
              traps={"info": ["Thông tin bài viết", "1.127 lượt xem", "Lượt xem: 1.127"], "top": ["Đăng nhập"], "after_text": ["Tin liên quan", "Sao chép liên kết"], "related": lambda rl: rl[:6]},
              notes="Grails 6 (a stack no set had used: GSP views with the 'main' layout, the asset pipeline's fingerprinted files, Bootstrap 5), a university youth union's in-house portal at /tin-tuc/chi-tiet/<id>/<slug>. Phone and desktop COPIES: the crumb is a <select> for phones (d-lg-none) and an <ol> for desktops; the info (stamp, section, views) is a list under the h1 for phones and a card 'Thông tin bài viết' in the right column for desktops — one record. '06/12/2028 10:40' → published 2028-12-06T10:40. Bootstrap's p.lead (lead); one figure with a figcaption. 'Tin: Y Khoa Niê; Ảnh: Nguyễn Đức Huy' → author 'Y Khoa Niê', photographer 'Nguyễn Đức Huy' (set 37: a semicolon between labelled credits). The student and the vice-rector are subjects (PGS.TS. kept only for authors). Category 'Hoạt động Đoàn - Hội' (the crumb's last level, 'Chuyên mục:' agrees).",
              readme="Grails 6 (new stack), a university youth union's commendation ceremony: phone / desktop COPIES of the crumb (select + ol) and of the info (list + card), 'dd/mm/yyyy HH:MM', p.lead, a figure, 'Tin: Name; Ảnh: Name'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
