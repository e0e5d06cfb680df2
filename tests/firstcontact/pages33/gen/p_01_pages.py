"""Set 33 pages 1-9: the HARD everyday cases on the common products of shared/research/vn-sites.md (versions, themes,
modules and page layouts sets 26-32 did not use): long pages with several article-like blocks (featured teasers, 'most
read' boxes with dates and writers in the stamp's shape, previews of a second item), stamps, bylines and categories
printed in unusual places (a table row under the headline, an info card of the article, a properties table, the title
row, a line typed at the top of the text), several writers, leads that are not bold, many pictures and captions in
different markups, boxes and tables inside the text.
Two pages of this module carry a twist (page 2: another item's hero with the page's only h1 above the headline; page 3:
the sapo printed again word for word as the first paragraph of the text); the third twist is in gen/p_02_more.py."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads13, past, expected, slug, hexid, alnum, b64blob, dump
from .kit import schedule, links_box, poll, og, jsonld, comments
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other_items, WRITERS33


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def nvd(d):
    """NukeViet default 'l - d/m/Y H:i' with the lower-case second word ('Thứ bảy - 07/03/2026 09:35')."""
    return f"{wd(d, lower=True)} - {dmy(d)} {hm(d)}"


def ticker(rng, pub, fmt, n=6, label="Tin mới"):
    ts = heads13(rng, n)
    li = "".join(f'<li><a href="/tin-tuc/{slug(t)[:50]}.html">{esc(t)}</a> <i>({esc(fmt(d))})</i></li>' for t, d in zip(ts, past(pub, rng, n, 0, 6)))
    return f'<div class="ticker"><span class="ticker-label">{esc(label)}</span><marquee scrollamount="3"><ul>{li}</ul></marquee></div>'


MEGA_MASS = [
    ("Giới thiệu", ["Lịch sử truyền thống", "Chức năng nhiệm vụ", "Ban Thường vụ", "Ban Chấp hành", "Cơ quan chuyên trách", "Các ban, đơn vị"]),
    ("Tin tức", ["Hoạt động Hội", "Tin cơ sở", "Tin trong nước", "Thông báo", "Chuyển đổi số", "Sự kiện nổi bật"]),
    ("Phong trào", ["Thi đua yêu nước", "Gương điển hình", "Mô hình hay", "Chương trình an sinh", "Khởi nghiệp", "Xây dựng nông thôn mới"]),
    ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản tỉnh", "Hướng dẫn nghiệp vụ", "Biểu mẫu", "Tài liệu tuyên truyền"]),
    ("Thư viện", ["Thư viện ảnh", "Video clip", "Tài liệu sinh hoạt", "Phát thanh", "Infographic"]),
    ("Liên hệ", ["Địa chỉ", "Hỏi đáp", "Góp ý", "Đường dây nóng"]),
]


# ===================================================================== 1 Hội LHPN tỉnh Nghệ An: NukeViet 4.5, a vendor theme; the meta in a TABLE ROW under the headline (stamp, two writers, category, views)
A1 = Art("Hội LHPN tỉnh tọa đàm kỷ niệm 116 năm Ngày Quốc tế Phụ nữ",
         "Sáng 6/3, Hội Liên hiệp Phụ nữ tỉnh tổ chức tọa đàm “Phụ nữ Nghệ An đoàn kết, sáng tạo, phát triển” kỷ niệm 116 năm Ngày Quốc tế Phụ nữ 8/3 và 1.986 năm khởi nghĩa Hai Bà Trưng. Dự tọa đàm có đồng chí Võ Thị Minh Sinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và hơn 150 cán bộ, hội viên tiêu biểu.",
         [("p", "Tại tọa đàm, các đại biểu đã cùng nhìn lại những kết quả nổi bật của phong trào phụ nữ năm 2025: toàn tỉnh có 412 mô hình sinh kế do Hội hỗ trợ, giúp 1.860 hội viên nghèo có việc làm ổn định; 96% cơ sở Hội xếp loại vững mạnh sau khi sắp xếp theo mô hình chính quyền địa phương hai cấp."),
          ("img", "/uploads/news/2026_03/toa-dam-8-3-2026.jpg", "Quang cảnh tọa đàm “Phụ nữ Nghệ An đoàn kết, sáng tạo, phát triển”"),
          ("p", "Nhiều ý kiến chia sẻ kinh nghiệm xây dựng tổ hợp tác do phụ nữ làm chủ, đưa sản phẩm OCOP lên sàn thương mại điện tử, vận động chị em tham gia bảo vệ môi trường và giữ gìn nếp nhà. Chị Lô Thị Hạnh, Chủ tịch Hội LHPN xã Con Cuông, cho biết mô hình “Tổ phụ nữ dệt thổ cẩm” của xã đã giúp 38 hội viên có thu nhập 5 - 6 triệu đồng mỗi tháng."),
          ("p", "Chị Nguyễn Thị Lan Anh, giám đốc một hợp tác xã nông sản sạch ở phường Vinh Phú, chia sẻ hành trình khởi nghiệp từ hai bàn tay trắng, nay tạo việc làm cho 25 lao động nữ, phần lớn là phụ nữ có hoàn cảnh khó khăn."),
          ("img", "/uploads/news/2026_03/trao-qua-hoi-vien.jpg", "Lãnh đạo Hội LHPN tỉnh trao quà cho hội viên có hoàn cảnh khó khăn"),
          ("p", "Phát biểu kết luận, đồng chí Chủ tịch Hội LHPN tỉnh đề nghị các cấp Hội tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở; tích cực tuyên truyền, vận động hội viên tham gia cuộc bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp ngày 15/3/2026."),
          ("p", "Dịp này, Hội LHPN tỉnh trao 50 suất quà cho hội viên phụ nữ có hoàn cảnh khó khăn và biểu dương 20 cán bộ Hội cơ sở tiêu biểu năm 2025.")])
W1 = ["Nguyễn Thị Hoa", "Lê Minh Trang"]


def page01():
    pub = T("2026-03-07 09:35")
    site = "https://phunu.nghean.gov.vn"
    url = f"{site}/news/hoat-dong-hoi/hoi-lhpn-tinh-toa-dam-ky-niem-116-nam-ngay-quoc-te-phu-nu-3512.html"

    def img(s, c, n):
        if n == 1:
            return f'<figure class="image"><img src="{site}{s}" alt="{esc(c, True)}" width="700" /><figcaption>{esc(c)}</figcaption></figure>'
        return (f'<table class="image" align="center"><tbody><tr><td><img src="{site}{s}" width="640" alt="" /></td></tr>'
                f'<tr><td class="image_desc" style="text-align:center"><em>{esc(c)}</em></td></tr></tbody></table>')

    def main(rng, rl, rd):
        feat = other_items(rng, 1)[0]
        rel = "".join(f'<li><a href="{site}/news/hoat-dong-hoi/{slug(t)}.html">{esc(t)}</a> <em>({nvd(d)})</em></li>' for t, d in zip(rl[:5], rd))
        return (teaser(rng, feat[0], feat[1], pub - timedelta(days=1, hours=3), nvd, "Thu Hương", cls="news-hot", htag="h3", label="Tin nổi bật")
                + f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<table class="news-info table table-bordered"><tbody><tr><td class="ngay"><em class="fa fa-clock-o"></em> Ngày đăng: {nvd(pub)}</td>'
                f'<td class="tacgia"><em class="fa fa-user"></em> Tác giả: {W1[0]}, {W1[1]}</td><td class="chuyenmuc"><em class="fa fa-folder"></em> Chuyên mục: <a href="{site}/news/hoat-dong-hoi/">Hoạt động Hội</a></td>'
                f'<td class="luotxem"><em class="fa fa-eye"></em> Lượt xem: 1.204</td></tr></tbody></table>'
                f'<div class="hometext"><strong>{esc(A1.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext">{Art("", None, A1.blocks).render(p=jp, img=img, sep="")}</div>'
                f'<div class="news-tools"><a href="#">In bài viết</a> <a href="#">Gửi email</a> <a href="#">Lưu bài viết này</a></div>'
                f'</div></div><div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{rel}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, nvd, "Đọc nhiều nhất", "block-mostread", 6, writer_fmt="{w}")
                + vb_box(["Kế hoạch tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ 8/3/2026", "Hướng dẫn triển khai phong trào “Phụ nữ tích cực học tập, lao động sáng tạo”", "Thông báo kết luận Hội nghị Ban Thường vụ tháng 2/2026"], "Văn bản mới", "block-vb")
                + poll("Chị quan tâm nhất đến hoạt động nào của Hội?", ["Hỗ trợ sinh kế", "Chăm sóc gia đình", "Chuyển đổi số", "Văn hóa - thể thao"], "block-poll")
                + links_box(["Trung ương Hội LHPN Việt Nam", "Báo Phụ nữ Việt Nam", "Cổng TTĐT tỉnh Nghệ An"]))

    def top(rng, p):
        now = p + timedelta(days=2, hours=1, minutes=12)
        return (f'<div class="logo"><a href="/"><img src="/themes/lhpn/images/logo.png" alt="Hội LHPN tỉnh Nghệ An" /></a></div>'
                f'<div class="header-date">{nvd(now)}</div><form class="search" action="/seek/"><input name="q" placeholder="Tìm kiếm" /></form>')

    crumbs = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang chủ</span></a></li>'
              '<li id="brcr_1"><a href="/news/"><span>Tin tức</span></a></li></ul></div></div>')
    head = (og(A1.title, url, {"og:description": A1.lead}) + '<meta name="generator" content="NukeViet v4.5" />'
            + '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Lhpn",nv_check_pass_mstime=1738000;</script>')
    return page("s33-01", family="womens_union_nukeviet45_vendor_theme_meta_table_row_two_writers",
                name="nghean-hoilhpn-nukeviet45-vendor-theme-news-detail-h1-meta-table-row-ngay-dang-weekday-dash-dd-mm-yyyy-hh-mm-tac-gia-two-names-comma-chuyen-muc-generic-crumb-featured-teaser-above-figure-and-image-desc-captions",
                url=url, art=A1, main_fn=main, pub=pub, prefix="lhpn", kb=236,
                org="Hội Liên hiệp Phụ nữ tỉnh Nghệ An", addr="Số 3 đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An", phone="0238.3844.515",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv45_lhpn", "head_extra": head, "title": A1.title + " - Hội LHPN tỉnh Nghệ An", "items": MEGA_MASS,
                          "below": lambda rng, p: ticker(rng, p, nvd)},
                exp=expected(A1, iso(pub), author=", ".join(W1), category="Hoạt động Hội"),
                traps={"bylines": [f"Tác giả: {W1[0]}, {W1[1]}", "Ngày đăng:", "Chuyên mục:", "Lượt xem: 1.204"], "chrome": ["Tin nổi bật", "Đọc nhiều nhất", "Những tin cũ hơn", "In bài viết", "Lưu bài viết này"], "related": lambda rl: rl[:5]},
                notes="An ordinary anniversary TALK on a provincial Women's Union site, NukeViet 4.5 under a local vendor's theme that prints the item's meta as ONE TABLE ROW under the h1: 'Ngày đăng: Thứ bảy - 07/03/2026 09:35' | 'Tác giả: Nguyễn Thị Hoa, Lê Minh Trang' | 'Chuyên mục: Hoạt động Hội' | 'Lượt xem: 1.204'. Above the item a 'Tin nổi bật' teaser of ANOTHER item (headline, a stamp in the same shape a day earlier, a writer, a sapo); the sidebar 'Đọc nhiều nhất' prints stamps in the same shape with writers. Stamp → 2026-03-07T09:35:00+07:00; two writers → 'Nguyễn Thị Hoa, Lê Minh Trang', no unit; the crumb stops at the generic 'Tin tức' → category from the row's 'Chuyên mục:' (label dropped). Lead: the bold hometext. Captions: a figcaption and a td.image_desc.",
                readme="NukeViet 4.5 under a Women's Union vendor theme, an anniversary TALK: the item's stamp, TWO writers, category and views printed as ONE TABLE ROW under the h1; a 'Tin nổi bật' teaser of another item above (stamp in the same shape, a writer, a sapo), 'Đọc nhiều nhất' with stamps and writers; a generic crumb; figcaption + td.image_desc")


# ===================================================================== 2 Tỉnh ủy Quảng Ninh: NukeViet 4.4, a vendor theme whose 'Tiêu điểm' hero (ANOTHER item) holds the page's only h1 (TWIST)
A2 = Art("Ban Thường vụ Tỉnh ủy cho ý kiến về Đề án phát triển văn hóa vùng mỏ giai đoạn 2026 - 2030",
         "Chiều 25/2, Ban Thường vụ Tỉnh ủy họp cho ý kiến về dự thảo Đề án phát triển văn hóa, con người vùng mỏ giai đoạn 2026 - 2030, tầm nhìn đến năm 2045. Đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy chủ trì hội nghị.",
         [("p", "Theo dự thảo, Đề án đặt mục tiêu đến năm 2030 có 100% xã, phường có thiết chế văn hóa đạt chuẩn; 90% khu dân cư duy trì hoạt động câu lạc bộ văn hóa, văn nghệ; số hóa toàn bộ hồ sơ di tích quốc gia đặc biệt và di tích cấp quốc gia trên địa bàn tỉnh."),
          ("p", "Đề án cũng đề xuất nhóm nhiệm vụ bảo tồn, phát huy giá trị văn hóa công nhân mỏ gắn với truyền thống “Kỷ luật và Đồng tâm”, xây dựng Bảo tàng Than - Khoáng sản trở thành điểm đến giáo dục truyền thống cho thế hệ trẻ."),
          ("img", "/uploads/news/2026_02/btv-tinh-uy-de-an-van-hoa.jpg", "Đồng chí Bí thư Tỉnh ủy kết luận hội nghị"),
          ("p", "Tại hội nghị, các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy đánh giá cao sự chuẩn bị của cơ quan soạn thảo; đề nghị làm rõ hơn nguồn lực thực hiện, cơ chế xã hội hóa và vai trò của doanh nghiệp ngành than trong đầu tư thiết chế văn hóa cho công nhân."),
          ("p", "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu cơ quan soạn thảo tiếp thu tối đa các ý kiến, hoàn thiện Đề án trình Ban Chấp hành Đảng bộ tỉnh tại hội nghị tháng 3/2026; nhấn mạnh văn hóa phải thực sự là nền tảng tinh thần, là động lực phát triển của tỉnh trong giai đoạn mới."),
          ("p", "Cũng tại hội nghị, Ban Thường vụ Tỉnh ủy cho ý kiến về kế hoạch tổ chức các hoạt động kỷ niệm 90 năm Ngày Truyền thống Đảng bộ tỉnh.")])
HERO2 = ("Tỉnh ủy tổng kết công tác xây dựng Đảng năm 2025",
         "Sáng 23/2, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026; 37 tổ chức cơ sở đảng được tặng Bằng khen của Ban Thường vụ Tỉnh ủy.")
BY2A, BY2U = "Phạm Quang Vinh", "Ban Tuyên giáo và Dân vận Tỉnh ủy"


def page02():
    pub = T("2026-02-26 07:45")
    site = "https://tinhuyquangninh.gov.vn"
    url = f"{site}/news/xay-dung-dang/ban-thuong-vu-tinh-uy-cho-y-kien-ve-de-an-phat-trien-van-hoa-vung-mo-giai-doan-2026-2030-9204.html"

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/news/xay-dung-dang/{slug(t)}.html">{esc(t)}</a> <em>({nvd(d)})</em></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h2 class="title margin-bottom-lg detail-title">{esc(A2.title)}</h2>'
                f'<div class="row"><div class="col-md-12"><span class="h5">{nvd(pub)}</span></div><div class="col-md-12"><ul class="list-inline text-right">'
                f'<li><a class="dimgray" title="Giới thiệu bài viết cho bạn bè" href="#"><em class="fa fa-envelope"></em></a></li><li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print"></em></a></li></ul></div></div>'
                f'<div class="clearfix"><div class="hometext"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{Art("", None, A2.blocks).render(p=jp, sep="")}</div></div>'
                f'<div><p class="h5 text-right"><strong>Tác giả: </strong>{BY2A} ({BY2U})</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{rel}</ul></div></div>')

    def hero(rng, p):
        hd = p - timedelta(days=2, hours=-1, minutes=-25)
        small = other_items(rng, 3)
        sm = "".join(f'<li><a href="{site}/news/tin-noi-bat/{slug(t)[:50]}.html">{esc(t)}</a> <span class="time">{nvd(p - timedelta(days=i + 1, hours=i * 3))}</span></li>' for i, (t, s) in enumerate(small))
        return (f'<div class="block-hot"><div class="hot-main"><a class="hot-img" href="{site}/news/xay-dung-dang/tinh-uy-tong-ket-cong-tac-xay-dung-dang-nam-2025-9187.html"><img src="/uploads/news/2026_02/tong-ket-xdd-2025.jpg" alt="" /></a>'
                f'<h1 class="hot-title"><a href="{site}/news/xay-dung-dang/tinh-uy-tong-ket-cong-tac-xay-dung-dang-nam-2025-9187.html">{esc(HERO2[0])}</a></h1>'
                f'<div class="hot-meta"><span class="h5">{nvd(hd)}</span> | <span class="hot-author">Thu Hương</span></div><p class="hot-sapo">{esc(HERO2[1])}</p></div>'
                f'<ul class="hot-list">{sm}</ul></div>')

    def side(rng, p):
        return (mostread(rng, p, nvd, "Tin đọc nhiều", "block-docnhieu", 6)
                + schedule(rng, p, "Lịch công tác Thường trực Tỉnh ủy", "lich-tu")
                + vb_box(["Nghị quyết số 12-NQ/TU về phát triển văn hóa, con người", "Kết luận Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5", "Quy định về chế độ làm việc của Ban Thường vụ Tỉnh ủy"], "Văn bản Tỉnh ủy"))

    def top(rng, p):
        now = p + timedelta(hours=30, minutes=7)
        return (f'<div class="logo"><img src="/themes/tu/images/banner-tinh-uy.png" alt="Đảng Cộng sản Việt Nam - Tỉnh ủy Quảng Ninh" /></div>'
                f'<div class="today"><em class="fa fa-calendar"></em> {nvd(now)}</div>')

    crumbs = ('<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>'
              '<li id="brcr_1"><a href="/news/xay-dung-dang/"><span>Xây dựng Đảng</span></a></li></ul></div>')
    head = (og(A2.title, url, {"og:description": A2.lead}) + '<meta name="generator" content="NukeViet v4.4" />'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A2.title, "datePublished": iso(pub), "author": {"@type": "Person", "name": BY2A}}))
    return page("s33-02", family="provincial_party_nukeviet44_hot_region_hero_h1_of_another_item",
                name="quangninh-tinhuy-nukeviet44-vendor-theme-tieu-diem-hero-region-h1-another-item-above-crumbs-detail-h2-title-weekday-dash-dd-mm-yyyy-hh-mm-tac-gia-name-parenthesised-unit-bold-hometext",
                url=url, art=A2, main_fn=main, pub=pub, prefix="tuqn", kb=248,
                org="Tỉnh ủy Quảng Ninh", addr="Phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.630",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv44_hot", "head_extra": head, "title": A2.title + " - Xây dựng Đảng - Tỉnh ủy Quảng Ninh", "items": MENU_NEWS,
                          "below": hero, "left": lambda rng, p: ticker(rng, p, nvd, label="Tin mới cập nhật")},
                exp=expected(A2, iso(pub), author=BY2A, unit=BY2U, category="Xây dựng Đảng"),
                traps={"hero": [HERO2[0], HERO2[1]], "bylines": [f"{BY2A} ({BY2U})", "Tác giả:"], "chrome": ["Tin đọc nhiều", "Lịch công tác Thường trực Tỉnh ủy", "Những tin cũ hơn", "Văn bản Tỉnh ủy"], "related": lambda rl: rl[:5]},
                notes="TWIST (another item's hero with the page's only h1): a Tỉnh ủy site on NukeViet 4.4 under a vendor theme that prints its 'Tiêu điểm' region on EVERY page, detail pages included, ABOVE the crumb: the hero is ANOTHER item — <h1 class='hot-title'> 'Tỉnh ủy tổng kết công tác xây dựng Đảng năm 2025', its stamp 'Thứ ba - 24/02/2026 09:10' in the item's own stamp shape, its writer 'Thu Hương' and its sapo. The theme downgrades the item's own headline to <h2 class='title'> because the hero owns the h1. An extractor that takes the first h1 (and the stamp and paragraph after it) stores the hero's headline, day and sapo for this URL. Expected: the item under the crumb — title the h2, stamp 'Thứ năm - 26/02/2026 07:45' → 2026-02-26T07:45:00+07:00, 'Tác giả: Phạm Quang Vinh (Ban Tuyên giáo và Dân vận Tỉnh ủy)' → author + unit, crumb 'Xây dựng Đảng', the bold hometext as lead. <title>, og:title and JSON-LD agree with the h2 (they are fall-backs; the rule does not rest on them).",
                readme="TWIST — NukeViet 4.4 under a Tỉnh ủy vendor theme whose 'Tiêu điểm' region (ANOTHER item: <h1>, stamp in the item's shape, writer, sapo) sits above the crumb on every page; the item's headline is an h2 under the crumb; a Standing Committee MEETING: 'Thứ năm - 26/02/2026 07:45', 'Tác giả: Name (unit)', bold hometext")


# ===================================================================== 3 Hội Nông dân tỉnh Thanh Hóa: NukeViet 4.5, a vendor theme; the sapo printed AGAIN as the first paragraph of the text (TWIST)
A3 = Art("Hội Nông dân tỉnh ký kết phối hợp hỗ trợ nông dân chuyển đổi số",
         "Ngày 16/3, Hội Nông dân tỉnh và Viễn thông Thanh Hóa ký kết chương trình phối hợp hỗ trợ hội viên nông dân chuyển đổi số giai đoạn 2026 - 2030, đặt mục tiêu đến năm 2030 có ít nhất 60% hộ hội viên sản xuất, kinh doanh ứng dụng nền tảng số.",
         [("p", "Theo chương trình, hai bên phối hợp tổ chức các lớp tập huấn kỹ năng số cho cán bộ, hội viên nông dân; hỗ trợ mở gian hàng trên sàn thương mại điện tử, cấp mã truy xuất nguồn gốc cho sản phẩm nông nghiệp chủ lực và sản phẩm OCOP của các xã."),
          ("p", "Viễn thông Thanh Hóa sẽ ưu đãi gói cước Internet, thiết bị kết nối cho các tổ hợp tác, hợp tác xã do Hội Nông dân vận động thành lập; xây dựng 30 mô hình “Tổ nông dân số” điểm tại các xã miền núi trong năm 2026."),
          ("img", "/uploads/news/2026_03/ky-ket-chuyen-doi-so.jpg", "Lãnh đạo Hội Nông dân tỉnh và Viễn thông Thanh Hóa ký kết chương trình phối hợp"),
          ("p", "Phát biểu tại lễ ký kết, đồng chí Chủ tịch Hội Nông dân tỉnh cho biết năm 2025 các cấp Hội đã hỗ trợ hơn 4.200 hội viên đưa sản phẩm lên sàn thương mại điện tử, doanh thu bán hàng trực tuyến ước đạt 85 tỷ đồng; tuy vậy kỹ năng số của nhiều hội viên lớn tuổi còn hạn chế."),
          ("p", "Ngay sau lễ ký kết, hai bên tổ chức lớp tập huấn đầu tiên cho 120 cán bộ Hội cơ sở về cài đặt, sử dụng ứng dụng định danh điện tử, thanh toán không dùng tiền mặt và livestream bán hàng."),
          ("img", "/uploads/news/2026_03/tap-huan-ky-nang-so.jpg", "Cán bộ Hội cơ sở thực hành livestream bán hàng tại lớp tập huấn")])
BY3A, BY3U = "Hoàng Minh Tuấn", "Văn phòng Hội Nông dân tỉnh"


def page03():
    pub = T("2026-03-17 15:20")
    site = "https://hoinongdan.thanhhoa.gov.vn"
    url = f"{site}/news/hoat-dong-hoi/hoi-nong-dan-tinh-ky-ket-phoi-hop-ho-tro-nong-dan-chuyen-doi-so-2871.html"

    def img(s, c, n):
        return (f'<p style="text-align:center"><img alt="{esc(c, True)}" src="{site}{s}" style="width:100%" /></p>'
                f'<p style="text-align:center"><em>{esc(c)}</em></p>')

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/news/hoat-dong-hoi/{slug(t)}.html">{esc(t)}</a> <em>({nvd(d)})</em></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A3.title)}</h1>'
                f'<div class="meta-row"><span class="h5"><em class="fa fa-clock-o"></em> {nvd(pub)}</span> <span class="views"><em class="fa fa-eye"></em> Đã xem: 688</span></div>'
                f'<div class="clearfix"><div class="hometext"><strong>{esc(A3.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{jp(A3.lead)}{Art("", None, A3.blocks).render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>{BY3A} - {BY3U}</strong></p></div></div>'
                f'<div class="news-tags"><em class="fa fa-tags"></em> Từ khóa: <a href="#">chuyển đổi số</a>, <a href="#">nông dân</a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{rel}</ul></div></div>')

    def side(rng, p):
        prices = "".join(f'<tr><td>{esc(k)}</td><td>{v}</td></tr>' for k, v in [("Lúa tẻ thường", "7.800 đ/kg"), ("Ngô hạt", "6.900 đ/kg"), ("Lợn hơi", "62.000 đ/kg"), ("Mía nguyên liệu", "1.150.000 đ/tấn")])
        return (mostread(rng, p, nvd, "Tin xem nhiều", "block-xemnhieu", 6)
                + f'<div class="gia-nong-san"><h3>Giá nông sản</h3><table>{prices}</table><p class="upd">Cập nhật {dmy(p)}</p></div>'
                + poll("Gia đình bạn đã bán nông sản qua mạng chưa?", ["Thường xuyên", "Thỉnh thoảng", "Chưa bao giờ"], "block-poll"))

    def top(rng, p):
        return (f'<div class="logo-hnd"><img src="/themes/hnd/images/logo.png" alt="Hội Nông dân tỉnh Thanh Hóa" /><span>HỘI NÔNG DÂN TỈNH THANH HÓA</span></div>'
                f'<div class="hnd-date">{nvd(p + timedelta(days=1, minutes=44))}</div>')

    crumbs = ('<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/"><span>Trang chủ</span></a></li>'
              '<li><a href="/news/"><span>Tin tức</span></a></li><li><a href="/news/hoat-dong-hoi/"><span>Hoạt động Hội</span></a></li></ul></div>')
    head = og(A3.title, url, {"og:description": A3.lead}) + '<meta name="generator" content="NukeViet v4.5" />'
    return page("s33-03", family="farmers_union_nukeviet45_sapo_printed_again_as_first_paragraph",
                name="thanhhoa-hoinongdan-nukeviet45-vendor-theme-bold-hometext-repeated-word-for-word-as-first-bodyhtml-paragraph-weekday-dash-dd-mm-yyyy-hh-mm-bold-right-name-dash-unit-center-em-captions",
                url=url, art=A3, main_fn=main, pub=pub, prefix="hnd", kb=214,
                org="Hội Nông dân tỉnh Thanh Hóa", addr="Số 25 đường Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.461",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv45_hnd", "head_extra": head, "title": A3.title, "items": MEGA_MASS,
                          "left": lambda rng, p: ticker(rng, p, nvd, 5, "Tin mới")},
                exp=expected(A3, iso(pub), author=BY3A, unit=BY3U, category="Hoạt động Hội"),
                traps={"bylines": [f"{BY3A} - {BY3U}"], "chrome": ["Đã xem: 688", "Từ khóa:", "Giá nông sản", "Tin xem nhiều", "Những tin mới hơn"], "related": lambda rl: rl[:5]},
                notes="TWIST (the sapo printed twice): NukeViet 4.5 under a Farmers' Union vendor theme. The editor filled the description field (printed bold in div.hometext) AND pasted the same paragraph again as the first <p> of #news-bodyhtml (not bold) — very common on NukeViet sites. An extractor that joins hometext and bodyhtml stores the opening paragraph TWICE (the body starts with the same sentence twice); one that skips the hometext stores no lead. Expected (NEW rule, set 33): the sapo is the lead and the text holds it ONCE — body = the lead + the paragraphs after the repeated one. Stamp 'Thứ ba - 17/03/2026 15:20' → T15:20; the header date is the crawl day. Bold right 'Hoàng Minh Tuấn - Văn phòng Hội Nông dân tỉnh' → author + unit. The price box's 'Cập nhật 17/03/2026' is the box's (set 32).",
                readme="TWIST — NukeViet 4.5 under a Farmers' Union vendor theme, a cooperation SIGNING: the bold hometext printed AGAIN word for word (not bold) as the first paragraph of #news-bodyhtml; 'Thứ ba - 17/03/2026 15:20', bold right 'Name - unit', centred <em> captions, a crop-price box 'Cập nhật <day>'")


# ===================================================================== 4 Ban Tổ chức Tỉnh ủy Gia Lai: Liferay 6.2 Web Content Display (Velocity template); writer, stamp and views printed AFTER the text in one info row
A4 = Art("Tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng năm 2026",
         "Trong hai ngày 19 và 20/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng năm 2026 cho hơn 300 cán bộ làm công tác tổ chức của các đảng bộ trực thuộc Tỉnh ủy và đảng ủy xã, phường.",
         [("p", "Các học viên được quán triệt những điểm mới của Quy định số 294-QĐ/TW về thi hành Điều lệ Đảng, hướng dẫn về công tác kết nạp đảng viên, chuyển sinh hoạt đảng, quản lý hồ sơ đảng viên sau khi sắp xếp tổ chức bộ máy và thực hiện mô hình chính quyền địa phương hai cấp."),
          ("h", "Quản lý đảng viên trên phần mềm"),
          ("p", "Một nội dung được học viên quan tâm là việc cập nhật, khai thác cơ sở dữ liệu đảng viên trên phần mềm quản lý đảng viên phiên bản mới. Đến nay, 100% tổ chức cơ sở đảng trong tỉnh đã hoàn thành chuyển đổi dữ liệu, với hơn 118.000 hồ sơ đảng viên được số hóa."),
          ("img", "/documents/20182/0/tap-huan-to-chuc-2026.jpg", "Quang cảnh hội nghị tập huấn"),
          ("p", "Báo cáo viên cũng hướng dẫn quy trình đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm; quy trình xem xét, đề nghị tặng Huy hiệu Đảng; những lỗi thường gặp khi lập hồ sơ kết nạp đảng viên ở chi bộ."),
          ("p", "Phát biểu bế mạc, đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy đề nghị học viên vận dụng kiến thức được tập huấn vào thực tiễn, tham mưu cấp ủy làm tốt công tác phát triển đảng viên, phấn đấu năm 2026 kết nạp 3.500 đảng viên mới.")])
BY4A, BY4U = "ThS. Trần Thị Mai", "Phòng Tổ chức đảng, đảng viên"


def page04():
    pub = T("2026-01-20 16:40")
    site = "https://bantochuc.gialai.gov.vn"
    url = f"{site}/web/ban-to-chuc/tin-chi-tiet/-/journal_content/56_INSTANCE_x2Kp9QaLmNvB/20182/1904471"

    def dd(d):
        return f"{dmy(d)} {hm(d)}"

    def img(s, c, n):
        return (f'<div class="image-box" style="text-align:center"><img src="{s}" alt="" style="max-width:100%" />'
                f'<div class="image-caption"><i>{esc(c)}</i></div></div>')

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/web/ban-to-chuc/tin-chi-tiet/-/journal_content/{rng.randint(1800000, 1904000)}">{esc(t)}</a> <span class="date">({dd(d)})</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news-detail"><h3 class="news-detail-title">{esc(A4.title)}</h3>'
                f'<div class="news-detail-sapo"><strong>{esc(A4.lead)}</strong></div>'
                f'<div class="news-detail-content">{Art("", None, A4.blocks).render(p=jp, img=img, h=lambda t: f"<p><strong>{esc(t)}</strong></p>", sep="")}</div>'
                f'<div class="news-detail-info"><span class="nguoiviet">Người viết: {BY4A} - {BY4U}</span> | <span class="ngaydang">Ngày đăng: {dd(pub)}</span> | <span class="luotxem">Lượt xem: 312</span></div>'
                f'<div class="news-detail-tools"><a href="javascript:window.print()">In trang</a> <a href="#">Gửi email</a> <a href="#">Về đầu trang</a></div>'
                f'<div class="news-other"><h4>Các tin khác</h4><ul>{rel}</ul></div></div>')

    def side(rng, p):
        return (f'<div class="portlet-boundary"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title">Tin mới</h2></header><div class="portlet-body">'
                + mostread(rng, p, lambda d: f"Người viết: {rng.choice(WRITERS33)} | {dd(d)}", "Tin mới", "tin-moi", 6, writer_fmt="", numbered=False) + '</div></section></div>'
                + vb_box(["Hướng dẫn số 05-HD/BTCTU về đánh giá, xếp loại chất lượng năm 2025", "Công văn về rà soát quy hoạch cán bộ nhiệm kỳ 2025 - 2030", "Quy định về phân cấp quản lý cán bộ"], "Văn bản hướng dẫn"))

    def top(rng, p):
        return (f'<div class="banner-btc"><img src="/ban-to-chuc-theme/images/banner.png" alt="Ban Tổ chức Tỉnh ủy Gia Lai" /></div>'
                f'<div class="date-now">Hôm nay: {wd(p + timedelta(days=1))}, {dmy(p + timedelta(days=1))}</div>')

    crumbs = ('<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/ban-to-chuc">Trang chủ</a></li>'
              '<li><a href="/web/ban-to-chuc/tin-tuc">Tin tức</a></li><li class="active last"><a href="/web/ban-to-chuc/cong-tac-to-chuc">Công tác tổ chức xây dựng Đảng</a></li></ul>')
    head = (og(A4.title, url) + '<script type="text/javascript">var themeDisplay=(function(){return{getCompanyId:function(){return"20155"},getScopeGroupId:function(){return"20182"},'
            'getLanguageId:function(){return"vi_VN"},getPathThemeImages:function(){return"/ban-to-chuc-theme/images"},isSignedIn:function(){return false}}})();'
            'var Liferay={Browser:{},ThemeDisplay:themeDisplay,PortletKeys:{},currentURL:"/web/ban-to-chuc/tin-chi-tiet"};</script>')
    return page("s33-04", family="organisation_board_liferay62_web_content_display_info_row_after_text",
                name="gialai-bantochuctu-liferay62-web-content-display-56-velocity-template-h3-title-bold-sapo-nguoi-viet-degree-name-dash-unit-with-comma-ngay-dang-dd-mm-yyyy-hh-mm-after-text-crumb",
                url=url, art=A4, main_fn=main, pub=pub, prefix="btcgl", kb=222,
                org="Ban Tổ chức Tỉnh ủy Gia Lai", addr="Phường Pleiku, tỉnh Gia Lai", phone="0269.3824.112",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "lr62wcd", "head_extra": head, "title": A4.title + " - Ban Tổ chức Tỉnh ủy Gia Lai", "items": MENU_GOV},
                exp=expected(A4, iso(pub), author=BY4A, unit=BY4U, category="Công tác tổ chức xây dựng Đảng"),
                traps={"bylines": [f"Người viết: {BY4A} - {BY4U}", "Ngày đăng:", "Lượt xem: 312"], "chrome": ["In trang", "Về đầu trang", "Các tin khác", "Văn bản hướng dẫn"], "related": lambda rl: rl[:5]},
                notes="A TRAINING COURSE on the Ban Tổ chức's Liferay 6.2 site: a Web Content Display portlet (56) rendering a vendor's Velocity template — h3.news-detail-title, a bold sapo, the text (a bold sub-heading inside), and AFTER the text one info row 'Người viết: ThS. Trần Thị Mai - Phòng Tổ chức đảng, đảng viên | Ngày đăng: 20/01/2026 16:40 | Lượt xem: 312'. Nothing dated sits between the headline and the text; the sidebar 'Tin mới' prints 'Người viết: <name> | dd/mm/yyyy HH:MM' in the same shape for other items, BEFORE the item's row in the page source order of the right column only. Expected: stamp from the row after the text → 2026-01-20T16:40:00+07:00; author 'ThS. Trần Thị Mai' (degree kept), unit 'Phòng Tổ chức đảng, đảng viên' (the comma belongs to the unit, set 27); crumb 'Công tác tổ chức xây dựng Đảng'; the header's 'Hôm nay' is the crawl day.",
                readme="Liferay 6.2 Web Content Display (56) with a vendor's Velocity template, a TRAINING COURSE: h3 title, bold sapo, a bold sub-heading, the writer, stamp and views in ONE info row AFTER the text ('Người viết: ThS. Name - unit with a comma | Ngày đăng: dd/mm/yyyy HH:MM | Lượt xem'); the sidebar prints the same row shape for other items; div.image-caption <i>")


# ===================================================================== 5 Đảng ủy UBND tỉnh Khánh Hòa: Liferay DXP 7.4, a Viettel-built news portlet; stamp, writer, unit and category in an INFO CARD of the article (floated beside the text)
A5 = Art("Đảng ủy UBND tỉnh sơ kết ba tháng thực hiện Nghị quyết Đại hội Đảng bộ",
         "Ngày 4/2, Đảng ủy UBND tỉnh tổ chức hội nghị sơ kết ba tháng thực hiện Nghị quyết Đại hội Đảng bộ UBND tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 và triển khai nhiệm vụ trọng tâm quý I/2026.",
         [("p", "Báo cáo tại hội nghị cho biết, sau Đại hội, Đảng ủy đã ban hành chương trình hành động với 6 nhóm nhiệm vụ, 3 khâu đột phá; phân công cụ thể từng đồng chí Ủy viên Ban Chấp hành phụ trách các chi bộ, đảng bộ cơ sở. Các chi bộ đã tổ chức học tập, quán triệt Nghị quyết cho 100% đảng viên."),
          ("img", "/documents/d/dukhanhhoa/so-ket-ba-thang-1", "Đồng chí Bí thư Đảng ủy UBND tỉnh phát biểu chỉ đạo hội nghị"),
          ("p", "Công tác cải cách hành chính, chuyển đổi số có chuyển biến rõ nét: tỷ lệ hồ sơ giải quyết trực tuyến toàn trình ở các sở, ngành đạt 78%; 100% văn bản chỉ đạo, điều hành được ký số và gửi nhận trên môi trường mạng."),
          ("img", "/documents/d/dukhanhhoa/so-ket-ba-thang-2", "Đại biểu dự hội nghị"),
          ("p", "Hội nghị chỉ ra một số hạn chế: việc cụ thể hóa Nghị quyết ở một số chi bộ còn chậm, chưa sát với nhiệm vụ chuyên môn; công tác phát triển đảng viên trong khối doanh nghiệp nhà nước gặp khó khăn."),
          ("p", "Kết luận hội nghị, đồng chí Bí thư Đảng ủy UBND tỉnh đề nghị các chi bộ, đảng bộ cơ sở tập trung lãnh đạo giải ngân vốn đầu tư công ngay từ những tháng đầu năm, bảo đảm tiến độ các công trình trọng điểm và làm tốt công tác chuẩn bị bầu cử ngày 15/3/2026."),
          ("img", "/documents/d/dukhanhhoa/so-ket-ba-thang-3", "Trao Giấy khen cho các chi bộ hoàn thành xuất sắc nhiệm vụ")])
BY5A, BY5U = "Lê Hoàng Phúc", "Văn phòng Đảng ủy UBND tỉnh"


def page05():
    pub = T("2026-02-05 10:40")
    site = "https://dangbo.khanhhoa.gov.vn"
    url = f"{site}/vi/-/dang-uy-ubnd-tinh-so-ket-ba-thang-thuc-hien-nghi-quyet-dai-hoi-dang-bo"

    def dd(d):
        return f"{dmy(d)} {hm(d)}"

    def img(s, c, n):
        cls = "figure-img" if n != 2 else "figure-img figure-half"
        return f'<figure class="{cls}"><img class="img-fluid" src="{s}" alt="" /><figcaption class="figure-caption text-center">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        card = (f'<aside class="vt-news-detail__card float-md-right"><div class="card"><div class="card-header">Thông tin bài viết</div><div class="card-body"><dl class="vt-info">'
                f'<dt>Ngày đăng</dt><dd>{dd(pub)}</dd><dt>Tác giả</dt><dd>{BY5A}</dd><dt>Đơn vị</dt><dd>{BY5U}</dd>'
                f'<dt>Chuyên mục</dt><dd><a href="/vi/hoat-dong-dang-bo">Hoạt động Đảng bộ</a></dd><dt>Lượt xem</dt><dd>527</dd></dl>'
                f'<div class="vt-share"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div></div></div></aside>')
        rel = "".join(f'<div class="col-md-4 vt-card"><a href="/vi/-/{slug(t)}">{esc(t)}</a><span class="vt-card__date">{dd(d)}</span></div>' for t, d in zip(rl[:6], rd))
        return (f'<div class="vt-news-detail"><h1 class="vt-news-detail__title">{esc(A5.title)}</h1>'
                f'<p class="vt-news-detail__sapo font-weight-bold">{esc(A5.lead)}</p>{card}'
                f'<div class="vt-news-detail__content">{Art("", None, A5.blocks).render(p=jp, img=img, sep="")}</div><div class="clearfix"></div>'
                f'<div class="vt-related"><h3 class="vt-related__title">Tin cùng chuyên mục</h3><div class="row">{rel}</div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dd, "Xem nhiều", "vt-most", 6, writer_fmt="Tác giả: {w}")
                + schedule(rng, p, "Lịch công tác", "vt-lich")
                + links_box(["Cổng TTĐT tỉnh Khánh Hòa", "Báo và Phát thanh, Truyền hình Khánh Hòa", "Cổng Dịch vụ công quốc gia"]))

    def top(rng, p):
        return (f'<div class="vt-brand"><img src="/o/vt-theme/images/logo.png" alt="Đảng bộ UBND tỉnh Khánh Hòa" /></div>'
                f'<div class="vt-clock" data-time="{int(p.timestamp() * 1000) + 86400000}">{wd(p + timedelta(days=1))}, {dd(p + timedelta(days=1, hours=-2))}</div>')

    crumbs = ('<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/vi/trang-chu">Trang chủ</a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/vi/tin-tuc-su-kien">Tin tức - Sự kiện</a></li></ol></nav>')
    head = (og(A5.title, url, {"og:description": A5.lead}) + '<script>var Liferay=window.Liferay||{};Liferay.ThemeDisplay={getLanguageId:function(){return"vi_VN"},getScopeGroupId:function(){return"35217"},'
            'getPortalURL:function(){return"https://dangbo.khanhhoa.gov.vn"},isSignedIn:function(){return false}};Liferay.currentURL="/vi/-/dang-uy-ubnd-tinh-so-ket";</script>'
            + f'<script type="application/json" id="vt-news-props">{dump({"id": 88412, "groupId": 35217, "cat": 4021, "views": 527, "tpl": "vt-news-detail-v3"})}</script>')
    return page("s33-05", family="provincial_government_party_liferay74_viettel_news_portlet_article_info_card",
                name="khanhhoa-dangbo-ubnd-liferay-dxp74-viettel-news-detail-portlet-bold-sapo-article-info-card-dl-ngay-dang-tac-gia-don-vi-chuyen-muc-generic-crumb-three-figcaptions",
                url=url, art=A5, main_fn=main, pub=pub, prefix="vtkh", kb=242,
                org="Đảng bộ UBND tỉnh Khánh Hòa", addr="Phường Nha Trang, tỉnh Khánh Hòa", phone="0258.3822.661",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "lr74vt", "head_extra": head, "title": A5.title, "items": MENU_GOV},
                exp=expected(A5, iso(pub), author=BY5A, unit=BY5U, category="Hoạt động Đảng bộ"),
                traps={"card": ["Thông tin bài viết", "Lượt xem"], "chrome": ["Tin cùng chuyên mục", "Xem nhiều", "Lịch công tác"], "related": lambda rl: rl[:6]},
                notes="A six-monthly-style REVIEW MEETING on a provincial portal built by a telecom group's team on Liferay DXP 7.4 with its own news portlet. Between the bold sapo and the text, floated right, an INFO CARD of the article itself ('Thông tin bài viết': dl with 'Ngày đăng 05/02/2026 10:40', 'Tác giả Lê Hoàng Phúc', 'Đơn vị Văn phòng Đảng ủy UBND tỉnh', 'Chuyên mục Hoạt động Đảng bộ', 'Lượt xem 527') — the only place the stamp, writer, unit and category are printed; the crumb stops at the generic 'Tin tức - Sự kiện'; 'Xem nhiều' prints 'Tác giả: <name>' and stamps in the same shape for other items. Expected: 2026-02-05T10:40:00+07:00, author + unit ('Đơn vị' is a labelled unit field, set 13), category 'Hoạt động Đảng bộ'. The card is not body. Three figcaptions.",
                readme="Liferay DXP 7.4 with a telecom group's news portlet, a REVIEW MEETING: the stamp, writer, labelled unit and category printed ONLY in an info card of the article ('Thông tin bài viết', a dl floated beside the text), a generic crumb, 'Xem nhiều' with writers and stamps in the same shape, three figcaptions")


# ===================================================================== 6 Đảng ủy các cơ quan Đảng tỉnh Bắc Ninh: SharePoint 2010 Enterprise Wiki page; the title as the last segment of the title-row h1; a properties table; 'Sửa đổi lần cuối'
A6 = Art("Chi bộ Văn phòng Tỉnh ủy tổ chức sinh hoạt chuyên đề về văn hóa công vụ",
         None,
         [("p", "Chiều 10/12, Chi bộ Văn phòng Tỉnh ủy tổ chức sinh hoạt chuyên đề “Xây dựng văn hóa công vụ, tác phong làm việc chuyên nghiệp trong cơ quan tham mưu của Tỉnh ủy”. Dự buổi sinh hoạt có đồng chí Nguyễn Văn Hải, Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh."),
          ("p", "Báo cáo chuyên đề nêu rõ, năm 2025 khối lượng công việc của Văn phòng tăng gần 30% so với trước khi sắp xếp bộ máy; đội ngũ cán bộ, đảng viên đã nêu cao tinh thần trách nhiệm, bảo đảm phục vụ kịp thời các hội nghị, đại hội và hoạt động của Thường trực Tỉnh ủy."),
          ("p", "Tại buổi sinh hoạt, đảng viên tập trung thảo luận về những biểu hiện cần khắc phục như trả lời văn bản chậm, ngại đổi mới cách làm, chưa khai thác hết tiện ích của hệ thống văn phòng điện tử; đề xuất bộ quy tắc ứng xử nội bộ và chuẩn hóa quy trình tham mưu."),
          ("table", [["Nội dung", "Kết quả năm 2025", "Chỉ tiêu năm 2026"],
                     ["Văn bản xử lý đúng hạn", "97,6%", "100%"],
                     ["Văn bản ký số, gửi nhận điện tử", "92,1%", "100%"],
                     ["Hội nghị trực tuyến được phục vụ", "146 cuộc", "Theo yêu cầu"]]),
          ("p", "Kết luận buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để nâng cao văn hóa công vụ, đưa nội dung này vào đánh giá, xếp loại đảng viên cuối năm.")])
BY6A = "Nguyễn Thu Hằng"


def page06():
    pub = T("2025-12-11 15:20")
    upd = T("2025-12-12 08:05")
    site = "https://dangbokhoi.bacninh.gov.vn"
    url = f"{site}/tinhoatdong/Pages/chi-bo-van-phong-tinh-uy-sinh-hoat-chuyen-de-van-hoa-cong-vu.aspx"

    def sp(d):
        h = d.hour % 12 or 12
        return f"{d.day}/{d.month}/{d.year} {h}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"

    def main(rng, rl, rd):
        tbl = lambda rows: ('<table class="ms-rteTable-default" width="100%"><tbody>' + "".join(
            '<tr class="ms-rteTableEvenRow-default">' + "".join(f'<td class="ms-rteTableEvenCol-default">{esc(c)}</td>' for c in r) + "</tr>" for r in rows) + "</tbody></table>")
        props = (f'<table class="ewiki-props ms-formtable" cellpadding="0" cellspacing="0"><tr><td class="ms-formlabel">Ngày đăng</td><td class="ms-formbody">{dmy(pub)} {hm(pub)}</td></tr>'
                 f'<tr><td class="ms-formlabel">Người viết</td><td class="ms-formbody">{BY6A}</td></tr>'
                 f'<tr><td class="ms-formlabel">Chuyên mục</td><td class="ms-formbody"><a href="/tinhoatdong">Tin hoạt động</a></td></tr></table>')
        rel = "".join(f'<li><a href="{site}/tinhoatdong/Pages/{slug(t)[:50]}.aspx">{esc(t)}</a> <span class="ms-metadata">({dmy(d)})</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="ewiki-slink"><div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">'
                f'{Art("", None, A6.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", table=tbl, sep="")}</div></div>'
                f'<div class="ewiki-right-props">{props}</div>'
                f'<div class="ms-wikipagefooter">Sửa đổi lần cuối lúc {sp(upd)} bởi <a href="/_layouts/userdisp.aspx?ID=37">DUKCQ\\vp_dukcq</a></div>'
                f'<div class="ewiki-rating"><span>Xếp hạng:</span> <img src="/_layouts/images/ratings/ratings4.png" alt="4 sao" /></div>'
                f'<div class="other-news"><h3>Các tin khác</h3><ul>{rel}</ul></div>')

    def top(rng, p):
        return (f'<div class="s4-title s4-lp"><div class="s4-titlelogo"><img src="/SiteAssets/logo-dukcq.png" alt="" /></div><div class="s4-titletext">'
                f'<h1 name="onetidProjectPropertyTitle" class="ms-pagetitle"><a href="/">Đảng ủy các cơ quan Đảng tỉnh Bắc Ninh</a> <span class="s4-nothome">&gt;</span> '
                f'<a href="/tinhoatdong">Tin hoạt động</a> <span class="s4-nothome">&gt;</span> <span id="ctl00_PlaceHolderPageTitleInTitleArea_ctl00">{esc(A6.title)}</span></h1>'
                f'<div class="s4-pagedescription" tabindex="0"></div></div></div>')

    def left(rng, p):
        return ('<div class="ms-quicklaunch"><div class="menu vertical menu-vertical"><ul class="root static"><li><a href="/tinhoatdong">Tin hoạt động</a></li><li><a href="/thongbao">Thông báo</a></li>'
                '<li><a href="/vanban">Văn bản</a></li><li><a href="/hoidap">Hỏi đáp nghiệp vụ</a></li></ul></div></div>' + schedule(rng, p, "Lịch làm việc", "lich-lv"))

    def side(rng, p):
        return mostread(rng, p, lambda d: f"{dmy(d)} {hm(d)}", "Tin đọc nhiều", "most-sp", 6, writer_fmt="Người viết: {w}")

    crumbs = '<span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap"><span><a href="/">Trang chủ</a></span> &gt; <span><a href="/tinhoatdong">Tin hoạt động</a></span></span>'
    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
            '<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"\\u002f",webLanguage:1066,currentLanguage:1066,webUIVersion:4,pageListId:"{' + "9d1f3a2b-77c4-4a1e-9b0e-2f6c1a8e4d31" + '}",pageItemId:214,userId:0,alertsEnabled:false,siteServerRelativeUrl:"\\u002f"};</script>')
    return page("s33-06", family="party_bloc_sharepoint2010_enterprise_wiki_title_row_properties_table",
                name="bacninh-dukcq-sharepoint2010-enterprise-wiki-page-layout-title-as-last-segment-of-title-row-h1-properties-table-ngay-dang-nguoi-viet-chuyen-muc-sua-doi-lan-cuoi-sa-ch-account-no-lead-rte-table",
                url=url, art=A6, main_fn=main, pub=pub, prefix="dukbn", kb=228,
                org="Đảng ủy các cơ quan Đảng tỉnh Bắc Ninh", addr="Phường Kinh Bắc, tỉnh Bắc Ninh", phone="0222.3822.514",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "sp2010wiki", "head_extra": head, "title": A6.title, "items": MENU_GOV, "left": left, "form": True, "action": "./chi-bo-van-phong-tinh-uy-sinh-hoat-chuyen-de-van-hoa-cong-vu.aspx"},
                exp=expected(A6, iso(pub), updated=iso(upd), author=BY6A, category="Tin hoạt động", lead=None),
                traps={"props": ["Ngày đăng", "Người viết", "Sửa đổi lần cuối lúc", "DUKCQ\\vp_dukcq", "Xếp hạng:"], "chrome": ["Tin đọc nhiều", "Các tin khác", "Lịch làm việc", "Hỏi đáp nghiệp vụ"], "related": lambda rl: rl[:5]},
                notes="A Party cell's THEMATIC MEETING published as a SharePoint 2010 ENTERPRISE WIKI page (the news library of a Party bloc committee uses the EnterpriseWiki page layout). The title is printed only in v4.master's title row: <h1 class='ms-pagetitle'> 'Đảng ủy các cơ quan Đảng tỉnh Bắc Ninh > Tin hoạt động > <headline>' — the headline is the h1's LAST segment (a span), the h1 as a whole is a trail. The wiki field holds the text (no sapo: lead null; an RTE data table → rows). To its right a properties table (ms-formlabel / ms-formbody rows 'Ngày đăng 11/12/2025 15:20', 'Người viết Nguyễn Thu Hằng', 'Chuyên mục Tin hoạt động'), under it the wiki footer 'Sửa đổi lần cuối lúc 12/12/2025 8:05 SA bởi DUKCQ\\vp_dukcq'. Expected: title = the last segment; published 2025-12-11T15:20:00+07:00 from the 'Ngày đăng' row; updated 2025-12-12T08:05:00+07:00 from the footer (set 31's rule on 'Sửa đổi lần cuối lúc … bởi …'; SA = a.m., set 27); the account is not an author; category 'Tin hoạt động'.",
                readme="SharePoint 2010 ENTERPRISE WIKI page used for news, a Party cell's THEMATIC MEETING: the headline only as the last segment of the title-row h1 trail, a properties table (Ngày đăng / Người viết / Chuyên mục rows) beside the text, 'Sửa đổi lần cuối lúc d/m/yyyy h:mm SA bởi <account>' (the update), no sapo, an RTE data table")


# ===================================================================== 7 LĐLĐ tỉnh Lai Châu: DNN 9, one tab per item, the core HTML module; the stamp and credit TYPED as an italic line at the top of the text
A7 = Art("Chợ Tết Công đoàn năm 2026 mang Tết sớm đến với đoàn viên, người lao động",
         "Ngày 21/1, Liên đoàn Lao động tỉnh phối hợp với Công đoàn các khu công nghiệp tổ chức “Chợ Tết Công đoàn năm 2026” tại Nhà văn hóa lao động tỉnh, thu hút hơn 1.200 đoàn viên, người lao động tham gia mua sắm.",
         [("p", "Chợ Tết có 42 gian hàng bày bán các mặt hàng thiết yếu, nông sản đặc trưng của địa phương với giá ưu đãi, giảm từ 10 đến 50% so với giá thị trường. Mỗi đoàn viên có hoàn cảnh khó khăn được tặng một phiếu mua hàng trị giá 500.000 đồng."),
          ("img", "/Portals/0/Images/2026/01/cho-tet-cong-doan-1.jpg", "Đoàn viên, người lao động mua sắm tại Chợ Tết Công đoàn"),
          ("p", "Phát biểu khai mạc, đồng chí Chủ tịch Liên đoàn Lao động tỉnh cho biết, Tết năm nay các cấp Công đoàn trong tỉnh dành hơn 6,8 tỷ đồng chăm lo cho 9.400 đoàn viên, người lao động, trong đó có 1.500 suất quà cho đoàn viên ở các xã vùng cao."),
          ("p", "Bên cạnh hoạt động mua sắm, chương trình còn có các gian trưng bày sản phẩm của công nhân, gian tư vấn pháp luật lao động, khám sức khỏe miễn phí và biểu diễn văn nghệ của các đội văn nghệ công nhân."),
          ("img", "/Portals/0/Images/2026/01/cho-tet-cong-doan-2.jpg", "Lãnh đạo Liên đoàn Lao động tỉnh trao phiếu mua hàng cho đoàn viên"),
          ("p", "Chị Lò Thị Xuân, công nhân Nhà máy thủy điện Bản Chát, chia sẻ: “Được mua hàng giá rẻ, lại được tặng phiếu quà, chị em công nhân chúng tôi rất phấn khởi, cảm nhận rõ sự quan tâm của tổ chức Công đoàn”.")])
BY7 = "Vàng Thị Dung"


def page07():
    pub = T("2026-01-22 00:00")
    site = "https://congdoan.laichau.gov.vn"
    url = f"{site}/tin-tuc/cong-doan-co-so/cho-tet-cong-doan-nam-2026"

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="2" cellspacing="0" style="width:600px"><tbody><tr><td><img alt="" src="{s}" style="width:600px" /></td></tr>'
                f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        mid = rng.randint(1200, 1900)
        rel = "".join(f'<li><a href="{site}/tin-tuc/cong-doan-co-so/{slug(t)[:40]}">{esc(t)}</a> ({dmy(d)})</li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="DnnModule DnnModule-DNN_HTML DnnModule-{mid}"><a name="{mid}"></a><div class="c_container c_head_title"><div class="c_title">'
                f'<h2 class="c_title_head"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(A7.title)}</span></h2></div>'
                f'<div id="dnn_ctr{mid}_ContentPane" class="c_content"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModDNNHTMLC">'
                f'<div id="dnn_ctr{mid}_HtmlModule_lblContent" class="Normal">'
                f'<p style="text-align:right"><em>Thứ Năm, {dmy(pub)} | Tin, ảnh: {BY7}</em></p>'
                f'<p style="text-align:justify"><strong>{esc(A7.lead)}</strong></p>{Art("", None, A7.blocks).render(p=jp, img=img, sep="")}'
                f'</div></div></div></div></div>'
                f'<div class="DnnModule DnnModule-{mid + 1}"><div class="c_container"><h3 class="c_title_head"><span class="Head">Tin khác</span></h3><ul class="tin-khac">{rel}</ul></div></div>')

    def left(rng, p):
        return ('<div class="DnnModule"><h3><span class="Head">Chuyên mục</span></h3><ul class="submenu"><li><a href="#">Hoạt động Công đoàn</a></li><li><a href="#">Công đoàn cơ sở</a></li>'
                '<li><a href="#">Chính sách pháp luật</a></li><li><a href="#">Gương sáng người lao động</a></li></ul></div>'
                + poll("Bạn biết đến Chợ Tết Công đoàn qua kênh nào?", ["Công đoàn cơ sở", "Mạng xã hội", "Bạn bè, đồng nghiệp"], "DnnModule poll"))

    def side(rng, p):
        return (mostread(rng, p, lambda d: f"{wd(d)}, {dmy(d)}", "Tin đọc nhiều", "DnnModule docnhieu", 6, writer_fmt="Tin, ảnh: {w}")
                + '<div class="DnnModule hotline"><h3>Đường dây nóng</h3><p>Tư vấn pháp luật lao động: 1900.1234 (7h30 - 17h00 các ngày làm việc)</p></div>')

    def top(rng, p):
        now = p + timedelta(days=1, hours=9, minutes=31)
        return (f'<div class="logo"><a id="dnn_dnnLOGO_hypLogo" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-ldld.png" alt="Liên đoàn Lao động tỉnh Lai Châu" /></a></div>'
                f'<div class="date-time"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{wd(now)}, {dmy(now)}</span></div>')

    crumbs = ('<span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">'
              '<span itemprop="itemListElement"><a href="/" class="SkinObject" itemprop="item"><span itemprop="name">Trang chủ</span></a></span> › '
              '<span itemprop="itemListElement"><a href="/tin-tuc" class="SkinObject" itemprop="item"><span itemprop="name">Tin tức</span></a></span> › '
              '<span itemprop="itemListElement"><a href="/tin-tuc/cong-doan-co-so" class="SkinObject" itemprop="item"><span itemprop="name">Công đoàn cơ sở</span></a></span> › '
              f'<span itemprop="itemListElement"><a href="{url}" class="SkinObject" itemprop="item"><span itemprop="name">Chợ Tết Công đoàn năm 2026</span></a></span></span></span>')
    return page("s33-07", family="labour_federation_dnn9_html_module_tab_typed_stamp_line",
                name="laichau-ldld-dnn9-one-tab-per-item-core-html-module-dnntitle-head-span-title-typed-italic-right-line-weekday-dd-mm-yyyy-pipe-tin-anh-name-bold-first-p-lead-breadcrumb-tab-name-short",
                url=url, art=A7, main_fn=main, pub=pub, prefix="ldldlc", kb=218,
                org="Liên đoàn Lao động tỉnh Lai Châu", addr="Phường Tân Phong, tỉnh Lai Châu", phone="0213.3876.246",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dnnhtml", "title": "Chợ Tết Công đoàn năm 2026", "items": MEGA_MASS, "left": left, "form": True, "dnn": True, "action": "/tin-tuc/cong-doan-co-so/cho-tet-cong-doan-nam-2026"},
                exp=expected(A7, isod(pub), author=BY7, photographer=BY7, category="Công đoàn cơ sở"),
                traps={"typed": [f"Thứ Năm, {dmy(pub)} | Tin, ảnh: {BY7}"], "chrome": ["Tin đọc nhiều", "Đường dây nóng", "Tin khác", "Chuyên mục"], "related": lambda rl: rl[:5]},
                notes="A Tết MARKET on a provincial labour federation's DNN 9 site where every item is its OWN TAB holding one core HTML module: the headline is the module container's title (h2 > span#dnn_ctrNNNN_dnnTITLE_titleLabel.Head), the tab's name 'Chợ Tết Công đoàn năm 2026' (a short form) is the crumb's last level and the <title>. The editor TYPED the stamp and the credit as the first line of the HTML, italic right: 'Thứ Năm, 22/01/2026 | Tin, ảnh: Vàng Thị Dung' — no other stamp of the item exists. Expected: published '2026-01-22' (date only), author and photographer 'Vàng Thị Dung' ('Tin, ảnh:'), the line is not body; the bold first paragraph is the lead; category 'Công đoàn cơ sở' (the crumb's level before the item's own tab, set 27); the header's DNN CURRENTDATE is the crawl day (set 29); 'Tin đọc nhiều' prints 'Tin, ảnh: <name>' and weekday stamps for other items.",
                readme="DNN 9 with one TAB per item and the core HTML module, a Tết MARKET: the headline as the container title (dnnTITLE span.Head), the tab's short name as the crumb's last level, the stamp and 'Tin, ảnh: Name' TYPED as an italic right line at the top of the text (date only), a bold first paragraph as lead, two layout-table captions, DNN CURRENTDATE in the header")


# ===================================================================== 8 Ủy ban MTTQ tỉnh Sơn La: a local vendor's WebForms CMS; a NOT BOLD sapo; pictures in four caption markups; a data table; 'Cập nhật lúc' the only stamp
A8 = Art("Trao 150 nhà Đại đoàn kết cho hộ nghèo từ Quỹ “Vì người nghèo” năm 2025",
         "Năm 2025, Quỹ “Vì người nghèo” các cấp trong tỉnh vận động được hơn 68 tỷ đồng; từ nguồn quỹ, Ủy ban MTTQ Việt Nam các cấp đã hỗ trợ xây mới, sửa chữa 1.150 nhà Đại đoàn kết, trong đó đợt cuối năm trao 150 nhà cho hộ nghèo ở các xã vùng cao.",
         [("p", "Ngày 27/1, tại xã Mường La, Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ bàn giao đợt cuối 150 nhà Đại đoàn kết. Mỗi nhà được hỗ trợ 60 triệu đồng từ Quỹ “Vì người nghèo” tỉnh, cùng với sự đóng góp ngày công của bà con, dòng họ và lực lượng vũ trang đóng quân trên địa bàn."),
          ("img", "/Upload/TinTuc/2026/01/ban-giao-nha-dai-doan-ket-1.jpg", "Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao quyết định hỗ trợ nhà cho các hộ nghèo"),
          ("p", "Kết quả vận động và sử dụng Quỹ “Vì người nghèo” năm 2025 như sau:"),
          ("table", [["Nội dung", "Số lượng", "Kinh phí (triệu đồng)"],
                     ["Xây mới nhà Đại đoàn kết", "820 nhà", "49.200"],
                     ["Sửa chữa nhà ở", "330 nhà", "9.900"],
                     ["Hỗ trợ sinh kế, cây con giống", "1.260 hộ", "5.040"],
                     ["Hỗ trợ học sinh nghèo, khám chữa bệnh", "2.100 lượt", "3.860"]]),
          ("img", "/Upload/TinTuc/2026/01/ban-giao-nha-dai-doan-ket-2.jpg", "Niềm vui của gia đình anh Quàng Văn Pánh trong ngôi nhà mới"),
          ("p", "Anh Quàng Văn Pánh, bản Nà Lốc, xúc động cho biết: gia đình có bốn người, nhiều năm sống trong căn nhà tạm lợp tôn; nay có ngôi nhà mới kiên cố, vợ chồng anh yên tâm làm ăn, nuôi con ăn học."),
          ("img", "/Upload/TinTuc/2026/01/ban-giao-nha-dai-doan-ket-3.jpg", "Đoàn viên thanh niên giúp các hộ dân chuyển đồ vào nhà mới"),
          ("p", "Phát biểu tại buổi lễ, đồng chí Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị cấp ủy, chính quyền các xã tiếp tục quan tâm hỗ trợ sinh kế để các hộ nghèo vươn lên thoát nghèo bền vững, “an cư” để “lạc nghiệp”."),
          ("img", "/Upload/TinTuc/2026/01/ban-giao-nha-dai-doan-ket-4.jpg", "Các đại biểu cắt băng khánh thành nhà Đại đoàn kết")])
BY8A, BY8U = "Lò Văn Khánh", "Ban Phong trào, Ủy ban MTTQ tỉnh"


def page08():
    pub = T("2026-01-29 10:05")
    site = "https://mattran.sonla.gov.vn"
    url = f"{site}/tin-tuc/chi-tiet.aspx?id=6214&cm=12"

    def img(s, c, n):
        if n == 1:
            return (f'<table class="image" align="center"><tbody><tr><td><img src="{s}" width="600" /></td></tr>'
                    f'<tr><td class="image_desc">{esc(c)}</td></tr></tbody></table>')
        if n == 2:
            return f'<p style="text-align:center"><img src="{s}" width="600" /><br /><em>{esc(c)}</em></p>'
        if n == 3:
            return f'<div class="img-wrap"><img src="{s}" alt="" /><div class="caption"><span>{esc(c)}</span></div></div>'
        return f'<figure class="image"><img src="{s}" alt="" width="600" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        p = "ctl00_ContentPlaceHolder_ucChiTietTin"
        rel = "".join(f'<li><a href="{site}/tin-tuc/chi-tiet.aspx?id={rng.randint(5000, 6200)}&cm=12">{esc(t)}</a> <span class="ngay">[{dmy(d)}]</span></li>' for t, d in zip(rl[:6], rd))
        tbl = lambda rows: ('<table border="1" cellpadding="5" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>'
                            + "".join("<tr>" + "".join((f"<td><strong>{esc(c)}</strong></td>" if i == 0 else f"<td>{esc(c)}</td>") for c in r) + "</tr>" for i, r in enumerate(rows)) + "</tbody></table>")
        return (f'<div class="chitiettin"><div class="chuyenmuc"><span id="{p}_lblChuyenMuc">Hoạt động Mặt trận</span></div>'
                f'<h1 class="tieude"><span id="{p}_lblTieuDe">{esc(A8.title)}</span></h1>'
                f'<div class="ngaydang"><span id="{p}_lblNgayDang">Cập nhật lúc: {hm(pub)} | {dmy(pub)}</span></div>'
                f'<div class="tomtat"><span id="{p}_lblTomTat">{esc(A8.lead)}</span></div>'
                f'<div id="{p}_divNoiDung" class="noidung">{Art("", None, A8.blocks).render(p=jp, img=img, table=tbl, sep="")}'
                f'<p style="text-align:right"><strong>{BY8A} - {BY8U}</strong></p></div>'
                f'<div class="congcu"><a id="{p}_lnkIn" href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder$ucChiTietTin$lnkIn\',\'\')">In bài</a> <a href="#">Gửi bài</a> <a href="#">Về đầu trang</a></div>'
                f'<div class="tinkhac"><div class="tieude-tinkhac">Các tin đã đưa</div><ul>{rel}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, lambda d: f"{hm(d)} | {dmy(d)}", "Tin xem nhiều", "xemnhieu", 6)
                + vb_box(["Hướng dẫn vận động, quản lý Quỹ “Vì người nghèo” năm 2026", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc", "Thông báo kết quả giám sát năm 2025"], "Văn bản Mặt trận")
                + '<div class="tinanh"><h3>Thư viện ảnh</h3><img src="/Upload/Album/ngay-hoi-dai-doan-ket.jpg" alt="" /><p>Ngày hội Đại đoàn kết ở bản Hụm</p></div>')

    def left(rng, p):
        return ticker(rng, p, lambda d: f"{hm(d)} | {dmy(d)}", 6, "Tin mới cập nhật")

    def top(rng, p):
        return (f'<div class="banner"><img src="/Images/banner-mttq.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Sơn La" /></div>'
                f'<div class="ngayhientai">Cập nhật lúc: {hm(p + timedelta(hours=5, minutes=12))} | {dmy(p + timedelta(days=1))}</div>')

    head = og(A8.title, url)
    return page("s33-08", family="fatherland_front_aspnet_webforms_vendor_plain_sapo_four_caption_markups",
                name="sonla-mttq-aspnet-webforms-vendor-cms-site-master-ucchitiettin-lblchuyenmuc-h1-lbltieude-cap-nhat-luc-hh-mm-pipe-dd-mm-yyyy-plain-lbltomtat-lead-four-caption-markups-data-table-name-dash-unit-with-comma",
                url=url, art=A8, main_fn=main, pub=pub, prefix="mttqsl", kb=256,
                org="Ủy ban MTTQ Việt Nam tỉnh Sơn La", addr="Phường Tô Hiệu, tỉnh Sơn La", phone="0212.3852.305",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "wfmttq", "head_extra": head, "title": "Ủy ban MTTQ Việt Nam tỉnh Sơn La - Chi tiết tin", "items": MENU_GOV, "left": left, "form": True, "action": "./chi-tiet.aspx?id=6214&cm=12"},
                exp=expected(A8, iso(pub), author=BY8A, unit=BY8U, category="Hoạt động Mặt trận"),
                traps={"bylines": [f"{BY8A} - {BY8U}"], "chrome": ["In bài", "Gửi bài", "Các tin đã đưa", "Tin xem nhiều", "Văn bản Mặt trận", "Thư viện ảnh", "Ngày hội Đại đoàn kết ở bản Hụm"], "related": lambda rl: rl[:6]},
                notes="A HANDOVER of solidarity houses on a provincial Fatherland Front site built on a local vendor's ASP.NET WebForms CMS (Site.Master, ucChiTietTin user control, ViewState). The sapo span#…_lblTomTat is printed in the ordinary weight (NOT bold, no italics) in div.tomtat — it is still the lead (a separate CMS field, set 32's SXA intro). Four pictures with captions in FOUR markups (td.image_desc; an <em> after a <br> in the picture's own centred <p>; div.caption > span; a figcaption) and a bordered data table (bold header cells) → one paragraph per row. The only stamp is 'Cập nhật lúc: 10:05 | 29/01/2026' → published 2026-01-29T10:05:00+07:00 (a page whose only stamp is labelled 'Cập nhật' publishes with it); the header prints the crawl moment in the SAME label and shape. 'Lò Văn Khánh - Ban Phong trào, Ủy ban MTTQ tỉnh' → author + unit (the comma belongs to the unit). Category: span#…_lblChuyenMuc 'Hoạt động Mặt trận'; the <title> is generic.",
                readme="A local vendor's ASP.NET WebForms CMS (ucChiTietTin, ViewState), a HOUSING HANDOVER: a NOT bold lblTomTat sapo, four pictures in FOUR caption markups, a data table, 'Cập nhật lúc: HH:MM | dd/mm/yyyy' as the only stamp (the header clock in the same label and shape), 'Name - unit with a comma', a lblChuyenMuc section label, a generic <title>")


# ===================================================================== 9 Tỉnh đoàn Điện Biên: WordPress + Soledad 8; TWO writers via Co-Authors Plus; a date-only print in a <time> with its time; a gallery + a quotation in the text
A9 = Art("Tuổi trẻ Điện Biên ra quân Tháng Thanh niên năm 2026",
         None,
         [("p", "Sáng 1/3, Tỉnh đoàn tổ chức lễ ra quân Tháng Thanh niên năm 2026 với chủ đề “Tuổi trẻ Điện Biên tiên phong chuyển đổi số, xung kích xây dựng quê hương”. Hơn 800 đoàn viên, thanh niên đã tham gia buổi lễ tại Quảng trường 7/5."),
          ("p", "Trong Tháng Thanh niên, các cấp bộ Đoàn trong tỉnh sẽ triển khai 120 công trình, phần việc thanh niên với tổng giá trị dự kiến 4,5 tỷ đồng; tổ chức 50 đợt hỗ trợ người dân cài đặt, sử dụng ứng dụng định danh điện tử và dịch vụ công trực tuyến tại các xã vùng cao."),
          ("img", "/wp-content/uploads/2026/03/ra-quan-thang-thanh-nien-1.jpg", "Đoàn viên, thanh niên tham gia lễ ra quân"),
          ("img", "/wp-content/uploads/2026/03/ra-quan-thang-thanh-nien-2.jpg", "Trồng cây xanh tại khu tái định cư Noong Bua"),
          ("img", "/wp-content/uploads/2026/03/ra-quan-thang-thanh-nien-3.jpg", "Hướng dẫn người dân cài đặt ứng dụng VNeID"),
          ("p", "Phát biểu tại lễ ra quân, đồng chí Bí thư Tỉnh đoàn nhấn mạnh:"),
          ("p", "“Mỗi đoàn viên hãy là một tuyên truyền viên, một ‘đại sứ số’ ở thôn, bản; mỗi công trình thanh niên phải thiết thực, gắn với nhu cầu của người dân”."),
          ("p", "Ngay sau lễ ra quân, các đội hình thanh niên tình nguyện đã tỏa về các xã Mường Phăng, Nà Tấu, Thanh Nưa để tu sửa đường giao thông nông thôn, vệ sinh môi trường và thăm, tặng quà gia đình chính sách."),
          ("img", "/wp-content/uploads/2026/03/ra-quan-thang-thanh-nien-4.jpg", "Đội hình thanh niên tình nguyện tu sửa đường liên bản ở xã Mường Phăng")])
W9 = ["Quàng Thị Huyền", "Lò Văn Sơn"]


def page09():
    pub = T("2026-03-01 16:12")
    pub = pub.replace(second=9)
    site = "https://tinhdoandienbien.vn"
    url = f"{site}/tuoi-tre-dien-bien-ra-quan-thang-thanh-nien-nam-2026/"
    caps = A9.captions

    def main(rng, rl, rd):
        b = A9.blocks
        gal = "".join(f'<figure class="wp-block-image size-large"><img src="{s}" alt="" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>' for _, s, c in b[2:5])
        body = (jp(b[0][1]) + jp(b[1][1])
                + f'<figure class="wp-block-gallery has-nested-images columns-3 is-cropped penci-gallery">{gal}</figure>'
                + jp(b[5][1]) + f'<blockquote class="wp-block-quote is-style-default"><p>{esc(b[6][1])}</p></blockquote>' + jp(b[7][1])
                + f'<figure class="wp-block-image size-full"><img src="{b[8][1]}" alt="" /><figcaption class="wp-element-caption">{esc(b[8][2])}</figcaption></figure>')
        others = other_items(rng, 2)
        ex = "".join(teaser(rng, t, s, pub - timedelta(days=i + 2), lambda d: f"Tháng Hai {d.day}, {d.year}", f"bởi {rng.choice(WRITERS33)}", cls="penci-post-box", htag="h3") for i, (t, s) in enumerate(others))
        return (f'<article id="post-4187" class="post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong-doan">'
                f'<div class="header-standard header-classic single-header"><div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name penci-cat-12" href="{site}/chuyen-muc/hoat-dong-doan/" rel="category tag">Hoạt động Đoàn</a></span></div>'
                f'<h1 class="post-title single-post-title entry-title">{esc(A9.title)}</h1>'
                f'<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">bởi <a class="author-url url fn n" href="{site}/author/huyen-tdb/">{W9[0]}</a> và <a class="author-url url fn n" href="{site}/author/son-tdb/">{W9[1]}</a></span></span>'
                f' <span><time class="entry-date published" datetime="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}">Tháng Ba {pub.day}, {pub.year}</time></span>'
                f' <span class="post-comment-count">0 bình luận</span> <span class="penci-post-countview">1.356 lượt xem</span></div></div>'
                f'<div class="post-image"><img src="/wp-content/uploads/2026/03/ra-quan-thang-thanh-nien-cover.jpg" alt="" /></div>'
                f'<div class="post-entry blockquote-style-2"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">{body}</div></div>'
                f'<div class="tags-share-box single-post-share tags-share-box-s1"><span class="single-comment-o">0 bình luận</span> <a href="#">Facebook</a> <a href="#">Zalo</a></div>'
                f'<div class="post-author abt-author"><div class="author-content"><h5><a href="{site}/author/huyen-tdb/">{W9[0]}</a></h5><p>Phóng viên Ban Tuyên giáo Tỉnh đoàn</p></div></div>'
                f'<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">Có thể bạn quan tâm</h4></div>{ex}</div></article>')

    def side(rng, p):
        return (mostread(rng, p, lambda d: f"Tháng {['', 'Một', 'Hai', 'Ba'][d.month] if d.month <= 3 else d.month} {d.day}, {d.year}", "Bài viết phổ biến", "widget penci-popular", 6, writer_fmt="bởi {w}")
                + '<aside class="widget penci-countdown"><h3 class="widget-title">Kỷ niệm 95 năm Ngày thành lập Đoàn</h3><div class="countdown">Còn 25 ngày đến 26/3/2026</div></aside>')

    def left(rng, p):
        return f'<div class="penci-topbar-date">{wd(p + timedelta(days=2))}, {dmy(p + timedelta(days=2))}</div><div class="penci-topbar-social"><a href="#">Facebook</a> <a href="#">TikTok</a> <a href="#">YouTube</a></div>'

    crumbs = (f'<div class="penci-breadcrumb single-breadcrumb"><span><a class="crumb" href="{site}/">Trang chủ</a></span><i class="penci-faicon fa fa-angle-right"></i>'
              f'<span><a class="crumb" href="{site}/chuyen-muc/tin-tuc/">Tin tức</a></span><i class="penci-faicon fa fa-angle-right"></i>'
              f'<span><a class="crumb" href="{site}/chuyen-muc/hoat-dong-doan/">Hoạt động Đoàn</a></span><i class="penci-faicon fa fa-angle-right"></i><span>{esc(A9.title)}</span></div>')
    top = ('<div class="header-content"><div id="logo"><a href="/"><img class="penci-mainlogo" src="/wp-content/uploads/2025/09/logo-tinh-doan.png" alt="Tỉnh đoàn Điện Biên" /></a></div></div>')
    head = (og(A9.title, url, {"article:published_time": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "article:modified_time": "2026-03-02T07:48:31+07:00"})
            + '<script id="penci-main-js-extra">var penciObject={"ajaxUrl":"\\/wp-admin\\/admin-ajax.php","login":"\\u0110\\u0103ng nh\\u1eadp","isRTL":"","reduce_ads":"","nonce":"6f2b1c9a77"};</script>')
    return page("s33-09", family="youth_union_wp_soledad8_two_coauthors_gallery_and_quotation",
                name="dienbien-tinhdoan-wordpress-soledad8-single-classic-cat-chip-h1-bai-boi-two-coauthors-va-time-vi-f-j-y-with-datetime-no-sapo-block-gallery-three-captions-wp-block-quote-in-text-related-box-posts",
                url=url, art=A9, main_fn=main, pub=pub, prefix="penci", kb=266,
                org="Tỉnh đoàn Điện Biên", addr="Phường Điện Biên Phủ, tỉnh Điện Biên", phone="0215.3825.119",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "soledad", "head_extra": head, "title": A9.title + " - Tỉnh đoàn Điện Biên", "items": MEGA_MASS, "left": left},
                exp=expected(A9, pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), author=", ".join(W9), category="Hoạt động Đoàn", lead=None),
                traps={"bylines": [f"bởi {W9[0]} và {W9[1]}", "Phóng viên Ban Tuyên giáo Tỉnh đoàn", "1.356 lượt xem"], "chrome": ["Có thể bạn quan tâm", "Bài viết phổ biến", "Còn 25 ngày đến 26/3/2026"], "related": lambda rl: []},
                notes="A youth-month LAUNCH on a provincial Youth Union's WordPress site under Soledad 8 (PenciDesign). The post has TWO writers through Co-Authors Plus: 'bởi Quàng Thị Huyền và Lò Văn Sơn' (two author links) → author 'Quàng Thị Huyền, Lò Văn Sơn' (persons, 'và' joins them); the author box after the text repeats the first with her post (a profile, not a second byline). Stamp: the vi 'F j, Y' print 'Tháng Ba 1, 2026' (set 31) inside <time class='entry-date published' datetime='2026-03-01T16:12:09+07:00'> → the date-only print takes its own <time>'s time (set 25, MAJORITY): 2026-03-01T16:12:09+07:00; og modified_time is not shown (updated null). No sapo → lead null. A block gallery of three captioned images (three captions) and a single figure; a wp-block-quote holding the secretary's words (the text's own, not a repeated pull quote) → body. 'Có thể bạn quan tâm' prints two other items with their stamps in the same shape, writers and sapos; the sidebar's 'Bài viết phổ biến' likewise. Crumb ends in the headline → 'Hoạt động Đoàn' (the chip agrees).",
                readme="WordPress + Soledad 8, a youth-month LAUNCH: TWO writers by Co-Authors Plus ('bởi A và B'), 'Tháng Ba 1, 2026' in a <time> with its datetime, no sapo, a block gallery (three captions) + a figure, a wp-block-quote that is the text's own words, an author box, 'Có thể bạn quan tâm' with two other items' stamps, writers and sapos")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
