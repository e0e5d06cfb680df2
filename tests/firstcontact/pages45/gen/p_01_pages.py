"""Set 45 pages 1-9: WHERE THE TEXT BEGINS AND ENDS on the everyday page — what stands right before the first paragraph
(kickers, series labels and series navigation, an audio player, tool rows, a question's header) and right after the last
one (signatures, 'Nguồn:' lines, notes, attachments, 'Kỳ sau' and '(Còn nữa)', tags, share bars, ratings, comments,
related lists, next / previous items, copyright lines), on the common products of shared/research/vn-sites.md in
versions, skins, modules and page layouts sets 26-44 did not use (NukeViet 4.3 under a commune Party committee's
theme, NukeViet 4.5's faq module, the '.dcs.vn' series template, Liferay DXP 7.1 + FPT's news portlet, Liferay 7.4 CE +
CMC's news portlet, SharePoint 2019 + Viettel's news web part, SharePoint Subscription Edition + a document-detail web
part, DNN 10 + a local vendor's photo-story module, WordPress + Twenty Fourteen).
One page of this module carries a twist (page 9: a data cut-off note 'Số liệu cập nhật đến …' under the text, no
update stamp); the other two are in gen/p_02_more.py."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, heads14, past
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


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


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
            s += vb_box(["Hướng dẫn số 24-HD/TU về sinh hoạt chi bộ theo chuyên đề năm 2028",
                         "Kế hoạch số 131-KH/TU tổng kết công tác xây dựng Đảng năm 2027",
                         "Chương trình kiểm tra, giám sát năm 2028 của Ban Thường vụ Tỉnh ủy"], "Văn bản mới", cls + "-vb")
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


def audio(label="Nghe bài viết", dur="04:52", voice=None, cls="audio-player"):
    v = f'<span class="voice">Giọng đọc: {esc(voice)}</span>' if voice else ""
    return (f'<div class="{cls}"><span class="{cls}-label"><i class="fa fa-headphones"></i> {esc(label)}</span>'
            f'<audio controls preload="none" src="/tts/{slug(label)}.mp3"></audio><span class="dur">{dur}</span>'
            f'<select class="speed"><option>0.75x</option><option selected>1x</option><option>1.25x</option><option>1.5x</option></select>{v}</div>')


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


def copyright_line(org):
    return f'<p class="copyright">© Bản quyền thuộc {esc(org)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>'


def pg(seed, **kw):
    return page(seed, **kw)


# ===================================================================== 1 Đảng ủy xã Tam Đảo (Phú Thọ): NukeViet 4.3 under a commune Party committee's theme; the 'Nghe bài viết' player and a tool row over the text, signature + 'Nguồn:' line after it
A1 = Art("Xã Tam Đảo ra mắt mô hình “Chi bộ số” ở 12 thôn",
         "Sáng 11/10, Đảng ủy xã Tam Đảo tổ chức ra mắt mô hình “Chi bộ số” tại 12 chi bộ thôn, nhằm đưa sinh hoạt chi bộ, quản lý đảng viên và tiếp nhận ý kiến của Nhân dân lên môi trường số.",
         [("p", "Theo Nghị quyết chuyên đề của Ban Chấp hành Đảng bộ xã, mỗi chi bộ thôn được trang bị một màn hình, một đường truyền internet riêng và một tài khoản trên ứng dụng sổ tay đảng viên điện tử; tài liệu sinh hoạt được gửi trước cho đảng viên ít nhất ba ngày."),
          ("p", "Phát biểu tại buổi ra mắt, đồng chí Đỗ Văn Thịnh, Bí thư Đảng ủy xã, nhấn mạnh: “Chi bộ số không thay thế sinh hoạt trực tiếp mà giúp đảng viên ở xa, đảng viên tuổi cao vẫn theo dõi được nội dung, góp ý được vào nghị quyết của chi bộ”."),
          ("img", "/uploads/news/2027_10/ra-mat-chi-bo-so-thon-dong-bua.jpg", "Đảng viên Chi bộ thôn Đồng Bùa sinh hoạt theo mô hình “Chi bộ số”"),
          ("p", "Trong tháng đầu thí điểm, Chi bộ thôn Đồng Bùa có 41/43 đảng viên tham gia sinh hoạt, trong đó 6 đồng chí đang làm việc tại các khu công nghiệp tham gia trực tuyến; chi bộ nhận 17 ý kiến góp ý của người dân qua mục phản ánh trên ứng dụng."),
          ("p", "Đảng ủy xã giao Văn phòng Đảng ủy hướng dẫn, kiểm tra việc vận hành mô hình; định kỳ hằng quý đánh giá, rút kinh nghiệm và nhân rộng ra các chi bộ cơ quan, trường học trước tháng 6/2028."),
          ("img", "/uploads/news/2027_10/huong-dan-dang-vien-cai-ung-dung.jpg", "Đoàn viên thanh niên hướng dẫn đảng viên cao tuổi cài đặt ứng dụng"),
          ("p", "Dịp này, Đoàn Thanh niên xã ra mắt 12 tổ “Đoàn viên hỗ trợ chuyển đổi số”, mỗi tổ 5 đoàn viên, giúp đảng viên cao tuổi và người dân cài đặt, sử dụng ứng dụng.")])


def page01():
    pub = T("2027-10-12 07:45")
    site = "https://tamdao.phutho.dcs.vn"
    url = f"{site}/news/xay-dung-dang/xa-tam-dao-ra-mat-mo-hinh-chi-bo-so-o-12-thon-1187.html"
    today = pub + timedelta(days=2, hours=4)

    def main(rng, rl, rd):
        body = bold(A1.render(p=jp, img=fig, sep="\n"), "Đỗ Văn Thịnh")
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title">{esc(A1.title)}</h1>'
                f'<div class="news-meta"><span class="h5">{wd(pub)}, {dmy(pub)} {hm(pub)}</span></div>'
                + audio("Nghe bài viết", "03:48") + tools("xa43-tools") +
                f'<div class="hometext"><strong>{esc(A1.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext">{body}</div>'
                f'<div class="xa43-sign"><p style="text-align:right"><strong>Trần Thu Hằng</strong></p><p style="text-align:right"><em>Nguồn: Trung tâm Văn hóa - Thông tin và Truyền thông xã Tam Đảo</em></p></div>'
                + tags(site, ["chi bộ số", "chuyển đổi số", "sinh hoạt chi bộ"]) + sharebar() +
                f'</div></div>' + lst(site, "/news/xay-dung-dang/", list(zip(rl[:4], rd)), lambda d: dmy(d), cls="news_column related", head="Tin liên quan", start=1150))

    head = og(A1.title, url, {"og:description": A1.lead}) + '<meta name="generator" content="NukeViet v4.3" />'
    return pg("s45-01", family="commune_party_nukeviet43_audio_player_and_tool_row_over_text_source_line_after_signature",
              name="phutho-tamdao-danguyxa-nukeviet43-commune-theme-crumb-xay-dung-dang-h1-weekday-dd-mm-yyyy-hh-mm-nghe-bai-viet-player-font-size-print-row-bold-hometext-figures-bold-signature-nguon-line-tags-share-tin-lien-quan",
              url=url, art=A1, main_fn=main, pub=pub, prefix="xatd", kb=168,
              org="Đảng ủy xã Tam Đảo", addr="Xã Tam Đảo, tỉnh Phú Thọ", phone="0211.3824.117",
              crumbs=crumbs_of(site, ["Tin tức", "Xây dựng Đảng"], "breadcrumbs list-none"), top=banner("/themes/xa43/images/banner.jpg", "Trang thông tin điện tử Đảng bộ xã Tam Đảo"),
              side=side_of(lambda d: dmy(d), "Tin đọc nhiều", "xa43-most"),
              shell_kw={"layout": "nv43_xa", "head_extra": head, "items": MENU_PARTY, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A1, iso(pub), author="Trần Thu Hằng", category="Xây dựng Đảng"),
              traps={"audio": ["Nghe bài viết", "03:48"], "tools": ["Cỡ chữ:", "In bài"], "source": ["Nguồn: Trung tâm Văn hóa - Thông tin và Truyền thông xã Tam Đảo"],
                     "after_text": ["Từ khóa:", "Chia sẻ:", "Sao chép liên kết", "Tin liên quan"], "related": lambda rl: rl[:4]},
              notes="NukeViet 4.3 under a commune Party committee's vendor theme, a report. WHERE THE TEXT BEGINS: under the h1 and the stamp 'Thứ Ba, 12/10/2027 07:45' the theme prints the 'Nghe bài viết' audio player (label, duration '03:48', a speed menu) and a tool row ('Cỡ chữ: A- A A+', 'In bài', 'Gửi email'); the text begins with the bold hometext (the lead). WHERE IT ENDS: the last paragraph ('Dịp này, Đoàn Thanh niên xã ra mắt 12 tổ …') is followed by the bold right signature 'Trần Thu Hằng' and an italic 'Nguồn: Trung tâm Văn hóa - Thông tin và Truyền thông xã Tam Đảo' (a source line, set 13: not the unit, and not body), then tags, the share bar and 'Tin liên quan'. → author 'Trần Thu Hằng', unit null; published 2027-10-12T07:45; the Party secretary's name in bold in the text is a subject. Two figure captions. Category 'Xây dựng Đảng' (the crumb's last level). Not body: the player and its duration, the tool row, the signature, the source line, tags, share, related list, header day.",
              readme="NukeViet 4.3 under a commune Party committee's theme, a report: the 'Nghe bài viết' player (duration, speed) and a font-size / print row BETWEEN the stamp and the bold hometext; after the text a bold right signature and an italic 'Nguồn: Trung tâm …' line (a source, no unit), tags, share, 'Tin liên quan'")


# ===================================================================== 2 Ban Tổ chức Tỉnh ủy Nghệ An: NukeViet 4.5's faq module (Hỏi - Đáp); the question's header over the text, the answering office and 'Câu hỏi khác' after it
A2 = Art("Đảng viên chuyển sinh hoạt đảng tạm thời khi đi làm việc ở tỉnh khác có phải đóng đảng phí ở hai nơi?",
         None,
         [("p", "Hỏi: Tôi là đảng viên Chi bộ thôn Yên Lạc, xã Diễn Châu. Từ tháng 9/2027, tôi vào làm việc có thời hạn hai năm tại một công ty ở tỉnh Đồng Nai và đã làm thủ tục chuyển sinh hoạt đảng tạm thời. Xin hỏi tôi đóng đảng phí ở đâu, có phải đóng ở cả hai nơi không?"),
          ("p", "Trả lời: Ban Tổ chức Tỉnh ủy trả lời bạn như sau:"),
          ("p", "Theo quy định hiện hành về chế độ đảng phí, đảng viên sinh hoạt đảng tạm thời đóng đảng phí ở chi bộ nơi sinh hoạt tạm thời; chi bộ nơi sinh hoạt chính thức không thu đảng phí của đảng viên trong thời gian này."),
          ("p", "Khi chuyển sinh hoạt đảng tạm thời, chi bộ nơi đi phải ghi rõ trong giấy giới thiệu thời điểm đảng viên đã đóng đảng phí đến tháng nào. Chi bộ nơi đến căn cứ giấy giới thiệu để thu đảng phí từ tháng tiếp theo, tránh thu trùng hoặc bỏ sót."),
          ("p", "Mức đóng đảng phí được tính theo thu nhập hằng tháng của đảng viên tại nơi làm việc mới; trường hợp có thắc mắc, đồng chí liên hệ trực tiếp với chi ủy, chi bộ nơi sinh hoạt tạm thời hoặc Văn phòng Đảng ủy xã Diễn Châu để được hướng dẫn cụ thể."),
          ("p", "Hết thời hạn sinh hoạt tạm thời, đồng chí làm thủ tục chuyển về sinh hoạt tại chi bộ nơi sinh hoạt chính thức và tiếp tục đóng đảng phí tại đó.")])


def page02():
    pub = T("2027-10-20 14:30")
    sent = T("2027-10-08 21:17")
    site = "https://bantochuc.nghean.dcs.vn"
    url = f"{site}/faq/dang-phi/dang-vien-chuyen-sinh-hoat-dang-tam-thoi-co-phai-dong-dang-phi-o-hai-noi-214.html"

    def p(t):
        for lab in ("Hỏi:", "Trả lời:"):
            if t.startswith(lab):
                return f'<p style="text-align:justify"><strong>{lab}</strong>{esc(t[len(lab):])}</p>'
        return jp(t)

    def main(rng, rl, rd):
        q, a = A2.blocks[0][1], A2.blocks[1:]
        others = "".join(f'<li><a href="{site}/faq/dang-phi/{slug(t)[:50]}-{200 + i}.html">{esc(t)}</a></li>' for i, t in enumerate([
            "Đảng viên nghỉ hưu có được miễn đóng đảng phí không?", "Chi bộ được trích giữ lại bao nhiêu phần trăm đảng phí?",
            "Thủ tục chuyển sinh hoạt đảng chính thức ra ngoài tỉnh?", "Đảng viên đi lao động ở nước ngoài sinh hoạt đảng thế nào?"]))
        return (f'<div class="faq-detail"><div class="faq-cat">Đảng phí</div><h1 class="faq-title">{esc(A2.title)}</h1>'
                f'<div class="faq-asker"><span>Người hỏi: <b>Lê Văn Tâm</b> (xã Diễn Châu)</span> <span>Ngày gửi: {dmy(sent)} {hm(sent)}</span> <span>Lĩnh vực: Đảng phí</span></div>'
                f'<div class="faq-question">{p(q)}</div><div class="faq-answer">' + "".join(p(b[1]) for b in a) + '</div>'
                f'<div class="faq-answer-info"><span>Đơn vị trả lời: Ban Tổ chức Tỉnh ủy</span> <span>Ngày trả lời: {dmy(pub)} {hm(pub)}</span> <span>Lượt xem: 1.302</span></div>'
                f'<div class="faq-rate">Câu trả lời có hữu ích với bạn? <button>Có</button> <button>Không</button></div>'
                f'<div class="faq-others"><h3>Câu hỏi khác</h3><ul>{others}</ul></div>'
                f'<div class="faq-ask"><a class="btn btn-primary" href="{site}/faq/gui-cau-hoi/">Gửi câu hỏi</a></div></div>')

    head = og(A2.title, url) + '<meta name="generator" content="NukeViet v4.5" />'
    return pg("s45-02", family="party_organisation_board_nukeviet45_faq_module_question_header_over_text",
              name="nghean-bantochuc-tinhuy-nukeviet45-faq-module-hoi-dap-crumb-dang-phi-h1-question-asker-row-ngay-gui-hoi-label-tra-loi-label-answer-office-row-ngay-tra-loi-dd-mm-yyyy-hh-mm-helpful-buttons-cau-hoi-khac",
              url=url, art=A2, main_fn=main, pub=pub, prefix="btcna", kb=142,
              org="Ban Tổ chức Tỉnh ủy Nghệ An", addr="Phường Thành Vinh, tỉnh Nghệ An", phone="0238.3844.602",
              crumbs=crumbs_of(site, ["Hỏi - Đáp", "Đảng phí"]), top=banner("/themes/btc/images/banner.png", "Ban Tổ chức Tỉnh ủy Nghệ An"),
              side=side_of(lambda d: dmy(d), "Câu hỏi xem nhiều", "btc-most", docs=False),
              shell_kw={"layout": "nv45_faq", "head_extra": head, "items": MENU_PARTY, "left": "Đường dây nóng: 0238.3844.602"},
              exp=expected_(A2, iso(pub), category="Đảng phí"),
              traps={"asker_row": ["Người hỏi:", "Lê Văn Tâm", f"Ngày gửi: {dmy(sent)} {hm(sent)}", "Lĩnh vực: Đảng phí"],
                     "answer_row": ["Đơn vị trả lời: Ban Tổ chức Tỉnh ủy", "Lượt xem: 1.302"], "after_text": ["Câu trả lời có hữu ích với bạn?", "Câu hỏi khác", "Gửi câu hỏi"]},
              notes="NukeViet 4.5's faq module (Hỏi - Đáp) under a Ban Tổ chức Tỉnh ủy's vendor theme, a Q&A item. WHERE THE TEXT BEGINS: a field label 'Đảng phí' over the h1 (the question's title), then the asker row 'Người hỏi: Lê Văn Tâm (xã Diễn Châu) · Ngày gửi: 08/10/2027 21:17 · Lĩnh vực: Đảng phí' (the reader's name and the day he SENT the question, set 27: neither author nor stamp), then the text: the question with its printed label 'Hỏi:' and the answer with 'Trả lời:' — body as printed, labels included (set 30's interview labels). WHERE IT ENDS: after the answer's last paragraph, the answer row 'Đơn vị trả lời: Ban Tổ chức Tỉnh ủy · Ngày trả lời: 20/10/2027 14:30' → published 2027-10-20T14:30 (set 27: the answer's day); the answering office is the publisher, no writer's byline: author and unit null. Then the 'helpful?' buttons, 'Câu hỏi khác', 'Gửi câu hỏi'. No lead, no captions. Category 'Đảng phí' (the crumb's last level, also the field label).",
              readme="NukeViet 4.5's faq module, a Q&A item: the asker row (name, commune, 'Ngày gửi') over the text, 'Hỏi:' / 'Trả lời:' labels kept in the body, the answer row 'Đơn vị trả lời … · Ngày trả lời: dd/mm/yyyy HH:MM' after it (the stamp; no author), helpful buttons, 'Câu hỏi khác'; no lead")


# ===================================================================== 3 Tỉnh ủy Lào Cai: the '.dcs.vn' platform's SERIES template; series kicker, 'Kỳ 1 / Kỳ 2 / Kỳ 3' box over the text, '(Còn nữa)' and 'Kỳ sau:' after it
SERIES3 = "Loạt bài: Xã vùng cao sau hai năm vận hành chính quyền hai cấp"
A3 = Art("Kỳ 2: Cán bộ xã “đi từng ngõ, gõ từng nhà”",
         "Địa bàn rộng, dân cư phân tán, nhiều thôn cách trung tâm xã hàng chục cây số, đội ngũ cán bộ các xã vùng cao đã chọn cách “đi từng ngõ, gõ từng nhà” để đưa dịch vụ công đến với người dân.",
         [("p", "Xã Bản Xèo hiện có 31 thôn, diện tích hơn 180 km², thôn xa nhất cách trụ sở Ủy ban nhân dân xã 38 km đường núi. Từ đầu năm 2027, xã thành lập 6 tổ công tác lưu động, mỗi tổ gồm một công chức tư pháp - hộ tịch, một công chức địa chính và một đoàn viên thanh niên."),
          ("p", "Mỗi tuần, các tổ luân phiên có mặt tại nhà văn hóa thôn hai buổi để tiếp nhận hồ sơ, hướng dẫn người dân nộp hồ sơ trực tuyến và trả kết quả tại chỗ. Trong 9 tháng, các tổ đã tiếp nhận 2.846 hồ sơ, trong đó 71% được nộp trực tuyến."),
          ("img", "/Uploaded/2027/11/to-cong-tac-luu-dong-thon-sin-chai.jpg", "Tổ công tác lưu động hướng dẫn người dân thôn Sín Chải làm thủ tục"),
          ("p", "Anh Thào A Sềnh, thôn Sín Chải, chia sẻ: “Trước đây đi làm giấy khai sinh cho con phải mất cả ngày đường, giờ cán bộ xã lên tận thôn, chỉ một buổi sáng là xong”."),
          ("p", "Tuy vậy, theo đồng chí Lý Thị Mai, Phó Chủ tịch Ủy ban nhân dân xã, kinh phí đi lại, thiết bị kết nối mạng di động ở những thôn chưa có sóng ổn định vẫn là khó khăn; nhiều cán bộ phải dùng xe máy cá nhân, tự bỏ chi phí xăng xe."),
          ("p", "Đảng ủy xã đã đề nghị tỉnh hỗ trợ trang bị thiết bị phát sóng di động cho 4 thôn vùng lõm sóng và bổ sung định mức công tác phí cho các tổ lưu động trong năm 2028.")])


def page03():
    pub = T("2027-11-03 06:30")
    site = "https://laocai.dcs.vn"
    url = f"{site}/chi-tiet/7114/ky-2-can-bo-xa-di-tung-ngo-go-tung-nha.html"

    def main(rng, rl, rd):
        body = A3.render(p=lambda t: f"<p>{esc(t)}</p>", img=tcap, sep="\n")
        p1 = pub - timedelta(days=2)
        nav = (f'<div class="series-nav"><div class="series-nav-title">{esc(SERIES3)}</div><ol>'
               f'<li><a href="{site}/chi-tiet/7098/ky-1-tu-bo-ngo-den-thanh-thao.html">Kỳ 1: Từ bỡ ngỡ đến thành thạo</a> <span class="d">({dmy(p1)})</span></li>'
               f'<li class="current">Kỳ 2: Cán bộ xã “đi từng ngõ, gõ từng nhà” <span class="d">(đang xem)</span></li>'
               f'<li class="upcoming">Kỳ 3: Để chính quyền cơ sở gần dân hơn <span class="d">(sắp đăng)</span></li></ol></div>')
        return (f'<div class="dcs-article"><div class="series-kicker"><a href="{site}/loat-bai/xa-vung-cao-sau-hai-nam.html">{esc(SERIES3)}</a></div>'
                f'<h1 class="article-title">{esc(A3.title)}</h1><div class="article-meta"><span class="date">Cập nhật: {hm(pub)} {dmy(pub)}</span></div>'
                f'{nav}<div class="article-sapo"><strong>{esc(A3.lead)}</strong></div><div class="article-content">{body}'
                f'<p style="text-align:right"><strong>Minh Châu - Quốc Toản</strong></p><p style="text-align:right"><em>(Còn nữa)</em></p>'
                f'<p class="next-part"><strong>Kỳ sau: Để chính quyền cơ sở gần dân hơn</strong></p></div>'
                + sharebar("dcs-share") + lst(site, "/chi-tiet/", list(zip(rl[:4], rd)), dmy, cls="dcs-related", head="Tin cùng chuyên mục", start=7040) + "</div>")

    head = og(A3.title, url, {"og:description": A3.lead})
    return pg("s45-03", family="provincial_party_dcs_series_template_series_box_over_text_con_nua_and_ky_sau_after",
              name="laocai-tinhuy-dcs-series-template-crumb-xay-dung-chinh-quyen-series-kicker-h1-ky-2-cap-nhat-hh-mm-dd-mm-yyyy-series-nav-box-ky-1-ky-2-ky-3-bold-sapo-table-caption-two-writers-dash-con-nua-ky-sau-teaser",
              url=url, art=A3, main_fn=main, pub=pub, prefix="dcslc", kb=214,
              org="Tỉnh ủy Lào Cai", addr="Phường Yên Bái, tỉnh Lào Cai", phone="0214.3840.118",
              crumbs=crumbs_of(site, ["Xây dựng chính quyền"]), top=banner("/Images/banner-laocai.png", "Báo điện tử Đảng Cộng sản Việt Nam - Tỉnh ủy Lào Cai"),
              side=side_of(lambda d: f"{hm(d)} {dmy(d)}", "Đọc nhiều", "dcs-most"),
              shell_kw={"layout": "dcs_series", "head_extra": head, "items": MENU_PARTY, "left": "Thứ Năm, 04/11/2027"},
              exp=expected_(A3, iso(pub), author="Minh Châu, Quốc Toản", category="Xây dựng chính quyền"),
              traps={"series": [SERIES3, "Kỳ 1: Từ bỡ ngỡ đến thành thạo", "Kỳ 3: Để chính quyền cơ sở gần dân hơn", "(đang xem)", "(sắp đăng)"],
                     "series_end": ["(Còn nữa)", "Kỳ sau: Để chính quyền cơ sở gần dân hơn"], "byline": ["Minh Châu - Quốc Toản"], "related": lambda rl: rl[:4], "chrome": ["Tin cùng chuyên mục"]},
              notes="The '.dcs.vn' platform's SERIES template (Tỉnh ủy Lào Cai), part 2 of a series. WHERE THE TEXT BEGINS: a series kicker 'Loạt bài: …' over the h1 (names the series, no category, set 30), the h1 'Kỳ 2: Cán bộ xã “đi từng ngõ, gõ từng nhà”' (the title as printed, part label included, set 30), the only stamp 'Cập nhật: 06:30 03/11/2027' (a page whose only stamp is labelled 'Cập nhật' publishes with it; no update → updated null), then a SERIES NAVIGATION box 'Kỳ 1: … (01/11/2027) / Kỳ 2: … (đang xem) / Kỳ 3: … (sắp đăng)' BETWEEN the stamp and the bold sapo: a box (set 24), not lead, not body. WHERE IT ENDS: inside the content block, after the last paragraph, the signature 'Minh Châu - Quốc Toản' (→ author 'Minh Châu, Quốc Toản'), an italic '(Còn nữa)' and a bold 'Kỳ sau: Để chính quyền cơ sở gần dân hơn' — series markers, not body (NEW set 45: the series box rule of sets 30–31 extended to the markers typed in the text block). Category 'Xây dựng chính quyền' (crumb). One table caption.",
              readme="The '.dcs.vn' series template, part 2: a series kicker over 'Kỳ 2: …' h1, only 'Cập nhật: HH:MM dd/mm/yyyy', a 'Kỳ 1 / Kỳ 2 (đang xem) / Kỳ 3 (sắp đăng)' navigation box BETWEEN the stamp and the bold sapo; after the text 'A - B', '(Còn nữa)' and 'Kỳ sau: …' inside the content block (not body)")


# ===================================================================== 4 Ban Tổ chức Tỉnh ủy Thanh Hóa: Liferay DXP 7.1 + FPT's news portlet; a notice with its formal parts and an attachment list
A4 = Art("Thông báo tổ chức thi tuyển chức danh Trưởng phòng Tổ chức cơ sở đảng năm 2027",
         None,
         [("p", "Căn cứ Quy định của Bộ Chính trị về thí điểm thi tuyển chức danh lãnh đạo, quản lý cấp phòng; căn cứ Đề án số 07-ĐA/BTCTU ngày 15/10/2027 của Ban Tổ chức Tỉnh ủy, Ban Tổ chức Tỉnh ủy thông báo tổ chức thi tuyển chức danh Trưởng phòng Tổ chức cơ sở đảng như sau:"),
          ("h", "1. Đối tượng, điều kiện đăng ký dự thi"),
          ("p", "Cán bộ, công chức đang công tác tại các cơ quan đảng, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cấp tỉnh, các đảng ủy xã, phường; có trình độ đại học trở lên, lý luận chính trị cao cấp hoặc tương đương; có ít nhất 5 năm công tác trong lĩnh vực tổ chức xây dựng Đảng."),
          ("h", "2. Hồ sơ và thời gian nhận hồ sơ"),
          ("p", "Hồ sơ gồm: đơn đăng ký dự thi, sơ yếu lý lịch, bản sao văn bằng, nhận xét của cơ quan quản lý và đề án dự thi. Thời gian nhận hồ sơ từ ngày 15/11/2027 đến hết ngày 30/11/2027, tại Phòng Tổ chức cán bộ, Ban Tổ chức Tỉnh ủy."),
          ("h", "3. Hình thức thi"),
          ("p", "Thi viết đề án và trình bày, bảo vệ đề án trước Hội đồng thi tuyển; dự kiến tổ chức trong tháng 12/2027."),
          ("p", "Mọi chi tiết xin liên hệ đồng chí Nguyễn Thị Phượng, Phó Trưởng phòng Tổ chức cán bộ, số điện thoại 0237.3852.416.")])


def page04():
    pub = T("2027-11-10 16:05")
    site = "https://bantochuc.thanhhoa.dcs.vn"
    url = f"{site}/web/guest/thong-bao/-/asset_publisher/tb/content/thong-bao-to-chuc-thi-tuyen-truong-phong-to-chuc-co-so-dang-nam-2027"

    def main(rng, rl, rd):
        body = A4.render(p=jp, h=lambda t: f"<p><strong>{esc(t)}</strong></p>", sep="\n")
        files = [("Thong-bao-so-215-TB-BTCTU.pdf", "412 KB"), ("Mau-don-dang-ky-du-thi.docx", "38 KB"), ("De-an-07-DA-BTCTU.pdf", "1,2 MB")]
        fl = "".join(f'<li><a href="/documents/20143/{rng.randint(100000, 999999)}/{f}"><i class="icon-paper-clip"></i> {esc(f)}</a> <span class="size">({s})</span></li>' for f, s in files)
        return (f'<div class="fpt-news-detail"><h2 class="fpt-portlet-title">Thông báo</h2><h1 class="news-title">{esc(A4.title)}</h1>'
                f'<div class="news-date">Ngày đăng: {dmy(pub)} | {hm(pub)}</div>'
                f'<div class="news-content"><table class="doc-head" width="100%"><tr><td style="text-align:center"><strong>TỈNH ỦY THANH HÓA<br />BAN TỔ CHỨC</strong><br />*<br />Số 215-TB/BTCTU</td>'
                f'<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><em>Thanh Hóa, ngày 10 tháng 11 năm 2027</em></td></tr></table>'
                f'<p style="text-align:center"><strong>THÔNG BÁO<br />Tổ chức thi tuyển chức danh Trưởng phòng Tổ chức cơ sở đảng</strong></p>{body}'
                f'<table class="doc-sign" width="100%"><tr><td><em><strong>Nơi nhận:</strong></em><br />- Các đảng ủy trực thuộc Tỉnh ủy,<br />- Lưu VT, TCCB.</td>'
                f'<td style="text-align:center"><strong>K/T TRƯỞNG BAN<br />PHÓ TRƯỞNG BAN</strong><br /><br /><strong>Lê Văn Hùng</strong></td></tr></table></div>'
                f'<div class="news-attachments"><h4>Tệp đính kèm</h4><ul>{fl}</ul></div>'
                f'<div class="news-tools"><a href="#" class="print">In trang</a> <a href="#" class="back">Quay lại</a></div>'
                + lst(site, "/web/guest/thong-bao/-/asset_publisher/tb/content/", list(zip(rl[:5], rd)), lambda d: f"({dmy(d)})", cls="fpt-other", head="Thông báo khác", ext="", start=300) + "</div>")

    head = og(A4.title, url) + '<meta name="generator" content="Liferay DXP 7.1" />'
    return pg("s45-04", family="party_organisation_board_liferay71_fpt_news_portlet_notice_formal_parts_attachment_list",
              name="thanhhoa-bantochuc-liferay-dxp71-fpt-news-detail-portlet-portlet-title-thong-bao-h1-ngay-dang-dd-mm-yyyy-pipe-hh-mm-doc-header-table-centred-heading-numbered-bold-sections-signature-table-noi-nhan-tep-dinh-kem-list",
              url=url, art=A4, main_fn=main, pub=pub, prefix="btcth", kb=176,
              org="Ban Tổ chức Tỉnh ủy Thanh Hóa", addr="Phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.416",
              crumbs=crumbs_of(site, ["Thông báo"]), top=banner("/o/fpt-theme/images/banner.png", "Ban Tổ chức Tỉnh ủy Thanh Hóa"),
              side=side_of(lambda d: dmy(d), "Tin mới", "fpt-new"),
              shell_kw={"layout": "lr71fpt", "head_extra": head, "items": MENU_PARTY, "left": "Chào mừng kỷ niệm 97 năm Ngày truyền thống ngành Tổ chức xây dựng Đảng"},
              exp=expected_(A4, iso(pub), category="Thông báo"),
              traps={"formal": ["TỈNH ỦY THANH HÓA", "Số 215-TB/BTCTU", "Thanh Hóa, ngày 10 tháng 11 năm 2027", "Nơi nhận:", "K/T TRƯỞNG BAN", "Lê Văn Hùng"],
                     "attachments": ["Tệp đính kèm", "Thong-bao-so-215-TB-BTCTU.pdf", "Mau-don-dang-ky-du-thi.docx", "(412 KB)"], "after_text": ["In trang", "Quay lại", "Thông báo khác"], "related": lambda rl: rl[:5]},
              notes="Liferay DXP 7.1, a vendor theme and FPT's news detail portlet (Ban Tổ chức Tỉnh ủy Thanh Hóa), a NOTICE pasted with its formal parts. WHERE THE TEXT BEGINS: the portlet title 'Thông báo' (the only section label, specific: the category, set 29), the h1, 'Ngày đăng: 10/11/2027 | 16:05' → published 2027-11-10T16:05; then the document header table ('TỈNH ỦY THANH HÓA / BAN TỔ CHỨC / Số 215-TB/BTCTU' | 'ĐẢNG CỘNG SẢN VIỆT NAM / Thanh Hóa, ngày …') and the centred heading 'THÔNG BÁO / Tổ chức thi tuyển …' — formal parts (sets 25 and 28): not body. The body begins with 'Căn cứ Quy định …' and keeps the numbered bold section headings and the contact line (set 25). WHERE IT ENDS: the signature table ('Nơi nhận:' | 'K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN / Lê Văn Hùng' — the signer is not the author, set 25), the 'Tệp đính kèm' list (three files with sizes, set 24: a download block), 'In trang', 'Quay lại', 'Thông báo khác'. No author, no lead, no captions.",
              readme="Liferay DXP 7.1 + FPT's news portlet, a notice: the portlet title 'Thông báo' (category), 'Ngày đăng: dd/mm/yyyy | HH:MM', the pasted header table and centred heading BEFORE the text, numbered bold sections, the signature table with 'Nơi nhận:' and a 'Tệp đính kèm' list with sizes AFTER it (formal parts and attachments not body); no author, no lead")


# ===================================================================== 5 Hội Nông dân tỉnh Đắk Lắk: Liferay 7.4 CE + CMC's news portlet; an interview with 'PV:' questions, '(thực hiện)' after the text
A5 = Art("“Nông dân phải làm chủ được dữ liệu vùng trồng của mình”",
         "Nhân dịp tỉnh hoàn thành cấp mã số vùng trồng cho 12.000 ha cà phê, phóng viên có cuộc trao đổi với ông Y Thông Niê, Chủ tịch Hội Nông dân tỉnh, về vai trò của hội viên trong chuyển đổi số nông nghiệp.",
         [("p", "PV: Thưa ông, việc cấp mã số vùng trồng có ý nghĩa thế nào với người trồng cà phê?"),
          ("p", "Ông Y Thông Niê: Mã số vùng trồng là “giấy thông hành” để cà phê của bà con vào các thị trường khó tính. Có mã số, doanh nghiệp thu mua truy xuất được nguồn gốc, người nông dân bán được giá cao hơn từ 5 đến 8%."),
          ("img", "/documents/20121/news/2027/11/chu-tich-hoi-nong-dan-tinh.jpg", "Ông Y Thông Niê, Chủ tịch Hội Nông dân tỉnh"),
          ("p", "PV: Hội Nông dân đã làm gì để hội viên tham gia?"),
          ("p", "Ông Y Thông Niê: Chúng tôi thành lập 146 tổ hội nghề nghiệp cà phê, tập huấn cho hơn 9.000 hội viên cách ghi nhật ký sản xuất điện tử. Cán bộ hội cơ sở trực tiếp xuống vườn cùng cán bộ kỹ thuật đo đạc, khoanh vùng."),
          ("p", "PV: Theo ông, khó khăn lớn nhất hiện nay là gì?"),
          ("p", "Ông Y Thông Niê: Là thói quen. Nhiều bà con vẫn ghi chép trên giấy hoặc không ghi. Nông dân phải làm chủ được dữ liệu vùng trồng của mình, nếu không thì mã số chỉ là hình thức. Năm 2028, Hội phấn đấu 70% hộ có mã số ghi nhật ký điện tử đầy đủ."),
          ("p", "PV: Xin cảm ơn ông!")])


def page05():
    pub = T("2027-11-15 09:20")
    site = "https://hoinongdan.daklak.gov.vn"
    url = f"{site}/tin-tuc/-/view-content/nong-dan-phai-lam-chu-duoc-du-lieu-vung-trong-cua-minh"

    def p(t):
        for lab in ("PV:", "Ông Y Thông Niê:"):
            if t.startswith(lab):
                return f'<p style="text-align:justify"><strong>{esc(lab)}</strong>{esc(t[len(lab):])}</p>'
        return jp(t)

    def main(rng, rl, rd):
        body = A5.render(p=p, img=fig, sep="\n")
        return (f'<div class="cmc-news-detail"><div class="cmc-kicker">Phỏng vấn</div><h1 class="cmc-title">{esc(A5.title)}</h1>'
                f'<div class="cmc-meta"><span class="cmc-date">{dmy(pub)} - {hm(pub)}</span> <span class="cmc-views">1.118 lượt xem</span></div>'
                f'<div class="cmc-sapo">{esc(A5.lead)}</div><div class="cmc-body">{body}</div>'
                f'<div class="cmc-author" style="text-align:right"><strong>Hồng Nhung (thực hiện)</strong></div>'
                + tags(site, ["mã số vùng trồng", "cà phê", "chuyển đổi số"], "Thẻ:", "cmc-tags") + sharebar("cmc-share")
                + f'<div class="cmc-rating">Đánh giá bài viết: <span class="stars">★★★★☆</span> <span>(4,3/5 - 27 lượt)</span></div>'
                + lst(site, "/tin-tuc/-/view-content/", list(zip(rl[:5], rd)), lambda d: f"{dmy(d)}", cls="cmc-same", head="Tin cùng chuyên mục", ext="", start=500) + "</div>")

    head = og(A5.title, url, {"og:description": A5.lead}) + '<meta name="generator" content="Liferay Portal Community Edition 7.4.3.112 CE GA112" />'
    return pg("s45-05", family="farmers_union_liferay74ce_cmc_news_portlet_interview_thuc_hien_rating_after_text",
              name="daklak-hoinongdan-liferay74-ce-ga112-cmc-news-detail-portlet-kicker-phong-van-h1-quote-dd-mm-yyyy-dash-hh-mm-plain-sapo-pv-questions-bold-labels-portrait-figure-thuc-hien-bold-right-tags-share-rating-widget",
              url=url, art=A5, main_fn=main, pub=pub, prefix="hnddl", kb=158,
              org="Hội Nông dân tỉnh Đắk Lắk", addr="Phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.947",
              crumbs=crumbs_of(site, ["Tin tức", "Nông dân với chuyển đổi số"]), top=banner("/o/cmc-theme/images/banner.png", "Hội Nông dân tỉnh Đắk Lắk"),
              side=side_of(lambda d: dmy(d), "Tin nổi bật", "cmc-hot", docs=False),
              shell_kw={"layout": "lr74cmc", "head_extra": head, "items": MENU_MASS, "left": "Thứ Ba, 16/11/2027"},
              exp=expected_(A5, iso(pub), author="Hồng Nhung", category="Nông dân với chuyển đổi số"),
              traps={"kicker": ["Phỏng vấn"], "byline": ["Hồng Nhung (thực hiện)"], "after_text": ["Thẻ:", "Đánh giá bài viết:", "(4,3/5 - 27 lượt)", "Tin cùng chuyên mục"],
                     "views": ["1.118 lượt xem"], "related": lambda rl: rl[:5]},
              notes="Liferay 7.4 CE GA112, a vendor theme and CMC's news detail portlet (Hội Nông dân tỉnh Đắk Lắk), an INTERVIEW. WHERE THE TEXT BEGINS: a genre kicker 'Phỏng vấn' over the h1 (a form label, set 27: no category), the stamp 'dd/mm/yyyy - HH:MM' and a view count, then the plain sapo (the lead; the interviewee named in it is a source). The body: every 'PV:' question and the answers with the bold speaker label, as printed (set 30), the closing 'PV: Xin cảm ơn ông!' included; the portrait's caption 'Ông Y Thông Niê, Chủ tịch Hội Nông dân tỉnh' is a caption in byline shape (set 28). WHERE IT ENDS: 'Hồng Nhung (thực hiện)' bold right → author 'Hồng Nhung' (set 26), then tags 'Thẻ:', share, a RATING widget ('Đánh giá bài viết: ★★★★☆ (4,3/5 - 27 lượt)', not body) and 'Tin cùng chuyên mục'. Category 'Nông dân với chuyển đổi số' (crumb).",
              readme="Liferay 7.4 CE + CMC's news portlet, an interview: a 'Phỏng vấn' kicker, 'dd/mm/yyyy - HH:MM', plain sapo, bold 'PV:' and speaker labels kept in the body, a portrait caption in byline shape; after the text 'Name (thực hiện)', 'Thẻ:' tags, share and a star-rating widget")


# ===================================================================== 6 Tỉnh ủy Quảng Trị: SharePoint 2019 + Viettel's news web part; a speech's full text with numbered sections, an editors' note on the title after it
A6 = Art("Phát biểu bế mạc Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVII",
         "Bế mạc Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVII, đồng chí Hồ Đức Lâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, có bài phát biểu quan trọng. Trang thông tin điện tử Tỉnh ủy trân trọng giới thiệu toàn văn bài phát biểu.",
         [("p", "Kính thưa các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh!"),
          ("p", "Kính thưa các đồng chí đại biểu!"),
          ("p", "Sau hai ngày làm việc khẩn trương, nghiêm túc, với tinh thần trách nhiệm cao, Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh đã hoàn thành toàn bộ nội dung, chương trình đề ra. Tôi xin tóm lược một số nội dung chủ yếu như sau:"),
          ("h", "I. VỀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2027"),
          ("p", "Ban Chấp hành Đảng bộ tỉnh thống nhất đánh giá: năm 2027, tăng trưởng kinh tế của tỉnh ước đạt 8,2%, cao nhất từ trước đến nay; thu ngân sách vượt 12% dự toán; bộ máy chính quyền địa phương hai cấp vận hành ổn định, thông suốt; 100% xã, phường hoàn thành chỉ tiêu giải quyết thủ tục hành chính đúng hạn."),
          ("h", "II. VỀ NHIỆM VỤ TRỌNG TÂM NĂM 2028"),
          ("p", "Một là, tập trung lãnh đạo tổ chức thành công đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ 2028 - 2030. Hai là, đẩy nhanh tiến độ các công trình hạ tầng chiến lược, nhất là tuyến cao tốc và cảng biển. Ba là, chăm lo đời sống Nhân dân vùng bị ảnh hưởng bởi thiên tai."),
          ("h", "III. VỀ TỔ CHỨC THỰC HIỆN"),
          ("p", "Đề nghị các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh, theo chức trách, nhiệm vụ được giao, khẩn trương quán triệt, cụ thể hóa nghị quyết của hội nghị thành chương trình, kế hoạch hành động sát với thực tiễn từng địa phương, cơ quan, đơn vị."),
          ("p", "Với tinh thần đó, tôi xin tuyên bố bế mạc Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVII."),
          ("p", "Xin trân trọng cảm ơn!")])


def page06():
    pub = T("2027-11-22 17:40")
    upd = T("2027-11-23 08:05")
    site = "https://quangtri.dcs.vn"
    url = f"{site}/Pages/tin-tuc/2027/11/phat-bieu-be-mac-hoi-nghi-lan-thu-12-ban-chap-hanh-dang-bo-tinh-khoa-xvii.aspx"

    def main(rng, rl, rd):
        body = A6.render(p=jp, h=lambda t: f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>', sep="\n")
        return (f'<div class="vtt-detail-head"><span class="vtt-cat">Hoạt động của Tỉnh ủy</span><h1 class="vtt-title">{esc(A6.title)}</h1>'
                f'<div class="vtt-dates"><span>Ngày đăng: {dmy(pub)} {hm(pub)}</span> <span>Ngày cập nhật: {dmy(upd)} {hm(upd)}</span></div></div>'
                f'<div class="vtt-sapo"><em>{esc(A6.lead)}</em></div>'
                f'<div class="vtt-body ms-rtestate-field">{body}'
                f'<p style="text-align:right"><em>(Tiêu đề do Ban Biên tập đặt)</em></p></div>'
                f'<div class="vtt-doc"><span>Văn bản liên quan:</span> <a href="/VanBan/NQ-HN12.pdf">Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVII</a></div>'
                + sharebar("vtt-share") + lst(site, "/Pages/tin-tuc/2027/11/", list(zip(rl[:5], rd)), lambda d: f"({dmy(d)} {hm(d)})", cls="vtt-other", head="Các tin đã đưa", ext=".aspx", start=1200))

    head = og(A6.title, url, {"og:description": A6.lead}) + '<meta name="GENERATOR" content="Microsoft SharePoint" />'
    return pg("s45-06", family="provincial_party_sharepoint2019_viettel_news_web_part_speech_full_text_numbered_sections",
              name="quangtri-tinhuy-sharepoint2019-viettel-news-detail-web-part-category-label-h1-ngay-dang-ngay-cap-nhat-dd-mm-yyyy-hh-mm-italic-sapo-speech-salutations-roman-numbered-bold-sections-closing-thanks-tieu-de-do-bbt-dat-note-van-ban-lien-quan",
              url=url, art=A6, main_fn=main, pub=pub, prefix="tuqt", kb=196,
              org="Tỉnh ủy Quảng Trị", addr="Phường Đồng Hới, tỉnh Quảng Trị", phone="0232.3822.512",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động của Tỉnh ủy"]), top=banner("/Style%20Library/vtt/images/banner.png", "Trang thông tin điện tử Tỉnh ủy Quảng Trị"),
              side=side_of(lambda d: f"{dmy(d)}", "Tin đọc nhiều", "vtt-most"),
              shell_kw={"layout": "sp2019vtt", "head_extra": head, "items": MENU_PARTY, "left": "Thứ Ba, 23/11/2027"},
              exp=expected_(A6, iso(pub), iso(upd), category="Hoạt động của Tỉnh ủy"),
              traps={"editors_note": ["(Tiêu đề do Ban Biên tập đặt)"], "after_text": ["Văn bản liên quan:", "Các tin đã đưa"], "related": lambda rl: rl[:5]},
              notes="SharePoint Server 2019, a vendor master and Viettel's news detail web part (Tỉnh ủy Quảng Trị), a SPEECH's full text. WHERE THE TEXT BEGINS: a category label over the h1, 'Ngày đăng: 22/11/2027 17:40' and 'Ngày cập nhật: 23/11/2027 08:05' (→ published 2027-11-22T17:40, updated 2027-11-23T08:05), the italic sapo (the lead: it names the speaker, who is no author, set 28). The body: the salutations ('Kính thưa …', two paragraphs), the Roman-numbered bold section headings ('I. VỀ KẾT QUẢ …', 'II. …', 'III. …', body paragraphs as printed) and the closing 'Xin trân trọng cảm ơn!' (set 28). WHERE IT ENDS: an italic right '(Tiêu đề do Ban Biên tập đặt)' — the editors' note on the title (set 24), not body — then a 'Văn bản liên quan:' link, share, 'Các tin đã đưa'. No byline: author null. Category 'Hoạt động của Tỉnh ủy' (label and crumb).",
              readme="SharePoint 2019 + Viettel's news web part, a speech's full text: 'Ngày đăng' and 'Ngày cập nhật' rows, italic sapo, salutations, Roman-numbered bold sections and the closing thanks (body), then '(Tiêu đề do Ban Biên tập đặt)' (an editors' note, not body) and 'Văn bản liên quan'; no author")


# ===================================================================== 7 Đảng ủy phường Hải Châu (Đà Nẵng): SharePoint Subscription Edition + a vendor's document-detail web part; a resolution's full text
A7 = Art("Nghị quyết Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 9 về phát triển kinh tế đêm",
         None,
         [("p", "Ngày 28/11/2027, Ban Chấp hành Đảng bộ phường Hải Châu tổ chức Hội nghị lần thứ 9 thảo luận, thống nhất ban hành Nghị quyết về phát triển kinh tế đêm trên địa bàn phường giai đoạn 2028 - 2030."),
          ("h", "I. MỤC TIÊU"),
          ("p", "1. Phát triển kinh tế đêm trở thành động lực tăng trưởng dịch vụ của phường; đến năm 2030, doanh thu dịch vụ ban đêm chiếm 30% tổng doanh thu thương mại - dịch vụ."),
          ("p", "2. Hình thành ít nhất 3 tuyến phố đi bộ, phố ẩm thực hoạt động đến 24 giờ, bảo đảm an ninh trật tự, vệ sinh môi trường và văn minh đô thị."),
          ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
          ("p", "1. Hoàn thiện quy hoạch không gian kinh tế đêm gắn với tuyến ven sông; xây dựng quy chế quản lý hoạt động kinh doanh ban đêm."),
          ("p", "2. Tăng cường công tác dân vận, vận động các hộ kinh doanh, tổ dân phố đồng thuận thực hiện; phát huy vai trò giám sát của Mặt trận Tổ quốc và các đoàn thể."),
          ("p", "3. Ứng dụng camera giám sát, thanh toán không dùng tiền mặt tại 100% điểm kinh doanh trên các tuyến phố."),
          ("h", "III. TỔ CHỨC THỰC HIỆN"),
          ("p", "Các chi bộ trực thuộc tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên; Ủy ban nhân dân phường xây dựng kế hoạch thực hiện trước ngày 31/12/2027. Nghị quyết này được phổ biến đến chi bộ và đảng viên.")])


def page07():
    pub = T("2027-12-01 10:00")
    site = "https://haichau.danang.dcs.vn"
    url = f"{site}/vanban/Pages/VanBanChiTiet.aspx?ItemID=412"

    def main(rng, rl, rd):
        body = A7.render(p=jp, h=lambda t: f'<p style="text-align:center"><strong>{esc(t)}</strong></p>', sep="\n")
        fields = (f'<table class="doc-fields ms-formtable"><tr><td class="ms-formlabel">Số, ký hiệu</td><td>09-NQ/ĐU</td></tr>'
                  f'<tr><td class="ms-formlabel">Ngày ban hành</td><td>28/11/2027</td></tr><tr><td class="ms-formlabel">Loại văn bản</td><td>Nghị quyết</td></tr>'
                  f'<tr><td class="ms-formlabel">Cơ quan ban hành</td><td>Đảng ủy phường Hải Châu</td></tr><tr><td class="ms-formlabel">Người ký</td><td>Trương Công Định</td></tr>'
                  f'<tr><td class="ms-formlabel">Ngày đăng</td><td>{dmy(pub)} {hm(pub)}</td></tr></table>')
        return (f'<div class="doc-detail-head"><h1 class="doc-title">{esc(A7.title)}</h1>{fields}</div>'
                f'<div class="doc-fulltext"><h3 class="doc-fulltext-title">Toàn văn</h3>'
                f'<table width="100%"><tr><td style="text-align:center"><strong>ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG<br />ĐẢNG ỦY PHƯỜNG HẢI CHÂU</strong><br />*<br />Số 09-NQ/ĐU</td>'
                f'<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><em>Hải Châu, ngày 28 tháng 11 năm 2027</em></td></tr></table>'
                f'<p style="text-align:center"><strong>NGHỊ QUYẾT<br />về phát triển kinh tế đêm trên địa bàn phường giai đoạn 2028 - 2030</strong></p>{body}'
                f'<table width="100%"><tr><td><em><strong>Nơi nhận:</strong></em><br />- Ban Thường vụ Thành ủy (b/c),<br />- Các chi bộ trực thuộc,<br />- Lưu Văn phòng Đảng ủy.</td>'
                f'<td style="text-align:center"><strong>T/M ĐẢNG ỦY<br />BÍ THƯ</strong><br /><br /><strong>Trương Công Định</strong></td></tr></table></div>'
                f'<div class="doc-files"><h4>File đính kèm</h4><table class="ms-listviewtable"><tr><th>Tên tệp</th><th>Dung lượng</th><th>Tải về</th></tr>'
                f'<tr><td>09-NQ-DU-kinh-te-dem.pdf</td><td>856 KB</td><td><a href="/vanban/Lists/VanBan/Attachments/412/09-NQ-DU-kinh-te-dem.pdf">Tải về</a></td></tr>'
                f'<tr><td>Phu-luc-danh-muc-tuyen-pho.xlsx</td><td>41 KB</td><td><a href="/vanban/Lists/VanBan/Attachments/412/Phu-luc-danh-muc-tuyen-pho.xlsx">Tải về</a></td></tr></table></div>'
                f'<div class="doc-back"><a href="/vanban/Pages/default.aspx">« Quay lại danh sách văn bản</a></div>')

    head = og(A7.title, url) + '<meta name="GENERATOR" content="Microsoft SharePoint" />'
    side = lambda rng, p: vb_box(["Nghị quyết số 08-NQ/ĐU về chuyển đổi số trong các chi bộ", "Kế hoạch số 52-KH/ĐU tổ chức đại hội chi bộ nhiệm kỳ 2028 - 2030",
                                  "Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ phường"], "Văn bản mới ban hành", "se-vb")
    return pg("s45-07", family="ward_party_sharepoint_se_document_detail_web_part_resolution_full_text_file_list",
              name="danang-haichau-danguyphuong-sharepoint-subscription-edition-vendor-document-detail-web-part-h1-field-table-so-ky-hieu-ngay-ban-hanh-nguoi-ky-ngay-dang-toan-van-header-table-centred-roman-sections-numbered-items-noi-nhan-file-dinh-kem",
              url=url, art=A7, main_fn=main, pub=pub, prefix="dupc", kb=132,
              org="Đảng ủy phường Hải Châu", addr="Phường Hải Châu, thành phố Đà Nẵng", phone="0236.3821.406",
              crumbs=crumbs_of(site, ["Văn bản", "Nghị quyết"]), top=banner("/SiteAssets/banner-haichau.png", "Đảng bộ phường Hải Châu"),
              side=side, shell_kw={"layout": "spse_doc", "head_extra": head, "items": MENU_PARTY, "left": "Thứ Năm, 02/12/2027"},
              exp=expected_(A7, iso(pub), category="Nghị quyết"),
              traps={"fields": ["Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Người ký", "Toàn văn"],
                     "formal": ["ĐẢNG ỦY PHƯỜNG HẢI CHÂU", "Hải Châu, ngày 28 tháng 11 năm 2027", "Nơi nhận:", "T/M ĐẢNG ỦY", "Trương Công Định"],
                     "attachments": ["File đính kèm", "09-NQ-DU-kinh-te-dem.pdf", "856 KB"], "after_text": ["« Quay lại danh sách văn bản"]},
              notes="SharePoint Server Subscription Edition, a ward Party committee's document page: a vendor's document-detail web part printing the field table and the FULL TEXT of a resolution. WHERE THE TEXT BEGINS: the h1, the field table ('Số, ký hiệu: 09-NQ/ĐU', 'Ngày ban hành: 28/11/2027' — the document's issue day, no stamp of the item, set 38 — 'Cơ quan ban hành', 'Người ký: Trương Công Định' — the signer, no author, set 25 — and 'Ngày đăng: 01/12/2027 10:00' → published 2027-12-01T10:00), a 'Toàn văn' heading, the pasted header table and the centred 'NGHỊ QUYẾT / về …' heading (formal parts, sets 25 and 28). The body: the opening paragraph, the centred Roman-numbered headings and the numbered items (one paragraph each, as printed). WHERE IT ENDS: the signature table ('Nơi nhận:' | 'T/M ĐẢNG ỦY / BÍ THƯ / Trương Công Định'), the 'File đính kèm' table (a download block, set 24), 'Quay lại'. No author, no lead, no captions. Category 'Nghị quyết' (the crumb's last level; the field 'Loại văn bản' agrees).",
              readme="SharePoint Subscription Edition + a vendor's document-detail web part, a resolution's full text: a field table (issue day, signer, 'Ngày đăng'), 'Toàn văn', the pasted header and heading BEFORE the text; centred Roman sections and numbered items (body); the signature table and a 'File đính kèm' table AFTER it; no author, no lead")


# ===================================================================== 8 Hội Chữ thập đỏ tỉnh Gia Lai: DNN 10 + a local vendor's photo-story module; a photo story with 'Ảnh: … - Bài: …' credits and a copyright line
A8 = Art("Mùa đông ấm ở điểm trường Kon Chiêng",
         "Những ngày đầu tháng 12, khi nhiệt độ vùng cao xuống dưới 12 độ C, tình nguyện viên Hội Chữ thập đỏ tỉnh đã mang 400 bộ áo ấm, chăn và bữa ăn sáng nóng đến với học sinh điểm trường Kon Chiêng.",
         [("img", "/Portals/0/PhotoStory/2027/12/kon-chieng-01.jpg", "Tình nguyện viên vượt gần 20 km đường đèo để đến điểm trường Kon Chiêng"),
          ("p", "Điểm trường Kon Chiêng thuộc Trường Tiểu học và Trung học cơ sở xã Kbang, có 126 học sinh, phần lớn là con em đồng bào Ba Na. Đường vào điểm trường có đoạn dốc dài, mùa mưa xe máy không đi được."),
          ("img", "/Portals/0/PhotoStory/2027/12/kon-chieng-02.jpg", "Các em học sinh nhận áo ấm, chăn mới trước giờ vào lớp"),
          ("p", "Ngoài áo ấm và chăn, chương trình còn tặng 126 đôi dép, 60 bộ sách giáo khoa và tổ chức bữa ăn sáng với cháo thịt, sữa cho toàn bộ học sinh."),
          ("img", "/Portals/0/PhotoStory/2027/12/kon-chieng-03.jpg", "Bữa sáng nóng đầu tiên của mùa đông năm học 2027 - 2028"),
          ("p", "Cô giáo Đinh Thị H’Lan cho biết, nhiều em đi bộ hơn 3 km đến trường, trời lạnh nhưng chỉ mặc một chiếc áo mỏng; món quà giúp các em yên tâm đến lớp đều đặn hơn."),
          ("img", "/Portals/0/PhotoStory/2027/12/kon-chieng-04.jpg", "Nụ cười của học sinh điểm trường Kon Chiêng")])


def page08():
    pub = T("2027-12-05 19:10")
    site = "https://chuthapdo.gialai.gov.vn"
    url = f"{site}/tin-anh/mua-dong-am-o-diem-truong-kon-chieng-t5528.aspx"

    def img(s, c, n):
        return f'<div class="ps-photo"><img src="{s}" alt="" loading="lazy" /><div class="ps-caption">{esc(c)}</div></div>'

    def main(rng, rl, rd):
        body = A8.render(p=lambda t: f'<div class="ps-text"><p>{esc(t)}</p></div>', img=img, sep="\n")
        return (f'<div class="ps-detail"><div class="ps-head"><span class="ps-label">Phóng sự ảnh</span><h1 class="ps-title">{esc(A8.title)}</h1>'
                f'<div class="ps-date">{dmy(pub)} {hm(pub)}</div></div><div class="ps-sapo"><p><strong>{esc(A8.lead)}</strong></p></div>{body}'
                f'<div class="ps-credit" style="text-align:right"><strong>Ảnh: Rơ Mah Tiến - Bài: Kim Oanh</strong></div>'
                f'<div class="ps-copy">© Hội Chữ thập đỏ tỉnh Gia Lai - Ảnh thuộc bản quyền của tác giả, không sao chép khi chưa được phép.</div>'
                + sharebar("ps-share") + "</div>")

    side = lambda rng, p: mostread(rng, p, lambda d: dmy(d), "Phóng sự ảnh khác", "ps-more", 6, writers=WRITERS34)
    head = og(A8.title, url, {"og:description": A8.lead}) + '<meta name="generator" content="DNN Platform 10.0.1" />'
    return pg("s45-08", family="red_cross_dnn10_local_vendor_photo_story_module_credit_and_copyright_after_last_picture",
              name="gialai-hoichuthapdo-dnn10-vendor-photo-story-module-full-width-label-phong-su-anh-h1-dd-mm-yyyy-hh-mm-bold-sapo-four-photos-div-captions-anh-name-bai-name-credit-copyright-line-share",
              url=url, art=A8, main_fn=main, pub=pub, prefix="ctdgl", kb=151,
              org="Hội Chữ thập đỏ tỉnh Gia Lai", addr="Phường Pleiku, tỉnh Gia Lai", phone="0269.3824.385",
              crumbs=crumbs_of(site, ["Tin ảnh"]), top=banner("/Portals/_default/Skins/ctd/images/banner.png", "Hội Chữ thập đỏ tỉnh Gia Lai"),
              side=side, shell_kw={"layout": "dnn10photo", "head_extra": head, "items": MENU_MASS, "left": "Đăng nhập | Đăng ký"},
              exp=expected_(A8, iso(pub), author="Kim Oanh", photographer="Rơ Mah Tiến", category="Tin ảnh"),
              traps={"credit": ["Ảnh: Rơ Mah Tiến - Bài: Kim Oanh"], "copyright": ["Ảnh thuộc bản quyền của tác giả"], "label": ["Phóng sự ảnh"], "after_text": ["Phóng sự ảnh khác"]},
              notes="DNN 10, a vendor's skin and a local vendor's photo-story module (Hội Chữ thập đỏ tỉnh Gia Lai), a PHOTO STORY. WHERE THE TEXT BEGINS: a form label 'Phóng sự ảnh' over the h1 (set 27: no category), 'dd/mm/yyyy HH:MM' → 2027-12-05T19:10, the bold sapo (the lead); the first element of the story is a PICTURE, its caption a caption. The body: the sapo and the four short text blocks between the pictures; four captions in page order (div.ps-caption). WHERE IT ENDS: after the LAST PICTURE (no text after it), the credit 'Ảnh: Rơ Mah Tiến - Bài: Kim Oanh' (photographer and author, set 30's 'Bài: … - Ảnh: …' in reverse order), a copyright line ('© … Ảnh thuộc bản quyền của tác giả …', set 24: not body), share, 'Phóng sự ảnh khác' (other stories with writers). Category 'Tin ảnh' (crumb).",
              readme="DNN 10 + a local vendor's photo-story module, a photo story: 'Phóng sự ảnh' label, bold sapo, four pictures with div captions between short texts, the story ENDS with a picture; then 'Ảnh: A - Bài: B' (photographer and author) and a copyright line")


# ===================================================================== 9 Đảng ủy xã Hương Khê (Hà Tĩnh): WordPress + Twenty Fourteen; TWIST a data cut-off note 'Số liệu cập nhật đến …' under the text
A9 = Art("Xã Hương Khê khắc phục hậu quả lũ, sớm ổn định đời sống Nhân dân",
         "Sau đợt lũ lớn cuối tháng 11, Đảng ủy, Ủy ban nhân dân xã Hương Khê huy động lực lượng, phương tiện giúp người dân dọn dẹp nhà cửa, khôi phục sản xuất, không để hộ nào thiếu ăn, thiếu mặc.",
         [("p", "Đợt lũ từ ngày 21 đến 23/11/2027 làm 1.284 ngôi nhà ở 14 thôn bị ngập từ 0,5 đến 2 m(*), nhiều tuyến đường liên thôn bị sạt lở, hơn 120 ha rau màu vụ đông bị hư hại."),
          ("p", "Ngay khi nước rút, Đảng ủy xã chỉ đạo thành lập 14 tổ xung kích do bí thư chi bộ thôn làm tổ trưởng, phối hợp với lực lượng vũ trang, đoàn viên thanh niên giúp dân dọn bùn, vệ sinh môi trường, phun hóa chất khử khuẩn."),
          ("img", "https://danguyxahuongkhe.vn/wp-content/uploads/2027/11/don-bun-sau-lu.jpg", "Đoàn viên thanh niên giúp người dân thôn Phúc Đồng dọn bùn sau lũ"),
          ("p", "Ủy ban Mặt trận Tổ quốc xã đã tiếp nhận 1,86 tỷ đồng và nhiều hàng hóa ủng hộ, kịp thời phân bổ cho các hộ bị thiệt hại nặng. Xã cũng hỗ trợ giống rau, phân bón để người dân gieo trồng lại trước ngày 15/12."),
          ("p", "Đồng chí Phan Thị Duyên, Bí thư Đảng ủy xã, yêu cầu các chi bộ rà soát, lập danh sách hộ có nhà bị hư hỏng nặng, hộ nghèo, hộ chính sách để hỗ trợ sửa chữa nhà ở trước Tết Nguyên đán."),
          ("p", "Đến nay, đời sống người dân cơ bản ổn định; 100% học sinh đã trở lại trường; các tuyến đường liên thôn đã thông xe."),
          ("p", "(*) Số liệu cập nhật đến 17 giờ ngày 24/11/2027, theo báo cáo của Ban Chỉ huy phòng thủ dân sự xã.")])


def page09():
    pub = T("2027-11-25 10:35")
    site = "https://danguyxahuongkhe.vn"
    url = f"{site}/2027/11/25/xa-huong-khe-khac-phuc-hau-qua-lu-som-on-dinh-doi-song-nhan-dan/"

    def main(rng, rl, rd):
        body = A9.render(p=lambda t: f"<p>{esc(t)}</p>" if not t.startswith("(*)") else f'<p><em>{esc(t)}</em></p>',
                         img=lambda s, c, n: f'<div class="wp-caption aligncenter" style="width:610px"><img class="size-large" src="{s}" alt="" width="600" /><p class="wp-caption-text">{esc(c)}</p></div>', sep="\n")
        rel = "".join(f'<li><a href="{site}/2027/11/{slug(t)[:50]}/">{esc(t)}</a> <span>{dmy(d)}</span></li>' for t, d in zip(rl[:3], rd))
        return (f'<article class="post type-post status-publish format-standard has-post-thumbnail hentry category-phong-chong-thien-tai">'
                f'<div class="post-thumbnail"><img src="{site}/wp-content/uploads/2027/11/lu-huong-khe-672x372.jpg" alt="" /></div>'
                f'<header class="entry-header"><div class="entry-meta"><span class="cat-links"><a href="{site}/chuyen-muc/phong-chong-thien-tai/" rel="category tag">Phòng, chống thiên tai</a></span></div>'
                f'<h1 class="entry-title">{esc(A9.title)}</h1><div class="entry-meta"><span class="entry-date"><a href="{url}" rel="bookmark"><time class="entry-date" datetime="2027-11-25T10:35:00+07:00">25/11/2027</time></a></span>'
                f' <span class="byline"><span class="author vcard"><a class="url fn n" href="{site}/author/vanphong/">Văn phòng Đảng ủy</a></span></span>'
                f' <span class="comments-link"><a href="#respond">Để lại bình luận</a></span></div></header>'
                f'<div class="entry-content"><p><strong>{esc(A9.lead)}</strong></p>{body}'
                f'<p style="text-align:right"><strong>Hoàng Minh Đức</strong></p>'
                f'<div class="kk-star-ratings"><span class="kksr-legend">4.6/5 - (18 bình chọn)</span></div>'
                f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Tin liên quan</em></h3><ul>{rel}</ul></div></div>'
                f'<footer class="entry-meta"><span class="tag-links"><a href="{site}/tag/lu-lut/" rel="tag">lũ lụt</a><a href="{site}/tag/khac-phuc-hau-qua/" rel="tag">khắc phục hậu quả</a></span></footer></article>'
                f'<nav class="navigation post-navigation"><h1 class="screen-reader-text">Điều hướng bài viết</h1><div class="nav-links"><a href="{site}/2027/11/24/" rel="prev"><span class="meta-nav">Bài trước</span>{esc(rl[3])}</a>'
                f'<a href="{site}/2027/11/26/" rel="next"><span class="meta-nav">Bài tiếp theo</span>{esc(rl[4])}</a></div></nav>'
                f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>'
                f'<textarea name="comment"></textarea><input name="author" placeholder="Tên" /><input type="submit" value="Phản hồi" /></form></div></div>')

    head = og(A9.title, url, {"og:description": A9.lead, "article:published_time": "2027-11-25T10:35:00+07:00"}) + '<meta name="generator" content="WordPress 6.8.3" />'
    side = lambda rng, p: mostread(rng, p, lambda d: dmy(d), "Bài viết mới", "widget_recent_entries", 6, writers=WRITERS34)
    return pg("s45-09", family="commune_party_wp_twentyfourteen_data_cut_off_note_labelled_cap_nhat_under_text",
              name="hatinh-huongkhe-danguyxa-wordpress-twentyfourteen-cat-links-over-h1-time-dd-mm-yyyy-datetime-offset-byline-office-account-bold-first-paragraph-wp-caption-asterisk-note-so-lieu-cap-nhat-den-hh-gio-ngay-signature-kk-star-ratings-jetpack-related",
              url=url, art=A9, main_fn=main, pub=pub, prefix="xahk", kb=138,
              org="Đảng ủy xã Hương Khê", addr="Xã Hương Khê, tỉnh Hà Tĩnh", phone="0239.3871.225",
              crumbs="", top=lambda rng, p: f'<h1 class="site-title"><a href="{site}/" rel="home">Đảng bộ xã Hương Khê</a></h1>',
              side=side, shell_kw={"layout": "tt14", "head_extra": head, "items": MENU_PARTY, "left": "Trang thông tin của Đảng bộ xã Hương Khê"},
              exp=expected_(A9, "2027-11-25T10:35:00+07:00", None, author="Hoàng Minh Đức", category="Phòng, chống thiên tai"),
              traps={"account": ["Văn phòng Đảng ủy"], "after_text": ["4.6/5 - (18 bình chọn)", "Tin liên quan", "Điều hướng bài viết", "Để lại bình luận", "Phản hồi"],
                     "prev_next": lambda rl: rl[3:5], "related": lambda rl: rl[:3]},
              notes="TWIST (a data cut-off note labelled 'cập nhật' under the text). WordPress + Twenty Fourteen (Đảng ủy xã Hương Khê), a report. The only stamp of the item is Twenty Fourteen's entry-date over the text: '25/11/2027' in <time class='entry-date' datetime='2027-11-25T10:35:00+07:00'> → published 2027-11-25T10:35 (set 25 MAJORITY: the stamp's own datetime with an offset, agreeing with the printed day). WHERE THE TEXT ENDS: the last paragraph of the text is the writer's asterisk note '(*) Số liệu cập nhật đến 17 giờ ngày 24/11/2027, theo báo cáo của Ban Chỉ huy phòng thủ dân sự xã.' keyed to the marker '(*)' after '2 m' in the first paragraph — a note on the FIGURES (the moment the damage count was taken, the day before publication), the writer's words printed in the text column → body (set 28's notes), and NO update stamp: updated_at NULL. A reader that takes 'cập nhật' + a time and a day after the text as the item's update stores updated_at 2027-11-24T17:00 — BEFORE the publication, a wrong record that set 24's 'update before publication' rule would even accept. The asterisk is keyed to a figure, not to the byline: no unit (set 41 reads only a byline's mark). Then the bold right signature 'Hoàng Minh Đức' (→ author; the theme's byline 'Văn phòng Đảng ủy' is an office account, set 30), kk Star Ratings, Jetpack's 'Tin liên quan', tags, post navigation, the reply form. The bold first paragraph is the lead. One wp-caption. Category 'Phòng, chống thiên tai' (cat-links over the h1).",
              readme="TWIST — WordPress + Twenty Fourteen, a commune's flood report: the last paragraph of the text is an asterisk note '(*) Số liệu cập nhật đến 17 giờ ngày 24/11/2027, …' on the figures (body, and NO update stamp); the stamp '25/11/2027' with its datetime; a bold signature after it; an office account as the theme's byline; star rating, Jetpack related posts, post navigation")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
