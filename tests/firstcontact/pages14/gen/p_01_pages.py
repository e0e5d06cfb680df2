"""Set 14 pages 1-9: the most common page types an archivist meets in bulk (generic factory + per-page specs).
VNPT eportal / Liferay, provincial Party newspapers, NukeViet and Joomla district sites, DNN Đảng ủy Khối, WordPress
mass organisations, SharePoint departments, in-house ASP.NET / PHP Tỉnh ủy portals."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads5, past, expected, hexid, alnum, slug
from .kit import mk, rel, share, std, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import side_box, MENU_NEWS, MENU_MASS, MENU_GOV


def _page(seed, *, family, name, url, art, main_fn, exp, traps, notes, readme, kb, prefix, org, addr, phone,
          crumbs="", top=None, pub=None, title=None, side=None, shell_kw=None, **kw):
    rng = random.Random(seed)
    rl = heads5(rng, 6, avoid=[art.title])
    pub = pub or T("2024-07-15 08:00")
    rd = past(pub, rng, 6, 1, 25)
    main = main_fn(rng, rl, rd)
    if callable(top):
        top = top(rng, pub)
    if callable(side):
        side = side(rng, pub)
    if callable(crumbs):
        crumbs = crumbs(rng)
    shell_kw = dict(shell_kw or {})
    if callable(shell_kw.get("left")):
        shell_kw["left"] = shell_kw["left"](rng, pub)
    if callable(shell_kw.get("below")):
        shell_kw["below"] = shell_kw["below"](rng, pub)
    html = std(rng, art, prefix=prefix, kb=kb, main=main, crumbs=crumbs, pub=pub, org=org, addr=addr, phone=phone,
               top=top, side=side, **({"title": title} if title else {}), **shell_kw)
    for k in list(traps):
        if callable(traps[k]):
            traps[k] = traps[k](rl)
    return mk(family, name, url, html, exp, traps, notes, readme, **kw)


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}"><figcaption>{esc(c)}</figcaption></figure>'


def tcap(s, c, n):
    return (f'<table class="image" align="center"><tbody><tr><td><img src="{s}" width="600"></td></tr>'
            f'<tr><td class="image_desc"><em>{esc(c)}</em></td></tr></tbody></table>')


def pcap(s, c, n):
    return (f'<p style="text-align:center"><img src="{s}" alt="" style="width:100%" /></p>'
            f'<p style="text-align:center"><em>{esc(c)}</em></p>')


def dmy_dash(d):
    return d.strftime("%d-%m-%Y")


def side_std(rng, pub, head="Tin xem nhiều", fmt=dmy, cls="xemnhieu", n=6, extra=""):
    return side_box(rng, head, heads5(rng, n), past(pub, rng, n, 0, 12), fmt, cls) + extra


def vb_box(items, head="Văn bản mới", cls="vbmoi"):
    """'Văn bản mới' sidebar: document numbers with issue dates (date decoys)."""
    li = "".join(f'<li><a href="/van-ban/{slug(t)[:40]}.pdf">{esc(t)}</a></li>' for t in items)
    return f'<div class="{cls}"><h3>{esc(head)}</h3><ul>{li}</ul><a class="more" href="/van-ban">Xem tất cả văn bản</a></div>'


def weather(places, cls="thoitiet"):
    li = "".join(f"<li>{esc(p)}: {a} - {b}°C</li>" for p, a, b in places)
    return f'<div class="{cls}"><h3>Thời tiết</h3><ul>{li}</ul></div>'


# ===================================================================== 1 VNPT eportal UBND tỉnh: bold first paragraph lead, table captions, 'Name (Sở …)' foot
A1 = Art("Nghệ Tĩnh giải ngân hơn 4.800 tỷ đồng vốn đầu tư công trong 6 tháng đầu năm",
         "Theo báo cáo của Sở Kế hoạch và Đầu tư, đến hết ngày 30/6/2024, tổng vốn đầu tư công đã giải ngân của tỉnh đạt hơn 4.800 tỷ đồng, bằng 41,2% kế hoạch vốn Thủ tướng Chính phủ giao, cao hơn mức bình quân chung của cả nước.",
         [("p", "Trong đó, vốn ngân sách địa phương giải ngân đạt 46,5%; vốn ngân sách trung ương hỗ trợ có mục tiêu đạt 38,7%; vốn các chương trình mục tiêu quốc gia đạt 29,4%. Có 11 chủ đầu tư giải ngân trên 60% kế hoạch, dẫn đầu là Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh."),
          ("img", "/documents/10181/4127815/thi-cong-duong-ven-bien-nghi-loc.jpg", "Thi công tuyến đường ven biển đoạn qua huyện Nghi Lộc, một trong những dự án có tỷ lệ giải ngân cao"),
          ("p", "Tuy nhiên, vẫn còn 9 chủ đầu tư giải ngân dưới 20% kế hoạch. Nguyên nhân chủ yếu là vướng mắc trong bồi thường, giải phóng mặt bằng, giá vật liệu xây dựng biến động và năng lực của một số nhà thầu còn hạn chế."),
          ("p", "Tại cuộc họp ngày 11/7, Phó Chủ tịch UBND tỉnh Lê Quang Huy yêu cầu các sở, ngành, địa phương thành lập tổ công tác đôn đốc giải ngân, rà soát từng dự án, điều chuyển vốn từ dự án chậm sang dự án có khả năng giải ngân tốt; phấn đấu đến ngày 30/9/2024 giải ngân đạt trên 70% kế hoạch."),
          ("p", "Người đứng đầu các chủ đầu tư để chậm giải ngân không có lý do chính đáng sẽ bị xem xét trách nhiệm khi đánh giá, xếp loại cuối năm.")])


def page01():
    pub = T("2024-07-12 16:20")
    inst = "dsnews_WAR_vnpteportalnewsportlet_INSTANCE_Xq7LmP2vNt4R"

    def main(rng, rl, rd):
        others = "".join(f'<li><a href="/tin-tuc-su-kien/-/view-content/{rng.randint(4100000, 4127000)}-{slug(t)}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>'
                         for t, d in zip(rl, rd))
        body = A1.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=tcap)
        return (f'<div class="portlet-boundary portlet-boundary_dsnews_WAR_vnpteportalnewsportlet_" id="p_p_id_{inst}_">'
                f'<div class="portlet-title"><span class="portlet-title-text">TIN TỨC - SỰ KIỆN</span></div><div class="portlet-content">'
                f'<div class="news-detail"><h1 class="title-news">{esc(A1.title)}</h1>'
                f'<div class="info-news"><span class="date"><i class="fa fa-calendar"></i> 12/07/2024 16:20</span>'
                f' <span class="view"><i class="fa fa-eye"></i> Lượt xem: 356</span>'
                f' <span class="tools"><a href="#" class="font-down">A-</a> <a href="#" class="font-up">A+</a> <a href="javascript:void(0)" class="speak">Nghe đọc</a></span></div>'
                f'<div class="content-news" id="content-news"><p style="text-align: justify;"><strong>{esc(A1.lead)}</strong></p>{body}'
                f'<p style="text-align: right;"><strong>Trần Hoài Nam (Sở Kế hoạch và Đầu tư)</strong></p></div>'
                f'{share("share-news")}'
                f'<div class="other-news"><div class="other-news-title">Tin khác</div><ul>{others}</ul></div></div></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=3, hours=-2)
        return (f'<div class="ubnd-banner"><img src="/o/nghetinh-theme/images/banner-ubnd.png" alt="Cổng thông tin điện tử tỉnh Nghệ Tĩnh" />'
                f'{clock(today, "weekday", "ubnd-today")}<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm" /></form></div>'
                + ticker(rng, heads5(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], dmy, "Tin mới", "ubnd-ticker"))

    def side(rng, pub):
        return (vb_box(["Quyết định số 2145/QĐ-UBND ngày 08/07/2024 giao bổ sung kế hoạch vốn đầu tư công năm 2024",
                        "Chỉ thị số 14/CT-UBND ngày 02/07/2024 về đẩy nhanh giải ngân vốn đầu tư công",
                        "Kế hoạch số 512/KH-UBND ngày 28/06/2024 thực hiện Đề án 06"])
                + schedule(rng, pub + timedelta(days=3), "Lịch làm việc của lãnh đạo UBND tỉnh", "lichlv")
                + side_std(rng, pub, "Tin đọc nhiều", cls="docnhieu")
                + links_box(["Cổng Dịch vụ công quốc gia", "Hệ thống thông tin giải quyết TTHC tỉnh", "Báo Nghệ Tĩnh", "Đài PT-TH Nghệ Tĩnh"]))
    crumbs = ('<div class="breadcrumbs"><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>'
              '<li class="active"><a href="/tin-tuc-su-kien/kinh-te">Kinh tế</a></li></ul></div>')
    url = "https://nghetinh.gov.vn/tin-tuc-su-kien/-/view-content/4127815-nghe-tinh-giai-ngan-hon-4-800-ty-dong-von-dau-tu-cong"
    head = og(A1.title, url, {"article:published_time": "2024-07-12T16:20:00+07:00", "og:site_name": "Cổng thông tin điện tử tỉnh Nghệ Tĩnh"})
    return _page("s14-01", family="ubnd_vnpt_eportal_dsnews_bold_first_par_lead_name_paren_so", name="nghetinh-ubnd-vnpt-eportal-dsnews-portlet-caps-portlet-title-calendar-date-time-views-bold-lead-td-caption-bold-name-paren-so",
                 url=url, art=A1, main_fn=main, pub=pub, prefix="vnpt", kb=230,
                 org="Cổng thông tin điện tử tỉnh Nghệ Tĩnh", addr="Số 3 đường Trường Thi, TP Vinh, tỉnh Nghệ Tĩnh", phone="0238.3598.616",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "liferay", "items": MENU_GOV, "head_extra": head, "title": "Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Nghệ Tĩnh"},
                 exp=expected(A1, iso(pub), author="Trần Hoài Nam", unit="Sở Kế hoạch và Đầu tư", category="Kinh tế"),
                 traps={"bylines": ["Trần Hoài Nam (Sở Kế hoạch và Đầu tư)"], "chrome": ["TIN TỨC - SỰ KIỆN", "Lượt xem: 356", "Nghe đọc", "Tin khác", "Xem tất cả văn bản"],
                        "dates": ["08/07/2024"], "related": lambda rl: rl[:4]},
                 notes="VNPT eportal (Liferay 6.2 dsnews portlet) of a province People's Committee: caps portlet title 'TIN TỨC - SỰ KIỆN' above the h1 (a level above the category), breadcrumb last level 'Kinh tế' = category. Stamp '12/07/2024 16:20' after a calendar icon, views and TTS controls on the same row; og published_time agrees. No sapo element: the first paragraph of the content is bold → lead. Image tables with td.image_desc em captions. Right bold last line 'Trần Hoài Nam (Sở Kế hoạch và Đầu tư)' → author + unit. 'Văn bản mới' box with issue dates, leaders' work schedule with future dates, header clock 3 days later, ticker.",
                 readme="VNPT eportal UBND tỉnh: caps portlet title over the h1, calendar-icon 'dd/mm/yyyy HH:MM' + views, bold first paragraph lead, td.image_desc captions, bold 'Name (Sở …)' foot")


# ===================================================================== 2 Báo Hải Hưng: edited headline, SEO <title>/og:title/JSON-LD keep the old one (TWIST)
A2 = Art("Khoái Châu: Hơn 2.100 hộ trồng nhãn lồng được cấp mã số vùng trồng",
         "Vụ nhãn năm nay, huyện Khoái Châu có 38 mã số vùng trồng với tổng diện tích gần 520 ha được cấp cho hơn 2.100 hộ dân, mở rộng cơ hội đưa nhãn lồng vào các thị trường khó tính như Mỹ, Australia, Nhật Bản.",
         [("p", "Những ngày này, tại các xã Bình Minh, Đông Tảo, Hàm Tử, nhà vườn đang tất bật thu hoạch nhãn chín sớm. Khác với mọi năm, mỗi lô nhãn xuất bán đều có phiếu ghi rõ mã vùng trồng, ngày thu hái và tên chủ vườn."),
          ("p", "Ông Đào Văn Thịnh, thôn Xuân Đào, xã Bình Minh cho biết, gia đình ông có 1,2 ha nhãn nằm trong vùng được cấp mã số. “Làm theo quy trình VietGAP thì tốn công ghi chép hơn, nhưng thương lái đến tận vườn đặt mua với giá cao hơn 5.000 - 7.000 đồng/kg”, ông Thịnh nói."),
          ("raw", "__REL__"),
          ("img", "/uploads/2024/08/10/nhan-long-binh-minh.jpg", "Nhà vườn xã Bình Minh thu hoạch nhãn lồng trong vùng trồng đã được cấp mã số. Ảnh: Nguyễn Thảo"),
          ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Khoái Châu, để duy trì mã số vùng trồng, các hộ phải tuân thủ nghiêm quy định về sử dụng thuốc bảo vệ thực vật, ghi nhật ký canh tác và chịu sự kiểm tra định kỳ của cơ quan chuyên môn."),
          ("h", "Liên kết tiêu thụ"),
          ("p", "Năm nay, huyện đã kết nối 6 doanh nghiệp ký hợp đồng bao tiêu khoảng 3.000 tấn nhãn quả tươi và 500 tấn long nhãn sấy. Dự kiến tổng sản lượng nhãn toàn huyện đạt khoảng 24.000 tấn, tăng 8% so với năm 2023."),
          ("img", "/uploads/2024/08/10/so-che-nhan-ham-tu.jpg", "Sơ chế nhãn xuất khẩu tại cơ sở đóng gói ở xã Hàm Tử"),
          ("p", "Huyện cũng phối hợp với Sở Công Thương tổ chức tuần lễ nhãn lồng Khoái Châu tại Hà Nội và quảng bá sản phẩm trên các sàn thương mại điện tử.")])
OLD2 = "Hải Hưng cấp 38 mã số vùng trồng nhãn phục vụ xuất khẩu"
REL2 = ["Nhãn lồng Hải Hưng lần đầu xuất khẩu sang Nhật Bản", "Kim Động: Nông dân lãi cao nhờ trồng nhãn theo hướng hữu cơ"]


def page02():
    pub = T("2024-08-10 06:15")

    def main(rng, rl, rd):
        inline = ('<div class="box-related-inline"><div class="brl-title">Tin liên quan</div><ul>'
                  + "".join(f'<li><a href="/kinh-te/nong-nghiep-nong-thon/{slug(t)}-{rng.randint(180000, 189999)}.html">{esc(t)}</a></li>' for t in REL2) + '</ul></div>')
        body = A2.render(img=lambda s, c, n: f'<figure class="expNoEdit"><img src="{s}" alt="{esc(c, True)}" /><figcaption class="PhotoCMS_Caption"><p>{esc(c)}</p></figcaption></figure>',
                         h=lambda t: f"<h3>{esc(t)}</h3>", raw=lambda x: inline)
        cm = comments([("Nguyễn Văn Hùng", "10/08/2024 09:42", "Nhãn lồng Khoái Châu ngon nổi tiếng, mong bà con giữ vững chất lượng."),
                       ("Lê Thu", "10/08/2024 13:05", "Năm nay giá nhãn có cao hơn năm ngoái không ạ?")], head="Bình luận", cls="cmt")
        return (f'<article class="article-detail"><div class="article-cate"><a href="/kinh-te">Kinh tế</a> <span class="sep">›</span> <a href="/kinh-te/nong-nghiep-nong-thon">Nông nghiệp - Nông thôn</a></div>'
                f'<h1 class="article-title">{esc(A2.title)}</h1>'
                f'<div class="article-meta"><a class="author" href="/tac-gia/nguyen-thao-27.html">NGUYỄN THẢO</a> <span class="dot">•</span>'
                f' <span class="time">{wd(pub)}, 10/08/2024 - 06:15</span> <span class="view">1.284 lượt đọc</span></div>'
                f'<h2 class="article-sapo">{esc(A2.lead)}</h2><div class="article-body" id="abody">{body}</div>'
                f'<div class="article-tags"><span>Từ khóa:</span> <a href="/tag/nhan-long">nhãn lồng</a> <a href="/tag/ma-so-vung-trong">mã số vùng trồng</a> <a href="/tag/khoai-chau">Khoái Châu</a> <a href="/tag/xuat-khau-nong-san">xuất khẩu nông sản</a></div>'
                f'{share("article-share")}{cm}'
                f'<div class="article-same"><h3>Cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: hm(d) + " " + dmy(d), href="/kinh-te/{s}-{n}.html", cls="samecat")}</div></article>')

    def top(rng, pub):
        today = pub + timedelta(hours=9)
        return (f'<div class="hh-masthead"><a href="/"><img src="/images/logo-bao-hai-hung.svg" alt="Báo Hải Hưng" /></a>'
                f'<span class="hh-slogan">Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hải Hưng</span>{clock(today, "weekday", "hh-today")}'
                f'<a class="hh-epaper" href="/bao-in">Đọc báo in</a></div>'
                + ticker(rng, heads5(rng, 5), [today - timedelta(hours=3 * i) for i in range(5)], hm, "Mới nhất", "hh-ticker"))

    def side(rng, pub):
        return (side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="docnhieu", n=6)
                + '<div class="hh-magazine"><h3>E-Magazine</h3><a href="/emagazine/vai-thieu-thanh-ha-mua-vang">Vải thiều Thanh Hà - mùa vàng trên đất bãi</a></div>'
                + '<div class="hh-price"><h3>Giá nông sản</h3><table><tr><td>Nhãn lồng loại 1</td><td>35.000 đ/kg</td></tr><tr><td>Long nhãn</td><td>280.000 đ/kg</td></tr></table></div>')
    url = "https://baohaihung.vn/kinh-te/nong-nghiep-nong-thon/khoai-chau-hon-2-100-ho-trong-nhan-long-duoc-cap-ma-so-vung-trong-189214.html"
    head = (og(OLD2, url, {"og:description": A2.lead, "article:published_time": "2024-08-10T06:15:00+07:00", "article:section": "Nông nghiệp - Nông thôn"})
            + f'<meta name="title" content="{esc(OLD2, True)}" />'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": OLD2, "datePublished": "2024-08-09T23:15:00Z",
                      "dateModified": "2024-08-10T02:40:00Z", "author": {"@type": "Person", "name": "Nguyễn Thảo"},
                      "publisher": {"@type": "Organization", "name": "Báo Hải Hưng"}, "mainEntityOfPage": url}))
    return _page("s14-02", family="baotinh_edited_headline_seo_title_old", name="haihung-bao-h1-edited-headline-title-og-jsonld-keep-old-headline-caps-author-meta-weekday-date-dash-time-inline-related-figcaption-credit",
                 url=url, art=A2, main_fn=main, pub=pub, prefix="hh", kb=265,
                 org="Báo Hải Hưng", addr="Số 10 Đại lộ Hồ Chí Minh, TP Hải Dương, tỉnh Hải Hưng", phone="0220.3852.514",
                 top=top, side=side, shell_kw={"items": MENU_NEWS, "head_extra": head, "title": OLD2 + " | Báo Hải Hưng"},
                 exp=expected(A2, iso(pub), author="NGUYỄN THẢO", category="Nông nghiệp - Nông thôn"),
                 traps={"titles": [OLD2], "related": list(REL2), "bylines": ["NGUYỄN THẢO"], "chrome": ["Cùng chuyên mục", "Bình luận (2)", "Đọc báo in", "1.284 lượt đọc"],
                        "tags": ["xuất khẩu nông sản"], "comments": ["Năm nay giá nhãn có cao hơn năm ngoái không ạ?"]},
                 notes="TWIST: the headline was edited after publication: the visible h1 reads 'Khoái Châu: Hơn 2.100 hộ trồng nhãn lồng được cấp mã số vùng trồng' while <title>, meta title, og:title and the JSON-LD headline still carry the original SEO headline 'Hải Hưng cấp 38 mã số vùng trồng nhãn phục vụ xuất khẩu' → title = the visible h1. Press CMS: caps author link 'NGUYỄN THẢO' in the meta row (kept as printed) + 'Thứ Bảy, 10/08/2024 - 06:15' (JSON-LD Z time and og agree; dateModified not shown → updated_at null). h2 sapo = lead; an inline 'Tin liên quan' box between the second paragraph and the first figure is not body; h3 sub-head is body; the first figcaption ends with '. Ảnh: Nguyễn Thảo' → stays in the caption, photographer null. Crumb 'Kinh tế › Nông nghiệp - Nông thôn' → deepest level. Tags and two reader comments.",
                 readme="TWIST edited headline: h1 differs from <title>/og:title/JSON-LD headline (old SEO title) → the h1; caps author in the meta row, 'Thứ Bảy, dd/mm/yyyy - HH:MM', inline related box, caption credit")


# ===================================================================== 3 NukeViet 4 Huyện ủy: left lead figure + bold hometext, split date/time icons, Tác giả + Nguồn tin
A3 = Art("Ba Vì: Kết nạp 186 đảng viên mới trong 6 tháng đầu năm",
         "6 tháng đầu năm 2024, các tổ chức cơ sở đảng trong Đảng bộ huyện Ba Vì đã kết nạp 186 đảng viên, đạt 62% chỉ tiêu cả năm; trong đó có 41 đảng viên là đoàn viên thanh niên, 9 đảng viên là người dân tộc Mường, Dao.",
         [("p", "Để có kết quả trên, Ban Thường vụ Huyện ủy đã chỉ đạo các đảng ủy xã, thị trấn rà soát, lập danh sách quần chúng ưu tú ở từng thôn, giao chỉ tiêu cụ thể cho từng chi bộ và phân công đảng viên giúp đỡ quần chúng phấn đấu."),
          ("p", "Đáng chú ý, tại 7 thôn chưa có đảng viên hoặc có ít đảng viên ở các xã miền núi như Ba Trại, Minh Quang, Khánh Thượng, huyện đã chỉ đạo mở lớp bồi dưỡng nhận thức về Đảng ngay tại thôn để thuận tiện cho người học."),
          ("img", "/uploads/news/2024_07/ket-nap-dang-vien-thpt-ba-vi.jpg", "Đồng chí Phó Bí thư Thường trực Huyện ủy Ba Vì trao quyết định kết nạp đảng viên cho học sinh Trường THPT Ba Vì"),
          ("p", "Công tác thẩm định lý lịch, xét kết nạp được thực hiện chặt chẽ, đúng quy trình. Sau lễ kết nạp, các chi bộ đều phân công đảng viên chính thức giúp đỡ đảng viên dự bị."),
          ("p", "Thời gian tới, Huyện ủy tiếp tục chỉ đạo chú trọng phát triển đảng viên trong doanh nghiệp ngoài nhà nước, trong đoàn viên thanh niên và trong đồng bào dân tộc thiểu số, phấn đấu hoàn thành chỉ tiêu kết nạp 300 đảng viên năm 2024.")])
LEADCAP3 = "Lễ kết nạp đảng viên tại Chi bộ thôn Yên Cắt, xã Ba Trại"


def page03():
    pub = T("2024-07-11 09:12")

    def jp(t):
        return f'<p style="text-align:justify">{esc(t)}</p>'

    def main(rng, rl, rd):
        li = lambda ts, ds: "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/news/xay-dung-dang/{slug(t)}-{rng.randint(1100, 1399)}.html" title="{esc(t, True)}"><h4>{esc(t)}</h4></a><em> ({dmy(d)})</em></li>' for t, d in zip(ts, ds))
        newer = [(t, pub + timedelta(days=i + 1, hours=3)) for i, t in enumerate(rl[:2])]
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A3.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5"><em class="fa fa-calendar">&nbsp;</em>11/07/2024 &nbsp;<em class="fa fa-clock-o">&nbsp;</em>09:12</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="In ra" href="/news/print/xay-dung-dang/ba-vi-ket-nap-186-dang-vien-moi-1412.html"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article left pointer"><div id="imgpreview" style="width:260px"><p class="text-center"><img alt="{esc(A3.title, True)}" src="/assets/news/2024_07/ket-nap-dang-vien-yen-cat.jpg" width="260" class="img-thumbnail" /></p>'
                f'<figcaption>{esc(LEADCAP3)}</figcaption></div></figure>'
                f'<div class="hometext m-bottom"><strong>{esc(A3.lead)}</strong></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{A3.render(img=pcap, p=jp)}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Kiều Thị Thanh Hoa</p>'
                f'<p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Tổ chức Huyện ủy Ba Vì</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a href="/news/tag/phat-trien-dang-vien">phát triển đảng viên</a>, <a href="/news/tag/ba-vi">Ba Vì</a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: 24 trong 5 đánh giá</p></div></form></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                f'<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related list-inline">{li([t for t, _ in newer], [d for _, d in newer])}</ul>'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related list-inline">{li(rl[2:], rd[2:])}</ul></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=4, hours=2)
        return (f'<div class="bv-header"><a href="/"><img src="/themes/bavi/images/logo.png" alt="Đảng bộ huyện Ba Vì" /></a>'
                f'<div class="bv-clock">{esc(wd(today, lower=True))}, {dmy(today)}</div></div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=4), "Lịch công tác Thường trực Huyện ủy", "lich-tt")
                + side_std(rng, pub, "Tin mới", cls="block-new")
                + '<div class="block-video"><h3>Video</h3><iframe src="https://www.youtube.com/embed/Yk2mBv7xQ1c" width="300" height="170" title="Ba Vì"></iframe></div>'
                + poll("Bạn quan tâm nhất nội dung nào của cổng thông tin?", ["Tin hoạt động", "Văn bản của Đảng", "Gương người tốt việc tốt"]))
    crumbs = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span><em class="fa fa-home fa-lg"></em> Trang chủ</span></a></li>'
              '<li id="brcr_1"><a href="/news/"><span>Tin tức</span></a></li><li id="brcr_2"><a href="/news/xay-dung-dang/"><span>Xây dựng Đảng</span></a></li></ul></div></div>')
    return _page("s14-03", family="district_party_nukeviet4_left_figure_hometext_icon_split_stamp", name="hatay-bavi-huyenuy-nukeviet4-calendar-date-clock-time-left-lead-figure-bold-hometext-tac-gia-nguon-tin-ban-to-chuc-rating",
                 url="https://bavi.hatay.dcs.vn/news/xay-dung-dang/ba-vi-ket-nap-186-dang-vien-moi-1412.html", art=A3, main_fn=main, pub=pub, prefix="nv4", kb=175,
                 org="Đảng bộ huyện Ba Vì", addr="Thị trấn Tây Đằng, huyện Ba Vì, tỉnh Hà Tây", phone="0243.3863.217",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "bootstrap", "title": A3.title + " - Đảng bộ huyện Ba Vì",
                                                              "head_extra": og(A3.title, "https://bavi.hatay.dcs.vn/news/xay-dung-dang/ba-vi-ket-nap-186-dang-vien-moi-1412.html",
                                                                               {"article:published_time": "2024-07-10T17:45:00+07:00", "article:section": "Xây dựng Đảng"})},
                 exp=expected(A3, iso(pub), author="Kiều Thị Thanh Hoa", category="Xây dựng Đảng", captions=[LEADCAP3] + A3.captions),
                 traps={"bylines": ["Tác giả:", "Nguồn tin:", "Ban Tổ chức Huyện ủy Ba Vì"], "chrome": ["Những tin mới hơn", "Tổng số điểm của bài viết là", "Lịch công tác Thường trực Huyện ủy"],
                        "tags": ["phát triển đảng viên,"], "related": lambda rl: rl[:4]},
                 notes="NukeViet 4 district theme: calendar icon '11/07/2024' + clock icon '09:12' in span.h5 → 2024-07-11T09:12. Lead image floated left in figure.article with its figcaption BEFORE the bold hometext (caption, not body; listed first). Bold hometext = lead; em caption paragraph in the body. Foot 'Tác giả: Kiều Thị Thanh Hoa' + 'Nguồn tin: Ban Tổ chức Huyện ủy Ba Vì' → author; the 'Nguồn tin' field is a source, author_unit null. og article:published_time '2024-07-10T17:45:00+07:00' is the draft's creation (the evening before) and disagrees with the visible day → ignored. Newer list carries later dates; rating box; keywords.",
                 readme="NukeViet 4 Huyện ủy: calendar/clock icons in span.h5, left lead figure + figcaption before the bold hometext, 'Tác giả:' + 'Nguồn tin:' (source, not unit)")


# ===================================================================== 4 Joomla 4 UBND huyện: 'Ngày đăng' and 'Cập nhật lần cuối' identical (TWIST)
A4 = Art("Kim Bảng ra quân giải tỏa hành lang an toàn giao thông trên quốc lộ 21B",
         None,
         [("p", "Sáng 10/7, UBND huyện Kim Bảng tổ chức lễ ra quân giải tỏa vi phạm hành lang an toàn giao thông trên tuyến quốc lộ 21B đoạn qua các xã Nhật Tân, Đồng Hóa và thị trấn Quế."),
          ("p", "Theo kết quả rà soát, trên tuyến có 146 trường hợp lấn chiếm vỉa hè, hành lang đường bộ để kinh doanh, dựng mái che, đặt biển quảng cáo; 23 trường hợp đổ vật liệu xây dựng trái phép."),
          ("img", "/images/tintuc/2024/07/giai-toa-hanh-lang-ql21b.jpg", "Lực lượng chức năng tháo dỡ mái che lấn chiếm hành lang đường bộ tại thị trấn Quế"),
          ("p", "Trước khi ra quân, UBND các xã, thị trấn đã tuyên truyền, vận động và gửi thông báo đến từng hộ. Đến nay đã có 98 hộ tự giác tháo dỡ, di dời công trình vi phạm."),
          ("p", "Đợt cao điểm kéo dài đến hết ngày 10/8/2024. Sau thời hạn trên, các trường hợp cố tình không chấp hành sẽ bị cưỡng chế và xử phạt theo quy định.")])


def page04():
    pub = T("2024-07-10 16:20")

    def main(rng, rl, rd):
        tp = '<time itemprop="datePublished" datetime="2024-07-10T16:20:00+07:00">10/07/2024 16:20</time>'
        tm = '<time itemprop="dateModified" datetime="2024-07-10T16:20:00+07:00">10/07/2024 16:20</time>'
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A4.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">Quản trị viên</span></dd>'
                f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/index.php/tin-tuc/tin-tuc-dia-phuong" itemprop="genre">Tin tức địa phương</a></dd>'
                f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> Ngày đăng: {tp}</dd>'
                f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span> Cập nhật lần cuối: {tm}</dd>'
                f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:112"> Lượt xem: 112</dd></dl>'
                f'<div itemprop="articleBody" class="com-content-article__body">{A4.render(img=pcap)}'
                f'<p style="text-align: right;"><em>Tin, ảnh: Đỗ Văn Khánh</em></p></div>'
                f'<ul class="tags list-inline"><li class="list-inline-item tag-7 tag-list0"><a href="/index.php/component/tags/tag/trat-tu-do-thi" class="btn btn-sm btn-info">Trật tự đô thị</a></li></ul>'
                f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> Trước</a>'
                f'<a class="btn btn-sm btn-secondary next" href="#" rel="next">Tiếp theo <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=-4)
        return (f'<div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-kimbang.png" alt="Cổng thông tin điện tử huyện Kim Bảng" /></a>'
                f'<div class="site-description">Cổng thông tin điện tử huyện Kim Bảng - tỉnh Hà Nam Ninh</div></div>{clock(today, "hom_nay", "kb-today")}')

    def side(rng, pub):
        return (f'<div class="moduletable"><h3>Tin mới</h3>{rel(rng, heads5(rng, 5), past(pub, rng, 5, 0, 6), dmy, href="/index.php/tin-tuc/{s}-{n}", cls="mod-articles-latest")}</div>'
                + '<div class="moduletable"><h3>Thủ tục hành chính</h3><ul><li><a href="#">Dịch vụ công trực tuyến</a></li><li><a href="#">Tra cứu hồ sơ</a></li><li><a href="#">Đánh giá sự hài lòng</a></li></ul></div>'
                + '<div class="moduletable"><h3>Lịch tiếp công dân</h3><p>Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân huyện.</p></div>'
                + links_box(["UBND tỉnh Hà Nam Ninh", "Sở Giao thông vận tải", "Công an tỉnh Hà Nam Ninh"], cls="moduletable lienket"))
    crumbs = ('<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2"></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/index.php/tin-tuc/tin-tuc-dia-phuong" class="pathway"><span itemprop="name">Tin tức địa phương</span></a><meta itemprop="position" content="3"></li></ol>')
    head = '<meta name="generator" content="Joomla! - Open Source Content Management" /><meta name="author" content="Quản trị viên" />'
    return _page("s14-04", family="district_ubnd_joomla4_published_equals_modified", name="hanamninh-kimbang-ubnd-joomla4-cassiopeia-article-info-ngay-dang-and-cap-nhat-lan-cuoi-identical-viet-boi-account-no-lead-italic-tin-anh",
                 url="https://kimbang.hanamninh.gov.vn/index.php/tin-tuc/tin-tuc-dia-phuong/1874-kim-bang-ra-quan-giai-toa-hanh-lang-an-toan-giao-thong-tren-quoc-lo-21b",
                 art=A4, main_fn=main, pub=pub, prefix="j4", kb=160,
                 org="UBND huyện Kim Bảng", addr="Thị trấn Quế, huyện Kim Bảng, tỉnh Hà Nam Ninh", phone="0226.3818.214",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "joomla", "items": MENU_GOV, "head_extra": head, "title": A4.title},
                 exp=expected(A4, iso(pub), iso(pub), author="Đỗ Văn Khánh", photographer="Đỗ Văn Khánh", category="Tin tức địa phương"),
                 traps={"bylines": ["Tin, ảnh: Đỗ Văn Khánh", "Viết bởi: Quản trị viên"], "chrome": ["Cập nhật lần cuối:", "Lượt xem: 112", "Lịch tiếp công dân", "Tiếp theo"],
                        "tags": ["Trật tự đô thị"]},
                 notes="TWIST: Joomla 4 (Cassiopeia) article-info prints 'Ngày đăng: 10/07/2024 16:20' and 'Cập nhật lần cuối: 10/07/2024 16:20' with the same minute (Joomla sets modified = created when the item was never edited; both <time> attributes +07:00 agree) → published_at and updated_at both 2024-07-10T16:20:00+07:00: the page shows an update stamp, so it is recorded even though it equals the publication. 'Viết bởi: Quản trị viên' is the account; 'Danh mục:' label dropped → category 'Tin tức địa phương' (= last crumb). No sapo (intro text is a plain first paragraph) → lead null. Image + em caption paragraphs; italic right 'Tin, ảnh: Đỗ Văn Khánh' → author = photographer. Tag button, prev/next pager.",
                 readme="TWIST Joomla 4 'Ngày đăng' and 'Cập nhật lần cuối' with the same minute → updated_at = published_at; 'Viết bởi' account, 'Danh mục:' category, no lead, italic 'Tin, ảnh:'")


# ===================================================================== 5 DNN Đảng ủy Khối: a last photo placed after the byline (TWIST)
A5 = Art("Đảng bộ Công ty Cổ phần Cảng Quy Nhơn tổ chức hội thi “Bí thư chi bộ giỏi”",
         "Ngày 20/9/2024, Đảng ủy Công ty Cổ phần Cảng Quy Nhơn tổ chức Hội thi “Bí thư chi bộ giỏi” năm 2024 với sự tham gia của 11 thí sinh là bí thư, phó bí thư các chi bộ trực thuộc.",
         [("p", "Hội thi gồm ba phần: giới thiệu về chi bộ, xử lý tình huống trong công tác đảng và thi xây dựng nghị quyết chi bộ. Các tình huống bám sát thực tiễn hoạt động của doanh nghiệp cảng biển như vận động người lao động làm ca đêm, giải quyết kiến nghị về chế độ, xử lý đảng viên vi phạm quy định an toàn lao động."),
          ("img", "/Portals/0/Images/2024/09/hoi-thi-bi-thu-chi-bo-cang-quy-nhon.jpg", "Thí sinh Chi bộ Xí nghiệp Xếp dỡ Tân Cảng xử lý tình huống tại hội thi"),
          ("p", "Kết quả, Ban Tổ chức trao giải Nhất cho đồng chí Phan Thanh Tùng, Bí thư Chi bộ Xí nghiệp Xếp dỡ Tân Cảng; 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích cho các thí sinh còn lại."),
          ("p", "Phát biểu bế mạc, đồng chí Bí thư Đảng ủy Công ty đề nghị các chi bộ vận dụng kinh nghiệm từ hội thi vào sinh hoạt hằng tháng, lựa chọn thí sinh xuất sắc tham gia hội thi cấp Khối dự kiến tổ chức trong tháng 11/2024.")])
CAP5 = "Ban Tổ chức trao giải Nhất cho thí sinh Phan Thanh Tùng"


def page05():
    pub = T("2024-09-23 15:40")
    m = "dnn_ctr612_NewsDetail"

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="2" cellspacing="0" style="width:520px"><tbody><tr><td><img alt="" src="{s}" style="width:520px" /></td></tr>'
                f'<tr><td style="text-align:center"><span style="font-size:13px"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        dadua = "".join(f'<li><a href="/Default.aspx?tabid=91&amp;ndid={rng.randint(3300, 3690)}">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>' for t, d in zip(rl, rd))
        return (f'<div class="DnnModule DnnModule-NewsDetail DnnModule-612"><a name="612"></a><div class="duk-container"><div class="duk-container-head"><span id="dnn_ctr612_dnnTITLE_titleLabel" class="Head">Tin tức</span></div>'
                f'<div id="dnn_ctr612_ContentPane" class="duk-container-body"><div id="dnn_ctr612_ModuleContent" class="DNNModuleContent ModNewsDetailC">'
                f'<div class="news-detail"><h2 class="news-title"><span id="{m}_lblTitle">{esc(A5.title)}</span></h2>'
                f'<div class="news-date">Ngày đăng: <span id="{m}_lblNgayDang">23/09/2024 - 15:40</span></div>'
                f'<div id="{m}_pnlTomTat" class="news-summary"><b>{esc(A5.lead)}</b></div>'
                f'<div id="{m}_pnlNoiDung" class="news-content">{A5.render(img=img)}'
                f'<p style="text-align: right;"><strong>Lê Thị Mỹ Dung - Đảng ủy Công ty Cổ phần Cảng Quy Nhơn</strong></p>'
                f'{img("/Portals/0/Images/2024/09/trao-giai-nhat-hoi-thi.jpg", CAP5, 2)}</div>'
                f'<div class="news-tool"><a id="{m}_lnkPrint" href="javascript:__doPostBack(\'dnn$ctr612$NewsDetail$lnkPrint\',\'\')">In bài viết</a> | <a href="#">Gửi email</a> | <a href="javascript:history.back()">Trở về</a></div>'
                f'<div class="news-dadua"><span class="dd-label">Các tin đã đưa ngày:</span> <input type="text" class="dd-date" value="23/09/2024" /> <a href="#">Xem</a><ul>{dadua}</ul></div>'
                f'</div></div></div></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=-6)
        return (f'<div class="duk-top"><img src="/Portals/_default/Skins/DUKDN/images/banner.jpg" alt="Đảng ủy Khối Doanh nghiệp tỉnh Nghĩa Bình" />'
                f'<span class="duk-date">{esc(wd(today))}, ngày {dmy(today)}</span></div>')

    def side(rng, pub):
        return ('<div class="duk-box"><h3>Chuyên mục</h3><ul><li><a href="#">Tin hoạt động</a></li><li><a href="#">Hoạt động cơ sở đảng</a></li><li><a href="#">Gương sáng doanh nghiệp</a></li><li><a href="#">Văn bản Đảng ủy Khối</a></li></ul></div>'
                + side_std(rng, pub, "Tin đọc nhiều", cls="docnhieu", n=5)
                + vb_box(["Hướng dẫn số 12-HD/ĐUK ngày 16/09/2024 về tổ chức hội thi bí thư chi bộ giỏi", "Thông báo số 208-TB/ĐUK ngày 05/09/2024"], "Văn bản mới", "vbduk"))
    crumbs = '<div class="duk-crumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/" class="SkinObject">Trang chủ</a> › <a href="/Default.aspx?tabid=91" class="SkinObject">Hoạt động cơ sở đảng</a></span></div>'
    return _page("s14-05", family="duk_dnn_photo_after_byline", name="nghiabinh-dukdn-dnn-span-title-in-h2-ngay-dang-date-dash-time-bold-summary-bold-name-dash-dang-uy-cong-ty-then-photo-table-after-byline",
                 url="https://dukdn.nghiabinh.dcs.vn/Default.aspx?tabid=91&ndid=3712", art=A5, main_fn=main, pub=pub, prefix="dukd", kb=190,
                 org="Đảng ủy Khối Doanh nghiệp tỉnh Nghĩa Bình", addr="Số 9 Trần Phú, TP Quy Nhơn, tỉnh Nghĩa Bình", phone="0256.3822.641",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "dnn", "form": True, "dnn": True, "title": "Hoạt động cơ sở đảng"},
                 exp=expected(A5, iso(pub), author="Lê Thị Mỹ Dung", unit="Đảng ủy Công ty Cổ phần Cảng Quy Nhơn", category="Hoạt động cơ sở đảng",
                              captions=A5.captions + [CAP5]),
                 traps={"bylines": ["Lê Thị Mỹ Dung - Đảng ủy Công ty Cổ phần Cảng Quy Nhơn"], "chrome": ["Các tin đã đưa ngày:", "In bài viết", "Trở về", "Tin tức"],
                        "dates": ["16/09/2024"], "related": lambda rl: rl[:4]},
                 notes="TWIST: the writer put the bold right byline 'Lê Thị Mỹ Dung - Đảng ủy Công ty Cổ phần Cảng Quy Nhơn' after the last paragraph and then one more photo table (award ceremony) with its em caption AFTER the byline, still inside the content div → that caption is a caption like the others (two captions), the byline is still the byline (author + unit after the dash), and nothing after it is body. DNN: container title 'Tin tức' (generic, not the category); crumb 'Hoạt động cơ sở đảng' = category; span title inside h2; 'Ngày đăng: 23/09/2024 - 15:40'; bold summary div = lead. 'Các tin đã đưa ngày:' date box with dated list.",
                 readme="TWIST photo table + caption placed after the byline at the end of the content; DNN h2 span title, 'Ngày đăng: dd/mm/yyyy - HH:MM', bold summary, 'Name - Đảng ủy Công ty …'")


# ===================================================================== 6 WordPress Sahifa Hội Nông dân: date-only tie-date + agreeing og time, caps 'Bài, ảnh:'
A6 = Art("Phụng Hiệp: Nông dân thu lãi khá từ mô hình nuôi lươn không bùn",
         None,
         [("p", "Những năm gần đây, mô hình nuôi lươn không bùn trong bể lót bạt được nhiều hội viên nông dân ở huyện Phụng Hiệp áp dụng, mang lại thu nhập ổn định trên diện tích nhỏ."),
          ("p", "Anh Trần Văn Sĩ, hội viên Chi hội Nông dân ấp Tân Long, xã Tân Bình hiện nuôi 12 bể lươn, mỗi bể 10 m2. Sau khoảng 8 tháng, lươn đạt trọng lượng 3 - 4 con/kg, bán tại chỗ giá 140.000 - 150.000 đồng/kg; trừ chi phí, mỗi lứa anh lãi hơn 120 triệu đồng."),
          ("img", "/wp-content/uploads/2024/10/nuoi-luon-tan-binh.jpg", "Anh Trần Văn Sĩ kiểm tra lươn trong bể lót bạt"),
          ("p", "Theo anh Sĩ, nuôi lươn không bùn dễ theo dõi sức khỏe của lươn, dễ vệ sinh và thu hoạch, nhưng người nuôi phải thay nước thường xuyên, chọn con giống khỏe và cho ăn đúng giờ."),
          ("p", "Hội Nông dân huyện Phụng Hiệp đã phối hợp với Ngân hàng Chính sách xã hội huyện giải ngân vốn vay từ Quỹ Hỗ trợ nông dân cho 15 hộ nuôi lươn, mỗi hộ từ 30 - 50 triệu đồng, đồng thời thành lập tổ hợp tác để liên kết đầu ra."),
          ("img", "/wp-content/uploads/2024/10/hoi-nong-dan-trao-doi-kinh-nghiem.jpg", "Cán bộ Hội Nông dân huyện Phụng Hiệp trao đổi kinh nghiệm với hội viên nuôi lươn")])


def page06():
    pub = T("2024-10-15 08:05")

    def img(s, c, n):
        return (f'<div id="attachment_{5120 + n}" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{5120 + n}" decoding="async" class="size-full wp-image-{5120 + n}" src="{s}" alt="" width="800" height="533" />'
                f'<p id="caption-attachment-{5120 + n}" class="wp-caption-text">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        cm = ('<div id="comments"><h3 id="comments-title">2 bình luận</h3><ol class="commentlist">'
              '<li class="comment"><div class="comment-author vcard"><cite class="fn">Nguyễn Văn Út</cite></div><div class="comment-meta">16/10/2024 lúc 7:45 sáng</div>'
              '<p>Cho hỏi mua lươn giống ở đâu chất lượng vậy anh?</p></li>'
              '<li class="comment"><div class="comment-author vcard"><cite class="fn">Hội Nông dân tỉnh</cite></div><div class="comment-meta">16/10/2024 lúc 9:10 sáng</div>'
              '<p>Bà con liên hệ Hội Nông dân huyện Phụng Hiệp để được hướng dẫn nhé.</p></li></ol>'
              '<div id="respond"><h3 id="reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><input name="author" /><input name="email" /><input type="submit" value="Phản hồi" /></form></div></div>')
        return (f'<article class="post-listing post-5118 post type-post status-publish format-standard has-post-thumbnail hentry category-nong-dan-lam-kinh-te-gioi" id="the-post">'
                f'<div class="post-inner"><h1 class="name post-title entry-title"><span itemprop="name">{esc(A6.title)}</span></h1>'
                f'<p class="post-meta"><span class="post-meta-author"><i class="fa fa-user"></i><a href="/author/hoinongdan/" title="">hoinongdan </a></span>'
                f'<span class="tie-date"><i class="fa fa-clock-o"></i>15/10/2024</span>'
                f'<span class="post-cats"><i class="fa fa-folder"></i><a href="/category/nong-dan-lam-kinh-te-gioi/" rel="category tag">Nông dân làm kinh tế giỏi</a></span>'
                f'<span class="post-comments"><i class="fa fa-comments"></i><a href="#comments">2 bình luận</a></span><span class="post-views"><i class="fa fa-eye"></i>417 Lượt xem</span></p>'
                f'<div class="clear"></div><div class="entry">{A6.render(img=img)}'
                f'<p style="text-align: right;"><strong>Bài, ảnh: PHƯƠNG THẢO</strong></p></div>'
                f'<div class="share-post"><span class="share-text">Chia sẻ</span>{share("tie-share")}</div>'
                f'<p class="post-tag">Thẻ<a href="/tag/nuoi-luon/" rel="tag">nuôi lươn</a> <a href="/tag/phung-hiep/" rel="tag">Phụng Hiệp</a> <a href="/tag/thuy-san-nuoc-ngot/" rel="tag">thủy sản nước ngọt</a></p></div></article>'
                f'<section id="author-box"><div class="block-head"><h3>Về tác giả </h3></div><div class="post-listing"><div class="author-bio"><div class="author-avatar"><img src="/wp-content/uploads/avatar-hnd.png" alt="" /></div>'
                f'<div class="author-description"><a href="/author/hoinongdan/">hoinongdan</a></div></div></div></section>'
                f'<section id="related_posts"><div class="block-head"><h3>Bài viết liên quan</h3></div><div class="post-listing">{rel(rng, rl[:4], rd[:4], dmy, href="/{s}/", cls="related-item")}</div></section>{cm}')

    def top(rng, pub):
        today = pub + timedelta(days=3)
        return (f'<div id="top-nav" class="top-nav"><span class="today-date">{esc(wd(today))}, {dmy(today)}</span></div>'
                f'<div class="header-content"><div class="logo"><a href="/"><img src="/wp-content/uploads/2022/03/logo-hnd-haugiang.png" alt="Hội Nông dân tỉnh Hậu Giang" /></a></div>'
                f'<div class="e3lan e3lan-top"><img src="/wp-content/uploads/2024/01/banner-quy-ho-tro-nong-dan.jpg" alt="Quỹ Hỗ trợ nông dân" /></div></div>'
                + ticker(rng, heads5(rng, 5), past(pub + timedelta(days=3), rng, 5, 0, 3), dmy, "Tin mới", "breaking-news"))

    def side(rng, pub):
        return (f'<div class="widget"><div class="widget-top"><h4>Bài viết mới</h4></div><div class="widget-container">{rel(rng, heads5(rng, 5), past(pub, rng, 5, 0, 5), dmy, href="/{s}/", cls="recent")}</div></div>'
                + '<div class="widget"><div class="widget-top"><h4>Chuyên mục</h4></div><div class="widget-container"><ul><li><a href="/category/tin-hoat-dong/">Tin hoạt động</a> (624)</li><li><a href="/category/nong-dan-lam-kinh-te-gioi/">Nông dân làm kinh tế giỏi</a> (213)</li><li><a href="/category/khoa-hoc-ky-thuat/">Khoa học kỹ thuật</a> (158)</li></ul></div></div>'
                + '<div class="widget"><div class="widget-top"><h4>Lưu trữ</h4></div><div class="widget-container"><select><option>Tháng Mười 2024</option><option>Tháng Chín 2024</option><option>Tháng Tám 2024</option></select></div></div>')
    url = "https://hoinongdan.haugiang.gov.vn/phung-hiep-nong-dan-thu-lai-kha-tu-mo-hinh-nuoi-luon-khong-bun/"
    head = ('<meta name="generator" content="WordPress 6.5.5" />'
            + og(A6.title, url, {"article:published_time": "2024-10-15T08:05:00+07:00", "article:modified_time": "2024-10-15T08:05:00+07:00", "article:author": "hoinongdan"})
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A6.title, "datePublished": "2024-10-15T08:05:00+07:00",
                                                                    "dateModified": "2024-10-15T08:05:00+07:00", "author": {"@name": "hoinongdan", "@type": "Person"},
                                                                    "articleSection": ["Nông dân làm kinh tế giỏi"]}]}))
    return _page("s14-06", family="farmers_union_wp_sahifa_date_only_og_time_caps_bai_anh", name="haugiang-hnd-wp-sahifa-tie-date-date-only-og-yoast-time-agrees-account-author-box-wp-caption-caps-bai-anh-comments",
                 url=url, art=A6, main_fn=main, pub=pub, prefix="sah", kb=180,
                 org="Hội Nông dân tỉnh Hậu Giang", addr="Số 6 đường Hòa Bình, phường Tân An, TP Cần Thơ, tỉnh Hậu Giang", phone="0292.3821.336",
                 top=top, side=side, shell_kw={"layout": "wp", "items": MENU_MASS, "head_extra": head, "title": A6.title + " - Hội Nông dân tỉnh Hậu Giang",
                                               "body_cls": "post-template-default single single-post lazy-enabled"},
                 exp=expected(A6, iso(pub), author="PHƯƠNG THẢO", photographer="PHƯƠNG THẢO", category="Nông dân làm kinh tế giỏi"),
                 traps={"bylines": ["Bài, ảnh: PHƯƠNG THẢO", "hoinongdan"], "chrome": ["Bài viết liên quan", "Về tác giả", "Để lại một bình luận", "417 Lượt xem"],
                        "comments": ["Cho hỏi mua lươn giống ở đâu chất lượng vậy anh?"], "tags": ["thủy sản nước ngọt"], "related": lambda rl: rl[:3]},
                 notes="WordPress Sahifa (TieLabs): h1.post-title > span; p.post-meta with the account 'hoinongdan' (also the author box and JSON-LD author), span.tie-date showing only '15/10/2024', category chip and comment/view counts. og article:published_time and Yoast JSON-LD '2024-10-15T08:05:00+07:00' agree with the visible day and carry an offset → published_at 2024-10-15T08:05:00+07:00; modified = published and no update is shown → updated_at null. No sapo → lead null. wp-caption divs; caps bold right 'Bài, ảnh: PHƯƠNG THẢO' → author = photographer, capitals kept. Two dated reader comments, related posts, archive select with month names.",
                 readme="WordPress Sahifa Hội Nông dân: date-only tie-date + agreeing og/Yoast time, account in meta/author box, wp-caption, no lead, caps 'Bài, ảnh: NAME', comments")


# ===================================================================== 7 SharePoint 2013 Sở Y tế: publishing page fields, vi 12h 'SA', byline field 'BS. Name - unit'
A7 = Art("Long Châu Hà: Ghi nhận 1.126 ca sốt xuất huyết từ đầu năm",
         "Từ đầu năm đến ngày 2/3/2025, toàn tỉnh ghi nhận 1.126 ca mắc sốt xuất huyết, tăng 18% so với cùng kỳ năm 2024; chưa ghi nhận trường hợp tử vong.",
         [("p", "Các địa phương có số ca mắc cao là thành phố Long Xuyên, thị xã Tân Châu và huyện Tịnh Biên. Trẻ em dưới 15 tuổi chiếm 56% tổng số ca mắc."),
          ("p", "Ngành Y tế đã tổ chức 3 đợt chiến dịch diệt lăng quăng, bọ gậy tại 128 xã, phường, thị trấn; phun hóa chất xử lý 214 ổ dịch, đồng thời tăng cường giám sát tại các trường học, khu trọ công nhân."),
          ("img", "/SiteAssets/tin-tuc/2025/03/phun-hoa-chat-my-binh.jpg", "Nhân viên y tế phun hóa chất diệt muỗi tại khu dân cư phường Mỹ Bình, thành phố Long Xuyên"),
          ("p", "Sở Y tế khuyến cáo người dân chủ động đậy kín dụng cụ chứa nước, thu gom vật phế thải quanh nhà; khi có biểu hiện sốt cao đột ngột, xuất huyết dưới da cần đến ngay cơ sở y tế để được khám và điều trị kịp thời, không tự ý điều trị tại nhà.")])


def page07():
    pub = T("2025-03-05 10:05")

    def img(s, c, n):
        return (f'<table class="ms-rteTable-default" align="center" style="width:85%"><tbody><tr class="ms-rteTableOddRow-default"><td class="ms-rteTableOddCol-default"><img src="{s}" alt="" style="margin:5px;width:100%" /></td></tr>'
                f'<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" style="text-align:center"><span class="ms-rteStyle-Caption">{esc(c)}</span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        w = "ctl00_PlaceHolderMain"
        lq = "".join(f'<li><a href="/tintuc/Pages/{slug(t)[:50]}.aspx">{esc(t)}</a> <span class="date">(Ngày {dmy(d)})</span></li>' for t, d in zip(rl, rd))
        return (f'<div class="article article-left"><div class="article-header"><div class="page-category">Phòng chống dịch bệnh</div>'
                f'<h1 class="article-title"><div id="{w}_TitleField__ControlWrapper_TextField" class="ms-formfieldvaluecontainer">{esc(A7.title)}</div></h1>'
                f'<div class="article-date"><span>Ngày đăng: </span><span id="{w}_ArticleStartDate__ControlWrapper_DateTimeField">05/03/2025 10:05 SA</span></div></div>'
                f'<div class="article-summary"><div id="{w}_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline"><strong>{esc(A7.lead)}</strong></div></div>'
                f'<div class="article-content"><div id="{w}_ctl04__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">{A7.render(img=img)}</div></div>'
                f'<div class="article-byline" style="text-align:right"><span id="{w}_ArticleByLine__ControlWrapper_TextField"><b>BS. Trần Thị Ngọc Hân - Trung tâm Kiểm soát bệnh tật</b></span></div>'
                f'<div class="article-attach"><span>Tài liệu đính kèm:</span> <a href="/Documents/cv-412-syt-phong-chong-sxh.pdf">Công văn số 412/SYT-NVY ngày 27/02/2025 về tăng cường phòng, chống sốt xuất huyết</a></div>'
                f'<div class="article-related"><h3>Tin liên quan</h3><ul>{lq}</ul></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=5)
        return (f'<div class="syt-top"><img src="/PublishingImages/banner-syt-lch.png" alt="Sở Y tế tỉnh Long Châu Hà" /><span class="syt-today">{esc(wd(today))}, {dmy(today)}</span>'
                f'<div class="syt-hotline">Đường dây nóng: 1900 9095</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Thông báo", cls="thongbao", n=5)
                + '<div class="syt-box"><h3>Thông tin dịch bệnh</h3><table><tr><td>Sốt xuất huyết</td><td>1.126 ca</td></tr><tr><td>Tay chân miệng</td><td>342 ca</td></tr><tr><td>Sởi</td><td>18 ca</td></tr></table><p>Cập nhật đến ngày 02/03/2025</p></div>'
                + links_box(["Bộ Y tế", "Cục Y tế dự phòng", "Bảo hiểm xã hội tỉnh", "Cổng TTĐT tỉnh Long Châu Hà"]))
    crumbs = '<div class="breadcrumb-syt"><a href="/">Trang chủ</a> &gt; <a href="/tintuc">Tin tức - Sự kiện</a> &gt; <span class="current">Phòng chống dịch bệnh</span></div>'
    return _page("s14-07", family="department_sharepoint2013_publishing_fields_byline_field", name="longchauha-syt-sharepoint2013-page-layout-titlefield-articlestartdate-dd-mm-yyyy-hh-mm-sa-summary-field-articlebyline-bs-name-dash-unit",
                 url="https://soyte.longchauha.gov.vn/tintuc/Pages/ghi-nhan-1126-ca-sot-xuat-huyet-tu-dau-nam.aspx", art=A7, main_fn=main, pub=pub, prefix="syt", kb=245,
                 org="Sở Y tế tỉnh Long Châu Hà", addr="Số 15 Lê Triệu Kiết, TP Long Xuyên, tỉnh Long Châu Hà", phone="0296.3852.813",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "sharepoint", "form": True, "items": MENU_GOV, "title": "Ghi nhận 1.126 ca sốt xuất huyết từ đầu năm"},
                 exp=expected(A7, iso(pub), author="BS. Trần Thị Ngọc Hân", unit="Trung tâm Kiểm soát bệnh tật", category="Phòng chống dịch bệnh"),
                 traps={"bylines": ["BS. Trần Thị Ngọc Hân - Trung tâm Kiểm soát bệnh tật"], "chrome": ["Tài liệu đính kèm:", "Thông tin dịch bệnh", "Đường dây nóng"],
                        "dates": ["27/02/2025", "Cập nhật đến ngày 02/03/2025"], "related": lambda rl: rl[:3]},
                 notes="SharePoint 2013 publishing page layout: TitleField in the h1, ArticleStartDate field '05/03/2025 10:05 SA' (vi-VN 12-hour, SA = morning) → 2025-03-05T10:05:00+07:00; summary RichHtmlField bold = lead; ArticleByLine field 'BS. Trần Thị Ngọc Hân - Trung tâm Kiểm soát bệnh tật' → author with the professional title kept as printed (like degrees), unit after the dash. <title> is the page title without the province prefix; category label above the h1 = last crumb. ms-rteTable captions with ms-rteStyle-Caption; attachment line with an issue date; epidemic box 'Cập nhật đến ngày 02/03/2025' (not an update stamp of the article).",
                 readme="SharePoint 2013 Sở Y tế: TitleField h1, ArticleStartDate 'dd/mm/yyyy HH:MM SA', summary field lead, ArticleByLine 'BS. Name - unit', rte caption tables, attachment date")


# ===================================================================== 8 in-house ASP.NET Tỉnh ủy: breadcrumb inside an h1, span title, labelled author/unit meta
A8 = Art("Tỉnh ủy Sông Bé quán triệt các quy định mới về công tác cán bộ",
         "Sáng 11/7, Ban Thường vụ Tỉnh ủy Sông Bé tổ chức hội nghị quán triệt các quy định mới của Trung ương về công tác cán bộ cho hơn 600 đại biểu là cán bộ chủ chốt của tỉnh tại điểm cầu Tỉnh ủy và 12 điểm cầu huyện, thị, thành ủy.",
         [("h", "Siết chặt quy trình bổ nhiệm"),
          ("p", "Tại hội nghị, đồng chí Trưởng Ban Tổ chức Tỉnh ủy đã truyền đạt những điểm mới về tiêu chuẩn, điều kiện bổ nhiệm, giới thiệu cán bộ ứng cử; việc lấy phiếu tín nhiệm và thẩm quyền quyết định của tập thể cấp ủy."),
          ("p", "Theo đó, cán bộ được đề nghị bổ nhiệm phải có ít nhất 3 năm liền kề hoàn thành tốt nhiệm vụ trở lên và không trong thời gian bị xem xét kỷ luật, điều tra, truy tố."),
          ("img", "/Uploads/images/2024/07/11/hoi-nghi-quan-triet-cong-tac-can-bo.jpg", "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy"),
          ("h", "Thực hiện nghiêm, không có vùng cấm"),
          ("p", "Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu cấp ủy các cấp khẩn trương rà soát, sửa đổi quy chế làm việc, quy trình công tác cán bộ của địa phương, đơn vị cho phù hợp; kiên quyết không để lọt những người không đủ tiêu chuẩn vào cấp ủy khóa mới."),
          ("p", "Các địa phương, đơn vị hoàn thành việc tổ chức quán triệt đến cán bộ, đảng viên trước ngày 31/7/2024.")])


def page08():
    pub = T("2024-07-11 15:35")
    c = "ctl00_cphMain_ArticleDetail1"

    def main(rng, rl, rd):
        ref = "".join(f'<li><a href="/bai-viet/{slug(t)}.aspx">{esc(t)}</a> <span class="date">[{dmy(d)}]</span></li>' for t, d in zip(rl[:3], rd[:3]))
        cung = "".join(f'<li><a href="/bai-viet/{slug(t)}.aspx">{esc(t)}</a> <span class="date">[{dmy(d)}]</span></li>' for t, d in zip(rl[3:], rd[3:]))
        return (f'<div class="article-detail"><div class="title"><span id="{c}_ltlTitle" class="bullet-li">{esc(A8.title)}</span></div>'
                f'<div class="TopToolbar"><a class="back" href="javascript:history.back()">Quay lại</a> <a href="#" class="plusSize">A+</a> <a href="#" class="minusSize">A-</a> <a href="#" class="print">In</a></div>'
                f'<div class="article-meta"><span class="lbl">Ngày</span> <span id="{c}_lblDate">11/07/2024, lúc 15:35</span>'
                f' &nbsp;|&nbsp; <span class="lbl">Tác giả:</span> <span id="{c}_lblAuthor">Phạm Minh Quân</span>'
                f' &nbsp;|&nbsp; <span class="lbl">Đơn vị:</span> <span id="{c}_lblDonVi">Ban Tổ chức Tỉnh ủy</span></div>'
                f'<div class="summary"><span id="{c}_lblSummary"><b><i>{esc(A8.lead)}</i></b></span></div>'
                f'<div id="divDetailContent">{A8.render(img=fig, h=lambda t: f"<h3>{esc(t)}</h3>")}</div>'
                f'<div class="BottomToolbar"><a href="#">Gửi bài viết</a> | <a href="#">Lên đầu trang</a></div></div>'
                f'<div class="article-reference"><div class="title"><a id="ctl00_cphMain_articleReference_mrcArticle" href="#">Tin tức khác</a></div><ul>{ref}</ul></div>'
                f'<div class="article-reference"><div class="title">Tin cùng chuyên mục</div><ul>{cung}</ul></div>')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=-7)
        return (f'<div class="tu-header"><img src="/Images/banner-tinhuy-songbe.jpg" alt="Đảng bộ tỉnh Sông Bé" />'
                f'<div class="tu-clock">{esc(wd(today))}, ngày {today.day} tháng {today.month} năm {today.year}</div>'
                f'<div class="tu-slogan">Nhiệt liệt chào mừng đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2025 - 2030</div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", cls="noibat")
                + vb_box(["Quy định số 24-QĐ/TU ngày 03/07/2024 về phân cấp quản lý cán bộ", "Hướng dẫn số 09-HD/BTCTU ngày 25/06/2024"], "Văn bản Tỉnh ủy", "vbtu")
                + '<div class="box-border"><h3>Chuyên trang</h3><ul><li><a href="#">Học tập và làm theo Bác</a></li><li><a href="#">Bảo vệ nền tảng tư tưởng của Đảng</a></li><li><a href="#">Đại hội Đảng các cấp</a></li></ul></div>')
    crumbs = ('<div class="box-border"><div class="nav"><h1><a class="home" href="/">Trang chủ</a> <a class="arr" href="/xay-dung-dang.aspx">Xây dựng Đảng</a>'
              ' <a class="arr" href="/xay-dung-dang/to-chuc-can-bo.aspx">Tổ chức - Cán bộ</a></h1></div></div>')
    return _page("s14-08", family="province_party_aspnet_crumb_h1_labelled_author_unit_meta", name="songbe-tinhuy-aspnet-articledetail-breadcrumb-in-h1-span-title-ngay-date-comma-luc-time-tac-gia-don-vi-labels-bold-italic-summary-h3",
                 url="https://songbe.dcs.vn/bai-viet/tinh-uy-song-be-quan-triet-cac-quy-dinh-moi-ve-cong-tac-can-bo.aspx", art=A8, main_fn=main, pub=pub, prefix="tusb", kb=210,
                 org="Đảng bộ tỉnh Sông Bé", addr="Số 1 đường Hùng Vương, phường Phú Cường, TP Thủ Dầu Một, tỉnh Sông Bé", phone="0274.3822.275",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "table", "form": True, "title": "Cổng thông tin điện tử Đảng bộ tỉnh Sông Bé"},
                 exp=expected(A8, iso(pub), author="Phạm Minh Quân", unit="Ban Tổ chức Tỉnh ủy", category="Tổ chức - Cán bộ"),
                 traps={"bylines": ["Tác giả:", "Đơn vị:"], "chrome": ["Quay lại", "Tin tức khác", "Tin cùng chuyên mục", "Lên đầu trang", "Chuyên trang"],
                        "dates": ["03/07/2024"], "related": lambda rl: rl[:4]},
                 notes="In-house ASP.NET WebForms (ArticleDetail user control, table layout, ViewState, <title> = portal name): the only <h1> on the page holds the BREADCRUMB links ('Trang chủ › Xây dựng Đảng › Tổ chức - Cán bộ' → category = last link); the title is span#…_ltlTitle.bullet-li in div.title. Meta row with labels: 'Ngày 11/07/2024, lúc 15:35 | Tác giả: Phạm Minh Quân | Đơn vị: Ban Tổ chức Tỉnh ủy' → author + unit (a labelled 'Đơn vị' field is a unit, not a source). Bold-italic summary span = lead, h3 sub-heads in the text are body, figure/figcaption. Header clock in words, congress slogan, two related lists with '[dd/mm/yyyy]'.",
                 readme="ASP.NET Tỉnh ủy: breadcrumb inside the only h1, span title, 'Ngày dd/mm/yyyy, lúc HH:MM | Tác giả: … | Đơn vị: …' meta, bold-italic summary, h3 sub-heads")


# ===================================================================== 9 in-house PHP Tỉnh ủy: 'Name/Unit' slash byline (TWIST)
A9 = Art("Phúc Thọ: Chi bộ thôn dẫn dắt phong trào dồn điền, đổi thửa",
         "Nhờ các chi bộ thôn vào cuộc quyết liệt, sau hơn một năm, huyện Phúc Thọ đã hoàn thành dồn điền, đổi thửa hơn 1.450 ha đất nông nghiệp, giảm bình quân từ 6 thửa xuống còn 1,8 thửa/hộ.",
         [("p", "Ở thôn Đông, xã Tam Hiệp, trước khi triển khai, chi bộ họp bàn nhiều buổi, giao cho từng đảng viên phụ trách vận động nhóm hộ gia đình. Các đảng viên, cán bộ thôn gương mẫu nhận phần ruộng xa, ruộng xấu trước, nên người dân đồng thuận cao."),
          ("p", "Bí thư Chi bộ thôn Đông Nguyễn Văn Tỉnh cho biết: “Có hộ ban đầu không đồng ý vì ruộng mới xa nhà hơn. Chi bộ cử đảng viên đến tận nhà giải thích, đưa bà con ra đồng xem thực địa, cuối cùng bà con đều ký biên bản thống nhất”."),
          ("img", "/upload/news/2024/07/dong-mau-tam-hiep.jpg", "Máy làm đất trên cánh đồng mẫu sau dồn điền, đổi thửa ở xã Tam Hiệp"),
          ("p", "Sau dồn điền, đổi thửa, nhiều hộ đã mạnh dạn chuyển đổi sang trồng rau an toàn, cây ăn quả, nuôi trồng thủy sản; giá trị sản xuất bình quân đạt 185 triệu đồng/ha/năm, tăng 35% so với trước."),
          ("p", "Huyện ủy Phúc Thọ đã đề nghị Ban Thường vụ Tỉnh ủy khen thưởng 6 chi bộ thôn tiêu biểu trong phong trào này.")])


def page09():
    pub = T("2024-07-16 14:10")

    def img(s, c, n):
        return (f'<p style="text-align: center;"><img alt="{esc(c, True)}" src="{s}" style="width: 640px; height: 427px;" /></p>'
                f'<p style="text-align: center;"><span style="color:#0000cd;"><em>{esc(c)}</em></span></p>')

    def main(rng, rl, rd):
        return (f'<div class="detail"><div class="cate-title"><a href="/?mod=news&amp;cat=12">Tin từ cơ sở</a></div>'
                f'<h1 class="detail-title">{esc(A9.title)}</h1>'
                f'<div class="detail-date"><img src="/images/icon-clock.gif" alt="" /> {wd(pub)}, 16/07/2024 - 14:10</div>'
                f'<p class="sapo"><em><b>{esc(A9.lead)}</b></em></p>'
                f'<div class="detail-content">{A9.render(img=img)}'
                f'<p style="text-align: right;"><strong>Kim Oanh/Trung tâm Truyền thông và Văn hóa huyện Phúc Thọ</strong></p></div>'
                f'<div class="detail-tool"><a href="/?mod=news&amp;act=print&amp;id=9182">In bài</a> <a href="#">Gửi bạn bè</a> <span class="luotxem">Lượt xem: 329</span></div>'
                f'<div class="detail-comment"><h4>Ý kiến bạn đọc</h4><p class="note">Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến.</p>'
                f'<form><input name="hoten" placeholder="Họ và tên" /><input name="email" placeholder="Email" /><textarea name="noidung"></textarea><button type="button">Gửi ý kiến</button></form></div>'
                f'<div class="detail-same"><h4>Tin cùng chuyên mục</h4>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/?mod=news&amp;id={n}", cls="same")}</div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=2)
        return (f'<div class="ht-top"><img src="/images/banner-tinhuy-hatay.jpg" alt="Cổng thông tin điện tử Đảng bộ tỉnh Hà Tây" />'
                f'<div class="ht-date">{esc(wd(today))}, {dmy(today)}</div></div>'
                + ticker(rng, heads5(rng, 4), [today - timedelta(hours=6 * i) for i in range(4)], lambda d: dmy(d) + " " + hm(d), "Tiêu điểm", "ht-ticker"))

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=2), "Lịch công tác của Thường trực Tỉnh ủy", "lich")
                + side_std(rng, pub, "Tin đọc nhiều", cls="docnhieu")
                + '<div class="ht-box"><h3>Sổ tay đảng viên</h3><ul><li><a href="#">Hỏi - đáp về Điều lệ Đảng</a></li><li><a href="#">Nghiệp vụ công tác đảng</a></li></ul></div>')
    return _page("s14-09", family="province_party_php_slash_name_unit_byline", name="hatay-tinhuy-php-mod-news-category-label-above-h1-weekday-date-dash-time-italic-bold-sapo-blue-em-caption-bold-name-slash-trung-tam-huyen",
                 url="https://hatay.dcs.vn/?mod=news&act=detail&id=9182", art=A9, main_fn=main, pub=pub, prefix="ht", kb=155,
                 org="Đảng bộ tỉnh Hà Tây", addr="Số 8 Quang Trung, quận Hà Đông, tỉnh Hà Tây", phone="0243.3824.125",
                 top=top, side=side, shell_kw={"title": A9.title + " - Đảng bộ tỉnh Hà Tây",
                                               "head_extra": jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": A9.title,
                                                                     "datePublished": "2024-07-16 07:10:00", "dateModified": "2024-07-16 07:10:00",
                                                                     "publisher": {"@type": "Organization", "name": "Đảng bộ tỉnh Hà Tây"}})},
                 exp=expected(A9, iso(pub), author="Kim Oanh", unit="Trung tâm Truyền thông và Văn hóa huyện Phúc Thọ", category="Tin từ cơ sở"),
                 traps={"bylines": ["Kim Oanh/Trung tâm Truyền thông và Văn hóa huyện Phúc Thọ"], "chrome": ["Ý kiến bạn đọc", "Tin cùng chuyên mục", "Lượt xem: 329", "Sổ tay đảng viên"],
                        "related": lambda rl: rl[:4]},
                 notes="TWIST: the byline joins the writer and her unit with a slash, no spaces, in the style national agencies use ('Name/Outlet'): bold right 'Kim Oanh/Trung tâm Truyền thông và Văn hóa huyện Phúc Thọ' → author 'Kim Oanh', author_unit = the district media centre (a district article republished on the provincial Party portal). In-house PHP (?mod=news): JSON-LD datePublished '2024-07-16 07:10:00' is a naive server value (really UTC, no offset) → not trusted; the visible stamp gives 14:10. Category label above the h1 (no breadcrumb), 'Thứ Ba, 16/07/2024 - 14:10' after a clock gif, italic-bold sapo paragraph = lead, blue em caption paragraphs, empty comment form, dated related list, ticker and work schedule.",
                 readme="TWIST 'Name/Unit' slash byline → author + unit; PHP Tỉnh ủy portal, category label above the h1, 'Thứ Ba, dd/mm/yyyy - HH:MM', italic-bold sapo, blue em captions")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
