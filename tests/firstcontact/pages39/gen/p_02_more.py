"""Set 39 pages 10-18: three more common products in variants sets 26-38 did not use (the '.dcs.vn' platform's Q&A
section, a press CMS's print preview (TWIST: a place in the byline's parentheses), a commune sub-site on a province's
shared ASP.NET Core platform (TWIST: a phone headline before the desktop h1)) and six stacks no set had used (Jahia 8,
ExpressionEngine 7, Kirby 4, a Zalo Official Account article, Nhanh.vn, Textpattern 4.8)."""
from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug
from .shell import MENU_MASS
from .p_01_pages import quick, jp, fig, expected_, others, side_of, dmyhm


# ===================================================================== 10 Tỉnh ủy Thái Nguyên: the '.dcs.vn' Q&A section; an asker who is not the author; '(tổng hợp)'
A10 = Art("Đảng viên đi làm việc ở tỉnh khác trong thời gian dài thì chuyển sinh hoạt đảng tạm thời như thế nào?",
          None,
          [("h", "Câu hỏi"),
           ("p", "Tôi là đảng viên chi bộ xóm, nay được doanh nghiệp cử đi làm việc tại một công trình ở tỉnh khác trong thời gian khoảng 10 tháng. Xin hỏi tôi có phải chuyển sinh hoạt đảng tạm thời không, thủ tục thực hiện như thế nào?"),
           ("h", "Trả lời"),
           ("p", "Theo quy định hiện hành, đảng viên được cơ quan có thẩm quyền cử đi công tác, làm việc ở địa phương khác có thời gian từ 3 tháng đến dưới 1 năm thì làm thủ tục chuyển sinh hoạt đảng tạm thời đến tổ chức đảng nơi đến công tác, làm việc."),
           ("p", "Đảng viên báo cáo chi bộ nơi đang sinh hoạt; cấp ủy cơ sở giới thiệu sinh hoạt đảng tạm thời và gửi kèm bản nhận xét. Trong thời gian sinh hoạt tạm thời, đảng viên vẫn đóng đảng phí ở chi bộ sinh hoạt chính thức, trừ trường hợp được hướng dẫn khác."),
           ("p", "Khi hết thời hạn, tổ chức đảng nơi sinh hoạt tạm thời nhận xét bằng văn bản và giới thiệu đảng viên trở lại chi bộ sinh hoạt chính thức.")])


def page10():
    pub, asked = T("2026-07-08 10:30"), T("2026-07-02 08:00")
    site = "https://thainguyen.dcs.vn"
    return quick(10, family="provincial_party_committee_dcs_qa_section_asker_not_author",
                 name="thainguyen-tinhuy-dcs-vn-hoi-dap-nghiep-vu-question-h1-nguoi-hoi-name-place-ngay-gui-ngay-dang-dd-mm-yyyy-hh-mm-cau-hoi-tra-loi-headings-no-sapo-name-tong-hop",
                 url=f"{site}/hoi-dap/4417/dang-vien-di-lam-viec-o-tinh-khac-chuyen-sinh-hoat-dang-tam-thoi.html", A=A10, pub=pub, layout="dcs_qa",
                 org="Đảng bộ tỉnh Thái Nguyên", addr="Phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.622", kb=166,
                 wrap=('<div class="qa-item">', "</div>"),
                 head_html=f'<div class="qa-label">Hỏi - Đáp nghiệp vụ công tác đảng</div><h1 class="qa-title">{esc(A10.title)}</h1>',
                 meta=(f'<div class="qa-asker"><span>Người hỏi: Ma Văn Thắng (xã Phú Lương)</span> <span>Ngày gửi: {dmy(asked)}</span></div>'
                       f'<div class="qa-date">Ngày đăng: {dmy(pub)} {hm(pub)}</div>'),
                 lead_html='<div class="qa-content">', body_kw=dict(p=jp, h=lambda t: '<h3 class="qa-head">' + esc(t) + '</h3>', sep=""),
                 after='<p style="text-align:right"><strong>Minh Đức (tổng hợp)</strong></p></div>',
                 others_fn=others(site, "/hoi-dap/", "Các câu hỏi khác", dmy, "qa-other"),
                 crumbs='<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/hoi-dap">Hỏi - Đáp</a></div>',
                 exp=expected_(A10, iso(pub), author="Minh Đức", category="Hỏi - Đáp", lead=None),
                 traps={"people": ["Người hỏi: Ma Văn Thắng (xã Phú Lương)"], "dates": [f"Ngày gửi: {dmy(asked)}"], "chrome": ["Hỏi - Đáp nghiệp vụ công tác đảng", "Các câu hỏi khác"]},
                 notes="The '.dcs.vn' platform's Q&A section. The headline is the question (h1, a question mark). 'Người hỏi: Ma Văn Thắng (xã Phú Lương)' names the ASKER (a reader, not the writer) and 'Ngày gửi: 02/07/2026' is the question's day, not the item's; 'Ngày đăng: 08/07/2026 10:30' → T10:30. Body = the h3 'Câu hỏi', the question, the h3 'Trả lời' and the answer (sub-headings are body); no sapo. 'Minh Đức (tổng hợp)' → author 'Minh Đức' (set 37's '(ghi)' rule for '(tổng hợp)'). Category 'Hỏi - Đáp' (crumb).",
                 readme="The '.dcs.vn' platform's Q&A section, a question on temporary Party membership transfer: the question as h1; 'Người hỏi: Name (place)' and 'Ngày gửi:' (the asker and the question's day); 'Ngày đăng:'; 'Câu hỏi' / 'Trả lời' h3s; 'Name (tổng hợp)'")


# ===================================================================== 11 Báo Tuyên Quang: press print preview; TWIST a place in the byline's parentheses
A11 = Art("Đảng ủy xã Lâm Bình sơ kết 6 tháng thực hiện nghị quyết về phát triển du lịch cộng đồng",
          "Đảng ủy xã Lâm Bình vừa tổ chức hội nghị sơ kết 6 tháng thực hiện Nghị quyết chuyên đề về phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc Tày, Dao, Mông giai đoạn 2026 - 2030.",
          [("p", "Sáu tháng đầu năm, xã đón trên 38.000 lượt khách, tăng 27% so với cùng kỳ; doanh thu từ dịch vụ du lịch ước đạt 41 tỷ đồng. Toàn xã có 52 hộ kinh doanh homestay, trong đó 19 hộ do đảng viên làm chủ, đi đầu trong giữ gìn nhà sàn truyền thống."),
           ("img", "/media/2026/06/lam-binh-homestay.jpg", "Nhiều hộ đồng bào Tày ở Lâm Bình làm du lịch cộng đồng"),
           ("p", "Các chi bộ thôn đã đưa nội dung phát triển du lịch vào sinh hoạt định kỳ; Mặt trận và các đoàn thể vận động nhân dân giữ gìn vệ sinh môi trường, không chèo kéo khách."),
           ("p", "Hội nghị chỉ ra những hạn chế về kết nối hạ tầng, sản phẩm du lịch còn trùng lặp; thống nhất giải pháp xây dựng thêm hai tuyến trải nghiệm lòng hồ và lễ hội Lồng tông.")])


def page11():
    pub = T("2026-06-12 16:20")
    site = "https://baotuyenquang.com.vn"
    url = f"{site}/print/xay-dung-dang/dang-uy-xa-lam-binh-so-ket-6-thang-du-lich-cong-dong-218840.html"

    def img(s, c, n):
        return f'<figure class="image align-center"><img src="{s}" alt="" /><figcaption><p>{esc(c)}</p></figcaption></figure>'
    return quick(11, family="merged_press_agency_print_preview_place_in_byline_parentheses",
                 name="tuyenquang-baotq-press-cms-print-preview-category-label-above-h1-weekday-dd-mm-yyyy-dash-hh-mm-h2-sapo-figcaption-p-bold-right-name-paren-place-not-unit-address-line",
                 url=url, A=A11, pub=pub, layout="press_print",
                 org="Báo và Phát thanh, Truyền hình Tuyên Quang", addr="Số 1 đường Quang Trung, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.136", kb=104,
                 wrap=('<div class="print-article">', "</div>"),
                 head_html=f'<div class="print-cate">Xây dựng Đảng</div><h1 class="print-title">{esc(A11.title)}</h1>',
                 meta=f'<div class="print-date">{wd(pub)}, {dmy(pub)} - {hm(pub)}</div>',
                 lead_html=f'<h2 class="print-sapo">{esc(A11.lead)}</h2><div class="print-content">', body_kw=dict(p=jp, img=img, sep=""),
                 after=f'<p style="text-align:right"><strong>Vũ Minh Anh (Lâm Bình)</strong></p></div><div class="print-url">Địa chỉ bài viết: {url.replace("/print", "")}</div>',
                 crumbs="", left='<p class="print-note">Bản in từ Báo Tuyên Quang điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>',
                 exp=expected_(A11, iso(pub), author="Vũ Minh Anh", category="Xây dựng Đảng"),
                 traps={"chrome": ["Địa chỉ bài viết:", "In trang", "Bản in từ Báo Tuyên Quang điện tử"]},
                 notes="TWIST — a merged press agency's print preview (/print/…): the masthead, a category label 'Xây dựng Đảng' above the h1 (no crumb), 'Thứ Sáu, 12/06/2026 - 16:20' → T16:20, an h2 sapo → lead, figcaptions with a <p> inside. The byline 'Vũ Minh Anh (Lâm Bình)' carries a PLACE in parentheses (the correspondent's locality, the commune the story is about), not a unit → author 'Vũ Minh Anh', unit null. A reader applying the 'Name (unit)' rule stores 'Lâm Bình' as the writer's unit. QUESTIONABLE (kept waiting since set 35): a place and a unit share the shape; the page gives no label. The menu and the rails sit in a display:none block. Category from the label.",
                 readme="TWIST — a press CMS's print preview, a commune's tourism resolution review: a category label above the h1; 'Thứ Sáu, 12/06/2026 - 16:20'; an h2 sapo; figcaptions; 'Vũ Minh Anh (Lâm Bình)' — a PLACE in the byline's parentheses, not a unit")


# ===================================================================== 12 Đảng ủy xã Tân Lập: a commune sub-site on a shared ASP.NET Core platform; TWIST a phone headline before the desktop h1
A12 = Art("Đảng ủy xã Tân Lập tổ chức lễ kết nạp đảng viên mới đợt kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh",
          "Nhân kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026), Đảng ủy xã Tân Lập tổ chức lễ kết nạp 12 quần chúng ưu tú vào Đảng.",
          [("p", "Trong số 12 đảng viên mới có 7 đồng chí là đoàn viên thanh niên, 3 đồng chí là chủ trang trại, hợp tác xã và 2 đồng chí là giáo viên. Các quần chúng đều có thời gian rèn luyện, phấn đấu, được chi bộ và các đoàn thể giới thiệu."),
           ("img", "/uploads/xa-tan-lap/2026/05/ket-nap-dang-vien.jpg", "Các đảng viên mới tuyên thệ dưới cờ Đảng"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã đề nghị các đảng viên mới tiếp tục học tập, rèn luyện, gương mẫu trong lao động sản xuất và tham gia các phong trào ở thôn, bản."),
           ("p", "Từ đầu năm, Đảng ủy xã đã kết nạp 21 đảng viên, đạt 84% chỉ tiêu năm 2026.")])
MOBILE12 = "Tân Lập: Kết nạp 12 đảng viên mới"


def page12():
    pub = T("2026-05-19 15:40")
    site = "https://phutho.gov.vn"
    return quick(12, family="commune_party_shared_aspnet_core_platform_phone_headline_before_h1",
                 name="phutho-danguyxatanlap-shared-aspnetcore-portal-commune-subsite-h1-mobile-short-headline-before-desktop-h1-dd-mm-yyyy-pipe-hh-mm-italic-sapo-figcaption-name-dash-van-phong",
                 url=f"{site}/xa-tan-lap/tin-tuc/dang-uy-xa-tan-lap-ket-nap-dang-vien-moi-19-5-2026-88213.html", A=A12, pub=pub, layout="commune_core",
                 org="Đảng ủy xã Tân Lập", addr="Thôn Đồng Chằm, xã Tân Lập, tỉnh Phú Thọ", phone="0210.3870.219", kb=143,
                 wrap=('<article class="news-detail">', "</article>"),
                 head_html=f'<h1 class="news-title-mobile d-block d-md-none">{esc(MOBILE12)}</h1><h1 class="news-title d-none d-md-block">{esc(A12.title)}</h1>',
                 meta=f'<div class="news-meta"><i class="bi bi-calendar3"></i> {dmy(pub)} | {hm(pub)} <span class="views"><i class="bi bi-eye"></i> 286</span></div>',
                 lead_html=f'<div class="news-sapo"><em>{esc(A12.lead)}</em></div><div class="news-body">', body_kw=dict(p=jp, img=fig, sep=""),
                 after='<p style="text-align:right"><strong>Đinh Thị Loan - Văn phòng Đảng ủy xã</strong></p></div>',
                 crumbs='<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/xa-tan-lap">Trang chủ</a></li><li class="breadcrumb-item"><a href="/xa-tan-lap/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active">Xây dựng Đảng</li></ol></nav>',
                 exp=expected_(A12, iso(pub), author="Đinh Thị Loan", unit="Văn phòng Đảng ủy xã", category="Xây dựng Đảng"),
                 traps={"title": [MOBILE12]},
                 notes="TWIST — a commune sub-site (/xa-tan-lap/) on the province's shared ASP.NET Core portal platform. The theme prints TWO h1s: a SHORT phone headline 'Tân Lập: Kết nạp 12 đảng viên mới' (h1.d-block.d-md-none, shown only on phones) FIRST, then the full desktop headline (h1.d-none.d-md-block) → title = the full headline, the one the og:title and <title> carry. A reader taking the first h1 keeps a phone digest of the headline. '19/05/2026 | 15:40' → T15:40; the anniversary days in the sapo are not stamps. Italic sapo → lead. figcaption. 'Đinh Thị Loan - Văn phòng Đảng ủy xã' → author + unit. Category 'Xây dựng Đảng' (crumb's last level, plain text).",
                 readme="TWIST — a commune sub-site on a province's shared ASP.NET Core platform, an admission ceremony: a SHORT phone headline h1 (d-md-none) BEFORE the desktop h1; 'dd/mm/yyyy | HH:MM'; italic sapo; figcaption; 'Name - Văn phòng …'")


# ===================================================================== 13 Đảng ủy Tổng công ty (enterprise): Jahia 8; date-only publication, update with time
A13 = Art("Đảng ủy Tổng công ty học tập, quán triệt nghị quyết của Bộ Chính trị về phát triển khoa học, công nghệ",
          "Ngày 22/9, Đảng ủy Tổng công ty tổ chức hội nghị học tập, quán triệt nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số cho hơn 400 cán bộ, đảng viên.",
          [("p", "Hội nghị được tổ chức trực tiếp kết hợp trực tuyến tới 36 điểm cầu là các chi bộ, đảng bộ bộ phận trực thuộc. Các đại biểu được nghe quán triệt những nội dung cơ bản của nghị quyết và kế hoạch thực hiện của Đảng ủy cấp trên."),
           ("img", "/files/live/sites/dangbo/files/2026/09/hoi-nghi-quan-triet-nq.jpg", "Quang cảnh hội nghị tại điểm cầu chính"),
           ("p", "Đảng ủy Tổng công ty yêu cầu mỗi chi bộ xây dựng chương trình hành động cụ thể; gắn việc thực hiện nghị quyết với nhiệm vụ sản xuất, kinh doanh, nhất là làm chủ công nghệ mạng lõi và dịch vụ số."),
           ("p", "Sau hội nghị, cán bộ, đảng viên viết bài thu hoạch trên hệ thống học tập trực tuyến của Tổng công ty.")])


def page13():
    pub, upd = T("2026-09-22 00:00"), T("2026-09-23 09:15")
    return quick(13, family="enterprise_party_committee_jahia8_date_only_publication_update_time",
                 name="enterprise-dangbo-tongcongty-jahia8-jnt-news-full-view-ngay-dang-dd-mm-yyyy-date-only-cap-nhat-lan-cuoi-dd-mm-yyyy-hh-mm-plain-teaser-lead-figcaption-bai-semicolon-anh",
                 url="https://dangbo.tongcongty-vienthong.example/vi/tin-tuc/hoat-dong-dang-bo/dang-uy-tong-cong-ty-hoc-tap-quan-triet-nghi-quyet.html", A=A13, pub=pub, layout="jahia",
                 org="Đảng bộ Tổng công ty Viễn thông", addr="Số 57 phố Huỳnh Thúc Kháng, Hà Nội", phone="024.3772.8899", kb=128,
                 wrap=('<div class="jnt-news-full">', "</div>"),
                 head_html=f'<h2 class="news-title">{esc(A13.title)}</h2>',
                 meta=f'<div class="news-dates"><span class="news-date">Ngày đăng: {dmy(pub)}</span></div>',
                 lead_html=f'<div class="news-teaser"><p>{esc(A13.lead)}</p></div><div class="news-body">', body_kw=dict(p=jp, img=fig, sep=""),
                 after=f'<p style="text-align:right"><strong>Bài: Phạm Hoàng Yến; ảnh: Trịnh Quốc Bảo</strong></p></div><div class="news-lastmodified">Cập nhật lần cuối: {dmy(upd)} {hm(upd)}</div>',
                 crumbs='<ol class="breadcrumb"><li><a href="/vi/">Trang chủ</a></li><li><a href="/vi/tin-tuc.html">Tin tức</a></li><li class="active">Hoạt động Đảng bộ</li></ol>',
                 exp=expected_(A13, isod(pub), iso(upd), author="Phạm Hoàng Yến", photographer="Trịnh Quốc Bảo", category="Hoạt động Đảng bộ"),
                 traps={"chrome": ["Cập nhật lần cuối:"]},
                 notes="Jahia 8 (a Java DX platform a state corporation inherits), a vendor template's 'news' full view: an h2 headline (the page has no h1); 'Ngày đăng: 22/09/2026' (date only) → '2026-09-22'; 'Cập nhật lần cuối: 23/09/2026 09:15' after the text → updated 2026-09-23T09:15. Plain teaser → lead. figcaption. 'Bài: Phạm Hoàng Yến; ảnh: Trịnh Quốc Bảo' → author + photographer. Category 'Hoạt động Đảng bộ' (crumb).",
                 readme="Jahia 8 (a stack no set had used), an enterprise Party committee's resolution study: an h2 headline; 'Ngày đăng: dd/mm/yyyy' (date only) + 'Cập nhật lần cuối: … HH:MM' after the text; a plain teaser; 'Bài: A; ảnh: B'")


# ===================================================================== 14 Hội Luật gia tỉnh Quảng Ngãi: ExpressionEngine 7; 'Đăng lúc HH:MM, dd/mm/yyyy'; p.caption
A14 = Art("Hội Luật gia tỉnh trợ giúp pháp lý lưu động tại xã vùng cao Sơn Tây",
          "Ngày 17/10, Hội Luật gia tỉnh phối hợp với Đảng ủy xã Sơn Tây tổ chức đợt trợ giúp pháp lý lưu động, tư vấn miễn phí cho hơn 150 người dân tộc Ca Dong.",
          [("p", "Các luật gia đã tư vấn trực tiếp 47 vụ việc, chủ yếu liên quan đến đất đai, hôn nhân gia đình, thừa kế và chính sách hỗ trợ đồng bào dân tộc thiểu số; hướng dẫn người dân thủ tục cấp giấy chứng nhận quyền sử dụng đất."),
           ("img", "/images/uploads/2026/10/tro-giup-phap-ly-son-tay.jpg", "Luật gia tư vấn pháp luật cho người dân xã Sơn Tây"),
           ("p", "Dịp này, Hội trao tặng 200 cuốn sổ tay pháp luật song ngữ Việt - Ca Dong cho Ban Công tác Mặt trận các thôn."),
           ("p", "Từ đầu năm, Hội Luật gia tỉnh đã tổ chức 9 đợt trợ giúp pháp lý lưu động tại các xã miền núi, biên giới.")])


def page14():
    pub = T("2026-10-18 08:30")
    return quick(14, family="lawyers_association_expressionengine7_time_first_stamp_screen_name",
                 name="quangngai-hoiluatgia-expressionengine7-channel-entry-h1-dang-luc-hh-mm-comma-dd-mm-yyyy-screen-name-account-chuyen-muc-bold-lead-p-caption-italic-name-paren-chi-hoi",
                 url="https://hoiluatgia.quangngai.gov.vn/tin-tuc/hoi-luat-gia-tinh-tro-giup-phap-ly-luu-dong-tai-xa-son-tay", A=A14, pub=pub, layout="ee7",
                 org="Hội Luật gia tỉnh Quảng Ngãi", addr="Số 52 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi", phone="0255.3822.907", kb=112, items=MENU_MASS,
                 wrap=('<article class="entry">', "</article>"),
                 head_html=f'<h1 class="entry-title">{esc(A14.title)}</h1>',
                 meta=(f'<p class="entry-meta">Đăng lúc {hm(pub)}, {dmy(pub)} · <span class="entry-author">Biên tập viên Hội</span> · '
                       f'Chuyên mục: <a href="/tin-tuc/chuyen-muc/tro-giup-phap-ly">Trợ giúp pháp lý</a></p>'),
                 lead_html=f'<div class="entry-body"><p><b>{esc(A14.lead)}</b></p>',
                 body_kw=dict(p=jp, img=lambda s, c, n: f'<p><img src="{s}" alt="" /></p><p class="caption">{esc(c)}</p>', sep=""),
                 after='<p style="text-align:right"><em>Đinh Văn Rô (Chi hội Luật gia xã Sơn Tây)</em></p></div>',
                 crumbs='<a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a> › <a href="/tin-tuc/chuyen-muc/tro-giup-phap-ly">Trợ giúp pháp lý</a>',
                 exp=expected_(A14, iso(pub), author="Đinh Văn Rô", unit="Chi hội Luật gia xã Sơn Tây", category="Trợ giúp pháp lý"),
                 traps={"chrome": ["Biên tập viên Hội"]},
                 notes="ExpressionEngine 7 (a stack no set had used), the channel entry template: 'Đăng lúc 08:30, 18/10/2026' (time FIRST) → 2026-10-18T08:30 — the day before in the sapo ('Ngày 17/10') is the event's; 'Biên tập viên Hội' is the member screen name (an account); 'Chuyên mục: Trợ giúp pháp lý' agrees with the crumb. Bold first paragraph → lead. Caption a p.caption after the picture. Italic 'Đinh Văn Rô (Chi hội Luật gia xã Sơn Tây)' → author + unit.",
                 readme="ExpressionEngine 7 (a stack no set had used), mobile legal aid: 'Đăng lúc HH:MM, dd/mm/yyyy' (time first); a screen-name account; 'Chuyên mục:'; bold lead; p.caption; italic 'Name (unit)'")


# ===================================================================== 15 Hội Cựu TNXP tỉnh Hà Tĩnh: Kirby 4; 'dd.mm.yyyy' date; 'Người viết: A – unit' (en dash)
A15 = Art("Gặp mặt kỷ niệm 76 năm Ngày truyền thống lực lượng Thanh niên xung phong Việt Nam",
          "Ngày 14/7, Hội Cựu thanh niên xung phong tỉnh tổ chức gặp mặt kỷ niệm 76 năm Ngày truyền thống lực lượng Thanh niên xung phong Việt Nam (15/7/1950 - 15/7/2026).",
          [("p", "Tham dự buổi gặp mặt có hơn 200 hội viên là cựu thanh niên xung phong từng tham gia mở đường, vận chuyển hàng hóa trên các tuyến đường Trường Sơn và ngã ba Đồng Lộc."),
           ("p", "Các đại biểu ôn lại truyền thống vẻ vang của lực lượng thanh niên xung phong; biểu dương 34 hội viên tiêu biểu trong phong trào 'Cựu thanh niên xung phong gương mẫu, làm kinh tế giỏi'."),
           ("img", "/media/pages/tin-tuc/gap-mat-76-nam/dang-huong-dong-loc.jpg", "Hội viên dâng hương tại Khu di tích Ngã ba Đồng Lộc"),
           ("p", "Trước đó, đoàn đại biểu của Hội đã dâng hương tưởng niệm các anh hùng liệt sĩ tại Khu di tích Ngã ba Đồng Lộc.")])


def page15():
    pub = T("2026-07-14 00:00")
    return quick(15, family="former_youth_volunteers_kirby4_dotted_date_en_dash_unit",
                 name="hatinh-hoicuutnxp-kirby4-article-template-h1-time-dd-dot-mm-dot-yyyy-date-only-plain-intro-figcaption-nguoi-viet-name-en-dash-unit-anniversary-dates-in-headline",
                 url="https://cuutnxp.hatinh.example/tin-tuc/gap-mat-76-nam", A=A15, pub=pub, layout="kirby",
                 org="Hội Cựu thanh niên xung phong tỉnh Hà Tĩnh", addr="Số 8 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.730", kb=98, items=MENU_MASS,
                 wrap=('<article class="article">', "</article>"),
                 head_html=f'<header class="article-header"><h1 class="h1">{esc(A15.title)}</h1>',
                 meta=f'<time class="article-date" datetime="{isod(pub)}">{pub.day:02d}.{pub.month:02d}.{pub.year}</time></header>',
                 lead_html=f'<div class="article-intro text"><p>{esc(A15.lead)}</p></div><div class="text">', body_kw=dict(p=lambda t: f"<p>{esc(t)}</p>", img=fig, sep=""),
                 after='<p class="article-author">Người viết: Hà Văn Lộc – Hội Cựu TNXP xã Thạch Hà</p></div>',
                 crumbs='<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin hoạt động</a></li></ol></nav>',
                 exp=expected_(A15, isod(pub), author="Hà Văn Lộc", unit="Hội Cựu TNXP xã Thạch Hà", category="Tin hoạt động"),
                 traps={"chrome": ["Người viết:"]},
                 notes="Kirby 4 (a flat-file CMS no set had used), the starter kit's 'article' template: '14.07.2026' (Kirby's default 'd.m.Y', DOTS) in <time datetime='2026-07-14'> → '2026-07-14' (date only). The headline and sapo carry the anniversary span '15/7/1950 - 15/7/2026' (not stamps). Plain intro → lead. figcaption. 'Người viết: Hà Văn Lộc – Hội Cựu TNXP xã Thạch Hà' (an EN DASH) → author + unit. Category 'Tin hoạt động' (crumb).",
                 readme="Kirby 4 (a stack no set had used), an anniversary meeting: '14.07.2026' (dotted, date only); anniversary days in the headline; plain intro; figcaption; 'Người viết: Name – unit' (en dash)")


# ===================================================================== 16 Đảng ủy xã Mường Nhé: a Zalo Official Account article; no category; 'Tin, ảnh:'
A16 = Art("Đảng ủy xã Mường Nhé trao Huy hiệu 40 năm tuổi Đảng cho đảng viên",
          None,
          [("p", "Chiều 5/11, Đảng ủy xã Mường Nhé tổ chức lễ trao Huy hiệu Đảng đợt 7/11 cho 6 đảng viên, trong đó có 2 đồng chí được trao Huy hiệu 40 năm tuổi Đảng và 4 đồng chí được trao Huy hiệu 30 năm tuổi Đảng."),
           ("img", "https://photo-stal.zadn.example/oa/2026/11/trao-huy-hieu.jpg", "Đồng chí Bí thư Đảng ủy xã trao Huy hiệu Đảng cho các đảng viên"),
           ("p", "Các đảng viên được trao Huy hiệu đều là những người có nhiều đóng góp trong xây dựng bản, giữ gìn an ninh biên giới và vận động đồng bào Hà Nhì, Mông phát triển kinh tế."),
           ("p", "Thay mặt các đảng viên, đồng chí Sùng A Páo bày tỏ niềm vinh dự, hứa tiếp tục giữ gìn phẩm chất người đảng viên, làm gương cho con cháu.")])


def page16():
    pub = T("2026-11-05 17:32")

    def img(s, c, n):
        return f'<div class="article-image"><img src="{s}" alt="" /><p class="image-caption">{esc(c)}</p></div>'
    card = lambda rl, rd, rng: '<div class="oa-more"><h3>Bài viết khác từ Đảng ủy xã Mường Nhé</h3>' + "".join(f'<a class="oa-card" href="#"><span>{esc(t)}</span><span class="oa-time">{dmy(d)}</span></a>' for t, d in zip(rl, rd)) + "</div>"
    return quick(16, family="commune_party_zalo_official_account_article_no_category",
                 name="dienbien-danguyxamuongnhe-zalo-official-account-article-oa-card-above-h1-oa-name-dot-dd-mm-yyyy-hh-mm-no-sapo-image-caption-p-tin-anh-name-no-category-follow-bar",
                 url="https://oa.zalo.example/article/danguyxamuongnhe/trao-huy-hieu-dang-dot-7-11-2026", A=A16, pub=pub, layout="zalo_oa",
                 org="Đảng ủy xã Mường Nhé", addr="Xã Mường Nhé, tỉnh Điện Biên", phone="0215.3740.112", kb=101,
                 wrap=('<div class="article">', "</div>"),
                 head_html=('<div class="oa-card-top"><img class="oa-avatar" src="/avatar.jpg" alt="" /><span class="oa-name">Đảng ủy xã Mường Nhé</span> <span class="oa-verified">Tài khoản OA đã xác thực</span></div>'
                            f'<h1 class="article-title">{esc(A16.title)}</h1>'),
                 meta=f'<div class="article-meta"><span class="oa-name">Đảng ủy xã Mường Nhé</span> · <span class="time">{dmy(pub)} {hm(pub)}</span> · <span class="views">1,2K lượt xem</span></div>',
                 lead_html='<div class="article-body">', body_kw=dict(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep=""),
                 after='<p><strong>Tin, ảnh: Lò Thị Xuân</strong></p></div>', others_fn=card,
                 crumbs="", left='<button class="btn-follow">Quan tâm</button> <span>Quan tâm Đảng ủy xã Mường Nhé để nhận tin mới</span>',
                 side=lambda rng, p: '<div class="oa-share"><a href="#">Chia sẻ</a> <a href="#">Sao chép liên kết</a></div>',
                 exp=expected_(A16, iso(pub), author="Lò Thị Xuân", photographer="Lò Thị Xuân", category=None, lead=None),
                 traps={"chrome": ["Tài khoản OA đã xác thực", "Quan tâm", "Bài viết khác từ Đảng ủy xã Mường Nhé"]},
                 notes="A saved Zalo Official Account article (the OA's reader view; a stack no set had used as the PAGE itself — set 34 embedded an OA card). The OA name appears three times (card, meta line, follow bar): the account, not a writer. '05/11/2026 17:32' → T17:32; the award round '7/11' in the text is not a stamp. No sapo → lead null. Captions p.image-caption. 'Tin, ảnh: Lò Thị Xuân' → author and photographer. No crumb, no category anywhere → category null. Small page (one column, the reader view).",
                 readme="A Zalo Official Account article (a stack no set had used), a Party badge ceremony: the OA's name as account three times; 'dd/mm/yyyy HH:MM'; no sapo; p.image-caption; 'Tin, ảnh: Name'; NO category")


# ===================================================================== 17 Chi bộ HTX chè Tân Cương: Nhanh.vn shop; product cards; 'Người đăng' account
A17 = Art("Chi bộ Hợp tác xã chè Tân Cương sinh hoạt chuyên đề về chuyển đổi số trong tiêu thụ sản phẩm",
          "Chi bộ Hợp tác xã chè Tân Cương vừa tổ chức sinh hoạt chuyên đề 'Đảng viên đi đầu ứng dụng chuyển đổi số trong sản xuất, tiêu thụ chè'.",
          [("p", "Chi bộ hiện có 11 đảng viên, trong đó 8 đồng chí trực tiếp quản lý các đồi chè đạt chứng nhận VietGAP. Năm 2026, hợp tác xã bán hàng qua sàn thương mại điện tử và website chiếm 35% doanh thu, tăng gấp đôi so với năm trước."),
           ("img", "/upload/news/2026/11/sinh-hoat-chuyen-de-chi-bo-htx.jpg", "Đảng viên chi bộ hướng dẫn xã viên livestream bán chè"),
           ("p", "Tại buổi sinh hoạt, các đảng viên thảo luận cách truy xuất nguồn gốc bằng mã QR, chăm sóc khách hàng qua mạng xã hội và phân công đảng viên kèm cặp các hộ xã viên lớn tuổi."),
           ("p", "Chi bộ thống nhất nghị quyết: đến cuối năm, 100% sản phẩm của hợp tác xã có tem truy xuất nguồn gốc.")])


def page17():
    pub = T("2026-11-14 00:00")

    def side(rng, p):
        cards = "".join(f'<div class="product-item"><a href="#">{n}</a><span class="price">{pr}đ</span><button>Mua ngay</button></div>'
                        for n, pr in [("Chè Tân Cương đinh 100g", "280.000"), ("Chè nõn tôm 200g", "160.000"), ("Hộp quà chè OCOP 4 sao", "450.000")])
        return f'<div class="nh-products"><h3>Sản phẩm nổi bật</h3>{cards}</div>'
    return quick(17, family="cooperative_party_cell_nhanh_vn_shop_news_product_cards",
                 name="thainguyen-chibohtxchetancuong-nhanh-vn-store-news-detail-h1-ngay-dang-dd-mm-yyyy-date-only-nguoi-dang-account-bold-lead-figcaption-name-paren-chi-bo-product-cards",
                 url="https://chetancuong.example/tin-tuc/chi-bo-htx-sinh-hoat-chuyen-de-chuyen-doi-so-n81234.html", A=A17, pub=pub, layout="nhanh",
                 org="Hợp tác xã chè Tân Cương", addr="Xóm Hồng Thái 2, xã Tân Cương, tỉnh Thái Nguyên", phone="0912.345.678", kb=139, items=MENU_MASS,
                 wrap=('<div class="news-content">', "</div>"),
                 head_html=f'<h1 class="news-title">{esc(A17.title)}</h1>',
                 meta=f'<div class="news-info"><span>Ngày đăng: {dmy(pub)}</span> <span>Người đăng: Quản trị</span></div>',
                 lead_html=f'<div class="news-desc"><p><strong>{esc(A17.lead)}</strong></p></div><div class="news-body">', body_kw=dict(p=jp, img=fig, sep=""),
                 after='<p style="text-align:right"><em>Nguyễn Thị Hạnh (Chi bộ Hợp tác xã chè Tân Cương)</em></p></div>',
                 crumbs='<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/hoat-dong-chi-bo">Hoạt động Chi bộ</a></li></ul>',
                 side=side, left='<span>Miễn phí giao hàng đơn từ 500.000đ</span> <span>Hotline: 0912.345.678</span>',
                 exp=expected_(A17, isod(pub), author="Nguyễn Thị Hạnh", unit="Chi bộ Hợp tác xã chè Tân Cương", category="Hoạt động Chi bộ"),
                 traps={"shop": ["Chè Tân Cương đinh 100g", "Sản phẩm nổi bật", "Mua ngay"], "chrome": ["Người đăng: Quản trị"]},
                 notes="Nhanh.vn (a Vietnamese hosted store builder; a stack no set had used), a cooperative's shop whose Party cell posts in the 'Tin tức' section. 'Ngày đăng: 14/11/2026' (date only) → '2026-11-14'; 'Người đăng: Quản trị' → account. Bold description → lead. figcaption. Product cards with prices in the rail → not body. Italic 'Nguyễn Thị Hạnh (Chi bộ Hợp tác xã chè Tân Cương)' → author + unit. Category 'Hoạt động Chi bộ' (crumb).",
                 readme="Nhanh.vn (a stack no set had used), a cooperative's Party cell meeting: 'Ngày đăng:' date only; 'Người đăng: Quản trị'; bold description; figcaption; product cards; italic 'Name (Chi bộ …)'")


# ===================================================================== 18 Đảng ủy xã Đất Mũi: Textpattern 4.8; '27 Tháng 11 2026' + datetime; 'Đăng trong:' category after the text
A18 = Art("Tuyên truyền Nghị quyết Đại hội Đảng bộ xã đến hội viên nông dân, ngư dân",
          "Ban Tuyên giáo và Dân vận Đảng ủy xã Đất Mũi phối hợp với Hội Nông dân xã tổ chức 6 buổi tuyên truyền Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 tại các ấp.",
          [("p", "Hơn 420 hội viên nông dân, ngư dân được báo cáo viên giới thiệu các chỉ tiêu chủ yếu của nghị quyết, nhất là mục tiêu phát triển kinh tế biển, nuôi trồng thủy sản dưới tán rừng và du lịch sinh thái Mũi Cà Mau."),
           ("img", "/images/148.jpg", "Báo cáo viên tuyên truyền nghị quyết tại ấp Mũi"),
           ("p", "Hình thức tuyên truyền được đổi mới: kết hợp hỏi - đáp có thưởng, phát tờ gấp song song với đăng tải nội dung trên nhóm Zalo của từng ấp."),
           ("p", "Qua tuyên truyền, nhiều hội viên đăng ký mô hình nuôi tôm - rừng đạt chứng nhận quốc tế.")])


def page18():
    pub = T("2026-11-27 14:00")
    return quick(18, family="commune_party_textpattern48_posted_in_after_text_account_author",
                 name="camau-danguyxadatmu-textpattern48-article-form-h1-time-dd-thang-m-yyyy-datetime-boi-account-rel-author-plain-excerpt-figcaption-name-paren-unit-dang-trong-category-after-text",
                 url="https://datmu.camau.example/tuyen-truyen/312/tuyen-truyen-nghi-quyet-dai-hoi-dang-bo-xa", A=A18, pub=pub, layout="textpattern",
                 org="Đảng ủy xã Đất Mũi", addr="Ấp Xóm Mũi, xã Đất Mũi, tỉnh Cà Mau", phone="0290.3880.162", kb=117,
                 wrap=('<article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">', "</article>"),
                 head_html=f'<h1 itemprop="headline">{esc(A18.title)}</h1>',
                 meta=(f'<p class="meta"><time datetime="{iso(pub)}" itemprop="datePublished">{pub.day} Tháng {pub.month} {pub.year}</time> · '
                       f'bởi <span itemprop="author"><a rel="author" href="/author/datmu_btg">datmu_btg</a></span></p>'),
                 lead_html=f'<div class="excerpt" itemprop="description"><p>{esc(A18.lead)}</p></div><div itemprop="articleBody">', body_kw=dict(p=lambda t: f"<p>{esc(t)}</p>", img=fig, sep=""),
                 after='<p style="text-align:right"><strong>Tô Minh Khoa</strong> (Ban Tuyên giáo và Dân vận Đảng ủy xã)</p></div><p class="article-footer">Đăng trong: <a rel="tag" href="/tuyen-truyen">Tuyên truyền</a></p>',
                 crumbs="",
                 exp=expected_(A18, iso(pub), author="Tô Minh Khoa", unit="Ban Tuyên giáo và Dân vận Đảng ủy xã", category="Tuyên truyền"),
                 traps={"chrome": ["datmu_btg", "Đăng trong:"]},
                 notes="Textpattern 4.8 (a stack no set had used), the 'article' form: '27 Tháng 11 2026' in <time datetime='…T14:00…'> → T14:00 (the time only in the attribute, as on the Zakra page); 'bởi datmu_btg' (itemprop=author, rel=author) is the login account → not the writer. Plain excerpt → lead. figcaption. Bold 'Tô Minh Khoa' + plain '(unit)' → author + unit. No crumb; 'Đăng trong: Tuyên truyền' AFTER the text → category. QUESTIONABLE: schema.org marks the account as author; the signature is the writer.",
                 readme="Textpattern 4.8 (a stack no set had used), a commune's resolution outreach: '27 Tháng 11 2026' in <time datetime>; 'bởi <account>' marked itemprop=author; plain excerpt; figcaption; bold name + '(unit)'; 'Đăng trong:' category after the text")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
