"""Set 10: eighteen ordinary provincial pages, each a different template variant (generic factory + per-page specs)."""
import random

from .common import Art, T, iso, isod, dmy, hm, esc, heads3, past, wd, expected, hexid, alnum
from .kit import mk, rel, share, std

CTX = "text/html; charset=utf-8"


def _page(seed, *, family, name, url, art, main_fn, exp, traps, notes, readme, kb, prefix, org, addr, phone,
          crumbs="", top=None, pub=None, form=False, table_layout=False, title=None, **kw):
    rng = random.Random(seed)
    rl = heads3(rng, 6, avoid=[art.title])
    rd = past(pub, rng, 6, 1, 25)
    main = main_fn(rng, rl, rd)
    html = std(rng, art, prefix=prefix, kb=kb, main=main, crumbs=crumbs, pub=pub, org=org, addr=addr, phone=phone,
               form=form, table_layout=table_layout, top=top, **({"title": title} if title else {}))
    for k in list(traps):
        if callable(traps[k]):
            traps[k] = traps[k](rl)
    return mk(family, name, url, html, exp, traps, notes, readme, **kw)


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}"><figcaption>{esc(c)}</figcaption></figure>'


# ===================================================================== 1 lunar + solar stamp (twist)
A1 = Art("Huyện ủy Thanh Ba dâng hương tưởng niệm các Vua Hùng dịp giỗ Tổ",
         "Sáng 10/3 âm lịch, Đoàn đại biểu Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện Thanh Ba đã dâng hương tưởng niệm các Vua Hùng tại Đền Hùng.",
         [("p", "Trong không khí trang nghiêm, đoàn đã thành kính dâng hương, dâng hoa, bày tỏ lòng biết ơn công lao dựng nước của các Vua Hùng."),
          ("img", "/upload/2024/04/dang-huong-den-hung.jpg", "Đoàn đại biểu huyện Thanh Ba dâng hương tại Đền Thượng"),
          ("p", "Trước đó, huyện đã tổ chức Lễ rước kiệu tại 14 xã có đình thờ Vua Hùng với hơn 3.000 người dân tham gia."),
          ("p", "Dịp này, Huyện ủy phát động đợt trồng 2.000 cây xanh tại khu vực các di tích lịch sử trên địa bàn.")])


def page01():
    pub = T("2024-04-18 09:15")

    def main(rng, rl, rd):
        return (f'<div class="ct-detail"><h1 class="ct-title">{esc(A1.title)}</h1>'
                f'<div class="ct-date">Thứ Năm, ngày 10 tháng 3 năm Giáp Thìn (18/04/2024) - 09:15</div>'
                f'<div class="ct-sapo"><p><strong>{esc(A1.lead)}</strong></p></div><div class="ct-body">{A1.render(img=fig)}'
                f'<p style="text-align:right"><strong>Hoàng Hà</strong> (Trung tâm TT-VH huyện)</p></div>{share()}'
                f'{rel(rng, rl, rd, dmy, cls="tin-lien-quan", head="Tin liên quan")}</div>')
    return _page("s10-01", family="district_party_lunar_solar_stamp",
                 name="vinhphu-thanhba-huyenuy-am-lich-can-chi-plus-duong-lich-paren-name-paren-unit", url="https://thanhba.vinhphu.dcs.vn/tin-tuc/huyen-uy-thanh-ba-dang-huong-tuong-niem-cac-vua-hung-4412.html",
                 art=A1, main_fn=main, pub=pub, prefix="hutb", kb=120, org="Đảng bộ huyện Thanh Ba", addr="Khu 5, thị trấn Thanh Ba, tỉnh Vĩnh Phú", phone="0210.3885.121",
                 crumbs='<div class="crumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức - Sự kiện</a></div>',
                 top='<div class="hutb-top"><span class="clock">Hôm nay: Thứ Sáu, 19/04/2024</span></div>',
                 exp=expected(A1, iso(pub), author="Hoàng Hà", unit="Trung tâm TT-VH huyện", category="Tin tức - Sự kiện"),
                 traps={"dates": ["Thứ Sáu, 19/04/2024"], "related": lambda rl: rl[:3], "chrome": ["Tin liên quan"]},
                 notes="Stamp in lunar + solar form: 'Thứ Năm, ngày 10 tháng 3 năm Giáp Thìn (18/04/2024) - 09:15' — the lunar day/month must not be read as 10/03; the solar date in parentheses is the publication day. Header clock 19/04 is the save day. Right bold name + '(unit)' → author + unit. Lead '10/3 âm lịch' inside text is not a date.",
                 readme="lunar date with can-chi year first, solar date in parentheses, then time; lunar 10/3 would be a wrong March date")


# ===================================================================== 2 category only as active tab (twist)
A2 = Art("Hội Nông dân tỉnh Hà Tuyên giải ngân 4,5 tỷ đồng vốn Quỹ hỗ trợ nông dân",
         "Trong 6 tháng đầu năm, Hội Nông dân tỉnh Hà Tuyên đã giải ngân 4,5 tỷ đồng từ Quỹ hỗ trợ nông dân cho 31 dự án chăn nuôi, trồng trọt.",
         [("p", "Các dự án được vay theo nhóm hộ, mỗi nhóm từ 5 đến 7 hộ, mức vay tối đa 100 triệu đồng một hộ, thời hạn 36 tháng."),
          ("p", "Hội đã phối hợp với Trung tâm Khuyến nông tỉnh mở 12 lớp tập huấn kỹ thuật cho các hộ vay vốn trước khi giải ngân."),
          ("img", "/files/2024/07/giai-ngan-quy-hnd.jpg", "Cán bộ Hội Nông dân kiểm tra mô hình nuôi dê của nhóm hộ xã Tân Thành"),
          ("p", "Tỷ lệ nợ quá hạn của Quỹ hiện dưới 0,5%, thấp nhất từ trước đến nay.")])


def page02():
    pub = T("2024-07-08 14:20")

    def main(rng, rl, rd):
        tabs = ["Tin hoạt động", "Nông dân thi đua", "Khuyến nông", "Quỹ hỗ trợ nông dân", "Gương điển hình"]
        tb = "".join(f'<li class="{"active" if t == "Quỹ hỗ trợ nông dân" else ""}"><a href="/{slug_(t)}">{t}</a></li>' for t in tabs)
        return (f'<ul class="nav nav-tabs cat-tabs">{tb}</ul><div class="tab-content"><div class="post">'
                f'<h2 class="post-title">{esc(A2.title)}</h2><p class="post-meta"><i class="fa fa-clock-o"></i> 14:20 08-07-2024</p>'
                f'<p class="lead-text"><em>{esc(A2.lead)}</em></p>{A2.render(img=pic)}'
                f'<p><em>Thu Phương - Minh Khôi</em></p></div>{rel(rng, rl, rd, dmy, cls="tinkhac", head="Các tin khác")}</div>')
    return _page("s10-02", family="farmers_union_active_tab_category", name="hatuyen-hnd-category-only-li-active-tab-h2-title-dash-date-time-first-two-names-em",
                 url="https://hoinongdan.hatuyen.org.vn/bai-viet/8821", art=A2, main_fn=main, pub=pub, prefix="hnd", kb=105,
                 org="Hội Nông dân tỉnh Hà Tuyên", addr="Số 22 đường 17/8, thành phố Hà Tuyên", phone="0207.3811.904",
                 exp=expected(A2, iso(pub), author="Thu Phương, Minh Khôi", category="Quỹ hỗ trợ nông dân"),
                 traps={"related": lambda rl: rl[:3], "chrome": ["Các tin khác", "Nông dân thi đua", "Gương điển hình"]},
                 notes="Category is shown only as the highlighted tab (li.active) in a row of five section tabs above the post; no breadcrumb, no label, URL is a bare id. Title in h2.post-title (no h1). Stamp 'HH:MM dd-mm-yyyy'. Italic sapo = lead. Italic foot 'Thu Phương - Minh Khôi' → two authors.",
                 readme="category only as the li.active tab among five section tabs, h2 title, time-first dashed date, two italic names")


def pic(s, c, n):
    return f'<div class="pic"><img src="{s}"><div class="pic-cap">{esc(c)}</div></div>'


def slug_(t):
    from .common import slug
    return slug(t)


PAGES_A = [page01, page02]


# ===================================================================== 3 accordion body (twist)
A3 = Art("Hỏi - đáp về chế độ bảo hiểm xã hội tự nguyện cho người lao động tự do",
         "Bảo hiểm xã hội tỉnh Minh Hải giải đáp một số câu hỏi của người lao động tự do về tham gia bảo hiểm xã hội tự nguyện.",
         [("h", "Người lao động tự do được Nhà nước hỗ trợ mức đóng bao nhiêu?"),
          ("p", "Người thuộc hộ nghèo được hỗ trợ 30%, hộ cận nghèo 25%, các đối tượng khác 10% mức đóng theo chuẩn nghèo khu vực nông thôn."),
          ("h", "Có thể đóng một lần cho nhiều năm không?"),
          ("p", "Người lao động có thể chọn đóng hằng tháng, 3 tháng, 6 tháng, 12 tháng hoặc đóng một lần cho nhiều năm về sau nhưng không quá 5 năm."),
          ("h", "Khi nào được hưởng lương hưu?"),
          ("p", "Khi đủ tuổi nghỉ hưu theo quy định và có từ đủ 15 năm đóng bảo hiểm xã hội trở lên.")])


def page03():
    pub = T("2024-06-21 07:30")

    def main(rng, rl, rd):
        items, q = [], None
        for b in A3.blocks:
            if b[0] == "h":
                q = b[1]
            else:
                i = len(items) + 1
                items.append(f'<div class="accordion-item"><h3 class="accordion-header" id="h{i}"><button class="accordion-button collapsed" data-bs-toggle="collapse" data-bs-target="#c{i}">{esc(q)}</button></h3>'
                             f'<div id="c{i}" class="accordion-collapse collapse" aria-labelledby="h{i}"><div class="accordion-body"><p>{esc(b[1])}</p></div></div></div>')
        return (f'<div class="congdoan-detail"><div class="label-cat">Hỏi đáp chính sách</div><h1>{esc(A3.title)}</h1>'
                f'<div class="meta">Cập nhật: 21/06/2024 07:30</div><p class="sapo">{esc(A3.lead)}</p>'
                f'<div class="accordion" id="faq">{"".join(items)}</div><p class="text-end"><b>BAN TUYÊN GIÁO - NỮ CÔNG</b></p>'
                f'{rel(rng, rl, rd, dmy, cls="lienquan", head="Bài viết liên quan")}</div>')
    return _page("s10-03", family="trade_union_accordion_body", name="minhhai-ldld-hoi-dap-bootstrap-accordion-collapsed-answers-cap-nhat-only-caps-unit-sign",
                 url="https://congdoan.minhhai.gov.vn/hoi-dap-chinh-sach/hoi-dap-ve-bhxh-tu-nguyen-2291.html", art=A3, main_fn=main, pub=pub, prefix="ldld", kb=95,
                 org="Liên đoàn Lao động tỉnh Minh Hải", addr="Số 3 Phan Ngọc Hiển, TP Cà Mau, tỉnh Minh Hải", phone="0290.3831.552",
                 exp=expected(A3, iso(pub), category="Hỏi đáp chính sách"),
                 traps={"bylines": ["BAN TUYÊN GIÁO - NỮ CÔNG"], "related": lambda rl: rl[:3], "chrome": ["Bài viết liên quan"]},
                 notes="Q&A article whose body is a Bootstrap accordion: each question is the button in h3.accordion-header, each answer is in a collapsed div (class 'collapse', hidden until clicked). Questions are sub-headings = body paragraphs; collapsed answers are body. Only stamp 'Cập nhật: 21/06/2024 07:30' → published_at (no separate update). Caps sign-off 'BAN TUYÊN GIÁO - NỮ CÔNG' is a department, not a person → author null (a reader could set author_unit).",
                 readme="body is a Bootstrap accordion (questions as buttons, answers in collapsed divs), 'Cập nhật:' only stamp, caps department sign-off")


# ===================================================================== 4 article in a modal/lightbox (twist)
A4 = Art("Tuổi trẻ Bắc Thái ra quân Chiến dịch Thanh niên tình nguyện hè 2024",
         "Ngày 2/6, Tỉnh đoàn Bắc Thái tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024 với hơn 1.500 đoàn viên, thanh niên tham gia.",
         [("p", "Chiến dịch năm nay tập trung vào 4 nội dung: bảo vệ môi trường, chuyển đổi số, chăm lo thiếu nhi và hỗ trợ xây dựng nông thôn mới."),
          ("img", "/media/2024/06/ra-quan-ttntt.jpg", "Đoàn viên thanh niên ra quân làm sạch bờ sông Cầu"),
          ("p", "Ngay sau lễ ra quân, các đội hình đã trồng 500 cây xanh, thu gom 3 tấn rác thải dọc tuyến đê sông Cầu."),
          ("p", "Tỉnh đoàn cũng trao 100 suất quà cho thiếu nhi có hoàn cảnh khó khăn tại các xã vùng cao.")])


def page04():
    pub = T("2024-06-02 10:05")

    def main(rng, rl, rd):
        cards = "".join(f'<div class="col-md-4 card"><a href="#" data-toggle="modal" data-target="#m{i}"><img src="/media/thumb/{hexid(rng, 8)}.jpg"><h5>{esc(t)}</h5></a></div>' for i, t in enumerate(rl[:3]))
        return (f'<div class="section-head"><a href="/tin-hoat-dong">Tin hoạt động</a></div><div class="row grid">{cards}</div>'
                f'<div class="modal fade show" id="newsModal" tabindex="-1" role="dialog" aria-modal="true" style="display:block"><div class="modal-dialog modal-lg"><div class="modal-content">'
                f'<div class="modal-header"><h4 class="modal-title">{esc(A4.title)}</h4><button type="button" class="close" data-dismiss="modal">×</button></div>'
                f'<div class="modal-body"><p class="small text-muted">Đăng lúc 10:05, 02/06/2024 - Người đăng: tinhdoan_admin</p><p><b>{esc(A4.lead)}</b></p>{A4.render(img=fig)}'
                f'<p class="text-right"><i>Bích Ngọc (CTV)</i></p></div><div class="modal-footer"><button class="btn btn-secondary" data-dismiss="modal">Đóng</button></div></div></div></div>'
                f'<div class="modal-backdrop fade show"></div>')
    return _page("s10-04", family="youth_union_modal_article", name="bacthai-tinhdoan-article-in-bootstrap-modal-over-grid-nguoi-dang-account-ctv",
                 url="https://tinhdoan.bacthai.gov.vn/tin-hoat-dong?id=3307#newsModal", art=A4, main_fn=main, pub=pub, prefix="td", kb=100,
                 org="Tỉnh đoàn Bắc Thái", addr="Số 12 đường Hoàng Văn Thụ, TP Thái Nguyên, tỉnh Bắc Thái", phone="0208.3855.201",
                 title="Tỉnh đoàn Bắc Thái - Tin hoạt động",
                 exp=expected(A4, iso(pub), author="Bích Ngọc", category="Tin hoạt động"),
                 traps={"bylines": ["tinhdoan_admin"], "related": lambda rl: rl[:3], "chrome": ["Đóng"]},
                 notes="Article served as an open Bootstrap modal (div.modal.show, title in h4.modal-title) over a grid of three other news cards of the section; <title> is 'Tỉnh đoàn Bắc Thái - Tin hoạt động'. 'Người đăng: tinhdoan_admin' = account. Italic '(CTV)' name → 'Bích Ngọc'. Category = section head above the grid.",
                 readme="article in an open Bootstrap modal (h4.modal-title) over a card grid of other news, generic <title>, account 'Người đăng', '(CTV)'")
PAGES = [page01, page02, page03, page04]
