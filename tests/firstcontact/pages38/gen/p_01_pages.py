"""Set 38 pages 1-9: ordinary items on the common products of shared/research/vn-sites.md, in versions, themes, modules
and page layouts sets 26-37 did not use (NukeViet 5.0's default theme, Liferay 7.0 with VNPT's news portlet, Liferay
6.1 EE with a Viettel news portlet, SharePoint 2019's stock ArticleRight layout, DNN 9 + EasyDNNnews's event article,
WordPress + Twenty Twenty and + Newsup, Joomla 3.9 + JSN Epic, Drupal 9 + Varbase).
One page of this module carries a twist (page 8: a digest of three briefs, each signed by its own writer and unit);
the other two are in gen/p_02_more.py."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, dump, cookie_banner
from .kit import poll, og, jsonld, links_box
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other34, WRITERS34, WRITERS33

MENU_PARTY = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các cơ quan tham mưu", "Tổ chức cơ sở đảng"]),
    ("Tin tức", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Tin cơ sở", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Cuộc thi"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Đảng ủy", "Hướng dẫn nghiệp vụ"]),
    ("Lịch làm việc", ["Lịch của Thường trực", "Lịch của Ban Thường vụ", "Thông báo"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic"]),
]


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def dmyhm(d, sep=" "):
    return f"{dmy(d)}{sep}{hm(d)}"


def banner(img, alt):
    return lambda rng, p: f'<div class="banner"><a href="/"><img src="{img}" alt="{esc(alt, True)}" /></a></div>'


def side_of(fmt, head="Tin đọc nhiều", cls="most-read", extra=None, writer_fmt="{w}"):
    def f(rng, p):
        s = mostread(rng, p, fmt, head, cls, 6, writer_fmt=writer_fmt)
        s += vb_box(["Hướng dẫn số 12-HD/BTCTW về kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng năm 2026",
                     "Kế hoạch số 45-KH/TU thực hiện Chỉ thị của Ban Bí thư về công tác dân vận",
                     "Quy định số 08-QĐ/TU về chế độ làm việc của Ban Chấp hành Đảng bộ tỉnh"], "Văn bản mới", cls + "-vb")
        return s + (extra(rng, p) if extra else "")
    return f


def others(rng, base, titles, dates, fmt, head, cls="tin-khac"):
    li = "".join(f'<li><a href="{base}{slug(t)[:60]}-{rng.randint(1000, 9999)}.html">{esc(t)}</a> <span class="date">({esc(fmt(d))})</span></li>' for t, d in zip(titles, dates))
    return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><ul>{li}</ul></div>'


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>'


# ===================================================================== 1 Hội Nông dân tỉnh Phú Thọ: NukeViet 5.0, the new default theme; a fact box in the text; 'Name - unit' author field
A1 = Art("Hội Nông dân tỉnh tổng kết 5 năm phong trào nông dân sản xuất, kinh doanh giỏi",
         "Giai đoạn 2021 - 2025, toàn tỉnh có hơn 96.000 hộ được công nhận sản xuất, kinh doanh giỏi các cấp; nhiều mô hình liên kết theo chuỗi giá trị mang lại thu nhập trên 1 tỷ đồng mỗi năm.",
         [("p", "Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết 5 năm phong trào thi đua nông dân sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững. Dự hội nghị có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nông nghiệp và Môi trường cùng 210 hội viên nông dân tiêu biểu."),
          ("p", "Theo báo cáo, phong trào đã khơi dậy tinh thần chủ động của hội viên; các cấp hội phối hợp mở 1.240 lớp tập huấn chuyển giao khoa học kỹ thuật, hỗ trợ thành lập 86 tổ hợp tác và 31 hợp tác xã. Nguồn Quỹ Hỗ trợ nông dân tăng 38% so với đầu giai đoạn."),
          ("img", "/uploads/news/2026_03/hnd-trao-bang-khen.jpg", "Lãnh đạo Hội Nông dân tỉnh trao bằng khen cho các hộ sản xuất, kinh doanh giỏi tiêu biểu"),
          ("raw", "FACT"),
          ("p", "Tại hội nghị, nhiều đại biểu chia sẻ kinh nghiệm ứng dụng công nghệ cao trong trồng chè, nuôi cá lồng trên hồ Thác Bà và bán nông sản qua sàn thương mại điện tử. Một số ý kiến đề nghị tiếp tục hỗ trợ vốn, đào tạo kỹ năng số cho nông dân vùng cao."),
          ("img", "/uploads/news/2026_03/hnd-gian-trung-bay.jpg", "Gian trưng bày sản phẩm OCOP của hội viên nông dân bên lề hội nghị"),
          ("p", "Dịp này, Ban Thường vụ Hội Nông dân tỉnh khen thưởng 45 tập thể, 120 cá nhân có thành tích xuất sắc trong phong trào giai đoạn 2021 - 2025.")])
BY1, UNIT1 = "Nguyễn Thị Lan", "Hội Nông dân xã Thanh Ba"


def page01():
    pub = T("2026-03-05 14:30")
    site = "https://hoinongdan.phutho.gov.vn"
    url = f"{site}/news/hoat-dong-hoi/hoi-nong-dan-tinh-tong-ket-5-nam-phong-trao-nong-dan-san-xuat-kinh-doanh-gioi-2318.html"
    facts = [("96.000", "hộ sản xuất, kinh doanh giỏi các cấp"), ("1.240", "lớp tập huấn chuyển giao kỹ thuật"), ("117", "tổ hợp tác, hợp tác xã do Hội hỗ trợ thành lập")]

    def raw(x):
        li = "".join(f"<li><strong>{a}</strong> {esc(b)}</li>" for a, b in facts)
        return f'<aside class="nv-factbox card border-success my-3"><div class="card-header">Con số ấn tượng giai đoạn 2021 - 2025</div><ul class="list-unstyled card-body">{li}</ul></aside>'

    def main(rng, rl, rd):
        rel = "".join(f'<li class="list-group-item"><a href="{site}/news/hoat-dong-hoi/{slug(t)[:60]}.html">{esc(t)}</a> <time>{dmyhm(d)}</time></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="nv-news-detail card"><div class="card-body"><h1 class="nv-news-title h3">{esc(A1.title)}</h1>'
                f'<div class="nv-news-meta d-flex gap-3 text-muted small"><span><i class="fa-regular fa-clock"></i> <time datetime="{iso(pub)}">{dmyhm(pub)}</time></span>'
                f'<span><i class="fa-regular fa-eye"></i> 1.204</span><span><i class="fa-regular fa-comment"></i> 0</span></div>'
                f'<div class="nv-news-hometext fw-bold my-3">{esc(A1.lead)}</div>'
                f'<div class="nv-news-bodyhtml" id="news-bodyhtml">{A1.render(p=jp, img=fig, raw=raw, sep="")}</div>'
                f'<div class="nv-news-author text-end"><strong>Tác giả: {esc(BY1)} - {esc(UNIT1)}</strong></div>'
                f'<div class="nv-news-source text-end small">Nguồn tin: Hội Nông dân tỉnh</div>'
                f'<div class="nv-news-tags">Từ khóa: <a href="#">nông dân giỏi</a> <a href="#">tổng kết</a></div></div></article>'
                f'<div class="nv-news-related card mt-3"><div class="card-header">Tin cùng chuyên mục</div><ul class="list-group list-group-flush">{rel}</ul></div>')

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/news/">Tin tức</a></li>'
              '<li class="breadcrumb-item active"><a href="/news/hoat-dong-hoi/">Hoạt động Hội</a></li></ol></nav>')
    head = og(A1.title, url, {"og:description": A1.lead}) + '<meta name="generator" content="NukeViet v5.0" />'
    return page("s38-01", family="farmers_union_nukeviet50_default_theme_factbox_author_field_name_dash_unit",
                name="phutho-hoinongdan-nukeviet50-default-theme-dd-mm-yyyy-hh-mm-time-bold-hometext-two-figcaptions-factbox-in-text-tac-gia-name-dash-unit-nguon-tin",
                url=url, art=A1, main_fn=main, pub=pub, prefix="hndpt", kb=152,
                org="Hội Nông dân tỉnh Phú Thọ", addr="Số 1 đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.112",
                crumbs=crumbs, top=banner("/themes/default/images/logo-hnd.png", "Hội Nông dân tỉnh Phú Thọ"), side=side_of(dmyhm, "Tin xem nhiều", "nv-most"),
                shell_kw={"layout": "nv50_default", "head_extra": head, "items": MENU_MASS, "left": f"{wd(pub + timedelta(days=2))}, {dmy(pub + timedelta(days=2))}"},
                exp=expected_(A1, iso(pub), author=BY1, unit=UNIT1, category="Hoạt động Hội"),
                traps={"boxes": ["Con số ấn tượng giai đoạn 2021 - 2025", "lớp tập huấn chuyển giao kỹ thuật"], "chrome": ["Tin cùng chuyên mục", "Nguồn tin: Hội Nông dân tỉnh", "Tin xem nhiều"],
                       "related": lambda rl: rl[:5]},
                notes="NukeViet 5.0 (the 2025 major version) under VINADES' new Bootstrap 5 'default' theme. Stamp '05/03/2026 14:30' in <time datetime> under the h1 → T14:30; the crumb row's clock on the right prints the crawl day. Bold hometext → lead. Two figcaptions in the text. A card 'Con số ấn tượng giai đoạn 2021 - 2025' (aside.nv-factbox, three figures) INSIDE #news-bodyhtml → not body (set 36's fact box convention). 'Tác giả: Nguyễn Thị Lan - Hội Nông dân xã Thanh Ba' → author + unit; 'Nguồn tin: Hội Nông dân tỉnh' is a source. Category 'Hoạt động Hội' (crumb).",
                readme="NukeViet 5.0 under VINADES' new default theme, a five-year review conference: '05/03/2026 14:30' in <time>; a bold hometext; two figcaptions; a figures card (aside) INSIDE the text; 'Tác giả: Name - unit' + 'Nguồn tin:'; related list with stamps")


def expected_(art, published, updated=None, author=None, unit=None, photographer=None, category=None, captions=None, body=None, lead="__art__", title=None):
    from .common import expected
    return expected(art, published, updated, author, unit, photographer, category, captions, body, lead, title)


# ===================================================================== 2 Ban Tổ chức Tỉnh ủy Hà Tĩnh: Liferay 7.0 + VNPT's news portlet; a Standing Committee meeting; published + updated '| HH:MM'; italic lead; 'Name - unit' bold right
A2 = Art("Ban Thường vụ Tỉnh ủy cho ý kiến về đề án nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2026 - 2030",
         "Chiều 12/2, đồng chí Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo Đề án nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2026 - 2030 do Ban Tổ chức Tỉnh ủy chủ trì xây dựng.",
         [("p", "Theo dự thảo, đề án đặt mục tiêu đến năm 2030 có trên 95% chi bộ duy trì sinh hoạt định kỳ đúng quy định, 100% chi bộ tổ chức sinh hoạt chuyên đề ít nhất mỗi quý một lần; ứng dụng sổ tay đảng viên điện tử trong tất cả các chi bộ trực thuộc đảng ủy xã, phường."),
          ("p", "Thảo luận tại hội nghị, các đồng chí Ủy viên Ban Thường vụ cơ bản thống nhất với dự thảo, đồng thời đề nghị làm rõ trách nhiệm của bí thư chi bộ trong chuẩn bị nội dung sinh hoạt, có tiêu chí đánh giá cụ thể với chi bộ thôn, tổ dân phố sau sáp nhập."),
          ("img", "/documents/20182/0/btv-hop-de-an-sinh-hoat-chi-bo.jpg", "Đồng chí Bí thư Tỉnh ủy phát biểu kết luận hội nghị"),
          ("p", "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu Ban Tổ chức Tỉnh ủy tiếp thu đầy đủ ý kiến, hoàn chỉnh đề án trình Ban Chấp hành Đảng bộ tỉnh tại hội nghị gần nhất; chú trọng giải pháp đổi mới hình thức sinh hoạt, tránh hành chính hóa, hình thức."),
          ("p", "Cùng ngày, Ban Thường vụ Tỉnh ủy cũng cho ý kiến về một số nội dung quan trọng khác thuộc thẩm quyền.")])
BY2, UNIT2 = "Trần Minh Đức", "Phòng Tổ chức đảng, đảng viên"


def page02():
    pub, upd = T("2026-02-12 18:10"), T("2026-02-13 08:40")
    site = "https://bantochuc.hatinh.gov.vn"
    url = f"{site}/web/guest/tin-tuc/-/asset_publisher/vnpt/content/{slug(A2.title)[:70]}"

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/web/guest/tin-tuc/-/asset_publisher/vnpt/content/{slug(t)[:50]}">{esc(t)}</a> <span class="news-date">{dmy(d)} | {hm(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="vnpt-news-detail"><h3 class="news-title">{esc(A2.title)}</h3>'
                f'<div class="news-info"><span class="news-date">Ngày đăng: {dmy(pub)} | {hm(pub)}</span> <span class="news-update">Cập nhật: {dmy(upd)} | {hm(upd)}</span> <span class="news-view">Lượt xem: 316</span></div>'
                f'<div class="news-summary"><em>{esc(A2.lead)}</em></div>'
                f'<div class="news-content journal-content-article">{A2.render(p=jp, sep="")}'
                f'<p style="text-align:right"><strong>{esc(BY2)} - {esc(UNIT2)}</strong></p></div>'
                f'<div class="news-tools"><a href="#" onclick="window.print()">In bài</a> <a href="#">Gửi bài viết</a> <a href="#">Lưu bài viết</a></div>'
                f'<div class="news-other"><h4>Các tin khác</h4><ul>{rel}</ul></div></div>')

    crumbs = ('<ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/guest/trang-chu">Trang chủ</a></li><li><a href="/web/guest/tin-tuc">Tin tức</a></li>'
              '<li class="active last"><a href="/web/guest/tin-tuc/cong-tac-to-chuc">Công tác tổ chức</a></li></ul>')
    head = og(A2.title, url) + '<script>Liferay.Portlet.onLoad({canEditTitle:false,columnPos:0,isStatic:"end",namespacedId:"p_p_id_vnptnewsdetail_INSTANCE_xA2_",portletId:"vnptnewsdetail_INSTANCE_xA2"});</script>'
    return page("s38-02", family="organisation_board_liferay70_vnpt_news_detail_portlet_pipe_time_update",
                name="hatinh-bantochuc-liferay70-vnpt-news-detail-portlet-h3-under-portlet-title-ngay-dang-dd-mm-yyyy-pipe-hh-mm-cap-nhat-italic-summary-bold-right-name-dash-phong",
                url=url, art=A2, main_fn=main, pub=pub, prefix="btchtt", kb=171,
                org="Ban Tổ chức Tỉnh ủy Hà Tĩnh", addr="Số 2 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.412",
                crumbs=crumbs, top=banner("/o/vnpt-theme/images/banner-btc.png", "Ban Tổ chức Tỉnh ủy Hà Tĩnh"),
                side=side_of(lambda d: f"{dmy(d)} | {hm(d)}", "Tin nổi bật", "vnpt-hot"),
                shell_kw={"layout": "lr70vnpt", "head_extra": head, "items": MENU_PARTY, "left": "Tin tức - Sự kiện"},
                exp=expected_(A2, iso(pub), iso(upd), author=BY2, unit=UNIT2, category="Công tác tổ chức"),
                traps={"chrome": ["Các tin khác", "Lượt xem: 316", "Tin nổi bật", "Tin tức - Sự kiện"], "related": lambda rl: rl[:6]},
                notes="Liferay CE 7.0 with VNPT's news portlet ported to OSGi (vnptnewsdetail): the portlet title h2 'Tin tức - Sự kiện' is the portlet's (generic), the headline an h3.news-title under it (set 32's shape on a new version/portlet). 'Ngày đăng: 12/02/2026 | 18:10' → T18:10; 'Cập nhật: 13/02/2026 | 08:40' → updated T08:40. Italic summary → lead. Bold right 'Trần Minh Đức - Phòng Tổ chức đảng, đảng viên' → author + unit (the unit carries a comma: the expectation keeps it whole). One caption (figure). Category 'Công tác tổ chức' (crumb).",
                readme="Liferay 7.0 + VNPT's news-detail portlet, a Standing Committee meeting: an h3 headline under the portlet title h2; 'Ngày đăng: dd/mm/yyyy | HH:MM' + 'Cập nhật:'; italic summary; bold right 'Name - Phòng …'; other news with '| HH:MM' stamps")


# ===================================================================== 3 Đảng ủy Công an tỉnh Nghệ An: Liferay 6.1 EE + Viettel news portlet; a visit; 'Bài, ảnh: Thượng úy Name' (rank) + unit
A3 = Art("Đảng ủy Công an tỉnh thăm, tặng quà gia đình chính sách nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ",
         None,
         [("p", "Nhân kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026), ngày 13/7, đoàn công tác Đảng ủy Công an tỉnh do đồng chí Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh làm trưởng đoàn đã đến thăm, tặng quà các gia đình chính sách tại xã Nam Đàn và xã Kim Liên."),
          ("p", "Tại các gia đình, đồng chí trưởng đoàn ân cần hỏi thăm sức khỏe, đời sống; bày tỏ lòng biết ơn sâu sắc đối với những hy sinh, cống hiến của các thương binh, thân nhân liệt sĩ cho sự nghiệp giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc."),
          ("img", "/documents/10157/0/cong-an-tham-gia-dinh-chinh-sach.jpg", "Đồng chí Phó Giám đốc Công an tỉnh tặng quà thân nhân liệt sĩ tại xã Nam Đàn"),
          ("p", "Dịp này, Đảng ủy Công an tỉnh trao 60 suất quà, mỗi suất trị giá 2 triệu đồng, cho thương binh, thân nhân liệt sĩ có hoàn cảnh khó khăn; đồng thời phát động cán bộ, chiến sĩ ủng hộ xây dựng 3 nhà tình nghĩa trong năm 2026."),
          ("p", "Cũng trong ngày, đoàn đã dâng hương tại Nghĩa trang liệt sĩ xã Nam Đàn, tưởng nhớ các anh hùng liệt sĩ đã hy sinh vì độc lập, tự do của Tổ quốc.")])
BY3, UNIT3 = "Lê Văn Nam", "Phòng Công tác đảng và công tác chính trị"


def page03():
    pub = T("2026-07-13 16:05")
    site = "https://congan.nghean.gov.vn"
    url = f"{site}/web/guest/hoat-dong-dang-uy/-/vtnews/{slug(A3.title)[:60]}-{48211}"

    def vdate(d):
        return f"{wd(d, lower=True)}, {dmy(d)}, {hm(d)} GMT+7"

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/web/guest/hoat-dong-dang-uy/-/vtnews/{slug(t)[:50]}">{esc(t)}</a> <span>({dmy(d)})</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="vt-news-detail"><div class="vt-title"><h1>{esc(A3.title)}</h1></div>'
                f'<div class="vt-time">{esc(vdate(pub))}</div>'
                f'<div class="vt-content">{A3.render(p=jp, sep="")}'
                f'<p style="text-align:right"><strong>Bài, ảnh: Thượng úy {esc(BY3)}</strong><br /><em>({esc(UNIT3)})</em></p></div>'
                f'<div class="vt-rate">Đánh giá bài viết: <span class="star">★★★★★</span></div>'
                f'<div class="vt-other"><div class="vt-other-title">Tin cùng chuyên mục</div><ul>{rel}</ul></div></div>')

    crumbs = ('<div class="vt-breadcrumb"><a href="/web/guest/trang-chu">Trang chủ</a> » <a href="/web/guest/tin-tuc">Tin tức</a> » '
              '<a href="/web/guest/hoat-dong-dang-uy">Hoạt động Đảng ủy</a></div>')
    head = og(A3.title, url) + '<script type="text/javascript">var themeDisplay=Liferay.ThemeDisplay;Liferay.currentURL="\\x2fweb\\x2fguest\\x2fhoat-dong-dang-uy";</script>'
    return page("s38-03", family="police_party_committee_liferay61ee_viettel_news_portlet_rank_before_name",
                name="nghean-danguycongan-liferay61ee-viettel-vtnews-portlet-weekday-dd-mm-yyyy-hh-mm-gmt7-no-sapo-bai-anh-thuong-uy-name-br-italic-unit",
                url=url, art=A3, main_fn=main, pub=pub, prefix="cana", kb=137,
                org="Đảng ủy Công an tỉnh Nghệ An", addr="Số 8 đường Nguyễn Thị Minh Khai, phường Thành Vinh, tỉnh Nghệ An", phone="069.2806.100",
                crumbs=crumbs, top=banner("/vt-theme/images/banner-ca.png", "Đảng ủy Công an tỉnh Nghệ An"), side=side_of(dmy, "Tin đọc nhiều", "vt-most"),
                shell_kw={"layout": "lr61viettel", "head_extra": head, "items": MENU_PARTY, "left": f"Hôm nay: {wd(pub + timedelta(days=1), lower=True)}, {dmy(pub + timedelta(days=1))}"},
                exp=expected_(A3, iso(pub), author=BY3, unit=UNIT3, photographer=BY3, category="Hoạt động Đảng ủy", lead=None),
                traps={"chrome": ["Tin cùng chuyên mục", "Đánh giá bài viết", "Tin đọc nhiều"], "related": lambda rl: rl[:5]},
                notes="Liferay Portal 6.1 EE with a Viettel-built theme and news portlet (vtnewsportlet). Stamp 'thứ hai, 13/07/2026, 16:05 GMT+7' → T16:05. No sapo: the first paragraph is body, lead null. Bold right 'Bài, ảnh: Thượng úy Lê Văn Nam' <br> italic '(Phòng Công tác đảng và công tác chính trị)' → author 'Lê Văn Nam' (the police RANK 'Thượng úy' dropped, as set 26 dropped 'Đại tá'), photographer 'Lê Văn Nam' ('Bài, ảnh:'), unit from the parenthesised line. The '27/7/1947 - 27/7/2026' in the first sentence are the commemorated days. Category 'Hoạt động Đảng ủy' (crumb).",
                readme="Liferay 6.1 EE + a Viettel news portlet, a visit to families of war invalids: 'thứ hai, 13/07/2026, 16:05 GMT+7'; no sapo; 'Bài, ảnh: Thượng úy Name' (a police rank before the name) <br> italic '(unit)'; anniversary days in the first sentence")


# ===================================================================== 4 Đảng ủy Khối cơ quan tỉnh Thanh Hóa (Đảng ủy các cơ quan Đảng): SharePoint 2019 ArticleRight; a speech; '(lược ghi)'; date-only Article Date + 'Sửa đổi lần cuối'
A4 = Art("Phát biểu của đồng chí Bí thư Đảng ủy các cơ quan Đảng tỉnh tại Hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
         "Sáng 20/3, Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho cán bộ chủ chốt. Trang thông tin trân trọng giới thiệu bài phát biểu khai mạc của đồng chí Bí thư Đảng ủy.",
         [("p", "Kính thưa các đồng chí đại biểu!"),
          ("p", "Hôm nay, Đảng ủy các cơ quan Đảng tỉnh long trọng tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng. Đây là sinh hoạt chính trị sâu rộng, nhằm tạo sự thống nhất cao về nhận thức và hành động trong toàn Đảng bộ."),
          ("h", "Nắm vững những điểm mới của Nghị quyết"),
          ("p", "Tôi đề nghị các đồng chí tập trung nghiên cứu, nắm vững những quan điểm chỉ đạo, mục tiêu, nhiệm vụ và giải pháp chủ yếu; đặc biệt là những điểm mới về phát triển nhanh, bền vững, về xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh."),
          ("h", "Cụ thể hóa bằng chương trình hành động"),
          ("p", "Sau hội nghị, các chi bộ, đảng bộ cơ sở khẩn trương xây dựng chương trình hành động sát với chức năng, nhiệm vụ của từng cơ quan; gắn việc thực hiện nghị quyết với xây dựng văn hóa công vụ và chuyển đổi số trong cơ quan Đảng."),
          ("p", "Chúc các đồng chí mạnh khỏe, chúc hội nghị thành công tốt đẹp!")])
BY4 = "Hoàng Văn Sơn"
IMG4 = "Đồng chí Bí thư Đảng ủy các cơ quan Đảng tỉnh phát biểu khai mạc hội nghị"


def page04():
    pub, upd = T("2026-03-20"), T("2026-03-21 09:12")
    site = "https://dangbokhoi.thanhhoa.gov.vn"
    url = f"{site}/tin-tuc/Pages/phat-bieu-cua-dong-chi-bi-thu-dang-uy-tai-hoi-nghi-quan-triet-nghi-quyet-dai-hoi-xiv.aspx"

    def main(rng, rl, rd):
        links = "".join(f'<li><a href="{site}/tin-tuc/Pages/{slug(t)[:50]}.aspx">{esc(t)}</a> <span>{dmy(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="article article-right"><div class="pageTitle"><h1 class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">{esc(A4.title)}</span></h1></div>'
                f'<div class="articleDate"><span class="ms-metadata">Ngày đăng</span> <div class="ms-formfieldvaluecontainer">{dmy(pub)}</div></div>'
                f'<div class="byline"><div class="ms-formfieldvaluecontainer">{esc(BY4)} (lược ghi)</div></div>'
                f'<div class="pageContent"><div class="ms-rtestate-field"><p><strong>{esc(A4.lead)}</strong></p>{A4.render(p=jp, h=lambda t: f"<h3>{esc(t)}</h3>", sep="")}</div></div>'
                f'<div class="captioned-image"><div class="image"><img src="/PublishingImages/2026/bi-thu-dang-uy-phat-bieu.jpg" alt="" /></div>'
                f'<div class="caption"><div class="ms-formfieldvaluecontainer">{esc(IMG4)}</div></div></div>'
                f'<div class="dk-modified">Sửa đổi lần cuối: {dmy(upd)} {hm(upd)}</div>'
                f'<div class="dk-others"><h3>Tin đã đưa</h3><ul>{links}</ul></div></div>')

    crumbs = ('<div class="dk-crumb"><span><a href="/">Trang chủ</a></span> › <span><a href="/tin-tuc">Tin tức</a></span> › '
              '<span><a href="/tin-tuc/hoat-dong-dang-uy">Hoạt động của Đảng ủy</a></span></div>')
    head = '<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />' + og(A4.title, url)
    return page("s38-04", family="agencies_party_committee_sharepoint2019_articleright_speech_luoc_ghi",
                name="thanhhoa-danguycaccoquandang-sharepoint2019-articleright-speech-date-only-article-date-luoc-ghi-byline-bold-lead-h3-subheads-caption-field-right-sua-doi-lan-cuoi",
                url=url, art=A4, main_fn=main, pub=pub, prefix="dkth", kb=208,
                org="Đảng ủy các cơ quan Đảng tỉnh Thanh Hóa", addr="Số 45 đường Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.019",
                crumbs=crumbs, top=banner("/Style Library/dk/banner.png", "Đảng ủy các cơ quan Đảng tỉnh Thanh Hóa"), side=side_of(dmy, "Tin xem nhiều", "dk-most"),
                shell_kw={"layout": "sp2019right", "head_extra": head, "items": MENU_PARTY, "form": True, "left": '<ul class="ql"><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li></ul>'},
                exp=expected_(A4, isod(pub), iso(upd), author=BY4, category="Hoạt động của Đảng ủy", captions=[IMG4]),
                traps={"chrome": ["Tin đã đưa", "Sửa đổi lần cuối:"], "bylines": ["(lược ghi)"], "related": lambda rl: rl[:5]},
                notes="SharePoint Server 2019 publishing, the STOCK ArticleRight page layout ('Image on right'): Title, Article Date '20/03/2026' (date only) → published '2026-03-20'; Byline field 'Hoàng Văn Sơn (lược ghi)' → author 'Hoàng Văn Sơn' (set 37's '(ghi)' rule for '(lược ghi)', 'summarised'); the speaker, named only by post, is not the writer. Page Content: a bold first paragraph (the editor's introduction) → lead; the salutation and h3 sub-headings are body. The Page Image + Image Caption field comes AFTER the text in this layout's source (it floats right on screen) → caption 'Đồng chí Bí thư …'. 'Sửa đổi lần cuối: 21/03/2026 09:12' → updated T09:12. Category 'Hoạt động của Đảng ủy' (crumb).",
                readme="SharePoint 2019, the stock ArticleRight layout, a SPEECH: date-only Article Date; Byline field 'Name (lược ghi)'; bold introduction as lead; salutation and h3 sub-headings; the Image Caption field AFTER the text; 'Sửa đổi lần cuối: dd/mm/yyyy HH:MM'")


# ===================================================================== 5 Tỉnh đoàn Quảng Trị: DNN 9 + EasyDNNnews event article; a NOTICE of a contest: event dates (future) above the text; account author; signature name - unit
A5 = Art("Phát động Cuộc thi trực tuyến “Tuổi trẻ Quảng Trị tìm hiểu lịch sử Đảng bộ tỉnh” năm 2026",
         "Nhằm tuyên truyền, giáo dục truyền thống cách mạng cho đoàn viên, thanh niên, Ban Thường vụ Tỉnh đoàn tổ chức Cuộc thi trực tuyến “Tuổi trẻ Quảng Trị tìm hiểu lịch sử Đảng bộ tỉnh” năm 2026.",
         [("p", "Đối tượng dự thi là đoàn viên, thanh niên, học sinh, sinh viên đang sinh sống, học tập và làm việc trên địa bàn tỉnh. Cuộc thi tổ chức theo hình thức trắc nghiệm trực tuyến trên ứng dụng Thanh niên Việt Nam, gồm 4 tuần thi và một câu hỏi dự đoán số người trả lời đúng."),
          ("p", "Nội dung cuộc thi tập trung vào lịch sử hình thành, phát triển của Đảng bộ tỉnh; những sự kiện, địa danh lịch sử tiêu biểu; những tấm gương cán bộ, đảng viên tiêu biểu qua các thời kỳ và kết quả thực hiện Nghị quyết Đại hội Đảng bộ tỉnh."),
          ("ul", ["Giải tuần: mỗi tuần 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích.",
                  "Giải tập thể: 3 giải dành cho cơ sở đoàn có số lượt tham gia đông nhất."]),
          ("p", "Ban Thường vụ Tỉnh đoàn đề nghị các cơ sở đoàn tuyên truyền rộng rãi, động viên đoàn viên, thanh niên tích cực tham gia; tổng hợp số lượt dự thi gửi về Ban Tuyên giáo Tỉnh đoàn trước ngày 5/7/2026.")])
BY5, UNIT5 = "Nguyễn Hà My", "Ban Tuyên giáo Tỉnh đoàn"


def page05():
    pub = T("2026-05-18 09:40")
    site = "https://tinhdoanquangtri.vn"
    url = f"{site}/tin-tuc/thong-bao/{slug(A5.title)[:70]}"

    def main(rng, rl, rd):
        oth = "".join(f'<li><a href="{site}/tin-tuc/thong-bao/{slug(t)[:50]}">{esc(t)}</a> <span class="edn_date">{dmy(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="edn_article edn_articleDetails edn_event"><div class="edn_metaDetails"><span class="edn_articleCategories"><a href="{site}/tin-tuc/thong-bao" class="edn_category">Thông báo</a></span></div>'
                f'<h1 class="edn_articleTitle">{esc(A5.title)}</h1>'
                f'<div class="edn_metaDetails"><span class="edn_authorName">Tác giả: <a href="{site}/tac-gia/tinhdoan-admin">tinhdoan_admin</a></span> '
                f'<time class="edn_articleDate" datetime="{iso(pub)}">Đăng ngày: {dmyhm(pub)}</time></div>'
                f'<div class="edn_eventDetails"><div class="edn_eventDate"><span class="edn_label">Thời gian diễn ra:</span> 08:00 01/06/2026 - 17:00 30/06/2026</div>'
                f'<div class="edn_eventLocation"><span class="edn_label">Địa điểm:</span> Ứng dụng Thanh niên Việt Nam</div><a class="edn_addToCalendar" href="#">Thêm vào lịch</a></div>'
                f'<div class="edn_articleSummary"><p><strong>{esc(A5.lead)}</strong></p></div>'
                f'<div class="edn_articleContent">{A5.render(p=jp, sep="")}<p style="text-align:right"><em><strong>{esc(BY5)} - {esc(UNIT5)}</strong></em></p></div>'
                f'<div class="edn_socialPrintWrapper"><a href="#" class="edn_printButton">In</a> <a href="#">Chia sẻ</a></div>'
                f'<div class="edn_relatedArticles"><h3>Bài viết liên quan</h3><ul>{oth}</ul></div></div>')

    crumbs = ('<div class="breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/" class="SkinObject">Trang chủ</a> / <a href="/tin-tuc" class="SkinObject">Tin tức</a> / '
              '<a href="/tin-tuc/thong-bao" class="SkinObject">Thông báo</a></span></div>')
    head = og(A5.title, url) + jsonld({"@context": "https://schema.org", "@type": "Event", "name": A5.title, "startDate": "2026-06-01T08:00:00+07:00", "endDate": "2026-06-30T17:00:00+07:00"})
    return page("s38-05", family="youth_union_dnn9_easydnnnews_event_article_notice_future_event_dates",
                name="quangtri-tinhdoan-dnn9-easydnnnews-event-article-notice-category-above-h1-account-author-dang-ngay-event-dates-future-bold-summary-list-italic-bold-name-dash-unit",
                url=url, art=A5, main_fn=main, pub=pub, prefix="tdqt", kb=226,
                org="Tỉnh đoàn Quảng Trị", addr="Số 36 đường Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị", phone="0232.3822.456",
                crumbs=crumbs, top=banner("/Portals/0/Skins/tinhdoan/images/logo.png", "Tỉnh đoàn Quảng Trị"), side=side_of(dmy, "Tin mới", "edn-new"),
                shell_kw={"layout": "dnn9event", "head_extra": head, "items": MENU_MASS, "form": True, "dnn": True, "left": cookie_banner("dnn-cookie")},
                exp=expected_(A5, iso(pub), author=BY5, unit=UNIT5, category="Thông báo"),
                traps={"events": ["Thời gian diễn ra:", "08:00 01/06/2026 - 17:00 30/06/2026", "Địa điểm:"], "accounts": ["tinhdoan_admin"],
                       "chrome": ["Bài viết liên quan", "Thêm vào lịch"], "related": lambda rl: rl[:5]},
                notes="DNN 9.11 with EasyDNNnews 11, an EVENT-type article (the template prints the event's fields above the text): 'Thời gian diễn ra: 08:00 01/06/2026 - 17:00 30/06/2026' and 'Địa điểm:' are the contest's days (FUTURE, also in a JSON-LD Event), not stamps; 'Đăng ngày: 18/05/2026 09:40' → T09:40. 'Tác giả: tinhdoan_admin' → account; italic bold 'Nguyễn Hà My - Ban Tuyên giáo Tỉnh đoàn' at the end → author + unit. Bold summary → lead; the two list items are body. Category 'Thông báo' (the category link above the h1 and the crumb agree).",
                readme="DNN 9 + EasyDNNnews, an EVENT article (a contest notice): the event's days 'Thời gian diễn ra: 08:00 01/06/2026 - 17:00 30/06/2026' (future, + JSON-LD Event) above the text; 'Tác giả: <account>' + 'Đăng ngày:'; bold summary; a list; italic bold 'Name - unit'; a cookie banner")


# ===================================================================== 6 Hội Cựu chiến binh tỉnh Gia Lai: WordPress + Twenty Twenty; categories above the h1; 'Bởi <account>'; date only; bold name + parenthesised unit at the end
A6 = Art("Hội Cựu chiến binh tỉnh gặp mặt cựu chiến binh tham gia chiến dịch Tây Nguyên",
         None,
         [("p", "Sáng 22/4, Hội Cựu chiến binh tỉnh tổ chức gặp mặt 150 cựu chiến binh từng tham gia chiến dịch Tây Nguyên, nhân kỷ niệm 51 năm Ngày giải phóng miền Nam, thống nhất đất nước."),
          ("p", "Tại buổi gặp mặt, các cựu chiến binh xúc động ôn lại những kỷ niệm trong những ngày chiến đấu gian khổ mà hào hùng; chia sẻ về cuộc sống hôm nay, về những đóng góp của hội viên trong phát triển kinh tế, giữ gìn an ninh trật tự ở cơ sở."),
          ("img", "/wp-content/uploads/2026/04/gap-mat-cuu-chien-binh.jpg", "Các cựu chiến binh ôn lại kỷ niệm chiến dịch Tây Nguyên"),
          ("p", "Phát biểu tại buổi gặp mặt, đồng chí Chủ tịch Hội Cựu chiến binh tỉnh mong muốn các cựu chiến binh tiếp tục phát huy bản chất “Bộ đội Cụ Hồ”, là tấm gương sáng để thế hệ trẻ noi theo; tích cực tham gia xây dựng Đảng, chính quyền cơ sở vững mạnh."),
          ("p", "Dịp này, Hội trao 30 suất quà cho cựu chiến binh có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng.")])
BY6, UNIT6 = "Đặng Văn Tám", "Hội Cựu chiến binh xã Tây Sơn"


def page06():
    pub = T("2026-04-22")
    site = "https://cuuchienbinhgialai.org.vn"
    url = f"{site}/2026/04/22/{slug(A6.title)}/"

    def img(s, c, n):
        return f'<figure class="wp-block-image size-large"><img src="{s}" alt="" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        nxt = rl[0]
        return (f'<article class="post-{rng.randint(1000, 9999)} post type-post status-publish format-standard hentry category-hoat-dong-hoi" id="post-2291">'
                f'<header class="entry-header has-text-align-center header-footer-group"><div class="entry-header-inner section-inner medium">'
                f'<div class="entry-categories"><span class="screen-reader-text">Danh mục</span><div class="entry-categories-inner"><a href="{site}/category/hoat-dong-hoi/" rel="category tag">Hoạt động Hội</a></div></div>'
                f'<h1 class="entry-title">{esc(A6.title)}</h1>'
                f'<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta">'
                f'<li class="post-author meta-wrapper"><span class="meta-text">Bởi <a href="{site}/author/admin_ccb/">admin_ccb</a></span></li>'
                f'<li class="post-date meta-wrapper"><span class="meta-text"><a href="{url}">{pub.day} Tháng {pub.month}, {pub.year}</a></span></li>'
                f'<li class="post-comment-link meta-wrapper"><span class="meta-text"><a href="#respond">Không có bình luận</a></span></li></ul></div></div></header>'
                f'<div class="post-inner thin"><div class="entry-content">{A6.render(img=img, sep="")}'
                f'<p class="has-text-align-right"><strong>{esc(BY6)}</strong> ({esc(UNIT6)})</p></div></div>'
                f'<div class="section-inner"><div class="post-meta-wrapper post-meta-single post-meta-single-bottom"><ul class="post-meta"><li class="post-tags meta-wrapper"><span class="meta-text"><a href="#" rel="tag">cựu chiến binh</a></span></li></ul></div></div>'
                f'<nav class="pagination-single section-inner" aria-label="Bài viết"><a class="next-post" href="{site}/{slug(nxt)[:40]}/"><span class="title"><span class="title-inner">{esc(nxt)}</span></span></a></nav>'
                f'<div class="comments-wrapper section-inner"><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Để lại một bình luận</h2></div></div></article>')

    def side(rng, p):
        return ('<div class="footer-widgets column-one grid-item">' + mostread(rng, p, lambda d: f"{d.day} Tháng {d.month}, {d.year}", "Bài viết mới", "widget_recent_entries", 5, numbered=False)
                + '</div><div class="footer-widgets column-two grid-item"><div class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul><li><a href="#">Hoạt động Hội</a></li><li><a href="#">Gương sáng cựu chiến binh</a></li><li><a href="#">Thông báo</a></li></ul></div></div>')

    head = (og(A6.title, url) + '<meta name="generator" content="WordPress 6.8" /><link rel="stylesheet" id="twentytwenty-style-css" href="/wp-content/themes/twentytwenty/style.css?ver=2.9" media="all" />')
    return page("s38-06", family="veterans_association_wp_twentytwenty_categories_above_h1_date_only",
                name="gialai-hoiccb-wp-twentytwenty-entry-categories-above-h1-bai-author-account-d-thang-m-yyyy-date-only-no-sapo-wp-element-caption-bold-name-paren-unit-next-post",
                url=url, art=A6, main_fn=main, pub=pub, prefix="ccbgl", kb=118,
                org="Hội Cựu chiến binh tỉnh Gia Lai", addr="Số 12 đường Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai", phone="0269.3824.377",
                crumbs="", top=banner("/wp-content/uploads/2025/08/logo-ccb.png", "Hội Cựu chiến binh tỉnh Gia Lai"), side=side,
                shell_kw={"layout": "tt20", "head_extra": head, "items": MENU_MASS, "body_cls": "post-template-default single single-post singular"},
                exp=expected_(A6, isod(pub), author=BY6, unit=UNIT6, category="Hoạt động Hội", lead=None),
                traps={"accounts": ["admin_ccb"], "chrome": ["Để lại một bình luận", "Không có bình luận", "Bài viết mới"], "next": lambda rl: rl[:1]},
                notes="WordPress 6.8 + Twenty Twenty (the default theme of 2020; no crumb): the category link 'Hoạt động Hội' sits ABOVE the h1 (entry-categories) → category; 'Bởi admin_ccb' → account; the date '22 Tháng 4, 2026' has no time and no <time> element → published '2026-04-22' (date only). No sapo → lead null. One wp-element-caption. Bold 'Đặng Văn Tám' + '(Hội Cựu chiến binh xã Tây Sơn)' right-aligned at the end → author + unit. The next post's title in the pagination is another item.",
                readme="WordPress + Twenty Twenty, a veterans' meeting: the category above the h1; 'Bởi <account>'; '22 Tháng 4, 2026' (date only, no <time>); no sapo; a wp-element-caption; bold 'Name' + '(unit)' at the end; widgets in the footer")


# ===================================================================== 7 Liên đoàn Lao động tỉnh Thanh Hóa: WordPress + Newsup; a REPRINT: 'Minh Hiếu' + 'Nguồn: Báo Thanh Hóa'; date 'dd/mm/yyyy' badge + time
A7 = Art("Công đoàn cơ sở khu công nghiệp tổ chức đối thoại với người lao động về tiền lương, nhà ở",
         "Gần 300 đoàn viên, người lao động trong Khu công nghiệp Lễ Môn đã trực tiếp đối thoại với lãnh đạo doanh nghiệp, công đoàn và chính quyền địa phương về tiền lương, nhà ở xã hội và nhà trẻ cho con công nhân.",
         [("p", "Chiều 7/5, Liên đoàn Lao động tỉnh phối hợp với Ban Quản lý các khu công nghiệp tổ chức hội nghị đối thoại giữa người lao động với người sử dụng lao động tại Khu công nghiệp Lễ Môn."),
          ("p", "Tại hội nghị, người lao động nêu 24 ý kiến, tập trung vào việc điều chỉnh tiền lương theo mức lương tối thiểu vùng mới, bố trí xe đưa đón, nhà trọ giá thấp và điểm trông giữ trẻ gần khu công nghiệp. Lãnh đạo các doanh nghiệp đã trả lời trực tiếp 19 ý kiến."),
          ("img", "/wp-content/uploads/2026/05/doi-thoai-nguoi-lao-dong.jpg", "Người lao động nêu ý kiến tại hội nghị đối thoại"),
          ("p", "Đồng chí Chủ tịch Liên đoàn Lao động tỉnh đề nghị các doanh nghiệp tiếp thu, có lộ trình giải quyết các kiến nghị chính đáng; công đoàn cơ sở tiếp tục làm tốt vai trò đại diện, bảo vệ quyền, lợi ích hợp pháp của đoàn viên."),
          ("p", "Các ý kiến chưa được trả lời tại hội nghị sẽ được Ban tổ chức tổng hợp, chuyển cơ quan chức năng giải quyết theo thẩm quyền.")])
BY7 = "Minh Hiếu"


def page07():
    pub = T("2026-05-08 10:25")
    site = "https://congdoanthanhhoa.org.vn"
    url = f"{site}/{slug(A7.title)}/"

    def img(s, c, n):
        return f'<div id="attachment_{n}" class="wp-caption aligncenter" style="width:810px"><img src="{s}" width="800" /><p class="wp-caption-text">{esc(c)}</p></div>'

    def main(rng, rl, rd):
        cards = "".join(teaser(rng, t, s, d, lambda x: dmy(x), rng.choice(WRITERS34), cls="mg-posts-sec-post") for (t, s), d in zip(other34(rng, 3), rd))
        return (f'<div class="mg-blog-post-box"><div class="mg-header"><div class="mg-blog-category"><a class="newsup-categories category-color-1" href="{site}/category/hoat-dong-cong-doan/">Hoạt động Công đoàn</a></div>'
                f'<h1 class="title single">{esc(A7.title)}</h1>'
                f'<div class="media mg-info-author-block"><a class="mg-author-pic" href="{site}/author/ldld/"><img src="/wp-content/uploads/avatar-ldld.png" alt="" /></a>'
                f'<div class="media-body"><h4 class="media-heading"><span>Bởi</span> <a href="{site}/author/ldld/">Ban Biên tập</a></h4>'
                f'<span class="mg-blog-date"><i class="fas fa-clock"></i> {dmy(pub)} {hm(pub)}</span></div></div></div>'
                f'<article class="page-content-single small single"><p><strong>{esc(A7.lead)}</strong></p>{A7.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>{esc(BY7)}</strong></p><p style="text-align:right"><em>Nguồn: Báo Thanh Hóa</em></p></article>'
                f'<div class="mg-featured-slider p-3 mb-4"><div class="mg-sec-title"><h4>Bài viết liên quan</h4></div>{cards}</div></div>')

    crumbs = ""
    head = og(A7.title, url) + '<meta name="generator" content="WordPress 6.7.2" /><link rel="stylesheet" id="newsup-style-css" href="/wp-content/themes/newsup/style.css?ver=6.7.2" media="all" />'
    return page("s38-07", family="labour_federation_wp_newsup_reprint_nguon_line_editors_account",
                name="thanhhoa-ldld-wp-newsup-category-chip-above-h1-bai-bien-tap-account-author-block-dd-mm-yyyy-hh-mm-bold-first-p-wp-caption-reprint-name-plus-nguon-bao",
                url=url, art=A7, main_fn=main, pub=pub, prefix="ldth", kb=164,
                org="Liên đoàn Lao động tỉnh Thanh Hóa", addr="Số 55 đường Dương Đình Nghệ, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.773",
                crumbs=crumbs, top=banner("/wp-content/uploads/logo-ldld.png", "Liên đoàn Lao động tỉnh Thanh Hóa"),
                side=side_of(dmy, "Tin mới nhất", "newsup-recent"),
                shell_kw={"layout": "newsup", "head_extra": head, "items": MENU_MASS, "left": f'<div class="info-left"><span class="time">{wd(pub)}, {dmy(pub)}</span></div>'},
                exp=expected_(A7, iso(pub), author=BY7, category="Hoạt động Công đoàn"),
                traps={"accounts": ["Ban Biên tập"], "sources": ["Nguồn: Báo Thanh Hóa"], "chrome": ["Bài viết liên quan", "Tin mới nhất"]},
                notes="WordPress + Newsup (Themeansar), a REPRINT from the provincial paper: the category chip 'Hoạt động Công đoàn' above the h1 (no crumb) → category; the author block 'Bởi Ban Biên tập' (avatar) → an editors' account (set 36); '08/05/2026 10:25' → T10:25 (the top bar's clock prints the same day, no time). Bold first paragraph → lead. One wp-caption. Bold right 'Minh Hiếu' → author; italic 'Nguồn: Báo Thanh Hóa' → source, unit null (set 13). Related cards with their own stamps and writers.",
                readme="WordPress + Newsup, a REPRINT (a dialogue conference): category chip above the h1; 'Bởi Ban Biên tập' author block (account); 'dd/mm/yyyy HH:MM'; bold first paragraph; a wp-caption; bold 'Name' + 'Nguồn: Báo …'; related cards with stamps and writers")


# ===================================================================== 8 Đảng ủy xã Mường Chiên (Sơn La): Joomla 3.9 + JSN Epic; TWIST: a digest of three briefs, each signed 'Name (unit)'
B8 = [("Chi bộ bản Nà Sản kết nạp 2 đảng viên mới", "Lò Văn Hùng", "Chi bộ bản Nà Sản",
       ["Ngày 3/6, Chi bộ bản Nà Sản tổ chức lễ kết nạp đảng viên mới cho quần chúng Lò Thị Hoa và Cầm Văn Thắng. Đây là hai quần chúng ưu tú, tích cực trong phong trào phát triển kinh tế và giữ gìn an ninh trật tự ở bản.",
        "Đồng chí Bí thư Chi bộ giao nhiệm vụ cho đảng viên chính thức giúp đỡ hai đảng viên mới trong thời gian dự bị."]),
      ("Bản Co Muông ra quân làm đường giao thông nông thôn", "Quàng Thị Mai", "Chi bộ bản Co Muông",
       ["Hưởng ứng phong trào thi đua xây dựng nông thôn mới, 85 hộ dân bản Co Muông đã góp hơn 400 ngày công, hiến 1.200 m² đất để mở rộng 1,6 km đường nội bản.",
        "Chi bộ phân công đảng viên phụ trách từng nhóm hộ, vận động bà con tham gia đầy đủ, bảo đảm hoàn thành công trình trước mùa mưa."]),
      ("Đảng ủy xã kiểm tra sinh hoạt chi bộ định kỳ", "Lường Văn Tiến", "Văn phòng Đảng ủy",
       ["Từ ngày 1 đến 5/6, đoàn kiểm tra của Đảng ủy xã đã dự và kiểm tra sinh hoạt định kỳ tại 6 chi bộ bản. Qua kiểm tra, các chi bộ cơ bản duy trì sinh hoạt đúng quy định, nội dung sinh hoạt bám sát nhiệm vụ chính trị của bản.",
        "Đoàn đề nghị các chi bộ quan tâm sinh hoạt chuyên đề, ghi biên bản đầy đủ và đưa nội dung chuyển đổi số vào sinh hoạt chi bộ."])]
A8 = Art("Tin hoạt động cơ sở tuần đầu tháng 6/2026",
         None,
         [("p", "Trang thông tin điện tử Đảng bộ xã giới thiệu một số tin hoạt động của các chi bộ trong tuần qua.")]
         + [b for t, w, u, ps in B8 for b in ([("h", t)] + [("p", x) for x in ps] + [("raw", f"SIG|{w}|{u}")])])


def page08():
    pub = T("2026-06-06 20:15")
    site = "https://dangbomuongchien.sonla.gov.vn"
    url = f"{site}/index.php/tin-co-so/{2104}-tin-hoat-dong-co-so-tuan-dau-thang-6-2026"

    def raw(x):
        _, w, u = x.split("|")
        return f'<p style="text-align:right"><em>{esc(w)} ({esc(u)})</em></p>'

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/index.php/tin-co-so/{rng.randint(1000, 2100)}-{slug(t)[:40]}">{esc(t)}</a></li>' for t in rl[:5])
        return (f'<div class="item-page"><div class="page-header"><h2 itemprop="headline">{esc(A8.title)}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="createdby">Viết bởi <span>Quản trị xã</span></dd>'
                f'<dd class="category-name">Danh mục: <a href="{site}/index.php/tin-co-so">Tin cơ sở</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> <time datetime="{iso(pub)}">Ngày đăng: {dmyhm(pub)}</time></dd>'
                f'<dd class="hits">Lượt xem: 87</dd></dl>'
                f'<div itemprop="articleBody">{A8.render(p=jp, h=lambda t: f"<h3>{esc(t)}</h3>", raw=raw, sep="")}</div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="#">&lt; Trước</a></li><li class="next"><a href="#">Tiếp &gt;</a></li></ul></div>'
                f'<div class="jsn-modulecontainer"><h3 class="jsn-moduletitle">Tin cùng danh mục</h3><ul class="latestnews">{rel}</ul></div>')

    crumbs = ('<div class="breadcrumbs"><a href="/" class="pathway">Trang chủ</a> » <a href="/index.php/tin-tuc" class="pathway">Tin tức</a> » '
              '<a href="/index.php/tin-co-so" class="pathway">Tin cơ sở</a> » <span>Tin hoạt động cơ sở tuần đầu tháng 6/2026</span></div>')
    ws = [w for _, w, _, _ in B8]
    us = [u for _, _, u, _ in B8]
    head = og(A8.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/templates/jsn_epic_pro/css/template.css" rel="stylesheet" />'
    return page("s38-08", family="commune_party_joomla39_jsn_epic_digest_three_signed_briefs",
                name="sonla-danguyxamuongchien-joomla39-jsn-epic-page-header-h2-digest-three-briefs-h3-each-signed-italic-name-paren-unit-created-by-account-ngay-dang-time-crumb-ends-with-title",
                url=url, art=A8, main_fn=main, pub=pub, prefix="dumc", kb=112,
                org="Đảng ủy xã Mường Chiên", addr="Trung tâm xã Mường Chiên, tỉnh Sơn La", phone="0212.3866.120",
                crumbs=crumbs, top=banner("/images/banner-danguy-xa.png", "Trang thông tin điện tử Đảng bộ xã Mường Chiên"), side=side_of(dmy, "Tin mới", "jsn-latest"),
                shell_kw={"layout": "jsn", "head_extra": head, "items": MENU_PARTY, "left": f'<div class="jsn-date">{wd(pub + timedelta(days=1))}, {dmy(pub + timedelta(days=1))}</div>'},
                exp=expected_(A8, iso(pub), author=", ".join(ws), unit=", ".join(us), category="Tin cơ sở", lead=None),
                traps={"accounts": ["Quản trị xã"], "chrome": ["Tin cùng danh mục", "Lượt xem: 87"]},
                notes="TWIST. Joomla 3.9 + JoomlaShine's JSN Epic template, a commune Party committee's DIGEST 'Tin hoạt động cơ sở tuần đầu tháng 6/2026': one introductory sentence, then THREE briefs, each with its own h3 heading, two paragraphs and its OWN signature in italic on the right — 'Lò Văn Hùng (Chi bộ bản Nà Sản)', 'Quàng Thị Mai (Chi bộ bản Co Muông)', 'Lường Văn Tiến (Văn phòng Đảng ủy)'. The item is ONE record: body = the intro, the three headings and six paragraphs in page order (the signatures are not body); author = all three writers in page order 'Lò Văn Hùng, Quàng Thị Mai, Lường Văn Tiến'; unit = their units in the same order (set 36: two writers each with a unit). An extractor that looks for the signature at the end of the text keeps only the LAST writer (and may cut the body at the first signature). 'Viết bởi Quản trị xã' → account. 'Ngày đăng: 06/06/2026 20:15' → T20:15. No sapo (the intro sentence is plain) → lead null. Category 'Tin cơ sở' ('Danh mục:' and the crumb agree; the crumb's last level is the headline itself).",
                readme="TWIST — Joomla 3.9 + JSN Epic, a commune's weekly DIGEST of three briefs, each with an h3 heading and its OWN italic signature 'Name (unit)' → three writers and three units in page order, one record; 'Viết bởi <account>'; 'Ngày đăng:' in <time>; the crumb ends with the headline")


# ===================================================================== 9 Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng: Drupal 9 Varbase; a CONGRESS; 'j Tháng F, Y - H:i' (month in words); two writers field; photographer field
A9 = Art("Đại hội đại biểu Mặt trận Tổ quốc Việt Nam phường Xuân Hương - Đà Lạt lần thứ I, nhiệm kỳ 2026 - 2031",
         "Ngày 14/8, Ủy ban MTTQ Việt Nam phường Xuân Hương - Đà Lạt tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031 với sự tham dự của 150 đại biểu chính thức đại diện cho gần 40.000 người dân trong phường.",
         [("p", "Đây là đại hội đầu tiên của Mặt trận Tổ quốc phường sau khi sắp xếp đơn vị hành chính và hợp nhất các tổ chức chính trị - xã hội vào Mặt trận. Đại hội đánh giá kết quả thực hiện nghị quyết nhiệm kỳ trước của các phường cũ, xác định mục tiêu, nhiệm vụ nhiệm kỳ 2026 - 2031."),
          ("p", "Nhiệm kỳ qua, các cuộc vận động, phong trào thi đua do Mặt trận chủ trì được triển khai sâu rộng; Quỹ “Vì người nghèo” các cấp vận động được hơn 6,2 tỷ đồng, hỗ trợ xây mới, sửa chữa 48 căn nhà đại đoàn kết."),
          ("img", "/sites/default/files/2026-08/dai-hoi-mttq-xuan-huong.jpg", "Quang cảnh Đại hội"),
          ("p", "Đại hội đã hiệp thương cử 55 vị vào Ủy ban MTTQ Việt Nam phường khóa I; Ủy ban đã hiệp thương cử Ban Thường trực gồm 5 vị, bà Trần Thị Ngọc Diệp được hiệp thương giữ chức Chủ tịch."),
          ("img", "/sites/default/files/2026-08/ra-mat-uy-ban-mttq.jpg", "Ủy ban MTTQ Việt Nam phường khóa I ra mắt Đại hội")])
BY9 = ["Phan Thị Thu Hà", "Lê Quốc Khánh"]
MONTHS_VI = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def page09():
    pub = T("2026-08-14 10:20")
    site = "https://mattranlamdong.org.vn"
    url = f"{site}/tin-tuc/hoat-dong-mat-tran/{slug(A9.title)[:80]}"

    def dlong(d):
        return f"{d.day} Tháng {MONTHS_VI[d.month - 1]}, {d.year} - {hm(d)}"

    def img(s, c, n):
        return (f'<div class="paragraph paragraph--type--image paragraph--view-mode--default"><div class="field field--name-field-media-image"><img src="{s}" alt="" /></div>'
                f'<div class="field field--name-field-caption field--type-string">{esc(c)}</div></div>')

    def main(rng, rl, rd):
        rel = "".join(f'<div class="views-row"><a href="{site}/tin-tuc/{slug(t)[:50]}">{esc(t)}</a> <span class="field--name-created">{esc(dlong(d))}</span></div>' for t, d in zip(rl[:5], rd))
        return (f'<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-header"><span class="field field--name-title">{esc(A9.title)}</span></h1>'
                f'<div class="node__meta"><span class="field field--name-uid">mttq_bientap</span> <span class="field field--name-created">{esc(dlong(pub))}</span></div>'
                f'<div class="node__content"><div class="field field--name-field-summary"><p><strong>{esc(A9.lead)}</strong></p></div>'
                f'<div class="field field--name-body">{A9.render(p=jp, img=img, sep="")}</div>'
                f'<div class="field field--name-field-tac-gia field--label-inline"><div class="field__label">Tác giả</div><div class="field__item">{esc(", ".join(BY9))}</div></div>'
                f'<div class="field field--name-field-anh field--label-inline"><div class="field__label">Ảnh</div><div class="field__item">{esc(BY9[1])}</div></div>'
                f'<div class="field field--name-field-tags field--label-inline"><div class="field__label">Chủ đề</div><div class="field__item"><a href="#">Đại hội Mặt trận các cấp</a></div></div></div></article>'
                f'<div class="block-views-blockrelated-content"><h2 class="block-title">Tin liên quan</h2>{rel}</div>')

    crumbs = ('<nav role="navigation" aria-labelledby="system-breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
              '<li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li><li class="breadcrumb-item"><a href="/tin-tuc/hoat-dong-mat-tran">Hoạt động Mặt trận</a></li></ol></nav>')
    head = og(A9.title, url) + '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" /><script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/5521","currentLanguage":"vi"},"varbase":{"version":"9.1.4"}}</script>'
    return page("s38-09", family="fatherland_front_drupal9_varbase_congress_month_words_writer_fields",
                name="lamdong-mttq-drupal9-varbase-congress-d-thang-month-word-yyyy-dash-hh-mm-uid-account-bold-summary-field-paragraph-image-caption-fields-tac-gia-two-writers-anh-field",
                url=url, art=A9, main_fn=main, pub=pub, prefix="mtld", kb=189,
                org="Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", addr="Số 4 đường Trần Hưng Đạo, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", phone="0263.3822.510",
                crumbs=crumbs, top=banner("/themes/custom/mttq/logo.png", "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"), side=side_of(lambda d: f"{d.day} Tháng {MONTHS_VI[d.month - 1]}, {d.year}", "Đọc nhiều", "varbase-most"),
                shell_kw={"layout": "varbase", "head_extra": head, "items": MENU_MASS, "left": cookie_banner("eu-cookie-compliance-banner")},
                exp=expected_(A9, iso(pub), author=", ".join(BY9), photographer=BY9[1], category="Hoạt động Mặt trận"),
                traps={"accounts": ["mttq_bientap"], "chrome": ["Tin liên quan", "Đại hội Mặt trận các cấp", "Đọc nhiều"], "related": lambda rl: rl[:5]},
                notes="Drupal 9 with the Varbase 9 distribution (Vartheme BS4), a CONGRESS of a ward's Fatherland Front. Stamp '14 Tháng Tám, 2026 - 10:20' (Drupal's 'j F, Y - H:i' with vi month names: 'Tháng Tám' is AUGUST) → T10:20; 'mttq_bientap' (uid field) → account. Bold summary field → lead. Two Paragraphs image items with caption fields → captions. Field 'Tác giả: Phan Thị Thu Hà, Lê Quốc Khánh' → two writers; field 'Ảnh: Lê Quốc Khánh' → photographer. 'Chủ đề' is a tag, not the category; category 'Hoạt động Mặt trận' (crumb). The headline names the congress's term '2026 - 2031' (not dates).",
                readme="Drupal 9 Varbase, a ward Front's CONGRESS: '14 Tháng Tám, 2026 - 10:20' (month in words); an account uid field; bold summary field; Paragraphs image captions; 'Tác giả' field with two writers + 'Ảnh' field; 'Chủ đề' tag vs crumb category")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
