"""Set 37 pages 10-18: three more common products in modules and templates sets 26-36 did not use (a vendor's ASP.NET
WebForms CMS with a MultiView, a merged press agency's PHOTO REPORT template, NukeViet 4.5's PRINT view) and six stacks no
set had used (XOOPS 2.5's News module, OpenCms 17 Mercury, dotCMS 23, Bolt CMS 5, Sulu 2.5, Web4s).
Two pages of this module carry a twist (page 11: a manual line break inside the h1 with no space around it; page 18: the
second half of the text collapsed behind the theme's 'Xem thêm' expander, display:none until a reader clicks)."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads14, past, expected, slug, hexid, dump, twelve, cookie_banner
from .kit import poll, og, jsonld, comments, links_box
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other34, other_items, WRITERS34, WRITERS33, crumb
from .p_01_pages import jp, nvd, dmyhm, ticker, cards, MENU_PARTY


# ===================================================================== 10 Liên minh Hợp tác xã tỉnh Vĩnh Long: ASP.NET WebForms, a MultiView's View_ChiTiet; two writers and one unit; a GridView of other items
A10 = Art("Kết nối tiêu thụ sản phẩm OCOP cho 64 hợp tác xã",
          "Ngày 25/3, Liên minh Hợp tác xã tỉnh tổ chức hội nghị kết nối tiêu thụ sản phẩm OCOP giữa 64 hợp tác xã với các hệ thống siêu thị, sàn thương mại điện tử và doanh nghiệp xuất khẩu.",
          [("p", "Tại hội nghị, các hợp tác xã giới thiệu 148 sản phẩm OCOP đạt 3 - 4 sao, chủ yếu là trái cây, thủy sản chế biến, gốm đỏ và sản phẩm từ dừa. Nhiều sản phẩm đã có mã truy xuất nguồn gốc, bao bì đạt chuẩn và được bày bán trên các sàn thương mại điện tử."),
           ("img", "/Uploads/TinTuc/2026/03/ket-noi-ocop-1.jpg", "Các đại biểu tham quan gian hàng sản phẩm OCOP của hợp tác xã"),
           ("p", "Đại diện các hệ thống phân phối cho biết, sản phẩm của hợp tác xã có lợi thế về chất lượng nhưng sản lượng còn nhỏ lẻ, chưa ổn định; đề nghị các hợp tác xã liên kết với nhau để bảo đảm nguồn hàng quanh năm."),
           ("p", "Kết thúc hội nghị, 27 biên bản ghi nhớ hợp tác đã được ký kết với tổng giá trị dự kiến hơn 86 tỷ đồng. Liên minh Hợp tác xã tỉnh sẽ tiếp tục hỗ trợ các hợp tác xã xây dựng thương hiệu, đào tạo kỹ năng bán hàng trực tuyến.")])
BY10, UNIT10 = ["Nguyễn Văn Tư", "Lâm Thị Kiều"], "Liên minh Hợp tác xã tỉnh"


def page10():
    pub = T("2026-03-25 14:00")
    site = "https://lienminhhtx.vinhlong.gov.vn"
    url = f"{site}/tin-tuc/chi-tiet.aspx?id=3187&cat=12"

    def img(s, c, n):
        return (f'<table class="tblAnh" align="center" cellpadding="3"><tr><td><img src="{s}" width="600" /></td></tr>'
                f'<tr><td class="ghichu" align="center"><i>{esc(c)}</i></td></tr></table>')

    def main(rng, rl, rd):
        rows = "".join(f'<tr class="{"row" if i % 2 else "altrow"}"><td><a id="ctl00_cphContent_gvTinKhac_ctl0{i + 2}_hlTieuDe" href="{site}/tin-tuc/chi-tiet.aspx?id={3180 - i}&amp;cat=12">{esc(t)}</a></td>'
                       f'<td class="ngay">{dmy(d)}</td></tr>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div id="ctl00_cphContent_vChiTiet"><div class="chitiet">'
                f'<span id="ctl00_cphContent_lblTieuDe" class="tieude">{esc(A10.title)}</span>'
                f'<div class="thongtin"><span id="ctl00_cphContent_lblNgayDang" class="ngaydang">{wd(pub)}, {dmy(pub)} - {hm(pub)}</span></div>'
                f'<div class="mota"><span id="ctl00_cphContent_lblMoTa"><b>{esc(A10.lead)}</b></span></div>'
                f'<div id="ctl00_cphContent_divNoiDung" class="noidung">{A10.render(p=jp, img=img, sep="")}</div>'
                f'<div class="tacgia"><span id="ctl00_cphContent_lblTacGia">{", ".join(BY10)} ({UNIT10})</span></div>'
                f'<div class="congcu"><a id="ctl00_cphContent_lnkIn" href="javascript:__doPostBack(\'ctl00$cphContent$lnkIn\',\'\')">In tin</a> | <a href="#">Gửi cho bạn bè</a> | <a href="#">Về đầu trang</a></div></div>'
                f'<div class="tinkhac"><div class="tinkhac-tieude">Các tin đã đưa</div><table class="gvTinKhac" id="ctl00_cphContent_gvTinKhac" cellspacing="0" border="0" style="border-collapse:collapse">{rows}</table></div></div>')

    def side(rng, p):
        return (mostread(rng, p, lambda d: f"{dmy(d)} - {hm(d)}", "Tin xem nhiều", "box-right", 6, numbered=False)
                + '<div class="box-right"><h3>Sản phẩm OCOP tiêu biểu</h3><ul><li>Bưởi năm roi Mỹ Hòa - 4 sao</li><li>Gốm đỏ Mang Thít - 4 sao</li><li>Kẹo dừa Mỏ Cày - 3 sao</li></ul></div>'
                + links_box(["Liên minh Hợp tác xã Việt Nam", "Cổng thông tin điện tử tỉnh", "Sở Công Thương"], "Liên kết", "box-lienket"))

    def top(rng, p):
        return '<div class="banner"><img src="/Images/banner-lmhtx.jpg" alt="Liên minh Hợp tác xã tỉnh Vĩnh Long" /></div>'

    left = f'<span id="ctl00_lblNgay">{wd(pub + timedelta(days=1))}, ngày {dmy(pub + timedelta(days=1))}</span>'
    crumbs = '<a href="/">Trang chủ</a> » <a href="/tin-tuc/danh-sach.aspx">Tin tức</a> » <a id="ctl00_cphContent_hlChuyenMuc" href="/tin-tuc/danh-sach.aspx?cat=12">Hoạt động Liên minh</a>'
    head = '<meta name="keywords" content="liên minh hợp tác xã, OCOP" /><script type="text/javascript">//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];function __doPostBack(t,a){if(!theForm.onsubmit||(theForm.onsubmit()!=false)){theForm.__EVENTTARGET.value=t;theForm.__EVENTARGUMENT.value=a;theForm.submit();}}\n//]]></script>'
    return page("s37-10", family="cooperative_alliance_aspnet_webforms_multiview_two_writers_one_unit",
                name="vinhlong-lienminhhtx-aspnet-webforms-multiview-view-chitiet-span-lbltieude-weekday-dd-mm-yyyy-dash-hh-mm-bold-lblmota-ghichu-caption-cell-lbltacgia-two-writers-comma-unit-parentheses-gridview-cac-tin-da-dua",
                url=url, art=A10, main_fn=main, pub=pub, prefix="lmvl", kb=188,
                org="Liên minh Hợp tác xã tỉnh Vĩnh Long", addr="Số 16 đường Hoàng Thái Hiếu, phường Thanh Đức, tỉnh Vĩnh Long", phone="0270.3823.418",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "wfmultiview", "head_extra": head, "items": MENU_GOV, "left": left, "form": True, "action": "./chi-tiet.aspx?id=3187&cat=12"},
                exp=expected(A10, iso(pub), author=", ".join(BY10), unit=UNIT10, category="Hoạt động Liên minh"),
                traps={"bylines": [f'{", ".join(BY10)} ({UNIT10})'], "chrome": ["Các tin đã đưa", "Sản phẩm OCOP tiêu biểu", "Gửi cho bạn bè", "Tin xem nhiều"], "related": lambda rl: rl[:6]},
                notes="A local vendor's ASP.NET WebForms CMS: the detail is a MultiView (ctl00_cphContent_mvTinTuc) whose View_ChiTiet holds labels — span#…_lblTieuDe (the headline, no heading element), lblNgayDang 'Thứ Tư, 25/03/2026 - 14:00' (→ T14:00; the header label prints the crawl day 'Thứ Năm, ngày 26/03/2026'), a bold lblMoTa (→ lead), the text, lblTacGia 'Nguyễn Văn Tư, Lâm Thị Kiều (Liên minh Hợp tác xã tỉnh)' → two writers, one unit for both (set 28). A caption in the second row of a picture table (td.ghichu, italic). The GridView 'Các tin đã đưa' (other items with dates) is not body. Category 'Hoạt động Liên minh' (crumb).",
                readme="ASP.NET WebForms (a vendor CMS, a MultiView's View_ChiTiet), an OCOP matchmaking conference: a span headline; 'Thứ Tư, 25/03/2026 - 14:00'; bold lblMoTa; a td.ghichu caption; lblTacGia 'A, B (unit)'; a GridView 'Các tin đã đưa' with dates; ViewState")


# ===================================================================== 11 Báo và Phát thanh, Truyền hình Quảng Ninh: the PHOTO REPORT template; TWIST: a <br> inside the h1 with no space around it
T11A, T11B = "Rực rỡ cờ hoa mừng 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước", "trên quê hương vùng mỏ"
A11 = Art(f"{T11A} {T11B}",
          "Những ngày cuối tháng Tư, từ trung tâm các phường đến những bản làng vùng cao, khắp nơi trong tỉnh rực rỡ cờ đỏ sao vàng, băng rôn, khẩu hiệu chào mừng kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước và Ngày Quốc tế Lao động 1/5.",
          [("img", "/uploads/2026/04/30/pano-ha-long.jpg", "Tuyến đường bao biển Trần Quốc Nghiễn (phường Hạ Long) rợp cờ đỏ sao vàng"),
           ("p", "Theo kế hoạch của Ban Tuyên giáo và Dân vận Tỉnh ủy, các địa phương đã treo hơn 12.000 lá cờ Tổ quốc, 1.600 băng rôn, 420 pano, áp phích tuyên truyền trên các tuyến phố chính, khu dân cư, trụ sở cơ quan, doanh nghiệp."),
           ("img", "/uploads/2026/04/30/co-do-cam-pha.jpg", "Người dân phường Cẩm Phả treo cờ Tổ quốc trước nhà"),
           ("img", "/uploads/2026/04/30/ban-vung-cao-binh-lieu.jpg", "Cờ Tổ quốc tung bay ở một bản vùng cao xã Bình Liêu"),
           ("p", "Không chỉ ở đô thị, tại các xã biên giới, đồng bào dân tộc thiểu số cũng chủ động treo cờ, dọn dẹp đường làng, ngõ xóm; nhiều trường học tổ chức cho học sinh vẽ tranh, kể chuyện về ngày thống nhất đất nước."),
           ("img", "/uploads/2026/04/30/hoc-sinh-mong-cai.jpg", "Học sinh phường Móng Cái tham gia hoạt động ngoại khóa về ngày thống nhất đất nước"),
           ("img", "/uploads/2026/04/30/den-dem-uong-bi.jpg", "Hệ thống đèn trang trí trên các tuyến phố phường Uông Bí lung linh về đêm")])
BY11, PH11 = "Phạm Thu Trang", "Vũ Đức Hiếu"


def page11():
    pub = T("2026-04-30 18:20")
    site = "https://baoquangninh.vn"
    url = f"{site}/ruc-ro-co-hoa-mung-51-nam-ngay-giai-phong-mien-nam-thong-nhat-dat-nuoc-tren-que-huong-vung-mo-3391205.html"

    def img(s, c, n):
        return (f'<figure class="photo-item"><div class="photo-frame"><img src="https://cdn.baoquangninh.example{s}" alt="{esc(c, True)}" loading="lazy" /></div>'
                f'<figcaption class="photo-caption"><span class="photo-index">{n}/5</span> {esc(c)}</figcaption></figure>')

    def ptext(t):
        return f'<p class="photo-text">{esc(t)}</p>'

    def main(rng, rl, rd):
        more = other34(rng, 3)
        return (f'<div class="photo-detail-head dark-band"><div class="container"><div class="photo-cate"><a href="/anh">Phóng sự ảnh</a></div>'
                f'<h1 class="photo-title">{esc(T11A)}<br>{esc(T11B)}</h1>'
                f'<div class="photo-meta"><span class="photo-time">{wd(pub)}, {dmy(pub)} {hm(pub)} (GMT+7)</span> <span class="photo-count"><i class="ico-camera"></i> 5 ảnh</span></div>'
                f'<h2 class="photo-sapo">{esc(A11.lead)}</h2></div></div>'
                f'<div class="container"><div class="photo-body">{A11.render(p=ptext, img=img, sep="")}'
                f'<div class="photo-credit"><p><strong>Ảnh: {PH11} | Bài: {BY11}</strong></p></div>'
                f'<div class="photo-share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div>'
                + cards(rng, more, past(pub, rng, 3, 1, 9), lambda d: f"{dmy(d)} {hm(d)}", "Phóng sự ảnh khác", "photo-more")
                + "</div></div>")

    def side(rng, p):
        return mostread(rng, p, lambda d: f"{dmy(d)} {hm(d)}", "Đọc nhiều", "most-read", 6, writers=WRITERS34)

    def top(rng, p):
        return '<a class="logo" href="/"><img src="/images/logo-bao-qn.svg" alt="Báo và Phát thanh, Truyền hình Quảng Ninh" /></a>'

    def below(rng, p):
        return comments([("Trần Minh Hằng", f"{dmy(p + timedelta(hours=3))} {hm(p + timedelta(hours=3))}", "Quê hương vùng mỏ đẹp quá!")], "Bình luận", "cmt")

    left = f'<span class="today">{wd(pub + timedelta(days=1))}, {dmy(pub + timedelta(days=1))}</span>{ticker(random.Random("s37-11t"), pub, lambda d: f"{dmy(d)} {hm(d)}", 5, "Tin nóng")}'
    crumbs = crumb([("Trang chủ", "/"), ("Multimedia", "/multimedia"), ("Phóng sự ảnh", "/anh")], "breadcrumb photo-crumb")
    head = (og(A11.title, url, {"article:published_time": iso(pub), "article:section": "Phóng sự ảnh"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A11.title, "datePublished": iso(pub), "author": [{"@type": "Person", "name": BY11}],
                      "publisher": {"@type": "Organization", "name": "Báo và Phát thanh, Truyền hình Quảng Ninh"}}))
    return page("s37-11", family="merged_press_agency_photo_report_template_br_inside_h1",
                name="quangninh-bao-pttt-photo-report-template-dark-band-h1-with-br-no-space-weekday-dd-mm-yyyy-hh-mm-gmt7-h2-sapo-five-figcaptions-numbered-photo-index-anh-pipe-bai-credit-line-more-photo-reports",
                url=url, art=A11, main_fn=main, pub=pub, prefix="bqn", kb=228,
                org="Báo và Phát thanh, Truyền hình Quảng Ninh", addr="Số 71 đường Lê Thánh Tông, phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.118",
                crumbs=crumbs, top=top, side=side, title=A11.title + " | Báo Quảng Ninh",
                shell_kw={"layout": "press_photo", "head_extra": head, "items": MENU_NEWS, "left": left, "below": below, "foot_extra": cookie_banner()},
                exp=expected(A11, iso(pub), author=BY11, photographer=PH11, category="Phóng sự ảnh",
                             captions=[f"{i + 1}/5 {c}" for i, c in enumerate(A11.captions)]),
                traps={"credits": [f"Ảnh: {PH11} | Bài: {BY11}"], "chrome": ["Phóng sự ảnh khác", "Sao chép liên kết", "5 ảnh", "Đọc nhiều"],
                       "comments": ["Quê hương vùng mỏ đẹp quá!"]},
                notes="TWIST. A merged press agency's PHOTO REPORT template (a dark band with the headline and sapo, full-width pictures each with a numbered figcaption, a little text between them). The editors broke the headline in two with a <br> and NO space around it: '<h1>…thống nhất đất nước<br>trên quê hương vùng mỏ</h1>'. A <br> is a line break, i.e. white space → title '… thống nhất đất nước trên quê hương vùng mỏ' (<title>, og:title and the JSON-LD headline print it with a space). An extractor that takes the h1's text content glues the words: 'đất nướctrên' — a wrong title that looks right at a glance. 'Thứ Năm, 30/04/2026 18:20 (GMT+7)' → T18:20. The h2 sapo → lead. The credit line 'Ảnh: Vũ Đức Hiếu | Bài: Phạm Thu Trang' → photographer 'Vũ Đức Hiếu', author 'Phạm Thu Trang' (set 35: labelled credits with a pipe). Captions: five figcaptions; each begins with the template's index span '1/5' … '5/5' — QUESTIONABLE: the expectation keeps the index as printed ('1/5 Tuyến đường …'), as earlier sets kept what a figcaption prints; a reader could strip it as a counter (it is chrome, like a slideshow's '1 / 5'). The text's two paragraphs are body; the sapo first. Category 'Phóng sự ảnh' (crumb's deepest level and the band's label).",
                readme="TWIST — a merged press agency's PHOTO REPORT template, Liberation Day flags: the h1 broken by a <br> with NO space around it ('…đất nước<br>trên quê hương vùng mỏ'); 'Thứ Năm, 30/04/2026 18:20 (GMT+7)'; an h2 sapo; five numbered figcaptions ('1/5 …'); 'Ảnh: A | Bài: B'; more photo reports as cards; a comment, ticker, cookie notice")


# ===================================================================== 12 Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình: NukeViet 4.5's PRINT view (a small page: no menu, no crumb, no category)
A12 = Art("Hội nghị báo cáo viên tháng 6: thông tin chuyên đề về kinh tế biển và chuyển đổi số",
          "Sáng 18/6, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị báo cáo viên tháng 6/2026 theo hình thức trực tiếp kết hợp trực tuyến đến 129 điểm cầu xã, phường.",
          [("p", "Tại hội nghị, các báo cáo viên đã nghe lãnh đạo Sở Nông nghiệp và Môi trường thông tin chuyên đề về phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh vùng ven biển; lãnh đạo Sở Khoa học và Công nghệ thông tin về tiến độ chuyển đổi số cấp xã sau sáu tháng triển khai."),
           ("img", "/uploads/news/2026_06/hoi-nghi-bcv-thang-6.jpg", "Quang cảnh hội nghị tại điểm cầu chính"),
           ("p", "Hội nghị cũng thông tin tình hình dư luận xã hội nổi bật trong tháng, định hướng tuyên truyền các ngày kỷ niệm trong tháng 7, nhất là 79 năm Ngày Thương binh - Liệt sĩ."),
           ("p", "Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị đội ngũ báo cáo viên các cấp kịp thời truyền đạt nội dung đến cán bộ, đảng viên và Nhân dân qua sinh hoạt chi bộ, hội nghị ở khu dân cư và các nền tảng mạng xã hội.")])
BY12 = "Phạm Hồng Nhung"


def page12():
    pub = T("2026-06-18 09:05")
    site = "https://tuyengiao.ninhbinh.gov.vn"
    url = f"{site}/news/print/hoi-nghi-bao-cao-vien-thang-6-thong-tin-chuyen-de-ve-kinh-te-bien-va-chuyen-doi-so-4128.html"
    art_url = f"{site}/news/hoat-dong-tuyen-giao/hoi-nghi-bao-cao-vien-thang-6-thong-tin-chuyen-de-ve-kinh-te-bien-va-chuyen-doi-so-4128.html"

    def img(s, c, n):
        return f'<figure class="image"><img alt="{esc(c, True)}" src="{s}" width="600" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        return (f'<h1>{esc(A12.title)}</h1><ul class="list-inline"><li>{nvd(pub)}</li><li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>'
                f'<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>'
                f'<div class="clear"></div><div id="hometext">{esc(A12.lead)}</div>'
                f'<div id="bodytext" class="clearfix">{A12.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}</div>'
                f'<div id="author"><div class="copyright"><strong>Tác giả bài viết: </strong>{BY12}</div><div class="copyright"><strong>Nguồn tin: </strong>Ban Tuyên giáo và Dân vận Tỉnh ủy</div></div>')

    head = ('<meta name="robots" content="noindex, nofollow" /><meta name="generator" content="NukeViet v4.5" />'
            + '<style media="print">.hidden-print{display:none}</style><script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_func_name="print";</script>')
    return page("s37-12", family="propaganda_mass_mobilisation_board_nukeviet45_print_view_no_category",
                name="ninhbinh-btgdv-nukeviet45-news-print-view-small-page-hd-print-site-name-h1-weekday-dd-mm-yyyy-hh-mm-in-ra-dong-cua-so-plain-hometext-figcaption-tac-gia-bai-viet-nguon-tin-url-cua-ban-tin-no-crumb",
                url=url, art=A12, main_fn=main, pub=pub, prefix="pr", kb=34, min_kb=30,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình", addr="Đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.206",
                crumbs=art_url, side="", top="",
                shell_kw={"layout": "nv_print", "head_extra": head, "items": MENU_PARTY, "left": "Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình"},
                exp=expected(A12, iso(pub), author=BY12, category=None),
                traps={"source": ["Ban Tuyên giáo và Dân vận Tỉnh ủy Ninh Bình"], "chrome": ["Đóng cửa sổ này", "URL của bản tin này:"], "bylines": ["Tác giả bài viết:"]},
                notes="NukeViet 4.5's PRINT view of a news item (/news/print/<alias>-<id>.html, the page the 'In ra' icon opens; noindex): a small page — the site name as an h2 over an h2 printing the site address, the h1, 'Thứ năm - 18/06/2026 09:05' (→ T09:05) with 'In ra' / 'Đóng cửa sổ này' links, a PLAIN div#hometext (→ lead, set 33), the text, 'Tác giả bài viết: Phạm Hồng Nhung' (→ author) and 'Nguồn tin: Ban Tuyên giáo và Dân vận Tỉnh ủy' (a source, set 13 → unit null), then 'URL của bản tin này:' with the article's own address. The print template prints NO crumb and NO category → category null (the category is in the article's URL only, 'hoat-dong-tuyen-giao' — a slug, not a printed name; QUESTIONABLE: a reader could turn the slug into 'Hoạt động tuyên giáo'). One figcaption. The page is small (about 34 KB: the print template has no menu, no sidebar; the weight is its inline CSS and script).",
                readme="NukeViet 4.5's PRINT view (/news/print/…), a monthly briefing conference: a SMALL page with no menu, crumb or category; the site name h2 over the h1; 'Thứ năm - 18/06/2026 09:05' with 'In ra' / 'Đóng cửa sổ này'; plain hometext; a figcaption; 'Tác giả bài viết:' + 'Nguồn tin:'; 'URL của bản tin này:'")


# ===================================================================== 13 Hội Người cao tuổi tỉnh Hưng Yên: XOOPS 2.5, the News module; 'topic: headline' in one span; 'Gửi bởi <account> vào ngày …'
A13 = Art("Hội Người cao tuổi tỉnh tổ chức mừng thọ 312 hội viên tuổi 90 và 100",
          None,
          [("p", "Ngày 8/1, Hội Người cao tuổi tỉnh phối hợp với Ban Đại diện Hội ở các xã, phường tổ chức lễ mừng thọ cho 312 hội viên tròn 90 tuổi và 100 tuổi nhân dịp đầu năm mới 2026."),
           ("p", "Tại buổi lễ, các cụ được nhận thiếp mừng thọ của Chủ tịch nước, quà của Ủy ban nhân dân tỉnh và Hội Người cao tuổi tỉnh. Nhiều cụ dù tuổi cao vẫn minh mẫn, tích cực tham gia các câu lạc bộ dưỡng sinh, thơ ca và là tấm gương trong giáo dục con cháu."),
           ("img", "/uploads/news/2026/mung-tho-cu-100-tuoi.jpg", "Lãnh đạo Hội Người cao tuổi tỉnh chúc thọ cụ Nguyễn Thị Lự, 100 tuổi, ở phường Phố Hiến"),
           ("p", "Năm 2025, các cấp hội đã vận động xây dựng Quỹ chăm sóc và phát huy vai trò người cao tuổi được hơn 21 tỷ đồng; duy trì 486 câu lạc bộ liên thế hệ tự giúp nhau với hơn 16.000 thành viên."),
           ("p", "Phát biểu chúc thọ, đồng chí Chủ tịch Hội Người cao tuổi tỉnh mong các cụ luôn mạnh khỏe, tiếp tục là chỗ dựa tinh thần cho con cháu, tham gia xây dựng khu dân cư văn minh, đoàn kết.")])
BY13, UNIT13 = "Đỗ Văn Thịnh", "Hội NCT phường Phố Hiến"


def xdate(d):
    return f"{dmy(d)} {hm(d)}:00"


def page13():
    pub = T("2026-01-08 16:40")
    site = "https://hoinguoicaotuoihungyen.org.vn"
    url = f"{site}/modules/news/article.php?storyid=1523"

    def img(s, c, n):
        return f'<div style="text-align:center"><img src="{s}" alt="" width="560" /><br /><span style="font-style:italic;font-size:12px">{esc(c)}</span></div>'

    def main(rng, rl, rd):
        prev = "".join(f'<li><a href="{site}/modules/news/article.php?storyid={1522 - i}">{esc(t)}</a> ({xdate(d)})</li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        return (f'<div class="news-article"><div class="item"><div class="itemHead"><span class="itemTitle"><a href="{site}/modules/news/index.php?storytopic=4">Hoạt động Hội</a>: {esc(A13.title)}</span></div>'
                f'<div class="itemInfo"><span class="itemPoster">Gửi bởi <a href="{site}/userinfo.php?uid=3">hnct_hungyen</a></span> vào ngày <span class="itemPostDate">{xdate(pub)}</span> (<span class="itemStats">286 lần đọc</span>)</div>'
                f'<div class="itemBody"><div class="itemText">{A13.render(p=jp, img=img, sep="")}<p style="text-align:right"><b>{BY13} - {UNIT13}</b></p></div></div>'
                f'<div class="itemFoot"><span class="itemAdminLink"></span><span class="itemPermaLink"><a href="{site}/modules/news/print.php?storyid=1523" title="Bản in"><img src="/modules/news/assets/images/print.png" alt="Bản in" /></a>'
                f' <a href="mailto:?subject=Bai%20viet%20hay" title="Gửi bài này cho bạn bè"><img src="/modules/news/assets/images/friend.png" alt="Gửi bài này cho bạn bè" /></a></span></div></div>'
                f'<div class="news-navigation"><span class="prev"><a href="{site}/modules/news/article.php?storyid=1522">« Bài trước</a></span> <span class="next"><a href="{site}/modules/news/article.php?storyid=1524">Bài sau »</a></span></div>'
                f'<div class="news-related"><h3>Các bài viết khác cùng chủ đề</h3><ul>{prev}</ul></div>'
                f'<div class="xoops-comment-template"><div class="head">Các bình luận thuộc về người gửi. Chúng tôi không chịu trách nhiệm về nội dung của họ.</div></div></div>')

    def side(rng, p):
        return (f'<div class="xoops-side-block"><h4 class="block-title">Tin mới nhất</h4>' + mostread(rng, p, xdate, "Tin mới nhất", "b_news_top", 6, writer_fmt="Gửi bởi {w}", numbered=False) + "</div>"
                + '<div class="xoops-side-block"><h4 class="block-title">Thành viên trực tuyến</h4><p>Khách: 14 · Thành viên: 0</p></div>')

    def top(rng, p):
        return '<a href="/" class="xo-logo"><img src="/themes/xbootstrap/images/logo-hnct.png" alt="Hội Người cao tuổi tỉnh Hưng Yên" /></a>'

    crumbs = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/modules/news/">Tin tức</a></li><li><a href="/modules/news/index.php?storytopic=4">Hoạt động Hội</a></li></ol>'
    head = '<meta name="generator" content="XOOPS" /><meta name="author" content="Hội Người cao tuổi tỉnh Hưng Yên" /><script src="/include/xoops.js"></script><link rel="alternate" type="application/rss+xml" title="RSS" href="/backend.php" />'
    return page("s37-13", family="elderly_association_xoops25_news_module_topic_colon_headline_span",
                name="hungyen-hoinguoicaotuoi-xoops25-news-module-article-php-itemtitle-topic-link-colon-headline-one-span-gui-boi-account-vao-ngay-dd-mm-yyyy-hh-mm-ss-no-sapo-br-italic-span-caption-bold-right-name-dash-unit",
                url=url, art=A13, main_fn=main, pub=pub, prefix="xonct", kb=118,
                org="Hội Người cao tuổi tỉnh Hưng Yên", addr="Số 12 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.471",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "xoops", "head_extra": head, "items": MENU_MASS},
                title_visible=A13.title,
                exp=expected(A13, iso(pub.replace(second=0)), author=BY13, unit=UNIT13, category="Hoạt động Hội", lead=None),
                traps={"accounts": ["hnct_hungyen"], "bylines": [f"{BY13} - {UNIT13}"], "chrome": ["Các bài viết khác cùng chủ đề", "286 lần đọc", "Thành viên trực tuyến", "Bài trước"],
                       "related": lambda rl: rl[:5]},
                notes="XOOPS 2.5 (a stack no set had used) with its News module's article view (modules/news/article.php?storyid=). The headline has no heading element: span.itemTitle prints the TOPIC as a link, a colon and the headline in ONE span ('Hoạt động Hội: Hội Người cao tuổi tỉnh tổ chức mừng thọ …') → title without the topic prefix (the topic is the category, printed again in the crumb; <title> starts with the headline). 'Gửi bởi hnct_hungyen vào ngày 08/01/2026 16:40:00' → 'hnct_hungyen' an account; the stamp PRINTS seconds ':00' → T16:40:00 (set 13: printed seconds are kept; here they are zero). No sapo → lead null. Caption: an italic span after a <br> (one). Bold right 'Đỗ Văn Thịnh - Hội NCT phường Phố Hiến' → author + unit. Category 'Hoạt động Hội' (the topic; crumb agrees). QUESTIONABLE: one could take the whole span as the title; the topic is a link to the topic page and the module prints it before every headline.",
                readme="XOOPS 2.5's News module (a stack no set had used), a longevity celebration: the TOPIC and the headline in ONE span ('Hoạt động Hội: headline'); 'Gửi bởi <account> vào ngày 08/01/2026 16:40:00' (seconds printed); no sapo; an italic span caption after a <br>; bold right 'Name - unit'; prev / next; 'Các bài viết khác cùng chủ đề' with stamps")


# ===================================================================== 14 Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng: OpenCms 17, Mercury; Java vi medium date '26 thg 2, 2026'; a kicker; 'Tác giả:' + 'Ảnh:'
A14 = Art("Hội nghị giao ban công tác tuyên giáo và dân vận quý I năm 2026",
          "Chiều 26/2, Ban Tuyên giáo và Dân vận Thành ủy tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I, triển khai nhiệm vụ trọng tâm quý II năm 2026.",
          [("p", "Báo cáo tại hội nghị cho thấy, trong quý I, công tác tuyên truyền Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ thành phố được triển khai sâu rộng; 94 xã, phường tổ chức học tập, quán triệt nghị quyết với tỷ lệ cán bộ, đảng viên tham dự đạt 97,6%."),
           ("h", "Dân vận chính quyền chuyển biến rõ"),
           ("p", "Công tác dân vận chính quyền có chuyển biến tích cực: các xã, phường đã tổ chức 186 cuộc đối thoại với Nhân dân, giải quyết dứt điểm 412 ý kiến, kiến nghị. Mô hình “Dân vận khéo” trong chuyển đổi số cấp xã được nhiều địa phương nhân rộng."),
           ("img", "/export/sites/btgdv/.galleries/anh/2026/giao-ban-quy-1.jpg", "Đồng chí Trưởng Ban Tuyên giáo và Dân vận Thành ủy phát biểu kết luận hội nghị"),
           ("p", "Kết luận hội nghị, đồng chí Trưởng Ban đề nghị các cơ quan, địa phương chủ động nắm bắt dư luận xã hội, đấu tranh phản bác các quan điểm sai trái trên không gian mạng; chuẩn bị tốt công tác tuyên truyền kỷ niệm 51 năm Ngày Giải phóng Đà Nẵng và Ngày Giải phóng miền Nam.")])
BY14, PH14 = "Võ Thị Kim Oanh", "Trần Lê Lâm"


def jmed(d, time=True):
    """Java / ICU vi medium date 'd thg M, y' (+ ' HH:mm')."""
    s = f"{d.day} thg {d.month}, {d.year}"
    return s + (f" {hm(d)}" if time else "")


def page14():
    pub = T("2026-02-26 17:30")
    site = "https://tuyengiaodanvan.danang.gov.vn"
    url = f"{site}/tin-tuc/hoi-nghi-giao-ban-cong-tac-tuyen-giao-va-dan-van-quy-i-nam-2026.html"

    def img(s, c, n):
        return (f'<div class="element type-section"><div class="piece full visual-first"><div class="visual"><div class="image-src-box presized"><img src="{s}" alt="" class="img-responsive" /></div>'
                f'<div class="subtitle">{esc(c)}</div></div></div></div>')

    def ptext(t):
        return f'<div class="text"><p>{esc(t)}</p></div>'

    def htext(t):
        return f'<h2 class="piece-heading">{esc(t)}</h2>'

    def main(rng, rl, rd):
        lst = "".join(f'<li class="list-entry"><div class="teaser teaser-compact"><a href="{site}/tin-tuc/{slug(t)[:50]}.html" class="uncolored"><h3 class="teaser-title">{esc(t)}</h3></a>'
                      f'<div class="teaser-date">{jmed(d, False)}</div></div></li>' for t, d in zip(rl[:4], rd))
        return (f'<div class="detail-page type-blog layout-0"><div class="detail-visual piece full"><div class="heading"><div class="intro-headline"><span class="intro">Sự kiện</span></div>'
                f'<h1 class="headline">{esc(A14.title)}</h1></div>'
                f'<div class="visual-info"><div class="info date"><div>{jmed(pub)}</div></div><div class="info person"><div>Tác giả: {BY14}</div></div><div class="info location"><div>Hội trường Thành ủy</div></div></div></div>'
                f'<div class="detail-content"><div class="element type-section"><div class="piece full"><div class="text"><p class="lead"><strong>{esc(A14.lead)}</strong></p></div></div></div>'
                f'{A14.render(p=ptext, h=htext, img=img, sep="")}'
                f'<div class="element type-section"><div class="text"><p style="text-align:right">Ảnh: {PH14}</p></div></div></div>'
                f'<div class="detail-addition categories"><span>Danh mục:</span> <a href="/tin-tuc/dan-van">Công tác dân vận</a>, <a href="/tin-tuc/hoat-dong-ban">Hoạt động của Ban</a></div>'
                f'<div class="type-list list-compact"><h2 class="list-title">Bài viết mới</h2><ul class="list-entries">{lst}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, lambda d: jmed(d, False), "Tin nổi bật", "piece-side", 6, writer_fmt="Tác giả: {w}")
                + f'<div class="type-event"><h3>Lịch sự kiện</h3><ul><li>{jmed(p + timedelta(days=12), False)}: Hội thi báo cáo viên giỏi</li><li>{jmed(p + timedelta(days=30), False)}: Tọa đàm về công tác dân vận</li></ul></div>')

    def top(rng, p):
        return '<div class="head-logo"><a href="/"><img src="/system/modules/alkacon.mercury.theme/img/logo-btgdv-danang.png" alt="Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng" /></a></div>'

    crumbs = ('<ul class="nav-breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/tin-tuc/hoat-dong-ban/">Hoạt động của Ban</a></li></ul>')
    head = ('<meta name="generator" content="OpenCms 17" /><link href="/export/system/modules/alkacon.mercury.theme/css/theme-red.min.css" rel="stylesheet" />'
            + f'<script>var __mercury={{"locale":"vi","project":"Online","site":"/sites/btgdv"}};</script>' + og(A14.title, url))
    return page("s37-14", family="propaganda_mass_mobilisation_board_opencms17_mercury_java_medium_date_kicker",
                name="danang-btgdv-opencms17-mercury-detail-blog-intro-kicker-su-kien-h1-headline-visual-info-d-thg-m-y-hh-mm-java-vi-medium-tac-gia-info-person-location-bold-lead-subtitle-captions-separate-anh-line-two-categories",
                url=url, art=A14, main_fn=main, pub=pub, prefix="ocm", kb=162,
                org="Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng", addr="Số 24 đường Trần Phú, phường Hải Châu, thành phố Đà Nẵng", phone="0236.3821.546",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "opencms", "head_extra": head, "items": MENU_PARTY},
                exp=expected(A14, iso(pub), author=BY14, photographer=PH14, category="Hoạt động của Ban"),
                traps={"kicker": ["Sự kiện"], "chrome": ["Bài viết mới", "Lịch sự kiện", "Tin nổi bật", "Hội trường Thành ủy"], "credits": [f"Ảnh: {PH14}"], "related": lambda rl: rl[:4]},
                notes="OpenCms 17 with the Mercury template (a stack no set had used). A kicker 'Sự kiện' (span.intro) above the h1 — the item's type label, not words of the title and not its category. The visual-info row prints the stamp in Java's vi MEDIUM date + time '26 thg 2, 2026 17:30' (→ 2026-02-26T17:30:00+07:00; 'thg' = tháng), 'Tác giả: Võ Thị Kim Oanh' (→ author) and a location 'Hội trường Thành ủy' (not a unit). Bold p.lead → lead. An h2 sub-heading in the text (body). The caption is Mercury's div.subtitle under the picture. A separate right-aligned 'Ảnh: Trần Lê Lâm' line after the text → photographer (set 31). 'Danh mục:' lists TWO categories, 'Công tác dân vận, Hoạt động của Ban'; the crumb's deepest level is 'Hoạt động của Ban' → category 'Hoạt động của Ban' (the crumb decides between several tags; QUESTIONABLE: a reader taking the first listed category gives 'Công tác dân vận'). The side's event list prints future days in the same shape.",
                readme="OpenCms 17 + Mercury (a stack no set had used), a quarterly briefing conference: a kicker 'Sự kiện' above the h1; Java's vi medium date '26 thg 2, 2026 17:30'; 'Tác giả:' and a location in the info row; bold lead; an h2 sub-heading; a div.subtitle caption; a separate 'Ảnh:' line; TWO categories in 'Danh mục:' (the crumb names one); an event list with future days")


# ===================================================================== 15 Đảng ủy các cơ quan Đảng Thành phố Hồ Chí Minh: dotCMS 23; a VISIT; 'Tác giả: A - B' + 'Ảnh: B' (a writer who is also the photographer); a related contentlet in the text
A15 = Art("Đoàn công tác Đảng ủy các cơ quan Đảng Thành phố thăm, làm việc tại Đặc khu Côn Đảo",
          "Từ ngày 2 đến 4/3, Đoàn công tác Đảng ủy các cơ quan Đảng Thành phố do đồng chí Bí thư Đảng ủy làm trưởng đoàn đã thăm, làm việc và tặng quà cán bộ, chiến sĩ, Nhân dân Đặc khu Côn Đảo.",
          [("p", "Tại buổi làm việc với Đảng ủy Đặc khu, đoàn đã nghe báo cáo tình hình kinh tế - xã hội, công tác xây dựng Đảng của đặc khu sau khi chính quyền địa phương hai cấp đi vào hoạt động. Đảng bộ đặc khu hiện có 46 tổ chức cơ sở đảng với hơn 1.100 đảng viên."),
           ("img", "/dA/7f3c2a91/image/con-dao-lam-viec.jpg", "Đoàn công tác làm việc với Đảng ủy Đặc khu Côn Đảo"),
           ("p", "Hai bên đã ký kết chương trình phối hợp giai đoạn 2026 - 2030, tập trung vào bồi dưỡng nghiệp vụ công tác đảng, chuyển đổi số trong quản lý đảng viên và hỗ trợ các chi bộ khó khăn."),
           ("raw", "REL"),
           ("p", "Dịp này, đoàn đã dâng hương tại Nghĩa trang Hàng Dương, thăm Trạm Radar 32, tặng 200 suất quà cho gia đình chính sách và học sinh có hoàn cảnh khó khăn, với tổng trị giá 300 triệu đồng."),
           ("img", "/dA/91b0e4c7/image/dang-huong-hang-duong.jpg", "Đoàn công tác dâng hương tại Nghĩa trang Hàng Dương")])
BY15 = ["Thảo Vy", "Quang Định"]


def page15():
    pub = T("2026-03-04 20:10")
    site = "https://dangbocaccoquandang.hochiminhcity.gov.vn"
    url = f"{site}/tin-tuc/doan-cong-tac-dang-uy-cac-co-quan-dang-thanh-pho-tham-lam-viec-tai-dac-khu-con-dao"
    rel = other34(random.Random("s37-15r"), 1)[0]

    def raw(x):
        return (f'<div class="dotcms-contentlet related-inline" data-dot-object="contentlet" data-dot-inode="{hexid(random.Random("s37-15i"), 8)}">'
                f'<span class="related-label">Có thể bạn quan tâm</span><a href="{site}/tin-tuc/{slug(rel[0])}"><strong>{esc(rel[0])}</strong></a><p>{esc(rel[1])}</p></div>')

    def img(s, c, n):
        return f'<figure class="figure"><img src="{s}" class="figure-img img-fluid" alt="{esc(c, True)}" /><figcaption class="figure-caption text-center">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        lst = "".join(f'<div class="news-item"><a href="{site}/tin-tuc/{slug(t)[:50]}">{esc(t)}</a><small>{dmyhm(d)}</small></div>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news-detail" data-dot-object="contentlet" data-dot-type="News"><div class="news-cat"><a class="badge badge-danger" href="/tin-tuc/hoat-dong-co-so">Hoạt động cơ sở</a></div>'
                f'<h1 class="news-title">{esc(A15.title)}</h1>'
                f'<div class="news-meta"><span class="news-date"><i class="bi bi-clock"></i> Ngày đăng: {dmyhm(pub)}</span></div>'
                f'<p class="lead">{esc(A15.lead)}</p>'
                f'<div class="news-body">{A15.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, raw=raw, sep="")}</div>'
                f'<div class="news-byline"><p>Tác giả: <strong>{" - ".join(BY15)}</strong></p><p>Ảnh: {BY15[1]}</p></div>'
                f'<div class="news-tags">Tags: <a href="#">Côn Đảo</a> <a href="#">chương trình phối hợp</a></div>'
                f'<div class="news-other"><h3>Tin cùng chuyên mục</h3>{lst}</div></div>')

    def side(rng, p):
        return mostread(rng, p, dmyhm, "Xem nhiều", "dot-most", 6) + '<div class="dot-banner"><img src="/images/banner-hoc-tap-nghi-quyet.jpg" alt="Học tập Nghị quyết" /></div>'

    def top(rng, p):
        return '<div class="site-brand"><a href="/"><img src="/application/themes/dcs-theme/img/logo.png" alt="Đảng ủy các cơ quan Đảng Thành phố Hồ Chí Minh" /></a></div>'

    left = f'<div class="top-strip"><span class="today">{wd(pub + timedelta(hours=14))}, {dmy(pub + timedelta(hours=14))}</span></div>'
    crumbs = crumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Hoạt động cơ sở", "/tin-tuc/hoat-dong-co-so")], "breadcrumb")
    head = ('<meta name="generator" content="dotCMS" />' + og(A15.title, url)
            + '<script>var dotcms={"host":"dangbocaccoquandang","languageId":1,"contentType":"News","identifier":"a1c7f2e0-4b9d-4e51-8f0c-3d2b6e9a7c14"};</script>')
    return page("s37-15", family="agencies_party_committee_dotcms23_visit_writer_also_photographer",
                name="hochiminh-danguycaccoquandang-dotcms23-velocity-theme-badge-category-h1-news-title-ngay-dang-dd-mm-yyyy-hh-mm-p-lead-figure-captions-related-contentlet-in-text-tac-gia-a-dash-b-anh-b",
                url=url, art=A15, main_fn=main, pub=pub, prefix="dotcq", kb=172,
                org="Đảng ủy các cơ quan Đảng Thành phố Hồ Chí Minh", addr="Số 127 đường Trương Định, phường Xuân Hòa, Thành phố Hồ Chí Minh", phone="028.3829.7214",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dotcms", "head_extra": head, "items": MENU_PARTY, "left": left, "foot_extra": cookie_banner("dot-cookie")},
                exp=expected(A15, iso(pub), author=", ".join(BY15), photographer=BY15[1], category="Hoạt động cơ sở"),
                traps={"boxes": ["Có thể bạn quan tâm", rel[0], rel[1]], "credits": [f"Ảnh: {BY15[1]}"], "chrome": ["Tin cùng chuyên mục", "Xem nhiều"], "related": lambda rl: rl[:5]},
                notes="dotCMS 23 (a stack no set had used), a vendor's Velocity theme; a three-day VISIT. 'Ngày đăng: 04/03/2026 20:10' → T20:10 (the top strip prints the next day). p.lead → lead (plain, set 33). A related contentlet ('Có thể bạn quan tâm' with another item's headline and sapo) rendered INSIDE the text between two paragraphs → not body. Two Bootstrap figure-captions. Byline 'Tác giả: Thảo Vy - Quang Định' and a line 'Ảnh: Quang Định' → author 'Thảo Vy, Quang Định', photographer 'Quang Định' (one of the writers took the pictures). Category 'Hoạt động cơ sở' (badge and crumb).",
                readme="dotCMS 23 (a stack no set had used), a working visit to Côn Đảo: a category badge over the h1; 'Ngày đăng: 04/03/2026 20:10'; a plain p.lead; a related contentlet with a sapo INSIDE the text; two figure-captions; 'Tác giả: A - B' + 'Ảnh: B' (a writer who is also the photographer); cookie notice")


# ===================================================================== 16 Hội Cựu thanh niên xung phong thành phố Cần Thơ: Bolt CMS 5; 'Tin: A; Ảnh: B'; 'Sửa lần cuối'; teaser field as lead; hero image caption
A16 = Art("Họp mặt kỷ niệm 50 năm thành lập lực lượng Thanh niên xung phong thành phố",
          "Tối 23/5, Hội Cựu thanh niên xung phong thành phố tổ chức họp mặt kỷ niệm 50 năm thành lập lực lượng Thanh niên xung phong thành phố (1976 - 2026) với sự tham dự của hơn 500 hội viên.",
          [("p", "Trong 50 năm qua, hàng chục nghìn thanh niên xung phong của thành phố đã có mặt ở những công trình, phần việc khó khăn nhất: khai hoang, đào kênh thủy lợi, làm đường giao thông nông thôn, tham gia bảo vệ biên giới Tây Nam."),
           ("p", "Hiện nay, Hội có 6.240 hội viên sinh hoạt tại 103 chi hội. Nhiều hội viên tuy tuổi cao vẫn tích cực tham gia các phong trào ở khu dân cư, xây dựng mô hình kinh tế hiệu quả, giúp nhau vươn lên trong cuộc sống."),
           ("img", "/files/2026-05/tang-ky-niem-chuong.jpg", "Trao Kỷ niệm chương cho các cựu thanh niên xung phong"),
           ("p", "Dịp này, Hội trao 50 suất quà cho hội viên có hoàn cảnh khó khăn và biểu dương 36 tập thể, cá nhân tiêu biểu trong phong trào thi đua giai đoạn 2021 - 2026.")])
BY16, PH16 = "Trần Hữu Nghĩa", "Huỳnh Kim Ngân"
HERO16 = "Các cựu thanh niên xung phong ôn lại kỷ niệm tại buổi họp mặt"


def page16():
    pub, upd = T("2026-05-23 21:35"), T("2026-05-24 08:10")
    site = "https://cuutnxpcantho.org.vn"
    url = f"{site}/bai-viet/hop-mat-ky-niem-50-nam-thanh-lap-luc-luong-thanh-nien-xung-phong-thanh-pho"

    def img(s, c, n):
        return f'<figure class="image"><img src="{s}" alt="" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rec = "".join(f'<article class="teaser"><h3><a href="{site}/bai-viet/{slug(t)[:50]}">{esc(t)}</a></h3><p class="meta">{dmyhm(d)}</p></article>' for t, d in zip(rl[:4], rd))
        return (f'<article class="record record-entries"><h1 class="title">{esc(A16.title)}</h1>'
                f'<p class="meta">Đăng bởi <strong>admin</strong> vào ngày {dmyhm(pub)} · <span class="modified">Sửa lần cuối: {dmyhm(upd)}</span></p>'
                f'<figure class="record-image"><img src="/thumbs/1200×675×crop/2026-05/hop-mat-50-nam.jpg" alt="" /><figcaption>{esc(HERO16)}</figcaption></figure>'
                f'<div class="teaser-field"><em>{esc(A16.lead)}</em></div>'
                f'<div class="body-field">{A16.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}'
                f'<p><strong>Tin: {BY16}; Ảnh: {PH16}</strong></p></div>'
                f'<p class="taxonomy">Thuộc mục: <a href="/danh-muc/hoat-dong-hoi">Hoạt động Hội</a> · Thẻ: <a href="/the/50-nam">50 năm</a></p>'
                f'<nav class="record-nav"><a href="#" class="previous">← Bài trước</a> <a href="#" class="next">Bài sau →</a></nav>'
                f'<section class="recent"><h2>Bài viết gần đây</h2>{rec}</section></article>')

    def side(rng, p):
        return mostread(rng, p, dmyhm, "Đọc nhiều", "aside-popular", 5, writer_fmt="Tin: {w}") + '<div class="aside-box"><h3>Liên hệ</h3><p>Văn phòng Hội: 0292.3812.447</p></div>'

    def top(rng, p):
        return '<a class="brand" href="/"><img src="/theme/cuutnxp/logo.png" alt="Hội Cựu TNXP thành phố Cần Thơ" /> Hội Cựu thanh niên xung phong thành phố Cần Thơ</a>'

    crumbs = '<nav class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/bai-viet">Bài viết</a></nav>'
    head = ('<meta name="generator" content="Bolt" />' + og(A16.title, url)
            + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A16.title, "datePublished": "2026-05-23T14:35:00+00:00", "dateModified": "2026-05-24T01:10:00+00:00"}))
    return page("s37-16", family="youth_volunteers_veterans_association_bolt5_record_teaser_field_semicolon_credits",
                name="cantho-hoicuutnxp-bolt5-record-template-h1-dang-boi-admin-vao-ngay-dd-mm-yyyy-hh-mm-sua-lan-cuoi-hero-image-figcaption-italic-teaser-field-lead-bold-tin-semicolon-anh-credit-thuoc-muc-taxonomy",
                url=url, art=A16, main_fn=main, pub=pub, prefix="bolt", kb=126,
                org="Hội Cựu thanh niên xung phong thành phố Cần Thơ", addr="Số 9 đường Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ", phone="0292.3812.447",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "bolt", "head_extra": head, "items": MENU_MASS},
                exp=expected(A16, iso(pub), iso(upd), author=BY16, photographer=PH16, category="Hoạt động Hội", captions=[HERO16] + A16.captions),
                traps={"credits": [f"Tin: {BY16}; Ảnh: {PH16}"], "chrome": ["Bài viết gần đây", "Thuộc mục:", "Đọc nhiều"], "related": lambda rl: rl[:4]},
                notes="Bolt CMS 5 (a stack no set had used), the 'entries' record template of a vendor theme derived from base-2021. 'Đăng bởi admin vào ngày 23/05/2026 21:35 · Sửa lần cuối: 24/05/2026 08:10' → published T21:35 (the sapo's 'Tối 23/5' agrees), updated 2026-05-24T08:10; 'admin' is an account. The JSON-LD carries the same moments in UTC ('2026-05-23T14:35:00+00:00'), which agree. The hero image's figcaption (before the text), then one in the text. The italic teaser field → lead. The bold credit 'Tin: Trần Hữu Nghĩa; Ảnh: Huỳnh Kim Ngân' → author 'Trần Hữu Nghĩa', photographer 'Huỳnh Kim Ngân' (a semicolon between two labelled credits; set 35 had a pipe). Category from the taxonomy line 'Thuộc mục: Hoạt động Hội' (the crumb 'Trang chủ / Bài viết' is generic).",
                readme="Bolt CMS 5 (a stack no set had used), a 50th-anniversary gathering: 'Đăng bởi admin vào ngày 23/05/2026 21:35 · Sửa lần cuối: 24/05/2026 08:10'; a hero figcaption before the text; an italic teaser field as lead; 'Tin: A; Ảnh: B' (semicolon); 'Thuộc mục:' under a generic crumb; UTC JSON-LD that agrees")


# ===================================================================== 17 Ủy ban Kiểm tra Đảng ủy phường Thuận Hóa (Huế): Sulu 2.5; author = a contact with an account (unit) in parentheses; excerpt; an info box 'Kết quả kiểm tra' in the text
A17 = Art("Ủy ban Kiểm tra Đảng ủy phường tổng kết công tác kiểm tra, giám sát quý I năm 2026",
          "Sáng 16/4, Ủy ban Kiểm tra Đảng ủy phường Thuận Hóa tổ chức hội nghị đánh giá công tác kiểm tra, giám sát và thi hành kỷ luật đảng quý I, triển khai nhiệm vụ quý II năm 2026.",
          [("p", "Trong quý I, Ủy ban Kiểm tra Đảng ủy phường đã tham mưu Ban Thường vụ kiểm tra 3 tổ chức đảng, giám sát chuyên đề 5 chi bộ về việc thực hiện quy chế làm việc và quản lý đảng viên; trực tiếp kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát của 8 chi bộ trực thuộc."),
           ("raw", "BOX"),
           ("p", "Qua kiểm tra, giám sát, các chi bộ cơ bản chấp hành tốt nguyên tắc tập trung dân chủ, sinh hoạt định kỳ đúng quy định. Tuy nhiên, một số chi bộ khu dân cư còn chậm cập nhật hồ sơ đảng viên lên hệ thống quản lý điện tử, việc ghi biên bản sinh hoạt còn sơ sài."),
           ("img", "/uploads/media/2026/04/hoi-nghi-ubkt-quy-1.jpg", "Đồng chí Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường phát biểu tại hội nghị"),
           ("p", "Quý II, Ủy ban Kiểm tra tập trung giám sát việc kê khai tài sản, thu nhập và thực hiện nghị quyết của các chi bộ về chỉnh trang đô thị, bảo đảm trật tự an toàn giao thông trên địa bàn.")])
BY17, UNIT17 = "Nguyễn Thị Diệu Hiền", "Văn phòng Đảng ủy phường"


def page17():
    pub = T("2026-04-16 11:20")
    site = "https://danguythuanhoa.hue.gov.vn"
    url = f"{site}/tin-tuc/uy-ban-kiem-tra-dang-uy-phuong-tong-ket-cong-tac-kiem-tra-giam-sat-quy-i-nam-2026"

    def raw(x):
        return ('<aside class="article__infobox"><h4 class="infobox__title">Kết quả kiểm tra, giám sát quý I</h4><ul><li>Tổ chức đảng được kiểm tra: 3</li><li>Chi bộ được giám sát chuyên đề: 5</li>'
                '<li>Chi bộ được kiểm tra nhiệm vụ kiểm tra, giám sát: 8</li></ul></aside>')

    def img(s, c, n):
        return f'<figure class="article__image"><img src="{s}" alt="" /><figcaption class="article__caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        rel = "".join(f'<li class="article-list__item"><a href="{site}/tin-tuc/{slug(t)[:50]}">{esc(t)}</a><time>{wd(d)}, {dmy(d)} - {hm(d)}</time></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="article"><header class="article__header"><p class="article__category"><a href="/tin-tuc/kiem-tra-giam-sat">Kiểm tra, giám sát</a></p>'
                f'<h1 class="article__title">{esc(A17.title)}</h1>'
                f'<div class="article__meta"><time class="article__date" datetime="{iso(pub)}">{wd(pub)}, {dmy(pub)} - {hm(pub)}</time></div></header>'
                f'<div class="article__excerpt"><p>{esc(A17.lead)}</p></div>'
                f'<div class="article__content">{A17.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, raw=raw, sep="")}</div>'
                f'<footer class="article__footer"><div class="article__author">Tác giả: <span class="contact__name">{BY17}</span> (<span class="contact__account">{UNIT17}</span>)</div></footer></article>'
                f'<section class="article-list"><h2 class="article-list__title">Tin liên quan</h2><ul>{rel}</ul></section>')

    def side(rng, p):
        return mostread(rng, p, lambda d: f"{dmy(d)} - {hm(d)}", "Tin mới", "sidebar-news", 6, numbered=False) + vb_box(["Quy định 22-QĐ/TW về công tác kiểm tra, giám sát", "Kế hoạch kiểm tra, giám sát năm 2026"], "Văn bản", "sidebar-docs")

    def top(rng, p):
        return '<a href="/" class="header__logo"><img src="/build/website/images/logo-thuanhoa.svg" alt="Đảng ủy phường Thuận Hóa" /></a>'

    left = f'<div class="header__topbar"><span>{wd(pub)}, {dmy(pub)}</span> · <a href="/lien-he">Liên hệ</a></div>'
    crumbs = crumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Kiểm tra, giám sát", "/tin-tuc/kiem-tra-giam-sat")], "breadcrumb")
    head = ('<meta name="generator" content="Sulu" />' + og(A17.title, url, {"article:published_time": iso(pub)})
            + f'<script>window.SULU_CONFIG={dump({"webspace": "thuanhoa", "locale": "vi", "segment": None})};</script>')
    return page("s37-17", family="inspection_committee_sulu25_article_bundle_contact_author_infobox",
                name="hue-ubktdanguythuanhoa-sulu25-article-bundle-category-above-h1-weekday-dd-mm-yyyy-dash-hh-mm-time-datetime-plain-excerpt-infobox-in-text-figcaption-tac-gia-contact-name-account-parentheses-tin-lien-quan",
                url=url, art=A17, main_fn=main, pub=pub, prefix="sulu", kb=138,
                org="Ủy ban Kiểm tra Đảng ủy phường Thuận Hóa", addr="Số 2 đường Lê Lợi, phường Thuận Hóa, thành phố Huế", phone="0234.3822.519",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "sulu", "head_extra": head, "items": MENU_PARTY, "left": left},
                exp=expected(A17, iso(pub), author=BY17, unit=UNIT17, category="Kiểm tra, giám sát"),
                traps={"boxes": ["Kết quả kiểm tra, giám sát quý I", "Chi bộ được giám sát chuyên đề: 5"], "chrome": ["Tin liên quan", "Tin mới", "Liên hệ"], "related": lambda rl: rl[:5]},
                notes="Sulu 2.5 (Symfony; a stack no set had used), the article bundle's view in a vendor's Twig templates: the category link above the h1, 'Thứ Năm, 16/04/2026 - 11:20' in a <time> that agrees → T11:20 (the top bar prints the same day without a time). A PLAIN excerpt → lead (set 33). An infobox 'Kết quả kiểm tra, giám sát quý I' (a bulleted summary of figures the text also gives) INSIDE the content between two paragraphs → not body (a fact box; set 36 kept its fact box as a convention — the rule is the same: a titled box beside the running text). The footer's author line prints Sulu's CONTACT with its ACCOUNT (the organisation the contact belongs to) in parentheses: 'Tác giả: Nguyễn Thị Diệu Hiền (Văn phòng Đảng ủy phường)' → author + unit. Category 'Kiểm tra, giám sát' (label and crumb).",
                readme="Sulu 2.5 (a stack no set had used), an inspection committee's quarterly conference: the category above the h1; 'Thứ Năm, 16/04/2026 - 11:20'; a plain excerpt; an INFOBOX of figures inside the text; a figcaption; 'Tác giả: contact (account)' in the footer; 'Tin liên quan' with stamps")


# ===================================================================== 18 Đảng bộ Công ty cổ phần Nông sản Thọ Xuân (Thanh Hóa): Web4s; TWIST: the text's second half collapsed behind the theme's 'Xem thêm' expander (display:none)
A18 = Art("Chi bộ Phân xưởng chế biến kết nạp 3 đảng viên là công nhân trẻ",
          None,
          [("p", "Sáng 25/6, Chi bộ Phân xưởng chế biến thuộc Đảng bộ Công ty cổ phần Nông sản Thọ Xuân tổ chức lễ kết nạp đảng cho 3 quần chúng ưu tú là công nhân trẻ, có thành tích tiêu biểu trong lao động, sản xuất."),
           ("p", "Ba đảng viên mới đều dưới 30 tuổi, có nhiều sáng kiến cải tiến kỹ thuật trong dây chuyền sơ chế, đóng gói sản phẩm. Trong đó, đồng chí Lê Thị Hằng có sáng kiến điều chỉnh quy trình phân loại giúp giảm 12% tỷ lệ hao hụt nguyên liệu."),
           ("img", "/uploads/tin-tuc/2026/06/le-ket-nap-dang-vien.jpg", "Các đảng viên mới tuyên thệ tại lễ kết nạp"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy Công ty đề nghị các đảng viên mới tiếp tục rèn luyện, gương mẫu trong công việc, tích cực tuyên truyền, vận động công nhân tham gia các phong trào thi đua; chi bộ phân công đảng viên chính thức giúp đỡ các đồng chí trong thời gian dự bị."),
           ("p", "Từ đầu năm đến nay, Đảng bộ Công ty đã kết nạp 9 đảng viên, đều là công nhân trực tiếp sản xuất, góp phần nâng tỷ lệ đảng viên trong công nhân lên 18,4%."),
           ("img", "/uploads/tin-tuc/2026/06/tang-hoa-dang-vien-moi.jpg", "Lãnh đạo Đảng ủy Công ty tặng hoa chúc mừng các đảng viên mới"),
           ("p", "Đảng ủy Công ty đặt mục tiêu đến cuối năm 2026, mỗi tổ sản xuất đều có đảng viên, 100% chi bộ xếp loại hoàn thành tốt nhiệm vụ trở lên.")])
BY18, UNIT18 = "Lê Văn Hải", "Văn phòng Đảng ủy Công ty"


def page18():
    pub = T("2026-06-25")
    site = "https://nongsantho-xuan.vn"
    url = f"{site}/chi-bo-phan-xuong-che-bien-ket-nap-3-dang-vien-la-cong-nhan-tre"
    cut = 3  # the first three blocks are printed; the rest waits behind the expander

    def img(s, c, n):
        return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        first = Art(A18.title, None, A18.blocks[:cut]).render(p=jp, img=img, sep="")
        rest = Art(A18.title, None, A18.blocks[cut:]).render(p=jp, img=img, sep="")
        rel = "".join(f'<div class="article-item"><div class="inner-image"><img src="/uploads/thumbs/{hexid(rng, 10)}.jpg" alt="" /></div><div class="inner-content"><h4><a href="{site}/{slug(t)[:50]}">{esc(t)}</a></h4>'
                      f'<div class="post-date"><i class="fa fa-calendar"></i> {dmy(d)}</div></div></div>' for t, d in zip(rl[:4], rd))
        return (f'<div nh-block="article-detail" class="article-detail"><h1 class="article-title">{esc(A18.title)}</h1>'
                f'<div class="article-info"><span class="post-date"><i class="fa fa-calendar"></i> Ngày đăng: {dmy(pub)}</span> <span class="post-view"><i class="fa fa-eye"></i> 148</span>'
                f'<span class="post-category"><i class="fa fa-folder"></i> <a href="{site}/xay-dung-dang">Xây dựng Đảng</a></span></div>'
                f'<div class="article-content" nh-expand="content"><div class="content-visible">{first}</div>'
                f'<div class="content-more" id="nh-content-more" style="display:none">{rest}'
                f'<p style="text-align:right"><strong>{BY18}</strong> - <em>{UNIT18}</em></p></div>'
                f'<div class="btn-expand-wrap"><a href="javascript:;" class="btn-expand" nh-expand-btn data-less="Thu gọn">Xem thêm <i class="fa fa-angle-down"></i></a></div></div>'
                f'<div class="article-tags"><span>Tags:</span> <a href="#">kết nạp đảng viên</a></div>'
                f'<div class="article-related"><h3 class="title-section">Bài viết liên quan</h3>{rel}</div></div>')

    def side(rng, p):
        prods = "".join(f'<div class="product-item"><a href="{site}/san-pham/{slug(n)}">{esc(n)}</a><span class="price">{pr}</span></div>'
                        for n, pr in [("Gạo thơm Thọ Xuân 5 kg", "145.000đ"), ("Mật mía nguyên chất 1 lít", "60.000đ"), ("Lạc nhân đỏ 1 kg", "78.000đ")])
        return (mostread(rng, p, dmy, "Tin mới nhất", "sidebar-latest", 5, numbered=False)
                + f'<div class="sidebar-products"><h3>Sản phẩm nổi bật</h3>{prods}</div>')

    def top(rng, p):
        return '<a href="/" class="logo-section"><img src="/uploads/logo-nong-san-tho-xuan.png" alt="Công ty cổ phần Nông sản Thọ Xuân" /></a>'

    left = '<span class="hotline">Hotline: 0237.3834.662</span> · <a href="/gio-hang">Giỏ hàng (0)</a>'
    crumbs = '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/xay-dung-dang">Xây dựng Đảng</a></li></ul>'
    scripts = ('<script>document.querySelectorAll("[nh-expand-btn]").forEach(function(b){b.addEventListener("click",function(){var m=document.getElementById("nh-content-more");'
               'var o=m.style.display==="none";m.style.display=o?"block":"none";b.firstChild.textContent=o?b.dataset.less+" ":"Xem thêm ";});});</script>')
    head = ('<meta name="generator" content="Web4s" />' + og(A18.title, url)
            + '<script>var nhMain={"lang":"vi","template":"article_detail","cdnUrl":"https://cdn.web4s.example"};</script>')
    return page("s37-18", family="enterprise_party_committee_web4s_blog_collapsed_text_xem_them",
                name="thanhhoa-dangbocongtynongsan-web4s-article-detail-h1-ngay-dang-dd-mm-yyyy-date-only-category-in-info-no-sapo-text-second-half-display-none-behind-xem-them-expander-figcaptions-bold-name-em-unit-inside-collapsed-part",
                url=url, art=A18, main_fn=main, pub=pub, prefix="w4s", kb=144,
                org="Đảng bộ Công ty cổ phần Nông sản Thọ Xuân", addr="Khu công nghiệp Lam Sơn, xã Thọ Xuân, tỉnh Thanh Hóa", phone="0237.3834.662",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "web4s", "head_extra": head, "items": MENU_MASS, "left": left, "scripts": scripts, "foot_extra": cookie_banner("nh-cookie")},
                exp=expected(A18, isod(pub), author=BY18, unit=UNIT18, category="Xây dựng Đảng", lead=None),
                traps={"expander": ["Xem thêm"], "chrome": ["Bài viết liên quan", "Sản phẩm nổi bật", "Giỏ hàng (0)", "Tin mới nhất"], "shop": ["Gạo thơm Thọ Xuân 5 kg", "145.000đ"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST. Web4s (a Vietnamese hosted website builder; a stack no set had used), the blog article page of a company's Party committee whose theme reuses its product-description EXPANDER on articles: the first three blocks of the text are printed, the REST (three paragraphs, a picture and the signature) sits in div#nh-content-more with style='display:none', and a button 'Xem thêm' (its data-less label 'Thu gọn') toggles it. → body = the WHOLE text in page order; the collapsed part is the article's own text, waiting for a reader's click — unlike set 36's hidden spam (an off-screen block no reader can reveal, with no control on the page). An extractor that drops display:none content (as set 36's rule invites) stores half the article, loses the second caption and the signature ('Lê Văn Hải - Văn phòng Đảng ủy Công ty' → author + unit). 'Ngày đăng: 25/06/2026' (date only) → '2026-06-25'. No sapo → lead null. Category 'Xây dựng Đảng' (the info row and the crumb). The expander's label, the related posts with dates, a cart link and a product box are not body.",
                readme="TWIST — Web4s (a Vietnamese hosted builder; a stack no set had used), a company Party cell's admission ceremony: the text's SECOND HALF (three paragraphs, a picture, the signature) collapsed behind the theme's 'Xem thêm' expander (display:none until clicked); 'Ngày đăng: 25/06/2026' (date only); no sapo; figcaptions; bold name - italic unit inside the collapsed part; a product box and a cart link; cookie notice")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
