"""Set 22 pages 1-9: a random, realistic sample of the provincial Party system's sites (the Ban Tuyên giáo and the UBKT
of a Tỉnh ủy, the Hội Nông dân, the Ban Dân vận, two Sở, a Cổng TTĐT tỉnh, an Đài PT-TH, an Đảng ủy Khối) on the
vendors' products. Pages 1, 3, 5 and 8 carry one TWIST each, all of the kind that would silently corrupt a record
rather than merely miss a field: a historical date badge in the slot where the stamp usually is, a quotation's
attribution line styled exactly like a byline, the JSON-LD of ANOTHER post (same day, with a time) in the head, and a
stamp printed in GMT that falls on the previous day."""
from datetime import timedelta, timezone

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum, b64blob
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


# ===================================================================== 1 Ban Tuyên giáo Tỉnh ủy Quảng Nam: VNPT Liferay 6.2, 'Ngày này năm xưa' date badge in the stamp slot (TWIST)
A1 = Art("Ngày 14/3/1975: Quân và dân huyện Quế Sơn nổi dậy giành quyền làm chủ",
         None,
         [("p", "Thực hiện chủ trương của Khu ủy Khu 5 và Tỉnh ủy Quảng Đà, đêm 13 rạng sáng 14/3/1975, lực lượng vũ trang huyện Quế Sơn phối hợp với bộ đội chủ lực đồng loạt tiến công các chi khu, cứ điểm của địch dọc Quốc lộ 1 và tỉnh lộ 105."),
          ("img", "/documents/10181/0/tu-lieu-que-son-1975.jpg", "Ảnh tư liệu: Nhân dân Quế Sơn mít tinh mừng quê hương được giải phóng, tháng 3/1975"),
          ("p", "Cùng với các mũi tiến công quân sự, hàng nghìn quần chúng các xã Quế Phú, Quế Xuân, Quế Châu mang cờ, khẩu hiệu nổi dậy bao vây đồn bốt, kêu gọi binh lính địch ra hàng. Đến trưa 14/3, toàn bộ hệ thống ngụy quyền cơ sở ở vùng đồng bằng của huyện bị tan rã."),
          ("p", "Thắng lợi của cuộc nổi dậy góp phần cùng quân và dân toàn tỉnh tạo thế, tạo lực cho cuộc tổng tiến công giải phóng thị xã Tam Kỳ ngày 24/3 và thành phố Đà Nẵng ngày 29/3/1975."),
          ("p", "Năm mươi năm đã trôi qua, Đảng bộ và nhân dân huyện Quế Sơn luôn phát huy truyền thống cách mạng, đoàn kết xây dựng quê hương ngày càng giàu đẹp; năm 2024, huyện có 11/13 xã đạt chuẩn nông thôn mới.")])


def page01():
    pub = T("2025-03-14 06:30")

    def main(rng, rl, rd):
        body = A1.render(p=jp, img=lambda s, c, n: (f'<table class="tb-anh" align="center" width="86%"><tbody><tr><td><img src="{s}" alt="" style="width:100%" /></td></tr>'
                                                    f'<tr><td class="tb-anh-cap" style="text-align:center"><em>{esc(c)}</em></td></tr></tbody></table>'))
        pid = alnum(rng, 12)
        return (f'<div class="portlet-boundary portlet-boundary_101_ portlet-static" id="p_p_id_101_INSTANCE_{pid}_"><div class="portlet-body">'
                f'<div class="taglib-header"><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/btg/ngay-nay-nam-xua" title="Quay lại"></a></span>'
                f'<h3 class="header-title"><span>{esc(A1.title)}</span></h3></div>'
                f'<div class="nnnx-badge"><span class="nnnx-label">Ngày này năm xưa</span> <span class="nnnx-date">14/3/1975</span></div>'
                f'<div class="asset-full-content show-asset-title"><div class="asset-content"><div class="journal-content-article">{body}'
                f'<p style="text-align:right"><em><strong>Thu Hiền (tổng hợp)</strong></em></p></div></div>'
                f'<div class="asset-ratings"><span class="taglib-ratings-label">Đánh giá:</span> <span class="stars">★★★★☆</span> (9 phiếu)</div>'
                f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày đăng: {dmy(pub)} {hm(pub)}</span> '
                f'<span class="metadata-entry metadata-view-count">Lượt xem: 642</span></div></div></div></div>'
                f'<div class="btg-other"><h3>Các bài khác</h3>{rel(rng, rl[:5], rd, lambda d: "(" + dmy(d) + ")", href="/web/btg/-/{s}-{n}", cls="btg-other-list")}</div>')

    def side(rng, pub):
        ev = [("08/3/1965", "Lữ đoàn Thủy quân lục chiến Mỹ đổ bộ vào Đà Nẵng"), ("24/3/1975", "Giải phóng thị xã Tam Kỳ"),
              ("26/3/1931", "Thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh"), ("29/3/1975", "Giải phóng thành phố Đà Nẵng")]
        li = "".join(f'<li><b>{d}</b> {esc(t)}</li>' for d, t in ev)
        return (f'<div class="btg-sk"><h3>Sự kiện lịch sử tháng 3</h3><ul>{li}</ul></div>'
                + side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="btg-new")
                + links_box(["Tỉnh ủy Quảng Nam", "Báo Quảng Nam", "Ban Tuyên giáo Trung ương"]))

    crumbs = crumb([("Trang chủ", "/web/btg"), ("Tư liệu", "/web/btg/tu-lieu"), ("Ngày này năm xưa", "/web/btg/ngay-nay-nam-xua")], cls="breadcrumb btg-crumb", sep=" ")
    url = "https://tuyengiao.quangnam.dcs.vn/web/btg/ngay-nay-nam-xua/-/asset_publisher/Kx3Qm/content/ngay-14-3-1975-quan-va-dan-huyen-que-son-noi-day-gianh-quyen-lam-chu"
    head = og(A1.title, url, {"og:site_name": "Ban Tuyên giáo Tỉnh ủy Quảng Nam", "og:description": A1.blocks[0][1][:150]})
    return page("s22-01", family="btg_vnpt_liferay62_ngay_nay_nam_xua_history_date_badge_in_stamp_slot",
                name="quangnam-btgtu-vnpt-liferay62-asset-publisher-h3-header-title-span-ngay-nay-nam-xua-badge-14-3-1975-under-title-real-stamp-bottom-metadata-ngay-dang-dd-mm-yyyy-hh-mm-no-lead-td-em-caption-anh-tu-lieu-name-tong-hop",
                url=url, art=A1, main_fn=main, pub=pub, prefix="btg", kb=145,
                org="Ban Tuyên giáo Tỉnh ủy Quảng Nam", addr="Số 15 đường Trần Hưng Đạo, TP Tam Kỳ, tỉnh Quảng Nam", phone="0235.3852.417",
                crumbs=crumbs, top=head_top("btg", "/o/btg-theme/images/banner.png", "Ban Tuyên giáo Tỉnh ủy Quảng Nam", days=2, hours=3),
                side=side, shell_kw={"layout": "liferay", "head_extra": head, "title": A1.title + " - Ban Tuyên giáo Tỉnh ủy Quảng Nam"},
                exp=expected(A1, iso(pub), author="Thu Hiền", category="Ngày này năm xưa"),
                traps={"badge": ["Ngày này năm xưa 14/3/1975"], "bylines": ["Thu Hiền (tổng hợp)"], "chrome": ["Ngày đăng:", "Lượt xem: 642", "Các bài khác", "Sự kiện lịch sử tháng 3", "Đánh giá:"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: a 'Ngày này năm xưa' (on this day) history column. In the slot under the headline where Liferay themes print the stamp, the template prints a large date BADGE 'Ngày này năm xưa 14/3/1975' — the day of the historical event, not a publication stamp. The real publication stamp is printed small at the bottom, in the asset metadata: 'Ngày đăng: 14/03/2025 06:30' → published 2025-03-14T06:30. (Same day and month, fifty years apart: taking the badge would silently date the record 1975.) No update stamp. VNPT ePortal on Liferay 6.2, stock asset-publisher header: the headline is an h3.header-title > span. Crumb 'Trang chủ / Tư liệu / Ngày này năm xưa' → 'Ngày này năm xưa'. No sapo → lead null. Archive photo in a table with an em caption that begins 'Ảnh tư liệu:' (kept in the caption). Bold italic 'Thu Hiền (tổng hợp)' → author 'Thu Hiền' ('(tổng hợp)' is a working note, as in set 16). The sidebar 'Sự kiện lịch sử tháng 3' and all dates in the text are decoys.",
                readme="TWIST 'Ngày này năm xưa' date BADGE '14/3/1975' in the stamp slot under the title → not the publication date; the real stamp is the small 'Ngày đăng: dd/mm/yyyy HH:MM' in the asset metadata at the bottom; VNPT Liferay 6.2 Ban Tuyên giáo, h3.header-title span, no lead, td em caption 'Ảnh tư liệu: …', 'Name (tổng hợp)'")


# ===================================================================== 2 UBKT Tỉnh ủy Trà Vinh: in-house ASP.NET Core, date and time as separately labelled items, 'Người đăng:' account
A2 = Art("Giám sát việc thực hiện quy định về kê khai tài sản, thu nhập tại Đảng bộ huyện Cầu Ngang",
         None,
         [("p", "Ngày 05/02, Đoàn giám sát số 4 của Ủy ban Kiểm tra Tỉnh ủy do đồng chí Kim Văn Sơn, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Cầu Ngang về việc thực hiện các quy định của Đảng, Nhà nước về kê khai, kiểm soát tài sản, thu nhập năm 2024."),
          ("p", "Theo báo cáo, năm 2024 có 312 cán bộ, đảng viên thuộc diện Ban Thường vụ Huyện ủy quản lý thực hiện kê khai tài sản, thu nhập; việc kê khai cơ bản đúng mẫu, đúng thời gian quy định. Huyện ủy đã tiến hành xác minh ngẫu nhiên tài sản, thu nhập của 7 trường hợp, chưa phát hiện vi phạm."),
          ("img", "/uploads/ubkt/2025/02/giam-sat-cau-ngang.jpg", "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Cầu Ngang"),
          ("p", "Kết luận buổi làm việc, đồng chí trưởng đoàn đề nghị Ban Thường vụ Huyện ủy chỉ đạo khắc phục tình trạng một số bản kê khai còn sơ sài, chưa ghi rõ nguồn gốc tài sản tăng thêm; báo cáo kết quả khắc phục về Ủy ban Kiểm tra Tỉnh ủy trước ngày 31/3/2025.")])


def page02():
    pub = T("2025-02-06 14:20")

    def main(rng, rl, rd):
        body = A2.render(p=jp, img=lambda s, c, n: (f'<p style="text-align:center"><img src="{s}" alt="{esc(c, True)}" style="width:640px" /></p>'
                                                    f'<p style="text-align:center"><span style="font-size:13px"><em>{esc(c)}</em></span></p>'))
        return (f'<section class="ub-article" data-article-id="2291"><h2 class="ub-title">{esc(A2.title)}</h2>'
                f'<ul class="ub-meta list-inline"><li class="list-inline-item"><span class="ub-lbl">Ngày:</span> {dmy(pub)}</li>'
                f'<li class="list-inline-item"><span class="ub-lbl">Giờ:</span> {hm(pub)}</li>'
                f'<li class="list-inline-item"><span class="ub-lbl">Người đăng:</span> vanphong_ubkt</li>'
                f'<li class="list-inline-item"><span class="ub-lbl">Lượt xem:</span> 377</li></ul>'
                f'<div class="ub-content">{body}<p style="text-align:right"><em>Thạch Thị Sa Ra - Văn phòng UBKT Tỉnh ủy</em></p></div>'
                f'<div class="ub-tools"><a href="javascript:history.back()">Quay lại</a> | <a href="?print=1">In bài</a></div>'
                f'<div class="ub-rel"><h3>Tin liên quan</h3>{rel(rng, rl[:5], rd, lambda d: dmy(d), href="/hoat-dong-kiem-tra-giam-sat/{s}-{n}", cls="ub-rel-list")}</div></section>')

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb ub-crumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
              '<li class="breadcrumb-item active" aria-current="page"><a href="/hoat-dong-kiem-tra-giam-sat">Hoạt động kiểm tra, giám sát</a></li></ol></nav>')
    url = "https://ubkt.travinh.dcs.vn/hoat-dong-kiem-tra-giam-sat/giam-sat-viec-thuc-hien-quy-dinh-ve-ke-khai-tai-san-thu-nhap-tai-dang-bo-huyen-cau-ngang-2291"
    head = (og(A2.title, url, {"og:site_name": "Ủy ban Kiểm tra Tỉnh ủy Trà Vinh"})
            + '<meta name="generator" content="UBKT.Web 2.3 (ASP.NET Core)" /><link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />')
    return page("s22-02", family="ubkt_aspnetcore_razor_separate_ngay_gio_labels_nguoi_dang_account",
                name="travinh-ubkttu-inhouse-aspnetcore-razor-h2-title-bootstrap-crumb-hoat-dong-kiem-tra-giam-sat-meta-list-ngay-dd-mm-yyyy-gio-hh-mm-separate-labelled-items-nguoi-dang-account-no-lead-centred-em-span-caption-italic-khmer-name-dash-van-phong-ubkt",
                url=url, art=A2, main_fn=main, pub=pub, prefix="ub", kb=110,
                org="Ủy ban Kiểm tra Tỉnh ủy Trà Vinh", addr="Số 01 đường Lê Lợi, phường 1, TP Trà Vinh, tỉnh Trà Vinh", phone="0294.3862.311",
                crumbs=crumbs, top=head_top("ub", "/images/banner-ubkt.png", "Ủy ban Kiểm tra Tỉnh ủy Trà Vinh", days=1, hours=2, style="hom_nay"),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="ub-new") + vb_box(["Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "Kế hoạch kiểm tra, giám sát năm 2025 của UBKT Tỉnh ủy"], cls="ub-vb"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A2.title + " | UBKT Tỉnh ủy Trà Vinh"},
                exp=expected(A2, iso(pub), author="Thạch Thị Sa Ra", unit="Văn phòng UBKT Tỉnh ủy", category="Hoạt động kiểm tra, giám sát"),
                traps={"accounts": ["vanphong_ubkt"], "bylines": ["Thạch Thị Sa Ra - Văn phòng UBKT Tỉnh ủy"], "chrome": ["Người đăng:", "Lượt xem:", "Tin liên quan", "Quay lại"], "related": lambda rl: rl[:4]},
                notes="In-house ASP.NET Core (Razor) site of an Ủy ban Kiểm tra Tỉnh ủy. The meta list under the h2 headline prints the date and the time as SEPARATELY LABELLED items: 'Ngày: 06/02/2025' · 'Giờ: 14:20' → published 2025-02-06T14:20. The next item 'Người đăng: vanphong_ubkt' is the CMS account → not an author. No sapo → lead null. Centred em span caption under the photo. Italic right 'Thạch Thị Sa Ra - Văn phòng UBKT Tỉnh ủy' (a Khmer name of four syllables) → author + unit. Bootstrap crumb 'Trang chủ / Hoạt động kiểm tra, giám sát' → 'Hoạt động kiểm tra, giám sát' (a comma inside the category). The meeting day (05/02) and the deadline 31/3/2025 are decoys.",
                readme="In-house ASP.NET Core UBKT: 'Ngày: dd/mm/yyyy' and 'Giờ: HH:MM' as separately labelled meta items + 'Người đăng: <account>', h2 title, crumb with a comma 'Hoạt động kiểm tra, giám sát', no lead, centred em span caption, italic 'Khmer Name - Văn phòng UBKT Tỉnh ủy'")


# ===================================================================== 3 Hội Nông dân tỉnh Bình Định: WordPress Divi, a quotation's attribution line styled like a byline (TWIST)
A3 = Art("Nông dân Ân Tín làm giàu từ mô hình nuôi bò vỗ béo kết hợp trồng cỏ",
         None,
         [("p", "Năm 2019, từ số vốn 50 triệu đồng vay Quỹ Hỗ trợ nông dân, ông Đinh Văn Lực ở thôn Gia Đức, xã Ân Tín, huyện Hoài Ân mạnh dạn mua 4 con bò lai về nuôi vỗ béo. Đến nay, trang trại của gia đình ông thường xuyên duy trì 40 con bò, mỗi năm xuất chuồng 3 lứa."),
          ("img", "/wp-content/uploads/2025/03/bo-vo-beo-an-tin.jpg", "Ông Đinh Văn Lực chăm sóc đàn bò vỗ béo của gia đình"),
          ("p", "Để chủ động thức ăn, ông chuyển 2 ha đất trồng keo kém hiệu quả sang trồng cỏ voi, cỏ VA06; kết hợp ủ chua thân cây bắp, rơm rạ với men vi sinh. Nhờ vậy, chi phí thức ăn giảm gần 30%, bò tăng trọng nhanh, bình quân mỗi con lãi từ 5 đến 7 triệu đồng sau 4 tháng nuôi."),
          ("p", "Trừ chi phí, mỗi năm gia đình ông thu lãi hơn 450 triệu đồng, tạo việc làm thường xuyên cho 4 lao động địa phương. Năm 2024, ông Lực được Trung ương Hội Nông dân Việt Nam tặng danh hiệu nông dân sản xuất, kinh doanh giỏi cấp Trung ương."),
          ("p", "Chia sẻ kinh nghiệm với các hội viên trong chi hội, ông Lực nói:"),
          ("p", "“Nuôi bò vỗ béo không khó, cái khó là phải tính được đầu ra và chủ động được thức ăn. Tôi mong bà con mạnh dạn vay vốn, học hỏi lẫn nhau, cùng liên kết lại để bán được giá cao hơn”."),
          ("h", "Ông Đinh Văn Lực - nông dân xã Ân Tín, huyện Hoài Ân")])
BYLINE3 = "Bài, ảnh: Trần Quốc Việt"


def page03():
    pub = T("2025-03-18 09:20")

    def main(rng, rl, rd):
        def p(t):
            if t.startswith("“"):
                return f'<blockquote class="nd-quote"><p><em>{esc(t)}</em></p></blockquote>'
            return f'<p style="text-align:justify">{esc(t)}</p>'
        body = A3.render(p=p, h=right_bold,
                         img=lambda s, c, n: (f'<div id="attachment_{rng.randint(3000, 9000)}" style="width: 810px" class="wp-caption aligncenter"><img decoding="async" class="size-full" src="{s}" alt="" width="800" height="533" />'
                                              f'<p class="wp-caption-text">{esc(c)}</p></div>'))
        return (f'<article id="post-4127" class="et_pb_post post-4127 post type-post status-publish format-standard has-post-thumbnail category-guong-dien-hinh">'
                f'<div class="et_post_meta_wrapper"><h1 class="entry-title">{esc(A3.title)}</h1>'
                f'<p class="post-meta"> bởi <span class="author vcard"><a href="/author/hoinongdanbd/" title="Các bài đăng của hoinongdanbd" rel="author">hoinongdanbd</a></span> | '
                f'<span class="published">Th3 18, 2025</span> | <a href="/category/guong-dien-hinh/" rel="category tag">Gương điển hình</a> | <a href="#respond" class="comments-number">0 bình luận</a></p>'
                f'<img src="/wp-content/uploads/2025/03/bo-vo-beo-an-tin-1080x675.jpg" alt="" class="" width="1080" height="675" /></div>'
                f'<div class="entry-content"><p><em>{esc(BYLINE3)}</em></p>{body}</div>'
                f'<div class="et_post_meta_wrapper"><div class="nav-single clearfix"><span class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">←</span> Bài trước</a></span>'
                f'<span class="nav-next"><a href="#" rel="next">Bài sau <span class="meta-nav">→</span></a></span></div>'
                f'<section id="comment-wrap"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Gửi bình luận</span></h3>'
                f'<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" class="submit et_pb_button" value="Gửi bình luận" /></div></section></div></article>')

    def side(rng, pub):
        return (side_std(rng, pub, "Bài viết mới", fmt=lambda d: dmy(d), cls="et_pb_widget widget_recent_entries")
                + '<div class="et_pb_widget widget_text"><h4 class="widgettitle">Quỹ Hỗ trợ nông dân</h4><p>Tổng nguồn vốn đến 28/02/2025: 96,4 tỷ đồng · 3.120 hộ được vay</p></div>')

    url = "https://hoinongdan.binhdinh.gov.vn/nong-dan-an-tin-lam-giau-tu-mo-hinh-nuoi-bo-vo-beo-ket-hop-trong-co/"
    head = (og(A3.title, url, {"og:site_name": "Hội Nông dân tỉnh Bình Định", "article:published_time": "2025-03-18T02:20:11+00:00", "article:modified_time": "2025-03-18T02:20:11+00:00"})
            + '<meta name="generator" content="Divi v.4.27.4" />')
    return page("s22-03", family="farmers_union_wp_divi_quote_attribution_line_like_byline",
                name="binhdinh-hoinongdan-wordpress-divi-post-meta-boi-account-th3-18-2025-short-month-date-only-category-in-meta-guong-dien-hinh-no-crumb-bai-anh-first-line-em-wp-caption-blockquote-then-bold-right-attribution-line-like-byline",
                url=url, art=A3, main_fn=main, pub=pub, prefix="hnd", kb=125,
                org="Hội Nông dân tỉnh Bình Định", addr="Số 110 đường Lê Lợi, TP Quy Nhơn, tỉnh Bình Định", phone="0256.3822.654",
                top=head_top("hnd", "/wp-content/uploads/logo-hnd.png", "Hội Nông dân tỉnh Bình Định", days=1, hours=6),
                side=side, shell_kw={"layout": "wp", "items": MENU_MASS, "head_extra": head, "title": A3.title + " | Hội Nông dân tỉnh Bình Định"},
                exp=expected(A3, isod(pub), author="Trần Quốc Việt", photographer="Trần Quốc Việt", category="Gương điển hình"),
                traps={"bylines": [BYLINE3], "accounts": ["hoinongdanbd"], "chrome": ["Gửi bình luận", "Bài trước", "0 bình luận", "Tổng nguồn vốn đến 28/02/2025"]},
                notes="TWIST: the text ends with a quotation in a blockquote followed by a bold right-aligned line 'Ông Đinh Văn Lực - nông dân xã Ân Tín, huyện Hoài Ân' — styled EXACTLY like the 'Name - unit' bylines that end most Party-site articles, but it is the ATTRIBUTION of the quote (the farmer the article is about, 'Ông …' and his occupation). The writer's credit is the first line of the content, 'Bài, ảnh: Trần Quốc Việt' → author and photographer 'Trần Quốc Việt', unit null. The attribution line belongs to the quoted text → kept in the body as its last paragraph (with the quote, in order), and it is not an author. WordPress Divi: post meta ' bởi hoinongdanbd | Th3 18, 2025 | Gương điển hình | 0 bình luận' → account not an author; 'Th3 18, 2025' (Vietnamese short month, date only, no <time>) → published '2025-03-18' (og published_time carries a time that the page does not print); the category link in the meta line is the only section (no crumb) → 'Gương điển hình'. No sapo → lead null. wp-caption-text caption. The fund box 'đến 28/02/2025' is a decoy.",
                readme="TWIST bold right line after a blockquote, 'Ông Name - nông dân xã …', styled like a byline but the ATTRIBUTION of the quote → body, not author; the real credit is 'Bài, ảnh: X' as the first line of the content (author + photographer); WordPress Divi Hội Nông dân, post meta 'bởi <account> | Th3 18, 2025 | <category>' (short month, date only, category only in the meta), no lead, wp-caption")


# ===================================================================== 4 Ban Dân vận Tỉnh ủy Hải Dương: classic ASP, two-digit year, 'Tin và ảnh:', category in the title bar
A4 = Art("Ninh Giang nhân rộng mô hình “Tổ dân vận tự quản” ở khu dân cư",
         None,
         [("p", "Sau 2 năm thí điểm ở thị trấn Ninh Giang và xã Hồng Phúc, đến nay huyện Ninh Giang đã có 96/96 khu dân cư thành lập “Tổ dân vận tự quản” với hơn 1.100 thành viên là bí thư chi bộ, trưởng thôn, chi hội trưởng các đoàn thể và người có uy tín."),
          ("img", "/Upload/Images/2024/12/to-dan-van-phu-tai.jpg", "Tổ dân vận tự quản thôn Phù Tải, xã Hồng Phúc họp bàn kế hoạch tháng 12"),
          ("p", "Các tổ họp định kỳ hằng tháng, nắm bắt tâm tư, nguyện vọng của người dân, hòa giải mâu thuẫn ngay từ cơ sở và vận động nhân dân thực hiện các chủ trương của địa phương. Năm 2024, các tổ đã hòa giải thành 147 vụ việc, vận động nhân dân hiến 9.400 m² đất mở rộng đường giao thông nông thôn."),
          ("p", "Ban Dân vận Tỉnh ủy đánh giá đây là cách làm hiệu quả, phù hợp với điều kiện vùng nông thôn, đề nghị các huyện, thị xã, thành phố nghiên cứu nhân rộng trong năm 2025.")])


def yy(d):
    return d.strftime("%d/%m/%y")


def page04():
    pub = T("2024-12-05 16:45")

    def main(rng, rl, rd):
        body = A4.render(p=lambda t: f'<p align="justify"><font face="Arial" size="2">{esc(t)}</font></p>',
                         img=lambda s, c, n: (f'<table width="420" border="0" align="center" cellpadding="2" cellspacing="0"><tr><td align="center"><img src="{s}" width="420" border="0"></td></tr>'
                                              f'<tr><td align="center" bgcolor="#f1f1f1"><font face="Arial" size="1" color="#333399">{esc(c)}</font></td></tr></table>'))
        others = "".join(f'<tr><td class="tinkhac"><img src="/images/bullet.gif"> <a href="/news.asp?id={rng.randint(1000, 4999)}">{esc(t)}</a> <font color="#999999">({yy(d)})</font></td></tr>'
                         for t, d in zip(rl[:6], rd))
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="titlebar" background="/images/bg_titlebar.gif" height="28">'
                f'&nbsp;<img src="/images/icon_titlebar.gif" align="absmiddle"> <a href="/list.asp?cat=12" class="titlebar-link">Dân vận khéo</a></td></tr>'
                f'<tr><td style="padding:8px"><div class="tieude"><b><font face="Arial" size="3" color="#990000">{esc(A4.title)}</font></b></div>'
                f'<div class="ngaydang"><font face="Arial" size="1" color="#808080">Ngày đăng: {yy(pub)} {hm(pub)}</font></div>'
                f'<div class="noidung">{body}<p align="right"><b><i><font face="Arial" size="2">Tin và ảnh: Nguyễn Hồng Nhung</font></i></b></p></div>'
                f'<div class="congcu" align="right"><a href="javascript:window.print()">In trang</a> | <a href="/guibanbe.asp">Gửi bạn bè</a> | <a href="#top">Về đầu trang</a></div>'
                f'</td></tr><tr><td><b>Các tin khác:</b><table width="100%">{others}</table></td></tr></table>')

    url = "http://dvhaiduong.vn/news.asp?id=4418&cat=12"
    head = '<meta name="keywords" content="dân vận, dân vận khéo, Hải Dương, Ninh Giang" /><meta name="description" content="Ban Dân vận Tỉnh ủy Hải Dương" />'
    return page("s22-04", family="bdv_classic_asp_two_digit_year_tin_va_anh_title_bar_category",
                name="haiduong-bdvtu-classic-asp-table-layout-font-tags-titlebar-dan-van-kheo-only-section-div-tieude-b-font-title-ngay-dang-dd-mm-yy-two-digit-year-hh-mm-no-lead-bgcolor-td-caption-tin-va-anh-name-italic-bold-cac-tin-khac-yy-dates",
                url=url, art=A4, main_fn=main, pub=pub, prefix="dv", kb=100,
                org="Ban Dân vận Tỉnh ủy Hải Dương", addr="Số 2 đường Thanh Niên, TP Hải Dương, tỉnh Hải Dương", phone="0220.3852.516",
                top=head_top("dv", "/images/banner_bdv.jpg", "Ban Dân vận Tỉnh ủy Hải Dương", days=1, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Tin đọc nhiều", fmt=yy, cls="dv-most") + poll("Bạn biết đến mô hình “Dân vận khéo” qua kênh nào?", ["Báo, đài", "Hội nghị ở thôn", "Mạng xã hội"], cls="dv-poll"),
                shell_kw={"layout": "table", "head_extra": head, "title": "Ban Dân vận Tỉnh ủy Hải Dương - " + A4.title},
                exp=expected(A4, iso(pub), author="Nguyễn Hồng Nhung", photographer="Nguyễn Hồng Nhung", category="Dân vận khéo"),
                traps={"bylines": ["Tin và ảnh: Nguyễn Hồng Nhung"], "chrome": ["Các tin khác:", "In trang", "Gửi bạn bè", "Về đầu trang"], "related": lambda rl: rl[:4]},
                notes="Classic ASP site (table layout, <font> tags, news.asp?id=) of a Ban Dân vận Tỉnh ủy. The stamp uses a TWO-DIGIT YEAR: 'Ngày đăng: 05/12/24 16:45' → 2024-12-05T16:45 (dd/mm/yy; the related list prints '(dd/mm/yy)' too). The headline is a bold <font> inside div.tieude (no heading element). The only section shown is the title bar over the article box, 'Dân vận khéo' (a link to list.asp?cat=12) → category. No sapo → lead null. Caption in a tinted table cell. Bold italic 'Tin và ảnh: Nguyễn Hồng Nhung' at the end → author and photographer. Print / send / top links and 'Các tin khác:' close the page.",
                readme="Classic ASP Ban Dân vận: table layout with <font> tags, 'Ngày đăng: dd/mm/yy HH:MM' (two-digit year), headline as bold font in div.tieude, title bar 'Dân vận khéo' as the only section, no lead, tinted td caption, 'Tin và ảnh: Name' (author + photographer)")


# ===================================================================== 5 Sở TT&TT Long An: WordPress, a featured-posts widget emits the JSON-LD of ANOTHER post, same day, with a time (TWIST)
A5 = Art("Long An đưa vào vận hành Trung tâm giám sát, điều hành đô thị thông minh cấp huyện đầu tiên",
         "Ngày 11/3, UBND huyện Đức Hòa phối hợp Sở Thông tin và Truyền thông tổ chức lễ đưa vào vận hành Trung tâm giám sát, điều hành đô thị thông minh (IOC) huyện. Đây là IOC cấp huyện đầu tiên của tỉnh Long An.",
         [("p", "Trung tâm IOC huyện Đức Hòa được đầu tư hơn 18 tỷ đồng, kết nối dữ liệu từ 146 camera giám sát an ninh, giao thông, hệ thống phản ánh hiện trường và phần mềm quản lý văn bản của 20 xã, thị trấn. Lãnh đạo huyện có thể theo dõi tình hình kinh tế - xã hội theo thời gian thực trên màn hình tổng hợp."),
          ("img", "/wp-content/uploads/2025/03/van-hanh-ioc-duc-hoa.jpg", "Lãnh đạo tỉnh và huyện Đức Hòa nhấn nút vận hành Trung tâm IOC"),
          ("p", "Theo Giám đốc Sở Thông tin và Truyền thông Trần Văn Lâm, sau 3 tháng vận hành thử, hệ thống đã tiếp nhận và xử lý hơn 1.200 phản ánh của người dân qua ứng dụng “Long An số”, thời gian xử lý bình quân rút ngắn còn 3 ngày."),
          ("p", "Trong năm 2025, Sở tiếp tục hướng dẫn các huyện Bến Lức, Cần Giuộc, Cần Đước và thị xã Kiến Tường xây dựng IOC cấp huyện, kết nối với IOC tỉnh, hoàn thành trước quý IV/2025.")])
OTHER5 = "Long An cấp 25.000 chữ ký số miễn phí cho người dân trong quý I/2025"


def page05():
    pub = T("2025-03-12 00:00")

    def main(rng, rl, rd):
        body = A5.render(p=jp, img=fig)
        return (f'<article class="post-2871 post type-post status-publish category-chuyen-doi-so stttt-single"><header class="entry-header"><h1 class="entry-title">{esc(A5.title)}</h1>'
                f'<div class="entry-meta"><span class="ngay-dang"><i class="fa fa-calendar"></i> Ngày đăng: {dmy(pub)}</span> <span class="luot-xem"><i class="fa fa-eye"></i> Lượt xem: 1.035</span></div></header>'
                f'<div class="entry-summary"><p><strong>{esc(A5.lead)}</strong></p></div><div class="entry-content">{body}'
                f'{right_bold("Ngọc Hân - Trung tâm Công nghệ thông tin và Truyền thông")}</div>'
                f'<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/tag/ioc/" rel="tag">IOC</a>, <a href="/tag/do-thi-thong-minh/" rel="tag">đô thị thông minh</a>, <a href="/tag/duc-hoa/" rel="tag">Đức Hòa</a></span></footer></article>'
                f'<div class="related-posts"><h3>Tin liên quan</h3>{rel(rng, rl[:5], rd, lambda d: dmy(d), href="/tin-tuc/{s}/", cls="related-posts-list")}</div>')

    def side(rng, pub):
        return (f'<section class="widget widget-featured-posts"><h3 class="widget-title">Tin nổi bật</h3><div class="fp-item fp-big">'
                f'<a href="/tin-tuc/long-an-cap-25-000-chu-ky-so-mien-phi-cho-nguoi-dan-trong-quy-i-2025/"><img src="/wp-content/uploads/2025/03/chu-ky-so-1.jpg" alt="" />'
                f'<span class="fp-title">{esc(OTHER5)}</span></a><span class="fp-date">{dmy(pub)}</span></div></section>'
                + side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="widget stttt-new")
                + '<section class="widget stttt-dvc"><h3>Dịch vụ công trực tuyến</h3><p>Tỷ lệ hồ sơ trực tuyến toàn trình tháng 02/2025: 78,6%</p></section>')

    crumbs = ('<div class="breadcrumbs"><span><a href="/">Trang chủ</a></span> » <span><a href="/tin-tuc/">Tin tức</a></span> » '
              '<span><a href="/chuyen-muc/chuyen-doi-so/">Chuyển đổi số</a></span></div>')
    url = "https://stttt.longan.gov.vn/tin-tuc/long-an-dua-vao-van-hanh-trung-tam-giam-sat-dieu-hanh-do-thi-thong-minh-cap-huyen-dau-tien/"
    other_url = "https://stttt.longan.gov.vn/tin-tuc/long-an-cap-25-000-chu-ky-so-mien-phi-cho-nguoi-dan-trong-quy-i-2025/"
    head = (og(A5.title, url, {"og:site_name": "Sở Thông tin và Truyền thông tỉnh Long An", "og:description": A5.lead})
            + '<meta name="generator" content="WordPress 6.6.2" />'
            + '<!-- Featured Posts Widget: structured data -->'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": other_url}, "url": other_url,
                      "headline": OTHER5, "image": ["https://stttt.longan.gov.vn/wp-content/uploads/2025/03/chu-ky-so-1.jpg"],
                      "datePublished": "2025-03-12T07:10:00+07:00", "dateModified": "2025-03-12T07:10:00+07:00",
                      "author": {"@type": "Person", "name": "Minh Thư"}, "publisher": {"@type": "Organization", "name": "Sở Thông tin và Truyền thông tỉnh Long An"}}))
    return page("s22-05", family="department_ict_wp_featured_widget_jsonld_other_post_same_day",
                name="longan-sotttt-wordpress-custom-theme-crumb-chuyen-doi-so-ngay-dang-dd-mm-yyyy-date-only-featured-posts-widget-jsonld-of-another-post-same-day-0710-entry-summary-strong-lead-figcaption-bold-right-name-dash-trung-tam-cntt-tags",
                url=url, art=A5, main_fn=main, pub=pub, prefix="st", kb=150,
                org="Sở Thông tin và Truyền thông tỉnh Long An", addr="Số 61 đường Nguyễn Huệ, phường 1, TP Tân An, tỉnh Long An", phone="0272.3826.466",
                crumbs=crumbs, top=head_top("st", "/wp-content/themes/stttt/images/banner.png", "Sở Thông tin và Truyền thông tỉnh Long An", days=1, hours=4),
                side=side, shell_kw={"layout": "bootstrap", "items": MENU_GOV, "head_extra": head, "title": A5.title + " – Sở TT&TT Long An"},
                exp=expected(A5, isod(pub), author="Ngọc Hân", unit="Trung tâm Công nghệ thông tin và Truyền thông", category="Chuyển đổi số"),
                traps={"other_post": [OTHER5, "Minh Thư"], "bylines": ["Ngọc Hân - Trung tâm Công nghệ thông tin và Truyền thông"], "chrome": ["Tin nổi bật", "Thẻ:", "Tin liên quan", "Lượt xem: 1.035"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: the only JSON-LD in <head> is emitted by the 'Tin nổi bật' featured-posts widget of the sidebar and describes ANOTHER post ('" + OTHER5 + "', its own url and mainEntityOfPage, author 'Minh Thư'). Its datePublished 2025-03-12T07:10:00+07:00 falls on the SAME DAY as the article's visible date-only stamp 'Ngày đăng: 12/03/2025' and carries an offset, so it would pass for an agreeing machine time — but it is not this article's. → published '2025-03-12' date only; author from the printed byline, not from the JSON-LD. WordPress with a custom theme of a Sở TT&TT: strong entry-summary = lead; figcaption; bold right 'Ngọc Hân - Trung tâm Công nghệ thông tin và Truyền thông' → author + unit. Crumb 'Trang chủ » Tin tức » Chuyển đổi số' → 'Chuyển đổi số'. Tags, 'Tin liên quan'. 11/3 in the lead and quý IV/2025 are decoys.",
                readme="TWIST the page's only JSON-LD is a featured-posts widget's NewsArticle for ANOTHER post, datePublished the same day with a time (07:10) and its own author → ignored: published date only from 'Ngày đăng: dd/mm/yyyy', author from the byline; WordPress Sở TT&TT, strong entry-summary lead, figcaption, 'Name - Trung tâm …', crumb 'Chuyển đổi số'")


# ===================================================================== 6 Cổng TTĐT tỉnh Bình Dương: IBM WebSphere Portal WCM, 12-hour AM/PM stamps, 'Nguồn tin:' only
A6 = Art("Bình Dương điều chỉnh quy hoạch phân khu đô thị mới Bàu Bàng",
         "UBND tỉnh vừa phê duyệt đồ án điều chỉnh quy hoạch phân khu tỷ lệ 1/2000 khu đô thị mới Bàu Bàng với quy mô hơn 1.430 ha, dự báo đến năm 2040 dân số khoảng 120.000 người.",
         [("p", "Theo đồ án, khu đô thị được chia thành 5 phân khu chức năng: trung tâm hành chính - dịch vụ, khu ở mật độ cao dọc đường Vành đai 4, khu ở sinh thái ven suối Bà Phó, khu công viên cây xanh - thể dục thể thao và khu dịch vụ logistics gắn với Khu công nghiệp Bàu Bàng mở rộng."),
          ("img", "/wps/wcm/connect/binhduong/anh/2024/10/phoi-canh-bau-bang.jpg", "Phối cảnh khu trung tâm hành chính - dịch vụ đô thị mới Bàu Bàng (ảnh minh họa)"),
          ("p", "Chỉ tiêu đất cây xanh đô thị đạt bình quân 8 m²/người, mật độ xây dựng gộp toàn khu không quá 40%. Hệ thống giao thông được kết nối với Quốc lộ 13, đường Vành đai 4 và tuyến đường sắt Dĩ An - Lộc Ninh trong tương lai."),
          ("p", "UBND tỉnh giao UBND huyện Bàu Bàng công bố công khai quy hoạch trong thời hạn 15 ngày, cắm mốc giới ngoài thực địa và lập kế hoạch đầu tư hạ tầng khung theo từng giai đoạn.")])


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def page06():
    pub, upd = T("2024-10-17 10:42"), T("2024-10-17 14:10")

    def main(rng, rl, rd):
        body = A6.render(p=jp, img=fig)
        wid = "Z7_" + alnum(rng, 20).upper()
        return (f'<div class="component-container wpthemeFull id-{wid}"><div class="wpthemeControl" id="{wid}"><section class="ibmPortalControl"><div class="wpthemeControlBody">'
                f'<!-- WCM presentation template: BD_ChiTietTin --><div class="bd-news-detail"><h1 class="bd-title">{esc(A6.title)}</h1>'
                f'<div class="bd-stamp">{wd(pub)}, {dmy(pub)} | {ampm(pub)}</div><div class="bd-stamp-upd">Cập nhật: {wd(upd)}, {dmy(upd)} | {ampm(upd)}</div>'
                f'<div class="bd-lead"><p><b>{esc(A6.lead)}</b></p></div><div class="bd-body">{body}</div>'
                f'<p class="nguon-tin" style="text-align:right"><i>Nguồn tin: Sở Xây dựng</i></p>'
                f'<div class="bd-tools"><a href="?print=true">In trang</a> · <a href="#">Gửi email</a> · <a href="#">Lưu tin</a></div>'
                f'<div class="bd-others"><h3>Các tin khác</h3>{rel(rng, rl[:6], rd, lambda d: "(" + dmy(d) + ")", href="/wps/portal/binhduong/tin-tuc/{s}", cls="bd-others-list")}</div>'
                f'</div></div></section></div></div>')

    crumbs = '<div class="bd-crumb"><a href="/wps/portal/binhduong">Trang chủ</a> &gt; <a href="/wps/portal/binhduong/tin-tuc">Tin tức</a> &gt; <a href="/wps/portal/binhduong/tin-tuc/quy-hoach-xay-dung">Quy hoạch - Xây dựng</a></div>'
    url = "https://www.binhduong.gov.vn/wps/portal/binhduong/tin-tuc/quy-hoach-xay-dung/binh-duong-dieu-chinh-quy-hoach-phan-khu-do-thi-moi-bau-bang"
    head = (og(A6.title, url, {"og:site_name": "Cổng thông tin điện tử tỉnh Bình Dương", "og:description": A6.lead})
            + '<link rel="stylesheet" href="/wps/contenthandler/!ut/p/digest!' + "x" * 22 + '/mashup/ra:collection?themeID=ZJ_BD" />')
    return page("s22-06", family="province_portal_websphere_wcm_twelve_hour_am_pm_nguon_tin_only",
                name="binhduong-congttdt-ibm-websphere-portal-wcm-presentation-template-crumb-quy-hoach-xay-dung-weekday-dd-mm-yyyy-pipe-hh-mm-am-cap-nhat-same-day-pm-bold-lead-figcaption-anh-minh-hoa-nguon-tin-so-only-no-author",
                url=url, art=A6, main_fn=main, pub=pub, prefix="bd", kb=230,
                org="Cổng thông tin điện tử tỉnh Bình Dương", addr="Tầng 16, Tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP Thủ Dầu Một, tỉnh Bình Dương", phone="0274.3831.456",
                crumbs=crumbs, top=head_top("bd", "/wps/contenthandler/binhduong/banner.png", "Cổng thông tin điện tử tỉnh Bình Dương", days=2, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Tin nổi bật", fmt=lambda d: dmy(d), cls="bd-hot")
                + '<div class="bd-weather"><h3>Thời tiết</h3><p>Thủ Dầu Một 24 - 33°C · cập nhật 19/10/2024 06:00</p></div>'
                + vb_box(["Quyết định số 2418/QĐ-UBND về quy hoạch phân khu đô thị Bàu Bàng", "Kế hoạch số 5110/KH-UBND về phát triển đô thị năm 2025"], cls="bd-vb"),
                shell_kw={"layout": "div", "items": MENU_GOV, "head_extra": head, "title": A6.title},
                exp=expected(A6, iso(pub), updated=iso(upd), category="Quy hoạch - Xây dựng"),
                traps={"sources": ["Nguồn tin: Sở Xây dựng"], "chrome": ["In trang", "Gửi email", "Các tin khác", "Thời tiết"], "related": lambda rl: rl[:4]},
                notes="IBM WebSphere Portal (WCM presentation template) of a Cổng TTĐT tỉnh. Both stamps use the 12-hour clock with English AM/PM: 'Thứ Năm, 17/10/2024 | 10:42 AM' → published T10:42, 'Cập nhật: Thứ Năm, 17/10/2024 | 02:10 PM' → updated T14:10 (same day). Bold lead. Figcaption ending '(ảnh minh họa)' kept in the caption. The only credit is 'Nguồn tin: Sở Xây dựng' (p.nguon-tin) → a source, not an author or unit → author and author_unit null. Crumb 'Trang chủ > Tin tức > Quy hoạch - Xây dựng' → 'Quy hoạch - Xây dựng'. Weather box and the plan horizon (2040) are decoys.",
                readme="IBM WebSphere Portal WCM Cổng TTĐT: 'Thứ Năm, dd/mm/yyyy | HH:MM AM' + 'Cập nhật: … | HH:MM PM' (12-hour English, same day), bold lead, figcaption '(ảnh minh họa)', only 'Nguồn tin: Sở …' (author and unit null), crumb 'Quy hoạch - Xây dựng'")


# ===================================================================== 7 Đài PT-TH Hậu Giang: radio item with an audio player, 'Phát sóng' decoy next to 'Đăng:', 'Name - Trung tâm … huyện'
A7 = Art("Nông dân Long Mỹ “trúng kép” vụ khóm cuối năm",
         None,
         [("p", "Những ngày này, nông dân các xã Long Trị, Long Bình, thị xã Long Mỹ đang tập trung thu hoạch khóm Queen vụ cuối năm. Năng suất bình quân đạt 22 tấn/ha, cao hơn vụ trước khoảng 2 tấn; thương lái thu mua tại vườn với giá 8.000 - 9.000 đồng/kg, tăng gần gấp đôi so với cùng kỳ."),
          ("p", "Ông Nguyễn Văn Út, ấp Long Thạnh, xã Long Trị cho biết, gia đình có 1,5 ha khóm, trừ chi phí còn lãi trên 150 triệu đồng. Nhờ áp dụng quy trình bón phân cân đối, xử lý ra hoa đồng loạt nên trái đạt kích cỡ đẹp, được doanh nghiệp đặt mua trước."),
          ("p", "Toàn thị xã hiện có hơn 3.800 ha khóm, trong đó 1.200 ha được cấp mã số vùng trồng phục vụ xuất khẩu. Ngành nông nghiệp đang hướng dẫn nông dân liên kết với doanh nghiệp, hạn chế bán lẻ qua thương lái để ổn định giá.")])


def page07():
    pub = T("2024-09-10 20:15")

    def main(rng, rl, rd):
        aid = hexid(rng, 12)
        desc = A7.render(p=lambda t: f"<p>{esc(t)}</p>")
        return (f'<div class="hg-audio-detail"><h1 class="hg-title">{esc(A7.title)}</h1>'
                f'<div class="hg-meta"><span class="hg-posted">Đăng: {dmy(pub)} {hm(pub)}</span> <span class="hg-listen">Lượt nghe: 214</span></div>'
                f'<div class="hg-player"><div class="hg-onair">Phát sóng: 19:00, {dmy(pub)} - Chương trình Thời sự tối</div>'
                f'<audio id="hg-audio" controls preload="none" src="https://media.haugiangtv.vn/radio/2024/09/{aid}.mp3"></audio><span class="hg-duration">03:12</span></div>'
                f'<div class="hg-text"><div class="hg-text-head">Nội dung bản tin</div>{desc}</div>'
                f'<div class="hg-credit">{right_bold("Thanh Hương - Trung tâm VH-TT-TT thị xã Long Mỹ")}</div>{share("hg-share")}'
                f'<div class="hg-more"><h3>Bản tin phát thanh khác</h3>{rel(rng, rl[:6], rd, lambda d: hm(d) + " " + dmy(d), href="/phat-thanh/nong-nghiep-nong-thon/{s}-{n}", cls="hg-more-list")}</div></div>')

    def side(rng, pub):
        rows = "".join(f'<li><span class="gio">{h}</span> {esc(t)}</li>' for h, t in [("05:30", "Thời sự sáng"), ("11:30", "Thời sự trưa"), ("19:00", "Thời sự tối"), ("21:00", "Đọc truyện đêm khuya")])
        return (f'<div class="hg-lich"><h3>Lịch phát thanh FM 98.3 MHz {dmy(pub + timedelta(days=1))}</h3><ul>{rows}</ul></div>'
                + side_std(rng, pub, "Nghe nhiều", fmt=lambda d: dmy(d), cls="hg-most"))

    crumbs = crumb([("Trang chủ", "/"), ("Phát thanh", "/phat-thanh"), ("Nông nghiệp - Nông thôn", "/phat-thanh/nong-nghiep-nong-thon")], cls="hg-crumb", sep=" » ")
    url = "https://haugiangtv.vn/phat-thanh/nong-nghiep-nong-thon/nong-dan-long-my-trung-kep-vu-khom-cuoi-nam-30715"
    head = (og(A7.title, url, {"og:type": "music.song", "og:site_name": "Đài Phát thanh và Truyền hình Hậu Giang", "og:audio": f"https://media.haugiangtv.vn/radio/2024/09/clip.mp3"})
            + jsonld({"@context": "https://schema.org", "@type": "AudioObject", "name": A7.title, "uploadDate": "2024-09-10T19:00:00+07:00", "duration": "PT3M12S"}))
    return page("s22-07", family="broadcaster_radio_audio_item_phat_song_decoy_name_dash_district_centre",
                name="haugiang-daiptth-radio-item-html5-audio-player-phat-song-19-00-decoy-dang-dd-mm-yyyy-hh-mm-crumb-phat-thanh-nong-nghiep-nong-thon-h1-curly-quotes-text-version-no-lead-no-pictures-bold-right-name-dash-trung-tam-vh-tt-tt-thi-xa",
                url=url, art=A7, main_fn=main, pub=pub, prefix="hg", kb=115,
                org="Đài Phát thanh và Truyền hình Hậu Giang", addr="Số 06 đường Võ Văn Kiệt, phường 5, TP Vị Thanh, tỉnh Hậu Giang", phone="0293.3876.543",
                crumbs=crumbs, top=head_top("hg", "/images/logo-hgtv.png", "Đài Phát thanh và Truyền hình Hậu Giang", days=0, hours=3, fmt=hm, tick="Tin nóng"),
                side=side, shell_kw={"layout": "div", "items": MENU_NEWS, "head_extra": head, "title": A7.title + " - Hậu Giang TV"},
                exp=expected(A7, iso(pub), author="Thanh Hương", unit="Trung tâm VH-TT-TT thị xã Long Mỹ", category="Nông nghiệp - Nông thôn"),
                traps={"player": ["Phát sóng: 19:00", "03:12", "Lượt nghe: 214", "Nội dung bản tin"], "bylines": ["Thanh Hương - Trung tâm VH-TT-TT thị xã Long Mỹ"],
                       "chrome": ["Bản tin phát thanh khác", "Nghe nhiều"], "related": lambda rl: rl[:4]},
                notes="RADIO item of an Đài PT-TH: HTML5 audio player with a duration '03:12', the label 'Nội dung bản tin' over the text version of the bulletin (three paragraphs; the label is chrome). Two times are printed: 'Đăng: 10/09/2024 20:15' (posted on the site) and, over the player, 'Phát sóng: 19:00, 10/09/2024 - Chương trình Thời sự tối' (when the bulletin went on air; also the AudioObject uploadDate). The publication of the web item is the 'Đăng:' stamp → T20:15. No sapo, no pictures → lead null, captions []. Bold right 'Thanh Hương - Trung tâm VH-TT-TT thị xã Long Mỹ' (a contributor from the town's culture-sports-information centre, abbreviation as printed) → author + unit. Crumb 'Trang chủ » Phát thanh » Nông nghiệp - Nông thôn' → 'Nông nghiệp - Nông thôn'. Curly quotes in the headline. The next day's FM schedule is a decoy.",
                readme="Đài PT-TH RADIO item: audio player with 'Phát sóng: 19:00, dd/mm/yyyy' (air time, = AudioObject uploadDate) beside 'Đăng: dd/mm/yyyy HH:MM' (the web stamp wins), text version under a 'Nội dung bản tin' label, no lead, no pictures, curly-quote h1, 'Name - Trung tâm VH-TT-TT thị xã …'")


# ===================================================================== 8 Sở Y tế Bình Thuận: Next.js front, the stamp printed in GMT falls on the previous day (TWIST)
A8 = Art("Bình Thuận triển khai chiến dịch tiêm bổ sung vắc xin sởi cho trẻ từ 1 đến 5 tuổi",
         "Từ ngày 10/01 đến 28/02/2025, ngành y tế Bình Thuận tổ chức tiêm bổ sung vắc xin sởi cho hơn 23.000 trẻ từ 1 đến 5 tuổi chưa tiêm đủ mũi tại 124 trạm y tế xã, phường, thị trấn.",
         [("p", "Theo Trung tâm Kiểm soát bệnh tật tỉnh, năm 2024 toàn tỉnh ghi nhận 86 ca mắc sởi, tăng mạnh so với năm 2023; phần lớn các ca mắc là trẻ chưa tiêm hoặc tiêm chưa đủ 2 mũi vắc xin. Các huyện Tuy Phong, Bắc Bình, Hàm Tân có tỷ lệ tiêm chủng thấp hơn mức trung bình của tỉnh."),
          ("img", "/_next/image?url=%2Fuploads%2F2025%2F01%2Fra-soat-tiem-soi.jpg&w=1080&q=75", "Nhân viên Trạm Y tế xã Phước Thể, huyện Tuy Phong rà soát danh sách trẻ cần tiêm bổ sung"),
          ("p", "Để chiến dịch đạt hiệu quả, Sở Y tế yêu cầu các trạm y tế rà soát đối tượng đến từng hộ gia đình, tổ chức các điểm tiêm lưu động ở khu vực vùng sâu, vùng đồng bào dân tộc thiểu số; bảo đảm đủ thuốc, trang thiết bị xử trí phản ứng sau tiêm."),
          ("p", "Phụ huynh có con trong độ tuổi cần mang theo sổ tiêm chủng hoặc giấy tờ liên quan đến trạm y tế nơi cư trú để được khám sàng lọc và tiêm miễn phí.")])


def gmt(d):
    u = d.astimezone(timezone.utc)
    return u.strftime("%d/%m/%Y %H:%M") + " GMT"


def ziso(d):
    return d.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def page08():
    pub = T("2025-01-09 05:45")

    def main(rng, rl, rd):
        body = A8.render(p=lambda t: f'<p class="article_p__{alnum(rng, 5)}">{esc(t)}</p>',
                         img=lambda s, c, n: f'<figure class="article_figure__Qe3kz"><img alt="{esc(c, True)}" loading="lazy" width="1080" height="720" decoding="async" src="{s}" /><figcaption>{esc(c)}</figcaption></figure>')
        items = "".join(f'<li class="card_item__x2Lm"><a href="/tin-tuc/{slug(t)}">{esc(t)}</a><time dateTime="{ziso(d)}">{gmt(d)}</time></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="article_root__Hk29s"><h1 class="article_title__bV0xQ">{esc(A8.title)}</h1>'
                f'<div class="article_meta__p8Yc1"><time dateTime="{ziso(pub)}">{gmt(pub)}</time><span class="article_views__2kTrq">1.482 lượt xem</span></div>'
                f'<p class="article_sapo__Wq7nA">{esc(A8.lead)}</p><div class="article_body__m3NcK">{body}</div>'
                f'<div class="article_author__Z1hy6">BS. Nguyễn Thị Mai (Trung tâm Kiểm soát bệnh tật tỉnh)</div>'
                f'<div class="article_share__n0Q2e"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div></article>'
                f'<section class="related_root__d8Kp"><h2>Tin cùng chuyên mục</h2><ul>{items}</ul></section>')

    nd = dump({"props": {"pageProps": {"article": {"id": 1873, "slug": "binh-thuan-trien-khai-chien-dich-tiem-bo-sung-vac-xin-soi", "title": A8.title,
                                                   "publishedAt": ziso(pub), "updatedAt": ziso(pub), "category": {"name": "Y tế dự phòng", "slug": "y-te-du-phong"}}},
                         "__N_SSG": True}, "page": "/tin-tuc/[slug]", "query": {"slug": "binh-thuan-trien-khai-chien-dich-tiem-bo-sung-vac-xin-soi"},
               "buildId": "kT3v" + "9" * 6, "isFallback": False, "gsp": True, "scriptLoader": []})
    scripts = f'<script id="__NEXT_DATA__" type="application/json">{nd}</script>'
    crumbs = ('<nav class="breadcrumb_root__u4Xc" aria-label="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li>/</li><li><a href="/tin-tuc">Tin tức</a></li><li>/</li>'
              '<li><a href="/chuyen-muc/y-te-du-phong">Y tế dự phòng</a></li></ol></nav>')
    url = "https://soyte.binhthuan.gov.vn/tin-tuc/binh-thuan-trien-khai-chien-dich-tiem-bo-sung-vac-xin-soi"
    head = og(A8.title, url, {"og:site_name": "Sở Y tế tỉnh Bình Thuận", "og:description": A8.lead}) + '<meta name="next-head-count" content="9" />'
    return page("s22-08", family="department_health_nextjs_gmt_stamp_previous_utc_day",
                name="binhthuan-soyte-nextjs-pages-router-ssg-time-printed-in-gmt-08-01-2025-22-45-gmt-is-09-01-05-45-local-crumb-y-te-du-phong-p-sapo-figcaption-bs-degree-name-paren-trung-tam-kiem-soat-benh-tat-related-times-also-gmt",
                url=url, art=A8, main_fn=main, pub=pub, prefix="syt", kb=135,
                org="Sở Y tế tỉnh Bình Thuận", addr="Số 04 đường Hải Thượng Lãn Ông, phường Phú Trinh, TP Phan Thiết, tỉnh Bình Thuận", phone="0252.3822.479",
                crumbs=crumbs, top=head_top("syt", "/images/logo-soyte.svg", "Sở Y tế tỉnh Bình Thuận", days=2, hours=4),
                side=lambda rng, pub: side_std(rng, pub, "Thông báo", fmt=lambda d: dmy(d), cls="syt-tb")
                + '<div class="syt-hotline"><h3>Đường dây nóng</h3><p>1900 9095 · Tiếp nhận phản ánh về chất lượng khám chữa bệnh (24/7)</p></div>',
                shell_kw={"layout": "next", "items": MENU_GOV, "head_extra": head, "scripts": scripts, "title": A8.title + " | Sở Y tế Bình Thuận"},
                exp=expected(A8, iso(pub), author="BS. Nguyễn Thị Mai", unit="Trung tâm Kiểm soát bệnh tật tỉnh", category="Y tế dự phòng"),
                traps={"bylines": ["BS. Nguyễn Thị Mai (Trung tâm Kiểm soát bệnh tật tỉnh)"], "chrome": ["1.482 lượt xem", "Chia sẻ:", "Tin cùng chuyên mục", "Đường dây nóng"], "related": lambda rl: rl[:4]},
                notes="TWIST: the Next.js front formats every time in UTC and says so: the stamp reads '08/01/2025 22:45 GMT' (<time dateTime='2025-01-08T22:45:00.000Z'>; __NEXT_DATA__ publishedAt agrees). 22:45 GMT is 05:45 the NEXT morning in Vietnam → published_at 2025-01-09T05:45:00+07:00. Reading the printed digits as local time would date the record a day early (08/01). The related list's times are printed in GMT too. No update stamp (updatedAt in __NEXT_DATA__ only). p.sapo = lead; figcaption. 'BS. Nguyễn Thị Mai (Trung tâm Kiểm soát bệnh tật tỉnh)' → author 'BS. Nguyễn Thị Mai' (professional title kept, as in set 19) + unit. Crumb 'Trang chủ / Tin tức / Y tế dự phòng' → 'Y tế dự phòng'. The campaign dates (10/01-28/02/2025) and the header clock are decoys.",
                readme="TWIST stamp printed in GMT '08/01/2025 22:45 GMT' (<time> …Z) = 05:45 the next day in Vietnam → published 2025-01-09T05:45+07:00; Next.js Sở Y tế, p sapo, figcaption, 'BS. Name (Trung tâm …)' (degree kept), crumb 'Y tế dự phòng'")


# ===================================================================== 9 Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Quảng Bình: Orchard Core, question headline, 'Bài và ảnh: Name (unit)', label category
A9 = Art("Làm thế nào để sinh hoạt chuyên đề ở chi bộ cơ quan không hình thức?",
         "Sinh hoạt chuyên đề là “thước đo” năng lực lãnh đạo của chi bộ. Thế nhưng ở không ít chi bộ cơ quan, nội dung sinh hoạt chuyên đề vẫn chung chung, nặng về đọc tài liệu, ít liên hệ thực tiễn.",
         [("h", "Còn nặng về hình thức"),
          ("p", "Qua khảo sát của Ban Tổ chức Đảng ủy Khối tại 40 chi bộ cơ quan trong năm 2024, có 14 chi bộ chỉ tổ chức sinh hoạt chuyên đề 2 lần/năm, chưa đạt yêu cầu tối thiểu mỗi quý một lần; nhiều buổi sinh hoạt chủ yếu đọc lại tài liệu hướng dẫn, ít ý kiến thảo luận."),
          ("img", "/media/tin-bai/2025/03/sinh-hoat-chuyen-de-so-cong-thuong.jpg", "Chi bộ Phòng Quản lý công nghiệp, Sở Công Thương sinh hoạt chuyên đề về chuyển đổi số"),
          ("h", "Chọn đúng vấn đề, giao đúng người"),
          ("p", "Ở Chi bộ Phòng Quản lý công nghiệp, Sở Công Thương, mỗi chuyên đề được chọn từ chính những việc chi bộ đang làm chưa tốt, như xử lý hồ sơ cấp phép chậm hay quản lý cụm công nghiệp. Một đảng viên được giao chuẩn bị báo cáo đề dẫn trước 2 tuần, các đảng viên khác phải đọc trước và chuẩn bị ý kiến."),
          ("p", "Theo đồng chí Phó Bí thư Thường trực Đảng ủy Khối, để sinh hoạt chuyên đề đi vào thực chất, cấp ủy cấp trên cần tăng cường dự, kiểm tra và lấy kết quả sinh hoạt chuyên đề làm một tiêu chí đánh giá, xếp loại chi bộ cuối năm.")])


def page09():
    pub = T("2025-03-11 14:05")

    def main(rng, rl, rd):
        body = A9.render(p=jp, h=lambda t: f"<h3>{esc(t)}</h3>", img=fig)
        return (f'<article class="content-item blog-post"><header><div class="dk-label">Chuyên mục: <a href="/chuyen-muc/dien-dan">Diễn đàn</a></div>'
                f'<h1 class="dk-title">{esc(A9.title)}</h1><div class="dk-meta"><span class="dk-date">{dmy(pub)} {hm(pub)}</span> <span class="dk-views">Lượt xem: 528</span></div></header>'
                f'<div class="dk-summary"><p><em>{esc(A9.lead)}</em></p></div><section class="dk-body">{body}'
                f'{right_bold("Bài và ảnh: Lê Văn Quân (Đảng ủy Sở Công Thương)")}</section>'
                f'<div class="dk-rating">Đánh giá bài viết: <span class="stars">★★★★★</span> (12)</div>'
                f'<div class="dk-others"><h3>Bài viết khác</h3>{rel(rng, rl[:5], rd, lambda d: dmy(d), href="/bai-viet/{s}", cls="dk-others-list")}</div></article>')

    url = "https://dangbokhoi.quangbinh.dcs.vn/bai-viet/lam-the-nao-de-sinh-hoat-chuyen-de-o-chi-bo-co-quan-khong-hinh-thuc"
    head = (og(A9.title, url, {"og:site_name": "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Quảng Bình", "og:description": A9.lead})
            + '<meta name="generator" content="Orchard Core" />'
            + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A9.title, "datePublished": "2025-03-11T14:05:00+07:00",
                      "publisher": {"@type": "Organization", "name": "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Quảng Bình"}}))
    return page("s22-09", family="duk_orchard_core_question_headline_bai_va_anh_paren_unit",
                name="quangbinh-dukcqdn-orchard-core-blog-post-chuyen-muc-label-dien-dan-no-crumb-h1-question-headline-dd-mm-yyyy-hh-mm-views-jsonld-agrees-italic-summary-lead-h3-subheads-figcaption-bai-va-anh-name-paren-dang-uy-so",
                url=url, art=A9, main_fn=main, pub=pub, prefix="dk", kb=120,
                org="Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Quảng Bình", addr="Số 6 đường Hùng Vương, TP Đồng Hới, tỉnh Quảng Bình", phone="0232.3823.914",
                top=head_top("dk", "/media/banner-dukcqdn.png", "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Quảng Bình", days=1, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Bài viết mới", fmt=lambda d: dmy(d), cls="dk-new") + schedule(rng, pub + timedelta(days=1), "Lịch công tác Thường trực Đảng ủy Khối", "dk-lich"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A9.title + " - Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Quảng Bình"},
                exp=expected(A9, iso(pub), author="Lê Văn Quân", unit="Đảng ủy Sở Công Thương", photographer="Lê Văn Quân", category="Diễn đàn"),
                traps={"bylines": ["Bài và ảnh: Lê Văn Quân (Đảng ủy Sở Công Thương)"], "chrome": ["Chuyên mục:", "Lượt xem: 528", "Đánh giá bài viết:", "Bài viết khác"], "related": lambda rl: rl[:4]},
                notes="Orchard Core site of an Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh. The headline is a QUESTION (title as printed, with its '?'). The only section is the label 'Chuyên mục: Diễn đàn' above the h1 (no crumb) → 'Diễn đàn'. '11/03/2025 14:05' with views; the JSON-LD datePublished agrees. Italic summary = lead. Two h3 sub-heads are body paragraphs. Bold right 'Bài và ảnh: Lê Văn Quân (Đảng ủy Sở Công Thương)' → author and photographer 'Lê Văn Quân', unit 'Đảng ủy Sở Công Thương'. Rating and 'Bài viết khác' close the article.",
                readme="Orchard Core Đảng ủy Khối: question headline, 'Chuyên mục: Diễn đàn' label as the only section, 'dd/mm/yyyy HH:MM' + views (JSON-LD agrees), italic summary lead, h3 sub-heads, figcaption, 'Bài và ảnh: Name (Đảng ủy Sở …)' (author + unit + photographer)")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
