"""Set 21 pages 1-9: a random, realistic sample of the provincial Party system's sites (two Huyện ủy, an Đảng ủy Khối,
the Ban Tổ chức Tỉnh ủy, the Hội LHPN, two Báo tỉnh, an Đài PT-TH, a Sở NN&PTNT) on the vendors' products. Pages 1
and 2 are page 1 of an article split over three pages; page 3 is a short notice with an attachment, page 4 an interview,
page 5 a photo story, page 6 a video item with a short text; pages 7 and 8 carry one TWIST each (two photos printing
the identical caption, a hashtag line inside the content block)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum, utcz
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb


def head_top(cls, logo, alt, days=1, hours=0, style="weekday", tick="Tin mới", fmt=dmy, extra=""):
    def top(rng, pub):
        today = pub + timedelta(days=days, hours=hours)
        return (f'<div class="{cls}-banner"><img src="{logo}" alt="{esc(alt, True)}" />{clock(today, style, cls + "-today")}</div>{extra}'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], fmt, tick, cls + "-ticker"))
    return top


# ===================================================================== 1 Huyện ủy Lục Yên (Yên Bái): VNPT ePortal (Liferay 7), page 1 of 3, byline in the meta row
A1 = Art("Nâng cao chất lượng sinh hoạt chi bộ ở Đảng bộ huyện Lục Yên: Từ nghị quyết đến việc làm cụ thể",
         "Xác định sinh hoạt chi bộ là “hạt nhân” quyết định sức chiến đấu của tổ chức đảng ở cơ sở, những năm qua Ban Thường vụ Huyện ủy Lục Yên đã ban hành nhiều văn bản lãnh đạo, chỉ đạo, tạo chuyển biến rõ nét về nội dung và hình thức sinh hoạt của 236 chi bộ trực thuộc.",
         [("h", "1. Cụ thể hóa nghị quyết bằng chương trình hành động"),
          ("p", "Ngay sau khi có Chỉ thị số 10-CT/TW của Ban Bí thư và Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương, Huyện ủy Lục Yên đã xây dựng kế hoạch thực hiện, giao Ban Tổ chức Huyện ủy chủ trì biên soạn bộ tài liệu gợi ý sinh hoạt chuyên đề hằng quý cho từng loại hình chi bộ: nông thôn, cơ quan, trường học, lực lượng vũ trang."),
          ("p", "Mỗi cấp ủy viên huyện được phân công phụ trách, dự sinh hoạt định kỳ ít nhất một lần mỗi quý tại các chi bộ khó khăn. Riêng năm 2024, các đồng chí Ủy viên Ban Thường vụ Huyện ủy đã dự 178 buổi sinh hoạt chi bộ, trực tiếp định hướng nội dung và kết luận những vấn đề mới phát sinh ở cơ sở."),
          ("img", "/documents/30421/0/sinh-hoat-chi-bo-khanh-hoa.jpg", "Sinh hoạt chuyên đề tại Chi bộ thôn Khánh Hòa, xã Khánh Hòa"),
          ("p", "Ở xã Khánh Hòa, Chi bộ thôn Ngòi Tu đưa nội dung “mỗi đảng viên nhận giúp đỡ một hộ nghèo” vào nghị quyết tháng. Sau một năm, 14 hộ được đảng viên kèm cặp đã có 9 hộ thoát nghèo nhờ chuyển sang trồng quế và nuôi trâu vỗ béo."),
          ("p", "Tại Chi bộ Trường THCS thị trấn Yên Thế, sinh hoạt chuyên đề gắn với đổi mới phương pháp dạy học; mỗi buổi sinh hoạt đều có một đảng viên báo cáo giải pháp cụ thể để chi bộ thảo luận, biểu quyết và theo dõi kết quả ở buổi sinh hoạt sau.")])


def page01():
    pub = T("2024-09-23 07:45")

    def main(rng, rl, rd):
        body = A1.render(p=jp, h=lambda t: f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>',
                         img=lambda s, c, n: (f'<table class="vnp-img" align="center" width="90%"><tbody><tr><td><img src="{s}" alt="" style="width:100%" /></td></tr>'
                                              f'<tr><td style="text-align:center"><span style="color:#0000cd"><em>{esc(c)}</em></span></td></tr></tbody></table>'))
        base = "/web/luc-yen/nghien-cuu-trao-doi/-/asset_publisher/Lq7Yp/content/nang-cao-chat-luong-sinh-hoat-chi-bo"
        return (f'<div class="dsnews-detail ly-detail"><h1 class="ly-title">{esc(A1.title)}</h1>'
                f'<div class="ly-meta"><span class="ly-author"><i class="icon-user"></i> Tác giả: Đỗ Thị Hạnh - Ban Tuyên giáo Huyện ủy</span>'
                f'<span class="ly-date"><i class="icon-calendar"></i> {wd(pub)}, {dmy(pub)}, {hm(pub)}</span><span class="ly-views"><i class="icon-eye-open"></i> 1.284</span></div>'
                f'<div class="ly-sapo"><strong>{esc(A1.lead)}</strong></div><div class="ly-content journal-content-article">{body}</div>'
                f'<div class="ly-paging"><span class="ly-paging-label">Trang:</span> <span class="current">1</span> '
                f'<a href="{base}?_page=2">2</a> <a href="{base}?_page=3">3</a> <a class="next" href="{base}?_page=2">Trang sau »</a></div>'
                f'{share("ly-share")}<div class="ly-other"><h3>Các tin đã đưa</h3>{rel(rng, rl[:5], rd, lambda d: "(" + dmy(d) + ")", href="/web/luc-yen/-/{s}-{n}", cls="ly-other-list")}</div></div>')

    crumbs = crumb([("Trang chủ", "/web/luc-yen"), ("Xây dựng Đảng", "/web/luc-yen/xay-dung-dang"), ("Nghiên cứu - Trao đổi", "/web/luc-yen/nghien-cuu-trao-doi")], cls="breadcrumb ly-crumb", sep=" ")
    url = "https://huyenuylucyen.yenbai.dcs.vn/web/luc-yen/nghien-cuu-trao-doi/-/asset_publisher/Lq7Yp/content/nang-cao-chat-luong-sinh-hoat-chi-bo"
    head = og(A1.title, url, {"og:site_name": "Huyện ủy Lục Yên", "og:description": A1.lead})
    return page("s21-01", family="district_party_vnpt_liferay7_paged_article_byline_in_meta_row",
                name="yenbai-lucyen-huyenuy-vnpt-eportal-liferay7-crumb-nghien-cuu-trao-doi-page-1-of-3-trang-1-2-3-trang-sau-icon-meta-tac-gia-name-dash-btg-weekday-dd-mm-yyyy-comma-hh-mm-bold-sapo-numbered-subhead-blue-em-td-caption",
                url=url, art=A1, main_fn=main, pub=pub, prefix="ly", kb=150,
                org="Huyện ủy Lục Yên", addr="Thị trấn Yên Thế, huyện Lục Yên, tỉnh Yên Bái", phone="0216.3845.127",
                crumbs=crumbs, top=head_top("ly", "/o/lucyen-theme/images/banner.png", "Huyện ủy Lục Yên", days=3, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="ly-new") + schedule(rng, pub + timedelta(days=3), "Lịch công tác Thường trực Huyện ủy", "ly-lich")
                + links_box(["Tỉnh ủy Yên Bái", "Báo Yên Bái", "UBND huyện Lục Yên"]),
                shell_kw={"layout": "liferay", "head_extra": head, "title": A1.title + " - Huyện ủy Lục Yên"},
                exp=expected(A1, iso(pub), author="Đỗ Thị Hạnh", unit="Ban Tuyên giáo Huyện ủy", category="Nghiên cứu - Trao đổi"),
                traps={"pager": ["Trang:", "Trang sau »"], "bylines": ["Tác giả: Đỗ Thị Hạnh - Ban Tuyên giáo Huyện ủy"], "chrome": ["Các tin đã đưa", "Lịch công tác Thường trực Huyện ủy"],
                       "related": lambda rl: rl[:4]},
                notes="VNPT ePortal (Liferay 7 dsnews) of a Huyện ủy. The article is split over THREE pages; this is page 1 as saved ('Trang: 1 2 3  Trang sau »' under the text, links ?_page=2 and ?_page=3). Pages 2 and 3 are not on the page → body = sapo + page 1's sub-heading and paragraphs only; the pager is not body. Unlike earlier paged articles the byline is printed in the icon meta row ABOVE the text, on every page: 'Tác giả: Đỗ Thị Hạnh - Ban Tuyên giáo Huyện ủy' → author + unit. Crumb 'Trang chủ / Xây dựng Đảng / Nghiên cứu - Trao đổi' → the last level. 'Thứ Hai, 23/09/2024, 07:45' → T07:45. Bold sapo = lead. Numbered bold sub-heading '1. …' is a body paragraph. Captions in a blue em under the photo (table cell).",
                readme="VNPT ePortal (Liferay 7) Huyện ủy: page 1 of an article split over 3 pages ('Trang: 1 2 3 Trang sau »'; body = page 1 only), byline in the icon meta row above the text ('Tác giả: Name - Ban Tuyên giáo Huyện ủy'), 'Thứ Hai, dd/mm/yyyy, HH:MM', bold sapo, numbered bold sub-heading, blue em caption in a table cell")


# ===================================================================== 2 Đảng ủy Khối Doanh nghiệp tỉnh Nam Định: Joomla 3 pagebreak, article index box + 'Trang 1 / 3', byline only on page 3
A2 = Art("Phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước: Khó khăn và giải pháp",
         None,
         [("p", "Toàn tỉnh Nam Định hiện có hơn 7.600 doanh nghiệp đang hoạt động, trong đó trên 95% là doanh nghiệp ngoài khu vực nhà nước, thu hút khoảng 215.000 lao động. Tuy nhiên, đến nay mới có 86 doanh nghiệp thành lập được tổ chức đảng với 1.942 đảng viên, tập trung chủ yếu ở các công ty cổ phần có vốn nhà nước trước đây."),
          ("p", "Đảng ủy Khối Doanh nghiệp tỉnh hiện lãnh đạo 64 tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước. Giai đoạn 2020 - 2024, các chi bộ, đảng bộ này kết nạp được 412 đảng viên, bình quân mỗi năm hơn 80 đảng viên, chưa đạt chỉ tiêu nghị quyết Đại hội Đảng bộ Khối đề ra."),
          ("img", "/images/2024/10/ket-nap-dang-vien-det-may.jpg", "Lễ kết nạp đảng viên tại Chi bộ Công ty cổ phần Dệt may Sơn Nam"),
          ("p", "Qua khảo sát tại 20 doanh nghiệp dệt may, cơ khí, chế biến thủy sản cho thấy, phần lớn công nhân trẻ làm việc theo ca, thời gian gắn bó với doanh nghiệp ngắn; nhiều người chưa có nhu cầu phấn đấu vào Đảng. Ở một số nơi, chủ doanh nghiệp chưa tạo điều kiện cho người lao động tham gia học lớp bồi dưỡng nhận thức về Đảng."),
          ("p", "Bên cạnh đó, đội ngũ cán bộ làm công tác đảng trong doanh nghiệp hầu hết kiêm nhiệm, chưa có kinh nghiệm phát hiện, bồi dưỡng quần chúng ưu tú; việc thẩm tra lý lịch với người lao động ở tỉnh ngoài còn kéo dài, có hồ sơ mất hơn 6 tháng.")])
TOC2 = ["Phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước: Khó khăn và giải pháp", "Nguyên nhân của những hạn chế", "Giải pháp trong thời gian tới", "Tất cả các trang"]


def page02():
    pub, upd = T("2024-10-08 08:20"), T("2024-10-09 09:05")

    def main(rng, rl, rd):
        body = A2.render(img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="{esc(c, True)}" width="640" /></p><p style="text-align:center"><em>{esc(c)}</em></p>')
        base = "/index.php/xay-dung-dang/1842-phat-trien-dang-vien-trong-doanh-nghiep-ngoai-khu-vuc-nha-nuoc"
        links = [base, base + "?start=1", base + "?start=2", base + "?showall=1"]
        act = [(' class="active"', " active")] + [("", "")] * 3
        toc = "".join(f'<li{a}><a href="{h}" class="toclink{b}">{esc(t)}</a></li>' for (a, b), t, h in zip(act, TOC2, links))
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h2 itemprop="headline">{esc(A2.title)}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="category-name"><span class="icon-folder-open"></span> Danh mục: <a href="/index.php/xay-dung-dang" itemprop="genre">Xây dựng Đảng</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> <time datetime="2024-10-08T08:20:00+07:00" itemprop="datePublished">Ngày đăng: {dmy(pub)} {hm(pub)}</time></dd>'
                f'<dd class="modified"><span class="icon-calendar"></span> <time datetime="2024-10-09T09:05:00+07:00" itemprop="dateModified">Cập nhật lần cuối: {dmy(upd)} {hm(upd)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye-open"></span> Lượt xem: 917</dd></dl>'
                f'<div itemprop="articleBody"><div class="pull-right article-index"><h3>Mục lục bài viết</h3><ul class="nav nav-tabs nav-stacked">{toc}</ul></div>'
                f'<div class="pagenavcounter">Trang 1 / 3</div>{body}'
                f'<div class="pagination duk-paging"><span class="duk-paging-label">Trang:</span> <span class="active">1</span> <a href="{links[1]}">2</a> <a href="{links[2]}">3</a></div>'
                f'<ul class="pager pagenav"><li class="next"><a href="{links[1]}" rel="next">Tiếp »</a></li></ul></div>'
                f'<div class="duk-related"><h3>Các bài viết khác</h3>{rel(rng, rl[:5], rd, lambda d: dmy(d), href="/index.php/xay-dung-dang/{n}-{s}", cls="duk-rel")}</div></div>')

    crumbs = ('<ul class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li><li><a href="/" class="pathway">Trang chủ</a><span class="divider">»</span></li>'
              '<li><a href="/index.php/xay-dung-dang" class="pathway">Xây dựng Đảng</a><span class="divider">»</span></li>'
              f'<li class="active"><span>{esc(A2.title)}</span></li></ul>')
    url = "https://dangbokhoidoanhnghiep.namdinh.dcs.vn/index.php/xay-dung-dang/1842-phat-trien-dang-vien-trong-doanh-nghiep-ngoai-khu-vuc-nha-nuoc"
    head = og(A2.title, url, {"og:site_name": "Đảng bộ Khối Doanh nghiệp tỉnh Nam Định"}) + '<meta name="generator" content="Joomla! - Open Source Content Management" />'
    return page("s21-02", family="duk_doanh_nghiep_joomla3_pagebreak_article_index_page_1_of_3",
                name="namdinh-dukdn-joomla3-protostar-pagebreak-muc-luc-bai-viet-index-trang-1-slash-3-trang-1-2-3-tiep-h2-headline-danh-muc-xay-dung-dang-crumb-ends-title-ngay-dang-cap-nhat-lan-cuoi-time-no-lead-no-byline-on-page-1",
                url=url, art=A2, main_fn=main, pub=pub, prefix="duk", kb=115,
                org="Đảng bộ Khối Doanh nghiệp tỉnh Nam Định", addr="Số 8 đường Trần Hưng Đạo, TP Nam Định, tỉnh Nam Định", phone="0228.3849.260",
                crumbs=crumbs, top=head_top("duk", "/images/banner-dukdn.jpg", "Đảng bộ Khối Doanh nghiệp tỉnh Nam Định", days=1, hours=5, style="hom_nay"),
                side=lambda rng, pub: side_std(rng, pub, "Bài viết mới", fmt=lambda d: dmy(d), cls="duk-new") + vb_box(["Hướng dẫn số 05-HD/ĐUK về phát triển đảng viên trong doanh nghiệp", "Kế hoạch số 41-KH/ĐUK năm 2024"]),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A2.title + " - Đảng bộ Khối Doanh nghiệp tỉnh Nam Định"},
                exp=expected(A2, iso(pub), updated=iso(upd), category="Xây dựng Đảng"),
                traps={"index": ["Mục lục bài viết", "Nguyên nhân của những hạn chế", "Giải pháp trong thời gian tới", "Tất cả các trang", "Trang 1 / 3"],
                       "pager": ["Trang:", "Tiếp »"], "chrome": ["Lượt xem: 917", "Các bài viết khác", "Chi tiết"], "related": lambda rl: rl[:4]},
                notes="Joomla 3 (Protostar override) of an Đảng ủy Khối Doanh nghiệp with the core Pagebreak plugin: the article is split over THREE pages and this is page 1 as saved. Inside the article body the plugin prints a floated 'Mục lục bài viết' index (page 1 = the headline, 'Nguyên nhân của những hạn chế', 'Giải pháp trong thời gian tới', 'Tất cả các trang') and the counter 'Trang 1 / 3'; under the text a 'Trang: 1 2 3' pager and 'Tiếp »'. Body = page 1's five paragraphs only: the index entries are the titles of pages 2-3 (not on the page), the counter and pager are navigation. There is no sapo on page 1 → lead null; no byline on page 1 (it is printed at the end of page 3) → author null. The headline is an h2 (Joomla page-header); crumb ends in the title → category = the level before it, 'Xây dựng Đảng' (= the 'Danh mục:' label). 'Ngày đăng: 08/10/2024 08:20' and 'Cập nhật lần cuối: 09/10/2024 09:05' with agreeing <time>s.",
                readme="Joomla 3 Pagebreak Đảng ủy Khối: page 1 of 3 with the plugin's 'Mục lục bài viết' index (titles of pages 2-3) and 'Trang 1 / 3' inside the body, 'Trang: 1 2 3' + 'Tiếp »' under it (body = page 1 only), no sapo and no byline on page 1 (lead, author null), h2 headline, 'Danh mục:' + crumb ending in the title, 'Ngày đăng' + 'Cập nhật lần cuối'")


# ===================================================================== 3 Ban Tổ chức Tỉnh ủy Đắk Nông: Viettel portal, short notice with an attachment card
A3 = Art("Thông báo về việc tiếp nhận hồ sơ đề nghị xét tặng Huy hiệu Đảng đợt 3/2/2025",
         None,
         [("p", "Thực hiện Quy định số 94-QĐ/TW ngày 15/3/2023 của Ban Bí thư về Huy hiệu Đảng, Ban Tổ chức Tỉnh ủy thông báo đến các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy về việc tiếp nhận hồ sơ đề nghị xét tặng Huy hiệu Đảng đợt 3/2/2025 như sau:"),
          ("ul", ["Thời gian nhận hồ sơ: từ ngày 21/10/2024 đến hết ngày 15/11/2024.",
                  "Hồ sơ gồm: tờ trình của cấp ủy cơ sở, danh sách trích ngang và bản tóm tắt quá trình hoạt động của đảng viên theo mẫu.",
                  "Địa điểm: Phòng Tổ chức đảng, đảng viên, Ban Tổ chức Tỉnh ủy, tầng 3 Trụ sở Tỉnh ủy."]),
          ("p", "Hồ sơ nộp sau thời hạn trên sẽ được xem xét vào đợt 19/5/2025. Mọi chi tiết xin liên hệ đồng chí Phạm Thị Thu Trang, chuyên viên Phòng Tổ chức đảng, đảng viên, điện thoại 0261.3544.218.")])


def page03():
    pub = T("2024-10-21 00:00")

    def main(rng, rl, rd):
        body = A3.render(p=jp, ul=lambda items: '<ul style="list-style:disc;margin-left:24px">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        return (f'<div class="vt-news-detail"><div class="vt-news-head"><h1 class="vt-title">{esc(A3.title)}</h1>'
                f'<div class="vt-date">Ngày đăng: {dmy(pub)}</div></div><div class="vt-news-content">{body}</div>'
                f'<div class="vt-attach"><div class="vt-attach-head">Tệp đính kèm</div><div class="vt-file-card"><span class="vt-file-ico pdf">PDF</span>'
                f'<div class="vt-file-info"><a class="vt-file-name" href="/documents/1060153/0/TB-152-BTCTU.pdf">TB 152-TB/BTCTU ngày 18/10/2024.pdf</a>'
                f'<span class="vt-file-meta">Dung lượng: 214 KB · Lượt tải: 38</span></div>'
                f'<a class="vt-btn" href="/documents/1060153/0/TB-152-BTCTU.pdf?download=true">Tải về</a> <a class="vt-btn" href="/documents/1060153/0/TB-152-BTCTU.pdf" target="_blank">Xem trực tuyến</a></div></div>'
                f'<div class="vt-other"><h3>Thông báo khác</h3>{rel(rng, rl[:5], rd, lambda d: dmy(d), href="/thong-bao/-/{s}-{n}", cls="vt-other-list")}</div></div>')

    crumbs = '<div class="vt-breadcrumb"><a href="/">Trang chủ</a> <span>&gt;</span> <a href="/thong-bao">Thông báo</a></div>'
    url = "https://btctu.daknong.dcs.vn/thong-bao/-/thong-bao-ve-viec-tiep-nhan-ho-so-de-nghi-xet-tang-huy-hieu-dang-dot-3-2-2025"
    head = og(A3.title, url, {"og:site_name": "Ban Tổ chức Tỉnh ủy Đắk Nông", "article:published_time": "2024-10-21T10:12:44+07:00"})
    return page("s21-03", family="btc_viettel_portal_short_notice_file_card",
                name="daknong-btctu-viettel-portal-crumb-thong-bao-short-notice-three-item-list-ngay-dang-date-only-og-time-not-shown-no-byline-tep-dinh-kem-file-card-size-luot-tai-tai-ve-xem-truc-tuyen",
                url=url, art=A3, main_fn=main, pub=pub, prefix="vt", kb=95,
                org="Ban Tổ chức Tỉnh ủy Đắk Nông", addr="Đường 23 tháng 3, phường Nghĩa Đức, TP Gia Nghĩa, tỉnh Đắk Nông", phone="0261.3544.218",
                crumbs=crumbs, top=head_top("vt", "/o/btc-theme/images/banner.png", "Ban Tổ chức Tỉnh ủy Đắk Nông", days=2, hours=3),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="vt-new") + vb_box(["Quy định số 94-QĐ/TW về Huy hiệu Đảng", "Hướng dẫn số 06-HD/BTCTU về hồ sơ đảng viên"]),
                shell_kw={"layout": "div", "items": MENU_GOV, "head_extra": head, "title": A3.title + " - Ban Tổ chức Tỉnh ủy Đắk Nông"},
                exp=expected(A3, isod(pub), category="Thông báo"),
                traps={"attachments": ["Tệp đính kèm", "TB 152-TB/BTCTU ngày 18/10/2024.pdf", "Dung lượng: 214 KB", "Tải về", "Xem trực tuyến"], "chrome": ["Thông báo khác"], "related": lambda rl: rl[:4]},
                notes="Viettel portal of a Ban Tổ chức Tỉnh ủy: a SHORT NOTICE (one paragraph, a three-item list, one paragraph) with its attachment shown as a file card ('Tệp đính kèm', file name with the notice's own issue date 18/10/2024, 'Dung lượng', 'Lượt tải', 'Tải về', 'Xem trực tuyến') → not body. Each list item is one body paragraph. 'Ngày đăng: 21/10/2024' is date only → published_at '2024-10-21' (ISO with a time only when a time is shown; the og article:published_time 10:12:44 is metadata the page does not print). No byline, no sapo → author, unit, lead null. Crumb 'Trang chủ > Thông báo' → 'Thông báo'. Dates inside the notice (15/3/2023, 21/10/2024-15/11/2024, 19/5/2025) are decoys.",
                readme="Viettel portal Ban Tổ chức: short notice with a three-item list and an attachment FILE CARD (name, size, download count, 'Tải về' / 'Xem trực tuyến'), 'Ngày đăng: dd/mm/yyyy' date only (og time not shown), no byline, no sapo, crumb 'Thông báo'")


# ===================================================================== 4 Hội LHPN tỉnh Bến Tre: WordPress Elementor interview, dash-led bold-italic questions
A4 = Art("Chủ tịch Hội LHPN tỉnh Bến Tre: “Mỗi chi hội phải có ít nhất một mô hình sinh kế”",
         "Nhân kỷ niệm 94 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2024), phóng viên đã có cuộc trò chuyện với bà Nguyễn Thị Bé Mười, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh Bến Tre về những kết quả nổi bật trong công tác hỗ trợ phụ nữ phát triển kinh tế.",
         [("img", "/wp-content/uploads/2024/11/chu-tich-hlhpn-be-muoi.jpg", "Bà Nguyễn Thị Bé Mười, Chủ tịch Hội LHPN tỉnh Bến Tre"),
          ("h", "– Thưa bà, nhiệm kỳ qua Hội LHPN tỉnh đã hỗ trợ phụ nữ phát triển kinh tế bằng những cách làm nào?"),
          ("p", "– Chúng tôi xác định phải bắt đầu từ nhu cầu thật của chị em. Hội đã khảo sát hơn 12.000 hội viên nghèo, cận nghèo để biết ai cần vốn, ai cần nghề, ai cần đầu ra cho sản phẩm. Từ đó, các cấp Hội ủy thác cho vay hơn 1.100 tỷ đồng qua Ngân hàng Chính sách xã hội, thành lập 146 tổ hợp tác, 21 hợp tác xã do phụ nữ làm chủ."),
          ("h", "– Phong trào “Mỗi chi hội một mô hình sinh kế” được triển khai ra sao ở cơ sở?"),
          ("p", "– Đây là chỉ tiêu cứng chúng tôi giao cho 1.340 chi hội. Mô hình không cần lớn, có thể là tổ nuôi gà thả vườn, tổ làm kẹo dừa, tổ đan giỏ lục bình, nhưng phải có thành viên nòng cốt, có sổ theo dõi và có đầu ra. Đến nay đã có 1.287 chi hội đạt chỉ tiêu, nhiều mô hình đã có sản phẩm đạt OCOP 3 sao."),
          ("h", "– Trong bối cảnh xâm nhập mặn ngày càng gay gắt, Hội có giải pháp gì để giúp chị em ổn định sinh kế?"),
          ("p", "– Hội phối hợp ngành nông nghiệp tập huấn cho hội viên chuyển đổi sang cây trồng, vật nuôi chịu mặn; hỗ trợ 3.200 bồn chứa nước ngọt cho hộ phụ nữ nghèo ở Ba Tri, Bình Đại, Thạnh Phú. Chúng tôi cũng đang thí điểm đưa sản phẩm của các tổ hợp tác lên sàn thương mại điện tử, giúp chị em bán hàng ổn định hơn."),
          ("h", "– Xin cảm ơn bà!")])


def page04():
    pub, upd = T("2024-11-04 09:30"), T("2024-11-05 00:00")

    def main(rng, rl, rd):
        body = A4.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>',
                         h=lambda t: f'<p class="pv-question" style="text-align:justify"><strong><em>{esc(t)}</em></strong></p>',
                         img=lambda s, c, n: f'<figure class="wp-caption aligncenter" style="width:700px"><img decoding="async" class="size-full" src="{s}" alt="" width="700" height="467" /><figcaption class="wp-caption-text">{esc(c)}</figcaption></figure>')
        return (f'<div data-elementor-type="single-post" class="elementor elementor-1187"><div class="elementor-element elementor-widget-theme-post-title"><h1 class="elementor-heading-title">{esc(A4.title)}</h1></div>'
                f'<div class="elementor-element elementor-widget-post-info"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
                f'<li class="elementor-icon-list-item elementor-repeater-item-a1"><span class="elementor-icon-list-text">{dmy(pub)}</span></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-a2"><span class="elementor-icon-list-text">{hm(pub)}</span></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-a3"><span class="elementor-icon-list-text">Cập nhật: {dmy(upd)}</span></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-a4"><span class="elementor-icon-list-text">hoiphunu_bt</span></li></ul></div>'
                f'<div class="elementor-element elementor-widget-theme-post-excerpt"><div class="elementor-widget-container"><em>{esc(A4.lead)}</em></div></div>'
                f'<div class="elementor-element elementor-widget-theme-post-content"><div class="elementor-widget-container">{body}'
                f'<p style="text-align:right"><strong>Thanh Tuyền (thực hiện)</strong></p></div></div>'
                f'<div class="elementor-element elementor-widget-post-navigation"><a href="/hoat-dong-hoi/phong-van/">« Bài trước</a> <a href="/hoat-dong-hoi/phong-van/">Bài sau »</a></div>'
                f'<div class="elementor-element elementor-widget-posts"><h3>Bài viết cùng chuyên mục</h3>{rel(rng, rl[:4], rd, lambda d: dmy(d), href="/hoat-dong-hoi/{s}/", cls="hpn-posts")}</div></div>')

    crumbs = ('<nav class="yoast-breadcrumbs"><span><span><a href="https://phunu.bentre.gov.vn/">Trang chủ</a></span> » <span><a href="https://phunu.bentre.gov.vn/hoat-dong-hoi/">Hoạt động Hội</a></span> » '
              '<span><a href="https://phunu.bentre.gov.vn/hoat-dong-hoi/phong-van/">Phỏng vấn</a></span></span></nav>')
    url = "https://phunu.bentre.gov.vn/hoat-dong-hoi/phong-van/chu-tich-hoi-lhpn-tinh-ben-tre-moi-chi-hoi-phai-co-it-nhat-mot-mo-hinh-sinh-ke/"
    head = (og(A4.title, url, {"og:site_name": "Hội Liên hiệp Phụ nữ tỉnh Bến Tre", "article:published_time": "2024-11-04T02:30:00+00:00", "article:modified_time": "2024-11-05T01:02:19+00:00"})
            + '<meta name="generator" content="Elementor 3.24.7; features: additional_custom_breakpoints" />')
    return page("s21-04", family="womens_union_wp_elementor_interview_dash_bold_italic_questions",
                name="bentre-hlhpn-wordpress-elementor-pro-post-info-date-and-time-items-cap-nhat-date-only-account-yoast-crumb-phong-van-italic-excerpt-lead-interview-dash-led-bold-italic-questions-portrait-caption-thuc-hien",
                url=url, art=A4, main_fn=main, pub=pub, prefix="hpn", kb=130,
                org="Hội Liên hiệp Phụ nữ tỉnh Bến Tre", addr="Số 5 đường Cách Mạng Tháng Tám, phường 3, TP Bến Tre, tỉnh Bến Tre", phone="0275.3822.319",
                crumbs=crumbs, top=head_top("hpn", "/wp-content/uploads/logo-hlhpn.png", "Hội Liên hiệp Phụ nữ tỉnh Bến Tre", days=2, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Tin nổi bật", fmt=lambda d: dmy(d), cls="hpn-hot") + poll("Chị đã tham gia mô hình sinh kế nào của Hội?", ["Tổ hợp tác", "Tổ tiết kiệm", "Chưa tham gia"], cls="hpn-poll"),
                shell_kw={"layout": "wp", "items": MENU_MASS, "head_extra": head, "title": A4.title + " – Hội LHPN tỉnh Bến Tre"},
                exp=expected(A4, iso(pub), updated=isod(upd), author="Thanh Tuyền", category="Phỏng vấn"),
                traps={"bylines": ["Thanh Tuyền (thực hiện)"], "accounts": ["hoiphunu_bt"], "chrome": ["Bài viết cùng chuyên mục", "« Bài trước", "Bài sau »"], "related": lambda rl: rl[:3]},
                notes="WordPress + Elementor Pro single-post template of a provincial Hội LHPN; an INTERVIEW. Questions are bold-italic paragraphs that begin with an en dash ('– Thưa bà, …?'), answers plain paragraphs that also begin with an en dash; both are body as printed (dashes kept), including the closing '– Xin cảm ơn bà!'. The post-excerpt widget (italic intro) = lead. The portrait's wp-caption = caption. Elementor post-info prints the date and the time as two separate items ('04/11/2024' · '09:30') → T09:30 (og 02:30Z agrees); the third item 'Cập nhật: 05/11/2024' is an update stamp printed as a date only → updated_at '2024-11-05' (og modified 01:02:19Z is machine-only). The fourth item is the WP account 'hoiphunu_bt' → not an author. Foot 'Thanh Tuyền (thực hiện)' → author 'Thanh Tuyền'; the interviewee is not an author. Yoast crumb 'Trang chủ » Hoạt động Hội » Phỏng vấn' → 'Phỏng vấn'. The dates 20/10/1930 - 20/10/2024 in the lead are decoys.",
                readme="WordPress Elementor Hội LHPN INTERVIEW: en-dash-led bold-italic questions and en-dash answers (body as printed), italic post-excerpt lead, portrait caption, post-info with date and time as separate items + 'Cập nhật: dd/mm/yyyy' date only + account, Yoast crumb 'Phỏng vấn', 'Name (thực hiện)'")


# ===================================================================== 5 Báo Quảng Bình: photo story, 'Ảnh: X - Bài: Y' (photographer first), overlay captions
A5 = Art("Mùa săn mây trên đỉnh Trường Sơn",
         "Những ngày cuối năm, khi gió mùa đông bắc tràn về, đỉnh đèo Đá Đẽo và các bản vùng cao Thượng Trạch, Trọng Hóa lại chìm trong biển mây. Cảnh sắc ấy đang mở ra hướng du lịch mới cho miền tây Quảng Bình.",
         [("img", "/uploads/2024/12/15/san-may-1.jpg", "Biển mây phủ kín thung lũng dưới chân đèo Đá Đẽo lúc bình minh"),
          ("img", "/uploads/2024/12/15/san-may-2.jpg", "Bản Ka Ai, xã Thượng Trạch ẩn hiện sau lớp sương sớm"),
          ("p", "Từ TP Đồng Hới, du khách mất khoảng 3 giờ đi xe máy theo đường Hồ Chí Minh nhánh tây để lên điểm săn mây đẹp nhất ở km 56. Thời điểm lý tưởng là từ 5 giờ 30 đến 7 giờ sáng, khi mặt trời vừa nhô lên khỏi dãy Trường Sơn."),
          ("img", "/uploads/2024/12/15/san-may-3.jpg", "Nhóm bạn trẻ từ Đồng Hới cắm trại đón bình minh trên đỉnh đồi"),
          ("img", "/uploads/2024/12/15/san-may-4.jpg", "Người Ma Coong gùi củi về bản khi mây còn chưa tan"),
          ("img", "/uploads/2024/12/15/san-may-5.jpg", "Nắng sớm xuyên qua rừng thông ở xã Trọng Hóa"),
          ("p", "Huyện Minh Hóa và Bố Trạch đang phối hợp các đơn vị lữ hành xây dựng tour trải nghiệm “săn mây - ngủ bản”, gắn với ẩm thực và văn hóa của đồng bào Chứt, Bru - Vân Kiều. Người dân các bản đã được tập huấn làm homestay, hướng dẫn viên địa phương."),
          ("img", "/uploads/2024/12/15/san-may-6.jpg", "Biển mây tan dần khi mặt trời lên cao, để lộ những nương ngô của đồng bào")])


def page05():
    pub = T("2024-12-15 06:00")

    def main(rng, rl, rd):
        def img(s, c, n):
            return (f'<div class="ps-slide"><div class="ps-frame"><img class="lazyload" data-src="{s}" src="/images/blank.gif" alt="{esc(c, True)}" />'
                    f'<div class="ps-overlay"><span class="ps-num">{n:02d}</span><p class="ps-cap">{esc(c)}</p></div></div></div>')
        body = A5.render(p=lambda t: f'<div class="ps-text"><p>{esc(t)}</p></div>', img=img)
        return (f'<article class="photostory"><div class="ps-cover"><div class="ps-kicker"><a href="/multimedia/phong-su-anh">PHÓNG SỰ ẢNH</a></div>'
                f'<h1 class="ps-title">{esc(A5.title)}</h1>'
                f'<div class="ps-credit">Ảnh: <a href="/tac-gia/phan-phuong">Phan Phương</a> - Bài: <a href="/tac-gia/hoang-ha">Hoàng Hà</a></div>'
                f'<div class="ps-time">{wd(pub)}, {dmy(pub)} | {hm(pub)}</div></div>'
                f'<div class="ps-sapo"><p>{esc(A5.lead)}</p></div><div class="ps-body">{body}</div>{share("ps-share")}</article>'
                f'<div class="ps-more"><h3>Phóng sự ảnh khác</h3>{rel(rng, rl[:4], rd, lambda d: dmy(d), href="/multimedia/phong-su-anh/{s}-{n}.html", cls="ps-more-list")}</div>')

    crumbs = crumb([("Trang chủ", "/"), ("Multimedia", "/multimedia"), ("Phóng sự ảnh", "/multimedia/phong-su-anh")], cls="qb-crumb", sep=" / ")
    url = "https://www.baoquangbinh.vn/multimedia/phong-su-anh/202412/mua-san-may-tren-dinh-truong-son-2224817/"
    head = (og(A5.title, url, {"og:site_name": "Báo Quảng Bình điện tử", "og:description": A5.lead, "og:image": "https://www.baoquangbinh.vn/uploads/2024/12/15/san-may-1.jpg"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A5.title, "datePublished": "2024-12-15T06:00:00+07:00",
                      "author": [{"@type": "Person", "name": "Hoàng Hà"}, {"@type": "Person", "name": "Phan Phương"}]}))
    return page("s21-05", family="baotinh_photo_story_overlay_captions_anh_first_bai_second",
                name="quangbinh-bao-photo-story-caps-kicker-phong-su-anh-crumb-multimedia-phong-su-anh-credit-anh-name-dash-bai-name-photographer-first-weekday-dd-mm-yyyy-pipe-hh-mm-sapo-six-overlay-captions-numbered-02d-two-text-blocks",
                url=url, art=A5, main_fn=main, pub=pub, prefix="qb", kb=180,
                org="Báo Quảng Bình", addr="Số 41 đường Hoàng Diệu, TP Đồng Hới, tỉnh Quảng Bình", phone="0232.3822.447",
                crumbs=crumbs, top=head_top("qb", "/images/logo-bqb.svg", "Báo Quảng Bình", days=0, hours=9, fmt=hm),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="qb-most", n=8),
                shell_kw={"layout": "div", "items": MENU_NEWS, "head_extra": head, "title": A5.title + " | Báo Quảng Bình điện tử"},
                exp=expected(A5, iso(pub), author="Hoàng Hà", photographer="Phan Phương", category="Phóng sự ảnh"),
                traps={"bylines": ["Ảnh: Phan Phương - Bài: Hoàng Hà"], "chrome": ["Phóng sự ảnh khác", "Đọc nhiều"], "related": lambda rl: rl[:3]},
                notes="PHOTO STORY of a Báo tỉnh. Six full-width photos, each with an overlay caption (p.ps-cap, preceded by a '01'…'06' index span, which is not part of the caption) → six captions in order; body = sapo + the two short text blocks. The credit prints the photographer FIRST: 'Ảnh: Phan Phương - Bài: Hoàng Hà' → author 'Hoàng Hà' (the writer), photographer 'Phan Phương' (JSON-LD lists both as authors, the printed credit says who did what). Caps kicker 'PHÓNG SỰ ẢNH' and crumb 'Trang chủ / Multimedia / Phóng sự ảnh' → 'Phóng sự ảnh'. 'Chủ Nhật, 15/12/2024 | 06:00'. Lazy images (data-src).",
                readme="Báo tỉnh PHOTO STORY: six overlay captions with '01'-'06' index spans, sapo + two text blocks, credit with the photographer first 'Ảnh: X - Bài: Y', 'Chủ Nhật, dd/mm/yyyy | HH:MM', crumb 'Multimedia / Phóng sự ảnh'")


# ===================================================================== 6 Đài PT-TH Bạc Liêu: video.js item with a short text, two names separated by a comma
A6 = Art("Bạc Liêu: Nông dân Hồng Dân phấn khởi vì lúa trên đất tôm trúng mùa",
         None,
         [("p", "Vụ lúa mùa năm nay, nông dân huyện Hồng Dân xuống giống hơn 21.000 ha lúa trên nền đất nuôi tôm. Đến nay đã thu hoạch gần 40% diện tích, năng suất bình quân đạt 5,8 tấn/ha; lúa ST24, ST25 được thương lái thu mua tại ruộng với giá 9.200 - 9.500 đồng/kg."),
          ("p", "Theo ngành nông nghiệp, mô hình tôm - lúa giúp cải tạo đất, giảm dịch bệnh trên tôm nuôi vụ sau. Huyện đang liên kết với doanh nghiệp bao tiêu 3.500 ha lúa hữu cơ, hướng đến xây dựng vùng nguyên liệu đạt chứng nhận quốc tế.")])


def page06():
    pub = T("2024-12-27 14:50")

    def main(rng, rl, rd):
        vid = hexid(rng, 10)
        desc = A6.render()
        cfg = dump({"sources": [{"src": f"https://media.baclieutv.vn/vod/_definst_/2024/12/{vid}.mp4/playlist.m3u8", "type": "application/x-mpegURL"}],
                    "poster": f"/uploads/video/2024/12/{vid}.jpg", "duration": 174, "autoplay": False})
        return (f'<div class="blt-video-detail"><div class="blt-player"><video-js id="blt-vjs" class="video-js vjs-big-play-centered vjs-16-9" controls preload="none" '
                f'poster="/uploads/video/2024/12/{vid}.jpg" data-setup=\'{esc(cfg, True)}\'></video-js><span class="blt-duration">02:54</span></div>'
                f'<h1 class="blt-title">{esc(A6.title)}</h1><div class="blt-meta"><span class="blt-time">{hm(pub)} - {dmy(pub)}</span> <span class="blt-views">Lượt xem: 386</span></div>'
                f'<div class="blt-desc">{desc}</div>'
                f'<div class="blt-credit"><strong>Trúc Ly, Minh Tài</strong></div>{share("blt-share")}'
                f'<div class="blt-more"><h3>Video cùng chuyên mục</h3>{rel(rng, rl[:6], rd, lambda d: hm(d) + " - " + dmy(d), href="/video/thoi-su/{s}-{n}", cls="blt-more-list")}</div></div>')

    def side(rng, pub):
        rows = "".join(f'<li><span class="gio">{h}</span> {esc(t)}</li>' for h, t in [("17:30", "Thời sự Bạc Liêu"), ("18:15", "Nông nghiệp xanh"), ("19:00", "Tiếp sóng Thời sự VTV1"), ("20:00", "Phim truyện")])
        return (f'<div class="blt-lich"><h3>Lịch phát sóng {dmy(pub + timedelta(days=1))}</h3><ul>{rows}</ul></div>'
                + side_std(rng, pub, "Video xem nhiều", fmt=lambda d: dmy(d), cls="blt-most"))

    crumbs = crumb([("Trang chủ", "/"), ("Video", "/video"), ("Thời sự", "/video/thoi-su")], cls="blt-crumb", sep=" » ")
    url = "https://baclieutv.vn/video/thoi-su/bac-lieu-nong-dan-hong-dan-phan-khoi-vi-lua-tren-dat-tom-trung-mua-58214"
    head = (og(A6.title, url, {"og:type": "video.other", "og:site_name": "Đài Phát thanh và Truyền hình Bạc Liêu", "og:description": A6.blocks[0][1][:140]})
            + jsonld({"@context": "https://schema.org", "@type": "VideoObject", "name": A6.title, "uploadDate": "2024-12-27T11:20:00+07:00", "duration": "PT2M54S",
                      "thumbnailUrl": "https://baclieutv.vn/uploads/video/2024/12/thumb.jpg"}))
    return page("s21-06", family="broadcaster_videojs_hls_short_text_two_names_comma",
                name="baclieu-daiptth-video-js-hls-player-above-h1-duration-decoy-crumb-video-thoi-su-hh-mm-dash-dd-mm-yyyy-two-paragraph-description-no-lead-bold-two-names-comma-videoobject-upload-date-differs-broadcast-schedule",
                url=url, art=A6, main_fn=main, pub=pub, prefix="blt", kb=120,
                org="Đài Phát thanh và Truyền hình Bạc Liêu", addr="Số 02 đường Hoàng Văn Thụ, phường 3, TP Bạc Liêu, tỉnh Bạc Liêu", phone="0291.3822.115",
                crumbs=crumbs, top=head_top("blt", "/images/logo-btv.png", "Đài Phát thanh và Truyền hình Bạc Liêu", days=0, hours=5, fmt=hm, tick="Tin nóng"),
                side=side, shell_kw={"layout": "div", "items": MENU_NEWS, "head_extra": head, "title": A6.title + " - Đài PT-TH Bạc Liêu"},
                exp=expected(A6, iso(pub), author="Trúc Ly, Minh Tài", category="Thời sự", lead=None),
                traps={"player": ["02:54", "Lượt xem: 386"], "chrome": ["Video cùng chuyên mục", "Video xem nhiều", "Thời sự Bạc Liêu"], "related": lambda rl: rl[:4]},
                notes="VIDEO item of an Đài PT-TH: a video.js HLS player (config in data-setup, duration badge '02:54') above the h1, then '14:50 - 27/12/2024' and a SHORT text of two paragraphs under the player (no sapo → lead null; the player has no caption → captions []). The credit under the text is two bold names separated by a comma 'Trúc Ly, Minh Tài' (the reporter team of the clip) → author 'Trúc Ly, Minh Tài', no unit, no photographer. VideoObject uploadDate 11:20 differs from the posting time shown (14:50) → the shown time wins. Crumb 'Trang chủ » Video » Thời sự' → 'Thời sự'. The broadcast schedule for the next day, the views count and the duration are decoys.",
                readme="Đài PT-TH VIDEO item: video.js HLS player above the h1 (duration badge), 'HH:MM - dd/mm/yyyy', a two-paragraph text and no sapo, bold 'A, B' credit → two authors, VideoObject uploadDate ≠ shown time, crumb 'Video » Thời sự'")


# ===================================================================== 7 Huyện ủy Lạc Sơn (Hòa Bình): Bkav eGov 2.0, two photos with the IDENTICAL caption (TWIST), 'Cập nhật' only stamp
CAP7 = "Lãnh đạo huyện Lạc Sơn trao quà Tết cho các hộ nghèo xã Quyết Thắng"
A7 = Art("Lạc Sơn trao hơn 3.600 suất quà Tết cho hộ nghèo, gia đình chính sách",
         "Từ ngày 02 đến 07/01/2025, các đoàn công tác của Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Lạc Sơn đã đến thăm, tặng 3.612 suất quà cho hộ nghèo, gia đình chính sách và người có công trên địa bàn nhân dịp Tết Nguyên đán Ất Tỵ 2025.",
         [("p", "Tổng giá trị quà tặng hơn 2,1 tỷ đồng, được huy động từ ngân sách huyện, Quỹ “Vì người nghèo” và sự ủng hộ của các doanh nghiệp, nhà hảo tâm. Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá từ 500.000 đến 1.000.000 đồng."),
          ("img", "/Uploads/images/2025/01/trao-qua-tet-quyet-thang-1.jpg", CAP7),
          ("p", "Tại xã Quyết Thắng, đồng chí Bùi Văn Thắng, Bí thư Huyện ủy thăm hỏi, động viên các gia đình khắc phục khó khăn, đón Tết vui tươi, đầm ấm; đề nghị cấp ủy, chính quyền xã tiếp tục rà soát, không để hộ nào không có Tết."),
          ("img", "/Uploads/images/2025/01/trao-qua-tet-quyet-thang-2.jpg", CAP7),
          ("p", "Dịp này, Huyện ủy cũng chỉ đạo các tổ chức cơ sở đảng tổ chức thăm hỏi đảng viên cao tuổi, đảng viên có hoàn cảnh khó khăn; bảo đảm trật tự, an toàn giao thông và phòng, chống cháy nổ trong dịp Tết.")])


def page07():
    pub = T("2025-01-08 10:15")

    def main(rng, rl, rd):
        body = A7.render(p=jp, img=lambda s, c, n: (f'<div class="bk-image" style="text-align:center"><img src="{s}" alt="" style="max-width:100%" />'
                                                     f'<div class="bk-image-desc" style="font-style:italic;font-size:13px">{esc(c)}</div></div>'))
        return (f'<div class="bk-article"><div class="bk-article-head"><h1 class="bk-title">{esc(A7.title)}</h1>'
                f'<div class="bk-date">Cập nhật ngày {dmy(pub)} lúc {hm(pub)}</div></div>'
                f'<div class="bk-sapo" style="font-weight:bold">{esc(A7.lead)}</div><div class="bk-body">{body}'
                f'<p style="text-align:right"><strong>Bùi Thị Thoa - Văn phòng Huyện ủy Lạc Sơn</strong></p></div>'
                f'<div class="bk-tools"><a href="#">Bản in</a> | <a href="#">Gửi bài viết</a> | <a href="#">Về đầu trang</a></div>'
                f'<div class="bk-other"><h3>Các tin khác</h3>{rel(rng, rl[:6], rd, lambda d: "(" + dmy(d) + ")", href="/tin-tuc-su-kien/hoat-dong-co-so/{s}-{n}.html", cls="bk-other-list")}</div></div>')

    crumbs = '<div class="bk-breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> / <a href="/tin-tuc-su-kien/hoat-dong-co-so">Hoạt động cơ sở</a></div>'
    url = "https://huyenuylacson.hoabinh.dcs.vn/tin-tuc-su-kien/hoat-dong-co-so/lac-son-trao-hon-3-600-suat-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-14872.html"
    head = og(A7.title, url, {"og:site_name": "Huyện ủy Lạc Sơn", "og:description": A7.lead})
    return page("s21-07", family="district_party_bkav_egov2_identical_captions_two_photos",
                name="hoabinh-lacson-huyenuy-bkav-egov2-slash-crumb-hoat-dong-co-so-cap-nhat-ngay-dd-mm-yyyy-luc-hh-mm-only-stamp-bold-sapo-two-photos-identical-caption-twice-bold-right-name-dash-van-phong-huyen-uy-cac-tin-khac",
                url=url, art=A7, main_fn=main, pub=pub, prefix="bk", kb=140,
                org="Huyện ủy Lạc Sơn", addr="Thị trấn Vụ Bản, huyện Lạc Sơn, tỉnh Hòa Bình", phone="0218.3862.135",
                crumbs=crumbs, top=head_top("bk", "/Content/lacson/banner.jpg", "Huyện ủy Lạc Sơn", days=1, hours=3),
                side=lambda rng, pub: side_std(rng, pub, "Tin đọc nhiều", fmt=lambda d: dmy(d), cls="bk-most")
                + '<div class="bk-tet"><h3>Chào Xuân Ất Tỵ 2025</h3><p>Còn <b>21</b> ngày đến Tết Nguyên đán (29/01/2025)</p></div>',
                shell_kw={"layout": "table", "head_extra": head, "title": A7.title},
                exp=expected(A7, iso(pub), author="Bùi Thị Thoa", unit="Văn phòng Huyện ủy Lạc Sơn", category="Hoạt động cơ sở"),
                traps={"bylines": ["Bùi Thị Thoa - Văn phòng Huyện ủy Lạc Sơn"], "chrome": ["Các tin khác", "Bản in", "Chào Xuân Ất Tỵ 2025"], "related": lambda rl: rl[:4]},
                notes="TWIST: the two photos of the article print the IDENTICAL caption 'Lãnh đạo huyện Lạc Sơn trao quà Tết cho các hộ nghèo xã Quyết Thắng' (the editor reused the line for the second picture). Captions are recorded per photo, as printed → the caption appears TWICE in captions, in page order. (Set 20's thumbnail strip repeated captions as navigation; here each repetition belongs to its own photo.) A reader de-duplicating captions would record one. Bkav eGov 2.0 of a Huyện ủy: the only stamp is 'Cập nhật ngày 08/01/2025 lúc 10:15' → published_at T10:15, updated_at null. Bold sapo. Crumb with '/' 'Trang chủ / Tin tức - Sự kiện / Hoạt động cơ sở' → 'Hoạt động cơ sở'. Bold right 'Bùi Thị Thoa - Văn phòng Huyện ủy Lạc Sơn' → author + unit. Campaign dates (02-07/01/2025) and the Tết countdown are decoys.",
                readme="TWIST two photos printing the IDENTICAL caption → the caption recorded twice (one per photo); Bkav eGov 2.0 Huyện ủy, 'Cập nhật ngày dd/mm/yyyy lúc HH:MM' only stamp (= published), bold sapo, '/' crumb, 'Name - Văn phòng Huyện ủy'")


# ===================================================================== 8 Báo Bình Phước: press CMS, hashtag line inside the content block (TWIST)
A8 = Art("Bù Gia Mập hoàn thành đại hội chi bộ điểm nhiệm kỳ 2025 - 2027",
         "Ngày 14/01, Chi bộ thôn Bù Khơn, xã Phước Minh tổ chức đại hội điểm nhiệm kỳ 2025 - 2027. Đây là chi bộ đầu tiên của Đảng bộ huyện Bù Gia Mập tiến hành đại hội, rút kinh nghiệm chỉ đạo đại hội chi bộ trực thuộc đảng ủy cơ sở trong toàn huyện.",
         [("p", "Nhiệm kỳ 2022 - 2025, Chi bộ thôn Bù Khơn lãnh đạo nhân dân hoàn thành 12/12 chỉ tiêu nghị quyết đề ra; thu nhập bình quân đầu người đạt 58 triệu đồng/năm, tỷ lệ hộ nghèo đồng bào S’tiêng giảm còn 2,1%. Chi bộ kết nạp 5 đảng viên mới, trong đó có 3 đảng viên là người dân tộc thiểu số."),
          ("img", "/uploads/2025/01/15/dai-hoi-chi-bo-bu-khon.jpg", "Quang cảnh đại hội Chi bộ thôn Bù Khơn. Ảnh: Minh Luân"),
          ("p", "Đại hội đã thảo luận, thông qua nghị quyết với 10 chỉ tiêu chủ yếu, trong đó phấn đấu đến năm 2027 thôn không còn hộ nghèo, 100% đường giao thông nông thôn được cứng hóa. Đại hội bầu đồng chí Điểu Thị Lanh giữ chức Bí thư Chi bộ nhiệm kỳ 2025 - 2027."),
          ("p", "Theo kế hoạch, đại hội chi bộ trực thuộc đảng ủy cơ sở trên địa bàn huyện sẽ hoàn thành trước ngày 31/3/2025; đại hội đảng bộ cơ sở hoàn thành trong quý II/2025.")])
TAGS8 = ["#ĐạiHộiĐảng", "#BùGiaMập", "#NhiệmKỳ2025_2027"]


def page08():
    pub = T("2025-01-15 15:05")

    def main(rng, rl, rd):
        body = A8.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<figure class="expNoEdit"><img src="{s}" alt="{esc(c, True)}" /><figcaption><p>{esc(c)}</p></figcaption></figure>')
        tags = " ".join(f'<a href="/tag/{slug(t)}">{esc(t)}</a>' for t in TAGS8)
        cm = comments([("Điểu Văn Thanh", "15/01/2025 17:22", "Chúc mừng chi bộ thôn Bù Khơn, mong nhiệm kỳ mới thôn mình hết hộ nghèo.")], head="Bình luận", cls="bp-cmt")
        return (f'<div class="bp-detail"><h1 class="bp-title">{esc(A8.title)}</h1>'
                f'<div class="bp-meta"><a class="bp-author" href="/tac-gia/thu-ha">Thu Hà</a> <span class="bp-date">{wd(pub)}, {dmy(pub)} | {hm(pub)}</span></div>'
                f'<h2 class="bp-sapo">{esc(A8.lead)}</h2><div class="bp-content" id="content-detail">{body}'
                f'<p class="bp-hashtags">{tags}</p></div>{share("bp-share")}'
                f'<div class="bp-tags"><span>Từ khóa:</span> <a href="/tag/dai-hoi-chi-bo">đại hội chi bộ</a> <a href="/tag/bu-gia-map">Bù Gia Mập</a></div>'
                f'<div class="bp-rel"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl[:5], rd, lambda d: dmy(d), href="/chinh-tri/xay-dung-dang/{s}-{n}.html", cls="bp-rel-list")}</div>{cm}</div>')

    crumbs = crumb([("Trang chủ", "/"), ("Chính trị", "/chinh-tri"), ("Xây dựng Đảng", "/chinh-tri/xay-dung-dang")], cls="bp-crumb", sep=" › ")
    url = "https://baobinhphuoc.com.vn/news/chinh-tri/xay-dung-dang/bu-gia-map-hoan-thanh-dai-hoi-chi-bo-diem-nhiem-ky-2025-2027-169822"
    head = og(A8.title, url, {"og:site_name": "Báo Bình Phước", "article:section": "Chính trị", "og:description": A8.lead, "article:published_time": "2025-01-15T15:05:00+07:00"})
    return page("s21-08", family="baotinh_press_cms_hashtag_line_inside_content",
                name="binhphuoc-bao-press-cms-crumb-chinh-tri-xay-dung-dang-author-link-before-date-weekday-dd-mm-yyyy-pipe-hh-mm-h2-sapo-figcaption-anh-credit-hashtag-line-inside-content-tu-khoa-comments",
                url=url, art=A8, main_fn=main, pub=pub, prefix="bp", kb=220,
                org="Báo Bình Phước", addr="Số 88 đường Trần Hưng Đạo, phường Tân Phú, TP Đồng Xoài, tỉnh Bình Phước", phone="0271.3879.155",
                crumbs=crumbs, top=head_top("bp", "/images/logo-bpo.svg", "Báo Bình Phước", days=0, hours=7, fmt=hm),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="bp-most", n=8)
                + '<div class="bp-gia"><h3>Giá nông sản</h3><p>Hạt điều tươi: 32.000 đ/kg · Cao su mủ nước: 395 đ/độ · Cập nhật 16/01/2025</p></div>',
                shell_kw={"layout": "div", "items": MENU_NEWS, "head_extra": head, "title": A8.title + " | Báo Bình Phước"},
                exp=expected(A8, iso(pub), author="Thu Hà", category="Xây dựng Đảng"),
                traps={"hashtags": TAGS8, "chrome": ["Từ khóa:", "Tin cùng chuyên mục", "Giá nông sản"], "comments": ["Chúc mừng chi bộ thôn Bù Khơn, mong nhiệm kỳ mới thôn mình hết hộ nghèo."],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: the last paragraph INSIDE the content block (div#content-detail) is a line of hashtag links '#ĐạiHộiĐảng #BùGiaMập #NhiệmKỳ2025_2027', typed by the editor into the text. Hashtags are tags (topic links), not text of the article → not body, although they sit in the same block as the paragraphs. Báo tỉnh press CMS: author link 'Thu Hà' before the date 'Thứ Tư, 15/01/2025 | 15:05'; h2 sapo = lead; the figcaption holds its credit '. Ảnh: Minh Luân' → kept in the caption, photographer null. Crumb 'Trang chủ › Chính trị › Xây dựng Đảng' → 'Xây dựng Đảng' (og section is the parent). 'Từ khóa:' row, related list and comments after the article are not body. Deadline 31/3/2025 in the text and the price box 'Cập nhật 16/01/2025' are decoys.",
                readme="TWIST hashtag line ('#ĐạiHộiĐảng #BùGiaMập …') as the last paragraph inside the content block → not body; Báo tỉnh press CMS, author link before 'Thứ Tư, dd/mm/yyyy | HH:MM', h2 sapo, figcaption with '. Ảnh: X' credit, crumb 'Chính trị › Xây dựng Đảng', comments")


# ===================================================================== 9 Sở NN&PTNT Ninh Thuận: SharePoint 2019, 'Lĩnh vực:' label as the only category, h4 italic summary
A9 = Art("Ninh Thuận tích nước 21 hồ chứa, bảo đảm nước tưới vụ Đông Xuân",
         "Đến giữa tháng 02/2025, tổng dung tích các hồ chứa thủy lợi trên địa bàn tỉnh đạt 226 triệu m³, bằng 57% dung tích thiết kế. Ngành nông nghiệp đã cân đối nguồn nước, bảo đảm tưới cho 33.800 ha cây trồng vụ Đông Xuân 2024 - 2025.",
         [("p", "Theo Chi cục Thủy lợi, lượng nước tích được năm nay cao hơn cùng kỳ 18% nhờ các đợt mưa cuối năm 2024. Các hồ lớn như Sông Sắt, Tân Giang, Sông Trâu, Trà Co đều đạt trên 70% dung tích; riêng hồ Phước Trung và hồ CK7 ở huyện Bác Ái, Thuận Nam mới đạt khoảng 35%."),
          ("img", "/SiteAssets/2025/02/ho-song-sat.jpg", "Hồ Sông Sắt, huyện Bác Ái tích nước đạt 78% dung tích thiết kế"),
          ("p", "Công ty TNHH MTV Khai thác công trình thủy lợi Ninh Thuận đã xây dựng kế hoạch điều tiết nước theo từng đợt, ưu tiên nước sinh hoạt và chăn nuôi; vận động nông dân vùng cuối kênh chuyển đổi 1.200 ha lúa sang cây ngắn ngày, ít dùng nước như bắp, đậu xanh, nho."),
          ("table", [["Hệ thống", "Diện tích tưới (ha)", "Dung tích hiện có (triệu m³)"], ["Nha Trinh - Lâm Cấm", "14.500", "95,4"], ["Sông Sắt - Tân Giang", "9.200", "68,1"], ["Các hồ vừa và nhỏ", "10.100", "62,5"]]),
          ("p", "Sở Nông nghiệp và PTNT đề nghị các địa phương kiểm tra, nạo vét kênh mương nội đồng trước ngày 28/02/2025; tăng cường tuyên truyền sử dụng nước tiết kiệm, xử lý nghiêm hành vi lấy nước trái phép.")])


def page09():
    pub = T("2025-02-12 14:30")

    def main(rng, rl, rd):
        body = A9.render(p=jp, img=tcap)
        return (f'<div class="nt-news"><div class="nt-linhvuc">Lĩnh vực: <a href="/Pages/linh-vuc.aspx?lv=thuy-loi">Thủy lợi</a></div>'
                f'<h2 class="nt-title"><span id="ctl00_PlaceHolderMain_lblTitle">{esc(A9.title)}</span></h2>'
                f'<div class="nt-date"><span id="ctl00_PlaceHolderMain_lblNgayDang">Ngày đăng: {dmy(pub)} {hm(pub)}</span> &nbsp; <span class="nt-view">Lượt xem: 245</span></div>'
                f'<h4 class="nt-summary"><em>{esc(A9.lead)}</em></h4><div class="nt-content" id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">{body}'
                f'<p style="text-align:right"><b>Nguyễn Văn Sang - Chi cục Thủy lợi</b></p></div>'
                f'<div class="nt-tinkhac"><h3>Tin đã đăng</h3>{rel(rng, rl[:6], rd, lambda d: "(" + dmy(d) + ")", href="/Pages/tin-chi-tiet.aspx?ItemID={n}", cls="nt-tinkhac-list")}</div></div>')

    crumbs = '<div class="nt-crumb"><a href="/">Trang chủ</a> &gt; <a href="/Pages/tin-tuc.aspx">Tin tức</a> &gt; <span>Chi tiết</span></div>'
    url = "https://snnptnt.ninhthuan.gov.vn/Pages/tin-chi-tiet.aspx?ItemID=4817"
    head = og(A9.title, url, {"og:site_name": "Sở Nông nghiệp và PTNT tỉnh Ninh Thuận"}) + '<meta name="GENERATOR" content="Microsoft SharePoint" />'
    return page("s21-09", family="department_agriculture_sharepoint2019_linh_vuc_label_only_category",
                name="ninhthuan-snnptnt-sharepoint2019-generic-crumb-tin-tuc-chi-tiet-linh-vuc-label-thuy-loi-h2-span-title-ngay-dang-dd-mm-yyyy-hh-mm-h4-italic-summary-td-caption-three-column-table-bold-name-dash-chi-cuc",
                url=url, art=A9, main_fn=main, pub=pub, prefix="nt", kb=240,
                org="Sở Nông nghiệp và Phát triển nông thôn tỉnh Ninh Thuận", addr="Số 01 đường Lê Duẩn, TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận", phone="0259.3822.165",
                crumbs=crumbs, top=head_top("nt", "/SiteAssets/banner-snn.jpg", "Sở Nông nghiệp và PTNT tỉnh Ninh Thuận", days=1, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=lambda d: dmy(d), cls="nt-new")
                + '<div class="nt-mucnuoc"><h3>Mực nước hồ chứa</h3><p>Sông Sắt: 194,2 m · Tân Giang: 71,8 m · Số liệu lúc 07:00 ngày 13/02/2025</p></div>'
                + vb_box(["Quyết định số 148/QĐ-SNNPTNT về kế hoạch điều tiết nước", "Công văn số 412/SNNPTNT-TL về phòng, chống hạn"]),
                shell_kw={"layout": "sharepoint", "form": True, "items": MENU_GOV, "head_extra": head, "title": A9.title},
                exp=expected(A9, iso(pub), author="Nguyễn Văn Sang", unit="Chi cục Thủy lợi", category="Thủy lợi"),
                traps={"bylines": ["Nguyễn Văn Sang - Chi cục Thủy lợi"], "chrome": ["Lĩnh vực:", "Tin đã đăng", "Mực nước hồ chứa", "Chi tiết"], "related": lambda rl: rl[:4]},
                notes="SharePoint 2019 portal of a Sở NN&PTNT. The crumb is generic ('Trang chủ > Tin tức > Chi tiết'); the only section printed is the label 'Lĩnh vực: Thủy lợi' above the title → category 'Thủy lợi' (label dropped, like 'Chuyên mục:' / 'Danh mục:'). Title in h2 > span. 'Ngày đăng: 12/02/2025 14:30'. Summary in an italic h4 = lead. The three-column table in the text → one ' | ' paragraph per row, header row included. td caption under the photo. Bold right 'Nguyễn Văn Sang - Chi cục Thủy lợi' → author + unit. The reservoir-level box ('Số liệu lúc 07:00 ngày 13/02/2025') and the deadline 28/02/2025 are decoys.",
                readme="SharePoint 2019 Sở NN&PTNT: generic crumb ending 'Chi tiết', label 'Lĩnh vực: Thủy lợi' as the only section, h2 > span title, 'Ngày đăng: dd/mm/yyyy HH:MM', italic h4 summary, td caption, three-column table in the text, 'Name - Chi cục …'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
