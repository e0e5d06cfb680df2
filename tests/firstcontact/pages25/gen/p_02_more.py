"""Set 25 pages 10-18: the rest of the random sample (the Ban Tuyên giáo và Dân vận and the UBKT of a Tỉnh ủy, a Huyện
ủy, two mass organisations, a Sở, a Tỉnh đoàn, a Báo tỉnh, a Cổng TTĐT) on products sets 1-24 did not use: ProcessWire,
Node Express + EJS, VNPT iPortal (ASP.NET Core), OpenCart 3 + Journal blog, ASP.NET WebForms + DevExpress, Eleventy, Joomla
3 + Astroid, a Phalcon press CMS, Directus + Nuxt 3. Article types: a speech's full text, a series part ('Bài 2:'), and
ordinary news. No twist on these pages."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum, utcz
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb
from .p_01_pages import head_top, right_bold, right_em, tts


# ===================================================================== 10 Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Nam: ProcessWire 3; a SPEECH's full text; 'Nguồn tin:' field only
A10 = Art("Phát biểu của đồng chí Nguyễn Đức Lâm, Bí thư Tỉnh ủy tại Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Nam",
          "Sáng 24/3, tại TP Tam Kỳ, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức trọng thể Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Nam (24/3/1975 - 24/3/2025). Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy trân trọng giới thiệu toàn văn bài phát biểu của đồng chí Nguyễn Đức Lâm, Bí thư Tỉnh ủy tại buổi lễ.",
          [("img", "/site/assets/files/18842/bi-thu-phat-bieu-le-ky-niem.jpg", "Đồng chí Nguyễn Đức Lâm, Bí thư Tỉnh ủy phát biểu tại buổi lễ"),
           ("p", "Kính thưa các đồng chí lãnh đạo Đảng, Nhà nước, Mặt trận Tổ quốc Việt Nam!"),
           ("p", "Kính thưa các Mẹ Việt Nam Anh hùng, các đồng chí lão thành cách mạng, các đồng chí nguyên lãnh đạo tỉnh qua các thời kỳ!"),
           ("p", "Thưa toàn thể đồng bào, đồng chí!"),
           ("p", "Hôm nay, trong không khí phấn khởi của cả nước đang thi đua lập thành tích chào mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước, Đảng bộ, chính quyền và Nhân dân tỉnh Quảng Nam long trọng tổ chức Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh nhà."),
           ("p", "Nửa thế kỷ trước, thực hiện kế hoạch của Bộ Chính trị và Quân ủy Trung ương, quân và dân Quảng Nam đã nhất tề nổi dậy, phối hợp với bộ đội chủ lực tiến công, giải phóng hoàn toàn tỉnh nhà ngày 24/3/1975, góp phần cùng cả nước làm nên Đại thắng mùa Xuân năm 1975."),
           ("p", "Năm mươi năm qua, từ một tỉnh bị chiến tranh tàn phá nặng nề, Quảng Nam đã vươn lên mạnh mẽ. Quy mô nền kinh tế năm 2024 gấp hơn 30 lần so với năm 1997, năm tái lập tỉnh; thu nhập bình quân đầu người đạt trên 78 triệu đồng; hai di sản văn hóa thế giới Hội An và Mỹ Sơn trở thành điểm đến hấp dẫn của du khách trong nước và quốc tế."),
           ("p", "Trong niềm tự hào hôm nay, chúng ta thành kính tưởng nhớ Chủ tịch Hồ Chí Minh vĩ đại, tri ân các anh hùng liệt sĩ, các Mẹ Việt Nam Anh hùng, đồng bào, đồng chí đã hy sinh xương máu cho độc lập, tự do của Tổ quốc."),
           ("p", "Phát huy truyền thống vẻ vang, Đảng bộ và Nhân dân tỉnh quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII, tổ chức thành công đại hội đảng bộ các cấp, thực hiện tốt việc sắp xếp tổ chức bộ máy, đưa Quảng Nam phát triển nhanh và bền vững."),
           ("p", "Xin chúc các đồng chí lãnh đạo, các vị khách quý, đồng bào, đồng chí sức khỏe, hạnh phúc và thành công!"),
           ("p", "Xin trân trọng cảm ơn!")])
SRC10 = "Văn phòng Tỉnh ủy Quảng Nam"


def page10():
    pub = T("2025-03-24 14:15")
    upd = T("2025-03-24 16:50")

    def main(rng, rl, rd):
        body = A10.render(p=jp, img=lambda s, c, n: (f'<figure class="align_center"><img src="{s}" alt="" width="760" height="507" />'
                                                       f'<figcaption>{esc(c)}</figcaption></figure>'))
        relh = "".join(f'<li><a href="/tin-tuc/ky-niem-ngay-le-lon/{slug(t)}/">{esc(t)}</a> <span class="uk-text-meta">{wd(d)} - {dmy(d)} {hm(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="uk-article pw-article"><h1 class="uk-article-title">{esc(A10.title)}</h1>'
                f'<p class="uk-article-meta"><span class="pw-date">{wd(pub)} - {dmy(pub)} {hm(pub)}</span> · <span class="pw-modified">Cập nhật: {dmy(upd)} {hm(upd)}</span></p>'
                f'<div class="pw-summary uk-text-lead"><p><em>{esc(A10.lead)}</em></p></div>{tts("pw")}'
                f'<div class="pw-body">{body}</div>'
                f'<dl class="pw-fields uk-description-list"><dt>Nguồn tin:</dt><dd class="field-nguon">{esc(SRC10)}</dd></dl>'
                f'<div class="pw-share">{share("pw-share-bar")}</div>'
                f'<div class="pw-related"><h3 class="uk-heading-bullet">Tin cùng chuyên mục</h3><ul class="uk-list uk-list-divider">{relh}</ul></div></article>')

    crumbs = ('<ul class="uk-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li>'
              '<li><a href="/tin-tuc/ky-niem-ngay-le-lon/">Kỷ niệm ngày lễ lớn</a></li></ul>')
    url = "https://btgdv.quangnam.dcs.vn/tin-tuc/ky-niem-ngay-le-lon/phat-bieu-cua-dong-chi-nguyen-duc-lam-bi-thu-tinh-uy-tai-le-ky-niem-50-nam-ngay-giai-phong-tinh-quang-nam/"
    head = (og(A10.title, url, {"og:site_name": "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Nam"})
            + '<link rel="stylesheet" href="/site/templates/styles/uikit.min.css" /><link rel="stylesheet" href="/site/templates/styles/main.css" />'
            + '<script src="/site/templates/scripts/uikit.min.js"></script><meta name="generator" content="ProcessWire" />')
    side = lambda rng, pub: (side_std(rng, pub, "Tin mới", fmt=lambda d: f"{wd(d)} - {dmy(d)}", cls="pw-new")
                             + '<div class="pw-box"><h3>Sự kiện lịch sử tháng 3</h3><ul><li>24/3/1975: Giải phóng tỉnh Quảng Nam</li><li>29/3/1975: Giải phóng Đà Nẵng</li><li>26/3/1931: Thành lập Đoàn TNCS Hồ Chí Minh</li></ul></div>')
    return page("s25-10", family="btg_processwire_speech_full_text_nguon_tin_field_only",
                name="quangnam-btgdvtu-processwire3-uikit-crumb-ky-niem-ngay-le-lon-h1-phat-bieu-cua-dong-chi-weekday-dash-dd-mm-yyyy-hh-mm-cap-nhat-italic-summary-lead-tts-figcaption-speech-salutations-closing-nguon-tin-dl-field",
                url=url, art=A10, main_fn=main, pub=pub, prefix="pw", kb=145,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Nam", addr="Số 2 đường Trần Hưng Đạo, TP Tam Kỳ, tỉnh Quảng Nam", phone="0235.3852.416",
                crumbs=crumbs, top=head_top("pw", "/site/templates/images/banner-btgdv.png", "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Nam", days=1, hours=2), side=side,
                shell_kw={"layout": "div", "head_extra": head, "title": A10.title + " - Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Nam"},
                exp=expected(A10, iso(pub), updated=iso(upd), category="Kỷ niệm ngày lễ lớn"),
                traps={"source": ["Nguồn tin:"], "chrome": ["Nghe đọc bài viết", "Tin cùng chuyên mục", "Sự kiện lịch sử tháng 3", "29/3/1975: Giải phóng Đà Nẵng"],
                       "related": lambda rl: rl[:4]},
                notes="ProcessWire 3 (UIkit front) of a Ban Tuyên giáo và Dân vận Tỉnh ủy (the boards merged in February 2025). A SPEECH's full text: the italic summary says where and when it was delivered (lead); then a photo with a figcaption, the salutations ('Kính thưa …', 'Thưa toàn thể đồng bào, đồng chí!'), the speech and its closing lines ('Xin chúc …', 'Xin trân trọng cảm ơn!') — all body, they are the speaker's words. The speaker named in the headline is NOT recorded as author: the item credits no writer and its only attribution is the field 'Nguồn tin: Văn phòng Tỉnh ủy Quảng Nam' (a source element, set-13 rule) → author null, unit null (a reader could argue the speaker is the author of a speech text; the archive records credits, and the speaker is the subject of the headline). Stamp 'Thứ Hai - 24/03/2025 14:15' → T14:15; 'Cập nhật: 24/03/2025 16:50' → updated. The ceremony was that morning (decoy: 'Sáng 24/3'), historical dates 24/3/1975, 29/3/1975, 1997 and the 'Sự kiện lịch sử' box are decoys. Category = crumb last level 'Kỷ niệm ngày lễ lớn'. The TTS bar is chrome.",
                readme="ProcessWire 3 (UIkit) Ban Tuyên giáo và Dân vận: a SPEECH's full text (salutations and closing lines are body), italic summary lead, figcaption, 'Thứ Hai - dd/mm/yyyy HH:MM' + 'Cập nhật:', 'Nguồn tin:' field only (author, unit null; the speaker is not the author), crumb 'Kỷ niệm ngày lễ lớn', TTS bar")


# ===================================================================== 11 UBKT Tỉnh ủy Bạc Liêu: Node Express + EJS (in-house, Mongo ids); time-first 'HH:MM dd/mm/yyyy'; conclusions as <ul>; 'Name (Văn phòng UBKT Tỉnh ủy)'
A11 = Art("Ủy ban Kiểm tra Tỉnh ủy Bạc Liêu tổ chức Kỳ họp thứ 32",
          "Ngày 8/4, Ủy ban Kiểm tra Tỉnh ủy đã tổ chức Kỳ họp thứ 32 để xem xét, cho ý kiến đối với một số nội dung quan trọng thuộc thẩm quyền.",
          [("p", "Tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy đã xem xét báo cáo kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy xã Vĩnh Hậu A, huyện Hòa Bình và một số đảng viên có liên quan trong việc quản lý, sử dụng đất công."),
           ("img", "/uploads/2025/04/ubkt-ky-hop-32.jpg", "Quang cảnh Kỳ họp thứ 32 của Ủy ban Kiểm tra Tỉnh ủy"),
           ("p", "Sau khi xem xét, Ủy ban Kiểm tra Tỉnh ủy kết luận:"),
           ("ul", ["Ban Thường vụ Đảng ủy xã Vĩnh Hậu A nhiệm kỳ 2020 - 2025 đã vi phạm nguyên tắc tập trung dân chủ, Quy chế làm việc; buông lỏng lãnh đạo, chỉ đạo để xảy ra vi phạm trong cho thuê đất công.",
                   "Đồng chí Trần Văn Bé, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, chịu trách nhiệm chính đối với vi phạm nêu trên.",
                   "Các vi phạm đã gây thất thu ngân sách, ảnh hưởng đến uy tín của tổ chức đảng và chính quyền địa phương."]),
           ("p", "Căn cứ nội dung, tính chất, mức độ, nguyên nhân vi phạm, Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức khiển trách đối với đồng chí Trần Văn Bé; yêu cầu Ban Thường vụ Đảng ủy xã Vĩnh Hậu A tổ chức kiểm điểm sâu sắc, khắc phục hậu quả trước ngày 30/6/2025."),
           ("p", "Cũng tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy xem xét, giải quyết 2 đơn tố cáo và cho ý kiến về dự thảo báo cáo công tác kiểm tra, giám sát quý I năm 2025.")])
BYLINE11 = "Lâm Thanh Tùng (Văn phòng UBKT Tỉnh ủy)"


def page11():
    pub = T("2025-04-09 14:05")

    def main(rng, rl, rd):
        oid = hexid(rng, 24)
        body = A11.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: f'<p class="text-center"><img src="{s}" class="img-responsive center-block" alt="" /></p><p class="caption text-center"><i>{esc(c)}</i></p>',
                          ul=lambda items: '<ul class="ket-luan">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        relh = "".join(f'<li><a href="/bai-viet/{hexid(rng, 24)}">{esc(t)}</a> <span class="time">{hm(d)} {dmy(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="post" data-id="{oid}"><span class="label label-danger post-chip"><a href="/chuyen-muc/hoat-dong-cua-uy-ban-kiem-tra">Hoạt động của Ủy ban Kiểm tra</a></span>'
                f'<h1 class="post-title">{esc(A11.title)}</h1>'
                f'<div class="post-meta"><i class="glyphicon glyphicon-time"></i> {hm(pub)} {dmy(pub)} &nbsp; <i class="glyphicon glyphicon-eye-open"></i> 587</div>'
                f'<p class="post-lead"><b>{esc(A11.lead)}</b></p><div class="post-body">{body}{right_em(BYLINE11)}</div>'
                f'<div class="post-share">{share("bl-share")}</div>'
                f'<div class="post-others"><h4>Tin khác</h4><ul>{relh}</ul></div></div>'
                f'<script>window.__POST__={dump({"_id": oid, "slug": slug(A11.title), "createdAt": "2025-04-09T07:05:12.431Z", "author": "vp.ubkt"})};</script>')

    crumbs = crumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc")], cls="breadcrumb", sep="")
    url = "https://ubkt.baclieu.dcs.vn/bai-viet/6615f2a8c31e4b0d9a7e1c52"
    head = (og(A11.title, url, {"og:site_name": "Ủy ban Kiểm tra Tỉnh ủy Bạc Liêu"}) + '<meta name="csrf-token" content="' + "Zx9" * 12 + '" />'
            + '<link rel="stylesheet" href="/stylesheets/bootstrap.min.css" /><link rel="stylesheet" href="/stylesheets/style.css" />')
    return page("s25-11", family="ubkt_node_express_ejs_time_first_ul_conclusions_name_paren_office_unit",
                name="baclieu-ubkttu-node-express-ejs-mongo-objectid-url-chip-hoat-dong-cua-uy-ban-kiem-tra-over-generic-crumb-h1-time-first-hh-mm-dd-mm-yyyy-bold-lead-p-caption-italic-ul-conclusions-italic-right-name-paren-van-phong-ubkt",
                url=url, art=A11, main_fn=main, pub=pub, prefix="bl", kb=120,
                org="Ủy ban Kiểm tra Tỉnh ủy Bạc Liêu", addr="Số 2 đường Hùng Vương, phường 1, TP Bạc Liêu, tỉnh Bạc Liêu", phone="0291.3822.415",
                crumbs=crumbs, top=head_top("bl", "/images/banner-ubkt-baclieu.jpg", "Ủy ban Kiểm tra Tỉnh ủy Bạc Liêu", days=2, hours=0),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới nhất", fmt=lambda d: f"{hm(d)} {dmy(d)}", cls="bl-new") + schedule(rng, pub + timedelta(days=1), "Lịch làm việc", "bl-lich"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A11.title + " | UBKT Tỉnh ủy Bạc Liêu"},
                exp=expected(A11, iso(pub), author="Lâm Thanh Tùng", unit="Văn phòng UBKT Tỉnh ủy", category="Hoạt động của Ủy ban Kiểm tra"),
                traps={"bylines": [BYLINE11], "accounts": ["vp.ubkt"], "chrome": ["Tin khác", "Tin mới nhất", "Lịch làm việc"], "related": lambda rl: rl[:4]},
                notes="In-house Node.js Express + EJS site (MongoDB ObjectId in the URL, a __POST__ island with a UTC createdAt carrying seconds and an account) of a UBKT Tỉnh ủy. Time-first stamp '14:05 09/04/2025' → 2025-04-09T14:05 (the island's seconds are not printed → :00). The meeting day 8/4 (sapo) and the deadline 30/6/2025 are decoys. Bold p.post-lead = lead. The conclusions are a <ul>: one body paragraph per item. Caption: italic p.caption under the image paragraph. Italic right 'Lâm Thanh Tùng (Văn phòng UBKT Tỉnh ủy)' → author + unit. Category: the red chip above the h1 'Hoạt động của Ủy ban Kiểm tra' (the crumb stops at the generic 'Tin tức'). People named in the conclusions are not authors.",
                readme="Node Express + EJS UBKT (Mongo ObjectId URL): chip 'Hoạt động của Ủy ban Kiểm tra' over a generic crumb, time-first 'HH:MM dd/mm/yyyy', bold lead, conclusions as <ul> (one paragraph per item), italic p caption, italic right 'Name (Văn phòng UBKT Tỉnh ủy)'")


# ===================================================================== 12 Huyện ủy Chợ Lách (Bến Tre): VNPT iPortal (ASP.NET Core sub-portal); labelled 'Tác giả:' / 'Đơn vị:' rows after the text; a second photo with alt only
A12 = Art("Huyện ủy Chợ Lách trao Huy hiệu Đảng đợt 3/2 cho 46 đảng viên",
          "Nhân dịp kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025), sáng 3/2, Huyện ủy Chợ Lách tổ chức lễ trao Huy hiệu Đảng cho 46 đảng viên.",
          [("p", "Trong đợt này có 2 đảng viên được trao Huy hiệu 70 năm tuổi Đảng, 5 đảng viên nhận Huy hiệu 60 năm, 11 đảng viên nhận Huy hiệu 55 năm, 12 đảng viên nhận Huy hiệu 45 năm và 16 đảng viên nhận Huy hiệu 30 năm tuổi Đảng."),
           ("img", "/Portals/21/2025/02/trao-huy-hieu-dang-1.jpg", "Đồng chí Bí thư Huyện ủy trao Huy hiệu 70 năm tuổi Đảng cho đảng viên lão thành Trần Văn Út, xã Sơn Định"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Huyện ủy chúc mừng các đảng viên được nhận Huy hiệu Đảng; mong các đồng chí tiếp tục giữ gìn phẩm chất người đảng viên, là tấm gương sáng để thế hệ trẻ noi theo."),
           ("img", "/Portals/21/2025/02/trao-huy-hieu-dang-2.jpg", None),
           ("p", "Thay mặt các đảng viên được nhận Huy hiệu, đồng chí Nguyễn Văn Năm, 60 năm tuổi Đảng, bày tỏ niềm vinh dự, tự hào và hứa sẽ tiếp tục tham gia sinh hoạt chi bộ đều đặn, vận động con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước."),
           ("p", "Dịp này, Ban Thường vụ Huyện ủy tặng quà cho các đảng viên được nhận Huy hiệu Đảng, mỗi phần quà trị giá 1 triệu đồng.")])
ALT12 = "Các đảng viên nhận Huy hiệu 30 năm tuổi Đảng chụp ảnh lưu niệm"


def page12():
    pub = T("2025-02-03 10:30")
    upd = T("2025-02-03 15:47")

    def main(rng, rl, rd):
        def img(s, c, n):
            if c is None:
                return f'<p style="text-align:center"><img src="{s}" alt="{esc(ALT12, True)}" title="{esc(ALT12, True)}" width="640" /></p>'
            return (f'<p style="text-align:center"><img src="{s}" alt="" width="640" /></p>'
                    f'<p style="text-align:center"><span style="font-size:12px"><em>{esc(c)}</em></span></p>')
        body = A12.render(p=jp, img=img)
        relh = "".join(f'<div class="item-other"><a href="/tin-tuc-su-kien/xay-dung-dang/{slug(t)}-{rng.randint(10000, 99999)}.html">{esc(t)}</a>'
                       f'<span class="item-date">({dmy(d)})</span></div>' for t, d in zip(rl[:6], rd))
        return (f'<div class="ipt-article"><div class="ipt-article-header"><h1 class="ipt-title">{esc(A12.title)}</h1>'
                f'<div class="ipt-dates"><span class="ipt-pub">Ngày {dmy(pub)} {hm(pub)}</span> <span class="ipt-sep">|</span> '
                f'<span class="ipt-upd">Cập nhật: {dmy(upd)} {hm(upd)}</span></div></div>'
                f'<div class="ipt-summary">{esc(A12.lead)}</div><div class="ipt-content">{body}</div>'
                f'<table class="ipt-info"><tbody><tr><td class="lbl">Tác giả:</td><td>Nguyễn Thị Bích Tuyền</td></tr>'
                f'<tr><td class="lbl">Đơn vị:</td><td>Văn phòng Huyện ủy</td></tr><tr><td class="lbl">Lượt xem:</td><td>296</td></tr></tbody></table>'
                f'<div class="ipt-toolbar"><a href="#">In bài</a> · <a href="#">Gửi bài</a> · <a href="#">Lưu bài</a></div>'
                f'<div class="ipt-others"><div class="ipt-others-head">Các tin khác</div>{relh}</div></div>')

    crumbs = ('<div class="ipt-breadcrumb"><a href="/"><img src="/Content/images/home.png" alt="Trang chủ" /></a> &gt; <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a> &gt; '
              '<a href="/tin-tuc-su-kien/xay-dung-dang" class="current">Xây dựng Đảng</a></div>')
    url = "https://huyenuycholach.bentre.dcs.vn/tin-tuc-su-kien/xay-dung-dang/huyen-uy-cho-lach-trao-huy-hieu-dang-dot-3-2-cho-46-dang-vien-31842.html"
    head = (og(A12.title, url, {"og:site_name": "Huyện ủy Chợ Lách"}) + '<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />'
            + '<link rel="stylesheet" href="/Themes/iPortal/css/site.min.css?v=hU3kQm0ZcX8fR2pLw7Yb1nTg5sVd9eJq4aKoPi6r" /><meta name="author" content="VNPT Bến Tre" />')
    return page("s25-12", family="district_party_vnpt_iportal_tac_gia_don_vi_rows_after_text_alt_only_second_photo",
                name="bentre-cholach-huyenuy-vnpt-iportal-aspnetcore-image-home-crumb-xay-dung-dang-h1-ngay-dd-mm-yyyy-hh-mm-pipe-cap-nhat-same-day-plain-summary-lead-centred-em-caption-second-photo-alt-title-only-tac-gia-don-vi-table-rows",
                url=url, art=A12, main_fn=main, pub=pub, prefix="ipt", kb=125,
                org="Đảng bộ huyện Chợ Lách", addr="Khu phố 2, thị trấn Chợ Lách, huyện Chợ Lách, tỉnh Bến Tre", phone="0275.3871.128",
                crumbs=crumbs, top=head_top("ipt", "/Content/images/banner-cholach.jpg", "Đảng bộ huyện Chợ Lách", days=1, hours=3),
                side=lambda rng, pub: side_std(rng, pub, "Tin xem nhiều", cls="ipt-most") + vb_box(["Kế hoạch tổ chức đại hội chi bộ trực thuộc", "Hướng dẫn xét tặng Huy hiệu Đảng"], "Văn bản chỉ đạo", "ipt-vb"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A12.title + " - Huyện ủy Chợ Lách"},
                exp=expected(A12, iso(pub), updated=iso(upd), author="Nguyễn Thị Bích Tuyền", unit="Văn phòng Huyện ủy", category="Xây dựng Đảng"),
                traps={"alt_only": [ALT12], "chrome": ["Lượt xem:", "In bài", "Lưu bài", "Các tin khác", "Văn bản chỉ đạo"], "related": lambda rl: rl[:4]},
                notes="VNPT iPortal (the ASP.NET Core platform VNPT sells to district sites since 2023) of a Huyện ủy. Stamp 'Ngày 03/02/2025 10:30 | Cập nhật: 03/02/2025 15:47' → published T10:30, updated T15:47 the same day. The 95th-anniversary dates (3/2/1930 - 3/2/2025) and 'sáng 3/2' in the sapo are decoys (the same day!). Plain summary div = lead. The first photo has a centred small italic caption; the SECOND photo has only alt + title attributes ('Các đảng viên nhận Huy hiệu 30 năm tuổi Đảng chụp ảnh lưu niệm' is a tooltip, not printed) → one caption. After the text an info table with labelled rows 'Tác giả: Nguyễn Thị Bích Tuyền' / 'Đơn vị: Văn phòng Huyện ủy' → author + unit (a labelled 'Đơn vị:' is a unit, set-13 rule). Category = crumb 'Xây dựng Đảng' (home as an image). The people honoured are not authors.",
                readme="VNPT iPortal (ASP.NET Core) Huyện ủy: 'Ngày dd/mm/yyyy HH:MM | Cập nhật: …' same day, plain summary lead, centred em caption + a second photo with alt/title only (not a caption), info table rows 'Tác giả:' / 'Đơn vị:' after the text, image-home crumb 'Xây dựng Đảng'")


# ===================================================================== 13 Hội Nông dân tỉnh Trà Vinh: OpenCart 3 + Journal 3 blog (a shop repurposed); date only; italic 'Khmer name - Hội Nông dân huyện …'
A13 = Art("Cầu Kè: Nông dân liên kết trồng dừa sáp theo hướng hữu cơ",
          None,
          [("p", "Những năm gần đây, nhiều nông dân ở xã Hòa Tân, huyện Cầu Kè đã chuyển sang trồng dừa sáp theo hướng hữu cơ, liên kết với doanh nghiệp bao tiêu sản phẩm. Đến nay, Tổ hợp tác dừa sáp Hòa Tân có 38 thành viên với diện tích hơn 45 ha."),
           ("img", "/image/catalog/blog/2025/03/dua-sap-huu-co.jpg", "Thành viên Tổ hợp tác chăm sóc vườn dừa sáp theo quy trình hữu cơ"),
           ("p", "Theo quy trình, các thành viên không sử dụng phân bón hóa học, thuốc bảo vệ thực vật; cỏ dưới gốc được cắt giữ ẩm, phân bón là phân chuồng ủ hoai với chế phẩm sinh học. Mỗi trái dừa sáp đạt chuẩn được doanh nghiệp thu mua với giá 70.000 - 90.000 đồng, cao hơn dừa sáp thông thường 15%."),
           ("p", "Ông Thạch Sa Rết, Tổ trưởng Tổ hợp tác, cho biết nhờ liên kết, bà con yên tâm đầu tư, không còn cảnh bị thương lái ép giá vào mùa thu hoạch rộ. Thu nhập bình quân của mỗi hộ thành viên đạt khoảng 180 triệu đồng/ha/năm."),
           ("img", "/image/catalog/blog/2025/03/dua-sap-dong-goi.jpg", "Sản phẩm dừa sáp được đóng gói, dán tem truy xuất nguồn gốc trước khi xuất bán"),
           ("p", "Hội Nông dân huyện Cầu Kè đang phối hợp với ngành nông nghiệp hướng dẫn Tổ hợp tác hoàn thiện hồ sơ chứng nhận hữu cơ và nâng lên thành hợp tác xã trong năm 2025.")])
BYLINE13 = "Kim Thị Sóc Kha - Hội Nông dân huyện Cầu Kè"


def page13():
    pub = T("2025-03-07")

    def main(rng, rl, rd):
        body = A13.render(p=lambda t: f"<p>{esc(t)}</p>", img=pcap)
        prods = [("Dừa sáp Cầu Kè (trái)", "85.000đ"), ("Mật hoa dừa Trà Vinh", "120.000đ"), ("Bánh tét lá cẩm", "60.000đ"), ("Chuối sấy Tiểu Cần", "45.000đ")]
        pcards = "".join(f'<div class="product-thumb"><div class="image"><a href="/index.php?route=product/product&amp;product_id={50 + i}"><img src="/image/cache/catalog/sp/{slug(n)}-250x250.jpg" alt="{esc(n, True)}" /></a></div>'
                         f'<div class="caption"><div class="name"><a href="#">{esc(n)}</a></div><div class="price"><span class="price-normal">{p}</span></div>'
                         f'<div class="buttons-wrapper"><a class="btn btn-cart" href="#">Thêm vào giỏ</a></div></div></div>' for i, (n, p) in enumerate(prods))
        relh = "".join(f'<div class="post-layout"><a href="/index.php?route=journal3/blog/post&amp;journal_blog_post_id={rng.randint(100, 300)}">{esc(t)}</a>'
                       f'<span class="p-date">{dmy(d)}</span></div>' for t, d in zip(rl[:4], rd))
        return (f'<div id="content" class="blog-post"><h1 class="title page-title">{esc(A13.title)}</h1>'
                f'<div class="post-stats"><span class="p-author">Admin</span> <span class="p-date">Ngày đăng: {dmy(pub)}</span> <span class="p-view">211</span> '
                f'<span class="p-comment">0 bình luận</span> <span class="p-category"><a href="/index.php?route=journal3/blog&amp;journal_blog_category_id=3">Liên kết sản xuất</a></span></div>'
                f'<div class="post-image"><img src="/image/cache/catalog/blog/2025/03/dua-sap-cover-1200x600.jpg" alt="" /></div>'
                f'<div class="post-content">{body}{right_em(BYLINE13)}</div>'
                f'<div class="tags">Từ khóa: <a href="#">dừa sáp</a> <a href="#">hữu cơ</a></div>'
                f'<div class="module module-products"><h3 class="title module-title">Sản phẩm OCOP của hội viên</h3><div class="module-body">{pcards}</div></div>'
                f'<div class="module module-blog_posts"><h3 class="title module-title">Bài viết liên quan</h3>{relh}</div>'
                f'<div id="comment" class="post-comment"><h3 class="title">Gửi bình luận</h3><input placeholder="Họ tên" /><textarea></textarea><button class="btn">Gửi</button></div></div>')

    crumbs = ('<ul class="breadcrumb"><li><a href="/index.php?route=common/home"><i class="fa fa-home"></i></a></li>'
              '<li><a href="/index.php?route=journal3/blog">Tin tức</a></li><li><a href="/index.php?route=journal3/blog&amp;journal_blog_category_id=3">Liên kết sản xuất</a></li>'
              f'<li><a href="#">{esc(A13.title)}</a></li></ul>')
    url = "https://hoinongdan.travinh.gov.vn/index.php?route=journal3/blog/post&journal_blog_post_id=214"
    head = (og(A13.title, url, {"og:site_name": "Hội Nông dân tỉnh Trà Vinh"}) + '<link href="/catalog/view/theme/journal3/assets/bd6e1c6.css" rel="stylesheet" />'
            + '<script>window.Journal={"isPopup":false,"isPhone":false,"isTablet":false,"isDesktop":true,"filterScrollTop":false,"currency_left":"","currency_right":"đ","currency_decimal":",","currency_thousand":"."};</script>')
    top = lambda rng, pub: (head_top("oc", "/image/catalog/logo-hnd-travinh.png", "Hội Nông dân tỉnh Trà Vinh", days=3, hours=1)(rng, pub)
                            + '<div id="cart" class="dropdown cart-group"><a href="/index.php?route=checkout/cart">Giỏ hàng: 0 sản phẩm - 0đ</a></div>'
                            + '<div class="top-menu"><a href="/index.php?route=account/login">Đăng nhập</a> | <a href="/index.php?route=account/register">Đăng ký</a></div>')
    return page("s25-13", family="farmers_union_opencart3_journal_blog_shop_repurposed_date_only_khmer_name_dash_unit",
                name="travinh-hnd-opencart3-journal3-blog-post-shop-chrome-cart-products-crumb-ending-title-lien-ket-san-xuat-h1-admin-account-ngay-dang-dd-mm-yyyy-date-only-no-lead-p-em-captions-italic-right-khmer-name-dash-hoi-nong-dan-huyen",
                url=url, art=A13, main_fn=main, pub=pub, prefix="oc", kb=190,
                org="Hội Nông dân tỉnh Trà Vinh", addr="Số 26 đường Nguyễn Thị Minh Khai, phường 2, TP Trà Vinh, tỉnh Trà Vinh", phone="0294.3862.208",
                crumbs=crumbs, top=top, side=lambda rng, pub: side_std(rng, pub, "Tin mới", cls="oc-new") + '<div class="oc-price"><h3>Giá nông sản</h3><p>Dừa khô: 95.000đ/chục · Cập nhật 07:00 ngày 07/03/2025</p></div>',
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A13.title},
                exp=expected(A13, isod(pub), author="Kim Thị Sóc Kha", unit="Hội Nông dân huyện Cầu Kè", category="Liên kết sản xuất"),
                traps={"shop": ["Giỏ hàng: 0 sản phẩm - 0đ", "Sản phẩm OCOP của hội viên", "Thêm vào giỏ", "85.000đ"], "accounts": ["Admin"],
                       "chrome": ["0 bình luận", "Từ khóa:", "Bài viết liên quan", "Gửi bình luận", "Giá nông sản", "Cập nhật 07:00 ngày 07/03/2025"],
                       "bylines": [BYLINE13], "related": lambda rl: rl[:3]},
                notes="OpenCart 3 with the Journal 3 theme's blog module — the union's OCOP shop repurposed as its news site (cart, login, a product module with prices and 'Thêm vào giỏ' under the post: chrome). Post stats: 'Admin' (account), 'Ngày đăng: 07/03/2025' (date only; no machine time) → '2025-03-07', views, comments, the blog category link 'Liên kết sản xuất' (= crumb level before the title) → category. A cover image without caption above the text (captions come from the two captioned photos inside it: centred <em> paragraphs). No lead. Italic right 'Kim Thị Sóc Kha - Hội Nông dân huyện Cầu Kè' → author (Khmer name kept whole) + unit. The price box 'Cập nhật 07:00 ngày 07/03/2025' is a decoy the same day: not an update stamp of the article. Ông Thạch Sa Rết (quoted) is not an author.",
                readme="OpenCart 3 + Journal 3 blog (a shop repurposed) Hội Nông dân: cart, product module with prices, 'Admin' account, 'Ngày đăng: dd/mm/yyyy' date only, category link = crumb before the title, no lead, centred em captions, italic right 'Khmer name - Hội Nông dân huyện …', a same-day price box 'Cập nhật 07:00 …' (decoy)")


# ===================================================================== 14 Sở Nội vụ tỉnh Phú Yên: ASP.NET WebForms + DevExpress (in-house); a body table; office signature only
A14 = Art("Phú Yên triển khai phương án sắp xếp đơn vị hành chính cấp xã",
          "Chiều 10/4, UBND tỉnh tổ chức hội nghị triển khai Đề án sắp xếp đơn vị hành chính cấp xã và xây dựng mô hình tổ chức chính quyền địa phương hai cấp trên địa bàn tỉnh. Sở Nội vụ là cơ quan thường trực tham mưu thực hiện Đề án.",
          [("p", "Theo phương án dự kiến, tỉnh sẽ giảm từ 106 đơn vị hành chính cấp xã xuống còn 34 đơn vị, gồm 28 xã và 6 phường; không tổ chức cấp huyện kể từ ngày Nghị quyết của Ủy ban Thường vụ Quốc hội có hiệu lực."),
           ("p", "Số lượng đơn vị hành chính cấp xã trước và sau sắp xếp tại một số địa phương như sau:"),
           ("table", [["Địa phương", "Trước sắp xếp", "Sau sắp xếp"], ["TP Tuy Hòa", "16", "4"], ["Thị xã Đông Hòa", "10", "4"], ["Huyện Sơn Hòa", "14", "4"]]),
           ("img", "/Upload/TinTuc/2025/04/hoi-nghi-sap-xep-xa.jpg", "Quang cảnh hội nghị triển khai Đề án sắp xếp đơn vị hành chính cấp xã"),
           ("p", "Giám đốc Sở Nội vụ đề nghị các địa phương khẩn trương lấy ý kiến cử tri về phương án sắp xếp, hoàn thành trước ngày 20/4/2025; đồng thời rà soát, thống kê đội ngũ cán bộ, công chức cấp xã để xây dựng phương án bố trí sau sắp xếp."),
           ("p", "Sở Nội vụ sẽ thành lập các tổ công tác hướng dẫn các địa phương thực hiện quy trình, hồ sơ Đề án theo đúng quy định, bảo đảm tiến độ Trung ương yêu cầu.")])
SIGN14 = "Phòng Xây dựng chính quyền và Công tác thanh niên"


def page14():
    pub = T("2025-04-11 10:12")

    def main(rng, rl, rd):
        img = lambda s, c, n: (f'<table class="dxeImageCaption" align="center" cellpadding="2"><tr><td><img id="ctl00_cphMain_imgNews{n}" class="dxeImage" src="{s}" width="600" /></td></tr>'
                               f'<tr><td class="caption" style="text-align:center;color:#555"><i>{esc(c)}</i></td></tr></table>')
        table = lambda rows: ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto"><tbody>'
                              + "".join("<tr>" + "".join((f"<td><b>{esc(c)}</b></td>" if i == 0 else f"<td>{esc(c)}</td>") for c in r) + "</tr>" for i, r in enumerate(rows)) + "</tbody></table>")
        body = A14.render(p=jp, img=img, table=table)
        grid = "".join(f'<tr class="dxgvDataRow_Office2010Blue" id="ctl00_cphMain_gvOther_DXDataRow{i}"><td class="dxgv"><a href="/Pages/TinTuc/ChiTiet.aspx?id={rng.randint(5000, 6000)}">{esc(t)}</a></td>'
                       f'<td class="dxgv" style="width:90px">{dmy(d)}</td></tr>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div id="ctl00_cphMain_pnlChiTiet" class="chitiet"><h1><span id="ctl00_cphMain_lblTieuDe" class="tieude">{esc(A14.title)}</span></h1>'
                f'<div class="ngaydang"><span id="ctl00_cphMain_lblNgayDang">{dmy(pub)} {hm(pub)}</span> <span class="luotxem">(Lượt xem: 744)</span></div>'
                f'<div class="tomtat"><span id="ctl00_cphMain_lblTomTat" style="font-weight:bold">{esc(A14.lead)}</span></div>'
                f'<div id="ctl00_cphMain_divNoiDung" class="noidung">{body}{right_bold(SIGN14)}</div>'
                f'<div class="tienich"><a id="ctl00_cphMain_lnkIn" href="javascript:__doPostBack(\'ctl00$cphMain$lnkIn\',\'\')">In trang</a> | <a href="#">Gửi email</a></div>'
                f'<div class="tinkhac"><div class="tinkhac-title">Các tin đã đưa</div><table id="ctl00_cphMain_gvOther" class="dxgvControl_Office2010Blue dxgv" cellspacing="0"><tbody>{grid}</tbody></table>'
                f'<div class="dxgvPagerBottomPanel"><b class="dxp-lead dxp-summary">Trang 1 / 42 (251 mục)</b></div></div></div>')

    crumbs = ('<div class="duongdan"><span id="ctl00_SiteMapPath1"><a href="#ctl00_SiteMapPath1_SkipLink"></a><span><a href="/">Trang chủ</a></span><span> » </span>'
              '<span><a href="/Pages/TinTuc/DanhSach.aspx">Tin tức</a></span><span> » </span><span class="current">Tổ chức bộ máy - Biên chế</span></span></div>')
    url = "https://snv.phuyen.gov.vn/Pages/TinTuc/ChiTiet.aspx?id=5842&cat=12"
    head = (og(A14.title, url, {"og:site_name": "Sở Nội vụ tỉnh Phú Yên"})
            + '<link rel="stylesheet" type="text/css" href="/DXR.axd?r=1_66,1_68,0_2272-Ew4Ci" /><script id="dxis_1214839521" src="/DXR.axd?r=1_9,1_10,1_253,1_21,1_62-Ew4Ci"></script>')
    return page("s25-14", family="department_home_affairs_webforms_devexpress_body_table_office_signature_only",
                name="phuyen-snv-aspnet-webforms-devexpress-gridview-sitemappath-current-to-chuc-bo-may-bien-che-h1-span-lbltieude-lblngaydang-dd-mm-yyyy-hh-mm-bold-lbltomtat-lead-body-table-bold-header-row-dxe-image-caption-row-bold-right-office-signature",
                url=url, art=A14, main_fn=main, pub=pub, prefix="dx", kb=170,
                org="Sở Nội vụ tỉnh Phú Yên", addr="Số 8 đường Trần Phú, phường 7, TP Tuy Hòa, tỉnh Phú Yên", phone="0257.3842.315",
                crumbs=crumbs, top=head_top("dx", "/Images/banner-snv.jpg", "Sở Nội vụ tỉnh Phú Yên", days=1, hours=4),
                side=lambda rng, pub: side_std(rng, pub, "Tin nổi bật", cls="dx-hot") + links_box(["Bộ Nội vụ", "Cổng TTĐT tỉnh Phú Yên", "Dịch vụ công trực tuyến"], "Liên kết", "dx-lk"),
                shell_kw={"layout": "table", "form": True, "head_extra": head, "title": A14.title + " - Sở Nội vụ tỉnh Phú Yên"},
                exp=expected(A14, iso(pub), unit=SIGN14, category="Tổ chức bộ máy - Biên chế"),
                traps={"chrome": ["(Lượt xem: 744)", "In trang", "Các tin đã đưa", "Trang 1 / 42 (251 mục)", "Tin nổi bật"], "related": lambda rl: rl[:4]},
                notes="In-house ASP.NET WebForms with DevExpress controls (DXR.axd resources, an ASPxGridView of older items with a pager, ViewState) of a Sở Nội vụ. Title in span#lblTieuDe inside the h1. lblNgayDang '11/04/2025 10:12' → 2025-04-11T10:12. Bold lblTomTat = lead. A data table inside the text (bold header row included) → one body paragraph per row, cells joined by ' | '. The photo is a two-row DevExpress image table with an italic caption row. The only credit is the bold right office signature 'Phòng Xây dựng chính quyền và Công tác thanh niên' → author null, unit the office (as sets 3, 23, 24). Category = the SiteMapPath's current node 'Tổ chức bộ máy - Biên chế'. The conference day (10/4), the deadline 20/4/2025 and the grid's dates are decoys.",
                readme="ASP.NET WebForms + DevExpress Sở Nội vụ: SiteMapPath current 'Tổ chức bộ máy - Biên chế', span title in the h1, lblNgayDang 'dd/mm/yyyy HH:MM', bold lblTomTat lead, a body table with a bold header row, DevExpress image table with a caption row, office signature only (unit), ASPxGridView of older items")


# ===================================================================== 15 Tỉnh đoàn Bắc Kạn: Eleventy (11ty) static site; date-only <time>; kicker pill category; 'Name (Huyện đoàn …)'
A15 = Art("Ba Bể: Ra quân Tháng Thanh niên và khởi công công trình “Thắp sáng đường quê”",
          "Sáng 2/3, Huyện đoàn Ba Bể tổ chức lễ ra quân Tháng Thanh niên năm 2025 và khởi công công trình thanh niên “Thắp sáng đường quê” tại thôn Bó Lù, xã Nam Mẫu.",
          [("p", "Công trình có tổng chiều dài 2,4 km với 80 bóng đèn năng lượng mặt trời, tổng kinh phí 160 triệu đồng từ nguồn xã hội hóa và ngày công của đoàn viên, thanh niên. Dự kiến công trình hoàn thành, bàn giao trước ngày 26/3/2025."),
           ("img", "/img/2025/03/ba-be-ra-quan.webp", "Đoàn viên, thanh niên huyện Ba Bể tham gia lễ ra quân Tháng Thanh niên năm 2025"),
           ("p", "Trong Tháng Thanh niên, Huyện đoàn Ba Bể sẽ tổ chức 15 hoạt động tình nguyện, trong đó có sửa chữa 3 nhà nhân ái cho đoàn viên khó khăn, hướng dẫn người dân ở các thôn du lịch cộng đồng quanh hồ Ba Bể sử dụng thanh toán không dùng tiền mặt."),
           ("img", "/img/2025/03/ba-be-thap-sang-duong-que.webp", "Lắp đặt cột đèn năng lượng mặt trời tại thôn Bó Lù (Ảnh: Huyện đoàn Ba Bể)"),
           ("p", "Dịp này, Huyện đoàn trao 20 suất quà cho thiếu nhi có hoàn cảnh khó khăn và phát động đoàn viên tham gia hiến máu tình nguyện đợt 1 năm 2025.")])
BYLINE15 = "Hoàng Thu Hiền (Huyện đoàn Ba Bể)"


def page15():
    pub = T("2025-03-02")

    def main(rng, rl, rd):
        body = A15.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: f'<figure><picture><source srcset="{s}" type="image/webp" /><img src="{s.replace(".webp", ".jpg")}" alt="" loading="lazy" decoding="async" width="960" height="640" /></picture><figcaption>{esc(c)}</figcaption></figure>')
        relh = "".join(f'<li><a href="/bai-viet/{slug(t)}/">{esc(t)}</a> <time datetime="{isod(d)}">{d.day} tháng {d.month}, {d.year}</time></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="post h-entry"><header class="post-header"><a class="pill pill--cat" href="/chuyen-muc/hoat-dong-co-so/">Hoạt động cơ sở</a>'
                f'<h1 class="post-title p-name">{esc(A15.title)}</h1>'
                f'<p class="post-meta"><time class="dt-published" datetime="{isod(pub)}">{pub.day} tháng {pub.month}, {pub.year}</time> · <span class="reading-time">4 phút đọc</span></p></header>'
                f'<p class="lede p-summary">{esc(A15.lead)}</p><div class="post-content e-content">{body}{right_em(BYLINE15)}</div>'
                f'<footer class="post-footer"><ul class="tags"><li><a href="/tags/thang-thanh-nien/">#ThángThanhNiên</a></li><li><a href="/tags/ba-be/">#BaBể</a></li></ul>'
                f'<nav class="post-nav"><a href="#" rel="prev">← Bài trước</a> <a href="#" rel="next">Bài sau →</a></nav>'
                f'<section class="related"><h2>Có thể bạn quan tâm</h2><ul>{relh}</ul></section></footer></article>')

    url = "https://tinhdoanbackan.org.vn/bai-viet/ba-be-ra-quan-thang-thanh-nien-va-khoi-cong-cong-trinh-thap-sang-duong-que/"
    head = (og(A15.title, url, {"og:site_name": "Tỉnh đoàn Bắc Kạn"}) + '<meta name="generator" content="Eleventy v2.0.1" />'
            + '<link rel="stylesheet" href="/css/index.css" /><link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Tỉnh đoàn Bắc Kạn" />')
    side = lambda rng, pub: (side_std(rng, pub, "Bài mới", fmt=lambda d: f"{d.day} tháng {d.month}, {d.year}", cls="el-recent")
                             + '<div class="countdown"><h3>Đếm ngược</h3><p>Còn 24 ngày đến Kỷ niệm 94 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2025)</p></div>')
    return page("s25-15", family="youth_union_eleventy_static_date_only_time_pill_category_name_paren_huyen_doan",
                name="backan-tinhdoan-eleventy-11ty-static-pill-category-hoat-dong-co-so-h1-d-thang-m-yyyy-date-only-time-reading-time-p-lede-lead-picture-webp-figcaptions-one-with-anh-credit-italic-right-name-paren-huyen-doan",
                url=url, art=A15, main_fn=main, pub=pub, prefix="ev", kb=100,
                org="Tỉnh đoàn Bắc Kạn", addr="Tổ 1, phường Đức Xuân, TP Bắc Kạn, tỉnh Bắc Kạn", phone="0209.3870.265",
                top=head_top("ev", "/img/logo-tinhdoan.svg", "Tỉnh đoàn Bắc Kạn", days=5, hours=0), side=side,
                shell_kw={"layout": "astro", "head_extra": head, "title": A15.title + " | Tỉnh đoàn Bắc Kạn"},
                exp=expected(A15, isod(pub), author="Hoàng Thu Hiền", unit="Huyện đoàn Ba Bể", category="Hoạt động cơ sở"),
                traps={"bylines": [BYLINE15], "chrome": ["4 phút đọc", "#ThángThanhNiên", "← Bài trước", "Có thể bạn quan tâm", "Đếm ngược"], "related": lambda rl: rl[:4]},
                notes="Eleventy (11ty) static build of a Tỉnh đoàn (h-entry microformats, no CMS). Date '2 tháng 3, 2025' in <time datetime='2025-03-02'> (date only, no time anywhere) → '2025-03-02'; '4 phút đọc' is a reading time, not a time of day. p.lede = lead. Two <picture> figures with figcaptions; the second ends with '(Ảnh: Huyện đoàn Ba Bể)' inside the caption (kept, photographer null). Italic right 'Hoàng Thu Hiền (Huyện đoàn Ba Bể)' → author + unit. Category: the pill above the h1 'Hoạt động cơ sở' (no crumb). The completion deadline 26/3/2025 and the countdown box are decoys.",
                readme="Eleventy (11ty) static Tỉnh đoàn: pill category above the h1, 'd tháng m, yyyy' in a date-only <time>, '4 phút đọc', p.lede lead, <picture> figcaptions (one with '(Ảnh: …)'), italic right 'Name (Huyện đoàn …)'")


# ===================================================================== 16 Ủy ban MTTQ tỉnh Hòa Bình: Joomla 3 + Astroid framework; vi long stamps 'Thứ bảy, 01 Tháng 3 2025 15:10' + 'Lần cập nhật cuối'; img_caption
A16 = Art("Lạc Sơn bàn giao 35 nhà Đại đoàn kết cho hộ nghèo",
          "Ngày 1/3, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Lạc Sơn phối hợp với UBND các xã tổ chức bàn giao 35 nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở.",
          [("p", "Mỗi căn nhà có diện tích từ 40 đến 60 m², được hỗ trợ 60 triệu đồng từ Quỹ “Vì người nghèo” các cấp và chương trình xóa nhà tạm, nhà dột nát; phần còn lại do gia đình đối ứng và bà con, dòng họ giúp ngày công."),
           ("img", "/images/2025/03/ban-giao-nha-dai-doan-ket-lac-son.jpg", "Lãnh đạo Ủy ban MTTQ huyện Lạc Sơn trao quyết định hỗ trợ nhà Đại đoàn kết cho hộ bà Bùi Thị Chiêm, xã Ngọc Lâu"),
           ("p", "Bà Bùi Thị Chiêm ở xóm Đồi, xã Ngọc Lâu xúc động cho biết, chồng mất sớm, hai con còn nhỏ, căn nhà tạm bằng gỗ tạp của gia đình xuống cấp nhiều năm nay. Có ngôi nhà mới, bà yên tâm lo làm ăn, nuôi con ăn học."),
           ("p", "Từ đầu năm 2025 đến nay, Ủy ban MTTQ huyện Lạc Sơn đã vận động hỗ trợ xây mới, sửa chữa 112 căn nhà cho hộ nghèo, hộ cận nghèo, phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trên địa bàn huyện trong tháng 6/2025.")])
BYLINE16 = "Bùi Văn Tươi - Ủy ban MTTQ huyện Lạc Sơn"


def page16():
    pub = T("2025-03-01 15:10")
    upd = T("2025-03-03 08:40")

    def jv(d):
        return f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"

    def main(rng, rl, rd):
        body = A16.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: (f'<div class="img_caption center" style="width:700px !important;"><img src="{s}" alt="{esc(c, True)}" width="700" />'
                                               f'<p class="img_caption">{esc(c)}</p></div>'))
        relh = "".join(f'<li><a href="/index.php/mat-tran-co-so/{rng.randint(3000, 3999)}-{slug(t)}">{esc(t)}</a></li>' for t in rl[:5])
        return (f'<div class="astroid-component"><div class="item-page" itemscope itemtype="https://schema.org/Article">'
                f'<div class="page-header"><h2 itemprop="headline">{esc(A16.title)}</h2></div>'
                f'<div class="article-info muted"><dl class="article-info"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author"><span class="icon-user"></span> Viết bởi <span itemprop="name">mttq_hoabinh</span></dd>'
                f'<dd class="category-name"><span class="icon-folder-open"></span> Danh mục: <a href="/index.php/mat-tran-co-so" itemprop="genre">Mặt trận cơ sở</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> <time datetime="{iso(pub)}" itemprop="datePublished">Được đăng: {jv(pub)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye-open"></span> Lượt xem: 356</dd></dl></div>'
                f'<div itemprop="articleBody"><p><strong>{esc(A16.lead)}</strong></p>{body}{right_em(BYLINE16)}</div>'
                f'<dl class="article-info muted"><dd class="modified"><span class="icon-calendar"></span> <time datetime="{iso(upd)}" itemprop="dateModified">Lần cập nhật cuối: {jv(upd)}</time></dd></dl>'
                f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Trước</a></li><li class="next"><a href="#" rel="next">Tiếp &gt;</a></li></ul></div>'
                f'<div class="moduletable relateditems"><h3>Tin liên quan</h3><ul class="relateditems">{relh}</ul></div></div>')

    crumbs = ('<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li>'
              '<li itemprop="itemListElement"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> › </span></li>'
              '<li itemprop="itemListElement"><a itemprop="item" href="/index.php/mat-tran-co-so" class="pathway"><span itemprop="name">Mặt trận cơ sở</span></a><span class="divider"> › </span></li>'
              f'<li itemprop="itemListElement" class="active"><span itemprop="name">{esc(A16.title)}</span></li></ul>')
    url = "https://mattranhoabinh.vn/index.php/mat-tran-co-so/3412-lac-son-ban-giao-35-nha-dai-doan-ket-cho-ho-ngheo"
    head = (og(A16.title, url, {"og:site_name": "Ủy ban MTTQ Việt Nam tỉnh Hòa Bình"}) + '<meta name="generator" content="Joomla! - Open Source Content Management" />'
            + '<link href="/media/astroid/assets/css/astroid-framework.min.css" rel="stylesheet" /><link href="/templates/astroid_template_zero/css/compiled-4a1f.css" rel="stylesheet" />')
    return page("s25-16", family="mttq_joomla3_astroid_long_vi_stamps_lan_cap_nhat_cuoi_after_text",
                name="hoabinh-mttq-joomla3-astroid-template-zero-crumb-title-last-h2-headline-viet-boi-account-danh-muc-mat-tran-co-so-duoc-dang-weekday-dd-thang-m-yyyy-hh-mm-lan-cap-nhat-cuoi-after-text-bold-intro-img-caption-italic-right-name-dash-mttq-huyen",
                url=url, art=A16, main_fn=main, pub=pub, prefix="as", kb=135,
                org="Ủy ban MTTQ Việt Nam tỉnh Hòa Bình", addr="Số 1 đường Cù Chính Lan, phường Đồng Tiến, TP Hòa Bình, tỉnh Hòa Bình", phone="0218.3852.317",
                crumbs=crumbs, top=head_top("as", "/images/logo/banner-mttq.png", "Ủy ban MTTQ Việt Nam tỉnh Hòa Bình", days=1, hours=6),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", cls="as-new") + '<div class="as-fund"><h3>Quỹ “Vì người nghèo”</h3><p>Tổng số tiền vận động năm 2025: 4,82 tỷ đồng (cập nhật đến 28/02/2025)</p></div>',
                shell_kw={"layout": "joomla", "head_extra": head, "title": A16.title + " - Ủy ban MTTQ Việt Nam tỉnh Hòa Bình"},
                exp=expected(A16, iso(pub), updated=iso(upd), author="Bùi Văn Tươi", unit="Ủy ban MTTQ huyện Lạc Sơn", category="Mặt trận cơ sở"),
                traps={"accounts": ["mttq_hoabinh"], "bylines": [BYLINE16], "chrome": ["Lượt xem: 356", "Tin liên quan", "< Trước", "Tổng số tiền vận động năm 2025: 4,82 tỷ đồng (cập nhật đến 28/02/2025)"], "related": lambda rl: rl[:4]},
                notes="Joomla 3 + the Astroid framework (template zero) of an Ủy ban MTTQ tỉnh. h2 headline in div.page-header. article-info: 'Viết bởi mttq_hoabinh' (account), 'Danh mục: Mặt trận cơ sở' (= crumb level before the title), 'Được đăng: thứ bảy, 01 Tháng 3 2025 15:10' → 2025-03-01T15:10; after the text, a second info block 'Lần cập nhật cuối: thứ hai, 03 Tháng 3 2025 08:40' → updated 2025-03-03T08:40 (both <time>s agree). Bold intro paragraph = lead. Joomla img_caption div with p.img_caption (the image's alt repeats the caption: one caption). Italic right 'Bùi Văn Tươi - Ủy ban MTTQ huyện Lạc Sơn' → author + unit. Bà Bùi Thị Chiêm (quoted) is not an author. Decoys: the fund box 'cập nhật đến 28/02/2025', the target month 6/2025.",
                readme="Joomla 3 + Astroid MTTQ: h2 headline, 'Viết bởi <account>', 'Danh mục:', 'Được đăng: thứ bảy, 01 Tháng 3 2025 15:10' + 'Lần cập nhật cuối: …' AFTER the text (agreeing <time>s), bold intro lead, img_caption, italic right 'Name - Ủy ban MTTQ huyện …', fund box 'cập nhật đến …' (decoy)")


# ===================================================================== 17 Báo Kiên Giang: Phalcon in-house press CMS; SERIES part 'Bài 2:'; series kicker above the h1; '(Còn nữa)'; caps 'A - B'
A17 = Art("Bài 2: Chuẩn bị nhân sự - khâu “then chốt của then chốt”",
          "Công tác nhân sự được xác định là nhiệm vụ đặc biệt quan trọng, quyết định thành công của đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030. Các cấp ủy trong tỉnh đã tiến hành công tác này chặt chẽ, đúng quy trình, gắn với sắp xếp tổ chức bộ máy.",
          [("p", "Theo Ban Tổ chức Tỉnh ủy, đến giữa tháng 5/2025, 100% đảng bộ cấp trên cơ sở đã hoàn thành xây dựng phương án nhân sự cấp ủy khóa mới. Việc giới thiệu nhân sự được thực hiện theo quy trình 5 bước, công khai, dân chủ, bảo đảm tỷ lệ cán bộ trẻ, cán bộ nữ theo hướng dẫn của Trung ương."),
           ("img", "/uploads/2025/05/14/dai-hoi-diem-binh-an.jpg", "Đại hội điểm Đảng bộ xã Bình An, huyện Châu Thành, nhiệm kỳ 2025 - 2030. Ảnh: MINH KHA"),
           ("h", "Chọn người đủ đức, đủ tài"),
           ("p", "Tại huyện Châu Thành, Ban Thường vụ Huyện ủy quán triệt nguyên tắc không giới thiệu vào cấp ủy những người có biểu hiện cơ hội chính trị, tham vọng quyền lực, cục bộ, bè phái. Các trường hợp có đơn thư phản ánh đều được xác minh, kết luận rõ trước khi đưa vào danh sách."),
           ("p", "Ở TP Rạch Giá, việc chuẩn bị nhân sự gắn với rà soát quy hoạch cán bộ sau sắp xếp các phường. Nhiều đồng chí chủ động xin không tái cử để tạo điều kiện cho cán bộ trẻ, được cấp ủy và đảng viên ghi nhận."),
           ("h", "Không để “khoảng trống” sau sắp xếp"),
           ("p", "Theo đồng chí Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy, khó khăn lớn nhất là vừa chuẩn bị nhân sự đại hội, vừa bố trí cán bộ dôi dư sau hợp nhất. Tỉnh ủy yêu cầu các địa phương thực hiện đồng thời, không để gián đoạn hoạt động của tổ chức đảng.")])
KICKER17 = "Đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng"
SERIES17 = ["Bài 1: Đổi mới cách chuẩn bị văn kiện", "Bài 3: Bảo đảm an ninh, an toàn trước, trong và sau đại hội"]
BYLINE17 = "MINH KHA - THANH TÂN"


def page17():
    pub = T("2025-05-14 05:00")
    upd = T("2025-05-14 06:30")

    def st(d):
        return f"{wd(d)}, {d.day}/{d.month}/{d.year} | {hm(d)}"

    def main(rng, rl, rd):
        body = A17.render(p=lambda t: f'<p class="Normal">{esc(t)}</p>', h=lambda t: f'<h3 class="sub-title">{esc(t)}</h3>',
                          img=lambda s, c, n: f'<figure class="tplCaption"><img src="{s}" alt="{esc(c, True)}" /><figcaption><p class="Image">{esc(c)}</p></figcaption></figure>')
        series = ('<div class="series-box"><div class="series-box__head">Loạt bài: ' + esc(KICKER17) + '</div><ul>'
                  f'<li><a href="/chinh-tri/xay-dung-dang/{slug(SERIES17[0])}-a{rng.randint(100000, 999999)}.html">{esc(SERIES17[0])}</a> <span>(13/5/2025)</span></li>'
                  f'<li class="current">{esc(A17.title)}</li><li><span>{esc(SERIES17[1])}</span> <em>(kỳ tới)</em></li></ul></div>')
        relh = "".join(f'<li><a href="/chinh-tri/xay-dung-dang/{slug(t)}-a{rng.randint(100000, 999999)}.html">{esc(t)}</a> <span class="time">{st(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="article-detail"><div class="article-kicker"><a href="/chu-de/dai-hoi-dang-bo-cac-cap">{esc(KICKER17)}</a></div>'
                f'<h1 class="article-title">{esc(A17.title)}</h1>'
                f'<div class="article-meta"><span class="date">{st(pub)}</span> <span class="update">Cập nhật: {upd.day}/{upd.month}/{upd.year} | {hm(upd)}</span></div>'
                f'<h2 class="article-sapo">{esc(A17.lead)}</h2><div class="article-body">{body}'
                f'<p style="text-align:right"><em>(Còn nữa)</em></p><p style="text-align:right"><strong>{esc(BYLINE17)}</strong></p></div>{series}'
                f'<div class="article-tags">Tags: <a href="#">đại hội đảng</a> <a href="#">công tác nhân sự</a></div>'
                f'<div class="article-related"><h3>Tin cùng chuyên mục</h3><ul>{relh}</ul></div>'
                f'{comments([("Trần Văn Hùng", "14/5/2025 07:12", "Bài viết rất thiết thực, mong báo tiếp tục có những bài phân tích sâu như vậy.")], "Bình luận", "kg-cmt")}</div>')

    crumbs = ('<div class="kg-crumb"><a href="/">Trang chủ</a> <span>›</span> <a href="/chinh-tri">Chính trị</a> <span>›</span> <a href="/chinh-tri/xay-dung-dang" class="active">Xây dựng Đảng</a></div>')
    url = "https://baokiengiang.vn/chinh-tri/xay-dung-dang/bai-2-chuan-bi-nhan-su-khau-then-chot-cua-then-chot-a582914.html"
    head = (og(A17.title, url, {"og:site_name": "Báo Kiên Giang", "article:section": "Chính trị"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A17.title, "datePublished": iso(pub), "dateModified": iso(upd),
                      "author": [{"@type": "Person", "name": "Minh Kha"}, {"@type": "Person", "name": "Thanh Tân"}]})
            + '<link rel="stylesheet" href="/public/css/style.min.css?v=3.8.2" /><meta name="generator" content="Phalcon 5" />')
    return page("s25-17", family="baotinh_phalcon_series_part_bai_2_kicker_con_nua_caps_two_names",
                name="kiengiang-bao-phalcon-inhouse-press-cms-crumb-chinh-tri-xay-dung-dang-series-kicker-above-h1-bai-2-title-weekday-d-m-yyyy-pipe-hh-mm-cap-nhat-h2-sapo-h3-subheads-figcaption-anh-caps-con-nua-caps-a-dash-b-series-box",
                url=url, art=A17, main_fn=main, pub=pub, prefix="kg", kb=215,
                org="Báo Kiên Giang", addr="Số 6 đường Nguyễn Công Trứ, phường Vĩnh Thanh, TP Rạch Giá, tỉnh Kiên Giang", phone="0297.3862.449",
                crumbs=crumbs, top=head_top("kg", "/public/images/logo-baokiengiang.png", "Báo Kiên Giang", days=0, hours=9),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", fmt=st, cls="kg-most") + '<div class="kg-epaper"><h3>Báo in</h3><p>Số 5.912 - Thứ Tư, 14/5/2025</p></div>',
                shell_kw={"layout": "div", "head_extra": head, "title": A17.title + " - Báo Kiên Giang"},
                exp=expected(A17, iso(pub), updated=iso(upd), author="MINH KHA, THANH TÂN", category="Xây dựng Đảng"),
                traps={"kicker": [KICKER17], "series": SERIES17 + ["(kỳ tới)"], "con_nua": ["(Còn nữa)"], "bylines": [BYLINE17],
                       "chrome": ["Tin cùng chuyên mục", "Báo in", "Số 5.912 - Thứ Tư, 14/5/2025"],
                       "comments": ["Bài viết rất thiết thực, mong báo tiếp tục có những bài phân tích sâu như vậy."], "related": lambda rl: rl[:4]},
                notes="In-house Phalcon press CMS of a Báo tỉnh. A SERIES PART: the h1 'Bài 2: Chuẩn bị nhân sự - khâu “then chốt của then chốt”' keeps its 'Bài 2:' prefix (it is the printed headline); the series name above it ('Đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng', a kicker link) is not part of the title. '(Còn nữa)' after the text is a series marker, not body (as set 8); the series box after the byline (Bài 1 with its date, the current part, 'Bài 3: … (kỳ tới)') is navigation. Stamp 'Thứ Tư, 14/5/2025 | 05:00' + 'Cập nhật: 14/5/2025 | 06:30' → published T05:00, updated T06:30. h2 sapo = lead (it opens with no dateline). h3 sub-heads are body. Figcaption ending '. Ảnh: MINH KHA' → kept whole, photographer null. Bold right caps 'MINH KHA - THANH TÂN' → 'MINH KHA, THANH TÂN' (caps kept; the JSON-LD spells them in title case — the printed form wins). Category = crumb last level 'Xây dựng Đảng' (og section 'Chính trị' is the parent). Print-edition box, comments and related lists are chrome.",
                readme="Phalcon press CMS Báo tỉnh SERIES PART 'Bài 2: …' (prefix kept; series kicker above the h1 not title), 'Thứ Tư, d/m/yyyy | HH:MM' + 'Cập nhật:', h2 sapo, h3 sub-heads, figcaption '. Ảnh: CAPS', '(Còn nữa)' and the series box not body, caps 'A - B' byline → two authors")


# ===================================================================== 18 Cổng TTĐT tỉnh Bình Phước: Directus 10 headless + Nuxt 3; 'Xuất bản: dd/mm/yyyy lúc HH:MM' (UTC datetime agrees); 'Tác giả:' + 'Nguồn:'
A18 = Art("Đồng Xoài hoàn thành xóa nhà tạm, nhà dột nát trước thời hạn",
          "Đến ngày 3/6, TP Đồng Xoài đã hoàn thành hỗ trợ xây mới, sửa chữa 186 căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách, về đích sớm gần một tháng so với kế hoạch của tỉnh.",
          [("p", "Tổng kinh phí thực hiện hơn 9,3 tỷ đồng, trong đó ngân sách địa phương hỗ trợ 4,1 tỷ đồng, phần còn lại từ Quỹ “Vì người nghèo”, các doanh nghiệp và nhà hảo tâm. Lực lượng vũ trang, đoàn viên thanh niên đóng góp hơn 2.000 ngày công."),
           ("img", "/assets/0d3f1c2e-7a44-4b1b-9a0e-5f2b1d9c8e11.jpg", "Lực lượng vũ trang thành phố giúp người dân phường Tân Xuân dựng nhà mới"),
           ("p", "Theo Sở Xây dựng, các căn nhà được xây theo tiêu chí “ba cứng”: nền cứng, khung - tường cứng, mái cứng, diện tích tối thiểu 30 m², tuổi thọ từ 20 năm trở lên."),
           ("img", "/assets/6a9e2b71-3c0d-4f8a-b2e4-91c7d0a5f3b6.jpg", "Niềm vui của gia đình ông Điểu Lên, xã Tiến Hưng trong ngôi nhà mới"),
           ("p", "Toàn tỉnh Bình Phước đến nay đã hoàn thành 2.910/3.118 căn nhà theo kế hoạch, đạt 93,3%. UBND tỉnh yêu cầu các địa phương còn lại đẩy nhanh tiến độ, hoàn thành trước ngày 30/6/2025.")])


def page18():
    pub = T("2025-06-03 17:40")

    def main(rng, rl, rd):
        dv = hexid(rng, 8)
        body = A18.render(p=lambda t: f"<p>{esc(t)}</p>",
                          img=lambda s, c, n: f'<figure data-v-{dv} class="nx-figure"><img src="https://cms.binhphuoc.gov.vn{s}?width=960&amp;format=webp" alt="" /><figcaption>{esc(c)}</figcaption></figure>')
        nd = [{"id": 20931, "title": A18.title, "status": "published", "date_published": "2025-06-03T10:40:00.000Z", "date_updated": "2025-06-04T02:18:44.512Z",
               "user_created": "e1b2c3d4-0000-4aaa-9bbb-cms.editor", "category": {"name": "Xây dựng - Đô thị", "parent": "Kinh tế - Xã hội"}}]
        relh = "".join(f'<li data-v-{dv}><a href="/tin-tuc/{slug(t)}-{rng.randint(20000, 20900)}">{esc(t)}</a> <time datetime="{utcz(d)}">{dmy(d)}</time></li>' for t, d in zip(rl[:5], rd))
        return (f'<article data-v-{dv} class="nx-article"><div data-v-{dv} class="nx-chips"><a href="/chuyen-muc/kinh-te-xa-hoi" class="nx-chip">Kinh tế - Xã hội</a></div>'
                f'<h1 data-v-{dv} class="nx-title">{esc(A18.title)}</h1>'
                f'<div data-v-{dv} class="nx-meta"><span>Xuất bản: <time datetime="{utcz(pub).replace("Z", ".000Z")}">{dmy(pub)} lúc {hm(pub)}</time></span> · <span class="nx-read">3 phút đọc</span></div>'
                f'<p data-v-{dv} class="nx-sapo">{esc(A18.lead)}</p><div data-v-{dv} class="nx-body">{body}</div>'
                f'<div data-v-{dv} class="nx-credit"><p><strong>Tác giả:</strong> Minh Nhật</p><p><strong>Nguồn:</strong> Sở Xây dựng</p></div>'
                f'<div data-v-{dv} class="nx-share">Chia sẻ: Facebook · Zalo · Sao chép</div>'
                f'<section data-v-{dv} class="nx-related"><h2>Tin liên quan</h2><ul>{relh}</ul></section></article>'
                f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{dump(nd)}</script>')

    crumbs = crumb([("Trang chủ", "/"), ("Kinh tế - Xã hội", "/chuyen-muc/kinh-te-xa-hoi"), ("Xây dựng - Đô thị", "/chuyen-muc/kinh-te-xa-hoi/xay-dung-do-thi")], cls="nx-breadcrumb")
    url = "https://binhphuoc.gov.vn/tin-tuc/dong-xoai-hoan-thanh-xoa-nha-tam-nha-dot-nat-truoc-thoi-han-20931"
    head = (og(A18.title, url, {"og:site_name": "Cổng Thông tin điện tử tỉnh Bình Phước", "article:published_time": "2025-06-03T10:40:00.000Z",
                                "article:modified_time": "2025-06-04T02:18:44.512Z"})
            + '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.4f1c2a9b.js" /><link rel="stylesheet" href="/_nuxt/entry.8c3d7e1f.css" />')
    return page("s25-18", family="province_portal_directus_nuxt3_xuat_ban_luc_utc_time_tac_gia_nguon_rows",
                name="binhphuoc-congttdt-directus10-headless-nuxt3-ssr-chip-kinh-te-xa-hoi-crumb-xay-dung-do-thi-h1-xuat-ban-dd-mm-yyyy-luc-hh-mm-utc-ms-datetime-agrees-reading-time-p-sapo-two-figcaptions-tac-gia-nguon-rows-nuxt-data-modified-not-shown",
                url=url, art=A18, main_fn=main, pub=pub, prefix="nx", kb=160,
                org="Cổng Thông tin điện tử tỉnh Bình Phước", addr="Số 1 đường Trần Hưng Đạo, phường Tân Phú, TP Đồng Xoài, tỉnh Bình Phước", phone="0271.3879.436",
                crumbs=crumbs, top=head_top("nx", "/images/banner-congttdt-binhphuoc.png", "Cổng Thông tin điện tử tỉnh Bình Phước", days=0, hours=5),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", cls="nx-new") + '<div class="nx-stat"><h3>Dịch vụ công</h3><p>Hồ sơ tiếp nhận tháng 5/2025: 38.412 · Đúng hạn 99,2%</p></div>',
                shell_kw={"layout": "nuxt", "head_extra": head, "title": A18.title + " - Cổng TTĐT tỉnh Bình Phước"},
                exp=expected(A18, iso(pub), author="Minh Nhật", category="Xây dựng - Đô thị"),
                traps={"source": ["Nguồn:"], "chrome": ["3 phút đọc", "Chia sẻ: Facebook · Zalo · Sao chép", "Tin liên quan", "Dịch vụ công"], "related": lambda rl: rl[:4]},
                notes="Directus 10 (headless) + Nuxt 3 SSR front of a Cổng TTĐT tỉnh. 'Xuất bản: 03/06/2025 lúc 17:40' in <time datetime='2025-06-03T10:40:00.000Z'> (UTC with milliseconds, agrees) → 2025-06-03T17:40. The __NUXT_DATA__ payload and og carry date_updated 2025-06-04T02:18:44Z, printed nowhere → updated null (machine-only). p.nx-sapo = lead. Two figcaptions. Credit rows after the text: 'Tác giả: Minh Nhật' → author; 'Nguồn: Sở Xây dựng' → a source line, not a unit → unit null. Category: the crumb's last level 'Xây dựng - Đô thị' beats the chip 'Kinh tế - Xã hội' (its parent). The deadline 30/6/2025 and 'Đến ngày 3/6' are decoys; 'Điểu Lên' (S'tiêng name) is a householder, not an author.",
                readme="Directus 10 + Nuxt 3 Cổng TTĐT: chip 'Kinh tế - Xã hội' vs crumb 'Xây dựng - Đô thị', 'Xuất bản: dd/mm/yyyy lúc HH:MM' in an agreeing UTC <time> with ms, '3 phút đọc', p sapo, two figcaptions, 'Tác giả:' + 'Nguồn:' rows (unit null), machine-only date_updated (updated null)")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
