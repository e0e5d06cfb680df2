"""Set 38 pages 10-18: three more common products in variants sets 26-37 did not use (a WebForms Repeater detail, the
'.dcs.vn' platform's item with a 'Thuộc tính văn bản' panel (TWIST), a press CMS detail with a correction note (TWIST))
and six stacks no set had used (Mambo 4.6, Botble CMS 7, eXo Platform 6, Backdrop CMS 1, Piranha CMS 11, Ibexa DXP 4)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, cookie_banner
from .kit import og, jsonld, poll
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, mostread, teaser, other_items, WRITERS33
from .p_01_pages import jp, dmyhm, banner, side_of, fig, expected_, MENU_PARTY


# ===================================================================== 10 Liên đoàn Lao động tỉnh Cà Mau → Công đoàn: WebForms Repeater; an INTERVIEW; 'Thực hiện:' ; 'PV:' labels
A10 = Art("Chủ tịch Liên đoàn Lao động tỉnh: Chăm lo thiết thực để người lao động gắn bó với doanh nghiệp",
          "Nhân Tháng Công nhân năm 2026, phóng viên có cuộc trao đổi với đồng chí Chủ tịch Liên đoàn Lao động tỉnh về những hoạt động chăm lo cho đoàn viên, người lao động.",
          [("p", "PV: Xin đồng chí cho biết những điểm mới của Tháng Công nhân năm nay?"),
           ("p", "Đồng chí Chủ tịch LĐLĐ tỉnh: Năm nay, chúng tôi chuyển mạnh từ tặng quà sang hỗ trợ thiết thực: sửa chữa nhà ở, khám sức khỏe định kỳ miễn phí và đào tạo kỹ năng số cho công nhân. Các hoạt động được tổ chức ngay tại doanh nghiệp, khu nhà trọ, để người lao động không phải nghỉ việc."),
           ("p", "PV: Công đoàn làm gì để giữ chân người lao động trong bối cảnh nhiều doanh nghiệp thiếu hụt lao động?"),
           ("p", "Đồng chí Chủ tịch LĐLĐ tỉnh: Chúng tôi đẩy mạnh đối thoại, thương lượng tập thể để có thỏa ước có lợi hơn cho người lao động. Đến nay, 72% doanh nghiệp có tổ chức công đoàn đã ký thỏa ước, trong đó nhiều thỏa ước quy định mức phụ cấp nhà trọ, xăng xe và học phí cho con công nhân."),
           ("img", "/Upload/TinTuc/2026/05/chu-tich-ldld-tham-cong-nhan.jpg", "Đồng chí Chủ tịch LĐLĐ tỉnh thăm hỏi công nhân tại Khu công nghiệp Khánh An"),
           ("p", "PV: Xin cảm ơn đồng chí!")])
BY10 = "Nguyễn Thảo"


def page10():
    pub = T("2026-05-11 09:30")
    site = "https://congdoancamau.org.vn"
    url = f"{site}/tin-tuc/chi-tiet.aspx?id=7712"

    def img(s, c, n):
        return f'<table class="tbl-img" align="center" width="600"><tr><td><img src="{s}" width="600" /></td></tr><tr><td class="ghichu" align="center"><i>{esc(c)}</i></td></tr></table>'

    def main(rng, rl, rd):
        oth = "".join(f'<li><a href="{site}/tin-tuc/chi-tiet.aspx?id={7700 - i}">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="news-detail"><span id="ctl00_cphMain_ctl00_rptChiTiet_ctl00_lblTieuDe" class="tieude">{esc(A10.title)}</span>'
                f'<div class="ngaydang"><span id="ctl00_cphMain_ctl00_rptChiTiet_ctl00_lblNgay">Ngày {dmy(pub)}, {hm(pub)}</span></div>'
                f'<div class="tomtat"><span id="ctl00_cphMain_ctl00_rptChiTiet_ctl00_lblTomTat"><b>{esc(A10.lead)}</b></span></div>'
                f'<div class="noidung" id="ctl00_cphMain_ctl00_rptChiTiet_ctl00_divNoiDung">{A10.render(p=jp, img=img, sep="")}</div>'
                f'<div class="tacgia" align="right"><span id="ctl00_cphMain_ctl00_rptChiTiet_ctl00_lblTacGia"><b>Thực hiện: {esc(BY10)}</b></span></div>'
                f'<div class="tinkhac"><div class="tinkhac-title">Các tin khác</div><ul>{oth}</ul></div></div>')

    crumbs = '<a href="/">Trang chủ</a> <span>»</span> <a href="/tin-tuc">Tin tức</a> <span>»</span> <a href="/tin-tuc/hoat-dong-cong-doan">Hoạt động Công đoàn</a>'
    return page("s38-10", family="labour_federation_aspnet_webforms_repeater_interview_thuc_hien",
                name="camau-ldld-aspnet-webforms-repeater-rptchitiet-span-tieude-headline-ngay-dd-mm-yyyy-comma-hh-mm-bold-tomtat-pv-labels-ghichu-caption-thuc-hien-bold-right",
                url=url, art=A10, main_fn=main, pub=pub, prefix="cdcm", kb=243,
                org="Liên đoàn Lao động tỉnh Cà Mau", addr="Số 9 đường Lý Văn Lâm, phường An Xuyên, tỉnh Cà Mau", phone="0290.3831.224",
                crumbs=crumbs, top=banner("/images/banner-ldld.jpg", "Liên đoàn Lao động tỉnh Cà Mau"), side=side_of(dmy, "Tin xem nhiều", "xemnhieu"),
                shell_kw={"layout": "wfrepeater", "items": MENU_MASS, "form": True, "action": "./chi-tiet.aspx?id=7712", "left": f"{wd(pub)}, ngày {dmy(pub)}"},
                exp=expected_(A10, iso(pub), author=BY10, category="Hoạt động Công đoàn"),
                traps={"chrome": ["Các tin khác", "Tin xem nhiều"], "bylines": ["Thực hiện:"], "related": lambda rl: rl[:6]},
                notes="A local vendor's ASP.NET WebForms CMS whose detail is a Repeater (rptChiTiet) bound to one row in a user control: the headline is a span.tieude (no heading element; the page's only h-elements are the side boxes' h3). 'Ngày 11/05/2026, 09:30' → T09:30. Bold 'tomtat' → lead. An INTERVIEW: 'PV:' questions and the interviewee's answers labelled by post are body as printed (sets 30/36). The caption is the italic td.ghichu row. 'Thực hiện: Nguyễn Thảo' bold right → author (the interviewer; the interviewee is a source). Category 'Hoạt động Công đoàn' (crumb).",
                readme="A WebForms CMS with a Repeater detail, an INTERVIEW: the headline a span (no heading); 'Ngày dd/mm/yyyy, HH:MM'; bold summary; 'PV:' and post-labelled answers; a td.ghichu caption; 'Thực hiện: Name'; a ViewState form")


# ===================================================================== 11 Tỉnh ủy Khánh Hòa: the '.dcs.vn' platform, an item publishing a DECISION ON PERSONNEL; TWIST: a 'Thuộc tính văn bản' panel (issue day, SIGNER) above the text
A11 = Art("Công bố quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ",
          "Chiều 6/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định điều động, chỉ định đồng chí Lê Thị Thanh Nga, Phó Trưởng Ban Tổ chức Tỉnh ủy, giữ chức Bí thư Đảng ủy phường Nam Nha Trang, nhiệm kỳ 2025 - 2030.",
          [("p", "Thừa ủy quyền của Ban Thường vụ Tỉnh ủy, lãnh đạo Ban Tổ chức Tỉnh ủy đã công bố quyết định và trao quyết định cho đồng chí Lê Thị Thanh Nga. Quyết định có hiệu lực kể từ ngày ký."),
           ("p", "Phát biểu giao nhiệm vụ, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị đồng chí Lê Thị Thanh Nga cùng tập thể Ban Thường vụ Đảng ủy phường phát huy tinh thần đoàn kết, nhanh chóng nắm bắt tình hình, tập trung lãnh đạo thực hiện thắng lợi nghị quyết đại hội đảng bộ phường."),
           ("img", "/uploads/2026/05/cong-bo-quyet-dinh-can-bo.jpg", "Lãnh đạo Ban Tổ chức Tỉnh ủy trao quyết định cho đồng chí Lê Thị Thanh Nga"),
           ("p", "Phát biểu nhận nhiệm vụ, đồng chí Lê Thị Thanh Nga cảm ơn sự tin tưởng của Ban Thường vụ Tỉnh ủy; hứa sẽ cùng tập thể cấp ủy phường nỗ lực, trách nhiệm, hoàn thành tốt nhiệm vụ được giao.")])
BY11 = "Ngọc Hân"
SIGNER11 = "Nguyễn Đình Khoa"


def page11():
    pub = T("2026-05-06 17:05")
    site = "https://khanhhoa.dcs.vn"
    url = f"{site}/tin-tuc/21873/cong-bo-quyet-dinh-cua-ban-thuong-vu-tinh-uy-ve-cong-tac-can-bo.html"
    props = [("Số ký hiệu", "1245-QĐ/TU"), ("Ngày ban hành", "05/05/2026"), ("Loại văn bản", "Quyết định"), ("Cơ quan ban hành", "Ban Thường vụ Tỉnh ủy"),
             ("Người ký", f"{SIGNER11} - Phó Bí thư Thường trực Tỉnh ủy"), ("Trích yếu", "Về việc điều động, chỉ định cán bộ")]

    def main(rng, rl, rd):
        rows = "".join(f'<tr><th scope="row">{esc(a)}</th><td>{esc(b)}</td></tr>' for a, b in props)
        oth = "".join(f'<li><a href="{site}/tin-tuc/{21800 + i}/{slug(t)[:50]}.html">{esc(t)}</a> <span>({dmyhm(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        return (f'<div class="detail-news"><h1 class="detail-title">{esc(A11.title)}</h1>'
                f'<div class="doc-properties"><div class="doc-properties-title">Thuộc tính văn bản</div><table class="table table-bordered">{rows}</table>'
                f'<a class="doc-download" href="{site}/van-ban/1245-qd-tu.pdf">Tải văn bản (PDF)</a></div>'
                f'<div class="detail-sapo"><strong>{esc(A11.lead)}</strong></div>'
                f'<div class="detail-content">{A11.render(p=jp, sep="")}</div>'
                f'<div class="detail-footer"><span class="detail-author">Tin, ảnh: {esc(BY11)}</span> <span class="detail-time">Đăng ngày {dmyhm(pub)}</span></div>'
                f'<div class="detail-other"><h3>Tin cùng chuyên mục</h3><ul>{oth}</ul></div></div>')

    crumbs = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/xay-dung-dang">Xây dựng Đảng</a></li>'
              '<li><a href="/xay-dung-dang/cong-tac-can-bo">Công tác cán bộ</a></li></ol>')
    return page("s38-11", family="provincial_party_committee_dcs_document_properties_panel_signer_issue_day",
                name="khanhhoa-tinhuy-dcs-vn-decision-on-personnel-thuoc-tinh-van-ban-panel-ngay-ban-hanh-nguoi-ky-above-text-bold-sapo-tin-anh-name-dang-ngay-after-text",
                url=url, art=A11, main_fn=main, pub=pub, prefix="dcskh", kb=175,
                org="Tỉnh ủy Khánh Hòa", addr="Số 1 đường Trần Phú, phường Nha Trang, tỉnh Khánh Hòa", phone="0258.3822.335",
                crumbs=crumbs, top=banner("/images/banner-tinhuy-khanhhoa.png", "Trang thông tin điện tử Đảng bộ tỉnh Khánh Hòa"), side=side_of(dmy, "Đọc nhiều", "dcs-most"),
                shell_kw={"layout": "dcs_doc", "items": MENU_PARTY, "left": f"{wd(pub + timedelta(days=1))}, ngày {dmy(pub + timedelta(days=1))}"},
                exp=expected_(A11, iso(pub), author=BY11, photographer=BY11, category="Công tác cán bộ"),
                traps={"document": ["Thuộc tính văn bản", "Ngày ban hành", "Người ký", f"{SIGNER11} - Phó Bí thư Thường trực Tỉnh ủy", "1245-QĐ/TU", "Tải văn bản (PDF)"],
                       "chrome": ["Tin cùng chuyên mục"], "related": lambda rl: rl[:5]},
                notes="TWIST. The '.dcs.vn' platform, a news item PUBLISHING A DECISION ON PERSONNEL: between the h1 and the sapo a 'Thuộc tính văn bản' panel (the attached decision's properties) prints 'Ngày ban hành: 05/05/2026' and 'Người ký: Nguyễn Đình Khoa - Phó Bí thư Thường trực Tỉnh ủy' — a date-labelled field and a PERSON-labelled field (name - post, the shape of a byline with a unit) that belong to the DOCUMENT, not to the news item. The item's own credit and stamp are printed only AFTER the text: 'Tin, ảnh: Ngọc Hân' → author and photographer; 'Đăng ngày 06/05/2026 17:05' → published T17:05. An extractor that takes the first date under the headline stores the issue day (05/05, a day early); one that takes a labelled person stores the signer as author (and 'Phó Bí thư Thường trực Tỉnh ủy' as unit). The panel is not body. Bold sapo → lead. Category 'Công tác cán bộ' (crumb).",
                readme="TWIST — the '.dcs.vn' platform, a DECISION ON PERSONNEL: a 'Thuộc tính văn bản' panel above the sapo prints the decision's 'Ngày ban hành: 05/05/2026' and 'Người ký: Name - post' (not the item's stamp or writer); 'Tin, ảnh: Name' and 'Đăng ngày dd/mm/yyyy HH:MM' only AFTER the text")


# ===================================================================== 12 Báo và PT-TH Lào Cai: a press CMS; TWIST: a correction note ('Đính chính') in the sapo's place, above the sapo; published + updated
A12 = Art("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7 cho ý kiến về kinh tế - xã hội quý I",
          "Ngày 21/4, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 7 đánh giá tình hình thực hiện nhiệm vụ chính trị quý I, cho ý kiến về một số nội dung quan trọng, triển khai nhiệm vụ trọng tâm quý II năm 2026.",
          [("p", "Quý I, tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 8,6%, đứng trong nhóm dẫn đầu khu vực trung du và miền núi phía Bắc. Thu ngân sách nhà nước đạt 31% dự toán; lượng khách du lịch đến Sa Pa, Bắc Hà tăng 18% so với cùng kỳ."),
           ("p", "Thảo luận tại hội nghị, các đại biểu tập trung phân tích nguyên nhân giải ngân vốn đầu tư công còn chậm ở một số dự án giao thông, đề xuất giải pháp tháo gỡ vướng mắc về giải phóng mặt bằng và nguồn vật liệu san lấp."),
           ("img", "/Uploads/images/2026/04/21/hoi-nghi-bch-lan-7.jpg", "Các đồng chí chủ trì Hội nghị"),
           ("p", "Phát biểu kết luận, đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đề nghị các cấp, các ngành bám sát kịch bản tăng trưởng, quyết liệt tháo gỡ khó khăn cho sản xuất kinh doanh, phấn đấu hoàn thành chỉ tiêu giải ngân 50% kế hoạch vốn trước ngày 30/6."),
           ("p", "Hội nghị cũng cho ý kiến về dự thảo Đề án phát triển kinh tế ban đêm tại các đô thị du lịch giai đoạn 2026 - 2030.")])
BY12 = ["Văn Thanh", "Hải Ninh"]
NOTE12 = ("Đính chính: Lúc 10:05 ngày 22/4/2026, Tòa soạn đã sửa lại chức danh của đồng chí chủ trì kết luận hội nghị ở đoạn thứ tư "
          "(bản đăng trước ghi nhầm là Bí thư Tỉnh ủy). Thành thật xin lỗi bạn đọc và đồng chí lãnh đạo.")


def page12():
    pub, upd = T("2026-04-21 18:35"), T("2026-04-22 10:05")
    site = "https://baolaocai.vn"
    url = f"{site}/{slug(A12.title)}-post41522.html"

    def stamp(d):
        return f"{wd(d)}, {dmy(d)} - {hm(d)}"

    def main(rng, rl, rd):
        its = other_items(rng, 3)
        cards = "".join(teaser(rng, t, s, d, stamp, rng.choice(WRITERS33), cls="story") for (t, s), d in zip(its, rd))
        return (f'<article class="detail"><div class="detail-cate"><a href="{site}/chinh-tri/">Chính trị</a> <a href="{site}/chinh-tri/xay-dung-dang/">Xây dựng Đảng</a></div>'
                f'<h1 class="detail-title">{esc(A12.title)}</h1>'
                f'<div class="detail-meta"><span class="detail-time">{stamp(pub)}</span> <span class="detail-update">Cập nhật: {stamp(upd)}</span></div>'
                f'<div class="detail-note" style="border:1px dashed #999;padding:6px 10px;margin:10px 0"><p><em>{esc(NOTE12)}</em></p></div>'
                f'<h2 class="detail-sapo">{esc(A12.lead)}</h2>'
                f'<div class="detail-content">{A12.render(p=jp, img=fig, sep="")}</div>'
                f'<div class="detail-author" style="text-align:right"><strong>{" - ".join(BY12)}</strong></div>'
                f'<div class="detail-tags">Từ khóa: <a href="#">Ban Chấp hành Đảng bộ tỉnh</a> <a href="#">kinh tế - xã hội</a></div></article>'
                f'<div class="detail-more"><h3 class="box-title">Tin cùng chuyên mục</h3>{cards}</div>')

    crumbs = ""
    head = (og(A12.title, url, {"article:published_time": iso(pub), "article:modified_time": iso(upd)})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A12.title, "datePublished": iso(pub), "dateModified": iso(upd),
                      "author": [{"@type": "Person", "name": n} for n in BY12]}))
    return page("s38-12", family="merged_press_agency_correction_note_above_sapo",
                name="laocai-baoptth-press-cms-detail-cate-links-h1-weekday-dd-mm-yyyy-dash-hh-mm-cap-nhat-dinh-chinh-note-above-h2-sapo-figcaption-bold-right-two-writers-dash",
                url=url, art=A12, main_fn=main, pub=pub, prefix="blc", kb=262,
                org="Báo và Phát thanh, Truyền hình Lào Cai", addr="Số 2 đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai", phone="0214.3840.522",
                crumbs=crumbs, top=banner("/images/logo-baolaocai.svg", "Báo và Phát thanh, Truyền hình Lào Cai"), side=side_of(stamp, "Đọc nhiều", "most-read"),
                shell_kw={"layout": "press_fix", "head_extra": head, "items": MENU_NEWS, "left": f'<span class="today">{wd(upd)}, {dmy(upd)}</span>'},
                exp=expected_(A12, iso(pub), iso(upd), author=", ".join(BY12), category="Xây dựng Đảng"),
                traps={"notes": [NOTE12, "Thành thật xin lỗi bạn đọc"], "chrome": ["Tin cùng chuyên mục", "Từ khóa:"]},
                notes="TWIST. A merged press agency's CMS, a Party Executive Committee conference: between the meta line and the h2 sapo the template keeps an editor's CORRECTION NOTE (a dashed box, italic): 'Đính chính: Lúc 10:05 ngày 22/4/2026, Tòa soạn đã sửa lại chức danh … Thành thật xin lỗi bạn đọc và đồng chí lãnh đạo.' It sits in the sapo's place and is printed in the shape sapos often take (an italic paragraph first under the stamp) → neither lead nor body; lead = the h2 sapo. The correction's moment agrees with 'Cập nhật: Thứ Tư, 22/04/2026 - 10:05' → updated T10:05; published 'Thứ Ba, 21/04/2026 - 18:35' → T18:35 (og/JSON-LD agree). An extractor that takes the first italic paragraph under the meta as the lead (or the note as the body's start) stores an apology as the item's summary. Bold right 'Văn Thanh - Hải Ninh' → two writers (sets 28/35). No crumb: the category links above the h1 'Chính trị' › 'Xây dựng Đảng' → the deeper 'Xây dựng Đảng'. One figcaption.",
                readme="TWIST — a press CMS, a Provincial Party Executive conference: an editor's CORRECTION NOTE ('Đính chính: Lúc 10:05 ngày 22/4/2026 …', italic, boxed) between the meta line and the h2 sapo → neither lead nor body; 'Cập nhật:' agrees with it; 'Văn Thanh - Hải Ninh'; category links above the h1")


# ===================================================================== 13 Hội Khuyến học tỉnh Cao Bằng: Mambo 4.6 (never migrated); a scholarship handover; 'Viết bởi Administrator'; Mambo createdate + modifydate; italic signature
A13 = Art("Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh vùng cao",
          None,
          [("p", "Ngày 15/1, Hội Khuyến học tỉnh phối hợp với Quỹ Bảo trợ trẻ em tỉnh tổ chức trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt tại các xã vùng cao."),
           ("p", "Mỗi suất học bổng gồm 1,5 triệu đồng tiền mặt, một bộ sách giáo khoa và áo ấm. Tổng giá trị học bổng hơn 230 triệu đồng, do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp."),
           ("img", "/images/stories/2026/trao-hoc-bong-tiep-suc.jpg", "Đại diện Hội Khuyến học tỉnh trao học bổng cho học sinh xã Thông Nông"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Chủ tịch Hội Khuyến học tỉnh mong các em tiếp tục cố gắng vươn lên; đề nghị các chi hội khuyến học ở thôn, xóm quan tâm theo dõi, động viên các em đến trường đều đặn.")])
BY13 = "Hoàng Thị Dung"


def page13():
    pub, upd = T("2026-01-15 16:20"), T("2026-01-16 08:10")
    site = "http://khuyenhoccaobang.org.vn"
    url = f"{site}/index.php?option=com_content&task=view&id=812&Itemid=34"

    def mdate(d):
        return f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"

    def img(s, c, n):
        return f'<div align="center"><img src="{s}" border="0" width="450" /><br /><font color="#0000ff"><i>{esc(c)}</i></font></div>'

    def main(rng, rl, rd):
        return (f'<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(A13.title)}</td>'
                f'<td align="right" width="100%" class="buttonheading"><a href="#" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td></tr></table>'
                f'<table class="contentpaneopen"><tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">Viết bởi Administrator</span>&nbsp;&nbsp;</td></tr>'
                f'<tr><td valign="top" colspan="2" class="createdate">{esc(mdate(pub))}</td></tr>'
                f'<tr><td valign="top" colspan="2">{A13.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}'
                f'<p align="right"><i>{esc(BY13)}</i></p></td></tr>'
                f'<tr><td colspan="2" align="left" class="modifydate">Cập nhật lần cuối ( {esc(mdate(upd))} )</td></tr></table>'
                f'<table align="center" style="margin-top:25px"><tr><th class="pagenav_prev"><a href="#">&lt; Trước</a></th><td width="50">&nbsp;</td><th class="pagenav_next"><a href="#">Tiếp &gt;</a></th></tr></table>')

    def left(rng, p):
        return '<table class="moduletable"><tr><th valign="top">Menu chính</th></tr><tr><td><a class="mainlevel" href="#">Trang chủ</a><a class="mainlevel" href="#">Tin tức</a><a class="mainlevel" href="#">Hoạt động Hội</a><a class="mainlevel" href="#">Gương hiếu học</a></td></tr></table>'

    crumbs = ('<span class="pathway"><a href="/" class="pathway">Trang chủ</a> <img src="/images/M_images/arrow.png" alt="arrow" /> '
              '<a href="/index.php?option=com_content&amp;task=section&amp;id=2" class="pathway">Tin tức</a> <img src="/images/M_images/arrow.png" alt="arrow" /> Hoạt động Hội</span>')
    head = '<meta name="Generator" content="Mambo - Copyright 2000 - 2008 Miro International Pty Ltd.  All rights reserved." />'
    return page("s38-13", family="study_promotion_association_mambo46_contentheading_createdate_modifydate",
                name="caobang-hoikhuyenhoc-mambo46-contentpaneopen-td-contentheading-viet-boi-administrator-createdate-weekday-dd-thang-m-yyyy-hh-mm-blue-italic-caption-modifydate",
                url=url, art=A13, main_fn=main, pub=pub, prefix="khcb", kb=96,
                org="Hội Khuyến học tỉnh Cao Bằng", addr="Số 18 phố Xuân Trường, phường Thục Phán, tỉnh Cao Bằng", phone="0206.3852.410",
                crumbs=crumbs, top=banner("/templates/khuyenhoc/images/header.jpg", "Hội Khuyến học tỉnh Cao Bằng"), side=side_of(dmy, "Tin mới", "moduletable"),
                shell_kw={"layout": "mambo", "head_extra": head, "items": MENU_MASS, "left": left},
                exp=expected_(A13, iso(pub), iso(upd), author=BY13, category="Hoạt động Hội", lead=None),
                traps={"accounts": ["Viết bởi Administrator"], "chrome": ["Cập nhật lần cuối", "Menu chính"]},
                notes="Mambo 4.6 (Joomla's ancestor), never migrated: the headline is td.contentheading (no heading element); 'Viết bởi Administrator' → account; td.createdate 'thứ năm, 15 Tháng 1 2026 16:20' (Mambo's '%A, %d %B %Y %H:%M' with vi month names 'Tháng 1') → T16:20; td.modifydate 'Cập nhật lần cuối ( thứ sáu, 16 Tháng 1 2026 08:10 )' AFTER the text → updated T08:10. No sapo → lead null. The caption is a blue italic line after a <br> under the picture. Italic right 'Hoàng Thị Dung' → author. Category 'Hoạt động Hội' (the pathway's last level, plain text).",
                readme="Mambo 4.6 (a stack no set had used; never migrated), a scholarship handover: td.contentheading headline; 'Viết bởi Administrator'; createdate 'thứ năm, 15 Tháng 1 2026 16:20' and modifydate 'Cập nhật lần cuối ( … )' after the text; a blue italic caption after <br>; italic signature; mosPathway")


# ===================================================================== 14 Tỉnh đoàn Đồng Nai: Botble CMS 7; a PHOTO REPORT; 'Bài và ảnh: Name' ; six captions in a gallery
CAP14 = ["Đoàn viên, thanh niên ra quân Ngày Chủ nhật xanh tại tuyến đường Võ Thị Sáu",
         "Các bạn trẻ thu gom rác thải dọc bờ sông Đồng Nai",
         "Trồng cây xanh tại Công viên Biên Hùng",
         "Đội hình thanh niên tình nguyện hỗ trợ người dân cài đặt ứng dụng định danh điện tử",
         "Lãnh đạo Tỉnh đoàn trao quà cho gia đình chính sách tại phường Trấn Biên"]
A14 = Art("Sắc áo xanh tình nguyện trong ngày ra quân Chiến dịch Thanh niên tình nguyện hè 2026",
          "Sáng 19/7, hơn 2.000 đoàn viên, thanh niên tỉnh Đồng Nai đồng loạt ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026 với nhiều công trình, phần việc thiết thực.",
          [("p", "Chiến dịch năm nay có 5 nhóm hoạt động trọng tâm: bảo vệ môi trường, chuyển đổi số, an sinh xã hội, hỗ trợ học sinh ôn thi và giữ gìn an ninh trật tự ở khu dân cư.")]
          + [b for c in CAP14 for b in [("img", f"/storage/bai-viet/2026/07/tinh-nguyen-he-{slug(c)[:20]}.jpg", c)]]
          + [("p", "Chiến dịch kéo dài đến hết tháng 8, dự kiến thực hiện 120 công trình thanh niên, trồng 20.000 cây xanh và hỗ trợ 10.000 lượt người dân sử dụng dịch vụ công trực tuyến.")])
BY14 = "Trần Tuấn"


def page14():
    pub = T("2026-07-19 07:50")
    site = "https://tinhdoandongnai.vn"
    url = f"{site}/bai-viet/{slug(A14.title)}"

    def img(s, c, n):
        return f'<figure class="post-gallery__item"><a href="{s}" data-fancybox="gallery"><img src="{s}" alt="{esc(c, True)}" loading="lazy" /></a><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rel = "".join(f'<div class="post-item"><a href="{site}/bai-viet/{slug(t)[:50]}">{esc(t)}</a><span class="post-date"><i class="fa fa-calendar"></i> {dmy(d)}</span></div>' for t, d in zip(rl[:4], rd))
        return (f'<div class="post post--single"><div class="post__header"><span class="post__category"><a href="{site}/danh-muc/anh">Ảnh</a></span>'
                f'<h1 class="post__title">{esc(A14.title)}</h1><div class="post__meta"><span class="post__created-at"><i class="ion-clock"></i> {dmyhm(pub)}</span>'
                f'<span class="post__author"><i class="ion-android-person"></i> quantri_td</span><span class="post__views">2.318 lượt xem</span></div></div>'
                f'<div class="post__content"><div class="post__description">{esc(A14.lead)}</div><div class="ck-content">{A14.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>Bài và ảnh: {esc(BY14)}</strong></p></div></div>'
                f'<div class="post__footer"><div class="post__tags">Thẻ: <a href="#">tình nguyện hè</a></div><div class="post__share"><a href="#">Facebook</a> <a href="#">Zalo</a></div></div>'
                f'<div class="post__relate-group"><h4 class="relate__title">Bài viết liên quan</h4>{rel}</div></div>')

    crumbs = ('<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/danh-muc/tin-tuc">Tin tức</a></li>'
              '<li><a href="/danh-muc/hoat-dong-doan">Hoạt động Đoàn</a></li><li class="active">Sắc áo xanh tình nguyện trong ngày ra quân…</li></ul>')
    head = og(A14.title, url) + '<meta name="csrf-token" content="Zp3kR8vL2qTnX5wYb7cM1eF4hJ6sD9aG0uV3iO8P" />'
    return page("s38-14", family="youth_union_botble_cms7_photo_report_category_chip_vs_crumb",
                name="dongnai-tinhdoan-botble-cms7-photo-report-category-chip-anh-vs-crumb-hoat-dong-doan-dd-mm-yyyy-hh-mm-account-post-description-five-gallery-figcaptions-bai-va-anh",
                url=url, art=A14, main_fn=main, pub=pub, prefix="tddn", kb=198,
                org="Tỉnh đoàn Đồng Nai", addr="Số 2 đường Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai", phone="0251.3822.713",
                crumbs=crumbs, top=banner("/storage/general/logo-tinh-doan.png", "Tỉnh đoàn Đồng Nai"), side=side_of(dmy, "Tin mới nhất", "widget-recent"),
                shell_kw={"layout": "botble", "head_extra": head, "items": MENU_MASS, "left": cookie_banner("js-cookie-consent")},
                exp=expected_(A14, iso(pub), author=BY14, photographer=BY14, category="Hoạt động Đoàn"),
                traps={"accounts": ["quantri_td"], "chrome": ["Bài viết liên quan", "2.318 lượt xem"]},
                notes="Botble CMS 7 (Laravel; a vendor's theme on the Blog plugin), a PHOTO REPORT: the crumb's last level is the headline CUT with '…' (set 27); the post's category chip above the h1 is the type 'Ảnh', the crumb's deepest category 'Hoạt động Đoàn' → category (QUESTIONABLE: one could take the chip; the chip names the format, the crumb the section). '19/07/2026 07:50' → T07:50; 'quantri_td' → account. The post__description (plain, first in the content) → lead. Five gallery figcaptions in page order. 'Bài và ảnh: Trần Tuấn' → author and photographer.",
                readme="Botble CMS 7 (a stack no set had used), a PHOTO REPORT: a type chip 'Ảnh' vs the crumb's 'Hoạt động Đoàn'; the crumb's last level the cut headline; 'dd/mm/yyyy HH:MM' + an account; plain description lead; five fancybox figcaptions; 'Bài và ảnh: Name'; a cookie banner")


# ===================================================================== 15 Đảng bộ Tổng công ty Điện lực miền Trung: eXo Platform 6 news; a six-month review; 'Đăng bởi' poster account; signature with unit
A15 = Art("Đảng bộ Tổng công ty sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026",
          "Ngày 8/7, Ban Chấp hành Đảng bộ Tổng công ty Điện lực miền Trung tổ chức hội nghị sơ kết công tác xây dựng Đảng và thực hiện nhiệm vụ sản xuất kinh doanh 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026.",
          [("p", "Sáu tháng đầu năm, Đảng bộ Tổng công ty đã lãnh đạo hoàn thành cơ bản các chỉ tiêu sản xuất kinh doanh: điện thương phẩm đạt 51,2% kế hoạch năm, tổn thất điện năng giảm 0,3 điểm phần trăm so với cùng kỳ; đảm bảo cung cấp điện an toàn, ổn định trong các đợt nắng nóng."),
           ("p", "Công tác xây dựng Đảng tiếp tục được chú trọng; các chi bộ duy trì nền nếp sinh hoạt, đưa nội dung chuyển đổi số, văn hóa doanh nghiệp vào sinh hoạt chuyên đề. Sáu tháng, Đảng bộ kết nạp 46 đảng viên mới, trong đó 70% là kỹ sư, công nhân kỹ thuật trẻ."),
           ("img", "/rest/jcr/repository/collaboration/sites/evncpc/news/2026/hoi-nghi-so-ket.jpg", "Đồng chí Bí thư Đảng ủy Tổng công ty phát biểu chỉ đạo hội nghị"),
           ("p", "Hội nghị thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó tập trung đầu tư lưới điện phục vụ các khu công nghiệp mới, đẩy mạnh dịch vụ khách hàng trên nền tảng số và chuẩn bị tốt nhân sự cho đại hội chi bộ nhiệm kỳ tới.")])
BY15, UNIT15 = "Phạm Thu Thủy", "Ban Tuyên giáo Đảng ủy Tổng công ty"


def page15():
    pub = T("2026-07-08 15:45")
    site = "https://dangbo.evncpc.example"
    url = f"{site}/portal/dangbo/news/detail?newsId=8f31c2a0-5b7e-4d21-9c4a-2e6f0d13a7b5"

    def main(rng, rl, rd):
        rel = "".join(f'<div class="newsItem"><a class="newsTitle" href="{site}/portal/dangbo/news/detail?newsId={slug(t)[:20]}">{esc(t)}</a><div class="newsDate">{dmyhm(d, ", ")}</div></div>' for t, d in zip(rl[:4], rd))
        return (f'<div class="newsDetailsContent"><div class="newsTitleDetails"><h1 class="newsTitle">{esc(A15.title)}</h1></div>'
                f'<div class="newsDetailsActions"><div class="newsInformation"><div class="newsAuthor"><span class="newsPostedBy">Đăng bởi</span> <a href="{site}/portal/dangbo/profile/quantri.cong">Quản trị Cổng</a></div>'
                f'<div class="newsSpace">trong <a href="#">Ban Tuyên giáo Đảng ủy</a></div><div class="newsDate"><span class="dateUpdated">{dmyhm(pub, ", ")}</span></div></div></div>'
                f'<div class="summaryDetails"><p>{esc(A15.lead)}</p></div>'
                f'<div class="newsDetailsBody rich-editor-content">{A15.render(p=jp, img=fig, sep="")}'
                f'<p style="text-align:right"><strong>{esc(BY15)}</strong><br /><em>{esc(UNIT15)}</em></p></div>'
                f'<div class="newsViews">Lượt xem: 412</div><div class="latestNews"><div class="latestNewsTitle">Tin mới nhất</div>{rel}</div></div>')

    crumbs = ('<div class="breadcrumbs"><a href="/portal/dangbo/home">Trang chủ</a> / <a href="/portal/dangbo/tin-tuc">Tin tức</a> / '
              '<a href="/portal/dangbo/tin-tuc/hoat-dong-dang-bo">Hoạt động Đảng bộ</a></div>')
    head = og(A15.title, url) + '<script type="text/javascript">eXo.env.portal.context="/portal";eXo.env.portal.portalName="dangbo";eXo.env.server.portalBaseURL="/portal/dangbo/news/detail";</script>'
    return page("s38-15", family="enterprise_party_committee_exo_platform6_news_app_space_poster",
                name="evncpc-dangbo-exo-platform6-news-detail-dang-boi-portal-admin-in-space-dd-mm-yyyy-comma-hh-mm-plain-summary-bold-name-br-italic-unit",
                url=url, art=A15, main_fn=main, pub=pub, prefix="exo", kb=134,
                org="Đảng bộ Tổng công ty Điện lực miền Trung", addr="Số 78A đường Duy Tân, phường Hòa Cường, thành phố Đà Nẵng", phone="0236.2210.401",
                crumbs=crumbs, top=banner("/portal/rest/v1/platform/branding/logo", "Đảng bộ Tổng công ty Điện lực miền Trung"), side=side_of(lambda d: dmyhm(d, ", "), "Đọc nhiều", "exo-most"),
                shell_kw={"layout": "exo", "head_extra": head, "items": MENU_PARTY, "left": '<div class="UITopBar"><a href="/portal/login">Đăng nhập</a></div>'},
                exp=expected_(A15, iso(pub), author=BY15, unit=UNIT15, category="Hoạt động Đảng bộ"),
                traps={"accounts": ["Quản trị Cổng"], "chrome": ["Tin mới nhất", "Lượt xem: 412", "Đăng nhập"]},
                notes="eXo Platform 6 (Java; the News application's article view in a portal site) on an enterprise Party committee's site (off-site .example host). 'Đăng bởi Quản trị Cổng trong Ban Tuyên giáo Đảng ủy' → an account posting in a SPACE (the space is not a unit of the writer nor the category); '08/07/2026, 15:45' → T15:45. Plain summaryDetails → lead (set 33). One figcaption. Bold 'Phạm Thu Thủy' <br> italic 'Ban Tuyên giáo Đảng ủy Tổng công ty' → author + unit (set 32). Category 'Hoạt động Đảng bộ' (crumb).",
                readme="eXo Platform 6 (a stack no set had used), an enterprise Party committee's six-month review: 'Đăng bởi <account> trong <space>'; 'dd/mm/yyyy, HH:MM'; plain summary lead; bold name <br> italic unit; latest news with stamps")


# ===================================================================== 16 Đảng ủy phường Long Biên (Hà Nội): Backdrop CMS 1; a 'Dân vận khéo' model; 'Gửi bởi' account; 'Tác giả:' field name (unit)
A16 = Art("Mô hình “Tổ dân phố không rác thải nhựa” - điểm sáng dân vận khéo ở phường Long Biên",
          "Sau hơn một năm triển khai, mô hình “Tổ dân phố không rác thải nhựa” đã lan tỏa tới 32 tổ dân phố, giúp giảm hơn 60% lượng túi ni lông sử dụng trong sinh hoạt hằng ngày của người dân.",
          [("p", "Mô hình do Ban Tuyên giáo và Dân vận Đảng ủy phường tham mưu, Ủy ban MTTQ phường chủ trì thực hiện, lấy tổ dân phố làm hạt nhân, lấy người dân làm trung tâm. Mỗi hộ gia đình được phát làn nhựa dùng nhiều lần, túi vải khi đi chợ."),
           ("p", "Điểm khéo của mô hình là phát huy vai trò của đảng viên, người có uy tín ở khu dân cư: các chi bộ giao mỗi đảng viên phụ trách 10 hộ, trực tiếp hướng dẫn phân loại rác tại nguồn, vận động các tiểu thương ở chợ Long Biên cùng tham gia."),
           ("img", "/files/styles/large/public/2026-05/to-dan-pho-khong-rac-thai-nhua.jpg", "Đảng viên tổ dân phố số 7 hướng dẫn người dân phân loại rác tại nguồn"),
           ("p", "Thời gian tới, Đảng ủy phường tiếp tục nhân rộng mô hình ra toàn phường, gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.")])
BY16, UNIT16 = "Lê Minh Tâm", "Ban Tuyên giáo và Dân vận Đảng ủy phường"


def page16():
    pub = T("2026-05-14 09:12")
    site = "https://dangbolongbien.hanoi.gov.vn"
    url = f"{site}/dan-van/{slug(A16.title)[:70]}"

    def img(s, c, n):
        return f'<div class="field-image"><img src="{s}" alt="" /><div class="image-caption"><p>{esc(c)}</p></div></div>'

    def main(rng, rl, rd):
        rel = "".join(f'<li class="views-row"><a href="{site}/dan-van/{slug(t)[:50]}">{esc(t)}</a> <span class="date-display-single">{dmy(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<h1 class="page-title">{esc(A16.title)}</h1><article class="node node-article view-mode-full clearfix" role="article">'
                f'<footer><p class="submitted">Gửi bởi <span class="username">bientap_lb</span> vào {dmy(pub)} - {hm(pub)}</p></footer>'
                f'<div class="content"><div class="field field-name-field-tom-tat"><div class="field-items"><div class="field-item"><em>{esc(A16.lead)}</em></div></div></div>'
                f'<div class="field field-name-body">{A16.render(p=jp, img=img, sep="")}</div>'
                f'<div class="field field-name-field-tac-gia field-label-inline"><div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item">{esc(BY16)} ({esc(UNIT16)})</div></div></div>'
                f'<div class="field field-name-field-chuyen-muc field-label-inline"><div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items"><div class="field-item"><a href="{site}/dan-van">Dân vận khéo</a></div></div></div></div></article>'
                f'<div class="block block-views"><h2 class="block-title">Bài viết khác</h2><ul>{rel}</ul></div>')

    crumbs = ('<nav class="breadcrumb" role="navigation"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/dan-van">Dân vận khéo</a></li></ol></nav>')
    head = og(A16.title, url) + '<meta name="Generator" content="Backdrop CMS 1 (https://backdropcms.org)" />'
    return page("s38-16", family="ward_party_backdrop_cms_dan_van_kheo_submitted_account_author_field",
                name="hanoi-danguyphuonglongbien-backdrop-cms1-h1-page-title-gui-boi-account-vao-dd-mm-yyyy-dash-hh-mm-italic-tom-tat-image-caption-div-tac-gia-field-name-paren-unit-chuyen-muc-field",
                url=url, art=A16, main_fn=main, pub=pub, prefix="dulb", kb=124,
                org="Đảng ủy phường Long Biên", addr="Số 1 phố Vạn Hạnh, phường Long Biên, thành phố Hà Nội", phone="024.3872.0123",
                crumbs=crumbs, top=banner("/files/logo-dang-uy-long-bien.png", "Đảng bộ phường Long Biên"), side=side_of(dmy, "Tin đọc nhiều", "block-popular"),
                shell_kw={"layout": "backdrop", "head_extra": head, "items": MENU_PARTY, "left": ""},
                exp=expected_(A16, iso(pub), author=BY16, unit=UNIT16, category="Dân vận khéo"),
                traps={"accounts": ["bientap_lb"], "chrome": ["Bài viết khác", "Tin đọc nhiều"], "related": lambda rl: rl[:5]},
                notes="Backdrop CMS 1.28 (the Drupal 7 fork; Basis-derived sub-theme, Moscone layout): the h1.page-title is printed by the layout ABOVE the <article>; 'Gửi bởi bientap_lb vào 14/05/2026 - 09:12' → account, T09:12. Italic 'Tóm tắt' field → lead. The caption is a div.image-caption paragraph under the picture. Field 'Tác giả: Lê Minh Tâm (Ban Tuyên giáo và Dân vận Đảng ủy phường)' → author + unit. 'Chuyên mục: Dân vận khéo' and the crumb agree → category.",
                readme="Backdrop CMS 1 (a stack no set had used), a ward's 'Dân vận khéo' model: the h1 above the <article>; 'Gửi bởi <account> vào dd/mm/yyyy - HH:MM'; italic summary field; a div.image-caption; 'Tác giả:' field 'Name (unit)'; 'Chuyên mục:' field")


# ===================================================================== 17 Hội LHPN tỉnh An Giang: Piranha CMS 11; a course closing; date-only post date; excerpt lead; signature 'Name (unit)'
A17 = Art("Bế giảng lớp bồi dưỡng nghiệp vụ cho chủ tịch hội phụ nữ cấp xã",
          "Sau 5 ngày học tập, 96 học viên là chủ tịch, phó chủ tịch hội phụ nữ các xã, phường, đặc khu trong tỉnh đã hoàn thành chương trình bồi dưỡng nghiệp vụ công tác Hội năm 2026.",
          [("p", "Lớp học do Hội Liên hiệp Phụ nữ tỉnh phối hợp với Trường Chính trị tỉnh tổ chức. Học viên được trang bị kiến thức về kỹ năng vận động hội viên, xây dựng chi hội phụ nữ vững mạnh, hỗ trợ phụ nữ khởi nghiệp và ứng dụng mạng xã hội trong tuyên truyền."),
           ("p", "Điểm mới của lớp học là các buổi thực hành tại cơ sở: học viên trực tiếp tham dự sinh hoạt chi hội tại xã Mỹ Hòa Hưng, trao đổi với tổ hợp tác phụ nữ làm bánh phồng, xây dựng kế hoạch truyền thông cho sản phẩm OCOP."),
           ("img", "/uploads/2026/06/be-giang-lop-boi-duong-hoi-phu-nu.jpg", "Lãnh đạo Hội LHPN tỉnh trao giấy chứng nhận cho học viên"),
           ("p", "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 42 học viên đạt loại giỏi; 5 học viên có thành tích xuất sắc được Ban Thường vụ Hội LHPN tỉnh tặng giấy khen.")])
BY17, UNIT17 = "Kim Thị Sa Rinh", "Ban Tuyên giáo Hội LHPN tỉnh"


def page17():
    pub = T("2026-06-19")
    site = "https://phunuangiang.org.vn"
    url = f"{site}/tin-tuc/{slug(A17.title)}"

    def main(rng, rl, rd):
        arch = "".join(f'<article class="post-teaser"><h4><a href="{site}/tin-tuc/{slug(t)[:50]}">{esc(t)}</a></h4><p class="post-meta">{dmy(d)} | Hoạt động Hội</p></article>' for t, d in zip(rl[:4], rd))
        return (f'<article class="post"><header class="post-header"><h1>{esc(A17.title)}</h1>'
                f'<p class="post-meta"><span class="published">Đăng ngày {dmy(pub)}</span> | <span class="category">Danh mục: <a href="{site}/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></span> | '
                f'<span class="tags">Thẻ: <a href="#">bồi dưỡng cán bộ</a></span></p></header>'
                f'<p class="lead">{esc(A17.lead)}</p><div class="block html-block">{A17.render(p=lambda t: f"<p>{esc(t)}</p>", img=fig, sep="")}</div>'
                f'<div class="block html-block"><p style="text-align:right"><em>{esc(BY17)} ({esc(UNIT17)})</em></p></div></article>'
                f'<section class="archive-more"><h3>Bài viết khác</h3>{arch}</section>')

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
              '<li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item"><a href="/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></li></ol></nav>')
    head = og(A17.title, url) + '<meta name="generator" content="Piranha CMS" />'
    return page("s38-17", family="womens_union_piranha_cms11_blog_post_date_only",
                name="angiang-hoilhpn-piranha-cms11-post-header-h1-dang-ngay-dd-mm-yyyy-date-only-danh-muc-the-meta-p-lead-excerpt-html-blocks-figcaption-italic-name-paren-unit",
                url=url, art=A17, main_fn=main, pub=pub, prefix="pnag", kb=141,
                org="Hội Liên hiệp Phụ nữ tỉnh An Giang", addr="Số 6 đường Lê Triệu Kiết, phường Long Xuyên, tỉnh An Giang", phone="0296.3852.118",
                crumbs=crumbs, top=banner("/assets/img/logo-hoi-phu-nu.png", "Hội Liên hiệp Phụ nữ tỉnh An Giang"), side=side_of(dmy, "Tin mới", "piranha-latest"),
                shell_kw={"layout": "piranha", "head_extra": head, "items": MENU_MASS, "left": cookie_banner("cookie-notice")},
                exp=expected_(A17, isod(pub), author=BY17, unit=UNIT17, category="Hoạt động Hội"),
                traps={"chrome": ["Bài viết khác", "Thẻ:"], "related": lambda rl: rl[:4]},
                notes="Piranha CMS 11 (ASP.NET Core; a vendor's Razor theme on the blog archive's post page): 'Đăng ngày 19/06/2026' (date only) → published '2026-06-19'; 'Danh mục: Hoạt động Hội' and the crumb agree → category. The post's Excerpt printed as p.lead (plain) → lead (set 33). The text is two HTML blocks (the signature in the second). One figcaption. Italic 'Kim Thị Sa Rinh (Ban Tuyên giáo Hội LHPN tỉnh)' → author + unit (a Khmer name of four words, kept whole).",
                readme="Piranha CMS 11 (a stack no set had used), a training course's closing: 'Đăng ngày dd/mm/yyyy' (date only) | 'Danh mục:' | 'Thẻ:'; p.lead excerpt; the text in two HTML blocks; a figcaption; italic 'Name (unit)' with a Khmer name")


# ===================================================================== 18 Đảng ủy các cơ quan Đảng tỉnh Đắk Lắk: Ibexa DXP 4; a contest for propagandists; 'Xuất bản' + 'Sửa đổi'; ezauthor field with Ê Đê names
A18 = Art("Hội thi báo cáo viên giỏi Đảng bộ các cơ quan Đảng tỉnh năm 2026",
          "Ngày 3/9, Đảng ủy các cơ quan Đảng tỉnh tổ chức Hội thi báo cáo viên giỏi năm 2026 với sự tham gia của 24 thí sinh là báo cáo viên, tuyên truyền viên của 18 đảng bộ, chi bộ cơ sở.",
          [("p", "Hội thi gồm hai phần: trình bày bài tuyên truyền với chủ đề tự chọn gắn với việc học tập, quán triệt Nghị quyết Đại hội XIV của Đảng và trả lời câu hỏi của Ban giám khảo. Nhiều thí sinh đã sử dụng video, infographic và ví dụ thực tế ở cơ quan, đơn vị để minh họa."),
           ("img", "/var/site/storage/images/tin-tuc/hoi-thi-bao-cao-vien-gioi/thi-sinh-trinh-bay.jpg", "Thí sinh Y Khoa Mlô trình bày phần thi tuyên truyền"),
           ("p", "Kết quả, Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải Khuyến khích. Giải Nhất thuộc về thí sinh H’Linh Niê, Chi bộ Báo Đắk Lắk, với bài tuyên truyền về phát triển văn hóa đọc trong cán bộ, đảng viên."),
           ("p", "Phát biểu bế mạc, đồng chí Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh đề nghị các thí sinh tiếp tục vận dụng kỹ năng đã được trau dồi vào công tác tuyên truyền ở cơ sở, góp phần đưa nghị quyết của Đảng vào cuộc sống.")])
BY18 = ["Y Nhuê Niê", "H’Hen Êban"]


def page18():
    pub, upd = T("2026-09-03 08:45"), T("2026-09-03 14:20")
    site = "https://dangbokhoi.daklak.gov.vn"
    url = f"{site}/tin-tuc/hoat-dong-dang-uy/hoi-thi-bao-cao-vien-gioi-dang-bo-cac-co-quan-dang-tinh-nam-2026"

    def img(s, c, n):
        return f'<div class="ezimage-field ez-embed-type-image align-center"><img src="{s}" alt="" /><div class="ez-embed-caption"><span>{esc(c)}</span></div></div>'

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/tin-tuc/{slug(t)[:50]}">{esc(t)}</a> <small>{dmyhm(d)}</small></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="article-full"><div class="article-header"><h1 class="ez-string-field">{esc(A18.title)}</h1>'
                f'<dl class="article-dates"><dt>Xuất bản:</dt><dd>{dmyhm(pub)}</dd><dt>Sửa đổi:</dt><dd>{dmyhm(upd)}</dd></dl></div>'
                f'<div class="article-intro ezrichtext-field"><p><strong>{esc(A18.lead)}</strong></p></div>'
                f'<div class="article-body ezrichtext-field">{A18.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}</div>'
                f'<div class="article-author"><span class="ez-label">Tác giả:</span> <ul class="ezauthor-field">' + "".join(f"<li>{esc(n)}</li>" for n in BY18) + '</ul></div>'
                f'<div class="article-related"><h3>Tin cùng chuyên mục</h3><ul>{rel}</ul></div></div>')

    crumbs = ('<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>'
              '<li><a href="/tin-tuc/hoat-dong-dang-uy">Hoạt động Đảng ủy</a></li></ol>')
    head = og(A18.title, url) + '<meta name="generator" content="Ibexa DXP" />'
    return page("s38-18", family="agencies_party_committee_ibexa_dxp4_article_ezauthor_list",
                name="daklak-danguycaccoquandang-ibexa-dxp4-article-full-xuat-ban-sua-doi-dl-bold-intro-embed-caption-ezauthor-list-two-writers-ede-names-apostrophe",
                url=url, art=A18, main_fn=main, pub=pub, prefix="dkdl", kb=157,
                org="Đảng ủy các cơ quan Đảng tỉnh Đắk Lắk", addr="Số 9 đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.640",
                crumbs=crumbs, top=banner("/assets/images/banner-dang-uy.png", "Đảng ủy các cơ quan Đảng tỉnh Đắk Lắk"), side=side_of(dmyhm, "Đọc nhiều", "ibexa-most"),
                shell_kw={"layout": "ibexa", "head_extra": head, "items": MENU_PARTY, "left": f'<div class="topbar">{wd(upd + timedelta(days=1))}, {dmy(upd + timedelta(days=1))}</div>'},
                exp=expected_(A18, iso(pub), iso(upd), author=", ".join(BY18), category="Hoạt động Đảng ủy"),
                traps={"chrome": ["Tin cùng chuyên mục", "Xuất bản:", "Sửa đổi:"], "related": lambda rl: rl[:5]},
                notes="Ibexa DXP 4.6 (the eZ Platform line), the 'article' content type's full view: 'Xuất bản: 03/09/2026 08:45' → T08:45; 'Sửa đổi: 03/09/2026 14:20' → updated T14:20 (a definition list). Bold intro field → lead. The caption is the embed's div.ez-embed-caption. The ezauthor field prints a LIST of two names 'Y Nhuê Niê', 'H’Hen Êban' (Ê Đê names: 'Y' and 'H’' are the male and female name prefixes, the apostrophe a typographic ’) → author 'Y Nhuê Niê, H’Hen Êban', kept as printed. The contestants named in the text and caption are not writers. Category 'Hoạt động Đảng ủy' (crumb).",
                readme="Ibexa DXP 4 (a stack no set had used), a propagandists' contest: 'Xuất bản:' / 'Sửa đổi:' in a <dl>; bold intro; an embed caption; an ezauthor LIST of two Ê Đê names ('Y …', 'H’…')")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
