"""Set 41 pages 1-9: ordinary items of a Party committee's week on the common products of shared/research/vn-sites.md,
in versions, themes, modules and page layouts sets 26-40 did not use (NukeViet 4.3 under a Fatherland Front vendor
theme, NukeViet 4.5 under a Red Cross vendor theme, Drupal 7 + an AdaptiveTheme 7.x-3 sub-theme, SharePoint 2010
publishing with a vendor's NewsDetail web part, SharePoint 2016 with a vendor's visual web part, Liferay 6.2 + FPT's
news portlet, Liferay DXP 7.4 + EcoIT's portlet, DNN 8 + XMod Pro, the '.dcs.vn' platform's e-magazine template).
One page of this module carries a twist (page 3: the writer's unit printed only in an asterisk note '(*) …' under the
text, the byline 'ThS. Name (*)' at its top); the other two are in gen/p_02_more.py."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, heads13, heads14, past, twelve
from .kit import og, jsonld, schedule
from .shell import MENU_MASS, MENU_GOV, MENU_NEWS
from .base import page, vb_box, mostread, WRITERS33, WRITERS34

MENU_PARTY = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các cơ quan tham mưu", "Tổ chức cơ sở đảng"]),
    ("Tin tức", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Tin cơ sở", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Cuộc thi"]),
    ("Bảo vệ nền tảng tư tưởng của Đảng", ["Bình luận", "Phản bác quan điểm sai trái", "Cảnh giác"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Hướng dẫn nghiệp vụ"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic", "Podcast"]),
]
MENU_FRONT = [
    ("Giới thiệu", ["Lịch sử Mặt trận", "Ủy ban MTTQ tỉnh", "Ban Thường trực", "Các tổ chức thành viên"]),
    ("Tin tức", ["Hoạt động Mặt trận", "Tin cơ sở", "Đoàn thể", "Tôn giáo - Dân tộc"]),
    ("Cuộc vận động", ["Toàn dân đoàn kết xây dựng đời sống văn hóa", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Quỹ Vì người nghèo"]),
    ("Giám sát - Phản biện", ["Giám sát", "Phản biện xã hội", "Góp ý xây dựng Đảng, chính quyền"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản tỉnh"]),
    ("Thư viện", ["Ảnh", "Video"]),
]


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def dmyhm(d, sep=" "):
    return f"{dmy(d)}{sep}{hm(d)}"


def banner(img, alt):
    return lambda rng, p: f'<div class="banner"><a href="/"><img src="{img}" alt="{esc(alt, True)}" /></a><span class="site-name">{esc(alt)}</span></div>'


def side_of(fmt, head="Tin đọc nhiều", cls="most-read", docs=True, writer_fmt="{w}", doc_items=None):
    def f(rng, p):
        s = mostread(rng, p, fmt, head, cls, 6, writers=WRITERS34, writer_fmt=writer_fmt)
        if docs:
            s += vb_box(doc_items or ["Hướng dẫn số 05-HD/TU về tổ chức hội nghị tổng kết năm 2026 của các cấp ủy",
                                      "Kế hoạch số 112-KH/TU thực hiện chủ đề năm 2027",
                                      "Chương trình kiểm tra, giám sát năm 2027 của Ban Chấp hành Đảng bộ tỉnh"], "Văn bản mới", cls + "-vb")
        return s
    return f


def relbox(site, base, head, fmt, cls="tin-lien-quan", writers=WRITERS33, wfmt="{w}", n=5, ext=".html"):
    """A related list of OTHER items, each with its stamp and its writer."""
    def f(rl, rd, rng):
        li = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{rng.randint(1000, 9999)}{ext}">{esc(t)}</a> '
                     f'<span class="date">{esc(fmt(d))}</span> <span class="author">{esc(wfmt.format(w=rng.choice(writers)))}</span></li>'
                     for t, d in zip(rl[:n], rd))
        return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><ul>{li}</ul></div>'
    return f


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>'


def expected_(art, published, updated=None, author=None, unit=None, photographer=None, category=None, captions=None, body=None, lead="__art__", title=None):
    from .common import expected
    return expected(art, published, updated, author, unit, photographer, category, captions, body, lead, title)


def word_table(rows, cls="tbl-word"):
    """A data table as editors paste it: <p> inside every cell, the header row bold (no <thead>)."""
    out = [f'<table border="1" cellpadding="0" cellspacing="0" class="{cls}" style="width:100%;border-collapse:collapse"><tbody>']
    for i, r in enumerate(rows):
        cells = "".join((f'<td style="text-align:center"><p><strong>{esc(c)}</strong></p></td>' if i == 0 else f'<td><p>{esc(c)}</p></td>') for c in r)
        out.append(f"<tr>{cells}</tr>")
    return "".join(out) + "</tbody></table>"


# ===================================================================== 1 Ủy ban MTTQ Việt Nam tỉnh Phú Thọ: NukeViet 4.3 + a Front vendor theme; a data table; two writers in the author field
A1 = Art("Ủy ban MTTQ Việt Nam tỉnh tổng kết công tác Mặt trận năm 2026",
         "Chiều 13/1, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2026, triển khai chương trình phối hợp và thống nhất hành động năm 2027.",
         [("p", "Năm 2026 là năm đầu tiên hệ thống Mặt trận các cấp vận hành ổn định theo mô hình tổ chức mới sau sắp xếp. Ủy ban MTTQ Việt Nam tỉnh và 148 Ủy ban MTTQ Việt Nam xã, phường đã chủ động đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư."),
          ("p", "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” tiếp tục được triển khai sâu rộng; công tác giám sát, phản biện xã hội có nhiều chuyển biến, tập trung vào những vấn đề Nhân dân quan tâm như giải phóng mặt bằng, môi trường, an toàn thực phẩm."),
          ("h", "Một số kết quả nổi bật năm 2026"),
          ("table", [["TT", "Nội dung", "Kết quả"],
                     ["1", "Xây mới, sửa chữa nhà Đại đoàn kết", "412 nhà"],
                     ["2", "Vận động Quỹ “Vì người nghèo” các cấp", "38,6 tỷ đồng"],
                     ["3", "Khu dân cư được công nhận kiểu mẫu", "127 khu"],
                     ["4", "Kiến nghị sau giám sát được tiếp thu, giải quyết", "94%"]]),
          ("p", "Phát biểu chỉ đạo hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận những kết quả Mặt trận các cấp đạt được; đề nghị năm 2027 tiếp tục phát huy vai trò nòng cốt tập hợp, xây dựng khối đại đoàn kết toàn dân tộc, làm tốt công tác nắm bắt tình hình Nhân dân ở cơ sở."),
          ("img", "/uploads/news/2027_01/trao-co-thi-dua-mttq.jpg", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy trao Cờ thi đua cho các tập thể có thành tích xuất sắc"),
          ("p", "Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua cho 3 tập thể; Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 26 tập thể, 41 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2026."),
          ("p", "Hội nghị đã ký kết chương trình phối hợp và thống nhất hành động năm 2027 giữa Ủy ban MTTQ Việt Nam tỉnh với các tổ chức chính trị - xã hội của tỉnh.")])
LEADIMG1 = ("/uploads/news/2027_01/hoi-nghi-tong-ket-mttq-2026.jpg", "Quang cảnh hội nghị tổng kết công tác Mặt trận năm 2026")
BYS1 = ["Đinh Thị Thu Hà", "Nguyễn Quang Vinh"]


def page01():
    pub = T("2027-01-13 15:20")
    site = "https://mattran.phutho.gov.vn"
    url = f"{site}/news/hoat-dong-mat-tran/uy-ban-mttq-viet-nam-tinh-tong-ket-cong-tac-mat-tran-nam-2026-3318.html"

    def img(s, c, n):
        return f'<p style="text-align:center"><img alt="" src="{s}" style="width:680px;height:453px" /></p><p style="text-align:center"><em>{esc(c)}</em></p>'

    def main(rng, rl, rd):
        newer = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{site}/news/hoat-dong-mat-tran/{slug(t)[:60]}-{3319 + i}.html" title="{esc(t, True)}">{esc(t)}</a> <em>({dmy(pub + timedelta(days=i + 1))})</em></li>'
                        for i, t in enumerate(rl[:3]))
        older = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{site}/news/hoat-dong-mat-tran/{slug(t)[:60]}-{3300 + i}.html" title="{esc(t, True)}">{esc(t)}</a> <em>({dmy(d)})</em></li>'
                        for i, (t, d) in enumerate(zip(rl[3:7], rd)))
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{wd(pub, lower=True)} - {dmy(pub)} {hm(pub)}</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="In ra" href="{site}/news/print/hoat-dong-mat-tran/3318.html"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article left pointer"><div id="imghome"><img alt="{esc(LEADIMG1[1], True)}" src="{LEADIMG1[0]}" width="300" class="img-thumbnail" /></div>'
                f'<figcaption>{esc(LEADIMG1[1])}</figcaption></figure><div class="hometext m-bottom mttq-sapo">{esc(A1.lead)}</div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{A1.render(p=jp, img=img, table=word_table, h=lambda t: f"<p><strong>{esc(t)}</strong></p>", sep="")}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>{esc(" - ".join(BYS1))}</p>'
                f'<p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Phong trào, Ủy ban MTTQ Việt Nam tỉnh</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a title="tổng kết" href="{site}/news/tag/tong-ket"><em>tổng kết</em></a>, <a title="mặt trận" href="{site}/news/tag/mat-tran"><em>mặt trận</em></a>, <a title="chương trình phối hợp" href="{site}/news/tag/chuong-trinh-phoi-hop"><em>chương trình phối hợp</em></a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 23 trong 5 đánh giá</p>'
                f'<span itemprop="ratingValue">4.6</span> - <span itemprop="reviewCount">5</span> phiếu bầu<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /></div><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></form></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related">{newer}</ul></div>'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related">{older}</ul></div></div></div>')

    def side(rng, p):
        return (schedule(rng, p + timedelta(days=5), "Lịch công tác Ban Thường trực", "mttq-lich")
                + side_of(dmy, "Tin xem nhiều", "mttq-most", docs=True, doc_items=["Hướng dẫn số 03/HD-MTTQ-BTT tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027",
                                                                                    "Chương trình phối hợp và thống nhất hành động năm 2027"])(rng, p)
                + '<div class="mttq-stat"><h3>Thống kê truy cập</h3><ul><li>Đang truy cập: 27</li><li>Hôm nay: 1.416</li><li>Tổng lượt truy cập: 3.208.551</li></ul></div>')

    crumbs = ('<ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/" title="Trang nhất"><span><em class="fa fa-lg fa-home">&nbsp;</em><span class="hidden-xs">Trang nhất</span></span></a></li>'
              '<li id="brcr_1"><a href="/news/" title="Tin tức"><span>Tin tức</span></a></li><li id="brcr_2"><a href="/news/hoat-dong-mat-tran/" title="Hoạt động Mặt trận"><span>Hoạt động Mặt trận</span></a></li></ul>')
    head = og(A1.title, url, {"og:description": A1.lead, "article:published_time": iso(pub), "og:image": site + LEADIMG1[0]}) + '<meta name="generator" content="NukeViet v4.3" />'
    today = pub + timedelta(days=4)
    return page("s41-01", family="fatherland_front_nukeviet43_vendor_theme_data_table_two_writers_author_field",
                name="phutho-mttq-nukeviet43-vendor-front-theme-weekday-lower-dash-dd-mm-yyyy-hh-mm-figure-article-left-figcaption-before-hometext-lead-bold-subheading-word-table-p-in-cells-tac-gia-two-names-dash-nguon-tin-rating-newer-older",
                url=url, art=A1, main_fn=main, pub=pub, prefix="mttqpt", kb=184,
                org="Ủy ban MTTQ Việt Nam tỉnh Phú Thọ", addr="Số 5 đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.318",
                crumbs=crumbs, top=banner("/themes/mattran/images/banner-mttq.png", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ"), side=side,
                shell_kw={"layout": "nv43_mttq", "head_extra": head, "items": MENU_FRONT, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A1, iso(pub), author=", ".join(BYS1), category="Hoạt động Mặt trận", captions=[LEADIMG1[1]] + A1.captions),
                traps={"chrome": ["Nguồn tin:", "Những tin mới hơn", "Những tin cũ hơn", "Tổng số điểm của bài viết là", "Lịch công tác Ban Thường trực", "Từ khóa:"],
                       "source": ["Ban Phong trào, Ủy ban MTTQ Việt Nam tỉnh"], "related": lambda rl: rl[:7]},
                notes="NukeViet 4.3 under a provincial vendor's theme for the Fatherland Front (the 4.x default's 24-column grid, news_column panels and labels kept). 'Thứ tư - 13/01/2027 15:20' (the stock shape, the day word in lower case) → T15:20; the header date is the crawl day. The lead picture is a figure.article.left with its figcaption BEFORE the hometext (caption first in page order); the hometext is bold only by the theme's CSS class → lead. In the text: a bold sub-heading (body) and a pasted data table, its header row bold cells with <p> inside every cell (no <thead>) → one paragraph per row, cells ' | '. 'Tác giả: Đinh Thị Thu Hà - Nguyễn Quang Vinh' → two writers joined ', ' (set 28); 'Nguồn tin: Ban Phong trào, Ủy ban MTTQ Việt Nam tỉnh' a source (set 13) → unit null. Category 'Hoạt động Mặt trận' (crumb). Rating block, tags, 'Những tin mới hơn' / 'Những tin cũ hơn' with days; a schedule box with future days in the sidebar.",
                readme="NukeViet 4.3 under a Fatherland Front vendor theme, a year-end review: 'Thứ tư - dd/mm/yyyy HH:MM'; the lead picture's figcaption before the hometext; a bold sub-heading and a pasted data table (<p> in cells, bold header row); 'Tác giả: A - B' + 'Nguồn tin:'; rating, tags, newer / older lists")


# ===================================================================== 2 Hội Chữ thập đỏ tỉnh Thanh Hóa: NukeViet 4.5 + a Red Cross vendor theme; a picture grid table with caption rows; 'Bài: A; Ảnh: B, C'
A2 = Art("Hội Chữ thập đỏ tỉnh trao 2.500 suất quà “Tết Nhân ái” Xuân Đinh Mùi 2027",
         "Từ ngày 25 đến 29/1, Hội Chữ thập đỏ tỉnh phối hợp với các nhà tài trợ trao 2.500 suất quà “Tết Nhân ái” cho hộ nghèo, người khuyết tật, nạn nhân chất độc da cam ở các xã miền núi và ven biển.",
         [("p", "Mỗi suất quà gồm tiền mặt 500.000 đồng và nhu yếu phẩm trị giá 300.000 đồng; tổng trị giá chương trình hơn 2 tỷ đồng, do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp qua Cổng vận động nhân đạo của Hội."),
          ("p", "Tại xã Bá Thước, đoàn công tác của Hội Chữ thập đỏ tỉnh đã thăm hỏi, tặng quà 320 hộ gia đình người Thái, người Mường có hoàn cảnh khó khăn; trao 5 con bò giống cho hộ nghèo theo mô hình “Ngân hàng bò”."),
          ("raw", "GRID"),
          ("p", "Cùng với chương trình của tỉnh, Hội Chữ thập đỏ các xã, phường đã vận động được hơn 18.600 suất quà Tết với tổng trị giá trên 12 tỷ đồng, bảo đảm mọi người, mọi nhà đều có Tết."),
          ("p", "Dịp này, Hội Chữ thập đỏ tỉnh phát động đợt hiến máu “Giọt hồng tháng Giêng”, dự kiến tiếp nhận 3.000 đơn vị máu phục vụ công tác cấp cứu, điều trị sau Tết.")])
GRID2 = [("/uploads/news/2027_01/trao-qua-ba-thuoc.jpg", "Lãnh đạo Hội Chữ thập đỏ tỉnh trao quà cho hộ nghèo xã Bá Thước"),
         ("/uploads/news/2027_01/ngan-hang-bo.jpg", "Trao bò giống theo mô hình “Ngân hàng bò”"),
         ("/uploads/news/2027_01/tinh-nguyen-vien-ctd.jpg", "Tình nguyện viên chữ thập đỏ chuẩn bị quà Tết"),
         ("/uploads/news/2027_01/tham-nan-nhan-da-cam.jpg", "Thăm hỏi nạn nhân chất độc da cam ở xã ven biển Hoằng Tiến")]
PHOTOS2 = ["Mai Anh", "Quốc Toản"]


def page02():
    pub = T("2027-01-29 09:40")
    site = "https://chuthapdothanhhoa.org.vn"
    url = f"{site}/news/hoat-dong-nhan-dao/hoi-chu-thap-do-tinh-trao-2-500-suat-qua-tet-nhan-ai-xuan-dinh-mui-2027-5127.html"
    grid = ('<table align="center" border="0" cellpadding="3" cellspacing="0" class="ctd-grid" style="width:100%"><tbody>'
            + "".join(f'<tr><td style="width:50%"><img alt="" src="{GRID2[i][0]}" style="width:100%" /></td><td style="width:50%"><img alt="" src="{GRID2[i + 1][0]}" style="width:100%" /></td></tr>'
                      f'<tr><td style="text-align:center"><em>{esc(GRID2[i][1])}</em></td><td style="text-align:center"><em>{esc(GRID2[i + 1][1])}</em></td></tr>' for i in (0, 2))
            + "</tbody></table>")

    def main(rng, rl, rd):
        oth = "".join(f'<li><a href="{site}/news/hoat-dong-nhan-dao/{slug(t)[:60]}-{5100 + i}.html">{esc(t)}</a> <span class="text-muted">{hm(d)} {dmy(d)}</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="news_column ctd-detail"><div class="ctd-cat-bar"><span>Tin hoạt động</span></div><h1 class="ctd-title">{esc(A2.title)}</h1>'
                f'<div class="ctd-info"><span class="ctd-time"><i class="fa fa-clock-o"></i> {hm(pub)} {dmy(pub)}</span> <span class="ctd-view"><i class="fa fa-eye"></i> Lượt xem: 865</span>'
                f' <a class="ctd-print" href="{site}/news/print/hoat-dong-nhan-dao/5127.html"><i class="fa fa-print"></i> In bài</a></div>'
                f'<div class="hometext"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext">{A2.render(p=jp, raw=lambda x: grid, sep="")}'
                f'<p style="text-align:right"><strong>Bài: Lê Thị Hằng; Ảnh: {", ".join(PHOTOS2)}</strong></p></div>'
                f'<div class="ctd-donate"><a class="btn btn-danger" href="{site}/ung-ho">Ủng hộ “Tết Nhân ái” - Quét mã QR tại đây</a></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Tin cùng chuyên mục</strong></p><ul class="related">{oth}</ul></div></div></div>')

    def side(rng, p):
        cases = [("Em Lê Văn Nam (xã Bá Thước) cần hỗ trợ chi phí phẫu thuật tim", "Đã nhận: 42.500.000 đồng"),
                 ("Gia đình bà Phạm Thị Lụa (phường Quảng Phú) có nhà bị sập do mưa lũ", "Đã nhận: 18.200.000 đồng"),
                 ("Anh Hà Văn Toán (xã Mường Lát) bị tai nạn lao động", "Đã nhận: 9.700.000 đồng")]
        box = '<div class="ctd-diachi"><h3>Địa chỉ nhân đạo</h3><ul>' + "".join(f'<li><a href="#">{esc(a)}</a><span class="got">{esc(b)}</span></li>' for a, b in cases) + "</ul></div>"
        return box + side_of(lambda d: f"{hm(d)} {dmy(d)}", "Tin đọc nhiều", "ctd-most", docs=False)(rng, p)

    crumbs = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang chủ</span></a></li>'
              '<li id="brcr_1"><a href="/news/"><span>Tin tức</span></a></li><li id="brcr_2"><a href="/news/hoat-dong-nhan-dao/"><span>Hoạt động nhân đạo</span></a></li></ul></div></div>')
    head = og(A2.title, url, {"og:description": A2.lead}) + '<meta name="generator" content="NukeViet v4.5" />'
    today = pub + timedelta(days=3)
    return page("s41-02", family="red_cross_nukeviet45_vendor_theme_picture_grid_caption_rows_two_photographers",
                name="thanhhoa-hoictd-nukeviet45-red-cross-vendor-theme-cat-bar-tin-hoat-dong-h1-hh-mm-dd-mm-yyyy-time-first-bold-hometext-two-by-two-picture-grid-table-caption-rows-bai-semicolon-anh-two-photographers-dia-chi-nhan-dao-box",
                url=url, art=A2, main_fn=main, pub=pub, prefix="ctdth", kb=168,
                org="Hội Chữ thập đỏ tỉnh Thanh Hóa", addr="Số 12 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.617",
                crumbs=crumbs, top=banner("/themes/ctd/images/logo-ctd.png", "Hội Chữ thập đỏ tỉnh Thanh Hóa"), side=side,
                shell_kw={"layout": "nv45_ctd", "head_extra": head, "items": MENU_MASS, "left": f"Hôm nay: {wd(today, lower=True)}, {dmy(today)}"},
                exp=expected_(A2, iso(pub), author="Lê Thị Hằng", photographer=", ".join(PHOTOS2), category="Hoạt động nhân đạo", captions=[c for _, c in GRID2]),
                traps={"chrome": ["Địa chỉ nhân đạo", "Tin cùng chuyên mục", "Lượt xem: 865", "Ủng hộ “Tết Nhân ái” - Quét mã QR tại đây"],
                       "boxes": ["Em Lê Văn Nam (xã Bá Thước) cần hỗ trợ chi phí phẫu thuật tim", "Đã nhận: 42.500.000 đồng"], "category": ["Tin hoạt động"], "related": lambda rl: rl[:6]},
                notes="NukeViet 4.5 under a provincial vendor's Red Cross theme. A bar 'Tin hoạt động' above the h1 is the theme's fixed label for the news module (the same on every item), the crumb's deepest level 'Hoạt động nhân đạo' names the section → category 'Hoạt động nhân đạo'. '09:40 29/01/2027' (time first) → T09:40. Bold hometext → lead. The four pictures are a 2×2 LAYOUT table: a row of two pictures, then a row of their two captions (centred <em>), twice → four captions in page order (row by row), none of them body; the table is not a data table (set 29). 'Bài: Lê Thị Hằng; Ảnh: Mai Anh, Quốc Toản' → author 'Lê Thị Hằng', photographers 'Mai Anh, Quốc Toản' (set 37's ';' between labelled credits). The sidebar's 'Địa chỉ nhân đạo' cases (names, amounts) are a box, not body and not writers.",
                readme="NukeViet 4.5 under a Red Cross vendor theme, Tết gifts: a fixed 'Tin hoạt động' bar over the h1 (the crumb names the section); 'HH:MM dd/mm/yyyy'; bold hometext; a 2×2 picture grid table whose caption rows follow each picture row; 'Bài: A; Ảnh: B, C' (two photographers); an 'Địa chỉ nhân đạo' box")


# ===================================================================== 3 Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn: Drupal 7 + AdaptiveTheme; TWIST the unit only in an asterisk note under the text
A3 = Art("Nâng cao “sức đề kháng” trước luận điệu xuyên tạc về công tác cán bộ trên không gian mạng",
         "Công tác cán bộ luôn là mục tiêu để các thế lực thù địch, phần tử cơ hội chính trị xuyên tạc, bôi nhọ. Nhận diện đúng và chủ động đấu tranh với các luận điệu này là nhiệm vụ thường xuyên của cấp ủy, tổ chức đảng và mỗi cán bộ, đảng viên.",
         [("p", "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”(1). Quán triệt quan điểm đó, Đảng ta luôn xác định công tác cán bộ là khâu “then chốt của then chốt” trong công tác xây dựng Đảng. Chính vì vậy, đây cũng là lĩnh vực mà các thế lực thù địch tập trung chống phá với nhiều thủ đoạn tinh vi."),
          ("h", "1. Nhận diện các luận điệu xuyên tạc"),
          ("p", "Thứ nhất, chúng cho rằng công tác cán bộ ở Việt Nam là “khép kín”, “chỉ người trong Đảng chọn người trong Đảng”, từ đó phủ nhận quy trình dân chủ, công khai trong quy hoạch, bổ nhiệm, giới thiệu cán bộ ứng cử."),
          ("p", "Thứ hai, mỗi khi có cán bộ vi phạm bị xử lý kỷ luật, chúng lại thổi phồng, quy chụp thành “đấu đá phe nhóm”, “thanh trừng nội bộ”, cố tình đánh đồng sai phạm của một số cá nhân với bản chất của cả đội ngũ."),
          ("p", "Thứ ba, sau khi sắp xếp tổ chức bộ máy và vận hành chính quyền địa phương hai cấp, chúng tung tin thất thiệt về việc bố trí, sử dụng cán bộ dôi dư, gây hoang mang trong một bộ phận cán bộ, công chức và Nhân dân(2)."),
          ("h", "2. Một số giải pháp chủ yếu"),
          ("p", "Một là, tiếp tục thực hiện nghiêm các quy định của Trung ương về công tác cán bộ, bảo đảm công khai, minh bạch từ khâu đánh giá, quy hoạch đến bổ nhiệm; kịp thời thông tin chính thống để định hướng dư luận."),
          ("p", "Hai là, phát huy vai trò của lực lượng chuyên trách, cộng tác viên dư luận xã hội và các nhóm “tuyên truyền trên không gian mạng” ở cơ sở; chủ động đăng tải các bài viết phản bác có sức thuyết phục, phù hợp với từng đối tượng."),
          ("p", "Ba là, mỗi cán bộ, đảng viên cần nâng cao bản lĩnh chính trị, tỉnh táo trước thông tin xấu, độc; không bình luận, chia sẻ thông tin chưa được kiểm chứng; thực hiện nghiêm các quy định về những điều đảng viên không được làm(3)."),
          ("p", "Thực tiễn ở Lạng Sơn thời gian qua cho thấy, nơi nào cấp ủy làm tốt công tác cán bộ, gần dân, trọng dân thì nơi đó các luận điệu xuyên tạc không có đất sống. Đó là “sức đề kháng” bền vững nhất của mỗi tổ chức đảng.")])
NOTES3 = ["Chú thích:",
          "(1) Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.309.",
          "(2) Ban Tuyên giáo và Dân vận Tỉnh ủy: Báo cáo tình hình dư luận xã hội năm 2026, tr.12.",
          "(3) Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm."]
BY3, UNIT3 = "ThS. Hoàng Thị Mai Hương", "Phòng Lý luận chính trị - Lịch sử Đảng, Ban Tuyên giáo và Dân vận Tỉnh ủy"
STAR3 = f"(*) {UNIT3}"


def page03():
    pub = T("2027-03-10 14:05")
    site = "https://tuyengiao.langson.dcs.vn"
    url = f"{site}/bao-ve-nen-tang-tu-tuong-cua-dang/nang-cao-suc-de-khang-truoc-luan-dieu-xuyen-tac-ve-cong-tac-can-bo"

    def main(rng, rl, rd):
        body = A3.render(p=jp, h=lambda t: f"<h3>{esc(t)}</h3>", sep="\n")
        notes = (f'<p><strong>{esc(NOTES3[0])}</strong></p>' + "".join(f'<p style="text-align:justify"><em>{esc(n)}</em></p>' for n in NOTES3[1:]))
        view = "".join(f'<div class="views-row"><span class="views-field views-field-title"><a href="{site}/bao-ve-nen-tang-tu-tuong-cua-dang/{slug(t)[:60]}">{esc(t)}</a></span>'
                       f' <span class="views-field views-field-created">{dmy(d)}</span> <span class="views-field views-field-field-tac-gia">{esc(w)}</span></div>'
                       for t, d, w in zip(rl[:5], rd, ["ThS. Lương Văn Dũng", "Hoàng Thu Hà", "TS. Vi Thị Hồng", "Nông Đức Thịnh", "Lộc Văn Tuấn"]))
        return (f'<h1 id="page-title">{esc(A3.title)}</h1>'
                f'<article id="node-2841" class="node node-article node-promoted article odd node-full clearfix" role="article">'
                f'<footer class="submitted"><p class="author-datetime">Gửi bởi <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">btg_langson</span> vào '
                f'<time datetime="{iso(pub)}" pubdate="pubdate">{wd(pub)}, {dmy(pub)} - {hm(pub)}</time></p></footer>'
                f'<div class="node-content"><div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><p><strong><em>{esc(A3.lead)}</em></strong></p></div></div></div>'
                f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">'
                f'<p style="text-align:right"><strong>{esc(BY3)}</strong> <sup>(*)</sup></p>{body}'
                f'<p style="text-align:justify"><em>{esc(STAR3)}</em></p>{notes}</div></div></div>'
                f'<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/bao-ve-nen-tang-tu-tuong-cua-dang" typeof="skos:Concept" property="rdfs:label skos:prefLabel">Bảo vệ nền tảng tư tưởng của Đảng</a></div></div></div>'
                f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Từ khóa:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tu-khoa/cong-tac-can-bo">công tác cán bộ</a></div><div class="field-item odd"><a href="/tu-khoa/khong-gian-mang">không gian mạng</a></div></div></div></div>'
                f'<nav class="clearfix"><ul class="links inline"><li class="statistics_counter first last"><span>1.186 lượt đọc</span></li></ul></nav></article>'
                f'<section id="block-views-cung-chuyen-muc-block" class="block block-views"><h2 class="block-title">Bài viết cùng chuyên mục</h2><div class="block-content"><div class="view view-cung-chuyen-muc">{view}</div></div></section>')

    crumbs = '<h2 class="element-invisible">Bạn đang ở đây</h2><ol id="crumbs" class="clearfix"><li class="crumb crumb-first"><a href="/">Trang chủ</a></li><li class="crumb crumb-last"><span class="crumb-separator"> » </span><a href="/bao-ve-nen-tang-tu-tuong-cua-dang">Bảo vệ nền tảng tư tưởng của Đảng</a></li></ol>'
    head = og(A3.title, url, {"og:description": A3.lead}) + '<meta name="Generator" content="Drupal 7 (http://drupal.org)" /><link rel="shortlink" href="/node/2841" />' + \
        '<script>jQuery.extend(Drupal.settings,{"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"btg_at","theme_token":"' + hexid(random.Random(3), 20) + '"},"adaptivetheme":{"btg_at":{"layout_settings":{"bigscreen":"two-sidebars-right","tablet_landscape":"two-sidebars-right"}}}});</script>'
    today = pub + timedelta(days=2)
    return page("s41-03", family="propaganda_board_drupal7_adaptivetheme_research_article_asterisk_note_unit",
                name="langson-btgdv-drupal7-adaptivetheme-7x3-subtheme-page-title-h1-submitted-gui-boi-account-vao-weekday-dd-mm-yyyy-dash-hh-mm-bold-italic-sapo-field-byline-ths-name-asterisk-h3-sections-note-markers-asterisk-note-unit-chu-thich-notes",
                url=url, art=A3, main_fn=main, pub=pub, prefix="btgls", kb=172,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn", addr="Số 2 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn", phone="0205.3812.435",
                crumbs=crumbs, top=banner("/sites/all/themes/btg_at/logo.png", "Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn"),
                side=side_of(dmy, "Bài đọc nhiều", "block-most-read", docs=True),
                shell_kw={"layout": "d7_at", "head_extra": head, "items": MENU_PARTY, "left": f'<div class="today-bar">{wd(today)}, ngày {dmy(today)}</div>'},
                exp=expected_(A3, iso(pub), author=BY3, unit=UNIT3, category="Bảo vệ nền tảng tư tưởng của Đảng", body=A3.body + "\n\n" + "\n\n".join(NOTES3)),
                traps={"byline": [f"{BY3} (*)"], "boxes": [STAR3, "Bài viết cùng chuyên mục"], "chrome": ["btg_langson", "1.186 lượt đọc", "Từ khóa:"], "related": lambda rl: rl[:5]},
                notes="TWIST — Drupal 7 under an AdaptiveTheme 7.x-3 sub-theme, a research article of the kind Party sites publish under 'Bảo vệ nền tảng tư tưởng của Đảng'. The editor pasted the journal layout into the body field: the first line is the byline 'ThS. Hoàng Thị Mai Hương (*)' (bold, right; the '(*)' a <sup>), and after the last paragraph the italic note '(*) Phòng Lý luận chính trị - Lịch sử Đảng, Ban Tuyên giáo và Dân vận Tỉnh ủy' gives the writer's UNIT — the asterisk ties the two together, as journals print an author's affiliation → author 'ThS. Hoàng Thị Mai Hương' (degree kept, set 26), author_unit 'Phòng Lý luận chính trị - Lịch sử Đảng, Ban Tuyên giáo và Dân vận Tỉnh ủy' (its own ' - ' and comma kept, set 27); the asterisk note is neither body nor part of the author. The numbered notes that follow ('Chú thích:', '(1) …' to '(3) …') and the markers '(1)' '(2)' '(3)' in the text are the writer's and body (set 28). A reader applying 'Name (unit)' stores '*' as the unit; one applying set 28 to every note keeps the affiliation as a body paragraph and leaves the unit empty; one taking the byline as printed stores 'ThS. Hoàng Thị Mai Hương (*)'. Node meta 'Gửi bởi btg_langson vào Thứ Tư, 10/03/2027 - 14:05' → T14:05 (the <time datetime> agrees); the account is not the author. Bold italic sapo field → lead. Two h3 section headings (body). Category 'Bảo vệ nền tảng tư tưởng của Đảng' (crumb; the 'Chuyên mục:' field agrees).",
                readme="TWIST — Drupal 7 + an AdaptiveTheme 7.x-3 sub-theme, a research article: 'Gửi bởi <account> vào Thứ Tư, dd/mm/yyyy - HH:MM'; a bold italic sapo field; the byline 'ThS. Name (*)' typed at the top of the text and the writer's unit only in the asterisk note '(*) unit' after the last paragraph; h3 sections; note markers and a 'Chú thích' list (body)")


# ===================================================================== 4 Văn phòng Tỉnh ủy Quảng Ninh: SharePoint 2010 + a vendor's NewsDetail web part; lblAuthor <br> lblSource in one bold cell
A4 = Art("Thường trực Tỉnh ủy gặp mặt cán bộ lão thành, nguyên lãnh đạo tỉnh nhân dịp Xuân Đinh Mùi 2027",
         "Chiều 4/2, Thường trực Tỉnh ủy tổ chức gặp mặt, chúc Tết các đồng chí cán bộ lão thành cách mạng, nguyên lãnh đạo tỉnh qua các thời kỳ nhân dịp đón Xuân Đinh Mùi 2027.",
         [("p", "Thay mặt Thường trực Tỉnh ủy, đồng chí Bí thư Tỉnh ủy thông tin nhanh kết quả nổi bật của tỉnh năm 2026: tăng trưởng kinh tế ước đạt 10,2%, thu ngân sách nhà nước trên địa bàn vượt 50 nghìn tỷ đồng; bộ máy chính quyền địa phương hai cấp vận hành thông suốt, phục vụ người dân ngày càng tốt hơn."),
          ("img", "/SiteAssets/TinTuc/2027/02/gap-mat-can-bo-lao-thanh.jpg", "Đồng chí Bí thư Tỉnh ủy chúc Tết các đồng chí cán bộ lão thành, nguyên lãnh đạo tỉnh"),
          ("p", "Các đồng chí cán bộ lão thành, nguyên lãnh đạo tỉnh bày tỏ vui mừng trước những thành tựu của tỉnh; đề nghị tiếp tục quan tâm công tác xây dựng Đảng, chăm lo đời sống Nhân dân vùng cao, biên giới, hải đảo và giữ gìn bản sắc văn hóa các dân tộc."),
          ("p", "“Những ý kiến tâm huyết của các đồng chí là nguồn động viên to lớn để Ban Chấp hành Đảng bộ tỉnh tiếp tục đổi mới, sáng tạo, đưa Nghị quyết Đại hội Đảng bộ tỉnh vào cuộc sống”, đồng chí Bí thư Tỉnh ủy nhấn mạnh."),
          ("p", "Dịp này, Thường trực Tỉnh ủy tặng quà Tết các đồng chí cán bộ lão thành, nguyên lãnh đạo tỉnh, chúc các đồng chí và gia đình đón một mùa xuân mới mạnh khỏe, hạnh phúc.")])


def page04():
    pub = T("2027-02-04 16:20")
    site = "https://tinhuy.quangninh.gov.vn"
    url = f"{site}/Pages/ChiTietTin.aspx?ItemID=18432&CatID=12"
    g = "_".join([hexid(random.Random(41), 8), "6b2d", "4f1a", "9c3e", hexid(random.Random(42), 12)])
    cid = f"ctl00_m_g_{g}_ctl00"

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="2" cellspacing="0" width="560" class="tbl-anh"><tr><td align="center"><img src="{s}" width="560" alt="" border="0" /></td></tr>'
                f'<tr><td align="center" class="ghi-chu-anh"><span style="font-size:9pt"><i>{esc(c)}</i></span></td></tr></table>')

    def main(rng, rl, rd):
        oth = "".join(f'<li><a href="{site}/Pages/ChiTietTin.aspx?ItemID={18400 + i}&amp;CatID=12">{esc(t)}</a> <span class="time_update">(Ngày {dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:7], rd)))
        body = "".join(jp(b[1]) if b[0] == "p" else img(b[1], b[2], 1) for b in A4.blocks)
        return (f'<div class="detail_artical"><div class="path"><div class="arr_B"><span id="{cid}_lblBreadCrum">Trang chủ &gt; Tin tức - Sự kiện &gt; Hoạt động của Thường trực Tỉnh ủy</span></div></div>'
                f'<div><table cellpadding="0" cellspacing="0"><tr><td><a href="#"><img src="/_layouts/images/TU/icon_date.jpg" alt="" /></a></td><td>&nbsp;<span id="{cid}_lblCreatedDate" class="date">{dmy(pub)} {hm(pub)}</span></td></tr></table></div>'
                f'<h2 class="tieu-de"><span id="{cid}_lblTitle">{esc(A4.title)}</span></h2><p><b><span id="{cid}_lblDescription">{esc(A4.lead)}</span></b></p>'
                f'<p><table width="100%" cellpadding="0" cellspacing="0"><tr><td><div id="{cid}_divContent" class="noi-dung">{body}</div></td></tr>'
                f'<tr><td align="right" style="font-weight:bold;padding-top:8px"><span id="{cid}_lblAuthor">Hoàng Thu Trang</span><br /><span id="{cid}_lblSource">Văn phòng Tỉnh ủy</span></td></tr></table></p>'
                f'<div class="tool-bar"><a href="javascript:window.print();">In trang</a> | <a href="mailto:?subject={esc(A4.title, True)}">Gửi email</a> | <a href="javascript:history.back();">Quay lại</a></div></div>'
                f'<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>{oth}</ul></div></div>')

    def side(rng, p):
        return (side_of(lambda d: f"(Ngày {dmy(d)})", "Tin nổi bật", "tu-noibat", docs=True)(rng, p)
                + '<div class="tu-lienket"><h3>Liên kết website</h3><select><option>-- Các cơ quan của Tỉnh ủy --</option><option>Ban Tổ chức Tỉnh ủy</option><option>Ủy ban Kiểm tra Tỉnh ủy</option><option>Ban Tuyên giáo và Dân vận Tỉnh ủy</option></select></div>')

    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
            '<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "\\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4, pageListId:"{3f2a8c10-5b7e-4d21-a0c3-7e9f1b2d4c55}", pageItemId:412, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:\'True\'};</script>'
            + og(A4.title, url))
    today = pub + timedelta(days=5)
    return page("s41-04", family="provincial_party_office_sharepoint2010_vendor_newsdetail_author_source_one_cell",
                name="quangninh-vptu-sharepoint2010-publishing-v4-table-master-vendor-newsdetail-webpart-lblbreadcrum-text-crumb-icon-date-lblcreateddate-dd-mm-yyyy-hh-mm-h2-lbltitle-bold-description-table-caption-row-lblauthor-br-lblsource-bold-right-cac-tin-khac",
                url=url, art=A4, main_fn=main, pub=pub, prefix="tuqn", kb=226,
                org="Tỉnh ủy Quảng Ninh", addr="Số 1 đường 25/4, phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.468",
                crumbs="", top=banner("/_layouts/images/TU/banner-tinh-uy.jpg", "Cổng thông tin điện tử Tỉnh ủy Quảng Ninh"), side=side,
                shell_kw={"layout": "sp2010cq", "head_extra": head, "items": MENU_PARTY, "form": True, "left": f"{wd(today)}, ngày {dmy(today)}"},
                exp=expected_(A4, iso(pub), author="Hoàng Thu Trang", category="Hoạt động của Thường trực Tỉnh ủy"),
                traps={"source": ["Văn phòng Tỉnh ủy"], "chrome": ["Các tin khác", "In trang", "Liên kết website"], "related": lambda rl: rl[:7]},
                notes="SharePoint Server 2010 publishing under a v4.master-derived table master, a local vendor's NewsDetail web part (the Quảng Ninh 'CQ' family of shared/research/vn-sites.md §2.3): the crumb is TEXT in span#…lblBreadCrum 'Trang chủ > Tin tức - Sự kiện > Hoạt động của Thường trực Tỉnh ủy' → category 'Hoạt động của Thường trực Tỉnh ủy'; a date icon then span#…lblCreatedDate '04/02/2027 16:20' → T16:20 (the vendor's field for the publication and the page's only stamp — not a creation stamp beside a publication, set 26); the headline an h2 (span#…lblTitle); bold lblDescription → lead; the picture in a small table with the caption row under it. Under the text ONE bold right cell holds span#…lblAuthor 'Hoàng Thu Trang', a <br> and span#…lblSource 'Văn phòng Tỉnh ủy' → author 'Hoàng Thu Trang', author_unit null: the second line is the SOURCE element (set 13: an element the CMS names as the source is not the unit, even when it names an office). QUESTIONABLE: printed as two bold lines it looks like 'Name <br> unit' (set 39's shared unit on its own line); the element names it a source, and no label says 'Đơn vị'. 'Các tin khác' with '(Ngày dd/mm/yyyy)' after each title.",
                readme="SharePoint 2010 publishing + a vendor's NewsDetail web part, Tết greetings to retired leaders: a text crumb in lblBreadCrum; lblCreatedDate 'dd/mm/yyyy HH:MM' beside a date icon; an h2 headline; a bold description; a picture table with its caption row; one bold right cell 'lblAuthor <br> lblSource' (the second line a source, not a unit — QUESTIONABLE); 'Các tin khác (Ngày …)'")


# ===================================================================== 5 Ủy ban Kiểm tra Tỉnh ủy Điện Biên: SharePoint 2016 + a vendor's visual web part; text pasted with <br><br>; no lead
A5 = Art("Ủy ban Kiểm tra Tỉnh ủy thông báo kết quả kỳ họp thứ 14",
         None,
         [("p", "Ngày 18/3, Ủy ban Kiểm tra Tỉnh ủy tổ chức kỳ họp thứ 14 dưới sự chủ trì của đồng chí Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy. Kỳ họp đã xem xét, quyết định một số nội dung quan trọng như sau:"),
          ("p", "1. Xem xét kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy xã Mường Nhé nhiệm kỳ 2025 - 2030."),
          ("p", "a) Ban Thường vụ Đảng ủy xã Mường Nhé đã thiếu trách nhiệm trong lãnh đạo, chỉ đạo, kiểm tra, giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo, để một số hộ không đủ điều kiện được hưởng hỗ trợ."),
          ("p", "b) Ủy ban Kiểm tra Tỉnh ủy yêu cầu Ban Thường vụ Đảng ủy xã tổ chức kiểm điểm nghiêm túc, rút kinh nghiệm; chỉ đạo thu hồi khoản hỗ trợ sai đối tượng, hoàn thành trước ngày 30/4/2027."),
          ("p", "2. Thi hành kỷ luật bằng hình thức khiển trách đối với 01 đảng viên là cán bộ địa chính xã do vi phạm quy định về quản lý đất đai."),
          ("p", "3. Cho ý kiến vào dự thảo báo cáo sơ kết công tác kiểm tra, giám sát quý I/2027 và kế hoạch kiểm tra việc kê khai tài sản, thu nhập năm 2026."),
          ("p", "Kết luận kỳ họp, đồng chí Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy yêu cầu các đồng chí ủy viên theo dõi địa bàn tiếp tục nắm chắc tình hình cơ sở, kịp thời phát hiện dấu hiệu vi phạm để kiểm tra, xử lý từ sớm, từ xa.")])
BY5, UNIT5 = "Lò Thị Quyên", "Văn phòng UBKT Tỉnh ủy"


def page05():
    pub, upd = T("2027-03-18 17:05"), T("2027-03-19 08:20")
    site = "https://ubkt.dienbien.dcs.vn"
    url = f"{site}/Pages/ChiTiet.aspx?ItemID=2216&CatID=7"
    g = "_".join([hexid(random.Random(51), 8), "a41c", "4e0b", "8d52", hexid(random.Random(52), 12)])
    cid = f"ctl00_ctl54_g_{g}_ctl00"

    def main(rng, rl, rd):
        pars = [b[1] for b in A5.blocks]
        text = f'<p style="text-align:justify">{esc(pars[0])}<br /><br />' + "<br /><br />".join(esc(x) for x in pars[1:]) + "</p>"
        oth = "".join(f'<li><a href="{site}/Pages/ChiTiet.aspx?ItemID={2200 + i}&amp;CatID=7">{esc(t)}</a> <span class="oth-date">{dmy(d)}</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div id="{cid}_pnlChiTiet" class="ctt-detail"><h1 class="ctt-title"><span id="{cid}_lblTieuDe">{esc(A5.title)}</span></h1>'
                f'<div class="ctt-meta"><span id="{cid}_lblNgayDang">Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span id="{cid}_lblNgayCapNhat">Cập nhật: {dmy(upd)} {hm(upd)}</span> | <span id="{cid}_lblLuotXem">Lượt xem: 402</span></div>'
                f'<div id="{cid}_divNoiDung" class="ctt-content ms-rtestate-field">{text}<p style="text-align:right"><em>{esc(BY5)} - {esc(UNIT5)}</em></p></div>'
                f'<div class="ctt-files"><span class="ctt-files-title">Tệp đính kèm:</span><ul><li><a href="/VanBan/2027/TB-45-UBKT.pdf">Thông báo số 45-TB/UBKT kết quả kỳ họp thứ 14 (PDF, 312 KB)</a></li></ul></div>'
                f'<div class="ctt-tools"><a href="javascript:window.print()">In bài viết</a> <a href="#">Chia sẻ</a></div></div>'
                f'<div class="ctt-other"><h3>Các tin đã đưa</h3><ul>{oth}</ul></div>')

    crumbs = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/Pages/TinTuc.aspx">Tin tức</a></li><li class="active"><a href="/Pages/DanhSach.aspx?CatID=7">Thông tin kỳ họp</a></li></ol>'
    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><script type="text/javascript">var _spPageContextInfo={"webServerRelativeUrl":"\\u002f","webUIVersion":15,"webLanguage":1066,"currentLanguage":1066,"currentUICultureName":"vi-VN","currentCultureName":"vi-VN","siteClientTag":"2$$16.0.5422.1000"};</script>'
            + og(A5.title, url))
    today = pub + timedelta(days=2)
    return page("s41-05", family="inspection_committee_sharepoint2016_vendor_visual_webpart_br_br_text",
                name="dienbien-ubkt-sharepoint2016-custom-master-vendor-visual-webpart-chitiettinbai-h1-lbltieude-ngay-dang-dd-mm-yyyy-hh-mm-luot-xem-no-lead-text-one-p-with-br-br-numbered-points-italic-right-name-dash-unit-attachment",
                url=url, art=A5, main_fn=main, pub=pub, prefix="ubktdb", kb=204,
                org="Ủy ban Kiểm tra Tỉnh ủy Điện Biên", addr="Tổ dân phố 8, phường Điện Biên Phủ, tỉnh Điện Biên", phone="0215.3825.177",
                crumbs=crumbs, top=banner("/_catalogs/masterpage/ubkt/images/banner.png", "Ủy ban Kiểm tra Tỉnh ủy Điện Biên"),
                side=side_of(dmy, "Tin xem nhiều", "ubkt-most", docs=True, doc_items=["Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "Hướng dẫn số 02-HD/UBKTTU về kê khai tài sản, thu nhập năm 2026"]),
                shell_kw={"layout": "sp2016vwp", "head_extra": head, "items": MENU_PARTY, "form": True, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A5, iso(pub), iso(upd), author=BY5, unit=UNIT5, category="Thông tin kỳ họp", lead=None),
                traps={"chrome": ["Tệp đính kèm:", "Lượt xem: 402", "Các tin đã đưa", "In bài viết"],
                       "boxes": ["Thông báo số 45-TB/UBKT kết quả kỳ họp thứ 14 (PDF, 312 KB)"], "related": lambda rl: rl[:6]},
                notes="SharePoint Server 2016 under a custom Bootstrap 3 master, a local vendor's visual web part (ChiTietTinBai) on /Pages/ChiTiet.aspx?ItemID=. 'Ngày đăng: 18/03/2027 17:05 | Cập nhật: 19/03/2027 08:20 | Lượt xem: 402' → published T17:05, updated 2027-03-19T08:20. NO sapo → lead null. The text was pasted from an e-mail: ONE <p> whose paragraphs are separated by <br /><br /> — an opening sentence, the numbered points '1.' / 'a)' / 'b)' / '2.' / '3.' and the closing paragraph → seven body paragraphs as printed, numbering kept. 'Lò Thị Quyên - Văn phòng UBKT Tỉnh ủy' (italic, right) → author + unit. The attachment line is a download block (set 24), not body; its name carries the notice's number, not a stamp. Category 'Thông tin kỳ họp' (crumb).",
                readme="SharePoint 2016 + a vendor's visual web part, an inspection committee's session: 'Ngày đăng: dd/mm/yyyy HH:MM | Cập nhật: … | Lượt xem'; no sapo; the text one <p> split by <br><br> into numbered points; italic right 'Name - unit'; an attachment")


# ===================================================================== 6 Ban Tổ chức Tỉnh ủy Bắc Ninh: Liferay 6.2 + FPT's news portlet; the portlet title prints 'null'; a data table with <th> and a total row
A6 = Art("Trao Huy hiệu Đảng cho 312 đảng viên nhân kỷ niệm 97 năm Ngày thành lập Đảng",
         "Sáng 3/2, Ban Tổ chức Tỉnh ủy phối hợp với các đảng ủy trực thuộc tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho 312 đảng viên, trong đó có 4 đồng chí nhận Huy hiệu 75 năm tuổi Đảng.",
         [("p", "Đợt này, toàn Đảng bộ tỉnh có 312 đảng viên được Ban Thường vụ Tỉnh ủy quyết định tặng Huy hiệu Đảng. Tại các điểm trao, lãnh đạo Tỉnh ủy, lãnh đạo các đảng ủy trực thuộc đã trực tiếp đến trao Huy hiệu và chúc mừng các đảng viên."),
          ("table", [["Loại Huy hiệu", "Số đảng viên"], ["75 năm tuổi Đảng", "4"], ["70 năm tuổi Đảng", "11"], ["65 năm tuổi Đảng", "27"], ["60 năm tuổi Đảng", "58"],
                     ["55 năm tuổi Đảng", "64"], ["50 năm tuổi Đảng", "82"], ["45 năm tuổi Đảng", "38"], ["40 năm tuổi Đảng", "28"], ["Tổng cộng", "312"]]),
          ("img", "/documents/10181/2716604/trao-huy-hieu-75-nam.jpg", "Đồng chí Phó Bí thư Tỉnh ủy trao Huy hiệu 75 năm tuổi Đảng cho đảng viên lão thành tại phường Kinh Bắc"),
          ("p", "Xúc động nhận Huy hiệu 75 năm tuổi Đảng, đồng chí Nguyễn Văn Khải, 96 tuổi, sinh hoạt tại Chi bộ khu phố Đình Bảng, bày tỏ niềm tự hào được đứng trong hàng ngũ của Đảng, hứa tiếp tục giữ gìn phẩm chất người đảng viên, làm gương cho con cháu."),
          ("p", "Ban Tổ chức Tỉnh ủy đề nghị các cấp ủy tiếp tục quan tâm, chăm lo đời sống đảng viên cao tuổi Đảng, phát huy vai trò của các đồng chí trong sinh hoạt chi bộ và ở khu dân cư.")])
BY6, UNIT6 = "Nguyễn Thị Thanh Loan", "Phòng Tổ chức đảng, đảng viên"


def page06():
    pub = T("2027-02-03 10:45")
    site = "https://bantochuc.bacninh.dcs.vn"
    url = f"{site}/web/guest/chi-tiet-tin/-/asset_publisher/fptnews/content/trao-huy-hieu-dang-cho-312-dang-vien-nhan-ky-niem-97-nam-ngay-thanh-lap-dang"

    def table(rows):
        head = "".join(f'<th style="text-align:center">{esc(c)}</th>' for c in rows[0])
        body = "".join("<tr>" + "".join((f"<td><strong>{esc(c)}</strong></td>" if r[0] == "Tổng cộng" else f"<td>{esc(c)}</td>") for c in r) + "</tr>" for r in rows[1:])
        return f'<table class="table table-bordered fpt-tbl" style="width:70%;margin:auto"><tbody><tr>{head}</tr>{body}</tbody></table>'

    def img(s, c, n):
        return f'<p style="text-align:center"><img alt="" src="{s}" style="width:600px" /></p><p class="fpt-caption" style="text-align:center"><span style="color:#0000cd"><em>{esc(c)}</em></span></p>'

    def main(rng, rl, rd):
        ns = "_fptnewsdetail_WAR_fptnewsportlet_INSTANCE_k0_"
        oth = "".join(f'<li class="fpt-other-item"><a href="{site}/web/guest/chi-tiet-tin/-/asset_publisher/fptnews/content/{slug(t)[:60]}">{esc(t)}</a> <span class="fpt-other-date">({dmy(d)} {hm(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="fpt-news-detail" id="{ns}newsDetail"><div class="fpt-news-title"><h1>{esc(A6.title)}</h1></div>'
                f'<div class="fpt-news-date">{dmy(pub)} {hm(pub)} - Lượt đọc: 712</div>'
                f'<div class="fpt-news-sapo"><p><strong>{esc(A6.lead)}</strong></p></div>'
                f'<div class="fpt-news-content journal-content-article">{A6.render(p=jp, img=img, table=table, sep="")}'
                f'<p style="text-align:right"><strong>{esc(BY6)} ({esc(UNIT6)})</strong></p></div>'
                f'<div class="fpt-news-tools"><a href="javascript:printArticle();">In bài</a> | <a href="#" onclick="{ns}sendMail();return false;">Gửi bài viết</a> | <a href="javascript:history.back()">Trở về</a></div></div>'
                f'<div class="fpt-news-other"><div class="fpt-other-title">Các tin đã đưa</div><ul>{oth}</ul></div>')

    crumbs = ('<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/web/guest/trang-chu">Trang chủ</a><span class="divider">/</span></li>'
              '<li><a href="/web/guest/tin-tuc">Tin tức</a><span class="divider">/</span></li><li class="active last"><a href="/web/guest/cong-tac-dang-vien">Công tác đảng viên</a></li></ul>')
    head = og(A6.title, url) + '<script>var themeDisplay=Liferay.ThemeDisplay;Liferay.currentURL="\\x2fweb\\x2fguest\\x2fchi-tiet-tin";Liferay.Portlet.register("fptnewsdetail_WAR_fptnewsportlet_INSTANCE_k0");</script>'
    today = pub + timedelta(days=2)
    return page("s41-06", family="organisation_board_liferay62_fpt_news_portlet_null_portlet_title_badge_table",
                name="bacninh-bantochuc-liferay62-ce-fpt-eportal-theme-fptnewsdetail-portlet-portlet-title-null-h1-dd-mm-yyyy-hh-mm-luot-doc-bold-sapo-data-table-th-total-row-blue-italic-caption-bold-name-paren-unit-cac-tin-da-dua",
                url=url, art=A6, main_fn=main, pub=pub, prefix="btcbn", kb=196,
                org="Ban Tổ chức Tỉnh ủy Bắc Ninh", addr="Số 11 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh", phone="0222.3822.541",
                crumbs=crumbs, top=banner("/fpt-portal-theme/images/banner-btc.png", "Ban Tổ chức Tỉnh ủy Bắc Ninh"),
                side=side_of(lambda d: f"({dmy(d)} {hm(d)})", "Tin mới", "fpt-tinmoi", docs=True),
                shell_kw={"layout": "lr62fpt", "head_extra": head, "items": MENU_PARTY, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A6, iso(pub), author=BY6, unit=UNIT6, category="Công tác đảng viên"),
                traps={"chrome": ["null", "Lượt đọc: 712", "Các tin đã đưa", "Gửi bài viết"], "related": lambda rl: rl[:6]},
                notes="Liferay Portal 6.2 CE under FPT's e-portal theme, FPT's news portlet (fptnewsdetail_WAR_fptnewsportlet) in column-1. The portlet's decorated title prints the literal 'null' (a portlet whose title key is not set — the stray 'null' of shared/research/vn-sites.md §2.2) above the h1 → neither title nor category. '03/02/2027 10:45 - Lượt đọc: 712' → T10:45. Bold sapo → lead. A data table with a <th> header row and a bold 'Tổng cộng' row (rows are paragraphs, cells ' | '). The caption is a centred blue italic paragraph after the picture. 'Nguyễn Thị Thanh Loan (Phòng Tổ chức đảng, đảng viên)' → author + unit (the unit's comma kept, set 27). Category 'Công tác đảng viên' (the crumb's deepest level).",
                readme="Liferay 6.2 + FPT's news portlet, Party badges for 312 members: the portlet title prints 'null'; 'dd/mm/yyyy HH:MM - Lượt đọc'; bold sapo; a data table with <th> and a total row; a blue italic caption; 'Name (unit)'")


# ===================================================================== 7 Trường Chính trị tỉnh Cà Mau: Liferay DXP 7.4 + EcoIT's portlet; the author div above the text; stamp 'Thứ Ba, dd/mm/yyyy, HH:MM'
A7 = Art("Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung tại xã Năm Căn",
         "Sáng 2/3, Trường Chính trị tỉnh phối hợp với Đảng ủy xã Năm Căn khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 2027 - 2028 cho 86 học viên là cán bộ, công chức các xã phía Nam của tỉnh.",
         [("p", "Trong thời gian 8 tháng, học viên được nghiên cứu 4 phần học với 19 học phần về những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước và kỹ năng lãnh đạo, quản lý ở cơ sở."),
          ("img", "/documents/d/truongchinhtri/khai-giang-trung-cap-nam-can", "Đồng chí Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng lớp học"),
          ("p", "Đây là lớp đầu tiên nhà trường mở tại cơ sở sau khi sắp xếp đơn vị hành chính, nhằm tạo điều kiện cho cán bộ, công chức vừa học tập, vừa hoàn thành nhiệm vụ chuyên môn ở các xã xa trung tâm tỉnh."),
          ("p", "Phát biểu khai giảng, đồng chí Hiệu trưởng đề nghị học viên chấp hành nghiêm quy chế học tập, tích cực nghiên cứu, liên hệ thực tiễn địa phương; giảng viên đổi mới phương pháp giảng dạy, tăng tình huống thực tế của chính quyền cấp xã."),
          ("img", "/documents/d/truongchinhtri/hoc-vien-lop-trung-cap-nam-can", "Các học viên dự lễ khai giảng"),
          ("p", "Lớp học được tổ chức vào các ngày thứ Sáu, thứ Bảy hằng tuần tại Trung tâm Chính trị xã Năm Căn; dự kiến bế giảng vào tháng 11/2027.")])
BY7, UNIT7 = "Trần Quốc Bảo", "Phòng Quản lý đào tạo"


def page07():
    pub, upd = T("2027-03-02 08:30"), T("2027-03-02 15:47")
    site = "https://truongchinhtri.camau.gov.vn"
    url = f"{site}/web/truongchinhtri/chi-tiet-tin?articleId=1184203"

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/web/truongchinhtri/chi-tiet-tin?articleId={1184100 + i}">{esc(t)}</a> <span class="date-rel">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        return (f'<section class="ecoit-news-detail"><article><h1 class="title-news">{esc(A7.title)}</h1>'
                f'<p class="date-news">{wd(pub)}, {dmy(pub)}, {hm(pub)}</p><div class="author-news">Tác giả: {esc(BY7)} - {esc(UNIT7)}</div>'
                f'<div class="tools-news"><a id="decreaseText" href="javascript:;">A-</a> <a id="increaseText" href="javascript:;">A+</a> <button class="article-audio" id="btnSpeak" type="button">Nghe đọc</button></div>'
                f'<p id="change_font_size" class="sapo-news"><strong>{esc(A7.lead)}</strong></p>'
                f'<div id="contentnews" class="content-news">{A7.render(p=jp, img=fig, sep="")}</div><p class="update-news"><i>Cập nhật lần cuối: {dmy(upd)} {hm(upd)}</i></p></article></section>'
                f'<div class="ecoit-related"><div class="title-related">Tin liên quan</div><ul>{rel}</ul></div>')

    def side(rng, p):
        box = ('<div class="tuyensinh-box"><h3>Thông báo tuyển sinh</h3><ul><li><a href="#">Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027</a> <span>Hạn nộp hồ sơ: 15/04/2027</span></li>'
               '<li><a href="#">Tuyển sinh lớp bồi dưỡng kết nạp đảng viên mới đợt 2</a> <span>Hạn nộp hồ sơ: 30/03/2027</span></li></ul></div>')
        return box + side_of(lambda d: f"({dmy(d)})", "Tin xem nhiều", "tct-most", docs=False)(rng, p)

    crumbs = '<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/truongchinhtri">Trang chủ</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/truongchinhtri/tin-tuc">Tin tức</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/truongchinhtri/dao-tao-boi-duong">Đào tạo, bồi dưỡng</a></li></ol></nav>'
    head = og(A7.title, url) + '<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t=1709123456789"></script><script>Liferay.ThemeDisplay.getLanguageId=function(){return "vi_VN"};</script>'
    today = pub + timedelta(days=3)
    return page("s41-07", family="political_school_liferay74_ecoit_portlet_author_above_text",
                name="camau-truongchinhtri-liferay-dxp74-vendor-clay3-theme-ecoit-cmsviewchitietbaiviet-portlet-h1-weekday-dd-mm-yyyy-comma-hh-mm-tac-gia-name-dash-unit-above-sapo-text-to-speech-button-bold-sapo-change-font-size-figcaptions-tin-lien-quan",
                url=url, art=A7, main_fn=main, pub=pub, prefix="tctcm", kb=178,
                org="Trường Chính trị tỉnh Cà Mau", addr="Số 88 đường Ngô Quyền, phường An Xuyên, tỉnh Cà Mau", phone="0290.3831.520",
                crumbs=crumbs, top=banner("/o/tct-theme/images/logo-truong-chinh-tri.png", "Trường Chính trị tỉnh Cà Mau"), side=side,
                shell_kw={"layout": "lr74ecoit", "head_extra": head, "items": MENU_GOV, "left": f"{wd(today)}, ngày {dmy(today)}"},
                exp=expected_(A7, iso(pub), iso(upd), author=BY7, unit=UNIT7, category="Đào tạo, bồi dưỡng"),
                traps={"chrome": ["Nghe đọc", "Tin liên quan", "Thông báo tuyển sinh"], "dates": ["Hạn nộp hồ sơ: 15/04/2027"], "related": lambda rl: rl[:5]},
                notes="Liferay DXP 7.4 U92 under a vendor's Clay 3 theme, EcoIT's CMS portlet ported to 7.4 (CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet: section > article > h1, p date, div author, p#change_font_size sapo, div#contentnews, as in shared/research/vn-sites.md §2.2). 'Thứ Ba, 02/03/2027, 08:30' (a comma before the time) → T08:30; the italic 'Cập nhật lần cuối: 02/03/2027 15:47' after the text → updated T15:47 (the same day). The writer's line 'Tác giả: Trần Quốc Bảo - Phòng Quản lý đào tạo' is printed ABOVE the sapo and the text (EcoIT's author div) → author + unit. A text-to-speech button, no hidden text. Bold sapo → lead. Two figcaptions. Category 'Đào tạo, bồi dưỡng' (the crumb's deepest level; its comma part of the name). The sidebar's admissions notices print future deadlines ('Hạn nộp hồ sơ') — not stamps.",
                readme="Liferay DXP 7.4 + EcoIT's portlet, a political school's course opening: 'Thứ Ba, dd/mm/yyyy, HH:MM' + 'Cập nhật lần cuối:' after the text; 'Tác giả: Name - unit' ABOVE the sapo; a 'Nghe đọc' button; bold p#change_font_size sapo; figcaptions; admissions deadlines in the sidebar")


# ===================================================================== 8 Đảng ủy các cơ quan Đảng tỉnh Quảng Ngãi: DNN 8 + XMod Pro; the only stamp 'Cập nhật ngày:' (date only); author and unit fields
A8 = Art("Đảng bộ các cơ quan Đảng tỉnh triển khai nhiệm vụ năm 2027",
         "Ngày 22/1, Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2026, triển khai nhiệm vụ năm 2027.",
         [("p", "Năm 2026, Đảng ủy các cơ quan Đảng tỉnh đã lãnh đạo các chi bộ, đảng bộ cơ sở hoàn thành tốt nhiệm vụ chính trị; 100% tổ chức cơ sở đảng xây dựng nghị quyết chuyên đề; kết nạp 46 đảng viên mới, đạt 115% chỉ tiêu."),
          ("img", "/Portals/0/Images/TinTuc/2027/01/tong-ket-dang-uy-co-quan-dang.jpg", "Đồng chí Bí thư Đảng ủy các cơ quan Đảng tỉnh phát biểu tại hội nghị"),
          ("p", "Công tác kiểm tra, giám sát được thực hiện nghiêm túc; các cấp ủy đã kiểm tra 38 tổ chức đảng và 61 đảng viên, giám sát chuyên đề 24 tổ chức đảng và 47 đảng viên, qua đó kịp thời chấn chỉnh những hạn chế, thiếu sót."),
          ("h", "Nhiệm vụ trọng tâm năm 2027"),
          ("ul", ["Nâng cao chất lượng sinh hoạt chi bộ gắn với chuyển đổi số trong các cơ quan tham mưu của Tỉnh ủy;",
                  "Thực hiện tốt công tác phát triển đảng viên, phấn đấu kết nạp 40 đảng viên trở lên;",
                  "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo chủ đề năm 2027;",
                  "Tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ chuyên môn và quy chế làm việc của cấp ủy."]),
          ("p", "Dịp này, Đảng ủy các cơ quan Đảng tỉnh tặng Giấy khen cho 9 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ và 27 đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu năm 2026.")])
BY8, UNIT8 = "Trương Công Định", "Văn phòng Đảng ủy các cơ quan Đảng tỉnh"


def page08():
    pub = T("2027-01-22 00:00")
    site = "https://dangbococoquandang.quangngai.gov.vn"
    url = f"{site}/tin-tuc/tin-hoat-dong/ctl/chitiet/mid/1416/id/873"

    def img(s, c, n):
        return (f'<table class="xmp-img" align="center" cellpadding="0" cellspacing="0" style="width:90%"><tbody><tr><td style="text-align:center"><img src="{s}" alt="" style="width:100%" /></td></tr>'
                f'<tr><td style="text-align:center;background:#f2f2f2;padding:4px"><span style="font-size:13px"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        lst = "".join(f'<div class="xmp-list-item"><a href="{site}/tin-tuc/tin-hoat-dong/ctl/chitiet/mid/1416/id/{860 + i}">{esc(t)}</a> <span class="xmp-list-date">Cập nhật ngày: {dmy(d)}</span></div>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="xmp-record"><h2 class="xmp-title">{esc(A8.title)}</h2><div class="xmp-date">Cập nhật ngày: {dmy(pub)}</div>'
                f'<div class="xmp-summary"><b>{esc(A8.lead)}</b></div>'
                f'<div class="xmp-content">{A8.render(p=jp, img=img, h=lambda t: f"<p><b>{esc(t)}</b></p>", ul=lambda items: "<ol>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ol>", sep="")}</div>'
                f'<div class="xmp-fields"><div class="xmp-field"><span class="xmp-label">Tác giả:</span> {esc(BY8)}</div><div class="xmp-field"><span class="xmp-label">Đơn vị:</span> {esc(UNIT8)}</div></div>'
                f'<div class="xmp-buttons"><a class="xmp-back" href="javascript:history.back()">Quay lại</a> <a class="xmp-print" href="javascript:window.print()">In trang</a></div></div>'
                f'<div class="xmp-others"><h3>Các tin khác</h3>{lst}</div>')

    crumbs = '<a href="/" class="breadcrumbLink">Trang chủ</a> › <a href="/tin-tuc" class="breadcrumbLink">Tin tức</a> › <a href="/tin-tuc/tin-hoat-dong" class="breadcrumbLink">Tin hoạt động</a>'
    head = og(A8.title, url) + '<link rel="stylesheet" href="/DesktopModules/XModPro/styles.css?cdv=112" /><meta name="GENERATOR" content="DotNetNuke " />'
    today = pub + timedelta(days=4)
    return page("s41-08", family="party_agencies_committee_dnn8_xmod_pro_cap_nhat_only_date_author_unit_fields",
                name="quangngai-danguycoquandang-dnn8-vendor-skin-xmod-pro4-detail-template-container-title-chi-tiet-tin-h2-cap-nhat-ngay-dd-mm-yyyy-only-stamp-bold-summary-caption-row-grey-ol-tasks-tac-gia-don-vi-fields",
                url=url, art=A8, main_fn=main, pub=pub, prefix="ccdqn", kb=198,
                org="Đảng bộ các cơ quan Đảng tỉnh Quảng Ngãi", addr="Số 52 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi", phone="0255.3822.746",
                crumbs=crumbs, top=banner("/Portals/0/Skins/ccd/images/banner.png", "Đảng bộ các cơ quan Đảng tỉnh Quảng Ngãi"),
                side=side_of(lambda d: f"Cập nhật ngày: {dmy(d)}", "Tin đọc nhiều", "ccd-most", docs=True),
                shell_kw={"layout": "dnn8xmod", "head_extra": head, "items": MENU_PARTY, "form": True, "dnn": True, "action": "/tin-tuc/tin-hoat-dong/ctl/chitiet/mid/1416/id/873",
                          "left": f'<a href="/Dang-nhap">Đăng nhập</a> | {wd(today)}, {dmy(today)}'},
                exp=expected_(A8, isod(pub), author=BY8, unit=UNIT8, category="Tin hoạt động"),
                traps={"chrome": ["Chi tiết tin", "Các tin khác", "Quay lại"], "related": lambda rl: rl[:6]},
                notes="DNN Platform 8 under a vendor skin, XMod Pro 4 showing one record of the vendor's 'TinBai' form through its detail template; the module container's title 'Chi tiết tin' is generic. The ONLY stamp is 'Cập nhật ngày: 22/01/2027' (date only) → published '2027-01-22', updated null (set 33's rule: a page whose only stamp is labelled 'Cập nhật' publishes with it; set 34: it applies because no publication stamp is printed anywhere). The 'Các tin khác' list and the most-read box print the same label and shape. Bold summary → lead. The picture in a table with a grey caption row under it. A bold sub-heading and an <ol> of four tasks (one paragraph per item). The record's fields 'Tác giả: Trương Công Định' and 'Đơn vị: Văn phòng Đảng ủy các cơ quan Đảng tỉnh' → author + unit. Category 'Tin hoạt động' (crumb).",
                readme="DNN 8 + XMod Pro, a Party committee's year-end conference: a generic container title 'Chi tiết tin' over an h2; the only stamp 'Cập nhật ngày: dd/mm/yyyy'; bold summary; a picture table with a grey caption row; a sub-heading and an <ol>; 'Tác giả:' and 'Đơn vị:' fields")


# ===================================================================== 9 Tỉnh ủy Hưng Yên: the '.dcs.vn' platform's e-magazine; pull quotes and a figures box; 'Nội dung: A - B | Ảnh: C | Thiết kế: D'
A9 = Art("Đảng bộ tỉnh Hưng Yên: Vững bước dưới cờ Đảng quang vinh",
         "97 năm qua, dưới ngọn cờ vẻ vang của Đảng, Đảng bộ và Nhân dân Hưng Yên đã viết nên những trang sử vàng. Bước vào năm 2027, Đảng bộ tỉnh sau hợp nhất tự tin với những mục tiêu mới, khát vọng mới.",
         [("h", "Truyền thống vẻ vang"),
          ("p", "Ngay từ những năm đầu thành lập Đảng, các chi bộ cộng sản đầu tiên đã ra đời trên quê hương Hưng Yên, lãnh đạo Nhân dân đấu tranh giành chính quyền, xây dựng và bảo vệ Tổ quốc."),
          ("p", "Trải qua các thời kỳ cách mạng, Đảng bộ tỉnh luôn phát huy truyền thống đoàn kết, kiên cường, sáng tạo; nhiều địa phương, đơn vị được Nhà nước phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động."),
          ("img", "/emagazine/2027/02/toan-canh-hung-yen.jpg", "Một góc đô thị trung tâm tỉnh Hưng Yên hôm nay"),
          ("h", "Năm đầu thực hiện Nghị quyết Đại hội"),
          ("p", "Năm 2026, năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, tỉnh đạt và vượt 22/24 chỉ tiêu chủ yếu; tốc độ tăng trưởng kinh tế ước đạt 9,8%, đứng trong nhóm dẫn đầu cả nước."),
          ("p", "Bộ máy của hệ thống chính trị sau sắp xếp vận hành thông suốt; 104 xã, phường thực hiện chính quyền địa phương hai cấp, giải quyết thủ tục hành chính cho người dân nhanh hơn, thuận lợi hơn."),
          ("img", "/emagazine/2027/02/ky-niem-97-nam-thanh-lap-dang.jpg", "Các đồng chí lãnh đạo tỉnh dâng hương tưởng niệm các Anh hùng liệt sĩ nhân kỷ niệm 97 năm Ngày thành lập Đảng"),
          ("h", "Khát vọng vươn lên"),
          ("p", "Năm 2027, Đảng bộ tỉnh xác định chủ đề “Kỷ cương, đổi mới, tăng tốc, bứt phá”, tập trung phát triển hạ tầng đồng bộ, thu hút đầu tư công nghệ cao, chăm lo đời sống vật chất, tinh thần của Nhân dân."),
          ("p", "Với truyền thống 97 năm vẻ vang của Đảng, Đảng bộ và Nhân dân Hưng Yên tin tưởng sẽ thực hiện thắng lợi các mục tiêu đề ra, xây dựng quê hương ngày càng giàu đẹp, văn minh.")])
QUOTE9 = "Bộ máy của hệ thống chính trị sau sắp xếp vận hành thông suốt"
WRITERS9, PHOTO9 = ["Lê Hoàng Anh", "Phạm Thu Thủy"], "Đỗ Văn Khải"


def page09():
    pub = T("2027-02-03 06:00")
    site = "https://hungyen.dcs.vn"
    url = f"{site}/emagazine/48213/dang-bo-tinh-hung-yen-vung-buoc-duoi-co-dang-quang-vinh.html"

    def img(s, c, n):
        return f'<figure class="emag-fullwidth"><img src="{s}" alt="" /><figcaption class="emag-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        out = []
        for b in A9.blocks:
            if b[0] == "h":
                out.append(f'<h2 class="emag-heading">{esc(b[1])}</h2>')
            elif b[0] == "p":
                out.append(f'<p class="emag-p">{esc(b[1])}</p>')
                if b[1].startswith("Bộ máy của hệ thống"):
                    out.append(f'<blockquote class="emag-pullquote"><p>“{esc(QUOTE9)}”</p></blockquote>')
            else:
                out.append(img(b[1], b[2], 0))
            if b[0] == "h" and b[1] == "Năm đầu thực hiện Nghị quyết Đại hội":
                out.append('<aside class="emag-factbox"><h3>Những con số ấn tượng</h3><ul><li><b>22/24</b> chỉ tiêu đạt và vượt</li><li><b>9,8%</b> tăng trưởng kinh tế</li><li><b>104</b> xã, phường</li></ul></aside>')
        return (f'<header class="emag-cover" style="background-image:url(/emagazine/2027/02/cover-97-nam.jpg)"><div class="emag-cover-inner"><span class="emag-label">E-MAGAZINE</span>'
                f'<h1 class="emag-title">{esc(A9.title)}</h1><div class="emag-meta">{wd(pub)}, {dmy(pub)} - {hm(pub)}</div></div></header>'
                f'<div class="emag-body"><p class="emag-sapo"><em>{esc(A9.lead)}</em></p>{"".join(out)}'
                f'<div class="emag-credits"><p>Nội dung: {esc(" - ".join(WRITERS9))}</p><p>Ảnh: {esc(PHOTO9)}</p><p>Thiết kế: Nguyễn Minh Đức</p></div></div>'
                f'<div class="emag-share"><a href="https://www.facebook.example/sharer.php?u={url}">Chia sẻ</a> <a href="#">Về đầu trang</a></div>')

    def side(rng, p):
        ds = past(p, rng, 4, 2, 40)
        return ('<h3 class="emag-more-title">E-Magazine khác</h3><div class="emag-more-list">'
                + "".join(f'<div class="emag-more-item"><a href="{site}/emagazine/{48100 + i}/{slug(t)[:50]}.html"><img src="/emagazine/thumb/{hexid(rng, 8)}.jpg" alt="" /><span>{esc(t)}</span></a><span class="emag-more-date">{dmy(d)}</span></div>'
                          for i, (t, d) in enumerate(zip(heads13(rng, 4), ds))) + "</div>")

    crumbs = f'<a href="{site}/">Trang chủ</a> / <a href="{site}/xay-dung-dang">Xây dựng Đảng</a>'
    head = og(A9.title, url, {"og:description": A9.lead, "og:image": f"{site}/emagazine/2027/02/cover-97-nam.jpg"}) + '<meta name="viewport" content="width=device-width" /><link rel="stylesheet" href="/Content/emagazine/emag.min.css?v=2027" />'
    today = pub + timedelta(days=1)
    return page("s41-09", family="provincial_party_committee_dcs_emagazine_pull_quote_credits_block",
                name="hungyen-tinhuy-dcs-vn-emagazine-template-slim-topbar-crumb-xay-dung-dang-cover-label-e-magazine-h1-weekday-dd-mm-yyyy-dash-hh-mm-italic-sapo-h2-sections-full-width-figcaptions-pull-quote-fact-box-noi-dung-two-writers-anh-thiet-ke",
                url=url, art=A9, main_fn=main, pub=pub, prefix="emhy", kb=162,
                org="Đảng bộ tỉnh Hưng Yên", addr="Số 6 đường Hải Thượng Lãn Ông, phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.318",
                crumbs=crumbs, top='<a class="emag-logo" href="/"><img src="/Content/images/logo-dcs.png" alt="Đảng bộ tỉnh Hưng Yên" /></a>', side=side,
                shell_kw={"layout": "dcs_emag", "head_extra": head, "items": MENU_PARTY, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A9, iso(pub), author=", ".join(WRITERS9), photographer=PHOTO9, category="Xây dựng Đảng"),
                traps={"boxes": [f"“{QUOTE9}”", "Những con số ấn tượng", "22/24 chỉ tiêu đạt và vượt"], "chrome": ["E-MAGAZINE", "E-Magazine khác", "Thiết kế: Nguyễn Minh Đức"],
                       "people": ["Nguyễn Minh Đức"]},
                notes="The '.dcs.vn' platform's E-MAGAZINE template for the Party's 97th anniversary: a slim top bar with a crumb 'Trang chủ / Xây dựng Đảng' → category 'Xây dựng Đảng'; a cover band with the label 'E-MAGAZINE' (the form, set 27: not the category), the h1 and 'Thứ Tư, 03/02/2027 - 06:00' → T06:00. Italic sapo → lead. Three h2 section headings (body), two full-width pictures with figcaptions, a PULL QUOTE repeating a sentence of the text (set 24: not body; the sentence stays once where the text has it) and a fact box 'Những con số ấn tượng' (a box, not body). The credits block: 'Nội dung: Lê Hoàng Anh - Phạm Thu Thủy' → authors 'Lê Hoàng Anh, Phạm Thu Thủy'; 'Ảnh: Đỗ Văn Khải' → photographer; 'Thiết kế: Nguyễn Minh Đức' a designer (set 27: neither author nor photographer).",
                readme="The '.dcs.vn' platform's e-magazine template, the Party's 97th anniversary: an 'E-MAGAZINE' label over the h1 (not the category; the crumb gives it); 'Thứ Tư, dd/mm/yyyy - HH:MM'; italic sapo; h2 sections; full-width figcaptions; a pull quote and a fact box; 'Nội dung: A - B' / 'Ảnh: C' / 'Thiết kế: D'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
