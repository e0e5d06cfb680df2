"""Set 19 pages 1-9: a random, realistic sample weighted toward the provincial Party system's everyday sites (Huyện ủy,
Thành ủy, Thị ủy, Đảng ủy xã, Đảng ủy Khối Doanh nghiệp, Ban Tuyên giáo, Ban Dân vận, UBKT, Ban Tổ chức) on the vendors'
portal products, with the variety weighted toward bylines and units; pages 3, 6 and 7 carry one TWIST each (a reader's
letter signed 'Bạn đọc Name (home address)', a book-information table with a 'Tác giả:' row inside the text, a unit
abbreviation expanded only in an <abbr title>)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb


def head_top(cls, logo, alt, days=1, hours=0, style="weekday", tick="Tin mới", fmt=dmy, extra=""):
    def top(rng, pub):
        today = pub + timedelta(days=days, hours=hours)
        return (f'<div class="{cls}-banner"><img src="{logo}" alt="{esc(alt, True)}" />{clock(today, style, cls + "-today")}</div>{extra}'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], fmt, tick, cls + "-ticker"))
    return top


# ===================================================================== 1 Huyện ủy Lục Yên (Yên Bái): Viettel portal, 'ThS. Name - unit' BEFORE the sapo
A1 = Art("Lục Yên: Lan tỏa mô hình “Mỗi chi bộ một việc làm theo Bác”",
         "Sau hơn hai năm triển khai, mô hình “Mỗi chi bộ một việc làm theo Bác” đã được 96/96 chi bộ trực thuộc Đảng bộ huyện Lục Yên đăng ký thực hiện, với 214 việc làm cụ thể gắn với nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị.",
         [("p", "Mô hình được Ban Thường vụ Huyện ủy chỉ đạo thực hiện từ năm 2022, nhằm cụ thể hóa Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Mỗi chi bộ lựa chọn ít nhất một việc làm thiết thực, dễ kiểm tra, đánh giá; đưa vào nghị quyết chi bộ và kiểm điểm hằng tháng."),
          ("img", "/Uploads/images/2024/10/chi-bo-thon-khe-ca-lam-duong.jpg", "Đảng viên Chi bộ thôn Khe Ca, xã Tân Lĩnh cùng nhân dân làm đường bê tông nội thôn"),
          ("p", "Ở Chi bộ thôn Khe Ca, xã Tân Lĩnh, việc làm được chọn là “Đảng viên đi đầu hiến đất làm đường”. Trong năm 2024, 17 hộ đảng viên đã hiến hơn 1.200 m² đất, vận động thêm 42 hộ dân cùng tham gia, hoàn thành 2,3 km đường bê tông nội thôn."),
          ("p", "Tại Chi bộ Trường Tiểu học Yên Thế, các đảng viên nhận kèm cặp học sinh có hoàn cảnh khó khăn, duy trì tủ sách “Đọc sách theo gương Bác” với hơn 1.500 đầu sách do giáo viên, phụ huynh quyên góp."),
          ("img", "/Uploads/images/2024/10/tu-sach-theo-guong-bac.jpg", "Tủ sách “Đọc sách theo gương Bác” tại Trường Tiểu học Yên Thế"),
          ("p", "Theo đánh giá của Ban Tuyên giáo Huyện ủy, mô hình đã góp phần nâng cao chất lượng sinh hoạt chi bộ, tạo sự chuyển biến rõ nét về tác phong, lề lối làm việc của cán bộ, đảng viên. Thời gian tới, huyện tiếp tục biểu dương, nhân rộng những việc làm hay, cách làm sáng tạo của các chi bộ.")])


def page01():
    pub = T("2024-10-19 08:30")

    def main(rng, rl, rd):
        body = A1.render(p=jp, img=lambda s, c, n: f'<div class="vt-img"><img src="{s}" alt="" style="max-width:100%" /><div class="vt-img-caption">{esc(c)}</div></div>')
        return (f'<div class="vt-article"><h1 class="vt-article-title">{esc(A1.title)}</h1>'
                f'<div class="vt-article-date"><i class="fa fa-calendar"></i> Thứ Bảy, 19/10/2024 | 08:30</div>'
                f'<div class="vt-article-author"><span>ThS. Đỗ Thị Thu Hà - Trung tâm Chính trị huyện Lục Yên</span></div>'
                f'<div class="vt-article-sapo"><b>{esc(A1.lead)}</b></div>'
                f'<div class="vt-article-content">{body}</div>'
                f'<div class="vt-article-tool">{share("vt-share")}</div>'
                f'<div class="vt-article-other"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/hoc-tap-va-lam-theo-bac/mo-hinh-hay/{s}-{n}", cls="vt-other")}</div></div>')

    crumbs = ('<div class="vt-breadcrumb"><a href="/">Trang chủ</a> <span>&gt;</span> <a href="/hoc-tap-va-lam-theo-bac">Học tập và làm theo Bác</a> '
              '<span>&gt;</span> <a href="/hoc-tap-va-lam-theo-bac/mo-hinh-hay" class="active">Mô hình hay</a></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin đọc nhiều", fmt=lambda d: dmy(d), cls="vt-hot")
                + schedule(rng, pub + timedelta(days=2), "Lịch công tác tuần của Thường trực Huyện ủy", "vt-lich")
                + poll("Đồng chí đánh giá thế nào về chất lượng sinh hoạt chi bộ ở địa phương?", ["Tốt", "Khá", "Trung bình", "Chưa đạt yêu cầu"])
                + links_box(["Tỉnh ủy Yên Bái", "Báo Yên Bái", "Cổng TTĐT tỉnh Yên Bái", "UBND huyện Lục Yên"]))
    url = "https://lucyen.yenbai.dcs.vn/hoc-tap-va-lam-theo-bac/mo-hinh-hay/luc-yen-lan-toa-mo-hinh-moi-chi-bo-mot-viec-lam-theo-bac-8124"
    head = (og(A1.title, url, {"article:section": "Học tập và làm theo Bác", "article:published_time": "2024-10-19T08:30:00+07:00", "og:description": A1.lead})
            + '<meta name="generator" content="Viettel Portal 3.0" />')
    return page("s19-01", family="district_party_viettel_portal_ths_name_dash_unit_before_sapo",
                name="yenbai-lucyen-huyenuy-viettel-portal-crumb-gt-mo-hinh-hay-thu-bay-dd-mm-yyyy-pipe-hh-mm-byline-ths-name-dash-trung-tam-chinh-tri-between-date-and-sapo-bold-sapo-div-caption",
                url=url, art=A1, main_fn=main, pub=pub, prefix="vt", kb=170,
                org="Huyện ủy Lục Yên", addr="Tổ dân phố 5, thị trấn Yên Thế, huyện Lục Yên, tỉnh Yên Bái", phone="0216.3844.125",
                crumbs=crumbs, top=head_top("vt", "/Portals/huyenuy/banner-luc-yen.png", "Huyện ủy Lục Yên", days=2, hours=1), side=side,
                shell_kw={"layout": "bootstrap", "form": True, "head_extra": head, "title": A1.title + " - Huyện ủy Lục Yên"},
                exp=expected(A1, iso(pub), author="ThS. Đỗ Thị Thu Hà", unit="Trung tâm Chính trị huyện Lục Yên", category="Mô hình hay"),
                traps={"bylines": ["ThS. Đỗ Thị Thu Hà - Trung tâm Chính trị huyện Lục Yên"],
                       "chrome": ["Tin cùng chuyên mục", "Lịch công tác tuần của Thường trực Huyện ủy", "Tin đọc nhiều"], "related": lambda rl: rl[:4]},
                notes="Viettel portal (ASP.NET, ViewState) of a Huyện ủy. The byline 'ThS. Đỗ Thị Thu Hà - Trung tâm Chính trị huyện Lục Yên' sits BETWEEN the date and the sapo (before the lead) → author 'ThS. Đỗ Thị Thu Hà' (academic degree kept), unit 'Trung tâm Chính trị huyện Lục Yên'; it is not the first line of the lead. 'Thứ Bảy, 19/10/2024 | 08:30'. Bold sapo = lead. Captions in div.vt-img-caption. Crumb 'Trang chủ > Học tập và làm theo Bác > Mô hình hay' → 'Mô hình hay' (og section is the parent). The last paragraph begins 'Theo đánh giá của Ban Tuyên giáo Huyện ủy' — a sentence of the text.",
                readme="Viettel portal Huyện ủy: 'ThS. Name - Trung tâm Chính trị huyện …' between the date and the sapo (before the lead), 'Thứ Bảy, dd/mm/yyyy | HH:MM', bold sapo, div captions, crumb 'Mô hình hay' vs og parent, ViewState")


# ===================================================================== 2 Thành ủy Tuy Hòa (Phú Yên): Joomla 4, two writers joined with 'và' + one unit in brackets that contains commas
A2 = Art("Thành ủy Tuy Hòa sơ kết 5 năm thực hiện Kết luận số 01-KL/TW",
         None,
         [("p", "Chiều 20/10, Ban Thường vụ Thành ủy Tuy Hòa tổ chức hội nghị sơ kết 5 năm thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW. Đồng chí Trần Quốc Việt, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố chủ trì hội nghị."),
          ("p", "Báo cáo sơ kết nêu rõ, việc học tập và làm theo Bác đã được các cấp ủy, tổ chức đảng trong Đảng bộ thành phố đưa vào chương trình công tác toàn khóa và kế hoạch hằng năm. 100% cơ quan, đơn vị xây dựng chuẩn mực đạo đức, tác phong cán bộ, đảng viên gắn với chức trách, nhiệm vụ."),
          ("img", "/images/2024/10/so-ket-ket-luan-01-tuy-hoa.jpg", "Đồng chí Trần Quốc Việt, Phó Bí thư Thường trực Thành ủy phát biểu kết luận hội nghị"),
          ("p", "Trong 5 năm, thành phố có 218 tập thể, 436 cá nhân được các cấp khen thưởng trong học tập và làm theo Bác; nhiều mô hình hay như “Phường văn minh, thân thiện”, “Tuyến phố không rác”, “Bữa cơm nghĩa tình” được nhân dân đồng tình hưởng ứng."),
          ("p", "Phát biểu kết luận, đồng chí Trần Quốc Việt đề nghị các cấp ủy tiếp tục đổi mới nội dung, hình thức học tập, gắn với chỉnh đốn Đảng và công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; kịp thời phát hiện, biểu dương những điển hình tiên tiến ở cơ sở."),
          ("img", "/images/2024/10/khen-thuong-tap-the-tuy-hoa.jpg", "Khen thưởng các tập thể có thành tích tiêu biểu")])


def page02():
    pub, upd = T("2024-10-20 16:20"), T("2024-10-21 07:55")

    def main(rng, rl, rd):
        body = A2.render(img=lambda s, c, n: f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" width="800" height="533" loading="lazy"><figcaption>{esc(c)}</figcaption></figure>')
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A2.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dt class="article-info-term">Thông tin bài viết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Người đăng: <span itemprop="name">bbt.thanhuy</span></dd>'
                f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/index.php/xay-dung-dang/hoc-tap-lam-theo-bac" itemprop="genre">Học tập và làm theo Bác</a></dd>'
                f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="2024-10-20T16:20:00+07:00" itemprop="datePublished">Ngày đăng: 20/10/2024 16:20</time></dd>'
                f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="2024-10-21T07:55:00+07:00" itemprop="dateModified">Lần sửa cuối: 21/10/2024 07:55</time></dd>'
                f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> Lượt xem: 512</dd></dl>'
                f'<div itemprop="articleBody" class="com-content-article__body">{body}'
                f'<p style="text-align: right;"><em>Lê Thu Hà và Nguyễn Minh Đức (Trung tâm Văn hóa, Thể thao và Truyền thông thành phố)</em></p></div>'
                f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev">Trước</a> <a class="btn btn-sm btn-secondary next" href="#" rel="next">Tiếp</a></span></nav></div>'
                f'<div class="moduletable"><h3>Tin cùng danh mục</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/index.php/xay-dung-dang/{s}", cls="mod-articles-category")}</div>')

    crumbs = ('<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
              '<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php/xay-dung-dang" class="pathway"><span itemprop="name">Xây dựng Đảng</span></a></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php/xay-dung-dang/hoc-tap-lam-theo-bac" class="pathway"><span itemprop="name">Học tập và làm theo Bác</span></a></li>'
              f'<li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{esc(A2.title)}</span></li></ol>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới nhất", fmt=lambda d: dmy(d) + " " + hm(d), cls="mod-latest")
                + vb_box(["Kế hoạch số 245-KH/TU ngày 08/10/2024 của Ban Thường vụ Thành ủy", "Hướng dẫn số 19-HD/TU về đại hội chi bộ trực thuộc"], head="Văn bản Thành ủy"))
    url = "https://thanhuytuyhoa.phuyen.dcs.vn/index.php/xay-dung-dang/hoc-tap-lam-theo-bac/1842-thanh-uy-tuy-hoa-so-ket-5-nam-thuc-hien-ket-luan-so-01-kl-tw"
    head = og(A2.title, url, {"og:site_name": "Thành ủy Tuy Hòa"}) + '<meta name="generator" content="Joomla! - Open Source Content Management" />'
    return page("s19-02", family="city_party_joomla4_two_writers_va_one_unit_with_commas",
                name="phuyen-tuyhoa-thanhuy-joomla4-cassiopeia-article-info-nguoi-dang-account-danh-muc-ngay-dang-time-datetime-lan-sua-cuoi-crumb-title-level-no-lead-figcaption-italic-a-va-b-paren-trung-tam-vh-tt-tt-commas",
                url=url, art=A2, main_fn=main, pub=pub, prefix="tuh", kb=120,
                org="Thành ủy Tuy Hòa", addr="Số 01 đường Lê Thánh Tôn, phường 7, TP Tuy Hòa, tỉnh Phú Yên", phone="0257.3823.617",
                crumbs=crumbs, top=head_top("tuh", "/images/banner/thanh-uy-tuy-hoa.png", "Thành ủy Tuy Hòa", days=1, hours=-6), side=side,
                shell_kw={"layout": "joomla", "head_extra": head, "title": A2.title + " - Thành ủy Tuy Hòa"},
                exp=expected(A2, iso(pub), updated=iso(upd), author="Lê Thu Hà, Nguyễn Minh Đức", unit="Trung tâm Văn hóa, Thể thao và Truyền thông thành phố", category="Học tập và làm theo Bác"),
                traps={"accounts": ["bbt.thanhuy"], "bylines": ["Lê Thu Hà và Nguyễn Minh Đức (Trung tâm Văn hóa, Thể thao và Truyền thông thành phố)"],
                       "chrome": ["Tin cùng danh mục", "Văn bản Thành ủy", "Lượt xem: 512"], "related": lambda rl: rl[:4]},
                notes="Joomla 4 (Cassiopeia) article of a Thành ủy. article-info: 'Người đăng: bbt.thanhuy' (the site account, not an author), 'Danh mục: Học tập và làm theo Bác' (= category, label dropped; the crumb agrees, its last level is the article title itself), 'Ngày đăng: 20/10/2024 16:20' and 'Lần sửa cuối: 21/10/2024 07:55' (both visible, with agreeing +07:00 datetimes) → published + updated. No sapo → lead null. Italic right foot byline 'Lê Thu Hà và Nguyễn Minh Đức (Trung tâm Văn hóa, Thể thao và Truyền thông thành phố)' → author 'Lê Thu Hà, Nguyễn Minh Đức' ('và' joins the two writers), one shared unit whose name itself contains commas — it is one unit, kept whole.",
                readme="Joomla 4 Thành ủy: 'Người đăng' account, 'Danh mục:' category, 'Ngày đăng' + 'Lần sửa cuối' with agreeing datetimes, crumb ending in the title, no lead, 'A và B (one unit whose name contains commas)'")


# ===================================================================== 3 Thị ủy Ba Đồn (Quảng Bình): WordPress, reader's letter signed 'Bạn đọc Name (home address)' (TWIST)
A3 = Art("Mong sớm sửa chữa tuyến đường liên tổ dân phố ở phường Quảng Thuận",
         None,
         [("p", "Kính gửi Ban Biên tập Trang thông tin điện tử Thị ủy Ba Đồn,"),
          ("p", "Tuyến đường liên tổ dân phố nối tổ dân phố Tân Mỹ với tổ dân phố Thuận Bắc, phường Quảng Thuận dài khoảng 1,6 km, được bê tông hóa từ năm 2012. Sau nhiều mùa mưa lũ, đến nay mặt đường đã xuống cấp nghiêm trọng, nhiều đoạn bong tróc, sụt lún thành ổ gà sâu 20 - 30 cm."),
          ("img", "/wp-content/uploads/2024/10/duong-lien-to-quang-thuan.jpg", "Một đoạn đường liên tổ dân phố Tân Mỹ - Thuận Bắc bị sụt lún"),
          ("p", "Đây là tuyến đường chính để hơn 400 hộ dân đi lại, vận chuyển nông sản và là đường đến trường của học sinh Trường Tiểu học Quảng Thuận. Những ngày mưa, nước đọng thành vũng, xe máy đi qua rất dễ trượt ngã; đã có một số vụ va quẹt, may chưa gây thiệt hại về người."),
          ("p", "Người dân chúng tôi sẵn sàng đóng góp ngày công, vật liệu tại chỗ. Kính mong Thị ủy, UBND thị xã và phường Quảng Thuận quan tâm, sớm bố trí kinh phí sửa chữa tuyến đường trước mùa mưa lũ năm nay để bà con yên tâm đi lại."),
          ("p", "Xin trân trọng cảm ơn!")])


def page03():
    pub = T("2024-10-19 09:12")

    def main(rng, rl, rd):
        body = A3.render(img=lambda s, c, n: f'<div id="attachment_{3300 + n}" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{3300 + n}" decoding="async" class="wp-image-{3300 + n} size-full" src="{s}" alt="" width="800" height="600" /><p id="caption-attachment-{3300 + n}" class="wp-caption-text">{esc(c)}</p></div>')
        cm = comments([("Trần Thị Hạnh", "19/10/2024 lúc 20:14", "Đúng vậy, đoạn gần nhà văn hóa Tân Mỹ đi rất nguy hiểm, mong sớm được sửa."),
                       ("Lê Văn Quý", "20/10/2024 lúc 06:32", "Tôi ở Thuận Bắc, xin góp 5 ngày công.")], head="Bình luận", cls="comment-list")
        return (f'<article id="post-3312" class="post-3312 post type-post status-publish format-standard hentry category-y-kien-ban-doc">'
                f'<header class="entry-header"><div class="entry-cats"><a href="/chuyen-muc/y-kien-ban-doc/" rel="category tag">Ý kiến bạn đọc</a></div>'
                f'<h1 class="entry-title">{esc(A3.title)}</h1>'
                f'<div class="entry-meta"><span class="posted-on">Đăng ngày <time class="entry-date published updated" datetime="2024-10-19T09:12:00+07:00">19/10/2024 lúc 09:12</time></span>'
                f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/bbt-thiuy/">bbt-thiuy</a></span></span></div></header>'
                f'<div class="entry-content">{body}'
                f'<p style="text-align: right;"><strong>Bạn đọc Nguyễn Văn Lợi (tổ dân phố Tân Mỹ, phường Quảng Thuận)</strong></p></div>'
                f'<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/tag/giao-thong/" rel="tag">giao thông</a>, <a href="/tag/quang-thuan/" rel="tag">Quảng Thuận</a></span></footer></article>'
                f'<div class="related-posts"><h3 class="related-title">Bài viết cùng chuyên mục</h3>{rel(rng, rl, rd, None, href="/{s}/", cls="related-list")}</div>{cm}')

    crumbs = ('<nav class="yoast-breadcrumb" aria-label="breadcrumb"><span><span><a href="/">Trang chủ</a></span> » <span><a href="/chuyen-muc/y-kien-ban-doc/">Ý kiến bạn đọc</a></span> » '
              f'<span class="breadcrumb_last" aria-current="page">{esc(A3.title)}</span></span></nav>')

    def side(rng, pub):
        return (side_std(rng, pub, "Bài viết mới", fmt=lambda d: dmy(d), cls="widget_recent_entries")
                + '<section class="widget widget_text"><h2 class="widget-title">Gửi ý kiến</h2><div class="textwidget"><p>Bạn đọc gửi phản ánh, kiến nghị về hộp thư: thiuybadon@quangbinh.gov.vn</p></div></section>'
                + links_box(["Tỉnh ủy Quảng Bình", "Báo Quảng Bình", "UBND thị xã Ba Đồn"], head="Liên kết"))
    url = "https://thiuybadon.quangbinh.dcs.vn/mong-som-sua-chua-tuyen-duong-lien-to-dan-pho-o-phuong-quang-thuan/"
    head = (og(A3.title, url, {"article:published_time": "2024-10-19T02:12:00+00:00", "article:section": "Ý kiến bạn đọc", "og:site_name": "Thị ủy Ba Đồn"})
            + '<meta name="generator" content="WordPress 6.6.1" />'
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A3.title, "datePublished": "2024-10-19T02:12:00+00:00", "author": {"@type": "Person", "name": "bbt-thiuy"}}]}))
    return page("s19-03", family="town_party_wp_reader_letter_ban_doc_name_paren_home_address",
                name="quangbinh-badon-thiuy-wordpress-entry-cats-y-kien-ban-doc-yoast-crumb-title-last-dang-ngay-dd-mm-yyyy-luc-hh-mm-time-agrees-account-no-lead-wp-caption-bold-ban-doc-name-paren-to-dan-pho-phuong-comments",
                url=url, art=A3, main_fn=main, pub=pub, prefix="tba", kb=105,
                org="Thị ủy Ba Đồn", addr="Số 10 đường Hùng Vương, phường Ba Đồn, thị xã Ba Đồn, tỉnh Quảng Bình", phone="0232.3512.026",
                top=lambda rng, pub: '<div class="site-branding"><p class="site-title"><a href="/" rel="home">Thị ủy Ba Đồn</a></p><p class="site-description">Trang thông tin điện tử Đảng bộ thị xã Ba Đồn</p></div>',
                crumbs=crumbs, side=side, shell_kw={"layout": "wp", "head_extra": head, "title": A3.title + " – Thị ủy Ba Đồn"},
                exp=expected(A3, iso(pub), author="Nguyễn Văn Lợi", category="Ý kiến bạn đọc"),
                traps={"accounts": ["bbt-thiuy"], "bylines": ["Bạn đọc Nguyễn Văn Lợi (tổ dân phố Tân Mỹ, phường Quảng Thuận)"],
                       "chrome": ["Bài viết cùng chuyên mục", "Gửi ý kiến", "Thẻ:"], "comments": ["Tôi ở Thuận Bắc, xin góp 5 ngày công."], "related": lambda rl: rl[:4]},
                notes="TWIST: a reader's letter in the 'Ý kiến bạn đọc' section, signed in bold at the end 'Bạn đọc Nguyễn Văn Lợi (tổ dân phố Tân Mỹ, phường Quảng Thuận)'. 'Bạn đọc' (reader) is a status, dropped like 'CTV'; the bracket holds the writer's HOME ADDRESS, not an organisation he writes for → author 'Nguyễn Văn Lợi', author_unit null. A reader applying 'Name (…)' → unit mechanically would record the address as a unit. WordPress: 'Đăng ngày 19/10/2024 lúc 09:12' with an agreeing +07:00 <time>; 'bởi bbt-thiuy' is the account. Category chip 'Ý kiến bạn đọc' (Yoast crumb agrees; its last level is the title). The letter's salutation and closing are part of the text (body); no sapo → lead null.",
                readme="TWIST reader's letter signed 'Bạn đọc Name (tổ dân phố …, phường …)' → author, unit null (a home address is not a unit); WordPress Thị ủy, 'Đăng ngày dd/mm/yyyy lúc HH:MM', account, category chip + Yoast crumb, no lead, comments")


# ===================================================================== 4 Đảng ủy xã Tùng Bá (Hà Giang): NukeViet 4.4 sub-site, 'CN, dd/mm/yyyy - HH:MM', 'Name - CTV'
A4 = Art("Đảng ủy xã Tùng Bá tổ chức hội nghị tiếp xúc, đối thoại với nhân dân",
         "Ngày 20/10, Đảng ủy xã Tùng Bá tổ chức hội nghị tiếp xúc, đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với hơn 120 đại biểu là người có uy tín, trưởng thôn và đại diện nhân dân 11 thôn trên địa bàn.",
         [("p", "Tại hội nghị, nhân dân đã nêu 14 ý kiến, kiến nghị tập trung vào các nội dung: sửa chữa đường giao thông thôn Khuổi Kẹn, hỗ trợ giống cây ăn quả cho vùng đất dốc, cấp giấy chứng nhận quyền sử dụng đất và chính sách đối với hộ cận nghèo."),
          ("img", "/uploads/tungba/2024_10/hoi-nghi-doi-thoai-tung-ba.jpg", "Quang cảnh hội nghị đối thoại tại hội trường UBND xã Tùng Bá"),
          ("p", "Đồng chí Hoàng Văn Chung, Bí thư Đảng ủy xã và lãnh đạo UBND xã đã trực tiếp trả lời, làm rõ từng ý kiến. Đối với những kiến nghị vượt thẩm quyền, Đảng ủy xã giao bộ phận chuyên môn tổng hợp, báo cáo cấp trên xem xét, giải quyết."),
          ("p", "Kết luận hội nghị, đồng chí Bí thư Đảng ủy xã đề nghị các chi bộ, thôn tiếp tục phát huy dân chủ ở cơ sở, kịp thời nắm bắt tâm tư, nguyện vọng của nhân dân; các ý kiến đã tiếp thu phải có địa chỉ, thời hạn giải quyết cụ thể và thông báo công khai tại nhà văn hóa thôn.")])


def page04():
    pub = T("2024-10-20 16:05")

    def main(rng, rl, rd):
        body = A4.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img alt="{esc(c, True)}" height="450" src="{s}" width="680" /></p><p style="text-align:center"><span style="font-size:12px"><em>{esc(c)}</em></span></p>')
        older = "".join(f'<li><a href="/tungba/news/tin-hoat-dong/{slug(t)}-{400 + i}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for i, (t, d) in enumerate(zip(rl, rd)))
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A4.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">CN, 20/10/2024 - 16:05</span> <span class="h5 text-muted">| Đã xem: 143</span></div></div>'
                f'<div class="clearfix"><div class="hometext m-bottom">{esc(A4.lead)}</div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Hoàng Yến - CTV</strong></p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>')

    crumbs = ('<ul class="breadcrumbs list-none"><li><a href="/tungba/"><span>Trang chủ</span></a></li><li><a href="/tungba/news/"><span>Tin tức</span></a></li>'
              '<li><a href="/tungba/news/tin-hoat-dong/"><span>Tin hoạt động</span></a></li></ul>')

    def left(rng, pub):
        return ('<div class="tb-menu-left"><h3>Đảng ủy xã Tùng Bá</h3><ul><li><a href="#">Giới thiệu chung</a></li><li><a href="#">Ban Chấp hành Đảng bộ</a></li>'
                '<li class="active"><a href="#">Tin hoạt động</a></li><li><a href="#">Văn bản của Đảng ủy</a></li><li><a href="#">Sinh hoạt chi bộ</a></li></ul></div>'
                '<div class="tb-contact"><h3>Liên hệ</h3><p>Văn phòng Đảng ủy xã Tùng Bá</p><p>ĐT: 0219.3826.410</p></div>')
    url = "https://vixuyen.hagiang.dcs.vn/tungba/news/tin-hoat-dong/dang-uy-xa-tung-ba-to-chuc-hoi-nghi-tiep-xuc-doi-thoai-voi-nhan-dan-412.html"
    head = og(A4.title, url, {"article:published_time": "2024-10-20T16:05:00+07:00"}) + '<meta name="generator" content="NukeViet v4.4" />'
    return page("s19-04", family="commune_party_nukeviet44_subsite_name_dash_ctv",
                name="hagiang-vixuyen-tungba-dang-uy-xa-nukeviet44-subsite-left-menu-cn-abbrev-weekday-dd-mm-yyyy-dash-hh-mm-plain-hometext-p-em-caption-bold-right-name-dash-ctv-older-list",
                url=url, art=A4, main_fn=main, pub=pub, prefix="tb", kb=95,
                org="Đảng ủy xã Tùng Bá", addr="Thôn Nà Thác, xã Tùng Bá, huyện Vị Xuyên, tỉnh Hà Giang", phone="0219.3826.410",
                crumbs=crumbs, top=head_top("tb", "/themes/hagiang/images/banner-tung-ba.jpg", "Đảng ủy xã Tùng Bá", days=1), 
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="tb-new"),
                shell_kw={"layout": "leftcol", "left": left, "head_extra": head, "title": A4.title + " - Tin hoạt động - Đảng ủy xã Tùng Bá"},
                exp=expected(A4, iso(pub), author="Hoàng Yến", category="Tin hoạt động"),
                traps={"bylines": ["Hoàng Yến - CTV"], "chrome": ["Những tin cũ hơn", "Đã xem: 143", "Văn phòng Đảng ủy xã Tùng Bá"], "related": lambda rl: rl[:4]},
                notes="NukeViet 4.4 sub-site of an Đảng ủy xã inside the district's portal, left menu. Customised stamp with the abbreviated weekday 'CN, 20/10/2024 - 16:05' (CN = Chủ nhật; 20/10/2024 is a Sunday) → T16:05. Plain hometext (no bold) = lead, structurally the sapo. Captions as small <em> paragraphs. Bold right 'Hoàng Yến - CTV' → author 'Hoàng Yến'; 'CTV' (cộng tác viên) is a status, here after a dash — not a unit → author_unit null. Crumb 'Trang chủ › Tin tức › Tin hoạt động' (the active left-menu item agrees). The Bí thư named in the text is not an author.",
                readme="NukeViet 4.4 Đảng ủy xã sub-site: abbreviated weekday 'CN, dd/mm/yyyy - HH:MM', plain hometext lead, small <em> captions, 'Name - CTV' (status after a dash, not a unit), left menu")


# ===================================================================== 5 Đảng ủy Khối Doanh nghiệp tỉnh Bình Phước: ASP.NET WebForms, 'Name, post + unit' (the writer is an official)
A5 = Art("Nâng cao chất lượng sinh hoạt chi bộ trong doanh nghiệp cao su",
         "Với 38 chi bộ trực thuộc và hơn 1.100 đảng viên làm việc ở các nông trường, nhà máy, Đảng bộ Công ty đã có nhiều cách làm sáng tạo để sinh hoạt chi bộ không khô cứng, gắn chặt với nhiệm vụ sản xuất, kinh doanh.",
         [("p", "Đặc thù của ngành cao su là công nhân, đảng viên làm việc phân tán trên diện rộng, ca cạo mủ bắt đầu từ 3 - 4 giờ sáng. Vì vậy, Đảng ủy Công ty chỉ đạo các chi bộ linh hoạt thời gian sinh hoạt, tổ chức vào buổi chiều sau khi kết thúc ca làm việc và thông báo nội dung trước ít nhất 3 ngày."),
          ("img", "/Upload/TinTuc/2024/10/sinh-hoat-chi-bo-nong-truong.jpg", "Sinh hoạt chi bộ tại Nông trường cao su Lộc Thành"),
          ("p", "Nội dung sinh hoạt được chuẩn bị kỹ, ngoài đánh giá việc thực hiện nghị quyết tháng, chi bộ dành thời gian thảo luận những vấn đề cụ thể như năng suất vườn cây, an toàn lao động, chăm lo đời sống công nhân. Mỗi quý, các chi bộ sinh hoạt chuyên đề ít nhất một lần."),
          ("p", "Đảng ủy Công ty cũng ứng dụng phần mềm sổ tay đảng viên, gửi tài liệu sinh hoạt qua nhóm Zalo của từng chi bộ, giúp đảng viên ở các tổ xa chủ động nghiên cứu trước. Năm 2023, 100% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó 31 chi bộ hoàn thành xuất sắc."),
          ("img", "/Upload/TinTuc/2024/10/dang-vien-cao-mu.jpg", "Đảng viên gương mẫu trong sản xuất tại vườn cây"),
          ("p", "Thời gian tới, Đảng ủy Công ty tiếp tục chỉ đạo đổi mới nội dung, phương thức sinh hoạt chi bộ; gắn việc đánh giá chất lượng đảng viên với kết quả thực hiện nhiệm vụ được giao, kiên quyết không để chi bộ sinh hoạt hình thức.")])


def page05():
    pub = T("2024-10-21 08:05")

    def main(rng, rl, rd):
        body = A5.render(p=lambda t: f'<p class="MsoNormal" style="text-align:justify">{esc(t)}</p>', img=lambda s, c, n: f'<div style="text-align:center"><img src="{s}" style="width:600px" border="0" /><br /><em>{esc(c)}</em></div>')
        others = "".join(f'<tr><td><a id="ctl00_ContentPlaceHolder1_rptOther_ctl0{i}_hlTitle" href="/Default.aspx?tabid=85&amp;ID={5200 + i}">{esc(t)}</a> <span class="date">({dmy(d)})</span></td></tr>' for i, (t, d) in enumerate(zip(rl, rd)))
        return (f'<table width="100%" class="tblDetail" cellpadding="0" cellspacing="0"><tr><td class="cat-title"><span id="ctl00_ContentPlaceHolder1_lblCategory">Xây dựng Đảng trong doanh nghiệp</span></td></tr>'
                f'<tr><td><h1 class="title"><span id="ctl00_ContentPlaceHolder1_lblTitle">{esc(A5.title)}</span></h1></td></tr>'
                f'<tr><td class="date"><span id="ctl00_ContentPlaceHolder1_lblDate">Đăng ngày 21/10/2024 lúc 08:05</span></td></tr>'
                f'<tr><td class="summary"><span id="ctl00_ContentPlaceHolder1_lblSummary"><b>{esc(A5.lead)}</b></span></td></tr>'
                f'<tr><td class="content"><span id="ctl00_ContentPlaceHolder1_lblContent">{body}</span></td></tr>'
                f'<tr><td class="author" align="right"><span id="ctl00_ContentPlaceHolder1_lblAuthor"><b>Nguyễn Văn Hải, Phó Bí thư Đảng ủy Công ty TNHH MTV Cao su Bình Phước</b></span></td></tr>'
                f'<tr><td><a id="ctl00_ContentPlaceHolder1_lnkPrint" href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a></td></tr></table>'
                f'<div class="other"><div class="other-title">Các tin khác</div><table>{others}</table></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", fmt=lambda d: dmy(d), cls="dukdn-hot")
                + schedule(rng, pub + timedelta(days=1), "Lịch công tác Thường trực Đảng ủy Khối", "dukdn-lich")
                + vb_box(["Hướng dẫn số 08-HD/ĐUK về sinh hoạt chi bộ trong doanh nghiệp", "Nghị quyết số 12-NQ/ĐUK về công tác phát triển đảng viên"]))
    url = "https://dukdn.binhphuoc.gov.vn/Default.aspx?tabid=85&ID=5218&CatID=12"
    head = og(A5.title, url, {"og:description": A5.lead})
    return page("s19-05", family="duk_doanh_nghiep_webforms_name_comma_post_unit_official_writer",
                name="binhphuoc-dukdn-aspnet-webforms-table-detail-lblcategory-lbldate-dang-ngay-dd-mm-yyyy-luc-hh-mm-lblsummary-bold-br-em-caption-lblauthor-name-comma-pho-bi-thu-dang-uy-cong-ty",
                url=url, art=A5, main_fn=main, pub=pub, prefix="dukdn", kb=140,
                org="Đảng ủy Khối Doanh nghiệp tỉnh Bình Phước", addr="Số 676 Quốc lộ 14, phường Tân Bình, TP Đồng Xoài, tỉnh Bình Phước", phone="0271.3879.514",
                top=head_top("dukdn", "/images/banner-dukdn.jpg", "Đảng ủy Khối Doanh nghiệp tỉnh Bình Phước", days=0, hours=9), side=side,
                shell_kw={"layout": "table", "form": True, "head_extra": head, "title": "Đảng ủy Khối Doanh nghiệp tỉnh Bình Phước - Chi tiết tin"},
                exp=expected(A5, iso(pub), author="Nguyễn Văn Hải", unit="Đảng ủy Công ty TNHH MTV Cao su Bình Phước", category="Xây dựng Đảng trong doanh nghiệp"),
                traps={"bylines": ["Nguyễn Văn Hải, Phó Bí thư Đảng ủy Công ty TNHH MTV Cao su Bình Phước"], "chrome": ["Các tin khác", "In trang", "Lịch công tác Thường trực Đảng ủy Khối"], "related": lambda rl: rl[:4]},
                notes="ASP.NET WebForms (table layout, ViewState) of an Đảng ủy Khối Doanh nghiệp. lblCategory 'Xây dựng Đảng trong doanh nghiệp' above the h1 = the only section printed; <title> is generic. 'Đăng ngày 21/10/2024 lúc 08:05' → T08:05. lblSummary bold = lead. Captions as <br><em> under centred images. lblAuthor: 'Nguyễn Văn Hải, Phó Bí thư Đảng ủy Công ty TNHH MTV Cao su Bình Phước' — the writer is an official signing with his post: the post 'Phó Bí thư' is dropped (posts are not kept), the organisation of the post is the unit → author 'Nguyễn Văn Hải', unit 'Đảng ủy Công ty TNHH MTV Cao su Bình Phước'.",
                readme="ASP.NET WebForms Đảng ủy Khối Doanh nghiệp: lblCategory above the h1, 'Đăng ngày dd/mm/yyyy lúc HH:MM', bold lblSummary, <br><em> captions, official writer 'Name, Phó Bí thư Đảng ủy Công ty …' → post dropped, its organisation = unit")


# ===================================================================== 6 Ban Tuyên giáo Tỉnh ủy Hà Nam: Liferay 7.2, book-information table with a 'Tác giả:' row INSIDE the text (TWIST)
A6 = Art("Giới thiệu cuốn hồi ký “Những năm tháng không quên” của một cựu chiến binh Lý Nhân",
         "Cuốn hồi ký dày gần 300 trang ghi lại những năm tháng chiến đấu, lao động và công tác của một người lính quê Lý Nhân, là tài liệu quý để giáo dục truyền thống cách mạng cho thế hệ trẻ.",
         [("p", "Cuốn sách vừa được Nhà xuất bản Quân đội nhân dân phát hành, với sự phối hợp của Ban Tuyên giáo Huyện ủy Lý Nhân và Hội Cựu chiến binh huyện. Một số thông tin về cuốn sách:"),
          ("table", [["Tên sách:", "Những năm tháng không quên"],
                     ["Tác giả:", "Trần Văn Thụ"],
                     ["Nhà xuất bản:", "Quân đội nhân dân"],
                     ["Năm xuất bản:", "2024"],
                     ["Số trang:", "296 trang, khổ 14,5 x 20,5 cm"]]),
          ("img", "/documents/20126/0/bia-sach-nhung-nam-thang-khong-quen.jpg", "Bìa cuốn hồi ký “Những năm tháng không quên”"),
          ("p", "Hồi ký gồm 4 phần: tuổi thơ trên quê hương Lý Nhân; những năm tháng chiến đấu ở chiến trường Quảng Trị; trở về xây dựng quê hương; và những trang viết về đồng đội. Qua giọng văn mộc mạc, chân thành, tác giả tái hiện chân thực cuộc sống gian khổ mà lạc quan của người lính."),
          ("p", "Đặc biệt, phần viết về đồng đội dành nhiều trang cho 27 liệt sĩ cùng đơn vị, kèm theo quê quán, ngày hy sinh, giúp nhiều gia đình có thêm thông tin tìm kiếm, quy tập hài cốt liệt sĩ."),
          ("p", "Cuốn sách đã được giới thiệu tới các thư viện, nhà văn hóa thôn, trường học trên địa bàn huyện Lý Nhân và được chọn làm tài liệu tham khảo trong sinh hoạt chi bộ chuyên đề về giáo dục truyền thống.")])


def page06():
    pub = T("2024-10-22 10:05")

    def main(rng, rl, rd):
        body = A6.render(table=lambda rows: '<table class="book-info" border="1" cellpadding="6" style="border-collapse:collapse;width:90%;margin:auto"><tbody>' + "".join(
            f'<tr><td style="width:30%"><strong>{esc(r[0])}</strong></td><td>{esc(r[1])}</td></tr>' for r in rows) + "</tbody></table>",
            img=lambda s, c, n: f'<p style="text-align:center"><img alt="" src="{s}" style="width:360px" /></p><p class="caption" style="text-align:center"><em>{esc(c)}</em></p>')
        return (f'<div class="portlet-title-text">Giới thiệu sách</div>'
                f'<div class="journal-content-article" data-analytics-asset-id="218844" data-analytics-asset-title="{esc(A6.title, True)}" data-analytics-asset-type="web-content">'
                f'<div class="btg-detail"><h2 class="btg-title">{esc(A6.title)}</h2>'
                f'<div class="btg-meta"><span class="btg-date">Thứ Ba, 22/10/2024, 10:05</span></div>'
                f'<div class="btg-sapo"><p><strong>{esc(A6.lead)}</strong></p></div>'
                f'<div class="btg-body">{body}'
                f'<p style="text-align:right"><strong>ThS. Vũ Thu Thủy (Thư viện tỉnh)</strong></p></div></div></div>'
                f'<div class="btg-other"><h3>Các tin đã đưa</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/web/btg/-/{s}", cls="btg-other-list")}</div>')

    crumbs = crumb([("Trang chủ", "/web/btg"), ("Tuyên truyền", "/web/btg/tuyen-truyen"), ("Giới thiệu sách", "/web/btg/tuyen-truyen/gioi-thieu-sach")], cls="breadcrumb breadcrumb-horizontal")

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="btg-new")
                + '<div class="btg-tailieu"><h3>Tài liệu sinh hoạt chi bộ</h3><ul><li><a href="#">Tài liệu sinh hoạt chi bộ tháng 10/2024</a></li><li><a href="#">Tài liệu sinh hoạt chi bộ tháng 11/2024</a></li></ul></div>'
                + '<div class="btg-book-new"><h3>Sách mới</h3><ul><li>Tác giả: Hội Văn học Nghệ thuật tỉnh - “Hà Nam, đất và người”</li><li>Tác giả: Phạm Thị Lụa - “Bên dòng sông Châu”</li></ul></div>')
    url = "https://btgtu.hanam.dcs.vn/web/btg/-/gioi-thieu-cuon-hoi-ky-nhung-nam-thang-khong-quen-cua-mot-cuu-chien-binh-ly-nhan"
    head = (og(A6.title, url, {"og:site_name": "Ban Tuyên giáo Tỉnh ủy Hà Nam", "og:description": A6.lead})
            + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A6.title, "datePublished": "2024-10-22T10:05:00+07:00",
                      "about": {"@type": "Book", "name": "Những năm tháng không quên", "author": {"@type": "Person", "name": "Trần Văn Thụ"}}}))
    return page("s19-06", family="btg_liferay72_book_info_table_tac_gia_row_in_text",
                name="hanam-btgtu-liferay72-journal-content-portlet-title-crumb-gioi-thieu-sach-h2-title-thu-ba-dd-mm-yyyy-comma-hh-mm-bold-sapo-book-info-table-ten-sach-tac-gia-rows-p-caption-bold-ths-name-paren-thu-vien-tinh",
                url=url, art=A6, main_fn=main, pub=pub, prefix="btg", kb=155,
                org="Ban Tuyên giáo Tỉnh ủy Hà Nam", addr="Số 1 đường Trường Chinh, TP Phủ Lý, tỉnh Hà Nam", phone="0226.3852.417",
                crumbs=crumbs, top=head_top("btg", "/o/btg-theme/images/banner.png", "Ban Tuyên giáo Tỉnh ủy Hà Nam", days=1, hours=3), side=side,
                shell_kw={"layout": "liferay", "head_extra": head, "title": "Giới thiệu sách - Ban Tuyên giáo Tỉnh ủy Hà Nam"},
                exp=expected(A6, iso(pub), author="ThS. Vũ Thu Thủy", unit="Thư viện tỉnh", category="Giới thiệu sách"),
                traps={"bylines": ["ThS. Vũ Thu Thủy (Thư viện tỉnh)"], "chrome": ["Các tin đã đưa", "Tài liệu sinh hoạt chi bộ", "Sách mới"], "related": lambda rl: rl[:4]},
                notes="TWIST: a book presentation whose TEXT contains a book-information table with labelled rows 'Tên sách: | Những năm tháng không quên', 'Tác giả: | Trần Văn Thụ', 'Nhà xuất bản: | …'. The 'Tác giả:' row names the BOOK's author and is part of the article (table rows are body paragraphs); it is not the article's byline. The article's writer signs at the end: bold right 'ThS. Vũ Thu Thủy (Thư viện tỉnh)' → author 'ThS. Vũ Thu Thủy' (degree kept), unit 'Thư viện tỉnh'. A reader taking the first 'Tác giả:' label would record the memoirist. JSON-LD 'about' also names the book's author (metadata). Liferay 7.2 journal content: h2 title, 'Thứ Ba, 22/10/2024, 10:05', bold sapo, p.caption. Crumb 'Trang chủ / Tuyên truyền / Giới thiệu sách' (portlet title agrees). The sidebar 'Sách mới' box has more 'Tác giả:' lines (chrome).",
                readme="TWIST book-information table inside the text with a 'Tác giả:' row (the book's author — body, not byline); Liferay 7.2 Ban Tuyên giáo, h2 title, 'Thứ Ba, dd/mm/yyyy, HH:MM', bold sapo, 'ThS. Name (Thư viện tỉnh)' at the end")


# ===================================================================== 7 Ban Dân vận Tỉnh ủy Bạc Liêu: custom PHP, unit abbreviation expanded only in an <abbr title> (TWIST)
A7 = Art("Hồng Dân: Dân vận khéo trong xây dựng cầu giao thông nông thôn",
         "Từ đầu năm 2024 đến nay, huyện Hồng Dân đã vận động nhân dân hiến đất, đóng góp ngày công, kinh phí xây dựng 46 cây cầu bê tông nông thôn với tổng giá trị hơn 9,8 tỷ đồng, trong đó nhân dân đóng góp trên 60%.",
         [("p", "Hồng Dân là huyện vùng sâu, kênh rạch chằng chịt, việc đi lại của người dân phụ thuộc nhiều vào các cây cầu khỉ, cầu gỗ tạm bợ. Xác định xây dựng cầu là việc làm thiết thực, Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy chọn đây là mô hình “Dân vận khéo” trọng tâm của năm."),
          ("img", "/upload/tintuc/2024/10/cau-ninh-quoi.jpg", "Cây cầu bê tông ở ấp Ninh Thạnh, xã Ninh Quới do nhân dân đóng góp xây dựng"),
          ("p", "Cách làm của huyện là công khai, dân chủ từ khâu chọn vị trí, thiết kế đến dự toán; thành lập ban vận động ở từng ấp do người có uy tín làm trưởng ban. Các mạnh thường quân, con em xa quê cũng tích cực hưởng ứng, nhiều cây cầu được xây dựng hoàn toàn bằng nguồn vận động."),
          ("p", "Ông Lê Văn Nhanh, ấp Ninh Thạnh, xã Ninh Quới chia sẻ: “Trước đây đi chợ phải lội qua cầu khỉ, giờ có cầu bê tông xe máy chạy thẳng ra lộ, bà con ai cũng mừng”."),
          ("p", "Thời gian tới, Ban Dân vận Huyện ủy tiếp tục phối hợp với Ủy ban MTTQ và các đoàn thể vận động nhân dân xây dựng thêm 20 cây cầu trong năm 2025, gắn với tiêu chí giao thông trong xây dựng nông thôn mới nâng cao.")])


def page07():
    pub = T("2024-10-22 14:30")

    def main(rng, rl, rd):
        body = A7.render(img=fig)
        return (f'<div class="bdv-post"><a class="bdv-chip" href="/chuyen-muc/dan-van-chinh-quyen">Dân vận chính quyền</a>'
                f'<h1 class="bdv-post-title">{esc(A7.title)}</h1>'
                f'<div class="bdv-post-meta"><span class="time"><i class="ico-clock"></i>14g30 - 22/10/2024</span> <span class="view"><i class="ico-eye"></i>615</span></div>'
                f'<h4 class="bdv-post-tomtat">{esc(A7.lead)}</h4>'
                f'<div class="bdv-post-content">{body}</div>'
                f'<div class="bdv-post-author" style="text-align:right"><b>Minh Trang - <abbr title="Ban Dân vận Huyện ủy Hồng Dân">BDV HU Hồng Dân</abbr></b></div>'
                f'{share("bdv-share")}<div class="bdv-lienquan"><h3>Tin liên quan</h3>{rel(rng, rl, rd, lambda d: hm(d).replace(":", "g") + " - " + dmy(d), href="/tin-tuc/{s}-{n}.html", cls="bdv-lq")}</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin đọc nhiều", fmt=lambda d: hm(d).replace(":", "g") + " - " + dmy(d), cls="bdv-most")
                + '<div class="bdv-gioithieu"><h3>Mô hình “Dân vận khéo”</h3><p>Cơ sở dữ liệu 1.248 mô hình đã được công nhận</p><a href="#">Tra cứu</a></div>'
                + links_box(["Ban Dân vận Trung ương", "Tỉnh ủy Bạc Liêu", "Báo Bạc Liêu"]))
    url = "https://bdvtu.baclieu.dcs.vn/tin-tuc/hong-dan-dan-van-kheo-trong-xay-dung-cau-giao-thong-nong-thon-3917.html"
    head = og(A7.title, url, {"article:section": "Tin tức", "og:site_name": "Ban Dân vận Tỉnh ủy Bạc Liêu"})
    return page("s19-07", family="bdv_php_inhouse_abbr_title_unit_abbreviation",
                name="baclieu-bdvtu-php-inhouse-chip-dan-van-chinh-quyen-above-h1-og-tin-tuc-14g30-dash-dd-mm-yyyy-h4-tomtat-figcaption-bold-name-dash-abbr-title-bdv-hu-expanded-on-hover",
                url=url, art=A7, main_fn=main, pub=pub, prefix="bdv", kb=110,
                org="Ban Dân vận Tỉnh ủy Bạc Liêu", addr="Số 14 đường Hai Bà Trưng, phường 3, TP Bạc Liêu, tỉnh Bạc Liêu", phone="0291.3822.463",
                top=head_top("bdv", "/images/logo-bdv.png", "Ban Dân vận Tỉnh ủy Bạc Liêu", days=0, hours=5, fmt=lambda d: hm(d).replace(":", "g") + " " + dmy(d)), side=side,
                shell_kw={"layout": "div", "head_extra": head, "title": A7.title},
                exp=expected(A7, iso(pub), author="Minh Trang", unit="BDV HU Hồng Dân", category="Dân vận chính quyền"),
                traps={"bylines": ["Minh Trang - BDV HU Hồng Dân"], "abbr_expansion": ["Ban Dân vận Huyện ủy Hồng Dân"], "chrome": ["Tin liên quan", "Tin đọc nhiều"], "related": lambda rl: rl[:4]},
                notes="TWIST: the byline 'Minh Trang - <abbr title=\"Ban Dân vận Huyện ủy Hồng Dân\">BDV HU Hồng Dân</abbr>' prints the unit as an abbreviation; the full name exists only in the <abbr> title (a hover tooltip). The unit is recorded as printed: 'BDV HU Hồng Dân' (as sets 16-18 keep abbreviated units), not the tooltip's expansion; author 'Minh Trang'. In-house PHP site: chip 'Dân vận chính quyền' above the h1 = category (og 'Tin tức'); southern hour mark '14g30 - 22/10/2024' (g = giờ) → T14:30; h4 tóm tắt = lead; figcaption captions. The villager quoted in the text is not an author.",
                readme="TWIST unit abbreviation with an <abbr title> expansion 'BDV HU Hồng Dân' → unit as printed; in-house PHP Ban Dân vận: chip above the h1 vs og, southern '14g30 - dd/mm/yyyy', h4 tóm tắt, figcaption")


# ===================================================================== 8 UBKT Tỉnh ủy Kon Tum: DNN, byline in a two-cell table: 'Người viết:' | name <br> unit <br> email
A8 = Art("Ủy ban Kiểm tra Tỉnh ủy kiểm tra dấu hiệu vi phạm đối với tổ chức đảng",
         "Từ ngày 14 đến 18/10, Ủy ban Kiểm tra Tỉnh ủy đã tiến hành kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy một cơ quan cấp tỉnh trong việc thực hiện nguyên tắc tập trung dân chủ, quy chế làm việc và công tác quản lý tài chính, tài sản.",
         [("p", "Cuộc kiểm tra được thực hiện theo Quyết định số 215-QĐ/UBKTTU của Ủy ban Kiểm tra Tỉnh ủy. Đoàn kiểm tra do đồng chí Y Thị Hoa, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn."),
          ("h", "Nội dung kiểm tra"),
          ("ul", ["Việc chấp hành nguyên tắc tập trung dân chủ, quy chế làm việc của Ban Chấp hành, Ban Thường vụ Đảng ủy;",
                  "Việc lãnh đạo, chỉ đạo công tác quản lý, sử dụng tài chính, tài sản giai đoạn 2021 - 2023;",
                  "Việc thực hiện chế độ thông tin, báo cáo và giải quyết đơn thư phản ánh thuộc thẩm quyền."]),
          ("p", "Qua kiểm tra, Đoàn kiểm tra đã làm rõ những ưu điểm, hạn chế, vi phạm và trách nhiệm của tập thể, cá nhân có liên quan. Đối tượng kiểm tra đã nghiêm túc tự kiểm điểm, báo cáo giải trình đầy đủ theo yêu cầu."),
          ("p", "Đoàn kiểm tra sẽ báo cáo kết quả để Ủy ban Kiểm tra Tỉnh ủy xem xét, kết luận tại kỳ họp tháng 11/2024 theo quy định.")])


def page08():
    pub, upd = T("2024-10-23 07:30"), T("2024-10-23 11:02")

    def main(rng, rl, rd):
        body = A8.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', h=lambda t: f'<h3>{esc(t)}</h3>')
        return (f'<div class="DnnModule DnnModule-EasyDNNnews"><div class="c_container"><div class="c_title"><h2><span id="dnn_ctr512_dnnTITLE_titleLabel" class="Head">Kiểm tra - Giám sát</span></h2></div>'
                f'<div id="dnn_ctr512_ContentPane" class="c_content"><div class="eds_news_Ozone"><article class="details">'
                f'<h1 class="edn_articleTitle">{esc(A8.title)}</h1>'
                f'<div class="edn_metaDetails"><span class="date">Ngày 23/10/2024 - 07:30</span> <span class="modified">Cập nhật: 23/10/2024 - 11:02</span></div>'
                f'<div class="edn_articleSummary"><p><strong>{esc(A8.lead)}</strong></p></div>'
                f'<div class="edn_articleContent">{body}'
                f'<table class="tbl-tacgia" align="right" style="margin-top:10px"><tbody><tr><td style="vertical-align:top;padding-right:8px"><em>Người viết:</em></td>'
                f'<td><strong>Trần Thanh Bình</strong><br />Văn phòng UBKT Tỉnh ủy<br /><span class="mail">Email: tthbinh.ubkt@kontum.dcs.vn</span></td></tr></tbody></table></div>'
                f'<div class="edn_socialPrintWrapper"><a href="#" class="print">In</a> <a href="#" class="email">Email</a></div></article>'
                f'<div class="edn_relatedArticles"><h3>Bài viết liên quan</h3>{rel(rng, rl, rd, lambda d: dmy(d), href="/kiem-tra-giam-sat/{s}", cls="edn_related")}</div></div></div></div></div>')

    crumbs = ('<div class="breadcrumb"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb">'
              '<a href="/" class="SkinObject">Trang chủ</a> » <a href="/tin-tuc" class="SkinObject">Tin tức</a> » <a href="/tin-tuc/kiem-tra-giam-sat" class="SkinObject">Kiểm tra - Giám sát</a></span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới nhất", fmt=lambda d: dmy(d) + " - " + hm(d), cls="ubkt-new")
                + '<div class="ubkt-hotline"><h3>Tiếp nhận đơn thư</h3><p>Địa chỉ: Ủy ban Kiểm tra Tỉnh ủy Kon Tum</p><p>Email: ubkt@kontum.dcs.vn</p></div>'
                + vb_box(["Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "Hướng dẫn số 02-HD/UBKTTW thực hiện Quy định 22"], head="Văn bản nghiệp vụ"))
    url = "https://ubkt.kontum.dcs.vn/tin-tuc/kiem-tra-giam-sat/uy-ban-kiem-tra-tinh-uy-kiem-tra-dau-hieu-vi-pham-doi-voi-to-chuc-dang"
    head = og(A8.title, url, {"og:site_name": "Ủy ban Kiểm tra Tỉnh ủy Kon Tum"}) + '<meta name="generator" content="DotNetNuke" />'
    return page("s19-08", family="ubkt_dnn_easydnn_byline_two_cell_table_nguoi_viet_unit_email",
                name="kontum-ubkt-dnn-easydnnnews-container-title-kiem-tra-giam-sat-raquo-crumb-ngay-dd-mm-yyyy-dash-hh-mm-cap-nhat-same-day-bold-summary-h3-ul-table-nguoi-viet-name-br-unit-br-email",
                url=url, art=A8, main_fn=main, pub=pub, prefix="ubkt", kb=175,
                org="Ủy ban Kiểm tra Tỉnh ủy Kon Tum", addr="Số 100 đường Bà Triệu, TP Kon Tum, tỉnh Kon Tum", phone="0260.3862.437",
                crumbs=crumbs, top=head_top("ubkt", "/Portals/0/banner-ubkt.png", "Ủy ban Kiểm tra Tỉnh ủy Kon Tum", days=1, hours=2), side=side,
                shell_kw={"layout": "dnn", "form": True, "dnn": True, "head_extra": head, "title": A8.title + " - UBKT Tỉnh ủy Kon Tum"},
                exp=expected(A8, iso(pub), updated=iso(upd), author="Trần Thanh Bình", unit="Văn phòng UBKT Tỉnh ủy", category="Kiểm tra - Giám sát"),
                traps={"bylines": ["Người viết:", "Email: tthbinh.ubkt@kontum.dcs.vn"], "chrome": ["Bài viết liên quan", "Tiếp nhận đơn thư", "Văn bản nghiệp vụ"], "related": lambda rl: rl[:4]},
                notes="DNN + EasyDNNnews of a UBKT Tỉnh ủy. The byline sits in a right-floated two-cell table at the end of the text: cell 1 'Người viết:' (label), cell 2 'Trần Thanh Bình' <br> 'Văn phòng UBKT Tỉnh ủy' <br> 'Email: …' → author 'Trần Thanh Bình', unit 'Văn phòng UBKT Tỉnh ủy'; the e-mail is contact data, not a unit. This table is a byline, not a body table. 'Ngày 23/10/2024 - 07:30' + 'Cập nhật: 23/10/2024 - 11:02' → published + updated. Bold summary = lead; h3 + <ul> items are body. Container title and crumb 'Kiểm tra - Giám sát'. The Phó Chủ nhiệm named in the text leads the inspection team, not the article.",
                readme="DNN EasyDNNnews UBKT: byline in a two-cell table 'Người viết:' | name <br> unit <br> e-mail, 'Ngày dd/mm/yyyy - HH:MM' + same-day 'Cập nhật:', bold summary, h3 + <ul>, container title = crumb")


# ===================================================================== 9 Ban Tổ chức Tỉnh ủy Đắk Nông: headless Next.js (app router), writer only in meta / JSON-LD / the RSC payload
A9 = Art("Đắk Nông hoàn thành rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030",
         "Đến ngày 20/10/2024, 100% cấp ủy trực thuộc Tỉnh ủy đã hoàn thành rà soát, bổ sung quy hoạch ban chấp hành, ban thường vụ, bí thư, phó bí thư nhiệm kỳ 2025 - 2030, bảo đảm đúng quy trình và thời gian theo yêu cầu.",
         [("p", "Theo Ban Tổ chức Tỉnh ủy, quy hoạch lần này được thực hiện theo Quy định số 50-QĐ/TW của Bộ Chính trị, với yêu cầu bảo đảm tính liên thông giữa quy hoạch các cấp, chú trọng tỷ lệ cán bộ trẻ, cán bộ nữ và cán bộ người dân tộc thiểu số."),
          ("img", "/_next/image?url=%2Fuploads%2F2024%2F10%2Fhoi-nghi-quy-hoach-can-bo.jpg&w=1200&q=75", "Hội nghị triển khai công tác quy hoạch cán bộ nhiệm kỳ 2025 - 2030"),
          ("p", "Kết quả, toàn tỉnh quy hoạch 1.046 lượt cán bộ vào ban chấp hành đảng bộ cấp huyện và tương đương; trong đó cán bộ nữ chiếm 27,4%, cán bộ dưới 45 tuổi chiếm 41,2%, cán bộ người dân tộc thiểu số chiếm 18,6%."),
          ("p", "Ban Tổ chức Tỉnh ủy đề nghị các cấp ủy tiếp tục quan tâm đào tạo, bồi dưỡng, luân chuyển cán bộ trong quy hoạch; định kỳ rà soát, đưa ra khỏi quy hoạch những trường hợp không còn đủ tiêu chuẩn, điều kiện.")])


def page09():
    pub = T("2024-10-23 10:15")

    def main(rng, rl, rd):
        body = A9.render(img=lambda s, c, n: f'<figure class="article_figure__{alnum(rng, 5)}"><img alt="{esc(c, True)}" loading="lazy" width="1200" height="800" decoding="async" src="{s}" /><figcaption>{esc(c)}</figcaption></figure>')
        return (f'<article class="article_article__Yx3kP"><div class="article_chips__Qm2Lw"><a class="chip_chip__k8Hd2" href="/to-chuc-can-bo">Tổ chức - Cán bộ</a></div>'
                f'<h1 class="article_title__pL0sZ">{esc(A9.title)}</h1>'
                f'<div class="article_meta__d3Rt8"><time dateTime="2024-10-23T03:15:00.000Z">23/10/2024 10:15</time><span class="article_dot__a1">·</span><span>4 phút đọc</span></div>'
                f'<p class="article_sapo__Wq7Ee">{esc(A9.lead)}</p>'
                f'<div class="article_content__Hn4Zb">{body}</div>'
                f'<div class="article_share__Pq9sT"><button type="button">Sao chép liên kết</button><button type="button">Chia sẻ Facebook</button></div></article>'
                f'<section class="related_related__8sLk"><h2>Bài viết khác</h2>{rel(rng, rl, rd, lambda d: dmy(d), href="/to-chuc-can-bo/{s}", cls="related_list__4hQa")}</section>')

    crumbs = ('<nav aria-label="breadcrumb" class="breadcrumb_nav__2Ls"><ol><li><a href="/">Trang chủ</a></li><li><a href="/to-chuc-can-bo">Tổ chức - Cán bộ</a></li></ol></nav>')
    url = "https://btctu.daknong.dcs.vn/to-chuc-can-bo/dak-nong-hoan-thanh-ra-soat-bo-sung-quy-hoach-cap-uy-nhiem-ky-2025-2030"
    nd = {"props": {"pageProps": {"article": {"id": 1187, "title": A9.title, "slug": url.rsplit("/", 1)[1], "publishedAt": "2024-10-23T03:15:00.000Z",
                                                 "updatedAt": "2024-10-23T04:02:11.000Z", "author": {"name": "Nguyễn Thị Lan", "role": "Chuyên viên Phòng Tổ chức đảng - đảng viên"},
                                                 "category": {"name": "Tổ chức - Cán bộ", "slug": "to-chuc-can-bo"}}}}, "page": "/[category]/[slug]", "buildId": alnum(rng_static(), 21)}
    head = (og(A9.title, url, {"article:published_time": "2024-10-23T03:15:00.000Z", "article:modified_time": "2024-10-23T04:02:11.000Z", "article:author": "Nguyễn Thị Lan"})
            + '<meta name="author" content="Nguyễn Thị Lan" />'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A9.title, "datePublished": "2024-10-23T03:15:00.000Z", "dateModified": "2024-10-23T04:02:11.000Z",
                      "author": {"@type": "Person", "name": "Nguyễn Thị Lan"}, "publisher": {"@type": "GovernmentOrganization", "name": "Ban Tổ chức Tỉnh ủy Đắk Nông"}}))
    scripts = f'<script id="__NEXT_DATA__" type="application/json">{dump(nd)}</script>'
    return page("s19-09", family="btc_nextjs_headless_writer_only_in_meta_jsonld",
                name="daknong-btctu-nextjs-headless-strapi-chip-and-crumb-to-chuc-can-bo-time-datetime-utc-agrees-dd-mm-yyyy-hh-mm-reading-time-p-sapo-figcaption-author-only-meta-jsonld-next-data-none-visible",
                url=url, art=A9, main_fn=main, pub=pub, prefix="btc", kb=130,
                org="Ban Tổ chức Tỉnh ủy Đắk Nông", addr="Đường 23 Tháng 3, phường Nghĩa Trung, TP Gia Nghĩa, tỉnh Đắk Nông", phone="0261.3544.218",
                crumbs=crumbs, top=head_top("btc", "/logo-btc.svg", "Ban Tổ chức Tỉnh ủy Đắk Nông", days=0, hours=4, fmt=lambda d: hm(d) + " " + dmy(d)),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=lambda d: dmy(d), cls="btc-most"),
                shell_kw={"layout": "next", "head_extra": head, "title": A9.title + " | Ban Tổ chức Tỉnh ủy Đắk Nông", "scripts": scripts},
                exp=expected(A9, iso(pub), category="Tổ chức - Cán bộ"),
                traps={"chrome": ["Bài viết khác", "4 phút đọc", "Sao chép liên kết", "Đọc nhiều"], "related": lambda rl: rl[:4]},
                notes="Headless Next.js front (Strapi behind it) of a Ban Tổ chức Tỉnh ủy. The writer 'Nguyễn Thị Lan' appears ONLY in <meta name=author>, og article:author, the JSON-LD Person and the __NEXT_DATA__ payload; the page shows no byline at all → author null, unit null (what a reader of the page can record; metadata is a fall-back for fields the page prints, not a source of fields it does not). Visible '23/10/2024 10:15' with <time dateTime='2024-10-23T03:15:00.000Z'> (UTC, agrees) → T10:15. The updatedAt/dateModified 11:02 is machine-only → updated null. Chip and crumb 'Tổ chức - Cán bộ'. p.sapo = lead; figcaption captions; '4 phút đọc' reading time.",
                readme="Headless Next.js Ban Tổ chức: writer only in meta / og / JSON-LD / __NEXT_DATA__, no visible byline → author null; visible 'dd/mm/yyyy HH:MM' + agreeing UTC <time>, machine-only modified time, chip = crumb, p.sapo, reading time")


def rng_static():
    import random
    return random.Random("s19-09-build")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
