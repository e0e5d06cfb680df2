"""Set 25 pages 1-9: a random, realistic sample of the provincial Party system's sites (a Tỉnh ủy, the Ban Tổ chức and
the Ban Dân vận of a Tỉnh ủy, an Đài PT-TH, a Huyện ủy, an Đảng ủy Khối, a Trường Chính trị, a Thành ủy, a Thị ủy) on
products sets 1-24 did not use, with the emphasis on ARTICLE TYPES that are common and under-represented (a resolution's
text, a list of appointments, an interview, a bilingual item, a notice with a table, a reprint, a study article, a photo
story). Pages 1-6 carry one TWIST each: the document's place-date line at the top of a resolution's text, a <br> inside
the headline, an interviewee's profile card in the author-card slot, the H'Mông version of the item in an inactive tab,
a notice's contact-person line shaped like a byline, and a time printed only in a reprint's source line."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum, utcz
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb


def head_top(cls, logo, alt, days=1, hours=0, style="weekday", tick="Tin mới", fmt=dmy, extra=""):
    def top(rng, pub):
        today = pub + timedelta(days=days, hours=hours)
        return (f'<div class="{cls}-banner"><img src="{logo}" alt="{esc(alt, True)}" />{clock(today, style, cls + "-today")}</div>{extra}'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], fmt, tick, cls + "-ticker"))
    return top


def right_bold(t):
    return f'<p style="text-align:right"><strong>{esc(t)}</strong></p>'


def right_em(t):
    return f'<p style="text-align:right"><em>{esc(t)}</em></p>'


def tts(cls="tts"):
    """A text-to-speech bar of the kind VN sites embed (FPT.AI / Viettel AI voices): chrome."""
    return (f'<div class="{cls}-player"><span class="{cls}-label">Nghe đọc bài viết</span> <button type="button">▶</button> '
            f'<select><option>Giọng nữ miền Bắc</option><option>Giọng nam miền Nam</option></select> <span class="{cls}-time">00:00 / 04:37</span></div>')


# ===================================================================== 1 Tỉnh ủy Hà Nam: Tinh Vân-like in-house ASP.NET MVC 5 portal; a resolution's full text; the DOCUMENT'S place-date line at the top (TWIST)
LEAD1 = "Ban Thường vụ Tỉnh ủy vừa ban hành Nghị quyết về đẩy mạnh chuyển đổi số trong các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội của tỉnh giai đoạn 2025 - 2030. Cổng Thông tin điện tử Đảng bộ tỉnh trân trọng giới thiệu toàn văn Nghị quyết."
A1 = Art("Nghị quyết số 25-NQ/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số trong các cơ quan đảng giai đoạn 2025 - 2030",
         LEAD1,
         [("h", "NGHỊ QUYẾT"),
          ("h", "về đẩy mạnh chuyển đổi số trong các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh giai đoạn 2025 - 2030"),
          ("h", "I- TÌNH HÌNH VÀ NGUYÊN NHÂN"),
          ("p", "Thời gian qua, các cấp ủy, tổ chức đảng trong tỉnh đã quan tâm lãnh đạo ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng. Hệ thống mạng thông tin diện rộng của Đảng đã kết nối đến 100% đảng ủy cấp xã; phần mềm quản lý cơ sở dữ liệu đảng viên được cập nhật thường xuyên; 98% văn bản đi, đến được xử lý trên môi trường mạng."),
          ("p", "Tuy nhiên, nhận thức của một số cấp ủy, người đứng đầu về chuyển đổi số chưa đầy đủ; hạ tầng kỹ thuật ở cơ sở còn thiếu đồng bộ; đội ngũ cán bộ chuyên trách công nghệ thông tin mỏng, chưa được đào tạo chuyên sâu; việc khai thác, chia sẻ dữ liệu giữa các cơ quan còn hạn chế."),
          ("h", "II- MỤC TIÊU"),
          ("p", "1- Mục tiêu chung: Xây dựng các cơ quan đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội của tỉnh hoạt động hiệu lực, hiệu quả trên môi trường số; dữ liệu được kết nối, chia sẻ, phục vụ kịp thời công tác lãnh đạo, chỉ đạo của cấp ủy."),
          ("p", "2- Mục tiêu cụ thể đến năm 2030: 100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 90% tại cấp xã được xử lý trên môi trường mạng; 100% đảng viên được quản lý trên cơ sở dữ liệu số; 100% hội nghị của Ban Thường vụ Tỉnh ủy được tổ chức theo hình thức không giấy tờ."),
          ("h", "III- NHIỆM VỤ VÀ GIẢI PHÁP"),
          ("p", "1- Tăng cường sự lãnh đạo của cấp ủy, nâng cao nhận thức về chuyển đổi số. Người đứng đầu cấp ủy, cơ quan, đơn vị trực tiếp chỉ đạo và chịu trách nhiệm về kết quả chuyển đổi số ở cơ quan, đơn vị mình."),
          ("p", "2- Hoàn thiện hạ tầng số và bảo đảm an toàn, an ninh thông tin. Nâng cấp mạng thông tin diện rộng của Đảng đến cấp xã; triển khai giải pháp giám sát an toàn thông tin tập trung; kiểm tra định kỳ việc bảo vệ bí mật nhà nước trên không gian mạng."),
          ("p", "3- Phát triển nguồn nhân lực số. Bố trí đủ cán bộ chuyên trách công nghệ thông tin tại Văn phòng các huyện ủy, thành ủy, thị ủy; hằng năm bồi dưỡng kỹ năng số cho cán bộ, đảng viên làm công tác đảng."),
          ("h", "IV- TỔ CHỨC THỰC HIỆN"),
          ("p", "1- Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt, xây dựng chương trình, kế hoạch thực hiện Nghị quyết."),
          ("p", "2- Văn phòng Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tham mưu, hướng dẫn, theo dõi, đôn đốc việc thực hiện Nghị quyết; định kỳ báo cáo Ban Thường vụ Tỉnh ủy."),
          ("p", "Nghị quyết này được phổ biến đến chi bộ.")])
HEADL1 = ["TỈNH ỦY HÀ NAM", "*", "Số 25-NQ/TU"]
HEADR1 = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nam, ngày 14 tháng 3 năm 2025"]
SIGN1 = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", "Phạm Văn Khánh"]
NOINHAN1 = ["Nơi nhận:", "- Ban Bí thư Trung ương Đảng (để báo cáo),", "- Các ban đảng Trung ương,", "- Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc,", "- Lưu Văn phòng Tỉnh ủy."]


def page01():
    pub = T("2025-03-17 15:40")
    upd = T("2025-03-18 08:05")

    def main(rng, rl, rd):
        body = A1.render(p=jp, h=lambda t: f'<p style="text-align:center"><strong>{esc(t)}</strong></p>' if t in ("NGHỊ QUYẾT",) or t.startswith("về ")
                         else f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>')
        parts = body.split("\n")
        hdr = ('<table class="van-ban-header" width="100%" style="border:none"><tbody><tr>'
               f'<td width="40%" style="text-align:center;vertical-align:top"><strong>{esc(HEADL1[0])}</strong><br />{esc(HEADL1[1])}<br />{esc(HEADL1[2])}</td>'
               f'<td width="60%" style="text-align:center;vertical-align:top"><strong><u>{esc(HEADR1[0])}</u></strong><br /><br /><em>{esc(HEADR1[1])}</em></td>'
               '</tr></tbody></table>')
        sign = ('<table class="van-ban-footer" width="100%" style="border:none"><tbody><tr>'
                '<td width="50%" style="vertical-align:top;font-size:12px">' + "<br />".join(
                    (f"<strong><em>{esc(x)}</em></strong>" if i == 0 else esc(x)) for i, x in enumerate(NOINHAN1)) + '</td>'
                '<td width="50%" style="text-align:center;vertical-align:top"><strong>' + esc(SIGN1[0]) + '<br />' + esc(SIGN1[1]) + '</strong><br /><em>'
                + esc(SIGN1[2]) + '</em><br /><br /><strong>' + esc(SIGN1[3]) + '</strong></td></tr></tbody></table>')
        files = ('<div class="attach-files"><span class="attach-title"><i class="fa fa-paperclip"></i> Văn bản đính kèm:</span> '
                 '<a href="/Uploads/VanBan/2025/03/25-NQ-TU.pdf">25-NQ-TU.pdf</a> <span class="size">(412 KB)</span> · '
                 '<a href="/Uploads/VanBan/2025/03/25-NQ-TU.docx">25-NQ-TU.docx</a> <span class="size">(96 KB)</span></div>')
        relh = "".join(f'<li><a href="/tin-tuc/nghi-quyet-chi-thi/{slug(t)}-{rng.randint(100000, 999999)}.htm">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="detail-news"><h1 class="title-detail">{esc(A1.title)}</h1>'
                f'<div class="sapo-detail"><strong>{esc(A1.lead)}</strong></div>'
                f'{tts("hn")}'
                f'<div class="content-detail" id="ContentDetail">{hdr}{"".join(parts)}{sign}</div>{files}'
                f'<div class="info-detail"><span class="ngay-dang">Ngày đăng: {dmy(pub)} - {hm(pub)}</span> | <span class="ngay-cap-nhat">Ngày cập nhật: {dmy(upd)} - {hm(upd)}</span> | '
                f'<span class="luot-xem">Lượt xem: 1.025</span></div>'
                f'<div class="tools-detail"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#top">Về đầu trang</a></div>'
                f'<div class="other-news"><h3>Các văn bản khác</h3><ul>{relh}</ul></div></div>')

    crumbs = ('<div class="breadcrumb-wrap"><ul class="breadcrumb"><li><a href="/"><i class="fa fa-home"></i></a></li>'
              '<li><a href="/van-kien-tu-lieu">Văn kiện - Tư liệu</a></li><li class="active"><a href="/van-kien-tu-lieu/nghi-quyet-cua-tinh-uy">Nghị quyết của Tỉnh ủy</a></li></ul></div>')
    url = "https://hanam.dcs.vn/van-kien-tu-lieu/nghi-quyet-cua-tinh-uy/nghi-quyet-so-25-nq-tu-ve-day-manh-chuyen-doi-so-trong-cac-co-quan-dang-giai-doan-2025-2030-250317154.htm"
    head = (og(A1.title, url, {"og:site_name": "Cổng Thông tin điện tử Đảng bộ tỉnh Hà Nam", "og:description": A1.lead[:160]})
            + '<link href="/bundles/css?v=Qx8mH3lP0aZ1" rel="stylesheet" /><script src="/bundles/modernizr?v=wBEWDufH_8Md"></script>'
            + '<meta name="author" content="Tinh Van Technologies" />')
    return page("s25-01", family="province_party_aspnet_mvc_resolution_text_document_place_date_line_at_top",
                name="hanam-tinhuy-inhouse-aspnet-mvc5-crumb-nghi-quyet-cua-tinh-uy-h1-bold-sapo-tts-bar-document-header-table-place-date-line-numbered-parts-signature-noi-nhan-attachments-ngay-dang-dd-mm-yyyy-dash-hh-mm-at-bottom-ngay-cap-nhat",
                url=url, art=A1, main_fn=main, pub=pub, prefix="hn", kb=175,
                org="Đảng bộ tỉnh Hà Nam", addr="Số 1 đường Biên Hòa, phường Minh Khai, TP Phủ Lý, tỉnh Hà Nam", phone="0226.3852.701",
                crumbs=crumbs, top=head_top("hn", "/Content/images/banner-dangbo.png", "Cổng Thông tin điện tử Đảng bộ tỉnh Hà Nam", days=2, hours=3),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới nhận", cls="hn-new") + vb_box(["Kế hoạch số 312-KH/TU về tổ chức đại hội đảng bộ cơ sở", "Chỉ thị số 45-CT/TU về tăng cường công tác phòng cháy", "Thông báo kết luận của Thường trực Tỉnh ủy"], "Văn bản mới", "hn-vb"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A1.title + " - Đảng bộ tỉnh Hà Nam"},
                exp=expected(A1, iso(pub), updated=iso(upd), category="Nghị quyết của Tỉnh ủy", captions=[]),
                traps={"document_header": HEADL1[::2] + HEADR1, "signature": ["T/M BAN THƯỜNG VỤ", "(Đã ký)", "Phạm Văn Khánh"], "noi_nhan": NOINHAN1[1:],
                       "attachments": ["Văn bản đính kèm:", "25-NQ-TU.pdf"], "chrome": ["Nghe đọc bài viết", "Lượt xem: 1.025", "In trang", "Các văn bản khác", "Văn bản mới"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: the full text of a Tỉnh ủy resolution on an in-house ASP.NET MVC 5 portal (Tinh Vân-like). The document is pasted as it was issued: a header table — left 'TỈNH ỦY HÀ NAM / * / Số 25-NQ/TU', right 'ĐẢNG CỘNG SẢN VIỆT NAM' and the italic PLACE-DATE line 'Hà Nam, ngày 14 tháng 3 năm 2025' — sits at the very top of the content, in the position where a dateline or a stamp usually is. The page's own stamp is printed only at the bottom, after the attachments: 'Ngày đăng: 17/03/2025 - 15:40 | Ngày cập nhật: 18/03/2025 - 08:05' → published 2025-03-17T15:40, updated 2025-03-18T08:05. A reader taking the first full date near the headline records 14/03 (the day the resolution was SIGNED) as the publication, silently. NEW convention: the formal parts of an official document pasted into an item — the header (issuer, number, national/party name, place-date line), the signature block ('T/M BAN THƯỜNG VỤ / BÍ THƯ / (Đã ký) / name') and the 'Nơi nhận:' list — are not body (as set 20 treated an appeal's signature block); the document's title lines ('NGHỊ QUYẾT', 'về …'), its numbered parts and its last sentence are body. The signer is not the author. Bold sapo = lead. No byline → author and unit null. Crumb last level 'Nghị quyết của Tỉnh ủy'. The TTS bar 'Nghe đọc bài viết' and the attachment links are chrome.",
                readme="TWIST the resolution's full text opens with the document's header table whose italic place-date line 'Hà Nam, ngày 14 tháng 3 năm 2025' sits where a stamp would be; the page's own stamp 'Ngày đăng: 17/03/2025 - 15:40' (+ 'Ngày cập nhật') is at the bottom → published 17/03 15:40; in-house ASP.NET MVC 5 Tỉnh ủy, bold sapo, TTS bar, numbered parts (body), header / signature / 'Nơi nhận' (not body, NEW convention), attachments, no byline")


# ===================================================================== 2 Ban Tổ chức Tỉnh ủy Thái Bình: Oqtane 5 (.NET Blazor); appointments list; <br> INSIDE the headline (TWIST)
T2A, T2B = "Trao quyết định điều động, bổ nhiệm", "cán bộ diện Ban Thường vụ Tỉnh ủy quản lý"
A2 = Art(f"{T2A} {T2B}",
         "Chiều 5/5, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố và trao các quyết định về công tác cán bộ đối với 7 đồng chí thuộc diện Ban Thường vụ Tỉnh ủy quản lý, sau khi hoàn thành việc sắp xếp tổ chức bộ máy của các sở, ngành.",
         [("p", "Thừa ủy quyền của Ban Thường vụ Tỉnh ủy, đồng chí Trưởng Ban Tổ chức Tỉnh ủy công bố các quyết định như sau:"),
          ("ul", ["Đồng chí Nguyễn Văn Tuyến, Phó Trưởng Ban Tổ chức Tỉnh ủy, được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ, kể từ ngày 06/5/2025;",
                  "Đồng chí Trần Thị Hồng Vân, Phó Chánh Văn phòng Tỉnh ủy, được bổ nhiệm giữ chức Chánh Văn phòng Tỉnh ủy;",
                  "Đồng chí Phạm Đức Thắng, Phó Giám đốc Sở Tài chính, được điều động, bổ nhiệm giữ chức Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy;",
                  "Đồng chí Vũ Thị Lan Hương, Trưởng phòng Tổ chức cơ sở đảng, đảng viên, Ban Tổ chức Tỉnh ủy, được bổ nhiệm giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy;",
                  "Đồng chí Đỗ Minh Khoa, Phó Bí thư Huyện ủy Vũ Thư, được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy các cơ quan Đảng tỉnh;",
                  "Đồng chí Lê Văn Hiếu và đồng chí Bùi Thanh Hà, Ủy viên Ban Thường vụ Huyện ủy Kiến Xương, được luân chuyển về công tác tại Ban Nội chính Tỉnh ủy."]),
          ("img", "/Content/Tenants/1/Sites/3/2025/05/trao-quyet-dinh-can-bo.jpg", "Đồng chí Bí thư Tỉnh ủy trao quyết định và tặng hoa chúc mừng các đồng chí được điều động, bổ nhiệm"),
          ("p", "Phát biểu giao nhiệm vụ, đồng chí Bí thư Tỉnh ủy nhấn mạnh việc điều động, bổ nhiệm lần này nhằm kiện toàn đội ngũ cán bộ lãnh đạo của các cơ quan sau sắp xếp, bảo đảm hoạt động thông suốt, không để gián đoạn công việc."),
          ("p", "Đồng chí đề nghị các đồng chí được điều động, bổ nhiệm nhanh chóng tiếp cận công việc, phát huy tinh thần đoàn kết, gương mẫu, trách nhiệm, cùng tập thể lãnh đạo cơ quan hoàn thành tốt nhiệm vụ chính trị được giao trong năm 2025."),
          ("p", "Thay mặt các đồng chí được điều động, bổ nhiệm, đồng chí Trần Thị Hồng Vân cảm ơn sự tin tưởng của Ban Thường vụ Tỉnh ủy và hứa sẽ không ngừng học tập, rèn luyện, hoàn thành tốt nhiệm vụ ở cương vị mới.")])
BYLINE2 = "Tin, ảnh: Phạm Thu Trang"


def page02():
    pub = T("2025-05-05 16:20")

    def main(rng, rl, rd):
        cap = lambda s, c, n: (f'<div class="article-image text-center"><img src="{s}" class="img-fluid" alt="{esc(c, True)}" />'
                               f'<div class="caption">{esc(c)}</div></div>')
        body = A2.render(p=lambda t: f"<p>{esc(t)}</p>", img=cap, ul=lambda items: '<ul class="list-decisions">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        mid = alnum(rng, 6)
        relh = "".join(f'<div class="list-group-item"><a href="/tin-tuc/cong-tac-can-bo/{slug(t)}">{esc(t)}</a><small class="text-muted">{dmy(d)} {hm(d)} (GMT+7)</small></div>' for t, d in zip(rl[:5], rd))
        return (f'<!--Blazor:{{"type":"server","prerenderId":"{hexid(rng, 32)}","key":{{"locationHash":"{hexid(rng, 40)}"}},"sequence":{rng.randint(1, 9)}}}-->'
                f'<div class="app-pane-admin-border"><div class="app-moduleactions"></div><div class="container-module module-{mid}">'
                f'<div class="article-detail"><h1 class="article-title">{esc(T2A)}<br>{esc(T2B)}</h1>'
                f'<div class="article-meta"><span class="oi oi-clock"></span> <span class="article-date">{dmy(pub)} {hm(pub)} (GMT+7)</span> · '
                f'<span class="oi oi-eye"></span> <span class="article-views">864 lượt xem</span></div>'
                f'<div class="article-summary"><strong>{esc(A2.lead)}</strong></div>'
                f'<div class="article-content">{body}{right_bold(BYLINE2)}</div>'
                f'<div class="article-share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div>'
                f'<div class="article-related card"><div class="card-header">Tin cùng chuyên mục</div><div class="list-group list-group-flush">{relh}</div></div></div></div></div>'
                f'<!--Blazor:{{"prerenderId":"{hexid(rng, 32)}"}}-->')

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb app-breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
              '<li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item active" aria-current="page">Công tác cán bộ</li></ol></nav>')
    url = "https://bantochuc.thaibinh.dcs.vn/tin-tuc/cong-tac-can-bo/trao-quyet-dinh-dieu-dong-bo-nhiem-can-bo-dien-ban-thuong-vu-tinh-uy-quan-ly"
    head = (og(A2.title, url, {"og:site_name": "Ban Tổ chức Tỉnh ủy Thái Bình"}) + '<base href="/" /><link rel="stylesheet" href="/css/app.css" />'
            + '<link rel="stylesheet" href="/Themes/Oqtane.Theme.Default/Theme.css" /><meta name="generator" content="Oqtane 5.2.1" />'
            + '<script src="/_framework/blazor.web.js" autostart="false"></script>')
    return page("s25-02", family="btc_oqtane_blazor_br_inside_headline",
                name="thaibinh-btctu-oqtane5-blazor-prerender-comments-crumb-cong-tac-can-bo-h1-with-br-between-halves-dd-mm-yyyy-hh-mm-gmt7-bold-summary-lead-appointments-list-ul-div-caption-bold-right-tin-anh-name",
                url=url, art=A2, main_fn=main, pub=pub, prefix="oq", kb=130,
                org="Ban Tổ chức Tỉnh ủy Thái Bình", addr="Số 2 đường Hai Bà Trưng, TP Thái Bình, tỉnh Thái Bình", phone="0227.3831.342",
                crumbs=crumbs, top=head_top("oq", "/Themes/images/banner-btc.png", "Ban Tổ chức Tỉnh ủy Thái Bình", days=1, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Tin đọc nhiều", cls="oq-most") + links_box(["Ban Tổ chức Trung ương", "Tỉnh ủy Thái Bình", "Báo Thái Bình"], "Liên kết", "oq-links"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A2.title + " | Ban Tổ chức Tỉnh ủy Thái Bình"},
                exp=expected(A2, iso(pub), author="Phạm Thu Trang", photographer="Phạm Thu Trang", category="Công tác cán bộ"),
                traps={"bylines": [BYLINE2], "chrome": ["864 lượt xem", "Sao chép liên kết", "Tin cùng chuyên mục", "Tin đọc nhiều"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: Oqtane 5 (the .NET Blazor successor of DNN) site of a Ban Tổ chức Tỉnh ủy. The editor broke the long headline in two with a <br> and NO space on either side: <h1>Trao quyết định điều động, bổ nhiệm<br>cán bộ diện Ban Thường vụ Tỉnh ủy quản lý</h1>. A line break is a word boundary → title 'Trao quyết định điều động, bổ nhiệm cán bộ diện Ban Thường vụ Tỉnh ủy quản lý' (one space; <title> and og:title agree). A reader joining the h1's text nodes stores 'bổ nhiệmcán bộ' — a wrong title with no sign of failure (NEW, explicit: a <br> inside a headline counts as one space). Stamp '05/05/2025 16:20 (GMT+7)' → 2025-05-05T16:20 (the zone note is not part of the date). Bold summary = lead. The list of appointments is a <ul>: one body paragraph per item, punctuation as printed; the people appointed are not authors. Caption div under the photo. Bold right 'Tin, ảnh: Phạm Thu Trang' → author + photographer. Crumb last level 'Công tác cán bộ'. The effective date 06/5/2025 inside an item is a decoy.",
                readme="TWIST a <br> with no space inside the h1 ('… bổ nhiệm<br>cán bộ …') → title with one space; Oqtane 5 (Blazor) Ban Tổ chức, appointments list as <ul> (one paragraph per item), 'dd/mm/yyyy HH:MM (GMT+7)', bold summary lead, div caption, 'Tin, ảnh: Name' (author + photographer), crumb 'Công tác cán bộ'")


# ===================================================================== 3 Ban Dân vận Tỉnh ủy Kon Tum: WordPress + Newsmag (tagDiv); interview; the INTERVIEWEE'S profile card in the author-card slot (TWIST)
A3 = Art("Trưởng Ban Dân vận Tỉnh ủy Kon Tum: “Dân vận khéo phải bắt đầu từ việc lắng nghe dân”",
         "Nhân dịp đầu năm 2025, phóng viên có cuộc trao đổi với đồng chí Y Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Kon Tum về kết quả công tác dân vận năm 2024 và những nhiệm vụ trọng tâm thời gian tới.",
         [("h", "PV: Thưa đồng chí, năm 2024 công tác dân vận của tỉnh đạt được những kết quả nổi bật nào?"),
          ("p", "Đồng chí Y Mai: Năm 2024, các cấp ủy, chính quyền, Mặt trận và các đoàn thể đã phối hợp chặt chẽ trong thực hiện công tác dân vận. Toàn tỉnh có 1.236 mô hình “Dân vận khéo” được công nhận, trong đó nhiều mô hình gắn với giảm nghèo bền vững, giữ gìn bản sắc văn hóa các dân tộc thiểu số và bảo vệ an ninh trật tự vùng biên giới."),
          ("p", "Điều tôi thấy rõ nhất là cách làm đã thay đổi. Cán bộ về làng không chỉ để phổ biến chủ trương mà ngồi lại nghe bà con nói về cái khó, rồi cùng tìm cách gỡ. Ở huyện Kon Plông, việc vận động đồng bào chuyển đổi cây trồng thành công chính vì người dân được bàn bạc từ đầu."),
          ("img", "/wp-content/uploads/2025/01/bdv-kontum-tham-lang.jpg", "Đồng chí Y Mai (thứ hai từ trái) thăm, nắm tình hình đời sống người dân làng Kon Klor, TP Kon Tum. Ảnh: H.Đ"),
          ("h", "PV: Năm 2025 có nhiều nhiệm vụ lớn, trong đó có sắp xếp tổ chức bộ máy và đại hội đảng bộ các cấp. Công tác dân vận cần tập trung vào những việc gì?"),
          ("p", "Đồng chí Y Mai: Trước hết phải làm tốt công tác nắm tình hình tư tưởng của cán bộ, đảng viên và Nhân dân, nhất là khi sắp xếp bộ máy có tác động trực tiếp đến nhiều người. Cán bộ dân vận phải giải thích rõ chủ trương, lắng nghe băn khoăn và kịp thời phản ánh với cấp ủy những vấn đề nảy sinh."),
          ("p", "Cùng với đó, chúng tôi tiếp tục phát huy vai trò của già làng, người có uy tín trong đồng bào dân tộc thiểu số; đẩy mạnh phong trào thi đua “Dân vận khéo” gắn với Chương trình mục tiêu quốc gia xây dựng nông thôn mới và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số."),
          ("h", "PV: Xin cảm ơn đồng chí!")])
CARD3 = ("Đồng chí Y Mai", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Kon Tum")
BYLINE3 = "Hồng Đăng (thực hiện)"


def page03():
    pub = T("2025-01-16 09:10")
    upd = T("2025-01-17 08:20")

    def vi(d):
        m = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"][d.month - 1]
        return f"Tháng {m} {d.day}, {d.year}"

    def main(rng, rl, rd):
        body = A3.render(p=lambda t: (f"<p><strong>Đồng chí Y Mai:</strong> {esc(t[len('Đồng chí Y Mai: '):])}</p>" if t.startswith("Đồng chí Y Mai: ") else f"<p>{esc(t)}</p>"),
                         h=lambda t: f"<p><strong><em>{esc(t)}</em></strong></p>",
                         img=lambda s, c, n: (f'<div id="attachment_{4400 + n}" style="width:710px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{4400 + n}" src="{s}" alt="" width="700" />'
                                              f'<p id="caption-attachment-{4400 + n}" class="wp-caption-text">{esc(c)}</p></div>'))
        card = (f'<div class="td-author-box td-post-interviewee clearfix"><div class="td-author-avatar"><img src="/wp-content/uploads/2025/01/y-mai-chan-dung.jpg" alt="{esc(CARD3[0], True)}" width="96" height="96" class="avatar" /></div>'
                f'<div class="td-author-info"><div class="td-author-name">{esc(CARD3[0])}</div><div class="td-author-description">{esc(CARD3[1])}</div></div></div>')
        relh = "".join(f'<div class="td_module_6 td_module_wrap"><h3 class="entry-title td-module-title"><a href="/{slug(t)}/">{esc(t)}</a></h3>'
                       f'<span class="td-post-date"><time class="entry-date" datetime="{iso(d)}">{vi(d)}</time></span></div>' for t, d in zip(rl[:4], rd))
        return (f'<article class="post type-post status-publish format-standard has-post-thumbnail category-phong-van-doi-thoai">'
                f'<div class="td-post-header td-pb-padding-side"><ul class="td-category"><li class="entry-category"><a href="/chuyen-muc/phong-van-doi-thoai/">Phỏng vấn - Đối thoại</a></li></ul>'
                f'<header class="td-post-title"><h1 class="entry-title">{esc(A3.title)}</h1>'
                f'<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="/author/bdv_kontum/">bdv_kontum</a><div class="td-author-line"> - </div></div>'
                f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(pub)}">{vi(pub)}</time></span> '
                f'<span class="td-post-modified">Cập nhật: <time class="entry-date td-module-date" datetime="{iso(upd)}">{vi(upd)}</time></span>'
                f'<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{rng.randint(1000, 9999)}">1,204</span></div></div></header>{card}</div>'
                f'<div class="td-post-sharing-top">Chia sẻ Facebook Twitter Pinterest WhatsApp</div>'
                f'<div class="td-post-content tagdiv-type"><p><em>{esc(A3.lead)}</em></p>{body}{right_bold(BYLINE3)}</div>'
                f'<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>Thẻ</span></li><li><a href="/tag/dan-van-kheo/">dân vận khéo</a></li><li><a href="/tag/y-mai/">Y Mai</a></li></ul></div>'
                f'<div class="td-related-title">Bài viết liên quan</div><div class="td-related-row">{relh}</div></footer></article>')

    crumbs = ('<div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep"></i> '
              '<span><a title="Xem tất cả bài viết trong Tin tức" class="entry-crumb" href="/chuyen-muc/tin-tuc/">Tin tức</a></span> <i class="td-icon-right td-bread-sep"></i> '
              '<span><a title="Xem tất cả bài viết trong Phỏng vấn - Đối thoại" class="entry-crumb" href="/chuyen-muc/phong-van-doi-thoai/">Phỏng vấn - Đối thoại</a></span></div>')
    url = "https://danvan.kontum.dcs.vn/truong-ban-dan-van-tinh-uy-kon-tum-dan-van-kheo-phai-bat-dau-tu-viec-lang-nghe-dan/"
    head = (og(A3.title, url, {"og:site_name": "Ban Dân vận Tỉnh ủy Kon Tum", "article:published_time": iso(pub), "article:modified_time": iso(upd)})
            + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A3.title, "datePublished": iso(pub), "dateModified": iso(upd),
                      "author": {"@type": "Person", "name": "bdv_kontum"}})
            + '<meta name="generator" content="WordPress 6.7.1" /><link rel="stylesheet" href="/wp-content/themes/Newsmag/style.css?ver=5.4.3" />'
            + '<meta name="generator" content="Powered by WPBakery Page Builder" />')
    return page("s25-03", family="bdv_wp_newsmag_interview_interviewee_profile_card_in_author_slot",
                name="kontum-bdvtu-wordpress-newsmag-wpbakery-td-category-phong-van-doi-thoai-h1-quote-boi-account-thang-mot-16-2025-time-agrees-cap-nhat-interviewee-author-box-italic-intro-bold-italic-pv-questions-wp-caption-thuc-hien",
                url=url, art=A3, main_fn=main, pub=pub, prefix="td", kb=205,
                org="Ban Dân vận Tỉnh ủy Kon Tum", addr="Số 138 đường Bà Triệu, TP Kon Tum, tỉnh Kon Tum", phone="0260.3862.515",
                crumbs=crumbs, top=head_top("td", "/wp-content/uploads/2023/05/logo-bdv.png", "Ban Dân vận Tỉnh ủy Kon Tum", days=4, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Phổ biến", fmt=lambda d: d.strftime("%d/%m/%Y"), cls="td-popular")
                + '<div class="td_block_wrap td-weather"><h4>Kon Tum</h4><p>Trời nắng · 27°C · Thứ Ba</p></div>',
                shell_kw={"layout": "wp", "head_extra": head, "title": A3.title + " - Ban Dân vận Tỉnh ủy Kon Tum"},
                exp=expected(A3, iso(pub), updated=iso(upd), author="Hồng Đăng", category="Phỏng vấn - Đối thoại"),
                traps={"bylines": [BYLINE3], "accounts": ["bdv_kontum"],
                       "chrome": ["Chia sẻ Facebook Twitter Pinterest WhatsApp", "Bài viết liên quan", "Chia sẻ Facebook", "1,204"], "related": lambda rl: rl[:3]},
                notes="TWIST: WordPress + Newsmag (tagDiv) with WPBakery, Ban Dân vận Tỉnh ủy (January 2025, before the board merged). An INTERVIEW. Under the h1 and the meta row the theme prints a td-author-box — the theme's author-card component (portrait, bold name, description line) — but here it is filled with the INTERVIEWEE: 'Đồng chí Y Mai' / 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Kon Tum'. It has exactly the shape of an author card (name + unit) and sits where Newsmag puts the writer. The interview is credited at the end: 'Hồng Đăng (thực hiện)' → author 'Hồng Đăng', unit null. A reader taking the card as the byline records the interviewee as author and her post as unit — a wrong record with no empty field (NEW: a subject's profile card is not a byline). Meta: 'Bởi bdv_kontum' (account, not author), 'Tháng Một 16, 2025' in <time datetime='2025-01-16T09:10:00+07:00'> → agreeing machine time with an explicit offset is used (sets 14-22 majority) → 2025-01-16T09:10; 'Cập nhật: Tháng Một 17, 2025' in an agreeing <time> 08:20 → updated 2025-01-17T08:20. Italic intro = lead. Bold-italic 'PV: …?' questions are body paragraphs (as sub-heads), answers keep their bold 'Đồng chí Y Mai:' label as printed; the closing 'PV: Xin cảm ơn đồng chí!' is body. wp-caption with '. Ảnh: H.Đ' inside the caption → caption kept whole, photographer null. Category 'Phỏng vấn - Đối thoại' (td-category = crumb last level).",
                readme="TWIST the theme's author card (td-author-box: portrait, name, description) under the h1 holds the INTERVIEWEE ('Đồng chí Y Mai' / her post and board) → not author; the credit is 'Hồng Đăng (thực hiện)' at the end; WordPress Newsmag + WPBakery Ban Dân vận, interview with bold-italic 'PV:' questions, 'Bởi <account>', 'Tháng Một 16, 2025' + 'Cập nhật:' in agreeing <time>s, italic intro lead, wp-caption with '. Ảnh: H.Đ'")


# ===================================================================== 4 Đài PT-TH Hà Giang: ThinkPHP 6 in-house; Vietnamese + H'Mông versions in tabs; the inactive H'Mông tab in the DOM (TWIST)
A4 = Art("Mèo Vạc ra mắt mô hình “Dân vận khéo” giữ gìn trang phục truyền thống dân tộc Mông",
         "Ngày 10/6, Ban Thường vụ Huyện ủy Mèo Vạc tổ chức ra mắt mô hình “Dân vận khéo” trong giữ gìn, phát huy trang phục truyền thống dân tộc Mông tại xã Pả Vi.",
         [("p", "Mô hình do Hội Liên hiệp Phụ nữ huyện chủ trì, với 45 thành viên là hội viên phụ nữ, đoàn viên thanh niên ở 4 thôn của xã Pả Vi. Các thành viên cam kết mặc trang phục truyền thống trong các ngày lễ, ngày họp thôn, hướng dẫn con em thêu thùa, in sáp ong, dệt vải lanh."),
          ("img", "/uploads/news/2025/06/meo-vac-trang-phuc-mong.jpg", "Hội viên phụ nữ xã Pả Vi trình diễn trang phục truyền thống dân tộc Mông tại lễ ra mắt mô hình"),
          ("p", "Theo Ban Dân vận Huyện ủy, mô hình góp phần gìn giữ nghề truyền thống, đồng thời tạo thêm thu nhập cho phụ nữ từ bán sản phẩm thổ cẩm cho khách du lịch trên tuyến Cao nguyên đá Đồng Văn."),
          ("p", "Dịp này, Ban Thường vụ Huyện ủy tặng 20 bộ khung dệt và 45 bộ trang phục cho các thành viên mô hình; phát động các xã Pải Lủng, Sủng Là xây dựng mô hình tương tự trong năm 2025.")])
HMONG4 = ["Hnub 10/6, Pawg Thawj Coj Tog cheb Mèo Vạc tau qhib tus qauv “Kev ua haujlwm nrog pej xeem zoo” hauv kev khaws cia cov khaub ncaws ib txwm ntawm haiv neeg Hmoob nyob rau hauv xeem Pả Vi.",
          "Tus qauv no muaj 45 tus tswv cuab yog cov poj niam thiab cov hluas nyob hauv 4 lub zos. Lawv cog lus tias yuav hnav khaub ncaws Hmoob thaum hnub caiv, thiab qhia cov me nyuam paj ntaub, tha ciab thiab ntos ntaub maj.",
          "Pawg Thawj Coj Tog cheb tau pub 20 lub ntos ntaub thiab 45 teeb khaub ncaws rau cov tswv cuab."]
BYLINE4 = "Tin: Giàng A Chu - Ảnh: Minh Tuấn"


def page04():
    pub = T("2025-06-10 20:45")

    def main(rng, rl, rd):
        body = A4.render(p=lambda t: f'<p class="MsoNormal" style="text-align:justify">{esc(t)}</p>',
                         img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" style="width:100%" /></p><p class="img-caption" style="text-align:center"><em>{esc(c)}</em></p>')
        hm_body = "".join(f"<p>{esc(t)}</p>" for t in HMONG4)
        relh = "".join(f'<li><a href="/tin-tuc/{slug(t)}-{rng.randint(10000, 99999)}.html">{esc(t)}</a> <span>{hm(d)}, {dmy(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="news-detail"><div class="cat-title-bar"><span>TIN TRONG TỈNH</span></div>'
                f'<h1 class="news-title">{esc(A4.title)}</h1>'
                f'<div class="news-time"><i class="icon-time"></i> {hm(pub)}, {dmy(pub)}</div>'
                f'<ul class="nav nav-tabs lang-tabs" role="tablist"><li class="active"><a href="#tab-vi" data-toggle="tab">Tiếng Việt</a></li><li><a href="#tab-hmong" data-toggle="tab">Tiếng Mông</a></li></ul>'
                f'<div class="tab-content"><div class="tab-pane active" id="tab-vi"><div class="news-sapo"><strong>{esc(A4.lead)}</strong></div>'
                f'<div class="news-content">{body}{right_bold(BYLINE4)}</div></div>'
                f'<div class="tab-pane" id="tab-hmong"><div class="audio-hmong"><audio controls preload="none" src="/uploads/audio/2025/06/ban-tin-tieng-mong-1006.mp3"></audio> <span>Mloog xov xwm lus Hmoob · 03:12</span></div>'
                f'<h2 class="news-title-hmong">Mèo Vạc qhib tus qauv khaws cia khaub ncaws Hmoob</h2><div class="news-content">{hm_body}'
                f'<p style="text-align:right"><strong>Txhais lus: Sùng Thị Mỷ</strong></p></div></div></div>'
                f'<div class="news-tools">{share("hg-share")}</div>'
                f'<div class="news-other"><h3>Tin khác</h3><ul>{relh}</ul></div></div>')

    url = "https://hagiangtv.vn/tin-tuc/meo-vac-ra-mat-mo-hinh-dan-van-kheo-giu-gin-trang-phuc-truyen-thong-dan-toc-mong-48213.html"
    head = (og(A4.title, url, {"og:site_name": "Đài Phát thanh và Truyền hình Hà Giang", "og:locale": "vi_VN", "og:locale:alternate": "hmn"})
            + '<link rel="alternate" hreflang="hmn" href="' + url + '#tab-hmong" /><meta name="csrf-token" content="' + "7f" * 20 + '" />'
            + '<style>.tab-pane{display:none}.tab-pane.active{display:block}</style>')
    side = lambda rng, pub: (side_std(rng, pub, "Xem nhiều", fmt=lambda d: f"{hm(d)}, {dmy(d)}", cls="hg-most")
                             + '<div class="hg-schedule"><h3>Lịch phát sóng tiếng dân tộc</h3><ul><li>06:00 Tiếng Mông</li><li>11:30 Tiếng Dao</li><li>17:45 Tiếng Tày</li><li>20:30 Tiếng Mông</li></ul></div>')
    return page("s25-04", family="broadcaster_thinkphp_vietnamese_and_hmong_tabs_inactive_tab_in_dom",
                name="hagiang-daiptth-thinkphp6-inhouse-title-bar-tin-trong-tinh-h1-time-first-hh-mm-comma-dd-mm-yyyy-language-tabs-tieng-viet-active-tieng-mong-hidden-pane-bold-sapo-p-img-caption-tin-anh-credit-hmong-translator",
                url=url, art=A4, main_fn=main, pub=pub, prefix="hg", kb=150,
                org="Đài Phát thanh và Truyền hình Hà Giang", addr="Số 384 đường Nguyễn Trãi, TP Hà Giang, tỉnh Hà Giang", phone="0219.3866.512",
                top=head_top("hg", "/static/images/logo-hgtv.png", "Đài PT-TH Hà Giang", days=0, hours=3), side=side,
                shell_kw={"layout": "div", "head_extra": head, "title": A4.title + " - HGTV"},
                exp=expected(A4, iso(pub), author="Giàng A Chu", photographer="Minh Tuấn", category="TIN TRONG TỈNH"),
                traps={"hmong_version": HMONG4 + ["Mèo Vạc qhib tus qauv khaws cia khaub ncaws Hmoob", "Txhais lus: Sùng Thị Mỷ", "Mloog xov xwm lus Hmoob · 03:12"],
                       "bylines": [BYLINE4], "chrome": ["Tiếng Mông", "Tin khác", "Lịch phát sóng tiếng dân tộc"], "related": lambda rl: rl[:4]},
                notes="TWIST: ThinkPHP 6 in-house site of a provincial radio-TV station that publishes items in Vietnamese and in an ethnic language. Two tabs under the stamp, 'Tiếng Việt' (active) and 'Tiếng Mông': the H'Mông version (its own h2 headline, an audio bulletin player, three RPA paragraphs and 'Txhais lus: Sùng Thị Mỷ' = translated by) is in the DOM inside the inactive tab-pane, hidden by CSS. The page's item is the Vietnamese article (the default tab, the h1, og:locale vi_VN) → body = the Vietnamese sapo + paragraphs only; the parallel H'Mông version is another edition, not body (NEW convention). A reader collecting all text of the article block appends three foreign-language paragraphs and could take the translator as a second credit. Stamp time-first '20:45, 10/06/2025' → 2025-06-10T20:45. Bold sapo = lead. 'Tin: Giàng A Chu - Ảnh: Minh Tuấn' → author + photographer. Category: the red title bar 'TIN TRONG TỈNH' over the item (caps as printed; no crumb). Caption: centred italic p.img-caption.",
                readme="TWIST the H'Mông version of the item (h2, audio player, three paragraphs, translator line) sits in the DOM in the inactive 'Tiếng Mông' tab → not body (NEW: a parallel version in another language is not body); ThinkPHP 6 Đài PT-TH, title bar 'TIN TRONG TỈNH' category, time-first 'HH:MM, dd/mm/yyyy', bold sapo, italic p caption, 'Tin: A - Ảnh: B'")


# ===================================================================== 5 Huyện ủy Giao Thủy (Nam Định): XOOPS 2.5 news module; a notice with a table; the CONTACT-PERSON line shaped like a byline (TWIST)
A5 = Art("Thông báo lịch tiếp công dân định kỳ của đồng chí Bí thư Huyện ủy năm 2025",
         None,
         [("p", "Thực hiện Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, Thường trực Huyện ủy Giao Thủy thông báo lịch tiếp công dân định kỳ của đồng chí Bí thư Huyện ủy năm 2025 như sau:"),
          ("table", [["Quý", "Thời gian", "Địa điểm"],
                     ["Quý I", "Ngày 20/3/2025", "Trụ sở Tiếp công dân huyện"],
                     ["Quý II", "Ngày 19/6/2025", "Trụ sở Tiếp công dân huyện"],
                     ["Quý III", "Ngày 18/9/2025", "Hội trường UBND xã Giao Thiện"],
                     ["Quý IV", "Ngày 18/12/2025", "Trụ sở Tiếp công dân huyện"]]),
          ("p", "Thời gian tiếp: buổi sáng từ 7 giờ 30 phút đến 11 giờ 30 phút. Trường hợp lịch tiếp trùng với ngày nghỉ lễ hoặc có công việc đột xuất, Văn phòng Huyện ủy sẽ thông báo lịch tiếp bù trên Trang thông tin điện tử của Huyện ủy và Đài Truyền thanh huyện."),
          ("p", "Công dân đến trình bày ý kiến, kiến nghị, phản ánh, khiếu nại, tố cáo mang theo giấy tờ tùy thân và các tài liệu có liên quan; chấp hành nội quy nơi tiếp công dân."),
          ("p", "Đầu mối liên hệ: Phạm Thị Hương - Văn phòng Huyện ủy (ĐT: 0228.3895.246)")])
CONTACT5 = A5.blocks[-1][1]


def page05():
    pub = T("2025-02-13 08:05:27")

    def stamp(d):
        return f"{d.day}/{d.month}/{d.year} {d.hour}:{d.minute:02d}:{d.second:02d}"

    def main(rng, rl, rd):
        out = []
        for b in A5.blocks:
            if b[0] == "table":
                rows = b[1]
                out.append('<table class="outer" cellspacing="1" border="1" width="100%" style="border-collapse:collapse"><tbody>'
                           + "<tr>" + "".join(f'<th class="head">{esc(c)}</th>' for c in rows[0]) + "</tr>"
                           + "".join("<tr class=\"" + ("even" if i % 2 else "odd") + "\">" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for i, r in enumerate(rows[1:])) + "</tbody></table>")
            elif b[1] is CONTACT5:
                out.append(f'<p style="text-align:right"><em>{esc(b[1])}</em></p>')
            else:
                out.append(f'<p style="text-align:justify">{esc(b[1])}</p>')
        relh = "".join(f'<li><a href="/modules/news/article.php?storyid={rng.randint(1200, 1500)}">{esc(t)}</a> ({stamp(d)})</li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="news-item"><div class="itemHead"><span class="itemTitle"><h2>{esc(A5.title)}</h2></span></div>'
                f'<div class="itemInfo"><span class="itemTopic"><a href="/modules/news/index.php?storytopic=4"><img src="/uploads/news/image/thong-bao.gif" alt="Thông báo" /></a> '
                f'<a href="/modules/news/index.php?storytopic=4">Thông báo</a></span> : '
                f'<span class="itemPoster">Gửi bởi <a href="/userinfo.php?uid=3">huyenuygiaothuy</a></span> '
                f'<span class="itemPostDate">vào {stamp(pub)}</span> (<span class="itemStats">312 lần đọc</span>)</div>'
                f'<div class="itemBody"><div class="itemText">{"".join(out)}</div></div>'
                f'<div class="itemFoot"><span class="itemAdminLink"><a href="/modules/news/print.php?storyid=1388"><img src="/modules/news/assets/images/print.png" alt="Bản in" /></a> '
                f'<a href="mailto:?subject=thong-bao"><img src="/modules/news/assets/images/friend.png" alt="Gửi bài này cho bạn bè" /></a></span></div>'
                f'<div class="news-navigation"><a href="/modules/news/article.php?storyid=1387">« Bài trước</a> | <a href="/modules/news/article.php?storyid=1389">Bài tiếp »</a></div>'
                f'<div class="news-other"><h4>Tin cùng chủ đề</h4><ul>{relh}</ul></div></div>')

    url = "https://giaothuy.namdinh.dcs.vn/modules/news/article.php?storyid=1388"
    head = ('<meta name="generator" content="XOOPS" /><meta name="keywords" content="Huyện ủy Giao Thủy, tiếp công dân, thông báo" />'
            '<link rel="stylesheet" type="text/css" media="all" href="/xoops.css" /><link rel="stylesheet" type="text/css" media="all" href="/themes/xbootstrap/style.css" />'
            '<script type="text/javascript" src="/include/xoops.js"></script>')
    side = lambda rng, pub: (side_std(rng, pub, "Tin mới", fmt=lambda d: f"{d.day}/{d.month}/{d.year}", cls="xo-new")
                             + '<div class="xo-block"><h4>Thống kê truy cập</h4><p>Đang truy cập: 14<br />Hôm nay: 1.207<br />Tổng lượt truy cập: 2.340.118</p></div>'
                             + '<div class="xo-block"><h4>Đăng nhập</h4><input placeholder="Tên đăng nhập" /><input type="password" placeholder="Mật khẩu" /><button>Đăng nhập</button></div>')
    return page("s25-05", family="district_party_xoops_notice_table_contact_line_shaped_like_byline",
                name="namdinh-giaothuy-huyenuy-xoops25-news-module-itemtitle-h2-topic-thong-bao-gui-boi-account-vao-d-m-yyyy-h-mm-ss-printed-seconds-no-lead-schedule-table-th-row-italic-right-contact-line-name-dash-van-phong-huyen-uy",
                url=url, art=A5, main_fn=main, pub=pub, prefix="xo", kb=110,
                org="Đảng bộ huyện Giao Thủy", addr="Thị trấn Ngô Đồng, huyện Giao Thủy, tỉnh Nam Định", phone="0228.3895.246",
                top=head_top("xo", "/themes/xbootstrap/images/banner-giaothuy.jpg", "Đảng bộ huyện Giao Thủy", days=0, hours=6, style="hom_nay"), side=side,
                shell_kw={"layout": "table", "head_extra": head, "title": A5.title + " - Đảng bộ huyện Giao Thủy"},
                exp=expected(A5, iso(pub), category="Thông báo"),
                traps={"accounts": ["huyenuygiaothuy"], "chrome": ["312 lần đọc", "« Bài trước", "Bài tiếp »", "Tin cùng chủ đề", "Thống kê truy cập", "Tổng lượt truy cập: 2.340.118"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: XOOPS 2.5 news module (a legacy Huyện ủy site, xbootstrap theme, table layout). A short NOTICE with a table (the Bí thư's citizen-reception days). The last line of the notice, right-aligned and italic where bylines stand on this site, reads 'Đầu mối liên hệ: Phạm Thị Hương - Văn phòng Huyện ủy (ĐT: 0228.3895.246)' — the shape of 'Name - unit' after a label. It is the notice's CONTACT PERSON, part of the notice's content → body (last paragraph, as printed), NOT the author: the notice is unsigned, posted by the account 'huyenuygiaothuy' → author null, unit null (NEW: a notice's contact-person line is body and names no author). A byline heuristic on the last right-aligned 'Name - unit' line records Phạm Thị Hương and the Văn phòng as writer and unit, silently. Stamp 'Gửi bởi huyenuygiaothuy vào 13/2/2025 8:05:27' (XOOPS prints unpadded day, month and hour, and seconds) → 2025-02-13T08:05:27 (printed seconds kept). No lead, no picture. Table: header row (th) included, one paragraph per row, cells joined by ' | '. Category = the XOOPS topic 'Thông báo'. Decoys: the reception days of 2025, the 2019 Quy định date, the related list with seconds.",
                readme="TWIST the notice's last line, italic right 'Đầu mối liên hệ: Phạm Thị Hương - Văn phòng Huyện ủy (ĐT: …)', is the CONTACT PERSON (body), not the author → author and unit null; XOOPS 2.5 news Huyện ủy, h2 itemTitle, topic 'Thông báo', 'Gửi bởi <account> vào d/m/yyyy H:MM:SS' (printed seconds), no lead, schedule table with a th row")


# ===================================================================== 6 Đảng ủy Khối các cơ quan tỉnh Bình Dương: Joomla 4 + T4 Framework; reprint 'Theo Nhân Dân điện tử, 06:12 ngày …' — the only TIME on the item belongs to the source (TWIST)
A6 = Art("Nâng cao chất lượng sinh hoạt chi bộ trong các cơ quan hành chính sau sắp xếp",
         "Sau khi sắp xếp, tinh gọn tổ chức bộ máy, nhiều chi bộ trong các cơ quan hành chính có sự thay đổi lớn về số lượng, thành phần đảng viên. Việc duy trì nền nếp, nâng cao chất lượng sinh hoạt chi bộ đang được các cấp ủy đặc biệt quan tâm.",
         [("p", "Tại nhiều bộ, ngành và địa phương, việc hợp nhất các cơ quan đã dẫn tới việc sáp nhập các chi bộ có quy mô, đặc điểm khác nhau. Có chi bộ sau hợp nhất có trên 40 đảng viên, với nhiều đảng viên mới chuyển đến chưa quen công việc và môi trường công tác mới."),
          ("img", "/images/2025/05/sinh-hoat-chi-bo-co-quan.jpg", "Một buổi sinh hoạt chuyên đề của chi bộ cơ quan sau hợp nhất (Ảnh minh họa)"),
          ("p", "Để khắc phục, nhiều cấp ủy đã chỉ đạo kiện toàn ngay cấp ủy chi bộ, phân công đảng viên phụ trách từng lĩnh vực, đồng thời chọn nội dung sinh hoạt chuyên đề gắn với nhiệm vụ chính trị của cơ quan, như cải cách thủ tục hành chính, chuyển đổi số, thực hành tiết kiệm."),
          ("p", "Kinh nghiệm cho thấy, nơi nào cấp ủy chuẩn bị kỹ nội dung, người chủ trì gợi mở để đảng viên phát biểu thẳng thắn thì buổi sinh hoạt có chất lượng. Ngược lại, sinh hoạt hình thức, đọc lại báo cáo sẽ làm giảm sức chiến đấu của tổ chức đảng."),
          ("p", "Các chuyên gia cho rằng, cần sớm ban hành hướng dẫn về nội dung sinh hoạt chi bộ phù hợp với mô hình tổ chức mới; tăng cường kiểm tra, giám sát việc thực hiện các nguyên tắc tổ chức sinh hoạt đảng ở các chi bộ sau sắp xếp.")])
AUTH6 = "NGỌC SƠN"
SRC6 = "(Theo Nhân Dân điện tử, 06:12 ngày 19/5/2025)"


def page06():
    pub = T("2025-05-19")

    def main(rng, rl, rd):
        body = A6.render(p=lambda t: f"<p>{esc(t)}</p>",
                         img=lambda s, c, n: (f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" width="800" height="533" loading="lazy" data-path="{s}" />'
                                              f'<figcaption>{esc(c)}</figcaption></figure>'))
        relh = "".join(f'<li class="t4-related-item"><a href="/tin-tuc/tin-trong-nuoc/{rng.randint(2000, 2999)}-{slug(t)}">{esc(t)}</a> <span class="date">{dmy(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A6.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="category-name"><span class="fa fa-folder-open" aria-hidden="true"></span> Danh mục: <a href="/tin-tuc/tin-trong-nuoc" itemprop="genre">Tin trong nước</a></dd>'
                f'<dd class="published"><span class="fa fa-calendar" aria-hidden="true"></span> Ngày đăng: {dmy(pub)}</dd>'
                f'<dd class="hits"><span class="fa fa-eye" aria-hidden="true"></span> Lượt xem: 418</dd></dl>'
                f'<div itemprop="articleBody" class="com-content-article__body"><p><strong>{esc(A6.lead)}</strong></p>{body}'
                f'{right_bold(AUTH6)}<p style="text-align:right"><em>{esc(SRC6)}</em></p></div>'
                f'<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/component/tags/tag/sinh-hoat-chi-bo" class="btn btn-sm btn-info">sinh hoạt chi bộ</a></li></ul>'
                f'<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#">Trước</a> <a class="btn btn-sm btn-secondary next" href="#">Tiếp</a></span></nav>'
                f'<div class="t4-related"><h3>Tin liên quan</h3><ul>{relh}</ul></div></div>')

    crumbs = ('<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb"><li>Bạn đang ở: &#160;</li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc" class="pathway"><span>Tin tức</span></a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc/tin-trong-nuoc" class="pathway"><span>Tin trong nước</span></a></li>'
              f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(A6.title)}</span></li></ol>')
    url = "https://dangbokhoi.binhduong.gov.vn/tin-tuc/tin-trong-nuoc/2418-nang-cao-chat-luong-sinh-hoat-chi-bo-trong-cac-co-quan-hanh-chinh-sau-sap-xep"
    head = (og(A6.title, url, {"og:site_name": "Đảng ủy Khối các cơ quan tỉnh Bình Dương"})
            + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/templates/t4_blank/css/template.css?5c2b" rel="stylesheet" />'
            + '<link href="/media/t4/css/15.css?v=1.2.4" rel="stylesheet" /><script type="application/json" class="joomla-script-options new">{"csrf.token":"' + "a1" * 16 + '","system.paths":{"root":"","base":""}}</script>')
    return page("s25-06", family="duk_joomla4_t4_reprint_theo_nhan_dan_time_only_in_source_line",
                name="binhduong-dukcq-joomla4-t4-framework-ban-dang-o-crumb-title-last-danh-muc-tin-trong-nuoc-ngay-dang-dd-mm-yyyy-date-only-bold-first-p-lead-figcaption-anh-minh-hoa-caps-name-reprint-theo-nhan-dan-dien-tu-hh-mm-ngay-d-m-yyyy",
                url=url, art=A6, main_fn=main, pub=pub, prefix="t4", kb=140,
                org="Đảng ủy Khối các cơ quan tỉnh Bình Dương", addr="Tầng 6, Tháp A, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP Thủ Dầu Một, tỉnh Bình Dương", phone="0274.3829.418",
                crumbs=crumbs, top=head_top("t4", "/images/logo/banner-duk.png", "Đảng ủy Khối các cơ quan tỉnh Bình Dương", days=1, hours=5),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", cls="t4-new") + schedule(rng, pub + timedelta(days=1), "Lịch công tác Thường trực Đảng ủy Khối", "t4-lich"),
                shell_kw={"layout": "joomla", "head_extra": head, "title": A6.title + " - Đảng ủy Khối các cơ quan tỉnh Bình Dương"},
                exp=expected(A6, isod(pub), author="NGỌC SƠN", category="Tin trong nước"),
                traps={"source": [SRC6], "bylines": [AUTH6], "chrome": ["Lượt xem: 418", "Bạn đang ở:", "Tin liên quan", "Lịch công tác Thường trực Đảng ủy Khối"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: Joomla 4 + the JoomlArt T4 framework, Đảng ủy Khối các cơ quan tỉnh. A REPRINT from Báo Nhân Dân. The item's own stamp is DATE ONLY: 'Ngày đăng: 19/05/2025' (a plain dd, no <time>, no time anywhere in the metadata). The only time on the item is in the source line after the caps byline: '(Theo Nhân Dân điện tử, 06:12 ngày 19/5/2025)' — the original's publication on nhandan.vn, the same day. → published_at '2025-05-19' date only. A reader completing the date-only stamp with the nearby same-day time records T06:12, a moment at which this site had not yet published anything (NEW: a time printed in a reprint's source line belongs to the source, not to the page). Author 'NGỌC SƠN' (caps as printed, the Nhân Dân writer), unit null; the source line is not a unit and not body. Bold first paragraph = lead. Figcaption '… (Ảnh minh họa)' kept whole. Category 'Tin trong nước' ('Danh mục:' = crumb level before the title).",
                readme="TWIST reprint: the page's stamp is date only 'Ngày đăng: 19/05/2025'; the only time is the source line '(Theo Nhân Dân điện tử, 06:12 ngày 19/5/2025)' → published date only (NEW: a reprint's source time is not the page's); Joomla 4 + T4 Đảng ủy Khối, 'Bạn đang ở:' crumb ending in the title, 'Danh mục:', bold first-p lead, figcaption '(Ảnh minh họa)', caps byline 'NGỌC SƠN'")


# ===================================================================== 7 Trường Chính trị tỉnh Đắk Nông: Grav 1.7 (flat-file, Quark); study article; 'TS. Name - Phó Trưởng Khoa …, Trường …' under the title
A7 = Art("Vận dụng tư tưởng Hồ Chí Minh về công tác cán bộ trong sắp xếp tổ chức bộ máy hiện nay",
         "Công tác cán bộ là khâu then chốt trong sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị. Những chỉ dẫn của Chủ tịch Hồ Chí Minh về đánh giá, lựa chọn và bố trí cán bộ vẫn còn nguyên giá trị đối với yêu cầu hiện nay.",
         [("h", "1. Tư tưởng Hồ Chí Minh về công tác cán bộ"),
          ("p", "Chủ tịch Hồ Chí Minh khẳng định “cán bộ là cái gốc của mọi công việc”, “muôn việc thành công hoặc thất bại đều do cán bộ tốt hoặc kém”. Theo Người, muốn biết rõ cán bộ thì không chỉ xem xét công việc trong một lúc mà phải xem xét cả lịch sử, cả công việc của họ."),
          ("p", "Người yêu cầu khéo dùng cán bộ: dùng người phải đúng chỗ, đúng việc; tránh tư tưởng “một người làm quan, cả họ được nhờ”; đồng thời phải thường xuyên kiểm tra, giúp đỡ cán bộ sửa chữa khuyết điểm."),
          ("h", "2. Vận dụng trong sắp xếp tổ chức bộ máy"),
          ("p", "Thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII, Đắk Nông đã và đang sắp xếp các cơ quan, đơn vị theo hướng tinh gọn. Quá trình này đòi hỏi phải đánh giá đúng năng lực, phẩm chất của từng cán bộ để bố trí hợp lý, không để lãng phí người có năng lực."),
          ("p", "Một số địa phương đã xây dựng tiêu chí cụ thể, công khai, lấy kết quả thực hiện nhiệm vụ làm thước đo chủ yếu; chú trọng đối thoại, làm công tác tư tưởng với cán bộ dôi dư; có chính sách hỗ trợ kịp thời cho người nghỉ hưu trước tuổi."),
          ("h", "3. Một số kiến nghị"),
          ("p", "Một là, cụ thể hóa tiêu chuẩn chức danh sau sắp xếp, gắn với khung năng lực vị trí việc làm. Hai là, đổi mới đánh giá cán bộ theo hướng đa chiều, định lượng. Ba là, quan tâm đào tạo, bồi dưỡng lại cho cán bộ được bố trí công việc mới, trong đó các trường chính trị cần chủ động đổi mới chương trình bồi dưỡng.")])
BYLINE7 = "TS. Đinh Thị Nga - Phó Trưởng Khoa Xây dựng Đảng, Trường Chính trị tỉnh Đắk Nông"


def page07():
    pub = T("2025-01-14")

    def main(rng, rl, rd):
        body = A7.render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f"<h3>{esc(t)}</h3>")
        relh = "".join(f'<li><a href="/nghien-cuu-trao-doi/{slug(t)[:60]}">{esc(t)}</a> <small>{d.day} tháng {d.month:02d}, {d.year}</small></li>' for t, d in zip(rl[:5], rd))
        return (f'<section id="body-wrapper" class="section blog-listing"><div class="content-item h-entry"><div class="content-title text-center">'
                f'<h1 class="p-name mt-1"><a href="/nghien-cuu-trao-doi/van-dung-tu-tuong-ho-chi-minh-ve-cong-tac-can-bo">{esc(A7.title)}</a></h1>'
                f'<span class="blog-date"><time class="dt-published" datetime="2025-01-14"><i class="fa fa-calendar"></i> {wd(pub)}, {pub.day} tháng {pub.month:02d} năm {pub.year}</time></span>'
                f'<p class="byline">{esc(BYLINE7)}</p></div>'
                f'<div class="e-content"><p class="summary"><em>{esc(A7.lead)}</em></p>{body}</div>'
                f'<span class="tags"><a class="label label-rounded label-secondary p-category" href="/tag:cong-tac-can-bo">công tác cán bộ</a> '
                f'<a class="label label-rounded label-secondary p-category" href="/tag:tu-tuong-ho-chi-minh">tư tưởng Hồ Chí Minh</a></span>'
                f'<p class="prev-next text-center"><a class="btn" href="#"><i class="fa fa-angle-left"></i> Bài trước</a> <a class="btn" href="#">Bài sau <i class="fa fa-angle-right"></i></a></p>'
                f'<div class="related-pages"><h4>Bài viết liên quan</h4><ul>{relh}</ul></div></div></section>')

    def side(rng, pub):
        return ('<div class="sidebar-content"><h4>Danh mục</h4><ul class="archives"><li><a href="/tin-hoat-dong">Tin hoạt động</a></li><li><a href="/dao-tao-boi-duong">Đào tạo - Bồi dưỡng</a></li>'
                '<li class="active"><a href="/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></li><li><a href="/van-ban">Văn bản</a></li></ul></div>'
                + side_std(rng, pub, "Bài viết mới", fmt=lambda d: f"{d.day} tháng {d.month:02d}, {d.year}", cls="grav-recent")
                + '<div class="sidebar-content"><h4>Lịch giảng dạy tuần</h4><p>Lớp Trung cấp LLCT - HC K42: Thứ Hai - Thứ Sáu, 7h30 - 11h00</p></div>')

    crumbs = ('<div id="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"><a href="/" itemprop="item"><span itemprop="name">Trang chủ</span></a></span> '
              '<i class="fa fa-angle-right"></i> <span itemprop="itemListElement"><a href="/nghien-cuu-trao-doi" itemprop="item"><span itemprop="name">Nghiên cứu - Trao đổi</span></a></span> '
              f'<i class="fa fa-angle-right"></i> <span itemprop="itemListElement"><span itemprop="name">{esc(A7.title)}</span></span></div>')
    url = "https://truongchinhtri.daknong.gov.vn/nghien-cuu-trao-doi/van-dung-tu-tuong-ho-chi-minh-ve-cong-tac-can-bo"
    head = (og(A7.title, url, {"og:site_name": "Trường Chính trị tỉnh Đắk Nông"}) + '<meta name="generator" content="GravCMS" />'
            + '<link href="/user/themes/quark/css-compiled/spectre.min.css" type="text/css" rel="stylesheet"><link href="/user/themes/quark/css-compiled/theme.min.css" type="text/css" rel="stylesheet">')
    return page("s25-07", family="political_school_grav_study_article_degree_post_faculty_school_under_title",
                name="daknong-truongchinhtri-grav17-quark-crumb-title-last-h1-link-weekday-dd-thang-mm-nam-yyyy-date-only-time-date-only-byline-under-title-ts-name-dash-pho-truong-khoa-comma-truong-italic-summary-lead-h3-numbered-heads-no-pictures",
                url=url, art=A7, main_fn=main, pub=pub, prefix="gv", kb=105,
                org="Trường Chính trị tỉnh Đắk Nông", addr="Đường 23/3, phường Nghĩa Đức, TP Gia Nghĩa, tỉnh Đắk Nông", phone="0261.3544.208",
                crumbs=crumbs, top=head_top("gv", "/user/themes/quark/images/logo-truong.png", "Trường Chính trị tỉnh Đắk Nông", days=2, hours=1), side=side,
                shell_kw={"layout": "hugo", "head_extra": head, "title": A7.title + " | Trường Chính trị tỉnh Đắk Nông"},
                exp=expected(A7, isod(pub), author="TS. Đinh Thị Nga", unit="Khoa Xây dựng Đảng, Trường Chính trị tỉnh Đắk Nông", category="Nghiên cứu - Trao đổi", captions=[]),
                traps={"bylines": [BYLINE7], "chrome": ["Bài trước", "Bài sau", "Bài viết liên quan", "Lịch giảng dạy tuần", "Lớp Trung cấp LLCT - HC K42"],
                       "related": lambda rl: rl[:4]},
                notes="Grav 1.7 (flat-file CMS, Quark theme) of a Trường Chính trị. A study article: no pictures (captions []), h3 numbered sub-heads (body), the italic summary paragraph = lead. The byline sits UNDER THE TITLE, above the summary: 'TS. Đinh Thị Nga - Phó Trưởng Khoa Xây dựng Đảng, Trường Chính trị tỉnh Đắk Nông' → author 'TS. Đinh Thị Nga' (degree kept), the post 'Phó Trưởng' dropped, unit 'Khoa Xây dựng Đảng, Trường Chính trị tỉnh Đắk Nông' (faculty and school as one unit, as sets 16 and 23). Stamp 'Thứ Ba, 14 tháng 01 năm 2025' in a <time datetime='2025-01-14'> (date only) → '2025-01-14'. Category 'Nghiên cứu - Trao đổi' (crumb level before the title; the sidebar's active item agrees). Tags, prev/next, related and the teaching schedule are chrome. Quotations of Hồ Chí Minh are body.",
                readme="Grav 1.7 Quark Trường Chính trị: study article, crumb ending in the title, 'Thứ Ba, 14 tháng 01 năm 2025' (date-only <time>), byline UNDER the title 'TS. Name - Phó Trưởng Khoa …, Trường Chính trị tỉnh …' (post dropped, faculty + school one unit), italic summary lead, h3 numbered heads, no pictures")


# ===================================================================== 8 Thành ủy Bà Rịa (BR-VT): ELCOM-like ASP.NET Core + Vue 2 hydrated portal; emoji date and time items; 'Bài, ảnh: Name - unit'
A8 = Art("Thành ủy Bà Rịa triển khai phương án sắp xếp, tinh gọn tổ chức bộ máy",
         "Sáng 20/2, Ban Thường vụ Thành ủy Bà Rịa tổ chức hội nghị triển khai các quyết định của Ban Thường vụ Tỉnh ủy về sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị thành phố và công tác cán bộ.",
         [("p", "Theo phương án, thành phố kết thúc hoạt động của Ban Dân vận Thành ủy, hợp nhất vào Ban Tuyên giáo Thành ủy thành Ban Tuyên giáo và Dân vận Thành ủy; thành lập Đảng ủy các cơ quan Đảng thành phố và Đảng ủy Chính quyền thành phố trên cơ sở kết thúc hoạt động của 12 chi bộ, đảng bộ cơ sở trực thuộc."),
          ("img", "/Uploads/images/2025/02/20/hoi-nghi-sap-xep-bo-may.jpg", "Quang cảnh hội nghị triển khai phương án sắp xếp tổ chức bộ máy của Thành ủy Bà Rịa"),
          ("p", "Tại hội nghị, Ban Thường vụ Thành ủy công bố các quyết định chỉ định nhân sự lãnh đạo các cơ quan sau sắp xếp; phân công 14 cán bộ lãnh đạo, quản lý nghỉ hưu trước tuổi theo chính sách của Trung ương."),
          ("p", "Phát biểu chỉ đạo, đồng chí Bí thư Thành ủy ghi nhận tinh thần gương mẫu của các đồng chí tự nguyện nghỉ hưu trước tuổi để tạo điều kiện cho việc sắp xếp; yêu cầu các cơ quan mới kiện toàn tổ chức, ban hành quy chế làm việc và đi vào hoạt động ngay từ ngày 1/3/2025."),
          ("img", "/Uploads/images/2025/02/20/trao-quyet-dinh.jpg", "Lãnh đạo Thành ủy trao quyết định cho các đồng chí được chỉ định vào cấp ủy các đảng bộ mới"),
          ("p", "Cùng ngày, Thường trực Thành ủy tổ chức gặp mặt, tặng quà các cán bộ nghỉ hưu trước tuổi và đối thoại về các chế độ, chính sách có liên quan.")])
BYLINE8 = "Bài, ảnh: Lê Hoàng Phúc - Ban Tuyên giáo và Dân vận Thành ủy"


def page08():
    pub = T("2025-02-21 08:25")
    upd = T("2025-02-21 16:02")

    def main(rng, rl, rd):
        body = A8.render(p=lambda t: f'<p data-v-4e1a2b>{esc(t)}</p>',
                         img=lambda s, c, n: f'<figure class="news-figure" data-v-4e1a2b><img src="{s}" alt="anh-{n}" /><figcaption class="news-figure__cap">{esc(c)}</figcaption></figure>')
        relh = "".join(f'<a class="news-card" href="/tin-tuc/{slug(t)}-{rng.randint(100000, 999999)}" data-v-7c0d><span class="news-card__title">{esc(t)}</span>'
                       f'<span class="news-card__date">📅 {dmy(d)}</span></a>' for t, d in zip(rl[:4], rd))
        state = {"article": {"id": 51234, "title": A8.title, "publishedAt": "2025-02-21T01:25:00Z", "updatedAt": "2025-02-21T09:02:00Z", "category": "Hoạt động Thành ủy",
                             "createdBy": "ttdv.baria"}, "layout": {"menu": [m[0] for m in MENU_NEWS]}}
        return (f'<div id="app" data-server-rendered="true"><div class="news-detail" data-v-4e1a2b>'
                f'<h1 class="news-detail__title" data-v-4e1a2b>{esc(A8.title)}</h1>'
                f'<div class="news-detail__meta" data-v-4e1a2b><span class="meta-item">📅 {dmy(pub)}</span> <span class="meta-item">⏰ {hm(pub)}</span> '
                f'<span class="meta-item meta-upd">✏️ Cập nhật {dmy(upd)} {hm(upd)}</span> <span class="meta-item">👁 2.318</span></div>'
                f'<h2 class="news-detail__sapo" data-v-4e1a2b>{esc(A8.lead)}</h2>'
                f'<div class="news-detail__body" data-v-4e1a2b>{body}<p style="text-align:right" data-v-4e1a2b><strong>{esc(BYLINE8)}</strong></p></div>'
                f'<div class="news-detail__share" data-v-4e1a2b>Chia sẻ bài viết: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In</a></div>'
                f'<section class="news-related" data-v-7c0d><h3>Tin cùng chuyên mục</h3>{relh}</section></div></div>'
                f'<script>window.__INITIAL_STATE__={dump(state)}</script>')

    crumbs = crumb([("Trang chủ", "/"), ("Tin tức - Sự kiện", "/tin-tuc-su-kien"), ("Hoạt động Thành ủy", "/tin-tuc-su-kien/hoat-dong-thanh-uy")], cls="breadcrumb el-crumb", sep="")
    url = "https://thanhuybaria.baria-vungtau.dcs.vn/tin-tuc/thanh-uy-ba-ria-trien-khai-phuong-an-sap-xep-tinh-gon-to-chuc-bo-may-512340"
    head = (og(A8.title, url, {"og:site_name": "Thành ủy Bà Rịa", "article:published_time": "2025-02-21T08:25:00+07:00"})
            + '<link rel="stylesheet" href="/dist/css/app.7f3a9c.css" /><link rel="preload" href="/dist/js/app.7f3a9c.js" as="script" /><meta name="copyright" content="ELCOM" />')
    return page("s25-08", family="city_party_aspnetcore_vue2_ssr_emoji_date_time_items_bai_anh_name_dash_unit",
                name="bariavungtau-baria-thanhuy-elcom-like-aspnetcore-vue2-ssr-crumb-hoat-dong-thanh-uy-h1-emoji-calendar-dd-mm-yyyy-emoji-clock-hh-mm-separate-items-cap-nhat-h2-sapo-figcaption-two-photos-bold-right-bai-anh-name-dash-ban-tuyen-giao-va-dan-van",
                url=url, art=A8, main_fn=main, pub=pub, prefix="el", kb=165,
                org="Thành ủy Bà Rịa", addr="Số 1 đường 27/4, phường Phước Hiệp, TP Bà Rịa, tỉnh Bà Rịa - Vũng Tàu", phone="0254.3826.137",
                crumbs=crumbs, top=head_top("el", "/images/banner-thanhuy-baria.png", "Thành ủy Bà Rịa", days=1, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Tin nổi bật", fmt=lambda d: "📅 " + dmy(d), cls="el-hot")
                + '<div class="el-box"><h3>Số liệu đảng viên</h3><p>Tổng số đảng viên: 6.412 · Số liệu đến 31/12/2024</p></div>',
                shell_kw={"layout": "div", "head_extra": head, "title": A8.title + " | Thành ủy Bà Rịa"},
                exp=expected(A8, iso(pub), updated=iso(upd), author="Lê Hoàng Phúc", unit="Ban Tuyên giáo và Dân vận Thành ủy", photographer="Lê Hoàng Phúc", category="Hoạt động Thành ủy"),
                traps={"bylines": [BYLINE8], "accounts": ["ttdv.baria"], "chrome": ["👁 2.318", "Chia sẻ bài viết:", "Tin cùng chuyên mục", "Số liệu đảng viên", "Số liệu đến 31/12/2024"],
                       "related": lambda rl: rl[:3]},
                notes="ELCOM-like ASP.NET Core portal with a Vue 2 front hydrated from window.__INITIAL_STATE__ (server-rendered, data-v-* scoped attributes). The meta row prints the date and the time as two SEPARATE emoji items, '📅 21/02/2025' and '⏰ 08:25', then '✏️ Cập nhật 21/02/2025 16:02' → published 2025-02-21T08:25, updated 2025-02-21T16:02 (the emoji are icons; the state JSON's UTC times agree and are not needed). The conference was the day before (20/2): a decoy in the sapo; the effective date 1/3/2025 too. h2 sapo = lead. Two figures with figcaptions. Bold right 'Bài, ảnh: Lê Hoàng Phúc - Ban Tuyên giáo và Dân vận Thành ủy' → author = photographer, unit the merged board (2025). Category = crumb last level 'Hoạt động Thành ủy' ('Tin tức - Sự kiện' is the generic parent). createdBy 'ttdv.baria' in the state is an account.",
                readme="ELCOM-like ASP.NET Core + Vue 2 SSR Thành ủy: date and time as separate emoji items '📅 dd/mm/yyyy' '⏰ HH:MM' + '✏️ Cập nhật dd/mm/yyyy HH:MM', h2 sapo, two figcaptions, 'Bài, ảnh: Name - Ban Tuyên giáo và Dân vận Thành ủy' (author = photographer + unit), crumb 'Hoạt động Thành ủy', __INITIAL_STATE__ island")


# ===================================================================== 9 Thị ủy Gò Công (Tiền Giang): WordPress + The7 + WPBakery; PHOTO STORY; 'Ảnh và lời: Name' at the top
A9 = Art("Phóng sự ảnh: Tuổi trẻ thị xã Gò Công ra quân “Ngày Chủ nhật xanh”",
         "Hưởng ứng Tháng Thanh niên năm 2025, sáng 9/3, Thị đoàn Gò Công phối hợp với các phường, xã tổ chức ra quân “Ngày Chủ nhật xanh” với sự tham gia của hơn 500 đoàn viên, thanh niên.",
         [("img", "/wp-content/uploads/2025/03/cn-xanh-go-cong-1.jpg", "Đoàn viên, thanh niên tập trung tại Quảng trường Trương Định trước giờ ra quân"),
          ("img", "/wp-content/uploads/2025/03/cn-xanh-go-cong-2.jpg", "Thanh niên phường 2 phát quang, thu gom rác dọc tuyến kênh Salisette"),
          ("img", "/wp-content/uploads/2025/03/cn-xanh-go-cong-3.jpg", "Trồng mới 300 cây xanh trên tuyến đường Nguyễn Trọng Dân"),
          ("img", "/wp-content/uploads/2025/03/cn-xanh-go-cong-4.jpg", "Các em học sinh Trường THPT Trương Định vẽ tranh cổ động bảo vệ môi trường"),
          ("img", "/wp-content/uploads/2025/03/cn-xanh-go-cong-5.jpg", "Điểm thu đổi rác tái chế lấy cây giống thu hút đông người dân tham gia"),
          ("p", "Kết thúc buổi ra quân, các cơ sở đoàn đã thu gom gần 3 tấn rác thải, nạo vét 2,5 km kênh mương nội đồng. Thị đoàn phát động duy trì “Ngày Chủ nhật xanh” vào tuần cuối mỗi tháng đến hết năm 2025.")])
CREDIT9 = "Ảnh và lời: Nguyễn Hữu Lộc"


def page09():
    pub = T("2025-03-14 07:50")

    def main(rng, rl, rd):
        def img(s, c, n):
            return (f'<div class="vc_row wpb_row vc_inner vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">'
                    f'<div class="wpb_single_image wpb_content_element vc_align_center"><figure class="wpb_wrapper vc_figure"><div class="vc_single_image-wrapper vc_box_border_grey">'
                    f'<img width="1024" height="683" src="{s}" class="vc_single_image-img attachment-large" alt="" loading="lazy" /></div>'
                    f'<figcaption class="vc_figure-caption">{esc(c)}</figcaption></figure></div><div class="photo-counter">{n}/5</div></div></div></div></div>')
        body = A9.render(p=lambda t: f'<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><p>{esc(t)}</p></div></div>', img=img, sep="")
        relh = "".join(f'<article class="related-item"><a href="/{slug(t)}/" class="rollover"></a><div class="post-content"><a href="/{slug(t)}/">{esc(t)}</a>'
                       f'<time class="text-secondary-color" datetime="{iso(d)}">{wd(d)}, {dmy(d)}</time></div></article>' for t, d in zip(rl[:4], rd))
        return (f'<article id="post-8812" class="single-postlike post-8812 post type-post status-publish format-gallery category-phong-su-anh">'
                f'<div class="entry-meta"><span class="category-link"><a href="/chuyen-muc/phong-su-anh/">Phóng sự ảnh</a></span> '
                f'<a href="/2025/03/14/" title="7:50 sáng" class="data-link" rel="bookmark"><time class="entry-date updated" datetime="{iso(pub)}">{wd(pub)}, {dmy(pub)}</time></a> '
                f'<a class="author vcard" href="/author/thiuygocong/" title="Xem tất cả bài viết của thiuygocong" rel="author">Bởi <span class="fn">thiuygocong</span></a></div>'
                f'<h1 class="entry-title">{esc(A9.title)}</h1>'
                f'<div class="entry-content"><p class="photo-credit"><strong><em>{esc(CREDIT9)}</em></strong></p>'
                f'<div class="wpb_text_column wpb_content_element intro"><div class="wpb_wrapper"><p><strong>{esc(A9.lead)}</strong></p></div></div>{body}</div>'
                f'<div class="single-share-box"><div class="share-link-description">Chia sẻ bài viết này</div><div class="share-buttons">Facebook Twitter Zalo</div></div>'
                f'<div class="post-meta-tags"><span>Thẻ:</span> <a href="/tag/thang-thanh-nien/">Tháng Thanh niên</a></div>'
                f'<section class="single-related-posts"><h3>Bài viết liên quan</h3>{relh}</section></article>')

    crumbs = ('<div class="page-title title-left solid-bg"><div class="wf-wrap"><div class="page-title-head hgroup"><h2 class="entry-title">Phóng sự ảnh</h2></div>'
              '<div class="page-title-breadcrumbs"><div class="assistive-text">Bạn đang ở đây:</div><ol class="breadcrumbs text-small" itemscope itemtype="https://schema.org/BreadcrumbList">'
              '<li itemprop="itemListElement"><a itemprop="item" href="/" title=""><span itemprop="name">Trang chủ</span></a></li>'
              '<li itemprop="itemListElement"><a itemprop="item" href="/chuyen-muc/tin-tuc/"><span itemprop="name">Tin tức</span></a></li>'
              '<li class="current" itemprop="itemListElement"><span itemprop="name">Phóng sự ảnh</span></li></ol></div></div></div>')
    url = "https://thiuygocong.tiengiang.dcs.vn/phong-su-anh-tuoi-tre-thi-xa-go-cong-ra-quan-ngay-chu-nhat-xanh/"
    head = (og(A9.title, url, {"og:site_name": "Thị ủy Gò Công", "article:published_time": iso(pub), "article:section": "Phóng sự ảnh"})
            + '<meta name="generator" content="WordPress 6.5.5" /><meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress." />'
            + '<link rel="stylesheet" href="/wp-content/themes/dt-the7/css/main.min.css?ver=11.14.0" />')
    return page("s25-09", family="town_party_wp_the7_wpbakery_photo_story_anh_va_loi_credit",
                name="tiengiang-gocong-thiuy-wordpress-the7-wpbakery-page-title-h2-section-breadcrumbs-current-phong-su-anh-entry-meta-category-weekday-dd-mm-yyyy-time-agrees-account-photo-story-five-vc-figure-captions-counters-bold-intro-anh-va-loi-credit",
                url=url, art=A9, main_fn=main, pub=pub, prefix="dt", kb=180,
                org="Thị ủy Gò Công", addr="Số 18 đường Hai Bà Trưng, phường 1, thị xã Gò Công, tỉnh Tiền Giang", phone="0273.3841.255",
                crumbs=crumbs, top=head_top("dt", "/wp-content/uploads/2024/02/logo-thiuy.png", "Thị ủy Gò Công", days=2, hours=4),
                side=lambda rng, pub: side_std(rng, pub, "Bài mới", fmt=lambda d: f"{wd(d)}, {dmy(d)}", cls="dt-recent")
                + '<div class="widget dt-events"><h3>Sự kiện sắp diễn ra</h3><p>26/3/2025: Kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh</p></div>',
                shell_kw={"layout": "wp", "head_extra": head, "title": A9.title + " – Thị ủy Gò Công"},
                exp=expected(A9, iso(pub), author="Nguyễn Hữu Lộc", photographer="Nguyễn Hữu Lộc", category="Phóng sự ảnh"),
                traps={"credit": [CREDIT9], "accounts": ["thiuygocong"], "counters": ["1/5", "5/5"],
                       "chrome": ["Chia sẻ bài viết này", "Bài viết liên quan", "Sự kiện sắp diễn ra"], "related": lambda rl: rl[:3]},
                notes="WordPress + The7 + WPBakery of a Thị ủy. A PHOTO STORY: the title keeps its 'Phóng sự ảnh:' prefix as printed; a bold intro paragraph (lead), five WPBakery single-image figures each with its vc_figure-caption and a '1/5' … '5/5' counter (counters are not captions), one closing paragraph. The credit is the first line of the content, bold italic 'Ảnh và lời: Nguyễn Hữu Lộc' ('photos and words') → author and photographer 'Nguyễn Hữu Lộc' (the words of a photo story are its captions and intro). Stamp 'Thứ Sáu, 14/03/2025' in <time datetime='2025-03-14T07:50:00+07:00'> (agreeing, explicit offset; the link title '7:50 sáng' agrees) → 2025-03-14T07:50. 'Bởi thiuygocong' = account. Category 'Phóng sự ảnh' (entry-meta category link = current crumb; the page-title h2 prints it too). The ra quân day (9/3) is a decoy.",
                readme="WordPress The7 + WPBakery Thị ủy PHOTO STORY: 'Ảnh và lời: Name' credit as the first content line (author + photographer), bold intro lead, five vc_figure captions with '1/5' counters, one closing paragraph, 'Thứ Sáu, dd/mm/yyyy' in an agreeing <time>, account 'Bởi', category 'Phóng sự ảnh' (meta link = current crumb)")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
