"""Set 43 pages 1-9: the everyday page as the week produces it, on the common products of shared/research/vn-sites.md
in versions, skins, modules and page layouts sets 26-42 did not use (NukeViet 3.3 under a commune's legacy theme,
NukeViet 4.5 under an Inspection Commission's vendor theme, NukeViet 5.0 under a ward Party committee's vendor theme,
DNN 8 + a local vendor's news module, SharePoint 2019 + FPT IS's news web part, Liferay CE 7.4 + VNPT's news portlet,
Liferay 6.2 CE + CMC's news portlet, the '.dcs.vn' platform's infographic detail, WordPress + CoverNews).
Two pages of this module carry a twist (page 3: a writer's ARTICLE COUNT in the byline's parentheses, 'Nguyễn Minh Anh
(126 bài viết)'; page 9: an update printed as a TIME WITHOUT A DAY, 'Cập nhật lúc 19:02', beside a date-only
publication); the third is in gen/p_02_more.py."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, heads13, heads14, past, dump
from .kit import og, jsonld, poll
from .shell import MENU_MASS, MENU_GOV, MENU_NEWS
from .base import page, vb_box, mostread, WRITERS33, WRITERS34

MENU_PARTY = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các ban xây dựng Đảng", "Tổ chức cơ sở đảng"]),
    ("Tin tức", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Tin cơ sở", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Cuộc thi"]),
    ("Bảo vệ nền tảng tư tưởng của Đảng", ["Bình luận", "Phản bác quan điểm sai trái", "Cảnh giác"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Đảng ủy"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic", "Podcast"]),
]
MENU_UBKT = [
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ủy ban", "Các phòng nghiệp vụ"]),
    ("Tin tức", ["Hoạt động kiểm tra", "Giám sát chuyên đề", "Thi hành kỷ luật đảng", "Tin cơ sở"]),
    ("Nghiệp vụ", ["Hướng dẫn nghiệp vụ", "Trao đổi kinh nghiệm", "Hỏi - đáp"]),
    ("Văn bản", ["Quy định của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Ủy ban Kiểm tra"]),
    ("Thông báo", ["Thông báo kết luận", "Thông báo kỷ luật"]),
]
MENU_VET = [
    ("Giới thiệu", ["Lịch sử Hội", "Ban Chấp hành", "Cơ quan Hội tỉnh"]),
    ("Tin tức", ["Hoạt động Hội tỉnh", "Hoạt động Hội cơ sở", "Tin trong nước"]),
    ("Phong trào", ["Cựu chiến binh gương mẫu", "Giúp nhau làm kinh tế", "Tham gia xây dựng Đảng"]),
    ("Văn bản", ["Điều lệ Hội", "Văn bản Trung ương Hội", "Văn bản Hội tỉnh"]),
    ("Thư viện", ["Ảnh", "Video"]),
]
MENU_FARM = [
    ("Giới thiệu", ["Hội Nông dân tỉnh", "Ban Chấp hành", "Đơn vị trực thuộc"]),
    ("Tin tức", ["Hoạt động Hội", "Hội Nông dân cơ sở", "Nông thôn mới", "Chuyển đổi số"]),
    ("Hỗ trợ nông dân", ["Quỹ hỗ trợ nông dân", "Dạy nghề", "Tư vấn pháp luật"]),
    ("Sản phẩm", ["OCOP", "Nông sản sạch"]),
]


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def banner(img, alt):
    return lambda rng, p: f'<div class="banner"><a href="/"><img src="{img}" alt="{esc(alt, True)}" /></a><span class="site-name">{esc(alt)}</span></div>'


def side_of(fmt, head="Tin đọc nhiều", cls="most-read", docs=True, writer_fmt="{w}", doc_items=None, writers=None):
    def f(rng, p):
        s = mostread(rng, p, fmt, head, cls, 6, writers=writers or WRITERS34, writer_fmt=writer_fmt)
        if docs:
            s += vb_box(doc_items or ["Hướng dẫn số 15-HD/TU về sinh hoạt chi bộ theo chuyên đề năm 2027",
                                      "Kế hoạch số 52-KH/TU sơ kết giữa nhiệm kỳ thực hiện nghị quyết đại hội",
                                      "Chương trình kiểm tra, giám sát 6 tháng cuối năm 2027"], "Văn bản mới", cls + "-vb")
        return s
    return f


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>'


def tcap(s, c, n, cls="image", desc="image_desc", width=600):
    return (f'<table class="{cls}" align="center" border="0" cellpadding="2" cellspacing="0"><tbody><tr><td><img src="{s}" width="{width}" alt="" /></td></tr>'
            f'<tr><td class="{desc}"><em>{esc(c)}</em></td></tr></tbody></table>')


def pem(s, c, n):
    return (f'<p style="text-align:center"><img src="{s}" alt="{esc(c, True)}" style="width:100%;max-width:680px" /></p>'
            f'<p style="text-align:center"><em>{esc(c)}</em></p>')


def dtable(rows, cls="table table-bordered"):
    return (f'<table class="{cls}" border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;width:100%"><tbody>'
            + "".join("<tr>" + "".join(f'<td style="text-align:center">{"<strong>" if i == 0 else ""}{esc(c)}{"</strong>" if i == 0 else ""}</td>' for c in r) + "</tr>"
                      for i, r in enumerate(rows)) + "</tbody></table>")


def expected_(art, published, updated=None, author=None, unit=None, photographer=None, category=None, captions=None, body=None, lead="__art__", title=None):
    from .common import expected
    return expected(art, published, updated, author, unit, photographer, category, captions, body, lead, title)


def others(site, base, items, fmt, ext=".html", cls="other-news", head="Các tin khác", htag="h3"):
    li = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{1000 + i * 7}{ext}">{esc(t)}</a> <span class="date">{esc(fmt(d))}</span></li>' for i, (t, d) in enumerate(items))
    return f'<div class="{cls}"><{htag} class="{cls}-title">{esc(head)}</{htag}><ul>{li}</ul></div>'


# ===================================================================== 1 Đảng ủy xã Tuần Giáo (Điện Biên): NukeViet 3.3 under a commune's legacy theme; a byline on the sapo's last line; an unheaded related list inside the text
A1 = Art("Chi bộ bản Thẩm Táng kết nạp 3 đảng viên mới là người dân tộc Thái",
         "Ngày 7/4, Chi bộ bản Thẩm Táng, Đảng bộ xã Tuần Giáo tổ chức lễ kết nạp đảng viên cho 3 quần chúng ưu tú, đều là thanh niên dân tộc Thái đang sinh sống tại bản.",
         [("p", "Ba đảng viên mới gồm các đồng chí Lò Văn Pâng, Quàng Thị Xuân và Lò Văn Nghiệp, tuổi đời từ 22 đến 27. Cả ba đều là những thanh niên tích cực trong phong trào của bản: anh Pâng là Bí thư Chi đoàn, chị Xuân là tổ trưởng tổ phụ nữ dệt thổ cẩm, anh Nghiệp là thành viên tổ bảo vệ an ninh, trật tự ở cơ sở."),
          ("p", "Tại buổi lễ, đại diện Chi ủy công bố quyết định kết nạp đảng viên của Ban Thường vụ Đảng ủy xã; các đảng viên mới đọc lời tuyên thệ dưới cờ Đảng, hứa phấn đấu suốt đời vì mục tiêu, lý tưởng của Đảng."),
          ("img", "/uploads/news/2027_04/dang-vien-moi-tuyen-the-ban-tham-tang.jpg", "Các đảng viên mới đọc lời tuyên thệ tại buổi lễ kết nạp"),
          ("p", "Phát biểu tại buổi lễ, đồng chí Phó Bí thư Thường trực Đảng ủy xã chúc mừng ba đảng viên mới; đề nghị Chi bộ phân công đảng viên chính thức giúp đỡ các đồng chí trong thời gian dự bị, giao nhiệm vụ cụ thể gắn với phong trào của bản."),
          ("h", "Chú trọng tạo nguồn trong thanh niên"),
          ("p", "Chi bộ bản Thẩm Táng hiện có 24 đảng viên. Những năm gần đây, Chi bộ chú trọng phát hiện, bồi dưỡng quần chúng ưu tú trong đoàn viên thanh niên, hội viên phụ nữ; mỗi đảng viên được phân công theo dõi, giúp đỡ ít nhất một quần chúng."),
          ("table", [["Năm", "Quần chúng học lớp bồi dưỡng nhận thức về Đảng", "Đảng viên được kết nạp"],
                     ["2025", "4", "2"], ["2026", "5", "3"], ["Quý I/2027", "3", "3"]]),
          ("p", "Từ đầu năm 2027 đến nay, Đảng bộ xã Tuần Giáo đã kết nạp 19 đảng viên mới, đạt 47,5% chỉ tiêu năm; trong đó 15 đảng viên là người dân tộc thiểu số.")])
LEADIMG1 = ("/uploads/news/2027_04/le-ket-nap-dang-vien-ban-tham-tang.jpg", "Lễ kết nạp đảng viên mới tại Chi bộ bản Thẩm Táng")
BY1, WRITER1, UNIT1 = "Lò Thị Hương (Văn phòng Đảng ủy xã Tuần Giáo)", "Lò Thị Hương", "Văn phòng Đảng ủy xã Tuần Giáo"
REL1 = [("Đảng bộ xã Tuần Giáo trao Huy hiệu Đảng đợt 3/2 cho 28 đảng viên", T("2027-02-03 10:00")),
        ("Chi bộ bản Hới Nọ sinh hoạt chuyên đề về giữ gìn nghề dệt thổ cẩm", T("2027-03-12 15:30"))]


def page01():
    pub = T("2027-04-08 09:15")
    site = "https://tuangiao.dienbien.dcs.vn"
    url = f"{site}/vi/news/To-chuc-co-so-dang/Chi-bo-ban-Tham-Tang-ket-nap-3-dang-vien-moi-la-nguoi-dan-toc-Thai-1286/"

    def img(s, c, n):
        return (f'<p style="text-align:center"><img alt="{esc(c, True)}" src="{s}" style="width:500px;height:333px" /></p>'
                f'<p style="text-align:center"><em>{esc(c)}</em></p>')

    def table(rows):
        return ('<table align="center" border="1" cellpadding="3" cellspacing="0" style="width:90%"><tbody>'
                + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")

    def main(rng, rl, rd):
        body = A1.render(p=jp, img=img, table=table, h=lambda t: f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>', sep="\n")
        # the editor pasted two links to earlier items after the last paragraph: no heading, no box
        rel = "".join(f'<p><a href="{site}/vi/news/To-chuc-co-so-dang/{slug(t)[:60]}-{1240 + i}/">» {esc(t)}</a> ({dmy(d)})</p>' for i, (t, d) in enumerate(REL1))
        newer = "".join(f'<li><a href="{site}/vi/news/To-chuc-co-so-dang/{slug(t)[:60]}-{1290 + i}/">{esc(t)}</a> <span class="date">({dmy(pub + timedelta(days=2 + i))})</span></li>' for i, t in enumerate(rl[:2]))
        older = "".join(f'<li><a href="{site}/vi/news/To-chuc-co-so-dang/{slug(t)[:60]}-{1270 + i}/">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[2:6], rd)))
        return (f'<div id="news_detail"><h1>{esc(A1.title)}</h1><span class="time">{wd(pub, lower=True)}, {dmy(pub)} lúc {hm(pub)}</span>'
                f'<div class="control"><ul><li><a class="sendmail" href="javascript:void(0);" title="Gửi bài viết qua email">Gửi bài viết</a></li>'
                f'<li><a class="print" href="{site}/vi/news/print/To-chuc-co-so-dang/1286/" title="In ra">In ra</a></li><li><a class="savefile" href="#" title="Lưu bài viết này">Lưu bài viết này</a></li></ul></div>'
                f'<div id="hometext"><div id="imghome" class="fl"><a rel="shadowbox" href="{LEADIMG1[0]}"><img src="{LEADIMG1[0]}" alt="{esc(LEADIMG1[1], True)}" width="200" /></a>'
                f'<p><em>{esc(LEADIMG1[1])}</em></p></div><strong>{esc(A1.lead)}</strong><br />\n<em>{esc(BY1)}</em></div><div class="clear"></div>'
                f'<div class="bodytext">{body}\n{rel}</div>'
                f'<div class="news_keywords"><strong>Từ khóa:</strong> <a href="{site}/vi/news/tag/ket-nap-dang-vien/">kết nạp đảng viên</a>, <a href="{site}/vi/news/tag/tuan-giao/">Tuần Giáo</a></div>'
                f'<div class="rating"><span>Đánh giá bài viết:</span> <span class="stars">★★★★☆</span> <span>Tổng số điểm là: 41 trong 9 đánh giá</span></div></div>'
                f'<div class="other-news"><h3 class="other-title">Những tin mới hơn</h3><ul class="related">{newer}</ul><h3 class="other-title">Những tin cũ hơn</h3><ul class="related">{older}</ul></div>')

    def side(rng, p):
        return (side_of(lambda d: f"{dmy(d)}", "Tin mới nhất", "tinmoi", docs=True, writer_fmt="{w}")(rng, p)
                + '<div class="block-thongke"><h3>Thống kê truy cập</h3><ul><li>Đang truy cập: 12</li><li>Hôm nay: 304</li><li>Tổng lượt truy cập: 386.140</li></ul></div>')

    crumbs = (f'<a href="{site}/vi/">Trang chủ</a> <span class="sep">›</span> <a href="{site}/vi/news/">Tin tức</a> <span class="sep">›</span> '
              f'<a href="{site}/vi/news/Xay-dung-Dang/">Xây dựng Đảng</a> <span class="sep">›</span> <a href="{site}/vi/news/To-chuc-co-so-dang/">Tổ chức cơ sở đảng</a>')
    head = (og(A1.title, url, {"og:description": A1.lead, "og:image": site + LEADIMG1[0]}) + '<meta name="generator" content="NukeViet v3.3" />'
            + '<link rel="StyleSheet" href="/themes/tuangiao/css/tab_info.css" type="text/css" />')
    today = pub + timedelta(days=4, hours=1)
    return page("s43-01", family="commune_party_nukeviet33_legacy_theme_byline_on_sapo_last_line",
                name="dienbien-danguyxatuangiao-nukeviet33-legacy-theme-breakcolumn-crumb-to-chuc-co-so-dang-news-detail-h1-span-time-weekday-dd-mm-yyyy-luc-hh-mm-imghome-caption-bold-hometext-br-em-name-paren-commune-unit-table-unheaded-links-in-text",
                url=url, art=A1, main_fn=main, pub=pub, prefix="tgdb", kb=138,
                org="Đảng ủy xã Tuần Giáo", addr="Khối Tân Tiến, xã Tuần Giáo, tỉnh Điện Biên", phone="0215.3862.214",
                crumbs=crumbs, top=banner("/themes/tuangiao/images/banner.jpg", "Trang thông tin điện tử Đảng ủy xã Tuần Giáo"), side=side,
                shell_kw={"layout": "nv33_xa", "head_extra": head, "items": MENU_PARTY, "left": f'Hôm nay: {wd(today, lower=True)}, {dmy(today)}'},
                exp=expected_(A1, iso(pub), author=WRITER1, unit=UNIT1, category="Tổ chức cơ sở đảng", captions=[LEADIMG1[1]] + A1.captions),
                traps={"byline": [BY1], "related_in_text": [t for t, _ in REL1], "chrome": ["Những tin mới hơn", "Những tin cũ hơn", "Tổng số điểm là: 41 trong 9 đánh giá", "Thống kê truy cập", "Lưu bài viết này"],
                       "clock": [f"Hôm nay: {wd(today, lower=True)}, {dmy(today)}"], "related": lambda rl: rl[:6]},
                notes="NukeViet 3.3 under the legacy theme a commune kept from the former district's site (div#news_detail > h1, span.time, div.control, div#hometext with div#imghome, div.bodytext, ul.related — the 3.x markup of vn-sites.md; the 'Hôm nay: …' line in the header is the crawl day). The stamp 'Thứ năm, 08/04/2027 lúc 09:15' (weekday, date, 'lúc' before the time) → 2027-04-08T09:15. The hometext is a bold sapo followed, after a <br />, by an italic LINE naming the writer: 'Lò Thị Hương (Văn phòng Đảng ủy xã Tuần Giáo)' — a byline on the sapo's last line (set 26's byline at the end of the sapo, here on a line of its own): the lead ends before it; author 'Lò Thị Hương', author_unit 'Văn phòng Đảng ủy xã Tuần Giáo' (a commune's office after the 2025 reform). Captions: the imghome's p > em ('Lễ kết nạp …', printed BEFORE the sapo, the first caption) and a centred <em> under a picture in the text. The text has a bold sub-heading (body) and a bordered data table (one paragraph per row). After the last paragraph the editor pasted two links to earlier items of the same section, each '» headline (dd/mm/yyyy)', with no heading and no box — a related list (set 24), not body, and their days are not stamps. Category 'Tổ chức cơ sở đảng' (the crumb ends in the sub-section under 'Xây dựng Đảng'). Not body: tags, the rating line, 'Những tin mới hơn' / 'Những tin cũ hơn', the sidebar's newest items with days and writers.",
                readme="NukeViet 3.3 under a commune's legacy theme, a Party cell's admission ceremony: 'Thứ năm, dd/mm/yyyy lúc HH:MM'; the imghome caption before a bold sapo whose LAST LINE (after <br />) is the byline 'Name (Văn phòng Đảng ủy xã …)'; p > em captions, a data table; two unheaded '» headline (date)' links pasted after the text; the crumb ends in a sub-section")


# ===================================================================== 2 Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa: NukeViet 4.5 under an Inspection Commission's vendor theme; a date in a list-item meta row among view and comment counts
A2 = Art("Ủy ban Kiểm tra Tỉnh ủy giám sát chuyên đề tại Đảng ủy xã Nga Sơn",
         "Ngày 12/5, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Nga Sơn về việc lãnh đạo, chỉ đạo thực hiện công tác kiểm tra, giám sát và thi hành kỷ luật đảng từ đầu nhiệm kỳ đến nay.",
         [("p", "Theo báo cáo, từ đầu nhiệm kỳ 2025 - 2030, Ban Thường vụ Đảng ủy xã đã ban hành đầy đủ chương trình kiểm tra, giám sát hằng năm; Đảng ủy xã kiểm tra 12 tổ chức đảng và 21 đảng viên, giám sát chuyên đề 16 tổ chức đảng và 28 đảng viên. Ủy ban Kiểm tra Đảng ủy xã kiểm tra 4 tổ chức đảng và 3 đảng viên khi có dấu hiệu vi phạm."),
          ("p", "Qua kiểm tra, giám sát đã kịp thời nhắc nhở, chấn chỉnh những hạn chế trong sinh hoạt chi bộ, quản lý đảng viên; thi hành kỷ luật 2 đảng viên vi phạm với hình thức khiển trách."),
          ("img", "/uploads/news/2027_05/doan-giam-sat-lam-viec-nga-son.jpg", "Đoàn giám sát làm việc với Ban Thường vụ Đảng ủy xã Nga Sơn"),
          ("p", "Đoàn giám sát đánh giá cao những kết quả Đảng ủy xã đạt được; đồng thời chỉ ra một số hạn chế: chương trình giám sát của một số chi bộ còn chung chung, chưa xác định rõ nội dung trọng tâm; hồ sơ kiểm tra, giám sát ở một số chi bộ chưa được lưu trữ đầy đủ."),
          ("h", "Tập trung giám sát những lĩnh vực dễ phát sinh vi phạm"),
          ("p", "Kết luận buổi làm việc, đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Trưởng đoàn giám sát đề nghị Đảng ủy xã tiếp tục nâng cao chất lượng công tác kiểm tra, giám sát, tập trung vào những lĩnh vực dễ phát sinh vi phạm như quản lý đất đai, đầu tư công, thực hiện chính sách an sinh xã hội."),
          ("img", "/uploads/news/2027_05/truong-doan-giam-sat-ket-luan.jpg", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy kết luận buổi làm việc"),
          ("p", "Đảng ủy xã cần chỉ đạo các chi bộ khắc phục ngay những hạn chế đã được chỉ ra, hoàn thiện hồ sơ và báo cáo kết quả khắc phục về Ủy ban Kiểm tra Tỉnh ủy trước ngày 30/6/2027.")])
LEADIMG2 = ("/uploads/news/2027_05/giam-sat-chuyen-de-nga-son.jpg", "Quang cảnh buổi làm việc của Đoàn giám sát tại Đảng ủy xã Nga Sơn")
AUTH2, WRITER2, UNIT2 = "Lê Minh Đức, Phòng Nghiệp vụ 2", "Lê Minh Đức", "Phòng Nghiệp vụ 2"
HOTLINE2 = "Tiếp nhận phản ánh, tố cáo đối với tổ chức đảng, đảng viên: 0237.3852.166 - Email: ubkt@thanhhoa.dcs.vn"


def page02():
    pub = T("2027-05-13 08:15")
    site = "https://ubkt.thanhhoa.dcs.vn"
    url = f"{site}/news/giam-sat-chuyen-de/uy-ban-kiem-tra-tinh-uy-giam-sat-chuyen-de-tai-dang-uy-xa-nga-son-1742.html"

    def img(s, c, n):
        return tcap(s, c, n) if n == 1 else pem(s, c, n)

    def meta(d, views, cmt):
        return (f'<ul class="list-inline ubkt-meta"><li><em class="fa fa-clock-o">&nbsp;</em>{hm(d)} {dmy(d)}</li><li><em class="fa fa-eye">&nbsp;</em>Đã xem: {views}</li>'
                f'<li><em class="fa fa-comment-o">&nbsp;</em>Phản hồi: {cmt}</li></ul>')

    def main(rng, rl, rd):
        body = A2.render(p=jp, img=img, h=lambda t: f'<h3 style="text-align:justify"><strong>{esc(t)}</strong></h3>', sep="")
        newer = "".join(f'<li><a href="{site}/news/giam-sat-chuyen-de/{slug(t)[:60]}-{1745 + i}.html"><h4>{esc(t)}</h4></a>{meta(pub + timedelta(days=1 + i, hours=2), rng.randint(80, 400), 0)}</li>' for i, t in enumerate(rl[:2]))
        older = "".join(f'<li><a href="{site}/news/giam-sat-chuyen-de/{slug(t)[:60]}-{1720 + i}.html"><h4>{esc(t)}</h4></a>{meta(d, rng.randint(300, 2000), rng.randint(0, 4))}</li>' for i, (t, d) in enumerate(zip(rl[2:6], rd)))
        cm = [("Nguyễn Văn Toàn", "09:02 13/05/2027", "Cần công khai kết quả giám sát để Nhân dân cùng theo dõi việc khắc phục."),
              ("Lê Thị Hằng", "09:40 13/05/2027", "Đề nghị giám sát kỹ việc quản lý đất đai ở các xã mới sáp nhập."),
              ("Trịnh Quang Vinh", "10:05 13/05/2027", "Bài viết rất thiết thực, cảm ơn Ban biên tập.")]
        cms = "".join(f'<div class="comment-item"><p class="comment-head"><strong>{esc(a)}</strong> <span class="comment-time">{esc(b)}</span></p><p class="comment-text">{esc(c)}</p></div>' for a, b, c in cm)
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A2.title)}</h1>'
                f'<div class="row"><div class="col-md-16">{meta(pub, "1.204", 3)}</div><div class="col-md-8"><ul class="list-inline text-right">'
                f'<li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="In ra" href="{site}/news/print/giam-sat-chuyen-de/1742.html"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article left pointer"><div id="imgpreview" style="width:240px"><p class="text-center"><img alt="{esc(LEADIMG2[1], True)}" src="{LEADIMG2[0]}" width="240" class="img-thumbnail" /></p>'
                f'<figcaption>{esc(LEADIMG2[1])}</figcaption></div></figure><div class="hometext m-bottom">{esc(A2.lead)}</div></div>'
                f'<div class="ubkt-hotline alert alert-warning"><strong>ĐƯỜNG DÂY NÓNG</strong> {esc(HOTLINE2)}</div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>{esc(AUTH2)}</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Ủy ban Kiểm tra Tỉnh ủy</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a href="{site}/news/tag/giam-sat-chuyen-de"><em>giám sát chuyên đề</em></a>, <a href="{site}/news/tag/nga-son"><em>Nga Sơn</em></a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer}</ul>'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>'
                f'<div class="news_column panel panel-default" id="idcomment"><div class="panel-body"><h3 class="comment-title">Ý kiến bạn đọc (3)</h3>{cms}'
                f'<form class="comment-form"><textarea placeholder="Nội dung"></textarea><input placeholder="Họ tên" /><button type="button">Gửi ý kiến</button></form></div></div>')

    def side(rng, p):
        return (side_of(lambda d: f"{hm(d)} {dmy(d)}", "Tin đọc nhiều", "ubkt-most", docs=True,
                        doc_items=["Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "Hướng dẫn của Ủy ban Kiểm tra Tỉnh ủy về giám sát chuyên đề năm 2027",
                                   "Kế hoạch kiểm tra, giám sát 6 tháng cuối năm 2027"])(rng, p)
                + poll("Theo đồng chí, lĩnh vực nào cần tăng cường giám sát ở cấp xã?", ["Quản lý đất đai", "Đầu tư công", "Chính sách an sinh xã hội", "Thủ tục hành chính"], cls="ubkt-poll"))

    crumbs = ('<ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/" title="Trang nhất"><span><em class="fa fa-lg fa-home">&nbsp;</em><span class="hidden-xs">Trang nhất</span></span></a></li>'
              '<li id="brcr_1"><a href="/news/" title="Tin tức"><span>Tin tức</span></a></li><li id="brcr_2"><a href="/news/hoat-dong-kiem-tra/" title="Hoạt động kiểm tra"><span>Hoạt động kiểm tra</span></a></li>'
              '<li id="brcr_3"><a href="/news/giam-sat-chuyen-de/" title="Giám sát chuyên đề"><span>Giám sát chuyên đề</span></a></li></ul>')
    head = og(A2.title, url, {"og:description": A2.lead, "article:published_time": iso(pub), "og:image": site + LEADIMG2[0]}) + '<meta name="generator" content="NukeViet v4.5" />'
    today = pub + timedelta(days=2, hours=3)
    return page("s43-02", family="inspection_commission_nukeviet45_vendor_theme_date_among_view_and_comment_counts",
                name="thanhhoa-ubkt-tinhuy-nukeviet45-vendor-theme-crumb-ending-giam-sat-chuyen-de-h1-list-inline-meta-hh-mm-dd-mm-yyyy-da-xem-phan-hoi-plain-hometext-figure-left-hotline-banner-table-and-p-em-captions-tac-gia-name-comma-unit-nguon-tin-comments",
                url=url, art=A2, main_fn=main, pub=pub, prefix="ubkt", kb=214,
                org="Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa", addr="Số 47 đường Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.166",
                crumbs=crumbs, top=banner("/themes/ubkt/images/banner-ubkt.png", "Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa"), side=side,
                shell_kw={"layout": "nv45_ubkt", "head_extra": head, "items": MENU_UBKT, "left": f'<span class="ubkt-clock">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A2, iso(pub), author=WRITER2, unit=UNIT2, category="Giám sát chuyên đề", captions=[LEADIMG2[1]] + A2.captions),
                traps={"byline": [AUTH2, "Nguồn tin: Ủy ban Kiểm tra Tỉnh ủy"], "hotline": ["ĐƯỜNG DÂY NÓNG", HOTLINE2],
                       "meta": ["Đã xem: 1.204", "Phản hồi: 3"], "comments": ["Nguyễn Văn Toàn", "Cần công khai kết quả giám sát để Nhân dân cùng theo dõi việc khắc phục."],
                       "chrome": ["Những tin mới hơn", "Những tin cũ hơn", "Thăm dò ý kiến", "Theo đồng chí, lĩnh vực nào cần tăng cường giám sát ở cấp xã?"], "related": lambda rl: rl[:6]},
                notes="NukeViet 4.5 under a provincial vendor's theme for a Tỉnh ủy's Inspection Commission (the 4.x default's news_column panels kept). The meta row is a list: li '08:15 13/05/2027' (time first), li 'Đã xem: 1.204', li 'Phản hồi: 3' — the date stands among a view count and a comment count (vn-sites' listing row, used on the detail) → published 2027-05-13T08:15; the newer / older lists under the item print the same row for other items. The hometext is PLAIN (no <strong>: the vendor's CSS gives it a larger size only) → the lead. A hotline banner ('ĐƯỜNG DÂY NÓNG …', a phone and an e-mail) sits between the hometext and #news-bodyhtml: a box (set 24), not body. Captions of three kinds in page order: the lead picture's figure.article.left figcaption, a table.image caption row (td.image_desc) and a centred <em> under a picture. An h3 sub-heading (body). 'Tác giả: Lê Minh Đức, Phòng Nghiệp vụ 2' → author 'Lê Minh Đức', author_unit 'Phòng Nghiệp vụ 2' (a comma between writer and unit); 'Nguồn tin: Ủy ban Kiểm tra Tỉnh ủy' is the source (set 13). Category 'Giám sát chuyên đề' (the crumb's deepest level, a sub-section of 'Hoạt động kiểm tra'). Not body: tags, the newer / older lists, three readers' comments with their times, the poll and the documents box.",
                readme="NukeViet 4.5 under an Inspection Commission's vendor theme, a thematic supervision: the meta row a list 'HH:MM dd/mm/yyyy' · 'Đã xem: N' · 'Phản hồi: N'; a PLAIN hometext lead; a hotline banner between the sapo and the text; figure, table and p > em captions; 'Tác giả: Name, unit' + 'Nguồn tin:'; the crumb ends in a sub-section; comments")


# ===================================================================== 3 Đảng ủy phường Nam Hoa Lư (Ninh Bình): NukeViet 5.0 under a ward theme; the stamp split over two spans; TWIST the writer's ARTICLE COUNT in the byline's parentheses
A3 = Art("Chi bộ khu phố Đông Hồ sinh hoạt chuyên đề về chuyển đổi số trong khu dân cư",
         "Chiều 9/6, Chi bộ khu phố Đông Hồ, Đảng bộ phường Nam Hoa Lư tổ chức sinh hoạt chuyên đề “Đảng viên gương mẫu đi đầu trong chuyển đổi số ở khu dân cư”, với sự tham dự của 38/41 đảng viên.",
         [("p", "Báo cáo chuyên đề cho biết, đến nay 100% đảng viên của chi bộ đã cài đặt và sử dụng ứng dụng Sổ tay đảng viên điện tử; 92% hộ gia đình trong khu phố có ít nhất một thành viên sử dụng dịch vụ công trực tuyến; 86% hộ kinh doanh nhỏ lẻ chấp nhận thanh toán không dùng tiền mặt."),
          ("p", "Tuy nhiên, việc hỗ trợ người cao tuổi sử dụng các ứng dụng số còn gặp khó khăn; một số đảng viên lớn tuổi chưa thành thạo việc tra cứu tài liệu sinh hoạt chi bộ trên ứng dụng."),
          ("img", "/uploads/news/2027_06/dang-vien-tre-huong-dan-nguoi-cao-tuoi.jpg", "Đảng viên trẻ hướng dẫn người cao tuổi trong khu phố sử dụng ứng dụng VNeID"),
          ("raw", "BOX"),
          ("h", "Mỗi đảng viên hướng dẫn ít nhất ba hộ"),
          ("p", "Sau khi thảo luận, chi bộ thống nhất giao mỗi đảng viên phụ trách hướng dẫn ít nhất ba hộ gia đình sử dụng thành thạo các dịch vụ công trực tuyến thiết yếu; kết quả được kiểm điểm tại các kỳ sinh hoạt thường kỳ."),
          ("p", "Phát biểu tại buổi sinh hoạt, đồng chí Phó Bí thư Đảng ủy phường ghi nhận cách làm của chi bộ; đề nghị các chi bộ khu phố khác học tập, nhân rộng, gắn chuyển đổi số với xây dựng khu dân cư văn minh, an toàn."),
          ("img", "/uploads/news/2027_06/sinh-hoat-chuyen-de-chi-bo-dong-ho.jpg", "Quang cảnh buổi sinh hoạt chuyên đề")])
BOX3 = ("Phường Nam Hoa Lư ra mắt tổ công nghệ số cộng đồng tại 12 khu phố",
        "Mỗi tổ có từ 5 đến 7 thành viên là đoàn viên thanh niên, đảng viên trẻ, hỗ trợ người dân cài đặt và sử dụng các nền tảng số thiết yếu.")
WRITER3, COUNT3 = "Nguyễn Minh Anh", "(126 bài viết)"


def page03():
    pub = T("2027-06-10 16:20")
    site = "https://namhoalu.ninhbinh.dcs.vn"
    url = f"{site}/news/sinh-hoat-chi-bo/chi-bo-khu-pho-dong-ho-sinh-hoat-chuyen-de-ve-chuyen-doi-so-trong-khu-dan-cu-918.html"

    def img(s, c, n):
        if n == 1:
            return (f'<figure class="article center"><img class="img-fluid" src="{s}" alt="{esc(c, True)}" loading="lazy" /><figcaption>{esc(c)}</figcaption></figure>')
        return pem(s, c, n)

    def raw(x):
        return (f'<div class="nv-inline-box border rounded p-3 my-3"><span class="nv-inline-label">Đọc thêm</span><a class="nv-inline-thumb" href="{site}/news/chuyen-doi-so/{slug(BOX3[0])[:60]}-905.html">'
                f'<img src="/uploads/news/2027_05/to-cong-nghe-so-cong-dong.jpg" alt="" width="120" /></a><div class="nv-inline-body"><a class="nv-inline-title" href="{site}/news/chuyen-doi-so/{slug(BOX3[0])[:60]}-905.html">{esc(BOX3[0])}</a>'
                f'<p class="nv-inline-sapo">{esc(BOX3[1])}</p></div></div>')

    def main(rng, rl, rd):
        body = A3.render(p=jp, img=img, raw=raw, h=lambda t: f'<h3>{esc(t)}</h3>', sep="")
        cards = "".join(f'<div class="col-md-6"><div class="nv-card"><a href="{site}/news/sinh-hoat-chi-bo/{slug(t)[:60]}-{900 + i}.html"><img src="/uploads/news/2027_06/{hexid(rng, 10)}.jpg" alt="" /></a>'
                        f'<h4><a href="{site}/news/sinh-hoat-chi-bo/{slug(t)[:60]}-{900 + i}.html">{esc(t)}</a></h4><span class="nv-card-date"><i class="fa-regular fa-calendar"></i> {dmy(d)}</span></div></div>'
                        for i, (t, d) in enumerate(zip(rl[:4], rd)))
        return (f'<article class="nv-news-detail card"><div class="card-body"><h1 class="nv-detail-title">{esc(A3.title)}</h1>'
                f'<div class="nv-detail-meta d-flex flex-wrap gap-3"><span class="nv-date"><i class="fa-regular fa-calendar"></i> {wd(pub)}, {dmy(pub)}</span><span class="nv-sep">·</span>'
                f'<span class="nv-time"><i class="fa-regular fa-clock"></i> {hm(pub)}</span><span class="nv-sep">·</span>'
                f'<span class="nv-author"><i class="fa-regular fa-user"></i> Tác giả: <a href="{site}/news/author/nguyen-minh-anh/">{esc(WRITER3)}</a> <span class="nv-author-count">{esc(COUNT3)}</span></span>'
                f'<span class="nv-views ms-auto"><i class="fa-regular fa-eye"></i> 642</span></div>'
                f'<div class="nv-hometext"><em>{esc(A3.lead)}</em></div>'
                f'<div id="news-bodyhtml" class="bodytext">{body}</div>'
                f'<div class="nv-tags"><i class="fa-solid fa-tags"></i> <a href="{site}/news/tag/chuyen-doi-so">chuyển đổi số</a> <a href="{site}/news/tag/sinh-hoat-chuyen-de">sinh hoạt chuyên đề</a></div>'
                f'<div class="nv-tools"><a href="#" title="In bài viết"><i class="fa-solid fa-print"></i> In</a> <a href="#" title="Chia sẻ Zalo">Zalo</a> <a href="#" title="Chia sẻ Facebook">Facebook</a></div></div></article>'
                f'<section class="nv-samecat"><h3 class="nv-section-title">Tin cùng chuyên mục</h3><div class="row">{cards}</div></section>')

    def side(rng, p):
        return (side_of(lambda d: f"{dmy(d)} {hm(d)}", "Tin nổi bật", "nv-hot", docs=True)(rng, p)
                + '<div class="nv-box nv-lich"><h3>Lịch tiếp công dân</h3><p>Bí thư Đảng ủy phường tiếp công dân định kỳ vào ngày 15 hằng tháng tại Trụ sở Đảng ủy - HĐND - UBND phường.</p></div>')

    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/"><i class="fa-solid fa-house"></i> Trang chủ</a></li>'
              '<li class="breadcrumb-item"><a href="/news/">Tin tức</a></li><li class="breadcrumb-item"><a href="/news/xay-dung-dang/">Xây dựng Đảng</a></li>'
              '<li class="breadcrumb-item active" aria-current="page"><a href="/news/sinh-hoat-chi-bo/">Sinh hoạt chi bộ</a></li></ol></nav>')
    head = (og(A3.title, url, {"og:description": A3.lead, "article:published_time": iso(pub), "article:author": WRITER3}) + '<meta name="generator" content="NukeViet v5.0" />'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A3.title, "datePublished": iso(pub), "author": {"@type": "Person", "name": WRITER3}}))
    today = pub + timedelta(days=1, hours=1)
    return page("s43-03", family="ward_party_nukeviet50_vendor_theme_article_count_in_byline_parentheses",
                name="ninhbinh-danguyphuongnamhoalu-nukeviet50-ward-theme-crumb-sinh-hoat-chi-bo-h1-date-span-weekday-dd-mm-yyyy-time-span-hh-mm-tac-gia-author-link-paren-126-bai-viet-italic-hometext-figure-doc-them-box-in-text-p-em-caption",
                url=url, art=A3, main_fn=main, pub=pub, prefix="nhl", kb=186,
                org="Đảng ủy phường Nam Hoa Lư", addr="Số 12 đường Trần Hưng Đạo, phường Nam Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.402",
                crumbs=crumbs, top=banner("/themes/phuong/images/banner-dang-uy-phuong.png", "Trang thông tin điện tử Đảng ủy phường Nam Hoa Lư"), side=side,
                shell_kw={"layout": "nv50_phuong", "head_extra": head, "items": MENU_PARTY, "left": f'<span class="nv-today">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A3, iso(pub), author=WRITER3, category="Sinh hoạt chi bộ"),
                traps={"article_count": [COUNT3, "126 bài viết"], "box": [BOX3[0], BOX3[1], "Đọc thêm"], "chrome": ["Tin cùng chuyên mục", "Lịch tiếp công dân"], "related": lambda rl: rl[:4]},
                notes="TWIST — NukeViet 5.0 under a provincial vendor's theme for ward Party committees (Bootstrap 5). The meta row prints the stamp SPLIT over two spans, each with its own icon: span.nv-date 'Thứ Năm, 10/06/2027' and span.nv-time '16:20' → 2027-06-10T16:20 (set 27's split stamp). Then the internal author (NukeViet's /news/author/<alias>/ page): 'Tác giả: <a>Nguyễn Minh Anh</a> <span class='nv-author-count'>(126 bài viết)</span>' — the theme prints the number of items the writer has published, in parentheses right after the name, where a unit would stand. → author 'Nguyễn Minh Anh', author_unit NULL: '(126 bài viết)' is a count of the writer's articles, neither an organisation nor part of the name. A reader that takes 'Name (…)' as 'Name (unit)' stores author_unit '126 bài viết' without any sign of failure (the same class as set 39's place and set 40's obfuscated e-mail in a byline's parenthesis; set 42's candidate). NEW (set 43). The hometext is ITALIC, not bold → lead. Inside #news-bodyhtml, between the first picture and the sub-heading, a bordered 'Đọc thêm' box shows ANOTHER item (its picture, headline and sapo): a box of another article (set 24/27), not body. Captions: a figure.article.center figcaption and a centred <em>. Category 'Sinh hoạt chi bộ' (crumb's deepest level under 'Xây dựng Đảng'). Not body: tags, tools, 'Tin cùng chuyên mục' cards with days, the sidebar.",
                readme="TWIST — NukeViet 5.0 under a ward Party committee's vendor theme, a cell's thematic meeting: the stamp split over a date span and a time span; the internal author 'Tác giả: Name (126 bài viết)' — the parenthesis is the writer's ARTICLE COUNT, not a unit (author_unit null); italic hometext; a 'Đọc thêm' box of another item inside the text; figure and p > em captions")


# ===================================================================== 4 Hội Cựu chiến binh tỉnh Hưng Yên: DNN 8 + a local vendor's news module; the stamp in the crumb row; two writers each with a unit; a copyright line as the text's last paragraph
A4 = Art("Sôi nổi Hội thi “Cựu chiến binh gương mẫu” cụm các xã phía Nam",
         "Ngày 21/4, Hội Cựu chiến binh tỉnh tổ chức Hội thi “Cựu chiến binh gương mẫu” cụm các xã phía Nam năm 2027, với sự tham gia của 8 đội thi, 64 hội viên là cựu chiến binh tiêu biểu.",
         [("p", "Hội thi gồm ba phần: chào hỏi, kiến thức và tiểu phẩm. Phần thi kiến thức tập trung vào Điều lệ Hội Cựu chiến binh Việt Nam, các chủ trương của Đảng, chính sách, pháp luật của Nhà nước đối với cựu chiến binh và việc xây dựng tổ chức Hội sau sắp xếp đơn vị hành chính."),
          ("img", "/Portals/0/TinTuc/2027/04/doi-thi-xa-tien-lu-chao-hoi.jpg", "Đội thi xã Tiên Lữ trong phần chào hỏi"),
          ("p", "Phần thi tiểu phẩm được các đội đầu tư công phu, phản ánh sinh động những tấm gương cựu chiến binh giúp nhau phát triển kinh tế, tham gia giữ gìn an ninh, trật tự, hòa giải ở cơ sở, vận động Nhân dân hiến đất làm đường."),
          ("p", "Kết quả, Ban Tổ chức trao giải Nhất cho đội thi xã Tiên Lữ; giải Nhì cho đội thi xã Hưng Hà; hai giải Ba cho các đội thi xã Quỳnh Phụ và xã Thái Thụy; bốn giải Khuyến khích cho các đội còn lại."),
          ("img", "/Portals/0/TinTuc/2027/04/trao-giai-nhat-hoi-thi-ccb.jpg", "Trao giải Nhất Hội thi cho đội xã Tiên Lữ"),
          ("p", "Hội thi là dịp để cựu chiến binh các xã giao lưu, học hỏi kinh nghiệm, lan tỏa phong trào thi đua “Cựu chiến binh gương mẫu” trong giai đoạn mới. Đội đạt giải Nhất sẽ tham gia vòng chung kết cấp tỉnh vào tháng 7/2027.")])
BY4 = "Nguyễn Văn Tâm (Hội CCB xã Tiên Lữ) - Đỗ Thị Mai (Văn phòng Hội CCB tỉnh)"
COPY4 = "© Bản quyền thuộc Hội Cựu chiến binh tỉnh Hưng Yên. Ghi rõ nguồn khi phát hành lại thông tin từ website này."


def page04():
    pub = T("2027-04-22 14:00")
    site = "https://cuuchienbinh.hungyen.gov.vn"
    url = f"{site}/tin-tuc/hoat-dong-hoi-co-so/tabid/212/ArticleId/3184/hoi-thi-cuu-chien-binh-guong-mau-cum-cac-xa-phia-nam.aspx"

    def img(s, c, n):
        if n == 1:
            return tcap(s, c, n, cls="vns-anh", desc="vns-chuthich", width=560)
        return f'<figure class="vns-figure"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A4.render(p=jp, img=img, sep="")
        oth = "".join(f'<li><a href="{site}/tin-tuc/hoat-dong-hoi-co-so/tabid/212/ArticleId/{3170 + i}/{slug(t)[:50]}.aspx">{esc(t)}</a> <span class="vns-ngay">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="vns-chitiet"><h1 class="vns-tieude"><span id="dnn_ctr712_ChiTietTin_lblTieuDe">{esc(A4.title)}</span></h1>'
                f'<div class="vns-tomtat"><span id="dnn_ctr712_ChiTietTin_lblTomTat">{esc(A4.lead)}</span></div>'
                f'<div class="vns-noidung" id="dnn_ctr712_ChiTietTin_divNoiDung">{body}<p style="text-align:right"><strong>{esc(BY4)}</strong></p>'
                f'<p style="text-align:center"><em><span style="font-size:11px">{esc(COPY4)}</span></em></p></div>'
                f'<div class="vns-congcu"><a id="dnn_ctr712_ChiTietTin_lnkIn" href="javascript:__doPostBack(\'dnn$ctr712$ChiTietTin$lnkIn\',\'\')">In bài</a> | '
                f'<a href="#">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a> | <span>Lượt xem: 486</span></div>'
                f'<div class="vns-tinkhac"><h3 class="vns-tinkhac-title">Các tin khác</h3><ul>{oth}</ul></div></div>')

    def side(rng, p):
        return (side_of(lambda d: dmy(d), "Tin mới", "vns-moi", docs=True, doc_items=["Điều lệ Hội Cựu chiến binh Việt Nam (sửa đổi)", "Hướng dẫn tổ chức Hội thi “Cựu chiến binh gương mẫu” năm 2027",
                                                                                        "Kế hoạch kỷ niệm 38 năm Ngày truyền thống Hội Cựu chiến binh Việt Nam"])(rng, p)
                + '<div class="vns-box"><h3>Liên kết</h3><ul><li><a href="https://cuuchienbinh.example">Trung ương Hội CCB Việt Nam</a></li><li><a href="https://hungyen.gov.example">Cổng TTĐT tỉnh</a></li></ul></div>')

    crumbs = (f'<span id="dnn_ctr712_ChiTietTin_lblDuongDan" class="vns-duongdan"><a href="{site}/">Trang chủ</a> › <a href="{site}/tin-tuc/tabid/200/default.aspx">Tin tức</a> › '
              f'<a href="{site}/tin-tuc/hoat-dong-hoi-co-so/tabid/212/default.aspx">Hoạt động Hội cơ sở</a></span>'
              f'<span id="dnn_ctr712_ChiTietTin_lblNgayDang" class="vns-ngaydang"><i class="fa fa-calendar"></i> {hm(pub)} - {dmy(pub)}</span>')
    head = (og(A4.title, url, {"og:description": A4.lead}) + '<meta name="generator" content="DotNetNuke" />'
            + '<link href="/Portals/_default/Skins/CCB_HungYen/skin.css?cdv=41" type="text/css" rel="stylesheet"/><link href="/DesktopModules/VNS.TinTuc/module.css?cdv=41" type="text/css" rel="stylesheet"/>')
    today = pub + timedelta(days=4, hours=-5)
    return page("s43-04", family="veterans_association_dnn8_vendor_news_module_stamp_in_crumb_row_two_writers_two_units",
                name="hungyen-hoiccb-dnn8-vendor-skin-vns-tintuc-module-container-title-tin-tuc-crumb-row-with-hh-mm-dash-dd-mm-yyyy-currentdate-clock-h1-plain-tomtat-lead-table-and-figure-captions-two-names-each-paren-commune-unit-copyright-last-paragraph",
                url=url, art=A4, main_fn=main, pub=pub, prefix="ccbhy", kb=232,
                org="Hội Cựu chiến binh tỉnh Hưng Yên", addr="Số 8 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.517",
                crumbs=crumbs, top=banner("/Portals/0/Images/banner-ccb.png", "Hội Cựu chiến binh tỉnh Hưng Yên"), side=side,
                shell_kw={"layout": "dnn8_vnews", "head_extra": head, "items": MENU_VET, "form": True, "dnn": True, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A4, iso(pub), author="Nguyễn Văn Tâm, Đỗ Thị Mai", unit="Hội CCB xã Tiên Lữ, Văn phòng Hội CCB tỉnh", category="Hoạt động Hội cơ sở"),
                traps={"byline": [BY4], "copyright": [COPY4], "meta": ["Lượt xem: 486"], "clock": [f"{wd(today)}, {dmy(today)}"],
                       "chrome": ["Các tin khác", "In bài", "Quay lại"], "related": lambda rl: rl[:6]},
                notes="DNN 8 with a vendor skin and a local vendor's news module (DesktopModules/VNS.TinTuc, ChiTietTin.ascx) in the ContentPane under a container titled 'Tin tức' (generic: not the category). The skin's CURRENTDATE object prints the crawl day at the top ('Thứ Hai, 26/04/2027': a clock, set 29). The module opens with ITS OWN row: the crumb 'Trang chủ › Tin tức › Hoạt động Hội cơ sở' and, right of it, lblNgayDang '14:00 - 22/04/2027' (time first) — the stamp in the crumb row (set 33) → 2027-04-22T14:00. lblTomTat is printed in normal weight (no bold) → lead. Captions: a table caption row and a figcaption. The signature (bold, right) names TWO writers EACH WITH A UNIT: 'Nguyễn Văn Tâm (Hội CCB xã Tiên Lữ) - Đỗ Thị Mai (Văn phòng Hội CCB tỉnh)' → author 'Nguyễn Văn Tâm, Đỗ Thị Mai', author_unit 'Hội CCB xã Tiên Lữ, Văn phòng Hội CCB tỉnh' (set 36; the first unit a commune's veterans' association after the 2025 reform). The LAST PARAGRAPH of the text container is a centred italic copyright line '© Bản quyền thuộc …' — a copyright line (set 24), not body. Category 'Hoạt động Hội cơ sở' (the crumb's deepest level). Not body: the tools and view count, 'Các tin khác' with days, the sidebar.",
                readme="DNN 8 + a local vendor's news module, a veterans' contest: the module's own row prints the crumb and the stamp 'HH:MM - dd/mm/yyyy' (a skin clock at the top); a plain lblTomTat lead; table and figure captions; 'A (unit) - B (unit)' two writers each with a unit (a commune's association); a copyright line as the text's last paragraph")


# ===================================================================== 5 Tỉnh ủy Khánh Hòa: SharePoint Server 2019 + FPT IS's news web part; date and time in separate spans; an unheaded related <ul> inside the text; a bare 'PV' signature
A5 = Art("Thường trực Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Cam Lâm",
         "Sáng 18/5, đồng chí Bí thư Tỉnh ủy chủ trì buổi làm việc của Thường trực Tỉnh ủy với Ban Thường vụ Đảng ủy xã Cam Lâm về tình hình thực hiện nhiệm vụ chính trị 5 tháng đầu năm 2027.",
         [("p", "Báo cáo tại buổi làm việc cho biết, 5 tháng đầu năm, tổng thu ngân sách trên địa bàn xã đạt 68% dự toán; xã đã giải ngân 54% kế hoạch vốn đầu tư công, cao hơn mức bình quân của tỉnh. Công tác cải cách hành chính có chuyển biến, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%."),
          ("p", "Công tác xây dựng Đảng được chú trọng; Đảng bộ xã kết nạp 14 đảng viên mới, kiện toàn 6 chi bộ sau sắp xếp thôn, tổ dân phố. Tuy nhiên, tiến độ giải phóng mặt bằng một số dự án còn chậm; việc chuyển đổi cơ cấu cây trồng ở vùng đồi chưa đạt kế hoạch."),
          ("img", "/SiteAssets/TinTuc/2027/05/bi-thu-tinh-uy-ket-luan-cam-lam.jpg", "Đồng chí Bí thư Tỉnh ủy phát biểu kết luận buổi làm việc"),
          ("p", "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy ghi nhận những kết quả Đảng bộ xã Cam Lâm đạt được; yêu cầu xã tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng, đẩy nhanh giải ngân vốn đầu tư công, chăm lo đời sống người dân vùng thực hiện dự án."),
          ("p", "Đồng chí cũng đề nghị Đảng ủy xã tiếp tục nâng cao chất lượng sinh hoạt chi bộ, chuẩn bị tốt các điều kiện cho sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã.")])
REL5 = [("Thường trực Tỉnh ủy làm việc với Đảng ủy phường Bắc Nha Trang", T("2027-05-12 16:10")),
        ("Bí thư Tỉnh ủy tiếp xúc cử tri xã Cam Lâm", T("2027-04-20 09:30"))]


def page05():
    pub = T("2027-05-19 10:40")
    site = "https://khanhhoa.dcs.vn"
    url = f"{site}/Pages/ChiTietTin.aspx?ItemID=8841&CatID=12"

    def img(s, c, n):
        return (f'<p style="text-align:center"><img alt="{esc(c, True)}" src="{s}" style="margin:5px;width:640px" /></p>'
                f'<p class="ms-rteElement-Caption" style="text-align:center">{esc(c)}</p>')

    def main(rng, rl, rd):
        body = A5.render(p=lambda t: f'<p class="ms-rteElement-P" style="text-align:justify">{esc(t)}</p>', img=img, sep="")
        rel = "<ul>" + "".join(f'<li><a href="/Pages/ChiTietTin.aspx?ItemID={8800 + i * 9}&amp;CatID=12">{esc(t)}</a> ({dmy(d)})</li>' for i, (t, d) in enumerate(REL5)) + "</ul>"
        oth = "".join(f'<li><a href="/Pages/ChiTietTin.aspx?ItemID={8830 - i}&amp;CatID=12">{esc(t)}</a> <span class="fis-time-update">(Ngày {dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        g = "ctl00_ctl40_g_3f9a2c1e_7b4d_4e61_9a0c_5d2b8e7f1a43_ctl00"
        return (f'<div class="fis-title"><h1 id="{g}_lblTitle">{esc(A5.title)}</h1></div>'
                f'<div class="fis-info"><span class="fis-ngay"><img src="/_layouts/15/FIS.Portal/images/icon_date.png" alt="" /> <span id="{g}_lblNgay">{dmy(pub)}</span></span> '
                f'<span class="fis-gio"><img src="/_layouts/15/FIS.Portal/images/icon_clock.png" alt="" /> <span id="{g}_lblGio">{hm(pub)}</span></span> '
                f'<span class="fis-luotxem">Lượt xem: 842</span></div>'
                f'<div class="fis-sapo"><span id="{g}_lblSapo">{esc(A5.lead)}</span></div>'
                f'<div class="fis-content ms-rtestate-field" id="{g}_divNoiDung">{body}<p class="ms-rteElement-P" style="text-align:right"><strong>PV</strong></p>{rel}</div>'
                f'<div class="fis-tools"><a href="javascript:window.print()">In bài</a> <a href="#">Gửi email</a> <a href="#">Chia sẻ</a></div>'
                f'<div class="fis-other"><div class="fis-other-title">Các tin khác</div><ul>{oth}</ul></div>')

    def side(rng, p):
        items = "".join(f'<li><a href="/Pages/DanhMuc.aspx?CatID={10 + i}">{esc(x)}</a></li>' for i, x in enumerate(["Hoạt động của Tỉnh ủy", "Thường trực Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Các ban Đảng", "Tin cơ sở"]))
        return (f'<div class="fis-quicklaunch"><h3>Chuyên mục</h3><ul>{items}</ul></div>'
                + side_of(lambda d: f"{dmy(d)}", "Tin xem nhiều", "fis-most", docs=False)(rng, p))

    crumbs = ('<span><a href="/Pages/default.aspx">Trang chủ</a></span><span> &gt; </span><span><a href="/Pages/TinTuc.aspx">Tin tức</a></span><span> &gt; </span>'
              '<span><a href="/Pages/DanhMuc.aspx?CatID=10">Hoạt động của Tỉnh ủy</a></span><span> &gt; </span><span><a href="/Pages/DanhMuc.aspx?CatID=12">Thường trực Tỉnh ủy</a></span>')
    head = '<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />' + og(A5.title, url, {"og:description": A5.lead})
    today = pub + timedelta(days=1, hours=-2)
    return page("s43-05", family="provincial_party_sharepoint2019_fpt_news_web_part_bare_pv_signature",
                name="khanhhoa-tinhuy-sharepoint2019-seattle-derived-master-fpt-is-news-detail-web-part-sitemappath-ending-thuong-truc-tinh-uy-h1-lblngay-dd-mm-yyyy-lblgio-hh-mm-separate-spans-plain-sapo-rte-caption-bold-right-pv-unheaded-related-ul-in-richhtml",
                url=url, art=A5, main_fn=main, pub=pub, prefix="khtu", kb=256,
                org="Tỉnh ủy Khánh Hòa", addr="Số 2 đường Trần Phú, phường Nha Trang, tỉnh Khánh Hòa", phone="0258.3822.614",
                crumbs=crumbs, top=banner("/SiteAssets/Images/banner-tinh-uy.png", "Cổng thông tin điện tử Đảng bộ tỉnh Khánh Hòa"), side=side,
                shell_kw={"layout": "sp2019_fis", "head_extra": head, "items": MENU_PARTY, "form": True, "left": f"{wd(today)}, ngày {dmy(today)}", "action": "./ChiTietTin.aspx?ItemID=8841&CatID=12"},
                exp=expected_(A5, iso(pub), author="PV", category="Thường trực Tỉnh ủy"),
                traps={"related_in_text": [t for t, _ in REL5], "chrome": ["Các tin khác", "Lượt xem: 842", "Chuyên mục", "Tin xem nhiều"], "related": lambda rl: rl[:6]},
                notes="SharePoint Server 2019 publishing in a seattle.master-derived vendor master, FPT IS's e-portal news web part (FIS.Portal.NewsDetail) on /Pages/ChiTietTin.aspx?ItemID= (the '.dcs.vn' address of a Tỉnh ủy portal run by another vendor). The info line prints the DATE and the TIME in SEPARATE spans with their own icons: lblNgay '19/05/2027', lblGio '10:40' (then 'Lượt xem: 842') → published 2027-05-19T10:40 (one stamp, set 27). The sapo span is plain (the vendor's CSS sets normal weight) → lead. One SharePoint RTE caption (p.ms-rteElement-Caption). The text is signed with a bare 'PV' (bold, right) → author 'PV': the portal's staff-reporter credit kept as printed (a collective / role credit, as 'Nhóm PV' and 'BBT' in sets 26 and 29). QUESTIONABLE: 'PV' (phóng viên) names no person; set 29 kept 'Nhóm PV', and an archive that drops it loses the only credit the item has. After the signature the editor pasted a <ul> of two links to earlier items with their days, no heading — a related list (set 24), not body (a <ul> of the text is body only when its items are the article's words). Category 'Thường trực Tỉnh ủy' (the SiteMapPath ends in a sub-section of 'Hoạt động của Tỉnh ủy'; the left quick launch 'Chuyên mục' lists it too). Not body: tools, 'Các tin khác' with '(Ngày dd/mm/yyyy)', the header's today line.",
                readme="SharePoint 2019 + FPT IS's news web part on a Tỉnh ủy portal, a Standing Committee's working session: the date and the time in separate spans; a plain sapo; an RTE caption; a bare 'PV' signature (author 'PV', QUESTIONABLE); an unheaded <ul> of related links after it inside the RichHtml field; the SiteMapPath ends in a sub-section")


# ===================================================================== 6 Ban Tổ chức Tỉnh ủy Lâm Đồng: Liferay CE 7.4 + VNPT's news portlet; the update stamp EARLIER than the publication; 'A, B - unit'; a caption ending with a photo credit
A6 = Art("Giao ban công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2027",
         "Ngày 23/6, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban trực tuyến công tác tổ chức xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2027 với 124 điểm cầu các đảng bộ xã, phường, đặc khu.",
         [("p", "6 tháng đầu năm, cấp ủy các cấp tập trung rà soát, kiện toàn tổ chức bộ máy sau hai năm thực hiện mô hình chính quyền địa phương hai cấp; sắp xếp, bố trí cán bộ bảo đảm đúng quy định. Toàn Đảng bộ tỉnh kết nạp 1.486 đảng viên mới, đạt 51,2% chỉ tiêu năm."),
          ("img", "/documents/20142/0/giao-ban-cong-tac-to-chuc-6-thang.jpg", "Quang cảnh hội nghị giao ban tại điểm cầu Ban Tổ chức Tỉnh ủy. Ảnh: Thanh Bình"),
          ("p", "Công tác đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên được đổi mới theo hướng lượng hóa tiêu chí; việc quản lý đảng viên đi làm ăn xa được thực hiện chặt chẽ hơn qua ứng dụng Sổ tay đảng viên."),
          ("table", [["Nội dung", "6 tháng đầu năm 2026", "6 tháng đầu năm 2027"], ["Đảng viên mới được kết nạp", "1.302", "1.486"],
                     ["Chi bộ được kiện toàn", "214", "187"], ["Đảng viên được miễn sinh hoạt", "96", "88"]]),
          ("p", "Hội nghị đã nghe ý kiến của các đảng bộ xã Đức Trọng, phường Xuân Hương và đặc khu Phú Quý về kinh nghiệm tạo nguồn phát triển đảng viên trong thanh niên và người lao động tại doanh nghiệp."),
          ("img", "/documents/20142/0/dai-bieu-tham-luan-giao-ban.jpg", "Đại biểu các đảng bộ xã, phường tham luận tại hội nghị"),
          ("p", "Phát biểu kết luận, đồng chí Trưởng Ban Tổ chức Tỉnh ủy đề nghị các cấp ủy tập trung chuẩn bị sơ kết giữa nhiệm kỳ, rà soát quy hoạch cán bộ, tiếp tục nâng cao chất lượng sinh hoạt chi bộ và công tác phát triển đảng viên trong 6 tháng cuối năm.")])
BY6 = "Minh Khang, Hồng Vân - Phòng Tổ chức đảng, đảng viên"


def page06():
    pub, upd = T("2027-06-24 08:00"), T("2027-06-23 17:45")
    site = "https://bantochuc.lamdong.dcs.vn"
    url = f"{site}/web/guest/tin-tuc/-/news/giao-ban-cong-tac-to-chuc-xay-dung-dang-6-thang-dau-nam-2027"

    def img(s, c, n):
        if n == 1:
            return f'<figure class="vnpt-figure"><img src="{s}" alt="" class="img-fluid" /><figcaption>{esc(c)}</figcaption></figure>'
        return tcap(s, c, n, cls="vnpt-anh", desc="vnpt-chuthich", width=620)

    def main(rng, rl, rd):
        body = A6.render(p=jp, img=img, table=dtable, sep="")
        same = "".join(f'<li><a href="{site}/web/guest/tin-tuc/-/news/{slug(t)[:70]}">{esc(t)}</a> <span class="vnpt-date">{dmy(d)} {hm(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="vnpt-news-detail"><h1 class="vnpt-title">{esc(A6.title)}</h1>'
                f'<div class="vnpt-meta"><span class="vnpt-publish">Ngày đăng: {dmy(pub)} {hm(pub)}</span><span class="vnpt-sep"> | </span>'
                f'<span class="vnpt-modified">Cập nhật: {dmy(upd)} {hm(upd)}</span><span class="vnpt-sep"> | </span><span class="vnpt-views">Lượt xem: 1.018</span></div>'
                f'<div class="vnpt-sapo">{esc(A6.lead)}</div><div class="vnpt-content journal-content-article">{body}</div>'
                f'<div class="vnpt-author"><p style="text-align:right"><strong>{esc(BY6)}</strong></p></div>'
                f'<div class="vnpt-tools"><a href="#" class="vnpt-print">In trang</a> <a href="#" class="vnpt-mail">Gửi email</a> <button type="button" class="vnpt-speak">Nghe đọc</button></div>'
                f'<div class="vnpt-samecat"><h3 class="vnpt-samecat-title">Tin cùng chuyên mục</h3><ul>{same}</ul></div></div>')

    def side(rng, p):
        return (side_of(lambda d: f"{dmy(d)} {hm(d)}", "Tin nổi bật", "vnpt-hot", docs=True,
                        doc_items=["Hướng dẫn số 08-HD/BTCTU về đánh giá, xếp loại chất lượng năm 2027", "Kế hoạch số 21-KH/BTCTU sơ kết giữa nhiệm kỳ", "Quy định về quản lý đảng viên đi làm ăn xa"])(rng, p))

    crumbs = ('<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/guest/trang-chu"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/guest/tin-tuc"><span class="breadcrumb-text-truncate">Tin tức - Sự kiện</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/guest/xay-dung-to-chuc-dang"><span class="breadcrumb-text-truncate">Xây dựng tổ chức đảng</span></a></li></ol></nav>')
    head = og(A6.title, url, {"og:description": A6.lead}) + '<meta content="text/html; charset=UTF-8" http-equiv="content-type" /><link href="/o/vnpt-eportal-theme/css/main.css?t=1718" rel="stylesheet" type="text/css" />'
    today = pub + timedelta(hours=3)
    return page("s43-06", family="organisation_board_liferay74_vnpt_news_portlet_update_before_publication",
                name="lamdong-bantochuc-liferay-ce74-vnpt-news-detail-portlet-title-chi-tiet-tin-tuc-crumb-xay-dung-to-chuc-dang-ngay-dang-dd-mm-yyyy-hh-mm-cap-nhat-day-before-plain-sapo-figcaption-ending-anh-name-table-two-names-comma-dash-unit",
                url=url, art=A6, main_fn=main, pub=pub, prefix="btcld", kb=244,
                org="Ban Tổ chức Tỉnh ủy Lâm Đồng", addr="Số 4 đường Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", phone="0263.3822.175",
                crumbs=crumbs, top=banner("/o/vnpt-eportal-theme/images/banner-btc.png", "Ban Tổ chức Tỉnh ủy Lâm Đồng"), side=side,
                shell_kw={"layout": "lr74vnpt", "head_extra": head, "items": MENU_PARTY, "left": f'<span class="vnpt-today">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A6, iso(pub), iso(upd), author="Minh Khang, Hồng Vân", unit="Phòng Tổ chức đảng, đảng viên", category="Xây dựng tổ chức đảng"),
                traps={"byline": [BY6], "portlet": ["Chi tiết tin tức"], "photo_credit_in_caption": ["Thanh Bình"], "chrome": ["Tin cùng chuyên mục", "Lượt xem: 1.018", "Nghe đọc", "Tin nổi bật"], "related": lambda rl: rl[:6]},
                update_before_pub=True,
                notes="Liferay Portal CE 7.4 GA with VNPT's e-portal theme and its news detail portlet ported to 7.x (vnpt_news_detail_web_portlet_NewsDetailPortlet) under a portlet decorator titled 'Chi tiết tin tức' (generic, not the category). The meta line prints 'Ngày đăng: 24/06/2027 08:00 | Cập nhật: 23/06/2027 17:45 | Lượt xem: 1.018' — the update stamp is EARLIER than the publication (the item was saved the evening before and scheduled for the morning; the portlet prints the record's modified date as 'Cập nhật'): both recorded as printed (set 24) → published 2027-06-24T08:00, updated 2027-06-23T17:45. The sapo div is plain → lead. Captions: a figcaption ENDING with a credit, '… tại điểm cầu Ban Tổ chức Tỉnh ủy. Ảnh: Thanh Bình' — kept whole, and no photographer (set 25, MAJORITY: a credit inside a caption sets none), then a table caption row. A data table (one paragraph per row). The signature 'Minh Khang, Hồng Vân - Phòng Tổ chức đảng, đảng viên' — two writers joined by a comma, then ' - ' and their unit, whose own name holds a comma → author 'Minh Khang, Hồng Vân', author_unit 'Phòng Tổ chức đảng, đảng viên' (sets 27 and 28). Category 'Xây dựng tổ chức đảng' (the crumb's deepest level under 'Tin tức - Sự kiện'). Not body: tools ('Nghe đọc'), 'Tin cùng chuyên mục' with 'dd/mm/yyyy HH:MM', the sidebar.",
                readme="Liferay CE 7.4 + VNPT's news portlet, a Party organisation board's mid-year meeting: 'Ngày đăng: dd/mm/yyyy HH:MM | Cập nhật: <the day before> HH:MM' — the update printed EARLIER than the publication (both kept); a plain sapo; a figcaption ending 'Ảnh: Name' (no photographer) and a table caption row; a data table; 'A, B - unit with a comma'")


# ===================================================================== 7 Hội LHPN tỉnh Quảng Trị: Liferay 6.2 CE + CMC's news portlet; a poll portlet under the item in the same column; 'Bài, ảnh: Name (commune union)'
A7 = Art("Hội LHPN tỉnh trao 300 suất quà Tết Thiếu nhi cho trẻ em xã biên giới",
         "Nhân dịp Ngày Quốc tế Thiếu nhi 1/6, Hội LHPN tỉnh phối hợp với Bộ đội Biên phòng tỉnh tổ chức chương trình “Vui Tết Thiếu nhi nơi biên giới” tại xã Lao Bảo, trao 300 suất quà cho trẻ em có hoàn cảnh khó khăn.",
         [("p", "Mỗi suất quà gồm sách vở, đồ dùng học tập, áo ấm và 300.000 đồng tiền mặt, tổng trị giá hơn 150 triệu đồng. Ngoài ra, chương trình trao 10 chiếc xe đạp cho học sinh nghèo vượt khó và 5 suất học bổng “Mẹ đỡ đầu”, mỗi suất 6 triệu đồng/năm."),
          ("img", "/documents/10181/0/trao-qua-tet-thieu-nhi-lao-bao.jpg", "Lãnh đạo Hội LHPN tỉnh trao quà cho trẻ em xã Lao Bảo"),
          ("p", "Tại chương trình, các em thiếu nhi được tham gia các trò chơi dân gian, xem biểu diễn văn nghệ do đoàn viên, thanh niên Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo dàn dựng."),
          ("img", "/documents/10181/0/me-do-dau-lao-bao.jpg", "Hội viên phụ nữ xã Lao Bảo nhận đỡ đầu học sinh có hoàn cảnh đặc biệt khó khăn"),
          ("p", "Từ đầu năm đến nay, các cấp Hội trong tỉnh đã vận động nhận đỡ đầu 412 trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt khó khăn, vượt 37% chỉ tiêu năm.")])
BY7, WRITER7, UNIT7 = "Bài, ảnh: Hồ Thị Thanh Tâm (Hội LHPN xã Lao Bảo)", "Hồ Thị Thanh Tâm", "Hội LHPN xã Lao Bảo"
POLLQ7 = "Chị em biết đến chương trình “Mẹ đỡ đầu” qua kênh nào?"


def page07():
    pub = T("2027-06-01 15:30")
    site = "https://phunu.quangtri.gov.vn"
    url = f"{site}/web/guest/an-sinh-xa-hoi/-/cmcnews/chi-tiet/hoi-lhpn-tinh-trao-300-suat-qua-tet-thieu-nhi-cho-tre-em-xa-bien-gioi-5120"

    def img(s, c, n):
        return pem(s, c, n) if n == 1 else f'<figure class="cmc-figure"><img src="{s}" alt="" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A7.render(p=jp, img=img, sep="")
        oth = "".join(f'<li><a href="{site}/web/guest/an-sinh-xa-hoi/-/cmcnews/chi-tiet/{slug(t)[:60]}-{5100 + i}">{esc(t)}</a> <i>({dmy(d)})</i></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        opts = "".join(f'<li><label><input type="radio" name="_cmcpoll_WAR_cmcportalportlet_choice" value="{i}" /> {esc(a)}</label></li>' for i, a in enumerate(["Qua chi hội phụ nữ ở thôn", "Qua trang thông tin của Hội", "Qua mạng xã hội", "Qua người thân, bạn bè"]))
        return (f'<div class="portlet-boundary portlet-boundary_cmcnewsdetail_WAR_cmcportalportlet_ portlet-static portlet-static-end portlet-borderless" id="p_p_id_cmcnewsdetail_WAR_cmcportalportlet_INSTANCE_k7Q2_">'
                f'<span id="p_cmcnewsdetail_WAR_cmcportalportlet_INSTANCE_k7Q2"></span><div class="portlet-borderless-container"><div class="portlet-body">'
                f'<div class="cmc-news-detail"><h1 class="cmc-title">{esc(A7.title)}</h1><div class="cmc-date">{wd(pub)}, {dmy(pub)} - {hm(pub)}</div>'
                f'<div class="cmc-sapo"><strong>{esc(A7.lead)}</strong></div><div class="cmc-content">{body}</div>'
                f'<div class="cmc-author" style="text-align:right"><strong>{esc(BY7)}</strong></div>'
                f'<div class="cmc-share"><a href="#">Chia sẻ</a> <a href="#">In</a></div></div></div></div></div>'
                f'<div class="portlet-boundary portlet-boundary_cmcpoll_WAR_cmcportalportlet_ portlet-static" id="p_p_id_cmcpoll_WAR_cmcportalportlet_INSTANCE_p3Zk_">'
                f'<div class="portlet-borderless-container"><div class="portlet-body"><div class="cmc-poll"><h2 class="cmc-poll-title">Thăm dò ý kiến</h2><p class="cmc-poll-question">{esc(POLLQ7)}</p>'
                f'<ul class="cmc-poll-options">{opts}</ul><button type="button">Bình chọn</button> <a href="#">Xem kết quả</a></div></div></div></div>'
                f'<div class="portlet-boundary portlet-boundary_cmcnewsrelated_WAR_cmcportalportlet_ portlet-static" id="p_p_id_cmcnewsrelated_WAR_cmcportalportlet_INSTANCE_r9Tm_">'
                f'<div class="portlet-borderless-container"><div class="portlet-body"><div class="cmc-related"><h2 class="cmc-related-title">Tin khác</h2><ul>{oth}</ul></div></div></div></div>')

    def side(rng, p):
        return (side_of(lambda d: dmy(d), "Tin mới nhất", "cmc-latest", docs=True, doc_items=["Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2027", "Hướng dẫn thực hiện chương trình “Mẹ đỡ đầu”", "Điều lệ Hội LHPN Việt Nam"])(rng, p)
                + '<div class="cmc-hotline"><h3>Tổng đài 111</h3><p>Tổng đài điện thoại quốc gia bảo vệ trẻ em (miễn phí)</p></div>')

    crumbs = ('<ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/guest/trang-chu">Trang chủ</a><span class="divider">/</span></li>'
              '<li><a href="/web/guest/hoat-dong-hoi">Hoạt động Hội</a><span class="divider">/</span></li><li class="active last"><a href="/web/guest/an-sinh-xa-hoi">An sinh xã hội</a></li></ul>')
    head = og(A7.title, url, {"og:description": A7.lead}) + '<link href="/cmc-theme/css/main.css?browserId=other&amp;themeId=cmctheme_WAR_cmctheme&amp;minifierType=css" rel="stylesheet" type="text/css" />'
    today = pub + timedelta(hours=2)
    return page("s43-07", family="womens_union_liferay62ce_cmc_news_portlet_poll_portlet_under_item",
                name="quangtri-hoilhpn-liferay62ce-vendor-theme-cmcnewsdetail-portlet-crumb-ending-an-sinh-xa-hoi-h1-weekday-dd-mm-yyyy-dash-hh-mm-bold-sapo-p-em-and-figcaption-bai-anh-name-paren-commune-union-poll-portlet-in-column-1-tin-khac",
                url=url, art=A7, main_fn=main, pub=pub, prefix="lhpnqt", kb=196,
                org="Hội Liên hiệp Phụ nữ tỉnh Quảng Trị", addr="Số 39 đường Trần Hưng Đạo, phường Đông Hà, tỉnh Quảng Trị", phone="0233.3852.336",
                crumbs=crumbs, top=banner("/cmc-theme/images/banner-lhpn.png", "Hội Liên hiệp Phụ nữ tỉnh Quảng Trị"), side=side,
                shell_kw={"layout": "lr62cmc", "head_extra": head, "items": MENU_MASS, "left": f'<span class="cmc62-today">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A7, iso(pub), author=WRITER7, unit=UNIT7, photographer=WRITER7, category="An sinh xã hội"),
                traps={"byline": [BY7], "poll": ["Thăm dò ý kiến", POLLQ7, "Qua chi hội phụ nữ ở thôn", "Bình chọn"], "chrome": ["Tin khác", "Tổng đài 111", "Tin mới nhất"], "related": lambda rl: rl[:6]},
                notes="Liferay Portal 6.2 CE with a vendor theme and CMC's news portlet (cmcnewsdetail_WAR_cmcportalportlet) in column-1; under it, IN THE SAME COLUMN, a poll portlet ('Thăm dò ý kiến': a question about the programme the item reports and four answers) and a 'Tin khác' portlet. The poll's question reads like a sentence of the item: it is a poll (set 24), neither body nor lead. The stamp 'Thứ Ba, 01/06/2027 - 15:30' → 2027-06-01T15:30. Bold sapo → lead. Captions: a centred <em> and a figcaption. 'Bài, ảnh: Hồ Thị Thanh Tâm (Hội LHPN xã Lao Bảo)' → author and photographer 'Hồ Thị Thanh Tâm', author_unit 'Hội LHPN xã Lao Bảo' (a commune's women's union after the 2025 reform; 'Tin, ảnh: Name (unit)' is the writer's unit, set 42). Category 'An sinh xã hội' (the crumb's deepest level under 'Hoạt động Hội'). Not body: the share links, the poll, 'Tin khác' with days, the child-protection hotline box.",
                readme="Liferay 6.2 CE + CMC's news portlet, a women's union's Children's Day gifts: 'Thứ Ba, dd/mm/yyyy - HH:MM'; bold sapo; p > em and figcaption captions; 'Bài, ảnh: Name (Hội LHPN xã …)'; a POLL portlet about the item's programme right under the text in the same column; the crumb ends in a sub-section")


# ===================================================================== 8 Tỉnh ủy Hưng Yên: the '.dcs.vn' platform's INFOGRAPHIC detail; 'dd/mm/yyyy HH:MM | views'; a form kicker; 'Thực hiện: A' + 'Đồ họa: B'
A8 = Art("Hai năm vận hành chính quyền địa phương hai cấp: những con số ấn tượng",
         "Sau hai năm vận hành mô hình chính quyền địa phương hai cấp (1/7/2025 - 30/6/2027), bộ máy hành chính của tỉnh tinh gọn hơn, phục vụ người dân, doanh nghiệp thuận lợi hơn.",
         [("p", "Một số kết quả chính:"),
          ("ul", ["104 xã, phường được thành lập sau sắp xếp, giảm 58% so với trước ngày 1/7/2025;",
                  "99,4% hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn;",
                  "86% hồ sơ được tiếp nhận trực tuyến toàn trình;",
                  "Mức độ hài lòng của người dân, doanh nghiệp đạt 92,6%."]),
          ("p", "Số liệu tính đến ngày 20/6/2027.")])
INFO8 = ("/Uploads/infographic/2027/06/hai-nam-chinh-quyen-hai-cap.png", "Kết quả sau hai năm vận hành chính quyền địa phương hai cấp")


def page08():
    pub = T("2027-06-28 07:00")
    site = "https://hungyen.dcs.vn"
    url = f"{site}/infographic/5861/hai-nam-van-hanh-chinh-quyen-dia-phuong-hai-cap-nhung-con-so-an-tuong.html"

    def main(rng, rl, rd):
        body = A8.render(p=jp, sep="")
        strip = "".join(f'<div class="col-md-3"><a href="{site}/infographic/{5850 - i}/{slug(t)[:50]}.html"><img src="/Uploads/infographic/2027/{hexid(rng, 8)}.png" alt="" /></a>'
                        f'<a class="info-title" href="{site}/infographic/{5850 - i}/{slug(t)[:50]}.html">{esc(t)}</a><div class="info-date">{dmy(d)}</div></div>'
                        for i, (t, d) in enumerate(zip(["Infographic: Kết quả kết nạp đảng viên 6 tháng đầu năm 2027", "Infographic: Chỉ số cải cách hành chính cấp xã năm 2026",
                                                         "Infographic: Chuyển đổi số trong các cơ quan Đảng", "Infographic: Kinh tế tỉnh 5 tháng đầu năm 2027"], rd)))
        return (f'<div class="dcs-detail-head"><span class="dcs-kicker">INFOGRAPHIC</span><h1 class="dcs-title">{esc(A8.title)}</h1>'
                f'<div class="dcs-meta"><span class="dcs-date">{dmy(pub)} {hm(pub)}</span> | <span class="dcs-views">2.315</span></div></div>'
                f'<div class="dcs-sapo">{esc(A8.lead)}</div>'
                f'<figure class="dcs-infographic"><img src="{INFO8[0]}" alt="{esc(A8.title, True)}" width="1000" /><figcaption>{esc(INFO8[1])}</figcaption></figure>'
                f'<div class="dcs-content">{body.replace("<ul>", "<ul class=dcs-list>")}</div>'
                f'<div class="dcs-credit"><p><strong>Thực hiện:</strong> Thu Hương</p><p><strong>Đồ họa:</strong> Minh Đức</p><p><em>Nguồn số liệu: Sở Nội vụ tỉnh</em></p></div>'
                f'<div class="dcs-share"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In</a></div>'
                f'<section class="dcs-multimedia"><h3 class="dcs-section-title">Infographic khác</h3><div class="row">{strip}</div></section>')

    def side(rng, p):
        return side_of(lambda d: f"{dmy(d)} | {rng.randint(200, 3000)}", "Tin mới", "dcs-new", docs=True)(rng, p)

    crumbs = (f'<ul class="dcs-breadcrumb"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/xay-dung-chinh-quyen-c20.html">Xây dựng chính quyền</a></li>'
              f'<li><a href="{site}/chinh-quyen-dia-phuong-hai-cap-c28.html">Chính quyền địa phương hai cấp</a></li></ul>')
    head = og(A8.title, url, {"og:description": A8.lead, "og:image": site + INFO8[0]})
    today = pub + timedelta(hours=5)
    return page("s43-08", family="provincial_party_dcs_infographic_detail_form_kicker_graphics_credit",
                name="hungyen-tinhuy-dcs-vn-infographic-detail-kicker-infographic-h1-dd-mm-yyyy-hh-mm-pipe-views-plain-sapo-full-width-graphic-figcaption-text-version-ul-thuc-hien-name-do-hoa-name-nguon-so-lieu-crumb-ending-chinh-quyen-dia-phuong-hai-cap",
                url=url, art=A8, main_fn=main, pub=pub, prefix="hydcs", kb=168,
                org="Tỉnh ủy Hưng Yên", addr="Số 6 đường Hải Thượng Lãn Ông, phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.322",
                crumbs=crumbs, top=banner("/Content/images/banner-hungyen-dcs.png", "Đảng bộ tỉnh Hưng Yên"), side=side,
                shell_kw={"layout": "dcs_info", "head_extra": head, "items": MENU_PARTY, "left": f'<span class="dcs-today">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A8, iso(pub), author="Thu Hương", category="Chính quyền địa phương hai cấp", captions=[INFO8[1]]),
                traps={"kicker": ["INFOGRAPHIC"], "credits": ["Đồ họa:", "Minh Đức", "Nguồn số liệu: Sở Nội vụ tỉnh"], "chrome": ["Infographic khác", "Infographic: Kết quả kết nạp đảng viên 6 tháng đầu năm 2027"]},
                notes="The '.dcs.vn' platform's INFOGRAPHIC detail (/infographic/<id>/<slug>.html; sets 30–42 used its sub-site, topic, 2025, photo, video, SharePoint, document, Q&A, mobile, e-magazine and AMP templates). A kicker 'INFOGRAPHIC' over the h1 names the FORM (set 27) → not the category. The meta 'dd/mm/yyyy HH:MM | 2.315' (the platform's 'date | views', the number unlabelled) → 2027-06-28T07:00. The sapo is plain → lead. The graphic is one full-width picture with a figcaption (the only caption). Under it the template prints the graphic's text version: 'Một số kết quả chính:', a <ul> of four items (one paragraph each, set 14) and 'Số liệu tính đến ngày 20/6/2027.' — body (the day in it is the data's, not a stamp). The credit box: 'Thực hiện: Thu Hương' → author (set 27); 'Đồ họa: Minh Đức' (the designer, set 26) is neither author nor photographer; 'Nguồn số liệu: Sở Nội vụ tỉnh' is a source of figures (set 13), not a unit → author_unit null, photographer null. Category 'Chính quyền địa phương hai cấp' (the crumb's deepest level under 'Xây dựng chính quyền'). Not body: the share bar, 'Infographic khác' with days, the sidebar's 'date | views' rows.",
                readme="The '.dcs.vn' platform's INFOGRAPHIC detail, two years of two-level local government: a form kicker 'INFOGRAPHIC' (not the category); 'dd/mm/yyyy HH:MM | views'; plain sapo; one graphic with its figcaption and the text version under it (a <ul>); 'Thực hiện: A' + 'Đồ họa: B' + 'Nguồn số liệu:' (author A only)")


# ===================================================================== 9 Hội Nông dân tỉnh Đồng Tháp: WordPress + CoverNews (child theme); TWIST an update printed as a TIME WITHOUT A DAY beside a date-only publication
A9 = Art("Tập huấn kỹ năng bán hàng trực tuyến cho hội viên nông dân",
         None,
         [("p", "Ngày 16 và 17/5, Hội Nông dân tỉnh phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 80 hội viên nông dân là chủ hộ sản xuất, thành viên tổ hợp tác, hợp tác xã trên địa bàn các xã Tháp Mười, Mỹ Quí, Trường Xuân."),
          ("p", "Tại lớp tập huấn, học viên được hướng dẫn cách mở gian hàng trên các sàn thương mại điện tử, chụp ảnh và viết mô tả sản phẩm, livestream giới thiệu nông sản, đóng gói, giao hàng và chăm sóc khách hàng sau bán."),
          ("img", "/wp-content/uploads/2027/05/tap-huan-livestream-xoai.jpg", "Học viên thực hành livestream giới thiệu sản phẩm xoài cát Hòa Lộc"),
          ("p", "Nhiều học viên đã thực hành ngay tại lớp; có hộ chốt được đơn hàng đầu tiên gần 200 kg xoài chỉ sau 30 phút livestream."),
          ("p", "Theo Hội Nông dân tỉnh, năm 2027, Hội phấn đấu hỗ trợ 1.000 hội viên đưa sản phẩm lên sàn thương mại điện tử, gắn với xây dựng thương hiệu nông sản và truy xuất nguồn gốc.")])
BY9, WRITER9 = "Tin, ảnh: CTV Nguyễn Thanh Tùng", "Nguyễn Thanh Tùng"


def page09():
    pub = T("2027-05-17 08:40")       # the post's time: only in og / JSON-LD (UTC), never printed
    mod = T("2027-05-18 19:02")       # the modification: printed as '19:02' only; its day only in og / JSON-LD (UTC)
    site = "https://hoinongdan.dongthap.gov.vn"
    url = f"{site}/tap-huan-ky-nang-ban-hang-truc-tuyen-cho-hoi-vien-nong-dan/"

    def img(s, c, n):
        return (f'<figure id="attachment_4820" aria-describedby="caption-attachment-4820" style="width: 800px" class="wp-caption aligncenter"><img decoding="async" loading="lazy" class="size-full wp-image-4820" src="{s}" alt="" width="800" height="533" />'
                f'<figcaption id="caption-attachment-4820" class="wp-caption-text">{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        body = A9.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="\n")
        rel = "".join(f'<div class="col-3 float-l pad"><div class="read-single color-pad"><div class="read-img pos-rel read-bg-img"><a href="{site}/{slug(t)[:60]}/"><img src="/wp-content/uploads/2027/05/{hexid(rng, 10)}.jpg" alt="" /></a></div>'
                      f'<div class="read-details color-tp-pad"><div class="read-title"><h4><a href="{site}/{slug(t)[:60]}/">{esc(t)}</a></h4></div><div class="entry-meta"><span class="item-metadata posts-date"><i class="far fa-clock"></i> {dmy(d)}</span></div></div></div></div>'
                      for t, d in zip(rl[:3], rd))
        return (f'<article id="post-4812" class="af-single-article post-4812 post type-post status-publish format-standard has-post-thumbnail hentry category-hoi-nong-dan-co-so">'
                f'<div class="entry-content-wrap"><header class="entry-header"><div class="header-details-wrapper"><div class="entry-header-details">'
                f'<div class="figure-categories figure-categories-bg"><ul class="cat-links"><li class="meta-category"><a class="covernews-categories category-color-1" href="{site}/chuyen-muc/tin-tuc/hoi-nong-dan-co-so/" alt="Xem tất cả bài viết trong Hội Nông dân cơ sở">Hội Nông dân cơ sở</a></li></ul></div>'
                f'<h1 class="entry-title">{esc(A9.title)}</h1>'
                f'<div class="post-item-metadata entry-meta"><span class="author-links"><span class="item-metadata posts-author"><i class="far fa-user-circle"></i> <a href="{site}/author/hoinongdan_dt/">hoinongdan_dt</a></span>'
                f'<span class="item-metadata posts-date"><i class="far fa-clock"></i> {dmy(pub)}</span>'
                f'<span class="item-metadata posts-modified"><i class="fas fa-sync-alt"></i> Cập nhật lúc {hm(mod)}</span></span></div></div></div>'
                f'<div class="aft-post-thumbnail-wrapper"><div class="post-thumbnail full-width-image"><img width="1024" height="576" src="/wp-content/uploads/2027/05/lop-tap-huan-ban-hang-truc-tuyen-1024x576.jpg" class="attachment-covernews-featured size-covernews-featured wp-post-image" alt="" decoding="async" /></div></div></header>'
                f'<div class="entry-content">{body}\n<p style="text-align: right;"><strong>{esc(BY9)}</strong></p></div>'
                f'<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="{site}/tag/thuong-mai-dien-tu/" rel="tag">thương mại điện tử</a>, <a href="{site}/tag/tap-huan/" rel="tag">tập huấn</a></span></footer></div>'
                f'<div class="promotionspace enable-promotionspace"><div class="af-reated-posts covernews-customizer"><h4 class="widget-title header-after1"><span class="header-after">Bài viết liên quan</span></h4>'
                f'<div class="af-container-row clearfix">{rel}</div></div></div></article>')

    def side(rng, p):
        ds = past(p, rng, 5, 0, 8)
        li = "".join(f'<li><a href="{site}/{slug(t)[:60]}/">{esc(t)}</a> <span class="posts-date">{dmy(d)}</span></li>' for t, d in zip(heads13(rng, 5), ds))
        return (f'<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{li}</ul></section>'
                + '<section class="widget widget_text"><h2 class="widget-title">Liên hệ</h2><div class="textwidget"><p>Văn phòng Hội Nông dân tỉnh: 0277.3851.209</p></div></section>')

    crumbs = (f'<div role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs" itemprop="breadcrumb"><ul class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList">'
              f'<li class="trail-item trail-begin"><a href="{site}/" rel="home"><span>Trang chủ</span></a></li><li class="trail-item"><a href="{site}/chuyen-muc/tin-tuc/"><span>Tin tức</span></a></li>'
              f'<li class="trail-item"><a href="{site}/chuyen-muc/tin-tuc/hoi-nong-dan-co-so/"><span>Hội Nông dân cơ sở</span></a></li><li class="trail-item trail-end"><span>{esc(A9.title)}</span></li></ul></div>')
    utc = lambda d: (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    head = (og(A9.title, url, {"og:site_name": "Hội Nông dân tỉnh Đồng Tháp", "article:published_time": utc(pub), "article:modified_time": utc(mod),
                              "og:updated_time": utc(mod)}) + '<meta name="generator" content="WordPress 6.7.2" />'
            + jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": A9.title, "datePublished": utc(pub), "dateModified": utc(mod),
                                                                    "author": {"name": "hoinongdan_dt"}, "articleSection": ["Hội Nông dân cơ sở"], "inLanguage": "vi"}]}))
    today = mod + timedelta(days=1, hours=-6)
    return page("s43-09", family="farmers_union_wp_covernews_time_only_update_beside_date_only_publication",
                name="dongthap-hoinongdan-wordpress-covernews-child-theme-breadcrumb-trail-ending-in-headline-category-chip-h1-posts-author-account-posts-date-dd-mm-yyyy-cap-nhat-luc-hh-mm-no-day-modified-time-utc-in-og-no-lead-wp-caption-tin-anh-ctv-name",
                url=url, art=A9, main_fn=main, pub=pub, prefix="hnddt", kb=172,
                org="Hội Nông dân tỉnh Đồng Tháp", addr="Số 12 đường 30/4, phường Cao Lãnh, tỉnh Đồng Tháp", phone="0277.3851.209",
                crumbs=crumbs, top=banner("/wp-content/uploads/2025/08/logo-hoi-nong-dan.png", "Hội Nông dân tỉnh Đồng Tháp"), side=side,
                shell_kw={"layout": "covernews", "head_extra": head, "items": MENU_FARM, "left": f'<span class="topbar-date">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A9, isod(pub), iso(mod), author=WRITER9, photographer=WRITER9, category="Hội Nông dân cơ sở", lead=None),
                traps={"byline": [BY9, "CTV"], "account": ["hoinongdan_dt"], "update_time_only": ["Cập nhật lúc 19:02"], "chrome": ["Bài viết liên quan", "Bài viết mới", "Thẻ:"],
                       "related": lambda rl: rl[:3]},
                notes="TWIST — WordPress + CoverNews (AF Themes) under a vendor's child theme, whose meta row prints the post's DATE without a time (get_the_date('d/m/Y'): '17/05/2027') and, beside it, the last modification's TIME WITHOUT A DAY (get_the_modified_time('H:i'): 'Cập nhật lúc 19:02'). The head's Yoast og / JSON-LD carry both moments in UTC: article:published_time 2027-05-17T01:40:00+00:00 (08:40 local, never printed) and article:modified_time / dateModified 2027-05-18T12:02:00+00:00 = 2027-05-18T19:02 local — the printed '19:02' is the local minute of that machine date, on the day AFTER the publication. → published '2027-05-17' (date only: no time is added from og, set 25 MAJORITY / set 35), updated 2027-05-18T19:02:00+07:00: a time printed without a day takes its day from the item's own machine modified date when that date, converted to +07:00 (set 31), shows the same hour and minute — set 31's rule (a year-less stamp takes its year from the item's own machine date) extended to a day-less one. A reader that joins the only printed time to the only printed day stores published 2027-05-17T19:02 (a wrong minute) or updated 2027-05-17T19:02 (a wrong day), without any sign of failure. NEW (set 43). QUESTIONABLE: with no agreeing machine date the update would give null; here the modified date agrees. No lead (CoverNews prints no excerpt; the featured image has no caption). One wp-caption figcaption. 'Tin, ảnh: CTV Nguyễn Thanh Tùng' (bold, right) → author and photographer 'Nguyễn Thanh Tùng' ('CTV' is a status prefix, dropped). 'hoinongdan_dt' is the account. Category 'Hội Nông dân cơ sở' (the category chip over the h1; the Breadcrumb Trail ends in the headline, set 27). Not body: tags, 'Bài viết liên quan' cards with days, the sidebar.",
                readme="TWIST — WordPress + CoverNews (child theme), a farmers' e-commerce training: 'dd/mm/yyyy' (date only) + 'Cập nhật lúc 19:02' — an update TIME WITHOUT A DAY; its day only in the og / JSON-LD dateModified (UTC, the next day) → published date-only, updated the next day 19:02; no lead; a wp-caption; 'Tin, ảnh: CTV Name'; the category chip; the crumb ends in the headline")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
