"""Set 40 pages 10-18: three more common products in variants sets 26-39 did not use (the '.dcs.vn' platform's mobile
site, a press CMS's editorial template, a vendor's ASP.NET MVC 5 portal on MaterializeCSS (TWIST: Material Icons
ligature names printed as text beside the byline, the stamp and the category)) and six stacks no set had used (Grav 1.7,
Optimizely CMS 12, Violet.vn, Wix Blog, Eleventy 2, Pimcore 11)."""
import json
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, alnum, heads13, heads14, past, dump
from .kit import og, jsonld
from .shell import MENU_MASS, MENU_NEWS, MENU_GOV
from .base import page, vb_box, mostread, WRITERS33, WRITERS34
from .p_01_pages import MENU_PARTY, jp, fig, expected_, banner, side_of, relbox, dmyhm


# ===================================================================== 10 Tỉnh ủy Tây Ninh: the '.dcs.vn' platform's MOBILE site; a category chip; 'Bài, ảnh:'
A10 = Art("Thường trực Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Tân Đông",
          "Chiều 6/11, đồng chí Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc với Ban Thường vụ Đảng ủy xã Tân Đông về tình hình thực hiện nhiệm vụ chính trị năm 2026 và phương hướng năm 2027.",
          [("p", "Báo cáo tại buổi làm việc cho thấy, năm 2026 xã Tân Đông ước hoàn thành 16/18 chỉ tiêu; thu nhập bình quân đầu người đạt 68 triệu đồng; các mô hình trồng mãng cầu, nuôi bò sinh sản tiếp tục phát huy hiệu quả."),
           ("img", "/Image/Large/2026116183512_148203.jpg", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu tại buổi làm việc"),
           ("p", "Đảng ủy xã kiến nghị tỉnh quan tâm đầu tư tuyến đường tuần tra biên giới nối các ấp, hỗ trợ kinh phí xây dựng trụ sở Công an xã và nhà văn hóa ấp sau sáp nhập."),
           ("p", "Kết luận buổi làm việc, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận kết quả xã đạt được; yêu cầu Đảng ủy xã tập trung xây dựng tổ chức đảng trong sạch, vững mạnh, chăm lo đời sống Nhân dân vùng biên giới, giữ vững an ninh, trật tự.")])


def page10():
    pub = T("2026-11-06 18:35")
    site = "https://m.tayninh.dcs.vn"
    url = f"{site}/tin-tuc/thuong-truc-tinh-uy-lam-viec-voi-ban-thuong-vu-dang-uy-xa-tan-dong-c46182.html"

    def img(s, c, n):
        return f'<p class="pImg"><img src="{s}" alt="" style="width:100%" /></p><p class="pCaption">{esc(c)}</p>'

    def main(rng, rl, rd):
        more = "".join(f'<li class="m-item"><a href="{site}/tin-tuc/{slug(t)[:50]}-c{46100 + i}.html"><img src="/Image/Small/{hexid(rng, 10)}.jpg" alt="" /><span class="m-item-title">{esc(t)}</span></a>'
                       f'<span class="m-item-meta">{dmy(d)} | {hm(d)}</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<article class="m-detail"><a class="m-cate-chip" href="{site}/hoat-dong-cua-tinh-uy-c12.html">Hoạt động của Tỉnh ủy</a>'
                f'<h1 class="m-title">{esc(A10.title)}</h1><div class="m-meta"><span class="m-date">{dmy(pub)} | {hm(pub)}</span> <span class="m-view">1.437 lượt xem</span></div>'
                f'<div class="m-sapo"><b>{esc(A10.lead)}</b></div><div class="m-content">{A10.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><b>Bài, ảnh: Hoàng Yến</b></p></div>'
                f'<div class="m-share"><a href="https://zalo.me/share?u={url}">Chia sẻ Zalo</a> <a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> <a href="#top">Lên đầu trang</a></div></article>'
                f'<section class="m-samecate"><h2 class="m-block-title">Tin cùng chuyên mục</h2><ul class="m-list">{more}</ul></section>')

    def side(rng, p):
        ds = past(p, rng, 5, 0, 8)
        return (f'<h2 class="m-block-title">Đọc nhiều</h2><ol class="m-hot">' + "".join(f'<li><a href="#">{esc(t)}</a> <span class="m-item-meta">{dmy(d)} | {hm(d)}</span></li>' for t, d in zip(heads14(rng, 5), ds)) + "</ol>")

    head = og(A10.title, url.replace("https://m.", "https://")) + f'<link rel="canonical" href="{url.replace("https://m.", "https://")}" /><meta name="HandheldFriendly" content="true" />'
    today = pub + timedelta(days=3)
    return page("s40-10", family="provincial_party_committee_dcs_mobile_site_category_chip_bai_anh",
                name="tayninh-tinhuy-dcs-vn-mobile-site-m-subdomain-one-column-category-chip-above-h1-dd-mm-yyyy-pipe-hh-mm-bold-sapo-p-caption-bai-anh-name-tin-cung-chuyen-muc-with-stamps",
                url=url, art=A10, main_fn=main, pub=pub, prefix="mtn", kb=108,
                org="Đảng bộ tỉnh Tây Ninh", addr="Số 1 đường Trần Hưng Đạo, phường Tân Ninh, tỉnh Tây Ninh", phone="0276.3822.218",
                crumbs="", top='<a class="m-logo" href="/"><img src="/Content/mobile/logo.png" alt="Đảng bộ tỉnh Tây Ninh" /></a>', side=side,
                shell_kw={"layout": "dcs_mobile", "head_extra": head, "items": MENU_PARTY, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A10, iso(pub), author="Hoàng Yến", photographer="Hoàng Yến", category="Hoạt động của Tỉnh ủy"),
                traps={"chrome": ["Tin cùng chuyên mục", "Đọc nhiều", "1.437 lượt xem", "Xem bản đầy đủ"], "related": lambda rl: rl[:6]},
                notes="The '.dcs.vn' platform's MOBILE site (m.tayninh.dcs.vn, the page a phone user agent gets; the canonical names the desktop address): one column, no crumb; a category chip 'Hoạt động của Tỉnh ủy' above the h1 → the category (the only section label printed). '06/11/2026 | 18:35' → T18:35; the date bar is the crawl day. Bold sapo → lead. Captions p.pCaption after each picture. 'Bài, ảnh: Hoàng Yến' → author and photographer. 'Tin cùng chuyên mục' and 'Đọc nhiều' lists print other items' stamps in the item's own shape.",
                readme="The '.dcs.vn' platform's MOBILE site, a working visit of the Standing Committee: a category chip above the h1, no crumb; 'dd/mm/yyyy | HH:MM'; bold sapo; p.pCaption; 'Bài, ảnh:'; same-category list in the item's stamp shape")


# ===================================================================== 11 Báo và PT-TH Thanh Hóa: a press CMS's EDITORIAL template; a genre kicker; the paper's signature in capitals
A11 = Art("Phát huy sức mạnh khối đại đoàn kết toàn dân tộc trong giai đoạn phát triển mới",
          "Ngày hội Đại đoàn kết toàn dân tộc năm nay diễn ra trong không khí cả tỉnh thi đua thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030 và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
          [("p", "96 năm qua, kể từ ngày thành lập Hội Phản đế Đồng minh (18/11/1930), Mặt trận Dân tộc thống nhất Việt Nam luôn là ngọn cờ tập hợp, đoàn kết các tầng lớp Nhân dân, góp phần quan trọng vào thắng lợi của cách mạng Việt Nam."),
           ("p", "Trên quê hương Thanh Hóa, khối đại đoàn kết toàn dân tộc được bồi đắp qua những phong trào thiết thực: “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, xóa nhà tạm, nhà dột nát, “Vì người nghèo - Không để ai bị bỏ lại phía sau”. Riêng năm 2026, Quỹ “Vì người nghèo” các cấp đã vận động được trên 96 tỷ đồng."),
           ("img", "/media/2026/11/ngay-hoi-dai-doan-ket-quang-phu.jpg", "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư thôn Đông Xuân, xã Quảng Phú (ảnh tư liệu)"),
           ("p", "Bước vào giai đoạn phát triển mới, với mô hình chính quyền địa phương hai cấp, vai trò của Mặt trận và các đoàn thể ở cơ sở càng trở nên quan trọng: là cầu nối giữa Đảng, chính quyền với Nhân dân, là nơi lắng nghe, phản ánh kịp thời tâm tư, nguyện vọng của Nhân dân."),
           ("p", "Mỗi khu dân cư phải thực sự là nơi phát huy dân chủ, nơi mỗi người dân đều được tham gia bàn bạc, quyết định những việc thiết thực của cộng đồng. Đó là nền tảng vững chắc để Thanh Hóa tiếp tục phát triển nhanh, bền vững.")])
SIG11 = "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA"


def page11():
    pub = T("2026-11-18 05:00")
    site = "https://baothanhhoa.vn"
    url = f"{site}/chinh-tri/202611/phat-huy-suc-manh-khoi-dai-doan-ket-toan-dan-toc-trong-giai-doan-phat-trien-moi-a3f91c2/"

    def main(rng, rl, rd):
        rel = "".join(f'<article class="story story--related"><h3 class="story__heading"><a href="{site}/chinh-tri/{d.year}{d.month:02d}/{slug(t)[:50]}-{hexid(rng, 7)}/">{esc(t)}</a></h3>'
                      f'<div class="story__meta"><span class="story__time">{wd(d)}, {dmy(d)} - {hm(d)}</span> <span class="story__author">{esc(rng.choice(WRITERS33))}</span></div></article>'
                      for t, d in zip(rl[:4], rd))
        return (f'<div class="detail-cate"><a href="{site}/chinh-tri/">Chính trị</a></div>'
                f'<article class="detail detail--editorial"><div class="detail__kicker">XÃ LUẬN</div><h1 class="detail__title">{esc(A11.title)}</h1>'
                f'<div class="detail__meta"><span class="detail__time">{wd(pub)}, {dmy(pub)} - {hm(pub)}</span></div>'
                f'<h2 class="detail__sapo">{esc(A11.lead)}</h2><div class="detail__content">{A11.render(p=jp, img=fig, sep="")}'
                f'<p style="text-align:center"><strong>{esc(SIG11)}</strong></p></div>'
                f'<div class="detail__tags">Từ khóa: <a href="#">Ngày hội Đại đoàn kết</a> <a href="#">Mặt trận Tổ quốc</a></div></article>'
                f'<section class="box-related"><h2 class="box-related__title">Bài viết liên quan</h2>{rel}</section>')

    def side(rng, p):
        return side_of(lambda d: f"{wd(d)}, {dmy(d)} - {hm(d)}", "Đọc nhiều", "rail-mostread", docs=False)(rng, p) + (
            '<div class="rail-epaper"><h3>Báo in hôm nay</h3><p>Số 2.317 - ' + f"{wd(p)}, {dmy(p)}" + '</p><a href="#">Đọc báo in</a></div>')

    crumbs = ""
    head = og(A11.title, url, {"og:description": A11.lead}) + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A11.title, "datePublished": iso(pub),
                                                                      "author": {"@type": "Organization", "name": "Báo và Phát thanh, Truyền hình Thanh Hóa"}})
    return page("s40-11", family="merged_press_agency_editorial_template_paper_signature_capitals",
                name="thanhhoa-bao-va-ptth-press-cms-editorial-template-cate-link-chinh-tri-kicker-xa-luan-h1-weekday-dd-mm-yyyy-dash-hh-mm-h2-sapo-figcaption-anh-tu-lieu-centred-bold-capitals-paper-signature-related-with-writers",
                url=url, art=A11, main_fn=main, pub=pub, prefix="btth", kb=224,
                org="Báo và Phát thanh, Truyền hình Thanh Hóa", addr="Số 90 đường Phan Chu Trinh, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.364",
                crumbs=crumbs, top=banner("/assets/images/logo-bao-thanh-hoa.svg", "Báo và Phát thanh, Truyền hình Thanh Hóa"), side=side,
                shell_kw={"layout": "press_editorial", "head_extra": head, "items": MENU_NEWS, "left": f"{wd(pub)}, {dmy(pub)} | Đường dây nóng: 0237.3852.364"},
                exp=expected_(A11, iso(pub), unit=SIG11, category="Chính trị"),
                traps={"labels": ["XÃ LUẬN"], "chrome": ["Bài viết liên quan", "Báo in hôm nay", "Từ khóa:"], "dates": ["Số 2.317"], "related": lambda rl: rl[:4]},
                notes="A merged provincial press agency's CMS, the EDITORIAL template: a wide column, the section link 'Chính trị' above, the genre kicker 'XÃ LUẬN' over the h1 (a form label, not the category, set 27). 'Thứ Tư, 18/11/2026 - 05:00' → T05:00 (early-morning publication of the day's editorial); the header's date is the same day. h2 sapo → lead. The founding day '18/11/1930' in the text is not a stamp. A figcaption ending '(ảnh tư liệu)' stays a caption (no photographer). No writer: the editorial is signed by the paper, centred, bold, in capitals → author null, author_unit 'BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA' (set 26's signature naming a body; capitals kept as printed). Category 'Chính trị' (the section link). Related stories and the most-read rail print their own stamps and writers.",
                readme="A press CMS's EDITORIAL template, an editorial for the Great National Unity Day: the section link over a 'XÃ LUẬN' kicker and the h1; 'Thứ Tư, dd/mm/yyyy - 05:00'; an h2 sapo; a caption ending '(ảnh tư liệu)'; no writer — the paper's own signature in capitals; related stories and a rail with stamps and writers")


# ===================================================================== 12 Ban Tổ chức Tỉnh ủy Tuyên Quang: ASP.NET MVC 5 + MaterializeCSS; TWIST Material Icons ligature names beside the fields
A12 = Art("Tập huấn sử dụng phần mềm quản lý cơ sở dữ liệu đảng viên phiên bản mới",
          "Ngày 24/11, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tập huấn sử dụng phần mềm quản lý cơ sở dữ liệu đảng viên phiên bản 2.0 cho cán bộ làm công tác tổ chức của 124 đảng bộ, chi bộ trực thuộc Tỉnh ủy.",
          [("p", "Phiên bản mới được nâng cấp theo hướng đồng bộ với Cơ sở dữ liệu quốc gia về dân cư, cho phép cập nhật hồ sơ đảng viên trực tuyến, theo dõi việc chuyển sinh hoạt đảng và thu, nộp đảng phí qua tài khoản ngân hàng."),
           ("img", "/Uploads/Images/2026/11/tap-huan-phan-mem-dang-vien.jpg", "Học viên thực hành cập nhật hồ sơ đảng viên trên phần mềm"),
           ("p", "Các học viên được hướng dẫn quy trình số hóa hồ sơ đảng viên, khai thác báo cáo thống kê và bảo đảm an toàn, bảo mật thông tin theo quy định."),
           ("p", "Ban Tổ chức Tỉnh ủy yêu cầu các cấp ủy hoàn thành cập nhật dữ liệu đảng viên trên phần mềm mới trước ngày 31/12/2026.")])
BY12 = "Nguyễn Thị Thu Trang"


def page12():
    pub, upd = T("2026-11-24 08:15"), T("2026-11-25 15:40")
    site = "https://bantochuc.tuyenquang.dcs.vn"
    url = f"{site}/tin-tuc/cong-tac-to-chuc/tap-huan-su-dung-phan-mem-quan-ly-co-so-du-lieu-dang-vien-phien-ban-moi-3917"
    mi = lambda name: f'<i class="material-icons tiny">{name}</i>'

    def img(s, c, n):
        return f'<div class="center-align"><img class="materialboxed responsive-img" src="{s}" data-caption="{esc(c, True)}" alt="" /></div><p class="caption center-align grey-text text-darken-2">{esc(c)}</p>'

    def main(rng, rl, rd):
        same = "".join(f'<li class="collection-item"><a href="{site}/tin-tuc/cong-tac-to-chuc/{slug(t)[:50]}-{3900 + i}">{esc(t)}</a> '
                       f'<span class="secondary-content grey-text">{mi("event")} {dmy(d)}</span></li>' for i, (t, d) in enumerate(zip(rl[:5], rd)))
        docs = ('<ul class="collection"><li class="collection-item">' + mi("attach_file") + ' <a href="/Uploads/Files/2026/11/huong-dan-su-dung-phan-mem-2-0.pdf">Hướng dẫn sử dụng phần mềm (PDF, 3,2 MB)</a></li>'
                '<li class="collection-item">' + mi("attach_file") + ' <a href="/Uploads/Files/2026/11/cong-van-trien-khai.pdf">Công văn triển khai số 412-CV/BTCTU</a></li></ul>')
        cmts = "".join(f'<div class="comment"><b>{esc(n)}</b> <span class="grey-text">{mi("schedule")} {s}</span><p>{esc(t)}</p></div>'
                       for n, s, t in [("Hà Văn Tùng", f"20:12 {dmy(pub)}", "Phần mềm mới rất tiện, mong Ban sớm có video hướng dẫn."),
                                       ("Lý Thị Mai", f"07:30 {dmy(pub + timedelta(days=1))}", "Đề nghị hướng dẫn thêm phần chuyển sinh hoạt đảng tạm thời."),
                                       ("Trần Quốc Bảo", f"09:05 {dmy(pub + timedelta(days=1))}", "Đơn vị tôi đã cập nhật xong 60% hồ sơ.")])
        return (f'<div class="card detail-card"><div class="card-content">'
                f'<h1 class="detail-title">{esc(A12.title)}</h1>'
                f'<div class="detail-meta grey-text"><span class="meta-item">{mi("person")} {esc(BY12)}</span> <span class="meta-item">{mi("event")} {dmy(pub)}</span> '
                f'<span class="meta-item">{mi("schedule")} {hm(pub)}</span> <span class="meta-item">{mi("folder")} <a href="{site}/tin-tuc/cong-tac-to-chuc">Công tác tổ chức</a></span> '
                f'<span class="meta-item">{mi("visibility")} 1.032</span></div>'
                f'<ul class="tabs"><li class="tab col s4"><a class="active" href="#tab-noidung">Nội dung</a></li><li class="tab col s4"><a href="#tab-vanban">Văn bản kèm theo (2)</a></li><li class="tab col s4"><a href="#tab-ykien">Ý kiến (3)</a></li></ul>'
                f'<div id="tab-noidung" class="col s12"><p class="flow-text">{esc(A12.lead)}</p>{A12.render(p=jp, img=img, sep="")}'
                f'<p class="right-align grey-text">{mi("update")} Cập nhật lúc: {hm(upd)} {dmy(upd)}</p></div>'
                f'<div id="tab-vanban" class="col s12" style="display:none">{docs}</div><div id="tab-ykien" class="col s12" style="display:none">{cmts}</div>'
                f'</div><div class="card-action"><a href="#">{mi("print")} In bài</a> <a href="#">{mi("share")} Chia sẻ</a></div></div>'
                f'<div class="section"><h5>Tin cùng chuyên mục</h5><ul class="collection">{same}</ul></div>')

    def side(rng, p):
        ds = past(p, rng, 6, 0, 10)
        li = "".join(f'<li class="collection-item"><a href="#">{esc(t)}</a><br /><span class="grey-text">{mi("event")} {dmy(d)} {mi("person")} {esc(rng.choice(WRITERS34))}</span></li>'
                     for t, d in zip(heads14(rng, 6), ds))
        return f'<div class="card-panel"><h5>Tin mới</h5><ul class="collection">{li}</ul></div>' + vb_box(["Hướng dẫn số 21-HD/BTCTW về kiểm điểm, đánh giá, xếp loại năm 2026", "Quy định về quản lý hồ sơ đảng viên điện tử"], "Văn bản mới", "vb-btc")

    crumbs = (f'<nav class="breadcrumb-nav transparent z-depth-0"><div class="nav-wrapper"><a href="{site}/" class="breadcrumb grey-text">Trang chủ</a><a href="{site}/tin-tuc" class="breadcrumb grey-text">Tin tức</a>'
              f'<a href="{site}/tin-tuc/cong-tac-to-chuc" class="breadcrumb grey-text">Công tác tổ chức</a></div></nav>')
    head = (og(A12.title, url) + '<link href="https://fonts.googleapis.com/icon?family=Material+Icons" rel="stylesheet" />'
            '<link rel="stylesheet" href="/Content/materialize/css/materialize.min.css" /><meta name="author" content="Nguyễn Thị Thu Trang" />')
    scripts = '<script src="/Content/materialize/js/materialize.min.js"></script><script>document.addEventListener("DOMContentLoaded",function(){M.Tabs.init(document.querySelectorAll(".tabs"));M.Materialbox.init(document.querySelectorAll(".materialboxed"));});</script>'
    today = pub + timedelta(days=2)
    return page("s40-12", family="organisation_board_aspnet_mvc5_materialize_icon_ligature_words",
                name="tuyenquang-bantochuc-aspnet-mvc5-materializecss-material-icons-ligatures-person-event-schedule-folder-visibility-meta-row-flow-text-lead-materialboxed-data-caption-p-caption-tabs-cap-nhat-luc-hh-mm-dd-mm-yyyy",
                url=url, art=A12, main_fn=main, pub=pub, prefix="btctq", kb=172,
                org="Ban Tổ chức Tỉnh ủy Tuyên Quang", addr="Số 2 đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.306",
                crumbs=crumbs, top=banner("/Content/images/logo-ban-to-chuc.png", "Ban Tổ chức Tỉnh ủy Tuyên Quang"), side=side,
                shell_kw={"layout": "mvc_materialize", "head_extra": head, "items": MENU_PARTY, "scripts": scripts,
                          "left": f'{mi("today")} {wd(today)}, {dmy(today)} &nbsp; {mi("phone")} 0207.3822.306'},
                exp=expected_(A12, iso(pub), iso(upd), author=BY12, category="Công tác tổ chức"),
                traps={"icons": ["person Nguyễn Thị Thu Trang", "folder Công tác tổ chức", "visibility 1.032", "event", "schedule"],
                       "boxes": ["Văn bản kèm theo (2)", "Hướng dẫn sử dụng phần mềm (PDF, 3,2 MB)", "Ý kiến (3)", "Phần mềm mới rất tiện, mong Ban sớm có video hướng dẫn."],
                       "related": lambda rl: rl[:5]},
                notes="TWIST — a local vendor's ASP.NET MVC 5 portal on MaterializeCSS, which draws its icons with Google's Material Icons font BY LIGATURE: the HTML holds the icon's NAME as text (<i class='material-icons'>person</i>) and the font paints it as a pictogram, so a reader sees an icon, never the word. The meta row under the h1 is therefore, as text, 'person Nguyễn Thị Thu Trang · event 24/11/2026 · schedule 08:15 · folder Công tác tổ chức · visibility 1.032' → author 'Nguyễn Thị Thu Trang' (the unlabelled name in the meta row is the writer, set 27; <meta name='author'> agrees), published 2026-11-24T08:15 (date and time in two adjacent spans, one stamp, set 32), category 'Công tác tổ chức' (the crumb agrees). A text reader stores 'person Nguyễn Thị Thu Trang' and 'folder Công tác tổ chức'. The update line after the text 'update Cập nhật lúc: 15:40 25/11/2026' (time first) → updated 2026-11-25T15:40. Lead: the p.flow-text intro (plain, Materialize's lead style). Caption: a p.caption after each picture (the img's data-caption is the lightbox copy, set 24). The detail sits in Materialize tabs: 'Nội dung' is the open tab; 'Văn bản kèm theo (2)' (attachments) and 'Ý kiến (3)' (comments with times) are boxes, hidden until clicked, never body. The icon names in the sidebar, the tools and the date bar are chrome.",
                readme="TWIST — an ASP.NET MVC 5 portal on MaterializeCSS, a software training: Material Icons ligature NAMES printed as text beside the fields ('person Name', 'event dd/mm/yyyy', 'schedule HH:MM', 'folder Category'); a flow-text lead; p.caption; the text in the open tab of three (attachments and comments behind the others); 'Cập nhật lúc: HH:MM dd/mm/yyyy' after the text")


# ===================================================================== 13 Đoàn phường Phú Lợi: Grav 1.7 (Quark child); date words + datetime time; a category chip; 'Bài và ảnh:'
A13 = Art("Bí thư Đảng ủy phường đối thoại với đoàn viên, thanh niên về khởi nghiệp và việc làm",
          "Tối 2/12, Đoàn phường Phú Lợi phối hợp với Đảng ủy phường tổ chức chương trình đối thoại giữa đồng chí Bí thư Đảng ủy phường với hơn 200 đoàn viên, thanh niên về chủ đề khởi nghiệp, lập nghiệp.",
          [("p", "Tại buổi đối thoại, đoàn viên, thanh niên nêu 18 ý kiến, tập trung vào khó khăn khi tiếp cận vốn vay khởi nghiệp, mặt bằng kinh doanh, kỹ năng bán hàng trên nền tảng số và việc làm cho thanh niên sau khi hoàn thành nghĩa vụ quân sự."),
           ("img", "/user/pages/02.tin-tuc/doi-thoai-khoi-nghiep/doi-thoai-1.jpg", "Đoàn viên đặt câu hỏi tại buổi đối thoại"),
           ("p", "Đồng chí Bí thư Đảng ủy phường đã trực tiếp trả lời, làm rõ nhiều nội dung; giao Ủy ban nhân dân phường phối hợp với Ngân hàng Chính sách xã hội rà soát nhu cầu vay vốn, bố trí không gian khởi nghiệp cho thanh niên tại nhà văn hóa khu phố."),
           ("p", "Dịp này, Đoàn phường ra mắt Câu lạc bộ “Thanh niên khởi nghiệp” với 25 thành viên và trao 5 suất hỗ trợ vốn, mỗi suất 10 triệu đồng.")])


def page13():
    pub = T("2026-12-02 19:30")
    site = "https://doanphuongphuloi.example"
    url = f"{site}/tin-tuc/doi-thoai-khoi-nghiep"
    gd = lambda d: f"{d.day:02d} Tháng {d.month} {d.year}"

    def img(s, c, n):
        return f'<figure class="figure"><img src="{s}" alt="" class="img-responsive" /><figcaption class="figure-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        return (f'<div class="content-item h-entry"><div class="content-title text-center">'
                f'<span class="label label-rounded label-primary category-chip"><a href="{site}/tin-tuc/category:hoat-dong-doan">Hoạt động Đoàn</a></span>'
                f'<h2 class="p-name mt-1"><a href="{url}">{esc(A13.title)}</a></h2>'
                f'<span class="blog-date"><time class="dt-published" datetime="{iso(pub)}"><i class="fa fa-calendar"></i> {gd(pub)}</time></span> '
                f'<span class="tags"><a class="label label-rounded label-secondary p-category" href="{site}/tin-tuc/tag:khoi-nghiep">#khởi nghiệp</a><a class="label label-rounded label-secondary p-category" href="{site}/tin-tuc/tag:doi-thoai">#đối thoại</a></span></div>'
                f'<div class="e-content"><p class="p-summary lead">{esc(A13.lead)}</p>{A13.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}'
                f'<p><strong>Bài và ảnh: Lê Hoàng Phúc</strong></p></div></div>'
                f'<p class="prev-next text-center"><a class="btn" href="#"><i class="fa fa-angle-left"></i> {esc(rl[0])}</a> <a class="btn" href="#">{esc(rl[1])} <i class="fa fa-angle-right"></i></a></p>')

    def side(rng, p):
        ds = past(p, rng, 5, 1, 25)
        rec = "".join(f'<li><a href="#">{esc(t)}</a><br /><span class="text-gray">{gd(d)}</span></li>' for t, d in zip(heads13(rng, 5), ds))
        cats = "".join(f'<li><a href="#">{c}</a> <span class="badge">{n}</span></li>' for c, n in [("Hoạt động Đoàn", 48), ("Phong trào thanh niên", 31), ("Thông báo", 12), ("Gương sáng", 9)])
        return (f'<div class="sidebar-content"><h4>Bài viết gần đây</h4><ul class="related-pages menu">{rec}</ul></div>'
                f'<div class="sidebar-content"><h4>Danh mục</h4><ul class="taxonomy-list">{cats}</ul></div>'
                f'<div class="sidebar-content"><h4>Lưu trữ</h4><ul class="archives"><li><a href="#">Tháng 12 2026</a></li><li><a href="#">Tháng 11 2026</a></li><li><a href="#">Tháng 10 2026</a></li></ul></div>')

    head = og(A13.title, url) + '<meta name="generator" content="GravCMS" /><link rel="alternate" type="application/rss+xml" href="/tin-tuc.rss" />'
    return page("s40-13", family="ward_youth_union_grav17_quark_category_chip_datetime_time",
                name="hcm-doanphuongphuloi-grav17-quark-child-blog-item-category-chip-h2-p-name-time-dt-published-dd-thang-m-yyyy-datetime-time-p-summary-lead-shortcode-figure-figcaption-bai-va-anh-tags",
                url=url, art=A13, main_fn=main, pub=pub, prefix="grv", kb=104,
                org="Đoàn Thanh niên phường Phú Lợi", addr="Số 126 đường Phú Lợi, phường Phú Lợi, Thành phố Hồ Chí Minh", phone="0274.3822.115",
                crumbs="", top=f'<a href="/" class="navbar-brand mr-10"><img src="/user/themes/quark-doan/images/logo.png" alt="" /> Đoàn phường Phú Lợi</a>', side=side,
                shell_kw={"layout": "grav", "head_extra": head, "items": MENU_MASS, "left": "Đường dây nóng Đoàn phường: 0274.3822.115"},
                exp=expected_(A13, iso(pub), author="Lê Hoàng Phúc", photographer="Lê Hoàng Phúc", category="Hoạt động Đoàn"),
                traps={"chrome": ["#khởi nghiệp", "#đối thoại", "Bài viết gần đây", "Danh mục"], "related": lambda rl: rl[:2]},
                notes="Grav 1.7 (a flat-file CMS no set had used) under a vendor's child of the Quark theme: the blog item template prints the taxonomy category as a chip 'Hoạt động Đoàn' over the h2 headline (the page has no h1 and no crumb) → category 'Hoạt động Đoàn'; the '#' tags are tags. '02 Tháng 12 2026' (PHP date with Grav's vi month words, date only) in <time class='dt-published' datetime='2026-12-02T19:30:00+07:00'> → published 2026-12-02T19:30 (set 25's MAJORITY rule). p.p-summary.lead → lead (plain). A shortcode figure with figcaption. 'Bài và ảnh: Lê Hoàng Phúc' → author and photographer (set 31). The sidebar's 'Danh mục' lists the blog's categories with counts (not this item's).",
                readme="Grav 1.7 (a stack no set had used), a youth dialogue: a category chip over an h2 headline, no crumb; '02 Tháng 12 2026' with the time only in <time datetime>; p.summary lead; a figcaption; 'Bài và ảnh:'; tags and a categories widget")


# ===================================================================== 14 Đảng ủy Tổng công ty Cảng Sông Hậu: Optimizely CMS 12; dotted dates, date-only publication + timed update; a press contact block
A14 = Art("Đảng ủy Tổng công ty sơ kết mô hình “Chi bộ gắn với sản xuất, kinh doanh”",
          "Ngày 8/12, Đảng ủy Tổng công ty tổ chức hội nghị sơ kết hai năm thực hiện mô hình “Chi bộ gắn với sản xuất, kinh doanh” tại 27 chi bộ trực thuộc.",
          [("p", "Theo báo cáo, sau hai năm triển khai, các chi bộ đã đưa chỉ tiêu sản xuất, kinh doanh vào nghị quyết sinh hoạt hằng tháng; nhiều chi bộ phân công đảng viên phụ trách từng ca làm việc, từng tuyến khách hàng."),
           ("p", "Năm 2026, sản lượng hàng hóa thông qua các cảng của Tổng công ty ước đạt 14,2 triệu tấn, tăng 9% so với năm trước; 100% chi bộ hoàn thành tốt nhiệm vụ trở lên."),
           ("img", "/globalassets/tin-tuc/2026/12/so-ket-mo-hinh-chi-bo.jpg", "Đồng chí Bí thư Đảng ủy Tổng công ty trao giấy khen cho các chi bộ có thành tích xuất sắc"),
           ("p", "Hội nghị đã khen thưởng 6 chi bộ, 14 đảng viên tiêu biểu; đề ra nhiệm vụ nhân rộng mô hình trong năm 2027, gắn với đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên.")])


def page14():
    pub, upd = T("2026-12-08 00:00"), T("2026-12-09 14:20")
    site = "https://www.songhauport.example"
    url = f"{site}/vi/ve-chung-toi/dang-bo-doan-the/tin-hoat-dong/dang-uy-so-ket-mo-hinh-chi-bo-gan-voi-san-xuat-kinh-doanh/"
    dd = lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}"

    def img(s, c, n):
        return f'<div class="block imageblock"><figure class="image-block"><img src="{s}" alt="" loading="lazy" /><figcaption class="image-block__caption">{esc(c)}</figcaption></figure></div>'

    def main(rng, rl, rd):
        cards = "".join(f'<div class="news-card"><a class="news-card__link" href="{site}/vi/ve-chung-toi/dang-bo-doan-the/tin-hoat-dong/{slug(t)[:50]}/"><h3 class="news-card__title">{esc(t)}</h3></a>'
                        f'<span class="news-card__date">{dd(d)}</span></div>' for t, d in zip(rl[:3], rd))
        return (f'<article class="article-page"><header class="article-page__header"><span class="article-page__type">Tin hoạt động</span><h1 class="article-page__title">{esc(A14.title)}</h1>'
                f'<div class="article-page__meta"><span class="article-page__date">Ngày đăng {dd(pub)}</span></div></header>'
                f'<p class="article-page__intro">{esc(A14.lead)}</p><div class="article-page__body xhtml-string">{A14.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}'
                f'<p><strong>Bài: Đặng Quốc Khánh</strong></p><p><em>Ảnh: Trịnh Minh Đức</em></p></div>'
                f'<div class="article-page__updated">Cập nhật {dd(upd)} {hm(upd)}</div>'
                f'<aside class="contact-block"><h2 class="contact-block__heading">Liên hệ báo chí</h2><p class="contact-block__name">Nguyễn Thị Mai</p>'
                f'<p class="contact-block__title">Phòng Truyền thông - Thương hiệu</p><p>ĐT: 0292.3822.000 | Email: truyenthong@songhauport.example</p></aside></article>'
                f'<section class="related-news"><h2>Tin liên quan</h2><div class="news-grid">{cards}</div></section>')

    def side(rng, p):
        ds = past(p, rng, 5, 1, 20)
        return ('<div class="sidebar-block"><h2>Tin mới</h2><ul>' + "".join(f'<li><a href="#">{esc(t)}</a> <span class="date">{dd(d)}</span></li>' for t, d in zip(heads13(rng, 5), ds)) + "</ul></div>"
                '<div class="sidebar-block cta"><h2>Dịch vụ cảng</h2><p>Tra cứu lịch tàu, container và biểu cước trực tuyến.</p><a class="btn" href="#">Tra cứu</a></div>')

    crumbs = (f'<nav class="breadcrumbs" aria-label="breadcrumb"><ol><li><a href="{site}/vi/">Trang chủ</a></li><li><a href="{site}/vi/ve-chung-toi/">Về chúng tôi</a></li>'
              f'<li><a href="{site}/vi/ve-chung-toi/dang-bo-doan-the/">Đảng bộ - Đoàn thể</a></li><li><a href="{site}/vi/ve-chung-toi/dang-bo-doan-the/tin-hoat-dong/">Tin hoạt động</a></li></ol></nav>')
    head = og(A14.title, url, {"article:published_time": "2026-12-08T10:42:00+07:00"}) + '<script>window.epi=window.epi||{};window.epi.contentLink="2417";window.epi.language="vi";</script>'
    return page("s40-14", family="enterprise_party_committee_optimizely_cms12_dotted_dates_press_contact",
                name="songhau-dangbotongcongty-optimizely-cms12-article-page-type-label-h1-ngay-dang-dd-dot-mm-dot-yyyy-date-only-intro-lead-image-block-figcaption-bai-name-anh-line-cap-nhat-dd-mm-yyyy-hh-mm-contact-block",
                url=url, art=A14, main_fn=main, pub=pub, prefix="shp", kb=158,
                org="Tổng công ty Cảng Sông Hậu", addr="Số 2 đường Lê Hồng Phong, phường Bình Thủy, thành phố Cần Thơ", phone="0292.3822.000",
                crumbs=crumbs, top=banner("/static/img/logo-song-hau-port.svg", "Tổng công ty Cảng Sông Hậu"), side=side,
                shell_kw={"layout": "optimizely", "head_extra": head, "items": MENU_GOV, "left": '<a href="/en/">EN</a> | <a href="/vi/">VI</a> | Hotline: 1900 6868' + cookie_banner_()},
                exp=expected_(A14, isod(pub), iso(upd), author="Đặng Quốc Khánh", photographer="Trịnh Minh Đức", category="Tin hoạt động"),
                traps={"people": ["Nguyễn Thị Mai", "Phòng Truyền thông - Thương hiệu"], "chrome": ["Liên hệ báo chí", "Tin liên quan", "Dịch vụ cảng"], "related": lambda rl: rl[:3]},
                notes="Optimizely CMS 12 (formerly Episerver; a stack no set had used), a corporation's site with a Party and mass-organisation section. The article page: a type label 'Tin hoạt động' over the h1; 'Ngày đăng 08.12.2026' (dotted, date only; og's time is machine-only, set 25) → '2026-12-08'; 'Cập nhật 09.12.2026 14:20' after the text → updated T14:20. The intro paragraph → lead (plain). Image block figcaption. 'Bài: Đặng Quốc Khánh' → author; 'Ảnh: Trịnh Minh Đức' on its own line → photographer (set 31). The 'Liên hệ báo chí' block (a press officer's name, department, phone, e-mail) is a contact, not a byline: neither author nor unit. Category 'Tin hoạt động' (the crumb's deepest level; the type label agrees).",
                readme="Optimizely CMS 12 (a stack no set had used), a corporation Party committee's model review: 'Ngày đăng 08.12.2026' (dotted, date only) + 'Cập nhật 09.12.2026 14:20' after the text; an intro lead; an image-block figcaption; 'Bài:' and 'Ảnh:' lines; a press-contact block naming a person")


def cookie_banner_():
    return ('<div class="cookie-bar" role="dialog"><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm. Tiếp tục truy cập nghĩa là bạn đồng ý.</p>'
            '<button type="button">Đồng ý</button></div>')


# ===================================================================== 15 Chi bộ Trường THCS Lý Tự Trọng: Violet.vn; 'Ngày gửi: 14h:05' 11-12-2026'; a poster field; italic 'Name (unit)'
A15 = Art("Chi bộ Trường THCS Lý Tự Trọng tổ chức lễ kết nạp đảng viên mới",
          None,
          [("p", "Chiều 11/12, Chi bộ Trường THCS Lý Tự Trọng tổ chức lễ kết nạp đảng viên cho quần chúng ưu tú Phạm Thị Thu Hiền, giáo viên môn Ngữ văn của trường."),
           ("p", "Đồng chí Hiền là giáo viên trẻ có nhiều đóng góp trong công tác bồi dưỡng học sinh giỏi; năm học 2025 - 2026 có 4 học sinh đạt giải cấp tỉnh môn Ngữ văn, được công nhận danh hiệu chiến sĩ thi đua cơ sở."),
           ("img", "/data/files/2026/12/ket-nap-dang-vien-ltt.jpg", "Đồng chí Bí thư Chi bộ trao quyết định kết nạp đảng viên cho đồng chí Phạm Thị Thu Hiền"),
           ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Chi bộ nhắc nhở đảng viên mới tiếp tục phấn đấu, rèn luyện, giữ gìn phẩm chất đạo đức nhà giáo, hoàn thành tốt nhiệm vụ được giao. Chi bộ phân công đồng chí Nguyễn Văn Hùng, Phó Hiệu trưởng, giúp đỡ đảng viên dự bị."),
           ("p", "Hiện Chi bộ Trường THCS Lý Tự Trọng có 21 đảng viên, chiếm 58% tổng số cán bộ, giáo viên, nhân viên của nhà trường.")])


def page15():
    pub = T("2026-12-11 14:05")
    site = "https://thcs-lytutrong-quangngai.violet.vn"
    url = f"{site}/news/show/id/1184527"
    vd = lambda d: f"{d.hour}h:{d.minute:02d}' {d.day:02d}-{d.month:02d}-{d.year}"

    def img(s, c, n):
        return f'<p align="center"><img src="{s}" width="500" border="0" /></p><p align="center"><i><font size="2">{esc(c)}</font></i></p>'

    def main(rng, rl, rd):
        oth = "".join(f'<tr><td class="vl-bullet">»</td><td><a href="{site}/news/show/id/{1184400 + i}">{esc(t)}</a> <span class="vl-date">({d.day:02d}-{d.month:02d}-{d.year})</span></td></tr>'
                      for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<table width="100%" class="vl-box"><tr><td class="vl-box-title" style="text-transform:uppercase">Hoạt động Chi bộ</td></tr><tr><td class="vl-box-content">'
                f'<div class="vl-news-title"><b>{esc(A15.title)}</b></div>'
                f'<div class="vl-news-info">Người gửi: <a href="{site}/user/show/id/552">Phạm Văn Tuấn</a> — Ngày gửi: {vd(pub)} — Lượt xem: 86</div>'
                f'<div class="vl-news-content">{A15.render(p=jp, img=img, sep="")}<p align="right"><i>Nguyễn Thị Thanh Tâm (Chi bộ Trường THCS Lý Tự Trọng)</i></p></div>'
                f'<div class="vl-news-tools"><a href="#">Gửi ý kiến</a> | <a href="#">In trang này</a> | <a href="#">Quay lại</a></div>'
                f'</td></tr></table><table width="100%" class="vl-box"><tr><td class="vl-box-title" colspan="2">Các tin khác</td></tr>{oth}</table>')

    def side(rng, p):
        menu = "".join(f'<tr><td class="vl-left-item"><a href="#">{m}</a></td></tr>' for m in ["Giới thiệu", "Tin tức", "Hoạt động Chi bộ", "Hoạt động Đoàn - Đội", "Tài nguyên dạy học", "Thư viện ảnh", "Thành viên"])
        return (f'<table width="100%" class="vl-left-box"><tr><td class="vl-left-title">Danh mục</td></tr>{menu}</table>'
                f'<table width="100%" class="vl-left-box"><tr><td class="vl-left-title">Thống kê</td></tr><tr><td>Thành viên trực tuyến: 3<br />Khách: 41<br />Tổng lượt truy cập: 284.116</td></tr></table>'
                f'<table width="100%" class="vl-left-box"><tr><td class="vl-left-title">Tài nguyên mới</td></tr>' + "".join(
                    f'<tr><td><a href="#">Giáo án Ngữ văn 8 - Tuần {w}</a><br /><span class="vl-date">{vd(p - timedelta(days=w, hours=3))}</span></td></tr>' for w in (2, 5, 9)) + "</table>")

    head = og(A15.title, url) + '<meta name="keywords" content="violet, trường THCS Lý Tự Trọng, chi bộ" />'
    return page("s40-15", family="school_party_cell_violet_vn_poster_field_hour_h_minute_apostrophe",
                name="quangngai-chibotruongthcs-violet-vn-school-site-table-template-left-menu-first-box-title-uppercase-css-bold-title-nguoi-gui-account-ngay-gui-h-h-mm-apostrophe-dd-mm-yyyy-no-sapo-centred-italic-font-caption-italic-name-paren-unit",
                url=url, art=A15, main_fn=main, pub=pub, prefix="vlt", kb=118,
                org="Trường THCS Lý Tự Trọng", addr="Xã Tịnh Khê, tỉnh Quảng Ngãi", phone="0255.3843.219",
                crumbs="", top=f'<img src="/data/banner/banner-thcs-ltt.swf.png" alt="Trường THCS Lý Tự Trọng" /><div class="vl-school">TRƯỜNG THCS LÝ TỰ TRỌNG</div>', side=side,
                shell_kw={"layout": "violet", "head_extra": head, "items": MENU_MASS, "left": '<marquee>Chào mừng quý thầy cô và các em học sinh đến với website Trường THCS Lý Tự Trọng!</marquee>'},
                exp=expected_(A15, iso(pub), author="Nguyễn Thị Thanh Tâm", unit="Chi bộ Trường THCS Lý Tự Trọng", category="Hoạt động Chi bộ", lead=None),
                traps={"people": ["Người gửi: Phạm Văn Tuấn"], "chrome": ["Các tin khác", "Lượt xem: 86", "Tài nguyên mới"], "related": lambda rl: rl[:6]},
                notes="Violet.vn (the hosted platform many Vietnamese schools run their sites on; a stack no set had used): a table-era template with the LEFT menu column first. The news box's title 'Hoạt động Chi bộ' (uppercased by CSS) is the section → category; the headline is a bold div (no heading element). The info line 'Người gửi: Phạm Văn Tuấn — Ngày gửi: 14h:05' 11-12-2026 — Lượt xem: 86': 'Người gửi' is the platform's poster field (set 34: an account, whatever it prints); 'Ngày gửi' is Violet's label for the posting itself — the only stamp the item has — in its own shape (hour 'h:' minute, an apostrophe, then dd-mm-yyyy) → 2026-12-11T14:05. QUESTIONABLE: set 27 read a Q&A's 'Ngày gửi' as the day a reader SENT a question; here nothing else is sent and the platform prints the same label on every item. The 'Các tin khác' list prints days above 12 first ('28-11-2026'), so the d-m order is the site's. No sapo → lead null. Captions: a centred italic <font> line after each picture. Italic 'Nguyễn Thị Thanh Tâm (Chi bộ Trường THCS Lý Tự Trọng)' → author + unit.",
                readme="Violet.vn (a stack no set had used: the platform of school sites), a school Party cell's admission ceremony: a table template with the left menu first; the box title as section; a bold-div headline; 'Người gửi: <poster>' and 'Ngày gửi: 14h:05' dd-mm-yyyy'; no sapo; centred italic <font> captions; italic 'Name (unit)'")


# ===================================================================== 16 Hội NCT phường Hòa Khánh: Wix Blog; 'thg' dates, an update date; a profile as author; 'Name, unit'
A16 = Art("Hội Người cao tuổi phường Hòa Khánh học tập chuyên đề năm 2026 về tư tưởng, đạo đức, phong cách Hồ Chí Minh",
          None,
          [("p", "Sáng 15/12, Hội Người cao tuổi phường Hòa Khánh tổ chức hội nghị học tập chuyên đề năm 2026 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh cho hơn 150 hội viên là cán bộ chi hội các tổ dân phố."),
           ("p", "Báo cáo viên của Đảng ủy phường đã truyền đạt những nội dung cơ bản của chuyên đề, liên hệ với vai trò của người cao tuổi trong xây dựng gia đình văn hóa, giáo dục truyền thống cho con cháu và tham gia giữ gìn an ninh, trật tự ở khu dân cư."),
           ("img", "https://static.wixstatic.com/media/7c1e2a_4f0b9d2c8e3a4b1f.jpg/v1/fill/w_740,h_493/hoi-nghi-chuyen-de.jpg", "Báo cáo viên Đảng ủy phường truyền đạt chuyên đề tại hội nghị"),
           ("p", "Nhiều hội viên chia sẻ cách làm hay như duy trì câu lạc bộ “Ông bà kể chuyện Bác Hồ” cho thiếu nhi vào tối thứ Bảy hằng tuần, vận động con cháu chấp hành tốt quy định về trật tự an toàn giao thông."),
           ("p", "Hội nghị phát động hội viên đăng ký làm theo Bác bằng những việc làm cụ thể, thiết thực; phấn đấu 100% chi hội đăng ký ít nhất một mô hình mới trong năm 2027.")])


def page16():
    pub, upd = T("2026-12-15 00:00"), T("2026-12-16 00:00")
    site = "https://hoinguoicaotuoihoakhanh.wixsite.com/hoi-nct"
    url = f"{site}/post/hoi-nguoi-cao-tuoi-phuong-hoa-khanh-hoc-tap-chuyen-de-nam-2026"
    thg = lambda d: f"{d.day} thg {d.month}, {d.year}"

    def img(s, c, n):
        return (f'<figure data-hook="figure-IMAGE" class="wix-image"><div data-hook="imageViewer" class="image-viewer"><img src="{s}" alt="" /></div>'
                f'<figcaption data-hook="imageViewerCaption" class="image-caption">{esc(c)}</figcaption></figure>')

    def para(t):
        return f'<p class="mm8Nw _1j-51 _1FoOD public-DraftStyleDefault-block-depth0" dir="auto"><span>{esc(t)}</span></p>'

    def main(rng, rl, rd):
        cards = "".join(f'<article class="post-card" data-hook="post-list-item"><h3 data-hook="post-title"><a href="{site}/post/{slug(t)[:50]}">{esc(t)}</a></h3>'
                        f'<span data-hook="time-ago">{thg(d)}</span> <span data-hook="post-footer">{rng.randint(12, 90)} lượt xem</span></article>' for t, d in zip(rl[:3], rd))
        return (f'<article class="blog-post-page-font" data-hook="post"><div data-hook="post-header"><div data-hook="user-name" class="post-metadata">'
                f'<a href="{site}/profile/hoinct/profile" data-hook="user-name__link">Hội NCT Hòa Khánh</a> <span class="dot">·</span> <span data-hook="time-ago" title="{thg(pub)}">{thg(pub)}</span>'
                f' <span class="dot">·</span> <span data-hook="time-to-read">3 phút đọc</span></div>'
                f'<div data-hook="post-updated-date">Đã cập nhật: {thg(upd)}</div></div>'
                f'<h1 data-hook="post-title" class="post-title blog-post-title-font">{esc(A16.title)}</h1>'
                f'<div data-hook="post-description" class="post-content__body"><div class="rich-content-viewer">{A16.render(p=para, img=img, sep="")}'
                f'<p class="mm8Nw" dir="auto" style="text-align:right"><span><strong>Lưu Văn Thành, Chi hội Người cao tuổi tổ dân phố 12</strong></span></p></div></div>'
                f'<div data-hook="post-footer"><ul data-hook="post-categories-list" class="categories"><li><a href="{site}/blog/categories/tin-hoat-dong">Tin hoạt động</a></li></ul>'
                f'<ul data-hook="post-tags" class="tags"><li><a href="#">#hocthaylamtheobac</a></li></ul><div data-hook="post-stats">96 lượt xem <span>0 bình luận</span></div></div></article>'
                f'<section data-hook="recent-posts"><h2>Bài viết gần đây</h2><a href="{site}/blog">Xem tất cả</a>{cards}</section>')

    def side(rng, p):
        return '<div data-hook="comments"><h2>Bình luận</h2><p>Chia sẻ suy nghĩ của bạn</p><button type="button">Viết bình luận...</button></div>'

    rnd = random.Random(16)
    warm = {"appsWarmupData": {"14bcded7-0066-7c35-14d7-466cb3f09103": {"post": {"id": hexid(rnd, 24), "title": A16.title, "firstPublishedDate": "2026-12-15T02:11:40.000Z",
                                                                               "lastPublishedDate": "2026-12-16T01:03:12.000Z", "owner": {"name": "Hội NCT Hòa Khánh"}, "minutesToRead": 3,
                                                                               "categoryIds": [hexid(rnd, 24)]},
                                                                      "feed": [{"id": hexid(rnd, 24), "slug": alnum(rnd, 30), "viewCount": rnd.randint(10, 300)} for _ in range(80)]}}}
    head = og(A16.title, url, {"article:published_time": "2026-12-15T02:11:40.000Z"}) + f'<script type="application/json" id="wix-warmup-data">{dump(warm)}</script><meta name="generator" content="Wix.com Website Builder" />'
    return page("s40-16", family="elderly_association_wix_blog_profile_poster_thg_dates_update",
                name="danang-hoinctphuonghoakhanh-wix-blog-post-page-data-hooks-profile-name-d-thg-m-yyyy-date-only-3-phut-doc-da-cap-nhat-date-only-h1-after-meta-no-lead-ricos-figcaption-name-comma-unit-categories-list-after-text",
                url=url, art=A16, main_fn=main, pub=pub, prefix="wixnct", kb=164,
                org="Hội Người cao tuổi phường Hòa Khánh", addr="Phường Hòa Khánh, thành phố Đà Nẵng", phone="0236.3842.117",
                crumbs="", top=f'<div id="comp-logo" class="wixui-rich-text"><h2 class="font_2">Hội Người cao tuổi phường Hòa Khánh</h2><p class="font_8">Tuổi cao - gương sáng</p></div>', side=side,
                shell_kw={"layout": "wix", "head_extra": head, "items": MENU_MASS, "left": '<div class="wix-ads">Trang web này được thiết kế bằng <a href="https://www.wix.com/">Wix</a>. Tạo website ngay hôm nay.</div>'},
                exp=expected_(A16, isod(pub), isod(upd), author="Lưu Văn Thành", unit="Chi hội Người cao tuổi tổ dân phố 12", category="Tin hoạt động", lead=None),
                traps={"chrome": ["Hội NCT Hòa Khánh", "3 phút đọc", "Bài viết gần đây", "96 lượt xem"], "related": lambda rl: rl[:3]},
                notes="Wix (a hosted builder no set had used), the Wix Blog post page as the server renders it (data-hook attributes, the blog's warmup data in a JSON script). Above the h1: the member profile 'Hội NCT Hòa Khánh' (the association's account, set 27), '15 thg 12, 2026' (d 'thg' M, y; date only — the warmup data's UTC times are machine-only, set 25), '3 phút đọc' (a reading time, set 31) and 'Đã cập nhật: 16 thg 12, 2026' → published '2026-12-15', updated '2026-12-16' (date only). No sapo → lead null. Ricos figcaption. 'Lưu Văn Thành, Chi hội Người cao tuổi tổ dân phố 12' (bold, right) → author + unit (a comma between, set 13). Category 'Tin hoạt động' from the post's categories list after the text (no crumb); the '#' tag is a tag.",
                readme="Wix Blog (a stack no set had used), an elderly association's study session: a profile name, 'd thg M, yyyy', '3 phút đọc' and 'Đã cập nhật: …' (date only) above the h1; no sapo; a Ricos figcaption; 'Name, unit'; the category list after the text; the warmup JSON")


# ===================================================================== 17 Đoàn xã Cát Tiên: Eleventy 2 static site; ICU long date, date only; 'Ảnh: Tư liệu'; tags only (no category); a build time in the footer
A17 = Art("Đoàn xã Cát Tiên ra mắt Tổ thanh niên công nghệ số cộng đồng",
          None,
          [("p", "Tối 18/12, Ban Chấp hành Đoàn xã Cát Tiên tổ chức ra mắt Tổ thanh niên công nghệ số cộng đồng gồm 15 đoàn viên là sinh viên, giáo viên trẻ và cán bộ trẻ của xã."),
           ("p", "Tổ có nhiệm vụ hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử, nộp hồ sơ dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và nhận diện các thủ đoạn lừa đảo trên không gian mạng."),
           ("img", "/img/2026/12/to-cong-nghe-so-cat-tien.jpg", "Đoàn viên hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến"),
           ("p", "Ngay sau lễ ra mắt, tổ chia thành 5 nhóm xuống các thôn hỗ trợ người dân; trong buổi tối đầu tiên đã hướng dẫn 64 người dân kích hoạt tài khoản định danh điện tử mức độ 2."),
           ("p", "Đoàn xã phấn đấu đến hết quý I/2027, mỗi thôn có ít nhất một nhóm thanh niên hỗ trợ chuyển đổi số.")])


def page17():
    pub, built = T("2026-12-18 00:00"), T("2026-12-20 07:05")
    site = "https://doanxacattien.example"
    url = f"{site}/bai-viet/ra-mat-to-thanh-nien-cong-nghe-so-cong-dong/"
    ld = lambda d: f"{d.day} tháng {d.month}, {d.year}"

    def img(s, c, n):
        return f'<figure><img src="{s}" alt="" loading="lazy" decoding="async" width="800" height="533" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        return (f'<article><h1 id="{slug(A17.title)}">{esc(A17.title)}</h1>'
                f'<ul class="post-metadata"><li><time datetime="{isod(pub)}">{ld(pub)}</time></li>'
                f'<li><a href="/tags/chuyen-doi-so/" class="post-tag">chuyển đổi số</a>, </li><li><a href="/tags/doan-thanh-nien/" class="post-tag">đoàn thanh niên</a></li></ul>'
                f'{A17.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")}'
                f'<p class="post-author">Người viết: Võ Thị Kim Chi</p><p class="post-photo">Ảnh: Tư liệu Đoàn xã</p></article>'
                f'<ul class="links-nextprev"><li class="links-nextprev-prev">← Bài trước<br /><a href="#">{esc(rl[0])}</a></li><li class="links-nextprev-next">Bài sau →<br /><a href="#">{esc(rl[1])}</a></li></ul>')

    def side(rng, p):
        ds = past(p, rng, 5, 3, 40)
        return ('<h2>Bài viết mới</h2><ol reversed class="postlist">' + "".join(
            f'<li class="postlist-item"><a href="#" class="postlist-link">{esc(t)}</a> <time class="postlist-date" datetime="{isod(d)}">{ld(d)}</time></li>' for t, d in zip(heads13(rng, 5), ds)) + "</ol>")

    head = og(A17.title, url) + f'<meta name="generator" content="Eleventy v2.0.1" /><link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Đoàn xã Cát Tiên" />'
    return page("s40-17", family="commune_youth_union_eleventy2_static_tags_only_build_time_footer",
                name="lamdong-doanxacattien-eleventy2-base-blog-h1-post-metadata-time-datetime-date-only-d-thang-m-yyyy-icu-tags-no-category-no-sapo-figcaption-nguoi-viet-anh-tu-lieu-names-no-one-footer-build-time",
                url=url, art=A17, main_fn=main, pub=pub, prefix="e11", kb=98,
                org="Đoàn Thanh niên xã Cát Tiên", addr="Xã Cát Tiên, tỉnh Lâm Đồng", phone="0263.3881.206",
                crumbs="", top="Đoàn xã Cát Tiên", side=side,
                shell_kw={"layout": "eleventy", "head_extra": head, "items": MENU_MASS, "left": f'<p class="build">Trang được tạo lúc {dmy(built)} {hm(built)} bằng <a href="https://www.11ty.dev/">Eleventy</a>.</p>'},
                exp=expected_(A17, isod(pub), author="Võ Thị Kim Chi", category=None, lead=None),
                traps={"chrome": ["Ảnh: Tư liệu Đoàn xã", "đoàn thanh niên", "Bài viết mới"], "dates": [f"{dmy(built)} {hm(built)}"], "related": lambda rl: rl[:2]},
                notes="Eleventy 2 (a static site generator no set had used), templates derived from eleventy-base-blog, built by a member and published on a static host. The post metadata prints '18 tháng 12, 2026' (the ICU vi long date, set 34) in <time datetime='2026-12-18'> (a date, no time) → '2026-12-18'. The footer's 'Trang được tạo lúc 20/12/2026 07:05' is the build time of the whole site (set 31: a build day is no stamp). No sapo → lead null. figcaption. 'Người viết: Võ Thị Kim Chi' → author; 'Ảnh: Tư liệu Đoàn xã' names no one (set 26) → photographer null. The page prints only TAGS ('chuyển đổi số', 'đoàn thanh niên') and no crumb, section label or category → category null. QUESTIONABLE: a reader could take the first tag as the category; tags are not sections (set 39's chip rule).",
                readme="Eleventy 2 (a stack no set had used), a commune youth union's digital team launch: '18 tháng 12, 2026' in <time datetime> (date only); tags only, NO category; no sapo; figcaption; 'Người viết:' + 'Ảnh: Tư liệu …' (names no one); the site's build time in the footer")


# ===================================================================== 18 Đảng ủy Công ty Krông Ana Xanh: Pimcore 11; 'Danh mục:' in the meta; 'Tác giả: A | Ảnh: B' (Ê Đê names); a product card
A18 = Art("Đảng ủy Công ty tổ chức hội nghị đánh giá, xếp loại đảng viên năm 2026",
          "Sáng 22/12, Đảng ủy Công ty TNHH MTV Nông nghiệp Krông Ana Xanh tổ chức hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tập thể Đảng ủy và đảng viên năm 2026.",
          [("p", "Năm 2026, Công ty thu hoạch 5.800 tấn cà phê nhân, doanh thu đạt 412 tỷ đồng, nộp ngân sách 26 tỷ đồng; thu nhập bình quân của người lao động đạt 11,5 triệu đồng/tháng. Đảng bộ Công ty kết nạp 7 đảng viên mới, trong đó có 3 đảng viên là công nhân người Ê Đê."),
           ("img", "/var/assets/tin-tuc/2026/hoi-nghi-danh-gia-xep-loai.jpg", "Quang cảnh hội nghị đánh giá, xếp loại đảng viên năm 2026"),
           ("p", "Qua kiểm điểm, tập thể Đảng ủy tự đánh giá hoàn thành tốt nhiệm vụ; 92% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên, không có đảng viên không hoàn thành nhiệm vụ."),
           ("p", "Hội nghị đề ra giải pháp khắc phục hạn chế, trong đó chú trọng đổi mới nội dung sinh hoạt chi bộ ở các đội sản xuất, nâng cao vai trò tiên phong của đảng viên trong tái canh cà phê và chuyển đổi số quản lý vườn cây.")])


def page18():
    pub = T("2026-12-22 09:30")
    site = "https://kronganaxanh.example"
    url = f"{site}/vi/tin-tuc/dang-uy-cong-ty-to-chuc-hoi-nghi-danh-gia-xep-loai-dang-vien-nam-2026~n214"

    def img(s, c, n):
        return f'<div class="pimcore_area_image"><picture><img src="{s}" alt="" class="img-fluid" /></picture><div class="image-caption">{esc(c)}</div></div>'

    def main(rng, rl, rd):
        rel = "".join(f'<div class="col-md-4 news-teaser"><a href="{site}/vi/tin-tuc/{slug(t)[:50]}~n{190 + i}"><h4>{esc(t)}</h4></a><p class="news-teaser__date">{dmyhm(d)}</p></div>'
                      for i, (t, d) in enumerate(zip(rl[:3], rd)))
        return (f'<section class="news-detail"><h1 class="news-detail__title">{esc(A18.title)}</h1>'
                f'<div class="news-detail__meta"><span class="news-detail__date">{dmyhm(pub)}</span> | <span class="news-detail__category">Danh mục: <a href="{site}/vi/tin-tuc?category=tin-dang-bo">Tin Đảng bộ</a></span></div>'
                f'<p class="news-detail__lead lead">{esc(A18.lead)}</p><div class="news-detail__text">{A18.render(p=jp, img=img, sep="")}</div>'
                f'<p class="news-detail__credit text-right"><strong>Tác giả: Y Blô Niê | Ảnh: H\'Hen Mlô</strong></p></section>'
                f'<div class="pimcore_area_related"><h3>Tin liên quan</h3><div class="row">{rel}</div></div>')

    def side(rng, p):
        return ('<div class="product-card"><img src="/var/assets/san-pham/ca-phe-rang-xay.jpg" alt="" /><h4>Cà phê rang xay Krông Ana Xanh</h4>'
                '<p class="product-card__badge">Sản phẩm OCOP 4 sao</p><p class="price">185.000 đ / 500 g</p><a class="btn btn-success" href="#">Mua ngay</a></div>'
                + side_of(dmyhm, "Tin mới", "sidebar-news", docs=False)(rng, p))

    crumbs = f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{site}/vi">Trang chủ</a></li><li class="breadcrumb-item"><a href="{site}/vi/tin-tuc">Tin tức</a></li></ol></nav>'
    head = og(A18.title, url) + '<meta name="generator" content="Pimcore" /><script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"news-detail","newsId":214});</script>'
    return page("s40-18", family="enterprise_party_committee_pimcore11_news_object_credit_pipe",
                name="daklak-dangbocongtykronganaxanh-pimcore11-news-object-detail-h1-dd-mm-yyyy-hh-mm-pipe-danh-muc-field-generic-crumb-lead-class-image-caption-div-tac-gia-pipe-anh-ede-names-product-card-sidebar",
                url=url, art=A18, main_fn=main, pub=pub, prefix="pmc", kb=142,
                org="Công ty TNHH MTV Nông nghiệp Krông Ana Xanh", addr="Xã Krông Ana, tỉnh Đắk Lắk", phone="0262.3637.215",
                crumbs=crumbs, top=banner("/static/images/logo-kax.svg", "Công ty TNHH MTV Nông nghiệp Krông Ana Xanh"), side=side,
                shell_kw={"layout": "pimcore", "head_extra": head, "items": MENU_GOV, "left": 'Hotline: 0262.3637.215 | <a href="/en">English</a>'},
                exp=expected_(A18, iso(pub), author="Y Blô Niê", photographer="H'Hen Mlô", category="Tin Đảng bộ"),
                traps={"chrome": ["Sản phẩm OCOP 4 sao", "Mua ngay", "Tin liên quan"], "related": lambda rl: rl[:3]},
                notes="Pimcore 11 (Symfony + Twig; a stack no set had used), a company's site on the demo's 'news' object: h1, '22/12/2026 09:30' | 'Danh mục: Tin Đảng bộ' in the meta row → T09:30, category 'Tin Đảng bộ' (label dropped; the crumb 'Trang chủ › Tin tức' is generic). p.lead → lead (plain). A div.image-caption under the picture. 'Tác giả: Y Blô Niê | Ảnh: H'Hen Mlô' (Ê Đê names) → author and photographer (set 35's pipe). The sidebar's OCOP product card (price, 'Mua ngay') is shop chrome (set 34).",
                readme="Pimcore 11 (a stack no set had used), an enterprise Party committee's annual review: 'dd/mm/yyyy HH:MM | Danh mục: …' under the h1; a generic crumb; p.lead; div.image-caption; 'Tác giả: A | Ảnh: B' (Ê Đê names); an OCOP product card in the sidebar")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
