"""Set 34 pages 1-9: the HARD everyday cases on the common products of shared/research/vn-sites.md, in versions,
themes, modules and page layouts sets 26-33 did not use: which block is the article when several look article-like
(author cards listing the writer's other items, asset lists with abstracts, most-read boxes with stamps and writers),
which heading is the headline (a portlet title above a headline that is no heading; a title bar that cuts the headline
short), stamps in words and in 12-hour clocks (SA/CH, 'sáng'/'chiều', a JDK's month names), stamps in a date badge,
above the headline or in a layout table, bylines at the end of the text, 'Tin, ảnh:', 'Theo …' sources, two writers with
two units, accounts and a poster field printing a person's name, leads that are plain or absent, captions in several
markups (figcaption, table cells, <em>/<i> under the picture, lazy data-src, gallery dd), boxes inside the text.
Two pages of this module carry a twist (page 7: a poster field printing a person's name beside the writer's signature;
page 8: a title bar printing the headline cut short as the page's only h1); the third twist is in gen/p_02_more.py."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads14, past, expected, slug, hexid, alnum, b64blob, dump, twelve
from .kit import schedule, links_box, poll, og, jsonld, comments
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other34, WRITERS34


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def nvd(d):
    """NukeViet default 'l - d/m/Y H:i' with the lower-case second word ('Thứ năm - 09/04/2026 16:10')."""
    return f"{wd(d, lower=True)} - {dmy(d)} {hm(d)}"


def ticker(rng, pub, fmt, n=6, label="Tin mới"):
    ts = heads14(rng, n)
    li = "".join(f'<li><a href="/tin-tuc/{slug(t)[:50]}.html">{esc(t)}</a> <i>({esc(fmt(d))})</i></li>' for t, d in zip(ts, past(pub, rng, n, 0, 6)))
    return f'<div class="ticker"><span class="ticker-label">{esc(label)}</span><marquee scrollamount="3"><ul>{li}</ul></marquee></div>'


MEGA_MASS = [
    ("Giới thiệu", ["Lịch sử truyền thống", "Chức năng nhiệm vụ", "Ban Thường vụ", "Ban Chấp hành", "Cơ quan chuyên trách", "Các ban, đơn vị"]),
    ("Tin tức", ["Hoạt động Hội", "Tin cơ sở", "Tin trong nước", "Thông báo", "Chuyển đổi số", "Sự kiện nổi bật"]),
    ("Phong trào", ["Thi đua yêu nước", "Gương điển hình", "Mô hình hay", "Chương trình an sinh", "Khởi nghiệp", "Xây dựng nông thôn mới"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản tỉnh", "Hướng dẫn nghiệp vụ", "Biểu mẫu", "Tài liệu tuyên truyền"]),
    ("Thư viện", ["Thư viện ảnh", "Video clip", "Tài liệu sinh hoạt", "Phát thanh", "Infographic"]),
    ("Liên hệ", ["Địa chỉ", "Hỏi đáp", "Góp ý", "Đường dây nóng"]),
]
MENU_DV = [
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Các phòng chuyên môn", "Lịch sử Ban Tuyên giáo", "Lịch sử Ban Dân vận"]),
    ("Tuyên giáo", ["Lý luận chính trị", "Bảo vệ nền tảng tư tưởng của Đảng", "Báo chí - Xuất bản", "Khoa giáo", "Văn hóa - Văn nghệ"]),
    ("Dân vận", ["Dân vận khéo", "Công tác dân tộc, tôn giáo", "Quy chế dân chủ ở cơ sở", "Mặt trận - Đoàn thể"]),
    ("Học tập và làm theo Bác", ["Chuyên đề hằng năm", "Gương điển hình", "Tư liệu về Bác"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Ban", "Đề cương tuyên truyền"]),
    ("Thông tin định hướng", ["Tài liệu sinh hoạt chi bộ", "Định hướng tuyên truyền", "Hỏi đáp"]),
]


# ===================================================================== 1 Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn: NukeViet 4.5, the news module's internal-author pages; an author card listing the writer's other items with stamps
A1 = Art("Xã Tràng Định lan tỏa mô hình “Dân vận khéo” trong hiến đất mở đường",
         "Từ mô hình “Dân vận khéo” vận động Nhân dân hiến đất mở rộng đường giao thông, năm 2025 xã Tràng Định đã huy động hơn 18.000 m² đất, 4.600 ngày công và 3,2 tỷ đồng xã hội hóa, góp phần hoàn thành 14,5 km đường liên thôn.",
         [("p", "Sau khi sắp xếp đơn vị hành chính, xã Tràng Định có 31 thôn với hơn 4.100 hộ, đồng bào dân tộc Tày, Nùng chiếm trên 90%. Nhiều tuyến đường liên thôn nhỏ hẹp, xuống cấp; việc mở rộng gặp khó khăn vì phải sử dụng đất sản xuất, đất vườn của người dân."),
          ("p", "Xác định công tác dân vận là then chốt, Đảng ủy xã chỉ đạo các chi bộ thôn đưa nội dung vận động hiến đất vào nghị quyết sinh hoạt chi bộ hằng tháng; mỗi đảng viên phụ trách từ 5 đến 7 hộ, trực tiếp đến từng nhà giải thích chủ trương, lắng nghe ý kiến."),
          ("h", "Cán bộ, đảng viên đi trước"),
          ("p", "Ông Hoàng Văn Páo, Bí thư Chi bộ thôn Nà Cạn, là người đầu tiên tự nguyện hiến 320 m² đất vườn và tháo dỡ hàng rào để mở rộng đường. “Mình là bí thư chi bộ thì phải làm trước, bà con thấy vậy mới tin và làm theo”, ông Páo chia sẻ."),
          ("img", "/uploads/news/2026_04/nguoi-dan-na-can-mo-duong.jpg", "Người dân thôn Nà Cạn cùng nhau mở rộng đường liên thôn"),
          ("p", "Từ tấm gương của cán bộ, đảng viên, phong trào nhanh chóng lan rộng. Trong năm 2025, 286 hộ dân đã tự nguyện hiến đất, nhiều hộ hiến từ 500 m² trở lên mà không nhận bồi thường; các tuyến đường sau khi hoàn thành đều có mặt đường rộng từ 3,5 m trở lên."),
          ("raw", "RELBOX"),
          ("h", "Công khai, dân chủ từ cơ sở"),
          ("p", "Điểm mấu chốt của mô hình là mọi việc đều được bàn bạc công khai tại hội nghị thôn: phương án tuyến, mức đóng góp, danh sách hộ hiến đất đều được niêm yết tại nhà văn hóa. Ban giám sát đầu tư của cộng đồng theo dõi từ khâu vận động đến nghiệm thu công trình."),
          ("p", "Đồng chí Lương Văn Thắng, Bí thư Đảng ủy xã Tràng Định cho biết, năm 2026 xã tiếp tục nhân rộng mô hình ra toàn bộ 31 thôn, phấn đấu cứng hóa thêm 12 km đường liên thôn và đường nội đồng, gắn với xây dựng khu dân cư kiểu mẫu.")])
HOME1 = "Cán bộ Ban Tuyên giáo và Dân vận Tỉnh ủy trò chuyện với người dân thôn Nà Cạn về việc hiến đất làm đường"
BY1 = "Hoàng Thu Trang"
SRC1 = "Ban Tuyên giáo và Dân vận Tỉnh ủy"
REL1 = ["Lạng Sơn: 1.250 mô hình “Dân vận khéo” được công nhận năm 2025", "Tràng Định huy động sức dân xây dựng nông thôn mới"]


def page01():
    pub = T("2026-04-09 16:10")
    site = "https://tuyengiaolangson.vn"
    url = f"{site}/news/dan-van-kheo/xa-trang-dinh-lan-toa-mo-hinh-dan-van-kheo-trong-hien-dat-mo-duong-2381.html"

    def img(s, c, n):
        return (f'<p style="text-align:center"><img alt="{esc(c, True)}" height="450" src="{site}{s}" width="700" /></p>'
                f'<p style="text-align:center"><em>{esc(c)}</em></p>')

    def raw(x):
        li = "".join(f'<li><a href="{site}/news/dan-van-kheo/{slug(t)}-{2200 + i * 37}.html">{esc(t)}</a></li>' for i, t in enumerate(REL1))
        return (f'<table align="right" border="1" cellpadding="6" cellspacing="0" style="width:260px;margin:0 0 10px 14px;border-color:#c00"><tbody>'
                f'<tr><td style="background:#fde9e7"><strong>Tin liên quan</strong></td></tr><tr><td><ul>{li}</ul></td></tr></tbody></table>')

    def main(rng, rl, rd):
        newer = "".join(f'<li><em class="fa fa-angle-right"></em> <a href="{site}/news/dan-van-kheo/{slug(t)}.html">{esc(t)}</a> <em>({nvd(d)})</em></li>' for t, d in zip(rl[:3], [pub + timedelta(hours=7 * (3 - i)) for i in range(3)]))
        older = "".join(f'<li><em class="fa fa-angle-right"></em> <a href="{site}/news/dan-van-kheo/{slug(t)}.html">{esc(t)}</a> <em>({nvd(d)})</em></li>' for t, d in zip(rl[3:6], rd))
        mine = [("Bình Gia: người có uy tín là “cầu nối” giữa Đảng với đồng bào", pub - timedelta(days=9, hours=3)),
                ("Phát huy vai trò Mặt trận trong giám sát công trình dân sinh", pub - timedelta(days=21, hours=1)),
                ("Những “bí thư chi bộ dân vận khéo” ở vùng biên", pub - timedelta(days=34, hours=5))]
        card = "".join(f'<li><a href="{site}/news/dan-van/{slug(t)}.html">{esc(t)}</a><span class="text-muted"> {nvd(d)}</span></li>' for t, d in mine)
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{nvd(pub)}</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Giới thiệu bài viết cho bạn bè" href="#"><em class="fa fa-envelope fa-lg"></em></a></li>'
                f'<li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print fa-lg"></em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="#"><em class="fa fa-save fa-lg"></em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article left pointer"><img alt="{esc(HOME1, True)}" src="{site}/uploads/news/2026_04/hien-dat-trang-dinh.jpg" width="460" class="img-thumbnail" />'
                f'<figcaption>{esc(HOME1)}</figcaption></figure><div class="hometext m-bottom"><strong>{esc(A1.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{Art("", None, A1.blocks).render(p=jp, img=img, raw=raw, h=lambda t: f"<p><strong>{esc(t)}</strong></p>", sep="")}</div></div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong><a href="{site}/news/author/hoang-thu-trang/">{BY1}</a></p>'
                f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{SRC1}</p></div>'
                f'<div class="news-author-card media"><div class="media-left"><img src="/uploads/news/authors/hoang-thu-trang.jpg" alt="{BY1}" width="80" /></div>'
                f'<div class="media-body"><p class="h4"><a href="{site}/news/author/hoang-thu-trang/">{BY1}</a></p><p class="author-desc">Chuyên viên Phòng Dân vận, {SRC1} Lạng Sơn</p>'
                f'<p class="h5"><strong>Bài viết khác của tác giả</strong></p><ul class="author-posts">{card}</ul></div></div>'
                f'<div class="news-topic"><p class="h3"><strong>Theo dòng sự kiện</strong></p><ul class="related">{newer}</ul></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, nvd, "Tin đọc nhiều", "block-docnhieu", 6)
                + vb_box(["Hướng dẫn tuyên truyền kỷ niệm 51 năm Ngày Giải phóng miền Nam", "Kế hoạch tổ chức Hội thi “Dân vận khéo” năm 2026", "Đề cương tuyên truyền kết quả Đại hội XIV của Đảng"], "Văn bản mới", "block-vb")
                + links_box(["Tạp chí Tuyên giáo", "Báo Lạng Sơn", "Cổng TTĐT tỉnh Lạng Sơn", "Trang thông tin Dân vận"]))

    def top(rng, p):
        now = p + timedelta(days=3, hours=-7, minutes=-22)
        return (f'<div class="logo"><a href="/"><img src="/themes/tuyengiao/images/banner.png" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn" /></a></div>'
                f'<div class="header-today"><em class="fa fa-calendar"></em> {nvd(now)}</div>')

    crumbs = ('<ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/"><span>Trang nhất</span></a></li>'
              '<li id="brcr_1"><a href="/news/dan-van/"><span>Dân vận</span></a></li><li id="brcr_2"><a href="/news/dan-van-kheo/"><span>Dân vận khéo</span></a></li></ul>')
    head = (og(A1.title, url, {"og:description": A1.lead, "og:image": f"{site}/uploads/news/2026_04/hien-dat-trang-dinh.jpg"}) + '<meta name="generator" content="NukeViet v4.5" />'
            + '<meta name="author" content="Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn" />'
            + '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Tglso",nv_check_pass_mstime=1738000;</script>')
    caps = [HOME1] + A1.captions
    return page("s34-01", family="btgdv_province_nukeviet45_author_pages_author_card_other_items",
                name="langson-btgdv-nukeviet45-vendor-theme-news-detail-homeimg-figcaption-bold-hometext-inline-tin-lien-quan-table-box-tac-gia-linked-author-alias-nguon-tin-author-card-post-and-other-items-with-stamps-theo-dong-su-kien",
                url=url, art=A1, main_fn=main, pub=pub, prefix="tgls", kb=238,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn", addr="Số 1 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn", phone="0205.3812.231",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv45_author", "head_extra": head, "title": A1.title + " - Dân vận khéo - Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn", "items": MENU_DV,
                          "below": lambda rng, p: ticker(rng, p, nvd, 6, "Tin mới")},
                exp=expected(A1, iso(pub), author=BY1, category="Dân vận khéo", captions=caps),
                traps={"bylines": ["Tác giả:", f"Nguồn tin: {SRC1}", f"Chuyên viên Phòng Dân vận, {SRC1} Lạng Sơn", "Bài viết khác của tác giả"],
                       "boxes": ["Tin liên quan"] + REL1, "chrome": ["Theo dòng sự kiện", "Những tin cũ hơn", "Tin đọc nhiều", "Văn bản mới"], "related": lambda rl: rl[:5]},
                notes="A 'Dân vận khéo' story on a Ban Tuyên giáo và Dân vận site, NukeViet 4.5 under a vendor theme with the news module's internal-author pages: after the text 'Tác giả: <a href=/news/author/hoang-thu-trang/>Hoàng Thu Trang</a>' and 'Nguồn tin: Ban Tuyên giáo và Dân vận Tỉnh ủy' (a source), then an AUTHOR CARD with her photo, her post ('Chuyên viên Phòng Dân vận, Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn') and 'Bài viết khác của tác giả' — three other items with stamps in the item's own shape. Inside #news-bodyhtml the editor pasted a bordered 'Tin liên quan' table (two links) floated right between two paragraphs. Expected: stamp 'Thứ năm - 09/04/2026 16:10' → T16:10 (the header clock and every list print the same shape); author 'Hoàng Thu Trang'; unit null — the card's post line is a profile (set 25, set 33's author box), 'Nguồn tin' a source (set 13); category 'Dân vận khéo' (crumb); lead the bold hometext; captions: the homeimg's figcaption first, then the centred <em>; the two bold sub-headings are body; the 'Tin liên quan' box is not (set 24).",
                readme="NukeViet 4.5 under a Ban Tuyên giáo vendor theme with the news module's AUTHOR pages, a 'Dân vận khéo' story: 'Tác giả:' linked to /news/author/<alias>/ + 'Nguồn tin:' after the text, then an AUTHOR CARD (the writer's post, three other items with stamps in the item's shape); an inline bordered 'Tin liên quan' table inside the text; homeimg figcaption + centred <em>; two bold sub-headings")


# ===================================================================== 2 Tỉnh đoàn Lào Cai: NukeViet 4.4, a Youth Union vendor theme; the stamp in a DATE BADGE beside the h1 (three spans), no sapo, a pull quote repeating a sentence, tabbed blocks after the text
A2 = Art("Tuổi trẻ Lào Cai kỷ niệm 95 năm Ngày thành lập Đoàn, tuyên dương 95 thủ lĩnh thanh niên tiêu biểu",
         None,
         [("p", "Tối 26/3, tại Nhà Văn hóa tỉnh, Tỉnh đoàn tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026) và tuyên dương thanh niên tiêu biểu. Dự buổi lễ có đồng chí Phó Bí thư Thường trực Tỉnh ủy cùng hơn 1.500 đoàn viên, thanh niên."),
          ("img", "/uploads/news/2026_03/le-ky-niem-95-nam.jpg", "Các đại biểu trao Bằng khen cho tập thể, cá nhân tiêu biểu trong công tác Đoàn năm 2025"),
          ("p", "Ôn lại chặng đường 95 năm xây dựng và trưởng thành của Đoàn, diễn văn tại buổi lễ nhấn mạnh: tuổi trẻ Lào Cai luôn có mặt ở những nơi khó khăn, gian khổ nhất, từ những công trình thanh niên trên các tuyến đường biên giới đến các đội hình tình nguyện giúp Nhân dân khắc phục hậu quả thiên tai."),
          ("p", "Năm 2025, các cấp bộ Đoàn trong tỉnh đã thực hiện 312 công trình, phần việc thanh niên với tổng giá trị hơn 27 tỷ đồng; giới thiệu 1.842 đoàn viên ưu tú cho Đảng xem xét kết nạp; hỗ trợ hơn 9.000 lượt người dân sử dụng dịch vụ công trực tuyến."),
          ("raw", "PULL"),
          ("p", "Phát biểu tại buổi lễ, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận đóng góp của các thế hệ cán bộ, đoàn viên, thanh niên. Thay mặt tuổi trẻ toàn tỉnh, đồng chí Bí thư Tỉnh đoàn bày tỏ quyết tâm: tuổi trẻ Lào Cai nguyện là lực lượng xung kích, đi đầu trong chuyển đổi số và xây dựng nông thôn mới."),
          ("p", "Dịp này, Ban Thường vụ Tỉnh đoàn tuyên dương 95 gương “Thủ lĩnh thanh niên tiêu biểu” và trao Huy hiệu “Tuổi trẻ sáng tạo” cho 12 đoàn viên có sáng kiến được áp dụng hiệu quả."),
          ("img", "/uploads/news/2026_03/van-nghe-chao-mung.jpg", "Chương trình nghệ thuật chào mừng kỷ niệm 95 năm Ngày thành lập Đoàn"),
          ("p", "Trước đó, trong khuôn khổ Tháng Thanh niên, Tỉnh đoàn đã tổ chức Ngày hội “Thanh niên với biên giới”, khánh thành 5 công trình “Thắp sáng đường biên” và trao 120 suất quà cho học sinh nghèo vùng cao.")])
PULL2 = "Tuổi trẻ Lào Cai nguyện là lực lượng xung kích, đi đầu trong chuyển đổi số và xây dựng nông thôn mới."
BY2, PH2 = "Phạm Hà Thu", "Giàng Seo Tùng"


def page02():
    pub = T("2026-03-26 21:40")
    site = "https://tinhdoanlaocai.vn"
    url = f"{site}/news/tin-tinh-doan/tuoi-tre-lao-cai-ky-niem-95-nam-ngay-thanh-lap-doan-tuyen-duong-95-thu-linh-thanh-nien-tieu-bieu-1874.html"

    def img(s, c, n):
        return (f'<figure class="image"><img alt="{esc(c, True)}" src="{site}{s}" width="760" /><figcaption>{esc(c)}</figcaption></figure>')

    def raw(x):
        return (f'<aside class="pullquote" style="float:left;width:36%;margin:4px 18px 8px 0;border-top:4px solid #0a58ca;font-size:1.3em;font-style:italic">'
                f'<p>“{esc(PULL2)}”</p></aside>')

    def dstamp(d, cls="badge"):
        return (f'<div class="{cls}-date"><span class="{cls}-d">{d.day:02d}</span><span class="{cls}-m">Tháng {d.month}/{d.year}</span>'
                f'<span class="{cls}-t">{hm(d)}</span></div>')

    def main(rng, rl, rd):
        feats = other34(rng, 2)
        tab1 = "".join(f'<li><a href="{site}/news/tin-tinh-doan/{slug(t)}.html">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(rl[:5], rd))
        tab2 = "".join(f'<li><a href="{site}/news/tin-moi/{slug(t)}.html">{esc(t)}</a> <span class="date">({dmy(pub - timedelta(hours=5 * i + 3))})</span></li>' for i, (t, s) in enumerate(feats))
        tab3 = "".join(f'<li><a href="{site}/news/{slug(t)}.html">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(heads14(rng, 4), past(pub, rng, 4, 2, 20)))
        return (f'<div class="news-detail doan-detail"><div class="detail-head clearfix">{dstamp(pub)}'
                f'<h1 class="detail-title">{esc(A2.title)}</h1><div class="detail-tools"><span class="views"><em class="fa fa-eye"></em> 2.416</span> '
                f'<a href="#" title="In ra"><em class="fa fa-print"></em></a> <a href="#" title="Gửi email"><em class="fa fa-envelope"></em></a></div></div>'
                f'<div id="news-bodyhtml" class="bodytext">{Art("", None, A2.blocks).render(p=jp, img=img, raw=raw, sep="")}'
                f'<p style="text-align:right"><em>Ảnh: {PH2}</em></p></div>'
                f'<div class="detail-author"><p class="h5 text-right"><strong>Tác giả: </strong>{BY2}</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Tỉnh đoàn Lào Cai</p></div>'
                f'<div class="detail-tags"><em class="fa fa-tags"></em> <a href="#">95 năm thành lập Đoàn</a>, <a href="#">Tháng Thanh niên</a></div>'
                f'<div class="tabs-block"><ul class="nav nav-tabs"><li class="active"><a href="#tab1" data-toggle="tab">Tin cùng chuyên mục</a></li><li><a href="#tab2" data-toggle="tab">Tin mới nhất</a></li>'
                f'<li><a href="#tab3" data-toggle="tab">Xem nhiều</a></li></ul><div class="tab-content"><div class="tab-pane active" id="tab1"><ul>{tab1}</ul></div>'
                f'<div class="tab-pane" id="tab2"><ul>{tab2}</ul></div><div class="tab-pane" id="tab3"><ul>{tab3}</ul></div></div></div></div>')

    def side(rng, p):
        def badge(d):
            return f"{d.day:02d} Tháng {d.month}/{d.year} {hm(d)}"
        return (mostread(rng, p, badge, "Tin nổi bật", "doan-hot", 6)
                + '<div class="doan-fanpage"><h3>Fanpage Tuổi trẻ Lào Cai</h3><div class="fb-page" data-href="https://www.facebook.com/tuoitrelaocai" data-tabs="timeline"></div></div>'
                + poll("Bạn quan tâm hoạt động nào trong Tháng Thanh niên?", ["Tình nguyện vì cộng đồng", "Chuyển đổi số", "Khởi nghiệp", "Văn hóa - thể thao"], "doan-poll"))

    def top(rng, p):
        now = p + timedelta(days=1, hours=13, minutes=5)
        return (f'<div class="doan-logo"><img src="/themes/doan/images/huy-hieu-doan.png" alt="" /><span class="doan-name">TỈNH ĐOÀN LÀO CAI</span></div>'
                f'<div class="doan-today">Hôm nay: {wd(now, lower=True)}, {dmy(now)}</div>')

    crumbs = ('<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/"><span>Trang chủ</span></a></li>'
              '<li><a href="/news/hoat-dong-doan/"><span>Hoạt động Đoàn</span></a></li><li><a href="/news/tin-tinh-doan/"><span>Tin Tỉnh đoàn</span></a></li></ul></div>')
    head = (og(A2.title, url) + '<meta name="generator" content="NukeViet v4.4" />'
            + '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_func_name="detail",nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Tdlc";</script>'
            + '<style>.tab-content>.tab-pane{display:none}.tab-content>.active{display:block}</style>')
    return page("s34-02", family="youth_union_nukeviet44_vendor_theme_date_badge_no_sapo_pull_quote",
                name="laocai-tinhdoan-nukeviet44-youth-union-vendor-theme-date-badge-dd-thang-m-yyyy-hh-mm-in-three-spans-beside-h1-no-hometext-pull-quote-repeating-a-sentence-anh-line-in-bodyhtml-tac-gia-nguon-tin-tabbed-blocks",
                url=url, art=A2, main_fn=main, pub=pub, prefix="tdlc", kb=206,
                org="Tỉnh đoàn Lào Cai", addr="Phường Yên Bái, tỉnh Lào Cai", phone="0214.3820.126",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv44_doan", "head_extra": head, "title": A2.title + " - Tỉnh đoàn Lào Cai", "items": MEGA_MASS,
                          "left": lambda rng, p: ticker(rng, p, dmy, 5, "Tin mới")},
                exp=expected(A2, iso(pub), author=BY2, photographer=PH2, category="Tin Tỉnh đoàn"),
                traps={"bylines": ["Tác giả:", "Nguồn tin: Tỉnh đoàn Lào Cai", f"Ảnh: {PH2}"], "chrome": ["Tin cùng chuyên mục", "Tin mới nhất", "Tin nổi bật", "Fanpage Tuổi trẻ Lào Cai", "95 năm thành lập Đoàn"], "related": lambda rl: rl[:5]},
                notes="The Youth Union's 95th-anniversary CEREMONY on a Tỉnh đoàn site, NukeViet 4.4 under a vendor theme that prints the stamp as a DATE BADGE beside the h1 — three spans '26' / 'Tháng 3/2026' / '21:40' — and no hometext at all. The sidebar 'Tin nổi bật' prints the same badge shape for other items with writers; the header prints the crawl day. Inside the text a floated PULL QUOTE repeats, in quotation marks, the last sentence of the paragraph that follows it. After the text, inside #news-bodyhtml, an italic right line 'Ảnh: Giàng Seo Tùng'; after the bodyhtml 'Tác giả: Phạm Hà Thu' and 'Nguồn tin: Tỉnh đoàn Lào Cai'; then tabbed blocks ('Tin cùng chuyên mục' | 'Tin mới nhất' | 'Xem nhiều'), the hidden tabs with dated entries. Expected: the badge is one stamp (set 27's split stamp, set 32's icon spans) → 2026-03-26T21:40:00+07:00; lead null (no sapo; the first paragraph is plain body); the pull quote is not body (set 24: it repeats a sentence the text keeps in its place; the sentence differs only in its capital and the quotation marks); author 'Phạm Hà Thu'; photographer 'Giàng Seo Tùng' (an 'Ảnh: Name' line of its own outside every caption, set 31); 'Nguồn tin' a source; category 'Tin Tỉnh đoàn' (crumb).",
                readme="NukeViet 4.4 under a Youth Union vendor theme, the 95th-anniversary CEREMONY: the stamp as a DATE BADGE of three spans beside the h1 ('26' / 'Tháng 3/2026' / '21:40', the sidebar in the same shape), NO sapo, a floated PULL QUOTE repeating a sentence of the text, an italic 'Ảnh: Name' line at the end of the bodyhtml, 'Tác giả:' + 'Nguồn tin:' after it, tabbed blocks with dated lists")


# ===================================================================== 3 Ban Tổ chức Tỉnh ủy Thái Nguyên: Liferay CE 7.0 with a vendor's 7.x CMS portlet; the stamp in a 12-hour clock with 'CH', a plain sapo, 'Đọc thêm:' inside the text, lazy figure + table caption
A3 = Art("Tập huấn nghiệp vụ quản lý đảng viên bằng phần mềm cho cấp ủy cơ sở",
         "Ngày 21/4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác đảng viên và cập nhật cơ sở dữ liệu đảng viên cho hơn 250 đồng chí làm công tác tổ chức của các đảng bộ xã, phường và đảng bộ trực thuộc Tỉnh ủy.",
         [("p", "Tại hội nghị, học viên được quán triệt những điểm mới trong quy định về thi hành Điều lệ Đảng, hướng dẫn một số vấn đề cụ thể về nghiệp vụ công tác đảng viên và lập biểu thống kê cơ sở đảng, đảng viên sau khi sắp xếp tổ chức bộ máy."),
          ("img", "/documents/20126/0/tap-huan-dang-vien-1.jpg", "Đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy phát biểu khai mạc hội nghị tập huấn"),
          ("p", "Báo cáo viên hướng dẫn quy trình kết nạp đảng viên, xét công nhận đảng viên chính thức, chuyển sinh hoạt đảng trên môi trường điện tử; cách cập nhật, khai thác thông tin trên Phần mềm quản lý cơ sở dữ liệu đảng viên phiên bản 2.0, bảo đảm thống nhất, chính xác, kịp thời."),
          ("raw", "DOCTHEM"),
          ("p", "Theo Ban Tổ chức Tỉnh ủy, đến hết quý I/2026, Đảng bộ tỉnh có 92 đảng bộ xã, phường và 8 đảng bộ trực thuộc với hơn 108.000 đảng viên; 100% hồ sơ đảng viên đã được số hóa và chuyển giao sau khi sắp xếp tổ chức cơ sở đảng."),
          ("img", "/documents/20126/0/tap-huan-dang-vien-2.jpg", "Học viên thực hành cập nhật dữ liệu trên phần mềm quản lý đảng viên"),
          ("p", "Phát biểu kết luận, đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy đề nghị cấp ủy các cấp bố trí cán bộ làm công tác đảng viên ổn định, có chuyên môn; định kỳ rà soát, chuẩn hóa dữ liệu, không để thông tin đảng viên sai lệch giữa hồ sơ giấy và dữ liệu điện tử.")])
BY3 = "Dương Thị Hạnh"
DT3 = "Thái Nguyên hoàn thành chuyển giao hồ sơ đảng viên sau sắp xếp tổ chức cơ sở đảng"


def page03():
    pub = T("2026-04-21 14:35")
    site = "https://bantochuc.thainguyen.dcs.vn"
    url = f"{site}/web/guest/tin-chi-tiet/-/cms/tap-huan-nghiep-vu-quan-ly-dang-vien-bang-phan-mem-cho-cap-uy-co-so-48217"

    def dd(d):
        return f"{dmy(d)} {twelve(d)}"

    def img(s, c, n):
        if n == 1:
            return (f'<table align="center" border="0" cellpadding="3" cellspacing="0" class="image-table" style="width:90%"><tbody>'
                    f'<tr><td><img src="{s}" style="width:100%" alt="" /></td></tr><tr><td class="image_desc" style="text-align:center">{esc(c)}</td></tr></tbody></table>')
        return (f'<figure class="cms-figure"><img class="lazyload" src="/o/ecoit-theme/images/blank.gif" data-src="{s}" alt="{esc(c, True)}" />'
                f'<figcaption class="cms-figcaption">{esc(c)}</figcaption></figure>')

    def raw(x):
        return f'<p><strong>Đọc thêm: </strong><a href="{site}/web/guest/tin-chi-tiet/-/cms/{slug(DT3)}-47102"><strong>{esc(DT3)}</strong></a></p>'

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/web/guest/tin-chi-tiet/-/cms/{slug(t)}-{rng.randint(40000, 48000)}">{esc(t)}</a> <span class="cms-date">({dd(d)})</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="cms-chitiet"><h1 class="cms-title">{esc(A3.title)}</h1>'
                f'<div class="cms-info"><span class="cms-ngayxuatban">Ngày xuất bản: {dd(pub)}</span> <span class="cms-luotxem">| Lượt xem: 641</span>'
                f'<span class="cms-fontsize"><a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></span></div>'
                f'<div class="cms-sapo">{esc(A3.lead)}</div>'
                f'<div class="cms-noidung">{Art("", None, A3.blocks).render(p=jp, img=img, raw=raw, sep="")}'
                f'<p style="text-align:right"><strong>Tin, ảnh: {BY3}</strong></p></div>'
                f'<div class="cms-tienich"><a href="#">In bài viết</a> | <a href="#">Gửi bài viết</a> | <a href="#">Chia sẻ Facebook</a></div>'
                f'<div class="cms-tinkhac"><div class="cms-tinkhac-title">Tin cùng chuyên mục</div><ul>{rel}</ul></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dd, "Tin đọc nhiều", "cms-docnhieu", 6, writer_fmt="{w}")
                + vb_box(["Hướng dẫn nghiệp vụ công tác đảng viên năm 2026", "Công văn về cập nhật cơ sở dữ liệu đảng viên", "Kế hoạch đánh giá chất lượng tổ chức cơ sở đảng"], "Văn bản hướng dẫn", "cms-vb")
                + links_box(["Ban Tổ chức Trung ương", "Cổng TTĐT tỉnh Thái Nguyên", "Báo Thái Nguyên"]))

    def top(rng, p):
        now = p + timedelta(days=6, hours=-5, minutes=-23)
        return (f'<div class="banner"><img src="/o/ecoit-theme/images/banner-btc.png" alt="Ban Tổ chức Tỉnh ủy Thái Nguyên" /></div>'
                f'<div class="date-time">{wd(now)}, {dd(now)}</div>')

    crumbs = ('<div class="cms-breadcrumb"><a href="/web/guest/trang-chu">Trang chủ</a> &gt; <a href="/web/guest/tin-tuc">Tin tức - Sự kiện</a> &gt; '
              '<a href="/web/guest/cong-tac-to-chuc">Công tác tổ chức xây dựng Đảng</a></div>')
    head = (og(A3.title, url) + '<script>Liferay.ThemeDisplay={getCompanyId:function(){return "20099"},getLanguageId:function(){return "vi_VN"},getPathThemeImages:function(){return "/o/ecoit-theme/images"},'
            'getPortalURL:function(){return "https://bantochuc.thainguyen.dcs.vn"},getScopeGroupId:function(){return "20126"},isSignedIn:function(){return false}};'
            'Liferay.Portlet.register("CmsViewChiTietTin_WAR_CmsViewEcoITportlet_INSTANCE_k8Qw");</script>'
            + '<script src="/o/ecoit-theme/js/lazysizes.min.js" async></script>')
    return page("s34-03", family="organisation_board_liferay70_vendor_cms_portlet_twelve_hour_ch_stamp",
                name="thainguyen-bantochuctu-liferay-ce70-cmsviewchitiettin-vendor-portlet-h1-ngay-xuat-ban-dd-mm-yyyy-h-mm-ch-plain-sapo-doc-them-link-paragraph-table-image-desc-and-lazy-data-src-figcaption-bold-right-tin-anh",
                url=url, art=A3, main_fn=main, pub=pub, prefix="btctn", kb=226,
                org="Ban Tổ chức Tỉnh ủy Thái Nguyên", addr="Phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.261",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "lr70ecoit", "head_extra": head, "title": A3.title + " - Ban Tổ chức Tỉnh ủy Thái Nguyên", "items": MENU_GOV},
                exp=expected(A3, iso(pub), author=BY3, photographer=BY3, category="Công tác tổ chức xây dựng Đảng"),
                traps={"bylines": [f"Tin, ảnh: {BY3}", "Lượt xem: 641"], "boxes": ["Đọc thêm:", DT3], "chrome": ["Tin cùng chuyên mục", "Tin đọc nhiều", "In bài viết", "Văn bản hướng dẫn"], "related": lambda rl: rl[:5]},
                notes="A TRAINING COURSE on a Ban Tổ chức site, Liferay CE 7.0 with a local vendor's 7.x CMS portlet (CmsViewChiTietTin_WAR_CmsViewEcoITportlet). The stamp is printed in a 12-HOUR clock with the Vietnamese meridiem: 'Ngày xuất bản: 21/04/2026 2:35 CH' → 2026-04-21T14:35:00+07:00 (set 27: CH is p.m.). The header clock ('Thứ Hai, 27/04/2026 9:12 SA') and the 'Tin đọc nhiều' entries (with writers) print the same shape. The sapo div.cms-sapo is NOT bold → lead (a separate CMS field printed before the text, set 33). Inside the text a paragraph 'Đọc thêm: <bold link to another item>' → not body (set 24). Captions: a two-row table's td.image_desc and a lazy-loaded figure (src a blank gif, the picture in data-src) with its figcaption. Bold right 'Tin, ảnh: Dương Thị Hạnh' → author and photographer. Category: the crumb's deepest level 'Công tác tổ chức xây dựng Đảng' (under the generic 'Tin tức - Sự kiện').",
                readme="Liferay CE 7.0 with a vendor's 7.x CMS portlet, a TRAINING COURSE: 'Ngày xuất bản: dd/mm/yyyy h:mm CH' (a 12-hour clock; the header clock and the most-read box in the same shape), a PLAIN sapo, an inline 'Đọc thêm:' paragraph, a td.image_desc caption and a lazy data-src figure, bold right 'Tin, ảnh: Name'")


# ===================================================================== 4 Cổng TTĐT tỉnh Đắk Lắk: IBM WebSphere Portal 8.5 + WCM; the portlet title is the only heading above a headline printed in a div; the stamp with a JDK's vi month names ('tháng một'); a reprint ('Theo …'); a fact box
A4 = Art("Bí thư Tỉnh ủy làm việc tại xã Krông Pắc: tập trung thu hút đầu tư chế biến nông sản",
         "Chiều 7/1, đồng chí Bí thư Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Krông Pắc về tình hình thực hiện nhiệm vụ chính trị năm 2025, phương hướng, nhiệm vụ năm 2026.",
         [("p", "Báo cáo tại buổi làm việc cho biết, sau 6 tháng vận hành mô hình chính quyền địa phương hai cấp, xã Krông Pắc đã ổn định tổ chức bộ máy; tổng thu ngân sách trên địa bàn năm 2025 đạt 118% dự toán; tiếp nhận và giải quyết hơn 6.200 hồ sơ thủ tục hành chính, 96% đúng và trước hạn."),
          ("p", "Đảng bộ xã có 26 chi bộ trực thuộc với 1.146 đảng viên; trong năm kết nạp 38 đảng viên mới. Tỷ lệ hộ nghèo giảm còn 3,1%; nhiều mô hình trồng sầu riêng, cà phê đặc sản gắn với truy xuất nguồn gốc được nhân rộng."),
          ("raw", "FACTS"),
          ("img", "/wps/wcm/connect/daklak/anh/bi-thu-lam-viec-krong-pac.jpg", "Đồng chí Bí thư Tỉnh ủy phát biểu kết luận buổi làm việc"),
          ("p", "Lãnh đạo xã kiến nghị tỉnh quan tâm bố trí vốn nâng cấp tỉnh lộ 9, hỗ trợ kinh phí xây dựng trụ sở làm việc của các cơ quan xã và bổ sung biên chế công chức lĩnh vực đất đai, xây dựng."),
          ("p", "Kết luận buổi làm việc, đồng chí Bí thư Tỉnh ủy biểu dương kết quả xã đạt được; yêu cầu Đảng ủy xã tập trung lãnh đạo thu hút đầu tư vào chế biến nông sản, đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính và chăm lo đời sống đồng bào dân tộc thiểu số tại các buôn."),
          ("p", "Đối với các kiến nghị của xã, đồng chí Bí thư Tỉnh ủy giao Văn phòng Tỉnh ủy tổng hợp, chuyển các sở, ngành liên quan nghiên cứu, giải quyết theo thẩm quyền.")])
FACTS4 = ["Diện tích tự nhiên: 198,6 km²", "Dân số: hơn 52.000 người", "Số thôn, buôn: 41"]
BY4, SRC4 = "Hoàng Thu", "Theo Báo và Phát thanh, Truyền hình Đắk Lắk"
JDK_MONTHS = ["tháng một", "tháng hai", "tháng ba", "tháng tư", "tháng năm", "tháng sáu", "tháng bảy", "tháng tám", "tháng chín", "tháng mười", "tháng mười một", "tháng mười hai"]


def page04():
    pub = T("2026-01-08 15:45")
    site = "https://daklak.gov.vn"
    url = f"{site}/wps/portal/trangchu/tintuc/tin-lanh-dao/!ut/p/z1/jY_NDoIwEISfpjcL0rSJGrrSWkkYk8qPpSbMxNiSKKJcUj0N29z5mKVqRtmEfXP2Kx7kT1MHYu7w7NrcavhWQc8DFGeKRqCMgYpC6U4uWLVhSX4ZQgxhmUw-4t"

    def dd(d):
        return f"{wd(d, lower=True)}, {d.day:02d} {JDK_MONTHS[d.month - 1]} {d.year} {hm(d)}"

    def img(s, c, n):
        return f'<p class="img-center" style="text-align:center"><img src="{s}" alt="" width="680" /></p><p class="caption-img">{esc(c)}</p>'

    def raw(x):
        li = "".join(f"<li>{esc(f)}</li>" for f in FACTS4)
        return f'<div class="box-thongtin" style="border:1px solid #1b5e9e;padding:10px;margin:10px 0;background:#eef5fc"><p class="box-title"><strong>Xã Krông Pắc sau sắp xếp</strong></p><ul>{li}</ul></div>'

    def main(rng, rl, rd):
        others = other34(rng, 3)
        abstr = "".join(f'<div class="tin-khac-item"><a class="tin-khac-title" href="{site}/wps/portal/trangchu/tintuc/tin-lanh-dao/{slug(t)}">{esc(t)}</a>'
                        f'<div class="tin-khac-date">{dd(pub - timedelta(days=i + 1, hours=3 * i + 2))}</div><div class="tin-khac-sapo">{esc(s)}</div></div>' for i, (t, s) in enumerate(others))
        more = "".join(f'<li><a href="{site}/wps/portal/trangchu/tintuc/{slug(t)}">{esc(t)}</a> <span>({dmy(d)})</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<header class="wpthemeControlHeader"><div class="wpthemeInner"><h2><span class="wpthemeTitle">Tin hoạt động của lãnh đạo tỉnh</span></h2></div></header>'
                f'<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear"><div class="wcm-chitiet">'
                f'<div class="tieude">{esc(A4.title)}</div><div class="ngaydang">Ngày đăng: {dd(pub)}</div>'
                f'<div class="tomtat"><strong><em>{esc(A4.lead)}</em></strong></div>'
                f'<div class="noidung">{Art("", None, A4.blocks).render(p=jp, img=img, raw=raw, sep="")}</div>'
                f'<p class="tacgia" style="text-align:right"><strong>{BY4}</strong></p><p class="nguon" style="text-align:right"><em>{SRC4}</em></p>'
                f'<div class="chucnang"><a href="#">In trang</a> <a href="#">Gửi email</a> <a href="#">Về đầu trang</a></div>'
                f'<div class="tin-khac"><div class="tin-khac-head">Các tin khác</div>{abstr}<ul class="tin-khac-list">{more}</ul></div></div></div>')

    def side(rng, p):
        return (f'<section class="ibmPortalControl wpthemeControl"><div class="wpthemeControlBody">'
                + mostread(rng, p, dd, "Tin nổi bật", "noibat", 6, numbered=False) + '</div></section>'
                + schedule(rng, p, "Lịch công tác của lãnh đạo tỉnh", "lichct")
                + links_box(["Cổng Dịch vụ công quốc gia", "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Báo và Phát thanh, Truyền hình Đắk Lắk"]))

    def top(rng, p):
        now = p + timedelta(days=2, hours=-6)
        return (f'<div class="banner-cong"><img src="/wps/contenthandler/dav/themelist/daklak/images/banner.png" alt="Cổng thông tin điện tử tỉnh Đắk Lắk" /></div>'
                f'<div class="ngay-hien-tai">{wd(now)}, {now.day:02d} {JDK_MONTHS[now.month - 1]} {now.year}</div>'
                f'<div class="lang"><a href="?lang=vi">Tiếng Việt</a> | <a href="?lang=en">English</a></div>')

    crumbs = ('<ol class="wpthemeCrumbTrail"><li><a href="/wps/portal/trangchu">Trang chủ</a></li><li><a href="/wps/portal/trangchu/tintuc">Tin tức</a></li>'
              '<li><a href="/wps/portal/trangchu/tintuc/tin-lanh-dao">Tin hoạt động của lãnh đạo tỉnh</a></li></ol>')
    head = (og(A4.title, url) + '<meta name="DC.date" content="2026-01-08" /><link rel="stylesheet" href="/wps/portal_dojo/v1.9/dojo/resources/dojo.css" />'
            + f'<script>var ibmCfg={{"portalConfig":{{"contentHandlerURI":"/wps/contenthandler/!ut/p/digest!{"Q1dFq8ZzT0aQ4mWcX2bNrh"}/","isVirtualPortal":false,"locale":"vi"}},"themeConfig":{{"themeUniqueName":"daklak.theme85","modulesWebAppBaseURI":"/wps/themeModules"}}}};</script>')
    return page("s34-04", family="province_portal_websphere_portal85_wcm_portlet_title_only_heading_jdk_month_names",
                name="daklak-cong-ttdt-ibm-websphere-portal85-wcm-portlet-title-h2-only-heading-headline-div-tieude-weekday-dd-thang-mot-yyyy-hh-mm-bold-italic-sapo-fact-box-caption-img-name-then-theo-reprint-line-abstracts-of-other-items",
                url=url, art=A4, main_fn=main, pub=pub, prefix="cdl", kb=272,
                org="Cổng thông tin điện tử tỉnh Đắk Lắk", addr="Số 9 đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.614",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "wps85", "head_extra": head, "title": "Cổng thông tin điện tử tỉnh Đắk Lắk - Tin hoạt động của lãnh đạo tỉnh", "items": MENU_GOV},
                exp=expected(A4, iso(pub), author=BY4, category="Tin hoạt động của lãnh đạo tỉnh"),
                traps={"bylines": [SRC4], "facts": ["Xã Krông Pắc sau sắp xếp"] + FACTS4, "chrome": ["Các tin khác", "Tin nổi bật", "Lịch công tác của lãnh đạo tỉnh", "In trang", "Về đầu trang"], "related": lambda rl: rl[:5]},
                notes="A leader's WORKING VISIT on a provincial portal built on IBM WebSphere Portal 8.5 with Web Content Manager (the /wps/portal/…/!ut/p/z1/… address). The page's only heading over the item is the portlet skin's h2 'Tin hoạt động của lãnh đạo tỉnh' (the section); the HEADLINE is printed by the WCM presentation template in div.tieude, no heading at all (set 32: a headline that is not a heading). The stamp 'Ngày đăng: Thứ năm, 08 tháng một 2026 15:45' is formatted by the JDK's COMPAT vi locale, whose month names are words — 'tháng một' is JANUARY (month one), not the lunar 'tháng Một' (the eleventh month); the header prints the crawl day and 'Tin nổi bật' the other items in the same words. Expected: 2026-01-08T15:45:00+07:00. The bold italic div.tomtat is the lead. A bordered 'Xã Krông Pắc sau sắp xếp' fact box inside the text is not body (set 24). After the text a bold right 'Hoàng Thu' and an italic 'Theo Báo và Phát thanh, Truyền hình Đắk Lắk' → author 'Hoàng Thu', unit null (a reprint's source, sets 13 and 28). The same portlet then prints 'Các tin khác' with three other items' headlines, stamps and sapos (abstract display) — not this item's. Category: the crumb 'Tin hoạt động của lãnh đạo tỉnh', which the portlet title repeats.",
                readme="IBM WebSphere Portal 8.5 + WCM on a provincial portal, a leader's WORKING VISIT: the portlet title h2 (the section) is the only heading, the headline a div.tieude; 'Ngày đăng: Thứ năm, 08 tháng một 2026 15:45' (the JDK's vi month NAMES: 'tháng một' = January); bold italic sapo; a fact box in the text; p.caption-img; 'Name' + 'Theo <paper>' (a reprint); 'Các tin khác' with three other items' abstracts and stamps in the same portlet")


# ===================================================================== 5 Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh: SharePoint 2013, a custom page with an XSLT DataFormWebPart; the stamp 'Thứ Ba, dd/mm/yyyy h:mm SA' in a layout-table row; two writers with two units split by ';'; generic crumb
A5 = Art("Đảng ủy các cơ quan Đảng tỉnh học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
         "Sáng 23/3, Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị trực tuyến học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho hơn 1.200 cán bộ, đảng viên tại điểm cầu chính và 46 điểm cầu chi bộ, đảng bộ cơ sở.",
         [("p", "Tại hội nghị, các báo cáo viên đã truyền đạt những nội dung cơ bản, điểm mới của các văn kiện Đại hội XIV; chủ đề, mục tiêu, phương hướng, nhiệm vụ phát triển đất nước giai đoạn 2026 - 2030 và những đột phá chiến lược trong kỷ nguyên phát triển mới."),
          ("p", "Hội nghị dành thời gian làm rõ yêu cầu đổi mới phương thức lãnh đạo của Đảng, nâng cao năng lực cầm quyền và sức chiến đấu của tổ chức đảng; vai trò nêu gương của cán bộ, đảng viên trong các cơ quan tham mưu, giúp việc Tỉnh ủy."),
          ("img", "/tintuc/PublishingImages/2026/03/hoi-nghi-nq-xiv-1.jpg", "Quang cảnh hội nghị tại điểm cầu chính"),
          ("table", [["Điểm cầu", "Số điểm cầu", "Số người dự"], ["Điểm cầu chính", "1", "186"], ["Chi bộ, đảng bộ cơ sở", "46", "1.038"], ["Tổng cộng", "47", "1.224"]]),
          ("p", "Sau hội nghị, 100% cán bộ, đảng viên viết bài thu hoạch; các chi bộ xây dựng chương trình hành động cụ thể, gắn với nhiệm vụ chuyên môn của từng cơ quan, hoàn thành trước ngày 30/4/2026."),
          ("img", "/tintuc/PublishingImages/2026/03/hoi-nghi-nq-xiv-2.jpg", "Đảng viên Chi bộ Văn phòng Tỉnh ủy theo dõi hội nghị tại điểm cầu cơ sở"),
          ("p", "Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy các cơ quan Đảng tỉnh yêu cầu các cấp ủy tổ chức sinh hoạt chuyên đề, thảo luận sâu về nghị quyết; gắn việc học tập với thực hiện Chỉ thị 05-CT/TW và các phong trào thi đua của khối.")])
W5 = [("Nguyễn Thị Thanh Hà", "Chi bộ Ban Tổ chức Tỉnh ủy"), ("Lê Văn Quang", "Văn phòng Đảng ủy")]


def page05():
    pub = T("2026-03-24 08:05")
    site = "https://dukcqd.hatinh.gov.vn"
    url = f"{site}/tintuc/Pages/ChiTietTin.aspx?ItemID=1487&CatID=3"

    def dd(d):
        return f"{wd(d)}, {dmy(d)} {twelve(d)}"

    def img(s, c, n):
        if n == 1:
            return (f'<table class="ms-rteTable-default" align="center" style="width:92%"><tbody><tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default"><img src="{s}" alt="" style="width:100%" /></td></tr>'
                    f'<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" style="text-align:center"><span class="ms-rteStyle-Caption">{esc(c)}</span></td></tr></tbody></table>')
        return f'<div class="ms-rtestate-read" style="text-align:center"><img src="{s}" alt="" style="width:90%" /><br /><em>{esc(c)}</em></div>'

    def table(rows):
        return ('<table class="ms-rteTable-4" width="100%"><tbody>' + "".join(
            '<tr class="ms-rteTableHeaderRow-4">' + "".join(f'<th class="ms-rteTableHeaderEvenCol-4">{esc(x)}</th>' for x in r) + "</tr>" if i == 0 else
            '<tr class="ms-rteTableOddRow-4">' + "".join(f'<td class="ms-rteTableOddCol-4">{esc(x)}</td>' for x in r) + "</tr>" for i, r in enumerate(rows)) + "</tbody></table>")

    def main(rng, rl, rd):
        rel = "".join(f'<tr><td class="ms-vb"><a href="{site}/tintuc/Pages/ChiTietTin.aspx?ItemID={1400 + i * 11}&amp;CatID=3">{esc(t)}</a> <span class="ngay">(Ngày {dmy(d)})</span></td></tr>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        wr = "; ".join(f"{a} ({u})" for a, u in W5)
        return (f'<table border="0" width="100%" cellpadding="2" cellspacing="0" class="xslt-chitiet"><tr valign="top"><td class="ms-vb" colspan="2">'
                f'<h2 class="tieude-tin">{esc(A5.title)}</h2></td></tr>'
                f'<tr><td class="ms-vb sapo" colspan="2"><b>{esc(A5.lead)}</b></td></tr>'
                f'<tr><td class="ms-vb ngaydang" width="70%"><img src="/_layouts/15/images/dukcq/clock.png" alt="" /> {dd(pub)}</td><td class="ms-vb luotxem" align="right">Lượt xem: 507</td></tr>'
                f'<tr><td class="ms-vb noidung" colspan="2"><div class="ms-rtestate-field">{Art("", None, A5.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", img=img, table=table, sep="")}</div></td></tr>'
                f'<tr><td class="ms-vb tacgia" colspan="2" align="right"><b>{wr}</b></td></tr></table>'
                f'<div class="tin-khac"><div class="tin-khac-title">Các tin khác</div><table width="100%">{rel}</table></div>')

    def side(rng, p):
        return (mostread(rng, p, dd, "Tin đọc nhiều", "docnhieu", 6)
                + vb_box(["Kế hoạch học tập, quán triệt Nghị quyết Đại hội XIV của Đảng", "Hướng dẫn viết bài thu hoạch sau học tập nghị quyết", "Chương trình kiểm tra, giám sát năm 2026"], "Văn bản mới", "vb-moi"))

    def left(rng, p):
        return ('<div class="ms-core-listMenu-verticalBox"><ul class="root ms-core-listMenu-root static"><li class="static"><a class="static menu-item" href="/tintuc"><span class="menu-item-text">Tin tức</span></a></li>'
                '<li class="static"><a class="static menu-item" href="/vanban"><span class="menu-item-text">Văn bản</span></a></li><li class="static"><a class="static menu-item" href="/thuvienanh"><span class="menu-item-text">Thư viện ảnh</span></a></li></ul></div>')

    def top(rng, p):
        now = p + timedelta(days=2, hours=1, minutes=11)
        return (f'<div class="banner-dukcq"><img src="/SiteAssets/banner-dang-uy.png" alt="Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh" /></div>'
                f'<div class="ngay-gio">{dd(now)}</div>')

    crumbs = ('<span class="duongdan"><a href="/">Trang chủ</a> &gt; <a href="/tintuc">Tin tức</a> &gt; <span class="current">Chi tiết tin</span></span>')
    head = (og(A5.title, url) + '<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
            + f'<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"/tintuc",webAbsoluteUrl:"{site}/tintuc",siteAbsoluteUrl:"{site}",serverRequestPath:"/tintuc/Pages/ChiTietTin.aspx",layoutsUrl:"_layouts/15",webTitle:"Tin tức",webTemplate:"53",tenantAppVersion:"0",webLogoUrl:"_layouts/15/images/siteicon.png",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",alertsEnabled:false,siteServerRelativeUrl:"/",allowSilverlightPrompt:"True"}};</script>')
    return page("s34-05", family="party_agencies_bloc_sharepoint2013_xslt_dataformwebpart_detail_two_writers_semicolon",
                name="hatinh-dukcqd-sharepoint2013-chitiettin-aspx-xslt-dataformwebpart-layout-table-h2-bold-sapo-row-weekday-dd-mm-yyyy-h-mm-sa-rte-caption-table-and-em-data-table-two-writers-two-units-semicolon-generic-crumb",
                url=url, art=A5, main_fn=main, pub=pub, prefix="dukhtt", kb=214,
                org="Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh", addr="Phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.712",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "sp2013dfwp", "head_extra": head, "title": "Chi tiết tin", "items": MENU_GOV, "left": left, "form": True, "action": "./ChiTietTin.aspx?ItemID=1487&amp;CatID=3"},
                exp=expected(A5, iso(pub), author=", ".join(a for a, u in W5), unit=", ".join(u for a, u in W5), category=None),
                traps={"bylines": ["; ".join(f"{a} ({u})" for a, u in W5), "Lượt xem: 507"], "chrome": ["Các tin khác", "Tin đọc nhiều", "Văn bản mới", "Chi tiết tin"], "related": lambda rl: rl[:5]},
                notes="A RESOLUTION-STUDY conference on a Party bloc committee's SharePoint 2013 site: a custom page ChiTietTin.aspx whose XSLT DataFormWebPart prints the list item in a LAYOUT TABLE — an h2 headline row, a bold sapo row, a row with the stamp 'Thứ Ba, 24/03/2026 8:05 SA' and 'Lượt xem: 507', the rich-text row, and a bold right row with TWO writers and TWO units split by a SEMICOLON: 'Nguyễn Thị Thanh Hà (Chi bộ Ban Tổ chức Tỉnh ủy); Lê Văn Quang (Văn phòng Đảng ủy)'. The header clock and 'Tin đọc nhiều' print the same 12-hour shape. Expected: 2026-03-24T08:05:00+07:00 (set 27: SA is a.m.); authors 'Nguyễn Thị Thanh Hà, Lê Văn Quang' and units 'Chi bộ Ban Tổ chức Tỉnh ủy, Văn phòng Đảng ủy' in author order (set 26's two writers with two units; the semicolon separates writers, NEW set 34). The layout table is not a data table (set 29): its rows are the fields; the rich text's own table (header + three rows) is data → one paragraph per row. Captions: an RTE table's caption cell and an <em> after a <br>. The crumb is generic ('Trang chủ > Tin tức > Chi tiết tin') and the page prints no section label → category null (set 29).",
                readme="SharePoint 2013, a custom ChiTietTin.aspx with an XSLT DataFormWebPart, a RESOLUTION-STUDY conference: the item printed in a LAYOUT TABLE (h2, bold sapo, a stamp row 'Thứ Ba, dd/mm/yyyy h:mm SA', the text, a byline row), TWO writers with TWO units split by ';', an RTE caption cell and an <em> after <br>, a data table; generic crumb, no section label (category null)")


# ===================================================================== 6 Hội Cựu chiến binh tỉnh Gia Lai: DNN 9 + DNNGo xBlog; the .NET vi long date (words), date only; 'Đăng bởi admin'; no sapo; a quotation of the chairman's words; a fact box; lazy data-original pictures with <i> captions
A6 = Art("Hội Cựu chiến binh tỉnh gặp mặt kỷ niệm 36 năm Ngày thành lập Hội",
         None,
         [("p", "Ngày 4/12, Hội Cựu chiến binh tỉnh tổ chức gặp mặt kỷ niệm 36 năm Ngày thành lập Hội Cựu chiến binh Việt Nam (6/12/1989 - 6/12/2025) và 81 năm Ngày thành lập Quân đội nhân dân Việt Nam. Tham dự có đại diện lãnh đạo Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh cùng 120 hội viên tiêu biểu."),
          ("img", "/Portals/0/xBlog/uploads/2025/12/gap-mat-36-nam-1.jpg", "Đại biểu dự buổi gặp mặt kỷ niệm 36 năm Ngày thành lập Hội Cựu chiến binh Việt Nam"),
          ("p", "Sau hợp nhất, Hội Cựu chiến binh tỉnh có 135 cơ sở Hội với hơn 58.000 hội viên. Năm 2025, các cấp Hội đã vận động hội viên giúp nhau phát triển kinh tế, xây dựng và sửa chữa 46 nhà “Nghĩa tình đồng đội”; 412 cựu chiến binh làm chủ doanh nghiệp, hợp tác xã, trang trại, tạo việc làm cho hơn 6.000 lao động."),
          ("raw", "FACTS"),
          ("p", "Phát biểu tại buổi gặp mặt, đồng chí Chủ tịch Hội Cựu chiến binh tỉnh nhấn mạnh:"),
          ("h", "“Mỗi cựu chiến binh phải tiếp tục là tấm gương sáng ở khu dân cư, tích cực tham gia bảo vệ Đảng, bảo vệ chế độ, đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng”."),
          ("p", "Dịp này, Hội Cựu chiến binh tỉnh khen thưởng 18 tập thể, 35 cá nhân có thành tích xuất sắc trong phong trào thi đua “Cựu chiến binh gương mẫu” năm 2025."),
          ("img", "/Portals/0/xBlog/uploads/2025/12/gap-mat-36-nam-2.jpg", "Lãnh đạo Hội Cựu chiến binh tỉnh khen thưởng các tập thể xuất sắc")])
FACTS6 = ["Cơ sở Hội: 135", "Hội viên: 58.214", "Chi hội trưởng là đảng viên: 98%"]
BY6A, BY6U = "Rơ Mah Hùng", "Văn phòng Hội Cựu chiến binh tỉnh"
VN_MONTHS = ["Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


def page06():
    pub = T("2025-12-05 09:26")
    site = "https://cuuchienbinh.gialai.gov.vn"
    url = f"{site}/tin-tuc/ArticleID/1132/hoi-cuu-chien-binh-tinh-gap-mat-ky-niem-36-nam-ngay-thanh-lap-hoi"

    def dl(d):
        return f"{wd(d)}, {d.day:02d} {VN_MONTHS[d.month - 1]} {d.year}"

    def img(s, c, n):
        return (f'<p style="text-align:center"><img class="lazy" src="/Portals/_default/Skins/DNNGo_Soldier/images/lazy.png" data-original="{s}" alt="" style="width:100%;max-width:720px" /></p>'
                f'<p style="text-align:center"><i>{esc(c)}</i></p>')

    def bq(t):
        return f'<blockquote class="xblog-quote"><p>{esc(t)}</p></blockquote>'

    def raw(x):
        if x == "FACTS":
            li = "".join(f"<li>{esc(f)}</li>" for f in FACTS6)
            return f'<div class="xblog-box" style="float:right;width:240px;margin:0 0 10px 16px;background:#f4f1e6;border-left:4px solid #7a5c13;padding:8px 12px"><p><strong>Hội Cựu chiến binh tỉnh năm 2025</strong></p><ul>{li}</ul></div>'
        return ""

    def main(rng, rl, rd):
        rel = "".join(f'<li class="xblog-rel-item"><a href="{site}/tin-tuc/ArticleID/{1000 + i * 19}/{slug(t)}">{esc(t)}</a><span class="xblog-rel-date">{dl(d)}</span></li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        mid = rng.randint(700, 999)
        return (f'<div class="DnnModule DnnModule-DNNGo_xBlog DnnModule-{mid}"><a name="{mid}"></a><div id="dnn_ctr{mid}_ContentPane"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModDNNGoxBlogC">'
                f'<div class="xblog_detail xblog-article"><h1 class="xblog-title">{esc(A6.title)}</h1>'
                f'<ul class="xblog-meta"><li class="xblog-meta-author"><i class="fa fa-user"></i> Đăng bởi <a href="{site}/tin-tuc/Author/1/admin">admin</a></li>'
                f'<li class="xblog-meta-date"><i class="fa fa-calendar"></i> {dl(pub)}</li>'
                f'<li class="xblog-meta-cat"><i class="fa fa-folder-open"></i> <a href="{site}/tin-tuc/CategoryID/4/hoat-dong-hoi">Hoạt động Hội</a></li>'
                f'<li class="xblog-meta-views"><i class="fa fa-eye"></i> 276</li><li class="xblog-meta-comments"><i class="fa fa-comments"></i> Bình luận (0)</li></ul>'
                f'<div class="xblog-content">{Art("", None, A6.blocks).render(p=jp, img=img, raw=raw, h=bq, sep="")}'
                f'<p style="text-align:right"><em>{BY6A} - {BY6U}</em></p></div>'
                f'<div class="xblog-share"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>'
                f'<div class="xblog-related"><h3>Bài viết liên quan</h3><ul>{rel}</ul></div>'
                f'<div class="xblog-comment"><h3>Gửi bình luận</h3><textarea></textarea><button type="button">Gửi</button></div></div></div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dl, "Bài viết mới", "xblog-recent", 6, numbered=False)
                + '<div class="xblog-cats"><h3>Chuyên mục</h3><ul><li><a href="#">Hoạt động Hội (214)</a></li><li><a href="#">Gương cựu chiến binh (86)</a></li><li><a href="#">Tin cơ sở (312)</a></li><li><a href="#">Văn bản (45)</a></li></ul></div>'
                + poll("Hội viên quan tâm nội dung nào?", ["Chính sách cựu chiến binh", "Phát triển kinh tế", "Bảo vệ nền tảng tư tưởng", "Sức khỏe"], "xblog-poll"))

    def top(rng, p):
        now = p + timedelta(days=2, hours=3)
        return (f'<div class="dng-logo"><a id="dnn_dnnLOGO_hypLogo" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-ccb.png" alt="Hội Cựu chiến binh tỉnh Gia Lai" /></a></div>'
                f'<div class="dng-date"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{dl(now)}</span></div>')

    crumbs = ('<span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">'
              '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" class="breadcrumbLink" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></span> › '
              '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></span></span></span>')
    head = (og(A6.title, url, {"article:published_time": "2025-12-05T09:26:00+07:00"}) + '<meta name="GENERATOR" content="DotNetNuke " />'
            + '<link href="/DesktopModules/DNNGo_xBlog/Resource/css/xblog.css?cdv=121" type="text/css" rel="stylesheet" />'
            + '<script src="/DesktopModules/DNNGo_xBlog/Resource/js/jquery.lazyload.min.js?cdv=121"></script>')
    return page("s34-06", family="veterans_association_dnn9_dnngo_xblog_long_date_words_no_sapo_quotation",
                name="gialai-hoiccb-dnn9-dnngo-skin-xblog-detail-h1-meta-dang-boi-admin-weekday-dd-thang-muoi-hai-yyyy-date-only-category-link-no-sapo-fact-box-introduced-quotation-lazy-data-original-i-captions-italic-right-name-dash-unit",
                url=url, art=A6, main_fn=main, pub=pub, prefix="ccbgl", kb=188,
                org="Hội Cựu chiến binh tỉnh Gia Lai", addr="Phường Quy Nhơn, tỉnh Gia Lai", phone="0256.3822.147",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dnnxblog", "head_extra": head, "title": A6.title, "items": MEGA_MASS, "form": True, "dnn": True, "action": "/tin-tuc/ArticleID/1132/hoi-cuu-chien-binh-tinh-gap-mat-ky-niem-36-nam-ngay-thanh-lap-hoi"},
                exp=expected(A6, isod(pub), author=BY6A, unit=BY6U, category="Hoạt động Hội"),
                traps={"bylines": ["Đăng bởi", f"{BY6A} - {BY6U}", "Bình luận (0)"], "facts": ["Hội Cựu chiến binh tỉnh năm 2025"] + FACTS6, "chrome": ["Bài viết liên quan", "Bài viết mới", "Gửi bình luận", "Chia sẻ:"], "related": lambda rl: rl[:5]},
                notes="A veterans' association's ANNIVERSARY meeting on DNN 9 with a DNNGo skin and the DNNGo xBlog module. The meta list under the h1 prints 'Đăng bởi admin' (an account), the day as the .NET vi-VN long date in WORDS 'Thứ Sáu, 05 Tháng Mười Hai 2025' (date only, no <time>; og article:published_time carries 09:26, not added — set 25), the category link 'Hoạt động Hội', views and comments. The DNN CURRENTDATE in the header and the 'Bài viết mới' box print the same long-date shape. No sapo: the first paragraph is plain body (lead null). A floated fact box 'Hội Cựu chiến binh tỉnh năm 2025' (three labelled figures) is not body (set 24). The chairman's words are a <blockquote> introduced by the paragraph before it ('… nhấn mạnh:') and printed nowhere else → body (set 33's rule on a quotation that is the text's own words), a paragraph of its own. Pictures are lazy (src a placeholder, the picture in data-original) with centred <i> captions. Italic right 'Rơ Mah Hùng - Văn phòng Hội Cựu chiến binh tỉnh' → author + unit. Expected published '2025-12-05' (date only); category 'Hoạt động Hội' (the xBlog category link; the crumb stops at the generic 'Tin tức').",
                readme="DNN 9 + DNNGo xBlog, a veterans' ANNIVERSARY meeting: 'Đăng bởi admin' (an account), the .NET vi long date in WORDS 'Thứ Sáu, 05 Tháng Mười Hai 2025' (date only; DNN's CURRENTDATE and the sidebar in the same shape), NO sapo, a fact box, the chairman's words as an introduced <blockquote>, lazy data-original pictures with <i> captions, italic right 'Name - unit'")


# ===================================================================== 7 Ủy ban Kiểm tra Tỉnh ủy Cao Bằng: a vendor's ASP.NET WebForms CMS, the item in a DataList's one-cell table; a POSTER field printing a person's full name under the headline, the writer's signature at the end (TWIST)
A7 = Art("Ủy ban Kiểm tra Tỉnh ủy kiểm tra công tác kiểm tra, giám sát tại Đảng ủy xã Quảng Uyên",
         "Từ ngày 12 đến 14/1, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025 tại Đảng ủy xã Quảng Uyên.",
         [("p", "Đoàn kiểm tra do đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy, Ủy ban Kiểm tra Đảng ủy xã; kiểm tra hồ sơ, tài liệu tại 5 chi bộ trực thuộc."),
          ("p", "Qua kiểm tra cho thấy, năm 2025 Đảng ủy xã đã ban hành và thực hiện cơ bản đầy đủ chương trình kiểm tra, giám sát; sau sắp xếp, cấp ủy chủ động kiện toàn Ủy ban Kiểm tra, phân công nhiệm vụ cụ thể cho từng thành viên. Kết quả cụ thể như sau:"),
          ("table", [["Nội dung", "Số tổ chức đảng", "Số đảng viên"], ["Kiểm tra khi có dấu hiệu vi phạm", "1", "3"], ["Giám sát chuyên đề", "7", "21"], ["Kiểm tra tài chính đảng", "5", "0"]]),
          ("img", "/Uploads/TinTuc/2026/01/doan-kiem-tra-quang-uyen-1.jpg", "Đoàn kiểm tra làm việc với Ban Thường vụ Đảng ủy xã Quảng Uyên"),
          ("p", "Bên cạnh kết quả đạt được, Đoàn kiểm tra chỉ ra một số hạn chế: việc giám sát thường xuyên ở một số chi bộ chưa được ghi chép đầy đủ; hồ sơ kiểm tra tài chính đảng còn thiếu chữ ký xác nhận; việc phát hiện, xử lý vi phạm từ cơ sở còn ít."),
          ("p", "Kết luận đợt kiểm tra, đồng chí trưởng đoàn đề nghị Đảng ủy xã Quảng Uyên khắc phục ngay những hạn chế đã chỉ ra, báo cáo kết quả về Ủy ban Kiểm tra Tỉnh ủy trước ngày 28/2/2026; tăng cường giám sát thường xuyên đối với cán bộ, đảng viên ở những lĩnh vực dễ phát sinh sai phạm như đất đai, xây dựng cơ bản."),
          ("img", "/Uploads/TinTuc/2026/01/doan-kiem-tra-quang-uyen-2.jpg", "Thành viên Đoàn kiểm tra trao đổi nghiệp vụ với cán bộ Ủy ban Kiểm tra Đảng ủy xã")])
POSTER7 = "Nông Thị Thu Trang"
BY7 = "Bế Văn Dũng"


def page07():
    pub = T("2026-01-15 10:20")
    site = "https://ubkt.caobang.dcs.vn"
    url = f"{site}/chi-tiet-tin.aspx?id=2315&cm=4"
    cid = "ctl00_cphMain_ucChiTietTin_dlChiTiet_ctl00"

    def dd(d):
        return f"{dmy(d)} {hm(d)}"

    def img(s, c, n):
        return (f'<table class="image" align="center" border="0" cellpadding="2" cellspacing="0" style="width:600px"><tbody><tr><td><img src="{s}" width="600" alt="" /></td></tr>'
                f'<tr><td class="image_desc" style="text-align:center"><span style="font-size:12px"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def table(rows):
        return ('<table border="1" cellpadding="5" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>' + "".join(
            "<tr>" + "".join((f"<td><strong>{esc(x)}</strong></td>" if i == 0 else f"<td>{esc(x)}</td>") for x in r) + "</tr>" for i, r in enumerate(rows)) + "</tbody></table>")

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/chi-tiet-tin.aspx?id={2200 + i * 13}&amp;cm=4">{esc(t)}</a> <span class="ngay">({dd(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        return (f'<table id="ctl00_cphMain_ucChiTietTin_dlChiTiet" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr><td>'
                f'<div class="khung-chitiet"><h1 class="tieude-chitiet"><span id="{cid}_lblTieuDe">{esc(A7.title)}</span></h1>'
                f'<div class="thongtin-chitiet"><span id="{cid}_lblNgayDang">Ngày đăng: {dd(pub)}</span> | <span id="{cid}_lblNguoiDang">Người đăng: {POSTER7}</span> | '
                f'<span id="{cid}_lblLuotXem">Lượt xem: 312</span></div>'
                f'<div class="tomtat-chitiet"><span id="{cid}_lblTomTat"><b>{esc(A7.lead)}</b></span></div>'
                f'<div id="{cid}_divNoiDung" class="noidung-chitiet">{Art("", None, A7.blocks).render(p=jp, img=img, table=table, sep="")}'
                f'<p style="text-align:right"><strong>Tin, ảnh: {BY7}</strong></p></div></div></td></tr></table>'
                f'<div class="congcu"><a id="ctl00_cphMain_ucChiTietTin_lnkIn" href="javascript:window.print()">In bài</a> | <a href="#">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>'
                f'<div class="tinkhac"><div class="tinkhac-tieude">Các tin khác</div><ul>{rel}</ul></div>')

    def side(rng, p):
        return (mostread(rng, p, dd, "Tin mới đăng", "tinmoi", 6, writer_fmt="Người đăng: {w}", numbered=False, writers=[POSTER7, "Hoàng Thị Mai Phương", "Lương Văn Hiếu"])
                + vb_box(["Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng", "Chương trình kiểm tra, giám sát năm 2026 của Ủy ban Kiểm tra Tỉnh ủy", "Hướng dẫn kê khai tài sản, thu nhập năm 2025"], "Văn bản", "vanban")
                + '<div class="hotline"><h3>Đường dây nóng</h3><p>Tiếp nhận phản ánh về cán bộ, đảng viên: 0206.3852.xxx</p></div>')

    def left(rng, p):
        return ticker(rng, p, dd, 5, "Tin mới")

    def top(rng, p):
        now = p + timedelta(days=1, hours=6, minutes=2)
        return (f'<div class="banner"><img src="/Images/banner-ubkt.jpg" alt="Ủy ban Kiểm tra Tỉnh ủy Cao Bằng" /></div>'
                f'<div class="ngaythang"><span id="ctl00_ucHeader_lblNgay">{wd(now)}, ngày {dmy(now)}</span></div>')

    crumbs = '<div class="duongdan"><a href="/">Trang chủ</a> » <a href="/chuyen-muc.aspx?cm=4">Hoạt động kiểm tra, giám sát</a></div>'
    head = (og(A7.title, url) + f'<meta name="author" content="{POSTER7}" /><meta name="keywords" content="kiểm tra, giám sát, Quảng Uyên" />')
    return page("s34-07", family="inspection_commission_aspnet_webforms_datalist_poster_person_name_signature",
                name="caobang-ubkttu-aspnet-webforms-vendor-cms-cphmain-datalist-one-cell-table-h1-lbltieude-meta-ngay-dang-dd-mm-yyyy-hh-mm-nguoi-dang-person-full-name-luot-xem-bold-lbltomtat-data-table-image-desc-bold-right-tin-anh-name",
                url=url, art=A7, main_fn=main, pub=pub, prefix="ubktcb", kb=198,
                org="Ủy ban Kiểm tra Tỉnh ủy Cao Bằng", addr="Phường Thục Phán, tỉnh Cao Bằng", phone="0206.3852.316",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "wfdatalist", "head_extra": head, "title": A7.title, "items": MENU_NEWS, "left": left, "form": True, "action": "./chi-tiet-tin.aspx?id=2315&amp;cm=4"},
                exp=expected(A7, iso(pub), author=BY7, photographer=BY7, category="Hoạt động kiểm tra, giám sát"),
                traps={"bylines": [f"Người đăng: {POSTER7}", f"Tin, ảnh: {BY7}", "Lượt xem: 312"], "chrome": ["Các tin khác", "Tin mới đăng", "Đường dây nóng", "Quay lại"], "related": lambda rl: rl[:5]},
                notes="TWIST (a poster field printing a person's name): an inspection commission's site on a local vendor's ASP.NET WebForms CMS; the detail is a DataList bound to one row, so the whole item sits in a one-cell table (a layout table, set 29). Under the h1 the meta row reads 'Ngày đăng: 15/01/2026 10:20 | Người đăng: Nông Thị Thu Trang | Lượt xem: 312' — the CMS prints the FULL NAME of the account that entered the item (the web editor of the commission's office), and copies it into <meta name='author'>; the sidebar 'Tin mới đăng' prints 'Người đăng: <name>' for every item too. The text is signed at its end, bold right, 'Tin, ảnh: Bế Văn Dũng'. An extractor that takes the labelled field under the headline (or the meta author) stores the web editor as the author of an item she did not write. Expected (NEW rule, set 34): 'Người đăng:' names who POSTED the item — an account, whatever it prints (set 27's accounts, set 30's poster field named after an office) — so author = the signature's 'Bế Văn Dũng', who is also the photographer ('Tin, ảnh:'). Stamp → 2026-01-15T10:20:00+07:00; lead the bold lblTomTat; the text's data table (a header row + three rows) → one paragraph per row; captions two td.image_desc; category the crumb's 'Hoạt động kiểm tra, giám sát'.",
                readme="TWIST — a vendor's ASP.NET WebForms CMS (a DataList's one-cell table), an inspection commission's CHECK at a commune: the meta row under the h1 'Ngày đăng: … | Người đăng: <a person's FULL NAME> | Lượt xem' (the poster account, also in <meta name=author> and on every sidebar entry) while the text is signed 'Tin, ảnh: Name' bold right at its end; bold lblTomTat, a data table, td.image_desc captions")


# ===================================================================== 8 Đảng ủy xã Thanh Sơn (Phú Thọ): WordPress + The7 with a vendor child theme; the TITLE BAR prints the headline CUT SHORT as the page's only h1, the full headline in an h2 over the post (TWIST)
A8 = Art("Đảng ủy xã Thanh Sơn sơ kết công tác xây dựng Đảng quý I, triển khai nhiệm vụ trọng tâm quý II năm 2026",
         "Chiều 16/4, Đảng ủy xã Thanh Sơn tổ chức hội nghị sơ kết công tác xây dựng Đảng và hệ thống chính trị quý I, triển khai nhiệm vụ trọng tâm quý II năm 2026. Đồng chí Bí thư Đảng ủy xã chủ trì hội nghị.",
         [("p", "Quý I/2026, Đảng ủy xã đã lãnh đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 với tỷ lệ cử tri đi bầu đạt 99,6%; tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho 100% cán bộ, đảng viên."),
          ("img", "/wp-content/uploads/2026/04/so-ket-quy-i-1.jpg", "Đồng chí Bí thư Đảng ủy xã Thanh Sơn phát biểu kết luận hội nghị"),
          ("p", "Công tác kết nạp đảng viên được quan tâm, trong quý kết nạp 9 đảng viên mới, đạt 30% chỉ tiêu năm; 27 chi bộ trực thuộc duy trì sinh hoạt định kỳ, 6 chi bộ tổ chức sinh hoạt chuyên đề về chuyển đổi số và bảo vệ môi trường."),
          ("p", "Tổng thu ngân sách trên địa bàn quý I ước đạt 31% dự toán; xã hoàn thành giải phóng mặt bằng tuyến đường kết nối cụm công nghiệp, tiếp nhận và giải quyết 1.486 hồ sơ thủ tục hành chính, không có hồ sơ quá hạn."),
          ("img", "/wp-content/uploads/2026/04/so-ket-quy-i-2.jpg", "Các đại biểu thảo luận tại hội nghị"),
          ("p", "Quý II, Đảng ủy xã tập trung lãnh đạo kiện toàn các chức danh sau bầu cử, chuẩn bị tổ chức kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh, đẩy mạnh thu hút đầu tư vào cụm công nghiệp và hoàn thành 3 tiêu chí nông thôn mới nâng cao còn lại.")])
BY8 = "Hà Thị Thu Hiền"


def trim_words(t, n):
    w = t.split(" ")
    return " ".join(w[:n]) + "…" if len(w) > n else t


def page08():
    pub = T("2026-04-17 15:42:10")
    site = "https://dangbothanhson.vn"
    url = f"{site}/2026/04/17/dang-uy-xa-thanh-son-so-ket-cong-tac-xay-dung-dang-quy-i-trien-khai-nhiem-vu-trong-tam-quy-ii-nam-2026/"
    cut = trim_words(A8.title, 12)

    def img(s, c, n):
        return (f'<figure id="attachment_{1870 + n}" aria-describedby="caption-attachment-{1870 + n}" style="width: 800px" class="wp-caption aligncenter">'
                f'<img decoding="async" class="size-large wp-image-{1870 + n}" src="{site}{s}" alt="" width="800" height="533" />'
                f'<figcaption id="caption-attachment-{1870 + n}" class="wp-caption-text">{esc(c)}</figcaption></figure>')

    def p(t):
        return f"<p>{esc(t)}</p>"

    def main(rng, rl, rd):
        rel = "".join(f'<div class="borders"><article class="related-item"><div class="mini-post-img"><a class="alignleft post-rollover" href="{site}/{slug(t)}/"><img src="/wp-content/uploads/2026/0{d.month}/{hexid(rng, 8)}-150x150.jpg" alt="" width="60" height="60" /></a></div>'
                      f'<div class="post-content"><a href="{site}/{slug(t)}/">{esc(t)}</a><br /><time class="text-secondary" datetime="{d.strftime("%Y-%m-%dT%H:%M:%S+07:00")}">{d.day} {["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm"][d.month - 1] if d.month <= 5 else d.month}, {d.year}</time></div></article></div>' for t, d in zip(rl[:4], rd))
        return (f'<article id="post-1862" class="single-postlike post-1862 post type-post status-publish format-standard has-post-thumbnail category-xay-dung-dang description-off">'
                f'<h2 class="entry-title post-full-title">{esc(A8.title)}</h2>'
                f'<div class="entry-meta"><span class="category-link"><a href="{site}/category/xay-dung-dang/">Xây dựng Đảng</a></span>'
                f'<a class="author vcard" href="{site}/author/dangbothanhson/" title="Xem tất cả bài viết của dangbothanhson" rel="author">Bởi <span class="fn">dangbothanhson</span></a>'
                f'<a href="{site}/2026/04/17/" title="15:42" class="data-link" rel="bookmark"><time class="entry-date updated" datetime="2026-04-17T15:42:10+07:00">17 Tháng Tư, 2026</time></a></div>'
                f'<div class="post-thumbnail"><img class="preload-me" src="{site}/wp-content/uploads/2026/04/so-ket-quy-i-cover.jpg" width="1000" height="560" alt="" /></div>'
                f'<div class="entry-content"><p><strong>{esc(A8.lead)}</strong></p>{Art("", None, A8.blocks).render(p=p, img=img, sep="")}'
                f'<p style="text-align: right;"><strong>Bài, ảnh: {BY8}</strong></p></div>'
                f'<div class="single-share-box"><div class="share-link-description">Chia sẻ bài viết này</div><div class="share-buttons"><a class="facebook" href="#">Facebook</a><a class="twitter" href="#">X</a><a class="zalo" href="#">Zalo</a></div></div>'
                f'<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
                f'<a class="nav-previous" href="{site}/{slug(rl[4])}/" rel="prev"><span class="meta-nav">Bài trước</span><span class="post-title h4-size">{esc(rl[4])}</span></a></div></nav>'
                f'<section class="single-related-posts"><h3>Bài viết liên quan</h3><section class="items-grid">{rel}</section></section></article>')

    def titlebar(rng):
        return (f'<div class="page-title title-center solid-bg page-title-responsive-enabled"><div class="wf-wrap"><div class="page-title-head hgroup"><h1 class="h3-size">{esc(cut)}</h1></div>'
                f'<div class="page-title-breadcrumbs"><div class="assistive-text">Bạn đang ở đây:</div><ol class="breadcrumbs text-small" itemscope itemtype="https://schema.org/BreadcrumbList">'
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{site}/" title=""><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li>'
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{site}/tin-tuc/" title=""><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></li>'
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{site}/category/xay-dung-dang/" title=""><span itemprop="name">Xây dựng Đảng</span></a><meta itemprop="position" content="3" /></li>'
                f'<li class="current" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">{esc(cut)}</span><meta itemprop="position" content="4" /></li></ol></div></div></div>')

    def side(rng, p):
        recent = "".join(f'<li><a href="{site}/{slug(t)}/">{esc(t)}</a> <span class="post-date">{dmy(d)}</span></li>' for t, d in zip(heads14(rng, 5), past(p, rng, 5, 1, 14)))
        return (f'<section id="presscore-blog-posts-2" class="widget widget_presscore-blog-posts"><div class="widget-title">Tin mới</div><ul class="recent-posts">{recent}</ul></section>'
                + mostread(rng, p, lambda d: f"{d.day} Tháng Tư, {d.year}" if d.month == 4 else dmy(d), "Xem nhiều", "widget-mostview", 5)
                + '<section class="widget widget_archive"><div class="widget-title">Lưu trữ</div><ul><li><a href="/2026/04/">Tháng Tư 2026</a></li><li><a href="/2026/03/">Tháng Ba 2026</a></li><li><a href="/2026/02/">Tháng Hai 2026</a></li></ul></section>')

    def top(rng, p):
        return (f'<div class="branding"><a href="{site}/"><img class="preload-me" src="/wp-content/uploads/2025/08/logo-dang-bo-xa.png" alt="Đảng bộ xã Thanh Sơn" /></a>'
                f'<div class="site-description">Trang thông tin điện tử Đảng bộ xã Thanh Sơn, tỉnh Phú Thọ</div></div>')

    head = (og(A8.title, url, {"article:published_time": "2026-04-17T15:42:10+07:00", "article:modified_time": "2026-04-18T08:03:55+07:00"})
            + '<meta name="generator" content="WordPress 6.8.1" /><link rel="stylesheet" id="dt-main-css" href="/wp-content/themes/dt-the7/css/main.min.css?ver=12.4.0" media="all" />'
            + '<link rel="stylesheet" id="the7-child-css" href="/wp-content/themes/dt-the7-child/style.css?ver=1.2" media="all" />'
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A8.title, "datePublished": "2026-04-17T15:42:10+07:00", "dateModified": "2026-04-18T08:03:55+07:00", "author": {"@type": "Person", "name": "dangbothanhson"}}))
    return page("s34-08", family="commune_party_wp_the7_title_bar_headline_cut_short_h1",
                name="phutho-thanhson-dangbo-xa-wordpress-the7-child-theme-page-title-area-h1-headline-trimmed-to-12-words-ellipsis-crumb-ending-in-it-full-headline-h2-over-post-entry-date-updated-j-f-y-with-datetime-bold-first-p-lead-bai-anh",
                url=url, art=A8, main_fn=main, pub=pub, prefix="dbts", kb=248,
                org="Đảng bộ xã Thanh Sơn", addr="Xã Thanh Sơn, tỉnh Phú Thọ", phone="0210.3873.118",
                crumbs=titlebar, top=top, side=side,
                shell_kw={"layout": "the7", "head_extra": head, "title": A8.title + " – Đảng bộ xã Thanh Sơn", "items": MENU_NEWS,
                          "left": lambda rng, p: '<div class="top-bar-left"><span class="mini-contacts phone">0210.3873.118</span> <span class="mini-contacts email">vanphongdanguy@thanhson.example</span></div>'},
                exp=expected(A8, iso(pub), author=BY8, photographer=BY8, category="Xây dựng Đảng"),
                traps={"titlebar": [cut], "bylines": [f"Bài, ảnh: {BY8}", "dangbothanhson"], "chrome": ["Bạn đang ở đây:", "Chia sẻ bài viết này", "Bài viết liên quan", "Bài trước", "Lưu trữ"], "related": lambda rl: rl[:4]},
                notes="TWIST (the headline cut short in the title bar): a commune Party committee's WordPress site on The7 with a vendor's child theme. The7's page title area — printed above the post on every page — holds the page's ONLY h1, and the child theme trims it to 12 words ('Đảng ủy xã Thanh Sơn sơ kết công tác xây dựng Đảng…', wp_trim_words with an ellipsis, so that the banner keeps one line); the breadcrumb beside it ends in the same cut headline. The FULL headline (22 words) is printed over the post as <h2 class='entry-title post-full-title'>. An extractor that takes the first / only h1 stores a title cut in the middle of a phrase, with an ellipsis. Expected (NEW rule, set 34): the title is the full headline the page prints as the item's; a title bar's cut copy is not (set 27's crumb level cut short, set 32's 'a heading that is not the headline'); <title>, og:title and JSON-LD agree with the full one (fall-backs only). Stamp: ONE <time class='entry-date updated' datetime='2026-04-17T15:42:10+07:00'>17 Tháng Tư, 2026</time> — the theme's hAtom class on the publication date; the page prints no other date for the item → 2026-04-17T15:42:10+07:00 (set 25, MAJORITY: the date-only print takes its own <time>'s time; set 30: one <time> is one stamp, the publication; og modified_time is not printed → updated null). Author 'Hà Thị Thu Hiền' and photographer the same ('Bài, ảnh:'); 'Bởi dangbothanhson' is an account. Lead: the bold first paragraph. Category 'Xây dựng Đảng' (the crumb's section level and the category link).",
                readme="TWIST — WordPress + The7 with a vendor child theme, a commune Party committee's QUARTERLY REVIEW: the title area's h1 (the page's only h1) and the crumb's last level print the headline TRIMMED to 12 words + '…', the full 22-word headline is an h2 over the post; one <time class='entry-date updated'> 'j F, Y' with its datetime; bold first paragraph as lead; wp-caption figcaptions; 'Bài, ảnh: Name' under an account")


# ===================================================================== 9 Liên đoàn Lao động tỉnh Quảng Ngãi: WordPress + Twenty Seventeen; the stamp ABOVE the headline in a 12-hour clock with 'chiều' (WordPress vi 'g:i a'); the hidden 'updated' <time> with 'sáng'; lazy data-src + gallery captions; 'Đọc thêm' in the text
A9 = Art("Trao 50 “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn",
         "Sáng 5/5, Liên đoàn Lao động tỉnh tổ chức trao 50 “Mái ấm Công đoàn” cho đoàn viên, người lao động có hoàn cảnh khó khăn về nhà ở, với tổng kinh phí hỗ trợ 2,5 tỷ đồng. Đây là hoạt động thiết thực trong Tháng Công nhân năm 2026.",
         [("p", "Mỗi “Mái ấm Công đoàn” được hỗ trợ 50 triệu đồng từ nguồn tài chính công đoàn và đóng góp của các doanh nghiệp, nhà hảo tâm. Các đoàn viên được hỗ trợ đều có thu nhập thấp, đang ở nhà tạm, nhà xuống cấp; nhiều trường hợp là công nhân các khu công nghiệp Dung Quất, VSIP."),
          ("img", "/wp-content/uploads/2026/05/trao-mai-am-cong-doan-1.jpg", "Lãnh đạo Liên đoàn Lao động tỉnh trao biển tượng trưng “Mái ấm Công đoàn” cho đoàn viên"),
          ("p", "Chị Nguyễn Thị Mỹ Hạnh, công nhân một doanh nghiệp may tại xã Bình Sơn, xúc động chia sẻ: “Vợ chồng tôi đi làm công nhân đã 12 năm mà vẫn phải ở nhà thuê. Có khoản hỗ trợ này cùng tiền tích góp, gia đình sẽ xây được căn nhà nhỏ trước mùa mưa bão”."),
          ("raw", "DOCTHEM"),
          ("p", "Tháng Công nhân năm 2026 có chủ đề “Công nhân có việc làm, thu nhập ổn định, môi trường làm việc an toàn”. Hưởng ứng Tháng Công nhân, các cấp công đoàn trong tỉnh đã tổ chức 126 hoạt động chăm lo, thăm hỏi, tặng quà cho hơn 8.000 đoàn viên, người lao động."),
          ("raw", "GALLERY"),
          ("p", "Dịp này, Liên đoàn Lao động tỉnh cũng phát động đợt thi đua cao điểm “Lao động giỏi, lao động sáng tạo” trong công nhân, viên chức, lao động, hướng tới Đại hội Công đoàn các cấp.")])
GAL9 = ["Đoàn viên nhận quà tại chương trình", "Tiết mục văn nghệ chào mừng Tháng Công nhân", "Đại biểu và đoàn viên chụp ảnh lưu niệm"]
BY9A, BY9U = "Phạm Thị Hồng Nhung", "Ban Tuyên giáo Liên đoàn Lao động tỉnh"
DT9 = "Liên đoàn Lao động tỉnh phát động Tháng Công nhân năm 2026"


def page09():
    pub = T("2026-05-05 15:05")
    upd = T("2026-05-06 08:20:41")
    site = "https://congdoanquangngai.org.vn"
    url = f"{site}/2026/05/05/trao-50-mai-am-cong-doan-cho-doan-vien-co-hoan-canh-kho-khan/"

    def wpd(d):
        return f"{dmy(d)} lúc {twelve(d, 'sáng', 'chiều')}"

    def img(s, c, n):
        return (f'<figure id="attachment_3320" aria-describedby="caption-attachment-3320" style="width: 800px" class="wp-caption aligncenter">'
                f"<img decoding=\"async\" class=\"lazyload size-large wp-image-3320\" src=\"data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20800%20533'%3E%3C/svg%3E\" data-src=\"{site}{s}\" alt=\"\" width=\"800\" height=\"533\" />"
                f'<noscript><img decoding="async" class="size-large wp-image-3320" src="{site}{s}" alt="" width="800" height="533" /></noscript>'
                f'<figcaption id="caption-attachment-3320" class="wp-caption-text">{esc(c)}</figcaption></figure>')

    def raw(x):
        if x == "DOCTHEM":
            return f'<p><strong>&gt;&gt; Đọc thêm:</strong> <a href="{site}/2026/04/24/{slug(DT9)}/">{esc(DT9)}</a></p>'
        items = "".join(f'<figure class="gallery-item"><div class="gallery-icon landscape"><a href="{site}/wp-content/uploads/2026/05/mai-am-{i + 2}.jpg"><img width="150" height="150" src="{site}/wp-content/uploads/2026/05/mai-am-{i + 2}-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" aria-describedby="gallery-1-{3321 + i}" /></a></div>'
                        f'<figcaption class="wp-caption-text gallery-caption" id="gallery-1-{3321 + i}">{esc(c)}</figcaption></figure>' for i, c in enumerate(GAL9))
        return f'<div id="gallery-1" class="gallery galleryid-3318 gallery-columns-3 gallery-size-thumbnail">{items}</div>'

    def p(t):
        return f"<p>{esc(t)}</p>"

    def main(rng, rl, rd):
        return (f'<article id="post-3318" class="post-3318 post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong-cong-doan tag-thang-cong-nhan">'
                f'<header class="entry-header"><div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Đăng vào</span> <a href="{url}" rel="bookmark">'
                f'<time class="entry-date published" datetime="2026-05-05T15:05:00+07:00">{wpd(pub)}</time><time class="updated" datetime="2026-05-06T08:20:41+07:00">{wpd(upd)}</time></a></span>'
                f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="{site}/author/ldldqn/">ldldqn</a></span></span></div>'
                f'<h1 class="entry-title">{esc(A9.title)}</h1></header>'
                f'<div class="entry-content"><p><strong>{esc(A9.lead)}</strong></p>{Art("", None, A9.blocks).render(p=p, img=img, raw=raw, sep="")}'
                f'<p style="text-align: right;"><em>{BY9A} ({BY9U})</em></p></div>'
                f'<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><svg class="icon icon-folder-open" aria-hidden="true" role="img"><use href="#icon-folder-open" xlink:href="#icon-folder-open"></use></svg>'
                f'<span class="screen-reader-text">Chuyên mục</span><a href="{site}/category/hoat-dong-cong-doan/" rel="category tag">Hoạt động công đoàn</a></span>'
                f'<span class="tags-links"><svg class="icon icon-hashtag" aria-hidden="true" role="img"><use href="#icon-hashtag" xlink:href="#icon-hashtag"></use></svg><span class="screen-reader-text">Thẻ</span>'
                f'<a href="{site}/tag/thang-cong-nhan-2026/" rel="tag">TCN2026</a>, <a href="{site}/tag/an-sinh/" rel="tag">an sinh</a></span></span></footer></article>'
                f'<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
                f'<div class="nav-previous"><a href="{site}/{slug(rl[0])}/" rel="prev"><span class="screen-reader-text">Bài viết trước</span><span aria-hidden="true" class="nav-subtitle">Trước</span> <span class="nav-title">{esc(rl[0])}</span></a></div>'
                f'<div class="nav-next"><a href="{site}/{slug(rl[1])}/" rel="next"><span class="screen-reader-text">Bài viết sau</span><span aria-hidden="true" class="nav-subtitle">Tiếp theo</span> <span class="nav-title">{esc(rl[1])}</span></a></div></div></nav>'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p></div></div>')

    def side(rng, p):
        recent = "".join(f'<li><a href="{site}/{slug(t)}/">{esc(t)}</a> <span class="post-date">{wpd(d)}</span></li>' for t, d in zip(heads14(rng, 5), past(p, rng, 5, 1, 12)))
        return (f'<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{site}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" name="s" /></label></form></section>'
                f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>'
                + mostread(rng, p, wpd, "Đọc nhiều", "widget", 5)
                + '<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="/2026/05/">Tháng Năm 2026</a></li><li><a href="/2026/04/">Tháng Tư 2026</a></li><li><a href="/2026/03/">Tháng Ba 2026</a></li></ul></section>')

    def top(rng, p):
        return ('<p class="site-title"><a href="/" rel="home">Liên đoàn Lao động tỉnh Quảng Ngãi</a></p><p class="site-description">Vì quyền lợi đoàn viên, người lao động</p>')

    head = (og(A9.title, url, {"article:published_time": "2026-05-05T15:05:00+07:00", "article:modified_time": "2026-05-06T08:20:41+07:00"})
            + '<meta name="generator" content="WordPress 6.7.2" /><link rel="stylesheet" id="twentyseventeen-style-css" href="/wp-content/themes/twentyseventeen/style.css?ver=20241112" media="all" />'
            + '<style id="twentyseventeen-inline">.updated:not(.published){display:none}.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute !important;width:1px;word-wrap:normal !important}</style>'
            + '<script src="/wp-content/plugins/lazy-load/js/lazysizes.min.js" async></script>')
    caps = [A9.captions[0]] + GAL9
    return page("s34-09", family="labour_federation_wp_twenty_seventeen_stamp_above_title_vi_meridiem_chieu",
                name="quangngai-ldld-wordpress-twenty-seventeen-entry-meta-above-h1-dd-mm-yyyy-luc-g-i-a-chieu-hidden-updated-sang-account-bold-first-p-lead-lazy-data-src-wp-caption-gallery-figcaptions-doc-them-italic-name-paren-unit-cat-links",
                url=url, art=A9, main_fn=main, pub=pub, prefix="ldqn", kb=176,
                org="Liên đoàn Lao động tỉnh Quảng Ngãi", addr="Phường Cẩm Thành, tỉnh Quảng Ngãi", phone="0255.3822.519",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "tt17", "head_extra": head, "title": A9.title + " – Liên đoàn Lao động tỉnh Quảng Ngãi", "items": MEGA_MASS},
                exp=expected(A9, iso(pub), author=BY9A, unit=BY9U, category="Hoạt động công đoàn", captions=caps),
                traps={"bylines": [f"{BY9A} ({BY9U})", "ldldqn"], "boxes": ["Đọc thêm:", DT9], "chrome": ["Bài viết mới", "Điều hướng bài viết", "Lưu trữ", "Trả lời", "TCN2026"], "related": lambda rl: rl[:2]},
                notes="A labour federation's HOUSING HANDOVER on WordPress + Twenty Seventeen. The theme prints the entry meta ABOVE the h1; the site's time format is WordPress's 'g:i a', which the vi locale prints as 'sáng' / 'chiều', and the child theme joins date and time: <time class='entry-date published'>05/05/2026 lúc 3:05 chiều</time> → 2026-05-05T15:05:00+07:00 (NEW shape, set 34: 'sáng' and 'chiều' after a 12-hour time are a.m. and p.m., read as set 27 reads SA / CH; read as printed, 3:05 would be twelve hours early). The second <time class='updated'> '06/05/2026 lúc 8:20 sáng' is hidden by the theme's own CSS '.updated:not(.published){display:none}' → updated null (set 29). 'bởi ldldqn' is an account. Lead: the bold first paragraph. Captions: a lazy-loaded wp-caption (src an SVG placeholder, the picture in data-src, a <noscript> copy of the <img> only) and a three-picture [gallery] with figcaption.gallery-caption each, in page order. '>> Đọc thêm: <link>' inside the text is not body. Italic right 'Phạm Thị Hồng Nhung (Ban Tuyên giáo Liên đoàn Lao động tỉnh)' → author + unit. Category from the entry footer's cat-links 'Hoạt động công đoàn' (the page prints no crumb; the 'Chuyên mục' before it is a screen-reader label).",
                readme="WordPress + Twenty Seventeen, a labour federation's HOUSING HANDOVER: the entry meta ABOVE the h1, '05/05/2026 lúc 3:05 chiều' (WordPress vi 'g:i a': 'sáng'/'chiều'), a hidden 'updated' <time> ('… 8:20 sáng'), 'bởi <account>', bold first paragraph, a lazy data-src wp-caption + a three-picture gallery, '>> Đọc thêm:' in the text, italic 'Name (unit)', category only in the entry footer")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
