"""Set 39 pages 1-9: ordinary items on the common products of shared/research/vn-sites.md, in versions, themes, modules
and page layouts sets 26-38 did not use (NukeViet 4.5 with a text-to-speech player, Liferay DXP 7.2 + EcoIT's portlet,
SharePoint 2013's stock 'Body only' layout, DNN Evoq Content's Structured Content, WordPress + Zakra and + Neve,
Joomla 3.8 + a GavickPro template, Drupal 7 + Omega 4, a WebForms DetailsView).
One page of this module carries a twist (page 1: a lunar date printed beside the solar date in the stamp line);
the other two are in gen/p_02_more.py."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, cookie_banner
from .kit import og, jsonld
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other34, WRITERS34

MENU_PARTY = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các cơ quan tham mưu", "Tổ chức cơ sở đảng"]),
    ("Tin tức", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Tin cơ sở", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Cuộc thi"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Hướng dẫn nghiệp vụ"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic"]),
]


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def dmyhm(d, sep=" "):
    return f"{dmy(d)}{sep}{hm(d)}"


def banner(img, alt):
    return lambda rng, p: f'<div class="banner"><a href="/"><img src="{img}" alt="{esc(alt, True)}" /></a><span class="site-name">{esc(alt)}</span></div>'


def side_of(fmt, head="Tin đọc nhiều", cls="most-read", docs=True):
    def f(rng, p):
        s = mostread(rng, p, fmt, head, cls, 6, writers=WRITERS34)
        if docs:
            s += vb_box(["Hướng dẫn số 15-HD/BTCTW về kiểm điểm, đánh giá, xếp loại tổ chức đảng năm 2026",
                         "Kế hoạch số 62-KH/TU thực hiện Kết luận của Bộ Chính trị về công tác dân vận",
                         "Quy chế số 04-QC/TU phối hợp giữa các cơ quan tham mưu, giúp việc Tỉnh ủy"], "Văn bản mới", cls + "-vb")
        return s
    return f


def others(site, base, head, fmt, cls="tin-khac"):
    def f(rl, rd, rng):
        li = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{rng.randint(1000, 9999)}.html">{esc(t)}</a> <span class="date">({esc(fmt(d))})</span></li>' for t, d in zip(rl, rd))
        return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><ul>{li}</ul></div>'
    return f


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>'


def expected_(art, published, updated=None, author=None, unit=None, photographer=None, category=None, captions=None, body=None, lead="__art__", title=None):
    from .common import expected
    return expected(art, published, updated, author, unit, photographer, category, captions, body, lead, title)


def crumb(items, cls="breadcrumb", sep=""):
    li = "".join(f'<li><a href="/{slug(t)}">{esc(t)}</a></li>{sep}' for t in items)
    return f'<ul class="{cls}"><li><a href="/">Trang chủ</a></li>{sep}{li}</ul>'


# ===================================================================== 1 Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang: NukeViet 4.5 + TTS player; TWIST a lunar date in the stamp line
A1 = Art("Thường trực Tỉnh ủy gặp mặt văn nghệ sĩ, nhà báo nhân dịp Xuân Bính Ngọ và Ngày thơ Việt Nam",
         "Sáng 3/3, Thường trực Tỉnh ủy tổ chức gặp mặt đại biểu văn nghệ sĩ, nhà báo tiêu biểu trên địa bàn tỉnh nhân dịp đầu Xuân Bính Ngọ và Ngày thơ Việt Nam lần thứ XXIV.",
         [("p", "Dự buổi gặp mặt có lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Hội Văn học Nghệ thuật tỉnh, Hội Nhà báo tỉnh cùng hơn 120 văn nghệ sĩ, nhà báo, trong đó có nhiều tác giả là người dân tộc Tày, Dao, Mông ở các xã vùng cao."),
          ("p", "Năm 2025, Hội Văn học Nghệ thuật tỉnh có 46 tác phẩm đạt giải ở các cuộc thi, liên hoan cấp khu vực và toàn quốc; các cơ quan báo chí trên địa bàn tập trung tuyên truyền sâu rộng việc sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp và đại hội đảng bộ các cấp."),
          ("img", "/uploads/news/2026_03/gap-mat-van-nghe-si-xuan-binh-ngo.jpg", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy tặng hoa chúc mừng các văn nghệ sĩ, nhà báo tiêu biểu"),
          ("p", "Phát biểu tại buổi gặp mặt, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận những đóng góp của đội ngũ văn nghệ sĩ, nhà báo; đề nghị tiếp tục bám sát cơ sở, sáng tác nhiều tác phẩm có giá trị về quê hương cách mạng, về gương người tốt, việc tốt trong nhân dân."),
          ("p", "Trong chương trình, các đại biểu đã cùng thưởng thức những bài thơ, bài hát về Đảng, về Bác Hồ và về mùa xuân trên quê hương; nhiều tác giả cao tuổi chia sẻ kỷ niệm gắn bó với phong trào văn nghệ của tỉnh."),
          ("img", "/uploads/news/2026_03/ngam-tho-dau-xuan.jpg", "Các tác giả ngâm thơ tại buổi gặp mặt"),
          ("p", "Dịp này, Thường trực Tỉnh ủy tặng quà 15 văn nghệ sĩ, nhà báo lão thành có nhiều cống hiến cho sự nghiệp văn học nghệ thuật và báo chí của tỉnh.")])
BY1 = "Hà Thu Trang"


def page01():
    pub = T("2026-03-03 09:45")
    site = "https://tuyengiao.tuyenquang.dcs.vn"
    url = f"{site}/news/van-hoa-van-nghe/thuong-truc-tinh-uy-gap-mat-van-nghe-si-nha-bao-nhan-dip-xuan-binh-ngo-5120.html"

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/news/van-hoa-van-nghe/{slug(t)[:60]}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news_detail panel panel-default"><div class="panel-body"><h1 class="title">{esc(A1.title)}</h1>'
                f'<div class="meta"><span class="time"><em class="fa fa-clock-o"></em> {wd(pub, lower=False)} - {dmyhm(pub)} (Âm lịch: 15/01 Bính Ngọ)</span>'
                f' <span class="hits">Đã xem: 2.146</span> <span class="comment">Phản hồi: 0</span></div>'
                f'<div class="tts-player" id="tts-player"><div class="tts-label"><em class="fa fa-headphones"></em> Nghe đọc bài viết</div>'
                f'<audio controls preload="none" src="/uploads/tts/2026_03/5120.mp3"></audio><span class="tts-time">00:00 / 04:12</span>'
                f'<select class="tts-voice"><option>Giọng nữ miền Bắc</option><option>Giọng nam miền Bắc</option><option>Giọng nữ miền Nam</option></select></div>'
                f'<div class="hometext"><strong>{esc(A1.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{A1.render(p=jp, img=fig, sep="")}</div>'
                f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(BY1)}</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Tuyên giáo và Dân vận Tỉnh ủy</p>'
                f'<div class="keywords">Từ khóa: <a href="#">Ngày thơ Việt Nam</a>, <a href="#">văn nghệ sĩ</a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-heading">Những tin cũ hơn</div><ul class="related">{rel}</ul></div>')

    crumbs = crumb(["Tin tức", "Văn hóa - Văn nghệ"], "breadcrumbs clearfix")
    head = og(A1.title, url, {"og:description": A1.lead})
    return page("s39-01", family="propaganda_board_nukeviet45_tts_player_lunar_date_in_stamp",
                name="tuyenquang-btgdv-nukeviet45-vendor-theme-tts-nghe-doc-bai-viet-player-weekday-dash-dd-mm-yyyy-hh-mm-am-lich-15-01-binh-ngo-bold-hometext-figcaptions-tac-gia-nguon-tin",
                url=url, art=A1, main_fn=main, pub=pub, prefix="btgtq", kb=168,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang", addr="Số 2 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.184",
                crumbs=crumbs, top=banner("/themes/btg/images/logo.png", "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"), side=side_of(dmy, "Tin xem nhiều", "btg-most"),
                shell_kw={"layout": "nv45_tts", "head_extra": head, "items": MENU_PARTY, "left": f"{wd(pub + timedelta(days=1))}, {dmy(pub + timedelta(days=1))} (Âm lịch: 16/01)"},
                exp=expected_(A1, iso(pub), author=BY1, category="Văn hóa - Văn nghệ"),
                traps={"dates": ["(Âm lịch: 15/01 Bính Ngọ)", "00:00 / 04:12"], "chrome": ["Nghe đọc bài viết", "Giọng nữ miền Bắc", "Những tin cũ hơn", "Nguồn tin:"],
                       "related": lambda rl: rl[:5]},
                notes="TWIST — NukeViet 4.5 under a provincial vendor's theme with a text-to-speech block. The stamp line prints 'Thứ Ba - 03/03/2026 09:45 (Âm lịch: 15/01 Bính Ngọ)': the solar date is the stamp → 2026-03-03T09:45; the LUNAR date in brackets (the 15th of the first lunar month, Rằm tháng Giêng, the day of Ngày thơ Việt Nam) is not a date of the Gregorian calendar — a reader that takes the last 'dd/mm' of the line gets 15 January. The header clock also prints a lunar day. The TTS player ('Nghe đọc bài viết', '00:00 / 04:12', a voice select) is chrome. Bold hometext → lead. Two figcaptions. 'Tác giả: Hà Thu Trang' → author; 'Nguồn tin: Ban Tuyên giáo và Dân vận Tỉnh ủy' a source, unit null. Category 'Văn hóa - Văn nghệ' (crumb).",
                readme="TWIST — NukeViet 4.5, a vendor theme with a text-to-speech player, a New-Year meeting with artists: 'Thứ Ba - 03/03/2026 09:45 (Âm lịch: 15/01 Bính Ngọ)' (a LUNAR date beside the solar one); the player's '00:00 / 04:12'; bold hometext; two figcaptions; 'Tác giả:' + 'Nguồn tin:'")


# ===================================================================== 2 Ủy ban Kiểm tra Tỉnh ủy Bắc Ninh: Liferay DXP 7.2 + EcoIT; two writers sharing one unit
A2 = Art("Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát tại Đảng ủy xã Yên Dũng",
         "Từ ngày 13 đến 16/4, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy làm việc với Đảng ủy xã Yên Dũng về việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đảng từ đầu nhiệm kỳ đến nay.",
         [("p", "Theo báo cáo, từ sau khi sắp xếp đơn vị hành chính, Đảng ủy xã đã ban hành chương trình kiểm tra, giám sát toàn khóa; kiểm tra 9 tổ chức đảng, 21 đảng viên; giám sát chuyên đề 14 chi bộ về việc chấp hành nguyên tắc tập trung dân chủ và chế độ sinh hoạt đảng."),
          ("p", "Ủy ban Kiểm tra Đảng ủy xã đã giải quyết dứt điểm 2 đơn thư phản ánh đảng viên, không để phát sinh vụ việc phức tạp; việc lập hồ sơ, lưu trữ tài liệu kiểm tra bước đầu được số hóa trên phần mềm quản lý đảng viên."),
          ("img", "/documents/10181/0/ubkt-lam-viec-yen-dung.jpg", "Đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy phát biểu tại buổi làm việc"),
          ("p", "Kết luận buổi làm việc, đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy đề nghị Đảng ủy xã khắc phục tình trạng một số chi bộ chưa xây dựng kế hoạch giám sát thường xuyên; tăng cường giám sát việc kê khai tài sản, thu nhập và thu, nộp đảng phí."),
          ("p", "Đoàn kiểm tra sẽ hoàn thiện báo cáo, trình Ủy ban Kiểm tra Tỉnh ủy xem xét, kết luận tại kỳ họp tháng 5/2026.")])
BYS2, UNIT2 = ["Thu Hà", "Đức Anh"], "Văn phòng Ủy ban Kiểm tra Tỉnh ủy"


def page02():
    pub = T("2026-04-16 15:30")
    site = "https://ubkt.bacninh.gov.vn"
    url = f"{site}/web/ubkt/tin-tuc/-/chi-tiet/{slug(A2.title)[:70]}-61423"

    def img(s, c, n):
        return (f'<table class="image" align="center" style="width:100%"><tbody><tr><td><img src="{s}" style="width:100%" /></td></tr>'
                f'<tr><td class="image_desc" style="text-align:center">{esc(c)}</td></tr></tbody></table>')

    def main(rng, rl, rd):
        oth = others(site, "/web/ubkt/tin-tuc/-/chi-tiet/", "Tin cùng chuyên mục", lambda d: f"{dmy(d)} {hm(d)}", "ecoit-othernews")(rl[:6], rd, rng)
        return (f'<div class="ecoit-news-detail"><div class="titlecategories">Kiểm tra, giám sát</div><h2 class="title-detail">{esc(A2.title)}</h2>'
                f'<div class="date-detail"><span class="date-news">{wd(pub)}, ngày {dmy(pub)} {hm(pub)}</span> <span class="view-count">| Lượt xem: 418</span></div>'
                f'<div class="sapo-detail"><p><em>{esc(A2.lead)}</em></p></div><div class="content-detail txtdetail">{A2.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>{esc(BYS2[0])} - {esc(BYS2[1])}</strong><br /><em>({esc(UNIT2)})</em></p></div>'
                f'<div class="tool-detail"><a href="#">In trang</a> <a href="#">Gửi email</a> <a href="#">Về đầu trang</a></div>{oth}</div>')

    crumbs = '<div class="breadcrumb-ecoit"><a href="/web/ubkt">Trang chủ</a> &gt; <a href="/web/ubkt/tin-tuc">Tin tức - Sự kiện</a> &gt; <span>Kiểm tra, giám sát</span></div>'
    head = og(A2.title, url) + '<script>Liferay.Portlet.onLoad({portletId:"CmsViewChiTietTin_WAR_CmsViewEcoITportlet_INSTANCE_e61423",refresh:false});</script>'
    return page("s39-02", family="inspection_committee_liferay72_ecoit_two_writers_shared_unit",
                name="bacninh-ubkt-liferay72-ecoit-cmsviewchitiettin-titlecategories-h2-weekday-ngay-dd-mm-yyyy-hh-mm-italic-sapo-image-desc-two-writers-dash-br-one-paren-unit",
                url=url, art=A2, main_fn=main, pub=pub, prefix="ubktbn", kb=184,
                org="Ủy ban Kiểm tra Tỉnh ủy Bắc Ninh", addr="Số 11 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh", phone="0222.3822.466",
                crumbs=crumbs, top=banner("/o/ecoit-theme/images/logo.png", "Ủy ban Kiểm tra Tỉnh ủy Bắc Ninh"), side=side_of(dmyhm, "Tin đọc nhiều", "ecoit-most"),
                shell_kw={"layout": "lr72ecoit", "head_extra": head, "items": MENU_PARTY, "left": f'<div class="ecoit-today">{wd(pub)}, {dmy(pub)}</div>'},
                exp=expected_(A2, iso(pub), author=", ".join(BYS2), unit=UNIT2, category="Kiểm tra, giám sát"),
                traps={"chrome": ["Tin cùng chuyên mục", "Lượt xem: 418", "Tin đọc nhiều"], "related": lambda rl: rl[:6]},
                notes="Liferay DXP 7.2 with EcoIT's CMS portlet ported to 7.x (CmsViewChiTietTin). The category label 'Kiểm tra, giám sát' (div.titlecategories) above an h2 headline; 'Thứ Năm, ngày 16/04/2026 15:30' → T15:30. Italic sapo → lead. Caption in a td.image_desc row. Bold 'Thu Hà - Đức Anh' <br> italic '(Văn phòng Ủy ban Kiểm tra Tỉnh ủy)' → two writers 'Thu Hà, Đức Anh' sharing ONE unit, stored once. Category 'Kiểm tra, giám sát' (crumb's last level, agrees with the label; a comma inside).",
                readme="Liferay DXP 7.2 + EcoIT's CMS portlet, an inspection of a commune's Party committee: a category label above the h2; 'Thứ Năm, ngày 16/04/2026 15:30'; italic sapo; a td.image_desc caption; 'A - B' <br> '(unit)' — two writers sharing one unit")


# ===================================================================== 3 Ban Nội chính Tỉnh ủy Quảng Ninh: SharePoint 2013 BodyOnly; date-only in the master; no lead
A3 = Art("Ban Nội chính Tỉnh ủy giao ban công tác nội chính, phòng, chống tham nhũng, lãng phí quý I năm 2026",
         None,
         [("p", "Chiều 25/3, Ban Nội chính Tỉnh ủy tổ chức hội nghị giao ban công tác nội chính, phòng, chống tham nhũng, lãng phí, tiêu cực và cải cách tư pháp quý I năm 2026 với các cơ quan khối nội chính của tỉnh."),
          ("p", "Trong quý, các cơ quan chức năng đã phát hiện, xử lý 37 vụ việc vi phạm pháp luật về kinh tế, tham nhũng, chức vụ; thu hồi trên 12,6 tỷ đồng. Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được duy trì nền nếp ở các xã, phường sau sắp xếp."),
          ("img", "/SiteAssets/tin-tuc/2026/03/giao-ban-noi-chinh-quy-1.jpg", "Quang cảnh hội nghị giao ban công tác nội chính quý I năm 2026"),
          ("p", "Các đại biểu tập trung thảo luận về việc phối hợp giám định tư pháp, định giá tài sản trong các vụ án kinh tế; giải pháp phòng ngừa lãng phí trong quản lý, sử dụng trụ sở dôi dư sau sắp xếp bộ máy."),
          ("p", "Phát biểu kết luận, đồng chí Trưởng Ban Nội chính Tỉnh ủy đề nghị các cơ quan khối nội chính tiếp tục đẩy nhanh tiến độ xử lý các vụ việc được dư luận quan tâm, bảo đảm đúng pháp luật, khách quan, công khai.")])
BY3, UNIT3 = "Phạm Quang Huy", "Ban Nội chính Tỉnh ủy"


def page03():
    pub = T("2026-03-25 00:00")
    site = "https://noichinh.quangninh.gov.vn"
    url = f"{site}/tintuc/Pages/ban-noi-chinh-giao-ban-quy-1-2026.aspx"

    def img(s, c, n):
        return (f'<div class="ms-rtestate-read"><img class="ms-rtePosition-4" src="{s}" alt="" style="margin:5px;width:620px" /></div>'
                f'<p class="ms-rteElement-P ms-rteStyle-Caption" style="text-align:center">{esc(c)}</p>')

    def rtep(t):
        return f'<p class="ms-rteElement-P">{esc(t)}</p>'

    def main(rng, rl, rd):
        oth = "".join(f'<li><a href="{site}/tintuc/Pages/{slug(t)[:50]}.aspx">{esc(t)}</a> <span class="ngay">(Ngày {dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span>{esc(A3.title)}</span></span></div>'
                f'<div class="vp-ngay-xuat-ban">Ngày xuất bản: {dmy(pub)}</div>'
                f'<div class="article article-body"><div id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl00_label">'
                f'{A3.render(p=rtep, img=img, sep="")}'
                f'<p class="ms-rteElement-P" style="text-align:right"><strong>{esc(BY3)} - {esc(UNIT3)}</strong></p></div></div>'
                f'<div class="vp-othernews"><div class="vp-othernews-title">Các tin đã đưa</div><ul>{oth}</ul></div>')

    crumbs = ('<span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath"><span><a href="/">Trang chủ</a></span><span> &gt; </span><span><a href="/tintuc">Tin tức</a></span>'
              '<span> &gt; </span><span><a href="/tintuc/Pages/hoat-dong.aspx">Hoạt động nội chính</a></span></span>')
    head = '<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
    return page("s39-03", family="internal_affairs_board_sharepoint2013_bodyonly_master_date_only",
                name="quangninh-bannoichinh-sharepoint2013-stock-bodyonly-layout-page-title-in-master-ngay-xuat-ban-dd-mm-yyyy-date-only-no-sapo-rte-caption-style-bold-right-name-dash-unit",
                url=url, art=A3, main_fn=main, pub=pub, prefix="bncqn", kb=212,
                org="Ban Nội chính Tỉnh ủy Quảng Ninh", addr="Phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.617",
                crumbs=crumbs, top=banner("/SiteAssets/images/banner-bnc.png", "Ban Nội chính Tỉnh ủy Quảng Ninh"), side=side_of(dmy, "Tin nổi bật", "vp-hot"),
                shell_kw={"layout": "sp2013bodyonly", "head_extra": head, "items": MENU_PARTY, "form": True, "left": f"Hôm nay: {wd(pub + timedelta(days=3), lower=True)}, {dmy(pub + timedelta(days=3))}"},
                exp=expected_(A3, isod(pub), author=BY3, unit=UNIT3, category="Hoạt động nội chính", lead=None),
                traps={"chrome": ["Các tin đã đưa", "Tin nổi bật"], "related": lambda rl: rl[:6]},
                notes="SharePoint Server 2013, the stock 'Body only' page layout: the headline is the master's page title (span in #pageTitle, no heading element), the vendor master prints 'Ngày xuất bản: 25/03/2026' (date only) → '2026-03-25'; the header clock prints a later day. No sapo (the layout has no summary field) → lead null; the first paragraph is plain body. Caption a p.ms-rteStyle-Caption after the picture. Bold right 'Phạm Quang Huy - Ban Nội chính Tỉnh ủy' → author + unit. Category 'Hoạt động nội chính' (crumb).",
                readme="SharePoint 2013, the stock 'Body only' layout, a quarterly briefing: the headline a span in the master's title area; 'Ngày xuất bản: dd/mm/yyyy' (date only); no sapo; a ms-rteStyle-Caption paragraph; bold right 'Name - unit'")


# ===================================================================== 4 Tỉnh đoàn Vĩnh Long: DNN Evoq Content, Structured Content; two writers each with a unit; a photographer field
A4 = Art("Tuổi trẻ Vĩnh Long ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026",
         "Sáng 6/6, Ban Thường vụ Tỉnh đoàn tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026 với sự tham gia của hơn 1.500 đoàn viên, thanh niên.",
         [("p", "Chiến dịch năm nay tập trung vào các phần việc: sửa chữa, xây mới 40 căn nhà nhân ái; làm mới 25 km đường giao thông nông thôn; hướng dẫn người dân sử dụng dịch vụ công trực tuyến và ứng dụng định danh điện tử tại 124 xã, phường."),
          ("img", "/Portals/0/EasyDNNnews/2026/06/ra-quan-tinh-nguyen-he.jpg", "Các đội hình thanh niên tình nguyện tại lễ ra quân"),
          ("p", "Tại lễ ra quân, Tỉnh đoàn trao cờ cho 12 đội hình tình nguyện cấp tỉnh, trong đó có đội hình 'Tiếp sức mùa thi', đội hình thầy thuốc trẻ và đội hình chuyển đổi số cộng đồng."),
          ("p", "Ngay sau lễ ra quân, các đội hình đã tổ chức khám bệnh, cấp thuốc miễn phí cho 300 người cao tuổi, trồng 2.000 cây xanh trên tuyến đê bao ven sông Cổ Chiên."),
          ("img", "/Portals/0/EasyDNNnews/2026/06/trong-cay-de-bao.jpg", "Đoàn viên, thanh niên trồng cây xanh trên tuyến đê bao"),
          ("p", "Chiến dịch được triển khai đến hết ngày 31/8/2026.")])
BYS4 = [("Trần Ngọc Hân", "Ban Phong trào Tỉnh đoàn"), ("Thạch Thị Sóc Pha", "Đoàn xã Trà Cú")]
PH4 = "Thạch Thị Sóc Pha"


def page04():
    pub = T("2026-06-06 07:50")
    site = "https://tinhdoan.vinhlong.gov.vn"
    url = f"{site}/tin-tuc/phong-trao-doan/tuoi-tre-vinh-long-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2026"

    def img(s, c, n):
        return f'<div class="sc-image"><img src="{s}" alt="" /><div class="sc-image-caption">{esc(c)}</div></div>'

    def main(rng, rl, rd):
        ws = "".join(f'<li><span class="sc-author-name">{esc(a)}</span> <span class="sc-author-unit">({esc(u)})</span></li>' for a, u in BYS4)
        oth = others(site, "/tin-tuc/phong-trao-doan/", "Tin liên quan", lambda d: dmy(d), "sc-related")(rl[:5], rd, rng)
        return (f'<article class="sc-article"><div class="sc-tags"><a class="sc-tag" href="/tag/tntn2026">#TNTN2026</a></div><h1 class="sc-title">{esc(A4.title)}</h1>'
                f'<div class="sc-meta"><span class="sc-label">Ngày đăng:</span> <span class="sc-date">{dmy(pub)} - {hm(pub)}</span></div>'
                f'<div class="sc-field sc-summary"><p>{esc(A4.lead)}</p></div><div class="sc-field sc-body">{A4.render(p=jp, img=img, sep="")}</div>'
                f'<div class="sc-field sc-authors"><span class="sc-label">Tác giả:</span><ul class="sc-author-list">{ws}</ul></div>'
                f'<div class="sc-field sc-photo"><span class="sc-label">Ảnh:</span> {esc(PH4)}</div></article>{oth}')

    crumbs = '<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a> › <a href="/tin-tuc/phong-trao-doan">Phong trào Đoàn</a></div>'
    head = og(A4.title, url) + '<meta name="generator" content="DNN Evoq Content" />'
    return page("s39-04", family="youth_union_dnn_evoq_structured_content_writers_each_unit_photo_field",
                name="vinhlong-tinhdoan-dnn-evoq-content9-structured-content-visualizer-tag-chip-above-h1-ngay-dang-dd-mm-yyyy-dash-hh-mm-plain-summary-field-two-writers-each-paren-unit-anh-field",
                url=url, art=A4, main_fn=main, pub=pub, prefix="tdvl", kb=158,
                org="Tỉnh đoàn Vĩnh Long", addr="Số 3 đường Hoàng Thái Hiếu, phường Thanh Đức, tỉnh Vĩnh Long", phone="0270.3822.513",
                crumbs=crumbs, top=banner("/Portals/0/Skins/tdvl/logo.png", "Tỉnh đoàn Vĩnh Long"), side=side_of(dmy, "Tin xem nhiều", "td-most", docs=False),
                shell_kw={"layout": "evoq", "head_extra": head, "items": MENU_MASS, "form": True, "dnn": True, "left": cookie_banner()},
                exp=expected_(A4, iso(pub), author=", ".join(a for a, _ in BYS4), unit=", ".join(u for _, u in BYS4), photographer=PH4, category="Phong trào Đoàn"),
                traps={"chrome": ["Tin liên quan", "#TNTN2026"], "related": lambda rl: rl[:5]},
                notes="DNN Evoq Content 9, a Structured Content type 'Tin bài' rendered by a visualizer: a tag chip '#TNTN2026' above the h1 (a tag, not the category); 'Ngày đăng: 06/06/2026 - 07:50' → T07:50; a plain summary field → lead; captions in div.sc-image-caption. 'Tác giả:' list of two writers each with a parenthesised unit → author 'Trần Ngọc Hân, Thạch Thị Sóc Pha', unit 'Ban Phong trào Tỉnh đoàn, Đoàn xã Trà Cú' (set 36's joined-in-author-order rule); 'Ảnh:' field → photographer 'Thạch Thị Sóc Pha' (a Khmer name). The end day '31/8/2026' in the text is not a stamp. Category 'Phong trào Đoàn' (crumb).",
                readme="DNN Evoq Content's Structured Content, a volunteer campaign launch: a tag chip above the h1; 'Ngày đăng: dd/mm/yyyy - HH:MM'; a plain summary field; div captions; a 'Tác giả' list of two writers each '(unit)'; an 'Ảnh' field")


# ===================================================================== 5 Đảng ủy phường Hạc Thành: WordPress + Zakra; <time> date words with a datetime; hidden updated time
A5 = Art("Đảng ủy phường Hạc Thành sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026",
         "Chiều 15/7, Đảng ủy phường Hạc Thành tổ chức hội nghị sơ kết công tác xây dựng Đảng và hệ thống chính trị 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026.",
         [("p", "Sáu tháng đầu năm, Đảng ủy phường đã lãnh đạo hoàn thành 14/18 chỉ tiêu chủ yếu; kết nạp 23 đảng viên mới, đạt 71% kế hoạch năm; 100% chi bộ tổ dân phố tổ chức sinh hoạt chuyên đề về thực hiện nếp sống văn minh đô thị."),
          ("img", "/wp-content/uploads/2026/07/so-ket-6-thang-hac-thanh.jpg", "Đồng chí Bí thư Đảng ủy phường phát biểu chỉ đạo hội nghị"),
          ("p", "Công tác kiểm tra, giám sát được tăng cường: Ủy ban Kiểm tra Đảng ủy phường kiểm tra 4 chi bộ, giám sát chuyên đề 11 đảng viên; công tác dân vận gắn với chỉnh trang đô thị, giải phóng mặt bằng các dự án trọng điểm."),
          ("p", "Hội nghị thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm, trong đó chú trọng nâng cao chất lượng sinh hoạt chi bộ, phát triển đảng viên trong doanh nghiệp ngoài nhà nước và hoàn thành chỉ tiêu thu ngân sách.")])
BY5, UNIT5 = "Lê Thị Ngọc Ánh", "Văn phòng Đảng ủy phường"


def page05():
    pub, upd = T("2026-07-15 16:10"), T("2026-07-16 08:05")
    site = "https://dangbohacthanh.vn"
    url = f"{site}/dang-uy-phuong-hac-thanh-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam-2026/"

    def img(s, c, n):
        return (f'<div id="attachment_{4410 + n}" class="wp-caption aligncenter" style="width:810px"><img class="size-full wp-image-{4410 + n}" src="{s}" width="800" height="533" alt="" />'
                f'<p class="wp-caption-text">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        cards = "".join(f'<article class="zak-related-post"><h4><a href="{site}/{slug(t)[:60]}/">{esc(t)}</a></h4><span class="zak-date">{d.day} Tháng {d.month}, {d.year}</span></article>' for t, d in zip(rl[:3], rd))
        return (f'<article id="post-4410" class="post-4410 post type-post status-publish format-standard has-post-thumbnail category-xay-dung-dang zak-article">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(A5.title)}</h1></header>'
                f'<div class="zak-entry-meta"><span class="zak-post-date"><a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{iso(pub)}">{pub.day} Tháng {pub.month}, {pub.year}</time>'
                f'<time class="updated" datetime="{iso(upd)}">{upd.day} Tháng {upd.month}, {upd.year}</time></a></span>'
                f' <span class="zak-byline">Đăng bởi <span class="author vcard"><a class="url fn n" href="{site}/author/hacthanh_admin/">hacthanh_admin</a></span></span>'
                f' <span class="zak-cat-links"><a href="{site}/chuyen-muc/xay-dung-dang/" rel="category tag">Xây dựng Đảng</a></span></div>'
                f'<div class="entry-content"><p><strong>{esc(A5.lead)}</strong></p>{A5.render(img=img, sep="")}'
                f'<p style="text-align:right"><strong><em>{esc(BY5)} - {esc(UNIT5)}</em></strong></p></div>'
                f'<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="#">sơ kết</a>, <a href="#">xây dựng Đảng</a></span></footer></article>'
                f'<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#">{esc(rl[3])}</a></div><div class="nav-next"><a href="#">{esc(rl[4])}</a></div></div></nav>'
                f'<div class="zak-related-posts"><h3>Bài viết liên quan</h3>{cards}</div>')

    crumbs = (f'<h2 class="zak-page-title">Xây dựng Đảng</h2><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><ul class="trail-items">'
              f'<li class="trail-item trail-begin"><a href="{site}/">Trang chủ</a></li><li class="trail-item"><a href="{site}/chuyen-muc/tin-tuc/">Tin tức</a></li>'
              f'<li class="trail-item"><a href="{site}/chuyen-muc/xay-dung-dang/">Xây dựng Đảng</a></li><li class="trail-item trail-end"><span>{esc(A5.title)}</span></li></ul></nav>')
    head = og(A5.title, url) + f'<meta property="article:published_time" content="{iso(pub)}" /><meta property="article:modified_time" content="{iso(upd)}" />'
    return page("s39-05", family="ward_party_wp_zakra_time_words_datetime_published_updated",
                name="thanhhoa-danguyphuonghacthanh-wp-zakra-page-header-band-h2-category-trail-ends-title-time-d-thang-m-yyyy-datetime-published-updated-account-bold-lead-wp-caption-bold-italic-name-dash-unit",
                url=url, art=A5, main_fn=main, pub=pub, prefix="hacthanh", kb=137,
                org="Đảng bộ phường Hạc Thành", addr="Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.118",
                crumbs=crumbs, top=banner("/wp-content/uploads/2025/08/logo-dang-bo.png", "Đảng bộ phường Hạc Thành"), side=side_of(lambda d: f"{d.day} Tháng {d.month}, {d.year}", "Bài viết mới", "zak-recent", docs=False),
                shell_kw={"layout": "zakra", "head_extra": head, "items": MENU_PARTY, "left": "Hotline: 0237.3852.118 | Email: vanphong@dangbohacthanh.example"},
                exp=expected_(A5, iso(pub), iso(upd), author=BY5, unit=UNIT5, category="Xây dựng Đảng"),
                traps={"chrome": ["Bài viết liên quan", "hacthanh_admin", "Bài viết mới"], "related": lambda rl: rl[:5]},
                notes="WordPress + Zakra: the page-header band prints the CATEGORY as an h2 'Xây dựng Đảng' and the breadcrumb trail (ending with the headline) ABOVE the post's h1 → title = the h1. Two <time> elements print '15 Tháng 7, 2026' (published, datetime T16:10) and '16 Tháng 7, 2026' (updated, datetime next day 08:05), the times only in the attributes → published T16:10, updated 2026-07-16T08:05 (the datetime attributes are the page's own machine-readable stamps; article:modified_time agrees). 'Đăng bởi hacthanh_admin' → account. Bold first paragraph → lead. wp-caption. Bold italic 'Lê Thị Ngọc Ánh - Văn phòng Đảng ủy phường' → author + unit. Category 'Xây dựng Đảng'.",
                readme="WordPress + Zakra, a ward committee's six-month review: the page-header band's h2 (the category) and a trail ending with the headline above the h1; '15 Tháng 7, 2026' / '16 Tháng 7, 2026' in <time datetime> (published, updated); an account; bold lead; wp-caption; bold italic 'Name - unit'")


def quick(n, *, family, name, url, A, pub, layout, org, addr, phone, kb, head_html, meta, lead_html, body_kw, after, crumbs, exp, traps, notes, readme,
          items=MENU_PARTY, left="", side=None, wrap=("<article class=\"item-detail\">", "</article>"), others_fn=None, shell_extra=None, **kw):
    def main(rng, rl, rd):
        oth = others_fn(rl[:5], rd, rng) if others_fn else others(url.split("/")[0] + "//" + url.split("/")[2], "/tin-tuc/", "Tin khác", dmy)(rl[:5], rd, rng)
        return f'{wrap[0]}{head_html}{meta}{lead_html}{A.render(**body_kw)}{after}{wrap[1]}{oth}'
    if "chrome" in traps and not others_fn:
        traps["chrome"] = traps["chrome"] + ["Tin khác"]
    traps.setdefault("related", lambda rl: rl[:5])
    sk = {"layout": layout, "head_extra": og(A.title, url), "items": items, "left": left}
    sk.update(shell_extra or {})
    return page(f"s39-{n:02d}", family=family, name=name, url=url, art=A, main_fn=main, pub=pub, prefix=f"p39{n}", kb=kb, org=org, addr=addr, phone=phone,
                crumbs=crumbs, top=banner("/images/logo.png", org), side=side or side_of(dmy), shell_kw=sk, exp=exp, traps=traps, notes=notes, readme=readme, **kw)


# ===================================================================== 6 LĐLĐ tỉnh Hưng Yên: WordPress + Neve; 'Tháng Năm 20, 2026'; 'Tin: A; Ảnh: B'; a related box inside the text
A6 = Art("Liên đoàn Lao động tỉnh và Ban Tuyên giáo và Dân vận Tỉnh ủy ký kết chương trình phối hợp giai đoạn 2026 - 2030",
         "Sáng 20/5, Liên đoàn Lao động tỉnh và Ban Tuyên giáo và Dân vận Tỉnh ủy ký kết chương trình phối hợp trong công tác tuyên truyền, vận động công nhân, viên chức, người lao động giai đoạn 2026 - 2030.",
         [("p", "Theo chương trình, hai bên phối hợp nắm bắt tư tưởng, tâm trạng của công nhân lao động tại 11 khu công nghiệp; kịp thời tham mưu xử lý các vấn đề nảy sinh, không để xảy ra ngừng việc tập thể."),
          ("raw", "REL"),
          ("p", "Hai bên cũng thống nhất tổ chức định kỳ các diễn đàn 'Lắng nghe người lao động', đối thoại giữa người đứng đầu cấp ủy với công nhân; phấn đấu mỗi năm giới thiệu ít nhất 300 đoàn viên công đoàn ưu tú để các tổ chức đảng xem xét kết nạp."),
          ("img", "/wp-content/uploads/2026/05/ky-ket-phoi-hop-ldld.jpg", "Lãnh đạo hai cơ quan ký kết chương trình phối hợp"),
          ("p", "Phát biểu tại buổi ký kết, đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị chú trọng công tác phát triển đảng trong doanh nghiệp có vốn đầu tư nước ngoài, nơi tỷ lệ đảng viên còn thấp.")])


def page06():
    pub = T("2026-05-20 10:00")
    site = "https://congdoanhungyen.vn"
    url = f"{site}/ldld-tinh-va-ban-tuyen-giao-va-dan-van-tinh-uy-ky-ket-chuong-trinh-phoi-hop/"
    rel = ('<div class="wp-block-group has-pale-cyan-blue-background-color rel-in-text"><p><strong>Xem thêm:</strong></p><ul><li><a href="#">Công đoàn các khu công nghiệp tổ chức Tháng Công nhân 2026</a></li>'
           '<li><a href="#">Đối thoại giữa Bí thư Tỉnh ủy với công nhân lao động năm 2025</a></li></ul></div>')

    def img(s, c, n):
        return f'<figure class="wp-block-image size-large"><img src="{s}" alt="" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'
    date_txt = f"Tháng Năm {pub.day}, {pub.year}"
    return quick(6, family="labour_federation_wp_neve_month_name_first_date_tin_anh_semicolon",
                 name="hungyen-ldld-wp-neve-nv-meta-list-category-link-account-thang-nam-d-yyyy-month-first-datetime-bold-lead-xem-them-box-in-text-wp-element-caption-tin-semicolon-anh",
                 url=url, A=A6, pub=pub, layout="neve", org="Liên đoàn Lao động tỉnh Hưng Yên", addr="Số 6 đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.440", kb=149,
                 head_html=f'<div class="nv-title-meta-wrap"><h1 class="title entry-title">{esc(A6.title)}</h1>',
                 meta=(f'<ul class="nv-meta-list"><li class="meta author vcard">bởi <a href="{site}/author/ldld_hungyen/" class="author-name fn">ldld_hungyen</a></li>'
                       f'<li class="meta date posted-on"><time class="entry-date published" datetime="{iso(pub)}">{date_txt}</time></li>'
                       f'<li class="meta category"><a href="{site}/category/hoat-dong-cong-doan/" rel="category tag">Hoạt động Công đoàn</a></li></ul></div>'),
                 lead_html=f'<div class="nv-content-wrap entry-content"><p><strong>{esc(A6.lead)}</strong></p>',
                 body_kw=dict(img=img, raw=lambda x: rel, sep=""),
                 after='<p><strong>Tin: Ngọc Mai; Ảnh: Đức Trung</strong></p></div>',
                 crumbs="", exp=expected_(A6, iso(pub), author="Ngọc Mai", photographer="Đức Trung", category="Hoạt động Công đoàn"),
                 traps={"boxes": ["Công đoàn các khu công nghiệp tổ chức Tháng Công nhân 2026", "Đối thoại giữa Bí thư Tỉnh ủy với công nhân lao động năm 2025"], "chrome": ["ldld_hungyen"]},
                 notes="WordPress + Neve: the nv-meta-list under the h1 prints 'bởi ldld_hungyen' (account), 'Tháng Năm 20, 2026' (WordPress's 'F j, Y' under the Vietnamese locale: MONTH NAME FIRST, 'Tháng Năm' = May; datetime attribute T10:00) and the category link 'Hoạt động Công đoàn' (no crumb) → published 2026-05-20T10:00, category from the meta link. Bold first paragraph → lead. A 'Xem thêm:' group with two links INSIDE the text → not body. wp-element-caption. 'Tin: Ngọc Mai; Ảnh: Đức Trung' → author 'Ngọc Mai', photographer 'Đức Trung'.",
                 readme="WordPress + Neve, a coordination agreement: 'Tháng Năm 20, 2026' (month name first) in <time datetime>; an account; the category link in the meta list (no crumb); a 'Xem thêm' box inside the text; 'Tin: A; Ảnh: B'")


# ===================================================================== 7 Hội Chữ thập đỏ tỉnh Lạng Sơn: Joomla 3.8 + GavickPro; 'Được đăng' / 'Lần cập nhật cuối' words; 'Viết bởi Quản trị viên'
A7 = Art("Hội Chữ thập đỏ tỉnh trao 150 suất quà cho hộ nghèo nhân Tháng Nhân đạo năm 2026",
         "Hưởng ứng Tháng Nhân đạo năm 2026 với chủ đề 'Hành trình nhân đạo - Lan tỏa yêu thương', Hội Chữ thập đỏ tỉnh phối hợp với các nhà hảo tâm trao 150 suất quà cho hộ nghèo tại các xã biên giới.",
         [("p", "Mỗi suất quà gồm tiền mặt 500.000 đồng, gạo, dầu ăn và nhu yếu phẩm, tổng trị giá trên 150 triệu đồng. Các hộ được nhận quà đều thuộc diện hộ nghèo, hộ có người khuyết tật, người cao tuổi neo đơn ở các xã Tân Thanh, Thụy Hùng và Cao Lộc."),
          ("img", "/images/tin-tuc/2026/05/trao-qua-thang-nhan-dao.jpg", "Đại diện Hội Chữ thập đỏ tỉnh trao quà cho hộ nghèo xã Tân Thanh"),
          ("p", "Dịp này, Hội cũng tổ chức khám bệnh, tư vấn sức khỏe và cấp thuốc miễn phí cho hơn 200 người dân; vận động 86 đoàn viên, thanh niên tham gia hiến máu tình nguyện."),
          ("p", "Từ đầu năm đến nay, các cấp Hội trong tỉnh đã vận động được trên 4,2 tỷ đồng tiền mặt và hàng hóa để hỗ trợ các đối tượng dễ bị tổn thương.")])


def page07():
    pub, upd = T("2026-05-09 14:05"), T("2026-05-11 08:30")

    def img(s, c, n):
        return f'<p style="text-align:center"><img class="caption" src="{s}" alt="" title="{esc(c, True)}" width="640" /></p><p style="text-align:center"><em><span style="font-size:10pt">{esc(c)}</span></em></p>'
    jw = lambda d: f"{wd(d)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"
    return quick(7, family="red_cross_joomla38_gavick_words_dates_viet_boi_admin",
                 name="langson-hoichuthapdo-joomla38-gavickpro-template-itemheader-h1-duoc-dang-weekday-dd-thang-m-yyyy-hh-mm-lan-cap-nhat-cuoi-viet-boi-quan-tri-vien-bold-intro-em-caption-italic-name-br-unit",
                 url="https://chuthapdolangson.org.vn/index.php/hoat-dong-hoi/1284-hoi-chu-thap-do-tinh-trao-150-suat-qua-cho-ho-ngheo", A=A7, pub=pub, layout="gavick",
                 org="Hội Chữ thập đỏ tỉnh Lạng Sơn", addr="Số 9 đường Lê Lợi, phường Lương Văn Tri, tỉnh Lạng Sơn", phone="0205.3812.355", kb=121,
                 wrap=('<article class="item-page"><div class="itemHeader">', "</article>"),
                 head_html=f'<h1 class="itemTitle">{esc(A7.title)}</h1>',
                 meta=(f'<ul class="itemInfo"><li class="createdby">Viết bởi Quản trị viên</li><li class="category-name">Chuyên mục: <a href="/index.php/hoat-dong-hoi">Hoạt động Hội</a></li>'
                       f'<li class="create">Được đăng: {jw(pub)}</li><li class="hits">Lượt truy cập: 735</li></ul></div>'),
                 lead_html=f'<div class="itemBody" itemprop="articleBody"><p><strong>{esc(A7.lead)}</strong></p>', body_kw=dict(p=jp, img=img, sep=""),
                 after=f'<p style="text-align:right"><em><strong>Hoàng Thị Mến</strong></em><br /><em>Văn phòng Hội Chữ thập đỏ tỉnh</em></p></div><div class="itemFooter"><span class="modified">Lần cập nhật cuối: {jw(upd)}</span></div>',
                 crumbs='<ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a></li><li><a href="/index.php/hoat-dong-hoi" class="pathway">Hoạt động Hội</a></li><li class="active"><span>Hội Chữ thập đỏ tỉnh trao 150 suất quà ...</span></li></ul>',
                 exp=expected_(A7, iso(pub), iso(upd), author="Hoàng Thị Mến", unit="Văn phòng Hội Chữ thập đỏ tỉnh", category="Hoạt động Hội"),
                 traps={"chrome": ["Viết bởi Quản trị viên", "Lượt truy cập: 735"]},
                 notes="Joomla 3.8 under a GavickPro template (gkPage / gkMainbody). 'Được đăng: Thứ Bảy, 09 Tháng 5 2026 14:05' → T14:05; 'Lần cập nhật cuối: Thứ Hai, 11 Tháng 5 2026 08:30' after the text → updated. 'Viết bởi Quản trị viên' (the Vietnamese 'Administrator') → account. Bold first paragraph → lead. Captions: a centred <em><span> line after each picture (the picture's title attribute repeats it). Italic bold 'Hoàng Thị Mến' <br> italic unit → author + unit. Category 'Hoạt động Hội' (crumb; 'Chuyên mục:' agrees; the crumb's last level is the cut headline).",
                 readme="Joomla 3.8 + a GavickPro template, a Humanitarian Month handover: 'Được đăng: Thứ Bảy, 09 Tháng 5 2026 14:05' and 'Lần cập nhật cuối:' after the text; 'Viết bởi Quản trị viên'; bold intro; centred em captions; italic bold name <br> italic unit")


# ===================================================================== 8 Ủy ban MTTQ tỉnh Điện Biên: Drupal 7 + Omega 4; 'T4, 10/06/2026 - 15:25'; author and unit FIELDS; a table in the text
A8 = Art("Ủy ban MTTQ Việt Nam tỉnh giám sát việc hỗ trợ xóa nhà tạm, nhà dột nát tại các xã vùng cao",
         "Từ ngày 8 đến 10/6, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh giám sát việc thực hiện chính sách hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo tại các xã Mường Nhé, Nậm Kè và Sín Thầu.",
         [("p", "Qua giám sát, các xã đã hoàn thành hỗ trợ 612 căn nhà, đạt 96% kế hoạch; việc bình xét đối tượng được thực hiện công khai, dân chủ từ thôn, bản. Tuy nhiên, một số hộ ở điểm dân cư xa chưa hoàn thiện phần phụ trợ do vận chuyển vật liệu khó khăn."),
          ("table", [["Xã", "Kế hoạch (căn)", "Đã hoàn thành (căn)"], ["Mường Nhé", "248", "240"], ["Nậm Kè", "196", "188"], ["Sín Thầu", "194", "184"]]),
          ("img", "/sites/default/files/2026-06/giam-sat-nha-o-muong-nhe.jpg", "Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại bản Huổi Lụ"),
          ("p", "Đoàn giám sát đề nghị Ủy ban nhân dân các xã sớm giải ngân phần kinh phí còn lại, phối hợp với Ban Công tác Mặt trận ở khu dân cư vận động nhân dân giúp ngày công cho các hộ chưa hoàn thành.")])


def page08():
    pub = T("2026-06-10 15:25")
    short = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"][pub.weekday()]

    def img(s, c, n):
        return (f'<div class="field field-name-field-image"><img typeof="foaf:Image" src="{s}" width="700" alt="" /></div>'
                f'<div class="field field-name-field-image-caption"><div class="field-items"><div class="field-item even">{esc(c)}</div></div></div>')
    return quick(8, family="fatherland_front_drupal7_omega4_short_weekday_author_unit_fields",
                 name="dienbien-mttq-drupal7-omega4-node-article-gui-boi-account-vao-t4-dd-mm-yyyy-dash-hh-mm-bold-tom-tat-field-table-in-text-image-caption-field-tac-gia-field-don-vi-field",
                 url="https://mattran.dienbien.gov.vn/tin-tuc/uy-ban-mttq-tinh-giam-sat-ho-tro-xoa-nha-tam-vung-cao", A=A8, pub=pub, layout="omega4",
                 org="Ủy ban MTTQ Việt Nam tỉnh Điện Biên", addr="Phường Mường Thanh, tỉnh Điện Biên", phone="0215.3825.141", kb=176, items=MENU_MASS,
                 wrap=('<article class="node node--article node--full" role="article">', "</article>"),
                 head_html=f'<h1 class="node__title">{esc(A8.title)}</h1>',
                 meta=f'<div class="node__submitted"><span class="submitted">Gửi bởi <span class="username">mttq_dienbien</span> vào {short}, {dmy(pub)} - {hm(pub)}</span></div>',
                 lead_html=f'<div class="node__content"><div class="field field-name-field-tom-tat"><strong>{esc(A8.lead)}</strong></div><div class="field field-name-body">',
                 body_kw=dict(p=jp, img=img, sep=""),
                 after=('</div><div class="field field-name-field-tac-gia field-label-inline"><div class="field-label">Tác giả:&nbsp;</div><div class="field-items">Lò Thị Hương</div></div>'
                        '<div class="field field-name-field-don-vi field-label-inline"><div class="field-label">Đơn vị:&nbsp;</div><div class="field-items">Ban Dân chủ - Pháp luật</div></div></div>'),
                 crumbs='<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <a href="/giam-sat-phan-bien">Giám sát, phản biện xã hội</a></div>',
                 exp=expected_(A8, iso(pub), author="Lò Thị Hương", unit="Ban Dân chủ - Pháp luật", category="Giám sát, phản biện xã hội"),
                 traps={"chrome": ["mttq_dienbien", "Bạn đang ở đây"]},
                 notes="Drupal 7 with an Omega 4 sub-theme. 'Gửi bởi mttq_dienbien vào T4, 10/06/2026 - 15:25' (Drupal 7's SHORT weekday 'T4' = Wednesday) → account + T15:25. Bold 'Tóm tắt' field → lead. A table in the text (one body paragraph per row, cells ' | '). Caption field after each picture. Inline-labelled fields 'Tác giả: Lò Thị Hương' and 'Đơn vị: Ban Dân chủ - Pháp luật' → author + unit (the unit carries a hyphen and stays whole). Category 'Giám sát, phản biện xã hội' (crumb).",
                 readme="Drupal 7 + Omega 4, a Front's supervision of housing support: 'Gửi bởi <account> vào T4, dd/mm/yyyy - HH:MM' (short weekday); bold 'Tóm tắt' field; a table; caption fields; 'Tác giả:' and 'Đơn vị:' fields")


# ===================================================================== 9 Ban Tổ chức Tỉnh ủy Lai Châu: WebForms DetailsView; 'dd/mm/yyyy h:mm:ss CH'; label cells
A9 = Art("Tập huấn nghiệp vụ công tác tổ chức xây dựng đảng cho cấp ủy cơ sở năm 2026",
         "Trong 2 ngày 27 - 28/8, Ban Tổ chức Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác tổ chức xây dựng đảng cho 186 đồng chí là bí thư, phó bí thư, cán bộ văn phòng đảng ủy các xã, phường.",
         [("p", "Các học viên được truyền đạt các chuyên đề: quy trình kết nạp đảng viên, chuyển đảng chính thức; quản lý hồ sơ đảng viên và sử dụng phần mềm quản lý cơ sở dữ liệu đảng viên; quy trình đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm."),
          ("p", "Lớp tập huấn dành thời gian trao đổi, giải đáp những vướng mắc của cơ sở, nhất là việc chuyển sinh hoạt đảng của đảng viên đi làm ăn xa và việc kiện toàn chi bộ bản sau sáp nhập."),
          ("img", "/Upload/TinTuc/2026/8/tap-huan-to-chuc-xay-dung-dang.jpg", "Quang cảnh lớp tập huấn"),
          ("p", "Kết thúc lớp học, 100% học viên làm bài thu hoạch đạt yêu cầu.")])


def page09():
    pub = T("2026-08-28 14:35")

    def img(s, c, n):
        return f'<p align="center"><img src="{s}" border="0" width="560" /><br /><font color="#0000ff"><i>{esc(c)}</i></font></p>'
    row = lambda k, v, cls="": f'<tr class="{cls}"><td class="dvHeader" style="width:90px;font-weight:bold">{k}</td><td>{v}</td></tr>'
    body = A9.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")
    return quick(9, family="organisation_board_aspnet_webforms_detailsview_label_cells_12h_ch",
                 name="laichau-bantochuc-aspnet-webforms-detailsview-dvchitiet-label-cells-tieu-de-ngay-dang-dd-mm-yyyy-h-mm-ss-ch-tom-tat-noi-dung-blue-italic-caption-tac-gia-name-dash-phong-nguon",
                 url="https://bantochuc.laichau.gov.vn/ChiTietTin.aspx?ID=3381&CatID=12", A=A9, pub=pub, layout="wfdetailsview",
                 org="Ban Tổ chức Tỉnh ủy Lai Châu", addr="Phường Tân Phong, tỉnh Lai Châu", phone="0213.3876.245", kb=232,
                 wrap=('<table cellspacing="0" cellpadding="4" rules="all" border="1" id="ctl00_ContentPlaceHolder1_dvChiTiet" style="border-collapse:collapse;width:100%"><tbody>', "</tbody></table>"),
                 head_html=row("Tiêu đề:", f'<span class="dvTitle" style="font-size:14pt;color:#a30000"><b>{esc(A9.title)}</b></span>'),
                 meta=row("Ngày đăng:", f'<span class="dvDate">{dmy(pub)} 2:35:10 CH</span>'),
                 lead_html=row("Tóm tắt:", f"<b>{esc(A9.lead)}</b>") + '<tr><td class="dvHeader" style="font-weight:bold">Nội dung:</td><td>',
                 body_kw=dict(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep=""),
                 after="</td></tr>" + row("Tác giả:", "Vàng A Chứ - Phòng Tổ chức đảng, đảng viên") + row("Nguồn:", "Ban Tổ chức Tỉnh ủy"),
                 crumbs='<span id="ctl00_ContentPlaceHolder1_lblPath"><a href="Default.aspx">Trang chủ</a> » <a href="DanhSachTin.aspx?CatID=12">Tin hoạt động</a></span>',
                 exp=expected_(A9, iso(pub), author="Vàng A Chứ", unit="Phòng Tổ chức đảng, đảng viên", category="Tin hoạt động"),
                 traps={"labels": ["Tiêu đề:", "Ngày đăng:", "Tóm tắt:", "Nội dung:", "Nguồn:"], "dates": ["2:35:10 CH"]},
                 shell_extra={"form": True}, left="",
                 notes="A local vendor's ASP.NET WebForms CMS whose detail is a DetailsView: one table, a label cell and a value cell per field. The headline is a bold span in the 'Tiêu đề:' row (no heading element); 'Ngày đăng: 28/08/2026 2:35:10 CH' (.NET's vi-VN general format, 12-hour with 'CH' = afternoon, seconds) → T14:35; 'Tóm tắt:' bold → lead; the text in the 'Nội dung:' cell; the label cells are not body. Caption a blue italic <font> after <br>. 'Tác giả: Vàng A Chứ - Phòng Tổ chức đảng, đảng viên' → author (a Hmong name) + unit (with a comma, stored whole); 'Nguồn: Ban Tổ chức Tỉnh ủy' a source. Category 'Tin hoạt động' (crumb).",
                 readme="A WebForms CMS with a DetailsView detail, a training course: label cells 'Tiêu đề:', 'Ngày đăng:', 'Tóm tắt:', 'Nội dung:', 'Tác giả:', 'Nguồn:'; 'dd/mm/yyyy 2:35:10 CH' (12-hour vi-VN); a blue italic caption; 'Name - Phòng …'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
