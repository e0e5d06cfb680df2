"""Set 48 pages 1-9: AN HONEST RANDOM SAMPLE of the everyday article page, weighted as the real sites are (vn-sites.md),
realistic in weight (100-250 KB: ViewState blobs, mega-menus, sidebars of other items with their own stamps and writers,
JSON-LD, analytics) and in the MESS OF REAL CMS OUTPUT (Word-pasted text with mso spans, o:p, &nbsp; runs and <font>
tags, unclosed <p> / <li>, layout tables nested three deep, decomposed Unicode (NFD) text, HTML entities for Vietnamese
letters, a windows-1258 page, lazy images with captions, duplicated phone / desktop blocks). Pages 1-9: NukeViet 3.5,
4.5 and 4.4 under new themes, three '.dcs.vn' templates ('Thi đua - Khen thưởng', 'Kiểm tra - Giám sát', the responsive
2027 template), Liferay DXP 2026.Q1 + ELCOM's and DXP 2025.Q4 + Tinh Vân's news portlets, SharePoint Foundation 2013 +
Hanel's web part. Ordinary items of 2028.
Two pages of this module carry a twist each (page 2: Word's XML settings and DOCUMENT PROPERTIES printed as text at the
top of the pasted text — the Word file's author and its creation day; page 7: the pictures' FILE NAMES printed as their
captions by the portlet, one of them carrying the camera's date)."""
import unicodedata
from html.entities import codepoint2name
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, b64blob, hexid
from .kit import og, jsonld
from .base import page, vb_box, mostread, teaser, other34, WRITERS34
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

MEGA = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các ban xây dựng Đảng", "Tổ chức cơ sở đảng", "Danh bạ điện thoại"]),
    ("Tin tức - Sự kiện", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Mặt trận - Đoàn thể", "Tin địa phương", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Lời Bác dạy ngày này năm xưa", "Cuộc thi"]),
    ("Bảo vệ nền tảng tư tưởng của Đảng", ["Bình luận - Phê phán", "Phản bác quan điểm sai trái", "Cảnh giác", "Tư liệu"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Đảng ủy", "Hướng dẫn nghiệp vụ"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic", "Podcast", "E-magazine", "Tài liệu sinh hoạt chi bộ"]),
    ("Tiện ích", ["Lịch công tác", "Hỏi - đáp", "Thư điện tử công vụ", "Sơ đồ cổng", "Liên hệ"]),
]
MEGA_MASS = [
    ("Giới thiệu", ["Lịch sử truyền thống", "Ban Chấp hành", "Ban Thường trực", "Cơ quan chuyên trách", "Danh bạ"]),
    ("Tin tức", ["Hoạt động", "Tin cơ sở", "Mô hình hay", "Gương điển hình", "Thông báo", "Trong nước"]),
    ("An sinh xã hội", ["Quỹ Vì người nghèo", "Nhà Đại đoàn kết", "Cứu trợ", "Chương trình an sinh"]),
    ("Giám sát - Phản biện", ["Giám sát", "Phản biện xã hội", "Góp ý xây dựng Đảng, chính quyền"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản tỉnh", "Văn bản cơ sở", "Hướng dẫn nghiệp vụ"]),
    ("Thư viện", ["Thư viện ảnh", "Video clip", "Tài liệu sinh hoạt", "Ấn phẩm"]),
]


def heavy_head(rng, url, title, lead, pub, org, author=None, upd=None, gen=None, section=None):
    """The heavy head every page of this set carries: og, inline JSON-LD (dates agree with the expected record), analytics."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": title, "description": lead or title, "datePublished": pub.isoformat(),
          "image": [f"{url.split('/')[0]}//{url.split('/')[2]}/uploads/og/{hexid(rng, 16)}.jpg"],
          "publisher": {"@type": "Organization", "name": org, "logo": {"@type": "ImageObject", "url": "/images/logo.png"}}}
    if upd:
        ld["dateModified"] = upd.isoformat()
    if author:
        ld["author"] = {"@type": "Person", "name": author}
    if section:
        ld["articleSection"] = section
    crumb = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": "/"}] + ([{"@type": "ListItem", "position": 2, "name": section}] if section else [])}
    ana = (f'<script async src="https://analytics.example/gtag/js?id=G-{hexid(rng, 10).upper()}"></script>'
           f'<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag("js",new Date());gtag("config","G-{hexid(rng, 10).upper()}");</script>'
           f'<script>var _paq=window._paq=window._paq||[];_paq.push(["trackPageView"]);_paq.push(["enableLinkTracking"]);(function(){{var u="https://stats.example/";_paq.push(["setTrackerUrl",u+"matomo.php"]);_paq.push(["setSiteId","{rng.randint(2, 90)}"]);}})();</script>')
    g = f'<meta name="generator" content="{esc(gen, True)}" />' if gen else ""
    return og(title, url, {"og:description": lead or title}) + g + jsonld(ld) + jsonld(crumb) + ana


def bigvs(rng, n=52000, name="__VIEWSTATE"):
    return f'<input type="hidden" name="{name}" id="{name}" value="/wEPDwUK{b64blob(rng, n)}" />'


def thread(items, head="Ý kiến bạn đọc", cls="cmt", form=True, reply=None):
    """A comment thread: (name, stamp, text[, reply]) with nested replies."""
    out = []
    for it in items:
        n, s, t = it[:3]
        r = ""
        if len(it) > 3:
            rn, rs, rt = it[3]
            r = f'<ul class="{cls}-children"><li class="{cls}-item reply"><div class="{cls}-head"><b>{esc(rn)}</b> <span class="time">{esc(rs)}</span></div><p>{esc(rt)}</p></li></ul>'
        out.append(f'<li class="{cls}-item"><div class="{cls}-head"><b>{esc(n)}</b> <span class="time">{esc(s)}</span></div><p>{esc(t)}</p>'
                   f'<a class="{cls}-like" href="#">Thích</a> <a class="{cls}-reply" href="#">Trả lời</a>{r}</li>')
    f = (f'<form class="{cls}-form"><h4>Gửi bình luận</h4><textarea placeholder="Nội dung bình luận"></textarea><input placeholder="Họ và tên" /><input placeholder="Email" />'
         f'<button type="button">Gửi bình luận</button><p class="{cls}-note">Bình luận sẽ được kiểm duyệt trước khi hiển thị.</p></form>') if form else ""
    return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)} ({len(items)})</h3><ul class="{cls}-list">{"".join(out)}</ul>{f}</div>'


def side_heavy(fmt, head="Tin đọc nhiều", cls="most-read", second="Tin mới cập nhật", docs=True, extra="", n=8):
    """A long sidebar: two boxes of other items with their own stamps and writers, featured teasers, documents."""
    def f(rng, p):
        s = mostread(rng, p, fmt, head, cls, n, writers=WRITERS34)
        s += mostread(rng, p, fmt, second, cls + "-2", n, writers=WRITERS34, numbered=False)
        for t, sp in other34(rng, 3):
            s += teaser(rng, t, sp, p - timedelta(days=rng.randint(2, 20), hours=rng.randint(0, 9)), fmt, rng.choice(WRITERS34), cls=cls + "-feat")
        if docs:
            s += vb_box(DOCS, "Văn bản mới", cls + "-vb")
        return s + extra
    return f






# ------------------------------------------------------------------ set 48: the mess of real CMS output
def nfd(s):
    """Text typed with 'Unicode tổ hợp' (decomposed): every precomposed letter as base + combining marks."""
    return unicodedata.normalize("NFD", s)


def ent(s):
    """An editor with entities=true: Latin-1 letters as named entities, the other Vietnamese letters as decimal NCRs
    (markup is ASCII, so the whole HTML string may be passed)."""
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o in codepoint2name:
            out.append(f"&{codepoint2name[o]};")
        else:
            out.append(f"&#{o};")
    return "".join(out)


def msop(t, first=False):
    """A Word paragraph pasted with its markup: MsoNormal, a span with the font, a spacerun &nbsp; run after the first
    sentence, <o:p></o:p> at the end."""
    i = t.find(". ")
    if i > 0 and i < len(t) - 3:
        a, b = t[:i + 1], t[i + 2:]
        inner = (f'{esc(a)}<span style="mso-spacerun:yes">&nbsp; </span>{esc(b)}')
    else:
        inner = esc(t)
    cls = "MsoNormal" if not first else "MsoNormal"
    return (f'<p class="{cls}" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in;line-height:115%">'
            f'<span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;;mso-fareast-font-family:&quot;Times New Roman&quot;">{inner}<o:p></o:p></span></p>')


def fontp(t, face="Arial", size="2"):
    """A paragraph of an old editor: <font> inside <p>, the paragraph left open (no </p>)."""
    return f'<p align="justify"><font face="{face}" size="{size}">{esc(t)}</font>\n'


def openp(t):
    """An unclosed paragraph (the CMS never writes </p>)."""
    return f"<p>{esc(t)}\n"


GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def lazyfig(s, c, n, cls="lazy"):
    """A lazy image (placeholder src, the real address in data-src) with its caption in a figcaption."""
    return (f'<figure class="image"><img class="{cls}" src="{GIF}" data-src="{s}" alt="{esc(c, True)}" width="720" height="480" />'
            f'<noscript><img src="{s}" alt="{esc(c, True)}" /></noscript><figcaption>{esc(c)}</figcaption></figure>')


def lazyp(s, c, n):
    """A lazy image in a centred paragraph, the caption an italic centred paragraph under it."""
    return (f'<p style="text-align:center"><img class="lazyload" src="{GIF}" data-src="{s}" data-srcset="{s} 1x" alt="" /></p>'
            f'<p style="text-align:center"><em>{esc(c)}</em></p>')


def hp(seed, *, kb, **kw):
    """pg() with the set's weight (the everyday page: 100-250 KB)."""
    return pg(seed, kb=kb, min_kb=100, max_kb=260, **kw)


def R(n):
    return __import__("random").Random(n)


MENU_BLIND = [
    ("Giới thiệu", ["Lịch sử Hội", "Ban Chấp hành", "Ban Thường vụ", "Văn phòng Hội", "Hội cơ sở"]),
    ("Tin tức", ["Hoạt động Hội", "Tin cơ sở", "Gương sáng người mù", "Chính sách - Pháp luật"]),
    ("Dạy nghề - Việc làm", ["Xoa bóp bấm huyệt", "Tin học cho người mù", "Việc làm"]),
    ("Văn hóa - Thể thao", ["Chữ nổi Braille", "Văn nghệ", "Cờ vua", "Thể thao"]),
    ("Thư viện", ["Sách nói", "Thư viện ảnh"]),
]


# ===================================================================== 1 Hội Người mù tỉnh Thanh Hóa: NukeViet 3.5 (old three-column table theme), entities for Vietnamese letters, unclosed <p>; a hand-over ceremony
A1 = Art("Trao 40 máy tính cài phần mềm đọc màn hình cho hội viên khiếm thị",
         "Chiều 13/9, Hội Người mù tỉnh phối hợp với Quỹ Bảo trợ trẻ em tỉnh và một doanh nghiệp viễn thông tổ chức trao tặng 40 bộ máy tính có cài phần mềm đọc màn hình tiếng Việt cho hội viên khiếm thị đang học nghề và làm việc tại 12 hội cơ sở.",
         [("p", "Mỗi bộ máy gồm máy tính xách tay, tai nghe và bàn phím có ký hiệu nổi, trị giá khoảng 14 triệu đồng. Tổng giá trị số thiết bị được trao tặng đợt này là 560 triệu đồng."),
          ("p", "Trước khi nhận máy, 40 hội viên đã tham gia lớp tin học căn bản dành cho người mù do Văn phòng Hội tổ chức trong 3 tháng, học cách soạn thảo văn bản, tra cứu thông tin, sử dụng thư điện tử và các ứng dụng thanh toán trực tuyến."),
          ("img", "/uploads/news/2028_09/trao-may-tinh-hoi-vien.jpg", "Đại diện nhà tài trợ trao máy tính cho hội viên khiếm thị"),
          ("p", "Anh Lê Văn Cường, hội viên Hội Người mù xã Nga Sơn, chia sẻ: “Có máy tính, tôi có thể tự đọc tin tức, nhận đặt lịch xoa bóp của khách qua mạng mà không phải nhờ người khác”."),
          ("p", "Phát biểu tại buổi lễ, ông Mai Xuân Hùng, Chủ tịch Hội Người mù tỉnh, cảm ơn các nhà tài trợ và đề nghị hội viên sử dụng hiệu quả thiết bị để học tập, tìm kiếm việc làm, nâng cao thu nhập."),
          ("p", "Năm 2028, Hội phấn đấu có thêm 120 hội viên được học tin học và 60 hội viên được dạy nghề xoa bóp bấm huyệt.")])


def page01():
    pub = T("2028-09-14 15:20")
    site = "https://hoinguoimu.thanhhoa.org.vn"
    url = f"{site}/news/Hoat-dong-Hoi/Trao-40-may-tinh-cai-phan-mem-doc-man-hinh-cho-hoi-vien-khiem-thi-1127/"
    today = pub + timedelta(days=1, hours=4)
    lead_img = ("/uploads/news/2028_09/quang-canh-le-trao-tang.jpg", "Quang cảnh buổi lễ trao tặng")

    def main(rng, rl, rd):
        body = ent(A1.render(p=openp, img=lambda s, c, n: f'<p align="center"><img src="{s}" width="500" alt="" /></p><p align="center"><em>{esc(c)}</em>\n', sep="\n"))
        rel = "".join(f'<li><a href="{site}/news/Hoat-dong-Hoi/{slug(t)[:50]}-{1090 + i}/">{esc(t)}</a> <span class="date">({dmy(d)})</span>\n' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div id="news_detail"><h1>{esc(A1.title)}</h1>'
                f'<span class="time">{wd(pub, lower=True).replace("thứ", "Thứ")}, {dmy(pub)}, {hm(pub)}</span>'
                f'<div class="control"><ul><li><a class="sendmail" href="#" title="Gửi bài viết qua email">Gửi bài viết</a></li><li><a class="print" href="{site}/news/print/Hoat-dong-Hoi/1127/" title="In ra">In ra</a></li>'
                f'<li><a class="savefile" href="{site}/news/savefile/Hoat-dong-Hoi/1127/" title="Lưu bài viết này">Lưu bài viết này</a></li></ul></div><div class="clear"></div>'
                f'<div id="hometext"><div id="imghome" class="fl"><a href="{lead_img[0]}" rel="shadowbox"><img src="{lead_img[0]}" width="180" alt="" /></a><p><em>{ent(esc(lead_img[1]))}</em></p></div>'
                f'<p>{ent(esc(A1.lead))}</p></div><div class="clear"></div>'
                f'<div class="bodytext">{body}</div>'
                f'<p style="text-align:right"><strong>Tác giả: </strong>{ent("Lê Thị Ngọc Mai")}</p><p style="text-align:right"><strong>Nguồn tin: </strong>Văn phòng Hội Người mù tỉnh</p>'
                f'<div class="rating"><strong>Đánh giá bài viết</strong> <span class="stars">☆☆☆☆☆</span> Tổng số điểm là: 0 trong 0 đánh giá</div>'
                f'<div class="keywords"><strong>Từ khóa:</strong> <a href="{site}/news/tag/may-tinh/">máy tính</a>, <a href="{site}/news/tag/nguoi-mu/">người mù</a></div>'
                f'<div class="other_news"><h4>Các tin khác</h4><ul class="related">{rel}</ul></div></div>')

    side = lambda rng, p: (side_heavy(lambda d: f"{dmy(d)}", "Tin mới", "nv35-new", second="Xem nhiều", n=6)(rng, p)
                           + '<div class="nv35-counter"><h3>Thống kê truy cập</h3><p>Đang truy cập: 14</p><p>Hôm nay: 321</p><p>Tổng lượt truy cập: 1.209.554</p></div>')
    return hp("s48-01", family="blind_association_nukeviet35_old_theme_entities_unclosed_p",
              name="thanhhoa-hoinguoimu-nukeviet35-three-column-table-theme-news-detail-h1-span-time-weekday-dd-mm-yyyy-hh-mm-control-links-imghome-em-caption-hometext-entities-unclosed-p-tac-gia-nguon-tin-rating-cac-tin-khac",
              url=url, art=A1, main_fn=main, pub=pub, prefix="nv35", kb=126,
              org="Hội Người mù tỉnh Thanh Hóa", addr="Phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.640",
              crumbs=f'<div class="breadcrumbs"><a href="{site}/">Trang nhất</a> » <a href="{site}/news/">Tin tức</a> » <a href="{site}/news/Hoat-dong-Hoi/">Hoạt động Hội</a></div>',
              top=banner("/themes/hoinguoimu/images/header.jpg", "Hội Người mù tỉnh Thanh Hóa"), side=side,
              shell_kw={"layout": "nv35_hnm", "head_extra": og(A1.title, url, {"og:description": A1.lead}) + '<meta name="generator" content="NukeViet v3.5" />',
                        "items": MENU_BLIND, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A1, iso(pub), author="Lê Thị Ngọc Mai", category="Hoạt động Hội", captions=[lead_img[1]] + A1.captions),
              traps={"controls": ["Gửi bài viết", "In ra", "Lưu bài viết này"], "source": ["Văn phòng Hội Người mù tỉnh"], "rating": ["Đánh giá bài viết", "Tổng số điểm là: 0 trong 0 đánh giá"],
                     "after_text": ["Từ khóa:", "Các tin khác"], "counter": ["Tổng lượt truy cập: 1.209.554"], "related": lambda rl: rl[:6]},
              notes="NukeViet 3.5 under a blind association's old theme (a three-column TABLE layout, #news_detail, span.time, div.control with the send / print / save links, #hometext with #imghome floated left and its <em> caption, div.bodytext, right-aligned 'Tác giả:' / 'Nguồn tin:', rating, keywords, ul.related 'Các tin khác' with '(dd/mm/yyyy)' dates), a right column of other items with their days and writers, a visit counter. The editor stored the text with entities=true: EVERY Vietnamese letter of the hometext, the text and the captions is an entity (named for Latin-1 letters, '&ecirc;', '&agrave;' …; decimal NCRs for the others, '&#7871;', '&#273;' …), and it never closes a <p>. A hand-over ceremony. 'Thứ năm, 14/09/2028, 15:20' → published 2028-09-14T15:20. The hometext (lead) follows the lead picture, whose caption 'Quang cảnh buổi lễ trao tặng' is the first caption. 'Tác giả: Lê Thị Ngọc Mai' → author; 'Nguồn tin: Văn phòng Hội Người mù tỉnh' is a source (set 13: no unit). Category 'Hoạt động Hội' (the crumb's last level). The quoted member and the chairman are subjects.",
              readme="NukeViet 3.5 under a blind association's old table theme, a hand-over ceremony: 'Thứ năm, dd/mm/yyyy, HH:MM', #imghome with its <em> caption, the hometext, EVERY Vietnamese letter an HTML entity (named + decimal NCRs), <p> never closed, 'Tác giả:' + 'Nguồn tin:' (no unit), rating, 'Các tin khác'")


# ===================================================================== 2 Đảng ủy Công an tỉnh Nghệ An: NukeViet 4.5 under a police Party committee theme; Word-pasted text; TWIST Word's XML and document properties printed as text
A2 = Art("Đảng ủy Công an tỉnh sơ kết công tác xây dựng Đảng 9 tháng đầu năm 2028",
         "Ngày 19/9, Đảng ủy Công an tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2028. Đồng chí Bí thư Đảng ủy, Giám đốc Công an tỉnh chủ trì hội nghị.",
         [("p", "Chín tháng qua, Đảng ủy Công an tỉnh đã lãnh đạo triển khai đồng bộ các mặt công tác. Công tác giáo dục chính trị tư tưởng được chú trọng; 100% chi bộ tổ chức sinh hoạt chuyên đề theo hướng dẫn, gắn với thực hiện các phong trào thi đua của lực lượng."),
          ("p", "Công tác tổ chức, cán bộ được thực hiện chặt chẽ, đúng quy trình. Đảng ủy đã kiện toàn 7 chi bộ sau sắp xếp đơn vị, kết nạp 46 đảng viên mới, chuyển đảng chính thức cho 52 đồng chí; cấp ủy các cấp kiểm tra 38 tổ chức đảng và 112 đảng viên."),
          ("img", "/uploads/news/2028_09/hoi-nghi-so-ket-9-thang-dang-uy-cong-an-tinh.jpg", "Quang cảnh hội nghị sơ kết"),
          ("p", "Việc đánh giá chất lượng sinh hoạt chi bộ được thực hiện hằng quý thông qua phần mềm quản lý đảng viên. Nhiều chi bộ đổi mới cách sinh hoạt, lựa chọn các vấn đề khó, vướng mắc của đơn vị để thảo luận, đề ra giải pháp."),
          ("p", "Hội nghị chỉ ra một số hạn chế: việc quản lý đảng viên ở nơi cư trú có lúc chưa chặt chẽ; một số chi bộ chậm cập nhật dữ liệu đảng viên lên phần mềm."),
          ("p", "Kết luận hội nghị, đồng chí Bí thư Đảng ủy yêu cầu các cấp ủy tập trung lãnh đạo hoàn thành toàn diện nhiệm vụ năm 2028; chuẩn bị tốt việc kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên cuối năm; tiếp tục nâng cao chất lượng sinh hoạt chi bộ.")])

WORDXML = ('<xml><o:DocumentProperties><o:Author>Nguyễn Văn Thành</o:Author><o:LastAuthor>PC08-TUYENGIAO</o:LastAuthor><o:Revision>4</o:Revision><o:TotalTime>38</o:TotalTime>'
           '<o:Created>2028-09-18T01:20:00Z</o:Created><o:LastSaved>2028-09-19T07:05:00Z</o:LastSaved><o:Pages>2</o:Pages><o:Words>684</o:Words><o:Characters>3901</o:Characters>'
           '<o:Company>Microsoft</o:Company><o:Lines>32</o:Lines><o:Paragraphs>9</o:Paragraphs><o:CharactersWithSpaces>4576</o:CharactersWithSpaces><o:Version>16.00</o:Version></o:DocumentProperties></xml>'
           '<xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:TrackMoves/><w:TrackFormatting/><w:PunctuationKerning/><w:ValidateAgainstSchemas/>'
           '<w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid><w:IgnoreMixedContent>false</w:IgnoreMixedContent><w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>'
           '<w:DoNotPromoteQF/><w:LidThemeOther>EN-US</w:LidThemeOther><w:LidThemeAsian>X-NONE</w:LidThemeAsian><w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>'
           '<w:Compatibility><w:BreakWrappedTables/><w:SnapToGridInCell/><w:WrapTextWithPunct/><w:UseAsianBreakRules/><w:DontGrowAutofit/><w:SplitPgBreakAndParaMark/>'
           '<w:EnableOpenTypeKerning/><w:DontFlipMirrorIndents/><w:OverrideTableStyleHps/></w:Compatibility><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
           '<m:brkBinSub m:val="&#45;-"/><m:smallFrac m:val="off"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
           '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr></w:WordDocument></xml>'
           '<xml><w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false" DefSemiHidden="false" DefQFormat="false" DefPriority="99" LatentStyleCount="376">'
           '<w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/><w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>'
           '<w:LsdException Locked="false" Priority="39" UnhideWhenUsed="true" Name="toc 1"/><w:LsdException Locked="false" Priority="22" QFormat="true" Name="Strong"/></w:LatentStyles></xml>'
           '<style>/* Style Definitions */ table.MsoNormalTable {mso-style-name:"Table Normal";mso-tstyle-rowband-size:0;mso-tstyle-colband-size:0;mso-style-noshow:yes;mso-style-priority:99;'
           'mso-style-parent:"";mso-padding-alt:0in 5.4pt 0in 5.4pt;mso-para-margin:0in;mso-pagination:widow-orphan;font-size:10.0pt;font-family:"Times New Roman",serif;}</style>')


def page02():
    pub = T("2028-09-20 16:45")
    site = "https://dangbo.congan.nghean.gov.vn"
    url = f"{site}/news/xay-dung-dang/dang-uy-cong-an-tinh-so-ket-cong-tac-xay-dung-dang-9-thang-dau-nam-2028-4172.html"
    today = pub + timedelta(days=1, hours=1)

    def main(rng, rl, rd):
        body = A2.render(p=msop, img=lambda s, c, n: (f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:14.0pt"><img src="{s}" width="600" alt="" /><o:p></o:p></span></p>'
                                                     f'<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:13.0pt">{esc(c)}<o:p></o:p></span></i></p>'), sep="\n")
        return (f'<div class="news_column panel panel-default ca45-detail"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A2.title)}</h1>'
                f'<div class="row"><div class="col-md-12"><span class="h5">{wd(pub)} - {dmy(pub)} {hm(pub)}</span></div><div class="col-md-12"><ul class="list-inline text-right">'
                f'<li><a class="dimgray" href="#" title="Giới thiệu bài viết cho bạn bè"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" href="#" title="In ra"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="hometext m-bottom"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{WORDXML}{body}'
                f'<p class="MsoNormal" align="right" style="text-align:right"><b><span style="font-size:14.0pt">Thượng úy Lê Minh Tâm - Phòng Công tác đảng và công tác chính trị<o:p></o:p></span></b></p></div>'
                + tags(site, ["xây dựng Đảng", "Công an tỉnh", "sơ kết 9 tháng"]) + sharebar("ca45-share") +
                f'</div></div>' + lst(site, "/news/xay-dung-dang/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} {hm(d)}", cls="news_column related", head="Những tin cũ hơn", start=4100))

    return hp("s48-02", family="police_party_committee_nukeviet45_theme_word_xml_document_properties_as_text",
              name="nghean-danguycongantinh-nukeviet45-police-theme-crumb-xay-dung-dang-h1-weekday-dash-dd-mm-yyyy-hh-mm-bold-hometext-word-pasted-msonormal-o-p-spacerun-word-xml-settings-and-document-properties-visible-rank-name-dash-unit",
              url=url, art=A2, main_fn=main, pub=pub, prefix="ca45", kb=168,
              org="Đảng ủy Công an tỉnh Nghệ An", addr="Phường Trường Vinh, tỉnh Nghệ An", phone="069.2808.114",
              crumbs=crumbs_of(site, ["Tin tức", "Xây dựng Đảng"]), top=banner("/themes/ca45/images/banner.png", "Trang thông tin điện tử Đảng bộ Công an tỉnh Nghệ An"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Tin đọc nhiều", "ca45-most", second="Tin mới", n=6),
              shell_kw={"layout": "nv45_cat", "head_extra": heavy_head(R(2), url, A2.title, A2.lead, pub, "Đảng ủy Công an tỉnh Nghệ An", gen="NukeViet v4.5", section="Xây dựng Đảng"),
                        "items": MEGA, "left": f"{wd(today)}, {dmy(today)} | Đường dây nóng: 069.2808.114"},
              exp=expected_(A2, iso(pub), author="Lê Minh Tâm", unit="Phòng Công tác đảng và công tác chính trị", category="Xây dựng Đảng"),
              traps={"word_xml": ["Normal 0 false false false", "EN-US X-NONE X-NONE", "Nguyễn Văn Thành", "PC08-TUYENGIAO", "2028-09-18T01:20:00Z", "2028-09-19T07:05:00Z"],
                     "rank": ["Thượng úy"], "after_text": ["Những tin cũ hơn", "Chia sẻ:"], "related": lambda rl: rl[:6]},
              notes="NukeViet 4.5 under a provincial police Party committee's vendor theme (red-and-gold header, full-width menu, the right column of other items with stamps and writers, teasers, documents; JSON-LD and analytics). A nine-month review conference. 'Thứ Tư - 20/09/2028 16:45' → published 2028-09-20T16:45. Bold hometext (lead). The text is PASTED FROM WORD with its markup (p.MsoNormal, span lang=VI with the font, mso-spacerun '&nbsp; ' runs, <o:p></o:p>, an image paragraph and an italic caption paragraph). TWIST: the editor's paste kept Word's XML islands but the CMS's filter stripped the conditional-comment markers around them ('<!--[if gte mso 9]>' … '<![endif]-->'), so the browser PRINTS their text at the top of #news-bodyhtml: the DocumentProperties — 'Nguyễn Văn Thành PC08-TUYENGIAO 4 38 2028-09-18T01:20:00Z 2028-09-19T07:05:00Z 2 684 3901 Microsoft 32 9 4576 16.00' (the Word file's author, last editor's machine, revision, minutes, CREATED and LAST-SAVED moments in UTC, counts) — and the WordDocument settings 'Normal 0 false false false EN-US X-NONE X-NONE'. None of it is text: not body (the body starts at 'Chín tháng qua'), 'Nguyễn Văn Thành' is whoever owned the Word licence, not the author, and the two ISO moments (the file's creation two days before, its last save the day before) are not stamps. A reader keeping the first text of the body, or mining the document's metadata for an author and a date, stores a wrong author, a wrong day and a junk first paragraph. The bold right signature 'Thượng úy Lê Minh Tâm - Phòng Công tác đảng và công tác chính trị' → author 'Lê Minh Tâm' (the rank dropped, set 26/38), unit 'Phòng Công tác đảng và công tác chính trị'. Category 'Xây dựng Đảng'.",
              readme="TWIST NukeViet 4.5 under a police Party committee theme, a nine-month review: 'Thứ Tư - dd/mm/yyyy HH:MM', bold hometext, Word-pasted text (MsoNormal, spacerun &nbsp;, <o:p>) whose XML islands lost their comment markers: Word's DOCUMENT PROPERTIES (the file's author, created / saved moments) and settings ('Normal 0 false false false EN-US X-NONE X-NONE') PRINTED at the top of the text (not body, not author, not a stamp); 'Thượng úy Name - unit' (rank dropped)")


# ===================================================================== 3 Hội Đông y tỉnh Quảng Trị: NukeViet 4.4 under a traditional medicine association theme; NFD text; lazy images
A3 = Art("Lương y Hồ Văn Sáu 20 năm khám, bốc thuốc miễn phí cho người nghèo",
         "Hơn 20 năm nay, phòng chẩn trị của lương y Hồ Văn Sáu, hội viên Chi hội Đông y xã Cam Lộ, mở cửa mỗi sáng Chủ nhật để khám bệnh, bốc thuốc nam miễn phí cho người nghèo, người cao tuổi và gia đình chính sách trong vùng.",
         [("p", "Năm nay đã ngoài 70 tuổi, ông Sáu vẫn giữ nếp dậy từ 5 giờ sáng, tự tay phơi, sao các vị thuốc. Vườn thuốc rộng gần 2.000 m² sau nhà được ông trồng hơn 80 loại cây dược liệu như cà gai leo, xạ đen, đinh lăng, ích mẫu."),
          ("img", "/uploads/news/2028_07/luong-y-ho-van-sau-kham-benh.jpg", "Lương y Hồ Văn Sáu bắt mạch cho người cao tuổi tại phòng chẩn trị"),
          ("p", "Mỗi buổi sáng Chủ nhật, phòng chẩn trị đón từ 30 đến 40 lượt người. Ông chỉ nhận những người có hoàn cảnh khó khăn, người có giấy xác nhận hộ nghèo, cận nghèo; nhiều người ở các xã lân cận cũng tìm đến."),
          ("p", "Bà Trần Thị Liên, 76 tuổi, ở thôn Phú Hậu, kể: “Tôi bị đau khớp nhiều năm, uống thuốc của ông Sáu gần một năm nay thì đi lại đỡ hẳn. Ông không lấy tiền, còn dặn cách ăn uống, tập luyện”."),
          ("img", "/uploads/news/2028_07/vuon-thuoc-nam-cam-lo.jpg", "Vườn thuốc nam của gia đình lương y Hồ Văn Sáu"),
          ("p", "Theo ông Sáu, mỗi năm ông bỏ ra khoảng 60 triệu đồng để mua thêm các vị thuốc bắc cần thiết. Các con ông đều đi làm xa nhưng luôn ủng hộ, gửi tiền về để bố duy trì việc làm ý nghĩa này."),
          ("p", "Năm 2027, lương y Hồ Văn Sáu được Trung ương Hội Đông y Việt Nam tặng Bằng khen vì có nhiều đóng góp trong khám, chữa bệnh nhân đạo. Hội Đông y tỉnh đang nhân rộng mô hình “Phòng chẩn trị nhân đạo” ở các chi hội cơ sở.")])


def page03():
    pub = T("2028-07-07 10:15")
    site = "https://hoidongy.quangtri.org.vn"
    url = f"{site}/news/guong-dien-hinh/luong-y-ho-van-sau-20-nam-kham-boc-thuoc-mien-phi-cho-nguoi-ngheo-862.html"
    today = pub + timedelta(hours=30)

    def main(rng, rl, rd):
        body = nfd(A3.render(p=jp, img=lazyfig, sep="\n"))
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title">{nfd(esc(A3.title))}</h1>'
                f'<div class="dy44-meta"><span class="h5">{wd(pub)} - {dmy(pub)} {hm(pub)}</span> <span class="dy44-hits">Đã xem: 627</span> <span class="dy44-cmt">Phản hồi: 0</span></div>'
                f'<div class="clearfix"><div class="hometext"><strong>{nfd(esc(A3.lead))}</strong></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}'
                f'<p style="text-align:right"><strong>{nfd("Tin, ảnh: Nguyễn Thị Diệu Hiền")}</strong></p></div>'
                + tags(site, ["lương y", "thuốc nam", "khám bệnh nhân đạo"]) + sharebar("dy44-share")
                + f'</div></div>' + lst(site, "/news/guong-dien-hinh/", list(zip(rl[:6], rd)), lambda d: f"({dmy(d)})", cls="news_column related", head="Những tin cũ hơn", start=820))

    services = ('<div class="dy44-services"><h3>Dịch vụ</h3><ul><li><a href="/tra-cuu-duoc-lieu">Tra cứu dược liệu</a></li><li><a href="/phong-chan-tri">Danh sách phòng chẩn trị</a></li>'
                '<li><a href="/dao-tao">Đào tạo y học cổ truyền</a></li></ul></div>')
    return hp("s48-03", family="traditional_medicine_association_nukeviet44_theme_nfd_text_lazy_figures",
              name="quangtri-hoidongy-nukeviet44-green-vendor-theme-crumb-guong-dien-hinh-h1-weekday-dash-dd-mm-yyyy-hh-mm-da-xem-phan-hoi-bold-hometext-nfd-decomposed-text-lazy-data-src-figures-bold-right-tin-anh-name",
              url=url, art=A3, main_fn=main, pub=pub, prefix="dy44", kb=142,
              org="Hội Đông y tỉnh Quảng Trị", addr="Phường Đông Hà, tỉnh Quảng Trị", phone="0233.3852.719",
              crumbs=crumbs_of(site, ["Tin tức", "Gương điển hình"]), top=banner("/themes/dongy44/images/banner.jpg", "Hội Đông y tỉnh Quảng Trị"),
              side=side_heavy(lambda d: f"{dmy(d)}", "Tin mới nhất", "dy44-new", second="Đọc nhiều", n=6, extra=services),
              shell_kw={"layout": "nv44_dongy", "head_extra": heavy_head(R(3), url, A3.title, A3.lead, pub, "Hội Đông y tỉnh Quảng Trị", gen="NukeViet v4.4", section="Gương điển hình"),
                        "items": MENU_MASS, "left": f"{wd(today)}, ngày {dmy(today)}",
                        "scripts": '<script>document.querySelectorAll("img.lazy").forEach(function(i){i.src=i.dataset.src;});</script>'},
              exp=expected_(A3, iso(pub), author="Nguyễn Thị Diệu Hiền", photographer="Nguyễn Thị Diệu Hiền", category="Gương điển hình"),
              traps={"meta": ["Đã xem: 627", "Phản hồi: 0"], "services": ["Tra cứu dược liệu", "Danh sách phòng chẩn trị"], "after_text": ["Những tin cũ hơn", "Chia sẻ:"], "related": lambda rl: rl[:6]},
              notes="NukeViet 4.4 under a traditional medicine association's vendor theme (a green header, a services box, the right column of other items with their days and writers, teasers, documents; JSON-LD and analytics). A good example. The headline, the hometext, the text, the captions and the credit were typed with 'Unicode tổ hợp': the page carries them in DECOMPOSED form (NFD: base letters + combining marks, 'ơ' + U+0300 …) while the menus, the sidebar and the head are precomposed; expected values are NFC. 'Thứ Sáu - 07/07/2028 10:15' → published 2028-07-07T10:15. Bold hometext (lead). Two LAZY figures (a 1x1 GIF in src, the picture in data-src, a <noscript> copy) with figcaptions → two captions. 'Tin, ảnh: Nguyễn Thị Diệu Hiền' → author and photographer. The herbalist and the patient quoted are subjects. Category 'Gương điển hình'.",
              readme="NukeViet 4.4 under a traditional medicine association theme, a herbalist's free clinic: 'Thứ Sáu - dd/mm/yyyy HH:MM' + 'Đã xem' / 'Phản hồi', bold hometext, the item's text in DECOMPOSED Unicode (NFD), lazy figures (data-src + noscript) with figcaptions, 'Tin, ảnh: Name'")


# ===================================================================== 4 Tỉnh ủy Lâm Đồng: the '.dcs.vn' 'Thi đua - Khen thưởng' template ('Bảng vàng' strip); a commendation ceremony with a table
A4 = Art("Tuyên dương 86 tập thể, cá nhân điển hình trong phong trào thi đua giai đoạn 2025 - 2028",
         "Sáng 5/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tuyên dương các tập thể, cá nhân điển hình tiên tiến trong phong trào thi đua của các cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh giai đoạn 2025 - 2028.",
         [("p", "Giai đoạn 2025 - 2028 diễn ra trong bối cảnh tỉnh vừa hợp nhất, tổ chức bộ máy nhiều thay đổi. Các phong trào thi đua được phát động gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, tạo động lực để cán bộ, công chức vượt qua khó khăn, hoàn thành nhiệm vụ."),
          ("p", "Kết quả khen thưởng giai đoạn được tổng hợp như sau:"),
          ("table", [["Hình thức", "Tập thể", "Cá nhân"], ["Bằng khen của Ban Thường vụ Tỉnh ủy", "18", "41"], ["Giấy khen của các đảng ủy trực thuộc", "9", "18"], ["Tổng cộng", "27", "59"]]),
          ("img", "/Uploads/images/2028/10/tuyen-duong-dien-hinh-tien-tien.jpg", "Lãnh đạo Tỉnh ủy trao Bằng khen cho các tập thể có thành tích xuất sắc"),
          ("p", "Tại hội nghị, nhiều điển hình đã chia sẻ cách làm hay, như mô hình “Chi bộ số” của Chi bộ Văn phòng Tỉnh ủy, “Mỗi tuần một việc tốt vì dân” của Hội Cựu chiến binh phường Xuân Hương, “Bữa cơm nghĩa tình” của Hội LHPN xã Đức Trọng."),
          ("p", "Phát biểu kết luận, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị các cơ quan tiếp tục đổi mới công tác thi đua, khen thưởng; phát hiện, bồi dưỡng và nhân rộng điển hình từ cơ sở, tránh hình thức, chạy theo số lượng.")])


def page04():
    pub = T("2028-10-06 09:30")
    site = "https://lamdong.dcs.vn"
    url = f"{site}/thi-dua-khen-thuong/tuyen-duong-86-tap-the-ca-nhan-dien-hinh-trong-phong-trao-thi-dua-giai-doan-2025-2028-c7e4102.html"
    today = pub + timedelta(days=1, hours=6)

    def main(rng, rl, rd):
        tbl = lambda rows: ('<table class="table table-bordered" border="1" cellpadding="5" cellspacing="0" style="width:100%"><tbody>'
                            + "".join("<tr>" + "".join((f"<td><strong>{esc(c)}</strong></td>" if r is rows[0] else f"<td>{esc(c)}</td>") for c in r) + "</tr>" for r in rows) + "</tbody></table>")
        body = A4.render(p=jp, img=lazyp, table=tbl, sep="\n")
        gold = ["Chi bộ Văn phòng Tỉnh ủy", "Hội Cựu chiến binh phường Xuân Hương", "Hội LHPN xã Đức Trọng", "Đồng chí K'Brơi", "Đồng chí Nguyễn Thị Thanh Loan", "Đồng chí Phạm Đức Minh"]
        strip = ('<div class="dcs-td-gold"><h3>Bảng vàng thi đua</h3><ul>' + "".join(f'<li><img src="/Content/thidua/{slug(g)}.jpg" alt="" /><span>{esc(g)}</span></li>' for g in gold) + '</ul></div>')
        return (strip + f'<div class="dcs-article"><div class="dcs-kicker">Thi đua - Khen thưởng</div><h1 class="dcs-title">{esc(A4.title)}</h1>'
                f'<div class="dcs-info"><span class="dcs-date">Ngày xuất bản: {dmy(pub)} {hm(pub)}</span> <span class="dcs-views">Lượt xem: 1.318</span></div>'
                f'<div class="dcs-sapo"><strong>{esc(A4.lead)}</strong></div><div class="dcs-content">{body}'
                f'<p style="text-align:right"><strong>Minh Hạnh - Ban Tuyên giáo và Dân vận Tỉnh ủy</strong></p></div>'
                + sharebar("dcs-share") + f'</div>'
                + lst(site, "/thi-dua-khen-thuong/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} {hm(d)}", cls="dcs-samecat", head="Tin cùng chuyên mục", start=4000))

    return hp("s48-04", family="provincial_party_dcs_thi_dua_khen_thuong_template_gold_board_strip",
              name="lamdong-tinhuy-dcs-thi-dua-khen-thuong-template-bang-vang-strip-kicker-h1-ngay-xuat-ban-dd-mm-yyyy-hh-mm-luot-xem-bold-sapo-table-rows-lazy-centred-caption-bold-right-name-dash-unit",
              url=url, art=A4, main_fn=main, pub=pub, prefix="dcs", kb=188,
              org="Đảng bộ tỉnh Lâm Đồng", addr="Phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", phone="0263.3822.471",
              crumbs=crumbs_of(site, ["Xây dựng Đảng", "Thi đua - Khen thưởng"]), top=banner("/Content/images/banner-lamdong.png", "Báo điện tử Đảng bộ tỉnh Lâm Đồng"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Đọc nhiều", "dcs-most"),
              shell_kw={"layout": "dcs_thidua", "head_extra": heavy_head(R(4), url, A4.title, A4.lead, pub, "Đảng bộ tỉnh Lâm Đồng", section="Thi đua - Khen thưởng"),
                        "items": MEGA, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A4, iso(pub), author="Minh Hạnh", unit="Ban Tuyên giáo và Dân vận Tỉnh ủy", category="Thi đua - Khen thưởng"),
              traps={"gold_board": ["Bảng vàng thi đua", "Đồng chí K'Brơi", "Đồng chí Nguyễn Thị Thanh Loan"], "meta": ["Lượt xem: 1.318"], "after_text": ["Tin cùng chuyên mục"], "related": lambda rl: rl[:6]},
              notes="The '.dcs.vn' platform's 'Thi đua - Khen thưởng' template: a 'Bảng vàng thi đua' strip of honoured collectives and people (portraits with names) over the item, the kicker, the right column of other items with stamps and writers, teasers, documents; JSON-LD, analytics. A commendation conference. 'Ngày xuất bản: 06/10/2028 09:30' → published 2028-10-06T09:30. Bold sapo (lead). A TABLE in the text → one body paragraph per row, cells joined by ' | ' (its header row bold, a total row). One LAZY picture (data-src) with a centred italic caption. Bold right 'Minh Hạnh - Ban Tuyên giáo và Dân vận Tỉnh ủy' → author + unit. The strip's names are not the item's (chrome). Category 'Thi đua - Khen thưởng' (the crumb's last level; the kicker agrees).",
              readme="The '.dcs.vn' 'Thi đua - Khen thưởng' template, a commendation conference: a 'Bảng vàng' strip of names over the item (chrome), 'Ngày xuất bản: dd/mm/yyyy HH:MM', bold sapo, a table (rows as paragraphs), a lazy picture with a centred caption, 'Name - unit'")


# ===================================================================== 5 Tỉnh ủy Hà Tĩnh: the '.dcs.vn' 'Kiểm tra - Giám sát' template (figures box); an inspection
A5 = Art("Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã Thạch Hà",
         "Chiều 18/10, Đoàn kiểm tra số 4 của Ban Thường vụ Tỉnh ủy do đồng chí Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy xã Thạch Hà về việc thực hiện chương trình kiểm tra, giám sát năm 2028.",
         [("p", "Theo báo cáo, từ đầu năm đến nay, Đảng ủy xã Thạch Hà đã ban hành và triển khai chương trình kiểm tra, giám sát năm 2028; kiểm tra 5 tổ chức đảng và 11 đảng viên, giám sát chuyên đề 7 tổ chức đảng. Ủy ban Kiểm tra Đảng ủy xã kiểm tra tài chính đảng tại 14 chi bộ."),
          ("p", "Qua kiểm tra, giám sát, Đảng ủy xã đã kịp thời chấn chỉnh việc thu, nộp đảng phí ở 3 chi bộ, hướng dẫn 2 chi bộ hoàn thiện hồ sơ sinh hoạt chuyên đề."),
          ("img", "/Uploads/images/2028/10/doan-kiem-tra-lam-viec-thach-ha.jpg", "Đoàn kiểm tra làm việc với Ban Thường vụ Đảng ủy xã Thạch Hà"),
          ("p", "Các thành viên đoàn kiểm tra đề nghị Đảng ủy xã làm rõ việc giải quyết đơn thư liên quan đến quản lý đất đai ở hai thôn ven sông và tiến độ xử lý các kiến nghị sau giám sát."),
          ("p", "Kết luận buổi làm việc, trưởng đoàn ghi nhận những kết quả Đảng ủy xã đạt được; đề nghị trong quý IV tập trung kiểm tra, giám sát các lĩnh vực dễ phát sinh sai phạm như đất đai, đầu tư công, quản lý tài chính; nâng cao năng lực đội ngũ cán bộ kiểm tra ở cơ sở.")])


def page05():
    pub = T("2028-10-19 14:50")
    site = "https://hatinh.dcs.vn"
    url = f"{site}/kiem-tra-giam-sat/doan-kiem-tra-cua-ban-thuong-vu-tinh-uy-lam-viec-voi-dang-uy-xa-thach-ha-c3a5518.html"

    def main(rng, rl, rd):
        body = A5.render(p=jp, img=lazyfig, sep="\n")
        return (f'<div class="dcs-article dcs-kt-article"><div class="dcs-kicker">Kiểm tra - Giám sát</div><h1 class="dcs-title">{esc(A5.title)}</h1>'
                f'<div class="dcs-info"><span class="dcs-date">{hm(pub)}, {dmy(pub)}</span> <span class="dcs-views">Lượt xem: 905</span></div>'
                f'<div class="dcs-sapo"><strong>{esc(A5.lead)}</strong></div><div class="dcs-content">{body}'
                f'<p style="text-align:right"><em><strong>Nguyễn Thu Trang (UBKT Tỉnh ủy)</strong></em></p></div>'
                + sharebar("dcs-share") + f'</div>'
                + lst(site, "/kiem-tra-giam-sat/", list(zip(rl[:6], rd)), lambda d: f"{hm(d)}, {dmy(d)}", cls="dcs-samecat", head="Tin khác", start=5400))

    figures = ('<div class="dcs-kt-figures"><h3>Số liệu kiểm tra, giám sát 9 tháng năm 2028</h3><table><tr><td>Tổ chức đảng được kiểm tra</td><td>412</td></tr>'
               '<tr><td>Đảng viên được kiểm tra</td><td>1.207</td></tr><tr><td>Giám sát chuyên đề</td><td>356</td></tr><tr><td>Thi hành kỷ luật đảng viên</td><td>38</td></tr></table>'
               '<p class="src">Nguồn: Ủy ban Kiểm tra Tỉnh ủy, cập nhật 30/09/2028</p></div>')
    return hp("s48-05", family="provincial_party_dcs_kiem_tra_giam_sat_template_figures_box",
              name="hatinh-tinhuy-dcs-kiem-tra-giam-sat-template-figures-box-right-kicker-h1-hh-mm-comma-dd-mm-yyyy-luot-xem-bold-sapo-lazy-figure-italic-bold-right-name-paren-unit-abbreviation",
              url=url, art=A5, main_fn=main, pub=pub, prefix="dcs", kb=172,
              org="Đảng bộ tỉnh Hà Tĩnh", addr="Phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.124",
              crumbs=crumbs_of(site, ["Xây dựng Đảng", "Kiểm tra - Giám sát"]), top=banner("/Content/images/banner-hatinh.png", "Trang thông tin điện tử Đảng bộ tỉnh Hà Tĩnh"),
              side=lambda rng, p: figures + side_heavy(lambda d: f"{hm(d)}, {dmy(d)}", "Đọc nhiều", "dcs-most")(rng, p),
              shell_kw={"layout": "dcs_kiemtra", "head_extra": heavy_head(R(5), url, A5.title, A5.lead, pub, "Đảng bộ tỉnh Hà Tĩnh", section="Kiểm tra - Giám sát"),
                        "items": MEGA, "left": "Cổng thông tin điện tử Đảng bộ tỉnh Hà Tĩnh"},
              exp=expected_(A5, iso(pub), author="Nguyễn Thu Trang", unit="UBKT Tỉnh ủy", category="Kiểm tra - Giám sát"),
              traps={"figures": ["Số liệu kiểm tra, giám sát 9 tháng năm 2028", "Nguồn: Ủy ban Kiểm tra Tỉnh ủy, cập nhật 30/09/2028", "Thi hành kỷ luật đảng viên"], "meta": ["Lượt xem: 905"],
                     "after_text": ["Tin khác"], "related": lambda rl: rl[:6]},
              notes="The '.dcs.vn' platform's 'Kiểm tra - Giám sát' template: a FIGURES box of the provincial inspection commission at the top of the right column ('Số liệu kiểm tra, giám sát 9 tháng năm 2028', a small table, its own 'cập nhật 30/09/2028' — a widget's day, set 32), then other items with stamps and writers, teasers, documents; JSON-LD, analytics. An inspection at a commune. '14:50, 19/10/2028' (time first) → published 2028-10-19T14:50. Bold sapo (lead); one LAZY figure with a figcaption. Italic bold right 'Nguyễn Thu Trang (UBKT Tỉnh ủy)' → author + unit 'UBKT Tỉnh ủy' (the abbreviation as printed). Category 'Kiểm tra - Giám sát'.",
              readme="The '.dcs.vn' 'Kiểm tra - Giám sát' template, an inspection at a commune: a figures box with its own 'cập nhật' day on the right (a widget), 'HH:MM, dd/mm/yyyy', bold sapo, a lazy figure, 'Name (UBKT Tỉnh ủy)'")


# ===================================================================== 6 Tỉnh ủy Cao Bằng: the '.dcs.vn' responsive 2027 template (phone and desktop copies of the meta row and share bar); a brief, no sapo
A6 = Art("Cao Bằng: Hơn 1.200 đảng viên học tập chuyên đề năm 2028 qua nền tảng số",
         None,
         [("p", "Ngày 4/10, Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết, sau hai tuần triển khai, đã có 1.236 đảng viên ở 56 xã, phường hoàn thành việc học tập chuyên đề năm 2028 trên nền tảng học tập trực tuyến của Tỉnh ủy."),
          ("p", "Đảng viên đăng nhập bằng tài khoản định danh điện tử, nghe giảng qua video, làm bài thu hoạch trực tuyến; kết quả được gửi về chi bộ để đánh giá. Với đảng viên cao tuổi, ở vùng sâu, các chi bộ tiếp tục tổ chức học tập trực tiếp."),
          ("p", "Dự kiến đến cuối tháng 11/2028, toàn tỉnh có trên 70% đảng viên hoàn thành học tập chuyên đề trên nền tảng số.")])


def page06():
    pub = T("2028-10-05 07:50")
    site = "https://caobang.dcs.vn"
    url = f"{site}/tin-van/cao-bang-hon-1200-dang-vien-hoc-tap-chuyen-de-nam-2028-qua-nen-tang-so-c2f7730.html"

    def main(rng, rl, rd):
        body = A6.render(p=jp, sep="\n")
        meta = f'<span class="dcs27-author">Thu Hà</span> <span class="dcs27-dot">·</span> <span class="dcs27-date">{wd(pub)}, {dmy(pub)} {hm(pub)}</span>'
        return (f'<article class="dcs27-article"><div class="dcs27-label">Tin vắn</div><h1 class="dcs27-title">{esc(A6.title)}</h1>'
                f'<div class="dcs27-meta d-lg-none">{meta}</div><div class="dcs27-meta d-none d-lg-flex">{meta} <span class="dcs27-views">1.044 lượt xem</span> '
                f'<a href="#" class="dcs27-listen">Nghe đọc bài</a></div>'
                f'<div class="dcs27-share d-lg-none">{sharebar("dcs27-sh")}</div>'
                f'<div class="dcs27-content">{body}</div>'
                f'<div class="dcs27-share d-none d-lg-block">{sharebar("dcs27-sh")}</div></article>'
                + lst(site, "/tin-van/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} {hm(d)}", cls="dcs27-more", head="Tin vắn khác", start=7700))

    return hp("s48-06", family="provincial_party_dcs_responsive_2027_template_phone_desktop_meta_copies_brief",
              name="caobang-tinhuy-dcs-responsive-2027-template-tin-van-label-h1-author-dot-weekday-dd-mm-yyyy-hh-mm-printed-twice-phone-and-desktop-share-bar-twice-no-sapo-brief",
              url=url, art=A6, main_fn=main, pub=pub, prefix="dcs27", kb=134,
              org="Đảng bộ tỉnh Cao Bằng", addr="Phường Thục Phán, tỉnh Cao Bằng", phone="0206.3852.120",
              crumbs=crumbs_of(site, ["Tin tức", "Tin vắn"]), top=banner("/Content/images/banner-caobang.png", "Trang thông tin điện tử Đảng bộ tỉnh Cao Bằng"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Đọc nhiều", "dcs27-most", n=6),
              shell_kw={"layout": "dcs_r27", "head_extra": heavy_head(R(6), url, A6.title, A6.title, pub, "Đảng bộ tỉnh Cao Bằng", author="Thu Hà", section="Tin vắn"),
                        "items": MEGA, "left": "Cổng thông tin điện tử Đảng bộ tỉnh Cao Bằng"},
              exp=expected_(A6, iso(pub), author="Thu Hà", category="Tin vắn", lead=None),
              traps={"meta": ["1.044 lượt xem", "Nghe đọc bài"], "after_text": ["Tin vắn khác", "Chia sẻ:"], "related": lambda rl: rl[:6]},
              notes="The '.dcs.vn' platform's RESPONSIVE 2027 template: the meta row (writer · 'Thứ Năm, 05/10/2028 07:50') is printed TWICE, once for phones (d-lg-none) and once for desktops (d-none d-lg-flex, with the view count and a 'Nghe đọc bài' link), and the share bar twice (before the text for phones, after it for desktops); one record: one author, one stamp. A BRIEF ('Tin vắn' label): no sapo → lead null, three paragraphs of body. Author 'Thu Hà' (the unlabelled name in the meta row, set 27; the JSON-LD agrees). Published 2028-10-05T07:50. Category 'Tin vắn' (the crumb's last level: the section of briefs; the label over the h1 agrees).",
              readme="The '.dcs.vn' responsive 2027 template, a brief: the meta row 'Name · weekday, dd/mm/yyyy HH:MM' printed twice (phone + desktop copies) and the share bar twice, no sapo (lead null)")


# ===================================================================== 7 Liên đoàn Lao động tỉnh Đồng Nai: Liferay DXP 2026.Q1 + ELCOM's news portlet; TWIST the pictures' FILE NAMES printed as captions
A7 = Art("Hơn 600 công nhân tham gia Hội thao công nhân lao động các khu công nghiệp",
         "Sáng 13/8, tại Nhà văn hóa công nhân Amata, Công đoàn các khu công nghiệp tỉnh khai mạc Hội thao công nhân lao động năm 2028 với sự tham gia của hơn 600 vận động viên đến từ 48 công đoàn cơ sở.",
         [("p", "Hội thao diễn ra trong hai ngày cuối tuần với 6 môn thi đấu: bóng đá nam, kéo co, cầu lông, bóng bàn, chạy việt dã và cờ tướng. Các trận đấu được bố trí ngoài giờ làm việc để công nhân các ca đều có thể tham gia cổ vũ."),
          ("img", "/documents/35104/0/IMG_20280813_073512.jpg", None),
          ("p", "Phát biểu khai mạc, ông Trịnh Văn Nghĩa, Chủ tịch Công đoàn các khu công nghiệp tỉnh, cho biết hội thao là dịp để công nhân rèn luyện sức khỏe, giao lưu, gắn bó với doanh nghiệp; đồng thời là hoạt động thiết thực hưởng ứng Tháng Công nhân."),
          ("img", "/documents/35104/0/z5812046237190_4c1e9b7a2d6f8e03b5a1c9d7e2f4b6a8.jpg", None),
          ("p", "Chị Lê Thị Kiều Oanh, công nhân Công ty TNHH Điện tử Tân Phát, vận động viên đội kéo co nữ, chia sẻ: “Chị em trong tổ tập luyện sau giờ tan ca suốt ba tuần, ai cũng háo hức. Thắng thua không quan trọng, vui nhất là được gặp gỡ công nhân các công ty bạn”."),
          ("img", "/documents/35104/0/keo-co-nu-hoi-thao-cong-nhan.jpg", "Phần thi kéo co nữ thu hút đông đảo công nhân cổ vũ"),
          ("p", "Ban tổ chức đã trao 24 bộ huy chương và 6 giải toàn đoàn. Công đoàn Công ty TNHH Giày Phú Hưng giành giải Nhất toàn đoàn.")])

FN1 = "IMG_20280813_073512.jpg"
FN2 = "z5812046237190_4c1e9b7a2d6f8e03b5a1c9d7e2f4b6a8.jpg"


def page07():
    pub = T("2028-08-14 08:10")
    site = "https://congdoan.dongnai.gov.vn"
    url = f"{site}/web/ldld/tin-chi-tiet/-/elcom/news/hon-600-cong-nhan-tham-gia-hoi-thao-cong-nhan-lao-dong-cac-khu-cong-nghiep-61784"

    def img(s, c, n):
        shown = c if c else s.rsplit("/", 1)[1]
        return (f'<div class="el-news-image"><img class="lazy" src="{GIF}" data-src="{s}" alt="{esc(shown, True)}" />'
                f'<p class="el-news-image-desc">{esc(shown)}</p></div>')

    def main(rng, rl, rd):
        body = A7.render(p=jp, img=img, sep="\n")
        return (f'<div class="el-news-detail"><h1 class="el-news-title">{esc(A7.title)}</h1>'
                f'<div class="el-news-meta"><span class="el-date"><i class="icon-calendar"></i> Ngày đăng: {dmy(pub)} - {hm(pub)}</span> <span class="el-views"><i class="icon-eye-open"></i> 736</span>'
                f'<span class="el-tools"><a href="#" class="el-print">In bài viết</a> <a href="#" class="el-font-down">A-</a> <a href="#" class="el-font-up">A+</a></span></div>'
                f'<div class="el-news-sapo"><strong>{esc(A7.lead)}</strong></div><div class="el-news-content journal-content-article">{body}'
                f'<p style="text-align:right"><strong>Bài, ảnh: Võ Hoàng Phúc</strong></p></div>'
                + sharebar("el-share") + f'</div>'
                + lst(site, "/web/ldld/tin-chi-tiet/-/elcom/news/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} - {hm(d)}", cls="el-news-other", head="Tin khác", ext="", start=61700))

    return hp("s48-07", family="labour_federation_liferay2026q1_elcom_news_portlet_file_names_as_captions",
              name="dongnai-liendoanlaodong-liferay-dxp-2026q1-elcom-news-portlet-h1-ngay-dang-dd-mm-yyyy-dash-hh-mm-views-tools-bold-sapo-lazy-images-image-desc-falls-back-to-file-name-bai-anh-name-tin-khac",
              url=url, art=A7, main_fn=main, pub=pub, prefix="el26", kb=176,
              org="Liên đoàn Lao động tỉnh Đồng Nai", addr="Phường Trấn Biên, tỉnh Đồng Nai", phone="0251.3822.410",
              crumbs=crumbs_of(site, ["Tin tức - Sự kiện", "Hoạt động công đoàn"]), top=banner("/o/elcom-theme/images/banner-ldld.png", "Liên đoàn Lao động tỉnh Đồng Nai"),
              side=side_heavy(lambda d: f"{dmy(d)} - {hm(d)}", "Tin đọc nhiều", "el26-most", second="Tin mới"),
              shell_kw={"layout": "lr26q1elcom", "head_extra": heavy_head(R(7), url, A7.title, A7.lead, pub, "Liên đoàn Lao động tỉnh Đồng Nai", gen="Liferay DXP 2026.Q1", section="Hoạt động công đoàn"),
                        "items": MEGA_MASS, "left": "Cổng thông tin điện tử Liên đoàn Lao động tỉnh Đồng Nai"},
              exp=expected_(A7, iso(pub), author="Võ Hoàng Phúc", photographer="Võ Hoàng Phúc", category="Hoạt động công đoàn", captions=["Phần thi kéo co nữ thu hút đông đảo công nhân cổ vũ"]),
              traps={"file_names": [FN1, FN2], "meta": ["In bài viết"], "after_text": ["Tin khác", "Sao chép liên kết"], "related": lambda rl: rl[:6]},
              notes="Liferay DXP 2026.Q1 with a vendor theme and ELCOM's news detail portlet (elcom_news_detail): h1, 'Ngày đăng: 14/08/2028 - 08:10' with a view count and tools → published 2028-08-14T08:10; bold sapo (lead); three LAZY pictures (data-src), each followed by p.el-news-image-desc — the portlet prints the picture's description and, when the editor left it empty, FALLS BACK TO THE DOCUMENT'S TITLE, which Liferay's Documents and Media set to the uploaded FILE NAME. TWIST: under the first two pictures the page therefore prints 'IMG_20280813_073512.jpg' (a phone camera's file name: the picture was taken on 13/08/2028 at 07:35:12, the morning of the event, the day before the item) and 'z5812046237190_4c1e9b7a2d6f8e03b5a1c9d7e2f4b6a8.jpg' (a picture saved from Zalo) in the caption slot. A file name describes nothing: no caption, and the camera's moment is no stamp (set 44: a picture's capture stamp is never a stamp). Only the third picture's description 'Phần thi kéo co nữ thu hút đông đảo công nhân cổ vũ' is a caption. A reader taking every image-desc as a caption stores two file names among the captions (and one reading dates from them may date the item 13/08, 07:35). 'Bài, ảnh: Võ Hoàng Phúc' → author and photographer. The chairman and the worker quoted are subjects. Category 'Hoạt động công đoàn' (crumb).",
              readme="TWIST Liferay DXP 2026.Q1 + ELCOM's news portlet, a workers' sports day: 'Ngày đăng: dd/mm/yyyy - HH:MM', bold sapo, three lazy pictures whose description slot FALLS BACK TO THE FILE NAME ('IMG_20280813_073512.jpg', a Zalo 'z58…jpg': NOT captions, the camera's date NO stamp), one real caption, 'Bài, ảnh: Name'")


# ===================================================================== 8 Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang: Liferay DXP 2025.Q4 + Tinh Vân's news portlet; a monthly briefing conference
A8 = Art("Hội nghị báo cáo viên tháng 10: Thông tin chuyên đề về chuyển đổi số cấp xã",
         "Ngày 10/10, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị báo cáo viên tháng 10/2028 theo hình thức trực tiếp kết hợp trực tuyến đến 124 điểm cầu xã, phường trong tỉnh.",
         [("p", "Tại hội nghị, lãnh đạo Sở Khoa học và Công nghệ thông tin chuyên đề về kết quả chuyển đổi số cấp xã sau ba năm vận hành chính quyền địa phương hai cấp. Đến nay, 100% xã, phường đã kết nối hệ thống họp trực tuyến; tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 74%."),
          ("img", "/documents/20126/0/hoi-nghi-bao-cao-vien-thang-10.jpg", "Các đại biểu dự hội nghị tại điểm cầu tỉnh"),
          ("p", "Báo cáo viên cũng được thông tin về tình hình kinh tế - xã hội 9 tháng đầu năm của tỉnh, một số vấn đề dư luận quan tâm và định hướng tuyên truyền các sự kiện chính trị trong quý IV."),
          ("p", "Đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị đội ngũ báo cáo viên các cấp chủ động nắm bắt tình hình tư tưởng ở cơ sở, kịp thời phản ánh những vấn đề mới nảy sinh; sử dụng hiệu quả các nền tảng mạng xã hội trong tuyên truyền.")])


def page08():
    pub = T("2028-10-10 14:30")
    site = "https://tuyengiaodanvan.tuyenquang.dcs.vn"
    url = f"{site}/web/btgdv/chi-tiet-tin/-/tv-news/hoi-nghi-bao-cao-vien-thang-10-thong-tin-chuyen-de-ve-chuyen-doi-so-cap-xa-28711"

    def main(rng, rl, rd):
        body = A8.render(p=jp, img=fig, sep="\n")
        return (f'<div class="portlet-header"><h2 class="portlet-title-text">Chi tiết tin</h2></div>'
                f'<div class="tv-news-detail"><div class="tv-news-title">{esc(A8.title)}</div>'
                f'<div class="tv-news-date">{wd(pub)}, ngày {dmy(pub)} {hm(pub)}</div>'
                f'<div class="tv-news-social"><a href="#" class="mail_icon">Email</a> <a href="#" id="decreaseText">A-</a> <a href="#" id="increaseText">A+</a> <button class="article-audio">Đọc bài</button></div>'
                f'<div class="tv-news-sapo"><span class="assetdesc-text">{esc(A8.lead)}</span></div>'
                f'<div class="journal-content-article">{body}</div>'
                f'<div class="asset-metadata"><span class="metadata-entry metadata-author">Tác giả: Ma Thị Hằng</span> <span class="metadata-entry metadata-source">Nguồn: Ban Tuyên giáo và Dân vận Tỉnh ủy</span></div>'
                + sharebar("tv-share") + f'</div>'
                + lst(site, "/web/btgdv/chi-tiet-tin/-/tv-news/", list(zip(rl[:6], rd)), lambda d: f"({dmy(d)})", cls="tv-news-other", head="Các tin đã đưa", ext="", start=28600))

    return hp("s48-08", family="propaganda_mass_mobilisation_board_liferay2025q4_tinhvan_news_portlet",
              name="tuyenquang-bantuyengiaodanvan-liferay-dxp-2025q4-tinhvan-news-portlet-generic-portlet-title-div-title-weekday-ngay-dd-mm-yyyy-hh-mm-social-tools-sapo-span-figure-asset-metadata-tac-gia-nguon-cac-tin-da-dua",
              url=url, art=A8, main_fn=main, pub=pub, prefix="tv25", kb=158,
              org="Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang", addr="Phường Minh Xuân, tỉnh Tuyên Quang", phone="0207.3822.315",
              crumbs=crumbs_of(site, ["Tin tức", "Tin hoạt động"]), top=banner("/o/tv-theme/images/banner.png", "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"),
              side=side_heavy(lambda d: f"({dmy(d)})", "Tin nổi bật", "tv25-hot"),
              shell_kw={"layout": "lr25q4tv", "head_extra": heavy_head(R(8), url, A8.title, A8.lead, pub, "Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang", gen="Liferay DXP 2025.Q4", section="Tin hoạt động"),
                        "items": MEGA, "left": "Trang thông tin điện tử Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"},
              exp=expected_(A8, iso(pub), author="Ma Thị Hằng", category="Tin hoạt động"),
              traps={"portlet": ["Chi tiết tin"], "tools": ["Đọc bài"], "source": ["Nguồn: Ban Tuyên giáo và Dân vận Tỉnh ủy"], "after_text": ["Các tin đã đưa", "Chia sẻ:"], "related": lambda rl: rl[:6]},
              notes="Liferay DXP 2025.Q4 with a vendor theme and Tinh Vân's news portlet (tv_news_detail): a generic portlet title 'Chi tiết tin' (h2, not the headline, not the category), the headline in a div (no heading: set 32), 'Thứ Ba, ngày 10/10/2028 14:30' → published 2028-10-10T14:30, the social row (Email, A-, A+, 'Đọc bài'), the sapo span (lead), one figure, Liferay's asset-metadata line after the text: 'Tác giả: Ma Thị Hằng' (author) and 'Nguồn: Ban Tuyên giáo và Dân vận Tỉnh ủy' (a source, set 13: no unit). 'Các tin đã đưa' with '(dd/mm/yyyy)' days. Category 'Tin hoạt động' (the crumb's last level).",
              readme="Liferay DXP 2025.Q4 + Tinh Vân's news portlet, a monthly briefing conference: generic portlet title, headline in a div, 'Thứ Ba, ngày dd/mm/yyyy HH:MM', sapo span, a figure, asset-metadata 'Tác giả:' + 'Nguồn:' (no unit), 'Các tin đã đưa'")


# ===================================================================== 9 Hội Doanh nhân Cựu chiến binh thành phố Hải Phòng: SharePoint Foundation 2013 + Hanel's web part; Word-pasted seminar report, 'Theo Name (Báo …)'
A9 = Art("Hội thảo kết nối doanh nghiệp cựu chiến binh với các hợp tác xã nông nghiệp",
         "Ngày 14/11, Hội Doanh nhân Cựu chiến binh thành phố phối hợp với Liên minh Hợp tác xã thành phố tổ chức hội thảo kết nối tiêu thụ sản phẩm giữa doanh nghiệp hội viên và 35 hợp tác xã nông nghiệp.",
         [("p", "Hội thảo đã nghe 8 tham luận về xây dựng chuỗi liên kết sản xuất - tiêu thụ, truy xuất nguồn gốc sản phẩm và tiếp cận vốn tín dụng. Nhiều hợp tác xã cho biết gặp khó khăn về đầu ra do sản phẩm chưa có thương hiệu, sản lượng nhỏ lẻ."),
          ("p", "Ông Bùi Đức Khang, Giám đốc một doanh nghiệp chế biến thực phẩm, hội viên của Hội, cam kết bao tiêu 300 tấn rau củ mỗi năm cho 4 hợp tác xã ở huyện đảo và các xã ven biển nếu bảo đảm tiêu chuẩn VietGAP."),
          ("img", "/SiteAssets/tin-tuc/2028/11/hoi-thao-ket-noi-doanh-nghiep-ccb.jpg", "Các doanh nghiệp và hợp tác xã ký kết biên bản ghi nhớ hợp tác"),
          ("p", "Kết thúc hội thảo, 12 biên bản ghi nhớ hợp tác đã được ký kết với tổng giá trị dự kiến trên 40 tỷ đồng. Hội Doanh nhân Cựu chiến binh thành phố sẽ theo dõi, hỗ trợ các bên thực hiện cam kết.")])


def page09():
    pub = T("2028-11-14 16:35")
    site = "https://doanhnhanccb.haiphong.gov.vn"
    url = f"{site}/tintuc/Pages/chitiet.aspx?ItemID=918&ListId=5b1f7c2e-8d34-4a9e-b0c6-2f8a61d93e47"

    def main(rng, rl, rd):
        body = A9.render(p=msop, img=lambda s, c, n: (f'<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><p class="MsoNormal" align="center"><img src="{s}" width="560" alt="" /></p></td></tr>'
                                                     f'<tr><td><p class="MsoNormal" align="center"><i><span style="font-size:12.0pt">{esc(c)}<o:p></o:p></span></i></p></td></tr></table>'), sep="\n")
        return (bigvs(rng, 42000) +
                f'<div class="hanel-news-detail"><h2 class="hanel-title"><span id="ctl00_ctl42_g_7c1d_lblTitle">{esc(A9.title)}</span></h2>'
                f'<div class="hanel-date"><span id="ctl00_ctl42_g_7c1d_lblDate">Đăng lúc: {dmy(pub)} {hm(pub)}</span></div>'
                f'<div class="hanel-sapo"><b>{esc(A9.lead)}</b></div><div class="hanel-content ms-rtestate-field">{body}'
                f'<p class="MsoNormal" align="right" style="text-align:right"><b><i><span style="font-size:13.0pt">Theo Hoàng Anh (Báo Hải Phòng)<o:p></o:p></span></i></b></p></div>'
                f'<div class="hanel-tools"><a href="#" onclick="window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div></div>'
                + lst(site, "/tintuc/Pages/chitiet.aspx?ItemID=", list(zip(rl[:6], rd)), lambda d: f"({dmy(d)} {hm(d)})", cls="hanel-other", head="Tin tức khác", ext="", start=880))

    return hp("s48-09", family="veteran_entrepreneurs_association_sharepoint_foundation2013_hanel_web_part_word_paste",
              name="haiphong-hoidoanhnhanccb-sharepoint-foundation-2013-hanel-news-web-part-viewstate-h2-lbltitle-dang-luc-dd-mm-yyyy-hh-mm-bold-sapo-word-pasted-msonormal-table-caption-theo-name-paren-paper-tools-tin-tuc-khac",
              url=url, art=A9, main_fn=main, pub=pub, prefix="hn13", kb=154,
              org="Hội Doanh nhân Cựu chiến binh thành phố Hải Phòng", addr="Phường Hồng Bàng, thành phố Hải Phòng", phone="0225.3745.118",
              crumbs=f'<div class="ms-breadcrumb"><a href="{site}/">Trang chủ</a> &gt; <a href="{site}/tintuc/">Tin tức</a> &gt; <a href="{site}/tintuc/hoat-dong-hoi/">Hoạt động Hội</a></div>',
              top=banner("/SiteAssets/images/banner-hdnccb.png", "Hội Doanh nhân Cựu chiến binh thành phố Hải Phòng"),
              side=side_heavy(lambda d: f"({dmy(d)} {hm(d)})", "Tin mới", "hn13-new", n=6),
              shell_kw={"layout": "spf13hanel", "head_extra": heavy_head(R(9), url, A9.title, A9.lead, pub, "Hội Doanh nhân Cựu chiến binh thành phố Hải Phòng", gen="Microsoft SharePoint", section="Hoạt động Hội"),
                        "items": MEGA_MASS, "left": "Hội Doanh nhân Cựu chiến binh thành phố Hải Phòng", "form": True, "action": "/tintuc/Pages/chitiet.aspx?ItemID=918"},
              exp=expected_(A9, iso(pub), author="Hoàng Anh", category="Hoạt động Hội"),
              traps={"source": ["Báo Hải Phòng"], "tools": ["In trang", "Quay lại"], "after_text": ["Tin tức khác"], "related": lambda rl: rl[:6]},
              notes="SharePoint Foundation 2013 (the free edition: a web part page, no publishing) with Hanel's news web part: a ~42 KB __VIEWSTATE plus the form's own, the headline in h2 > span#…_lblTitle, 'Đăng lúc: 14/11/2028 16:35' → published 2028-11-14T16:35; bold sapo (lead); the text PASTED FROM WORD (p.MsoNormal, spans, spacerun '&nbsp; ' runs, <o:p>), the picture in a Word table with an italic caption row. Bold italic right 'Theo Hoàng Anh (Báo Hải Phòng)' → author 'Hoàng Anh', unit null: a 'Theo Name (paper)' line names the writer of a reprinted text and its source (set 35); the paper is a source, not a unit. The member quoted is a subject. Category 'Hoạt động Hội' (the crumb's last level).",
              readme="SharePoint Foundation 2013 + Hanel's news web part, a seminar: ViewState, h2 > span lblTitle, 'Đăng lúc: dd/mm/yyyy HH:MM', bold sapo, Word-pasted text with a Word caption table, 'Theo Name (Báo …)' (author, no unit)")

PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
