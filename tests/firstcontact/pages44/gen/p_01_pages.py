"""Set 44 pages 1-9: COMPETING STAMPS AND NAMES on the everyday page, on the common products of
shared/research/vn-sites.md in versions, skins, modules and page layouts sets 26-43 did not use (NukeViet 4.4 under a
Ban Tuyên giáo và Dân vận vendor theme, NukeViet 4.5 under an elderly association's theme, the '.dcs.vn' print view,
Liferay DXP 7.3 + VNPT's news portlet, Liferay DXP 7.2 + Viettel's news portlet, SharePoint 2016 + CMC's news web part,
SharePoint 2013 + VNPT's news web part, DNN 9 + a local vendor's news module, WordPress + Twenty Fifteen).
Two pages of this module carry a twist (page 2: a PEN NAME with the writer's real name in the byline's parentheses;
page 9: a photograph's EXIF capture stamp printed under the lead picture, before the item's own stamp); the third is
in gen/p_02_more.py."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, heads14, past
from .kit import og, jsonld
from .base import page, vb_box, mostread, WRITERS34

MENU_PARTY = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các cơ quan tham mưu", "Tổ chức cơ sở đảng"]),
    ("Tin tức", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Tin cơ sở", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Cuộc thi"]),
    ("Bảo vệ nền tảng tư tưởng của Đảng", ["Bình luận", "Phản bác quan điểm sai trái", "Cảnh giác"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Đảng ủy"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic", "Podcast"]),
]
MENU_TGDV = [
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Các phòng"]),
    ("Tuyên giáo", ["Lý luận chính trị", "Thông tin - Tuyên truyền", "Khoa giáo", "Văn hóa - Văn nghệ"]),
    ("Công tác dân vận", ["Dân vận chính quyền", "Dân vận khéo", "Mặt trận - Đoàn thể", "Tôn giáo - Dân tộc"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản của Tỉnh ủy", "Hướng dẫn của Ban"]),
]
MENU_MASS = [
    ("Giới thiệu", ["Lịch sử truyền thống", "Ban Chấp hành", "Ban Thường vụ", "Cơ quan chuyên trách"]),
    ("Hoạt động Hội", ["Hội cấp tỉnh", "Hội cơ sở", "Câu lạc bộ liên thế hệ", "Chăm sóc người cao tuổi"]),
    ("Phong trào", ["Thi đua yêu nước", "Gương điển hình", "Mô hình hay", "Chương trình an sinh"]),
    ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản tỉnh", "Hướng dẫn nghiệp vụ"]),
    ("Thư viện", ["Thư viện ảnh", "Video clip", "Tài liệu sinh hoạt"]),
]
MENU_GOV = [
    ("Giới thiệu", ["Tổng quan", "Cơ cấu tổ chức", "Lãnh đạo", "Chức năng nhiệm vụ"]),
    ("Tin tức - Sự kiện", ["Hoạt động của Ban Thường vụ", "Tin hoạt động", "Tin hoạt động cơ sở", "Thông báo", "Lịch công tác"]),
    ("Văn bản", ["Văn bản của Tỉnh ủy", "Văn bản chỉ đạo điều hành", "Dự thảo lấy ý kiến"]),
    ("Hoạt động kiểm tra", ["Kỳ họp Ủy ban Kiểm tra", "Thông báo kết luận", "Giám sát chuyên đề"]),
    ("Hỏi đáp", ["Gửi câu hỏi", "Câu hỏi thường gặp"]),
]
MENU_WOMEN = [
    ("Giới thiệu", ["Hội LHPN tỉnh", "Ban Chấp hành", "Cơ quan chuyên trách"]),
    ("Tin tức", ["Hoạt động Hội", "Phụ nữ với an sinh xã hội", "Hội cơ sở", "Gương phụ nữ tiêu biểu"]),
    ("Phong trào", ["Mái ấm tình thương", "Phụ nữ khởi nghiệp", "Gia đình 5 không 3 sạch"]),
    ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản Hội tỉnh"]),
]


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def bold(html, *names):
    for n in names:
        html = html.replace(esc(n), f"<strong>{esc(n)}</strong>", 1)
    return html


def banner(img, alt):
    return lambda rng, p: f'<div class="banner"><a href="/"><img src="{img}" alt="{esc(alt, True)}" /></a><span class="site-name">{esc(alt)}</span></div>'


def side_of(fmt, head="Tin đọc nhiều", cls="most-read", docs=True, writer_fmt="{w}", doc_items=None, extra=""):
    def f(rng, p):
        s = mostread(rng, p, fmt, head, cls, 6, writers=WRITERS34, writer_fmt=writer_fmt)
        if docs:
            s += vb_box(doc_items or ["Hướng dẫn số 21-HD/TU về sinh hoạt chi bộ theo chuyên đề năm 2027",
                                      "Kế hoạch số 97-KH/TU tổng kết công tác xây dựng Đảng năm 2027",
                                      "Chương trình kiểm tra, giám sát năm 2028 của Ban Thường vụ Tỉnh ủy"], "Văn bản mới", cls + "-vb")
        return s + extra
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


def lst(site, base, items, fmt, cls="other-news", head="Các tin khác", htag="h3", ext=".html", start=1000):
    li = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{start + i * 7}{ext}">{esc(t)}</a> <span class="date">{esc(fmt(d))}</span></li>' for i, (t, d) in enumerate(items))
    h = f'<{htag} class="{cls}-title">{esc(head)}</{htag}>' if head else ""
    return f'<div class="{cls}">{h}<ul>{li}</ul></div>'


def newer(pub, titles, hours=(3, 7, 26, 30, 49)):
    return [(t, pub + timedelta(hours=h, minutes=13 * i)) for i, (t, h) in enumerate(zip(titles, hours))]


# ===================================================================== 1 Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh: NukeViet 4.4 under the Ban's vendor theme; a 'Tin mới' ticker row between the crumbs and the headline
A1 = Art("Bí thư Đảng ủy xã Quảng Tân đối thoại với Nhân dân về chuyển đổi cây trồng",
         "Ngày 13/7, Đảng ủy, Ủy ban nhân dân xã Quảng Tân tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về chủ trương chuyển đổi cơ cấu cây trồng trên diện tích lúa kém hiệu quả.",
         [("p", "Chủ trì hội nghị có đồng chí Vũ Đức Hạnh, Bí thư Đảng ủy xã, và đồng chí Phạm Thị Lương, Chủ tịch Ủy ban nhân dân xã. Tham dự có hơn 150 đại biểu là bí thư chi bộ, trưởng thôn và người dân các thôn có diện tích chuyển đổi."),
          ("p", "Theo Kế hoạch số 41-KH/ĐU ngày 02/6/2027 của Đảng ủy xã, giai đoạn 2027 - 2030 xã chuyển đổi 85 ha lúa kém hiệu quả sang trồng cây ăn quả, rau màu và nuôi trồng thủy sản; năm 2027 thực hiện 20 ha ở 4 thôn."),
          ("img", "/uploads/news/2027_07/bi-thu-dang-uy-xa-tra-loi-y-kien.jpg", "Bí thư Đảng ủy xã Vũ Đức Hạnh trả lời ý kiến của người dân"),
          ("p", "Tại hội nghị, 14 lượt ý kiến của người dân tập trung vào cơ chế hỗ trợ giống, vật tư, việc quy hoạch vùng sản xuất tập trung, đầu ra cho sản phẩm và thủ tục chuyển đổi mục đích sử dụng đất trồng lúa."),
          ("p", "Ông Hoàng Văn Sinh, thôn Đồng Cói, đề nghị xã sớm công bố danh sách các thửa ruộng nằm trong vùng chuyển đổi để người dân chủ động chuẩn bị vốn và giống cây trồng."),
          ("p", "Trả lời các ý kiến, đồng chí Bí thư Đảng ủy xã cho biết xã sẽ hỗ trợ 50% chi phí cây giống trong năm đầu, phối hợp với hợp tác xã ký hợp đồng bao tiêu sản phẩm và niêm yết công khai bản đồ vùng chuyển đổi tại nhà văn hóa các thôn trước ngày 31/7/2027."),
          ("img", "/uploads/news/2027_07/nguoi-dan-thon-dong-coi-kien-nghi.jpg", "Người dân thôn Đồng Cói nêu kiến nghị tại hội nghị đối thoại"),
          ("p", "Sau hội nghị, Đảng ủy xã giao các chi bộ thôn tổ chức sinh hoạt chuyên đề, tuyên truyền để người dân hiểu rõ chủ trương, đồng thuận thực hiện; mỗi đảng viên vận động ít nhất hai hộ tham gia chuyển đổi.")])
BY1, WRITER1, UNIT1 = "Đặng Thu Trang (Đảng ủy xã Quảng Tân)", "Đặng Thu Trang", "Đảng ủy xã Quảng Tân"


def page01():
    pub = T("2027-07-14 08:20")
    site = "https://tgdv.quangninh.dcs.vn"
    url = f"{site}/news/dan-van-chinh-quyen/bi-thu-dang-uy-xa-quang-tan-doi-thoai-voi-nhan-dan-ve-chuyen-doi-cay-trong-2841.html"
    today = pub + timedelta(days=3, hours=2)

    def main(rng, rl, rd):
        body = bold(A1.render(p=jp, img=fig, sep="\n"), "Vũ Đức Hạnh")
        tick = newer(pub, rl[:3])
        tk = "".join(f'<li><a href="{site}/news/tin-moi/{slug(t)[:60]}-{2850 + i}.html">{esc(t)}</a> <span class="time">{hm(d)} {dmy(d)}</span></li>' for i, (t, d) in enumerate(tick))
        return (f'<div class="tgdv-tinmoi clearfix"><span class="label">Tin mới</span><ul class="marquee-list">{tk}</ul></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5"><em class="fa fa-clock-o">&nbsp;</em>{wd(pub)}, {dmy(pub)} - {hm(pub)}</span></div>'
                f'<div class="col-md-12 text-right"><ul class="list-inline"><li><a class="print" href="{site}/news/print/dan-van-chinh-quyen/2841/" title="In bài viết">In</a></li><li>Lượt xem: 1.026</li></ul></div></div>'
                f'<div class="clearfix"><div class="hometext m-bottom"><strong>{esc(A1.lead)}</strong></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}\n<p style="text-align:right"><strong>{esc(BY1)}</strong></p></div>'
                f'<div class="keywords"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><a href="{site}/news/tag/doi-thoai/">đối thoại</a>, <a href="{site}/news/tag/chuyen-doi-cay-trong/">chuyển đổi cây trồng</a></div></div></div>'
                + lst(site, "/news/dan-van-chinh-quyen/", list(zip(rl[3:6], rd)), lambda d: f"{hm(d)} {dmy(d)}", cls="news_column other-news", head="Các tin khác", start=2790))

    crumbs = (f'<ul class="breadcrumbs list-none"><li><a href="{site}/"><span>Trang chủ</span></a></li><li><a href="{site}/news/cong-tac-dan-van/"><span>Công tác dân vận</span></a></li>'
              f'<li><a href="{site}/news/dan-van-chinh-quyen/"><span>Dân vận chính quyền</span></a></li></ul>')
    head = og(A1.title, url, {"og:description": A1.lead, "article:published_time": pub.isoformat()}) + '<meta name="generator" content="NukeViet v4.4" />'
    return page("s44-01", family="propaganda_mass_mobilisation_board_nukeviet44_tin_moi_ticker_between_crumbs_and_headline",
                name="quangninh-bantgdv-tinhuy-nukeviet44-vendor-theme-crumb-dan-van-chinh-quyen-tin-moi-ticker-hh-mm-dd-mm-yyyy-above-h1-weekday-dd-mm-yyyy-dash-hh-mm-bold-hometext-leader-bold-in-first-paragraph-figures-name-paren-commune-unit-bold-right",
                url=url, art=A1, main_fn=main, pub=pub, prefix="tgqn", kb=196,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh", addr="Phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.512",
                crumbs=crumbs, top=banner("/themes/tgdv/images/banner.jpg", "Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ninh"),
                side=side_of(lambda d: f"{hm(d)} {dmy(d)}", "Tin đọc nhiều", "tgdv-most"),
                shell_kw={"layout": "nv44_tgdv", "head_extra": head, "items": MENU_TGDV, "left": f'{wd(today)}, {dmy(today)} | Đường dây nóng: 0203.3835.512'},
                exp=expected_(A1, iso(pub), author=WRITER1, unit=UNIT1, category="Dân vận chính quyền"),
                traps={"byline": [BY1], "ticker": lambda rl: rl[:3], "ticker_stamps": [f"{hm(d)} {dmy(d)}" for _, d in newer(pub, ["a", "b", "c"])],
                       "clock": [f"{wd(today)}, {dmy(today)}"], "chrome": ["Các tin khác", "Lượt xem: 1.026", "Tin đọc nhiều"], "related": lambda rl: rl[3:6]},
                notes="NukeViet 4.4 under a Ban Tuyên giáo và Dân vận's vendor theme. COMPETING STAMPS: the theme prints a 'Tin mới' ticker row BETWEEN the crumbs and the headline — three newer items, each 'HH:MM dd/mm/yyyy' (hours and a day after this item) — so the first stamp on the page is another item's. The item's own stamp is the one under its h1, 'Thứ Tư, 14/07/2027 - 08:20' → 2027-07-14T08:20 (a careful reader sees the ticker's label 'Tin mới' and its headlines). The sapo opens with the EVENT's day ('Ngày 13/7, …', the day before: no stamp) and the text cites 'Kế hoạch số 41-KH/ĐU ngày 02/6/2027' and a deadline '31/7/2027' (days in the text). COMPETING NAMES: the Party secretary's name is printed in BOLD in the first paragraph of the text ('đồng chí <strong>Vũ Đức Hạnh</strong>', a subject, not the writer); a quoted villager; the sidebar's most-read entries carry writers. The writer is the bold right-aligned signature after the text: 'Đặng Thu Trang (Đảng ủy xã Quảng Tân)' → author + unit. Bold hometext lead. Two figure captions. Category 'Dân vận chính quyền' (the crumb ends in the sub-section under 'Công tác dân vận'). Not body: the ticker, tags, 'Các tin khác' with 'HH:MM dd/mm/yyyy', the header's day and hotline.",
                readme="NukeViet 4.4 under a Ban Tuyên giáo và Dân vận vendor theme, a commune secretary's dialogue with residents: a 'Tin mới' ticker of three newer items ('HH:MM dd/mm/yyyy') BETWEEN the crumbs and the h1; the own stamp 'Thứ Tư, dd/mm/yyyy - HH:MM' under the h1; 'Ngày 13/7, …' in the bold sapo and a plan's issue day in the text; the secretary's name in bold in the first paragraph; 'Name (Đảng ủy xã …)' bold right")


# ===================================================================== 2 Hội Người cao tuổi tỉnh Hà Tĩnh: NukeViet 4.5 under the association's theme; TWIST a pen name with the real name in parentheses
A2 = Art("Câu lạc bộ liên thế hệ xã Thạch Lạc giúp 12 hộ hội viên thoát nghèo",
         "Sau 3 năm thành lập, Câu lạc bộ liên thế hệ tự giúp nhau xã Thạch Lạc đã huy động gần 400 triệu đồng cho thành viên vay vốn, giúp 12 hộ người cao tuổi thoát nghèo.",
         [("p", "Câu lạc bộ được thành lập tháng 7/2024 với 70 thành viên, trong đó 49 người là người cao tuổi, còn lại là thanh niên, phụ nữ trong độ tuổi lao động. Câu lạc bộ hoạt động theo 8 nội dung: tạo thu nhập, chăm sóc sức khỏe, văn hóa, thể thao, học tập suốt đời, chăm sóc tại nhà, tình nguyện và quyền lợi."),
          ("p", "Ông Trần Đình Lam, Chủ nhiệm Câu lạc bộ, cho biết: “Cái khó nhất lúc đầu là nguồn vốn. Các thành viên góp mỗi tháng 50.000 đồng, cùng với nguồn hỗ trợ của Hội Người cao tuổi tỉnh, đến nay quỹ quay vòng đã có 386 triệu đồng.”"),
          ("img", "/uploads/news/2027_08/thanh-vien-clb-cham-soc-vuon-rau.jpg", "Thành viên Câu lạc bộ liên thế hệ xã Thạch Lạc chăm sóc vườn rau"),
          ("p", "Từ nguồn vốn vay không lãi, nhiều thành viên đã đầu tư nuôi bò sinh sản, trồng rau an toàn, mở quầy tạp hóa. Gia đình bà Nguyễn Thị Điểm, 68 tuổi, vay 15 triệu đồng mua bò giống; sau hai năm, đàn bò đã có 3 con, thu nhập ổn định."),
          ("p", "Nhóm tình nguyện của Câu lạc bộ thường xuyên thăm hỏi, chăm sóc 9 người cao tuổi cô đơn, ốm đau tại nhà; tổ chức các buổi tập dưỡng sinh vào sáng thứ Hai, thứ Tư và thứ Sáu hằng tuần."),
          ("img", "/uploads/news/2027_08/tap-duong-sinh-clb-lien-the-he.jpg", "Buổi tập dưỡng sinh của thành viên Câu lạc bộ"),
          ("p", "Thời gian tới, Hội Người cao tuổi tỉnh sẽ nhân rộng mô hình ra 20 xã, phường, phấn đấu đến năm 2030 mỗi xã, phường có ít nhất một câu lạc bộ liên thế hệ hoạt động hiệu quả.")])
PEN2, REAL2 = "Hồng Phúc", "Nguyễn Thị Hồng Phúc"


def page02():
    pub = T("2027-08-05 15:10")
    site = "https://nguoicaotuoi.hatinh.org.vn"
    url = f"{site}/news/cau-lac-bo-lien-the-he/cau-lac-bo-lien-the-he-xa-thach-lac-giup-12-ho-hoi-vien-thoat-ngheo-633.html"

    def img(s, c, n):
        return fig(s, c, n) if n == 1 else pem(s, c, n)

    def main(rng, rl, rd):
        body = A2.render(p=jp, img=img, sep="")
        prev_d, next_d = pub - timedelta(days=2, hours=3, minutes=25), pub + timedelta(days=1, hours=-6, minutes=40)
        cm = [("Phan Văn Hòa", "05/08/2027 16:02", "Mô hình rất thiết thực, mong Hội sớm nhân rộng về xã Cẩm Bình."),
              ("Lê Thị Thanh", "05/08/2027 19:47", "Bố mẹ tôi cũng tham gia câu lạc bộ ở xã, các cụ vui khỏe hơn nhiều.")]
        cms = "".join(f'<div class="comment-item"><div class="comment-head"><strong>{esc(a)}</strong> <span class="comment-time">{esc(b)}</span></div><p>{esc(c)}</p></div>' for a, b, c in cm)
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A2.title)}</h1>'
                f'<div class="nct-meta"><span class="h-date"><em class="fa fa-calendar">&nbsp;</em>{dmy(pub)} {hm(pub)}</span> <span class="h-view">Lượt xem: 847</span>'
                f' <a class="fontsize" href="#" data-size="+">A+</a> <a class="fontsize" href="#" data-size="-">A-</a></div>'
                f'<div class="hometext m-bottom">{esc(A2.lead)}</div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả:</strong> {esc(PEN2)} ({esc(REAL2)})</p></div>'
                f'<div class="nct-prevnext"><p class="prev"><span>Bài trước:</span> <a href="{site}/news/cau-lac-bo-lien-the-he/{slug(rl[0])[:60]}-629.html">{esc(rl[0])}</a> <span class="date">({dmy(prev_d)} {hm(prev_d)})</span></p>'
                f'<p class="next"><span>Bài sau:</span> <a href="{site}/news/cau-lac-bo-lien-the-he/{slug(rl[1])[:60]}-637.html">{esc(rl[1])}</a> <span class="date">({dmy(next_d)} {hm(next_d)})</span></p></div>'
                f'</div></div><div class="news_column panel panel-default"><div class="panel-body"><div id="idcomment" class="comment"><h3>Ý kiến bạn đọc (2)</h3>{cms}'
                f'<form class="comment-form"><textarea placeholder="Nội dung"></textarea><input placeholder="Họ tên" /><button type="button">Gửi</button></form></div></div></div>'
                + lst(site, "/news/cau-lac-bo-lien-the-he/", list(zip(rl[2:6], rd)), lambda d: f"{dmy(d)} {hm(d)}", cls="news_column related", head="Tin cùng chuyên mục", start=600))

    crumbs = (f'<ul class="breadcrumbs list-none"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/news/hoat-dong-hoi/">Hoạt động Hội</a></li>'
              f'<li><a href="{site}/news/cau-lac-bo-lien-the-he/">Câu lạc bộ liên thế hệ</a></li></ul>')
    head = og(A2.title, url, {"og:description": A2.lead}) + '<meta name="generator" content="NukeViet v4.5" /><meta name="author" content="Hội Người cao tuổi tỉnh Hà Tĩnh" />'
    return page("s44-02", family="elderly_association_nukeviet45_pen_name_with_real_name_in_parentheses",
                name="hatinh-hoinguoicaotuoi-nukeviet45-association-theme-large-type-crumb-cau-lac-bo-lien-the-he-h1-dd-mm-yyyy-hh-mm-plain-hometext-figure-and-p-em-captions-tac-gia-pen-name-paren-real-name-prev-next-with-stamps-comments",
                url=url, art=A2, main_fn=main, pub=pub, prefix="nctht", kb=178,
                org="Hội Người cao tuổi tỉnh Hà Tĩnh", addr="Phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.214",
                crumbs=crumbs, top=banner("/themes/nct/images/banner.png", "Hội Người cao tuổi tỉnh Hà Tĩnh"),
                side=side_of(lambda d: f"{dmy(d)} {hm(d)}", "Tin mới nhất", "nct-new", docs=False),
                shell_kw={"layout": "nv45_nct", "head_extra": head, "items": MENU_MASS, "left": '<a href="#" class="contrast">Tương phản cao</a> <a href="#">Cỡ chữ lớn</a>'},
                exp=expected_(A2, iso(pub), author=PEN2, unit=None, category="Câu lạc bộ liên thế hệ"),
                traps={"real_name_in_parentheses": [f"({REAL2})", REAL2], "prev_next": lambda rl: rl[:2], "comments": ["Phan Văn Hòa", "Lê Thị Thanh", "05/08/2027 16:02"],
                       "meta_author": ["Hội Người cao tuổi tỉnh Hà Tĩnh"], "chrome": ["Tin cùng chuyên mục", "Ý kiến bạn đọc (2)", "Bài trước:", "Bài sau:"], "related": lambda rl: rl[2:6]},
                notes="TWIST (a pen name with the writer's real name in parentheses). NukeViet 4.5 under a Hội Người cao tuổi's theme (large type, a contrast switch). The author line under the text reads 'Tác giả: Hồng Phúc (Nguyễn Thị Hồng Phúc)' — the writer's PEN NAME followed by her REAL NAME in parentheses, as the association's contributors sign. → author 'Hồng Phúc' (the name the item is signed with, printed first), author_unit NULL: the parenthesis holds a person's full name, no organisation (no head word 'Ban', 'Hội', 'Chi hội', 'Văn phòng' …, set 39). A reader that takes any parenthesis after the writer as a unit stores author_unit 'Nguyễn Thị Hồng Phúc'; one that joins the two names stores a two-writer record. QUESTIONABLE: the real name could be preferred as the author; the pen name is what the byline prints first and what the site's other items are signed with. The stamp 'dd/mm/yyyy HH:MM' under the h1 → 2027-08-05T15:10; the previous / next items print '(dd/mm/yyyy HH:MM)' in the same shape (other items), the comments '05/08/2027 16:02' (later, readers). Plain hometext lead; a figure and a centred <em> caption. Category 'Câu lạc bộ liên thế hệ' (the crumb ends in the sub-section under 'Hoạt động Hội'). Not body: the previous/next lines, comments, 'Tin cùng chuyên mục', <meta name='author'> (the association).",
                readme="TWIST — NukeViet 4.5 under an elderly association's theme, an intergenerational club: 'Tác giả: Hồng Phúc (Nguyễn Thị Hồng Phúc)' — a PEN NAME with the real name in the parentheses (author the pen name, unit null); 'dd/mm/yyyy HH:MM'; previous / next items and comments with stamps in the same shape; plain hometext; figure and p > em captions")


# ===================================================================== 3 Tỉnh ủy Phú Thọ: the '.dcs.vn' platform's PRINT view; the day of printing above the item
A3 = Art("Nhận diện và đấu tranh với luận điệu xuyên tạc về mô hình chính quyền địa phương hai cấp",
         "Hơn hai năm vận hành mô hình chính quyền địa phương hai cấp, bên cạnh những kết quả được Nhân dân ghi nhận, trên không gian mạng vẫn xuất hiện những luận điệu xuyên tạc, cần được nhận diện và đấu tranh kịp thời.",
         [("h", "Những luận điệu cần nhận diện"),
          ("p", "Lợi dụng một số hạn chế trong thời gian đầu vận hành bộ máy mới, các đối tượng thù địch cắt ghép hình ảnh người dân chờ làm thủ tục, thổi phồng những sai sót cá biệt của cán bộ cấp xã để quy kết mô hình “xa dân”, “quá tải”."),
          ("p", "Một số trang mạng còn đưa tin sai về việc sáp nhập thôn, tổ dân phố, chế độ đối với cán bộ dôi dư, gây hoang mang trong một bộ phận cán bộ, đảng viên và Nhân dân."),
          ("img", "/Uploaded/2027/08/trung-tam-phuc-vu-hanh-chinh-cong-phuong-nong-trang.jpg", "Người dân làm thủ tục tại Trung tâm phục vụ hành chính công phường Nông Trang"),
          ("h", "Kết quả thực tế là câu trả lời thuyết phục nhất"),
          ("p", "Theo số liệu của Văn phòng Tỉnh ủy, đến hết tháng 7/2027, 100% xã, phường trên địa bàn tỉnh đã vận hành trung tâm phục vụ hành chính công; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%, tăng 4,1% so với cùng kỳ năm 2026."),
          ("p", "Thực hiện Kế hoạch số 118-KH/TU ngày 02/8/2027 của Ban Thường vụ Tỉnh ủy về tăng cường bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới, các cấp ủy đã thành lập 148 tổ thông tin, tuyên truyền trên không gian mạng ở cơ sở."),
          ("p", "Để nâng cao hiệu quả đấu tranh, mỗi cán bộ, đảng viên cần chủ động cung cấp thông tin chính thống, kịp thời; các cơ quan báo chí của tỉnh tăng thời lượng phản ánh kết quả vận hành chính quyền địa phương hai cấp bằng những câu chuyện cụ thể, gần gũi.")])
BY3, WRITER3, UNIT3 = "TS. Lê Thị Thanh Mai - Trường Chính trị tỉnh", "TS. Lê Thị Thanh Mai", "Trường Chính trị tỉnh"


def page03():
    pub = T("2027-08-19 15:40")
    printed = T("2027-08-21 10:12")
    site = "https://phutho.dcs.vn"
    art_url = f"{site}/chi-tiet/5021/nhan-dien-va-dau-tranh-voi-luan-dieu-xuyen-tac-ve-mo-hinh-chinh-quyen-dia-phuong-hai-cap.html"
    url = f"{site}/print/5021/nhan-dien-va-dau-tranh-voi-luan-dieu-xuyen-tac-ve-mo-hinh-chinh-quyen-dia-phuong-hai-cap.html"

    def main(rng, rl, rd):
        body = A3.render(p=lambda t: f"<p>{esc(t)}</p>", img=tcap, h=lambda t: f"<p><strong>{esc(t)}</strong></p>", sep="\n")
        return (f'<div class="print-cat">Chuyên mục: Bảo vệ nền tảng tư tưởng của Đảng</div><h1 class="print-title">{esc(A3.title)}</h1>'
                f'<div class="print-date-post">{dmy(pub)} {hm(pub)}</div><div class="print-sapo"><b>{esc(A3.lead)}</b></div>'
                f'<div class="print-content">{body}<p align="right"><b>{esc(BY3)}</b></p></div>'
                f'<div class="print-copy">© Bản quyền thuộc Tỉnh ủy Phú Thọ. Ghi rõ nguồn “phutho.dcs.vn” khi phát hành lại thông tin từ website này.</div>')

    top = lambda rng, p: (f'<table width="100%"><tr><td><img src="/Content/images/logo-dang.png" alt="Đảng Cộng sản Việt Nam" height="60" /></td>'
                          f'<td><div class="print-org">ĐẢNG CỘNG SẢN VIỆT NAM<br />TỈNH ỦY PHÚ THỌ</div></td>'
                          f'<td class="print-meta"><div class="print-date">Ngày in: {dmy(printed)} {hm(printed)}</div><div class="print-url">Địa chỉ bài viết: {art_url}</div></td></tr></table>')
    head = og(A3.title, art_url, {"og:description": A3.lead}) + f'<link rel="canonical" href="{art_url}" /><meta name="robots" content="noindex" /><style media="print">.no-print{{display:none}}</style>'
    return page("s44-03", family="provincial_party_dcs_print_view_print_day_above_item",
                name="phutho-tinhuy-dcs-vn-print-view-no-columns-print-bar-ngay-in-dd-mm-yyyy-hh-mm-dia-chi-bai-viet-chuyen-muc-label-h1-dd-mm-yyyy-hh-mm-bold-sapo-bold-subheadings-table-caption-ts-name-dash-unit-copyright",
                url=url, art=A3, main_fn=main, pub=pub, prefix="dcsp", kb=112,
                org="Tỉnh ủy Phú Thọ", addr="Phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.226",
                crumbs="", top=top, side=lambda rng, p: "",
                shell_kw={"layout": "dcs_print", "head_extra": head, "items": MENU_PARTY,
                          "left": '<a href="javascript:window.print()" class="btn-print">In bài viết</a> <a href="javascript:window.close()" class="btn-close">Đóng cửa sổ</a>'},
                exp=expected_(A3, iso(pub), author=WRITER3, unit=UNIT3, category="Bảo vệ nền tảng tư tưởng của Đảng"),
                traps={"print_day": [f"Ngày in: {dmy(printed)} {hm(printed)}", f"{dmy(printed)} {hm(printed)}"], "byline": [BY3], "address": ["Địa chỉ bài viết:"],
                       "chrome": ["In bài viết", "Đóng cửa sổ", "© Bản quyền thuộc Tỉnh ủy Phú Thọ"]},
                notes="The '.dcs.vn' platform's PRINT view (/print/<id>/<slug>.html, noindex, canonical to the item): no columns; the print bar at the top prints 'Ngày in: 21/08/2027 10:12' (the day and minute the page was PRINTED, i.e. fetched) and 'Địa chỉ bài viết: <the item's address>' BEFORE the item — the first stamp on the page is not the item's. The item's own stamp '19/08/2027 15:40' sits under the h1 → 2027-08-19T15:40 (the print bar is labelled 'Ngày in' and sits in the logo row). The text cites 'Kế hoạch số 118-KH/TU ngày 02/8/2027' (a document's issue day, not a stamp). 'Chuyên mục: Bảo vệ nền tảng tư tưởng của Đảng' over the h1 → category without the label (no crumb in a print view). Bold sapo. Bold sub-headings (body), a picture table with its caption row. 'TS. Lê Thị Thanh Mai - Trường Chính trị tỉnh' bold right → author (degree kept) + unit. The copyright line is not body. The menu and the sidebar are absent (a print view); the page's weight is its inline CSS and scripts.",
                readme="The '.dcs.vn' platform's PRINT view, a political-theory article: the print bar 'Ngày in: dd/mm/yyyy HH:MM' (the day of printing) and the item's address ABOVE the item; the own stamp under the h1; 'Chuyên mục:' label over the h1 (no crumb); a plan's issue day in the text; bold sapo; bold sub-headings; 'TS. Name - Trường Chính trị tỉnh'")


# ===================================================================== 4 Tỉnh ủy Gia Lai: Liferay DXP 7.3 + VNPT's news portlet; 'Tin cùng chuyên mục' portlet under the item with stamps in the same shape; an update
A4 = Art("Ban Thường vụ Tỉnh ủy cho ý kiến vào Đề án sắp xếp thôn, tổ dân phố giai đoạn 2027 - 2030",
         "Chiều 26/8, Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo Đề án sắp xếp thôn, tổ dân phố trên địa bàn tỉnh giai đoạn 2027 - 2030 do Ban cán sự đảng Ủy ban nhân dân tỉnh trình.",
         [("p", "Chủ trì hội nghị có đồng chí Rơ Châm Thuận, Phó Bí thư Thường trực Tỉnh ủy. Tham dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, lãnh đạo các sở, ngành liên quan."),
          ("p", "Theo dự thảo, toàn tỉnh hiện có 2.846 thôn, làng, tổ dân phố; sau sắp xếp dự kiến còn 2.317, giảm 529 đơn vị. Việc sắp xếp ưu tiên các thôn, tổ dân phố có quy mô số hộ dưới 50% tiêu chuẩn, bảo đảm yếu tố đặc thù về phong tục, tập quán của đồng bào dân tộc thiểu số."),
          ("img", "/documents/20182/4410256/hoi-nghi-ban-thuong-vu-26-8.jpg", "Quang cảnh hội nghị Ban Thường vụ Tỉnh ủy"),
          ("p", "Các ý kiến tại hội nghị đề nghị làm rõ phương án bố trí người hoạt động không chuyên trách dôi dư, việc sử dụng nhà văn hóa sau sắp xếp và lộ trình kiện toàn chi bộ thôn, tổ dân phố."),
          ("p", "Kết luận hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị cơ quan soạn thảo tiếp thu đầy đủ ý kiến, lấy ý kiến cử tri ở những nơi sắp xếp trước ngày 30/9/2027; việc kiện toàn tổ chức đảng phải đi trước một bước, không để gián đoạn sinh hoạt chi bộ."),
          ("img", "/documents/20182/4410256/pho-bi-thu-thuong-truc-ket-luan.jpg", "Phó Bí thư Thường trực Tỉnh ủy Rơ Châm Thuận kết luận hội nghị")])
BY4, WRITER4 = "Bài, ảnh: Ngọc Sơn", "Ngọc Sơn"


def page04():
    pub = T("2027-08-26 16:45")
    upd = T("2027-08-27 08:10")
    site = "https://tinhuygialai.vn"
    url = f"{site}/tin-tuc-su-kien/-/vnpt-news/ban-thuong-vu-tinh-uy-cho-y-kien-vao-de-an-sap-xep-thon-to-dan-pho-giai-doan-2027-2030"

    def main(rng, rl, rd):
        body = bold(A4.render(p=jp, img=fig, sep=""), "Rơ Châm Thuận")
        same = [(t, d) for t, d in zip(rl[:4], [pub + timedelta(hours=17, minutes=5)] + rd[:3])]
        cards = "".join(f'<div class="vnpt-same-item"><a href="{site}/tin-tuc-su-kien/-/vnpt-news/{slug(t)[:70]}">{esc(t)}</a>'
                        f'<span class="vnpt-same-date">{dmy(d)} | {hm(d)}</span></div>' for t, d in same)
        pid = "x7Qm2kLp"
        return (f'<div class="portlet-boundary portlet-boundary_vnpt_news_detail_web_portlet_NewsDetailPortlet_ portlet-static" id="p_p_id_vnpt_news_detail_web_portlet_NewsDetailPortlet_INSTANCE_{pid}_">'
                f'<section class="portlet"><div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body"><div class="vnpt-news-detail">'
                f'<h1 class="vnpt-news-title">{esc(A4.title)}</h1><div class="vnpt-news-info"><span class="vnpt-date">Ngày đăng: {dmy(pub)} | {hm(pub)}</span>'
                f' <span class="vnpt-update">Cập nhật lúc: {hm(upd)} {dmy(upd)}</span> <span class="vnpt-views">Lượt xem: 2.114</span></div>'
                f'<div class="vnpt-news-sapo">{esc(A4.lead)}</div><div class="vnpt-news-content">{body}<p style="text-align:right"><strong>{esc(BY4)}</strong></p></div>'
                f'<div class="vnpt-tools"><a href="#" class="print">In trang</a> <a href="#" class="mail">Gửi email</a> <a href="#" class="share-fb">Chia sẻ</a></div></div></div></div></div></section></div>'
                f'<div class="portlet-boundary portlet-boundary_vnpt_news_same_category_web_portlet_ portlet-static" id="p_p_id_vnpt_news_same_category_INSTANCE_b8R2_">'
                f'<section class="portlet"><div class="portlet-content"><div class="autofit-float portlet-header"><h2 class="portlet-title-text">Tin cùng chuyên mục</h2></div>'
                f'<div class="portlet-body">{cards}</div></div></section></div>')

    crumbs = (f'<ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="{site}/">Trang chủ</a></li>'
              f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{site}/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>'
              f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{site}/tin-tuc-su-kien/hoat-dong-cua-ban-thuong-vu">Hoạt động của Ban Thường vụ</a></li></ol>')
    head = og(A4.title, url, {"og:description": A4.lead}) + '<meta name="generator" content="Liferay DXP 7.3" />'
    return page("s44-04", family="provincial_party_liferay73_vnpt_news_portlet_same_category_portlet_under_item",
                name="gialai-tinhuy-liferay-dxp73-vnpt-news-detail-portlet-crumb-hoat-dong-cua-ban-thuong-vu-h1-ngay-dang-dd-mm-yyyy-pipe-hh-mm-cap-nhat-luc-hh-mm-dd-mm-yyyy-plain-sapo-leader-bold-figcaptions-bai-anh-name-tin-cung-chuyen-muc-portlet-same-shape",
                url=url, art=A4, main_fn=main, pub=pub, prefix="tugl", kb=238,
                org="Tỉnh ủy Gia Lai", addr="Phường Quy Nhơn, tỉnh Gia Lai", phone="0256.3822.115",
                crumbs=crumbs, top=banner("/o/gialai-theme/images/banner.png", "Cổng thông tin điện tử Tỉnh ủy Gia Lai"),
                side=side_of(lambda d: f"{dmy(d)} | {hm(d)}", "Tin nổi bật", "vnpt-hot"),
                shell_kw={"layout": "lr73vnpt", "head_extra": head, "items": MENU_GOV, "left": f'{wd(upd + timedelta(days=1))}, ngày {dmy(upd + timedelta(days=1))}'},
                exp=expected_(A4, iso(pub), iso(upd), author=WRITER4, photographer=WRITER4, category="Hoạt động của Ban Thường vụ"),
                traps={"byline": [BY4], "same_category": lambda rl: rl[:4], "same_category_stamp": [f"{dmy(pub + timedelta(hours=17, minutes=5))} | {hm(pub + timedelta(hours=17, minutes=5))}"],
                       "chrome": ["Tin cùng chuyên mục", "Lượt xem: 2.114", "In trang", "Tin nổi bật"]},
                notes="Liferay DXP 7.3 + VNPT's news detail portlet (ported to 7.x OSGi; VNPT's portlet before only on 6.2 EE, 7.0 and 7.4). The info row 'Ngày đăng: 26/08/2027 | 16:45' and 'Cập nhật lúc: 08:10 27/08/2027' (time first in the update) → published 2027-08-26T16:45, updated 2027-08-27T08:10. COMPETING STAMPS: a second VNPT portlet 'Tin cùng chuyên mục' sits in the SAME column right under the item, its first entry a newer item stamped '27/08/2027 | 09:50' in the item's very shape (and after the update); the sidebar's 'Tin nổi bật' prints the same shape; the header prints the crawl day. The sapo opens 'Chiều 26/8, …' (the meeting's day) and the text names a deadline. COMPETING NAMES: the chairing leader in BOLD in the first paragraph ('đồng chí <strong>Rơ Châm Thuận</strong>'), again in a caption. The writer: 'Bài, ảnh: Ngọc Sơn' (bold right, after the text) → author and photographer. Plain sapo (lead). Two figcaptions. Category 'Hoạt động của Ban Thường vụ' (the crumb ends in the sub-section under 'Tin tức - Sự kiện').",
                readme="Liferay DXP 7.3 + VNPT's news portlet, a Standing Committee meeting: 'Ngày đăng: dd/mm/yyyy | HH:MM' + 'Cập nhật lúc: HH:MM dd/mm/yyyy'; a 'Tin cùng chuyên mục' portlet in the same column under the item, its first entry newer, stamped in the same shape; the chairing leader in bold in the first paragraph; plain sapo; figcaptions; 'Bài, ảnh: Name'")


# ===================================================================== 5 Ủy ban Kiểm tra Tỉnh ủy Cà Mau: Liferay DXP 7.2 + Viettel's news portlet; labelled writer and editor fields; a decision's issue day in the text; no lead
A5 = Art("Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật 3 đảng viên tại kỳ họp thứ 12",
         "",
         [("p", "Ngày 8/9, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 12 dưới sự chủ trì của đồng chí Lâm Văn Tùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy."),
          ("p", "Tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy xã Khánh Bình và một số đảng viên liên quan đến việc quản lý, sử dụng nguồn kinh phí hỗ trợ sản xuất giai đoạn 2025 - 2026."),
          ("p", "Ban Thường vụ Đảng ủy xã Khánh Bình đã thiếu trách nhiệm trong lãnh đạo, chỉ đạo, để Ủy ban nhân dân xã phân bổ kinh phí hỗ trợ không đúng đối tượng, thiếu công khai; những vi phạm trên đến mức phải xem xét, xử lý kỷ luật."),
          ("img", "/documents/10181/2276114/ky-hop-thu-12-ubkt.jpg", "Quang cảnh kỳ họp thứ 12 của Ủy ban Kiểm tra Tỉnh ủy"),
          ("p", "Căn cứ Quy định của Ban Chấp hành Trung ương về xử lý kỷ luật tổ chức đảng, đảng viên vi phạm, Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức khiển trách đối với 3 đảng viên; yêu cầu Ban Thường vụ Đảng ủy xã Khánh Bình nghiêm túc kiểm điểm, rút kinh nghiệm."),
          ("p", "Cũng tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy thông qua Quyết định số 215-QĐ/UBKTTU ngày 02/9/2027 về việc ban hành quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy với Thanh tra tỉnh trong kiểm tra, thanh tra việc kê khai tài sản, thu nhập.")])
WRITER5, EDITOR5, APPROVER5 = "Trần Minh Khoa", "Lâm Thị Ngọc Hân", "Đỗ Quốc Bảo"


def page05():
    pub = T("2027-09-09 10:30")
    site = "https://ubkt.camau.dcs.vn"
    url = f"{site}/web/guest/tin-chi-tiet/-/viettel-news/ky-hop-thu-12-uy-ban-kiem-tra-tinh-uy-thi-hanh-ky-luat-3-dang-vien"

    def main(rng, rl, rd):
        body = bold(A5.render(p=jp, img=tcap, sep=""), "Lâm Văn Tùng")
        return (f'<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">Tin tức</h2><div class="portlet-body"><div class="vtt-news-detail">'
                f'<h1 class="vtt-title">{esc(A5.title)}</h1><div class="vtt-info"><span class="vtt-date">Ngày đăng: {wd(pub)}, {dmy(pub)} - {hm(pub)}</span></div>'
                f'<div class="vtt-content">{body}</div>'
                f'<div class="vtt-credits"><p><span class="lbl">Tác giả:</span> <span class="vtt-author">{esc(WRITER5)}</span></p>'
                f'<p><span class="lbl">Biên tập viên:</span> <span class="vtt-editor">{esc(EDITOR5)}</span></p><p><span class="lbl">Duyệt tin:</span> <span class="vtt-approver">{esc(APPROVER5)}</span></p></div>'
                f'<div class="vtt-tools"><a href="#">In bài</a> | <a href="#">Gửi bạn bè</a> | <a href="#">Về đầu trang</a></div></div></div></div></section>'
                + lst(site, "/web/guest/tin-chi-tiet/-/viettel-news/", list(zip(rl[:5], rd)), lambda d: f"({dmy(d)} - {hm(d)})", cls="vtt-other", head="Các tin đã đưa", ext=""))

    def side(rng, p):
        menu = "".join(f'<li><a href="{site}/web/guest/{slug(t)}">{esc(t)}</a></li>' for t in ["Hoạt động kiểm tra", "Kỳ họp Ủy ban Kiểm tra", "Thông báo kết luận", "Giám sát chuyên đề", "Hướng dẫn nghiệp vụ"])
        return f'<div class="vtt-section-menu"><h3>Danh mục</h3><ul>{menu}</ul></div>' + side_of(lambda d: f"{dmy(d)}", "Tin xem nhiều", "vtt-most", docs=True)(rng, p)

    crumbs = (f'<ul class="breadcrumb breadcrumb-horizontal"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/web/guest/hoat-dong-kiem-tra">Hoạt động kiểm tra</a></li>'
              f'<li class="active"><a href="{site}/web/guest/ky-hop-uy-ban-kiem-tra">Kỳ họp Ủy ban Kiểm tra</a></li></ul>')
    head = og(A5.title, url) + '<meta name="generator" content="Liferay DXP 7.2" />'
    return page("s44-05", family="inspection_commission_liferay72_viettel_news_portlet_writer_editor_approver_fields",
                name="camau-ubkt-tinhuy-liferay-dxp72-viettel-news-portlet-3-9-layout-crumb-ky-hop-uy-ban-kiem-tra-portlet-title-tin-tuc-h1-ngay-dang-weekday-dd-mm-yyyy-dash-hh-mm-no-lead-chair-bold-table-caption-tac-gia-bien-tap-vien-duyet-tin-fields",
                url=url, art=A5, main_fn=main, pub=pub, prefix="ubcm", kb=206,
                org="Ủy ban Kiểm tra Tỉnh ủy Cà Mau", addr="Phường An Xuyên, tỉnh Cà Mau", phone="0290.3831.422",
                crumbs=crumbs, top=banner("/o/ubkt-theme/images/banner.jpg", "Trang thông tin điện tử Ủy ban Kiểm tra Tỉnh ủy Cà Mau"), side=side,
                shell_kw={"layout": "lr72vtt", "head_extra": head, "items": MENU_GOV, "left": f'Hôm nay: {wd(pub + timedelta(days=2), lower=True)}, {dmy(pub + timedelta(days=2))}'},
                exp=expected_(A5, iso(pub), author=WRITER5, category="Kỳ họp Ủy ban Kiểm tra", lead=None),
                traps={"editor": [EDITOR5, f"Biên tập viên: {EDITOR5}"], "approver": [APPROVER5], "generic_title": ["Tin tức"], "chrome": ["Các tin đã đưa", "Danh mục", "Gửi bạn bè", "Tin xem nhiều"],
                       "related": lambda rl: rl[:5]},
                notes="Liferay DXP 7.2 + Viettel's news portlet (Viettel's before on 6.1 EE and 7.4) in a 3-9 layout with the section menu portlet on the LEFT. COMPETING NAMES: under the text three labelled fields — 'Tác giả: Trần Minh Khoa', 'Biên tập viên: Lâm Thị Ngọc Hân' (the editor), 'Duyệt tin: Đỗ Quốc Bảo' (who approved it) → author 'Trần Minh Khoa' only, author_unit null (no unit printed); editors and approvers are the newsroom's workflow, not writers (set 27's roles). The Commission's chairman is in BOLD in the first paragraph (a subject). COMPETING STAMPS: 'Ngày đăng: Thứ Năm, 09/09/2027 - 10:30' → 2027-09-09T10:30; the text's first words 'Ngày 8/9' (the session's day) and 'Quyết định số 215-QĐ/UBKTTU ngày 02/9/2027' (a decision's issue day) are not stamps; 'Các tin đã đưa' prints '(dd/mm/yyyy - HH:MM)'. NO lead (the portlet prints no sapo; the first paragraph is text). One picture table with its caption row. Category 'Kỳ họp Ủy ban Kiểm tra' (the crumb's last level; the portlet title 'Tin tức' is generic).",
                readme="Liferay DXP 7.2 + Viettel's news portlet (3-9 layout), a Commission's disciplinary session: 'Ngày đăng: Thứ Năm, dd/mm/yyyy - HH:MM'; NO lead; the session day and a decision's issue day in the text; labelled 'Tác giả:' / 'Biên tập viên:' / 'Duyệt tin:' fields (author the first only); the chairman in bold; a table caption")


# ===================================================================== 6 Tỉnh ủy Tuyên Quang: SharePoint 2016 + CMC's news web part; an uploader's name above the item
A6 = Art("Đảng bộ xã Na Hang sơ kết một năm thực hiện nghị quyết về phát triển du lịch cộng đồng",
         "Sáng 14/9, Đảng ủy xã Na Hang tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết số 08-NQ/ĐU ngày 20/8/2026 của Ban Chấp hành Đảng bộ xã về phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc Tày, Dao.",
         [("p", "Sau một năm, xã đã có 14 homestay đạt chuẩn, tăng 6 cơ sở so với năm trước; đón hơn 42.000 lượt khách, doanh thu từ du lịch ước đạt 31 tỷ đồng. Ba đội văn nghệ dân gian của các thôn biểu diễn phục vụ khách định kỳ vào cuối tuần."),
          ("p", "Xã đã ban hành quy chế quản lý điểm du lịch cộng đồng, tập huấn kỹ năng đón tiếp khách cho 120 hộ dân, xây dựng bộ nhận diện sản phẩm du lịch và quảng bá trên các nền tảng số."),
          ("img", "/SiteAssets/2027/09/hoi-nghi-so-ket-na-hang.jpg", "Các đại biểu dự hội nghị sơ kết tại hội trường Đảng ủy xã Na Hang"),
          ("p", "Hội nghị cũng chỉ ra một số hạn chế: hạ tầng giao thông đến một số thôn còn khó khăn; sản phẩm du lịch còn đơn điệu, chưa có sản phẩm đặc trưng cho từng mùa; nguồn nhân lực làm du lịch chủ yếu là lao động tại chỗ, chưa qua đào tạo bài bản."),
          ("p", "Phát biểu tại hội nghị, đồng chí Ma Thị Thủy, Bí thư Đảng ủy xã, đề nghị các chi bộ tiếp tục tuyên truyền để người dân giữ gìn nếp nhà sàn, trang phục truyền thống; phấn đấu đến năm 2030 xã có 30 homestay đạt chuẩn."),
          ("img", "/SiteAssets/2027/09/homestay-na-kha.jpg", "Homestay của gia đình anh Chẩu Văn Định ở thôn Nà Khá")])
WRITER6, UPLOADER6 = "Hoàng Lan Anh", "Nguyễn Văn Bình"


def page06():
    pub = T("2027-09-15 09:05")
    site = "https://tinhuytuyenquang.vn"
    url = f"{site}/Pages/chi-tiet-tin.aspx?ItemID=3318&l=TinHoatDongCoSo"

    def img(s, c, n):
        if n == 1:
            return (f'<div class="ms-rtestate-read ms-rte-wpbox"><p style="text-align:center"><img src="{s}" alt="" style="width:600px" /></p>'
                    f'<p class="ms-rteElement-P" style="text-align:center"><em><span style="font-size:10pt">{esc(c)}</span></em></p></div>')
        return tcap(s, c, n, cls="ms-rteTable-default", desc="ms-rteTableOddCol-default")

    def main(rng, rl, rd):
        body = A6.render(p=lambda t: f'<p class="ms-rteElement-P" style="text-align:justify">{esc(t)}</p>', img=img, sep="")
        return (f'<div class="cmc-news-title"><h1>{esc(A6.title)}</h1></div>'
                f'<div class="cmc-news-info"><span class="cmc-date">Ngày xuất bản: {dmy(pub)} 9:05 SA</span> <span class="cmc-uploader">Người đăng: {esc(UPLOADER6)}</span>'
                f' <span class="cmc-view">Lượt xem: 689</span></div>'
                f'<div class="cmc-news-sapo"><p>{esc(A6.lead)}</p></div><div class="cmc-news-content ms-rtestate-field">{body}'
                f'<p class="ms-rteElement-P" style="text-align:right"><strong>{esc(WRITER6)}</strong></p></div>'
                f'<div class="cmc-news-tools"><a href="#" onclick="window.print();return false;">In tin</a> <a href="#">Gửi tin</a> <a href="javascript:history.back()">Quay lại</a></div>'
                + lst(site, "/Pages/chi-tiet-tin.aspx?ItemID=", list(zip(rl[:5], rd)), lambda d: f"({dmy(d)} {d.hour % 12 or 12}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'})", cls="cmc-other", head="Tin khác", ext=""))

    crumbs = (f'<span><a href="{site}/">Trang chủ</a></span><span> &gt; </span><span><a href="{site}/Pages/tin-tuc.aspx">Tin tức</a></span><span> &gt; </span>'
              f'<span><a href="{site}/Pages/tin-hoat-dong-co-so.aspx">Tin hoạt động cơ sở</a></span>')
    head = og(A6.title, url) + '<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
    return page("s44-06", family="provincial_party_sharepoint2016_cmc_news_web_part_uploader_name_above_item",
                name="tuyenquang-tinhuy-sharepoint2016-vendor-master-cmc-news-detail-web-part-sitemappath-tin-hoat-dong-co-so-h1-ngay-xuat-ban-dd-mm-yyyy-h-mm-sa-nguoi-dang-person-plain-sapo-resolution-issue-day-rte-and-table-captions-bare-name-bold-right",
                url=url, art=A6, main_fn=main, pub=pub, prefix="tutq", kb=262,
                org="Tỉnh ủy Tuyên Quang", addr="Phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.360",
                crumbs=crumbs, top=banner("/SiteAssets/images/banner-tinhuy.jpg", "Cổng thông tin điện tử Tỉnh ủy Tuyên Quang"),
                side=side_of(lambda d: f"{dmy(d)}", "Tin mới", "cmc-new"),
                shell_kw={"layout": "sp2016cmc", "head_extra": head, "items": MENU_GOV, "form": True, "action": "/Pages/chi-tiet-tin.aspx?ItemID=3318&l=TinHoatDongCoSo",
                          "left": f'{wd(pub + timedelta(days=1))}, {dmy(pub + timedelta(days=1))}'},
                exp=expected_(A6, iso(pub), author=WRITER6, category="Tin hoạt động cơ sở"),
                traps={"uploader": [UPLOADER6, f"Người đăng: {UPLOADER6}"], "chrome": ["Tin khác", "Quay lại", "Lượt xem: 689", "In tin"], "related": lambda rl: rl[:5]},
                notes="SharePoint Server 2016 + CMC's news detail web part (CMC's module before only on Liferay DXP 7.3, set 42, and Liferay 6.2 CE, set 43) in a vendor master with a two-zone page layout. COMPETING NAMES: the info row under the h1 prints 'Người đăng: Nguyễn Văn Bình' — the person who UPLOADED the item (a web editor of the Tỉnh ủy's office), a real person's name placed where some themes print the writer: a poster field, an account (set 34); the writer is the bold right-aligned signature after the text, 'Hoàng Lan Anh' → author, unit null. The Party secretary is named in the text (a subject). The stamp 'Ngày xuất bản: 15/09/2027 9:05 SA' (12-hour, 'SA' = a.m.) → 2027-09-15T09:05. The sapo opens 'Sáng 14/9, …' and cites 'Nghị quyết số 08-NQ/ĐU ngày 20/8/2026' (event day and a resolution's issue day, not stamps); 'Tin khác' prints '(dd/mm/yyyy h:mm SA/CH)'. Plain sapo (lead). Captions: an RTE centred <em> under the first picture, a table caption row under the second. Category 'Tin hoạt động cơ sở' (the SiteMapPath's last level). Not body: the tools, 'Tin khác', the sidebar.",
                readme="SharePoint 2016 + CMC's news web part, a commune's community-tourism review: 'Ngày xuất bản: dd/mm/yyyy h:mm SA' beside 'Người đăng: <a person>' (the uploader, not the writer); 'Sáng 14/9' and a resolution's issue day in the plain sapo; an RTE caption and a table caption; the writer a bare bold name after the text; 'Tin khác' with 12-hour stamps")


# ===================================================================== 7 Đảng ủy phường Vỹ Dạ (Huế): SharePoint 2013 + VNPT's news web part; a 'Nguồn:' line naming another paper; previous / next items with stamps; an update
A7 = Art("Phường Vỹ Dạ ra mắt mô hình “Tổ dân phố không rác thải nhựa”",
         "Ngày 19/9, Đảng ủy, Ủy ban nhân dân phường Vỹ Dạ phối hợp với Ủy ban Mặt trận Tổ quốc phường ra mắt mô hình “Tổ dân phố không rác thải nhựa” tại tổ dân phố số 7.",
         [("p", "Mô hình có 186 hộ dân tham gia. Mỗi hộ cam kết phân loại rác tại nguồn, hạn chế sử dụng túi ni lông, đồ nhựa dùng một lần; tổ dân phố bố trí điểm thu gom rác tái chế vào sáng Chủ nhật hằng tuần."),
          ("p", "Bà Lê Thị Mỹ Hạnh, Tổ trưởng tổ dân phố số 7, cho biết: “Ban đầu nhiều hộ còn ngại, nhưng khi thấy tiền bán phế liệu được đưa vào quỹ khuyến học của tổ, bà con hưởng ứng rất nhiệt tình.”"),
          ("img", "/PublishingImages/2027/09/phan-loai-rac-to-dan-pho-7.jpg", "Người dân tổ dân phố số 7 phân loại rác tại nguồn"),
          ("p", "Phát biểu tại buổi ra mắt, đồng chí Nguyễn Quang Vinh, Bí thư Đảng ủy phường, đề nghị các chi bộ tổ dân phố đưa nội dung bảo vệ môi trường vào sinh hoạt chi bộ định kỳ; phấn đấu đến cuối năm 2027 có thêm 5 tổ dân phố triển khai mô hình."),
          ("p", "Dịp này, Ủy ban Mặt trận Tổ quốc phường trao 200 túi vải và 50 thùng phân loại rác cho các hộ dân tham gia mô hình.")])
WRITER7, SRC7 = "Minh Thư", "Nguồn: Báo Huế điện tử"


def page07():
    pub = T("2027-09-20 14:22")
    upd = T("2027-09-21 07:30")
    site = "https://vyda.hue.dcs.vn"
    url = f"{site}/Pages/tin-chi-tiet.aspx?ItemId=742&ListId=b1e0f6d2-5c3a-4f7e-9a21-6d8e4c2b7f10"

    def main(rng, rl, rd):
        body = A7.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=fig, sep="")
        prev_d, next_d = rd[0], pub + timedelta(days=1, hours=1, minutes=18)
        return (f'<div class="vnpt-nd-header"><h1 class="vnpt-nd-title">{esc(A7.title)}</h1><div class="vnpt-nd-date"><span>{hm(pub)} | {dmy(pub)}</span>'
                f' <span class="vnpt-nd-update">Cập nhật: {hm(upd)} | {dmy(upd)}</span></div></div>'
                f'<div class="vnpt-nd-sapo"><strong>{esc(A7.lead)}</strong></div><div class="vnpt-nd-body">{body}'
                f'<p style="text-align:right"><strong>{esc(WRITER7)}</strong></p><p style="text-align:right"><em>{esc(SRC7)}</em></p></div>'
                f'<div class="vnpt-nd-nav"><div class="prev">Tin trước: <a href="{site}/Pages/tin-chi-tiet.aspx?ItemId=739">{esc(rl[0])}</a> ({dmy(prev_d)} {hm(prev_d)})</div>'
                f'<div class="next">Tin sau: <a href="{site}/Pages/tin-chi-tiet.aspx?ItemId=745">{esc(rl[1])}</a> ({dmy(next_d)} {hm(next_d)})</div></div>'
                + lst(site, "/Pages/tin-chi-tiet.aspx?ItemId=", list(zip(rl[2:6], rd[1:])), lambda d: f"{hm(d)} | {dmy(d)}", cls="vnpt-nd-other", head="Tin cùng chuyên mục", ext=""))

    crumbs = (f'<a href="{site}/">Trang chủ</a> <span class="sep">/</span> <a href="{site}/Pages/tin-tuc.aspx">Tin tức</a> <span class="sep">/</span> <a href="{site}/Pages/tin-co-so.aspx">Tin cơ sở</a>')
    head = og(A7.title, url) + '<meta name="GENERATOR" content="Microsoft SharePoint" />'
    return page("s44-07", family="ward_party_sharepoint2013_vnpt_news_web_part_source_line_naming_another_paper",
                name="hue-danguyphuongvyda-sharepoint2013-seattle-derived-vnpt-news-detail-web-part-crumb-tin-co-so-h1-hh-mm-pipe-dd-mm-yyyy-cap-nhat-next-day-bold-sapo-figures-bare-name-then-nguon-bao-hue-tin-truoc-tin-sau-with-stamps",
                url=url, art=A7, main_fn=main, pub=pub, prefix="vyda", kb=224,
                org="Đảng ủy phường Vỹ Dạ", addr="Phường Vỹ Dạ, thành phố Huế", phone="0234.3821.775",
                crumbs=crumbs, top=banner("/Style Library/vyda/banner.jpg", "Trang thông tin điện tử Đảng ủy phường Vỹ Dạ"),
                side=side_of(lambda d: f"{hm(d)} | {dmy(d)}", "Tin đọc nhiều", "vnpt13-most"),
                shell_kw={"layout": "sp2013vnpt", "head_extra": head, "items": MENU_PARTY, "form": True, "action": "/Pages/tin-chi-tiet.aspx?ItemId=742",
                          "left": f'{wd(upd + timedelta(days=1))}, {dmy(upd + timedelta(days=1))}'},
                exp=expected_(A7, iso(pub), iso(upd), author=WRITER7, category="Tin cơ sở"),
                traps={"source": [SRC7, "Báo Huế điện tử"], "prev_next": lambda rl: rl[:2], "chrome": ["Tin trước:", "Tin sau:", "Tin cùng chuyên mục", "Tin đọc nhiều"], "related": lambda rl: rl[2:6]},
                notes="SharePoint Server 2013 + VNPT's news web part on a ward Party committee's sub-site (seattle.master-derived). The header prints '14:22 | 20/09/2027' and 'Cập nhật: 07:30 | 21/09/2027' → published 2027-09-20T14:22, updated 2027-09-21T07:30. COMPETING STAMPS: 'Tin trước' / 'Tin sau' under the text print the previous and NEXT items' stamps '(dd/mm/yyyy HH:MM)' — the next item's is after the update; 'Tin cùng chuyên mục' and the sidebar print 'HH:MM | dd/mm/yyyy' like the item. The bold sapo opens 'Ngày 19/9, …' (the event's day). COMPETING NAMES: after the writer's bare bold name 'Minh Thư' comes an italic line 'Nguồn: Báo Huế điện tử' naming ANOTHER PAPER — the item is reprinted from it: a source line, not the writer's unit (set 13) → author 'Minh Thư', author_unit null; the ward's secretary and a residents' leader are quoted in the text (subjects). One figure caption. Category 'Tin cơ sở' (the crumb's last level).",
                readme="SharePoint 2013 + VNPT's news web part on a ward's sub-site, a plastic-free residential group: 'HH:MM | dd/mm/yyyy' + 'Cập nhật: HH:MM | dd/mm/yyyy'; bold sapo 'Ngày 19/9, …'; a bare name then 'Nguồn: Báo Huế điện tử' (another paper: a source, no unit); 'Tin trước' / 'Tin sau' with their stamps, the next one after the update")


# ===================================================================== 8 Hội LHPN tỉnh Lạng Sơn: DNN 9 + a local vendor's news module; 'Tin cùng chuyên mục' in the LeftPane; a photographer credit under the last picture
A8 = Art("Hội LHPN xã Na Sầm bàn giao mái ấm tình thương cho hội viên khó khăn",
         "Ngày 23/9, Hội Liên hiệp Phụ nữ xã Na Sầm phối hợp với các nhà hảo tâm tổ chức bàn giao mái ấm tình thương cho gia đình chị Hoàng Thị Lìu ở thôn Khòn Pát, hội viên có hoàn cảnh đặc biệt khó khăn.",
         [("p", "Ngôi nhà có diện tích 60 m², tổng kinh phí xây dựng 120 triệu đồng, trong đó Hội LHPN tỉnh hỗ trợ 50 triệu đồng, các nhà hảo tâm đóng góp 40 triệu đồng, phần còn lại do gia đình và dòng họ đóng góp ngày công."),
          ("p", "Chị Hoàng Thị Lìu năm nay 41 tuổi, chồng mất sớm, một mình nuôi hai con đang tuổi đi học. Căn nhà cũ bằng đất đã xuống cấp nghiêm trọng sau đợt mưa lớn tháng 7/2027."),
          ("img", "/Portals/0/News/2027/09/trao-quyet-dinh-ho-tro-xay-nha.jpg", "Lãnh đạo Hội LHPN xã trao quyết định hỗ trợ xây nhà cho chị Hoàng Thị Lìu"),
          ("p", "Từ đầu năm đến nay, các cấp hội phụ nữ trên địa bàn xã đã vận động xây mới, sửa chữa 4 mái ấm tình thương, trao 65 suất quà cho phụ nữ, trẻ em có hoàn cảnh khó khăn với tổng trị giá hơn 300 triệu đồng."),
          ("img", "/Portals/0/News/2027/09/ngoi-nha-moi-chi-liu.jpg", "Ngôi nhà mới của gia đình chị Hoàng Thị Lìu")])
BY8, WRITER8, UNIT8, PHOTO8 = "Hoàng Thị Mai (Hội LHPN xã Na Sầm)", "Hoàng Thị Mai", "Hội LHPN xã Na Sầm", "Lý Văn Cường"


def page08():
    pub = T("2027-09-24 10:00")
    site = "https://phunu.langson.gov.vn"
    url = f"{site}/tin-tuc/phu-nu-voi-an-sinh-xa-hoi/ArticleId/2217/hoi-lhpn-xa-na-sam-ban-giao-mai-am-tinh-thuong-cho-hoi-vien-kho-khan"

    def main(rng, rl, rd):
        body = A8.render(p=jp, img=pem, sep="")
        return (f'<div class="vns-detail"><h1 class="vns-title"><span id="dnn_ctr1482_ViewTinTuc_lblTieuDe">{esc(A8.title)}</span></h1>'
                f'<div class="vns-info"><span id="dnn_ctr1482_ViewTinTuc_lblNgayDang">Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span>Lượt xem: 312</span></div>'
                f'<div class="vns-sapo"><span id="dnn_ctr1482_ViewTinTuc_lblTomTat"><b>{esc(A8.lead)}</b></span></div>'
                f'<div class="vns-content" id="dnn_ctr1482_ViewTinTuc_divNoiDung">{body}<p style="text-align:right">Ảnh: {esc(PHOTO8)}</p>'
                f'<p style="text-align:right"><strong>{esc(BY8)}</strong></p></div>'
                f'<div class="vns-tools"><a href="#">In bài viết</a> <a href="#">Gửi email</a> <a href="#">Lên đầu trang</a></div></div>')

    def side(rng, p):
        items = list(zip([pub + timedelta(hours=5, minutes=40)] + [d for d in past(p, rng, 5, 1, 12)], heads14(rng, 6)))
        li = "".join(f'<li><a href="{site}/tin-tuc/phu-nu-voi-an-sinh-xa-hoi/ArticleId/{2218 - i}/{slug(t)[:50]}">{esc(t)}</a><span class="date">{dmy(d)} {hm(d)}</span></li>' for i, (d, t) in enumerate(items))
        return (f'<div class="DnnModule DnnModule-VNS_TinCungChuyenMuc"><div class="c_head"><h2 class="c_title">Tin cùng chuyên mục</h2></div><ul class="vns-same">{li}</ul></div>'
                + side_of(lambda d: f"{dmy(d)}", "Văn bản - Hướng dẫn", "vns-docs", docs=True)(rng, p))

    crumbs = (f'<span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="{site}/" class="SkinObject">Trang chủ</a> › <a href="{site}/tin-tuc" class="SkinObject">Tin tức</a> › '
              f'<a href="{site}/tin-tuc/phu-nu-voi-an-sinh-xa-hoi" class="SkinObject">Phụ nữ với an sinh xã hội</a></span>')
    head = og(A8.title, url) + '<meta name="generator" content="DotNetNuke" /><!-- DNN Platform 9.10.2 -->'
    return page("s44-08", family="womens_union_dnn9_vendor_news_module_same_section_in_left_pane_photo_credit_under_last_picture",
                name="langson-hoilhpn-dnn9-vendor-skin-vns-tintuc-leftpane-same-section-first-newer-crumb-phu-nu-voi-an-sinh-xa-hoi-h1-lblngaydang-dd-mm-yyyy-hh-mm-bold-lbltomtat-p-em-captions-anh-name-line-under-last-picture-name-paren-commune-union",
                url=url, art=A8, main_fn=main, pub=pub, prefix="pnls", kb=214,
                org="Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn", addr="Phường Lương Văn Tri, tỉnh Lạng Sơn", phone="0205.3812.541",
                crumbs=crumbs, top=banner("/Portals/0/Skins/phunu/banner.png", "Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn"), side=side,
                shell_kw={"layout": "dnn9vn", "head_extra": head, "items": MENU_WOMEN, "form": True, "dnn": True, "action": url,
                          "left": f'{wd(pub + timedelta(days=1))}, {dmy(pub + timedelta(days=1))}'},
                exp=expected_(A8, iso(pub), author=WRITER8, unit=UNIT8, photographer=PHOTO8, category="Phụ nữ với an sinh xã hội"),
                traps={"byline": [BY8], "photo_credit": [f"Ảnh: {PHOTO8}"], "same_section_stamp": [f"{dmy(pub + timedelta(hours=5, minutes=40))} {hm(pub + timedelta(hours=5, minutes=40))}"],
                       "chrome": ["Tin cùng chuyên mục", "Lượt xem: 312", "Văn bản - Hướng dẫn", "Lên đầu trang"]},
                notes="DNN Platform 9.10 + a local vendor's news module (VNS_TinTuc; DNN 8 + a local vendor's module in set 43 had the stamp in the crumb row). COMPETING STAMPS: the skin puts the vendor's 'Tin cùng chuyên mục' module in the LEFT pane, BEFORE the ContentPane in the markup, its first entry a newer item of the same day stamped '24/09/2027 15:40' in the item's very shape 'dd/mm/yyyy HH:MM'; the item's own stamp is lblNgayDang under its h1, 'Ngày đăng: 24/09/2027 10:00' → 2027-09-24T10:00. The bold lblTomTat (lead) opens 'Ngày 23/9, …' (the event's day). COMPETING NAMES: a right-aligned 'Ảnh: Lý Văn Cường' line directly under the LAST picture's caption, before the signature — an explicit photo credit in its own paragraph, outside the caption (set 31) → photographer 'Lý Văn Cường'; the signature 'Hoàng Thị Mai (Hội LHPN xã Na Sầm)' → author + unit (a commune's union). The beneficiary's name is in the lead and a caption (a subject). Captions: two centred <em> lines. Category 'Phụ nữ với an sinh xã hội' (the DNN breadcrumb's last level).",
                readme="DNN 9 + a local vendor's news module, a women's union hands over a house: the 'Tin cùng chuyên mục' module in the LEFT pane before the item, its first entry a newer item in the same 'dd/mm/yyyy HH:MM' shape; bold lblTomTat; p > em captions; 'Ảnh: Name' line under the last picture (photographer); 'Name (Hội LHPN xã …)'")


# ===================================================================== 9 Đảng ủy xã Bát Xát (Lào Cai): WordPress + Twenty Fifteen; TWIST an EXIF capture stamp under the lead picture, before the item's stamp (printed after the text)
A9 = Art("Đảng bộ xã Bát Xát huy động lực lượng giúp dân khắc phục hậu quả sạt lở",
         "",
         [("p", "Mưa lớn kéo dài từ đêm 1/10 đến sáng 2/10 đã gây sạt lở đất tại thôn Tả Lèng và thôn Phìn Ngan, vùi lấp một đoạn đường liên thôn dài khoảng 40 m, làm hư hỏng 3 ngôi nhà và gần 2 ha ruộng lúa sắp thu hoạch."),
          ("p", "Ngay trong sáng 2/10, Đảng ủy xã chỉ đạo Ban Chỉ huy Quân sự, Công an xã cùng đoàn viên thanh niên và người dân huy động hơn 120 người, 2 máy xúc khơi thông tuyến đường, giúp các gia đình di dời tài sản đến nơi an toàn."),
          ("img", "/wp-content/uploads/2027/10/khoi-thong-duong-lien-thon.jpg", "Lực lượng xung kích xã Bát Xát khơi thông tuyến đường liên thôn bị sạt lở"),
          ("p", "Đồng chí Lý Seo Chứ, Bí thư Đảng ủy xã, trực tiếp kiểm tra hiện trường, thăm hỏi, động viên các hộ bị thiệt hại; chỉ đạo các chi bộ thôn rà soát các điểm có nguy cơ sạt lở, kiên quyết di dời người dân khi có mưa lớn."),
          ("p", "Ủy ban Mặt trận Tổ quốc xã đã trao 3 suất hỗ trợ khẩn cấp, mỗi suất 5 triệu đồng, cho các hộ có nhà bị hư hỏng; các đoàn thể vận động hội viên giúp thu hoạch lúa ở những diện tích bị ảnh hưởng."),
          ("img", "/wp-content/uploads/2027/10/thu-hoach-lua-phin-ngan.jpg", "Đoàn viên thanh niên giúp người dân thôn Phìn Ngan thu hoạch lúa"),
          ("p", "Đến chiều 2/10, tuyến đường liên thôn đã được thông xe; các hộ dân được bố trí ở tạm nhà người thân trong thôn, bảo đảm an toàn.")])
BY9, WRITER9, UNIT9 = "Tin, ảnh: Phạm Quang Huy (Văn phòng Đảng ủy xã Bát Xát)", "Phạm Quang Huy", "Văn phòng Đảng ủy xã Bát Xát"


def page09():
    pub = T("2027-10-03 09:15")
    shot = T("2027-10-02 07:42")
    site = "https://dangbobatxat.laocai.example"
    url = f"{site}/2027/10/03/dang-bo-xa-bat-xat-huy-dong-luc-luong-giup-dan-khac-phuc-hau-qua-sat-lo/"

    def img(s, c, n):
        return (f'<figure id="attachment_{2300 + n}" aria-describedby="caption-attachment-{2300 + n}" style="width: 660px" class="wp-caption aligncenter"><img class="size-large wp-image-{2300 + n}" src="{s}" alt="" width="660" height="440" />'
                f'<figcaption id="caption-attachment-{2300 + n}" class="wp-caption-text">{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        body = A9.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="\n")
        return (f'<article id="post-2297" class="post-2297 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-hoat-dong">'
                f'<div class="post-thumbnail"><img width="825" height="510" src="/wp-content/uploads/2027/10/sat-lo-ta-leng-825x510.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" /></div>'
                f'<div class="exif-data"><ul class="exifography"><li class="exif-created-timestamp"><span class="exif-label">Ngày chụp:</span> {dmy(shot)} {hm(shot)}</li>'
                f'<li class="exif-camera"><span class="exif-label">Máy ảnh:</span> Canon EOS R6</li><li class="exif-aperture"><span class="exif-label">Khẩu độ:</span> f/5.6</li>'
                f'<li class="exif-shutter-speed"><span class="exif-label">Tốc độ:</span> 1/500s</li><li class="exif-iso"><span class="exif-label">ISO:</span> 400</li></ul></div>'
                f'<header class="entry-header"><h1 class="entry-title">{esc(A9.title)}</h1></header>'
                f'<div class="entry-content">{body}\n<p style="text-align: right;"><strong>{esc(BY9)}</strong></p></div>'
                f'<footer class="entry-footer"><span class="posted-on"><span class="screen-reader-text">Đăng ngày </span><a href="{url}" rel="bookmark"><time class="entry-date published updated" datetime="{iso(pub)}">{dmy(pub)}</time></a></span>'
                f'<span class="byline"><span class="author vcard"><span class="screen-reader-text">Tác giả </span><a class="url fn n" href="{site}/author/bbt_batxat/">bbt_batxat</a></span></span>'
                f'<span class="cat-links"><span class="screen-reader-text">Chuyên mục </span><a href="{site}/category/tin-hoat-dong/" rel="category tag">Tin hoạt động</a></span></footer></article>'
                f'<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
                f'<div class="nav-previous"><a href="{site}/2027/09/28/{slug(rl[0])[:50]}/" rel="prev"><span class="meta-nav" aria-hidden="true">Trước</span> <span class="post-title">{esc(rl[0])}</span></a></div></div></nav>')

    def side(rng, p):
        recent = "".join(f'<li><a href="{site}/2027/{d.strftime("%m/%d")}/{slug(t)[:40]}/">{esc(t)}</a> <span class="post-date">{dmy(d)}</span></li>'
                         for t, d in zip(heads14(rng, 5), [pub + timedelta(days=1, hours=6)] + past(p, rng, 4, 1, 14)))
        return (f'<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></aside>'
                f'<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="{site}/2027/10/">Tháng Mười 2027</a></li><li><a href="{site}/2027/09/">Tháng Chín 2027</a></li></ul></aside>')

    top = lambda rng, p: f'<p class="site-title"><a href="{site}/" rel="home">Đảng bộ xã Bát Xát</a></p><p class="site-description">Trang thông tin điện tử</p>'
    head = (og(A9.title, url, {"article:published_time": iso(pub)}) + '<meta name="generator" content="WordPress 6.6.2" />'
            + '<link rel="stylesheet" id="twentyfifteen-style-css" href="/wp-content/themes/twentyfifteen/style.css?ver=20240716" media="all" /><link rel="stylesheet" id="exifography-css" href="/wp-content/plugins/thesography/exifography.css" media="all" />')
    return page("s44-09", family="commune_party_wp_twentyfifteen_exif_capture_stamp_before_item_stamp",
                name="laocai-danguyxabatxat-wordpress-twentyfifteen-left-sidebar-post-thumbnail-exifography-ngay-chup-dd-mm-yyyy-hh-mm-above-h1-no-lead-wp-caption-figcaptions-tin-anh-name-paren-unit-entry-footer-date-datetime-after-text",
                url=url, art=A9, main_fn=main, pub=pub, prefix="bxlc", kb=150,
                org="Đảng ủy xã Bát Xát", addr="Xã Bát Xát, tỉnh Lào Cai", phone="0214.3883.210",
                crumbs="", top=top, side=side, title=f"{A9.title} – Đảng bộ xã Bát Xát",
                shell_kw={"layout": "tt15", "head_extra": head, "items": MENU_PARTY},
                exp=expected_(A9, iso(pub), author=WRITER9, unit=UNIT9, photographer=WRITER9, category="Tin hoạt động", lead=None),
                traps={"exif_stamp": [f"Ngày chụp: {dmy(shot)} {hm(shot)}", f"{dmy(shot)} {hm(shot)}", "Canon EOS R6"], "byline": [BY9], "account": ["bbt_batxat"],
                       "chrome": ["Điều hướng bài viết", "Bài viết mới", "Tháng Mười 2027"], "related": lambda rl: rl[:1]},
                notes="TWIST (a photograph's EXIF capture stamp before the item's stamp). WordPress + Twenty Fifteen (the sidebar column on the LEFT; the entry footer with the day AFTER the text) and the Exifography plugin, which prints the featured picture's EXIF data under it: 'Ngày chụp: 02/10/2027 07:42 · Máy ảnh: Canon EOS R6 · Khẩu độ: f/5.6 · …' — ABOVE the headline, the first and only full 'dd/mm/yyyy HH:MM' on the page. It is the moment the CAMERA took the picture (the morning of the landslide, the day before), not the item's. The item's stamp is Twenty Fifteen's posted-on in the entry footer after the text: <time class='entry-date published updated' datetime='2027-10-03T09:15:00+07:00'>03/10/2027</time> → published 2027-10-03T09:15 (the printed day with the time of the stamp's own datetime, which carries an offset and agrees: set 25 MAJORITY), updated null (the single <time> is 'published updated', no separate update printed). A reader taking the first stamp near the headline stores 2027-10-02T07:42 — a day early, silently. The text's days ('đêm 1/10', 'sáng 2/10', 'chiều 2/10') are events; the sidebar's 'Bài viết mới' prints other items' days (the first the next day). 'Tin, ảnh: Phạm Quang Huy (Văn phòng Đảng ủy xã Bát Xát)' bold right → author, unit, photographer; the account 'bbt_batxat' in the footer is no writer; the Party secretary is named in the text. No lead (no excerpt printed). Captions: two wp-caption figcaptions (the featured picture has none; the EXIF list is no caption). Category 'Tin hoạt động' (the footer's cat-links; no crumb).",
                readme="TWIST — WordPress + Twenty Fifteen with the Exifography plugin, a commune's landslide response: the featured picture's EXIF line 'Ngày chụp: dd/mm/yyyy HH:MM · Máy ảnh: …' ABOVE the h1 (the camera's moment, the day before); the item's day only in the entry footer after the text, its time in the agreeing datetime; no lead; wp-caption figcaptions; 'Tin, ảnh: Name (Văn phòng Đảng ủy xã …)'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
