"""Set 36 pages 1-9: the HARD everyday cases on the common products of shared/research/vn-sites.md, in versions,
themes, modules and page layouts sets 26-35 did not use (NukeViet 4.1 on a '.dcs.vn' internal site, NukeViet 4.5
under a veterans' theme with a two-digit year, Liferay 5.2's Journal Content, SharePoint 2013's stock ArticleLeft page
layout, DNN 10 with OpenContent, WordPress + Twenty Twenty-One and + Foxiz, Joomla 1.5, Joomla 4 + T4): a signed-in
reader's name in the header, update-only stamps, stamps after the text, an en-US date field, 12-hour clocks, a Latest
Posts block inside the text, several writers with units, accounts that are not authors, captions in several markups,
boxes in the text, previous / next links, a table of contents.
Two pages of this module carry a twist (page 4: an en-US 'M/d/yyyy' date field on a site whose reader expects
day/month; page 8: a hidden block of spam links injected inside the text of a hacked Joomla 1.5 site); the third twist
is in gen/p_02_more.py."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads14, past, expected, slug, hexid, alnum, b64blob, dump, twelve, cookie_banner
from .kit import links_box, poll, og, jsonld, comments
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other34, other_items, WRITERS34, WRITERS33


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def nvd(d):
    """NukeViet default 'l - d/m/Y H:i' ('Thứ sáu - 17/04/2026 10:05')."""
    return f"{wd(d, lower=True)} - {dmy(d)} {hm(d)}"


def ticker(rng, pub, fmt, n=6, label="Tin mới"):
    ts = heads14(rng, n)
    li = "".join(f'<li><a href="/tin-tuc/{slug(t)[:50]}.html">{esc(t)}</a> <i>({esc(fmt(d))})</i></li>' for t, d in zip(ts, past(pub, rng, n, 0, 6)))
    return f'<div class="ticker"><span class="ticker-label">{esc(label)}</span><marquee scrollamount="3"><ul>{li}</ul></marquee></div>'


VI_MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def jdate(d):
    """Joomla vi-VN 'l, d F Y H:i' ('Thứ năm, 19 Tháng 3 2026 08:30')."""
    return f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"


def usd(d):
    """.NET en-US short date 'M/d/yyyy'."""
    return f"{d.month}/{d.day}/{d.year}"


MENU_PARTY = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các cơ quan tham mưu", "Tổ chức cơ sở đảng"]),
    ("Tin tức", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Tin cơ sở", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Cuộc thi"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Đảng ủy", "Hướng dẫn nghiệp vụ"]),
    ("Sinh hoạt chi bộ", ["Chuyên đề", "Tài liệu sinh hoạt", "Hỏi đáp nghiệp vụ"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic"]),
]


# ===================================================================== 1 Đảng ủy các cơ quan Đảng tỉnh An Giang: NukeViet 4.1 on the '.dcs.vn' internal site (noibo.angiang.dcs.vn, /vi/ prefix); a signed-in reader's name in the header; an injected 'Tin liên quan' list in the text; author line + source
A1 = Art("Đảng ủy các cơ quan Đảng tỉnh hướng dẫn sinh hoạt chi bộ chuyên đề quý II năm 2026",
         "Đảng ủy các cơ quan Đảng tỉnh vừa ban hành hướng dẫn sinh hoạt chi bộ chuyên đề quý II năm 2026 với chủ đề “Nâng cao tinh thần trách nhiệm, đổi mới phong cách làm việc của cán bộ, đảng viên sau sắp xếp tổ chức bộ máy”.",
         [("p", "Theo hướng dẫn, 74 chi bộ, đảng bộ cơ sở trực thuộc tổ chức sinh hoạt chuyên đề trong tháng 5 và tháng 6/2026, lồng ghép với sinh hoạt thường kỳ. Mỗi chi bộ lựa chọn từ 1 đến 2 nội dung sát với nhiệm vụ chính trị của cơ quan, đơn vị để thảo luận."),
          ("p", "Chi ủy chuẩn bị kỹ nội dung, phân công đảng viên chuẩn bị ý kiến trước; khuyến khích đảng viên trẻ, đảng viên mới kết nạp trình bày tham luận. Sau sinh hoạt, chi bộ ra nghị quyết hoặc kết luận với những việc làm cụ thể, có người chịu trách nhiệm và thời hạn hoàn thành."),
          ("img", "/uploads/news/2026_04/sinh-hoat-chuyen-de-chi-bo.jpg", "Một buổi sinh hoạt chuyên đề của chi bộ cơ quan Ban Tổ chức Tỉnh ủy"),
          ("raw", "TINLQ"),
          ("p", "Đảng ủy các cơ quan Đảng tỉnh sẽ thành lập 4 tổ dự sinh hoạt chi bộ, tập trung vào các chi bộ mới được hợp nhất, chi bộ có nhiều đảng viên công tác xa nơi cư trú; kết quả sinh hoạt chuyên đề là một tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng cuối năm."),
          ("p", "Các chi bộ gửi báo cáo kết quả về Văn phòng Đảng ủy trước ngày 10/7/2026 qua hệ thống văn bản điện tử của Đảng bộ tỉnh.")])
HOME1 = "Đồng chí Bí thư Đảng ủy các cơ quan Đảng tỉnh dự sinh hoạt chi bộ tại cơ sở"
BY1 = "Minh Trí"


def page01():
    pub = T("2026-04-17 10:05")
    site = "https://noibo.angiang.dcs.vn"
    url = f"{site}/vi/news/sinh-hoat-chi-bo/dang-uy-cac-co-quan-dang-tinh-huong-dan-sinh-hoat-chi-bo-chuyen-de-quy-ii-nam-2026-2217.html"
    rel = other34(random.Random("s36-01r"), 3)

    def img(s, c, n):
        return f'<p style="text-align:center"><img alt="{esc(c, True)}" src="{site}{s}" width="680" /></p><p style="text-align:center"><em>{esc(c)}</em></p>'

    def raw(x):
        li = "".join(f'<li><a href="{site}/vi/news/sinh-hoat-chi-bo/{slug(t)[:60]}-{2100 + i}.html">{esc(t)}</a></li>' for i, (t, s) in enumerate(rel))
        return f'<p><strong>Tin liên quan:</strong></p><ul class="tinlienquan">{li}</ul>'

    def main(rng, rl, rd):
        same = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{site}/vi/news/sinh-hoat-chi-bo/{slug(t)[:60]}.html">{esc(t)}</a> <em>({nvd(d)})</em></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{nvd(pub)}</span></div><div class="col-md-12"><ul class="list-inline text-right">'
                f'<li><a class="dimgray" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article left pointer"><img alt="{esc(HOME1, True)}" src="{site}/uploads/news/2026_04/bi-thu-du-sinh-hoat.jpg" width="460" class="img-thumbnail" />'
                f'<figcaption>{esc(HOME1)}</figcaption></figure><div class="hometext m-bottom"><strong>{esc(A1.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{A1.render(p=jp, img=img, raw=raw, sep="")}</div></div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>{BY1}</strong></p><p class="h5 text-right">Nguồn tin: <strong>Đảng ủy các cơ quan Đảng tỉnh</strong></p></div>'
                f'<div class="keywords"><em class="fa fa-tags">&nbsp;</em> Từ khóa: <a href="#">sinh hoạt chi bộ</a>, <a href="#">chuyên đề</a></div>'
                f'<div class="news-rating">Tổng số điểm của bài viết là: 41 trong 9 đánh giá</div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Tin cùng chuyên mục</strong></p><ul class="related">{same}</ul></div></div>')

    def side(rng, p):
        notes = "".join(f'<li><a href="{site}/vi/thong-bao/{slug(t)[:50]}.html">{esc(t)}</a> <span>{dmy(d)}</span></li>'
                        for t, d in zip(["Lịch họp Ban Thường vụ tháng 4/2026", "Thông báo tài khoản truy cập hệ thống văn bản mới", "Kế hoạch kiểm tra tài liệu mật quý II"], past(p, rng, 3, 0, 8)))
        return (f'<div class="block-notice panel"><h3>Thông báo nội bộ</h3><ul>{notes}</ul></div>'
                + mostread(rng, p, nvd, "Tin xem nhiều", "block-xemnhieu", 6, writer_fmt="Tác giả: {w}")
                + vb_box(["Hướng dẫn 12-HD/ĐUCQ về sinh hoạt chi bộ", "Kế hoạch kiểm tra, giám sát năm 2026", "Quy chế làm việc Ban Chấp hành Đảng bộ khóa I"], "Văn bản mới", "block-vb"))

    def top(rng, p):
        return (f'<div class="logo"><a href="/vi/"><img src="/themes/noibo/images/banner-dangbo.png" alt="Trang thông tin nội bộ Đảng bộ tỉnh An Giang" /></a></div>'
                f'<div class="header-today"><em class="fa fa-clock-o">&nbsp;</em> {nvd(p + timedelta(days=1, hours=6, minutes=31))}</div>')

    userbar = ('<div class="wraper"><span class="user-hello"><em class="fa fa-user">&nbsp;</em> Xin chào: <strong>Trần Văn Lợi</strong> (tranvanloi.vptu)</span> '
               '| <a href="/vi/users/editinfo/">Thông tin tài khoản</a> | <a href="/vi/users/logout/">Thoát</a></div>')
    crumbs = ('<ul class="breadcrumbs list-none"><li><a href="/vi/"><span>Trang nhất</span></a></li><li><a href="/vi/news/"><span>Tin tức</span></a></li>'
              '<li><a href="/vi/news/sinh-hoat-chi-bo/"><span>Sinh hoạt chi bộ</span></a></li></ul>')
    head = (og(A1.title, url, {"og:description": A1.lead}) + '<meta name="generator" content="NukeViet v4.1" /><meta name="robots" content="noindex, nofollow" />'
            + '<script>var nv_siteroot="/",nv_sitelang="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_url="/vi/news/",nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_a9x",nv_check_pass_mstime=1738000;</script>')
    return page("s36-01", family="province_agencies_party_dcs_internal_nukeviet41_signed_in_reader_tin_lien_quan_list",
                name="angiang-noibo-dcs-vn-nukeviet41-vi-prefix-signed-in-bar-xin-chao-reader-name-h1-title-weekday-dd-mm-yyyy-hh-mm-homeimg-figcaption-bold-hometext-centred-em-caption-tin-lien-quan-list-in-text-author-field-nguon-tin",
                url=url, art=A1, main_fn=main, pub=pub, prefix="nbag", kb=176,
                org="Đảng ủy các cơ quan Đảng tỉnh An Giang", addr="Số 2 đường Tôn Đức Thắng, phường Long Xuyên, tỉnh An Giang", phone="0296.3852.417",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv41_dcs", "head_extra": head, "title": A1.title + " - Sinh hoạt chi bộ - Trang thông tin nội bộ", "items": MENU_PARTY, "left": userbar},
                exp=expected(A1, iso(pub), author=BY1, category="Sinh hoạt chi bộ", captions=[HOME1] + A1.captions),
                traps={"accounts": ["Trần Văn Lợi", "tranvanloi.vptu"], "source": ["Nguồn tin: Đảng ủy các cơ quan Đảng tỉnh"],
                       "boxes": ["Tin liên quan:"] + [t for t, s in rel], "chrome": ["Tin cùng chuyên mục", "Thông báo nội bộ", "Tin xem nhiều"],
                       "related": lambda rl: rl[:5]},
                notes="A NukeViet 4.1 page on a '.dcs.vn' INTERNAL site (noibo.<province>.dcs.vn, the /vi/ language prefix, noindex; vn-sites.md names noibo.kiengiang.dcs.vn among NukeViet sites): the saved page was fetched by a signed-in reader, so the header bar prints 'Xin chào: Trần Văn Lợi (tranvanloi.vptu)' — the READER's account, not the author (set 27: accounts are not authors). Stamp 'Thứ sáu - 17/04/2026 10:05' → T10:05 (the header clock prints the crawl moment in the same shape). Bold hometext = lead. The editors pasted a 'Tin liên quan:' label and a list of three links INSIDE #news-bodyhtml, between the picture and the next paragraph → not body (set 24). The template's author line 'Minh Trí' → author; 'Nguồn tin: Đảng ủy các cơ quan Đảng tỉnh' is a source (set 13) → unit null. Captions: the homeimg figcaption, then a centred <em>. Category 'Sinh hoạt chi bộ' (crumb).",
                readme="NukeViet 4.1 on a '.dcs.vn' INTERNAL site (noibo…dcs.vn, /vi/ prefix), a guidance on themed cell meetings: a signed-in bar printing the READER's name ('Xin chào: Trần Văn Lợi'); 'Thứ sáu - 17/04/2026 10:05'; bold hometext; homeimg figcaption + centred <em>; an injected 'Tin liên quan:' list INSIDE the text; author line + 'Nguồn tin:' source; notices and most-read boxes with stamps in the item's shape")


# ===================================================================== 2 Hội Cựu chiến binh tỉnh Lạng Sơn: NukeViet 4.5, a veterans' vendor theme; time-first stamp with a TWO-DIGIT year; 'CCB' prefix; 'Đọc thêm' box with a sapo; previous / next links
A2 = Art("Hội Cựu chiến binh xã Hoàng Văn Thụ nhân rộng mô hình “Cựu chiến binh giúp nhau làm kinh tế”",
         "Sau hai năm triển khai, mô hình “Cựu chiến binh giúp nhau làm kinh tế” ở xã Hoàng Văn Thụ đã giúp 37 hội viên thoát nghèo, 12 hộ vươn lên khá giả; Hội Cựu chiến binh tỉnh đề nghị nhân rộng mô hình ra các xã biên giới.",
         [("p", "Mô hình do Hội Cựu chiến binh xã khởi xướng từ đầu năm 2024, với 9 tổ hội nghề nghiệp trồng hồi, quế, chăn nuôi lợn đen và làm dịch vụ vận tải. Các hội viên có kinh nghiệm nhận kèm cặp hội viên khó khăn, góp vốn, góp công, chia sẻ giống cây, con và cách làm."),
          ("img", "/uploads/news/2026_03/vuon-hoi-ccb-hoang-van-thu.jpg", "Hội viên Cựu chiến binh xã Hoàng Văn Thụ chăm sóc vườn hồi"),
          ("p", "Đến nay, tổng số vốn hội viên giúp nhau đạt hơn 1,8 tỷ đồng, cùng 2.400 ngày công lao động. Nhiều hội viên từng là hộ nghèo nay đã có vườn quế, vườn hồi cho thu nhập ổn định từ 80 đến 120 triệu đồng mỗi năm."),
          ("raw", "DOCTHEM"),
          ("p", "Tại buổi sơ kết, đồng chí Chủ tịch Hội Cựu chiến binh tỉnh ghi nhận cách làm sáng tạo, phù hợp với đặc điểm xã biên giới sau sắp xếp; đề nghị Hội Cựu chiến binh các xã, phường học tập, vận dụng, gắn mô hình với phong trào thi đua “Cựu chiến binh gương mẫu”."),
          ("img", "/uploads/news/2026_03/trao-giay-khen-mo-hinh.jpg", "Trao giấy khen cho các tổ hội tiêu biểu trong thực hiện mô hình"),
          ("p", "Dịp này, Hội Cựu chiến binh tỉnh trao giấy khen cho 5 tập thể, 11 cá nhân có thành tích xuất sắc trong triển khai mô hình.")])
BY2, UNIT2 = "Hoàng Văn Páo", "Hội CCB xã Hoàng Văn Thụ"
DT2 = ("Cựu chiến binh tham gia bảo vệ đường biên, cột mốc",
       "Hơn 600 hội viên Cựu chiến binh các xã biên giới đã tham gia tổ tự quản đường biên, cột mốc, phối hợp với đồn biên phòng tuần tra 1.200 lượt trong năm 2025.")


def page02():
    pub = T("2026-03-12 08:45")
    site = "https://cuuchienbinhlangson.org.vn"
    url = f"{site}/tin-tuc/hoat-dong-hoi-co-so/hoi-cuu-chien-binh-xa-hoang-van-thu-nhan-rong-mo-hinh-cuu-chien-binh-giup-nhau-lam-kinh-te-1288.html"

    def st(d):
        return f"{hm(d)} {d.day:02d}/{d.month:02d}/{d.year % 100:02d}"

    def img(s, c, n):
        return f'<figure class="image"><img alt="{esc(c, True)}" height="450" src="{site}{s}" width="680" /><figcaption>{esc(c)}</figcaption></figure>'

    def raw(x):
        return (f'<div class="docthem" style="border-left:4px solid #2e7d32;background:#f3f8f3;padding:10px 14px;margin:12px 0"><p class="docthem-label"><strong>ĐỌC THÊM</strong></p>'
                f'<p><a href="{site}/tin-tuc/bien-gioi/{slug(DT2[0])}-1201.html"><strong>{esc(DT2[0])}</strong></a></p><p class="docthem-sapo">{esc(DT2[1])}</p></div>')

    def main(rng, rl, rd):
        return (f'<div class="news-detail ccb-box"><h1 class="title ccb-title">{esc(A2.title)}</h1>'
                f'<div class="ccb-meta"><span class="ccb-time"><em class="fa fa-clock-o">&nbsp;</em> {st(pub)}</span> <span class="ccb-view"><em class="fa fa-eye">&nbsp;</em> 418</span>'
                f'<span class="ccb-tools"><a href="#" title="In bài">In bài</a> <a href="#" title="Gửi email">Gửi email</a></span></div>'
                f'<div class="hometext"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext">{A2.render(p=jp, img=img, raw=raw, sep="")}'
                f'<p style="text-align:right"><strong>CCB {BY2} - {UNIT2}</strong></p></div>'
                f'<div class="ccb-prevnext clearfix"><div class="pull-left">« Bài trước: <a href="{site}/tin-tuc/hoat-dong-hoi-co-so/{slug(rl[0])}.html">{esc(rl[0])}</a></div>'
                f'<div class="pull-right">Bài sau: <a href="{site}/tin-tuc/hoat-dong-hoi-co-so/{slug(rl[1])}.html">{esc(rl[1])}</a> »</div></div>'
                f'<div class="ccb-other"><h3 class="ccb-other-title">Các tin khác</h3><ul>'
                + "".join(f'<li><a href="{site}/tin-tuc/hoat-dong-hoi-co-so/{slug(t)[:60]}.html">{esc(t)}</a> <span class="time">{st(d)}</span></li>' for t, d in zip(rl[2:7], rd[1:]))
                + '</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, st, "Đọc nhiều nhất", "ccb-most", 6, writer_fmt="CCB {w}")
                + poll("Theo đồng chí, mô hình nào giúp hội viên phát triển kinh tế hiệu quả nhất?", ["Tổ hội nghề nghiệp", "Quỹ hội viên giúp nhau", "Liên kết với hợp tác xã"], "ccb-poll"))

    def top(rng, p):
        return '<div class="logo"><img src="/themes/ccb/images/banner-ccb.png" alt="Hội Cựu chiến binh tỉnh Lạng Sơn" /></div>'

    def left(rng, p):
        now = p + timedelta(days=2, hours=1, minutes=10)
        return f'<div class="container"><span class="today">Hôm nay: {wd(now, lower=True)}, {st(now)}</span>{ticker(rng, p, st, 5, "Tin mới")}</div>'

    crumbs = ('<ul class="breadcrumbs list-none"><li><a href="/"><span>Trang nhất</span></a></li><li><a href="/tin-tuc/"><span>Tin tức</span></a></li>'
              '<li><a href="/tin-tuc/hoat-dong-hoi-co-so/"><span>Hoạt động Hội cơ sở</span></a></li></ul>')
    head = (og(A2.title, url, {"og:description": A2.lead}) + '<meta name="generator" content="NukeViet v4.5" />'
            + '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="tin-tuc",nv_func_name="detail",nv_my_ofs=7,nv_my_abbr="ICT",nv_date_format="H:i d/m/y";</script>')
    return page("s36-02", family="veterans_association_nukeviet45_time_first_two_digit_year_ccb_prefix",
                name="langson-hoiccb-nukeviet45-veterans-theme-h1-hh-mm-dd-mm-yy-two-digit-year-header-clock-same-shape-bold-hometext-figure-figcaptions-doc-them-box-with-sapo-bold-right-ccb-name-dash-unit-prev-next-links",
                url=url, art=A2, main_fn=main, pub=pub, prefix="ccbls", kb=158,
                org="Hội Cựu chiến binh tỉnh Lạng Sơn", addr="Số 20 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn", phone="0205.3812.346",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv45_ccb", "head_extra": head, "items": MENU_MASS, "left": left},
                exp=expected(A2, iso(pub), author=BY2, unit=UNIT2, category="Hoạt động Hội cơ sở"),
                traps={"bylines": [f"CCB {BY2} - {UNIT2}"], "boxes": ["ĐỌC THÊM", DT2[0], DT2[1]], "prevnext": ["Bài trước:", "Bài sau:"],
                       "chrome": ["Các tin khác", "Đọc nhiều nhất"], "related": lambda rl: rl[:7]},
                notes="A veterans' vendor theme on NukeViet 4.5 whose site config sets the date format 'H:i d/m/y': the stamp '08:45 12/03/26' is TIME FIRST with a TWO-DIGIT YEAR → 2026-03-12T08:45:00+07:00 ('26' is 2026 — the header's 'Hôm nay' clock, the ticker, the most-read box and 'Các tin khác' print the same shape, two days later and earlier; a reader who takes '26' as 0026 or 1926, or the first stamp after the h1 wrongly, stores a wrong day). Bold hometext = lead. 'ĐỌC THÊM' box inside #news-bodyhtml with another item's headline AND sapo → not body (set 24). Bold right 'CCB Hoàng Văn Páo - Hội CCB xã Hoàng Văn Thụ' → author 'Hoàng Văn Páo' ('CCB' is a status prefix, dropped), unit 'Hội CCB xã Hoàng Văn Thụ'. Two CKEditor figure captions. Previous / next links ('Bài trước:', 'Bài sau:') are not body. Category 'Hoạt động Hội cơ sở' (crumb).",
                readme="NukeViet 4.5 under a veterans' vendor theme, a review of a mutual-help model: the stamp TIME FIRST with a TWO-DIGIT year '08:45 12/03/26' (the header clock, ticker and lists in the same shape); bold hometext; two CKEditor figcaptions; an 'ĐỌC THÊM' box with another item's sapo inside the text; bold right 'CCB Name - unit' (prefix dropped); 'Bài trước' / 'Bài sau' links")


# ===================================================================== 3 Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai: Liferay 5.2.3, Journal Content with a vendor template; the headline a span; ONLY an update stamp '(Cập nhật ngày …)'; 'Tin, ảnh:' credit; Asset Publisher of abstracts below
A3 = Art("Lan tỏa phong trào thi đua “Dân vận khéo” ở các xã vùng cao",
         "Năm 2025, các xã vùng cao của tỉnh đã xây dựng và công nhận 146 mô hình “Dân vận khéo”, trong đó nhiều mô hình gắn với phát triển kinh tế, giữ gìn bản sắc văn hóa và bảo đảm an ninh, trật tự ở thôn, bản.",
         [("p", "Ở xã Mường Khương, mô hình “Tổ vận động đồng bào dân tộc Mông xóa bỏ hủ tục trong đám tang” do các già làng, trưởng bản và người có uy tín làm nòng cốt đã giúp 100% đám tang trong xã thực hiện nếp sống mới, giảm chi phí bình quân từ 40 triệu đồng xuống còn khoảng 12 triệu đồng."),
          ("img", "/image/journal/article?img_id=885721&t=1736386200000", "Cán bộ dân vận xã Mường Khương trò chuyện với người dân thôn Lùng Khấu Nhin"),
          ("p", "Xã Bắc Hà chọn cách làm “vận động bằng việc làm cụ thể”: cán bộ, đảng viên nhận giúp đỡ 52 hộ nghèo chuyển đổi cây trồng sang mận tam hoa, chè Shan tuyết; đến cuối năm 2025 đã có 31 hộ thoát nghèo."),
          ("p", "Đánh giá phong trào, Ban Tuyên giáo và Dân vận Tỉnh ủy nhận định các mô hình đã thiết thực hơn, bám sát nhu cầu của Nhân dân; tuy vậy, một số nơi còn chạy theo số lượng, chưa có kế hoạch duy trì sau khi được công nhận."),
          ("img", "/image/journal/article?img_id=885734&t=1736386200000", "Người dân xã Bắc Hà thu hoạch chè Shan tuyết"),
          ("p", "Năm 2026, tỉnh phấn đấu mỗi xã, phường có ít nhất 3 mô hình “Dân vận khéo” được công nhận, ưu tiên các mô hình chuyển đổi số, hỗ trợ người dân sử dụng dịch vụ công trực tuyến.")])
BY3 = "Vàng Thị Mỷ"


def page03():
    pub = T("2026-01-09 08:30")
    site = "https://btgdv.laocai.gov.vn"
    url = f"{site}/web/guest/tin-tuc-su-kien/-/journal_content/56_INSTANCE_xK2d/10180/885702"

    def img(s, c, n):
        return (f'<div class="anh-bai" style="text-align:center"><img alt="" src="{site}{s}" style="width:600px" /></div>'
                f'<div class="chu-thich-anh" style="text-align:center;color:#555;font-size:12px">{esc(c)}</div>')

    def main(rng, rl, rd):
        abstr = other_items(rng, 4)
        ap = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{site}/web/guest/tin-tuc-su-kien/-/asset_publisher/Zk4m/content/{slug(t)[:50]}">{esc(t)}</a></h3>'
                     f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(d)} {hm(d)}</span></div><div class="asset-summary">{esc(s)}</div></div>'
                     for (t, s), d in zip(abstr, rd))
        return (f'<div class="portlet-topper"><span class="portlet-title">Tin tức - Sự kiện</span></div>'
                f'<div class="journal-content-article" id="article_10180_885702_1.3"><table class="khung-tin" width="100%" cellpadding="0" cellspacing="0"><tr><td>'
                f'<div class="tieude-tin"><span class="title-news">{esc(A3.title)}</span></div>'
                f'<div class="ngay-cap-nhat">(Cập nhật ngày {dmy(pub)} {hm(pub)})</div>'
                f'<div class="tomtat"><b>{esc(A3.lead)}</b></div>'
                f'<div class="noidung">{A3.render(p=jp, img=img, sep="")}<p style="text-align:right"><b>Tin, ảnh: {BY3}</b></p></div>'
                f'<div class="luot-xem">Lượt xem: 527</div></td></tr></table></div>'
                f'<div class="portlet-boundary portlet-boundary_101_" id="p_p_id_101_INSTANCE_Zk4m_"><div class="portlet-topper"><span class="portlet-title">Các tin khác</span></div>'
                f'<div class="portlet-body">{ap}<div class="taglib-page-iterator"><a href="#">Tiếp theo</a></div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, lambda d: f"(Cập nhật ngày {dmy(d)} {hm(d)})", "Tin đọc nhiều", "tin-doc-nhieu", 6, numbered=False)
                + links_box(["Tỉnh ủy Lào Cai", "Hội đồng nhân dân tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Báo và Phát thanh, Truyền hình Lào Cai"]))

    def top(rng, p):
        return (f'<table width="100%"><tr><td><img src="/html/themes/btg/images/banner.jpg" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai" /></td>'
                f'<td class="ngay-hom-nay" align="right">{wd(p + timedelta(days=3))}, ngày {dmy(p + timedelta(days=3))}</td></tr></table>')

    crumbs = ('<div class="breadcrumbs"><span class="first"><a href="/web/guest">Trang chủ</a></span> › <span><a href="/web/guest/tin-tuc-su-kien">Tin tức - Sự kiện</a></span> › '
              '<span class="last"><a href="/web/guest/dan-van-kheo">Dân vận khéo</a></span></div>')
    head = ('<script type="text/javascript">var themeDisplay={getCompanyId:function(){return "10112"},getPathThemeImages:function(){return "/html/themes/btg/images"},'
            'getLanguageId:function(){return "vi_VN"},getPlid:function(){return "10612"},getScopeGroupId:function(){return "10180"},isSignedIn:function(){return false}};'
            'var Liferay={version:"5.2.3",Portlet:{list:["56_INSTANCE_xK2d","101_INSTANCE_Zk4m"]}};</script>')
    return page("s36-03", family="propaganda_mass_mobilisation_board_liferay52_journal_content_update_only_stamp",
                name="laocai-btgdv-liferay523-journal-content-vendor-template-span-title-news-no-heading-cap-nhat-ngay-only-stamp-bold-tomtat-div-chu-thich-captions-bold-right-tin-anh-credit-asset-publisher-abstracts-below",
                url=url, art=A3, main_fn=main, pub=pub, prefix="btglc", kb=134,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai", addr="Đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai", phone="0214.3840.215",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "lr52", "head_extra": head, "items": MENU_PARTY},
                exp=expected(A3, iso(pub), author=BY3, photographer=BY3, category="Dân vận khéo"),
                traps={"bylines": [f"Tin, ảnh: {BY3}"], "chrome": ["Các tin khác", "Tin đọc nhiều", "Lượt xem: 527", "Tin tức - Sự kiện"],
                       "related": lambda rl: []},
                notes="Liferay Portal 5.2.3 (table layout, the Journal Content portlet 56 with a vendor's Velocity template): the headline is a span.title-news with no heading element (set 32); the generic portlet title 'Tin tức - Sự kiện' is not the category, the crumb's last level 'Dân vận khéo' is. The ONLY stamp is labelled '(Cập nhật ngày 09/01/2026 08:30)' → the publication (set 33: a page whose only stamp is labelled 'Cập nhật' publishes with it), updated null; the most-read box prints its entries' stamps in the very same '(Cập nhật ngày …)' shape, and the Asset Publisher below prints four other items' abstracts with their stamps (set 27). div.tomtat <b> = lead. Captions: two div.chu-thich-anh (not italic, small grey). 'Tin, ảnh: Vàng Thị Mỷ' → author and photographer.",
                readme="Liferay 5.2.3, Journal Content with a vendor template, a review of the 'Dân vận khéo' movement: the headline a SPAN (no heading) under a generic portlet title; ONLY an update-labelled stamp '(Cập nhật ngày 09/01/2026 08:30)', the most-read box in the same shape; bold div.tomtat; two plain div.chu-thich-anh captions; 'Tin, ảnh:'; an Asset Publisher of other items' abstracts below")


# ===================================================================== 4 Đảng ủy các cơ quan Đảng tỉnh Đồng Nai: SharePoint 2013, the stock ArticleLeft page layout on a site left in English (United States) regional settings: ArticleStartDate '5/6/2026' (TWIST); Byline field; image caption field
A4 = Art("Đảng ủy các cơ quan Đảng tỉnh sơ kết 5 năm thực hiện Kết luận số 01-KL/TW",
         "Sáng 6/5, Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
         [("p", "Sau 5 năm, 100% chi bộ trực thuộc đưa nội dung học tập và làm theo Bác vào sinh hoạt định kỳ; 1.286 lượt cán bộ, đảng viên đăng ký việc làm cụ thể gắn với nhiệm vụ chuyên môn. Nhiều cơ quan đã cụ thể hóa chuẩn mực đạo đức thành quy tắc ứng xử, phong cách làm việc của cán bộ, công chức."),
          ("p", "Hội nghị biểu dương 15 tập thể, 28 cá nhân tiêu biểu, trong đó có sáng kiến số hóa hồ sơ đảng viên của Văn phòng Tỉnh ủy và mô hình “Mỗi tuần một việc tốt” của Chi bộ Ban Tổ chức Tỉnh ủy."),
          ("h", "Gắn học tập với sắp xếp bộ máy"),
          ("p", "Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy các cơ quan Đảng tỉnh đề nghị các chi bộ gắn việc học tập và làm theo Bác với thực hiện nhiệm vụ sau sắp xếp tổ chức bộ máy, coi trọng nêu gương của người đứng đầu; mỗi năm chọn một khâu đột phá để tập trung thực hiện."),
          ("p", "Dịp này, Đảng ủy phát động cuộc thi viết về gương cán bộ, đảng viên tiêu biểu trong học tập và làm theo Bác, kéo dài đến hết tháng 9/2026.")])
CAP4 = "Đồng chí Bí thư Đảng ủy các cơ quan Đảng tỉnh trao giấy khen cho các tập thể tiêu biểu"
BY4, UNIT4 = "Phạm Thu Trang", "Văn phòng Đảng ủy"
OTHER4 = ["2026-04-28 09:00", "2026-04-24 15:30", "2026-04-17 10:10", "2026-04-15 08:00", "2026-04-09 14:20", "2026-04-02 16:00"]


def page04():
    pub = T("2026-05-06 00:00")
    site = "https://dangbocoquan.dongnai.gov.vn"
    url = f"{site}/tin-tuc/Pages/dang-uy-cac-co-quan-dang-tinh-so-ket-5-nam-thuc-hien-ket-luan-01.aspx"
    g = "5c1e2f7a_93b4_4e0d_a1f2_6d8b0c3e9a41"

    def h2(t):
        return f'<h2 class="ms-rteElement-H2">{esc(t)}</h2>'

    def main(rng, rl, rd):
        other = "".join(f'<li class="dfwp-item"><div class="item link-item"><a href="{site}/tin-tuc/Pages/{slug(t)[:50]}.aspx">{esc(t)}</a> <span class="ngay">({usd(d)})</span></div></li>'
                        for t, d in zip(rl[:6], [T(x) for x in OTHER4]))
        return (f'<div class="page-title-area"><h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span>{esc(A4.title)}</span></span></h1></div>'
                f'<div class="article article-left"><div class="captioned-image"><div class="image"><div id="ctl00_PlaceHolderMain_ImageField_ctl00__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline">'
                f'<div class="ms-rtestate-field"><img alt="" src="/tin-tuc/PublishingImages/2026/trao-giay-khen-kl01.jpg" style="BORDER:0px solid;" /></div></div></div>'
                f'<div class="caption"><div id="ctl00_PlaceHolderMain_ImageCaption__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ImageCaption_label">{esc(CAP4)}</div></div></div>'
                f'<div class="article-header"><div class="date-line">{usd(pub)}</div><div class="by-line">{BY4} - {UNIT4}</div></div>'
                f'<div class="article-content"><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">'
                f'<p><strong>{esc(A4.lead)}</strong></p>{A4.render(h=h2, sep="")}</div></div></div>'
                f'<div class="ms-webpart-zone"><div id="ctl00_ctl40_g_{g}" class="tin-khac"><h3 class="ms-webpart-titleText">Tin khác</h3><ul class="dfwp-column dfwp-list">{other}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, usd, "Tin đọc nhiều", "doc-nhieu", 6)
                + vb_box(["Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị", "Kế hoạch học tập chuyên đề năm 2026", "Hướng dẫn cuộc thi viết gương cán bộ, đảng viên tiêu biểu"], "Văn bản", "vb-moi"))

    def top(rng, p):
        return (f'<div class="sp-logo"><a href="/"><img src="/Style%20Library/dbcq/images/banner.png" alt="Đảng bộ các cơ quan Đảng tỉnh Đồng Nai" /></a></div>'
                f'<div class="sp-clock" id="spClock">{wd(p + timedelta(days=1))}, {dmy(p + timedelta(days=1))}</div>')

    left = ('<div class="ms-core-sideNavBox-removeLeftMargin"><div class="ms-core-listMenu-verticalBox"><ul class="root ms-core-listMenu-root static">'
            '<li class="static"><a class="static menu-item" href="/tin-tuc/Pages/hoat-dong.aspx">Hoạt động Đảng ủy</a></li><li class="static"><a class="static menu-item" href="/tin-tuc/Pages/hoc-tap-lam-theo-bac.aspx">Học tập và làm theo Bác</a></li>'
            '<li class="static"><a class="static menu-item" href="/tin-tuc/Pages/co-so.aspx">Tin cơ sở</a></li></ul></div></div>')
    crumbs = ('<span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath"><span><a href="/">Trang chủ</a></span><span> &gt; </span><span><a href="/tin-tuc/Pages/default.aspx">Tin tức</a></span>'
              '<span> &gt; </span><span><a href="/tin-tuc/Pages/hoc-tap-lam-theo-bac.aspx">Học tập và làm theo Bác</a></span></span>')
    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="X-UA-Compatible" content="IE=10" />'
            f'<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"/tin-tuc",webAbsoluteUrl:"{site}/tin-tuc",siteAbsoluteUrl:"{site}",currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"en-US",'
            f'pageListId:"{{3f6a0c2e-1b7d-4f8e-9a55-0d2c7e4b1a93}}",pageItemId:412,userId:0,alertsEnabled:false,siteServerRelativeUrl:"/",webUIVersion:15,webLanguage:1066}};</script>'
            '<script>function spClock(){var d=new Date(),w=["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"];function p(n){return n<10?"0"+n:n}'
            'document.getElementById("spClock").innerHTML=w[d.getDay()]+", "+p(d.getDate())+"/"+p(d.getMonth()+1)+"/"+d.getFullYear()}</script>')
    exp = expected(A4, isod(pub), author=BY4, unit=UNIT4, category="Học tập và làm theo Bác", captions=[CAP4])
    return page("s36-04", family="agencies_party_committee_sharepoint2013_articleleft_en_us_date_field",
                name="dongnai-danguycoquan-sharepoint2013-stock-articleleft-page-layout-h1-pagetitle-en-us-regional-settings-articlestartdate-m-d-yyyy-5-6-2026-byline-field-name-dash-unit-image-caption-field-bold-first-paragraph-tin-khac-m-d-yyyy",
                url=url, art=A4, main_fn=main, pub=pub, prefix="dbcqdn", kb=212,
                org="Đảng ủy các cơ quan Đảng tỉnh Đồng Nai", addr="Số 2 đường Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai", phone="0251.3822.509",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "sp2013article", "head_extra": head, "items": MENU_PARTY, "form": True, "left": left,
                          "action": "./dang-uy-cac-co-quan-dang-tinh-so-ket-5-nam-thuc-hien-ket-luan-01.aspx"},
                exp=exp,
                traps={"bylines": [f"{BY4} - {UNIT4}"], "stamps": ["(4/28/2026)", "(4/17/2026)"], "chrome": ["Tin khác", "Tin đọc nhiều"], "related": lambda rl: rl[:6]},
                notes="TWIST (an en-US date field on a Vietnamese site): SharePoint 2013's stock ArticleLeft page layout prints the 'Article Date' field (ArticleStartDate, a date-only field) with the SITE's regional settings, left at English (United States) when the site was provisioned (_spPageContextInfo.currentCultureName 'en-US', the UI in Vietnamese): '5/6/2026' is MONTH/DAY/YEAR → published '2026-05-06' (date only). A reader or extractor used to Vietnamese dd/MM reads 5 June — a day a month AFTER the page's own header clock (Thứ Năm, 07/05/2026) and after the sapo's 'Sáng 6/5'; the 'Tin khác' list prints its items in the same field format, unambiguously month first ('4/28/2026', '4/24/2026', '4/17/2026' …), and so does the most-read box. The 'Byline' field 'Phạm Thu Trang - Văn phòng Đảng ủy' → author + unit. The 'Image Caption' field is the caption (the page image sits above the date line). The bold first paragraph of the page content is the sapo → lead. The h2 sub-heading is body. Category 'Học tập và làm theo Bác' (crumb; the quick-launch menu agrees).",
                readme="TWIST — SharePoint 2013, the STOCK ArticleLeft page layout on a site left in English (United States) regional settings, a five-year review: the Article Date field prints '5/6/2026' (M/d/yyyy: 6 MAY, not 5 June — the sapo says 'Sáng 6/5', the header clock 07/05/2026, and the 'Tin khác' list prints '4/28/2026'); the Byline field 'Name - unit'; the Image Caption field; bold first paragraph; an h2 sub-heading")


# ===================================================================== 5 Liên đoàn Lao động tỉnh Nghệ An: DNN 10 + OpenContent; 'Ngày đăng: 12/02/2026 - 3:05 CH' + 'Cập nhật: 13/02/2026 - 9:12 SA'; two writers each with a unit; gallery after the text; related cards with sapos
A5 = Art("“Chuyến xe mùa xuân” đưa hơn 1.200 công nhân về quê đón Tết Bính Ngọ",
         "Chiều 12/2, Liên đoàn Lao động tỉnh phối hợp với các doanh nghiệp tổ chức chương trình “Chuyến xe mùa xuân”, hỗ trợ 24 chuyến xe miễn phí đưa hơn 1.200 công nhân, người lao động về quê đón Tết Nguyên đán Bính Ngọ 2026.",
         [("p", "Các chuyến xe xuất phát từ Khu công nghiệp VSIP và Khu kinh tế Đông Nam, đưa công nhân về các xã miền núi Kỳ Sơn, Tương Dương, Quế Phong và một số tỉnh lân cận. Mỗi công nhân được tặng một suất quà trị giá 500.000 đồng cùng khẩu trang, nước uống."),
          ("p", "Năm nay, lần đầu tiên công nhân đăng ký vé hoàn toàn trên ứng dụng Công đoàn Việt Nam; Liên đoàn Lao động tỉnh bố trí thêm 4 chuyến dành riêng cho lao động nữ mang thai và lao động có con nhỏ."),
          ("p", "Phát biểu tiễn đoàn, đồng chí Chủ tịch Liên đoàn Lao động tỉnh đề nghị các đơn vị vận tải bảo đảm an toàn tuyệt đối, không để công nhân phải chờ đợi; đồng thời chúc công nhân, người lao động có một cái Tết đầm ấm, trở lại làm việc đúng hẹn."),
          ("p", "Trước đó, các cấp công đoàn trong tỉnh đã trao hơn 16.000 suất quà Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn, với tổng kinh phí hơn 12 tỷ đồng.")])
GAL5 = ["Công nhân nhận quà trước giờ lên xe tại Khu công nghiệp VSIP", "Lãnh đạo Liên đoàn Lao động tỉnh tiễn đoàn xe về các huyện miền núi"]
BY5, UNIT5 = "Nguyễn Thanh Hà, Trần Văn Đức", "LĐLĐ tỉnh, Công đoàn Khu kinh tế Đông Nam"


def page05():
    pub, upd = T("2026-02-12 15:05"), T("2026-02-13 09:12")
    site = "https://congdoannghean.vn"
    url = f"{site}/tin-tuc/hoat-dong-cong-doan/chuyen-xe-mua-xuan-dua-hon-1200-cong-nhan-ve-que-don-tet-binh-ngo"

    def st(d):
        return f"{dmy(d)} - {twelve(d)}"

    def main(rng, rl, rd):
        rel = other34(rng, 3)
        cards = "".join(f'<div class="col-md-4 oc-card"><img src="/Portals/0/OpenContent/Files/{rng.randint(100, 999)}/{hexid(rng, 8)}.jpg" alt="" /><h4><a href="{site}/tin-tuc/{slug(t)[:50]}">{esc(t)}</a></h4>'
                        f'<div class="oc-card-date">{st(d)}</div><p class="oc-card-summary">{esc(s)}</p></div>' for (t, s), d in zip(rel, rd))
        gal = "".join(f'<figure class="oc-gallery-item"><img src="/Portals/0/OpenContent/Files/412/chuyen-xe-{i}.jpg" alt="" /><div class="oc-caption">{esc(c)}</div></figure>' for i, c in enumerate(GAL5, 1))
        return (f'<div class="DnnModule DnnModule-OpenContent DnnModule-1187"><a name="1187"></a><div class="container-title"></div><div id="dnn_ctr1187_ContentPane">'
                f'<div id="dnn_ctr1187_ModuleContent" class="DNNModuleContent ModOpenContentC"><div class="oc-article">'
                f'<h1 class="oc-title">{esc(A5.title)}</h1><div class="oc-meta"><span class="oc-date">Ngày đăng: {st(pub)}</span> <span class="oc-sep">|</span> '
                f'<span class="oc-updated">Cập nhật: {st(upd)}</span></div><div class="oc-summary">{esc(A5.lead)}</div>'
                f'<div class="oc-body">{A5.render(p=jp, sep="")}</div><div class="oc-gallery">{gal}</div>'
                f'<div class="oc-author" style="text-align:right"><strong>Nguyễn Thanh Hà (LĐLĐ tỉnh) - Trần Văn Đức (Công đoàn Khu kinh tế Đông Nam)</strong></div>'
                f'<div class="oc-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>'
                f'<div class="oc-related"><h3>Bài viết liên quan</h3><div class="row">{cards}</div></div></div></div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, st, "Tin đọc nhiều", "tin-doc-nhieu", 6, writer_fmt="Tác giả: {w}", writers=WRITERS34)
                + '<div class="hotline"><h3>Tư vấn pháp luật miễn phí</h3><p>Đường dây nóng: 1900.6184</p></div>')

    def top(rng, p):
        return '<div class="logo"><a href="/"><img src="/Portals/0/Skins/LDLD/images/logo.png" alt="Liên đoàn Lao động tỉnh Nghệ An" /></a></div>'

    def left(rng, p):
        return f'<span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{wd(p + timedelta(days=2))}, {dmy(p + timedelta(days=2))}</span>'

    crumbs = ('<span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">'
              '<span itemprop="itemListElement"><a href="/" class="breadcrumbLink"><span itemprop="name">Trang chủ</span></a></span> › '
              '<span itemprop="itemListElement"><a href="/tin-tuc" class="breadcrumbLink"><span itemprop="name">Tin tức</span></a></span> › '
              '<span itemprop="itemListElement"><a href="/tin-tuc/hoat-dong-cong-doan" class="breadcrumbLink"><span itemprop="name">Hoạt động công đoàn</span></a></span></span></span>')
    head = ('<meta name="generator" content="DNN Platform 10.0.1" /><link href="/DesktopModules/OpenContent/Templates/news/template.css" rel="stylesheet" />'
            + og(A5.title, url, {"og:description": A5.lead}))
    return page("s36-05", family="labour_federation_dnn10_opencontent_twelve_hour_update_two_writers_units",
                name="nghean-ldld-dnn10-opencontent-handlebars-detail-h1-ngay-dang-dd-mm-yyyy-dash-h-mm-ch-cap-nhat-sa-plain-summary-gallery-after-text-oc-caption-two-writers-each-unit-parentheses-related-cards-with-sapos",
                url=url, art=A5, main_fn=main, pub=pub, prefix="ldldna", kb=188,
                org="Liên đoàn Lao động tỉnh Nghệ An", addr="Số 2 đường Lê Hồng Phong, phường Thành Vinh, tỉnh Nghệ An", phone="0238.3844.157",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dnn10oc", "head_extra": head, "items": MENU_MASS, "form": True, "dnn": True, "left": left},
                exp=expected(A5, iso(pub), iso(upd), author=BY5, unit=UNIT5, category="Hoạt động công đoàn", captions=GAL5),
                traps={"bylines": ["Nguyễn Thanh Hà (LĐLĐ tỉnh) - Trần Văn Đức (Công đoàn Khu kinh tế Đông Nam)"], "chrome": ["Bài viết liên quan", "Tin đọc nhiều", "Tư vấn pháp luật miễn phí"],
                       "related": lambda rl: []},
                notes="DNN Platform 10 with Satrabel's OpenContent module (a Handlebars 'news' template): 'Ngày đăng: 12/02/2026 - 3:05 CH' → T15:05 (CH = p.m., set 27) and 'Cập nhật: 13/02/2026 - 9:12 SA' → updated T09:12; the DNN CURRENTDATE token in the header is the crawl day (set 29). The plain div.oc-summary = lead (set 33: plain leads are leads). The OpenContent gallery printed AFTER the text gives two captions (div.oc-caption), in page order. The bold right 'Nguyễn Thanh Hà (LĐLĐ tỉnh) - Trần Văn Đức (Công đoàn Khu kinh tế Đông Nam)' names two writers each with a unit → author 'Nguyễn Thanh Hà, Trần Văn Đức', unit 'LĐLĐ tỉnh, Công đoàn Khu kinh tế Đông Nam' in author order (set 34's rule for 'A (u1); B (u2)', here with ' - '). 'Bài viết liên quan' cards print other items' stamps (in the item's own 12-hour shape) and sapos. Category 'Hoạt động công đoàn' (crumb).",
                readme="DNN 10 + OpenContent, a Tết bus programme for workers: 'Ngày đăng: 12/02/2026 - 3:05 CH' + 'Cập nhật: 13/02/2026 - 9:12 SA' (12-hour, SA/CH); a plain summary; a gallery AFTER the text (div.oc-caption); TWO writers EACH with a unit in parentheses joined by ' - '; related cards with stamps and sapos; DNN CURRENTDATE")


# ===================================================================== 6 Đảng ủy xã Tân Hà (Lâm Đồng): WordPress + Twenty Twenty-One; the stamp in the entry FOOTER after the text ('Đã đăng 20 Tháng Một, 2026'); a Latest Posts block INSIDE the text; two writers and one unit; previous / next
A6 = Art("Đảng ủy xã Tân Hà triển khai nhiệm vụ xây dựng Đảng năm 2026",
         None,
         [("p", "Chiều 20/1, Đảng ủy xã Tân Hà tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ xã và bí thư 31 chi bộ trực thuộc."),
          ("p", "Năm 2025, Đảng bộ xã kết nạp 42 đảng viên mới, vượt 20% chỉ tiêu; 100% chi bộ thôn duy trì sinh hoạt định kỳ đúng quy định, trong đó 26 chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên. Công tác kiểm tra, giám sát được thực hiện đúng kế hoạch, không có đảng viên vi phạm phải xử lý kỷ luật."),
          ("img", "/wp-content/uploads/2026/01/hoi-nghi-tong-ket-xay-dung-dang.jpg", "Đồng chí Bí thư Đảng ủy xã phát biểu kết luận hội nghị"),
          ("raw", "LATEST"),
          ("p", "Nhận xét về hạn chế, hội nghị chỉ ra nội dung sinh hoạt ở một số chi bộ còn đơn điệu, việc nắm tình hình tư tưởng đảng viên ở các thôn xa trung tâm có lúc chưa kịp thời."),
          ("p", "Kết luận hội nghị, đồng chí Bí thư Đảng ủy xã nhấn mạnh:"),
          ("p", "“Mỗi chi bộ phải trả lời được câu hỏi: năm nay chi bộ làm được việc gì cụ thể cho dân, cho thôn mình. Sinh hoạt chi bộ phải bàn việc thật, làm việc thật.”"),
          ("p", "Năm 2026, Đảng ủy xã đề ra 6 chỉ tiêu trọng tâm, trong đó phấn đấu kết nạp ít nhất 35 đảng viên mới và xóa thôn chưa có đảng viên là người dân tộc thiểu số.")])
CAP6_HEAD = "Quang cảnh hội nghị tổng kết công tác xây dựng Đảng năm 2025"
BY6, UNIT6 = "Thu Hằng, Minh Khang", "Văn phòng Đảng ủy xã"
LATEST6 = other_items(random.Random("s36-06l"), 3)


def page06():
    pub = T("2026-01-20 16:45")
    site = "https://dangbotanha.lamdong.gov.vn"
    url = f"{site}/2026/01/20/dang-uy-xa-tan-ha-trien-khai-nhiem-vu-xay-dung-dang-nam-2026/"

    def wpd(d):
        return f"{d.day} Tháng {VI_MONTHS[d.month - 1]}, {d.year}"

    def img(s, c, n):
        return f'<figure class="wp-block-image size-large"><img decoding="async" src="{site}{s}" alt="" class="wp-image-{2200 + n}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'

    def p(t):
        if t.startswith("“Mỗi chi bộ"):
            return f'<blockquote class="wp-block-quote is-layout-flow"><p>{esc(t)}</p></blockquote>'
        return f"<p>{esc(t)}</p>"

    def raw(x):
        dates = past(pub, random.Random("s36-06d"), 3, 1, 9)
        li = "".join(f'<li><div class="wp-block-latest-posts__post-title"><a href="{site}/{slug(t)[:60]}/">{esc(t)}</a></div><time datetime="{iso(d)}" class="wp-block-latest-posts__post-date">{wpd(d)}</time>'
                     f'<div class="wp-block-latest-posts__post-excerpt">{esc(s)}</div></li>' for (t, s), d in zip(LATEST6, dates))
        return f'<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{li}</ul>'

    def main(rng, rl, rd):
        cm = comments([("Lê Văn Hòa", f"{wpd(pub + timedelta(days=1))} lúc {twelve(pub + timedelta(days=1, hours=-7))}", "Chi bộ thôn 5 sẽ triển khai ngay nội dung hội nghị.")], "Bình luận", "comments-area", True)
        return (f'<article id="post-2214" class="post-2214 post type-post status-publish format-standard has-post-thumbnail hentry category-xay-dung-dang entry">'
                f'<header class="entry-header alignwide"><h1 class="entry-title">{esc(A6.title)}</h1>'
                f'<figure class="post-thumbnail"><img width="1568" height="882" src="{site}/wp-content/uploads/2026/01/quang-canh-hoi-nghi.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" />'
                f'<figcaption class="wp-caption aligncenter"><span class="screen-reader-text">Chú thích ảnh</span>{esc(CAP6_HEAD)}</figcaption></figure></header>'
                f'<div class="entry-content">{A6.render(p=p, img=img, raw=raw, sep="")}'
                f'<p class="has-text-align-right"><strong>Thu Hằng - Minh Khang (Văn phòng Đảng ủy xã)</strong></p></div>'
                f'<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Đã đăng <time class="entry-date published updated" datetime="{iso(pub)}">{wpd(pub)}</time></span>'
                f'<span class="byline">bởi <a href="{site}/author/dangbotanha/" rel="author">dangbotanha</a></span></div>'
                f'<div class="post-taxonomies"><span class="cat-links">Được phân loại <a href="{site}/category/xay-dung-dang/" rel="category tag">Xây dựng Đảng</a> </span></div></footer></article>'
                f'<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
                f'<div class="nav-previous"><a href="{site}/{slug(rl[0])}/" rel="prev"><p class="meta-nav">Bài trước</p><p class="post-title">{esc(rl[0])}</p></a></div>'
                f'<div class="nav-next"><a href="{site}/{slug(rl[1])}/" rel="next"><p class="meta-nav">Bài tiếp theo</p><p class="post-title">{esc(rl[1])}</p></a></div></div></nav>'
                f'<div id="comments" class="comments-area default-max-width">{cm}</div>')

    def side(rng, p):
        rec = "".join(f'<li><a href="{site}/{slug(t)[:50]}/">{esc(t)}</a> <span class="post-date">{wpd(d)}</span></li>' for t, d in zip(heads14(rng, 5), past(p, rng, 5, 0, 10)))
        arch = '<li><a href="/2026/01/">Tháng Một 2026</a></li><li><a href="/2025/12/">Tháng Mười Hai 2025</a></li><li><a href="/2025/11/">Tháng Mười Một 2025</a></li>'
        return (f'<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{rec}</ul></section>'
                f'<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{arch}</ul></section>'
                f'<section class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul><li><a href="#">Xây dựng Đảng</a></li><li><a href="#">Dân vận</a></li><li><a href="#">Tin cơ sở</a></li></ul></section>')

    def top(rng, p):
        return ('<div class="site-branding"><div class="site-logo"><img src="/wp-content/uploads/2025/08/logo-dang.png" alt="" /></div>'
                '<p class="site-title"><a href="/" rel="home">Đảng bộ xã Tân Hà</a></p><p class="site-description">Trang thông tin điện tử Đảng bộ xã Tân Hà, tỉnh Lâm Đồng</p></div>')

    head = ('<meta name="generator" content="WordPress 6.7.1" /><link rel="stylesheet" id="twenty-twenty-one-style-css" href="/wp-content/themes/twentytwentyone/style.css?ver=2.4" media="all" />'
            + og(A6.title, url, {"og:site_name": "Đảng bộ xã Tân Hà"}) + '<meta property="article:published_time" content="2026-01-20T09:45:00+00:00" />')
    return page("s36-06", family="commune_party_wp_twentytwentyone_footer_stamp_latest_posts_block",
                name="lamdong-danguytanha-wp-twentytwentyone-h1-entry-title-post-thumbnail-figcaption-latest-posts-block-inside-entry-content-quote-block-two-writers-one-unit-entry-footer-da-dang-j-f-y-time-datetime-category-after-text-prev-next",
                url=url, art=A6, main_fn=main, pub=pub, prefix="dbth", kb=146,
                org="Đảng ủy xã Tân Hà", addr="Thôn Tân Lập, xã Tân Hà, tỉnh Lâm Đồng", phone="0263.3851.209",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "tt21", "head_extra": head, "items": MENU_PARTY, "body_cls": "post-template-default single single-post postid-2214 single-format-standard wp-embed-responsive is-light-theme has-main-navigation"},
                exp=expected(A6, iso(pub), author=BY6, unit=UNIT6, category="Xây dựng Đảng", captions=[CAP6_HEAD] + A6.captions),
                traps={"accounts": ["dangbotanha"], "bylines": ["Thu Hằng - Minh Khang (Văn phòng Đảng ủy xã)"], "boxes": [t for t, s in LATEST6] + [s for t, s in LATEST6],
                       "prevnext": ["Bài trước", "Bài tiếp theo"], "chrome": ["Bài viết mới", "Lưu trữ", "Chi bộ thôn 5 sẽ triển khai ngay nội dung hội nghị."], "related": lambda rl: rl[:2]},
                notes="WordPress + Twenty Twenty-One: the site title is a <p> (the theme prints h1 only on the front page); the headline is h1.entry-title. The stamp is printed only in the entry FOOTER after the text: 'Đã đăng <time class=\"entry-date published updated\" datetime=\"2026-01-20T16:45:00+07:00\">20 Tháng Một, 2026</time>' → 2026-01-20T16:45:00+07:00 (the printed day in words with the <time>'s agreeing time, set 25 MAJORITY; one <time> with both classes is the publication, set 30); the og time in UTC agrees. 'bởi dangbotanha' is the account; 'Được phân loại Xây dựng Đảng' → category (no crumb). The editor inserted a core LATEST POSTS block (three other items with their dates and excerpts) INSIDE .entry-content between the picture and the next paragraph → not body (set 24 boxes, set 27 other items). The quotation in a core/quote block introduced by '… nhấn mạnh:' is body (set 33). No sapo: lead null. Captions: the post thumbnail's figcaption (with a screen-reader label that is not printed, set 31), then the image block's figcaption. 'Thu Hằng - Minh Khang (Văn phòng Đảng ủy xã)' → 'Thu Hằng, Minh Khang', unit once (set 28). Post navigation 'Bài trước' / 'Bài tiếp theo' and the comment are not body.",
                readme="WordPress + Twenty Twenty-One, a Party-building review in a commune: the stamp only in the entry FOOTER after the text ('Đã đăng 20 Tháng Một, 2026' with its <time>); a core LATEST POSTS block with three other items' dates and excerpts INSIDE the text; a quote block introduced by the text; two writers and one unit; no sapo; the category in the footer ('Được phân loại'); prev / next; a comment")


# ===================================================================== 7 Hội LHPN tỉnh Tây Ninh: WordPress + Foxiz; the update line ABOVE the publication; 'sáng' / 'chiều'; an editors' profile as meta author; a tagline h2 sapo; an inline 'Xem thêm' box; 'Có thể bạn quan tâm' with excerpts
A7 = Art("Hội LHPN tỉnh ra mắt mô hình “Chi hội phụ nữ số” tại 12 xã biên giới",
         "Ngày 21/5, Hội LHPN tỉnh chính thức ra mắt mô hình “Chi hội phụ nữ số” tại 12 xã biên giới, giúp hội viên sử dụng thành thạo điện thoại thông minh, thanh toán không dùng tiền mặt và bán nông sản qua mạng.",
         [("p", "Mỗi chi hội có một tổ công nghệ gồm 3 - 5 hội viên trẻ, được tập huấn để hướng dẫn lại chị em cài đặt ứng dụng định danh điện tử, nộp hồ sơ dịch vụ công trực tuyến và nhận biết các thủ đoạn lừa đảo qua mạng."),
          ("img", "/wp-content/uploads/2026/05/ra-mat-chi-hoi-phu-nu-so.jpg", "Hội viên chi hội ấp Long Phú được hướng dẫn cài đặt ứng dụng định danh điện tử"),
          ("p", "Theo kế hoạch, đến cuối năm 2026, 100% hội viên ở 12 xã biên giới có tài khoản định danh điện tử mức 2; ít nhất 300 hộ hội viên đưa sản phẩm như bánh tráng, mãng cầu, muối tôm lên các sàn thương mại điện tử."),
          ("raw", "XEMTHEM"),
          ("p", "Phát biểu tại lễ ra mắt, đồng chí Chủ tịch Hội LHPN tỉnh đề nghị các cấp hội phối hợp với Đoàn Thanh niên, Bưu điện tỉnh và các ngân hàng hỗ trợ hội viên; không để phụ nữ vùng biên bị bỏ lại phía sau trong chuyển đổi số."),
          ("img", "/wp-content/uploads/2026/05/trao-dien-thoai.jpg", "Trao tặng điện thoại thông minh cho hội viên có hoàn cảnh khó khăn"),
          ("p", "Dịp này, Hội LHPN tỉnh trao tặng 50 điện thoại thông minh cho hội viên nghèo, mỗi máy trị giá 2,5 triệu đồng.")])
BY7, UNIT7 = "Lê Thị Hồng Nhung", "Hội LHPN xã Phước Vinh"
XT7 = ["Hội LHPN tỉnh tập huấn kỹ năng bán hàng trực tuyến cho hội viên", "Phụ nữ vùng biên nhận biết thủ đoạn lừa đảo qua mạng"]


def page07():
    pub, upd = T("2026-05-21 08:05"), T("2026-05-22 14:20")
    site = "https://phunutayninh.org.vn"
    url = f"{site}/hoi-lhpn-tinh-ra-mat-mo-hinh-chi-hoi-phu-nu-so-tai-12-xa-bien-gioi/"

    def st(d):
        return f"{dmy(d)} {twelve(d, 'sáng', 'chiều')}"

    def img(s, c, n):
        return f'<figure class="wp-block-image size-full"><img fetchpriority="high" decoding="async" src="{site}{s}" alt="" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'

    def raw(x):
        li = "".join(f'<div class="related-el"><a class="p-url" href="{site}/{slug(t)}/">{esc(t)}</a></div>' for t in XT7)
        return f'<div class="inline-related block-wrap"><div class="block-h heading-layout-1"><h4 class="heading-title"><span>Xem thêm</span></h4></div><div class="block-inner">{li}</div></div>'

    def main(rng, rl, rd):
        more = other34(rng, 3)
        cards = "".join(f'<div class="p-wrap p-grid"><h3 class="entry-title"><a class="p-url" href="{site}/{slug(t)[:50]}/">{esc(t)}</a></h3>'
                        f'<div class="p-meta"><span class="meta-el meta-author">Ban Biên tập</span> <time class="date published">{st(d)}</time></div><p class="entry-summary">{esc(s)}</p></div>'
                        for (t, s), d in zip(more, rd))
        return (f'<article class="single-el"><header class="single-header"><div class="s-cats ecat-bg-4"><div class="p-categories"><a class="p-category category-id-14" href="{site}/chuyen-muc/hoat-dong-hoi/">Hoạt động Hội</a></div></div>'
                f'<h1 class="s-title fw-headline" itemprop="headline">{esc(A7.title)}</h1><h2 class="s-tagline">{esc(A7.lead)}</h2>'
                f'<div class="single-meta meta-s-default yes-0"><div class="smeta-in"><a class="meta-avatar" href="{site}/author/bbt/"><img alt="Ban Biên tập" src="/wp-content/uploads/avatar-bbt.png" width="44" height="44" /></a>'
                f'<div class="smeta-sec"><div class="smeta-bottom meta-text"><time class="updated-date" datetime="{iso(upd)}">Cập nhật lần cuối: {st(upd)}</time></div>'
                f'<div class="p-meta"><div class="meta-inner is-meta"><span class="meta-el meta-author"><a href="{site}/author/bbt/">Ban Biên tập</a></span>'
                f'<span class="meta-el meta-date"><time class="date published" datetime="{iso(pub)}">{st(pub)}</time></span></div></div></div></div>'
                f'<div class="smeta-extra"><span class="meta-el meta-read">3 phút đọc</span></div></div></header>'
                f'<div class="s-ct-wrap"><div class="s-ct-inner"><div class="e-ct-outer"><div class="entry-content rbct clearfix">{A7.render(img=img, raw=raw, sep="")}'
                f'<p style="text-align:right"><strong>{BY7} ({UNIT7})</strong></p></div></div></div></div>'
                f'<div class="efoot-bottom"><div class="entry-tags"><span>Từ khóa:</span> <a href="#">chuyển đổi số</a> <a href="#">xã biên giới</a></div></div></article>'
                f'<div class="sfoter-sec single-related"><div class="block-h"><h3 class="heading-title">Có thể bạn quan tâm</h3></div><div class="block-inner">{cards}</div></div>')

    def side(rng, p):
        return mostread(rng, p, st, "Đọc nhiều", "rb-most", 6, writer_fmt="bởi {w}")

    def top(rng, p):
        return '<div class="logo-wrap"><a class="logo" href="/"><img src="/wp-content/uploads/2025/09/logo-hoi-lhpn.png" alt="Hội LHPN tỉnh Tây Ninh" /></a></div>'

    crumbs = (f'<aside class="breadcrumb-wrap s-breadcrumb"><nav id="breadcrumb" class="breadcrumb-inner"><span><span><a href="{site}/">Trang chủ</a></span> » '
              f'<span><a href="{site}/chuyen-muc/hoat-dong-hoi/">Hoạt động Hội</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(A7.title[:48])}…</span></span></nav></aside>')
    head = ('<meta name="generator" content="WordPress 6.8" /><link rel="stylesheet" id="foxiz-main-css" href="/wp-content/themes/foxiz/assets/css/main.css?ver=2.5.1" media="all" />'
            + og(A7.title, url, {"og:description": A7.lead}) + jsonld({"@context": "https://schema.org", "@type": "Article", "headline": A7.title, "author": {"@type": "Person", "name": "Ban Biên tập"}}))
    return page("s36-07", family="womens_union_wp_foxiz_update_line_above_publication_account_author",
                name="tayninh-hoilhpn-wp-foxiz-single-standard-1-category-pill-h1-s-title-h2-s-tagline-sapo-updated-date-line-above-published-sang-chieu-account-author-ban-bien-tap-inline-xem-them-box-bold-right-name-unit-co-the-ban-quan-tam",
                url=url, art=A7, main_fn=main, pub=pub, prefix="lhpntn", kb=232,
                org="Hội Liên hiệp Phụ nữ tỉnh Tây Ninh", addr="Số 10 đường Hùng Vương, phường Long An, tỉnh Tây Ninh", phone="0272.3826.411",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "foxiz", "head_extra": head, "items": MENU_MASS, "body_cls": "post-template-default single single-post is-single-1"},
                exp=expected(A7, iso(pub), iso(upd), author=BY7, unit=UNIT7, category="Hoạt động Hội"),
                traps={"accounts": ["Ban Biên tập"], "bylines": [f"{BY7} ({UNIT7})"], "boxes": ["Xem thêm"] + XT7, "chrome": ["Có thể bạn quan tâm", "3 phút đọc", "Đọc nhiều"],
                       "related": lambda rl: []},
                notes="WordPress + Foxiz (Theme-Ruby), single 'standard 1': the UPDATE line 'Cập nhật lần cuối: 22/05/2026 2:20 chiều' is printed ABOVE the publication '21/05/2026 8:05 sáng' in the meta block → published T08:05, updated 2026-05-22T14:20 (set 34: each stamp is what its label says; 'sáng' / 'chiều', set 34). The meta author 'Ban Biên tập' (also the JSON-LD Person) is the site's editors' profile, an account (set 27); the writer is the bold right 'Lê Thị Hồng Nhung (Hội LHPN xã Phước Vinh)' → author + unit. The h2.s-tagline under the h1 = lead. An inline 'Xem thêm' box of two links inside the text → not body. '3 phút đọc' is a reading time (set 31). 'Có thể bạn quan tâm' cards print other items' stamps in the item's shape, the same account and sapos. Two figcaptions. Category 'Hoạt động Hội' (pill and crumb; the crumb's last level is the headline cut short, set 27).",
                readme="WordPress + Foxiz, a women's union's digital-skills model: the UPDATE line printed ABOVE the publication ('Cập nhật lần cuối: … 2:20 chiều' over '… 8:05 sáng'); the meta author an editors' PROFILE ('Ban Biên tập'); an h2 tagline sapo; an inline 'Xem thêm' box; bold right 'Name (unit)'; 'N phút đọc'; 'Có thể bạn quan tâm' cards with stamps and sapos")


# ===================================================================== 8 Đảng ủy phường Thục Phán (Cao Bằng): Joomla 1.5 (rhuk_milkyway-derived), a HACKED site: hidden spam links INSIDE the text (TWIST); createdate + modifydate; 'Viết bởi Administrator'; pagenav
A8 = Art("Đảng ủy phường Thục Phán học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
         "Ngày 19/3, Đảng ủy phường Thục Phán tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho hơn 420 cán bộ, đảng viên.",
         [("p", "Hội nghị được tổ chức theo hình thức trực tiếp tại hội trường Đảng ủy phường, kết nối trực tuyến đến 23 điểm cầu chi bộ tổ dân phố. Các đại biểu được nghe báo cáo viên của Tỉnh ủy truyền đạt những nội dung cơ bản, điểm mới trong các văn kiện Đại hội XIV."),
          ("img", "/images/stories/2026/hoi-nghi-nghi-quyet-xiv.jpg", "Quang cảnh hội nghị tại hội trường Đảng ủy phường"),
          ("p", "Sau hội nghị, 100% đảng viên viết bài thu hoạch; các chi bộ xây dựng chương trình hành động, xác định các việc cần làm ngay gắn với chỉnh trang đô thị, phát triển dịch vụ, du lịch trên địa bàn phường."),
          ("raw", "SPAM"),
          ("p", "Đồng chí Bí thư Đảng ủy phường yêu cầu các chi bộ tổ chức thảo luận sâu về Nghị quyết trong kỳ sinh hoạt tháng 4, không để tình trạng học tập hình thức, “học xong để đó”."),
          ("p", "Ban Tuyên giáo và Dân vận Đảng ủy phường sẽ kiểm tra việc học tập, quán triệt ở các chi bộ trong quý II/2026.")])
BY8, UNIT8 = "Nông Văn Thạch", "Văn phòng Đảng ủy phường"
SPAM8 = ["vay tiền online duyệt nhanh trong 5 phút", "mua bán xe máy cũ giá rẻ toàn quốc", "thuốc giảm cân cấp tốc an toàn", "dịch vụ thiết kế website chuẩn SEO giá rẻ", "nhận làm bằng lái xe nhanh", "đồng hồ nam chính hãng giảm giá 70%"]


def page08():
    pub, upd = T("2026-03-19 08:30"), T("2026-03-20 07:45")
    site = "http://dangbothucphan.caobang.gov.vn"
    url = f"{site}/index.php?option=com_content&view=article&id=387:ng-y-phng-thc-phan-hc-tp-quan-trit-ngh-quyt-i-hi-xiv&catid=35:xay-dung-dang&Itemid=58"

    def img(s, c, n):
        return f'<p style="text-align: center;"><img src="{s}" border="0" width="560" height="373" /><br /><em>{esc(c)}</em></p>'

    def raw(x):
        li = "".join(f'<a href="https://spam{i}.example/?ref=dangbo">{esc(t)}</a> ' for i, t in enumerate(SPAM8, 1))
        return f'<div style="position:absolute;left:-9999px;top:-9999px;width:1px;height:1px;overflow:hidden">{li}</div>'

    def main(rng, rl, rd):
        return (f'<div class="componentheading">Tin tức</div>'
                f'<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{esc(A8.title)}</td>'
                f'<td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id=387&amp;format=pdf" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td>'
                f'<td align="right" width="100%" class="buttonheading"><a href="#" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td>'
                f'<td align="right" width="100%" class="buttonheading"><a href="#" title="E-mail"><img src="/images/M_images/emailButton.png" alt="E-mail" /></a></td></tr></table>'
                f'<table class="contentpaneopen"><tr><td valign="top"><span class="small">Viết bởi Administrator</span>&nbsp;&nbsp;</td></tr>'
                f'<tr><td valign="top" class="createdate">{jdate(pub)}</td></tr><tr><td valign="top">'
                f'<p style="text-align: justify;"><strong>{esc(A8.lead)}</strong></p>{A8.render(p=jp, img=img, raw=raw, sep="")}'
                f'<p style="text-align: right;"><strong>{BY8} - {UNIT8}</strong></p></td></tr>'
                f'<tr><td colspan="2" class="modifydate">Lần cập nhật cuối ( {jdate(upd)} )</td></tr></table><span class="article_separator">&nbsp;</span>'
                f'<table align="center" class="pagenav"><tr><th class="pagenav_prev"><a href="{site}/index.php?option=com_content&amp;view=article&amp;id=386">&lt; Trước</a></th><td width="50">&nbsp;</td>'
                f'<th class="pagenav_next"><a href="{site}/index.php?option=com_content&amp;view=article&amp;id=388">Tiếp theo &gt;</a></th></tr></table>'
                f'<div class="blog_more"><strong>Các bài viết khác:</strong><ul>'
                + "".join(f'<li><a class="blogsection" href="{site}/index.php?option=com_content&amp;view=article&amp;id={380 - i}">{esc(t)}</a> <span class="small">- {jdate(d)}</span></li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
                + '</ul></div>')

    def side(rng, p):
        return ('<div class="module"><div><div><div><h3>Tin mới nhất</h3><ul class="latestnews">'
                + "".join(f'<li class="latestnews"><a href="#" class="latestnews">{esc(t)}</a></li>' for t in heads14(rng, 5))
                + '</ul></div></div></div></div>' + mostread(rng, p, jdate, "Đọc nhiều nhất", "mostread", 5, writer_fmt="Viết bởi {w}")
                + '<div class="module"><h3>Thống kê truy cập</h3><p>Đang trực tuyến: 12 khách</p></div>')

    left = ('<div class="module_menu"><h3>Danh mục</h3><ul class="menu"><li><a href="#">Giới thiệu</a></li><li class="active"><a href="#">Xây dựng Đảng</a></li><li><a href="#">Chính quyền</a></li>'
            '<li><a href="#">Mặt trận - Đoàn thể</a></li><li><a href="#">Văn bản</a></li></ul></div><div class="module"><h3>Đăng nhập</h3><form action="#" method="post" name="login" id="form-login">'
            '<p>Tên đăng nhập <input name="username" type="text" /></p><p>Mật khẩu <input type="password" name="passwd" /></p><input type="submit" value="Đăng nhập" /></form></div>')

    def top(rng, p):
        return f'<div id="logo"><img src="/templates/dangbo/images/banner.jpg" alt="Đảng bộ phường Thục Phán" /></div><div id="ngay">{wd(p + timedelta(days=4))}, {dmy(p + timedelta(days=4))}</div>'

    crumbs = ('<span class="breadcrumbs pathway"><a href="/" class="pathway">Trang chủ</a> <img src="/templates/dangbo/images/arrow.png" alt="" /> '
              '<a href="/index.php?option=com_content&amp;view=section&amp;id=5&amp;Itemid=58" class="pathway">Tin tức</a> <img src="/templates/dangbo/images/arrow.png" alt="" /> '
              '<a href="/index.php?option=com_content&amp;view=category&amp;id=35&amp;Itemid=58" class="pathway">Xây dựng Đảng</a> <img src="/templates/dangbo/images/arrow.png" alt="" /> '
              f'{esc(A8.title)}</span>')
    head = ('<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" /><meta name="keywords" content="Đảng bộ phường Thục Phán" />'
            '<script type="text/javascript" src="/media/system/js/mootools.js"></script><script type="text/javascript" src="/media/system/js/caption.js"></script>')
    return page("s36-08", family="ward_party_joomla15_hacked_hidden_spam_links_in_text",
                name="caobang-danguythucphan-joomla15-rhuk-derived-componentheading-contentheading-viet-boi-administrator-createdate-weekday-dd-thang-m-yyyy-bold-intro-hidden-spam-links-div-inside-text-modifydate-pagenav",
                url=url, art=A8, main_fn=main, pub=pub, prefix="dbtp", kb=121,
                org="Đảng ủy phường Thục Phán", addr="Số 1 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng", phone="0206.3852.118",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "j15", "head_extra": head, "items": MENU_PARTY, "left": left},
                exp=expected(A8, iso(pub), iso(upd), author=BY8, unit=UNIT8, category="Xây dựng Đảng"),
                traps={"spam": SPAM8, "accounts": ["Viết bởi Administrator"], "bylines": [f"{BY8} - {UNIT8}"], "chrome": ["Các bài viết khác:", "Tin mới nhất", "Thống kê truy cập", "Tiếp theo >"],
                       "related": lambda rl: rl[:5]},
                notes="TWIST (spam injected INSIDE the text of a hacked site): an unpatched Joomla 1.5 site whose article text carries a block of six SEO spam links ('vay tiền online duyệt nhanh …', 'mua bán xe máy cũ …') between the third and fourth paragraphs, in a div placed off-screen (position:absolute; left:-9999px; 1px, overflow hidden) — no reader sees it (sets 26 and 29: what the page's CSS hides from every reader is not printed). The spam is neither body nor anything else of the record; an extractor that keeps the text container's every block stores it as a paragraph of a Party committee's news. Otherwise: Joomla 1.5's table markup — the componentheading 'Tin tức' (the menu item's page heading, generic) above td.contentheading (the headline); 'Viết bởi Administrator' (account); createdate 'Thứ năm, 19 Tháng 3 2026 08:30' → T08:30; modifydate 'Lần cập nhật cuối ( Thứ sáu, 20 Tháng 3 2026 07:45 )' → updated; the bold first paragraph = lead; the caption: an <em> after a <br> under the picture; bold right 'Nông Văn Thạch - Văn phòng Đảng ủy phường' → author + unit; pagenav '< Trước' / 'Tiếp theo >' and 'Các bài viết khác:' with their stamps are not body; category 'Xây dựng Đảng' (the pathway's last section level; its very last segment is the headline, set 27).",
                readme="TWIST — Joomla 1.5 (rhuk_milkyway-derived), a HACKED ward Party site, a resolution-study conference: six SPAM links hidden off-screen (position:absolute; left:-9999px) INSIDE the article text; componentheading 'Tin tức' above td.contentheading; 'Viết bởi Administrator'; createdate 'Thứ năm, 19 Tháng 3 2026 08:30' + modifydate; bold intro; an <em> caption after a <br>; 'Name - unit'; pagenav and 'Các bài viết khác' with stamps")


# ===================================================================== 9 Ủy ban MTTQ tỉnh Phú Thọ: Joomla 4 + T4 Framework; the pagebreak plugin in 'all pages' view (a TABLE OF CONTENTS box, page titles as sub-headings); createdby Super User; published + modified in the info block
A9 = Art("Ủy ban MTTQ tỉnh tổng kết Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
         "Ngày 24/2, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” giai đoạn 2021 - 2025, biểu dương 86 tập thể, 124 cá nhân tiêu biểu.",
         [("h", "Kết quả nổi bật"),
          ("p", "Trong 5 năm, Nhân dân trong tỉnh đã hiến hơn 1,2 triệu m² đất, đóng góp trên 1.850 tỷ đồng và hàng trăm nghìn ngày công để làm đường giao thông nông thôn, nhà văn hóa, kênh mương nội đồng. Toàn tỉnh có thêm 96 xã đạt chuẩn nông thôn mới nâng cao, 31 xã đạt chuẩn kiểu mẫu."),
          ("p", "Mặt trận các cấp đã vận động xây dựng, sửa chữa 3.460 “Nhà Đại đoàn kết” cho hộ nghèo, hộ có hoàn cảnh khó khăn; tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa duy trì trên 90%."),
          ("img", "/images/2026/02/tong-ket-cuoc-van-dong.jpg", "Đồng chí Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao bằng khen cho các tập thể tiêu biểu"),
          ("h", "Nhiệm vụ giai đoạn mới"),
          ("p", "Giai đoạn 2026 - 2030, Cuộc vận động tập trung vào xây dựng nông thôn mới gắn với chuyển đổi số, phát triển sản phẩm OCOP và bảo vệ môi trường; phát huy vai trò giám sát, phản biện xã hội của Mặt trận đối với các công trình, dự án ở cơ sở."),
          ("p", "Hội nghị đề nghị mỗi khu dân cư đăng ký ít nhất một công trình, phần việc cụ thể do Nhân dân tự quản, hoàn thành trong năm 2026.")])
BY9, UNIT9 = "Hải Yến", "Ban Phong trào, Ủy ban MTTQ tỉnh"


def page09():
    pub, upd = T("2026-02-24 09:10"), T("2026-02-25 16:02")
    site = "https://mattranphutho.org.vn"
    base = f"{site}/tin-tuc/hoat-dong-mat-tran/1412-uy-ban-mttq-tinh-tong-ket-cuoc-van-dong-toan-dan-doan-ket-xay-dung-nong-thon-moi-do-thi-van-minh"
    url = base + "?showall=1"

    def img(s, c, n):
        return f'<figure class="pull-center item-image"><img src="{site}{s}" alt="" width="720" height="480" loading="lazy" /><figcaption class="caption">{esc(c)}</figcaption></figure>'

    def h3(t):
        return f"<h3>{esc(t)}</h3>"

    def main(rng, rl, rd):
        toc = (f'<div class="card float-end article-index ms-3 mb-3"><div class="card-body"><h3>Mục lục bài viết</h3><ul class="nav flex-column">'
               f'<li class="py-1"><a href="{base}" class="toclink">{esc(A9.title)}</a></li><li class="py-1"><a href="{base}?start=1" class="toclink">Kết quả nổi bật</a></li>'
               f'<li class="py-1"><a href="{base}?start=2" class="toclink">Nhiệm vụ giai đoạn mới</a></li><li class="py-1"><a href="{url}" class="toclink active">Tất cả các trang</a></li></ul></div></div>')
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A9.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dt class="article-info-term">Thông tin chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Được viết bởi: <span itemprop="name">Super User</span></dd>'
                f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/tin-tuc/hoat-dong-mat-tran" itemprop="genre">Hoạt động Mặt trận</a></dd>'
                f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{iso(pub)}" itemprop="datePublished">Ngày đăng: {jdate(pub)}</time></dd>'
                f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{iso(upd)}" itemprop="dateModified">Cập nhật: {jdate(upd)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> Lượt xem: 386</dd></dl>'
                f'<div itemprop="articleBody" class="com-content-article__body">{toc}<p><strong>{esc(A9.lead)}</strong></p>'
                f'{A9.render(img=img, h=h3, sep="")}<p style="text-align:right"><em>{BY9} - {UNIT9}</em></p></div>'
                f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> Trước</a>'
                f'<a class="btn btn-sm btn-secondary next" href="#" rel="next">Sau <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div>')

    def side(rng, p):
        return (mostread(rng, p, jdate, "Tin xem nhiều", "mod-mostread", 6, writer_fmt="Được viết bởi: {w}")
                + '<div class="moduletable"><h3>Chuyên mục</h3><ul class="mod-articlescategories"><li><a href="#">Hoạt động Mặt trận</a></li><li><a href="#">Giám sát, phản biện</a></li><li><a href="#">Đại đoàn kết</a></li></ul></div>')

    def top(rng, p):
        return '<div class="navbar-brand logo-image"><a href="/"><img src="/images/logo-mttq.png" alt="Ủy ban MTTQ Việt Nam tỉnh Phú Thọ" /></a></div>'

    crumbs = ('<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
              '<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc" class="pathway"><span>Tin tức</span></a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc/hoat-dong-mat-tran" class="pathway"><span>Hoạt động Mặt trận</span></a></li>'
              f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(A9.title)}</span></li></ol></nav>')
    head = ('<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/templates/t4_bs5_blank/css/template.css" rel="stylesheet" />'
            '<script type="application/json" class="joomla-script-options new">{"csrf.token":"a1b2c3d4e5f60718293a4b5c6d7e8f90","system.paths":{"root":"","base":""}}</script>')
    return page("s36-09", family="fatherland_front_joomla4_t4_pagebreak_all_pages_toc",
                name="phutho-mttq-joomla4-t4-framework-pagebreak-showall-muc-luc-bai-viet-toc-box-headline-repeated-in-toc-h3-page-titles-createdby-super-user-published-and-modified-weekday-dd-thang-m-yyyy-hh-mm-italic-right-name-dash-unit",
                url=url, art=A9, main_fn=main, pub=pub, prefix="mttqpt", kb=168,
                org="Ủy ban MTTQ Việt Nam tỉnh Phú Thọ", addr="Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.227",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "j4t4", "head_extra": head, "items": MENU_MASS},
                exp=expected(A9, iso(pub), iso(upd), author=BY9, unit=UNIT9, category="Hoạt động Mặt trận"),
                traps={"boxes": ["Mục lục bài viết", "Tất cả các trang"], "accounts": ["Super User"], "bylines": [f"{BY9} - {UNIT9}"], "chrome": ["Thông tin chi tiết", "Lượt xem: 386", "Tin xem nhiều"],
                       "related": lambda rl: []},
                notes="Joomla 4 + JoomlArt's T4 Framework, an article split with the pagebreak plugin and shown in 'Tất cả các trang' view (?showall=1): a 'Mục lục bài viết' TABLE OF CONTENTS box floats at the top of the text, its first entry repeating the headline, then the page titles and 'Tất cả các trang' → a box, not body (set 28); the page titles are printed again in the text as h3 sub-headings → body, once each, where the text prints them. 'Được viết bởi: Super User' (account); 'Ngày đăng: Thứ ba, 24 Tháng 2 2026 09:10' → published; 'Cập nhật: Thứ tư, 25 Tháng 2 2026 16:02' → updated. Bold first paragraph = lead. The italic right 'Hải Yến - Ban Phong trào, Ủy ban MTTQ tỉnh' → author + unit (the comma is part of the unit, set 27). A figcaption. Category 'Hoạt động Mặt trận' (crumb and 'Danh mục:' agree).",
                readme="Joomla 4 + T4 Framework, a campaign review split by the PAGEBREAK plugin and shown in 'all pages' view: a 'Mục lục bài viết' TOC box (its first entry the headline) over the text, the page titles as h3 sub-headings; 'Được viết bởi: Super User'; published + modified 'Thứ ba, 24 Tháng 2 2026 09:10'; bold first paragraph; figcaption; italic right 'Name - unit, with a comma'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
