"""Set 37 pages 1-9: ordinary items on the common products of shared/research/vn-sites.md, in versions, themes, modules
and page layouts sets 26-36 did not use (NukeViet 4.4's stock 'default' theme, the '.dcs.vn' platform run on SharePoint,
Liferay 6.2 EE with VNPT's news portlet, SharePoint 2016's stock ArticleLinks layout, DNN 8's core Announcements module,
WordPress + Twenty Twenty-Five and + SmartMag, Joomla 3.10 + Helix3, Drupal 8 + Bootstrap Barrio).
One page of this module carries a twist (page 2: a weekly schedule whose HEADLINE carries the days of the coming week,
the item's own stamp printed only after the text); the other two are in gen/p_02_more.py."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads14, past, expected, slug, hexid, dump, twelve, cookie_banner
from .kit import poll, og, jsonld, comments, links_box
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other34, other_items, WRITERS34, WRITERS33, crumb


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def nvd(d):
    """NukeViet default 'l - d/m/Y H:i' ('Thứ tư - 14/01/2026 15:20')."""
    return f"{wd(d, lower=True)} - {dmy(d)} {hm(d)}"


def dmyhm(d, sep=" "):
    return f"{dmy(d)}{sep}{hm(d)}"


def ticker(rng, pub, fmt, n=6, label="Tin mới"):
    ts = heads14(rng, n)
    li = "".join(f'<li><a href="/tin-tuc/{slug(t)[:50]}.html">{esc(t)}</a> <i>({esc(fmt(d))})</i></li>' for t, d in zip(ts, past(pub, rng, n, 0, 6)))
    return f'<div class="ticker"><span class="ticker-label">{esc(label)}</span><marquee scrollamount="3"><ul>{li}</ul></marquee></div>'


def others(rng, base, titles, dates, fmt, head, cls="tin-khac"):
    li = "".join(f'<li><a href="{base}{slug(t)[:60]}-{rng.randint(1000, 9999)}.html">{esc(t)}</a> <span class="date">({esc(fmt(d))})</span></li>' for t, d in zip(titles, dates))
    return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><ul>{li}</ul></div>'


def cards(rng, items, dates, fmt, head, cls="cards", writers=WRITERS34):
    return f'<div class="{cls}"><h3 class="{cls}-head">{esc(head)}</h3>' + "".join(
        teaser(rng, t, s, d, fmt, rng.choice(writers), cls=cls + "-item") for (t, s), d in zip(items, dates)) + "</div>"


VI_MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]

MENU_PARTY = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các cơ quan tham mưu", "Tổ chức cơ sở đảng"]),
    ("Tin tức", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Tin cơ sở", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Cuộc thi"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Đảng ủy", "Hướng dẫn nghiệp vụ"]),
    ("Lịch làm việc", ["Lịch của Thường trực", "Lịch của Ban Thường vụ", "Thông báo"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic"]),
]


# ===================================================================== 1 Hội Chữ thập đỏ tỉnh Tuyên Quang: NukeViet 4.4, VINADES' stock 'default' theme; two writers in the author field; a blood-donation calendar box in the text
A1 = Art("Hội Chữ thập đỏ tỉnh tổng kết phong trào hiến máu tình nguyện năm 2025",
         "Năm 2025, toàn tỉnh tiếp nhận 21.436 đơn vị máu, đạt 107% kế hoạch; 38 tập thể, 52 cá nhân được Hội Chữ thập đỏ tỉnh và Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh khen thưởng.",
         [("p", "Chiều 14/1, Hội Chữ thập đỏ tỉnh phối hợp với Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh tổ chức hội nghị tổng kết phong trào năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Y tế và 124 xã, phường."),
          ("p", "Báo cáo tại hội nghị cho biết, trong năm, các cấp hội đã tổ chức 96 đợt hiến máu lưu động, trong đó có 41 đợt tại các xã vùng cao sau sắp xếp. Lực lượng đoàn viên, thanh niên, cán bộ, chiến sĩ lực lượng vũ trang và công nhân các khu công nghiệp chiếm gần 70% số người hiến máu."),
          ("img", "/uploads/news/2026_01/hien-mau-luu-dong-xa-minh-quang.jpg", "Đoàn viên, thanh niên xã Minh Quang tham gia hiến máu tình nguyện"),
          ("p", "Hội nghị cũng chỉ ra một số hạn chế như tỷ lệ người hiến máu nhắc lại chưa cao, việc lưu trữ dữ liệu người hiến máu ở một số nơi còn thủ công. Năm 2026, Hội đặt mục tiêu tiếp nhận 22.000 đơn vị máu, xây dựng ngân hàng máu sống ở tất cả các xã biên giới."),
          ("raw", "LICH"),
          ("p", "Phát biểu chỉ đạo, đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các cấp hội đẩy mạnh ứng dụng phần mềm quản lý người hiến máu, phát huy vai trò của các câu lạc bộ hiến máu, gắn phong trào với cuộc vận động “Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo”.")])
HOME1 = "Lãnh đạo Hội Chữ thập đỏ tỉnh trao bằng khen cho các tập thể có thành tích xuất sắc"
BY1 = ["Ma Thị Hường", "Trần Quốc Bảo"]


def page01():
    pub = T("2026-01-14 15:20")
    site = "https://chuthapdotuyenquang.org.vn"
    url = f"{site}/news/hoat-dong-hoi/hoi-chu-thap-do-tinh-tong-ket-phong-trao-hien-mau-tinh-nguyen-nam-2025-1184.html"
    cal = [("Thứ Bảy, 24/01/2026", "Xã Yên Sơn - Nhà văn hóa xã, 7h30"), ("Chủ Nhật, 08/02/2026", "Phường Minh Xuân - Quảng trường Tân Trào, 7h00"),
           ("Thứ Năm, 26/02/2026", "Xã Hàm Yên - Trường THPT Hàm Yên, 7h30")]

    def raw(x):
        rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in cal)
        return (f'<div class="box-lich-hien-mau" style="border:1px solid #c00;padding:8px;margin:10px 0"><p style="color:#c00"><strong>LỊCH HIẾN MÁU LƯU ĐỘNG ĐẦU NĂM 2026</strong></p>'
                f'<table class="lich">{rows}</table><p><em>Mọi thông tin xin liên hệ đường dây nóng 0207.3822.115</em></p></div>')

    def main(rng, rl, rd):
        same = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{site}/news/hoat-dong-hoi/{slug(t)[:60]}.html">{esc(t)}</a> <em>({nvd(d)})</em></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{nvd(pub)}</span></div><div class="col-md-12"><ul class="list-inline text-right">'
                f'<li><a class="dimgray" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" title="In ra" href="/news/print/{slug(A1.title)}-1184.html"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="#"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article left pointer"><img alt="{esc(HOME1, True)}" src="{site}/uploads/news/2026_01/trao-bang-khen-hien-mau.jpg" width="460" class="img-thumbnail" />'
                f'<figcaption>{esc(HOME1)}</figcaption></figure><div class="hometext m-bottom">{esc(A1.lead)}</div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{A1.render(p=jp, raw=raw, sep="")}</div></div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>{" - ".join(BY1)}</strong></p></div>'
                f'<div class="keywords"><em class="fa fa-tags">&nbsp;</em> Từ khóa: <a href="#">hiến máu</a>, <a href="#">chữ thập đỏ</a></div>'
                f'<div class="news-rating"><span>Tổng số điểm của bài viết là: 27 trong 6 đánh giá</span></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{same}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, nvd, "Tin xem nhiều", "block-xemnhieu", 6, writer_fmt="Tác giả: {w}")
                + poll("Bạn biết đến hoạt động hiến máu tình nguyện qua kênh nào?", ["Mạng xã hội", "Loa truyền thanh xã", "Đoàn thể, nơi làm việc"], "nv-poll"))

    def top(rng, p):
        return '<div class="logo col-xs-24 col-sm-24 col-md-8"><a href="/"><img src="/themes/default/images/logo-ctd.png" alt="Hội Chữ thập đỏ tỉnh Tuyên Quang" /></a></div>'

    crumbs = ('<ul class="breadcrumbs list-none"><li><a href="/"><span>Trang nhất</span></a></li><li><a href="/news/"><span>Tin tức</span></a></li>'
              '<li><a href="/news/hoat-dong-hoi/"><span>Hoạt động Hội</span></a></li></ul>')
    left = f'<span class="current-time">{nvd(pub + timedelta(days=3, hours=2, minutes=7))}</span>'
    head = (og(A1.title, url, {"og:description": A1.lead}) + '<meta name="generator" content="NukeViet v4.4" />'
            + '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_func_name="detail",nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_T8pQ",nv_area_admin=0;</script>')
    return page("s37-01", family="red_cross_nukeviet44_stock_default_theme_two_writers_author_field",
                name="tuyenquang-hoictd-nukeviet44-stock-default-theme-h1-title-weekday-dd-mm-yyyy-hh-mm-current-time-same-shape-plain-hometext-homeimg-figcaption-lich-hien-mau-box-in-text-author-field-two-writers-dash",
                url=url, art=A1, main_fn=main, pub=pub, prefix="ctdtq", kb=148,
                org="Hội Chữ thập đỏ tỉnh Tuyên Quang", addr="Số 6 đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.115",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv44_default", "head_extra": head, "items": MENU_MASS, "left": left},
                exp=expected(A1, iso(pub), author=", ".join(BY1), category="Hoạt động Hội", captions=[HOME1]),
                traps={"boxes": ["LỊCH HIẾN MÁU LƯU ĐỘNG ĐẦU NĂM 2026", "Mọi thông tin xin liên hệ đường dây nóng", "Xã Yên Sơn - Nhà văn hóa xã, 7h30"],
                       "bylines": [" - ".join(BY1)], "chrome": ["Những tin mới hơn", "Tin xem nhiều", "Tổng số điểm của bài viết"],
                       "related": lambda rl: rl[:5]},
                notes="NukeViet 4.4 under VINADES' STOCK 'default' theme (no vendor theme; the crumb row carries the current time on the right, 'Thứ bảy - 17/01/2026 17:27', in the item's own shape three days later). Stamp 'Thứ tư - 14/01/2026 15:20' under h1.title → T15:20. The hometext is PLAIN (the stock theme prints it without bold) → lead (set 33). The homeimg figcaption is the only caption. A red-bordered 'LỊCH HIẾN MÁU LƯU ĐỘNG ĐẦU NĂM 2026' box (a table of three future days and places, a hotline) INSIDE #news-bodyhtml between two paragraphs → not body (an in-text box, set 24). The author field prints 'Ma Thị Hường - Trần Quốc Bảo' → two writers 'Ma Thị Hường, Trần Quốc Bảo' (sets 28/35), no unit, no source. Category 'Hoạt động Hội' (crumb).",
                readme="NukeViet 4.4 under VINADES' STOCK 'default' theme, a blood-donation review conference: 'Thứ tư - 14/01/2026 15:20' (the crumb row's current time in the same shape); a PLAIN hometext; the homeimg figcaption; a 'Lịch hiến máu lưu động' box with future days INSIDE the text; the author field 'A - B' (two writers); most-read box with 'Tác giả:' writers")


# ===================================================================== 2 Tỉnh ủy Bắc Ninh: the '.dcs.vn' platform on SharePoint (newsdetail.aspx); TWIST: a weekly schedule whose headline carries the coming week's days, the stamp only after the text
SCHED2 = [["Thời gian", "Nội dung", "Địa điểm"],
          ["Thứ Hai (16/3), 8h00", "Đồng chí Bí thư Tỉnh ủy chủ trì họp Ban Thường vụ Tỉnh ủy cho ý kiến về đề án phát triển đô thị thông minh", "Phòng họp số 1, Tỉnh ủy"],
          ["Thứ Ba (17/3), 14h00", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy làm việc với Đảng ủy phường Kinh Bắc về công tác xây dựng Đảng", "Phường Kinh Bắc"],
          ["Thứ Tư (18/3), 8h00", "Thường trực Tỉnh ủy dự Hội nghị sơ kết quý I công tác kiểm tra, giám sát", "Hội trường Tỉnh ủy"],
          ["Thứ Năm (19/3), cả ngày", "Đồng chí Bí thư Tỉnh ủy đi kiểm tra tiến độ các dự án trọng điểm tại các xã phía Nam", "Các xã Gia Bình, Lương Tài"],
          ["Thứ Sáu (20/3), 15h00", "Thường trực Tỉnh ủy giao ban với Thường trực HĐND, UBND tỉnh", "Phòng họp số 2, Tỉnh ủy"]]
A2 = Art("Lịch làm việc của Thường trực Tỉnh ủy tuần 12 (từ ngày 16/3 đến ngày 20/3/2026)", None,
         [("p", "Văn phòng Tỉnh ủy thông báo lịch làm việc của Thường trực Tỉnh ủy tuần 12 năm 2026 như sau:"),
          ("table", SCHED2),
          ("p", "Lịch làm việc có thể thay đổi theo yêu cầu công việc; các cơ quan, đơn vị liên quan chủ động chuẩn bị nội dung, tài liệu và theo dõi thông báo điều chỉnh trên Trang thông tin điện tử Đảng bộ tỉnh."),
          ("p", "Văn phòng Tỉnh ủy trân trọng thông báo.")])


def page02():
    pub = T("2026-03-13 16:45")
    site = "https://bacninh.dcs.vn"
    url = f"{site}/Pages/newsdetail.aspx?NewsId=18452&CatId=71"

    def table(rows):
        head = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
        body = "".join("<tr>" + "".join(f'<td valign="top">{esc(c)}</td>' for c in r) + "</tr>" for r in rows[1:])
        return f'<table class="ms-rteTable-default" border="1" cellpadding="5" style="width:100%;border-collapse:collapse"><tbody><tr class="ms-rteTableHeaderRow-default">{head}</tr>{body}</tbody></table>'

    def main(rng, rl, rd):
        oth = "".join(f'<li><a href="{site}/Pages/newsdetail.aspx?NewsId={18452 - 7 * (i + 1)}&amp;CatId=71">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>'
                      for i, (t, d) in enumerate(zip([f"Lịch làm việc của Thường trực Tỉnh ủy tuần {11 - i} (từ ngày {a} đến ngày {b}/2026)" for i, (a, b) in enumerate([("9/3", "13/3"), ("2/3", "6/3"), ("23/2", "27/2")])], [pub - timedelta(days=7 * (k + 1), hours=1) for k in range(3)])))
        return (f'<div class="newsdetail"><div class="newsdetail-title"><h1 class="title">{esc(A2.title)}</h1></div>'
                f'<div class="newsdetail-tools"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#" class="fontsize">A+</a> <a href="#" class="fontsize">A-</a></div>'
                f'<div class="newsdetail-content ms-rtestate-field">{A2.render(p=jp, table=table, sep="")}</div>'
                f'<div class="newsdetail-info"><span class="ngaydang">Ngày đăng: {dmyhm(pub)}</span> | <span class="luotxem">Lượt xem: 205</span></div>'
                f'<div class="newsdetail-attach"><span>Tệp đính kèm:</span> <a href="{site}/Documents/lich-lam-viec-tuan-12-2026.pdf">lich-lam-viec-tuan-12-2026.pdf</a></div>'
                f'<div class="newsdetail-other"><h3>Các lịch khác</h3><ul>{oth}</ul></div>'
                f'<div class="newsdetail-other2"><h3>Tin mới cập nhật</h3><ul>'
                + "".join(f'<li><a href="{site}/Pages/newsdetail.aspx?NewsId={18400 + i * 3}&amp;CatId=12">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
                + '</ul></div></div>')

    def side(rng, p):
        notes = "".join(f'<li><a href="{site}/Pages/newsdetail.aspx?NewsId={18300 + i}&amp;CatId=72">{esc(t)}</a> <span>{dmy(d)}</span></li>'
                        for i, (t, d) in enumerate(zip(["Thông báo kết luận của Ban Thường vụ Tỉnh ủy về công tác cán bộ", "Thông báo lịch tiếp công dân định kỳ của Bí thư Tỉnh ủy tháng 3/2026", "Thông báo tổ chức Cuộc thi trắc nghiệm tìm hiểu Nghị quyết Đại hội XIV"], past(p, rng, 3, 0, 9))))
        return (f'<div class="dcs-box"><h3>Thông báo</h3><ul>{notes}</ul></div>'
                + mostread(rng, p, dmy, "Tin đọc nhiều", "dcs-most", 6)
                + links_box(["Báo Điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản", "Cổng thông tin điện tử tỉnh"], "Liên kết website", "dcs-links"))

    def top(rng, p):
        return '<div class="dcs-banner"><img src="/PublishingImages/banner-tinhuy-bacninh.png" alt="Trang thông tin điện tử Đảng bộ tỉnh Bắc Ninh" /></div>'

    left = f'<span class="dcs-today">{wd(pub + timedelta(days=1))}, ngày {dmy(pub + timedelta(days=1))}</span>'
    crumbs = ('<span class="path"><a href="/Pages/default.aspx">Trang chủ</a> &gt; <a href="/Pages/lich-lam-viec.aspx">Lịch làm việc</a> &gt; '
              '<a href="/Pages/news.aspx?CatId=71">Lịch của Thường trực</a></span>')
    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="keywords" content="lịch làm việc, thường trực tỉnh ủy" />'
            + '<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"\\u002f",webAbsoluteUrl:"https:\\u002f\\u002fbacninh.dcs.vn",siteAbsoluteUrl:"https:\\u002f\\u002fbacninh.dcs.vn",serverRequestPath:"\\u002fPages\\u002fnewsdetail.aspx",layoutsUrl:"_layouts\\u002f15",webTitle:"Đảng bộ tỉnh Bắc Ninh",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",pageListId:"{6a1f0c3e-1d2b-4c55-9a1e-7c3f2b8d9e10}",pageItemId:52,alertsEnabled:false};</script>')
    return page("s37-02", family="provincial_party_committee_dcs_sharepoint_newsdetail_dated_headline_stamp_after_text",
                name="bacninh-tinhuy-dcs-vn-sharepoint-newsdetail-aspx-weekly-schedule-headline-with-coming-week-days-table-rows-ngay-dang-dd-mm-yyyy-hh-mm-only-after-text-attachment-cac-lich-khac-today-clock",
                url=url, art=A2, main_fn=main, pub=pub, prefix="dcsbn", kb=196,
                org="Tỉnh ủy Bắc Ninh", addr="Số 11 đường Phù Đổng Thiên Vương, phường Suối Hoa, tỉnh Bắc Ninh", phone="0222.3822.569",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dcs_sp", "head_extra": head, "items": MENU_PARTY, "left": left, "form": True, "action": "./newsdetail.aspx?NewsId=18452&CatId=71"},
                exp=expected(A2, iso(pub), category="Lịch của Thường trực", lead=None),
                traps={"attachments": ["Tệp đính kèm:", "lich-lam-viec-tuan-12-2026.pdf"], "chrome": ["Các lịch khác", "Tin mới cập nhật", "Lượt xem: 205", "Ngày đăng:"],
                       "others": ["Lịch làm việc của Thường trực Tỉnh ủy tuần 11 (từ ngày 9/3 đến ngày 13/3/2026)"], "related": lambda rl: rl[:5]},
                notes="TWIST. The '.dcs.vn' platform run on SharePoint (the newsdetail.aspx?NewsId=&CatId= route vn-sites.md gives for angiang.dcs.vn; a vendor master, a WebForms form with ViewState). The item is the Standing Committee's WEEKLY SCHEDULE: its HEADLINE carries the days of the coming week, 'tuần 12 (từ ngày 16/3 đến ngày 20/3/2026)', and every row of the schedule table starts with a day of that week ('Thứ Hai (16/3), 8h00' …); the item's OWN stamp is printed only in the info line AFTER the text and the attachment: 'Ngày đăng: 13/03/2026 16:45' → published 2026-03-13T16:45:00+07:00 (a Friday: schedules are posted the week before). An extractor that takes the first date after the headline (or in it) stores 16/03/2026 — a day in the future of the crawl (the header clock prints 'Thứ Bảy, ngày 14/03/2026'). No sapo → lead null; the schedule table rows are body (cells joined by ' | ', the header row included, set 11); 'Văn phòng Tỉnh ủy trân trọng thông báo.' is the text's closing sentence (body), not a signature; no writer → author null. 'Các lịch khác' lists the earlier weeks' schedules with their own dates. Category 'Lịch của Thường trực' (the crumb's deepest level).",
                readme="TWIST — the '.dcs.vn' platform on SharePoint (newsdetail.aspx), the Standing Committee's weekly SCHEDULE: the HEADLINE carries the coming week's days ('từ ngày 16/3 đến ngày 20/3/2026'), so do the table's rows; the item's own stamp 'Ngày đăng: 13/03/2026 16:45' only AFTER the text and the attachment; no sapo, no writer; 'Các lịch khác' with earlier weeks; a today clock; ViewState")


# ===================================================================== 3 Ban Tổ chức Tỉnh ủy Lai Châu: Liferay 6.2 EE + VNPT's news portlet; the portlet title is the section; a visit; update stamp; name (unit)
A3 = Art("Đoàn công tác Ban Tổ chức Trung ương làm việc với Ban Thường vụ Tỉnh ủy về công tác tổ chức xây dựng Đảng",
         "Ngày 8/4, Đoàn công tác của Ban Tổ chức Trung ương do đồng chí Phó Trưởng Ban làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy về kết quả thực hiện công tác tổ chức xây dựng Đảng quý I năm 2026.",
         [("p", "Báo cáo với đoàn công tác, đồng chí Trưởng Ban Tổ chức Tỉnh ủy cho biết, sau sắp xếp, Đảng bộ tỉnh có 38 đảng bộ xã, phường và 14 đảng bộ trực thuộc khác; 100% chi bộ đã được kiện toàn cấp ủy, bố trí đủ bí thư chi bộ. Công tác phát triển đảng viên ở vùng đồng bào dân tộc thiểu số tiếp tục được chú trọng, quý I kết nạp 312 đảng viên mới."),
          ("img", "/documents/10181/0/lam-viec-doan-cong-tac.jpg", "Quang cảnh buổi làm việc"),
          ("p", "Các ý kiến tại buổi làm việc tập trung vào những khó khăn khi bố trí cán bộ cấp xã có trình độ chuyên môn phù hợp, chế độ cho người hoạt động không chuyên trách ở thôn, bản và việc quản lý đảng viên đi làm ăn xa."),
          ("p", "Kết luận buổi làm việc, đồng chí Phó Trưởng Ban Tổ chức Trung ương ghi nhận những kết quả Đảng bộ tỉnh đạt được; đề nghị Tỉnh ủy tiếp tục rà soát, đánh giá đội ngũ cán bộ cấp xã sau sắp xếp, có kế hoạch đào tạo, bồi dưỡng sát với vị trí việc làm, quan tâm tạo nguồn cán bộ nữ, cán bộ trẻ, cán bộ người dân tộc thiểu số."),
          ("img", "/documents/10181/0/tang-qua-luu-niem.jpg", "Đồng chí Bí thư Tỉnh ủy tặng quà lưu niệm Đoàn công tác"),
          ("p", "Các kiến nghị của tỉnh về chế độ, chính sách đối với cán bộ cơ sở được đoàn công tác tiếp thu, tổng hợp báo cáo cấp có thẩm quyền.")])
BY3, UNIT3 = "Lò Thị Ngân", "Ban Tổ chức Tỉnh ủy"


def page03():
    pub, upd = T("2026-04-08 16:30"), T("2026-04-09 08:15")
    site = "https://bantochuc.laichau.gov.vn"
    url = f"{site}/web/guest/tin-hoat-dong/-/asset_publisher/chitiet/doan-cong-tac-ban-to-chuc-trung-uong-lam-viec-voi-ban-thuong-vu-tinh-uy-40213"

    def img(s, c, n):
        return (f'<table class="img-news" align="center" style="width:100%"><tbody><tr><td style="text-align:center"><img src="{site}{s}" style="max-width:640px" /></td></tr>'
                f'<tr><td class="img-caption" style="text-align:center;color:#555;font-size:13px">{esc(c)}</td></tr></tbody></table>')

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/web/guest/tin-hoat-dong/-/asset_publisher/chitiet/{slug(t)[:50]}-{40100 + i * 9}">{esc(t)}</a> <span class="date">{dmyhm(d, " - ")}</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="vnpt-news-detail"><h3 class="vnpt-news-title">{esc(A3.title)}</h3>'
                f'<div class="vnpt-news-date"><span class="publish">Ngày xuất bản: {dmyhm(pub, " - ")}</span> <span class="modified">| Cập nhật: {dmyhm(upd, " - ")}</span></div>'
                f'<div class="vnpt-news-summary"><em>{esc(A3.lead)}</em></div>'
                f'<div class="vnpt-news-content journal-content-article">{A3.render(p=jp, img=img, sep="")}</div>'
                f'<div class="vnpt-news-author" style="text-align:right"><strong>{BY3}</strong> ({UNIT3})</div>'
                f'<div class="vnpt-news-toolbar"><a href="#" class="print">In bài viết</a> <a href="#" class="mail">Gửi bài viết</a> <span class="view">Số lượt xem: 1.024</span></div>'
                f'<div class="vnpt-news-other"><div class="title-other">Tin cùng chuyên mục</div><ul>{rel}</ul></div></div>')

    def side(rng, p):
        return (f'<div class="portlet-boundary"><section class="portlet"><header class="portlet-topper"><h2 class="portlet-title">Văn bản mới</h2></header><div class="portlet-content">'
                + vb_box(["Hướng dẫn 08-HD/BTCTU về đánh giá cán bộ cấp xã", "Kế hoạch kiểm tra công tác phát triển đảng viên năm 2026", "Quy định về quản lý đảng viên đi làm ăn xa"], "Văn bản mới", "vb-lc")
                + "</div></section></div>" + mostread(rng, p, lambda d: dmyhm(d, " - "), "Tin xem nhiều", "lr-most", 6))

    def top(rng, p):
        return ('<div class="banner"><a href="/web/guest"><img src="/vnpt-theme/images/banner-btc-laichau.png" alt="Ban Tổ chức Tỉnh ủy Lai Châu" /></a>'
                f'<div class="date-now">{wd(p + timedelta(days=1))}, {dmy(p + timedelta(days=1))}</div></div>')

    crumbs = crumb([("Trang chủ", "/web/guest"), ("Tin tức - Sự kiện", "/web/guest/tin-tuc"), ("Công tác tổ chức xây dựng Đảng", "/web/guest/tin-hoat-dong")], "breadcrumb breadcrumb-vnpt")
    head = (og(A3.title, url) + '<script type="text/javascript">var themeDisplay={getCompanyId:function(){return "10154";},getLanguageId:function(){return "vi_VN";},getPathThemeImages:function(){return "/vnpt-theme/images";},getPlid:function(){return "40177";},isSignedIn:function(){return false;}};Liferay.Portlet.register("tintuc_WAR_vnptportalportlet");</script>')
    return page("s37-03", family="organisation_board_liferay62ee_vnpt_news_portlet_update_stamp_name_parenthesised_unit",
                name="laichau-bantochuc-liferay62ee-vnpt-news-portlet-portlet-title-tin-hoat-dong-h3-title-ngay-xuat-ban-dd-mm-yyyy-dash-hh-mm-cap-nhat-italic-summary-caption-cell-bold-name-parenthesised-unit-tin-cung-chuyen-muc",
                url=url, art=A3, main_fn=main, pub=pub, prefix="btclc", kb=168,
                org="Ban Tổ chức Tỉnh ủy Lai Châu", addr="Đường 19/5, phường Tân Phong, tỉnh Lai Châu", phone="0213.3876.412",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "lr62vnpt", "head_extra": head, "items": MENU_PARTY, "left": "Tin hoạt động"},
                exp=expected(A3, iso(pub), iso(upd), author=BY3, unit=UNIT3, category="Công tác tổ chức xây dựng Đảng"),
                traps={"bylines": [f"{BY3} ({UNIT3})"], "chrome": ["Tin cùng chuyên mục", "Số lượt xem: 1.024", "In bài viết", "Tin xem nhiều"], "related": lambda rl: rl[:6]},
                notes="Liferay Portal 6.2 EE with VNPT's news portlet (tintuc_WAR_vnptportalportlet) under a generic portlet title 'Tin hoạt động'; the headline is an h3.vnpt-news-title (the page's only heading above it is the portlet title — set 32: a heading that is not the headline). 'Ngày xuất bản: 08/04/2026 - 16:30 | Cập nhật: 09/04/2026 - 08:15' → published T16:30, updated 2026-04-09T08:15. Italic summary = lead. Captions in a table's second-row cell (td.img-caption), two. The signature 'Lò Thị Ngân (Ban Tổ chức Tỉnh ủy)' (bold name, plain unit in parentheses) → author + unit. Category: the crumb's deepest level 'Công tác tổ chức xây dựng Đảng'; the portlet title 'Tin hoạt động' is the portlet's generic label (set 36's Liferay 5 page had the same) — a reader who takes the portlet title would give 'Tin hoạt động'.",
                readme="Liferay 6.2 EE + VNPT's news portlet, a central delegation's working visit: an h3 headline under a generic portlet title 'Tin hoạt động'; 'Ngày xuất bản: 08/04/2026 - 16:30 | Cập nhật: 09/04/2026 - 08:15'; italic summary; captions in a table cell; 'Name (unit)' bold name + plain unit; 'Tin cùng chuyên mục' with stamps")


# ===================================================================== 4 Trường Chính trị tỉnh Đồng Tháp: SharePoint 2016, the stock ArticleLinks layout; a SPEECH; 'Name (ghi)'; a Summary Links box beside the text
A4 = Art("Phát biểu của đồng chí Hiệu trưởng tại Lễ khai giảng lớp Trung cấp lý luận chính trị hệ tập trung khóa 2026",
         "Sáng 23/2, Trường Chính trị tỉnh khai giảng lớp Trung cấp lý luận chính trị hệ tập trung khóa 2026 cho 112 học viên là cán bộ các xã, phường. Trang thông tin trân trọng giới thiệu bài phát biểu của đồng chí Hiệu trưởng tại buổi lễ.",
         [("p", "Thưa các đồng chí đại biểu, thưa các đồng chí học viên!"),
          ("p", "Hôm nay, trong không khí phấn khởi của những ngày đầu xuân Bính Ngọ, cả nước ra sức thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Trường Chính trị tỉnh long trọng tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị hệ tập trung khóa 2026."),
          ("h", "Học đi đôi với hành"),
          ("p", "Lớp học năm nay có nhiều điểm mới: học viên chủ yếu là cán bộ cấp xã sau sắp xếp, đảm nhận khối lượng công việc lớn hơn, địa bàn rộng hơn. Vì vậy, nhà trường đã điều chỉnh 30% thời lượng sang các chuyên đề thực tiễn về quản lý nhà nước cấp xã, chuyển đổi số và kỹ năng dân vận."),
          ("img", "/PublishingImages/2026/khai-giang-tccl-2026.jpg", "Đồng chí Hiệu trưởng phát biểu khai giảng"),
          ("p", "Tôi đề nghị mỗi học viên xác định rõ động cơ học tập, gắn lý luận với thực tiễn công tác ở địa phương mình; mỗi tiểu luận, mỗi bài thu hoạch phải giải quyết được một vấn đề cụ thể của cơ sở."),
          ("h", "Nhà trường đồng hành cùng học viên"),
          ("p", "Đội ngũ giảng viên sẽ tăng cường phương pháp giảng dạy tích cực, tổ chức đi thực tế tại các mô hình hay; thư viện số của trường mở cửa cả buổi tối và ngày nghỉ để học viên tra cứu tài liệu."),
          ("p", "Chúc các đồng chí học viên mạnh khỏe, học tập tốt, hoàn thành xuất sắc khóa học. Xin trân trọng cảm ơn!")])
BY4 = "Thanh Tâm"


def page04():
    pub = T("2026-02-23")
    site = "https://truongchinhtri.dongthap.gov.vn"
    url = f"{site}/tin-tuc/Pages/phat-bieu-khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-2026.aspx"

    def img(s, c, n):
        return (f'<div class="ms-rtestate-read ms-rte-wpbox"><img src="{s}" alt="" style="margin:5px;width:600px" /></div>'
                f'<p style="text-align:center" class="ms-rteElement-P"><span style="font-size:12px"><em>{esc(c)}</em></span></p>')

    def h(t):
        return f'<h3 class="ms-rteElement-H3">{esc(t)}</h3>'

    def main(rng, rl, rd):
        links = "".join(f'<div class="dfwp-item"><div class="link-item"><a href="{site}/tin-tuc/Pages/{slug(t)[:50]}.aspx">{esc(t)}</a><div class="description">{dmy(d)}</div></div></div>' for t, d in zip(rl[:4], rd))
        return (f'<div class="article article-links"><div class="pageTitle"><h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span>{esc(A4.title)}</span></span></h1></div>'
                f'<div class="date-line"><span id="ctl00_PlaceHolderMain_ArticleDate">{dmy(pub)}</span></div>'
                f'<div class="article-content"><div class="captioned-image"><div class="image"><img src="/PublishingImages/2026/le-khai-giang-toan-canh.jpg" alt="" /></div>'
                f'<div class="caption"><span id="ctl00_PlaceHolderMain_ImageCaption">{esc(CAP4)}</span></div></div>'
                f'<div id="ctl00_PlaceHolderMain_PageContent" class="ms-rtestate-field"><p><strong>{esc(A4.lead)}</strong></p>{A4.render(p=jp, h=h, img=img, sep="")}</div>'
                f'<div class="byline"><span id="ctl00_PlaceHolderMain_ArticleByLine" style="font-weight:bold">{BY4} (ghi)</span></div></div>'
                f'<div class="right summarylinks"><div class="slm-layout-main"><div class="groupheader item medium">Liên kết</div>{links}</div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dmy, "Tin mới", "tct-new", 6, numbered=False)
                + f'<div class="tct-lich"><h3>Lịch giảng tuần</h3><ul><li>Thứ Hai, {dmy(p + timedelta(days=7))}: Chuyên đề “Xây dựng Đảng về đạo đức”</li><li>Thứ Tư, {dmy(p + timedelta(days=9))}: Chuyên đề “Quản lý nhà nước cấp xã”</li></ul></div>')

    def top(rng, p):
        return '<div class="tct-banner"><img src="/Style Library/tct/banner.png" alt="Trường Chính trị tỉnh Đồng Tháp" /></div>'

    left = ('<div class="ms-core-navigation"><ul class="root ms-core-listMenu-root"><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/tin-tuc/dao-tao">Hoạt động đào tạo</a></li>'
            '<li><a href="/tin-tuc/nghien-cuu">Nghiên cứu khoa học</a></li><li><a href="/van-ban">Văn bản</a></li></ul></div>')
    crumbs = ('<div class="breadcrumb"><span><a href="/">Trang chủ</a></span> &gt; <span><a href="/tin-tuc">Tin tức - Sự kiện</a></span> &gt; '
              '<span><a href="/tin-tuc/dao-tao">Hoạt động đào tạo</a></span></div>')
    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
            + '<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"\\u002ftin-tuc",webAbsoluteUrl:"https:\\u002f\\u002ftruongchinhtri.dongthap.gov.vn\\u002ftin-tuc",webUIVersion:15,pageListId:"{2f1a9c1b-7c3e-4a2d-b0d9-6c4e1f5a8b21}",pageItemId:318,currentCultureName:"vi-VN",currentUICultureName:"vi-VN",webLanguage:1066};</script>')
    return page("s37-04", family="political_school_sharepoint2016_articlelinks_speech_ghi_byline",
                name="dongthap-truongchinhtri-sharepoint2016-stock-articlelinks-layout-h1-pagetitle-article-date-dd-mm-yyyy-date-only-image-caption-field-speech-h3-subheadings-summary-links-box-byline-field-name-ghi",
                url=url, art=A4, main_fn=main, pub=pub, prefix="tctdt", kb=204,
                org="Trường Chính trị tỉnh Đồng Tháp", addr="Số 2 đường Nguyễn Huệ, phường Cao Lãnh, tỉnh Đồng Tháp", phone="0277.3851.206",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "sp2016links", "head_extra": head, "items": MENU_GOV, "left": left, "form": True, "action": "./phat-bieu-khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-2026.aspx"},
                exp=expected(A4, isod(pub), author=BY4, category="Hoạt động đào tạo", captions=[CAP4] + A4.captions),
                traps={"bylines": [f"{BY4} (ghi)"], "boxes": ["Liên kết"], "chrome": ["Lịch giảng tuần", "Tin mới"], "related": lambda rl: rl[:4]},
                notes="SharePoint Server 2016, the STOCK ArticleLinks page layout (the Summary Links field 'Liên kết' to the right of the content, the Article Date, Image Caption and Byline fields; sets 28–36 used MOSS 2007, 2010, 2013 CQ / DFWP / ArticleLeft, 2016 and 2019 custom pages, never ArticleLinks). A SPEECH: the sapo (bold first paragraph, set 33) introduces it; the speaker is named only by post. Article Date '23/02/2026' (vi-VN, date only, no machine time) → '2026-02-23'. The Byline field 'Thanh Tâm (ghi)' → author 'Thanh Tâm' ('ghi' = noted down, the writer who recorded the speech, like '(thực hiện)' / '(tổng hợp)'; the speaker is not the page's writer, sets 28/30 for interviewees). Captions: the Image Caption field above the text, then a centred <em> in the text. The speech's h3 sub-headings are body; the salutation 'Thưa các đồng chí …' is body. The Summary Links box's four links and their dates are not body. Category 'Hoạt động đào tạo' (crumb).",
                readme="SharePoint 2016, the STOCK ArticleLinks layout, a SPEECH at a course opening: Article Date '23/02/2026' (date only); the Image Caption field + a centred <em>; a bold first paragraph; h3 sub-headings; a Summary Links box 'Liên kết' beside the text; the Byline field 'Name (ghi)'; ViewState")


CAP4 = "Toàn cảnh Lễ khai giảng lớp Trung cấp lý luận chính trị hệ tập trung khóa 2026"


# ===================================================================== 5 Đảng ủy phường Hồng Bàng (Hải Phòng): DNN 8, the core Announcements module; a NOTICE; 'Hết hạn' (an expiry day in the future); an account
A5 = Art("Thông báo tiếp nhận hồ sơ đề nghị xét tặng Huy hiệu Đảng đợt 2/9/2026", None,
         [("p", "Thực hiện Hướng dẫn của Ban Tổ chức Thành ủy về xét tặng Huy hiệu Đảng, Đảng ủy phường Hồng Bàng thông báo tiếp nhận hồ sơ đề nghị xét tặng Huy hiệu Đảng đợt 2/9/2026 như sau:"),
          ("h", "1. Đối tượng"),
          ("p", "Đảng viên thuộc các chi bộ trực thuộc Đảng ủy phường có đủ tuổi đảng 30, 40, 45, 50, 55, 60, 65, 70, 75, 80 năm tính đến ngày 2/9/2026, chấp hành tốt nhiệm vụ đảng viên."),
          ("h", "2. Hồ sơ gồm"),
          ("ul", ["Tờ trình của chi bộ kèm danh sách đảng viên đề nghị (theo mẫu).",
                  "Bản sao quyết định kết nạp, quyết định công nhận đảng viên chính thức hoặc trích lục hồ sơ đảng viên.",
                  "Bản tự kiểm điểm của đảng viên có xác nhận của chi bộ (đối với trường hợp có thời gian gián đoạn)."]),
          ("h", "3. Thời gian và địa điểm"),
          ("p", "Văn phòng Đảng ủy phường tiếp nhận hồ sơ trong giờ hành chính từ ngày 11/5 đến hết ngày 29/5/2026 tại Phòng 204, trụ sở Đảng ủy - HĐND - UBND phường."),
          ("p", "Đề nghị các chi bộ khẩn trương rà soát, lập hồ sơ, gửi đúng thời hạn.")])


def page05():
    pub = T("2026-05-06")
    site = "https://danguyhongbang.haiphong.gov.vn"
    url = f"{site}/thong-bao/tabid/412/ctl/ViewAnnouncement/mid/1690/ItemID/287/Default.aspx"

    def main(rng, rl, rd):
        prev = "".join(f'<tr><td class="ann-title"><a href="{site}/thong-bao/tabid/412/ctl/ViewAnnouncement/mid/1690/ItemID/{280 - i}/Default.aspx">{esc(t)}</a></td><td class="ann-date">{dmy(d)}</td></tr>'
                       for i, (t, d) in enumerate(zip(["Thông báo lịch sinh hoạt chi bộ chuyên đề quý II", "Thông báo kết quả kiểm tra hồ sơ đảng viên năm 2025", "Thông báo triệu tập hội nghị học tập chuyên đề năm 2026"], past(pub, rng, 3, 5, 40))))
        return (f'<div class="DNN_Announcements"><div class="Normal ann-item">'
                f'<h3 class="SubHead ann-heading">{esc(A5.title)}</h3>'
                f'<div class="ann-meta"><span class="ann-publish">Ngày đăng: {dmy(pub)}</span> &nbsp; <span class="ann-expire">Hết hạn: 30/06/2026</span></div>'
                f'<div class="ann-description">{A5.render(p=jp, h=lambda t: f"<p><strong>{esc(t)}</strong></p>", sep="")}</div>'
                f'<div class="ann-files"><strong>Tệp đính kèm:</strong> <a href="{site}/Portals/0/ThongBao/mau-to-trinh-huy-hieu-dang.docx">mau-to-trinh-huy-hieu-dang.docx</a></div>'
                f'<div class="ann-createdby">Đăng bởi: <span>QuanTri_VPDU</span></div>'
                f'<div class="ann-back"><a href="{site}/thong-bao/tabid/412/Default.aspx" class="CommandButton">Quay lại</a></div></div>'
                f'<div class="ann-list"><h4>Các thông báo khác</h4><table class="ann-table">{prev}</table></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dmy, "Tin mới", "dnn-new", 6, numbered=False)
                + '<div class="dnn-html"><h3>Đường dây nóng</h3><p>Văn phòng Đảng ủy phường: 0225.3842.118</p></div>')

    def top(rng, p):
        return '<div class="logo"><a href="/"><img src="/Portals/0/Skins/hongbang/images/banner.png" alt="Đảng ủy phường Hồng Bàng" /></a></div>'

    left = f'<span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{wd(pub + timedelta(days=4))}, {dmy(pub + timedelta(days=4))}</span>'
    crumbs = ('<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" class="breadcrumbLink" itemprop="item"><span itemprop="name">Trang chủ</span></a></span>'
              ' &gt; <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/thong-bao/tabid/412/Default.aspx" class="breadcrumbLink" itemprop="item"><span itemprop="name">Thông báo</span></a></span>')
    head = ('<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />'
            + '<script type="text/javascript">var dnn={apiversion:"v1",getVar:function(){}};var __dnnVariable={"__scdoff":"1","sf_siteRoot":"/","sf_tabId":"412"};</script>')
    return page("s37-05", family="ward_party_dnn8_announcements_module_notice_expiry_date",
                name="haiphong-danguyhongbang-dnn8-core-announcements-module-view-announcement-h3-subhead-ngay-dang-dd-mm-yyyy-het-han-future-date-notice-numbered-bold-headings-list-items-attachment-dang-boi-account-currentdate",
                url=url, art=A5, main_fn=main, pub=pub, prefix="dnnhb", kb=142,
                org="Đảng ủy phường Hồng Bàng", addr="Số 2 đường Hoàng Văn Thụ, phường Hồng Bàng, thành phố Hải Phòng", phone="0225.3842.118",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dnn8ann", "head_extra": head, "items": MENU_PARTY, "left": left, "form": True, "dnn": True, "action": "/thong-bao/tabid/412/ctl/ViewAnnouncement/mid/1690/ItemID/287/Default.aspx"},
                exp=expected(A5, isod(pub), category="Thông báo", lead=None),
                traps={"accounts": ["QuanTri_VPDU"], "attachments": ["mau-to-trinh-huy-hieu-dang.docx", "Tệp đính kèm:"], "chrome": ["Hết hạn: 30/06/2026", "Các thông báo khác", "Quay lại", "Đường dây nóng"]},
                notes="DNN Platform 8, the CORE Announcements module's item view (ctl/ViewAnnouncement) inside a container titled 'Thông báo' (the module title, generic). A NOTICE: the headline is h3.SubHead; 'Ngày đăng: 06/05/2026' (date only) → '2026-05-06'; beside it 'Hết hạn: 30/06/2026' is the announcement's EXPIRY day (a day in the future of the crawl: the DNN CURRENTDATE token prints 'Chủ Nhật, 10/05/2026'), not an update and not a stamp of the item. No sapo → lead null; the numbered bold headings ('1. Đối tượng' …) are body sub-headings; each list item is one paragraph. 'Đăng bởi: QuanTri_VPDU' is an account → author null (no writer). The attachment line and the 'Các thông báo khác' table (other notices with dates) are not body. Category 'Thông báo' (crumb; the container title agrees).",
                readme="DNN 8, the CORE Announcements module's item view, a ward Party committee's NOTICE: 'Ngày đăng: 06/05/2026' beside 'Hết hạn: 30/06/2026' (an expiry day in the future); numbered bold headings and a list in the text; no sapo, no writer; 'Đăng bởi:' an account; an attachment; 'Các thông báo khác' with dates; DNN CURRENTDATE")


# ===================================================================== 6 Hội Khuyến học tỉnh Khánh Hòa: WordPress + Twenty Twenty-Five; a custom 'd/m/Y lúc H:i' date block + a modified-date block; account; signature with unit; gallery
A6 = Art("Hội Khuyến học tỉnh trao 250 suất học bổng “Tiếp sức đến trường” cho học sinh vùng biển",
         None,
         [("p", "Chiều 3/6, tại xã Nam Cam Ranh, Hội Khuyến học tỉnh phối hợp với Quỹ Bảo trợ trẻ em tỉnh tổ chức trao 250 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn ở các xã, phường ven biển và đặc khu Trường Sa."),
          ("p", "Mỗi suất học bổng gồm 2 triệu đồng tiền mặt và một bộ sách giáo khoa, đồ dùng học tập; tổng giá trị hơn 600 triệu đồng do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp. Nhiều em là con của ngư dân bám biển, có bố mẹ mất sớm nhưng vẫn vươn lên đạt thành tích học tập tốt."),
          ("img", "/wp-content/uploads/2026/06/trao-hoc-bong-nam-cam-ranh.jpg", "Đại diện Hội Khuyến học tỉnh trao học bổng cho học sinh xã Nam Cam Ranh"),
          ("p", "Phát biểu tại buổi lễ, đồng chí Chủ tịch Hội Khuyến học tỉnh mong các em tiếp tục nỗ lực, chăm ngoan; đề nghị các chi hội khuyến học ở thôn, tổ dân phố tiếp tục nắm chắc hoàn cảnh học sinh để hỗ trợ kịp thời, không để em nào phải bỏ học vì khó khăn."),
          ("p", "Dịp này, Hội cũng biểu dương 12 “Gia đình học tập”, 5 “Dòng họ học tập” tiêu biểu của các xã ven biển.")])
BY6, UNIT6 = "Lê Thị Mỹ Lệ", "Hội Khuyến học xã Nam Cam Ranh"
GAL6 = ["Các em học sinh nhận học bổng “Tiếp sức đến trường”", "Biểu dương các gia đình học tập, dòng họ học tập tiêu biểu"]


def page06():
    pub, upd = T("2026-06-03 19:10"), T("2026-06-04")
    site = "https://khuyenhockhanhhoa.org.vn"
    url = f"{site}/2026/06/03/hoi-khuyen-hoc-tinh-trao-250-suat-hoc-bong-tiep-suc-den-truong/"

    def img(s, c, n):
        return (f'<figure class="wp-block-image size-large"><img decoding="async" src="{site}{s}" alt="" class="wp-image-{4400 + n}" />'
                f'<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        gal = "".join(f'<figure class="wp-block-image size-large"><img src="{site}/wp-content/uploads/2026/06/hb-{k}.jpg" alt="" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>' for k, c in enumerate(GAL6))
        q = "".join(f'<li class="wp-block-post"><h2 class="wp-block-post-title has-medium-font-size"><a href="{site}/2026/05/{slug(t)[:50]}/">{esc(t)}</a></h2>'
                    f'<div class="wp-block-post-date has-small-font-size"><time datetime="{iso(d)}">{dmy(d)}</time></div></li>' for t, d in zip(rl[:4], rd))
        return (f'<div class="wp-block-group alignfull is-layout-constrained"><div class="taxonomy-category wp-block-post-terms"><a href="{site}/chuyen-muc/hoat-dong-hoi/" rel="tag">Hoạt động Hội</a></div>'
                f'<h1 class="wp-block-post-title has-x-large-font-size">{esc(A6.title)}</h1>'
                f'<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="{iso(pub)}">{dmy(pub)} lúc {hm(pub)}</time></div>'
                f'<div class="wp-block-post-author-name">bởi <a href="{site}/author/khuyenhoc_kh/" class="wp-block-post-author-name__link">khuyenhoc_kh</a></div>'
                f'<div class="wp-block-post-date __modified-date"><span>Cập nhật </span><time datetime="2026-06-04T09:26:41+07:00">{dmy(upd)}</time></div></div>'
                f'<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">{A6.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}'
                f'<figure class="wp-block-gallery has-nested-images columns-2 is-cropped">{gal}</figure>'
                f'<p class="has-text-align-right"><strong>{BY6}</strong><br><em>{UNIT6}</em></p></div>'
                f'<div class="wp-block-post-terms taxonomy-post_tag"><a href="#" rel="tag">học bổng</a><span class="wp-block-post-terms__separator">, </span><a href="#" rel="tag">khuyến học</a></div>'
                f'<nav class="wp-block-group is-layout-flex" aria-label="Điều hướng bài viết"><div class="post-navigation-link-previous">← <a href="{site}/2026/05/{slug(rl[4])[:50]}/">{esc(rl[4])}</a></div></nav>'
                f'<div class="wp-block-query"><h2 class="wp-block-heading">Bài viết khác</h2><ul class="wp-block-post-template">{q}</ul></div>'
                + comments([("Nguyễn Hải Đăng", f"{dmy(pub + timedelta(days=1))} lúc 07:42", "Cảm ơn Hội đã quan tâm đến các em học sinh vùng biển.")], "Bình luận", "wp-block-comments")
                + "</div>")

    def top(rng, p):
        return '<p class="wp-block-site-title"><a href="/" rel="home">Hội Khuyến học tỉnh Khánh Hòa</a></p>'

    def side(rng, p):
        return mostread(rng, p, dmy, "Bài viết mới", "wp-block-latest-posts", 5, numbered=False)

    head = (og(A6.title, url, {"article:published_time": iso(pub), "article:modified_time": "2026-06-04T09:26:41+07:00"})
            + '<meta name="generator" content="WordPress 6.8.1" /><link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css?ver=6.8.1" media="all" />'
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A6.title, "datePublished": iso(pub), "dateModified": "2026-06-04T09:26:41+07:00", "author": {"@type": "Person", "name": "khuyenhoc_kh"}}))
    return page("s37-06", family="study_promotion_association_wp_twentytwentyfive_custom_date_format_modified_block",
                name="khanhhoa-hoikhuyenhoc-wp-twentytwentyfive-block-theme-post-terms-above-h1-post-date-dd-mm-yyyy-luc-hh-mm-modified-date-block-cap-nhat-date-only-post-author-name-account-no-sapo-wp-element-captions-gallery-bold-name-br-italic-unit-query-loop",
                url=url, art=A6, main_fn=main, pub=pub, prefix="khkh", kb=132,
                org="Hội Khuyến học tỉnh Khánh Hòa", addr="Số 4 đường Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa", phone="0258.3822.614",
                top=top, side=side,
                shell_kw={"layout": "tt25", "head_extra": head, "items": MENU_MASS, "scripts": '<script src="/wp-includes/js/dist/interactivity.min.js"></script>'},
                exp=expected(A6, iso(pub), isod(upd), author=BY6, unit=UNIT6, category="Hoạt động Hội", captions=A6.captions + GAL6, lead=None),
                traps={"accounts": ["khuyenhoc_kh"], "chrome": ["Bài viết khác", "Bài viết mới", "Bình luận"], "comments": ["Cảm ơn Hội đã quan tâm đến các em học sinh vùng biển."],
                       "related": lambda rl: rl[:5]},
                notes="WordPress + Twenty Twenty-Five (the block theme of 2025: a post-terms block ABOVE the h1, a post-date block with the site's custom format 'd/m/Y \\l\\ú\\c H:i' → '03/06/2026 lúc 19:10', a post-author-name block 'bởi khuyenhoc_kh', and a second post-date block set to show the MODIFIED date, 'Cập nhật 04/06/2026' (date only)) → published 2026-06-03T19:10:00+07:00; updated '2026-06-04' (the printed modified date has no time; its <time datetime> carries 09:26:41 — the printed stamp has no time, so the date only is kept: set 13 prints-without-seconds, set 35 date-only update). The author block prints an ACCOUNT → not the author; the signature bold 'Lê Thị Mỹ Lệ' <br> italic 'Hội Khuyến học xã Nam Cam Ranh' → author + unit (set 32). No sapo → lead null. Captions: a wp-element-caption in the text, then the gallery's two. Category 'Hoạt động Hội' (the post-terms block; no crumb). The Query Loop 'Bài viết khác' (stamps), the previous-post link and a comment are not body. QUESTIONABLE: the updated_at — a reader who trusts the modified block's <time> (it agrees with the printed day and has an offset, set 25) would give 2026-06-04T09:26:41+07:00.",
                readme="WordPress + Twenty Twenty-Five (block theme), a scholarship handover: post-terms ABOVE the h1; a custom date format '03/06/2026 lúc 19:10'; a MODIFIED-date block 'Cập nhật 04/06/2026' (date only, its <time> with seconds); 'bởi <account>'; no sapo; a wp-element-caption + a two-picture gallery; bold name <br> italic unit; a Query Loop with stamps; a comment")


# ===================================================================== 7 Hội Nông dân tỉnh Cà Mau: WordPress + SmartMag 10; a REPRINT from the provincial paper with its own print note; month-first stamps; a 'Nguồn:' line
A7 = Art("Nông dân Cà Mau liên kết nuôi tôm - rừng đạt chứng nhận hữu cơ",
         "Từ 3 tổ hợp tác ban đầu, đến nay mô hình liên kết nuôi tôm - rừng đạt chứng nhận hữu cơ ở các xã ven biển đã thu hút 1.240 hộ nông dân tham gia, diện tích hơn 9.600 ha, giá bán cao hơn tôm thường 15 - 20%.",
         [("p", "Những ngày cuối tháng Giêng, ông Lâm Văn Tới ở ấp Kênh Năm, xã Đất Mũi tất bật thu hoạch vụ tôm cuối năm. Ông cho biết, từ khi tham gia tổ hợp tác, gia đình không còn lo đầu ra vì doanh nghiệp bao tiêu toàn bộ sản lượng với giá ổn định."),
          ("img", "/wp-content/uploads/2026/01/thu-hoach-tom-rung.jpg", "Nông dân xã Đất Mũi thu hoạch tôm trong rừng ngập mặn"),
          ("p", "Theo Hội Nông dân tỉnh, để đạt chứng nhận hữu cơ, các hộ phải bảo đảm tỷ lệ rừng che phủ từ 50% trở lên, không sử dụng thức ăn công nghiệp, hóa chất; mọi khâu từ thả giống đến thu hoạch đều được ghi chép nhật ký và truy xuất nguồn gốc bằng mã QR."),
          ("p", "Các cấp hội đã phối hợp mở 46 lớp tập huấn kỹ thuật, hỗ trợ nông dân vay hơn 38 tỷ đồng từ Quỹ Hỗ trợ nông dân để cải tạo ao, kênh mương. Nhiều chi hội trở thành cầu nối giữa nông dân với doanh nghiệp chế biến, xuất khẩu."),
          ("p", "Năm 2026, Hội Nông dân tỉnh phấn đấu mở rộng diện tích tôm - rừng hữu cơ thêm 1.500 ha, gắn với phát triển du lịch sinh thái cộng đồng ở vùng Mũi Cà Mau.")])
BY7 = "Huỳnh Thanh Phong"
SRC7 = "Báo và Phát thanh, Truyền hình Cà Mau"


def vmd(d, time=False):
    """WordPress vi 'F j, Y' (+ 'g:i a' as sáng / chiều): 'Tháng Một 27, 2026'."""
    s = f"Tháng {VI_MONTHS[d.month - 1]} {d.day}, {d.year}"
    return s + " " + twelve(d, "sáng", "chiều") if time else s


def page07():
    pub, upd = T("2026-01-27 10:15"), T("2026-01-28 07:40")
    site = "https://hoinongdancamau.org.vn"
    url = f"{site}/nong-dan-ca-mau-lien-ket-nuoi-tom-rung-dat-chung-nhan-huu-co/"

    def img(s, c, n):
        return (f'<div id="attachment_{5100 + n}" style="width:760px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{5100 + n}" src="{site}{s}" width="750" height="500" />'
                f'<p id="caption-attachment-{5100 + n}" class="wp-caption-text">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        rel = other34(rng, 3)
        rds = past(pub, rng, 3, 1, 12)
        return (f'<div class="the-post-header s-head-modern s-head-modern-a"><div class="post-meta post-meta-a post-meta-left post-meta-single has-below">'
                f'<div class="post-meta-items meta-above"><span class="meta-item cat-labels"><a href="{site}/chuyen-muc/kinh-te-nong-nghiep/" class="category term-color-4" rel="category">Kinh tế nông nghiệp</a></span></div>'
                f'<h1 class="is-title post-title">{esc(A7.title)}</h1>'
                f'<div class="post-meta-items meta-below has-author-img"><span class="meta-item post-author has-img"><img alt="" src="/wp-content/uploads/avatar-bbt.png" class="avatar" width="32" height="32" /><span class="by">Bởi</span> <a href="{site}/author/bientap/" rel="author">Biên tập viên</a></span>'
                f' <span class="meta-item has-next-icon date"><time class="post-date" datetime="{iso(pub)}">{vmd(pub)}</time></span>'
                f' <span class="meta-item date-modified"><span class="updated-on">Cập nhật:</span><time class="post-date" datetime="{iso(upd)}">{vmd(upd, True)}</time></span>'
                f' <span class="meta-item read-time has-icon">3 phút đọc</span></div></div></div>'
                f'<div class="post-content cf entry-content content-spacious">'
                f'<p class="reprint-note" style="font-size:13px;color:#777"><em>(Bài đăng lại từ Báo Cà Mau in số ra ngày 24/01/2026)</em></p>'
                f'<p><strong>{esc(A7.lead)}</strong></p>{A7.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>{BY7}</strong></p><p style="text-align:right"><em>Nguồn: {SRC7}</em></p></div>'
                f'<div class="the-post-tags"><span class="text">Từ khóa:</span> <a href="#" rel="tag">tôm rừng</a> <a href="#" rel="tag">hữu cơ</a></div>'
                f'<div class="author-box"><img src="/wp-content/uploads/avatar-bbt.png" alt="" class="avatar" /><div class="content"><span class="author">Biên tập viên</span><p class="bio">Ban Biên tập Trang thông tin Hội Nông dân tỉnh Cà Mau.</p></div></div>'
                + cards(rng, rel, rds, vmd, "Bài viết liên quan", "related-posts")
                + "</div>")

    def side(rng, p):
        return (mostread(rng, p, vmd, "Đọc nhiều", "widget-popular", 5, writer_fmt="Bởi {w}")
                + '<div class="widget ts-ad"><img src="/wp-content/uploads/banner-quy-hotro-nongdan.jpg" alt="Quỹ Hỗ trợ nông dân" /></div>')

    def top(rng, p):
        return '<div class="logo-wrap"><a href="/" class="logo-link ts-logo"><img src="/wp-content/uploads/logo-hnd-camau.png" alt="Hội Nông dân tỉnh Cà Mau" /></a></div>'

    left = f'<span class="h-date">{wd(pub + timedelta(days=2))}, {vmd(pub + timedelta(days=2))}</span>{ticker(random.Random("s37-07t"), pub, vmd, 5, "Tin nóng")}'
    crumbs = ('<nav class="breadcrumbs ts-contain breadcrumbs-b" id="breadcrumb"><div class="inner ts-contain"><span><a href="/"><span>Trang chủ</span></a></span><span class="delim">»</span>'
              '<span><a href="/chuyen-muc/kinh-te-nong-nghiep/"><span>Kinh tế nông nghiệp</span></a></span><span class="delim">»</span><span class="current">Nông dân Cà Mau liên kết nuôi tôm - rừng…</span></div></nav>')
    head = (og(A7.title, url, {"article:published_time": iso(pub), "article:modified_time": iso(upd), "article:author": "Biên tập viên"})
            + '<meta name="generator" content="WordPress 6.7.2" /><link rel="stylesheet" id="smartmag-core-css" href="/wp-content/themes/smart-mag/style.css?ver=10.2.0" media="all" />'
            + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A7.title, "datePublished": iso(pub), "dateModified": iso(upd), "author": {"@type": "Person", "name": "Biên tập viên"}}))
    return page("s37-07", family="farmers_union_wp_smartmag_reprint_note_month_first_stamps_source_line",
                name="camau-hoinongdan-wp-smartmag10-modern-single-cat-label-h1-post-title-bai-dang-lai-print-note-with-earlier-day-thang-mot-27-2026-cap-nhat-month-first-sang-account-bien-tap-vien-bold-sapo-wp-caption-bold-name-nguon-line",
                url=url, art=A7, main_fn=main, pub=pub, prefix="hndcm", kb=236,
                org="Hội Nông dân tỉnh Cà Mau", addr="Số 58 đường Lý Thường Kiệt, phường An Xuyên, tỉnh Cà Mau", phone="0290.3831.275",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "smartmag", "head_extra": head, "items": MENU_MASS, "left": left, "foot_extra": cookie_banner("cookie-notice")},
                exp=expected(A7, iso(pub), iso(upd), author=BY7, category="Kinh tế nông nghiệp"),
                traps={"print_note": ["(Bài đăng lại từ Báo Cà Mau in số ra ngày 24/01/2026)"], "source": [f"Nguồn: {SRC7}"], "accounts": ["Biên tập viên"],
                       "chrome": ["Bài viết liên quan", "3 phút đọc", "Ban Biên tập Trang thông tin Hội Nông dân tỉnh Cà Mau."]},
                notes="WordPress + SmartMag 10 (ThemeSphere), the 'modern' single header. A REPRINT: the text opens with a grey italic note '(Bài đăng lại từ Báo Cà Mau in số ra ngày 24/01/2026)' — the print edition and its day three days EARLIER than the post → not body (print-edition notes, set 15 list) and not the publication (the item here is the reposting: 'Tháng Một 27, 2026' in the meta row with <time datetime='2026-01-27T10:15:00+07:00'> → T10:15 by set 25's majority; a reader who refuses machine times gives '2026-01-27'). 'Cập nhật: Tháng Một 28, 2026 7:40 sáng' (month first, set 31; 'sáng' set 34) → updated T07:40. 'Bởi Biên tập viên' (avatar, author box, JSON-LD Person, og article:author) is the editors' account → not the author (set 36); the bold right 'Huỳnh Thanh Phong' → author; 'Nguồn: Báo và Phát thanh, Truyền hình Cà Mau' → a source (set 13), unit null. Bold first paragraph → lead. One wp-caption. Category 'Kinh tế nông nghiệp' (cat label and crumb; the crumb's last level is the headline cut short). QUESTIONABLE: a reader could take the print edition's day (24/01) as the item's first publication; the record describes this page, and the note names another publication.",
                readme="WordPress + SmartMag 10, a REPRINT of a farmers' organic shrimp-forest model: a print-edition note '(Bài đăng lại từ Báo Cà Mau in số ra ngày 24/01/2026)' opening the text; 'Tháng Một 27, 2026' (month first, time only in <time>) + 'Cập nhật: Tháng Một 28, 2026 7:40 sáng'; the editors' account 'Biên tập viên' with an author box; bold sapo; wp-caption; bold right name + 'Nguồn:' line; related cards; a ticker and cookie notice")


# ===================================================================== 8 Tỉnh đoàn Sơn La: Joomla 3.10 + Helix3; the page title area's generic h2 over the article's h2; 'Được đăng:' date + time; account; italic name (unit)
A8 = Art("Tỉnh đoàn tổ chức Hội nghị tổng kết Chiến dịch thanh niên tình nguyện hè năm 2025",
         "Chiều 10/2, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị tổng kết Chiến dịch thanh niên tình nguyện hè năm 2025, triển khai kế hoạch chiến dịch năm 2026 với chủ đề “Tuổi trẻ Sơn La xung kích chuyển đổi số, xây dựng nông thôn mới”.",
         [("p", "Trong chiến dịch năm 2025, các cơ sở đoàn đã huy động hơn 18.000 lượt đoàn viên, thanh niên tham gia; làm mới và sửa chữa 64 km đường giao thông nông thôn, xây dựng 21 nhà nhân ái, tổ chức 312 lớp hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt."),
          ("img", "/images/2026/02/tong-ket-chien-dich-he.jpg", "Các đại biểu dự hội nghị tổng kết"),
          ("p", "Đội hình sinh viên tình nguyện từ các trường đại học, cao đẳng đã về với 32 xã vùng cao, hỗ trợ các em học sinh ôn tập, tổ chức sân chơi hè, tuyên truyền phòng, chống ma túy và mua bán người."),
          ("p", "Hội nghị đã khen thưởng 15 tập thể, 30 cá nhân có thành tích xuất sắc. Năm 2026, Tỉnh đoàn phấn đấu mỗi xã, phường có ít nhất một công trình thanh niên, mỗi chi đoàn thôn, bản có một tổ công nghệ số cộng đồng.")])
BY8, UNIT8 = "Quàng Thị Thương", "Ban Phong trào Tỉnh đoàn"


def jvi(d):
    """Joomla vi-VN DATE_FORMAT_LC2 'l, d F Y H:i' with the Vietnamese month names as numbers ('Thứ ba, 10 Tháng 2 2026 16:00')."""
    return f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"


def page08():
    pub = T("2026-02-10 16:00")
    site = "https://tinhdoansonla.org.vn"
    url = f"{site}/index.php/tin-tuc/hoat-dong-doan/1297-tinh-doan-to-chuc-hoi-nghi-tong-ket-chien-dich-thanh-nien-tinh-nguyen-he-nam-2025"

    def img(s, c, n):
        return f'<p style="text-align:center"><img src="{s}" alt="{esc(c, True)}" width="640" /><br /><em><span style="font-size:10pt">{esc(c)}</span></em></p>'

    def main(rng, rl, rd):
        ul = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{site}/index.php/tin-tuc/hoat-dong-doan/{1290 - i}-{slug(t)[:40]}" itemprop="url"><span itemprop="name">{esc(t)}</span></a> <span class="date">{jvi(d)}</span></li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        return (f'<article class="item item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="entry-header has-post-format"><span class="post-format"><i class="fa fa-thumb-tack"></i></span>'
                f'<dl class="article-info"><dt class="article-info-term"></dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><i class="fa fa-user"></i> <span itemprop="name" data-toggle="tooltip" title="Viết bởi ">Quản trị Tỉnh đoàn</span></dd>'
                f'<dd class="category-name"><i class="fa fa-folder-open-o"></i> <a href="{site}/index.php/tin-tuc/hoat-dong-doan" itemprop="genre" data-toggle="tooltip" title="Danh mục bài viết">Hoạt động Đoàn</a></dd>'
                f'<dd class="published"><i class="fa fa-calendar-o"></i> <time datetime="{iso(pub)}" itemprop="datePublished" data-toggle="tooltip" title="Ngày đăng">{jvi(pub)}</time></dd>'
                f'<dd class="hits"><i class="fa fa-eye"></i> <meta itemprop="interactionCount" content="UserPageVisits:512" />Lượt xem: 512</dd></dl>'
                f'<h2 itemprop="name">{esc(A8.title)}</h2></div>'
                f'<div itemprop="articleBody"><p><strong>{esc(A8.lead)}</strong></p>{A8.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><em>{BY8} ({UNIT8})</em></p></div>'
                f'<div class="helix-social-share"><div class="helix-social-share-icon"><ul><li><a class="facebook" href="#">Facebook</a></li><li><a class="twitter" href="#">Twitter</a></li></ul></div></div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li><li class="next"><a href="#" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li></ul>'
                f'<div class="related-items"><h3>Các tin khác</h3><ul>{ul}</ul></div></article>')

    def side(rng, p):
        return (f'<div class="sp-module"><h3 class="sp-module-title">Tin mới</h3><div class="sp-module-content">' + mostread(rng, p, jvi, "Tin mới nhất", "latestnews", 6, writer_fmt="Viết bởi {w}") + "</div></div>"
                + '<div class="sp-module"><h3 class="sp-module-title">Thanh niên Sơn La trên mạng xã hội</h3><div class="sp-module-content"><a href="https://facebook.example/tinhdoansonla">Fanpage Tỉnh đoàn</a></div></div>')

    def top(rng, p):
        return '<div class="sp-column"><a class="logo" href="/"><h1><img class="sp-default-logo" src="/images/logo-tinhdoan.png" alt="Tỉnh đoàn Sơn La" /></h1></a></div>'

    left = f'<div class="sp-column"><ul class="sp-contact-info"><li class="sp-contact-phone"><i class="fa fa-phone"></i> 0212.3852.219</li><li class="sp-contact-time">{jvi(pub + timedelta(days=1, hours=-7, minutes=12))}</li></ul></div>'
    crumbs = ('<ol class="breadcrumb"><li><i class="fa fa-home"></i></li><li><a href="/" class="pathway">Trang chủ</a></li><li><a href="/index.php/tin-tuc" class="pathway">Tin tức</a></li>'
              f'<li><a href="/index.php/tin-tuc/hoat-dong-doan" class="pathway">Hoạt động Đoàn</a></li><li class="active">{esc(A8.title)}</li></ol>')
    head = ('<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/templates/shaper_helix3/css/template.css" rel="stylesheet" />'
            + '<script type="application/json" class="joomla-script-options new">{"csrf.token":"9f2b6e1c0a7d4e3f8b5c2a1d0e9f7c6b","system.paths":{"root":"","base":""}}</script>')
    return page("s37-08", family="youth_union_joomla310_helix3_page_title_h2_over_article_h2",
                name="sonla-tinhdoan-joomla310-helix3-sp-page-title-h2-tin-tuc-su-kien-over-article-h2-itemprop-name-info-above-title-viet-boi-account-danh-muc-weekday-dd-thang-m-yyyy-hh-mm-bold-intro-br-em-captions-italic-name-unit-parentheses",
                url=url, art=A8, main_fn=main, pub=pub, prefix="tdsl", kb=176,
                org="Tỉnh đoàn Sơn La", addr="Số 8 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La", phone="0212.3852.219",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "helix3", "head_extra": head, "items": MENU_MASS, "left": left},
                exp=expected(A8, iso(pub), author=BY8, unit=UNIT8, category="Hoạt động Đoàn"),
                traps={"accounts": ["Quản trị Tỉnh đoàn"], "bylines": [f"{BY8} ({UNIT8})"], "chrome": ["Các tin khác", "Lượt xem: 512", "Tin mới nhất", "Tin tức - Sự kiện"],
                       "related": lambda rl: rl[:5]},
                notes="Joomla 3.10 + Helix3 (JoomShaper): the sp-page-title area prints the MENU ITEM's heading 'Tin tức - Sự kiện' as an h2 over the crumb, and the article's headline is ALSO an h2 (itemprop='name'), printed AFTER the info block (Helix3 puts article-info above the title) → title = the article's h2 (set 32: a heading that is not the headline). The info block above it: 'Quản trị Tỉnh đoàn' (createdby: an account → not the author), 'Hoạt động Đoàn' (category), 'Thứ ba, 10 Tháng 2 2026 16:00' (published → T16:00; the top bar's clock prints the crawl moment in the same shape), hits. Bold first paragraph → lead. Captions: an <em> after a <br> under each picture (one). Italic right 'Quàng Thị Thương (Ban Phong trào Tỉnh đoàn)' → author + unit. Category 'Hoạt động Đoàn' (info block and crumb; the crumb ends with the headline).",
                readme="Joomla 3.10 + Helix3, a youth volunteer campaign review: the page-title area's generic h2 'Tin tức - Sự kiện' over the article's h2 headline; the info block ABOVE the title ('Viết bởi' account, 'Danh mục', 'Thứ ba, 10 Tháng 2 2026 16:00', hits; the top bar's clock in the same shape); bold intro; an <em> caption after a <br>; italic right 'Name (unit)'; pager; 'Các tin khác' with stamps")


# ===================================================================== 9 Đảng ủy xã Mường Phăng (Điện Biên): Drupal 8 + Bootstrap Barrio; an INTERVIEW ('PV:' / 'Đ/c Name:'); 'Gửi bởi <account> vào T3, 19/05/2026 - 07:45'; 'Thực hiện:' field
A9 = Art("Bí thư Đảng ủy xã Mường Phăng: Phát huy giá trị di tích để người dân thoát nghèo bền vững",
         "Nhân dịp kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh, phóng viên có cuộc trao đổi với đồng chí Lò Văn Chung, Bí thư Đảng ủy xã Mường Phăng, về việc gắn học tập và làm theo Bác với phát triển du lịch cộng đồng ở địa phương.",
         [("p", "PV: Thưa đồng chí, Mường Phăng là nơi đặt Sở Chỉ huy Chiến dịch Điện Biên Phủ. Xã đã làm gì để phát huy giá trị của di tích trong phát triển kinh tế?"),
          ("p", "Đ/c Lò Văn Chung: Đảng ủy xã xác định di tích là tài sản quý, phải trở thành sinh kế của người dân. Năm 2025, Đảng ủy ban hành nghị quyết chuyên đề về phát triển du lịch cộng đồng, hỗ trợ 28 hộ làm homestay, thành lập 4 tổ hợp tác sản xuất đặc sản phục vụ du khách."),
          ("img", "/sites/default/files/2026-05/homestay-muong-phang.jpg", "Một homestay của đồng bào Thái ở bản Che Căn"),
          ("p", "PV: Kết quả cụ thể mà người dân nhận được là gì?"),
          ("p", "Đ/c Lò Văn Chung: Năm qua, xã đón hơn 62.000 lượt khách, doanh thu từ du lịch đạt khoảng 35 tỷ đồng. Tỷ lệ hộ nghèo giảm từ 21% xuống còn 14,6%. Điều đáng mừng là bà con đã tự tin giới thiệu văn hóa của bản mình với du khách."),
          ("p", "PV: Thời gian tới, xã tiếp tục làm theo lời Bác như thế nào?"),
          ("p", "Đ/c Lò Văn Chung: Chúng tôi giao mỗi chi bộ bản đăng ký một việc làm cụ thể, như giữ gìn vệ sinh đường vào di tích, phục dựng lễ hội truyền thống. Cán bộ, đảng viên phải đi đầu, làm trước để bà con làm theo."),
          ("p", "PV: Xin cảm ơn đồng chí!")])
BY9 = "Lường Thị Hoa"
PORTRAIT9 = "Đồng chí Lò Văn Chung, Bí thư Đảng ủy xã Mường Phăng"


def d8date(d):
    """Drupal 8 short format 'D, d/m/Y - H:i' under the vi translation ('T3, 19/05/2026 - 07:45')."""
    return f"T{d.weekday() + 2}, {dmy(d)} - {hm(d)}" if d.weekday() < 6 else f"CN, {dmy(d)} - {hm(d)}"


def page09():
    pub = T("2026-05-19 07:45")
    site = "https://danguymuongphang.dienbien.gov.vn"
    url = f"{site}/tin-tuc/bi-thu-dang-uy-xa-muong-phang-phat-huy-gia-tri-di-tich-de-nguoi-dan-thoat-ngheo-ben-vung"

    def img(s, c, n):
        return (f'<div class="paragraph paragraph--type--image paragraph--view-mode--default"><figure role="group" class="caption caption-img">'
                f'<img src="{s}" alt="{esc(c, True)}" class="img-fluid" /><figcaption>{esc(c)}</figcaption></figure></div>')

    def p(t):
        if t.startswith("PV: "):
            return f"<p><strong>{esc(t)}</strong></p>"
        if t.startswith("Đ/c "):
            k = t.index(":") + 1
            return f"<p><strong>{esc(t[:k])}</strong>{esc(t[k:])}</p>"
        return f"<p>{esc(t)}</p>"

    def main(rng, rl, rd):
        view = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{site}/tin-tuc/{slug(t)[:60]}" hreflang="vi">{esc(t)}</a></span></div>'
                       f'<div class="views-field views-field-created"><span class="field-content">{d8date(d)}</span></div></div>' for t, d in zip(rl[:5], rd))
        return (f'<div id="block-{slug("page title")}" class="block block-core block-page-title-block"><h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">{esc(A9.title)}</span></h1></div>'
                f'<article role="article" class="node node--type-article node--promoted node--view-mode-full"><div class="node__meta">'
                f'<span>Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" typeof="schema:Person" property="schema:name">bientap_xa</span></span> '
                f'vào <span class="field field--name-created field--type-created field--label-hidden">{d8date(pub)}</span></span></div>'
                f'<div class="node__content clearfix"><div class="field field--name-field-tom-tat field--type-text-long field--label-hidden field__item"><p><em>{esc(A9.lead)}</em></p></div>'
                f'<div class="field field--name-field-anh-chan-dung field--type-image field--label-hidden field__item"><figure class="caption caption-img portrait"><img src="/sites/default/files/2026-05/lo-van-chung.jpg" alt="" width="220" /><figcaption>{esc(PORTRAIT9)}</figcaption></figure></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{A9.render(p=p, img=img, sep="")}</div>'
                f'<div class="field field--name-field-thuc-hien field--type-string field--label-inline clearfix"><div class="field__label">Thực hiện</div><div class="field__item">{BY9}</div></div>'
                f'<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline clearfix"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="/chuyen-muc/hoc-tap-va-lam-theo-bac" hreflang="vi">Học tập và làm theo Bác</a></div></div>'
                f'<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Thẻ</div><div class="field__items"><div class="field__item"><a href="#">du lịch cộng đồng</a></div></div></div></div></article>'
                f'<div class="views-element-container block block-views"><h2>Bài viết cùng chuyên mục</h2><div class="view view-cung-chuyen-muc view-id-cung_chuyen_muc">{view}</div></div>')

    def side(rng, p):
        return (mostread(rng, p, d8date, "Tin đọc nhiều", "block-views-most", 6, writer_fmt="Gửi bởi {w}")
                + vb_box(["Nghị quyết chuyên đề về phát triển du lịch cộng đồng", "Kế hoạch học tập và làm theo Bác năm 2026"], "Văn bản của Đảng ủy", "block-vb"))

    def top(rng, p):
        return '<a href="/" title="Trang chủ" rel="home" class="navbar-brand"><img src="/themes/custom/muongphang/logo.png" alt="Trang chủ" /> Đảng ủy xã Mường Phăng</a>'

    crumbs = ('<nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
              '<li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li></ol></nav>')
    head = ('<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />'
            + f'<script type="application/json" data-drupal-selector="drupal-settings-json">{dump({"path": {"baseUrl": "/", "currentPath": "node/1642", "currentLanguage": "vi"}, "ajaxPageState": {"theme": "muongphang", "libraries": "bootstrap_barrio/global-styling,core/html5shiv"}})}</script>')
    return page("s37-09", family="commune_party_drupal8_barrio_interview_d8_short_weekday_thuc_hien_field",
                name="dienbien-danguymuongphang-drupal8-bootstrap-barrio-page-title-block-h1-gui-boi-account-vao-t3-dd-mm-yyyy-hh-mm-italic-tom-tat-field-portrait-figcaption-interview-bold-pv-questions-dc-name-answers-thuc-hien-field-chuyen-muc-field",
                url=url, art=A9, main_fn=main, pub=pub, prefix="dumph", kb=154,
                org="Đảng ủy xã Mường Phăng", addr="Bản Phăng, xã Mường Phăng, tỉnh Điện Biên", phone="0215.3830.164",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "barrio", "head_extra": head, "items": MENU_PARTY},
                exp=expected(A9, iso(pub), author=BY9, category="Học tập và làm theo Bác", captions=[PORTRAIT9] + A9.captions),
                traps={"accounts": ["bientap_xa"], "chrome": ["Bài viết cùng chuyên mục", "Tin đọc nhiều", "Thực hiện"], "related": lambda rl: rl[:5]},
                notes="Drupal 8 + a Bootstrap Barrio 4 sub-theme, an INTERVIEW with a commune Party secretary for Bác's birthday. 'Gửi bởi bientap_xa vào T3, 19/05/2026 - 07:45' — Drupal's short format 'D, d/m/Y - H:i' under the vi translation, the weekday ABBREVIATED as 'T3' (Tuesday) → T07:45; 'bientap_xa' is an account. The italic 'Tóm tắt' field → lead. A portrait field with the interviewee's figcaption 'Đồng chí Lò Văn Chung, Bí thư Đảng ủy xã Mường Phăng' (before the text), then a Paragraphs figcaption. Questions in bold with 'PV:', answers opening with a bold 'Đ/c Lò Văn Chung:' label → body as printed, labels included (sets 30/36); the closing 'PV: Xin cảm ơn đồng chí!' is body. The labelled field 'Thực hiện: Lường Thị Hoa' → author (the interviewer; the interviewee is a source). Category: the 'Chuyên mục' field 'Học tập và làm theo Bác' (the crumb 'Trang chủ › Tin tức' is generic, set 29). The headline opens with the interviewee's post and a colon, kept whole.",
                readme="Drupal 8 + Bootstrap Barrio, an INTERVIEW with a commune Party secretary: 'Gửi bởi <account> vào T3, 19/05/2026 - 07:45' (the weekday abbreviated 'T3'); an italic Tóm tắt field; a portrait figcaption 'Đồng chí Name, post' + a Paragraphs figcaption; bold 'PV:' questions and 'Đ/c Name:' answers; a 'Thực hiện' field; a 'Chuyên mục' field under a generic crumb; a Views block with stamps")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
