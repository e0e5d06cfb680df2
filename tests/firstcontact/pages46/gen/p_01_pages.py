"""Set 46 pages 1-9: AN HONEST RANDOM SAMPLE — no theme; the families drawn roughly in proportion to how often they turn up
among provincial Party-system sites in shared/research/vn-sites.md, each in a version, skin, module or layout sets 26-45
did not use (NukeViet 4.2 under a commune Fatherland Front theme, NukeViet 4.4 under an inspection commission's
three-column theme, NukeViet 4.5 under a Đảng ủy các cơ quan Đảng theme, the '.dcs.vn' portrait, 'Ngày này năm xưa'
and 'Tin cơ sở' templates, Liferay DXP 2023.Q4 + Viettel's and DXP 2025.Q1 + VNPT's news portlets, SharePoint 2013 +
VNPT-Media's news web part), ordinary items of February - May 2028.
Three pages of this module carry a twist each (page 4: an as-told-to credit 'A (kể) - B (ghi)'; page 6: a
contributor's PHONE NUMBER after ' - ' in the signature; page 9: an event's time-and-place row in the stamp's place)."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug
from .kit import og, jsonld
from .base import page, vb_box, mostread, WRITERS34

MENU_PARTY = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các cơ quan tham mưu", "Tổ chức cơ sở đảng"]),
    ("Tin tức", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Tin cơ sở", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Cuộc thi"]),
    ("Bảo vệ nền tảng tư tưởng của Đảng", ["Bình luận", "Phản bác quan điểm sai trái", "Cảnh giác"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Đảng ủy"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic", "Podcast"]),
]
MENU_MASS = [
    ("Giới thiệu", ["Lịch sử truyền thống", "Ban Chấp hành", "Ban Thường vụ", "Cơ quan chuyên trách"]),
    ("Hoạt động", ["Cấp tỉnh", "Cơ sở", "Phong trào thi đua", "Gương điển hình", "Mô hình hay"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản tỉnh", "Hướng dẫn nghiệp vụ"]),
    ("Thư viện", ["Thư viện ảnh", "Video clip", "Tài liệu sinh hoạt"]),
]
DOCS = ["Hướng dẫn số 31-HD/TU về sinh hoạt chi bộ theo chuyên đề năm 2028",
        "Kế hoạch số 142-KH/TU sơ kết công tác xây dựng Đảng quý I năm 2028",
        "Chương trình kiểm tra, giám sát năm 2028 của Ban Thường vụ Tỉnh ủy"]


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def mso(t):
    return (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal">'
            f'<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;">{esc(t)}<o:p></o:p></span></p>')


def bold(html, *names):
    for n in names:
        html = html.replace(esc(n), f"<strong>{esc(n)}</strong>", 1)
    return html


def banner(img, alt):
    return lambda rng, p: f'<div class="banner"><a href="/"><img src="{img}" alt="{esc(alt, True)}" /></a><span class="site-name">{esc(alt)}</span></div>'


def side_of(fmt, head="Tin đọc nhiều", cls="most-read", docs=True, extra=""):
    def f(rng, p):
        s = mostread(rng, p, fmt, head, cls, 6, writers=WRITERS34)
        if docs:
            s += vb_box(DOCS, "Văn bản mới", cls + "-vb")
        return s + extra
    return f


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>'


def tcap(s, c, n, cls="image", desc="image_desc", width=600):
    return (f'<table class="{cls}" align="center" border="0" cellpadding="2" cellspacing="0"><tbody><tr><td><img src="{s}" width="{width}" alt="" /></td></tr>'
            f'<tr><td class="{desc}"><em>{esc(c)}</em></td></tr></tbody></table>')


def pem(s, c, n):
    return (f'<p style="text-align:center"><img src="{s}" alt="{esc(c, True)}" style="width:100%;max-width:680px" /></p>'
            f'<p style="text-align:center"><em>{esc(c)}</em></p>')


def expected_(art, published, updated=None, author=None, unit=None, photographer=None, category=None, captions=None, body=None, lead="__art__", title=None):
    from .common import expected
    return expected(art, published, updated, author, unit, photographer, category, captions, body, lead, title)


def lst(site, base, items, fmt, cls="other-news", head="Các tin khác", htag="h3", ext=".html", start=1000):
    li = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{start + i * 7}{ext}">{esc(t)}</a>'
                 + (f' <span class="date">{esc(fmt(d))}</span>' if fmt else "") + "</li>" for i, (t, d) in enumerate(items))
    h = f'<{htag} class="{cls}-title">{esc(head)}</{htag}>' if head else ""
    return f'<div class="{cls}">{h}<ul>{li}</ul></div>'


def crumbs_of(site, items, cls="breadcrumb", sep=""):
    return f'<ul class="{cls}"><li><a href="{site}/">Trang chủ</a></li>' + sep.join(f'<li><a href="{site}/{slug(t)}/">{esc(t)}</a></li>' for t in items) + "</ul>"


def tools(cls="article-tools"):
    return (f'<div class="{cls}"><span class="fs">Cỡ chữ:</span> <a href="#" class="fs-down">A-</a> <a href="#" class="fs-reset">A</a> <a href="#" class="fs-up">A+</a>'
            f' <a href="#" class="print" onclick="window.print()">In bài</a> <a href="#" class="mail">Gửi email</a></div>')


def sharebar(cls="share-bar"):
    return (f'<div class="{cls}"><span>Chia sẻ:</span> <a class="fb" href="https://facebook.example/sharer">Facebook</a> <a class="zl" href="https://zalo.example/share">Zalo</a>'
            f' <a class="cp" href="#">Sao chép liên kết</a></div>')


def tags(site, items, label="Từ khóa:", cls="tags"):
    return f'<div class="{cls}"><strong>{esc(label)}</strong> ' + ", ".join(f'<a href="{site}/tag/{slug(t)}">{esc(t)}</a>' for t in items) + "</div>"


def comments_box(items, head="Ý kiến bạn đọc", cls="comments", form=True):
    cs = "".join(f'<div class="{cls}-item"><div class="{cls}-head"><b>{esc(n)}</b> <span class="time">{esc(s)}</span></div><p>{esc(t)}</p></div>' for n, s, t in items)
    f = (f'<form class="{cls}-form"><h4>Gửi ý kiến của bạn</h4><textarea placeholder="Nội dung ý kiến (tối thiểu 10 ký tự)"></textarea><input placeholder="Họ và tên" /><input placeholder="Email" />'
         f'<button type="button">Gửi ý kiến</button></form>') if form else ""
    return f'<div class="{cls}"><h3>{esc(head)} ({len(items)})</h3>{cs}{f}</div>'


def pg(seed, **kw):
    return page(seed, **kw)


# ===================================================================== 1 Ủy ban MTTQ xã Mỹ Thọ (Đồng Tháp): NukeViet 4.2 under a commune Fatherland Front theme; a mass mobilisation model, pasted Word markup, <br><br> paragraphs
A1 = Art("Mô hình “Tuyến đường hoa tự quản” ở ấp Mỹ Phú",
         "Sau hơn một năm ra mắt, mô hình “Tuyến đường hoa tự quản” do Ban Công tác Mặt trận ấp Mỹ Phú vận động đã phủ xanh 4,2 km đường giao thông nông thôn, trở thành điểm sáng trong thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” của xã Mỹ Thọ.",
         [("p", "Đầu năm 2027, Ban Công tác Mặt trận ấp Mỹ Phú tổ chức họp dân, thống nhất chia tuyến đường liên ấp thành 11 đoạn, mỗi đoạn giao cho một tổ nhân dân tự quản chăm sóc. Các hộ hai bên đường tự nguyện góp cây giống, phân bón và ngày công, không sử dụng ngân sách nhà nước."),
          ("p", "Ông Đặng Văn Nhỏ, Trưởng Ban Công tác Mặt trận ấp, cho biết: “Lúc đầu nhiều hộ còn e ngại vì sợ tốn đất, tốn công. Ban Công tác Mặt trận phải đến từng nhà vận động, người làm trước, người làm sau, dần dần bà con thấy đẹp nên tự làm”."),
          ("img", "/uploads/news/2028_02/tuyen-duong-hoa-ap-my-phu.jpg", "Tuyến đường hoa tự quản tại ấp Mỹ Phú, xã Mỹ Thọ"),
          ("p", "Đến nay, 146 hộ dân đã trồng hơn 3.800 cây hoa giấy, hoa mười giờ và cây kiểng; 11 tổ tự quản duy trì lịch làm vệ sinh vào sáng Chủ nhật hằng tuần. Nhiều hộ còn tự nguyện hiến thêm đất mở rộng lề đường, tổng diện tích hiến gần 600 m²."),
          ("p", "Từ mô hình này, Ủy ban MTTQ Việt Nam xã đã chỉ đạo nhân rộng ra 7 ấp còn lại; mỗi ấp đăng ký ít nhất một tuyến đường hoa tự quản trong năm 2028, gắn với bình xét danh hiệu “Khu dân cư kiểu mẫu”."),
          ("img", "/uploads/news/2028_02/to-tu-quan-ve-sinh-chu-nhat.jpg", "Tổ tự quản số 4 làm vệ sinh tuyến đường vào sáng Chủ nhật"),
          ("p", "Bà Trần Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam xã Mỹ Thọ, đánh giá mô hình đã phát huy tốt vai trò chủ thể của Nhân dân, góp phần xây dựng khối đại đoàn kết ở khu dân cư.")])


def page01():
    pub = T("2028-02-24 15:10")
    site = "https://mttq.mytho.dongthap.gov.vn"
    url = f"{site}/news/mo-hinh-hay/mo-hinh-tuyen-duong-hoa-tu-quan-o-ap-my-phu-312.html"
    today = pub + timedelta(days=3, hours=2)

    def main(rng, rl, rd):
        # pasted Word text: <br><br> between paragraphs inside one MsoNormal block, pictures in tables with caption rows
        parts = []
        for b in A1.blocks:
            if b[0] == "p":
                parts.append(f'<span style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">{esc(b[1])}</span><br /><br />')
            else:
                parts.append(f'</p>{tcap(b[1], b[2], 0)}<p class="MsoNormal" style="text-align:justify">')
        body = f'<p class="MsoNormal" style="text-align:justify">' + "".join(parts) + "</p>"
        body = bold(body, "Đặng Văn Nhỏ")
        return (f'<div class="news_column"><div class="panel-body"><h1 class="title">{esc(A1.title)}</h1>'
                f'<span class="pubtime">{wd(pub)} - {dmy(pub)} {hm(pub)}</span> <span class="hits">Đã xem: 418</span> <span class="comm">Phản hồi: 0</span>'
                + tools("mt42-tools") +
                f'<div id="hometext" class="hometext"><h2>{esc(A1.lead)}</h2></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Ngọc Hân</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Công tác Mặt trận ấp Mỹ Phú</p></div>'
                + tags(site, ["dân vận khéo", "đường hoa", "khu dân cư kiểu mẫu"]) + sharebar() +
                f'</div></div>' + lst(site, "/news/mo-hinh-hay/", list(zip(rl[:5], rd)), lambda d: dmy(d), cls="news_column related", head="Những tin cũ hơn", start=280))

    head = og(A1.title, url, {"og:description": A1.lead}) + '<meta name="generator" content="NukeViet v4.2" />'
    return pg("s46-01", family="commune_fatherland_front_nukeviet42_green_theme_left_block_word_br_paragraphs_tac_gia_nguon_tin",
              name="dongthap-mytho-mttqxa-nukeviet42-commune-front-theme-left-category-block-crumb-mo-hinh-hay-h1-weekday-dash-dd-mm-yyyy-hh-mm-da-xem-h2-hometext-mso-br-br-paragraphs-table-captions-tac-gia-nguon-tin-tags",
              url=url, art=A1, main_fn=main, pub=pub, prefix="mt42", kb=148,
              org="Ủy ban MTTQ Việt Nam xã Mỹ Thọ", addr="Xã Mỹ Thọ, tỉnh Đồng Tháp", phone="0277.3851.206",
              crumbs=crumbs_of(site, ["Tin tức", "Mô hình hay"], "breadcrumbs list-none"), top=banner("/themes/mttq42/images/banner.jpg", "Trang thông tin điện tử Mặt trận Tổ quốc xã Mỹ Thọ"),
              side=side_of(lambda d: dmy(d), "Tin xem nhiều", "mt42-most"),
              shell_kw={"layout": "nv42_mttq", "head_extra": head, "items": MENU_MASS, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A1, iso(pub), author="Ngọc Hân", category="Mô hình hay"),
              traps={"stamp_row": ["Đã xem: 418", "Phản hồi: 0"], "tools": ["Cỡ chữ:", "In bài"], "source": ["Nguồn tin: Ban Công tác Mặt trận ấp Mỹ Phú"],
                     "after_text": ["Tác giả:", "Từ khóa:", "Chia sẻ:", "Những tin cũ hơn"], "related": lambda rl: rl[:5]},
              notes="NukeViet 4.2 under a commune Fatherland Front committee's vendor theme (green header, a LEFT sidebar, the news module in the right two-thirds), a mass mobilisation model. The stamp 'Thứ Năm - 24/02/2028 15:10' with 'Đã xem' / 'Phản hồi' counts (NukeViet's meta line) → published 2028-02-24T15:10. A tool row, then the hometext printed as an <h2> (the lead, set 28's NukeViet 4.0 rule: a heading-styled description is the lead). The text is PASTED WORD markup: one MsoNormal paragraph whose sentences are separated by <br /><br /> (one body paragraph per run), the two pictures in tables with a caption row between them. After the text NukeViet's 'Tác giả: Ngọc Hân' (→ author) and 'Nguồn tin: Ban Công tác Mặt trận ấp Mỹ Phú' (a source line, set 13: not the unit, not body), tags, share, 'Những tin cũ hơn'. Category 'Mô hình hay' (the crumb's last level). The Front officials quoted are subjects.",
              readme="NukeViet 4.2 under a commune Fatherland Front theme (left sidebar), a mass mobilisation model: 'Thứ Năm - dd/mm/yyyy HH:MM' + 'Đã xem', an <h2> hometext (lead), pasted Word text with <br><br> paragraphs and two table captions, 'Tác giả:' (author) and 'Nguồn tin:' (a source, no unit) after the text")


# ===================================================================== 2 Ủy ban Kiểm tra Tỉnh ủy Cao Bằng: NukeViet 4.4 under a three-column theme (the article in the MIDDLE column); an inspection, a results table, an update stamp
A2 = Art("Kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát tại Đảng ủy xã Trà Lĩnh",
         "Từ ngày 06 đến 10/3/2028, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đảng năm 2027 đối với Ban Thường vụ Đảng ủy và Ủy ban Kiểm tra Đảng ủy xã Trà Lĩnh.",
         [("p", "Đoàn kiểm tra do đồng chí Nông Văn Thiện, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, làm trưởng đoàn. Qua kiểm tra cho thấy, năm 2027 Đảng ủy xã đã ban hành chương trình kiểm tra, giám sát sát với tình hình thực tế sau khi sắp xếp đơn vị hành chính; các cuộc kiểm tra, giám sát được tiến hành đúng quy trình."),
          ("p", "Kết quả thực hiện nhiệm vụ kiểm tra, giám sát năm 2027 của Đảng ủy xã như sau:"),
          ("table", [["Nội dung", "Kế hoạch", "Thực hiện"], ["Kiểm tra tổ chức đảng", "6", "6"], ["Kiểm tra đảng viên", "14", "15"],
                     ["Giám sát chuyên đề tổ chức đảng", "8", "8"], ["Kiểm tra tài chính đảng", "5", "5"]]),
          ("p", "Bên cạnh kết quả đạt được, Đoàn kiểm tra chỉ ra một số hạn chế: việc giám sát thường xuyên ở một số chi bộ thôn chưa được ghi chép đầy đủ; hồ sơ kiểm tra tài chính đảng ở 2 chi bộ chưa được lưu trữ theo quy định; việc tự kiểm tra tài chính của một số chi bộ còn hình thức."),
          ("img", "/uploads/news/2028_03/doan-kiem-tra-lam-viec-tai-tra-linh.jpg", "Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Trà Lĩnh"),
          ("p", "Đoàn kiểm tra đề nghị Ban Thường vụ Đảng ủy xã chỉ đạo khắc phục các hạn chế trước ngày 30/4/2028, báo cáo kết quả khắc phục về Ủy ban Kiểm tra Tỉnh ủy; đồng thời tăng cường tập huấn nghiệp vụ cho cán bộ kiểm tra các chi bộ.")])


def page02():
    pub = T("2028-03-14 09:20")
    upd = T("2028-03-15 08:05")
    site = "https://ubkt.caobang.dcs.vn"
    url = f"{site}/news/kiem-tra/kiem-tra-viec-thuc-hien-nhiem-vu-kiem-tra-giam-sat-tai-dang-uy-xa-tra-linh-508.html"
    today = pub + timedelta(days=5)

    def main(rng, rl, rd):
        body = bold(A2.render(p=jp, img=tcap, sep="\n"), "Nông Văn Thiện")
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A2.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{wd(pub)} - {dmy(pub)} {hm(pub)}</span></div>'
                f'<div class="col-md-12 text-right"><a href="{site}/news/print/kiem-tra/508.html">In bài viết</a> | <a href="#">Gửi bài viết qua email</a></div></div>'
                f'<div class="hometext m-bottom"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<p style="text-align:right"><strong>Minh Hiếu - Văn phòng UBKT Tỉnh ủy</strong></p>'
                f'<div class="text-right h5"><em>Cập nhật lần cuối: {dmy(upd)} {hm(upd)}</em></div>'
                + tags(site, ["kiểm tra", "giám sát", "Trà Lĩnh"]) +
                f'</div></div>' + lst(site, "/news/kiem-tra/", list(zip(rl[:5], rd)), lambda d: f"({dmy(d)})", cls="news_column related", head="Tin cùng chuyên mục", start=470))

    head = og(A2.title, url, {"og:description": A2.lead}) + '<meta name="generator" content="NukeViet v4.4" />'
    return pg("s46-02", family="inspection_commission_nukeviet44_three_column_theme_article_in_middle_column_update_stamp",
              name="caobang-ubkt-tinhuy-nukeviet44-three-column-vendor-theme-left-category-menu-middle-news-module-crumb-kiem-tra-h1-weekday-dash-dd-mm-yyyy-hh-mm-print-email-bold-hometext-results-table-figure-table-caption-name-dash-unit-bold-right-cap-nhat-lan-cuoi",
              url=url, art=A2, main_fn=main, pub=pub, prefix="ubkt", kb=176,
              org="Ủy ban Kiểm tra Tỉnh ủy Cao Bằng", addr="Phường Thục Phán, tỉnh Cao Bằng", phone="0206.3852.114",
              crumbs=crumbs_of(site, ["Tin hoạt động", "Kiểm tra"]), top=banner("/themes/ubkt/images/banner.png", "Ủy ban Kiểm tra Tỉnh ủy Cao Bằng"),
              side=side_of(lambda d: dmy(d), "Tin mới nhận", "ubkt-new"),
              shell_kw={"layout": "nv44_ubkt3", "head_extra": head, "items": MENU_PARTY, "left": f"{wd(today)}, ngày {dmy(today)}"},
              exp=expected_(A2, iso(pub), iso(upd), author="Minh Hiếu", unit="Văn phòng UBKT Tỉnh ủy", category="Kiểm tra"),
              traps={"tools": ["In bài viết", "Gửi bài viết qua email"], "update_label": ["Cập nhật lần cuối:"], "after_text": ["Từ khóa:", "Tin cùng chuyên mục"], "related": lambda rl: rl[:5]},
              notes="NukeViet 4.4 under an inspection commission's THREE-COLUMN vendor theme: a left column with a 'Chuyên mục' menu, the news module in the MIDDLE column, a right column of new items and documents (the article is not the first or the last column). An inspection report. Stamp 'Thứ Ba - 14/03/2028 09:20' → published 2028-03-14T09:20; NukeViet's 'Cập nhật lần cuối: 15/03/2028 08:05' after the signature → updated 2028-03-15T08:05. Bold hometext (lead). A results table in the text (body, one paragraph per row, cells joined by ' | '), a picture in a table with a caption row. The bold right signature 'Minh Hiếu - Văn phòng UBKT Tỉnh ủy' → author 'Minh Hiếu', unit 'Văn phòng UBKT Tỉnh ủy' (set 12's 'Name - unit'). The delegation head in bold is a subject. Category 'Kiểm tra' (the crumb's last level). Not body: print / e-mail links, the update line, tags, 'Tin cùng chuyên mục', the left menu.",
              readme="NukeViet 4.4 under an inspection commission's three-column theme (the article in the MIDDLE column), an inspection: 'Thứ Ba - dd/mm/yyyy HH:MM', bold hometext, a results table and a table caption, 'Name - unit' signature, 'Cập nhật lần cuối:' (update)")


# ===================================================================== 3 Đảng ủy các cơ quan Đảng tỉnh Lạng Sơn: NukeViet 4.5 under a left-sidebar vendor theme; a conference, a small gallery, two writers with a unit
A3 = Art("Đảng ủy các cơ quan Đảng tỉnh quán triệt nghị quyết chuyên đề về văn hóa công vụ",
         "Ngày 25/2, Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị học tập, quán triệt Nghị quyết chuyên đề về xây dựng văn hóa công vụ trong các cơ quan Đảng giai đoạn 2028 - 2030 cho hơn 300 cán bộ, đảng viên.",
         [("p", "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới 28 chi bộ, đảng bộ cơ sở trực thuộc. Đồng chí Hoàng Thị Thu, Bí thư Đảng ủy các cơ quan Đảng tỉnh, trực tiếp truyền đạt các nội dung cơ bản của nghị quyết."),
          ("p", "Nghị quyết đặt mục tiêu đến năm 2030, 100% cán bộ, công chức các cơ quan Đảng thực hiện nghiêm quy tắc ứng xử; 100% hồ sơ công việc được xử lý trên môi trường mạng; không có cán bộ, đảng viên bị xử lý kỷ luật do vi phạm đạo đức công vụ."),
          ("img", "/uploads/news/2028_02/hoi-nghi-quan-triet-van-hoa-cong-vu.jpg", "Quang cảnh hội nghị tại điểm cầu Đảng ủy các cơ quan Đảng tỉnh"),
          ("p", "Để nghị quyết đi vào cuộc sống, Đảng ủy yêu cầu các chi bộ xây dựng chương trình hành động cụ thể, gắn với nhiệm vụ chính trị của từng cơ quan; đưa nội dung văn hóa công vụ vào sinh hoạt chuyên đề ít nhất hai lần mỗi năm."),
          ("p", "Sau hội nghị, 100% cán bộ, đảng viên viết bài thu hoạch, đăng ký việc làm cụ thể để thực hiện nghị quyết; kết quả thực hiện là một tiêu chí đánh giá, xếp loại chất lượng đảng viên cuối năm."),
          ("img", "/uploads/news/2028_02/dang-vien-chi-bo-van-phong-du-hoi-nghi.jpg", "Đảng viên Chi bộ Văn phòng Tỉnh ủy dự hội nghị tại điểm cầu trực tuyến")])


def page03():
    pub = T("2028-02-27 17:05")
    site = "https://dangbocoquan.langson.dcs.vn"
    url = f"{site}/news/hoat-dong-dang-uy/dang-uy-cac-co-quan-dang-tinh-quan-triet-nghi-quyet-chuyen-de-ve-van-hoa-cong-vu-1403.html"

    def gal(s, c, n):
        return (f'<div class="nv-gallery-item col-xs-12 col-sm-12"><a href="{s}" data-fancybox="gallery"><img src="{s}" alt="{esc(c, True)}" class="img-thumbnail" /></a>'
                f'<p class="nv-gallery-caption">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        body = bold(A3.render(p=jp, img=gal, sep="\n"), "Hoàng Thị Thu")
        cards = "".join(f'<div class="col-sm-8 card-item"><img src="/uploads/news/2028_02/thumb-{i}.jpg" alt="" /><h4><a href="{site}/news/hoat-dong-dang-uy/{slug(t)[:50]}-{1380 + i}.html">{esc(t)}</a></h4><span class="date">{dmy(d)}</span></div>'
                        for i, (t, d) in enumerate(zip(rl[:3], rd)))
        return (f'<div class="news_column dccq-detail"><h1 class="dccq-title">{esc(A3.title)}</h1>'
                f'<ul class="list-inline dccq-meta"><li><i class="fa fa-clock-o"></i> {hm(pub)} {dmy(pub)}</li><li><i class="fa fa-eye"></i> 276</li><li><a href="#" class="print">In</a></li></ul>'
                f'<div class="hometext"><p><strong>{esc(A3.lead)}</strong></p></div>'
                f'<div id="news-bodyhtml" class="bodytext">{body}</div>'
                f'<p style="text-align:right"><strong>Nông Hải Yến, Lục Văn Tú (Ban Tuyên giáo Đảng ủy)</strong></p>'
                + sharebar("dccq-share") +
                f'<div class="dccq-samecat"><h3>Bài viết cùng chuyên mục</h3><div class="row">{cards}</div></div></div>')

    head = og(A3.title, url, {"og:description": A3.lead}) + '<meta name="generator" content="NukeViet v4.5" />'
    return pg("s46-03", family="agencies_party_committee_nukeviet45_left_sidebar_theme_card_grid_two_writers_one_unit",
              name="langson-danguycacoquandang-nukeviet45-left-sidebar-vendor-theme-crumb-hoat-dong-dang-uy-h1-hh-mm-dd-mm-yyyy-eye-count-bold-hometext-gallery-items-with-captions-two-writers-comma-unit-parentheses-bai-viet-cung-chuyen-muc-cards",
              url=url, art=A3, main_fn=main, pub=pub, prefix="dccq", kb=162,
              org="Đảng ủy các cơ quan Đảng tỉnh Lạng Sơn", addr="Phường Lương Văn Tri, tỉnh Lạng Sơn", phone="0205.3812.640",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động Đảng ủy"]), top=banner("/themes/dccq/images/banner.png", "Đảng bộ các cơ quan Đảng tỉnh Lạng Sơn"),
              side=side_of(lambda d: f"{hm(d)} {dmy(d)}", "Tin đọc nhiều", "dccq-most"),
              shell_kw={"layout": "nv45_dccq", "head_extra": head, "items": MENU_PARTY, "left": "Đường dây nóng: 0205.3812.640"},
              exp=expected_(A3, iso(pub), author="Nông Hải Yến, Lục Văn Tú", unit="Ban Tuyên giáo Đảng ủy", category="Hoạt động Đảng ủy"),
              traps={"meta": ["276"], "after_text": ["Chia sẻ:", "Bài viết cùng chuyên mục"], "related": lambda rl: rl[:3]},
              notes="NukeViet 4.5 under the vendor theme of a Đảng ủy các cơ quan Đảng tỉnh: a LEFT sidebar (most read, documents), the news module on the right; a conference. Meta row 'HH:MM dd/mm/yyyy' (time first) with an eye count and 'In' → published 2028-02-27T17:05. Bold hometext (lead). The two pictures are gallery items (a fancybox link around the image, a p.nv-gallery-caption under it) inside the text: captions, not body. After the text the bold right signature 'Nông Hải Yến, Lục Văn Tú (Ban Tuyên giáo Đảng ủy)' → two writers 'Nông Hải Yến, Lục Văn Tú', one unit 'Ban Tuyên giáo Đảng ủy' (set 28: 'A, B - unit'; the parenthesis is the unit, set 12). The Party secretary in bold is a subject. Then share and 'Bài viết cùng chuyên mục' as a card grid with days. Category 'Hoạt động Đảng ủy'.",
              readme="NukeViet 4.5 under a Đảng ủy các cơ quan Đảng theme (LEFT sidebar), a conference: 'HH:MM dd/mm/yyyy', bold hometext, gallery items with captions inside the text, 'A, B (unit)' (two writers, one unit), 'Bài viết cùng chuyên mục' cards")


# ===================================================================== 4 Tỉnh ủy Hà Tĩnh: the '.dcs.vn' 'Gương sáng' PORTRAIT template; TWIST: an as-told-to credit 'A (kể) - B (ghi)'
A4 = Art("Người đảng viên 60 năm tuổi Đảng và ký ức mùa Xuân năm 1975",
         "Ở tuổi 82, ông Nguyễn Đình Quế, đảng viên Chi bộ thôn Đông Thịnh, xã Thạch Khê, vẫn nhớ như in những ngày hành quân thần tốc mùa Xuân năm 1975. Nhân kỷ niệm 53 năm Ngày Giải phóng miền Nam, thống nhất đất nước, chúng tôi ghi lại câu chuyện của ông.",
         [("p", "Tôi nhập ngũ tháng 3 năm 1965, khi vừa tròn 19 tuổi. Đến năm 1968, trên đường hành quân vào chiến trường Trị Thiên, tôi được kết nạp vào Đảng ngay tại một cánh rừng ven suối. Lễ kết nạp chỉ có sáu người, lá cờ Đảng được căng lên bằng hai cành cây."),
          ("p", "Tháng 3 năm 1975, đơn vị chúng tôi nhận lệnh hành quân thần tốc về phía Nam. Xe chạy ngày chạy đêm, có những chặng cả tiểu đoàn chỉ được nghỉ hai tiếng. Anh em ăn lương khô, uống nước suối, nhưng ai cũng phấn chấn vì biết ngày thống nhất đã rất gần."),
          ("img", "/Uploaded/2028/04/ong-nguyen-dinh-que-ben-ky-vat.jpg", "Ông Nguyễn Đình Quế bên những kỷ vật thời chiến"),
          ("p", "Sáng 30/4/1975, khi nghe tin Sài Gòn được giải phóng qua chiếc đài của chính trị viên, cả đơn vị ôm nhau mà khóc. Tôi nghĩ đến những đồng đội đã nằm lại dọc đường hành quân, không được chứng kiến giây phút ấy."),
          ("p", "Trở về quê năm 1978, tôi làm Bí thư Chi bộ thôn suốt 16 năm, cùng bà con khai hoang, đắp đê ngăn mặn. Bây giờ tuổi đã cao, tôi vẫn đi sinh hoạt chi bộ đầy đủ, vẫn kể chuyện chiến trường cho các cháu đoàn viên nghe mỗi dịp 30/4."),
          ("img", "/Uploaded/2028/04/ong-que-ke-chuyen-cho-doan-vien.jpg", "Ông Quế kể chuyện truyền thống cho đoàn viên thanh niên xã Thạch Khê"),
          ("p", "Điều tôi mong nhất là lớp trẻ hôm nay sống có lý tưởng, biết ơn những người đã ngã xuống và ra sức xây dựng quê hương ngày càng giàu đẹp.")])


def page04():
    pub = T("2028-04-28 07:30")
    site = "https://hatinh.dcs.vn"
    url = f"{site}/guong-sang/nguoi-dang-vien-60-nam-tuoi-dang-va-ky-uc-mua-xuan-nam-1975-t8821.html"

    def main(rng, rl, rd):
        body = A4.render(p=lambda t: f"<p>{esc(t)}</p>", img=fig, sep="\n")
        more = "".join(f'<div class="col-md-3 pt-card"><img src="/Uploaded/2028/04/gs-{i}.jpg" alt="" /><h4><a href="{site}/guong-sang/{slug(t)[:50]}-t{8800 + i}.html">{esc(t)}</a></h4></div>' for i, t in enumerate(rl[:4]))
        return (f'<div class="pt-hero" style="background-image:url(/Uploaded/2028/04/pt-hero-ong-que.jpg)"><div class="pt-hero-inner"><span class="pt-kicker">Gương sáng</span>'
                f'<h1 class="pt-title">{esc(A4.title)}</h1><div class="pt-date">{hm(pub)} | {dmy(pub)}</div></div></div>'
                f'<div class="pt-body"><div class="pt-sapo"><strong>{esc(A4.lead)}</strong></div><div class="pt-content">{body}'
                f'<p style="text-align:right"><strong>Nguyễn Đình Quế (kể) - Hà Phương (ghi)</strong></p></div>'
                + sharebar("pt-share") + tags(site, ["30/4", "gương sáng", "cựu chiến binh"]) + f'</div><div class="pt-more"><h3>Gương sáng khác</h3><div class="row">{more}</div></div>')

    head = og(A4.title, url, {"og:description": A4.lead})
    return pg("s46-04", family="provincial_party_dcs_portrait_template_hero_banner_as_told_to_credit",
              name="hatinh-tinhuy-dcs-guong-sang-portrait-template-hero-banner-kicker-h1-hh-mm-pipe-dd-mm-yyyy-bold-sapo-first-person-memoir-figures-ke-ghi-credit-bold-right-share-tags-guong-sang-khac",
              url=url, art=A4, main_fn=main, pub=pub, prefix="htdcs", kb=188,
              org="Đảng bộ tỉnh Hà Tĩnh", addr="Phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.210",
              crumbs=crumbs_of(site, ["Học tập và làm theo Bác", "Gương sáng"]), top=banner("/Content/images/banner-dcs.png", "Báo điện tử Đảng bộ tỉnh Hà Tĩnh"),
              side=side_of(lambda d: f"{hm(d)} | {dmy(d)}", "Đọc nhiều", "pt-most", docs=False),
              shell_kw={"layout": "dcs_portrait", "head_extra": head, "items": MENU_PARTY, "left": "Hotline: 0239.3855.210"},
              exp=expected_(A4, iso(pub), author="Hà Phương", category="Gương sáng"),
              traps={"credit": ["Nguyễn Đình Quế (kể)", "(kể)", "(ghi)"], "after_text": ["Chia sẻ:", "Từ khóa:", "Gương sáng khác"], "related": lambda rl: rl[:4]},
              notes="TWIST (an AS-TOLD-TO credit). The '.dcs.vn' platform's 'Gương sáng' PORTRAIT template: a hero banner with the kicker 'Gương sáng' (the section, also the crumb's last level → category), the h1 and 'HH:MM | dd/mm/yyyy' → published 2028-04-28T07:30; a bold sapo (the lead, in which the editors speak: 'chúng tôi ghi lại câu chuyện của ông'); the text is a veteran's FIRST-PERSON account ('Tôi nhập ngũ …'). The bold right credit under the text reads 'Nguyễn Đình Quế (kể) - Hà Phương (ghi)': the veteran TOLD the story, the writer Hà Phương WROTE IT DOWN. → author 'Hà Phương', author_unit null: the narrator is the subject of the portrait and the speaker of the text, not its writer; '(kể)' is no role suffix like '(thực hiện)' (set 27) and the line is not set 12's 'Name - unit' (which would store 'Nguyễn Đình Quế (kể)' as the author and 'Hà Phương (ghi)' as the unit) nor set 28's 'A - B' (two writers). NEW (set 46). QUESTIONABLE: a memoir could be credited to its narrator; the record here follows who wrote the text.",
              readme="TWIST: the '.dcs.vn' 'Gương sáng' portrait template (hero banner, kicker, 'HH:MM | dd/mm/yyyy', bold sapo), a veteran's first-person memories for 30/4; the credit 'Nguyễn Đình Quế (kể) - Hà Phương (ghi)' — the narrator told, the writer wrote: author 'Hà Phương' only")


# ===================================================================== 5 Tỉnh ủy Tuyên Quang: the '.dcs.vn' 'Ngày này năm xưa' template; an anniversary, the history day box over the text
A5 = Art("90 năm Ngày thành lập Chi bộ Đảng đầu tiên ở Kim Bình (10/5/1938 - 10/5/2028)",
         "Cách đây 90 năm, ngày 10/5/1938, tại bản Nà Coóc, Chi bộ Đảng đầu tiên ở vùng Kim Bình được thành lập với 5 đảng viên, mở ra thời kỳ phong trào cách mạng địa phương có sự lãnh đạo trực tiếp của Đảng.",
         [("p", "Theo tư liệu lịch sử Đảng bộ, từ năm 1936, một số cán bộ cách mạng đã về Kim Bình gây dựng cơ sở, tuyên truyền trong thanh niên và nông dân các dân tộc Tày, Dao. Đến đầu năm 1938, các tổ Thanh niên phản đế, Nông hội đỏ đã có mặt ở 7 bản."),
          ("p", "Trên cơ sở phong trào phát triển, ngày 10/5/1938, Chi bộ Kim Bình được thành lập do đồng chí Ma Văn Kiên làm Bí thư. Chi bộ đã lãnh đạo quần chúng đấu tranh chống sưu cao thuế nặng, xây dựng căn cứ, chuẩn bị lực lượng cho Tổng khởi nghĩa tháng Tám năm 1945."),
          ("img", "/Uploaded/2028/05/nha-tuong-niem-chi-bo-kim-binh.jpg", "Nhà tưởng niệm Chi bộ Đảng đầu tiên ở Kim Bình tại bản Nà Coóc"),
          ("p", "Trải qua 90 năm, từ một chi bộ với 5 đảng viên, đến nay Đảng bộ xã Kim Bình có 46 chi bộ với 1.214 đảng viên. Năm 2027, Đảng bộ xã được Ban Thường vụ Tỉnh ủy tặng Bằng khen vì có thành tích tiêu biểu trong xây dựng tổ chức cơ sở đảng."),
          ("p", "Nhân dịp kỷ niệm, Đảng ủy xã Kim Bình tổ chức lễ dâng hương tại Nhà tưởng niệm, tọa đàm “Chi bộ Kim Bình - 90 năm một chặng đường” và trao Huy hiệu Đảng cho 18 đảng viên.")])


def page05():
    pub = T("2028-05-09 18:00")
    site = "https://tuyenquang.dcs.vn"
    url = f"{site}/DetailView/9187/44/90-nam-Ngay-thanh-lap-Chi-bo-Dang-dau-tien-o-Kim-Binh.html"

    def main(rng, rl, rd):
        body = A5.render(p=jp, img=tcap, sep="\n")
        others = "".join(f'<li><span class="nn-day">{d}</span> <a href="{site}/ngay-nay-nam-xua/{slug(t)[:40]}.html">{esc(t)}</a></li>' for d, t in [
            ("09/05/1954", "Bộ đội địa phương phối hợp giải phóng thị trấn"), ("11/05/1975", "Mít tinh mừng giải phóng hoàn toàn miền Nam"), ("12/05/1990", "Khánh thành cầu Nông Tiến")])
        return (f'<div class="lsd-detail"><div class="lsd-daybox"><span class="lsd-label">Sự kiện ngày này</span> <span class="lsd-dd">10</span> <span class="lsd-mm">Tháng 5</span> <span class="lsd-yy">1938</span></div>'
                f'<h1 class="lsd-title">{esc(A5.title)}</h1><div class="lsd-meta"><span class="lsd-date">Ngày đăng: {dmy(pub)} {hm(pub)}</span> <span class="lsd-view">Lượt xem: 538</span></div>'
                f'<div class="lsd-sapo"><b>{esc(A5.lead)}</b></div><div class="lsd-content">{body}'
                f'<p style="text-align:right"><b>Lâm Anh</b></p></div>'
                + sharebar("lsd-share") + f'<div class="lsd-more"><h3>Cũng trong tháng 5 năm xưa</h3><ul>{others}</ul></div></div>')

    head = og(A5.title, url, {"og:description": A5.lead})
    return pg("s46-05", family="provincial_party_dcs_history_template_ngay_nay_nam_xua_day_box_over_title",
              name="tuyenquang-tinhuy-dcs-detailview-ngay-nay-nam-xua-template-history-day-box-10-thang-5-1938-over-h1-ngay-dang-dd-mm-yyyy-hh-mm-luot-xem-bold-sapo-table-caption-bold-right-signature-cung-trong-thang-5-list",
              url=url, art=A5, main_fn=main, pub=pub, prefix="tqdcs", kb=172,
              org="Đảng bộ tỉnh Tuyên Quang", addr="Phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.315",
              crumbs=crumbs_of(site, ["Lịch sử Đảng bộ", "Ngày này năm xưa"]), top=banner("/Content/images/banner-tq.png", "Trang thông tin điện tử Đảng bộ tỉnh Tuyên Quang"),
              side=side_of(lambda d: f"{dmy(d)} | 1{d.day}2", "Tin mới", "tq-new"),
              shell_kw={"layout": "dcs_history", "head_extra": head, "items": MENU_PARTY, "left": f"{wd(pub + timedelta(days=1))}, {dmy(pub + timedelta(days=1))}"},
              exp=expected_(A5, iso(pub), author="Lâm Anh", category="Ngày này năm xưa"),
              traps={"daybox": ["Sự kiện ngày này", "10 Tháng 5 1938"], "meta": ["Lượt xem: 538"], "after_text": ["Chia sẻ:", "Cũng trong tháng 5 năm xưa", "09/05/1954", "11/05/1975"]},
              notes="The '.dcs.vn' platform's 'Ngày này năm xưa' (this day in history) template of the Party history section, an anniversary (the MVC 'DetailView' URL shape of vn-sites.md). OVER the h1 a day box 'Sự kiện ngày này | 10 | Tháng 5 | 1938' — the HISTORICAL day the item commemorates (an event's day, set 25: no stamp); the h1 carries the anniversary's range '(10/5/1938 - 10/5/2028)' (title text). 'Ngày đăng: 09/05/2028 18:00' → published 2028-05-09T18:00 (the evening before the anniversary day: not 10/05). Bold sapo (lead), a picture in a table with a caption row, the bold right signature 'Lâm Anh' (author). After the text share and 'Cũng trong tháng 5 năm xưa' (other history items with their historical days). Category 'Ngày này năm xưa' (the crumb's last level).",
              readme="The '.dcs.vn' 'Ngày này năm xưa' template, an anniversary: a history day box 'Sự kiện ngày này 10 Tháng 5 1938' OVER the h1 (not a stamp), 'Ngày đăng: dd/mm/yyyy HH:MM' the evening before the anniversary, bold sapo, table caption, bold signature, a list of other history days")


# ===================================================================== 6 Tỉnh ủy Điện Biên: the '.dcs.vn' 'Tin cơ sở' template; TWIST: a contributor's PHONE NUMBER after ' - ' in the signature
A6 = Art("Chi bộ bản Co Mị sinh hoạt chuyên đề về giữ gìn an ninh trật tự khu dân cư",
         "Tối 20/3, Chi bộ bản Co Mị, xã Mường Phăng tổ chức sinh hoạt chuyên đề “Nâng cao vai trò của đảng viên trong giữ gìn an ninh trật tự ở khu dân cư” với sự tham dự của 27/29 đảng viên.",
         [("p", "Tại buổi sinh hoạt, đồng chí Lò Văn Piếng, Bí thư Chi bộ, đánh giá: năm 2027 bản không có người vi phạm pháp luật nghiêm trọng, không có tụ điểm phức tạp; tổ an ninh tự quản đã hòa giải thành 6 vụ mâu thuẫn trong Nhân dân."),
          ("p", "Các đảng viên thảo luận sôi nổi về những khó khăn như tình trạng thanh niên đi làm ăn xa không khai báo tạm vắng, một số hộ chưa lắp camera an ninh theo mô hình “Camera vì an ninh trật tự”."),
          ("img", "/Uploaded/2028/03/chi-bo-ban-co-mi-sinh-hoat-chuyen-de.jpg", "Đảng viên Chi bộ bản Co Mị phát biểu tại buổi sinh hoạt chuyên đề"),
          ("p", "Chi bộ thống nhất phân công mỗi đảng viên phụ trách từ 5 đến 7 hộ gia đình, thường xuyên nắm tình hình, vận động người dân khai báo tạm trú, tạm vắng; phấn đấu đến hết năm 2028 có thêm 20 hộ lắp camera an ninh."),
          ("p", "Buổi sinh hoạt có sự tham dự, chỉ đạo của đồng chí Phó Bí thư Đảng ủy xã và đại diện Công an xã Mường Phăng.")])


def page06():
    pub = T("2028-03-22 10:45")
    site = "https://dienbien.dcs.vn"
    url = f"{site}/tin-co-so/chi-bo-ban-co-mi-sinh-hoat-chuyen-de-ve-giu-gin-an-ninh-trat-tu-khu-dan-cu-c4417.html"

    def main(rng, rl, rd):
        body = A6.render(p=jp, img=pem, sep="\n")
        return (f'<div class="coso-detail"><div class="coso-label">Tin cơ sở</div><h1 class="coso-title">{esc(A6.title)}</h1>'
                f'<div class="coso-meta"><span class="d">{dmy(pub)} - {hm(pub)}</span> <span class="v">Lượt xem: 193</span></div>'
                f'<div class="coso-sapo"><strong>{esc(A6.lead)}</strong></div><div class="coso-content">{body}'
                f'<p style="text-align:right"><strong>CTV Lò Văn Thắng - 0915.228.406</strong></p></div>'
                f'<div class="coso-note"><em>Ban Biên tập khuyến khích cộng tác viên các xã, phường gửi tin, bài về địa chỉ email: tincoso@dienbien.example</em></div>'
                + sharebar("coso-share") + lst(site, "/tin-co-so/", list(zip(rl[:5], rd)), lambda d: dmy(d), cls="coso-others", head="Tin cơ sở khác", start=4380))

    def side(rng, p):
        rank = "".join(f'<li><span class="n">{n}</span> <span class="place">{esc(x)}</span> <span class="c">{c} tin, bài</span></li>' for n, x, c in [
            ("Quàng Thị Mai", "xã Thanh Nưa", 14), ("Vì Văn Khởi", "xã Mường Ảng", 11), ("Lò Văn Thắng", "xã Mường Phăng", 9), ("Giàng A Dế", "xã Tủa Chùa", 7)])
        return f'<div class="ctv-rank"><h3>Cộng tác viên tích cực tháng 3</h3><ol>{rank}</ol></div>' + side_of(lambda d: dmy(d), "Đọc nhiều", "coso-most")(rng, p)

    head = og(A6.title, url, {"og:description": A6.lead})
    return pg("s46-06", family="provincial_party_dcs_grassroots_template_contributor_signature_with_phone_number",
              name="dienbien-tinhuy-dcs-tin-co-so-template-label-h1-dd-mm-yyyy-dash-hh-mm-luot-xem-bold-sapo-centred-em-caption-ctv-name-dash-phone-number-bold-right-editors-call-for-contributions-share-tin-co-so-khac-contributor-ranking",
              url=url, art=A6, main_fn=main, pub=pub, prefix="dbdcs", kb=154,
              org="Đảng bộ tỉnh Điện Biên", addr="Phường Điện Biên Phủ, tỉnh Điện Biên", phone="0215.3825.118",
              crumbs=crumbs_of(site, ["Tin tức", "Tin cơ sở"]), top=banner("/Content/images/banner-db.png", "Trang thông tin điện tử Đảng bộ tỉnh Điện Biên"),
              side=side,
              shell_kw={"layout": "dcs_coso", "head_extra": head, "items": MENU_PARTY, "left": f"{wd(pub)}, {dmy(pub)}"},
              exp=expected_(A6, iso(pub), author="Lò Văn Thắng", category="Tin cơ sở"),
              traps={"phone": ["0915.228.406"], "editors": ["Ban Biên tập khuyến khích cộng tác viên", "tincoso@dienbien.example"], "meta": ["Lượt xem: 193"],
                     "after_text": ["Chia sẻ:", "Tin cơ sở khác"], "ranking": ["Cộng tác viên tích cực tháng 3", "Quàng Thị Mai", "9 tin, bài"], "related": lambda rl: rl[:5]},
              notes="TWIST (a contributor's PHONE NUMBER in the signature). The '.dcs.vn' platform's 'Tin cơ sở' (grassroots contributions) template, a Party cell's thematic meeting sent in by a commune contributor. A label 'Tin cơ sở' over the h1 (the section; also the crumb's last level → category), 'dd/mm/yyyy - HH:MM' → published 2028-03-22T10:45, a bold sapo (lead), a centred picture with a centred <em> caption. The bold right signature reads 'CTV Lò Văn Thắng - 0915.228.406': 'CTV' is a status prefix (dropped, set 43) and what follows ' - ' is the contributor's MOBILE NUMBER (printed so the editors can reach him), not an organisation → author 'Lò Văn Thắng', author_unit NULL. A reader applying set 12's 'Name - unit' stores '0915.228.406' as the unit. Under the text the editors' call for contributions (with an e-mail address) is chrome. The right column's contributor ranking prints the same name with his commune (a box, not a unit). NEW (set 46).",
              readme="TWIST: the '.dcs.vn' 'Tin cơ sở' template, a Party cell's thematic meeting: label, 'dd/mm/yyyy - HH:MM', bold sapo, centred <em> caption; the signature 'CTV Lò Văn Thắng - 0915.228.406' — a PHONE NUMBER after ' - ', not a unit; an editors' call for contributions and a contributor ranking")


# ===================================================================== 7 Hội LHPN tỉnh Cà Mau: Liferay DXP 2023.Q4 + Viettel's news portlet; social policy, 'Bài, ảnh:' credit, pictures in tables
A7 = Art("Trao 20 “Mái ấm tình thương” cho hội viên phụ nữ nghèo nhân dịp 8/3",
         "Nhân kỷ niệm 118 năm Ngày Quốc tế Phụ nữ, Hội Liên hiệp Phụ nữ tỉnh phối hợp với các nhà tài trợ bàn giao 20 căn nhà “Mái ấm tình thương” cho hội viên phụ nữ thuộc hộ nghèo, hộ cận nghèo tại 9 xã ven biển.",
         [("p", "Mỗi căn nhà có diện tích từ 40 đến 50 m², trị giá 80 triệu đồng, trong đó Hội vận động hỗ trợ 60 triệu đồng, phần còn lại do gia đình đối ứng và bà con lối xóm góp ngày công. Các căn nhà được xây dựng theo thiết kế chống bão, có nền cao hơn mặt đường 40 cm."),
          ("img", "/documents/20182/0/ban-giao-mai-am-xa-tan-an.jpg", "Lãnh đạo Hội LHPN tỉnh bàn giao “Mái ấm tình thương” cho chị Lý Thị Nhung, xã Tân Ân"),
          ("p", "Chị Lý Thị Nhung ở ấp Xóm Lớn, xã Tân Ân, một trong 20 hội viên được nhận nhà, xúc động chia sẻ: “Chồng mất sớm, tôi một mình nuôi hai con đi học, căn chòi lá cũ mùa mưa dột khắp nơi. Có nhà mới rồi, mẹ con tôi yên tâm làm ăn”."),
          ("p", "Bà Quách Thị Diễm, Chủ tịch Hội LHPN tỉnh, cho biết trong giai đoạn 2025 - 2027, các cấp Hội đã vận động xây mới, sửa chữa 412 “Mái ấm tình thương” với tổng kinh phí hơn 27 tỷ đồng; năm 2028 phấn đấu xây thêm ít nhất 120 căn."),
          ("img", "/documents/20182/0/hoi-vien-phu-nu-nhan-nha-moi.jpg", "Các hội viên phụ nữ nhận quyết định bàn giao nhà"),
          ("p", "Dịp này, Hội LHPN tỉnh còn trao 50 suất quà, mỗi suất 1 triệu đồng, cho phụ nữ có hoàn cảnh đặc biệt khó khăn và 10 bộ dụng cụ sinh kế cho hội viên khởi nghiệp.")])


def page07():
    pub = T("2028-03-08 10:15")
    site = "https://phunu.camau.gov.vn"
    url = f"{site}/vi/-/trao-20-mai-am-tinh-thuong-cho-hoi-vien-phu-nu-ngheo-nhan-dip-8-3"

    def main(rng, rl, rd):
        body = A7.render(p=jp, img=lambda s, c, n: tcap(s, c, n, "tbl-img", "cap"), sep="\n")
        return (f'<div class="vtt-news-detail"><div class="portlet-title-text">Hoạt động Hội</div><h1 class="vtt-title">{esc(A7.title)}</h1>'
                f'<div class="vtt-meta"><span class="vtt-date"><i class="icon-calendar"></i> {dmy(pub)} {hm(pub)}</span> <span class="vtt-views">Lượt xem: 1.027</span>'
                f' <span class="vtt-font">Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></span></div>'
                f'<div class="vtt-summary"><strong>{esc(A7.lead)}</strong></div><div class="vtt-content journal-content-article">{body}</div>'
                f'<div class="vtt-author" style="text-align:right"><strong>Bài, ảnh: Diệu Linh</strong></div>'
                + sharebar("vtt-share") + lst(site, "/vi/-/", list(zip(rl[:5], rd)), lambda d: f"({dmy(d)})", cls="vtt-related", head="Tin cùng chuyên mục", ext="", start=60))

    head = og(A7.title, url, {"og:description": A7.lead}) + '<meta name="generator" content="Liferay DXP 2023.Q4" />'
    return pg("s46-07", family="womens_union_liferay2023q4_viettel_news_portlet_bai_anh_credit_table_captions",
              name="camau-hoilhpn-tinh-liferay-dxp-2023-q4-viettel-news-detail-portlet-portlet-title-hoat-dong-hoi-h1-dd-mm-yyyy-hh-mm-luot-xem-font-size-bold-summary-table-captions-bai-anh-credit-bold-right-share-tin-cung-chuyen-muc",
              url=url, art=A7, main_fn=main, pub=pub, prefix="pncm", kb=196,
              org="Hội Liên hiệp Phụ nữ tỉnh Cà Mau", addr="Phường Tân Thành, tỉnh Cà Mau", phone="0290.3831.744",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động Hội"]), top=banner("/o/vtt23-theme/images/banner.png", "Cổng thông tin điện tử Hội LHPN tỉnh Cà Mau"),
              side=side_of(lambda d: dmy(d), "Tin nổi bật", "vtt-hot", docs=False),
              shell_kw={"layout": "lr23q4vtt", "head_extra": head, "items": MENU_MASS, "left": f"{wd(pub)}, {dmy(pub)}"},
              exp=expected_(A7, iso(pub), author="Diệu Linh", photographer="Diệu Linh", category="Hoạt động Hội"),
              traps={"meta": ["Lượt xem: 1.027", "Cỡ chữ:"], "credit": ["Bài, ảnh:"], "after_text": ["Sao chép liên kết", "Tin cùng chuyên mục"], "related": lambda rl: rl[:5]},
              notes="Liferay DXP 2023.Q4 (a quarterly release) with a vendor theme and Viettel's news detail portlet in a 9-3 layout; social policy (houses handed over for 8/3). The portlet title 'Hoạt động Hội' over the h1 (a specific section label, set 29; also the crumb's last level → category). 'dd/mm/yyyy HH:MM' with a view count and font buttons → published 2028-03-08T10:15. Bold summary (lead). Two pictures in tables with a caption row (td.cap). After the text the bold right 'Bài, ảnh: Diệu Linh' → author AND photographer 'Diệu Linh' (set 26). The women's union chair and the beneficiary quoted are subjects.",
              readme="Liferay DXP 2023.Q4 + Viettel's news portlet, social policy: portlet title (category), 'dd/mm/yyyy HH:MM' + views, bold summary, two table captions, 'Bài, ảnh: Name' (author and photographer)")


# ===================================================================== 8 Đảng ủy phường Ninh Kiều (Cần Thơ): Liferay DXP 2025.Q1 + VNPT's news portlet; a Party cell meeting model, two writers 'A - B', an update stamp
A8 = Art("Phường Ninh Kiều nâng chất sinh hoạt chi bộ khu vực",
         "Sau một năm thực hiện mô hình “Sinh hoạt chi bộ khu vực có chủ đề gắn với việc cụ thể”, chất lượng sinh hoạt của 34 chi bộ khu vực trên địa bàn phường Ninh Kiều có chuyển biến rõ nét, tỷ lệ đảng viên dự sinh hoạt đạt bình quân 96,4%.",
         [("p", "Theo Đảng ủy phường, trước đây sinh hoạt chi bộ khu vực thường nặng về thông báo tình hình, ít thảo luận. Từ tháng 4/2027, mỗi kỳ sinh hoạt chi bộ chọn một việc cụ thể của khu vực như chỉnh trang hẻm, xóa điểm đen rác thải, vận động hộ kinh doanh nộp thuế điện tử để bàn và phân công thực hiện."),
          ("p", "Chi bộ khu vực 3 là một trong những nơi làm tốt. Đồng chí Huỳnh Thị Bé Tư, Bí thư Chi bộ, cho biết: “Mỗi tháng chi bộ bàn một việc, làm xong mới chuyển việc khác. Nhờ vậy, hẻm 51 sau ba tháng đã được bê tông hóa, lắp đèn chiếu sáng bằng nguồn vận động hơn 180 triệu đồng”."),
          ("img", "/documents/d/ninhkieu/sinh-hoat-chi-bo-khu-vuc-3", "Chi bộ khu vực 3 sinh hoạt chuyên đề về chỉnh trang hẻm 51"),
          ("p", "Đảng ủy phường đã tổ chức 2 cuộc sinh hoạt mẫu, phân công cấp ủy viên dự sinh hoạt với các chi bộ khu vực ít nhất mỗi quý một lần; kết quả thực hiện “việc cụ thể” được đưa vào tiêu chí đánh giá, xếp loại chi bộ cuối năm."),
          ("p", "Năm 2028, Đảng ủy phường đặt mục tiêu 100% chi bộ khu vực thực hiện mô hình, ít nhất 80% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.")])


def page08():
    pub = T("2028-04-12 16:40")
    upd = T("2028-04-13 08:10")
    site = "https://ninhkieu.cantho.dcs.vn"
    url = f"{site}/-/phuong-ninh-kieu-nang-chat-sinh-hoat-chi-bo-khu-vuc"

    def main(rng, rl, rd):
        body = bold(A8.render(p=jp, img=fig, sep="\n"), "Huỳnh Thị Bé Tư")
        return (f'<div class="vnpt-news-detail"><h1 class="vnpt-title">{esc(A8.title)}</h1>'
                f'<div class="vnpt-meta"><span class="date">{wd(pub)}, {dmy(pub)} - {hm(pub)}</span><span class="upd">Cập nhật: {dmy(upd)} - {hm(upd)}</span></div>'
                f'<div class="vnpt-sapo"><p><em>{esc(A8.lead)}</em></p></div><div class="vnpt-body">{body}'
                f'<p style="text-align:right"><strong>Thanh Tâm - Quốc Bảo</strong></p></div>'
                + tags(site, ["sinh hoạt chi bộ", "Ninh Kiều"], "Thẻ:") + sharebar("vnpt-share") +
                lst(site, "/-/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)}", cls="vnpt-other", head="Tin khác", ext="", start=10))

    head = og(A8.title, url, {"og:description": A8.lead}) + '<meta name="generator" content="Liferay DXP 2025.Q1" />'
    return pg("s46-08", family="ward_party_liferay2025q1_vnpt_news_portlet_title_band_two_writers_update",
              name="cantho-ninhkieu-danguyphuong-liferay-dxp-2025-q1-vnpt-news-detail-portlet-title-band-crumb-xay-dung-dang-h1-weekday-dd-mm-yyyy-dash-hh-mm-cap-nhat-italic-sapo-figure-two-writers-a-dash-b-bold-right-the-share-tin-khac",
              url=url, art=A8, main_fn=main, pub=pub, prefix="nkct", kb=184,
              org="Đảng ủy phường Ninh Kiều", addr="Phường Ninh Kiều, thành phố Cần Thơ", phone="0292.3820.415",
              crumbs=crumbs_of(site, ["Tin tức", "Xây dựng Đảng"], "breadcrumb vnpt25-crumb"), top=banner("/o/vnpt25-theme/images/logo.png", "Trang thông tin điện tử Đảng bộ phường Ninh Kiều"),
              side=side_of(lambda d: f"{dmy(d)} - {hm(d)}", "Xem nhiều", "vnpt-most"),
              shell_kw={"layout": "lr25q1vnpt", "head_extra": head, "items": MENU_PARTY, "left": f"{wd(pub + timedelta(days=2))}, {dmy(pub + timedelta(days=2))}"},
              exp=expected_(A8, iso(pub), iso(upd), author="Thanh Tâm, Quốc Bảo", category="Xây dựng Đảng"),
              traps={"update_label": ["Cập nhật:"], "after_text": ["Thẻ:", "Chia sẻ:", "Tin khác"], "related": lambda rl: rl[:6]},
              notes="Liferay DXP 2025.Q1 with a vendor theme (a full-width title band holding the crumbs) and VNPT's news detail portlet; a Party cell meeting model in a ward. 'Thứ Tư, 12/04/2028 - 16:40' → published 2028-04-12T16:40; 'Cập nhật: 13/04/2028 - 08:10' → updated 2028-04-13T08:10. Italic sapo (lead). A figure with a figcaption. The bold right signature 'Thanh Tâm - Quốc Bảo' → two writers 'Thanh Tâm, Quốc Bảo' (set 28: 'A - B' of two short names, no unit), unit null. The cell secretary in bold is a subject. Category 'Xây dựng Đảng' (the crumb's last level, in the band).",
              readme="Liferay DXP 2025.Q1 + VNPT's news portlet under a title band, a Party cell meeting model: weekday stamp + 'Cập nhật:' (update), italic sapo, a figure, 'A - B' (two writers), 'Thẻ:', share, 'Tin khác'")


# ===================================================================== 9 Đảng ủy phường Buôn Ma Thuột (Đắk Lắk): SharePoint 2013 + VNPT-Media's news web part; a notice; TWIST: the event's time-and-place row in the stamp's place
A9 = Art("Thông báo triệu tập Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 9 (mở rộng)",
         None,
         [("p", "Thực hiện Quy chế làm việc của Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025 - 2030, Ban Thường vụ Đảng ủy phường Buôn Ma Thuột thông báo triệu tập Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 9 (mở rộng) như sau:"),
          ("p", "1. Nội dung: Sơ kết công tác xây dựng Đảng, hệ thống chính trị và thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I; triển khai nhiệm vụ trọng tâm quý II năm 2028; xem xét, cho ý kiến về đề án chỉnh trang đô thị các khu dân cư."),
          ("p", "2. Thành phần: Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phường; mời các đồng chí Bí thư chi bộ, đảng bộ trực thuộc; Trưởng các ban, ngành, đoàn thể phường dự hội nghị mở rộng."),
          ("p", "3. Tài liệu hội nghị được gửi qua hệ thống quản lý văn bản và điều hành trước ngày 17/3/2028. Đề nghị các đồng chí nghiên cứu trước, chuẩn bị ý kiến phát biểu tại hội nghị."),
          ("p", "Đề nghị các đồng chí được triệu tập, được mời bố trí thời gian dự hội nghị đầy đủ, đúng giờ. Trường hợp vắng mặt phải báo cáo và được sự đồng ý của đồng chí Bí thư Đảng ủy phường.")])


def page09():
    pub = T("2028-03-14 16:20")
    ev = T("2028-03-20 07:30")
    site = "https://buonmathuot.daklak.dcs.vn"
    url = f"{site}/tintuc/Pages/thong-bao.aspx?ItemID=1288&CatID=7"

    def main(rng, rl, rd):
        body = "".join(jp(b[1]) for b in A9.blocks)
        return (f'<div class="vm-news-detail"><div class="vm-cat">Thông báo</div><h1 class="vm-title" id="ctl00_PlaceHolderMain_g_5b1f_lblTitle">{esc(A9.title)}</h1>'
                f'<table class="vm-event-info" cellpadding="0" cellspacing="0"><tr><td class="vm-ico"><img src="/_layouts/15/VNPTMedia/images/clock.png" alt="" /></td>'
                f'<td class="vm-event-time">{ev.strftime("%H:%M")} {wd(ev)}, {dmy(ev)}</td></tr><tr><td class="vm-ico"><img src="/_layouts/15/VNPTMedia/images/place.png" alt="" /></td>'
                f'<td class="vm-event-place">Hội trường Đảng ủy phường Buôn Ma Thuột</td></tr></table>'
                f'<div class="vm-content" id="ctl00_PlaceHolderMain_g_5b1f_divContent">{body}'
                f'<table width="100%" class="vm-sign"><tr><td width="50%" valign="top"><p><b><i>Nơi nhận:</i></b><br />- Các đồng chí Ủy viên BCH Đảng bộ phường;<br />- Các chi bộ, đảng bộ trực thuộc;<br />- Lưu Văn phòng Đảng ủy.</p></td>'
                f'<td width="50%" valign="top" style="text-align:center"><p><b>T/M BAN THƯỜNG VỤ<br />PHÓ BÍ THƯ</b></p><p><br /><br /><b>Y Khu Niê</b></p></td></tr></table></div>'
                f'<div class="vm-attach"><span>Tài liệu đính kèm:</span> <a href="/VanBan/tb-47-hoi-nghi-bch-lan-9.pdf">TB-47-HNBCH-lan-9.pdf</a> (216 KB)</div>'
                f'<div class="vm-posted"><span>Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span>Lượt xem: 341</span></div>'
                + lst(site, "/tintuc/Pages/", list(zip(rl[:5], rd)), lambda d: f"({dmy(d)})", cls="vm-other", head="Thông báo khác", ext=".aspx", start=1240))

    head = '<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
    return pg("s46-09", family="ward_party_sharepoint2013_vnpt_media_news_web_part_notice_event_row_in_stamp_place",
              name="daklak-buonmathuot-danguyphuong-sharepoint2013-vnpt-media-news-detail-web-part-cat-label-thong-bao-h1-event-info-table-clock-hh-mm-weekday-dd-mm-yyyy-place-row-numbered-paragraphs-signature-table-noi-nhan-attachment-ngay-dang-at-bottom",
              url=url, art=A9, main_fn=main, pub=pub, prefix="bmtdu", kb=138,
              org="Đảng ủy phường Buôn Ma Thuột", addr="Phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.607",
              crumbs=crumbs_of(site, ["Tin tức", "Thông báo"], "vm13-path"), top=banner("/SiteAssets/banner-bmt.png", "Trang thông tin điện tử Đảng bộ phường Buôn Ma Thuột"),
              side=side_of(lambda d: dmy(d), "Tin mới", "vm-new"),
              shell_kw={"layout": "sp2013vm", "head_extra": head, "items": MENU_PARTY, "left": f"{wd(pub + timedelta(days=1))}, ngày {dmy(pub + timedelta(days=1))}"},
              exp=expected_(A9, iso(pub), category="Thông báo", lead=None),
              traps={"event_row": [f"{ev.strftime('%H:%M')} {wd(ev)}, {dmy(ev)}", "Hội trường Đảng ủy phường Buôn Ma Thuột"],
                     "formal": ["Nơi nhận:", "T/M BAN THƯỜNG VỤ", "Y Khu Niê"], "attach": ["Tài liệu đính kèm:", "TB-47-HNBCH-lan-9.pdf"],
                     "posted_row": ["Ngày đăng:", "Lượt xem: 341"], "after_text": ["Thông báo khác"], "related": lambda rl: rl[:5]},
              notes="TWIST (an EVENT's time-and-place row in the stamp's place). SharePoint Server 2013 with a vendor master and VNPT-Media's news detail web part, a notice summoning a ward Party committee's conference. Under the h1, exactly where the web part prints the stamp on ordinary items, the notice content type's EVENT fields: a clock icon and '07:30 Thứ Hai, 20/03/2028', a pin icon and 'Hội trường Đảng ủy phường Buôn Ma Thuột' — the day and hour OF THE CONFERENCE (six days after the posting), not of the item (set 25: an event's day is no stamp, here printed as a field row). The item's own stamp is the posting row under the attachment: 'Ngày đăng: 14/03/2028 16:20' → published 2028-03-14T16:20. A reader that takes the first time-and-day under the headline stores 2028-03-20T07:30 — a publication six days in the FUTURE of the notice's own posting, with nothing looking wrong. The time row is printed time-first with a weekday that agrees with its date, so no check on the shape rejects it. NEW (set 46). The text: an opening paragraph and numbered paragraphs (body); the signature table with 'Nơi nhận:' and 'T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / Y Khu Niê' (formal parts, set 25: not body, no author), the attachment. No lead, no captions, no author. Category 'Thông báo' (the label over the h1 and the crumb's last level).",
              readme="TWIST: SharePoint 2013 + VNPT-Media's news web part, a notice: the conference's time-and-place row ('07:30 Thứ Hai, 20/03/2028', a hall) in the stamp's place under the h1 — an EVENT's day; the item's 'Ngày đăng: dd/mm/yyyy HH:MM' after the text; numbered paragraphs, signature table, attachment; no lead, no author")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
