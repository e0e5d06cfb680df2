"""Set 12 pages 10-18."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads3, past, expected, hexid, slug
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import side_box, MENU_NEWS, MENU_MASS, MENU_GOV
from .p_01_pages import _page, fig, tcap, pcap, side_std, dmy_unpadded


# ===================================================================== 10 Java portal UBND huyện: migrated article with a visible 00:00 (twist)
A10 = Art("Tịnh Biên hoàn thành 12 cây cầu bê tông nông thôn trong năm 2019",
          "Năm 2019, huyện Tịnh Biên đã hoàn thành và đưa vào sử dụng 12 cây cầu bê tông thay thế cầu khỉ, cầu gỗ ở các xã vùng sâu, tổng kinh phí hơn 14 tỷ đồng.",
          [("p", "Nguồn vốn xây dựng gồm ngân sách tỉnh, huyện và sự đóng góp của nhà hảo tâm, nhân dân địa phương."),
           ("p", "Các cầu có chiều dài từ 24 đến 46 m, tải trọng 5 tấn, giúp người dân các xã Văn Giáo, An Cư, Tân Lập đi lại, vận chuyển nông sản thuận tiện."),
           ("img", "/portal/Upload/2019/11/cau-kenh-ba-the.jpg", "Cầu kênh Ba Thê, xã Văn Giáo trong ngày khánh thành"),
           ("p", "Huyện tiếp tục vận động xây dựng thêm 8 cầu trong năm 2020, ưu tiên những tuyến có nhiều học sinh qua lại.")])


OLD10 = ["Tịnh Biên ra quân làm thủy lợi nội đồng mùa khô 2019 - 2020", "Xã An Cư đón nhận Bằng công nhận đạt chuẩn nông thôn mới",
         "Huyện Tịnh Biên sơ kết 9 tháng thực hiện nhiệm vụ kinh tế - xã hội năm 2019", "Trao 40 con bò giống cho hộ nghèo đồng bào Khmer",
         "Khởi công đường giao thông nông thôn ấp Tô Thủy, xã Văn Giáo"]


def page10():
    pub = T("2019-11-19 00:00")
    now = T("2024-10-07 09:40")
    mid = lambda d: dmy(d) + " 00:00"

    def main(rng, rl, rd):
        old = past(pub, rng, 5, 3, 60)
        return (f'<div class="portlet-news-detail"><div class="pn-cat"><a href="/portal/page/kinh-te-xa-hoi.jsp">Kinh tế - Xã hội</a></div>'
                f'<h1 class="pn-title">{esc(A10.title)}</h1><div class="pn-date">Ngày đăng: 19/11/2019 00:00</div>'
                f'<div class="pn-archive-note"><img src="/portal/images/archive.png" alt="" /> Tin lưu trữ - được chuyển từ Cổng thông tin điện tử huyện phiên bản cũ</div>'
                f'<div class="pn-summary"><em>{esc(A10.lead)}</em></div><div class="pn-content">{A10.render(img=tcap)}'
                f'<p style="text-align:right"><em>Văn Dũng - Trung tâm VH-TT huyện</em></p></div>'
                f'<div class="pn-tool"><a href="/portal/print.jsp?id=18822;jsessionid={hexid(rng, 32).upper()}">Bản in</a> | <a href="#">Gửi bạn bè</a></div>'
                f'{rel(rng, OLD10, old, lambda d: "(" + mid(d) + ")", href="/portal/page/chi-tiet.jsp?id={n}", cls="pn-same", head="Tin cùng chuyên mục")}</div>')

    def top(rng, pub):
        return (f'<div class="tb-banner"><img src="/portal/images/banner-tinhbien.jpg" alt="Cổng thông tin điện tử huyện Tịnh Biên" />'
                f'{clock(now, "weekday", "tb-clock")}</div>')

    def side(rng, pub):
        return (side_box(rng, "Tin mới nhất", heads3(rng, 6), past(now, rng, 6, 0, 8), lambda d: dmy(d) + " " + hm(d), "tin-moi-nhat")
                + schedule(rng, now, "Lịch làm việc của lãnh đạo UBND huyện")
                + '<div class="dvc"><h3>Dịch vụ công</h3><a href="https://dichvucong.longchauha.gov.vn">Nộp hồ sơ trực tuyến</a> <a href="#">Tra cứu hồ sơ</a></div>')
    return _page("s12-10", family="ubnd_huyen_java_migrated_midnight_stamp", name="longchauha-tinhbien-ubnd-java-portal-tin-luu-tru-ngay-dang-2019-00-00-italic-name-dash-unit",
                 url="https://tinhbien.longchauha.gov.vn/portal/page/chi-tiet.jsp?id=18822", art=A10, main_fn=main, pub=now, prefix="tb", kb=130,
                 org="UBND huyện Tịnh Biên", addr="Khóm Xuân Hòa, thị trấn Tịnh Biên, huyện Tịnh Biên, tỉnh Long Châu Hà", phone="0296.3875.032",
                 crumbs='<div class="tb-crumb">Bạn đang ở: <a href="/portal">Trang chủ</a> &gt; <a href="/portal/page/tin-tuc.jsp">Tin tức</a> &gt; <a href="/portal/page/kinh-te-xa-hoi.jsp">Kinh tế - Xã hội</a></div>',
                 top=top, side=side, shell_kw={"layout": "table", "items": MENU_GOV, "title": "Cổng thông tin điện tử huyện Tịnh Biên"},
                 exp=expected(A10, isod(pub), author="Văn Dũng", unit="Trung tâm VH-TT huyện", category="Kinh tế - Xã hội"),
                 traps={"chrome": ["Tin lưu trữ - được chuyển từ Cổng thông tin điện tử huyện phiên bản cũ", "Bản in", "Tin cùng chuyên mục", "Lịch làm việc của lãnh đạo UBND huyện"],
                        "related": OLD10[:3]},
                 notes="TWIST: article migrated from the old portal; its stamp shows a placeholder midnight 'Ngày đăng: 19/11/2019 00:00', and every migrated item in 'Tin cùng chuyên mục' also shows '00:00' while new items in the sidebar carry real times → the 00:00 is a date stored as a datetime, not a publishing minute: published_at date only '2019-11-19'. Archive note, italic 'Name - unit', table-era Java portal with jsessionid links, crawl-day clock in 2024.",
                 readme="TWIST migrated article with a placeholder '19/11/2019 00:00' (all migrated items 00:00) → date only, archive note, 'Name - unit' italic")


# ===================================================================== 11 MTTQ in-house PHP: initials glued to the last paragraph (twist)
A11 = Art("Phụng Hiệp: Trao 25 căn nhà Đại đoàn kết cho hộ nghèo",
          "Ngày 21/10, Ủy ban MTTQ Việt Nam huyện Phụng Hiệp phối hợp với các đơn vị tài trợ trao 25 căn nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở tại 8 xã, thị trấn.",
          [("p", "Mỗi căn nhà có diện tích 40 - 60 m2, kinh phí xây dựng 60 triệu đồng, trong đó Quỹ Vì người nghèo huyện hỗ trợ 50 triệu đồng, phần còn lại do gia đình và dòng họ đóng góp."),
           ("img", "/upload/tintuc/2024/10/trao-nha-dai-doan-ket.jpg", "Lãnh đạo Ủy ban MTTQ huyện trao quyết định hỗ trợ nhà Đại đoàn kết cho hộ nghèo xã Tân Long"),
           ("p", "Bà Trần Thị Bé Năm, ở ấp Long Phụng, xúc động nói: “Có nhà mới, mấy mẹ con không còn lo mưa dột vào mùa nước nổi”."),
           ("p", "Từ đầu năm đến nay, Ủy ban MTTQ huyện đã vận động xây dựng, sửa chữa 61 căn nhà Đại đoàn kết, vượt 22% kế hoạch."),
           ("p", "Ủy ban MTTQ huyện đề nghị các xã rà soát, lập danh sách hộ nghèo cần hỗ trợ nhà ở năm 2025, gửi về huyện trước ngày 15/11/2024.")])


def page11():
    pub = T("2024-10-22 09:15")

    def main(rng, rl, rd):
        pars = A11.render(img=pcap)
        last = A11.pars[-1]
        pars = pars.replace(f"<p>{esc(last)}</p>", f"<p>{esc(last)} (N.T.H)</p>")
        return (f'<div id="noidung"><div class="tieude-muc">Tin Mặt trận</div><h1 class="tieude">{esc(A11.title)}</h1>'
                f'<div class="ngaydang">22/10/2024 - 09:15:33</div><div class="tomtat"><b>{esc(A11.lead)}</b></div>'
                f'<div class="chitiet">{pars}</div>'
                f'<div class="congcu"><a href="?mod=print&amp;id=3381">Bản in</a> · <a href="?mod=send&amp;id=3381">Gửi bài</a> · <a href="#top">Lên trên</a></div>'
                f'<div class="tindadua"><div class="tdd-title">Các tin đã đưa</div>'
                + "".join(f'<div class="tdd-item">» <a href="?mod=news&amp;id={rng.randint(3000, 3380)}">{esc(t)}</a> <span>- {dmy(d)} - {hm(d)}:{rng.randint(10, 59)}</span></div>' for t, d in zip(rl, rd))
                + '</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", cls="moi", n=5)
                + '<div class="quy-vnn"><h3>Quỹ “Vì người nghèo”</h3><p>Tài khoản: 7410 2010 0155 - Agribank chi nhánh Phụng Hiệp</p></div>'
                + poll("Bạn biết đến Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” qua kênh nào?", ["Báo, đài", "Mạng xã hội", "Cán bộ Mặt trận", "Khác"]))
    return _page("s12-11", family="mttq_php_initials_glued_to_last_paragraph", name="haugiang-phunghiep-mttq-date-dash-time-seconds-initials-in-parens-at-end-of-last-paragraph",
                 url="https://mattranphunghiep.haugiang.gov.vn/index.php?mod=news&id=3381", art=A11, main_fn=main, pub=pub, prefix="mttq", kb=98,
                 org="Ủy ban MTTQ Việt Nam huyện Phụng Hiệp", addr="Số 12 đường 3 Tháng 2, thị trấn Cây Dương, huyện Phụng Hiệp, tỉnh Hậu Giang", phone="0293.3961.144",
                 side=side, shell_kw={"items": MENU_MASS, "title": "Mặt trận Tổ quốc huyện Phụng Hiệp"},
                 exp=expected(A11, iso(pub), author="N.T.H", category="Tin Mặt trận"),
                 traps={"bylines": ["(N.T.H)"], "chrome": ["Bản in", "Các tin đã đưa", "Quỹ “Vì người nghèo”"], "related": lambda rl: rl[:3]},
                 notes="TWIST: the signature is glued to the end of the last paragraph, inside the same <p>: '… trước ngày 15/11/2024. (N.T.H)' → author 'N.T.H' and the last body paragraph without '(N.T.H)'. Stamp '22/10/2024 - 09:15:33' (dash, seconds). <title> = org name, category in a div above the h1, p>em captions, '» title - date - time' old-news list.",
                 readme="TWIST initials '(N.T.H)' glued to the end of the last paragraph, 'dd/mm/yyyy - HH:MM:SS', old-news list with times")


# ===================================================================== 12 Viettel portal Hội Nông dân: '10:05 AM, dd/mm/yyyy', 'Tin và ảnh:' at the top
A12 = Art("Hội Nông dân tỉnh Quảng Nam - Đà Nẵng giải ngân 12 tỷ đồng vốn Quỹ Hỗ trợ nông dân",
          "Từ đầu năm đến nay, Hội Nông dân tỉnh đã giải ngân 12 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 38 dự án, giúp hơn 400 hộ hội viên phát triển sản xuất.",
          [("p", "Các dự án tập trung vào chăn nuôi bò sinh sản, trồng rau an toàn, nuôi cá nước ngọt và trồng quế ở các huyện miền núi."),
           ("p", "Tại xã Đại Hồng, huyện Đại Lộc, tổ hợp tác trồng rau an toàn được vay 350 triệu đồng đã đầu tư hệ thống tưới tiết kiệm, nâng thu nhập mỗi hộ thêm 4 triệu đồng/tháng."),
           ("img", "/upload/hnd/2024/09/rau-an-toan-dai-hong.jpg", "Hội viên tổ hợp tác rau an toàn xã Đại Hồng chăm sóc vườn rau"),
           ("p", "Hội Nông dân tỉnh yêu cầu cơ sở Hội thường xuyên kiểm tra, đôn đốc hộ vay sử dụng vốn đúng mục đích, trả nợ đúng hạn."),
           ("p", "Tỷ lệ nợ quá hạn của Quỹ hiện ở mức 0,3%, thấp hơn mức bình quân toàn quốc.")])


def page12():
    pub = T("2024-09-03 10:05")
    ampm = lambda d: d.strftime("%I:%M %p") + ", " + dmy(d)

    def main(rng, rl, rd):
        return (f'<div class="vt-article"><div class="vt-section"><span>Hỗ trợ nông dân</span></div><h1 class="vt-title">{esc(A12.title)}</h1>'
                f'<div class="vt-meta"><span class="vt-time"><i class="vt-ico-clock"></i> 10:05 AM, 03/09/2024</span></div>'
                f'<div class="vt-sapo"><strong>{esc(A12.lead)}</strong></div><p class="vt-byline-top"><em>Tin và ảnh: Hoàng Lam</em></p>'
                f'<div class="vt-content">{A12.render(img=fig)}</div>{share("vt-share")}'
                f'<div class="vt-other"><div class="vt-other-head">Tin khác</div>{rel(rng, rl, rd, ampm, href="/web/guest/tin-tuc/-/{s}-{n}", cls="vt-list")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=5)
        return (f'<div class="vt-header"><img src="/o/hnd-theme/images/logo-hnd.png" alt="Hội Nông dân tỉnh Quảng Nam - Đà Nẵng" />'
                f'<div class="vt-weather">Tam Kỳ 31°C</div>{clock(today, "weekday", "vt-date")}</div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin đọc nhiều", fmt=ampm, cls="vt-most")
                + '<div class="vt-video"><h3>Video</h3><iframe src="https://www.youtube.com/embed/xk3tq9Rz0aA" title="Nông dân Quảng Nam - Đà Nẵng" width="300" height="170"></iframe></div>'
                + links_box(["Trung ương Hội Nông dân Việt Nam", "Báo Nông thôn Ngày nay", "Tỉnh ủy Quảng Nam - Đà Nẵng"]))
    head = '<meta name="pubdate" content="2024-09-03 10:05" />' + og(A12.title, "https://hoinongdan.quangnamdanang.gov.vn/")
    return _page("s12-12", family="farmers_union_viettel_ampm_time_first_top_byline", name="quangnamdanang-hnd-viettel-portal-hh-mm-am-comma-date-tin-va-anh-italic-under-sapo",
                 url="https://hoinongdan.quangnamdanang.gov.vn/web/guest/tin-tuc/-/giai-ngan-12-ty-dong-von-quy-ho-tro-nong-dan-52287", art=A12, main_fn=main, pub=pub, prefix="vt", kb=150,
                 org="Hội Nông dân tỉnh Quảng Nam - Đà Nẵng", addr="Số 18 Trần Hưng Đạo, TP Tam Kỳ, tỉnh Quảng Nam - Đà Nẵng", phone="0235.3851.206",
                 crumbs='<div class="vt-crumb"><a href="/web/guest">Trang chủ</a> / <a href="/web/guest/tin-tuc">Tin tức</a> / <span>Hỗ trợ nông dân</span></div>',
                 top=top, side=side, shell_kw={"layout": "liferay", "items": MENU_MASS, "head_extra": head},
                 exp=expected(A12, iso(pub), author="Hoàng Lam", photographer="Hoàng Lam", category="Hỗ trợ nông dân"),
                 traps={"bylines": ["Tin và ảnh: Hoàng Lam"], "chrome": ["Tam Kỳ 31°C", "Tin khác", "Tin đọc nhiều"], "related": lambda rl: rl[:3]},
                 notes="Viettel Java portal: English 12-hour clock BEFORE the date '10:05 AM, 03/09/2024' → 10:05 (pubdate meta agrees). Italic 'Tin và ảnh: Hoàng Lam' between the sapo and the text → author = photographer. Related list in the same AM/PM format; weather and today clock in the header.",
                 readme="'10:05 AM, dd/mm/yyyy' English 12-hour time first, italic 'Tin và ảnh:' between sapo and text, weather/clock header")


# ===================================================================== 13 ASP.NET Ban Dân vận: 'HH:MM:SS dd/mm/yyyy', numbered sub-heads, degree + unit line
A13 = Art("Vai trò của người có uy tín trong công tác dân vận ở vùng đồng bào Khmer",
          "Người có uy tín là cầu nối quan trọng giữa cấp ủy, chính quyền với đồng bào dân tộc Khmer. Bài viết phân tích thực trạng và đề xuất một số giải pháp phát huy vai trò của lực lượng này trên địa bàn tỉnh Cửu Long.",
          [("h", "1. Thực trạng"),
           ("p", "Toàn tỉnh hiện có 216 người có uy tín trong đồng bào Khmer, phần lớn là trưởng ấp, sư cả các chùa, người cao tuổi am hiểu phong tục, tập quán."),
           ("p", "Trong 5 năm qua, lực lượng này đã tham gia hòa giải thành 312 vụ việc mâu thuẫn ở cơ sở, vận động đồng bào hiến hơn 18.000 m2 đất làm đường giao thông nông thôn."),
           ("p", "Tuy nhiên, chế độ hỗ trợ còn thấp, việc bồi dưỡng kiến thức cho người có uy tín chưa thường xuyên, một số người tuổi cao, sức yếu."),
           ("h", "2. Một số giải pháp"),
           ("p", "Thứ nhất, cấp ủy cần định kỳ gặp gỡ, cung cấp thông tin để người có uy tín nắm rõ chủ trương, chính sách trước khi tuyên truyền đến đồng bào."),
           ("p", "Thứ hai, nâng mức hỗ trợ, kịp thời khen thưởng những người có nhiều đóng góp, đồng thời chú trọng phát hiện, bồi dưỡng lớp người có uy tín kế cận.")])


def page13():
    pub = T("2024-05-15 14:10")
    c = "ctl00_cphMain_ArticleDetail1"

    def main(rng, rl, rd):
        return (f'<div class="box-border"><div class="nav"><h1 class="nav-h"><a class="home" href="/">Trang chủ</a> <a class="arr" href="/nghien-cuu-trao-doi.aspx">Nghiên cứu - Trao đổi</a></h1></div>'
                f'<div class="article-detail"><div class="title"><span id="{c}_ltlTitle" class="bullet-li">{esc(A13.title)}</span></div>'
                f'<div class="TopToolbar"><span id="{c}_lblDate" class="date">14:10:08 15/05/2024</span> <a class="back" href="javascript:history.back()">Quay lại</a>'
                f' <a class="plusSize" href="#">A+</a> <a class="minusSize" href="#">A-</a></div>'
                f'<div id="divDetailContent"><p><em><strong>{esc(A13.lead)}</strong></em></p>{A13.render(h=lambda t: f"<p><strong>{esc(t)}</strong></p>")}'
                f'<p style="text-align:right"><strong>ThS. Lê Thị Bích Vân</strong><br /><em>(Trường Chính trị Phạm Hùng)</em></p></div>'
                f'<div class="BottomToolbar"><a href="#" onclick="window.print()">In bài</a> <a href="#">Gửi email</a></div></div>'
                f'<div class="article-reference"><div class="title"><a id="{c}_articleReference_mrcArticle" href="#">Tin tức khác</a></div>{rel(rng, rl, rd, lambda d: "[" + dmy(d) + "]", href="/bai-viet/{s}-{n}.aspx", cls="ref")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=12, hours=2)
        return (f'<div class="bdv-head"><img src="/Images/bdv-cuulong-banner.jpg" alt="Ban Dân vận Tỉnh ủy Cửu Long" /><span class="bdv-today">{esc(wd(today))}, {dmy(today)} {d_ampm(today)}</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Dân vận khéo", cls="dvk", n=5)
                + '<div class="bdv-doc"><h3>Tài liệu tuyên truyền</h3><ul><li><a href="#">Đề cương tuyên truyền kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng</a></li></ul></div>')
    return _page("s12-13", family="bdv_aspnet_time_seconds_before_date_study_article", name="cuulong-bdv-articledetail-hh-mm-ss-space-date-numbered-subheads-degree-name-br-paren-unit",
                 url="https://danvan.cuulong.dcs.vn/bai-viet/vai-tro-cua-nguoi-co-uy-tin-trong-cong-tac-dan-van-3108.aspx", art=A13, main_fn=main, pub=pub, prefix="bdv", kb=120,
                 org="Ban Dân vận Tỉnh ủy Cửu Long", addr="Số 2 đường 30 Tháng 4, phường 1, TP Vĩnh Long, tỉnh Cửu Long", phone="0270.3822.631",
                 top=top, side=side, shell_kw={"form": True, "title": "Ban Dân vận Tỉnh ủy Cửu Long - Nghiên cứu - Trao đổi"},
                 exp=expected(A13, iso(pub), author="ThS. Lê Thị Bích Vân", unit="Trường Chính trị Phạm Hùng", category="Nghiên cứu - Trao đổi"),
                 traps={"chrome": ["Quay lại", "Tin tức khác", "Tài liệu tuyên truyền"], "related": lambda rl: rl[:3]},
                 notes="In-house ASP.NET ArticleDetail control: title in span.bullet-li (no h1 for the article; the h1 is the nav bar), 'HH:MM:SS dd/mm/yyyy' (seconds, time first, one space) in the TopToolbar, bold-italic lead as the first paragraph of divDetailContent, numbered bold sub-heads = body, 'ThS. Name' <br> '(unit)' → degree kept, unit without parentheses. Header clock with PM time of a later day.",
                 readme="ASP.NET ArticleDetail 'HH:MM:SS dd/mm/yyyy', span title, numbered sub-heads, 'ThS. Name' <br> '(unit)', PM header clock")


def d_ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d}:{(d.minute * 3) % 60:02d} {'PM' if d.hour >= 12 else 'AM'}"


# ===================================================================== 14 NukeViet 3 CCB: 'dd/mm/yyyy hh:mm:ss PM', 'Tác giả: CCB Name'
A14 = Art("Hội Cựu chiến binh tỉnh Nghĩa Bình gặp mặt kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ",
          "Chiều 20/7, Hội Cựu chiến binh tỉnh Nghĩa Bình tổ chức gặp mặt 120 hội viên là thương binh, thân nhân liệt sĩ nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024).",
          [("p", "Tại buổi gặp mặt, các đại biểu ôn lại truyền thống, tri ân những hy sinh, mất mát của các thế hệ cha anh trong các cuộc kháng chiến bảo vệ Tổ quốc."),
           ("p", "Nhiều hội viên dù mang thương tật vẫn vượt khó làm kinh tế giỏi, tiêu biểu như thương binh Phạm Văn Sáu ở huyện Mộ Đức với trang trại 3.000 con gà thả vườn."),
           ("p", "Dịp này, Hội trao 120 suất quà, mỗi suất trị giá 1 triệu đồng, và tặng sổ tiết kiệm cho 5 hội viên có hoàn cảnh đặc biệt khó khăn.")])
CAP14 = "Lãnh đạo Hội CCB tỉnh trao quà cho thương binh tại buổi gặp mặt"


def page14():
    pub = T("2024-07-20 20:05")

    def main(rng, rl, rd):
        newer, older = rl[:2], rl[2:]
        li = lambda ts, ds: "".join(f'<li><a href="/news/Hoat-dong-Hoi/{slug(t)}-{rng.randint(300, 900)}/">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(ts, ds))
        return (f'<div id="news_detail"><h1>{esc(A14.title)}</h1><span class="time">20/07/2024 08:05:17 PM</span>'
                f'<div class="control"><ul><li><a class="sendmail" href="#">Gửi bài viết</a></li><li><a class="print" href="#">In bài viết</a></li><li><a class="savefile" href="#">Lưu bài viết</a></li></ul></div>'
                f'<div id="hometext"><div id="imghome" class="fl"><a rel="shadowbox" href="/uploads/news/2024_07/gap-mat-27-7.jpg"><img src="/uploads/news/thumb/gap-mat-27-7.jpg" width="220" alt="" /></a>'
                f'<p><em>{esc(CAP14)}</em></p></div><p><strong>{esc(A14.lead)}</strong></p></div>'
                f'<div class="bodytext">{A14.render()}</div><p style="text-align:right"><strong>Tác giả: </strong>CCB Trần Đình Lộc</p>'
                f'<div class="other-news"><h3>Những tin mới hơn</h3><ul class="related">{li(newer, rd[:2])}</ul><h3>Những tin cũ hơn</h3><ul class="related">{li(older, rd[2:])}</ul></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Gương Cựu chiến binh", cls="guong", n=4, fmt=None)
                + '<div class="counter-box"><h3>Thống kê truy cập</h3><p>Đang truy cập: 12</p><p>Hôm nay: 845</p></div>')
    return _page("s12-14", family="veterans_nukeviet3_day_first_ampm_seconds", name="nghiabinh-ccb-nukeviet3-span-time-dd-mm-yyyy-hh-mm-ss-pm-imghome-em-caption-tac-gia-ccb-prefix",
                 url="https://ccbnghiabinh.org.vn/news/Hoat-dong-Hoi/Gap-mat-ky-niem-77-nam-Ngay-Thuong-binh-Liet-si-912/", art=A14, main_fn=main, pub=pub, prefix="nv3", kb=92,
                 org="Hội Cựu chiến binh tỉnh Nghĩa Bình", addr="Số 52 Phan Đình Phùng, TP Quảng Ngãi, tỉnh Nghĩa Bình", phone="0255.3822.740",
                 crumbs='<div class="breadcrumbs"><a href="/">Trang nhất</a> » <a href="/news/Hoat-dong-Hoi/">Hoạt động Hội</a></div>',
                 side=side, shell_kw={"layout": "table", "items": MENU_MASS},
                 exp=expected(A14, iso(pub), author="Trần Đình Lộc", category="Hoạt động Hội", captions=[CAP14]),
                 traps={"bylines": ["CCB Trần Đình Lộc"], "chrome": ["Gửi bài viết", "Những tin cũ hơn", "Thống kê truy cập"], "related": lambda rl: rl[:3]},
                 notes="NukeViet 3 theme with the listing-style clock on the detail page: '20/07/2024 08:05:17 PM' (day first, English 12-hour with seconds) → 20:05. Floated #imghome thumbnail with an em caption before the bold hometext lead. 'Tác giả: CCB Trần Đình Lộc' → 'CCB' (veteran status, like a rank) dropped. Lead anniversary dates 27/7/1947 - 27/7/2024 are text.",
                 readme="NukeViet 3 'dd/mm/yyyy hh:mm:ss PM' (20:05), #imghome em caption, 'Tác giả: CCB Name' (status prefix dropped)")


# ===================================================================== 15 Joomla 3 Tỉnh đoàn: 'Đăng tải' / 'Chỉnh sửa' dl, 'Nhóm phóng viên: A, B'
A15 = Art("Tuổi trẻ Vĩnh Phú khánh thành 6 công trình “Thắp sáng đường quê”",
          "Trong chiến dịch Thanh niên tình nguyện hè năm 2024, các cơ sở Đoàn trong tỉnh đã hoàn thành và bàn giao 6 công trình “Thắp sáng đường quê” với tổng chiều dài 14 km.",
          [("p", "Các công trình được lắp đặt tại các xã Xuân Đài, Kim Thượng (huyện Tân Sơn) và Đồng Thịnh (huyện Yên Lập), tổng kinh phí 620 triệu đồng từ nguồn xã hội hóa."),
           ("p", "Đoàn viên thanh niên đã đóng góp hơn 2.000 ngày công đào hố, dựng cột, kéo dây điện."),
           ("img", "/images/2024/08/thap-sang-duong-que-tan-son.jpg", "Đoàn viên thanh niên huyện Tân Sơn lắp đặt đèn chiếu sáng trên tuyến đường liên thôn"),
           ("p", "Chị Hà Thị Loan, người dân xóm Dụ, xã Xuân Đài, chia sẻ: “Có đèn, buổi tối các cháu đi học về không còn phải soi đèn pin nữa”."),
           ("p", "Tỉnh đoàn sẽ tổng kết chiến dịch vào cuối tháng 8 và khen thưởng các tập thể, cá nhân tiêu biểu.")])


def page15():
    pub = T("2024-08-02 16:40")
    upd = T("2024-08-03 07:55")

    def img(s, c, n):
        return f'<p style="text-align:center"><img src="{s}" alt="{esc(c, True)}" class="img-responsive" /><br /><span class="img_caption"><em>{esc(c)}</em></span></p>'

    def main(rng, rl, rd):
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h2 itemprop="headline">{esc(A15.title)}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author">Viết bởi <span itemprop="name">tinhdoanvp</span></dd>'
                f'<dd class="category-name">Danh mục: <a href="/index.php/tinh-nguyen" itemprop="genre">Tình nguyện</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> <time datetime="2024-08-02T16:40:00+07:00" itemprop="datePublished">Đăng tải: 02/08/2024, 16:40</time></dd>'
                f'<dd class="modified"><span class="icon-calendar"></span> <time datetime="2024-08-03T07:55:00+07:00" itemprop="dateModified">Chỉnh sửa: 03/08/2024, 07:55</time></dd>'
                f'<dd class="hits"><span class="icon-eye-open"></span> <meta itemprop="interactionCount" content="UserPageVisits:418" />Lượt xem: 418</dd></dl>'
                f'<div itemprop="articleBody"><p><strong>{esc(A15.lead)}</strong></p>{A15.render(img=img)}'
                f'<p style="text-align:right"><strong>Nhóm phóng viên: Đức Anh, Thảo Vy</strong></p></div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Trước</a></li><li class="next"><a href="#" rel="next">Tiếp &gt;</a></li></ul>'
                f'<div class="relateditems"><h3>Bài viết liên quan</h3>{rel(rng, rl, rd, None, href="/index.php/tinh-nguyen/{n}-{s}", cls="rel-j")}</div></div>')

    def top(rng, pub):
        return (f'<div class="td-header"><img src="/images/logo-tinhdoan.png" alt="Tỉnh đoàn Vĩnh Phú" /><h1 class="site-title">TỈNH ĐOÀN VĨNH PHÚ</h1></div>'
                + f'<div class="countdown">Còn <b>54</b> ngày đến Đại hội Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVIII (25/09/2024)</div>')

    def side(rng, pub):
        return (f'<div class="moduletable"><h3>Tin mới</h3>{rel(rng, heads3(rng, 5), past(pub, rng, 5, 0, 5), None, cls="latestnews")}</div>'
                + '<div class="moduletable"><h3>Fanpage</h3><div class="fb-page" data-href="https://www.facebook.com/tinhdoanvinhphu"></div></div>')
    return _page("s12-15", family="youth_union_joomla3_dang_tai_chinh_sua_group_names", name="vinhphu-tinhdoan-joomla3-h2-headline-dl-dang-tai-chinh-sua-comma-time-nhom-phong-vien-two-names",
                 url="https://tinhdoanvinhphu.org.vn/index.php/tinh-nguyen/1187-tuoi-tre-vinh-phu-khanh-thanh-6-cong-trinh-thap-sang-duong-que", art=A15, main_fn=main, pub=pub, prefix="j3", kb=110,
                 org="Tỉnh đoàn Vĩnh Phú", addr="Số 268 Trần Phú, TP Việt Trì, tỉnh Vĩnh Phú", phone="0210.3846.430",
                 top=top, side=side, shell_kw={"items": MENU_MASS, "title": "Tuổi trẻ Vĩnh Phú khánh thành 6 công trình “Thắp sáng đường quê” - Tỉnh đoàn Vĩnh Phú"},
                 exp=expected(A15, iso(pub), iso(upd), author="Đức Anh, Thảo Vy", category="Tình nguyện"),
                 traps={"bylines": ["tinhdoanvp", "Nhóm phóng viên:"], "chrome": ["Lượt xem: 418", "Bài viết liên quan", "Còn 54 ngày"], "dates": ["25/09/2024"], "related": lambda rl: rl[:3]},
                 notes="Joomla 3 with language overrides: h1 = site banner, title in h2[itemprop=headline]; dl.article-info 'Đăng tải: 02/08/2024, 16:40' (published) and 'Chỉnh sửa: 03/08/2024, 07:55' (updated; <time> attrs agree), 'Viết bởi tinhdoanvp' account, 'Danh mục: Tình nguyện' (label dropped). Foot 'Nhóm phóng viên: Đức Anh, Thảo Vy' → the two names. Congress countdown with a future date in the header.",
                 readme="Joomla 3 'Đăng tải: d, t' / 'Chỉnh sửa: d, t' dl, h2 headline under a site h1, 'Nhóm phóng viên: A, B', countdown date")


# ===================================================================== 16 newspaper: 'Thứ Bảy 21/9/2024 - 07:30' + JSON-LD UTC midnight, pen name + 'Ảnh:' line
A16 = Art("Phục dựng lễ hội cầu ngư ở làng biển Thái Dương Hạ",
          "Sau nhiều năm gián đoạn, lễ hội cầu ngư của ngư dân làng Thái Dương Hạ được phục dựng với nhiều nghi thức truyền thống, thu hút hàng nghìn người dân và du khách.",
          [("p", "Lễ hội gồm phần lễ tế cá Ông, rước sắc phong và phần hội với các trò chơi dân gian như đua thuyền, kéo co, hò khoan."),
           ("img", "/Uploads/Images/2024/9/21/cau-ngu-thai-duong-ha.jpg", "Ngư dân làng Thái Dương Hạ rước sắc phong trong lễ hội"),
           ("p", "Theo các bậc cao niên, lễ hội có từ thế kỷ XVII, gắn với tín ngưỡng thờ cá Ông của cư dân ven biển miền Trung."),
           ("p", "Năm nay, Ban tổ chức đã sưu tầm, phục dựng lại điệu hò đưa linh mà nhiều năm chỉ còn vài người cao tuổi nhớ được."),
           ("p", "Ngành văn hóa đang hoàn thiện hồ sơ đề nghị đưa lễ hội vào Danh mục di sản văn hóa phi vật thể quốc gia.")])


def page16():
    pub = T("2024-09-21 07:30")

    def main(rng, rl, rd):
        return (f'<article class="bt-detail"><div class="bt-kicker"><a href="/van-hoa">Văn hóa</a></div><h1 class="bt-title">{esc(A16.title)}</h1>'
                f'<div class="bt-meta"><span class="bt-date">Thứ Bảy 21/9/2024 - 07:30</span> <span class="bt-listen"><a href="#">Nghe bài viết</a></span></div>'
                f'<h2 class="bt-sapo">{esc(A16.lead)}</h2><div class="bt-body">{A16.render(img=fig)}'
                f'<p style="text-align:right"><strong>SÔNG HƯƠNG</strong></p><p style="text-align:right"><em>Ảnh: Hữu Phúc</em></p></div>'
                f'<div class="bt-follow">Theo dõi Báo Bình Trị Thiên trên <a href="#">Google News</a> và <a href="#">Zalo</a></div>{share("bt-share")}'
                f'<div class="bt-samecat"><h3>Cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: hm(d) + " " + dmy(d), cls="bt-list")}</div></article>')
    head = (jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A16.title, "datePublished": "2024-09-20T17:00:00.000Z",
                    "dateModified": "2024-09-20T17:00:00.000Z", "author": [{"@type": "Person", "name": "Báo Bình Trị Thiên"}],
                    "articleSection": "Văn hóa"})
            + og(A16.title, "https://baobinhtrithien.vn/van-hoa/phuc-dung-le-hoi-cau-ngu-o-lang-bien-thai-duong-ha-c11a7721.html"))

    def top(rng, pub):
        today = pub + timedelta(hours=30)
        return (f'<div class="bt-masthead"><img src="/img/logo-bbtt.svg" alt="Báo Bình Trị Thiên" />{clock(today, "weekday", "bt-today")}</div>'
                + ticker(rng, heads3(rng, 4), [today - timedelta(hours=2 * i) for i in range(4)], lambda d: hm(d), "Mới cập nhật"))
    return _page("s12-16", family="baotinh_weekday_no_comma_jsonld_midnight_pen_name", name="binhtrithien-bao-thu-bay-no-comma-unpadded-date-dash-time-jsonld-utc-midnight-caps-pen-name-anh-line",
                 url="https://baobinhtrithien.vn/van-hoa/phuc-dung-le-hoi-cau-ngu-o-lang-bien-thai-duong-ha-c11a7721.html", art=A16, main_fn=main, pub=pub, prefix="bt", kb=240,
                 org="Báo Bình Trị Thiên", addr="Số 22 Lê Lợi, TP Huế, tỉnh Bình Trị Thiên", phone="0234.3823.236",
                 top=top, shell_kw={"items": MENU_NEWS, "head_extra": head},
                 exp=expected(A16, iso(pub), author="SÔNG HƯƠNG", photographer="Hữu Phúc", category="Văn hóa"),
                 traps={"bylines": ["Ảnh: Hữu Phúc"], "chrome": ["Nghe bài viết", "Theo dõi Báo Bình Trị Thiên trên", "Cùng chuyên mục"], "related": lambda rl: rl[:3]},
                 notes="'Thứ Bảy 21/9/2024 - 07:30' (no comma after the weekday, unpadded month). JSON-LD datePublished '2024-09-20T17:00:00.000Z' = local midnight of the 21st (a date stored as a datetime) → it does not override the visible 07:30; its author is the paper. Caps pen name 'SÔNG HƯƠNG' → author as printed; separate italic 'Ảnh: Hữu Phúc' line → photographer.",
                 readme="'Thứ Bảy 21/9/2024 - 07:30', JSON-LD UTC midnight vs visible time, caps pen name + separate 'Ảnh:' line")


# ===================================================================== 17 Tỉnh ủy ASP.NET: 'Lượt xem: N - dd/mm/yyyy HH:MM', byline top-right under the meta
A17 = Art("Ban Thường vụ Tỉnh ủy Cao Lạng cho ý kiến về đề án phát triển kinh tế cửa khẩu",
          "Ngày 8/11, Ban Thường vụ Tỉnh ủy Cao Lạng họp cho ý kiến vào dự thảo Đề án phát triển kinh tế cửa khẩu giai đoạn 2025 - 2030, tầm nhìn đến năm 2045.",
          [("p", "Đề án xác định mục tiêu đến năm 2030 kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn đạt 8 tỷ USD, thu ngân sách từ hoạt động xuất nhập khẩu đạt 6.000 tỷ đồng/năm."),
           ("p", "Các ý kiến tại hội nghị cơ bản thống nhất với dự thảo, đồng thời đề nghị làm rõ hơn giải pháp về hạ tầng logistics và cơ chế thu hút đầu tư vào khu kinh tế cửa khẩu."),
           ("img", "/UserFiles/Image/2024/11/bt-tinh-uy-8-11.jpg", "Đồng chí Bí thư Tỉnh ủy phát biểu kết luận hội nghị"),
           ("p", "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy giao Ban cán sự đảng UBND tỉnh tiếp thu ý kiến, hoàn chỉnh đề án trình Hội nghị Ban Chấp hành Đảng bộ tỉnh vào tháng 12/2024.")])


def page17():
    pub = T("2024-11-11 15:02")

    def main(rng, rl, rd):
        return (f'<div class="panel-tu"><h2 class="panel-tu-head">TIN HOẠT ĐỘNG</h2><div class="panel-tu-body">'
                f'<h1 class="tu-title">{esc(A17.title)}</h1><div class="tu-meta">Lượt xem: 96 - 11/11/2024 15:02</div>'
                f'<div class="tu-author" style="text-align:right"><i>Hoàng Thị Mai (Văn phòng Tỉnh ủy)</i></div>'
                f'<div class="tu-sapo"><b>{esc(A17.lead)}</b></div><div class="tu-content">{A17.render(img=tcap)}</div>'
                f'<div class="tu-tools"><a href="#">Bản in</a> <a href="#">Gửi email</a> <a href="#">Phản hồi</a></div>'
                f'<div class="tu-other"><b>Các tin khác:</b>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + " " + hm(d) + ")", href="/Default.aspx?tabid=50&amp;id={n}", cls="tu-list")}</div></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=18)
        return (f'<div class="tu-banner"><img src="/Images/banner-tinhuy-caolang.jpg" alt="Tỉnh ủy Cao Lạng" /><span class="tu-today">Hôm nay: {esc(wd(today, lower=True))}, {dmy(today)}</span></div>'
                + f'<div class="tu-slogan">Nhiệt liệt chào mừng Đại hội Đảng bộ tỉnh Cao Lạng lần thứ XX, nhiệm kỳ 2025 - 2030</div>')

    def side(rng, pub):
        return (f'<div class="tu-box"><h3>Chuyên mục</h3><ul><li><a href="#">Tin hoạt động</a></li><li><a href="#">Xây dựng Đảng</a></li><li><a href="#">Học tập và làm theo Bác</a></li><li><a href="#">Văn bản mới</a></li></ul></div>'
                + side_std(rng, pub, "Văn bản mới", cls="vbm", n=4)
                + '<div class="tu-box"><h3>Hỏi đáp nghiệp vụ công tác Đảng</h3><p>Gửi câu hỏi về: Văn phòng Tỉnh ủy, số 1 Hoàng Đình Giong</p></div>')
    return _page("s12-17", family="province_party_aspnet_views_dash_stamp_top_byline", name="caolang-tinhuy-aspnet-caps-panel-head-cat-luot-xem-dash-date-time-italic-right-name-paren-unit-above-sapo",
                 url="https://caolang.dcs.vn/Default.aspx?tabid=50&id=21904", art=A17, main_fn=main, pub=pub, prefix="tucl", kb=280,
                 org="Đảng bộ tỉnh Cao Lạng", addr="Số 1 Hoàng Đình Giong, TP Cao Bằng, tỉnh Cao Lạng", phone="0206.3852.136",
                 top=top, side=side, shell_kw={"form": True, "layout": "table", "title": "Cổng Thông tin điện tử Đảng bộ tỉnh Cao Lạng"},
                 exp=expected(A17, iso(pub), author="Hoàng Thị Mai", unit="Văn phòng Tỉnh ủy", category="TIN HOẠT ĐỘNG"),
                 traps={"chrome": ["Lượt xem: 96", "Các tin khác:", "Hỏi đáp nghiệp vụ công tác Đảng", "Nhiệt liệt chào mừng Đại hội Đảng bộ tỉnh"], "related": lambda rl: rl[:3]},
                 notes="View count first then the stamp: 'Lượt xem: 96 - 11/11/2024 15:02' → 2024-11-11T15:02 (the event '8/11' in the lead is earlier). Italic right 'Hoàng Thị Mai (Văn phòng Tỉnh ủy)' printed ABOVE the sapo → author + unit. Caps panel head 'TIN HOẠT ĐỘNG' = category as printed; the sidebar 'Chuyên mục' list repeats 'Tin hoạt động' in mixed case. <title> = portal name.",
                 readme="'Lượt xem: N - dd/mm/yyyy HH:MM', italic 'Name (unit)' above the sapo, caps panel head as category, congress slogan")


# ===================================================================== 18 Liferay EcoIT Sở GD&ĐT: stamp inside the share row, 'Tác giả: Name - unit'
A18 = Art("Hà Bắc: 46 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh bậc THPT",
          "Sau 10 ngày tranh tài, Hội thi giáo viên dạy giỏi cấp tỉnh bậc trung học phổ thông năm học 2024 - 2025 đã khép lại với 46 giáo viên được công nhận danh hiệu giáo viên dạy giỏi.",
          [("p", "Hội thi có 128 giáo viên của 41 trường THPT tham gia ở 12 môn học, mỗi giáo viên thực hiện 2 tiết dạy và trình bày biện pháp nâng cao chất lượng giảng dạy."),
           ("p", "Nhiều tiết dạy ứng dụng hiệu quả công nghệ số, tổ chức cho học sinh hoạt động nhóm, trải nghiệm thực tế theo định hướng Chương trình giáo dục phổ thông 2018."),
           ("img", "/documents/10184/0/hoi-thi-gvdg-thpt.jpg", "Giáo viên Trường THPT Yên Dũng số 2 trong tiết dạy môn Vật lý tại hội thi"),
           ("p", "Trường THPT Chuyên Bắc Giang có số giáo viên đạt danh hiệu nhiều nhất với 7 người."),
           ("p", "Sở Giáo dục và Đào tạo sẽ khen thưởng các giáo viên đạt giải vào dịp sơ kết học kỳ I, dự kiến ngày 15/01/2025.")])


def page18():
    pub = T("2024-12-28 21:15")
    pid = "CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet_INSTANCE_b7TtRk2Yq1Lm"

    def main(rng, rl, rd):
        return (f'<div class="portlet-boundary" id="p_p_id_{pid}_"><section class="ecoit-detail"><article>'
                f'<h1 class="ecoit-title">{esc(A18.title)}</h1>'
                f'<div class="ecoit-share"><div class="fb-like" data-href="" data-layout="button_count"></div> <div class="zalo-share-button" data-oaid="2019"></div>'
                f' <a class="print" href="#">In bài</a> <span class="ecoit-date">28/12/2024 21:15</span></div>'
                f'<p id="change_font_size" class="ecoit-sapo"><strong>{esc(A18.lead)}</strong></p><div id="contentnews">{A18.render(img=fig)}</div>'
                f'<div class="ecoit-author">Tác giả: Đỗ Văn Hưng - Trường THPT Yên Dũng số 2</div>'
                f'<div class="ecoit-keyword">Từ khóa: <a href="#">giáo viên dạy giỏi</a>; <a href="#">THPT</a>; <a href="#">hội thi</a></div></article></section>'
                f'<div class="ecoit-other"><h3>Tin đã đăng</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/tin-tuc/-/view_content/{n}-{s}", cls="ecoit-list")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=3, hours=-10)
        return (f'<div class="sgd-banner"><img src="/o/sgd-theme/images/banner.png" alt="Sở Giáo dục và Đào tạo tỉnh Hà Bắc" />'
                f'{clock(today, "weekday", "sgd-today")}<form class="sgd-search"><input placeholder="Tìm kiếm..." /></form></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Thông báo", cls="tb", n=4)
                + '<div class="sgd-links"><h3>Hệ thống thông tin</h3><ul><li><a href="#">Cơ sở dữ liệu ngành</a></li><li><a href="#">Tuyển sinh đầu cấp</a></li><li><a href="#">Tra cứu văn bằng</a></li></ul></div>'
                + poll("Bạn quan tâm nội dung nào trên cổng thông tin?", ["Tuyển sinh", "Văn bản", "Thi cử", "Tin hoạt động"]))
    head = og(A18.title, "https://sgddt.habac.gov.vn/", {"article:modified_time": "2024-12-29T08:03:00+07:00"})
    return _page("s12-18", family="department_liferay_ecoit_stamp_in_share_row", name="habac-sgddt-liferay-ecoit-date-time-at-end-of-share-row-tac-gia-name-dash-unit-keywords",
                 url="https://sgddt.habac.gov.vn/tin-tuc/-/view_content/3381027-46-giao-vien-dat-danh-hieu-giao-vien-day-gioi-cap-tinh-bac-thpt", art=A18, main_fn=main, pub=pub, prefix="sgd", kb=195,
                 org="Sở Giáo dục và Đào tạo tỉnh Hà Bắc", addr="Số 50 Hùng Vương, TP Bắc Giang, tỉnh Hà Bắc", phone="0204.3854.236",
                 crumbs='<ul class="breadcrumb sgd-crumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/giao-duc-trung-hoc">Giáo dục trung học</a></li></ul>',
                 top=top, side=side, shell_kw={"layout": "liferay", "items": MENU_GOV, "head_extra": head},
                 exp=expected(A18, iso(pub), author="Đỗ Văn Hưng", unit="Trường THPT Yên Dũng số 2", category="Giáo dục trung học"),
                 traps={"chrome": ["In bài", "Tin đã đăng", "Hệ thống thông tin"], "tags": ["giáo viên dạy giỏi;", "Từ khóa:"], "related": lambda rl: rl[:3]},
                 notes="EcoIT Liferay portlet: the only stamp '28/12/2024 21:15' sits at the end of the share row (after Facebook/Zalo/print buttons), before the sapo. Invisible og article:modified_time (29/12) → updated_at null. 'Tác giả: Đỗ Văn Hưng - Trường THPT Yên Dũng số 2' → author + unit (the same school also appears in a caption). Keywords separated by ';'. Breadcrumb last level = category.",
                 readme="EcoIT Liferay: stamp at the end of the share-button row, 'Tác giả: Name - unit' div, invisible modified time, keywords")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
