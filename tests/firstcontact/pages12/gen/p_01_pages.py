"""Set 12 pages 1-9: a random sample of ordinary provincial pages (generic factory + per-page specs)."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads3, past, expected, hexid, alnum, slug
from .kit import mk, rel, share, std, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import side_box, MENU_NEWS, MENU_MASS, MENU_GOV


def _page(seed, *, family, name, url, art, main_fn, exp, traps, notes, readme, kb, prefix, org, addr, phone,
          crumbs="", top=None, pub=None, title=None, side=None, shell_kw=None, **kw):
    rng = random.Random(seed)
    rl = heads3(rng, 6, avoid=[art.title])
    pub = pub or T("2024-05-20 08:00")
    rd = past(pub, rng, 6, 1, 25)
    main = main_fn(rng, rl, rd)
    if callable(top):
        top = top(rng, pub)
    if callable(side):
        side = side(rng, pub)
    if callable(crumbs):
        crumbs = crumbs(rng)
    html = std(rng, art, prefix=prefix, kb=kb, main=main, crumbs=crumbs, pub=pub, org=org, addr=addr, phone=phone,
               top=top, side=side, **({"title": title} if title else {}), **(shell_kw or {}))
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


def dmy_unpadded(d):
    return f"{d.day}/{d.month}/{d.year}"


def side_std(rng, pub, head="Tin xem nhiều", fmt=dmy, cls="xemnhieu", n=6, extra=""):
    return side_box(rng, head, heads3(rng, n), past(pub, rng, n, 0, 12), fmt, cls) + extra


# ===================================================================== 1 NukeViet 4 Ban Tuyên giáo, two authors + source
A1 = Art("Nghệ Tĩnh: Hội nghị báo cáo viên tháng 3/2024 thông tin nhiều vấn đề thời sự nổi bật",
         "Sáng 14/3, Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh tổ chức hội nghị báo cáo viên tháng 3/2024 theo hình thức trực tiếp kết hợp trực tuyến đến 21 điểm cầu huyện, thành, thị ủy và đảng ủy trực thuộc.",
         [("p", "Tại hội nghị, các đại biểu được nghe báo cáo chuyên đề về tình hình kinh tế - xã hội của tỉnh trong hai tháng đầu năm và những nhiệm vụ trọng tâm từ nay đến cuối quý II."),
          ("h", "Tập trung định hướng dư luận xã hội"),
          ("p", "Báo cáo viên đã thông tin về kết quả thu ngân sách đạt 2.140 tỷ đồng, bằng 21% dự toán; công tác chuẩn bị mùa vụ hè thu và phòng, chống cháy rừng mùa khô năm 2024."),
          ("p", "Hội nghị cũng dành thời gian trao đổi về dư luận xã hội quanh việc sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 tại các huyện Nghi Lộc, Can Lộc và Hương Sơn."),
          ("p", "Phát biểu kết luận, đồng chí chủ trì đề nghị đội ngũ báo cáo viên các cấp kịp thời nắm bắt tâm tư, nguyện vọng của nhân dân, phản ánh về Ban Tuyên giáo Tỉnh ủy trước ngày 25 hằng tháng.")])
CAP1 = "Đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị tại điểm cầu chính"


def page01():
    pub = T("2024-03-14 09:05")

    def main(rng, rl, rd):
        newer, older = rl[:3], rl[3:]
        li = lambda ts, ds: "".join(f'<li><a href="/news/tin-hoat-dong/{slug(t)}-{rng.randint(1000, 1999)}.html"><h4>{esc(t)}</h4></a> <em>({dmy(d)})</em></li>' for t, d in zip(ts, ds))
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ năm - 14/03/2024 09:05</span>'
                f' <span class="hitstotal"><em class="fa fa-eye"></em> Đã xem: 312</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Giới thiệu bài viết cho bạn bè" href="#"><em class="fa fa-envelope fa-lg"></em></a></li>'
                f'<li><a class="dimgray" title="In ra" href="/news/print/tin-hoat-dong/hoi-nghi-bao-cao-vien-thang-3-2024-1873.html"><em class="fa fa-print fa-lg"></em></a></li>'
                f'<li><a class="dimgray" title="Lưu bài viết này" href="#"><em class="fa fa-save fa-lg"></em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article left pointer"><div id="imgpreview"><p class="text-center"><img alt="{esc(CAP1, True)}" src="/uploads/news/2024_03/bcv-thang-3.jpg" width="460" class="img-thumbnail" /></p>'
                f'<figcaption>{esc(CAP1)}</figcaption></div></figure><div class="hometext m-bottom"><strong>{esc(A1.lead)}</strong></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{A1.render()}</div>'
                f'<div class="panel panel-default"><div class="panel-heading">File đính kèm</div><div class="panel-body"><a href="/uploads/news/2024_03/tai-lieu-bcv-thang-3.pdf">Tài liệu sinh hoạt báo cáo viên tháng 3-2024 (ban hành ngày 08/03/2024)</a></div></div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Nguyễn Văn Quế, Trần Thị Thu</p>'
                f'<p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a href="/news/tag/bao-cao-vien">báo cáo viên</a>, <a href="/news/tag/du-luan-xa-hoi">dư luận xã hội</a>, <a href="/news/tag/thong-tin-thoi-su">thông tin thời sự</a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><form class="rating"><span>Tổng số điểm của bài viết là: 15 trong 3 đánh giá</span></form></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{li(newer, rd[:3])}</ul>'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{li(older, rd[3:])}</ul></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=9, hours=3)
        return (f'<div class="header-btg"><a href="/"><img src="/themes/btgnt/images/logo.png" alt="Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh" /></a>'
                f'{clock(today, "weekday", "header-clock")}'
                + ticker(rng, heads3(rng, 4), [today - timedelta(hours=i * 5) for i in range(4)], lambda d: f"{dmy(d)}") + '</div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin đọc nhiều", cls="block-hot")
                + links_box(["Ban Tuyên giáo Trung ương", "Tạp chí Tuyên giáo", "Báo Nghệ Tĩnh", "Đài PT-TH Nghệ Tĩnh"])
                + poll("Bạn đánh giá thế nào về chất lượng thông tin thời sự tại hội nghị báo cáo viên?", ["Rất tốt", "Tốt", "Chưa đáp ứng"]))
    return _page("s12-01", family="btg_nukeviet4_two_authors_nguon_tin_attachment", name="nghetinh-btg-thu-nam-dash-date-time-da-xem-figure-before-hometext-tac-gia-two-names-file-dinh-kem",
                 url="https://tuyengiaonghetinh.vn/news/tin-hoat-dong/hoi-nghi-bao-cao-vien-thang-3-2024-1873.html", art=A1, main_fn=main, pub=pub, prefix="nv", kb=145,
                 org="Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh", addr="Số 2 đường Trường Thi, TP Vinh, tỉnh Nghệ Tĩnh", phone="0238.3844.512",
                 crumbs='<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li><li id="brcr_1"><a href="/news/tin-hoat-dong/"><span>Tin hoạt động</span></a></li></ul></div></div>',
                 top=top, side=side, shell_kw={"layout": "bootstrap", "title": A1.title + " - Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh"},
                 exp=expected(A1, iso(pub), author="Nguyễn Văn Quế, Trần Thị Thu", category="Tin hoạt động", captions=[CAP1]),
                 traps={"bylines": ["Nguồn tin:", "Tác giả:"], "chrome": ["Đã xem: 312", "Tổng số điểm của bài viết là", "Những tin mới hơn", "File đính kèm"],
                        "tags": ["thông tin thời sự"], "dates": ["08/03/2024"], "related": lambda rl: rl[:4]},
                 notes="NukeViet 4 restyled theme: 'Thứ năm - 14/03/2024 09:05' + 'Đã xem'; figure.article lead image with figcaption printed BEFORE the bold hometext (lead). Foot 'Tác giả: A, B' → two authors; 'Nguồn tin: Ban Tuyên giáo Tỉnh ủy Nghệ Tĩnh' is a source line (not a unit). Attachment panel with an issue date, keywords, rating, newer/older lists with dates.",
                 readme="NukeViet 4 'Thứ năm - dd/mm/yyyy HH:MM' + 'Đã xem', lead figure before the hometext, 'Tác giả: A, B' + 'Nguồn tin:', attachment with issue date")


# ===================================================================== 2 VNPT Liferay district party: icon-split stamp
A2 = Art("Chiêm Hóa kết nạp 87 đảng viên mới trong 6 tháng đầu năm 2024",
         "6 tháng đầu năm, Đảng bộ huyện Chiêm Hóa đã kết nạp 87 đảng viên mới, đạt 58% chỉ tiêu năm; trong đó có 41 đảng viên là người dân tộc thiểu số.",
         [("p", "Để có nguồn kết nạp, các chi bộ đã giao cho đảng viên trực tiếp theo dõi, giúp đỡ quần chúng ưu tú là đoàn viên thanh niên, tổ trưởng tổ sản xuất, chủ hộ làm kinh tế giỏi."),
          ("img", "/documents/10181/2024/07/ket-nap-dang-vien-chiem-hoa.jpg", "Lễ kết nạp đảng viên tại Chi bộ thôn Nà Héc, xã Tân Mỹ"),
          ("p", "Đáng chú ý, 9 thôn trước đây chưa có chi bộ độc lập nay đã đủ điều kiện thành lập chi bộ riêng."),
          ("p", "Tuy vậy, việc phát triển đảng viên ở khu vực doanh nghiệp ngoài nhà nước còn gặp nhiều khó khăn do người lao động thường xuyên thay đổi nơi làm việc."),
          ("p", "Ban Thường vụ Huyện ủy yêu cầu các tổ chức cơ sở đảng phấn đấu hoàn thành chỉ tiêu kết nạp 150 đảng viên trong năm 2024.")])


def page02():
    pub = T("2024-07-05 16:22")
    pid = "dsnews_WAR_vnpteportalnewsportlet_INSTANCE_q8Lk2PzR"

    def main(rng, rl, rd):
        return (f'<section class="portlet" id="portlet_{pid}"><div class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Tin hoạt động</span></h2></div>'
                f'<div class="portlet-content"><div class="vnpt-news-detail"><div class="news-kicker">null</div><h3 class="news-title">{esc(A2.title)}</h3>'
                f'<div class="news-meta"><i class="fa fa-calendar" aria-hidden="true"></i> <span class="news-date">05/07/2024</span>'
                f' <i class="fa fa-clock-o" aria-hidden="true"></i> <span class="news-time">16:22</span>'
                f' <span class="news-font"><a href="javascript:changeFont(-1)">A-</a> <a href="javascript:changeFont(1)">A+</a></span></div>'
                f'<div class="news-summary"><p><strong>{esc(A2.lead)}</strong></p></div><div class="news-content journal-content-article">{A2.render(img=tcap)}'
                f'<p style="text-align:right"><strong>Ma Thị Hồng (Ban Tuyên giáo Huyện ủy)</strong></p></div>'
                f'<div class="news-tools"><a href="#" onclick="window.print()">In bài viết</a> | <a href="#">Gửi bạn bè</a> | <a href="#top">Về đầu trang</a></div>'
                f'{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/web/huyenuy/tin-hoat-dong/-/view_content/{n}-{s}.html", cls="news-other", head="Các tin khác")}</div></div></section>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=4), "Lịch công tác của Thường trực Huyện ủy")
                + side_std(rng, pub, "Tin mới", cls="tin-moi")
                + links_box(["Tỉnh ủy Hà Tuyên", "UBND huyện Chiêm Hóa", "Báo Hà Tuyên", "Cổng dịch vụ công quốc gia"]))
    return _page("s12-02", family="district_party_vnpt_liferay_icon_split_stamp", name="hatuyen-chiemhoa-huyenuy-portlet-title-cat-null-kicker-h3-calendar-clock-icons-split-name-paren-unit",
                 url="https://huyenuychiemhoa.hatuyen.dcs.vn/web/huyenuy/tin-hoat-dong/-/view_content/7337177-chiem-hoa-ket-nap-87-dang-vien-moi.html", art=A2, main_fn=main, pub=pub, prefix="vnpt", kb=175,
                 org="Đảng bộ huyện Chiêm Hóa", addr="Tổ dân phố Vĩnh Tài, thị trấn Vĩnh Lộc, huyện Chiêm Hóa, tỉnh Hà Tuyên", phone="0207.3852.115",
                 crumbs='<div class="breadcrumb-wrap"><ul class="breadcrumb"><li><a href="/web/huyenuy">Trang chủ</a></li><li><a href="/web/huyenuy/tin-tuc">Tin tức</a></li><li class="active">Tin hoạt động</li></ul></div>',
                 side=side, shell_kw={"layout": "liferay", "title": "Chi tiết tin - Đảng bộ huyện Chiêm Hóa"},
                 exp=expected(A2, iso(pub), author="Ma Thị Hồng", unit="Ban Tuyên giáo Huyện ủy", category="Tin hoạt động"),
                 traps={"chrome": ["In bài viết", "Lịch công tác của Thường trực Huyện ủy", "Các tin khác", "null"], "related": lambda rl: rl[:3]},
                 notes="VNPT Liferay news portlet: <title> is generic 'Chi tiết tin - …'; portlet title 'Tin hoạt động' = category; a literal 'null' kicker printed above the h3 title (empty field). Stamp split by icons: <i calendar> 05/07/2024 <i clock> 16:22 → 2024-07-05T16:22. Image tables with td.image_desc. Bold right 'Name (unit)'. Sidebar work schedule with future dates and hours.",
                 readme="VNPT Liferay portlet: calendar/clock icons splitting date and time, literal 'null' kicker, h3 title, 'Name (unit)', work-schedule sidebar")


# ===================================================================== 3 newspaper in-house PHP: raw SQL datetime (twist)
A3 = Art("Nông dân Phụng Hiệp trúng mùa khóm, giá bán tăng 30%",
         "Những ngày này, nông dân xã Hòa An, huyện Phụng Hiệp đang thu hoạch khóm vụ chính. Năng suất đạt 28 - 30 tấn/ha, giá bán tại ruộng tăng khoảng 30% so với cùng kỳ năm trước.",
         [("p", "Toàn xã hiện có hơn 1.100 ha khóm, phần lớn trồng trên đất phèn ven kênh Xà No."),
          ("img", "/uploads/2024/04/18/khom-hoa-an.jpg", "Nông dân xã Hòa An thu hoạch khóm vụ chính"),
          ("p", "Ông Lâm Văn Sáu, ở ấp Hòa Long, cho biết gia đình ông trồng 3 ha, sau khi trừ chi phí còn lãi gần 250 triệu đồng."),
          ("h", "Hướng đến sản xuất theo chuỗi"),
          ("p", "Hợp tác xã Khóm Hòa An đã ký hợp đồng tiêu thụ 5.000 tấn khóm với một doanh nghiệp chế biến nước ép xuất khẩu."),
          ("p", "Ngành nông nghiệp huyện khuyến cáo nông dân không mở rộng diện tích ồ ạt, tập trung cải tạo vườn và sử dụng giống sạch bệnh.")])


def page03():
    pub = T("2024-04-18 07:35")
    raw = lambda d: d.strftime("%Y-%m-%d %H:%M:") + f"{(d.minute * 7) % 60:02d}"

    def main(rng, rl, rd):
        cm = comments([("Út Mười", "2024-04-18 20:11:05", "Khóm năm nay được giá, mong hợp tác xã bao tiêu lâu dài cho bà con."),
                       ("Nguyễn Hoàng", "2024-04-19 06:42:51", "Xin hỏi giống khóm Queen mua ở đâu vậy báo?")], head="Bình luận", cls="bl")
        return (f'<div class="detail-news"><div class="detail-cate"><a href="/kinh-te">Kinh tế</a> <span>»</span> <a href="/kinh-te/nong-nghiep">Nông nghiệp</a></div>'
                f'<h1 class="detail-title">{esc(A3.title)}</h1><div class="detail-author-top">Bài và ảnh: <b>Trúc Linh</b></div>'
                f'<div class="detail-info"><span class="post-date">Ngày đăng: 2024-04-18 07:35:12</span> <span class="post-view">Lượt xem: 1.902</span></div>'
                f'<div class="detail-sapo">{esc(A3.lead)}</div><div class="detail-content">{A3.render(img=fig)}</div>'
                f'{share("detail-share")}<div class="detail-tags">Tags: <a href="/tag/khom">khóm</a> <a href="/tag/phung-hiep">Phụng Hiệp</a> <a href="/tag/kinh-te-hop-tac">kinh tế hợp tác</a></div>'
                f'{cm}{rel(rng, rl, rd, raw, cls="detail-related", head="Tin cùng chuyên mục")}</div>')

    def side(rng, pub):
        return side_std(rng, pub, "Tin mới cập nhật", fmt=raw, cls="moi-cap-nhat") + side_std(rng, pub - timedelta(days=3), "Đọc nhiều", fmt=None, cls="doc-nhieu", n=5)

    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A3.title, "datePublished": "2024-04-18T07:35:12+07:00",
                 "author": {"@type": "Person", "name": "Trúc Linh"}, "publisher": {"@type": "Organization", "name": "Báo Hậu Giang"}})
    return _page("s12-03", family="baotinh_php_raw_sql_datetime", name="haugiang-bao-ngay-dang-yyyy-mm-dd-hh-mm-ss-raw-bai-va-anh-top-comments-raw-times",
                 url="https://baohaugiang.com.vn/kinh-te/nong-nghiep/nong-dan-phung-hiep-trung-mua-khom-142233.html", art=A3, main_fn=main, pub=pub, prefix="bhg", kb=165,
                 org="Báo Hậu Giang", addr="Số 10 đường 30 Tháng 4, phường Xuân Khánh, TP Cần Thơ, tỉnh Hậu Giang", phone="0292.3821.505",
                 side=side, shell_kw={"head_extra": ld + og(A3.title, "https://baohaugiang.com.vn/", {"article:section": "Nông nghiệp"}), "items": MENU_NEWS},
                 exp=expected(A3, iso(pub), author="Trúc Linh", photographer="Trúc Linh", category="Nông nghiệp"),
                 traps={"comments": ["Khóm năm nay được giá, mong hợp tác xã bao tiêu lâu dài cho bà con.", "Bình luận"], "dates": ["2024-04-18 20:11:05", "2024-04-19 06:42:51"],
                        "chrome": ["Lượt xem: 1.902", "Tin cùng chuyên mục"], "bylines": ["Bài và ảnh:"], "tags": ["kinh tế hợp tác"], "related": lambda rl: rl[:3]},
                 notes="TWIST: the stamp is the raw database value 'Ngày đăng: 2024-04-18 07:35:12' (ISO-like, year first, with seconds) → 2024-04-18T07:35; JSON-LD agrees. Sidebar, related list and reader comments print the same raw format (comment times are later decoys). 'Bài và ảnh: Trúc Linh' under the title → author = photographer. Two-level crumb → 'Nông nghiệp'.",
                 readme="TWIST raw SQL datetime 'Ngày đăng: 2024-04-18 07:35:12' (also in lists and comments), 'Bài và ảnh:' under the title, two-level crumb")


# ===================================================================== 4 UBKT Liferay custom: weekday disagrees with the date (twist)
A4 = Art("Ủy ban Kiểm tra Tỉnh ủy Minh Hải giám sát chuyên đề tại Đảng bộ huyện Đầm Dơi",
         "Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy vừa làm việc với Ban Thường vụ Huyện ủy Đầm Dơi về việc lãnh đạo, chỉ đạo thực hiện công tác kê khai tài sản, thu nhập năm 2023.",
         [("p", "Theo báo cáo, năm 2023 toàn Đảng bộ huyện có 412 cán bộ thuộc diện kê khai, 100% đã thực hiện kê khai và công khai bản kê khai đúng quy định."),
          ("p", "Đoàn giám sát ghi nhận Ban Thường vụ Huyện ủy đã ban hành đầy đủ văn bản chỉ đạo, tổ chức xác minh ngẫu nhiên tài sản của 8 cán bộ."),
          ("img", "/documents/20182/0/giam-sat-dam-doi.jpg", "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Đầm Dơi"),
          ("p", "Bên cạnh đó, đoàn chỉ ra một số bản kê khai còn ghi chưa đầy đủ biến động tài sản, việc công khai ở một số chi bộ còn chậm."),
          ("p", "Ủy ban Kiểm tra Tỉnh ủy đề nghị Ban Thường vụ Huyện ủy khắc phục hạn chế, báo cáo kết quả trước ngày 30/4/2024.")])


def page04():
    pub = T("2024-03-14 10:20")

    def main(rng, rl, rd):
        return (f'<div class="taglib-header"><span class="header-back-to"><a href="/web/ubkt/hoat-dong-kiem-tra-giam-sat" title="Quay lại">&#8592;</a></span>'
                f'<h2 class="header-title"><span>Hoạt động kiểm tra, giám sát</span></h2></div>'
                f'<div class="asset_publisher_view_full_content"><div class="asset_title"><span>{esc(A4.title)}</span></div>'
                f'<div class="social-panel"><div class="asset-publish-date"><span>Thứ Tư, ngày 14/03/2024 10:20</span></div>'
                f'<div class="social-icon"><span class="mail_icon"><a href="#">Email</a></span> <a id="decreaseText" href="#">A-</a> <a id="increaseText" href="#">A+</a>'
                f' <button class="article-audio" id="btnSpeak" type="button">Đọc bài</button></div></div>'
                f'<div class="asset-abstract"><div class="assetdesc"><span class="assetdesc-text"><b>{esc(A4.lead)}</b></span></div></div>'
                f'<div class="asset-full-content"><div class="asset-content"><div class="journal-content-article">{A4.render(img=pcap)}'
                f'<p style="text-align:right"><em>Lê Hồng Nhung - Văn phòng UBKT Tỉnh ủy</em></p></div></div>'
                f'<div class="asset-metadata"><span class="metadata-entry metadata-view-count">Số lượt xem: 147</span></div></div></div>'
                f'<div class="asset-related"><div class="title-related">Tin liên quan</div>{rel(rng, rl, rd, lambda d: wd(d) + ", " + dmy(d), href="/web/ubkt/-/{s}-{n}", cls="ds-lienquan")}</div>')

    def top(rng, pub):
        today = pub + timedelta(days=6, hours=1)
        return (f'<div class="ubkt-banner"><img src="/ubkt-theme/images/banner-ubkt.png" alt="Ủy ban Kiểm tra Tỉnh ủy Minh Hải" />'
                f'<span class="ubkt-today">{esc(wd(today))}, ngày {dmy(today)}</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Thông báo kết luận", cls="tbkl", n=4) + side_std(rng, pub, "Tin nổi bật", cls="noibat")
                + '<div class="hotline"><h3>Đường dây nóng</h3><p>Tiếp nhận phản ánh, tố cáo đảng viên: 0290.3831.225</p></div>')
    head = og(A4.title, "https://ubkt.minhhai.dcs.vn/", {"article:published_time": "2024-03-14T10:20:00+07:00"})
    return _page("s12-04", family="ubkt_liferay_weekday_disagrees_date", name="minhhai-ubkt-thu-tu-ngay-14-03-2024-is-thursday-asset-title-span-audio-italic-name-dash-unit",
                 url="https://ubkt.minhhai.dcs.vn/web/ubkt/hoat-dong-kiem-tra-giam-sat/-/asset_publisher/Kq3PZbT1xUvA/content/giam-sat-chuyen-de-tai-dang-bo-huyen-dam-doi", art=A4, main_fn=main, pub=pub, prefix="ubkt", kb=210,
                 org="Ủy ban Kiểm tra Tỉnh ủy Minh Hải", addr="Số 27 Hùng Vương, phường 7, TP Cà Mau, tỉnh Minh Hải", phone="0290.3831.220",
                 top=top, side=side, shell_kw={"layout": "liferay", "head_extra": head, "title": "Hoạt động kiểm tra, giám sát - Ủy ban Kiểm tra Tỉnh ủy Minh Hải"},
                 exp=expected(A4, iso(pub), author="Lê Hồng Nhung", unit="Văn phòng UBKT Tỉnh ủy", category="Hoạt động kiểm tra, giám sát"),
                 traps={"chrome": ["Đọc bài", "Số lượt xem: 147", "Đường dây nóng", "Tin liên quan"], "related": lambda rl: rl[:3]},
                 notes="TWIST: the stamp 'Thứ Tư, ngày 14/03/2024 10:20' names the wrong weekday (14/03/2024 is a Thursday; the weekday is typed by hand on this site) → the numeric date wins: 2024-03-14T10:20 (og article:published_time agrees). Liferay custom full-content view: title in span.asset_title, category in the taglib header, bold assetdesc lead, p>em captions, italic 'Name - unit'.",
                 readme="TWIST weekday contradicting the date ('Thứ Tư, ngày 14/03/2024' is a Thursday), Liferay span title, header-title category, 'Name - unit' italic")


# ===================================================================== 5 FPT SharePoint Sở Y tế: lblDate, 'Ảnh minh họa', degree name + unit line
A5 = Art("Thuận Hải chủ động phòng, chống sốt xuất huyết trong mùa mưa",
         "Từ đầu năm đến nay, toàn tỉnh ghi nhận 642 ca mắc sốt xuất huyết, tăng 18% so với cùng kỳ năm 2023, chưa có trường hợp tử vong.",
         [("img", "/SiteAssets/2024/06/muoi-van.jpg", "Ảnh minh họa"),
          ("p", "Các ổ dịch tập trung chủ yếu tại thành phố Phan Rang - Tháp Chàm và các huyện Ninh Phước, Ninh Hải."),
          ("p", "Ngành y tế đã xử lý 37 ổ dịch, tổ chức 4 đợt chiến dịch diệt lăng quăng tại các khu dân cư có nguy cơ cao."),
          ("img", "/SiteAssets/2024/06/phun-hoa-chat-phuoc-dinh.jpg", "Cán bộ y tế xã Phước Dinh phun hóa chất diệt muỗi tại khu dân cư"),
          ("p", "Sở Y tế khuyến cáo người dân đậy kín dụng cụ chứa nước, thả cá diệt lăng quăng, ngủ màn kể cả ban ngày và đến cơ sở y tế ngay khi có biểu hiện sốt cao."),
          ("p", "Các bệnh viện tuyến tỉnh, huyện được yêu cầu chuẩn bị đủ giường bệnh, thuốc, dịch truyền để sẵn sàng tiếp nhận bệnh nhân.")])


def page05():
    pub = T("2024-06-12 14:35")
    g = "ctl00_ctl39_g_7c1e2f0a_51b3_4d8e_9a77_0e4c5b9d21f6_ctl00"

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="3" cellspacing="0" width="90%"><tr><td align="center"><img src="{s}" border="0" width="500" /></td></tr>'
                f'<tr><td align="center"><span style="color:#003399"><i>{esc(c)}</i></span></td></tr></table>')

    def main(rng, rl, rd):
        other = "".join(f'<li><a href="/Pages/newsdetail.aspx?NewsId={rng.randint(20000, 29999)}&amp;CatId=43">{esc(t)}</a> <span class="time_update">(Ngày {dmy(d)})</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="detail_artical"><div class="path"><div class="arr_B"><span id="{g}_lblBreadCrum">Trang chủ &gt; Tin tức - Sự kiện &gt; Y tế dự phòng</span></div></div>'
                f'<div><table><tr><td><a href="#"><img src="/_layouts/15/images/syt/icon_date.jpg" alt="" /></a></td><td><span id="{g}_lblCreatedDate">12/06/2024 14:35</span></td></tr></table></div>'
                f'<h2><span id="{g}_lblTitle">{esc(A5.title)}</span></h2><p><b>{esc(A5.lead)}</b></p>'
                f'<p><table width="100%"><tr><td>{A5.render(img=img)}</td></tr>'
                f'<tr><td align="right" style="font-weight:bold"><span id="{g}_lblAuthor">ThS.BS Trần Minh Khoa</span><br /><span id="{g}_lblSource">Trung tâm Kiểm soát bệnh tật tỉnh</span></td></tr></table></p>'
                f'<div class="tool_artical"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Lên đầu trang</a></div></div>'
                f'<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>{other}</ul></div></div>')

    def side(rng, pub):
        return (f'<div class="box-hotline"><h3>Đường dây nóng ngành Y tế</h3><p>1900 9095</p></div>'
                + side_std(rng, pub, "Thông báo", cls="thongbao", n=4)
                + links_box(["Bộ Y tế", "Cục Y tế dự phòng", "Bệnh viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh"]))
    return _page("s12-05", family="so_fpt_sharepoint_lbldate_minh_hoa_caption", name="thuanhai-syt-sharepoint-icon-date-lbldate-h2-span-title-anh-minh-hoa-caption-degree-name-br-unit",
                 url="https://syt.thuanhai.gov.vn/Pages/newsdetail.aspx?NewsId=24117&CatId=43", art=A5, main_fn=main, pub=pub, prefix="syt", kb=230,
                 org="Sở Y tế tỉnh Thuận Hải", addr="Số 5 đường 16 Tháng 4, TP Phan Rang - Tháp Chàm, tỉnh Thuận Hải", phone="0259.3822.610",
                 side=side, shell_kw={"layout": "sharepoint", "form": True, "items": MENU_GOV, "title": "Tin tức - Sự kiện"},
                 exp=expected(A5, iso(pub), author="ThS.BS Trần Minh Khoa", unit="Trung tâm Kiểm soát bệnh tật tỉnh", category="Y tế dự phòng"),
                 traps={"chrome": ["In trang", "Đường dây nóng ngành Y tế", "Các tin khác"], "related": lambda rl: rl[:3]},
                 notes="FPT eGov SharePoint web part: <title> = list name 'Tin tức - Sự kiện'; breadcrumb text in a span (last level 'Y tế dự phòng' = category); lblCreatedDate '12/06/2024 14:35' next to a date icon ABOVE the h2 title. First image's caption is only 'Ảnh minh họa' (a caption like any other; no photographer). Right bold cell: 'ThS.BS Trần Minh Khoa' <br> 'Trung tâm Kiểm soát bệnh tật tỉnh' (lblSource without a 'Nguồn:' label, a unit) → author with degree kept + unit.",
                 readme="FPT SharePoint lblCreatedDate above the h2 span title, 'Ảnh minh họa' caption, bold cell 'ThS.BS Name' <br> unit, '(Ngày …)' other news")


# ===================================================================== 6 radio-TV ASP.NET MVC: 'HH:MM - Thứ Hai, dd/mm/yyyy', 'PV X - KTV Y'
A6 = Art("Hoàng Liên Sơn: Khẩn trương khắc phục hậu quả mưa lũ tại huyện Bát Xát",
         "Mưa lớn kéo dài từ đêm 6/7 đã gây sạt lở nhiều tuyến đường liên xã, làm 14 nhà dân ở huyện Bát Xát bị hư hỏng.",
         [("p", "Ngay trong sáng 7/7, huyện đã huy động hơn 300 cán bộ, chiến sĩ, dân quân và máy móc thông tuyến đường Trịnh Tường - Y Tý."),
          ("p", "Tại xã Mường Hum, 5 hộ dân có nhà nằm sát taluy âm được di dời khẩn cấp đến nhà văn hóa thôn."),
          ("img", "/Upload/News/2024/7/8/sat-lo-bat-xat.jpg", "Lực lượng chức năng dọn đất đá sạt lở trên tuyến đường Trịnh Tường - Y Tý"),
          ("p", "Theo thống kê ban đầu, thiệt hại do mưa lũ trên địa bàn huyện ước khoảng 3,5 tỷ đồng."),
          ("p", "Cơ quan khí tượng dự báo trong 2 ngày tới khu vực vẫn có mưa to, người dân không nên qua lại các ngầm tràn khi nước dâng cao.")])


def page06():
    pub = T("2024-07-08 18:45")

    def main(rng, rl, rd):
        return (f'<div class="article-detail"><a class="article-kicker" href="/thoi-su">Thời sự</a><h1 class="article-title">{esc(A6.title)}</h1>'
                f'<div class="article-time"><i class="icon-time"></i>18:45 - Thứ Hai, 08/07/2024</div>'
                f'<div class="article-sapo"><p>{esc(A6.lead)}</p></div><div class="article-body">{A6.render(img=fig)}'
                f'<p class="article-credit" style="text-align:right"><strong>PV Hồng Hạnh - KTV Trung Kiên</strong></p></div>'
                f'<div class="article-tags"><span>Từ khóa:</span> <a href="/tag/mua-lu">mưa lũ</a> <a href="/tag/bat-xat">Bát Xát</a> <a href="/tag/sat-lo">sạt lở đất</a></div>'
                f'{share("article-share")}{rel(rng, rl, rd, lambda d: hm(d) + " - " + dmy(d), cls="article-related", head="Tin cùng chuyên mục", htag="h3")}</div>')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=2)
        live = (f'<div class="onair"><span class="live">TRỰC TIẾP</span> <a href="/truc-tiep/hlstv">HLSTV</a> | <a href="/truc-tiep/radio">Phát thanh FM 97,1 MHz</a>'
                f' <span class="now">Đang phát: Chuyên mục Nông nghiệp - Nông thôn (19:15)</span></div>')
        return (f'<div class="hls-top"><img src="/Content/hlstv/logo.png" alt="Đài PT-TH Hoàng Liên Sơn" />{clock(today, "hom_nay")}{live}</div>'
                + ticker(rng, heads3(rng, 4), [today - timedelta(hours=3 * i) for i in range(4)], lambda d: hm(d) + " " + dmy(d), "Tin nóng"))

    def side(rng, pub):
        vids = "".join(f'<li><a href="/video/{slug(t)}"><img src="/thumb/{hexid(rng, 10)}.jpg" alt="" /><span class="dur">0{rng.randint(1, 4)}:{rng.randint(10, 59)}</span>'
                       f'<span class="t">{esc(t)}</span></a></li>' for t in heads3(rng, 4))
        return (f'<div class="video-side"><h3>Video mới</h3><ul>{vids}</ul></div>'
                + f'<div class="lich-phat-song"><h3>Lịch phát sóng</h3><ul><li>18:30 Thời sự tổng hợp</li><li>19:15 Nông nghiệp - Nông thôn</li><li>20:00 Phim truyện</li></ul></div>'
                + side_std(rng, pub, "Xem nhiều", fmt=lambda d: hm(d) + " " + dmy(d)))
    return _page("s12-06", family="ptth_mvc_time_dash_weekday_date_pv_ktv", name="hoanglienson-ptth-hh-mm-dash-thu-hai-date-pv-name-dash-ktv-name-onair-bar-video-durations",
                 url="https://hlstv.vn/thoi-su/hoang-lien-son-khan-truong-khac-phuc-hau-qua-mua-lu-tai-bat-xat-a52210.html", art=A6, main_fn=main, pub=pub, prefix="hls", kb=160,
                 org="Đài Phát thanh và Truyền hình Hoàng Liên Sơn", addr="Số 1 đường Hoàng Liên, TP Lào Cai, tỉnh Hoàng Liên Sơn", phone="0214.3840.228",
                 crumbs='<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ol>',
                 top=top, side=side, shell_kw={"layout": "bootstrap", "items": MENU_NEWS},
                 exp=expected(A6, iso(pub), author="Hồng Hạnh", category="Thời sự"),
                 traps={"bylines": ["KTV Trung Kiên"], "chrome": ["TRỰC TIẾP", "Đang phát:", "Lịch phát sóng", "Tin cùng chuyên mục"], "tags": ["sạt lở đất"], "related": lambda rl: rl[:3]},
                 notes="Time before weekday: '18:45 - Thứ Hai, 08/07/2024'. Foot credit 'PV Hồng Hạnh - KTV Trung Kiên' without colons: PV = reporter (author), KTV = camera technician (not an author, not a photographer). On-air bar with a programme time, broadcast schedule and video durations in the sidebar are chrome. Plain sapo div = lead.",
                 readme="'HH:MM - Thứ Hai, dd/mm/yyyy', 'PV X - KTV Y' credit without colons, on-air bar and broadcast schedule with times")


# ===================================================================== 7 WordPress district party: date-only visible + agreeing og time, 'Tin, ảnh: X (CTV)'
A7 = Art("Tuy An: Đại hội điểm chi bộ thôn Phú Tân nhiệm kỳ 2025 - 2027",
         "Ngày 20/5, Chi bộ thôn Phú Tân, xã An Ninh Đông tổ chức đại hội điểm nhiệm kỳ 2025 - 2027 để rút kinh nghiệm chỉ đạo đại hội các chi bộ trực thuộc Đảng bộ huyện Tuy An.",
         [("p", "Chi bộ hiện có 34 đảng viên, trong nhiệm kỳ qua đã lãnh đạo thôn hoàn thành tiêu chí nông thôn mới kiểu mẫu, thu nhập bình quân đạt 62 triệu đồng/người/năm."),
          ("p", "Đại hội đã thảo luận, đóng góp ý kiến vào dự thảo văn kiện đại hội Đảng bộ xã và văn kiện đại hội Đảng bộ huyện."),
          ("img", "/wp-content/uploads/2024/05/dai-hoi-chi-bo-phu-tan.jpg", "Đại hội biểu quyết thông qua nghị quyết"),
          ("p", "Kết quả, đại hội bầu 3 đồng chí vào chi ủy và bầu trực tiếp bí thư chi bộ; 100% đảng viên tán thành nghị quyết đại hội.")])


def page07():
    pub = T("2024-05-21 08:10")

    def img(s, c, n):
        return (f'<div id="attachment_{2200 + n}" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{2200 + n}" class="size-full wp-image-{2200 + n}" src="{s}" width="800" height="533" />'
                f'<p id="caption-attachment-{2200 + n}" class="wp-caption-text">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        return (f'<article id="post-2231" class="post-2231 post type-post status-publish format-standard has-post-thumbnail category-xay-dung-dang ast-article-single">'
                f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(A7.title)}</h1>'
                f'<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">21/05/2024</span></span> / '
                f'<span class="posted-by vcard author" itemprop="author">bởi <a class="url fn n" href="/author/huyenuytuyan/"><span class="author-name">huyenuytuyan</span></a></span></div></header>'
                f'<div class="entry-content clear" itemprop="text"><p><strong>{esc(A7.lead)}</strong></p>{A7.render(img=img)}'
                f'<p style="text-align:right"><strong>Tin, ảnh: Thu Hà (CTV)</strong></p></div>'
                f'<footer class="entry-footer"><span class="cat-links">Đăng trong <a href="/category/xay-dung-dang/" rel="category tag">Xây dựng Đảng</a></span></footer></article>'
                f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="ast-left-arrow">←</span> Bài trước</a></div>'
                f'<div class="nav-next"><a href="#" rel="next">Bài sau <span class="ast-right-arrow">→</span></a></div></div></nav>'
                f'<div class="related-posts"><h2 class="related-title">Bài viết liên quan</h2>{rel(rng, rl, rd, dmy, href="/{s}/", cls="rp")}</div>'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3>'
                f'<form class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><textarea name="comment"></textarea><input type="submit" value="Phản hồi" /></form></div></div>')
    head = (og(A7.title, "https://huyenuytuyan.phukhanh.dcs.vn/tuy-an-dai-hoi-diem-chi-bo-thon-phu-tan/",
               {"article:published_time": "2024-05-21T08:10:00+07:00", "article:modified_time": "2024-05-21T08:10:00+07:00", "article:section": "Xây dựng Đảng"})
            + '<meta name="generator" content="WordPress 6.5.3" />'
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A7.title, "datePublished": "2024-05-21T08:10:00+07:00",
                                                                    "dateModified": "2024-05-21T08:10:00+07:00", "author": {"@type": "Person", "name": "huyenuytuyan"}}]}))

    def side(rng, pub):
        return (f'<aside id="search-2" class="widget widget_search"><form role="search"><input type="search" placeholder="Tìm kiếm …" /></form></aside>'
                + f'<aside class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2>{rel(rng, heads3(rng, 5), past(pub, rng, 5, 0, 6), None, cls="recent")}</aside>'
                + '<aside class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="/2024/05/">Tháng Năm 2024</a></li><li><a href="/2024/04/">Tháng Tư 2024</a></li><li><a href="/2024/03/">Tháng Ba 2024</a></li></ul></aside>')
    return _page("s12-07", family="district_party_wp_astra_date_only_og_time", name="phukhanh-tuyan-huyenuy-wp-astra-published-span-date-only-og-yoast-time-agrees-account-tin-anh-ctv",
                 url="https://huyenuytuyan.phukhanh.dcs.vn/tuy-an-dai-hoi-diem-chi-bo-thon-phu-tan/", art=A7, main_fn=main, pub=pub, prefix="ast", kb=105,
                 org="Đảng bộ huyện Tuy An", addr="Khu phố Long Bình, thị trấn Chí Thạnh, huyện Tuy An, tỉnh Phú Khánh", phone="0257.3866.102",
                 side=side, shell_kw={"head_extra": head, "title": A7.title + " – Đảng bộ huyện Tuy An", "body_cls": "post-template-default single single-post ast-separate-container"},
                 exp=expected(A7, iso(pub), author="Thu Hà", photographer="Thu Hà", category="Xây dựng Đảng"),
                 traps={"bylines": ["huyenuytuyan", "Tin, ảnh: Thu Hà (CTV)"], "chrome": ["Bài viết liên quan", "Bài trước", "Email của bạn sẽ không được hiển thị công khai."], "related": lambda rl: rl[:3]},
                 notes="WordPress Astra: visible 'published' span shows only '21/05/2024' (no <time>); og article:published_time and Yoast JSON-LD carry 2024-05-21T08:10:00+07:00 with an explicit offset on the same day → published_at with that time (conventions). dateModified = datePublished and no update is shown → updated_at null. 'bởi huyenuytuyan' is the account; foot 'Tin, ảnh: Thu Hà (CTV)' → author = photographer, '(CTV)' dropped.",
                 readme="WordPress Astra date-only 'published' span + agreeing og/Yoast time, account 'bởi', 'Tin, ảnh: X (CTV)', 'Đăng trong' category")


# ===================================================================== 8 newspaper: sapo repeated as first body paragraph (twist)
A8 = Art("Giữ hồn cồng chiêng ở các buôn làng vùng cao",
         "Nhiều buôn làng ở huyện Kbang và Mang Yang đã thành lập đội chiêng thiếu niên, truyền dạy cách đánh chiêng, múa xoang cho thế hệ trẻ.",
         [("p", "Ở làng Kon Lanh, mỗi tối cuối tuần, nghệ nhân Đinh Blưk lại tập hợp hơn 20 em nhỏ ở nhà rông để dạy các bài chiêng cổ."),
          ("img", "/Uploads/2024/6/14/cong-chieng-kon-lanh.jpg", "Nghệ nhân Đinh Blưk hướng dẫn các em thiếu niên đánh chiêng tại nhà rông làng Kon Lanh"),
          ("p", "Theo ông Blưk, trước đây cả làng chỉ còn 3 bộ chiêng, nay đã khôi phục được 7 bộ nhờ sự hỗ trợ của Nhà nước và con cháu trong làng góp tiền mua lại."),
          ("h", "Đưa cồng chiêng vào trường học"),
          ("p", "Phòng Văn hóa - Thông tin huyện Kbang phối hợp với các trường tiểu học, trung học cơ sở tổ chức câu lạc bộ cồng chiêng với 14 đội, thu hút hơn 300 học sinh."),
          ("p", "Năm 2024, tỉnh dành 2,5 tỷ đồng hỗ trợ mua cồng chiêng, trang phục truyền thống cho các làng đồng bào Ba Na, Jrai.")])


def page08():
    pub = T("2024-06-14 06:30")

    def main(rng, rl, rd):
        return (f'<div class="cms-article"><ul class="cms-crumb"><li><a href="/van-hoa">Văn hóa</a></li><li>›</li><li><a href="/van-hoa/di-san">Di sản</a></li></ul>'
                f'<h1 class="cms-title">{esc(A8.title)}</h1><div class="cms-date">Thứ sáu, 14/6/2024, 6:30</div>'
                f'<h2 class="cms-sapo">{esc(A8.lead)}</h2><div class="cms-body"><p>{esc(A8.lead)}</p>{A8.render(img=fig)}'
                f'<p style="text-align:right"><strong>Ksor H\'Bớt - Minh Phương</strong></p></div>'
                f'<div class="cms-rate">Bạn thấy bài viết này thế nào? <a href="#">Hữu ích</a> <a href="#">Không hữu ích</a></div>{share("cms-share")}'
                f'{rel(rng, rl, rd, dmy_unpadded, cls="cms-related", head="Tin liên quan")}</div>')

    def top(rng, pub):
        return (f'<div class="glkt-masthead"><a href="/"><img src="/Content/glkt/logo-bao.png" alt="Báo Gia Lai - Kon Tum" /></a>'
                f'<div class="ad-top"><a href="#"><img src="/qc/banner-ocop-2024.jpg" alt="Quảng cáo" /></a></div></div>')
    island = ('<script>window.__ARTICLE__ = ' + __import__("json").dumps(
        {"id": 240614117, "title": A8.title, "ngayTao": "2024-06-13 16:20:00", "ngayXuatBan": "2024-06-14 06:30:00", "trangThai": 3, "chuyenMuc": "Di sản"}, ensure_ascii=False) + ';</script>')
    return _page("s12-08", family="baotinh_sapo_repeated_in_body", name="gialaikontum-bao-h2-sapo-repeated-as-first-body-paragraph-unpadded-thu-sau-comma-time-apostrophe-name",
                 url="https://baogialaikontum.vn/van-hoa/di-san/giu-hon-cong-chieng-o-cac-buon-lang-vung-cao-240614117.html", art=A8, main_fn=main, pub=pub, prefix="glkt", kb=225,
                 org="Báo Gia Lai - Kon Tum", addr="Số 9 Hai Bà Trưng, TP Pleiku, tỉnh Gia Lai - Kon Tum", phone="0269.3824.149",
                 top=top, shell_kw={"items": MENU_NEWS, "head_extra": island},
                 exp=expected(A8, iso(pub), author="Ksor H'Bớt, Minh Phương", category="Di sản"),
                 traps={"chrome": ["Bạn thấy bài viết này thế nào?", "Tin liên quan"], "dates": ["2024-06-13 16:20:00"], "related": lambda rl: rl[:3]},
                 notes="TWIST: the editor pasted the sapo again as the first paragraph of the text: h2.cms-sapo and the first <p> of the body are the same sentence → lead once, body starts with the lead and does NOT repeat it. Unpadded 'Thứ sáu, 14/6/2024, 6:30' → 06:30. Inline JSON state with a draft 'ngayTao' (13/06 16:20) is not the publish time. Bold 'A - B' with an apostrophe in the Jrai name → two authors. Crumb 'Văn hóa › Di sản' → 'Di sản'.",
                 readme="TWIST sapo pasted again as the first body paragraph (kept once), unpadded 'Thứ sáu, 14/6/2024, 6:30', draft time in a JSON island, 'Ksor H'Bớt - B'")


# ===================================================================== 9 DNN Đảng ủy Khối: 'Ngày đăng | Giờ đăng', two authors each with a unit (twist)
A9 = Art("Nhân rộng mô hình “Chi bộ số” trong các cơ quan cấp tỉnh",
         "Sau một năm thí điểm, mô hình “Chi bộ số” tại 12 chi, đảng bộ cơ sở thuộc Đảng ủy Khối các cơ quan tỉnh Hải Hưng đã giúp rút ngắn thời gian chuẩn bị sinh hoạt và nâng cao chất lượng quản lý đảng viên.",
         [("p", "Các chi bộ sử dụng phần mềm Sổ tay đảng viên điện tử để gửi tài liệu, thông báo lịch sinh hoạt và lấy ý kiến đảng viên trước mỗi kỳ họp."),
          ("p", "Tại Đảng bộ Sở Tư pháp, 100% đảng viên đã cài đặt ứng dụng; tài liệu sinh hoạt được số hóa, giảm khoảng 70% giấy in so với trước."),
          ("img", "/Portals/0/News/2024/08/chi-bo-so-stp.jpg", "Đảng viên Chi bộ Phòng Hành chính tư pháp tra cứu tài liệu sinh hoạt trên điện thoại"),
          ("p", "Tuy nhiên, một số đảng viên lớn tuổi còn lúng túng khi sử dụng, đường truyền ở một số cơ quan chưa ổn định."),
          ("p", "Đảng ủy Khối đặt mục tiêu đến cuối năm 2025 có ít nhất 80% tổ chức cơ sở đảng áp dụng mô hình.")])


def page09():
    pub = T("2024-08-27 10:12")
    c = "dnn_ctr1482_ViewNews"

    def img(s, c_, n):
        return (f'<div class="image-news" style="text-align:center"><img src="{s}" alt="" /><div class="image-caption"><em>{esc(c_)}</em></div></div>')

    def main(rng, rl, rd):
        others = "".join(f'<li><a href="/Default.aspx?tabid=112&amp;ndid={rng.randint(4000, 4999)}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(rl, rd))
        return (f'<div class="DnnModule DnnModule-NewsModule DnnModule-1482"><div class="container-title"><h2><span id="dnn_ctr1482_dnnTITLE_titleLabel" class="Head">Chi tiết tin</span></h2></div>'
                f'<div id="dnn_ctr1482_ContentPane"><div id="dnn_ctr1482_ModuleContent" class="DNNModuleContent ModNewsC">'
                f'<div class="news-detail"><h1 id="{c}_lblTitle" class="news-title">{esc(A9.title)}</h1>'
                f'<div class="news-info"><span id="{c}_lblNgay">Ngày đăng: 27/08/2024</span> | <span id="{c}_lblGio">Giờ đăng: 10:12</span> | <span id="{c}_lblView">Lượt xem: 207</span></div>'
                f'<div id="{c}_lblSummary" class="news-summary"><strong>{esc(A9.lead)}</strong></div><div id="{c}_lblContent" class="news-content">{A9.render(img=img)}'
                f'<p style="text-align:right"><strong>Nguyễn Thu Hiền (Đảng ủy Sở Tư pháp) - Vũ Mạnh Cường (Ban Tuyên giáo Đảng ủy Khối)</strong></p></div>'
                f'<div class="news-tool"><a id="{c}_lnkPrint" href="javascript:__doPostBack(\'dnn$ctr1482$ViewNews$lnkPrint\',\'\')">In tin</a> '
                f'<a id="{c}_lnkBack" href="javascript:history.back()">Quay lại</a></div>'
                f'<div class="news-other"><h3>Các tin đã đưa</h3><ul>{others}</ul></div></div></div></div></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin nổi bật", cls="nb", n=5)
                + f'<div class="dnn-doc"><h3>Văn bản mới</h3><ul><li><a href="#">Hướng dẫn số 12-HD/ĐUK về đại hội chi bộ nhiệm kỳ 2025 - 2027</a> <span>(20/08/2024)</span></li>'
                  f'<li><a href="#">Kế hoạch số 88-KH/ĐUK về chuyển đổi số trong công tác đảng</a> <span>(12/08/2024)</span></li></ul></div>')
    return _page("s12-09", family="duk_dnn_two_authors_each_own_unit", name="haihung-dukcqt-dnn-ngay-dang-pipe-gio-dang-pipe-luot-xem-two-names-each-paren-unit-dash",
                 url="https://dangbokhoi.haihung.gov.vn/Default.aspx?tabid=112&ndid=4621", art=A9, main_fn=main, pub=pub, prefix="duk", kb=185,
                 org="Đảng ủy Khối các cơ quan tỉnh Hải Hưng", addr="Số 45 Quang Trung, TP Hải Dương, tỉnh Hải Hưng", phone="0220.3853.614",
                 crumbs='<div class="dnn-breadcrumb"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/" class="SkinObject">Trang chủ</a> › <a href="/Default.aspx?tabid=60" class="SkinObject">Tin tức</a> › <a href="/Default.aspx?tabid=112" class="SkinObject">Hoạt động cơ sở Đảng</a></span></div>',
                 side=side, shell_kw={"layout": "dnn", "form": True, "dnn": True, "title": "Hoạt động cơ sở Đảng"},
                 exp=expected(A9, iso(pub), author="Nguyễn Thu Hiền, Vũ Mạnh Cường", unit="Đảng ủy Sở Tư pháp, Ban Tuyên giáo Đảng ủy Khối", category="Hoạt động cơ sở Đảng"),
                 traps={"chrome": ["Lượt xem: 207", "Chi tiết tin", "Các tin đã đưa", "In tin"], "dates": ["20/08/2024"], "related": lambda rl: rl[:3]},
                 notes="TWIST: two authors each followed by their OWN unit: 'Nguyễn Thu Hiền (Đảng ủy Sở Tư pháp) - Vũ Mạnh Cường (Ban Tuyên giáo Đảng ủy Khối)' → authors joined 'A, B' and units joined in the same order 'U1, U2'. DNN module: container title 'Chi tiết tin' (not the category), breadcrumb last level = category; date and time under separate labels 'Ngày đăng: … | Giờ đăng: …'.",
                 readme="TWIST two authors each with their own '(unit)', DNN 'Ngày đăng: d | Giờ đăng: t | Lượt xem', container title 'Chi tiết tin'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
