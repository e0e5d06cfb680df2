"""Set 49 pages 10-18: the rest of the random sample — SharePoint Server 2016 + SaigonTech's web part, DNN 9.13 + Tâm
Phát's news module, ASP.NET 4.8 WebForms + Vĩnh Cửu's CMS, WordPress + Newsmatic, Joomla 3.5 under a hosting vendor's
template, Drupal 7 + Corporate Clean, a press CMS's 'Ghi nhanh' view, and two stacks no set had used (Quarkus 3 with Qute,
Go with Fiber v2). The three twists of the set are here: page 13 (a 12-hour time printed WITHOUT its meridiem — the
stamp's own datetime says evening), page 17 (a CITATION box and Highwire citation_* tags built from the account and the
last edit) and page 18 (the meta row's LABELS drawn only by CSS, the update printed before the publication)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, twelve, utcz, heads14
from .kit import og, jsonld
from .base import mostread, vb_box, WRITERS34
from .p_01_pages import (MEGA, MEGA_MASS, jp, banner, fig, tcap, expected_, lst, crumbs_of, sharebar, tags, heavy_head, bigvs, thread,
                         side_heavy, hp, R, lazyfig, lazyp, icon_crumb, picbox_above, related_same)

MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


# ===================================================================== 10 Đảng ủy phường Bến Thành (TP. Hồ Chí Minh): SharePoint Server 2016 + SaigonTech's news web part; '(CTV)' after the name; a lead picture's caption with the photographer inside
A10 = Art("Phường Bến Thành giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công",
          "Ngày 6/11, Ban Thường trực Ủy ban MTTQ phường Bến Thành phối hợp với các đoàn thể giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường.",
          [("p", "Theo báo cáo, từ đầu năm đến nay, Trung tâm đã tiếp nhận hơn 18.400 hồ sơ, trong đó 76% hồ sơ nộp trực tuyến; tỷ lệ giải quyết đúng và trước hạn đạt 99,2%. Thời gian chờ trung bình của người dân tại quầy giảm còn 11 phút."),
           ("p", "Đoàn giám sát ghi nhận tinh thần phục vụ của cán bộ, công chức; đồng thời chỉ ra một số hạn chế như hệ thống xếp hàng tự động đôi lúc gặp sự cố, một số thủ tục về đất đai còn phải bổ sung hồ sơ nhiều lần."),
           ("img", "/SiteAssets/tintuc/2028/11/giam-sat-trung-tam-hcc-ben-thanh.jpg", "Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công phường. Ảnh: Ngọc Hân"),
           ("p", "Đại diện Trung tâm tiếp thu các ý kiến, cam kết trong tháng 11 sẽ nâng cấp hệ thống xếp hàng, công khai danh mục giấy tờ của từng thủ tục bằng mã QR tại mỗi quầy."),
           ("p", "Ủy ban MTTQ phường sẽ tổng hợp kết quả giám sát, kiến nghị Ủy ban nhân dân phường chỉ đạo khắc phục và tổ chức giám sát lại vào quý I năm 2029.")])


def page10():
    pub = T("2028-11-07 10:15")
    site = "https://benthanh.hochiminhcity.gov.vn"
    url = f"{site}/tin-tuc/Pages/chi-tiet-tin.aspx?ItemID=5127"
    today = pub + timedelta(days=1, hours=3)
    fmt = lambda d: f"{wd(d)}, {dmy(d)} - {hm(d)}"

    def main(rng, rl, rd):
        body = A10.render(p=jp, img=tcap, sep="\n")
        return (bigvs(rng, 42000) + f'<div class="sgt-news"><h2 class="sgt-title"><span id="ctl00_ctl42_g_51f0_lblTitle">{esc(A10.title)}</span></h2>'
                f'<div class="sgt-date"><span id="ctl00_ctl42_g_51f0_lblDate">{fmt(pub)}</span></div>'
                f'<div class="sgt-sapo"><em><strong>{esc(A10.lead)}</strong></em></div><div class="sgt-body">{body}'
                f'<p style="text-align:right"><strong>Ngọc Hân (CTV)</strong></p></div>' + sharebar("sgt-share") + '</div>'
                + related_same(site, "/tin-tuc/Pages/chi-tiet-tin.aspx?ItemID=", list(zip(rl[:6], rd)), fmt, "Các tin khác", "sgt-other", 5100))

    return hp("s49-10", family="ward_party_committee_sharepoint2016_saigontech_news_web_part_ctv_suffix",
              name="hcm-benthanh-danguyphuong-sharepoint2016-saigontech-news-web-part-table-zones-crumb-giam-sat-phan-bien-h2-span-lbltitle-weekday-dd-mm-yyyy-dash-hh-mm-bold-italic-sapo-caption-with-anh-name-bold-right-name-paren-ctv",
              url=url, art=A10, main_fn=main, pub=pub, prefix="sg16", kb=150,
              org="Đảng ủy phường Bến Thành", addr="Phường Bến Thành, Thành phố Hồ Chí Minh", phone="028.3829.4113",
              crumbs=crumbs_of(site, ["Tin tức", "Giám sát - Phản biện"]), top=banner("/SiteAssets/images/banner-benthanh.png", "Trang thông tin điện tử phường Bến Thành"),
              side=side_heavy(fmt, "Tin nổi bật", "sg16-hot", second="Tin mới", n=6),
              shell_kw={"layout": "sp2016sgt", "form": True, "head_extra": heavy_head(R(110), url, A10.title, A10.lead, pub, "Đảng ủy phường Bến Thành", section="Giám sát - Phản biện"),
                        "items": MEGA_MASS, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A10, iso(pub), author="Ngọc Hân", category="Giám sát - Phản biện"),
              traps={"ctv": ["Ngọc Hân (CTV)"], "after_text": ["Các tin khác"], "related": lambda rl: rl[:6]},
              notes="SharePoint Server 2016 under a ward's master page with SaigonTech's news web part in table zones (a form with a ViewState; h2 > span#…lblTitle, span#…lblDate, a bold italic sapo, the text, 'Các tin khác' with stamps in the item's shape). A ward's supervision of its public service centre. 'Thứ Ba, 07/11/2028 - 10:15' → published 2028-11-07T10:15. Bold italic sapo (lead). The caption table's caption ends '… phường. Ảnh: Ngọc Hân': kept whole, no photographer (set 25 MAJORITY) — though the photographer is the writer, only an explicit credit outside the caption would set it. Bold right 'Ngọc Hân (CTV)' → author 'Ngọc Hân': '(CTV)' is a status, dropped (the conventions), not a unit → author_unit null. Category 'Giám sát - Phản biện' (the crumb's last level).",
              readme="SharePoint Server 2016 + SaigonTech's news web part, a ward's supervision: 'Thứ Ba, dd/mm/yyyy - HH:MM', a bold italic sapo, a caption ending 'Ảnh: Name' (no photographer), 'Name (CTV)' (no unit)")


MENU_NCT = [
    ("Giới thiệu", ["Lịch sử Hội", "Ban Chấp hành", "Ban Thường vụ"]),
    ("Tin tức", ["Hoạt động Hội", "Tin cơ sở", "Gương người cao tuổi", "Chăm sóc sức khỏe"]),
    ("Chính sách", ["Luật Người cao tuổi", "Chính sách bảo trợ xã hội"]),
    ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản tỉnh"]),
]


# ===================================================================== 11 Hội Người cao tuổi tỉnh An Giang: DNN 9.13 + Tâm Phát's news module; seconds in the stamp; multi-value 'Tác giả:' / 'Đơn vị:' fields (a commune's and a ward's association); tags beside the crumb
A11 = Art("Câu lạc bộ liên thế hệ tự giúp nhau ở hai địa phương tổng kết 5 năm hoạt động",
          "Sáng 8/11, Hội Người cao tuổi tỉnh tổ chức hội nghị tổng kết 5 năm hoạt động của các câu lạc bộ liên thế hệ tự giúp nhau ở xã Mỹ Hòa Hưng và phường Long Xuyên.",
          [("p", "Hai câu lạc bộ hiện có 142 thành viên, trong đó 70% là người cao tuổi, 80% là phụ nữ. Các câu lạc bộ duy trì sinh hoạt hằng tháng với các hoạt động chăm sóc sức khỏe, tạo thu nhập, chăm sóc tại nhà và hỗ trợ quyền lợi người cao tuổi."),
           ("p", "Quỹ tín dụng quay vòng của hai câu lạc bộ đạt 486 triệu đồng, giúp 96 lượt thành viên vay vốn chăn nuôi, buôn bán nhỏ; tổ tình nguyện viên chăm sóc tại nhà đã thăm hỏi, giúp đỡ thường xuyên 23 người cao tuổi neo đơn, bệnh tật."),
           ("img", "/Portals/0/News/2028/11/clb-lien-the-he-my-hoa-hung.jpg", "Thành viên câu lạc bộ liên thế hệ xã Mỹ Hòa Hưng tập dưỡng sinh"),
           ("p", "Tại hội nghị, 8 tập thể và 15 cá nhân được khen thưởng vì có nhiều đóng góp cho hoạt động của câu lạc bộ."),
           ("p", "Hội Người cao tuổi tỉnh đề nghị các cấp hội tiếp tục nhân rộng mô hình, phấn đấu đến năm 2030 mỗi xã, phường có ít nhất một câu lạc bộ liên thế hệ tự giúp nhau.")])


def page11():
    pub = T("2028-11-09 14:20:36")
    site = "https://hoinguoicaotuoi.angiang.gov.vn"
    url = f"{site}/tin-tuc/hoat-dong-hoi/ArticleId/3308/cau-lac-bo-lien-the-he-tu-giup-nhau-o-hai-dia-phuong-tong-ket-5-nam-hoat-dong"
    today = pub + timedelta(days=2, hours=1)
    st = lambda d: d.strftime("%d/%m/%Y %H:%M:%S")

    def main(rng, rl, rd):
        body = A11.render(p=jp, img=fig, sep="\n")
        return (bigvs(rng, 38000, "__VIEWSTATE") + f'<div class="tpnews-detail"><h1 class="tpnews-title"><span id="dnn_ctr1877_ViewTPNews_lblTitle">{esc(A11.title)}</span></h1>'
                f'<table class="tpnews-info" cellpadding="2"><tr><td class="lbl">Ngày đăng:</td><td><span id="dnn_ctr1877_ViewTPNews_lblNgayDang">{st(pub)}</span></td>'
                f'<td class="lbl">Lượt xem:</td><td>287</td></tr></table>'
                f'<div class="tpnews-sapo"><strong>{esc(A11.lead)}</strong></div><div class="tpnews-content">{body}</div>'
                f'<table class="tpnews-author" cellpadding="2"><tr><td class="lbl">Tác giả:</td><td><span id="dnn_ctr1877_ViewTPNews_lblTacGia">Huỳnh Văn Sáu; Lê Thị Kim Ngân</span></td></tr>'
                f'<tr><td class="lbl">Đơn vị:</td><td><span id="dnn_ctr1877_ViewTPNews_lblDonVi">Hội Người cao tuổi xã Mỹ Hòa Hưng; Hội Người cao tuổi phường Long Xuyên</span></td></tr>'
                f'<tr><td class="lbl">Người duyệt:</td><td>Trần Thanh Liêm</td></tr></table>'
                + sharebar("tpnews-share") + '</div>'
                + related_same(site, "/tin-tuc/hoat-dong-hoi/ArticleId/", list(zip(rl[:6], rd)), st, "Tin đã đưa", "tpnews-old", 3250))

    crumbs = (f'<div class="tp913-crumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="{site}/" class="breadcrumbLink">Trang chủ</a> › <a href="{site}/tin-tuc" class="breadcrumbLink">Tin tức</a> › '
              f'<a href="{site}/tin-tuc/hoat-dong-hoi" class="breadcrumbLink">Hoạt động Hội</a></span></div>'
              + tags(site, ["người cao tuổi", "liên thế hệ", "Mỹ Hòa Hưng"], label="Thẻ:", cls="tp913-tags"))
    return hp("s49-11", family="elderly_association_dnn913_tamphat_news_module_seconds_multi_value_fields",
              name="angiang-hoinguoicaotuoi-dnn913-tam-phat-news-module-crumb-hoat-dong-hoi-tag-list-beside-crumb-h1-span-info-table-ngay-dang-dd-mm-yyyy-hh-mm-ss-bold-sapo-figure-tac-gia-semicolon-two-writers-don-vi-commune-and-ward-associations-nguoi-duyet",
              url=url, art=A11, main_fn=main, pub=pub, prefix="tp913", kb=148,
              org="Hội Người cao tuổi tỉnh An Giang", addr="Phường Long Xuyên, tỉnh An Giang", phone="0296.3852.716",
              crumbs=crumbs, top=banner("/Portals/_default/Skins/TP913/images/banner.png", "Hội Người cao tuổi tỉnh An Giang"),
              side=side_heavy(st, "Tin mới", "tp913-new", second="Xem nhiều", n=6),
              shell_kw={"layout": "dnn913tp", "form": True, "dnn": True, "head_extra": heavy_head(R(111), url, A11.title, A11.lead, pub, "Hội Người cao tuổi tỉnh An Giang", section="Hoạt động Hội"),
                        "items": MENU_NCT, "left": f"{wd(today)}, {dmy(today)} {hm(today)}"},
              exp=expected_(A11, iso(pub), author="Huỳnh Văn Sáu, Lê Thị Kim Ngân", unit="Hội Người cao tuổi xã Mỹ Hòa Hưng, Hội Người cao tuổi phường Long Xuyên", category="Hoạt động Hội"),
              traps={"approver": ["Trần Thanh Liêm"], "tags": ["Thẻ:"], "meta": ["Lượt xem:"], "after_text": ["Tin đã đưa"], "related": lambda rl: rl[:6]},
              notes="DNN 9.13 under a vendor skin with Tâm Phát's news module (TPNews): a crumb with the TAG list 'Thẻ: người cao tuổi, liên thế hệ, Mỹ Hòa Hưng' beside it, a header clock (the crawl moment, set 29), an info table 'Ngày đăng: 09/11/2028 14:20:36 | Lượt xem: 287', a bold sapo, a figure, then the field table 'Tác giả: Huỳnh Văn Sáu; Lê Thị Kim Ngân' / 'Đơn vị: Hội Người cao tuổi xã Mỹ Hòa Hưng; Hội Người cao tuổi phường Long Xuyên' / 'Người duyệt: Trần Thanh Liêm', and 'Tin đã đưa' with stamps in the item's shape (seconds too). A review conference. → published 2028-11-09T14:20:36 (printed seconds kept, set 13). Multi-value fields → author 'Huỳnh Văn Sáu, Lê Thị Kim Ngân', author_unit 'Hội Người cao tuổi xã Mỹ Hòa Hưng, Hội Người cao tuổi phường Long Xuyên' in order (sets 34 and 36) — a commune's and a ward's association, organisations; the approver is a role (set 27). Category 'Hoạt động Hội' (the crumb's last level; the tags are not sections).",
              readme="DNN 9.13 + Tâm Phát's news module, a review of intergenerational clubs: a tag list beside the crumb, 'Ngày đăng: dd/mm/yyyy HH:MM:SS' (seconds), 'Tác giả: A; B' + 'Đơn vị: U1; U2' (a commune's and a ward's association), 'Người duyệt:' (a role), 'Tin đã đưa' in the same shape")


MENU_CCB = [
    ("Giới thiệu", ["Lịch sử Hội", "Ban Chấp hành", "Ban Thường vụ", "Cơ quan Hội"]),
    ("Tin tức", ["Hoạt động Hội", "Tin cơ sở", "Cựu chiến binh làm kinh tế giỏi", "Gương sáng bộ đội Cụ Hồ"]),
    ("Chính sách", ["Chế độ, chính sách", "Hỏi - đáp"]),
    ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản tỉnh"]),
]


# ===================================================================== 12 Hội Cựu chiến binh tỉnh Đồng Tháp: ASP.NET 4.8 WebForms, Vĩnh Cửu's CMS; 12-hour clocks WITH SECONDS (SA / CH); 'Bài: A - Ảnh: B' with the photographer's initials
A12 = Art("Cựu chiến binh xã Tháp Mười góp 1.200 ngày công làm đường giao thông nông thôn",
          "Từ đầu năm đến nay, Hội Cựu chiến binh xã Tháp Mười đã vận động hội viên góp hơn 1.200 ngày công, 260 triệu đồng và hiến 3.400 m² đất làm mới, sửa chữa 6 tuyến đường giao thông nông thôn.",
          [("p", "Các tuyến đường được làm mới có tổng chiều dài 5,8 km, mặt đường bê tông rộng 3,5 m, nối các ấp với trung tâm xã và vùng trồng sen, xoài tập trung. Nhiều hội viên lớn tuổi vẫn trực tiếp ra công trường trộn bê tông, san lấp mặt bằng."),
           ("img", "/Upload/TinTuc/2028/11/ccb-thap-muoi-lam-duong.jpg", "Hội viên Cựu chiến binh ấp Mỹ Hòa tham gia đổ bê tông mặt đường"),
           ("p", "Cựu chiến binh Võ Văn Hai, 71 tuổi, ấp Mỹ Hòa, hiến 600 m² đất vườn để mở rộng đường. Ông nói: “Đường rộng thì xe chở nông sản vào được tận nơi, bà con đỡ cực, mình hiến chút đất có đáng là bao”."),
           ("p", "Phong trào của Hội Cựu chiến binh xã đã lan tỏa đến các đoàn thể khác; Hội Nông dân và Đoàn Thanh niên xã cùng đăng ký nhận làm 2 tuyến đường trong năm 2029."),
           ("p", "Hội Cựu chiến binh tỉnh đã biểu dương Hội Cựu chiến binh xã Tháp Mười là đơn vị dẫn đầu phong trào “Cựu chiến binh gương mẫu” năm 2028.")])


def page12():
    pub = T("2028-11-08 14:45:10")
    upd = T("2028-11-09 07:05:22")
    site = "https://ccb.dongthap.gov.vn"
    url = f"{site}/tin-tuc/cuu-chien-binh-xa-thap-muoi-gop-1200-ngay-cong-lam-duong-giao-thong-nong-thon-a6012.aspx"
    today = pub + timedelta(days=1, hours=6)
    st = lambda d: f"{dmy(d)} {twelve(d, pad=True, sec=True)}"

    def main(rng, rl, rd):
        body = A12.render(p=jp, img=tcap, sep="\n")
        return (bigvs(rng, 56000) + f'<div class="vc-detail"><h1 class="vc-title"><span id="ctl00_ContentPlaceHolder1_ucChiTiet_lblTieuDe">{esc(A12.title)}</span></h1>'
                f'<div class="vc-meta"><span id="ctl00_ContentPlaceHolder1_ucChiTiet_lblNgayDang">Ngày đăng: {st(pub)}</span> | <span id="ctl00_ContentPlaceHolder1_ucChiTiet_lblNgayCapNhat">Cập nhật: {st(upd)}</span></div>'
                f'<div class="vc-sapo"><span id="ctl00_ContentPlaceHolder1_ucChiTiet_lblTomTat"><b>{esc(A12.lead)}</b></span></div>'
                f'<div class="vc-noidung" id="ctl00_ContentPlaceHolder1_ucChiTiet_pnlNoiDung">{body}<p style="text-align:right"><b>Bài: Nguyễn Văn Tư - Ảnh: H.Nam</b></p></div>'
                + sharebar("vc-share") + '</div>'
                + related_same(site, "/tin-tuc/", list(zip(rl[:6], rd)), lambda d: f"Ngày đăng: {st(d)}", "Tin khác", "vc-other", 5990))

    return hp("s49-12", family="veterans_association_aspnet48_vinhcuu_cms_twelve_hour_seconds",
              name="dongthap-hoicuuchienbinh-aspnet48-webforms-vinh-cuu-cms-telerik-radmenu-viewstate-crumb-hoat-dong-hoi-h1-span-lbltieude-ngay-dang-dd-mm-yyyy-hh-mm-ss-ch-cap-nhat-hh-mm-ss-sa-bold-tomtat-caption-table-bai-name-dash-anh-initials",
              url=url, art=A12, main_fn=main, pub=pub, prefix="vc48", kb=178,
              org="Hội Cựu chiến binh tỉnh Đồng Tháp", addr="Phường Cao Lãnh, tỉnh Đồng Tháp", phone="0277.3851.604",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động Hội"]), top=banner("/Images/banner-ccb.jpg", "Hội Cựu chiến binh tỉnh Đồng Tháp"),
              side=side_heavy(lambda d: f"{dmy(d)} {twelve(d, pad=True, sec=True)}", "Tin xem nhiều", "vc-most", second="Tin mới", n=6),
              shell_kw={"layout": "wf48vc", "form": True, "head_extra": heavy_head(R(112), url, A12.title, A12.lead, pub, "Hội Cựu chiến binh tỉnh Đồng Tháp", upd=upd, section="Hoạt động Hội"),
                        "items": MENU_CCB, "left": f"{wd(today)}, ngày {dmy(today)}"},
              exp=expected_(A12, iso(pub), iso(upd), author="Nguyễn Văn Tư", photographer="H.Nam", category="Hoạt động Hội"),
              traps={"credit": ["Bài: Nguyễn Văn Tư - Ảnh: H.Nam"], "after_text": ["Tin khác"], "related": lambda rl: rl[:6]},
              notes="ASP.NET 4.8 WebForms, Vĩnh Cửu's CMS (a MasterPage, a Telerik RadMenu, a large ViewState, span#…lblTieuDe / lblNgayDang / lblNgayCapNhat / lblTomTat, pnlNoiDung; 'Tin khác' with stamps in the item's shape). Veterans build rural roads. The CMS prints the vi-VN 'dd/MM/yyyy hh:mm:ss tt' pattern: 'Ngày đăng: 08/11/2028 02:45:10 CH' → published 2028-11-08T14:45:10 (CH = p.m., printed seconds kept, sets 13 and 27); 'Cập nhật: 09/11/2028 07:05:22 SA' → updated 2028-11-09T07:05:22. Bold summary (lead); a caption table. Bold right 'Bài: Nguyễn Văn Tư - Ảnh: H.Nam' → author 'Nguyễn Văn Tư', photographer 'H.Nam' (initials fused to a name kept as printed, set 32); no unit. Category 'Hoạt động Hội' (the crumb's last level). The veteran quoted is a subject.",
              readme="ASP.NET 4.8 WebForms (Vĩnh Cửu's CMS), veterans build roads: 'Ngày đăng: dd/mm/yyyy hh:mm:ss CH' + 'Cập nhật: … SA' (12-hour clocks WITH seconds), a bold summary span, a caption table, 'Bài: Name - Ảnh: H.Nam' (initials)")


MENU_PN = [
    ("Giới thiệu", ["Lịch sử Hội", "Ban Chấp hành", "Ban Thường vụ"]),
    ("Hoạt động phong trào", ["Hội thi", "Phụ nữ khởi nghiệp", "Gia đình hạnh phúc"]),
    ("Bình đẳng giới", ["Phòng chống bạo lực gia đình", "Trẻ em"]),
    ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản tỉnh"]),
]


# ===================================================================== 13 Hội LHPN tỉnh Cà Mau: WordPress + Newsmatic; TWIST a 12-hour time printed WITHOUT its meridiem ('g:i'), the stamp's own datetime says evening
A13 = Art("Chung kết Hội thi “Phụ nữ Cà Mau duyên dáng, tài năng” năm 2028",
          "Tối 10/11, tại Nhà văn hóa tỉnh, Hội Liên hiệp Phụ nữ tỉnh tổ chức đêm chung kết Hội thi “Phụ nữ Cà Mau duyên dáng, tài năng” năm 2028, thu hút hơn 1.500 khán giả đến cổ vũ.",
          [("p", "Vượt qua 96 thí sinh ở vòng sơ khảo tại các cụm thi, 12 thí sinh xuất sắc nhất bước vào đêm chung kết với ba phần thi: trang phục áo bà ba, tài năng và ứng xử. Nhiều phần thi tài năng mang đậm bản sắc vùng đất Mũi như đờn ca tài tử, hò Cà Mau, múa dân gian Khmer."),
           ("p", "Ở phần thi ứng xử, các thí sinh trả lời những câu hỏi về vai trò của phụ nữ trong chuyển đổi số, giữ gìn hạnh phúc gia đình và bảo vệ môi trường rừng ngập mặn."),
           ("img", "/wp-content/uploads/2028/11/chung-ket-hoi-thi-phu-nu-duyen-dang.jpg", "Các thí sinh trình diễn trang phục áo bà ba trong đêm chung kết"),
           ("p", "Kết quả, giải Nhất thuộc về thí sinh Thạch Thị Sô Phi (xã Trần Văn Thời); giải Nhì thuộc về thí sinh Nguyễn Ngọc Diễm (phường An Xuyên); hai giải Ba và 8 giải khuyến khích được trao cho các thí sinh còn lại."),
           ("p", "Hội thi là hoạt động thiết thực hướng tới kỷ niệm 98 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2028), tôn vinh vẻ đẹp, trí tuệ của phụ nữ Cà Mau.")])


def page13():
    pub = T("2028-11-10 21:15")
    site = "https://phunu.camau.gov.vn"
    url = f"{site}/2028/11/10/chung-ket-hoi-thi-phu-nu-ca-mau-duyen-dang-tai-nang-nam-2028/"
    today = pub + timedelta(days=1, hours=11)
    gi = lambda d: f"{dmy(d)} {d.hour % 12 or 12}:{d.minute:02d}"  # WordPress time format 'g:i' (no meridiem)

    def main(rng, rl, rd):
        body = A13.render(p=jp, img=lambda s, c, n: f'<figure class="wp-block-image size-large"><img decoding="async" src="{s}" alt="" class="wp-image-{4400 + n}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>', sep="\n")
        rel = "".join(f'<article class="post-item"><figure class="post-thumb"><img src="/wp-content/uploads/2028/10/{hexid(rng, 10)}.jpg" alt="" /></figure><div class="post-element"><h2 class="post-title"><a href="{site}/{slug(t)[:60]}/">{esc(t)}</a></h2>'
                      f'<div class="post-meta"><span class="post-date"><time datetime="{d.isoformat()}">{gi(d)}</time></span></div></div></article>' for t, d in zip(rl[:4], rd))
        cm = thread([("Lâm Thị Bé Năm", gi(pub + timedelta(minutes=47)), "Chúc mừng các chị em đạt giải, đêm thi rất hay và ý nghĩa."),
                     ("Trần Kim Thoa", gi(pub + timedelta(hours=10, minutes=3)), "Phần thi đờn ca tài tử của thí sinh số 7 quá xuất sắc!")], head="Bình luận")
        return (f'<nav class="newsmatic-breadcrumb-wrap"><div class="newsmatic-breadcrumb"><ul class="trail-items"><li class="trail-item trail-begin"><a href="{site}/"><span>Trang chủ</span></a></li>'
                f'<li class="trail-item"><a href="{site}/chuyen-muc/hoat-dong-phong-trao/"><span>Hoạt động phong trào</span></a></li><li class="trail-item trail-end"><span>{esc(A13.title)}</span></li></ul></div></nav>'
                f'<article id="post-4417" class="post-4417 post type-post status-publish format-standard has-post-thumbnail category-hoat-dong-phong-trao"><div class="post-inner"><header class="entry-header">'
                f'<ul class="post-categories"><li><a href="{site}/chuyen-muc/hoat-dong-phong-trao/" rel="category tag">Hoạt động phong trào</a></li></ul>'
                f'<h1 class="entry-title">{esc(A13.title)}</h1><div class="entry-meta"><span class="byline"> <span class="author vcard"><a class="url fn n author-link" href="{site}/author/hlhpn-camau/">hlhpn_camau</a></span></span> '
                f'<span class="post-date posted-on published"><a href="{url}" rel="bookmark"><time class="entry-date published updated" datetime="{pub.isoformat()}">{gi(pub)}</time></a></span> '
                f'<span class="read-time">3 phút đọc</span></div></header>'
                f'<div class="entry-content"><p><strong>{esc(A13.lead)}</strong></p>{body}<p style="text-align:right"><strong>Bài, ảnh: Đặng Thị Mỹ Tiên</strong></p></div>'
                f'<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="{site}/the/hoi-thi/" rel="tag">hội thi</a>, <a href="{site}/the/ao-ba-ba/" rel="tag">áo bà ba</a></span></footer></div></article>'
                f'<div class="single-related-posts-section"><h2 class="newsmatic-block-title"><span>Bài viết liên quan</span></h2><div class="related-posts-wrap">{rel}</div></div>' + cm)

    return hp("s49-13", family="women_union_wordpress_newsmatic_twelve_hour_time_without_meridiem",
              name="camau-hoilhpn-wordpress-newsmatic-breadcrumb-trail-post-categories-h1-entry-meta-account-time-g-i-without-meridiem-datetime-evening-read-time-bold-first-paragraph-wp-block-image-figcaption-bai-anh-name-tags-related-comments",
              url=url, art=A13, main_fn=main, pub=pub, prefix="nm", kb=142,
              org="Hội Liên hiệp Phụ nữ tỉnh Cà Mau", addr="Phường An Xuyên, tỉnh Cà Mau", phone="0290.3831.227",
              crumbs="", top=banner("/wp-content/uploads/2027/05/logo-hlhpn-camau.png", "Hội Liên hiệp Phụ nữ tỉnh Cà Mau"),
              side=lambda rng, p: (mostread(rng, p, gi, "Bài viết mới", "nm-latest", 6, writers=WRITERS34, numbered=False)
                                   + mostread(rng, p, gi, "Xem nhiều", "nm-popular", 6, writers=WRITERS34)),
              shell_kw={"layout": "newsmatic", "head_extra": og(A13.title, url, {"og:description": A13.lead, "article:published_time": pub.isoformat()}) + '<meta name="generator" content="WordPress 6.9" />',
                        "items": MENU_PN, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A13, iso(pub), author="Đặng Thị Mỹ Tiên", photographer="Đặng Thị Mỹ Tiên", category="Hoạt động phong trào"),
              traps={"account": ["hlhpn_camau"], "read_time": ["3 phút đọc"], "tags": ["Thẻ:", "hội thi, áo bà ba"], "related": ["Bài viết liên quan"],
                     "comments": ["Lâm Thị Bé Năm", "Chúc mừng các chị em đạt giải"], "related_titles": lambda rl: rl[:4]},
              notes="TWIST (a 12-hour time printed WITHOUT its meridiem): WordPress + Newsmatic, a women's union contest final. The site's time format is 'g:i' (12-hour, no 'a'), so the entry meta prints '10/11/2028 9:15' — and so do the related posts, the sidebar lists and the comments. The stamp's own <time class='entry-date published updated' datetime='2028-11-10T21:15:00+07:00'> says EVENING, and the page agrees: the sapo opens 'Tối 10/11' (the final was held that evening), og article:published_time is the same moment, and the first comment ('10/11/2028 10:02', i.e. 22:02) follows the post by 47 minutes. → published 2028-11-10T21:15:00+07:00. A reader taking '9:15' as printed stores 09:15 — twelve hours before the contest it reports. Rule: a 12-hour time printed without its meridiem is completed by the stamp's own datetime (with its offset) when that datetime shows the same day and the same hour modulo 12 (set 25 MAJORITY's 'machine time on the very stamp', applied to an ambiguous hour); without such a datetime it would be read as printed (set 34 rejected this case for lack of evidence; here the evidence is on the stamp). QUESTIONABLE. One <time> with 'published updated' is one stamp (set 30) → updated null. 'hlhpn_camau' is an account (set 27); 'Bài, ảnh: Đặng Thị Mỹ Tiên' → author and photographer. Bold first paragraph (lead); a figcaption. Category 'Hoạt động phong trào' (the crumb's level before the headline; the category chip agrees). The anniversary range '(20/10/1930 - 20/10/2028)' in the text is body. '3 phút đọc' is a reading time (set 31).",
              readme="TWIST WordPress + Newsmatic, a women's contest final: the time printed '9:15' WITHOUT its meridiem ('g:i') — the stamp's own datetime (and 'Tối 10/11', og, the comments) say 21:15; an account in the meta, 'Bài, ảnh: Name', a bold first paragraph, a figcaption, related posts and comments in the same 'g:i' shape")


MENU_HN = [
    ("Giới thiệu", ["Lịch sử Hội", "Ban Chấp hành", "Các chi hội"]),
    ("Hợp tác - Hữu nghị", ["Giao lưu", "Hỗ trợ lưu học sinh Lào", "Ký ức hữu nghị"]),
    ("Tư liệu", ["Ảnh tư liệu", "Văn bản"]),
]


# ===================================================================== 14 Hội Hữu nghị Việt Nam - Lào tỉnh Thanh Hóa: Joomla 3.5 under a hosting vendor's template; a TWO-DIGIT year; a foreign writer with his unit and a TRANSLATOR
A14 = Art("Ký ức về những thầy giáo Việt Nam ở Sầm Nưa",
          "Tôi bước vào lớp một năm 1979 ở một ngôi trường tranh tre bên bờ suối Nậm Xam. Người dạy tôi những chữ Lào đầu tiên lại là một thầy giáo Việt Nam: thầy Lê Văn Thọ, quê ở Thanh Hóa.",
          [("p", "Thầy Thọ cùng 11 thầy cô giáo Việt Nam sang Hủa Phăn giúp bạn xây dựng ngành giáo dục. Các thầy ở trong những căn nhà sàn của dân bản, ban ngày dạy trẻ con, buổi tối dạy chữ cho người lớn dưới ánh đèn dầu."),
           ("p", "Tôi còn nhớ mùa đông năm ấy rất rét, thầy lấy chiếc áo bông bộ đội của mình khoác cho đứa học trò mặc áo mỏng. Cả lớp chúng tôi đứa nào cũng được thầy vá áo, cắt tóc, dạy cách giữ vở sạch."),
           ("img", "/images/2028/11/thay-tro-sam-nua-1980.jpg", "Thầy giáo Lê Văn Thọ (hàng sau, thứ hai từ trái) cùng học sinh Trường Tiểu học Nậm Xam năm 1980 (ảnh tư liệu gia đình)"),
           ("p", "Năm 2027, sau gần 50 năm, tôi tìm được thầy ở xã Quảng Phú, Thanh Hóa. Thầy đã 78 tuổi, tóc bạc trắng, nhưng vẫn nói được tiếng Lào và nhớ tên từng đứa học trò nghịch ngợm ngày ấy."),
           ("p", "Những người thầy như thầy Thọ đã gieo vào lòng bao thế hệ học sinh Lào tình cảm đặc biệt với Việt Nam. Chúng tôi, những học trò năm xưa, mãi biết ơn các thầy.")])


def page14():
    pub = T("2028-11-13 08:30")
    site = "https://huunghivietlao.thanhhoa.org.vn"
    url = f"{site}/index.php/hop-tac-huu-nghi/ky-uc-huu-nghi/418-ky-uc-ve-nhung-thay-giao-viet-nam-o-sam-nua"
    today = pub + timedelta(days=4, hours=2)
    yy = lambda d: d.strftime("%d/%m/%y %H:%M")

    def main(rng, rl, rd):
        body = A14.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" width="600" /></p><p style="text-align:center"><em>{esc(c)}</em></p>', sep="\n")
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">{esc(A14.title)}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="createdby" itemprop="author"><span itemprop="name">Viết bởi Super User</span></dd>'
                f'<dd class="category-name">Danh mục: <a href="{site}/index.php/hop-tac-huu-nghi/ky-uc-huu-nghi" itemprop="genre">Ký ức hữu nghị</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> <time datetime="{pub.isoformat()}" itemprop="datePublished">Ngày đăng: {yy(pub)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye-open"></span> Lượt xem: 95</dd></dl>'
                f'<div itemprop="articleBody"><p><strong>{esc(A14.lead)}</strong></p>{body}'
                f'<p style="text-align:right"><strong>Bun-thăn Xổm-phon-vi-lay, Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn</strong></p>'
                f'<p style="text-align:right"><em>Người dịch: Lương Thị Hoài</em></p></div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="{site}/index.php/hop-tac-huu-nghi/ky-uc-huu-nghi/417" rel="prev">&lt; Trước</a></li><li class="next"><a href="{site}/index.php/hop-tac-huu-nghi/ky-uc-huu-nghi/419" rel="next">Tiếp &gt;</a></li></ul></div>')

    side = lambda rng, p: ('<div class="moduletable"><h3>Bài mới</h3>' + lst(site, "/index.php/", list(zip(heads14(rng, 6), [p - timedelta(days=i * 3 + 1, hours=i) for i in range(6)])), yy, cls="latestnews", head="", start=400) + '</div>'
                           + mostread(rng, p, yy, "Đọc nhiều", "nh35-most", 6, writers=WRITERS34))
    return hp("s49-14", family="friendship_association_joomla35_vendor_template_two_digit_year_translator",
              name="thanhhoa-hoihuunghivietlao-joomla35-hosting-vendor-template-com-content-page-header-h2-article-info-viet-boi-super-user-danh-muc-ngay-dang-dd-mm-yy-hh-mm-bold-first-paragraph-em-caption-foreign-writer-comma-unit-nguoi-dich-translator",
              url=url, art=A14, main_fn=main, pub=pub, prefix="nh35", kb=124,
              org="Hội Hữu nghị Việt Nam - Lào tỉnh Thanh Hóa", addr="Phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.908",
              crumbs=f'<ul class="breadcrumb"><li><a href="{site}/" class="pathway">Trang chủ</a><span class="divider">/</span></li><li><a href="{site}/index.php/hop-tac-huu-nghi" class="pathway">Hợp tác - Hữu nghị</a><span class="divider">/</span></li><li><a href="{site}/index.php/hop-tac-huu-nghi/ky-uc-huu-nghi" class="pathway">Ký ức hữu nghị</a></li></ul>',
              top=banner("/images/logo-hoihuunghi.png", "Hội Hữu nghị Việt Nam - Lào tỉnh Thanh Hóa"), side=side,
              shell_kw={"layout": "j35nh", "head_extra": og(A14.title, url, {"og:description": A14.lead}) + '<meta name="generator" content="Joomla! - Open Source Content Management" />',
                        "items": MENU_HN, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A14, iso(pub), author="Bun-thăn Xổm-phon-vi-lay", unit="Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn", category="Ký ức hữu nghị"),
              traps={"translator": ["Người dịch: Lương Thị Hoài"], "account": ["Viết bởi Super User"], "meta": ["Lượt xem: 95"], "pager": ["< Trước", "Tiếp >"]},
              notes="Joomla 3.5 (com_content's article view under a hosting vendor's template: the page-header h2, dl.article-info 'Chi tiết / Viết bởi Super User / Danh mục: Ký ức hữu nghị / Ngày đăng: 13/11/28 08:30 / Lượt xem: 95', a bold first paragraph, the text, the credits, prev / next). A Lao writer's memoir of his Vietnamese teacher, translated. The site's date format is 'd/m/y H:i': '13/11/28 08:30' → published 2028-11-13T08:30 (a TWO-DIGIT year is 20yy, set 36; the <time datetime> agrees). Bold first paragraph (lead, sets 30–31). 'Viết bởi Super User' is an account (set 46). Credits: bold right 'Bun-thăn Xổm-phon-vi-lay, Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn' (the WRITER and his organisation, joined by a comma) and italic 'Người dịch: Lương Thị Hoài' (the translator) → author 'Bun-thăn Xổm-phon-vi-lay', author_unit 'Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn'; the translator is a role, not the author (set 8: 'Translated by …' beside a named writer; set 23 left the choice open when BOTH were named, and credited a translator only when the original was unsigned). QUESTIONABLE (a reader could take the translator as the person answerable for the Vietnamese text). The teacher in the headline and the caption is a subject; the caption's '(ảnh tư liệu gia đình)' names no photographer. Category 'Ký ức hữu nghị' (the crumb's last level; 'Danh mục:' agrees, label dropped).",
              readme="Joomla 3.5 under a hosting vendor's template, a Lao writer's memoir: 'Ngày đăng: dd/mm/yy HH:MM' (TWO-DIGIT year), 'Viết bởi Super User' (account), a bold first paragraph, the foreign WRITER 'Name, unit' and a 'Người dịch:' TRANSLATOR (not the author)")


MENU_LG = [
    ("Giới thiệu", ["Lịch sử Hội", "Ban Chấp hành", "Trung tâm Tư vấn pháp luật"]),
    ("Tin tức", ["Hoạt động Hội", "Tư vấn pháp luật", "Trợ giúp pháp lý", "Phổ biến pháp luật"]),
    ("Hỏi - đáp pháp luật", ["Đất đai", "Hôn nhân - Gia đình", "Dân sự"]),
    ("Văn bản", ["Văn bản pháp luật mới", "Văn bản của Hội"]),
]


# ===================================================================== 15 Hội Luật gia tỉnh Lào Cai: Drupal 7 + Corporate Clean; worded months (month first) for the publication and the update; a caption ABOVE its picture; 'LS.' kept
A15 = Art("Tư vấn pháp luật miễn phí cho 160 người dân xã Bảo Thắng",
          "Ngày 12/11, Trung tâm Tư vấn pháp luật thuộc Hội Luật gia tỉnh phối hợp với Ủy ban nhân dân xã Bảo Thắng tổ chức buổi tư vấn pháp luật miễn phí cho người dân trên địa bàn.",
          [("p", "Trong buổi sáng, 160 lượt người dân đã được các luật gia, luật sư giải đáp trực tiếp 74 câu hỏi, tập trung vào các lĩnh vực đất đai, thừa kế, hôn nhân và gia đình, hợp đồng vay tiền."),
           ("p", "Nhiều trường hợp phức tạp về tranh chấp ranh giới đất, chia thừa kế quyền sử dụng đất được luật sư hướng dẫn trình tự hòa giải ở cơ sở và chuẩn bị hồ sơ khởi kiện nếu hòa giải không thành."),
           ("img", "/sites/default/files/2028-11/tu-van-phap-luat-bao-thang.jpg", "Luật sư tư vấn cho người dân xã Bảo Thắng về thủ tục chia thừa kế"),
           ("p", "Bên lề buổi tư vấn, Trung tâm cấp phát 500 tờ gấp về phòng, chống lừa đảo qua mạng và hướng dẫn người dân cài đặt ứng dụng định danh điện tử."),
           ("p", "Từ đầu năm đến nay, Trung tâm Tư vấn pháp luật đã tổ chức 18 buổi tư vấn lưu động tại các xã vùng cao, tư vấn cho hơn 2.300 lượt người.")])


def page15():
    pub = T("2028-11-14 10:45")
    upd = T("2028-11-15 08:20")
    site = "https://hoiluatgia.laocai.gov.vn"
    url = f"{site}/tu-van-phap-luat/tu-van-phap-luat-mien-phi-cho-160-nguoi-dan-xa-bao-thang"
    today = pub + timedelta(days=2, hours=4)
    lf = lambda d: f"{wd(d)}, Tháng {MONTHS[d.month - 1]} {d.day}, {d.year} - {hm(d)}"

    def main(rng, rl, rd):
        body = A15.render(p=jp, img=lambda s, c, n: f'<div class="field field-name-field-image-caption"><div class="field-item even">{esc(c)}</div></div><div class="field field-name-field-image"><img typeof="foaf:Image" src="{s}" width="720" height="480" alt="" /></div>', sep="\n")
        return (f'<div id="node-2206" class="node node-article node-full clearfix" about="/tu-van-phap-luat/tu-van-phap-luat-mien-phi-cho-160-nguoi-dan-xa-bao-thang" typeof="sioc:Item foaf:Document">'
                f'<h1 class="title" id="page-title">{esc(A15.title)}</h1>'
                f'<div class="submitted"><span property="dc:date dc:created" content="{pub.isoformat()}" datatype="xsd:dateTime">{lf(pub)}</span></div>'
                f'<div class="field field-name-field-sapo"><div class="field-item even"><strong>{esc(A15.lead)}</strong></div></div>'
                f'<div class="field field-name-body"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>'
                f'<div class="field field-name-field-tac-gia field-label-inline clearfix"><div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item even">LS. Nguyễn Hữu Phước</div></div></div>'
                f'<div class="field field-name-field-don-vi field-label-inline clearfix"><div class="field-label">Đơn vị:&nbsp;</div><div class="field-items"><div class="field-item even">Đoàn Luật sư tỉnh</div></div></div>'
                f'<div class="changed">Cập nhật lần cuối: {lf(upd)}</div>'
                f'<div class="field field-name-field-tags field-label-above"><div class="field-label">Từ khóa:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/tu-van-luu-dong">tư vấn lưu động</a></div></div></div>'
                + sharebar("cc-share") + '</div>'
                + related_same(site, "/tu-van-phap-luat/", list(zip(rl[:5], rd)), lf, "Bài viết cùng chuyên mục", "block-related", 2100))

    return hp("s49-15", family="lawyers_association_drupal7_corporate_clean_worded_months_caption_above",
              name="laocai-hoiluatgia-drupal7-corporate-clean-breadcrumb-tu-van-phap-luat-h1-submitted-weekday-thang-month-words-day-year-dash-hh-mm-field-sapo-caption-field-above-image-tac-gia-ls-don-vi-fields-cap-nhat-lan-cuoi-words",
              url=url, art=A15, main_fn=main, pub=pub, prefix="cc7", kb=132,
              org="Hội Luật gia tỉnh Lào Cai", addr="Phường Lào Cai, tỉnh Lào Cai", phone="0214.3820.553",
              crumbs=f'<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="{site}/">Trang chủ</a> » <a href="{site}/tin-tuc">Tin tức</a> » <a href="{site}/tu-van-phap-luat">Tư vấn pháp luật</a></div>',
              top=banner("/sites/all/themes/corporateclean/logo.png", "Hội Luật gia tỉnh Lào Cai"),
              side=side_heavy(lf, "Bài viết mới", "cc7-new", second="Đọc nhiều", n=6),
              shell_kw={"layout": "d7corpclean", "head_extra": og(A15.title, url, {"og:description": A15.lead}) + '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />',
                        "items": MENU_LG, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A15, iso(pub), iso(upd), author="LS. Nguyễn Hữu Phước", unit="Đoàn Luật sư tỉnh", category="Tư vấn pháp luật"),
              traps={"tags": ["Từ khóa:"], "after_text": ["Bài viết cùng chuyên mục"], "related": lambda rl: rl[:5]},
              notes="Drupal 7 under the Corporate Clean theme (#header-top with a day line, the breadcrumb 'Trang chủ » Tin tức » Tư vấn pháp luật', h1#page-title, div.submitted, field_sapo, the body field, inline fields 'Tác giả:' / 'Đơn vị:', a 'Cập nhật lần cuối' line, tags, a related block whose stamps are printed in the item's shape). A free legal-advice day in a commune. Drupal's vi long format is month first IN WORDS: 'Thứ Ba, Tháng Mười Một 14, 2028 - 10:45' → published 2028-11-14T10:45 (set 36; the RDFa content agrees); 'Cập nhật lần cuối: Thứ Tư, Tháng Mười Một 15, 2028 - 08:20' → updated 2028-11-15T08:20. The sapo field (bold) is the lead. The image field's CAPTION is printed ABOVE the picture (the caption field placed before the image field in the content type's display) → a caption (set 35). 'Tác giả: LS. Nguyễn Hữu Phước' → author 'LS. Nguyễn Hữu Phước' (the professional title kept, set 28); 'Đơn vị: Đoàn Luật sư tỉnh' → unit (set 13). Category 'Tư vấn pháp luật' (the crumb's last level).",
              readme="Drupal 7 + Corporate Clean, a legal-advice day: 'Thứ Ba, Tháng Mười Một 14, 2028 - HH:MM' and 'Cập nhật lần cuối: …' (worded months, month first), a sapo field, an image CAPTION printed ABOVE its picture, 'Tác giả: LS. Name' + 'Đơn vị:' fields")


# ===================================================================== 16 Báo và Phát thanh, Truyền hình Lạng Sơn: a press CMS's 'Ghi nhanh' view; a form kicker; 'Nhóm PV' (a group byline); an update stamp
A16 = Art("Cửa khẩu Hữu Nghị nhộn nhịp trong ngày đầu vận hành luồng hàng hóa thông minh",
          "Ngày 15/11, luồng hàng hóa thông minh tại cửa khẩu quốc tế Hữu Nghị chính thức vận hành. Ngay trong ngày đầu, hàng trăm lượt xe hàng xuất nhập khẩu đã được thông quan nhanh chóng qua hệ thống tự động.",
          [("p", "Từ 7 giờ sáng, các xe container chở nông sản, hàng điện tử lần lượt đi qua cổng kiểm soát tự động. Hệ thống camera nhận diện biển số, cân điện tử và máy soi container kết nối dữ liệu với cơ quan hải quan, biên phòng, kiểm dịch."),
           ("p", "Anh Hoàng Văn Tuấn, lái xe chở sầu riêng từ Đắk Lắk, cho biết: “Trước đây phải chờ làm thủ tục cả buổi, hôm nay chỉ mất khoảng 20 phút là xe đã qua khu kiểm soát”."),
           ("img", "/uploads/2028/11/16/luong-hang-hoa-thong-minh-huu-nghi.jpg", "Xe container qua cổng kiểm soát tự động tại cửa khẩu quốc tế Hữu Nghị"),
           ("p", "Theo Ban Quản lý Khu kinh tế cửa khẩu, đến 17 giờ, đã có 612 lượt phương tiện xuất nhập khẩu qua cửa khẩu, tăng khoảng 30% so với ngày thường; thời gian thông quan trung bình giảm hơn một nửa."),
           ("p", "Trong những ngày tới, các lực lượng chức năng tiếp tục theo dõi, điều chỉnh quy trình để hệ thống vận hành ổn định, sẵn sàng cho cao điểm xuất khẩu nông sản cuối năm.")])


def page16():
    pub = T("2028-11-16 06:45")
    upd = T("2028-11-16 11:20")
    site = "https://baolangson.vn"
    url = f"{site}/kinh-te/202811/cua-khau-huu-nghi-nhon-nhip-trong-ngay-dau-van-hanh-luong-hang-hoa-thong-minh-4c7e2a1/"
    today = pub + timedelta(hours=9)
    fmt = lambda d: f"{wd(d)}, {dmy(d)} - {hm(d)}"

    def main(rng, rl, rd):
        body = A16.render(p=jp, img=fig, sep="\n")
        return (f'<div class="gn-article"><div class="gn-kicker">GHI NHANH</div><h1 class="gn-title">{esc(A16.title)}</h1>'
                f'<div class="gn-meta"><span class="gn-date">{fmt(pub)}</span> <span class="gn-upd">Cập nhật: {fmt(upd)}</span></div>'
                f'<h2 class="gn-sapo"><em><strong>{esc(A16.lead)}</strong></em></h2><div class="gn-byline"><strong>Nhóm PV</strong></div>'
                f'<div class="gn-body">{body}</div>' + sharebar("gn-share")
                + f'<div class="gn-tags">Tags: <a href="{site}/tags/cua-khau-huu-nghi">Cửa khẩu Hữu Nghị</a> <a href="{site}/tags/thong-quan">thông quan</a></div></div>'
                + related_same(site, "/kinh-te/202811/", list(zip(rl[:6], rd)), fmt, "Tin liên quan", "gn-related", 4000))

    return hp("s49-16", family="merged_press_agency_ghi_nhanh_view_group_byline",
              name="langson-baophatthanhtruyenhinh-press-cms-ghi-nhanh-view-crumb-kinh-te-form-kicker-h1-weekday-dd-mm-yyyy-dash-hh-mm-cap-nhat-h2-bold-italic-sapo-group-byline-nhom-pv-under-sapo-figure-tags-related",
              url=url, art=A16, main_fn=main, pub=pub, prefix="gn", kb=160,
              org="Báo và Phát thanh, Truyền hình Lạng Sơn", addr="Phường Lương Văn Tri, tỉnh Lạng Sơn", phone="0205.3812.546",
              crumbs=crumbs_of(site, ["Kinh tế"]), top=banner("/images/logo-baolangson.svg", "Báo và Phát thanh, Truyền hình Lạng Sơn"),
              side=side_heavy(fmt, "Đọc nhiều", "gn-most", second="Mới nhất", n=6),
              shell_kw={"layout": "press_ghinhanh", "head_extra": heavy_head(R(116), url, A16.title, A16.lead, pub, "Báo và Phát thanh, Truyền hình Lạng Sơn", author="Nhóm PV", upd=upd, section="Kinh tế"),
                        "items": MEGA, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A16, iso(pub), iso(upd), author="Nhóm PV", category="Kinh tế"),
              traps={"kicker": ["GHI NHANH"], "tags": ["Tags:"], "after_text": ["Tin liên quan"], "related": lambda rl: rl[:6]},
              notes="A merged press agency's CMS, the 'Ghi nhanh' (quick-notes) view: the form kicker 'GHI NHANH', the h1, 'Thứ Năm, 16/11/2028 - 06:45' + 'Cập nhật: Thứ Năm, 16/11/2028 - 11:20', an h2 bold italic sapo, the GROUP byline 'Nhóm PV' under the sapo, the text, tags, 'Tin liên quan' with stamps in the item's shape. A border gate's first day of smart clearance. → published 2028-11-16T06:45, updated 2028-11-16T11:20. The h2 sapo is the lead (set 28). 'Nhóm PV' is a collective credit kept as printed (sets 26 and 29) → author 'Nhóm PV', no unit. The kicker names the form, not the section (set 27) → category 'Kinh tế' (the crumb's last level). The driver quoted is a subject.",
              readme="A press CMS's 'Ghi nhanh' view, a border gate's smart clearance: a form kicker (no category), 'Thứ Năm, dd/mm/yyyy - HH:MM' + 'Cập nhật:', an h2 sapo, the GROUP byline 'Nhóm PV' under the sapo")


MENU_TCT = [
    ("Giới thiệu", ["Lịch sử", "Ban Giám hiệu", "Các khoa, phòng"]),
    ("Đào tạo - Bồi dưỡng", ["Trung cấp lý luận chính trị", "Bồi dưỡng cán bộ", "Lịch học"]),
    ("Nghiên cứu khoa học", ["Bài nghiên cứu", "Đề tài khoa học", "Hội thảo"]),
    ("Thư viện", ["Tài liệu", "Ảnh"]),
]


# ===================================================================== 17 Trường Chính trị tỉnh Ninh Bình: Quarkus 3 + Qute; TWIST a CITATION box (and Highwire citation_* tags) built from the editor account and the last edit
A17 = Art("Nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ xã sau sắp xếp đơn vị hành chính",
          "Sau sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, nhiều chi bộ ở các đảng bộ xã có quy mô lớn hơn, thành phần đảng viên đa dạng hơn. Bài viết đánh giá thực trạng sinh hoạt chi bộ ở một số đảng bộ xã của tỉnh và đề xuất ba nhóm giải pháp nâng cao chất lượng sinh hoạt.",
          [("h", "1. Thực trạng"),
           ("p", "Khảo sát tại 24 chi bộ thôn, tổ dân phố của 6 đảng bộ xã cho thấy, 100% chi bộ duy trì sinh hoạt thường kỳ hằng tháng, 91,6% chi bộ tổ chức sinh hoạt chuyên đề ít nhất một lần mỗi quý. Tuy nhiên, nội dung sinh hoạt ở nhiều chi bộ còn nặng về thông báo, thiếu thảo luận những vấn đề cụ thể của địa phương."),
           ("p", "Số đảng viên bình quân của mỗi chi bộ tăng từ 28 lên 41 đồng chí sau sáp nhập thôn; thời gian sinh hoạt kéo dài nhưng tỷ lệ đảng viên phát biểu ý kiến giảm, nhất là đảng viên cao tuổi và đảng viên mới."),
           ("h", "2. Giải pháp"),
           ("p", "Một là, đổi mới cách chuẩn bị nội dung: cấp ủy chi bộ gửi tài liệu trước qua sổ tay đảng viên điện tử, lựa chọn một hoặc hai vấn đề trọng tâm để thảo luận sâu trong mỗi kỳ sinh hoạt."),
           ("p", "Hai là, nâng cao năng lực của bí thư chi bộ, đặc biệt là kỹ năng điều hành sinh hoạt và giải quyết những vấn đề phát sinh ở cơ sở; Trường Chính trị tỉnh mở các lớp bồi dưỡng chuyên sâu cho bí thư chi bộ theo từng nhóm đối tượng."),
           ("p", "Ba là, gắn đánh giá chất lượng sinh hoạt chi bộ với kết quả thực hiện nhiệm vụ chính trị của thôn, tổ dân phố, tránh đánh giá hình thức.")])


def page17():
    pub = T("2028-11-18 10:30")
    edit = T("2028-11-21 16:02")
    crawl = T("2028-11-27 09:14")
    site = "https://truongchinhtri.ninhbinh.gov.vn"
    url = f"{site}/nghien-cuu/bai-viet/nang-cao-chat-luong-sinh-hoat-chi-bo-o-cac-dang-bo-xa-sau-sap-xep-don-vi-hanh-chinh-1187"
    fdate = lambda d: f"{wd(d)}, {d.day} tháng {d.month}, {d.year}"
    account = "bientap.tct"
    cite = (f'{account} (2028, ngày {edit.day} tháng {edit.month}). “{A17.title}”. Trường Chính trị tỉnh Ninh Bình. Truy cập ngày {dmy(crawl)}, từ {url}')

    def main(rng, rl, rd):
        body = A17.render(p=jp, h=lambda t: f'<h3 class="qk-sub">{esc(t)}</h3>', sep="\n")
        return (f'<div class="qk-article" data-id="1187"><div class="qk-section-label">Nghiên cứu khoa học</div><h1 class="qk-title">{esc(A17.title)}</h1>'
                f'<div class="qk-meta"><span class="qk-date">{fdate(pub)} · {hm(pub)}</span> <span class="qk-views">Lượt xem: 604</span></div>'
                f'<div class="qk-abstract"><strong class="qk-label">Tóm tắt:</strong> <em>{esc(A17.lead)}</em></div>'
                f'<div class="qk-keywords"><strong>Từ khóa:</strong> sinh hoạt chi bộ; đảng bộ xã; chính quyền địa phương hai cấp</div>'
                f'<div class="qk-body">{body}<p style="text-align:right"><strong>ThS. Nguyễn Thị Hồng Vân - Khoa Xây dựng Đảng</strong></p></div>'
                f'<div class="qk-cite"><h4>Trích dẫn bài viết</h4><p class="qk-cite-text">{esc(cite)}</p><button type="button" class="btn btn-sm btn-outline-secondary" data-copy="cite">Sao chép trích dẫn</button>'
                f' <a class="qk-ris" href="{site}/nghien-cuu/bai-viet/1187/cite.ris">Tải RIS</a></div>'
                + sharebar("qk-share") + '</div>'
                + related_same(site, "/nghien-cuu/bai-viet/", list(zip(rl[:5], rd)), lambda d: f"{fdate(d)} · {hm(d)}", "Bài nghiên cứu khác", "qk-related", 1150))

    hw = (f'<meta name="citation_title" content="{esc(A17.title, True)}" /><meta name="citation_author" content="{account}" />'
          f'<meta name="citation_publication_date" content="{edit.strftime("%Y/%m/%d")}" /><meta name="citation_publisher" content="Trường Chính trị tỉnh Ninh Bình" />'
          f'<meta name="citation_language" content="vi" /><meta name="citation_abstract_html_url" content="{url}" />')
    return hp("s49-17", family="political_school_quarkus3_qute_citation_box",
              name="ninhbinh-truongchinhtri-quarkus3-qute-crumb-bai-nghien-cuu-section-label-h1-java-full-date-weekday-d-thang-m-comma-yyyy-dot-hh-mm-tom-tat-abstract-lead-keywords-h3-subheadings-degree-name-dash-faculty-citation-box-highwire-tags-account-last-edit",
              url=url, art=A17, main_fn=main, pub=pub, prefix="qk", kb=138,
              org="Trường Chính trị tỉnh Ninh Bình", addr="Phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.240",
              crumbs=crumbs_of(site, ["Nghiên cứu khoa học", "Bài nghiên cứu"]), top=banner("/static/img/logo-tct.png", "Trường Chính trị tỉnh Ninh Bình"),
              side=side_heavy(lambda d: f"{fdate(d)} · {hm(d)}", "Bài viết mới", "qk-new", second="Đọc nhiều", n=6),
              shell_kw={"layout": "quarkus", "head_extra": hw + og(A17.title, url, {"og:description": A17.lead}),
                        "items": MENU_TCT, "left": f"{wd(crawl)}, {dmy(crawl)}"},
              exp=expected_(A17, iso(pub), author="ThS. Nguyễn Thị Hồng Vân", unit="Khoa Xây dựng Đảng", category="Bài nghiên cứu"),
              traps={"citation": ["Trích dẫn bài viết", account, f"Truy cập ngày {dmy(crawl)}", "Sao chép trích dẫn", "Tải RIS"], "keywords": ["Từ khóa:", "sinh hoạt chi bộ; đảng bộ xã"],
                     "labels": ["Tóm tắt:"], "meta": ["Lượt xem: 604"], "after_text": ["Bài nghiên cứu khác"], "related": lambda rl: rl[:5]},
              notes="TWIST (a citation box built from the account and the last edit): Quarkus 3 with Qute templates, a provincial political school's portal; a research article. The item prints 'Thứ Bảy, 18 tháng 11, 2028 · 10:30' (Java's vi FULL date + HH:mm) → published 2028-11-18T10:30, and the signature 'ThS. Nguyễn Thị Hồng Vân - Khoa Xây dựng Đảng' → author 'ThS. Nguyễn Thị Hồng Vân' (degree kept), author_unit 'Khoa Xây dựng Đảng'. Under the text, a 'Trích dẫn bài viết' box offers a ready-made reference: 'bientap.tct (2028, ngày 21 tháng 11). “…”. Trường Chính trị tỉnh Ninh Bình. Truy cập ngày 27/11/2028, từ …', and the head carries Highwire tags (citation_author 'bientap.tct', citation_publication_date '2028/11/21') — the vendor fills both from the record's LAST EDITOR account and LAST-MODIFIED day, and the access day is the crawl day (the header clock agrees). None of it is the item's: author stays the signature (an account is no author, sets 27 and 34; machine metadata is a fall-back only, sets 14 and 29); published stays the printed stamp (the citation's day is neither the publication nor a printed update of the item: updated_at null); the access day is a crawl moment (set 29); the box is not body (set 24). A reader — or a researcher — that trusts the 'cite this' block stores an account as author and a day three days late. NEW (set 49). The 'Tóm tắt:' abstract the school wrote is the lead without its label (set 27); the 'Từ khóa:' line is not body; the h3 sub-headings are body. Category 'Bài nghiên cứu' (the crumb's last level; the section label 'Nghiên cứu khoa học' is its parent).",
              readme="TWIST Quarkus 3 + Qute (a stack no set had used), a political school's research article: 'Thứ Bảy, 18 tháng 11, 2028 · HH:MM', a 'Tóm tắt:' abstract (lead), h3 sub-headings, 'ThS. Name - faculty', and a 'Trích dẫn bài viết' box + Highwire citation_* tags naming the EDITOR ACCOUNT and the LAST-EDIT day (and the access day) — none of it the item's")


MENU_PRESS = [
    ("Thời sự", ["Chính trị", "Xây dựng Đảng", "Quốc phòng - An ninh"]),
    ("Kinh tế", ["Đầu tư", "Du lịch", "Nông nghiệp"]),
    ("Xã hội", ["Giáo dục", "Y tế", "Lao động - Việc làm"]),
    ("Văn hóa", ["Di sản", "Văn nghệ"]),
    ("Multimedia", ["Video", "Podcast", "Ảnh"]),
]


# ===================================================================== 18 Báo và Phát thanh, Truyền hình thành phố Huế: Go (Fiber v2 + html/template); TWIST the meta row's labels are drawn only by CSS, the UPDATE printed before the publication
A18 = Art("Huế tuyên dương 120 nhà giáo tiêu biểu nhân Ngày Nhà giáo Việt Nam 20/11",
          "Chiều 20/11, Ủy ban nhân dân thành phố tổ chức lễ tuyên dương 120 nhà giáo tiêu biểu năm học 2027 - 2028, trong đó có 36 nhà giáo công tác ở các xã vùng núi A Lưới và vùng đầm phá.",
          [("p", "Các nhà giáo được tuyên dương đều có thành tích nổi bật trong giảng dạy, đổi mới phương pháp, bồi dưỡng học sinh giỏi và giúp đỡ học sinh có hoàn cảnh khó khăn. Nhiều thầy cô đã có trên 20 năm gắn bó với các điểm trường lẻ."),
           ("img", "/media/2028/11/20/tuyen-duong-nha-giao-hue.jpg", "Lãnh đạo thành phố trao Bằng khen cho các nhà giáo tiêu biểu"),
           ("p", "Cô Hồ Thị Hoa, giáo viên Trường Tiểu học và Trung học cơ sở Hồng Thượng, xã A Lưới 2, chia sẻ: “Điều hạnh phúc nhất là thấy học trò của mình đọc thông viết thạo, nhiều em đã vào đại học rồi quay về dạy học ở bản”."),
           ("p", "Dịp này, thành phố trao 200 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn vượt khó học giỏi."),
           ("p", "Năm học 2027 - 2028, ngành giáo dục thành phố có 74 học sinh đoạt giải quốc gia; tỷ lệ trường đạt chuẩn quốc gia đạt 86,4%.")])


def page18():
    pub = T("2028-11-20 19:30")
    upd = T("2028-11-21 08:15")
    site = "https://huetv.vn"
    url = f"{site}/xa-hoi/giao-duc/hue-tuyen-duong-120-nha-giao-tieu-bieu-nhan-ngay-nha-giao-viet-nam-20-11-a31877.html"
    today = pub + timedelta(days=1, hours=3)
    st = lambda d: f"{dmy(d)} {hm(d)}"

    def main(rng, rl, rd):
        body = A18.render(p=jp, img=fig, sep="\n")
        return (f'<article class="gf-article" data-id="31877"><h1 class="gf-title">{esc(A18.title)}</h1>'
                f'<div class="gf-meta"><time class="gf-upd" datetime="{upd.isoformat()}">{st(upd)}</time> <time class="gf-pub" datetime="{pub.isoformat()}">{st(pub)}</time></div>'
                f'<p class="gf-sapo"><strong>{esc(A18.lead)}</strong></p><div class="gf-body">{body}'
                f'<p class="gf-credit" style="text-align:right"><strong>Bài: Hoài Thương | Ảnh: Minh Phú</strong></p></div>' + sharebar("gf-share") + '</article>'
                + related_same(site, "/xa-hoi/giao-duc/", list(zip(rl[:6], rd)), st, "Cùng chuyên mục", "gf-related", 31800))

    css_labels = ('<style>.gf-meta{display:flex;gap:1rem;color:#6b6b6b;font-size:.85rem}.gf-meta time::before{font-weight:600;margin-right:.25rem}'
                  '.gf-meta .gf-upd::before{content:"Cập nhật:"}.gf-meta .gf-pub::before{content:"Đăng:"}.gf-meta .gf-upd{order:2}.gf-meta .gf-pub{order:1}</style>')
    return hp("s49-18", family="merged_press_agency_go_fiber_css_only_stamp_labels",
              name="hue-baophatthanhtruyenhinh-go-fiber-html-template-crumb-giao-duc-h1-meta-row-two-times-labels-by-css-before-update-printed-first-publication-second-bold-sapo-figure-bai-pipe-anh-credit",
              url=url, art=A18, main_fn=main, pub=pub, prefix="gf", kb=146,
              org="Báo và Phát thanh, Truyền hình thành phố Huế", addr="Phường Thuận Hóa, thành phố Huế", phone="0234.3822.441",
              crumbs=crumbs_of(site, ["Xã hội", "Giáo dục"]), top=banner("/static/img/logo-huetv.svg", "Báo và Phát thanh, Truyền hình thành phố Huế"),
              side=side_heavy(st, "Đọc nhiều", "gf-most", second="Mới nhất", n=6),
              shell_kw={"layout": "gofiber", "head_extra": css_labels + heavy_head(R(118), url, A18.title, A18.lead, pub, "Báo và Phát thanh, Truyền hình thành phố Huế", author="Hoài Thương", upd=upd, section="Giáo dục"),
                        "items": MENU_PRESS, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A18, iso(pub), iso(upd), author="Hoài Thương", photographer="Minh Phú", category="Giáo dục"),
              traps={"after_text": ["Cùng chuyên mục"], "related": lambda rl: rl[:6]},
              notes="TWIST (the stamps' labels exist only in CSS, the update printed first): Go (Fiber v2, html/template), a merged press agency's newsroom front end; a teachers' day ceremony. The meta row's HTML is two bare <time> elements — '21/11/2028 08:15' (class gf-upd) then '20/11/2028 19:30' (class gf-pub) — and the words a reader sees come from the stylesheet in the head: '.gf-upd::before{content:\"Cập nhật:\"}', '.gf-pub::before{content:\"Đăng:\"}', with flex 'order' putting 'Đăng: 20/11/2028 19:30' FIRST on screen and 'Cập nhật: 21/11/2028 08:15' second. → published 2028-11-20T19:30, updated 2028-11-21T08:15 (each stamp is what its label says, set 34; the labels are printed, by CSS — what a reader sees counts, sets 26 and 29 in the other direction; the datetime attributes and JSON-LD agree). A reader without CSS takes the first date in the markup (the update) as the publication and stores the item a day late, the update null or earlier than the publication. Set 41's candidate, waiting since. NEW (set 49). Bold sapo (lead); a figure. 'Bài: Hoài Thương | Ảnh: Minh Phú' → author 'Hoài Thương', photographer 'Minh Phú' (a pipe between labelled credits, set 35). The date in the headline is the occasion (set 37). Category 'Giáo dục' (the crumb's last level). The teacher quoted is a subject.",
              readme="TWIST Go (Fiber v2 + html/template; a stack no set had used), a teachers' day ceremony: two bare <time> stamps whose LABELS exist only in CSS (::before 'Cập nhật:' / 'Đăng:'), the UPDATE first in the markup, flex order puts the publication first on screen; 'Bài: A | Ảnh: B'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
