"""Set 57 pages 1-12: what is in the text's block that is not the text — everyday items (a conference, a Party cell
meeting, a relief drive, a commemoration, a course, a visit) on heavy pages, whose content block also holds things that
are not the item's text, in shapes earlier sets did not use: a figures box beside a data table that IS text and a layout
table of two pictures side by side; a box of tasks that IS text beside a hotline box that is not (TWIST 1); a donation
account table with a QR code; a ticker, a zoom row, a quoted letter, a YouTube facade and a 'Tin bài cùng sự kiện' box; a
programme aside and a quiz beside a list of topics; a grid of four pictures with one caption and a 'Bài viết cùng chủ đề'
box beside a list of tasks; a Facebook post card, a writer's footnote and a hotline box; a slideshow whose counters
sit inside its captions and a picture captioned only in its title attribute; a TikTok embed with an editor's caption
beside two pictures side by side and an inline related-post box; captions typed ABOVE their pictures with a quotation
under the first (TWIST 2); a Q&A, a poll and an editors' note; a 'Tin liên quan' list set as paragraphs, a TTS bar and an
audio clip with its transcript. Three NukeViet pages (4.2 + Phong Nha's theme, 4.5 + Yên Tử's, 4.4 + Tràng An's), a
'.dcs.vn' 'Mặt trận - Đoàn thể' template, Liferay DXP 2028.Q2 + Ngọc Linh's portlet, SharePoint Server 2016 + Bạch Mã's page
layout, DNN 9.5 + Cát Tiên's module, Cổ Loa's WebForms ward CMS, WordPress + HitMag, Joomla 4.2 + a Zen Grid template,
Drupal 10.2 + ZURB Foundation and a press agency's detail with a 'Nghe bài viết' bar. Page helpers copied from set 56's
module (which kept sets 48-55's); set 57 adds one builder, mk57, a fragment block for A57 and twelve page functions."""
import re
import unicodedata
from datetime import timedelta
from html.entities import codepoint2name

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, b64blob, hexid, twelve
from .kit import og, jsonld
from .base import page, vb_box, mostread, teaser, other34, WRITERS34
from .shell import MENU_NEWS

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



# ------------------------------------------------------------------ set 49 helpers
def icon_crumb(site, items, cls="breadcrumbs", icon="fa fa-home fa-lg"):
    """A crumb whose first level is a home ICON only (no text), then the levels given (may be none)."""
    li = "".join(f'<li><a href="{site}/{slug(t)}/" title="{esc(t, True)}"><span>{esc(t)}</span></a></li>' for t in items)
    return f'<ul class="{cls}"><li><a href="{site}/" title="Trang chủ"><em class="{icon}"></em></a></li>{li}</ul>'


def picbox_above(s, c, n):
    """A picture table whose FIRST row is the caption cell (the caption printed above its picture, set 35)."""
    return (f'<table class="picture" align="center" border="0" cellpadding="3" cellspacing="0" style="width:92%"><tbody>'
            f'<tr><td class="pic-cap" style="text-align:center"><em>{esc(c)}</em></td></tr>'
            f'<tr><td style="text-align:center"><img src="{s}" alt="" style="width:100%" /></td></tr></tbody></table>')


def related_same(site, base, items, fmt, head, cls, start=1000):
    """Other items printed with a stamp in the item's very shape (sets 33 and 44)."""
    li = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{start + i * 13}.html">{esc(t)}</a><span class="stamp">{esc(fmt(d))}</span></li>' for i, (t, d) in enumerate(items))
    return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><ul>{li}</ul></div>'



# ------------------------------------------------------------------ set 51: blocks, builder
class A51(Art):
    """Art with three more blocks: ('q', text) a bold question of an interview (body, one paragraph);
    ('rt', rows) a table printed with ROWSPAN: each row a list of (text, rowspan) cells AS PRINTED (a spanned cell is
    printed once, in its first row), one body paragraph per row, the printed cells joined by ' | ';
    ('pq', text, cite) a pull quote repeating a sentence of the text (not body, set 24)."""

    @property
    def pars(self):
        out = []
        for b in self.blocks:
            if b[0] in ("p", "h", "q"):
                out.append(b[1])
            elif b[0] == "table":
                out += [" | ".join(r) for r in b[1]]
            elif b[0] == "rt":
                out += [" | ".join(c[0] for c in r) for r in b[1]]
            elif b[0] == "ul":
                out += list(b[1])
        return out

    def render(self, p=None, h=None, img=None, table=None, raw=None, ul=None, sep="\n", q=None, rt=None, pq=None):
        p = p or (lambda t: f"<p>{esc(t)}</p>")
        h = h or (lambda t: f"<p><strong>{esc(t)}</strong></p>")
        q = q or (lambda t: f"<p><strong>{esc(t)}</strong></p>")
        img = img or fig
        ul = ul or (lambda items: "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        table = table or (lambda rows: '<table border="1" cellpadding="4"><tbody>' + "".join(
            "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
        rt = rt or rtable
        pq = pq or (lambda t, c: f'<blockquote class="pullquote"><p>{esc(t)}</p><cite>{esc(c)}</cite></blockquote>')
        out, n = [], 0
        for b in self.blocks:
            k = b[0]
            if k == "p":
                out.append(p(b[1]))
            elif k == "h":
                out.append(h(b[1]))
            elif k == "q":
                out.append(q(b[1]))
            elif k == "img":
                n += 1
                out.append(img(b[1], b[2], n))
            elif k == "table":
                out.append(table(b[1]))
            elif k == "rt":
                out.append(rt(b[1]))
            elif k == "ul":
                out.append(ul(b[1]))
            elif k == "pq":
                out.append(pq(b[1], b[2]))
            elif k == "raw":
                out.append(raw(b[1]) if raw else b[1])
        return sep.join(out)


def rtable(rows, cls="MsoTableGrid", head=True):
    """A data table with rowspan cells, as pasted from Word: the first row is a header of <th> cells when head is set."""
    out = []
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        cells = "".join(f'<{tag}{f" rowspan={chr(34)}{rs}{chr(34)}" if rs > 1 else ""} style="border:solid windowtext 1.0pt;padding:0 5.4pt;vertical-align:middle">'
                        f'<p class="MsoNormal" style="text-align:center">{esc(t)}</p></{tag}>' for t, rs in r)
        out.append(f"<tr>{cells}</tr>")
    return (f'<table class="{cls}" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;border:none">'
            f'<tbody>{"".join(out)}</tbody></table>')


def P(s):
    return ("p", s)


def H(s):
    return ("h", s)


def Q(s):
    return ("q", s)


def I(s, c):
    return ("img", s, c)


def RAW(html):
    return ("raw", html)


def d(s):
    return T(s)


def clock_of(today):
    return f"{wd(today)}, ngày {dmy(today)}"


# which mega-menu each page's site carries: a Party site's, a mass organisation's, a newspaper's
MENUS51 = {1: MEGA, 2: MEGA_MASS, 3: MEGA_MASS, 4: MEGA_MASS, 5: MEGA, 6: MEGA, 7: MEGA, 8: MEGA, 9: MEGA, 10: MEGA_MASS, 11: MEGA,
           12: MEGA_MASS, 13: MEGA_MASS, 14: MENU_NEWS}


def mk51(i, fam, name, layout, site, path, org, gen_, art, pub, detail, crumbs, category, exp_kw, notes, readme, *, kb,
         upd=None, published=None, updated="__auto__", side=None, below="", traps=None, head_author=None, head_title=None,
         ld_title=None, ld_lead="__art__", form=False, dnn=False, items=None, left=None, fmt=None, no_ld=False, **kw):
    """One set-51 page: `detail(rng, rl, rd)` prints the item (rl: other items' headlines, rd: their days); the shell,
    the heavy head (og, JSON-LD agreeing with the printed record, analytics) and the sidebars are the framework's."""
    url = site + path
    fmt = fmt or (lambda x: f"{dmy(x)} {hm(x)}")
    today = pub + timedelta(days=3, hours=4, minutes=17)
    t = {"related": lambda rl: rl[:6]}
    t.update(traps or {})
    pub_s = published or iso(pub)
    upd_s = (iso(upd) if upd else None) if updated == "__auto__" else updated
    head = heavy_head(R(5100 + i), url, ld_title or art.title, art.lead if ld_lead == "__art__" else ld_lead, pub, org,
                      author=head_author, upd=upd, gen=gen_, section=category)
    if no_ld:  # an older stack whose head carries og and analytics but no JSON-LD
        head = re.sub(r'<script type="application/ld\+json">.*?</script>', "", head)
    return pg(f"s51-{i:02d}", family=fam, name=name, url=url, art=art, main_fn=detail, pub=pub, prefix=layout[:6], kb=kb,
              min_kb=120, max_kb=300, org=org, addr=f"Trụ sở {org}", phone="02%02d.3%06d" % (10 + i, 810000 + i * 731),
              crumbs=crumbs, top=banner(f"/images/banner-s51-{i}.png", org), title=head_title,
              side=side or side_heavy(fmt, "Tin mới", f"s51n{i}", second="Đọc nhiều", n=6),
              shell_kw={"layout": layout, "head_extra": head, "items": items or MENUS51[i],
                        "left": left if left is not None else clock_of(today), "form": form, "dnn": dnn, "below": below},
              exp=expected_(art, pub_s, updated=upd_s, category=category, **exp_kw), traps=t, notes=notes, readme=readme, **kw)


def others_block(site, base, rl, rd, fmt, head, cls, start, writers=True):
    """'Tin cùng chuyên mục': other items, each with its own stamp in the item's very shape and its writer."""
    li = "".join(f'<li><a href="{site}{base}{slug(tl)[:60]}-{start + k * 11}.html">{esc(tl)}</a>'
                 f'<div class="meta"><span class="date">{esc(fmt(dd))}</span>'
                 + (f' <span class="writer">{esc(WRITERS34[(start + k) % len(WRITERS34)])}</span>' if writers else "") + "</div></li>"
                 for k, (tl, dd) in enumerate(zip(rl[:6], rd)))
    return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><ul>{li}</ul></div>'



# ------------------------------------------------------------------ set 52: the mess editors make (renderers) and one builder
ZW, SHY = "\u200b", "\u00ad"
WSPAN = ('lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;;'
         'mso-fareast-font-family:&quot;Times New Roman&quot;;mso-bidi-font-family:&quot;Times New Roman&quot;"')


def spacerun(t):
    """esc(t) with Word's spacerun '&nbsp; ' after the first sentence (a double space typed in Word)."""
    i = t.find(". ")
    if 0 < i < len(t) - 3:
        return f'{esc(t[:i + 1])}<span style="mso-spacerun:yes">&nbsp; </span>{esc(t[i + 2:])}'
    return esc(t)


def wpar(t, b=False, i=False, align="justify", indent=True, run=True):
    """A Word paragraph pasted with its markup: p.MsoNormal, a span with the font, <o:p></o:p>; bold / italic as Word
    writes them (<b style='mso-bidi-font-weight:normal'> around the span)."""
    span = f'<span {WSPAN}>{spacerun(t) if run else esc(t)}<o:p></o:p></span>'
    if i:
        span = f'<i style="mso-bidi-font-style:normal">{span}</i>'
    if b:
        span = f'<b style="mso-bidi-font-weight:normal">{span}</b>'
    al = f' align="{align}"' if align in ("center", "right") else ""
    style = f"margin-bottom:6.0pt;text-align:{align};" + ("text-indent:36.0pt;" if indent else "") + "line-height:115%"
    return f'<p class="MsoNormal"{al} style="{style}">{span}</p>'


def wempty():
    """An empty Word paragraph (the editor's blank line): <o:p>&nbsp;</o:p>."""
    return ('<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:115%">'
            '<span lang="VI" style="font-size:14.0pt;line-height:115%"><o:p>&nbsp;</o:p></span></p>')


def wimg(s, width=600):
    return (f'<p class="MsoNormal" align="center" style="margin-bottom:6.0pt;text-align:center;line-height:115%">'
            f'<span lang="VI" style="font-size:14.0pt"><img width="{width}" height="{width * 2 // 3}" src="{s}" alt="" /></span></p>')


def lat1ent(s):
    """CKEditor with entities on: Latin-1 letters and typographic marks as NAMED entities, the other Vietnamese letters raw."""
    return "".join(f"&{codepoint2name[ord(c)]};" if ord(c) > 127 and ord(c) in codepoint2name else c for c in s)


def zwin(t, every=6, start=2):
    """Zero-width spaces (U+200B) after every N-th space, as text copied from a chat app carries them: invisible, and never
    standing where a space should be."""
    out, k = [], 0
    for ch in t:
        out.append(ch)
        if ch == " ":
            k += 1
            if k >= start and (k - start) % every == 0:
                out.append(ZW)
    return "".join(out)


def shyin(t, every=5, start=1):
    """Soft hyphens (U+00AD) inside long syllables, as a layout program's hyphenation leaves them in copied text."""
    words, n = t.split(" "), 0
    for j, w in enumerate(words):
        if len(w) >= 5 and w.isalpha():
            n += 1
            if n >= start and (n - start) % every == 0:
                words[j] = w[:3] + SHY + w[3:]
    return " ".join(words)


END = (".", "!", "?", ":", ";", "”", ")", "…")


def pdf_lines(t, width=88):
    """The lines of a paragraph as a PDF wrapped them (greedy at ~width characters), moved so that no line but the last
    ends a sentence: every break falls in the middle of a sentence."""
    lines, cur = [], ""
    for w in t.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    changed = True
    while changed:
        changed = False
        for k in range(len(lines) - 1):
            if lines[k].endswith(END):
                head, _, last = lines[k].rpartition(" ")
                lines[k], lines[k + 1] = head, f"{last} {lines[k + 1]}"
                changed = True
    assert all(x and not x.endswith(END) for x in lines[:-1]) and len(lines) >= 2, t[:40]
    return lines


def pdf_par(t, width=88):
    return "<br />\n".join(esc(x) for x in pdf_lines(t, width))


def tbl_pic(s, c, width=560, cap_style="text-align:center", cls=""):
    """A picture in a one-cell table, its caption typed in the row below (as editors build it by hand)."""
    c_ = f' class="{cls}"' if cls else ""
    return (f'<table{c_} align="center" border="0" cellpadding="3" cellspacing="0" style="width:{width}px"><tbody>'
            f'<tr><td><img src="{s}" width="{width}" alt="" /></td></tr>'
            f'<tr><td style="{cap_style}"><em>{esc(c)}</em></td></tr></tbody></table>')


MENUS52 = {1: MEGA_MASS, 2: MEGA, 3: MEGA_MASS, 4: MEGA, 5: MEGA, 6: MEGA, 7: MEGA_MASS, 8: MEGA, 9: MEGA_MASS, 10: MEGA_MASS,
           11: MEGA, 12: MEGA, 13: MEGA_MASS, 14: MENU_NEWS}


def mk52(i, fam, name, layout, site, path, org, gen_, art, pub, detail, crumbs, category, exp_kw, notes, readme, *, kb,
         upd=None, published=None, updated="__auto__", side=None, below="", traps=None, head_author=None, head_title=None,
         ld_title=None, ld_lead="__art__", form=False, dnn=False, items=None, left=None, fmt=None, no_ld=False, shell_extra=None,
         head_more="", xhtml_doctype=False, html4_doctype=False, **kw):
    """One set-52 page: `detail(rng, rl, rd)` prints the item (rl: other items' headlines, rd: their days); the shell,
    the heavy head (og, JSON-LD agreeing with the printed record, analytics) and the sidebars are the framework's."""
    url = site + path
    fmt = fmt or (lambda x: f"{dmy(x)} {hm(x)}")
    today = pub + timedelta(days=2, hours=5, minutes=23)
    t = {"related": lambda rl: rl[:6]}
    t.update(traps or {})
    pub_s = published or iso(pub)
    upd_s = (iso(upd) if upd else None) if updated == "__auto__" else updated
    head = heavy_head(R(5200 + i), url, ld_title or art.title, art.lead if ld_lead == "__art__" else ld_lead, pub, org,
                      author=head_author, upd=upd, gen=gen_, section=category)
    if no_ld:  # an older stack whose head carries og and analytics but no JSON-LD
        head = re.sub(r'<script type="application/ld\+json">.*?</script>', "", head)
    skw = {"layout": layout, "head_extra": head_more + head, "items": items or MENUS52[i],
           "left": left if left is not None else clock_of(today), "form": form, "dnn": dnn, "below": below}
    skw.update(shell_extra or {})
    out = pg(f"s52-{i:02d}", family=fam, name=name, url=url, art=art, main_fn=detail, pub=pub, prefix=layout[:6], kb=kb,
              min_kb=100, max_kb=250, org=org, addr=f"Trụ sở {org}", phone="02%02d.3%06d" % (20 + i, 620000 + i * 587),
              crumbs=crumbs, top=banner(f"/images/banner-s52-{i}.png", org), title=head_title,
              side=side or side_heavy(fmt, "Tin mới", f"s52n{i}", second="Đọc nhiều", n=6),
              shell_kw=skw, exp=expected_(art, pub_s, updated=upd_s, category=category, **exp_kw), traps=t, notes=notes,
              readme=readme, **kw)
    top = '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">'
    assert top in out["html"]
    if html4_doctype:  # an early-2000s stack: HTML 4.01 Transitional
        out["html"] = out["html"].replace(top, '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>', 1)
    elif xhtml_doctype:  # NukeViet 3's XHTML 1.0 Transitional header
        out["html"] = out["html"].replace(top, '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">', 1)
    return out




# ------------------------------------------------------------------ set 54: chrome helpers and one builder
from .common import heads13, heads14, past  # noqa: E402
from .kit import ticker  # noqa: E402

MENUS54 = {1: MEGA, 2: MEGA_MASS, 3: MEGA, 4: MEGA, 5: MEGA, 6: MEGA, 7: MEGA, 8: MEGA, 9: MEGA_MASS, 10: MEGA_MASS,
           11: MEGA_MASS, 12: MENU_NEWS, 13: MEGA_MASS, 14: MEGA_MASS}


def gp(x):
    """'09 giờ 15 phút' — a time in words of hours and minutes."""
    return f"{x.hour:02d} giờ {x.minute:02d} phút"


def weather(city, temp, cond, upd, hum=74, cls="weather"):
    """A weather strip in the header: the city, the temperature and the strip's OWN 'Cập nhật' (a widget's, set 32)."""
    return (f'<div class="{cls}"><span class="{cls}-city">{esc(city)}</span> <b class="{cls}-temp">{temp}°C</b> '
            f'<span class="{cls}-cond">{esc(cond)}</span> <span class="{cls}-hum">Độ ẩm {hum}%</span> '
            f'<span class="{cls}-upd">Cập nhật {hm(upd)} {dmy(upd)}</span></div>')


def top54(org, i, extra=None):
    def f(rng, p):
        b = (f'<div class="banner"><a href="/"><img src="/images/banner-s54-{i}.png" alt="{esc(org, True)}" /></a>'
             f'<span class="site-name">{esc(org)}</span></div>')
        return b + (extra(rng, p) if extra else "")
    return f


def tick54(rng, pub, fmt, label="Tin mới", cls="ticker", n=6):
    """A ticker of OTHER items, each with its own stamp (days before the item)."""
    return ticker(rng, heads14(rng, n), past(pub, rng, n, 0, 6), fmt, label, cls)


def nv4_detail(site, art, stamp, body, cls, info, extra_meta="", hometext=None, after="", figure=""):
    """NukeViet 4's detail panel (news_column > panel-body), as the set's NukeViet 4/5 themes print it (copied from set 52,
    with a lead figure before the hometext)."""
    ht = (f'<div class="clearfix">{figure}<div class="hometext m-bottom">{hometext}</div></div>' if hometext is not None
          else f'<div class="clearfix">{figure}</div>')
    return (f'<div class="news_column panel panel-default {cls}-detail"><div class="panel-body">'
            f'<h1 class="title margin-bottom-lg">{art}</h1>'
            f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{stamp}</span>{extra_meta}</div>'
            f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
            f'<li><a class="dimgray" rel="nofollow" title="In ra" href="{site}/news/print/"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
            f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="#"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
            f'{ht}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>{after}'
            f'<div class="{cls}-info">{info}</div></div></div>')


def nv4_tail(site, base, rl, rd, fmt, tagwords, rating, comments_html, start):
    newer = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{start + 20 + k}.html">{esc(t)}</a> <em>({fmt(x)})</em></li>' for k, (t, x) in enumerate(zip(rl[:3], rd[:3])))
    older = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{start - 20 + k}.html">{esc(t)}</a> <em>({fmt(x)})</em></li>' for k, (t, x) in enumerate(zip(rl[3:6], rd[3:6])))
    return (f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
            + ", ".join(f'<a href="{site}/news/tag/{slug(w)}">{esc(w)}</a>' for w in tagwords) + '</div></div></div>'
            f'<div class="news_column panel panel-default"><div class="panel-body"><p>{esc(rating)}</p><p>Click để đánh giá bài viết</p></div></div>'
            + comments_html
            + f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer}</ul>'
            f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>')


def attach_grid(rows, head="Tài liệu đính kèm", cls="pb-attach"):
    """An attachment grid (a document library view): one row per FILE — its name, size, the FILE's last modification and the
    account that modified it, downloads (these columns describe the files, not the item: set 53's documents lists, with an update label)."""
    hdr = "".join(f"<th>{esc(h)}</th>" for h in ("Tên tệp", "Dung lượng", "Sửa lần cuối", "Người sửa", "Lượt tải"))
    body = "".join(f'<tr><td><img src="/_layouts/15/images/{ic}" alt="" /> <a href="/VanBan/ThongBao/{esc(fn, True)}">{esc(fn)}</a></td><td>{esc(sz)}</td>'
                   f'<td class="pb-modified">{esc(mod)}</td><td>{esc(who)}</td><td>{n}</td></tr>' for fn, ic, sz, mod, who, n in rows)
    return (f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><table class="ms-listviewtable {cls}-tbl" cellspacing="0" cellpadding="1">'
            f'<thead><tr class="ms-viewheadertr">{hdr}</tr></thead><tbody>{body}</tbody></table></div>')


def wf_caption(s, c, width=640):
    """JCE's caption plugin (wf_caption): the picture and its caption wrapped in spans, inside the editor's <p>."""
    return (f'<p style="text-align: center;"><span class="wf_caption" style="display: inline-block; max-width: {width}px;">'
            f'<img src="{s}" alt="" width="{width}" style="display: block;" /><span style="display: block; font-style: italic;">{esc(c)}</span></span></p>')


def alnum_(seed, n):
    """A deterministic token (a CSRF value, a session id)."""
    import random as _r
    rng = _r.Random(seed)
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def mk54(i, fam, name, layout, site, path, org, gen_, art, pub, detail, crumbs, category, exp_kw, notes, readme, *, kb,
         upd=None, published=None, updated="__auto__", side=None, below="", traps=None, head_author=None, head_title=None,
         ld_title=None, ld_lead="__art__", form=False, dnn=False, items=None, left=None, fmt=None, no_ld=False, bare_head=False,
         shell_extra=None, head_more="", today=None, top=None, post=None, **kw):
    """One set-54 page: `detail(rng, rl, rd)` prints the item (rl: other items' headlines, rd: their days); the shell, the
    heavy head (og, JSON-LD agreeing with the printed record, analytics), the header clock and the sidebars are the
    framework's. `today` is the header clock (the fetch): every stamp of the item is before it."""
    url = site + path
    fmt = fmt or (lambda x: f"{dmy(x)} {hm(x)}")
    today = today or pub + timedelta(days=2, hours=5, minutes=23)
    assert pub < today and (upd is None or upd < today), (i, pub, upd, today)
    t = {"related": lambda rl: rl[:6]}
    t.update(traps or {})
    pub_s = published or iso(pub)
    upd_s = (iso(upd) if upd else None) if updated == "__auto__" else updated
    head = heavy_head(R(5400 + i), url, ld_title or art.title, art.lead if ld_lead == "__art__" else ld_lead, pub, org,
                      author=head_author, upd=upd, gen=gen_, section=category)
    if no_ld or bare_head:  # an older stack whose head carries og and analytics but no JSON-LD (bare: analytics only)
        head = re.sub(r'<script type="application/ld\+json">.*?</script>', "", head)
    if bare_head:
        head = re.sub(r'<meta property="og:[^>]*/>', "", head)
    skw = {"layout": layout, "head_extra": head_more + head, "items": items or MENUS54[i],
           "left": left if left is not None else clock_of(today), "form": form, "dnn": dnn, "below": below}
    skw.update(shell_extra or {})
    out = pg(f"s54-{i:02d}", family=fam, name=name, url=url, art=art, main_fn=detail, pub=pub, prefix=layout[:6], kb=kb,
             min_kb=150, max_kb=300, org=org, addr=f"Trụ sở {org}", phone="02%02d.3%06d" % (30 + i, 540000 + i * 613),
             crumbs=crumbs, top=top or top54(org, i), title=head_title,
             side=side or side_heavy(fmt, "Tin mới", f"s54n{i}", second="Đọc nhiều", n=7),
             shell_kw=skw, exp=expected_(art, pub_s, updated=upd_s, category=category, **exp_kw), traps=t, notes=notes,
             readme=readme, **kw)
    if post:
        out["html"] = post(out["html"])
    return out


DOCTOP = '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">'
XHTML10 = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
           '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">')


def retop(new):
    def f(h):
        assert DOCTOP in h
        return h.replace(DOCTOP, new, 1)
    return f




# ------------------------------------------------------------------ set 55: one builder
MENUS55 = {1: MEGA, 2: MEGA_MASS, 3: MEGA, 4: MEGA, 5: MEGA, 6: MEGA, 7: MEGA_MASS, 8: MEGA_MASS, 9: MEGA, 10: MENU_NEWS}


def mk55(i, fam, name, layout, site, path, org, gen_, art, pub, detail, crumbs, category, exp_kw, notes, readme, *, kb,
         upd=None, published=None, updated="__auto__", side=None, below="", traps=None, head_author=None, head_title=None,
         ld_lead="__art__", form=False, dnn=False, left=None, fmt=None, no_ld=False, today=None, top=None, **kw):
    """One set-55 page: `detail(rng, rl, rd)` prints the item; the shell, the heavy head (og, JSON-LD agreeing with the
    printed record, analytics), the header clock and the sidebars are the framework's. `today` is the header clock (the
    fetch): every stamp of the item is before it."""
    url = site + path
    fmt = fmt or (lambda x: f"{dmy(x)} {hm(x)}")
    today = today or pub + timedelta(days=2, hours=3, minutes=41)
    assert pub < today and (upd is None or upd < today), (i, pub, upd, today)
    t = {"related": lambda rl: rl[:6]}
    t.update(traps or {})
    pub_s = published or iso(pub)
    upd_s = (iso(upd) if upd else None) if updated == "__auto__" else updated
    head = heavy_head(R(5500 + i), url, art.title, art.lead if ld_lead == "__art__" else ld_lead, pub, org,
                      author=head_author, upd=upd, gen=gen_, section=category)
    if no_ld:
        head = re.sub(r'<script type="application/ld\+json">.*?</script>', "", head)
    skw = {"layout": layout, "head_extra": head, "items": MENUS55[i],
           "left": left(today) if callable(left) else (left if left is not None else clock_of(today)), "form": form, "dnn": dnn, "below": below}
    return pg(f"s55-{i:02d}", family=fam, name=name, url=url, art=art, main_fn=detail, pub=pub, prefix=layout[:6], kb=kb,
              min_kb=100, max_kb=200, org=org, addr=f"Trụ sở {org}", phone="02%02d.3%06d" % (40 + i, 620000 + i * 587),
              crumbs=crumbs, top=top or top54(org, 55 * 10 + i), title=head_title,
              side=side or side_heavy(fmt, "Tin mới", f"s55n{i}", second="Đọc nhiều", n=6),
              shell_kw=skw, exp=expected_(art, pub_s, updated=upd_s, category=category, **exp_kw), traps=t, notes=notes,
              readme=readme, **kw)


def right(t, tag="strong"):
    return f'<p style="text-align:right"><{tag}>{esc(t)}</{tag}></p>'


def center(t, tag="strong"):
    return f'<p style="text-align:center"><{tag}>{esc(t)}</{tag}></p>'



# ------------------------------------------------------------------ set 56: one builder (the everyday item on sites nobody has profiled)
from .shell import MENU_GOV  # noqa: E402

MENUS56 = {1: MEGA, 2: MEGA, 3: MEGA_MASS, 4: MEGA, 5: MEGA, 6: MEGA, 7: MENU_GOV, 8: MEGA, 9: MEGA, 10: MEGA_MASS, 11: MEGA_MASS,
           12: MEGA_MASS, 13: MENU_GOV, 14: MENU_NEWS}


def side_heavy56(fmt, head="Tin mới", cls="most-read", second="Đọc nhiều", n=7, avoid=()):
    """set 55's side_heavy, with the featured teasers drawn from SAPOS34 minus the headlines in `avoid` (no teaser that
    repeats the item's own event under another year's figures)."""
    def f(rng, p):
        s = mostread(rng, p, fmt, head, cls, n, writers=WRITERS34)
        s += mostread(rng, p, fmt, second, cls + "-2", n, writers=WRITERS34, numbered=False)
        for t, sp in other34(rng, 3, avoid=avoid):
            s += teaser(rng, t, sp, p - timedelta(days=rng.randint(2, 20), hours=rng.randint(0, 9)), fmt, rng.choice(WRITERS34), cls=cls + "-feat")
        return s + vb_box(DOCS, "Văn bản mới", cls + "-vb")
    return f


def nv4_tail56(site, base, rl, rd, fmt, tagwords, rating, comments_html, start, pub):
    """set 54's nv4_tail, with the 'Những tin mới hơn' entries dated AFTER the item (and before the fetch)."""
    nd = [pub + timedelta(hours=5 + 11 * k, minutes=13 * k + 4) for k in range(3)][::-1]
    newer = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{start + 20 + k}.html">{esc(t)}</a> <em>({fmt(x)})</em></li>' for k, (t, x) in enumerate(zip(rl[:3], nd)))
    older = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{start - 20 + k}.html">{esc(t)}</a> <em>({fmt(x)})</em></li>' for k, (t, x) in enumerate(zip(rl[3:6], rd[3:6])))
    return (f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
            + ", ".join(f'<a href="{site}/news/tag/{slug(w)}">{esc(w)}</a>' for w in tagwords) + '</div></div></div>'
            f'<div class="news_column panel panel-default"><div class="panel-body"><p>{esc(rating)}</p><p>Click để đánh giá bài viết</p></div></div>'
            + comments_html
            + f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer}</ul>'
            f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>')


def mk56(i, fam, name, layout, site, path, org, gen_, art, pub, detail, crumbs, category, exp_kw, notes, readme, *, kb,
         upd=None, published=None, updated="__auto__", side=None, below="", traps=None, head_author=None, head_title=None,
         ld_lead="__art__", form=False, dnn=False, left=None, fmt=None, no_ld=False, today=None, top=None, side_avoid=(), **kw):
    """One set-56 page: `detail(rng, rl, rd)` prints the item; the shell, the heavy head (og, JSON-LD agreeing with the
    printed record, analytics), the header clock and the sidebars are the framework's. `today` is the header clock (the
    fetch): every stamp of the item is before it (asserted)."""
    url = site + path
    fmt = fmt or (lambda x: f"{dmy(x)} {hm(x)}")
    today = today or pub + timedelta(days=2, hours=3, minutes=41)
    assert pub < today and (upd is None or upd < today), (i, pub, upd, today)
    t = {"related": lambda rl: rl[:6]}
    t.update(traps or {})
    pub_s = published or iso(pub)
    upd_s = (iso(upd) if upd else None) if updated == "__auto__" else updated
    head = heavy_head(R(5600 + i), url, art.title, art.lead if ld_lead == "__art__" else ld_lead, pub, org,
                      author=head_author, upd=upd, gen=gen_, section=category)
    if no_ld:
        head = re.sub(r'<script type="application/ld\+json">.*?</script>', "", head)
    skw = {"layout": layout, "head_extra": head, "items": MENUS56[i],
           "left": left(today) if callable(left) else (left if left is not None else clock_of(today)), "form": form, "dnn": dnn, "below": below}
    return pg(f"s56-{i:02d}", family=fam, name=name, url=url, art=art, main_fn=detail, pub=pub, prefix=layout[:6], kb=kb,
              min_kb=100, max_kb=280, org=org, addr=f"Trụ sở {org}", phone="02%02d.3%06d" % (50 + i, 730000 + i * 419),
              crumbs=crumbs, top=top or top54(org, 56 * 10 + i), title=head_title,
              side=side or side_heavy56(fmt, "Tin mới", f"s56n{i}", second="Đọc nhiều", n=7, avoid=side_avoid),
              shell_kw=skw, exp=expected_(art, pub_s, updated=upd_s, category=category, **exp_kw), traps=t, notes=notes,
              readme=readme, **kw)


def rightp(t, tag="strong", cls=None):
    c = f' class="{cls}"' if cls else ""
    return f'<p{c} style="text-align:right"><{tag}>{esc(t)}</{tag}></p>'


def ck_fig(s, c, n):
    """CKEditor 4's image2 widget with a caption (figure.image > img + figcaption)."""
    return f'<figure class="image" style="display:inline-block"><img alt="" height="480" src="{s}" width="720" /><figcaption>{esc(c)}</figcaption></figure>'



# ------------------------------------------------------------------ set 57: one builder, a fragment block (what is in the text's block that is not the text)
MENUS57 = {1: MEGA, 2: MEGA, 3: MEGA_MASS, 4: MEGA, 5: MEGA, 6: MEGA, 7: MENU_GOV, 8: MEGA, 9: MEGA_MASS, 10: MEGA_MASS, 11: MEGA_MASS,
           12: MENU_NEWS}


class A57(A51):
    """A51 with one more block: ('t', html, pars, caps) — a hand-made fragment of the content block, printed as is; `pars`
    are the body paragraphs it prints (in order), `caps` the captions it prints (in order). A box that is not text is a
    fragment with neither; a box of text lists its paragraphs; a picture arrangement lists its captions."""

    @property
    def pars(self):
        out = []
        for b in self.blocks:
            if b[0] == "t":
                out += list(b[2])
            else:
                out += A51(None, None, [b]).pars
        return out

    @property
    def captions(self):
        out = []
        for b in self.blocks:
            if b[0] == "img" and b[2]:
                out.append(b[2])
            elif b[0] == "t":
                out += list(b[3])
        return out

    def render(self, raw=None, **kw):
        blocks = [("raw", ("__T__", b[1])) if b[0] == "t" else b for b in self.blocks]
        user_raw = raw

        def r(x):
            if isinstance(x, tuple) and x and x[0] == "__T__":
                return x[1]
            return user_raw(x) if user_raw else x
        return A51(self.title, self.lead, blocks).render(raw=r, **kw)


def TX(html, pars=(), caps=()):
    return ("t", html, list(pars), list(caps))


def mk57(i, fam, name, layout, site, path, org, gen_, art, pub, detail, crumbs, category, exp_kw, notes, readme, *, kb,
         upd=None, published=None, updated="__auto__", side=None, below="", traps=None, head_author=None, head_title=None,
         ld_lead="__art__", form=False, dnn=False, left=None, fmt=None, no_ld=False, today=None, top=None, side_avoid=(), **kw):
    """One set-57 page: `detail(rng, rl, rd)` prints the item; the shell, the heavy head (og, JSON-LD agreeing with the
    printed record, analytics), the header clock and the sidebars are the framework's. `today` is the header clock (the
    fetch): every stamp of the item is before it (asserted)."""
    url = site + path
    fmt = fmt or (lambda x: f"{dmy(x)} {hm(x)}")
    today = today or pub + timedelta(days=2, hours=3, minutes=41)
    assert pub < today and (upd is None or upd < today), (i, pub, upd, today)
    t = {"related": lambda rl: rl[:6]}
    t.update(traps or {})
    pub_s = published or iso(pub)
    upd_s = (iso(upd) if upd else None) if updated == "__auto__" else updated
    head = heavy_head(R(5700 + i), url, art.title, art.lead if ld_lead == "__art__" else ld_lead, pub, org,
                      author=head_author, upd=upd, gen=gen_, section=category)
    if no_ld:
        head = re.sub(r'<script type="application/ld\+json">.*?</script>', "", head)
    skw = {"layout": layout, "head_extra": head, "items": MENUS57[i],
           "left": left(today) if callable(left) else (left if left is not None else clock_of(today)), "form": form, "dnn": dnn, "below": below}
    return pg(f"s57-{i:02d}", family=fam, name=name, url=url, art=art, main_fn=detail, pub=pub, prefix=layout[:6], kb=kb,
              min_kb=100, max_kb=250, org=org, addr=f"Trụ sở {org}", phone="02%02d.3%06d" % (60 + i, 840000 + i * 373),
              crumbs=crumbs, top=top or top54(org, 57 * 10 + i), title=head_title,
              side=side or side_heavy56(fmt, "Tin mới", f"s57n{i}", second="Đọc nhiều", n=7, avoid=side_avoid),
              shell_kw=skw, exp=expected_(art, pub_s, updated=upd_s, category=category, **exp_kw), traps=t, notes=notes,
              readme=readme, **kw)


def jpar(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def data_table(rows, cls="table-data", style="width:100%;border-collapse:collapse"):
    """A data table typed in the text: a header row of <th>, then <td> rows (one body paragraph per row, cells joined by ' | ')."""
    head = "<tr>" + "".join(f'<th style="border:1px solid #999;padding:4px;text-align:center">{esc(c)}</th>' for c in rows[0]) + "</tr>"
    body = "".join("<tr>" + "".join(f'<td style="border:1px solid #999;padding:4px">{esc(c)}</td>' for c in r) + "</tr>" for r in rows[1:])
    return f'<table class="{cls}" border="1" cellpadding="4" cellspacing="0" style="{style}"><thead>{head}</thead><tbody>{body}</tbody></table>'


# ================================================================== page 1: NukeViet 4.2 + Phong Nha's theme (Tỉnh ủy) — a conference; a figures box, a data table that IS text, a layout table of two pictures
A01_CAPS = ["Đồng chí Nguyễn Đăng Khoa, Bí thư Tỉnh ủy phát biểu kết luận hội nghị",
            "Các đại biểu biểu quyết thông qua nghị quyết hội nghị"]
A01_BOX = ["GRDP tăng 7,6%", "Thu ngân sách: 9.412 tỷ đồng", "Giải ngân đầu tư công: 68,5% kế hoạch", "Kết nạp 1.126 đảng viên mới"]
A01_ROWS = [["Chỉ tiêu", "Kế hoạch năm 2029", "Thực hiện 9 tháng", "Tỷ lệ (%)"],
            ["Thu ngân sách nhà nước (tỷ đồng)", "11.580", "9.412", "81,3"],
            ["Giải ngân vốn đầu tư công (tỷ đồng)", "7.240", "4.959", "68,5"],
            ["Kết nạp đảng viên mới (người)", "1.500", "1.126", "75,1"],
            ["Xã đạt chuẩn nông thôn mới nâng cao (xã)", "12", "7", "58,3"]]


def _pn_factbox():
    li = "".join(f"<li>{esc(x)}</li>" for x in A01_BOX)
    return ('<div class="pn42-sodo" style="float:right;width:250px;margin:0 0 10px 15px;border:1px solid #b71c1c;background:#fff8e1;padding:8px 10px">'
            f'<p style="text-align:center"><strong>CON SỐ NỔI BẬT 9 THÁNG</strong></p><ul>{li}</ul></div>')


def _pn_pair():
    imgs = "".join(f'<td style="width:50%;text-align:center;vertical-align:top"><img alt="" src="/uploads/news/2029_10/hoi-nghi-tinh-uy-lan-thu-19-0{k + 1}.jpg" style="width:100%" /></td>' for k in range(2))
    caps = "".join(f'<td style="text-align:center;vertical-align:top"><em>{esc(c)}</em></td>' for c in A01_CAPS)
    return f'<table border="0" cellpadding="3" cellspacing="0" style="width:100%"><tbody><tr>{imgs}</tr><tr>{caps}</tr></tbody></table>'


A01 = A57("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 19 đánh giá kết quả 9 tháng năm 2029",
          "Sáng 4/10, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 19 để đánh giá tình hình thực hiện nhiệm vụ 9 tháng, bàn giải pháp hoàn thành các chỉ tiêu năm 2029. Đồng chí Nguyễn Đăng Khoa, Bí thư Tỉnh ủy chủ trì hội nghị.",
          [TX(_pn_factbox()),
           P("Theo báo cáo của Ban Thường vụ Tỉnh ủy, 9 tháng năm 2029, tình hình kinh tế - xã hội của tỉnh tiếp tục chuyển biến tích cực. Tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,6% so với cùng kỳ; thu ngân sách nhà nước đạt 9.412 tỷ đồng, bằng 81,3% dự toán; giải ngân vốn đầu tư công đạt 68,5% kế hoạch, cao hơn bình quân cả nước."),
           P("Kết quả thực hiện một số chỉ tiêu chủ yếu trong 9 tháng như sau:"),
           ("table", A01_ROWS),
           P("Công tác xây dựng Đảng, hệ thống chính trị được chú trọng. Ban Thường vụ Tỉnh ủy đã ban hành 14 nghị quyết, chỉ thị, kết luận chuyên đề; hoàn thành 38/42 cuộc kiểm tra, giám sát theo chương trình năm; việc vận hành chính quyền địa phương hai cấp ở 78 xã, phường, đặc khu ngày càng nền nếp."),
           TX(_pn_pair(), caps=A01_CAPS),
           P("Bên cạnh kết quả đạt được, hội nghị thẳng thắn chỉ ra những hạn chế: tiến độ một số dự án trọng điểm còn chậm; thu hút đầu tư vào các khu công nghiệp chưa đạt kỳ vọng; ở một số xã, phường, việc bố trí cán bộ chuyên môn về đất đai, xây dựng còn thiếu."),
           P("Kết luận hội nghị, đồng chí Nguyễn Đăng Khoa yêu cầu các cấp ủy, chính quyền tập trung tháo gỡ vướng mắc về mặt bằng để đẩy nhanh giải ngân vốn đầu tư công; chủ động phương án ứng phó mưa lũ những tháng cuối năm; chuẩn bị tốt các điều kiện để tiến tới đại hội đảng bộ các cấp nhiệm kỳ 2030 - 2035."),
           P("Hội nghị đã biểu quyết thông qua Nghị quyết về nhiệm vụ trọng tâm 3 tháng cuối năm 2029.")])


def page01():
    pub = d("2029-10-04 18:05")
    site, base = "https://tinhuyquangtri.vn", "/news/hoat-dong-cua-tinh-uy/"
    stf = lambda x: f"{wd(x, lower=True)}, {dmy(x)} - {hm(x)}"
    credit = "Thùy Linh - Anh Tuấn"

    def detail(rng, rl, rd):
        body = A01.render(p=jpar, table=data_table) + "\n" + rightp(credit)
        stamp = f'<em class="fa fa-clock-o">&nbsp;</em>{esc(stf(pub))}'
        extra = ' <span class="pn42-hits"><em class="fa fa-eye">&nbsp;</em>Đã xem: 1.204</span>'
        return (nv4_detail(site, esc(A01.title), stamp, body, "pn42", "", extra_meta=extra, hometext=f"<strong>{esc(A01.lead)}</strong>")
                + nv4_tail56(site, base, rl, rd, stf, ["Hội nghị Tỉnh ủy", "9 tháng năm 2029", "kinh tế - xã hội"], "Tổng số điểm của bài viết là: 31 trong 7 đánh giá", "", 3917, pub))

    return mk57(1, "provincial_party_nukeviet42_phongnha_theme_figures_box_beside_data_table_text_layout_table_two_pictures",
                "quangtri-tinhuy-nukeviet42-phongnha-theme-lowercase-weekday-comma-dd-mm-yyyy-dash-hh-mm-bold-hometext-floated-con-so-noi-bat-box-data-table-th-rows-layout-table-two-pictures-caption-row-two-writers-dash",
                "nv42_pn", site, base + "hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-19-danh-gia-ket-qua-9-thang-nam-2029-3917.html",
                "Tỉnh ủy Quảng Trị", "NukeViet v4.2", A01, pub, detail,
                crumbs_of(site, ["Tin tức", "Hoạt động của Tỉnh ủy"], cls="breadcrumbs list-none"), "Hoạt động của Tỉnh ủy",
                {"author": "Thùy Linh, Anh Tuấn"},
                "NukeViet 4.2 under Phong Nha's theme for a Tỉnh ủy; a CONFERENCE (the Provincial Executive's nine-month review). Stamp 'Thứ năm, 04/10/2029 - 18:05' → "
                "2029-10-04T18:05 (NukeViet's lowercase weekday, set 53). The bold hometext → lead. Three things share the text block, and only one of them is text: (1) a floated, "
                "bordered 'CON SỐ NỔI BẬT 9 THÁNG' box at the top with four bullets repeating figures of the text — a fact box (set 24): not body; (2) the data table the text "
                "introduces ('… như sau:'), a header row of <th> and four rows of targets — text, one body paragraph per row, cells joined by ' | ' (sets 30, 53); (3) a borderless "
                "LAYOUT table placing two pictures side by side with their two captions in the row under them — two captions in page order, and no 'cell | cell' row (set 29). "
                "The credit typed last, bold right, 'Thùy Linh - Anh Tuấn' → two writers (set 28), no unit. The Secretary is a subject; tags, rating and 'Những tin mới hơn / cũ hơn' "
                "(days in the item's shape, sets 33, 44) are chrome; category: the crumb's last level.",
                "NukeViet 4.2 (Phong Nha's Tỉnh ủy theme), a conference: 'Thứ năm, dd/mm/yyyy - HH:MM', bold hometext, a floated figures box (not text) above a data table that IS text, a layout table with two pictures side by side and their captions, 'A - B' typed last",
                kb=150, fmt=stf, head_author="Thùy Linh",
                traps={"fact_box": ["CON SỐ NỔI BẬT 9 THÁNG"] + A01_BOX, "credit_as_printed": [credit], "hits": ["Đã xem: 1.204"]})


# ================================================================== page 2: NukeViet 4.5 + Yên Tử's theme (a commune Party committee) — a Party cell meeting; TWIST 1: a bordered box of tasks that IS text, a box of the same shape that is not
A02_BOXHEAD = "NHIỆM VỤ TRỌNG TÂM QUÝ IV/2029"
A02_TASKS = ["1. Vận động 100% hộ gia đình trong thôn tham gia bảo hiểm y tế; mỗi đảng viên phụ trách vận động từ 3 đến 5 hộ, hoàn thành trước ngày 15/12/2029.",
             "2. Hoàn thành trồng mới 12 ha rừng gỗ lớn bằng giống keo lai mô; phối hợp với Trạm Khuyến nông xã tổ chức 2 lớp tập huấn kỹ thuật cho các hộ.",
             "3. Duy trì hoạt động của Tổ tự quản đường liên xóm; tổ chức tổng vệ sinh môi trường vào sáng Chủ nhật cuối tháng.",
             "4. Chuẩn bị chu đáo các điều kiện tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2029."]
A02_HOT = ["ĐƯỜNG DÂY NÓNG TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ", "Văn phòng Đảng ủy xã Đầm Hà: 0203.3 880 126",
           "Hộp thư điện tử: vpdu.damha@quangninh.gov.vn",
           "Mọi phản ánh, kiến nghị của cán bộ, đảng viên và Nhân dân được tiếp nhận, trả lời theo quy định."]
YT_BOX = "border:1px solid #2e7d32;background-color:#f1f8e9;padding:10px 15px;margin:10px 0"


def _yt_box(head, lines):
    return (f'<div style="{YT_BOX}"><p style="text-align:center"><strong>{esc(head)}</strong></p>'
            + "".join(f'<p style="text-align:justify">{esc(x)}</p>' for x in lines) + "</div>")


A02 = A57("Chi bộ thôn Tân Hợp ban hành nghị quyết lãnh đạo thực hiện nhiệm vụ quý IV năm 2029",
          "Tối 5/10, Chi bộ thôn Tân Hợp, Đảng bộ xã Đầm Hà tổ chức sinh hoạt thường kỳ tháng 10, đánh giá kết quả lãnh đạo 9 tháng và ban hành nghị quyết lãnh đạo thực hiện nhiệm vụ quý IV năm 2029.",
          [P("Dự buổi sinh hoạt có đồng chí Vi Thị Hằng, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy xã cùng 31/33 đảng viên của chi bộ (2 đồng chí vắng có lý do)."),
           P("Theo báo cáo của chi ủy, 9 tháng qua, thôn Tân Hợp đã hoàn thành 9/11 chỉ tiêu nghị quyết năm; Nhân dân hiến 1.450 m² đất, đóng góp hơn 380 triệu đồng và 1.200 ngày công để cứng hóa 1,8 km đường liên xóm; tỷ lệ hộ nghèo giảm còn 1,2%. Hai chỉ tiêu chưa đạt là diện tích trồng rừng gỗ lớn và tỷ lệ hộ tham gia bảo hiểm y tế."),
           I("/uploads/news/2029_10/chi-bo-thon-tan-hop-sinh-hoat-thang-10.jpg", "Đồng chí Vi Thị Hằng, Trưởng Ban Xây dựng Đảng Đảng ủy xã phát biểu tại buổi sinh hoạt"),
           P("Trong phần thảo luận, các đảng viên tập trung phân tích nguyên nhân của những chỉ tiêu chưa đạt và đề xuất nhiều cách làm cụ thể. Đảng viên Hoàng Văn Thìn đề nghị phân công mỗi đảng viên phụ trách vận động một số hộ tham gia bảo hiểm y tế; đảng viên Lục Thị Mai kiến nghị mời cán bộ khuyến nông về hướng dẫn kỹ thuật trồng keo lai mô cho các hộ còn e ngại chuyển sang trồng rừng gỗ lớn."),
           P("Sau khi thảo luận, chi bộ thống nhất ban hành nghị quyết lãnh đạo thực hiện nhiệm vụ quý IV năm 2029 với 4 nhiệm vụ trọng tâm sau:"),
           TX(_yt_box(A02_BOXHEAD, A02_TASKS), pars=[A02_BOXHEAD] + A02_TASKS),
           P("Để các nhiệm vụ trên sớm đi vào cuộc sống, chi bộ phân công cụ thể từng đảng viên phụ trách, định kỳ báo cáo kết quả tại buổi sinh hoạt hằng tháng; đồng thời đề nghị Ban Công tác Mặt trận và các chi hội đoàn thể của thôn cùng vào cuộc."),
           P("Phát biểu chỉ đạo, đồng chí Vi Thị Hằng đánh giá cao chất lượng buổi sinh hoạt; nghị quyết ngắn gọn, sát với thực tiễn của thôn. Đồng chí đề nghị chi ủy chú trọng kiểm tra, đôn đốc việc thực hiện, kịp thời biểu dương những đảng viên làm tốt."),
           TX(_yt_box(A02_HOT[0], A02_HOT[1:]))])


def page02():
    pub = d("2029-10-06 09:12")
    site, base = "https://danguy.damha.quangninh.gov.vn", "/news/sinh-hoat-chi-bo/"
    stf = lambda x: f"{wd(x, lower=True)}, {dmy(x)} | {hm(x)}"
    writer = "Lục Văn Thành - Văn phòng Đảng ủy xã Đầm Hà"

    def detail(rng, rl, rd):
        body = A02.render(p=jpar, img=ck_fig)
        stamp = f'<em class="fa fa-clock-o">&nbsp;</em>{esc(stf(pub))}'
        extra = ' <span class="yt45-hits"><em class="fa fa-eye">&nbsp;</em>Lượt xem: 318</span>'
        info = f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(writer)}</p>'
        return (nv4_detail(site, esc(A02.title), stamp, body, "yt45", info, extra_meta=extra, hometext=f"<strong>{esc(A02.lead)}</strong>")
                + nv4_tail56(site, base, rl, rd, stf, ["sinh hoạt chi bộ", "nghị quyết quý IV", "Đầm Hà"], "Tổng số điểm của bài viết là: 22 trong 5 đánh giá", "", 684, pub))

    return mk57(2, "commune_party_committee_nukeviet45_yentu_theme_box_of_tasks_is_text_hotline_box_is_not_twist",
                "quangninh-danguyxadamha-nukeviet45-yentu-theme-lowercase-weekday-dd-mm-yyyy-pipe-hh-mm-bold-hometext-ckeditor-figure-bordered-tinted-box-of-four-tasks-introduced-by-colon-same-box-hotline-after-text-tac-gia-name-dash-unit-twist",
                "nv45_yt", site, base + "chi-bo-thon-tan-hop-ban-hanh-nghi-quyet-lanh-dao-thuc-hien-nhiem-vu-quy-iv-nam-2029-684.html",
                "Đảng ủy xã Đầm Hà", "NukeViet v4.5", A02, pub, detail,
                crumbs_of(site, ["Xây dựng Đảng", "Sinh hoạt chi bộ"], cls="breadcrumbs list-none"), "Sinh hoạt chi bộ",
                {"author": "Lục Văn Thành", "unit": "Văn phòng Đảng ủy xã Đầm Hà"},
                "NukeViet 4.5 under Yên Tử's theme for commune Party committees; a PARTY CELL MEETING (the October meeting, a resolution for the fourth quarter). Stamp 'Thứ bảy, "
                "06/10/2029 | 09:12' → 2029-10-06T09:12. The bold hometext → lead. TWIST: the editor put the resolution's four tasks in a bordered, tinted CKEditor div with a "
                "centred bold heading ('NHIỆM VỤ TRỌNG TÂM QUÝ IV/2029') and numbered lines — the very shape of a fact box — but the text introduces it ('… với 4 nhiệm vụ trọng tâm "
                "sau:') and carries on from it ('Để các nhiệm vụ trên sớm đi vào cuộc sống, …'): it IS the item's text → body, the heading a sub-heading and each task one paragraph "
                "(NEW rule; set 53's particulars that are the item's content). The box of the SAME style after the last paragraph ('ĐƯỜNG DÂY NÓNG TIẾP NHẬN PHẢN ÁNH, KIẾN "
                "NGHỊ', phone, e-mail) is the site's boilerplate (printed on every item, named by nothing in the text) → a fact box, not body (set 24). A reader who drops both "
                "boxes drops the resolution; a reader who keeps both keeps the hotline. NukeViet's author field 'Tác giả: Lục Văn Thành - Văn phòng Đảng ủy xã Đầm Hà' → author "
                "+ unit (set 12's 'Name - unit'). The official and the Party members quoted are subjects; category: the crumb's last level.",
                "NukeViet 4.5 (Yên Tử's commune theme), a Party cell meeting: 'Thứ bảy, dd/mm/yyyy | HH:MM', bold hometext, a CKEditor figure, a bordered box of four tasks introduced by the text (text) and a box of the same shape with the hotline (not text), 'Tác giả: Name - unit' — TWIST",
                kb=135, fmt=stf, head_author="Lục Văn Thành",
                traps={"hotline_box": A02_HOT, "views": ["Lượt xem: 318"], "author_field_as_printed": ["Tác giả: " + writer]})


# ================================================================== page 3: NukeViet 4.4 + Tràng An's theme (a provincial Fatherland Front) — a relief drive; a table of pledges that IS text, an account table with a QR code that is not
A03_ROWS = [["TT", "Đơn vị", "Số tiền (triệu đồng)"],
            ["1", "Công ty cổ phần Xi măng Tam Điệp Xanh", "1.000"],
            ["2", "Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Ninh Bình", "500"],
            ["3", "Công ty TNHH Du lịch sinh thái Vân Long", "500"],
            ["4", "Cán bộ, công chức, người lao động cơ quan Tỉnh ủy", "214"],
            ["5", "Liên đoàn Lao động tỉnh", "200"]]
A03_ACC = ["THÔNG TIN TÀI KHOẢN TIẾP NHẬN ỦNG HỘ", "Quét mã QR để ủng hộ",
           "Tên tài khoản: Ủy ban MTTQ Việt Nam tỉnh Ninh Bình",
           "Số tài khoản: 3761 0000 2979 9",
           "Tại: Ngân hàng TMCP Đầu tư và Phát triển Việt Nam - Chi nhánh Ninh Bình",
           "Nội dung: Ủng hộ đồng bào bị thiệt hại do bão số 7"]


def _ta_account():
    lines = "".join(f'<p style="margin:0 0 4px">{esc(x)}</p>' for x in A03_ACC[2:])
    return ('<table class="ta44-ungho" border="1" cellpadding="6" cellspacing="0" style="width:100%;border-collapse:collapse;border-color:#b71c1c;background:#fffde7">'
            f'<tbody><tr><td colspan="2" style="text-align:center;background:#b71c1c;color:#fff"><strong>{esc(A03_ACC[0])}</strong></td></tr>'
            '<tr><td style="width:160px;text-align:center;vertical-align:middle"><img src="/uploads/news/2029_09/qr-tai-khoan-ung-ho-bao-so-7.png" alt="Mã QR tài khoản ủng hộ" width="140" height="140" />'
            f'<br /><em>{esc(A03_ACC[1])}</em></td><td style="vertical-align:middle">{lines}</td></tr></tbody></table>')


A03 = A57("Ủy ban MTTQ Việt Nam tỉnh phát động ủng hộ đồng bào bị thiệt hại do bão số 7",
          "Sáng 24/9, Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ phát động ủng hộ đồng bào các tỉnh miền Trung bị thiệt hại do bão số 7 và mưa lũ sau bão. Ngay tại buổi lễ, các cơ quan, đơn vị, doanh nghiệp đã đăng ký ủng hộ hơn 6,8 tỷ đồng.",
          [P("Theo thông tin từ Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, bão số 7 và mưa lũ sau bão đã làm 23 người chết và mất tích, hơn 14.000 ngôi nhà bị hư hỏng, tốc mái; hàng chục nghìn héc-ta lúa, hoa màu bị ngập úng tại các tỉnh, thành phố miền Trung."),
           P("Hưởng ứng lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh kêu gọi cán bộ, đảng viên, công chức, viên chức, người lao động, các doanh nghiệp, nhà hảo tâm và Nhân dân trong tỉnh phát huy truyền thống “lá lành đùm lá rách”, chung tay giúp đỡ đồng bào vùng bão lũ sớm ổn định cuộc sống."),
           I("/uploads/news/2029_09/phat-dong-ung-ho-bao-so-7-01.jpg", "Lãnh đạo tỉnh và các đại biểu ủng hộ đồng bào bị thiệt hại do bão số 7 tại lễ phát động"),
           P("Ngay tại buổi lễ, 42 cơ quan, đơn vị, doanh nghiệp đã đăng ký ủng hộ với tổng số tiền 6,82 tỷ đồng. Một số đơn vị có mức ủng hộ lớn gồm:"),
           ("table", A03_ROWS),
           P("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đinh Văn Toàn cam kết toàn bộ số tiền, hiện vật tiếp nhận sẽ được chuyển kịp thời, công khai, minh bạch đến đồng bào vùng bị thiệt hại theo đúng quy định. Đợt vận động được thực hiện đến hết ngày 31/10/2029."),
           TX(_ta_account())])


def page03():
    pub = d("2029-09-24 15:40")
    site, base = "https://mattran.ninhbinh.gov.vn", "/news/cuu-tro-xa-hoi/"
    stf = lambda x: f"{wd(x, lower=True)} - {dmy(x)} {hm(x)}"
    credit = "Tin, ảnh: Quỳnh Anh"

    def detail(rng, rl, rd):
        body = A03.render(p=jpar, img=lambda s, c, n: f'<figure class="article center"><img alt="{esc(c, True)}" src="{s}" class="img-responsive" /><figcaption>{esc(c)}</figcaption></figure>',
                          table=lambda rows: data_table(rows, cls="ta44-bang")) + "\n" + rightp(credit)
        stamp = f'<em class="fa fa-calendar">&nbsp;</em>{esc(stf(pub))}'
        extra = ' <span class="ta44-hits"><em class="fa fa-eye">&nbsp;</em>Đã xem: 2.086</span>'
        cm = thread([("Phạm Thị Nhung", "24/09/2029 18:22", "Cho hỏi Mặt trận tỉnh có tiếp nhận ủng hộ bằng hiện vật như quần áo, mì tôm không ạ?",
                      ("Ủy ban MTTQ Việt Nam tỉnh Ninh Bình", "25/09/2029 07:50", "Chào chị, đợt này Ủy ban chỉ tiếp nhận ủng hộ bằng tiền để chuyển nhanh đến vùng bị thiệt hại.")),
                     ("Vũ Đức Hạnh", "24/09/2029 20:05", "Gia đình tôi đã chuyển khoản ủng hộ. Mong bà con miền Trung sớm vượt qua khó khăn.")],
                    head="Ý kiến bạn đọc", cls="ta44-cmt")
        return (nv4_detail(site, esc(A03.title), stamp, body, "ta44", "", extra_meta=extra, hometext=f"<strong>{esc(A03.lead)}</strong>")
                + nv4_tail56(site, base, rl, rd, stf, ["bão số 7", "ủng hộ đồng bào miền Trung", "MTTQ"], "Tổng số điểm của bài viết là: 54 trong 12 đánh giá", cm, 2271, pub))

    return mk57(3, "fatherland_front_nukeviet44_trangan_theme_pledges_table_text_account_table_qr_not_text",
                "ninhbinh-ubmttqtinh-nukeviet44-trangan-theme-lowercase-weekday-dash-dd-mm-yyyy-hh-mm-bold-hometext-figure-center-figcaption-pledges-data-table-account-table-qr-code-em-label-tin-anh-credit-comments-with-office-reply",
                "nv44_ta", site, base + "uy-ban-mttq-viet-nam-tinh-phat-dong-ung-ho-dong-bao-bi-thiet-hai-do-bao-so-7-2271.html",
                "Ủy ban MTTQ Việt Nam tỉnh Ninh Bình", "NukeViet v4.4", A03, pub, detail,
                crumbs_of(site, ["Tin tức", "Cứu trợ xã hội"], cls="breadcrumbs list-none"), "Cứu trợ xã hội",
                {"author": "Quỳnh Anh", "photographer": "Quỳnh Anh"},
                "NukeViet 4.4 under Tràng An's theme for a provincial Fatherland Front committee; a RELIEF DRIVE (a launch after a storm). Stamp NukeViet's default 'Thứ hai - "
                "24/09/2029 15:40' → 2029-09-24T15:40. Bold hometext → lead. Two tables in the text: the table of pledges the text introduces ('Một số đơn vị có mức ủng hộ lớn "
                "gồm:', a header row and five rows) IS text → one body paragraph per row (sets 30, 53); the account table at the end of the text (a red title row 'THÔNG TIN TÀI KHOẢN "
                "TIẾP NHẬN ỦNG HỘ', a QR code with the italic label 'Quét mã QR để ủng hộ' under it, the account's lines) is a donation box (set 24; set 56's donation box, here a table) "
                "→ none of it is body, and the QR's italic label is no caption (it names no scene of the item; it is part of the box). The credit typed last, bold right, 'Tin, ảnh: Quỳnh "
                "Anh' → author and photographer. The chairman, the comments and the Front's reply account are no writers; category: the crumb's last level.",
                "NukeViet 4.4 (Tràng An's Fatherland Front theme), a relief drive: 'Thứ hai - dd/mm/yyyy HH:MM', bold hometext, a figcaption, a table of pledges that IS text, an account table with a QR code and its italic label (not text, no caption), 'Tin, ảnh: Name', comments",
                kb=170, fmt=stf, head_author="Quỳnh Anh",
                traps={"account_box": A03_ACC, "comments": ["Phạm Thị Nhung", "Vũ Đức Hạnh"], "credit_as_printed": [credit], "hits": ["Đã xem: 2.086"]})


# ================================================================== page 4: '.dcs.vn' 'Mặt trận - Đoàn thể' template (a Tỉnh ủy) — a commemoration; a zoom row, a quoted letter that IS text, a 'Tin bài cùng sự kiện' box, a YouTube facade
A04_LETTER = ["“Trong chặng đường 99 năm qua, phụ nữ các dân tộc tỉnh Lai Châu luôn phát huy truyền thống anh hùng, bất khuất, trung hậu, đảm đang, có nhiều đóng góp quan trọng vào sự nghiệp xây dựng và bảo vệ quê hương. Ban Thường vụ Tỉnh ủy ghi nhận, biểu dương những kết quả mà các cấp Hội đã đạt được, nhất là trong công tác giúp phụ nữ vùng cao, biên giới phát triển kinh tế, thoát nghèo bền vững.",
              "Ban Thường vụ Tỉnh ủy đề nghị các cấp Hội tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở; chú trọng xây dựng đội ngũ cán bộ Hội là người dân tộc thiểu số; chăm lo thiết thực hơn nữa đời sống vật chất, tinh thần của hội viên, phụ nữ”."]
A04_SAME = [("Hội LHPN tỉnh tổ chức Hội thi “Phụ nữ Lai Châu khéo tay” năm 2029", "2029-10-15 09:30"),
            ("Phụ nữ vùng cao chung tay xây dựng nông thôn mới", "2029-10-12 14:10"),
            ("Trao 50 “Mái ấm tình thương” cho hội viên phụ nữ nghèo", "2029-10-08 10:05")]
A04_VIDEO = ["Phóng sự: Phụ nữ Lai Châu - 99 năm một chặng đường", "Lai Châu TV", "08:26"]


def _dcs_tools():
    return ('<div class="dcs-tools"><span class="dcs-tools-label">Cỡ chữ:</span> <a href="#" class="fs-down">A-</a> <a href="#" class="fs-reset">A</a> <a href="#" class="fs-up">A+</a>'
            ' <a href="#" class="dcs-print" onclick="window.print();return false;">In bài</a> <a href="#" class="dcs-listen">Nghe đọc</a></div>')


def _dcs_letter():
    return ('<blockquote class="dcs-quote" style="border-left:3px solid #c62828;padding-left:12px">'
            + "".join(f'<p style="text-align:justify"><em>{esc(x)}</em></p>' for x in A04_LETTER) + "</blockquote>")


def _dcs_video():
    t, ch, dur = A04_VIDEO
    return (f'<div class="dcs-yt-facade" data-youtube-id="kX3pL9aQ2mE" style="position:relative"><img src="https://i.ytimg.example/vi/kX3pL9aQ2mE/hqdefault.jpg" alt="" style="width:100%" />'
            f'<div class="dcs-yt-title">{esc(t)}</div><div class="dcs-yt-channel">{esc(ch)}</div><button type="button" class="dcs-yt-play">Xem video</button>'
            f'<span class="dcs-yt-dur">{dur}</span></div>')


A04 = A57("Kỷ niệm 99 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
          "Sáng 18/10, Hội Liên hiệp Phụ nữ tỉnh tổ chức lễ kỷ niệm 99 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2029) và biểu dương 45 tập thể, cá nhân tiêu biểu trong các phong trào thi đua của các cấp Hội.",
          [TX(_dcs_tools()),
           P("Dự buổi lễ có đồng chí Lò Thị Xuân, Phó Bí thư Thường trực Tỉnh ủy; lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh cùng đông đảo cán bộ, hội viên phụ nữ các dân tộc trong tỉnh."),
           P("Ôn lại chặng đường 99 năm xây dựng và trưởng thành của Hội, bà Tẩn Thị Sa, Chủ tịch Hội LHPN tỉnh khẳng định phụ nữ các dân tộc Lai Châu luôn đoàn kết, đóng góp to lớn vào sự nghiệp xây dựng và bảo vệ quê hương. Từ đầu nhiệm kỳ 2026 - 2031 đến nay, các cấp Hội đã hỗ trợ 1.860 phụ nữ thoát nghèo; xây dựng 126 mô hình “Chi hội 5 không, 3 sạch” và thành lập 64 tổ hợp tác do phụ nữ làm chủ."),
           RAW("same"),
           I("/Uploads/images/2029/10/ky-niem-99-nam-hoi-lhpn-01.jpg", "Đồng chí Lò Thị Xuân, Phó Bí thư Thường trực Tỉnh ủy trao Thư chúc mừng của Ban Thường vụ Tỉnh ủy cho Hội LHPN tỉnh"),
           P("Tại buổi lễ, đồng chí Lò Thị Xuân đã trao Thư chúc mừng của Ban Thường vụ Tỉnh ủy gửi cán bộ, hội viên phụ nữ các dân tộc trong tỉnh. Thư có đoạn:"),
           TX(_dcs_letter(), pars=A04_LETTER),
           TX(_dcs_video()),
           P("Nhân dịp này, Hội LHPN tỉnh khen thưởng 20 tập thể, 25 cá nhân có thành tích xuất sắc trong phong trào thi đua và các cuộc vận động do Hội phát động."),
           I("/Uploads/images/2029/10/ky-niem-99-nam-hoi-lhpn-02.jpg", "Các tập thể, cá nhân có thành tích xuất sắc nhận giấy khen của Hội LHPN tỉnh")])


def page04():
    pub, upd = d("2029-10-18 16:48"), d("2029-10-19 08:15")
    site, base = "https://laichau.dcs.vn", "/mat-tran-doan-the/"
    stf = lambda x: f"{wd(x)}, {dmy(x)} - {hm(x)}"
    credit = "Thu Hoài"

    def detail(rng, rl, rd):
        same = ('<div class="dcs-cungsukien"><div class="dcs-cungsukien-title">TIN BÀI CÙNG SỰ KIỆN</div><ul>'
                + "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-c{230410 - k * 37}.html">{esc(t)}</a> <span class="dcs-cungsukien-date">({esc(stf(d(x)))})</span></li>' for k, (t, x) in enumerate(A04_SAME))
                + "</ul></div>")
        body = A04.render(p=jpar, img=pem, raw=lambda k: same) + "\n" + rightp(credit)
        return (tick54(rng, pub, stf, "Tin mới", "dcs-ticker")
                + f'<div class="article-detail"><h1 class="title-detail">{esc(A04.title)}</h1>'
                f'<div class="date-detail"><i class="icon-clock"></i> {esc(stf(pub))} <span class="update-detail">Cập nhật lúc {hm(upd)} ngày {dmy(upd)}</span></div>'
                f'<div class="sapo-detail"><strong>{esc(A04.lead)}</strong></div><div class="content-detail">{body}</div>'
                + sharebar("dcs-share") + '</div>'
                + lst(site, base, list(zip(rl[:6], rd[:6])), stf, "dcs-other", "Các tin đã đưa", start=230300))

    return mk57(4, "provincial_party_dcs_mat_tran_doan_the_template_zoom_row_quoted_letter_same_event_box_youtube_facade",
                "laichau-tinhuy-dcs-mat-tran-doan-the-template-ticker-weekday-dd-mm-yyyy-dash-hh-mm-cap-nhat-luc-bold-sapo-zoom-listen-row-tin-bai-cung-su-kien-box-quoted-letter-blockquote-youtube-facade-italic-captions-bold-name",
                "dcs_mt", site, base + "ky-niem-99-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam-c230447.html",
                "Tỉnh ủy Lai Châu", None, A04, pub, detail,
                crumbs_of(site, ["Mặt trận - Đoàn thể"], cls="breadcrumb"), "Mặt trận - Đoàn thể",
                {"author": "Thu Hoài"},
                "The '.dcs.vn' platform's 'Mặt trận - Đoàn thể' section template; a COMMEMORATION (the Women's Union's 99th anniversary). Stamp 'Thứ Năm, 18/10/2029 - 16:48' → "
                "2029-10-18T16:48; 'Cập nhật lúc 08:15 ngày 19/10/2029' → updated (a time, then the day after 'ngày', as set 56's 'Xuất bản lúc'). The bold sapo → lead. Inside the "
                "content block, and not text: the zoom / print / 'Nghe đọc' row at its top (set 45's tool row); a 'TIN BÀI CÙNG SỰ KIỆN' box of three items of the same event, each "
                "with its own stamp in the item's shape (set 24's related box in a new wording; sets 33, 44 for its days); a YouTube facade (thumbnail, the clip's title 'Phóng sự: …', "
                "the channel 'Lai Châu TV', a 'Xem video' button and a duration) — player chrome (sets 24, 34). TEXT, though set apart: the Standing Board's letter quoted in an "
                "italic blockquote, introduced by 'Thư có đoạn:' — two body paragraphs, quotation marks kept (a quotation the text introduces is the text's, set 47). The centred "
                "italic captions under the pictures are captions. The credit typed last, bold right, 'Thu Hoài' → author. The officials are subjects; category: the crumb's only level.",
                "'.dcs.vn' 'Mặt trận - Đoàn thể' template, a commemoration: ticker, 'Thứ Năm, dd/mm/yyyy - HH:MM' + 'Cập nhật lúc HH:MM ngày …', bold sapo, a zoom row, a 'Tin bài cùng sự kiện' box, a quoted letter in a blockquote (text), a YouTube facade, a bold right name",
                kb=120, upd=upd, fmt=stf, head_author="Thu Hoài",
                traps={"tools": ["Nghe đọc"], "same_event": ["TIN BÀI CÙNG SỰ KIỆN"] + [t for t, _ in A04_SAME], "player": A04_VIDEO,
                       "update_label": [f"Cập nhật lúc {hm(d('2029-10-19 08:15'))} ngày 19/10/2029"]})


# ================================================================== page 5: Liferay DXP 2028.Q2 + Ngọc Linh's news portlet (a Tỉnh ủy board) — a course; a list of topics that IS text, a programme aside and a quiz that are not
A05_TOPICS = ["Một số vấn đề mới trong công tác tuyên giáo và dân vận sau khi sắp xếp tổ chức bộ máy;",
              "Kỹ năng nắm bắt, định hướng dư luận xã hội ở cơ sở;",
              "Công tác đấu tranh, phản bác các quan điểm sai trái, thù địch trên không gian mạng;",
              "Kỹ năng tuyên truyền miệng và tổ chức hội nghị báo cáo viên;",
              "Phong trào thi đua “Dân vận khéo” gắn với xây dựng nông thôn mới và đô thị văn minh;",
              "Công tác dân vận trong vùng đồng bào dân tộc thiểu số và tôn giáo."]
A05_PROG = [("Thứ Hai, 15/10", "Khai giảng; chuyên đề 1"), ("Thứ Ba, 16/10", "Chuyên đề 2 và 3"), ("Thứ Tư, 17/10", "Chuyên đề 4"),
            ("Thứ Năm, 18/10", "Chuyên đề 5 và 6"), ("Thứ Sáu, 19/10", "Thực hành, viết thu hoạch, bế giảng")]
A05_QUIZ = ["KIỂM TRA NHANH", "Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo và dân vận năm 2029 gồm bao nhiêu chuyên đề?",
            "A. 4 chuyên đề", "B. 6 chuyên đề", "C. 8 chuyên đề", "Kiểm tra đáp án"]


def _nl_prog():
    rows = "".join(f'<tr><td class="nl-lh-ngay">{esc(a)}</td><td>{esc(b)}</td></tr>' for a, b in A05_PROG)
    return ('<aside class="nl-lichhoc" style="float:right;width:240px;margin:0 0 10px 15px;border:1px solid #1565c0;background:#e3f2fd;padding:8px">'
            f'<h4 class="nl-lichhoc-title">LỊCH HỌC</h4><table class="nl-lichhoc-tbl"><tbody>{rows}</tbody></table></aside>')


def _nl_quiz():
    h, q, *opts, btn = A05_QUIZ
    li = "".join(f'<li><label><input type="radio" name="nl-quiz-1" value="{k}" /> {esc(o)}</label></li>' for k, o in enumerate(opts))
    return (f'<div class="nl-quiz" data-quiz-id="1187"><div class="nl-quiz-title">{esc(h)}</div><p class="nl-quiz-q">{esc(q)}</p><ul class="nl-quiz-opts">{li}</ul>'
            f'<button type="button" class="btn btn-primary btn-sm">{esc(btn)}</button><div class="nl-quiz-result" style="display:none">Chính xác!</div></div>')


A05 = A57("Khai giảng lớp bồi dưỡng nghiệp vụ công tác tuyên giáo và dân vận cho cán bộ cấp xã",
          "Sáng 15/10, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh khai giảng lớp bồi dưỡng nghiệp vụ công tác tuyên giáo và dân vận năm 2029 cho 120 học viên là cán bộ làm công tác tuyên giáo, dân vận của các xã, phường, đặc khu.",
          [TX(_nl_prog()),
           P("Lớp học diễn ra trong 5 ngày, từ ngày 15 đến 19/10/2029, tại Trường Chính trị tỉnh. Các học viên được truyền đạt 6 chuyên đề:"),
           ("ul", A05_TOPICS),
           P("Phát biểu khai giảng, đồng chí Đinh Thị Hồng Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh: sau khi sắp xếp, đội ngũ làm công tác tuyên giáo, dân vận ở cấp xã có nhiều đồng chí mới được phân công, chưa qua đào tạo chuyên sâu; vì vậy, lớp bồi dưỡng là dịp để cán bộ cơ sở cập nhật kiến thức, trao đổi kinh nghiệm và nâng cao kỹ năng thực hành."),
           I("/documents/20143/0/khai-giang-lop-tuyen-giao-dan-van-2029.jpg", "Đồng chí Đinh Thị Hồng Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu khai giảng lớp bồi dưỡng"),
           P("Anh A Nghĩa, công chức Văn phòng Đảng ủy xã Đăk Tô chia sẻ: “Tôi mới được phân công theo dõi công tác dân vận từ tháng 7. Tôi mong qua lớp học sẽ biết cách nắm bắt tâm tư của bà con và cách xử lý những thông tin sai lệch trên mạng xã hội”."),
           TX(_nl_quiz()),
           P("Kết thúc khóa học, các học viên làm bài thu hoạch; những học viên đạt yêu cầu được cấp giấy chứng nhận hoàn thành chương trình.")])


def page05():
    pub = d("2029-10-15 17:20")
    site, base = "https://bantuyengiaodanvan.quangngai.gov.vn", "/web/guest/dao-tao-boi-duong/-/nl-news/"
    stf = lambda x: f"{dmy(x)} - {hm(x)}"
    credit = "Bài, ảnh: Y Nhi"

    def detail(rng, rl, rd):
        img = lambda s, c, n: (f'<div class="nl-img" style="text-align:center"><img src="{site}{s}" alt="" style="max-width:100%" />'
                               f'<p class="nl-img-desc" style="text-align:center;font-style:italic">{esc(c)}</p></div>')
        body = A05.render(p=jpar, img=img) + "\n" + rightp(credit)
        meta = (f'<div class="nl-meta"><span class="nl-date">Ngày xuất bản: {esc(stf(pub))}</span>'
                f' <span class="nl-views">Lượt xem: 213</span> <a class="nl-print" href="#" onclick="window.print()">In trang</a></div>')
        return (f'<div class="nl-news-detail"><h1 class="nl-title">{esc(A05.title)}</h1>{meta}'
                f'<div class="nl-sapo"><strong>{esc(A05.lead)}</strong></div><div class="nl-content journal-content-article">{body}</div>'
                + sharebar("nl-share") + '</div>'
                + related_same(site, base, list(zip(rl[:6], rd[:6])), stf, "Tin cùng chuyên mục", "nl-same", 41820))

    return mk57(5, "tinh_uy_board_liferay_dxp2028q2_ngoclinh_news_portlet_list_of_topics_text_programme_aside_quiz_not_text",
                "quangngai-bantuyengiaovadanvan-liferay-dxp-2028q2-ngoclinh-nl-news-detail-ngay-xuat-ban-dd-mm-yyyy-dash-hh-mm-bold-sapo-floated-lich-hoc-aside-ul-six-topics-quiz-kiem-tra-nhanh-radio-options-italic-caption-bai-anh-y-name",
                "lr282nl", site, base + "khai-giang-lop-boi-duong-nghiep-vu-cong-tac-tuyen-giao-va-dan-van-cho-can-bo-cap-xa",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi", "Liferay DXP 2028.Q2", A05, pub, detail,
                crumbs_of(site, ["Tin tức", "Đào tạo, bồi dưỡng"], cls="breadcrumb"), "Đào tạo, bồi dưỡng",
                {"author": "Y Nhi", "photographer": "Y Nhi"},
                "Liferay DXP 2028.Q2 + Ngọc Linh's news detail portlet, a Tỉnh ủy board's site; a COURSE opens. 'Ngày xuất bản: 15/10/2029 - 17:20' → 2029-10-15T17:20. The "
                "portlet's generic title 'Tin tức' is no category (set 29); the bold sapo → lead. TEXT: the six topics, a <ul> the text introduces ('… 6 chuyên đề:') → one body "
                "paragraph per <li> (set 14). NOT TEXT, though inside the text block: the floated 'LỊCH HỌC' aside at its top (a programme table of the five days — boilerplate "
                "facts that repeat the text's '5 ngày, từ ngày 15 đến 19/10/2029') and the 'KIỂM TRA NHANH' quiz (a question about the item, three radio options, a button) — a "
                "fact box and an interactive widget like a poll (set 24); their days are the course's, no stamps. The picture's description in p.nl-img-desc is a caption. 'Bài, "
                "ảnh: Y Nhi' typed last → author and photographer 'Y Nhi' (the Xơ Đăng/Ê Đê particle 'Y' kept, set 55). The official and the trainee quoted are subjects; "
                "category: the crumb's last level.",
                "Liferay DXP 2028.Q2 + Ngọc Linh's portlet, a course: 'Ngày xuất bản: dd/mm/yyyy - HH:MM', bold sapo, a floated 'LỊCH HỌC' aside and a 'KIỂM TRA NHANH' quiz inside the text (not text), a <ul> of six topics (text), 'Bài, ảnh: Y Name'",
                kb=230, fmt=stf, head_author="Y Nhi",
                traps={"programme": ["LỊCH HỌC", "Thực hành, viết thu hoạch, bế giảng", "Chuyên đề 2 và 3"], "quiz": A05_QUIZ,
                       "credit_as_printed": [credit], "views": ["Lượt xem: 213"]})


# ================================================================== page 6: SharePoint Server 2016 + Bạch Mã's article page layout (a city Party committee) — a visit; a grid of four pictures with ONE caption, a 'Bài viết cùng chủ đề' box, a list of tasks
A06_GRIDCAP = "Bí thư Thành ủy Lê Quang Vinh và đoàn công tác tham quan Trung tâm Phục vụ hành chính công và mô hình “Tổ công nghệ số cộng đồng” của phường Thuận Hóa"
A06_TASKS = ["Hoàn thiện cơ sở dữ liệu dân cư, đất đai, hộ tịch của phường, bảo đảm “đúng, đủ, sạch, sống” trước ngày 31/12/2029;",
             "Duy trì và nâng cao chất lượng hoạt động của các tổ công nghệ số cộng đồng, nhất là hỗ trợ người cao tuổi sử dụng dịch vụ công trực tuyến;",
             "Đưa 100% cuộc họp của Đảng ủy, chính quyền phường lên môi trường số, giảm tối đa hồ sơ giấy;",
             "Chủ động đề xuất với thành phố các giải pháp kết nối, chia sẻ dữ liệu giữa các phần mềm chuyên ngành."]
A06_REL = [("Phường Thuận Hóa ra mắt ứng dụng “Thuận Hóa số”", "2029-06-14 10:20"),
           ("Thành ủy tổng kết 3 năm thực hiện Nghị quyết về chuyển đổi số", "2029-08-30 16:45")]


def _bm_grid():
    cells = ["".join(f'<td style="width:50%;padding:2px"><img src="/TinTuc/PublishingImages/2029/09/bi-thu-thanh-uy-lam-viec-thuan-hoa-0{2 * r + c + 1}.jpg" alt="" style="width:100%" /></td>'
                     for c in range(2)) for r in range(2)]
    return ('<table class="bm16-grid" border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody>'
            + "".join(f"<tr>{row}</tr>" for row in cells)
            + f'<tr><td colspan="2" style="text-align:center;padding:4px"><span class="ms-rteStyle-Caption"><em>{esc(A06_GRIDCAP)}</em></span></td></tr></tbody></table>')


A06 = A57("Bí thư Thành ủy làm việc với Đảng ủy phường Thuận Hóa về công tác chuyển đổi số",
          "Chiều 27/9, đồng chí Lê Quang Vinh, Bí thư Thành ủy cùng đoàn công tác của Thành ủy đã đến thăm, làm việc với Ban Thường vụ Đảng ủy phường Thuận Hóa về kết quả thực hiện chuyển đổi số trong hoạt động của hệ thống chính trị ở cơ sở.",
          [P("Báo cáo với đoàn, đồng chí Trương Thị Mỹ Linh, Bí thư Đảng ủy phường cho biết, từ đầu năm đến nay, 100% hồ sơ thủ tục hành chính của phường được tiếp nhận, giải quyết trên môi trường điện tử; 47/47 chi bộ trực thuộc sử dụng sổ tay đảng viên điện tử trong sinh hoạt; ứng dụng “Thuận Hóa số” đã tiếp nhận và xử lý 1.326 phản ánh của người dân, tỷ lệ hài lòng đạt 96,4%."),
           TX(_bm_grid(), caps=[A06_GRIDCAP]),
           P("Tuy nhiên, hạ tầng mạng ở một số tổ dân phố còn chập chờn; một bộ phận người cao tuổi còn gặp khó khăn khi sử dụng dịch vụ công trực tuyến; việc kết nối, chia sẻ dữ liệu giữa các phần mềm chuyên ngành chưa thông suốt."),
           RAW("rel"),
           P("Phát biểu kết luận, đồng chí Lê Quang Vinh ghi nhận, biểu dương những kết quả phường Thuận Hóa đạt được và đề nghị phường tập trung thực hiện tốt một số nhiệm vụ sau:"),
           ("ul", A06_TASKS),
           P("Dịp này, Bí thư Thành ủy trao tặng 20 máy tính bảng cho các tổ công nghệ số cộng đồng của phường.")])


def page06():
    pub = d("2029-09-28 08:30")
    site = "https://thanhuy.hue.gov.vn"
    stf = lambda x: f"{dmy(x)} {twelve(x)}"
    byline = "Hoàng Vũ – Văn phòng Thành ủy"

    def detail(rng, rl, rd):
        rel = ('<div class="bm16-lienquan" style="border-top:2px solid #6a1b9a;border-bottom:1px solid #ccc;margin:10px 0;padding:6px 0"><div class="bm16-lienquan-title"><strong>BÀI VIẾT CÙNG CHỦ ĐỀ</strong></div><ul>'
               + "".join(f'<li><a href="{site}/tin-tuc/Pages/{slug(t)[:50]}.aspx">{esc(t)}</a> <span class="bm16-lq-date">{esc(stf(d(x)))}</span></li>' for t, x in A06_REL)
               + '</ul></div>')
        ul = lambda items: '<ul class="ms-rteElement-List">' + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>"
        body = A06.render(p=lambda t: f'<p class="ms-rteElement-P" style="text-align:justify">{esc(t)}</p>', ul=ul, raw=lambda k: rel)
        fid = "ctl00_PlaceHolderMain_ctl02"
        others = "".join(f'<li class="bm16-other-item"><a href="{site}/tin-tuc/Pages/{slug(t)[:50]}.aspx">{esc(t)}</a> <span class="bm16-other-date">{esc(stf(x))}</span></li>' for t, x in zip(rl[:6], rd[:6]))
        return (f'<div class="bm16-article article-content"><h1 class="bm16-title"><span id="{fid}_TitleField">{esc(A06.title)}</span></h1>'
                f'<div class="bm16-date"><span class="bm16-label">Ngày đăng:</span> <span id="{fid}_ArticleStartDate">{esc(stf(pub))}</span></div>'
                f'<div class="bm16-summary" id="{fid}_SummaryField"><p><strong>{esc(A06.lead)}</strong></p></div>'
                f'<div id="{fid}__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">{body}</div>'
                f'<div class="bm16-byline"><span class="bm16-label">Tác giả:</span> <span id="{fid}_ByLine">{esc(byline)}</span></div>'
                + sharebar("bm16-share") + '</div>'
                f'<div class="bm16-others"><h3 class="ms-standardheader">Tin khác</h3><ul>{others}</ul></div>')

    crumbs = ('<div class="bm16-breadcrumb"><span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath"><span><a href="/">Trang chủ</a></span><span> &gt; </span>'
              '<span><a href="/tin-tuc">Tin tức</a></span><span> &gt; </span><span>Hoạt động của lãnh đạo Thành ủy</span></span></div>')
    return mk57(6, "city_party_committee_sharepoint2016_bachma_page_layout_grid_of_four_one_caption_related_box_list_of_tasks",
                "hue-thanhuy-sharepoint-server-2016-bachma-articlebm-page-layout-ngay-dang-dd-mm-yyyy-h-mm-sa-bold-summary-field-grid-four-pictures-one-caption-row-bai-viet-cung-chu-de-box-ul-tasks-tac-gia-name-en-dash-unit",
                "sp16bm", site, "/tin-tuc/Pages/bi-thu-thanh-uy-lam-viec-voi-dang-uy-phuong-thuan-hoa-ve-cong-tac-chuyen-doi-so.aspx",
                "Thành ủy Huế", "Microsoft SharePoint", A06, pub, detail,
                crumbs, "Hoạt động của lãnh đạo Thành ủy",
                {"author": "Hoàng Vũ", "unit": "Văn phòng Thành ủy"},
                "SharePoint Server 2016 publishing under Bạch Mã's master page and article page layout (ArticleBM.aspx), a city Party committee; a WORKING VISIT. ArticleStartDate "
                "printed with the site's vi-VN culture: 'Ngày đăng: 28/09/2029 8:30 SA' → 2029-09-28T08:30 (SA is a.m., set 27). The bold summary field → lead. In the rich-text "
                "field: a borderless GRID of four pictures (two rows of two) with ONE caption row spanning the grid (ms-rteStyle-Caption) → one caption for the four pictures "
                "(set 24's gallery caption; the pictures have none of their own); an in-text 'BÀI VIẾT CÙNG CHỦ ĐỀ' box of two earlier items with their stamps in the item's shape "
                "→ a related box (set 24, a new wording), not body; the Secretary's tasks, a <ul> the text introduces ('… một số nhiệm vụ sau:') → body, one paragraph per <li>. "
                "The byline field 'Tác giả: Hoàng Vũ – Văn phòng Thành ủy' → author + unit (en dash, set 31). The officials are subjects; category: the trail's last level "
                "('Trang chủ > Tin tức > Hoạt động của lãnh đạo Thành ủy'). 'Tin khác' with stamps is chrome.",
                "SharePoint Server 2016 + Bạch Mã's page layout, a visit: 'Ngày đăng: dd/mm/yyyy h:mm SA', bold summary field, a grid of four pictures with one caption row, a 'Bài viết cùng chủ đề' box (not text), a list of tasks (text), 'Tác giả: Name – unit', ViewState",
                kb=210, form=True, fmt=stf, head_author="Hoàng Vũ",
                traps={"related_box": ["BÀI VIẾT CÙNG CHỦ ĐỀ"] + [t for t, _ in A06_REL], "byline_as_printed": [byline]})


# ================================================================== page 7: DNN 9.5 + Cát Tiên's news module (a department) — a course; a Facebook post card, a writer's footnote that IS text, a hotline box
A07_FB = ["Sở Y tế Lâm Đồng", "20 tháng 9 lúc 15:42", "Công khai",
          "[TẬP HUẤN SƠ CẤP CỨU BAN ĐẦU CHO LỰC LƯỢNG BẢO VỆ AN NINH, TRẬT TỰ Ở CƠ SỞ] 150 học viên đã được các bác sĩ Trung tâm Cấp cứu 115 hướng dẫn kỹ năng cầm máu, băng bó, cố định xương gãy và hồi sinh tim phổi. Mỗi người biết sơ cứu là thêm một cơ hội sống cho người bị nạn! #SởYtếLâmĐồng #SơCấpCứu",
          "326 lượt thích · 18 bình luận · 41 lượt chia sẻ", "Xem bài viết trên Facebook"]
A07_NOTE = "(1) Theo tài liệu hướng dẫn sơ cấp cứu của ngành y tế, não có thể bị tổn thương không hồi phục nếu không được cung cấp oxy sau khoảng 4 - 6 phút."
A07_HOT = ["ĐƯỜNG DÂY NÓNG NGÀNH Y TẾ LÂM ĐỒNG", "Cấp cứu: 115", "Đường dây nóng Sở Y tế: 0263.3 822 471",
           "Phản ánh về thái độ phục vụ của nhân viên y tế: 0911.260 115"]


def _ct_fb():
    """The CMS's own card for a Facebook post the editor linked (an oEmbed-style preview rendered server-side): the page's
    avatar and name, the post's time, its audience, its text, a picture, its counts and a link."""
    page, when, aud, text, stats, link = A07_FB
    href = "https://www.facebook.example/soytelamdong/posts/pfbid02kHs8nQ4vLx7w"
    return (f'<div class="ct95-fbcard" data-href="{href}" style="border:1px solid #dddfe2;border-radius:8px;max-width:520px;margin:12px auto;padding:12px">'
            f'<div class="fbcard-head"><img class="fbcard-avatar" src="/Portals/0/Images/fb-avatar-soyte.png" alt="" width="40" height="40" /> '
            f'<a class="fbcard-page" href="https://www.facebook.example/soytelamdong">{esc(page)}</a><div class="fbcard-meta"><span class="fbcard-time">{esc(when)}</span> · <span class="fbcard-aud">{esc(aud)}</span></div></div>'
            f'<div class="fbcard-text">{esc(text)}</div><img class="fbcard-img" src="/Portals/0/CTNews/2029/09/fb-tap-huan-so-cap-cuu.jpg" alt="" style="width:100%" />'
            f'<div class="fbcard-stats">{esc(stats)}</div><a class="fbcard-link" href="{href}" target="_blank" rel="noopener">{esc(link)}</a></div>')


def _ct_hot():
    return ('<div class="ct95-hotline" style="border:1px dashed #00796b;background:#e0f2f1;padding:8px 12px;margin-top:12px">'
            f'<p style="text-align:center"><strong>{esc(A07_HOT[0])}</strong></p>' + "".join(f"<p>{esc(x)}</p>" for x in A07_HOT[1:]) + "</div>")


A07 = A57("Tập huấn sơ cấp cứu ban đầu cho lực lượng bảo vệ an ninh, trật tự ở cơ sở",
          "Trong 2 ngày 19 và 20/9, Sở Y tế phối hợp với Công an tỉnh tổ chức lớp tập huấn sơ cấp cứu ban đầu cho 150 thành viên lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở của 24 xã, phường khu vực phía Nam tỉnh.",
          [P("Tại lớp tập huấn, các bác sĩ của Trung tâm Cấp cứu 115 tỉnh đã hướng dẫn học viên cách đánh giá nhanh tình trạng người bị nạn, kỹ thuật cầm máu, băng bó vết thương, cố định xương gãy, hồi sinh tim phổi cơ bản và cách vận chuyển an toàn người bị nạn đến cơ sở y tế gần nhất."),
           P("Theo BSCKII. Phạm Ngọc Hải, Giám đốc Trung tâm Cấp cứu 115, phần lớn các vụ tai nạn giao thông, đuối nước ở vùng nông thôn xảy ra ở xa cơ sở y tế, trong khi “thời gian vàng” để sơ cứu người ngừng tim chỉ từ 4 đến 6 phút (1). Vì vậy, lực lượng ở cơ sở nếu được trang bị kỹ năng sẽ góp phần giảm đáng kể tỷ lệ tử vong và di chứng cho người bị nạn."),
           TX(_ct_fb()),
           I("/Portals/0/CTNews/2029/09/tap-huan-so-cap-cuu-01.jpg", "Học viên thực hành hồi sinh tim phổi trên mô hình dưới sự hướng dẫn của bác sĩ Trung tâm Cấp cứu 115"),
           P("Ngoài lý thuyết, học viên được chia thành các nhóm nhỏ để thực hành trên mô hình và xử lý các tình huống giả định như tai nạn giao thông, đuối nước, điện giật. Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận."),
           P("Dự kiến đến hết năm 2029, Sở Y tế sẽ tổ chức thêm 4 lớp cho lực lượng tham gia bảo vệ an ninh, trật tự ở các xã, phường còn lại."),
           RAW("note"),
           TX(_ct_hot())])
A07.blocks[-2] = TX(f'<p class="ct95-note" style="font-size:13px"><em>{esc(A07_NOTE)}</em></p>', pars=[A07_NOTE])


def page07():
    pub = d("2029-09-20 16:05")
    site, base = "https://soyte.lamdong.gov.vn", "/tin-tuc-su-kien/tin-chuyen-nganh/"
    stf = lambda x: f"{hm(x)}, {dmy(x)}"
    writer = "Ngọc Hân (Phòng Nghiệp vụ Y)"

    def detail(rng, rl, rd):
        body = A07.render(p=jpar, img=fig)
        u = "dnn_ctr2290_CTNewsDetail"
        others = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}.aspx">{esc(t)}</a> <span class="ct95-date">{esc(stf(x))}</span></li>' for t, x in zip(rl[:6], rd[:6]))
        return (f'<div class="ct95-detail"><h1 class="ct95-title"><span id="{u}_lblTitle">{esc(A07.title)}</span></h1>'
                f'<div class="ct95-info"><span class="ct95-date"><i class="fa fa-clock-o"></i> <span id="{u}_lblDate">{esc(stf(pub))}</span></span>'
                f' <span class="ct95-author"><i class="fa fa-user"></i> Tác giả: <span id="{u}_lblAuthor">{esc(writer)}</span></span>'
                f' <span class="ct95-views"><i class="fa fa-eye"></i> 741</span></div>'
                f'<div class="ct95-summary"><strong>{esc(A07.lead)}</strong></div><div class="ct95-content" id="{u}_divContent">{body}</div>'
                f'<div class="ct95-tools"><a href="javascript:__doPostBack(\'dnn$ctr2290$CTNewsDetail$lnkPrint\',\'\')">In bài</a> <a href="#">Gửi email</a> <a href="#">Lên đầu trang</a></div></div>'
                f'<div class="ct95-others"><h3>Tin cùng chuyên mục</h3><ul>{others}</ul></div>')

    return mk57(7, "health_department_dnn95_cattien_news_module_facebook_post_card_footnote_text_hotline_box",
                "lamdong-soyte-dnn95-cattien-ct-news-module-hh-mm-comma-dd-mm-yyyy-tac-gia-name-unit-in-info-row-bold-summary-numbered-note-marker-facebook-post-card-time-counts-figcaption-writers-note-hotline-box-viewstate",
                "dnn95ct", site, base + "tap-huan-so-cap-cuu-ban-dau-cho-luc-luong-bao-ve-an-ninh-trat-tu-o-co-so.aspx",
                "Sở Y tế tỉnh Lâm Đồng", "DotNetNuke", A07, pub, detail,
                crumbs_of(site, ["Tin tức - Sự kiện", "Tin chuyên ngành"], cls="ct95-breadcrumb"), "Tin chuyên ngành",
                {"author": "Ngọc Hân", "unit": "Phòng Nghiệp vụ Y"},
                "DNN 9.5 + Cát Tiên's news module (CT.News), a provincial Department of Health; a COURSE (first-aid training). Stamp '16:05, 20/09/2029' → 2029-09-20T16:05 (time, "
                "comma, day). The info row's 'Tác giả: Ngọc Hân (Phòng Nghiệp vụ Y)' → author + unit. The bold summary → lead. In the text block: a Facebook post the editor linked, "
                "printed by the CMS as a CARD (the page's avatar and name 'Sở Y tế Lâm Đồng', the post's time '20 tháng 9 lúc 15:42' · 'Công khai', the post's own text with "
                "its hashtags, a picture with no description, '326 lượt thích · 18 bình luận · 41 lượt chia sẻ', 'Xem bài viết trên Facebook') — an embedded social post (set 24): "
                "neither body nor caption, and its time (the post's, 23 minutes before the item) is no stamp of the item (set 33); the figcaption is a caption; the writer's numbered note '(1) Theo tài liệu …', "
                "keyed to the marker '(1)' in the text, is body (set 28; the marker is kept as printed); the dashed 'ĐƯỜNG DÂY NÓNG NGÀNH Y TẾ LÂM ĐỒNG' box after it (the "
                "department's hotlines, the same on every item) is a fact box (set 24), not body — set 25's rule that a notice's contact line is body is for a notice's own text, "
                "not a site's boxed hotline. 'BSCKII.' is kept with the doctor's name (set 51), who is a subject. Category: the crumb's last level.",
                "DNN 9.5 + Cát Tiên's CT.News, a course: 'HH:MM, dd/mm/yyyy', 'Tác giả: Name (unit)' in the info row, bold summary, a CMS-rendered Facebook post card with its own time and counts, a figcaption, a writer's '(1)' note (text) and a hotline box (not text), ViewState",
                kb=245, form=True, dnn=True, fmt=stf, head_author="Ngọc Hân",
                traps={"facebook_card": A07_FB, "hotline_box": A07_HOT, "tools": ["Lên đầu trang"]})


# ================================================================== page 8: Cổ Loa's ASP.NET WebForms ward CMS — a visit; a slideshow whose counters sit inside the captions, a picture captioned only in its title attribute, a tool row
A08_SLIDES = ["Đồng chí Phạm Thị Thanh Mai, Bí thư Đảng ủy phường tặng quà ông Nguyễn Văn Thụy",
              "Ông Nguyễn Văn Thụy kể lại kỷ niệm ngày tiếp quản Thủ đô",
              "Đoàn công tác thăm bà Đỗ Thị Hồng, nguyên nữ tự vệ thành",
              "Lãnh đạo phường chụp ảnh lưu niệm cùng gia đình ông Trần Đình Lộc"]
A08_TITLE = "Ông Trần Đình Lộc giới thiệu những kỷ vật của thời kỳ tiếp quản Thủ đô"


def _cl_slider():
    n = len(A08_SLIDES)
    slides = "".join(f'<div class="cl-slide{" active" if k == 0 else ""}"><img src="/Uploads/TinTuc/2029/10/tham-cuu-chien-binh-tiep-quan-thu-do-0{k + 1}.jpg" alt="" />'
                     f'<div class="cl-slide-cap"><span class="cl-count">{k + 1}/{n}</span> {esc(c)}</div></div>' for k, c in enumerate(A08_SLIDES))
    return (f'<div class="cl-slider" id="clSlider_3318"><div class="cl-slides">{slides}</div>'
            '<a class="cl-prev" href="javascript:void(0)" title="Ảnh trước">&#8249;</a><a class="cl-next" href="javascript:void(0)" title="Ảnh sau">&#8250;</a></div>')


def _cl_titlepic():
    return (f'<p style="text-align:center"><a class="cl-zoom" href="/Uploads/TinTuc/2029/10/tham-cuu-chien-binh-tiep-quan-thu-do-05.jpg" title="{esc(A08_TITLE, True)}">'
            f'<img src="/Uploads/TinTuc/2029/10/tham-cuu-chien-binh-tiep-quan-thu-do-05-w640.jpg" title="{esc(A08_TITLE, True)}" alt="" width="640" /></a></p>')


def _cl_tools():
    return ('<div class="cl-congcu"><span>Cỡ chữ:</span> <a href="javascript:zoomText(-1)">A-</a> <a href="javascript:zoomText(0)">A</a> <a href="javascript:zoomText(1)">A+</a>'
            ' | <a href="javascript:window.print()">In trang</a> | <a href="#" onclick="guiBanBe();return false;">Gửi bạn bè</a></div>')


A08 = A57("Lãnh đạo phường Ngọc Hà thăm, tặng quà cựu chiến binh tham gia tiếp quản Thủ đô",
          "Nhân kỷ niệm 75 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2029), ngày 8/10, đoàn công tác của Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Ngọc Hà do đồng chí Phạm Thị Thanh Mai, Bí thư Đảng ủy phường làm trưởng đoàn đã đến thăm, tặng quà 12 cựu chiến binh từng tham gia tiếp quản Thủ đô năm 1954.",
          [TX(_cl_tools()),
           P("Đoàn đã đến thăm gia đình ông Nguyễn Văn Thụy, 96 tuổi, nguyên chiến sĩ Trung đoàn Thủ đô, ở tổ dân phố số 9; ông Trần Đình Lộc, 94 tuổi, và bà Đỗ Thị Hồng, 93 tuổi, nguyên nữ tự vệ thành, ở tổ dân phố số 14. Tại mỗi gia đình, đồng chí Phạm Thị Thanh Mai ân cần hỏi thăm sức khỏe, bày tỏ lòng biết ơn đối với những đóng góp của các cụ trong những ngày lịch sử của Thủ đô."),
           TX(_cl_slider(), caps=A08_SLIDES),
           P("Xúc động ôn lại ký ức, ông Nguyễn Văn Thụy nhớ: “Sáng 10/10/1954, đơn vị tôi hành quân vào thành phố. Người dân đứng kín hai bên đường, cờ hoa rực rỡ. Đến bây giờ, mỗi lần nhớ lại tôi vẫn thấy bồi hồi như mới hôm qua”."),
           TX(_cl_titlepic()),
           P("Hiện trên địa bàn phường có 37 cựu chiến binh, cựu quân nhân từng tham gia tiếp quản Thủ đô. Dịp này, Đảng ủy, UBND phường cũng tổ chức gặp mặt, tặng quà các cựu chiến binh và phát động đợt thi đua chào mừng 75 năm Ngày Giải phóng Thủ đô.")])


def page08():
    pub = d("2029-10-08 15:10:25")
    site = "https://ngocha.hanoi.gov.vn"
    stf = lambda x: f"{wd(x)}, {dmy(x)} - {x.hour % 12 or 12}:{x.minute:02d}:{x.second:02d} {'AM' if x.hour < 12 else 'PM'}"
    lst_fmt = lambda x: dmy(x)
    credit = "Bài: Thu Hằng - Ảnh: Đức Anh"

    def detail(rng, rl, rd):
        body = A08.render(p=jpar)
        u = "ctl00_cphNoiDung_ucChiTietTin"
        others = "".join(f'<li><a href="{site}/Portal/ChiTietTin.aspx?id={3318 - k * 5}">{esc(t)}</a> <span class="cl-ngay">({lst_fmt(x)})</span></li>' for k, (t, x) in enumerate(zip(rl[:6], rd[:6])))
        return (f'<div class="cl-duongdan"><a href="{site}/">Trang chủ</a> &gt; <a href="{site}/Portal/DanhSachTin.aspx?cm=4">Tin tức</a> &gt; '
                f'<a href="{site}/Portal/DanhSachTin.aspx?cm=17">Công tác chính sách</a></div>'
                f'<div id="{u}_pnChiTiet" class="cl-chitiet"><h2 class="cl-tieude"><span id="{u}_lblTieuDe">{esc(A08.title)}</span></h2>'
                f'<div class="cl-ngaydang"><span id="{u}_lblNgayDang">{esc(stf(pub))}</span></div>'
                f'<div class="cl-mota"><b><span id="{u}_lblMoTa">{esc(A08.lead)}</span></b></div>'
                f'<div id="{u}_divNoiDung" class="cl-noidung">{body}</div>'
                f'<div class="cl-tacgia" style="text-align:right"><b><span id="{u}_lblTacGia">{esc(credit)}</span></b></div></div>'
                f'<div class="cl-tinkhac"><div class="cl-tinkhac-title">Các tin khác</div><ul>{others}</ul></div>')

    return mk57(8, "ward_party_committee_webforms_colo_cms_slideshow_counters_inside_captions_title_attribute_picture",
                "hanoi-danguyphuongngocha-aspnet-webforms-colo-cl-web-chitiettin-aspx-weekday-dd-mm-yyyy-dash-h-mm-ss-pm-bold-lblmota-zoom-print-row-slideshow-counter-span-inside-caption-picture-title-attribute-only-bai-dash-anh-credit",
                "wfcl", site, "/Portal/ChiTietTin.aspx?id=3318",
                "Đảng ủy phường Ngọc Hà", None, A08, pub, detail,
                "", "Công tác chính sách",
                {"author": "Thu Hằng", "photographer": "Đức Anh"},
                "Cổ Loa's ASP.NET WebForms CMS for wards (CL.Web: /Portal/ChiTietTin.aspx?id=, Main.Master with cphNoiDung and the ucChiTietTin control); a VISIT before the 75th "
                "anniversary of the capital's liberation. Stamp lblNgayDang 'Thứ Hai, 08/10/2029 - 3:10:25 PM' → 2029-10-08T15:10:25 (12-hour PM with printed seconds, kept, sets 13, "
                "29). The bold lblMoTa → lead. In the text block: a zoom / print / 'Gửi bạn bè' row (tools, set 45); a SLIDESHOW of four pictures whose caption bars begin with "
                "the slide's counter in a span ('1/4 Đồng chí …') → four captions, WITHOUT the counters (the counter is the slider's chrome, set 20's counters), prev / next "
                "arrows no text; a picture whose only description is its title attribute (a hover tooltip on the link and the image) → no caption (set 24: tooltips are not "
                "captions; set 26: an image with no printed description has none). The credit lblTacGia after the text, 'Bài: Thu Hằng - Ảnh: Đức Anh' → author 'Thu Hằng', "
                "photographer 'Đức Anh'. The veterans quoted are subjects; category: the crumb's last level ('Công tác chính sách').",
                "Cổ Loa's WebForms ward CMS (ChiTietTin.aspx?id=), a visit: 'Thứ Hai, dd/mm/yyyy - h:mm:ss PM', bold lblMoTa, a zoom row, a slideshow whose counters sit inside the caption bars, a picture captioned only in its title attribute (no caption), 'Bài: A - Ảnh: B', ViewState",
                kb=190, form=True, fmt=lst_fmt, head_author="Thu Hằng",
                traps={"tooltip_only": [A08_TITLE], "tools": ["Gửi bạn bè", "In trang"], "credit_as_printed": [credit]})


# ================================================================== page 9: WordPress + HitMag (a commune Youth Union) — a relief drive; two pictures side by side, a TikTok embed with an editor's caption, an inline related-post box, a numbered list
A09_COLS = ["Đoàn viên phân loại sách giáo khoa theo từng khối lớp tại Nhà văn hóa thôn Trung Hòa",
            "Thiếu nhi mang sách vở đến góp tại điểm tiếp nhận Trường THCS Cẩm Xuyên"]
A09_TT_CAP = "Clip: Những chồng sách nhỏ của thiếu nhi xã Cẩm Xuyên gửi các bạn vùng lũ"
A09_TT = ["@tuoitrecamxuyen", "Những chồng sách nhỏ gửi về vùng lũ 📚❤️", "#tiepbuocemdentruong", "#tuoitrecamxuyen", "♬ âm thanh gốc - Tuổi trẻ Cẩm Xuyên"]
A09_ITEMS = ["Sách giáo khoa từ lớp 1 đến lớp 12 còn sử dụng được;",
             "Vở viết, bút, thước kẻ, cặp sách mới;",
             "Áo mưa, áo ấm cho học sinh tiểu học."]
A09_REL = ("Mời bạn đọc thêm:", "Ra mắt đội hình thanh niên tình nguyện hỗ trợ Nhân dân trong mùa mưa bão")


def _hm_cols():
    fig_ = lambda k, c: (f'<div class="wp-block-column"><figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
                         f'src="/wp-content/uploads/2029/09/tiep-buoc-em-den-truong-0{k}-1024x683.jpg" alt="" class="wp-image-{4120 + k}" />'
                         f'<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure></div>')
    return '<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex">' + "".join(fig_(k + 1, c) for k, c in enumerate(A09_COLS)) + "</div>"


def _hm_tiktok():
    h, txt, t1, t2, snd = A09_TT
    v = "7415283306519987457"
    return ('<figure class="wp-block-embed is-type-video is-provider-tiktok wp-block-embed-tiktok"><div class="wp-block-embed__wrapper">'
            f'<blockquote class="tiktok-embed" cite="https://www.tiktok.example/{h}/video/{v}" data-video-id="{v}" style="max-width:605px;min-width:325px"><section>'
            f'<a target="_blank" title="{h}" href="https://www.tiktok.example/{h}?refer=embed">{h}</a> {esc(txt)} '
            f'<a title="{t1[1:]}" target="_blank" href="https://www.tiktok.example/tag/{t1[1:]}?refer=embed">{t1}</a> '
            f'<a title="{t2[1:]}" target="_blank" href="https://www.tiktok.example/tag/{t2[1:]}?refer=embed">{t2}</a> '
            f'<a target="_blank" title="{esc(snd, True)}" href="https://www.tiktok.example/music/am-thanh-goc-{v}?refer=embed">{esc(snd)}</a></section></blockquote>'
            '<script async src="https://www.tiktok.example/embed.js"></script></div>'
            f'<figcaption class="wp-element-caption">{esc(A09_TT_CAP)}</figcaption></figure>')


def _hm_rel():
    lab, t = A09_REL
    return (f'<div class="irp-box" style="border-left:4px solid #e74c3c;background:#f9f9f9;padding:10px 14px;margin:14px 0"><span class="irp-label">{esc(lab)}</span> '
            f'<a class="irp-link" href="/ra-mat-doi-hinh-thanh-nien-tinh-nguyen-ho-tro-nhan-dan-trong-mua-mua-bao/">{esc(t)}</a></div>')


A09 = A57("Tuổi trẻ xã Cẩm Xuyên quyên góp 2.350 bộ sách giáo khoa tặng học sinh vùng lũ",
          "Sau 10 ngày phát động, Đoàn xã Cẩm Xuyên đã tiếp nhận 2.350 bộ sách giáo khoa, hơn 4.000 cuốn vở và nhiều đồ dùng học tập do đoàn viên, thanh niên và Nhân dân đóng góp để tặng học sinh vùng bị ảnh hưởng nặng nề bởi lũ quét.",
          [P("Chương trình “Tiếp bước em đến trường” được Ban Thường vụ Đoàn xã phát động từ ngày 29/8, ngay sau khi nhận được thông tin nhiều học sinh ở các xã miền núi phía Tây của tỉnh bị mất sách vở, đồ dùng học tập do lũ quét. Các hiện vật được tiếp nhận gồm:"),
           ("ul", A09_ITEMS),
           P("Tại các điểm tiếp nhận đặt ở nhà văn hóa các thôn và Trường THCS Cẩm Xuyên, các đội hình thanh niên tình nguyện đã phân loại, đóng gói sách vở theo từng khối lớp để thuận tiện khi trao tặng."),
           TX(_hm_cols(), caps=A09_COLS),
           P("Chị Trần Thị Thu Hà, Bí thư Đoàn xã cho biết: “Nhiều phụ huynh đã mang cả bộ sách năm trước của con đến gửi, có em nhỏ dành tiền tiết kiệm mua vở mới để tặng các bạn. Điều đó khiến chúng tôi rất xúc động”."),
           TX(_hm_tiktok(), caps=[A09_TT_CAP]),
           TX(_hm_rel()),
           P("Dự kiến ngày 12/9, toàn bộ số sách vở, đồ dùng trên sẽ được Đoàn xã phối hợp với Hội Khuyến học xã trao tận tay học sinh tại 3 trường học vùng lũ.")])


def page09():
    pub = d("2029-09-09 20:30")
    site = "https://tuoitrecamxuyen.vn"
    stf = lambda x: dmy(x)

    def detail(rng, rl, rd):
        ol = lambda items: '<ol class="wp-block-list">' + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ol>"
        body = f'<p><strong>{esc(A09.lead)}</strong></p>\n' + A09.render(p=lambda t: f"<p>{esc(t)}</p>", ul=ol)
        meta = (f'<div class="entry-meta"><span class="posted-on"><a href="{site}/2029/09/09/tuoi-tre-xa-cam-xuyen-quyen-gop-sach/" rel="bookmark">'
                f'<time class="entry-date published" datetime="2029-09-09T20:30:00+07:00">{stf(pub)}</time></a></span><span class="meta-sep"> - </span>'
                f'<span class="byline"><span class="author vcard"><a class="url fn n" href="{site}/author/hoainam/">Hoài Nam</a></span></span>'
                f'<span class="meta-sep"> - </span><span class="comments-link"><a href="#comments">2 bình luận</a></span></div>')
        nav_ = (f'<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
                f'<div class="nav-previous"><a href="{site}/{slug(rl[0])[:50]}/" rel="prev"><span class="meta-nav">Bài trước</span> <span class="post-title">{esc(rl[0])}</span></a></div>'
                f'<div class="nav-next"><a href="{site}/{slug(rl[1])[:50]}/" rel="next"><span class="meta-nav">Bài sau</span> <span class="post-title">{esc(rl[1])}</span></a></div></div></nav>')
        related = ('<div class="hm-related-posts"><h3 class="hm-related-title">Bài viết liên quan</h3><ul>'
                   + "".join(f'<li><a href="{site}/{slug(t)[:50]}/">{esc(t)}</a> <span class="hm-rel-date">{stf(x)}</span></li>' for t, x in zip(rl[2:6], rd[2:6])) + "</ul></div>")
        cm = thread([("Nguyễn Thị Lan Anh", "09/09/2029 lúc 21:14", "Cảm ơn các bạn đoàn viên, ý nghĩa quá!"),
                     ("Phan Văn Hùng", "10/09/2029 lúc 06:52", "Nhà tôi còn bộ sách lớp 7, mai mang qua nhà văn hóa thôn gửi các cháu.")],
                    head="Bình luận", cls="hm-cmt")
        return (f'<article id="post-4117" class="hitmag-single post-4117 post type-post status-publish format-standard has-post-thumbnail category-hoat-dong-doan">'
                f'<header class="entry-header"><div class="cat-links"><a href="{site}/chuyen-muc/hoat-dong-doan/" rel="category tag">Hoạt động Đoàn</a></div>'
                f'<h1 class="entry-title">{esc(A09.title)}</h1>{meta}</header>'
                f'<a class="image-link" href="#"><img width="735" height="400" src="/wp-content/uploads/2029/09/tiep-buoc-em-den-truong-735x400.jpg" class="attachment-hitmag-featured wp-post-image" alt="" /></a>'
                f'<div class="entry-content">{body}</div>'
                f'<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="{site}/tag/tiep-buoc-em-den-truong/" rel="tag">Tiếp bước em đến trường</a></span></footer></article>'
                + nav_ + related + cm)

    return mk57(9, "commune_youth_union_wordpress_hitmag_pictures_side_by_side_tiktok_embed_with_editor_caption_inline_related_box",
                "hatinh-doanxacamxuyen-wordpress-hitmag-single-cat-links-above-h1-time-published-dd-mm-yyyy-datetime-author-link-bold-first-paragraph-ol-items-wp-block-columns-two-figcaptions-tiktok-embed-block-figcaption-moi-ban-doc-them-box-comments",
                "hitmag", site, "/2029/09/09/tuoi-tre-xa-cam-xuyen-quyen-gop-sach/",
                "Đoàn TNCS Hồ Chí Minh xã Cẩm Xuyên", "WordPress 6.9.4", A09, pub, detail,
                "", "Hoạt động Đoàn",
                {"author": "Hoài Nam"},
                "WordPress + HitMag (ThemezHut), a commune Youth Union; a RELIEF DRIVE (books for pupils hit by floods). The posted-on prints the day only, '09/09/2029', in a <time "
                "datetime='2029-09-09T20:30:00+07:00'> → 2029-09-09T20:30 (set 25 MAJORITY); the theme's author link prints a person's name → author 'Hoài Nam' (set 27). The "
                "category link above the h1 → 'Hoạt động Đoàn' (set 49). No excerpt is printed; the bold first paragraph of the text → lead (sets 30, 31). TEXT: the numbered list "
                "the text introduces ('… gồm:') → one body paragraph per <li>. In the text block and NOT text: two pictures SIDE BY SIDE (wp-block-columns, each a figure with its "
                "figcaption) → two captions in page order; a TikTok embed block whose blockquote prints the clip's own text ('@tuoitrecamxuyen Những chồng sách nhỏ gửi về vùng lũ "
                "📚❤️ #… ♬ âm thanh gốc - …') — an embedded social post (set 24), neither body nor caption — and whose figcaption the EDITOR typed ('Clip: …') → a caption (set 26's "
                "video figcaption; NEW: an embed block's caption); an inline related-post box 'Mời bạn đọc thêm: <headline>' → a related box (set 24). The secretary quoted, the "
                "commenters, tags, post navigation and 'Bài viết liên quan' are not the item's text.",
                "WordPress + HitMag, a relief drive: a date-only <time> with its datetime, the theme's author link, a category link above the h1, a bold first paragraph, a numbered list (text), two pictures side by side, a TikTok embed whose editor's figcaption is a caption, a 'Mời bạn đọc thêm:' box, comments",
                kb=160, fmt=stf, head_author="Hoài Nam",
                traps={"tiktok": A09_TT, "inline_related": [A09_REL[0], A09_REL[1]], "comments": ["Nguyễn Thị Lan Anh", "Phan Văn Hùng"], "post_nav": ["Bài trước", "Bài sau"]})


# ================================================================== page 10: Joomla 4.2 + a Zen Grid vendor template (a provincial Farmers' Association) — a commemoration; TWIST 2: captions typed ABOVE their pictures, a centred italic quotation UNDER the first
A10_CAP1 = "Đồng chí Hồ Sỹ Lâm, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu tại lễ kỷ niệm"
A10_QUOTE = "“Nông dân ta giàu thì nước ta giàu. Nông nghiệp ta thịnh thì nước ta thịnh”."
A10_CAP2 = "Các hộ nông dân sản xuất, kinh doanh giỏi tiêu biểu giai đoạn 2027 - 2029 nhận Bằng khen của UBND tỉnh"


def _zen_c(t):
    return f'<p style="text-align: center;"><em>{esc(t)}</em></p>'


def _zen_pic1():
    return (_zen_c(A10_CAP1) + "\n"
            + f'<p style="text-align: center;"><img src="/images/2029/10/ky-niem-99-nam-hoi-nong-dan-01.jpg" alt="{esc(A10_CAP1, True)}" width="720" height="480" loading="lazy" data-path="local-images:/2029/10/ky-niem-99-nam-hoi-nong-dan-01.jpg" /></p>')


def _zen_grid():
    imgs = " ".join(f'<img src="/images/2029/10/ky-niem-99-nam-hoi-nong-dan-0{k}.jpg" alt="" width="236" height="157" loading="lazy" />' for k in (2, 3, 4))
    return _zen_c(A10_CAP2) + "\n" + f'<p style="text-align: center;">{imgs}</p>'


A10 = A57("Kỷ niệm 99 năm Ngày thành lập Hội Nông dân Việt Nam, tôn vinh 86 nông dân sản xuất, kinh doanh giỏi",
          "Sáng 12/10, Hội Nông dân tỉnh tổ chức lễ kỷ niệm 99 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2029) và tôn vinh 86 hộ nông dân sản xuất, kinh doanh giỏi tiêu biểu giai đoạn 2027 - 2029.",
          [P("Dự buổi lễ có đồng chí Hồ Sỹ Lâm, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đại diện Trung ương Hội Nông dân Việt Nam, lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy cùng hơn 400 đại biểu là hội viên nông dân tiêu biểu trong tỉnh."),
           TX(_zen_pic1(), caps=[A10_CAP1]),
           TX(_zen_c(A10_QUOTE), pars=[A10_QUOTE]),
           P("Nhắc lại lời dạy ấy của Chủ tịch Hồ Chí Minh, đồng chí Hồ Sỹ Lâm ghi nhận những năm qua, các cấp Hội Nông dân tỉnh đã làm tốt vai trò trung tâm, nòng cốt trong phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững; đề nghị Hội tiếp tục đồng hành cùng nông dân chuyển đổi số, phát triển kinh tế tập thể và các sản phẩm OCOP."),
           P("Theo báo cáo của Hội Nông dân tỉnh, giai đoạn 2027 - 2029, toàn tỉnh có hơn 112.000 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; Quỹ Hỗ trợ nông dân các cấp đã cho 2.140 hộ vay với tổng số vốn 96 tỷ đồng; 318 sản phẩm của hội viên được công nhận đạt chuẩn OCOP từ 3 sao trở lên."),
           TX(_zen_grid(), caps=[A10_CAP2]),
           P("Dịp này, Hội Nông dân tỉnh trao Kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho 15 cá nhân và trao 20 con bò giống, trị giá 600 triệu đồng, hỗ trợ hội viên nghèo ở các xã miền núi.")])


def page10():
    pub = d("2029-10-13 07:45")
    site, base = "https://hoinongdan.nghean.gov.vn", "/index.php/hoat-dong-hoi/"
    stf = lambda x: f"{x.day:02d} Tháng {x.month} {x.year}"
    signer = "Trần Hải Đăng - Ban Tuyên huấn Hội Nông dân tỉnh"

    def detail(rng, rl, rd):
        body = (f'<p style="text-align: justify;"><strong>{esc(A10.lead)}</strong></p>\n' + A10.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>')
                + "\n" + f'<p style="text-align: right;"><strong>{esc(signer)}</strong></p>')
        info = (f'<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="{site}{base}" itemprop="genre">Hoạt động Hội</a></dd>'
                f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="2029-10-13T07:45:00+07:00" itemprop="datePublished">Ngày đăng: {stf(pub)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:527" />Lượt xem: 527</dd></dl>')
        pn = (f'<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="{site}{base}{slug(rl[0])[:50]}" rel="prev">'
              f'<span class="visually-hidden">Bài trước: {esc(rl[0])}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>'
              f'<a class="btn btn-sm btn-secondary next" href="{site}{base}{slug(rl[1])[:50]}" rel="next"><span class="visually-hidden">Bài tiếp: {esc(rl[1])}</span>'
              f'<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>')
        more = ('<div class="moduletable zen-related"><h3>Tin cùng chuyên mục</h3><ul class="mod-articlescategory category-module">'
                + "".join(f'<li><a class="mod-articles-category-title" href="{site}{base}{slug(t)[:50]}">{esc(t)}</a> <span class="mod-articles-category-date">{stf(x)}</span></li>' for t, x in zip(rl[2:6], rd[2:6]))
                + "</ul></div>")
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A10.title)}</h1></div>{info}'
                f'<div itemprop="articleBody" class="com-content-article__body">{body}</div>{pn}</div>' + more)

    crumbs = (f'<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
              f'<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="{site}/" class="pathway">Trang chủ</a></li>'
              f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{site}{base}" class="pathway">Hoạt động Hội</a></li>'
              f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>Kỷ niệm 99 năm Ngày thành lập Hội Nông dân Việt Nam, tôn vinh 86 nông dân …</span></li></ol></nav>')
    return mk57(10, "farmers_association_joomla42_zen_grid_captions_above_pictures_quotation_under_picture_twist",
                "nghean-hoinongdantinh-joomla42-zen-grid-template-article-info-danh-muc-ngay-dang-dd-thang-m-yyyy-datetime-bold-first-paragraph-italic-captions-above-picture-and-row-italic-quotation-under-picture-name-dash-unit-twist",
                "j42zen", site, base + "ky-niem-99-nam-ngay-thanh-lap-hoi-nong-dan-viet-nam-ton-vinh-86-nong-dan-san-xuat-kinh-doanh-gioi",
                "Hội Nông dân tỉnh Nghệ An", "Joomla! - Open Source Content Management", A10, pub, detail,
                crumbs, "Hoạt động Hội",
                {"author": "Trần Hải Đăng", "unit": "Ban Tuyên huấn Hội Nông dân tỉnh"},
                "Joomla 4.2 under a vendor template on JoomlaBamboo's Zen Grid Framework, a provincial Farmers' Association; a COMMEMORATION (the 99th anniversary, an award). "
                "The article info prints the day only, 'Ngày đăng: 13 Tháng 10 2029', in a <time datetime='2029-10-13T07:45:00+07:00'> → 2029-10-13T07:45 (set 25 MAJORITY); "
                "'Danh mục: Hoạt động Hội' → category (the crumb agrees; its last level is the headline cut short, set 27). The bold first paragraph → lead. TWIST: the editor types "
                "every caption ABOVE its picture, centred italic (the first picture's alt repeats its caption), and the text also holds a centred italic QUOTATION right UNDER that "
                "picture — Hồ Chí Minh's words, which the next paragraph takes up ('Nhắc lại lời dạy ấy …'). So: the line above the first picture is its caption; the quotation under "
                "it is body (set 26: a centred italic paragraph after a picture is a caption only if it describes it; set 47: a quotation the text takes up is the text's); the line "
                "above the row of three pictures is the row's ONE caption (set 35: a caption printed above its picture is a caption). A reader pairing each picture with the line under "
                "it makes the quotation a caption and puts both real captions in the body. The signature typed last, bold right, 'Trần Hải Đăng - Ban Tuyên huấn Hội Nông dân "
                "tỉnh' → author + unit. The officials are subjects; page navigation and 'Tin cùng chuyên mục' are chrome.",
                "Joomla 4.2 + a Zen Grid template, a commemoration: 'Ngày đăng: dd Tháng m yyyy' + datetime, 'Danh mục:', bold first paragraph, captions typed ABOVE a picture and a row of three, a centred italic quotation UNDER the first picture (text), 'Name - unit' typed last — TWIST",
                kb=140, fmt=stf, head_author="Trần Hải Đăng",
                traps={"signature_as_printed": [signer], "hits": ["Lượt xem: 527"], "crumb_item": ["Kỷ niệm 99 năm Ngày thành lập Hội Nông dân Việt Nam, tôn vinh 86 nông dân …"]})


# ================================================================== page 11: Drupal 10.2 + ZURB Foundation (a city Youth Union) — a dialogue conference; a Q&A that IS text, a poll and an editors' note that are not
A11_POLL = ["Bạn quan tâm nhất đến nội dung nào của buổi đối thoại?", "Vốn hỗ trợ thanh niên khởi nghiệp", "Đào tạo nghề, kết nối việc làm",
            "Sân chơi văn hóa, thể thao cho thanh niên", "Biểu quyết", "Xem kết quả"]
A11_NOTE = "BBT: Toàn văn trả lời của các sở, ngành đối với những câu hỏi chưa được giải đáp tại hội nghị sẽ được đăng tải trong chuyên mục “Hỏi - đáp thanh niên”."


def _zf_poll():
    q, *opts = A11_POLL[:-2]
    li = "".join(f'<li><label><input type="radio" name="choice" value="{k + 1}" class="form-radio" /> {esc(o)}</label></li>' for k, o in enumerate(opts))
    return (f'<div class="block-poll callout secondary" id="poll-view-voting"><h4 class="poll-title">Thăm dò ý kiến</h4><form class="poll-view-form" action="/poll/12" method="post">'
            f'<p class="poll-question">{esc(q)}</p><ul class="no-bullet">{li}</ul><input type="submit" value="{A11_POLL[-2]}" class="button small" /> '
            f'<a href="/poll/12/results">{A11_POLL[-1]}</a></form></div>')


A11 = A57("Chủ tịch UBND thành phố đối thoại với đoàn viên, thanh niên về khởi nghiệp và việc làm",
          "Chiều 25/9, Thành đoàn phối hợp với UBND thành phố tổ chức hội nghị đối thoại giữa Chủ tịch UBND thành phố với đoàn viên, thanh niên năm 2029 với chủ đề “Thanh niên Cần Thơ khởi nghiệp, lập nghiệp trong kỷ nguyên số”.",
          [P("Tham dự hội nghị có đồng chí Lâm Quốc Hưng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố; lãnh đạo các sở, ngành và hơn 300 đoàn viên, thanh niên đại diện cho các xã, phường, trường học, doanh nghiệp trên địa bàn."),
           I("/sites/default/files/2029-09/doi-thoai-thanh-nien-2029-01.jpg", "Chủ tịch UBND thành phố Lâm Quốc Hưng trả lời câu hỏi của đoàn viên, thanh niên"),
           P("Trong gần 3 giờ đối thoại, 24 ý kiến, câu hỏi của đoàn viên, thanh niên đã được gửi đến lãnh đạo thành phố, tập trung vào vốn khởi nghiệp, đào tạo nghề, việc làm cho thanh niên sau khi hoàn thành nghĩa vụ quân sự và các thiết chế văn hóa, thể thao cho thanh niên. Dưới đây là một số câu hỏi và trả lời tiêu biểu."),
           Q("Hỏi: Anh Võ Minh Khoa (phường Ninh Kiều): Thanh niên muốn khởi nghiệp trong lĩnh vực nông nghiệp công nghệ cao thường gặp khó khăn về vốn. Thành phố có chính sách gì để hỗ trợ?"),
           P("Trả lời: Đồng chí Lâm Quốc Hưng cho biết, thành phố đang triển khai Đề án hỗ trợ thanh niên khởi nghiệp giai đoạn 2026 - 2030, theo đó mỗi dự án khởi nghiệp của thanh niên được xem xét cho vay tối đa 500 triệu đồng với lãi suất ưu đãi. Thành phố cũng giao Sở Khoa học và Công nghệ phối hợp với Thành đoàn xây dựng vườn ươm khởi nghiệp nông nghiệp, dự kiến đưa vào hoạt động trong năm 2030."),
           Q("Hỏi: Chị Lý Thị Ngọc Trâm (xã Phong Điền): Nhiều bạn trẻ ở nông thôn sau khi học nghề không tìm được việc làm phù hợp. Thành phố có giải pháp gì để kết nối việc làm cho thanh niên?"),
           P("Trả lời: Giám đốc Sở Nội vụ Phan Hoàng Duy thông tin, thành phố sẽ tổ chức định kỳ các phiên giao dịch việc làm lưu động tại các xã, phường vào tháng 3 và tháng 9 hằng năm; đồng thời phối hợp với các khu công nghiệp đặt hàng đào tạo nghề cho lao động trẻ theo nhu cầu của doanh nghiệp."),
           TX(_zf_poll()),
           I("/sites/default/files/2029-09/doi-thoai-thanh-nien-2029-02.jpg", "Đoàn viên, thanh niên nêu ý kiến tại hội nghị đối thoại"),
           P("Kết luận hội nghị, Chủ tịch UBND thành phố Lâm Quốc Hưng ghi nhận các ý kiến thẳng thắn, tâm huyết của thanh niên; giao các sở, ngành trả lời bằng văn bản những câu hỏi chưa được giải đáp trực tiếp trước ngày 15/10/2029."),
           TX(f'<p class="editor-note"><em>{esc(A11_NOTE)}</em></p>')])


def page11():
    pub, upd = d("2029-09-25 21:10"), d("2029-09-26 07:30")
    site = "https://thanhdoancantho.vn"
    stf = lambda x: f"{dmy(x)} - {hm(x)}"

    def detail(rng, rl, rd):
        img = lambda s, c, n: (f'<figure role="group" class="caption caption-img align-center"><img alt="" data-entity-type="file" data-entity-uuid="{hexid(rng, 8)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 4)}-{hexid(rng, 12)}" src="{s}" width="800" height="533" loading="lazy" />'
                               f'<figcaption>{esc(c)}</figcaption></figure>')
        body = A11.render(p=lambda t: f'<p class="text-align-justify">{esc(t)}</p>', img=img)
        fields = ('<div class="field field--name-field-tac-gia field--type-string field--label-inline clearfix"><div class="field__label">Tác giả</div><div class="field__item">Thanh Trúc</div></div>'
                  '<div class="field field--name-field-anh field--type-string field--label-inline clearfix"><div class="field__label">Ảnh</div><div class="field__item">Hữu Lộc</div></div>')
        rel = ('<div class="views-element-container block-views-block-tin-cung-chuyen-muc"><h2 class="block-title">Tin cùng chuyên mục</h2><div class="view-content"><ul>'
               + "".join(f'<li><a href="{site}/tin-tuc/{slug(t)[:60]}">{esc(t)}</a> <span class="views-field-created">{stf(x)}</span></li>' for t, x in zip(rl[:6], rd[:6]))
               + "</ul></div></div>")
        return (f'<article role="article" class="node node--type-article node--view-mode-full"><h1 class="node__title"><span class="field field--name-title">{esc(A11.title)}</span></h1>'
                f'<div class="node__meta"><span class="node__submitted">Đăng ngày: {stf(pub)}</span> <span class="node__changed">Cập nhật: {stf(upd)}</span></div>'
                f'<div class="field field--name-field-sapo field--type-string-long"><p><strong>{esc(A11.lead)}</strong></p></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{body}</div>{fields}'
                f'<div class="field field--name-field-chuyen-muc field--label-inline"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="{site}/chuyen-muc/dong-hanh-cung-thanh-nien">Đồng hành cùng thanh niên</a></div></div>'
                f'</article>{rel}')

    crumbs = (f'<nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="show-for-sr">Breadcrumb</h2><ul class="breadcrumbs">'
              f'<li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/tin-tuc">Tin tức</a></li><li><a href="{site}/chuyen-muc/dong-hanh-cung-thanh-nien">Đồng hành cùng thanh niên</a></li></ul></nav>')
    return mk57(11, "city_youth_union_drupal102_zurb_foundation_q_and_a_text_poll_and_editors_note_not_text",
                "cantho-thanhdoan-drupal102-zurb-foundation-dang-ngay-dd-mm-yyyy-dash-hh-mm-cap-nhat-bold-sapo-field-figure-role-group-bold-hoi-questions-tra-loi-answers-poll-block-in-body-bbt-note-tac-gia-and-anh-fields",
                "d102zf", site, "/tin-tuc/chu-tich-ubnd-thanh-pho-doi-thoai-voi-doan-vien-thanh-nien-ve-khoi-nghiep-va-viec-lam",
                "Thành đoàn Cần Thơ", "Drupal 10 (https://www.drupal.org)", A11, pub, detail,
                crumbs, "Đồng hành cùng thanh niên",
                {"author": "Thanh Trúc", "photographer": "Hữu Lộc"},
                "Drupal 10.2 + the ZURB Foundation theme, a city Youth Union; a CONFERENCE (the Chairman's dialogue with young people). 'Đăng ngày: 25/09/2029 - 21:10' → published, "
                "'Cập nhật: 26/09/2029 - 07:30' → updated. The bold sapo field → lead. TEXT: the Q&A the text introduces ('Dưới đây là một số câu hỏi và trả lời tiêu biểu.'), "
                "bold 'Hỏi: …' questions with their askers named inside the sentence and 'Trả lời: …' answers, one paragraph each, labels kept (sets 30, 45, 53). NOT TEXT though "
                "inside the body field: the poll block between the answers and the second picture ('Thăm dò ý kiến', its question, three options, 'Biểu quyết', 'Xem kết quả' — "
                "set 24) and the italic editors' note closing the field, 'BBT: Toàn văn trả lời … sẽ được đăng tải …' (the editors speaking of the item, set 46's 'Tòa soạn:' note). "
                "The Tác giả and Ảnh fields after the body → author 'Thanh Trúc', photographer 'Hữu Lộc' (labelled credits outside every caption, sets 31, 35). The figcaptions "
                "(figure role=group) are captions. The officials and the askers are subjects; category: the crumb's last level and the 'Chuyên mục' field agree.",
                "Drupal 10.2 + ZURB Foundation, a dialogue conference: 'Đăng ngày:' + 'Cập nhật:', bold sapo field, figcaptions, a Q&A of bold 'Hỏi:' and 'Trả lời:' (text), a poll block and a 'BBT:' note inside the body field (not text), Tác giả and Ảnh fields",
                kb=125, upd=upd, fmt=stf, head_author="Thanh Trúc",
                traps={"poll": A11_POLL, "editors_note": [A11_NOTE]})


# ================================================================== page 12: a merged press agency's CMS, the standard detail with a 'Nghe bài viết' bar — a Party cell meeting; a 'Tin liên quan' list set as paragraphs, an audio clip with its transcript, a Zalo video card
A12_REL = [("Nâng chất sinh hoạt chi bộ ở vùng sâu", "2029-10-02 07:15"),
           ("Chi bộ ấp - “hạt nhân” trong xây dựng nông thôn mới", "2029-09-18 15:30")]
A12_QUOTE_WORDS = "Trước mỗi buổi sinh hoạt, chi ủy gửi dự thảo nghị quyết qua nhóm Zalo để đảng viên nghiên cứu trước, nhờ vậy buổi sinh hoạt không mất thời gian đọc văn bản mà dành nhiều cho thảo luận"
A12_AUDIO = ["Nghe đồng chí Nguyễn Văn Út chia sẻ về cách chuẩn bị buổi sinh hoạt", "01:12", "Lời thoại:",
             "Có đảng viên lớn tuổi không dùng điện thoại thông minh thì chi ủy in ra, nhờ con cháu đọc giúp. Làm vậy riết rồi thành nền nếp, ai đến sinh hoạt cũng đã có ý kiến chuẩn bị sẵn."]
A12_ZALO = ["Sinh hoạt chi bộ mẫu ở ấp Tân Thành B", "Báo Cà Mau", "Xem trên Zalo"]
A12_TTS = ["Nghe bài viết", "Giọng đọc: Nữ miền Nam", "Tốc độ: 1x"]


def _pa_rel(site):
    return ('<p><strong>Tin liên quan:</strong></p>'
            + "".join(f'<p>» <a href="{site}/xay-dung-dang/{slug(t)[:60]}-a{31870 - k * 211}.html">{esc(t)}</a></p>' for k, (t, _) in enumerate(A12_REL)))


def _pa_audio():
    title, dur, lab, extra = A12_AUDIO
    return (f'<div class="pa-audio-clip"><div class="pa-audio-title"><i class="icon-headphones"></i> {esc(title)}</div>'
            f'<audio controls preload="none" src="/uploads/audio/2029/10/sinh-hoat-chi-bo-mau-tan-thanh-b.mp3"></audio><span class="pa-audio-dur">{dur}</span>'
            f'<details class="pa-audio-transcript" open><summary>{esc(lab)}</summary><p>{esc(A12_QUOTE_WORDS)}. {esc(extra)}</p></details></div>')


def _pa_zalo():
    t, oa, btn = A12_ZALO
    return (f'<div class="zalo-embed-video" data-oaid="2891736650213345" data-video="8712"><div class="zalo-card"><img src="https://zalo-video.example/thumb/8712.jpg" alt="" />'
            f'<div class="zalo-card-title">{esc(t)}</div><div class="zalo-card-oa"><img src="https://zalo-video.example/oa/logo.png" alt="" /> {esc(oa)}</div>'
            f'<a class="zalo-card-btn" href="https://zalo.example/video/8712">{esc(btn)}</a></div></div>')


A12 = A57("Sinh hoạt chi bộ mẫu ở ấp Tân Thành B: nói thẳng, bàn thật, làm ngay",
          "Ngày 23/10, Đảng ủy xã Tân Thành tổ chức buổi sinh hoạt chi bộ mẫu tại Chi bộ ấp Tân Thành B để các chi bộ trong xã học tập, rút kinh nghiệm, nâng cao chất lượng sinh hoạt chi bộ.",
          [P("Dự buổi sinh hoạt có đại diện Ban Tổ chức Tỉnh ủy, lãnh đạo Đảng ủy xã và bí thư 28 chi bộ trực thuộc. Chi bộ ấp Tân Thành B hiện có 36 đảng viên, nhiều năm liền được xếp loại hoàn thành tốt nhiệm vụ."),
           P("Buổi sinh hoạt được tiến hành đúng quy trình, từ phần nghi thức, đánh giá kết quả lãnh đạo tháng 10 đến thảo luận và biểu quyết nhiệm vụ tháng 11. Điểm nhấn là phần thảo luận sôi nổi: các đảng viên thẳng thắn chỉ ra việc chậm tiến độ nạo vét kênh Út Đen, đề xuất huy động ngày công của Nhân dân và giao cụ thể từng đảng viên phụ trách từng đoạn kênh."),
           RAW("rel"),
           P(f"Bí thư Chi bộ ấp Tân Thành B Nguyễn Văn Út cho biết: “{A12_QUOTE_WORDS}”."),
           TX(_pa_audio()),
           I("/uploads/2029/10/24/sinh-hoat-chi-bo-mau-tan-thanh-b-01.jpg", "Đảng viên Chi bộ ấp Tân Thành B biểu quyết thông qua nghị quyết tháng 11"),
           P("Phát biểu đánh giá, đồng chí Lê Thị Cẩm Nhung, Phó Bí thư Thường trực Đảng ủy xã đề nghị các chi bộ học tập cách chuẩn bị nội dung, cách điều hành thảo luận của Chi bộ ấp Tân Thành B; mỗi buổi sinh hoạt phải chọn được vấn đề trọng tâm, ra nghị quyết ngắn gọn, dễ kiểm tra."),
           TX(_pa_zalo()),
           P("Dịp này, Đảng ủy xã Tân Thành phát động phong trào “Mỗi chi bộ một việc làm cụ thể” hướng tới kỷ niệm 100 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2030).")])


def page12():
    pub = d("2029-10-24 06:40")
    site, base = "https://baocamau.vn", "/xay-dung-dang/"
    stf = lambda x: f"{wd(x)}, {dmy(x)} - {hm(x)}"
    credit = "HỮU NGHĨA"

    def detail(rng, rl, rd):
        frimg = lambda s, c, n: f'<figure class="pa-figure"><img src="{site}{s}" alt="" /><figcaption class="pa-caption">{esc(c)}</figcaption></figure>'
        body = A12.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=frimg, raw=lambda k: _pa_rel(site)) + "\n" + rightp(credit)
        tts = (f'<div class="pa-tts"><button type="button" class="pa-tts-play"><i class="icon-play"></i> {A12_TTS[0]}</button> <span class="pa-tts-voice">{A12_TTS[1]}</span>'
               f' <span class="pa-tts-speed">{A12_TTS[2]}</span> <span class="pa-tts-dur">04:05</span></div>'
               '<div class="pa-fontsize"><a href="#" class="fs-down">A-</a> <a href="#" class="fs-up">A+</a> <a href="#" class="pa-print" onclick="window.print()">In bài</a></div>')
        cm = thread([("Trương Minh Tâm", "24/10/2029 08:14", "Cách làm gửi dự thảo nghị quyết trước qua Zalo rất hay, chi bộ ấp tôi sẽ học theo."),
                     ("Lâm Thị Bé Ba", "24/10/2029 09:37", "Mong có thêm nhiều bài viết về sinh hoạt chi bộ ở cơ sở như thế này.")], head="Bình luận", cls="pa-cmt")
        return (tick54(rng, pub, stf, "Tin mới", "pa-ticker")
                + f'<article class="pa-article"><div class="pa-cat"><a href="{site}{base}">Xây dựng Đảng</a></div><h1 class="pa-title">{esc(A12.title)}</h1>'
                f'<div class="pa-meta"><span class="pa-date">{esc(stf(pub))}</span></div>{tts}'
                f'<h2 class="pa-sapo">{esc(A12.lead)}</h2><div class="pa-content">{body}</div>'
                + tags(site, ["sinh hoạt chi bộ", "chi bộ mẫu", "Tân Thành"], "Từ khóa:", "pa-tags") + sharebar("pa-share") + '</article>' + cm
                + related_same(site, base, list(zip(rl[:6], rd[:6])), stf, "Cùng chuyên mục", "pa-same", 31840))

    crumbs = f'<ul class="pa-breadcrumb"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/chinh-tri/">Chính trị</a></li><li><a href="{site}{base}">Xây dựng Đảng</a></li></ul>'
    return mk57(12, "merged_press_agency_tts_bar_related_list_as_paragraphs_audio_clip_transcript_zalo_video_card",
                "camau-baocamau-press-cms-standard-detail-ticker-category-label-weekday-dd-mm-yyyy-dash-hh-mm-nghe-bai-viet-bar-h2-sapo-tin-lien-quan-as-paragraphs-audio-clip-with-transcript-figcaption-zalo-video-card-caps-signature-comments",
                "press_au", site, base + "sinh-hoat-chi-bo-mau-o-ap-tan-thanh-b-noi-thang-ban-that-lam-ngay-a31877.html",
                "Báo Cà Mau", None, A12, pub, detail,
                crumbs, "Xây dựng Đảng",
                {"author": "HỮU NGHĨA"},
                "A merged provincial press agency's CMS, the standard detail with a 'Nghe bài viết' bar; a PARTY CELL MEETING (a model meeting for the commune's cells). Stamp "
                "'Thứ Tư, 24/10/2029 - 06:40' → 2029-10-24T06:40. The h2 sapo → lead. Above the text, chrome: the TTS bar ('Nghe bài viết', 'Giọng đọc: Nữ miền Nam' — a voice is "
                "no author, set 41) and the A-/A+/print row. In the text, and not text: a 'Tin liên quan:' list typed as PARAGRAPHS (a bold label paragraph, then '» <link>' "
                "paragraphs) between two paragraphs of the text → a related box however it is typed (sets 24, 43); an audio clip box (its title 'Nghe đồng chí … chia sẻ …', the "
                "player, '01:12', and an open 'Lời thoại:' transcript that repeats the quoted words and goes on) → player chrome and the CLIP's words: not body (NEW rule; the words "
                "the text quotes stay in the body once, where the text has them; QUESTIONABLE); a Zalo video card (title, the official account 'Báo Cà Mau', 'Xem trên Zalo') → an "
                "embedded post (sets 24, 34). The figcaption is a caption. The signature typed last in capitals, bold right, 'HỮU NGHĨA' → author as printed (capitals kept). "
                "The officials and the secretary quoted are subjects; category: the label above the h1 (the crumb agrees).",
                "A press agency's CMS, a Party cell meeting: ticker, 'Thứ Tư, dd/mm/yyyy - HH:MM', a 'Nghe bài viết' bar, h2 sapo, a 'Tin liên quan:' list typed as paragraphs, an audio clip with an open transcript, a figcaption, a Zalo video card, a signature in capitals, comments",
                kb=245, fmt=stf, head_author="Hữu Nghĩa",
                traps={"related_as_paragraphs": ["Tin liên quan:"] + [t for t, _ in A12_REL], "audio_clip": A12_AUDIO, "zalo": A12_ZALO, "tts": A12_TTS,
                       "comments": ["Trương Minh Tâm", "Lâm Thị Bé Ba"]})


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09, page10, page11, page12]
