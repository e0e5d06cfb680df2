"""Set 29 pages 1-9: what a researcher meets MOST — ordinary daily items on the portal products most provincial Party
and government sites run on (shared/research/vn-sites.md), in versions and skins sets 26-28 did not use: NukeViet 4.3
under the stock default theme, NukeViet 4.5 under the eGov theme, NukeViet 4 under a local vendor's theme with the
time-first stamp; the '.dcs.vn' platform's '-c<id>.html' portal and its DetailView portal under a Tỉnh ủy skin;
Joomla 3.10 + K2; WordPress + ColorMag; DNN 9 + DNNArticle; Liferay 6.2 with the stock asset publisher.
Pages 6 and 8 carry one TWIST each: the head's social / structured metadata describing ANOTHER item (a cached module),
and a 'today' clock (DNN's CURRENTDATE skin object) printed directly above the headline while the item's own stamp
follows the text."""
import json
from datetime import timedelta, timezone

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads10, past, expected, slug, dump, hexid, alnum, b64blob, pad, menu, counter, ga, css, js, MENU
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og, mk
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV, side_box
from .base import page, side_std, vb_box, crumb

UTC = timezone.utc


def right_bold(t):
    return f'<p style="text-align:right"><strong>{esc(t)}</strong></p>'


def right_em(t):
    return f'<p style="text-align:right"><em>{esc(t)}</em></p>'


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def strong_h(t):
    return f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>'


def pcap(s, c, n):
    return (f'<p style="text-align:center"><img alt="{esc(c, True)}" src="{s}" style="width:100%" /></p>'
            f'<p style="text-align:center"><em>{esc(c)}</em></p>')


def teasers(rng, head, titles, dates, authors, fmt, cls, base="/tin-tuc", tag="h3"):
    """A sidebar box of teasers, each with its date AND its writer (the shape of the item's own credit)."""
    li = "".join(f'<li class="{cls}-item"><a href="{base}/{slug(t)}-{rng.randint(1000, 9999)}.html"><img src="/uploads/thumb/{hexid(rng, 10)}.jpg" alt="" loading="lazy" /></a>'
                 f'<a class="{cls}-title" href="{base}/{slug(t)}-{rng.randint(1000, 9999)}.html">{esc(t)}</a>'
                 f'<div class="{cls}-meta"><span class="date">{esc(fmt(d))}</span> <span class="author">{esc(a)}</span></div></li>'
                 for t, d, a in zip(titles, dates, authors))
    return f'<div class="{cls}"><{tag} class="{cls}-head">{esc(head)}</{tag}><ul>{li}</ul></div>'


def nv_crumbs(items):
    """NukeViet 4 default theme breadcrumbs."""
    li = "".join(f'<li id="brcr_{i}" itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{h}" itemprop="url" title="{esc(t, True)}"><span itemprop="title">{esc(t)}</span></a></li>'
                 for i, (t, h) in enumerate(items))
    return (f'<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix"><div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap"><div class="display">'
            f'<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>'
            f'<ul class="breadcrumbs list-none">{li}</ul></div></div></div></div></div></div></nav>')


def nv_related(rng, head, titles, dates, base, fmt=dmy):
    li = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{base}/{slug(t)}-{rng.randint(900, 2800)}.html" title="{esc(t, True)}">{esc(t)}</a> <em>({fmt(d)})</em></li>' for t, d in zip(titles, dates))
    return f'<p class="h3"><strong>{esc(head)}</strong></p><div class="clearfix"><ul class="related list-items">{li}</ul></div>'


NV_HEAD = ('<meta name="generator" content="NukeViet v{v}" /><link rel="StyleSheet" href="/themes/{t}/css/bootstrap.non-responsive.css"><link rel="StyleSheet" href="/themes/{t}/css/style.css">'
           '<link rel="StyleSheet" href="/themes/{t}/css/news.css"><script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",'
           'nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="{c}",'
           'nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script><script src="/assets/js/jquery/jquery.min.js"></script>'
           '<script src="/assets/js/language/vi.js"></script><script src="/assets/js/global.js"></script><script src="/themes/{t}/js/main.js"></script>')
READERS = ["Lò Văn Tiến", "Nguyễn Thị Hoa", "Cầm Thị Ngân", "Trần Minh Đức", "Vì Văn Sáng", "Phạm Thu Trang", "Hoàng Đức Anh", "Bùi Thị Yến",
           "Lường Thị Hiền", "Đỗ Quang Huy", "Mai Anh", "Tuấn Minh", "Hà Linh", "Quốc Việt", "Thanh Nga", "Hữu Phước"]


# ===================================================================== 1 Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La: NukeViet 4.3, stock default theme; a 'DÂN VẬN KHÉO' model; 'Tác giả: Name (unit with a comma)'
A1 = Art("Chiềng Mai: “Dân vận khéo” trong vận động Nhân dân hiến đất mở đường",
         "Bằng cách làm “mưa dầm thấm lâu”, lấy đảng viên, người có uy tín làm nòng cốt, xã Chiềng Mai đã vận động 236 hộ dân tự nguyện hiến hơn 18.000 m² đất để mở rộng, nâng cấp 14 km đường giao thông nông thôn.",
         [("p", "Chiềng Mai là xã được thành lập sau sắp xếp đơn vị hành chính, có 42 bản với gần 21.000 nhân khẩu, trong đó đồng bào dân tộc Thái chiếm hơn 70%. Trước đây, hệ thống đường liên bản hẹp, nhiều đoạn xuống cấp, mùa mưa lầy lội, việc đi lại, vận chuyển nông sản của bà con gặp nhiều khó khăn."),
          ("p", "Xác định giao thông là khâu đột phá, ngay sau khi đi vào hoạt động theo mô hình chính quyền địa phương hai cấp, Đảng ủy xã ban hành nghị quyết chuyên đề về phát triển giao thông nông thôn giai đoạn 2025 - 2030; giao Ban Xây dựng Đảng chủ trì, phối hợp với Ủy ban MTTQ và các đoàn thể xã xây dựng kế hoạch vận động Nhân dân hiến đất, góp công."),
          ("h", "Cán bộ đi trước, bà con theo sau"),
          ("p", "Thay vì họp dân phổ biến chung, xã chọn cách “đến từng nhà, gặp từng người”. Tổ vận động ở mỗi bản gồm bí thư chi bộ, trưởng bản, người có uy tín và chi hội trưởng các đoàn thể, kiên trì trò chuyện với từng hộ có đất nằm trong phạm vi mở rộng đường, lắng nghe những điều bà con còn băn khoăn."),
          ("p", "Đảng viên, cán bộ xã được phân công gương mẫu đi đầu. Đồng chí Lường Văn Pọm, Bí thư Chi bộ bản Phiêng Nghè là người đầu tiên tự nguyện tháo dỡ hơn 40 m tường rào, hiến 320 m² đất vườn. Thấy cán bộ làm trước, nhiều hộ trong bản cũng đăng ký hiến đất, có hộ hiến cả diện tích cà phê đang cho thu hoạch."),
          ("p", "“Đường rộng thì xe tải vào tận nơi thu mua cà phê, mận, bà con bán được giá hơn. Mình hiến một ít đất nhưng cả bản được hưởng lợi lâu dài”, ông Lò Văn Thoan ở bản Phiêng Nghè chia sẻ."),
          ("img", "/uploads/news/2025_11/duong-lien-ban-phieng-nghe.jpg", "Đoạn đường liên bản Phiêng Nghè - Nà Ngùa sau khi được mở rộng, bê tông hóa"),
          ("h", "Công khai, dân chủ để giữ đồng thuận"),
          ("p", "Mọi khoản đóng góp, danh sách hộ hiến đất, khối lượng và chất lượng công trình đều được niêm yết công khai tại nhà văn hóa bản và thông báo trên nhóm Zalo của bản. Ban giám sát đầu tư của cộng đồng tham gia giám sát từ khâu đo đạc, cắm mốc đến nghiệm thu công trình."),
          ("p", "Nhờ làm tốt công tác dân vận, đến nay xã đã hoàn thành mở rộng, bê tông hóa 14 km đường liên bản, nội bản; 236 hộ tự nguyện hiến 18.450 m² đất, tháo dỡ gần 1.200 m tường rào, góp hơn 3.600 ngày công. Tổng giá trị Nhân dân đóng góp ước trên 4,2 tỷ đồng."),
          ("img", "/uploads/news/2025_11/nghiem-thu-duong-na-ngua.jpg", "Ban giám sát đầu tư của cộng đồng bản Nà Ngùa tham gia nghiệm thu tuyến đường"),
          ("p", "Đồng chí Cầm Văn Chung, Bí thư Đảng ủy xã Chiềng Mai cho biết, từ nay đến hết năm 2026, xã tiếp tục vận động Nhân dân mở rộng thêm 9 km đường nội đồng; đồng thời đưa mô hình vào đăng ký thi đua “Dân vận khéo” của các chi bộ, gắn với đánh giá, xếp loại chất lượng tổ chức đảng cuối năm.")])
CAP1 = "Người dân bản Nà Ngùa cùng cán bộ xã đo đạc, cắm mốc mở rộng tuyến đường liên bản"
UNIT1 = "Ban Xây dựng Đảng, Đảng ủy xã Chiềng Mai"


def page01():
    pub = T("2025-11-13 15:20")
    base = "https://btgdv.sonla.dcs.vn"
    url = f"{base}/news/dan-van-kheo/chieng-mai-dan-van-kheo-trong-van-dong-nhan-dan-hien-dat-mo-duong-2841.html"
    stamp = f"{wd(pub, lower=True)} - {dmy(pub)} {hm(pub)}"
    authors = ["Cầm Thị Ngân", "Vì Văn Sáng", "Lường Thị Hiền", "Mai Anh", "Hà Linh"]

    def main(rng, rl, rd):
        body = A1.render(p=jp, h=strong_h, img=pcap)
        newer = heads10(rng, 3, avoid=[A1.title] + rl)
        nd = sorted((pub + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 6)) for _ in newer), reverse=True)
        cmt = comments([("Lò Văn Tiến", "16/11/2025 07:12", "Cách làm của xã rất hay, cán bộ gương mẫu thì dân tin, dân theo. Mong các bản khác cũng học tập.")], head="Ý kiến bạn đọc", cls="comment")
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{esc(stamp)}</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);" onclick="nv_open_browse(\'/news/sendmail/dan-van-kheo/2841.html\',\'\',650,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse(\'/news/print/dan-van-kheo/2841.html\',\'\',840,500,\'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/news/savefile/dan-van-kheo/2841.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');"><div id="imgpreview" style="width:300px"><p class="text-center"><img alt="{esc(CAP1, True)}" src="/uploads/news/2025_11/do-dac-cam-moc-na-ngua.jpg" width="300" class="img-thumbnail"/></p>'
                f'<figcaption>{esc(CAP1)}</figcaption></div></figure>'
                f'<div class="hometext m-bottom">{esc(A1.lead)}</div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Lò Thị Hương ({esc(UNIT1)})</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a title="dân vận khéo" href="/news/tag/dan-van-kheo"><em>dân vận khéo</em></a>, <a title="hiến đất làm đường" href="/news/tag/hien-dat-lam-duong"><em>hiến đất làm đường</em></a>, <a title="Chiềng Mai" href="/news/tag/chieng-mai"><em>Chiềng Mai</em></a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 24 trong 5 đánh giá</p>'
                f'<span itemscope itemtype="https://schema.org/AggregateRating"><span class="hide" itemprop="itemReviewed">{esc(A1.title)}</span> Xếp hạng: <span id="numberrating" itemprop="ratingValue">4.8</span> - <span id="click_rating" itemprop="ratingCount">5</span> phiếu bầu</span>'
                f'<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body">{cmt}</div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                + nv_related(rng, "Những tin mới hơn", newer, nd, "/news/dan-van-kheo")
                + nv_related(rng, "Những tin cũ hơn", rl[:5], rd, "/news/dan-van-kheo")
                + '</div></div>')

    crumbs = nv_crumbs([("Trang chủ", "/"), ("Tin tức", "/news/"), ("Dân vận khéo", "/news/dan-van-kheo/")])

    def side(rng, pub_):
        ts = heads10(rng, 5, avoid=[A1.title])
        return (teasers(rng, "Gương điển hình dân vận khéo", ts, past(pub_, rng, 5, 1, 30), authors, lambda d: dmy(d), "panel dvk-box", base="/news/dan-van-kheo")
                + side_std(rng, pub_, "Tin xem nhiều", fmt=lambda d: f"{hm(d)} {dmy(d)}", cls="panel panel-primary tin-xem-nhieu")
                + vb_box(["Kế hoạch triển khai phong trào thi đua “Dân vận khéo” năm 2026", "Hướng dẫn đánh giá, xếp loại mô hình “Dân vận khéo” cấp xã", "Quy chế công tác dân vận của hệ thống chính trị"], "Văn bản mới", "panel vb-moi")
                + '<div class="panel video-box"><div class="panel-heading">Video</div><div class="panel-body"><iframe width="100%" height="200" src="https://www.youtube.example/embed/xY9sLa02k1c" frameborder="0" allowfullscreen></iframe><p>Sơn La: Đổi thay từ những con đường dân vận</p></div></div>'
                + links_box(["Cổng TTĐT Đảng Cộng sản Việt Nam", "Tạp chí Tuyên giáo", "Báo Sơn La", "Cổng TTĐT tỉnh Sơn La"], "Liên kết website", "panel lien-ket"))

    def top(rng, pub_):
        today = pub_ + timedelta(days=2)
        return (f'<div class="col-xs-24 col-sm-16 col-md-16"><div class="logo"><a title="Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La" href="/"><img src="/uploads/banner-btgdv-sonla.png" width="700" height="120" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La" /></a></div></div>'
                f'<div class="col-xs-24 col-sm-8 col-md-8"><div class="hom-nay">Hôm nay: {wd(today).lower()}, {dmy(today)}</div><div class="headerSearch"><input type="text" maxlength="60" placeholder="Tìm kiếm..."><button type="button"><em class="fa fa-search fa-lg"></em></button></div></div>')

    head = (og(A1.title, url, {"og:site_name": "Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La", "og:description": A1.lead, "article:published_time": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "article:section": "Dân vận khéo"})
            + NV_HEAD.format(v="4.3", t="default", c="nv4c_Sl3b7"))
    return page("s29-01", family="btgdv_province_nukeviet43_default_theme_dan_van_kheo_author_field_unit_with_comma",
                name="sonla-btgdvtu-nukeviet43-stock-default-theme-brcr-dan-van-kheo-h1-title-span-h5-weekday-lower-dash-dd-mm-yyyy-hh-mm-figure-article-figcaption-hometext-lead-centred-em-captions-tac-gia-name-paren-unit-with-comma-comment",
                url=url, art=A1, main_fn=main, pub=pub, prefix="nv", kb=185,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La", addr="Số 8 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La", phone="0212.3852.136",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nukeviet4", "head_extra": head, "title": A1.title + " - Dân vận khéo - Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La"},
                exp=expected(A1, iso(pub), author="Lò Thị Hương", unit=UNIT1, category="Dân vận khéo", captions=[CAP1] + A1.captions),
                traps={"bylines": ["Tác giả:"], "sidebar_bylines": authors, "chrome": ["Tổng số điểm của bài viết là: 24 trong 5 đánh giá", "Click để đánh giá bài viết", "Những tin mới hơn", "Những tin cũ hơn", "Từ khóa:", "Gương điển hình dân vận khéo", "Sơn La: Đổi thay từ những con đường dân vận"],
                       "comment": ["Cách làm của xã rất hay, cán bộ gương mẫu thì dân tin, dân theo."], "related": lambda rl: rl[:5]},
                notes="A 'DÂN VẬN KHÉO' model on the site of a Ban Tuyên giáo và Dân vận Tỉnh ủy built on NukeViet 4.3 with the STOCK default theme (the province's banner only): nav.third-nav breadcrumbs (li#brcr_N), news_column panels, h1.title, span.h5 stamp, the print / mail / save icons, figure.article.left + figcaption (the lead image), div.hometext, #news-bodyhtml.bodytext, p.h5.text-right 'Tác giả:', tags, rating, comments, 'Những tin mới hơn' / 'Những tin cũ hơn'. Stamp: the default 'l - d/m/Y H:i' with a lower-case weekday 'Thứ năm - 13/11/2025 15:20' → 2025-11-13T15:20:00+07:00. The header's 'Hôm nay: thứ bảy, 15/11/2025' is the crawl day; the sidebar's teasers carry their own dates and WRITERS ('Gương điển hình dân vận khéo'), and the reader's comment its own time. Lead: the hometext (unstyled in the stock theme, printed before the text) → lead. Two bold sub-headings are body. Captions: the lead image's figcaption, then two centred <em> lines under the images in the text (three captions). Author field 'Tác giả: Lò Thị Hương (Ban Xây dựng Đảng, Đảng ủy xã Chiềng Mai)' → author 'Lò Thị Hương', unit 'Ban Xây dựng Đảng, Đảng ủy xã Chiềng Mai' — the comma belongs to the unit (a commune Party committee's board after the 2025 reorganisation, set 27's rule). Crumb 'Trang chủ › Tin tức › Dân vận khéo' → category. The quoted villager ('ông Lò Văn Thoan … chia sẻ') is a source inside the text.",
                readme="NukeViet 4.3, stock default theme, Ban TG&DV Tỉnh ủy, a 'DÂN VẬN KHÉO' model: 'Thứ năm - 13/11/2025 15:20' (lower-case weekday), figure.article figcaption + centred <em> captions, unstyled hometext lead, bold sub-heads, 'Tác giả: Name (Ban Xây dựng Đảng, Đảng ủy xã …)' (comma inside the unit), sidebar teasers with dates and writers, a reader's comment")


# ===================================================================== 2 Đảng ủy xã Tam Đường (Lai Châu): NukeViet 4.5 eGov theme; a COMMUNE'S PARTY CONGRESS; 'Ngày đăng … | Cập nhật … | Lượt xem'; 'Tin, ảnh: A - B' inside the bodytext
A2 = Art("Đại hội đại biểu Đảng bộ xã Tam Đường lần thứ I, nhiệm kỳ 2025 - 2030",
         "Trong hai ngày 7 và 8/8, Đảng bộ xã Tam Đường tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự Đại hội có đồng chí Giàng A Tính, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy cùng 150 đại biểu đại diện cho hơn 1.100 đảng viên của 38 tổ chức cơ sở đảng trong toàn Đảng bộ.",
         [("p", "Đảng bộ xã Tam Đường được thành lập ngày 1/7/2025 trên cơ sở hợp nhất Đảng bộ thị trấn Tam Đường và Đảng bộ ba xã lân cận. Đây là Đại hội đầu tiên sau khi sắp xếp đơn vị hành chính, có ý nghĩa đặc biệt quan trọng trong việc thống nhất ý chí, hành động của cán bộ, đảng viên và Nhân dân các dân tộc trong xã."),
          ("img", "/uploads/news/2025_08/chao-co-khai-mac-dai-hoi.jpg", "Các đại biểu thực hiện nghi thức chào cờ khai mạc Đại hội"),
          ("p", "Báo cáo chính trị trình Đại hội đánh giá, nhiệm kỳ 2020 - 2025, dù gặp nhiều khó khăn, kinh tế của các địa phương trước sáp nhập vẫn duy trì tăng trưởng khá; thu nhập bình quân đầu người năm 2024 đạt 38,5 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 4,2%/năm; 100% bản có đường ô tô đến trung tâm; diện tích chè tập trung đạt hơn 1.050 ha."),
          ("p", "Nhiệm kỳ 2025 - 2030, Đại hội xác định mục tiêu xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát triển kinh tế nông, lâm nghiệp theo hướng hàng hóa gắn với du lịch cộng đồng; phấn đấu đến năm 2030 thu nhập bình quân đầu người đạt 65 triệu đồng, tỷ lệ hộ nghèo giảm còn dưới 5%."),
          ("img", "/uploads/news/2025_08/truong-ban-to-chuc-phat-bieu.jpg", "Đồng chí Giàng A Tính, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy phát biểu chỉ đạo Đại hội"),
          ("p", "Phát biểu chỉ đạo Đại hội, đồng chí Giàng A Tính đề nghị Đảng bộ xã phát huy tinh thần đoàn kết, nhanh chóng ổn định tổ chức bộ máy sau sắp xếp; chú trọng nâng cao chất lượng phục vụ người dân tại Trung tâm Phục vụ hành chính công xã; khai thác hiệu quả tiềm năng về chè, cây dược liệu và du lịch sinh thái."),
          ("p", "Đại hội đã công bố quyết định của Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã khóa I gồm 31 đồng chí; Ban Thường vụ gồm 9 đồng chí. Đồng chí Tẩn Văn Phàn được chỉ định giữ chức Bí thư Đảng ủy xã. Đại hội cũng bầu 7 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XV."),
          ("img", "/uploads/news/2025_08/bch-khoa-i-ra-mat.jpg", "Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030 ra mắt Đại hội"),
          ("p", "Đại hội đã thảo luận, biểu quyết thông qua Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 với 100% đại biểu tán thành.")])
BYL2 = "Tin, ảnh: Lò Văn Sơn - Tòng Thị Mai"


def page02():
    pub = T("2025-08-08 16:45")
    upd = T("2025-08-09 07:50")
    site = "https://tamduong.laichau.gov.vn"
    url = f"{site}/tin-tuc/tin-hoat-dong/dai-hoi-dai-bieu-dang-bo-xa-tam-duong-lan-thu-i-nhiem-ky-2025-2030-352.html"

    def img(s, c, n):
        return f'<figure class="image" style="display:table;margin:0 auto"><img alt="{esc(c, True)}" height="480" src="{s}" width="720" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A2.render(p=jp, img=img) + f'<p style="text-align: right;"><strong>{esc(BYL2)}</strong></p>'
        others = "".join(f'<li><a href="{site}/tin-tuc/tin-hoat-dong/{slug(t)}-{rng.randint(200, 351)}.html">{esc(t)}</a> <span class="text-muted">- {dmy(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="news-detail egov-box"><h1 class="title">{esc(A2.title)}</h1>'
                f'<ul class="news-meta list-inline"><li><em class="fa fa-clock-o"></em> Ngày đăng: {dmy(pub)} {hm(pub)}</li><li><em class="fa fa-refresh"></em> Cập nhật: {dmy(upd)} {hm(upd)}</li><li><em class="fa fa-eye"></em> Lượt xem: 1.284</li></ul>'
                f'<div class="news-tools"><a href="#" class="font-size" data-size="-1">A-</a> <a href="#" class="font-size" data-size="1">A+</a> <a href="/tin-tuc/print/tin-hoat-dong/352.html" rel="nofollow">In bài</a> <a href="#" class="listen" onclick="nv_tts(352);return false;">Nghe đọc</a></div>'
                f'<div class="hometext"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext">{body}</div>'
                f'<div class="news-share">{share("share-egov")}</div>'
                f'<div class="other-news egov-box"><h3 class="egov-box-title">Tin cùng chuyên mục</h3><ul class="related">{others}</ul></div></div>')

    crumbs = nv_crumbs([("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), ("Tin hoạt động", "/tin-tuc/tin-hoat-dong/")])

    def side(rng, pub_):
        notices = "".join(f'<li><a href="#">{esc(t)}</a> <span class="date">{d}</span></li>' for t, d in [
            ("Thông báo lịch tiếp công dân của Bí thư Đảng ủy xã tháng 8/2025", "01/08/2025"),
            ("Thông báo tuyển dụng viên chức Trạm Y tế xã năm 2025", "30/07/2025"),
            ("Thông báo lịch trực Trung tâm Phục vụ hành chính công xã ngày thứ Bảy", "28/07/2025")])
        docs = "".join(f'<tr><td>{n}</td><td>{d}</td><td><a href="#">{esc(t)}</a></td></tr>' for n, d, t in [
            ("15/KH-UBND", "05/08/2025", "Kế hoạch tổ chức các hoạt động chào mừng Đại hội Đảng bộ xã"),
            ("09/QĐ-UBND", "18/07/2025", "Quyết định ban hành Quy chế làm việc của UBND xã nhiệm kỳ 2021 - 2026"),
            ("04/TB-UBND", "08/07/2025", "Thông báo phân công nhiệm vụ Chủ tịch, các Phó Chủ tịch UBND xã")])
        return (f'<div class="egov-box thong-bao"><h3 class="egov-box-title">Thông báo</h3><ul>{notices}</ul></div>'
                f'<div class="egov-box van-ban"><h3 class="egov-box-title">Văn bản chỉ đạo điều hành</h3><table class="table"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{docs}</tbody></table></div>'
                f'<div class="egov-box dvc"><h3 class="egov-box-title">Dịch vụ công trực tuyến</h3><ul><li><a href="https://dichvucong.example">Cổng Dịch vụ công quốc gia</a></li><li><a href="#">Tra cứu hồ sơ</a></li><li><a href="#">Đánh giá mức độ hài lòng</a></li></ul></div>'
                + poll("Bạn đánh giá thế nào về chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã?", ["Rất hài lòng", "Hài lòng", "Chưa hài lòng"], "egov-box poll"))

    def top(rng, pub_):
        today = pub_ + timedelta(days=2)
        return (f'<div class="logo"><img src="/themes/egov/images/quoc-huy.png" alt="Quốc huy" width="70" height="70" /><div class="site-name"><span class="site-name-1">ĐẢNG BỘ - CHÍNH QUYỀN - NHÂN DÂN</span>'
                f'<span class="site-name-2">XÃ TAM ĐƯỜNG</span><span class="site-name-3">Tỉnh Lai Châu</span></div></div>'
                f'<div class="header-right"><div class="current-time"><em class="fa fa-calendar"></em> {wd(today)}, {dmy(today)}</div><div class="hotline">Đường dây nóng: 0213.3875.118</div></div>')

    head = (og(A2.title, url, {"og:site_name": "Cổng thông tin điện tử xã Tam Đường", "og:description": A2.lead, "article:published_time": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "article:modified_time": upd.strftime("%Y-%m-%dT%H:%M:%S+07:00")})
            + NV_HEAD.format(v="4.5", t="egov", c="nv4c_Td7x1"))
    left_marquee = ""
    return page("s29-02", family="commune_party_nukeviet45_egov_theme_congress_tin_anh_two_names_in_bodytext",
                name="laichau-tamduong-xa-nukeviet45-egov-theme-quoc-huy-header-brcr-tin-hoat-dong-h1-title-news-meta-ngay-dang-cap-nhat-luot-xem-bold-hometext-lead-ckeditor-figure-figcaptions-bold-right-tin-anh-two-names-inside-bodytext-van-ban-table",
                url=url, art=A2, main_fn=main, pub=pub, prefix="egov", kb=150,
                org="Ủy ban nhân dân xã Tam Đường", addr="Tổ dân phố số 3, xã Tam Đường, tỉnh Lai Châu", phone="0213.3875.118",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv_egov", "head_extra": head, "title": A2.title + " - Tin hoạt động - Cổng thông tin điện tử xã Tam Đường", "items": MENU_GOV, "below": left_marquee},
                exp=expected(A2, iso(pub), updated=iso(upd), author="Lò Văn Sơn, Tòng Thị Mai", photographer="Lò Văn Sơn, Tòng Thị Mai", category="Tin hoạt động"),
                traps={"bylines": [BYL2], "chrome": ["Lượt xem: 1.284", "Nghe đọc", "Tin cùng chuyên mục", "Văn bản chỉ đạo điều hành", "Dịch vụ công trực tuyến", "Thông báo lịch tiếp công dân của Bí thư Đảng ủy xã tháng 8/2025"], "related": lambda rl: rl[:5]},
                notes="A COMMUNE'S PARTY CONGRESS (the first congress of a commune Party committee formed on 1/7/2025) on a commune portal built on NukeViet 4.5 under VINADES' eGov theme (quốc huy header 'ĐẢNG BỘ - CHÍNH QUYỀN - NHÂN DÂN XÃ …', a table of documents 'Số ký hiệu | Ngày ban hành | Trích yếu' in the sidebar, notices with their dates, a poll). Meta row 'Ngày đăng: 08/08/2025 16:45 | Cập nhật: 09/08/2025 07:50 | Lượt xem: 1.284' → published 2025-08-08T16:45, updated 2025-08-09T07:50. The header clock is the crawl day. Lead: the bold hometext. Three CKEditor figure.image figcaptions. The credit 'Tin, ảnh: Lò Văn Sơn - Tòng Thị Mai' is typed by the editor as the LAST paragraph INSIDE #news-bodyhtml (bold, right-aligned) → two authors and the same two photographers, not body. 'Đại hội … lần thứ XV' and '1/7/2025' in the text are the text's. Crumb → 'Tin hoạt động'.",
                readme="NukeViet 4.5 eGov theme commune portal, a COMMUNE'S PARTY CONGRESS: 'Ngày đăng: … | Cập nhật: … | Lượt xem:' (update stamp), bold hometext lead, CKEditor figure captions ×3, 'Tin, ảnh: A - B' as the last paragraph INSIDE the bodytext (two authors = two photographers), documents table and notices with dates in the sidebar")


# ===================================================================== 3 Hội Cựu chiến binh tỉnh Điện Biên: NukeViet 4 under a local vendor's theme; a TRAINING COURSE; time-first 'HH:MM dd/mm/yyyy'; no lead; 'Name - unit'
A3 = Art("Tập huấn nghiệp vụ công tác Hội năm 2025 cho cán bộ chủ chốt Hội Cựu chiến binh cơ sở",
         None,
         [("p", "Từ ngày 20 đến ngày 22/10, Hội Cựu chiến binh tỉnh tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2025 cho 135 học viên là chủ tịch, phó chủ tịch Hội Cựu chiến binh các xã, phường và chi hội trưởng các chi hội trực thuộc."),
          ("p", "Đây là lớp tập huấn đầu tiên kể từ khi tổ chức Hội cấp huyện kết thúc hoạt động, Hội cấp tỉnh trực tiếp hướng dẫn, chỉ đạo Hội cơ sở theo mô hình chính quyền địa phương hai cấp. Nhiều cán bộ Hội cơ sở mới được kiện toàn, chưa có nhiều kinh nghiệm trong công tác Hội."),
          ("p", "Tại lớp tập huấn, các học viên được báo cáo viên của Trung ương Hội và Hội Cựu chiến binh tỉnh truyền đạt các chuyên đề:"),
          ("ul", ["Những điểm mới trong Điều lệ Hội Cựu chiến binh Việt Nam và hướng dẫn thi hành;",
                  "Nghiệp vụ công tác tổ chức, kiểm tra và thi đua, khen thưởng của Hội cơ sở;",
                  "Kỹ năng nắm bắt tình hình tư tưởng hội viên, tham gia giải quyết các vụ việc phức tạp ở khu dân cư;",
                  "Ứng dụng phần mềm quản lý hội viên và chuyển đổi số trong hoạt động Hội."]),
          ("img", "/uploads/news/2025_10/khai-mac-tap-huan-ccb.jpg", "Đồng chí Lò Văn Mừng, Chủ tịch Hội Cựu chiến binh tỉnh phát biểu khai mạc lớp tập huấn"),
          ("p", "Bên cạnh phần lý thuyết, lớp học dành một buổi để học viên thảo luận nhóm, trao đổi kinh nghiệm xây dựng các mô hình “Cựu chiến binh giúp nhau làm kinh tế”, “Cựu chiến binh tham gia bảo vệ an ninh biên giới”, tổ tự quản đường làng, ngõ xóm."),
          ("img", "/uploads/news/2025_10/thao-luan-nhom-ccb.jpg", "Học viên thảo luận nhóm tại lớp tập huấn"),
          ("p", "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch, trong đó 48 học viên đạt loại giỏi. Hội Cựu chiến binh tỉnh đề nghị các học viên vận dụng kiến thức vào thực tiễn, tiếp tục xây dựng tổ chức Hội cơ sở trong sạch, vững mạnh, xứng đáng là chỗ dựa tin cậy của cấp ủy, chính quyền.")])
BYL3 = "Quàng Văn Lả - Hội CCB xã Mường Phăng"


def page03():
    pub = T("2025-10-22 09:15")
    site = "https://hoiccb.dienbien.gov.vn"
    url = f"{site}/news/hoat-dong-hoi/tap-huan-nghiep-vu-cong-tac-hoi-nam-2025-cho-can-bo-chu-chot-hoi-cuu-chien-binh-co-so-1187.html"
    tf = lambda d: f"{hm(d)} {dmy(d)}"  # the theme's time-first format (stamps, lists and sidebar alike)

    def main(rng, rl, rd):
        body = A3.render(p=jp, img=pcap)
        others = "".join(f'<li><a href="{site}/news/hoat-dong-hoi/{slug(t)}-{rng.randint(900, 1186)}.html">{esc(t)}</a><span class="time"><i class="fa fa-clock-o"></i> {tf(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="ccb-detail">{nv_crumbs([("Trang chủ", "/"), ("Tin tức", "/news/"), ("Hoạt động Hội", "/news/hoat-dong-hoi/")])}'
                f'<h1 class="ccb-detail-title">{esc(A3.title)}</h1>'
                f'<div class="ccb-detail-meta"><span class="post-date"><i class="fa fa-clock-o"></i> {tf(pub)}</span><span class="views"><i class="fa fa-eye"></i> 356</span>'
                f'<span class="tools"><a href="/news/print/hoat-dong-hoi/1187.html" title="In bài viết"><i class="fa fa-print"></i></a> <a href="#" title="Gửi email"><i class="fa fa-envelope"></i></a></span></div>'
                f'<div id="news-bodyhtml" class="bodytext">{body}</div>{right_bold(BYL3)}'
                f'<div class="ccb-keywords"><span>Từ khóa:</span> <a href="/news/tag/tap-huan">tập huấn</a> <a href="/news/tag/cuu-chien-binh">cựu chiến binh</a></div>'
                f'<div class="ccb-related"><h3 class="ccb-box-title">Tin cùng chuyên mục</h3><ul>{others}</ul></div></div>')

    def side(rng, pub_):
        ts = heads10(rng, 6, avoid=[A3.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a><span class="time"><i class="fa fa-clock-o"></i> {tf(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 6, 0, 10)))
        return (f'<div class="ccb-box tin-moi"><h3 class="ccb-box-title">Tin mới</h3><ul>{li}</ul></div>'
                f'<div class="ccb-box guong"><h3 class="ccb-box-title">Gương Cựu chiến binh</h3><div class="item"><img src="/uploads/news/2025_10/ccb-lam-kinh-te.jpg" alt="" /><a href="#">Cựu chiến binh Lò Văn Pâng làm giàu từ cây cà phê</a></div></div>'
                + schedule(rng, pub_ + timedelta(days=1), "Lịch công tác Thường trực Hội", "ccb-box lich")
                + links_box(["Trung ương Hội Cựu chiến binh Việt Nam", "Báo Cựu chiến binh Việt Nam", "Cổng TTĐT tỉnh Điện Biên"], "Liên kết", "ccb-box lien-ket"))

    def top(rng, pub_):
        return ('<div class="col-xs-24"><div class="ccb-banner"><img src="/themes/ccb_dienbien/images/banner.jpg" alt="Hội Cựu chiến binh tỉnh Điện Biên" width="1170" height="150" />'
                f'<div class="ccb-slogan">Trung thành - Đoàn kết - Gương mẫu - Đổi mới</div><div class="ccb-time">{wd(pub_ + timedelta(days=2))}, {dmy(pub_ + timedelta(days=2))}</div></div></div>')

    head = (og(A3.title, url, {"og:site_name": "Hội Cựu chiến binh tỉnh Điện Biên", "og:description": A3.pars[0]})
            + NV_HEAD.format(v="4.4", t="ccb_dienbien", c="nv4c_Db11q"))
    return page("s29-03", family="veterans_association_nukeviet4_vendor_theme_time_first_stamp_training_course",
                name="dienbien-hoiccb-nukeviet44-local-vendor-theme-brcr-inside-detail-hoat-dong-hoi-h1-time-first-hh-mm-dd-mm-yyyy-clock-icon-views-no-lead-ul-topics-centred-em-captions-bold-right-name-dash-hoi-ccb-xa-same-shape-times-in-lists",
                url=url, art=A3, main_fn=main, pub=pub, prefix="ccb", kb=130,
                org="Hội Cựu chiến binh tỉnh Điện Biên", addr="Số 2 đường Võ Nguyên Giáp, phường Điện Biên Phủ, tỉnh Điện Biên", phone="0215.3825.441",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "nukeviet4", "head_extra": head, "title": A3.title + " - Hoạt động Hội - Hội Cựu chiến binh tỉnh Điện Biên", "items": MENU_MASS},
                exp=expected(A3, iso(pub), author="Quàng Văn Lả", unit="Hội CCB xã Mường Phăng", category="Hoạt động Hội"),
                traps={"bylines": [BYL3], "chrome": ["Tin cùng chuyên mục", "Từ khóa:", "Gương Cựu chiến binh", "Cựu chiến binh Lò Văn Pâng làm giàu từ cây cà phê", "Lịch công tác Thường trực Hội", "Trung thành - Đoàn kết - Gương mẫu - Đổi mới"], "related": lambda rl: rl[:5]},
                notes="A TRAINING COURSE on the site of a Hội Cựu chiến binh tỉnh built on NukeViet 4.4 under a local vendor's theme (the module's ids kept: #news-bodyhtml.bodytext, li#brcr_N crumbs, but the title, meta and lists restyled). The theme prints every time FIRST: the item's 'HH:MM dd/mm/yyyy' after a clock icon '09:15 22/10/2025' → 2025-10-22T09:15:00+07:00 — the 'Tin cùng chuyên mục' and 'Tin mới' lists carry stamps in the very same shape. No hometext (lead null); the text opens with the course's dates ('Từ ngày 20 đến ngày 22/10'). A <ul> of four topics = four body paragraphs. Two centred <em> captions. Byline bold right 'Quàng Văn Lả - Hội CCB xã Mường Phăng' → author + unit (a writer from a commune association). Crumb printed inside the detail block → 'Hoạt động Hội'.",
                readme="NukeViet 4.4 under a local vendor's theme, Hội CCB tỉnh, a TRAINING COURSE: time-first 'HH:MM dd/mm/yyyy' after a clock icon (lists in the same shape), no lead, <ul> of topics, centred <em> captions, bold right 'Name - Hội CCB xã …' (author + unit)")


# ===================================================================== 4 Ủy ban Kiểm tra Thành ủy Hải Phòng: the '.dcs.vn' '-c<id>.html' platform; a DISCIPLINARY NOTICE; 'dd/mm/yyyy | views' date only; office signature
A4 = Art("Ủy ban Kiểm tra Thành ủy thông báo kết quả Kỳ họp thứ 15",
         "Ngày 12/01/2026, Ủy ban Kiểm tra Thành ủy tổ chức Kỳ họp thứ 15 để xem xét, kết luận một số nội dung quan trọng. Đồng chí Lê Văn Hiệu, Ủy viên Ban Thường vụ Thành ủy, Chủ nhiệm Ủy ban Kiểm tra Thành ủy chủ trì Kỳ họp.",
         [("p", "Tại Kỳ họp, Ủy ban Kiểm tra Thành ủy đã xem xét báo cáo kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy xã Quang Hưng nhiệm kỳ 2020 - 2025 (trước sắp xếp) và các cá nhân có liên quan."),
          ("p", "Ủy ban Kiểm tra Thành ủy kết luận: Ban Thường vụ Đảng ủy xã Quang Hưng nhiệm kỳ 2020 - 2025 đã vi phạm nguyên tắc tập trung dân chủ, Quy chế làm việc; thiếu lãnh đạo, chỉ đạo, buông lỏng quản lý để xảy ra nhiều sai phạm trong quản lý, sử dụng đất đai, thu chi ngân sách; một số cán bộ, đảng viên vi phạm những điều đảng viên không được làm."),
          ("p", "Những vi phạm nêu trên đã gây hậu quả nghiêm trọng, ảnh hưởng xấu đến uy tín của tổ chức đảng và chính quyền địa phương, đến mức phải xem xét, xử lý kỷ luật."),
          ("p", "Căn cứ quy định của Đảng về xử lý kỷ luật đảng viên vi phạm, Ủy ban Kiểm tra Thành ủy quyết định:"),
          ("ul", ["Thi hành kỷ luật bằng hình thức cảnh cáo đối với đồng chí Nguyễn Văn Tùng, nguyên Phó Bí thư Đảng ủy, nguyên Chủ tịch UBND xã Quang Hưng;",
                  "Thi hành kỷ luật bằng hình thức khiển trách đối với đồng chí Phạm Thị Hằng, nguyên Đảng ủy viên, nguyên Phó Chủ tịch UBND xã Quang Hưng và đồng chí Vũ Đức Long, nguyên công chức địa chính - xây dựng xã Quang Hưng."]),
          ("p", "Ủy ban Kiểm tra Thành ủy đề nghị Ban Thường vụ Thành ủy xem xét, thi hành kỷ luật Ban Thường vụ Đảng ủy xã Quang Hưng nhiệm kỳ 2020 - 2025 và đồng chí Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025 theo thẩm quyền."),
          ("p", "Cũng tại Kỳ họp, Ủy ban Kiểm tra Thành ủy đã xem xét, giải quyết đơn tố cáo đối với 1 đảng viên là cán bộ thuộc diện Ban Thường vụ Thành ủy quản lý, kết luận nội dung tố cáo là không có cơ sở; đồng thời cho ý kiến vào dự thảo Chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành Đảng bộ thành phố và của Ủy ban Kiểm tra Thành ủy.")])
SIG4 = "UBKT Thành ủy"


def page04():
    pub = T("2026-01-13 16:40")
    site = "https://ubkt.haiphong.dcs.vn"
    url = f"{site}/uy-ban-kiem-tra-thanh-uy-thong-bao-ket-qua-ky-hop-thu-15-c221907.html"

    def main(rng, rl, rd):
        body = A4.render(p=jp)
        others = "".join(f'<li class="item"><a href="{site}/{slug(t)}-c{rng.randint(219000, 221906)}.html">{esc(t)}</a><div class="meta-list">{dmy(d)} | {rng.randint(80, 900)}</div></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="breadcrumb-list"><a href="/">Trang chủ</a><i class="fa fa-angle-right"></i><a href="/hoat-dong-kiem-tra-giam-sat-c12.html">Hoạt động kiểm tra, giám sát</a></div>'
                f'<div class="detail"><h1 class="detail-title">{esc(A4.title)}</h1>'
                f'<div class="detail-meta"><span class="date"><i class="fa fa-calendar"></i> {dmy(pub)}</span> | <span class="view"><i class="fa fa-eye"></i> 329</span>'
                f'<span class="detail-tool"><a href="javascript:window.print()"><i class="fa fa-print"></i> In</a> <a href="#" class="zoom-out">A-</a> <a href="#" class="zoom-in">A+</a></span></div>'
                f'<div class="detail-sapo"><strong>{esc(A4.lead)}</strong></div>'
                f'<div class="detail-content">{body}{right_bold(SIG4)}</div>'
                f'<div class="detail-share">{share("share")}</div></div>'
                f'<div class="box-other"><div class="box-other-title">Tin cùng chuyên mục</div><ul>{others}</ul></div>')

    def side(rng, pub_):
        ts = heads10(rng, 6, avoid=[A4.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a><div class="meta-list">{dmy(d)} | {rng.randint(100, 1500)}</div></li>' for t, d in zip(ts, past(pub_, rng, 6, 0, 15)))
        return (f'<div class="box-right"><div class="box-right-title">Đọc nhiều</div><ul>{li}</ul></div>'
                + vb_box(["Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "Hướng dẫn thực hiện các quy định về công tác kiểm tra, giám sát, thi hành kỷ luật đảng",
                          "Chương trình kiểm tra, giám sát năm 2026 của Ủy ban Kiểm tra Thành ủy"], "Văn bản", "box-right van-ban")
                + '<div class="box-right hoi-dap"><div class="box-right-title">Hỏi - đáp nghiệp vụ</div><ul><li><a href="#">Thời hạn xóa kỷ luật đối với đảng viên bị khiển trách?</a></li><li><a href="#">Thẩm quyền giải quyết tố cáo đối với cấp ủy viên cơ sở?</a></li></ul></div>')

    def top(rng, pub_):
        return ('<div class="header-logo"><a href="/"><img src="/Content/images/logo-ubkt-hp.png" alt="Ủy ban Kiểm tra Thành ủy Hải Phòng" /></a></div>'
                f'<div class="header-date">{wd(pub_ + timedelta(days=1))}, ngày {dmy(pub_ + timedelta(days=1))}</div>')

    head = ('<link href="/Content/bootstrap.min.css" rel="stylesheet"/><link href="/Content/font-awesome.min.css" rel="stylesheet"/><link href="/Content/style.css?v=3.1" rel="stylesheet"/>'
            + og(A4.title, url, {"og:description": A4.lead, "og:site_name": "Ủy ban Kiểm tra Thành ủy Hải Phòng"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A4.title, "datePublished": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "publisher": {"@type": "Organization", "name": "Ủy ban Kiểm tra Thành ủy Hải Phòng"}}))
    return page("s29-04", family="inspection_commission_dcs_c_id_platform_disciplinary_notice_office_signature",
                name="haiphong-ubkttu-dcs-vn-platform-slug-c-id-html-crumb-hoat-dong-kiem-tra-giam-sat-h1-detail-meta-dd-mm-yyyy-pipe-views-date-only-jsonld-time-ignored-bold-sapo-ul-decisions-no-pictures-bold-right-ubkt-thanh-uy-office-signature",
                url=url, art=A4, main_fn=main, pub=pub, prefix="ubkt", kb=115,
                org="Ủy ban Kiểm tra Thành ủy Hải Phòng", addr="Số 2 đường Hoàng Văn Thụ, phường Hồng Bàng, thành phố Hải Phòng", phone="0225.3842.310",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "div", "head_extra": head, "title": A4.title},
                exp=expected(A4, isod(pub), unit="UBKT Thành ủy", category="Hoạt động kiểm tra, giám sát", captions=[]),
                traps={"signature": [SIG4], "chrome": ["Tin cùng chuyên mục", "Đọc nhiều", "Hỏi - đáp nghiệp vụ", "Thời hạn xóa kỷ luật đối với đảng viên bị khiển trách?"], "related": lambda rl: rl[:5]},
                notes="A DISCIPLINARY NOTICE (thông báo kết quả kỳ họp of an Ủy ban Kiểm tra Thành ủy) on the '.dcs.vn' platform whose article URLs end '-c<id>.html' and whose lists print 'dd/mm/yyyy | views'. The detail meta prints the same shape, DATE ONLY: '13/01/2026 | 329' → published 2026-01-13 (the JSON-LD datePublished carries 16:40 but no visible time exists: a machine-only time is not added to a date-only stamp, set 25's MAJORITY rule). The session's day '12/01/2026' is in the sapo. Lead: the bold sapo. The decisions are a <ul> (two body paragraphs). No pictures → captions []. Signature bold right 'UBKT Thành ủy' (the commission itself) → unit 'UBKT Thành ủy', author null (set 26: a signature naming a body). People and the case are made up; the commune's name is used only as a place. Crumb 'Trang chủ › Hoạt động kiểm tra, giám sát' → category (a section name with a comma).",
                readme="'.dcs.vn' '-c<id>.html' platform, UBKT Thành ủy, a DISCIPLINARY NOTICE: 'dd/mm/yyyy | views' DATE ONLY (JSON-LD time not added), bold sapo, <ul> decisions, no pictures, office signature 'UBKT Thành ủy' (unit, no author)")


# ===================================================================== 5 Tỉnh ủy Quảng Trị: '.dcs.vn' DetailView portal under a Tỉnh ủy skin; a CONFERENCE (Hội nghị BCH); TWO WRITERS in the top meta row; 'Cập nhật lúc HH:MM dd/mm/yyyy'
A5 = Art("Hội nghị Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào phương hướng, nhiệm vụ năm 2026",
         "Chiều 19/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ năm để đánh giá tình hình thực hiện nhiệm vụ năm 2025, cho ý kiến vào phương hướng, nhiệm vụ năm 2026 và một số nội dung quan trọng khác.",
         [("p", "Đồng chí Lê Văn Thanh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì Hội nghị. Cùng dự có các đồng chí trong Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh, lãnh đạo các sở, ban, ngành."),
          ("p", "Báo cáo tại Hội nghị cho biết, năm 2025 là năm đầu tiên tỉnh vận hành bộ máy sau hợp nhất. Trong bối cảnh còn nhiều khó khăn, tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,8%; thu ngân sách nhà nước đạt hơn 11.200 tỷ đồng, vượt 12% dự toán; giải ngân vốn đầu tư công đạt 91% kế hoạch. Công tác xây dựng Đảng, hệ thống chính trị được chú trọng; đại hội đảng bộ các cấp được tổ chức thành công."),
          ("img", "/Image/Large/20251219164512_bi-thu-ket-luan.jpg", "Đồng chí Bí thư Tỉnh ủy phát biểu kết luận Hội nghị"),
          ("p", "Năm 2026, tỉnh đặt mục tiêu tốc độ tăng trưởng GRDP từ 8,5% trở lên; thu hút ít nhất 3 dự án có quy mô trên 1.000 tỷ đồng; hoàn thành giải phóng mặt bằng các dự án trọng điểm như đường ven biển, cảng hàng không; tiếp tục nâng cao chất lượng hoạt động của chính quyền địa phương hai cấp."),
          ("p", "Thảo luận tại Hội nghị, các đại biểu tập trung phân tích nguyên nhân của những hạn chế, nhất là tiến độ giải ngân một số dự án, việc bố trí trụ sở dôi dư sau sắp xếp, chất lượng đội ngũ công chức cấp xã ở vùng sâu, vùng xa; đề xuất nhiều giải pháp cụ thể."),
          ("img", "/Image/Large/20251219164540_bieu-quyet.jpg", "Các đại biểu biểu quyết thông qua các nội dung tại Hội nghị"),
          ("p", "Kết luận Hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tập trung hoàn thành các chỉ tiêu năm 2025 trong những ngày cuối năm; khẩn trương cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh thành các chương trình, đề án; chuẩn bị chu đáo các điều kiện để Nhân dân vui Xuân, đón Tết Bính Ngọ 2026."),
          ("p", "Hội nghị đã biểu quyết thông qua Nghị quyết về phương hướng, nhiệm vụ năm 2026 và Chương trình làm việc năm 2026 của Ban Chấp hành Đảng bộ tỉnh.")])


def page05():
    pub = T("2025-12-19 15:40")
    upd = T("2025-12-20 08:05")
    url = "https://quangtri.dcs.vn/DetailView/31874/2/Hoi-Nghi-Ban-Chap-Hanh-Dang-Bo-Tinh-Cho-Y-Kien-Vao-Phuong-Huong-Nhiem-Vu-Nam-2026.html"

    def img(s, c, n):
        return f'<div class="imgdetail" style="text-align:center"><img src="{s}" alt="" style="max-width:100%" /><div class="imgdes">{esc(c)}</div></div>'

    def main(rng, rl, rd):
        body = A5.render(p=jp, img=img)
        others = "".join(f'<li><a href="/DetailView/{rng.randint(31000, 31873)}/2/{slug(t).title()}.html">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="breadcrumb-dcs"><a href="/">Trang chủ</a> <span>»</span> <a href="/ChuyenMuc/1/Tin-Tuc.html">Tin tức</a> <span>»</span> <a href="/ChuyenMuc/2/Hoat-Dong-Cua-Tinh-Uy.html">Hoạt động của Tỉnh ủy</a></div>'
                f'<div class="detail-news"><h1 class="title-detail">{esc(A5.title)}</h1>'
                f'<div class="info-detail"><span class="tacgia"><i class="fa fa-pencil"></i> Tác giả: Đình Tuấn - Hoài Nam</span> | <span class="ngaydang"><i class="fa fa-calendar"></i> {dmy(pub)} {hm(pub)}</span>'
                f' | <span class="capnhat">Cập nhật lúc {hm(upd)} {dmy(upd)}</span> | <span class="luotxem"><i class="fa fa-eye"></i> 1.562</span></div>'
                f'<div class="sapo-detail"><em>{esc(A5.lead)}</em></div>'
                f'<div class="content-detail">{body}</div>'
                f'<div class="share-detail"><a href="#">Chia sẻ</a> <a href="javascript:window.print()">In bài</a> <a href="#">Gửi email</a> <a href="javascript:history.back()">Quay lại</a></div></div>'
                f'<div class="tinkhac"><h3>Các tin khác</h3><ul>{others}</ul></div>')

    def side(rng, pub_):
        ts = heads10(rng, 5, avoid=[A5.title])
        return (teasers(rng, "Tiêu điểm", ts, past(pub_, rng, 5, 0, 8), ["Đình Tuấn", "Hoài Nam", "Minh Hải", "Thu Hiền", "Quốc Việt"], lambda d: f"{dmy(d)} {hm(d)}", "box tieu-diem", base="/DetailView")
                + schedule(rng, pub_ + timedelta(days=1), "Lịch công tác Thường trực Tỉnh ủy", "box lich-ct")
                + '<div class="box dai-hoi"><h3>Đại hội XIV của Đảng</h3><a href="/ChuyenMuc/88/Dai-Hoi-XIV.html"><img src="/Content/images/banner-dai-hoi-xiv.jpg" alt="Chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng" /></a></div>')

    def top(rng, pub_):
        return ('<div class="banner"><a href="/"><img src="/Content/images/banner-tinhuy-quangtri.jpg" alt="Đảng bộ tỉnh Quảng Trị" /></a></div>'
                f'<div class="date-today">{wd(pub_ + timedelta(days=3))}, {dmy(pub_ + timedelta(days=3))}</div>')

    head = ('<link href="/Content/bootstrap.min.css" rel="stylesheet"/><link href="/Content/site.css?v=4.0" rel="stylesheet"/><script src="/Scripts/modernizr-2.8.3.js"></script>'
            + og(A5.title, url, {"og:description": A5.lead, "og:site_name": "Cổng Thông tin điện tử Đảng bộ tỉnh Quảng Trị"}))
    return page("s29-05", family="province_party_dcs_detailview_portal_conference_two_writers_meta_row",
                name="quangtri-tinhuy-dcs-vn-dotnet-mvc-detailview-id-cat-title-case-slug-raquo-crumb-hoat-dong-cua-tinh-uy-h1-meta-row-tac-gia-two-names-dash-dd-mm-yyyy-hh-mm-cap-nhat-luc-hh-mm-dd-mm-yyyy-italic-sapo-imgdes-captions-no-byline-at-end",
                url=url, art=A5, main_fn=main, pub=pub, prefix="dcs", kb=140,
                org="Đảng bộ tỉnh Quảng Trị", addr="Số 45 đường Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị", phone="0232.3822.505",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A5.title},
                exp=expected(A5, iso(pub), updated=iso(upd), author="Đình Tuấn, Hoài Nam", category="Hoạt động của Tỉnh ủy"),
                traps={"sidebar_bylines": ["Minh Hải", "Thu Hiền", "Quốc Việt"], "chrome": ["Các tin khác", "Tiêu điểm", "Lịch công tác Thường trực Tỉnh ủy", "Đại hội XIV của Đảng", "Quay lại"], "related": lambda rl: rl[:5]},
                notes="A CONFERENCE (Hội nghị Ban Chấp hành Đảng bộ tỉnh) on a Tỉnh ủy portal of the '.dcs.vn' .NET MVC platform (DetailView/<id>/<catId>/<Title-Case-Slug>.html) under the Tỉnh ủy's skin. The meta row under the h1 carries the writers FIRST: 'Tác giả: Đình Tuấn - Hoài Nam | 19/12/2025 15:40 | Cập nhật lúc 08:05 20/12/2025 | 1.562' → author 'Đình Tuấn, Hoài Nam' (two staff writers, no unit), published 2025-12-19T15:40, updated 2025-12-20T08:05 (the update stamp prints the time FIRST, the publication the date first). Nothing signs the text at the end. The sidebar's 'Tiêu điểm' teasers carry dates and writers in the same order (two of them the item's own writers, with other items). Lead: the italic sapo. Two div.imgdes captions. '»' crumb → 'Hoạt động của Tỉnh ủy'.",
                readme="'.dcs.vn' DetailView portal under a Tỉnh ủy skin, a CONFERENCE: meta row 'Tác giả: A - B | dd/mm/yyyy HH:MM | Cập nhật lúc HH:MM dd/mm/yyyy' (two writers at the top, update time first), italic sapo, div.imgdes captions, sidebar teasers with dates and writers")


# ===================================================================== 6 Trường Chính trị tỉnh Ninh Bình: Joomla 3.10 + K2; a TRAINING COURSE opening; TWIST the head's og / JSON-LD block describes ANOTHER item (a cached module)
A6 = Art("Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 112 tại xã Gia Viễn",
         "Sáng 9/3, Trường Chính trị tỉnh phối hợp với Đảng ủy xã Gia Viễn tổ chức khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 112 cho 86 học viên là cán bộ, công chức các xã, phường khu vực phía Tây của tỉnh.",
         [("p", "Dự lễ khai giảng có đồng chí Trần Thị Mai Hương, Phó Hiệu trưởng Trường Chính trị tỉnh; đồng chí Đinh Văn Toàn, Bí thư Đảng ủy xã Gia Viễn; đại diện lãnh đạo các khoa, phòng của Nhà trường."),
          ("p", "Theo kế hoạch, lớp học kéo dài 12 tháng, từ tháng 3/2026 đến tháng 3/2027, học vào thứ Sáu, thứ Bảy và Chủ nhật hằng tuần. Học viên được nghiên cứu 4 phần học với 19 học phần theo chương trình của Học viện Chính trị quốc gia Hồ Chí Minh, gồm: những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng sản và Nhà nước; quản lý nhà nước ở cơ sở; kỹ năng lãnh đạo, quản lý và nghiệp vụ công tác."),
          ("p", "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh, đây là lớp học đầu tiên Nhà trường mở tại cơ sở trong năm 2026, nhằm tạo điều kiện cho cán bộ cấp xã vừa học tập, vừa hoàn thành nhiệm vụ chuyên môn trong bối cảnh khối lượng công việc của chính quyền cấp xã tăng lên sau sắp xếp."),
          ("p", "Đồng chí đề nghị học viên nghiêm túc chấp hành quy chế học tập, tích cực nghiên cứu, liên hệ với thực tiễn địa phương; Đảng ủy xã Gia Viễn bố trí cơ sở vật chất, tạo điều kiện thuận lợi để lớp học đạt chất lượng tốt."),
          ("p", "Thay mặt học viên, đồng chí Phạm Thị Thu, công chức Văn phòng HĐND và UBND xã Gia Viễn hứa sẽ phát huy tinh thần tự giác, đoàn kết, hoàn thành tốt chương trình khóa học.")])
CAP6 = "Các đại biểu và học viên dự lễ khai giảng lớp Trung cấp lý luận chính trị khóa 112"
BYL6 = "Hoàng Thu Trang - Khoa Lý luận cơ sở"
OTHER6 = {"title": "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026 tại phường Hoa Lư",
          "desc": "Chiều 3/3, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 120 học viên là đối tượng 4.",
          "author": "Phạm Minh Đức", "id": 2179, "time": "2026-03-03T15:20:00+07:00"}


def page06():
    pub = T("2026-03-09 08:45")
    upd = T("2026-03-10 09:10")
    site = "https://truongchinhtri.ninhbinh.gov.vn"
    url = f"{site}/index.php/dao-tao-boi-duong/item/2186-khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-112-tai-xa-gia-vien"
    other_url = f"{site}/index.php/dao-tao-boi-duong/item/{OTHER6['id']}-{slug(OTHER6['title'])}"
    k2d = lambda d: f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"

    def main(rng, rl, rd):
        body = A6.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>') + right_em(BYL6)
        rel_items = "".join(f'<li><a href="/index.php/dao-tao-boi-duong/item/{rng.randint(2100, 2185)}-{slug(t)}">{esc(t)}</a></li>' for t in rl[:5])
        return (f'<span id="startOfPageId2186"></span><div id="k2Container" class="itemView">'
                f'<div class="itemHeader"><span class="itemDateCreated">{k2d(pub)}</span><h2 class="itemTitle">{esc(A6.title)}</h2>'
                f'<span class="itemAuthor">Viết bởi&nbsp;<a rel="author" href="/index.php/dao-tao-boi-duong/itemlist/user/42-quantriv">Quản trị viên</a></span></div>'
                f'<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">Cỡ chữ</span> <a href="#" id="fontDecrease"><span>giảm cỡ chữ</span></a> <a href="#" id="fontIncrease"><span>tăng cỡ chữ</span></a></li>'
                f'<li><a class="itemPrintLink" rel="nofollow" href="{url}?tmpl=component&amp;print=1">In</a></li><li><a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component">E-mail</a></li></ul><div class="clr"></div></div>'
                f'<div class="itemBody"><div class="itemImageBlock"><span class="itemImage"><a class="modal" rel="{{handler: \'image\'}}" href="/media/k2/items/cache/{hexid(rng, 32)}_XL.jpg" title="Bấm để xem ảnh lớn">'
                f'<img src="/media/k2/items/cache/{hexid(rng, 32)}_L.jpg" alt="{esc(A6.title, True)}" style="width:600px; height:auto;" /></a></span>'
                f'<span class="itemImageCaption">{esc(CAP6)}</span><span class="itemImageCredits"></span><div class="clr"></div></div>'
                f'<div class="itemIntroText"><p>{esc(A6.lead)}</p></div><div class="itemFullText">{body}</div><div class="clr"></div>'
                f'<span class="itemDateModified">Sửa lần cuối vào {k2d(upd)}</span><div class="clr"></div></div>'
                f'<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="/index.php/dao-tao-boi-duong">Đào tạo - Bồi dưỡng</a></div>'
                f'<div class="itemTagsBlock"><span>Tag vào</span><ul class="itemTags"><li><a href="/index.php/dao-tao-boi-duong/itemlist/tag/trung%20c%E1%BA%A5p">trung cấp lý luận chính trị</a></li><li><a href="#">khai giảng</a></li></ul><div class="clr"></div></div></div>'
                f'<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>{rel_items}</ul></div>'
                f'<div class="itemNavigation"><span class="itemNavigationTitle">Xem thêm các bài viết...</span> '
                f'<a class="itemPrevious" href="{other_url}">&laquo; {esc(OTHER6["title"])}</a></div>'
                f'<div class="itemBackToTop"><a class="k2Anchor" href="#startOfPageId2186">về đầu trang</a></div></div>')

    crumbs = ('<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/dao-tao-boi-duong" class="pathway"><span itemprop="name">Đào tạo - Bồi dưỡng</span></a><meta itemprop="position" content="2"></li></ul>')

    def side(rng, pub_):
        ts = heads10(rng, 5, avoid=[A6.title])
        lt = "".join(f'<li><span class="moduleItemDateCreated">{k2d(d)}</span> <a class="moduleItemTitle" href="#">{esc(t)}</a></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 20)))
        return (f'<div class="moduletable"><h3>Tin mới</h3><div id="k2ModuleBox101" class="k2ItemsBlock"><ul>{lt}</ul></div></div>'
                + schedule(rng, pub_ + timedelta(days=2), "Lịch giảng dạy tuần", "moduletable lich-giang")
                + '<div class="moduletable"><h3>Thư viện điện tử</h3><ul><li><a href="#">Giáo trình Trung cấp lý luận chính trị (bản 2024)</a></li><li><a href="#">Tài liệu bồi dưỡng cấp ủy viên cơ sở</a></li></ul></div>')

    def top(rng, pub_):
        return ('<a class="brand pull-left" href="/"><img src="/images/logo-truong-chinh-tri-nb.png" alt="Trường Chính trị tỉnh Ninh Bình" /></a>'
                f'<div class="header-search pull-right"><div class="today">{wd(pub_ + timedelta(days=3))}, {dmy(pub_ + timedelta(days=3))}</div><form action="/index.php" method="post"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm ..." /></form></div>')

    o = OTHER6
    head = ('<base href="' + url + '" /><meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! - Open Source Content Management" />'
            f'<meta name="description" content="{esc(A6.lead[:158], True)}" /><meta name="author" content="Quản trị viên" />'
            '<link href="/components/com_k2/css/k2.css?v=2.11.20240609" rel="stylesheet" /><link href="/templates/tct_nb/css/template.css?8d2c1b" rel="stylesheet" />'
            '<script src="/media/jui/js/jquery.min.js?8d2c1b"></script><script src="/media/jui/js/jquery-noconflict.js?8d2c1b"></script><script src="/media/k2/assets/js/k2.frontend.js?v=2.11.20240609&sitepath=/"></script>'
            '<!-- mod_custom: SEO / Open Graph (cache: conservative, 900s) -->'
            + og(o["title"], other_url, {"og:description": o["desc"], "og:site_name": "Trường Chính trị tỉnh Ninh Bình", "og:image": f"{site}/media/k2/items/cache/be-giang-qpan-doi-tuong-4_XL.jpg",
                                         "article:published_time": o["time"], "article:author": o["author"]})
            + f'<meta name="twitter:card" content="summary_large_image" /><meta name="twitter:title" content="{esc(o["title"], True)}" />'
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": other_url, "headline": o["title"], "description": o["desc"],
                      "datePublished": o["time"], "dateModified": o["time"], "author": {"@type": "Person", "name": o["author"]},
                      "publisher": {"@type": "Organization", "name": "Trường Chính trị tỉnh Ninh Bình", "logo": {"@type": "ImageObject", "url": f"{site}/images/logo-truong-chinh-tri-nb.png"}}})
            + '<!-- /mod_custom -->')
    return page("s29-06", family="political_school_joomla3_k2_head_metadata_cached_from_another_item",
                name="ninhbinh-truongchinhtri-joomla310-k2-itemview-crumb-dao-tao-boi-duong-date-created-weekday-dd-thang-m-yyyy-hh-mm-h2-itemtitle-viet-boi-account-introtext-lead-sua-lan-cuoi-vao-italic-right-name-dash-khoa-og-jsonld-of-previous-item",
                url=url, art=A6, main_fn=main, pub=pub, prefix="tct", kb=165,
                org="Trường Chính trị tỉnh Ninh Bình", addr="Đường Lê Thái Tổ, phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.296",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "k2j3", "head_extra": head, "title": A6.title + " - Trường Chính trị tỉnh Ninh Bình", "items": MENU_MASS, "charset_meta": False},
                exp=expected(A6, iso(pub), updated=iso(upd), author="Hoàng Thu Trang", unit="Khoa Lý luận cơ sở", category="Đào tạo - Bồi dưỡng", captions=[CAP6]),
                traps={"other_item_metadata": [o["title"], o["desc"], o["author"]], "bylines": [BYL6], "account": ["Quản trị viên"],
                       "chrome": ["Bài viết liên quan", "Xem thêm các bài viết...", "về đầu trang", "Tag vào", "Lịch giảng dạy tuần", "Thư viện điện tử"], "related": lambda rl: rl[:5]},
                notes="TWIST: a Trường Chính trị tỉnh on Joomla 3.10 + K2 (div#k2Container.itemView: span.itemDateCreated, h2.itemTitle, span.itemAuthor, itemImageBlock with span.itemImageCaption, itemIntroText, itemFullText, span.itemDateModified, itemCategory 'Đăng trong', itemNavigation). The site's Open Graph / JSON-LD block is a mod_custom module in the template's head position with Joomla's module cache on: the cached output is the one rendered for the PREVIOUS item, so og:title, og:description, og:url, article:published_time, article:author, twitter:title and the JSON-LD NewsArticle (headline, description, datePublished 2026-03-03T15:20, author 'Phạm Minh Đức') all describe 'Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh …' — the very item the page links to as 'itemPrevious'. <title> and meta description (Joomla core / K2) are this item's. → every field from what the page PRINTS: title = h2.itemTitle; published 'Thứ hai, 09 Tháng 3 2026 08:45' → 2026-03-09T08:45; updated 'Sửa lần cuối vào Thứ ba, 10 Tháng 3 2026 09:10' → 2026-03-10T09:10; lead = itemIntroText; author from the italic right line 'Hoàng Thu Trang - Khoa Lý luận cơ sở' → author + unit ('Viết bởi Quản trị viên' is the Joomla account). An extractor that trusts og / JSON-LD stores another item's headline, a date six days early and a person who did not write this item — with nothing to show it went wrong. Caption: the K2 image caption (credits span empty). Category: K2 'Đăng trong Đào tạo - Bồi dưỡng' = the crumb's last level.",
                readme="TWIST the head's Open Graph / twitter / JSON-LD block (a cached Joomla module) describes the PREVIOUS item — its headline, sapo, date six days earlier and writer → all ignored, every field from the printed page; Joomla 3.10 + K2 Trường Chính trị, a TRAINING COURSE opening: K2 'Thứ hai, 09 Tháng 3 2026 08:45' + 'Sửa lần cuối vào …', h2.itemTitle, 'Viết bởi <account>', intro-text lead, image caption, italic right 'Name - Khoa …'")


# ===================================================================== 7 Hội LHPN tỉnh Khánh Hòa: WordPress + ColorMag; a PHOTO REPORT (gallery of six + gallery caption); photographers only; date-only with an agreeing <time>; a CSS-hidden 'updated' time
A7 = Art("Phụ nữ Khánh Hòa ra quân “Ngày Chủ nhật xanh” làm sạch bờ biển",
         None,
         [("p", "Sáng 14/12, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Đảng ủy, UBND phường Nha Trang tổ chức ra quân “Ngày Chủ nhật xanh” với chủ đề “Phụ nữ chung tay vì biển, đảo xanh - sạch - đẹp”."),
          ("p", "Hơn 500 cán bộ, hội viên phụ nữ, đoàn viên thanh niên và người dân đã tham gia thu gom rác thải trên bãi biển dọc đường Trần Phú, phân loại rác tại nguồn, trồng cây xanh tại các khu dân cư ven biển. Dưới đây là một số hình ảnh ghi nhận tại buổi ra quân:"),
          ("raw", "GALLERY"),
          ("p", "Dịp này, Hội Liên hiệp Phụ nữ tỉnh trao tặng 1.000 túi vải, giỏ nhựa tái sử dụng cho hội viên và tiểu thương chợ Xóm Mới; phát động phong trào “Mỗi chi hội một mô hình bảo vệ môi trường” đến hết năm 2026.")])
GAL7 = ["Các đại biểu phát động ra quân “Ngày Chủ nhật xanh”", "Hội viên phụ nữ phường Nha Trang thu gom rác trên bãi biển",
        "Đoàn viên thanh niên cùng tham gia nhặt rác thải nhựa", "Rác thải được phân loại ngay tại bãi biển trước khi vận chuyển đi xử lý",
        "Các chi hội phụ nữ ký cam kết “Nói không với túi ni lông”", "Trồng cây xanh tại khu dân cư ven biển"]
GALCAP7 = "Một số hình ảnh tại buổi ra quân"
CRED7 = "Ảnh: Lê Thu Hà - Phan Văn Tín"
MONTHS_VI = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def page07():
    pub = T("2025-12-14 09:10")
    upd = T("2025-12-15 08:02")
    site = "https://hoiphunu.khanhhoa.gov.vn"
    url = f"{site}/2025/12/14/phu-nu-khanh-hoa-ra-quan-ngay-chu-nhat-xanh-lam-sach-bo-bien/"
    wpd = lambda d: f"{d.day} Tháng {MONTHS_VI[d.month - 1]}, {d.year}"

    def main(rng, rl, rd):
        figs = "".join(f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" data-id="{rng.randint(4000, 4900)}" src="{site}/wp-content/uploads/2025/12/chu-nhat-xanh-{i + 1}-1024x683.jpg" alt="" class="wp-image-{rng.randint(4000, 4900)}" />'
                       f'<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>' for i, c in enumerate(GAL7))
        gal = (f'<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">{figs}'
               f'<figcaption class="blocks-gallery-caption wp-element-caption">{esc(GALCAP7)}</figcaption></figure>')
        body = A7.render(p=lambda t: f"<p>{esc(t)}</p>", raw=lambda r: gal) + f'<p class="has-text-align-right"><strong>{esc(CRED7)}</strong></p>'
        prev_t, next_t = rl[0], rl[1]
        return (f'<article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong-hoi tag-bao-ve-moi-truong">'
                f'<div class="cm-featured-image"><img width="800" height="445" src="{site}/wp-content/uploads/2025/12/chu-nhat-xanh-cover-800x445.jpg" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="" decoding="async" /></div>'
                f'<div class="cm-post-content"><div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="{site}/category/hoat-dong-hoi/" style="background:#e5346d" rel="category tag">Hoạt động Hội</a></div></div>'
                f'<header class="cm-entry-header"><h1 class="cm-entry-title">{esc(A7.title)}</h1></header>'
                f'<div class="cm-below-entry-meta"><span class="cm-post-date"><a href="{url}" title="{hm(pub)}" rel="bookmark"><svg class="cm-icon cm-icon--calendar-fill" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21.1 6.6v1.6c0 .6-.4 1-1 1H3.9c-.6 0-1-.4-1-1V6.6c0-1.5 1.3-2.8 2.8-2.8h1.7V3c0-.6.4-1 1-1s1 .4 1 1v.8h5.2V3c0-.6.4-1 1-1s1 .4 1 1v.8h1.7c1.5 0 2.8 1.3 2.8 2.8z"></path></svg> '
                f'<time class="entry-date published" datetime="{pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")}">{wpd(pub)}</time><time class="updated" datetime="{upd.strftime("%Y-%m-%dT%H:%M:%S+07:00")}">{wpd(upd)}</time></a></span>'
                f'<span class="cm-author cm-vcard"><svg class="cm-icon cm-icon--user" viewBox="0 0 24 24"><path d="M7 7c0-2.8 2.2-5 5-5s5 2.2 5 5-2.2 5-5 5-5-2.2-5-5zm9 7H8c-2.8 0-5 2.2-5 5v2c0 .6.4 1 1 1h16c.6 0 1-.4 1-1v-2c0-2.8-2.2-5-5-5z"></path></svg><a class="url fn n" href="{site}/author/hoilhpn_kh/" title="hoilhpn_kh">hoilhpn_kh</a></span>'
                f'<span class="cm-post-views">1.037 lượt xem</span><span class="cm-tag-links"><a href="{site}/tag/bao-ve-moi-truong/" rel="tag">bảo vệ môi trường</a></span></div>'
                f'<div class="cm-entry-summary">{body}</div></div>'
                f'<div class="cm-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Chia sẻ Zalo</a></div></article>'
                f'<ul class="default-wp-page"><li class="previous"><a href="{site}/{slug(prev_t)}/" rel="prev"><span class="cm-post-nav-icon">&larr;</span> {esc(prev_t)}</a></li>'
                f'<li class="next"><a href="{site}/{slug(next_t)}/" rel="next">{esc(next_t)} <span class="cm-post-nav-icon">&rarr;</span></a></li></ul>'
                f'<div class="related-posts-wrapper"><h3 class="related-posts-main-title"><span>Có thể bạn quan tâm</span></h3><div class="related-posts">'
                + "".join(f'<div class="cm-single-related-posts"><h3 class="cm-entry-title"><a href="{site}/{slug(t)}/" rel="bookmark">{esc(t)}</a></h3>'
                          f'<div class="cm-below-entry-meta"><span class="cm-post-date"><time class="entry-date published">{wpd(d)}</time></span><span class="cm-author"><a href="#">hoilhpn_kh</a></span></div></div>'
                          for t, d in zip(rl[2:5], rd[2:5]))
                + '</div></div>'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><textarea name="comment"></textarea><input type="submit" value="Phản hồi" /></form></div></div>')

    def side(rng, pub_):
        ts = heads10(rng, 5, avoid=[A7.title])
        posts = "".join(f'<div class="cm-post"><a href="#"><img src="/wp-content/uploads/2025/12/{hexid(rng, 8)}-130x90.jpg" alt="" /></a><div class="cm-post-content"><h3 class="cm-entry-title"><a href="#">{esc(t)}</a></h3>'
                        f'<div class="cm-below-entry-meta"><span class="cm-post-date"><time class="entry-date published">{wpd(d)}</time></span><span class="cm-author"><a href="#">{a}</a></span></div></div></div>'
                        for t, d, a in zip(ts, past(pub_, rng, 5, 0, 10), ["hoilhpn_kh", "bbt_hoiphunu", "hoilhpn_kh", "phunu_camranh", "hoilhpn_kh"]))
        return (f'<section id="colormag_featured_posts_vertical_widget-2" class="widget widget_featured_posts widget_featured_posts_vertical widget_featured_meta"><h3 class="cm-widget-title"><span>Tin mới</span></h3>{posts}</section>'
                '<section id="search-2" class="widget widget_search"><form role="search" class="search-form"><input type="search" class="search-field" placeholder="Tìm kiếm" /></form></section>'
                '<section id="categories-2" class="widget widget_categories"><h3 class="cm-widget-title"><span>Chuyên mục</span></h3><ul><li><a href="#">Hoạt động Hội</a> (412)</li><li><a href="#">Gương phụ nữ tiêu biểu</a> (88)</li><li><a href="#">Bình đẳng giới</a> (57)</li><li><a href="#">Văn bản</a> (103)</li></ul></section>'
                '<section id="media_image-3" class="widget widget_media_image"><a href="#"><img src="/wp-content/uploads/2025/11/banner-16-ngay-hanh-dong.jpg" alt="Tháng hành động vì bình đẳng giới" /></a></section>')

    def top(rng, pub_):
        today = pub_ + timedelta(days=6)
        tick = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in heads10(rng, 4, avoid=[A7.title]))
        return (f'<div class="cm-top-bar"><div class="cm-container"><div class="cm-row"><div class="cm-top-bar__1"><div class="date-in-header">{wd(today)}, Tháng {MONTHS_VI[today.month - 1]} {today.day}, {today.year}</div>'
                f'<div class="breaking-news"><strong class="breaking-news-latest">Tin mới:</strong><ul class="newsticker">{tick}</ul></div></div></div></div></div>'
                f'<div class="cm-main-header"><div id="cm-header-1" class="cm-header-1"><div class="cm-container"><div class="cm-row"><div class="cm-header-col-1"><div id="cm-site-branding" class="cm-site-branding">'
                f'<a href="{site}/" class="custom-logo-link" rel="home"><img width="420" height="90" src="{site}/wp-content/uploads/2025/08/logo-hoi-lhpn-kh.png" class="custom-logo" alt="Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa" /></a></div></div></div></div></div></div>')

    head = ('<meta name="robots" content="index, follow, max-image-preview:large" /><link rel="canonical" href="' + url + '" />'
            + og(A7.title, url, {"og:description": A7.pars[0], "og:site_name": "Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa", "article:published_time": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00"), "article:modified_time": upd.strftime("%Y-%m-%dT%H:%M:%S+07:00")})
            + '<meta name="generator" content="WordPress 6.7.1" /><link rel="stylesheet" id="colormag_style-css" href="/wp-content/themes/colormag/style.css?ver=3.1.6" media="all" />'
            + '<style id="colormag-inline">.cm-post-date .updated:not(.published){display:none}.cm-entry-header-meta .cm-post-categories a{color:#fff;padding:3px 10px}</style>'
            + '<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>')
    return page("s29-07", family="womens_union_wp_colormag_photo_report_gallery_photographers_only",
                name="khanhhoa-hoilhpn-wordpress-colormag3-category-chip-hoat-dong-hoi-above-h1-cm-entry-title-date-only-j-thang-f-y-time-agrees-css-hidden-updated-time-account-no-lead-gallery-six-figcaptions-plus-gallery-caption-bold-right-anh-two-names",
                url=url, art=A7, main_fn=main, pub=pub, prefix="cm", kb=170,
                org="Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa", addr="Số 2 đường Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa", phone="0258.3822.471",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "colormag", "head_extra": head, "title": A7.title + " – Hội Liên hiệp Phụ nữ tỉnh Khánh Hòa", "items": MENU_MASS,
                          "body_cls": "post-template-default single single-post postid-4821 single-format-standard cm-header-layout-1 adv-style-1 wide"},
                exp=expected(A7, iso(pub), photographer="Lê Thu Hà, Phan Văn Tín", category="Hoạt động Hội", captions=GAL7 + [GALCAP7], lead=None),
                traps={"credit": [CRED7], "account": ["hoilhpn_kh"], "chrome": ["Có thể bạn quan tâm", "Trả lời", "1.037 lượt xem", "Tin mới:", "Chuyên mục"], "related": lambda rl: rl[:5]},
                notes="A PHOTO REPORT on the site of a Hội LHPN tỉnh built on WordPress 6.7 + ColorMag 3 (cm- classes): the category chip 'Hoạt động Hội' above h1.cm-entry-title (no breadcrumb) → category; the meta row prints the day only, in the site's 'j F, Y' format, '14 Tháng Mười Hai, 2025', inside <time class='entry-date published' datetime='2025-12-14T09:10:00+07:00'> → 2025-12-14T09:10:00+07:00 (set 25's MAJORITY rule: the stamp's own agreeing time). The theme also prints <time class='updated'> '15 Tháng Mười Hai, 2025' next to it, which its CSS hides (.cm-post-date .updated:not(.published){display:none}) → not shown, updated null (like a machine-only modified time). 'hoilhpn_kh' is the account. No lead (two plain opening paragraphs, body). A Gutenberg gallery of six images, each with a wp-element-caption, plus the gallery's own caption 'Một số hình ảnh tại buổi ra quân' (set 24: seven captions, the gallery's last). The only credit, bold right after the text, is 'Ảnh: Lê Thu Hà - Phan Văn Tín' → photographers 'Lê Thu Hà, Phan Văn Tín'; author null (a photo report whose only credit is for the pictures: nobody is credited with the text, and 'Ảnh:' names who took the pictures, set 27). The header's 'Thứ Bảy, Tháng Mười Hai 20, 2025' is the crawl day.",
                readme="WordPress + ColorMag 3 Hội LHPN, a PHOTO REPORT: category chip above the h1, date-only '14 Tháng Mười Hai, 2025' in an agreeing <time> (time taken) next to a CSS-hidden <time class='updated'> (not shown → null), account, no lead, a gallery of six figcaptions + the gallery caption, only credit 'Ảnh: A - B' (two photographers, no author)")


# ===================================================================== 8 Đảng ủy UBND thành phố Cần Thơ: DNN 9 + DNNArticle; a DIRECTIVE'S dissemination; TWIST the skin's CURRENTDATE clock sits right above the h1, the item's stamp after the text
A8 = Art("Đảng ủy UBND thành phố quán triệt, triển khai Chỉ thị của Ban Thường vụ Thành ủy về thực hành tiết kiệm, chống lãng phí",
         "Sáng 26/1, Đảng ủy UBND thành phố tổ chức hội nghị quán triệt, triển khai Chỉ thị số 07-CT/TU ngày 12/01/2026 của Ban Thường vụ Thành ủy về tăng cường sự lãnh đạo của Đảng đối với công tác thực hành tiết kiệm, chống lãng phí đến cán bộ chủ chốt của 42 tổ chức cơ sở đảng trực thuộc.",
         [("p", "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến các điểm cầu là các tổ chức cơ sở đảng trực thuộc, với hơn 600 cán bộ, đảng viên tham dự."),
          ("p", "Tại hội nghị, đồng chí Nguyễn Thanh Phong, Phó Bí thư Thường trực Đảng ủy UBND thành phố quán triệt những nội dung cơ bản của Chỉ thị. Theo đó, Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng xác định phòng, chống lãng phí là nhiệm vụ trọng tâm, thường xuyên; người đứng đầu chịu trách nhiệm trực tiếp nếu để xảy ra lãng phí trong cơ quan, đơn vị mình phụ trách."),
          ("img", "/Portals/0/DNNArticle/2026/01/hoi-nghi-quan-triet-chi-thi-07.jpg", "Quang cảnh hội nghị tại điểm cầu Đảng ủy UBND thành phố"),
          ("p", "Chỉ thị yêu cầu đến hết quý II/2026 hoàn thành rà soát, xây dựng phương án xử lý toàn bộ trụ sở, tài sản công dôi dư sau sắp xếp; không để công trình, dự án chậm tiến độ kéo dài gây thất thoát; đẩy mạnh giải ngân vốn đầu tư công ngay từ những tháng đầu năm."),
          ("p", "Phát biểu triển khai, đồng chí Bí thư Đảng ủy UBND thành phố đề nghị các tổ chức cơ sở đảng xây dựng kế hoạch thực hiện Chỉ thị trước ngày 15/02/2026; đưa nội dung thực hành tiết kiệm, chống lãng phí vào sinh hoạt chi bộ định kỳ; tăng cường kiểm tra, giám sát, kịp thời biểu dương cách làm hay và xử lý nghiêm vi phạm."),
          ("img", "/Portals/0/DNNArticle/2026/01/diem-cau-so-xay-dung.jpg", "Đại biểu dự hội nghị tại điểm cầu Đảng ủy Sở Xây dựng"),
          ("p", "Dịp này, Đảng ủy UBND thành phố phát động phong trào thi đua thực hành tiết kiệm, chống lãng phí trong các cơ quan, đơn vị trực thuộc năm 2026.")])
BYL8 = "Trần Minh Khoa (Văn phòng Đảng ủy UBND thành phố)"


def page08():
    pub = T("2026-01-27 09:15")
    clk = T("2026-02-03 10:42")
    url = "https://dangbo.ubnd.cantho.gov.vn/tin-tuc/hoat-dong-dang-uy/articleType/ArticleView/articleId/1735/dang-uy-ubnd-thanh-pho-quan-triet-trien-khai-chi-thi-cua-ban-thuong-vu-thanh-uy"
    clock_txt = f"{wd(clk)}, {dmy(clk)} {hm(clk)}"

    def img(s, c, n):
        return (f'<p style="text-align:center"><img alt="" src="{s}" style="width:640px;height:427px" /></p>'
                f'<p style="text-align:center"><span style="font-size:12px;color:#555555"><i>{esc(c)}</i></span></p>')

    def main(rng, rl, rd):
        mid = "dnn_ctr1512_ViewArticle"
        body = A8.render(p=jp, img=img)
        others = "".join(f'<li><a href="/tin-tuc/hoat-dong-dang-uy/articleType/ArticleView/articleId/{rng.randint(1600, 1734)}/{slug(t)}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="DnnModule DnnModule-DNNArticle DnnModule-1512"><a name="1512"></a><div class="c-container-title"><h2 class="c-title"><span id="dnn_ctr1512_dnnTITLE_titleLabel" class="Head">Chi tiết tin</span></h2></div>'
                f'<div id="dnn_ctr1512_ContentPane"><div id="dnn_ctr1512_ModuleContent" class="DNNModuleContent ModDNNArticleC"><div class="dnnArticle article-detail">'
                f'<h1 class="article-title"><span id="{mid}_lblTitle">{esc(A8.title)}</span></h1>'
                f'<div class="article-summary"><span id="{mid}_lblSummary"><strong>{esc(A8.lead)}</strong></span></div>'
                f'<div id="{mid}_divContent" class="article-content">{body}</div>'
                f'{right_em(BYL8)}'
                f'<div class="article-info"><span id="{mid}_lblPublishDate">Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span id="{mid}_lblViews">Lượt xem: 512</span></div>'
                f'<div class="article-tool"><a id="{mid}_lnkPrint" href="javascript:__doPostBack(\'dnn$ctr1512$ViewArticle$lnkPrint\',\'\')">In bài</a> | <a id="{mid}_lnkEmail" href="javascript:__doPostBack(\'dnn$ctr1512$ViewArticle$lnkEmail\',\'\')">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>'
                f'<div class="article-related"><h3>Các tin khác</h3><ul>{others}</ul></div></div></div></div></div>')

    def crumbs(rng):
        lv = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Hoạt động Đảng ủy", "/tin-tuc/hoat-dong-dang-uy")]
        items = " » ".join(f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{h}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(t)}</span></a><meta itemprop="position" content="{i + 1}" /></span>'
                           for i, (t, h) in enumerate(lv))
        return (f'<div class="breadcrumb-bar row"><div class="col-md-8"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">{items}</span></span></div>'
                f'<div class="col-md-4 text-right"><span class="fa fa-calendar"></span> <span id="dnn_dnnCURRENTDATE_lblDate" class="SkinObject">{esc(clock_txt)}</span></div></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin xem nhiều", fmt=lambda d: dmy(d), cls="DnnModule side-xemnhieu")
                + vb_box(["Chỉ thị số 07-CT/TU của Ban Thường vụ Thành ủy về thực hành tiết kiệm, chống lãng phí", "Kế hoạch kiểm tra, giám sát năm 2026 của Đảng ủy UBND thành phố", "Hướng dẫn sinh hoạt chi bộ định kỳ năm 2026"], "Văn bản mới", "DnnModule side-vanban")
                + '<div class="DnnModule side-links"><h3>Liên kết</h3><ul><li><a href="#">Cổng TTĐT thành phố Cần Thơ</a></li><li><a href="#">Đảng bộ thành phố Cần Thơ</a></li><li><a href="#">Hệ thống quản lý văn bản và điều hành</a></li></ul></div>')

    def top(rng, pub_):
        return ('<div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="Đảng bộ UBND thành phố Cần Thơ" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Images/banner-dang-bo-ubnd-ct.png" alt="Đảng bộ UBND thành phố Cần Thơ" /></a></div>'
                '<div class="top-links"><a href="/lien-he">Liên hệ</a> | <a href="/so-do-site">Sơ đồ site</a> | <a href="/Login?returnurl=%2f">Đăng nhập</a></div>')

    head = ('<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />'
            '<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=246" type="text/css" rel="stylesheet"/><link href="/DesktopModules/DNNArticle/module.css?cdv=246" type="text/css" rel="stylesheet"/>'
            '<link href="/Portals/_default/Skins/CanTho_DangBo/skin.css?cdv=246" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=246" type="text/javascript"></script>'
            '<script src="/js/dnn.js?cdv=246" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv=246" type="text/javascript"></script>'
            + og(A8.title, url, {"og:description": A8.lead, "og:site_name": "Đảng bộ UBND thành phố Cần Thơ"}))
    return page("s29-08", family="city_peoples_committee_party_dnn9_dnnarticle_currentdate_clock_above_headline",
                name="cantho-dangbo-ubnd-dnn9-dnnarticle-breadcrumb-bar-currentdate-skin-object-weekday-dd-mm-yyyy-hh-mm-right-above-h1-module-title-chi-tiet-tin-bold-summary-lead-grey-italic-captions-italic-right-name-paren-unit-ngay-dang-after-text",
                url=url, art=A8, main_fn=main, pub=pub, prefix="dnn", kb=175,
                org="Đảng bộ UBND thành phố Cần Thơ", addr="Số 2 đường Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ", phone="0292.3820.236",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dnn", "form": True, "dnn": True, "head_extra": head, "title": A8.title + " > Hoạt động Đảng ủy", "action": "/tin-tuc/hoat-dong-dang-uy/articleType/ArticleView/articleId/1735"},
                exp=expected(A8, iso(pub), author="Trần Minh Khoa", unit="Văn phòng Đảng ủy UBND thành phố", category="Hoạt động Đảng ủy"),
                traps={"crawl_clock": [clock_txt], "bylines": [BYL8], "chrome": ["Chi tiết tin", "Lượt xem: 512", "Các tin khác", "Quay lại", "Văn bản mới"], "related": lambda rl: rl[:5]},
                notes="TWIST: the site of an Đảng bộ UBND thành phố on DNN 9 with the DNNArticle module. The skin's breadcrumb bar sits INSIDE the content pane right above the module, and its right half is DNN's CURRENTDATE skin object (span#dnn_dnnCURRENTDATE_lblDate, DateFormat 'dddd, dd/MM/yyyy HH:mm') — the SERVER'S CLOCK at the moment of the request, 'Thứ Ba, 03/02/2026 10:42': the only date-and-time between the crumb and the h1, shaped like a publication stamp. The item's own stamp is printed AFTER the text, in the module's info line 'Ngày đăng: 27/01/2026 09:15 | Lượt xem: 512' → published 2026-01-27T09:15:00+07:00. An extractor that takes the stamp nearest the headline stores the crawl moment (a week late, to the minute) and never notices. The module title 'Chi tiết tin' is generic. Lead: the bold summary. Two centred grey italic captions. Byline italic right 'Trần Minh Khoa (Văn phòng Đảng ủy UBND thành phố)' → author + unit. Crumb (schema.org BreadcrumbList spans) → 'Hoạt động Đảng ủy'. The directive's date '12/01/2026' and the deadline '15/02/2026' are the text's. The directive's number is made up.",
                readme="TWIST DNN's CURRENTDATE skin object ('Thứ Ba, 03/02/2026 10:42', the server clock) is the only stamp between the crumb and the h1; the item's 'Ngày đăng: 27/01/2026 09:15' is printed AFTER the text → published from it; DNN 9 + DNNArticle Đảng bộ UBND thành phố, a DIRECTIVE's dissemination: generic module title 'Chi tiết tin', bold summary lead, centred grey italic captions, italic right 'Name (Văn phòng …)'")


# ===================================================================== 9 Cổng TTĐT tỉnh Nghệ An: Liferay 6.2 stock asset publisher; a VISIT (inspection after floods); title in the taglib-header; asset-metadata with the stamp and an account after the text
A9 = Art("Chủ tịch UBND tỉnh kiểm tra công tác khắc phục hậu quả mưa lũ tại các xã miền Tây",
         "Ngày 3/10, đồng chí Lê Đình Phúc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dẫn đầu đoàn công tác đi kiểm tra công tác khắc phục hậu quả mưa lũ do ảnh hưởng của bão số 10 tại các xã Con Cuông, Môn Sơn và Tương Dương.",
         [("p", "Do ảnh hưởng của hoàn lưu bão, từ ngày 28/9 đến ngày 1/10, các xã miền Tây của tỉnh có mưa to đến rất to, gây lũ quét, sạt lở đất nghiêm trọng. Nhiều tuyến đường giao thông bị chia cắt; hơn 1.200 ngôi nhà bị ngập, hư hỏng; hàng trăm ha lúa, hoa màu bị vùi lấp."),
          ("img", "/documents/20182/2915530/kiem-tra-sat-lo-ql7.jpg", "Chủ tịch UBND tỉnh kiểm tra điểm sạt lở trên Quốc lộ 7 đoạn qua xã Con Cuông"),
          ("p", "Tại các điểm kiểm tra, đồng chí Chủ tịch UBND tỉnh thăm hỏi, động viên các hộ dân bị thiệt hại; ghi nhận sự vào cuộc kịp thời của cấp ủy, chính quyền cơ sở, lực lượng quân đội, công an trong di dời dân, hỗ trợ người dân dọn dẹp nhà cửa, ổn định cuộc sống."),
          ("p", "Đồng chí yêu cầu các xã khẩn trương rà soát, thống kê chính xác thiệt hại; bố trí chỗ ở tạm cho các hộ có nhà bị sập, bị cuốn trôi, không để người dân nào thiếu đói, không có chỗ ở; ưu tiên khắc phục các tuyến đường, trường học, trạm y tế để học sinh sớm trở lại lớp."),
          ("img", "/documents/20182/2915530/trao-qua-mon-son.jpg", "Đoàn công tác trao quà hỗ trợ các hộ dân bị thiệt hại tại xã Môn Sơn"),
          ("p", "Giao Sở Xây dựng chỉ đạo đơn vị quản lý đường bộ thông tuyến Quốc lộ 7 trước ngày 5/10; Sở Nông nghiệp và Môi trường hướng dẫn người dân khôi phục sản xuất, cung ứng giống cây trồng vụ đông; các lực lượng chức năng tiếp tục cắm biển cảnh báo tại những khu vực có nguy cơ sạt lở."),
          ("p", "Dịp này, đoàn công tác trao 300 suất quà, mỗi suất trị giá 2 triệu đồng cho các hộ dân bị thiệt hại nặng.")])


def page09():
    pub = T("2025-10-03 16:20")
    url = "https://www.nghean.gov.vn/hoat-dong-cua-lanh-dao-tinh/-/asset_publisher/Yk4dPm2qLs8V/content/chu-tich-ubnd-tinh-kiem-tra-cong-tac-khac-phuc-hau-qua-mua-lu-tai-cac-xa-mien-tay"

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px"><tbody><tr><td><img alt="" src="{s}" style="width:600px;height:400px" /></td></tr>'
                f'<tr><td style="text-align:center"><span style="color:#0000cd"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        ns = "_101_INSTANCE_Yk4dPm2qLs8V_"
        body = A9.render(p=jp, img=img) + right_bold("Hoàng Anh")
        links = "".join(f'<li class="asset-links-list-item"><a class="asset-title" href="/hoat-dong-cua-lanh-dao-tinh/-/asset_publisher/Yk4dPm2qLs8V/content/{slug(t)}"><img alt="" src="/html/icons/journal.png" /> {esc(t)}</a></li>' for t in rl[:4])
        return (f'<div class="portlet-title-default"><span class="portlet-title-text">Tin tức - Sự kiện</span></div>'
                f'<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/hoat-dong-cua-lanh-dao-tinh" id="{ns}TabsBack" title="Quay lại"><span class="helper-hidden-accessible">Quay lại</span></a></span>'
                f'<h3 class="header-title"><span>{esc(A9.title)}</span></h3></div>'
                f'<div class="asset-full-content default-asset-publisher show-asset-title"><div class="pull-right"><div class="lfr-meta-actions asset-actions"></div></div>'
                f'<div class="asset-user-actions"><div class="print-action"><a href="javascript:{ns}printPage_0();" class="taglib-icon"><img src="/html/themes/classic/images/common/print.png" alt="In" /> <span class="taglib-text">In</span></a></div></div>'
                f'<div class="asset-content" id="{ns}{hexid(rng, 16)}"><div class="journal-content-article"><div class="news-sapo"><strong>{esc(A9.lead)}</strong></div>{body}</div></div>'
                f'<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote">Bình chọn của bạn: <span class="rating-label">0</span> (0 phiếu)</div></div></div>'
                f'<div class="taglib-asset-links"><h2 class="asset-links-title"><i class="icon-link"></i> Tin liên quan</h2><ul class="asset-links-list">{links}</ul></div>'
                f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date"><i class="icon-calendar"></i> {dmy(pub)} {hm(pub)}</span>'
                f'<span class="metadata-entry metadata-author"><i class="icon-user"></i> Biên tập viên 02</span><span class="metadata-entry metadata-view-count"><i class="icon-eye-open"></i> 1.204 Lượt xem</span></div></div>')

    crumbs = ('<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="/trang-chu">Trang chủ</a><span class="divider">/</span></li>'
              '<li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a><span class="divider">/</span></li><li class="active last"><a href="/hoat-dong-cua-lanh-dao-tinh">Hoạt động của lãnh đạo tỉnh</a></li></ul>')

    def side(rng, pub_):
        ts = heads10(rng, 5, avoid=[A9.title])
        ab = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="#">{esc(t)}</a></h3><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(d)} {hm(d)}</span></div></div>' for t, d in zip(ts, past(pub_, rng, 5, 0, 6)))
        return (f'<div class="portlet-boundary portlet-boundary_101_ portlet-static"><div class="portlet-title-default">Tin mới cập nhật</div><div class="portlet-body">{ab}</div></div>'
                + '<div class="portlet-boundary canh-bao"><div class="portlet-title-default">Cảnh báo thiên tai</div><div class="portlet-body"><p>Tin cảnh báo lũ quét, sạt lở đất khu vực miền Tây Nghệ An - Cập nhật 06:00 ngày 04/10/2025</p><a href="#">Xem chi tiết</a></div></div>'
                + schedule(rng, pub_ + timedelta(days=1), "Lịch làm việc của lãnh đạo UBND tỉnh", "portlet-boundary lich-lv")
                + '<div class="portlet-boundary dvc"><div class="portlet-title-default">Dịch vụ công</div><div class="portlet-body"><a href="#">Hệ thống thông tin giải quyết thủ tục hành chính</a></div></div>')

    def top(rng, pub_):
        return ('<div class="banner-top"><a href="/"><img src="/nghean-theme/images/banner-cong-ttdt.png" alt="Cổng Thông tin điện tử tỉnh Nghệ An" /></a></div>'
                f'<div class="date-time">{wd(pub_ + timedelta(days=3))}, ngày {dmy(pub_ + timedelta(days=3))}</div>')

    head = ('<meta content="text/html; charset=UTF-8" http-equiv="content-type" /><link href="/nghean-theme/images/favicon.ico" rel="Shortcut Icon" />'
            '<link class="lfr-css-file" href="/nghean-theme/css/main.css?browserId=other&amp;themeId=ngheantheme_WAR_ngheantheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1759395512000" rel="stylesheet" type="text/css" />'
            '<script type="text/javascript">var themeDisplay=(function(){return{getCompanyId:function(){return"20155"},getLanguageId:function(){return"vi_VN"},getPathContext:function(){return""},getPortalURL:function(){return"https://www.nghean.gov.vn"},isSignedIn:function(){return false}}})();'
            'var Liferay={Browser:{},PortletKeys:{},Util:{},authToken:"' + alnum(__import__("random").Random("s29-09a"), 8) + '",currentURL:"\\u002fhoat-dong-cua-lanh-dao-tinh",currentURLEncoded:"%2Fhoat-dong-cua-lanh-dao-tinh"};</script>'
            '<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=ngheantheme_WAR_ngheantheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=1759395512000" type="text/javascript"></script>'
            + og(A9.title, url, {"og:description": A9.lead}))
    return page("s29-09", family="province_portal_liferay62_stock_asset_publisher_visit_metadata_after_text",
                name="nghean-congttdt-liferay62-stock-asset-publisher-full-content-crumb-hoat-dong-cua-lanh-dao-tinh-generic-portlet-title-taglib-header-h3-title-strong-sapo-table-blue-em-captions-bold-right-name-asset-metadata-stamp-account",
                url=url, art=A9, main_fn=main, pub=pub, prefix="lr", kb=185,
                org="Cổng Thông tin điện tử tỉnh Nghệ An", addr="Số 03 đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An", phone="0238.3844.788",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "liferay", "head_extra": head, "title": "Hoạt động của lãnh đạo tỉnh - Cổng Thông tin điện tử tỉnh Nghệ An", "items": MENU_GOV, "charset_meta": False},
                exp=expected(A9, iso(pub), author="Hoàng Anh", category="Hoạt động của lãnh đạo tỉnh"),
                traps={"account": ["Biên tập viên 02"], "chrome": ["Quay lại", "Bình chọn của bạn:", "Tin liên quan", "1.204 Lượt xem", "Tin mới cập nhật", "Cảnh báo thiên tai", "Tin cảnh báo lũ quét, sạt lở đất khu vực miền Tây Nghệ An - Cập nhật 06:00 ngày 04/10/2025"],
                       "related": lambda rl: rl[:4]},
                notes="A VISIT (the provincial chairman's inspection after the floods of early October 2025) on the Cổng TTĐT tỉnh built on Liferay 6.2 with the STOCK asset publisher's full-content view: the generic portlet title 'Tin tức - Sự kiện', then the taglib-header (a 'Quay lại' back arrow and h3.header-title > span = the headline: the page's <title> is the LAYOUT's name, 'Hoạt động của lãnh đạo tỉnh - Cổng …'), the journal article (web-content template: div.news-sapo > strong, the text, a bold right name), asset ratings, 'Tin liên quan' asset links, and LAST the asset-metadata line 'dd/mm/yyyy HH:MM · Biên tập viên 02 · 1.204 Lượt xem' → published 2025-10-03T16:20 from the metadata AFTER the text; 'Biên tập viên 02' is the Liferay user who published it (an account named after a role, set 27) → author from the bold right 'Hoàng Anh'. Captions in CKEditor two-row tables with blue <em>. Crumb → 'Hoạt động của lãnh đạo tỉnh'. The sidebar's flood warning carries its own 'Cập nhật 06:00 ngày 04/10/2025' (the warning's, a day after the item). Officials' names are made up.",
                readme="Liferay 6.2 stock asset publisher Cổng TTĐT tỉnh, a VISIT: generic portlet title, h3.header-title in the taglib-header (the <title> is the layout's), strong sapo, two-row table captions in blue <em>, bold right name, the stamp in the asset-metadata line AFTER the text with an account ('Biên tập viên 02')")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
