"""Set 32 pages 1-9: ORDINARY news items as a researcher meets them day to day, on the common products of
shared/research/vn-sites.md in versions, skins, modules and page layouts sets 26-31 did not use: NukeViet 4.0 under the
legacy 'modern' theme; NukeViet 4.5 under VINADES' 'mobile_default' theme; Liferay 6.0 with a vendor's EXT plugin (title
in h5, date in h1); Liferay 6.2 with the Vietnamese-customised asset publisher full view; MOSS 2007 with a vendor's news
web part; DNN 9 with the DNN Blog module; a table-era ASP.NET WebForms CMS (the Article.ascx family); an ASP.NET
WebForms 4 portal with an UpdatePanel and the AjaxControlToolkit; WordPress + Avada 7.
No page of this module carries a twist (the three twists are in gen/p_02_more.py)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads13, past, expected, slug, hexid, alnum, b64blob
from .kit import schedule, links_box, poll, og, jsonld, comments
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, side_std, vb_box


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def lis(items):
    return "".join(items)


# ===================================================================== 1 Hội CCB tỉnh Phú Thọ: NukeViet 4.0, the legacy 'modern' theme; a year-end conference; 'Thứ sáu, 09/01/2026 | 10:47'; 'Tác giả: Name - unit' + 'Nguồn tin:'
A1 = Art("Hội Cựu chiến binh tỉnh tổng kết công tác Hội và phong trào Cựu chiến binh năm 2025",
         "Ngày 8/1, Hội Cựu chiến binh tỉnh tổ chức Hội nghị tổng kết công tác Hội và phong trào Cựu chiến binh năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Trần Đức Hạnh, Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam và đồng chí Hà Thị Thu Lan, Phó Bí thư Tỉnh ủy.",
         [("p", "Năm 2025, các cấp Hội Cựu chiến binh trong tỉnh đã hoàn thành việc sắp xếp tổ chức Hội theo mô hình chính quyền địa phương hai cấp; kiện toàn 148 Hội Cựu chiến binh xã, phường với hơn 92.000 hội viên, bảo đảm không để gián đoạn hoạt động của Hội ở cơ sở."),
          ("p", "Phong trào “Cựu chiến binh gương mẫu” được triển khai sâu rộng, gắn với cuộc vận động xây dựng nông thôn mới và đô thị văn minh. Hội viên đã hiến hơn 35.000 m2 đất, đóng góp gần 9.000 ngày công làm đường giao thông nông thôn; các cấp Hội giúp đỡ 412 hội viên thoát nghèo, xây mới và sửa chữa 67 nhà “Nghĩa tình đồng đội”."),
          ("img", "/uploads/news/2026_01/tong-ket-hoi-ccb-2025.jpg", "Đồng chí Hà Thị Thu Lan, Phó Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị"),
          ("p", "Toàn tỉnh hiện có 1.865 doanh nghiệp, hợp tác xã, tổ hợp tác và trang trại do cựu chiến binh làm chủ, tạo việc làm cho hơn 21.000 lao động. Nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội do Hội quản lý đạt 1.240 tỷ đồng, tỷ lệ nợ quá hạn chỉ 0,08%."),
          ("p", "Phát biểu chỉ đạo, đồng chí Phó Bí thư Tỉnh ủy ghi nhận những đóng góp của Hội trong năm đầu vận hành bộ máy mới; đề nghị các cấp Hội tiếp tục tham gia xây dựng Đảng, chính quyền, tích cực tuyên truyền, vận động hội viên và Nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031."),
          ("p", "Đồng chí Phó Chủ tịch Trung ương Hội biểu dương Hội Cựu chiến binh tỉnh là một trong những đơn vị dẫn đầu Khối thi đua các tỉnh trung du và miền núi phía Bắc năm 2025."),
          ("img", "/uploads/news/2026_01/khen-thuong-tap-the-ca-nhan.jpg", "Trao Bằng khen của Trung ương Hội Cựu chiến binh Việt Nam cho các tập thể xuất sắc"),
          ("p", "Dịp này, 12 tập thể và 20 cá nhân được nhận Bằng khen của Trung ương Hội Cựu chiến binh Việt Nam và Chủ tịch UBND tỉnh vì thành tích xuất sắc trong công tác Hội và phong trào Cựu chiến binh năm 2025.")])
BY1A, BY1U, SRC1 = "Bùi Văn Lập", "Văn phòng Hội CCB tỉnh", "Hội Cựu chiến binh tỉnh Phú Thọ"


def nv40(d):
    """NukeViet 4.0 'modern': 'Thứ sáu, 09/01/2026 | 10:47' (vi weekday, lower-case second word, a pipe before the time)."""
    return f"{wd(d, lower=True)}, {dmy(d)} | {hm(d)}"


def page01():
    pub = T("2026-01-09 10:47")
    site = "https://cuuchienbinh.phutho.gov.vn"
    url = f"{site}/news/hoat-dong-hoi/hoi-cuu-chien-binh-tinh-tong-ket-cong-tac-hoi-va-phong-trao-cuu-chien-binh-nam-2025-1846.html"

    def img(s, c, n):
        return (f'<table class="image" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td><img src="{site}{s}" alt="" width="560" /></td></tr>'
                f'<tr><td class="image_desc" style="text-align:center"><em>{esc(c)}</em></td></tr></table>')

    def main(rng, rl, rd):
        first_img, rest = A1.blocks[2], Art("", None, A1.blocks[:2] + A1.blocks[3:])
        newer = "".join(f'<li><a href="{site}/news/hoat-dong-hoi/{slug(t)}-{rng.randint(1847, 1900)}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(rl[:2], [pub + timedelta(days=2), pub + timedelta(days=4)]))
        older = "".join(f'<li><a href="{site}/news/hoat-dong-hoi/{slug(t)}-{rng.randint(1700, 1845)}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(rl[2:6], rd))
        return (f'<div id="news_detail"><h1>{esc(A1.title)}</h1><span class="time">{nv40(pub)}</span>'
                f'<div class="control"><ul><li><a class="sendmail" href="#">Gửi bài viết cho bạn bè</a></li><li><a class="print" href="{site}/news/print/hoat-dong-hoi/x-1846.html">In ra</a></li><li><a class="savefile" href="#">Lưu bài viết này</a></li></ul></div>'
                f'<div id="hometext"><div id="imghome" class="fl"><a rel="shadowbox" href="{site}{first_img[1]}"><img src="{site}{first_img[1]}" width="200" alt="" /></a><p><em>{esc(first_img[2])}</em></p></div>'
                f'<h2>{esc(A1.lead)}</h2></div><div class="clear"></div>'
                f'<div class="bodytext">{rest.render(p=jp, img=img, sep="")}</div>'
                f'<p style="text-align:right"><strong>Tác giả: </strong>{BY1A} - {BY1U}</p><p style="text-align:right"><strong>Nguồn tin: </strong>{SRC1}</p>'
                f'<div class="keywords"><strong>Từ khóa: </strong><a href="#">tổng kết</a>, <a href="#">cựu chiến binh</a>, <a href="#">năm 2025</a></div>'
                f'<div class="rating">Tổng số điểm của bài viết là: 14 trong 3 đánh giá <span class="star">★★★★★</span></div>'
                f'<div class="other-news"><h4>Những tin mới hơn</h4><ul class="related">{newer}</ul><h4>Những tin cũ hơn</h4><ul class="related">{older}</ul></div></div>')

    crumbs = ('<div class="breakcolumn"><a href="/" title="Trang chủ">Trang chủ</a> &raquo; <a href="/news/">Tin tức</a> &raquo; '
              '<a href="/news/hoat-dong-hoi/">Hoạt động Hội</a></div>')

    def left(rng, pub_):
        return ('<div class="block-a1"><h3>Giới thiệu</h3><ul><li><a href="#">Lịch sử Hội</a></li><li><a href="#">Cơ cấu tổ chức</a></li><li><a href="#">Điều lệ Hội</a></li></ul></div>'
                + schedule(rng, pub_ + timedelta(days=4), "Lịch công tác Thường trực Hội", "block-a1 lich")
                + '<div class="block-a1"><h3>Ôn cố tri tân</h3><p>Ngày 6/12/1989, Hội Cựu chiến binh Việt Nam được thành lập.</p></div>')

    def side(rng, pub_):
        ts = heads13(rng, 6, avoid=[A1.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a><br /><span class="small">{nv40(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 6, 1, 14)))
        return (f'<div class="block-a3"><h3>Tin mới</h3><ul>{li}</ul></div>'
                + vb_box(["Hướng dẫn số 03-HD/CCB về tổ chức hoạt động Hội sau sắp xếp", "Kế hoạch kỷ niệm 37 năm Ngày thành lập Hội CCB Việt Nam", "Quy chế phối hợp giữa Hội CCB tỉnh và Bộ Chỉ huy Quân sự tỉnh"], "Văn bản của Hội", "block-a3 vb")
                + poll("Bạn đánh giá thế nào về phong trào “Cựu chiến binh gương mẫu” ở địa phương?", ["Rất hiệu quả", "Hiệu quả", "Chưa rõ nét"], "block-a3 poll")
                + links_box(["Trung ương Hội CCB Việt Nam", "Báo Cựu chiến binh Việt Nam", "Cổng TTĐT tỉnh Phú Thọ"], "Liên kết website", "block-a3 lk"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=5, hours=-2, minutes=18)
        return (f'<a href="/"><img src="/themes/modern/images/logo-hoi-ccb-phu-tho.png" alt="Hội Cựu chiến binh tỉnh Phú Thọ" /></a>'
                f'<div class="today">{nv40(now)}</div>')

    head = (og(A1.title, url, {"og:description": A1.lead, "og:site_name": "Hội Cựu chiến binh tỉnh Phú Thọ"})
            + '<meta name="generator" content="NukeViet v4.0" /><link rel="StyleSheet" href="/themes/modern/css/style.css" type="text/css" /><link rel="StyleSheet" href="/themes/modern/css/news.css" type="text/css" />'
            + '<script type="text/javascript">var nv_siteroot="/",nv_sitelang="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Ccb",nv_area_admin=0;</script>')
    return page("s32-01", family="veterans_association_nukeviet40_modern_theme_conference_tac_gia_dash_unit",
                name="phutho-hoiccb-nukeviet40-modern-theme-news-detail-h1-span-time-weekday-dd-mm-yyyy-pipe-hh-mm-hometext-h2-lead-imghome-em-caption-image-desc-tac-gia-name-dash-unit-nguon-tin-breakcolumn-crumbs",
                url=url, art=A1, main_fn=main, pub=pub, prefix="modern", kb=150,
                org="Hội Cựu chiến binh tỉnh Phú Thọ", addr="Số 1 đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.122",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv40_modern", "head_extra": head, "title": A1.title + " - Hoạt động Hội - Hội Cựu chiến binh tỉnh Phú Thọ", "items": MENU_MASS, "left": left},
                exp=expected(A1, iso(pub), author=BY1A, unit=BY1U, category="Hoạt động Hội"),
                traps={"bylines": [f"{BY1A} - {BY1U}", "Tác giả:", "Nguồn tin:", SRC1], "chrome": ["Gửi bài viết cho bạn bè", "Lưu bài viết này", "Từ khóa:", "Tổng số điểm của bài viết là", "Những tin mới hơn", "Những tin cũ hơn", "Lịch công tác Thường trực Hội", "Ôn cố tri tân"], "related": lambda rl: rl[:5]},
                notes="An ordinary year-end CONFERENCE on a provincial veterans' association site still on NukeViet 4.0 with the legacy 'modern' theme (three floated columns col-a1 / col-a2 / col-a3; div#news_detail > h1, span.time, div.control, div#hometext with div#imghome (the lead picture and an <em> caption) and an <h2> holding the description, div.bodytext, the author and source lines, 'Những tin mới hơn / cũ hơn'; a 'breakcolumn' crumb). Stamp: span.time 'Thứ sáu, 09/01/2026 | 10:47' → 2026-01-09T10:47:00+07:00; the header clock (the crawl moment) and the 'Tin mới' list print the same shape; the related lists print '(dd/mm/yyyy)'; the text names the conference day (8/1) and the 2026 - 2031 term. Lead: the description in the hometext's <h2>. Captions: the lead picture's <em> caption in #imghome, then a table.image's td.image_desc. Author: 'Tác giả: Bùi Văn Lập - Văn phòng Hội CCB tỉnh' (NukeViet's author field holding 'name - unit') → author + unit; 'Nguồn tin: Hội Cựu chiến binh tỉnh Phú Thọ' is a source (set 13). Category: crumb 'Trang chủ » Tin tức » Hoạt động Hội' → 'Hoạt động Hội'.",
                readme="NukeViet 4.0 under the legacy 'modern' theme (#news_detail, #hometext with an <h2> description, #imghome), Hội CCB tỉnh, a year-end CONFERENCE: 'Thứ sáu, 09/01/2026 | 10:47' (header clock and 'Tin mới' in the same shape), the hometext <h2> as lead, an <em> caption in #imghome + a td.image_desc caption, 'Tác giả: Name - unit' + 'Nguồn tin:' (a source)")


# ===================================================================== 2 Đảng ủy phường Lê Chân (Hải Phòng): NukeViet 4.5 under 'mobile_default'; a pre-Tết VISIT; '10/02/2026 08:15'; 'Tin, ảnh: Name' bold right inside the text
A2 = Art("Lãnh đạo phường Lê Chân thăm, tặng quà gia đình chính sách dịp Tết Bính Ngọ",
         "Trong hai ngày 8 và 9/2, đồng chí Vũ Thanh Tùng, Bí thư Đảng ủy phường cùng các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND, lãnh đạo UBND, Ủy ban MTTQ Việt Nam phường chia thành 4 đoàn đến thăm, tặng quà các gia đình chính sách, hộ nghèo, hộ cận nghèo trên địa bàn nhân dịp Tết Nguyên đán Bính Ngọ 2026.",
         [("p", "Các đoàn đã đến thăm hỏi, chúc Tết 186 gia đình thương binh, liệt sĩ, người có công với cách mạng, 42 hộ nghèo và cận nghèo, trao tặng 228 suất quà, mỗi suất trị giá 1 triệu đồng từ nguồn ngân sách phường và Quỹ “Vì người nghèo”."),
          ("p", "Tại gia đình Mẹ Việt Nam Anh hùng Phạm Thị Nụ ở tổ dân phố số 7, đồng chí Bí thư Đảng ủy phường ân cần hỏi thăm sức khỏe, bày tỏ lòng biết ơn sâu sắc với những hy sinh, đóng góp của Mẹ và gia đình; đề nghị các đoàn thể, tổ dân phố tiếp tục quan tâm, chăm sóc Mẹ chu đáo."),
          ("img", "/uploads/news/2026_02/tham-me-viet-nam-anh-hung.jpg", "Đồng chí Vũ Thanh Tùng thăm, chúc Tết Mẹ Việt Nam Anh hùng Phạm Thị Nụ"),
          ("p", "Thăm gia đình ông Đỗ Văn Hưng, thương binh hạng 2/4, các đồng chí lãnh đạo phường mong ông và gia đình tiếp tục phát huy truyền thống cách mạng, là tấm gương để con cháu noi theo, tích cực tham gia các phong trào ở khu dân cư."),
          ("p", "Cũng trong dịp này, Đảng ủy phường chỉ đạo các chi bộ tổ dân phố rà soát, nắm chắc đời sống Nhân dân, bảo đảm mọi người, mọi nhà đều được vui xuân, đón Tết đầm ấm; tổ chức trực Tết nghiêm túc, bảo đảm an ninh trật tự, phòng chống cháy nổ trên địa bàn."),
          ("img", "/uploads/news/2026_02/trao-qua-ho-ngheo.jpg", "Trao quà Tết cho hộ nghèo tại tổ dân phố số 12")])
BY2 = "Tin, ảnh: Thu Trang"


def page02():
    pub = T("2026-02-10 08:15")
    site = "https://lechan.haiphong.dcs.vn"
    url = f"{site}/news/hoat-dong-cua-dang-uy/lanh-dao-phuong-le-chan-tham-tang-qua-gia-dinh-chinh-sach-dip-tet-binh-ngo-612.html"
    lead_img = A2.blocks[2]

    def img(s, c, n):
        return f'<p style="text-align:center"><img alt="" src="{site}{s}" style="width:100%" /></p><p style="text-align:center"><em>{esc(c)}</em></p>'

    def main(rng, rl, rd):
        rest = Art("", None, A2.blocks[:2] + A2.blocks[3:])
        news = "".join(f'<li class="clearfix"><a href="{site}/news/hoat-dong-cua-dang-uy/{slug(t)}-{rng.randint(500, 611)}.html">{esc(t)}</a><div class="text-muted small">{dmy(d)} {hm(d)}</div></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news_column"><div class="detail"><h1 class="title">{esc(A2.title)}</h1>'
                f'<ul class="list-inline meta text-muted"><li><em class="fa fa-clock-o">&nbsp;</em>{dmy(pub)} {hm(pub)}</li><li><em class="fa fa-eye">&nbsp;</em>318</li></ul>'
                f'<figure class="article"><img src="{site}{lead_img[1]}" alt="{esc(lead_img[2], True)}" class="img-responsive" /><figcaption>{esc(lead_img[2])}</figcaption></figure>'
                f'<div class="hometext"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext">{rest.render(p=jp, img=img, sep="")}<p style="text-align:right"><strong>{esc(BY2)}</strong></p></div>'
                f'<div class="share-mobile"><a href="#" class="btn-zalo">Chia sẻ Zalo</a> <a href="#" class="btn-fb">Facebook</a></div></div></div>'
                f'<div class="news_column"><h3 class="title-block">Tin cùng chuyên mục</h3><ul class="related">{news}</ul></div>')

    crumbs = ('<div class="breadcrumbs"><ul class="list-inline"><li><a href="/"><em class="fa fa-home"></em> Trang nhất</a></li>'
              '<li><a href="/news/">Tin tức</a></li><li><a href="/news/hoat-dong-cua-dang-uy/">Hoạt động của Đảng ủy</a></li></ul></div>')

    def side(rng, pub_):
        ts = heads13(rng, 5, avoid=[A2.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a> <span class="text-muted">{dmy(d)} {hm(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 0, 8)))
        duty = "".join(f'<tr><td>{dmy(pub_ + timedelta(days=i + 6))}</td><td>{n}</td></tr>' for i, n in enumerate(["Đ/c Vũ Thanh Tùng", "Đ/c Lê Thị Hoa", "Đ/c Nguyễn Văn Nam", "Đ/c Trần Minh Đức"]))
        return (f'<div class="block-mobile"><h3>Tin mới</h3><ul>{li}</ul></div>'
                f'<div class="block-mobile"><h3>Lịch trực Tết Bính Ngọ</h3><table class="table">{duty}</table></div>'
                '<div class="block-mobile hotline"><h3>Đường dây nóng</h3><p>Phản ánh về an ninh trật tự dịp Tết: 0225.3857.113</p></div>')

    def top(rng, pub_):
        return '<a class="logo" href="/"><img src="/themes/mobile_default/images/logo-dang-uy-le-chan.png" alt="Đảng bộ phường Lê Chân" /></a><span class="site-name">Đảng bộ phường Lê Chân</span>'

    head = (og(A2.title, url, {"og:description": A2.lead, "og:image": site + lead_img[1]})
            + '<meta name="generator" content="NukeViet v4.5" /><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no" />'
            + '<link rel="StyleSheet" href="/themes/mobile_default/css/style.css"><link rel="StyleSheet" href="/themes/mobile_default/css/news.css"><link rel="StyleSheet" href="/assets/js/jquery-ui/jquery-ui.min.css">'
            + '<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4_lc",theme_responsive=0,nv_is_mobile=1;</script>')
    return page("s32-02", family="ward_party_nukeviet45_mobile_default_theme_pre_tet_visit_tin_anh_inside_text",
                name="haiphong-lechan-dangbo-phuong-nukeviet45-mobile-default-theme-breadcrumbs-h1-title-dd-mm-yyyy-hh-mm-views-figure-article-figcaption-bold-hometext-center-em-caption-tin-anh-bold-right-inside-bodyhtml",
                url=url, art=A2, main_fn=main, pub=pub, prefix="mob", kb=112,
                org="Đảng bộ phường Lê Chân", addr="Số 2 đường Hai Bà Trưng, phường Lê Chân, thành phố Hải Phòng", phone="0225.3857.113",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv45_mobile", "head_extra": head, "title": A2.title + " - Hoạt động của Đảng ủy - Đảng bộ phường Lê Chân", "items": MENU_GOV},
                exp=expected(A2, iso(pub), author="Thu Trang", photographer="Thu Trang", category="Hoạt động của Đảng ủy",
                             captions=[lead_img[2], A2.blocks[5][2]]),
                traps={"bylines": [BY2], "chrome": ["Tin cùng chuyên mục", "Lịch trực Tết Bính Ngọ", "Phản ánh về an ninh trật tự dịp Tết", "Giao diện máy tính", "Chia sẻ Zalo"], "related": lambda rl: rl[:5]},
                notes="An ordinary pre-Tết VISIT on a ward Party committee's NukeViet 4.5 site as a phone user agent receives it: VINADES' 'mobile_default' theme (one column, a hamburger menu, the blocks stacked under the article, a 'Giao diện máy tính' switch; the same 'news' module underneath). Stamp: '10/02/2026 08:15' (a clock icon, then the view count) → 2026-02-10T08:15:00+07:00; 'Tin mới' prints the same shape; the text names the visit days (8 and 9/2) and the 'Lịch trực Tết' table prints dates from 16/02/2026. Lead: the bold hometext, printed AFTER the lead picture (figure.article with a figcaption — the first caption). Byline: 'Tin, ảnh: Thu Trang', bold right, the last paragraph INSIDE #news-bodyhtml → author and photographer 'Thu Trang', not body (set 29). Captions: the lead figure's figcaption, then a centred <em> line under the second picture. Category: crumb 'Trang nhất › Tin tức › Hoạt động của Đảng ủy' → 'Hoạt động của Đảng ủy'.",
                readme="NukeViet 4.5 under VINADES' 'mobile_default' theme (the page a phone user agent gets), Đảng ủy phường, a pre-Tết VISIT: '10/02/2026 08:15' + view count, a lead figure BEFORE the bold hometext, a centred <em> caption, 'Tin, ảnh: Name' bold right inside the text (author + photographer), the blocks stacked below (a Tết duty roster with later dates)")


# ===================================================================== 3 UBKT Tỉnh ủy Lào Cai: Liferay 6.0 + a vendor's EXT ('titlecategories' h6, 'txtdetail' h5 title, h1 'Cập nhật: date'); an INSPECTION; date only; 'Name (unit)'
A3 = Art("Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát tại Đảng ủy xã Bắc Hà",
         "Từ ngày 17 đến 21/11, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy do đồng chí Lục Văn Khang, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật trong Đảng tại Đảng ủy xã Bắc Hà.",
         [("p", "Nội dung kiểm tra tập trung vào việc xây dựng và thực hiện chương trình kiểm tra, giám sát năm 2025 của Đảng ủy và Ủy ban Kiểm tra Đảng ủy xã; việc kiện toàn tổ chức, bố trí cán bộ kiểm tra sau khi sắp xếp đơn vị hành chính; công tác giải quyết tố cáo, khiếu nại kỷ luật đảng và việc thu, nộp, quản lý, sử dụng đảng phí."),
          ("p", "Qua kiểm tra cho thấy, Đảng ủy xã Bắc Hà đã ban hành kịp thời chương trình kiểm tra, giám sát toàn khóa và năm 2025; Ủy ban Kiểm tra Đảng ủy xã được kiện toàn với 5 thành viên, trong đó có 2 đồng chí chuyên trách. Từ đầu năm, Đảng ủy và Ủy ban Kiểm tra đã kiểm tra 14 tổ chức đảng, 21 đảng viên, giám sát chuyên đề 18 tổ chức đảng và 26 đảng viên."),
          ("img", "/documents/10181/1245587/kiem-tra-bac-ha.jpg", "Đoàn kiểm tra làm việc với Ban Thường vụ Đảng ủy xã Bắc Hà"),
          ("p", "Bên cạnh kết quả đạt được, việc kiểm tra đảng viên chấp hành nhiệm vụ đảng viên ở một số chi bộ thôn còn hình thức; hồ sơ kiểm tra, giám sát ở một số chi bộ lưu trữ chưa đầy đủ; việc thu đảng phí theo quy định mới ở một vài chi bộ còn chậm."),
          ("p", "Kết luận buổi làm việc, đồng chí Trưởng đoàn đề nghị Đảng ủy xã chỉ đạo khắc phục ngay những hạn chế đã chỉ ra, hoàn thiện hồ sơ và báo cáo kết quả khắc phục về Ủy ban Kiểm tra Tỉnh ủy trước ngày 15/12/2025; đồng thời quan tâm bồi dưỡng nghiệp vụ cho cán bộ kiểm tra cơ sở, nhất là ủy viên ủy ban kiểm tra kiêm nhiệm.")])
BY3 = "Hoàng Anh Tuấn (UBKT Tỉnh ủy)"


def page03():
    pub = T("2025-11-24 00:00")
    site = "https://ubkt.laocai.dcs.vn"
    url = f"{site}/web/ubkt/tin-chi-tiet/-/asset_publisher/NsD4yZ/content/id/1245610"

    def img(s, c, n):
        return f'<p style="text-align:center"><img alt="" src="{s}" style="width:520px" /></p><p style="text-align:center"><em>{esc(c)}</em></p>'

    def main(rng, rl, rd):
        body = f'<p style="text-align:justify"><strong>{esc(A3.lead)}</strong></p>' + A3.render(p=jp, img=img, sep="")
        others = "".join(f'<li><a href="{site}/web/ubkt/tin-chi-tiet/-/asset_publisher/NsD4yZ/content/id/{rng.randint(1200000, 1245600)}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="portlet-boundary portlet-boundary_NewsDetail_WAR_nssportlet_" id="p_p_id_NewsDetail_WAR_nssportlet_"><div class="portlet-body">'
                f'<div class="asset-full-content"><div class="titlecategories"><h6>Kiểm tra, giám sát</h6></div>'
                f'<div class="txtdetail"><h5>{esc(A3.title)}</h5><h1>Cập nhật: {dmy(pub)}</h1>'
                f'<div class="asset-content"><div class="journal-content-article">{body}<p style="text-align:right"><strong>{esc(BY3)}</strong></p></div></div></div>'
                f'<div class="tool"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="javascript:history.back()">Trở về</a></div></div>'
                f'<div class="othernews"><div class="othernews-title">Các tin khác</div><ul>{others}</ul></div></div></div>')

    def left(rng, pub_):
        sub = ["Giới thiệu", "Kiểm tra, giám sát", "Thi hành kỷ luật", "Giải quyết tố cáo", "Văn bản", "Hỏi đáp nghiệp vụ"]
        return ('<div class="leftmenu"><ul>' + "".join(f'<li><a href="#">{esc(s)}</a></li>' for s in sub) + '</ul></div>'
                '<div class="leftbox"><h4>Tiếp nhận đơn thư</h4><p>Hòm thư điện tử: ubkt@laocai.dcs.vn</p><p>Lịch tiếp đảng viên, công dân: thứ Năm hằng tuần</p></div>')

    def side(rng, pub_):
        docs = [("Quy định 296-QĐ/TW", "30/5/2025", "Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng"),
                ("Hướng dẫn 08-HD/UBKTTU", "12/9/2025", "Hướng dẫn thực hiện nhiệm vụ kiểm tra, giám sát ở cấp xã sau sắp xếp")]
        dl = "".join(f'<li><b>{n}</b> ngày {d}<br /><a href="#">{esc(t)}</a></li>' for n, d, t in docs)
        return (side_std(rng, pub_, "Tin đọc nhiều", fmt=lambda d: f"({dmy(d)})", cls="rightbox docnhieu")
                + f'<div class="rightbox vanban"><h3>Văn bản hướng dẫn</h3><ul>{dl}</ul></div>'
                + links_box(["Ủy ban Kiểm tra Trung ương", "Tạp chí Kiểm tra", "Báo Lào Cai"], "Liên kết", "rightbox lk"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=8, hours=9, minutes=5)
        return (f'<img src="/ubkt-theme/images/banner-ubkt-lao-cai.jpg" alt="Ủy ban Kiểm tra Tỉnh ủy Lào Cai" />'
                f'<div class="date-time">{wd(now)}, {dmy(now)}</div>')

    head = (og(A3.title, url) + '<link href="/ubkt-theme/css/main.css?browserId=other&amp;themeId=ubkt_WAR_ubkttheme&amp;languageId=vi_VN&amp;b=6012&amp;t=1733" rel="stylesheet" />'
            '<script type="text/javascript">var themeDisplay={getCompanyId:function(){return "10154";},getLanguageId:function(){return "vi_VN";},getLayoutId:function(){return "24";},'
            'getPathThemeImages:function(){return "/ubkt-theme/images";},getScopeGroupId:function(){return "10181";},getUserId:function(){return "10158";},isSignedIn:function(){return false;}};'
            'Liferay.Portlet.list=["NewsDetail_WAR_nssportlet","73","71_INSTANCE_ab12"];</script>')
    return page("s32-03", family="inspection_commission_liferay60_vendor_ext_title_h5_date_h1_cap_nhat_date_only",
                name="laocai-ubkttu-liferay60-vendor-ext-nss-portlet-titlecategories-h6-category-txtdetail-h5-title-h1-cap-nhat-dd-mm-yyyy-date-only-bold-first-p-lead-center-em-captions-bold-right-name-paren-unit",
                url=url, art=A3, main_fn=main, pub=pub, prefix="ubkt", kb=118,
                org="Ủy ban Kiểm tra Tỉnh ủy Lào Cai", addr="Đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai", phone="0214.3840.215",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "lr60ext", "head_extra": head, "title": "Tin chi tiết - Ủy ban Kiểm tra Tỉnh ủy Lào Cai", "items": MENU_GOV, "left": left},
                exp=expected(A3, isod(pub), author="Hoàng Anh Tuấn", unit="UBKT Tỉnh ủy", category="Kiểm tra, giám sát", captions=A3.captions),
                traps={"bylines": [BY3], "chrome": ["In trang", "Trở về", "Các tin khác", "Tiếp nhận đơn thư", "Lịch tiếp đảng viên, công dân", "Văn bản hướng dẫn"], "related": lambda rl: rl[:5]},
                notes="An ordinary INSPECTION item on a provincial Party inspection commission's site built on Liferay 6.0 with a local vendor's EXT portlet (the layout of vn-sites.md's older Liferay vendor EXT: div.asset-full-content > div.titlecategories > h6 <category>, then div.txtdetail > h5 <TITLE> and an h1 'Cập nhật: <date>' — the headline is an h5 and the page's only h1 is the date line; a table-era three-column layout). The only stamp is that h1, 'Cập nhật: 24/11/2025', date only → a page whose only stamp is labelled 'Cập nhật' publishes with it: published '2025-11-24', updated null. The <title> is generic ('Tin chi tiết - …'). Decoys: the header's crawl day ('Thứ Ba, 02/12/2025'), the inspection days in the sapo (17 - 21/11), the report deadline 15/12/2025, '(dd/mm/yyyy)' in 'Các tin khác' and 'Tin đọc nhiều', document days. Lead: the bold first paragraph of the journal article (the EXT has no abstract field). Captions: centred <em> lines under the picture. Byline: bold right 'Hoàng Anh Tuấn (UBKT Tỉnh ủy)' → author + unit. Category: the h6 'Kiểm tra, giám sát' (the only section label; no crumb).",
                readme="Liferay 6.0 + a vendor's EXT portlet, UBKT Tỉnh ủy, an INSPECTION: the category in an h6 (titlecategories), the HEADLINE in an h5, the page's only h1 the stamp 'Cập nhật: 24/11/2025' (date only, the only stamp → publication), bold first paragraph (lead), centred <em> caption, bold right 'Name (unit)', generic <title>")


# ===================================================================== 4 Ban TG&DV Tỉnh ủy Tuyên Quang: Liferay 6.2, the Vietnamese-customised asset publisher full view; a CAMPAIGN; 'Thứ Tư, ngày 14/01/2026 14:15'; name <br> unit
A4 = Art("Phát động đợt thi đua cao điểm chào mừng thành công Đại hội XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI",
         "Chiều 13/1, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức Lễ phát động đợt thi đua cao điểm chào mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.",
         [("p", "Đợt thi đua được triển khai từ nay đến hết ngày 31/3/2026 trong toàn hệ thống tuyên giáo, dân vận và Mặt trận các cấp, với trọng tâm là tuyên truyền sâu rộng kết quả Đại hội XIV của Đảng, các quy định của Luật Bầu cử, vận động cử tri đi bầu cử đầy đủ, đúng luật."),
          ("p", "Các cơ quan, đơn vị đăng ký những phần việc cụ thể như: mỗi xã, phường có ít nhất một mô hình “Dân vận khéo” gắn với công tác bầu cử; 100% tổ dân phố, thôn, bản tổ chức hội nghị cử tri được thông tin đầy đủ về người ứng cử; phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số."),
          ("img", "/documents/20126/0/le-phat-dong-thi-dua.jpg", "Các đại biểu ký giao ước thi đua tại Lễ phát động"),
          ("p", "Phát biểu tại buổi lễ, đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các cơ quan, đơn vị cụ thể hóa nội dung thi đua bằng kế hoạch, tiến độ rõ ràng, gắn trách nhiệm của người đứng đầu; kịp thời phát hiện, nhân rộng điển hình, sơ kết việc thực hiện vào cuối tháng 3/2026."),
          ("p", "Dịp này, 12 cơ quan, đơn vị đã ký giao ước thi đua; Ban Tuyên giáo và Dân vận Tỉnh ủy trao tặng 30 bộ tài liệu tuyên truyền song ngữ Việt - Tày, Việt - Dao cho các xã vùng cao.")])
BY4A, BY4U = "Nguyễn Minh Thu", "Phòng Dân vận, Ban Tuyên giáo và Dân vận Tỉnh ủy"


def lrvn(d):
    """the customised asset publisher's 'EEEE, ngày dd/MM/yyyy HH:mm' → 'Thứ Tư, ngày 14/01/2026 14:15'."""
    return f"{wd(d)}, ngày {dmy(d)} {hm(d)}"


def page04():
    pub = T("2026-01-14 14:15")
    site = "https://tuyengiao.tuyenquang.dcs.vn"
    url = f"{site}/web/btgdv/tin-hoat-dong/-/asset_publisher/Hk3LmTq9/content/phat-dong-dot-thi-dua-cao-diem-chao-mung-dai-hoi-xiv"

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:560px"><tbody><tr><td><img alt="" src="{s}" style="width:560px" /></td></tr>'
                f'<tr><td class="caption" style="text-align:center"><span style="font-size:12px"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        others = "".join(f'<li><a href="#">{esc(t)}</a> <span class="date">{lrvn(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="asset_publisher_view_full_content"><div class="asset_title"><span>{esc(A4.title)}</span></div>'
                f'<div class="social-panel"><div class="asset-publish-date"><span>{lrvn(pub)}</span></div>'
                f'<div class="social-icon"><span class="mail_icon"><a href="#">Email</a></span> <a href="#" id="decreaseText">A-</a> <a href="#" id="increaseText">A+</a> '
                f'<button type="button" class="article-audio" id="btnSpeak">Nghe đọc bài</button></div></div>'
                f'<div class="asset-abstract"><div class="assetdesc"><span class="assetdesc-text"><strong>{esc(A4.lead)}</strong></span></div></div>'
                f'<div class="asset-full-content"><div class="asset-content"><div class="journal-content-article">{A4.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>{esc(BY4A)}</strong><br /><em>{esc(BY4U)}</em></p></div></div>'
                f'<div class="taglib-social-bookmarks"><a href="#">Facebook</a> <a href="#">Zalo</a></div></div>'
                f'<div class="asset-links"><h3 class="asset-links-title">Tin cùng chuyên mục</h3><ul>{others}</ul></div></div>')

    crumbs = ('<ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/btgdv">Trang chủ</a></li><li><a href="/web/btgdv/tin-tuc">Tin tức</a></li>'
              '<li class="last"><a href="/web/btgdv/tin-hoat-dong">Dân vận</a></li></ul>')

    def side(rng, pub_):
        elec = T("2026-03-15 07:00")
        days = (elec - pub_).days
        return (f'<div class="portlet-box countdown-bau-cu"><h3>Bầu cử ĐBQH khóa XVI và HĐND các cấp</h3><p>Còn <b>{days}</b> ngày đến Ngày bầu cử (Chủ nhật, 15/3/2026)</p></div>'
                + side_std(rng, pub_, "Tin mới nhất", fmt=lrvn, cls="portlet-box moi-nhat")
                + vb_box(["Kế hoạch 112-KH/BTGDVTU tuyên truyền cuộc bầu cử", "Hướng dẫn 19-HD/BTGDVTU về công tác dân vận năm 2026"], "Văn bản mới", "portlet-box vb")
                + links_box(["Ban Tuyên giáo và Dân vận Trung ương", "Báo Tuyên Quang", "Cổng TTĐT tỉnh Tuyên Quang"], "Liên kết", "portlet-box lk"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=8, hours=-5, minutes=-3)
        return (f'<div class="banner-top"><img src="/btgdv-theme/images/banner.png" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang" /></div>'
                f'<div class="clock-bar">{lrvn(now)}</div>')

    head = (og(A4.title, url, {"og:description": A4.lead})
            + '<link href="/btgdv-theme/css/main.css?browserId=other&amp;themeId=btgdv_WAR_btgdvtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6210" rel="stylesheet" type="text/css" />'
            + '<script type="text/javascript">var themeDisplay=Liferay.ThemeDisplay={getCDNHost:function(){return "";},getCompanyId:function(){return "20101";},getLanguageId:function(){return "vi_VN";},'
            'getPlid:function(){return "20734";},getScopeGroupId:function(){return "20126";},getSiteGroupId:function(){return "20126";},isSignedIn:function(){return false;}};</script>')
    return page("s32-04", family="btgdv_province_liferay62_vn_customised_asset_publisher_full_view_campaign_name_br_unit",
                name="tuyenquang-btgdvtu-liferay62-customised-asset-publisher-full-view-asset-title-span-asset-publish-date-weekday-ngay-dd-mm-yyyy-hh-mm-assetdesc-text-bold-lead-table-caption-name-br-italic-unit-crumb-dan-van",
                url=url, art=A4, main_fn=main, pub=pub, prefix="lr62", kb=168,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang", addr="Số 11 đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.611",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "lr62vn", "head_extra": head, "title": A4.title + " - Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang", "items": MENU_GOV},
                exp=expected(A4, iso(pub), author=BY4A, unit=BY4U, category="Dân vận"),
                traps={"bylines": [BY4A + " " + BY4U], "countdown": ["ngày đến Ngày bầu cử (Chủ nhật, 15/3/2026)"], "chrome": ["Nghe đọc bài", "Tin cùng chuyên mục", "Tin mới nhất", "Tin hoạt động"], "related": lambda rl: rl[:5]},
                notes="An ordinary CAMPAIGN launch on a provincial Ban Tuyên giáo và Dân vận's Liferay 6.2 portal, the item shown by the Vietnamese-customised asset publisher full view of vn-sites.md (div.asset_publisher_view_full_content > div.asset_title > span (the headline — no heading element), div.social-panel with div.asset-publish-date and the email / A- / A+ / 'Nghe đọc bài' buttons, div.asset-abstract > div.assetdesc > span.assetdesc-text (bold sapo), div.asset-full-content > journal-content-article; sets 28–31 had EcoIT 6.1, vnpteportal 6.2, the 6.2 stock AP and 7.x portlets). Stamp: 'Thứ Tư, ngày 14/01/2026 14:15' → 2026-01-14T14:15:00+07:00; the clock bar (the crawl moment), 'Tin mới nhất' and 'Tin cùng chuyên mục' print the same shape; the text names the launch day (13/1), the end of the campaign (31/3/2026); a countdown to the 15 March 2026 election sits in the sidebar. Lead: span.assetdesc-text. Captions: italic spans in the caption row of layout tables. Byline at the end, right: a bold name, a <br>, the unit in italics → author 'Nguyễn Minh Thu', unit 'Phòng Dân vận, Ban Tuyên giáo và Dân vận Tỉnh ủy' (the comma inside the unit is not a separator, set 27). Category: crumb 'Trang chủ › Tin tức › Dân vận' → 'Dân vận'; the portlet title 'Tin hoạt động' is a generic container title.",
                readme="Liferay 6.2 with the Vietnamese-customised asset publisher full view (headline in div.asset_title > span, no heading), Ban TG&DV Tỉnh ủy, a CAMPAIGN launch: 'Thứ Tư, ngày 14/01/2026 14:15' (clock bar and lists in the same shape), an election countdown, span.assetdesc-text (lead), caption rows of layout tables, a bold name <br> italic unit with a comma inside, crumb 'Dân vận' beside a generic portlet title")


# ===================================================================== 5 Tỉnh ủy Đồng Nai: MOSS 2007 + a vendor's news web part; an AWARD ceremony; 'Thứ ba, 03/02/2026, 14:35'; lblTacGia + lblNguon (a source)
A5 = Art("Trao Giải Búa liềm vàng tỉnh Đồng Nai lần thứ IX cho 28 tác phẩm",
         "Chiều 3/2, tại Hội trường Tỉnh ủy, Ban Tổ chức Giải Búa liềm vàng tỉnh Đồng Nai tổ chức Lễ trao Giải báo chí về xây dựng Đảng lần thứ IX, năm 2025. Đồng chí Võ Văn Phi, Phó Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo Giải dự và trao giải.",
         [("p", "Giải năm nay nhận được 214 tác phẩm của 46 tác giả, nhóm tác giả thuộc các cơ quan báo chí Trung ương thường trú, cơ quan báo chí của tỉnh, đội ngũ cộng tác viên ở các đảng bộ xã, phường. Qua hai vòng chấm, Hội đồng Giám khảo chọn 28 tác phẩm xuất sắc để trao giải, cụ thể:"),
          ("ul", ["02 giải A, mỗi giải 20 triệu đồng;", "04 giải B, mỗi giải 15 triệu đồng;", "06 giải C, mỗi giải 10 triệu đồng;", "16 giải Khuyến khích, mỗi giải 5 triệu đồng."]),
          ("p", "Theo Hội đồng Giám khảo, các tác phẩm năm nay phản ánh sinh động việc sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp, công tác chuẩn bị và tổ chức đại hội đảng bộ các cấp; nhiều tác phẩm đầu tư công phu, có tính phát hiện, đề xuất giải pháp thiết thực."),
          ("img", "/SiteAssets/TinTuc/2026/02/trao-giai-a.jpg", "Đồng chí Võ Văn Phi trao giải A cho các tác giả"),
          ("p", "Phát biểu tại buổi lễ, đồng chí Phó Bí thư Tỉnh ủy đề nghị các cơ quan báo chí tiếp tục đổi mới cách làm, đưa công tác xây dựng Đảng thành mảng đề tài trọng tâm; cấp ủy các cấp quan tâm cung cấp thông tin, tạo điều kiện cho phóng viên tác nghiệp ở cơ sở."),
          ("p", "Các tác phẩm đạt giải A và B sẽ được Ban Tổ chức lựa chọn gửi tham dự Giải Búa liềm vàng toàn quốc lần thứ X. Giải lần thứ X cấp tỉnh bắt đầu nhận tác phẩm từ tháng 4/2026."),
          ("img", "/SiteAssets/TinTuc/2026/02/cac-tac-gia-dat-giai.jpg", "Các tác giả đạt giải chụp ảnh lưu niệm với lãnh đạo tỉnh")])
BY5A, SRC5 = "Hương Giang", "Nguồn: Ban Tuyên giáo và Dân vận Tỉnh ủy"


def moss(d):
    return f"{wd(d, lower=True)}, {dmy(d)}, {hm(d)}"


def page05():
    pub = T("2026-02-03 14:35")
    site = "https://dongnai.dcs.vn"
    url = f"{site}/tintuc/Pages/ChiTietTin.aspx?ItemID=5418&CatID=12"

    def main(rng, rl, rd):
        g = "ctl00_m_g_4f7a21c3_8e02_4b9d_a1c5_5d0e7b9f3a26_ctl00"

        def img(s, c, n):
            return (f'<table cellpadding="0" cellspacing="0" align="center" width="500"><tr><td><img src="{s}" width="500" border="0" /></td></tr>'
                    f'<tr><td align="center"><span class="chuthich"><i>{esc(c)}</i></span></td></tr></table>')
        others = "".join(f'<li><a href="{site}/tintuc/Pages/ChiTietTin.aspx?ItemID={rng.randint(5000, 5417)}&amp;CatID=12">{esc(t)}</a> <span class="time_update">(Ngày {dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="detail_artical"><div class="path"><span id="{g}_lblBreadCrum">Trang chủ &gt; Tin tức &gt; Xây dựng Đảng</span></div>'
                f'<h2 class="title_detail"><span id="{g}_lblTieuDe">{esc(A5.title)}</span></h2>'
                f'<div class="ngay_dang"><img src="/_layouts/images/tintuc/icon_date.gif" alt="" /> <span id="{g}_lblNgayDang">{moss(pub)}</span></div>'
                f'<p class="sapo"><b>{esc(A5.lead)}</b></p><div id="{g}_pnNoiDung" class="noidung">{A5.render(p=jp, img=img, sep="")}</div>'
                f'<div class="tacgia" style="text-align:right;font-weight:bold"><span id="{g}_lblTacGia">{BY5A}</span><br /><span id="{g}_lblNguon">{SRC5}</span></div>'
                f'<div class="tienich"><a href="#" onclick="window.print()">In bài viết</a> | <a href="#">Gửi cho bạn bè</a> | <a href="#top">Lên đầu trang</a></div></div>'
                f'<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>{others}</ul></div></div>')

    def left(rng, pub_):
        return ('<div class="ms-quicklaunch"><div class="ql-title">Chuyên mục</div><ul><li><a href="#">Tin tức - Sự kiện</a></li><li><a href="#">Xây dựng Đảng</a></li><li><a href="#">Kinh tế - Xã hội</a></li><li><a href="#">Quốc phòng - An ninh</a></li><li><a href="#">Văn bản chỉ đạo</a></li></ul></div>'
                + schedule(rng, pub_ + timedelta(days=2), "Lịch làm việc của Thường trực Tỉnh ủy", "ql-box lich"))

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin đọc nhiều", fmt=lambda d: f"(Ngày {dmy(d)})", cls="right-box doc-nhieu")
                + '<div class="right-box giai-bua-liem"><h3>Giải Búa liềm vàng lần thứ X</h3><p>Thời hạn nhận tác phẩm: từ 01/4/2026 đến 30/9/2026.</p></div>'
                + poll("Bạn quan tâm chuyên mục nào nhất trên Trang?", ["Xây dựng Đảng", "Kinh tế - Xã hội", "Văn bản chỉ đạo"], "right-box poll"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=8, hours=-6)
        return (f'<div class="banner"><img src="/PublishingImages/banner-tinh-uy-dong-nai.jpg" alt="Đảng bộ tỉnh Đồng Nai" /></div>'
                f'<div class="s4-date">{wd(now)}, {dmy(now)}</div>')

    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
            '<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/core.css?rev=5msmprmeONfN6lJ3wtbAlA%3D%3D" />'
            '<script type="text/javascript">var L_Menu_BaseUrl="/tintuc";var L_Menu_LCID="1066";var L_Menu_SiteTheme="";var _spUserId=1073741823;</script>'
            '<script src="/_layouts/1066/init.js?rev=VhAxGc3rkK79RM90tibDzw%3D%3D"></script><script src="/_layouts/1066/core.js?rev=PQia%2B0EyudqxiQyTfOSR%2Fw%3D%3D" defer></script>')
    return page("s32-05", family="province_party_moss2007_vendor_news_webpart_award_ceremony_source_label",
                name="dongnai-tinhuy-moss2007-vendor-news-webpart-lblbreadcrum-h2-lbltieude-lblngaydang-weekday-dd-mm-yyyy-comma-hh-mm-bold-sapo-ul-prize-list-chuthich-captions-lbltacgia-lblnguon-source",
                url=url, art=A5, main_fn=main, pub=pub, prefix="moss", kb=175,
                org="Đảng bộ tỉnh Đồng Nai", addr="Số 2 đường Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai", phone="0251.3822.570",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "moss2007", "head_extra": head, "title": "Chi tiết tin - Đảng bộ tỉnh Đồng Nai", "items": MENU_GOV, "left": left, "form": True, "action": "ChiTietTin.aspx?ItemID=5418&CatID=12"},
                exp=expected(A5, iso(pub), author=BY5A, category="Xây dựng Đảng"),
                traps={"bylines": [SRC5], "chrome": ["In bài viết", "Gửi cho bạn bè", "Các tin khác", "Tin đọc nhiều", "Thời hạn nhận tác phẩm: từ 01/4/2026 đến 30/9/2026", "Lịch làm việc của Thường trực Tỉnh ủy"], "related": lambda rl: rl[:5]},
                notes="An ordinary AWARD CEREMONY on a Tỉnh ủy portal still on MOSS 2007 (SharePoint Server 2007 publishing: a table master page, the 1066 (vi-VN) _layouts, quick launch on the left, one form with __VIEWSTATE) showing the item through a vendor's news web part (ctl00_m_g_<guid>_ctl00_ ids: lblBreadCrum, lblTieuDe in an h2, lblNgayDang, pnNoiDung, lblTacGia, lblNguon; 'Các tin khác' with '(Ngày dd/mm/yyyy)'); sets 28–31 had SharePoint 2010, 2013 ×2, 2016, 2019 and Subscription Edition. The <title> is generic ('Chi tiết tin - …'); the headline is the h2. Stamp: 'Thứ ba, 03/02/2026, 14:35' → 2026-02-03T14:35:00+07:00 (the header prints the crawl day 'Thứ Tư, 11/02/2026'; the lists print '(Ngày dd/mm/yyyy)'; a sidebar box prints the next award's deadline 30/9/2026). Lead: the bold p.sapo. Body: the prize list (<ul>) is four paragraphs, one per item (set 11). Captions: two span.chuthich <i>. Byline: lblTacGia 'Hương Giang' (author) over lblNguon 'Nguồn: Ban Tuyên giáo và Dân vận Tỉnh ủy' (a source, not a unit: set 13). Category: lblBreadCrum 'Trang chủ > Tin tức > Xây dựng Đảng' (plain text) → 'Xây dựng Đảng'.",
                readme="MOSS 2007 with a vendor's news web part (ctl00_m_g_… lblTieuDe / lblNgayDang / lblTacGia / lblNguon, a table master page), Tỉnh ủy, an AWARD ceremony: 'Thứ ba, 03/02/2026, 14:35', generic <title>, bold sapo, a prize <ul> in the text (one paragraph per item), span.chuthich captions, author field + 'Nguồn:' field (a source), a plain-text crumb")


# ===================================================================== 6 LĐLĐ tỉnh Đắk Lắk: DNN 9 + the DNN Blog module; a TRAINING course; 'Đăng ngày 27/10/2025 lúc 09:20 bởi <account>'; italic 'Name (unit with a hyphen)'
A6 = Art("Tập huấn nghiệp vụ cho 150 chủ tịch công đoàn cơ sở khu vực phía Đông",
         "Từ ngày 24 đến 26/10, tại phường Tuy Hòa, Liên đoàn Lao động tỉnh tổ chức lớp tập huấn nghiệp vụ công tác công đoàn năm 2025 cho 150 chủ tịch, phó chủ tịch công đoàn cơ sở thuộc các xã, phường khu vực phía Đông của tỉnh.",
         [("p", "Trong ba ngày, học viên được báo cáo viên của Liên đoàn Lao động tỉnh và Trường Đại học Công đoàn truyền đạt các chuyên đề: những điểm mới của Luật Công đoàn năm 2024; kỹ năng tổ chức đối thoại và thương lượng tập thể tại doanh nghiệp; quản lý tài chính, tài sản công đoàn cơ sở; công tác phát triển đoàn viên, thành lập công đoàn cơ sở trong doanh nghiệp ngoài nhà nước."),
          ("p", "Lớp tập huấn dành nhiều thời gian để học viên trao đổi về những khó khăn thực tế sau khi sắp xếp tổ chức công đoàn theo mô hình chính quyền hai cấp, nhất là việc chuyển giao công đoàn cơ sở từ các liên đoàn lao động cấp huyện trước đây về công đoàn các xã, phường."),
          ("img", "/Portals/0/Blog/Files/1/2025/10/tap-huan-cd-phia-dong.jpg", "Học viên thảo luận nhóm về kỹ năng thương lượng tập thể"),
          ("p", "Chị Nguyễn Thị Mỹ Lệ, Chủ tịch Công đoàn Công ty TNHH Thủy sản Hòa Hiệp chia sẻ: “Phần thực hành thương lượng tập thể rất thiết thực. Doanh nghiệp chúng tôi sắp ký lại thỏa ước, tôi sẽ áp dụng ngay cách chuẩn bị dữ liệu về tiền lương, điều kiện làm việc mà lớp đã hướng dẫn”."),
          ("p", "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài kiểm tra cuối khóa. Liên đoàn Lao động tỉnh sẽ tổ chức lớp thứ hai cho cán bộ công đoàn khu vực phía Tây vào tháng 11/2025.")])
BY6 = "Hồng Nhung (Ban Tuyên giáo - Nữ công LĐLĐ tỉnh)"


def blogd(d):
    return f"{dmy(d)} lúc {hm(d)}"


def page06():
    pub = T("2025-10-27 09:20")
    site = "https://congdoandaklak.org.vn"
    url = f"{site}/tin-tuc/Post/1286/tap-huan-nghiep-vu-cho-150-chu-tich-cong-doan-co-so-khu-vuc-phia-dong"

    def img(s, c, n):
        return f'<figure class="image"><img alt="" src="{s}" width="640" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        recent = "".join(f'<li><a href="{site}/tin-tuc/Post/{rng.randint(1200, 1285)}/{slug(t)}">{esc(t)}</a><span class="bbs_date">{blogd(d)}</span></li>' for t, d in zip(rl[:5], rd))
        cm = comments([("Trần Văn Phúc", blogd(pub + timedelta(hours=5, minutes=12)), "Mong Liên đoàn mở thêm lớp cho cán bộ công đoàn khối trường học."),
                       ("Lê Thị Hạnh", blogd(pub + timedelta(days=1, hours=1)), "Tài liệu lớp học rất bổ ích, xin được chia sẻ bản điện tử.")], "Bình luận", "bbs_comments")
        return (f'<div class="DnnModule DnnModule-Blog DnnModule-1286"><div class="bbs_post"><div class="bbs_header"><h1 class="bbs_title">{esc(A6.title)}</h1>'
                f'<div class="bbs_meta">Đăng ngày {blogd(pub)} bởi <a href="{site}/tin-tuc/Author/7" class="bbs_author">ldld.daklak</a> · Chuyên mục: <a href="{site}/tin-tuc/Term/14/hoat-dong-cong-doan">Hoạt động công đoàn</a> · <span class="bbs_views">Lượt xem: 642</span></div></div>'
                f'<div class="bbs_summary"><em>{esc(A6.lead)}</em></div><div class="bbs_content">{A6.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><em>{esc(BY6)}</em></p></div>'
                f'<div class="bbs_footer"><span class="bbs_tags">Thẻ: <a href="#">tập huấn</a>, <a href="#">công đoàn cơ sở</a></span></div>{cm}</div>'
                f'<div class="bbs_recent"><h3>Bài viết gần đây</h3><ul>{recent}</ul></div></div>')

    crumbs = '<div class="breadcrumb"><a href="/" class="Breadcrumb">Trang chủ</a> &gt; <a href="/tin-tuc" class="Breadcrumb">Tin tức</a></div>'

    def side(rng, pub_):
        months = "".join(f'<li><a href="#">Tháng {m} {y}</a> ({n})</li>' for m, y, n in [(10, 2025, 12), (9, 2025, 17), (8, 2025, 15), (7, 2025, 21)])
        return (side_std(rng, pub_, "Tin nổi bật", fmt=blogd, cls="bbs_widget noibat")
                + f'<div class="bbs_widget archive"><h3>Lưu trữ</h3><ul>{months}</ul></div>'
                + '<div class="bbs_widget hotline"><h3>Tư vấn pháp luật cho người lao động</h3><p>Đường dây nóng: 1900.6789 (giờ hành chính)</p></div>')

    def top(rng, pub_):
        now = pub_ + timedelta(days=7, hours=-1, minutes=14)
        return (f'<div class="logo"><a href="/"><img src="/Portals/0/Skins/CongDoan/images/logo-ldld-daklak.png" alt="Liên đoàn Lao động tỉnh Đắk Lắk" /></a></div>'
                f'<div class="date-bar"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{wd(now)}, {dmy(now)}</span></div>')

    head = (og(A6.title, url, {"og:description": A6.lead}) + '<link href="/Portals/0/Skins/CongDoan/skin.css?cdv=112" type="text/css" rel="stylesheet"/><link href="/DesktopModules/Blog/module.css?cdv=112" type="text/css" rel="stylesheet"/>'
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A6.title, "datePublished": "2025-10-27T02:20:00Z", "author": {"@type": "Person", "name": "ldld.daklak"}}))
    return page("s32-06", family="labour_federation_dnn9_blog_module_training_course_account_and_italic_writer",
                name="daklak-ldld-dnn9-blog-module-bbs-post-h1-bbs-title-dang-ngay-dd-mm-yyyy-luc-hh-mm-boi-account-chuyen-muc-italic-summary-lead-figcaption-italic-right-name-paren-unit-with-hyphen",
                url=url, art=A6, main_fn=main, pub=pub, prefix="cdoan", kb=158,
                org="Liên đoàn Lao động tỉnh Đắk Lắk", addr="Số 12 đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.274",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dnnblog", "head_extra": head, "title": A6.title + " > Tin tức", "items": MENU_MASS, "form": True, "dnn": True, "action": "/tin-tuc/Post/1286/tap-huan-nghiep-vu-cho-150-chu-tich-cong-doan-co-so-khu-vuc-phia-dong"},
                exp=expected(A6, iso(pub), author="Hồng Nhung", unit="Ban Tuyên giáo - Nữ công LĐLĐ tỉnh", category="Hoạt động công đoàn"),
                traps={"bylines": [BY6], "account": ["ldld.daklak"], "chrome": ["Lượt xem: 642", "Thẻ:", "Bình luận", "Bài viết gần đây", "Mong Liên đoàn mở thêm lớp", "Lưu trữ", "Tư vấn pháp luật cho người lao động"], "related": lambda rl: rl[:5]},
                notes="An ordinary TRAINING COURSE item on a provincial labour federation's DNN 9 site that publishes its news through the DNN Blog module (Blog 6: /<page>/Post/<id>/<slug> URLs, div.bbs_post, h1.bbs_title, div.bbs_meta, div.bbs_summary, div.bbs_content, tags, comments, 'Bài viết gần đây', a monthly archive; sets 26–31 had EasyDNNnews, DNNArticle, a vendor module, Ventrian and 2sxc). The meta line: 'Đăng ngày 27/10/2025 lúc 09:20 bởi ldld.daklak · Chuyên mục: Hoạt động công đoàn · Lượt xem: 642' → published 2025-10-27T09:20:00+07:00 (JSON-LD's 02:20Z agrees); 'ldld.daklak' is an account. The header's CURRENTDATE prints the crawl day ('Thứ Hai, 03/11/2025'); lists and comments print 'dd/mm/yyyy lúc HH:MM'; the course days (24 - 26/10) and the next course (11/2025) are in the text. Lead: the italic bbs_summary. Captions: one figcaption. Byline: italic right at the end 'Hồng Nhung (Ban Tuyên giáo - Nữ công LĐLĐ tỉnh)' → author 'Hồng Nhung', unit 'Ban Tuyên giáo - Nữ công LĐLĐ tỉnh' (the hyphen inside the parenthesis belongs to the unit's name, set 27). Category: the meta's 'Chuyên mục: Hoạt động công đoàn' (the crumb 'Trang chủ > Tin tức' is generic).",
                readme="DNN 9 + the DNN Blog module (bbs_post, /Post/<id>/<slug>), LĐLĐ tỉnh, a TRAINING course: 'Đăng ngày 27/10/2025 lúc 09:20 bởi <account> · Chuyên mục: …' (lists and comments in the same shape, CURRENTDATE in the header), italic summary (lead), a figcaption, an italic right 'Name (unit with a hyphen inside)', category from the meta beside a generic crumb")


# ===================================================================== 7 Hội Nông dân tỉnh Lâm Đồng: a table-era WebForms CMS (Article.ascx family); a CAMPAIGN; 'Thứ 2, 16/3/2026 16:05' (digit weekday); the whole signature in parentheses '(Name, unit)'
A7 = Art("Phát động phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2026",
         "Sáng 16/3, Hội Nông dân tỉnh tổ chức Lễ phát động phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững năm 2026, gắn với kỷ niệm 96 năm Ngày thành lập Hội Nông dân Việt Nam.",
         [("p", "Năm 2025, toàn tỉnh có 96.800 hộ đăng ký danh hiệu hộ sản xuất, kinh doanh giỏi các cấp, trong đó 61.200 hộ đạt danh hiệu. Nhiều hộ hội viên mạnh dạn chuyển đổi sang trồng cà phê, sầu riêng, rau hoa theo hướng hữu cơ, ứng dụng công nghệ cao, thu nhập từ 1 đến 3 tỷ đồng mỗi năm."),
          ("p", "Hội Nông dân các cấp đã phối hợp tổ chức 412 lớp chuyển giao khoa học kỹ thuật cho hơn 25.000 lượt hội viên; hướng dẫn thành lập mới 38 tổ hợp tác, 12 hợp tác xã nông nghiệp; hỗ trợ 124 sản phẩm của nông dân tham gia Chương trình mỗi xã một sản phẩm (OCOP)."),
          ("img", "/Upload/TinTuc/2026/3/phat-dong-thi-dua-hnd.jpg", "Đại diện hội viên nông dân ký cam kết thi đua"),
          ("p", "Phát động phong trào năm 2026, đồng chí Chủ tịch Hội Nông dân tỉnh đề nghị mỗi cơ sở Hội xây dựng ít nhất một mô hình kinh tế tập thể hiệu quả; phấn đấu 65% số hộ nông dân đăng ký thi đua, hỗ trợ 1.000 hộ hội viên thoát nghèo, cận nghèo."),
          ("p", "Tại lễ phát động, Hội Nông dân tỉnh và Ngân hàng Chính sách xã hội tỉnh ký kết chương trình phối hợp giai đoạn 2026 - 2030; trao 50 suất quà cho hội viên nông dân có hoàn cảnh khó khăn.")])
BY7 = "(Lê Quốc Bảo, Hội Nông dân xã Đức Trọng)"


def thu_n(d):
    """a digit weekday 'Thứ 2' … 'Thứ 7', 'Chủ nhật'; unpadded day and month: 'Thứ 2, 16/3/2026 16:05'."""
    w = d.weekday()
    return f"{'Chủ nhật' if w == 6 else 'Thứ ' + str(w + 2)}, {d.day}/{d.month}/{d.year} {hm(d)}"


def page07():
    pub = T("2026-03-16 16:05")
    site = "https://hoinongdan.lamdong.gov.vn"
    url = f"{site}/Default.aspx?tabid=62&ArticleID=3418&ChuyenMucID=7"

    def img(s, c, n):
        return (f'<table align="left" cellpadding="4" cellspacing="0" width="320" style="margin-right:8px"><tr><td><img src="{s}" width="310" border="0" /></td></tr>'
                f'<tr><td align="center"><span class="image_desc">{esc(c)}</span></td></tr></table>')

    def main(rng, rl, rd):
        others = "".join(f'<tr><td width="12"><img src="/images/bullet.gif" /></td><td><a href="{site}/Default.aspx?tabid=62&amp;ArticleID={rng.randint(3000, 3417)}&amp;ChuyenMucID=7" class="tinkhac">{esc(t)}</a> <span class="ngay_tinkhac">({d.day}/{d.month}/{d.year})</span></td></tr>' for t, d in zip(rl[:6], rd))
        return (f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="tieude_chuyenmuc">Phong trào nông dân</td></tr>'
                f'<tr><td style="padding:8px"><a class="tieu_de_tin" href="{url}">{esc(A7.title)}</a></td></tr>'
                f'<tr><td><span class="ngay_dang">{thu_n(pub)}</span></td></tr>'
                f'<tr><td><span class="story_teaser"><b>{esc(A7.lead)}</b></span></td></tr>'
                f'<tr><td><div style="text-align:justify">{A7.render(p=jp, img=img, sep="")}</div>'
                f'<p style="text-align:right"><b>{esc(BY7)}</b></p></td></tr>'
                f'<tr><td class="tienich"><a href="javascript:window.print()">[In trang]</a> <a href="javascript:history.back()">[Quay lại]</a></td></tr></table>'
                f'<div class="tinkhac"><div class="khung_tinkhac"><b>Tin khác</b></div><table width="100%">{others}</table></div>')

    def left(rng, pub_):
        cats = ["Tin hoạt động", "Phong trào nông dân", "Gương nông dân điển hình", "Khoa học kỹ thuật", "Chính sách pháp luật", "Văn bản"]
        return ('<table class="menu_doc" width="100%">' + "".join(f'<tr><td><a href="#">{esc(c)}</a></td></tr>' for c in cats) + '</table>'
                '<div class="gia_ca"><b>Giá nông sản</b><br />Cà phê nhân: 112.500 đ/kg<br />Sầu riêng Ri6: 68.000 đ/kg<br /><i>Cập nhật 16/3/2026</i></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=thu_n, cls="box_phai tinmoi")
                + '<div class="box_phai hoithi"><b>Hội thi Nhà nông đua tài 2026</b><br />Dự kiến tổ chức tháng 8/2026 tại phường Xuân Hương - Đà Lạt</div>'
                + links_box(["Trung ương Hội Nông dân Việt Nam", "Báo Nông thôn Ngày nay", "Báo Lâm Đồng"], "Liên kết", "box_phai lk"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=2, hours=-7, minutes=40)
        return (f'<table width="100%"><tr><td><img src="/images/banner_hnd.jpg" alt="Hội Nông dân tỉnh Lâm Đồng" /></td></tr>'
                f'<tr><td class="ngay_thang" align="right">{thu_n(now)}</td></tr></table>')

    head = '<link href="/css/style.css" rel="stylesheet" type="text/css" /><meta name="keywords" content="hội nông dân, lâm đồng, thi đua" />'
    return page("s32-07", family="farmers_union_aspnet_table_era_article_ascx_campaign_digit_weekday_parenthesised_signature",
                name="lamdong-hoinongdan-aspnet-webforms-table-era-article-ascx-tieude-chuyenmuc-a-tieu-de-tin-no-heading-thu-2-d-m-yyyy-hh-mm-story-teaser-bold-lead-image-desc-left-table-signature-in-parentheses-name-comma-unit",
                url=url, art=A7, main_fn=main, pub=pub, prefix="hnd", kb=132,
                org="Hội Nông dân tỉnh Lâm Đồng", addr="Số 4 đường Trần Hưng Đạo, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", phone="0263.3822.405",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "cmsttv", "head_extra": head, "title": "Hội Nông dân tỉnh Lâm Đồng - Tin tức", "items": MENU_MASS, "left": left, "form": True, "action": "Default.aspx?tabid=62&ArticleID=3418&ChuyenMucID=7"},
                exp=expected(A7, iso(pub), author="Lê Quốc Bảo", unit="Hội Nông dân xã Đức Trọng", category="Phong trào nông dân"),
                traps={"bylines": [BY7], "chrome": ["[In trang]", "[Quay lại]", "Tin khác", "Giá nông sản", "Cập nhật 16/3/2026", "Hội thi Nhà nông đua tài 2026"], "related": lambda rl: rl[:5]},
                notes="An ordinary CAMPAIGN launch on a provincial farmers' union site run by a table-era ASP.NET WebForms CMS of the 'Modules1/Base/Article.ascx' family (vn-sites.md: a.tieu_de_tin as the title — NO heading element —, span.story_teaser, a left-aligned table with span.image_desc, a justified div, 'Tin khác' in div.tinkhac / div.khung_tinkhac; 1000 px tables, __VIEWSTATE; the <title> is generic). Stamp: span.ngay_dang 'Thứ 2, 16/3/2026 16:05' — the weekday as a DIGIT ('Thứ 2' = Monday), unpadded day and month → 2026-03-16T16:05:00+07:00; the header prints the crawl moment in the same shape, 'Tin mới' too, 'Tin khác' prints '(d/m/yyyy)'; the left column's price box says 'Cập nhật 16/3/2026' (prices, not the item); the next contest is 'tháng 8/2026'. Lead: the bold story_teaser. Captions: one span.image_desc. Byline: bold right, the WHOLE signature in parentheses '(Lê Quốc Bảo, Hội Nông dân xã Đức Trọng)' → author 'Lê Quốc Bảo', unit 'Hội Nông dân xã Đức Trọng' (the brackets are punctuation around the signature; NEW (set 32)). Category: the section label td.tieude_chuyenmuc 'Phong trào nông dân' (the only one).",
                readme="a table-era ASP.NET WebForms CMS (Article.ascx family: a.tieu_de_tin with no heading, story_teaser, image_desc), Hội Nông dân tỉnh, a CAMPAIGN launch: 'Thứ 2, 16/3/2026 16:05' (a DIGIT weekday, unpadded day and month; header and lists alike), bold story_teaser (lead), a left-aligned caption table, the whole signature in parentheses '(Name, unit)', a price box 'Cập nhật 16/3/2026'")


# ===================================================================== 8 Đảng ủy các cơ quan Đảng tỉnh An Giang: ASP.NET WebForms 4 + UpdatePanel + AjaxControlToolkit; a MEETING; '16:30 | 27/03/2026' + 'Cập nhật: 09:10 | 28/03/2026'; two writers in the author label
A8 = Art("Giao ban công tác xây dựng Đảng quý I năm 2026 Đảng bộ các cơ quan Đảng tỉnh",
         "Chiều 27/3, Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị giao ban công tác xây dựng Đảng quý I, triển khai nhiệm vụ quý II năm 2026. Đồng chí Trần Thị Kim Loan, Bí thư Đảng ủy các cơ quan Đảng tỉnh chủ trì hội nghị.",
         [("p", "Trong quý I, Đảng ủy đã chỉ đạo 42 tổ chức cơ sở đảng trực thuộc tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng với tỷ lệ đảng viên tham gia đạt 98,6%; hướng dẫn các chi bộ xây dựng chương trình hành động thực hiện nghị quyết sát với chức năng, nhiệm vụ của từng cơ quan."),
          ("p", "Công tác phát triển đảng viên được quan tâm, toàn Đảng bộ kết nạp 17 đảng viên mới; chuyển đảng chính thức cho 23 đảng viên. Ủy ban Kiểm tra Đảng ủy đã kiểm tra 6 tổ chức đảng, giám sát chuyên đề 8 tổ chức đảng và 12 đảng viên, qua đó kịp thời nhắc nhở, chấn chỉnh những hạn chế."),
          ("img", "/Uploads/2026/03/giao-ban-quy-1-dbcqd.jpg", "Quang cảnh hội nghị giao ban"),
          ("p", "Các đại biểu tập trung thảo luận về việc nâng cao chất lượng sinh hoạt chi bộ ở các cơ quan sau sắp xếp, việc thực hiện chế độ báo cáo trên phần mềm quản lý đảng viên và công tác chuẩn bị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW."),
          ("p", "Kết luận hội nghị, đồng chí Bí thư Đảng ủy đề nghị các cấp ủy tập trung thực hiện tốt nhiệm vụ quý II, trong đó chú trọng kiểm tra, giám sát việc thực hiện nghị quyết đại hội chi bộ, đảng bộ cơ sở; chuẩn bị chu đáo các hoạt động kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026).")])
AUTH8 = "Ngọc Hân - Thanh Tâm"


def tp(d):
    return f"{hm(d)} | {dmy(d)}"


def page08():
    pub = T("2026-03-27 16:30")
    upd = T("2026-03-28 09:10")
    site = "https://dangbocoquandang.angiang.dcs.vn"
    url = f"{site}/tin-tuc/chi-tiet.aspx?id=2204"
    cp = "MainContent_ucChiTiet"

    def img(s, c, n):
        return f'<div class="img-news"><img src="{s}" alt="" /><div class="img-caption">{esc(c)}</div></div>'

    def main(rng, rl, rd):
        others = "".join(f'<li><a href="{site}/tin-tuc/chi-tiet.aspx?id={rng.randint(2000, 2203)}">{esc(t)}</a> <span class="gray">{tp(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="cat-head"><h2 class="cat-title"><a href="{site}/tin-tuc/hoat-dong-dang-bo.aspx">Hoạt động Đảng bộ</a></h2></div>'
                f'<div id="{cp}_pnlChiTiet" class="chi-tiet"><h1 class="tieu-de"><span id="{cp}_lblTieuDe">{esc(A8.title)}</span></h1>'
                f'<div class="thong-tin"><span id="{cp}_lblNgayDang" class="ngay">{tp(pub)}</span> &nbsp; Cập nhật: <span id="{cp}_lblNgayCapNhat">{tp(upd)}</span></div>'
                f'<div class="sapo"><span id="{cp}_lblTomTat" style="font-weight:bold">{esc(A8.lead)}</span></div>'
                f'<div id="{cp}_divNoiDung" class="noi-dung">{A8.render(p=jp, img=img, sep="")}</div>'
                f'<div class="tac-gia">Tác giả: <span id="{cp}_lblTacGia" style="font-weight:bold">{AUTH8}</span></div>'
                f'<div class="cong-cu"><a id="{cp}_lbtnIn" href="javascript:__doPostBack(\'ctl00$MainContent$ucChiTiet$lbtnIn\',\'\')">In bài</a> <a href="#">Gửi bài</a></div></div>'
                f'<div class="tin-khac"><h3>Các tin đã đưa</h3><ul>{others}</ul></div>')

    def side(rng, pub_):
        a = heads13(rng, 5, avoid=[A8.title])
        b = heads13(rng, 5, avoid=[A8.title] + a)
        tab = lambda ts, ds: "".join(f'<li><a href="#">{esc(t)}</a><br /><span class="gray">{tp(d)}</span></li>' for t, d in zip(ts, ds))
        return (f'<div id="MainContent_tcTin" class="ajax__tab_xp ajax__tab_container ajax__tab_default"><div id="MainContent_tcTin_header" class="ajax__tab_header">'
                f'<span id="__tab_MainContent_tcTin_tpMoi" class="ajax__tab_active"><span class="ajax__tab_outer"><span class="ajax__tab_inner"><span class="ajax__tab_tab">Tin mới</span></span></span></span>'
                f'<span id="__tab_MainContent_tcTin_tpDocNhieu"><span class="ajax__tab_outer"><span class="ajax__tab_inner"><span class="ajax__tab_tab">Đọc nhiều</span></span></span></span></div>'
                f'<div id="MainContent_tcTin_body" class="ajax__tab_body"><div id="MainContent_tcTin_tpMoi" class="ajax__tab_panel"><ul>{tab(a, past(pub_, rng, 5, 0, 9))}</ul></div>'
                f'<div id="MainContent_tcTin_tpDocNhieu" class="ajax__tab_panel" style="display:none;visibility:hidden;"><ul>{tab(b, past(pub_, rng, 5, 3, 30))}</ul></div></div></div>'
                + vb_box(["Chương trình 12-CTr/ĐU thực hiện Nghị quyết Đại hội XIV", "Kế hoạch kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh"], "Văn bản mới", "box-vb")
                + schedule(rng, pub_ + timedelta(days=3), "Lịch công tác tuần", "box-lich"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=4, hours=-8, minutes=-10)
        return f'<div class="title"><img src="/Images/logo-dbcqd-ag.png" alt="Đảng bộ các cơ quan Đảng tỉnh An Giang" /></div><div class="loginDisplay"><span id="lblClock">{tp(now)}</span></div>'

    sm = ('<script type="text/javascript">//<![CDATA[\nSys.WebForms.PageRequestManager._initialize(\'ctl00$ScriptManager1\', \'form1\', [\'tctl00$MainContent$upDetail\',\'MainContent_upDetail\'], [], [], 90, \'ctl00\');\n'
          'Sys.Application.add_init(function(){$create(Sys.Extended.UI.TabContainer,{"activeTabIndex":0,"clientStateField":$get("MainContent_tcTin_ClientState")},null,null,$get("MainContent_tcTin"));});\n//]]></script>')
    head = (og(A8.title, url) + '<link href="/Styles/Site.css" rel="stylesheet" type="text/css" /><script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvhsr" type="text/javascript"></script>'
            '<script src="/ScriptResource.axd?d=AjaxControlToolkit.Common.Common.js" type="text/javascript"></script>')
    return page("s32-08", family="party_bloc_aspnet_webforms4_updatepanel_ajaxcontroltoolkit_meeting_time_first_pipe_update",
                name="angiang-dangbocoquandang-aspnet-webforms4-updatepanel-ajaxcontroltoolkit-tabcontainer-cat-title-h1-lbltieude-hh-mm-pipe-dd-mm-yyyy-cap-nhat-same-shape-bold-lbltomtat-lead-img-caption-tac-gia-two-writers-dash",
                url=url, art=A8, main_fn=main, pub=pub, prefix="upn", kb=190,
                org="Đảng bộ các cơ quan Đảng tỉnh An Giang", addr="Số 1 đường Tôn Đức Thắng, phường Long Xuyên, tỉnh An Giang", phone="0296.3852.319",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "upanel", "head_extra": head, "title": A8.title, "items": MENU_GOV, "form": True, "action": "./chi-tiet.aspx?id=2204", "scripts": sm},
                exp=expected(A8, iso(pub), updated=iso(upd), author="Ngọc Hân, Thanh Tâm", category="Hoạt động Đảng bộ"),
                traps={"bylines": ["Tác giả:"], "chrome": ["In bài", "Gửi bài", "Các tin đã đưa", "Đọc nhiều", "Lịch công tác tuần"], "related": lambda rl: rl[:5]},
                notes="An ordinary quarterly MEETING on the site of an Đảng bộ các cơ quan Đảng tỉnh built on ASP.NET WebForms 4 (Site.Master with a ScriptManager, the item's user control 'ucChiTiet' inside an UpdatePanel 'upDetail', an AjaxControlToolkit TabContainer 'Tin mới / Đọc nhiều' in the sidebar — the second tab's panel hidden until clicked —, one form with a large __VIEWSTATE). Stamps, time FIRST with a pipe: lblNgayDang '16:30 | 27/03/2026' and 'Cập nhật: 09:10 | 28/03/2026' → published 2026-03-27T16:30:00+07:00, updated 2026-03-28T09:10:00+07:00; the header clock (lblClock, the crawl moment) and both tabs print the same shape; the text names the meeting day (27/3) and 19/5/2026. Lead: the bold lblTomTat. Captions: one div.img-caption. Author: the label 'Tác giả:' after the text with TWO writers 'Ngọc Hân - Thanh Tâm' → 'Ngọc Hân, Thanh Tâm', no unit. Category: the section heading h2.cat-title 'Hoạt động Đảng bộ' above the item (the only section label).",
                readme="ASP.NET WebForms 4 with an UpdatePanel around the item and an AjaxControlToolkit TabContainer (a hidden second tab), Đảng ủy các cơ quan Đảng tỉnh, a quarterly MEETING: time-first '16:30 | 27/03/2026' + 'Cập nhật: 09:10 | 28/03/2026' (header clock and tabs in the same shape), bold lblTomTat (lead), a div.img-caption, 'Tác giả: A - B' after the text (two writers), the section h2 as category")


# ===================================================================== 9 Hội CTĐ tỉnh Hà Tĩnh: WordPress + Avada 7; a blood-donation CAMPAIGN; 'Tháng Hai 9th, 2026' (Avada's 'F jS, Y' in vi: an English ordinal suffix), hidden 'updated'; 'Bài: A. Ảnh: B'
A9 = Art("Hơn 600 đơn vị máu được tiếp nhận tại Ngày hội “Xuân hồng” năm 2026",
         None,
         [("p", "Ngày 8/2, tại Nhà văn hóa phường Thành Sen, Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh phối hợp với Bệnh viện Đa khoa tỉnh tổ chức Ngày hội hiến máu tình nguyện “Xuân hồng” năm 2026, thu hút gần 800 người đăng ký tham gia."),
          ("p", "Sau khi khám sàng lọc, Ban Tổ chức tiếp nhận 612 đơn vị máu, trong đó nhiều người hiến máu lần thứ 10, thứ 20. Lượng máu tiếp nhận được bổ sung kịp thời cho ngân hàng máu của bệnh viện, phục vụ cấp cứu, điều trị người bệnh trong dịp trước, trong và sau Tết Nguyên đán Bính Ngọ."),
          ("img", "/wp-content/uploads/2026/02/xuan-hong-2026-1.jpg", "Đoàn viên thanh niên đăng ký hiến máu tại Ngày hội"),
          ("p", "Anh Phan Văn Hậu, giáo viên ở xã Cẩm Xuyên, người có 24 lần hiến máu chia sẻ: “Mỗi mùa xuân đi hiến máu là một niềm vui. Mình khỏe mạnh thì chia sẻ giọt máu cho người bệnh, vừa giúp người vừa tự kiểm tra sức khỏe cho bản thân”."),
          ("p", "Dịp này, Hội Chữ thập đỏ tỉnh tặng giấy khen cho 15 cá nhân tiêu biểu có từ 20 lần hiến máu trở lên và trao 30 suất quà cho người bệnh nghèo đang điều trị dài ngày tại bệnh viện."),
          ("img", "/wp-content/uploads/2026/02/xuan-hong-2026-2.jpg", "Lãnh đạo Hội Chữ thập đỏ tỉnh tặng giấy khen cho người hiến máu tiêu biểu"),
          ("p", "Năm 2025, toàn tỉnh tổ chức 46 đợt hiến máu tình nguyện, tiếp nhận hơn 16.300 đơn vị máu, vượt 8% kế hoạch.")])
BY9 = "Bài: Thanh Hà. Ảnh: Minh Đức"
VI_MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


def avada(d):
    """WordPress 'F jS, Y' under the vi locale: the month name is translated, the English ordinal suffix is not."""
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{VI_MONTHS[d.month - 1]} {d.day}{sfx}, {d.year}"


def page09():
    pub = T("2026-02-09 10:42:18")
    site = "https://chuthaphatinh.org.vn"
    url = f"{site}/hon-600-don-vi-mau-duoc-tiep-nhan-tai-ngay-hoi-xuan-hong-nam-2026/"

    def img(s, c, n):
        return (f'<div class="fusion-image-element" style="text-align:center;"><span class="fusion-imageframe imageframe-none imageframe-{n} hover-type-none"><img decoding="async" width="900" height="600" src="{site}{s}" alt="" class="img-responsive wp-image-{4410 + n}" /></span>'
                f'<div class="awb-imageframe-caption-container"><div class="awb-imageframe-caption"><p class="awb-imageframe-caption-text">{esc(c)}</p></div></div></div>')

    def main(rng, rl, rd):
        rel = "".join(f'<li class="fusion-carousel-item"><div class="fusion-carousel-item-wrapper"><h4 class="fusion-carousel-title"><a href="{site}/{slug(t)}/">{esc(t)}</a></h4><div class="fusion-carousel-meta"><span class="fusion-date">{avada(d)}</span></div></div></li>' for t, d in zip(rl[:4], rd))
        return (f'<article id="post-4410" class="post post-4410 type-post status-publish format-standard has-post-thumbnail hentry category-tin-hoat-dong">'
                f'<div class="fusion-flexslider flexslider fusion-flexslider-loading post-slideshow fusion-post-slideshow"><ul class="slides"><li><img src="{site}/wp-content/uploads/2026/02/xuan-hong-2026-cover.jpg" alt="" /></li></ul></div>'
                f'<h2 class="entry-title fusion-post-title">{esc(A9.title)}</h2>'
                f'<div class="post-content">{A9.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}<p style="text-align: right;"><em>{esc(BY9)}</em></p></div>'
                f'<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">Bởi <span class="vcard"><span class="fn"><a href="{site}/author/hoictd/" title="Đăng bởi hoictd" rel="author">hoictd</a></span></span>'
                f'<span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">2026-02-10T07:12:44+07:00</span><span>{avada(pub)}</span><span class="fusion-inline-sep">|</span>'
                f'<a href="{site}/category/tin-hoat-dong/" rel="category tag">Tin hoạt động</a><span class="fusion-inline-sep">|</span><span class="fusion-comments"><a href="#respond">0 Bình luận</a></span></div></div>'
                f'<div class="fusion-sharing-box fusion-theme-sharing-box"><h4>Chia sẻ bài viết</h4><a href="#">Facebook</a> <a href="#">Zalo</a></div>'
                f'<section class="related-posts single-related-posts"><div class="fusion-title"><h3 class="title-heading-left">Bài viết liên quan</h3></div><ul class="fusion-carousel-holder">{rel}</ul></section>'
                f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p></form></div></article>')

    crumbs = (f'<nav class="fusion-breadcrumbs awb-yoast-breadcrumbs" aria-label="Breadcrumb"><ol class="awb-breadcrumb-list"><li class="fusion-breadcrumb-item awb-breadcrumb-sep"><a href="{site}" class="fusion-breadcrumb-link"><span>Trang chủ</span></a></li>'
              f'<li class="fusion-breadcrumb-item awb-breadcrumb-sep"><a href="{site}/category/tin-hoat-dong/" class="fusion-breadcrumb-link"><span>Tin hoạt động</span></a></li>'
              f'<li class="fusion-breadcrumb-item" aria-current="page"><span class="breadcrumb-leaf">{esc(A9.title)}</span></li></ol></nav>')

    def side(rng, pub_):
        ts = heads13(rng, 5, avoid=[A9.title])
        li = "".join(f'<li><a href="{site}/{slug(t)}/">{esc(t)}</a> <span class="post-date">{avada(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 20)))
        return (f'<section id="recent-posts-3" class="widget widget_recent_entries"><div class="heading"><h4 class="widget-title">Bài viết mới</h4></div><ul>{li}</ul></section>'
                '<section id="text-4" class="widget widget_text"><div class="heading"><h4 class="widget-title">Lịch hiến máu</h4></div><div class="textwidget"><p>Chủ nhật Đỏ 2026: ngày 01/3/2026 tại Trường Đại học Hà Tĩnh.</p><p>Hành trình Đỏ: tháng 7/2026.</p></div></section>'
                '<section id="text-5" class="widget widget_text"><div class="heading"><h4 class="widget-title">Tài khoản ủng hộ</h4></div><div class="textwidget"><p>STK 5201 0000 123456 - Hội Chữ thập đỏ tỉnh Hà Tĩnh - BIDV Hà Tĩnh</p></div></section>')

    def left(rng, pub_):
        now = pub_ + timedelta(days=5, hours=-2)
        return f'<div class="fusion-alignleft"><div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">0239.3855.214</span> | Hà Tĩnh, {wd(now)} {dmy(now)}</div></div>'

    def top(rng, pub_):
        return '<a class="fusion-logo-link" href="/"><img src="/wp-content/uploads/2025/06/logo-hoi-chu-thap-do-ha-tinh.png" alt="Hội Chữ thập đỏ tỉnh Hà Tĩnh Logo" class="fusion-standard-logo" /></a>'

    head = (og(A9.title, url, {"article:published_time": "2026-02-09T03:42:18+00:00", "article:modified_time": "2026-02-10T00:12:44+00:00"})
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A9.title, "datePublished": "2026-02-09T10:42:18+07:00", "dateModified": "2026-02-10T07:12:44+07:00", "author": {"name": "hoictd"}}]})
            + "<style>.rich-snippet-hidden{display:none;}</style><link rel='stylesheet' id='fusion-dynamic-css-css' href='/wp-content/uploads/fusion-styles/7b2a11e4.min.css?ver=3.11.10' type='text/css' media='all' />"
            + '<meta name="generator" content="Avada 7.11.10" />')
    return page("s32-09", family="red_cross_wp_avada7_blood_donation_month_name_ordinal_suffix_bai_period_anh",
                name="hatinh-hoictd-wordpress-avada7-page-title-bar-crumbs-ending-in-headline-h2-fusion-post-title-no-lead-awb-imageframe-captions-meta-after-text-thang-hai-9th-yyyy-hidden-updated-bai-period-anh-credit",
                url=url, art=A9, main_fn=main, pub=pub, prefix="avada", kb=210,
                org="Hội Chữ thập đỏ tỉnh Hà Tĩnh", addr="Số 68 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.214",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "avada", "head_extra": head, "title": A9.title + " – Hội Chữ thập đỏ tỉnh Hà Tĩnh", "items": MENU_MASS, "left": left, "charset_meta": False,
                          "body_cls": "post-template-default single single-post postid-4410 single-format-standard fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat avada-ec-not-78 layout-wide-mode avada-has-rev-slider-styles fusion-top-header menu-text-align-center"},
                exp=expected(A9, isod(pub), author="Thanh Hà", photographer="Minh Đức", category="Tin hoạt động", lead=None),
                traps={"bylines": [BY9], "account": ["hoictd"], "hidden_updated": ["2026-02-10T07:12:44+07:00"], "chrome": ["0 Bình luận", "Chia sẻ bài viết", "Bài viết liên quan", "Để lại một bình luận", "Lịch hiến máu", "Chủ nhật Đỏ 2026", "Tài khoản ủng hộ"], "related": lambda rl: rl[:4]},
                notes="An ordinary blood-donation CAMPAIGN item on a provincial Red Cross's WordPress site built with Avada 7 (ThemeFusion: a page title bar holding the Yoast-style crumbs, the post's h2.entry-title.fusion-post-title, div.post-content, Fusion image elements with awb-imageframe captions, the meta info AFTER the text, a related-posts carousel). The meta: 'Bởi hoictd | Tháng Hai 9th, 2026 | Tin hoạt động | 0 Bình luận' — Avada's default 'F jS, Y' under the vi locale: the month name translated ('Tháng Hai' = February), the English ordinal suffix 'th' kept → '2026-02-09', DATE ONLY (og's and JSON-LD's 10:42:18 are metadata, not added: set 25, MAJORITY). Avada also writes span.updated.rich-snippet-hidden '2026-02-10T07:12:44+07:00' for microformats, hidden by the page's own CSS (.rich-snippet-hidden{display:none}) → no update stamp (set 29): updated null. 'Bài viết mới' prints the same month-name shape; the top bar prints the crawl day; the sidebar names the next events (01/3/2026, tháng 7/2026); the text names the event day (8/2). No sapo: lead null; the body is every paragraph. Captions: two awb-imageframe-caption-text paragraphs (the cover slideshow has none). Byline: italic right 'Bài: Thanh Hà. Ảnh: Minh Đức' — credits separated by a PERIOD → author 'Thanh Hà', photographer 'Minh Đức' (NEW (set 32)); 'hoictd' is an account. Category: the crumb ends in the headline → 'Tin hoạt động' (also the meta's category link).",
                readme="WordPress + Avada 7 (page title bar crumbs ending in the headline, h2.fusion-post-title, meta after the text), Hội CTĐ tỉnh, a blood-donation CAMPAIGN: 'Tháng Hai 9th, 2026' (vi month name + English ordinal suffix, date only), a CSS-hidden span.updated (no update), no sapo, awb-imageframe captions, 'Bài: A. Ảnh: B' (credits split by a period), an account 'hoictd'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
