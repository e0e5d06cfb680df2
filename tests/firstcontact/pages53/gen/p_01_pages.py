"""Set 53 pages 1-14: STRUCTURED BLOCKS INSIDE THE TEXT THAT ARE NOT TEXT, OR ARE — profiles and biographies of
leaders and exemplary people with a person's particulars card (a box beside a narrative) or particulars that ARE the
text (an obituary, a leader's biography page, a biography typed under an election item), documents boxes in or after
the text versus a text that quotes a decision's number or publishes its own table of documents, Q&A columns (asker rows,
question and answer blocks, a typed citation list, a documents module under it), table-era skins with a closing list of
other items' links, weighted as the real sites are (vn-sites.md): two NukeViet pages (4.5 and 4.2 under new themes), two
'.dcs.vn' templates ('Văn bản chỉ đạo', 'Người tốt - Việc tốt'), Liferay DXP 2024.Q3 + Phương Đông's portlet,
SharePoint Server 2016 + Trí Việt's web part, DNN 9.6 + a vendor's 'Tư vấn sức khỏe' module, an ASP.NET 2.0 WebForms
vendor CMS (Đất Việt), Joomla 5.3 + DOCman, WordPress + Zeen, Drupal 10.3 + DXPR Theme, a merged press agency's readers'
column view, and two stacks no set had used: a static site kept in Adobe Dreamweaver and a FastAPI + Jinja2 portal.
THREE twists (pages 5, 3 and 12). Page helpers copied from set 52's module (which kept sets 48-51's, and set 52's mess
renderers); set 53 adds the card, document-table and Q&A renderers and one builder, mk53."""
import re
import unicodedata
from datetime import timedelta
from html.entities import codepoint2name

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, b64blob, hexid, twelve
from .kit import og, jsonld
from .base import page, vb_box, mostread, teaser, other34, WRITERS34
from .shell import MENU_NEWS, MENU_GOV

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




# ------------------------------------------------------------------ set 52 page helpers kept (NukeViet 4 detail panel and tail, span soup, a Word table)
def nv4_detail(site, art, stamp, body, cls, info, extra_meta="", hometext=None, after=""):
    """NukeViet 4's detail panel (news_column > panel-body), as the set's NukeViet 4 themes print it."""
    ht = f'<div class="clearfix"><div class="hometext m-bottom">{hometext}</div></div>' if hometext is not None else '<div class="clearfix"></div>'
    return (f'<div class="news_column panel panel-default {cls}-detail"><div class="panel-body">'
            f'<h1 class="title margin-bottom-lg">{art}</h1>'
            f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{stamp}</span>{extra_meta}</div>'
            f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
            f'<li><a class="dimgray" rel="nofollow" title="In ra" href="{site}/news/print/"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
            f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="#"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
            f'{ht}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>{after}'
            f'<div class="{cls}-info">{info}</div></div></div>')


def nv4_tail(site, base, rl, rd, fmt, tagwords, rating, comments_html, start):
    newer = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{start + 20 + k}.html">{esc(t)}</a> <em>({dmy(x)})</em></li>' for k, (t, x) in enumerate(zip(rl[:3], rd[:3])))
    older = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{start - 20 + k}.html">{esc(t)}</a> <em>({dmy(x)})</em></li>' for k, (t, x) in enumerate(zip(rl[3:6], rd[3:6])))
    return (f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
            + ", ".join(f'<a href="{site}/news/tag/{slug(w)}">{esc(w)}</a>' for w in tagwords) + '</div></div></div>'
            f'<div class="news_column panel panel-default"><div class="panel-body"><p>{esc(rating)}</p><p>Click để đánh giá bài viết</p></div></div>'
            + comments_html
            + f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer}</ul>'
            f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>')


def soup(t, size="14px", face="Arial,Helvetica,sans-serif"):
    return f'<span style="font-size:{size};"><span style="font-family:{face};">{t}</span></span>'


def wtable(rows):
    """A Word table (MsoTableGrid) pasted as it is: each cell a MsoNormal paragraph, the header row bold."""
    out = []
    for k, r in enumerate(rows):
        cells = "".join(f'<td width="{w}" valign="top" style="width:{w * 3 // 4}pt;border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt">'
                        f'<p class="MsoNormal" style="margin-bottom:0in;line-height:normal">{"<b>" if k == 0 else ""}<span lang="VI" style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">{esc(c)}<o:p></o:p></span>{"</b>" if k == 0 else ""}</p></td>'
                        for c, w in zip(r, (110, 300, 230)))
        out.append(f'<tr style="mso-yfti-irow:{k}">{cells}</tr>')
    return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
            f'mso-yfti-tbllook:1184;mso-padding-alt:0in 5.4pt 0in 5.4pt"><tbody>{"".join(out)}</tbody></table>')


# ================================================================== set 53: structured blocks inside the text (renderers) and one builder
MENUS53 = {1: MENU_GOV, 2: MEGA, 3: MEGA, 4: MEGA, 5: MENU_GOV, 6: MENU_GOV, 7: MENU_GOV, 8: MEGA_MASS, 9: MENU_MASS, 10: MEGA,
           11: MENU_GOV, 12: MENU_NEWS, 13: MENU_MASS, 14: MEGA}


def mk53(i, fam, name, layout, site, path, org, gen_, art, pub, detail, crumbs, category, exp_kw, notes, readme, *, kb,
         upd=None, published=None, updated="__auto__", side=None, below="", traps=None, head_author=None, head_title=None,
         ld_title=None, ld_lead="__art__", form=False, dnn=False, items=None, left=None, fmt=None, no_ld=False, shell_extra=None,
         head_more="", xhtml_doctype=False, html4_doctype=False, html_pre="", **kw):
    """One set-53 page: `detail(rng, rl, rd)` prints the item (rl: other items' headlines, rd: their days); the shell,
    the heavy head (og, JSON-LD agreeing with the printed record, analytics) and the sidebars are the framework's.
    html_pre: text put right after the doctype line (a Dreamweaver instance's opening comment)."""
    url = site + path
    fmt = fmt or (lambda x: f"{dmy(x)} {hm(x)}")
    today = pub + timedelta(days=2, hours=5, minutes=23)
    t = {"related": lambda rl: rl[:6]}
    t.update(traps or {})
    pub_s = published or iso(pub)
    upd_s = (iso(upd) if upd else None) if updated == "__auto__" else updated
    head = heavy_head(R(5300 + i), url, ld_title or art.title, art.lead if ld_lead == "__art__" else ld_lead, pub, org,
                      author=head_author, upd=upd, gen=gen_, section=category)
    if no_ld:  # an older stack whose head carries og and analytics but no JSON-LD
        head = re.sub(r'<script type="application/ld\+json">.*?</script>', "", head)
    skw = {"layout": layout, "head_extra": head_more + head, "items": items or MENUS53[i],
           "left": left if left is not None else clock_of(today), "form": form, "dnn": dnn, "below": below}
    skw.update(shell_extra or {})
    out = pg(f"s53-{i:02d}", family=fam, name=name, url=url, art=art, main_fn=detail, pub=pub, prefix=layout[:6], kb=kb,
             min_kb=100, max_kb=250, org=org, addr=f"Trụ sở {org}", phone="02%02d.3%06d" % (30 + i, 540000 + i * 613),
             crumbs=crumbs, top=banner(f"/images/banner-s53-{i}.png", org), title=head_title,
             side=side or side_heavy(fmt, "Tin mới", f"s53n{i}", second="Đọc nhiều", n=6),
             shell_kw=skw, exp=expected_(art, pub_s, updated=upd_s, category=category, **exp_kw), traps=t, notes=notes,
             readme=readme, **kw)
    top = '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml">'
    assert top in out["html"]
    if html4_doctype:  # an early-2000s stack: HTML 4.01 Transitional
        out["html"] = out["html"].replace(top, '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>' + html_pre, 1)
    elif xhtml_doctype:  # XHTML 1.0 Transitional (ASP.NET 2.0's default page template)
        out["html"] = out["html"].replace(top, '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">' + html_pre, 1)
    return out


def card_table(rows, heading=None, cls="profile-card", style="float:right;width:42%;margin:0 0 10px 14px", img=None):
    """A person's particulars card as portal editors build it: a bordered table, label cell and value cell, an optional
    heading row (th colspan=2) and an optional portrait row."""
    h = f'<tr><th colspan="2" class="{cls}-head">{esc(heading)}</th></tr>' if heading else ""
    pic = f'<tr><td colspan="2" class="{cls}-pic" style="text-align:center"><img src="{img}" alt="" width="160" /></td></tr>' if img else ""
    body = "".join(f'<tr><td class="{cls}-lbl"><strong>{esc(a)}</strong></td><td class="{cls}-val">{esc(b)}</td></tr>' for a, b in rows)
    return f'<table class="{cls}" border="1" cellpadding="5" cellspacing="0" style="{style};border-collapse:collapse"><tbody>{h}{pic}{body}</tbody></table>'


def data_table(rows, cls="table table-bordered", head=True, font=None):
    """A data table typed in the text (the item's own table): a header row of <th> (set 30), one row per record."""
    out = []
    for k, r in enumerate(rows):
        tag = "th" if head and k == 0 else "td"
        cell = (lambda c: f'<font face="{font}" size="2">{esc(c)}</font>') if font else esc
        out.append("<tr>" + "".join(f"<{tag}>{cell(c)}</{tag}>" for c in r) + "</tr>")
    return f'<table class="{cls}" border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse"><tbody>{"".join(out)}</tbody></table>'


def lbl_par(t, align="justify"):
    """A particulars line typed in the text: the label (up to the first colon) in bold, the value after it, one <p>."""
    a, _, b = t.partition(": ")
    if b:
        return f'<p style="text-align:{align}"><strong>{esc(a)}:</strong> {esc(b)}</p>'
    if t.endswith(":"):  # a label line of its own ('Quá trình công tác:'), all bold
        return f'<p style="text-align:{align}"><strong>{esc(t)}</strong></p>'
    return f'<p style="text-align:{align}">{esc(t)}</p>'


def doc_box(rows, head, cls, link_lbl="Tải về", ext="pdf"):
    """A documents box (số hiệu | ngày ban hành | trích yếu | download), printed by the CMS around or after the text."""
    tr = "".join(f'<tr><td class="{cls}-so">{esc(a)}</td><td class="{cls}-ngay">{esc(b)}</td><td class="{cls}-ty"><a href="/van-ban/{slug(a)}.{ext}">{esc(c)}</a></td>'
                 f'<td class="{cls}-dl"><a class="btn-download" href="/uploads/van-ban/{slug(a)}.{ext}"><i class="fa fa-download"></i> {esc(link_lbl)}</a></td></tr>' for a, b, c in rows)
    return (f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><table class="{cls}-table" width="100%"><thead><tr><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th></th></tr></thead>'
            f'<tbody>{tr}</tbody></table></div>')


# ================================================================== page 1: a profile (NukeViet 4.5, a Sở Dân tộc và Tôn giáo theme) — a particulars card headed 'Thông tin nhân vật' at the top of the text: a box
CARD01 = [("Họ và tên", "Vừ A Chá"), ("Năm sinh", "1961"), ("Dân tộc", "Mông"), ("Nơi ở", "Bản Huổi Lóng, xã Mường Phăng"),
          ("Vai trò", "Trưởng dòng họ Vừ, người có uy tín của bản từ năm 2006"), ("Khen thưởng", "Bằng khen của Chủ tịch UBND tỉnh (năm 2027)")]
A01 = A51("Già làng Vừ A Chá – người giữ bình yên cho bản Huổi Lóng",
          "Hơn 20 năm là người có uy tín ở bản Huổi Lóng, xã Mường Phăng, già làng Vừ A Chá đã cùng cấp ủy, chính quyền vận động bà con người Mông bỏ tục lệ lạc hậu, giữ rừng, phát triển kinh tế, giữ vững an ninh trật tự ở địa bàn.",
          [P("Bản Huổi Lóng nằm lưng chừng núi, cách trung tâm xã Mường Phăng hơn 12 km, có 86 hộ với 471 nhân khẩu, tất cả là đồng bào Mông. Mười năm trước, đường vào bản chỉ là lối mòn, mùa mưa trơn trượt; nhiều hộ còn phát rừng làm nương, tình trạng tảo hôn, thách cưới vẫn còn."),
           P("Được bà con tín nhiệm bầu làm người có uy tín từ năm 2006, ông Vừ A Chá bắt đầu từ những việc nhỏ nhất: đến từng nhà trò chuyện, lấy chính gia đình, dòng họ mình làm gương. Ông vận động con cháu trong họ cưới hỏi đúng tuổi, tổ chức đám cưới, đám tang gọn nhẹ, không mổ nhiều trâu, bò. “Mình nói mà mình không làm thì bà con không nghe đâu”, ông Chá chia sẻ."),
           I("/uploads/news/2029_03/gia-lang-vu-a-cha-01.jpg", "Già làng Vừ A Chá (giữa) trao đổi với cán bộ xã về công tác giữ rừng đầu nguồn"),
           P("Năm 2019, khi xã triển khai làm đường bê tông vào bản, ông là người đầu tiên hiến hơn 300 m² đất vườn, rồi cùng Trưởng bản đi vận động 14 hộ khác hiến đất, góp ngày công. Con đường dài 3,2 km hoàn thành sau 5 tháng, xe máy, ô tô đã vào được tận bản."),
           P("Ông cũng đi đầu trong chuyển đổi cây trồng, đưa cây mắc ca, cà phê lên đất dốc thay cây ngô kém hiệu quả. Đến nay, bản Huổi Lóng có hơn 40 ha mắc ca và cà phê, thu nhập bình quân đạt 38 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm từ 61% năm 2015 xuống còn 9,3%."),
           I("/uploads/news/2029_03/gia-lang-vu-a-cha-02.jpg", "Vườn mắc ca của gia đình ông Vừ A Chá cho thu hoạch ổn định"),
           P("Nhiều năm liền, bản không có người vi phạm pháp luật, không có người nghe theo kẻ xấu tuyên truyền đạo trái pháp luật. Ông Lò Văn Hậu, Chủ tịch UBND xã Mường Phăng cho biết: “Ở đâu khó, già Chá có mặt ở đó. Có những việc cán bộ xã nói nhiều lần chưa được, già Chá nói là bà con làm theo”."),
           P("Tại Hội nghị biểu dương người có uy tín tiêu biểu của tỉnh tổ chức cuối tháng 2 vừa qua, ông Vừ A Chá là một trong 45 người có uy tín được UBND tỉnh tuyên dương.")])


def page01():
    pub = d("2029-03-07 09:30")
    site, base = "https://sdttg.dienbien.gov.vn", "/news/guong-dien-hinh/"
    nvf = lambda x: f"{wd(x)} - {dmy(x)} {hm(x)}"
    author_line = "Quàng Thị Duyên - Phòng Chính sách dân tộc"

    def detail(rng, rl, rd):
        out = [card_table(CARD01, "Thông tin nhân vật", cls="nv-card", img="/uploads/news/2029_03/vu-a-cha-chan-dung.jpg")]
        for b in A01.blocks:
            out.append(jp(b[1]) if b[0] == "p" else fig(b[1], b[2], 0))
        body = "\n".join(out)
        info = (f'<div class="text-right"><p class="h5"><strong>Tác giả: </strong>{esc(author_line)}</p>'
                f'<p class="h5"><strong>Nguồn tin: </strong>Sở Dân tộc và Tôn giáo tỉnh Điện Biên</p></div><p class="sdttg45-views">Đã xem: 412 | Phản hồi: 1</p>')
        return (nv4_detail(site, esc(A01.title), nvf(pub), body, "sdttg45", info, hometext=f"<strong>{esc(A01.lead)}</strong>")
                + nv4_tail(site, base, rl, rd, nvf, ["người có uy tín", "Mường Phăng", "đồng bào Mông"], "Tổng số điểm của bài viết là: 46 trong 10 đánh giá",
                           thread([("Giàng A Sử", "07/03/2029 20:14", "Cảm ơn già Chá, bản Huổi Lóng bây giờ khác xưa nhiều lắm.")], head="Ý kiến bạn đọc", cls="nv-comment"), 1187))

    return mk53(1, "ethnic_religious_affairs_department_nukeviet45_theme_profile_card_headed_thong_tin_nhan_vat",
                "dienbien-sodantocvatongiao-nukeviet45-vendor-theme-guong-dien-hinh-weekday-dash-stamp-bold-hometext-particulars-card-table-headed-thong-tin-nhan-vat-floated-in-bodyhtml-figcaptions-tac-gia-name-dash-unit-nguon-tin-source",
                "nv45_sdttg", site, base + "gia-lang-vu-a-cha-nguoi-giu-binh-yen-cho-ban-huoi-long-1187.html",
                "Sở Dân tộc và Tôn giáo tỉnh Điện Biên", "NukeViet v4.5", A01, pub, detail,
                crumbs_of(site, ["Tin tức", "Gương điển hình"], cls="breadcrumbs list-none"), "Gương điển hình",
                {"author": "Quàng Thị Duyên", "unit": "Phòng Chính sách dân tộc"},
                "NukeViet 4.5 under a provincial vendor's theme for a Sở Dân tộc và Tôn giáo; a PROFILE of a village elder ('người có uy tín'). 'Thứ Tư - 07/03/2029 09:30' (span.h5) → T09:30. "
                "The bold hometext → lead. The editor put a PARTICULARS CARD at the top of #news-bodyhtml: a bordered table floated right, headed 'Thông tin nhân vật' (th colspan=2), a portrait row "
                "and six label/value rows (Họ và tên, Năm sinh, Dân tộc, Nơi ở, Vai trò, Khen thưởng) → a profile / fact box, NOT body (sets 24, 25, 51): it restates, as a card beside the narrative, "
                "facts the text tells in its own sentences; its rows are not 'cell | cell' paragraphs, its portrait has no caption, its 'Năm sinh' is no stamp. Body = the hometext + the six "
                "paragraphs of the narrative; two figcaptions. 'Tác giả: Quàng Thị Duyên - Phòng Chính sách dân tộc' → author + unit; 'Nguồn tin: Sở Dân tộc và Tôn giáo tỉnh Điện Biên' is the "
                "source (set 13). Category: the crumb's last level.",
                "NukeViet 4.5 (a Sở Dân tộc và Tôn giáo theme), a profile: 'Thứ Tư - dd/mm/yyyy HH:MM', bold hometext, a particulars card headed 'Thông tin nhân vật' (a box), figcaptions, 'Tác giả: Name - unit' + 'Nguồn tin:'",
                kb=165, fmt=nvf, head_author="Quàng Thị Duyên",
                traps={"profile_card": ["Thông tin nhân vật", "Họ và tên", "Trưởng dòng họ Vừ, người có uy tín của bản từ năm 2006",
                                        "Bằng khen của Chủ tịch UBND tỉnh (năm 2027)"],
                       "source": ["Sở Dân tộc và Tôn giáo tỉnh Điện Biên"], "meta": ["Đã xem: 412", "Tổng số điểm của bài viết là: 46 trong 10 đánh giá"],
                       "credit_as_printed": [author_line], "comments": ["Giàng A Sử", "Cảm ơn già Chá, bản Huổi Lóng bây giờ khác xưa nhiều lắm."]})


# ================================================================== page 2: an obituary (NukeViet 4.2, a ward Party committee's theme) — the particulars ARE the text
PART02 = ["Sinh năm: 1938", "Quê quán: phường Thành Nam, tỉnh Ninh Bình", "Trú quán: tổ dân phố Trần Tế Xương, phường Thành Nam",
          "Vào Đảng ngày: 19/5/1962; chính thức ngày: 19/5/1963", "Nguyên Bí thư Đảng ủy phường Thành Nam (1989 - 1998)",
          "Đảng viên sinh hoạt tại Chi bộ tổ dân phố Trần Tế Xương",
          "Huy hiệu 65 năm tuổi Đảng, Huân chương Kháng chiến hạng Nhì, Huân chương Lao động hạng Ba và nhiều phần thưởng cao quý khác."]
CAREER02 = ["Từ năm 1954 đến năm 1958: Đội viên Đội Thiếu niên Tiền phong, đoàn viên Đoàn Thanh niên Lao động xã;",
            "Từ năm 1958 đến năm 1965: Công nhân Nhà máy Dệt, tự vệ nhà máy; được kết nạp vào Đảng ngày 19/5/1962;",
            "Từ năm 1965 đến năm 1976: Nhập ngũ, chiến đấu ở chiến trường Quảng Trị, Tây Nguyên; xuất ngũ năm 1976 với quân hàm Thượng úy;",
            "Từ năm 1976 đến năm 1988: Cán bộ Ban Tổ chức Thành ủy, Phó Bí thư Đảng ủy phường;",
            "Từ năm 1989 đến năm 1998: Bí thư Đảng ủy phường;",
            "Từ năm 1998: Nghỉ hưu; tham gia Ban Chấp hành Hội Cựu chiến binh phường, Tổ trưởng Tổ hòa giải tổ dân phố đến năm 2015."]
A02 = A51("Tin buồn: Đồng chí Nguyễn Văn Kỷ, nguyên Bí thư Đảng ủy phường từ trần",
          None,
          [I("/uploads/news/2029_03/dong-chi-nguyen-van-ky.jpg", "Đồng chí Nguyễn Văn Kỷ (1938 - 2029)"),
           P("Ban Thường vụ Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban MTTQ Việt Nam phường Thành Nam và gia đình vô cùng thương tiếc báo tin:"),
           P("Đồng chí NGUYỄN VĂN KỶ")]
          + [P(x) for x in PART02]
          + [P("Do tuổi cao, sức yếu, đồng chí đã từ trần hồi 15 giờ 20 phút, ngày 11/3/2029 (tức ngày 27 tháng Giêng năm Kỷ Dậu), hưởng thọ 91 tuổi."),
             P("Lễ viếng bắt đầu từ 7 giờ 00 đến 10 giờ 00 ngày 13/3/2029 (tức ngày 29 tháng Giêng năm Kỷ Dậu) tại Nhà văn hóa tổ dân phố Trần Tế Xương."),
             P("Lễ truy điệu hồi 10 giờ 15 cùng ngày; an táng tại Nghĩa trang nhân dân phường Thành Nam."),
             H("TÓM TẮT TIỂU SỬ"),
             ("ul", CAREER02)])


def page02():
    pub = d("2029-03-11 20:15")
    site, base = "https://dangbothanhnam.ninhbinh.gov.vn", "/news/thong-bao/"
    nvf = lambda x: f"{wd(x, lower=True)} - {dmy(x)} {hm(x)}"

    def detail(rng, rl, rd):
        bl = A02.blocks
        c = lambda t: f'<p style="text-align:center"><strong>{esc(t)}</strong></p>'
        out = [fig(bl[0][1], bl[0][2], 0), c("TIN BUỒN"), jp(bl[1][1]), c(bl[2][1])]
        out += [lbl_par(x) for x in PART02]
        out += [jp(bl[10][1]), jp(bl[11][1]), jp(bl[12][1]), c("TÓM TẮT TIỂU SỬ"),
                "<ul>" + "".join(f'<li style="text-align:justify">{esc(x)}</li>' for x in CAREER02) + "</ul>",
                '<p style="text-align:right"><strong>BAN TỔ CHỨC LỄ TANG</strong></p>']
        body = "\n".join(out)
        info = (f'<div class="text-right"><p class="h5"><strong>Nguồn tin: </strong>Văn phòng Đảng ủy phường Thành Nam</p></div>'
                f'<p class="dup42-views">Đã xem: 536</p>')
        return (nv4_detail(site, esc(A02.title), nvf(pub), body, "dup42", info)
                + nv4_tail(site, base, rl, rd, nvf, ["tin buồn", "phường Thành Nam"], "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "", 742))

    return mk53(2, "ward_party_committee_nukeviet42_theme_obituary_particulars_are_the_text",
                "ninhbinh-danguyphuongthanhnam-nukeviet42-vendor-theme-lowercase-weekday-dash-stamp-no-hometext-portrait-figcaption-tin-buon-heading-bold-label-particulars-lines-tom-tat-tieu-su-li-ban-to-chuc-le-tang",
                "nv42_dup", site, base + "tin-buon-dong-chi-nguyen-van-ky-nguyen-bi-thu-dang-uy-phuong-tu-tran-742.html",
                "Đảng ủy phường Thành Nam", "NukeViet v4.2", A02, pub, detail,
                crumbs_of(site, ["Tin tức", "Thông báo"], cls="breadcrumbs list-none"), "Thông báo",
                {},
                "NukeViet 4.2 under a hosting vendor's theme for a ward Party committee; an OBITUARY. 'Chủ nhật - 11/03/2029 20:15' (NukeViet's lowercase weekday) → T20:15. No hometext → lead null. "
                "The notice's own heading 'TIN BUỒN' (centred bold) is a formal part, not body (set 28); the portrait's figcaption is the caption. Then the notice: who announces the death, "
                "the deceased's name in capitals, and his PARTICULARS typed as seven short lines, the first four with a bold label ('Sinh năm: 1938', 'Quê quán: …', 'Trú quán: …', 'Vào Đảng ngày: …'), then 'Nguyên Bí thư …', his Chi bộ and the awards — here "
                "the particulars ARE the text: an obituary is its particulars, its death and funeral lines and the biography; a reader citing the notice cites them → body, one paragraph per "
                "line, label kept (NEW set 53: particulars in the text flow vs a card beside a narrative). 'TÓM TẮT TIỂU SỬ' (centred bold) is a sub-heading, body, and each <li> a paragraph "
                "(set 30). The death (11/3, 15:20, with its lunar day), the wake and funeral days (13/3) and the Party-entry days are events' days, never stamps (sets 30, 39). 'BAN TỔ CHỨC LỄ "
                "TANG' signs the notice: not the author (set 28), not body. 'Nguồn tin: Văn phòng Đảng ủy phường Thành Nam' is a source → author and unit null.",
                "NukeViet 4.2 (a ward Party committee's theme), an obituary: 'Chủ nhật - dd/mm/yyyy HH:MM', 'TIN BUỒN' heading, the particulars as short label lines (body: the particulars ARE the text), 'TÓM TẮT TIỂU SỬ' list, 'BAN TỔ CHỨC LỄ TANG', 'Nguồn tin:' source",
                kb=130, fmt=nvf,
                traps={"formal_parts": ["TIN BUỒN", "BAN TỔ CHỨC LỄ TANG"], "source": ["Văn phòng Đảng ủy phường Thành Nam"], "meta": ["Đã xem: 536"]})


# ================================================================== page 3 (TWIST): the item's own table of documents IS text; the 'Văn bản liên quan' box of the same shape is not ('.dcs.vn' 'Văn bản chỉ đạo' template)
T03 = [["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu nội dung"],
       ["1", "12-CT/TU", "14/6/2016", "Chỉ thị về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác quản lý, bảo vệ rừng"],
       ["2", "05-NQ/TU", "20/9/2016", "Nghị quyết về xây dựng đội ngũ cán bộ cấp huyện giai đoạn 2016 - 2020, định hướng đến năm 2025"],
       ["3", "47-QĐ/TU", "08/3/2017", "Quy định về phân cấp quản lý cán bộ cấp huyện"],
       ["4", "18-KL/TU", "25/12/2018", "Kết luận về sắp xếp, sáp nhập thôn, tổ dân phố giai đoạn 2019 - 2021"],
       ["5", "236-QĐ/TU", "11/4/2019", "Quy chế phối hợp giữa các huyện ủy, thị ủy với các cơ quan tham mưu, giúp việc của Tỉnh ủy"],
       ["6", "09-CT/TU", "30/7/2020", "Chỉ thị về lãnh đạo đại hội đảng bộ cấp huyện nhiệm kỳ 2020 - 2025"],
       ["7", "316-QĐ/TU", "02/11/2021", "Quy định chức năng, nhiệm vụ của Ban Chỉ đạo cải cách tư pháp cấp huyện"],
       ["8", "22-HD/TU", "17/5/2023", "Hướng dẫn công tác kiểm tra, giám sát của ủy ban kiểm tra huyện ủy, thị ủy"],
       ["9", "27-KL/TU", "09/10/2024", "Kết luận về thành lập các cụm, khối thi đua cấp huyện"]]
BOX03 = [("1184-QĐ/TU", "05/03/2029", "Quyết định công bố kết quả rà soát, hệ thống hóa văn bản của Tỉnh ủy, Ban Thường vụ Tỉnh ủy giai đoạn 2015 - 2025"),
         ("215-KH/TU", "05/03/2029", "Kế hoạch rà soát, sửa đổi, bổ sung văn bản của Tỉnh ủy, Ban Thường vụ Tỉnh ủy năm 2029"),
         ("03-HD/VPTU", "12/01/2029", "Hướng dẫn quy trình rà soát, hệ thống hóa văn bản của Đảng ở cấp tỉnh")]
A03 = A51("Ban Thường vụ Tỉnh ủy công bố 9 văn bản hết hiệu lực toàn bộ",
          "Ngày 5/3, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1184-QĐ/TU công bố kết quả rà soát, hệ thống hóa văn bản của Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành từ năm 2015 đến hết năm 2025; trong đó có 9 văn bản hết hiệu lực toàn bộ.",
          [P("Theo Quyết định, qua rà soát 1.246 văn bản do Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành trong giai đoạn 2015 - 2025, có 1.018 văn bản hết hiệu lực do đã thực hiện xong, 149 văn bản tiếp tục có hiệu lực, 70 văn bản cần sửa đổi, bổ sung hoặc thay thế cho phù hợp với mô hình tổ chức chính quyền địa phương hai cấp và 9 văn bản hết hiệu lực toàn bộ do không còn đối tượng, phạm vi điều chỉnh."),
           P("Danh mục 9 văn bản hết hiệu lực toàn bộ gồm:"),
           ("table", T03),
           P("Quyết định số 1184-QĐ/TU có hiệu lực kể từ ngày ký. Ban Thường vụ Tỉnh ủy giao Văn phòng Tỉnh ủy cập nhật danh mục trên Hệ thống thông tin điều hành tác nghiệp; các đảng ủy trực thuộc Tỉnh ủy rà soát, bãi bỏ các văn bản do cấp mình ban hành để cụ thể hóa các văn bản nói trên, hoàn thành trước ngày 30/4/2029."),
           P("Cùng ngày, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 215-KH/TU về sửa đổi, bổ sung, thay thế 70 văn bản còn lại trong năm 2029, bảo đảm hệ thống văn bản của Tỉnh ủy thống nhất, đồng bộ, phù hợp với quy định của Trung ương.")])


def page03():
    pub = d("2029-03-06 16:10")
    site = "https://thanhhoa.dcs.vn"
    path = "/van-ban-chi-dao/ban-thuong-vu-tinh-uy-cong-bo-9-van-ban-het-hieu-luc-toan-bo-c5120.html"
    vbf = lambda x: f"{dmy(x)} - {hm(x)}"
    sig = "Lê Thanh Hoàng (Văn phòng Tỉnh ủy)"

    def detail(rng, rl, rd):
        out = []
        for b in A03.blocks:
            out.append(jp(b[1]) if b[0] == "p" else data_table(b[1], cls="table table-bordered dcs-vb-dm"))
        out.append(f'<p style="text-align:right"><strong>{esc(sig)}</strong></p>')
        same = related_same(site, "/van-ban-chi-dao/", list(zip(rl[:6], rd)), vbf, "Tin cùng chuyên mục", "dcs-vb-same", 5100)
        return (f'<div class="dcs-detail"><h1 class="dcs-title">{esc(A03.title)}</h1>'
                f'<div class="dcs-meta">Ngày đăng: {vbf(pub)} <span class="sep">|</span> Lượt xem: 1.128</div>'
                f'{tools("dcs-tools")}<div class="dcs-sapo"><strong>{esc(A03.lead)}</strong></div>'
                f'<div class="dcs-content" id="content-detail">{"".join(out)}</div>{sharebar("dcs-share")}'
                + doc_box(BOX03, "Văn bản liên quan", "dcs-vblq")
                + f'</div>{same}')

    return mk53(3, "provincial_party_dcs_van_ban_chi_dao_template_documents_table_in_text_twist",
                "thanhhoa-tinhuy-dcs-van-ban-chi-dao-template-search-bar-ngay-dang-dash-time-bold-sapo-text-quotes-decision-own-table-so-ky-hieu-ngay-ban-hanh-trich-yeu-then-van-ban-lien-quan-box-same-columns-name-paren-unit",
                "dcs_vbcd", site, path, "Tỉnh ủy Thanh Hóa", None, A03, pub, detail,
                crumbs_of(site, ["Văn bản chỉ đạo"], cls="dcs-breadcrumb"), "Văn bản chỉ đạo",
                {"author": "Lê Thanh Hoàng", "unit": "Văn phòng Tỉnh ủy"},
                "TWIST. The '.dcs.vn' platform's 'Văn bản chỉ đạo' template (a document-search bar under the crumb, a rail of new documents); a news item on a decision that ABOLISHES nine "
                "documents. 'Ngày đăng: 06/03/2029 - 16:10' → T16:10. Bold sapo → lead. The text names the decision it reports (Quyết định số 1184-QĐ/TU, Kế hoạch số 215-KH/TU): a text "
                "that quotes documents' numbers is text. Its core is the list the decision publishes — 'Danh mục 9 văn bản hết hiệu lực toàn bộ gồm:' followed by a bordered TABLE of nine "
                "documents (STT | Số, ký hiệu | Ngày ban hành | Trích yếu nội dung) — the news itself, introduced by the text's own sentence and followed by two more paragraphs and the "
                "signature → BODY, one paragraph per printed row with the cells joined by ' | ', the header row included (set 30). After the share bar the template prints a 'Văn bản liên "
                "quan' BOX in the very same columns (Số, ký hiệu | Ngày ban hành | Trích yếu | Tải về, three documents with download links) → a documents box, NOT body (sets 24, 51), "
                "its issue days (05/03/2029, 12/01/2029) no stamps (sets 38, 49). The table's issue days (2016–2024) are documents' days, not stamps. 'Lê Thanh Hoàng (Văn phòng Tỉnh ủy)' "
                "bold right → author + unit.",
                "TWIST '.dcs.vn' 'Văn bản chỉ đạo' template, a decision abolishing documents: 'Ngày đăng: dd/mm/yyyy - HH:MM', bold sapo, the text's OWN table of nine documents (body rows) versus the 'Văn bản liên quan' box in the same columns after the share bar (not body), 'Name (unit)'",
                kb=175, fmt=vbf, head_author="Lê Thanh Hoàng",
                traps={"documents_box": ["Văn bản liên quan", BOX03[0][2], BOX03[2][2], "03-HD/VPTU", "Tải về"],
                       "meta": ["Lượt xem: 1.128"], "credit_as_printed": [sig], "search_bar": ["Tra cứu"]})


# ================================================================== page 4: a 'người tốt, việc tốt' profile ('.dcs.vn' 'Người tốt - Việc tốt' template) — a particulars card with NO heading: a box
CARD04 = ["Hồ Văn Lả", "Sinh năm 1964 - dân tộc Vân Kiều", "Thôn Húc, xã Hướng Phùng", "Đảng viên Chi bộ thôn Húc", "Gương điển hình tiên tiến tỉnh năm 2028"]
STRIP04 = [("Chị Pả Thị Lan", "12 năm hiến máu cứu người"), ("Anh Trần Văn Đông", "Người lái đò miễn phí trên sông Thạch Hãn"),
           ("Bà Nguyễn Thị Thu", "Bếp ăn 0 đồng ở bệnh viện"), ("Thầy Lê Quang Vinh", "Mang thư viện lên bản")]
A04 = A51("Người cựu chiến binh 12 năm mở lớp xóa mù chữ ở bản Vân Kiều",
          "Không phải giáo viên, nhưng 12 năm qua, cựu chiến binh Hồ Văn Lả ở thôn Húc, xã Hướng Phùng vẫn đều đặn mở lớp học buổi tối, giúp hơn 200 người Vân Kiều biết đọc, biết viết, biết tính toán để làm ăn.",
          [P("Lớp học của ông Lả không có bảng đen, bàn ghế đồng bộ. Phòng học là gian nhà sàn của gia đình, bảng là tấm ván gỗ sơn đen, phấn ông mua từ chợ xã. Mỗi tối, từ 19 giờ đến 21 giờ, hơn chục học viên, người trẻ nhất 16 tuổi, người lớn tuổi nhất ngoài 60, lại đến lớp sau một ngày lên nương."),
           P("Ông Lả kể, năm 2017, khi đi họp thôn, ông thấy nhiều người không ký được tên mình vào biên bản, phải điểm chỉ; nhiều hộ vay vốn ngân hàng không đọc được hợp đồng, bị thương lái ép giá nông sản. Từng học hết lớp 9 trước khi nhập ngũ, ông xin ý kiến chi bộ, tự soạn giáo án, mở lớp dạy chữ miễn phí cho bà con."),
           I("/DATA/IMAGES/2029/03/09/lop-xoa-mu-chu-ho-van-la.jpg", "Ông Hồ Văn Lả hướng dẫn học viên tập viết trong lớp học buổi tối"),
           P("Những ngày đầu, lớp chỉ có 4 người. Ông đến từng nhà vận động, nhờ Chi hội Phụ nữ, Chi đoàn thanh niên cùng tham gia. Có học viên vì ngại mà bỏ học, ông lại tìm đến tận nương rẫy động viên. Đến nay, lớp học đã duy trì được 12 khóa, giúp 214 người biết đọc, biết viết; nhiều người đã tự đọc được tài liệu hướng dẫn trồng sắn, nuôi bò."),
           P("Bà Hồ Thị Xuân, 58 tuổi, học viên khóa đầu tiên, nói: “Trước đây đi chợ tôi không biết tính tiền, bị người ta trả thiếu cũng không biết. Giờ tôi đọc được, ký được tên, còn kèm được cháu học bài”."),
           P("Đồng chí Hồ Văn Thắng, Bí thư Đảng ủy xã Hướng Phùng cho biết, lớp học của ông Lả góp phần giúp xã hoàn thành mục tiêu xóa mù chữ mức độ 2; từ cách làm này, Hội Cựu chiến binh xã đã mở thêm 2 lớp học ở thôn Cợp và thôn Pa Công.")])


def page04():
    pub = d("2029-03-09 08:05")
    site = "https://quangtri.dcs.vn"
    path = "/nguoi-tot-viec-tot/nguoi-cuu-chien-binh-12-nam-mo-lop-xoa-mu-chu-o-ban-van-kieu-c6233.html"
    ntf = lambda x: f"{wd(x)}, {dmy(x)}, {hm(x)}"
    sig = "Bài, ảnh: Hoàng Thị Hà (Ban Tuyên giáo và Dân vận Tỉnh ủy)"

    def detail(rng, rl, rd):
        card = (f'<div class="nt-card" style="float:right;width:220px;margin:0 0 12px 16px;padding:10px;border:1px solid #c9a86a;background:#fbf6ea">'
                f'<img src="/DATA/IMAGES/2029/03/09/ho-van-la-chan-dung.jpg" alt="Hồ Văn Lả" width="200" />'
                f'<p class="nt-card-name"><strong>{esc(CARD04[0])}</strong></p>' + "".join(f'<p class="nt-card-line">{esc(x)}</p>' for x in CARD04[1:]) + '</div>')
        out = [card]
        for b in A04.blocks:
            out.append(jp(b[1]) if b[0] == "p" else pem(b[1], b[2], 0))
        out.append(f'<p style="text-align:right"><strong>{esc(sig)}</strong></p>')
        strip = "".join(f'<div class="dcs-nt-strip-item"><img src="/DATA/IMAGES/nguoi-tot/{slug(n)}.jpg" alt="" /><b>{esc(n)}</b><br /><span>{esc(t)}</span></div>' for n, t in STRIP04)
        same = related_same(site, "/nguoi-tot-viec-tot/", list(zip(rl[:6], rd)), ntf, "Các gương khác", "dcs-nt-same", 6200)
        return (f'<div class="dcs-nt-strip"><h3>Gương sáng quanh ta</h3>{strip}</div>'
                f'<div class="dcs-detail"><h1 class="dcs-title">{esc(A04.title)}</h1>'
                f'<div class="dcs-meta"><span class="dcs-date">{ntf(pub)}</span> <span class="dcs-view">Lượt xem: 764</span></div>'
                f'{tools("dcs-tools")}<div class="dcs-sapo"><strong>{esc(A04.lead)}</strong></div>'
                f'<div class="dcs-content" id="content-detail">{"".join(out)}</div>{sharebar("dcs-share")}</div>{same}'
                + thread([("Hồ Thị Liên", "09/03/2029 12:40", "Cảm ơn bác Lả, mẹ em cũng học lớp của bác mà biết chữ."),
                          ("Nguyễn Hữu Phước", "09/03/2029 21:05", "Tấm gương cựu chiến binh thật đáng trân trọng.")], head="Bình luận", cls="dcs-cmt"))

    return mk53(4, "provincial_party_dcs_nguoi_tot_viec_tot_template_profile_card_without_heading",
                "quangtri-tinhuy-dcs-nguoi-tot-viec-tot-template-portrait-strip-above-crumb-weekday-comma-date-comma-time-bold-sapo-unheaded-particulars-card-floated-right-centred-em-caption-bai-anh-name-paren-unit",
                "dcs_nttv", site, path, "Tỉnh ủy Quảng Trị", None, A04, pub, detail,
                crumbs_of(site, ["Người tốt - Việc tốt"], cls="dcs-breadcrumb"), "Người tốt - Việc tốt",
                {"author": "Hoàng Thị Hà", "unit": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "photographer": "Hoàng Thị Hà"},
                "The '.dcs.vn' platform's 'Người tốt - Việc tốt' template (a strip of earlier profiles' portraits above the item: other items); a PROFILE of a veteran who teaches adults to read. "
                "'Thứ Sáu, 09/03/2029, 08:05' → T08:05 (the 'Các gương khác' list prints other items in the same shape). Bold sapo → lead. At the top of the text the editor put a particulars "
                "card with NO heading at all: a bordered, tinted <div> floated right holding a portrait, the name in bold and four short lines ('Sinh năm 1964 - dân tộc Vân Kiều', 'Thôn Húc, xã "
                "Hướng Phùng', 'Đảng viên Chi bộ thôn Húc', 'Gương điển hình tiên tiến tỉnh năm 2028') → a profile card, NOT body, though it carries no heading (sets 24, 25, 51: a card beside "
                "a narrative restates it; NEW set 53: the card's shape, not a heading, makes it a box); its name line is no caption and no byline. Body = sapo + five paragraphs; the centred "
                "<em> under the picture is the caption. 'Bài, ảnh: Hoàng Thị Hà (Ban Tuyên giáo và Dân vận Tỉnh ủy)' → author = photographer, unit.",
                "'.dcs.vn' 'Người tốt - Việc tốt' template, a profile: 'Thứ Sáu, dd/mm/yyyy, HH:MM', bold sapo, a particulars card with NO heading floated in the text (a box), centred <em> caption, 'Bài, ảnh: Name (unit)'",
                kb=150, fmt=ntf, head_author="Hoàng Thị Hà",
                traps={"profile_card": [CARD04[1], CARD04[3], CARD04[4]], "strip": ["Gương sáng quanh ta", "Người lái đò miễn phí trên sông Thạch Hãn"],
                       "meta": ["Lượt xem: 764"], "credit_as_printed": [sig], "comments": ["Hồ Thị Liên", "Tấm gương cựu chiến binh thật đáng trân trọng."]})


# ================================================================== page 5 (TWIST): a leader's biography page whose particulars table and career list ARE the text (Liferay DXP 2024.Q3 + Phương Đông's portlet)
T05 = [["Họ và tên", "Trần Minh Khôi"], ["Ngày sinh", "12/9/1976"], ["Quê quán", "xã Đức Trọng, tỉnh Lâm Đồng"], ["Dân tộc", "Kinh"],
       ["Ngày vào Đảng", "03/02/2001"], ["Ngày chính thức", "03/02/2002"], ["Trình độ chuyên môn", "Tiến sĩ Kinh tế"],
       ["Lý luận chính trị", "Cao cấp"], ["Chức vụ hiện nay", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lâm Đồng nhiệm kỳ 2026 - 2031"]]
CAREER05 = ["Từ 9/1998 đến 6/2004: Chuyên viên Sở Kế hoạch và Đầu tư tỉnh Lâm Đồng;",
            "Từ 7/2004 đến 12/2010: Phó Trưởng phòng, Trưởng phòng Tổng hợp, Sở Kế hoạch và Đầu tư;",
            "Từ 1/2011 đến 10/2015: Phó Giám đốc Sở Kế hoạch và Đầu tư; bảo vệ luận án Tiến sĩ Kinh tế năm 2014;",
            "Từ 11/2015 đến 9/2020: Tỉnh ủy viên, Bí thư Huyện ủy Đơn Dương;",
            "Từ 10/2020 đến 6/2025: Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Lâm Đồng;",
            "Từ 7/2025 đến 2/2029: Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Lâm Đồng (sau hợp nhất);",
            "Tháng 2/2029: Được Ban Chấp hành Đảng bộ tỉnh bầu giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2025 - 2030;",
            "Ngày 06/3/2029: Được HĐND tỉnh khóa XI, nhiệm kỳ 2026 - 2031 bầu giữ chức Chủ tịch UBND tỉnh."]
A05 = A51("Tiểu sử đồng chí Trần Minh Khôi, Chủ tịch UBND tỉnh",
          None,
          [I("/documents/20143/0/tran-minh-khoi-chan-dung.jpg", "Đồng chí Trần Minh Khôi"),
           ("table", T05),
           H("Tóm tắt quá trình công tác"),
           ("ul", CAREER05)])
LEADERS05 = [("Nguyễn Quốc Thịnh", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"), ("Ka Sô Ha Na", "Phó Bí thư Thường trực Tỉnh ủy"),
             ("Trần Minh Khôi", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"), ("Đặng Văn Lực", "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh")]


def page05():
    pub = d("2029-03-07 10:40")
    site = "https://lamdong.gov.vn"
    path = "/web/guest/lanh-dao-tinh/-/pd_news_detail/tieu-su-dong-chi-tran-minh-khoi-chu-tich-ubnd-tinh"
    pdf = lambda x: f"{dmy(x)} - {hm(x)}"

    def detail(rng, rl, rd):
        bl = A05.blocks
        rows = "".join(f'<tr><td class="pd-ts-lbl" width="34%">{esc(a)}</td><td class="pd-ts-val">{esc(b)}</td></tr>' for a, b in T05)
        body = (f'<div class="pd-ts-portrait">{fig(bl[0][1], bl[0][2], 0)}</div>'
                f'<table class="table pd-tieusu"><tbody>{rows}</tbody></table>'
                f'<h3 class="pd-ts-heading">{esc(bl[2][1])}</h3>'
                '<ul class="pd-ts-career">' + "".join(f"<li>{esc(x)}</li>" for x in CAREER05) + "</ul>")
        others = "".join(f'<li><a href="{site}/web/guest/lanh-dao-tinh/-/pd_news_detail/tieu-su-dong-chi-{slug(n)}"><img src="/documents/20143/0/{slug(n)}.jpg" alt="" /><b>{esc(n)}</b><br /><span>{esc(p)}</span></a></li>'
                         for n, p in LEADERS05 if n != "Trần Minh Khôi")
        li = "".join(f'<li><a href="{site}/web/guest/tin-tuc/-/pd_news_detail/{slug(t)[:60]}">{esc(t)}</a> <span class="pd-date">{pdf(x)}</span></li>' for t, x in zip(rl[:6], rd))
        return (f'<h2 class="portlet-title"><span class="portlet-title-text">Lãnh đạo tỉnh</span></h2>'
                f'<div class="pd-news-detail"><h1 class="pd-title">{esc(A05.title)}</h1>'
                f'<div class="pd-meta"><span class="pd-date"><i class="icon-calendar"></i> {pdf(pub)}</span> <span class="pd-views"><i class="icon-eye-open"></i> 2.315</span>'
                f'<span class="pd-tools"><a href="#" class="pd-print">In</a> <a href="#" class="pd-mail">Gửi email</a> <a href="#" class="pd-font">A-</a> <a href="#" class="pd-font">A+</a></span></div>'
                f'<div class="journal-content-article" data-analytics-asset-type="web-content" data-analytics-asset-title="{esc(A05.title, True)}">{body}</div>'
                f'<div class="pd-source"><span class="pd-source-lbl">Nguồn:</span> Văn phòng UBND tỉnh</div>{sharebar("pd-share")}</div>'
                f'<div class="pd-others"><h3>Lãnh đạo tỉnh khác</h3><ul>{others}</ul></div>'
                f'<div class="pd-same"><h3>Tin mới đăng</h3><ul>{li}</ul></div>')

    return mk53(5, "provincial_portal_liferay2024q3_phuongdong_news_detail_biography_page_table_is_the_text_twist",
                "lamdong-ubndtinh-liferay-dxp-2024q3-phuongdong-pd-news-detail-portlet-title-lanh-dao-tinh-dd-mm-yyyy-dash-hh-mm-no-sapo-portrait-figcaption-particulars-table-label-value-rows-h3-career-list-nguon-source-no-byline",
                "lr24q3pd", site, path, "Cổng Thông tin điện tử tỉnh Lâm Đồng", "Liferay DXP", A05, pub, detail,
                crumbs_of(site, ["Giới thiệu", "Lãnh đạo tỉnh"], cls="pd-breadcrumb"), "Lãnh đạo tỉnh",
                {},
                "TWIST. Liferay DXP 2024.Q3 with Phương Đông's news portlet (pd_news_detail) under the portlet title 'Lãnh đạo tỉnh'; a LEADER'S BIOGRAPHY PAGE, the day after his election. '07/03/2029 - "
                "10:40' → T10:40. The web content is a biography and nothing else: a portrait (figcaption 'Đồng chí Trần Minh Khôi' → the caption), a TABLE of his particulars — label cell, "
                "value cell: Họ và tên, Ngày sinh, Quê quán, Dân tộc, Ngày vào Đảng, Ngày chính thức, Trình độ chuyên môn, Lý luận chính trị, Chức vụ hiện nay — an h3 'Tóm tắt quá trình "
                "công tác' and a list of eight career steps. Here the particulars card IS the text: the item has no narrative it could be a box beside, the headline names the biography, "
                "and a reader citing the page cites these rows → BODY: one paragraph per row, label and value joined by ' | ' as printed (set 30; the label cells are the text's own words "
                "about the person, not a CMS form's field labels, set 31), the h3 a sub-heading, each <li> a paragraph (set 30). Lead null (no sapo). The days in it — birth 12/9/1976, "
                "Party entry, the election 'Ngày 06/3/2029' the day before the item — are the person's, never stamps (set 30). 'Nguồn: Văn phòng UBND tỉnh' is a source (set 13) → author "
                "and unit null. 'Lãnh đạo tỉnh khác' (other leaders' cards) and 'Tin mới đăng' are other items.",
                "TWIST Liferay DXP 2024.Q3 + Phương Đông's portlet, a leader's biography page: 'dd/mm/yyyy - HH:MM', no sapo, portrait figcaption, the particulars TABLE and the career list ARE the text (body rows 'label | value'), 'Nguồn:' source, no byline",
                kb=185, fmt=pdf, ld_lead=None,
                traps={"source": ["Nguồn: Văn phòng UBND tỉnh"], "other_leaders": ["Lãnh đạo tỉnh khác", "Phó Bí thư Thường trực Tỉnh ủy", "Ka Sô Ha Na"]})


# ================================================================== page 6: a plan's news with 'Tài liệu kèm theo' (SharePoint Server 2016 + Trí Việt's web part) — the text quotes the plan's number, the attachments table is a box
ATT06 = [("KH 412-SVHTTDL ky niem 30-4-2029.pdf", "356 KB"), ("De cuong tuyen truyen 54 nam Ngay Giai phong.docx", "88 KB"),
         ("Khau hieu tuyen truyen 30-4 va 1-5.docx", "21 KB")]
A06 = A51("Tổ chức nhiều hoạt động kỷ niệm 54 năm Ngày Giải phóng miền Nam, thống nhất đất nước",
          "Sở Văn hóa, Thể thao và Du lịch vừa ban hành Kế hoạch số 412/KH-SVHTTDL tổ chức các hoạt động văn hóa, văn nghệ, thể thao chào mừng kỷ niệm 54 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2029) và 143 năm Ngày Quốc tế Lao động (1/5/1886 - 1/5/2029).",
          [P("Thực hiện Kế hoạch số 86/KH-UBND ngày 02/3/2029 của UBND tỉnh, Sở giao Trung tâm Văn hóa - Nghệ thuật tỉnh chủ trì chương trình nghệ thuật “Bản hùng ca thống nhất” vào tối 29/4/2029 tại Quảng trường tỉnh; Thư viện tỉnh tổ chức triển lãm sách, ảnh tư liệu “Tây Ninh - mùa xuân đại thắng” từ ngày 20/4 đến ngày 5/5/2029."),
           P("Các hoạt động thể thao gồm Giải việt dã truyền thống, Giải bóng chuyền hơi người cao tuổi và Hội thao công nhân, viên chức, lao động, dự kiến thu hút hơn 3.000 vận động viên. Bảo tàng tỉnh, Khu di tích Căn cứ Trung ương Cục miền Nam mở cửa đón khách tham quan miễn phí trong các ngày 30/4 và 1/5."),
           I("/SiteAssets/TinTuc/2029/03/chuong-trinh-nghe-thuat-30-4-2028.jpg", "Tiết mục nghệ thuật trong chương trình kỷ niệm năm 2028 tại Quảng trường tỉnh"),
           P("Sở đề nghị UBND các xã, phường chủ động xây dựng kế hoạch tuyên truyền, trang trí cờ, hoa, băng rôn, pa-nô tại trụ sở cơ quan, các tuyến đường chính và khu dân cư; tổ chức các hoạt động thiết thực, tiết kiệm, phù hợp với điều kiện của địa phương. Đề cương tuyên truyền và các khẩu hiệu được ban hành kèm theo Kế hoạch.")])


def page06():
    pub = d("2029-03-08 14:25")
    site = "https://svhttdl.tayninh.gov.vn"
    spf = lambda x: f"{dmy(x)} {twelve(x)}"
    g = "ctl00_ctl40_g_4b1c7e2a_93d5_4f0e_b8a1_6c2d9e7f1a30_ctl00"

    def detail(rng, rl, rd):
        bl = A06.blocks
        rte = "".join(f'<p style="text-align:justify">{esc(b[1])}</p>' if b[0] == "p" else
                      f'<table class="ms-rteTable-default" align="center" width="560"><tr><td><img src="{b[1]}" width="560" alt="" /></td></tr><tr><td class="image_desc" style="text-align:center"><em>{esc(b[2])}</em></td></tr></table>'
                      for b in bl)
        att = "".join(f'<tr><td><img src="/_layouts/15/images/ic{"pdf" if n.endswith("pdf") else "docx"}.png" alt="" /> <a href="{site}/TaiLieu/2029/{slug(n)}">{esc(n)}</a></td><td>{esc(s)}</td>'
                      f'<td><a class="tv-dl" href="{site}/TaiLieu/2029/{slug(n)}?download=1">Tải về</a></td></tr>' for n, s in ATT06)
        li = "".join(f'<li><a href="{site}/Pages/tin-chi-tiet.aspx?ItemID={2810 - k * 3}">{esc(t)}</a> <span class="time_update">(Ngày {dmy(x)})</span></li>' for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (bigvs(R(6306), 58000)
                + f'<div class="detail_artical"><div class="path"><div class="arr_B"><span id="{g}_lblBreadCrum">Tin tức &gt; Văn hóa - Nghệ thuật</span></div></div>'
                f'<div><table><tr><td><img src="/_layouts/15/TriViet/images/icon_date.jpg" alt="" /></td><td><span id="{g}_lblCreatedDate">{spf(pub)}</span></td></tr></table></div>'
                f'<h2><span id="{g}_lblTitle">{esc(A06.title)}</span></h2>'
                f'<p><b><span id="{g}_lblShortDesc">{esc(A06.lead)}</span></b></p>'
                f'<p><table width="100%"><tr><td><div id="{g}_pnContent" class="tv-rte">{rte}</div></td></tr>'
                f'<tr><td align="right" style="font-weight:bold"><span id="{g}_lblAuthor">Minh Thư - Phòng Quản lý văn hóa</span><br /><span id="{g}_lblSource"></span></td></tr></table></p>'
                f'<span class="tailieu">Tài liệu kèm theo:</span><table class="tv-attach" width="100%">{att}</table>'
                f'{sharebar("tv-share")}</div>'
                f'<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>{li}</ul></div></div>')

    return mk53(6, "culture_sports_tourism_department_sharepoint2016_triviet_news_web_part_attachments_table",
                "tayninh-sovhttdl-sharepoint2016-triviet-web-part-viewstate-lblcreateddate-twelve-hour-ch-bold-short-desc-text-quotes-plan-numbers-picture-table-lblauthor-name-dash-unit-empty-source-tai-lieu-kem-theo-box",
                "sp2016tv", site, "/Pages/tin-chi-tiet.aspx?ItemID=2817&CatID=12", "Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh", "Microsoft SharePoint", A06, pub, detail,
                crumbs_of(site, ["Tin tức", "Văn hóa - Nghệ thuật"], cls="tv16-breadcrumb"), "Văn hóa - Nghệ thuật",
                {"author": "Minh Thư", "unit": "Phòng Quản lý văn hóa"},
                "SharePoint Server 2016 (a department's master page) with Trí Việt's news web part (the table-based detail of the CQ family: lblBreadCrum, lblCreatedDate beside a date icon, "
                "h2 > lblTitle, a bold short description, the text in a table cell, the author cell right-aligned and bold), a 58 KB ViewState; a PLAN's news. '08/03/2029 2:25 CH' → T14:25 "
                "(set 27). Bold lblShortDesc → lead. The text quotes the plan's number (Kế hoạch số 412/KH-SVHTTDL, Kế hoạch số 86/KH-UBND ngày 02/3/2029) and says the outline and slogans are "
                "issued with it — words of the text, body. Under the text the web part prints 'Tài liệu kèm theo:' and a table of the three attached files (file name, size, 'Tải về') → a "
                "documents box, not body (set 24's download block), no caption, no stamp. The picture is a one-cell table with the caption row below. lblAuthor 'Minh Thư - Phòng Quản lý "
                "văn hóa' → author + unit; lblSource is EMPTY (changes nothing, set 13). The page's days of events (29/4, 20/4–5/5, 30/4 and 1/5) are no stamps.",
                "SharePoint Server 2016 + Trí Việt's web part, a plan's news: 'dd/mm/yyyy h:mm CH', bold short description, the text quoting plans' numbers (body), picture table, 'Name - unit' in lblAuthor, empty lblSource, the 'Tài liệu kèm theo:' attachments table (a box)",
                kb=235, fmt=lambda x: dmy(x), form=True, head_author="Minh Thư", no_ld=True,
                traps={"attachments": ["Tài liệu kèm theo:", ATT06[0][0], ATT06[1][0], "356 KB", "Tải về"],
                       "credit_as_printed": ["Minh Thư - Phòng Quản lý văn hóa"]})


# ================================================================== page 7: readers ask, a doctor answers (DNN 9.6 + a vendor's 'Tư vấn sức khỏe' module) — asker row, 'Ngày gửi' / 'Ngày trả lời', a person signs the answer
A07 = A51("Trẻ đã tiêm 1 mũi vắc xin sởi có cần tiêm thêm không?",
          None,
          [P("Câu hỏi: Con tôi được 20 tháng tuổi, đã tiêm 1 mũi vắc xin sởi lúc 9 tháng tuổi tại trạm y tế xã. Gần đây trong thôn có trẻ bị sởi, tôi rất lo lắng. Xin hỏi bác sĩ, cháu có cần tiêm thêm mũi vắc xin nào nữa không và tiêm ở đâu?"),
           P("Trả lời: Cảm ơn chị đã quan tâm đến việc tiêm chủng cho con. Theo lịch tiêm chủng mở rộng hiện hành, trẻ được tiêm mũi vắc xin sởi đơn lúc 9 tháng tuổi và mũi vắc xin sởi - rubella (MR) lúc 18 tháng tuổi. Như vậy, cháu nhà chị đã quá thời điểm tiêm mũi thứ hai và cần được tiêm bù càng sớm càng tốt."),
           P("Chị có thể đưa cháu đến trạm y tế xã vào buổi tiêm chủng định kỳ hằng tháng để được khám sàng lọc và tiêm bù mũi MR miễn phí. Khi đi, chị mang theo sổ hoặc phiếu tiêm chủng của trẻ; cán bộ y tế cũng có thể tra cứu lịch sử tiêm của cháu trên hệ thống quản lý thông tin tiêm chủng."),
           P("Sau khi tiêm, trẻ cần được theo dõi tại điểm tiêm 30 phút và tại nhà trong 24 giờ đầu. Một số phản ứng thường gặp như sốt nhẹ, sưng đau tại chỗ tiêm sẽ tự hết sau 1 - 2 ngày. Nếu trẻ sốt cao trên 39 độ C, quấy khóc kéo dài, phát ban hoặc khó thở, chị cần đưa trẻ đến cơ sở y tế gần nhất."),
           P("Ngoài tiêm chủng, gia đình nên giữ nhà cửa thông thoáng, rửa tay cho trẻ thường xuyên, hạn chế đưa trẻ đến nơi đông người khi trong khu vực có ca bệnh; khi trẻ sốt, ho, chảy nước mũi, mắt đỏ kèm phát ban, cần cho trẻ đi khám ngay để được chẩn đoán, điều trị kịp thời.")])
OTHERQ07 = [("Người cao tuổi bị tăng huyết áp có nên tập thể dục buổi sáng sớm?", "Hà Văn Sinh", "xã Thanh Sơn", "27/02/2029"),
            ("Phụ nữ mang thai có được tiêm vắc xin phòng cúm không?", "Nguyễn Thu Trang", "phường Việt Trì", "21/02/2029"),
            ("Làm thế nào để phòng bệnh tay chân miệng cho trẻ đi nhà trẻ?", "Đinh Thị Hạnh", "xã Tân Sơn", "14/02/2029")]


def page07():
    pub = d("2029-03-09 16:30")
    site = "https://soyte.phutho.gov.vn"
    m = "dnn_ctr2318_ViewTuVan"
    sig_n, sig_u = "BSCKII. Lương Văn Tùng", "Trung tâm Kiểm soát bệnh tật tỉnh"

    def detail(rng, rl, rd):
        bl = A07.blocks
        q = f'<p><strong>Câu hỏi:</strong> {esc(bl[0][1][len("Câu hỏi: "):])}</p>'
        a = f'<p style="text-align:justify"><strong>Trả lời:</strong> {esc(bl[1][1][len("Trả lời: "):])}</p>' + "".join(jp(b[1]) for b in bl[2:])
        others = "".join(f'<li><a href="{site}/hoi-dap/tu-van-suc-khoe/tabid/231/QuestionID/{1460 - k * 7}/Default.aspx">{esc(t)}</a>'
                         f'<div class="tv-oq-meta">Người hỏi: {esc(n)} – {esc(p)} | Ngày gửi: {esc(dd)}</div></li>' for k, (t, n, p, dd) in enumerate(OTHERQ07))
        li = "".join(f'<li><a href="{site}/tin-tuc/tabid/120/ArticleID/{3310 - k * 5}/Default.aspx">{esc(t)}</a> <span class="tv-date">({dmy(x)})</span></li>' for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (bigvs(R(6307), 44000)
                + f'<div class="tv-band"><span class="tv-band-title">TƯ VẤN SỨC KHỎE</span> <a class="tv-ask" href="{site}/hoi-dap/gui-cau-hoi">Gửi câu hỏi</a></div>'
                f'<div class="tv-question" id="{m}_pnlCauHoi"><h1 class="tv-title"><span id="{m}_lblTieuDe">{esc(A07.title)}</span></h1>'
                f'<div class="tv-asker"><span id="{m}_lblNguoiHoi">Người hỏi: Đặng Thị Thu – xã Yên Lập</span> <span class="sep">|</span> <span id="{m}_lblNgayGui">Ngày gửi: 02/03/2029</span></div>'
                f'<div class="tv-qcontent" id="{m}_divCauHoi">{q}</div></div>'
                f'<div class="tv-answer" id="{m}_pnlTraLoi"><div class="tv-answer-head"><span class="tv-ngaytl" id="{m}_lblNgayTraLoi">Ngày trả lời: {dmy(pub)}</span> <span class="tv-views">Lượt xem: 219</span></div>'
                f'<div class="tv-acontent" id="{m}_divTraLoi">{a}'
                f'<p style="text-align:right"><strong>{esc(sig_n)}</strong><br /><em>{esc(sig_u)}</em></p></div></div>'
                f'<div class="tv-note">Thông tin trong chuyên mục chỉ mang tính tham khảo, không thay thế cho việc khám và điều trị trực tiếp tại cơ sở y tế.</div>'
                f'<div class="tv-other"><h3>Các câu hỏi khác</h3><ul>{others}</ul></div>'
                f'<div class="tv-news"><h3>Tin tức - Sự kiện</h3><ul>{li}</ul></div>')

    return mk53(7, "health_department_dnn96_vendor_tu_van_suc_khoe_module_doctor_signs_the_answer",
                "phutho-soyte-dnn96-bootstrap3-skin-vendor-tu-van-suc-khoe-module-viewstate-column-band-asker-row-ngay-gui-ngay-tra-loi-date-only-cau-hoi-tra-loi-labels-no-sapo-bsckii-name-br-italic-unit-disclaimer-other-questions",
                "dnn96tv", site, "/hoi-dap/tu-van-suc-khoe/tabid/231/QuestionID/1467/Default.aspx", "Sở Y tế tỉnh Phú Thọ", "DotNetNuke", A07, pub, detail,
                crumbs_of(site, ["Hỏi đáp", "Tư vấn sức khỏe"], cls="tv96-breadcrumb"), "Tư vấn sức khỏe",
                {"author": sig_n, "unit": sig_u},
                "DNN 9.6 under a vendor's Bootstrap 3 skin for a health department, a vendor's 'Tư vấn sức khỏe' module (readers' questions), a 44 KB ViewState; a Q&A. The module prints the "
                "question panel first — the h1 (the question's subject), the ASKER ROW 'Người hỏi: Đặng Thị Thu – xã Yên Lập | Ngày gửi: 02/03/2029' (the asker is no author, the sending day "
                "no stamp: sets 27, 45, 48, 51) and the question labelled 'Câu hỏi:' — then the answer panel headed 'Ngày trả lời: 09/03/2029' → the publication (set 27: the answer's day), "
                "DATE ONLY ('2029-03-09'; no time is borrowed from anywhere, set 25). No sapo → lead null; body = the question and the four answer paragraphs with their labels 'Câu hỏi:' / "
                "'Trả lời:' kept (set 45). The answer is signed by a PERSON: bold 'BSCKII. Lương Văn Tùng' <br> italic 'Trung tâm Kiểm soát bệnh tật tỉnh' → author with the professional "
                "qualification kept (set 26) and unit (sets 32, 51). The band 'TƯ VẤN SỨC KHỎE' is a form label, the disclaimer an editors' note, 'Các câu hỏi khác' other items with their "
                "askers and days. Category: the crumb's last level.",
                "DNN 9.6 + a vendor's 'Tư vấn sức khỏe' module, a Q&A: asker row with 'Ngày gửi:', 'Ngày trả lời: dd/mm/yyyy' (date only) is the publication, 'Câu hỏi:' / 'Trả lời:' kept, no sapo, 'BSCKII. Name' <br> italic unit",
                kb=215, published="2029-03-09", fmt=lambda x: dmy(x), form=True, dnn=True, head_author=sig_n, no_ld=True,
                traps={"asker": ["Người hỏi: Đặng Thị Thu – xã Yên Lập", "Ngày gửi: 02/03/2029", "Đặng Thị Thu"],
                       "editors_note": ["Thông tin trong chuyên mục chỉ mang tính tham khảo, không thay thế cho việc khám và điều trị trực tiếp tại cơ sở y tế."],
                       "other_questions": ["Các câu hỏi khác", "Hà Văn Sinh", "Phụ nữ mang thai có được tiêm vắc xin phòng cúm không?"],
                       "meta": ["Lượt xem: 219"]})


# ================================================================== page 8: a list of good deeds (ASP.NET 2.0 WebForms, Đất Việt's CMS) — the data table IS text; the layout tables are not; the CMS's bare closing links are other items
T08 = [["TT", "Tập thể, cá nhân", "Địa chỉ", "Việc làm tốt"],
       ["1", "Anh Nguyễn Văn Tuấn", "Phường Kinh Bắc", "Lao xuống sông Cầu cứu 2 học sinh bị đuối nước chiều 16/2/2029"],
       ["2", "Chị Hoàng Thị Nga", "Xã Tiên Du", "Trả lại túi xách có 46 triệu đồng và giấy tờ tùy thân cho người đánh rơi"],
       ["3", "Ông Đỗ Văn Bảy", "Phường Từ Sơn", "Nấu 1.200 suất cơm miễn phí cho người nhà bệnh nhân trong những ngày Tết"],
       ["4", "Tổ tự quản thôn Đông", "Xã Yên Dũng", "Tuần tra đêm Giao thừa, kịp thời dập tắt đám cháy tại nhà một hộ dân"],
       ["5", "Em Lê Minh Khang, học sinh lớp 8", "Phường Bắc Giang", "Trả lại điện thoại và ví tiền nhặt được cho người đánh rơi"],
       ["6", "Bà Phạm Thị Hòa", "Xã Lạng Giang", "Ủng hộ 100 triệu đồng xây nhà Đại đoàn kết cho hộ nghèo"],
       ["7", "Nhóm thiện nguyện “Bếp ấm”", "Phường Võ Cường", "Tặng 500 suất quà Tết cho công nhân không về quê"],
       ["8", "Anh Trần Đức Long, tài xế xe ôm công nghệ", "Phường Suối Hoa", "Đưa miễn phí sản phụ chuyển dạ đến bệnh viện lúc nửa đêm"]]
A08 = A51("Ủy ban MTTQ tỉnh biểu dương 8 tập thể, cá nhân có việc làm tốt dịp Tết Kỷ Dậu",
          "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa có thư khen, biểu dương 8 tập thể, cá nhân có hành động đẹp, việc làm tốt, lan tỏa tinh thần tương thân tương ái trong dịp Tết Nguyên đán Kỷ Dậu 2029.",
          [P("Các tập thể, cá nhân được biểu dương là những tấm gương tiêu biểu trong cứu người gặp nạn, trả lại tài sản đánh rơi, giúp đỡ người nghèo, người già neo đơn đón Tết và tham gia giữ gìn an ninh trật tự ở khu dân cư."),
           P("Danh sách tập thể, cá nhân được biểu dương:"),
           ("table", T08),
           P("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị Ủy ban MTTQ các xã, phường tiếp tục phát hiện, biểu dương kịp thời những tấm gương người tốt, việc tốt, nhân rộng trong cộng đồng, góp phần thực hiện hiệu quả Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.")])


def page08():
    pub = d("2029-03-10 08:47:15")
    site = "http://mattranbacninh.org.vn"
    dvf = lambda x: f"{dmy(x)} - {twelve(x, am='AM', pm='PM', sec=True)}"
    pre = "ctl00_ContentPlaceHolder1_ucChiTiet"

    def detail(rng, rl, rd):
        bl = A08.blocks
        ff = lambda t: f'<font face="Arial" size="2">{t}</font>'
        txt = (f'<p align="justify">{ff(esc(bl[0][1]))}</p><p align="justify">{ff(esc(bl[1][1]))}</p>'
               + data_table(bl[2][1], cls="dv-bang", font="Arial")
               + f'<p align="justify">{ff(esc(bl[3][1]))}</p>')
        links = "".join(f'<div class="dv-lnk"><img src="/images/dot_red.gif" width="5" height="5" alt="" /> <a class="lnkTinKhac" href="{site}/ChiTiet.aspx?ID={5120 - k * 4}">{esc(t)}</a></div>'
                        for k, t in enumerate(rl[:6]))
        return (bigvs(R(6308), 24000)
                + f'<table width="100%" border="0" cellspacing="0" cellpadding="3" id="{pre}_tblChiTiet">'
                f'<tr><td class="dv-tieude"><span id="{pre}_lblTieuDe" style="font-family:Arial;font-size:13pt;font-weight:bold;color:#9E1B1B">{esc(A08.title)}</span></td></tr>'
                f'<tr><td class="dv-info"><span id="{pre}_lblThongTin" style="font-family:Arial;font-size:8pt;color:#666666">Đăng ngày: {dvf(pub)} | Lượt xem: 318 | Trần Thị Thu Hằng</span></td></tr>'
                f'<tr><td><span id="{pre}_lblTomTat" style="font-family:Arial;font-size:10pt;font-weight:bold">{esc(A08.lead)}</span></td></tr>'
                f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td valign="top" class="dv-noidung">'
                f'<div id="{pre}_divNoiDung">{txt}</div><br />{links}</td></tr></table></td></tr>'
                f'<tr><td align="right" class="dv-tools"><a href="javascript:window.print()"><img src="/images/print.gif" alt="" /> In bài</a> &nbsp; '
                f'<a href="javascript:history.back()"><img src="/images/back.gif" alt="" /> Quay lại</a></td></tr></table>')

    return mk53(8, "provincial_front_aspnet20_webforms_datviet_cms_good_deeds_table_bare_closing_links",
                "bacninh-ubmttq-aspnet20-webforms-datviet-cms-780px-nested-tables-viewstate-info-line-dang-ngay-h-mm-ss-am-luot-xem-name-bold-tomtat-data-table-of-good-deeds-bare-links-no-heading-no-dates-same-cell",
                "wf20dv", site, "/ChiTiet.aspx?ID=5127", "Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh", None, A08, pub, detail,
                f'<font face="Arial" size="1"><a href="{site}/">Trang chủ</a> » <a href="{site}/ChuyenMuc.aspx?ID=4">Gương người tốt, việc tốt</a></font>', "Gương người tốt, việc tốt",
                {"author": "Trần Thị Thu Hằng"},
                "ASP.NET 2.0 WebForms, Đất Việt's CMS of the mid-2000s (XHTML 1.0 Transitional, a 780-px page of NESTED LAYOUT TABLES, a left menu column, <font> and inline-styled spans, a "
                "24 KB ViewState); a LIST OF GOOD DEEDS. The info line 'Đăng ngày: 10/03/2029 - 8:47:15 AM | Lượt xem: 318 | Trần Thị Thu Hằng' → T08:47:15 (seconds kept, set 13) and the "
                "writer at the end of the info line (set 29) → author, unit null. Bold lblTomTat → lead. The text (in a <td> two tables deep: layout, never rows, set 29) introduces and then "
                "prints a bordered DATA TABLE of the eight people and groups praised (TT | Tập thể, cá nhân | Địa chỉ | Việc làm tốt) — the item IS that list → body, one paragraph per row, "
                "cells joined by ' | ', the header row included (set 30); the days inside it ('chiều 16/2/2029') are events'. After the text, in the SAME cell after a <br>, the CMS prints six "
                "links to other items, each a bullet image and a bare <a> — NO heading, NO dates, no sentence of the writer → other items (related), not body (NEW set 53, set 43's unheaded "
                "lists extended to lists that print nothing but the links). Category: the path's last level.",
                "ASP.NET 2.0 WebForms (Đất Việt's CMS), a list of good deeds: nested layout tables, 'Đăng ngày: dd/mm/yyyy - h:mm:ss AM | Lượt xem | Name', bold summary, a data table of eight people (body rows), six bare links to other items with no heading and no dates in the same cell (related)",
                kb=125, fmt=lambda x: dmy(x), form=True, head_author="Trần Thị Thu Hằng", no_ld=True, xhtml_doctype=True,
                traps={"meta": ["Lượt xem: 318", "Quay lại"]})


# ================================================================== page 9: a legal Q&A (Joomla 5.3 + DOCman 4) — a citation list typed in the answer (text) versus the DOCman documents list under the article (a box)
CITE09 = ["Bộ luật Dân sự năm 2015 (Điều 623, Điều 649, Điều 650, Điều 651);", "Luật Đất đai năm 2024;", "Luật Công chứng năm 2024."]
DOCS09 = [("Bộ luật Dân sự số 91/2015/QH13", "05/08/2024", "1.84 MB", "1.203"), ("Luật Đất đai số 31/2024/QH15", "22/01/2024", "2.37 MB", "2.418"),
          ("Luật Công chứng số 46/2024/QH15", "03/12/2024", "0.96 MB", "611")]
A09 = A51("Bố mẹ mất không để lại di chúc, chia thừa kế nhà đất thế nào?",
          None,
          [P("Hỏi: Bố mẹ tôi mất năm 2027, không để lại di chúc. Tài sản gồm một căn nhà và 500 m² đất ở đã được cấp giấy chứng nhận đứng tên bố mẹ. Ba anh em chúng tôi muốn chia thừa kế nhưng một người anh đang làm ăn xa, không về được. Xin hỏi thủ tục chia thừa kế như thế nào?"),
           P("Trả lời: Theo quy định của Bộ luật Dân sự năm 2015, khi người chết không để lại di chúc thì di sản được chia theo pháp luật. Những người thừa kế cùng hàng được hưởng phần di sản bằng nhau; hàng thừa kế thứ nhất gồm vợ, chồng, cha đẻ, mẹ đẻ, cha nuôi, mẹ nuôi, con đẻ, con nuôi của người chết."),
           P("Như vậy, nếu ông bà nội, ông bà ngoại của anh đều đã mất trước bố mẹ anh, thì ba anh em là những người thừa kế hàng thứ nhất và mỗi người được hưởng một phần ba giá trị căn nhà và quyền sử dụng 500 m² đất."),
           P("Để khai nhận, phân chia di sản, ba anh em cần lập văn bản thỏa thuận phân chia di sản tại tổ chức hành nghề công chứng. Nếu người anh không thể về, anh ấy có thể ủy quyền cho người khác bằng văn bản có công chứng hoặc chứng thực, hoặc lập văn bản từ chối nhận di sản nếu không muốn nhận. Sau khi văn bản được công chứng, các anh nộp hồ sơ đăng ký biến động đất đai tại chi nhánh văn phòng đăng ký đất đai để được cấp giấy chứng nhận mới."),
           P("Lưu ý, thời hiệu để người thừa kế yêu cầu chia di sản là 30 năm đối với bất động sản, kể từ thời điểm mở thừa kế. Trường hợp các anh em không thỏa thuận được, có thể yêu cầu Tòa án nhân dân giải quyết."),
           H("Căn cứ pháp lý:"),
           ("ul", CITE09)])


def page09():
    pub, upd = d("2029-03-12 09:20"), d("2029-03-12 15:05")
    site = "https://hoiluatgia.angiang.gov.vn"
    jf = lambda x: f"{x.day} Tháng {x.month} {x.year}"
    utc = lambda x: x.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    sig = "LS. Võ Thị Ngọc Hân - Trung tâm Tư vấn pháp luật, Hội Luật gia tỉnh"

    def detail(rng, rl, rd):
        bl = A09.blocks
        lab = lambda t, l: f'<p style="text-align: justify;"><strong>{l}</strong> {esc(t[len(l) + 1:])}</p>'
        txt = (lab(bl[0][1], "Hỏi:") + lab(bl[1][1], "Trả lời:") + "".join(f'<p style="text-align: justify;">{esc(b[1])}</p>' for b in bl[2:5])
               + f'<p><strong>{esc(bl[5][1])}</strong></p><ul>' + "".join(f"<li>{esc(x)}</li>" for x in CITE09) + "</ul>"
               + f'<p style="text-align: right;"><strong>{esc(sig)}</strong></p>')
        docs = "".join(f'<div class="k-card docman_document"><div class="koowa_header"><span class="k-icon-document-pdf"></span> <a class="koowa_header__title_link" href="{site}/van-ban-phap-luat/{slug(t)}/file">{esc(t)}</a></div>'
                       f'<p class="docman_document_details"><span class="created-on-label">Ngày đăng: {esc(dd)}</span> <span class="file-size">Kích thước: {esc(sz)}</span> <span class="hits">Lượt tải: {esc(h)}</span></p>'
                       f'<a class="btn btn-primary docman_download__button" href="{site}/van-ban-phap-luat/{slug(t)}/file?download=1">Tải về</a></div>' for t, dd, sz, h in DOCS09)
        more = "".join(f'<li><a href="{site}/hoi-dap-phap-luat/{slug(t)[:60]}">{esc(t)}</a></li>' for t in rl[:6])
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A09.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dt class="article-info-term">Thông tin chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw"></span> Viết bởi: <span itemprop="name">Ban biên tập</span></dd>'
                f'<dd class="category-name"><span class="icon-folder-open icon-fw"></span> Danh mục: <a href="{site}/hoi-dap-phap-luat/dan-su-thua-ke" itemprop="genre">Dân sự - Thừa kế</a></dd>'
                f'<dd class="published"><span class="icon-calendar icon-fw"></span> <time datetime="{utc(pub)}" itemprop="datePublished">Ngày đăng: {jf(pub)}</time></dd>'
                f'<dd class="modified"><span class="icon-calendar icon-fw"></span> <time datetime="{utc(upd)}" itemprop="dateModified">Lần cập nhật cuối: {jf(upd)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye icon-fw"></span> <meta itemprop="interactionCount" content="UserPageVisits:684">Lượt xem: 684</dd></dl>'
                f'<ul class="fields-container"><li class="field-entry nguoi-hoi"><span class="field-label">Người hỏi: </span><span class="field-value">Phan Văn Lợi (xã Chợ Mới)</span></li></ul>'
                f'<div itemprop="articleBody" class="com-content-article__body">{txt}</div>'
                f'<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev">Trước</a> '
                f'<a class="btn btn-sm btn-secondary next" href="#" rel="next">Tiếp theo</a></span></nav></div>'
                f'<div class="moduletable docman-documents"><h3 class="module-title">Văn bản pháp luật liên quan</h3><div class="koowa mod_docman mod_docman--documents">{docs}</div></div>'
                f'<div class="moduletable"><h3 class="module-title">Tin mới đăng</h3><ul class="mod-articlescategory">{more}</ul></div>')

    return mk53(9, "lawyers_association_joomla53_docman_legal_qa_citation_list_in_text_documents_module_below",
                "angiang-hoiluatgia-joomla53-cassiopeia-child-viet-boi-account-danh-muc-date-only-with-utc-datetimes-lan-cap-nhat-cuoi-nguoi-hoi-field-hoi-tra-loi-can-cu-phap-ly-list-ls-name-dash-unit-docman-module",
                "j53docman", site, "/hoi-dap-phap-luat/dan-su-thua-ke/1284-bo-me-mat-khong-de-lai-di-chuc-chia-thua-ke-nha-dat-the-nao", "Hội Luật gia tỉnh An Giang",
                "Joomla! - Open Source Content Management", A09, pub, detail,
                f'<ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="{site}/" class="pathway"><span>Trang chủ</span></a></li>'
                f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{site}/hoi-dap-phap-luat" class="pathway"><span>Hỏi đáp pháp luật</span></a></li>'
                f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>Dân sự - Thừa kế</span></li></ol>',
                "Dân sự - Thừa kế", {"author": "LS. Võ Thị Ngọc Hân", "unit": "Trung tâm Tư vấn pháp luật, Hội Luật gia tỉnh"},
                "Joomla 5.3 under a vendor's Cassiopeia child template, com_content, and a DOCman 4 (Joomlatools) documents module under the article; a legal Q&A. The article info prints "
                "'Viết bởi: Ban biên tập' (an account), 'Danh mục: Dân sự - Thừa kế' (agrees with the crumb's last level), 'Ngày đăng: 12 Tháng 3 2029' and 'Lần cập nhật cuối: 12 Tháng 3 "
                "2029', each a date-only print over a UTC datetime (02:20 and 08:05 +00:00) → published T09:20, updated T15:05 (sets 25 MAJORITY, 31, 39). A custom field 'Người hỏi: Phan "
                "Văn Lợi (xã Chợ Mới)' is the asker row (not author, not body: sets 27, 51). No sapo → lead null. Body = 'Hỏi:' and 'Trả lời:' paragraphs with their labels (set 45), then "
                "the answerer's own 'Căn cứ pháp lý:' line and its three <li> (the laws the answer rests on) → body, the line a paragraph and each <li> a paragraph (NEW set 53, set 45's "
                "reference list: a citation list typed in the text is the writer's, QUESTIONABLE). The signature 'LS. Võ Thị Ngọc Hân - Trung tâm Tư vấn pháp luật, Hội Luật gia tỉnh' → "
                "author with 'LS.' kept, unit with its comma (sets 27, 51). Under the article, DOCman's 'Văn bản pháp luật liên quan' lists the same laws as DOCUMENTS (number, 'Ngày đăng:' "
                "upload day, size, 'Lượt tải', 'Tải về') → a documents box, not body; its days are uploads, not stamps.",
                "Joomla 5.3 + DOCman 4, a legal Q&A: 'Viết bởi' account, date-only 'Ngày đăng:' / 'Lần cập nhật cuối:' over UTC datetimes, 'Người hỏi:' field, 'Hỏi:' / 'Trả lời:', a typed 'Căn cứ pháp lý:' list (body), 'LS. Name - unit', DOCman's documents list (a box)",
                kb=155, upd=upd, fmt=lambda x: jf(x), head_author="LS. Võ Thị Ngọc Hân",
                traps={"asker": ["Người hỏi:", "Phan Văn Lợi (xã Chợ Mới)"], "account": ["Ban biên tập"],
                       "documents_module": ["Văn bản pháp luật liên quan", "Bộ luật Dân sự số 91/2015/QH13", "Lượt tải: 1.203", "Kích thước: 2.37 MB", "Tải về"],
                       "credit_as_printed": [sig], "meta": ["Lượt xem: 684"]})


# ================================================================== page 10: an election item with the new chairwoman's biography typed under it (WordPress + Zeen) — a biography in the text flow IS text
BIO10 = ["Sinh ngày: 20/10/1985", "Quê quán: xã Bằng Thành, tỉnh Thái Nguyên", "Dân tộc: Tày",
         "Trình độ chuyên môn: Đại học Luật; lý luận chính trị: Cao cấp", "Quá trình công tác:"]
CAREER10 = ["Từ năm 2008 đến năm 2015: Công chức Tư pháp - Hộ tịch UBND xã Bằng Thành;",
            "Từ năm 2015 đến năm 2020: Phó Chủ tịch UBND xã, Chủ tịch Hội Liên hiệp Phụ nữ xã Bằng Thành;",
            "Từ năm 2020 đến tháng 6/2025: Phó Trưởng phòng Nội vụ huyện Pác Nặm;",
            "Từ tháng 7/2025 đến tháng 3/2029: Phó Bí thư Thường trực Đảng ủy xã Bằng Thành;",
            "Ngày 12/3/2029: Được HĐND xã bầu giữ chức Chủ tịch UBND xã Bằng Thành nhiệm kỳ 2026 - 2031."]
A10 = A51("Đồng chí Hà Thị Lan được bầu giữ chức Chủ tịch UBND xã Bằng Thành",
          "Sáng 12/3, HĐND xã Bằng Thành khóa I, nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ chín (kỳ họp chuyên đề) để kiện toàn chức danh Chủ tịch UBND xã.",
          [P("Dự kỳ họp có đại diện lãnh đạo Sở Nội vụ, các đồng chí trong Ban Thường vụ Đảng ủy xã và 28 đại biểu HĐND xã."),
           P("Kỳ họp đã thông qua nghị quyết miễn nhiệm chức danh Chủ tịch UBND xã đối với đồng chí Ma Văn Hưng do được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Nông nghiệp và Môi trường. Với 28/28 đại biểu có mặt tán thành, đồng chí Hà Thị Lan, Phó Bí thư Thường trực Đảng ủy xã được bầu giữ chức Chủ tịch UBND xã nhiệm kỳ 2026 - 2031."),
           I("/wp-content/uploads/2029/03/ha-thi-lan-nhan-nhiem-vu.jpg", "Đồng chí Hà Thị Lan phát biểu nhận nhiệm vụ tại kỳ họp"),
           P("Phát biểu nhận nhiệm vụ, đồng chí Hà Thị Lan cảm ơn sự tín nhiệm của các đại biểu; cam kết cùng tập thể UBND xã đẩy mạnh phát triển du lịch cộng đồng gắn với hồ Ba Bể, đẩy nhanh giải ngân vốn các chương trình mục tiêu quốc gia, chăm lo đời sống Nhân dân, nhất là đồng bào ở các thôn vùng cao."),
           H("Tóm tắt tiểu sử đồng chí Hà Thị Lan")]
          + [P(x) for x in BIO10]
          + [("ul", CAREER10)])
LEADERS10 = [("Nông Văn Thuận", "Bí thư Đảng ủy xã"), ("Hà Thị Lan", "Phó Bí thư Thường trực Đảng ủy xã, Chủ tịch UBND xã"),
             ("Lường Văn Sơn", "Phó Bí thư Đảng ủy xã, Chủ tịch HĐND xã")]


def page10():
    pub, upd = d("2029-03-12 16:40"), d("2029-03-13 08:15")
    site = "https://danguybangthanh.thainguyen.gov.vn"
    wf = lambda x: dmy(x)
    sig = "Nông Văn Tiệp (Văn phòng HĐND và UBND xã)"

    def detail(rng, rl, rd):
        bl = A10.blocks
        out = []
        for b in bl:
            if b[0] == "p":
                out.append(lbl_par(b[1]) if b[1] in BIO10 else f"<p>{esc(b[1])}</p>")
            elif b[0] == "img":
                out.append(f'<figure class="wp-block-image size-large"><img src="{site}{b[1]}" alt="" class="wp-image-3318" /><figcaption class="wp-element-caption">{esc(b[2])}</figcaption></figure>')
            elif b[0] == "h":
                out.append(f'<h3 class="wp-block-heading">{esc(b[1])}</h3>')
            elif b[0] == "ul":
                out.append('<ul class="wp-block-list">' + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        out.append(f'<p class="has-text-align-right"><strong>{esc(sig)}</strong></p>')
        recent = "".join(f'<article class="tipi-xs-12 post"><h3 class="title"><a href="{site}/{x.year}/{x.month:02d}/{slug(t)[:50]}/">{esc(t)}</a></h3><div class="byline"><span class="byline-part author">bởi Quản trị xã</span> <time class="entry-date" datetime="{x.isoformat()}">{wf(x)}</time></div></article>'
                         for t, x in zip(rl[:6], rd))
        return (f'<article id="post-3316" class="post-3316 post type-post status-publish format-standard has-post-thumbnail category-xay-dung-chinh-quyen article-layout-skin-1">'
                f'<div class="meta-wrap hero-meta tipi-flex"><div class="meta"><div class="cats"><a href="{site}/category/xay-dung-chinh-quyen/" class="cat">Xây dựng chính quyền</a></div>'
                f'<h1 class="entry-title">{esc(A10.title)}</h1><p class="subtitle">{esc(A10.lead)}</p>'
                f'<div class="byline byline-3"><span class="byline-part author-avatar"><img src="/wp-content/uploads/avatar-qtx.png" alt="" /></span> <span class="byline-part author"><a href="{site}/author/qtx/">Quản trị xã</a></span> '
                f'<span class="byline-part separated date"><time class="entry-date published" datetime="{pub.isoformat()}">{wf(pub)}</time></span> '
                f'<span class="byline-part separated updated-date">Cập nhật: <time class="updated" datetime="{upd.isoformat()}">{wf(upd)}</time></span> <span class="byline-part read-time">3 phút đọc</span></div></div></div>'
                f'<div class="entry-content-wrap clearfix"><div class="entry-content body-color clearfix link-color-wrap">{"".join(out)}</div></div>'
                f'<div class="post-tags footer-block-links clearfix"><a href="{site}/tag/hdnd-xa/" rel="tag">HĐND xã</a> <a href="{site}/tag/kien-toan-can-bo/" rel="tag">kiện toàn cán bộ</a></div></article>'
                f'<div class="related-posts-wrap"><h3 class="block-title-wrap">Bài viết liên quan</h3>{recent}</div>')

    def side(rng, p):
        lead = "".join(f'<li><img src="/wp-content/uploads/lanh-dao/{slug(n)}.jpg" alt="" /><b>{esc(n)}</b><br /><span>{esc(pp)}</span></li>' for n, pp in LEADERS10)
        return f'<div class="widget lanh-dao-xa"><h3 class="widget-title">Lãnh đạo xã</h3><ul>{lead}</ul></div>' + side_heavy(wf, "Tin mới", "s53n10", second="Đọc nhiều", n=6)(rng, p)

    return mk53(10, "commune_party_committee_wordpress_zeen_election_item_biography_typed_in_text_flow",
                "thainguyen-danguyxabangthanh-wordpress-zeen-hero-meta-category-chip-subtitle-lead-account-date-only-with-datetime-cap-nhat-next-morning-figcaption-h3-tom-tat-tieu-su-bold-label-lines-career-list-name-paren-unit",
                "zeen", site, "/2029/03/12/dong-chi-ha-thi-lan-duoc-bau-giu-chuc-chu-tich-ubnd-xa-bang-thanh/", "Đảng ủy xã Bằng Thành", "WordPress 6.9", A10, pub, detail,
                "", "Xây dựng chính quyền",
                {"author": "Nông Văn Tiệp", "unit": "Văn phòng HĐND và UBND xã"},
                "WordPress + Zeen (Codetipi): the hero meta prints the category chip 'Xây dựng chính quyền' above the h1 (the category; no crumb), the subtitle under the h1 (the post's "
                "excerpt → the lead, set 42), the byline 'Quản trị xã' (an account, set 27), a date-only '12/03/2029' whose own <time datetime> gives T16:40 (set 25 MAJORITY), 'Cập nhật: "
                "13/03/2029' whose own datetime gives T08:15 (set 39) and '3 phút đọc' (a reading time, set 31); an ELECTION item. After the news paragraphs and the figcaption, the writer "
                "typed the new chairwoman's biography IN THE TEXT FLOW: an h3 'Tóm tắt tiểu sử đồng chí Hà Thị Lan', bold-label lines ('Sinh ngày: 20/10/1985', 'Quê quán: …', 'Dân tộc: "
                "Tày', 'Trình độ chuyên môn: …', 'Quá trình công tác:') and a list of five steps → BODY (NEW set 53: particulars typed in the text under the writer's own sub-heading, not "
                "boxed, not floated, adding what the news does not say, are text — as set 30's biography in an obituary); the birth day and the election day in it are no stamps. Signature "
                "'Nông Văn Tiệp (Văn phòng HĐND và UBND xã)' → author + unit. The sidebar's 'Lãnh đạo xã' portraits are cards of the site.",
                "WordPress + Zeen, an election item: category chip, subtitle lead, account byline, date-only stamp and 'Cập nhật:' with datetimes, figcaption, the new chairwoman's biography typed in the text flow (h3, bold-label lines, a list: body), 'Name (unit)'",
                kb=145, upd=upd, fmt=wf, head_author="Nông Văn Tiệp", side=side,
                traps={"account": ["Quản trị xã"], "reading_time": ["3 phút đọc"], "credit_as_printed": [sig],
                       "leaders_widget": ["Lãnh đạo xã", "Nông Văn Thuận", "Lường Văn Sơn"]})


# ================================================================== page 11: a policy Q&A digest (Drupal 10.3 + DXPR Theme) — three questions, each asker named inside the question's sentence; an office answers
A11 = A51("Giải đáp chính sách đối với người hoạt động không chuyên trách ở ấp, khu phố",
          "Thời gian qua, Sở Nội vụ nhận được nhiều câu hỏi của cán bộ, người dân về chế độ, chính sách đối với người hoạt động không chuyên trách ở ấp, khu phố sau khi sắp xếp đơn vị hành chính. Sở Nội vụ giải đáp một số nội dung như sau.",
          [H("1. Mức phụ cấp hằng tháng của Trưởng khu phố"),
           P("Bà Trần Thị Mai ở phường Long Châu hỏi: Tôi là Trưởng khu phố, xin hỏi mức phụ cấp hằng tháng của tôi hiện nay là bao nhiêu và có được hỗ trợ đóng bảo hiểm y tế không?"),
           P("Trả lời: Theo Nghị quyết số 15/2028/NQ-HĐND của HĐND tỉnh, Trưởng khu phố được hưởng mức phụ cấp hằng tháng bằng 1,5 lần mức lương cơ sở; trường hợp kiêm nhiệm Bí thư Chi bộ thì được hưởng thêm 50% mức phụ cấp của chức danh kiêm nhiệm. Người hoạt động không chuyên trách ở khu phố chưa có thẻ bảo hiểm y tế theo đối tượng khác được ngân sách tỉnh hỗ trợ 100% mức đóng."),
           H("2. Chế độ khi thôi làm Phó Trưởng ấp do sáp nhập ấp"),
           P("Ông Nguyễn Văn Hòa ở xã Tam Bình hỏi: Ấp tôi sáp nhập với ấp bên cạnh, tôi không tiếp tục làm Phó Trưởng ấp. Xin hỏi tôi có được hưởng trợ cấp gì không?"),
           P("Trả lời: Người hoạt động không chuyên trách ở ấp, khu phố thôi việc do sắp xếp ấp, khu phố được hưởng trợ cấp một lần theo Nghị quyết số 15/2028/NQ-HĐND; mỗi năm công tác được tính bằng một tháng phụ cấp hiện hưởng. Ông liên hệ UBND xã để được hướng dẫn lập hồ sơ trước ngày 30/6/2029."),
           H("3. Bồi dưỡng nghiệp vụ cho Trưởng ấp"),
           P("Bà Thạch Thị Sa Rết ở xã Trà Cú hỏi: Tôi mới được bầu làm Trưởng ấp. Xin hỏi tôi có được tham gia lớp bồi dưỡng nghiệp vụ không và có phải đóng kinh phí không?"),
           P("Trả lời: Hằng năm, Sở Nội vụ phối hợp với UBND các xã, phường mở các lớp bồi dưỡng kiến thức, kỹ năng cho người hoạt động không chuyên trách ở ấp, khu phố; kinh phí do ngân sách tỉnh bảo đảm, học viên không phải đóng góp. Năm 2029, Sở dự kiến mở 24 lớp với khoảng 2.400 học viên, trong đó có 6 lớp giảng dạy song ngữ Việt - Khmer tại các xã có đông đồng bào Khmer.")])


def page11():
    pub = d("2029-03-13 15:00")
    site = "https://snv.vinhlong.gov.vn"
    dpf = lambda x: f"{['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'][x.weekday()]}, {dmy(x)} - {hm(x)}"
    sig = "Phòng Xây dựng chính quyền và Công tác thanh niên"

    def detail(rng, rl, rd):
        out = []
        for b in A11.blocks:
            if b[0] == "h":
                out.append(f"<h3>{esc(b[1])}</h3>")
            else:
                t = b[1]
                if t.startswith("Trả lời: "):
                    out.append(f'<p style="text-align: justify;"><strong>Trả lời:</strong> {esc(t[9:])}</p>')
                else:
                    who, _, q = t.partition(" hỏi: ")
                    out.append(f'<p style="text-align: justify;"><em>{esc(who)} hỏi:</em> {esc(q)}</p>')
        out.append(f'<p style="text-align: right;"><strong>{esc(sig)}</strong></p>')
        recent = "".join(f'<div class="views-row"><span class="views-field-title"><a href="{site}/tin-tuc/{slug(t)[:60]}">{esc(t)}</a></span> <span class="views-field-created">{dpf(x)}</span></div>' for t, x in zip(rl[:6], rd))
        return (f'<article class="node node--type-article node--view-mode-full"><div class="node__meta"><span class="field--name-uid">Đăng bởi <a href="{site}/user/17">bientap_snv</a></span> | '
                f'<span class="field--name-created">{dpf(pub)}</span></div>'
                f'<div class="clearfix text-formatted field field--name-field-tom-tat field--type-text-long field--label-hidden field__item"><p><em>{esc(A11.lead)}</em></p></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{"".join(out)}</div>'
                f'<div class="field field--name-field-tep-dinh-kem field--type-file field--label-above"><div class="field__label">Tệp đính kèm</div><div class="field__items"><div class="field__item">'
                f'<span class="file file--mime-application-pdf file--application-pdf"><a href="{site}/sites/default/files/2029-03/nghi-quyet-15-2028-nq-hdnd.pdf" type="application/pdf">nghi-quyet-15-2028-nq-hdnd.pdf</a></span> <span class="file-size">(412.5 KB)</span></div></div></div>'
                f'<div class="field field--name-field-chuyen-muc field--label-inline"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="{site}/hoi-dap-chinh-sach">Hỏi đáp chính sách</a></div></div></article>'
                f'<div class="block block-views"><h2 class="block-title">Tin cùng chuyên mục</h2><div class="view-content">{recent}</div></div>')

    def crumbs(rng):
        return (f'<h1 class="page-title">{esc(A11.title)}</h1><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>'
                f'<ol><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/hoi-dap-chinh-sach">Hỏi đáp chính sách</a></li></ol></nav>')

    return mk53(11, "home_affairs_department_drupal103_dxpr_theme_policy_qa_digest_askers_inside_sentences",
                "vinhlong-sonoivu-drupal103-dxpr-theme-h1-over-crumb-dang-boi-account-short-weekday-dash-time-italic-summary-lead-h3-numbered-questions-asker-named-in-sentence-tra-loi-office-signature-file-field",
                "d103dxpr", site, "/hoi-dap-chinh-sach/giai-dap-chinh-sach-doi-voi-nguoi-hoat-dong-khong-chuyen-trach-o-ap-khu-pho", "Sở Nội vụ tỉnh Vĩnh Long", "Drupal 10 (https://www.drupal.org)",
                A11, pub, detail, crumbs, "Hỏi đáp chính sách",
                {"unit": sig},
                "Drupal 10.3 + DXPR Theme (the page-title region prints the h1 over the crumb), an article node with a summary field; a POLICY Q&A DIGEST of a Sở Nội vụ. 'Đăng bởi bientap_snv "
                "| T3, 13/03/2029 - 15:00' → T15:00 (Drupal's short weekday, set 37; the account is no author). The italic summary field → lead. The text answers THREE questions, each under an "
                "h3 (body), each question a paragraph that NAMES ITS ASKER INSIDE THE SENTENCE in italics ('Bà Trần Thị Mai ở phường Long Châu hỏi: …') and each answer a 'Trả lời:' "
                "paragraph → all body as printed, askers' names included (NEW set 53: an asker named in the question's own words is text; what sets 27, 45, 48 and 51 keep out of the body is "
                "an asker ROW or field printed apart from the question). The answers are signed by an office, 'Phòng Xây dựng chính quyền và Công tác thanh niên' (bold right) → unit, no "
                "author (sets 25, 26, 48). The file field 'Tệp đính kèm' (the resolution's PDF and its size) is a documents box; the resolution's number quoted in the answers is text. "
                "Category: the crumb's last level (the 'Chuyên mục' field agrees).",
                "Drupal 10.3 + DXPR Theme, a policy Q&A digest: 'Đăng bởi <account> | T3, dd/mm/yyyy - HH:MM', italic summary lead, three h3 questions whose askers are named inside the question sentences (body), 'Trả lời:' answers, an office signature (unit only), a file field",
                kb=140, fmt=dpf, ld_lead="__art__",
                traps={"account": ["bientap_snv"], "attachment": ["Tệp đính kèm", "nghi-quyet-15-2028-nq-hdnd.pdf", "(412.5 KB)"]})


# ================================================================== page 12 (TWIST): the question is signed by its asker in byline shape; the answer follows, signed by the expert (a press agency's readers' column)
A12 = A51("Nuôi tôm mùa khô: làm gì để hạn chế tôm chết sớm?",
          "Mùa khô năm nay nắng nóng đến sớm, độ mặn trong ao nuôi tăng cao, nhiều hộ nuôi tôm ở các xã ven biển lo lắng tình trạng tôm chết sớm. Chuyên gia của Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh giải đáp câu hỏi của bạn đọc về vấn đề này.",
          [P("Hỏi: Gia đình tôi nuôi 2 ao tôm thẻ chân trắng, mỗi ao khoảng 3.000 m². Vụ trước, tôm được khoảng 25 ngày tuổi thì chết rải rác rồi chết hàng loạt, thiệt hại gần 200 triệu đồng. Vụ này tôi chuẩn bị thả giống, xin hỏi cần lưu ý gì để tôm không bị chết sớm?"),
           P("Trả lời: Tôm chết sớm trong khoảng 20 - 35 ngày sau khi thả thường do bệnh hoại tử gan tụy cấp tính, kết hợp với môi trường ao nuôi biến động mạnh trong mùa khô. Để hạn chế rủi ro, bà con cần chú ý một số biện pháp sau."),
           P("Thứ nhất, cải tạo ao kỹ trước khi thả nuôi: sên vét bùn đáy, phơi đáy ao ít nhất 7 - 10 ngày, bón vôi khử phèn; nước cấp vào ao phải qua ao lắng, được xử lý diệt khuẩn và gây màu trước khi thả giống."),
           I("/uploads/2029/03/13/ao-nuoi-tom-dam-doi.jpg", "Người nuôi tôm ở xã Đầm Dơi kiểm tra môi trường nước ao nuôi"),
           P("Thứ hai, chọn con giống có nguồn gốc rõ ràng, đã được kiểm dịch, xét nghiệm âm tính với các bệnh nguy hiểm; thả với mật độ vừa phải, không quá 80 con/m² đối với ao đất. Nên thả giống vào sáng sớm hoặc chiều mát, tránh thả khi trời nắng gắt."),
           P("Thứ ba, quản lý tốt môi trường nước: duy trì độ mặn ổn định, không để chênh lệch quá 5‰ khi cấp thêm nước; kiểm tra pH, độ kiềm, oxy hòa tan hằng ngày; tăng cường chạy quạt nước vào ban đêm; cho tôm ăn vừa đủ, bổ sung vitamin C, khoáng chất để tăng sức đề kháng."),
           P("Khi thấy tôm bỏ ăn, gan tụy nhạt màu, ruột rỗng, bà con cần báo ngay cho cán bộ thú y xã hoặc Chi cục để được lấy mẫu xét nghiệm, hướng dẫn xử lý kịp thời; tuyệt đối không xả nước ao bệnh ra môi trường.")])


def page12():
    pub = d("2029-03-13 06:00")
    site = "https://baocamau.vn"
    path = "/kinh-te/nong-nghiep/202903/nuoi-tom-mua-kho-lam-gi-de-han-che-tom-chet-som-7c41e2a/"
    bdf = lambda x: f"{wd(x)}, {dmy(x)} {hm(x)} (GMT+7)"
    asker = "Lâm Văn Út (xã Đầm Dơi)"
    sig_n, sig_u = "ThS. Nguyễn Văn Thạnh", "Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh"

    def detail(rng, rl, rd):
        bl = A12.blocks
        lab = lambda t, l: f'<p><strong>{l}</strong> {esc(t[len(l) + 1:])}</p>'
        qa = (f'<div class="bd-question" style="background:#f3f7fb;border-left:4px solid #1f6fb2;padding:12px 16px">{lab(bl[0][1], "Hỏi:")}'
              f'<p style="text-align:right"><em><strong>{esc(asker)}</strong></em></p></div>'
              f'<div class="bd-answer">{lab(bl[1][1], "Trả lời:")}{jp(bl[2][1])}'
              f'<figure class="bd-fig"><img src="{site}{bl[3][1]}" alt="{esc(bl[3][2], True)}" /><figcaption>{esc(bl[3][2])}</figcaption></figure>'
              + "".join(jp(b[1]) for b in bl[4:])
              + f'<p style="text-align:right"><strong>{esc(sig_n)}</strong><br /><em>({esc(sig_u)})</em></p></div>')
        rail = "".join(f'<li><a href="{site}/kinh-te/nong-nghiep/202903/{slug(t)[:50]}-{hexid(rng, 7)}/">{esc(t)}</a> <span class="bd-r-date">{bdf(x)}</span></li>' for t, x in zip(rl[:6], rd))
        return (f'<div class="bd-column-band"><span class="bd-column-name">Bạn đọc hỏi – Chuyên gia trả lời</span> <a class="bd-send" href="{site}/ban-doc/gui-cau-hoi/">Gửi câu hỏi cho chuyên mục</a></div>'
                f'<article class="bd-article"><h1 class="bd-title">{esc(A12.title)}</h1>'
                f'<div class="bd-meta"><span class="bd-date">{bdf(pub)}</span> <span class="bd-listen"><a href="#">Nghe bài viết</a></span></div>'
                f'<h2 class="bd-sapo">{esc(A12.lead)}</h2><div class="bd-content">{qa}</div>'
                f'<div class="bd-box"><em>Mọi thắc mắc về kỹ thuật nuôi trồng, chăn nuôi, bạn đọc gửi về chuyên mục qua đường dây nóng 0290.3831.117 hoặc hộp thư bandoc@baocamau.vn.</em></div>'
                f'{sharebar("bd-share")}</article>'
                + thread([("Trương Minh Hiếu", "13/03/2029 08:12", "Bài viết rất bổ ích, vụ này tôi sẽ làm ao lắng kỹ hơn.", ("Báo Cà Mau", "13/03/2029 09:30", "Cảm ơn bạn đọc đã quan tâm theo dõi chuyên mục.")),
                          ("Lý Thị Kiều", "13/03/2029 10:47", "Xin hỏi chuyên gia, ao bạt có cần phơi đáy như ao đất không?")], head="Bình luận", cls="bd-cmt")
                + f'<div class="bd-more"><h3>Tin cùng chuyên mục</h3><ul>{rail}</ul></div>')

    return mk53(12, "merged_press_agency_readers_column_question_signed_by_asker_twist",
                "camau-baovaphatthanhtruyenhinh-press-cms-ban-doc-hoi-chuyen-gia-tra-loi-band-weekday-gmt7-h2-sapo-question-box-hoi-asker-signature-right-bold-italic-then-tra-loi-answer-figcaption-ths-name-br-paren-unit",
                "press_bandoc", site, path, "Báo và Phát thanh, Truyền hình Cà Mau", None, A12, pub, detail,
                crumbs_of(site, ["Kinh tế", "Nông nghiệp"], cls="bd-breadcrumb"), "Nông nghiệp",
                {"author": sig_n, "unit": sig_u},
                "TWIST. A merged press agency's CMS, the readers' column view (a band 'Bạn đọc hỏi – Chuyên gia trả lời' over the item: a form label, not the category); a Q&A. 'Thứ Ba, "
                "13/03/2029 06:00 (GMT+7)' → T06:00 (set 28). h2 sapo → lead. The question sits in a tinted box, labelled 'Hỏi:', and ENDS WITH ITS ASKER'S SIGNATURE — 'Lâm Văn Út (xã Đầm "
                "Dơi)', right-aligned, bold italic: the very place and shape of a byline ('Name (unit)' typed last, sets 29, 52). It signs the QUESTION, not the item: the answer follows — "
                "five paragraphs, the first labelled 'Trả lời:', and a figcaption — and is signed by the expert, bold 'ThS. Nguyễn Văn Thạnh' <br> italic '(Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh)'. → "
                "author 'ThS. Nguyễn Văn Thạnh' (degree kept, set 26), unit the Chi cục (set 32: a unit under the name after a <br>, its parentheses dropped, set 32); the asker is a "
                "source (set 27), his line neither author, unit nor body (it is the asker row of sets 45, 48 and 51 printed under the question instead of above it; set 39: a bare place in "
                "parentheses is no unit anyway); the body does NOT end at his line (set 38: a text is not cut at the first signature) — body = sapo + 'Hỏi: …' + the whole answer. The "
                "invitation to send questions is a box; comments (with the paper's reply) are not body.",
                "TWIST press CMS readers' column, a Q&A: 'Thứ Ba, dd/mm/yyyy HH:MM (GMT+7)', h2 sapo, the question boxed and SIGNED BY ITS ASKER in byline shape (right, bold italic 'Name (xã …)'), then the answer signed 'ThS. Name' <br> '(unit)' — the expert is the author, the body runs through the answer",
                kb=180, fmt=bdf, head_author=sig_n,
                traps={"asker_signature": [asker, "Lâm Văn Út"], "column_label": ["Bạn đọc hỏi – Chuyên gia trả lời", "Gửi câu hỏi cho chuyên mục"],
                       "box": ["Mọi thắc mắc về kỹ thuật nuôi trồng, chăn nuôi, bạn đọc gửi về chuyên mục qua đường dây nóng 0290.3831.117 hoặc hộp thư bandoc@baocamau.vn."],
                       "comments": ["Trương Minh Hiếu", "Xin hỏi chuyên gia, ao bạt có cần phơi đáy như ao đất không?"], "meta": ["Nghe bài viết"]})


# ================================================================== page 13: a portrait on a static site kept in Adobe Dreamweaver — a layout-table card headed 'Vài nét về nhân vật' (a box), hand-typed links to other items at the end (related)
CARD13 = [("Họ và tên", "Đinh Thị Bưởi"), ("Sinh năm", "1947"), ("Quê quán", "ấp Chợ Cũ, xã An Nhơn Tây"), ("Tham gia cách mạng", "năm 1962"),
          ("Khen thưởng", "Huân chương Kháng chiến hạng Nhất, Huy hiệu 55 năm tuổi Đảng")]
A13 = A51("Người nữ du kích năm xưa giữ lửa truyền thống ở An Nhơn Tây",
          "Ở tuổi 82, bà Đinh Thị Bưởi, nguyên du kích xã An Nhơn năm xưa, vẫn đều đặn kể chuyện truyền thống cho học sinh, đoàn viên và sinh hoạt cùng chi hội cựu chiến binh ấp.",
          [P("Sinh ra trong một gia đình có truyền thống cách mạng, năm 15 tuổi, bà Bưởi đã làm giao liên cho du kích xã, đưa thư, tiếp tế lương thực cho các đơn vị đóng quân ven sông Sài Gòn. Năm 1965, bà chính thức vào đội du kích, cùng đồng đội đào hầm, cài mìn, chặn các cuộc càn của địch vào vùng căn cứ."),
           P("Bà kể, có những tháng liền phải sống dưới địa đạo, ăn củ mì, uống nước mưa; nhiều đồng đội của bà đã ngã xuống khi tuổi mới đôi mươi. “Mỗi lần nhắc đến họ, tôi lại tự nhủ phải sống sao cho xứng đáng”, bà nói."),
           I("/images/chandung/2029/dinh-thi-buoi-ke-chuyen.jpg", "Bà Đinh Thị Bưởi kể chuyện truyền thống cho học sinh Trường THCS An Nhơn Tây"),
           P("Sau ngày giải phóng, bà tham gia công tác phụ nữ ở xã, rồi làm Chi hội trưởng Chi hội Cựu chiến binh ấp Chợ Cũ suốt 12 năm. Nghỉ hưu, bà vẫn nhận lời mời của các trường học, chi đoàn đến nói chuyện truyền thống; mỗi năm bà tham gia hơn 20 buổi sinh hoạt như vậy."),
           P("Bà còn vận động hội viên trong ấp góp tiền, góp công sửa 6 căn nhà cho cựu du kích có hoàn cảnh khó khăn, trao hàng chục suất học bổng cho con cháu hội viên học giỏi. Ông Trần Văn Năm, Chủ tịch Hội Cựu chiến binh xã An Nhơn Tây cho biết: “Bà Bưởi là tấm gương để hội viên noi theo, tuổi cao nhưng chưa bao giờ ngơi nghỉ việc chung”.")])


def page13():
    pub = d("2029-03-14 10:00")
    site = "http://ccbannhontay.org.vn"
    sig = "Bài và ảnh: Lê Thị Kim Oanh"
    ff = lambda t, size="2": f'<font face="Arial, Helvetica, sans-serif" size="{size}">{t}</font>'

    def detail(rng, rl, rd):
        bl = A13.blocks
        card = ('<table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#F4F7FC" style="border:1px solid #9DB4D8"><tr>'
                '<td width="150" valign="top"><img src="../../images/chandung/2029/dinh-thi-buoi.jpg" width="140" height="180" border="0" alt="" /></td><td valign="top">'
                + ff('<b>VÀI NÉT VỀ NHÂN VẬT</b>') + "<br />"
                + "<br />".join(ff(f"<b>{esc(a)}:</b> {esc(b)}") for a, b in CARD13) + "</td></tr></table>")
        out = [f'<p align="justify">{ff("<b><i>" + esc(A13.lead) + "</i></b>")}</p>', card]
        for b in bl:
            out.append(f'<p align="justify">{ff(esc(b[1]))}</p>' if b[0] == "p" else tbl_pic("../.." + b[1], b[2], 480, cap_style="text-align:center"))
        out.append(f'<p align="right">{ff("<b>" + esc(sig) + "</b>")}</p>')
        out += [f'<p><a href="../2029/{slug(t)[:40]}.htm">{ff(esc(t))}</a></p>' for t in rl[:6]]
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="tieude">{ff("<b>" + esc(A13.title) + "</b>", "4")}</td></tr>'
                f'<tr><td>{ff("<i>Ngày đăng: " + dmy(pub) + "</i>", "1")}</td></tr><tr><td height="8"></td></tr><tr><td>{"".join(out)}</td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">{ff("In trang")}</a> | <a href="javascript:history.back()">{ff("Trở về")}</a></td></tr></table>')

    def left(rng, p):
        rows = "".join(f'<tr><td><img src="../../images/muiten.gif" width="8" height="8" alt="" /> <a href="../../{slug(x)}/index.htm">{ff(esc(x))}</a></td></tr>'
                       for x in ["Giới thiệu", "Tin hoạt động", "Chân dung hội viên", "Truyền thống", "Thơ - Ký ức", "Liên hệ"])
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#1B4F9E">{ff("<b><font color=#FFFFFF>DANH MỤC</font></b>")}</td></tr>{rows}'
                f'<tr><td><script language="JavaScript" type="text/javascript">var d=new Date();document.write(d.getDate()+"/"+(d.getMonth()+1)+"/"+d.getFullYear());</script></td></tr>'
                f'<tr><td>{ff(esc(clock_of(p + timedelta(days=2, hours=3))), "1")}</td></tr><tr><td>{ff("Số lượt truy cập: 184.502", "1")}</td></tr></table>')

    def side(rng, p):
        return side_heavy(lambda x: dmy(x), "Tin mới", "s53n13", second="Xem nhiều", n=6, docs=False)(rng, p)

    out = mk53(13, "veterans_association_dreamweaver_static_site_layout_table_card_hand_typed_closing_links",
               "hochiminh-hoiccbxaannhontay-dreamweaver-dwt-static-html401-nested-tables-font-title-ngay-dang-date-only-bold-italic-lead-layout-table-card-vai-net-ve-nhan-vat-bai-va-anh-hand-typed-links-no-heading-no-dates",
               "dwt_static", site, "/chan-dung/2029/nguoi-nu-du-kich-nam-xua-giu-lua-truyen-thong.htm", "Hội Cựu chiến binh xã An Nhơn Tây", None, A13, pub, detail,
               ff(f'<a href="../../index.htm">Trang chủ</a> &gt; <a href="../../chan-dung-hoi-vien/index.htm">Chân dung hội viên</a>'), "Chân dung hội viên",
               {"author": "Lê Thị Kim Oanh", "photographer": "Lê Thị Kim Oanh"},
               "NEW STACK: a static site kept in ADOBE DREAMWEAVER (a .dwt template: HTML 4.01 Transitional, InstanceBegin / InstanceBeginEditable comments, a 900-px page of NESTED LAYOUT "
               "TABLES, <font face='Arial'> on every run, MM-era scripts); a PORTRAIT of a former guerrilla. The title is a bold <font size=4> in a cell (no heading). 'Ngày đăng: 14/03/2029' "
               "(typed by the editor) → DATE ONLY '2029-03-14'; the footer's 'Cập nhật trang: 15/03/2029' (Dreamweaver's #BeginDate, the day the file was saved and uploaded) is a build day, "
               "no stamp (set 31); the JavaScript clock prints nothing. The first paragraph, bold italic, summarises the item → lead (sets 30, 52). Then a two-cell LAYOUT TABLE: the portrait "
               "and, headed 'VÀI NÉT VỀ NHÂN VẬT', five bold-label lines of particulars → a profile card, not body (sets 24, 25, 51; its lines are no rows, set 29); the narrative's "
               "paragraphs and the picture table's caption row are body and caption. 'Bài và ảnh: Lê Thị Kim Oanh' → author = photographer (set 31). After the signature the editor "
               "HAND-TYPED six links to other portraits, each a <p><a> with NO heading, NO date and no word of hers → other items (related), not body (NEW set 53). Category: the path.",
               "NEW STACK Dreamweaver static site (.dwt, HTML 4.01, nested layout tables, <font>), a portrait: 'Ngày đăng: dd/mm/yyyy' date only, bold italic lead, a layout-table card 'Vài nét về nhân vật' (a box), picture table, 'Bài và ảnh: Name', six hand-typed links with no heading and no dates (related), 'Cập nhật trang:' build day",
               kb=115, published="2029-03-14", fmt=lambda x: dmy(x), head_author="Lê Thị Kim Oanh", no_ld=True, left=left, side=side,
               shell_extra={"foot_extra": '<p>Cập nhật trang: <!-- #BeginDate format:fcAm1 -->15/03/2029<!-- #EndDate --></p>'},
               html4_doctype=True, html_pre='<!-- InstanceBegin template="/Templates/trangcon.dwt" codeOutsideHTMLIsLocked="false" -->',
               traps={"profile_card": ["VÀI NÉT VỀ NHÂN VẬT", "Huân chương Kháng chiến hạng Nhất, Huy hiệu 55 năm tuổi Đảng", "ấp Chợ Cũ, xã An Nhơn Tây"],
                      "build_day": ["Cập nhật trang: 15/03/2029"], "credit_as_printed": [sig], "counter": ["Số lượt truy cập: 184.502"]})
    assert out["html"].count("</body>\n</html>") == 1
    out["html"] = out["html"].replace("</body>\n</html>", "</body>\n<!-- InstanceEnd --></html>")
    return out


# ================================================================== page 14: a propaganda guideline's news (FastAPI + Jinja2) — a 'Văn bản chỉ đạo' aside INSIDE the text (a box) and an embedded PDF viewer after it (a box); the text quotes the guideline
VB14 = [("47-HD/BTGDVTU", "11/03/2029", "Hướng dẫn tuyên truyền kỷ niệm 98 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh"),
        ("12-KH/TU", "20/01/2029", "Kế hoạch tổ chức các ngày lễ lớn, sự kiện lịch sử quan trọng năm 2029"),
        ("135-HD/TĐTN", "05/03/2029", "Hướng dẫn tổ chức Tháng Thanh niên năm 2029")]
A14 = A51("Hướng dẫn tuyên truyền kỷ niệm 98 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
          "Ban Tuyên giáo và Dân vận Tỉnh ủy vừa ban hành Hướng dẫn số 47-HD/BTGDVTU về tuyên truyền kỷ niệm 98 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2029), gắn với đợt cao điểm Tháng Thanh niên năm 2029.",
          [P("Theo Hướng dẫn, công tác tuyên truyền nhằm giáo dục truyền thống vẻ vang của Đoàn TNCS Hồ Chí Minh và phong trào thanh thiếu nhi; khẳng định vai trò, đóng góp của các thế hệ thanh niên trong sự nghiệp xây dựng và bảo vệ Tổ quốc; cổ vũ thanh niên xung kích, tình nguyện tham gia chuyển đổi số, khởi nghiệp, giữ gìn an ninh trật tự ở cơ sở."),
           H("Nội dung tuyên truyền"),
           ("ul", ["Truyền thống vẻ vang của Đoàn TNCS Hồ Chí Minh và phong trào thanh niên tỉnh Gia Lai qua 98 năm;",
                   "Tư tưởng Hồ Chí Minh về công tác thanh niên, về bồi dưỡng thế hệ cách mạng cho đời sau;",
                   "Kết quả thực hiện nghị quyết đại hội Đoàn các cấp nhiệm kỳ 2027 - 2032;",
                   "Những tấm gương thanh niên tiêu biểu trong lao động, học tập, sáng tạo và bảo vệ Tổ quốc."]),
           H("Hình thức tuyên truyền"),
           P("Các cơ quan báo chí, hệ thống thông tin cơ sở mở chuyên trang, chuyên mục; treo băng rôn, khẩu hiệu tại các tuyến đường chính, trụ sở cơ quan, trường học từ ngày 15/3 đến ngày 31/3/2029; tăng cường tuyên truyền trên mạng xã hội và các nền tảng số của Đoàn Thanh niên các cấp."),
           I("/static/uploads/2029/03/thanh-nien-tinh-nguyen-gia-lai.jpg", "Đoàn viên, thanh niên tỉnh ra quân tình nguyện trong Tháng Thanh niên năm 2028"),
           P("Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các đảng ủy trực thuộc Tỉnh ủy chỉ đạo tổ chức tuyên truyền thiết thực, tránh hình thức; báo cáo kết quả về Ban trước ngày 5/4/2029.")])


def page14():
    pub, upd = d("2029-03-15 10:20"), d("2029-03-15 17:05")
    site = "https://btgdv.gialai.dcs.vn"
    faf = lambda x: f"{dmy(x)} {hm(x)} (GMT+7)"
    sig = "Thanh Tâm - Phòng Tuyên truyền, Báo chí"

    def detail(rng, rl, rd):
        bl = A14.blocks
        aside = ('<aside class="fa-vbcd rounded border border-amber-300 bg-amber-50 p-4 my-4"><h4 class="font-bold">Văn bản chỉ đạo</h4><ul>'
                 + "".join(f'<li><a href="/van-ban/{slug(a)}" hx-get="/van-ban/{slug(a)}/xem" hx-target="#vb-modal">{esc(a)}</a> <span class="text-slate-500">({esc(b)})</span> – {esc(c)}</li>' for a, b, c in VB14)
                 + '</ul><a class="text-sm underline" href="/van-ban-chi-dao">Xem tất cả văn bản</a></aside>')
        out = [jp(bl[0][1]), aside]
        for b in bl[1:]:
            if b[0] == "h":
                out.append(f'<h3 class="text-lg font-semibold">{esc(b[1])}</h3>')
            elif b[0] == "ul":
                out.append('<ul class="list-disc pl-6">' + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
            elif b[0] == "img":
                out.append(f'<figure class="my-4"><img src="{b[1]}" alt="" loading="lazy" /><figcaption class="text-sm italic text-center">{esc(b[2])}</figcaption></figure>')
            else:
                out.append(jp(b[1]))
        out.append(f'<p class="text-right font-bold">{esc(sig)}</p>')
        pdf = ('<section class="fa-attach mt-6"><h4 class="font-bold">Tài liệu đính kèm</h4>'
               '<iframe class="w-full h-[640px] border" src="/static/pdfjs/web/viewer.html?file=/static/uploads/van-ban/47-hd-btgdvtu.pdf" title="47-HD-BTGDVTU.pdf"></iframe>'
               '<p class="text-sm"><a href="/static/uploads/van-ban/47-hd-btgdvtu.pdf" download>47-HD-BTGDVTU.pdf</a> (512 KB) · <a href="/static/uploads/van-ban/47-hd-btgdvtu.pdf" download>Tải xuống</a></p></section>')
        li = "".join(f'<li class="py-2 border-b"><a href="{site}/tin-tuc/{slug(t)[:60]}-{3900 - k * 9}">{esc(t)}</a> <time class="text-xs text-slate-500">{faf(x)}</time></li>' for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (f'<article class="fa-article" data-article-id="3907"><p class="fa-kicker text-xs uppercase"><a href="{site}/huong-dan-tuyen-truyen">Hướng dẫn tuyên truyền</a></p>'
                f'<h1 class="text-2xl font-bold">{esc(A14.title)}</h1>'
                f'<div class="fa-meta text-sm text-slate-500"><time datetime="{pub.isoformat()}">{faf(pub)}</time> · <span>Cập nhật: <time datetime="{upd.isoformat()}">{faf(upd)}</time></span> · <span>Lượt xem: 903</span></div>'
                f'<p class="fa-sapo font-semibold">{esc(A14.lead)}</p><div class="fa-content prose max-w-none">{"".join(out)}</div>{pdf}{sharebar("fa-share")}</article>'
                f'<section class="fa-same" hx-get="/partials/cung-chuyen-muc?id=3907" hx-trigger="revealed"><h3 class="font-bold">Tin cùng chuyên mục</h3><ul>{li}</ul></section>')

    return mk53(14, "propaganda_mass_mobilisation_board_fastapi_jinja2_portal_documents_aside_in_text_pdf_viewer",
                "gialai-btgdvtu-fastapi-jinja2-htmx-tailwind-kicker-h1-gmt7-cap-nhat-same-day-semibold-sapo-text-quotes-guideline-van-ban-chi-dao-aside-inside-text-h3-list-figcaption-name-dash-unit-pdfjs-tai-lieu-dinh-kem",
                "fastapi", site, "/huong-dan-tuyen-truyen/huong-dan-tuyen-truyen-ky-niem-98-nam-ngay-thanh-lap-doan-tncs-ho-chi-minh-3907", "Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai", None, A14, pub, detail,
                crumbs_of(site, ["Tuyên truyền", "Hướng dẫn tuyên truyền"], cls="fa-breadcrumb"), "Hướng dẫn tuyên truyền",
                {"author": "Thanh Tâm", "unit": "Phòng Tuyên truyền, Báo chí"},
                "NEW STACK: a provincial vendor's portal on FASTAPI + JINJA2 (server-rendered templates, htmx attributes for the lists, Tailwind classes); a GUIDELINE's news. '15/03/2029 10:20 "
                "(GMT+7)' → T10:20 and 'Cập nhật: 15/03/2029 17:05 (GMT+7)' → updated T17:05 (set 28's GMT+7; each <time datetime> agrees). The semibold sapo → lead. The text quotes the "
                "guideline's number (Hướng dẫn số 47-HD/BTGDVTU) — text. After its first paragraph the template injects an ASIDE 'Văn bản chỉ đạo' INSIDE the text container: three documents "
                "with their numbers, issue days in parentheses and 'trích yếu', and 'Xem tất cả văn bản' → a documents box, not body, its days no stamps (sets 24, 30, 51: a box inside the "
                "text; the text goes on after it). Then the h3 sub-headings, the list of contents (one paragraph per <li>), a paragraph, a figcaption and the last paragraph → body. "
                "'Thanh Tâm - Phòng Tuyên truyền, Báo chí' → author + unit (its comma is the unit's, set 27). After the text, 'Tài liệu đính kèm' — a PDF.js viewer in an <iframe>, the "
                "file's name, size and 'Tải xuống' → a documents box; the iframe's content is not the page's. The kicker and the crumb agree on the category.",
                "NEW STACK FastAPI + Jinja2 (htmx, Tailwind), a guideline's news: 'dd/mm/yyyy HH:MM (GMT+7)' + 'Cập nhật:' the same day, semibold sapo, a 'Văn bản chỉ đạo' aside inside the text (a box), h3 sub-headings and a list (body), 'Name - unit', a PDF.js viewer under 'Tài liệu đính kèm' (a box)",
                kb=160, upd=upd, fmt=faf, head_author="Thanh Tâm",
                traps={"documents_aside": ["Văn bản chỉ đạo", "Xem tất cả văn bản", VB14[1][2], "135-HD/TĐTN", "(11/03/2029)"],
                       "attachment": ["Tài liệu đính kèm", "47-HD-BTGDVTU.pdf", "Tải xuống"], "meta": ["Lượt xem: 903"], "credit_as_printed": [sig]})


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09, page10, page11, page12, page13, page14]
