"""Set 11: eighteen ordinary provincial pages, each a different template variant (generic factory + per-page specs)."""
import random

from .common import Art, T, iso, isod, dmy, hm, esc, heads3, past, expected, hexid
from .kit import mk, rel, share, std


def _page(seed, *, family, name, url, art, main_fn, exp, traps, notes, readme, kb, prefix, org, addr, phone,
          crumbs="", top=None, pub=None, form=False, table_layout=False, title=None, side=None, **kw):
    rng = random.Random(seed)
    rl = heads3(rng, 6, avoid=[art.title])
    pub = pub or T("2024-05-20 08:00")
    rd = past(pub, rng, 6, 1, 25)
    main = main_fn(rng, rl, rd)
    html = std(rng, art, prefix=prefix, kb=kb, main=main, crumbs=crumbs, pub=pub, org=org, addr=addr, phone=phone,
               form=form, table_layout=table_layout, top=top, side=side, **({"title": title} if title else {}))
    for k in list(traps):
        if callable(traps[k]):
            traps[k] = traps[k](rl)
    return mk(family, name, url, html, exp, traps, notes, readme, **kw)


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}"><figcaption>{esc(c)}</figcaption></figure>'


def tcap(s, c, n):
    return (f'<table class="image" align="center"><tbody><tr><td><img src="{s}" width="600"></td></tr>'
            f'<tr><td class="image_desc"><em>{esc(c)}</em></td></tr></tbody></table>')


# ===================================================================== 1 views counter in meta, 'Đăng lúc'
A1 = Art("Tỉnh ủy Hà Sơn Bình quán triệt Nghị quyết Hội nghị Trung ương 9 khóa XIII",
         "Ngày 4/3, Ban Thường vụ Tỉnh ủy Hà Sơn Bình tổ chức hội nghị trực tuyến quán triệt, triển khai Nghị quyết Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XIII đến 412 điểm cầu.",
         [("p", "Hội nghị nghe báo cáo viên Trung ương trình bày các chuyên đề về xây dựng và phát huy giá trị văn hóa, sức mạnh con người Việt Nam."),
          ("img", "/Uploads/2024/3/4/hn-quan-triet-tw9.jpg", "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy"),
          ("p", "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy xây dựng chương trình hành động trước ngày 30/4/2024."),
          ("p", "Tham dự hội nghị có hơn 18.000 cán bộ, đảng viên tại các điểm cầu cấp huyện, xã.")])


def page01():
    pub = T("2024-03-05 15:40")

    def main(rng, rl, rd):
        return (f'<div class="news-detail"><div class="cat-name"><a href="/xay-dung-dang">Xây dựng Đảng</a></div><h1 class="title-detail">{esc(A1.title)}</h1>'
                f'<div class="meta-detail"><span class="time">Đăng lúc: 15:40 - 05/03/2024</span> <span class="sep">|</span> <span class="view">Lượt xem: 1.245</span></div>'
                f'<div class="sapo-detail"><strong>{esc(A1.lead)}</strong></div><div class="content-detail">{A1.render(img=tcap)}'
                f'<p style="text-align:right"><strong>Thanh Hà</strong></p></div>{share()}'
                f'{rel(rng, rl, rd, dmy, cls="tin-khac", head="Tin cùng chuyên mục")}</div>')
    return _page("s11-01", family="province_party_views_counter_meta", name="hasonbinh-tinhuy-dang-luc-time-dash-date-pipe-luot-xem-table-image-desc",
                 url="https://hasonbinh.dcs.vn/xay-dung-dang/tinh-uy-quan-triet-nghi-quyet-tw9-c2-t8812.aspx", art=A1, main_fn=main, pub=pub, prefix="tu", kb=180, form=True,
                 org="Đảng bộ tỉnh Hà Sơn Bình", addr="Số 8 đường Tô Hiệu, thành phố Hà Đông, tỉnh Hà Sơn Bình", phone="0243.3824.110",
                 crumbs='<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/xay-dung-dang">Xây dựng Đảng</a></div>',
                 exp=expected(A1, iso(pub), author="Thanh Hà", category="Xây dựng Đảng"),
                 traps={"chrome": ["Lượt xem: 1.245", "Tin cùng chuyên mục"], "related": lambda rl: rl[:3]},
                 notes="Meta 'Đăng lúc: HH:MM - dd/mm/yyyy | Lượt xem: 1.245' — the view count is not a date or body. Images in the old two-row table with td.image_desc caption. Lead date 30/4/2024 is a deadline. Right bold name → author.",
                 readme="'Đăng lúc: HH:MM - dd/mm/yyyy | Lượt xem' meta, image tables with td.image_desc captions, ViewState, deadline date in text")


# ===================================================================== 2 author avatar box above title
A2 = Art("Nông dân Cửu Long thu lãi cao nhờ mô hình lúa - tôm",
         "Vụ lúa - tôm năm nay, hơn 1.200 hộ dân ở huyện Tiểu Cần thu lãi từ 80 đến 120 triệu đồng mỗi héc-ta, cao gấp đôi trồng lúa độc canh.",
         [("p", "Mô hình được triển khai từ năm 2019 trên vùng đất nhiễm mặn ven sông Hậu, đến nay đã mở rộng lên 2.600 ha."),
          ("h", "Liên kết tiêu thụ ổn định"),
          ("p", "Hợp tác xã Tân Hùng ký hợp đồng bao tiêu toàn bộ lúa hữu cơ với giá cao hơn thị trường 15%."),
          ("img", "/uploads/news/2024/05/lua-tom-tieu-can.jpg", "Nông dân xã Tân Hùng thu hoạch tôm càng xanh trên ruộng lúa"),
          ("p", "Ngành nông nghiệp huyện đặt mục tiêu đến năm 2025 nâng diện tích lúa - tôm lên 3.000 ha.")])


def page02():
    pub = T("2024-05-14 12:05")

    def main(rng, rl, rd):
        return (f'<article class="detail"><div class="author-box"><img class="avatar" src="/avatar/ngoc-tram.jpg" alt=""><a class="author-name" href="/tac-gia/ngoc-tram">Ngọc Trâm</a>'
                f'<span class="author-mail">ngoctram@baocuulong.vn</span></div><h1 class="detail-title">{esc(A2.title)}</h1>'
                f'<div class="detail-time">12:05 | 14/05/2024</div><h2 class="detail-sapo">{esc(A2.lead)}</h2><div class="detail-content">{A2.render(img=fig)}</div>'
                f'<div class="tags">Từ khóa: <a href="/tag/lua-tom">lúa - tôm</a> <a href="/tag/tieu-can">Tiểu Cần</a> <a href="/tag/tai-co-cau">tái cơ cấu nông nghiệp</a></div>{share()}'
                f'{rel(rng, rl, rd, dmy, cls="cung-chuyen-muc", head="Cùng chuyên mục")}</article>')
    return _page("s11-02", family="baotinh_author_avatar_above_title", name="cuulong-bao-author-box-avatar-email-above-h1-time-pipe-date-h2-sapo-tags",
                 url="https://baocuulong.vn/kinh-te/nong-dan-thu-lai-cao-nho-mo-hinh-lua-tom-a117733.html", art=A2, main_fn=main, pub=pub, prefix="bcl", kb=210,
                 org="Báo Cửu Long", addr="Số 5 Trần Phú, thành phố Vĩnh Long, tỉnh Cửu Long", phone="0270.3822.414",
                 crumbs='<ul class="crumbs"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul>',
                 exp=expected(A2, iso(pub), author="Ngọc Trâm", category="Kinh tế"),
                 traps={"bylines": ["ngoctram@baocuulong.vn"], "tags": ["tái cơ cấu nông nghiệp"], "related": lambda rl: rl[:3], "chrome": ["Cùng chuyên mục", "Từ khóa:"]},
                 notes="Author box (avatar, linked name, e-mail) printed ABOVE the h1; 'HH:MM | dd/mm/yyyy'; h2 sapo = lead; h-sub-heading 'Liên kết tiêu thụ ổn định' is body.",
                 readme="author box with avatar and e-mail above the h1, 'HH:MM | dd/mm/yyyy', h2 sapo, tags")


# ===================================================================== 3 definition-list meta
A3 = Art("UBND tỉnh Quảng Nam - Đà Nẵng phê duyệt quy hoạch 3 cụm công nghiệp mới",
         "UBND tỉnh vừa ban hành quyết định phê duyệt quy hoạch chi tiết 3 cụm công nghiệp tại các huyện Điện Bàn, Duy Xuyên và Thăng Bình với tổng diện tích 185 ha.",
         [("p", "Các cụm công nghiệp ưu tiên thu hút ngành chế biến nông sản, may mặc và cơ khí phụ trợ, không nhận dự án gây ô nhiễm."),
          ("p", "Theo Quyết định số 1021/QĐ-UBND ngày 22/4/2024, chủ đầu tư hạ tầng phải hoàn thành giải phóng mặt bằng trong 24 tháng."),
          ("img", "/Portals/0/2024/cum-cn-dien-ban.jpg", "Khu đất quy hoạch cụm công nghiệp Điện Phong, huyện Điện Bàn"),
          ("p", "Sở Công Thương được giao hướng dẫn, kiểm tra việc triển khai và báo cáo UBND tỉnh hằng quý.")])


def page03():
    pub = T("2024-04-25 16:10")
    upd = T("2024-04-26 08:02")

    def main(rng, rl, rd):
        return (f'<div class="article-view"><h1>{esc(A3.title)}</h1><dl class="article-info"><dt>Chuyên mục</dt><dd>Quy hoạch - Kế hoạch</dd>'
                f'<dt>Ngày đăng</dt><dd>25/04/2024 16:10</dd><dt>Ngày sửa</dt><dd>26/04/2024 08:02</dd><dt>Người viết</dt><dd>Phan Văn Lực</dd>'
                f'<dt>Nguồn</dt><dd>Sở Công Thương</dd></dl><div class="article-intro"><p><i>{esc(A3.lead)}</i></p></div><div class="article-body">{A3.render(img=fig)}</div>'
                f'<div class="article-attach">Tệp đính kèm: <a href="/files/1021-QD-UBND.pdf">1021-QD-UBND.pdf</a></div>'
                f'{rel(rng, rl, rd, dmy, cls="other", head="Các tin đã đưa")}</div>')
    return _page("s11-03", family="ubnd_dl_meta_definition_list", name="quangnamdanang-ubnd-dl-dt-dd-chuyen-muc-ngay-dang-ngay-sua-nguoi-viet-nguon-so",
                 url="https://quangnamdanang.gov.vn/Pages/tin-chi-tiet.aspx?ItemID=51207", art=A3, main_fn=main, pub=pub, prefix="ubqn", kb=240, form=True,
                 org="UBND tỉnh Quảng Nam - Đà Nẵng", addr="Số 62 Hùng Vương, thành phố Tam Kỳ, tỉnh Quảng Nam - Đà Nẵng", phone="0235.3810.999",
                 exp=expected(A3, iso(pub), iso(upd), author="Phan Văn Lực", category="Quy hoạch - Kế hoạch"),
                 traps={"chrome": ["Tệp đính kèm:", "Các tin đã đưa"], "related": lambda rl: rl[:3], "dates": ["26/04/2024 08:02"]},
                 notes="All meta in a <dl>: dt/dd pairs 'Chuyên mục', 'Ngày đăng', 'Ngày sửa' (= updated_at), 'Người viết' (author), 'Nguồn: Sở Công Thương' (source, not unit). Decision date 22/4/2024 in text.",
                 readme="meta as a <dl> (Chuyên mục / Ngày đăng / Ngày sửa / Người viết / Nguồn), italic intro, decision-date decoy")


# ===================================================================== 4 radio-TV 'Nhóm PV' three names
A4 = Art("Nghĩa Bình: Khẩn trương khắc phục sạt lở bờ biển Tam Quan",
         "Sau đợt triều cường cuối tháng 10, hơn 300 m bờ biển thôn Tân Thành, thị xã Hoài Nhơn bị sạt lở nghiêm trọng, đe dọa 40 hộ dân.",
         [("p", "Chính quyền địa phương đã di dời khẩn cấp 12 hộ có nhà sát mép sạt lở đến nơi an toàn."),
          ("p", "Lực lượng dân quân cùng bộ đội biên phòng dùng bao cát, rọ đá gia cố tạm thời đoạn bờ xung yếu nhất."),
          ("p", "UBND tỉnh đã đề nghị Trung ương hỗ trợ 50 tỷ đồng xây kè chống sạt lở lâu dài.")])


def page04():
    pub = T("2024-11-02 19:30")

    def main(rng, rl, rd):
        return (f'<div class="video-page"><div class="player"><video controls poster="/thumb/satlo-tamquan.jpg"><source src="/vod/2024/11/satlo-tamquan.mp4"></video></div>'
                f'<h1 class="vd-title">{esc(A4.title)}</h1><div class="vd-info"><span class="prog">Thời sự 19h30</span> · <span class="d">02/11/2024</span></div>'
                f'<div class="vd-desc"><p>{esc(A4.lead)}</p>{A4.render()}</div><div class="vd-credit">Nhóm PV: Minh Trí, Quốc Bảo, Hải Yến - Biên tập: Thu Sương</div>'
                f'{rel(rng, rl, rd, dmy, cls="vd-more", head="Video khác")}</div>')
    return _page("s11-04", family="ptth_nhom_pv_program_slot", name="nghiabinh-ptth-video-program-slot-thoi-su-19h30-date-only-nhom-pv-three-names-bien-tap",
                 url="https://nbtv.vn/video/thoi-su/nghia-binh-khan-truong-khac-phuc-sat-lo-bo-bien-tam-quan-77120", art=A4, main_fn=main, pub=T("2024-11-02 00:00"), prefix="nbtv", kb=130,
                 org="Đài Phát thanh và Truyền hình Nghĩa Bình", addr="Số 386 Trần Hưng Đạo, TP Quy Nhơn, tỉnh Nghĩa Bình", phone="0256.3822.450",
                 crumbs='<div class="bc"><a href="/">Trang chủ</a> › <a href="/video">Video</a> › <a href="/video/thoi-su">Thời sự</a></div>',
                 exp=expected(A4, isod(pub), author="Minh Trí, Quốc Bảo, Hải Yến", category="Thời sự"),
                 traps={"bylines": ["Biên tập: Thu Sương"], "chrome": ["Thời sự 19h30", "Video khác"], "related": lambda rl: rl[:3]},
                 notes="Video page: only date is '02/11/2024' after the programme slot 'Thời sự 19h30' — 19h30 is the broadcast slot name, not a posting time → date only. 'Nhóm PV: A, B, C - Biên tập: D' → three authors, editor dropped. No marked lead: first description paragraph is the lead.",
                 readme="programme slot name 'Thời sự 19h30' next to a date-only stamp, 'Nhóm PV:' three names + 'Biên tập:', description as body")


# ===================================================================== 5 womens union lead in blockquote, word date
A5 = Art("Hội LHPN huyện Tân Phú Đông ra mắt mô hình 'Tiết kiệm vì chị em nghèo'",
         "Hội LHPN huyện Tân Phú Đông vừa ra mắt 15 tổ tiết kiệm với 320 hội viên, tổng số vốn huy động ban đầu gần 200 triệu đồng.",
         [("p", "Mỗi tháng, hội viên góp từ 50.000 đến 100.000 đồng; chị em khó khăn được vay không lãi để chăn nuôi, buôn bán nhỏ."),
          ("img", "/wp-content/uploads/2024/03/to-tiet-kiem-tpd.jpg", "Lãnh đạo Hội LHPN huyện trao sổ tiết kiệm cho các tổ trưởng"),
          ("p", "Năm 2023, mô hình thí điểm tại xã Phú Thạnh đã giúp 9 hộ thoát nghèo."),
          ("p", "Hội phấn đấu đến cuối năm mỗi xã có ít nhất 3 tổ tiết kiệm hoạt động hiệu quả.")])


def page05():
    pub = T("2024-03-11 00:00")

    def main(rng, rl, rd):
        return (f'<div class="entry"><p class="entry-cat">HOẠT ĐỘNG HỘI CƠ SỞ</p><h1 class="entry-title">{esc(A5.title)}</h1>'
                f'<p class="entry-date">Thứ Hai, ngày 11 tháng 3 năm 2024</p><blockquote class="sapo"><p>{esc(A5.lead)}</p></blockquote>'
                f'<div class="entry-content">{A5.render(img=fig)}<p style="text-align:right"><em>Kim Loan – Hội LHPN huyện Tân Phú Đông</em></p></div>'
                f'{rel(rng, rl, rd, dmy, cls="bai-khac", head="Bài viết khác")}</div>')
    return _page("s11-05", family="womens_union_blockquote_sapo_word_date", name="tiengiang-tanphudong-hlhpn-blockquote-sapo-thu-ngay-thang-nam-words-name-endash-unit",
                 url="https://phunutanphudong.tiengiang.org.vn/hoat-dong-hoi-co-so/ra-mat-mo-hinh-tiet-kiem-vi-chi-em-ngheo/", art=A5, main_fn=main, pub=pub, prefix="pn", kb=110,
                 org="Hội Liên hiệp Phụ nữ huyện Tân Phú Đông", addr="Ấp Phú Xuân, xã Phú Thạnh, huyện Tân Phú Đông, tỉnh Tiền Giang", phone="0273.3546.021",
                 exp=expected(A5, isod(pub), author="Kim Loan", unit="Hội LHPN huyện Tân Phú Đông", category="HOẠT ĐỘNG HỘI CƠ SỞ"),
                 traps={"related": lambda rl: rl[:3], "chrome": ["Bài viết khác"]},
                 notes="Date in words 'Thứ Hai, ngày 11 tháng 3 năm 2024' (date only). Lead in blockquote.sapo. Italic right 'Kim Loan – Hội LHPN huyện Tân Phú Đông' (en dash) → author + unit. Upper-case category paragraph kept as printed.",
                 readme="'Thứ Hai, ngày 11 tháng 3 năm 2024' in words, lead in blockquote, italic 'Name – unit' with an en dash")


# ===================================================================== 6 youth union caps pen name, GMT+7 weekday
A6 = Art("Tuổi trẻ Hà Tuyên tiếp sức mùa thi năm 2024",
         "Hơn 600 tình nguyện viên của Tỉnh đoàn Hà Tuyên đã có mặt tại 28 điểm thi để hỗ trợ thí sinh trong kỳ thi tốt nghiệp THPT.",
         [("p", "Các đội hình bố trí nước uống miễn phí, chỗ trọ giá rẻ và phương tiện đưa đón thí sinh ở vùng sâu."),
          ("p", "Tại điểm thi Trường THPT Chiêm Hóa, đội hình tình nguyện đã giúp 14 thí sinh quên giấy tờ kịp vào phòng thi."),
          ("img", "/upload/tiep-suc-mua-thi-2024.jpg", "Tình nguyện viên hướng dẫn thí sinh tại điểm thi Chiêm Hóa"),
          ("p", "Chương trình sẽ kéo dài đến hết ngày thi cuối cùng 28/6.")])


def page06():
    pub = T("2024-06-27 16:20")

    def main(rng, rl, rd):
        return (f'<div class="td-post"><h1>{esc(A6.title)}</h1><div class="td-date">Thứ năm, 27/06/2024, 16:20 (GMT+7)</div>'
                f'<p class="td-lead"><b>{esc(A6.lead)}</b></p>{A6.render(img=fig)}<p align="right"><b>HẢI ĐĂNG</b></p>'
                f'<div class="fb-comments" data-href="https://tinhdoanhatuyen.vn/tin/tiep-suc-mua-thi"></div><div class="comment-box"><h4>Ý kiến bạn đọc</h4><div class="cmt"><b>Lan Anh</b> <span>27/06/2024 18:02</span><p>Các bạn tình nguyện viên rất nhiệt tình, cảm ơn các em!</p></div></div>'
                f'{rel(rng, rl, rd, dmy, cls="lq", head="Tin liên quan")}</div>')
    return _page("s11-06", family="youth_union_caps_pen_name_comments", name="hatuyen-tinhdoan-thu-date-comma-time-gmt7-caps-pen-name-right-reader-comment-dated",
                 url="https://tinhdoanhatuyen.vn/tin/tiep-suc-mua-thi-nam-2024-2281.html", art=A6, main_fn=main, pub=pub, prefix="tdht", kb=100,
                 org="Tỉnh đoàn Hà Tuyên", addr="Số 9 đường Tân Trào, TP Tuyên Quang, tỉnh Hà Tuyên", phone="0207.3822.335",
                 crumbs='<div class="crumb"><a href="/">Trang chủ</a> / <a href="/phong-trao">Phong trào</a></div>',
                 exp=expected(A6, iso(pub), author="HẢI ĐĂNG", category="Phong trào"),
                 traps={"comments": ["Các bạn tình nguyện viên rất nhiệt tình, cảm ơn các em!", "Ý kiến bạn đọc"], "dates": ["27/06/2024 18:02"], "related": lambda rl: rl[:3]},
                 notes="'Thứ năm, dd/mm/yyyy, HH:MM (GMT+7)'. Caps pen name 'HẢI ĐĂNG' right-aligned bold → author as printed. A dated reader comment follows (not body, its date is a decoy).",
                 readme="'Thứ năm, dd/mm/yyyy, HH:MM (GMT+7)', caps pen name, a dated reader comment under the text")


# ===================================================================== 7 farmers union WP month-name date
A7 = Art("Nông dân Phú Khánh học cách bán hàng trên sàn thương mại điện tử",
         "Hội Nông dân tỉnh Phú Khánh phối hợp với Bưu điện tỉnh tổ chức lớp tập huấn kỹ năng bán nông sản trên sàn thương mại điện tử cho 80 hội viên.",
         [("p", "Học viên được hướng dẫn chụp ảnh sản phẩm, viết mô tả, định giá và đóng gói hàng gửi đi xa."),
          ("p", "Nhiều hộ đã đưa lên sàn các sản phẩm OCOP như xoài Cam Lâm, yến sào, nước mắm Vạn Ninh."),
          ("img", "/wp-content/uploads/2024/04/tap-huan-tmdt.jpg", "Hội viên thực hành đăng bán sản phẩm trên điện thoại"),
          ("p", "Hội sẽ mở thêm 5 lớp tương tự tại các huyện trong quý III.")])


def page07():
    pub = T("2024-04-12 00:00")

    def main(rng, rl, rd):
        return (f'<article class="post type-post"><header class="entry-header"><span class="cat-links"><a href="/category/chuyen-doi-so" rel="category tag">Chuyển đổi số</a></span>'
                f'<h1 class="entry-title">{esc(A7.title)}</h1><div class="entry-meta"><span class="posted-on"><a href="#" rel="bookmark">12 Tháng Tư, 2024</a></span>'
                f' <span class="byline">bởi <a class="url fn n" href="/author/hnd-pk">hnd-pk</a></span></div></header>'
                f'<div class="entry-content"><p><strong>{esc(A7.lead)}</strong></p>{A7.render(img=fig)}<p style="text-align:right"><strong>Văn Tài (Ban Kinh tế - Xã hội)</strong></p></div>'
                f'<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="/tag/ocop">OCOP</a>, <a href="/tag/tmdt">thương mại điện tử</a>, <a href="/tag/nong-dan-so">nông dân số</a></span></footer>'
                f'<nav class="post-navigation"><div class="nav-previous"><a href="#">{esc(rl[0])}</a></div><div class="nav-next"><a href="#">{esc(rl[1])}</a></div></nav></article>')
    return _page("s11-07", family="farmers_union_wp_month_name_date", name="phukhanh-hnd-wp-posted-on-12-thang-tu-2024-bold-name-paren-unit-prev-next",
                 url="https://hoinongdanphukhanh.org.vn/2024/04/12/nong-dan-hoc-ban-hang-tren-san-tmdt/", art=A7, main_fn=main, pub=pub, prefix="wp", kb=95,
                 org="Hội Nông dân tỉnh Phú Khánh", addr="Số 4 Lê Thánh Tôn, TP Nha Trang, tỉnh Phú Khánh", phone="0258.3822.601",
                 exp=expected(A7, isod(pub), author="Văn Tài", unit="Ban Kinh tế - Xã hội", category="Chuyển đổi số"),
                 traps={"bylines": ["hnd-pk"], "tags": ["nông dân số", "Thẻ:"], "related": lambda rl: rl[:2]},
                 notes="WordPress with Vietnamese month-name date '12 Tháng Tư, 2024' and no <time> attribute → date only. 'bởi hnd-pk' = account. Bold right 'Văn Tài (Ban Kinh tế - Xã hội)' → author + unit. Prev/next post links are not related-box markup but are not body.",
                 readme="WordPress 'posted-on' with month name '12 Tháng Tư, 2024' (no time, no datetime attr), account byline, prev/next post links")


# ===================================================================== 8 veterans union: no visible date (URL has one)
A8 = Art("Cựu chiến binh Bình Trị Thiên giúp nhau phát triển kinh tế",
         "Những năm qua, các cấp Hội Cựu chiến binh tỉnh Bình Trị Thiên đã giúp hơn 2.300 hội viên thoát nghèo, nhiều người trở thành chủ trang trại.",
         [("p", "Hội vận động hội viên góp vốn, ngày công, cây giống giúp nhau; nhiều chi hội lập tổ hợp tác nuôi bò, trồng rừng."),
          ("p", "Tiêu biểu là ông Hồ Văn Thắm ở huyện Phong Điền với trang trại 20 ha keo lai, doanh thu mỗi năm hơn 1 tỷ đồng."),
          ("p", "Hội tiếp tục phối hợp Ngân hàng Chính sách xã hội quản lý 145 tổ tiết kiệm và vay vốn.")])


def page08():
    def main(rng, rl, rd):
        return (f'<table width="100%" class="tbl-news"><tr><td class="cat-title">GƯƠNG CỰU CHIẾN BINH</td></tr><tr><td class="news-title"><h2>{esc(A8.title)}</h2></td></tr>'
                f'<tr><td class="news-sapo"><b>{esc(A8.lead)}</b></td></tr><tr><td class="news-content">{A8.render()}'
                f'<p align="right"><i>Võ Đình Khoa</i></p></td></tr><tr><td class="print"><a href="#">In trang</a> | <a href="#">Về đầu trang</a></td></tr></table>'
                f'{rel(rng, rl, rd, None, cls="cactinkhac", head="Các tin khác")}')
    return _page("s11-08", family="veterans_union_no_visible_date", name="binhtrithien-ccb-table-layout-h2-title-no-date-anywhere-url-has-year-month-italic-name",
                 url="https://ccb.binhtrithien.gov.vn/2024/05/guong-ccb/ccb-giup-nhau-phat-trien-kinh-te.htm", art=A8, main_fn=main, pub=None, prefix="ccb", kb=90, table_layout=True,
                 side='<div class="box"><div class="box-title">Liên kết website</div><ul><li><a href="https://cuuchienbinh.vn">Trung ương Hội CCB Việt Nam</a></li><li><a href="#">Tỉnh ủy Bình Trị Thiên</a></li></ul></div>',
                 org="Hội Cựu chiến binh tỉnh Bình Trị Thiên", addr="Số 18 Lê Lợi, TP Huế, tỉnh Bình Trị Thiên", phone="0234.3822.617",
                 exp=expected(A8, None, author="Võ Đình Khoa", category="GƯƠNG CỰU CHIẾN BINH"),
                 traps={"chrome": ["In trang", "Về đầu trang", "Các tin khác"], "related": lambda rl: rl[:3]},
                 notes="The page prints no date at all (no stamp, related list without dates); only the URL carries /2024/05/ → published_at null by convention. Table layout, h2 title, bold sapo in its own cell, italic right name.",
                 readme="no date anywhere on the page (only /2024/05/ in the URL), table layout, h2 title, undated related list")


# ===================================================================== 9 MTTQ ordered-list body, date at the foot
A9 = Art("Ủy ban MTTQ huyện Chợ Đồn triển khai nhiệm vụ giám sát năm 2024",
         "Ủy ban MTTQ huyện Chợ Đồn vừa tổ chức hội nghị triển khai kế hoạch giám sát, phản biện xã hội năm 2024 với 5 nội dung trọng tâm.",
         [("p", "Giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại 6 xã vùng cao."),
          ("p", "Giám sát công tác bồi thường, giải phóng mặt bằng dự án đường tỉnh 254."),
          ("p", "Giám sát việc tiếp công dân, giải quyết khiếu nại của UBND các xã."),
          ("p", "Phản biện dự thảo quy hoạch chung thị trấn Bằng Lũng."),
          ("p", "Giám sát hoạt động của Ban Thanh tra nhân dân ở 22 xã, thị trấn.")])


def page09():
    pub = T("2024-02-27 09:00")

    def main(rng, rl, rd):
        items = "".join(f"<li>{esc(t)}</li>" for t in A9.pars)
        return (f'<div class="mt-news"><div class="mt-cat"><a href="/hoat-dong-mat-tran">Hoạt động Mặt trận</a></div><h1>{esc(A9.title)}</h1>'
                f'<p class="mt-sapo">{esc(A9.lead)}</p><div class="mt-body"><ol>{items}</ol></div>'
                f'<div class="mt-foot"><span>Hà Vy (Ban Tuyên giáo UB MTTQ huyện)</span> — <span>27/02/2024 09:00</span></div>'
                f'{rel(rng, rl, rd, dmy, cls="mt-rel", head="Tin khác")}</div>')
    return _page("s11-09", family="mttq_ol_body_foot_stamp", name="backan-chodon-mttq-ol-li-body-no-p-foot-name-paren-unit-emdash-date-time",
                 url="https://mattran.chodon.backan.gov.vn/hoat-dong-mat-tran/trien-khai-nhiem-vu-giam-sat-nam-2024-551.html", art=A9, main_fn=main, pub=pub, prefix="mt", kb=92,
                 org="Ủy ban MTTQ Việt Nam huyện Chợ Đồn", addr="Tổ 5, thị trấn Bằng Lũng, huyện Chợ Đồn, tỉnh Bắc Kạn", phone="0209.3882.140",
                 exp=expected(A9, iso(pub), author="Hà Vy", unit="Ban Tuyên giáo UB MTTQ huyện", category="Hoạt động Mặt trận"),
                 traps={"related": lambda rl: rl[:3], "chrome": ["Tin khác"]},
                 notes="Body is an <ol> of five <li> items (no <p>) after a plain sapo. Stamp only at the foot together with the byline: 'Name (unit) — dd/mm/yyyy HH:MM'.",
                 readme="body as an <ol> of <li> items, stamp only at the foot after 'Name (unit) —'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
