"""Set 35 pages 1-9: the HARD everyday cases on the common products of shared/research/vn-sites.md, in versions,
themes, modules and page layouts sets 26-34 did not use (NukeViet 4.5 under a Ban Nội chính theme and 4.2 under a
trade-union theme, a Liferay DXP quarterly release's content page, a SharePoint 2010 blog site, DNN 7 with Engage:
Publish, WordPress + Blocksy and + Enfold, Joomla 4 + Astroid, Drupal 9 + Bartik): several article-like blocks on one
page (dated left columns, collection cards with sapos, other items' abstracts), which heading is the headline (a
section h1 above the post's h1, a blog's h3), stamps split over a date header and a footer, date-only prints with
their own <time>, update lines, bylines at the end with units (commas inside a unit, degrees, a body signing),
two writers in one author field, a labelled photo credit beside the writer, plain, labelled or absent leads, captions
in several markups, boxes in the text (Đọc thêm, Tin liên quan, a fact box), introduced quotations, comments.
One page of this module carries a twist (page 1: a 'Mới' badge printed inside the h1 after the headline); the other
two twists are in gen/p_02_more.py."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads14, past, expected, slug, hexid, alnum, b64blob, dump, twelve
from .kit import links_box, poll, og, jsonld, comments
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, vb_box, mostread, teaser, other34, other_items, WRITERS34


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def nvd(d):
    """NukeViet default 'l - d/m/Y H:i' ('Thứ năm - 14/05/2026 15:20')."""
    return f"{wd(d, lower=True)} - {dmy(d)} {hm(d)}"


def ticker(rng, pub, fmt, n=6, label="Tin mới"):
    ts = heads14(rng, n)
    li = "".join(f'<li><a href="/tin-tuc/{slug(t)[:50]}.html">{esc(t)}</a> <i>({esc(fmt(d))})</i></li>' for t, d in zip(ts, past(pub, rng, n, 0, 6)))
    return f'<div class="ticker"><span class="ticker-label">{esc(label)}</span><marquee scrollamount="3"><ul>{li}</ul></marquee></div>'


VI_MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]

MEGA_MASS = [
    ("Giới thiệu", ["Lịch sử truyền thống", "Chức năng nhiệm vụ", "Ban Thường vụ", "Ban Chấp hành", "Cơ quan chuyên trách", "Các ban, đơn vị"]),
    ("Tin tức", ["Hoạt động Hội", "Tin cơ sở", "Tin trong nước", "Thông báo", "Chuyển đổi số", "Sự kiện nổi bật"]),
    ("Phong trào", ["Thi đua yêu nước", "Gương điển hình", "Mô hình hay", "Chương trình an sinh", "Khởi nghiệp", "Xây dựng nông thôn mới"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản tỉnh", "Hướng dẫn nghiệp vụ", "Biểu mẫu", "Tài liệu tuyên truyền"]),
    ("Thư viện", ["Thư viện ảnh", "Video clip", "Tài liệu sinh hoạt", "Phát thanh", "Infographic"]),
    ("Liên hệ", ["Địa chỉ", "Hỏi đáp", "Góp ý", "Đường dây nóng"]),
]
MENU_NC = [
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Các phòng chuyên môn", "Lịch sử Ban Nội chính"]),
    ("Tin tức", ["Hoạt động của Ban", "Phòng, chống tham nhũng", "Cải cách tư pháp", "Tiếp công dân", "Tin cơ sở"]),
    ("Phòng, chống tham nhũng", ["Văn bản chỉ đạo", "Kết quả phát hiện, xử lý", "Gương sáng liêm chính"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Ban"]),
    ("Hỏi đáp pháp luật", ["Hỏi đáp", "Tình huống pháp lý"]),
]


# ===================================================================== 1 Ban Nội chính Tỉnh ủy Sơn La: NukeViet 4.5, a vendor theme that prints a 'Mới' badge INSIDE the h1 (TWIST); signature with commas inside the unit
A1 = Art("Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực họp phiên thường kỳ quý II năm 2026",
         "Chiều 14/5, Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực họp phiên thường kỳ, đánh giá kết quả công tác 4 tháng đầu năm, cho ý kiến về tiến độ xử lý 9 vụ việc, vụ án thuộc diện Ban Chỉ đạo theo dõi, chỉ đạo.",
         [("p", "Theo báo cáo tại phiên họp, 4 tháng đầu năm 2026, các cơ quan chức năng trong tỉnh đã tiến hành 46 cuộc thanh tra hành chính và 118 cuộc thanh tra, kiểm tra chuyên ngành; kiến nghị thu hồi hơn 12,6 tỷ đồng, kiến nghị xử lý hành chính 37 tập thể, 94 cá nhân."),
          ("p", "Cấp ủy, ủy ban kiểm tra các cấp đã kiểm tra 214 tổ chức đảng và 386 đảng viên; thi hành kỷ luật 29 đảng viên, trong đó có 5 đảng viên vi phạm liên quan đến tham nhũng, lãng phí, tiêu cực. Cơ quan điều tra khởi tố mới 8 vụ, 21 bị can về tội tham nhũng, chức vụ."),
          ("img", "/uploads/news/2026_05/phien-hop-bcd-quy-ii.jpg", "Quang cảnh phiên họp thường kỳ của Ban Chỉ đạo tỉnh"),
          ("h", "Không để tồn đọng, kéo dài"),
          ("p", "Phát biểu kết luận, đồng chí Phó Trưởng Ban Thường trực Ban Chỉ đạo yêu cầu các cơ quan tiến hành tố tụng tập trung đẩy nhanh tiến độ điều tra, truy tố, xét xử các vụ án trọng điểm; kiên quyết thu hồi tài sản tham nhũng, không để vụ việc kéo dài, gây bức xúc trong Nhân dân."),
          ("p", "Các cấp ủy, chính quyền cơ sở sau sắp xếp cần rà soát, công khai các thủ tục hành chính, nhất là trong lĩnh vực đất đai, xây dựng, đầu tư công; kịp thời chấn chỉnh biểu hiện nhũng nhiễu, né tránh, đùn đẩy trách nhiệm của cán bộ, công chức."),
          ("img", "/uploads/news/2026_05/dai-bieu-phat-bieu.jpg", "Đại biểu Viện Kiểm sát nhân dân tỉnh báo cáo tiến độ giải quyết các vụ án"),
          ("p", "Phiên họp đã cho ý kiến về việc đưa 2 vụ án ra khỏi diện theo dõi, chỉ đạo do đã xét xử xong, đồng thời thống nhất bổ sung 1 vụ việc vi phạm trong quản lý, sử dụng đất đai tại một xã biên giới vào diện Ban Chỉ đạo theo dõi.")])
HOME1 = "Đồng chí Phó Trưởng Ban Thường trực Ban Chỉ đạo tỉnh phát biểu kết luận phiên họp"
BY1, UNIT1 = "Lò Hương", "Phòng Phòng, chống tham nhũng, lãng phí, tiêu cực"


def page01():
    pub = T("2026-05-14 15:20")
    site = "https://noichinhsonla.vn"
    url = f"{site}/news/phong-chong-tham-nhung/ban-chi-dao-tinh-ve-phong-chong-tham-nhung-lang-phi-tieu-cuc-hop-phien-thuong-ky-quy-ii-nam-2026-1642.html"
    badge = '<span class="label label-danger icon-new" title="Tin mới đăng">Mới</span>'

    def img(s, c, n):
        return (f'<table align="center" class="image-center" style="width:100%"><tbody><tr><td><img alt="{esc(c, True)}" src="{site}{s}" width="720" /></td></tr>'
                f'<tr><td class="image_desc" style="text-align:center"><em>{esc(c)}</em></td></tr></tbody></table>')

    def main(rng, rl, rd):
        older = "".join(f'<li><a href="{site}/news/phong-chong-tham-nhung/{slug(t)}.html">{esc(t)}</a> <em>({nvd(d)})</em></li>' for t, d in zip(rl[:5], rd))
        recent = other34(rng, 2)
        newer = "".join(f'<li><a href="{site}/news/hoat-dong-cua-ban/{slug(t)}.html">{esc(t)}</a> {badge} <em>({nvd(pub - timedelta(hours=20 + 9 * i))})</em></li>' for i, (t, s) in enumerate(recent))
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)} {badge}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{nvd(pub)}</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg"></em></a></li>'
                f'<li><a class="dimgray" title="In ra" href="#"><em class="fa fa-print fa-lg"></em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article left pointer"><img alt="{esc(HOME1, True)}" src="{site}/uploads/news/2026_05/ket-luan-phien-hop.jpg" width="460" class="img-thumbnail" />'
                f'<figcaption>{esc(HOME1)}</figcaption></figure><div class="hometext m-bottom"><strong>{esc(A1.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{Art("", None, A1.blocks).render(p=jp, img=img, h=lambda t: f"<h3>{esc(t)}</h3>", sep="")}'
                f'<p style="text-align:right"><strong>{BY1} ({UNIT1})</strong></p></div></div>'
                f'<div class="keywords"><em class="fa fa-tags"></em> Từ khóa: <a href="#">Ban Chỉ đạo</a>, <a href="#">phòng chống tham nhũng</a></div>'
                f'<div class="news-rating">Đánh giá bài viết: <span class="star">★★★★☆</span> (12 lượt)</div>'
                f'<div class="news-topic"><p class="h3"><strong>Tin mới hơn</strong></p><ul class="related">{newer}</ul></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>')

    def side(rng, p):
        def nd(d):
            return nvd(d)
        return (mostread(rng, p, nd, "Tin xem nhiều", "block-xemnhieu", 6)
                + vb_box(["Quy định về kiểm soát quyền lực trong công tác cán bộ", "Kế hoạch tuyên truyền phòng, chống tham nhũng năm 2026", "Hướng dẫn tiếp công dân của Bí thư cấp ủy"], "Văn bản chỉ đạo", "block-vb")
                + '<div class="hotline-box"><h3>Đường dây nóng</h3><p>Tiếp nhận phản ánh về tham nhũng, tiêu cực: 0212.3852.610</p></div>')

    def top(rng, p):
        now = p + timedelta(days=1, hours=18, minutes=12)
        return (f'<div class="logo"><a href="/"><img src="/themes/noichinh/images/banner.png" alt="Ban Nội chính Tỉnh ủy Sơn La" /></a></div>'
                f'<div class="header-today"><em class="fa fa-clock-o"></em> {nvd(now)}</div>')

    crumbs = ('<ul class="breadcrumbs list-none"><li><a href="/"><span>Trang nhất</span></a></li>'
              '<li><a href="/news/tin-tuc/"><span>Tin tức</span></a></li><li><a href="/news/phong-chong-tham-nhung/"><span>Phòng, chống tham nhũng</span></a></li></ul>')
    head = (og(A1.title, url, {"og:description": A1.lead}) + '<meta name="generator" content="NukeViet v4.5" />'
            + '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_module_name="news",nv_func_name="detail",nv_my_ofs=7,nv_my_abbr="ICT",nv_new_days=3;</script>'
            + '<style>.icon-new{display:inline-block;margin-left:6px;padding:2px 6px;font-size:11px;vertical-align:middle;background:#d9230f;color:#fff;border-radius:3px;animation:blink 1.2s infinite}</style>')
    caps = [HOME1] + A1.captions
    return page("s35-01", family="internal_affairs_board_nukeviet45_new_badge_inside_headline_unit_with_commas",
                name="sonla-bannoichinh-nukeviet45-vendor-theme-h1-title-then-span-label-moi-new-badge-inside-h1-weekday-dd-mm-yyyy-hh-mm-homeimg-figcaption-bold-hometext-image-desc-tables-h3-subheading-bold-right-name-unit-in-parentheses-with-commas",
                url=url, art=A1, main_fn=main, pub=pub, prefix="ncsl", kb=214,
                org="Ban Nội chính Tỉnh ủy Sơn La", addr="Số 8 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La", phone="0212.3852.610",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv45_noichinh", "head_extra": head, "title": A1.title + " - Ban Nội chính Tỉnh ủy Sơn La", "items": MENU_NC,
                          "left": lambda rng, p: ticker(rng, p, nvd, 6, "Tin mới")},
                exp=expected(A1, iso(pub), author=BY1, unit=UNIT1, category="Phòng, chống tham nhũng", captions=caps),
                traps={"title": [f"{A1.title} Mới"], "bylines": [f"{BY1} ({UNIT1})"], "chrome": ["Tin mới hơn", "Những tin cũ hơn", "Tin xem nhiều", "Đường dây nóng", "Đánh giá bài viết"],
                       "related": lambda rl: rl[:5]},
                notes="TWIST (a 'Mới' badge inside the h1): the vendor theme flags items younger than three days (nv_new_days=3) with <span class='label label-danger icon-new'>Mới</span> printed INSIDE the h1, after the headline (a red blinking label; the 'Tin mới hơn' list prints the same badge after its links). The headline is the h1's text WITHOUT the badge: <title> and og:title agree, the badge is a status of the page, not words of the title. An extractor that takes the h1's text stores '… năm 2026 Mới'. Otherwise: stamp 'Thứ năm - 14/05/2026 15:20' → T15:20 (the header clock prints the same shape two days later); bold hometext = lead; bold right 'Lò Hương (Phòng Phòng, chống tham nhũng, lãng phí, tiêu cực)' as the last line inside #news-bodyhtml → author 'Lò Hương', unit the room's name with its commas (set 27: a unit keeps its punctuation; set 29: a credit inside the text container is a byline); captions: the homeimg figcaption, then two td.image_desc <em>; the h3 sub-heading is body; category 'Phòng, chống tham nhũng' (crumb).",
                readme="TWIST — NukeViet 4.5 under a Ban Nội chính vendor theme, a steering committee's QUARTERLY MEETING: a red 'Mới' BADGE printed INSIDE the h1 after the headline (items younger than three days); 'Thứ năm - 14/05/2026 15:20'; bold hometext; homeimg figcaption + two td.image_desc captions; an h3 sub-heading; bold right 'Name (unit)' inside #news-bodyhtml, the unit's name holding commas ('Phòng Phòng, chống tham nhũng, lãng phí, tiêu cực')")


# ===================================================================== 2 Công đoàn Viên chức tỉnh Hưng Yên: NukeViet 4.2, a three-column trade-union theme (the LEFT column of dated items first in the source); two writers in one author field; a plain hometext; comments
A2 = Art("Công đoàn Viên chức tỉnh hướng dẫn tổ chức hội nghị cán bộ, công chức, viên chức năm 2026",
         "Công đoàn Viên chức tỉnh vừa tổ chức hội nghị hướng dẫn công đoàn cơ sở phối hợp với thủ trưởng cơ quan, đơn vị tổ chức hội nghị cán bộ, công chức, viên chức năm 2026, bảo đảm dân chủ, thiết thực, hoàn thành trước ngày 31/3.",
         [("p", "Dự hội nghị có hơn 180 đồng chí chủ tịch, phó chủ tịch công đoàn cơ sở trực thuộc. Sau sắp xếp tổ chức bộ máy, Công đoàn Viên chức tỉnh hiện có 126 công đoàn cơ sở với hơn 17.400 đoàn viên, phần lớn thuộc khối sở, ngành và các đơn vị sự nghiệp công lập."),
          ("p", "Tại hội nghị, đại diện Ban Chính sách - Pháp luật hướng dẫn chi tiết trình tự tổ chức hội nghị; nội dung đánh giá việc thực hiện quy chế dân chủ, quy chế chi tiêu nội bộ, quy chế quản lý tài sản công; cách thức tổng hợp, trả lời kiến nghị của cán bộ, công chức, viên chức tại hội nghị."),
          ("img", "/uploads/news/2026_02/huong-dan-hoi-nghi-cbccvc.jpg", "Đại biểu dự hội nghị hướng dẫn tổ chức hội nghị cán bộ, công chức, viên chức năm 2026"),
          ("raw", "DOCTHEM"),
          ("p", "Năm nay, các đơn vị được đề nghị dành thời lượng thỏa đáng cho việc thảo luận các giải pháp chuyển đổi số trong công việc, sắp xếp vị trí việc làm sau hợp nhất và việc chăm lo đời sống, thu nhập tăng thêm cho người lao động."),
          ("p", "Phát biểu chỉ đạo, đồng chí Chủ tịch Công đoàn Viên chức tỉnh đề nghị công đoàn cơ sở chủ động tham mưu với thủ trưởng đơn vị, không tổ chức hội nghị hình thức; những kiến nghị chính đáng của người lao động phải được ghi vào nghị quyết hội nghị và giám sát việc thực hiện."),
          ("img", "/uploads/news/2026_02/trao-doi-nghiep-vu.jpg", "Cán bộ công đoàn cơ sở trao đổi nghiệp vụ bên lề hội nghị"),
          ("p", "Dịp này, Công đoàn Viên chức tỉnh phát động đợt thi đua chào mừng Đại hội Công đoàn tỉnh lần thứ XVIII, nhiệm kỳ 2026 - 2031.")])
BY2 = "Quang Minh, Thu Hằng"
REL2 = "Công đoàn Viên chức tỉnh tổng kết hoạt động năm 2025"


def page02():
    pub = T("2026-02-10 09:15")
    site = "https://congdoanvienchuc.hungyen.vn"
    url = f"{site}/news/hoat-dong-cong-doan/cong-doan-vien-chuc-tinh-huong-dan-to-chuc-hoi-nghi-can-bo-cong-chuc-vien-chuc-nam-2026-915.html"

    def st(d):
        return f"Ngày {dmy(d)} lúc {hm(d)}"

    def img(s, c, n):
        return (f'<p style="text-align:center"><img alt="" src="{site}{s}" style="width:640px" /></p>'
                f'<p style="text-align:center"><em>{esc(c)}</em></p>')

    def raw(x):
        return f'<p><strong>Đọc thêm:</strong> <a href="{site}/news/hoat-dong-cong-doan/{slug(REL2)}-871.html">{esc(REL2)}</a></p>'

    def main(rng, rl, rd):
        cm = comments([("Nguyễn Thị Thoa", st(pub + timedelta(hours=3, minutes=12)), "Hướng dẫn rất cụ thể, đơn vị chúng tôi sẽ tổ chức trong tháng 3."),
                       ("Trần Văn Khải", st(pub + timedelta(days=1, hours=1)), "Đề nghị Công đoàn tỉnh gửi mẫu nghị quyết hội nghị qua hệ thống điều hành.")], "Ý kiến bạn đọc", "nv-comment")
        older = "".join(f'<li><a href="{site}/news/hoat-dong-cong-doan/{slug(t)}.html">{esc(t)}</a> <span class="text-muted">({st(d)})</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="news_column"><div class="detail">'
                f'<h1 class="title">{esc(A2.title)}</h1><div class="meta"><span class="time">{st(pub)}</span> | <span class="hits">Lượt xem: 487</span></div>'
                f'<div class="hometext">{esc(A2.lead)}</div>'
                f'<div id="news-bodyhtml" class="bodytext">{Art("", None, A2.blocks).render(p=jp, img=img, raw=raw, sep="")}</div>'
                f'<div class="author-info text-right"><p><strong>Tác giả:</strong> {BY2}</p><p><strong>Nguồn tin:</strong> Công đoàn Viên chức tỉnh</p></div>'
                f'<div class="print-mail"><a href="#">In bài</a> | <a href="#">Gửi bài viết</a></div></div>{cm}'
                f'<div class="other-news"><h3>Các tin khác</h3><ul>{older}</ul></div></div>')

    def left(rng, p):
        items = other_items(rng, 3)
        news = "".join(f'<li><a href="/news/tin-moi/{slug(t)}.html">{esc(t)}</a><div class="date">{st(p - timedelta(hours=6 * i + 2))}</div><p>{esc(s)}</p></li>' for i, (t, s) in enumerate(items))
        return (f'<div class="block-left"><h3>Tin mới đăng</h3><ul class="new-list">{news}</ul></div>'
                '<div class="block-left"><h3>Chuyên mục</h3><ul><li><a href="#">Hoạt động công đoàn</a></li><li><a href="#">Chính sách - Pháp luật</a></li><li><a href="#">Nữ công</a></li><li><a href="#">Gương điển hình</a></li></ul></div>')

    def side(rng, p):
        return (mostread(rng, p, st, "Đọc nhiều", "block-docnhieu", 6, writer_fmt="Tác giả: {w}")
                + poll("Đơn vị bạn đã tổ chức hội nghị CB, CC, VC năm 2026 chưa?", ["Đã tổ chức", "Đang chuẩn bị", "Chưa có kế hoạch"], "nv-poll"))

    def top(rng, p):
        return (f'<div class="logo"><img src="/themes/congdoan/images/logo-cdvc.png" alt="" /><span>CÔNG ĐOÀN VIÊN CHỨC TỈNH HƯNG YÊN</span></div>'
                f'<div class="today">{wd(p + timedelta(days=2))}, {dmy(p + timedelta(days=2))}</div>')

    crumbs = ('<div class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="/news/tin-tuc/">Tin tức</a> » <a href="/news/hoat-dong-cong-doan/">Hoạt động công đoàn</a></div>')
    head = og(A2.title, url) + '<meta name="generator" content="NukeViet v4.2" />' + '<script>var nv_siteroot="/",nv_sitelang="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_url="/news/";</script>'
    return page("s35-02", family="civil_servants_union_nukeviet42_left_column_first_two_writers_one_field",
                name="hungyen-congdoanvienchuc-nukeviet42-three-column-theme-left-column-dated-new-items-with-abstracts-before-content-ngay-dd-mm-yyyy-luc-hh-mm-plain-hometext-doc-them-paragraph-tac-gia-two-names-comma-nguon-tin-comments-with-times",
                url=url, art=A2, main_fn=main, pub=pub, prefix="cdvc", kb=188,
                org="Công đoàn Viên chức tỉnh Hưng Yên", addr="Số 2 đường Nguyễn Văn Linh, phường Phố Hiến, tỉnh Hưng Yên", phone="0221.3862.514",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv42_cd", "head_extra": head, "items": MEGA_MASS, "left": left},
                exp=expected(A2, iso(pub), author=BY2, category="Hoạt động công đoàn"),
                traps={"bylines": ["Tác giả:", "Nguồn tin:"], "boxes": ["Đọc thêm:", REL2], "chrome": ["Tin mới đăng", "Ý kiến bạn đọc", "Các tin khác", "Đọc nhiều"],
                       "comments": ["Hướng dẫn rất cụ thể, đơn vị chúng tôi sẽ tổ chức trong tháng 3."], "related": lambda rl: rl[:5]},
                notes="NukeViet 4.2 under a trade-union vendor theme with three columns; the LEFT column ('Tin mới đăng': three other items with stamps in the item's own shape and abstracts) comes BEFORE the item in the source. Stamp 'Ngày 10/02/2026 lúc 09:15' → T09:15; the hometext is PLAIN (no bold) in div.hometext → lead (a separate field printed before the text, sets 28 and 33); 'Tác giả: Quang Minh, Thu Hằng' (NukeViet's author field holding two names) → author 'Quang Minh, Thu Hằng'; 'Nguồn tin:' is a source (unit null); the 'Đọc thêm:' paragraph inside #news-bodyhtml is a box (set 24); captions two centred <em>; comments with times are not body; category 'Hoạt động công đoàn' (crumb).",
                readme="NukeViet 4.2 under a trade-union three-column theme, a union's GUIDANCE CONFERENCE: the LEFT column of dated new items WITH abstracts first in the source; 'Ngày dd/mm/yyyy lúc HH:MM'; a PLAIN hometext lead; a 'Đọc thêm:' paragraph inside the text; 'Tác giả: A, B' (two writers in one field) + 'Nguồn tin:'; two centred <em> captions; comments with times")


# ===================================================================== 3 Đảng ủy UBND tỉnh Tuyên Quang: Liferay DXP 2024.Q1, a content page of fragments; 'Tác giả: A | Ảnh: B' in the meta fragment; a plain .lead paragraph; a Collection Display of other items (stamps, writers, sapos) below
A3 = Art("Đảng ủy UBND tỉnh quán triệt, triển khai Nghị quyết Đại hội XIV của Đảng đến hơn 5.000 đảng viên",
         "Ngày 12/3, Đảng ủy UBND tỉnh tổ chức hội nghị trực tiếp kết hợp trực tuyến đến 68 tổ chức cơ sở đảng trực thuộc để học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
         [("p", "Hội nghị được kết nối tới 68 điểm cầu với hơn 5.000 cán bộ, đảng viên tham dự. Các báo cáo viên đã truyền đạt những nội dung cơ bản, cốt lõi của các văn kiện Đại hội XIV, nhất là các quan điểm chỉ đạo, mục tiêu tổng quát, các đột phá chiến lược trong giai đoạn phát triển mới của đất nước."),
          ("p", "Theo kế hoạch của Đảng ủy UBND tỉnh, sau hội nghị, các chi bộ, đảng bộ cơ sở tổ chức thảo luận, xây dựng chương trình hành động cụ thể, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, trong đó tập trung vào:"),
          ("ul", ["Cải cách thủ tục hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh;",
                  "Chuyển đổi số trong hoạt động của các sở, ban, ngành và chính quyền cấp xã;",
                  "Nâng cao chất lượng sinh hoạt chi bộ, siết chặt kỷ luật, kỷ cương hành chính."]),
          ("img", "/documents/20126/0/hoi-nghi-quan-triet-nq-xiv.jpg", "Đại biểu dự hội nghị tại điểm cầu trụ sở UBND tỉnh"),
          ("p", "Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy UBND tỉnh yêu cầu mỗi cán bộ, đảng viên sau khi học tập phải viết bài thu hoạch, đăng ký ít nhất một việc làm cụ thể để thực hiện ngay trong năm 2026; việc học tập nghị quyết là căn cứ đánh giá, xếp loại chất lượng đảng viên cuối năm."),
          ("p", "Đảng ủy UBND tỉnh cũng giao Ban Tuyên giáo và Dân vận Đảng ủy theo dõi, kiểm tra việc tổ chức học tập ở cơ sở, bảo đảm 100% đảng viên được quán triệt nghị quyết trước ngày 30/4/2026.")])
BY3, PH3 = "Hoàng Lan", "Mạnh Cường"


def page03():
    pub = T("2026-03-12 16:45")
    site = "https://tuyenquang.gov.vn"
    url = f"{site}/web/dang-uy-ubnd-tinh/w/dang-uy-ubnd-tinh-quan-triet-trien-khai-nghi-quyet-dai-hoi-xiv"

    def st(d):
        return f"{wd(d)}, {dmy(d)}, {hm(d)}"

    def frag(cls, inner):
        return f'<div class="lfr-layout-structure-item-{cls} "><div class="component-{cls} text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="rich-text">{inner}</div></div>'

    def img(s, c, n):
        return (f'<figure class="component-image overflow-hidden"><img class="w-100" src="{site}{s}" alt="{esc(c, True)}" data-fileentryid="{59000 + n}" />'
                f'<figcaption class="small text-secondary">{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        cards = "".join(
            f'<div class="col-md-6"><div class="card card-type-asset"><div class="card-body"><p class="card-subtitle text-secondary small">{st(d)} · {esc(rng.choice(WRITERS34))}</p>'
            f'<h3 class="card-title"><a href="{site}/web/dang-uy-ubnd-tinh/w/{slug(t)[:50]}">{esc(t)}</a></h3><p class="card-text">{esc(s)}</p></div></div></div>'
            for (t, s), d in zip(other34(rng, 4), rd))
        return (frag("heading", f'<h1 class="component-heading mb-0">{esc(A3.title)}</h1>')
                + frag("paragraph", f'<p class="text-secondary small mb-2"><span class="fa fa-clock"></span> {st(pub)}</p>')
                + frag("paragraph", f'<p class="lead">{esc(A3.lead)}</p>')
                + f'<div class="lfr-layout-structure-item-html"><div class="journal-content-article" data-analytics-asset-type="web-content">'
                + Art("", None, A3.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="") + '</div></div>'
                + frag("paragraph", f'<p class="text-right font-weight-bold">Tác giả: {BY3} | Ảnh: {PH3}</p>')
                + '<div class="social-bookmarks"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In trang</a></div>'
                + f'<div class="lfr-layout-structure-item-collection"><h2 class="component-heading h4">Tin cùng chuyên mục</h2><div class="row">{cards}</div></div>')

    def side(rng, p):
        return (mostread(rng, p, st, "Tin đọc nhiều", "portlet-docnhieu", 6)
                + vb_box(["Chương trình hành động thực hiện Nghị quyết Đại hội XIV của Đảng", "Kế hoạch học tập, quán triệt nghị quyết năm 2026"], "Văn bản mới", "portlet-vb"))

    def top(rng, p):
        now = p + timedelta(days=4, hours=-8)
        return (f'<div class="site-title"><img src="/o/tuyenquang-theme/images/logo.png" alt="" /> Đảng ủy UBND tỉnh Tuyên Quang</div>'
                f'<div class="date-now">{wd(now)}, {dmy(now)}</div>')

    crumbs = ('<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/dang-uy-ubnd-tinh"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/dang-uy-ubnd-tinh/tin-tuc"><span class="breadcrumb-text-truncate">Tin tức</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/web/dang-uy-ubnd-tinh/xay-dung-dang"><span class="breadcrumb-text-truncate">Xây dựng Đảng</span></a></li></ol></nav>')
    head = (og(A3.title, url, {"og:description": A3.lead}) + '<meta content="Liferay DXP 2024.Q1.5" name="generator" />'
            + f'<script>var themeDisplay=Liferay.ThemeDisplay={{getCompanyId:function(){{return "20097";}},getLanguageId:function(){{return "vi_VN";}},getPlid:function(){{return "{rng_plid()}";}},getTimeZone:function(){{return "Asia/Ho_Chi_Minh";}}}};</script>')
    return page("s35-03", family="provincial_government_party_liferay_2024q1_content_page_writer_and_photo_credit_one_line",
                name="tuyenquang-danguy-ubnd-liferay-dxp-2024q1-content-page-fragments-heading-h1-paragraph-weekday-dd-mm-yyyy-hh-mm-plain-lead-paragraph-web-content-ul-figcaption-tac-gia-pipe-anh-one-line-collection-display-cards-stamps-writers-sapos",
                url=url, art=A3, main_fn=main, pub=pub, prefix="tqdu", kb=226,
                org="Đảng ủy UBND tỉnh Tuyên Quang", addr="Số 160 đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.508",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "lr2024", "head_extra": head, "items": MENU_GOV},
                exp=expected(A3, iso(pub), author=BY3, photographer=PH3, category="Xây dựng Đảng"),
                traps={"bylines": [f"Tác giả: {BY3} | Ảnh: {PH3}"], "chrome": ["Tin cùng chuyên mục", "Tin đọc nhiều"]},
                notes="Liferay DXP 2024.Q1 (a quarterly release), a content page built from fragments: a heading fragment h1, a paragraph fragment 'Thứ Năm, 12/03/2026, 16:45' → T16:45, a paragraph fragment <p class='lead'> (Bootstrap's larger type, NOT bold) → lead, the web content's text (a list of three items: one body paragraph each, set 14; the paragraph introducing it ends with a colon), a figcaption, then ONE line 'Tác giả: Hoàng Lan | Ảnh: Mạnh Cường' → author 'Hoàng Lan', photographer 'Mạnh Cường' (an explicit credit outside the captions). A Collection Display 'Tin cùng chuyên mục' after the item prints four other items as cards with their stamp · writer, headline and sapo. Category 'Xây dựng Đảng' (crumb).",
                readme="Liferay DXP 2024.Q1, a CONTENT PAGE built from fragments, a Party committee's RESOLUTION-STUDY CONFERENCE: heading fragment h1, 'Thứ Năm, dd/mm/yyyy, HH:MM', a PLAIN <p class='lead'>, a list in the text, a figcaption, 'Tác giả: A | Ảnh: B' on ONE line, a Collection Display of four cards with stamps, writers and sapos after the item")


def rng_plid():
    return "41873"


# ===================================================================== 4 Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Bắc Ninh: SharePoint Foundation 2010 Blog site; the date header above the post, the time in its footer (12-hour CH); a blog post title h3; no sapo; a fact box; a degree before the writer's name
A4 = Art("Khám sức khỏe định kỳ năm 2026 cho cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý",
         None,
         [("p", "Từ ngày 9 đến ngày 20/3, Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh phối hợp với Bệnh viện Đa khoa tỉnh tổ chức khám sức khỏe định kỳ năm 2026 cho 412 cán bộ đương chức và nghỉ hưu thuộc diện Ban Thường vụ Tỉnh ủy quản lý."),
          ("p", "Nội dung khám gồm khám lâm sàng các chuyên khoa, xét nghiệm máu, nước tiểu, chẩn đoán hình ảnh, điện tim, đo loãng xương và tầm soát ung thư theo độ tuổi. Năm nay, lần đầu tiên kết quả khám được cập nhật vào hồ sơ sức khỏe điện tử, cán bộ có thể tra cứu trên ứng dụng VNeID."),
          ("img", "/Lists/Photos/kham-suc-khoe-2026.jpg", "Cán bộ được khám lâm sàng tại Khoa Khám bệnh cán bộ, Bệnh viện Đa khoa tỉnh"),
          ("raw", "FACT"),
          ("p", "Theo BS. Nguyễn Thị Mai, việc tầm soát sớm giúp phát hiện nhiều bệnh lý mạn tính như tăng huyết áp, đái tháo đường, rối loạn chuyển hóa ở giai đoạn đầu. Năm 2025, qua khám định kỳ đã phát hiện 57 trường hợp cần theo dõi, điều trị chuyên sâu, trong đó 3 trường hợp được can thiệp kịp thời."),
          ("p", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh đề nghị các cơ quan, đơn vị thông báo lịch khám đến từng cán bộ, bảo đảm khám đúng thời gian; cán bộ nghỉ hưu có khó khăn về đi lại được bố trí xe đưa đón tại nhà."),
          ("img", "/Lists/Photos/tu-van-dinh-duong.jpg", "Bác sĩ tư vấn chế độ dinh dưỡng cho cán bộ sau khi có kết quả xét nghiệm")])
BY4, UNIT4 = "BS. Nguyễn Thị Mai", "Phòng Bảo vệ sức khỏe cán bộ"


def page04():
    pub = T("2026-03-10 14:20")
    site = "https://bvsk.bacninh.gov.vn"
    url = f"{site}/blog/Lists/Posts/Post.aspx?ID=214"

    def dh(d):
        return f"{wd(d)}, {d.day:02d} Tháng {VI_MONTHS[d.month - 1]} {d.year}"

    def img(s, c, n):
        return (f'<div style="text-align:center"><img alt="" src="{site}/blog{s}" style="width:560px;border:0" /></div>'
                f'<div class="ms-rteElement-Caption" style="text-align:center">{esc(c)}</div>')

    def raw(x):
        return ('<div class="ms-rteElement-Callout1" style="border:1px solid #8ab;padding:8px;margin:10px 0;background:#f3f8fb"><strong>Lịch khám sức khỏe</strong><br />'
                'Thời gian: từ 9/3 đến 20/3/2026, sáng từ 7h00<br />Địa điểm: Khoa Khám bệnh cán bộ, Bệnh viện Đa khoa tỉnh<br />Liên hệ: Phòng Bảo vệ sức khỏe cán bộ, 0222.3822.174</div>')

    def main(rng, rl, rd):
        return (f'<div class="ms-blogDateHeader"><h2 class="ms-PostDate">{dh(pub)}</h2></div>'
                f'<div class="ms-PostWrapper"><h3 class="ms-PostTitle"><a href="{url}">{esc(A4.title)}</a></h3>'
                f'<div class="ms-PostBody"><div class="ExternalClass{hexid(rng, 32).upper()}">{Art("", None, A4.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", img=img, raw=raw, sep="")}'
                f'<p style="text-align:right"><em>{BY4} - {UNIT4}</em></p></div></div>'
                f'<div class="ms-PostFooter"><span class="ms-postfootercolor">Đăng lúc {twelve(pub)} bởi </span><span class="ms-imnSpan"><a href="/blog/_layouts/userdisp.aspx?ID=7" class="ms-subtleLink">Quản trị hệ thống</a></span>'
                f'<span class="ms-postfootercolor"> | Thể loại: <a href="/blog/Lists/Categories/Category.aspx?CategoryId=3">Hoạt động chuyên môn</a> | <a href="#">0 Nhận xét</a> | <a href="#">Liên kết cố định</a></span></div></div>'
                + comments([], "Nhận xét", "ms-comments"))

    def left(rng, p):
        arch = "".join(f'<li><a href="#">Tháng {VI_MONTHS[(p.month - 1 - i) % 12]} {p.year if p.month - i > 0 else p.year - 1}</a></li>' for i in range(6))
        return ('<div class="ms-quicklaunch"><h3>Thể loại</h3><ul><li><a href="#">Hoạt động chuyên môn</a></li><li><a href="#">Tin tức</a></li><li><a href="#">Kiến thức sức khỏe</a></li><li><a href="#">Thông báo</a></li></ul>'
                f'<h3>Lưu trữ</h3><ul>{arch}</ul></div>')

    def side(rng, p):
        posts = "".join(f'<li><a href="#">{esc(t)}</a><div class="ms-metadata">{dh(d)} {twelve(d)}</div></li>' for t, d in zip(heads14(rng, 6), past(p, rng, 6, 1, 25)))
        return (f'<div class="ms-blogRightZone-box"><h3>Bài viết gần đây</h3><ul>{posts}</ul></div>'
                + mostread(rng, p, lambda d: f"{dmy(d)} {twelve(d)}", "Xem nhiều", "xemnhieu", 5, writer_fmt="Đăng bởi {w}"))

    def top(rng, p):
        return ('<div class="s4-title-inner"><img src="/_layouts/images/bvsk/logo.png" alt="" /><h1 class="s4-titletext">Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Bắc Ninh</h1></div>')

    crumbs = ('<div class="s4-breadcrumb"><span><a href="/">Trang chủ</a></span> &gt; <span><a href="/blog">Tin hoạt động</a></span> &gt; <span><a href="/blog/Lists/Posts">Bài đăng</a></span></div>')
    head = og(A4.title, url) + '<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />' + '<script>var _spPageContextInfo={webServerRelativeUrl:"/blog",webLanguage:1066,currentLanguage:1066,webUIVersion:4,pageListId:"{4c1f9c0e-2f1b-4f0a-9e0f-6b0d2a1b7c33}",pageItemId:214,userId:0};</script>'
    return page("s35-04", family="health_care_board_sharepoint2010_blog_site_date_header_and_footer_time",
                name="bacninh-banbvsk-canbo-sharepoint2010-blog-site-post-aspx-date-header-weekday-dd-thang-ba-yyyy-post-title-h3-footer-dang-luc-h-mm-ch-boi-account-the-loai-no-sapo-rte-caption-divs-callout-fact-box-italic-right-degree-name-dash-unit",
                url=url, art=A4, main_fn=main, pub=pub, prefix="bvsk", kb=196,
                org="Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh Bắc Ninh", addr="Số 10 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh", phone="0222.3822.174",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "sp2010blog", "head_extra": head, "items": MENU_GOV, "form": True, "left": left, "title": "Blog - " + A4.title},
                exp=expected(A4, iso(pub), author=BY4, unit=UNIT4, category="Hoạt động chuyên môn"),
                traps={"bylines": ["Quản trị hệ thống", f"{BY4} - {UNIT4}"], "boxes": ["Lịch khám sức khỏe", "Thời gian: từ 9/3 đến 20/3/2026, sáng từ 7h00"],
                       "chrome": ["Bài viết gần đây", "Lưu trữ", "Liên kết cố định"]},
                notes="A SharePoint Foundation 2010 BLOG site (Lists/Posts/Post.aspx?ID=214) under a vendor master: the post's DATE HEADER 'Thứ Ba, 10 Tháng Ba 2026' (.NET vi 'dddd, dd MMMM yyyy') ABOVE the post title h3.ms-PostTitle, the TIME only in the post footer 'Đăng lúc 2:20 CH bởi Quản trị hệ thống' → one stamp 2026-03-10T14:20:00+07:00 (set 27: a stamp split over two places is one stamp; 'CH' p.m.). The site title h1 in the title row is the site's name, not the headline. 'Quản trị hệ thống' is an account; 'Thể loại: Hoạt động chuyên môn' in the footer → category (label dropped; the crumb 'Tin hoạt động > Bài đăng' names the blog and its list). No sapo (lead null). Captions: two div.ms-rteElement-Caption; the Callout box 'Lịch khám sức khỏe' is a fact box (set 24). Italic right 'BS. Nguyễn Thị Mai - Phòng Bảo vệ sức khỏe cán bộ' → author with the degree kept + unit; the same name inside a body sentence ('Theo BS. Nguyễn Thị Mai, …') is text.",
                readme="SharePoint Foundation 2010 BLOG site (Post.aspx), a health-care board's CHECK-UP CAMPAIGN: the DATE HEADER 'Thứ Ba, 10 Tháng Ba 2026' above the post title h3 and the TIME in the post footer 'Đăng lúc 2:20 CH bởi <account>' (one stamp); 'Thể loại:' in the footer as the category; no sapo; RTE caption divs; a Callout fact box; italic right 'BS. Name - unit'; the site title as the page's h1")


# ===================================================================== 5 Liên hiệp các Hội KH&KT tỉnh Khánh Hòa: DNN 7.4 + Engage: Publish; date-only publication + 'Cập nhật lần cuối' update; the Publish author field holding an account; an italic description as lead; an introduced quotation; signature with degree and unit
A5 = Art("Hội thảo khoa học “Phát triển nuôi biển công nghệ cao gắn với bảo vệ môi trường”",
         "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp với Hội Thủy sản tỉnh tổ chức hội thảo khoa học, thu hút 26 tham luận của các nhà khoa học, doanh nghiệp và hộ nuôi biển trong tỉnh.",
         [("p", "Hội thảo diễn ra tại phường Nha Trang với sự tham dự của hơn 150 đại biểu. Theo báo cáo đề dẫn, toàn tỉnh hiện có trên 85.000 ô lồng nuôi biển, sản lượng năm 2025 đạt khoảng 19.600 tấn; tuy nhiên phần lớn vẫn là lồng gỗ truyền thống, mật độ dày, tiềm ẩn nguy cơ ô nhiễm môi trường và dịch bệnh."),
          ("p", "Các tham luận tập trung vào ứng dụng lồng nuôi bằng vật liệu HDPE chịu được sóng gió, hệ thống quan trắc môi trường tự động, sử dụng thức ăn công nghiệp thay cho cá tạp và mô hình liên kết chuỗi giữa doanh nghiệp với hộ nuôi."),
          ("img", "/Portals/0/Publish/2026/01/hoi-thao-nuoi-bien.jpg", "Các đại biểu thảo luận tại hội thảo"),
          ("p", "Chia sẻ kinh nghiệm từ mô hình nuôi tôm hùm bằng lồng HDPE tại vịnh Cam Ranh, đại diện một hợp tác xã khẳng định:"),
          ("quote", "Sau hai vụ nuôi, tỷ lệ hao hụt giảm còn khoảng 15%, chi phí sửa chữa lồng bè giảm hơn một nửa; điều quan trọng nhất là môi trường vùng nuôi được cải thiện rõ rệt."),
          ("p", "Kết luận hội thảo, lãnh đạo Liên hiệp Hội đề nghị các hội thành viên tiếp tục tư vấn, phản biện đề án chuyển đổi nghề nuôi biển của tỉnh; kiến nghị tỉnh có cơ chế hỗ trợ lãi suất cho hộ nuôi chuyển đổi sang lồng công nghệ mới."),
          ("img", "/Portals/0/Publish/2026/01/long-hdpe.jpg", "Mô hình lồng nuôi HDPE được giới thiệu tại hội thảo")])
BY5, UNIT5 = "TS. Trần Văn Hải", "Hội Thủy sản tỉnh"


def page05():
    pub = T("2026-01-21 00:00")
    upd = T("2026-01-22 08:04")
    site = "https://lienhiephoi.khanhhoa.vn"
    url = f"{site}/Default.aspx?tabid=87&ArticleId=1366"
    ctr = "dnn_ctr512_ArticleDisplay"
    blocks = [("raw", f'<blockquote style="border-left:4px solid #1b6ca8;padding-left:12px"><p>{esc(b[1])}</p></blockquote>') if b[0] == "quote" else b for b in A5.blocks]
    body_art = Art(A5.title, A5.lead, [("p", b[1]) if b[0] == "quote" else b for b in A5.blocks])

    def img(s, c, n):
        return (f'<p style="text-align:center"><img alt="{esc(c, True)}" src="{site}{s}" width="600" /><br />'
                f'<span style="font-size:12px;color:#555"><i>{esc(c)}</i></span></p>')

    def main(rng, rl, rd):
        rel = "".join(f'<li><a href="{site}/Default.aspx?tabid=87&amp;ArticleId={1300 + i}">{esc(t)}</a> <span class="Normal">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:4], rd)))
        return (f'<div class="DnnModule DnnModule-EngagePublish"><div class="c_head"><h2 class="c_title"><span id="dnn_ctr512_dnnTITLE_titleLabel" class="Head">Tin hoạt động</span></h2></div>'
                f'<div id="dnn_ctr512_ContentPane" class="c_content"><div id="{ctr}_divArticleContent" class="Publish_ArticleDisplay">'
                f'<h1 class="Publish_ArticleTitle"><span id="{ctr}_lblArticleTitle">{esc(A5.title)}</span></h1>'
                f'<div class="Publish_Meta"><span id="{ctr}_lblAuthorInfo" class="Publish_Author">Tác giả: bbt.lienhiephoi</span> | '
                f'<span id="{ctr}_lblDateCreated" class="Publish_Date">Ngày đăng: {dmy(pub)}</span> | <span id="{ctr}_lblLastUpdated" class="Publish_Date">Cập nhật lần cuối: {dmy(upd)} {hm(upd)}</span></div>'
                f'<div id="{ctr}_divArticleDescription" class="Publish_ArticleDescription"><i>{esc(A5.lead)}</i></div>'
                f'<div id="{ctr}_divArticleText" class="Publish_ArticleText Normal">{Art("", None, blocks).render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>{BY5} ({UNIT5})</strong></p></div>'
                f'<div class="Publish_Rating">Đánh giá: <span id="{ctr}_ajaxRating">☆☆☆☆☆</span> <a href="#">Gửi đánh giá</a></div>'
                f'<div class="Publish_RelatedArticles"><h3>Bài viết liên quan</h3><ul>{rel}</ul></div>'
                f'<div class="Publish_Tags">Thẻ: <a href="#">nuôi biển</a>, <a href="#">hội thảo khoa học</a></div></div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, lambda d: f"{dmy(d)} {hm(d)}", "Tin đọc nhiều", "dnn-docnhieu", 6)
                + links_box(["Liên hiệp các Hội KH&KT Việt Nam", "Sở Khoa học và Công nghệ", "Cổng TTĐT tỉnh Khánh Hòa"]))

    def top(rng, p):
        return (f'<div class="logo"><a href="/"><img src="/Portals/0/logo-lhh.png" alt="Liên hiệp các Hội KH&amp;KT tỉnh Khánh Hòa" /></a></div>'
                f'<div id="dnn_dnnCURRENTDATE_lblDate" class="currentdate">{wd(upd + timedelta(days=3))}, {dmy(upd + timedelta(days=3))}</div>')

    crumbs = ('<a href="/" class="breadcrumbLink">Trang chủ</a> › <a href="/Default.aspx?tabid=80" class="breadcrumbLink">Tin tức</a> › '
              '<a href="/Default.aspx?tabid=87" class="breadcrumbLink">Hoạt động khoa học</a>')
    head = og(A5.title, url) + '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><link href="/DesktopModules/EngagePublish/module.css?cdv=112" rel="stylesheet" />'
    return page("s35-05", family="science_union_dnn7_engage_publish_date_only_and_last_updated_quotation",
                name="khanhhoa-lienhiephoi-khkt-dnn74-engage-publish-article-display-container-title-h2-tin-hoat-dong-h1-span-lblarticletitle-tac-gia-account-ngay-dang-dd-mm-yyyy-cap-nhat-lan-cuoi-italic-description-lead-blockquote-introduced-bold-right-degree-name-unit",
                url=url, art=body_art, main_fn=main, pub=pub, prefix="lhhkh", kb=204,
                org="Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Khánh Hòa", addr="Số 2 đường Trần Phú, phường Nha Trang, tỉnh Khánh Hòa", phone="0258.3822.690",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "dnn7publish", "head_extra": head, "items": MEGA_MASS, "form": True, "dnn": True},
                exp=expected(body_art, isod(pub), updated=iso(upd), author=BY5, unit=UNIT5, category="Hoạt động khoa học"),
                traps={"bylines": ["Tác giả: bbt.lienhiephoi"], "chrome": ["Bài viết liên quan", "Tin đọc nhiều", "Gửi đánh giá"], "related": lambda rl: rl[:4]},
                notes="DNN 7.4 with Engage: Publish (ArticleDisplay) under a vendor skin: the container title h2 'Tin hoạt động' above the headline h1 > span#…_lblArticleTitle; the meta line 'Tác giả: bbt.lienhiephoi | Ngày đăng: 21/01/2026 | Cập nhật lần cuối: 22/01/2026 08:04' — Publish's author field holds the editors' ACCOUNT (not an author), the publication is DATE ONLY ('2026-01-21'; no machine time), the last update is printed → updated 2026-01-22T08:04:00+07:00. The italic div.Publish_ArticleDescription is the lead. The cooperative's words after '… khẳng định:' are a <blockquote> introduced by the text → body, a paragraph of their own (set 33). Bold right 'TS. Trần Văn Hải (Hội Thủy sản tỉnh)' → author with the degree + unit. Captions: two italic spans after a <br> under the picture. The DNN CURRENTDATE clock is the crawl day. Category 'Hoạt động khoa học' (crumb; the container title is generic).",
                readme="DNN 7.4 + Engage: Publish, a science union's WORKSHOP: a container title h2 above the h1 > span#…_lblArticleTitle; 'Tác giả: <account> | Ngày đăng: dd/mm/yyyy | Cập nhật lần cuối: dd/mm/yyyy HH:MM' (date-only publication, timed update); an italic description lead; an introduced <blockquote> (body); captions as italic spans after a <br>; bold right 'TS. Name (unit)'; ViewState")


# ===================================================================== 6 Hội LHPN phường Ninh Kiều (Cần Thơ): WordPress + Blocksy 2; hero meta 'Bởi account · dd/mm/yyyy · category' with a <time datetime>; no sapo; a gallery with item captions and a gallery caption; signature 'Name - unit'
A6 = Art("Ra mắt mô hình “Tiếp sức phụ nữ khởi nghiệp” tại phường Ninh Kiều",
         None,
         [("p", "Chiều 18/3, Hội Liên hiệp Phụ nữ phường Ninh Kiều tổ chức ra mắt mô hình “Tiếp sức phụ nữ khởi nghiệp” với 35 thành viên là hội viên đang kinh doanh nhỏ, buôn bán tại các chợ, tuyến phố đi bộ và hộ sản xuất thực phẩm truyền thống trên địa bàn."),
          ("p", "Theo quy chế hoạt động, mô hình sinh hoạt định kỳ mỗi tháng một lần; các thành viên được tập huấn kỹ năng bán hàng trực tuyến, quản lý tài chính gia đình, an toàn thực phẩm và được giới thiệu tiếp cận nguồn vốn ưu đãi qua Ngân hàng Chính sách xã hội."),
          ("gallery", [("/wp-content/uploads/2026/03/ra-mat-mo-hinh-1.jpg", "Lãnh đạo phường trao quyết định ra mắt mô hình"),
                       ("/wp-content/uploads/2026/03/ra-mat-mo-hinh-2.jpg", "Hội viên giới thiệu sản phẩm bánh tét lá cẩm"),
                       ("/wp-content/uploads/2026/03/ra-mat-mo-hinh-3.jpg", "Tập huấn bán hàng trên nền tảng số")],
           "Một số hình ảnh tại buổi ra mắt mô hình"),
          ("p", "Dịp này, Hội LHPN phường trao 5 phần vốn “Phụ nữ khởi nghiệp”, mỗi phần 10 triệu đồng không lãi suất trong 24 tháng, cho hội viên có hoàn cảnh khó khăn có ý tưởng kinh doanh khả thi."),
          ("p", "Chị Trần Thị Bích Ngọc, một thành viên của mô hình, cho biết sau buổi tập huấn, chị sẽ mở gian hàng bánh tét trên sàn thương mại điện tử để mở rộng đầu ra cho sản phẩm của gia đình.")])
BY6, UNIT6 = "Ngọc Trâm", "Hội LHPN phường Ninh Kiều"


def _gal_art(a):
    """Art whose 'gallery' block renders as a WordPress gallery: each item caption, then the gallery caption (set 24)."""
    caps, blocks = [], []
    for b in a.blocks:
        if b[0] == "gallery":
            caps += [c for s, c in b[1]] + ([b[2]] if b[2] else [])
        else:
            if b[0] == "img":
                caps.append(b[2])
            blocks.append(b)
    return caps


def page06():
    pub = T("2026-03-18 19:05")
    site = "https://phununinhkieu.cantho.vn"
    url = f"{site}/ra-mat-mo-hinh-tiep-suc-phu-nu-khoi-nghiep-tai-phuong-ninh-kieu/"

    def render():
        out = []
        for b in A6.blocks:
            if b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
            elif b[0] == "gallery":
                items = "".join(f'<figure class="wp-block-image size-large"><img decoding="async" src="{site}{s}" alt="" class="wp-image-{2210 + i}" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'
                                for i, (s, c) in enumerate(b[1]))
                out.append(f'<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex">{items}'
                           f'<figcaption class="blocks-gallery-caption wp-element-caption">{esc(b[2])}</figcaption></figure>')
        return "".join(out)

    body_art = Art(A6.title, None, [b for b in A6.blocks if b[0] == "p"])

    def main(rng, rl, rd):
        rel = "".join(f'<article><a class="ct-image-container" href="#"><img src="/wp-content/uploads/2026/0{d.month}/{hexid(rng, 8)}.jpg" alt="" /></a><h4 class="related-entry-title"><a href="#">{esc(t)}</a></h4>'
                      f'<ul class="entry-meta"><li class="meta-date"><time class="ct-meta-element-date" datetime="{iso(d)}">{dmy(d)}</time></li></ul></article>' for t, d in zip(rl[:3], rd))
        return (f'<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header">'
                f'<ul class="entry-meta" data-type="simple:slash"><li class="meta-categories" data-type="pill"><a href="{site}/chuyen-muc/hoat-dong-hoi/" rel="tag" class="ct-term-5">Hoạt động Hội</a></li></ul>'
                f'<h1 class="page-title">{esc(A6.title)}</h1>'
                f'<ul class="entry-meta" data-type="simple:slash"><li class="meta-author"><span>Bởi</span> <a class="ct-meta-element-author" href="{site}/author/hoiphununinhkieu/">hoiphununinhkieu</a></li>'
                f'<li class="meta-date"><time class="ct-meta-element-date" datetime="{iso(pub)}">{dmy(pub)}</time></li></ul></header></div>'
                f'<article id="post-2207" class="post-2207 post type-post status-publish format-standard has-post-thumbnail category-hoat-dong-hoi">'
                f'<div class="entry-content is-layout-constrained">{render()}<p class="has-text-align-right"><strong>{BY6} - {UNIT6}</strong></p></div>'
                f'<div class="entry-tags"><span class="ct-module-title">Thẻ</span> <a href="#">khởi nghiệp</a> <a href="#">phụ nữ</a></div>'
                f'<nav class="post-navigation"><a href="#" class="nav-item-prev"><span class="item-label">Bài trước</span><span class="item-title">{esc(rl[3])}</span></a>'
                f'<a href="#" class="nav-item-next"><span class="item-label">Bài tiếp</span><span class="item-title">{esc(rl[4])}</span></a></nav></article>'
                f'<div class="ct-related-posts-container"><div class="ct-container"><div class="ct-related-posts"><h3 class="ct-module-title">Bài viết liên quan</h3>{rel}</div></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dmy, "Tin nổi bật", "ct-widget", 6, writer_fmt="Bởi {w}")
                + '<div class="ct-widget widget_block"><h3 class="widget-title">Fanpage Hội</h3><div class="fb-page" data-href="https://www.facebook.com/phununinhkieu"></div></div>')

    def top(rng, p):
        return ('<div class="site-branding" data-id="logo"><a href="/" class="site-logo-container"><img src="/wp-content/uploads/2025/08/logo-hoi-phu-nu.png" alt="Hội LHPN phường Ninh Kiều" /></a>'
                '<span class="site-title">Hội LHPN phường Ninh Kiều</span></div>')

    head = (og(A6.title, url, {"article:published_time": iso(pub), "article:modified_time": iso(pub + timedelta(days=1, hours=2))})
            + '<meta name="generator" content="WordPress 6.8.1" /><link rel="stylesheet" id="ct-main-styles-css" href="/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.98" media="all" />')
    caps = _gal_art(A6)
    return page("s35-06", family="womens_union_wp_blocksy2_hero_meta_pill_category_gallery_caption_no_sapo",
                name="cantho-hoilhpn-ninhkieu-wordpress-blocksy2-hero-section-type-1-category-pill-above-h1-bo-account-time-dd-mm-yyyy-with-datetime-no-sapo-gallery-three-item-captions-and-gallery-caption-bold-right-name-dash-unit-related-posts-with-dates",
                url=url, art=body_art, main_fn=main, pub=pub, prefix="lhpnnk", kb=172,
                org="Hội LHPN phường Ninh Kiều", addr="Số 9 đường Võ Văn Tần, phường Ninh Kiều, thành phố Cần Thơ", phone="0292.3821.440",
                top=top, side=side, shell_kw={"layout": "blocksy", "head_extra": head, "items": MEGA_MASS,
                                              "left": lambda rng, p: f'<div class="ct-header-text">Hôm nay: {wd(p + timedelta(days=1), lower=True)}, {dmy(p + timedelta(days=1))}</div>'},
                exp=expected(body_art, iso(pub), author=BY6, unit=UNIT6, category="Hoạt động Hội", captions=caps, lead=None),
                traps={"bylines": ["hoiphununinhkieu"], "chrome": ["Bài viết liên quan", "Tin nổi bật", "Bài trước", "Bài tiếp"], "related": lambda rl: rl[:5]},
                notes="WordPress + Blocksy 2, a ward Women's Union: the hero section prints the category PILL 'Hoạt động Hội' above the h1 and 'Bởi hoiphununinhkieu / 18/03/2026' under it; the printed date has no time, its own <time datetime='2026-03-18T19:05:00+07:00'> agrees → T19:05 (set 25, MAJORITY); og's modified time is not printed (no update). No sapo: lead null. A gallery of three pictures: each figcaption, then the gallery's own caption (set 24). Bold right 'Ngọc Trâm - Hội LHPN phường Ninh Kiều' → author + unit; 'hoiphununinhkieu' is an account. Category 'Hoạt động Hội' (the pill; no crumb). Prev/next titles and related posts with dates are not body.",
                readme="WordPress + Blocksy 2, a ward Women's Union's LAUNCH of a start-up club: the category PILL above the h1, 'Bởi <account> / dd/mm/yyyy' in a <time datetime> (date-only print, agreeing time); no sapo; a three-picture gallery with item captions and a gallery caption; bold right 'Name - unit'; prev/next titles; related posts with dates; no crumb")


# ===================================================================== 7 Đảng ủy xã Mường Phăng (Điện Biên): WordPress + Enfold 5; the title container's h1 names the section above the post's h1; '12 Tháng Hai, 2026' date only; 'Tin: A - Ảnh: B' at the end; bold first paragraph
A7 = Art("Đảng bộ xã Mường Phăng trao Huy hiệu Đảng cho 14 đảng viên nhân kỷ niệm 96 năm Ngày thành lập Đảng",
         "Sáng 2/2, Đảng ủy xã Mường Phăng tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho 14 đảng viên, trong đó có 1 đảng viên được trao Huy hiệu 60 năm tuổi Đảng và 4 đảng viên được trao Huy hiệu 50 năm tuổi Đảng.",
         [("p", "Buổi lễ diễn ra trang trọng tại Hội trường Đảng ủy xã, ngay sau lễ chào cờ kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam. Tới dự có đại diện Ban Tổ chức Tỉnh ủy, các đồng chí trong Ban Thường vụ Đảng ủy xã và thân nhân các đảng viên."),
          ("img", "/wp-content/uploads/2026/02/trao-huy-hieu-60-nam.jpg", "Đồng chí Bí thư Đảng ủy xã trao Huy hiệu 60 năm tuổi Đảng cho đảng viên Lò Văn Pọm"),
          ("p", "Đảng viên cao tuổi nhất nhận Huy hiệu đợt này là ông Lò Văn Pọm, 84 tuổi, ở bản Kéo. Ông từng tham gia dân công hỏa tuyến, sau đó làm cán bộ xã nhiều năm. Xúc động chia sẻ, ông mong lớp đảng viên trẻ giữ gìn đoàn kết, giúp bà con thoát nghèo bền vững."),
          ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã ghi nhận những đóng góp của các đảng viên lão thành đối với sự nghiệp cách mạng và quê hương Mường Phăng; đề nghị các đồng chí tiếp tục phát huy vai trò nêu gương ở khu dân cư, động viên con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước."),
          ("img", "/wp-content/uploads/2026/02/chup-anh-luu-niem.jpg", "Các đảng viên được trao Huy hiệu Đảng chụp ảnh lưu niệm cùng lãnh đạo xã"),
          ("p", "Năm 2025, Đảng bộ xã kết nạp 37 đảng viên mới, 100% chi bộ bản có đảng viên; Đảng bộ xã được đánh giá hoàn thành tốt nhiệm vụ.")])
BY7, PH7 = "Lò Văn Dũng", "Quàng Thị Hoa"


def page07():
    pub = T("2026-02-02 00:00")
    site = "https://dangbomuongphang.dienbien.vn"
    url = f"{site}/2026/02/02/dang-bo-xa-muong-phang-trao-huy-hieu-dang-cho-14-dang-vien/"

    def vd(d):
        return f"{d.day} Tháng {VI_MONTHS[d.month - 1]}, {d.year}"

    def img(s, c, n):
        return (f'<div class="wp-caption aligncenter" style="width:710px"><img loading="lazy" class="size-large" src="{site}{s}" alt="" width="700" />'
                f'<p class="wp-caption-text">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        more = "".join(f'<div class="slide-entry flex_column"><a href="#" class="slide-image"><img src="/wp-content/uploads/2026/01/{hexid(rng, 8)}.jpg" alt="" /></a>'
                       f'<div class="slide-content"><h3 class="slide-entry-title entry-title"><a href="#">{esc(t)}</a></h3><div class="slide-meta"><time class="slide-meta-time updated">{vd(d)}</time></div></div></div>'
                       for t, d in zip(rl[:4], rd))
        return (f'<article class="post-entry post-entry-type-standard post-entry-1184 post-loop-1 post-parity-odd single-big with-slider post-1184 post type-post status-publish format-standard has-post-thumbnail category-xay-dung-dang">'
                f'<div class="blog-meta"></div><div class="entry-content-wrapper clearfix standard-content"><header class="entry-content-header">'
                f'<h1 class="post-title entry-title">{esc(A7.title)}</h1><span class="post-meta-infos"><time class="date-container minor-meta updated">{vd(pub)}</time>'
                f'<span class="text-sep text-sep-date">/</span><span class="blog-categories minor-meta">trong <a href="{site}/category/xay-dung-dang/" rel="tag">Xây dựng Đảng</a></span>'
                f'<span class="text-sep text-sep-cat">/</span><span class="blog-author minor-meta">bởi <span class="entry-author-link"><span class="author"><span class="fn"><a href="{site}/author/dangbomuongphang/" rel="author">dangbomuongphang</a></span></span></span></span></span></header>'
                f'<div class="entry-content"><p><strong>{esc(A7.lead)}</strong></p>{Art("", None, A7.blocks).render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>Tin: {BY7} - Ảnh: {PH7}</strong></p></div>'
                f'<footer class="entry-footer"><div class="av-share-box"><h5 class="av-share-link-description av-no-toc">Chia sẻ bài viết</h5></div></footer></div></article>'
                f'<div class="related_posts av-related-style-full"><h5 class="related_title">Có thể bạn quan tâm</h5><div class="related_entries_container">{more}</div></div>')

    def side(rng, p):
        return (mostread(rng, p, vd, "Bài viết mới", "widget newsbox", 6, writer_fmt="bởi {w}")
                + '<section class="widget widget_archive"><h3 class="widgettitle">Lưu trữ</h3><ul><li><a href="#">Tháng Hai 2026</a></li><li><a href="#">Tháng Một 2026</a></li><li><a href="#">Tháng Mười Hai 2025</a></li></ul></section>')

    def top(rng, p):
        return ('<span class="logo avia-standard-logo"><a href="/" class=""><img src="/wp-content/uploads/2025/07/logo-dang-bo-xa.png" height="100" width="300" alt="Đảng bộ xã Mường Phăng" /></a></span>')

    crumbs = (f'<div class="stretch_full container_wrap alternate_color light_bg_color title_container"><div class="container"><h1 class="main-title entry-title"><a href="{site}/category/tin-hoat-dong/" rel="bookmark" title="Liên kết cố định: Tin hoạt động">Tin hoạt động</a></h1>'
              f'<div class="breadcrumb breadcrumbs avia-breadcrumbs"><div class="breadcrumb-trail"><span class="trail-before"><span class="breadcrumb-title">Bạn đang ở đây:</span></span> <a href="/" title="Đảng bộ xã Mường Phăng" rel="home" class="trail-begin">Trang chủ</a> '
              f'<span class="sep">/</span> <a href="{site}/category/tin-hoat-dong/">Tin hoạt động</a> <span class="sep">/</span> <a href="{site}/category/xay-dung-dang/">Xây dựng Đảng</a> <span class="sep">/</span> '
              f'<span class="trail-end">Đảng bộ xã Mường Phăng trao Huy hiệu Đảng cho 14 đảng viên…</span></div></div></div></div>')
    head = og(A7.title, url, {"article:published_time": "2026-02-02T10:17:35+07:00"}) + '<meta name="generator" content="WordPress 6.7.2" /><link rel="stylesheet" id="avia-merged-styles-css" href="/wp-content/uploads/dynamic_avia/avia-merged-styles-7d1c.css" media="all" />'
    return page("s35-07", family="commune_party_wp_enfold5_section_h1_above_post_h1_tin_dash_anh_signature",
                name="dienbien-dangbo-xa-muongphang-wordpress-enfold5-title-container-h1-tin-hoat-dong-breadcrumb-trail-cut-headline-post-title-h1-time-d-thang-hai-yyyy-date-only-trong-category-boi-account-bold-first-p-lead-wp-caption-text-tin-dash-anh-signature",
                url=url, art=A7, main_fn=main, pub=pub, prefix="dbmp", kb=181,
                org="Đảng ủy xã Mường Phăng", addr="Bản Phăng, xã Mường Phăng, tỉnh Điện Biên", phone="0215.3920.118",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "enfold", "head_extra": head, "items": MENU_NEWS, "left": lambda rng, p: f'<div class="phone-info"><span>Đường dây nóng: 0215.3920.118</span></div>'},
                exp=expected(A7, isod(pub), author=BY7, photographer=PH7, category="Xây dựng Đảng"),
                traps={"bylines": ["dangbomuongphang"], "chrome": ["Có thể bạn quan tâm", "Bài viết mới", "Lưu trữ", "Bạn đang ở đây:"], "title_bar": ["Đảng bộ xã Mường Phăng trao Huy hiệu Đảng cho 14 đảng viên…"],
                       "related": lambda rl: rl[:4]},
                notes="WordPress + Enfold 5: the title container prints h1.main-title 'Tin hoạt động' (the section, set 27: a page-header h1 naming the section is not the headline) and the breadcrumb trail ending in the headline CUT SHORT with '…' (not a category, set 27); the post's own h1.post-title follows. Meta '2 Tháng Hai, 2026 / trong Xây dựng Đảng / bởi dangbomuongphang' — the date in words with no time and no datetime → '2026-02-02' (og's published time is not added, set 25); the <time> has class 'updated' but is the only stamp (set 34). Bold first paragraph = lead. Bold right 'Tin: Lò Văn Dũng - Ảnh: Quàng Thị Hoa' → author + photographer. Captions: two p.wp-caption-text. Category 'Xây dựng Đảng' (the meta's 'trong' link, the deepest crumb level that names a section).",
                readme="WordPress + Enfold 5, a commune Party committee's PARTY-BADGE CEREMONY: the title container's h1 'Tin hoạt động' (the section) and a breadcrumb trail ending in the headline cut short, above the post's h1; '2 Tháng Hai, 2026' (date only, words) / 'trong <category>' / 'bởi <account>'; bold first paragraph; two wp-caption-text captions; 'Tin: A - Ảnh: B' bold right; 'Có thể bạn quan tâm' slides with dates")


# ===================================================================== 8 Ủy ban MTTQ Việt Nam phường Long Châu (Vĩnh Long): Joomla 4 + Astroid; 'Viết bởi Super User'; a date in words in <time datetime>; an injected 'Tin liên quan' list inside the text; an office signature (a body: unit, no author); no sapo
A8 = Art("Mặt trận phường Long Châu bàn giao 6 căn nhà “Đại đoàn kết” cho hộ khó khăn về nhà ở",
         None,
         [("p", "Ngày 7/4, Ủy ban MTTQ Việt Nam phường Long Châu phối hợp với các nhà hảo tâm tổ chức bàn giao 6 căn nhà “Đại đoàn kết” cho các hộ gia đình có hoàn cảnh khó khăn về nhà ở tại các khóm 2, 5 và 7."),
          ("p", "Mỗi căn nhà có diện tích từ 40 đến 60 m², tổng kinh phí hơn 420 triệu đồng; trong đó Quỹ “Vì người nghèo” phường hỗ trợ 60 triệu đồng mỗi căn, phần còn lại do gia đình, dòng họ và các nhà hảo tâm đóng góp. Đoàn viên thanh niên, hội viên các đoàn thể góp hơn 300 ngày công."),
          ("figure", "/images/2026/04/ban-giao-nha-dai-doan-ket.jpg", "Lãnh đạo phường bàn giao nhà “Đại đoàn kết” cho gia đình bà Nguyễn Thị Lệ, khóm 5"),
          ("raw", "TLQ"),
          ("p", "Bà Nguyễn Thị Lệ, 68 tuổi, sống một mình nhiều năm trong căn nhà lá dột nát, xúc động khi nhận chìa khóa nhà mới trước mùa mưa bão. Bà cảm ơn Mặt trận và bà con lối xóm đã chung tay giúp bà có nơi ở an toàn."),
          ("p", "Từ đầu năm 2026 đến nay, Ủy ban MTTQ Việt Nam phường đã vận động xây mới, sửa chữa 15 căn nhà “Đại đoàn kết”, phấn đấu đến cuối năm không còn hộ nghèo ở nhà tạm, nhà dột nát trên địa bàn."),
          ("em", "/images/2026/04/chia-khoa-nha-moi.jpg", "Các hộ được nhận nhà chụp ảnh lưu niệm cùng nhà hảo tâm")])
UNIT8 = "Ban Thường trực Ủy ban MTTQ Việt Nam phường Long Châu"
TLQ8 = ["Phường Long Châu ra mắt Quỹ “Vì người nghèo” năm 2026", "Vĩnh Long: Mặt trận các cấp chung tay xóa nhà tạm"]


def page08():
    pub = T("2026-04-07 16:12:44")
    site = "https://mttq.longchau.vinhlong.gov.vn"
    url = f"{site}/tin-tuc/hoat-dong-mat-tran/418-mat-tran-phuong-long-chau-ban-giao-6-can-nha-dai-doan-ket"
    arts = Art(A8.title, None, [("img", b[1], b[2]) if b[0] in ("figure", "em") else b for b in A8.blocks])

    def jd(d):
        return f"{d.day:02d} Tháng {d.month} {d.year}"

    def render():
        out = []
        for b in A8.blocks:
            if b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
            elif b[0] == "figure":
                out.append(f'<figure class="image-caption pull-center" style="text-align:center"><img src="{b[1]}" alt="{esc(b[2], True)}" width="680" /><figcaption>{esc(b[2])}</figcaption></figure>')
            elif b[0] == "em":
                out.append(f'<p style="text-align:center"><img src="{b[1]}" alt="" width="680" /></p><p style="text-align:center"><em>{esc(b[2])}</em></p>')
            elif b[0] == "raw":
                li = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in TLQ8)
                out.append(f'<div class="relateditems-inline"><h4>Tin liên quan</h4><ul>{li}</ul></div>')
        return "".join(out)

    def main(rng, rl, rd):
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A8.title)}</h1></div>'
                f'<div class="article-info muted"><dl class="article-info"><dt class="article-info-term">Thông tin</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user"></span> Viết bởi <span itemprop="name">Super User</span></dd>'
                f'<dd class="category-name"><span class="icon-folder-open"></span> Danh mục: <a href="/tin-tuc/hoat-dong-mat-tran" itemprop="genre">Hoạt động Mặt trận</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> <time datetime="{iso(pub)}" itemprop="datePublished">Ngày đăng: {jd(pub)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye"></span> Lượt xem: 356</dd></dl></div>'
                f'<div itemprop="articleBody" class="com-content-article__body">{render()}<p style="text-align:right"><strong>{UNIT8}</strong></p></div>'
                f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev"><span class="visually-hidden">Bài trước: {esc(rl[0])}</span> Trước</a>'
                f'<a class="btn btn-sm btn-secondary next" href="#" rel="next"><span class="visually-hidden">Bài tiếp: {esc(rl[1])}</span> Tiếp</a></span></nav></div>')

    def side(rng, p):
        return (mostread(rng, p, jd, "Tin mới", "astroid-module latestnews", 6, writer_fmt="Viết bởi {w}")
                + '<div class="astroid-module"><h3>Video</h3><div class="video-embed"><iframe src="https://www.youtube.com/embed/xyz" title="Ngày hội Đại đoàn kết"></iframe></div></div>')

    def top(rng, p):
        return ('<div class="astroid-logo"><a href="/"><img src="/images/logo-mttq.png" alt="Ủy ban MTTQ Việt Nam phường Long Châu" /></a></div>'
                f'<div class="astroid-date">{wd(p + timedelta(days=2))}, {jd(p + timedelta(days=2))}</div>')

    crumbs = ('<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">Trang chủ</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc" class="pathway">Tin tức</a></li>'
              '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/tin-tuc/hoat-dong-mat-tran" class="pathway">Hoạt động Mặt trận</a></li>'
              f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(A8.title)}</span></li></ol></nav>')
    head = og(A8.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><script type="application/json" class="joomla-script-options new">{"astroid":{"base":"/","template":"astroid_template_one"},"system.paths":{"root":"","base":""}}</script>'
    return page("s35-08", family="front_committee_joomla4_astroid_office_signature_inline_related_list",
                name="vinhlong-mttq-phuong-longchau-joomla4-astroid3-article-info-viet-boi-super-user-danh-muc-time-datetime-ngay-dang-dd-thang-m-yyyy-no-sapo-figure-figcaption-and-centred-em-inline-tin-lien-quan-list-bold-right-body-signature-pagenavigation",
                url=url, art=arts, main_fn=main, pub=pub, prefix="mtlc", kb=167,
                org="Ủy ban MTTQ Việt Nam phường Long Châu", addr="Số 1 đường 1 Tháng 5, phường Long Châu, tỉnh Vĩnh Long", phone="0270.3822.315",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "astroid", "head_extra": head, "items": MEGA_MASS},
                exp=expected(arts, iso(pub), unit=UNIT8, category="Hoạt động Mặt trận", lead=None),
                traps={"bylines": ["Viết bởi Super User"], "boxes": ["Tin liên quan"] + TLQ8, "chrome": ["Lượt xem: 356"], "related": lambda rl: rl[:2]},
                notes="Joomla 4 + Astroid 3: article info 'Viết bởi Super User' (an account) · 'Danh mục: Hoạt động Mặt trận' · 'Ngày đăng: 07 Tháng 4 2026' in <time datetime='2026-04-07T16:12:44+07:00'> → T16:12:44 (set 25, MAJORITY: a date-only print takes its own <time>'s time, seconds and all, as set 34's The7 page). No sapo (Joomla's intro text is printed plain as the first paragraph): lead null. A content plugin injects a 'Tin liên quan' list after the first picture (set 24: a box). Captions: a figure figcaption, then a centred <em> under the last picture. The bold right 'Ban Thường trực Ủy ban MTTQ Việt Nam phường Long Châu' is a body signing (set 26) → unit, author null. Category 'Hoạt động Mặt trận' (crumb; the crumb's last level is the headline, set 27).",
                readme="Joomla 4 + Astroid 3, a ward Front committee's HOUSING HANDOVER: 'Viết bởi Super User' (account), 'Danh mục:', 'Ngày đăng: dd Tháng m yyyy' in a <time datetime> with seconds; no sapo; an injected 'Tin liên quan' list inside the text; a figcaption + a centred <em>; a bold right BODY signature (the Front's standing board: unit, no author); page navigation with hidden titles")


# ===================================================================== 9 Hội Cựu TNXP tỉnh Thanh Hóa: Drupal 9 + Bartik; 'Gửi bởi account vào …'; an italic summary field as lead; the 'Tác giả' field after the text 'Name, unit'; a taxonomy field as category under a generic crumb; comments
A9 = Art("Hội Cựu thanh niên xung phong tỉnh trao nhà nghĩa tình cho hội viên khó khăn",
         "Nhân kỷ niệm 51 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước, Hội Cựu thanh niên xung phong tỉnh trao 3 căn nhà nghĩa tình, trị giá 80 triệu đồng mỗi căn, cho hội viên có hoàn cảnh khó khăn.",
         [("p", "Ba căn nhà được xây dựng tại các xã Hoằng Hóa, Nga Sơn và Thọ Xuân từ nguồn Quỹ “Nghĩa tình đồng đội” do hội viên các cấp đóng góp và sự hỗ trợ của doanh nghiệp, nhà hảo tâm. Mỗi căn có diện tích 50 m², được xây kiên cố, đủ công trình phụ."),
          ("img", "/sites/default/files/2026-04/trao-nha-nghia-tinh.jpg", "Lãnh đạo Hội Cựu TNXP tỉnh trao quyết định hỗ trợ xây nhà cho hội viên Lê Văn Tình"),
          ("p", "Ông Lê Văn Tình, 74 tuổi, ở xã Hoằng Hóa, nguyên là đội viên Tổng đội TNXP 10 mở đường Trường Sơn, bày tỏ niềm xúc động khi được đồng đội quan tâm trong lúc tuổi cao, sức yếu, căn nhà cũ đã xuống cấp nghiêm trọng."),
          ("p", "Năm 2025, các cấp Hội trong tỉnh đã vận động xây dựng 21 căn nhà nghĩa tình, thăm hỏi, tặng quà hơn 1.600 lượt hội viên ốm đau, hoạn nạn; phối hợp tìm kiếm, quy tập hài cốt đồng đội hy sinh tại các tuyến đường Trường Sơn."),
          ("img", "/sites/default/files/2026-04/dong-doi-tham-hoi.jpg", "Đồng đội đến chúc mừng gia đình ông Lê Văn Tình nhận nhà mới"),
          ("p", "Hội Cựu TNXP tỉnh phấn đấu trong năm 2026 xóa nhà tạm cho toàn bộ hội viên còn khó khăn về nhà ở, hoàn thành trước ngày kỷ niệm 76 năm Ngày truyền thống lực lượng TNXP Việt Nam.")])
BY9, UNIT9 = "Lê Thị Thu Hà", "Hội Cựu TNXP xã Hoằng Hóa"


def page09():
    pub = T("2026-04-24 10:25")
    site = "https://cuutnxp.thanhhoa.vn"
    url = f"{site}/tin-tuc/hoi-cuu-thanh-nien-xung-phong-tinh-trao-nha-nghia-tinh-cho-hoi-vien-kho-khan"
    AB = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]

    def dd(d):
        return f"{AB[d.weekday()]}, {dmy(d)} - {hm(d)}"

    def img(s, c, n):
        return (f'<figure role="group" class="caption caption-img align-center"><img src="{s}" alt="{esc(c, True)}" width="700" loading="lazy" /><figcaption>{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        cm = comments([("Trần Đình Khang", dd(pub + timedelta(hours=5, minutes=40)), "Nghĩa tình đồng đội thật đáng trân trọng!"),
                       ("Nguyễn Văn Hợi", dd(pub + timedelta(days=1, hours=2)), "Chúc mừng đồng chí Tình có nhà mới.")], "Bình luận", "comment-wrapper")
        return (f'<div id="block-bartik-page-title" class="block block-core block-page-title-block"><div class="content"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(A9.title)}</span></h1></div></div>'
                f'<div id="block-bartik-content" class="block block-system block-system-main-block"><div class="content"><article role="article" class="node node--type-article node--promoted node--view-mode-full">'
                f'<header class="node__header"><div class="node__meta"><span class="node__submitted">Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>hoicuutnxp</span></span> vào '
                f'<span class="field field--name-created field--type-created field--label-hidden">{dd(pub)}</span></span></div></header>'
                f'<div class="node__content clearfix"><div class="field field--name-field-tom-tat field--type-text-long field--label-hidden field__item"><p><em>{esc(A9.lead)}</em></p></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{Art("", None, A9.blocks).render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}</div>'
                f'<div class="field field--name-field-tac-gia field--type-string field--label-inline clearfix"><div class="field__label">Tác giả</div><div class="field__item">{BY9}, {UNIT9}</div></div>'
                f'<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline clearfix"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="/chuyen-muc/hoat-dong-hoi" hreflang="vi">Hoạt động Hội</a></div></div>'
                f'<ul class="links inline"><li class="comment-forbidden"><a href="/user/login">Đăng nhập</a> để gửi bình luận</li></ul></div>{cm}</article></div></div>')

    def side(rng, p):
        return (mostread(rng, p, dd, "Tin mới cập nhật", "block-views-block-content-recent", 6, writer_fmt="Gửi bởi {w}")
                + '<div class="block block-search"><h2>Tìm kiếm</h2><form><input type="search" placeholder="Nhập từ khóa" /></form></div>')

    def top(rng, p):
        return ('<div class="region region-header"><div id="block-bartik-branding" class="clearfix site-branding"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/cuutnxp/logo.png" alt="Trang chủ" /></a>'
                '<div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">Hội Cựu TNXP tỉnh Thanh Hóa</a></div><div class="site-branding__slogan">Nghĩa tình đồng đội - Tiếp bước truyền thống</div></div></div></div>')

    crumbs = ('<div id="block-bartik-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
              '<h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol></nav></div></div>')
    head = og(A9.title, url) + '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" /><script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/642","currentLanguage":"vi"},"ajaxTrustedUrl":[]}</script>'
    return page("s35-09", family="youth_volunteer_veterans_drupal9_bartik_author_field_name_comma_unit_taxonomy_category",
                name="thanhhoa-hoicuutnxp-drupal9-bartik-page-title-h1-gui-boi-account-vao-t6-dd-mm-yyyy-hh-mm-italic-tom-tat-field-lead-figure-figcaptions-tac-gia-field-name-comma-unit-chuyen-muc-taxonomy-generic-crumb-comments",
                url=url, art=A9, main_fn=main, pub=pub, prefix="tnxp", kb=158,
                org="Hội Cựu thanh niên xung phong tỉnh Thanh Hóa", addr="Số 35 đường Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.907",
                crumbs=crumbs, top=top, side=side, shell_kw={"layout": "bartik", "head_extra": head, "items": MEGA_MASS},
                exp=expected(A9, iso(pub), author=BY9, unit=UNIT9, category="Hoạt động Hội"),
                traps={"bylines": ["hoicuutnxp"], "chrome": ["Tin mới cập nhật", "Bình luận"], "comments": ["Nghĩa tình đồng đội thật đáng trân trọng!"]},
                notes="Drupal 9 + Bartik: h1.page-title in the page-title block, 'Gửi bởi hoicuutnxp vào T6, 24/04/2026 - 10:25' (an account; Drupal's short weekday 'T6') → T10:25; an italic 'Tóm tắt' field (field_tom_tat, label hidden) before the body → lead; two figure captions; after the text the inline-labelled field 'Tác giả: Lê Thị Thu Hà, Hội Cựu TNXP xã Hoằng Hóa' → author + unit (', ' separator); the taxonomy field 'Chuyên mục: Hoạt động Hội' → category (the crumb 'Trang chủ › Tin tức' is generic; label dropped). Comments with times are not body.",
                readme="Drupal 9 + Bartik, a veterans' (former youth volunteers') HOUSE HANDOVER: 'Gửi bởi <account> vào T6, dd/mm/yyyy - HH:MM'; an italic summary field as lead; two figcaptions; the 'Tác giả' field after the text 'Name, unit'; the 'Chuyên mục' taxonomy field under a generic crumb; comments with times")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
