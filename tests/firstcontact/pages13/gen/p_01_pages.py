"""Set 13 pages 1-9: a random sample of ordinary provincial pages (generic factory + per-page specs).
Emphasis: bylines and writers' units in many positions and typographies; printed seconds kept."""
import json
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads4, past, expected, hexid, alnum, slug
from .kit import mk, rel, share, std, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import side_box, MENU_NEWS, MENU_MASS, MENU_GOV


def _page(seed, *, family, name, url, art, main_fn, exp, traps, notes, readme, kb, prefix, org, addr, phone,
          crumbs="", top=None, pub=None, title=None, side=None, shell_kw=None, **kw):
    rng = random.Random(seed)
    rl = heads4(rng, 6, avoid=[art.title])
    pub = pub or T("2024-05-20 08:00")
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
    return side_box(rng, head, heads4(rng, n), past(pub, rng, n, 0, 12), fmt, cls) + extra


def crawl_clock(today, txt, cls):
    return f'<div class="{cls}">{esc(txt)}</div>'


# ===================================================================== 1 Đảng ủy Khối ASP.NET: dashed stamp with seconds, plain 'Name, unit' paragraph
A1 = Art("Đảng bộ Công ty Xăng dầu Hà Bắc sinh hoạt chuyên đề về chuyển đổi số",
         None,
         [("p", "Ngày 9/8/2024, Đảng bộ Công ty Xăng dầu Hà Bắc tổ chức sinh hoạt chuyên đề “Đẩy mạnh chuyển đổi số trong hoạt động sản xuất, kinh doanh”. Tham dự có đồng chí Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh và 86 đảng viên của 7 chi bộ trực thuộc."),
          ("p", "Theo báo cáo tại buổi sinh hoạt, đến nay 100% cửa hàng xăng dầu của công ty đã lắp đặt hệ thống thanh toán không dùng tiền mặt và hóa đơn điện tử kết nối dữ liệu với cơ quan thuế; doanh thu qua thanh toán điện tử chiếm 38% tổng doanh thu bán lẻ."),
          ("img", "/Uploads/images/2024/08/dang-bo-xang-dau-chuyen-de.jpg", "Đồng chí Nguyễn Văn Tuấn, Bí thư Đảng ủy, Giám đốc Công ty phát biểu tại buổi sinh hoạt chuyên đề"),
          ("p", "Các đảng viên đã thảo luận, chỉ ra những hạn chế như kỹ năng số của một bộ phận người lao động còn yếu, hạ tầng công nghệ ở các cửa hàng vùng sâu chưa đồng bộ, dữ liệu giữa các phòng nghiệp vụ chưa được kết nối."),
          ("p", "Phát biểu kết luận, đồng chí Nguyễn Văn Tuấn, Bí thư Đảng ủy, Giám đốc Công ty đề nghị các chi bộ đưa nội dung chuyển đổi số vào nghị quyết sinh hoạt hằng tháng; mỗi đảng viên phải là người đi đầu trong sử dụng các nền tảng số, phấn đấu đến hết năm 2024 số hóa 100% hồ sơ đảng viên của Đảng bộ.")])
CAT1 = "Hoạt động của các tổ chức đảng trực thuộc"


def page01():
    pub = T("2024-08-15 14:15:32")
    c = "ctl00_ContentPlaceHolder1_ctl00"

    def p(t):
        return f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp; {esc(t)}</p>'

    def img(s, cap, n):
        a, b = cap.split(" phát biểu")
        return (f'<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 500px;"><tbody><tr><td><img alt="" src="{s}" style="width: 500px; height: 333px;" /></td></tr>'
                f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{esc(a)}<br />phát biểu{esc(b)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        items = "".join(f'<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=5&amp;id={rng.randint(2900, 3180)}">{esc(t)}</a> <span class="ngay">({dmy_dash(d)})</span></li>' for t, d in zip(rl, rd))
        return (f'<div class="content-detail"><div class="cat-label"><a id="{c}_hplCategory" href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=5">{esc(CAT1)}</a></div>'
                f'<h2 class="title-news"><span id="{c}_lblTitle">{esc(A1.title)}</span></h2>'
                f'<div class="date-news"><span id="{c}_lblDate">15-08-2024 14:15:32</span> &nbsp;|&nbsp; <span id="{c}_lblView">Lượt xem: 214</span></div>'
                f'<div id="divContent" class="noidung">{A1.render(p=p, img=img)}'
                f'{p("Nguyễn Thị Vân Anh, Chi bộ Văn phòng Công ty Xăng dầu Hà Bắc")}</div>'
                f'<div class="tool-bar"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>'
                f'<div class="tinlienquan"><div class="tlq-title">Tin liên quan</div><ul>{items}</ul></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=2, hours=-5)
        return (f'<div class="duk-banner"><img src="/Images/banner-dukdn.jpg" alt="Đảng ủy Khối Doanh nghiệp tỉnh Hà Bắc" />'
                f'<div class="duk-clock">{esc(wd(today))}, ngày {dmy(today)}</div></div>'
                + ticker(rng, heads4(rng, 4), [today - timedelta(hours=7 * i) for i in range(4)], dmy_dash, "Tin mới", "duk-ticker"))

    def side(rng, pub):
        return ('<div class="duk-box"><h3>Chuyên mục</h3><ul><li><a href="#">Tin hoạt động</a></li><li><a href="#">' + esc(CAT1) + '</a></li>'
                '<li><a href="#">Gương điển hình tiên tiến</a></li><li><a href="#">Văn bản của Đảng ủy Khối</a></li></ul></div>'
                + side_std(rng, pub, "Tin đọc nhiều", fmt=dmy_dash, cls="doc-nhieu", n=5)
                + links_box(["Tỉnh ủy Hà Bắc", "Báo Hà Bắc", "Đảng ủy Khối Doanh nghiệp Trung ương", "Cổng TTĐT tỉnh Hà Bắc"]))
    return _page("s13-01", family="duk_aspnet_dash_stamp_seconds_plain_name_comma_chi_bo_unit", name="habac-dukdn-category-label-above-title-dd-mm-yyyy-dashed-hh-mm-ss-no-lead-caption-br-plain-last-par-name-comma-chi-bo",
                 url="https://dukdn.habac.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=5&id=3187", art=A1, main_fn=main, pub=pub, prefix="duk", kb=120,
                 org="Đảng ủy Khối Doanh nghiệp tỉnh Hà Bắc", addr="Số 82 Hùng Vương, TP Bắc Giang, tỉnh Hà Bắc", phone="0204.3855.719",
                 top=top, side=side, shell_kw={"layout": "table", "form": True, "title": "Đảng ủy Khối Doanh nghiệp tỉnh Hà Bắc"},
                 exp=expected(A1, iso(pub), author="Nguyễn Thị Vân Anh", unit="Chi bộ Văn phòng Công ty Xăng dầu Hà Bắc", category=CAT1),
                 traps={"bylines": ["Nguyễn Thị Vân Anh, Chi bộ Văn phòng Công ty Xăng dầu Hà Bắc"], "chrome": ["Lượt xem: 214", "Tin liên quan", "In trang", "Quay lại"],
                        "related": lambda rl: rl[:4]},
                 notes="In-house ASP.NET WebForms portal of a Đảng ủy Khối (table layout, ViewState, <title> = site name). Category link above the span title; stamp '15-08-2024 14:15:32' (dashes, seconds printed) → 2024-08-15T14:15:32+07:00 (set 13: printed seconds kept). No sapo: every paragraph is a plain nbsp-indented justified <p> → lead null. Image table whose caption cell is split by <br> ('… Giám đốc Công ty<br>phát biểu …') → one caption with a space. The byline is a plain paragraph in the same style as the text: 'Nguyễn Thị Vân Anh, Chi bộ Văn phòng Công ty Xăng dầu Hà Bắc' → author + unit after the comma (the unit is a Party cell), not body. 'Tin liên quan' with dashed dates.",
                 readme="ASP.NET Đảng ủy Khối: category link above a span title, 'dd-mm-yyyy HH:MM:SS' (seconds kept), no lead, caption cell split by <br>, byline as a plain indented last paragraph 'Name, Chi bộ …'")


# ===================================================================== 2 NukeViet 4 Huyện ủy: 'Tác giả:' field holds the unit, person at the foot (TWIST)
A2 = Art("Văn Chấn nhân rộng mô hình chi bộ thôn “3 gương mẫu”",
         "Sau hai năm thí điểm ở 12 chi bộ thôn, mô hình “3 gương mẫu” (gương mẫu trong học tập, trong phát triển kinh tế và trong giữ gìn trật tự thôn bản) đã được Ban Thường vụ Huyện ủy Văn Chấn quyết định nhân rộng ra toàn bộ 146 chi bộ thôn, tổ dân phố.",
         [("p", "Theo đánh giá của Ban Tổ chức Huyện ủy, tại các chi bộ thí điểm, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên tăng từ 82% lên 91%; thu nhập bình quân của hộ đảng viên cao hơn mức bình quân chung của thôn khoảng 15 triệu đồng/năm."),
          ("h", "Đảng viên đi trước, dân làm theo"),
          ("p", "Ở thôn Khe Căng, xã Nậm Búng, 23 đảng viên của chi bộ đã nhận đỡ đầu 17 hộ nghèo, hướng dẫn bà con trồng quế, nuôi ong. Nhờ đó, cuối năm 2023 thôn giảm được 9 hộ nghèo."),
          ("img", "/uploads/news/2024_03/chi-bo-khe-cang.jpg", "Đảng viên Chi bộ thôn Khe Căng hướng dẫn người dân chăm sóc cây quế"),
          ("p", "Bí thư Chi bộ thôn Khe Căng Hoàng Văn Páo cho biết, mỗi tháng chi bộ đều dành một phần thời gian sinh hoạt để đảng viên báo cáo việc thực hiện cam kết, những việc chưa làm được thì chi bộ góp ý ngay."),
          ("p", "Để mô hình đi vào thực chất, Huyện ủy yêu cầu các đảng ủy xã, thị trấn phân công cấp ủy viên trực tiếp dự sinh hoạt chi bộ thôn ít nhất một lần mỗi quý, kịp thời tháo gỡ vướng mắc.")])


def page02():
    pub = T("2024-03-21 16:40")

    def main(rng, rl, rd):
        newer, older = rl[:2], rl[2:]
        li = lambda ts, ds: "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/news/xay-dung-dang/{slug(t)}-{rng.randint(300, 509)}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(ts, ds))
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A2.title)}</h1>'
                f'<ul class="list-inline meta-vc"><li><em class="fa fa-clock-o">&nbsp;</em>16:40 21/03/2024</li><li><em class="fa fa-eye">&nbsp;</em>Đã xem: 187</li>'
                f'<li class="pull-right"><a class="dimgray" title="In ra" href="/news/print/xay-dung-dang/van-chan-nhan-rong-mo-hinh-chi-bo-thon-3-guong-mau-512.html"><em class="fa fa-print fa-lg"></em></a></li></ul>'
                f'<div class="hometext m-bottom"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{A2.render(img=tcap, h=lambda t: f"<p><strong><em>{esc(t)}</em></strong></p>")}'
                f'<p style="text-align: right;"><em>Hoàng Văn Tiến</em></p></div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Ban Tuyên giáo Huyện ủy</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a href="/news/tag/chi-bo-thon">chi bộ thôn</a>, <a href="/news/tag/3-guong-mau">3 gương mẫu</a>, <a href="/news/tag/van-chan">Văn Chấn</a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{li(newer, rd[:2])}</ul>'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{li(older, rd[2:])}</ul></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=6, hours=1)
        return (f'<div class="vc-header"><a href="/"><img src="/themes/vanchan/images/logo.png" alt="Đảng bộ huyện Văn Chấn" /></a>'
                f'<div class="vc-clock">{esc(wd(today))}, {dmy(today)}</div></div>')

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=6), "Lịch làm việc Thường trực Huyện ủy", "lich-tt")
                + side_std(rng, pub, "Tin đọc nhiều", cls="block-hot")
                + poll("Theo bạn, yếu tố nào quyết định chất lượng sinh hoạt chi bộ?", ["Vai trò bí thư chi bộ", "Nội dung sinh hoạt", "Ý thức đảng viên"]))
    return _page("s13-02", family="district_party_nukeviet4_tac_gia_field_is_unit_foot_name", name="hoanglienson-vanchan-huyenuy-nukeviet4-time-first-meta-italic-foot-name-tac-gia-field-holds-ban-tuyen-giao",
                 url="https://vanchan.hoanglienson.dcs.vn/news/xay-dung-dang/van-chan-nhan-rong-mo-hinh-chi-bo-thon-3-guong-mau-512.html", art=A2, main_fn=main, pub=pub, prefix="nv", kb=150,
                 org="Đảng bộ huyện Văn Chấn", addr="Tổ dân phố 4, thị trấn Sơn Thịnh, huyện Văn Chấn, tỉnh Hoàng Liên Sơn", phone="0216.3847.125",
                 crumbs='<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang chủ</span></a></li><li id="brcr_1"><a href="/news/xay-dung-dang/"><span>Xây dựng Đảng</span></a></li></ul></div></div>',
                 top=top, side=side, shell_kw={"layout": "bootstrap", "title": A2.title + " - Đảng bộ huyện Văn Chấn"},
                 exp=expected(A2, iso(pub), author="Hoàng Văn Tiến", unit="Ban Tuyên giáo Huyện ủy", category="Xây dựng Đảng"),
                 traps={"bylines": ["Tác giả:", "Hoàng Văn Tiến"], "chrome": ["Đã xem: 187", "Những tin mới hơn", "Lịch làm việc Thường trực Huyện ủy"], "tags": ["3 gương mẫu,"],
                        "related": lambda rl: rl[:4]},
                 notes="TWIST: NukeViet 4 district theme where the editor typed the writer's OFFICE into the 'Tác giả:' field ('Tác giả: Ban Tuyên giáo Huyện ủy') and the person's name as the last, italic right-aligned paragraph of the text ('Hoàng Văn Tiến') → author 'Hoàng Văn Tiến', author_unit 'Ban Tuyên giáo Huyện ủy'; the italic name is not body. Custom theme prints the stamp time first '16:40 21/03/2024' in a meta list with 'Đã xem'. Bold-italic sub-head is body; another person ('Bí thư Chi bộ thôn Khe Căng Hoàng Văn Páo') is quoted in the text.",
                 readme="TWIST 'Tác giả:' field holding the office ('Ban Tuyên giáo Huyện ủy') while the person's name is the italic last line → author from the foot line, unit from the field; NukeViet 4 time-first 'HH:MM dd/mm/yyyy'")


# ===================================================================== 3 VHV CMS Ban Tuyên giáo: 'H:i:s | d/m/Y', 'Tác giả:' in the header meta, div.nguon (source)
A3 = Art("Bắc Thái: 36 thí sinh tranh tài tại Hội thi tuyên truyền viên giỏi năm 2024",
         "Ngày 7/10, Ban Tuyên giáo Tỉnh ủy Bắc Thái phối hợp với Đài Phát thanh và Truyền hình tỉnh tổ chức vòng chung khảo Hội thi tuyên truyền viên giỏi năm 2024 với sự tham gia của 36 thí sinh đến từ 9 huyện, thành phố và các đảng ủy trực thuộc.",
         [("p", "Các thí sinh trải qua hai phần thi: phần tự giới thiệu về đơn vị và phần thi tuyên truyền miệng theo chủ đề tự chọn, bám sát các nội dung về bảo vệ nền tảng tư tưởng của Đảng, xây dựng nông thôn mới, chuyển đổi số và phòng, chống tác hại của thuốc lá điện tử."),
          ("img", "/Uploads/images/tintuc/2024/10/08/hoi-thi-tuyen-truyen-vien.jpg", "Thí sinh Ma Thị Lụa (Đảng bộ huyện Định Hóa) trong phần thi tuyên truyền miệng (Ảnh: Thu Hằng)"),
          ("p", "Nhiều bài thi được đầu tư công phu, sử dụng bản đồ, video minh họa và lồng ghép làn điệu then, hát sli của đồng bào Tày, Nùng, tạo sự hấp dẫn với người nghe."),
          ("p", "Kết quả, Ban tổ chức trao 1 giải Nhất cho thí sinh Ma Thị Lụa (Đảng bộ huyện Định Hóa), 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích."),
          ("p", "Dịp này, Ban Tuyên giáo Tỉnh ủy chọn 3 thí sinh xuất sắc nhất để bồi dưỡng tham gia hội thi cấp khu vực dự kiến tổ chức vào tháng 11/2024.")])


def page03():
    pub = T("2024-10-08 08:05:17")
    aid = "6703f1c2a45b8e0d3c9127ab"

    def img(s, c, n):
        return (f'<table class="image center" align="center"><tbody><tr><td><img class="lazy" data-original="{s}" src="/images/blank.gif" alt="{esc(c, True)}" /></td></tr>'
                f'<tr><td class="image_caption"><p>{esc(c)}</p></td></tr></tbody></table>')

    def main(rng, rl, rd):
        items = "".join(f'<article class="list-news-one"><h2 class="h4 title"><a href="/tin-tuc/{slug(t)}.html">{esc(t)}</a></h2>'
                        f'<span class="date"><time class="post-date" datetime="{d.strftime("%Y-%m-%d")}">({dmy(d)})</time></span></article>' for t, d in zip(rl, rd))
        return (f'<div id="module17" class="ModuleWrapper" moduleRootId="{hexid(rng, 24)}"><article id="article17" class="news-detail-layout-type-2" itemscope itemtype="http://schema.org/NewsArticle">'
                f'<meta itemprop="datePublished" content="2024-10-08T08:05:17+07:00" /><meta itemprop="dateModified" content="2024-10-08T08:05:17+07:00" />'
                f'<header><span class="post-date">08:05:17 | 08/10/2024</span> <span class="post-author"><i class="fa fa-user"></i> Tác giả: Dương Ngọc Lan</span>'
                f'<div class="block_share"><a href="#" class="fsize-minus">A-</a> <a href="#" class="fsize">A</a> <a href="#" class="fsize-plus">A+</a>'
                f' <a href="javascript:printArticle(\'{aid}\')">In</a> <a href="#" class="email">Email</a></div></header>'
                f'<div class="article-content"><div class="block-core-a3"><h1 class="title-detail" itemprop="headline">{esc(A3.title)}</h1>'
                f'<div class="social-connect"><div class="zalo-share-button" data-href="" data-oaid="579745863508352884"></div> <a href="#" class="read-article">Đọc bài</a> <a href="#">Lưu</a></div>'
                f'<div class="brief">{esc(A3.lead)}</div></div>'
                f'<div class="block-core-a5"><div class="content-detail" itemprop="articleBody">{A3.render(img=img)}</div>'
                f'<div class="nguon" style="text-align:right"><em>Ban Tuyên giáo Huyện ủy Định Hóa</em></div></div></div>'
                f'<div class="rating">Tổng số điểm của bài viết là: 38 trong 9 đánh giá</div></article></div>'
                f'<div class="panel frame-involve"><div class="panel-heading"><div class="panel-title">Tin liên quan</div></div>'
                f'<section class="section-list Article-News-Detail-default">{items}</section></div>')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=3)
        return (f'<div class="btg-top"><img src="/Uploads/images/logo-btg-bacthai.png" alt="Ban Tuyên giáo Tỉnh ủy Bắc Thái" />'
                f'<span class="btg-date">{esc(wd(today))}, {dmy(today)}</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Tin mới nhất", fmt=lambda d: "(" + dmy(d) + ")", cls="moinhat")
                + '<div class="ban-tin"><h3>Bản tin Thông báo nội bộ</h3><ul><li><a href="#">Bản tin số 10/2024</a></li><li><a href="#">Bản tin số 9/2024</a></li></ul></div>'
                + links_box(["Tạp chí Tuyên giáo", "Báo Bắc Thái", "Đài PT-TH Bắc Thái", "Cổng TTĐT Đảng bộ tỉnh Bắc Thái"]))
    crumbs = ('<div class="pathway-category"><ol class="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">'
              '<li class="first-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li>'
              '<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/tin-tuc"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></li>'
              '<li class="last-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item" href="/tin-tuc/cong-tac-tuyen-giao"><span itemprop="name">Công tác tuyên giáo</span></a><meta itemprop="position" content="3" /></li></ol></div>')
    return _page("s13-03", family="btg_vhv_seconds_pipe_date_meta_tac_gia_div_nguon_source", name="bacthai-btg-vhv-h-i-s-pipe-d-m-y-seconds-tac-gia-in-header-meta-unlabelled-div-nguon-not-unit-caption-anh-credit",
                 url="https://tuyengiao.bacthai.dcs.vn/tin-tuc/bac-thai-36-thi-sinh-tranh-tai-tai-hoi-thi-tuyen-truyen-vien-gioi-nam-2024.html", art=A3, main_fn=main, pub=pub, prefix="vhv", kb=175,
                 org="Ban Tuyên giáo Tỉnh ủy Bắc Thái", addr="Số 1 Nha Trang, TP Thái Nguyên, tỉnh Bắc Thái", phone="0208.3855.207",
                 crumbs=crumbs, top=top, side=side, shell_kw={"title": A3.title},
                 exp=expected(A3, iso(pub), author="Dương Ngọc Lan", category="Công tác tuyên giáo"),
                 traps={"bylines": ["Tác giả: Dương Ngọc Lan", "Ban Tuyên giáo Huyện ủy Định Hóa"], "chrome": ["Đọc bài", "Tổng số điểm của bài viết là", "Bản tin Thông báo nội bộ"],
                        "related": lambda rl: rl[:4]},
                 notes="VHV CMS: header 'span.post-date' '08:05:17 | 08/10/2024' (time with seconds first; itemprop datePublished agrees) → 2024-10-08T08:05:17+07:00 (printed seconds kept). 'Tác giả: Dương Ngọc Lan' sits in the header meta row next to the stamp → author. After the text an unlabelled italic right div with class 'nguon' holds 'Ban Tuyên giáo Huyện ủy Định Hóa': the CMS names it as the source, so it is a source (not the writer's unit) → author_unit null (set 13 convention). Caption ends with '(Ảnh: Thu Hằng)' → stays in the caption, photographer null (credits inside captions never set it). Lazy data-original images, BreadcrumbList crumbs (last = category).",
                 readme="VHV CMS '08:05:17 | dd/mm/yyyy' (seconds kept), 'Tác giả:' in the header meta row, unlabelled div.nguon (source, not unit), '(Ảnh: …)' inside the caption")


# ===================================================================== 4 EcoIT Liferay Tỉnh ủy: three labelled stamps, 'Ngày tạo' decoy (TWIST)
A4 = Art("Hà Nam Ninh: Sơ kết giữa nhiệm kỳ công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
         "Sáng 11/6, Ban Thường vụ Tỉnh ủy Hà Nam Ninh tổ chức hội nghị sơ kết giữa nhiệm kỳ công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị giai đoạn 2021 - 2025. Hội nghị được kết nối trực tuyến tới 25 điểm cầu huyện, thành ủy và đảng ủy trực thuộc.",
         [("p", "Báo cáo tại hội nghị cho biết, sau 3 năm, toàn Đảng bộ tỉnh đã kết nạp 6.412 đảng viên, đạt 78% chỉ tiêu nhiệm kỳ; 96% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên."),
          ("p", "Công tác kiểm tra, giám sát được tăng cường; cấp ủy và ủy ban kiểm tra các cấp đã kiểm tra 1.180 tổ chức đảng và 3.926 đảng viên, thi hành kỷ luật 214 đảng viên vi phạm."),
          ("img", "/documents/20182/1041557/hoi-nghi-so-ket-giua-nhiem-ky.jpg", "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy"),
          ("h", "Khắc phục tình trạng “trên nóng, dưới lạnh”"),
          ("p", "Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: chất lượng sinh hoạt chi bộ ở một số nơi chưa cao, việc phát triển đảng viên trong doanh nghiệp ngoài nhà nước còn chậm, một bộ phận cán bộ còn né tránh, sợ trách nhiệm."),
          ("p", "Kết luận hội nghị, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu các cấp ủy tập trung khắc phục hạn chế, chuẩn bị chu đáo cho đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI.")])


def page04():
    created = T("2024-06-11 16:20")
    pub = T("2024-06-12 07:30")
    upd = T("2024-06-12 09:45")
    pid = "CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet_INSTANCE_kP3mZ8qRt2Xw"

    def main(rng, rl, rd):
        return (f'<div class="portlet-boundary portlet-boundary_CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet_" id="p_p_id_{pid}_"><div class="portlet-body">'
                f'<section class="chi-tiet-bai-viet"><article><h1 class="title-bai-viet">{esc(A4.title)}</h1>'
                f'<p class="date-line"><span class="lbl">Ngày tạo:</span> 11/06/2024 16:20 &nbsp;|&nbsp; <span class="lbl">Ngày xuất bản:</span> 12/06/2024 07:30'
                f' &nbsp;|&nbsp; <span class="lbl">Ngày cập nhật:</span> 12/06/2024 09:45</p>'
                f'<div class="tool-font"><a href="#" onclick="zoomText(-1)">A-</a> <a href="#" onclick="zoomText(1)">A+</a> <a href="#" class="btn-speak">Nghe đọc bài</a></div>'
                f'<p id="change_font_size" class="sapo"><strong>{esc(A4.lead)}</strong></p>'
                f'<div id="contentnews">{A4.render(img=fig, h=lambda t: f"<p><strong><em>{esc(t)}</em></strong></p>")}'
                f'<p style="text-align: right;"><em>Bài: Trần Văn Lâm - Ảnh: Vũ Hồng Nhung</em></p></div></article></section>'
                f'<div class="share-bar">{share("ecoit-share")}</div>'
                f'<div class="tin-khac"><h3 class="tin-khac-title">Tin khác</h3>{rel(rng, rl, rd, lambda d: dmy(d) + " " + hm(d), href="/tin-tuc/-/view_content/{n}-{s}", cls="tk")}</div></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=3, hours=2)
        return (f'<div class="tu-banner"><img src="/o/hnn-theme/images/banner-tinhuy.png" alt="Đảng bộ tỉnh Hà Nam Ninh" />'
                f'{clock(today, "weekday", "tu-today")}<div class="tu-slogan">Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng bộ tỉnh (1930 - 2024)</div></div>'
                + ticker(rng, heads4(rng, 4), [today - timedelta(hours=4 * i) for i in range(4)], lambda d: dmy(d) + " " + hm(d), "Tiêu điểm"))

    def side(rng, pub):
        return (schedule(rng, pub + timedelta(days=3), "Lịch công tác Thường trực Tỉnh ủy")
                + side_std(rng, pub, "Tin đọc nhiều", cls="doc-nhieu")
                + '<div class="vb-moi"><h3>Văn bản mới</h3><ul><li><a href="#">Hướng dẫn số 14-HD/BTCTU ngày 03/06/2024 về đại hội chi bộ</a></li><li><a href="#">Kế hoạch số 201-KH/TU ngày 28/05/2024</a></li></ul></div>')
    crumbs = '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li class="active"><a href="/tin-tuc/xay-dung-dang">Xây dựng Đảng</a></li></ul>'
    head = (og(A4.title, "https://hanamninh.dcs.vn/tin-tuc/-/view_content/5120347", {"article:published_time": "2024-06-12T07:30:00+07:00", "article:modified_time": "2024-06-12T09:45:00+07:00"})
            + '<meta name="dc.date.created" content="2024-06-11" /><meta name="dc.date.issued" content="2024-06-12" />')
    return _page("s13-04", family="province_party_ecoit_three_labelled_stamps_created_decoy", name="hanamninh-tinhuy-ecoit-ngay-tao-ngay-xuat-ban-ngay-cap-nhat-one-line-italic-bai-dash-anh-foot",
                 url="https://hanamninh.dcs.vn/tin-tuc/-/view_content/5120347-so-ket-giua-nhiem-ky-cong-tac-xay-dung-chinh-don-dang", art=A4, main_fn=main, pub=pub, prefix="hnn", kb=260,
                 org="Đảng bộ tỉnh Hà Nam Ninh", addr="Số 4 Hoàng Văn Thụ, TP Nam Định, tỉnh Hà Nam Ninh", phone="0228.3849.105",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "liferay", "head_extra": head, "title": "Cổng thông tin điện tử Đảng bộ tỉnh Hà Nam Ninh"},
                 exp=expected(A4, iso(pub), iso(upd), author="Trần Văn Lâm", photographer="Vũ Hồng Nhung", category="Xây dựng Đảng"),
                 traps={"dates": ["Ngày tạo:", "11/06/2024 16:20"], "bylines": ["Bài: Trần Văn Lâm - Ảnh: Vũ Hồng Nhung"], "chrome": ["Nghe đọc bài", "Tin khác", "Lịch công tác Thường trực Tỉnh ủy"],
                        "related": lambda rl: rl[:4]},
                 notes="TWIST: EcoIT Liferay detail prints three labelled stamps on one line: 'Ngày tạo: 11/06/2024 16:20 | Ngày xuất bản: 12/06/2024 07:30 | Ngày cập nhật: 12/06/2024 09:45'. 'Ngày tạo' is the draft creation (the event was the morning of 11/6) → published_at = 'Ngày xuất bản' 2024-06-12T07:30, updated_at = 'Ngày cập nhật' 09:45 (og times agree; dc.date.created meta = the draft day). Bold sapo p#change_font_size, body div#contentnews with a bold-italic sub-head (body), italic right 'Bài: X - Ảnh: Y' → author + photographer. Breadcrumb last level = category; <title> = portal name.",
                 readme="TWIST three labelled stamps 'Ngày tạo / Ngày xuất bản / Ngày cập nhật' on one line (creation is a decoy), EcoIT Liferay, italic 'Bài: X - Ảnh: Y' foot")


# ===================================================================== 5 SharePoint provincial news template: pnHide stamp vi 12h seconds, pnTacgia + pnNguontin (source)
A5 = Art("Hơn 900 thí sinh dự thi tuyển công chức tỉnh Bình Trị Thiên năm 2024",
         "Từ ngày 2 đến 4/11, Hội đồng thi tuyển công chức tỉnh Bình Trị Thiên tổ chức vòng 1 kỳ thi tuyển công chức năm 2024 trên máy vi tính cho 917 thí sinh dự tuyển vào 214 chỉ tiêu tại các cơ quan hành chính cấp tỉnh, cấp huyện.",
         [("p", "Thí sinh làm bài thi trắc nghiệm trên máy vi tính gồm hai phần: kiến thức chung và ngoại ngữ; kết quả được hiển thị ngay sau khi kết thúc thời gian làm bài."),
          ("p", "Qua theo dõi, kỳ thi diễn ra nghiêm túc, đúng quy chế; không có thí sinh vi phạm phải lập biên bản. Có 608 thí sinh đủ điều kiện dự thi vòng 2, chiếm 66,3%."),
          ("img", "/SiteAssets/tin-tuc/2024/11/thi-tuyen-cong-chuc-vong-1.jpg", "Thí sinh làm bài thi trắc nghiệm trên máy vi tính tại điểm thi Trường Cao đẳng Kỹ thuật Bình Trị Thiên"),
          ("p", "Vòng 2 thi môn nghiệp vụ chuyên ngành theo hình thức phỏng vấn dự kiến tổ chức từ ngày 25/11/2024.")])


def page05():
    pub = T("2024-11-05 15:42:15")

    def img(s, c, n):
        return (f'<table align="center" class="ms-rteTable-default" style="width: 90%;"><tbody><tr><td><img src="{s}" alt="" style="width: 100%;" /></td></tr>'
                f'<tr><td style="text-align: center;"><span style="color: #1f497d;"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
        c = f"ctl00_m_g_{g}_ctl00"
        others = "".join(f'<li><a href="/Pages/newsdetail.aspx?NewsId={rng.randint(8000, 8800)}&amp;CatId=61">{esc(t)}</a> <span class="time_update">{dmy(d)}</span></li>' for t, d in zip(rl, rd))
        return (f'<div class="news-detail"><div class="cate-title"><span id="{c}_lblCategoryTitle">Công chức, viên chức</span></div>'
                f'<div id="divArticleDescription3"><h1>{esc(A5.title)}</h1></div>'
                f'<div id="{c}_pnHide" class="date-view"><img src="/_layouts/15/images/snv/clock.png" alt="" /> <span>05/11/2024 3:42:15 CH</span></div>'
                f'<div id="divArticleDescription1"><p><strong>{esc(A5.lead)}</strong></p></div>'
                f'<div id="divArticleDescription2" class="ms-rtestate-field">{A5.render(img=img)}</div>'
                f'<div id="{c}_pnTacgia" style="text-align:right"><p><b>Trần Thị Mỹ Hạnh</b></p></div>'
                f'<div id="{c}_pnNguontin" style="text-align:right"><p><font color="#555555"><i>Phòng Công chức, viên chức</i></font></p></div>'
                f'<div class="attach"><span>Tài liệu kèm theo:</span> <a href="/SiteAssets/tb-512-hdtt.pdf">Thông báo số 512/TB-HĐTT ngày 01/11/2024 về kết quả vòng 1</a></div>'
                f'<div class="other_News"><div class="top_F">Các tin khác</div><ul>{others}</ul></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=-6)
        return (f'<div class="snv-banner"><img src="/SiteAssets/banner-snv.png" alt="Sở Nội vụ tỉnh Bình Trị Thiên" />'
                f'<span class="snv-date">Hôm nay, {esc(wd(today, lower=True))} ngày {dmy(today)}</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Thông báo", cls="thong-bao", n=5)
                + '<div class="dvc-box"><h3>Dịch vụ công trực tuyến</h3><a href="#">Nộp hồ sơ</a> <a href="#">Tra cứu kết quả</a> <a href="#">Đánh giá mức độ hài lòng</a></div>'
                + links_box(["Bộ Nội vụ", "UBND tỉnh Bình Trị Thiên", "Ban Thi đua - Khen thưởng tỉnh", "Cổng dịch vụ công quốc gia"]))
    crumbs = '<div class="path"><div class="arr_B"><span>Trang chủ</span> » <span>Tin tức - Sự kiện</span> » <span>Công chức, viên chức</span></div></div>'
    return _page("s13-05", family="department_sharepoint_articledescription_pnnguontin_source", name="binhtrithien-snv-sharepoint-divarticledescription-pnhide-dd-mm-yyyy-h-mm-ss-ch-pntacgia-name-pnnguontin-not-unit",
                 url="https://snv.binhtrithien.gov.vn/Pages/newsdetail.aspx?NewsId=8812&CatId=61", art=A5, main_fn=main, pub=pub, prefix="snv", kb=230,
                 org="Sở Nội vụ tỉnh Bình Trị Thiên", addr="Số 25 Tôn Đức Thắng, TP Huế, tỉnh Bình Trị Thiên", phone="0234.3822.416",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "sharepoint", "form": True, "items": MENU_GOV, "title": "Tin tức - Sự kiện - Sở Nội vụ"},
                 exp=expected(A5, iso(pub), author="Trần Thị Mỹ Hạnh", category="Công chức, viên chức"),
                 traps={"bylines": ["Phòng Công chức, viên chức"], "chrome": ["Tài liệu kèm theo:", "Các tin khác", "Dịch vụ công trực tuyến"], "dates": ["01/11/2024"],
                        "related": lambda rl: rl[:3]},
                 notes="SharePoint provincial news template (divArticleDescription3 h1 title, …_pnHide date, divArticleDescription1 sapo, divArticleDescription2 body). Stamp '05/11/2024 3:42:15 CH' (vi-VN 12-hour with seconds, CH = afternoon) → 2024-11-05T15:42:15+07:00. Two unlabelled right-aligned blocks after the text: …_pnTacgia 'Trần Thị Mỹ Hạnh' (author) and …_pnNguontin 'Phòng Công chức, viên chức' — the CMS names this field the source ('Nguồn tin'), so it is a source, not the writer's unit → author_unit null (set 13 convention; set 12 read an unlabelled lblSource line as a unit). Attachment with an issue date; blue em captions in rte tables.",
                 readme="SharePoint divArticleDescription template: pnHide 'dd/mm/yyyy h:mm:ss CH' (15:42:15), unlabelled pnTacgia name + pnNguontin office (source, not unit), attachment date")


# ===================================================================== 6 provincial newspaper press CMS: time and weekday-date spans, update stamp, author box at the bottom
A6 = Art("Vạn Ninh: Ngư dân trúng đậm cá cơm đầu mùa",
         "Những ngày cuối tháng 4, ngư dân các xã ven vịnh Vân Phong, huyện Vạn Ninh liên tiếp trúng đậm cá cơm. Mỗi chuyến ra khơi, tàu lưới vây thu về từ 3 đến 5 tấn, thu nhập cao hơn cùng kỳ năm trước.",
         [("p", "Khoảng 4 giờ sáng, bến cá thôn Xuân Tự, xã Vạn Hưng đã nhộn nhịp tàu thuyền cập bến. Những khoang cá cơm trắng óng được chuyển nhanh lên bờ, phân loại rồi đưa vào các lò hấp, phơi ngay trong ngày."),
          ("img", "/uploads/2024/04/27/ca-com-xuan-tu.jpg", "Ngư dân thôn Xuân Tự chuyển cá cơm lên bờ sau chuyến biển đêm"),
          ("p", "Anh Lê Văn Nhơn, chủ tàu KH 90427 TS, cho biết: “Đêm qua tàu tôi đánh được gần 4 tấn, bán tại bến giá 18.000 đồng/kg, trừ chi phí dầu, đá và tiền công bạn thuyền còn lãi khoảng 30 triệu đồng”."),
          ("p", "Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện hiện có 312 tàu lưới vây khai thác cá cơm, sản lượng từ đầu năm đến nay đạt hơn 5.600 tấn, tăng 12% so với cùng kỳ."),
          ("img", "/uploads/2024/04/27/phoi-ca-com-van-hung.jpg", "Phụ nữ xã Vạn Hưng phơi cá cơm tại sân phơi ven biển"),
          ("p", "Nghề chế biến cá cơm khô cũng thu hút hàng trăm lao động nữ ở địa phương với thu nhập 250.000 - 300.000 đồng/người/ngày.")])


def page06():
    pub = T("2024-04-27 05:30")
    upd = T("2024-04-27 07:12")

    def main(rng, rl, rd):
        cm = comments([("Ngư dân Vạn Thọ", "27/04/2024 08:41", "Mong giá cá cơm giữ được như vầy tới cuối vụ."),
                       ("Trần Minh", "27/04/2024 10:05", "Cá cơm Vạn Ninh làm mắm là ngon nhất.")], head="Bình luận", cls="cmt")
        return (f'<article class="detail"><div class="detail-cate"><a href="/kinh-te/">Kinh tế</a> <span>›</span> <a href="/kinh-te/nong-nghiep/">Nông nghiệp</a></div>'
                f'<h1 class="detail-title">{esc(A6.title)}</h1>'
                f'<div class="detail-time"><span class="time">05:30</span> <span class="date">{wd(pub)}, {dmy(pub)}</span>'
                f' <span class="updated">(Cập nhật: 07:12 27/04/2024)</span></div>'
                f'<h2 class="detail-sapo">{esc(A6.lead)}</h2><div class="detail-content">{A6.render(img=fig)}</div>'
                f'<div class="author-box"><img class="avatar" src="/uploads/authors/nguyen-thuy-dung.jpg" alt="Nguyễn Thùy Dung" />'
                f'<div class="author-info"><a class="author-name" href="/tac-gia/nguyen-thuy-dung-42/">Nguyễn Thùy Dung</a>'
                f'<span class="author-dept">Ban Thời sự</span><a class="author-more" href="/tac-gia/nguyen-thuy-dung-42/">Xem các bài viết của tác giả</a></div></div>'
                f'<div class="detail-tags"><span>Tags:</span> <a href="/tag/ca-com">cá cơm</a> <a href="/tag/van-ninh">Vạn Ninh</a> <a href="/tag/khai-thac-hai-san">khai thác hải sản</a></div>'
                f'{share("detail-share")}{cm}'
                f'<div class="detail-samecat"><h3>Tin cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: hm(d) + " " + dmy(d), href="/kinh-te/{s}-{n}/", cls="samecat")}</div></article>')

    def top(rng, pub):
        today = pub + timedelta(hours=10)
        return (f'<div class="pk-masthead"><a href="/"><img src="/images/logo-baophukhanh.svg" alt="Báo Phú Khánh" /></a>{clock(today, "weekday", "pk-today")}'
                f'<div class="pk-ad"><a href="#"><img src="/qc/banner-du-lich-nha-trang.jpg" alt="Quảng cáo" /></a></div></div>'
                + ticker(rng, heads4(rng, 5), [today - timedelta(hours=2 * i) for i in range(5)], hm, "Tin nhanh", "pk-ticker"))

    def side(rng, pub):
        return (side_std(rng, pub, "Đọc nhiều", fmt=lambda d: hm(d) + " " + dmy(d), cls="docnhieu", n=6)
                + '<div class="pk-epaper"><h3>Báo in</h3><a href="/bao-in/so-6724"><img src="/bao-in/thumb-6724.jpg" alt="Báo in số 6724 ngày 26/04/2024" /></a></div>'
                + '<div class="pk-weather"><h3>Thời tiết</h3><p>Nha Trang 27 - 33°C</p><p>Cam Ranh 26 - 34°C</p></div>')
    head = (jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A6.title, "datePublished": "2024-04-26T22:30:00Z",
                    "dateModified": "2024-04-27T00:12:00Z", "author": {"@type": "Person", "name": "Nguyễn Thùy Dung"},
                    "publisher": {"@type": "Organization", "name": "Báo Phú Khánh"}})
            + og(A6.title, "https://baophukhanh.vn/kinh-te/202404/van-ninh-ngu-dan-trung-dam-ca-com-dau-mua-8c1f2e7/"))
    return _page("s13-06", family="baotinh_press_cms_author_box_newspaper_department", name="phukhanh-bao-time-span-plus-weekday-date-span-cap-nhat-paren-author-box-avatar-name-ban-thoi-su-jsonld-z",
                 url="https://baophukhanh.vn/kinh-te/202404/van-ninh-ngu-dan-trung-dam-ca-com-dau-mua-8c1f2e7/", art=A6, main_fn=main, pub=pub, prefix="pk", kb=240,
                 org="Báo Phú Khánh", addr="Số 3 Lê Thánh Tôn, TP Nha Trang, tỉnh Phú Khánh", phone="0258.3822.247",
                 top=top, side=side, shell_kw={"items": MENU_NEWS, "head_extra": head, "title": A6.title + " | Báo Phú Khánh"},
                 exp=expected(A6, iso(pub), iso(upd), author="Nguyễn Thùy Dung", unit="Ban Thời sự", category="Nông nghiệp"),
                 traps={"bylines": ["Xem các bài viết của tác giả"], "chrome": ["Tin cùng chuyên mục", "Tin nhanh", "Báo in", "Bình luận (2)"], "tags": ["khai thác hải sản"],
                        "comments": ["Mong giá cá cơm giữ được như vầy tới cuối vụ."], "related": lambda rl: rl[:3]},
                 notes="Press CMS (/<cat>/<yyyymm>/<slug>-<hex>/): time and date in two spans, time first '05:30' + 'Thứ Bảy, 27/04/2024' → 2024-04-27T05:30; '(Cập nhật: 07:12 27/04/2024)' → updated_at (JSON-LD Z times agree). Author box AFTER the text: avatar, linked name 'Nguyễn Thùy Dung' and the newspaper department 'Ban Thời sự' in its own span → author + author_unit (a newsroom department is a unit). Two figcaptions, tags, reader comments with later times, crumb 'Kinh tế › Nông nghiệp' → deepest level.",
                 readme="Newspaper press CMS: time span + 'Thứ Bảy, dd/mm/yyyy' span, '(Cập nhật: …)', author box after the text with avatar + newsroom department 'Ban Thời sự' as unit")


# ===================================================================== 7 radio-TV: 'Thứ Ba, dd/mm/yyyy HH:MM:SS', video, 'Thực hiện: A - B' + '(unit)' in a separate em
A7 = Art("Lạc Sơn: Khẩn trương di dời 37 hộ dân ra khỏi vùng nguy cơ sạt lở",
         "Trước diễn biến mưa lớn kéo dài, huyện Lạc Sơn đã di dời khẩn cấp 37 hộ dân ở các xóm vùng cao có nguy cơ sạt lở đất đến nơi ở an toàn.",
         [("p", "Tại xóm Khộp, xã Quý Hòa, vết nứt dài hơn 40 m xuất hiện trên sườn đồi phía sau khu dân cư. Lực lượng dân quân, công an xã đã giúp 12 hộ tháo dỡ, vận chuyển đồ đạc đến nhà văn hóa xóm."),
          ("p", "Các hộ còn lại được bố trí ở tạm nhà người thân hoặc được hỗ trợ thuê nhà, mỗi hộ 1,5 triệu đồng/tháng trong thời gian chờ bố trí tái định cư."),
          ("p", "Lãnh đạo UBND huyện cho biết, huyện đã đề xuất tỉnh bố trí 18 tỷ đồng xây dựng khu tái định cư tập trung tại xã Quý Hòa, dự kiến khởi công trong quý IV/2024.")])


def page07():
    pub = T("2024-09-10 20:15:30")

    def main(rng, rl, rd):
        return (f'<div class="video-detail"><div class="vd-kicker"><a href="/tin-tuc/thoi-su">Thời sự</a></div><h1 class="vd-title">{esc(A7.title)}</h1>'
                f'<div class="vd-time">{wd(pub)}, 10/09/2024 20:15:30</div>'
                f'<div class="vd-player"><video id="player" controls preload="none" poster="/Upload/video/2024/9/10/lac-son-sat-lo.jpg"><source src="https://media.hasonbinhtv.vn/vod/2024/09/10/lac-son-sat-lo.mp4" type="video/mp4" /></video>'
                f'<span class="vd-duration">02:48</span></div>'
                f'<div class="vd-sapo"><p>{esc(A7.lead)}</p></div><div class="vd-content">{A7.render()}'
                f'<p class="vd-credit" style="text-align:right"><strong>Thực hiện: Minh Tuấn - Hoàng Anh</strong> <em>(Trung tâm VH-TT-TT huyện Lạc Sơn)</em></p></div>'
                f'{share("vd-share")}'
                f'<div class="vd-replay"><h3>Xem lại</h3><ul>'
                + "".join(f'<li><a href="/video/{slug(t)}"><img src="/thumb/{hexid(rng, 10)}.jpg" alt="" /><span class="dur">0{rng.randint(1, 5)}:{rng.randint(10, 59)}</span>'
                          f'<span class="t">{esc(t)}</span></a> <span class="d">{dmy(d)}</span></li>' for t, d in zip(rl, rd))
                + '</ul></div></div>')

    def top(rng, pub):
        today = pub + timedelta(hours=15)
        return (f'<div class="hsb-top"><img src="/Content/hsbtv/logo.png" alt="Đài PT-TH Hà Sơn Bình" />{clock(today, "hom_nay", "hsb-today")}'
                f'<div class="hsb-live"><a href="/truc-tuyen/hsbtv1">HSBTV1</a> <a href="/truc-tuyen/hsbtv2">HSBTV2</a> <a href="/truc-tuyen/radio">FM 102,2 MHz</a></div></div>')

    def side(rng, pub):
        return ('<div class="hsb-podcast"><h3>Podcast</h3><ul><li><a href="#">Câu chuyện nông thôn (12:40)</a></li><li><a href="#">Pháp luật và đời sống (09:15)</a></li></ul></div>'
                + '<div class="hsb-lps"><h3>Lịch phát sóng HSBTV1</h3><ul><li>19:00 Tiếp sóng Thời sự VTV</li><li>19:45 Thời sự Hà Sơn Bình</li><li>20:30 Dân tộc và miền núi</li></ul></div>'
                + side_std(rng, pub, "Xem nhiều", fmt=lambda d: dmy(d) + " " + hm(d)))
    head = jsonld({"@context": "https://schema.org", "@type": "VideoObject", "name": A7.title, "description": A7.lead,
                   "uploadDate": "2024-09-10T19:40:00+07:00", "duration": "PT2M48S", "thumbnailUrl": "https://hasonbinhtv.vn/Upload/video/2024/9/10/lac-son-sat-lo.jpg"})
    return _page("s13-07", family="ptth_video_weekday_seconds_thuc_hien_names_em_paren_unit", name="hasonbinh-ptth-video-thu-ba-dd-mm-yyyy-hh-mm-ss-videoobject-upload-earlier-thuc-hien-two-names-em-unit",
                 url="https://hasonbinhtv.vn/tin-tuc/thoi-su/lac-son-khan-truong-di-doi-37-ho-dan-ra-khoi-vung-nguy-co-sat-lo-t3921.html", art=A7, main_fn=main, pub=pub, prefix="hsb", kb=165,
                 org="Đài Phát thanh và Truyền hình Hà Sơn Bình", addr="Số 1 đường Trần Hưng Đạo, TP Hòa Bình, tỉnh Hà Sơn Bình", phone="0218.3852.671",
                 crumbs='<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/tin-tuc/thoi-su">Thời sự</a></li></ol>',
                 top=top, side=side, shell_kw={"layout": "bootstrap", "items": MENU_NEWS, "head_extra": head},
                 exp=expected(A7, iso(pub), author="Minh Tuấn, Hoàng Anh", unit="Trung tâm VH-TT-TT huyện Lạc Sơn", category="Thời sự"),
                 traps={"bylines": ["Thực hiện: Minh Tuấn - Hoàng Anh"], "chrome": ["Xem lại", "Lịch phát sóng HSBTV1", "Podcast", "02:48"], "related": lambda rl: rl[:3]},
                 notes="Radio-TV video page: 'Thứ Ba, 10/09/2024 20:15:30' (weekday, seconds printed) → 2024-09-10T20:15:30+07:00; VideoObject uploadDate 19:40 (the upload before the evening bulletin) is not the shown stamp. Video duration 02:48 under the player. Text under the video: plain sapo div (lead) + 3 paragraphs. Credit 'Thực hiện: Minh Tuấn - Hoàng Anh' in bold with '(Trung tâm VH-TT-TT huyện Lạc Sơn)' in a separate italic element → two authors sharing the district media centre as unit. No images/captions. Replay list with durations.",
                 readme="Radio-TV video 'Thứ Ba, dd/mm/yyyy HH:MM:SS' (seconds kept), VideoObject uploadDate earlier, 'Thực hiện: A - B' bold + '(district media centre)' italic → two authors, one unit")


# ===================================================================== 8 Ban Tuyên giáo study article: 'Thượng tá, TS. Name' + unit line under the title (TWIST)
A8 = Art("Phát huy vai trò lực lượng vũ trang tỉnh trong bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
         "Không gian mạng đang trở thành mặt trận mới trong cuộc đấu tranh bảo vệ nền tảng tư tưởng của Đảng. Bài viết nêu một số kết quả và kinh nghiệm của lực lượng vũ trang tỉnh trong thời gian qua.",
         [("h", "Những kết quả bước đầu"),
          ("p", "Những năm qua, Đảng ủy Quân sự tỉnh đã thành lập Tổ công tác đặc biệt với 45 thành viên là cán bộ chính trị, cán bộ trẻ có trình độ công nghệ thông tin; mỗi cơ quan, đơn vị đều có trang thông tin, nhóm Zalo để đăng tải thông tin tích cực."),
          ("p", "Năm 2023, lực lượng này đã đăng tải, chia sẻ hơn 12.000 tin, bài, video; phát hiện và báo cáo gần 300 đường dẫn có nội dung xấu, độc để cơ quan chức năng xử lý."),
          ("img", "/upload/2024/05/to-cong-tac-dac-biet.jpg", "Cán bộ Tổ công tác đặc biệt trao đổi kinh nghiệm nghiệp vụ"),
          ("h", "Một số kinh nghiệm"),
          ("p", "Một là, phải thường xuyên bồi dưỡng kỹ năng nhận diện, phản bác thông tin sai trái cho đội ngũ cán bộ, chiến sĩ, nhất là lực lượng dân quân ở các xã biên giới."),
          ("p", "Hai là, kết hợp chặt chẽ giữa đấu tranh trên không gian mạng với công tác dân vận trực tiếp, để người dân hiểu đúng chủ trương, chính sách và không nghe theo kẻ xấu."),
          ("p", "Ba là, chủ động phối hợp với công an, ban tuyên giáo các cấp trong nắm bắt tình hình dư luận, tránh bị động, bất ngờ.")])


def page08():
    pub = T("2024-05-31 10:02")

    def main(rng, rl, rd):
        return (f'<div class="detail-wrap"><h1 class="detail-title">{esc(A8.title)}</h1>'
                f'<div class="detail-meta"><span class="d">31/05/2024 | 10:02</span> <span class="v">Lượt đọc: 421</span></div>'
                f'<div class="detail-author" style="text-align:right"><strong>Thượng tá, TS. Phan Đình Khôi</strong><br /><em>Trường Quân sự tỉnh Gia Lai - Kon Tum</em></div>'
                f'<div class="detail-sapo"><strong><em>{esc(A8.lead)}</em></strong></div>'
                f'<div class="detail-content">{A8.render(img=pcap, h=lambda t: f"<h3>{esc(t)}</h3>")}</div>'
                f'<div class="detail-tools"><a href="#">In bài</a> <a href="#">Gửi bài viết</a> <a href="#">Lên đầu trang</a></div>'
                f'<div class="detail-rel"><h3>Bài cùng chuyên mục</h3>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/nghien-cuu-trao-doi/{s}-n{n}.html", cls="cungcm")}</div></div>')

    def left(rng, pub):
        return ('<div class="btg-leftmenu"><h3>Chuyên mục</h3><ul><li><a href="#">Tin hoạt động</a></li><li class="active"><a href="#">Nghiên cứu - Trao đổi</a></li>'
                '<li><a href="#">Bảo vệ nền tảng tư tưởng của Đảng</a></li><li><a href="#">Báo cáo viên</a></li><li><a href="#">Dư luận xã hội</a></li><li><a href="#">Lịch sử Đảng bộ</a></li></ul></div>')

    def top(rng, pub):
        today = pub + timedelta(days=4)
        return (f'<div class="btg-gl-head"><img src="/images/logo-btg-gialaikontum.png" alt="Ban Tuyên giáo Tỉnh ủy Gia Lai - Kon Tum" />'
                f'<span class="today">{esc(wd(today))}, ngày {dmy(today)}</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Bài đọc nhiều", cls="docnhieu", n=5)
                + '<div class="tltt"><h3>Tài liệu tuyên truyền</h3><ul><li><a href="#">Đề cương tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ</a></li><li><a href="#">Tài liệu sinh hoạt chi bộ tháng 6/2024</a></li></ul></div>')
    return _page("s13-08", family="btg_study_rank_plus_degree_byline_under_title", name="gialaikontum-btg-nghien-cuu-thuong-ta-comma-ts-name-br-em-unit-under-title-date-pipe-time-h3-subheads",
                 url="https://tuyengiao.gialaikontum.dcs.vn/nghien-cuu-trao-doi/phat-huy-vai-tro-luc-luong-vu-trang-trong-bao-ve-nen-tang-tu-tuong-cua-dang-n2741.html", art=A8, main_fn=main, pub=pub, prefix="btggl", kb=130,
                 org="Ban Tuyên giáo Tỉnh ủy Gia Lai - Kon Tum", addr="Số 2 Hùng Vương, TP Pleiku, tỉnh Gia Lai - Kon Tum", phone="0269.3824.207",
                 crumbs='<div class="crumb"><a href="/">Trang chủ</a> &gt; <a href="/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></div>',
                 top=top, side=side, shell_kw={"layout": "threecol", "left": left, "title": A8.title},
                 exp=expected(A8, iso(pub), author="TS. Phan Đình Khôi", unit="Trường Quân sự tỉnh Gia Lai - Kon Tum", category="Nghiên cứu - Trao đổi"),
                 traps={"bylines": ["Thượng tá, TS. Phan Đình Khôi"], "chrome": ["Lượt đọc: 421", "Bài cùng chuyên mục", "Tài liệu tuyên truyền", "Lên đầu trang"], "related": lambda rl: rl[:3]},
                 notes="TWIST: study article whose byline (right, under the stamp, above the sapo) combines a military rank and an academic degree: bold 'Thượng tá, TS. Phan Đình Khôi' <br> italic 'Trường Quân sự tỉnh Gia Lai - Kon Tum' → the rank is dropped (as ranks always are) and the degree kept: author 'TS. Phan Đình Khôi', unit the school line. '31/05/2024 | 10:02' + read counter; bold-italic sapo = lead; h3 sub-heads are body; three-column layout with a left category menu (the active item repeats the crumb).",
                 readme="TWIST rank + degree in one byline 'Thượng tá, TS. Name' <br> unit, under the title → rank dropped, degree kept; 'dd/mm/yyyy | HH:MM', h3 sub-heads, three-column layout")


# ===================================================================== 9 DNN Sở KH&CN: en 12h stamp, table in the text, 'ThS. Name và cộng sự' + '(unit)' (TWIST)
A9 = Art("Ứng dụng chế phẩm sinh học xử lý phụ phẩm chè làm phân bón hữu cơ",
         "Kết quả thực hiện nhiệm vụ khoa học cấp tỉnh cho thấy, việc ủ phụ phẩm chè bằng chế phẩm vi sinh giúp rút ngắn thời gian ủ từ 90 ngày xuống còn 35 - 40 ngày, phân thành phẩm đạt tiêu chuẩn phân bón hữu cơ theo quy định.",
         [("p", "Nhiệm vụ được triển khai từ năm 2022 tại 3 hợp tác xã chè ở các huyện Thanh Sơn, Tân Sơn và Yên Lập, với quy mô 120 tấn phụ phẩm mỗi năm."),
          ("p", "Nhóm thực hiện đã phân lập, tuyển chọn 4 chủng vi sinh vật có khả năng phân giải xenlulo cao, phối trộn thành chế phẩm dạng bột dễ bảo quản, giá thành khoảng 45.000 đồng/kg."),
          ("table", [["Chỉ tiêu", "Ủ thông thường", "Ủ có chế phẩm"], ["Thời gian ủ", "90 ngày", "35 - 40 ngày"], ["Hàm lượng hữu cơ", "18%", "24%"]]),
          ("img", "/Portals/0/Images/2024/07/u-phu-pham-che-minh-dai.jpg", "Mô hình ủ phụ phẩm chè bằng chế phẩm vi sinh tại Hợp tác xã chè Minh Đài, huyện Tân Sơn"),
          ("p", "Bón phân hữu cơ từ phụ phẩm chè cho năng suất chè búp tươi tăng 8 - 11% so với đối chứng, đồng thời giảm 30% lượng phân bón hóa học."),
          ("p", "Hội đồng khoa học cấp tỉnh đã nghiệm thu nhiệm vụ, xếp loại đạt và đề nghị chuyển giao kết quả cho các hợp tác xã, tổ hợp tác sản xuất chè trên địa bàn tỉnh.")])


def page09():
    pub = T("2024-07-18 08:20")
    m = "dnn_ctr544_ViewArticle"

    def img(s, c, n):
        return (f'<div class="image-center" style="text-align:center"><img src="{s}" alt="{esc(c, True)}" width="560" />'
                f'<div class="image-caption"><em>{esc(c)}</em></div></div>')

    def main(rng, rl, rd):
        return (f'<div class="DnnModule DnnModule-NewsArticle DnnModule-544"><a name="544"></a><div class="c-container"><div class="c-title"><span id="dnn_ctr544_dnnTITLE_titleLabel" class="Head">Chi tiết tin</span></div>'
                f'<div id="dnn_ctr544_ContentPane" class="c-content"><div id="dnn_ctr544_ModuleContent" class="DNNModuleContent ModNewsArticleC">'
                f'<div class="article"><h1 id="{m}_lblTitle" class="art-title">{esc(A9.title)}</h1>'
                f'<div class="art-info">Ngày đăng: <span id="{m}_lblDate">18/07/2024 08:20 AM</span> &nbsp; <span id="{m}_lblHits">Lượt xem: 235</span></div>'
                f'<div id="{m}_pnlSummary" class="art-summary"><strong>{esc(A9.lead)}</strong></div>'
                f'<div id="{m}_pnlContent" class="art-content">{A9.render(img=img)}'
                f'<p style="text-align:right"><strong>ThS. Lê Thị Thu Hằng và cộng sự</strong><br /><em>(Trung tâm Ứng dụng tiến bộ khoa học và công nghệ)</em></p></div>'
                f'<div class="art-tool"><a id="{m}_lnkPrint" href="javascript:__doPostBack(\'dnn$ctr544$ViewArticle$lnkPrint\',\'\')">In</a> | <a href="#">Gửi email</a></div>'
                f'<div class="art-other"><div class="art-other-title">Các tin khác</div>{rel(rng, rl, rd, lambda d: "(" + dmy(d) + ")", href="/Default.aspx?tabid=84&amp;ArticleId={n}", cls="other")}</div>'
                f'</div></div></div></div></div>')

    def top(rng, pub):
        today = pub + timedelta(days=1, hours=5)
        return (f'<div class="skhcn-top"><img src="/Portals/_default/Skins/SKHCN/images/banner.png" alt="Sở Khoa học và Công nghệ tỉnh Vĩnh Phú" />'
                f'<span class="today">{esc(wd(today))}, {dmy(today)} {today.strftime("%I:%M %p")}</span></div>')

    def side(rng, pub):
        return (side_std(rng, pub, "Thông báo", cls="tb", n=4)
                + '<div class="skhcn-box"><h3>Nhiệm vụ KH&amp;CN</h3><ul><li><a href="#">Danh mục nhiệm vụ năm 2025 (hạn nộp hồ sơ 30/08/2024)</a></li><li><a href="#">Kết quả nghiệm thu</a></li><li><a href="#">Sở hữu trí tuệ</a></li></ul></div>'
                + '<div class="skhcn-box"><h3>Tiêu chuẩn - Đo lường - Chất lượng</h3><ul><li><a href="#">Tra cứu tiêu chuẩn</a></li><li><a href="#">Mã số mã vạch</a></li></ul></div>')
    crumbs = '<div class="breadcrumb-dnn"><span id="dnn_dnnBreadcrumb_lblBreadCrumb"><a href="/" class="SkinObject">Trang chủ</a> › <a href="/Default.aspx?tabid=80" class="SkinObject">Tin tức</a> › <a href="/Default.aspx?tabid=84" class="SkinObject">Chuyển giao công nghệ</a></span></div>'
    return _page("s13-09", family="department_dnn_degree_name_va_cong_su_paren_unit", name="vinhphu-skhcn-dnn-chi-tiet-tin-container-ngay-dang-dd-mm-yyyy-hh-mm-am-table-in-text-ths-name-va-cong-su-br-paren-unit",
                 url="https://skhcn.vinhphu.gov.vn/Default.aspx?tabid=84&ArticleId=2219", art=A9, main_fn=main, pub=pub, prefix="dnnk", kb=185,
                 org="Sở Khoa học và Công nghệ tỉnh Vĩnh Phú", addr="Số 1126 đại lộ Hùng Vương, TP Việt Trì, tỉnh Vĩnh Phú", phone="0210.3846.271",
                 crumbs=crumbs, top=top, side=side, shell_kw={"layout": "dnn", "form": True, "dnn": True, "items": MENU_GOV, "title": "Chuyển giao công nghệ"},
                 exp=expected(A9, iso(pub), author="ThS. Lê Thị Thu Hằng", unit="Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", category="Chuyển giao công nghệ"),
                 traps={"bylines": ["và cộng sự"], "chrome": ["Chi tiết tin", "Lượt xem: 235", "Các tin khác", "Nhiệm vụ KH&CN"], "dates": ["30/08/2024"], "related": lambda rl: rl[:3]},
                 notes="TWIST: byline 'ThS. Lê Thị Thu Hằng và cộng sự' <br> '(Trung tâm Ứng dụng tiến bộ khoa học và công nghệ)' — 'và cộng sự' ('and colleagues') names no one → author 'ThS. Lê Thị Thu Hằng' (degree kept), unit without parentheses. DNN: container title 'Chi tiết tin' is not a category (breadcrumb last level 'Chuyển giao công nghệ' is); 'Ngày đăng: 18/07/2024 08:20 AM' (day first, English AM) → 08:20. Result table in the text (rows → ' | ' paragraphs), caption div under the image, header clock with a 12-hour time of the next day.",
                 readme="TWIST 'ThS. Name và cộng sự' <br> '(unit)' → the named writer only; DNN 'Chi tiết tin' container, 'dd/mm/yyyy hh:mm AM', results table in the text")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
